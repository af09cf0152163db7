"""Meetings, organisations, relations, attachments, demo data and integrity."""

from __future__ import annotations

from datetime import date

import pytest

from models.errors import NotFound, RegistryError, ValidationError
from models.records import InstrumentFilter, MeetingDraft, OrganisationDraft


def test_demo_loads_the_bishkek_talks_once(demo_registry):
    from models.demo import load_demo

    assert demo_registry.demo.added == 8
    assert load_demo(demo_registry).added == 0
    rows = demo_registry.list_instruments().rows
    assert len(rows) == 8
    signed = [r for r in rows if r.signed_date == date(2025, 11, 26)]
    assert len(signed) == 7 and {r.meeting_id for r in signed} == {demo_registry.demo.meeting_id}
    assert sorted(r.kind for r in signed) == sorted([
        "memorandum_of_cooperation", "agreement", "agreement", "agreement",
        "memorandum_of_understanding", "protocol", "agreement_of_intent"])
    for r in signed:
        assert {p.country for p in r.parties} == {"KG", "RU"}
    meeting = demo_registry.meeting(demo_registry.demo.meeting_id)
    assert meeting.row.city == "Бишкек" and "Ынтымак Ордо" in meeting.row.venue
    assert meeting.row.countries == ("KG", "RU") and len(meeting.instruments) == 7


def test_demo_protocol_amends_the_2017_treaty(demo_registry):
    ids = demo_registry.demo.instrument_ids
    protocol = demo_registry.instrument(ids["protocol"])
    [rel] = protocol.relations
    assert rel.kind == "amends" and rel.outgoing and rel.other_id == ids["treaty-2017"]
    assert rel.other_signed_date == date(2017, 6, 20)
    treaty = demo_registry.instrument(ids["treaty-2017"])
    assert treaty.relations[0].other_id == ids["protocol"] and not treaty.relations[0].outgoing


def test_demo_statuses_and_deadlines(demo_registry):
    ids = demo_registry.demo.instrument_ids
    status = {k: demo_registry.instrument(i).row.status for k, i in ids.items()}
    assert status["cardiology"] == "in_force"  # memoranda take effect on signature
    assert status["post"] == "in_force"
    assert status["krsu"] == "signed"  # agreements wait for internal procedures
    overdue = {d.instrument_id for d in demo_registry.deadlines(90) if d.overdue}
    assert overdue == {ids["migration"], ids["krsu"], ids["sanitary"], ids["protocol"]}


def test_meeting_create_update_validate_and_trash(registry):
    mid = registry.save_meeting(MeetingDraft(title="Заседание МПК", kind="commission_session",
                                             start_date=date(2026, 3, 3), city="Астана",
                                             countries=["kg", "KZ"]))
    row = registry.meetings().rows[0]
    assert (row.id, row.countries, row.instrument_count) == (mid, ("KG", "KZ"), 0)
    registry.save_meeting(MeetingDraft(id=mid, title="Заседание МПК (10-е)",
                                       kind="commission_session", start_date=date(2026, 3, 3),
                                       end_date=date(2026, 3, 4), city="Астана",
                                       countries=["KZ"]))
    assert registry.meeting(mid).row.countries == ("KZ",)
    assert registry.meetings("астана").total == 1 and registry.meetings("париж").total == 0
    with pytest.raises(ValidationError) as err:
        registry.save_meeting(MeetingDraft(title="", kind="talks", start_date=date(2026, 1, 2),
                                           end_date=date(2026, 1, 1)))
    assert {p.field for p in err.value.problems} == {"title", "end_date"}
    registry.delete_meeting(mid)
    assert registry.meetings().total == 0 and registry.meetings(deleted=True).total == 1
    registry.restore_meeting(mid)
    assert registry.meetings().total == 1


