"""Stations, staff, persons and enterprises."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from unioncase.domain.enums import Household, RecordKind, StaffRole, StationLevel
from unioncase.domain.errors import ConflictError, NotFoundError, ValidationError, ValidationErrors
from unioncase.domain.pinyin import pinyin_keys
from unioncase.domain.validators import (
    client_uuid,
    parse_id_number,
    require_text,
    validate_credit_code,
    validate_phone,
)
from unioncase.models import (
    Enterprise,
    EnterpriseRead,
    Person,
    PersonRead,
    Staff,
    StaffRead,
    Station,
    StationRead,
)
from unioncase.repositories.registry import (
    PERSON_SORT_KEYS,
    EnterpriseRepository,
    PersonRepository,
    SettingRepository,
    StaffRepository,
    StationRepository,
    count_live,
    live,
    page_live,
)
from unioncase.services.context import (
    STATION_KEY,
    ServiceContext,
    require_version,
    saved_before,
)
from unioncase.services.numbers import keep_number, next_number

STATION_CODE_RE = re.compile(r"^\d{6,12}$")
EMPLOYEE_SORTS = ("number", "name", "id_number", "phone")  # an enterprise's workers' list


class _Collector:
    """Runs several field checks and raises all their errors at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, func: Callable[[], Any]) -> Any:
        try:
            return func()
        except ValidationError as exc:
            self.errors.append(exc)
            return None

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)


def _optional(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _choice(enum_class: Any, value: str | None, field_name: str) -> Any:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return enum_class(value)
    except ValueError:
        raise ValidationError("choice_invalid", field=field_name, value=value) from None


class StationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def init_station(
        self, code: str, name: str, level: StationLevel | str = StationLevel.TOWN
    ) -> StationRead:
        """Create the database's own station, or rename it; marks whose records this DB creates."""
        errors = _Collector()
        code = (code or "").strip()
        if not STATION_CODE_RE.match(code):
            errors.errors.append(ValidationError("station_code_format", field="station_code"))
        name = errors.check(lambda: require_text(name, "station_name", 100))
        level_value = errors.check(lambda: _choice(StationLevel, str(level), "level"))
        errors.raise_if_any()
        from unioncase.db.database import Operator

        with self.ctx.db.unit_of_work(Operator(self.ctx.operator_name, code)) as session:
            SettingRepository(session).set(STATION_KEY, code)
            station = StationRepository(session).by_code(code)
            if station is None:
                station = Station(code=code, name=name, level=level_value or StationLevel.TOWN,
                                  station_code=code)
                session.add(station)
            else:
                station.name = name
                station.level = level_value or station.level
            session.flush()
            result = StationRead.model_validate(station)
        self.ctx.forget_station()
        return result

    def register(self, code: str, name: str,
                 level: StationLevel | str = StationLevel.TOWN) -> StationRead:
        """Add another station to the registry (the center lists every station of the city)."""
        errors = _Collector()
        code = (code or "").strip()
        if not STATION_CODE_RE.match(code):
            errors.errors.append(ValidationError("station_code_format", field="station_code"))
        clean_name = errors.check(lambda: require_text(name, "station_name", 100))
        level_value = errors.check(lambda: _choice(StationLevel, str(level), "level"))
        errors.raise_if_any()
        with self.ctx.write() as session:
            station = StationRepository(session).by_code(code)
            if station is None:
                station = Station(code=code, name=clean_name,
                                  level=level_value or StationLevel.TOWN,
                                  station_code=self.ctx.operator().station_code)
                session.add(station)
            else:
                station.name = clean_name
                station.level = level_value or station.level
            session.flush()
            return StationRead.model_validate(station)

    def current(self) -> StationRead | None:
        code = self.ctx.station_code
        if not code:
            return None
        with self.ctx.read() as session:
            station = StationRepository(session).by_code(code)
            return None if station is None else StationRead.model_validate(station)

    def all(self) -> list[StationRead]:
        with self.ctx.read() as session:
            return [StationRead.model_validate(s) for s in StationRepository(session).all()]


class StaffService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, include_inactive: bool = False) -> list[StaffRead]:
        code = self.ctx.station_code
        if not code:
            return []
        with self.ctx.read() as session:
            rows = StaffRepository(session).for_station(code, include_inactive)
            return [StaffRead.model_validate(r) for r in rows]

    def create(self, name: str, role: StaffRole | str, phone: str = "") -> StaffRead:
        errors = _Collector()
        clean_name = errors.check(lambda: require_text(name, "name", 50))
        clean_role = errors.check(lambda: _choice(StaffRole, str(role), "role"))
        if clean_role is None and not errors.errors:
            errors.errors.append(ValidationError("required", field="role"))
        clean_phone = errors.check(lambda: validate_phone(phone) if phone.strip() else None)
        errors.raise_if_any()
        with self.ctx.write() as session:
            staff = Staff(name=clean_name, role=clean_role, phone=clean_phone,
                          station_code=self.ctx.operator().station_code)
            session.add(staff)
            session.flush()
            return StaffRead.model_validate(staff)


