"""劳动争议调解: mediation organizations, mediators, and cases from application to outcome.

Every step checks the case's version (optimistic locking) and its status (the workflow in
``unioncase.domain.mediation``), and writes a timeline event in the same transaction; the audit
trail is written by the session hooks. Lists, counts and figures are filtered, sorted and
aggregated in SQL.

Workflow (status after each step)::

    apply / route from intake → 申请 ─ accept → 已受理 ─ add_session → 调解中
                                     └ reject → 不予受理
    已受理 | 调解中 ─ agree → 调解成功 ─ record_performance
                    ├ fail → 调解不成
                    └ terminate → 已终止
    申请 | 已受理 | 调解中 ─ withdraw → 已撤回
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, and_, case, exists, func, or_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from unioncase.db.database import Operator
from unioncase.domain.deadlines import Deadline, HolidayCalendar, period_end
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import (
    ConflictError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from unioncase.domain.intake import Handling
from unioncase.domain.mediation import (
    ARBITRATION_YEARS,
    CONCLUDED_STATUSES,
    COURT_CONFIRM_DAYS,
    DEFAULT_COPIES,
    MEDIATION_DAYS,
    OPEN_STATUSES,
    PAYMENT_ORDER_TYPES,
    REMIND_DAYS,
    STEP_ACCEPT,
    STEP_AGREE,
    STEP_APPLY,
    STEP_EXTEND,
    STEP_FAIL,
    STEP_PERFORMANCE,
    STEP_REJECT,
    STEP_SESSION,
    STEP_TERMINATE,
    STEP_UPDATE,
    STEP_WITHDRAW,
    TRANSITIONS,
    WARN_DAYS,
    DisputeType,
    MediationSource,
    MediationStatus,
    MediatorKind,
    OrganizationType,
    Performance,
    PromptCode,
    add_years,
    check_agreement,
    dispute_type_for_category,
    is_collective,
)
from unioncase.domain.money import format_yuan, fraction
from unioncase.domain.pinyin import pinyin_keys
from unioncase.domain.validators import (
    MAX_FEN,
    IdNumber,
    client_uuid,
    parse_date,
    parse_id_number,
    parse_money_fen,
    require_text,
    validate_phone,
)
from unioncase.models import (
    AgreedItemRead,
    CaseLink,
    CaseMediatorRead,
    ClaimRead,
    Enterprise,
    IntakeCase,
    MediationAgreementItem,
    MediationCase,
    MediationCaseMediator,
    MediationCaseRead,
    MediationClaim,
    MediationOrganization,
    MediationParty,
    MediationPartyRead,
    MediationPromptRead,
    MediationSession,
    MediationSessionRead,
    Mediator,
    MediatorRead,
    OrganizationRead,
    Person,
    utcnow,
)
from unioncase.repositories.registry import (
    EnterpriseRepository,
    PersonRepository,
    enterprise_search_conditions,
    live,
    person_search_conditions,
)
from unioncase.services import cases
from unioncase.services.calendar import CalendarService
from unioncase.services.context import ServiceContext, require_version, saved_before
from unioncase.services.intake import ROUTERS
from unioncase.services.numbers import keep_number, next_number, number_conditions, parse_number
from unioncase.services.registry import OVERVIEW_PROVIDERS, CaseSummary, _Collector
from unioncase.services.search import SEARCH_PROVIDERS, SearchHit

KIND = RecordKind.MEDIATION.value  # "TJ"
ROUTE_RELATION = Handling.TO_MEDIATION.value  # "转调解", the CaseLink written by intake
MAX_COPIES = 20
MAX_HEAD_COUNT = 100_000
APPLICANT_SEPARATOR = "、"

# "TJ17", "TJ-00017", "tj 2026-17": a case number's tail with the TJ marker.


# -- inputs ---------------------------------------------------------------------------------------


@dataclass
class OrganizationInput:
    """A mediation organization as typed in its form."""

    name: str
    org_type: str
    town: str = ""
    founded_on: str = ""
    contact: str = ""
    phone: str = ""
    active: bool = True


@dataclass
class MediatorInput:
    """A mediator: a registered person (``person_id``), or one found by ID number or created."""

    organization_id: int | None
    kind: str
    person_id: int | None = None
    name: str = ""
    id_number: str = ""
    phone: str = ""
    certificate_number: str = ""
    active: bool = True


@dataclass
class ApplicantInput:
    """An applicant: a registered person, or one found by ID number or created from the text."""

    person_id: int | None = None
    name: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""


@dataclass
class ClaimInput:
    """One claim: the amount as typed in yuan (``amount``), or in fen (``amount_fen``)."""

    item: str
    amount: str = ""
    amount_fen: int | None = None


@dataclass
class MediationInput:
    """An application as typed in the form: raw text, checked by the service."""

    applicants: list[ApplicantInput]
    dispute_type: str
    claims: list[ClaimInput] = field(default_factory=list)
    organization_id: int | None = None
    mediator_ids: list[int] = field(default_factory=list)
    respondent_id: int | None = None
    respondent_name: str = ""
    respondent_representative: str = ""
    respondent_phone: str = ""
    facts: str = ""
    head_count: str | int = ""
    applied_on: str = ""
    number: str = ""
    uuid: str = ""  # made by the form: a retried save returns the case, not a copy


@dataclass
class SessionInput:
    held_on: str | date = ""
    place: str = ""
    attendees: str = ""
    record: str = ""


@dataclass
class AgreedItemInput:
    """One agreed term with money. Payer defaults to the respondent, payee to the applicants."""

    item: str
    amount: str = ""
    amount_fen: int | None = None
    payer: str = ""
    payee: str = ""
    due_on: str | date = ""


@dataclass
class AgreementInput:
    terms: str
    items: list[AgreedItemInput]
    concluded_on: str | date = ""
    copies: int = DEFAULT_COPIES


@dataclass
class MediationFilter:
    """What the list shows. Empty values do not filter."""

    text: str = ""
    date_from: date | str | None = None
    date_to: date | str | None = None
    organization_id: int | None = None
    mediator_id: int | None = None
    dispute_type: DisputeType | str | None = None
    status: MediationStatus | str | None = None
    concluded_only: bool = False
    overdue: bool = False
    due_soon: bool = False
    collective_only: bool = False
    station_code: str = ""


# -- outputs --------------------------------------------------------------------------------------


class MediationCounts(BaseModel):
    model_config = ConfigDict(frozen=True)

    total: int
    open: int
    due_soon: int
    overdue: int
    concluded: int
    successful: int
    awaiting: int = 0  # 申请: not yet accepted (nor rejected)


class MediationFigures(BaseModel):
    """Figures of one organization, one mediator, or everything (``id`` None)."""

    model_config = ConfigDict(frozen=True)

    id: int | None
    name: str
    cases: int
    accepted: int
    concluded: int
    successful: int
    success_rate: float  # successful / concluded, four decimals; 0.0 when nothing concluded
    agreed_fen: int


class PaymentReminderRead(BaseModel):
    """An agreed payment that is due soon or overdue and not yet paid."""

    model_config = ConfigDict(frozen=True)

    case_id: int
    case_number: str
    item_id: int
    item: str
    amount_fen: int
    payer: str
    payee: str
    due_on: date
    days_left: int
    overdue: bool
    performance: Performance | None


# -- small checks ---------------------------------------------------------------------------------


def _choice(enum_class: Any, value: Any, field_name: str) -> Any:
    text = (str(value) if value is not None else "").strip()
    if not text:
        return None
    try:
        return enum_class(text)
    except ValueError:
        raise ValidationError("choice_invalid", field=field_name, value=text) from None


def _required_choice(errors: _Collector, enum_class: Any, value: Any, field_name: str) -> Any:
    result = errors.check(lambda: _choice(enum_class, value, field_name))
    if result is None and not any(e.field == field_name for e in errors.errors):
        errors.errors.append(ValidationError("required", field=field_name))
    return result


def _optional_text(value: str | None, field_name: str, max_length: int) -> str | None:
    return require_text(value, field_name, max_length) if (value or "").strip() else None


def _optional_phone(value: str | None, field_name: str) -> str | None:
    return validate_phone(value or "", field_name) if (value or "").strip() else None


def _optional_date(value: str | date | None, field_name: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field=field_name)


def _not_future(day: date, today: date, field_name: str) -> date:
    if day > today:
        raise ValidationError("date_future", field=field_name)
    return day


def _amount(text: str, fen: int | None, field_name: str) -> int:
    """Fen from ``amount_fen``, else from the yuan text; a blank amount is 0 (not money)."""
    if fen is not None:
        if isinstance(fen, bool) or not isinstance(fen, int):
            raise ValidationError("money_format", field=field_name)
        if fen < 0:
            raise ValidationError("money_negative", field=field_name)
        if fen > MAX_FEN:
            raise ValidationError("money_too_large", field=field_name)
        return fen
    if not (text or "").strip():
        return 0
    return parse_money_fen(text, field=field_name)


def _head_count(value: str | int, applicants: int) -> int:
    if isinstance(value, bool):
        raise ValidationError("head_count_invalid", field="head_count")
    if isinstance(value, int):
        number = value
    else:
        text = unicodedata.normalize("NFKC", value or "").strip()
        if not text:
            return max(applicants, 1)
        try:
            number = int(text)
        except ValueError:
            raise ValidationError("head_count_invalid", field="head_count") from None
    if number < 1 or number > MAX_HEAD_COUNT:
        raise ValidationError("head_count_invalid", field="head_count")
    if number < applicants:
        raise ValidationError("head_count_below_applicants", field="head_count",
                              count=applicants)
    return number


def _touch(row: MediationCase) -> None:
    """Make the case's version move on when only its child rows changed (optimistic locking)."""
    row.updated_at = utcnow()


