"""Offline sync: a center and two stations in temporary folders exchange bundles.

Reference data goes out, cases come in, an acknowledgement goes back; the center's year report is
the sum of the stations'; the same worker at two stations is one person at the center; a bundle
imported twice, out of order, damaged or with a wrong passphrase behaves as it should; a real
conflict is kept, resolved, and the resolution travels back.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from tests.conftest import FrozenClock, valid_id
from tests.ledger_files import EMPLOYERS, generate, table_counts, workbook
from unioncase.domain.errors import ValidationError
from unioncase.models import AidApplication, IntakeCase, JobSeeker, Person, SyncConflict
from unioncase.services import UnionCase
from unioncase.services.intake import IntakeInput
from unioncase.services.ledger_import import LedgerImportService
from unioncase.services.registry import PersonInput
from unioncase.services.report import Period, ReportService
from unioncase.sync.bundle import open_bundle

PASSPHRASE = "嘉兴市工会同步口令2026"
CENTER = ("330400000", "嘉兴市职工服务中心")
EAST = ("330402001", "南湖区东栅街道工会服务站")
WEST = ("330402002", "南湖区南湖街道工会服务站")
YEAR_2022 = Period.of(2022)


@pytest.fixture(scope="session")
def fresh_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database without a station (each side of the exchange copies it)."""
    path = tmp_path_factory.mktemp("sync-template") / "fresh.db"
    UnionCase.open(str(path)).close()
    return path


@dataclass
class City:
    folder: Path
    center: UnionCase
    east: UnionCase
    west: UnionCase

    def bundle(self, name: str) -> Path:
        return self.folder / f"{name}.ucsync"


def _open(fresh: Path, folder: Path, station: tuple[str, str], clock: FrozenClock) -> UnionCase:
    path = folder / station[0] / "unioncase.db"
    path.parent.mkdir()
    shutil.copyfile(fresh, path)
    app = UnionCase.open(str(path), clock=clock)
    app.stations.init_station(*station)
    app.login("李晓燕")
    return app


@pytest.fixture
def city(fresh_db: Path, tmp_path: Path, clock: FrozenClock) -> Iterator[City]:
    apps = City(tmp_path, *(_open(fresh_db, tmp_path, s, clock) for s in (CENTER, EAST, WEST)))
    yield apps
    for app in (apps.center, apps.east, apps.west):
        app.close()


def ledger(app: UnionCase, seed: int, size: int = 24) -> Any:
    generated = generate(seed=seed, size=size)
    result = LedgerImportService(app.ctx, app.calendar).run(
        workbook(generated.sheets), filename="台账.xlsx")
    assert result.errors == []
    assert result.written
    return generated


def person(app: UnionCase, name: str, id_number: str, phone: str = "13805731234") -> int:
    return app.persons.create(PersonInput(name=name, id_number=id_number, phone=phone)).id


def send(source: UnionCase, target: UnionCase, path: Path, **options: Any) -> Any:
    source.sync.export(path, PASSPHRASE, **options)
    return target.sync.import_bundle(path, PASSPHRASE)


def figures(app: UnionCase) -> dict[str, Any]:
    return ReportService(app.ctx).figures(YEAR_2022)


def _numbers(report: dict[str, Any], prefix: str = "") -> dict[str, int]:
    """Every integer figure of a report, by its dotted path (rates are left out)."""
    flat: dict[str, int] = {}
    for key, value in report.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_numbers(value, path + "."))
        elif isinstance(value, int) and not isinstance(value, bool):
            flat[path] = value
    return flat


def _distinct_persons(apps: tuple[UnionCase, ...], model: Any, *where: Any) -> int:
    """Persons with a record of ``model`` at any of the stations, one per ID number (a person
    without one is a person of their own)."""
    people: set[str] = set()
    for app in apps:
        with app.ctx.read() as session:
            rows = session.exec(select(Person.id_number, Person.uuid).join(
                model, col(model.person_id) == col(Person.id)).where(
                col(model.deleted_at).is_(None), *where)).all()
            people.update(id_number or uuid for id_number, uuid in rows)
    return len(people)


# -- the whole exchange ----------------------------------------------------------------------------


