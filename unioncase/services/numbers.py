"""Record numbers: station code, record kind, year, sequence (330402001-XF-2022-00017)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement
from sqlmodel import Session, col

from unioncase.domain.enums import RecordKind
from unioncase.repositories.registry import NumberRepository

NUMBER_RE = re.compile(
    r"^(?P<station>\d{6,12})-(?P<kind>[A-Z]{2})-(?P<year>\d{4})-(?P<seq>\d{5,})$"
)


@dataclass(frozen=True)
class RecordNumber:
    station_code: str
    kind: RecordKind
    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.station_code}-{self.kind.value}-{self.year}-{self.sequence:05d}"


def parse_number(text: str) -> RecordNumber | None:
    match = NUMBER_RE.match(text.strip().upper())
    if match is None:
        return None
    try:
        kind = RecordKind(match["kind"])
    except ValueError:
        return None
    return RecordNumber(match["station"], kind, int(match["year"]), int(match["seq"]))


def next_number(session: Session, station_code: str, kind: RecordKind, year: int) -> str:
    sequence = NumberRepository(session).next(station_code, kind.value, year)
    return str(RecordNumber(station_code, kind, year, sequence))


def keep_number(session: Session, number: str) -> None:
    """A number brought in from elsewhere is kept; later numbers are handed out past it."""
    parsed = parse_number(number)
    if parsed is not None:
        NumberRepository(session).bump_to(
            parsed.station_code, parsed.kind.value, parsed.year, parsed.sequence
        )


def number_conditions(column: Any, kind: RecordKind, text: str) -> list[ColumnElement[bool]]:
    """Conditions finding a case of ``kind`` by its whole number, or by the kind's marker and
    its sequence, optionally with the year ("XF17", "xf-00017", "XF-2026-17")."""
    cleaned = unicodedata.normalize("NFKC", text).strip().upper()
    parsed = parse_number(cleaned)
    if parsed is not None:
        return [col(column) == str(parsed)] if parsed.kind is kind else []
    short = re.fullmatch(rf"{kind.value}[-\s]?(?:(?P<year>\d{{4}})[-\s])?(?P<seq>\d{{1,5}})",
                         cleaned)
    if short is None:
        return []
    year = short["year"] or "%"
    return [col(column).like(f"%-{kind.value}-{year}-{int(short['seq']):05d}")]
