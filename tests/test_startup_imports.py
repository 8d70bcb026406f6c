"""Start-up paints the window's frame before the database layer loads: importing the start-up
module (and showing the frame) must not import SQLAlchemy, the models or reportlab."""

from __future__ import annotations

import subprocess
import sys


def test_the_frame_is_painted_before_the_database_layer_is_imported() -> None:
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
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
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip().splitlines()[-1] == "none"
