"""Merging two records of one instrument: the fields the clerk chooses, the events, links,
files and meeting that move, the audit, and the undo that puts everything back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from importers.press_release import apply_import
from models.errors import RegistryError, ValidationError
from models.merging import defaults, differing, events_to_move, merged_draft
from models.records import EventDraft, InstrumentDraft, InstrumentFilter, PartyDraft
from tests.test_import_text_apply import proposal_for

DAY = date(2025, 11, 26)


def twin(demo_registry) -> tuple[int, int]:
    """The demo's sanitary agreement and the same agreement imported again from the press
    release (the clerk said so), with an event and a file of its own."""
    proposal = proposal_for(demo_registry)
    twin_id, = apply_import(demo_registry, proposal, [3])
    sanitary = demo_registry.demo.instrument_ids["sanitary"]
    return sanitary, twin_id


def test_the_rule_picks_the_fields_that_differ_and_what_the_other_fills_in():
    a = InstrumentDraft(title="Соглашение А", kind="agreement", level="interstate",
                        signed_date=DAY, notes="", meeting_id=None, is_placeholder=True,
                        events=[EventDraft("signed", DAY, id=1)])
    b = replace(a, title="Соглашение Б", notes="Оригинал в архиве", meeting_id=7,
                is_placeholder=False,
                events=[EventDraft("signed", DAY, id=2),
                        EventDraft("entered_into_force", date(2026, 1, 1), id=3)])
    assert differing(a, b) == ["title", "meeting_id", "is_placeholder", "notes"]
    assert defaults(a, b) == {"meeting_id", "is_placeholder", "notes"}
    merged = merged_draft(a, b, {"title", "meeting_id"})
    assert (merged.title, merged.meeting_id, merged.notes, merged.events) == (
        "Соглашение Б", 7, "", None)
    assert [e.id for e in events_to_move(a.events, b.events)] == [3]
    with pytest.raises(ValueError):
        merged_draft(a, b, {"registry_number"})


def test_merging_moves_events_links_files_and_the_meeting_and_undo_puts_them_back(
        demo_registry, tmp_path):
    reg = demo_registry
    sanitary, other = twin(reg)
    treaty = reg.demo.instrument_ids["treaty-2017"]
    reg.add_relation(other, treaty, "implements")
    reg.add_event(other, EventDraft("entered_into_force", date(2026, 1, 10)))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed original")
    reg.add_attachment(scan, instrument_id=other, kind="signed_scan")
    reg.save_instrument(replace(reg.instrument(sanitary).to_draft(), meeting_id=None,
                                notes=""))
    before = reg.instrument(sanitary)
    other_title = reg.instrument(other).row.title

    result = reg.merge_instruments(sanitary, other, {"meeting_id", "title"})
    assert (result.events_moved, result.events_left, result.relations_moved,
            result.attachments_moved) == (1, 1, 1, 1)
    merged = reg.instrument(sanitary)
    assert merged.row.title == other_title
    assert merged.row.meeting_id == reg.demo.meeting_id
    assert [e.kind for e in merged.events] == ["signed", "entered_into_force"]
    assert merged.row.status == "in_force"
    assert [(r.kind, r.other_id) for r in merged.relations] == [("implements", treaty)]
    assert [a.original_name for a in merged.attachments] == ["scan.pdf"]
    assert reg.instrument(other).row.deleted_at is not None
    assert reg.merged_into(other) == sanitary
    assert reg.count_instruments() == 8
    history = reg.history(sanitary)
    assert history[0].action == "merge"
    assert history[0].changes["merged_from"] == [None, reg.instrument(other).row.registry_number]
    assert reg.history(other)[0].changes["merged_into"][1] == before.row.registry_number

    reg.undo_merge(other)
    back = reg.instrument(sanitary)
    assert (back.row.title, back.row.meeting_id) == (before.row.title, None)
    assert [e.kind for e in back.events] == ["signed"] and back.relations == ()
    assert back.attachments == () and back.row.status == before.row.status
    again = reg.instrument(other)
    assert again.row.deleted_at is None
    assert [e.kind for e in again.events] == ["signed", "entered_into_force"]
    assert [r.other_id for r in again.relations] == [treaty]
    assert len(again.attachments) == 1
    assert reg.merged_into(other) is None and reg.count_instruments() == 9
    with pytest.raises(RegistryError):
        reg.undo_merge(other)


def test_restoring_the_merged_record_from_the_trash_undoes_the_merge(demo_registry):
    reg = demo_registry
    sanitary, other = twin(reg)
    reg.add_event(other, EventDraft("entered_into_force", date(2026, 1, 10)))
    reg.merge_instruments(sanitary, other)
    assert [r.id for r in reg.list_instruments(InstrumentFilter(deleted=True)).rows] == [other]
    reg.restore_instrument(other)
    assert len(reg.instrument(other).events) == 2 and len(reg.instrument(sanitary).events) == 1


def test_a_field_changed_after_the_merge_keeps_its_new_value_on_undo(demo_registry):
    reg = demo_registry
    sanitary, other = twin(reg)
    reg.merge_instruments(sanitary, other, {"title"})
    reg.save_instrument(replace(reg.instrument(sanitary).to_draft(),
                                title="Соглашение о санитарном благополучии (уточнено)"))
    reg.undo_merge(other)
    assert reg.instrument(sanitary).row.title == ("Соглашение о санитарном благополучии "
                                                  "(уточнено)")


def test_the_parties_of_the_other_record_can_be_kept(demo_registry):
    reg = demo_registry
    sanitary, other = twin(reg)
    theirs = [p.name for p in reg.instrument(other).row.parties]
    ours = [p.name for p in reg.instrument(sanitary).row.parties]
    reg.merge_instruments(sanitary, other, {"parties"})
    assert [p.name for p in reg.instrument(sanitary).row.parties] == theirs
    reg.undo_merge(other)
    assert [p.name for p in reg.instrument(sanitary).row.parties] == ours


def test_a_merge_that_would_make_an_invalid_record_writes_nothing(demo_registry):
    reg = demo_registry
    sanitary, other = twin(reg)
    reg.save_instrument(replace(reg.instrument(other).to_draft(), events=[
        EventDraft("signed", DAY), EventDraft("entered_into_force", date(2025, 12, 1))]))
    reg.save_instrument(replace(reg.instrument(sanitary).to_draft(), events=[
        EventDraft("signed", DAY), EventDraft("terminated", date(2025, 11, 28))]))
    log = len(reg.audit_log(1000))
    with pytest.raises(ValidationError):  # it would end before it enters into force
        reg.merge_instruments(sanitary, other)
    assert len(reg.audit_log(1000)) == log and reg.instrument(other).row.deleted_at is None
    with pytest.raises(ValidationError):
        reg.merge_instruments(sanitary, sanitary)


def test_a_party_of_the_other_record_is_offered_as_chosen(demo_registry):
    reg = demo_registry
    a = reg.save_instrument(InstrumentDraft(
        title="Соглашение о туризме", kind="agreement", level="intergovernmental",
        signed_date=date(2024, 5, 5),
        parties=[PartyDraft(name="Кабинет министров КР", country="KG"),
                 PartyDraft(name="Правительство РК", country="KZ")]))
    b = reg.save_instrument(InstrumentDraft(
        title="Соглашение о сотрудничестве в сфере туризма", kind="agreement",
        level="intergovernmental", signed_date=date(2024, 5, 5), notes="Из архива МИД",
        parties=[PartyDraft(name="Правительство Кыргызской Республики", country="KG"),
                 PartyDraft(name="Правительство Республики Казахстан", country="KZ")]))
    assert defaults(reg.instrument(a).to_draft(), reg.instrument(b).to_draft()) == {"notes"}
    reg.merge_instruments(a, b, {"notes"})
    assert reg.instrument(a).notes == "Из архива МИД"
