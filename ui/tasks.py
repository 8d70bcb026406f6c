"""Background work: one serialized lane for the database, a second small lane for files and PDFs.

Results come back on the GUI thread through a queued signal and are dropped when the widget that
asked is gone.  Tests use :class:`SyncTaskRunner`, which runs everything at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives in the GUI thread; workers emit into it, the slot runs on the GUI thread."""

    delivered = Signal(object, object, object, object)  # callback, value, owner, is_error

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._on_delivered)

    @Slot(object, object, object, object)
    def _on_delivered(self, callback: Any, value: Any, owner: Any, _is_error: Any) -> None:
        if owner is not None and not shiboken6.isValid(owner):
            return
        if callback is not None:
            callback(value)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, func: Callable[[], Any], on_done: Callback | None,
                 on_error: ErrorCallback, owner: QObject | None) -> None:
        super().__init__()
        self.relay, self.func, self.on_done, self.on_error, self.owner = (
            relay, func, on_done, on_error, owner)

    def run(self) -> None:
        try:
            value = self.func()
        except BaseException as exc:  # delivered to the error funnel on the GUI thread
            self.relay.delivered.emit(self.on_error, exc, self.owner, True)
        else:
            self.relay.delivered.emit(self.on_done, value, self.owner, False)


class TaskRunner(QObject):
    def __init__(self, on_error: ErrorCallback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._relay = _Relay()
        self._lanes: dict[str, QThreadPool] = {}
        for lane, threads in (("db", 1), ("files", 2)):
            pool = QThreadPool(self)
            pool.setMaxThreadCount(threads)
            self._lanes[lane] = pool

    def run(self, func: Callable[[], Any], on_done: Callback | None = None, *,
            on_error: ErrorCallback | None = None, owner: QObject | None = None,
            lane: str = "db") -> None:
        job = _Job(self._relay, func, on_done, on_error or self._on_error, owner)
        self._lanes[lane].start(job)

    def drain(self, msecs: int = 10_000) -> None:
        """Wait for all queued work (on quit)."""
        for pool in self._lanes.values():
            pool.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs work immediately on the calling thread: deterministic widget tests."""

    def run(self, func: Callable[[], Any], on_done: Callback | None = None, *,
            on_error: ErrorCallback | None = None, owner: QObject | None = None,
            lane: str = "db") -> None:
        try:
            value = func()
        except Exception as exc:
            (on_error or self._on_error)(exc)
            return
        if on_done is not None and (owner is None or shiboken6.isValid(owner)):
            on_done(value)
