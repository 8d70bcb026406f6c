"""Printing job seekers: the referral letter of the latest referral, else the registration
form; a fair's summary sheet."""

from __future__ import annotations

from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import NotFoundError, ValidationError
from unioncase.domain.money import format_yuan
from unioncase.models.jobs import JobSeekerRead, ReferralRead
from unioncase.printing.job_forms import (
    REFERRAL_LETTER,
    REGISTRATION_FORM,
    FairSummaryData,
    PositionLine,
    SeekerFormData,
    render_fair_summary,
    render_referral_letter,
    render_registration_form,
)
from unioncase.repositories.registry import SettingRepository, StationRepository
from unioncase.services.context import ServiceContext
from unioncase.services.intake_print import STATION_PHONE_KEY
from unioncase.services.jobs import JobService
from unioncase.services.printing import DEFAULT_FORM, FORMS, FormSpec, PrintOptions


def _station(ctx: ServiceContext, code: str) -> tuple[str, str]:
    with ctx.read() as session:
        station = StationRepository(session).by_code(code)
        phone = SettingRepository(session).get(STATION_PHONE_KEY, "") or ""
        return (station.name if station else code), phone


def _seeker(ctx: ServiceContext, number: str) -> JobSeekerRead:
    seeker = JobService(ctx).by_number(number)
    if seeker is None:
        raise NotFoundError("number_not_found", number=number)
    return seeker


def seeker_form_data(ctx: ServiceContext, seeker: JobSeekerRead,
                     referral: ReferralRead | None = None) -> SeekerFormData:
    station, phone = _station(ctx, seeker.station_code)
    return SeekerFormData(
        number=seeker.number, station_name=station, name=seeker.name,
        registered_on=seeker.registered_on, printed_on=ctx.today(), sex=seeker.sex,
        id_number=seeker.id_number or "", phone=seeker.phone or "",
        education=seeker.education.value if seeker.education else "",
        situation=seeker.situation.value, skills=seeker.skills, desired_job=seeker.desired_job,
        desired_pay_fen=seeker.desired_pay_fen, fair=seeker.fair_name or "", notes=seeker.notes,
        employer=referral.enterprise_name if referral else "",
        employer_address=(referral.enterprise_address or "") if referral else "",
        employer_phone=(referral.enterprise_phone or "") if referral else "",
        position=(referral.position_title or "") if referral else "",
        referred_on=referral.referred_on if referral else None, station_phone=phone)


def _registration(ctx: ServiceContext, number: str, _options: PrintOptions) -> bytes:
    return render_registration_form(seeker_form_data(ctx, _seeker(ctx, number)))


def _letter(ctx: ServiceContext, number: str, _options: PrintOptions) -> bytes:
    seeker = _seeker(ctx, number)
    if seeker.latest_referral is None:
        raise ValidationError("form_not_for_status", field="form", form=REFERRAL_LETTER,
                              status="未推荐")
    return render_referral_letter(seeker_form_data(ctx, seeker, seeker.latest_referral))


def _default(ctx: ServiceContext, number: str) -> str:
    return REFERRAL_LETTER if _seeker(ctx, number).referrals else REGISTRATION_FORM


def fair_summary_pdf(ctx: ServiceContext, fair_id: int) -> bytes:
    service = JobService(ctx)
    fair = service.fair(fair_id)
    station, _phone = _station(ctx, fair.station_code)

    def pay(low: int | None, high: int | None) -> str:
        if low and high:
            return f"{format_yuan(low)}—{format_yuan(high)}"
        return format_yuan(low or high or 0) if (low or high) else "面议"

    lines = tuple(PositionLine(p.enterprise_name, p.title, p.wanted,
                               pay(p.pay_min_fen, p.pay_max_fen))
                  for p in service.positions(fair_id=fair_id, open_only=False))
    return render_fair_summary(FairSummaryData(
        name=fair.name, held_on=fair.held_on, venue=fair.venue, organizer=fair.organizer,
        campaign=fair.campaign, station_name=station, printed_on=ctx.today(),
        employers=fair.employers, positions=fair.positions, wanted=fair.wanted,
        seekers=fair.seekers, referrals=fair.referrals, placements=fair.placements,
        lines=lines))


FORMS[RecordKind.JOB] = [FormSpec(REFERRAL_LETTER, _letter),
                         FormSpec(REGISTRATION_FORM, _registration)]
DEFAULT_FORM[RecordKind.JOB] = _default
