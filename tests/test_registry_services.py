"""Persons and enterprises through the services: rules, uniqueness, locking, audit, search."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import func, select

from tests.conftest import OPERATOR, STATION, valid_credit_code, valid_id
from unioncase.domain.enums import Household, Sex
from unioncase.domain.errors import ConflictError, ValidationError, ValidationErrors
from unioncase.models import AuditEvent, Person
from unioncase.services import UnionCase
from unioncase.services.registry import EnterpriseInput, PersonInput


def person_count(app: UnionCase) -> int:
    with app.ctx.read() as session:
        return int(session.exec(select(func.count()).select_from(Person)).one())


def audit_count(app: UnionCase) -> int:
    with app.ctx.read() as session:
        return int(session.exec(select(func.count()).select_from(AuditEvent)).one())


def test_create_person_derives_sex_and_birth_and_numbers(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="张三", id_number=valid_id(seq="131"),
                                            phone="138 0573 1234", household="农村"))
    assert person.sex == Sex.MALE
    assert person.birth_date == date(1985, 6, 15)
    assert person.phone == "13805731234"
    assert person.household == Household.RURAL
    assert person.number == f"{STATION}-ZG-2026-00001"
    assert person.station_code == STATION
    assert person.created_by == OPERATOR
    second = app.persons.create(PersonInput(name="李四"))
    assert second.number == f"{STATION}-ZG-2026-00002"


def test_bad_id_number_is_refused_and_nothing_is_saved(app: UnionCase) -> None:
    good = valid_id()
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    before_audit = audit_count(app)
    with pytest.raises(ValidationError) as info:
        app.persons.create(PersonInput(name="王五", id_number=bad))
    assert info.value.field == "id_number"
    assert info.value.code == "id_number_checksum"
    assert person_count(app) == 0
    assert audit_count(app) == before_audit


def test_several_bad_fields_are_reported_together(app: UnionCase) -> None:
    with pytest.raises(ValidationErrors) as info:
        app.persons.create(PersonInput(name="  ", id_number="123", phone="12"))
    fields = {e.field for e in info.value.errors}
    assert fields == {"name", "id_number", "phone"}
    assert person_count(app) == 0


def test_known_id_number_is_offered_and_not_duplicated(app: UnionCase) -> None:
    id_number = valid_id(seq="555")
    first = app.persons.create(PersonInput(name="赵六", id_number=id_number))
    found = app.persons.find_by_id_number(id_number.lower())
    assert found is not None
    assert found.id == first.id
    with pytest.raises(ConflictError) as info:
        app.persons.create(PersonInput(name="赵六六", id_number=id_number))
    assert info.value.code == "person_exists"
    assert info.value.params["number"] == first.number
    assert person_count(app) == 1


def test_stale_save_is_refused(app: UnionCase, db_path: object) -> None:
    person = app.persons.create(PersonInput(name="孙七", phone="13905730000"))
    # Another clerk opens and saves the same person first.
    other = UnionCase.open(str(db_path))
    other.login("陈志强")
    other.persons.update(person.id, PersonInput(name="孙七", phone="13905731111"),
                         person.version)
    other.close()
    with pytest.raises(ConflictError) as info:
        app.persons.update(person.id, PersonInput(name="孙七", phone="13905732222"),
                           person.version)
    assert info.value.code == "stale"
    assert app.persons.get(person.id).phone == "13905731111"


def test_every_change_writes_one_audit_event_with_old_and_new(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="周八", phone="13700000001"))
    updated = app.persons.update(person.id, PersonInput(name="周八", phone="13700000002"),
                                 person.version)
    assert updated.version == person.version + 1
    assert updated.updated_by == OPERATOR
    app.persons.delete(person.id, updated.version)
    history = app.maintenance.history(person.uuid)
    assert [e.action for e in history] == ["create", "update", "delete"]
    assert history[0].changes["name"] == [None, "周八"]
    assert history[1].changes == {"phone": ["13700000001", "13700000002"]}
    assert all(e.operator == OPERATOR and e.station_code == STATION for e in history)
    assert app.persons.search("周八") == []


def test_failed_update_writes_no_audit_event(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="吴九"))
    before = audit_count(app)
    with pytest.raises(ValidationError):
        app.persons.update(person.id, PersonInput(name="吴九", phone="abc"), person.version)
    assert audit_count(app) == before
    assert app.persons.get(person.id).version == person.version


@pytest.fixture
def populated(app: UnionCase) -> UnionCase:
    employer = app.enterprises.create(EnterpriseInput(name="嘉兴恒力纺织有限公司",
                                                      credit_code=valid_credit_code()))
    app.persons.create(PersonInput(name="张三", id_number=valid_id(seq="111"),
                                   phone="13805731234", employer_id=employer.id))
    app.persons.create(PersonInput(name="张晓明", id_number=valid_id("330481", "19900101", "222"),
                                   phone="13905739876"))
    app.persons.create(PersonInput(name="李四", id_number=valid_id("330483", "19791231", "332"),
                                   phone="0573-82345678"))
    return app


def titles(app: UnionCase, text: str) -> set[str]:
    return {hit.title for hit in app.search.search(text)}


def test_search_by_pinyin_initials_and_full_pinyin(populated: UnionCase) -> None:
    assert titles(populated, "zs") == {"张三"}
    assert titles(populated, "zx") == {"张晓明"}
    assert titles(populated, "zhang") == {"张三", "张晓明"}
    assert "嘉兴恒力纺织有限公司" in titles(populated, "jxhl")


def test_search_by_id_tail_and_whole_id(populated: UnionCase) -> None:
    target = valid_id("330481", "19900101", "222")
    assert titles(populated, target[-4:]) == {"张晓明"}
    assert titles(populated, target[-6:]) == {"张晓明"}
    assert titles(populated, target) == {"张晓明"}


def test_search_by_phone_name_and_number(populated: UnionCase) -> None:
    assert titles(populated, "13805731234") == {"张三"}
    assert titles(populated, "0573-82345678") == {"李四"}
    assert titles(populated, "张") == {"张三", "张晓明"}
    assert titles(populated, "晓明") == {"张晓明"}
    number = populated.persons.search("李四")[0].number
    hits = populated.search.search(number)
    assert [(h.kind, h.title) for h in hits] == [("person", "李四")]


def test_search_results_mask_id_numbers(populated: UnionCase) -> None:
    hit = populated.search.search("zs")[0]
    whole = valid_id(seq="111")
    assert whole not in hit.subtitle
    assert f"{whole[:6]}********{whole[-4:]}" in hit.subtitle


def test_persons_page_sorts_and_filters_in_sql(populated: UnionCase) -> None:
    rows = populated.persons.page("", 0, 10, "birth_date", True)
    assert [p.name for p in rows] == ["张晓明", "张三", "李四"]
    assert populated.persons.count("zhang") == 2
    assert [p.name for p in populated.persons.page("zhang", 1, 10, "name", False)] == ["张晓明"]


def test_enterprise_credit_code_validated_and_unique(app: UnionCase) -> None:
    code = valid_credit_code()
    with pytest.raises(ValidationError) as info:
        app.enterprises.create(EnterpriseInput(name="坏代码公司", credit_code=code[:-1] + "Y"
                                               if code[-1] != "Y" else code[:-1] + "X"))
    assert info.value.field == "credit_code"
    first = app.enterprises.create(EnterpriseInput(name="海宁皮革有限公司", credit_code=code))
    with pytest.raises(ConflictError):
        app.enterprises.create(EnterpriseInput(name="海宁皮革二厂", credit_code=code.lower()))
    changed = app.enterprises.update(first.id, EnterpriseInput(name="海宁皮革有限公司",
                                                               credit_code=code,
                                                               has_union=True), first.version)
    assert changed.has_union is True


def test_person_overview_lists_every_line_of_work(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="郑十"))
    overview = app.persons.overview(person.id)
    assert set(overview.lines) == {"intake", "mediation", "aid", "jobs"}
    assert overview.person.name == "郑十"


def test_one_audit_event_per_record_and_transaction_however_often_flushed(
        app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="冯十一", phone="13700000001"))
    with app.ctx.write() as session:
        row = session.get(Person, person.id)
        assert row is not None
        row.phone = "13700000002"
        session.flush()
        row.phone = "13700000003"
        row.address = "南湖区中山路1号"
    history = app.maintenance.history(person.uuid)
    assert [e.action for e in history] == ["create", "update"]
    assert history[1].changes == {"phone": ["13700000001", "13700000003"],
                                  "address": [None, "南湖区中山路1号"]}


def test_a_rolled_back_change_leaves_no_audit_event(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="陈十二"))

    def change_then_fail() -> None:
        with app.ctx.write() as session:
            row = session.get(Person, person.id)
            assert row is not None
            row.phone = "13700000009"
            session.flush()
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        change_then_fail()
    app.persons.update(person.id, PersonInput(name="陈十二", address="桐乡市"), person.version)
    history = app.maintenance.history(person.uuid)
    assert [e.action for e in history] == ["create", "update"]
    assert history[1].changes == {"address": [None, "桐乡市"]}
    assert app.persons.get(person.id).phone is None


def test_any_person_is_one_row_lookup_that_ignores_deleted_ones(app: UnionCase) -> None:
    assert app.persons.any() is False
    person = app.persons.create(PersonInput(name="张伟", id_number=valid_id(seq="771")))
    assert app.persons.any() is True
    app.persons.delete(person.id, person.version)
    assert app.persons.any() is False
