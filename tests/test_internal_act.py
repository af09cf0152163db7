"""The act an instrument needs before it enters into force (ratification by law, approval by
Cabinet resolution, none): the pure rules, validation, storage and migration, and the editor's
choice on the Document tab."""

from __future__ import annotations

from datetime import date

import pytest

from models.derivation import (effective_on_signature, internal_act, internal_chain, preview,
                               terms_of, usual_internal_act)
from models.errors import ValidationError
from models.records import InstrumentDraft, PartyDraft
from models.validation import validate_instrument
from tests.conftest import TODAY


@pytest.mark.parametrize("kind, level, usual", [
    ("treaty", "interstate", "law"),
    ("convention", "interstate", "law"),
    ("agreement", "intergovernmental", "resolution"),
    ("agreement", "interagency", "resolution"),
    ("protocol", "other", "resolution"),
    ("memorandum_of_understanding", "interagency", "none"),
    ("memorandum_of_cooperation", "interstate", "none"),
    ("agreement_of_intent", "other", "none"),
    ("roadmap", "intergovernmental", "none"),
])
def test_the_usual_act_by_kind_and_level(kind, level, usual):
    assert usual_internal_act(kind, level) == usual
    assert internal_act(kind, level) == usual


@pytest.mark.parametrize("kind, level, chosen, on_signature, act", [
    ("agreement", "intergovernmental", "law", None, "law"),  # the clerk's choice wins
    ("memorandum_of_understanding", "interagency", "resolution", None, "resolution"),
    ("treaty", "interstate", "none", None, "none"),
    ("agreement", "intergovernmental", None, True, "none"),  # takes effect on signature
    ("memorandum_of_understanding", "interstate", None, False, "law"),  # needs an act
    ("memorandum_of_understanding", "interagency", None, False, "resolution"),
    ("agreement", "interagency", None, None, "resolution"),
])
def test_the_act_from_choice_or_takes_effect_on_signature(kind, level, chosen, on_signature,
                                                          act):
    assert internal_act(kind, level, chosen, on_signature) == act
    assert effective_on_signature(kind, on_signature, internal_act(kind, level, chosen,
                                                                   on_signature)) == (
        act == "none")


@pytest.mark.parametrize("act, steps", [
    ("law", ["act", "published", "notification_sent", "notification_received",
             "entered_into_force"]),
    ("resolution", ["act", "notification_sent", "notification_received",
                    "entered_into_force"]),
    ("none", []),
])
def test_the_chain_each_act_calls_for(act, steps):
    chain = internal_chain(act)
    assert [code for code, _kinds in chain] == steps
    if chain:
        assert set(chain[0][1]) == ({"ratified", "accession"} if act == "law" else {"approved"})


def _draft(**fields) -> InstrumentDraft:
    base = dict(title="Соглашение о сотрудничестве", kind="agreement",
                level="intergovernmental", signed_date=date(2025, 11, 26),
                parties=[PartyDraft(name="Кабинет министров Кыргызской Республики",
                                    country="KG"),
                         PartyDraft(name="Правительство Республики Казахстан", country="KZ")])
    base.update(fields)
    return InstrumentDraft(**base)


@pytest.mark.parametrize("act, status, deadline", [
    ("none", "in_force", None),
    ("law", "signed", "internal_procedures"),
    ("resolution", "signed", "internal_procedures"),
])
def test_the_act_drives_the_status(act, status, deadline):
    result, deadlines = preview(_draft(internal_act=act), TODAY)
    assert result.status == status
    assert [d.kind for d in deadlines][:1] == ([deadline] if deadline else [])
    assert terms_of(_draft(internal_act=act)).effective_on_signature == (act == "none")


