"""Queries over the shared registries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_
from sqlmodel import Session, col, select

from unioncase.db.name_index import name_contains
from unioncase.models import Enterprise, NumberSequence, Person, Setting, Staff, Station

PREFIX_END = "\U0010ffff"


def prefix(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` starts with ``text``, as an index-friendly range (LIKE does not use the index)."""
    return and_(column >= text, column < text + PREFIX_END)


def live(model: Any) -> ColumnElement[bool]:
    return col(model.deleted_at).is_(None)


def declared_order(column: Any, values: Sequence[str]) -> Any:
    """An enum column's position in its declared order (not its Chinese text's), for ORDER BY;
    NULL where the column is NULL (or holds a value not declared)."""
    return case({value: index for index, value in enumerate(values)}, value=column)


def count_live(session: Session, model: Any, conditions: list[ColumnElement[bool]]) -> int:
    """How many undeleted rows match any of ``conditions`` (all rows when there are none)."""
    query = select(func.count()).select_from(model).where(live(model))
    if conditions:
        query = query.where(or_(*conditions))
    return int(session.exec(query).one())


def page_live(session: Session, model: Any, conditions: list[ColumnElement[bool]], key: Any,
              descending: bool, offset: int, limit: int) -> Sequence[Any]:
    """One page of undeleted rows matching any of ``conditions``, sorted in SQL (ties by id)."""
    order = [col(key).desc() if descending else col(key).asc(),
             col(model.id).desc() if descending else col(model.id).asc()]
    query = select(model).where(live(model))
    if conditions:
        query = query.where(or_(*conditions))
    return session.exec(query.order_by(*order).offset(offset).limit(limit)).all()


class SettingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.session.get(Setting, key)
        return default if row is None else row.value

    def set(self, key: str, value: str) -> None:
        row = self.session.get(Setting, key)
        if row is None:
            self.session.add(Setting(key=key, value=value))
        else:
            row.value = value


class NumberRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def next(self, station_code: str, kind: str, year: int) -> int:
        """The next sequence value; taken inside the caller's transaction, so never handed twice."""
        row = self.session.get(NumberSequence, (station_code, kind, year))
        if row is None:
            row = NumberSequence(station_code=station_code, kind=kind, year=year, last=0)
            self.session.add(row)
        row.last += 1
        self.session.flush()
        return row.last

    def reserve(self, station_code: str, kind: str, year: int, count: int) -> int:
        """Take ``count`` numbers at once (an import); returns the first of them."""
        row = self.session.get(NumberSequence, (station_code, kind, year))
        if row is None:
            row = NumberSequence(station_code=station_code, kind=kind, year=year, last=0)
            self.session.add(row)
        first = row.last + 1
        row.last += count
        return first

    def bump_to(self, station_code: str, kind: str, year: int, value: int) -> None:
        """Make sure later numbers go past ``value`` (a number kept from an import)."""
        row = self.session.get(NumberSequence, (station_code, kind, year))
        if row is None:
            self.session.add(NumberSequence(station_code=station_code, kind=kind, year=year,
                                            last=value))
        elif row.last < value:
            row.last = value


class StationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_code(self, code: str) -> Station | None:
        return self.session.exec(select(Station).where(Station.code == code)).first()

    def all(self) -> Sequence[Station]:
        return self.session.exec(select(Station).where(live(Station)).order_by(Station.code)).all()


class StaffRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_station(self, station_code: str, include_inactive: bool = False) -> Sequence[Staff]:
        query = select(Staff).where(live(Staff), Staff.station_code == station_code)
        if not include_inactive:
            query = query.where(col(Staff.active).is_(True))
        return self.session.exec(query.order_by(Staff.name)).all()


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, person_id: int) -> Person | None:
        person = self.session.get(Person, person_id)
        return None if person is None or person.is_deleted else person

    def by_number(self, number: str) -> Person | None:
        return self.session.exec(
            select(Person).where(Person.number == number, live(Person))
        ).first()

    def by_id_number(self, id_number: str, include_deleted: bool = False) -> Person | None:
        query = select(Person).where(Person.id_number == id_number)
        if not include_deleted:
            query = query.where(live(Person))
        return self.session.exec(query).first()

    def search(self, text: str, limit: int = 50) -> Sequence[Person]:
        """Name (prefix or contained), pinyin, initials, ID number or its tail, phone, number."""
        conditions = person_search_conditions(text)
        if not conditions:
            return []
        query = (
            select(Person)
            .where(live(Person), or_(*conditions))
            .order_by(func.length(Person.name), col(Person.name_pinyin), col(Person.id))
            .limit(limit)
        )
        return self.session.exec(query).all()

    def count(self, text: str = "") -> int:
        return count_live(self.session, Person, person_search_conditions(text))

    def page(self, text: str, offset: int, limit: int, sort: str = "number",
             descending: bool = False) -> Sequence[Person]:
        key = PERSON_SORT_KEYS.get(sort, Person.number)
        return page_live(self.session, Person, person_search_conditions(text), key, descending,
                         offset, limit)


