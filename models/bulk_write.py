"""Writing a `models.bulk.BulkPlan` inside the registry's write transaction: what other clerks
saved since the plan was read taken in, the instruments numbered, everything inserted with
multi-row inserts. Only this runs while the write lock is held."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from sqlalchemy import insert, select, update

from .bulk import COLUMNS, NEW, BulkPlan
from .errors import ValidationError, problem
from .numbering import format_number, literal_prefix, number_regex
from .tables import (AuditEntry, Instrument, InstrumentParty, InstrumentSector, Organisation,
                     OrganisationFormerName, Person, Sector, StatusEvent)
from .registry.base import chunks

CHUNK = 500


def write_plan(registry, s, plan: BulkPlan,
               progress: Callable[[int], None] | None = None) -> list[int]:
    """Write the plan on the session's transaction; the new instruments' ids, in order."""
    db = s.connection()
    _refuse_taken_numbers(db, plan)
    ids = _give_ids(db, plan)
    sequences = Sequences(db, registry.number_pattern, list(plan.numbers))
    out: list[int] = []
    for chunk in chunks(plan.planned, CHUNK):
        rows, audits = [], []
        for p in chunk:
            number = p.number or sequences.next(*p.sequence)
            if not p.number:
                sequences.take(number)
            row = dict(zip(COLUMNS, p.values))
            row["registry_number"] = number
            row["search_text"] = p.document.complete(number)
            rows.append(row)
        db.execute(insert(Instrument.__table__), rows)
        sequences.written()
        by_uuid = dict(db.execute(select(Instrument.uuid, Instrument.id).where(
            Instrument.uuid.in_([p.uuid for p in chunk]))).all())
        party_rows, sector_rows, event_rows = [], [], []
        for p, row in zip(chunk, rows):
            iid = by_uuid[p.uuid]
            out.append(iid)
            party_rows += [{**NEW[InstrumentParty](), "instrument_id": iid,
                            "organisation_id": ids.get(o, o), "position": position,
                            "signatory_id": ids.get(person, person)}
                           for o, position, person in p.parties]
            sector_rows += [{"instrument_id": iid, "sector_id": ids.get(sid, sid)}
                            for sid in p.sectors]
            event_rows += [{**e, "instrument_id": iid} for e in p.events]
            changes = p.changes
            if not p.number:
                changes = dict(sorted({**changes, "registry_number": [None, row[
                    "registry_number"]]}.items()))
            audits.append({**NEW[AuditEntry](), "user": plan.user, "table_name": "instrument",
                           "record_id": iid, "record_uuid": p.uuid, "instrument_id": iid,
                           "action": "create", "changes": changes})
        for model, many in ((InstrumentParty, party_rows), (InstrumentSector, sector_rows),
                            (StatusEvent, event_rows), (AuditEntry, audits)):
            if many:
                db.execute(insert(model.__table__), many)
        if progress:
            progress(len(out))
    return out


def _refuse_taken_numbers(db, plan: BulkPlan) -> None:
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
    """As Registry._next_number, counting on from the highest number of each sequence."""

    def __init__(self, db, pattern: str, given: list[str]):
        self.db, self.pattern = db, pattern
        self.sequences: dict = {}  # regex, (year, kind, level) -> [highest running number]
        self.by_prefix: dict[str, list] = {}  # literal prefix -> [(regex, sequence)]
        self.prefix_lengths: set[int] = set()
        self.explicit = given  # numbers the drafts give, not written yet
        self.given = list(given)  # and those numbered since the last insert

    def next(self, year: int, kind: str, level: str) -> str:
        sequence = self.sequences.get((year, kind, level))
        if sequence is None:
            regex = number_regex(self.pattern, year=year, kind=kind, level=level)
            sequence = self.sequences.get(regex.pattern)
        if sequence is None:
            prefix = literal_prefix(self.pattern, year=year, kind=kind, level=level)
            existing = self.db.execute(select(Instrument.registry_number).where(
                Instrument.registry_number.startswith(prefix, autoescape=True))).scalars().all()
            existing += [n for n in self.given if n.startswith(prefix)]
            sequence = self.sequences[regex.pattern] = [max(
                (int(m.group(1)) for n in existing if (m := regex.match(n))), default=0)]
            self.by_prefix.setdefault(prefix, []).append((regex, sequence))
            self.prefix_lengths.add(len(prefix))
        self.sequences[year, kind, level] = sequence
        return format_number(self.pattern, year=year, seq=sequence[0] + 1, kind=kind,
                             level=level)

    def written(self) -> None:
        """The numbers given so far are in the database now (but the drafts' own)."""
        self.given = list(self.explicit)

    def take(self, number: str) -> None:
        """Every sequence the number belongs to now counts on from it."""
        self.given.append(number)
        for length in self.prefix_lengths:
            for regex, sequence in self.by_prefix.get(number[:length], ()):
                if m := regex.match(number):
                    sequence[0] = max(sequence[0], int(m.group(1)))
