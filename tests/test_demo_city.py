"""The city-size demo at a small scale: counts, valid rows, numbers, dates, the report, search,
the name-search index and the schema left exactly as it was."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FROZEN, OPERATOR, STATION, FrozenClock
from unioncase.domain.errors import ValidationError
from unioncase.domain.intake import REPEAT_WINDOW_DAYS
from unioncase.domain.pinyin import pinyin_keys
from unioncase.domain.validators import parse_id_number, validate_credit_code, validate_phone
from unioncase.services import UnionCase
from unioncase.services.demo import DemoService
from unioncase.services.demo_city import (
    ANSWER_BY,
    BRANDS,
    FEMALE_GIVEN,
    FORMS,
    MALE_GIVEN,
    SURNAMES,
    TRADES,
    CityDemo,
    compose_pinyin,
    planned_counts,
)
from unioncase.services.intake import IntakeInput
from unioncase.services.numbers import parse_number
from unioncase.services.registry import PersonInput
from unioncase.services.report import Period, ReportService

SCALE = 0.002
TODAY = FROZEN.date()
FIRST = date(TODAY.year - 3, 1, 1)
STAMP_RE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
NOW_TEXT = FROZEN.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _schema(path: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(path) as con:
        return sorted(con.execute("SELECT type, name, tbl_name, coalesce(sql, '') "
                                  "FROM sqlite_master").fetchall())


@pytest.fixture(scope="module")
def city_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database filled once with the city demo at a small scale (read by the tests)."""
    path = tmp_path_factory.mktemp("city") / "city.db"
    shutil.copyfile(template_db, path)
    app = UnionCase.open(str(path), clock=FrozenClock())
    app.login(OPERATOR)
    seen: list[tuple[int, int, str]] = []
    CityDemo(app).fill(seed=7, progress=lambda done, total, what: seen.append(
        (done, total, what)), scale=SCALE)
    app.close()
    assert seen
    assert all(0 < done <= total for done, total, _what in seen)
    return path


@pytest.fixture
def city(city_db: Path, tmp_path: Path) -> Iterator[UnionCase]:
    """A copy of the filled database, open (tests may write to it)."""
    path = tmp_path / "city.db"
    shutil.copyfile(city_db, path)
    app = UnionCase.open(str(path), clock=FrozenClock())
    app.login(OPERATOR)
    yield app
    app.close()


