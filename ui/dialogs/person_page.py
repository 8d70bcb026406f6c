"""A person's page: everything UnionCase holds about them, across the four lines of work.

A record in one of the four lists opens on double-click or Enter: the page asks for it with
``case_requested(kind, number)`` and the window decides which kinds it can open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from unioncase.messages import field_label
from unioncase.models import PersonRead
from unioncase.services import UnionCase
from unioncase.services.registry import CaseSummary, PersonOverview

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's CaseSummary


class PersonPage(QDialog):
    edit_requested = Signal(object)  # PersonRead
    print_requested = Signal(str)  # number
    case_requested = Signal(str, str)  # kind ("intake" ...), case number
    closed = Signal()

    LINES = ("intake", "mediation", "aid", "jobs")

    def __init__(self, app: UnionCase, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.person_id = person_id
        self.overview: PersonOverview | None = None
        self.setObjectName("personPage")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("titleLabel")
        font = QFont(self.title_label.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("numberLabel")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QGroupBox(self)
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._values: dict[str, QLabel] = {}
        self._keys: dict[str, QLabel] = {}
        for key in ("id_number", "sex", "birth_date", "phone", "employer", "household",
                    "union_member", "address", "notes", "station", "created", "updated"):
            name = QLabel(self.details)
            value = QLabel(self.details)
            value.setObjectName(f"{key}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(name, value)
            self._keys[key] = name
            self._values[key] = value

        self.lines_tabs = QTabWidget(self)
        self.lines_tabs.setObjectName("linesTabs")
        self._line_models: dict[str, QStandardItemModel] = {}
        self.line_views: dict[str, QTreeView] = {}
        for line in self.LINES:
            view = QTreeView(self.lines_tabs)
            view.setObjectName(f"{line}List")
            view.setRootIsDecorated(False)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            model = QStandardItemModel(view)
            view.setModel(model)
            self._line_models[line] = model
            self.line_views[line] = view
            self.lines_tabs.addTab(view, "")
        self.history_view = QTreeView(self.lines_tabs)
        self.history_view.setObjectName("historyList")
        self.history_view.setRootIsDecorated(False)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_model = QStandardItemModel(self.history_view)
        self.history_view.setModel(self.history_model)
        self.lines_tabs.addTab(self.history_view, "")

        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editButton")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        for button in (self.edit_button, self.print_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a list opens the record, nothing else

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(16)
        header.addWidget(self.number_label)
        header.addStretch(1)
        header.addWidget(self.edit_button)
        header.addWidget(self.print_button)
        header.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        body = QHBoxLayout()
        body.addWidget(self.details, 2)
        body.addWidget(self.lines_tabs, 3)
        layout.addLayout(body, 1)
        self.resize(1100, 620)

    def _connect(self) -> None:
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button.clicked.connect(self.close)
        for line, view in self.line_views.items():
            # activated: double-click, or Enter on the current row
            view.activated.connect(lambda index, line=line: self.open_record(line, index.row()))
        QShortcut(QKeySequence("Ctrl+E"), self, self._on_edit_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_clicked)

    def retranslate_ui(self) -> None:
        self.details.setTitle(self.tr("Registration"))
        labels = {
            "id_number": self.tr("ID number"), "sex": self.tr("Sex"),
            "birth_date": self.tr("Birth date"), "phone": self.tr("Phone"),
            "employer": self.tr("Employer"), "household": self.tr("Household"),
            "union_member": self.tr("Union member"), "address": self.tr("Address"),
            "notes": self.tr("Notes"), "station": self.tr("Registered at"),
            "created": self.tr("Created"), "updated": self.tr("Last changed"),
        }
        for key, text in labels.items():
            self._keys[key].setText(text)
        titles = [self.tr("Petitions and hotline"), self.tr("Dispute mediation"),
                  self.tr("Hardship aid"), self.tr("Jobs and referrals"), self.tr("History")]
        for i, title in enumerate(titles):
            self.lines_tabs.setTabText(i, title)
        self.edit_button.setText(self.tr("Edit"))
        self.print_button.setText(self.tr("Print form"))
        self.close_button.setText(self.tr("Close"))
        headers = [self.tr("Number"), self.tr("Date"), self.tr("Subject"), self.tr("Status")]
        for model in self._line_models.values():
            model.setHorizontalHeaderLabels(headers)
        for view in self.line_views.values():
            # Once the columns exist: whole numbers and dates; the subject takes the rest.
            header = view.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Operator"), self.tr("Action"), self.tr("Changes")])
        if self.overview is not None:
            self._show(self.overview)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

    # -- content -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.overview = self.app.persons.overview(self.person_id)
        self._show(self.overview)

    def _show(self, overview: PersonOverview) -> None:
        p: PersonRead = overview.person
        self.setWindowTitle(self.tr("UnionCase - Person - %1").replace("%1", p.name))
        self.title_label.setText(p.name)
        self.number_label.setText(p.number)
        station = self.app.stations.current()
        values = {
            "id_number": p.id_number or "",
            "sex": p.sex.value if p.sex else "",
            "birth_date": p.birth_date.isoformat() if p.birth_date else "",
            "phone": p.phone or "",
            "employer": p.employer_name or "",
            "household": p.household.value if p.household else "",
            "union_member": self.tr("Yes") if p.union_member else self.tr("No"),
            "address": p.address or "",
            "notes": p.notes or "",
            "station": (station.name if station and station.code == p.station_code
                        else p.station_code),
            "created": f"{p.created_at.astimezone():%Y-%m-%d %H:%M}  {p.created_by}",
            "updated": f"{p.updated_at.astimezone():%Y-%m-%d %H:%M}  {p.updated_by}",
        }
        for key, value in values.items():
            self._values[key].setText(value or "—")
        empty = self.tr("No records yet")
        for line, model in self._line_models.items():
            model.removeRows(0, model.rowCount())
            items: list[CaseSummary] = overview.lines.get(line, [])
            for item in items:
                number = QStandardItem(item.number)
                number.setData(item, SUMMARY_ROLE)
                model.appendRow([number, QStandardItem(item.date),
                                 QStandardItem(item.title), QStandardItem(item.status)])
            if not items:
                placeholder = QStandardItem(empty)
                placeholder.setEnabled(False)
                model.appendRow([placeholder])
        self.history_model.removeRows(0, self.history_model.rowCount())
        actions = {"create": self.tr("Created"), "update": self.tr("Changed"),
                   "delete": self.tr("Deleted"), "restore": self.tr("Restored")}
        for event in reversed(self.app.maintenance.history(p.uuid)):
            changed = "、".join(field_label(key, i18n.current_language())
                               for key in sorted(event.changes))
            self.history_model.appendRow([
                QStandardItem(f"{event.at.astimezone():%Y-%m-%d %H:%M}"),
                QStandardItem(event.operator),
                QStandardItem(actions.get(event.action, event.action)),
                QStandardItem(changed),
            ])
        self.history_view.resizeColumnToContents(0)

    def open_record(self, line: str, row: int) -> bool:
        """Ask for the record in ``row`` of a line's list (not the "no records" row)."""
        model = self._line_models.get(line)
        item = model.item(row, 0) if model is not None else None
        summary = item.data(SUMMARY_ROLE) if item is not None else None
        if not isinstance(summary, CaseSummary):
            return False
        self.case_requested.emit(summary.kind, summary.number)
        return True

    def _on_edit_clicked(self) -> None:
        if self.overview is not None:
            self.edit_requested.emit(self.overview.person)

    def _on_print_clicked(self) -> None:
        if self.overview is not None:
            self.print_requested.emit(self.overview.person.number)