def test_reference_out_cases_in_ack_back_and_the_report_is_the_sum(city: City) -> None:
    city.center.stations.register(*EAST)
    city.center.stations.register(*WEST)
    reference = city.center.sync.export(city.bundle("reference"), PASSPHRASE, reference=True)
    assert reference.kind == "reference"
    assert reference.tables["station"] == 3
    for station in (city.east, city.west):
        result = station.sync.import_bundle(city.bundle("reference"), PASSPHRASE)
        assert result.kind == "reference"
        assert result.count("conflicts") == 0
        codes = {s.code for s in station.stations.all()}
        assert {CENTER[0], EAST[0], WEST[0]} <= codes

    # Both stations' ledgers use the same generator: the same workers (ID numbers) at both.
    ledger(city.east, seed=1)
    ledger(city.west, seed=2)
    east, west = figures(city.east), figures(city.west)

    for name, station in (("east-1", city.east), ("west-1", city.west)):
        summary = station.sync.export(city.bundle(name), PASSPHRASE)
        assert summary.seq == 1
        assert summary.since_ack == 0
        assert summary.records > 0
        result = city.center.sync.import_bundle(city.bundle(name), PASSPHRASE)
        assert not result.already
        assert result.count("created") > 0
    # The same workers were given different phones at the two stations: each such person is
    # one record at the center, with the other station's details kept for a person to settle.
    conflicts = city.center.sync.conflicts()
    assert conflicts
    pages = [city.center.sync.conflicts(offset=i, limit=2) for i in range(0, len(conflicts), 2)]
    assert [c for page in pages for c in page] == conflicts  # read a page at a time alike
    assert {(c.kind, c.entity, c.remote_station) for c in conflicts} == {
        ("duplicate", "person", WEST[0])}
    employers = [f for c in conflicts for f in city.center.sync.conflict(c.id).fields
                 if f.name == "employer_id" and f.differs and f.local and f.remote]
    assert employers
    assert {employers[0].local_label, employers[0].remote_label} <= set(EMPLOYERS)
    center = figures(city.center)

    expected = {key: east_value + _numbers(west)[key]
                for key, east_value in _numbers(east).items()}
    # Aid persons and job seekers are distinct persons: a worker at both stations counts once.
    stations = (city.east, city.west)
    expected["aid.persons"] = _distinct_persons(
        stations, AidApplication, col(AidApplication.paid_on).is_not(None),
        col(AidApplication.paid_on).between(YEAR_2022.start, YEAR_2022.end))
    expected["jobs.seekers"] = _distinct_persons(
        stations, JobSeeker, col(JobSeeker.registered_on).between(YEAR_2022.start,
                                                                  YEAR_2022.end))
    assert expected["jobs.seekers"] < _numbers(east)["jobs.seekers"] + _numbers(west)[
        "jobs.seekers"]
    for key, value in expected.items():
        if key.startswith("aid.by_program.") and key.endswith(".persons"):
            continue
        assert _numbers(center).get(key, 0) == value, key
    with city.center.ctx.read() as session:
        ids = session.exec(select(Person.id_number)).all()
    assert len([i for i in ids if i]) == len({i for i in ids if i})

    # The acknowledgement: the next export from the station holds only what changed since.
    ack = city.center.sync.export(city.bundle("ack-east"), PASSPHRASE, ack_for=EAST[0])
    assert ack.kind == "ack"
    assert ack.to_station == EAST[0]
    result = city.east.sync.import_bundle(city.bundle("ack-east"), PASSPHRASE)
    assert result.kind == "ack"
    assert all(e.acknowledged_at is not None for e in city.east.sync.exports()
               if e.kind == "cases")
    again = city.east.sync.export(city.bundle("east-2"), PASSPHRASE)
    assert (again.seq, again.since_ack, again.records) == (2, 1, 0)
    first = city.east.persons.search("张伟")[0]
    city.east.persons.update(first.id, PersonInput(name=first.name, id_number=first.id_number,
                                                   phone="13900000001"), first.version)
    changed = city.east.sync.export(city.bundle("east-3"), PASSPHRASE)
    assert changed.tables == {"person": 1}
    result = city.center.sync.import_bundle(city.bundle("east-3"), PASSPHRASE)
    assert result.count("updated") + result.count("merged") == 1
    assert city.center.persons.find_by_id_number(first.id_number or "").phone == "13900000001"
    status = {s.station_code: s for s in city.center.sync.status()}
    assert status[EAST[0]].last_seq == 3
    assert status[EAST[0]].gaps == [2]
    assert status[EAST[0]].acked_seq == 1
    assert status[WEST[0]].last_seq == 1