@dataclass
class PersonInput:
    """A person as typed in a form: raw text, checked by the service."""

    name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""
    employer_id: int | None = None
    household: str = ""
    union_member: bool = False
    notes: str = ""
    uuid: str = ""  # made by the form: a retried save returns the record, not a copy


@dataclass
class EnterpriseInput:
    name: str
    credit_code: str = ""
    address: str = ""
    phone: str = ""
    has_union: bool = False
    uuid: str = ""


class CaseSummary(BaseModel):
    """One line about a record in another line of work, for a person's page."""

    model_config = ConfigDict(frozen=True)

    kind: str
    number: str
    date: str
    title: str
    status: str


@dataclass(frozen=True)
class PersonOverview:
    person: PersonRead
    # line of work ("intake", "mediation", "aid", "jobs") -> summaries; filled by later modules
    lines: dict[str, list[CaseSummary]] = field(default_factory=dict)


# Providers registered by the modules of each line of work: (session, person_id) -> summaries
OVERVIEW_LINES = ("intake", "mediation", "aid", "jobs")
OverviewProvider = Callable[[Any, int], list[CaseSummary]]
OVERVIEW_PROVIDERS: dict[str, OverviewProvider] = {}


class PersonService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading -----------------------------------------------------------------------------
    def _read(self, session: Any, person: Person) -> PersonRead:
        employer = None
        if person.employer_id is not None:
            row = EnterpriseRepository(session).get(person.employer_id)
            employer = None if row is None else row.name
        return PersonRead.model_validate(person).model_copy(update={"employer_name": employer})

    def get(self, person_id: int) -> PersonRead:
        with self.ctx.read() as session:
            person = PersonRepository(session).get(person_id)
            if person is None:
                raise NotFoundError(key=str(person_id))
            return self._read(session, person)

    def by_number(self, number: str) -> PersonRead | None:
        with self.ctx.read() as session:
            person = PersonRepository(session).by_number(number.strip().upper())
            return None if person is None else self._read(session, person)

    def find_by_id_number(self, text: str) -> PersonRead | None:
        """The registered person with this ID number, if the text is a valid one."""
        try:
            parsed = parse_id_number(text, today=self.ctx.today())
        except ValidationError:
            return None
        with self.ctx.read() as session:
            person = PersonRepository(session).by_id_number(parsed.value)
            return None if person is None else self._read(session, person)

    def search(self, text: str, limit: int = 50) -> list[PersonRead]:
        with self.ctx.read() as session:
            return self._with_employers(session, PersonRepository(session).search(text, limit))

    def count(self, text: str = "") -> int:
        with self.ctx.read() as session:
            return PersonRepository(session).count(text)

    def any(self) -> bool:
        """Whether any person is registered: one indexed row, whatever the database's size
        (start-up asks this; a count of a million rows would grow with it)."""
        with self.ctx.read() as session:
            return session.exec(select(Person.id).where(live(Person)).limit(1)).first() \
                is not None

    def page(self, text: str, offset: int, limit: int, sort: str = "number",
             descending: bool = False) -> list[PersonRead]:
        with self.ctx.read() as session:
            rows = PersonRepository(session).page(text, offset, limit, sort, descending)
            return self._with_employers(session, rows)

    def _with_employers(self, session: Any, rows: Any) -> list[PersonRead]:
        names = EnterpriseRepository(session).names(
            [r.employer_id for r in rows if r.employer_id is not None]
        )
        return [
            PersonRead.model_validate(r).model_copy(
                update={"employer_name": names.get(r.employer_id or -1)}
            )
            for r in rows
        ]

    def overview(self, person_id: int) -> PersonOverview:
        with self.ctx.read() as session:
            person = PersonRepository(session).get(person_id)
            if person is None:
                raise NotFoundError(key=str(person_id))
            lines = {
                line: (OVERVIEW_PROVIDERS[line](session, person_id)
                       if line in OVERVIEW_PROVIDERS else [])
                for line in OVERVIEW_LINES
            }
            return PersonOverview(self._read(session, person), lines)

    # -- writing -----------------------------------------------------------------------------
    def _validate(self, data: PersonInput) -> dict[str, Any]:
        errors = _Collector()
        values: dict[str, Any] = {}
        values["name"] = errors.check(lambda: require_text(data.name, "name", 50))
        id_text = data.id_number.strip()
        parsed = errors.check(
            lambda: parse_id_number(id_text, today=self.ctx.today()) if id_text else None
        )
        values["id_number"] = parsed.value if parsed else None
        values["id_number_rev"] = parsed.value[::-1] if parsed else None
        values["sex"] = parsed.sex if parsed else None
        values["birth_date"] = parsed.birth_date if parsed else None
        values["phone"] = errors.check(
            lambda: validate_phone(data.phone) if data.phone.strip() else None
        )
        values["address"] = errors.check(
            lambda: require_text(data.address, "address", 200) if data.address.strip() else None
        )
        values["household"] = errors.check(lambda: _choice(Household, data.household, "household"))
        values["notes"] = _optional(data.notes)
        values["union_member"] = bool(data.union_member)
        values["employer_id"] = data.employer_id
        errors.raise_if_any()
        values["name_pinyin"], values["name_initials"] = pinyin_keys(values["name"])
        return values

    def _check_unique(self, session: Any, id_number: str | None, own_id: int | None) -> None:
        if id_number is None:
            return
        other = PersonRepository(session).by_id_number(id_number)
        if other is not None and other.id != own_id:
            raise ConflictError("person_exists", field="id_number", name=other.name,
                                number=other.number)

    def _check_employer(self, session: Any, employer_id: int | None) -> None:
        if employer_id is not None and EnterpriseRepository(session).get(employer_id) is None:
            raise ValidationError("not_found", field="employer", key=str(employer_id))

    def create(self, data: PersonInput, number: str | None = None) -> PersonRead:
        values = self._validate(data)
        uuid = client_uuid(data.uuid)
        try:
            with self.ctx.write() as session:
                before = saved_before(session, Person, uuid)
                if before is not None:
                    return self._read(session, before)
                self._check_unique(session, values["id_number"], None)
                self._check_employer(session, values["employer_id"])
                station = self.ctx.operator().station_code
                if number:
                    keep_number(session, number)
                else:
                    number = next_number(session, station, RecordKind.PERSON,
                                         self.ctx.today().year)
                person = Person(number=number, station_code=station, **values)
                if uuid is not None:
                    person.uuid = uuid
                session.add(person)
                session.flush()
                return self._read(session, person)
        except IntegrityError as exc:
            raise ConflictError("conflict") from exc

    def update(self, person_id: int, data: PersonInput, expected_version: int) -> PersonRead:
        values = self._validate(data)
        with self.ctx.write() as session:
            person = require_version(PersonRepository(session).get(person_id), person_id,
                                     expected_version)
            self._check_unique(session, values["id_number"], person.id)
            self._check_employer(session, values["employer_id"])
            for key, value in values.items():
                setattr(person, key, value)
            session.flush()
            return self._read(session, person)

    def delete(self, person_id: int, expected_version: int) -> None:
        with self.ctx.write() as session:
            person = require_version(PersonRepository(session).get(person_id), person_id,
                                     expected_version)
            person.deleted_at = self.ctx.clock()


class EnterpriseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, enterprise_id: int) -> EnterpriseRead:
        with self.ctx.read() as session:
            row = EnterpriseRepository(session).get(enterprise_id)
            if row is None:
                raise NotFoundError(key=str(enterprise_id))
            return EnterpriseRead.model_validate(row)

    def by_number(self, number: str) -> EnterpriseRead | None:
        with self.ctx.read() as session:
            row = EnterpriseRepository(session).by_number(number.strip().upper())
            return None if row is None else EnterpriseRead.model_validate(row)

    def search(self, text: str, limit: int = 50) -> list[EnterpriseRead]:
        with self.ctx.read() as session:
            return [EnterpriseRead.model_validate(r)
                    for r in EnterpriseRepository(session).search(text, limit)]

    def count(self, text: str = "") -> int:
        with self.ctx.read() as session:
            return EnterpriseRepository(session).count(text)

    def page(self, text: str, offset: int, limit: int, sort: str = "number",
             descending: bool = False) -> list[EnterpriseRead]:
        with self.ctx.read() as session:
            rows = EnterpriseRepository(session).page(text, offset, limit, sort, descending)
            return [EnterpriseRead.model_validate(r) for r in rows]

    def employee_count(self, enterprise_id: int) -> int:
        with self.ctx.read() as session:
            return count_live(session, Person, [col(Person.employer_id) == enterprise_id])

    def employee_page(self, enterprise_id: int, offset: int = 0, limit: int = 100,
                      sort: str = "name", descending: bool = False) -> list[PersonRead]:
        """The enterprise's registered workers, a page at a time, sorted in SQL by
        ``EMPLOYEE_SORTS`` (names by pinyin); ties broken by id."""
        if sort not in EMPLOYEE_SORTS:  # a mistyped key must not sort by something else
            raise ValidationError("choice_invalid", field="sort", value=sort)
        with self.ctx.read() as session:
            rows = page_live(session, Person, [col(Person.employer_id) == enterprise_id],
                             PERSON_SORT_KEYS[sort], descending, offset, limit)
            return [PersonRead.model_validate(r) for r in rows]

    def employees(self, enterprise_id: int, limit: int = 500) -> list[PersonRead]:
        """The first ``limit`` workers by name (``employee_page`` pages through them all)."""
        return self.employee_page(enterprise_id, 0, limit)

    def _validate(self, data: EnterpriseInput) -> dict[str, Any]:
        errors = _Collector()
        values: dict[str, Any] = {}
        values["name"] = errors.check(lambda: require_text(data.name, "name", 200))
        values["credit_code"] = errors.check(
            lambda: validate_credit_code(data.credit_code) if data.credit_code.strip() else None
        )
        values["address"] = _optional(data.address)
        values["phone"] = errors.check(
            lambda: validate_phone(data.phone) if data.phone.strip() else None
        )
        values["has_union"] = bool(data.has_union)
        errors.raise_if_any()
        values["name_pinyin"], values["name_initials"] = pinyin_keys(values["name"])
        return values

    def _check_unique(self, session: Any, code: str | None, own_id: int | None) -> None:
        if code is None:
            return
        other = EnterpriseRepository(session).by_credit_code(code)
        if other is not None and other.id != own_id:
            raise ConflictError("enterprise_exists", field="credit_code", name=other.name,
                                number=other.number)

    def create(self, data: EnterpriseInput, number: str | None = None) -> EnterpriseRead:
        values = self._validate(data)
        uuid = client_uuid(data.uuid)
        with self.ctx.write() as session:
            before = saved_before(session, Enterprise, uuid)
            if before is not None:
                return EnterpriseRead.model_validate(before)
            self._check_unique(session, values["credit_code"], None)
            station = self.ctx.operator().station_code
            if number:
                keep_number(session, number)
            else:
                number = next_number(session, station, RecordKind.ENTERPRISE,
                                     self.ctx.today().year)
            row = Enterprise(number=number, station_code=station, **values)
            if uuid is not None:
                row.uuid = uuid
            session.add(row)
            session.flush()
            return EnterpriseRead.model_validate(row)

    def update(self, enterprise_id: int, data: EnterpriseInput,
               expected_version: int) -> EnterpriseRead:
        values = self._validate(data)
        with self.ctx.write() as session:
            row = require_version(EnterpriseRepository(session).get(enterprise_id),
                                  enterprise_id, expected_version)
            self._check_unique(session, values["credit_code"], row.id)
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            return EnterpriseRead.model_validate(row)
