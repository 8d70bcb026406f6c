"""The name indexes (FTS5, one character per token) follow every insert, update and delete,
whoever writes, and answer any part of a name."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.conftest import valid_credit_code, valid_id
from unioncase.db import name_index
from unioncase.services import UnionCase
from unioncase.services.registry import EnterpriseInput, PersonInput

pytestmark = pytest.mark.skipif(not name_index.FTS5, reason="this SQLite has no FTS5")


def _indexed(app: UnionCase, source: str, part: str) -> set[int]:
    query = name_index.phrase(part)
    with app.db.engine.connect() as conn:
        return {row[0] for row in conn.execute(text(
            f"SELECT rowid FROM {source}_name_fts WHERE chars MATCH :q"), {"q": query})}


def test_the_person_index_follows_inserts_updates_and_deletes(app: UnionCase) -> None:
    first = app.persons.create(PersonInput(name="李晓燕", id_number=valid_id(seq="201")))
    other = app.persons.create(PersonInput(name="王晓明", id_number=valid_id(seq="202")))
    assert _indexed(app, "person", "晓燕") == {first.id}
    assert _indexed(app, "person", "晓") == {first.id, other.id}
    assert {p.id for p in app.persons.search("晓燕")} == {first.id}
    assert {p.id for p in app.persons.search("燕")} == {first.id}  # one character, anywhere

    renamed = app.persons.update(first.id, PersonInput(name="李小燕", id_number=valid_id(
        seq="201")), first.version)
    assert _indexed(app, "person", "晓燕") == set()
    assert _indexed(app, "person", "小燕") == {renamed.id}
    assert [p.id for p in app.persons.search("晓燕")] == []

    with app.db.engine.begin() as conn:  # a row removed for good (not a soft delete)
        conn.execute(text("DELETE FROM person WHERE id = :id"), {"id": other.id})
    assert _indexed(app, "person", "晓") == set()
    assert _indexed(app, "person", "燕") == {renamed.id}


def test_soft_deleted_persons_stay_indexed_but_are_not_found(app: UnionCase) -> None:
    person = app.persons.create(PersonInput(name="赵敏", id_number=valid_id(seq="203")))
    app.persons.delete(person.id, person.version)
    assert _indexed(app, "person", "赵敏") == {person.id}
    assert app.persons.search("赵敏") == []


def test_the_enterprise_index_answers_any_part_of_a_long_name(app: UnionCase) -> None:
    made = app.enterprises.create(EnterpriseInput(
        name="嘉兴恒通纺织有限公司", credit_code=valid_credit_code()))
    assert _indexed(app, "enterprise", "纺织") == {made.id}
    assert [e.id for e in app.enterprises.search("恒通纺织")] == [made.id]
    assert app.enterprises.search("通恒") == []


def test_every_writer_is_indexed_and_a_database_without_the_index_gets_it(
        app: UnionCase) -> None:
    from tests.ledger_files import generate, workbook
    from unioncase.services.ledger_import import LedgerImportService

    generated = generate(seed=11, size=10)
    result = LedgerImportService(app.ctx, app.calendar).run(workbook(generated.sheets),
                                                            filename="台账.xlsx")
    assert result.written
    with app.db.engine.connect() as conn:
        names = dict(conn.execute(text("SELECT id, name FROM person")).all())
    assert names
    for person_id, name in names.items():
        assert person_id in _indexed(app, "person", name[1:] or name)

    with app.db.engine.begin() as conn:
        for suffix in ("insert", "update", "delete"):
            conn.execute(text(f"DROP TRIGGER person_name_fts_{suffix}"))
        conn.execute(text("DROP TABLE person_name_fts"))
    name_index.ensure(app.db.engine)
    some_id, some_name = next(iter(names.items()))
    assert some_id in _indexed(app, "person", some_name)
    created = app.persons.create(PersonInput(name="欧阳娜娜", id_number=valid_id(seq="204")))
    assert _indexed(app, "person", "阳娜") == {created.id}


def test_the_query_text_cannot_break_the_index_syntax() -> None:
    assert name_index.phrase('张"伟*') == '"张 伟"'
    assert name_index.phrase("  ") is None
    assert name_index.spaced_text("张伟", 4) == "张 伟  "
