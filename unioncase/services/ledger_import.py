"""Ledger import (台账导入): the Excel ledgers a service center already keeps, taken in without
losing a row, and without writing anything twice.

All or nothing by default: every cell is checked first (``ledger_read``), then every row is
matched against the database; when any row has an error nothing is written and every problem is
listed. ``skip_invalid`` imports the valid rows and lists the others. Everything is written in
one transaction (with the audit trail), so a crash or a cancel leaves the database as it was.

Matching (a second import of the same workbook changes nothing):
- a row with a 案件编号 is the record with that number; without one, the record with the same
  content (the same person on the same day about the same thing, see ``_*_key``);
- persons by 身份证号 across every sheet (one person, however many rows); a person without an
  ID number is new with each new record;
- enterprises by 统一社会信用代码, else by exact name; organizations and fairs by name.

What a row becomes:
- 信访接待: an intake case (待办 已登记, 办理中, 已办结 with its date and result), the deadlines
  of its category, the group and repeat flags with the repeat link, its timeline;
- 调解组织 / 调解员: the registry; 调解案件: a case with its applicant, the claim, the mediator
  (when exactly one of that organization has the name), the outcome and the agreed amount;
- 帮扶救助: one paid aid payment (申请 and 发放 on the payment date), in its batch (made when
  missing), and a hardship file when the category is given and the person has none;
- 招聘会: a fair (with the declared numbers of employers and positions); 求职登记: a job seeker
  (rows with the same 案件编号, or the same person and date, are one seeker) and, with a
  推荐单位, one referral with its result.
"""

from __future__ import annotations

import io
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import and_, bindparam, or_, update
from sqlmodel import Session, col, select

from unioncase.db.bulk import BulkInsert
from unioncase.db.database import Operator
from unioncase.domain import mediation as mediation_rules
from unioncase.domain.aid import (
    STEP_APPLY as AID_STEP_APPLY,
)
from unioncase.domain.aid import (
    STEP_PAY as AID_STEP_PAY,
)
from unioncase.domain.aid import (
    AidStatus,
    BatchStatus,
    FileStatus,
    HardshipCategory,
    HardshipCause,
)
from unioncase.domain.deadlines import HolidayCalendar, period_end
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import UnionCaseError, ValidationError
from unioncase.domain.intake import (
    REPEAT_WINDOW_DAYS,
    Handling,
    IntakeChannel,
    IntakeStatus,
    is_group,
)
from unioncase.domain.jobs import FOLLOW_UP_DAYS, ReferralResult, SeekerSituation, SeekerSource
from unioncase.domain.mediation import (
    ARBITRATION_YEARS,
    COURT_CONFIRM_DAYS,
    MEDIATION_DAYS,
    DisputeType,
    MediationStatus,
    MediatorKind,
    OrganizationType,
    add_years,
    is_collective,
)
from unioncase.domain.money import format_yuan
from unioncase.domain.pinyin import pinyin_keys
from unioncase.domain.validators import IdNumber
from unioncase.models import (
    AidApplication,
    AidBatch,
    AidProgram,
    CaseEvent,
    CaseLink,
    Enterprise,
    FairEmployer,
    HardshipFile,
    IntakeCase,
    IntakeCategory,
    JobFair,
    JobSeeker,
    MediationAgreementItem,
    MediationCase,
    MediationCaseMediator,
    MediationClaim,
    MediationOrganization,
    MediationParty,
    Mediator,
    Person,
    Position,
    Referral,
)
from unioncase.repositories.registry import NumberRepository, live
from unioncase.services.backup import BackupService
from unioncase.services.calendar import CalendarService
from unioncase.services.context import ServiceContext
from unioncase.services.ledger_read import (
    LedgerProblem,
    LedgerRow,
    LedgerWorkbook,
    read_workbook,
)
from unioncase.services.numbers import parse_number

__all__ = ["LedgerImportService", "LedgerResult", "SheetCounts", "ledger_result_xlsx"]

INTAKE, ORGS, MEDIATORS, MEDIATION, AID, FAIRS, SEEKERS = (
    "信访接待", "调解组织", "调解员", "调解案件", "帮扶救助", "招聘会", "求职登记")
NOTE = "台账导入"
REPEAT_RELATION = "重复信访"  # as the intake service links them
CHUNK = 500  # values in one SQL IN (...)
AID_REVIEW_AFTER_DAYS = 365
PersonKey = tuple[str, str]  # ("id", ID number) or ("name", name)
Progress = Callable[[int, int, str], None]
T = TypeVar("T")

# 办理状态 of the intake ledger
PENDING, HANDLING, CLOSED = "待办", "办理中", "已办结"
INTAKE_STATES = (PENDING, HANDLING, CLOSED)
# 结果 of the mediation ledger
MEDIATION_RESULTS = {"调解中": MediationStatus.IN_MEDIATION,
                     "调解成功": MediationStatus.SUCCEEDED,
                     "调解不成": MediationStatus.FAILED, "撤回": MediationStatus.WITHDRAWN}


class ImportCancelled(UnionCaseError):  # noqa: N818 - an expected outcome, not a failure
    code = "ledger_cancelled"


class _DryRun(Exception):  # noqa: N818 - rolls the dry run's transaction back
    pass


# -- the result -----------------------------------------------------------------------------------


@dataclass
class SheetCounts:
    sheet: str
    rows: int = 0  # filled rows read
    created: int = 0  # rows that made a new record
    existing: int = 0  # rows already in the database (or repeated in the file)
    invalid: int = 0  # rows with an error: not imported