# -- SQL pieces -----------------------------------------------------------------------------------

_Item = MediationAgreementItem


def _current_due() -> Any:
    """The limit that runs now, as SQL: due_on while 已受理 or 调解中, else NULL."""
    return case((col(MediationCase.status).in_(list(OPEN_STATUSES)), col(MediationCase.due_on)),
                else_=None)


def _overdue_condition(today: date) -> ColumnElement[bool]:
    return _current_due() < today  # type: ignore[no-any-return]


def _due_soon_condition(today: date, days: int) -> ColumnElement[bool]:
    due = _current_due()
    return and_(due >= today, due <= today + timedelta(days=days))


def _claimed_total() -> Any:
    return (select(func.coalesce(func.sum(MediationClaim.amount_fen), 0))
            .where(col(MediationClaim.case_id) == col(MediationCase.id), live(MediationClaim))
            .correlate(MediationCase).scalar_subquery())


def _agreed_total() -> Any:
    return (select(func.coalesce(func.sum(_Item.amount_fen), 0))
            .where(col(_Item.case_id) == col(MediationCase.id), live(_Item))
            .correlate(MediationCase).scalar_subquery())


def _session_count() -> Any:
    return (select(func.count(col(MediationSession.id)))
            .where(col(MediationSession.case_id) == col(MediationCase.id),
                   live(MediationSession))
            .correlate(MediationCase).scalar_subquery())


def _source_number() -> Any:
    return (select(CaseLink.from_number)
            .where(col(CaseLink.to_uuid) == col(MediationCase.uuid),
                   col(CaseLink.relation) == ROUTE_RELATION, live(CaseLink))
            .order_by(col(CaseLink.id)).limit(1)
            .correlate(MediationCase).scalar_subquery())


def _first_applicant(column: Any) -> Any:
    """A column of the first applicant (sort and search titles)."""
    return (select(column)
            .select_from(MediationParty)
            .join(Person, col(Person.id) == col(MediationParty.person_id))
            .where(col(MediationParty.case_id) == col(MediationCase.id), live(MediationParty))
            .order_by(col(MediationParty.sort_order), col(MediationParty.id)).limit(1)
            .correlate(MediationCase).scalar_subquery())


def _order_case(column: Any, values: Sequence[str]) -> Any:
    """Sort an enum column in its declared order rather than by its Chinese text."""
    return case({value: index for index, value in enumerate(values)}, value=column, else_=99)


def _sort_key(sort: str) -> Any:
    keys: dict[str, Callable[[], Any]] = {
        "number": lambda: col(MediationCase.number),
        "applied_on": lambda: col(MediationCase.applied_on),
        "name": lambda: _first_applicant(Person.name_pinyin),
        "respondent": lambda: col(Enterprise.name_pinyin),
        "dispute_type": lambda: _order_case(col(MediationCase.dispute_type),
                                            [t.value for t in DisputeType]),
        "organization": lambda: col(MediationOrganization.name),
        "status": lambda: _order_case(col(MediationCase.status),
                                      [s.value for s in MediationStatus]),
        "due": _current_due,
        "current_due": _current_due,
        "claimed": _claimed_total,
        "agreed": _agreed_total,
        "head_count": lambda: col(MediationCase.head_count),
    }
    if sort not in keys:  # a mistyped key must not sort by something else without a word
        raise ValidationError("choice_invalid", field="sort", value=sort)
    return keys[sort]()


def _number_conditions(text: str) -> list[ColumnElement[bool]]:
    return number_conditions(MediationCase.number, RecordKind.MEDIATION, text)


def _text_conditions(text: str) -> list[ColumnElement[bool]]:
    text = text.strip()
    if not text:
        return []
    conditions = _number_conditions(text)
    applicant = person_search_conditions(text)
    if applicant:
        conditions.append(exists(
            select(MediationParty.id)
            .join(Person, col(Person.id) == col(MediationParty.person_id))
            .where(col(MediationParty.case_id) == col(MediationCase.id), live(MediationParty),
                   or_(*applicant))
            .correlate(MediationCase)
        ))
    conditions += enterprise_search_conditions(text)
    upper = text.upper().replace(" ", "")
    if upper.isascii() and any(ch.isdigit() for ch in upper):
        conditions.append(col(MediationCase.number).contains(upper, autoescape=True))
    return conditions


def _select(*columns: Any) -> Any:
    """``select`` of any number of columns (the typed overloads stop at four)."""
    return select(*columns)


def _base_query(*columns: Any) -> Any:
    """Live cases with the respondent and the organization joined."""
    return (
        select(*columns)
        .select_from(MediationCase)
        .outerjoin(Enterprise, col(Enterprise.id) == col(MediationCase.respondent_id))
        .outerjoin(MediationOrganization,
                   col(MediationOrganization.id) == col(MediationCase.organization_id))
        .where(live(MediationCase))
    )


def _read_query() -> Any:
    return _base_query(
        MediationCase, Enterprise.name, Enterprise.credit_code, Enterprise.address,
        MediationOrganization.name, _source_number(), _claimed_total(), _agreed_total(),
        _session_count(),
    )


def current_due(row: MediationCase | MediationCaseRead) -> date | None:
    return row.due_on if row.status in OPEN_STATUSES else None


def _prompts(row: MediationCase, items: Sequence[AgreedItemRead],
             today: date) -> tuple[MediationPromptRead, ...]:
    prompts: list[MediationPromptRead] = []
    if row.status is MediationStatus.SUCCEEDED:
        if row.dispute_type in PAYMENT_ORDER_TYPES:
            dues = [i.due_on for i in items if i.due_on is not None]
            prompts.append(MediationPromptRead(code=PromptCode.PAYMENT_ORDER,
                                               due_on=max(dues) if dues else None))
        if row.court_confirm_due is not None and today <= row.court_confirm_due:
            prompts.append(MediationPromptRead(code=PromptCode.COURT_CONFIRMATION,
                                               due_on=row.court_confirm_due))
        if row.performance is not Performance.HONORED:
            breached = [i.due_on for i in items if i.due_on is not None and i.due_on < today
                        and i.paid_on is None and i.amount_fen > 0]
            if breached:
                prompts.append(MediationPromptRead(code=PromptCode.ARBITRATION_ON_BREACH,
                                                   due_on=min(breached)))
    elif row.status in {MediationStatus.FAILED, MediationStatus.TERMINATED}:
        prompts.append(MediationPromptRead(code=PromptCode.ARBITRATION,
                                           due_on=row.arbitration_limit_on))
    elif row.status in OPEN_STATUSES and row.due_on is not None and row.due_on < today:
        prompts.append(MediationPromptRead(code=PromptCode.LIMIT_PASSED, due_on=row.due_on))
    return tuple(prompts)


@dataclass
class _Children:
    applicants: dict[int, list[MediationPartyRead]] = field(default_factory=dict)
    mediators: dict[int, list[CaseMediatorRead]] = field(default_factory=dict)
    claims: dict[int, list[ClaimRead]] = field(default_factory=dict)
    sessions: dict[int, list[MediationSessionRead]] = field(default_factory=dict)
    items: dict[int, list[AgreedItemRead]] = field(default_factory=dict)


def _load_children(session: Session, ids: Sequence[int]) -> _Children:
    """The parts of several cases, one query per table.

    A list page reads these for a hundred cases: the columns are selected as plain rows and the
    Read models built without validating again what the database hands back (about half the
    time of loading ORM objects and validating them)."""
    children = _Children()
    if not ids:
        return children
    id_list = list(ids)
    for row in session.exec(
        select(col(MediationParty.case_id), col(MediationParty.id),  # type: ignore[call-overload]
               col(MediationParty.person_id), col(Person.name), col(Person.number),
               col(Person.id_number), col(Person.sex), col(Person.phone), col(Person.address))
        .join(Person, col(Person.id) == col(MediationParty.person_id))
        .where(col(MediationParty.case_id).in_(id_list), live(MediationParty))
        .order_by(col(MediationParty.case_id), col(MediationParty.sort_order),
                  col(MediationParty.id))
    ).all():
        case_id, party_id, person_id, name, number, id_number, sex, phone, address = row
        children.applicants.setdefault(case_id, []).append(MediationPartyRead.model_construct(
            id=party_id, person_id=person_id, name=name, number=number, id_number=id_number,
            sex=sex, phone=phone, address=address))
    for row in session.exec(
        select(col(MediationCaseMediator.case_id),  # type: ignore[call-overload]
               col(Mediator.id), col(Mediator.person_id), col(Person.name), col(Mediator.kind),
               col(Mediator.certificate_number), col(Mediator.phone), col(Person.phone))
        .join(Mediator, col(Mediator.id) == col(MediationCaseMediator.mediator_id))
        .join(Person, col(Person.id) == col(Mediator.person_id))
        .where(col(MediationCaseMediator.case_id).in_(id_list), live(MediationCaseMediator))
        .order_by(col(MediationCaseMediator.case_id), col(MediationCaseMediator.sort_order),
                  col(MediationCaseMediator.id))
    ).all():
        case_id, mediator_id, person_id, name, kind, certificate, phone, person_phone = row
        listed = children.mediators.setdefault(case_id, [])
        listed.append(CaseMediatorRead.model_construct(
            mediator_id=mediator_id, person_id=person_id, name=name, kind=kind,
            certificate_number=certificate, phone=phone or person_phone, is_lead=not listed))
    claims: Any = (
        select(col(MediationClaim.case_id), col(MediationClaim.id),
               col(MediationClaim.item), col(MediationClaim.amount_fen))
        .where(col(MediationClaim.case_id).in_(id_list), live(MediationClaim))
        .order_by(col(MediationClaim.case_id), col(MediationClaim.sort_order),
                  col(MediationClaim.id)))
    for case_id, claim_id, item, amount in session.exec(claims).all():
        children.claims.setdefault(case_id, []).append(
            ClaimRead.model_construct(id=claim_id, item=item, amount_fen=amount))
    sessions: Any = (
        select(*(col(getattr(MediationSession, name)) for name in (
            "id", "uuid", "version", "case_id", "sort_order", "held_on", "place", "attendees",
            "record", "created_at", "created_by")))
        .where(col(MediationSession.case_id).in_(id_list), live(MediationSession))
        .order_by(col(MediationSession.case_id), col(MediationSession.sort_order),
                  col(MediationSession.id)))
    for values in session.exec(sessions).all():
        fields = dict(zip(_SESSION_FIELDS, values, strict=True))
        children.sessions.setdefault(fields["case_id"], []).append(
            MediationSessionRead.model_construct(**fields))
    item_fields = list(AgreedItemRead.model_fields)
    items: Any = (
        select(col(_Item.case_id), *(col(getattr(_Item, name)) for name in item_fields))
        .where(col(_Item.case_id).in_(id_list), live(_Item))
        .order_by(col(_Item.case_id), col(_Item.sort_order), col(_Item.id)))
    for values in session.exec(items).all():
        children.items.setdefault(values[0], []).append(
            AgreedItemRead.model_construct(**dict(zip(item_fields, values[1:], strict=True))))
    return children


