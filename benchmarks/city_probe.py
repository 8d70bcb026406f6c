"""What ``benchmarks.city`` runs in a fresh process: the window started, or the floor (a bare
PySide6 QMainWindow) started the same way, or the memory after every tab was visited.

Each prints one line, ``painted <seconds since the process started>`` or ``rss <MB>``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def _since_start() -> float:
    """Seconds since this process was created (as the parent's wall clock sees it)."""
    with open("/proc/self/stat", encoding="ascii") as handle:
        start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as handle:
        uptime = float(handle.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _show_and_paint(app: object, window: object) -> None:
    """Show the window and let it paint once: the events that follow show() are processed and
    the whole widget tree is rendered (``grab``), the same way for the floor and the app."""
    window.show()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    window.grab()  # type: ignore[attr-defined]
    print(f"painted {_since_start():.3f}", flush=True)


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    _show_and_paint(app, window)


def frame() -> None:
    """What `unioncase gui` paints first: the window's frame, before the database layer loads."""
    from PySide6.QtWidgets import QApplication

    from ui.app import StartFrame
    from ui.settings import Settings

    app = QApplication(sys.argv[:1])
    window = StartFrame(Settings())
    window.resize(1280, 800)
    _show_and_paint(app, window)


def _window(db: str) -> tuple[object, object, object]:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.tasks import TaskRunner
    from unioncase.services import UnionCase

    union = UnionCase.open(db, must_exist=True)
    union.login("测试员")
    runner = TaskRunner(lambda exc: print(f"error {exc!r}", file=sys.stderr))
    window = MainWindow(union, runner, Settings())
    window.resize(1280, 800)
    return app, window, runner


def startup(db: str) -> None:
    app, window, runner = _window(db)
    _show_and_paint(app, window)
    runner.drain()  # type: ignore[attr-defined]


def memory(db: str) -> None:
    """Visit every tab, scroll each list to its end, then report the resident memory."""
    from PySide6.QtWidgets import QApplication, QTableView

    app, window, runner = _window(db)
    window.show()  # type: ignore[attr-defined]
    tabs = window.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            QApplication.processEvents()
            views = [v for v in tabs.widget(index).findChildren(QTableView) if v.isVisible()]
            if not views or all(v.model() is not None and v.model().rowCount() > 0
                                for v in views):
                break
            time.sleep(0.01)
        for view in tabs.widget(index).findChildren(QTableView):
            if view.isVisible() and view.model() is not None:
                view.scrollToBottom()
                QApplication.processEvents()
    runner.drain()  # type: ignore[attr-defined]
    QApplication.processEvents()
    print(f"rss {_rss_mb():.1f}", flush=True)
    app.quit()  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["floor", "frame", "startup", "memory"])
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    if args.what == "floor":
        floor()
    elif args.what == "frame":
        frame()
    elif args.what == "startup":
        startup(args.db)
    else:
        memory(args.db)


if __name__ == "__main__":
    main()
