"""Pick an employer from the enterprise registry as you type (name, pinyin, credit code)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from unioncase.services import UnionCase


class EnterprisePicker(QLineEdit):
    enterprise_changed = Signal(object)  # int | None

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._ids: dict[str, int] = {}
        self._selected: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._on_text_edited)
        completer.activated.connect(self._on_completer_activated)

    def _on_text_edited(self, text: str) -> None:
        self._selected = self._ids.get(text)
        if len(text.strip()) < 1:
            self._model.setStringList([])
            self.enterprise_changed.emit(None)
            return
        hits = self.app.enterprises.search(text, limit=20)
        self._ids = {e.name: e.id for e in hits}
        self._model.setStringList(list(self._ids))
        self._selected = self._ids.get(text)
        self.enterprise_changed.emit(self._selected)

    def _on_completer_activated(self, text: str) -> None:
        self._selected = self._ids.get(text)
        self.enterprise_changed.emit(self._selected)

    def set_enterprise(self, enterprise_id: int | None, name: str | None) -> None:
        self.blockSignals(True)
        self.setText(name or "")
        self.blockSignals(False)
        self._selected = enterprise_id
        if enterprise_id is not None and name:
            self._ids[name] = enterprise_id

    def enterprise_id(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        if self._selected is not None:
            return self._selected
        return self._ids.get(text)
