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
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func
from sqlmodel import col, select

from unioncase.domain.aid import AidStatus
from unioncase.domain.errors import ValidationError
from unioncase.domain.intake import GROUP_THRESHOLD, IntakeChannel
from unioncase.domain.jobs import ReferralResult
from unioncase.domain.mediation import CONCLUDED_STATUSES, MediationStatus
from unioncase.domain.money import format_percent, format_wan, fraction
from unioncase.domain.validators import parse_date
from unioncase.models.aid import AidApplication, AidBatch, AidProgram
from unioncase.models.intake import IntakeCase
from unioncase.models.jobs import JobFair, JobSeeker, Referral
from unioncase.models.mediation import (
    MediationAgreementItem,
    MediationCase,
    MediationOrganization,
    Mediator,
)
from unioncase.repositories.registry import live
from unioncase.services.context import ServiceContext


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
            if not 2000 <= year <= 2100:
                raise ValidationError("year_invalid", field="year", year=year)
            return cls(date(year, 1, 1), date(year, 12, 31))
        if not start or not end:
            raise ValidationError("period_required", field="from")
        first = start if isinstance(start, date) else parse_date(start, field="from")
        last = end if isinstance(end, date) else parse_date(end, field="to")
        if last < first:
            raise ValidationError("period_reversed", field="to")
        return cls(first, last)


def _between(column: Any, period: Period) -> ColumnElement[bool]:
    return col(column).between(period.start, period.end)


class ReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def figures(self, period: Period, station: str = "") -> dict[str, Any]:
        """The report as plain values (the JSON of ``unioncase report --format json``)."""
        with self.ctx.read() as session:
            def at(model: Any) -> list[ColumnElement[bool]]:
                return [col(model.station_code) == station] if station else []

            # -- intake
            in_period = [live(IntakeCase), _between(IntakeCase.registered_on, period),
                         *at(IntakeCase)]
            cases, persons, closed, group = session.exec(select(
                func.count(col(IntakeCase.id)),
                func.coalesce(func.sum(col(IntakeCase.head_count)), 0),
                func.coalesce(func.sum(case((col(IntakeCase.closed_on) <= period.end, 1),
                                            else_=0)), 0),
                func.coalesce(func.sum(case((col(IntakeCase.head_count) >= GROUP_THRESHOLD,
                                             1), else_=0)), 0),
            ).where(*in_period)).one()
            channels = dict(session.exec(select(IntakeCase.channel, func.count())
                                         .where(*in_period)
                                         .group_by(col(IntakeCase.channel))).all())
            categories = session.exec(select(IntakeCase.category, func.count())
                                      .where(*in_period).group_by(col(IntakeCase.category))
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
                                         .where(live(MediationOrganization),
                                                col(MediationOrganization.active).is_(True),
                                                *at(MediationOrganization))).one()
            mediators = session.exec(select(func.count(col(Mediator.id)))
                                     .where(live(Mediator), col(Mediator.active).is_(True),
                                            *at(Mediator))).one()
            applied = [live(MediationCase), _between(MediationCase.applied_on, period),
                       *at(MediationCase)]
            m_cases, concluded, successful = session.exec(select(
                func.count(col(MediationCase.id)),
                func.coalesce(func.sum(case((col(MediationCase.status).in_(
                    list(CONCLUDED_STATUSES)), 1), else_=0)), 0),
                func.coalesce(func.sum(case((col(MediationCase.status)
                                             == MediationStatus.SUCCEEDED, 1), else_=0)), 0),
            ).where(*applied)).one()
            agreed = session.exec(
                select(func.coalesce(func.sum(col(MediationAgreementItem.amount_fen)), 0))
                .join(MediationCase,
                      col(MediationCase.id) == col(MediationAgreementItem.case_id))
                .where(*applied, live(MediationAgreementItem),
                       col(MediationCase.status) == MediationStatus.SUCCEEDED)).one()
            mediation = {
                "organizations": int(organizations), "mediators": int(mediators),
                "cases": int(m_cases), "concluded": int(concluded),
                "successful": int(successful),
                "success_rate": fraction(int(successful), int(concluded)),
                "agreed_amount_fen": int(agreed),
            }

            # -- aid
            paid = [live(AidApplication), col(AidApplication.status) == AidStatus.PAID,
                    _between(AidApplication.paid_on, period), *at(AidApplication)]
            payments, aided, amount = session.exec(select(
                func.count(col(AidApplication.id)),
                func.count(func.distinct(col(AidApplication.person_id))),
                func.coalesce(func.sum(col(AidApplication.approved_fen)), 0),
            ).where(*paid)).one()
            programs = session.exec(
                select(AidProgram.name,
                       func.count(func.distinct(col(AidApplication.person_id))),
                       func.count(func.distinct(col(AidBatch.name))),
                       func.coalesce(func.sum(col(AidApplication.approved_fen)), 0))
                .join(AidProgram, col(AidProgram.id) == col(AidApplication.program_id))
                .outerjoin(AidBatch, col(AidBatch.id) == col(AidApplication.batch_id))
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
            fairs = session.exec(select(func.count(col(JobFair.id))).where(
                live(JobFair), _between(JobFair.held_on, period), *at(JobFair))).one()
            seekers = session.exec(select(func.count(func.distinct(col(JobSeeker.person_id))))
                                   .where(live(JobSeeker),
                                          _between(JobSeeker.registered_on, period),
                                          *at(JobSeeker))).one()
            referrals, placed = session.exec(select(
                func.count(col(Referral.id)),
                func.coalesce(func.sum(case((col(Referral.result) == ReferralResult.PLACED, 1),
                                            else_=0)), 0),
            ).where(live(Referral), _between(Referral.referred_on, period),
                    *at(Referral))).one()
            jobs = {"fairs": int(fairs), "seekers": int(seekers),
                    "referrals": int(referrals), "placed": int(placed)}

        return {"period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
                **({"station": station} if station else {}),
                "intake": intake, "mediation": mediation, "aid": aid, "jobs": jobs}


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
