"""Pick a person from the registry as you type (name, pinyin, ID number, phone), or type a new name.

The popup lists "name  masked ID number  phone  employer"; choosing a line puts the name in the box
and remembers the person. Editing the name afterwards forgets the choice (a new person then).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from unioncase.domain.validators import mask_id_number
from unioncase.models import PersonRead
from unioncase.services import UnionCase

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # what goes into the box
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PersonPicker(QLineEdit):
    person_changed = Signal(object)  # PersonRead | None

    LIMIT = 20

    def __init__(self, app: UnionCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._hits: dict[int, PersonRead] = {}
        self._selected: PersonRead | None = None
        self._model = QStandardItemModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionRole(NAME_ROLE)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(10)
        self.setCompleter(self.completer_)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._on_text_edited)
        self.completer_.activated[QModelIndex].connect(self._on_completer_activated)

    # -- typing ------------------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        had = self._selected is not None
        self._selected = None
        if not text.strip():
            self._model.clear()
            self._hits = {}
        else:
            self._fill(self.app.persons.search(text.strip(), limit=self.LIMIT))
        if had:
            self.person_changed.emit(None)

    def _fill(self, hits: list[PersonRead]) -> None:
        self._model.clear()
        self._hits = {p.id: p for p in hits}
        for person in hits:
            parts = [person.name, mask_id_number(person.id_number) if person.id_number else "",
                     person.phone or "", person.employer_name or ""]
            item = QStandardItem("   ".join(x for x in parts if x))
            item.setData(person.name, NAME_ROLE)
            item.setData(person.id, ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        person = self._hits.get(index.data(ID_ROLE))
        if person is None:
            return
        self._selected = person
        self.person_changed.emit(person)

    # -- state -------------------------------------------------------------------------------
    def set_person(self, person: PersonRead | None) -> None:
        """Show a registered person (or nothing) without emitting ``textEdited``."""
        self._selected = person
        self.setText(person.name if person else "")
        self.person_changed.emit(person)

    def person(self) -> PersonRead | None:
        """The registered person chosen, or None when the name is a new one (or empty)."""
        if self._selected is not None and self.text().strip() == self._selected.name:
            return self._selected
        return None

    def person_id(self) -> int | None:
        person = self.person()
        return None if person is None else person.id
