"""Translators: UnionCase's own (.qm in the installed resources) and Qt's own dialogs."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []  # keep references: a collected translator stops working
_current = "zh_CN"


def resource_path(*parts: str) -> Path:
    """A file shipped in the installed resources package."""
    return Path(str(resources.files("unioncase_resources").joinpath(*parts)))


def translations_dir() -> Path:
    return resource_path("translations")


def current_language() -> str:
    return _current


def install(app: QCoreApplication, language: str) -> None:
    """Switch the application's language; widgets retranslate on LanguageChange."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    if language.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = QTranslator()
    if own.load(f"unioncase_{language}", str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("no UnionCase translation for %s", language)
    for name in ("qtbase",):
        qt = QTranslator()
        if qt.load(f"{name}_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
