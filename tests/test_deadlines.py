"""The deadline engine and the shipped holiday schedules, checked against real dates."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unioncase.domain.deadlines import (
    Deadline,
    DeadlineStatus,
    HolidayCalendar,
    add_working_days,
    extend,
    period_end,
    working_days_between,
)
from unioncase.domain.enums import DayKind
from unioncase.domain.holiday_data import (
    SHIPPED_HOLIDAYS,
    SHIPPED_YEARS,
    OfficialHoliday,
    shipped_days,
)

CAL = HolidayCalendar.shipped()
PLAIN = HolidayCalendar({})  # weekends only, no public holidays

SAT, SUN = 5, 6


# --- the calendar ------------------------------------------------------------------------------


def test_make_up_saturday_is_a_working_day_and_holiday_weekday_is_not() -> None:
    assert date(2022, 10, 8).weekday() == SAT
    assert CAL.is_working_day(date(2022, 10, 8))
    assert CAL.is_working_day(date(2022, 10, 9))
    assert date(2022, 10, 5).weekday() == 2
    assert CAL.is_rest_day(date(2022, 10, 5))
    assert not PLAIN.is_rest_day(date(2022, 10, 5))
    assert PLAIN.is_rest_day(date(2022, 10, 8))


def test_ordinary_days_follow_the_week() -> None:
    monday, saturday, sunday = date(2022, 11, 14), date(2022, 11, 12), date(2022, 11, 13)
    assert CAL.kind(monday) is None
    assert CAL.is_working_day(monday)
    assert CAL.is_rest_day(saturday)
    assert CAL.is_rest_day(sunday)


def test_custom_entries_override_the_week() -> None:
    cal = HolidayCalendar({date(2030, 3, 4): DayKind.HOLIDAY, date(2030, 3, 9): DayKind.WORKDAY})
    assert date(2030, 3, 4).weekday() == 0
    assert cal.is_rest_day(date(2030, 3, 4))
    assert cal.is_working_day(date(2030, 3, 9))  # a Saturday
    assert cal.next_working_day(date(2030, 3, 2)) == date(2030, 3, 5)
    assert cal.covers(2030)
    assert not cal.covers(2031)


def test_calendar_keeps_its_own_copy() -> None:
    days = {date(2030, 3, 4): DayKind.HOLIDAY}
    cal = HolidayCalendar(days)
    days[date(2030, 3, 5)] = DayKind.HOLIDAY
    assert cal.is_working_day(date(2030, 3, 5))
    assert len(cal) == 1
    with pytest.raises(TypeError):
        cal.days[date(2030, 3, 6)] = DayKind.HOLIDAY  # type: ignore[index]


def test_calendar_accepts_stored_string_values() -> None:
    cal = HolidayCalendar({date(2030, 3, 9): "班"})  # type: ignore[dict-item]
    assert cal.kind(date(2030, 3, 9)) is DayKind.WORKDAY
    assert cal.is_working_day(date(2030, 3, 9))


def test_calendar_equality() -> None:
    assert HolidayCalendar.shipped() == CAL
    assert hash(HolidayCalendar.shipped()) == hash(CAL)
    assert CAL != PLAIN


def test_next_working_day() -> None:
    assert CAL.next_working_day(date(2022, 10, 1)) == date(2022, 10, 8)
    assert CAL.next_working_day(date(2022, 10, 8)) == date(2022, 10, 8)
    assert CAL.next_working_day(date(2024, 2, 10)) == date(2024, 2, 18)
    assert CAL.next_working_day(date(2022, 11, 12)) == date(2022, 11, 14)


def test_covers_shipped_years_only() -> None:
    for year in range(2015, 2027):
        assert CAL.covers(year), year
    assert not CAL.covers(2014)
    assert not CAL.covers(2027)
    assert not PLAIN.covers(2024)


# --- calendar-day periods ----------------------------------------------------------------------


def test_mediation_limit_running_into_national_day() -> None:
    # Accepted 2022-09-20; the 15th day, 2022-10-05, falls in the National Day holiday
    # (2022-10-01..07), so the limit runs to the first working day after it: Saturday 10-08,
    # a make-up working day.
    accepted = date(2022, 9, 20)
    assert accepted + timedelta(days=15) == date(2022, 10, 5)
    assert period_end(accepted, 15, CAL) == date(2022, 10, 8)
    # Without the holiday schedule the Wednesday would have been the last day.
    assert period_end(accepted, 15, PLAIN) == date(2022, 10, 5)


def test_period_ending_on_a_make_up_saturday_ends_that_saturday() -> None:
    assert date(2022, 10, 8).weekday() == SAT
    assert period_end(date(2022, 9, 23), 15, CAL) == date(2022, 10, 8)
    assert period_end(date(2022, 9, 24), 15, CAL) == date(2022, 10, 9)  # make-up Sunday
    # An ordinary calendar would have moved it to the Monday.
    assert period_end(date(2022, 9, 23), 15, PLAIN) == date(2022, 10, 10)


def test_period_ending_on_an_ordinary_sunday_moves_to_monday() -> None:
    assert date(2022, 11, 13).weekday() == SUN
    assert period_end(date(2022, 10, 29), 15, CAL) == date(2022, 11, 14)


def test_period_ending_on_a_working_day_is_not_moved() -> None:
    assert period_end(date(2022, 11, 1), 15, CAL) == date(2022, 11, 16)
    assert period_end(date(2022, 11, 16), 0, CAL) == date(2022, 11, 16)


def test_period_into_2024_spring_festival_ends_on_make_up_sunday() -> None:
    # 2024-02-10 is the first day of the Spring Festival (02-10..17); the next working day is
    # Sunday 02-18, a make-up working day.
    assert period_end(date(2024, 1, 26), 15, CAL) == date(2024, 2, 18)
    # 2024-02-04 is itself a make-up Sunday: a period ending there ends there.
    assert period_end(date(2024, 1, 20), 15, CAL) == date(2024, 2, 4)


def test_period_into_new_year_block_spanning_two_years() -> None:
    # 2023-12-30..2024-01-01 is the 2024 New Year holiday.
    assert period_end(date(2023, 12, 16), 15, CAL) == date(2024, 1, 2)


def test_extension_counts_from_old_due_date() -> None:
    # A mediation due 2022-10-08 extended by 15 days: nominally Sunday 10-23 -> Monday 10-24.
    assert extend(date(2022, 10, 8), 15, CAL) == date(2022, 10, 24)
    # An extension that lands in the holiday moves past it.
    assert extend(date(2022, 9, 16), 15, CAL) == date(2022, 10, 8)


def test_negative_periods_are_rejected() -> None:
    with pytest.raises(ValueError, match="negative"):
        period_end(date(2022, 1, 1), -1, CAL)
    with pytest.raises(ValueError, match="negative"):
        add_working_days(date(2022, 1, 1), -1, CAL)
    with pytest.raises(ValueError, match="negative"):
        extend(date(2022, 1, 1), -3, CAL)


# --- working-day periods -----------------------------------------------------------------------


def test_five_working_days_of_notice_across_2024_spring_festival() -> None:
    # Posted Wednesday 2024-02-07: Thu 8, Fri 9 (New Year's Eve was a working day in 2024),
    # the holiday 10..17, make-up Sunday 18, Mon 19, Tue 20.
    posted = date(2024, 2, 7)
    assert add_working_days(posted, 5, CAL) == date(2024, 2, 20)
    assert working_days_between(posted, date(2024, 2, 20), CAL) == 5
    assert add_working_days(posted, 5, PLAIN) == date(2024, 2, 14)


def test_five_working_days_of_notice_across_2023_spring_festival() -> None:
    # Posted Thursday 2023-01-19: Fri 20, the holiday 21..27, make-up Sat 28 and Sun 29, Mon 30,
    # Tue 31.
    assert add_working_days(date(2023, 1, 19), 5, CAL) == date(2023, 1, 31)


def test_five_working_days_of_notice_across_2025_spring_festival() -> None:
    # Posted Friday 2025-01-24: make-up Sunday 26, Mon 27, the holiday 01-28..02-04 (from 2025
    # New Year's Eve is a public holiday), Wed 5, Thu 6, Fri 7.
    assert add_working_days(date(2025, 1, 24), 5, CAL) == date(2025, 2, 7)


def test_zero_working_days_is_the_start_day() -> None:
    assert add_working_days(date(2024, 2, 10), 0, CAL) == date(2024, 2, 10)
    assert working_days_between(date(2024, 2, 10), date(2024, 2, 10), CAL) == 0


def test_working_days_in_february_2024() -> None:
    # Feb 2..29 has 20 weekdays; 5 of them (12..16) are holidays; Sundays 4 and 18 are worked.
    assert working_days_between(date(2024, 2, 1), date(2024, 2, 29), CAL) == 17
    assert working_days_between(date(2024, 2, 1), date(2024, 2, 29), PLAIN) == 20


def test_working_days_between_is_signed() -> None:
    assert working_days_between(date(2024, 2, 29), date(2024, 2, 1), CAL) == -17


def test_working_days_in_a_whole_year() -> None:
    # 2024 has 262 weekdays (366 days starting on a Monday); the 2024 schedule takes 11 net days
    # but its New Year block puts 2023-12-30/31 (a weekend) in 2023, which changes nothing.
    assert working_days_between(date(2023, 12, 31), date(2024, 12, 31), PLAIN) == 262
    assert working_days_between(date(2023, 12, 31), date(2024, 12, 31), CAL) == 262 - 11


# --- the 2024 schedule in detail ---------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        date(2024, 2, 4),
        date(2024, 2, 18),
        date(2024, 4, 7),
        date(2024, 4, 28),
        date(2024, 5, 11),
        date(2024, 9, 14),
        date(2024, 9, 29),
        date(2024, 10, 12),
    ],
)
def test_2024_make_up_days_are_worked(day: date) -> None:
    assert day.weekday() in (SAT, SUN)
    assert CAL.kind(day) is DayKind.WORKDAY
    assert CAL.is_working_day(day)


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2024, 1, 1), date(2024, 1, 1)),
        (date(2024, 2, 10), date(2024, 2, 17)),
        (date(2024, 4, 4), date(2024, 4, 6)),
        (date(2024, 5, 1), date(2024, 5, 5)),
        (date(2024, 6, 10), date(2024, 6, 10)),
        (date(2024, 9, 15), date(2024, 9, 17)),
        (date(2024, 10, 1), date(2024, 10, 7)),
    ],
)
def test_2024_holidays_are_rest_days(first: date, last: date) -> None:
    day = first
    while day <= last:
        assert CAL.is_rest_day(day), day
        day += timedelta(days=1)
    # The block is as long as the notice says: the day after it is worked.
    assert CAL.is_working_day(last + timedelta(days=1))


def test_2024_new_years_eve_was_a_working_day() -> None:
    assert CAL.is_working_day(date(2024, 2, 9))
    assert CAL.is_rest_day(date(2025, 1, 28))  # from 2025 on it is a public holiday


def test_amended_schedules() -> None:
    # 2019 Labour Day was widened to 05-01..04 with 04-28 and 05-05 worked.
    assert all(CAL.is_rest_day(date(2019, 5, d)) for d in range(1, 5))
    assert CAL.is_working_day(date(2019, 4, 28))
    assert CAL.is_working_day(date(2019, 5, 5))
    # The 2020 Spring Festival was extended to 02-02; Saturday 02-01 was no longer worked.
    assert CAL.is_rest_day(date(2020, 1, 31))
    assert CAL.is_rest_day(date(2020, 2, 1))
    assert CAL.is_rest_day(date(2020, 2, 2))
    assert CAL.is_working_day(date(2020, 2, 3))
    assert CAL.is_working_day(date(2020, 1, 19))


def test_2026_schedule() -> None:
    assert [d for d in range(14, 29) if CAL.is_rest_day(date(2026, 2, d))] == list(range(15, 24))
    assert CAL.is_working_day(date(2026, 2, 14))
    assert CAL.is_working_day(date(2026, 2, 28))
    assert CAL.is_working_day(date(2026, 1, 4))
    assert CAL.is_working_day(date(2026, 5, 9))
    assert CAL.is_working_day(date(2026, 9, 20))
    assert CAL.is_working_day(date(2026, 10, 10))


# --- the shipped data --------------------------------------------------------------------------

FESTIVALS = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"}

# Every make-up working day 2015-2026, written out independently of holiday_data.
MAKE_UP_DAYS = {
    2015: ["01-04", "02-15", "02-28", "09-06", "10-10"],
    2016: ["02-06", "02-14", "06-12", "09-18", "10-08", "10-09"],
    2017: ["01-22", "02-04", "04-01", "05-27", "09-30"],
    2018: ["02-11", "02-24", "04-08", "04-28", "09-29", "09-30", "12-29"],
    2019: ["02-02", "02-03", "04-28", "05-05", "09-29", "10-12"],
    2020: ["01-19", "04-26", "05-09", "06-28", "09-27", "10-10"],
    2021: ["02-07", "02-20", "04-25", "05-08", "09-18", "09-26", "10-09"],
    2022: ["01-29", "01-30", "04-02", "04-24", "05-07", "10-08", "10-09"],
    2023: ["01-28", "01-29", "04-23", "05-06", "06-25", "10-07", "10-08"],
    2024: ["02-04", "02-18", "04-07", "04-28", "05-11", "09-14", "09-29", "10-12"],
    2025: ["01-26", "02-08", "04-27", "09-28", "10-11"],
    2026: ["01-04", "02-14", "02-28", "05-09", "09-20", "10-10"],
}


def test_shipped_years() -> None:
    assert list(SHIPPED_YEARS) == list(range(2015, 2027))


@pytest.mark.parametrize("year", range(2015, 2027))
def test_every_year_has_the_seven_festivals(year: int) -> None:
    names: set[str] = set()
    for holiday in SHIPPED_HOLIDAYS:
        if holiday.year == year:
            names.update(holiday.name.split("、"))
    assert names >= FESTIVALS


def test_combined_mid_autumn_and_national_day() -> None:
    combined = {h.year: h.name for h in SHIPPED_HOLIDAYS if "、" in h.name}
    assert set(combined) == {2017, 2020, 2023, 2025}
    assert all(set(name.split("、")) == {"中秋节", "国庆节"} for name in combined.values())


def test_no_date_is_listed_twice() -> None:
    counts = Counter(day for day, _kind, _name in shipped_days())
    assert [day for day, n in counts.items() if n > 1] == []
    kinds: dict[date, set[DayKind]] = {}
    for day, kind, _name in shipped_days():
        kinds.setdefault(day, set()).add(kind)
    assert [day for day, k in kinds.items() if len(k) > 1] == []


def test_make_up_days_are_weekends_and_match_the_notices() -> None:
    workdays = [day for day, kind, _name in shipped_days() if kind is DayKind.WORKDAY]
    assert all(day.weekday() in (SAT, SUN) for day in workdays)
    expected = sorted(
        date.fromisoformat(f"{year}-{md}") for year, mds in MAKE_UP_DAYS.items() for md in mds
    )
    assert workdays == expected


def test_net_days_off_per_schedule_year() -> None:
    # Weekday holidays minus make-up days = the statutory days of the year: 11 until 2024,
    # 13 from 2025; 2015 adds the one-off anniversary day, 2020 the two-day COVID extension.
    net: Counter[int] = Counter()
    for holiday in SHIPPED_HOLIDAYS:
        weekdays_off = sum(1 for day in holiday.days() if day.weekday() < SAT)
        net[holiday.year] += weekdays_off - len(holiday.workdays)
    expected = {year: 11 for year in range(2015, 2025)} | {2015: 12, 2020: 13, 2025: 13, 2026: 13}
    assert dict(net) == expected


def test_shipped_rows() -> None:
    rows = shipped_days()
    assert rows == sorted(rows, key=lambda row: row[0])
    assert (date(2024, 2, 4), DayKind.WORKDAY, "春节调休") in rows
    assert (date(2024, 2, 10), DayKind.HOLIDAY, "春节") in rows
    assert (date(2023, 10, 7), DayKind.WORKDAY, "中秋节、国庆节调休") in rows
    assert (date(2016, 12, 31), DayKind.HOLIDAY, "元旦") in rows


def test_official_holiday_rejects_reversed_range() -> None:
    with pytest.raises(ValueError, match="last day before first day"):
        OfficialHoliday(2030, "春节", date(2030, 2, 10), date(2030, 2, 3))
    block = OfficialHoliday(2030, "春节", date(2030, 2, 2), date(2030, 2, 4))
    assert block.days() == [date(2030, 2, 2), date(2030, 2, 3), date(2030, 2, 4)]


# --- deadline status ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "left", "status"),
    [
        (date(2022, 9, 20), 18, DeadlineStatus.NORMAL),
        (date(2022, 10, 4), 4, DeadlineStatus.NORMAL),
        (date(2022, 10, 5), 3, DeadlineStatus.DUE_SOON),
        (date(2022, 10, 8), 0, DeadlineStatus.DUE_SOON),
        (date(2022, 10, 9), -1, DeadlineStatus.OVERDUE),
    ],
)
def test_deadline_status(today: date, left: int, status: DeadlineStatus) -> None:
    deadline = Deadline(date(2022, 10, 8))
    assert deadline.days_left(today) == left
    assert deadline.status(today) is status


def test_deadline_status_warn_days() -> None:
    deadline = Deadline(date(2022, 10, 8))
    assert deadline.status(date(2022, 10, 7), warn_days=0) is DeadlineStatus.NORMAL
    assert deadline.status(date(2022, 10, 8), warn_days=0) is DeadlineStatus.DUE_SOON
    assert deadline.status(date(2022, 10, 1), warn_days=7) is DeadlineStatus.DUE_SOON
    with pytest.raises(ValueError, match="warn_days"):
        deadline.status(date(2022, 10, 1), warn_days=-1)


def test_deadline_status_values_are_the_stored_terms() -> None:
    assert [s.value for s in DeadlineStatus] == ["正常", "即将到期", "已逾期"]


# --- properties --------------------------------------------------------------------------------

shipped_dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 12, 31))
any_dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
calendars = st.one_of(
    st.just(CAL),
    st.dictionaries(
        st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 3, 31)),
        st.sampled_from(DayKind),
        max_size=60,
    ).map(HolidayCalendar),
)
period_days = st.integers(min_value=0, max_value=400)


def _count_working_days(start: date, end: date, cal: HolidayCalendar) -> int:
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += cal.is_working_day(day)
    return count


@given(start=shipped_dates, days=period_days)
def test_period_end_properties(start: date, days: int) -> None:
    nominal = start + timedelta(days=days)
    end = period_end(start, days, CAL)
    assert end >= nominal
    assert CAL.is_working_day(end)
    if CAL.is_working_day(nominal):
        assert end == nominal
    # Never later than necessary: every day from the nominal end up to the result is a rest day.
    day = nominal
    while day < end:
        assert CAL.is_rest_day(day)
        day += timedelta(days=1)


@given(start=any_dates, days=period_days, cal=calendars)
def test_period_end_properties_any_calendar(start: date, days: int, cal: HolidayCalendar) -> None:
    nominal = start + timedelta(days=days)
    end = period_end(start, days, cal)
    assert end >= nominal
    assert cal.is_working_day(end)
    assert (end == nominal) == cal.is_working_day(nominal)
    assert extend(start, days, cal) == end


@given(start=shipped_dates, n=st.integers(min_value=1, max_value=250), cal=calendars)
def test_add_working_days_properties(start: date, n: int, cal: HolidayCalendar) -> None:
    end = add_working_days(start, n, cal)
    assert cal.is_working_day(end)
    assert working_days_between(start, end, cal) == n
    assert working_days_between(start, end - timedelta(days=1), cal) == n - 1


@given(a=shipped_dates, b=shipped_dates, c=shipped_dates, cal=calendars)
def test_working_days_between_matches_counting(
    a: date, b: date, c: date, cal: HolidayCalendar
) -> None:
    lo, hi = min(a, b), max(a, b)
    assert working_days_between(lo, hi, cal) == _count_working_days(lo, hi, cal)
    assert working_days_between(a, b, cal) + working_days_between(b, c, cal) == (
        working_days_between(a, c, cal)
    )


@given(due=any_dates, today=any_dates, warn=st.integers(min_value=0, max_value=30))
def test_deadline_status_properties(due: date, today: date, warn: int) -> None:
    deadline = Deadline(due)
    status = deadline.status(today, warn)
    left = deadline.days_left(today)
    assert (status is DeadlineStatus.OVERDUE) == (today > due)
    assert (status is DeadlineStatus.DUE_SOON) == (0 <= left <= warn)
