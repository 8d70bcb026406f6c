"""Printing intake cases: the channel's registration form, the receipt and the transfer slip."""

from __future__ import annotations

from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import NotFoundError
from unioncase.printing.intake_forms import CHANNEL_FORM, FORM_RENDERERS, IntakeFormData
from unioncase.repositories.registry import (
    PersonRepository,
    SettingRepository,
    StationRepository,
)
from unioncase.services.context import CHINA, ServiceContext
from unioncase.services.intake import IntakeService
from unioncase.services.printing import DEFAULT_FORM, FORMS, FormSpec, PrintOptions

STATION_PHONE_KEY = "station_phone"


def intake_form_data(ctx: ServiceContext, number: str) -> IntakeFormData:
    case = IntakeService(ctx).by_number(number)
    if case is None:
        raise NotFoundError("number_not_found", number=number)
    with ctx.read() as session:
        person = PersonRepository(session).get(case.person_id)
        sex = person.sex.value if person and person.sex else ""
        address = person.address if person and person.address else ""
        person_phone = person.phone if person and person.phone else ""
        station = StationRepository(session).by_code(case.station_code)
        station_name = station.name if station else case.station_code
        contact = SettingRepository(session).get(STATION_PHONE_KEY, "") or ""
    created = case.created_at.astimezone(CHINA)
    return IntakeFormData(
        number=case.number,
        channel=case.channel.value,
        registered_on=case.registered_on,
        station_name=station_name,
        operator=case.created_by,
        name=case.person_name,
        id_number=case.person_id_number or "",
        sex=sex,
        phone=case.phone or person_phone,
        address=address,
        employer=case.employer_name or "",
        category=case.category,
        head_count=case.head_count,
        is_group=case.is_group,
        is_repeat=case.is_repeat,
        repeat_of_number=case.repeat_of_number or "",
        summary=case.summary,
        call_seconds=case.call_seconds,
        call_time=f"{created:%H:%M}" if case.channel.value == "来电" else "",
        letter_date=case.letter_date,
        sender_address=case.sender_address or "",
        status=case.status.value,
        accepted_on=case.accepted_on,
        accept_due=case.accept_due,
        handle_due=case.handle_due,
        handling=case.handling.value if case.handling else "",
        transfer_department=case.transfer_department or "",
        transfer_on=case.transfer_on,
        result=case.result or "",
        closed_on=case.closed_on,
        callback_on=case.callback_on,
        satisfaction=case.satisfaction.value if case.satisfaction else "",
        contact_phone=contact,
        printed_on=ctx.today(),
    )


def _renderer(form: str) -> FormSpec:
    def render(ctx: ServiceContext, number: str, _options: PrintOptions) -> bytes:
        return FORM_RENDERERS[form](intake_form_data(ctx, number))

    return FormSpec(form, render)


def _default_form(ctx: ServiceContext, number: str) -> str:
    case = IntakeService(ctx).by_number(number)
    if case is None:
        raise NotFoundError("number_not_found", number=number)
    return CHANNEL_FORM[case.channel.value]


FORMS[RecordKind.INTAKE] = [_renderer(name) for name in
                            ("来访登记表", "来电记录单", "来信登记表", "受理回执", "转办单")]
DEFAULT_FORM[RecordKind.INTAKE] = _default_form
