"""劳动争议调解: mediation organizations, mediators, cases with their parties, claims, sessions
and agreed items."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict
from sqlmodel import Field

from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.enums import Sex
from unioncase.domain.mediation import (
    DEFAULT_COPIES,
    DisputeType,
    MediationSource,
    MediationStatus,
    MediatorKind,
    OrganizationType,
    Performance,
    PromptCode,
)
from unioncase.models.base import RecordMixin, RecordRead, StrEnumType

# -- tables ---------------------------------------------------------------------------------------


class MediationOrganization(RecordMixin, table=True):
    """A 劳动争议调解委员会 (of a town, an industrial park, a village, an enterprise, a trade)."""

    __tablename__ = "mediation_organization"

    name: str = Field(max_length=100, index=True)
    org_type: OrganizationType = Field(sa_type=StrEnumType(OrganizationType))
    town: str | None = Field(default=None, max_length=50)
    founded_on: dt.date | None = None
    contact: str | None = Field(default=None, max_length=50)
    phone: str | None = Field(default=None, max_length=30)
    active: bool = Field(default=True)


class Mediator(RecordMixin, table=True):
    """A person serving as a mediator in one organization."""

    __tablename__ = "mediator"

    person_id: int = Field(foreign_key="person.id", index=True)
    organization_id: int = Field(foreign_key="mediation_organization.id", index=True)
    kind: MediatorKind = Field(sa_type=StrEnumType(MediatorKind))
    certificate_number: str | None = Field(default=None, max_length=50)
    phone: str | None = Field(default=None, max_length=30)
    active: bool = Field(default=True)


class MediationCase(RecordMixin, table=True):
    __tablename__ = "mediation_case"

    number: str = Field(max_length=40, unique=True, index=True)
    source: MediationSource = Field(default=MediationSource.APPLICATION,
                                    sa_type=StrEnumType(MediationSource))
    applied_on: dt.date = Field(index=True)
    respondent_id: int | None = Field(default=None, foreign_key="enterprise.id", index=True)
    respondent_representative: str | None = Field(default=None, max_length=50)
    respondent_phone: str | None = Field(default=None, max_length=30)
    dispute_type: DisputeType = Field(sa_type=StrEnumType(DisputeType), index=True)
    facts: str = Field(default="", max_length=2000)
    head_count: int = Field(default=1)
    is_collective: bool = Field(default=False, index=True)
    organization_id: int | None = Field(default=None, foreign_key="mediation_organization.id",
                                        index=True)
    status: MediationStatus = Field(default=MediationStatus.APPLIED,
                                    sa_type=StrEnumType(MediationStatus), index=True)
    accepted_on: dt.date | None = None
    reject_reason: str | None = Field(default=None, max_length=1000)
    limit_due: dt.date | None = None
    due_on: dt.date | None = Field(default=None, index=True)
    extended: bool = Field(default=False)
    extension_consent: bool = Field(default=False)
    extension_reason: str | None = Field(default=None, max_length=1000)
    concluded_on: dt.date | None = Field(default=None, index=True)
    outcome_reason: str | None = Field(default=None, max_length=1000)
    concluded_late: bool = Field(default=False)
    agreement_terms: str | None = Field(default=None, max_length=4000)
    copies: int = Field(default=DEFAULT_COPIES)
    court_confirm_due: dt.date | None = None
    arbitration_limit_on: dt.date | None = None
    performance: Performance | None = Field(default=None, sa_type=StrEnumType(Performance))
    performance_on: dt.date | None = None
    performance_note: str | None = Field(default=None, max_length=1000)


class MediationParty(RecordMixin, table=True):
    """An applicant (申请人) of a case; the respondent is the case's enterprise."""

    __tablename__ = "mediation_party"

    case_id: int = Field(foreign_key="mediation_case.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    sort_order: int = Field(default=0)


class MediationCaseMediator(RecordMixin, table=True):
    """A mediator on a case; ``sort_order`` 0 presides (主持调解员)."""

    __tablename__ = "mediation_case_mediator"

    case_id: int = Field(foreign_key="mediation_case.id", index=True)
    mediator_id: int = Field(foreign_key="mediator.id", index=True)
    sort_order: int = Field(default=0)


class MediationClaim(RecordMixin, table=True):
    """One claim of the application (请求事项), with its amount in fen (0: not money)."""

    __tablename__ = "mediation_claim"

    case_id: int = Field(foreign_key="mediation_case.id", index=True)
    item: str = Field(max_length=200)
    amount_fen: int = Field(default=0)
    sort_order: int = Field(default=0)


class MediationSession(RecordMixin, table=True):
    """One mediation session and its record (调解笔录)."""

    __tablename__ = "mediation_session"

    case_id: int = Field(foreign_key="mediation_case.id", index=True)
    held_on: dt.date
    place: str = Field(default="", max_length=200)
    attendees: str = Field(default="", max_length=500)
    record: str = Field(default="", max_length=20000)
    sort_order: int = Field(default=1)


class MediationAgreementItem(RecordMixin, table=True):
    """One agreed term with money: who pays whom, how much (fen), by when; and when it was paid."""

    __tablename__ = "mediation_agreement_item"

    case_id: int = Field(foreign_key="mediation_case.id", index=True)
    item: str = Field(max_length=200)
    amount_fen: int = Field(default=0)
    payer: str = Field(default="", max_length=200)
    payee: str = Field(default="", max_length=200)
    due_on: dt.date | None = Field(default=None, index=True)
    paid_on: dt.date | None = None
    sort_order: int = Field(default=0)


# -- read models ----------------------------------------------------------------------------------


class OrganizationRead(RecordRead):
    name: str
    org_type: OrganizationType
    town: str | None
    founded_on: dt.date | None
    contact: str | None
    phone: str | None
    active: bool
    # Filled by the service.
    mediator_count: int = 0
    open_cases: int = 0


class MediatorRead(RecordRead):
    person_id: int
    organization_id: int
    kind: MediatorKind
    certificate_number: str | None
    phone: str | None
    active: bool
    # Filled by the service.
    name: str = ""
    person_number: str = ""
    organization_name: str = ""
    open_cases: int = 0
    overdue_cases: int = 0


class MediationPartyRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    person_id: int
    name: str
    number: str
    id_number: str | None
    sex: Sex | None
    phone: str | None
    address: str | None


class CaseMediatorRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    mediator_id: int
    person_id: int
    name: str
    kind: MediatorKind
    certificate_number: str | None
    phone: str | None
    is_lead: bool


class ClaimRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    item: str
    amount_fen: int


class AgreedItemRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    item: str
    amount_fen: int
    payer: str
    payee: str
    due_on: dt.date | None
    paid_on: dt.date | None


class MediationSessionRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    uuid: str
    version: int
    case_id: int
    seq: int  # 第N次调解
    held_on: dt.date
    place: str
    attendees: str
    record: str
    created_at: dt.datetime
    created_by: str


class MediationPromptRead(BaseModel):
    """Something to tell the parties now (see ``PromptCode``), with its date if it has one."""

    model_config = ConfigDict(frozen=True)

    code: PromptCode
    due_on: dt.date | None = None


class MediationCaseRead(RecordRead):
    """A mediation case as the window shows it: every column, the names it refers to, its
    parts, totals in fen and what to tell the parties."""

    number: str
    source: MediationSource
    applied_on: dt.date
    respondent_id: int | None
    respondent_representative: str | None
    respondent_phone: str | None
    dispute_type: DisputeType
    facts: str
    head_count: int
    is_collective: bool
    organization_id: int | None
    status: MediationStatus
    accepted_on: dt.date | None
    reject_reason: str | None
    limit_due: dt.date | None
    due_on: dt.date | None
    extended: bool
    extension_consent: bool
    extension_reason: str | None
    concluded_on: dt.date | None
    outcome_reason: str | None
    concluded_late: bool
    agreement_terms: str | None
    copies: int
    court_confirm_due: dt.date | None
    arbitration_limit_on: dt.date | None
    performance: Performance | None
    performance_on: dt.date | None
    performance_note: str | None

    # Filled by the service from the registries, the child tables and the clock.
    respondent_name: str | None = None
    respondent_credit_code: str | None = None
    respondent_address: str | None = None
    organization_name: str | None = None
    source_number: str | None = None  # the intake case this one was routed from
    applicants: tuple[MediationPartyRead, ...] = ()
    mediators: tuple[CaseMediatorRead, ...] = ()
    claims: tuple[ClaimRead, ...] = ()
    sessions: tuple[MediationSessionRead, ...] = ()
    agreed_items: tuple[AgreedItemRead, ...] = ()
    claimed_fen: int = 0
    agreed_fen: int = 0
    session_count: int = 0
    # due_on while the case is open (已受理, 调解中), None otherwise.
    current_due: dt.date | None = None
    deadline_status: DeadlineStatus | None = None
    prompts: tuple[MediationPromptRead, ...] = ()
