"""The one error funnel: expected errors become a clear message; anything else is a crash report."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from ui import i18n
from unioncase.domain.errors import UnionCaseError
from unioncase.messages import describe, message

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    if isinstance(error, UnionCaseError):
        return describe(error, i18n.current_language())
    return message("error", i18n.current_language())


def field_text(error: UnionCaseError) -> str:
    """The message shown next to a field (the field label is already beside it)."""
    return message(error.code, i18n.current_language(), **error.params)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Expected errors: a warning box. Anything else: logged, with a copyable report."""
    if isinstance(error, UnionCaseError):
        box = QMessageBox(QMessageBox.Icon.Warning, "UnionCase", error_text(error),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("errorBox")
        box.open()
        return
    log.error("unexpected error", exc_info=error)
    report = "".join(traceback.format_exception(error))
    box = QMessageBox(QMessageBox.Icon.Critical, "UnionCase",
                      message("error", i18n.current_language()),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("crashBox")
    box.setDetailedText(report)
    box.open()
