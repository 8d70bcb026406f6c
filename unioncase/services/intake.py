"""信访接待: registering visits, calls, letters and online messages, and handling them.

Every step checks the case's version (optimistic locking) and its status (the workflow below),
and writes a timeline event in the same transaction; the audit trail is written by the session
hooks. Lists are filtered, counted and sorted in SQL.

Workflow (status after each step)::

    register → 已登记 ─ accept → 已受理 ─ start / transfer / route → 办理中
                     └ reject → 不予受理
    已受理 or 办理中 ─ close → 已办结 ─ callback → 已回访
    extend: once, while 已受理 or 办理中
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, and_, case, func, or_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from unioncase.db.database import Operator
from unioncase.domain.deadlines import Deadline, extend, period_end
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import ConflictError, NotFoundError, ValidationError
from unioncase.domain.intake import (
    ACCEPT_DAYS,
    EXTENSION_DAYS,
    HANDLE_DAYS,
    OPEN_HANDLING_STATUSES,
    REPEAT_WINDOW_DAYS,
    ROUTED_HANDLINGS,
    Handling,
    IntakeChannel,
    IntakeStatus,
    Satisfaction,
    is_group,
)
from unioncase.domain.pinyin import pinyin_keys
from unioncase.domain.validators import (
    client_uuid,
    parse_date,
    parse_id_number,
    require_text,
    validate_phone,
)
from unioncase.models import (
    CaseEvent,
    CaseLink,
    CaseLinkRead,
    Enterprise,
    IntakeCase,
    IntakeCaseRead,
    IntakeCategory,
    IntakeCategoryRead,
    Person,
)
from unioncase.repositories.registry import (
    EnterpriseRepository,
    PersonRepository,
    enterprise_search_conditions,
    live,
    person_search_conditions,
    prefix,
)
from unioncase.services import cases
from unioncase.services.calendar import CalendarService
from unioncase.services.context import ServiceContext, require_version, saved_before
from unioncase.services.numbers import keep_number, next_number, number_conditions, parse_number
from unioncase.services.registry import OVERVIEW_PROVIDERS, CaseSummary, _Collector
from unioncase.services.search import SEARCH_PROVIDERS, SearchHit

KIND = RecordKind.INTAKE.value  # "XF"
REPEAT_RELATION = "重复信访"
WARN_DAYS = 3  # "due soon": the due date is within this many days
MAX_DAYS = 365

# Steps as written on the timeline.
STEP_REGISTER = "登记"
STEP_ACCEPT = "受理"
STEP_REJECT = "不予受理"
STEP_START = "办理中"
STEP_EXTEND = "延期"
STEP_CLOSE = "办结"
STEP_CALLBACK = "回访"
STEP_TRANSFER = "转办"

# A router creates the record in another line of work for a routed case and returns its
# (kind, uuid, number). It runs inside the step's transaction and must not commit.
Router = Callable[[Session, IntakeCase, Operator], tuple[str, str, str]]
ROUTERS: dict[Handling, Router] = {}

# "XF17", "XF-00017", "xf 2026-17": a case number's tail with the XF marker.


@dataclass
class IntakeInput:
    """A petition as typed in the registration form: raw text, checked by the service."""

    channel: str
    name: str
    phone: str = ""
    id_number: str = ""
    person_id: int | None = None
    employer_id: int | None = None
    employer_name: str = ""
    category: str = ""
    head_count: str | int = 1
    summary: str = ""
    call_seconds: int | None = None
    letter_date: str = ""
    sender_address: str = ""
    registered_on: str = ""
    number: str = ""
    uuid: str = ""  # made by the form: a retried save returns the case, not a copy


@dataclass
class IntakeFilter:
    """What the list shows. Empty values do not filter."""

    text: str = ""
    date_from: date | str | None = None
    date_to: date | str | None = None
    channel: IntakeChannel | str | None = None
    category: str = ""
    status: IntakeStatus | str | None = None
    overdue: bool = False
    station_code: str = ""
    group_only: bool = False
    repeat_only: bool = False
    due_soon: bool = False


class IntakeCounts(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    total: int
    due_soon: int
    overdue: int
    group: int
    repeat: int


class RouteResult(BaseModel):
    """``link`` to the record made in the target line, or ``pending`` while it has no router."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    link: CaseLinkRead | None
    pending: bool
    case: IntakeCaseRead


# -- SQL pieces -----------------------------------------------------------------------------------

_Repeat = aliased(IntakeCase, name="repeat_of")


def _current_due() -> Any:
    """The due date that runs now, as SQL (None once rejected or closed)."""
    return case(
        (col(IntakeCase.status) == IntakeStatus.REGISTERED, col(IntakeCase.accept_due)),
        (col(IntakeCase.status).in_([IntakeStatus.ACCEPTED, IntakeStatus.IN_PROGRESS]),
         col(IntakeCase.handle_due)),
        else_=None,
    )


