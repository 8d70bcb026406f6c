"""The records behind every report figure and the monthly breakdowns, against values computed
in the test from what it wrote (records spread over the months of 2026, one station more)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import STATION, FrozenClock, valid_id
from tests.test_aid_service import HEAD, OFFICER, approved, person, program_id, staff  # noqa: F401
from tests.test_mediation_service import Setup, accepted, agreement, applied, in_session, set_today
from unioncase.domain.errors import ValidationError
from unioncase.services import UnionCase
from unioncase.services.aid import ApplicationInput, BatchInput
from unioncase.services.intake import IntakeInput
from unioncase.services.jobs import FairInput, PositionInput, ReferralInput, SeekerInput
from unioncase.services.report import (
    FigureRecordRead,
    Period,
    ReportService,
    render_report,
    report_file,
    write_atomically,
)

YEAR = Period.of(2026)
OTHER_STATION = "330402002"

# registered, channel, category, head count, closed on ("" = still open)
INTAKE = [
    ("2025-12-30", "来电", "欠薪", 1, "2026-01-04"),
    ("2026-01-15", "来访", "欠薪", 6, "2026-01-20"),
    ("2026-01-20", "来电", "欠薪", 1, "2026-02-03"),
    ("2026-03-10", "来电", "社会保险", 1, "2026-04-05"),
    ("2026-03-28", "来信", "工伤", 2, ""),
    ("2026-05-02", "网络", "政策咨询", 1, "2026-05-06"),
    ("2026-05-18", "来访", "欠薪", 8, ""),
]
CHANNEL_KEYS = {"来访": "visit", "来电": "call", "来信": "letter", "网络": "online"}


@dataclass
class Written:
    """What the fixture wrote, by figure: the numbers of the records, in the test's own terms."""

    intake: dict[str, tuple[str, str, str, int, str]] = field(default_factory=dict)
    mediation: dict[str, tuple[date, str, int]] = field(default_factory=dict)  # status, agreed
    payments: dict[str, tuple[date, str, int, int]] = field(default_factory=dict)
    seekers: dict[str, int] = field(default_factory=dict)  # number → person id
    referrals: list[tuple[str, date, bool]] = field(default_factory=list)  # seeker no., placed
    fairs: dict[str, date] = field(default_factory=dict)


def _intake(app: UnionCase, clock: FrozenClock, written: Written) -> None:
    for i, (day, channel, category, heads, closed) in enumerate(INTAKE):
        set_today(clock, date.fromisoformat(day))
        case = app.intake.register(IntakeInput(
            channel=channel, name=f"来访人{i}", phone="13805731234", category=category,
            summary="反映诉求", head_count=heads, registered_on=day,
            letter_date=day if channel == "来信" else "",
            sender_address="嘉兴市" if channel == "来信" else ""))
        if closed:
            case = app.intake.accept(case.id, case.version)
            case = app.intake.start(case.id, case.version)
            set_today(clock, date.fromisoformat(closed))
            app.intake.close(case.id, "已解决", closed, expected_version=case.version)
        written.intake[case.number] = (day, channel, category, heads, closed)


def _mediation(app: UnionCase, clock: FrozenClock, setup: Setup, written: Written) -> None:
    set_today(clock, date(2026, 2, 5))
    success = in_session(app, setup)
    success = app.mediation.agree(success.id, agreement("2,149.71", "1000"), success.version)
    written.mediation[success.number] = (date(2026, 2, 5), "调解成功", 214971 + 100000)
    set_today(clock, date(2026, 2, 20))
    failed = in_session(app, setup)
    failed = app.mediation.fail(failed.id, "分歧较大", failed.version)
    written.mediation[failed.number] = (date(2026, 2, 20), "调解不成", 0)
    set_today(clock, date(2026, 6, 1))
    case = accepted(app, setup)
    written.mediation[case.number] = (date(2026, 6, 1), case.status.value, 0)
    set_today(clock, date(2026, 6, 15))
    case = applied(app, setup)
    written.mediation[case.number] = (date(2026, 6, 15), case.status.value, 0)


