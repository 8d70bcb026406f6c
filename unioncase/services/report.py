"""The work report of a period (年度工作数据): the figures of the four lines of work, computed
with aggregate SQL, as JSON-ready values and as the sentences of a work summary.

Definitions, for the period [from, to] (and one station when asked):
- intake: ``cases`` registered in the period; ``persons`` the sum of their head counts;
  ``by_channel`` counts keyed visit/call/letter/online; ``by_category`` counts keyed by the
  Chinese category; ``closed`` those of the period's cases closed on or before the period's end;
  ``closure_rate`` closed ÷ cases; ``group_cases`` cases of 5 or more people.
- mediation: ``organizations`` and ``mediators`` active in the registry; ``cases`` applied in the
  period; ``concluded`` those of them concluded (调解成功, 调解不成, 撤回, 终止); ``successful``
  调解成功; ``success_rate`` successful ÷ concluded; ``agreed_amount_fen`` the agreed amounts of
  the successful ones.
- aid: ``disbursements`` payments dated in the period; ``persons`` distinct persons paid;
  ``amount_fen``; ``by_program`` keyed by program name: ``persons``, ``batches`` (distinct batch
  names), ``amount_fen``.
- jobs: ``fairs`` held in the period; ``seekers`` distinct persons registered in the period;
  ``referrals`` referrals dated in the period; ``placed`` those of them 已上岗.
Rates are fractions with four decimals; money is integer fen.

Each figure's conditions are written once (``intake_registered``, ``mediation_succeeded`` ...):
``figures`` counts with them, ``records``/``record_count`` list the rows behind a figure key
(``intake.closed``, ``intake.by_channel.call``, ``aid.by_program.大病救助`` ..., optionally one
month), and ``monthly`` groups them by month for the charts. ``report_file`` makes the bytes of
the json, text, xlsx and pdf reports for the command line and the window alike.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, Date, Integer, Select, String, case, cast, func, null, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from unioncase.domain.aid import AidStatus
from unioncase.domain.errors import ValidationError
from unioncase.domain.intake import GROUP_THRESHOLD, IntakeChannel
from unioncase.domain.jobs import ReferralResult
from unioncase.domain.mediation import CONCLUDED_STATUSES, MediationStatus
from unioncase.domain.money import format_percent, format_wan, fraction
from unioncase.domain.validators import parse_date
from unioncase.files import write_atomically
from unioncase.models.aid import AidApplication, AidBatch, AidProgram
from unioncase.models.intake import IntakeCase
from unioncase.models.jobs import JobFair, JobSeeker, Position, Referral
from unioncase.models.mediation import (
    MediationAgreementItem,
    MediationCase,
    MediationOrganization,
    MediationParty,
    Mediator,
)
from unioncase.models.registry import Enterprise, Person
from unioncase.repositories.registry import StationRepository, live
from unioncase.services.context import ServiceContext

__all__ = [
    "REPORT_FORMATS",
    "FigureRecordRead",
    "MonthlyFigures",
    "Period",
    "ReportService",
    "render_report",
    "report_file",
    "summary_sentences",
    "write_atomically",
]

REPORT_FORMATS = ("json", "text", "xlsx", "pdf")
QUARTER_NAMES = ("一", "二", "三", "四")
Condition = ColumnElement[bool]
Rows = Select[*tuple[Any, ...]]  # labelled columns, see FigureRecordRead
Query = TypeVar("Query", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def of(cls, year: int | None = None, start: str | date | None = None,
           end: str | date | None = None) -> Period:
        """A whole year, or from–to (both days included)."""
        if year is not None:
            if start or end:
                raise ValidationError("period_ambiguous", field="year")
            _check_year(year)
            return cls(date(year, 1, 1), date(year, 12, 31))
        if not start or not end:
            raise ValidationError("period_required", field="from")
        first = start if isinstance(start, date) else parse_date(start, field="from")
        last = end if isinstance(end, date) else parse_date(end, field="to")
        if last < first:
            raise ValidationError("period_reversed", field="to")
        return cls(first, last)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """第N季度 of a year (1–4)."""
        _check_year(year)
        if not 1 <= quarter <= 4:
            raise ValidationError("choice_invalid", field="quarter", value=quarter)
        first = date(year, 3 * quarter - 2, 1)
        return cls(first, _month_end(year, 3 * quarter))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        _check_year(year)
        if not 1 <= month <= 12:
            raise ValidationError("choice_invalid", field="month", value=month)
        return cls(date(year, month, 1), _month_end(year, month))

    def months(self) -> list[str]:
        """Every month the period touches, as ``YYYY-MM``, in order."""
        result = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            result.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result

    def title(self) -> str:
        """The report's title: 2026年工作数据, 2026年第一季度工作数据, 2026年3月工作数据, or
        工作数据 for any other span (the exact dates are printed under the title)."""
        year = self.start.year
        if self == Period.of(year):
            return f"{year}年工作数据"
        if self.start.day == 1 and self.end.year == year:
            if self == Period.month(year, self.start.month):
                return f"{year}年{self.start.month}月工作数据"
            if self.start.month % 3 == 1 and self == Period.quarter(year,
                                                                    self.start.month // 3 + 1):
                return f"{year}年第{QUARTER_NAMES[self.start.month // 3]}季度工作数据"
        return "工作数据"

    def within_month(self, month: str) -> Period:
        """The part of the period in ``month`` (``YYYY-MM``); may be empty (end < start)."""
        try:
            year_text, month_text = month.split("-")
            first = date(int(year_text), int(month_text), 1)
        except ValueError as exc:
            raise ValueError(f"not a month: {month!r}") from exc
        last = _month_end(first.year, first.month)
        return Period(max(first, self.start), min(last, self.end))


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError("year_invalid", field="year", year=year)


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def _between(column: Any, period: Period) -> Condition:
    return col(column).between(period.start, period.end)


def _at(model: Any, station: str) -> list[Condition]:
    return [col(model.station_code) == station] if station else []


# -- the conditions of every figure: figures() counts with them, records() lists with them ------

def intake_registered(period: Period, station: str) -> list[Condition]:
    """受理: intake cases registered in the period."""
    return [live(IntakeCase), _between(IntakeCase.registered_on, period),
            *_at(IntakeCase, station)]


def intake_closed(period: Period) -> Condition:
    """结案: closed on or before the period's end."""
    return col(IntakeCase.closed_on) <= period.end


