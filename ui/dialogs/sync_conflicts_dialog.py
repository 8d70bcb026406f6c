"""工具 → 同步冲突: the records a bundle could not merge by itself. A record changed here and at
the other station, or one person (enterprise) registered at both, waits here with both versions;
this station's stands until someone chooses, for every field that differs, which side to keep.
The result is a new version that goes back to the station with the next acknowledgement."""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.messages import error_text, show_error
from ui.models.sync_models import (
    LOCAL,
    REMOTE,
    ConflictColumn,
    FieldColumn,
    SyncConflictTableModel,
    SyncFieldTableModel,
    resolution_text,
)
from ui.tasks import TaskRunner
from unioncase.domain.errors import UnionCaseError
from unioncase.messages import entity_label, field_label
from unioncase.services import UnionCase
from unioncase.services.sync import ConflictDetail, ConflictRead

log = logging.getLogger(__name__)

GREEN, RED, GREY = "#1e7e34", "#c0392b", "#555555"
Index = QModelIndex | QPersistentModelIndex


class SideDelegate(QStyledItemDelegate):
    """A combo box of 本站 / 对方 for the 采用 column; a choice is written at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("sideCombo")
        combo.addItem(self.tr("This station"), LOCAL)
        combo.addItem(self.tr("Other station"), REMOTE)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if position >= 0 and position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SyncConflictsDialog(QDialog):
    conflict_resolved = Signal(object)  # ConflictRead, after a resolution was saved

    def __init__(self, app: UnionCase, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.detail: ConflictDetail | None = None
        self._busy = False
        self.setObjectName("syncConflictsDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self.reload()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.show_resolved_check = QCheckBox(self)
        self.show_resolved_check.setObjectName("showResolvedCheck")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.model = SyncConflictTableModel(self)
        self.table = self._table(self.model, "conflictTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((ConflictColumn.KIND, 170), (ConflictColumn.RECORD, 280),
                              (ConflictColumn.STATION, 250), (ConflictColumn.AT, 130)):
            self.table.setColumnWidth(column, width)

        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("detailLabel")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.field_model = SyncFieldTableModel(self)
        self.field_table = self._table(self.field_model, "fieldTable")
        self.field_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.delegate = SideDelegate(self.field_table)
        self.field_table.setItemDelegateForColumn(FieldColumn.CHOICE, self.delegate)
        self.field_table.verticalHeader().setDefaultSectionSize(28)
        self.field_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        fields_header = self.field_table.horizontalHeader()
        fields_header.setSectionResizeMode(FieldColumn.FIELD, QHeaderView.ResizeMode.Fixed)
        fields_header.setSectionResizeMode(FieldColumn.LOCAL, QHeaderView.ResizeMode.Stretch)
        fields_header.setSectionResizeMode(FieldColumn.REMOTE, QHeaderView.ResizeMode.Stretch)
        fields_header.setSectionResizeMode(FieldColumn.CHOICE, QHeaderView.ResizeMode.Fixed)
        self.field_table.setColumnWidth(FieldColumn.FIELD, 150)
        self.field_table.setColumnWidth(FieldColumn.CHOICE, 110)
        self.field_table.setWordWrap(False)  # a long value is read in its tooltip

        self.keep_local_button = QPushButton(self)
        self.keep_local_button.setObjectName("keepLocalButton")
        self.take_remote_button = QPushButton(self)
        self.take_remote_button.setObjectName("takeRemoteButton")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyChoicesButton")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        options = QHBoxLayout()
        options.addWidget(self.count_label, 1)
        options.addWidget(self.show_resolved_check)
        top_layout.addLayout(options)
        top_layout.addWidget(self.table, 1)
        bottom_part = QWidget(self)
        bottom_layout = QVBoxLayout(bottom_part)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail_label)
        bottom_layout.addWidget(self.field_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_local_button)
        buttons.addWidget(self.take_remote_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        bottom_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom_part)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([180, 470])
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self.resize(1000, 720)

    def _table(self, model: Any, name: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        return table

    def _connect(self) -> None:
        self.show_resolved_check.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        self.field_table.doubleClicked.connect(self._on_field_double_clicked)
        self.field_model.dataChanged.connect(lambda *_: self._update_buttons())
        self.keep_local_button.clicked.connect(lambda: self._ask_resolve(LOCAL))
        self.take_remote_button.clicked.connect(lambda: self._ask_resolve(REMOTE))
        self.apply_button.clicked.connect(lambda: self._ask_resolve(None))
        self.close_button.clicked.connect(self.close)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro_label.setText(self.tr(
            "A record changed both here and at another station, or registered at both, is "
            "never overwritten: this station's version stands, the other one waits here. "
            "Choose for every field that differs which side to keep (double-click a value to "
            "take it); the result goes back to the station with the next acknowledgement."))
        self.show_resolved_check.setText(self.tr("Show &resolved ones"))
        self.keep_local_button.setText(self.tr("Keep this station's for &all"))
        self.take_remote_button.setText(self.tr("&Take the other station's for all"))
        self.apply_button.setText(self.tr("Resolve as &chosen"))
        self.close_button.setText(self.tr("Close"))
        self._update_count()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the conflicts again, keeping (or moving to) a selection."""
        if select_id is None:
            current = self.selected()
            select_id = current.id if current is not None else None
        names = {s.code: s.name for s in self.app.stations.all()}
        sync, resolved = self.app.sync, self.show_resolved_check.isChecked()
        self.model.set_loader(lambda offset, limit: sync.conflicts(
            include_resolved=resolved, offset=offset, limit=limit), names)
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self._on_selected()
        self._update_count()

    def _update_count(self) -> None:
        open_count = self.app.sync.open_conflicts()
        self.count_label.setText(self.tr("Open conflicts: %1").replace("%1", str(open_count))
                                 if open_count else self.tr("No open conflicts"))

    def selected(self) -> ConflictRead | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def select_conflict(self, conflict_id: int) -> bool:
        row = self.model.row_of(conflict_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _on_selected(self) -> None:
        conflict = self.selected()
        previous = self.detail
        kept = self.field_model.choices()
        self.detail = None
        if conflict is not None:
            try:
                self.detail = self.app.sync.conflict(conflict.id)
            except UnionCaseError as exc:
                self._say(error_text(exc), RED)
        self._show_detail()
        if (previous is not None and self.detail is not None
                and previous.conflict.id == self.detail.conflict.id):
            for name, side in kept.items():  # a refresh keeps what was being chosen
                self.choose(name, side)

    def _show_detail(self) -> None:
        detail = self.detail
        editable = detail is not None and detail.conflict.resolved_at is None
        for row in range(self.field_model.rowCount()):
            self.field_table.closePersistentEditor(self.field_model.index(row, FieldColumn.CHOICE))
        self.field_model.set_fields(detail.fields if detail else [], editable=editable)
        if detail is None:
            self.detail_label.setText(self.tr("Choose a conflict above.")
                                      if self.model.rowCount() else "")
        else:
            self.detail_label.setText(self._detail_text(detail))
        if editable:
            for row in range(self.field_model.rowCount()):
                if self.field_model.field(row).differs:
                    self.field_table.openPersistentEditor(
                        self.field_model.index(row, FieldColumn.CHOICE))
        self._update_buttons()

    def _detail_text(self, detail: ConflictDetail) -> str:
        conflict = detail.conflict
        lang = i18n.current_language()
        record = f"{entity_label(conflict.entity, lang)} {conflict.label}"
        station = next((s.name for s in self.app.stations.all()
                        if s.code == conflict.remote_station), "")
        other = f"{conflict.remote_station} {station}".strip()
        if conflict.kind == "duplicate":
            what = self.tr("%1 registered the same one: both are kept as this one record. "
                           "Choose which details are right.").replace("%1", other)
        else:
            what = self.tr("Changed here and at %1 before either heard of the other.").replace(
                "%1", other)
        differing = [f for f in detail.fields if f.differs]
        if conflict.resolved_at is not None:
            state = resolution_text(conflict)
        else:
            state = self.tr("%1 fields differ: %2").replace("%1", str(len(differing))).replace(
                "%2", "、".join(field_label(f.name, lang) for f in differing))
        return f"<b>{escape(record)}</b><br>{escape(what)}<br>{escape(state)}"

    def _update_buttons(self) -> None:
        detail = self.detail
        can = (not self._busy and detail is not None and detail.conflict.resolved_at is None)
        for button in (self.keep_local_button, self.take_remote_button, self.apply_button):
            button.setEnabled(can)
        self.show_resolved_check.setEnabled(not self._busy)
        self.close_button.setEnabled(not self._busy)

    def _say(self, text: str, color: str = GREY) -> None:
        self.status_label.setText(f'<span style="color:{color}">{escape(text)}</span>')

    # -- choosing ----------------------------------------------------------------------------
    def _on_field_double_clicked(self, index: QModelIndex) -> None:
        side = {FieldColumn.LOCAL: LOCAL, FieldColumn.REMOTE: REMOTE}.get(
            FieldColumn(index.column()))
        if side is not None:
            self.choose(self.field_model.field(index.row()).name, side)

    def choose(self, name: str, side: str) -> None:
        """One field's side (the combo box follows)."""
        self.field_model.choose(name, side)
        row = self.field_model.row_of(name)
        if row is not None:
            editor = self.field_table.indexWidget(self.field_model.index(row, FieldColumn.CHOICE))
            if isinstance(editor, QComboBox):
                self.delegate.setEditorData(editor, self.field_model.index(row,
                                                                           FieldColumn.CHOICE))

    # -- seams for tests ---------------------------------------------------------------------
    def _confirm(self, text: str, on_yes: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Resolve the conflict"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("confirmResolve")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = QMessageBox.StandardButton.Yes
        box.finished.connect(
            lambda _result: on_yes() if box.standardButton(box.clickedButton()) == yes else None)
        box.open()

    # -- resolving ---------------------------------------------------------------------------
    def _ask_resolve(self, side: str | None) -> None:
        detail = self.detail
        if detail is None or detail.conflict.resolved_at is not None or self._busy:
            return
        lang = i18n.current_language()
        record = f"{entity_label(detail.conflict.entity, lang)} {detail.conflict.label}"
        choice: str | dict[str, str]
        if side == LOCAL:
            choice = LOCAL
            text = self.tr("Keep this station's version of %1 in every field? The other "
                           "station's changes are not taken.").replace("%1", record)
        elif side == REMOTE:
            choice = REMOTE
            text = self.tr("Take the other station's version of %1 in every field?").replace(
                "%1", record)
        else:
            choice = self.field_model.choices()
            remote = [field_label(n, lang) for n, s in choice.items() if s == REMOTE]
            if remote:
                text = self.tr("Save %1 with the other station's %2 and this station's "
                               "other fields?").replace("%1", record).replace(
                                   "%2", "、".join(remote))
            else:
                text = self.tr("Nothing is chosen from the other station: keep this "
                               "station's version of %1 in every field?").replace("%1", record)
        conflict_id = detail.conflict.id
        self._confirm(text, lambda: self.resolve(conflict_id, choice))

    def resolve(self, conflict_id: int, choice: str | dict[str, str]) -> None:
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Saving..."))
        sync = self.app.sync
        self.runner.run(lambda: sync.resolve(conflict_id, choice), self._on_resolved,
                        on_error=self._on_failed, owner=self)

    def _on_resolved(self, conflict: ConflictRead) -> None:
        self._busy = False
        record = f"{entity_label(conflict.entity, i18n.current_language())} {conflict.label}"
        self._say(self.tr("Resolved: %1 (%2). It goes back to %3 with the next "
                          "acknowledgement.").replace("%1", record)
                  .replace("%2", resolution_text(conflict))
                  .replace("%3", conflict.remote_station), GREEN)
        self.reload(select_id=None if not self.show_resolved_check.isChecked()
                    else conflict.id)
        self.conflict_resolved.emit(conflict)

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self._say(error_text(error), RED)
        if not isinstance(error, UnionCaseError):
            show_error(self, error)  # logged, with a report to copy
        self.reload()
