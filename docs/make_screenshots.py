"""Regenerate the screenshots in docs/ (and more, for review) from a demo database.

    .venv/bin/python docs/make_screenshots.py [OUT_DIR]

Runs offscreen; needs the demo data command to have worked (it makes its own database).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="unioncase-shots-")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ui import i18n
from ui.dialogs.person_dialog import PersonDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import SyncTaskRunner
from unioncase.services import UnionCase
from unioncase.services.demo import DemoService


def grab(widget: QWidget, path: Path) -> None:
    for _ in range(3):  # a tab filled on show lays out again after its first paint
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication(sys.argv[:1])
    i18n.install(qt_app, "zh_CN")
    db = Path(tempfile.mkdtemp(prefix="unioncase-shots-db-")) / "demo.db"
    app = UnionCase.open(str(db))
    app.stations.init_station("330402001", "南湖区东栅街道工会服务站")
    app.login("李晓燕")
    DemoService(app).fill("small")
    app.login("李晓燕")
    settings = Settings(QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat))
    window = MainWindow(app, SyncTaskRunner(lambda exc: None), settings)
    window.resize(1360, 800)
    window.show()
    window.tabs.setCurrentWidget(window.persons_tab)
    grab(window, out / "shot-persons.png")
    window.tabs.setCurrentWidget(window.enterprises_tab)
    grab(window, out / "shot-enterprises.png")
    window.tabs.setCurrentWidget(window.mediation_tab)
    grab(window, out / "shot-mediation.png")
    window.tabs.setCurrentWidget(window.aid_tab)
    grab(window, out / "shot-aid.png")
    window.tabs.setCurrentWidget(window.statistics_tab)
    grab(window, out / "shot-statistics.png")
    stats = window.statistics_tab
    records = stats.open_figure("aid.disbursements", stats.records_title("aid.disbursements"))
    assert records is not None
    grab(records, out / "shot-statistics-records.png")
    records.close()
    stats.kind_combo.setCurrentIndex(stats.kind_combo.findData("quarter"))
    stats.quarter_combo.setCurrentIndex(0)
    grab(window, out / "shot-statistics-quarter.png")
    stats.kind_combo.setCurrentIndex(stats.kind_combo.findData("year"))
    window.tabs.setCurrentWidget(window.intake_tab)
    grab(window, out / "screenshot-main.png")
    for channel, name in (("来电", "call"), ("来访", "visit"), ("来信", "letter")):
        entry = window.new_intake(channel)
        grab(entry, out / f"shot-intake-entry-{name}.png")
        entry.reject()
    from unioncase.services.intake import IntakeFilter

    group = app.intake.page(IntakeFilter(group_only=True), 0, 1)
    case = group[0] if group else app.intake.page(IntakeFilter(), 0, 1)[0]
    case_page = window.open_intake(case.id)
    assert case_page is not None
    grab(case_page, out / "shot-intake-case.png")
    case_page.close()
    window.search_edit.setText("zh")
    window.run_search()
    grab(window.search_popup, out / "shot-search.png")
    window.search_popup.hide()
    person = app.persons.page("", 0, 1)[0]
    page = window.open_person(person.id)
    assert page is not None
    grab(page, out / "shot-person-page.png")
    dialog = PersonDialog(app, person)
    dialog.show()
    grab(dialog, out / "shot-person-edit.png")
    dialog.id_edit.setText(person.id_number[:-1] + "0" if person.id_number else "1")
    dialog.save()
    grab(dialog, out / "shot-person-error.png")
    from ui.dialogs.calendar_dialog import CalendarDialog
    from ui.dialogs.operator_dialog import OperatorDialog
    from ui.dialogs.print_preview_dialog import PrintPreviewDialog
    from ui.dialogs.settings_dialog import SettingsDialog

    calendar = CalendarDialog(app)
    calendar.load_year(2026)
    calendar.show()
    grab(calendar, out / "shot-calendar.png")
    settings_dialog = SettingsDialog(settings)
    settings_dialog.show()
    grab(settings_dialog, out / "shot-settings.png")
    operator = OperatorDialog(app, "李晓燕")
    operator.show()
    grab(operator, out / "shot-operator.png")
    printed = app.printing.render(person.number)
    preview = PrintPreviewDialog(printed.pdf, printed.filename)
    preview.show()
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(1500)  # QPdfView renders pages asynchronously
    while not deadline.hasExpired():
        QApplication.processEvents()
    grab(preview, out / "shot-preview.png")
    (out / "form-person.pdf").write_bytes(printed.pdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
