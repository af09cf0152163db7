"""Saving many new instruments in one transaction (imports, generated registries), fast, with
the write lock held only for numbering and inserting.

The same checks, registry numbers, derived columns, search text and audit entries as
`Registry.save_instrument`, in two steps:

* `BulkPlan` (no write lock: one read of the bodies, persons, sectors and meetings on file)
  checks every draft and computes everything it will write: its columns, its derived status
  and deadline, its search text with word forms, its audit entry. Bodies, signatories and
  sectors not on file yet are planned as new rows under temporary (negative) ids.
* `models.bulk_write.write_plan`, inside the write transaction, takes in what other clerks
  saved since the plan was read (bodies, persons and sectors with higher ids than the plan
  saw; instruments whose numbers or identities clash), numbers the instruments and writes
  everything with multi-row inserts, a chunk at a time.
"""

from __future__ import annotations

import os
from operator import attrgetter
from types import SimpleNamespace

from pydantic_core import PydanticUndefined
from sqlalchemy import func
from sqlmodel import select

from . import search
from .audit import created, plain
from .bulk_insert import converter
from .conflicts import AUDITED, event_line
from .database import json_text
from .errors import problem
from .numbering import format_number
from .parties import guess_organisation_kind, known_former_names, name_key, other_name_text
from .records import InstrumentDraft, PartyDraft
from .spool import Spool
from .tables import (AuditEntry, Country, Instrument, InstrumentParty, Meeting, Organisation,
                     OrganisationFormerName, Person, Sector, StatusEvent, utcnow)

# The instrument's columns the plan keeps, in this order (id and number are given when written).
COLUMNS = tuple(c.name for c in Instrument.__table__.columns
                if c.name not in ("id", "registry_number", "search_text"))
_NUMBER_PART = 3  # the registry number's place among `DerivedMixin._index_parts`


def fast_uuid() -> str:
    """A random (version 4) UUID as text, as `uuid.uuid4()` gives, at a third of its cost."""
    return new_uuids(1)[0]