def _aid(app: UnionCase, clock: FrozenClock, written: Written) -> None:
    set_today(clock, date(2026, 3, 1))
    medical = program_id(app, "医疗互助")
    illness = program_id(app, "大病救助")
    batch = app.aid.create_batch(BatchInput("第一批", medical))
    people = [person(app, f"受助{i}", f"9{i}1") for i in range(2)]
    cases = []
    for pid, amount in zip(people, ("1,000", "2,000.5"), strict=True):
        case = app.aid.apply(ApplicationInput(pid, medical, amount, batch_id=batch.id))
        approved(app, case.id, amount)
        cases.append(case.number)
    app.login(HEAD)
    batch = app.aid.approve_batch(batch.id, app.aid.batch(batch.id).version)
    app.aid.pay_batch(batch.id, batch.version, method="银行转账", on="2026-03-15")
    for number, pid, fen in zip(cases, people, (100000, 200050), strict=True):
        written.payments[number] = (date(2026, 3, 15), "医疗互助", pid, fen)
    set_today(clock, date(2026, 7, 1))
    again = app.aid.apply(ApplicationInput(people[0], illness, "5,000"))  # the same person
    version = approved(app, again.id, "4,800")
    app.login(HEAD)
    set_today(clock, date(2026, 7, 20))  # after the program's public notice
    app.aid.pay(again.id, version, method="银行转账")
    written.payments[again.number] = (date(2026, 7, 20), "大病救助", people[0], 480000)
    pending = app.aid.apply(ApplicationInput(person(app, "待批", "931"), illness, "5,000"))
    assert pending.status.value == "申请"  # not paid: counted nowhere
    app.login(OFFICER)


def _jobs(app: UnionCase, clock: FrozenClock, written: Written) -> None:
    from tests.test_jobs_service import employer

    set_today(clock, date(2026, 4, 10))
    spring = app.jobs.create_fair(FairInput("2026年春风行动专场", "2026-04-10",
                                            "南湖区人力资源市场", "南湖区总工会", "春风行动2026"))
    machine = employer(app, "嘉兴恒力机械有限公司", "91330402MA2B3C4D1")
    welder = app.jobs.add_position(PositionInput(machine, "电焊工", 5, "5,000", "7,000", "",
                                                 spring.id))
    written.fairs[spring.name] = date(2026, 4, 10)
    id_numbers = [valid_id(seq=f"8{i}5") for i in range(3)]
    # registered, ID number, referred on ("" = not referred), placed
    plan = [("2026-04-10", 0, "2026-04-10", True), ("2026-04-10", 1, "2026-04-12", False),
            ("2026-09-01", 2, "2026-09-03", True), ("2026-10-08", 0, "2026-10-09", False),
            ("2026-10-20", 1, "", False)]
    for i, (day, who, referred, placed) in enumerate(plan):
        set_today(clock, date.fromisoformat(day))
        seeker = app.jobs.register(SeekerInput(name=f"求职{who}", id_number=id_numbers[who],
                                               registered_on=day,
                                               fair_id=spring.id if i < 2 else None))
        written.seekers[seeker.number] = seeker.person_id
        if not referred:
            continue
        set_today(clock, date.fromisoformat(referred))
        referral = app.jobs.refer(ReferralInput(seeker.id, position_id=welder.id,
                                                referred_on=referred))
        if placed:
            app.jobs.record_result(referral.id, "已上岗", referral.version, start_on=referred)
        written.referrals.append((seeker.number, date.fromisoformat(referred), placed))
    set_today(clock, date(2026, 11, 20))
    autumn = app.jobs.create_fair(FairInput("2026年秋季招聘会", "2026-11-20", "嘉兴市人才市场",
                                            "嘉兴市总工会", "春风行动2026"))
    written.fairs[autumn.name] = date(2026, 11, 20)


@pytest.fixture
def written(app: UnionCase, clock: FrozenClock, setup: Setup,
            staff: None) -> Written:  # noqa: F811
    done = Written()
    _intake(app, clock, done)
    _mediation(app, clock, setup, done)
    _aid(app, clock, done)
    _jobs(app, clock, done)
    # One more station's petition: counted for all stations, not for this one.
    set_today(clock, date(2026, 2, 10))
    app.stations.init_station(OTHER_STATION, "南湖区解放街道工会服务站")
    other = app.intake.register(IntakeInput(channel="来访", name="外站来访", category="欠薪",
                                            summary="反映诉求", registered_on="2026-02-10"))
    app.stations.init_station(STATION, "南湖区东栅街道工会服务站")
    done.intake[other.number] = ("2026-02-10", "来访", "欠薪", 1, "")
    set_today(clock, date(2026, 11, 23))
    return done


def everything(service: ReportService, period: Period, station: str, figure: str,
               month: str | None = None) -> list[FigureRecordRead]:
    rows = []
    while True:  # small pages: paging must neither skip nor repeat a record
        page = service.records(period, station, figure, len(rows), 2, month=month)
        if not page:
            return rows
        rows.extend(page)


