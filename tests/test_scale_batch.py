"""The batch save (imports, generated registries) writes exactly what saving one by one writes."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from datetime import date

import pytest

from bench.generate import Generator, Plan, generate
from models.errors import DatabaseError, ValidationError
from models.records import InstrumentDraft, OrganisationDraft, PartyDraft
from models.registry import Registry

from conftest import TODAY

_VOLATILE = {"uuid", "created_at", "updated_at", "entered_at", "at", "record_uuid"}
_TABLES = ("instrument", "instrumentparty", "instrumentsector", "statusevent", "organisation",
           "person", "sector", "relation", "auditentry")


def _contents(path) -> dict[str, list]:
    """Every row of the registry's tables, without the values that differ between runs; audit
    entries as a sorted list (their interleaving may differ)."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in _TABLES:
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            names = [c[0] for c in cursor.description]
            keep = [i for i, n in enumerate(names) if n not in _VOLATILE
                    and not (table == "auditentry" and n == "id")]
            out[table] = [tuple(row[i] for i in keep) for row in cursor]
        out["auditentry"].sort(key=repr)
        out["fts"] = conn.execute("SELECT rowid FROM instrument_fts WHERE instrument_fts "
                                  "MATCH 'соглашение' ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def _plan(registry: Registry, n: int) -> list[InstrumentDraft]:
    gen = Generator(registry, seed=7)
    plan = Plan()
    while len(plan.drafts) < n:
        gen.occasion(plan, n - len(plan.drafts))
    return plan.drafts


def _extra_drafts(registry: Registry) -> list[InstrumentDraft]:
    """Cases the generator does not make: a given number, a body by id and by a former name,
    a signatory whose position changes, a number the batch gives twice."""
    cabinet = registry.organisations("Правительство Российской Федерации")[0].id
    registry.save_organisation(OrganisationDraft(id=cabinet, name="Правительство РФ",
                                                 kind="government", country="RU"))
    day = date(2024, 3, 1)

    def draft(title: str, number: str = "", parties=None) -> InstrumentDraft:
        return InstrumentDraft(title=title, kind="agreement", level="intergovernmental",
                               signed_date=day, registry_number=number,
                               parties=parties or [
                                   PartyDraft(organisation_id=cabinet),
                                   PartyDraft(name="Правительство Республики Казахстан",
                                              country="KZ", signatory_name="А. Б. Ли",
                                              signatory_position="Министр")])

    return [draft("Соглашение с номером", "2024/СГ-0100"),
            draft("Соглашение по старому имени", parties=[
                PartyDraft(name="Правительство Российской Федерации", country="RU"),
                PartyDraft(name="Правительство Республики Казахстан", country="KZ",
                           signatory_name="А.  Б. Ли", signatory_position="Посол")]),
            draft("Соглашение после номера 100")]


def test_batch_writes_the_same_rows_as_single_saves(tmp_path):
    one, batch = tmp_path / "one.db", tmp_path / "batch.db"
    results = []
    for path, batched in ((one, False), (batch, True)):
        with Registry.open(path, today=lambda: TODAY) as registry:
            drafts = _plan(registry, 120)
            registry.save_instruments(drafts[:60])  # the second half meets existing records
            drafts = drafts[60:] + _extra_drafts(registry)
            if batched:
                ids = registry.save_instruments(drafts)
            else:
                ids = [registry.save_instrument(d) for d in drafts]
            results.append([registry.instrument(i).row.registry_number for i in ids])
    assert results[0] == results[1]
    assert "2024/СГ-0101" in results[1]  # counts on from the number given in the batch
    a, b = _contents(one), _contents(batch)
    for table in a:
        assert a[table] == b[table], table
    assert a["fts"] and len(a["instrument"]) == 123


def test_batch_reports_every_problem_with_its_record_and_writes_nothing(registry):
    good = InstrumentDraft(title="Соглашение", kind="agreement", level="intergovernmental",
                           signed_date=date(2024, 1, 1), registry_number="2024/X-1",
                           parties=[PartyDraft(name="Кабинет Министров КР", country="KG"),
                                    PartyDraft(name="Правительство РФ", country="RU")])
    twin = replace(good, title="Другое соглашение")
    bad = InstrumentDraft(title="", kind="agreement", level="galactic",
                          signed_date=date(2024, 1, 1), parties=good.parties)
    with pytest.raises(ValidationError) as err:
        registry.save_instruments([good, bad, twin])
    assert {(p.record, p.field) for p in err.value.problems} == {
        (2, "title"), (2, "level"), (3, "registry_number")}
    assert registry.count_instruments() == 0
    assert registry.organisations() == []


def test_progress_is_reported_for_every_record(registry):
    seen = []
    registry.save_instruments(_plan(registry, 12), progress=seen.append)
    # half of the way checking and computing (no lock), half writing
    assert seen == sorted(set(seen)) and seen[:6] == list(range(1, 7)) and seen[-1] == 12
    assert registry.count_instruments() == 12


@pytest.mark.parametrize("today", [date(2025, 11, 26), date(2031, 6, 30)])
def test_the_deadline_dashboard_agrees_with_each_instruments_own_deadlines(tmp_path, today):
    """The dashboard reads the deadline stored with each instrument; opening the instrument
    derives it afresh from its terms and events, on the day the registry is opened."""
    path = tmp_path / "r.db"
    with Registry.open(path, today=lambda: TODAY) as registry:
        generate(registry, 150, seed=3)
    with Registry.open(path, today=lambda: today) as registry:
        listed = registry.deadlines(3650)
        derived = sorted((d for i in registry.list_instruments(limit=1000).rows
                          for d in registry.instrument(i.id).deadlines),
                         key=lambda d: (d.due, d.registry_number, d.instrument_id))
        assert listed == [d for d in derived if (d.due - today).days <= 3650]
        kinds = {d.kind for d in listed}
        assert "internal_procedures" in kinds and len(kinds) >= 2, kinds


def test_bodies_and_persons_another_clerk_saved_while_the_batch_was_checked_are_used(
        registry, db_location, monkeypatch):
    """The batch is checked and computed before it takes the write lock; what another clerk
    saved meanwhile (a body, a signatory, a sector the batch plans as new) is found, not made
    twice, and the numbers count on from the other clerk's."""
    import models.registry.instruments as instruments

    def draft(title: str) -> InstrumentDraft:
        return InstrumentDraft(title=title, kind="agreement", level="intergovernmental",
                               signed_date=date(2024, 3, 1), sectors=["Геология"], parties=[
                                   PartyDraft(name="Министерство геологии КР", country="KG",
                                              signatory_name="А. Б. Ли"),
                                   PartyDraft(name="Правительство РФ", country="RU")])

    class Meanwhile(instruments.BulkPlan):
        def add(self, d):
            found = super().add(d)
            with Registry.open(db_location, today=lambda: TODAY) as other:
                other.save_instrument(draft("Соглашение другого клерка"))
            return found

    monkeypatch.setattr(instruments, "BulkPlan", Meanwhile)
    ids = registry.save_instruments([draft("Соглашение о геологии")])
    bodies = registry.organisations("Министерство геологии")
    assert len(bodies) == 1
    rows = registry.list_instruments(limit=None).rows
    assert sorted(r.registry_number for r in rows) == ["2024/СГ-0001", "2024/СГ-0002"]
    mine = registry.instrument(ids[0])
    assert [p.name for p in mine.row.parties] == ["Министерство геологии КР",
                                                  "Правительство РФ"]
    with registry._read() as s:
        from sqlmodel import func, select

        from models.tables import Person, Sector
        assert s.execute(select(func.count()).select_from(Person)).scalar() == 1
        assert s.execute(select(func.count()).select_from(Sector).where(
            Sector.name_ru == "Геология")).scalar() == 1


def _three_drafts():
    """Three new instruments, as a generator."""
    parties = [PartyDraft(name="Кабинет Министров КР", country="KG"),
               PartyDraft(name="Правительство РФ", country="RU")]
    return (InstrumentDraft(title=f"Соглашение о сотрудничестве № {n}", kind="agreement",
                            level="intergovernmental", signed_date=date(2024, 1, n + 1),
                            parties=parties) for n in range(3))


def test_batch_run_again_by_the_engine_saves_every_draft_of_a_generator(registry, monkeypatch):
    """A write the engine asks to run again (`RetryWrite`) runs on the same drafts: drafts
    given as a generator are not spent by the first attempt and lost by the second."""
    from models.registry import instruments
    from models.errors import DatabaseError
    from models.registry.base import RetryWrite

    real, attempts = instruments.write_plan, []

    def busy_once(*args, **kwargs):
        attempts.append(1)
        if len(attempts) == 1:
            raise RetryWrite(DatabaseError("The database is busy."))
        return real(*args, **kwargs)

    monkeypatch.setattr(instruments, "write_plan", busy_once)
    ids = registry.save_instruments(_three_drafts())
    assert len(attempts) == 2
    assert len(ids) == 3
    assert registry.count_instruments() == 3


def test_a_big_batch_is_written_with_a_larger_page_cache_put_back_after(registry, monkeypatch):
    from models import bulk_write

    monkeypatch.setattr(bulk_write, "CACHE_ROWS", 2)  # this batch counts as big
    sizes = []
    real = bulk_write._write_plan

    def seen(registry_, db, plan, progress):
        if db.dialect.name == "sqlite":
            sizes.append(db.exec_driver_sql("PRAGMA cache_size").scalar())
        return real(registry_, db, plan, progress)

    monkeypatch.setattr(bulk_write, "_write_plan", seen)
    ids = registry.save_instruments(_three_drafts())
    assert len(ids) == 3 and registry.count_instruments() == 3
    if registry.engine.dialect.name == "sqlite":
        assert sizes == [-bulk_write.CACHE_KB]
        with registry.engine.connect() as conn:  # the pooled connection: as it was
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() != -bulk_write.CACHE_KB


def test_a_big_batch_makes_the_title_index_again_from_its_rows(registry, monkeypatch):
    """SQLite: a batch at least as big as `instrument` drops the index of whole titles (keys
    in random order) inside its transaction and makes it again before the commit; a smaller
    batch keeps it; a write that fails leaves it, and the full-text index's trigger a big
    batch drops too, as they were."""
    from models import bulk_write

    monkeypatch.setattr(bulk_write, "CACHE_ROWS", 1)  # every batch counts as big
    sqlite = registry.engine.dialect.name == "sqlite"
    index = "SELECT sql FROM sqlite_master WHERE name = 'ix_instrument_live_title'"
    seen = []
    real = bulk_write._write_plan

    def seeing(registry_, db, plan, progress):
        if sqlite:
            seen.append(db.exec_driver_sql(index).scalar())
        if len(plan) == 1:
            raise RuntimeError("failed")
        return real(registry_, db, plan, progress)

    monkeypatch.setattr(bulk_write, "_write_plan", seeing)
    trigger = "SELECT sql FROM sqlite_master WHERE name = 'instrument_fts_insert'"
    with registry.engine.connect() as conn:
        made = conn.exec_driver_sql(index).scalar() if sqlite else None
        fills = conn.exec_driver_sql(trigger).scalar() if sqlite else None
    with pytest.raises(RuntimeError):  # 1 row into an empty registry: dropped, then failed
        registry.save_instruments(list(_three_drafts())[:1])
    assert len(registry.save_instruments(_three_drafts())) == 3
    assert len(registry.save_instruments(list(_three_drafts())[:2])) == 2  # 3 on file
    if sqlite:
        assert made and seen == [None, None, made]
        with registry.engine.connect() as conn:
            assert conn.exec_driver_sql(index).scalar() == made
            assert conn.exec_driver_sql(trigger).scalar() == fills  # as the failure left it


def test_a_big_batch_fills_the_full_text_index_as_a_small_one_does(tmp_path, monkeypatch):
    """SQLite: a big batch drops the full-text index's insert trigger inside its transaction,
    indexes its rows with one statement and makes the trigger again: every word of every row
    at its place, as the trigger of a small batch indexes them, and a save after it is
    indexed as before."""
    from models import bulk_write

    trigger = "SELECT sql FROM sqlite_master WHERE name = 'instrument_fts_insert'"
    words = "SELECT term, doc, col, offset FROM temp.words ORDER BY term, doc, offset"
    found = []
    for big in (False, True):
        monkeypatch.setattr(bulk_write, "CACHE_ROWS", 2 if big else 10_000)
        path = tmp_path / f"{big}.db"
        with Registry.open(path, today=lambda: TODAY) as registry:
            drafts = _plan(registry, 40)
            registry.save_instruments(drafts[:20])
            registry.save_instruments(drafts[20:39])  # meets existing records
            registry.save_instrument(drafts[39])
        conn = sqlite3.connect(path)
        conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, instrument_fts, "
                     "instance)")
        found.append((conn.execute(words).fetchall(), conn.execute(trigger).fetchone()[0]))
        conn.execute("INSERT INTO instrument_fts(instrument_fts) VALUES ('integrity-check')")
        conn.close()
    assert found[0] == found[1] and len({doc for _, doc, _, _ in found[0][0]}) == 40
    assert "INSERT INTO instrument_fts" in found[0][1]