_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def new_uuids(count: int, share: tuple[int, int] | None = None) -> list[str]:
    """`count` random (version 4) UUIDs as text, from one read of the random source.

    `share` (n, of): sorted, their first 16 bits the same, rising with n (n * 65,536 // of; the
    rest random), so that a big write giving share after share inserts into each
    UUID index in order, from its first page to its last, instead of all over it: SQLite's
    unique index on `statusevent.uuid` took 310,000 random UUIDs (a 100,000-row import's
    events) in 3.1 s of CPU, the same in order in 1.1 s. (Sorted as bytes and written at
    once: 150,000 UUIDs in 40 shares 0.27-0.36 s of CPU as numbers, 0.17-0.22 s so.)"""
    if share is None:
        x = os.urandom(16 * count).hex()
    else:
        n, of = share
        first, raw = (n * 65_536 // of).to_bytes(2, "big"), os.urandom(14 * count)
        x = b"".join(sorted([first + raw[i:i + 14] for i in range(0, 14 * count, 14)])).hex()
    return [f"{x[i:i + 8]}-{x[i + 8:i + 12]}-4{x[i + 13:i + 16]}-{_VARIANT[x[i + 16]]}"
            f"{x[i + 17:i + 20]}-{x[i + 20:i + 32]}" for i in range(0, 32 * count, 32)]


def _defaults(model, now=None, uuid: bool = True):
    """A function giving a new row's default values, as the model's constructor would; a
    batch's rows are all made `now`, and without their UUID (`uuid` False: given when
    written)."""
    static, factories = {}, {}
    for name, info in model.model_fields.items():
        column = model.__table__.columns.get(name)
        if column is None or (column.primary_key and info.default is None):
            continue
        if name == "uuid":
            if uuid:
                factories[name] = fast_uuid
            else:
                static[name] = None
        elif info.default_factory is utcnow and now is not None:
            static[name] = now
        elif info.default_factory is not None:
            factories[name] = info.default_factory
        elif info.default is not PydanticUndefined:
            static[name] = info.default
    return lambda: {**static, **{k: f() for k, f in factories.items()}}


NEW = {model: _defaults(model) for model in (InstrumentParty, StatusEvent, AuditEntry,
                                             Organisation, Person, Sector,
                                             OrganisationFormerName)}


class Marks(SimpleNamespace):
    """The highest ids of the plan's read: what is above them was saved later."""


class Planned:
    """One instrument as it will be written; its rows' values already converted for the
    database (`models.bulk_insert.converter`), its ids and number still to be given."""

    __slots__ = ("values", "number", "sequence", "document", "audit", "parties", "sectors",
                 "events", "uuid")

    def __init__(self, values: tuple, number: str, sequence: tuple, document,
                 audit: tuple, parties: list, sectors: list, events: list):
        self.values = values  # COLUMNS' values
        self.number = number  # given in the draft ("" : from the pattern, `sequence`)
        self.sequence = sequence  # (year, kind, level) its number is counted in
        self.document = document  # search.PartialDocument: the search text but the number
        self.audit = audit  # AUDIT_COLUMNS' values, then its changes (`AuditText`)
        self.parties = parties  # PARTY_COLUMNS' values (bodies and persons: maybe temporary)
        self.sectors = sectors  # sector ids
        self.events = events  # EVENT_COLUMNS' values
        self.uuid = values[INSTRUMENT_UUID_AT]  # the draft's own, else None (given when written)

    def __reduce__(self):
        # Spooled as its constructor's arguments: pickling a class with __slots__ the default
        # way writes a dict of its slots for every row (500 rows: 6.1 -> 2.7 ms, with those of
        # its PartialDocument and AuditText).
        return Planned, (self.values, self.number, self.sequence, self.document, self.audit,
                         self.parties, self.sectors, self.events)


INSTRUMENT_UUID_AT = COLUMNS.index("uuid")
# Columns of the rows written with each instrument, but its id (and the audit's changes).
PARTY_COLUMNS = tuple(c.name for c in InstrumentParty.__table__.columns
                      if c.name not in ("id", "instrument_id"))
EVENT_COLUMNS = tuple(c.name for c in StatusEvent.__table__.columns
                      if c.name not in ("id", "instrument_id"))
AUDIT_COLUMNS = tuple(c.name for c in AuditEntry.__table__.columns
                      if c.name not in ("id", "record_id", "instrument_id", "changes"))
ORGANISATION_AT = PARTY_COLUMNS.index("organisation_id")
UUID_AT = {"party": PARTY_COLUMNS.index("uuid"), "event": EVENT_COLUMNS.index("uuid"),
           "audit": AUDIT_COLUMNS.index("uuid")}
SIGNATORY_AT = PARTY_COLUMNS.index("signatory_id")
_POSITION = PARTY_COLUMNS.index("position")
RECORD_UUID_AT = AUDIT_COLUMNS.index("record_uuid")
# A planned instrument's and event's values in the order of their columns (a tuple)
_INSTRUMENT_VALUES, _EVENT_VALUES = attrgetter(*COLUMNS), attrgetter(*EVENT_COLUMNS)


class AuditText:
    """An instrument's audit changes as the JSON text the column stores, but its registry
    number: `complete(number)` puts it in its place. Made from changes whose registry number
    is `MARK` (one JSON text; the mark, with its control characters, no text of a record can
    hold). Kept as UTF-8 until then: a third less than the text (its keys and dates are
    ASCII, and a Python text with one Cyrillic letter takes two bytes a character)."""

    __slots__ = ("text",)
    KEY = "registry_number"
    MARK = "\x00number\x00"
    _MARKED = json_text(MARK).encode()

    def __init__(self, changes: dict):
        self.text = json_text(changes).encode()

    def complete(self, number: str) -> str:
        return self.text.replace(self._MARKED, json_text(number).encode(), 1).decode()

    def __reduce__(self):  # spooled as its text (see Planned.__reduce__)
        return _audit_text, (self.text,)


def _audit_text(text: bytes) -> AuditText:
    audit = AuditText.__new__(AuditText)
    audit.text = text
    return audit


_SNAPSHOT = (*AUDITED, "parties", "sectors", "events")
# (name, place in `_SNAPSHOT`) in the order of the names, as `created` sorts them
_CHANGES = tuple(sorted((name, i) for i, name in enumerate(_SNAPSHOT)))
_AUDITED_VALUES = attrgetter(*AUDITED)
_NUMBER_IN_SNAPSHOT = AUDITED.index(AuditText.KEY)


def _created(inst, parties: list[str], sectors: list[str], events) -> dict:
    """`created` of `audited(inst, parties, sectors, events)` with the registry number `MARK`
    (`AuditText`), without the snapshot's dict and its sort: an import makes one a row."""
    values = [*_AUDITED_VALUES(inst), parties, sectors, [event_line(e) for e in events]]
    values[_NUMBER_IN_SNAPSHOT] = AuditText.MARK  # the number to come
    return created((key, values[i]) for key, i in _CHANGES)


CHUNK = 500  # planned rows (and drafts) kept on disk a chunk at a time


class BulkPlan:
    """New instruments checked and computed, nothing written; `add` each draft, then give the
    plan to `write_plan` inside the write transaction. The planned rows and the drafts they
    came from wait on disk (`Spool`), so that a plan of 100,000 rows does not fill the memory;
    they are read again when the write is run again.

    `check` a draft (the registry's checks, once) before deciding whether to `add` it: a draft
    checked here is not checked again when added. `look_up_numbers=False`: the registry
    numbers a draft gives are not looked up one by one (the caller looks them up in bulk; the
    write transaction refuses any of them taken in the end)."""

    def __init__(self, registry, s, today, *, look_up_numbers: bool = True):
        self.registry, self.today = registry, today
        self.look_up_numbers = look_up_numbers
        db = s.connection()
        self.user = registry.user
        self.pattern = registry.number_pattern
        self.now = utcnow()  # when every row of the batch is made
        self.new = {model: _defaults(model, self.now) for model in NEW}
        # the instruments (but those whose drafts give one) and the rows written with them:
        # their UUIDs given when written, in order (`new_uuids`)
        self.new_row = {model: _defaults(model, self.now, uuid=False)
                        for model in (Instrument, InstrumentParty, StatusEvent, AuditEntry)}
        # Values converted for the database as they are planned: the write lock's work is less.
        self.convert = {table: converter(db.dialect, model.__table__, columns)
                        for table, model, columns in (("instrument", Instrument, COLUMNS),
                                                      ("party", InstrumentParty, PARTY_COLUMNS),
                                                      ("event", StatusEvent, EVENT_COLUMNS),
                                                      ("audit", AuditEntry, AUDIT_COLUMNS))}
        # The audit entry and party rows of every instrument, converted once: alike but for
        # a few values (no factory is left in them but the UUID, given when written).
        audit = {**self.new_row[AuditEntry](), "user": self.user, "table_name": "instrument",
                 "action": "create"}
        self._audit_row = list(self.convert["audit"](tuple(audit.get(c) for c in
                                                           AUDIT_COLUMNS)))
        self._party_row = list(self.convert["party"](tuple(
            self.new_row[InstrumentParty]().get(c) for c in PARTY_COLUMNS)))
        # The values every new instrument and event starts from (none made by a factory
        # either: their UUIDs are given when written, their times are `now`)
        self._instrument_row = {**self.new_row[Instrument](), "created_by": self.user}
        self._event_row = {**self.new_row[StatusEvent](), "entered_by": self.user}
        self._likely: dict[tuple, str] = {}  # sequence -> a number of it (`PartialDocument`)
        # Plain objects: read for every party of every row (the search text), an ORM
        # object's attributes cost several times as much (its names read 7x as fast)
        self.countries = {c.id: SimpleNamespace(**c._mapping)
                          for c in db.execute(select(Country.__table__))}
        self.marks = Marks(**{name: db.execute(select(func.max(model.id))).scalar() or 0
                              for name, model in (("organisation", Organisation),
                                                  ("person", Person), ("sector", Sector),
                                                  ("instrument", Instrument))})
        # The bodies, persons and sectors already there, loaded once; the first by id wins,
        # as the single save's queries find it. New ones get ids -1, -2, ... until written.
        self.organisations: dict[int, object] = {}
        self.organisation_keys: dict[tuple[str, int | None], int] = {}
        for org in db.execute(select(Organisation.__table__).order_by(Organisation.id)):
            self.keep(org)
        self.former: dict[int, tuple[str, ...]] = {}
        self.former_keys: dict[str, int] = {}
        for oid, name, key in db.execute(select(
                OrganisationFormerName.organisation_id, OrganisationFormerName.name,
                OrganisationFormerName.name_key).order_by(OrganisationFormerName.id)):
            self.former[oid] = (*self.former.get(oid, ()), name)
            self.former_keys.setdefault(key, oid)
        self.persons: dict[tuple[str, int], list] = {}  # (name, body) -> [id, position]
        for pid, name, oid, position in db.execute(select(
                Person.id, Person.full_name, Person.organisation_id, Person.position)
                .order_by(Person.id)):
            self.persons.setdefault((name, oid), [pid, position])
        self.sectors = {row[1]: tuple(row) for row in db.execute(select(
            Sector.id, Sector.name_ru, Sector.name_ky, Sector.name_en))}
        self.meetings: dict[int, str | None] = {}  # id -> title (None: no such meeting)
        self.every_meeting = False  # `meetings` holds every meeting (`read_meetings`)
        self._db = db
        self.new_organisations: list[dict] = []
        self.new_former_names: list[dict] = []
        self.new_persons: list[dict] = []
        self.new_sectors: list[dict] = []
        self.position_updates: dict[int, str] = {}  # person on file -> new position
        self.audits: list[dict] = []  # of new bodies (record_id: the temporary id)
        self.numbers: dict[str, int] = {}  # numbers given in the drafts -> their record
        self.entered = 0  # drafts entered (`enter`): the record of the next
        self.planned = Spool(CHUNK)  # Planned rows, in order
        self.drafts = Spool(CHUNK)  # the draft of each (for the check inside the write lock)
        self.sequences: set[tuple] = set()  # the sequences the rows without a number count in
        self.written = False  # once written, a plan is spent
        self._checked: dict[int, InstrumentDraft] = {}  # drafts checked, not yet added
        self._temporary = 0
        # (name, country) of a party -> the body found for it: the same again (keys are only
        # ever added, so a body found stays the one found; cleared when others are taken in)
        self._found: dict[tuple[str, str | None], object] = {}

    def __len__(self) -> int:
        return len(self.planned)

    def detach(self) -> None:
        """No more drafts: the session the plan read from is closed."""
        self._db = None
        self._checked = {}

    # --- lookups ---------------------------------------------------------------------------

    def _next_temporary(self) -> int:
        self._temporary -= 1
        return self._temporary

    def _meeting_title(self, meeting_id: int) -> str | None:
        if meeting_id not in self.meetings and not self.every_meeting:
            self.meetings[meeting_id] = self._db.execute(
                select(Meeting.title).where(Meeting.id == meeting_id)).scalar()
        return self.meetings.get(meeting_id)

    def read_meetings(self) -> None:
        """Every meeting's title read now: drafts checked and planned after need no query
        (in processes forked to plan, which must not use the connection)."""
        self.meetings = dict(self._db.execute(select(Meeting.id, Meeting.title)).all())
        self.every_meeting = True

    def new_entities(self) -> tuple:
        """The bodies, persons and sectors planned as new so far, as `take_entities` takes
        them (those on file were read by every process forked from this one)."""
        def new(values: dict, key=lambda v: v) -> dict:
            return {k: v for k, v in values.items() if key(v) < 0}

        return ({k: v for k, v in self.organisations.items() if k < 0},
                new(self.organisation_keys), {k: v for k, v in self.former.items() if k < 0},
                new(self.former_keys), new(self.persons, lambda v: v[0]),
                new(self.sectors, lambda v: v[0]), self._temporary)

    def take_entities(self, entities: tuple) -> None:
        """Plan on from where `new_entities` (of the process that entered the drafts before
        this one's) stood."""
        organisations, keys, former, former_keys, persons, sectors, temporary = entities
        self.organisations.update(organisations)
        self.organisation_keys.update(keys)
        self.former.update(former)
        self.former_keys.update(former_keys)
        self.persons.update(persons)
        self.sectors.update(sectors)
        self._temporary = temporary
        self._found = {}

    def checked(self, draft: InstrumentDraft) -> None:
        """`draft` (read back from disk) was checked by this plan before: `add` need not
        check it again."""
        self._checked[id(draft)] = draft

    def _number_taken(self, number: str) -> bool:
        if not self.look_up_numbers:  # looked up by the caller; given twice: see add
            return False
        return number in self.numbers or self._db.execute(select(Instrument.id).where(
            Instrument.registry_number == number)).first() is not None

    def keep(self, org) -> None:
        self.organisations[org.id] = org
        self.organisation_keys.setdefault((org.name_key, org.country_id), org.id)
        self.organisation_keys.setdefault((org.name_key, None), org.id)  # any country

    def _organisation(self, party: PartyDraft):
        """As Registry._find_or_create_organisation: by name (and country), then by a former
        name, else a new body."""
        if party.organisation_id:
            return self.organisations[party.organisation_id]
        seen = self._found.get((party.name, party.country))
        if seen is not None:
            return seen
        key = name_key(party.name)
        country_id = self.registry._country_id(party.country)
        found = self.organisation_keys.get((key, country_id if party.country else None),
                                           self.former_keys.get(key))
        if found is not None:
            org = self._found[party.name, party.country] = self.organisations[found]
            return org
        values = {**self.new[Organisation](), "name": " ".join(party.name.split()),
                  "name_key": key, "country_id": country_id,
                  "kind": party.organisation_kind or guess_organisation_kind(party.name),
                  "id": self._next_temporary()}
        self.new_organisations.append(values)
        org = SimpleNamespace(**values)
        self.keep(org)
        self._audit("organisation", org, plain({"name": [None, org.name],
                                                "country": [None, party.country]}))
        for former, until in known_former_names(org.name, party.country):
            self.new_former_names.append({
                **self.new[OrganisationFormerName](), "organisation_id": org.id, "name": former,
                "name_key": name_key(former), "until": until})
            self.former[org.id] = (*self.former.get(org.id, ()), former)
            self.former_keys.setdefault(name_key(former), org.id)
            self._audit("organisation", org, plain(
                {"other_names": [None, other_name_text(former, until)]}))
        return org

    def _person(self, full_name: str, position: str, organisation_id: int) -> int | None:
        """As Registry._find_or_create_person."""
        full_name, position = " ".join(full_name.split()), position.strip()
        if not full_name:
            return None
        person = self.persons.get((full_name, organisation_id))
        if person is None:
            values = {**self.new[Person](), "full_name": full_name, "position": position,
                      "organisation_id": organisation_id, "id": self._next_temporary()}
            self.new_persons.append(values)
            person = self.persons[full_name, organisation_id] = [values["id"], position, values]
        elif position and person[1] != position:
            person[1] = position
            if person[0] > 0:
                self.position_updates[person[0]] = position
            else:
                person[2]["position"] = position
        return person[0]

    def _sector_rows(self, names: list[str]) -> list[tuple]:
        """As Registry._sector_ids, with each sector's names."""
        rows = []
        for name in dict.fromkeys(" ".join(n.split()) for n in names if n.strip()):
            if name not in self.sectors:
                values = {**self.new[Sector](), "name_ru": name, "id": self._next_temporary()}
                self.new_sectors.append(values)
                self.sectors[name] = (values["id"], name, values["name_ky"], values["name_en"])
            rows.append(self.sectors[name])
        return rows

    def _audit(self, table: str, record, changes: dict, instrument_id: int | None = None):
        """Queue an audit entry; `changes` are already JSON-ready values."""
        self.audits.append({**self.new[AuditEntry](), "user": self.user, "table_name": table,
                            "record_id": record.id, "record_uuid": record.uuid,
                            "instrument_id": instrument_id, "action": "create",
                            "changes": changes})

    # --- one instrument --------------------------------------------------------------------

    def check(self, draft: InstrumentDraft, remember: bool = True) -> list:
        """The problems of a new instrument (`Registry.save_instrument`'s checks); a draft
        without any is not checked again when it is added (`remember=False`: the caller
        keeps no hold on it and says so again with `checked`)."""
        if self._db is None:
            raise RuntimeError("The plan is closed: no more drafts can be added.")
        problems = self.registry._draft_problems(
            draft, self.today, number_taken=self._number_taken,
            meeting_exists=lambda mid: self._meeting_title(mid) is not None,
            organisation_of=self.organisations.get)
        if not problems and remember:
            self._checked[id(draft)] = draft
        return problems

    def enter(self, draft: InstrumentDraft) -> tuple | list:
        """What planning a checked draft takes from the plan, in the order of the drafts: its
        registry number (refused when an earlier draft gave it: the problem, in a list), the
        sequence it is numbered in, its bodies, signatories and sectors (found, or planned as
        new). `add` plans the draft's rows from them; a plan made by several processes
        (`importers.tables.parallel`) enters every draft here and has its rows planned by
        processes given the new bodies, persons and sectors as they stood before them."""
        number = draft.registry_number.strip()
        if number in self.numbers:  # given by an earlier draft of the plan
            return [problem("registry_number", "The registry number {number} is already "
                                               "taken.", number=number)]
        if number:
            self.numbers[number] = self.entered
        self.entered += 1
        parties = []  # (body, position, signatory id, "body (signatory)" as audited)
        for position, party in enumerate(draft.parties):
            org = self._organisation(party)
            person = self._person(party.signatory_name, party.signatory_position, org.id)
            signatory = " ".join(party.signatory_name.split())
            parties.append((org, position, person,
                            org.name + (f" ({signatory})" if person else "")))
        sectors = self._sector_rows(draft.sectors)
        sequence = ((draft.signed_date or self.today).year, draft.kind, draft.level)
        if not number:
            self.sequences.add(sequence)
        return number, parties, sectors, sequence

    def add(self, draft: InstrumentDraft) -> list:
        """Check one new instrument (unless `check` found nothing wrong with it) and plan it;
        returns its problems (then it is left out)."""
        if self._checked.pop(id(draft), None) is not draft:
            problems = self.check(draft)
            if problems:
                return problems
            del self._checked[id(draft)]
        entered = self.enter(draft)
        if isinstance(entered, list):
            return entered
        number, parties, sectors, sequence = entered
        registry = self.registry
        inst = SimpleNamespace(**self._instrument_row)
        if draft.uuid:
            inst.uuid = draft.uuid
        registry._fill(inst, draft)
        inst.updated_at = self.now
        inst.registry_number = number
        event_row = self._event_row
        events = [SimpleNamespace(**{
            **event_row, "kind": e.kind, "act_date": e.act_date,
            "effective_date": e.effective_date, "party_organisation_id": e.party_organisation_id,
            "reference": e.reference.strip(), "text": e.text.strip()})
            for e in draft.events or []]
        registry._set_derived(inst, events, None, self.today)
        meeting = self._meeting_title(draft.meeting_id) if draft.meeting_id else None
        rows = [(p[0], self.countries.get(p[0].country_id)) for p in parties]
        # in the order of the ids the sectors will have, as `Registry._index` lists them: those
        # on file first, then the new ones as planned (their temporary ids count down)
        in_order = sorted(sectors, key=lambda s: (s[0] < 0, abs(s[0])))
        parts = registry._set_index(inst, rows, self.former, meeting or "",
                                    [s[1:] for s in in_order], text=False)
        likely = number or self._likely.get(sequence)
        if not likely:  # a number of the pattern for the sequence, the same for all its rows
            likely = self._likely[sequence] = format_number(
                self.pattern, year=sequence[0], seq=0, kind=draft.kind, level=draft.level)
        document = search.PartialDocument(parts, _NUMBER_PART, likely)
        changes = _created(inst, [label for *_, label in parties],
                           sorted(s[1] for s in sectors),
                           sorted(events, key=lambda e: e.act_date))
        convert = self.convert
        audit = self._audit_row.copy()
        party_rows = []
        for o, position, person, _ in parties:
            row = self._party_row.copy()
            row[ORGANISATION_AT], row[_POSITION], row[SIGNATORY_AT] = o.id, position, person
            party_rows.append(tuple(row))
        self.planned.append(Planned(
            convert["instrument"](_INSTRUMENT_VALUES(inst)), number,
            sequence, document, (tuple(audit), AuditText(changes)),
            party_rows, [s[0] for s in sectors],
            [convert["event"](_EVENT_VALUES(e)) for e in events]))
        self.drafts.append(draft)
        return []