def test_the_same_worker_at_two_stations_is_one_person_at_the_center(city: City) -> None:
    worker = valid_id(seq="345")
    for station in (city.east, city.west):
        pid = person(station, "周国强", worker)
        case = station.intake.register(_intake(pid))
        assert case.person_id == pid
    send(city.east, city.center, city.bundle("east"))
    result = send(city.west, city.center, city.bundle("west"))
    assert result.count("merged") >= 1
    assert result.count("conflicts") == 0
    with city.center.ctx.read() as session:
        people = session.exec(select(Person.id).where(Person.id_number == worker)).all()
        cases = session.exec(select(IntakeCase.person_id)).all()
    assert len(people) == 1
    assert len(cases) == 2
    assert set(cases) == {people[0]}
    report = figures_2026(city.center)
    assert report["intake"]["cases"] == 2

    # Different details for the same ID number: one person still, and a conflict to settle.
    other = valid_id(seq="346")
    person(city.east, "沈建华", other, phone="13811112222")
    person(city.west, "沈建华", other, phone="13833334444")
    send(city.east, city.center, city.bundle("east-2"))
    result = send(city.west, city.center, city.bundle("west-2"))
    assert result.count("conflicts") == 1
    conflict = city.center.sync.conflicts()[0]
    assert conflict.kind == "duplicate"
    assert conflict.remote_station == WEST[0]
    detail = city.center.sync.conflict(conflict.id)
    phone = next(f for f in detail.fields if f.name == "phone")
    assert (phone.local, phone.remote, phone.differs) == ("13811112222", "13833334444", True)
    city.center.sync.resolve(conflict.id, {"phone": "remote"})
    assert city.center.persons.find_by_id_number(other).phone == "13833334444"
    assert city.center.sync.conflicts() == []


def figures_2026(app: UnionCase) -> dict[str, Any]:
    return ReportService(app.ctx).figures(Period.of(2026))


def _intake(person_id: int) -> IntakeInput:
    return IntakeInput(channel="来访", name="周国强", person_id=person_id, category="欠薪",
                       summary="拖欠工资")


# -- files twice, out of order, missing, damaged ------------------------------------------------


def test_a_bundle_imported_twice_changes_nothing_the_second_time(city: City) -> None:
    ledger(city.east, seed=3, size=12)
    first = send(city.east, city.center, city.bundle("east"))
    counts = table_counts(city.center)
    again = city.center.sync.import_bundle(city.bundle("east"), PASSPHRASE)
    assert not first.already
    assert again.already
    assert again.counts == {}
    assert table_counts(city.center) == counts


def test_bundles_out_of_order_or_missing_lose_nothing_and_show_the_gap(city: City) -> None:
    pid = person(city.east, "吴霞", valid_id(seq="410"), phone="13800000001")
    city.east.sync.export(city.bundle("1"), PASSPHRASE)
    row = city.east.persons.get(pid)
    city.east.persons.update(pid, PersonInput(name="吴霞", id_number=row.id_number,
                                              phone="13800000002"), row.version)
    city.east.sync.export(city.bundle("2"), PASSPHRASE)
    row = city.east.persons.get(pid)
    city.east.persons.update(pid, PersonInput(name="吴霞", id_number=row.id_number,
                                              phone="13800000003"), row.version)
    city.east.sync.export(city.bundle("3"), PASSPHRASE)

    # Bundle 3 first: it holds everything since the last acknowledgement, so nothing is lost.
    third = city.center.sync.import_bundle(city.bundle("3"), PASSPHRASE)
    assert third.gaps == [1, 2]
    center_person = city.center.persons.find_by_id_number(row.id_number or "")
    assert center_person is not None
    assert center_person.phone == "13800000003"
    first = city.center.sync.import_bundle(city.bundle("1"), PASSPHRASE)
    assert first.count("skipped") == first.records
    assert first.gaps == [2]
    assert city.center.persons.find_by_id_number(row.id_number or "").phone == "13800000003"
    assert city.center.sync.conflicts() == []
    status = {s.station_code: s for s in city.center.sync.status()}
    assert status[EAST[0]].gaps == [2]
    assert status[EAST[0]].last_seq == 3


