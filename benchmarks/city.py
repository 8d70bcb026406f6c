"""City-scale figures, each set against the fastest the same machine does in the same run.

    python -m benchmarks.city --db city.db    # made by `unioncase demo --size city`

Prints one table (figure, measured, floor, ratio, goal, met) and writes it as JSON with
``--json FILE``. Nothing here passes or fails a test: the figures are for people to read.
The database is only read, except the ledger import, which runs on a fresh database beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Figure:
    name: str
    measured: float
    unit: str
    floor: float | None
    goal: str
    met: bool

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.measured / self.floor


def _timed(func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _probe(*args: str) -> str:
    # As on a user's machine, where the installer leaves compiled bytecode: the first probe
    # writes any missing .pyc files, the timed ones read them.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run([sys.executable, "-m", "benchmarks.city_probe", *args],
                            capture_output=True, text=True, timeout=600, check=True, env=env)
    return result.stdout.strip().splitlines()[-1].split()[1]


# -- start-up and memory (fresh processes) ---------------------------------------------------


def startup(db: str, runs: int = 3) -> list[Figure]:
    _probe("startup", "--db", db)  # compiles what is not compiled yet; not timed
    floor = statistics.median(float(_probe("floor")) for _ in range(runs))
    first = statistics.median(float(_probe("frame")) for _ in range(runs))
    app = statistics.median(float(_probe("startup", "--db", db)) for _ in range(runs))
    return [
        Figure("start-up to the first painted window (frame)", first, "s", floor,
               "≤ 1.5 × floor", first <= 1.5 * floor),
        Figure("start-up to the main window with its lists", app, "s", floor, "≤ 1.5 × floor",
               app <= 1.5 * floor),
    ]


def memory(db: str) -> Figure:
    rss = float(_probe("memory", "--db", db))
    return Figure("memory, city database open, all tabs visited", rss, "MB", None, "≤ 400 MB",
                  rss <= 400)


# -- in-process figures ---------------------------------------------------------------------


class City:
    def __init__(self, db: str) -> None:
        from unioncase.services import UnionCase

        self.db = db
        self.app = UnionCase.open(db, must_exist=True)
        self.app.login("测试员")
        self.raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        self.rng = random.Random(7)

    def sample(self, sql: str, n: int = 40) -> list[Any]:
        rows = self.raw.execute(sql + " ORDER BY random() LIMIT ?", (n,)).fetchall()
        return [row[0] for row in rows if row[0]]

    def search(self) -> list[Figure]:
        ids = self.sample("SELECT id_number FROM person WHERE id_number IS NOT NULL")
        phones = self.sample("SELECT phone FROM person WHERE phone IS NOT NULL")
        numbers = self.sample("SELECT number FROM intake_case")
        names = self.sample("SELECT name FROM person")
        pinyin = self.sample("SELECT name_pinyin FROM person")
        parts = [name[1:] if len(name) > 2 else name[-1] for name in names]
        floor = _p95([_timed(lambda v=v: self.raw.execute(
            "SELECT id FROM person WHERE id_number = ?", (v,)).fetchall()) for v in ids])
        figures = []
        for label, values, goal in (
                ("ID number", ids, 0.020), ("phone", phones, 0.020),
                ("case number", numbers, 0.020), ("name", names, 0.100),
                ("pinyin", pinyin, 0.100), ("part of a name", parts, 0.100)):
            self.app.search.search(values[0])  # warm
            p95 = _p95([_timed(lambda v=v: self.app.search.search(v)) for v in values])
            figures.append(Figure(f"search by {label} (p95)", p95 * 1000, "ms",
                                  floor * 1000 if goal == 0.020 else None,
                                  f"≤ {goal * 1000:.0f} ms", p95 <= goal))
        return figures

    def report(self) -> Figure:
        from unioncase.services.report import Period, ReportService

        year = self.app.ctx.today().year - 1
        service = ReportService(self.app.ctx)
        seconds = min(_timed(lambda: service.figures(Period.of(year))) for _ in range(3))
        return Figure(f"year report {year}, all sections", seconds, "s", None, "≤ 1 s",
                      seconds <= 1.0)

    def forms(self, batch: int = 1000) -> list[Figure]:
        from reportlab.pdfgen import canvas

        from unioncase.printing.fonts import cjk_font

        numbers = self.sample("SELECT number FROM intake_case", n=batch)
        font = cjk_font()

        def bare() -> None:
            import io

            buffer = io.BytesIO()
            page = canvas.Canvas(buffer)
            page.setFont(font.name, 12)
            page.drawString(72, 760, "来访登记表 330402001-XF-2026-00001 张伟")
            page.showPage()
            page.save()

        bare()
        floor = statistics.median(_timed(bare) for _ in range(20))
        printing = self.app.printing
        printing.render(numbers[0])  # the first form loads the font and the templates
        one = statistics.median(_timed(lambda n=n: printing.render(n)) for n in numbers[1:21])
        total = _timed(lambda: [printing.render(n) for n in numbers])
        return [
            Figure("one printed form, after the first", one * 1000, "ms", floor * 1000,
                   "≤ 3 × floor", one <= 3 * floor),
            Figure(f"{len(numbers)} forms printed in one batch", total, "s", None, "≤ 60 s",
                   total <= 60),
        ]

    def tabs(self) -> list[Figure]:
        from PySide6.QtWidgets import QApplication, QTableView

        from ui.main_window import MainWindow
        from ui.settings import Settings
        from ui.tasks import TaskRunner

        qt = QApplication.instance() or QApplication(sys.argv[:1])
        runner = TaskRunner(lambda exc: print(f"error {exc!r}", file=sys.stderr))
        window = MainWindow(self.app, runner, Settings())
        window.resize(1280, 800)
        window.show()
        qt.processEvents()
        floors = {
            "intake": "SELECT * FROM intake_case WHERE deleted_at IS NULL "
                      "ORDER BY number DESC LIMIT 100",
            "mediation": "SELECT * FROM mediation_case WHERE deleted_at IS NULL "
                         "ORDER BY number DESC LIMIT 100",
            "aid": "SELECT * FROM aid_application WHERE deleted_at IS NULL "
                   "ORDER BY number DESC LIMIT 100",
            "jobs": "SELECT * FROM job_seeker WHERE deleted_at IS NULL "
                    "ORDER BY number DESC LIMIT 100",
            "persons": "SELECT * FROM person WHERE deleted_at IS NULL "
                       "ORDER BY number LIMIT 100",
            "enterprises": "SELECT * FROM enterprise WHERE deleted_at IS NULL "
                           "ORDER BY number LIMIT 100",
        }
        figures = []
        for index in range(window.tabs.count()):
            page = window.tabs.widget(index)
            name = type(page).__name__.removesuffix("Tab").lower()
            if name == "statistics":
                continue  # figures and charts, no list
            # The previous tab's counts and figures finish in the background first: a user
            # does not switch tabs within a fraction of a second, and the floor runs idle too.
            runner.drain()
            qt.processEvents()
            start = time.perf_counter()
            window.tabs.setCurrentIndex(index)
            deadline = start + 20
            views: list[QTableView] = []
            main = getattr(page, "table", None)  # the tab's list (not its figures)
            while time.perf_counter() < deadline:
                qt.processEvents()
                views = [main] if isinstance(main, QTableView) else [
                    v for v in page.findChildren(QTableView)
                    if v.isVisible() and v.model() is not None]
                if views and views[0].model() is not None and views[0].model().rowCount() > 0:
                    break
                time.sleep(0.002)
            seconds = time.perf_counter() - start
            floor_sql = floors.get(name)
            floor = _timed(lambda s=floor_sql: self.raw.execute(s).fetchall()) \
                if floor_sql else None
            figures.append(Figure(f"first rows of the {name} tab", seconds * 1000, "ms",
                                  floor * 1000 if floor is not None else None, "≤ 150 ms",
                                  seconds <= 0.150))
        runner.drain()
        window.close()
        return figures


def ledger_import(rows_wanted: int = 6000) -> Figure:
    """A generated ledger into a fresh database; the floor is openpyxl reading the file."""
    import io

    from openpyxl import load_workbook

    from tests.ledger_files import generate, workbook
    from unioncase.services import UnionCase
    from unioncase.services.ledger_import import LedgerImportService

    generated = generate(seed=5, size=max(10, rows_wanted // 4))
    data = workbook(generated.sheets)
    rows = sum(len(r) for r in generated.sheets.values())

    def read() -> None:
        book = load_workbook(io.BytesIO(data), read_only=True)
        for sheet in book.worksheets:
            for _row in sheet.iter_rows(values_only=True):
                pass

    floor = _timed(read)
    folder = Path(tempfile.mkdtemp(prefix="bench-ledger-"))
    try:
        app = UnionCase.open(str(folder / "ledger.db"))
        app.stations.init_station("330402001", "南湖区东栅街道工会服务站")
        app.login("测试员")
        service = LedgerImportService(app.ctx, app.calendar)
        seconds = _timed(lambda: service.run(data, filename="台账.xlsx"))
        app.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    rate = rows / seconds
    return Figure(f"ledger import ({rows} rows)", rate, "rows/s", rows / floor,
                  "≥ 5,000 rows/s", rate >= 5000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--skip", default="", help="comma-separated: startup,tabs,search,"
                        "report,forms,ledger,memory")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as raw:
        counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "person", "intake_case", "mediation_case", "aid_application", "job_seeker",
            "referral", "station")}
    print("database:", args.db, json.dumps(counts, ensure_ascii=False))
    figures: list[Figure] = []
    if "startup" not in skip:
        figures.extend(startup(args.db))
    city = City(args.db)
    for key, run in (("tabs", city.tabs), ("search", city.search), ("report", city.report),
                     ("forms", city.forms)):
        if key not in skip:
            result = run()
            figures.extend(result if isinstance(result, list) else [result])
    if "ledger" not in skip:
        figures.append(ledger_import())
    if "memory" not in skip:
        figures.append(memory(args.db))
    print(f"\n{'figure':<48} {'measured':>12} {'floor':>10} {'ratio':>7}  {'goal':<16} met")
    for f in figures:
        floor = f"{f.floor:.1f}" if f.floor is not None else "—"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        print(f"{f.name:<48} {f.measured:>9.1f} {f.unit:<3}{floor:>9} {ratio:>7}  "
              f"{f.goal:<16} {'yes' if f.met else 'NO'}")
    if args.json:
        args.json.write_text(json.dumps({"counts": counts, "figures": [
            {**asdict(f), "ratio": f.ratio} for f in figures]}, ensure_ascii=False, indent=1),
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