def intake_group() -> Condition:
    """集体访: ``GROUP_THRESHOLD`` or more people."""
    return col(IntakeCase.head_count) >= GROUP_THRESHOLD


def organizations_registered(station: str) -> list[Condition]:
    return [live(MediationOrganization), col(MediationOrganization.active).is_(True),
            *_at(MediationOrganization, station)]


def mediators_registered(station: str) -> list[Condition]:
    return [live(Mediator), col(Mediator.active).is_(True), *_at(Mediator, station)]


def mediation_applied(period: Period, station: str) -> list[Condition]:
    return [live(MediationCase), _between(MediationCase.applied_on, period),
            *_at(MediationCase, station)]


def mediation_concluded() -> Condition:
    return col(MediationCase.status).in_(list(CONCLUDED_STATUSES))


def mediation_succeeded() -> Condition:
    return col(MediationCase.status) == MediationStatus.SUCCEEDED


def aid_paid(period: Period, station: str) -> list[Condition]:
    """发放: aid payments (paid applications) dated in the period."""
    return [live(AidApplication), col(AidApplication.status) == AidStatus.PAID,
            _between(AidApplication.paid_on, period), *_at(AidApplication, station)]


def fairs_held(period: Period, station: str) -> list[Condition]:
    return [live(JobFair), _between(JobFair.held_on, period), *_at(JobFair, station)]


def seekers_registered(period: Period, station: str) -> list[Condition]:
    return [live(JobSeeker), _between(JobSeeker.registered_on, period), *_at(JobSeeker, station)]


