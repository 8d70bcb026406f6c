"""A save made again with the form's UUID (its first try's answer lost to a crash or a timeout)
returns the record of the first try and writes nothing more."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import valid_id
from tests.ledger_files import table_counts
from tests.test_aid_service import program_id
from unioncase.domain.errors import ValidationError
from unioncase.services import UnionCase
from unioncase.services.aid import ApplicationInput
from unioncase.services.intake import IntakeInput
from unioncase.services.jobs import FairInput, ReferralInput, SeekerInput
from unioncase.services.mediation import ApplicantInput, ClaimInput, MediationInput
from unioncase.services.registry import EnterpriseInput, PersonInput


def twice(app: UnionCase, save: Callable[[str], Any]) -> Any:
    key = str(uuid.uuid4())
    first = save(key)
    counts = table_counts(app)
    again = save(key)
    assert again == first
    assert again.uuid == key
    assert table_counts(app) == counts  # no record, no event, no audit entry more
    other = save(str(uuid.uuid4()))
    assert other.id != first.id
    return first


def test_persons_and_enterprises(app: UnionCase) -> None:
    twice(app, lambda key: app.persons.create(PersonInput(name="张伟", uuid=key)))
    twice(app, lambda key: app.enterprises.create(EnterpriseInput(name="某厂", uuid=key)))


def test_an_id_number_saved_again_is_the_same_person_not_a_conflict(app: UnionCase) -> None:
    key = str(uuid.uuid4())
    first = app.persons.create(PersonInput(name="张伟", id_number=valid_id(), uuid=key))
    assert app.persons.create(PersonInput(name="张伟", id_number=valid_id(), uuid=key)) == first


def test_intake_cases(app: UnionCase) -> None:
    twice(app, lambda key: app.intake.register(IntakeInput(
        channel="来访", name="李娜", category="欠薪", summary="欠薪三个月", uuid=key)))


def test_mediation_cases(app: UnionCase) -> None:
    twice(app, lambda key: app.mediation.apply(MediationInput(
        applicants=[ApplicantInput(name="王芳")], dispute_type="劳动报酬",
        claims=[ClaimInput("工资", "3000")], respondent_name="某厂", uuid=key)))


def test_aid_applications(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="赵敏")).id
    twice(app, lambda key: app.aid.apply(ApplicationInput(
        person, program_id(app, "生活救助"), "800", uuid=key)))


def test_job_seekers_fairs_and_referrals(app: UnionCase) -> None:
    seeker = twice(app, lambda key: app.jobs.register(SeekerInput(
        name="钱七", desired_job="电工", uuid=key)))
    fair = twice(app, lambda key: app.jobs.create_fair(FairInput("春风行动", uuid=key)))
    employer = app.enterprises.create(EnterpriseInput(name="精工机械")).id
    twice(app, lambda key: app.jobs.refer(ReferralInput(
        seeker.id, enterprise_id=employer, fair_id=fair.id, uuid=key)))


def test_a_uuid_that_is_not_one_is_refused(app: UnionCase) -> None:
    with pytest.raises(ValidationError) as info:
        app.persons.create(PersonInput(name="张伟", uuid="not-a-uuid"))
    assert info.value.code == "uuid_invalid"


def test_the_entry_form_tried_again_after_a_lost_answer_saves_one_case(  # type: ignore[no-untyped-def]
        qtbot, app: UnionCase, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs.intake_entry_dialog import IntakeEntryDialog
    from unioncase.domain.errors import StorageError
    from unioncase.services.intake import IntakeFilter

    dialog = IntakeEntryDialog(app, "来访")
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("孙小梅")
    dialog.category_combo.setCurrentIndex(1)
    dialog.summary_edit.setPlainText("公司拖欠两个月工资")
    register = app.intake.register
    calls: list[str] = []

    def answer_lost_once(data: IntakeInput) -> Any:
        saved = register(data)
        calls.append(data.uuid)
        if len(calls) == 1:
            raise StorageError("database_busy")  # committed, but the form never hears of it
        return saved

    monkeypatch.setattr(app.intake, "register", answer_lost_once)
    monkeypatch.setattr("ui.dialogs.intake_entry_dialog.show_error", lambda *_a: None)
    assert dialog.save() is None
    saved = dialog.save()  # the clerk presses Ctrl+S again
    assert saved is not None
    assert calls[0] == calls[1]
    assert app.intake.count(IntakeFilter()) == 1
    dialog.name_edit.setText("另一人")
    dialog.save_and_next()
    assert app.intake.count(IntakeFilter()) == 2  # a new record gets a new uuid
    assert len(set(calls)) == 2
