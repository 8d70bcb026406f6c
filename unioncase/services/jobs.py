"""就业推荐: job fairs with their employers and positions, job seekers registered at the desk or
at a fair, referrals to an employer or a position and their follow-up.

```
register (desk, fair, routed from intake) → a seeker ─ refer → 待反馈
  ─ record_result → 已上岗 (start date) | 未录用 (reason)
a referral without an answer 14 days on is due for follow-up
```
Matching works both ways on the wanted and offered job texts (``match_score``). Figures are
aggregate SQL: seekers, referrals, placements and the placement rate; per fair the employers,
positions, seekers who came, referrals and placements.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, case, func, or_, union
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from unioncase.db.database import Operator
from unioncase.domain.enums import RecordKind
from unioncase.domain.errors import ConflictError, NotFoundError, ValidationError
from unioncase.domain.intake import Handling
from unioncase.domain.jobs import _SKIP as MATCH_SKIPPED
from unioncase.domain.jobs import (
    FOLLOW_UP_DAYS,
    Education,
    ReferralResult,
    SeekerSituation,
    SeekerSource,
)
from unioncase.domain.jobs import _grams as match_grams  # the pairs and characters it scores
from unioncase.domain.money import fraction
from unioncase.domain.validators import client_uuid, parse_date, parse_money_fen, require_text
from unioncase.models import Enterprise, Person
from unioncase.models.intake import IntakeCase
from unioncase.models.jobs import (
    FairEmployer,
    JobFair,
    JobFairRead,
    JobSeeker,
    JobSeekerRead,
    Position,
    PositionRead,
    Referral,
    ReferralRead,
)
from unioncase.repositories.registry import declared_order, live, person_search_conditions
from unioncase.services import cases
from unioncase.services.context import ServiceContext, require_version, saved_before
from unioncase.services.intake import ROUTERS
from unioncase.services.numbers import keep_number, next_number, number_conditions
from unioncase.services.registry import (
    OVERVIEW_PROVIDERS,
    CaseSummary,
    PersonInput,
    PersonService,
    _Collector,
)
from unioncase.services.search import SEARCH_PROVIDERS, SearchHit

KIND = RecordKind.JOB.value  # "JY"
STEP_REGISTER = "求职登记"
STEP_REFER = "推荐"
STEP_RESULT = "反馈"
SEEKER_SORTS = ("number", "registered_on", "name", "desired_job", "situation",
                "latest_referral", "result")
_IN_CHUNK = 900  # ids per IN (...): below SQLite's oldest limit on parameters
# What a seeker's list row shows of the person and the fair (read with the seekers).
_DETAILS = (col(Person.name), col(Person.id_number), col(Person.phone), col(Person.sex),
            col(JobFair.name))


# -- inputs ---------------------------------------------------------------------------------------


@dataclass
class FairInput:
    name: str
    held_on: str = ""
    venue: str = ""
    organizer: str = ""
    campaign: str = ""
    uuid: str = ""


@dataclass
class PositionInput:
    enterprise_id: int
    title: str
    wanted: int | str = 1
    pay_min: str = ""  # yuan a month
    pay_max: str = ""
    requirements: str = ""
    fair_id: int | None = None


@dataclass
class SeekerInput:
    person_id: int | None = None
    name: str = ""  # a person new at the desk: name and ID number
    id_number: str = ""
    phone: str = ""
    education: str = ""
    skills: str = ""
    desired_job: str = ""
    desired_pay: str = ""
    situation: str = SeekerSituation.UNEMPLOYED.value
    fair_id: int | None = None  # registered at this fair
    notes: str = ""
    registered_on: str = ""
    number: str = ""
    uuid: str = ""  # made by the form: a retried save returns the seeker, not a copy


@dataclass
class ReferralInput:
    seeker_id: int
    position_id: int | None = None
    enterprise_id: int | None = None  # when referred to an employer without a position
    fair_id: int | None = None
    referred_on: str = ""
    uuid: str = ""  # made by the form: a retried save returns the referral, not a copy


@dataclass
class SeekerFilter:
    text: str = ""  # number, name (any part), pinyin or initials, ID number, phone, desired job
    date_from: date | str | None = None  # registered_on
    date_to: date | str | None = None
    fair_id: int | None = None
    enterprise_id: int | None = None  # referred to this employer
    result: str = ""  # of any of the seeker's referrals


class JobFigures(BaseModel):
    model_config = ConfigDict(frozen=True)

    seekers: int
    referred: int  # seekers with a referral
    referrals: int
    placements: int
    placement_rate: float  # placements / seekers


def _optional_date(value: str | date | None, field_name: str) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else parse_date(value, field=field_name)


def _optional_fen(text: str, field_name: str) -> int | None:
    text = text.strip()
    return parse_money_fen(text, field=field_name) if text else None


class JobService(cases.CaseRecords):
    case_kind = KIND
    case_model = JobSeeker

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # == fairs ====================================================================================
    def create_fair(self, data: FairInput) -> JobFairRead:
        errors = _Collector()
        name = errors.check(lambda: require_text(data.name, "name", 100))
        held = errors.check(lambda: _optional_date(data.held_on, "held_on"))
        uuid = errors.check(lambda: client_uuid(data.uuid))
        errors.raise_if_any()
        with self.ctx.write() as session:
            before = saved_before(session, JobFair, uuid)
            if before is not None and before.id is not None:
                return self._fair_read(session, before.id)
            row = JobFair(name=name, held_on=held or self.ctx.today(),
                          venue=data.venue.strip()[:200], organizer=data.organizer.strip()[:100],
                          campaign=data.campaign.strip()[:50],
                          station_code=self.ctx.operator().station_code)
            if uuid is not None:
                row.uuid = uuid
            session.add(row)
            session.flush()
            assert row.id is not None
            return self._fair_read(session, row.id)

    def _fair_read(self, session: Session, fair_id: int) -> JobFairRead:
        reads = self._fair_reads(session, col(JobFair.id) == fair_id)
        if not reads:
            raise NotFoundError(key=str(fair_id))
        return reads[0]

    def _fair_reads(self, session: Session, *conditions: ColumnElement[bool]
                    ) -> list[JobFairRead]:
        """The live fairs matching ``conditions``, the latest first, with their figures: five
        statements however many fairs (each figure grouped by fair over the fairs chosen)."""
        fairs = session.exec(select(JobFair).where(live(JobFair), *conditions)
                             .order_by(col(JobFair.held_on).desc(), col(JobFair.id).desc())
                             ).all()
        if not fairs:
            return []
        chosen = select(JobFair.id).where(live(JobFair), *conditions)
        employers: dict[int, int] = dict(session.exec(
            select(FairEmployer.fair_id, func.count(col(FairEmployer.id)))
            .where(live(FairEmployer), col(FairEmployer.fair_id).in_(chosen))
            .group_by(col(FairEmployer.fair_id))).all())
        positions = {fair_id: (int(n), int(wanted)) for fair_id, n, wanted in session.exec(
            select(Position.fair_id, func.count(col(Position.id)),
                   func.coalesce(func.sum(col(Position.wanted)), 0))
            .where(live(Position), col(Position.fair_id).in_(chosen))
            .group_by(col(Position.fair_id))).all()}
        placed = func.iif(col(Referral.result) == ReferralResult.PLACED, 1, 0)
        referrals = {fair_id: (int(n), int(p)) for fair_id, n, p in session.exec(
            select(Referral.fair_id, func.count(col(Referral.id)),
                   func.coalesce(func.sum(placed), 0))
            .where(live(Referral), col(Referral.fair_id).in_(chosen))
            .group_by(col(Referral.fair_id))).all()}
        # The seekers who came: registered at the fair, or referred there (once each).
        came: Any = (select(col(JobSeeker.fair_id).label("fair_id"),
                       col(JobSeeker.id).label("seeker_id"))
                .where(live(JobSeeker), col(JobSeeker.fair_id).in_(chosen)))
        referred_here: Any = (select(col(Referral.fair_id).label("fair_id"),
                                col(Referral.seeker_id).label("seeker_id"))
                         .join(JobSeeker, col(JobSeeker.id) == col(Referral.seeker_id))
                         .where(live(Referral), live(JobSeeker),
                                col(Referral.fair_id).in_(chosen)))
        both = union(came, referred_here).subquery()
        seekers: dict[int, int] = dict(session.exec(
            select(both.c.fair_id, func.count(func.distinct(both.c.seeker_id)))
            .group_by(both.c.fair_id)).all())
        reads = []
        for row in fairs:
            fair_id = row.id or 0
            n_positions, wanted = positions.get(fair_id, (0, 0))
            n_referrals, placements = referrals.get(fair_id, (0, 0))
            # A fair from a ledger declares its numbers without listing each employer and
            # position.
            reads.append(JobFairRead.model_validate(row).model_copy(update={
                "employers": max(int(employers.get(fair_id, 0)), row.declared_employers or 0),
                "positions": max(n_positions, row.declared_positions or 0), "wanted": wanted,
                "seekers": int(seekers.get(fair_id, 0)), "referrals": n_referrals,
                "placements": placements}))
        return reads

    def fair(self, fair_id: int) -> JobFairRead:
        with self.ctx.read() as session:
            return self._fair_read(session, fair_id)

    def fairs(self, campaign: str = "") -> list[JobFairRead]:
        """Every fair (of a campaign), the latest first, with its figures: five statements
        however many fairs."""
        with self.ctx.read() as session:
            conditions = [col(JobFair.campaign) == campaign] if campaign else []
            return self._fair_reads(session, *conditions)

    def fair_names(self) -> list[tuple[int, str]]:
        """(id, name) of every fair, the latest first, in one query (a filter's choices; a
        fair's figures take five queries more each)."""
        with self.ctx.read() as session:
            rows = session.exec(select(JobFair.id, JobFair.name).where(live(JobFair))
                                .order_by(col(JobFair.held_on).desc(), col(JobFair.id).desc())
                                ).all()
            return [(i, n) for i, n in rows if i is not None]

    def add_employer(self, fair_id: int, enterprise_id: int) -> JobFairRead:
        with self.ctx.write() as session:
            self._fair_read(session, fair_id)
            if session.get(Enterprise, enterprise_id) is None:
                raise ValidationError("not_found", field="enterprise_id", key=str(enterprise_id))
            known = session.exec(select(FairEmployer).where(
                FairEmployer.fair_id == fair_id, FairEmployer.enterprise_id == enterprise_id,
                live(FairEmployer))).first()
            if known is None:
                session.add(FairEmployer(fair_id=fair_id, enterprise_id=enterprise_id,
                                         station_code=self.ctx.operator().station_code))
                session.flush()
            return self._fair_read(session, fair_id)

    def fair_employers(self, fair_id: int) -> list[tuple[int, str]]:
        with self.ctx.read() as session:
            rows = session.exec(select(Enterprise.id, Enterprise.name)
                                .join(FairEmployer, col(FairEmployer.enterprise_id)
                                      == col(Enterprise.id))
                                .where(FairEmployer.fair_id == fair_id, live(FairEmployer))
                                .order_by(col(Enterprise.name_pinyin))).all()
            return [(i or 0, n) for i, n in rows]

    # == positions ================================================================================
    def add_position(self, data: PositionInput) -> PositionRead:
        errors = _Collector()
        title = errors.check(lambda: require_text(data.title, "title", 100))
        try:
            wanted = int(str(data.wanted).strip() or "1")
            if wanted < 1:
                raise ValueError
        except ValueError:
            errors.errors.append(ValidationError("wanted_invalid", field="wanted"))
            wanted = 1
        pay_min = errors.check(lambda: _optional_fen(data.pay_min, "pay_min"))
        pay_max = errors.check(lambda: _optional_fen(data.pay_max, "pay_max"))
        if pay_min is not None and pay_max is not None and pay_max < pay_min:
            errors.errors.append(ValidationError("pay_range_invalid", field="pay_max"))
        errors.raise_if_any()
        with self.ctx.write() as session:
            if session.get(Enterprise, data.enterprise_id) is None:
                raise ValidationError("not_found", field="enterprise_id",
                                      key=str(data.enterprise_id))
            station = self.ctx.operator().station_code
            if data.fair_id is not None:
                self._fair_read(session, data.fair_id)
                known = session.exec(select(FairEmployer).where(
                    FairEmployer.fair_id == data.fair_id,
                    FairEmployer.enterprise_id == data.enterprise_id,
                    live(FairEmployer))).first()
                if known is None:  # an employer offering a job at a fair takes part in it
                    session.add(FairEmployer(fair_id=data.fair_id,
                                             enterprise_id=data.enterprise_id,
                                             station_code=station))
            row = Position(enterprise_id=data.enterprise_id, fair_id=data.fair_id, title=title,
                           wanted=wanted, pay_min_fen=pay_min, pay_max_fen=pay_max,
                           requirements=data.requirements.strip()[:1000], station_code=station)
            session.add(row)
            session.flush()
            return self._position_read(session, row)

    def _position_read(self, session: Session, row: Position, score: int = 0) -> PositionRead:
        return self._position_reads(session, [row], [score])[0]

    def _position_reads(self, session: Session, rows: Sequence[Position],
                        scores: Sequence[int] | None = None) -> list[PositionRead]:
        """Read objects for ``rows`` with their employers' and fairs' names, in one statement
        more however many."""
        ids = [r.id for r in rows if r.id is not None]
        names: dict[int, tuple[str, str | None]] = {}
        for chunk in _chunks(ids):
            names.update((i, (e or "", f)) for i, e, f in session.exec(
                select(Position.id, Enterprise.name, JobFair.name)
                .join(Enterprise, col(Enterprise.id) == col(Position.enterprise_id))
                .outerjoin(JobFair, col(JobFair.id) == col(Position.fair_id))
                .where(col(Position.id).in_(chunk))).all() if i is not None)
        reads = []
        for index, row in enumerate(rows):
            enterprise_name, fair_name = names.get(row.id or 0, ("", None))
            reads.append(PositionRead.model_validate(row).model_copy(update={
                "enterprise_name": enterprise_name,
                "fair_name": fair_name if row.fair_id else None,
                "score": scores[index] if scores else 0}))
        return reads

    def positions(self, *, fair_id: int | None = None, enterprise_id: int | None = None,
                  open_only: bool = True) -> list[PositionRead]:
        with self.ctx.read() as session:
            query = select(Position).where(live(Position))
            if fair_id is not None:
                query = query.where(col(Position.fair_id) == fair_id)
            if enterprise_id is not None:
                query = query.where(col(Position.enterprise_id) == enterprise_id)
            if open_only:
                query = query.where(col(Position.open).is_(True))
            rows = session.exec(query.order_by(col(Position.id))).all()
            return self._position_reads(session, rows)

    # == seekers ==================================================================================
    def register(self, data: SeekerInput) -> JobSeekerRead:
        """求职登记: a registered person, or one new at the desk (found by ID number first)."""
        errors = _Collector()
        education = None
        if data.education:
            try:
                education = Education(data.education)
            except ValueError:
                errors.errors.append(ValidationError("choice_invalid", field="education",
                                                     value=data.education))
        try:
            situation = SeekerSituation(data.situation)
        except ValueError:
            errors.errors.append(ValidationError("choice_invalid", field="situation",
                                                 value=data.situation))
            situation = SeekerSituation.OTHER
        pay = errors.check(lambda: _optional_fen(data.desired_pay, "desired_pay"))
        day = errors.check(lambda: _optional_date(data.registered_on, "registered_on"))
        if data.person_id is None and not data.name.strip():
            errors.errors.append(ValidationError("required", field="name"))
        uuid = errors.check(lambda: client_uuid(data.uuid))
        errors.raise_if_any()
        if uuid is not None:
            with self.ctx.read() as session:
                before = saved_before(session, JobSeeker, uuid)
                if before is not None:
                    return self._seeker_read(session, before)
        person_id = data.person_id
        if person_id is None:
            persons = PersonService(self.ctx)
            found = (persons.find_by_id_number(data.id_number) if data.id_number.strip()
                     else None)
            # The person new at the desk has a uuid made from the seeker's: a retry finds it.
            person_uuid = str(uuid_module.uuid5(uuid_module.UUID(uuid), "person")) if uuid \
                else ""
            person_id = found.id if found is not None else persons.create(PersonInput(
                name=data.name, id_number=data.id_number, phone=data.phone,
                uuid=person_uuid)).id
        day = day or self.ctx.today()
        if day > self.ctx.today():
            raise ValidationError("date_future", field="registered_on")
        with self.ctx.write() as session:
            station = self.ctx.operator().station_code
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise ValidationError("not_found", field="person_id", key=str(person_id))
            if data.fair_id is not None:
                self._fair_read(session, data.fair_id)
            if data.number:
                keep_number(session, data.number)
                number = data.number
            else:
                number = next_number(session, station, RecordKind.JOB, day.year)
            row = JobSeeker(number=number, person_id=person_id, registered_on=day,
                            education=education, skills=data.skills.strip()[:500],
                            desired_job=data.desired_job.strip()[:100], desired_pay_fen=pay,
                            situation=situation,
                            source=SeekerSource.FAIR if data.fair_id else SeekerSource.DESK,
                            fair_id=data.fair_id, notes=data.notes.strip()[:1000],
                            station_code=station)
            if uuid is not None:
                row.uuid = uuid
            session.add(row)
            session.flush()
            cases.record_event(session, KIND, row.uuid, STEP_REGISTER, day,
                               row.desired_job, station)
            session.flush()
            return self._seeker_read(session, row)

    def _referral_reads(self, session: Session, *conditions: Any) -> list[ReferralRead]:
        rows = session.exec(
            select(Referral, col(Enterprise.name), col(Enterprise.address),  # type: ignore[call-overload]
                   col(Enterprise.phone), col(Position.title), col(JobFair.name),
                   col(JobSeeker.number), col(Person.name))
            .join(Enterprise, col(Enterprise.id) == col(Referral.enterprise_id))
            .join(JobSeeker, col(JobSeeker.id) == col(Referral.seeker_id))
            .join(Person, col(Person.id) == col(JobSeeker.person_id))
            .outerjoin(Position, col(Position.id) == col(Referral.position_id))
            .outerjoin(JobFair, col(JobFair.id) == col(Referral.fair_id))
            .where(live(Referral), *conditions)
            .order_by(col(Referral.referred_on), col(Referral.id))).all()
        return [ReferralRead.model_validate(r).model_copy(update={
            "enterprise_name": name, "enterprise_address": address,
            "enterprise_phone": phone, "position_title": title, "fair_name": fair,
            "seeker_number": number, "seeker_name": seeker})
            for r, name, address, phone, title, fair, number, seeker in rows]

    def _seeker_read(self, session: Session, row: JobSeeker, score: int = 0) -> JobSeekerRead:
        return self._seeker_reads(session, [row], [score])[0]

    def _seeker_details(self, session: Session, rows: Sequence[JobSeeker]
                        ) -> dict[int, tuple[Any, ...]]:
        """Per seeker id: the person's name, ID number, phone and sex, and the fair's name
        (``_DETAILS``), in one statement (per 900 seekers)."""
        details: dict[int, tuple[Any, ...]] = {}
        for chunk in _chunks([r.id for r in rows]):
            for seeker_id, *values in session.exec(
                    select(JobSeeker.id, *_DETAILS)  # type: ignore[call-overload]
                    .join(Person, col(Person.id) == col(JobSeeker.person_id))
                    .outerjoin(JobFair, col(JobFair.id) == col(JobSeeker.fair_id))
                    .where(col(JobSeeker.id).in_(chunk))).all():
                details[seeker_id] = tuple(values)
        return details

    def _seeker_reads(self, session: Session, rows: Sequence[JobSeeker],
                      scores: Sequence[int] | None = None,
                      details: dict[int, tuple[Any, ...]] | None = None
                      ) -> list[JobSeekerRead]:
        """Read objects for ``rows`` in two statements however many there are (a page of the
        list), not three a row: the persons and fairs (``details``, when the rows' query has
        not read them already), and all their referrals at once."""
        if details is None:
            details = self._seeker_details(session, rows)
        referrals: dict[int, list[ReferralRead]] = {}
        for chunk in _chunks([r.id for r in rows if r.id is not None]):
            for referral in self._referral_reads(session, col(Referral.seeker_id).in_(chunk)):
                referrals.setdefault(referral.seeker_id, []).append(referral)
        reads = []
        for index, row in enumerate(rows):
            name, id_number, phone, sex, fair_name = details.get(
                row.id or 0, ("", None, None, None, None))
            reads.append(JobSeekerRead.model_validate(row).model_copy(update={
                "name": name or "", "id_number": id_number, "phone": phone,
                "sex": sex.value if sex else "",
                "fair_name": fair_name if row.fair_id else None,
                "referrals": tuple(referrals.get(row.id or 0, ())),
                "score": scores[index] if scores else 0}))
        return reads

    def get(self, seeker_id: int) -> JobSeekerRead:
        with self.ctx.read() as session:
            return self._seeker_read(session, self._load(session, seeker_id))

    def by_number(self, number: str) -> JobSeekerRead | None:
        with self.ctx.read() as session:
            row = session.exec(select(JobSeeker).where(
                JobSeeker.number == number.strip().upper(), live(JobSeeker))).first()
            return self._seeker_read(session, row) if row is not None else None

    # == referrals ================================================================================
    def refer(self, data: ReferralInput) -> ReferralRead:
        day = _optional_date(data.referred_on, "referred_on") or self.ctx.today()
        if day > self.ctx.today():
            raise ValidationError("date_future", field="referred_on")
        uuid = client_uuid(data.uuid)
        with self.ctx.write() as session:
            before = saved_before(session, Referral, uuid)
            if before is not None:
                return self._referral_reads(session, col(Referral.id) == before.id)[0]
            seeker = self._load(session, data.seeker_id)
            enterprise_id = data.enterprise_id
            fair_id = data.fair_id
            if data.position_id is not None:
                position = session.get(Position, data.position_id)
                if position is None or position.deleted_at is not None:
                    raise ValidationError("not_found", field="position_id",
                                          key=str(data.position_id))
                if not position.open:
                    raise ValidationError("position_closed", field="position_id")
                enterprise_id = position.enterprise_id
                fair_id = fair_id if fair_id is not None else position.fair_id
            if enterprise_id is None:
                raise ValidationError("required", field="enterprise_id")
            enterprise = session.get(Enterprise, enterprise_id)
            if enterprise is None:
                raise ValidationError("not_found", field="enterprise_id", key=str(enterprise_id))
            if day < seeker.registered_on:
                raise ValidationError("date_before_previous", field="referred_on",
                                      previous=seeker.registered_on.isoformat())
            row = Referral(seeker_id=seeker.id, enterprise_id=enterprise_id,
                           position_id=data.position_id, fair_id=fair_id, referred_on=day,
                           follow_up_due=day + timedelta(days=FOLLOW_UP_DAYS),
                           station_code=seeker.station_code)
            if uuid is not None:
                row.uuid = uuid
            session.add(row)
            seeker.updated_at = self.ctx.clock()
            session.flush()
            title = ""
            if data.position_id is not None:
                title = session.get(Position, data.position_id).title  # type: ignore[union-attr]
            cases.record_event(session, KIND, seeker.uuid, STEP_REFER, day,
                               f"{enterprise.name} {title}".strip(), seeker.station_code)
            session.flush()
            return self._referral_reads(session, col(Referral.id) == row.id)[0]

    def record_result(self, referral_id: int, result: str, expected_version: int, *,
                      start_on: str | date | None = None, reason: str = "",
                      on: str | date | None = None) -> ReferralRead:
        """反馈: 已上岗 with the start date, or 未录用 with the reason."""
        try:
            outcome = ReferralResult(result)
        except ValueError:
            raise ValidationError("choice_invalid", field="result", value=result) from None
        if outcome is ReferralResult.PENDING:
            raise ValidationError("choice_invalid", field="result", value=result)
        day = _optional_date(on, "on") or self.ctx.today()
        start = _optional_date(start_on, "start_on")
        if outcome is ReferralResult.PLACED and start is None:
            raise ValidationError("required", field="start_on")
        if outcome is ReferralResult.NOT_HIRED and not reason.strip():
            raise ValidationError("required", field="reason")
        with self.ctx.write() as session:
            found = session.get(Referral, referral_id)
            row = require_version(None if found is None or found.deleted_at is not None
                                  else found, referral_id, expected_version)
            if row.result is not ReferralResult.PENDING:
                raise ConflictError("referral_answered", field="result")
            if start is not None and start < row.referred_on:
                raise ValidationError("date_before_previous", field="start_on",
                                      previous=row.referred_on.isoformat())
            row.result = outcome
            row.start_on = start if outcome is ReferralResult.PLACED else None
            row.reason = reason.strip()[:500] or None
            row.answered_on = day
            seeker = session.get(JobSeeker, row.seeker_id)
            assert seeker is not None
            note = (f"已上岗 {start.isoformat()}" if start is not None and
                    outcome is ReferralResult.PLACED else f"未录用：{reason.strip()[:100]}")
            cases.record_event(session, KIND, seeker.uuid, STEP_RESULT, day, note,
                               seeker.station_code)
            session.flush()
            return self._referral_reads(session, col(Referral.id) == row.id)[0]

    @staticmethod
    def _follow_up_conditions(day: date) -> list[ColumnElement[bool]]:
        return [col(Referral.result) == ReferralResult.PENDING,
                col(Referral.follow_up_due) <= day]

    def follow_ups(self, today: date | None = None, limit: int | None = None
                   ) -> list[ReferralRead]:
        """Referrals still 待反馈 14 days or more after they were made, oldest first (the
        first ``limit`` of them: the tab names a few and counts the rest)."""
        day = today or self.ctx.today()
        with self.ctx.read() as session:
            if limit is None:
                return self._referral_reads(session, *self._follow_up_conditions(day))
            ids = session.exec(
                select(Referral.id).where(live(Referral), *self._follow_up_conditions(day))
                .order_by(col(Referral.referred_on), col(Referral.id)).limit(limit)).all()
            return self._referral_reads(session, col(Referral.id).in_(ids)) if ids else []

    def follow_up_count(self, today: date | None = None) -> int:
        day = today or self.ctx.today()
        with self.ctx.read() as session:
            return int(session.exec(select(func.count(col(Referral.id))).where(
                live(Referral), *self._follow_up_conditions(day))).one())

    # == matching =================================================================================
    def match_positions(self, seeker_id: int, limit: int = 20) -> list[PositionRead]:
        """Open positions that fit the seeker's desired job, best first (``match_score``;
        ties by id), ranked in SQL."""
        with self.ctx.read() as session:
            seeker = self._load(session, seeker_id)
            ranked = _ranked(session, f"{seeker.desired_job} {seeker.skills}", Position,
                             col(Position.title), col(Position.requirements),
                             [live(Position), col(Position.open).is_(True)], limit)
            if not ranked:
                return []
            rows = {r.id: r for r in session.exec(select(Position).where(
                col(Position.id).in_([i for i, _s in ranked]))).all()}
            return self._position_reads(session, [rows[i] for i, _s in ranked],
                                        [s for _i, s in ranked])

    def match_seekers(self, position_id: int, limit: int = 20) -> list[JobSeekerRead]:
        """Seekers whose desired job fits the position, best first (``match_score``; ties by
        id; placed ones left out), ranked in SQL."""
        with self.ctx.read() as session:
            position = session.get(Position, position_id)
            if position is None or position.deleted_at is not None:
                raise NotFoundError(key=str(position_id))
            placed = select(Referral.seeker_id).where(
                live(Referral), col(Referral.result) == ReferralResult.PLACED)
            ranked = _ranked(session, f"{position.title} {position.requirements}", JobSeeker,
                             col(JobSeeker.desired_job), col(JobSeeker.skills),
                             [live(JobSeeker), col(JobSeeker.id).not_in(placed)], limit)
            if not ranked:
                return []
            rows = {r.id: r for r in session.exec(select(JobSeeker).where(
                col(JobSeeker.id).in_([i for i, _s in ranked]))).all()}
            return self._seeker_reads(session, [rows[i] for i, _s in ranked],
                                      [s for _i, s in ranked])

    # == lists and figures ========================================================================
    def _conditions(self, flt: SeekerFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [live(JobSeeker)]
        if flt.text.strip():
            text = flt.text.strip()
            # The person's name through its index (any part), pinyin and initials, ID number
            # (the last four or more characters, or its start), phone; the record's number.
            # The persons are found by their indexes first, not joined a seeker at a time.
            persons = person_search_conditions(text)
            found = ([col(JobSeeker.person_id).in_(select(Person.id).where(or_(*persons)))]
                     if persons else [])
            conditions.append(or_(*number_conditions(JobSeeker.number, RecordKind.JOB, text),
                                  *found,
                                  col(JobSeeker.desired_job).contains(text, autoescape=True)))
        if flt.date_from:
            conditions.append(col(JobSeeker.registered_on)
                              >= _optional_date(flt.date_from, "date_from"))
        if flt.date_to:
            conditions.append(col(JobSeeker.registered_on)
                              <= _optional_date(flt.date_to, "date_to"))
        referral = select(Referral.seeker_id).where(live(Referral))
        if flt.fair_id is not None:
            conditions.append(or_(col(JobSeeker.fair_id) == flt.fair_id,
                                  col(JobSeeker.id).in_(referral.where(
                                      col(Referral.fair_id) == flt.fair_id))))
        if flt.enterprise_id is not None:
            conditions.append(col(JobSeeker.id).in_(referral.where(
                col(Referral.enterprise_id) == flt.enterprise_id)))
        if flt.result:
            conditions.append(col(JobSeeker.id).in_(referral.where(
                col(Referral.result) == flt.result)))
        return conditions

    def page(self, flt: SeekerFilter, offset: int = 0, limit: int = 100,
             sort: str = "registered_on", descending: bool = True) -> list[JobSeekerRead]:
        """One page of the filtered list, sorted in SQL by a column of the list
        (``SEEKER_SORTS``); ties broken by id in the same direction.

        The page's ids are chosen first, sorting only what the key needs (the person only for
        the name; a text filter finds persons by their indexes), and only those rows are read
        with their persons and fairs: a sort of every seeker carrying whole rows and persons
        took ten times as long."""
        if sort not in SEEKER_SORTS:  # a mistyped key must not sort by something else
            raise ValidationError("choice_invalid", field="sort", value=sort)
        chosen = select(JobSeeker.id)
        if sort == "name":
            chosen = chosen.join(Person, col(Person.id) == col(JobSeeker.person_id))
        chosen, order = self._sorted(chosen.where(*self._conditions(flt)), sort, descending)
        ids = chosen.order_by(*order).offset(offset).limit(limit).correlate(None)
        rows: Any = (select(JobSeeker, *_DETAILS)  # type: ignore[call-overload]
                     .join(Person, col(Person.id) == col(JobSeeker.person_id))
                     .outerjoin(JobFair, col(JobFair.id) == col(JobSeeker.fair_id))
                     .where(col(JobSeeker.id).in_(ids)))
        rows, order = self._sorted(rows, sort, descending)  # the same order, on one page
        with self.ctx.read() as session:
            found = session.exec(rows.order_by(*order)).all()
            return self._seeker_reads(session, [seeker for seeker, *_d in found], details={
                seeker.id or 0: tuple(details) for seeker, *details in found})

    @staticmethod
    def _sorted(query: Any, sort: str, descending: bool) -> tuple[Any, list[Any]]:
        """``query`` with what sorting by ``sort`` joins, and the ORDER BY terms."""
        keys: list[Any]
        if sort in {"latest_referral", "result"}:
            # The latest referral is what the list shows: the last by date, then by id.
            latest = aliased(Referral)
            latest_id = (select(Referral.id)
                         .where(col(Referral.seeker_id) == col(JobSeeker.id), live(Referral))
                         .order_by(col(Referral.referred_on).desc(), col(Referral.id).desc())
                         .limit(1).correlate(JobSeeker).scalar_subquery())
            query = query.outerjoin(latest, col(latest.id) == latest_id)
            if sort == "result":
                keys = [declared_order(col(latest.result), [r.value for r in ReferralResult])]
            else:
                enterprise, position = aliased(Enterprise), aliased(Position)
                query = (query.outerjoin(enterprise,
                                         col(enterprise.id) == col(latest.enterprise_id))
                         .outerjoin(position, col(position.id) == col(latest.position_id)))
                keys = [col(enterprise.name_pinyin), col(position.title)]
        else:
            keys = [{"number": col(JobSeeker.number),
                     "registered_on": col(JobSeeker.registered_on),
                     "name": col(Person.name_pinyin),
                     "desired_job": col(JobSeeker.desired_job),
                     "situation": declared_order(col(JobSeeker.situation),
                                                 [s.value for s in SeekerSituation]),
                     }[sort]]
        # Seekers without a referral (or a value) come last in either direction.
        order = [(k.desc() if descending else k.asc()).nulls_last() for k in keys]
        order.append(col(JobSeeker.id).desc() if descending else col(JobSeeker.id).asc())
        return query, order

    def _matching(self, flt: SeekerFilter, *columns: Any) -> Any:
        """SELECT ``columns`` of the seekers ``flt`` matches (not joined to their persons: a
        join a seeker costs 15 times the count at 100,000)."""
        return select(*columns).where(*self._conditions(flt))

    def count(self, flt: SeekerFilter) -> int:
        with self.ctx.read() as session:
            return int(session.exec(self._matching(
                flt, func.count(col(JobSeeker.id)))).one())

    def figures(self, flt: SeekerFilter | None = None) -> JobFigures:
        """Seekers, those referred, referrals, placements, placement rate (of the seekers)."""
        flt = flt or SeekerFilter()
        with self.ctx.read() as session:
            seekers = self._matching(flt, col(JobSeeker.id))
            total = int(session.exec(select(func.count()).select_from(
                seekers.subquery())).one())
            referred, referrals, placements = session.exec(select(
                func.count(func.distinct(col(Referral.seeker_id))),
                func.count(col(Referral.id)),
                func.count(func.distinct(func.iif(
                    col(Referral.result) == ReferralResult.PLACED, col(Referral.seeker_id),
                    None))))
                .where(live(Referral), col(Referral.seeker_id).in_(seekers))).one()
        return JobFigures(seekers=total, referred=int(referred), referrals=int(referrals),
                          placements=int(placements),
                          placement_rate=fraction(int(placements), total))


def _chunks(ids: Sequence[int | None]) -> list[list[int]]:
    unique = list(dict.fromkeys(i for i in ids if i is not None))
    return [unique[i:i + _IN_CHUNK] for i in range(0, len(unique), _IN_CHUNK)]


def _normalized(text: Any) -> Any:
    """``text`` in SQL as ``match_score`` reads it: lower case (ASCII: SQLite's ``lower``),
    without the characters it skips."""
    out = func.lower(text)
    for char in sorted(MATCH_SKIPPED):
        out = func.replace(out, char, "")
    return out


def _ranked(session: Session, wanted: str, model: Any, first: Any, second: Any,
            conditions: list[ColumnElement[bool]], limit: int) -> list[tuple[int, int]]:
    """(id, score) of the ``limit`` rows of ``model`` matching ``conditions`` whose text
    (``first`` and ``second``) fits ``wanted`` best, by ``match_score`` computed in SQL: each
    of the wanted text's pairs of neighbouring characters found in the row's text counts three,
    each character one, and a row without a shared pair is no fit. Rows share few texts (a
    job's title, a skill): each distinct text is scored once, then the rows are ranked by their
    text's score and id with LIMIT."""
    grams = match_grams(wanted)
    if not any(len(g) == 2 for g in grams):
        return []
    distinct = (select(first.label("first"), second.label("second"))
                .where(*conditions).distinct().subquery("texts_used"))
    gram = func.json_each(json.dumps(sorted(grams))).table_valued("value").alias("gram")
    is_pair = func.length(gram.c.value) == 2
    texts = (select(distinct.c.first, distinct.c.second,
                    func.sum(case((is_pair, 3), else_=1)).label("score"))
             .select_from(distinct)
             .join(gram, func.instr(_normalized(distinct.c.first + " " + distinct.c.second),
                                    gram.c.value) > 0)
             .group_by(distinct.c.first, distinct.c.second)
             .having(func.sum(case((is_pair, 1), else_=0)) > 0)
             .cte("texts").prefix_with("MATERIALIZED"))
    score = (select(texts.c.score).where(texts.c.first == first, texts.c.second == second)
             .scalar_subquery().label("score"))
    model_id = col(model.id)
    rows = session.exec(select(model_id, score)
                        .where(*conditions, score.isnot(None))
                        .order_by(score.desc(), model_id).limit(limit)).all()
    return [(int(i), int(s)) for i, s in rows]


# -- intake routing, search, a person's page ------------------------------------------------------


def route_from_intake(session: Session, intake: IntakeCase,
                      operator: Operator) -> tuple[str, str, str]:
    """转就业: a job seeker registered from the intake case (the request as notes)."""
    station = operator.station_code
    day = intake.transfer_on or intake.accepted_on or intake.registered_on
    number = next_number(session, station, RecordKind.JOB, day.year)
    row = JobSeeker(number=number, person_id=intake.person_id, registered_on=day,
                    source=SeekerSource.INTAKE, notes=intake.summary[:1000],
                    station_code=station)
    session.add(row)
    session.flush()
    cases.record_event(session, KIND, row.uuid, STEP_REGISTER, day,
                       f"由信访案件{intake.number}转入", station)
    session.flush()
    return KIND, row.uuid, row.number


def search_seekers(session: Session, text: str, limit: int) -> list[SearchHit]:
    conditions = number_conditions(JobSeeker.number, RecordKind.JOB, text)
    if not conditions:
        return []
    rows = session.exec(select(JobSeeker, Person.name)
                        .join(Person, col(Person.id) == col(JobSeeker.person_id))
                        .where(live(JobSeeker), or_(*conditions))
                        .order_by(col(JobSeeker.number).desc()).limit(limit)).all()
    return [SearchHit(kind="jobs", number=r.number, title=f"{name}·求职登记",
                      subtitle=f"{r.registered_on.isoformat()}  {r.desired_job}",
                      record_id=r.id or 0) for r, name in rows]


def person_seekers(session: Session, person_id: int) -> list[CaseSummary]:
    rows = session.exec(select(JobSeeker).where(JobSeeker.person_id == person_id,
                                                live(JobSeeker))
                        .order_by(col(JobSeeker.registered_on).desc())).all()
    return [CaseSummary(kind="jobs", number=r.number, date=r.registered_on.isoformat(),
                        title=r.desired_job or "求职登记", status=r.situation.value)
            for r in rows]


if search_seekers not in SEARCH_PROVIDERS:
    SEARCH_PROVIDERS.append(search_seekers)
OVERVIEW_PROVIDERS["jobs"] = person_seekers
ROUTERS[Handling.TO_JOBS] = route_from_intake