@pytest.mark.parametrize("damage", ["flip", "passphrase", "truncate", "not-a-bundle"])
def test_a_damaged_bundle_or_a_wrong_passphrase_is_refused_and_changes_nothing(
        city: City, damage: str) -> None:
    ledger(city.east, seed=4, size=8)
    path = city.bundle("east")
    city.east.sync.export(path, PASSPHRASE)
    data = bytearray(path.read_bytes())
    passphrase = PASSPHRASE
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        del data[-100:]
    elif damage == "not-a-bundle":
        data[:8] = b"PK\x03\x04\x00\x00\x00\x00"
    else:
        passphrase = "另一个口令abcdef"
    path.write_bytes(bytes(data))
    counts = table_counts(city.center)
    with pytest.raises(ValidationError) as error:
        city.center.sync.import_bundle(path, passphrase)
    expected = "sync_not_bundle" if damage == "not-a-bundle" else "sync_cannot_decrypt"
    assert error.value.code == expected
    assert table_counts(city.center) == counts


def test_a_flipped_byte_in_the_header_is_refused_too(city: City) -> None:
    path = city.bundle("east")
    person(city.east, "马超", valid_id(seq="515"))
    city.east.sync.export(path, PASSPHRASE)
    data = bytearray(path.read_bytes())
    data[20] ^= 0x04  # inside the header (its salt or nonce)
    path.write_bytes(bytes(data))
    with pytest.raises(ValidationError) as error:
        city.center.sync.import_bundle(path, PASSPHRASE)
    assert error.value.code in {"sync_cannot_decrypt", "sync_damaged"}


def test_a_short_passphrase_is_refused_before_anything_is_written(city: City) -> None:
    with pytest.raises(ValidationError) as error:
        city.east.sync.export(city.bundle("east"), "短口令")
    assert error.value.code == "sync_passphrase_short"
    assert not city.bundle("east").exists()
    assert city.east.sync.exports() == []


def test_the_file_holds_no_readable_personal_data(city: City) -> None:
    worker = valid_id(seq="620")
    person(city.east, "朱琳", worker, phone="13857300000")
    city.east.sync.export(city.bundle("east"), PASSPHRASE)
    data = city.bundle("east").read_bytes()
    for secret in (worker, "13857300000", "朱琳"):
        assert secret.encode("utf-8") not in data
    assert data.startswith(b"UCSYNC")


def test_own_bundle_and_an_acknowledgement_for_another_station_are_refused(city: City) -> None:
    person(city.west, "郭涛", valid_id(seq="701"))
    send(city.west, city.center, city.bundle("west"))
    with pytest.raises(ValidationError) as own:
        city.west.sync.import_bundle(city.bundle("west"), PASSPHRASE)
    assert own.value.code == "sync_own_bundle"
    city.center.sync.export(city.bundle("ack-west"), PASSPHRASE, ack_for=WEST[0])
    with pytest.raises(ValidationError) as other:
        city.east.sync.import_bundle(city.bundle("ack-west"), PASSPHRASE)
    assert other.value.code == "sync_not_for_us"


# -- signatures ------------------------------------------------------------------------------------


def test_a_pinned_station_must_sign_with_its_own_key(city: City, tmp_path: Path) -> None:
    pem, public = city.east.sync.generate_key()
    other_pem, _other = city.east.sync.generate_key()
    city.center.sync.pin(EAST[0], public)
    person(city.east, "胡军", valid_id(seq="801"))
    city.east.sync.export(city.bundle("unsigned"), PASSPHRASE)
    with pytest.raises(ValidationError) as unsigned:
        city.center.sync.import_bundle(city.bundle("unsigned"), PASSPHRASE)
    assert unsigned.value.code == "sync_signature_required"
    city.east.sync.export(city.bundle("wrong"), PASSPHRASE, signing_key=other_pem)
    with pytest.raises(ValidationError) as wrong:
        city.center.sync.import_bundle(city.bundle("wrong"), PASSPHRASE)
    assert wrong.value.code == "sync_signature_wrong"
    signed = city.east.sync.export(city.bundle("signed"), PASSPHRASE, signing_key=pem)
    assert signed.signed
    result = city.center.sync.import_bundle(city.bundle("signed"), PASSPHRASE)
    assert result.signed
    assert result.pinned
    assert result.count("created") == result.records


# -- conflicts -------------------------------------------------------------------------------------


