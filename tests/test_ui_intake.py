"""信访接待 in the window: quick entry by keyboard, the list with its warnings, the case page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from tests.conftest import FrozenClock, activate, valid_id
from ui import i18n
from ui.dialogs.intake_case_page import IntakeCasePage
from ui.dialogs.intake_entry_dialog import IntakeEntryDialog
from ui.main_window import MainWindow
from ui.models.intake_table_model import (
    DUE_SOON_COLOR,
    FLAGS_ROLE,
    OVERDUE_COLOR,
    IntakeColumn,
    IntakeTableModel,
    flag_text,
)
from ui.settings import Settings
from ui.tasks import SyncTaskRunner
from unioncase.domain.deadlines import DeadlineStatus
from unioncase.domain.intake import Handling, IntakeChannel, IntakeStatus
from unioncase.models.intake import IntakeCaseRead
from unioncase.services import UnionCase
from unioncase.services import intake as intake_service
from unioncase.services.context import CHINA
from unioncase.services.intake import IntakeInput
from unioncase.services.search import SearchHit

# --------------------------------------------------------------------------------------------
# fixtures and helpers


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "zh_CN")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, app: UnionCase, settings: Settings, chinese: None) -> MainWindow:  # type: ignore[no-untyped-def]
    def fail(exc: BaseException) -> None:
        raise exc

    win = MainWindow(app, SyncTaskRunner(fail), settings)
    qtbot.addWidget(win)
    win.tabs.setCurrentWidget(win.intake_tab)
    win.show()
    qtbot.waitExposed(win)
    return win


def register(app: UnionCase, channel: IntakeChannel = IntakeChannel.CALL, name: str = "张三",
             **fields: Any) -> IntakeCaseRead:
    values: dict[str, Any] = {"phone": "13805731234", "category": "欠薪",
                              "summary": "拖欠工资三个月"}
    values.update(fields)
    return app.intake.register(IntakeInput(channel=channel.value, name=name, **values))


def rows(model: IntakeTableModel) -> list[IntakeCaseRead]:
    return [model.case(r) for r in range(model.rowCount())]


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_page(qtbot, window: MainWindow, case_id: int) -> IntakeCasePage:  # type: ignore[no-untyped-def]
    page = window.open_intake(case_id)
    assert isinstance(page, IntakeCasePage)
    qtbot.waitExposed(page)
    return page


# --------------------------------------------------------------------------------------------
# quick entry


def test_a_call_logged_by_keyboard_alone_appears_in_the_list(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(IntakeEntryDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    assert focused() is dialog.selector  # opened without a channel: choose one first
    qtbot.keyClick(dialog.selector, Qt.Key.Key_2)  # 2 = 来电; moves on to the caller's number
    assert dialog.channel() is IntakeChannel.CALL
    assert dialog.timer_label.isVisible()
    assert not dialog.findChild(QLineEdit, "idNumberEdit").isVisible()  # a call needs no ID
    assert focused() is dialog.findChild(QLineEdit, "phoneEdit")
    qtbot.keyClicks(focused(), "13905730001")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter moves on like Tab; it never saves
    assert focused() is dialog.findChild(QLineEdit, "nameEdit")
    assert dialog.last_saved is None
    focused().setText("孙小梅")  # keyClicks cannot type Chinese
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.category_combo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first category
    assert dialog.category_combo.currentText() == "欠薪"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.findChild(QPlainTextEdit, "summaryEdit")
    focused().setPlainText("公司拖欠两个月工资")
    with qtbot.waitSignal(dialog.case_registered) as signal:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved: IntakeCaseRead = signal.args[0]
    assert saved.channel is IntakeChannel.CALL
    assert saved.phone == "13905730001"
    assert saved.person_name == "孙小梅"
    assert saved.call_seconds is not None
    assert saved.call_seconds >= 0
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved.number in window.statusBar().currentMessage()
    model = window.intake_tab.model
    assert [c.number for c in rows(model)] == [saved.number]
    assert model.index(0, IntakeColumn.NAME).data() == "孙小梅"
    assert model.index(0, IntakeColumn.CHANNEL).data() == "来电"


def test_ctrl_n_saves_and_starts_the_next_entry_of_the_same_channel(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    dialog = window.new_intake(IntakeChannel.CALL.value)
    activate(qtbot, dialog)
    assert focused() is dialog.findChild(QLineEdit, "phoneEdit")
    for i, name in enumerate(("周一", "吴二")):
        qtbot.keyClicks(focused(), f"1390573000{i}")
        dialog.name_edit.setText(name)
        dialog.category_combo.setCurrentIndex(1)
        dialog.summary_edit.setPlainText("咨询社保缴费")
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()
        assert dialog.channel() is IntakeChannel.CALL
        assert dialog.phone_edit.text() == ""
        assert dialog.name_edit.text() == ""
        assert dialog.last_saved is not None
        assert dialog.last_saved.number in dialog.saved_label.text()
        assert focused() is dialog.phone_edit
    assert app.intake.count(intake_service.IntakeFilter()) == 2
    assert window.intake_tab.model.total() == 2


def test_a_visit_with_a_bad_id_number_is_refused_under_the_field(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    dialog = window.new_intake(IntakeChannel.VISIT.value)
    activate(qtbot, dialog)
    good = valid_id()
    bad = good[:-1] + ("1" if good[-1] != "1" else "2")
    dialog.name_edit.setText("王五")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "idNumberEdit"), bad)
    dialog.category_combo.setCurrentIndex(1)
    dialog.summary_edit.setPlainText("要求补缴社会保险")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = dialog.findChild(QLabel, "id_numberError")
    assert error.isVisible()
    assert "校验位" in error.text()
    assert dialog.isVisible()
    assert focused() is dialog.id_edit
    assert app.intake.count(intake_service.IntakeFilter()) == 0
    assert app.persons.count() == 0


def test_missing_fields_of_a_letter_show_under_their_fields(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    dialog = window.new_intake(IntakeChannel.LETTER.value)
    activate(qtbot, dialog)
    assert dialog.findChild(QLineEdit, "letterDateEdit").isVisible()
    assert dialog.findChild(QLineEdit, "senderAddressEdit").isVisible()
    dialog.name_edit.setText("郑十")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    for key in ("letter_date", "sender_address", "category", "summary"):
        assert dialog.findChild(QLabel, f"{key}Error").isVisible(), key
    assert not dialog.findChild(QLabel, "nameError").isVisible()
    assert app.intake.count(intake_service.IntakeFilter()) == 0


def test_a_group_petition_shows_the_badge_and_is_flagged_in_the_list(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    dialog = window.new_intake(IntakeChannel.VISIT.value)
    activate(qtbot, dialog)
    badge = dialog.findChild(QLabel, "groupBadge")
    spin = dialog.head_count_spin
    dialog.name_edit.setText("冯十一")
    dialog.employer_edit.setText("嘉兴市南湖区某服装厂")  # a new employer
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    assert spin.value() == 4
    assert not badge.isVisible()
    spin.selectAll()
    qtbot.keyClicks(spin, "6")
    assert spin.value() == 6
    assert badge.isVisible()  # live, before saving
    dialog.category_combo.setCurrentIndex(1)
    dialog.summary_edit.setPlainText("六名职工集体反映工厂停工欠薪")
    with qtbot.waitSignal(dialog.case_registered) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved: IntakeCaseRead = signal.args[0]
    assert saved.is_group
    assert saved.head_count == 6
    assert saved.employer_name == "嘉兴市南湖区某服装厂"
    model = window.intake_tab.model
    assert "group" in model.index(0, IntakeColumn.FLAGS).data(FLAGS_ROLE)
    assert flag_text("group") in model.index(0, IntakeColumn.FLAGS).data()
    brush = model.index(0, IntakeColumn.FLAGS).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == OVERDUE_COLOR
    assert window.intake_tab.count_labels["group"].property("count") == 1
    page = open_page(qtbot, window, saved.id)
    assert page.findChild(QLabel, "groupBadge").isVisible()
    assert not page.findChild(QLabel, "repeatBadge").isVisible()


def test_a_registered_person_is_picked_as_you_type(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    from unioncase.services.registry import PersonInput

    person = app.persons.create(PersonInput(name="褚十二", id_number=valid_id(seq="321"),
                                            phone="13605730099"))
    dialog = window.new_intake(IntakeChannel.VISIT.value)
    activate(qtbot, dialog)
    picker = dialog.name_edit
    qtbot.keyClicks(picker, "cse")  # pinyin initials: chu shi er
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert "褚十二" in popup.model().index(0, 0).data()
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "褚十二"
    assert picker.person_id() == person.id
    assert dialog.id_edit.text() == person.id_number
    assert dialog.phone_edit.text() == "13605730099"
    assert person.number in dialog.person_hint.text()
    dialog.category_combo.setCurrentIndex(2)
    dialog.summary_edit.setPlainText("劳动合同到期未续签")
    saved = dialog.save()
    assert saved is not None
    assert saved.person_id == person.id
    assert app.persons.count() == 1


# --------------------------------------------------------------------------------------------
# the case page


def test_a_repeat_petition_is_linked_on_the_case_page(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, clock: FrozenClock) -> None:
    id_number = valid_id(seq="456")
    clock.now = datetime(2026, 10, 20, 9, 0, tzinfo=CHINA)
    first = register(app, IntakeChannel.VISIT, "卫十三", id_number=id_number)
    clock.now = datetime(2026, 11, 23, 10, 0, tzinfo=CHINA)
    second = register(app, IntakeChannel.CALL, "卫十三", id_number=id_number)
    assert second.is_repeat
    window.intake_tab.reload()
    model = window.intake_tab.model
    assert "repeat" in model.index(model.row_of(second.id) or 0, IntakeColumn.FLAGS).data(
        FLAGS_ROLE)
    activate(qtbot, window)
    window.intake_tab.select_case(second.id)
    window.intake_tab.table.setFocus()
    qtbot.keyClick(window.intake_tab.table, Qt.Key.Key_Return)  # Enter opens
    page = window._intake_pages[second.id]
    qtbot.waitExposed(page)
    assert page.findChild(QLabel, "repeatBadge").isVisible()
    assert first.number in page.findChild(QLabel, "repeat_ofValue").text()
    links = page.links_model
    texts = [[links.item(r, c).text() for c in range(2)] for r in range(links.rowCount())]
    assert ["重复信访", first.number] in texts
    with qtbot.waitSignal(page.intake_case_requested) as signal:
        assert page.open_link(texts.index(["重复信访", first.number]))
    assert signal.args == [first.id]
    assert isinstance(window._intake_pages.get(first.id), IntakeCasePage)
    # and the earlier case shows the link the other way
    earlier = window._intake_pages[first.id]
    assert earlier.links_model.item(0, 1).text() == second.number


def test_workflow_buttons_follow_the_status(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    case = register(app)
    page = open_page(qtbot, window, case.id)
    answers = {"extend_reason": "需调取考勤记录", "result": "已协调企业补发工资",
               "callback": ("满意", "已收到工资")}
    asked: list[str] = []

    def ask(kind: str, **_options: Any) -> Any:
        asked.append(kind)
        return answers[kind]

    monkeypatch.setattr(page, "_ask", ask)
    handling = {"extendButton", "closeCaseButton", "transferButton", "toMediationButton",
                "toAidButton", "toJobsButton"}
    assert page.enabled_steps() == {"acceptButton", "rejectButton"}
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert page.case is not None
    assert page.case.status is IntakeStatus.ACCEPTED
    assert page.enabled_steps() == {"startButton"} | handling
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.enabled_steps() == handling
    qtbot.mouseClick(page.extend_button, Qt.MouseButton.LeftButton)
    assert page.case.extended
    assert page.enabled_steps() == handling - {"extendButton"}  # once only
    qtbot.mouseClick(page.close_case_button, Qt.MouseButton.LeftButton)
    assert page.case.status is IntakeStatus.CLOSED
    assert page.enabled_steps() == {"callbackButton"}
    qtbot.mouseClick(page.callback_button, Qt.MouseButton.LeftButton)
    assert page.case.status is IntakeStatus.CALLED_BACK
    assert page.enabled_steps() == set()
    assert asked == ["extend_reason", "result", "callback"]
    steps = [page.timeline_model.item(r, 1).text() for r in range(page.timeline_model.rowCount())]
    assert steps == ["登记", "受理", "办理中", "延期", "办结", "回访"]
    assert page.timeline_model.item(1, 3).text() == app.operator_name
    # the list follows the page
    model = window.intake_tab.model
    assert model.case(model.row_of(case.id) or 0).status is IntakeStatus.CALLED_BACK


def test_reject_asks_a_reason_and_cancel_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    case = register(app)
    page = open_page(qtbot, window, case.id)
    monkeypatch.setattr(page, "_ask", lambda kind, **_o: None)  # cancelled
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert app.intake.get(case.id).status is IntakeStatus.REGISTERED
    monkeypatch.setattr(page, "_ask", lambda kind, **_o: "不属于工会受理范围"
                        if kind == "reject_reason" else None)
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    rejected = app.intake.get(case.id)
    assert rejected.status is IntakeStatus.REJECTED
    assert rejected.reject_reason == "不属于工会受理范围"
    assert page.enabled_steps() == set()
    assert page.findChild(QLabel, "reject_reasonValue").text() == "不属于工会受理范围"


def test_to_mediation_records_the_routing_pending_then_linked(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    # No mediation line yet: the handling is recorded and shown as pending.
    monkeypatch.setattr(intake_service, "ROUTERS", {})
    case = app.intake.accept(register(app).id, 1)
    page = open_page(qtbot, window, case.id)
    button = page.findChild(QPushButton, "toMediationButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.last_route is not None
    assert page.last_route.pending
    stored = app.intake.get(case.id)
    assert stored.handling is Handling.TO_MEDIATION
    assert stored.status is IntakeStatus.IN_PROGRESS
    assert not button.isEnabled()
    assert page.message_label.isVisible()
    assert "转调解" in page.message_label.text()
    assert page.links_model.rowCount() == 1  # the pending row
    assert page.links_model.item(0, 0).text() == "转调解"
    assert "转调解" in page.findChild(QLabel, "handlingValue").text()
    timeline = [page.timeline_model.item(r, 1).text()
                for r in range(page.timeline_model.rowCount())]
    assert timeline[-1] == "转调解"

    # With a router for the mediation line, the new case is linked.
    def router(_session: Any, _row: Any, _operator: Any) -> tuple[str, str, str]:
        return "TJ", "00000000-0000-0000-0000-000000000001", "330402001-TJ-2026-00001"

    monkeypatch.setattr(intake_service, "ROUTERS", {Handling.TO_MEDIATION: router})
    other = app.intake.accept(register(app, name="蒋十四").id, 1)
    page2 = open_page(qtbot, window, other.id)
    qtbot.mouseClick(page2.findChild(QPushButton, "toMediationButton"),
                     Qt.MouseButton.LeftButton)
    assert page2.last_route is not None
    assert not page2.last_route.pending
    links = page2.links_model
    assert [links.item(0, c).text() for c in range(2)] == ["转调解", "330402001-TJ-2026-00001"]
    with qtbot.waitSignal(page2.case_requested) as requested:  # the window opens it
        assert page2.open_link(0)
    assert requested.args == ["mediation", "330402001-TJ-2026-00001"]


def test_print_buttons_ask_for_the_channel_form_receipt_and_transfer_slip(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    case = app.intake.accept(register(app, IntakeChannel.VISIT).id, 1)
    page = open_page(qtbot, window, case.id)
    printed: list[tuple[str, str]] = []
    page.print_requested.disconnect()
    page.print_requested.connect(lambda number, form: printed.append((number, form)))
    assert not page.print_transfer_button.isEnabled()
    qtbot.mouseClick(page.print_form_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.print_receipt_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(page, "_ask", lambda kind, **_o: "区人力社保局劳动监察大队")
    qtbot.mouseClick(page.transfer_button, Qt.MouseButton.LeftButton)
    assert page.print_transfer_button.isEnabled()
    qtbot.mouseClick(page.print_transfer_button, Qt.MouseButton.LeftButton)
    assert printed == [(case.number, "来访登记表"), (case.number, "受理回执"),
                       (case.number, "转办单")]


def test_forms_print_through_the_window(qtbot, app: UnionCase,  # type: ignore[no-untyped-def]
                                        window: MainWindow) -> None:
    case = register(app)
    window.intake_tab.reload()
    window.intake_tab.select_case(case.id)
    with qtbot.waitSignal(window.preview_opened, timeout=20_000) as signal:
        qtbot.mouseClick(window.intake_tab.print_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].suggested_name == f"来电记录单-{case.number}.pdf"
    signal.args[0].close()
    page = open_page(qtbot, window, case.id)
    with qtbot.waitSignal(window.preview_opened, timeout=20_000) as signal:
        qtbot.mouseClick(page.print_receipt_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].suggested_name == f"受理回执-{case.number}.pdf"
    signal.args[0].close()


def test_attachments_are_added_opened_and_checked(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from PySide6.QtGui import QDesktopServices

    case = register(app, IntakeChannel.LETTER, letter_date="2026-11-20",
                    sender_address="嘉兴市南湖区东栅街道")
    page = open_page(qtbot, window, case.id)
    source = tmp_path / "来信扫描件.pdf"
    source.write_bytes(b"%PDF-1.4 letter")
    monkeypatch.setattr(page, "_ask_attachment_path", lambda: source)
    qtbot.mouseClick(page.add_attachment_button, Qt.MouseButton.LeftButton)
    assert page.attachments_model.rowCount() == 1
    assert page.attachments_model.item(0, 0).text() == "来信扫描件.pdf"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    assert page.open_attachment(0)
    assert Path(opened[0]).name == "来信扫描件.pdf"
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 letter"
    page.attachments[0].path.write_bytes(b"tampered")  # the stored copy is damaged
    page.refresh()
    assert page.attachments[0].status == "changed"
    assert page.attachments_model.item(0, 2).foreground().color().name() == "#c0392b"


# --------------------------------------------------------------------------------------------
# the list


def test_frozen_clock_shows_a_case_overdue_across_a_holiday(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow, clock: FrozenClock) -> None:
    # Registered 16 Sep 2026: 15 days end on 1 Oct, a National Day holiday (1-7 Oct), so the
    # decision is due on the next working day, Thursday 8 Oct.
    clock.now = datetime(2026, 9, 16, 9, 0, tzinfo=CHINA)
    case = register(app)
    assert case.accept_due == date(2026, 10, 8)
    tab = window.intake_tab

    def due_cell() -> tuple[Any, Any, Any]:
        tab.reload()
        index = tab.model.index(0, IntakeColumn.DUE)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        return index.data(FLAGS_ROLE), brush.color() if brush else None, index.data()

    clock.now = datetime(2026, 10, 2, 9, 0, tzinfo=CHINA)  # 15 calendar days: not yet late
    flags, colour, text = due_cell()
    assert "overdue" not in flags
    assert colour is None
    assert text == "2026-10-08"
    clock.now = datetime(2026, 10, 7, 9, 0, tzinfo=CHINA)
    flags, colour, _text = due_cell()
    assert "due_soon" in flags
    assert colour == DUE_SOON_COLOR
    clock.now = datetime(2026, 10, 9, 9, 0, tzinfo=CHINA)
    flags, colour, _text = due_cell()
    assert "overdue" in flags
    assert colour == OVERDUE_COLOR
    assert flag_text("overdue") in tab.model.index(0, IntakeColumn.FLAGS).data()
    assert tab.model.case(0).deadline_status is DeadlineStatus.OVERDUE
    assert tab.count_labels["overdue"].property("count") == 1
    tab.overdue_check.setChecked(True)
    assert tab.model.total() == 1
    page = open_page(qtbot, window, case.id)
    assert page.findChild(QLabel, "deadlineLabel").property("deadline") == "已逾期"


def test_the_list_filters_by_channel_and_the_counts_match(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    for i in range(3):
        register(app, IntakeChannel.CALL, f"来电人{i}", phone=f"1390573100{i}")
    register(app, IntakeChannel.VISIT, "集体访代表", head_count=8)
    register(app, IntakeChannel.VISIT, "来访人", id_number=valid_id(seq="654"))
    register(app, IntakeChannel.VISIT, "来访人", id_number=valid_id(seq="654"))  # a repeat
    register(app, IntakeChannel.LETTER, "来信人", letter_date="2026-11-18",
             sender_address="海宁市硖石街道")
    tab = window.intake_tab
    tab.reload()
    counts = tab.count_labels

    def shown() -> dict[str, int]:
        return {key: label.property("count") for key, label in counts.items()}

    assert tab.model.total() == 7
    assert shown() == {"total": 7, "due_soon": 0, "overdue": 0, "group": 1, "repeat": 1}
    tab.channel_combo.setCurrentIndex(tab.channel_combo.findData("来电"))
    assert tab.model.total() == 3
    assert {c.channel for c in rows(tab.model)} == {IntakeChannel.CALL}
    assert shown() == {"total": 3, "due_soon": 0, "overdue": 0, "group": 0, "repeat": 0}
    tab.channel_combo.setCurrentIndex(tab.channel_combo.findData("来访"))
    assert shown() == {"total": 3, "due_soon": 0, "overdue": 0, "group": 1, "repeat": 1}
    tab.group_check.setChecked(True)
    assert [c.person_name for c in rows(tab.model)] == ["集体访代表"]
    tab.reset_filters()
    assert tab.model.total() == 7
    tab.filter_edit.setText("来信")  # keyClicks cannot type Chinese
    qtbot.waitUntil(lambda: tab.model.total() == 1)
    assert tab.model.case(0).channel is IntakeChannel.LETTER


def test_the_list_sorts_in_sql_and_opens_from_the_global_search(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, window: MainWindow) -> None:
    for name, count in (("乙", 3), ("甲", 1), ("丙", 7)):
        register(app, IntakeChannel.VISIT, name, head_count=count)
    tab = window.intake_tab
    tab.reload()
    tab.table.sortByColumn(IntakeColumn.HEAD_COUNT, Qt.SortOrder.DescendingOrder)
    assert [c.head_count for c in rows(tab.model)] == [7, 3, 1]
    tab.table.sortByColumn(IntakeColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = [c.number for c in rows(tab.model)]
    assert numbers == sorted(numbers)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_edit, "XF" + numbers[0][-2:])  # the last digits with XF
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    popup = window.search_popup
    qtbot.waitUntil(popup.isVisible)
    hit = popup.model.item(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert isinstance(hit, SearchHit)
    assert hit.kind == "intake"
    assert hit.number == numbers[0]
    popup.activate_current()
    assert window._intake_pages[tab.model.case(0).id].isVisible()


def test_the_tab_loads_lazily(qtbot, app: UnionCase, settings: Settings,  # type: ignore[no-untyped-def]
                              chinese: None) -> None:
    register(app)
    settings.save_window(b"", b"", 4)  # start on the persons tab
    win = MainWindow(app, SyncTaskRunner(lambda exc: None), settings)
    qtbot.addWidget(win)
    win.show()
    assert win.intake_tab.model.rowCount() == 0  # not shown yet: nothing loaded
    win.tabs.setCurrentWidget(win.intake_tab)
    qtbot.waitUntil(lambda: win.intake_tab.model.rowCount() == 1)


def test_intake_model_passes_the_model_tester(qtmodeltester, app: UnionCase) -> None:  # type: ignore[no-untyped-def]
    for i in range(30):
        register(app, list(IntakeChannel)[i % 4], f"测试{i:02d}", head_count=1 + i % 7,
                 letter_date="2026-11-20", sender_address="嘉兴市")
    model = IntakeTableModel(app)
    model.PAGE = 10
    model.reload()
    assert model.rowCount() == 10
    assert model.canFetchMore()
    qtmodeltester.check(model)