@pytest.mark.parametrize("failing", ["making rows", "inserting them"])
def test_a_write_failing_after_its_first_rows_leaves_nothing_and_no_thread(
        registry, monkeypatch, failing):
    """The rows are made a chunk ahead in a thread of their own while the connection inserts
    the ones before: a failure on either side after some rows were inserted writes nothing,
    reaches the caller, and leaves no thread behind."""
    from models import bulk_write

    real = bulk_write._statements

    def failing_later(*args):
        for n, (done, statements) in enumerate(real(*args)):
            if n == 1:
                if failing == "making rows":
                    raise RuntimeError("made wrong")
                statements = [("INSERT INTO no_such_table VALUES (1)", ())]
            yield done, statements

    monkeypatch.setattr(bulk_write, "_statements", failing_later)
    monkeypatch.setattr("models.bulk.CHUNK", 1)  # a chunk a draft: three chunks
    with pytest.raises(RuntimeError if failing == "making rows" else DatabaseError) as err:
        registry.save_instruments(_three_drafts())
    assert ("made wrong" if failing == "making rows" else "no_such_table") in str(err.value)
    assert registry.count_instruments() == 0
    assert not [t for t in threading.enumerate() if t.name == "kelishim-ahead"]


def test_a_batch_collects_garbage_less_often_and_puts_pythons_threshold_back(
        registry, monkeypatch):
    """Planning and writing raise the young generation's threshold of Python's garbage
    collector (fewer collections over rows that live until the write); it is as it was
    after, a failed write included."""
    import gc

    from models import bulk_write, collector

    before = gc.get_threshold()
    seen = []
    real = bulk_write._write_plan

    def failing(*args):
        seen.append(gc.get_threshold()[0])
        real(*args)
        raise RuntimeError("failed after its rows")

    assert len(registry.save_instruments(_three_drafts())) == 3
    assert gc.get_threshold() == before
    monkeypatch.setattr(bulk_write, "_write_plan", failing)
    with pytest.raises(RuntimeError):
        registry.save_instruments(_three_drafts())
    assert seen == [collector.YOUNG] and gc.get_threshold() == before


