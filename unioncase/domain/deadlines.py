"""Deadline rules shared by every line of work.

Periods are counted the way Chinese law counts them (民法典 arts. 201-203; 劳动争议调解仲裁法):

* the day on which the period starts is not counted: a period of N days from ``start`` ends,
  nominally, on ``start + N days``;
* when that last day is a rest day or a public holiday, the period ends on the next working day;
* make-up working days (调休, a Saturday or Sunday declared a working day) are working days.

Working-day periods (e.g. "within 5 working days") likewise start counting on the day after
``start`` and count only working days.

Everything here is pure: no I/O, no clock.  Callers pass ``today`` explicitly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from unioncase.domain.enums import DayKind
from unioncase.domain.holiday_data import shipped_days

__all__ = [
    "Deadline",
    "DeadlineStatus",
    "HolidayCalendar",
    "add_working_days",
    "extend",
    "period_end",
    "working_days_between",
]

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5  # date.weekday() of Saturday; Sunday is 6


def _is_weekend(day: date) -> bool:
    return day.weekday() >= _SATURDAY


class HolidayCalendar:
    """Which days are working days: Monday-Friday, corrected by the official schedule.

    ``days`` maps the exceptions: ``DayKind.HOLIDAY`` for a day off (a public holiday, or a weekday
    moved into a holiday block), ``DayKind.WORKDAY`` for a make-up working day on a weekend.  The
    calendar is immutable; it keeps its own copy of the mapping.
    """

    __slots__ = ("_days", "_sorted", "_years")

    def __init__(self, days: Mapping[date, DayKind]) -> None:
        copied = {day: DayKind(kind) for day, kind in days.items()}
        self._days: Mapping[date, DayKind] = MappingProxyType(copied)
        self._sorted: tuple[date, ...] = tuple(sorted(copied))
        self._years: frozenset[int] = frozenset(day.year for day in copied)

    @classmethod
    def shipped(cls) -> HolidayCalendar:
        """The official schedules shipped with the application (see ``holiday_data``)."""
        return cls({day: kind for day, kind, _name in shipped_days()})

    @property
    def days(self) -> Mapping[date, DayKind]:
        """The exceptions to the Monday-Friday week, read-only."""
        return self._days

    def __len__(self) -> int:
        return len(self._days)

    def __repr__(self) -> str:
        years = sorted(self._years)
        span = f"{years[0]}-{years[-1]}" if years else "empty"
        return f"<HolidayCalendar {len(self._days)} days, {span}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HolidayCalendar):
            return NotImplemented
        return dict(self._days) == dict(other._days)

    def __hash__(self) -> int:
        return hash(frozenset(self._days.items()))

    def kind(self, day: date) -> DayKind | None:
        """The calendar entry for ``day``, or None for an ordinary day."""
        return self._days.get(day)

    def is_working_day(self, day: date) -> bool:
        """A make-up working day, or a Monday-Friday that is not a holiday."""
        kind = self._days.get(day)
        if kind is DayKind.WORKDAY:
            return True
        if kind is DayKind.HOLIDAY:
            return False
        return not _is_weekend(day)

    def is_rest_day(self, day: date) -> bool:
        """A weekend day that is not a make-up working day, or a public holiday."""
        return not self.is_working_day(day)

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, otherwise the first working day after it."""
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def covers(self, year: int) -> bool:
        """Whether the calendar has any entry in ``year``.

        False means that year's official schedule has not been entered, so deadlines in it are
        computed from weekends alone and the caller should warn.
        """
        return year in self._years

    def _entries_between(self, after: date, through: date) -> Iterator[date]:
        """Dates with an entry in (after, through]; for ``working_days_between`` below."""
        lo = bisect_right(self._sorted, after)
        hi = bisect_right(self._sorted, through)
        return iter(self._sorted[lo:hi])


def _weekdays_between(start: date, end: date) -> int:
    """Monday-Friday dates in (start, end], for start <= end."""
    total = (end - start).days
    full_weeks, remainder = divmod(total, 7)
    count = full_weeks * 5
    first_weekday = (start.weekday() + 1) % 7  # weekday of the day after start
    for offset in range(remainder):
        if (first_weekday + offset) % 7 < _SATURDAY:
            count += 1
    return count


def _check_days(days: int) -> None:
    if days < 0:
        raise ValueError(f"a period cannot be negative: {days} days")


def period_end(start: date, days: int, calendar: HolidayCalendar) -> date:
    """The last day of a period of ``days`` calendar days beginning after ``start``.

    The start day is not counted, so the nominal last day is ``start + days``; when that day is a
    rest day or a public holiday the period ends on the next working day (民法典 art. 203).
    """
    _check_days(days)
    return calendar.next_working_day(start + timedelta(days=days))


def extend(due: date, days: int, calendar: HolidayCalendar) -> date:
    """A deadline extended by ``days`` calendar days, counted from the old due date."""
    return period_end(due, days, calendar)


def add_working_days(start: date, days: int, calendar: HolidayCalendar) -> date:
    """The day on which a period of ``days`` working days beginning after ``start`` ends.

    Only working days count (make-up working days included); ``days == 0`` gives ``start``.
    """
    _check_days(days)
    day = start
    remaining = days
    while remaining:
        day += _ONE_DAY
        if calendar.is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, calendar: HolidayCalendar) -> int:
    """Working days in (start, end]: ``start`` excluded, ``end`` included.

    When ``end`` is before ``start`` the result is the negated count of (end, start], so the
    count is additive: ``between(a, b) + between(b, c) == between(a, c)``.
    """
    if end < start:
        return -working_days_between(end, start, calendar)
    count = _weekdays_between(start, end)
    for day in calendar._entries_between(start, end):
        kind = calendar.kind(day)
        if kind is DayKind.WORKDAY and _is_weekend(day):
            count += 1
        elif kind is DayKind.HOLIDAY and not _is_weekend(day):
            count -= 1
    return count


class DeadlineStatus(StrEnum):
    NORMAL = "正常"
    DUE_SOON = "即将到期"
    OVERDUE = "已逾期"


@dataclass(frozen=True, slots=True)
class Deadline:
    """A due date.  The due day itself is still in time; the day after is overdue."""

    due: date

    def days_left(self, today: date) -> int:
        """Calendar days from ``today`` to the due date: 0 on the due day, negative when overdue."""
        return (self.due - today).days

    def status(self, today: date, warn_days: int = 3) -> DeadlineStatus:
        """Overdue after the due day; due soon within ``warn_days`` days of it."""
        if warn_days < 0:
            raise ValueError(f"warn_days cannot be negative: {warn_days}")
        left = self.days_left(today)
        if left < 0:
            return DeadlineStatus.OVERDUE
        if left <= warn_days:
            return DeadlineStatus.DUE_SOON
        return DeadlineStatus.NORMAL