def _overdue_condition(today: date) -> ColumnElement[bool]:
    return _current_due() < today  # type: ignore[no-any-return]


def _due_soon_condition(today: date, days: int) -> ColumnElement[bool]:
    due = _current_due()
    return and_(due >= today, due <= today + timedelta(days=days))


def _order_case(column: Any, values: Sequence[str]) -> Any:
    """Sort an enum column in its declared order rather than by its Chinese text."""
    return case({value: index for index, value in enumerate(values)}, value=column, else_=99)


def _category_order() -> Any:
    return (
        select(IntakeCategory.sort_order)
        .where(IntakeCategory.name == IntakeCase.category)
        .correlate(IntakeCase)
        .scalar_subquery()
    )


def _flags(today: date) -> Any:
    """The Flags column's warnings as one rank, most serious first when descending: group
    petition, then repeat petition, then the deadline (overdue now before due soon), then a step
    that was done late. Each warning is a CASE; their weights make the sum sort like the tuple
    (group, repeat, overdue or due soon, late): the list sorts by exactly what the column shows."""
    overdue = _overdue_condition(today)
    late = or_(col(IntakeCase.accept_overdue).is_(True), col(IntakeCase.handle_overdue).is_(True))
    return (case((col(IntakeCase.is_group).is_(True), 16), else_=0)
            + case((col(IntakeCase.is_repeat).is_(True), 8), else_=0)
            + case((overdue, 4), (_due_soon_condition(today, WARN_DAYS), 2), else_=0)
            # "Done late" counts only while not overdue now, as the column shows it.
            + case((overdue, 0), (late, 1), else_=0))


def _sort_key(sort: str, today: date) -> Any:
    keys: dict[str, Callable[[], Any]] = {
        "number": lambda: col(IntakeCase.number),
        "registered_on": lambda: col(IntakeCase.registered_on),
        "channel": lambda: _order_case(col(IntakeCase.channel), [c.value for c in IntakeChannel]),
        "name": lambda: col(Person.name_pinyin),
        "category": _category_order,
        "head_count": lambda: col(IntakeCase.head_count),
        "status": lambda: _order_case(col(IntakeCase.status), [s.value for s in IntakeStatus]),
        "due": _current_due,
        "current_due": _current_due,
        "employer": lambda: col(Enterprise.name_pinyin),
        "phone": lambda: col(IntakeCase.phone),
        "flags": lambda: _flags(today),
    }
    if sort not in keys:  # a mistyped key must not sort by something else without a word
        raise ValidationError("choice_invalid", field="sort", value=sort)
    return keys[sort]()


def _number_conditions(text: str) -> list[ColumnElement[bool]]:
    return number_conditions(IntakeCase.number, RecordKind.INTAKE, text)


def _text_conditions(text: str) -> list[ColumnElement[bool]]:
    text = text.strip()
    if not text:
        return []
    # The person and the employer are found first (by their indexes), then their cases: a
    # condition on the joined columns would be tried on every case.
    conditions: list[ColumnElement[bool]] = []
    persons = person_search_conditions(text)
    if persons:
        conditions.append(col(IntakeCase.person_id).in_(
            select(Person.id).where(or_(*persons))))
    conditions += _number_conditions(text)
    upper = text.upper().replace(" ", "")
    if upper.isascii() and any(ch.isdigit() for ch in upper):
        conditions.append(col(IntakeCase.number).contains(upper, autoescape=True))
        if upper.replace("-", "").isdigit() and len(upper) >= 3:
            conditions.append(prefix(IntakeCase.phone, upper))
    elif not upper.isascii():
        employers = enterprise_search_conditions(text)
        if employers:
            conditions.append(col(IntakeCase.employer_id).in_(
                select(Enterprise.id).where(or_(*employers))))
    return conditions


def _base_query(*columns: Any, joined: bool = True) -> Any:
    """Live cases with their person and employer joined (for names, pinyin and text search).

    A count needs neither (the text filter finds persons and employers in subqueries, and every
    case has its person): the joins cost a second at 300,000 cases.
    """
    query = select(*columns).select_from(IntakeCase)
    if joined:
        query = (query.join(Person, col(Person.id) == col(IntakeCase.person_id))
                 .outerjoin(Enterprise, col(Enterprise.id) == col(IntakeCase.employer_id)))
    return query.where(live(IntakeCase))


def _read_query() -> Any:
    return (
        _base_query(IntakeCase, Person.name, Person.number, Person.id_number, Enterprise.name,
                    _Repeat.number)
        .outerjoin(_Repeat, col(_Repeat.id) == col(IntakeCase.repeat_of_id))
    )