@dataclass
class LedgerResult:
    file: str
    sheets: list[SheetCounts]
    problems: list[LedgerProblem]
    written: bool = False
    dry_run: bool = False
    skip_invalid: bool = False
    persons_created: int = 0
    enterprises_created: int = 0

    @property
    def errors(self) -> list[LedgerProblem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[LedgerProblem]:
        return [p for p in self.problems if p.warning]

    @property
    def refused(self) -> bool:
        """Nothing was (or, in a dry run, would be) written because some cell is invalid."""
        return bool(self.errors) and not self.skip_invalid

    def counts(self, sheet: str) -> SheetCounts:
        for counts in self.sheets:
            if counts.sheet == sheet:
                return counts
        raise KeyError(sheet)

    @property
    def created(self) -> int:
        return sum(c.created for c in self.sheets)


def ledger_result_xlsx(result: LedgerResult, lang: str = "zh_CN") -> bytes:
    """The result as a workbook: a summary per sheet, then every problem, one per row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "导入结果"
    state = ("未导入（有错误）" if result.refused else
             "仅检查，未写入" if result.dry_run else "已导入")
    summary.append([f"台账：{result.file}", state])
    summary.append([])
    summary.append(["工作表", "读取行数", "新增", "已有", "有误"])
    for c in result.sheets:
        summary.append([c.sheet, c.rows, c.created, c.existing, c.invalid])
    summary.append(["合计", sum(c.rows for c in result.sheets), result.created,
                    sum(c.existing for c in result.sheets),
                    sum(c.invalid for c in result.sheets)])
    summary.append([])
    summary.append(["新登记职工", result.persons_created])
    summary.append(["新登记用人单位", result.enterprises_created])
    for cell in summary[3]:
        cell.font = Font(bold=True)
    summary["A1"].font = Font(bold=True)
    summary.column_dimensions["A"].width = 40
    for letter in "BCDE":
        summary.column_dimensions[letter].width = 12
    issues = book.create_sheet("问题")
    issues.append(["级别", "工作表", "行", "列", "说明"])
    for p in result.problems:
        issues.append(["提示" if p.warning else "错误", p.sheet, p.row or None, p.column,
                       p.message(lang)])
    for cell in issues[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (8, 12, 8, 18, 80), strict=True):
        issues.column_dimensions[letter].width = width
    issues.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- parsed rows ----------------------------------------------------------------------------------


@dataclass
class _PersonRef:
    name: str
    id: IdNumber | None
    phone: str | None

    @property
    def key(self) -> PersonKey:
        return ("id", self.id.value) if self.id is not None else ("name", self.name)


@dataclass
class _EnterpriseRef:
    name: str
    credit_code: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return ("code", self.credit_code) if self.credit_code else ("name", self.name)


@dataclass
class _Record:
    row: LedgerRow
    number: str | None
    existing: bool = False  # matched a record in the database or earlier in the file

    @property
    def creates(self) -> bool:
        """Whether importing the row writes anything."""
        return not self.existing


@dataclass
class _Intake(_Record):
    registered_on: date = date.min
    channel: IntakeChannel = IntakeChannel.VISIT
    person: _PersonRef = field(default_factory=lambda: _PersonRef("", None, None))
    head_count: int = 1
    employer: _EnterpriseRef | None = None
    category: str = ""
    summary: str = ""
    state: str = PENDING
    closed_on: date | None = None
    result: str | None = None


@dataclass
class _Org(_Record):
    name: str = ""
    org_type: OrganizationType = OrganizationType.TOWN
    town: str | None = None


@dataclass
class _Mediator(_Record):
    person: _PersonRef = field(default_factory=lambda: _PersonRef("", None, None))
    organization: str = ""
    kind: MediatorKind = MediatorKind.PART_TIME


@dataclass
class _Mediation(_Record):
    applied_on: date = date.min
    person: _PersonRef = field(default_factory=lambda: _PersonRef("", None, None))
    head_count: int = 1
    respondent: _EnterpriseRef = field(default_factory=lambda: _EnterpriseRef(""))
    dispute_type: DisputeType = DisputeType.OTHER
    claimed_fen: int = 0
    organization: str = ""
    mediator_name: str | None = None
    status: MediationStatus = MediationStatus.IN_MEDIATION
    concluded_on: date | None = None
    agreed_fen: int = 0


@dataclass
class _Payment(_Record):
    paid_on: date = date.min
    person: _PersonRef = field(default_factory=lambda: _PersonRef("", None, None))
    category: HardshipCategory | None = None
    cause: str | None = None
    program_id: int = 0
    batch: str | None = None
    amount_fen: int = 0


@dataclass
class _Fair(_Record):
    name: str = ""
    held_on: date = date.min
    venue: str = ""
    employers: int | None = None
    positions: int | None = None


@dataclass
class _Seeker(_Record):
    registered_on: date = date.min
    person: _PersonRef = field(default_factory=lambda: _PersonRef("", None, None))
    desired_job: str = ""
    employer: str | None = None
    position: str | None = None
    referred_on: date | None = None
    fair: str | None = None
    result: ReferralResult | None = None
    referral_existing: bool = False
    seeker_of: _Seeker | None = None  # an earlier row of the same seeker

    @property
    def creates(self) -> bool:
        return not self.existing or not self.referral_existing


# -- what the database already holds --------------------------------------------------------------


@dataclass
class _Known:
    """Reference data and existing keys, read before anything is written."""

    categories: dict[str, tuple[int, int]]  # name -> (days to accept, days to handle)
    programs: dict[str, int]
    organizations: dict[str, int]  # live, by name
    mediators: dict[tuple[str, str], list[int]]  # (organization name, person name) -> ids
    mediator_keys: set[tuple[str, PersonKey]]
    fairs: dict[str, list[tuple[date, int]]]  # name -> (held on, id)
    fair_keys: set[tuple[str, date]]
    persons: dict[str, tuple[int, str, bool]]  # ID number -> (id, name, deleted)
    numbers: dict[str, dict[str, bool]]  # sheet -> number -> deleted
    content: dict[str, set[Any]]  # sheet -> content keys of existing records
    seekers: dict[str, int]  # number -> seeker id, of the numbers in the file
    seeker_keys: dict[tuple[date, PersonKey], int]
    referral_keys: set[tuple[int, str, date]]  # (seeker id, enterprise name, referred on)

    def seeker_id(self, record: _Seeker) -> int | None:
        """The job seeker already registered for a row: by its number, else person and day."""
        if record.number is not None:
            return self.seekers.get(record.number)
        return self.seeker_keys.get((record.registered_on, record.person.key))


def _select(*columns: Any) -> Any:
    """``select`` of any columns (the typed overloads stop at four and refuse nullable ones)."""
    return select(*columns)


def _chunks(values: Iterable[T]) -> Iterable[list[T]]:
    items = list(values)
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _with_person(base: tuple[Any, ...], name: str,
                 id_number: str | None) -> list[tuple[Any, ...]]:
    """The content keys of an existing record: by its person's name, and by the ID number."""
    keys = [(*base, ("name", name))]
    if id_number:
        keys.append((*base, ("id", id_number)))
    return keys


def _normal_number(text: str | None) -> str | None:
    if not text:
        return None
    return unicodedata.normalize("NFKC", text).strip().upper() or None


# -- the service ----------------------------------------------------------------------------------


class LedgerImportService:
    def __init__(self, ctx: ServiceContext, calendar: CalendarService | None = None) -> None:
        self.ctx = ctx
        self.calendar = calendar or CalendarService(ctx)

    def run(self, source: Path | bytes, *, skip_invalid: bool = False, dry_run: bool = False,
            progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None, filename: str = "") -> LedgerResult:
        """Check and import a ledger workbook. Expected problems are in the result; a file
        that cannot be read at all raises ValidationError; a cancel raises ImportCancelled
        (nothing written)."""
        report = progress or (lambda done, total, what: None)
        stop = cancelled or (lambda: False)
        today = self.ctx.today()
        name = filename or (source.name if isinstance(source, Path) else "")
        self.ctx.operator()  # a station must be set before anything is read
        report(0, 1, "读取台账")
        book = read_workbook(source, today, progress=lambda d, t, w: report(d, t, f"读取{w}"))
        if stop():
            raise ImportCancelled()
        report(0, 1, "检查")
        known = self._known(book)
        parsed = _Parser(book, known, today).parse()
        result = LedgerResult(name, parsed.counts(), parsed.problems(), dry_run=dry_run,
                              skip_invalid=skip_invalid)
        if result.refused:
            return result
        if stop():
            raise ImportCancelled()
        if not dry_run and result.created and self.ctx.db.path is not None:
            report(0, 1, "备份数据库")
            BackupService(self.ctx).backup(reason="before-import")
        try:
            with self.ctx.write() as session:
                writer = _Writer(session, self.ctx.operator(), today, self.calendar.calendar(),
                                 known, report, stop)
                writer.write(parsed)
                result.persons_created = writer.persons_created
                result.enterprises_created = writer.enterprises_created
                if stop():
                    raise ImportCancelled()
                if dry_run:
                    raise _DryRun()
        except _DryRun:
            return result
        result.written = True
        return result

    # -- reading the database ---------------------------------------------------------------------
    def _known(self, book: LedgerWorkbook) -> _Known:
        sheets = book.sheets

        def column(sheet: str, name: str) -> list[Any]:
            if sheet not in sheets:
                return []
            return [r.cells[name] for r in sheets[sheet].rows if name in r.cells]

        id_numbers = {"".join(unicodedata.normalize("NFKC", v).split()).upper()
                      for sheet in (INTAKE, MEDIATORS, MEDIATION, AID, SEEKERS)
                      for v in column(sheet, "身份证号") if isinstance(v, str)}
        with self.ctx.read() as session:
            categories = {c.name: (c.accept_days, c.handle_days) for c in session.exec(
                select(IntakeCategory).where(live(IntakeCategory),
                                             col(IntakeCategory.active).is_(True))).all()}
            programs = {p.name: p.id or 0 for p in session.exec(
                select(AidProgram).where(live(AidProgram))).all()}
            organizations = {o.name: o.id or 0 for o in session.exec(
                select(MediationOrganization).where(live(MediationOrganization))).all()}
            mediators: dict[tuple[str, str], list[int]] = defaultdict(list)
            mediator_keys: set[tuple[str, PersonKey]] = set()
            for mediator_id, org_name, person_name, id_number in session.exec(
                    _select(Mediator.id, MediationOrganization.name, Person.name,
                           Person.id_number)
                    .join(MediationOrganization,
                          col(MediationOrganization.id) == col(Mediator.organization_id))
                    .join(Person, col(Person.id) == col(Mediator.person_id))
                    .where(live(Mediator))).all():
                mediators[(org_name, person_name)].append(mediator_id or 0)
                mediator_keys.add((org_name, ("name", person_name)))
                if id_number:
                    mediator_keys.add((org_name, ("id", id_number)))
            fairs: dict[str, list[tuple[date, int]]] = defaultdict(list)
            for fair_id, fair_name, held_on in session.exec(
                    _select(JobFair.id, JobFair.name, JobFair.held_on).where(live(JobFair))).all():
                fairs[fair_name].append((held_on, fair_id or 0))
            persons: dict[str, tuple[int, str, bool]] = {}
            for chunk in _chunks(id_numbers):
                for person_id, id_number, person_name, deleted in session.exec(
                        _select(Person.id, Person.id_number, Person.name, Person.deleted_at)
                        .where(col(Person.id_number).in_(chunk))).all():
                    persons[id_number or ""] = (person_id or 0, person_name, deleted is not None)
            numbers = {
                sheet: self._numbers(session, model, column(sheet, "案件编号"))
                for sheet, model in ((INTAKE, IntakeCase), (MEDIATION, MediationCase),
                                     (AID, AidApplication), (SEEKERS, JobSeeker))
            }
            seekers = {n: i for n, i in session.exec(
                select(JobSeeker.number, JobSeeker.id).where(
                    col(JobSeeker.number).in_(list(numbers[SEEKERS])), live(JobSeeker))).all()
                if i is not None}
            content = {
                INTAKE: self._intake_keys(session, column(INTAKE, "登记日期")),
                MEDIATION: self._mediation_keys(session, column(MEDIATION, "申请日期")),
                AID: self._aid_keys(session, column(AID, "发放日期")),
            }
            seeker_keys = self._seeker_keys(session, column(SEEKERS, "登记日期"))
            referral_keys = self._referral_keys(
                session, set(seekers.values()) | set(seeker_keys.values()))
        return _Known(categories, programs, organizations, dict(mediators), mediator_keys,
                      dict(fairs), {(n, d) for n, ds in fairs.items() for d, _i in ds},
                      persons, numbers, content, seekers, seeker_keys, referral_keys)

    @staticmethod
    def _numbers(session: Session, model: Any, values: list[Any]) -> dict[str, bool]:
        wanted = {n for n in (_normal_number(str(v)) for v in values) if n}
        found: dict[str, bool] = {}
        for chunk in _chunks(wanted):
            for number, deleted in session.exec(
                    select(model.number, model.deleted_at)
                    .where(col(model.number).in_(chunk))).all():
                found[number] = deleted is not None
        return found

    @staticmethod
    def _span(values: list[Any]) -> tuple[date, date] | None:
        """The widest date range the cells could mean (bad cells are reported later)."""
        from unioncase.domain.validators import parse_date

        days: list[date] = []
        for value in values:
            try:
                days.append(parse_date(value if not isinstance(value, int) else str(value)))
            except (ValidationError, TypeError):
                continue
        return (min(days), max(days)) if days else None

    def _intake_keys(self, session: Session, values: list[Any]) -> set[Any]:
        span = self._span(values)
        if span is None:
            return set()
        keys: set[Any] = set()
        for day, channel, category, summary, name, id_number in session.exec(
                _select(IntakeCase.registered_on, IntakeCase.channel, IntakeCase.category,
                       IntakeCase.summary, Person.name, Person.id_number)
                .join(Person, col(Person.id) == col(IntakeCase.person_id))
                .where(live(IntakeCase), col(IntakeCase.registered_on).between(*span))).all():
            keys.update(_with_person((day, IntakeChannel(channel).value, category, summary),
                                     name, id_number))
        return keys

    def _mediation_keys(self, session: Session, values: list[Any]) -> set[Any]:
        span = self._span(values)
        if span is None:
            return set()
        keys: set[Any] = set()
        for day, dispute, respondent, code, name, id_number in session.exec(
                _select(MediationCase.applied_on, MediationCase.dispute_type, Enterprise.name,
                        Enterprise.credit_code, Person.name, Person.id_number)
                .join(MediationParty, col(MediationParty.case_id) == col(MediationCase.id))
                .join(Person, col(Person.id) == col(MediationParty.person_id))
                .join(Enterprise, col(Enterprise.id) == col(MediationCase.respondent_id))
                .where(live(MediationCase), live(MediationParty),
                       col(MediationCase.applied_on).between(*span))).all():
            for employer in (("name", respondent), ("code", code)):
                if employer[1]:
                    keys.update(_with_person((day, DisputeType(dispute).value, employer),
                                             name, id_number))
        return keys

    def _aid_keys(self, session: Session, values: list[Any]) -> set[Any]:
        span = self._span(values)
        if span is None:
            return set()
        return {(day, program, amount or 0, id_number) for day, program, amount, id_number in
                session.exec(_select(AidApplication.paid_on, AidApplication.program_id,
                                    AidApplication.approved_fen, Person.id_number)
                             .join(Person, col(Person.id) == col(AidApplication.person_id))
                             .where(live(AidApplication),
                                    col(AidApplication.status) == AidStatus.PAID,
                                    col(AidApplication.paid_on).between(*span))).all()}

    def _seeker_keys(self, session: Session,
                     values: list[Any]) -> dict[tuple[date, PersonKey], int]:
        span = self._span(values)
        if span is None:
            return {}
        keys: dict[tuple[date, PersonKey], int] = {}
        for seeker_id, day, name, id_number in session.exec(
                _select(JobSeeker.id, JobSeeker.registered_on, Person.name, Person.id_number)
                .join(Person, col(Person.id) == col(JobSeeker.person_id))
                .where(live(JobSeeker), col(JobSeeker.registered_on).between(*span))).all():
            for key in _with_person((day,), name, id_number):
                keys.setdefault(key, seeker_id or 0)
        return keys

    @staticmethod
    def _referral_keys(session: Session, seeker_ids: set[int]) -> set[tuple[int, str, date]]:
        keys: set[tuple[int, str, date]] = set()
        for chunk in _chunks(seeker_ids):
            for seeker_id, name, day in session.exec(
                    _select(Referral.seeker_id, Enterprise.name, Referral.referred_on)
                    .join(Enterprise, col(Enterprise.id) == col(Referral.enterprise_id))
                    .where(live(Referral), col(Referral.seeker_id).in_(chunk))).all():
                keys.add((seeker_id, name, day))
        return keys


# -- checking the rows ----------------------------------------------------------------------------


class _Parser:
    """Turns the rows into records, checks what depends on other rows and on the database,
    and marks the records that exist already."""

    def __init__(self, book: LedgerWorkbook, known: _Known, today: date) -> None:
        self.book = book
        self.known = known
        self.today = today
        self.records: dict[str, list[_Record]] = {}
        self._names: dict[str, str] = {}  # ID number -> the name first seen with it

    def rows(self, sheet: str) -> list[LedgerRow]:
        found = self.book.sheets.get(sheet)
        if found is None or not found.usable:
            return []
        return found.rows

    def parse(self) -> _Parser:
        orgs = [r for r in map(self._org, self.rows(ORGS)) if r]
        self.records[ORGS] = list(orgs)
        self._dedupe(ORGS, lambda r: r.name)
        org_names = set(self.known.organizations) | {r.name for r in orgs if r.row.ok}
        self.records[MEDIATORS] = [r for r in (self._mediator(row, org_names)
                                               for row in self.rows(MEDIATORS)) if r]
        self._dedupe(MEDIATORS, lambda r: (r.organization, r.person.key))
        self.records[MEDIATION] = [r for r in (self._mediation(row, org_names)
                                               for row in self.rows(MEDIATION)) if r]
        fairs = [r for r in map(self._fair, self.rows(FAIRS)) if r]
        self.records[FAIRS] = list(fairs)
        self._dedupe(FAIRS, lambda r: (r.name, r.held_on))
        fair_names = set(self.known.fairs) | {r.name for r in fairs if r.row.ok}
        self.records[SEEKERS] = [r for r in (self._seeker(row, fair_names)
                                             for row in self.rows(SEEKERS)) if r]
        self.records[AID] = [r for r in map(self._payment, self.rows(AID)) if r]
        self.records[INTAKE] = [r for r in map(self._intake, self.rows(INTAKE)) if r]
        self._check_numbers()
        self._check_persons()
        self._mark_existing()
        self._join_seekers()
        self._link_mediators()
        return self

    def valid(self, sheet: str) -> list[Any]:
        return [r for r in self.records.get(sheet, []) if r.row.ok]

    def counts(self) -> list[SheetCounts]:
        result = []
        for name, sheet in self.book.sheets.items():
            counts = SheetCounts(name, rows=len(sheet.rows))
            if not sheet.usable:
                counts.invalid = len(sheet.rows)
            else:
                counts.invalid = sum(1 for r in sheet.rows if not r.ok)
                for record in self.valid(name):
                    if record.creates:
                        counts.created += 1
                    else:
                        counts.existing += 1
            result.append(counts)
        return result

    def problems(self) -> list[LedgerProblem]:
        found = list(self.book.problems)
        for sheet in self.book.sheets.values():
            found.extend(sheet.problems)
            if sheet.usable:
                for row in sheet.rows:
                    found.extend(row.problems)
        return found

    # -- one row each ---------------------------------------------------------------------------
    @staticmethod
    def _person(row: LedgerRow, name_column: str = "姓名", *,
                id_required: bool | None = None) -> _PersonRef:
        name = row.text(name_column, 50)
        return _PersonRef(name or "", row.id_number(required=id_required), row.phone())

    def _number(self, row: LedgerRow, kind: RecordKind) -> str | None:
        number = _normal_number(row.text("案件编号", 40))
        if number is not None:
            parsed = parse_number(number)
            if parsed is not None:
                if parsed.kind is not kind:
                    row.error("案件编号", "ledger_number_kind", number=number)
                    return None
                number = str(parsed)
        return number

    def _intake(self, row: LedgerRow) -> _Intake | None:
        record = _Intake(row, self._number(row, RecordKind.INTAKE))
        record.registered_on = row.day("登记日期") or date.min
        record.channel = row.choice("渠道", IntakeChannel) or IntakeChannel.VISIT
        record.person = self._person(row)
        record.head_count = row.count("人数", minimum=1, code="head_count_invalid") or 1
        employer = row.text("所在单位", 200)
        record.employer = _EnterpriseRef(employer) if employer else None
        category = row.text("反映类别", 40)
        if category is not None and category not in self.known.categories:
            row.error("反映类别", "ledger_category_unknown", value=category)
        record.category = category or ""
        record.summary = row.text("诉求摘要", 2000) or ""
        state = row.text("办理状态", 10)
        if state is not None and state not in INTAKE_STATES:
            row.error("办理状态", "choice_invalid", value=state)
            state = None
        record.state = state or PENDING
        record.result = row.text("办理结果", 2000)
        record.closed_on = row.day("办结日期", required=state == CLOSED)
        if record.closed_on is not None and state is not None:
            if state != CLOSED:
                row.error("办结日期", "ledger_only_when", depends="办理状态", value=CLOSED)
            elif record.closed_on < record.registered_on:
                row.error("办结日期", "ledger_date_before", depends="登记日期",
                          previous=record.registered_on.isoformat())
        return record

    def _org(self, row: LedgerRow) -> _Org | None:
        record = _Org(row, None)
        record.name = row.text("名称", 100) or ""
        record.org_type = row.choice("类型", OrganizationType) or OrganizationType.TOWN
        record.town = row.text("所属镇街", 50)
        record.existing = record.name in self.known.organizations
        return record

    def _mediator(self, row: LedgerRow, org_names: set[str]) -> _Mediator | None:
        record = _Mediator(row, None)
        record.person = self._person(row)
        record.organization = row.text("调解组织", 100) or ""
        if record.organization and record.organization not in org_names:
            row.error("调解组织", "ledger_organization_unknown", value=record.organization)
        record.kind = row.choice("类型", MediatorKind, default=MediatorKind.PART_TIME) \
            or MediatorKind.PART_TIME
        record.existing = (record.organization, record.person.key) in self.known.mediator_keys
        return record

    def _mediation(self, row: LedgerRow, org_names: set[str]) -> _Mediation | None:
        record = _Mediation(row, self._number(row, RecordKind.MEDIATION))
        record.applied_on = row.day("申请日期") or date.min
        record.person = self._person(row, "申请人")
        record.head_count = row.count("人数", minimum=1, code="head_count_invalid") or 1
        record.respondent = _EnterpriseRef(row.text("被申请单位", 200) or "", row.credit_code())
        record.dispute_type = row.choice("争议类型", DisputeType) or DisputeType.OTHER
        record.claimed_fen = row.money("请求金额") or 0
        record.organization = row.text("调解组织", 100) or ""
        if record.organization and record.organization not in org_names:
            row.error("调解组织", "ledger_organization_unknown", value=record.organization)
        record.mediator_name = row.text("调解员", 50)
        result = row.text("结果", 10)
        status = MEDIATION_RESULTS.get(result or "")
        if result is not None and status is None:
            row.error("结果", "choice_invalid", value=result)
        record.status = status or MediationStatus.IN_MEDIATION
        is_open = record.status is MediationStatus.IN_MEDIATION
        record.concluded_on = row.day("结案日期", required=status is not None and not is_open)
        if record.concluded_on is not None and status is not None:
            if is_open:
                row.error("结案日期", "ledger_only_when_not", depends="结果", value="调解中")
            elif record.concluded_on < record.applied_on:
                row.error("结案日期", "ledger_date_before", depends="申请日期",
                          previous=record.applied_on.isoformat())
        record.agreed_fen = row.money("协议金额") or 0
        if record.agreed_fen and status not in (None, MediationStatus.SUCCEEDED):
            row.error("协议金额", "ledger_only_when", depends="结果", value="调解成功")
        return record

    def _payment(self, row: LedgerRow) -> _Payment | None:
        record = _Payment(row, self._number(row, RecordKind.AID))
        record.paid_on = row.day("发放日期") or date.min
        record.person = self._person(row)
        record.category = row.choice("困难类别", HardshipCategory)
        record.cause = row.text("致困原因", 200)
        program = row.text("救助项目", 50)
        if program is not None and program not in self.known.programs:
            row.error("救助项目", "ledger_program_unknown", value=program,
                      programs="、".join(self.known.programs))
        record.program_id = self.known.programs.get(program or "", 0)
        record.batch = row.text("批次", 100)
        record.amount_fen = row.money("金额", positive=True) or 0
        return record

    def _fair(self, row: LedgerRow) -> _Fair | None:
        record = _Fair(row, None)
        record.name = row.text("名称", 100) or ""
        record.held_on = row.day("举办日期") or date.min
        record.venue = row.text("地点", 200) or ""
        record.employers = row.count("参会企业数")
        record.positions = row.count("提供岗位数")
        record.existing = (record.name, record.held_on) in self.known.fair_keys
        return record

    def _seeker(self, row: LedgerRow, fair_names: set[str]) -> _Seeker | None:
        record = _Seeker(row, self._number(row, RecordKind.JOB))
        record.registered_on = row.day("登记日期") or date.min
        record.person = self._person(row)
        record.desired_job = row.text("求职意向", 100) or ""
        record.employer = row.text("推荐单位", 200)
        record.position = row.text("推荐岗位", 100)
        record.referred_on = row.day("推荐日期", required=record.employer is not None)
        record.fair = row.text("招聘会", 100)
        if record.fair is not None and record.fair not in fair_names:
            row.error("招聘会", "ledger_fair_unknown", value=record.fair)
        record.result = row.choice("结果", ReferralResult)
        if record.employer is None:
            for column in ("推荐岗位", "推荐日期", "结果"):
                if row.has(column):
                    row.error(column, "ledger_needs", depends="推荐单位")
        elif record.result is None:
            record.result = ReferralResult.PENDING
        if record.referred_on is not None and record.referred_on < record.registered_on:
            row.error("推荐日期", "ledger_date_before", depends="登记日期",
                      previous=record.registered_on.isoformat())
        return record

    # -- across rows ------------------------------------------------------------------------------
    def _dedupe(self, sheet: str, key: Callable[[Any], Any]) -> None:
        """A row repeating an earlier one of the same sheet is that record."""
        first: dict[Any, LedgerRow] = {}
        for record in self.records[sheet]:
            if not record.row.ok:
                continue
            k = key(record)
            if k in first:
                record.existing = True
                record.row.warn("", "ledger_duplicate_row", row=first[k].number)
            else:
                first[k] = record.row

    def _check_numbers(self) -> None:
        for sheet in (INTAKE, MEDIATION, AID, SEEKERS):
            seen: dict[str, _Record] = {}
            known = self.known.numbers.get(sheet, {})
            for record in self.records[sheet]:
                number = record.number
                if number is None or not record.row.ok:
                    continue
                if known.get(number):
                    record.row.error("案件编号", "ledger_number_deleted", number=number)
                    continue
                earlier = seen.get(number)
                if earlier is None:
                    seen[number] = record
                    continue
                if sheet != SEEKERS:
                    record.row.error("案件编号", "ledger_number_repeated", number=number,
                                     row=earlier.row.number)
                    continue
                assert isinstance(record, _Seeker)
                assert isinstance(earlier, _Seeker)
                if record.person.key != earlier.person.key:
                    record.row.error("案件编号", "ledger_number_other_person", number=number,
                                     row=earlier.row.number)

    def _check_persons(self) -> None:
        """ID numbers of deleted persons refuse the row; another name is worth a note."""
        for sheet in (INTAKE, MEDIATORS, MEDIATION, AID, SEEKERS):
            name_column = "申请人" if sheet == MEDIATION else "姓名"
            for record in self.records.get(sheet, []):
                person: _PersonRef | None = getattr(record, "person", None)
                if person is None or person.id is None or not record.row.ok:
                    continue
                found = self.known.persons.get(person.id.value)
                if found is not None and found[2]:
                    record.row.error("身份证号", "person_deleted")
                    continue
                name = found[1] if found is not None else self._names.setdefault(
                    person.id.value, person.name)
                if name != person.name:
                    record.row.warn(name_column, "ledger_name_differs", name=name)

    def _mark_existing(self) -> None:
        k = self.known
        keyed: list[tuple[str, Callable[[Any], Any]]] = [
            (INTAKE, lambda r: (r.registered_on, r.channel.value, r.category, r.summary,
                                r.person.key)),
            (MEDIATION, lambda r: (r.applied_on, r.dispute_type.value, r.respondent.key,
                                   r.person.key)),
            (AID, lambda r: (r.paid_on, r.program_id, r.amount_fen,
                             r.person.id.value if r.person.id else "")),
        ]
        for sheet, key in keyed:
            first: dict[Any, LedgerRow] = {}
            for record in self.valid(sheet):
                if record.number is not None:
                    record.existing = record.number in k.numbers[sheet]
                    continue
                content = key(record)
                if content in k.content[sheet]:
                    record.existing = True
                elif content in first:
                    record.existing = True
                    record.row.warn("", "ledger_duplicate_row", row=first[content].number)
                else:
                    first[content] = record.row

    def _join_seekers(self) -> None:
        """Rows of one seeker share the seeker; each referral is matched on its own."""
        by_key: dict[Any, _Seeker] = {}
        for record in self.valid(SEEKERS):
            assert isinstance(record, _Seeker)
            key: tuple[Any, ...] = ("number", record.number) if record.number else (
                "person", record.registered_on, record.person.key)
            earlier = by_key.get(key)
            if earlier is not None:
                record.seeker_of = earlier
            else:
                by_key[key] = record
            seeker_id = self.known.seeker_id(record)
            record.existing = seeker_id is not None or earlier is not None
            if record.employer is None or record.referred_on is None:
                record.referral_existing = True  # nothing to refer
            else:
                referral = (seeker_id, record.employer, record.referred_on)
                record.referral_existing = seeker_id is not None and \
                    referral in self.known.referral_keys
        seen: dict[Any, LedgerRow] = {}
        for record in self.valid(SEEKERS):
            if record.referral_existing:
                continue
            root = record.seeker_of or record
            key = (id(root), record.employer, record.referred_on)
            if key in seen:
                record.referral_existing = True
                record.row.warn("", "ledger_duplicate_row", row=seen[key].number)
            else:
                seen[key] = record.row

    def _link_mediators(self) -> None:
        """The mediator named in a case: linked when exactly one of its organization has that
        name (in the database or the 调解员 sheet); otherwise noted, not linked."""
        named: dict[tuple[str, str], int] = defaultdict(int)
        for key, ids in self.known.mediators.items():
            named[key] += len(ids)
        for mediator in self.valid(MEDIATORS):
            if not mediator.existing:
                named[(mediator.organization, mediator.person.name)] += 1
        for record in self.valid(MEDIATION):
            if record.mediator_name is None or record.existing:
                continue
            count = named.get((record.organization, record.mediator_name), 0)
            if count != 1:
                record.row.warn("调解员", "ledger_mediator_not_linked" if count == 0
                                else "ledger_mediator_ambiguous", name=record.mediator_name,
                                organization=record.organization, count=count)
                record.mediator_name = None


# -- writing --------------------------------------------------------------------------------------

Row = dict[str, Any]


class _Writer:
    """Writes the new records of a checked ledger inside the caller's transaction, one bulk
    insert per table and phase (see ``unioncase.db.bulk``), with their timelines and audit
    events."""

    def __init__(self, session: Session, operator: Operator, today: date,
                 calendar: HolidayCalendar, known: _Known, report: Progress,
                 stop: Callable[[], bool]) -> None:
        self.s = session
        self.bulk = BulkInsert(session, operator)
        self.station = operator.station_code
        self.today = today
        self.calendar = calendar
        self.known = known
        self.report = report
        self.stop = stop
        self.numbers = NumberRepository(session)
        # Rows by what names them; rows of the database are {"id": ...}.
        self.persons: dict[str, Row] = {k: {"id": v[0]} for k, v in known.persons.items()}
        self.anonymous: dict[int, Row] = {}  # id(record) -> its person without ID number
        self.enterprises: dict[tuple[str, str], Row] = {}  # ("code"|"name", value)
        self.organizations: dict[str, int] = dict(known.organizations)
        self.mediator_ids: dict[tuple[str, str], int] = {
            k: v[0] for k, v in known.mediators.items() if len(v) == 1}
        self.fairs: dict[str, list[tuple[date, int]]] = {
            n: list(v) for n, v in known.fairs.items()}
        self.events: list[Row] = []
        self.persons_created = 0
        self.enterprises_created = 0

    def _phase(self, done: int, what: str) -> None:
        if self.stop():
            raise ImportCancelled()
        self.report(done, 8, what)

    def write(self, parsed: _Parser) -> None:
        intake = [r for r in parsed.valid(INTAKE) if not r.existing]
        orgs = [r for r in parsed.valid(ORGS) if not r.existing]
        mediators = [r for r in parsed.valid(MEDIATORS) if not r.existing]
        mediation = [r for r in parsed.valid(MEDIATION) if not r.existing]
        payments = [r for r in parsed.valid(AID) if not r.existing]
        fairs = [r for r in parsed.valid(FAIRS) if not r.existing]
        seekers = [r for r in parsed.valid(SEEKERS) if r.creates]
        self._keep_numbers([r.number for r in [*intake, *mediation, *payments, *seekers]
                            if r.number is not None and not r.existing])
        self._phase(1, "用人单位")
        self._enterprises([*[r.employer for r in intake if r.employer],
                           *[r.respondent for r in mediation],
                           *[_EnterpriseRef(r.employer) for r in seekers
                             if r.employer and not r.referral_existing]])
        self._phase(2, "职工")
        self._persons([*[(r.person, r) for r in intake], *[(r.person, r) for r in mediators],
                       *[(r.person, r) for r in mediation], *[(r.person, r) for r in payments],
                       *[(r.person, r) for r in seekers if not r.existing]])
        self._phase(3, "调解组织和调解员")
        self._write_orgs(orgs)
        self._write_mediators(mediators)
        self._phase(4, "招聘会")
        self._write_fairs(fairs)
        self._phase(5, "信访接待")
        self._write_intake(intake)
        self._phase(6, "调解案件")
        self._write_mediation(mediation)
        self._phase(7, "帮扶救助")
        self._write_payments(payments)
        self._phase(8, "求职登记")
        self._write_seekers(seekers)
        self.bulk.insert(CaseEvent, self.events, ids=False)
        self.bulk.finish()
        self.s.flush()

    # -- numbers, registries --------------------------------------------------------------------
    def _keep_numbers(self, numbers: list[str]) -> None:
        """Numbers given in the ledger are kept; new ones are handed out past them."""
        highest: dict[tuple[str, str, int], int] = {}
        for number in numbers:
            parsed = parse_number(number)
            if parsed is not None:
                key = (parsed.station_code, parsed.kind.value, parsed.year)
                highest[key] = max(highest.get(key, 0), parsed.sequence)
        for (station, kind, year), value in highest.items():
            self.numbers.bump_to(station, kind, year, value)
        self.s.flush()

    def _take_numbers(self, kind: RecordKind, years: Sequence[int]) -> list[str]:
        """New numbers for records of the given years, in order."""
        needed: dict[int, int] = defaultdict(int)
        for year in years:
            needed[year] += 1
        next_of = {year: self.numbers.reserve(self.station, kind.value, year, count)
                   for year, count in needed.items()}
        result = []
        for year in years:
            result.append(f"{self.station}-{kind.value}-{year}-{next_of[year]:05d}")
            next_of[year] += 1
        return result

    def _numbered(self, records: Sequence[Any], kind: RecordKind,
                  day: Callable[[Any], date]) -> list[str]:
        unnumbered = [r for r in records if r.number is None]
        fresh = iter(self._take_numbers(kind, [day(r).year for r in unnumbered]))
        return [r.number if r.number is not None else next(fresh) for r in records]

    def _enterprises(self, refs: list[_EnterpriseRef]) -> None:
        codes = {r.credit_code for r in refs if r.credit_code}
        names = {r.name for r in refs}
        for chunk in _chunks(codes):
            for enterprise_id, code in self.s.exec(_select(Enterprise.id, Enterprise.credit_code)
                                                   .where(col(Enterprise.credit_code)
                                                          .in_(chunk))).all():
                self.enterprises[("code", code)] = {"id": enterprise_id, "credit_code": code}
        for chunk in _chunks(names):
            for enterprise_id, name, code in self.s.exec(
                    _select(Enterprise.id, Enterprise.name, Enterprise.credit_code)
                    .where(col(Enterprise.name).in_(chunk), live(Enterprise))
                    .order_by(col(Enterprise.id))).all():
                self.enterprises.setdefault(("name", name),
                                            {"id": enterprise_id, "credit_code": code})
        new: list[Row] = []
        for ref in refs:
            if self._enterprise(ref) is not None:
                continue
            by_name = self.enterprises.get(("name", ref.name))
            if ref.credit_code and by_name is not None and not by_name.get("credit_code"):
                # The ledger completes the registry: the enterprise named has no code yet.
                by_name["credit_code"] = ref.credit_code
                if by_name.get("id") is not None:
                    found = self.s.get(Enterprise, by_name["id"])
                    assert found is not None
                    found.credit_code = ref.credit_code
                self.enterprises[("code", ref.credit_code)] = by_name
                continue
            if by_name is not None and not ref.credit_code:
                continue
            name_pinyin, initials = pinyin_keys(ref.name)
            row: Row = {"id": None, "name": ref.name, "credit_code": ref.credit_code,
                        "name_pinyin": name_pinyin, "name_initials": initials}
            new.append(row)
            if ref.credit_code:
                self.enterprises[("code", ref.credit_code)] = row
            self.enterprises.setdefault(("name", ref.name), row)
        for row, number in zip(new, self._take_numbers(
                RecordKind.ENTERPRISE, [self.today.year] * len(new)), strict=True):
            row["number"] = number
            del row["id"]
        self.s.flush()  # a code given to a known enterprise, before the new ones arrive
        self.bulk.insert(Enterprise, new)
        self.enterprises_created = len(new)

    def _enterprise(self, ref: _EnterpriseRef) -> Row | None:
        return self.enterprises.get(ref.key)

    def enterprise_id(self, ref: _EnterpriseRef | None) -> int | None:
        if ref is None:
            return None
        row = self._enterprise(ref)
        assert row is not None, "every enterprise named is found or made first"
        return int(row["id"])

    def referred_to(self, name: str) -> int:
        """The id of the enterprise a referral names (by its exact name)."""
        found = self.enterprise_id(_EnterpriseRef(name))
        assert found is not None
        return found

    def _persons(self, refs: list[tuple[_PersonRef, _Record]]) -> None:
        """Persons of the new records: found by ID number, or made (once per ID number)."""
        new: list[Row] = []
        for ref, record in refs:
            if ref.id is not None and ref.id.value in self.persons:
                continue
            name_pinyin, initials = pinyin_keys(ref.name)
            employer = getattr(record, "employer", None)
            row: Row = {
                "name": ref.name, "phone": ref.phone,
                "id_number": ref.id.value if ref.id else None,
                "id_number_rev": ref.id.value[::-1] if ref.id else None,
                "sex": ref.id.sex if ref.id else None,
                "birth_date": ref.id.birth_date if ref.id else None,
                "employer_id": self.enterprise_id(employer) if isinstance(
                    employer, _EnterpriseRef) else None,
                "name_pinyin": name_pinyin, "name_initials": initials}
            new.append(row)
            if ref.id is not None:
                self.persons[ref.id.value] = row
            else:
                self.anonymous[id(record)] = row
        for row, number in zip(new, self._take_numbers(
                RecordKind.PERSON, [self.today.year] * len(new)), strict=True):
            row["number"] = number
        self.bulk.insert(Person, new)
        self.persons_created = len(new)

    def person_id(self, ref: _PersonRef, record: _Record) -> int:
        row = self.persons[ref.id.value] if ref.id is not None else self.anonymous[id(record)]
        return int(row["id"])

    def _event(self, kind: RecordKind, uuid: str, step: str, day: date, note: str) -> None:
        self.events.append({"case_kind": kind.value, "case_uuid": uuid, "step": step,
                            "note": note[:2000], "happened_on": day})

    # -- the lines of work ------------------------------------------------------------------------
    def _write_orgs(self, records: list[_Org]) -> None:
        rows: list[Row] = [{"name": r.name, "org_type": r.org_type, "town": r.town}
                           for r in records]
        self.bulk.insert(MediationOrganization, rows)
        for row in rows:
            self.organizations[row["name"]] = row["id"]

    def _write_mediators(self, records: list[_Mediator]) -> None:
        rows: list[Row] = [{"person_id": self.person_id(r.person, r),
                 "organization_id": self.organizations[r.organization], "kind": r.kind,
                 "phone": r.person.phone} for r in records]
        self.bulk.insert(Mediator, rows)
        for r, row in zip(records, rows, strict=True):
            self.mediator_ids[(r.organization, r.person.name)] = row["id"]

    def _write_fairs(self, records: list[_Fair]) -> None:
        rows: list[Row] = [{"name": r.name, "held_on": r.held_on, "venue": r.venue,
                 "declared_employers": r.employers, "declared_positions": r.positions}
                for r in records]
        self.bulk.insert(JobFair, rows)
        for row in rows:
            self.fairs.setdefault(row["name"], []).append((row["held_on"], row["id"]))

    def fair_id(self, name: str | None, on: date) -> int | None:
        """The fair of that name: the latest held on or before ``on``, else the first."""
        if name is None:
            return None
        held = sorted(self.fairs[name])
        before = [f for f in held if f[0] <= on]
        return (before[-1] if before else held[0])[1]

    def _write_intake(self, records: list[_Intake]) -> None:
        if not records:
            return
        numbers = self._numbered(records, RecordKind.INTAKE, lambda r: r.registered_on)
        rows: list[Row] = []
        for r, number in zip(records, numbers, strict=True):
            accept_days, handle_days = self.known.categories[r.category]
            accepted = r.registered_on if r.state != PENDING else None
            handle_due = (period_end(accepted, handle_days, self.calendar)
                          if accepted is not None else None)
            rows.append({
                "number": number, "channel": r.channel, "registered_on": r.registered_on,
                "person_id": self.person_id(r.person, r), "phone": r.person.phone,
                "employer_id": self.enterprise_id(r.employer), "category": r.category,
                "head_count": r.head_count, "is_group": is_group(r.head_count),
                "summary": r.summary,
                "status": {PENDING: IntakeStatus.REGISTERED, HANDLING: IntakeStatus.IN_PROGRESS,
                           CLOSED: IntakeStatus.CLOSED}[r.state],
                "accepted_on": accepted,
                "accept_due": period_end(r.registered_on, accept_days, self.calendar),
                "handle_due": handle_due, "closed_on": r.closed_on, "result": r.result,
                "handling": Handling.REPLY if r.state == CLOSED else None,
                "handle_overdue": bool(r.closed_on and handle_due and r.closed_on > handle_due),
                "is_repeat": False, "repeat_of_id": None})
        self.bulk.insert(IntakeCase, rows)
        earlier = self._repeats(rows)
        links: list[Row] = []
        kind = RecordKind.INTAKE
        for row in rows:
            notes = [row["channel"].value]
            if row["is_group"]:
                notes.append(f"集体访{row['head_count']}人")
            before = earlier.get(row["id"])
            if before is not None:
                row["is_repeat"], row["repeat_of_id"] = True, before[0]
                notes.append(f"重复信访（{before[2]}）")
                links.append({"from_kind": kind.value, "from_uuid": row["uuid"],
                              "from_number": row["number"], "to_kind": kind.value,
                              "to_uuid": before[1], "to_number": before[2],
                              "relation": REPEAT_RELATION})
            notes.append(NOTE)
            self._event(kind, row["uuid"], "登记", row["registered_on"], "，".join(notes))
            if row["accepted_on"] is not None:
                self._event(kind, row["uuid"], "受理", row["accepted_on"], NOTE)
            if row["closed_on"] is not None:
                self._event(kind, row["uuid"], "办结", row["closed_on"], row["result"] or "")
        repeats = [{"row_id": r["id"], "repeat_of": r["repeat_of_id"]} for r in rows
                   if r["is_repeat"]]
        if repeats:
            table = IntakeCase.__table__  # type: ignore[attr-defined]
            self.s.execute(update(table).where(table.c.id == bindparam("row_id"))
                           .values(is_repeat=True, repeat_of_id=bindparam("repeat_of")),
                           repeats)
        self.bulk.insert(CaseLink, links, ids=False)

    def _repeats(self, rows: list[Row]) -> dict[int, tuple[int, str, str]]:
        """For each new case, the latest case of the same person, or of the same employer and
        category, registered within REPEAT_WINDOW_DAYS before it (as the intake service flags
        them): new case id -> (id, uuid, number) of the earlier one."""
        first = min(r["registered_on"] for r in rows) - timedelta(days=REPEAT_WINDOW_DAYS)
        last = max(r["registered_on"] for r in rows)
        persons = {r["person_id"] for r in rows}
        employers = {r["employer_id"] for r in rows if r["employer_id"] is not None}
        conditions = [col(IntakeCase.person_id).in_(list(persons))]
        if employers:
            conditions.append(col(IntakeCase.employer_id).in_(list(employers)))
        found_cases = self.s.exec(
            _select(IntakeCase.id, IntakeCase.uuid, IntakeCase.number, IntakeCase.registered_on,
                    IntakeCase.person_id, IntakeCase.employer_id, IntakeCase.category)
            .where(live(IntakeCase), col(IntakeCase.registered_on).between(first, last),
                   or_(*conditions))
            .order_by(col(IntakeCase.registered_on), col(IntakeCase.id))).all()
        latest_person: dict[int, tuple[date, int, str, str]] = {}
        latest_employer: dict[tuple[int, str], tuple[date, int, str, str]] = {}
        found: dict[int, tuple[int, str, str]] = {}
        window = timedelta(days=REPEAT_WINDOW_DAYS)
        for case_id, uuid, number, day, person_id, employer_id, category in found_cases:
            candidates = [latest_person.get(person_id)]
            if employer_id is not None:
                candidates.append(latest_employer.get((employer_id, category)))
            hits = [c for c in candidates if c is not None and day - c[0] <= window]
            if hits:
                best = max(hits, key=lambda c: (c[0], c[1]))
                found[case_id] = (best[1], best[2], best[3])
            entry = (day, case_id, uuid, number)
            latest_person[person_id] = entry
            if employer_id is not None:
                latest_employer[(employer_id, category)] = entry
        new_ids = {r["id"] for r in rows}
        return {k: v for k, v in found.items() if k in new_ids}

    def _write_mediation(self, records: list[_Mediation]) -> None:
        if not records:
            return
        numbers = self._numbered(records, RecordKind.MEDIATION, lambda r: r.applied_on)
        rows: list[Row] = []
        for r, number in zip(records, numbers, strict=True):
            due = period_end(r.applied_on, MEDIATION_DAYS, self.calendar)
            day = r.concluded_on
            rows.append({
                "number": number, "applied_on": r.applied_on,
                "respondent_id": self.enterprise_id(r.respondent),
                "dispute_type": r.dispute_type, "head_count": r.head_count,
                "is_collective": is_collective(r.head_count),
                "organization_id": self.organizations[r.organization], "status": r.status,
                "accepted_on": r.applied_on, "limit_due": due, "due_on": due,
                "concluded_on": day, "concluded_late": day is not None and day > due,
                "court_confirm_due": (period_end(day, COURT_CONFIRM_DAYS, self.calendar)
                                      if day and r.status is MediationStatus.SUCCEEDED
                                      else None),
                "arbitration_limit_on": (
                    self.calendar.next_working_day(add_years(day, ARBITRATION_YEARS))
                    if day and r.status is MediationStatus.FAILED else None)})
        self.bulk.insert(MediationCase, rows)
        parties: list[Row] = []
        claims: list[Row] = []
        mediators: list[Row] = []
        items: list[Row] = []
        kind = RecordKind.MEDIATION
        for r, row in zip(records, rows, strict=True):
            case_id = row["id"]
            parties.append({"case_id": case_id, "person_id": self.person_id(r.person, r)})
            claims.append({"case_id": case_id, "item": r.dispute_type.value,
                           "amount_fen": r.claimed_fen})
            if r.mediator_name is not None:
                mediators.append({"case_id": case_id, "mediator_id": self.mediator_ids[
                    (r.organization, r.mediator_name)]})
            if r.status is MediationStatus.SUCCEEDED and r.agreed_fen:
                items.append({"case_id": case_id, "item": r.dispute_type.value,
                              "amount_fen": r.agreed_fen, "payer": r.respondent.name[:200],
                              "payee": r.person.name})
            note = f"集体争议{row['head_count']}人，{NOTE}" if row["is_collective"] else NOTE
            self._event(kind, row["uuid"], mediation_rules.STEP_APPLY, r.applied_on, note)
            self._event(kind, row["uuid"], mediation_rules.STEP_ACCEPT, r.applied_on,
                        f"调解期限至{row['due_on'].isoformat()}")
            if r.concluded_on is not None:
                step = {MediationStatus.SUCCEEDED: mediation_rules.STEP_AGREE,
                        MediationStatus.FAILED: mediation_rules.STEP_FAIL,
                        MediationStatus.WITHDRAWN: mediation_rules.STEP_WITHDRAW}[r.status]
                outcome = f"协议金额{format_yuan(r.agreed_fen)}元" if r.agreed_fen else ""
                self._event(kind, row["uuid"], step, r.concluded_on, outcome)
        self.bulk.insert(MediationParty, parties, ids=False)
        self.bulk.insert(MediationClaim, claims, ids=False)
        self.bulk.insert(MediationCaseMediator, mediators, ids=False)
        self.bulk.insert(MediationAgreementItem, items, ids=False)

    def _write_payments(self, records: list[_Payment]) -> None:
        if not records:
            return
        batches = self._batches(records)
        numbers = self._numbered(records, RecordKind.AID, lambda r: r.paid_on)
        rows: list[Row] = [{
            "number": number, "person_id": self.person_id(r.person, r),
            "program_id": r.program_id,
            "batch_id": batches.get((r.program_id, r.paid_on.year, r.batch or "")),
            "applied_on": r.paid_on, "year": r.paid_on.year, "reason": r.cause or "",
            "requested_fen": r.amount_fen, "approved_fen": r.amount_fen,
            "status": AidStatus.PAID, "reviewed_on": r.paid_on, "approved_on": r.paid_on,
            "paid_on": r.paid_on} for r, number in zip(records, numbers, strict=True)]
        self.bulk.insert(AidApplication, rows)
        for row in rows:
            self._event(RecordKind.AID, row["uuid"], AID_STEP_APPLY, row["applied_on"], NOTE)
            self._event(RecordKind.AID, row["uuid"], AID_STEP_PAY, row["paid_on"],
                        f"{format_yuan(row['approved_fen'])}元")
        self._files(records)

    def _batches(self, records: list[_Payment]) -> dict[tuple[int, int, str], int]:
        """The batch of each (program, year, name): the one kept, or a new one, paid."""
        wanted: dict[tuple[int, int, str], list[date]] = defaultdict(list)
        for r in records:
            if r.batch:
                wanted[(r.program_id, r.paid_on.year, r.batch)].append(r.paid_on)
        if not wanted:
            return {}
        found: dict[tuple[int, int, str], int] = {}
        for batch_id, program_id, year, name in self.s.exec(
                _select(AidBatch.id, AidBatch.program_id, AidBatch.year, AidBatch.name).where(
                    live(AidBatch), col(AidBatch.name).in_({k[2] for k in wanted}))).all():
            if (program_id, year, name) in wanted:
                found[(program_id, year, name)] = batch_id
        new: dict[tuple[int, int, str], Row] = {key: {
                     "name": key[2], "program_id": key[0], "year": key[1],
                     "planned_on": min(days), "status": BatchStatus.PAID,
                     "approved_on": min(days), "paid_on": max(days)}
               for key, days in wanted.items() if key not in found}
        self.bulk.insert(AidBatch, list(new.values()))
        found.update({key: row["id"] for key, row in new.items()})
        return found

    def _files(self, records: list[_Payment]) -> None:
        """A hardship file for each person with a category and no live file yet."""
        wanted: dict[int, _Payment] = {}
        for r in records:
            if r.category is not None:
                wanted.setdefault(self.person_id(r.person, r), r)
        if not wanted:
            return
        have: set[int] = set()
        for chunk in _chunks(wanted):
            have.update(self.s.exec(select(HardshipFile.person_id).where(
                col(HardshipFile.person_id).in_(chunk), live(HardshipFile))).all())
        rows = []
        for person_id, r in wanted.items():
            if person_id in have:
                continue
            causes, notes = _causes(r.cause)
            rows.append({"person_id": person_id, "year": r.paid_on.year, "category": r.category,
                         "causes": causes, "notes": notes, "status": FileStatus.ACTIVE,
                         "review_due": self.today + timedelta(days=AID_REVIEW_AFTER_DAYS)})
        self.bulk.insert(HardshipFile, rows, ids=False)

    def _write_seekers(self, records: list[_Seeker]) -> None:
        if not records:
            return
        kind = RecordKind.JOB
        fresh = [r for r in records if not r.existing]
        numbers = self._numbered(fresh, kind, lambda r: r.registered_on)
        made: dict[int, Row] = {}
        for r, number in zip(fresh, numbers, strict=True):
            fair_id = self.fair_id(r.fair, r.registered_on)
            made[id(r)] = {
                "number": number, "person_id": self.person_id(r.person, r),
                "registered_on": r.registered_on, "desired_job": r.desired_job,
                "situation": SeekerSituation.OTHER,
                "source": SeekerSource.FAIR if fair_id else SeekerSource.DESK,
                "fair_id": fair_id}
        self.bulk.insert(JobSeeker, list(made.values()))
        for seeker in made.values():
            self._event(kind, seeker["uuid"], "求职登记", seeker["registered_on"],
                        "，".join(t for t in (seeker["desired_job"], NOTE) if t))
        referred = [r for r in records if not r.referral_existing]
        positions = self._positions(referred)
        referrals: list[Row] = []
        for r in referred:
            assert r.employer is not None
            assert r.referred_on is not None
            root = r.seeker_of or r
            if id(root) in made:
                seeker_id, seeker_uuid = made[id(root)]["id"], made[id(root)]["uuid"]
            else:
                held = self.s.get(JobSeeker, self.known.seeker_id(root))
                assert held is not None
                seeker_id, seeker_uuid = held.id, held.uuid
            enterprise_id = self.referred_to(r.employer)
            result = r.result or ReferralResult.PENDING
            referrals.append({
                "seeker_id": seeker_id, "enterprise_id": enterprise_id,
                "position_id": positions.get((enterprise_id, r.position or "")),
                "fair_id": self.fair_id(r.fair, r.referred_on), "referred_on": r.referred_on,
                "follow_up_due": r.referred_on + timedelta(days=FOLLOW_UP_DAYS),
                "result": result})
            self._event(kind, seeker_uuid, "推荐", r.referred_on,
                        f"{r.employer} {r.position or ''}".strip())
            if result is not ReferralResult.PENDING:
                self._event(kind, seeker_uuid, "反馈", r.referred_on, result.value)
        self.bulk.insert(Referral, referrals, ids=False)

    def _positions(self, records: list[_Seeker]) -> dict[tuple[int, str], int]:
        """The position referred to, by employer and title: an existing one, or a new closed
        one (a referral of the past is no open vacancy); employers at a fair take part in it."""
        wanted: dict[tuple[int, str], _Seeker] = {}
        at_fair: set[tuple[int, int]] = set()
        for r in records:
            enterprise_id = self.referred_to(r.employer or "")
            fair_id = self.fair_id(r.fair, r.referred_on or r.registered_on)
            if r.position:
                wanted.setdefault((enterprise_id, r.position), r)
            if fair_id is not None:
                at_fair.add((fair_id, enterprise_id))
        if at_fair:
            taking_part = set(self.s.exec(
                select(FairEmployer.fair_id, FairEmployer.enterprise_id).where(
                    col(FairEmployer.fair_id).in_({f for f, _e in at_fair}),
                    live(FairEmployer))).all())
            self.bulk.insert(FairEmployer, [{"fair_id": f, "enterprise_id": e}
                                            for f, e in sorted(at_fair - taking_part)],
                             ids=False)
        if not wanted:
            return {}
        found: dict[tuple[int, str], int] = {}
        for chunk in _chunks(list(wanted)):
            for position_id, enterprise_id, title in self.s.exec(
                    _select(Position.id, Position.enterprise_id, Position.title).where(
                        live(Position), or_(*[and_(col(Position.enterprise_id) == e,
                                                   col(Position.title) == t)
                                              for e, t in chunk]))).all():
                found.setdefault((enterprise_id, title), position_id)
        new: dict[tuple[int, str], Row] = {key: {"enterprise_id": key[0], "title": key[1],
                     "fair_id": self.fair_id(r.fair, r.referred_on or r.registered_on),
                     "open": False}
               for key, r in wanted.items() if key not in found}
        self.bulk.insert(Position, list(new.values()))
        found.update({key: row["id"] for key, row in new.items()})
        return found


def _causes(text: str | None) -> tuple[str, str]:
    """致困原因 as the file's causes (the fixed list) and, for words not on it, a note."""
    if not text:
        return "", ""
    words = [w.strip() for w in text.replace("，", "、").replace(",", "、").split("、")
             if w.strip()]
    known = {c.value for c in HardshipCause}
    causes = [w for w in words if w in known]
    other = [w for w in words if w not in known]
    if other and HardshipCause.OTHER.value not in causes:
        causes.append(HardshipCause.OTHER.value)
    note = f"致困原因：{text}" if other else ""
    return ",".join(dict.fromkeys(causes)), note