def test_validation_of_the_act_and_the_depositary():
    fields = {p.field for p in validate_instrument(_draft(internal_act="decree"), TODAY)}
    assert "internal_act" in fields
    clash = validate_instrument(_draft(internal_act="law", effective_on_signature=True), TODAY)
    assert [p.field for p in clash] == ["internal_act"]
    assert "вступает в силу с даты подписания: да" in clash[0].message("ru")
    assert not validate_instrument(_draft(internal_act="none", effective_on_signature=True),
                                   TODAY)
    lone = validate_instrument(_draft(depositary="Генеральный секретарь ООН"), TODAY)
    assert [p.field for p in lone] == ["depositary"]


def test_the_act_and_depositary_are_stored_and_audited(registry):
    iid = registry.save_instrument(_draft(internal_act="law"))
    d = registry.instrument(iid)
    assert d.internal_act == "law" and not d.effective_on_signature
    assert d.row.status == "signed"
    draft = d.to_draft()
    draft.internal_act = "none"
    registry.save_instrument(draft)
    d = registry.instrument(iid)
    assert d.internal_act == "none" and d.effective_on_signature and d.row.status == "in_force"
    changes = registry.history(iid)[0].changes
    assert changes["internal_act"] == ["law", "none"]
    usual = registry.instrument(registry.save_instrument(_draft(
        title="Меморандум", kind="memorandum_of_understanding")))
    assert usual.internal_act == "none"
    with pytest.raises(ValidationError):
        registry.save_instrument(_draft(title="Без депозитария", depositary="ООН"))


def test_migration_gives_existing_instruments_the_act_they_imply(db_path):
    from alembic import command
    from sqlalchemy import text

    from models.database import _alembic_config, make_engine
    from models.demo import load_demo
    from models.registry import Registry

    with Registry.open(db_path, today=lambda: TODAY) as registry:
        load_demo(registry)
    engine = make_engine(f"sqlite:///{db_path}")
    command.downgrade(_alembic_config(engine), "0004")
    with engine.connect() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(instrument)"))}
    assert "internal_act" not in columns
    engine.dispose()
    with Registry.open(db_path, today=lambda: TODAY) as registry:
        acts = {(r.kind, r.level): registry.instrument(r.id).internal_act
                for r in registry.list_instruments(limit=None).rows}
        assert acts[("treaty", "interstate")] == "law"
        assert acts[("agreement", "intergovernmental")] == "resolution"
        assert acts[("memorandum_of_understanding", "interagency")] == "none"
        assert registry.check_integrity() == []


def test_the_editor_offers_the_act_on_the_document_tab(qtbot, registry):
    from app.settings import Settings
    from ui.editor.instrument import InstrumentEditor
    from ui.editor.instrument_form import DOCUMENT

    iid = registry.save_instrument(_draft())
    editor = InstrumentEditor(registry, Settings(), instrument_id=iid)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.tabs.currentIndex() == DOCUMENT and editor.act.isVisible()
    assert editor.act.currentData() is None  # as usual for the kind and level
    assert "Утверждение постановлением Кабинета министров" in editor.act.itemText(0)
    editor.level.set_code("interstate")
    assert "Ратификация законом Жогорку Кенеша" in editor.act.itemText(0)
    editor.act.setCurrentIndex(editor.act.findData("none"))
    assert not editor.depositary.isEnabled()  # bilateral
    editor.multilateral.setChecked(True)
    assert editor.depositary.isEnabled()
    editor.multilateral.setChecked(False)
    assert editor.save()
    d = registry.instrument(iid)
    assert d.internal_act == "none" and d.row.status == "in_force" and d.row.level == "interstate"


def test_a_merge_can_take_the_other_records_act_and_depositary(registry):
    from models.merging import differing

    a = registry.save_instrument(_draft(title="Конвенция А", multilateral=True,
                                        internal_act="law"))
    b = registry.save_instrument(_draft(title="Конвенция Б", multilateral=True,
                                        internal_act="resolution", depositary="ООН"))
    assert {"internal_act", "depositary"} <= set(differing(
        registry.instrument(a).to_draft(), registry.instrument(b).to_draft()))
    registry.merge_instruments(a, b, take={"internal_act", "depositary"})
    merged = registry.instrument(a)
    assert merged.internal_act == "resolution" and merged.depositary == "ООН"