def test_organisation_rename_keeps_former_name_searchable(demo_registry):
    reg = demo_registry
    [org] = reg.organisations("Кыргыз почтасы")
    reg.save_organisation(OrganisationDraft(id=org.id, name="ГП «Кыргыз почтасы»",
                                            kind="company", country="KG"))
    renamed = reg.organisation(org.id)
    assert renamed.name == "ГП «Кыргыз почтасы»"
    assert renamed.former_names == ("ОАО «Кыргыз почтасы»",)
    assert reg.organisations("ОАО")[0].id == org.id
    assert reg.list_instruments(InstrumentFilter(text="ГП")).rows[0].parties[0].name == \
        "ГП «Кыргыз почтасы»"


def test_organisation_in_use_cannot_be_deleted(demo_registry):
    [org] = demo_registry.organisations("Почта России")
    with pytest.raises(RegistryError) as err:
        demo_registry.delete_organisation(org.id)
    assert "1" in err.value.message()
    spare = demo_registry.save_organisation(OrganisationDraft(name="Опечатка", kind="agency",
                                                          country="KG"))
    demo_registry.delete_organisation(spare)
    with pytest.raises(NotFound):
        demo_registry.organisation(spare)


def test_relations_and_placeholders(demo_registry):
    reg = demo_registry
    ids = reg.demo.instrument_ids
    old = reg.create_placeholder("Соглашение о поощрении инвестиций", "agreement",
                                 date(1998, 1, 1), precision="year")
    rel = reg.add_relation(ids["krsu"], old, "supplements")
    assert reg.instrument(old).is_placeholder
    assert reg.instrument(old).deadlines == ()
    with pytest.raises(ValidationError):
        reg.add_relation(ids["krsu"], old, "supplements")
    with pytest.raises(ValidationError):
        reg.add_relation(old, old, "amends")
    reg.remove_relation(rel)
    assert reg.instrument(old).relations == ()


def test_replacement_supersedes_the_old_instrument(demo_registry):
    reg = demo_registry
    ids = reg.demo.instrument_ids
    reg.add_relation(ids["cardiology"], ids["post"], "replaces", date(2026, 1, 1))
    assert reg.instrument(ids["post"]).row.status == "superseded"


def test_attachment_is_copied_by_hash_and_original_left(registry, tmp_path, demo_registry):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 scan of the signed original")
    iid = registry.demo.instrument_ids["cardiology"]
    aid = registry.add_attachment(source, instrument_id=iid, kind="signed_scan", language="ru")
    again = registry.add_attachment(source, instrument_id=iid, kind="signed_scan", language="ru")
    stored = registry.attachment_path(aid)
    assert source.exists() and stored != source
    assert stored.read_bytes() == source.read_bytes()
    assert stored.name == registry.instrument(iid).attachments[0].sha256
    assert [a.version for a in registry.instrument(iid).attachments] == [1, 2]
    registry.remove_attachment(again)
    assert len(registry.instrument(iid).attachments) == 1
    assert registry.check_integrity() == []
    tamper(registry, stored)
    assert any("scan.pdf" in p for p in registry.check_integrity())


def tamper(registry, stored) -> None:
    """Damage a stored file: in the folder beside a registry file, or in the database."""
    if registry.path is not None:
        stored.write_bytes(b"tampered")
        return
    from sqlalchemy import update

    from models.tables import StoredFile
    with registry.engine.begin() as conn:
        conn.execute(update(StoredFile).where(StoredFile.sha256 == stored.name)
                     .values(content=b"tampered"))


def test_attachment_problems(registry, tmp_path):
    with pytest.raises(ValidationError) as err:
        registry.add_attachment(tmp_path / "missing.pdf", instrument_id=1, kind="photo")
    assert len(err.value.problems) == 2


def test_history_records_who_and_what(demo_registry, tmp_path):
    iid = demo_registry.demo.instrument_ids["protocol"]
    entries = demo_registry.history(iid)
    assert {e.action for e in entries} == {"create"}
    assert {e.table for e in entries} == {"instrument", "relation"}
    assert all(e.user == demo_registry.user for e in entries)
