"""Start-up paints the window's frame before the database layer loads: importing the start-up
module (and showing the frame) must not import SQLAlchemy, the models or reportlab."""

from __future__ import annotations

import subprocess
import sys


def last_line(code: str) -> str:
    """What a fresh Python process running ``code`` prints last (offscreen Qt)."""
    result = subprocess.run(
        [sys.executable, "-c", "import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n" + code],
        capture_output=True, text=True, timeout=120, check=True)
    return result.stdout.strip().splitlines()[-1]


def test_the_frame_is_painted_before_the_database_layer_is_imported() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.app import StartFrame\n"
        "from ui.settings import Settings\n"
        "app = QApplication([])\n"
        "frame = StartFrame(Settings())\n"
        "frame.show(); app.processEvents(); frame.repaint()\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'sqlmodel', 'reportlab', 'pypinyin', "
        "'unioncase.models', 'unioncase.services', 'alembic', 'openpyxl') if m in sys.modules)\n"
        "print(','.join(heavy) or 'none')\n"
    )
    assert last_line(code) == "none"


def test_the_window_loads_while_the_operator_signs_in(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys, threading\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.app import Startup\n"
        "from ui.settings import Settings\n"
        "from ui.tasks import SyncTaskRunner\n"
        "from unioncase.services import UnionCase\n"
        "qt = QApplication([])\n"
        f"app = UnionCase.open({str(tmp_path / 'a.db')!r})\n"
        f"settings = Settings(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))\n"
        "before = 'ui.main_window' in sys.modules\n"
        "startup = Startup(app, settings, SyncTaskRunner(lambda exc: None))\n"
        "startup.start()\n"
        "[t.join(60) for t in threading.enumerate() if t.name == 'preload']\n"
        "print(before, 'ui.main_window' in sys.modules, startup.window is None,\n"
        "      startup.operator_dialog.isVisible())\n"
    )
    # not loaded before; loaded with the sign-in form still open and no window made
    assert last_line(code) == "False True True True"


def test_reportlab_and_openpyxl_load_at_the_first_print_not_with_the_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys\n"
        "import ui.main_window\n"
        "from unioncase.services import UnionCase\n"
        f"app = UnionCase.open({str(tmp_path / 'a.db')!r})\n"
        "app.stations.init_station('330402001', '南湖区东栅街道工会服务站')\n"
        "app.login('测试员')\n"
        "from unioncase.services.registry import PersonInput\n"
        "person = app.persons.create(PersonInput(name='张伟'))\n"
        "heavy = lambda: [m for m in ('reportlab', 'openpyxl') if m in sys.modules]\n"
        "before = heavy()\n"
        "printed = app.printing.render(person.number)\n"
        "print(before, heavy(), printed.form, printed.pdf[:5])\n"
    )
    assert last_line(code) == (
        "[] ['reportlab'] 职工信息登记表 b'%PDF-'")