def current_due(row: IntakeCase | IntakeCaseRead) -> date | None:
    if row.status is IntakeStatus.REGISTERED:
        return row.accept_due
    if row.status in OPEN_HANDLING_STATUSES:
        return row.handle_due
    return None


def _to_read(row: Any, today: date) -> IntakeCaseRead:
    intake, person_name, person_number, id_number, employer_name, repeat_number = row
    due = current_due(intake)
    return IntakeCaseRead.model_validate(intake).model_copy(update={
        "person_name": person_name,
        "person_number": person_number,
        "person_id_number": id_number,
        "employer_name": employer_name,
        "repeat_of_number": repeat_number,
        "current_due": due,
        "deadline_status": None if due is None else Deadline(due).status(today, WARN_DAYS),
    })


# -- input checks ---------------------------------------------------------------------------------


def _head_count(value: str | int) -> int:
    if isinstance(value, bool):
        raise ValidationError("head_count_invalid", field="head_count")
    if isinstance(value, int):
        number = value
    else:
        text = unicodedata.normalize("NFKC", value or "").strip()
        if not text:
            return 1
        try:
            number = int(text)
        except ValueError:
            raise ValidationError("head_count_invalid", field="head_count") from None
    if number < 1 or number > 100_000:
        raise ValidationError("head_count_invalid", field="head_count")
    return number


def _optional_text(value: str, field: str, max_length: int) -> str | None:
    return require_text(value, field, max_length) if (value or "").strip() else None


def _choice(enum_class: Any, value: Any, field: str) -> Any:
    text = (str(value) if value is not None else "").strip()
    if not text:
        return None
    try:
        return enum_class(text)
    except ValueError:
        raise ValidationError("choice_invalid", field=field, value=text) from None


def _not_future(day: date, today: date, field: str) -> date:
    if day > today:
        raise ValidationError("date_future", field=field)
    return day