PERSON_SORT_KEYS: dict[str, Any] = {
    "number": Person.number,
    "name": Person.name_pinyin,
    "sex": Person.sex,
    "birth_date": Person.birth_date,
    "id_number": Person.id_number,
    "phone": Person.phone,
    "employer": Person.employer_id,
    "household": Person.household,
    "union_member": Person.union_member,
}


def person_search_conditions(text: str) -> list[ColumnElement[bool]]:
    text = text.strip()
    if not text:
        return []
    lowered = text.lower()
    conditions: list[ColumnElement[bool]] = []
    if lowered.isascii() and lowered.isalpha():
        conditions.append(prefix(Person.name_initials, lowered))
        conditions.append(prefix(Person.name_pinyin, lowered))
    elif lowered.isascii() and any(ch.isdigit() for ch in lowered):
        upper = text.upper().replace(" ", "")
        if len(upper) >= 4:
            conditions.append(prefix(Person.id_number_rev, upper[::-1]))
        if len(upper) >= 6:
            conditions.append(prefix(Person.id_number, upper))
        if upper.replace("-", "").isdigit() and len(upper) >= 3:
            conditions.append(prefix(Person.phone, upper))
        conditions.append(col(Person.number) == upper)
    else:
        conditions.append(prefix(Person.name, text))
        indexed = name_contains(col(Person.id), "person", text)
        if indexed is not None:
            conditions.append(indexed)
        elif len(text) >= 2:
            conditions.append(col(Person.name).contains(text, autoescape=True))
    return conditions


class EnterpriseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, enterprise_id: int) -> Enterprise | None:
        enterprise = self.session.get(Enterprise, enterprise_id)
        return None if enterprise is None or enterprise.is_deleted else enterprise

    def by_number(self, number: str) -> Enterprise | None:
        return self.session.exec(
            select(Enterprise).where(Enterprise.number == number, live(Enterprise))
        ).first()

    def by_credit_code(self, code: str) -> Enterprise | None:
        return self.session.exec(
            select(Enterprise).where(Enterprise.credit_code == code, live(Enterprise))
        ).first()

    def by_name(self, name: str) -> Enterprise | None:
        return self.session.exec(
            select(Enterprise).where(Enterprise.name == name, live(Enterprise))
        ).first()

    def search(self, text: str, limit: int = 50) -> Sequence[Enterprise]:
        conditions = enterprise_search_conditions(text)
        if not conditions:
            return []
        query = (
            select(Enterprise)
            .where(live(Enterprise), or_(*conditions))
            .order_by(func.length(Enterprise.name), Enterprise.name_pinyin)
            .limit(limit)
        )
        return self.session.exec(query).all()

    def count(self, text: str = "") -> int:
        return count_live(self.session, Enterprise, enterprise_search_conditions(text))

    def page(self, text: str, offset: int, limit: int, sort: str = "number",
             descending: bool = False) -> Sequence[Enterprise]:
        key = ENTERPRISE_SORT_KEYS.get(sort, Enterprise.number)
        return page_live(self.session, Enterprise, enterprise_search_conditions(text), key,
                         descending, offset, limit)

    def names(self, ids: Sequence[int]) -> dict[int, str]:
        if not ids:
            return {}
        rows = self.session.exec(
            select(Enterprise.id, Enterprise.name).where(col(Enterprise.id).in_(ids))
        ).all()
        return {int(i): n for i, n in rows if i is not None}


ENTERPRISE_SORT_KEYS: dict[str, Any] = {
    "number": Enterprise.number,
    "name": Enterprise.name_pinyin,
    "credit_code": Enterprise.credit_code,
    "address": Enterprise.address,
    "phone": Enterprise.phone,
    "has_union": Enterprise.has_union,
}


def enterprise_search_conditions(text: str) -> list[ColumnElement[bool]]:
    text = text.strip()
    if not text:
        return []
    lowered = text.lower()
    conditions: list[ColumnElement[bool]] = []
    if lowered.isascii() and lowered.isalpha():
        conditions += [prefix(Enterprise.name_initials, lowered),
                       prefix(Enterprise.name_pinyin, lowered)]
    if lowered.isascii():
        upper = text.upper().replace(" ", "")
        conditions.append(prefix(Enterprise.credit_code, upper))
        conditions.append(col(Enterprise.number) == upper)
    else:
        indexed = name_contains(col(Enterprise.id), "enterprise", text)
        conditions.append(indexed if indexed is not None
                          else col(Enterprise.name).contains(text, autoescape=True))
    return conditions