def referrals_made(period: Period, station: str) -> list[Condition]:
    return [live(Referral), _between(Referral.referred_on, period), *_at(Referral, station)]


def referral_placed() -> Condition:
    return col(Referral.result) == ReferralResult.PLACED


def _count_if(condition: Condition) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _month_of(session: Session, column: Any) -> Any:
    """``YYYY-MM`` of a date column, in SQL."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return func.to_char(column, "YYYY-MM")
    if dialect in ("mysql", "mariadb"):
        return func.date_format(column, "%Y-%m")
    return func.strftime("%Y-%m", column)


# -- the records behind a figure -----------------------------------------------------------------

class FigureRecordRead(BaseModel):
    """One row of the list behind a figure. ``kind`` says what opens it: the lines of work
    (intake, mediation, aid, jobs: by ``number``), or fair, organization, mediator."""

    model_config = ConfigDict(frozen=True)

    kind: str
    record_id: int
    number: str
    day: date | None
    name: str
    what: str
    status: str
    amount_fen: int | None = None
    person_id: int | None = None
    records: int = 1  # payments folded into one row of a person (aid.persons)


@dataclass(frozen=True)
class _Source:
    kind: str
    date_column: Any  # what a month filter applies to; None for the undated registries
    rows: Callable[[list[Condition]], Rows]
    amounts: bool = False  # whether the rows carry money


_NO_AMOUNT = cast(null(), Integer)


def _intake_rows(where: list[Condition]) -> Rows:
    return (sa_select(col(IntakeCase.id).label("record_id"), col(IntakeCase.number).label("number"),
                   col(IntakeCase.registered_on).label("day"), col(Person.name).label("name"),
                   (cast(col(IntakeCase.channel), String) + "·" + col(IntakeCase.category) + "："
                    + col(IntakeCase.summary)).label("what"),
                   col(IntakeCase.status).label("status"), _NO_AMOUNT.label("amount_fen"),
                   col(IntakeCase.person_id).label("person_id"))
            .join(Person, col(Person.id) == col(IntakeCase.person_id)).where(*where))


def _mediation_rows(where: list[Condition]) -> Rows:
    applicant = (select(col(Person.name))
                 .join(MediationParty, col(MediationParty.person_id) == col(Person.id))
                 .where(col(MediationParty.case_id) == col(MediationCase.id), live(MediationParty))
                 .order_by(col(MediationParty.sort_order), col(MediationParty.id))
                 .limit(1).scalar_subquery())
    agreed = (select(func.coalesce(func.sum(col(MediationAgreementItem.amount_fen)), 0))
              .where(col(MediationAgreementItem.case_id) == col(MediationCase.id),
                     live(MediationAgreementItem)).scalar_subquery())
    return (sa_select(col(MediationCase.id).label("record_id"),
                   col(MediationCase.number).label("number"),
                   col(MediationCase.applied_on).label("day"),
                   func.coalesce(applicant, "").label("name"),
                   (cast(col(MediationCase.dispute_type), String) + "·"
                    + func.coalesce(col(Enterprise.name), "")).label("what"),
                   col(MediationCase.status).label("status"),
                   case((mediation_succeeded(), agreed), else_=None).label("amount_fen"),
                   cast(null(), Integer).label("person_id"))
            .outerjoin(Enterprise, col(Enterprise.id) == col(MediationCase.respondent_id))
            .where(*where))


def _aid_joined(query: Query) -> Query:
    return (query.join(AidProgram, col(AidProgram.id) == col(AidApplication.program_id))
            .outerjoin(AidBatch, col(AidBatch.id) == col(AidApplication.batch_id)))


def _aid_what() -> Any:
    return (col(AidProgram.name)
            + func.coalesce(" · " + col(AidBatch.name), "")).label("what")


def _aid_rows(where: list[Condition]) -> Rows:
    return _aid_joined(
        sa_select(col(AidApplication.id).label("record_id"),
               col(AidApplication.number).label("number"),
               col(AidApplication.paid_on).label("day"), col(Person.name).label("name"),
               _aid_what(), col(AidApplication.status).label("status"),
               col(AidApplication.approved_fen).label("amount_fen"),
               col(AidApplication.person_id).label("person_id"))
        .select_from(AidApplication)
        .join(Person, col(Person.id) == col(AidApplication.person_id))).where(*where)


def _aid_person_rows(where: list[Condition]) -> Rows:
    """One row per person paid: their latest payment, the number and the sum of payments."""
    paid = _aid_joined(
        sa_select(col(AidApplication.person_id).label("person_id"),
               func.max(col(AidApplication.id)).label("latest_id"),
               func.max(col(AidApplication.paid_on)).label("day"),
               func.count().label("records"),
               func.coalesce(func.sum(col(AidApplication.approved_fen)), 0).label("amount_fen"))
        .select_from(AidApplication)).where(*where).group_by(
            col(AidApplication.person_id)).subquery()
    return _aid_joined(
        sa_select(paid.c.latest_id.label("record_id"), col(AidApplication.number).label("number"),
               paid.c.day, col(Person.name).label("name"), _aid_what(),
               col(AidApplication.status).label("status"), paid.c.amount_fen,
               paid.c.person_id, paid.c.records)
        .select_from(paid)
        .join(AidApplication, col(AidApplication.id) == paid.c.latest_id)
        .join(Person, col(Person.id) == paid.c.person_id))


def _fair_rows(where: list[Condition]) -> Rows:
    return sa_select(col(JobFair.id).label("record_id"), col(JobFair.campaign).label("number"),
                  col(JobFair.held_on).label("day"), col(JobFair.name).label("name"),
                  col(JobFair.venue).label("what"), col(JobFair.organizer).label("status"),
                  _NO_AMOUNT.label("amount_fen"),
                  cast(null(), Integer).label("person_id")).where(*where)


def _seeker_rows(where: list[Condition]) -> Rows:
    """One row per person registered (JobSeeker rows of the same person count once): their
    latest registration in the period."""
    latest = (sa_select(func.max(col(JobSeeker.id)).label("latest_id"))
              .where(*where).group_by(col(JobSeeker.person_id)).subquery())
    return (sa_select(col(JobSeeker.id).label("record_id"), col(JobSeeker.number).label("number"),
                   col(JobSeeker.registered_on).label("day"), col(Person.name).label("name"),
                   col(JobSeeker.desired_job).label("what"),
                   col(JobSeeker.situation).label("status"), _NO_AMOUNT.label("amount_fen"),
                   col(JobSeeker.person_id).label("person_id"))
            .select_from(latest)
            .join(JobSeeker, col(JobSeeker.id) == latest.c.latest_id)
            .join(Person, col(Person.id) == col(JobSeeker.person_id)))


def _referral_rows(where: list[Condition]) -> Rows:
    return (sa_select(col(Referral.id).label("record_id"), col(JobSeeker.number).label("number"),
                   col(Referral.referred_on).label("day"), col(Person.name).label("name"),
                   (col(Enterprise.name) + func.coalesce(" · " + col(Position.title), ""))
                   .label("what"),
                   col(Referral.result).label("status"), _NO_AMOUNT.label("amount_fen"),
                   col(JobSeeker.person_id).label("person_id"))
            .select_from(Referral)
            .join(JobSeeker, col(JobSeeker.id) == col(Referral.seeker_id))
            .join(Person, col(Person.id) == col(JobSeeker.person_id))
            .join(Enterprise, col(Enterprise.id) == col(Referral.enterprise_id))
            .outerjoin(Position, col(Position.id) == col(Referral.position_id))
            .where(*where))


def _organization_rows(where: list[Condition]) -> Rows:
    return sa_select(col(MediationOrganization.id).label("record_id"),
                  func.coalesce(col(MediationOrganization.town), "").label("number"),
                  col(MediationOrganization.founded_on).label("day"),
                  col(MediationOrganization.name).label("name"),
                  col(MediationOrganization.org_type).label("what"),
                  func.coalesce(col(MediationOrganization.contact), "").label("status"),
                  _NO_AMOUNT.label("amount_fen"),
                  cast(null(), Integer).label("person_id")).where(*where)


def _mediator_rows(where: list[Condition]) -> Rows:
    return (sa_select(col(Mediator.id).label("record_id"),
                   func.coalesce(col(Mediator.certificate_number), "").label("number"),
                   cast(null(), Date).label("day"), col(Person.name).label("name"),
                   col(MediationOrganization.name).label("what"),
                   col(Mediator.kind).label("status"), _NO_AMOUNT.label("amount_fen"),
                   col(Mediator.person_id).label("person_id"))
            .join(Person, col(Person.id) == col(Mediator.person_id))
            .join(MediationOrganization,
                  col(MediationOrganization.id) == col(Mediator.organization_id))
            .where(*where))


_INTAKE = _Source("intake", IntakeCase.registered_on, _intake_rows)
_MEDIATION = _Source("mediation", MediationCase.applied_on, _mediation_rows, amounts=True)
_AID = _Source("aid", AidApplication.paid_on, _aid_rows, amounts=True)
_AID_PERSONS = _Source("aid", AidApplication.paid_on, _aid_person_rows, amounts=True)
_FAIRS = _Source("fair", JobFair.held_on, _fair_rows)
_SEEKERS = _Source("jobs", JobSeeker.registered_on, _seeker_rows)
_REFERRALS = _Source("jobs", Referral.referred_on, _referral_rows)
_ORGANIZATIONS = _Source("organization", None, _organization_rows)
_MEDIATORS = _Source("mediator", None, _mediator_rows)

SORT_KEYS = ("number", "day", "name", "what", "status", "amount_fen")


def _figure(figure: str, period: Period, station: str) -> tuple[_Source, list[Condition]]:
    """The rows behind a figure key and the conditions that select them: exactly those the
    figure is counted with."""
    simple: dict[str, tuple[_Source, Callable[[], list[Condition]]]] = {
        "intake.cases": (_INTAKE, lambda: intake_registered(period, station)),
        "intake.closed": (_INTAKE, lambda: [*intake_registered(period, station),
                                            intake_closed(period)]),
        "intake.group_cases": (_INTAKE, lambda: [*intake_registered(period, station),
                                                 intake_group()]),
        "mediation.organizations": (_ORGANIZATIONS, lambda: organizations_registered(station)),
        "mediation.mediators": (_MEDIATORS, lambda: mediators_registered(station)),
        "mediation.cases": (_MEDIATION, lambda: mediation_applied(period, station)),
        "mediation.concluded": (_MEDIATION, lambda: [*mediation_applied(period, station),
                                                     mediation_concluded()]),
        "mediation.successful": (_MEDIATION, lambda: [*mediation_applied(period, station),
                                                      mediation_succeeded()]),
        "mediation.agreed": (_MEDIATION, lambda: [*mediation_applied(period, station),
                                                  mediation_succeeded()]),
        "aid.disbursements": (_AID, lambda: aid_paid(period, station)),
        "aid.persons": (_AID_PERSONS, lambda: aid_paid(period, station)),
        "jobs.fairs": (_FAIRS, lambda: fairs_held(period, station)),
        "jobs.seekers": (_SEEKERS, lambda: seekers_registered(period, station)),
        "jobs.referrals": (_REFERRALS, lambda: referrals_made(period, station)),
        "jobs.placed": (_REFERRALS, lambda: [*referrals_made(period, station),
                                             referral_placed()]),
    }
    if figure in simple:
        source, where = simple[figure]
        return source, where()
    group, _, value = figure.rpartition(".")
    if group == "intake.by_channel":
        channels = {c.key: c for c in IntakeChannel}
        if value in channels:
            return _INTAKE, [*intake_registered(period, station),
                             col(IntakeCase.channel) == channels[value]]
    elif group == "intake.by_category" and value:
        return _INTAKE, [*intake_registered(period, station), col(IntakeCase.category) == value]
    elif group == "aid.by_program" and value:
        return _AID, [*aid_paid(period, station), col(AidProgram.name) == value]
    raise ValueError(f"no such figure: {figure!r}")


@dataclass(frozen=True)
class MonthlyFigures:
    """The month-by-month counts behind the charts; every tuple runs over ``months``."""

    months: tuple[str, ...]  # YYYY-MM
    intake_by_channel: dict[str, tuple[int, ...]]  # visit/call/letter/online
    referrals: tuple[int, ...]
    placed: tuple[int, ...]


class ReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def figures(self, period: Period, station: str = "") -> dict[str, Any]:
        """The report as plain values (the JSON of ``unioncase report --format json``)."""
        with self.ctx.read() as session:
            # -- intake
            registered = intake_registered(period, station)
            cases, persons, closed, group = session.exec(select(
                func.count(col(IntakeCase.id)),
                func.coalesce(func.sum(col(IntakeCase.head_count)), 0),
                _count_if(intake_closed(period)),
                _count_if(intake_group()),
            ).where(*registered)).one()
            channels = dict(session.exec(select(IntakeCase.channel, func.count())
                                         .where(*registered)
                                         .group_by(col(IntakeCase.channel))).all())
            categories = session.exec(select(IntakeCase.category, func.count())
                                      .where(*registered).group_by(col(IntakeCase.category))
                                      .order_by(func.count().desc(),
                                                col(IntakeCase.category))).all()
            intake = {
                "cases": int(cases), "persons": int(persons),
                "by_channel": {c.key: int(channels.get(c, 0)) for c in IntakeChannel},
                "by_category": {name: int(n) for name, n in categories},
                "closed": int(closed), "closure_rate": fraction(int(closed), int(cases)),
                "group_cases": int(group),
            }

            # -- mediation
            organizations = session.exec(select(func.count(col(MediationOrganization.id)))
                                         .where(*organizations_registered(station))).one()
            mediators = session.exec(select(func.count(col(Mediator.id)))
                                     .where(*mediators_registered(station))).one()
            applied = mediation_applied(period, station)
            m_cases, concluded, successful = session.exec(select(
                func.count(col(MediationCase.id)),
                _count_if(mediation_concluded()),
                _count_if(mediation_succeeded()),
            ).where(*applied)).one()
            agreed = session.exec(
                select(func.coalesce(func.sum(col(MediationAgreementItem.amount_fen)), 0))
                .join(MediationCase,
                      col(MediationCase.id) == col(MediationAgreementItem.case_id))
                .where(*applied, live(MediationAgreementItem), mediation_succeeded())).one()
            mediation = {
                "organizations": int(organizations), "mediators": int(mediators),
                "cases": int(m_cases), "concluded": int(concluded),
                "successful": int(successful),
                "success_rate": fraction(int(successful), int(concluded)),
                "agreed_amount_fen": int(agreed),
            }

            # -- aid
            paid = aid_paid(period, station)
            payments, aided, amount = session.exec(select(
                func.count(col(AidApplication.id)),
                func.count(func.distinct(col(AidApplication.person_id))),
                func.coalesce(func.sum(col(AidApplication.approved_fen)), 0),
            ).where(*paid)).one()
            programs = session.exec(_aid_joined(
                select(AidProgram.name,
                       func.count(func.distinct(col(AidApplication.person_id))),
                       func.count(func.distinct(col(AidBatch.id))),
                       func.coalesce(func.sum(col(AidApplication.approved_fen)), 0))
                .select_from(AidApplication))
                .where(*paid).group_by(col(AidProgram.name))
                .order_by(col(AidProgram.name))).all()
            aid = {
                "disbursements": int(payments), "persons": int(aided),
                "amount_fen": int(amount or 0),
                "by_program": {name: {"persons": int(p), "batches": int(b),
                                      "amount_fen": int(a or 0)}
                               for name, p, b, a in programs},
            }

            # -- jobs
            fairs = session.exec(select(func.count(col(JobFair.id)))
                                 .where(*fairs_held(period, station))).one()
            seekers = session.exec(select(func.count(func.distinct(col(JobSeeker.person_id))))
                                   .where(*seekers_registered(period, station))).one()
            referrals, placed = session.exec(select(
                func.count(col(Referral.id)), _count_if(referral_placed()),
            ).where(*referrals_made(period, station))).one()
            jobs = {"fairs": int(fairs), "seekers": int(seekers),
                    "referrals": int(referrals), "placed": int(placed)}

        return {"period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
                **({"station": station} if station else {}),
                "intake": intake, "mediation": mediation, "aid": aid, "jobs": jobs}

    def monthly(self, period: Period, station: str = "") -> MonthlyFigures:
        """Intake by channel, referrals and placements per month of the period (grouped in
        SQL with the figures' own conditions; months without records are 0)."""
        months = period.months()
        with self.ctx.read() as session:
            month = _month_of(session, IntakeCase.registered_on)
            by_channel: dict[tuple[str, str], int] = {
                (str(m), IntakeChannel(channel).key): int(n)
                for m, channel, n in session.exec(
                    select(month, col(IntakeCase.channel), func.count())
                    .where(*intake_registered(period, station))
                    .group_by(month, col(IntakeCase.channel))).all()}
            month = _month_of(session, Referral.referred_on)
            jobs = {str(m): (int(r), int(p)) for m, r, p in session.exec(
                select(month, func.count(col(Referral.id)), _count_if(referral_placed()))
                .where(*referrals_made(period, station)).group_by(month)).all()}
        return MonthlyFigures(
            months=tuple(months),
            intake_by_channel={c.key: tuple(by_channel.get((m, c.key), 0) for m in months)
                               for c in IntakeChannel},
            referrals=tuple(jobs.get(m, (0, 0))[0] for m in months),
            placed=tuple(jobs.get(m, (0, 0))[1] for m in months))

    # -- the records behind a figure -----------------------------------------------------------
    def _rows(self, figure: str, period: Period, station: str, month: str | None,
              text: str) -> tuple[_Source, Rows]:
        source, where = _figure(figure, period, station)
        if month is not None:
            if source.date_column is None:
                raise ValueError(f"{figure} is not dated")
            where = [*where, _between(source.date_column, period.within_month(month))]
        rows = source.rows(where).subquery("figure_rows")
        text = text.strip()
        if text:
            return source, sa_select(rows).where(or_(
                rows.c.number.contains(text, autoescape=True),
                rows.c.name.contains(text, autoescape=True),
                rows.c.what.contains(text, autoescape=True)))
        return source, sa_select(rows)

    def records(self, period: Period, station: str, figure: str, offset: int = 0,
                limit: int = 200, *, month: str | None = None, text: str = "",
                sort: str = "number", descending: bool = False) -> list[FigureRecordRead]:
        """One page of the records a figure counts (``figure`` as ``intake.closed``,
        ``intake.by_channel.call``, ``aid.by_program.大病救助`` ...), optionally only those of
        one month (``YYYY-MM``) and those whose number, name or description contains ``text``;
        sorted in SQL by ``sort`` (one of SORT_KEYS), ties by record."""
        if sort not in SORT_KEYS:
            raise ValueError(f"no such sort key: {sort!r}")
        source, query = self._rows(figure, period, station, month, text)
        rows = query.subquery("page")
        key = rows.c[sort]
        order = [key.desc() if descending else key.asc(),
                 rows.c.record_id.desc() if descending else rows.c.record_id.asc()]
        with self.ctx.read() as session:
            found = session.execute(sa_select(rows).order_by(*order)
                                    .offset(max(offset, 0)).limit(max(limit, 0))).all()
        return [FigureRecordRead(
            kind=source.kind, record_id=int(r.record_id), number=r.number or "", day=r.day,
            name=r.name or "", what=r.what or "", status=str(r.status or ""),
            amount_fen=None if r.amount_fen is None else int(r.amount_fen),
            person_id=r.person_id, records=int(getattr(r, "records", 1) or 1))
            for r in found]

    def record_count(self, period: Period, station: str, figure: str, *,
                     month: str | None = None, text: str = "") -> int:
        """How many records ``records`` lists (all pages)."""
        _source, query = self._rows(figure, period, station, month, text)
        with self.ctx.read() as session:
            return int(session.execute(sa_select(func.count())
                                       .select_from(query.subquery("counted"))).scalar_one())

    def has_amounts(self, figure: str) -> bool:
        """Whether the records of a figure carry money (the list shows an amount column)."""
        source, _where = _figure(figure, Period.of(2000), "")
        return source.amounts

    def kind(self, figure: str) -> str:
        """What the records of a figure are: intake, mediation, aid, jobs (cases opened by
        number), fair, organization or mediator."""
        source, _where = _figure(figure, Period.of(2000), "")
        return source.kind

    # -- the report as a file ------------------------------------------------------------------
    def heading(self, period: Period, station: str = "") -> tuple[str, str]:
        """The report's title and the organization it is for: the station asked for, else
        this database's own station."""
        code = station or self.ctx.station_code or ""
        with self.ctx.read() as session:
            found = StationRepository(session).by_code(code) if code else None
            name = found.name if found is not None else station
        return period.title(), name


def render_report(report: dict[str, Any], fmt: str, title: str, organization: str) -> bytes:
    """The bytes of a report file: json, text (the summary sentences), xlsx or pdf."""
    if fmt == "json":
        return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    sentences = summary_sentences(report)
    if fmt == "text":
        return "".join(f"{line}。\n" for line in sentences).encode("utf-8")
    from unioncase.printing.report_files import report_pdf, report_xlsx

    if fmt == "xlsx":
        return report_xlsx(report, sentences, f"{organization} {title}".strip())
    if fmt == "pdf":
        return report_pdf(report, sentences, title, organization)
    raise ValidationError("choice_invalid", field="format", value=fmt)


def report_file(ctx: ServiceContext, period: Period, station: str = "",
                fmt: str = "json") -> bytes:
    """The report of a period (and a station) as the bytes of a file in ``fmt``: what
    ``unioncase report`` writes and the window's export buttons save."""
    service = ReportService(ctx)
    report = service.figures(period, station)
    title, organization = service.heading(period, station)
    return render_report(report, fmt, title, organization)


def summary_sentences(report: dict[str, Any]) -> list[str]:
    """The figures as the sentences of a work summary (工作总结)."""
    intake, mediation, aid, jobs = (report["intake"], report["mediation"], report["aid"],
                                    report["jobs"])
    channels = intake["by_channel"]
    parts = [f"{label}{channels[key]}件" for key, label in
             (("visit", "来访"), ("call", "来电"), ("letter", "来信"), ("online", "网络"))
             if channels[key]]
    lines = [
        f"受理来访、来电、来信{intake['cases']}件"
        + (f"，其中{'、'.join(parts)}" if parts else "")
        + f"，涉及{intake['persons']}人次，结案{intake['closed']}件，"
        f"结案率{format_percent(intake['closed'], intake['cases'])}",
        f"调解组织{mediation['organizations']}个，调解人员{mediation['mediators']}名",
        f"受理劳动争议调解案件{mediation['cases']}件，调解成功{mediation['successful']}件，"
        f"调解成功率{format_percent(mediation['successful'], mediation['concluded'])}，"
        f"涉及金额{format_wan(mediation['agreed_amount_fen'])}万元",
        f"救助困难职工{aid['persons']}人，发放救助金{format_wan(aid['amount_fen'])}万元",
    ]
    for name, program in aid["by_program"].items():
        amount = f"发放救助金额{format_wan(program['amount_fen'])}万元"
        if program["batches"]:
            lines.append(f"开展{name}{program['batches']}批，救助{program['persons']}人，{amount}")
        else:
            lines.append(f"{name}{program['persons']}人，{amount}")
    lines.append(f"召开招聘洽谈会{jobs['fairs']}场，接待求职人员{jobs['seekers']}人，"
                 f"推荐上岗{jobs['placed']}人")
    return lines