def numbers(service: ReportService, period: Period, station: str, figure: str,
            month: str | None = None) -> set[str]:
    rows = everything(service, period, station, figure, month)
    assert len(rows) == service.record_count(period, station, figure, month=month)
    assert len({r.record_id for r in rows}) == len(rows)
    return {r.number for r in rows}


def expected_intake(written: Written, period: Period, station: str,
                    keep: object = None) -> set[str]:
    """Intake numbers of the period (and station) for which keep(row) holds."""
    found = set()
    for number, row in written.intake.items():
        day = date.fromisoformat(row[0])
        if not period.start <= day <= period.end:
            continue
        if station and not number.startswith(station):
            continue
        if keep is None or keep(row):  # type: ignore[operator]
            found.add(number)
    return found


@pytest.mark.parametrize("station", ["", STATION])
@pytest.mark.parametrize("period", [YEAR, Period.quarter(2026, 1), Period.month(2026, 5),
                                    Period.of(start="2026-01-16", end="2026-03-31")],
                         ids=["year", "q1", "may", "custom"])
def test_every_intake_figure_lists_its_own_records(app: UnionCase, written: Written,
                                                   period: Period, station: str) -> None:
    service = ReportService(app.ctx)
    intake = service.figures(period, station)["intake"]
    for figure, keep in [
            ("cases", None),
            ("closed", lambda r: r[4] and date.fromisoformat(r[4]) <= period.end),
            ("group_cases", lambda r: r[3] >= 5)]:
        found = numbers(service, period, station, f"intake.{figure}")
        assert found == expected_intake(written, period, station, keep), figure
        assert len(found) == intake[figure], figure
    for channel, key in CHANNEL_KEYS.items():
        found = numbers(service, period, station, f"intake.by_channel.{key}")
        assert found == expected_intake(written, period, station, lambda r, c=channel: r[1] == c)
        assert len(found) == intake["by_channel"][key]
    for category, count in intake["by_category"].items():
        found = numbers(service, period, station, f"intake.by_category.{category}")
        assert found == expected_intake(written, period, station,
                                        lambda r, c=category: r[2] == c)
        assert len(found) == count
    assert set(intake["by_category"]) == {
        written.intake[n][2] for n in expected_intake(written, period, station)}


def test_the_year_of_all_stations_counts_the_other_station_too(app: UnionCase,
                                                               written: Written) -> None:
    service = ReportService(app.ctx)
    every = service.figures(YEAR)["intake"]
    own = service.figures(YEAR, STATION)["intake"]
    assert every["cases"] == own["cases"] + 1 == 6 + 1
    assert service.record_count(YEAR, OTHER_STATION, "intake.cases") == 1
    closed_q1 = service.figures(Period.quarter(2026, 1))["intake"]["closed"]
    assert closed_q1 == 2  # closed on 04-05 is after the quarter: not closed in Q1


def test_mediation_records(app: UnionCase, written: Written) -> None:
    service = ReportService(app.ctx)
    mediation = service.figures(YEAR)["mediation"]
    assert numbers(service, YEAR, "", "mediation.cases") == set(written.mediation)
    concluded = {n for n, (_d, s, _a) in written.mediation.items() if s in ("调解成功", "调解不成")}
    assert numbers(service, YEAR, "", "mediation.concluded") == concluded
    assert len(concluded) == mediation["concluded"]
    succeeded = {n for n, (_d, s, _a) in written.mediation.items() if s == "调解成功"}
    assert numbers(service, YEAR, "", "mediation.successful") == succeeded
    assert len(succeeded) == mediation["successful"]
    agreed = everything(service, YEAR, "", "mediation.agreed")
    assert sum(r.amount_fen or 0 for r in agreed) == mediation["agreed_amount_fen"] == sum(
        a for _d, _s, a in written.mediation.values())
    rows = {r.number: r for r in everything(service, YEAR, "", "mediation.cases")}
    for number, (day, status, amount) in written.mediation.items():
        assert (rows[number].day, rows[number].status) == (day, status)
        assert rows[number].name == "张伟"  # the first applicant
        assert rows[number].amount_fen == (amount if status == "调解成功" else None)
        assert rows[number].kind == "mediation"
    assert service.record_count(YEAR, "", "mediation.organizations") == \
        mediation["organizations"] == 1
    mediators = everything(service, YEAR, "", "mediation.mediators")
    assert {r.name for r in mediators} == {"王建国", "陈秀英"}
    assert len(mediators) == mediation["mediators"]
    h1 = Period.of(start="2026-01-01", end="2026-03-31")
    assert service.record_count(h1, "", "mediation.cases") == 2 == \
        service.figures(h1)["mediation"]["cases"]