class IntakeService(cases.CaseRecords):
    case_kind = KIND
    case_model = IntakeCase

    def __init__(self, ctx: ServiceContext, calendar: CalendarService | None = None) -> None:
        self.ctx = ctx
        # Pass the application's CalendarService so an edited holiday calendar is seen at once.
        self.calendar = calendar or CalendarService(ctx)

    # -- reading ----------------------------------------------------------------------------------
    def _read(self, session: Session, case_id: int, today: date | None = None) -> IntakeCaseRead:
        row = session.exec(_read_query().where(col(IntakeCase.id) == case_id)).first()
        if row is None:
            raise NotFoundError(key=str(case_id))
        return _to_read(row, today or self.ctx.today())

    def get(self, case_id: int) -> IntakeCaseRead:
        with self.ctx.read() as session:
            return self._read(session, case_id)

    def by_number(self, number: str) -> IntakeCaseRead | None:
        with self.ctx.read() as session:
            row = session.exec(
                _read_query().where(col(IntakeCase.number) == number.strip().upper())
            ).first()
            return None if row is None else _to_read(row, self.ctx.today())

    def _filtered(self, query: Any, flt: IntakeFilter, today: date) -> Any:
        errors = _Collector()
        date_from = errors.check(
            lambda: parse_date(flt.date_from, field="date_from") if flt.date_from else None)
        date_to = errors.check(
            lambda: parse_date(flt.date_to, field="date_to") if flt.date_to else None)
        channel = errors.check(lambda: _choice(IntakeChannel, flt.channel, "channel"))
        status = errors.check(lambda: _choice(IntakeStatus, flt.status, "status"))
        errors.raise_if_any()
        if date_from is not None:
            query = query.where(col(IntakeCase.registered_on) >= date_from)
        if date_to is not None:
            query = query.where(col(IntakeCase.registered_on) <= date_to)
        if channel is not None:
            query = query.where(col(IntakeCase.channel) == channel)
        if flt.category.strip():
            query = query.where(col(IntakeCase.category) == flt.category.strip())
        if status is not None:
            query = query.where(col(IntakeCase.status) == status)
        if flt.station_code.strip():
            query = query.where(col(IntakeCase.station_code) == flt.station_code.strip())
        if flt.group_only:
            query = query.where(col(IntakeCase.is_group).is_(True))
        if flt.repeat_only:
            query = query.where(col(IntakeCase.is_repeat).is_(True))
        if flt.overdue:
            query = query.where(_overdue_condition(today))
        if flt.due_soon:
            query = query.where(_due_soon_condition(today, WARN_DAYS))
        conditions = _text_conditions(flt.text)
        if conditions:
            query = query.where(or_(*conditions))
        return query

    def page(self, flt: IntakeFilter, offset: int = 0, limit: int = 100, sort: str = "number",
             descending: bool = False) -> list[IntakeCaseRead]:
        """One page of the filtered list, sorted in SQL; ties broken by id."""
        today = self.ctx.today()
        key = _sort_key(sort, today)
        ordered = key.desc() if descending else key.asc()
        if sort in {"due", "current_due"}:
            ordered = ordered.nulls_last()
        tie = col(IntakeCase.id).desc() if descending else col(IntakeCase.id).asc()
        with self.ctx.read() as session:
            query = self._filtered(_read_query(), flt, today)
            rows = session.exec(query.order_by(ordered, tie).offset(offset).limit(limit)).all()
            return [_to_read(r, today) for r in rows]

    def count(self, flt: IntakeFilter) -> int:
        with self.ctx.read() as session:
            query = self._filtered(_base_query(func.count(col(IntakeCase.id)), joined=False),
                                   flt, self.ctx.today())
            return int(session.exec(query).one())

    def counts(self, flt: IntakeFilter) -> IntakeCounts:
        """How many match, and among them: due soon, overdue, group and repeat petitions."""
        today = self.ctx.today()

        def flag(condition: Any) -> Any:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        with self.ctx.read() as session:
            query = self._filtered(_base_query(
                func.count(col(IntakeCase.id)),
                flag(_due_soon_condition(today, WARN_DAYS)),
                flag(_overdue_condition(today)),
                flag(col(IntakeCase.is_group).is_(True)),
                flag(col(IntakeCase.is_repeat).is_(True)),
                joined=False,
            ), flt, today)
            total, due_soon, overdue, group, repeat = session.exec(query).one()
            return IntakeCounts(total=int(total), due_soon=int(due_soon), overdue=int(overdue),
                                group=int(group), repeat=int(repeat))

    def due_soon(self, today: date | None = None, days: int = WARN_DAYS) -> list[IntakeCaseRead]:
        """Open cases whose current due date falls within ``days`` days from ``today``."""
        day = today or self.ctx.today()
        return self._deadline_list(_due_soon_condition(day, days), day)

    def overdue(self, today: date | None = None) -> list[IntakeCaseRead]:
        """Open cases past their current due date."""
        day = today or self.ctx.today()
        return self._deadline_list(_overdue_condition(day), day)

    def _deadline_list(self, condition: ColumnElement[bool], today: date) -> list[IntakeCaseRead]:
        with self.ctx.read() as session:
            rows = session.exec(
                _read_query().where(condition)
                .order_by(_current_due().asc(), col(IntakeCase.id).asc())
            ).all()
            return [_to_read(r, today) for r in rows]

    # -- categories -------------------------------------------------------------------------------
    def categories(self) -> list[str]:
        """The names of the active categories, in their order."""
        return [c.name for c in self.category_list()]

    def category_list(self, include_inactive: bool = False) -> list[IntakeCategoryRead]:
        with self.ctx.read() as session:
            query = select(IntakeCategory).where(live(IntakeCategory))
            if not include_inactive:
                query = query.where(col(IntakeCategory.active).is_(True))
            rows = session.exec(
                query.order_by(col(IntakeCategory.sort_order), col(IntakeCategory.id))
            ).all()
            return [IntakeCategoryRead.model_validate(r) for r in rows]

    def add_category(self, name: str, accept_days: int = ACCEPT_DAYS,
                     handle_days: int = HANDLE_DAYS) -> IntakeCategoryRead:
        """A new category (administrators); an inactive one of that name comes back."""
        errors = _Collector()
        clean = errors.check(lambda: require_text(name, "name", 40))
        for field, value in (("accept_days", accept_days), ("handle_days", handle_days)):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_DAYS:
                errors.errors.append(ValidationError("days_invalid", field=field, max=MAX_DAYS))
        errors.raise_if_any()
        with self.ctx.write() as session:
            row = session.exec(select(IntakeCategory).where(IntakeCategory.name == clean)).first()
            if row is not None and row.active and row.deleted_at is None:
                raise ConflictError("category_exists", field="name", name=clean)
            if row is None:
                last = session.exec(select(func.max(IntakeCategory.sort_order))).one()
                row = IntakeCategory(name=clean, sort_order=int(last or 0) + 1,
                                     station_code=self.ctx.operator().station_code)
                session.add(row)
            row.accept_days, row.handle_days = accept_days, handle_days
            row.active, row.deleted_at = True, None
            session.flush()
            return IntakeCategoryRead.model_validate(row)

    # -- registering ------------------------------------------------------------------------------
    def _validate(self, data: IntakeInput) -> dict[str, Any]:
        """Every check at once; field names are the IntakeInput attribute names."""
        today = self.ctx.today()
        errors = _Collector()
        v: dict[str, Any] = {}
        channel = errors.check(lambda: _choice(IntakeChannel, data.channel, "channel"))
        if channel is None and not any(e.field == "channel" for e in errors.errors):
            errors.errors.append(ValidationError("required", field="channel"))
        v["channel"] = channel
        v["name"] = errors.check(lambda: require_text(data.name, "name", 50))
        if channel is IntakeChannel.CALL:
            v["phone"] = errors.check(lambda: validate_phone(data.phone))
        else:
            v["phone"] = errors.check(
                lambda: validate_phone(data.phone) if data.phone.strip() else None)
        id_text = (data.id_number or "").strip()
        v["id"] = errors.check(
            lambda: parse_id_number(id_text, today=today) if id_text else None)
        v["category"] = errors.check(lambda: require_text(data.category, "category", 40))
        v["summary"] = errors.check(lambda: require_text(data.summary, "summary", 2000))
        v["head_count"] = errors.check(lambda: _head_count(data.head_count))
        if data.call_seconds is not None and (
                isinstance(data.call_seconds, bool) or not isinstance(data.call_seconds, int)
                or data.call_seconds < 0):
            errors.errors.append(ValidationError("seconds_invalid", field="call_seconds"))
        v["call_seconds"] = data.call_seconds
        registered_on = errors.check(lambda: _not_future(
            parse_date(data.registered_on, field="registered_on")
            if (data.registered_on or "").strip() else today, today, "registered_on"))
        v["registered_on"] = registered_on
        if channel is IntakeChannel.LETTER:
            letter_date = errors.check(lambda: _not_future(
                parse_date(data.letter_date, field="letter_date"), today, "letter_date"))
            v["sender_address"] = errors.check(
                lambda: require_text(data.sender_address, "sender_address", 200))
        else:
            letter_date = errors.check(
                lambda: _not_future(parse_date(data.letter_date, field="letter_date"), today,
                                    "letter_date")
                if (data.letter_date or "").strip() else None)
            v["sender_address"] = errors.check(
                lambda: _optional_text(data.sender_address, "sender_address", 200))
        if letter_date is not None and registered_on is not None and letter_date > registered_on:
            errors.errors.append(
                ValidationError("letter_after_registration", field="letter_date"))
            letter_date = None
        v["letter_date"] = letter_date
        v["employer_name"] = errors.check(
            lambda: _optional_text(data.employer_name, "employer_name", 200))
        number = (data.number or "").strip().upper()
        if number:
            parsed = parse_number(number)
            if parsed is None or parsed.kind is not RecordKind.INTAKE:
                errors.errors.append(ValidationError("number_format", field="number"))
            else:
                number = str(parsed)
        v["number"] = number
        # Checks against the database, reported with the others.
        with self.ctx.read() as session:
            if v["category"] is not None:
                category = session.exec(
                    select(IntakeCategory).where(IntakeCategory.name == v["category"],
                                                 live(IntakeCategory),
                                                 col(IntakeCategory.active).is_(True))
                ).first()
                if category is None:
                    errors.errors.append(ValidationError("choice_invalid", field="category",
                                                         value=v["category"]))
                else:
                    v["accept_days"] = category.accept_days
            if data.person_id is not None and PersonRepository(session).get(
                    data.person_id) is None:
                errors.errors.append(
                    ValidationError("not_found", field="person_id", key=str(data.person_id)))
            if data.employer_id is not None and EnterpriseRepository(session).get(
                    data.employer_id) is None:
                errors.errors.append(
                    ValidationError("not_found", field="employer_id", key=str(data.employer_id)))
        errors.raise_if_any()
        v["person_id"] = data.person_id
        v["employer_id"] = data.employer_id
        return v

    def _person(self, session: Session, v: dict[str, Any], station: str,
                employer_id: int | None) -> Person:
        repo = PersonRepository(session)
        if v["person_id"] is not None:
            person = repo.get(v["person_id"])
            if person is None:
                raise ValidationError("not_found", field="person_id", key=str(v["person_id"]))
            return person
        parsed = v["id"]
        if parsed is not None:
            found = repo.by_id_number(parsed.value)
            if found is not None:
                return found
            if repo.by_id_number(parsed.value, include_deleted=True) is not None:
                raise ConflictError("person_deleted", field="id_number")
        name_pinyin, name_initials = pinyin_keys(v["name"])
        person = Person(
            number=next_number(session, station, RecordKind.PERSON, self.ctx.today().year),
            name=v["name"], phone=v["phone"], employer_id=employer_id, station_code=station,
            id_number=parsed.value if parsed else None,
            id_number_rev=parsed.value[::-1] if parsed else None,
            sex=parsed.sex if parsed else None, birth_date=parsed.birth_date if parsed else None,
            name_pinyin=name_pinyin, name_initials=name_initials,
        )
        session.add(person)
        session.flush()
        return person

    def _employer(self, session: Session, v: dict[str, Any], station: str) -> int | None:
        if v["employer_id"] is not None:
            return int(v["employer_id"])
        name = v["employer_name"]
        if not name:
            return None
        repo = EnterpriseRepository(session)
        found = repo.by_name(name)
        if found is not None:
            return found.id
        name_pinyin, name_initials = pinyin_keys(name)
        row = Enterprise(
            number=next_number(session, station, RecordKind.ENTERPRISE, self.ctx.today().year),
            name=name, name_pinyin=name_pinyin, name_initials=name_initials, station_code=station,
        )
        session.add(row)
        session.flush()
        return row.id

    @staticmethod
    def _earlier_case(session: Session, registered_on: date, person_id: int,
                      employer_id: int | None, category: str) -> IntakeCase | None:
        """The latest case of the same person, or of the same employer with the same category,
        registered within REPEAT_WINDOW_DAYS days before ``registered_on``."""
        same = col(IntakeCase.person_id) == person_id
        if employer_id is not None:
            same = or_(same, and_(col(IntakeCase.employer_id) == employer_id,
                                  col(IntakeCase.category) == category))
        return session.exec(
            select(IntakeCase)
            .where(live(IntakeCase), same,
                   col(IntakeCase.registered_on) >= registered_on
                   - timedelta(days=REPEAT_WINDOW_DAYS),
                   col(IntakeCase.registered_on) <= registered_on)
            .order_by(col(IntakeCase.registered_on).desc(), col(IntakeCase.id).desc())
            .limit(1)
        ).first()

    def register(self, data: IntakeInput) -> IntakeCaseRead:
        """Register a visit, call, letter or online message; flags group and repeat petitions."""
        v = self._validate(data)
        uuid = client_uuid(data.uuid)
        registered_on: date = v["registered_on"]
        accept_due = period_end(registered_on, v["accept_days"], self.calendar.calendar())
        try:
            with self.ctx.write() as session:
                before = saved_before(session, IntakeCase, uuid)
                if before is not None and before.id is not None:
                    return self._read(session, before.id)
                station = self.ctx.operator().station_code
                number = v["number"]
                if number:
                    existing = session.exec(
                        select(IntakeCase.id).where(IntakeCase.number == number)).first()
                    if existing is not None:
                        raise ConflictError("case_exists", field="number", number=number)
                    keep_number(session, number)
                else:
                    number = next_number(session, station, RecordKind.INTAKE, registered_on.year)
                employer_id = self._employer(session, v, station)
                person = self._person(session, v, station, employer_id)
                assert person.id is not None
                earlier = self._earlier_case(session, registered_on, person.id, employer_id,
                                             v["category"])
                row = IntakeCase(
                    number=number, channel=v["channel"], registered_on=registered_on,
                    person_id=person.id, phone=v["phone"], employer_id=employer_id,
                    category=v["category"], head_count=v["head_count"],
                    is_group=is_group(v["head_count"]), summary=v["summary"],
                    call_seconds=v["call_seconds"], letter_date=v["letter_date"],
                    sender_address=v["sender_address"], status=IntakeStatus.REGISTERED,
                    accept_due=accept_due, is_repeat=earlier is not None,
                    repeat_of_id=None if earlier is None else earlier.id, station_code=station,
                )
                if uuid is not None:
                    row.uuid = uuid
                session.add(row)
                session.flush()
                assert row.id is not None
                notes = [row.channel.value]
                if row.is_group:
                    notes.append(f"集体访{row.head_count}人")
                if earlier is not None:
                    notes.append(f"重复信访（{earlier.number}）")
                    cases.add_link(session, from_kind=KIND, from_uuid=row.uuid,
                                   from_number=row.number, to_kind=KIND, to_uuid=earlier.uuid,
                                   to_number=earlier.number, relation=REPEAT_RELATION,
                                   station_code=station)
                cases.record_event(session, KIND, row.uuid, STEP_REGISTER, registered_on,
                                   "，".join(notes), station)
                session.flush()
                return self._read(session, row.id)
        except IntegrityError as exc:
            raise ConflictError("conflict") from exc

    # -- workflow ---------------------------------------------------------------------------------
    @contextmanager
    def _step(self, case_id: int, expected_version: int,
              allowed: set[IntakeStatus] | frozenset[IntakeStatus]
              ) -> Iterator[tuple[Session, IntakeCase, str]]:
        """One workflow step: the case locked at ``expected_version`` and in an allowed status."""
        with self.ctx.write() as session:
            found = session.get(IntakeCase, case_id)
            row = require_version(None if found is None or found.deleted_at is not None
                                  else found, case_id, expected_version)
            if row.status not in allowed:
                raise ValidationError("workflow_step", field="status", status=row.status.value)
            yield session, row, self.ctx.operator().station_code

    def _step_date(self, value: date | str | None, not_before: date | None,
                   field: str = "on") -> date:
        today = self.ctx.today()
        day = today if value is None or value == "" else parse_date(value, field=field)
        _not_future(day, today, field)
        if not_before is not None and day < not_before:
            raise ValidationError("date_before_previous", field=field,
                                  previous=not_before.isoformat())
        return day

    def _handle_days(self, session: Session, category: str) -> int:
        row = session.exec(select(IntakeCategory).where(IntakeCategory.name == category)).first()
        return HANDLE_DAYS if row is None else row.handle_days

    def accept(self, case_id: int, expected_version: int, *,
               on: date | str | None = None) -> IntakeCaseRead:
        """受理: the handling deadline starts (category's handle_days after acceptance)."""
        calendar = self.calendar.calendar()  # read before the transaction opens
        with self._step(case_id, expected_version, {IntakeStatus.REGISTERED}) as (s, row, st):
            day = self._step_date(on, row.registered_on)
            # Query before changing the row: a query autoflushes, and each flush is an update.
            handle_days = self._handle_days(s, row.category)
            row.status = IntakeStatus.ACCEPTED
            row.accepted_on = day
            row.accept_overdue = day > row.accept_due
            row.handle_due = period_end(day, handle_days, calendar)
            cases.record_event(s, KIND, row.uuid, STEP_ACCEPT, day, "", st)
            s.flush()
            return self._read(s, case_id)

    def reject(self, case_id: int, reason: str, expected_version: int, *,
               on: date | str | None = None) -> IntakeCaseRead:
        """不予受理, with the reason told to the petitioner."""
        clean = require_text(reason, "reason", 1000)
        with self._step(case_id, expected_version, {IntakeStatus.REGISTERED}) as (s, row, st):
            day = self._step_date(on, row.registered_on)
            row.status = IntakeStatus.REJECTED
            row.reject_reason = clean
            row.accept_overdue = day > row.accept_due
            cases.record_event(s, KIND, row.uuid, STEP_REJECT, day, clean, st)
            s.flush()
            return self._read(s, case_id)

    def start(self, case_id: int, expected_version: int, *,
              on: date | str | None = None) -> IntakeCaseRead:
        """办理中."""
        with self._step(case_id, expected_version, {IntakeStatus.ACCEPTED}) as (s, row, st):
            day = self._step_date(on, row.accepted_on)
            row.status = IntakeStatus.IN_PROGRESS
            cases.record_event(s, KIND, row.uuid, STEP_START, day, "", st)
            s.flush()
            return self._read(s, case_id)

    def extend(self, case_id: int, reason: str, expected_version: int) -> IntakeCaseRead:
        """延期: once, by EXTENSION_DAYS days counted from the current handling due date."""
        clean = require_text(reason, "reason", 1000)
        calendar = self.calendar.calendar()
        with self._step(case_id, expected_version, OPEN_HANDLING_STATUSES) as (s, row, st):
            if row.extended:
                raise ValidationError("extension_used", field="extended")
            due = row.handle_due or period_end(
                row.accepted_on or row.registered_on, self._handle_days(s, row.category), calendar)
            row.handle_due = extend(due, EXTENSION_DAYS, calendar)
            row.extended = True
            row.extension_reason = clean
            cases.record_event(s, KIND, row.uuid, STEP_EXTEND, self.ctx.today(),
                               f"{clean}（延至{row.handle_due.isoformat()}）", st)
            s.flush()
            return self._read(s, case_id)

    def transfer(self, case_id: int, department: str, expected_version: int, *,
                 on: date | str | None = None) -> IntakeCaseRead:
        """转办: handed to another department; records where and when."""
        clean = require_text(department, "department", 100)
        with self._step(case_id, expected_version, OPEN_HANDLING_STATUSES) as (s, row, st):
            day = self._step_date(on, row.accepted_on)
            row.status = IntakeStatus.IN_PROGRESS
            row.handling = Handling.TRANSFER
            row.transfer_department = clean
            row.transfer_on = day
            cases.record_event(s, KIND, row.uuid, STEP_TRANSFER, day, clean, st)
            s.flush()
            return self._read(s, case_id)

    def route(self, case_id: int, target: Handling | str, expected_version: int, *,
              on: date | str | None = None) -> RouteResult:
        """转调解 / 转帮扶 / 转就业: the target line's router makes its record and the two are
        linked; while that line has no router, the handling is recorded and ``pending``."""
        handling = _choice(Handling, target, "target")
        if handling not in ROUTED_HANDLINGS:
            raise ValidationError("choice_invalid", field="target", value=str(target))
        with self._step(case_id, expected_version, OPEN_HANDLING_STATUSES) as (s, row, st):
            day = self._step_date(on, row.accepted_on)
            if self._routed_before(s, row, handling):
                raise ValidationError("already_routed", field="target", target=handling.value)
            row.status = IntakeStatus.IN_PROGRESS
            row.handling = handling
            row.transfer_on = day
            router = ROUTERS.get(handling)
            link: CaseLinkRead | None = None
            if router is not None:
                s.flush()
                kind, uuid, number = router(s, row, self.ctx.operator())
                made = cases.add_link(s, from_kind=KIND, from_uuid=row.uuid,
                                      from_number=row.number, to_kind=kind, to_uuid=uuid,
                                      to_number=number, relation=handling.value, station_code=st)
                link = cases.link_read(made, row.uuid)
                note = number
            else:
                note = "待转入（该业务尚未启用）"
            cases.record_event(s, KIND, row.uuid, handling.value, day, note, st)
            s.flush()
            return RouteResult(link=link, pending=router is None, case=self._read(s, case_id))

    @staticmethod
    def _routed_before(session: Session, row: IntakeCase, handling: Handling) -> bool:
        """Routed to that line already: linked to its record, or recorded while the line had no
        router yet (pending: the handling and the timeline step, but no link)."""
        if row.handling is handling:
            return True
        linked = session.exec(
            select(CaseLink.id).where(CaseLink.from_uuid == row.uuid,
                                      CaseLink.relation == handling.value, live(CaseLink))
        ).first()
        if linked is not None:
            return True
        recorded = session.exec(
            select(CaseEvent.id).where(CaseEvent.case_uuid == row.uuid,
                                       CaseEvent.step == handling.value, live(CaseEvent))
        ).first()
        return recorded is not None

    def close(self, case_id: int, result: str, closed_on: date | str | None = None, *,
              expected_version: int) -> IntakeCaseRead:
        """办结: late when closed after the handling due date (recorded in handle_overdue)."""
        clean = require_text(result, "result", 2000)
        with self._step(case_id, expected_version, OPEN_HANDLING_STATUSES) as (s, row, st):
            day = self._step_date(closed_on, row.transfer_on or row.accepted_on, "closed_on")
            row.status = IntakeStatus.CLOSED
            row.closed_on = day
            row.result = clean
            if row.handling is None:
                row.handling = Handling.REPLY
            row.handle_overdue = row.handle_due is not None and day > row.handle_due
            cases.record_event(s, KIND, row.uuid, STEP_CLOSE, day, clean, st)
            s.flush()
            return self._read(s, case_id)

    def callback(self, case_id: int, satisfaction: Satisfaction | str, note: str = "", *,
                 expected_version: int, on: date | str | None = None) -> IntakeCaseRead:
        """回访: the petitioner's satisfaction with the result."""
        errors = _Collector()
        value = errors.check(lambda: _choice(Satisfaction, satisfaction, "satisfaction"))
        if value is None and not errors.errors:
            errors.errors.append(ValidationError("required", field="satisfaction"))
        clean_note = errors.check(lambda: _optional_text(note, "note", 1000))
        errors.raise_if_any()
        with self._step(case_id, expected_version, {IntakeStatus.CLOSED}) as (s, row, st):
            day = self._step_date(on, row.closed_on)
            row.status = IntakeStatus.CALLED_BACK
            row.callback_on = day
            row.satisfaction = value
            row.callback_note = clean_note
            text = value.value if not clean_note else f"{value.value}：{clean_note}"
            cases.record_event(s, KIND, row.uuid, STEP_CALLBACK, day, text, st)
            s.flush()
            return self._read(s, case_id)



