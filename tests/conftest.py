"""Shared fixtures: an isolated home, a template database migrated once, a frozen clock."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

# Never touch the user's real data folder or settings, and never need a screen.
_HOME = Path(tempfile.mkdtemp(prefix="unioncase-tests-"))
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UNIONCASE_DB", None)

from unioncase.services import UnionCase  # noqa: E402
from unioncase.services.context import CHINA  # noqa: E402

STATION = "330402001"
STATION_NAME = "南湖区东栅街道工会服务站"
OPERATOR = "李晓燕"
# A Monday; tests that need another day pass their own clock.
FROZEN = datetime(2026, 11, 23, 10, 0, tzinfo=CHINA)


class FrozenClock:
    def __init__(self, now: datetime = FROZEN) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    app = UnionCase.open(str(path))
    app.stations.init_station(STATION, STATION_NAME)
    app.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "unioncase.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def app(db_path: Path, clock: FrozenClock) -> Iterator[UnionCase]:
    instance = UnionCase.open(str(db_path), clock=clock)
    instance.login(OPERATOR)
    yield instance
    instance.close()


def valid_id(area: str = "330402", birth: str = "19850615", seq: str = "123") -> str:
    from unioncase.domain.validators import id_check_char

    first17 = area + birth + seq
    return first17 + id_check_char(first17)


def valid_credit_code(body: str = "91330402MA2B3C4D5") -> str:
    from unioncase.domain.validators import credit_code_check_char

    return body + credit_code_check_char(body)


def activate(qtbot: object, widget: object) -> None:
    """Make a window the active one, so its shortcuts fire (offscreen needs the request)."""
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.show()
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # type: ignore[attr-defined]


@pytest.fixture
def setup(app: UnionCase) -> Any:
    """A mediation organization with a full-time (presiding) and a part-time mediator."""
    from tests.test_mediation_service import Setup, make_mediator, make_org

    org = make_org(app)
    return Setup(org, make_mediator(app, org.id, "王建国", "301", "专职"),
                 make_mediator(app, org.id, "陈秀英", "402"))
