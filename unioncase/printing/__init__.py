"""Printing: A4 government-style PDF forms (reportlab platypus, embedded CJK font). No Qt."""

from unioncase.printing.fonts import FONT_ENV_VAR, FontChoice, FontError, cjk_font
from unioncase.printing.forms import Choice, Field, FormDocument, TableValue, chinese_date
from unioncase.printing.person_form import PersonFormData, render_person_registration

__all__ = [
    "FONT_ENV_VAR",
    "Choice",
    "Field",
    "FontChoice",
    "FontError",
    "FormDocument",
    "PersonFormData",
    "TableValue",
    "chinese_date",
    "cjk_font",
    "render_person_registration",
]
