"""Two clerks change the same record: the later save is refused with who and when, nothing is
overwritten unseen, and whichever the clerk then chooses, nothing either typed is lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, select

from models.conflicts import (Conflict, differences, discarded, instrument_snapshot, merge,
                              snapshot)
from models.derivation import effective_on_signature
from models.records import EventDraft, InstrumentDraft, MeetingDraft, OrganisationDraft
from models.registry import Registry
from models.tables import Instrument, InstrumentParty

from conftest import TODAY


@pytest.fixture
def clerks(demo_registry, db_location):
    """Айгуль and Бакыт, each with the registry open in a program of their own."""
    demo_registry.user = "aigul"
    other = Registry.open(db_location, today=lambda: TODAY)
    other.user = "bakyt"
    yield demo_registry, other
    other.close()


def first_id(registry) -> int:
    return registry.list_instruments(sort="registry_number", descending=False).rows[0].id


def test_the_second_save_is_told_who_and_when_and_writes_nothing(clerks):
    aigul, bakyt = clerks
    iid = first_id(aigul)
    mine = aigul.instrument(iid).to_draft()
    theirs = bakyt.instrument(iid).to_draft()
    version = mine.row_version
    bakyt.save_instrument(replace(theirs, notes="Оригинал передан в архив"))
    assert aigul.instrument(iid).row_version == version + 1  # one step per save

    with pytest.raises(Conflict) as refused:
        aigul.save_instrument(replace(mine, subject="Здравоохранение"))
    conflict = refused.value
    assert (conflict.user, conflict.table, conflict.record_id) == ("bakyt", "instrument", iid)
    assert "bakyt" in conflict.message() and "ничего не сохранено" in conflict.message()
    assert "was changed by bakyt" in conflict.message("en")
    stored = aigul.instrument(iid)
    assert stored.notes == "Оригинал передан в архив"
    assert stored.subject == theirs.subject  # nothing of the refused save
    assert stored.row_version == version + 1


def test_keep_mine_saves_both_clerks_changes_and_the_history_says_so(clerks):
    aigul, bakyt = clerks
    iid = first_id(aigul)
    base = aigul.instrument(iid).to_draft()
    bakyt.save_instrument(replace(bakyt.instrument(iid).to_draft(),
                                  notes="Оригинал передан в архив", subject="Медицина"))
    mine = replace(base, subject="Здравоохранение", responsible_clerk="Айгуль")
    with pytest.raises(Conflict) as refused:
        aigul.save_instrument(mine)
    theirs = aigul.instrument(iid).to_draft()
    diffs = {d.field: d for d in differences(snapshot(base), snapshot(mine),
                                              snapshot(theirs))}
    assert set(diffs) == {"subject", "notes", "responsible_clerk"}
    assert diffs["subject"].both_changed
    assert diffs["notes"].they_changed and not diffs["notes"].i_changed

    aigul.save_instrument(merge(base, mine, theirs), overriding=refused.value)
    stored = aigul.instrument(iid)
    assert stored.subject == "Здравоохранение"  # mine, where both changed it
    assert stored.responsible_clerk == "Айгуль"
    assert stored.notes == "Оригинал передан в архив"  # theirs, which I left alone
    latest = aigul.history(iid)[0]
    assert latest.user == "aigul" and latest.action == "update"
    assert latest.changes["subject"] == ["Медицина", "Здравоохранение"]
    assert latest.changes["conflict"][1].startswith("bakyt ")


def test_take_theirs_keeps_what_i_typed_in_the_history(clerks):
    aigul, bakyt = clerks
    iid = first_id(aigul)
    base = aigul.instrument(iid).to_draft()
    bakyt.save_instrument(replace(bakyt.instrument(iid).to_draft(), subject="Медицина"))
    mine = replace(base, subject="Здравоохранение", notes="Проверено")
    with pytest.raises(Conflict) as refused:
        aigul.save_instrument(mine)
    theirs = aigul.instrument(iid).to_draft()
    aigul.note_discarded(refused.value, discarded(base, mine, theirs))
    assert aigul.instrument(iid).subject == "Медицина"
    entry = aigul.history(iid)[0]
    assert (entry.user, entry.action) == ("aigul", "conflict")
    assert entry.changes["subject"] == ["Медицина", "Здравоохранение"]
    assert entry.changes["notes"] == [theirs.notes or "", "Проверено"]


def test_a_save_after_another_clerk_moved_the_record_to_the_trash(clerks):
    aigul, bakyt = clerks
    iid = first_id(aigul)
    mine = aigul.instrument(iid).to_draft()
    bakyt.delete_instrument(iid)
    with pytest.raises(Conflict) as refused:
        aigul.save_instrument(replace(mine, notes="Проверено"))
    assert refused.value.state == "trashed" and refused.value.user == "bakyt"
    assert "в корзину" in refused.value.message()
    bakyt.restore_instrument(iid)
    with pytest.raises(Conflict):  # restored: still a newer version than the one opened
        aigul.save_instrument(replace(mine, notes="Проверено"))


def test_meetings_and_organisations_carry_versions_too(clerks):
    aigul, bakyt = clerks
    meeting = aigul.meeting(aigul.demo.meeting_id).to_draft()
    bakyt.save_meeting(replace(bakyt.meeting(meeting.id).to_draft(), venue="Ала-Арча"))
    with pytest.raises(Conflict) as refused:
        aigul.save_meeting(replace(meeting, notes="Итоги переговоров"))
    assert (refused.value.table, refused.value.user) == ("meeting", "bakyt")
    theirs = aigul.meeting(meeting.id).to_draft()
    mine = replace(meeting, notes="Итоги переговоров")
    aigul.save_meeting(merge(meeting, mine, theirs), overriding=refused.value)
    stored = aigul.meeting(meeting.id)
    assert (stored.row.venue, stored.notes) == ("Ала-Арча", "Итоги переговоров")

    org = aigul.organisations("здравоохранения")[0]
    bakyt.save_organisation(replace(bakyt.organisation(org.id).to_draft(), short_name="Минздрав"))
    with pytest.raises(Conflict) as refused:
        aigul.save_organisation(replace(org.to_draft(), name_en="Ministry of Health"))
    assert (refused.value.table, refused.value.user) == ("organisation", "bakyt")


def test_files_and_links_removed_by_another_clerk(clerks, tmp_path):
    aigul, bakyt = clerks
    iid = first_id(aigul)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    att = aigul.add_attachment(scan, instrument_id=iid, kind="signed_scan")
    seen = aigul.instrument(iid).attachments[0]
    bakyt.remove_attachment(att)
    with pytest.raises(Conflict) as refused:
        aigul.remove_attachment(seen.id, seen.row_version)
    assert refused.value.state == "removed" and refused.value.user == "bakyt"
    assert "scan.pdf" in refused.value.message()

    other = aigul.list_instruments(sort="registry_number", descending=False).rows[1].id
    rel = aigul.add_relation(other, iid, "amends")
    link = next(r for r in aigul.instrument(iid).relations if r.id == rel)
    bakyt.remove_relation(rel)
    with pytest.raises(Conflict) as refused:
        aigul.remove_relation(link.id, link.row_version)
    assert refused.value.state == "removed" and refused.value.user == "bakyt"


def test_an_event_edited_from_an_older_version(clerks):
    aigul, bakyt = clerks
    iid = first_id(aigul)
    event_id = aigul.add_event(iid, EventDraft("ratified", date(2026, 3, 2), reference="№ 1"))
    seen = next(e for e in aigul.instrument(iid).to_draft().events if e.id == event_id)
    bakyt.update_event(iid, replace(seen, reference="№ 15"))
    with pytest.raises(Conflict) as refused:
        aigul.update_event(iid, replace(seen, reference="№ 16"))
    assert refused.value.table == "statusevent" and refused.value.user == "bakyt"
    events = {e.id: e for e in aigul.instrument(iid).events}
    assert events[event_id].reference == "№ 15" and events[event_id].row_version == 2


def test_parties_keep_their_rows_and_count_versions(demo_registry):
    iid = first_id(demo_registry)
    draft = demo_registry.instrument(iid).to_draft()
    with Session(demo_registry.engine) as s:
        before = {p.organisation_id: (p.id, p.row_version) for p in s.exec(
            select(InstrumentParty).where(InstrumentParty.instrument_id == iid))}
    draft.parties[0].signatory_name = "Новый Подписант"
    demo_registry.save_instrument(draft)
    with Session(demo_registry.engine) as s:
        after = {p.organisation_id: (p.id, p.row_version) for p in s.exec(
            select(InstrumentParty).where(InstrumentParty.instrument_id == iid))}
    first = draft.parties[0].organisation_id
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}
    assert after[first][1] == before[first][1] + 1
    assert all(after[k] == before[k] for k in after if k != first)


def test_even_racing_writers_cannot_overwrite_a_newer_version(demo_registry):
    """The ORM makes each UPDATE conditional on the version it read (version_id_col): a
    writer holding a row read before another clerk's save cannot write over it."""
    iid = first_id(demo_registry)
    with Session(demo_registry.engine, expire_on_commit=False) as s:
        stale = s.get(Instrument, iid)
        s.commit()  # the reading transaction ends; the row stays in hand
        demo_registry.save_instrument(replace(demo_registry.instrument(iid).to_draft(),
                                              notes="Сохранено другим"))
        stale.notes = "Перезапись"
        with pytest.raises(StaleDataError):
            s.commit()
    assert demo_registry.instrument(iid).notes == "Сохранено другим"


