"""Property: over any history of edits at a station and at the center, and any delivery of the
station's bundles (lost, repeated, reordered), the center loses no revision, never overwrites a
change of its own that the station has not seen, and a repeated bundle changes nothing."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.conftest import FrozenClock, valid_id
from tests.ledger_files import table_counts
from tests.test_sync import CENTER, EAST, PASSPHRASE, fresh_db  # noqa: F401
from unioncase.services import UnionCase
from unioncase.services.registry import PersonInput
from unioncase.sync import bundle as bundle_file

PEOPLE = 2
PHONES = [f"1380000{i:04d}" for i in range(12)]

operation = st.one_of(
    st.tuples(st.just("edit_station"), st.integers(0, PEOPLE - 1), st.sampled_from(PHONES)),
    st.tuples(st.just("edit_center"), st.integers(0, PEOPLE - 1), st.sampled_from(PHONES)),
    st.tuples(st.just("export")),
    # -1: the latest bundle (the usual case); any other number: an earlier one, again or late.
    st.tuples(st.just("deliver"), st.one_of(st.just(-1), st.just(-1), st.integers(0, 50))),
    st.tuples(st.just("resolve"), st.sampled_from(["local", "remote"])),
    st.tuples(st.just("ack")),
)


def _open(fresh: Path, folder: Path, station: tuple[str, str]) -> UnionCase:
    path = folder / station[0] / "unioncase.db"
    path.parent.mkdir(parents=True)
    shutil.copyfile(fresh, path)
    app = UnionCase.open(str(path), clock=FrozenClock())
    app.stations.init_station(*station)
    app.login("测试员")
    return app


def _lines(path: Path) -> list[dict[str, Any]]:
    opened = bundle_file.open_bundle(path.read_bytes(), PASSPHRASE)
    return [json.loads(line) for name, data in opened.members.items()
            if name.startswith("records/") for line in data.splitlines()]


def _kept(app: UnionCase, uuid: str) -> set[str]:
    """Every revision of a record the center holds: its lineage and both sides of conflicts."""
    with app.db.engine.connect() as conn:
        record = conn.execute(text("SELECT revision, ancestry FROM sync_record WHERE uuid = :u"),
                              {"u": uuid}).first()
        kept = {record[0], *json.loads(record[1])} if record else set()
        for remote, ancestry in conn.execute(text(
                "SELECT remote_revision, remote_ancestry FROM sync_conflict "
                "WHERE record_uuid = :u OR remote_uuid = :u"), {"u": uuid}):
            kept |= {remote, *json.loads(ancestry)}
    return kept


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.data_too_large])
@given(history=st.lists(operation, min_size=1, max_size=14))
@example(history=[("export",), ("deliver", -1), ("edit_center", 0, PHONES[5]),
                  ("edit_station", 0, PHONES[7]), ("export",), ("deliver", -1),
                  ("deliver", 0), ("resolve", "local"), ("ack",), ("edit_station", 0, PHONES[8]),
                  ("export",), ("deliver", -1)])
@example(history=[("export",), ("deliver", -1), ("edit_center", 1, PHONES[2]),
                  ("edit_station", 1, PHONES[3]), ("export",), ("edit_station", 1, PHONES[4]),
                  ("export",), ("deliver", -1), ("deliver", 1), ("resolve", "remote"),
                  ("ack",), ("export",), ("deliver", -1)])
def test_any_history_loses_no_revision_and_overwrites_nothing_unseen(
        fresh_db: Path, history: list[tuple[Any, ...]]) -> None:  # noqa: F811
    saved = bundle_file._N
    bundle_file._N = 2 ** 10  # the key derivation is not what is under test here
    folder = Path(tempfile.mkdtemp(prefix="sync-property-"))
    center, station = _open(fresh_db, folder, CENTER), _open(fresh_db, folder, EAST)
    try:
        ids = [station.persons.create(PersonInput(
            name=f"职工{i}", id_number=valid_id(seq=f"{500 + i}"), phone=PHONES[0])).id
            for i in range(PEOPLE)]
        numbers = [valid_id(seq=f"{500 + i}") for i in range(PEOPLE)]
        sent: list[Path] = []
        delivered: list[Path] = []
        # Per person: the center changed it and the station has not seen that change since.
        unseen: dict[int, str] = {}
        for op in history:
            kind = op[0]
            if kind == "edit_station":
                row = station.persons.get(ids[op[1]])
                if row.phone != op[2]:
                    station.persons.update(row.id, PersonInput(
                        name=row.name, id_number=row.id_number, phone=op[2]), row.version)
            elif kind == "edit_center":
                found = center.persons.find_by_id_number(numbers[op[1]])
                if found is not None and found.phone != op[2]:
                    center.persons.update(found.id, PersonInput(
                        name=found.name, id_number=found.id_number, phone=op[2]),
                        found.version)
                    unseen[op[1]] = op[2]
            elif kind == "export":
                path = folder / f"east-{len(sent) + 1}.ucsync"
                station.sync.export(path, PASSPHRASE)
                sent.append(path)
            elif kind == "deliver" and sent:
                path = sent[-1] if op[1] < 0 else sent[op[1] % len(sent)]
                before = table_counts(center)
                result = center.sync.import_bundle(path, PASSPHRASE)
                if path in delivered:
                    assert result.already
                    assert table_counts(center) == before
                delivered.append(path)
            elif kind == "resolve":
                open_ = center.sync.conflicts()
                if open_:
                    conflict = open_[0]
                    center.sync.resolve(conflict.id, op[1])
                    index = next(i for i, n in enumerate(numbers)
                                 if center.persons.find_by_id_number(n) is not None
                                 and center.persons.find_by_id_number(n).uuid  # type: ignore[union-attr]
                                 == conflict.record_uuid)
                    unseen.pop(index, None)
            elif kind == "ack" and delivered:
                path = folder / f"ack-{len(delivered)}-{len(history)}.ucsync"
                center.sync.export(path, PASSPHRASE, ack_for=EAST[0])
                station.sync.import_bundle(path, PASSPHRASE)

            # Nothing the center changed is overwritten before the station has seen it.
            for index, phone in unseen.items():
                found = center.persons.find_by_id_number(numbers[index])
                assert found is not None
                assert found.phone == phone
        # No revision of a delivered bundle is lost; every delivered person is there.
        for path in set(delivered):
            for line in _lines(path):
                assert line["revision"] in _kept(center, line["uuid"]), line["entity"]
        for index in range(PEOPLE):
            if any(line["entity"] == "person" and line["data"]["id_number"] == numbers[index]
                   for path in set(delivered) for line in _lines(path)):
                assert center.persons.find_by_id_number(numbers[index]) is not None
    finally:
        bundle_file._N = saved
        center.close()
        station.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0), (2, 0, 2, 1)])
def test_bundles_in_any_order_end_in_the_station_s_latest_values(
        fresh_db: Path, tmp_path: Path, order: tuple[int, ...]) -> None:  # noqa: F811
    center, station = _open(fresh_db, tmp_path, CENTER), _open(fresh_db, tmp_path, EAST)
    pid = station.persons.create(PersonInput(name="陈静", id_number=valid_id(seq="611"),
                                             phone=PHONES[1])).id
    paths = []
    for i, phone in enumerate(PHONES[2:5]):
        row = station.persons.get(pid)
        if i:
            station.persons.update(pid, PersonInput(name="陈静", id_number=row.id_number,
                                                    phone=phone), row.version)
        path = tmp_path / f"{i}.ucsync"
        station.sync.export(path, PASSPHRASE)
        paths.append(path)
    for index in order:
        center.sync.import_bundle(paths[index], PASSPHRASE)
    found = center.persons.find_by_id_number(valid_id(seq="611"))
    assert found is not None
    assert found.phone == PHONES[4]  # the last bundle's, whatever came after it
    assert center.sync.conflicts() == []
    center.close()
    station.close()
