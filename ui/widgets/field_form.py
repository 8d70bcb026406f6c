"""A form whose fields each show their own error message below them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.messages import field_text
from unioncase.domain.errors import UnionCaseError, ValidationError, ValidationErrors

ERROR_STYLE = "color: #c0392b;"


class FieldForm(QWidget):
    """Rows of (label, editor, error label); ``show_errors`` puts each error under its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}

    def add_field(self, key: str, editor: QWidget) -> QLabel:
        label = QLabel(self)
        error = QLabel(self)
        error.setObjectName(f"{key}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        label.setBuddy(editor)
        self.form.addRow(label, box)
        self._labels[key] = label
        self._errors[key] = error
        return label

    def label(self, key: str) -> QLabel:
        return self._labels[key]

    def clear_errors(self) -> None:
        for error in self._errors.values():
            error.clear()
            error.hide()

    def show_errors(self, exc: UnionCaseError) -> bool:
        """Put each field error under its field. False if some error has no field here."""
        self.clear_errors()
        errors: list[UnionCaseError] = (
            list(exc.errors) if isinstance(exc, ValidationErrors) else [exc]
        )
        placed = True
        for error in errors:
            label = self._errors.get(error.field or "")
            if label is None:
                placed = False
                continue
            label.setText(field_text(error))
            label.show()
        return placed

    def show_error(self, error: UnionCaseError) -> bool:
        """Add one error under its field (others stay). False if the field is not here."""
        label = self._errors.get(error.field or "")
        if label is None:
            return False
        label.setText(field_text(error))
        label.show()
        return True

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if label.isVisible() or label.text() else ""


def first_error_field(exc: UnionCaseError) -> str | None:
    if isinstance(exc, ValidationErrors) and exc.errors:
        return exc.errors[0].field
    if isinstance(exc, ValidationError):
        return exc.field
    return exc.field
