"""The print preview, settings and holiday calendar dialogs, driven through real widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ui import i18n
from ui.dialogs.calendar_dialog import CalendarDayTableModel, CalendarDialog
from ui.dialogs.print_preview_dialog import PrintPreviewDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.settings import Settings
from unioncase.domain.enums import DayKind
from unioncase.services import UnionCase

# --------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English texts, so assertions do not depend on the Chinese translation's progress."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "zh_CN")


def two_page_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in (1, 2):
        pdf.setFont("Helvetica", 24)
        pdf.drawString(72, 760, f"Test page {page}")
        pdf.rect(60, 60, 470, 720)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def preview(qtbot, english: None) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(two_page_pdf(), "职工信息登记表-ZG2024000001.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def calendar_app(tmp_path: Path) -> Iterator[UnionCase]:
    app = UnionCase.open(str(tmp_path / "t.db"))
    app.stations.init_station("330402001", "南湖区东栅街道工会服务站")
    app.login("测试员")
    yield app
    app.close()


@pytest.fixture
def calendar_dialog(qtbot, calendar_app: UnionCase,  # type: ignore[no-untyped-def]
                    english: None) -> CalendarDialog:
    dialog = CalendarDialog(calendar_app)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# --------------------------------------------------------------------------------------------
# print preview


def test_preview_shows_both_pages(preview: PrintPreviewDialog) -> None:
    assert "UnionCase" in preview.windowTitle()
    assert "职工信息登记表-ZG2024000001.pdf" in preview.windowTitle()
    assert preview.page_count() == 2
    assert preview.findChild(QLabel, "pageLabel").text() == "Page 1 of 2"
    assert preview.print_button.isEnabled()
    # Within a 1600x1000 screen.
    assert preview.width() <= 1600
    assert preview.height() <= 1000


def test_preview_zooms_from_fit_width(qtbot, preview: PrintPreviewDialog) -> None:  # type: ignore[no-untyped-def]
    assert preview.fit_width_button.isChecked()
    fitted = preview.zoom()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert not preview.fit_width_button.isChecked()
    assert preview.zoom() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() == pytest.approx(fitted / 1.25)
    assert preview.findChild(QLabel, "zoomLabel").text() == f"{round(fitted / 1.25 * 100)}%"
    qtbot.mouseClick(preview.fit_width_button, Qt.MouseButton.LeftButton)
    assert preview.fit_width_button.isChecked()
    assert preview.zoom() == pytest.approx(fitted)


def test_preview_prints_every_page(preview: PrintPreviewDialog, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)  # keeps the test fast; the code path is the same at 1200 dpi
    with_signal: list[int] = []
    preview.printed.connect(with_signal.append)
    assert preview.print_to(printer) == 2
    assert with_signal == [2]
    assert out.stat().st_size > 1000
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    width = float(reader.pages[0].mediabox.width)
    assert width == pytest.approx(A4[0], abs=1.5)  # printed on A4, at real size


def test_preview_prints_a_page_range(preview: PrintPreviewDialog, tmp_path: Path) -> None:
    out = tmp_path / "page2.pdf"
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(96)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert preview.pages_for(printer) == [1]
    assert preview.print_to(printer) == 1
    assert len(PdfReader(str(out)).pages) == 1


def test_preview_print_button_opens_the_print_dialog(qtbot,  # type: ignore[no-untyped-def]
                                                    preview: PrintPreviewDialog) -> None:
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    dialog = preview.findChild(QPrintDialog, "printDialog")
    assert dialog is not None
    assert dialog.isVisible()
    assert (dialog.minPage(), dialog.maxPage()) == (1, 2)
    dialog.reject()


def test_preview_saves_identical_bytes(qtbot, preview: PrintPreviewDialog,  # type: ignore[no-untyped-def]
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "saved"  # the .pdf suffix is added
    target.with_suffix(".pdf").write_bytes(b"old contents")
    monkeypatch.setattr(preview, "_ask_save_path", lambda: str(target))
    with qtbot.waitSignal(preview.saved) as blocker:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = Path(blocker.args[0])
    assert saved == tmp_path / "saved.pdf"
    assert saved.read_bytes() == preview.pdf
    assert [p.name for p in tmp_path.iterdir()] == ["saved.pdf"]  # no temporary file left
    assert "saved.pdf" in preview.status_label.text()


def test_preview_save_failure_is_reported(qtbot, preview: PrintPreviewDialog,  # type: ignore[no-untyped-def]
                                          tmp_path: Path) -> None:
    with qtbot.assertNotEmitted(preview.saved):
        assert not preview.save_to(str(tmp_path / "no such folder" / "form.pdf"))
    box = preview.findChild(QMessageBox, "previewErrorBox")
    assert box is not None
    assert box.isVisible()
    box.close()
    assert list(tmp_path.iterdir()) == []


def test_preview_save_cancelled_writes_nothing(qtbot, preview: PrintPreviewDialog,  # type: ignore[no-untyped-def]
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preview, "_ask_save_path", lambda: "")
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------------------------
# settings


def test_settings_dialog_changes_language(qtbot, settings: Settings,  # type: ignore[no-untyped-def]
                                          tmp_path: Path, english: None) -> None:
    settings.language = "zh_CN"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "UnionCase" in dialog.windowTitle()
    assert dialog.language_combo.currentText() == "简体中文"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.language_changed) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert blocker.args == ["en"]
    assert settings.language == "en"
    assert dialog.result() == dialog.DialogCode.Accepted
    reread = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert reread.language == "en"


def test_settings_dialog_same_language_emits_nothing(qtbot, settings: Settings,  # type: ignore[no-untyped-def]
                                                     english: None) -> None:
    settings.language = "en"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.language_changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_settings_dialog_font_browse_and_check(qtbot, settings: Settings, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch,
                                               english: None) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    otf = tmp_path / "NotoSansCJK.otf"
    otf.write_bytes(b"OTTO")
    monkeypatch.setattr(dialog, "_ask_font_path", lambda: str(otf))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.font_edit.text() == str(otf)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()  # refused: not TrueType
    assert ".ttf" in dialog.font_error.text()
    assert settings.pdf_font == ""

    ttc = tmp_path / "simsun.ttc"
    ttc.write_bytes(b"ttcf")
    dialog.font_edit.setText(str(ttc))
    assert not dialog.font_error.isVisible()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert settings.pdf_font == str(ttc)
    assert not dialog.isVisible()


def test_settings_dialog_cancel_keeps_settings(qtbot, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.language = "zh_CN"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.font_edit.setText("/nowhere/font.ttf")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert settings.language == "zh_CN"
    assert settings.pdf_font == ""


# --------------------------------------------------------------------------------------------
# holiday calendar


def test_calendar_model(qtmodeltester, calendar_app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    model = CalendarDayTableModel()
    model.set_days(list(reversed(calendar_app.calendar.days(2024))))
    qtmodeltester.check(model)
    days = [model.day(row).day for row in range(model.rowCount())]
    assert days == sorted(days)


def test_calendar_shows_official_2024(calendar_dialog: CalendarDialog) -> None:
    assert calendar_dialog.windowTitle() == "UnionCase - Holiday calendar"
    assert calendar_dialog.year_spin.value() == date.today().year
    calendar_dialog.year_spin.setValue(2024)
    model = calendar_dialog.model
    rows = {model.day(row).day: model.day(row) for row in range(model.rowCount())}
    assert rows[date(2024, 2, 10)].kind == DayKind.HOLIDAY
    assert rows[date(2024, 2, 10)].name == "春节"
    assert rows[date(2024, 2, 4)].kind == DayKind.WORKDAY
    row = model.row_of(date(2024, 2, 4))
    assert model.index(row, 0).data().startswith("2024-02-04")
    assert "(班)" in model.index(row, 1).data()
    assert "(休)" in model.index(model.row_of(date(2024, 2, 10)), 1).data()
    assert calendar_dialog.missing_label.isHidden()


def test_calendar_add_change_and_remove_a_day(qtbot, calendar_dialog: CalendarDialog,  # type: ignore[no-untyped-def]
                                              calendar_app: UnionCase,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = calendar_dialog
    dialog.year_spin.setValue(2030)
    assert dialog.model.rowCount() == 0
    assert not dialog.missing_label.isHidden()
    assert "State Council" in dialog.missing_label.text()

    dialog.date_edit.setDate(QDate(2030, 10, 1))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DayKind.HOLIDAY.value))
    dialog.name_edit.setText("国庆节")
    with qtbot.waitSignal(dialog.calendar_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(d.day, d.kind, d.name) for d in calendar_app.calendar.days(2030)] == [
        (date(2030, 10, 1), DayKind.HOLIDAY, "国庆节")]
    assert dialog.model.rowCount() == 1
    assert dialog.missing_label.isHidden()
    assert dialog.selected_day() is not None  # the saved day is selected

    # Saving the same date again changes it.
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DayKind.WORKDAY.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert calendar_app.calendar.days(2030)[0].kind == DayKind.WORKDAY

    # Removing asks first; "no" keeps the day.
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    questions: list[str] = []
    monkeypatch.setattr(dialog, "_confirm", lambda text: questions.append(text) or False)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(calendar_app.calendar.days(2030)) == 1
    assert "2030-10-01" in questions[0]

    monkeypatch.setattr(dialog, "_confirm", lambda text: True)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.calendar_changed):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert calendar_app.calendar.days(2030) == []
    assert dialog.model.rowCount() == 0
    assert not dialog.missing_label.isHidden()
    assert not dialog.remove_button.isEnabled()


def test_calendar_shows_a_missing_name_under_the_field(qtbot, calendar_dialog: CalendarDialog,  # type: ignore[no-untyped-def]
                                                      calendar_app: UnionCase) -> None:
    calendar_dialog.year_spin.setValue(2030)
    calendar_dialog.date_edit.setDate(QDate(2030, 1, 1))
    calendar_dialog.name_edit.setText("")
    qtbot.mouseClick(calendar_dialog.save_button, Qt.MouseButton.LeftButton)
    assert calendar_app.calendar.days(2030) == []
    assert calendar_dialog.fields.error_text("name")


# --------------------------------------------------------------------------------------------
# language switch


def test_dialogs_follow_a_language_switch(qtbot, qapp: QApplication, settings: Settings,  # type: ignore[no-untyped-def]
                                          calendar_app: UnionCase,
                                          monkeypatch: pytest.MonkeyPatch,
                                          english: None) -> None:
    dialogs = [PrintPreviewDialog(two_page_pdf(), "a.pdf"), SettingsDialog(settings),
               CalendarDialog(calendar_app)]
    retranslated: list[str] = []

    def spy(dialog: QDialog) -> Callable[[], None]:
        original = dialog.retranslate_ui  # type: ignore[attr-defined]
        name = dialog.objectName()

        def retranslate_ui() -> None:
            retranslated.append(name)
            original()

        return retranslate_ui

    for dialog in dialogs:
        qtbot.addWidget(dialog)
        monkeypatch.setattr(dialog, "retranslate_ui", spy(dialog))
    i18n.install(qapp, "zh_CN")
    qtbot.waitUntil(lambda: len(set(retranslated)) == 3)
    for dialog in dialogs:
        assert "UnionCase" in dialog.windowTitle()