# MediationSessionRead's fields, in the order _load_children selects their columns
_SESSION_FIELDS = ("id", "uuid", "version", "case_id", "seq", "held_on", "place", "attendees",
                   "record", "created_at", "created_by")


def _session_read(row: MediationSession) -> MediationSessionRead:
    return MediationSessionRead(
        id=row.id or 0, uuid=row.uuid, version=row.version, case_id=row.case_id,
        seq=row.sort_order, held_on=row.held_on, place=row.place, attendees=row.attendees,
        record=row.record, created_at=row.created_at, created_by=row.created_by)


def _to_read(row: Any, children: _Children, today: date) -> MediationCaseRead:
    (mediation, respondent_name, credit_code, address, organization_name, source_number,
     claimed, agreed, session_count) = row
    case_id = mediation.id
    items = tuple(children.items.get(case_id, ()))
    due = current_due(mediation)
    return MediationCaseRead.model_validate(mediation).model_copy(update={
        "respondent_name": respondent_name,
        "respondent_credit_code": credit_code,
        "respondent_address": address,
        "organization_name": organization_name,
        "source_number": source_number,
        "applicants": tuple(children.applicants.get(case_id, ())),
        "mediators": tuple(children.mediators.get(case_id, ())),
        "claims": tuple(children.claims.get(case_id, ())),
        "sessions": tuple(children.sessions.get(case_id, ())),
        "agreed_items": items,
        "claimed_fen": int(claimed or 0),
        "agreed_fen": int(agreed or 0),
        "session_count": int(session_count or 0),
        "current_due": due,
        "deadline_status": None if due is None else Deadline(due).status(today, WARN_DAYS),
        "prompts": _prompts(mediation, items, today),
    })


def _reads(session: Session, rows: Sequence[Any], today: date) -> list[MediationCaseRead]:
    children = _load_children(session, [r[0].id for r in rows])
    return [_to_read(r, children, today) for r in rows]


def _figures(row: Any, key: int | None, name: str) -> MediationFigures:
    cases_, accepted, concluded, successful, agreed = row
    return MediationFigures(
        id=key, name=name, cases=int(cases_ or 0), accepted=int(accepted or 0),
        concluded=int(concluded or 0), successful=int(successful or 0),
        success_rate=fraction(int(successful or 0), int(concluded or 0)),
        agreed_fen=int(agreed or 0))


