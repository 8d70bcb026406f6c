"""困难帮扶: the hardship registry, aid programs with budgets, batches, and aid applications
from application to payment.

```
apply / route from intake → 申请 ─ review (帮扶专干) → 已审核 ─ approve (站长) → 已审批
                           ─ pay (or the batch is paid) → 已发放
申请 | 已审核 ─ reject → 不予救助
batch: 草稿 ─ approve_batch (every application in it 已审批; starts the 公示) → 已审批
       ─ pay_batch (not while the notice runs) → 已发放 (its applications 已发放)
```
Warnings (never errors): the same person aided twice under one program in one year, a batch
over its program's yearly budget, an applicant without a hardship file where the program needs
one. Money is integer fen throughout; figures are aggregate SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, case, func, or_
from sqlmodel import Session, col, select

from unioncase.db.database import Operator
from unioncase.domain.aid import (
    APPROVE_ROLES,
    REVIEW_ROLES,
    STEP_APPLY,
    STEP_APPROVE,
    STEP_PAY,
    STEP_REJECT,
    STEP_REVIEW,
    AidStatus,
    BatchStatus,
    FileStatus,
    HardshipCategory,
    HardshipCause,
    PaymentMethod,
    allowed,
    per_capita_monthly_fen,
    suggest_category,
)
from unioncase.domain.deadlines import add_working_days
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import ConflictError, NotFoundError, ValidationError
from unioncase.domain.intake import Handling
from unioncase.domain.money import format_yuan
from unioncase.domain.validators import (
    client_uuid,
    parse_date,
    parse_money_fen,
    require_text,
)
from unioncase.models import Person, Staff
from unioncase.models.aid import (
    AidApplication,
    AidApplicationRead,
    AidBatch,
    AidBatchRead,
    AidBudget,
    AidProgram,
    AidProgramRead,
    HardshipFile,
    HardshipFileRead,
    HouseholdMember,
    HouseholdMemberRead,
)
from unioncase.models.intake import IntakeCase
from unioncase.repositories.registry import (
    SettingRepository,
    declared_order,
    live,
    person_search_conditions,
)
from unioncase.services import cases
from unioncase.services.calendar import CalendarService
from unioncase.services.context import ServiceContext, require_version, saved_before
from unioncase.services.intake import ROUTERS
from unioncase.services.numbers import keep_number, next_number, number_conditions
from unioncase.services.registry import OVERVIEW_PROVIDERS, CaseSummary, _Collector
from unioncase.services.search import SEARCH_PROVIDERS, SearchHit

KIND = RecordKind.AID.value  # "BF"
STANDARD_KEY = "dibao_monthly_fen:{year}"  # the 低保 standard of a year (per person, month)
ROUTED_PROGRAM = "生活救助"
WARN_DUPLICATE = "duplicate_in_year"
WARN_BUDGET = "over_budget"
WARN_REGISTRY = "not_in_registry"
REVIEW_AFTER_DAYS = 365


# -- inputs ---------------------------------------------------------------------------------------


@dataclass
class MemberInput:
    name: str
    relation: str = ""
    age: str | int = ""
    health: str = ""
    work: str = ""
    income: str = ""  # yuan a year


@dataclass
class FileInput:
    """A hardship file as typed (amounts in yuan)."""

    person_id: int
    year: int
    members: list[MemberInput] = field(default_factory=list)  # besides the worker
    income: str = ""  # the household's income in the year
    essential_costs: str = ""
    category: str = ""  # confirmed by the officer; "" = not yet
    causes: list[str] = field(default_factory=list)
    bank_name: str = ""
    bank_account: str = ""
    account_holder: str = ""
    status: str = FileStatus.ACTIVE.value
    review_due: str = ""  # default: a year after saving
    notes: str = ""


@dataclass
class BatchInput:
    name: str
    program_id: int
    planned_on: str = ""
    year: int | None = None  # default: the planned date's year


@dataclass
class ApplicationInput:
    person_id: int
    program_id: int
    requested: str = ""  # yuan
    reason: str = ""
    batch_id: int | None = None
    applied_on: str = ""
    number: str = ""  # kept (ledger import)
    uuid: str = ""  # made by the form: a retried save returns the application, not a copy


@dataclass
class FileFilter:
    """The hardship registry's list (困难职工档案)."""

    status: str = FileStatus.ACTIVE.value  # "" = any status
    category: str = ""  # "" = any (a file not yet categorized included)
    text: str = ""  # name (any part), pinyin or initials, ID number, phone, person's number


# The registry list's columns that sort (the bank account is shown masked: it does not).
FILE_SORTS = ("name", "id_number", "category", "suggested", "per_capita", "causes", "status",
              "review_due")


def _file_sort_key(sort: str) -> Any:
    keys: dict[str, Any] = {
        "name": lambda: col(Person.name_pinyin),
        "id_number": lambda: col(Person.id_number),
        "category": lambda: declared_order(col(HardshipFile.category),
                                           [c.value for c in HardshipCategory]),
        "suggested": lambda: declared_order(col(HardshipFile.suggested_category),
                                            [c.value for c in HardshipCategory]),
        "per_capita": lambda: col(HardshipFile.per_capita_monthly_fen),
        "causes": lambda: col(HardshipFile.causes),
        "status": lambda: declared_order(col(HardshipFile.status), [s.value for s in FileStatus]),
        "review_due": lambda: col(HardshipFile.review_due),
    }
    if sort not in keys:  # a mistyped key must not sort by something else without a word
        raise ValidationError("choice_invalid", field="sort", value=sort)
    return keys[sort]()


@dataclass
class AidFilter:
    text: str = ""  # number, applicant name / pinyin / ID tail
    date_from: date | str | None = None  # applied_on
    date_to: date | str | None = None
    program_id: int | None = None
    batch_id: int | None = None
    category: str = ""
    status: str = ""
    year: int | None = None


