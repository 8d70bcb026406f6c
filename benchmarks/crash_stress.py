"""Crash safety: kill a writing process with SIGKILL at random points, then count corrupt
databases and acknowledged records that are gone (the goal: 0 and 0).

    .venv/bin/python -m benchmarks.crash_stress [--kills 200] [--folder DIR] [--seed N]

A child process registers persons and intake cases through the services, printing each record's
number once its save has returned (acknowledged); the parent kills it after a random delay, then
opens the database like the application does, runs ``PRAGMA integrity_check`` and looks up every
acknowledged number. The database is carried from one kill to the next, so later children start
on a database that was killed under load before.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

STATION = ("330402001", "南湖区东栅街道工会服务站")


@dataclass
class Outcome:
    kills: int = 0
    acknowledged: int = 0
    corrupt: list[int] = field(default_factory=list)  # the kills after which integrity failed
    lost: list[str] = field(default_factory=list)  # acknowledged numbers not found


def child(db: Path) -> None:
    """Write for ever; one line per acknowledged record: ``<table> <number>``."""
    from unioncase.domain.pinyin import pinyin_keys
    from unioncase.services import UnionCase
    from unioncase.services.intake import IntakeInput
    from unioncase.services.registry import PersonInput

    app = UnionCase.open(str(db))
    app.login("压力测试")
    pinyin_keys("压力测试")  # its dictionary loads at the first name: not part of a save
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        person = app.persons.create(PersonInput(name=f"测试{n}", phone="13805731234"))
        print("person", person.number, flush=True)
        case = app.intake.register(IntakeInput(
            channel="来电", name=f"来电人{n}", phone="13805731234", category="欠薪",
            summary="压力测试" * 20, head_count=1 + n % 7))
        print("intake_case", case.number, flush=True)


def _check(db: Path, acknowledged: list[tuple[str, str]], outcome: Outcome, kill: int) -> None:
    conn = sqlite3.connect(db)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            outcome.corrupt.append(kill)
            return
        for table, number in acknowledged:
            query = {"person": "SELECT 1 FROM person WHERE number = ?",
                     "intake_case": "SELECT 1 FROM intake_case WHERE number = ?"}[table]
            found = conn.execute(query, (number,)).fetchone()
            if found is None:
                outcome.lost.append(number)
    finally:
        conn.close()


def stress(kills: int, folder: Path, seed: int = 1, quiet: bool = False) -> Outcome:
    from unioncase.services import UnionCase

    rng = random.Random(seed)
    db = folder / "stress.db"
    app = UnionCase.open(str(db))
    app.stations.init_station(*STATION)
    app.close()
    outcome = Outcome()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    for kill in range(1, kills + 1):
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.crash_stress", "--child", str(db)],
            stdout=subprocess.PIPE, text=True, env=env)
        assert process.stdout is not None
        first = process.stdout.readline()  # opened (and migrated) before the clock starts
        if first.strip() != "ready":
            process.kill()
            raise RuntimeError(f"the writer did not start: {first!r}")
        time.sleep(rng.uniform(0.01, 1.0))
        process.send_signal(signal.SIGKILL)
        rest, _ = process.communicate()
        # A line cut short by the kill is not counted (its newline never came).
        acknowledged = [tuple(line.split(" ", 1)) for line in rest.split("\n")[:-1]
                        if line.count(" ") == 1]
        outcome.kills += 1
        outcome.acknowledged += len(acknowledged)
        _check(db, acknowledged, outcome, kill)  # type: ignore[arg-type]
        if not quiet:
            print(f"\rkill {kill}/{kills}: {outcome.acknowledged} acknowledged, "
                  f"{len(outcome.corrupt)} corrupt, {len(outcome.lost)} lost", end="",
                  file=sys.stderr, flush=True)
    if not quiet:
        print(file=sys.stderr)
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return 0
    folder = args.folder or Path(tempfile.mkdtemp(prefix="unioncase-stress-"))
    started = time.perf_counter()
    outcome = stress(args.kills, folder, args.seed)
    print(f"kills: {outcome.kills}")
    print(f"acknowledged records: {outcome.acknowledged}")
    print(f"corrupt databases: {len(outcome.corrupt)}")
    print(f"acknowledged records lost: {len(outcome.lost)}")
    print(f"time: {time.perf_counter() - started:.1f} s ({folder})")
    return 0 if not outcome.corrupt and not outcome.lost else 1


if __name__ == "__main__":
    raise SystemExit(main())
