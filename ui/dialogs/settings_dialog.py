"""Preferences: the interface language and the font printed forms use."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.settings import LANGUAGES, Settings
from ui.widgets.field_form import ERROR_STYLE

log = logging.getLogger(__name__)

# reportlab embeds TrueType outlines only; .otf/.otc (CFF) fonts print as empty boxes.
FONT_SUFFIXES = (".ttf", ".ttc")


class SettingsDialog(QDialog):
    """Edits ``Settings``; OK saves and reports a new language through ``language_changed``."""

    language_changed = Signal(str)  # the new language code, e.g. "en"
    settings_saved = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        self._fill()

    def _build_ui(self) -> None:
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each language in its own script
        self.language_label.setBuddy(self.language_combo)

        self.font_label = QLabel(self)
        self.font_edit = QLineEdit(self)
        self.font_edit.setObjectName("fontEdit")
        self.font_edit.setClearButtonEnabled(True)
        self.font_label.setBuddy(self.font_edit)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("browseFontButton")
        self.browse_button.setAutoDefault(False)
        self.font_error = QLabel(self)
        self.font_error.setObjectName("fontError")
        self.font_error.setStyleSheet(ERROR_STYLE)
        self.font_error.setWordWrap(True)
        self.font_error.hide()
        self.font_hint = QLabel(self)
        self.font_hint.setObjectName("fontHint")
        self.font_hint.setWordWrap(True)
        self.font_hint.setStyleSheet("color: #666;")

        font_row = QHBoxLayout()
        font_row.setContentsMargins(0, 0, 0, 0)
        font_row.addWidget(self.font_edit, 1)
        font_row.addWidget(self.browse_button)
        font_box = QWidget(self)
        font_column = QVBoxLayout(font_box)
        font_column.setContentsMargins(0, 0, 0, 0)
        font_column.setSpacing(4)
        font_column.addLayout(font_row)
        font_column.addWidget(self.font_error)
        font_column.addWidget(self.font_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.font_label, font_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.font_edit.textChanged.connect(self.font_error.hide)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("UnionCase - Settings"))
        self.language_label.setText(self.tr("&Language"))
        self.font_label.setText(self.tr("PDF &font"))
        self.font_edit.setPlaceholderText(self.tr("Automatic: a Chinese font on this computer"))
        self.browse_button.setText(self.tr("&Browse..."))
        self.font_hint.setText(self.tr(
            "Printed forms need a TrueType Chinese font (.ttf or .ttc), for example SimSun "
            "(simsun.ttc in the Windows Fonts folder). OpenType .otf fonts cannot be embedded. "
            "Leave empty to use a Chinese font found on this computer."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self) -> None:
        self.language_combo.blockSignals(True)
        index = self.language_combo.findData(self.settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.blockSignals(False)
        self.font_edit.setText(self.settings.pdf_font)

    # -- the font file ------------------------------------------------------------------------
    def _ask_font_path(self) -> str:
        """Ask for a font file ("" if cancelled). Tests replace this."""
        start = self.font_edit.text().strip() or _fonts_folder()
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the PDF font"), start,
            self.tr("TrueType fonts (*.ttf *.ttc);;All files (*)"))
        return path

    def _on_browse_clicked(self) -> None:
        path = self._ask_font_path()
        if path:
            self.font_edit.setText(path)

    def font_problem(self, path: str) -> str:
        """Why ``path`` cannot be the PDF font ("" if it can, or if it is empty)."""
        if not path:
            return ""
        file = Path(path).expanduser()
        if not file.is_file():
            return self.tr("The file does not exist.")
        if file.suffix.lower() not in FONT_SUFFIXES:
            return self.tr("Choose a .ttf or .ttc font file.")
        return ""

    # -- saving -------------------------------------------------------------------------------
    def _on_accepted(self) -> None:
        font = self.font_edit.text().strip()
        problem = self.font_problem(font)
        if problem:
            self.font_error.setText(problem)
            self.font_error.show()
            self.font_edit.setFocus()
            return
        language = str(self.language_combo.currentData())
        changed = language != self.settings.language
        self.settings.language = language
        self.settings.pdf_font = font
        self.settings.sync()
        log.info("settings saved (language %s)", language)
        self.settings_saved.emit()
        if changed:
            self.language_changed.emit(language)
        self.accept()


def _fonts_folder() -> str:
    for folder in (Path("C:/Windows/Fonts"), Path("/usr/share/fonts")):
        if folder.is_dir():
            return str(folder)
    return str(Path.home())
