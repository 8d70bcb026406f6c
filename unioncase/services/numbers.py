"""Record numbers: station code, record kind, year, sequence (330402001-XF-2022-00017)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session

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
