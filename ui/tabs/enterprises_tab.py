"""The enterprise registry (用人单位)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.models.enterprise_table_model import EnterpriseTableModel
from ui.tabs.registry_tab import RegistryTab
from ui.tasks import TaskRunner
from unioncase.services import UnionCase


class EnterprisesTab(RegistryTab):
    open_enterprise_requested = Signal(int)
    new_enterprise_requested = Signal()

    def __init__(self, app: UnionCase, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        self.app = app
        super().__init__(EnterpriseTableModel(app), parent, runner)
        self.setObjectName("enterprisesTab")
        self.print_button.hide()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, pinyin initials or credit code"))

    def create_record(self) -> None:
        self.new_enterprise_requested.emit()

    def open_row(self, row: int) -> None:
        self.open_enterprise_requested.emit(self.model.record(row).id)

    def print_row(self, row: int) -> None:
        return