def test_a_batch_gives_its_instruments_and_their_rows_uuids_in_order(registry, monkeypatch):
    """Instruments (but one whose draft gives its UUID), their parties, events and audit
    entries get random version-4 UUIDs, chunk after chunk in order, so that each UUID index is
    filled from its first page to its last; an audit entry names its instrument's UUID."""
    import uuid

    from models import bulk

    monkeypatch.setattr(bulk, "CHUNK", 5)  # several chunks: the order holds across them
    drafts = [replace(d, uuid=None) for d in _plan(registry, 24)]  # as a sheet's rows
    own = "0badc0de-0000-4000-8000-000000000000"
    drafts[7] = replace(drafts[7], uuid=own)  # a draft giving its own UUID keeps it
    ids = registry.save_instruments(drafts)
    with registry.engine.connect() as conn:
        for table, instrument in (("instrument", "id"), ("instrumentparty", "instrument_id"),
                                  ("statusevent", "instrument_id"),
                                  ("auditentry", "instrument_id")):
            uuids = [u for (u,) in conn.exec_driver_sql(
                f"SELECT uuid FROM {table} WHERE {instrument} >= {min(ids)} ORDER BY id")
                if u != own]
            assert len(uuids) >= 23 and uuids == sorted(uuids), table
            assert len(set(uuids)) == len(uuids), table
            assert all(uuid.UUID(u).version == 4 and str(uuid.UUID(u)) == u for u in uuids)
        audited = dict(conn.exec_driver_sql(
            "SELECT record_id, record_uuid FROM auditentry WHERE table_name = 'instrument'")
            .all())
        on_file = dict(conn.exec_driver_sql("SELECT id, uuid FROM instrument").all())
    assert audited == on_file and on_file[ids[7]] == own


