"""A case's timeline, links and attachments as tabs, for any line of work's case page.

The service is the line's (``app.mediation`` ...): it offers ``timeline(case_id)``,
``links(case_id)``, ``attachments(case_id)`` and ``add_attachment(case_id, path)`` (the shared
``CaseRecords``). Copying a file in runs on the task runner's "files" lane when a runner is
given. A link is reported by ``link_activated(kind, number)`` (kind: the record kind, "XF",
"TJ", "ZG" ...); the page decides what opens it.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import show_error
from ui.tasks import TaskRunner
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import UnionCaseError
from unioncase.models import AttachmentRead, CaseEventRead, CaseLinkRead

log = logging.getLogger(__name__)

LINK_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_COLOUR = "#1f618d"
RED = "#c0392b"
GREEN = "#1e8449"
GREY = "#7f8c8d"


class CaseRecordsService(Protocol):
    def timeline(self, case_id: int) -> list[CaseEventRead]: ...
    def links(self, case_id: int) -> list[CaseLinkRead]: ...
    def attachments(self, case_id: int) -> list[AttachmentRead]: ...
    def add_attachment(self, case_id: int, path: Path) -> AttachmentRead: ...


def tree(parent: QWidget, name: str) -> tuple[QTreeView, QStandardItemModel]:
    view = QTreeView(parent)
    view.setObjectName(name)
    view.setRootIsDecorated(False)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    model = QStandardItemModel(view)
    view.setModel(model)
    return view, model


def stretch_column(view: QTreeView, column: int) -> None:
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if 0 <= column < view.model().columnCount():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class CaseRecordsTabs(QTabWidget):
    link_activated = Signal(str, str)  # record kind ("XF", "TJ", "ZG" ...), number
    message = Signal(str, str)  # text, colour: for the page's message line
    attachments_changed = Signal()

    def __init__(self, service: CaseRecordsService, case_id: int, parent: QWidget | None = None,
                 *, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseRecordsTabs")
        self.service = service
        self.case_id = case_id
        self.runner = runner
        self.events: list[CaseEventRead] = []
        self.links: list[CaseLinkRead] = []
        self.attachments: list[AttachmentRead] = []
        self.timeline_view, self.timeline_model = tree(self, "timelineList")
        self.links_view, self.links_model = tree(self, "linksList")
        self.attachments_view, self.attachments_model = tree(self, "attachmentsList")
        self.add_attachment_button = QPushButton(self)
        self.add_attachment_button.setObjectName("addAttachmentButton")
        self.add_attachment_button.setAutoDefault(False)
        self.open_attachment_button = QPushButton(self)
        self.open_attachment_button.setObjectName("openAttachmentButton")
        self.open_attachment_button.setAutoDefault(False)
        attachments = QWidget(self)
        column = QVBoxLayout(attachments)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.attachments_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_attachment_button)
        buttons.addWidget(self.open_attachment_button)
        column.addLayout(buttons)
        self.timeline_index = self.addTab(self.timeline_view, "")
        self.links_index = self.addTab(self.links_view, "")
        self.attachments_index = self.addTab(attachments, "")
        self._attachments_tab = attachments
        self.links_view.activated.connect(lambda index: self.open_link(index.row()))
        self.attachments_view.activated.connect(lambda index: self.open_attachment(index.row()))
        self.add_attachment_button.clicked.connect(self._on_add_clicked)
        self.open_attachment_button.clicked.connect(self._on_open_clicked)

    def retranslate_ui(self) -> None:
        self.add_attachment_button.setText(self.tr("Add file..."))
        self.open_attachment_button.setText(self.tr("Open"))
        self.timeline_model.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Step"), self.tr("Note"), self.tr("Operator"),
             self.tr("Recorded at")])
        self.links_model.setHorizontalHeaderLabels(
            [self.tr("Relation"), self.tr("Number"), self.tr("Line of work"),
             self.tr("Direction")])
        self.attachments_model.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("Check"), self.tr("Added")])
        stretch_column(self.timeline_view, 2)
        stretch_column(self.links_view, 1)
        stretch_column(self.attachments_view, 0)
        self._update_titles()

    def _update_titles(self) -> None:
        def title(text: str, items: list[Any]) -> str:
            return f"{text} ({len(items)})" if items else text

        self.setTabText(self.indexOf(self.timeline_view), self.tr("Timeline"))
        self.setTabText(self.indexOf(self.links_view), title(self.tr("Links"), self.links))
        self.setTabText(self.indexOf(self._attachments_tab),
                        title(self.tr("Attachments"), self.attachments))

    # -- content -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.events = self.service.timeline(self.case_id)
        self.links = self.service.links(self.case_id)
        self.attachments = self.service.attachments(self.case_id)
        self._show_timeline()
        self._show_links()
        self._show_attachments()
        self._update_titles()

    def _show_timeline(self) -> None:
        model = self.timeline_model
        model.removeRows(0, model.rowCount())
        for event in self.events:
            model.appendRow([QStandardItem(event.happened_on.isoformat()),
                             QStandardItem(event.step), QStandardItem(event.note),
                             QStandardItem(event.created_by),
                             QStandardItem(f"{event.created_at.astimezone():%Y-%m-%d %H:%M}")])

    def kind_label(self, kind: str) -> str:
        labels = {RecordKind.INTAKE.value: self.tr("Petitions"),
                  RecordKind.MEDIATION.value: self.tr("Mediation"),
                  RecordKind.AID.value: self.tr("Hardship aid"),
                  RecordKind.JOB.value: self.tr("Jobs"),
                  RecordKind.PERSON.value: self.tr("Persons")}
        return labels.get(kind, kind)

    def _show_links(self) -> None:
        model = self.links_model
        model.removeRows(0, model.rowCount())
        directions = {"out": self.tr("from this case"), "in": self.tr("to this case")}
        for link in self.links:
            items = [QStandardItem(link.relation), QStandardItem(link.number),
                     QStandardItem(self.kind_label(link.kind)),
                     QStandardItem(directions.get(link.direction, link.direction))]
            items[0].setData(link, LINK_ROLE)
            items[1].setForeground(QBrush(QColor(LINK_COLOUR)))
            items[1].setToolTip(self.tr("Double-click or Enter to open"))
            model.appendRow(items)

    def _show_attachments(self) -> None:
        model = self.attachments_model
        model.removeRows(0, model.rowCount())
        statuses = {"ok": (self.tr("OK"), GREEN), "missing": (self.tr("Missing"), RED),
                    "changed": (self.tr("Changed since added"), RED)}
        for attachment in self.attachments:
            text, colour = statuses.get(attachment.status, (attachment.status, GREY))
            status = QStandardItem(text)
            status.setForeground(QBrush(QColor(colour)))
            size = QStandardItem(_size(attachment.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow([QStandardItem(attachment.filename), size, status,
                             QStandardItem(f"{attachment.created_at.astimezone():%Y-%m-%d %H:%M}"
                                           f"  {attachment.created_by}")])
        self.open_attachment_button.setEnabled(bool(self.attachments))

    # -- links -------------------------------------------------------------------------------
    def open_link(self, row: int) -> bool:
        item = self.links_model.item(row, 0)
        link = item.data(LINK_ROLE) if item is not None else None
        if not isinstance(link, CaseLinkRead):
            return False
        self.link_activated.emit(link.kind, link.number)
        return True

    # -- attachments -------------------------------------------------------------------------
    def ask_attachment_path(self) -> Path | None:
        """The file chooser (the one blocking call; tests replace it)."""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a file to the case"))
        return Path(path) if path else None

    def _on_add_clicked(self) -> None:
        path = self.ask_attachment_path()
        if path is not None:
            self.add_attachment(path)

    def add_attachment(self, path: Path) -> None:
        service, case_id = self.service, self.case_id  # the worker touches no widget

        def work() -> AttachmentRead:
            return service.add_attachment(case_id, path)

        self.add_attachment_button.setEnabled(False)
        self.message.emit(self.tr("Adding %1...").replace("%1", path.name), GREY)
        if self.runner is None:
            try:
                added = work()
            except UnionCaseError as exc:
                self._on_failed(exc)
                return
            self._on_added(added)
            return
        self.runner.run(work, self._on_added, on_error=self._on_failed, owner=self,
                        lane="files")

    def _on_added(self, added: AttachmentRead) -> None:
        self.add_attachment_button.setEnabled(True)
        try:
            self.refresh()
        except UnionCaseError:
            log.warning("could not reload the records of case %s", self.case_id)
        self.message.emit(self.tr("Added %1.").replace("%1", added.filename), GREEN)
        self.attachments_changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.add_attachment_button.setEnabled(True)
        self.message.emit("", "")
        show_error(self, error)

    def _on_open_clicked(self) -> None:
        index = self.attachments_view.currentIndex()
        self.open_attachment(index.row() if index.isValid() else 0)

    def open_attachment(self, row: int) -> bool:
        """Open a copy under its own name (the store keeps it by checksum)."""
        if not 0 <= row < len(self.attachments):
            return False
        attachment = self.attachments[row]
        if attachment.status == "missing" or not attachment.path.is_file():
            self.message.emit(self.tr("The file %1 is missing from the attachment folder.")
                              .replace("%1", attachment.filename), RED)
            return False
        if attachment.status == "changed":
            self.message.emit(self.tr("Warning: %1 has changed since it was added.")
                              .replace("%1", attachment.filename), RED)
        folder = Path(tempfile.gettempdir()) / "unioncase-attachments" / attachment.sha256[:12]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / attachment.filename
            shutil.copyfile(attachment.path, copy)
        except OSError:
            log.exception("cannot copy an attachment for opening")
            self.message.emit(self.tr("Cannot open %1.").replace("%1", attachment.filename),
                              RED)
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))))