def test_a_real_conflict_is_kept_resolved_and_the_resolution_goes_back(city: City) -> None:
    worker = valid_id(seq="901")
    pid = person(city.east, "徐明", worker, phone="13800000010")
    send(city.east, city.center, city.bundle("east-1"))
    at_center = city.center.persons.find_by_id_number(worker)
    assert at_center is not None
    # Both sides change the same person before they hear from each other.
    city.center.persons.update(at_center.id, PersonInput(
        name="徐明", id_number=worker, phone="13800000020", address="嘉兴市南湖区"),
        at_center.version)
    row = city.east.persons.get(pid)
    city.east.persons.update(pid, PersonInput(name="徐明", id_number=worker,
                                              phone="13800000030"), row.version)
    result = send(city.east, city.center, city.bundle("east-2"))
    assert result.count("conflicts") == 1
    # Never overwritten: the center's version stands, the station's is kept beside it.
    kept = city.center.persons.find_by_id_number(worker)
    assert kept is not None
    assert kept.phone == "13800000020"
    conflict = city.center.sync.conflicts()[0]
    assert (conflict.kind, conflict.entity, conflict.remote_station) == ("edit", "person",
                                                                        EAST[0])
    fields = {f.name: f for f in city.center.sync.conflict(conflict.id).fields}
    assert (fields["phone"].local, fields["phone"].remote) == ("13800000020", "13800000030")
    assert fields["address"].differs
    assert not fields["name"].differs
    # Importing the same bundle again does not make a second conflict.
    assert city.center.sync.import_bundle(city.bundle("east-2"), PASSPHRASE).already

    resolved = city.center.sync.resolve(conflict.id, {"phone": "remote", "address": "local"})
    assert resolved.resolution == "merged"
    assert resolved.resolved_at is not None
    merged = city.center.persons.find_by_id_number(worker)
    assert merged is not None
    assert (merged.phone, merged.address) == ("13800000030", "嘉兴市南湖区")
    with pytest.raises(ValidationError):
        city.center.sync.resolve(conflict.id, "local")

    # The acknowledgement carries the resolution back; the station fast-forwards to it.
    back = send(city.center, city.east, city.bundle("ack"), ack_for=EAST[0])
    assert back.count("updated") == 1
    assert back.count("conflicts") == 0
    at_station = city.east.persons.get(pid)
    assert (at_station.phone, at_station.address) == ("13800000030", "嘉兴市南湖区")
    # A later change at the station descends from the resolution: no new conflict.
    city.east.persons.update(pid, PersonInput(name="徐明", id_number=worker,
                                              phone="13800000040", address="嘉兴市南湖区"),
                             at_station.version)
    result = send(city.east, city.center, city.bundle("east-3"))
    assert result.count("updated") == 1
    assert result.count("conflicts") == 0
    final = city.center.persons.find_by_id_number(worker)
    assert final is not None
    assert final.phone == "13800000040"


def test_keeping_this_side_is_a_resolution_the_station_takes_too(city: City) -> None:
    worker = valid_id(seq="902")
    pid = person(city.east, "孙丽", worker, phone="13800000050")
    send(city.east, city.center, city.bundle("1"))
    at_center = city.center.persons.find_by_id_number(worker)
    assert at_center is not None
    city.center.persons.update(at_center.id, PersonInput(name="孙丽", id_number=worker,
                                                         phone="13800000060"),
                               at_center.version)
    row = city.east.persons.get(pid)
    city.east.persons.update(pid, PersonInput(name="孙丽", id_number=worker,
                                              phone="13800000070"), row.version)
    send(city.east, city.center, city.bundle("2"))
    conflict = city.center.sync.conflicts()[0]
    city.center.sync.resolve(conflict.id, "local")
    send(city.center, city.east, city.bundle("ack"), ack_for=EAST[0])
    assert city.east.persons.get(pid).phone == "13800000060"
    with city.center.ctx.read() as session:
        rows = session.exec(select(SyncConflict.resolution, SyncConflict.resolved_by)).all()
    assert [tuple(r) for r in rows] == [("local", "李晓燕")]


def test_the_manifest_lists_counts_hashes_and_the_audit_head(city: City) -> None:
    person(city.east, "黄勇", valid_id(seq="111"))
    summary = city.east.sync.export(city.bundle("east"), PASSPHRASE)
    opened = open_bundle(city.bundle("east").read_bytes(), PASSPHRASE)
    manifest = opened.manifest
    assert manifest["export_id"] == summary.export_id
    assert (manifest["station"]["code"], manifest["seq"], manifest["previous_hash"]) == (
        EAST[0], 1, "")
    assert manifest["tables"]["person"]["count"] == 1
    assert manifest["audit_head"]["count"] > 0
    assert manifest["schema"]
    line = json.loads(opened.members["records/person.jsonl"])
    assert set(line) == {"entity", "uuid", "owner", "version", "revision", "ancestry",
                         "tombstone", "data"}
    assert line["owner"] == EAST[0]
    assert line["ancestry"] == []
    assert not line["tombstone"]
    assert "id" not in line["data"]
    assert line["data"]["name"] == "黄勇"
    second = city.east.sync.export(city.bundle("east-2"), PASSPHRASE)
    chained = open_bundle(city.bundle("east-2").read_bytes(), PASSPHRASE).manifest
    assert second.seq == 2
    assert len(chained["previous_hash"]) == 64