def test_aid_records(app: UnionCase, written: Written) -> None:
    service = ReportService(app.ctx)
    aid = service.figures(YEAR)["aid"]
    payments = everything(service, YEAR, "", "aid.disbursements")
    assert {r.number for r in payments} == set(written.payments)
    assert len(payments) == aid["disbursements"] == 3
    assert sum(r.amount_fen or 0 for r in payments) == aid["amount_fen"] == sum(
        fen for *_r, fen in written.payments.values())
    for row in payments:
        day, program, pid, fen = written.payments[row.number]
        assert (row.day, row.amount_fen, row.person_id, row.status) == (day, fen, pid, "已发放")
        assert row.what.startswith(program)
    persons = everything(service, YEAR, "", "aid.persons")
    assert len(persons) == aid["persons"] == len({p for _d, _p, p, _f in
                                                  written.payments.values()}) == 2
    by_person = {r.person_id: r for r in persons}
    for pid in by_person:
        own = [v for v in written.payments.values() if v[2] == pid]
        assert by_person[pid].amount_fen == sum(v[3] for v in own)
        assert by_person[pid].records == len(own)
        assert by_person[pid].day == max(v[0] for v in own)
    for program, figures in aid["by_program"].items():
        rows = everything(service, YEAR, "", f"aid.by_program.{program}")
        own = {n: v for n, v in written.payments.items() if v[1] == program}
        assert {r.number for r in rows} == set(own)
        assert sum(r.amount_fen or 0 for r in rows) == figures["amount_fen"]
        assert len({r.person_id for r in rows}) == figures["persons"]
    assert set(aid["by_program"]) == {"医疗互助", "大病救助"}
    march = Period.month(2026, 3)
    assert service.record_count(march, "", "aid.persons") == \
        service.figures(march)["aid"]["persons"] == 2


def test_jobs_records(app: UnionCase, written: Written) -> None:
    service = ReportService(app.ctx)
    jobs = service.figures(YEAR)["jobs"]
    fairs = everything(service, YEAR, "", "jobs.fairs")
    assert {r.name: r.day for r in fairs} == written.fairs
    assert len(fairs) == jobs["fairs"] == 2
    seekers = everything(service, YEAR, "", "jobs.seekers")
    assert len(seekers) == jobs["seekers"] == len(set(written.seekers.values())) == 3
    assert {r.person_id for r in seekers} == set(written.seekers.values())
    assert all(r.kind == "jobs" and r.number in written.seekers for r in seekers)
    referrals = everything(service, YEAR, "", "jobs.referrals")
    assert sorted((r.number, r.day) for r in referrals) == sorted(
        (n, d) for n, d, _p in written.referrals)
    assert len(referrals) == jobs["referrals"]
    placed = numbers(service, YEAR, "", "jobs.placed")
    assert placed == {n for n, _d, p in written.referrals if p}
    assert len(placed) == jobs["placed"] == 2


def test_monthly_breakdowns_sum_to_the_period(app: UnionCase, written: Written) -> None:
    service = ReportService(app.ctx)
    for period, station in [(YEAR, ""), (YEAR, STATION), (Period.quarter(2026, 1), ""),
                            (Period.of(start="2025-12-01", end="2026-02-15"), "")]:
        monthly = service.monthly(period, station)
        figures = service.figures(period, station)
        assert list(monthly.months) == period.months()
        for key, counts in monthly.intake_by_channel.items():
            assert sum(counts) == figures["intake"]["by_channel"][key]
            for month, count in zip(monthly.months, counts, strict=True):
                expected = expected_intake(
                    written, period, station,
                    lambda r, k=key, m=month: CHANNEL_KEYS[r[1]] == k and r[0][:7] == m)
                assert count == len(expected)
                # the bar's records: the same figure, one month
                assert numbers(service, period, station, f"intake.by_channel.{key}",
                               month) == expected
        assert sum(monthly.referrals) == figures["jobs"]["referrals"]
        assert sum(monthly.placed) == figures["jobs"]["placed"]
        for month, referred, placed in zip(monthly.months, monthly.referrals, monthly.placed,
                                           strict=True):
            mine = [(n, p) for n, d, p in written.referrals
                    if d.isoformat()[:7] == month and period.start <= d <= period.end]
            assert referred == len(mine)
            assert placed == sum(1 for _n, p in mine if p)
            assert service.record_count(period, station, "jobs.placed", month=month) == placed
    year = service.monthly(YEAR)
    assert len(year.months) == 12
    assert year.intake_by_channel["call"][0] == 1  # 01-20 (the 2025-12-30 call is last year)
    assert year.referrals[3] == 2  # April
    across = service.monthly(Period.of(start="2025-12-01", end="2026-02-15"))
    assert across.months == ("2025-12", "2026-01", "2026-02")
    assert across.intake_by_channel["call"] == (1, 1, 0)


