"""The person registry (职工)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.models.person_table_model import PersonTableModel
from ui.tabs.registry_tab import RegistryTab
from ui.tasks import TaskRunner
from unioncase.services import UnionCase


class PersonsTab(RegistryTab):
    open_person_requested = Signal(int)
    new_person_requested = Signal()
    print_requested = Signal(str)

    def __init__(self, app: UnionCase, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        self.app = app
        super().__init__(PersonTableModel(app), parent, runner)
        self.setObjectName("personsTab")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, pinyin (zs), ID number or its last 4+ characters, phone"))

    def create_record(self) -> None:
        self.new_person_requested.emit()

    def open_row(self, row: int) -> None:
        self.open_person_requested.emit(self.model.record(row).id)

    def print_row(self, row: int) -> None:
        self.print_requested.emit(self.model.record(row).number)
