"""What the case-list tabs share: the selected case, selecting one by id, opening and printing
the selected case, and showing a case changed elsewhere."""

from __future__ import annotations

from typing import Any


class CaseListSelection:
    """Mixed into a tab that has ``table`` (a QTableView), ``model`` (with ``case(row)`` and
    ``row_of(case_id)``), ``reload()``, ``_loaded`` and the signals ``open_case_requested(int)``
    and ``print_requested(str, str)``. The number is the model's first column."""

    table: Any
    model: Any
    _loaded: bool
    open_case_requested: Any
    print_requested: Any

    def reload(self) -> None:
        raise NotImplementedError

    def selected_row(self) -> int | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if rows:
            return int(rows[0].row())
        current = self.table.currentIndex()
        return int(current.row()) if current.isValid() else None

    def selected_case(self) -> Any:
        row = self.selected_row()
        if row is None or row >= self.model.rowCount():
            return None
        return self.model.case(row)

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_open_requested(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.open_case_requested.emit(case.id)

    def _on_print_requested(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.print_requested.emit(case.number, "")

    def on_case_changed(self, case: Any) -> None:
        """A case was registered or moved on elsewhere: refresh the list and show it."""
        if self._loaded:
            self.reload()
            self.select_case(case.id)


def camel(key: str) -> str:
    """``due_soon`` → ``dueSoon`` (objectNames from keys)."""
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)

