"""Official public-holiday schedules shipped with the application.

Each year's schedule comes from the State Council General Office notice on holiday arrangements
(国务院办公厅关于部分节假日安排的通知) published late in the year before.  An entry gives the whole
block of days off as announced ("X月X日至X日放假调休") and the weekend days that become working
days (调休上班).  Ordinary weekends inside a block are listed as holidays too, which changes nothing
for deadline counting but keeps each block as the notice states it.

Where the notice was later amended (2019 Labour Day, 2020 Spring Festival) the amended schedule
is shipped.  The data is used for legal deadlines: an administrator can correct or extend the
calendar in the application, and ``HolidayCalendar.covers`` tells callers when a year is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from unioncase.domain.enums import DayKind

__all__ = ["SHIPPED_HOLIDAYS", "SHIPPED_YEARS", "OfficialHoliday", "shipped_days"]


@dataclass(frozen=True, slots=True)
class OfficialHoliday:
    """One holiday block of an official yearly schedule.

    ``year`` is the schedule (notice) year; ``first`` may fall in the previous December when the
    New Year block starts there (2017, 2018, 2019, 2023, 2024).
    """

    year: int
    name: str
    first: date
    last: date
    workdays: tuple[date, ...] = ()

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"{self.year} {self.name}: last day before first day")

    def days(self) -> list[date]:
        """Every date of the block, ``first`` to ``last`` inclusive."""
        count = (self.last - self.first).days + 1
        return [self.first + timedelta(days=offset) for offset in range(count)]


def _h(
    year: int,
    name: str,
    first: tuple[int, int],
    last: tuple[int, int],
    *workdays: tuple[int, int],
) -> OfficialHoliday:
    """Shorthand for a block inside ``year``: dates are (month, day) pairs."""
    return OfficialHoliday(
        year,
        name,
        date(year, *first),
        date(year, *last),
        tuple(date(year, *d) for d in workdays),
    )


NEW_YEAR = "元旦"
SPRING = "春节"
QINGMING = "清明节"
LABOUR = "劳动节"
DRAGON_BOAT = "端午节"
MID_AUTUMN = "中秋节"
NATIONAL = "国庆节"

SHIPPED_HOLIDAYS: tuple[OfficialHoliday, ...] = (
    # 2015
    _h(2015, NEW_YEAR, (1, 1), (1, 3), (1, 4)),
    _h(2015, SPRING, (2, 18), (2, 24), (2, 15), (2, 28)),
    _h(2015, QINGMING, (4, 4), (4, 6)),
    _h(2015, LABOUR, (5, 1), (5, 3)),
    _h(2015, DRAGON_BOAT, (6, 20), (6, 22)),
    # A separate State Council notice of 2015: the 70th anniversary of the victory in the War
    # of Resistance against Japan, a one-off holiday with its own make-up working day.
    _h(2015, "抗战胜利70周年纪念日", (9, 3), (9, 5), (9, 6)),
    # The notice gives only "9月27日放假" (a Sunday), with no day in lieu.
    _h(2015, MID_AUTUMN, (9, 27), (9, 27)),
    _h(2015, NATIONAL, (10, 1), (10, 7), (10, 10)),
    # 2016
    _h(2016, NEW_YEAR, (1, 1), (1, 3)),
    _h(2016, SPRING, (2, 7), (2, 13), (2, 6), (2, 14)),
    _h(2016, QINGMING, (4, 2), (4, 4)),
    _h(2016, LABOUR, (4, 30), (5, 2)),
    _h(2016, DRAGON_BOAT, (6, 9), (6, 11), (6, 12)),
    _h(2016, MID_AUTUMN, (9, 15), (9, 17), (9, 18)),
    _h(2016, NATIONAL, (10, 1), (10, 7), (10, 8), (10, 9)),
    # 2017
    OfficialHoliday(2017, NEW_YEAR, date(2016, 12, 31), date(2017, 1, 2)),
    _h(2017, SPRING, (1, 27), (2, 2), (1, 22), (2, 4)),
    _h(2017, QINGMING, (4, 2), (4, 4), (4, 1)),
    _h(2017, LABOUR, (4, 29), (5, 1)),
    _h(2017, DRAGON_BOAT, (5, 28), (5, 30), (5, 27)),
    # Mid-Autumn (4 October) fell inside the National Day week.
    _h(2017, "国庆节、中秋节", (10, 1), (10, 8), (9, 30)),
    # 2018
    OfficialHoliday(2018, NEW_YEAR, date(2017, 12, 30), date(2018, 1, 1)),
    _h(2018, SPRING, (2, 15), (2, 21), (2, 11), (2, 24)),
    _h(2018, QINGMING, (4, 5), (4, 7), (4, 8)),
    _h(2018, LABOUR, (4, 29), (5, 1), (4, 28)),
    _h(2018, DRAGON_BOAT, (6, 16), (6, 18)),
    _h(2018, MID_AUTUMN, (9, 22), (9, 24)),
    _h(2018, NATIONAL, (10, 1), (10, 7), (9, 29), (9, 30)),
    # 2019; Labour Day as amended in March 2019 (1-4 May).
    OfficialHoliday(
        2019,
        NEW_YEAR,
        date(2018, 12, 30),
        date(2019, 1, 1),
        (date(2018, 12, 29),),
    ),
    _h(2019, SPRING, (2, 4), (2, 10), (2, 2), (2, 3)),
    _h(2019, QINGMING, (4, 5), (4, 7)),
    _h(2019, LABOUR, (5, 1), (5, 4), (4, 28), (5, 5)),
    _h(2019, DRAGON_BOAT, (6, 7), (6, 9)),
    _h(2019, MID_AUTUMN, (9, 13), (9, 15)),
    _h(2019, NATIONAL, (10, 1), (10, 7), (9, 29), (10, 12)),
    # 2020.  The Spring Festival was extended to 2 February by the notice of 27 January 2020
    # (COVID-19), which cancelled the make-up working day of 1 February.
    _h(2020, NEW_YEAR, (1, 1), (1, 1)),
    _h(2020, SPRING, (1, 24), (2, 2), (1, 19)),
    _h(2020, QINGMING, (4, 4), (4, 6)),
    _h(2020, LABOUR, (5, 1), (5, 5), (4, 26), (5, 9)),
    _h(2020, DRAGON_BOAT, (6, 25), (6, 27), (6, 28)),
    # Mid-Autumn (1 October) coincided with National Day.
    _h(2020, "国庆节、中秋节", (10, 1), (10, 8), (9, 27), (10, 10)),
    # 2021
    _h(2021, NEW_YEAR, (1, 1), (1, 3)),
    _h(2021, SPRING, (2, 11), (2, 17), (2, 7), (2, 20)),
    _h(2021, QINGMING, (4, 3), (4, 5)),
    _h(2021, LABOUR, (5, 1), (5, 5), (4, 25), (5, 8)),
    _h(2021, DRAGON_BOAT, (6, 12), (6, 14)),
    _h(2021, MID_AUTUMN, (9, 19), (9, 21), (9, 18)),
    _h(2021, NATIONAL, (10, 1), (10, 7), (9, 26), (10, 9)),
    # 2022
    _h(2022, NEW_YEAR, (1, 1), (1, 3)),
    _h(2022, SPRING, (1, 31), (2, 6), (1, 29), (1, 30)),
    _h(2022, QINGMING, (4, 3), (4, 5), (4, 2)),
    _h(2022, LABOUR, (4, 30), (5, 4), (4, 24), (5, 7)),
    _h(2022, DRAGON_BOAT, (6, 3), (6, 5)),
    _h(2022, MID_AUTUMN, (9, 10), (9, 12)),
    _h(2022, NATIONAL, (10, 1), (10, 7), (10, 8), (10, 9)),
    # 2023
    OfficialHoliday(2023, NEW_YEAR, date(2022, 12, 31), date(2023, 1, 2)),
    _h(2023, SPRING, (1, 21), (1, 27), (1, 28), (1, 29)),
    _h(2023, QINGMING, (4, 5), (4, 5)),
    _h(2023, LABOUR, (4, 29), (5, 3), (4, 23), (5, 6)),
    _h(2023, DRAGON_BOAT, (6, 22), (6, 24), (6, 25)),
    # Mid-Autumn (29 September) ran straight into National Day.
    _h(2023, "中秋节、国庆节", (9, 29), (10, 6), (10, 7), (10, 8)),
    # 2024
    OfficialHoliday(2024, NEW_YEAR, date(2023, 12, 30), date(2024, 1, 1)),
    _h(2024, SPRING, (2, 10), (2, 17), (2, 4), (2, 18)),
    _h(2024, QINGMING, (4, 4), (4, 6), (4, 7)),
    _h(2024, LABOUR, (5, 1), (5, 5), (4, 28), (5, 11)),
    _h(2024, DRAGON_BOAT, (6, 8), (6, 10)),
    _h(2024, MID_AUTUMN, (9, 15), (9, 17), (9, 14)),
    _h(2024, NATIONAL, (10, 1), (10, 7), (9, 29), (10, 12)),
    # 2025, the first schedule under the amended holiday rules
    # (New Year's Eve of the Spring Festival and 2 May became statutory holidays).
    _h(2025, NEW_YEAR, (1, 1), (1, 1)),
    _h(2025, SPRING, (1, 28), (2, 4), (1, 26), (2, 8)),
    _h(2025, QINGMING, (4, 4), (4, 6)),
    _h(2025, LABOUR, (5, 1), (5, 5), (4, 27)),
    _h(2025, DRAGON_BOAT, (5, 31), (6, 2)),
    # Mid-Autumn (6 October) fell inside the National Day week.
    _h(2025, "国庆节、中秋节", (10, 1), (10, 8), (9, 28), (10, 11)),
    # 2026.  Entered from memory and matched against two independent open datasets, but not
    # against the notice itself: CHECK IT against the published notice before relying on it
    # (an administrator can correct the calendar in the application).
    _h(2026, NEW_YEAR, (1, 1), (1, 3), (1, 4)),
    _h(2026, SPRING, (2, 15), (2, 23), (2, 14), (2, 28)),
    _h(2026, QINGMING, (4, 4), (4, 6)),
    _h(2026, LABOUR, (5, 1), (5, 5), (5, 9)),
    _h(2026, DRAGON_BOAT, (6, 19), (6, 21)),
    _h(2026, MID_AUTUMN, (9, 25), (9, 27)),
    _h(2026, NATIONAL, (10, 1), (10, 7), (9, 20), (10, 10)),
)

SHIPPED_YEARS: tuple[int, ...] = tuple(sorted({h.year for h in SHIPPED_HOLIDAYS}))


def shipped_days() -> list[tuple[date, DayKind, str]]:
    """Flatten the shipped schedules into (date, kind, name) rows, sorted by date.

    Every day of a block is a ``HOLIDAY`` named after the festival; every make-up working day is a
    ``WORKDAY`` named "<festival>调休".
    """
    rows: list[tuple[date, DayKind, str]] = []
    for holiday in SHIPPED_HOLIDAYS:
        rows.extend((day, DayKind.HOLIDAY, holiday.name) for day in holiday.days())
        rows.extend((day, DayKind.WORKDAY, f"{holiday.name}调休") for day in holiday.workdays)
    rows.sort(key=lambda row: row[0])
    return rows