def test_a_round_trip_changes_nothing_where_nothing_changed(city: City) -> None:
    """Records stored from a bundle read back exactly as they came: the center sending the
    station's enterprises, fairs and mediators back to it is no news to the station."""
    ledger(city.east, seed=6, size=12)
    send(city.east, city.center, city.bundle("east"))
    with city.center.ctx.read() as session:
        from sqlalchemy import text

        stored = session.execute(text(
            "SELECT count(*) FROM sync_record WHERE origin = 'bundle'")).scalar()
    assert stored
    assert stored > 0
    back = send(city.center, city.east, city.bundle("reference"), reference=True)
    assert back.records > 0
    # Only the center's own station record is new to the station.
    assert back.counts == {"skipped": back.records - 1, "created": 1}
    counts = table_counts(city.east)
    assert send(city.east, city.center, city.bundle("east-2")).count("updated") == 0
    assert table_counts(city.east)["person"] == counts["person"]


def test_a_corrected_id_number_another_person_has_is_a_conflict_not_an_error(
        city: City) -> None:
    first, second = valid_id(seq="121"), valid_id(seq="122")
    pid = person(city.east, "杨磊", first)
    person(city.west, "杨磊", second)
    send(city.east, city.center, city.bundle("east-1"))
    send(city.west, city.center, city.bundle("west-1"))
    row = city.east.persons.get(pid)
    city.east.persons.update(pid, PersonInput(name="杨磊", id_number=second,
                                              phone=row.phone or ""), row.version)
    result = send(city.east, city.center, city.bundle("east-2"))
    assert result.count("conflicts") == 1
    assert city.center.persons.find_by_id_number(first) is not None
    conflict = city.center.sync.conflicts()[0]
    with pytest.raises(ValidationError) as error:
        city.center.sync.resolve(conflict.id, "remote")
    assert error.value.code == "sync_unique_clash"
    assert city.center.sync.conflicts()[0].id == conflict.id
    city.center.sync.resolve(conflict.id, "local")
    assert city.center.sync.conflicts() == []


def test_attachments_travel_and_a_deletion_arrives_as_a_tombstone(city: City,
                                                                  tmp_path: Path) -> None:
    pid = person(city.east, "周国强", valid_id(seq="131"))
    case = city.east.intake.register(_intake(pid))
    scan = tmp_path / "来信扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter " * 100)
    city.east.intake.add_attachment(case.id, scan)
    gone = person(city.east, "郭涛", valid_id(seq="132"))
    send(city.east, city.center, city.bundle("east-1"))
    with city.center.ctx.read() as session:
        center_case = session.exec(select(IntakeCase).where(
            IntakeCase.number == case.number)).one()
        center_id = center_case.id
    files = city.center.intake.attachments(center_id or 0)
    assert [(f.filename, f.status) for f in files] == [("来信扫描件.pdf", "ok")]
    assert files[0].path.read_bytes() == scan.read_bytes()

    send(city.center, city.east, city.bundle("ack"), ack_for=EAST[0])
    row = city.east.persons.get(gone)
    city.east.persons.delete(gone, row.version)
    summary = city.east.sync.export(city.bundle("east-2"), PASSPHRASE)
    opened = open_bundle(city.bundle("east-2").read_bytes(), PASSPHRASE)
    lines = [json.loads(line) for line in opened.members["records/person.jsonl"].splitlines()]
    assert [(line["data"]["name"], line["tombstone"]) for line in lines] == [("郭涛", True)]
    assert summary.tables == {"person": 1}
    city.center.sync.import_bundle(city.bundle("east-2"), PASSPHRASE)
    assert city.center.persons.find_by_id_number(valid_id(seq="132")) is None
    assert city.center.persons.find_by_id_number(valid_id(seq="131")) is not None