def _figure_columns() -> list[Any]:
    """Cases, accepted, concluded, successful, agreed fen: one aggregate row per group."""

    def flag(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    return [
        func.count(col(MediationCase.id)),
        flag(col(MediationCase.accepted_on).is_not(None)),
        flag(col(MediationCase.status).in_(list(CONCLUDED_STATUSES))),
        flag(col(MediationCase.status) == MediationStatus.SUCCEEDED),
        func.coalesce(func.sum(case(
            (col(MediationCase.status) == MediationStatus.SUCCEEDED, _agreed_total()),
            else_=0)), 0),
    ]


# -- persons and enterprises named in a form ------------------------------------------------------


def _find_or_create_person(session: Session, station: str, year: int, *, name: str,
                           parsed: IdNumber | None, phone: str | None,
                           address: str | None, field_name: str) -> Person:
    repo = PersonRepository(session)
    if parsed is not None:
        found = repo.by_id_number(parsed.value)
        if found is not None:
            return found
        if repo.by_id_number(parsed.value, include_deleted=True) is not None:
            raise ConflictError("person_deleted", field=field_name)
    name_pinyin, name_initials = pinyin_keys(name)
    person = Person(
        number=next_number(session, station, RecordKind.PERSON, year),
        name=name, phone=phone, address=address, station_code=station,
        id_number=parsed.value if parsed else None,
        id_number_rev=parsed.value[::-1] if parsed else None,
        sex=parsed.sex if parsed else None, birth_date=parsed.birth_date if parsed else None,
        name_pinyin=name_pinyin, name_initials=name_initials,
    )
    session.add(person)
    session.flush()
    return person


def _find_or_create_enterprise(session: Session, station: str, year: int, name: str) -> int:
    repo = EnterpriseRepository(session)
    found = repo.by_name(name)
    if found is not None and found.id is not None:
        return found.id
    name_pinyin, name_initials = pinyin_keys(name)
    row = Enterprise(number=next_number(session, station, RecordKind.ENTERPRISE, year),
                     name=name, name_pinyin=name_pinyin, name_initials=name_initials,
                     station_code=station)
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


# -- the service ----------------------------------------------------------------------------------


class MediationService(cases.CaseRecords):
    case_kind = KIND
    case_model = MediationCase

    def __init__(self, ctx: ServiceContext, calendar: CalendarService | None = None) -> None:
        self.ctx = ctx
        # Pass the application's CalendarService so an edited holiday calendar is seen at once.
        self.calendar = calendar or CalendarService(ctx)

    # == organizations ============================================================================
    def _organization_values(self, data: OrganizationInput) -> dict[str, Any]:
        today = self.ctx.today()
        errors = _Collector()
        v: dict[str, Any] = {}
        v["name"] = errors.check(lambda: require_text(data.name, "name", 100))
        v["org_type"] = _required_choice(errors, OrganizationType, data.org_type, "org_type")
        v["town"] = errors.check(lambda: _optional_text(data.town, "town", 50))
        v["founded_on"] = errors.check(lambda: _not_future(
            parse_date(data.founded_on, field="founded_on"), today, "founded_on")
            if (data.founded_on or "").strip() else None)
        v["contact"] = errors.check(lambda: _optional_text(data.contact, "contact", 50))
        v["phone"] = errors.check(lambda: _optional_phone(data.phone, "phone"))
        v["active"] = bool(data.active)
        errors.raise_if_any()
        return v

    @staticmethod
    def _check_organization_name(session: Session, name: str, own_id: int | None) -> None:
        other = session.exec(
            select(MediationOrganization).where(MediationOrganization.name == name,
                                                live(MediationOrganization))
        ).first()
        if other is not None and other.id != own_id:
            raise ConflictError("organization_exists", field="name", name=name)

    def _organization_read(self, session: Session, org_id: int) -> OrganizationRead:
        reads = self._organization_reads(session, col(MediationOrganization.id) == org_id)
        if not reads:
            raise NotFoundError(key=str(org_id))
        return reads[0]

    @staticmethod
    def _organization_reads(session: Session, *conditions: Any) -> list[OrganizationRead]:
        mediators = (
            select(Mediator.organization_id, func.count(col(Mediator.id)).label("n"))
            .where(live(Mediator), col(Mediator.active).is_(True))
            .group_by(col(Mediator.organization_id)).subquery()
        )
        open_cases = (
            select(MediationCase.organization_id, func.count(col(MediationCase.id)).label("n"))
            .where(live(MediationCase), col(MediationCase.status).in_(list(OPEN_STATUSES)))
            .group_by(col(MediationCase.organization_id)).subquery()
        )
        rows = session.exec(
            select(MediationOrganization, mediators.c.n, open_cases.c.n)
            .outerjoin(mediators, mediators.c.organization_id == col(MediationOrganization.id))
            .outerjoin(open_cases,
                       open_cases.c.organization_id == col(MediationOrganization.id))
            .where(live(MediationOrganization), *conditions)
            .order_by(_order_case(col(MediationOrganization.org_type),
                                  [t.value for t in OrganizationType]),
                      col(MediationOrganization.name), col(MediationOrganization.id))
        ).all()
        return [
            OrganizationRead.model_validate(org).model_copy(
                update={"mediator_count": int(n_mediators or 0), "open_cases": int(n_open or 0)})
            for org, n_mediators, n_open in rows
        ]

    def create_organization(self, data: OrganizationInput) -> OrganizationRead:
        v = self._organization_values(data)
        with self.ctx.write() as session:
            self._check_organization_name(session, v["name"], None)
            row = MediationOrganization(station_code=self.ctx.operator().station_code, **v)
            session.add(row)
            session.flush()
            assert row.id is not None
            return self._organization_read(session, row.id)

    def update_organization(self, org_id: int, data: OrganizationInput,
                            expected_version: int) -> OrganizationRead:
        v = self._organization_values(data)
        with self.ctx.write() as session:
            found = session.get(MediationOrganization, org_id)
            row = require_version(None if found is None or found.deleted_at is not None
                                  else found, org_id, expected_version)
            self._check_organization_name(session, v["name"], row.id)
            for key, value in v.items():
                setattr(row, key, value)
            session.flush()
            return self._organization_read(session, org_id)

    def organization(self, org_id: int) -> OrganizationRead:
        with self.ctx.read() as session:
            return self._organization_read(session, org_id)

    def organizations(self, include_inactive: bool = False) -> list[OrganizationRead]:
        with self.ctx.read() as session:
            conditions = [] if include_inactive else [
                col(MediationOrganization.active).is_(True)]
            return self._organization_reads(session, *conditions)

    # == mediators ================================================================================
    def _mediator_values(self, data: MediatorInput, *, with_person: bool) -> dict[str, Any]:
        """The checked fields; ``with_person``: also who the mediator is (creating one)."""
        today = self.ctx.today()
        errors = _Collector()
        v: dict[str, Any] = {}
        v["kind"] = _required_choice(errors, MediatorKind, data.kind, "kind")
        v["certificate_number"] = errors.check(
            lambda: _optional_text(data.certificate_number, "certificate_number", 50))
        v["phone"] = errors.check(lambda: _optional_phone(data.phone, "phone"))
        v["active"] = bool(data.active)
        if data.organization_id is None:
            errors.errors.append(ValidationError("required", field="organization_id"))
        if with_person and data.person_id is None:
            v["name"] = errors.check(lambda: require_text(data.name, "name", 50))
            id_text = (data.id_number or "").strip()
            v["id"] = errors.check(
                lambda: parse_id_number(id_text, today=today) if id_text else None)
        with self.ctx.read() as session:
            if with_person and data.person_id is not None and PersonRepository(session).get(
                    data.person_id) is None:
                errors.errors.append(
                    ValidationError("not_found", field="person_id", key=str(data.person_id)))
            if data.organization_id is not None:
                org = session.get(MediationOrganization, data.organization_id)
                if org is None or org.deleted_at is not None:
                    errors.errors.append(ValidationError(
                        "not_found", field="organization_id", key=str(data.organization_id)))
        errors.raise_if_any()
        v["organization_id"] = data.organization_id
        return v

    @staticmethod
    def _mediator_reads(session: Session, today: date, *conditions: Any) -> list[MediatorRead]:
        workload = (
            select(MediationCaseMediator.mediator_id,
                   func.count(col(MediationCase.id)).label("open"),
                   func.coalesce(func.sum(case((col(MediationCase.due_on) < today, 1),
                                               else_=0)), 0).label("overdue"))
            .join(MediationCase, col(MediationCase.id) == col(MediationCaseMediator.case_id))
            .where(live(MediationCaseMediator), live(MediationCase),
                   col(MediationCase.status).in_(list(OPEN_STATUSES)))
            .group_by(col(MediationCaseMediator.mediator_id)).subquery()
        )
        rows = session.exec(
            _select(Mediator, Person.name, Person.number, MediationOrganization.name,
                    workload.c.open, workload.c.overdue)
            .join(Person, col(Person.id) == col(Mediator.person_id))
            .join(MediationOrganization,
                  col(MediationOrganization.id) == col(Mediator.organization_id))
            .outerjoin(workload, workload.c.mediator_id == col(Mediator.id))
            .where(live(Mediator), *conditions)
            .order_by(col(MediationOrganization.name), col(Person.name_pinyin),
                      col(Mediator.id))
        ).all()
        return [
            MediatorRead.model_validate(m).model_copy(update={
                "name": name, "person_number": number, "organization_name": org_name,
                "open_cases": int(n_open or 0),
                "overdue_cases": int(n_overdue or 0)})
            for m, name, number, org_name, n_open, n_overdue in rows
        ]

    def _mediator_read(self, session: Session, mediator_id: int) -> MediatorRead:
        reads = self._mediator_reads(session, self.ctx.today(),
                                     col(Mediator.id) == mediator_id)
        if not reads:
            raise NotFoundError(key=str(mediator_id))
        return reads[0]

    @staticmethod
    def _check_mediator_unique(session: Session, person_id: int, organization_id: int,
                               own_id: int | None) -> None:
        other = session.exec(
            select(Mediator).where(Mediator.person_id == person_id,
                                   Mediator.organization_id == organization_id, live(Mediator))
        ).first()
        if other is not None and other.id != own_id:
            person = session.get(Person, person_id)
            raise ConflictError("mediator_exists", field="person_id",
                                name=person.name if person else "")

    def create_mediator(self, data: MediatorInput) -> MediatorRead:
        v = self._mediator_values(data, with_person=True)
        with self.ctx.write() as session:
            station = self.ctx.operator().station_code
            org = session.get(MediationOrganization, v["organization_id"])
            if org is None or not org.active:
                raise ValidationError("organization_inactive", field="organization_id")
            if data.person_id is not None:
                person_id = data.person_id
            else:
                person = _find_or_create_person(
                    session, station, self.ctx.today().year, name=v["name"], parsed=v["id"],
                    phone=v["phone"], address=None, field_name="id_number")
                assert person.id is not None
                person_id = person.id
            self._check_mediator_unique(session, person_id, v["organization_id"], None)
            row = Mediator(person_id=person_id, organization_id=v["organization_id"],
                           kind=v["kind"], certificate_number=v["certificate_number"],
                           phone=v["phone"], active=v["active"], station_code=station)
            session.add(row)
            session.flush()
            assert row.id is not None
            return self._mediator_read(session, row.id)

    def update_mediator(self, mediator_id: int, data: MediatorInput,
                        expected_version: int) -> MediatorRead:
        """Change the organization, kind, certificate, phone or active flag; the person stays
        (``person_id``, ``name`` and ``id_number`` of ``data`` are not used)."""
        v = self._mediator_values(data, with_person=False)
        with self.ctx.write() as session:
            found = session.get(Mediator, mediator_id)
            row = require_version(None if found is None or found.deleted_at is not None
                                  else found, mediator_id, expected_version)
            if v["organization_id"] != row.organization_id:
                org = session.get(MediationOrganization, v["organization_id"])
                if org is None or not org.active:
                    raise ValidationError("organization_inactive", field="organization_id")
            self._check_mediator_unique(session, row.person_id, v["organization_id"], row.id)
            for key in ("organization_id", "kind", "certificate_number", "phone", "active"):
                setattr(row, key, v[key])
            session.flush()
            return self._mediator_read(session, mediator_id)

    def mediator(self, mediator_id: int) -> MediatorRead:
        with self.ctx.read() as session:
            return self._mediator_read(session, mediator_id)

    def mediators(self, organization_id: int | None = None,
                  include_inactive: bool = False) -> list[MediatorRead]:
        """Mediators with their open workload (cases 已受理 or 调解中, and how many overdue)."""
        conditions: list[Any] = []
        if organization_id is not None:
            conditions.append(col(Mediator.organization_id) == organization_id)
        if not include_inactive:
            conditions.append(col(Mediator.active).is_(True))
        with self.ctx.read() as session:
            return self._mediator_reads(session, self.ctx.today(), *conditions)

    # == cases: reading ===========================================================================
    def _read(self, session: Session, case_id: int) -> MediationCaseRead:
        row = session.exec(_read_query().where(col(MediationCase.id) == case_id)).first()
        if row is None:
            raise NotFoundError(key=str(case_id))
        return _reads(session, [row], self.ctx.today())[0]

    def get(self, case_id: int) -> MediationCaseRead:
        with self.ctx.read() as session:
            return self._read(session, case_id)

    def by_number(self, number: str) -> MediationCaseRead | None:
        with self.ctx.read() as session:
            row = session.exec(
                _read_query().where(col(MediationCase.number) == number.strip().upper())
            ).first()
            return None if row is None else _reads(session, [row], self.ctx.today())[0]

    def _filtered(self, query: Any, flt: MediationFilter, today: date) -> Any:
        errors = _Collector()
        date_from = errors.check(
            lambda: parse_date(flt.date_from, field="date_from") if flt.date_from else None)
        date_to = errors.check(
            lambda: parse_date(flt.date_to, field="date_to") if flt.date_to else None)
        dispute_type = errors.check(lambda: _choice(DisputeType, flt.dispute_type,
                                                    "dispute_type"))
        status = errors.check(lambda: _choice(MediationStatus, flt.status, "status"))
        errors.raise_if_any()
        if date_from is not None:
            query = query.where(col(MediationCase.applied_on) >= date_from)
        if date_to is not None:
            query = query.where(col(MediationCase.applied_on) <= date_to)
        if flt.organization_id is not None:
            query = query.where(col(MediationCase.organization_id) == flt.organization_id)
        if flt.mediator_id is not None:
            query = query.where(exists(
                select(MediationCaseMediator.id)
                .where(col(MediationCaseMediator.case_id) == col(MediationCase.id),
                       col(MediationCaseMediator.mediator_id) == flt.mediator_id,
                       live(MediationCaseMediator))
                .correlate(MediationCase)
            ))
        if dispute_type is not None:
            query = query.where(col(MediationCase.dispute_type) == dispute_type)
        if status is not None:
            query = query.where(col(MediationCase.status) == status)
        if flt.concluded_only:
            query = query.where(col(MediationCase.status).in_(list(CONCLUDED_STATUSES)))
        if flt.collective_only:
            query = query.where(col(MediationCase.is_collective).is_(True))
        if flt.station_code.strip():
            query = query.where(col(MediationCase.station_code) == flt.station_code.strip())
        if flt.overdue:
            query = query.where(_overdue_condition(today))
        if flt.due_soon:
            query = query.where(_due_soon_condition(today, WARN_DAYS))
        conditions = _text_conditions(flt.text)
        if conditions:
            query = query.where(or_(*conditions))
        return query

    def page(self, flt: MediationFilter, offset: int = 0, limit: int = 100,
             sort: str = "number", descending: bool = False) -> list[MediationCaseRead]:
        """One page of the filtered list, sorted in SQL; ties broken by id."""
        today = self.ctx.today()
        key = _sort_key(sort)
        ordered = key.desc() if descending else key.asc()
        if sort in {"due", "current_due", "name", "respondent", "organization"}:
            ordered = ordered.nulls_last()
        tie = col(MediationCase.id).desc() if descending else col(MediationCase.id).asc()
        with self.ctx.read() as session:
            query = self._filtered(_read_query(), flt, today)
            rows = session.exec(query.order_by(ordered, tie).offset(offset).limit(limit)).all()
            return _reads(session, rows, today)

    def count(self, flt: MediationFilter) -> int:
        with self.ctx.read() as session:
            query = self._filtered(_base_query(func.count(col(MediationCase.id))), flt,
                                   self.ctx.today())
            return int(session.exec(query).one())

    def counts(self, flt: MediationFilter) -> MediationCounts:
        """How many match, and among them: awaiting acceptance, open, due soon, overdue,
        concluded, successful."""
        today = self.ctx.today()

        def flag(condition: Any) -> Any:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        with self.ctx.read() as session:
            query = self._filtered(_base_query(
                func.count(col(MediationCase.id)),
                flag(col(MediationCase.status).in_(list(OPEN_STATUSES))),
                flag(_due_soon_condition(today, WARN_DAYS)),
                flag(_overdue_condition(today)),
                flag(col(MediationCase.status).in_(list(CONCLUDED_STATUSES))),
                flag(col(MediationCase.status) == MediationStatus.SUCCEEDED),
                flag(col(MediationCase.status) == MediationStatus.APPLIED),
            ), flt, today)
            (total, open_, due_soon, overdue, concluded, successful,
             awaiting) = session.exec(query).one()
            return MediationCounts(total=int(total), open=int(open_), due_soon=int(due_soon),
                                   overdue=int(overdue), concluded=int(concluded),
                                   successful=int(successful), awaiting=int(awaiting))

    def due_soon(self, today: date | None = None, days: int = WARN_DAYS,
                 limit: int | None = None) -> list[MediationCaseRead]:
        """Open cases whose limit falls within ``days`` days from ``today`` (the first
        ``limit`` of them, the nearest first)."""
        day = today or self.ctx.today()
        return self._deadline_list(_due_soon_condition(day, days), day, limit)

    def overdue(self, today: date | None = None,
                limit: int | None = None) -> list[MediationCaseRead]:
        """Open cases past their limit (15 days from acceptance, or the agreed extension)."""
        day = today or self.ctx.today()
        return self._deadline_list(_overdue_condition(day), day, limit)

    def deadline_counts(self, today: date | None = None,
                        days: int = WARN_DAYS) -> tuple[int, int]:
        """How many open cases are past their limit, and how many reach it within ``days``."""
        day = today or self.ctx.today()
        with self.ctx.read() as session:
            over, soon = session.exec(select(
                func.coalesce(func.sum(case((_overdue_condition(day), 1), else_=0)), 0),
                func.coalesce(func.sum(case((_due_soon_condition(day, days), 1), else_=0)), 0))
                .select_from(MediationCase)
                .where(live(MediationCase),
                       col(MediationCase.status).in_(list(OPEN_STATUSES)))).one()
            return int(over), int(soon)

    def _deadline_list(self, condition: ColumnElement[bool], today: date,
                       limit: int | None = None) -> list[MediationCaseRead]:
        with self.ctx.read() as session:
            rows = session.exec(
                _read_query().where(condition)
                .order_by(_current_due().asc(), col(MediationCase.id).asc()).limit(limit)
            ).all()
            return _reads(session, rows, today)

    def _reminder_conditions(self, day: date, days: int) -> list[Any]:
        return [live(_Item), live(MediationCase),
                col(MediationCase.status) == MediationStatus.SUCCEEDED,
                or_(col(MediationCase.performance).is_(None),
                    col(MediationCase.performance) != Performance.HONORED),
                col(_Item.paid_on).is_(None), col(_Item.amount_fen) > 0,
                col(_Item.due_on).is_not(None),
                col(_Item.due_on) <= day + timedelta(days=days)]

    def payment_reminders(self, today: date | None = None, days: int = REMIND_DAYS,
                          cases: int | None = None) -> list[PaymentReminderRead]:
        """Agreed payments not yet made, due within ``days`` days or already past due, of
        successful cases whose agreement is not 已履行; the most pressing first. With
        ``cases``, only the payments of the first that many cases in that order."""
        day = today or self.ctx.today()
        conditions = self._reminder_conditions(day, days)
        with self.ctx.read() as session:
            if cases is not None:
                first: Any = (
                    select(col(_Item.case_id))
                    .join(MediationCase, col(MediationCase.id) == col(_Item.case_id))
                    .where(*conditions).group_by(col(_Item.case_id))
                    .order_by(func.min(col(_Item.due_on)), func.min(col(MediationCase.number)))
                    .limit(cases))
                conditions.append(col(_Item.case_id).in_(list(session.exec(first).all())))
            rows = session.exec(
                select(_Item, MediationCase.number, MediationCase.performance)
                .join(MediationCase, col(MediationCase.id) == col(_Item.case_id))
                .where(*conditions)
                .order_by(col(_Item.due_on), col(MediationCase.number), col(_Item.sort_order),
                          col(_Item.id))
            ).all()
            result: list[PaymentReminderRead] = []
            for item, number, performance in rows:
                assert item.due_on is not None
                left = (item.due_on - day).days
                result.append(PaymentReminderRead(
                    case_id=item.case_id, case_number=number, item_id=item.id or 0,
                    item=item.item, amount_fen=item.amount_fen, payer=item.payer,
                    payee=item.payee, due_on=item.due_on, days_left=left, overdue=left < 0,
                    performance=performance))
            return result

    def payment_reminder_cases(self, today: date | None = None,
                               days: int = REMIND_DAYS) -> int:
        """How many cases have payments :meth:`payment_reminders` names."""
        day = today or self.ctx.today()
        with self.ctx.read() as session:
            query: Any = (select(func.count(func.distinct(col(_Item.case_id))))
                          .join(MediationCase, col(MediationCase.id) == col(_Item.case_id))
                          .where(*self._reminder_conditions(day, days)))
            return int(session.exec(query).one())

    # == figures ==================================================================================
    def figures(self, flt: MediationFilter | None = None) -> MediationFigures:
        """Everything that matches: cases, accepted, concluded, successful, agreed fen."""
        flt = flt or MediationFilter()
        with self.ctx.read() as session:
            query = self._filtered(_base_query(*_figure_columns()), flt, self.ctx.today())
            return _figures(session.exec(query).one(), None, "")

    def figures_by_organization(self, flt: MediationFilter | None = None
                                ) -> list[MediationFigures]:
        """One row per organization (a case without one is grouped under id None)."""
        flt = flt or MediationFilter()
        with self.ctx.read() as session:
            query = self._filtered(
                _base_query(MediationCase.organization_id, MediationOrganization.name,
                            *_figure_columns()), flt, self.ctx.today())
            rows = session.exec(
                query.group_by(col(MediationCase.organization_id),
                               col(MediationOrganization.name))
                .order_by(col(MediationOrganization.name).nulls_last(),
                          col(MediationCase.organization_id))
            ).all()
            return [_figures(tuple(r[2:]), r[0], r[1] or "") for r in rows]

    def figures_by_mediator(self, flt: MediationFilter | None = None
                            ) -> list[MediationFigures]:
        """One row per mediator; a case with several mediators counts for each of them."""
        flt = flt or MediationFilter()
        mediator_person = aliased(Person, name="mediator_person")
        with self.ctx.read() as session:
            query = self._filtered(
                _base_query(MediationCaseMediator.mediator_id, mediator_person.name,
                            *_figure_columns())
                .join(MediationCaseMediator,
                      and_(col(MediationCaseMediator.case_id) == col(MediationCase.id),
                           live(MediationCaseMediator)))
                .join(Mediator, col(Mediator.id) == col(MediationCaseMediator.mediator_id))
                .join(mediator_person, mediator_person.id == col(Mediator.person_id)),
                flt, self.ctx.today())
            rows = session.exec(
                query.group_by(col(MediationCaseMediator.mediator_id), mediator_person.name,
                               mediator_person.name_pinyin)
                .order_by(mediator_person.name_pinyin, col(MediationCaseMediator.mediator_id))
            ).all()
            return [_figures(tuple(r[2:]), r[0], r[1] or "") for r in rows]

    # == cases: applying ==========================================================================
    def _validate(self, data: MediationInput) -> dict[str, Any]:
        """Every check at once; field names are the MediationInput attribute names."""
        today = self.ctx.today()
        errors = _Collector()
        v: dict[str, Any] = {}
        applicants: list[dict[str, Any]] = []
        if not data.applicants:
            errors.errors.append(ValidationError("applicants_required", field="applicants"))
        for index, applicant in enumerate(data.applicants):
            prefix_ = f"applicants[{index}]"
            entry: dict[str, Any] = {"person_id": applicant.person_id}
            if applicant.person_id is None:
                entry["name"] = errors.check(
                    partial(require_text, applicant.name, f"{prefix_}.name", 50))
                id_text = (applicant.id_number or "").strip()
                entry["id"] = errors.check(
                    partial(parse_id_number, id_text, f"{prefix_}.id_number", today)
                ) if id_text else None
                entry["phone"] = errors.check(
                    partial(_optional_phone, applicant.phone, f"{prefix_}.phone"))
                entry["address"] = errors.check(
                    partial(_optional_text, applicant.address, f"{prefix_}.address", 200))
            applicants.append(entry)
        v["applicants"] = applicants
        v["head_count"] = errors.check(lambda: _head_count(data.head_count,
                                                           len(data.applicants)))
        v["dispute_type"] = _required_choice(errors, DisputeType, data.dispute_type,
                                             "dispute_type")
        claims: list[tuple[str, int]] = []
        for index, claim in enumerate(data.claims):
            claims.append((
                errors.check(partial(require_text, claim.item, f"claims[{index}].item", 200)),
                errors.check(partial(_amount, claim.amount, claim.amount_fen,
                                     f"claims[{index}].amount")),
            ))
        v["claims"] = claims
        v["facts"] = errors.check(lambda: _optional_text(data.facts, "facts", 2000)) or ""
        v["respondent_name"] = errors.check(
            lambda: _optional_text(data.respondent_name, "respondent_name", 200))
        v["respondent_representative"] = errors.check(lambda: _optional_text(
            data.respondent_representative, "respondent_representative", 50))
        v["respondent_phone"] = errors.check(
            lambda: _optional_phone(data.respondent_phone, "respondent_phone"))
        v["applied_on"] = errors.check(lambda: _not_future(
            parse_date(data.applied_on, field="applied_on")
            if (data.applied_on or "").strip() else today, today, "applied_on"))
        number = (data.number or "").strip().upper()
        if number:
            parsed = parse_number(number)
            if parsed is None or parsed.kind is not RecordKind.MEDIATION:
                errors.errors.append(ValidationError("number_format", field="number"))
            else:
                number = str(parsed)
        v["number"] = number
        mediator_ids: list[int] = []
        for mediator_id in data.mediator_ids:
            if mediator_id not in mediator_ids:
                mediator_ids.append(mediator_id)
        v["mediator_ids"] = mediator_ids
        # Checks against the database, reported with the others.
        with self.ctx.read() as session:
            persons = PersonRepository(session)
            seen: set[int | str] = set()
            for index, entry in enumerate(applicants):
                person_id = entry["person_id"]
                key: int | str | None = person_id
                if person_id is not None:
                    person = persons.get(person_id)
                    if person is None:
                        errors.errors.append(ValidationError(
                            "not_found", field=f"applicants[{index}].person_id",
                            key=str(person_id)))
                        continue
                    name = person.name
                elif entry.get("id") is not None:
                    found = persons.by_id_number(entry["id"].value)
                    key = found.id if found is not None else entry["id"].value
                    name = entry["name"] or ""
                else:
                    name = entry.get("name") or ""
                if key is not None and key in seen:
                    errors.errors.append(ValidationError(
                        "applicant_duplicate", field=f"applicants[{index}]", name=name))
                if key is not None:
                    seen.add(key)
            if data.respondent_id is not None and EnterpriseRepository(session).get(
                    data.respondent_id) is None:
                errors.errors.append(ValidationError(
                    "not_found", field="respondent_id", key=str(data.respondent_id)))
            organization = None
            if data.organization_id is not None:
                organization = session.get(MediationOrganization, data.organization_id)
                if organization is None or organization.deleted_at is not None:
                    errors.errors.append(ValidationError(
                        "not_found", field="organization_id", key=str(data.organization_id)))
                    organization = None
            inactive: dict[int, str] = {}  # mediator id -> name
            for mediator_id in mediator_ids:
                mediator = session.get(Mediator, mediator_id)
                if mediator is None or mediator.deleted_at is not None:
                    errors.errors.append(ValidationError(
                        "not_found", field="mediator_ids", key=str(mediator_id)))
                    continue
                person = session.get(Person, mediator.person_id)
                mediator_name = person.name if person else ""
                if mediator.organization_id != data.organization_id:
                    errors.errors.append(ValidationError(
                        "mediator_wrong_organization", field="mediator_ids",
                        name=mediator_name))
                if not mediator.active:
                    inactive[mediator_id] = mediator_name
            v["organization_active"] = organization is None or organization.active
            v["inactive_mediators"] = inactive
        errors.raise_if_any()
        v["organization_id"] = data.organization_id
        v["respondent_id"] = data.respondent_id
        return v

    def _write_applicants(self, session: Session, row: MediationCase, v: dict[str, Any],
                          station: str) -> list[int]:
        """The applicants' person ids (found or created), in order."""
        person_ids: list[int] = []
        for index, entry in enumerate(v["applicants"]):
            if entry["person_id"] is not None:
                person_ids.append(int(entry["person_id"]))
                continue
            person = _find_or_create_person(
                session, station, self.ctx.today().year, name=entry["name"], parsed=entry["id"],
                phone=entry["phone"], address=entry["address"],
                field_name=f"applicants[{index}].id_number")
            assert person.id is not None
            person_ids.append(person.id)
        if len(set(person_ids)) != len(person_ids):
            raise ValidationError("applicant_duplicate", field="applicants", name="")
        return person_ids

    def _sync_children(self, session: Session, row: MediationCase, v: dict[str, Any],
                       station: str) -> None:
        """Make the case's applicants, claims and mediators what ``v`` says: rows kept where
        they match, changed in place, added, or soft-deleted (so the audit trail shows it).
        A mediator newly put on the case must be active."""
        assert row.id is not None
        now = self.ctx.clock()
        person_ids = self._write_applicants(session, row, v, station)
        parties = session.exec(select(MediationParty).where(
            MediationParty.case_id == row.id, live(MediationParty))).all()
        by_person = {p.person_id: p for p in parties}
        for order, person_id in enumerate(person_ids):
            party = by_person.pop(person_id, None)
            if party is None:
                session.add(MediationParty(case_id=row.id, person_id=person_id,
                                           sort_order=order, station_code=station))
            elif party.sort_order != order:
                party.sort_order = order
        for party in by_person.values():
            party.deleted_at = now

        claims = list(session.exec(select(MediationClaim).where(
            MediationClaim.case_id == row.id, live(MediationClaim))
            .order_by(col(MediationClaim.sort_order), col(MediationClaim.id))).all())
        for order, (item, amount) in enumerate(v["claims"]):
            if order < len(claims):
                claim = claims[order]
                claim.item, claim.amount_fen, claim.sort_order = item, amount, order
            else:
                session.add(MediationClaim(case_id=row.id, item=item, amount_fen=amount,
                                           sort_order=order, station_code=station))
        for claim in claims[len(v["claims"]):]:
            claim.deleted_at = now

        links = session.exec(select(MediationCaseMediator).where(
            MediationCaseMediator.case_id == row.id, live(MediationCaseMediator))).all()
        by_mediator = {link.mediator_id: link for link in links}
        for order, mediator_id in enumerate(v["mediator_ids"]):
            link = by_mediator.pop(mediator_id, None)
            if link is None:
                if mediator_id in v["inactive_mediators"]:
                    raise ValidationError("mediator_inactive", field="mediator_ids",
                                          name=v["inactive_mediators"][mediator_id])
                session.add(MediationCaseMediator(case_id=row.id, mediator_id=mediator_id,
                                                  sort_order=order, station_code=station))
            elif link.sort_order != order:
                link.sort_order = order
        for link in by_mediator.values():
            link.deleted_at = now

    def apply(self, data: MediationInput) -> MediationCaseRead:
        """申请: a new case from a worker's application (or an import, keeping its number)."""
        v = self._validate(data)
        uuid = client_uuid(data.uuid)
        applied_on: date = v["applied_on"]
        if data.organization_id is not None and not v["organization_active"]:
            raise ValidationError("organization_inactive", field="organization_id")
        try:
            with self.ctx.write() as session:
                before = saved_before(session, MediationCase, uuid)
                if before is not None and before.id is not None:
                    return self._read(session, before.id)
                station = self.ctx.operator().station_code
                number = v["number"]
                if number:
                    existing = session.exec(select(MediationCase.id).where(
                        MediationCase.number == number)).first()
                    if existing is not None:
                        raise ConflictError("case_exists", field="number", number=number)
                    keep_number(session, number)
                else:
                    number = next_number(session, station, RecordKind.MEDIATION,
                                         applied_on.year)
                respondent_id = v["respondent_id"]
                if respondent_id is None and v["respondent_name"]:
                    respondent_id = _find_or_create_enterprise(
                        session, station, self.ctx.today().year, v["respondent_name"])
                row = MediationCase(
                    number=number, source=MediationSource.APPLICATION, applied_on=applied_on,
                    respondent_id=respondent_id,
                    respondent_representative=v["respondent_representative"],
                    respondent_phone=v["respondent_phone"], dispute_type=v["dispute_type"],
                    facts=v["facts"], head_count=v["head_count"],
                    is_collective=is_collective(v["head_count"]),
                    organization_id=v["organization_id"], status=MediationStatus.APPLIED,
                    station_code=station,
                )
                if uuid is not None:
                    row.uuid = uuid
                session.add(row)
                session.flush()
                assert row.id is not None
                self._sync_children(session, row, v, station)
                note = f"集体争议{row.head_count}人" if row.is_collective else ""
                cases.record_event(session, KIND, row.uuid, STEP_APPLY, applied_on, note,
                                   station)
                session.flush()
                return self._read(session, row.id)
        except IntegrityError as exc:
            raise ConflictError("conflict") from exc

    def update(self, case_id: int, data: MediationInput,
               expected_version: int) -> MediationCaseRead:
        """Complete or correct the application (parties, claims, organization, mediators ...)
        while the case is 申请, 已受理 or 调解中. The number and source stay; a blank
        ``applied_on`` or ``head_count`` keeps the case's own."""
        v = self._validate(data)
        with self._step(case_id, expected_version, STEP_UPDATE) as (s, row, st):
            if not (data.applied_on or "").strip():
                v["applied_on"] = row.applied_on
            if isinstance(data.head_count, str) and not data.head_count.strip():
                v["head_count"] = max(row.head_count, len(v["applicants"]))
            if data.organization_id is not None and data.organization_id != \
                    row.organization_id and not v["organization_active"]:
                raise ValidationError("organization_inactive", field="organization_id")
            if row.accepted_on is not None and v["applied_on"] > row.accepted_on:
                raise ValidationError("date_after_next", field="applied_on",
                                      next=row.accepted_on.isoformat())
            if row.accepted_on is not None:
                missing = self._missing_for_acceptance(
                    data.organization_id, data.respondent_id or v["respondent_name"],
                    v["mediator_ids"], v["claims"])
                if missing:
                    raise missing[0] if len(missing) == 1 else ValidationErrors(missing)
            respondent_id = v["respondent_id"]
            if respondent_id is None and v["respondent_name"]:
                respondent_id = _find_or_create_enterprise(
                    s, st, self.ctx.today().year, v["respondent_name"])
            row.applied_on = v["applied_on"]
            row.respondent_id = respondent_id
            row.respondent_representative = v["respondent_representative"]
            row.respondent_phone = v["respondent_phone"]
            row.dispute_type = v["dispute_type"]
            row.facts = v["facts"]
            row.head_count = v["head_count"]
            row.is_collective = is_collective(v["head_count"])
            row.organization_id = v["organization_id"]
            self._sync_children(s, row, v, st)
            _touch(row)
            cases.record_event(s, KIND, row.uuid, STEP_UPDATE, self.ctx.today(), "", st)
            s.flush()
            return self._read(s, case_id)

    # == cases: the workflow ======================================================================
    @contextmanager
    def _step(self, case_id: int, expected_version: int,
              step: str) -> Iterator[tuple[Session, MediationCase, str]]:
        """One workflow step: the case locked at ``expected_version`` and in a status the step
        may be taken from."""
        with self.ctx.write() as session:
            found = session.get(MediationCase, case_id)
            row = require_version(None if found is None or found.deleted_at is not None
                                  else found, case_id, expected_version)
            if row.status not in TRANSITIONS[step]:
                raise ValidationError("workflow_step", field="status", status=row.status.value)
            yield session, row, self.ctx.operator().station_code

    def _step_date(self, value: date | str | None, not_before: date | None,
                   field_name: str = "on") -> date:
        today = self.ctx.today()
        day = today if value is None or value == "" else parse_date(value, field=field_name)
        _not_future(day, today, field_name)
        if not_before is not None and day < not_before:
            raise ValidationError("date_before_previous", field=field_name,
                                  previous=not_before.isoformat())
        return day

    @staticmethod
    def _last_session_on(session: Session, case_id: int) -> date | None:
        value = session.exec(
            select(func.max(MediationSession.held_on))
            .where(MediationSession.case_id == case_id, live(MediationSession))
        ).one()
        return value if isinstance(value, date) else None

    def _not_before_outcome(self, session: Session, row: MediationCase) -> date | None:
        assert row.id is not None
        days = [d for d in (row.applied_on, row.accepted_on,
                            self._last_session_on(session, row.id)) if d is not None]
        return max(days) if days else None

    @staticmethod
    def _missing_for_acceptance(organization_id: int | None, respondent: object,
                                mediator_ids: Sequence[int],
                                claims: Sequence[object]) -> list[ValidationError]:
        missing: list[ValidationError] = []
        if organization_id is None:
            missing.append(ValidationError("required", field="organization_id"))
        if not respondent:
            missing.append(ValidationError("required", field="respondent"))
        if not mediator_ids:
            missing.append(ValidationError("mediators_required", field="mediator_ids"))
        if not claims:
            missing.append(ValidationError("claims_required", field="claims"))
        return missing

    def accept(self, case_id: int, expected_version: int, *,
               on: date | str | None = None) -> MediationCaseRead:
        """受理: the 15-day limit starts (over the holiday calendar). Needs an organization, a
        respondent, a mediator and a claim; what is missing is reported together."""
        calendar = self.calendar.calendar()  # read before the transaction opens
        with self._step(case_id, expected_version, STEP_ACCEPT) as (s, row, st):
            day = self._step_date(on, row.applied_on)
            assert row.id is not None
            mediators = s.exec(select(MediationCaseMediator.mediator_id).where(
                MediationCaseMediator.case_id == row.id, live(MediationCaseMediator))).all()
            claims = s.exec(select(MediationClaim.id).where(
                MediationClaim.case_id == row.id, live(MediationClaim))).all()
            missing = self._missing_for_acceptance(row.organization_id, row.respondent_id,
                                                   list(mediators), list(claims))
            if missing:
                raise missing[0] if len(missing) == 1 else ValidationErrors(missing)
            row.status = MediationStatus.ACCEPTED
            row.accepted_on = day
            row.limit_due = row.due_on = period_end(day, MEDIATION_DAYS, calendar)
            cases.record_event(s, KIND, row.uuid, STEP_ACCEPT, day,
                               f"调解期限至{row.due_on.isoformat()}", st)
            s.flush()
            return self._read(s, case_id)

    def reject(self, case_id: int, reason: str, expected_version: int, *,
               on: date | str | None = None) -> MediationCaseRead:
        """不予受理, with the reason told to the applicant."""
        clean = require_text(reason, "reason", 1000)
        with self._step(case_id, expected_version, STEP_REJECT) as (s, row, st):
            day = self._step_date(on, row.applied_on)
            row.status = MediationStatus.REJECTED
            row.reject_reason = clean
            row.concluded_on = day
            cases.record_event(s, KIND, row.uuid, STEP_REJECT, day, clean, st)
            s.flush()
            return self._read(s, case_id)

    def _session_values(self, data: SessionInput, not_before: date | None) -> dict[str, Any]:
        errors = _Collector()
        v: dict[str, Any] = {}
        v["held_on"] = errors.check(lambda: self._step_date(
            data.held_on or None, not_before, "held_on"))
        v["place"] = errors.check(lambda: _optional_text(data.place, "place", 200)) or ""
        v["attendees"] = errors.check(
            lambda: _optional_text(data.attendees, "attendees", 500)) or ""
        v["record"] = errors.check(lambda: _optional_text(data.record, "record", 20000)) or ""
        errors.raise_if_any()
        return v

    def add_session(self, case_id: int, data: SessionInput,
                    expected_version: int) -> MediationCaseRead:
        """A mediation session and its record (调解笔录); the first one starts 调解中."""
        with self._step(case_id, expected_version, STEP_SESSION) as (s, row, st):
            assert row.id is not None
            v = self._session_values(data, row.accepted_on)
            count = int(s.exec(select(func.count(col(MediationSession.id))).where(
                MediationSession.case_id == row.id, live(MediationSession))).one())
            s.add(MediationSession(case_id=row.id, sort_order=count + 1, station_code=st, **v))
            row.status = MediationStatus.IN_MEDIATION
            _touch(row)
            note = f"第{count + 1}次调解" + (f"（{v['place']}）" if v["place"] else "")
            cases.record_event(s, KIND, row.uuid, STEP_SESSION, v["held_on"], note, st)
            s.flush()
            return self._read(s, case_id)

    def update_session(self, session_id: int, data: SessionInput,
                       expected_version: int) -> MediationSessionRead:
        """Correct a session's record (its own version) while the case is still open."""
        with self.ctx.write() as s:
            found = s.get(MediationSession, session_id)
            row = require_version(None if found is None or found.deleted_at is not None
                                  else found, session_id, expected_version)
            parent = self._load(s, row.case_id)
            if parent.status not in OPEN_STATUSES:
                raise ValidationError("workflow_step", field="status",
                                      status=parent.status.value)
            v = self._session_values(data, parent.accepted_on)
            for key, value in v.items():
                setattr(row, key, value)
            s.flush()
            return _session_read(row)

    def extend(self, case_id: int, new_due: date | str, *, consent: bool, reason: str = "",
               expected_version: int) -> MediationCaseRead:
        """延期: both parties agree to go on past the limit, until ``new_due``."""
        errors = _Collector()
        if consent is not True:
            errors.errors.append(ValidationError("extension_needs_consent", field="consent"))
        day = errors.check(lambda: parse_date(new_due, field="new_due"))
        clean = errors.check(lambda: _optional_text(reason, "reason", 1000))
        errors.raise_if_any()
        with self._step(case_id, expected_version, STEP_EXTEND) as (s, row, st):
            current = row.due_on
            if current is not None and day <= current:
                raise ValidationError("extension_date_invalid", field="new_due",
                                      due=current.isoformat())
            row.due_on = day
            row.extended = True
            row.extension_consent = True
            row.extension_reason = clean
            note = f"双方当事人同意，延至{day.isoformat()}" + (f"：{clean}" if clean else "")
            cases.record_event(s, KIND, row.uuid, STEP_EXTEND, self.ctx.today(), note, st)
            s.flush()
            return self._read(s, case_id)

    def agree(self, case_id: int, data: AgreementInput,
              expected_version: int) -> MediationCaseRead:
        """调解成功: the agreement (terms, who pays whom how much by when). Needs a session held
        and an agreed amount above zero."""
        calendar = self.calendar.calendar()
        errors = _Collector()
        terms = errors.check(lambda: require_text(data.terms, "terms", 4000))
        items: list[dict[str, Any]] = []
        for index, typed in enumerate(data.items):
            p = f"items[{index}]"
            items.append({
                "item": errors.check(partial(require_text, typed.item, f"{p}.item", 200)),
                "amount_fen": errors.check(
                    partial(_amount, typed.amount, typed.amount_fen, f"{p}.amount")),
                "payer": errors.check(partial(_optional_text, typed.payer, f"{p}.payer", 200)),
                "payee": errors.check(partial(_optional_text, typed.payee, f"{p}.payee", 200)),
                "due_on": errors.check(partial(_optional_date, typed.due_on, f"{p}.due_on")),
            })
        copies = data.copies
        if isinstance(copies, bool) or not isinstance(copies, int) \
                or not 1 <= copies <= MAX_COPIES:
            errors.errors.append(ValidationError("copies_invalid", field="copies",
                                                 max=MAX_COPIES))
        with self._step(case_id, expected_version, STEP_AGREE) as (s, row, st):
            assert row.id is not None
            day = errors.check(lambda: self._step_date(
                data.concluded_on or None, self._not_before_outcome(s, row), "concluded_on"))
            sessions = int(s.exec(select(func.count(col(MediationSession.id))).where(
                MediationSession.case_id == row.id, live(MediationSession))).one())
            errors.check(lambda: check_agreement(
                sessions, [i["amount_fen"] for i in items if i["amount_fen"] is not None]))
            if day is not None:
                for index, item in enumerate(items):
                    if item["due_on"] is not None and item["due_on"] < day:
                        errors.errors.append(ValidationError(
                            "date_before_previous", field=f"items[{index}].due_on",
                            previous=day.isoformat()))
            errors.raise_if_any()
            assert day is not None
            payer, payee = self._default_payer_payee(s, row)
            for order, item in enumerate(items):
                s.add(_Item(case_id=row.id, item=item["item"], amount_fen=item["amount_fen"],
                            payer=item["payer"] or payer, payee=item["payee"] or payee,
                            due_on=item["due_on"], sort_order=order, station_code=st))
            total = sum(int(i["amount_fen"]) for i in items)
            row.status = MediationStatus.SUCCEEDED
            row.concluded_on = day
            row.agreement_terms = terms
            row.copies = copies
            row.court_confirm_due = period_end(day, COURT_CONFIRM_DAYS, calendar)
            row.concluded_late = row.due_on is not None and day > row.due_on
            cases.record_event(s, KIND, row.uuid, STEP_AGREE, day,
                               f"协议金额{format_yuan(total)}元", st)
            s.flush()
            return self._read(s, case_id)

    @staticmethod
    def _default_payer_payee(session: Session, row: MediationCase) -> tuple[str, str]:
        payer = ""
        if row.respondent_id is not None:
            enterprise = EnterpriseRepository(session).get(row.respondent_id)
            payer = enterprise.name if enterprise else ""
        names = session.exec(
            select(Person.name)
            .join(MediationParty, col(MediationParty.person_id) == col(Person.id))
            .where(MediationParty.case_id == row.id, live(MediationParty))
            .order_by(col(MediationParty.sort_order), col(MediationParty.id))
        ).all()
        return payer[:200], APPLICANT_SEPARATOR.join(names)[:200]

    def _end(self, case_id: int, reason: str, expected_version: int, on: date | str | None,
             step: str, status: MediationStatus, *, reason_required: bool = True,
             arbitration: bool = False) -> MediationCaseRead:
        clean = (require_text(reason, "reason", 1000) if reason_required
                 else _optional_text(reason, "reason", 1000))
        calendar: HolidayCalendar | None = self.calendar.calendar() if arbitration else None
        with self._step(case_id, expected_version, step) as (s, row, st):
            day = self._step_date(on, self._not_before_outcome(s, row))
            row.status = status
            row.concluded_on = day
            row.outcome_reason = clean
            row.concluded_late = row.due_on is not None and day > row.due_on
            note = clean or ""
            if calendar is not None:
                row.arbitration_limit_on = calendar.next_working_day(
                    add_years(day, ARBITRATION_YEARS))
                note = f"{note}（仲裁时效至{row.arbitration_limit_on.isoformat()}）".lstrip()
            cases.record_event(s, KIND, row.uuid, step, day, note, st)
            s.flush()
            return self._read(s, case_id)

    def fail(self, case_id: int, reason: str, expected_version: int, *,
             on: date | str | None = None) -> MediationCaseRead:
        """调解不成: the parties are told they may apply for arbitration within a year."""
        return self._end(case_id, reason, expected_version, on, STEP_FAIL,
                         MediationStatus.FAILED, arbitration=True)

    def terminate(self, case_id: int, reason: str, expected_version: int, *,
                  on: date | str | None = None) -> MediationCaseRead:
        """终止 (a party refuses to go on, went to arbitration or court ...)."""
        return self._end(case_id, reason, expected_version, on, STEP_TERMINATE,
                         MediationStatus.TERMINATED, arbitration=True)

    def withdraw(self, case_id: int, reason: str, expected_version: int, *,
                 on: date | str | None = None) -> MediationCaseRead:
        """撤回: the applicant withdraws the application (a reason is optional)."""
        return self._end(case_id, reason, expected_version, on, STEP_WITHDRAW,
                         MediationStatus.WITHDRAWN, reason_required=False)

    def record_performance(self, case_id: int, performance: Performance | str, *,
                           expected_version: int, on: date | str | None = None,
                           note: str = "", paid_item_ids: Sequence[int] = ()
                           ) -> MediationCaseRead:
        """履行情况 of the agreement; ``paid_item_ids`` are marked paid (已履行 marks them all).
        Once 已履行 it is final."""
        errors = _Collector()
        value = _required_choice(errors, Performance, performance, "performance")
        clean_note = errors.check(lambda: _optional_text(note, "note", 1000))
        errors.raise_if_any()
        with self._step(case_id, expected_version, STEP_PERFORMANCE) as (s, row, st):
            if row.performance is Performance.HONORED:
                raise ValidationError("workflow_step", field="status",
                                      status=Performance.HONORED.value)
            day = self._step_date(on, row.performance_on or row.concluded_on)
            items = s.exec(select(_Item).where(_Item.case_id == row.id, live(_Item))).all()
            known = {i.id for i in items}
            for item_id in paid_item_ids:
                if item_id not in known:
                    raise ValidationError("not_found", field="paid_item_ids", key=str(item_id))
            for item in items:
                if item.paid_on is None and (value is Performance.HONORED
                                             or item.id in paid_item_ids):
                    item.paid_on = day
            row.performance = value
            row.performance_on = day
            row.performance_note = clean_note
            text = value.value if not clean_note else f"{value.value}：{clean_note}"
            cases.record_event(s, KIND, row.uuid, STEP_PERFORMANCE, day, text, st)
            s.flush()
            return self._read(s, case_id)



# -- routing from intake, and providers for the global search and a person's page ---------------


def route_from_intake(session: Session, intake: IntakeCase,
                      operator: Operator) -> tuple[str, str, str]:
    """转调解: a mediation case in status 申请, prefilled from the intake case (person, head
    count, employer, dispute type from the category, the request as facts). Runs inside the
    intake step's transaction; intake then writes the 转调解 link, read from both cases."""
    station = operator.station_code
    day = intake.transfer_on or intake.accepted_on or intake.registered_on
    number = next_number(session, station, RecordKind.MEDIATION, day.year)
    row = MediationCase(
        number=number, source=MediationSource.INTAKE, applied_on=day,
        respondent_id=intake.employer_id, dispute_type=dispute_type_for_category(intake.category),
        facts=intake.summary[:2000], head_count=max(intake.head_count, 1),
        is_collective=is_collective(intake.head_count), status=MediationStatus.APPLIED,
        station_code=station,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    session.add(MediationParty(case_id=row.id, person_id=intake.person_id, sort_order=0,
                               station_code=station))
    cases.record_event(session, KIND, row.uuid, STEP_APPLY, day,
                       f"由信访案件{intake.number}转入", station)
    session.flush()
    return KIND, row.uuid, row.number


def search_cases(session: Session, text: str, limit: int) -> list[SearchHit]:
    """Case numbers: whole, or the last digits with the TJ marker."""
    conditions = _number_conditions(text)
    if not conditions:
        return []
    rows = session.exec(
        _base_query(MediationCase, _first_applicant(Person.name), Enterprise.name)
        .where(or_(*conditions))
        .order_by(col(MediationCase.number).desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(kind="mediation", number=row.number,
                  title=f"{name or ''}·{row.dispute_type.value}",
                  subtitle="  ".join(x for x in (row.applied_on.isoformat(), respondent or "",
                                                 row.status.value) if x),
                  record_id=row.id or 0)
        for row, name, respondent in rows
    ]


def person_cases(session: Session, person_id: int) -> list[CaseSummary]:
    """The cases in which the person is an applicant."""
    rows = session.exec(
        _base_query(MediationCase, Enterprise.name)
        .where(exists(
            select(MediationParty.id)
            .where(col(MediationParty.case_id) == col(MediationCase.id),
                   col(MediationParty.person_id) == person_id, live(MediationParty))
            .correlate(MediationCase)))
        .order_by(col(MediationCase.applied_on).desc(), col(MediationCase.id).desc())
    ).all()
    return [
        CaseSummary(kind="mediation", number=r.number, date=r.applied_on.isoformat(),
                    title=f"{r.dispute_type.value}" + (f"：{respondent}" if respondent else ""),
                    status=r.status.value)
        for r, respondent in rows
    ]


if search_cases not in SEARCH_PROVIDERS:
    SEARCH_PROVIDERS.append(search_cases)
OVERVIEW_PROVIDERS["mediation"] = person_cases
ROUTERS[Handling.TO_MEDIATION] = route_from_intake
