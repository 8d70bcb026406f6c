"""The UUID a form gives the record it saves, kept until a save is known to have gone through.

A save whose answer is lost (a crash, a timeout) and is tried again with the same UUID gets back
the record of the first try instead of writing it twice (the services look it up first).
"""

from __future__ import annotations

from collections.abc import Hashable
from uuid import uuid4


class SaveKeys:
    def __init__(self) -> None:
        self._keys: dict[Hashable, str] = {}

    def key(self, target: Hashable = None) -> str:
        """The UUID for saving ``target`` (what is saved: None for the form's one record)."""
        return self._keys.setdefault(target, str(uuid4()))

    def done(self, target: Hashable = None) -> None:
        """The save of ``target`` went through: the next one is another record."""
        self._keys.pop(target, None)
