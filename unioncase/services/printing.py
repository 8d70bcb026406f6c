"""Printing any record's forms by its number, for the window and the CLI alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import NotFoundError, ValidationError
from unioncase.printing.form_names import PERSON_FORM
from unioncase.repositories.registry import PersonRepository, StationRepository
from unioncase.services.context import CHINA, ServiceContext
from unioncase.services.numbers import parse_number


@dataclass(frozen=True)
class PrintOptions:
    """Choices beyond the form: which session's 调解笔录 (1, 2 ...; None = all)."""

    session: int | None = None


@dataclass(frozen=True)
class FormSpec:
    name: str
    # (context, record number, options) -> PDF bytes
    render: Callable[[ServiceContext, str, PrintOptions], bytes]


@dataclass(frozen=True)
class PrintedForm:
    number: str
    form: str
    pdf: bytes

    @property
    def filename(self) -> str:
        return f"{self.form}-{self.number}.pdf"


# kind -> its forms; the first is the default unless a chooser says otherwise.
FORMS: dict[RecordKind, list[FormSpec]] = {}
# kind -> picks the default form's name for a given number (e.g. the agreement once successful)
DEFAULT_FORM: dict[RecordKind, Callable[[ServiceContext, str], str]] = {}
# kind -> the forms that fit a given record as it stands (default: every form of the kind)
AVAILABLE_FORMS: dict[RecordKind, Callable[[ServiceContext, str], list[str]]] = {}


def _render_person(ctx: ServiceContext, number: str, _options: PrintOptions) -> bytes:
    from unioncase.printing.person_form import PersonFormData, render_person_registration

    with ctx.read() as session:
        person = PersonRepository(session).by_number(number)
        if person is None:
            raise NotFoundError("number_not_found", number=number)
        from unioncase.repositories.registry import EnterpriseRepository

        employer = (EnterpriseRepository(session).get(person.employer_id)
                    if person.employer_id else None)
        station = StationRepository(session).by_code(person.station_code)
        data = PersonFormData(
            number=person.number,
            name=person.name,
            id_number=person.id_number or "",
            sex=person.sex.value if person.sex else "",
            birth_date=person.birth_date,
            phone=person.phone or "",
            household=person.household.value if person.household else "",
            union_member=person.union_member,
            employer=employer.name if employer else "",
            address=person.address or "",
            station_name=station.name if station else person.station_code,
            notes=person.notes or "",
            printed_on=person.created_at.astimezone(CHINA).date(),  # the registration date
            operator=person.created_by,
        )
    return render_person_registration(data)


FORMS[RecordKind.PERSON] = [FormSpec(PERSON_FORM, _render_person)]


def load_forms() -> None:
    """Register every line's forms (their modules import reportlab: at the first print, not at
    start-up)."""
    from unioncase.services import (  # noqa: F401  (each registers its forms)
        aid_print,
        intake_print,
        job_print,
        mediation_print,
    )


class PrintService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def resolve(self, text: str) -> tuple[RecordKind, str]:
        """A record number (or a person's ID number) → its kind and number."""
        load_forms()
        text = text.strip().upper()
        parsed = parse_number(text)
        if parsed is not None:
            return parsed.kind, text
        if len(text) == 18:
            with self.ctx.read() as session:
                person = PersonRepository(session).by_id_number(text)
                if person is not None:
                    return RecordKind.PERSON, person.number
        raise NotFoundError("number_not_found", number=text)

    def forms_for(self, number: str) -> list[str]:
        """The forms the record can be printed on now (e.g. no agreement before one is made)."""
        kind, canonical = self.resolve(number)
        available = AVAILABLE_FORMS.get(kind)
        if available is not None:
            return available(self.ctx, canonical)
        return [spec.name for spec in FORMS.get(kind, [])]

    def render(self, number: str, form: str | None = None, *,
               session: int | None = None) -> PrintedForm:
        kind, canonical = self.resolve(number)
        specs = FORMS.get(kind, [])
        if not specs:
            raise NotFoundError("number_not_found", number=canonical)
        if form is None:
            chooser = DEFAULT_FORM.get(kind)
            form = chooser(self.ctx, canonical) if chooser else specs[0].name
        spec = next((s for s in specs if s.name == form), None)
        if spec is None:
            raise ValidationError("form_unknown", field="form", form=form,
                                  choices="、".join(s.name for s in specs))
        return PrintedForm(canonical, spec.name,
                           spec.render(self.ctx, canonical, PrintOptions(session=session)))
