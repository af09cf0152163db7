"""Writing a `models.bulk.BulkPlan` inside the registry's write transaction: what other clerks
saved since the plan was read taken in, the instruments numbered, everything inserted with
multi-row inserts. Only this runs while the write lock is held."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterator

from sqlalchemy import insert, select, update

from .bulk import (AUDIT_COLUMNS, COLUMNS, EVENT_COLUMNS, INSTRUMENT_UUID_AT,
                   ORGANISATION_AT, PARTY_COLUMNS, RECORD_UUID_AT, SIGNATORY_AT, UUID_AT,
                   BulkPlan, new_uuids)
from .bulk_insert import RowInserter, ahead, reserve_ids
from .errors import ValidationError, problem
from .numbering import format_number, literal_prefix, number_regex
from .tables import (AuditEntry, Instrument, InstrumentParty, InstrumentSector, Organisation,
                     OrganisationFormerName, Person, Sector, StatusEvent)
from .registry.base import chunks
from .search import FTS_TABLE


def write_plan(registry, s, plan: BulkPlan,
               progress: Callable[[int], None] | None = None) -> list[int]:
    """Write the plan on the session's transaction; the new instruments' ids, in order.
    (`refuse_taken_numbers` first.)"""
    db = s.connection()
    if db.dialect.name != "sqlite" or len(plan) < CACHE_ROWS:
        return _write_plan(registry, db, plan, progress)
    # A big batch: SQLite's page cache made larger while it is written. With the default
    # (2 MB) the indexes of random keys (UUIDs, title keys) outgrow it, and their pages are
    # written to the WAL and read back again and again: 100,000 rows held the lock twice as
    # long. Put back after (the connection goes back to the pool).
    before = db.exec_driver_sql("PRAGMA cache_size").scalar()
    db.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KB}")
    try:
        made = _drop_random_indexes(db, len(plan))
        trigger = db.exec_driver_sql(f"SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                     f"AND name = '{FTS_TRIGGER}'").scalar()
        db.exec_driver_sql(f"DROP TRIGGER {FTS_TRIGGER}")
        out = _write_plan(registry, db, plan, progress)
        # The full-text index of the new rows filled by one statement instead of the trigger
        # of each multi-row insert: FTS5 writes its pending terms out at the end of every
        # statement, a segment of 500 rows each that its merges then read and write again.
        # Inserting a 100,000-row import's instruments in raw sqlite3: 8.1-8.7 s of CPU
        # with the trigger, 6.7-6.9 s so (20,000 rows: 1.2-1.7 s, 1.2-1.4 s).
        db.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, search_text) SELECT id, "
                           f"search_text FROM instrument WHERE id BETWEEN ? AND ? ORDER BY id",
                           (out[0], out[-1]))
        db.exec_driver_sql(trigger)
    finally:
        db.exec_driver_sql(f"PRAGMA cache_size={int(before)}")
    # Made again from the rows (sorted once) in the same transaction, with the page cache put
    # back: SQLite's sort takes as much memory as the cache may (100,000 rows: 320 MB at the
    # peak instead of 283 MB); with less it sorts in a temporary file.
    for sql in made:
        db.exec_driver_sql(sql)
    return out


CACHE_ROWS = 5_000  # a plan this big is written with a page cache of
CACHE_KB = 65_536  # kibibytes
# The index of instrument whose keys come in random order and outgrow the page cache of a big
# write: whole titles (34 MB for 100,000 rows)
RANDOM_INDEXES = ("ix_instrument_live_title",)
FTS_TRIGGER = "instrument_fts_insert"  # fills the full-text index row by row


def _drop_random_indexes(db, rows: int) -> list[str]:
    """SQLite, a plan at least as big as `instrument`: RANDOM_INDEXES dropped inside the
    write transaction (nothing is changed if it is rolled back); the statements making them
    again. Inserting 100,000 titles into the index one by one took longer than sorting them
    all once."""
    if rows < db.exec_driver_sql("SELECT count(*) FROM instrument").scalar():
        return []
    names = ", ".join("?" * len(RANDOM_INDEXES))
    made = db.exec_driver_sql(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                              f"AND name IN ({names})", RANDOM_INDEXES).all()
    for name, _ in made:
        db.exec_driver_sql(f"DROP INDEX {name}")
    return [sql for _, sql in made]


def _write_plan(registry, db, plan: BulkPlan, progress) -> list[int]:
    ids = _give_ids(db, plan)
    sequences = Sequences(db, registry.number_pattern, list(plan.numbers), plan.sequences)
    out = reserve_ids(db, Instrument.__table__, len(plan))
    dialect = db.dialect
    instruments = RowInserter(dialect, Instrument.__table__,
                              ("id", *COLUMNS, "registry_number", "search_text"))
    parties = RowInserter(dialect, InstrumentParty.__table__, ("instrument_id", *PARTY_COLUMNS))
    sectors = RowInserter(dialect, InstrumentSector.__table__, ("instrument_id", "sector_id"))
    events = RowInserter(dialect, StatusEvent.__table__, ("instrument_id", *EVENT_COLUMNS))
    audits = RowInserter(dialect, AuditEntry.__table__,
                         ("record_id", "instrument_id", *AUDIT_COLUMNS, "changes"))
    # Rows made and inserted a chunk at a time; made by `ahead`'s thread, a chunk or two
    # ahead of the connection, which inserts the ones before meanwhile.
    batches = _statements(plan, out, ids, sequences,
                          (instruments, parties, sectors, events, audits))
    for done, statements in ahead(batches):
        for sql, parameters in statements:
            db.exec_driver_sql(sql, parameters)
        if progress:
            progress(done)
    return out


def _statements(plan: BulkPlan, out: list[int], ids: dict[int, int], sequences: "Sequences",
                inserters: tuple) -> Iterator[tuple[int, list[tuple[str, tuple]]]]:
    """For each chunk of the plan, the rows written so far and the statements inserting
    its instruments and their parties, sectors, events and audit entries (numbered here:
    `sequences` is this generator's own). Uses no connection."""
    instruments, parties, sectors, events, audits = inserters
    done = 0
    shares = plan.planned.chunk_count  # each chunk gives UUIDs of its share
    for n, chunk in enumerate(plan.planned.chunks()):  # read again from the start if run again
        rows, numbers, own = [], [], []
        uuids = iter(new_uuids(sum(len(p.parties) + len(p.events) + 1 + (not p.uuid)
                                   for p in chunk), (n, shares)))
        for iid, p in zip(out[done:], chunk):
            number = p.number or sequences.next(*p.sequence)
            if not p.number:
                sequences.take(number)
            numbers.append(number)
            uuid = p.uuid or next(uuids)
            own.append(uuid)
            values = p.values if p.uuid else (*p.values[:INSTRUMENT_UUID_AT], uuid,
                                              *p.values[INSTRUMENT_UUID_AT + 1:])
            rows.append((iid, *values, number, p.document.complete(number)))
        statements = list(instruments.statements(rows))
        party_rows, sector_rows, event_rows, audit_rows = [], [], [], []
        for iid, p, number, uuid in zip(out[done:], chunk, numbers, own):
            for party in p.parties:
                party = list(party)
                party[ORGANISATION_AT] = ids.get(party[ORGANISATION_AT], party[ORGANISATION_AT])
                party[SIGNATORY_AT] = ids.get(party[SIGNATORY_AT], party[SIGNATORY_AT])
                party[UUID_AT["party"]] = next(uuids)
                party_rows.append((iid, *party))
            sector_rows += [(iid, ids.get(sid, sid)) for sid in p.sectors]
            for event in p.events:
                event = list(event)
                event[UUID_AT["event"]] = next(uuids)
                event_rows.append((iid, *event))
            values, changes = p.audit
            values = list(values)
            values[UUID_AT["audit"]] = next(uuids)
            values[RECORD_UUID_AT] = uuid
            audit_rows.append((iid, iid, *values, changes.complete(number)))
        for inserter, many in ((parties, party_rows), (sectors, sector_rows),
                               (events, event_rows), (audits, audit_rows)):
            statements += inserter.statements(many)
        done += len(chunk)
        yield done, statements


def refuse_taken_numbers(db, plan: BulkPlan) -> None:
    """Numbers given in the drafts that another clerk's instrument took since the plan."""
    taken = []
    for chunk in chunks(list(plan.numbers), 500):
        taken += db.execute(select(Instrument.registry_number).where(
            Instrument.registry_number.in_(chunk))).scalars().all()
    if taken:
        raise ValidationError([replace(
            problem("registry_number", "The registry number {number} is already taken.",
                    number=n), record=plan.numbers[n] + 1) for n in sorted(taken)])


def _give_ids(db, plan: BulkPlan) -> dict[int, int]:
    """The planned bodies, persons and sectors written (or found, when another clerk saved the
    same one since the plan was read); temporary id -> id."""
    ids: dict[int, int] = {}
    marks = plan.marks
    for org in db.execute(select(Organisation.__table__).where(
            Organisation.id > marks.organisation).order_by(Organisation.id)):
        found = plan.organisation_keys.get((org.name_key, org.country_id))
        if found is not None and found < 0:  # planned as new: saved meanwhile
            ids[found] = org.id
    new_orgs = [o for o in plan.new_organisations if o["id"] not in ids]
    ids.update(_insert_many(db, Organisation, new_orgs))
    planned = {(p["full_name"], ids.get(p["organisation_id"], p["organisation_id"])): p["id"]
               for p in plan.new_persons}
    for pid, name, oid in db.execute(select(Person.id, Person.full_name, Person.organisation_id)
                                     .where(Person.id > marks.person).order_by(Person.id)):
        if (name, oid) in planned and planned[name, oid] not in ids:
            ids[planned[name, oid]] = pid
    for sid, name in db.execute(select(Sector.id, Sector.name_ru).where(Sector.id > marks.sector)):
        found = plan.sectors.get(name)
        if found is not None and found[0] < 0:
            ids[found[0]] = sid
    persons = [{**p, "organisation_id": ids.get(p["organisation_id"], p["organisation_id"])}
               for p in plan.new_persons if p["id"] not in ids]
    ids.update(_insert_many(db, Person, persons))
    ids.update(_insert_many(db, Sector, [s for s in plan.new_sectors if s["id"] not in ids]))
    former = [{**f, "organisation_id": ids[f["organisation_id"]]} for f in plan.new_former_names
              if f["organisation_id"] in {o["id"] for o in new_orgs}]
    if former:
        db.execute(insert(OrganisationFormerName.__table__), former)
    for pid, position in plan.position_updates.items():
        db.execute(update(Person).where(Person.id == pid).values(position=position))
    written = {o["id"] for o in new_orgs}
    audits = [{**a, "record_id": ids[a["record_id"]]} for a in plan.audits
              if a["record_id"] in written]
    if audits:
        db.execute(insert(AuditEntry.__table__), audits)
    return ids


def _insert_many(db, model, rows: list[dict]) -> dict[int, int]:
    """Insert rows planned under temporary ids; temporary id -> id (found by their UUIDs)."""
    if not rows:
        return {}
    db.execute(insert(model.__table__), [{k: v for k, v in r.items() if k != "id"}
                                         for r in rows])
    out = {}
    for chunk in chunks(rows, 500):
        by_uuid = dict(db.execute(select(model.uuid, model.id).where(
            model.uuid.in_([r["uuid"] for r in chunk]))).all())
        out.update((r["id"], by_uuid[r["uuid"]]) for r in chunk)
    return out


class Sequences:
    """As Registry._next_number, counting on from the highest number of each sequence: the
    numbers on file read once (the sequences the plan needs are known beforehand), those
    the drafts give and those given since taken in as they come."""

    def __init__(self, db, pattern: str, given: list[str], wanted):
        self.pattern = pattern
        self.sequences: dict = {}  # regex, (year, kind, level) -> [highest running number]
        self.by_prefix: dict[str, list] = {}  # literal prefix -> [(regex, sequence)]
        self.prefix_lengths: set[int] = set()
        for year, kind, level in wanted:
            self._sequence(year, kind, level)
        if self.sequences:
            for number in db.execute(select(Instrument.registry_number)).scalars():
                self.take(number)
        for number in given:
            self.take(number)

    def _sequence(self, year: int, kind: str, level: str) -> list[int]:
        sequence = self.sequences.get((year, kind, level))
        if sequence is None:
            regex = number_regex(self.pattern, year=year, kind=kind, level=level)
            sequence = self.sequences.get(regex.pattern)
            if sequence is None:
                sequence = self.sequences[regex.pattern] = [0]
                prefix = literal_prefix(self.pattern, year=year, kind=kind, level=level)
                self.by_prefix.setdefault(prefix, []).append((regex, sequence))
                self.prefix_lengths.add(len(prefix))
            self.sequences[year, kind, level] = sequence
        return sequence

    def next(self, year: int, kind: str, level: str) -> str:
        """The sequence's next number; `take` it when it is used."""
        return format_number(self.pattern, year=year, seq=self._sequence(year, kind, level)[0]
                             + 1, kind=kind, level=level)

    def take(self, number: str) -> None:
        """Every sequence the number belongs to now counts on from it."""
        for length in self.prefix_lengths:
            for regex, sequence in self.by_prefix.get(number[:length], ()):
                if m := regex.match(number):
                    sequence[0] = max(sequence[0], int(m.group(1)))