def test_comparing_drafts_without_a_database():
    base = MeetingDraft(title="Переговоры", kind="talks", countries=["ru", "KG"], id=1,
                        row_version=3)
    mine = replace(base, countries=["KG", "RU"], notes="Итоги")  # same countries, reordered
    theirs = replace(base, city="Бишкек", row_version=4)
    assert [d.field for d in differences(snapshot(base), snapshot(mine), snapshot(theirs))] \
        == ["city", "notes"]
    merged = merge(base, mine, theirs)
    assert (merged.city, merged.notes, merged.row_version) == ("Бишкек", "Итоги", 4)
    assert discarded(base, mine, theirs) == {"notes": ["", "Итоги"]}
    org = OrganisationDraft(name="Министерство  здравоохранения", country="KG")
    assert snapshot(org)["name"] == "Министерство здравоохранения"
    usual = InstrumentDraft(kind="agreement", effective_on_signature=None)
    explicit = replace(usual, effective_on_signature=effective_on_signature("agreement", None))
    assert instrument_snapshot(usual) == instrument_snapshot(explicit)  # the form and the
    # registry write "as usual for the kind" differently


def test_a_merge_counts_new_versions_and_meets_a_newer_record(clerks):
    """An editor open on either record before a merge meets a conflict instead of writing over
    it; a merge of records another clerk saved since they were compared is refused."""
    aigul, bakyt = clerks
    rows = aigul.list_instruments(sort="registry_number", descending=False).rows
    keep, gone = rows[0].id, rows[1].id
    open_keep = bakyt.instrument(keep).to_draft()
    open_gone = bakyt.instrument(gone).to_draft()
    compared = (open_keep.row_version, open_gone.row_version)
    bakyt.save_instrument(replace(open_gone, notes="Бакыт: оригинал в архиве"))
    with pytest.raises(Conflict) as refused:  # aigul compared the older version
        aigul.merge_instruments(keep, gone, versions=compared)
    assert refused.value.user == "bakyt" and refused.value.record_id == gone
    assert aigul.instrument(gone).row.deleted_at is None  # nothing merged

    aigul.merge_instruments(keep, gone)
    assert aigul.instrument(keep).row_version == open_keep.row_version + 1
    with pytest.raises(Conflict) as told:  # bakyt's editor was open on the survivor
        bakyt.save_instrument(replace(open_keep, subject="Бакыт"))
    assert told.value.user == "aigul"
    assert aigul.instrument(keep).subject != "Бакыт"