@pytest.fixture
def con(city_db: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{city_db}?mode=ro", uri=True)
    yield connection
    connection.close()


def _count(con: sqlite3.Connection, sql: str, *args: Any) -> int:
    return int(con.execute(sql, args).fetchone()[0])


# -- counts ---------------------------------------------------------------------------------------


def test_counts_scale_as_promised(con: sqlite3.Connection) -> None:
    planned = planned_counts(SCALE)
    assert planned == {"persons": 2000, "intake": 600, "mediation": 100, "aid_paid": 400,
                       "seekers": 200, "enterprises": 40, "fairs": 4}
    assert _count(con, "SELECT count(*) FROM person") == planned["persons"]
    assert _count(con, "SELECT count(*) FROM enterprise") == planned["enterprises"]
    assert _count(con, "SELECT count(*) FROM intake_case") == planned["intake"]
    assert _count(con, "SELECT count(*) FROM mediation_case") == planned["mediation"]
    assert _count(con, "SELECT count(*) FROM aid_application WHERE status = '已发放'") == \
        planned["aid_paid"]
    assert _count(con, "SELECT count(*) FROM job_seeker") == planned["seekers"]
    assert _count(con, "SELECT count(*) FROM job_fair") == planned["fairs"]
    assert _count(con, "SELECT count(*) FROM station") == 50
    assert _count(con, "SELECT count(*) FROM station WHERE level = '市'") == 1
    assert _count(con, "SELECT count(*) FROM station WHERE level = '县区'") == 7
    # Every seeker was referred at least once.
    assert _count(con, "SELECT count(*) FROM job_seeker WHERE id NOT IN "
                       "(SELECT seeker_id FROM referral)") == 0
    # A timeline for every case.
    for table, kind in (("intake_case", "XF"), ("mediation_case", "TJ"),
                        ("aid_application", "BF"), ("job_seeker", "JY")):
        assert _count(con, f"SELECT count(*) FROM {table} WHERE uuid NOT IN "
                           f"(SELECT case_uuid FROM case_event WHERE case_kind = ?)", kind) == 0


def test_records_are_spread_over_the_stations_bigger_ones_more(con: sqlite3.Connection) -> None:
    per_station = dict(con.execute("SELECT station_code, count(*) FROM person GROUP BY 1"))
    assert len(per_station) >= 45
    # 许村镇 (3.2) registers more people than 澉浦镇 (1.0); the city center most of all.
    assert per_station["330481003"] > per_station["330424005"]
    assert per_station["330400000"] == max(per_station.values())


def test_distributions_look_like_a_city(con: sqlite3.Connection) -> None:
    channels = dict(con.execute("SELECT channel, count(*) FROM intake_case GROUP BY 1"))
    assert channels["来访"] > channels["来信"] > 0
    assert channels["来电"] > channels["网络"] > 0
    categories = [c for c, _n in con.execute(
        "SELECT category, count(*) FROM intake_case GROUP BY 1 ORDER BY 2 DESC")]
    # 欠薪 30 %, then 劳动合同 20 % and 社会保险 16 % (600 cases cannot tell those two apart).
    assert categories[0] == "欠薪"
    assert set(categories[1:3]) == {"劳动合同", "社会保险"}
    past = str(TODAY.year - 1)
    cases, closed = con.execute(
        "SELECT count(*), count(closed_on) FROM intake_case WHERE substr(registered_on, 1, 4) "
        "= ?", (past,)).fetchone()
    assert closed / cases > 0.95
    outcomes = dict(con.execute("SELECT status, count(*) FROM mediation_case GROUP BY 1"))
    assert outcomes["调解成功"] > outcomes["调解不成"] > 0
    programs = dict(con.execute(
        "SELECT p.name, count(*) FROM aid_application a JOIN aid_program p "
        "ON p.id = a.program_id WHERE a.status = '已发放' GROUP BY 1"))
    assert max(programs, key=lambda name: programs[name]) == "送温暖"
    assert set(programs) == {"送温暖", "大病救助", "金秋助学", "生活救助", "医疗互助"}
    results = dict(con.execute("SELECT result, count(*) FROM referral GROUP BY 1"))
    assert results["已上岗"] > 0
    assert results["未录用"] > 0
    # Money in whole fen, and amounts a union pays.
    # (An application routed from intake asks for 0: the amount is set when it is reviewed.)
    assert _count(con, "SELECT count(*) FROM aid_application WHERE typeof(requested_fen) "
                       "!= 'integer' OR requested_fen < 0 OR (requested_fen = 0 AND uuid NOT IN "
                       "(SELECT to_uuid FROM case_link WHERE relation = '转帮扶'))") == 0
    assert _count(con, "SELECT count(*) FROM aid_application WHERE status != '申请' "
                       "AND status != '不予救助' AND NOT approved_fen > 0") == 0
    assert _count(con, "SELECT count(*) FROM mediation_claim WHERE typeof(amount_fen) "
                       "!= 'integer'") == 0


def test_repeat_petitions_are_a_realistic_share_found_by_the_service_rule(
        con: sqlite3.Connection) -> None:
    """重复信访 on some 3-15 % of the cases, each flag exactly what IntakeService.register's rule
    finds: the latest case of the same person, or of the same employer on the same matter,
    registered within REPEAT_WINDOW_DAYS days before."""
    rows = con.execute("SELECT id, registered_on, person_id, employer_id, category, "
                       "repeat_of_id, is_repeat FROM intake_case ORDER BY id").fetchall()
    flagged = sum(r[6] for r in rows)
    assert 0.03 <= flagged / len(rows) <= 0.15
    by_person: dict[int, tuple[str, int]] = {}
    by_matter: dict[tuple[int, str], tuple[str, int]] = {}
    for cid, day, person, employer, category, repeat_of, is_repeat in rows:
        window = (date.fromisoformat(day) - timedelta(days=REPEAT_WINDOW_DAYS)).isoformat()
        found = [c for c in (by_person.get(person),
                             None if employer is None else by_matter.get((employer, category)))
                 if c is not None and c[0] >= window]
        expected = max(found)[1] if found else None
        assert (repeat_of, bool(is_repeat)) == (expected, expected is not None), cid
        by_person[person] = (day, cid)
        if employer is not None:
            by_matter[(employer, category)] = (day, cid)
    # Some come back themselves, some are colleagues on the same matter.
    same_person = _count(con, "SELECT count(*) FROM intake_case c JOIN intake_case e "
                              "ON e.id = c.repeat_of_id WHERE e.person_id = c.person_id")
    assert 0 < same_person < flagged
    assert _count(con, "SELECT count(*) FROM case_link WHERE relation = '重复信访'") == flagged


ROUTED = (("转调解", "TJ", "mediation_case", "applied_on"),
          ("转帮扶", "BF", "aid_application", "applied_on"),
          ("转就业", "JY", "job_seeker", "registered_on"))


@pytest.mark.parametrize(("handling", "kind", "table", "day"), ROUTED)
def test_routed_cases_are_linked_both_ways_as_the_service_links_them(
        con: sqlite3.Connection, handling: str, kind: str, table: str, day: str) -> None:
    """转调解 / 转帮扶 / 转就业 as IntakeService.route writes them with the line's router: the
    case 办理中 or closed with that handling and transfer_on, its step (noted with the new
    number), one link to the new record, and the record made that day at that station for
    that person, its own first step naming the intake case."""
    rows = con.execute(
        f"SELECT c.number, c.uuid, c.transfer_on, c.person_id, c.employer_id, c.station_code, "
        f"c.status, l.to_kind, l.to_number, l.station_code, t.id, t.number, t.{day}, "
        f"{'NULL' if table == 'mediation_case' else 't.person_id'}, t.station_code, t.uuid "
        f"FROM intake_case c "
        f"LEFT JOIN case_link l ON l.from_uuid = c.uuid AND l.relation = ? "
        f"LEFT JOIN {table} t ON t.uuid = l.to_uuid WHERE c.handling = ?",
        (handling, handling)).fetchall()
    assert len(rows) >= 3
    for (number, case_uuid, transfer_on, person, employer, station, status, to_kind,
         to_number, link_station, target_id, target_number, target_day, target_person,
         target_station, target_uuid) in rows:
        assert status in ("办理中", "已办结", "已回访"), number
        assert (to_kind, to_number, link_station) == (kind, target_number, station), number
        assert target_id is not None
        assert (target_day, target_station) == (transfer_on, station), number
        if table == "mediation_case":
            (target_person,) = con.execute("SELECT person_id FROM mediation_party WHERE "
                                           "case_id = ? AND sort_order = 0",
                                           (target_id,)).fetchone()
            assert con.execute("SELECT source, respondent_id FROM mediation_case WHERE id = ?",
                               (target_id,)).fetchone() == ("信访转入", employer)
        assert target_person == person, number
        steps = con.execute("SELECT step, note, happened_on FROM case_event WHERE case_uuid = ? "
                            "ORDER BY created_at, id", (case_uuid,)).fetchall()
        assert (handling, target_number, transfer_on) in steps, number
        first_step = con.execute("SELECT note, happened_on FROM case_event WHERE case_uuid = ? "
                                 "ORDER BY created_at, id LIMIT 1", (target_uuid,)).fetchone()
        assert first_step == (f"由信访案件{number}转入", transfer_on), number
    # Every record said to come from intake was routed so (one link each, none twice).
    links = _count(con, "SELECT count(*) FROM case_link WHERE relation = ?", handling)
    assert links == len(rows)
    if table != "aid_application":
        assert _count(con, f"SELECT count(*) FROM {table} WHERE source = '信访转入'") == links


def test_routed_records_read_back_through_the_services(city: UnionCase,
                                                       con: sqlite3.Connection) -> None:
    from unioncase.services.intake import IntakeFilter

    mediation_id, intake_number = con.execute(
        "SELECT t.id, l.from_number FROM case_link l JOIN mediation_case t ON t.uuid = l.to_uuid "
        "WHERE l.relation = '转调解' ORDER BY t.id LIMIT 1").fetchone()
    case = city.mediation.get(mediation_id)
    assert case.source.value == "信访转入"
    assert case.source_number == intake_number
    intake = city.intake.by_number(intake_number)
    assert intake is not None
    assert intake.handling is not None
    assert intake.handling.value == "转调解"
    assert city.intake.count(IntakeFilter()) == 600
    aid_id = con.execute("SELECT t.id FROM case_link l JOIN aid_application t "
                         "ON t.uuid = l.to_uuid WHERE l.relation = '转帮扶' LIMIT 1").fetchone()[0]
    assert city.aid.get(aid_id).requested_fen == 0


def test_old_work_is_settled_only_recent_work_is_open(city: UnionCase,
                                                      con: sqlite3.Connection) -> None:
    """Only the last weeks' cases are still open: none of mediation past the last weeks, no
    intake case of months ago 办理中, no aid application of months ago half way, no referral
    waiting for its answer since long ago."""
    def before(days: int) -> str:
        return (TODAY - timedelta(days=days)).isoformat()

    assert _count(con, "SELECT count(*) FROM mediation_case WHERE status IN "
                       "('申请', '已受理', '调解中') AND applied_on < ?", before(45)) == 0
    assert _count(con, "SELECT count(*) FROM mediation_case WHERE status IN ('已受理', '调解中') "
                       "AND due_on < ? ", before(30)) == 0
    assert _count(con, "SELECT count(*) FROM intake_case WHERE status IN "
                       "('已登记', '已受理', '办理中') AND registered_on < ?", before(100)) == 0
    assert _count(con, "SELECT count(*) FROM aid_application WHERE status IN "
                       "('申请', '已审核', '已审批') AND applied_on < ?", before(60)) == 0
    assert _count(con, "SELECT count(*) FROM referral WHERE result = '待反馈' "
                       "AND referred_on < ?", before(ANSWER_BY + 1)) == 0
    # Agreed payments: paid, or of an agreement recorded 部分履行/未履行 in the last months.
    assert _count(con, "SELECT count(*) FROM mediation_agreement_item WHERE paid_on IS NULL "
                       "AND due_on < ?", before(90)) == 0
    assert _count(con, "SELECT count(*) FROM mediation_agreement_item i JOIN mediation_case c "
                       "ON c.id = i.case_id WHERE i.paid_on IS NULL AND i.due_on < ? "
                       "AND c.performance IS NOT '部分履行' AND c.performance IS NOT '未履行'",
                  before(30)) == 0
    assert _count(con, "SELECT count(*) FROM mediation_agreement_item i JOIN mediation_case c "
                       "ON c.id = i.case_id WHERE c.performance = '已履行' "
                       "AND i.paid_on IS NULL") == 0
    honored, successful = con.execute(
        "SELECT sum(performance = '已履行'), count(*) FROM mediation_case WHERE status = "
        "'调解成功' AND concluded_on < ?", (before(120),)).fetchone()
    assert honored == successful
    assert all(r.due_on >= TODAY - timedelta(days=90)
               for r in city.mediation.payment_reminders(today=TODAY))
    assert all(r.referred_on >= TODAY - timedelta(days=ANSWER_BY)
               for r in city.jobs.follow_ups(today=TODAY))


# -- valid rows -----------------------------------------------------------------------------------


def test_every_person_is_valid(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT id_number, id_number_rev, sex, birth_date, phone, name, "
                       "name_pinyin, name_initials, created_at FROM person").fetchall()
    seen = set()
    for id_number, rev, sex, birth, phone, name, full, initials, created in rows:
        parsed = parse_id_number(id_number, today=TODAY)
        assert parsed.area_code.startswith("3304")
        assert parsed.area_code in {"330402", "330411", "330421", "330424", "330481",
                                    "330482", "330483"}
        assert parsed.sex.value == sex
        assert parsed.birth_date.isoformat() == birth
        assert rev == id_number[::-1]
        age_now = (TODAY - parsed.birth_date).days / 365.25
        age_then = (date.fromisoformat(created[:10]) - parsed.birth_date).days / 365.25
        assert 18 <= age_then <= age_now <= 65.01
        assert phone is None or validate_phone(phone) == phone
        # As PersonService computes them.
        assert (full, initials) == pinyin_keys(name)
        seen.add(id_number)
    assert len(seen) == len(rows)


def test_pinyin_composition_matches_pinyin_keys_for_every_name() -> None:
    """The pinyin is composed from the parts: for every surname and given name the result is
    what pinyin_keys gives the whole name (a phrase across the parts could read differently:
    周长林 is zhou chang lin, 长林 alone zhang lin)."""
    cache: dict[str, tuple[str, str]] = {}
    for surname in SURNAMES:
        for given in (*MALE_GIVEN, *FEMALE_GIVEN):
            assert compose_pinyin((surname, given), cache) == pinyin_keys(surname + given), \
                surname + given
    rng = random.Random(3)
    for _ in range(1500):
        parts = ("嘉兴", rng.choice(BRANDS), rng.choice(TRADES), rng.choice(FORMS))
        assert compose_pinyin(parts, cache) == pinyin_keys("".join(parts)), "".join(parts)


def test_enterprises_are_valid(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT name, credit_code, name_pinyin, name_initials FROM enterprise")
    names = set()
    for name, code, full, initials in rows:
        assert validate_credit_code(code) == code
        assert code[2:6] == "3304"
        assert (full, initials) == pinyin_keys(name)
        names.add(name)
    assert len(names) == _count(con, "SELECT count(*) FROM enterprise")


@pytest.mark.parametrize("table", [
    "station", "staff", "enterprise", "person", "intake_case", "case_event", "case_link",
    "mediation_organization", "mediator", "mediation_case", "mediation_party",
    "mediation_case_mediator", "mediation_claim", "mediation_session",
    "mediation_agreement_item", "hardship_file", "household_member", "aid_batch",
    "aid_budget", "aid_application", "job_fair", "fair_employer", "position", "job_seeker",
    "referral"])
def test_record_columns_look_like_what_the_services_write(con: sqlite3.Connection,
                                                          table: str) -> None:
    codes = {c for (c,) in con.execute("SELECT code FROM station")}
    # Not the database's own station, made when the template was (by the machine's clock).
    own = " WHERE code != ?" if table == "station" else ""
    rows = con.execute(f"SELECT uuid, station_code, created_at, created_by, updated_at, "
                       f"updated_by, version, deleted_at FROM {table}{own}",
                       (STATION,) if own else ()).fetchall()
    assert rows
    uuids = set()
    for text, station, created, by, updated, updated_by, version, deleted in rows:
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert str(parsed) == text
        uuids.add(text)
        assert station in codes
        assert STAMP_RE.fullmatch(created)
        assert STAMP_RE.fullmatch(updated)
        assert created <= updated <= NOW_TEXT
        assert by
        assert updated_by
        assert version >= 1
        assert deleted is None
    assert len(uuids) == len(rows)


def test_rows_read_back_through_the_services(city: UnionCase) -> None:
    """Every enum and date column holds what the models accept: the lists load."""
    from unioncase.services.aid import AidFilter
    from unioncase.services.intake import IntakeFilter
    from unioncase.services.jobs import SeekerFilter
    from unioncase.services.mediation import MediationFilter

    assert len(city.intake.page(IntakeFilter(), 0, 10_000)) == 600
    assert len(city.mediation.page(MediationFilter(), 0, 10_000)) == 100
    assert len(city.aid.page(AidFilter(), 0, 10_000)) >= 400
    assert len(city.jobs.page(SeekerFilter(), 0, 10_000)) == 200
    assert len(city.persons.page("", 0, 10_000)) == 2000
    case = city.intake.page(IntakeFilter(status="已回访"), 0, 1)[0]
    steps = [e.step for e in city.intake.timeline(case.id)]
    assert steps[0] == "登记"
    assert "办结" in steps
    assert steps[-1] == "回访"


# -- numbers --------------------------------------------------------------------------------------

NUMBERED = (("person", "ZG", "substr(created_at, 1, 4)"),
            ("enterprise", "QY", "substr(created_at, 1, 4)"),
            ("intake_case", "XF", "substr(registered_on, 1, 4)"),
            ("mediation_case", "TJ", "substr(applied_on, 1, 4)"),
            ("aid_application", "BF", "substr(applied_on, 1, 4)"),
            ("job_seeker", "JY", "substr(registered_on, 1, 4)"))


@pytest.mark.parametrize(("table", "kind", "year_of"), NUMBERED)
def test_numbers_are_unique_well_formed_and_counted(con: sqlite3.Connection, table: str,
                                                    kind: str, year_of: str) -> None:
    rows = con.execute(f"SELECT number, station_code, {year_of} FROM {table} "
                       f"ORDER BY id").fetchall()
    sequences: dict[tuple[str, int], list[int]] = {}
    for number, station, year in rows:
        parsed = parse_number(number)
        assert parsed is not None
        assert str(parsed) == number
        assert parsed.kind.value == kind
        assert parsed.station_code == station
        assert parsed.year == int(year)
        sequences.setdefault((station, parsed.year), []).append(parsed.sequence)
    assert len({r[0] for r in rows}) == len(rows)
    lasts = {(s, y): last for s, y, last in con.execute(
        "SELECT station_code, year, last FROM number_sequence WHERE kind = ?", (kind,))}
    for key, seqs in sequences.items():
        assert seqs == list(range(1, len(seqs) + 1)), key  # handed out in order, no gap
        assert lasts[key] == len(seqs)


def test_numbers_handed_out_later_continue_past_the_demo(city: UnionCase) -> None:
    with city.ctx.read() as session:
        last_case = session.connection().exec_driver_sql(
            "SELECT last FROM number_sequence WHERE station_code = ? AND kind = 'XF' "
            "AND year = ?", (STATION, TODAY.year)).scalar()
        last_person = session.connection().exec_driver_sql(
            "SELECT last FROM number_sequence WHERE station_code = ? AND kind = 'ZG' "
            "AND year = ?", (STATION, TODAY.year)).scalar()
    assert last_case
    assert last_person
    case = city.intake.register(IntakeInput(channel="来访", name="张新民", category="欠薪",
                                            summary="公司拖欠两个月工资"))
    assert case.number == f"{STATION}-XF-{TODAY.year}-{last_case + 1:05d}"
    assert case.person_number == f"{STATION}-ZG-{TODAY.year}-{last_person + 1:05d}"
    person = city.persons.create(PersonInput(name="李新华"))
    assert person.number == f"{STATION}-ZG-{TODAY.year}-{last_person + 2:05d}"


# -- dates ----------------------------------------------------------------------------------------

DATES = {
    "person": ["substr(created_at, 1, 10)"],
    "intake_case": ["registered_on", "accepted_on", "closed_on", "callback_on", "transfer_on",
                    "letter_date"],
    "mediation_case": ["applied_on", "accepted_on", "concluded_on", "performance_on"],
    "mediation_session": ["held_on"],
    "mediation_agreement_item": ["paid_on"],
    "hardship_file": ["reviewed_on", "substr(created_at, 1, 10)"],
    "aid_batch": ["planned_on", "approved_on", "paid_on"],
    "aid_application": ["applied_on", "reviewed_on", "approved_on", "paid_on"],
    "job_fair": ["held_on"],
    "job_seeker": ["registered_on"],
    "referral": ["referred_on", "answered_on", "start_on"],
    "case_event": ["happened_on", "substr(created_at, 1, 10)"],
}


@pytest.mark.parametrize("table", sorted(DATES))
def test_dates_lie_between_three_years_back_and_today(con: sqlite3.Connection,
                                                      table: str) -> None:
    for column in DATES[table]:
        low, high = con.execute(f"SELECT min({column}), max({column}) FROM {table}").fetchone()
        assert low is not None, column
        assert FIRST.isoformat() <= low <= high <= TODAY.isoformat(), column


def test_steps_follow_one_another(con: sqlite3.Connection) -> None:
    checks = {
        "intake closed before registered": "SELECT count(*) FROM intake_case WHERE closed_on "
        "< registered_on OR accepted_on < registered_on OR callback_on < closed_on "
        "OR closed_on < accepted_on",
        "intake closed without acceptance": "SELECT count(*) FROM intake_case WHERE "
        "closed_on IS NOT NULL AND accepted_on IS NULL",
        "intake status and dates": "SELECT count(*) FROM intake_case WHERE (status IN "
        "('已办结', '已回访')) != (closed_on IS NOT NULL)",
        "intake deadlines": "SELECT count(*) FROM intake_case WHERE accept_due < registered_on "
        "OR handle_due < accepted_on OR (accepted_on IS NOT NULL AND handle_due IS NULL)",
        "intake overdue flags": "SELECT count(*) FROM intake_case WHERE handle_overdue != "
        "(closed_on IS NOT NULL AND closed_on > handle_due)",
        "mediation": "SELECT count(*) FROM mediation_case WHERE concluded_on < accepted_on "
        "OR accepted_on < applied_on OR performance_on < concluded_on",
        "mediation limit": "SELECT count(*) FROM mediation_case WHERE accepted_on IS NOT NULL "
        "AND limit_due IS NULL",
        "agreement needs a session": "SELECT count(*) FROM mediation_case c WHERE status = "
        "'调解成功' AND NOT EXISTS (SELECT 1 FROM mediation_session s WHERE s.case_id = c.id)",
        "aid": "SELECT count(*) FROM aid_application WHERE reviewed_on < applied_on OR "
        "approved_on < reviewed_on OR paid_on < approved_on OR (status = '已发放') != "
        "(paid_on IS NOT NULL) OR approved_by = reviewed_by",
        "aid batches": "SELECT count(*) FROM aid_application a JOIN aid_batch b ON "
        "b.id = a.batch_id WHERE a.paid_on IS NOT b.paid_on OR a.approved_on > b.approved_on",
        "referrals": "SELECT count(*) FROM referral r JOIN job_seeker s ON s.id = r.seeker_id "
        "WHERE r.referred_on < s.registered_on OR r.answered_on < r.referred_on "
        "OR r.start_on < r.referred_on",
        "persons registered first": "SELECT count(*) FROM intake_case c JOIN person p ON "
        "p.id = c.person_id WHERE p.created_at > c.created_at",
        "seekers registered first": "SELECT count(*) FROM job_seeker s JOIN person p ON "
        "p.id = s.person_id WHERE p.created_at > s.created_at",
        "employers registered first": "SELECT count(*) FROM person p JOIN enterprise e ON "
        "e.id = p.employer_id WHERE e.created_at > p.created_at",
    }
    found = {name: _count(con, sql) for name, sql in checks.items()}
    assert found == dict.fromkeys(checks, 0)


def test_foreign_keys_hold(con: sqlite3.Connection) -> None:
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


# -- the report -----------------------------------------------------------------------------------


def test_year_report_equals_plain_sql(city: UnionCase, con: sqlite3.Connection) -> None:
    year = TODAY.year - 1
    first, last = f"{year}-01-01", f"{year}-12-31"
    report = ReportService(city.ctx).figures(Period.of(year))
    between = "BETWEEN ? AND ?"
    intake = report["intake"]
    assert intake["cases"] == _count(
        con, f"SELECT count(*) FROM intake_case WHERE registered_on {between}", first, last)
    assert intake["persons"] == _count(
        con, f"SELECT sum(head_count) FROM intake_case WHERE registered_on {between}",
        first, last)
    assert intake["closed"] == _count(
        con, f"SELECT count(*) FROM intake_case WHERE registered_on {between} "
             f"AND closed_on <= ?", first, last, last)
    assert intake["group_cases"] == _count(
        con, f"SELECT count(*) FROM intake_case WHERE registered_on {between} "
             f"AND head_count >= 5", first, last)
    for key, channel in (("visit", "来访"), ("call", "来电"), ("letter", "来信"),
                         ("online", "网络")):
        assert intake["by_channel"][key] == _count(
            con, f"SELECT count(*) FROM intake_case WHERE registered_on {between} "
                 f"AND channel = ?", first, last, channel)
    assert intake["cases"] > 100
    assert 0.9 < intake["closure_rate"] <= 1

    mediation = report["mediation"]
    assert mediation["cases"] == _count(
        con, f"SELECT count(*) FROM mediation_case WHERE applied_on {between}", first, last)
    assert mediation["successful"] == _count(
        con, f"SELECT count(*) FROM mediation_case WHERE applied_on {between} "
             f"AND status = '调解成功'", first, last)
    assert mediation["concluded"] == _count(
        con, f"SELECT count(*) FROM mediation_case WHERE applied_on {between} "
             f"AND status IN ('调解成功', '调解不成', '已撤回', '已终止')", first, last)
    assert mediation["agreed_amount_fen"] == _count(
        con, f"SELECT coalesce(sum(i.amount_fen), 0) FROM mediation_agreement_item i "
             f"JOIN mediation_case c ON c.id = i.case_id WHERE c.applied_on {between} "
             f"AND c.status = '调解成功'", first, last)
    assert mediation["organizations"] == 74
    assert 0.5 < mediation["success_rate"] < 0.85

    aid = report["aid"]
    paid = f"FROM aid_application WHERE status = '已发放' AND paid_on {between}"
    assert aid["disbursements"] == _count(con, f"SELECT count(*) {paid}", first, last)
    assert aid["persons"] == _count(con, f"SELECT count(DISTINCT person_id) {paid}", first, last)
    assert aid["amount_fen"] == _count(con, f"SELECT sum(approved_fen) {paid}", first, last)
    assert aid["by_program"]["送温暖"]["batches"] >= 1

    jobs = report["jobs"]
    assert jobs["fairs"] == _count(
        con, f"SELECT count(*) FROM job_fair WHERE held_on {between}", first, last)
    assert jobs["seekers"] == _count(
        con, f"SELECT count(DISTINCT person_id) FROM job_seeker WHERE registered_on {between}",
        first, last)
    assert jobs["referrals"] == _count(
        con, f"SELECT count(*) FROM referral WHERE referred_on {between}", first, last)
    assert jobs["placed"] == _count(
        con, f"SELECT count(*) FROM referral WHERE referred_on {between} "
             f"AND result = '已上岗'", first, last)
    assert 0 < jobs["placed"] < jobs["referrals"]


# -- search and the name index --------------------------------------------------------------------


def test_search_finds_a_generated_person(city: UnionCase, con: sqlite3.Connection) -> None:
    # A person whose name and pinyin few others share, so the first 50 hits must hold them.
    number, name, id_number, full = con.execute(
        "SELECT number, name, id_number, name_pinyin FROM person p WHERE "
        "(SELECT count(*) FROM person q WHERE q.name_pinyin >= p.name_pinyin "
        "AND q.name_pinyin < p.name_pinyin || 'zzzz') = 1 ORDER BY id LIMIT 1").fetchone()
    for text in (id_number, name, full, id_number[-6:]):
        hits = city.search.search(text)
        assert number in [h.number for h in hits if h.kind == "person"], text


def test_schema_is_left_as_it_was(city_db: Path, template_db: Path, city: UnionCase) -> None:
    """Every index and trigger dropped for the load is back, with the same text; the journal
    is WAL again and the app's connections check foreign keys."""
    assert _schema(city_db) == _schema(template_db)
    with sqlite3.connect(city_db) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with city.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _dump(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    with sqlite3.connect(path) as connection:
        tables = [n for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' ORDER BY name")]
        return [(t, connection.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall())
                for t in tables]


def test_same_seed_same_rows_in_a_process_of_its_own_or_not(
        template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows are made by a forked process where there is fork (Linux), else in this one
    (Windows): both give the same database, row for row."""
    from unioncase.services import demo_city

    dumps = []
    for fork in (True, False):
        monkeypatch.setattr(demo_city, "FORK", fork)
        path = tmp_path / f"fork-{fork}.db"
        shutil.copyfile(template_db, path)
        app = UnionCase.open(str(path), clock=FrozenClock())
        summary = CityDemo(app).fill(seed=11, scale=0.0005)
        app.close()
        assert summary["职工"] == 500
        dumps.append(_dump(path))
    assert dumps[0] == dumps[1]


def _vocabulary(con: sqlite3.Connection, schema: str, fts: str) -> list[tuple[Any, ...]]:
    con.execute(f"CREATE VIRTUAL TABLE temp.vocab_{schema}_{fts} USING "
                f"fts5vocab({schema}, {fts}, instance)")
    return con.execute(f"SELECT term, doc, col, offset FROM temp.vocab_{schema}_{fts} "
                       f"ORDER BY term, doc, offset").fetchall()


def test_name_index_equals_what_the_triggers_give(city_db: Path, template_db: Path,
                                                  tmp_path: Path) -> None:
    """The FTS rows written after the load are exactly those the insert triggers write: the
    same persons and enterprises inserted one by one into a fresh database (triggers on)
    give the same index."""
    with sqlite3.connect(template_db) as probe:
        tables = {n for (n,) in probe.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE '%_name_fts'")}
    if not tables:
        pytest.skip("this schema has no name-search index")
    fresh = tmp_path / "fresh.db"
    shutil.copyfile(template_db, fresh)
    con = sqlite3.connect(fresh)
    con.execute("ATTACH ? AS demo", (str(city_db),))
    con.execute("PRAGMA foreign_keys = OFF")
    with con:
        con.execute("INSERT INTO enterprise SELECT * FROM demo.enterprise")
        con.execute("INSERT INTO person SELECT * FROM demo.person")
    for fts in sorted(tables):
        ours = _vocabulary(con, "demo", fts)
        theirs = _vocabulary(con, "main", fts)
        assert ours
        assert ours == theirs, fts
    con.close()


# -- refusing and failing -------------------------------------------------------------------------


def test_refuses_a_database_with_records(app: UnionCase, db_path: Path) -> None:
    app.persons.create(PersonInput(name="王建国"))
    before = _schema(db_path)
    with pytest.raises(ValidationError) as caught:
        CityDemo(app).fill(scale=SCALE)
    assert caught.value.code == "demo_not_empty"
    with pytest.raises(ValidationError) as caught:
        DemoService(app).fill(size="city")
    assert caught.value.code == "demo_not_empty"
    assert app.persons.count() == 1
    assert _schema(db_path) == before


def test_a_failure_half_way_leaves_the_database_as_it_was(app: UnionCase,
                                                          db_path: Path) -> None:
    before = _schema(db_path)

    def progress(done: int, total: int, what: str) -> None:
        if what == "信访接待":
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        CityDemo(app).fill(scale=SCALE, progress=progress)
    assert _schema(db_path) == before
    with sqlite3.connect(db_path) as connection:
        for table in ("person", "enterprise", "intake_case", "case_event", "audit_event"):
            expected = 1 if table == "audit_event" else 0  # the template's station event
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == \
                expected, table
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # The database works as before: a person gets the first number of the year.
    person = app.persons.create(PersonInput(name="王建国"))
    assert person.number == f"{STATION}-ZG-{TODAY.year}-00001"


def test_audit_trail_has_reference_records_and_one_summary_per_bulk_table(
        con: sqlite3.Connection) -> None:
    events = dict(con.execute("SELECT entity, count(*) FROM audit_event WHERE operator != "
                              "'UnionCase' GROUP BY entity"))
    assert events["enterprise"] == _count(con, "SELECT count(*) FROM enterprise")
    assert events["mediator"] == _count(con, "SELECT count(*) FROM mediator")
    for table in ("person", "intake_case", "case_event", "aid_application", "referral"):
        assert events[table] == 1, table
        (changes,) = con.execute("SELECT changes FROM audit_event WHERE entity = ?",
                                 (table,)).fetchone()
        assert f'"rows": [null, {_count(con, f"SELECT count(*) FROM {table}")}]' in changes


KILLED_RUN = """
import multiprocessing, sys, time
from datetime import datetime
from unioncase.services import UnionCase
from unioncase.services.context import CHINA
from unioncase.services.demo_city import CityDemo

def progress(done, total, what):
    if what == "职工":
        children = multiprocessing.active_children()
        print(" ".join(str(c.pid) for c in children), flush=True)
        time.sleep(60)

app = UnionCase.open(sys.argv[1], clock=lambda: datetime(2026, 11, 23, 10, tzinfo=CHINA))
CityDemo(app).fill(scale=0.002, progress=progress)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in state


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_a_killed_load_leaves_the_database_as_it_was_and_no_process(
        db_path: Path, template_db: Path) -> None:
    """SIGKILL half way: the next open rolls the journal back (schema and rows as before),
    and the generator's process ends by itself."""
    import signal
    import subprocess
    import sys
    import time

    loader = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(db_path)],
                              stdout=subprocess.PIPE, text=True)
    assert loader.stdout is not None
    children = [int(pid) for pid in loader.stdout.readline().split()]
    assert children  # the rows are being made by a process of their own
    loader.send_signal(signal.SIGKILL)
    loader.wait(timeout=30)
    assert Path(f"{db_path}-journal").exists()  # the load was under way
    app = UnionCase.open(str(db_path), clock=FrozenClock())
    assert app.persons.count() == 0
    app.close()
    assert _schema(db_path) == _schema(template_db)
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in children)