def _indexed(registry: Registry) -> dict[str, tuple]:
    """Each instrument's sectors as shown, search text and full-text index entry, by number."""
    from sqlalchemy import text

    index = ("SELECT rowid, search_text FROM instrument_fts" if registry.engine.dialect.name ==
             "sqlite" else "SELECT id, to_tsvector('simple', search_text)::text FROM instrument")
    with registry._read() as s:
        rows = {i: (stored, indexed) for (i, stored), (_, indexed) in zip(
            s.execute(text("SELECT id, search_text FROM instrument ORDER BY id")),
            s.execute(text(f"{index} ORDER BY 1")), strict=True)}
    return {r.registry_number: (registry.instrument(r.id).sectors, *rows[r.id])
            for r in registry.list_instruments(limit=None).rows}


def test_a_batch_making_new_sectors_indexes_them_as_single_saves_do(registry,
                                                                   other_db_location):
    """New sectors have temporary ids while the batch is planned; the search text lists each
    instrument's sectors in the order of their ids, as a single save's does."""
    def draft(title: str, sectors: list[str]) -> InstrumentDraft:
        return InstrumentDraft(title=title, kind="agreement", level="intergovernmental",
                               signed_date=date(2024, 3, 1), sectors=sectors, parties=[
                                   PartyDraft(name="Кабинет Министров КР", country="KG"),
                                   PartyDraft(name="Правительство РФ", country="RU")])

    on_file = draft("Соглашение о недрах", ["Геология"])
    drafts = [draft("Соглашение о связи", ["Транспорт", "Энергетика"]),
              draft("Соглашение о торговле", ["Водные ресурсы", "Геология", "Транспорт"])]
    with Registry.open(other_db_location, today=lambda: TODAY) as single:
        for d in [on_file, *drafts]:
            single.save_instrument(d)
        expected = _indexed(single)
    registry.save_instrument(on_file)
    registry.save_instruments(drafts)
    assert _indexed(registry) == expected
    assert "геология \nтранспорт \nводные ресурсы\n" in expected["2024/СГ-0003"][1]