def test_records_are_sorted_filtered_and_paged_in_sql(app: UnionCase, written: Written) -> None:
    service = ReportService(app.ctx)
    by_day = service.records(YEAR, "", "intake.cases", sort="day", descending=True)
    days = [r.day for r in by_day]
    assert days == sorted(days, reverse=True)
    assert service.records(YEAR, "", "intake.cases", 1, 2, sort="day", descending=True) == \
        by_day[1:3]
    found = service.records(YEAR, "", "intake.cases", text="来访人5")
    assert [r.name for r in found] == ["来访人5"]
    assert service.record_count(YEAR, "", "intake.cases", text="社会保险") == 1
    amounts = [r.amount_fen for r in service.records(YEAR, "", "aid.disbursements",
                                                     sort="amount_fen")]
    assert amounts == sorted(amounts)  # type: ignore[type-var]
    for no_list in ("intake.nothing", "intake.persons", "intake.by_channel.fax", "aid.by_program."):
        with pytest.raises(ValueError, match="figure"):
            service.records(YEAR, "", no_list)  # head counts are no list of records
    with pytest.raises(ValueError, match="sort"):
        service.records(YEAR, "", "intake.cases", sort="summary; drop table")
    with pytest.raises(ValueError, match="dated"):
        service.records(YEAR, "", "mediation.organizations", month="2026-01")
    assert service.record_count(YEAR, "", "intake.cases", month="2027-01") == 0
    assert isinstance(by_day[0], FigureRecordRead)
    with pytest.raises(Exception, match="frozen"):
        by_day[0].name = "改"  # type: ignore[misc]


def test_report_file_is_the_figures(app: UnionCase, written: Written, tmp_path: Path) -> None:
    import io

    from openpyxl import load_workbook

    service = ReportService(app.ctx)
    for period in (YEAR, Period.quarter(2026, 2)):
        for station in ("", STATION):
            data = report_file(app.ctx, period, station, "json")
            assert json.loads(data) == service.figures(period, station)
    text = report_file(app.ctx, YEAR, "", "text").decode("utf-8")
    assert "召开招聘洽谈会2场，接待求职人员3人，推荐上岗2人。" in text
    book = load_workbook(io.BytesIO(report_file(app.ctx, Period.quarter(2026, 1), "", "xlsx")))
    assert book["概况"]["A1"].value == "南湖区东栅街道工会服务站 2026年第一季度工作数据"
    other = load_workbook(io.BytesIO(report_file(app.ctx, YEAR, OTHER_STATION, "xlsx")))
    assert other["概况"]["A1"].value == "南湖区解放街道工会服务站 2026年工作数据"
    assert report_file(app.ctx, Period.month(2026, 3), "", "pdf").startswith(b"%PDF")
    with pytest.raises(ValidationError) as bad:
        render_report(service.figures(YEAR), "docx", "", "")
    assert bad.value.code == "choice_invalid"
    out = write_atomically(tmp_path / "sub" / "r.json", b"{}")
    assert out.read_bytes() == b"{}"
    assert not (tmp_path / "sub" / "r.json.part").exists()


def test_period_titles_and_months() -> None:
    assert Period.of(2026).title() == "2026年工作数据"
    assert Period.of(start="2026-01-01", end="2026-12-31").title() == "2026年工作数据"
    assert Period.quarter(2026, 4).title() == "2026年第四季度工作数据"
    assert Period.quarter(2026, 1) == Period.of(start="2026-01-01", end="2026-03-31")
    assert Period.month(2024, 2) == Period.of(start="2024-02-01", end="2024-02-29")
    assert Period.month(2026, 12).title() == "2026年12月工作数据"
    assert Period.of(start="2026-01-02", end="2026-03-31").title() == "工作数据"
    assert Period.of(start="2026-01-05", end="2026-01-05").months() == ["2026-01"]
    assert Period.quarter(2026, 1).within_month("2026-03") == Period.month(2026, 3)
