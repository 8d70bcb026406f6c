"""Printing aid applications (救助审批表) and batches (发放花名册, PDF and .xlsx)."""

from __future__ import annotations

from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import NotFoundError
from unioncase.printing.aid_forms import (
    APPROVAL_FORM,
    AidFormData,
    MemberLine,
    RosterData,
    RosterLine,
    render_approval_form,
    render_roster,
    roster_xlsx,
)
from unioncase.repositories.registry import PersonRepository, StationRepository
from unioncase.services.aid import AidService
from unioncase.services.context import ServiceContext
from unioncase.services.printing import FORMS, FormSpec, PrintOptions


def _station_name(ctx: ServiceContext, code: str) -> str:
    with ctx.read() as session:
        station = StationRepository(session).by_code(code)
        return station.name if station else code


def aid_form_data(ctx: ServiceContext, number: str) -> AidFormData:
    service = AidService(ctx)
    case = service.by_number(number)
    if case is None:
        raise NotFoundError("number_not_found", number=number)
    file = service.file_of(case.person_id)
    with ctx.read() as session:
        person = PersonRepository(session).get(case.person_id)
        employer = person.employer_id if person else None
        from unioncase.repositories.registry import EnterpriseRepository

        employer_row = EnterpriseRepository(session).get(employer) if employer else None
        employer_name = employer_row.name if employer_row else ""
        sex = person.sex.value if person and person.sex else ""
        address = person.address or "" if person else ""
    return AidFormData(
        number=case.number, station_name=_station_name(ctx, case.station_code),
        program=case.program_name, name=case.person_name, id_number=case.id_number or "",
        applied_on=case.applied_on, requested_fen=case.requested_fen, printed_on=ctx.today(),
        sex=sex, phone=case.phone or "", employer=employer_name,
        address=address,
        category=file.category.value if file and file.category else "",
        causes=tuple(file.cause_list) if file else (),
        household_size=file.household_size if file else None,
        income_fen=file.income_fen if file else None,
        per_capita_monthly_fen=file.per_capita_monthly_fen if file else None,
        members=tuple(MemberLine(m.name, m.relation, m.age, m.health, m.work, m.income_fen)
                      for m in file.members) if file else (),
        reason=case.reason, batch=case.batch_name or "", approved_fen=case.approved_fen,
        reviewed_by=case.reviewed_by or "", reviewed_on=case.reviewed_on,
        review_note=case.review_note or "", approved_by=case.approved_by or "",
        approved_on=case.approved_on, paid_on=case.paid_on,
        method=case.method.value if case.method else "", bank_account=case.bank_account or "",
    )


def roster_data(ctx: ServiceContext, batch_id: int) -> RosterData:
    service = AidService(ctx)
    batch = service.batch(batch_id)
    lines = tuple(
        RosterLine(number=a.number, name=a.person_name, id_number=a.id_number or "",
                   category=a.category.value if a.category else "",
                   amount_fen=a.approved_fen if a.approved_fen is not None else a.requested_fen,
                   bank_account=a.bank_account or "", phone=a.phone or "")
        for a in service.batch_applications(batch_id))
    notice = ""
    if batch.notice_from and batch.notice_until:
        notice = (f"公示期：{batch.notice_from.isoformat()} 至 {batch.notice_until.isoformat()}")
    return RosterData(batch=batch.name, program=batch.program_name,
                      station_name=_station_name(ctx, batch.station_code),
                      printed_on=ctx.today(), lines=lines, paid_on=batch.paid_on,
                      method=batch.method.value if batch.method else "", notice=notice)


def roster_pdf(ctx: ServiceContext, batch_id: int) -> bytes:
    return render_roster(roster_data(ctx, batch_id))


def roster_workbook(ctx: ServiceContext, batch_id: int) -> bytes:
    return roster_xlsx(roster_data(ctx, batch_id))


def _render(ctx: ServiceContext, number: str, _options: PrintOptions) -> bytes:
    return render_approval_form(aid_form_data(ctx, number))


FORMS[RecordKind.AID] = [FormSpec(APPROVAL_FORM, _render)]
