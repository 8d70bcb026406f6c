"""Printing mediation cases: the application, the notice of acceptance, the session records,
the agreement and the notices that end a mediation without agreement."""

from __future__ import annotations

from collections.abc import Callable

from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import NotFoundError, ValidationError
from unioncase.domain.mediation import PAYMENT_ORDER_TYPES, MediationStatus
from unioncase.models.mediation import MediationCaseRead
from unioncase.printing.mediation_forms import (
    AGREEMENT,
    APPLICATION,
    FAILURE_NOTICE,
    FORM_RENDERERS,
    NOTICE_OF_ACCEPTANCE,
    SESSION_RECORD,
    TERMINATION_NOTICE,
    AgreedLine,
    ClaimLine,
    MediationFormData,
    MediatorLine,
    PartyLine,
    RespondentLine,
    SessionLine,
)
from unioncase.repositories.registry import StationRepository
from unioncase.services.context import ServiceContext
from unioncase.services.mediation import MediationService
from unioncase.services.printing import (
    AVAILABLE_FORMS,
    DEFAULT_FORM,
    FORMS,
    FormSpec,
    PrintOptions,
)

# form -> the statuses a case must be in to print it (a form without an entry prints always)
FORM_STATUSES: dict[str, frozenset[MediationStatus]] = {
    NOTICE_OF_ACCEPTANCE: frozenset(MediationStatus) - {MediationStatus.APPLIED,
                                                        MediationStatus.REJECTED},
    AGREEMENT: frozenset({MediationStatus.SUCCEEDED}),
    FAILURE_NOTICE: frozenset({MediationStatus.FAILED}),
    TERMINATION_NOTICE: frozenset({MediationStatus.TERMINATED}),
}


def forms_for_case(case: MediationCaseRead) -> list[str]:
    """The forms that make sense for the case as it stands, in print-menu order."""
    names = []
    for name in (APPLICATION, NOTICE_OF_ACCEPTANCE, SESSION_RECORD, AGREEMENT, FAILURE_NOTICE,
                 TERMINATION_NOTICE):
        if name == SESSION_RECORD and not case.sessions:
            continue
        statuses = FORM_STATUSES.get(name)
        if statuses is None or case.status in statuses:
            names.append(name)
    return names


def _case(ctx: ServiceContext, number: str) -> MediationCaseRead:
    case = MediationService(ctx).by_number(number)
    if case is None:
        raise NotFoundError("number_not_found", number=number)
    return case


def mediation_form_data(ctx: ServiceContext, case: MediationCaseRead,
                        session: int | None = None) -> MediationFormData:
    service = MediationService(ctx)
    organization = (service.organization(case.organization_id)
                    if case.organization_id is not None else None)
    with ctx.read() as db:
        station = StationRepository(db).by_code(case.station_code)
        station_name = station.name if station else case.station_code
    return MediationFormData(
        number=case.number,
        station_name=station_name,
        organization_name=case.organization_name or "",
        organization_type=organization.org_type.value if organization else "",
        organization_phone=(organization.phone or "") if organization else "",
        printed_on=ctx.today(),
        applicants=tuple(PartyLine(p.name, p.sex or "", p.id_number or "", p.phone or "",
                                   p.address or "") for p in case.applicants),
        respondent=RespondentLine(case.respondent_name or "", case.respondent_credit_code or "",
                                  case.respondent_address or "",
                                  case.respondent_representative or "",
                                  case.respondent_phone or ""),
        dispute_type=case.dispute_type.value,
        head_count=case.head_count,
        is_collective=case.is_collective,
        facts=case.facts,
        mediators=tuple(MediatorLine(m.name, m.certificate_number or "", m.is_lead)
                        for m in sorted(case.mediators, key=lambda m: not m.is_lead)),
        status=case.status.value,
        applied_on=case.applied_on,
        claims=tuple(ClaimLine(c.item, c.amount_fen) for c in case.claims),
        accepted_on=case.accepted_on,
        due_on=case.due_on,
        sessions=tuple(SessionLine(s.seq, s.held_on, s.place, s.attendees, s.record)
                       for s in case.sessions),
        agreement_terms=case.agreement_terms or "",
        agreed_items=tuple(AgreedLine(i.item, i.amount_fen, i.payer, i.payee, i.due_on)
                           for i in case.agreed_items),
        concluded_on=case.concluded_on,
        copies=case.copies,
        payment_order=case.dispute_type in PAYMENT_ORDER_TYPES,
        court_confirm_due=case.court_confirm_due,
        outcome_reason=case.outcome_reason or "",
        arbitration_limit_on=case.arbitration_limit_on,
        session=session,
    )


def _check_printable(case: MediationCaseRead, form: str, session: int | None) -> None:
    statuses = FORM_STATUSES.get(form)
    if statuses is not None and case.status not in statuses:
        raise ValidationError("form_not_for_status", field="form", form=form,
                              status=case.status.value)
    if form == SESSION_RECORD:
        if not case.sessions:
            raise ValidationError("form_needs_session", field="form", form=form)
        if session is not None and all(s.seq != session for s in case.sessions):
            raise ValidationError("session_not_found", field="session", session=session,
                                  count=len(case.sessions))


def _renderer(form: str) -> FormSpec:
    render_form: Callable[[MediationFormData], bytes] = FORM_RENDERERS[form]

    def render(ctx: ServiceContext, number: str, options: PrintOptions) -> bytes:
        case = _case(ctx, number)
        _check_printable(case, form, options.session)
        return render_form(mediation_form_data(ctx, case, options.session))

    return FormSpec(form, render)


def _default_form(ctx: ServiceContext, number: str) -> str:
    case = _case(ctx, number)
    return AGREEMENT if case.status is MediationStatus.SUCCEEDED else APPLICATION


FORMS[RecordKind.MEDIATION] = [_renderer(name) for name in
                               (APPLICATION, NOTICE_OF_ACCEPTANCE, SESSION_RECORD, AGREEMENT,
                                FAILURE_NOTICE, TERMINATION_NOTICE)]
DEFAULT_FORM[RecordKind.MEDIATION] = _default_form
AVAILABLE_FORMS[RecordKind.MEDIATION] = lambda ctx, number: forms_for_case(_case(ctx, number))
