"""The records behind a report figure, paged from ``ReportService.records`` (filtered and
sorted in SQL). The column titles say what the figure's records are: cases, payments, fairs,
organizations or mediators."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.models.paged_table_model import Column, PagedTableModel
from unioncase.domain.money import format_yuan
from unioncase.services.report import FigureRecordRead, Period, ReportService

CONTEXT = "FigureRecordsModel"


def _what(record: FigureRecordRead) -> str:
    if record.records > 1:
        return QCoreApplication.translate("FigureRecordsModel", "%1 (%2 payments)").replace(
            "%1", record.what).replace("%2", str(record.records))
    return record.what


def _day(record: FigureRecordRead) -> str:
    return record.day.isoformat() if record.day else ""


def _amount(record: FigureRecordRead) -> str:
    return format_yuan(record.amount_fen) if record.amount_fen is not None else ""


# The titles of number, date, name, what and status, by the kind of record and the figure.
_TITLES: dict[str, tuple[str, str, str, str, str]] = {
    "intake": (QT_TRANSLATE_NOOP("FigureRecordsModel", "Number"),
               QT_TRANSLATE_NOOP("FigureRecordsModel", "Registered"),
               QT_TRANSLATE_NOOP("FigureRecordsModel", "Name"),
               QT_TRANSLATE_NOOP("FigureRecordsModel", "Channel, category and request"),
               QT_TRANSLATE_NOOP("FigureRecordsModel", "Status")),
    "mediation": (QT_TRANSLATE_NOOP("FigureRecordsModel", "Number"),
                  QT_TRANSLATE_NOOP("FigureRecordsModel", "Applied"),
                  QT_TRANSLATE_NOOP("FigureRecordsModel", "Applicant"),
                  QT_TRANSLATE_NOOP("FigureRecordsModel", "Dispute and respondent"),
                  QT_TRANSLATE_NOOP("FigureRecordsModel", "Status")),
    "aid": (QT_TRANSLATE_NOOP("FigureRecordsModel", "Number"),
            QT_TRANSLATE_NOOP("FigureRecordsModel", "Paid"),
            QT_TRANSLATE_NOOP("FigureRecordsModel", "Name"),
            QT_TRANSLATE_NOOP("FigureRecordsModel", "Program and batch"),
            QT_TRANSLATE_NOOP("FigureRecordsModel", "Status")),
    "jobs.seekers": (QT_TRANSLATE_NOOP("FigureRecordsModel", "Number"),
                     QT_TRANSLATE_NOOP("FigureRecordsModel", "Registered"),
                     QT_TRANSLATE_NOOP("FigureRecordsModel", "Name"),
                     QT_TRANSLATE_NOOP("FigureRecordsModel", "Desired job"),
                     QT_TRANSLATE_NOOP("FigureRecordsModel", "Situation")),
    "jobs": (QT_TRANSLATE_NOOP("FigureRecordsModel", "Number"),
             QT_TRANSLATE_NOOP("FigureRecordsModel", "Referred"),
             QT_TRANSLATE_NOOP("FigureRecordsModel", "Name"),
             QT_TRANSLATE_NOOP("FigureRecordsModel", "Referred to"),
             QT_TRANSLATE_NOOP("FigureRecordsModel", "Result")),
    "fair": (QT_TRANSLATE_NOOP("FigureRecordsModel", "Campaign"),
             QT_TRANSLATE_NOOP("FigureRecordsModel", "Held"),
             QT_TRANSLATE_NOOP("FigureRecordsModel", "Job fair"),
             QT_TRANSLATE_NOOP("FigureRecordsModel", "Venue"),
             QT_TRANSLATE_NOOP("FigureRecordsModel", "Organizer")),
    "organization": (QT_TRANSLATE_NOOP("FigureRecordsModel", "Town"),
                     QT_TRANSLATE_NOOP("FigureRecordsModel", "Founded"),
                     QT_TRANSLATE_NOOP("FigureRecordsModel", "Organization"),
                     QT_TRANSLATE_NOOP("FigureRecordsModel", "Type"),
                     QT_TRANSLATE_NOOP("FigureRecordsModel", "Contact")),
    "mediator": (QT_TRANSLATE_NOOP("FigureRecordsModel", "Certificate"),
                 "",
                 QT_TRANSLATE_NOOP("FigureRecordsModel", "Mediator"),
                 QT_TRANSLATE_NOOP("FigureRecordsModel", "Organization"),
                 QT_TRANSLATE_NOOP("FigureRecordsModel", "Kind")),
}
_AMOUNT = QT_TRANSLATE_NOOP("FigureRecordsModel", "Amount (yuan)")
_TOTAL = QT_TRANSLATE_NOOP("FigureRecordsModel", "Total paid (yuan)")


def figure_columns(figure: str, kind: str, amounts: bool) -> list[Column]:
    number, day, name, what, status = _TITLES.get(
        "jobs.seekers" if figure == "jobs.seekers" else kind, _TITLES["intake"])
    columns = [Column("number", number, lambda r: r.number)]
    if day:
        columns.append(Column("day", day, _day, lambda r: r.day.toordinal() if r.day else 0))
    columns += [Column("name", name, lambda r: r.name), Column("what", what, _what),
                Column("status", status, lambda r: r.status)]
    if amounts:
        columns.append(Column("amount_fen", _TOTAL if figure == "aid.persons" else _AMOUNT,
                              _amount, lambda r: r.amount_fen or 0, align_right=True))
    return columns


class FigureRecordsModel(PagedTableModel):
    CONTEXT = CONTEXT

    def __init__(self, service: ReportService, period: Period, station: str, figure: str,
                 month: str | None = None, parent: Any = None) -> None:
        self.service = service
        self.period, self.station, self.figure, self.month = period, station, figure, month
        self.kind = service.kind(figure)
        super().__init__(figure_columns(figure, self.kind, service.has_amounts(figure)),
                         self._fetch, self._count_rows, parent)
        if self.column_of("day") >= 0:  # a period's records read best in date order
            self._sort = "day"

    def sort_column(self) -> int:
        return max(self.column_of(self._sort), 0)

    def _fetch(self, text: str, offset: int, limit: int, sort: str,
               descending: bool) -> list[FigureRecordRead]:
        return self.service.records(self.period, self.station, self.figure, offset, limit,
                                    month=self.month, text=text, sort=sort,
                                    descending=descending)

    def _count_rows(self, text: str) -> int:
        return self.service.record_count(self.period, self.station, self.figure,
                                         month=self.month, text=text)

    def first_page(self) -> tuple[int, list[FigureRecordRead]]:
        """The total and the first page (for the database lane; ``show_page`` shows them)."""
        return (self._count_rows(""),
                self._fetch("", 0, self.PAGE, self._sort, self._descending))

    def show_page(self, loaded: tuple[int, Sequence[FigureRecordRead]]) -> None:
        self.beginResetModel()
        self._total, rows = loaded
        self._rows = list(rows)
        self._more = len(self._rows) < self._total
        self.endResetModel()

    def figure_record(self, row: int) -> FigureRecordRead:
        record: FigureRecordRead = self.record(row)
        return record

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.key == key), -1)
