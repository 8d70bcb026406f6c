"""就业推荐 at city scale: matching ranked in SQL gives the ranking the Python loop over every row
gave; the fairs list and a page of seekers are read in a fixed number of statements."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import col, select

from tests.conftest import valid_id
from tests.test_jobs_service import employer, statements
from unioncase.domain.jobs import ReferralResult, match_score
from unioncase.models.jobs import JobSeeker, Position, Referral
from unioncase.services import UnionCase
from unioncase.services.jobs import (
    FairInput,
    PositionInput,
    ReferralInput,
    SeekerFilter,
    SeekerInput,
)

# Titles and requirements, and desired jobs and skills, that share pairs, characters only,
# pairs split by the characters the score skips, ASCII in either case, and exact ties.
OFFERED = [("电焊工", "持焊工证，两年以上经验"), ("普工", ""), ("货车司机", "B2驾照"),
           ("维修电工", "持电工证"), ("操作工", "能倒班"), ("叉车司机", "叉车证"),
           ("电焊工", "持焊工证，两年以上经验"), ("电工（高压）", "电工-进网许可证"),
           ("司机", "b2驾照、熟悉嘉兴路况"), ("会计", "初级会计职称")]
WANTED = [("焊工", "焊工证"), ("货车司机", "B2驾照"), ("电工", ""), ("维修-电工", "电 工证"),
          ("普工", "能适应倒班"), ("操作工", ""), ("司机", "叉车证 B2"), ("会计", ""),
          ("焊工", "焊工证"), ("", "")]


def _old_positions(app: UnionCase, seeker_id: int, limit: int) -> list[tuple[int, int]]:
    """The ranking before SQL: every open position scored in Python, best first, by id."""
    with app.ctx.read() as session:
        seeker = session.get(JobSeeker, seeker_id)
        assert seeker is not None
        wanted = f"{seeker.desired_job} {seeker.skills}"
        scored = [(match_score(wanted, f"{p.title} {p.requirements}"), p.id or 0)
                  for p in session.exec(select(Position).where(
                      col(Position.deleted_at).is_(None), col(Position.open).is_(True))).all()]
    return _best(scored, limit)


def _old_seekers(app: UnionCase, position_id: int, limit: int) -> list[tuple[int, int]]:
    with app.ctx.read() as session:
        position = session.get(Position, position_id)
        assert position is not None
        offered = f"{position.title} {position.requirements}"
        placed = select(Referral.seeker_id).where(
            col(Referral.deleted_at).is_(None), col(Referral.result) == ReferralResult.PLACED)
        scored = [(match_score(f"{s.desired_job} {s.skills}", offered), s.id or 0)
                  for s in session.exec(select(JobSeeker).where(
                      col(JobSeeker.deleted_at).is_(None),
                      col(JobSeeker.id).not_in(placed))).all()]
    return _best(scored, limit)


def _best(scored: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """(id, score) of the fitting ones of (score, id), best first, then by id."""
    fitting = sorted(((s, i) for s, i in scored if s), key=lambda t: (-t[0], t[1]))
    return [(i, s) for s, i in fitting[:limit]]


@pytest.fixture
def market(app: UnionCase) -> tuple[list[int], list[int]]:
    """The positions of OFFERED (the fifth one closed) and the seekers of WANTED (the
    second one placed): (position ids, seeker ids)."""
    company = employer(app, "嘉兴恒力机械有限公司", "91330402MA2B3C4D1")
    positions = [app.jobs.add_position(PositionInput(company, title, 2, "", "",
                                                     requirements)).id
                 for title, requirements in OFFERED]
    with app.ctx.write() as session:
        closed = session.get(Position, positions[4])
        assert closed is not None
        closed.open = False
    seekers = [app.jobs.register(SeekerInput(name=f"求职{i}", id_number=valid_id(seq=f"{i:03d}"),
                                             desired_job=job, skills=skills)).id
               for i, (job, skills) in enumerate(WANTED)]
    referral = app.jobs.refer(ReferralInput(seekers[1], position_id=positions[2]))
    app.jobs.record_result(referral.id, "已上岗", referral.version, start_on="2026-11-25")
    return positions, seekers


@pytest.mark.parametrize("limit", [20, 2])
def test_positions_are_ranked_in_sql_as_they_were_in_python(
        app: UnionCase, market: tuple[list[int], list[int]], limit: int) -> None:
    _positions, seekers = market
    some = 0
    for seeker_id in seekers:
        ranked = [(p.id, p.score) for p in app.jobs.match_positions(seeker_id, limit)]
        assert ranked == _old_positions(app, seeker_id, limit), WANTED[seekers.index(seeker_id)]
        some += bool(ranked)
    assert some >= 7  # most of them fit something
    matched = app.jobs.match_positions(seekers[3])  # 维修-电工: 修电 across the hyphen
    assert matched[0].title == "维修电工"
    assert matched[0].enterprise_name == "嘉兴恒力机械有限公司"
    assert app.jobs.match_positions(seekers[9]) == []  # nothing wanted, nothing offered


@pytest.mark.parametrize("limit", [20, 1])
def test_seekers_are_ranked_in_sql_as_they_were_in_python(
        app: UnionCase, market: tuple[list[int], list[int]], limit: int) -> None:
    positions, seekers = market
    for position_id in positions:
        ranked = [(s.id, s.score) for s in app.jobs.match_seekers(position_id, limit)]
        assert ranked == _old_seekers(app, position_id, limit), OFFERED[
            positions.index(position_id)]
    welders = app.jobs.match_seekers(positions[0])
    assert [s.id for s in welders[:2]] == [seekers[0], seekers[8]]  # a tie: by id
    assert welders[0].score == welders[1].score > welders[2].score
    assert welders[0].name == "求职0"
    assert seekers[1] not in [s.id for s in app.jobs.match_seekers(positions[2])]  # placed


def test_matching_is_two_statements_more_than_reading_what_it_found(
        app: UnionCase, market: tuple[list[int], list[int]]) -> None:
    positions, seekers = market
    with statements(app) as seen:
        found = app.jobs.match_seekers(positions[0])
    assert found
    ranking = [s for s in seen if "json_each" in s]
    assert len(ranking) == 1  # scored and ranked in one statement, with LIMIT
    assert "LIMIT" in ranking[0]
    assert len(seen) <= 5  # the position, the ranking, the seekers, details, referrals
    with statements(app) as seen:
        assert app.jobs.match_positions(seekers[0])
    assert len(seen) <= 4


def _fairs(app: UnionCase, count: int, company: int, start: int) -> None:
    for i in range(count):
        fair = app.jobs.create_fair(FairInput(f"招聘会{start + i}", f"2026-10-{start + i:02d}",
                                              campaign="春风行动2026"))
        position = app.jobs.add_position(PositionInput(company, "电焊工", 3, "", "", "",
                                                       fair.id))
        seeker = app.jobs.register(SeekerInput(
            name=f"到场{start + i}", id_number=valid_id(seq=f"{start + i:03d}"),
            desired_job="焊工", fair_id=fair.id))
        app.jobs.refer(ReferralInput(seeker.id, position_id=position.id))


def test_the_fairs_list_is_read_in_five_statements_however_many_fairs(app: UnionCase) -> None:
    company = employer(app, "嘉兴恒力机械有限公司", "91330402MA2B3C4D1")
    _fairs(app, 2, company, 1)
    with statements(app) as two:
        assert len(app.jobs.fairs()) == 2
    _fairs(app, 4, company, 3)
    with statements(app) as six:
        fairs = app.jobs.fairs()
    assert len(six) == len(two) == 5
    assert [f.name for f in fairs] == [f"招聘会{i}" for i in range(6, 0, -1)]  # latest first
    for read in fairs:  # the same figures as reading each fair
        assert read == app.jobs.fair(read.id)
        assert (read.employers, read.positions, read.wanted, read.seekers, read.referrals,
                read.placements) == (1, 1, 3, 1, 1, 0)
    assert app.jobs.fairs("春风行动2025") == []


def test_a_page_of_seekers_is_read_in_two_statements(app: UnionCase,
                                                    market: Any) -> None:
    with statements(app) as seen:
        page = app.jobs.page(SeekerFilter(), 0, 100)
    assert len(page) == len(WANTED)
    assert len(seen) == 2  # the seekers with their persons and fairs; their referrals
    with statements(app) as seen:
        assert app.jobs.count(SeekerFilter()) == len(WANTED)
    assert "person" not in seen[0]  # no join a seeker without a text filter
    with statements(app) as seen:
        assert app.jobs.count(SeekerFilter(text="求职1")) == 1
    assert "JOIN person" not in seen[0]  # the persons by their indexes, then their seekers
    assert "job_seeker.person_id IN (SELECT person.id" in seen[0]


@pytest.mark.parametrize(("sort", "joins_persons"), [
    ("desired_job", False), ("situation", False), ("result", False), ("registered_on", False),
    ("name", True)])
def test_a_page_is_chosen_by_ids_sorting_persons_only_by_name(
        app: UnionCase, market: Any, sort: str, joins_persons: bool) -> None:
    with statements(app) as seen:
        page = app.jobs.page(SeekerFilter(), 0, 4, sort, False)
    every = app.jobs.page(SeekerFilter(), 0, 100, sort, False)
    assert [s.id for s in page] == [s.id for s in every[:4]]
    chosen = seen[0].split("IN (", 1)[1]  # the ids of the page, sorted and limited
    assert "LIMIT" in chosen
    assert ("JOIN person" in chosen) is joins_persons
