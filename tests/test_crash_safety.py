"""A writer killed with SIGKILL mid-save leaves a sound database with every acknowledged record
(the short version of ``python -m benchmarks.crash_stress``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.crash_stress import stress

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def test_killed_writers_lose_no_acknowledged_record(tmp_path: Path) -> None:
    outcome = stress(kills=4, folder=tmp_path, seed=7, quiet=True)
    assert outcome.kills == 4
    assert outcome.acknowledged > 0  # the kills came while records were being written
    assert outcome.corrupt == []
    assert outcome.lost == []
