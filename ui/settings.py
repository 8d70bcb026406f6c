"""Typed settings over QSettings."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("UnionCase", "UnionCase")

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "zh_CN"))
        return value if value in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def last_operator(self) -> str:
        return str(self._s.value("session/operator", ""))

    @last_operator.setter
    def last_operator(self, value: str) -> None:
        self._s.setValue("session/operator", value)

    @property
    def pdf_font(self) -> str:
        return str(self._s.value("print/font", ""))

    @pdf_font.setter
    def pdf_font(self, value: str) -> None:
        self._s.setValue("print/font", value)

    def apply_pdf_font(self) -> None:
        """Printing (in the core) reads the chosen font from the environment."""
        from unioncase.printing.form_names import FONT_ENV_VAR

        if self.pdf_font.strip():
            os.environ[FONT_ENV_VAR] = self.pdf_font.strip()
        else:
            os.environ.pop(FONT_ENV_VAR, None)

    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray, tab: int) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.setValue("window/tab", tab)

    @property
    def window_tab(self) -> int:
        try:
            return int(self._s.value("window/tab", 0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0

    def sync(self) -> None:
        self._s.sync()