class AidFigures(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int | None
    name: str
    persons: int  # distinct persons paid
    payments: int
    paid_fen: int
    approved_fen: int  # approved, not yet paid
    budget_fen: int | None = None


class ReviewDueRead(BaseModel):
    model_config = ConfigDict(frozen=True)

    file_id: int
    person_id: int
    name: str
    category: HardshipCategory | None
    review_due: date
    days_left: int
    overdue: bool


# -- helpers --------------------------------------------------------------------------------------


def _fen(text: str | int | None, field_name: str, *, required: bool = False) -> int:
    if text is None or (isinstance(text, str) and not text.strip()):
        if required:
            raise ValidationError("required", field=field_name)
        return 0
    fen = parse_money_fen(text, field=field_name)
    return fen


def _positive_fen(text: str, field_name: str) -> int:
    fen = _fen(text, field_name, required=True)
    if fen <= 0:
        raise ValidationError("amount_positive", field=field_name)
    return fen


def _optional_date(value: str | date | None, field_name: str) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else parse_date(value, field=field_name)


def _category(value: str, field_name: str = "category") -> HardshipCategory | None:
    if not value:
        return None
    try:
        return HardshipCategory(value)
    except ValueError:
        raise ValidationError("choice_invalid", field=field_name, value=value) from None


def _application_read(row: AidApplication, person: Person | None, program: AidProgram | None,
                      batch: AidBatch | None, file: HardshipFile | None,
                      warnings: Sequence[str] = ()) -> AidApplicationRead:
    return AidApplicationRead.model_validate(row).model_copy(update={
        "person_name": person.name if person else "",
        "person_number": person.number if person else "",
        "id_number": person.id_number if person else None,
        "phone": person.phone if person else None,
        "program_name": program.name if program else "",
        "batch_name": batch.name if batch else None,
        "category": file.category if file else None,
        "bank_account": file.bank_account if file else None,
        "warnings": tuple(warnings),
    })


class AidService(cases.CaseRecords):
    case_kind = KIND
    case_model = AidApplication

    def __init__(self, ctx: ServiceContext, calendar: CalendarService | None = None) -> None:
        self.ctx = ctx
        self.calendar = calendar or CalendarService(ctx)

    # == roles ====================================================================================
    def _require_role(self, session: Session, roles: frozenset[str], step: str) -> str:
        name = self.ctx.operator_name
        staff = session.exec(select(Staff).where(Staff.name == name, live(Staff),
                                                 col(Staff.active).is_(True))).all()
        if not any(s.role.value in roles for s in staff):
            raise ValidationError("role_required", field="operator", step=step,
                                  roles="、".join(sorted(roles)))
        return name

    # == the 低保 standard =======================================================================
    def set_standard(self, year: int, amount: str) -> int:
        fen = _positive_fen(amount, "standard")
        with self.ctx.write() as session:
            SettingRepository(session).set(STANDARD_KEY.format(year=year), str(fen))
        return fen

    def standard(self, year: int) -> int | None:
        with self.ctx.read() as session:
            value = SettingRepository(session).get(STANDARD_KEY.format(year=year))
        return int(value) if value else None

    # == hardship files ==========================================================================
    def _file_values(self, data: FileInput) -> dict[str, Any]:
        errors = _Collector()
        v: dict[str, Any] = {}
        members: list[dict[str, Any]] = []
        for i, m in enumerate(data.members):
            p = f"members[{i}]"
            age: int | None = None
            if str(m.age).strip():
                try:
                    age = int(str(m.age).strip())
                    if not 0 <= age <= 130:
                        raise ValueError
                except ValueError:
                    errors.errors.append(ValidationError("age_invalid", field=f"{p}.age"))
            members.append({
                "name": errors.check(partial(require_text, m.name, f"{p}.name", 50)),
                "relation": m.relation.strip()[:20], "age": age,
                "health": m.health.strip()[:100], "work": m.work.strip()[:100],
                "income_fen": errors.check(partial(_fen, m.income, f"{p}.income")),
            })
        v["members"] = members
        v["income_fen"] = errors.check(lambda: _fen(data.income, "income")) or 0
        v["essential_costs_fen"] = errors.check(
            lambda: _fen(data.essential_costs, "essential_costs")) or 0
        v["category"] = errors.check(lambda: _category(data.category))
        causes = []
        for cause in data.causes:
            try:
                causes.append(HardshipCause(cause).value)
            except ValueError:
                errors.errors.append(ValidationError("choice_invalid", field="causes",
                                                     value=cause))
        v["causes"] = ",".join(dict.fromkeys(causes))
        try:
            v["status"] = FileStatus(data.status)
        except ValueError:
            errors.errors.append(ValidationError("choice_invalid", field="status",
                                                 value=data.status))
        v["review_due"] = errors.check(lambda: _optional_date(data.review_due, "review_due"))
        account = "".join(data.bank_account.split())
        if account and (not account.isdigit() or not 10 <= len(account) <= 30):
            errors.errors.append(ValidationError("bank_account_invalid", field="bank_account"))
        v["bank_account"] = account or None
        v["bank_name"] = data.bank_name.strip()[:100] or None
        v["account_holder"] = data.account_holder.strip()[:50] or None
        v["notes"] = data.notes.strip()[:2000]
        errors.raise_if_any()
        return v

    def save_file(self, data: FileInput, expected_version: int | None = None
                  ) -> HardshipFileRead:
        """Create the person's file, or update it (``expected_version`` of the live one)."""
        v = self._file_values(data)
        members = v.pop("members")
        size = 1 + len(members)
        household_income = v["income_fen"] or sum(m["income_fen"] for m in members)
        per_capita = per_capita_monthly_fen(household_income, v["essential_costs_fen"], size)
        suggested = suggest_category(household_income, v["essential_costs_fen"], size,
                                     self.standard(data.year))
        today = self.ctx.today()
        with self.ctx.write() as session:
            person = session.get(Person, data.person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError(key=str(data.person_id))
            row = session.exec(select(HardshipFile).where(
                HardshipFile.person_id == data.person_id, live(HardshipFile))).first()
            if row is None:
                if expected_version is not None:
                    raise NotFoundError(key=str(data.person_id))
                row = HardshipFile(person_id=data.person_id, year=data.year,
                                   station_code=self.ctx.operator().station_code)
                session.add(row)
            else:
                if expected_version is None:
                    raise ConflictError("file_exists", field="person_id", name=person.name)
                require_version(row, row.id, expected_version)
                row.reviewed_on = today
            row.year = data.year
            row.household_size = size
            row.income_fen = household_income
            row.per_capita_monthly_fen = per_capita
            row.suggested_category = suggested
            for key, value in v.items():
                setattr(row, key, value)
            if row.review_due is None:
                row.review_due = today + timedelta(days=REVIEW_AFTER_DAYS)
            session.flush()
            assert row.id is not None
            for old in session.exec(select(HouseholdMember).where(
                    HouseholdMember.file_id == row.id, live(HouseholdMember))).all():
                old.deleted_at = self.ctx.clock()
            for order, member in enumerate(members):
                session.add(HouseholdMember(file_id=row.id, sort_order=order,
                                            station_code=row.station_code, **member))
            row.updated_at = self.ctx.clock()  # a change of members changes the file's version
            session.flush()
            return self._file_read(session, row)

    def _file_read(self, session: Session, row: HardshipFile) -> HardshipFileRead:
        return self._file_reads(session, [row])[0]

    def _file_reads(self, session: Session, rows: Sequence[HardshipFile]
                    ) -> list[HardshipFileRead]:
        """Read objects for ``rows`` in three queries however many there are (a page of the
        registry): their persons and all their household members at once."""
        person_ids = list(dict.fromkeys(r.person_id for r in rows))
        file_ids = [r.id for r in rows if r.id is not None]
        persons = {p.id: p for p in session.exec(
            select(Person).where(col(Person.id).in_(person_ids))).all()} if person_ids else {}
        members: dict[int, list[HouseholdMemberRead]] = {}
        if file_ids:
            for m in session.exec(select(HouseholdMember).where(
                    col(HouseholdMember.file_id).in_(file_ids), live(HouseholdMember))
                    .order_by(col(HouseholdMember.file_id),
                              col(HouseholdMember.sort_order))).all():
                members.setdefault(m.file_id, []).append(HouseholdMemberRead.model_validate(m))
        reads = []
        for row in rows:
            person = persons.get(row.person_id)
            reads.append(HardshipFileRead.model_validate(row).model_copy(update={
                "person_name": person.name if person else "",
                "person_number": person.number if person else "",
                "id_number": person.id_number if person else None,
                "members": tuple(members.get(row.id or 0, ())),
            }))
        return reads

    def file_of(self, person_id: int) -> HardshipFileRead | None:
        with self.ctx.read() as session:
            row = session.exec(select(HardshipFile).where(
                HardshipFile.person_id == person_id, live(HardshipFile))).first()
            return self._file_read(session, row) if row is not None else None

    def _file_conditions(self, flt: FileFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [live(HardshipFile)]
        if flt.status:
            try:
                conditions.append(col(HardshipFile.status) == FileStatus(flt.status))
            except ValueError:
                raise ValidationError("choice_invalid", field="status",
                                      value=flt.status) from None
        category = _category(flt.category)
        if category is not None:
            conditions.append(col(HardshipFile.category) == category)
        text_conditions = person_search_conditions(flt.text)
        if text_conditions:
            conditions.append(or_(*text_conditions))
        return conditions

    @staticmethod
    def _file_query(*columns: Any) -> Any:
        return select(*columns).select_from(HardshipFile).join(
            Person, col(Person.id) == col(HardshipFile.person_id))

    def file_page(self, flt: FileFilter, offset: int = 0, limit: int = 100,
                  sort: str = "name", descending: bool = False) -> list[HardshipFileRead]:
        """One page of the registry, filtered and sorted in SQL by a column of the list
        (``FILE_SORTS``; empty values last either way); ties broken by id."""
        key = _file_sort_key(sort)
        order = [(key.desc() if descending else key.asc()).nulls_last(),
                 col(HardshipFile.id).desc() if descending else col(HardshipFile.id).asc()]
        with self.ctx.read() as session:
            rows = session.exec(self._file_query(HardshipFile)
                                .where(*self._file_conditions(flt))
                                .order_by(*order).offset(offset).limit(limit)).all()
            return self._file_reads(session, rows)

    def file_count(self, flt: FileFilter) -> int:
        with self.ctx.read() as session:
            return int(session.exec(self._file_query(func.count(col(HardshipFile.id)))
                                    .where(*self._file_conditions(flt))).one())

    def files(self, *, status: str = FileStatus.ACTIVE.value, category: str = "",
              text: str = "", limit: int = 500) -> list[HardshipFileRead]:
        """The first ``limit`` files by name (``file_page`` pages through all of them)."""
        return self.file_page(FileFilter(status=status, category=category, text=text), 0, limit)

    @staticmethod
    def _review_conditions(day: date, days: int) -> list[ColumnElement[bool]]:
        return [live(HardshipFile), col(HardshipFile.status) == FileStatus.ACTIVE,
                col(HardshipFile.review_due).is_not(None),
                col(HardshipFile.review_due) <= day + timedelta(days=days)]

    def reviews_due(self, today: date | None = None, days: int = 30,
                    limit: int | None = None) -> list[ReviewDueRead]:
        """Files in the registry whose yearly review is due within ``days`` or overdue, the
        most overdue first (the first ``limit``: the tab names a few and counts the rest)."""
        day = today or self.ctx.today()
        with self.ctx.read() as session:
            query = (select(HardshipFile, Person.name)
                     .join(Person, col(Person.id) == col(HardshipFile.person_id))
                     .where(*self._review_conditions(day, days))
                     .order_by(col(HardshipFile.review_due), col(HardshipFile.id)))
            if limit is not None:
                query = query.limit(limit)
            rows = session.exec(query).all()
            result = []
            for row, name in rows:
                assert row.review_due is not None
                assert row.id is not None
                left = (row.review_due - day).days
                result.append(ReviewDueRead(file_id=row.id, person_id=row.person_id, name=name,
                                            category=row.category, review_due=row.review_due,
                                            days_left=left, overdue=left < 0))
            return result

    def reviews_due_count(self, today: date | None = None, days: int = 30) -> int:
        day = today or self.ctx.today()
        with self.ctx.read() as session:
            return int(session.exec(select(func.count(col(HardshipFile.id)))
                                    .where(*self._review_conditions(day, days))).one())

    # == programs and budgets ====================================================================
    def programs(self, year: int | None = None, include_inactive: bool = False
                 ) -> list[AidProgramRead]:
        year = year or self.ctx.today().year
        with self.ctx.read() as session:
            query = select(AidProgram, AidBudget.budget_fen).outerjoin(
                AidBudget, (col(AidBudget.program_id) == col(AidProgram.id))
                & (col(AidBudget.year) == year) & live(AidBudget)).where(live(AidProgram))
            if not include_inactive:
                query = query.where(col(AidProgram.active).is_(True))
            rows = session.exec(query.order_by(col(AidProgram.sort_order),
                                               col(AidProgram.id))).all()
            return [AidProgramRead.model_validate(p).model_copy(update={"budget_fen": b})
                    for p, b in rows]

    def program_by_name(self, name: str) -> AidProgramRead | None:
        return next((p for p in self.programs(include_inactive=True) if p.name == name), None)

    def create_program(self, name: str, *, requires_registry: bool = False,
                       notice_days: int = 0) -> AidProgramRead:
        name = require_text(name, "name", 50)
        if not 0 <= notice_days <= 30:
            raise ValidationError("notice_days_invalid", field="notice_days")
        with self.ctx.write() as session:
            if session.exec(select(AidProgram).where(AidProgram.name == name,
                                                     live(AidProgram))).first():
                raise ConflictError("program_exists", field="name", name=name)
            order = session.exec(select(func.max(col(AidProgram.sort_order)))).one() or 0
            row = AidProgram(name=name, requires_registry=requires_registry,
                             notice_days=notice_days, sort_order=order + 1,
                             station_code=self.ctx.operator().station_code)
            session.add(row)
            session.flush()
            return AidProgramRead.model_validate(row)

    def set_budget(self, program_id: int, year: int, amount: str) -> int:
        fen = _fen(amount, "budget", required=True)
        with self.ctx.write() as session:
            self._program(session, program_id)
            row = session.exec(select(AidBudget).where(
                AidBudget.program_id == program_id, AidBudget.year == year,
                live(AidBudget))).first()
            if row is None:
                session.add(AidBudget(program_id=program_id, year=year, budget_fen=fen,
                                      station_code=self.ctx.operator().station_code))
            else:
                row.budget_fen = fen
        return fen

    @staticmethod
    def _program(session: Session, program_id: int) -> AidProgram:
        row = session.get(AidProgram, program_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(key=str(program_id))
        return row

    @staticmethod
    def _budget(session: Session, program_id: int, year: int) -> int | None:
        return session.exec(select(AidBudget.budget_fen).where(
            AidBudget.program_id == program_id, AidBudget.year == year,
            live(AidBudget))).first()

    # == batches ==================================================================================
    def create_batch(self, data: BatchInput) -> AidBatchRead:
        name = require_text(data.name, "name", 100)
        planned = _optional_date(data.planned_on, "planned_on") or self.ctx.today()
        with self.ctx.write() as session:
            self._program(session, data.program_id)
            row = AidBatch(name=name, program_id=data.program_id,
                           year=data.year or planned.year, planned_on=planned,
                           station_code=self.ctx.operator().station_code)
            session.add(row)
            session.flush()
            assert row.id is not None
            return self._batch_read(session, row.id)

    def _batch_load(self, session: Session, batch_id: int) -> AidBatch:
        row = session.get(AidBatch, batch_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(key=str(batch_id))
        return row

    def _batch_read(self, session: Session, batch_id: int) -> AidBatchRead:
        reads = self._batch_reads(session, col(AidBatch.id) == batch_id)
        if not reads:
            raise NotFoundError(key=str(batch_id))
        return reads[0]

    def _batch_reads(self, session: Session, *conditions: Any) -> list[AidBatchRead]:
        not_rejected = col(AidApplication.status) != AidStatus.REJECTED
        totals = (
            select(col(AidApplication.batch_id),  # type: ignore[call-overload]
                   func.count(col(AidApplication.id)).label("n"),
                   func.count(func.distinct(col(AidApplication.person_id))).label("persons"),
                   func.coalesce(func.sum(col(AidApplication.requested_fen)), 0).label("req"),
                   func.coalesce(func.sum(col(AidApplication.approved_fen)), 0).label("appr"),
                   func.coalesce(func.sum(case(
                       (col(AidApplication.status) == AidStatus.PAID,
                        col(AidApplication.approved_fen)), else_=0)), 0).label("paid"))
            .where(live(AidApplication), not_rejected)
            .group_by(col(AidApplication.batch_id)).subquery())
        rows = session.exec(
            select(AidBatch, col(AidProgram.name), totals.c.n, totals.c.persons,  # type: ignore[call-overload]
                   totals.c.req, totals.c.appr, totals.c.paid, col(AidBudget.budget_fen))
            .join(AidProgram, col(AidProgram.id) == col(AidBatch.program_id))
            .outerjoin(totals, totals.c.batch_id == col(AidBatch.id))
            .outerjoin(AidBudget, (col(AidBudget.program_id) == col(AidBatch.program_id))
                       & (col(AidBudget.year) == col(AidBatch.year)) & live(AidBudget))
            .where(live(AidBatch), *conditions)
            .order_by(col(AidBatch.planned_on).desc(), col(AidBatch.id).desc())).all()
        return [AidBatchRead.model_validate(b).model_copy(update={
            "program_name": program, "applications": int(n or 0), "persons": int(persons or 0),
            "requested_fen": int(req or 0), "approved_fen": int(appr or 0),
            "paid_fen": int(paid or 0), "budget_fen": budget})
            for b, program, n, persons, req, appr, paid, budget in rows]

    def batches(self, program_id: int | None = None, year: int | None = None
                ) -> list[AidBatchRead]:
        conditions = []
        if program_id is not None:
            conditions.append(col(AidBatch.program_id) == program_id)
        if year is not None:
            conditions.append(col(AidBatch.year) == year)
        with self.ctx.read() as session:
            return self._batch_reads(session, *conditions)

    def batch(self, batch_id: int) -> AidBatchRead:
        with self.ctx.read() as session:
            return self._batch_read(session, batch_id)

    def approve_batch(self, batch_id: int, expected_version: int, *,
                      on: str | date | None = None) -> AidBatchRead:
        """The station head approves the batch: every application in it must be approved
        already. A program with a public notice starts it now."""
        day = _optional_date(on, "on") or self.ctx.today()
        calendar = self.calendar.calendar()
        with self.ctx.write() as session:
            row = require_version(self._batch_load(session, batch_id), batch_id,
                                  expected_version)
            self._require_role(session, APPROVE_ROLES, STEP_APPROVE)
            if row.status is not BatchStatus.DRAFT:
                raise ValidationError("workflow_step", field="status", status=row.status.value)
            statuses = session.exec(select(AidApplication.status).where(
                AidApplication.batch_id == batch_id, live(AidApplication),
                col(AidApplication.status) != AidStatus.REJECTED)).all()
            if not statuses:
                raise ValidationError("batch_empty", field="applications")
            pending = sum(1 for s in statuses if s is not AidStatus.APPROVED)
            if pending:
                raise ValidationError("batch_not_approved", field="applications", count=pending)
            program = self._program(session, row.program_id)
            row.status = BatchStatus.APPROVED
            row.approved_on = day
            if program.notice_days:
                row.notice_from = day
                row.notice_until = add_working_days(day, program.notice_days, calendar)
            session.flush()
            return self._batch_read(session, batch_id)

    def pay_batch(self, batch_id: int, expected_version: int, *, method: str,
                  on: str | date | None = None) -> AidBatchRead:
        """Pay every approved application of the batch (not while its public notice runs)."""
        day = _optional_date(on, "on") or self.ctx.today()
        pay_method = self._method(method)
        with self.ctx.write() as session:
            row = require_version(self._batch_load(session, batch_id), batch_id,
                                  expected_version)
            if row.status is not BatchStatus.APPROVED:
                raise ValidationError("workflow_step", field="status", status=row.status.value)
            if row.notice_until is not None and day <= row.notice_until:
                raise ValidationError("notice_running", field="on",
                                      until=row.notice_until.isoformat())
            apps = session.exec(select(AidApplication).where(
                AidApplication.batch_id == batch_id, live(AidApplication),
                col(AidApplication.status) == AidStatus.APPROVED)).all()
            for app in apps:
                self._mark_paid(session, app, day, pay_method)
            row.status = BatchStatus.PAID
            row.paid_on = day
            row.method = pay_method
            session.flush()
            return self._batch_read(session, batch_id)

    @staticmethod
    def _method(method: str) -> PaymentMethod:
        try:
            return PaymentMethod(method)
        except ValueError:
            raise ValidationError("choice_invalid", field="method", value=method) from None

    def _mark_paid(self, session: Session, app: AidApplication, day: date,
                   method: PaymentMethod) -> None:
        app.status = AidStatus.PAID
        app.paid_on = day
        app.method = method
        cases.record_event(session, KIND, app.uuid, STEP_PAY, day,
                           f"{method.value} {format_yuan(app.approved_fen or 0)}元",
                           app.station_code)

    # == applications =============================================================================
    def apply(self, data: ApplicationInput) -> AidApplicationRead:
        errors = _Collector()
        requested = errors.check(lambda: _positive_fen(data.requested, "requested"))
        uuid = errors.check(lambda: client_uuid(data.uuid))
        reason = data.reason.strip()[:2000]
        day = errors.check(lambda: _optional_date(data.applied_on, "applied_on"))
        errors.raise_if_any()
        day = day or self.ctx.today()
        if day > self.ctx.today():
            raise ValidationError("date_future", field="applied_on")
        with self.ctx.write() as session:
            before = saved_before(session, AidApplication, uuid)
            if before is not None:
                return self._read(session, before)
            operator = self.ctx.operator()
            person = session.get(Person, data.person_id)
            if person is None or person.deleted_at is not None:
                raise ValidationError("not_found", field="person_id", key=str(data.person_id))
            program = self._program(session, data.program_id)
            if not program.active:
                raise ValidationError("program_inactive", field="program_id")
            if data.batch_id is not None:
                batch = self._batch_load(session, data.batch_id)
                if batch.program_id != program.id:
                    raise ValidationError("batch_wrong_program", field="batch_id")
                if batch.status is not BatchStatus.DRAFT:
                    raise ValidationError("batch_closed", field="batch_id")
            if data.number:
                keep_number(session, data.number)
                number = data.number
            else:
                number = next_number(session, operator.station_code, RecordKind.AID, day.year)
            row = AidApplication(number=number, person_id=person.id or 0,
                                 program_id=program.id or 0, batch_id=data.batch_id,
                                 applied_on=day, year=day.year, reason=reason,
                                 requested_fen=requested or 0,
                                 station_code=operator.station_code)
            if uuid is not None:
                row.uuid = uuid
            session.add(row)
            session.flush()
            cases.record_event(session, KIND, row.uuid, STEP_APPLY, day, reason[:200],
                               operator.station_code)
            session.flush()
            return self._read(session, row)

    def _load_app(self, session: Session, app_id: int, expected_version: int) -> AidApplication:
        row = self._load(session, app_id)
        require_version(row, app_id, expected_version)
        assert isinstance(row, AidApplication)
        return row

    @staticmethod
    def _check_step(step: str, row: AidApplication) -> None:
        if not allowed(step, row.status):
            raise ValidationError("workflow_step", field="status", status=row.status.value)

    def review(self, app_id: int, expected_version: int, *, approved: str, note: str = "",
               on: str | date | None = None) -> AidApplicationRead:
        """审核 by the aid officer: the amount proposed for approval."""
        fen = _positive_fen(approved, "approved")
        day = _optional_date(on, "on") or self.ctx.today()
        with self.ctx.write() as session:
            row = self._load_app(session, app_id, expected_version)
            self._check_step(STEP_REVIEW, row)
            name = self._require_role(session, REVIEW_ROLES, STEP_REVIEW)
            self._not_before(day, row.applied_on)
            row.status = AidStatus.REVIEWED
            row.approved_fen = fen
            row.reviewed_on = day
            row.reviewed_by = name
            row.review_note = note.strip()[:1000] or None
            cases.record_event(session, KIND, row.uuid, STEP_REVIEW, day,
                               note.strip()[:200], row.station_code)
            session.flush()
            return self._read(session, row)

    def approve(self, app_id: int, expected_version: int, *,
                on: str | date | None = None) -> AidApplicationRead:
        """审批 by the station head (not the one who reviewed it)."""
        day = _optional_date(on, "on") or self.ctx.today()
        with self.ctx.write() as session:
            row = self._load_app(session, app_id, expected_version)
            self._check_step(STEP_APPROVE, row)
            name = self._require_role(session, APPROVE_ROLES, STEP_APPROVE)
            if name == row.reviewed_by:
                raise ValidationError("approver_is_reviewer", field="operator")
            assert row.reviewed_on is not None
            self._not_before(day, row.reviewed_on)
            row.status = AidStatus.APPROVED
            row.approved_on = day
            row.approved_by = name
            cases.record_event(session, KIND, row.uuid, STEP_APPROVE, day, "",
                               row.station_code)
            session.flush()
            return self._read(session, row)

    def pay(self, app_id: int, expected_version: int, *, method: str,
            on: str | date | None = None, receipt_signed: bool = True) -> AidApplicationRead:
        """发放 of one application outside a batch (a batch is paid as a whole)."""
        day = _optional_date(on, "on") or self.ctx.today()
        pay_method = self._method(method)
        with self.ctx.write() as session:
            row = self._load_app(session, app_id, expected_version)
            self._check_step(STEP_PAY, row)
            if row.batch_id is not None:
                raise ValidationError("paid_with_batch", field="batch_id")
            program = self._program(session, row.program_id)
            if program.notice_days and row.approved_on is not None:
                until = add_working_days(row.approved_on, program.notice_days,
                                         self.calendar.calendar())
                if day <= until:
                    raise ValidationError("notice_running", field="on", until=until.isoformat())
            assert row.approved_on is not None
            self._not_before(day, row.approved_on)
            self._mark_paid(session, row, day, pay_method)
            row.receipt_signed = receipt_signed
            session.flush()
            return self._read(session, row)

    def reject(self, app_id: int, reason: str, expected_version: int, *,
               on: str | date | None = None) -> AidApplicationRead:
        text = require_text(reason, "reason", 1000)
        day = _optional_date(on, "on") or self.ctx.today()
        with self.ctx.write() as session:
            row = self._load_app(session, app_id, expected_version)
            self._check_step(STEP_REJECT, row)
            self._require_role(session, REVIEW_ROLES, STEP_REJECT)
            row.status = AidStatus.REJECTED
            row.reject_reason = text
            cases.record_event(session, KIND, row.uuid, STEP_REJECT, day, text[:200],
                               row.station_code)
            session.flush()
            return self._read(session, row)

    def _not_before(self, day: date, previous: date) -> None:
        if day > self.ctx.today():
            raise ValidationError("date_future", field="on")
        if day < previous:
            raise ValidationError("date_before_previous", field="on",
                                  previous=previous.isoformat())

    # == reading ==================================================================================
    def _warnings(self, session: Session, row: AidApplication) -> list[str]:
        if row.status is AidStatus.REJECTED:
            return []
        found: list[str] = []
        twice = session.exec(select(func.count(col(AidApplication.id))).where(
            AidApplication.person_id == row.person_id,
            AidApplication.program_id == row.program_id, AidApplication.year == row.year,
            col(AidApplication.id) != row.id, live(AidApplication),
            col(AidApplication.status) != AidStatus.REJECTED)).one()
        if twice:
            found.append(WARN_DUPLICATE)
        if row.batch_id is not None:
            batch = session.get(AidBatch, row.batch_id)
            budget = self._budget(session, row.program_id, batch.year if batch else row.year)
            if budget is not None:
                total = session.exec(select(func.coalesce(func.sum(func.coalesce(
                    col(AidApplication.approved_fen), col(AidApplication.requested_fen))), 0))
                    .join(AidBatch, col(AidBatch.id) == col(AidApplication.batch_id))
                    .where(live(AidApplication), col(AidBatch.program_id) == row.program_id,
                           col(AidBatch.year) == (batch.year if batch else row.year),
                           col(AidApplication.status) != AidStatus.REJECTED)).one()
                if total > budget:
                    found.append(WARN_BUDGET)
        program = session.get(AidProgram, row.program_id)
        if program is not None and program.requires_registry:
            has_file = session.exec(select(HardshipFile.id).where(
                HardshipFile.person_id == row.person_id, live(HardshipFile),
                col(HardshipFile.status) == FileStatus.ACTIVE)).first()
            if has_file is None:
                found.append(WARN_REGISTRY)
        return found

    def _read(self, session: Session, row: AidApplication) -> AidApplicationRead:
        person = session.get(Person, row.person_id)
        program = session.get(AidProgram, row.program_id)
        batch = session.get(AidBatch, row.batch_id) if row.batch_id else None
        file = session.exec(select(HardshipFile).where(
            HardshipFile.person_id == row.person_id, live(HardshipFile))).first()
        return _application_read(row, person, program, batch, file,
                                 self._warnings(session, row))

    def get(self, app_id: int) -> AidApplicationRead:
        with self.ctx.read() as session:
            return self._read(session, self._load(session, app_id))

    def by_number(self, number: str) -> AidApplicationRead | None:
        with self.ctx.read() as session:
            row = session.exec(select(AidApplication).where(
                AidApplication.number == number.strip().upper(), live(AidApplication))).first()
            return self._read(session, row) if row is not None else None

    def _conditions(self, flt: AidFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [live(AidApplication)]
        if flt.text.strip():
            text = flt.text.strip()
            numbers = number_conditions(AidApplication.number, RecordKind.AID, text)
            like = f"%{text}%"
            conditions.append(or_(*numbers, col(Person.name).like(like),
                                  col(Person.name_pinyin).like(like.lower()),
                                  col(Person.id_number).like(f"%{text.upper()}")))
        if flt.date_from:
            conditions.append(col(AidApplication.applied_on)
                              >= _optional_date(flt.date_from, "date_from"))
        if flt.date_to:
            conditions.append(col(AidApplication.applied_on)
                              <= _optional_date(flt.date_to, "date_to"))
        if flt.program_id is not None:
            conditions.append(col(AidApplication.program_id) == flt.program_id)
        if flt.batch_id is not None:
            conditions.append(col(AidApplication.batch_id) == flt.batch_id)
        if flt.status:
            conditions.append(col(AidApplication.status) == flt.status)
        if flt.year is not None:
            conditions.append(col(AidApplication.year) == flt.year)
        if flt.category:
            conditions.append(col(HardshipFile.category) == flt.category)
        return conditions

    def _query(self, *columns: Any, flt: AidFilter | None = None) -> Any:
        """The applications with their person and hardship file joined; a count (``flt``
        given) joins them only when the filter looks at them (the joins cost a second or
        more at 200,000 applications)."""
        if flt is not None and not flt.text.strip() and not flt.category:
            return select(*columns).select_from(AidApplication)
        return (select(*columns)
                .join(Person, col(Person.id) == col(AidApplication.person_id))
                .outerjoin(HardshipFile, (col(HardshipFile.person_id)
                                          == col(AidApplication.person_id))
                           & live(HardshipFile)))

    def _reads(self, session: Session, rows: Sequence[AidApplication]
               ) -> list[AidApplicationRead]:
        """What ``_read`` gives for each row, read for the whole page at once (a page of 200
        took 1,200 queries one row at a time)."""
        if not rows:
            return []
        person_ids = {r.person_id for r in rows}
        persons = {p.id: p for p in session.exec(select(Person).where(
            col(Person.id).in_(person_ids))).all()}
        programs = {p.id: p for p in session.exec(select(AidProgram)).all()}
        batch_ids = {r.batch_id for r in rows if r.batch_id is not None}
        batches = {b.id: b for b in session.exec(select(AidBatch).where(
            col(AidBatch.id).in_(batch_ids))).all()} if batch_ids else {}
        files: dict[int, HardshipFile] = {}
        active: set[int] = set()  # persons with a file 在档 (from the same rows: a query of
        # its own was planned on the status index, a pass over every active file)
        for file in session.exec(select(HardshipFile).where(
                col(HardshipFile.person_id).in_(person_ids), live(HardshipFile))
                .order_by(col(HardshipFile.id))).all():
            files.setdefault(file.person_id, file)
            if file.status == FileStatus.ACTIVE:
                active.add(file.person_id)
        same = {(p, g, y): int(n) for p, g, y, n in session.exec(select(
            AidApplication.person_id, AidApplication.program_id, AidApplication.year,
            func.count(col(AidApplication.id))).where(
            col(AidApplication.person_id).in_(person_ids), live(AidApplication),
            col(AidApplication.status) != AidStatus.REJECTED).group_by(
            col(AidApplication.person_id), col(AidApplication.program_id),
            col(AidApplication.year))).all()}
        over: dict[tuple[int, int], bool] = {}
        for program_id, year in {(r.program_id, batches[r.batch_id].year
                                  if r.batch_id in batches else r.year)
                                 for r in rows if r.batch_id is not None}:
            budget = self._budget(session, program_id, year)
            if budget is None:
                over[(program_id, year)] = False
                continue
            total = session.exec(select(func.coalesce(func.sum(func.coalesce(
                col(AidApplication.approved_fen), col(AidApplication.requested_fen))), 0))
                .join(AidBatch, col(AidBatch.id) == col(AidApplication.batch_id))
                .where(live(AidApplication), col(AidBatch.program_id) == program_id,
                       col(AidBatch.year) == year,
                       col(AidApplication.status) != AidStatus.REJECTED)).one()
            over[(program_id, year)] = total > budget
        result = []
        for row in rows:
            program = programs.get(row.program_id)
            warnings: list[str] = []
            if row.status is not AidStatus.REJECTED:
                if same.get((row.person_id, row.program_id, row.year), 0) > 1:
                    warnings.append(WARN_DUPLICATE)
                if row.batch_id is not None:
                    batch = batches.get(row.batch_id)
                    if over.get((row.program_id, batch.year if batch else row.year)):
                        warnings.append(WARN_BUDGET)
                if program is not None and program.requires_registry \
                        and row.person_id not in active:
                    warnings.append(WARN_REGISTRY)
            result.append(_application_read(
                row, persons.get(row.person_id), program,
                batches.get(row.batch_id) if row.batch_id is not None else None,
                files.get(row.person_id), warnings))
        return result

    def page(self, flt: AidFilter, offset: int = 0, limit: int = 100, sort: str = "applied_on",
             descending: bool = True) -> list[AidApplicationRead]:
        keys: dict[str, Any] = {
            "number": col(AidApplication.number), "applied_on": col(AidApplication.applied_on),
            "name": col(Person.name_pinyin), "program": col(AidApplication.program_id),
            "requested": col(AidApplication.requested_fen),
            "approved": col(AidApplication.approved_fen),
            "status": col(AidApplication.status), "paid_on": col(AidApplication.paid_on),
        }
        if sort not in keys:
            raise ValidationError("choice_invalid", field="sort", value=sort)
        key = keys[sort].desc() if descending else keys[sort]
        tie = col(AidApplication.id).desc() if descending else col(AidApplication.id)
        with self.ctx.read() as session:
            rows = session.exec(self._query(AidApplication).where(*self._conditions(flt))
                                .order_by(key, tie).offset(offset).limit(limit)).all()
            return self._reads(session, rows)

    def count(self, flt: AidFilter) -> int:
        with self.ctx.read() as session:
            return int(session.exec(self._query(func.count(col(AidApplication.id)), flt=flt)
                                    .where(*self._conditions(flt))).one())

    def totals(self, flt: AidFilter) -> AidFigures:
        """What the filter selects: persons paid, payments, amounts (exact fen)."""
        with self.ctx.read() as session:
            row = session.exec(self._query(*self._figure_columns())
                               .where(*self._conditions(flt))).one()
            return self._figures(None, "", row)

    @staticmethod
    def _figure_columns() -> list[Any]:
        paid = col(AidApplication.status) == AidStatus.PAID
        return [
            func.count(func.distinct(case((paid, col(AidApplication.person_id))))),
            func.coalesce(func.sum(case((paid, 1), else_=0)), 0),
            func.coalesce(func.sum(case((paid, col(AidApplication.approved_fen)), else_=0)), 0),
            func.coalesce(func.sum(case(
                (col(AidApplication.status) == AidStatus.APPROVED,
                 col(AidApplication.approved_fen)), else_=0)), 0),
        ]

    @staticmethod
    def _figures(key: int | None, name: str, row: Any, budget: int | None = None
                 ) -> AidFigures:
        persons, payments, paid, approved = row[:4]
        return AidFigures(id=key, name=name, persons=int(persons or 0),
                          payments=int(payments or 0), paid_fen=int(paid or 0),
                          approved_fen=int(approved or 0), budget_fen=budget)

    def figures_by_program(self, flt: AidFilter | None = None) -> list[AidFigures]:
        """Per program: distinct persons paid, payments, amount paid (aggregate SQL)."""
        flt = flt or AidFilter()
        year = flt.year or self.ctx.today().year
        with self.ctx.read() as session:
            rows = session.exec(
                self._query(AidApplication.program_id, AidProgram.name,
                            *self._figure_columns())
                .join(AidProgram, col(AidProgram.id) == col(AidApplication.program_id))
                .where(*self._conditions(flt))
                .group_by(col(AidApplication.program_id), col(AidProgram.name))
                .order_by(col(AidProgram.name))).all()
            return [self._figures(r[0], r[1], r[2:], self._budget(session, r[0], year))
                    for r in rows]

    def batch_applications(self, batch_id: int) -> list[AidApplicationRead]:
        """The batch's applications (not the rejected ones), by name."""
        return [a for a in self.page(AidFilter(batch_id=batch_id), 0, 100_000, "name", False)
                if a.status is not AidStatus.REJECTED]


def masked_account(account: str | None) -> str:
    """A bank account for lists: the last four digits only."""
    if not account:
        return ""
    return "*" * max(len(account) - 4, 0) + account[-4:]


# -- intake routing, search, a person's page ------------------------------------------------------


def route_from_intake(session: Session, intake: IntakeCase,
                      operator: Operator) -> tuple[str, str, str]:
    """转帮扶: an aid application under 生活救助 in status 申请, the intake request as its
    reason; the amount is filled in when it is reviewed."""
    station = operator.station_code
    day = intake.transfer_on or intake.accepted_on or intake.registered_on
    program = session.exec(select(AidProgram).where(AidProgram.name == ROUTED_PROGRAM,
                                                    live(AidProgram))).first()
    if program is None:
        program = session.exec(select(AidProgram).where(live(AidProgram))
                               .order_by(col(AidProgram.sort_order))).first()
    if program is None or program.id is None:
        raise ValidationError("program_missing", field="program_id")
    number = next_number(session, station, RecordKind.AID, day.year)
    row = AidApplication(number=number, person_id=intake.person_id, program_id=program.id,
                         applied_on=day, year=day.year, reason=intake.summary[:2000],
                         requested_fen=0, station_code=station)
    session.add(row)
    session.flush()
    cases.record_event(session, KIND, row.uuid, STEP_APPLY, day,
                       f"由信访案件{intake.number}转入", station)
    session.flush()
    return KIND, row.uuid, row.number


def search_applications(session: Session, text: str, limit: int) -> list[SearchHit]:
    conditions = number_conditions(AidApplication.number, RecordKind.AID, text)
    if not conditions:
        return []
    rows = session.exec(
        select(AidApplication, Person.name, AidProgram.name)
        .join(Person, col(Person.id) == col(AidApplication.person_id))
        .join(AidProgram, col(AidProgram.id) == col(AidApplication.program_id))
        .where(live(AidApplication), or_(*conditions))
        .order_by(col(AidApplication.number).desc()).limit(limit)).all()
    return [SearchHit(kind="aid", number=r.number, title=f"{name}·{program}",
                      subtitle=f"{r.applied_on.isoformat()}  {r.status.value}",
                      record_id=r.id or 0) for r, name, program in rows]


def person_applications(session: Session, person_id: int) -> list[CaseSummary]:
    rows = session.exec(
        select(AidApplication, AidProgram.name)
        .join(AidProgram, col(AidProgram.id) == col(AidApplication.program_id))
        .where(AidApplication.person_id == person_id, live(AidApplication))
        .order_by(col(AidApplication.applied_on).desc())).all()
    return [CaseSummary(kind="aid", number=r.number, date=r.applied_on.isoformat(),
                        title=program, status=r.status.value) for r, program in rows]


if search_applications not in SEARCH_PROVIDERS:
    SEARCH_PROVIDERS.append(search_applications)
OVERVIEW_PROVIDERS["aid"] = person_applications
ROUTERS[Handling.TO_AID] = route_from_intake