# -- providers for the global search and a person's page -----------------------------------------


def search_cases(session: Session, text: str, limit: int) -> list[SearchHit]:
    """Case numbers: whole, or the last digits with the XF marker."""
    conditions = _number_conditions(text)
    if not conditions:
        return []
    rows = session.exec(
        _base_query(IntakeCase, Person.name)
        .where(or_(*conditions))
        .order_by(col(IntakeCase.number).desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(kind="intake", number=row.number, title=f"{name}·{row.category}",
                  subtitle=f"{row.registered_on.isoformat()}  {row.channel.value}  "
                           f"{row.status.value}",
                  record_id=row.id or 0)
        for row, name in rows
    ]


def person_cases(session: Session, person_id: int) -> list[CaseSummary]:
    rows = session.exec(
        select(IntakeCase)
        .where(IntakeCase.person_id == person_id, live(IntakeCase))
        .order_by(col(IntakeCase.registered_on).desc(), col(IntakeCase.id).desc())
    ).all()
    return [
        CaseSummary(kind="intake", number=r.number, date=r.registered_on.isoformat(),
                    title=f"{r.channel.value}·{r.category}：{r.summary[:40]}",
                    status=r.status.value)
        for r in rows
    ]


if search_cases not in SEARCH_PROVIDERS:
    SEARCH_PROVIDERS.append(search_cases)
OVERVIEW_PROVIDERS["intake"] = person_cases
