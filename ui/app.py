"""Start-up: logging, QApplication, translators, the window's frame, the database (migrated),
sign-in, main window.

The frame is painted before the database layer (SQLAlchemy, the models, reportlab: about a
second of imports) is loaded, so the window is on the screen as fast as a bare Qt window.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from ui import i18n
from ui.messages import error_text, show_error
from ui.settings import Settings
from ui.tasks import TaskRunner
from unioncase.domain.errors import UnionCaseError
from unioncase.messages import message

if TYPE_CHECKING:
    from ui.dialogs.operator_dialog import OperatorDialog
    from ui.main_window import MainWindow
    from unioncase.services import UnionCase

log = logging.getLogger(__name__)
BACKUP_CHECK_MS = 60 * 60 * 1000  # whether the daily copy is due, hourly


def setup_logging() -> None:
    folder = Path(platformdirs.user_log_dir("UnionCase", appauthor=False))
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(folder / "unioncase.log", encoding="utf-8"))
    except OSError:
        pass
    logging.basicConfig(level=logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


class StartFrame(QMainWindow):
    """The window as it first appears, where the main window will be, while the database opens;
    it needs nothing but Qt."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("startFrame")
        self.setWindowTitle("UnionCase")
        label = QLabel(QApplication.translate("Startup", "Opening the database..."), self)
        label.setObjectName("startFrameLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)


def _preload_window() -> None:
    try:
        importlib.import_module("ui.main_window")
    except Exception:  # imported again, with its error, when the window is made
        log.debug("preloading the main window failed", exc_info=True)


class Startup(QObject):
    """Sign-in → demo offer on an empty database → the main window. Dialogs open non-blocking."""

    def __init__(self, app: UnionCase, settings: Settings, runner: TaskRunner,
                 frame: QMainWindow | None = None) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.runner = runner
        self.frame = frame
        self.window: MainWindow | None = None
        self.operator_dialog: OperatorDialog | None = None

    def start(self) -> None:
        from ui.dialogs.operator_dialog import OperatorDialog

        self.operator_dialog = OperatorDialog(self.app, self.settings.last_operator)
        self.operator_dialog.operator_chosen.connect(self._on_operator_chosen)
        self.operator_dialog.rejected.connect(self._on_cancelled)
        self.operator_dialog.show()
        # While the operator picks a name: the window's modules (its tabs, dialogs and models,
        # a third of a second) load on a thread, so the window follows the sign-in at once.
        threading.Thread(target=_preload_window, name="preload", daemon=True).start()

    def _on_cancelled(self) -> None:
        QApplication.quit()

    def _on_operator_chosen(self, name: str) -> None:
        self.settings.last_operator = name
        if not self.app.persons.any():
            self._offer_demo()
        else:
            self._show_window()

    def _offer_demo(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "UnionCase",
                          QApplication.translate(
                              "Startup", "The database is empty. Fill it with demo data "
                              "(a few hundred made-up persons and enterprises) to try "
                              "UnionCase?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setObjectName("demoOffer")
        box.setWindowTitle(QApplication.translate("Startup", "UnionCase - Demo data"))
        box.finished.connect(lambda result: self._on_demo_answer(box, result))
        self._demo_box = box
        box.open()

    def _on_demo_answer(self, box: QMessageBox, result: int) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            from unioncase.services.demo import DemoService

            operator = self.app.operator_name
            try:
                DemoService(self.app).fill("small")
            except UnionCaseError as exc:
                show_error(None, exc)
            self.app.login(operator)
        self._show_window()

    def _show_window(self) -> None:
        from ui.main_window import MainWindow

        self.window = MainWindow(self.app, self.runner, self.settings)
        self.window.show()
        if self.frame is not None:
            self.frame.close()
            self.frame = None
        self._start_backups(self.window)
        # The pinyin dictionary (half a second to load) is loaded now, not at the first save.
        from unioncase.domain.pinyin import pinyin_keys

        self.runner.run(lambda: pinyin_keys("张"), on_error=lambda _exc: None,
                        owner=self.window, lane="files")
        # Likewise the forms (reportlab, a fifth of a second): loaded before the first print.
        from unioncase.services.printing import load_forms

        self.runner.run(load_forms, on_error=lambda _exc: None, owner=self.window, lane="files")

    def _start_backups(self, window: MainWindow) -> None:
        """A copy now, then one a day while the window is open; a warning when the database
        sits where SQLite cannot keep it safe."""
        from unioncase.services.backup import BackupService

        service = BackupService(self.app.ctx)
        warning = service.warning()
        if warning is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, "UnionCase",
                              message(warning, i18n.current_language()),
                              QMessageBox.StandardButton.Ok, window)
            box.setObjectName("storageWarning")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        if self.app.db.path is None:
            return

        def failed(error: BaseException) -> None:
            log.warning("automatic backup failed: %s", error)
            window.statusBar().showMessage(
                QApplication.translate("Startup", "The automatic backup failed: %1")
                .replace("%1", error_text(error)), 15000)

        self.runner.run(lambda: service.backup(reason="start"), on_error=failed,
                        owner=window, lane="files")
        self._backup_timer = QTimer(window)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(lambda: self.runner.run(
            service.backup_if_due, on_error=failed, owner=window, lane="files"))
        self._backup_timer.start()


def run_gui(db: str | None = None) -> int:
    setup_logging()
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setOrganizationName("UnionCase")
    qt_app.setApplicationName("UnionCase")
    qt_app.setApplicationDisplayName("UnionCase")
    qt_app.setWindowIcon(QIcon(str(i18n.resource_path("icons", "unioncase.svg"))))
    settings = Settings()
    i18n.install(qt_app, settings.language)
    font = QFont(qt_app.font())
    font.setFamilies([font.family(), "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC"])
    qt_app.setFont(font)
    frame = StartFrame(settings)
    frame.show()
    qt_app.processEvents()
    frame.repaint()  # painted before the database layer is imported
    settings.apply_pdf_font()
    from unioncase.services import UnionCase

    try:
        app = UnionCase.open(db)
    except UnionCaseError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "UnionCase", error_text(exc), parent=frame)
        box.setWindowTitle("UnionCase")
        box.exec()
        return 1
    runner = TaskRunner(lambda exc: show_error(_active_window(), exc))
    startup = Startup(app, settings, runner, frame)
    startup.start()
    code = qt_app.exec()
    runner.drain()
    app.close()
    return int(code)


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()
