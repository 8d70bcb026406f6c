"""Error types of the core.

Every expected failure carries a machine-readable ``code`` and, where it concerns one input, the
``field`` it belongs to.  The core holds no user-facing text: the UI and the CLI turn codes into
Chinese messages (see ``unioncase.messages``).
"""

from __future__ import annotations

from typing import Any


class UnionCaseError(Exception):
    """Base of every expected error: shown to the user as a clear message, never as a crash."""

    code: str = "error"

    def __init__(self, code: str | None = None, field: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.field = field
        self.params = params
        super().__init__(self.code if field is None else f"{field}: {self.code}")


class ValidationError(UnionCaseError):
    """One input is invalid. ``field`` names the input, ``code`` says what is wrong."""

    code = "invalid"


class ValidationErrors(UnionCaseError):  # noqa: N818 - a group of ValidationError
    """Several inputs are invalid at once (a form with more than one bad field)."""

    code = "invalid_many"

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__()
        self.errors = errors


class NotFoundError(UnionCaseError):
    code = "not_found"


class ConflictError(UnionCaseError):
    """A stale save (someone else changed the record) or a uniqueness clash."""

    code = "conflict"


class StorageError(UnionCaseError):
    """The database cannot be opened, is too new, is missing, or is damaged."""

    code = "storage"
