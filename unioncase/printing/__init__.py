"""Printing: A4 government-style PDF forms (reportlab, embedded CJK font). No Qt.

The names below load their modules (and reportlab, a fifth of a second) when first used, so
that importing a form's name (:mod:`unioncase.printing.form_names`) costs nothing at start-up.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "FONT_ENV_VAR": "fonts", "FontChoice": "fonts", "FontError": "fonts", "cjk_font": "fonts",
    "Choice": "forms", "Field": "forms", "FormDocument": "forms", "TableValue": "forms",
    "chinese_date": "forms",
    "PersonFormData": "person_form", "render_person_registration": "person_form",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
