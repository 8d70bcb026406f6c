"""The sync passphrase: typed in a password field, or taken from UNIONCASE_SYNC_PASSPHRASE.

It is never written to disk. :class:`PassphraseMemory` keeps the last one that worked for the
rest of the session (the main window owns one), so it is not typed again for every bundle."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from unioncase.services.sync import ENV_PASSPHRASE


class PassphraseMemory:
    """The passphrase that last opened or wrote a bundle, in memory only."""

    def __init__(self) -> None:
        self._value: str | None = None

    def get(self) -> str | None:
        return self._value

    def remember(self, value: str) -> None:
        self._value = value

    def forget(self) -> None:
        self._value = None


def environment_passphrase() -> str | None:
    return os.environ.get(ENV_PASSPHRASE) or None


class PassphraseField(QWidget):
    def __init__(self, memory: PassphraseMemory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memory = memory
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(240)
        self.remember_check = QCheckBox(self)
        self.remember_check.setObjectName("rememberPassphraseCheck")
        self.remember_check.setChecked(True)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("passphraseNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #555555;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.remember_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.note_label)
        remembered = memory.get()
        if remembered:
            self.edit.setText(remembered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.remember_check.setText(self.tr("Remember until UnionCase closes"))
        self.remember_check.setToolTip(self.tr("Kept in memory only, never saved to disk"))
        if environment_passphrase():
            self.edit.setPlaceholderText(self.tr("Left empty: the one in %1")
                                         .replace("%1", ENV_PASSPHRASE))
            self.note_label.setText(self.tr(
                "The passphrase in the environment variable %1 is used unless another one is "
                "typed here.").replace("%1", ENV_PASSPHRASE))
        else:
            self.edit.setPlaceholderText(self.tr("The passphrase agreed for the city"))
            self.note_label.setText(self.tr(
                "The same passphrase at the center and every station; at least 8 characters."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def passphrase(self) -> str | None:
        """What was typed, else the environment's, else None (the service then says so)."""
        return self.edit.text() or environment_passphrase()

    def worked(self) -> None:
        """The passphrase opened or wrote a bundle: keep it for the session, if so asked."""
        typed = self.edit.text()
        if not self.remember_check.isChecked():
            self.memory.forget()
        elif typed:
            self.memory.remember(typed)
