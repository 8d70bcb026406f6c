"""The holiday calendar in the database, and deadlines counted over it."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict
from sqlmodel import col, select

from unioncase.domain.deadlines import HolidayCalendar, add_working_days, period_end
from unioncase.domain.enums import DayKind
from unioncase.domain.errors import NotFoundError, ValidationError
from unioncase.domain.validators import parse_date, require_text
from unioncase.models import CalendarDay
from unioncase.services.context import ServiceContext


class CalendarDayRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    day: date
    kind: DayKind
    name: str


class CalendarService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cache: HolidayCalendar | None = None

    def calendar(self) -> HolidayCalendar:
        if self._cache is None:
            with self.ctx.read() as session:
                rows = session.exec(
                    select(CalendarDay).where(col(CalendarDay.deleted_at).is_(None))
                ).all()
                self._cache = HolidayCalendar({r.day: DayKind(r.kind) for r in rows})
        return self._cache

    def days(self, year: int) -> list[CalendarDayRead]:
        with self.ctx.read() as session:
            rows = session.exec(
                select(CalendarDay)
                .where(col(CalendarDay.deleted_at).is_(None),
                       col(CalendarDay.day) >= date(year, 1, 1),
                       col(CalendarDay.day) <= date(year, 12, 31))
                .order_by(col(CalendarDay.day))
            ).all()
            return [CalendarDayRead.model_validate(r) for r in rows]

    def set_day(self, day: date | str, kind: DayKind | str, name: str) -> CalendarDayRead:
        """Mark a day as a holiday or a make-up working day (administrators, for new years)."""
        the_day = parse_date(day, field="day")
        try:
            the_kind = DayKind(kind)
        except ValueError:
            raise ValidationError("choice_invalid", field="kind", value=str(kind)) from None
        the_name = require_text(name, "name", 40)
        with self.ctx.write() as session:
            row = session.exec(select(CalendarDay).where(CalendarDay.day == the_day)).first()
            if row is None:
                row = CalendarDay(day=the_day, kind=the_kind, name=the_name,
                                  station_code=self.ctx.operator().station_code)
                session.add(row)
            else:
                row.kind, row.name, row.deleted_at = the_kind, the_name, None
            session.flush()
            result = CalendarDayRead.model_validate(row)
        self._cache = None
        return result

    def remove_day(self, day: date | str) -> None:
        the_day = parse_date(day, field="day")
        with self.ctx.write() as session:
            row = session.exec(select(CalendarDay).where(CalendarDay.day == the_day,
                                                         col(CalendarDay.deleted_at).is_(None))
                               ).first()
            if row is None:
                raise NotFoundError(key=the_day.isoformat())
            row.deleted_at = self.ctx.clock()
        self._cache = None

    def period_end(self, start: date, days: int) -> date:
        return period_end(start, days, self.calendar())

    def add_working_days(self, start: date, days: int) -> date:
        return add_working_days(start, days, self.calendar())

    def missing_years(self, *years: int) -> list[int]:
        cal = self.calendar()
        return [y for y in years if not cal.covers(y)]
