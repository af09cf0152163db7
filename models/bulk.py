"""Saving many new instruments in one transaction (imports, generated registries), fast.

The same checks, registry numbers, derived columns, search text and audit entries as
`Registry.save_instrument`, which costs one ORM flush after another per record (15-20 ms). Here
bodies, persons, sectors, meetings and number sequences are looked up once per batch and kept,
and rows are written with Core inserts a chunk at a time: about a thousand records a second.
"""

from __future__ import annotations

from types import SimpleNamespace

from pydantic_core import PydanticUndefined
from sqlalchemy import insert, update
from sqlmodel import Session, select

from .audit import diff, plain
from .conflicts import audited
from .numbering import format_number, literal_prefix, number_regex
from .parties import guess_organisation_kind, known_former_names, name_key, other_name_text
from .records import InstrumentDraft, PartyDraft
from .tables import (AuditEntry, Country, Instrument, InstrumentParty, InstrumentSector,
                     Meeting, Organisation, OrganisationFormerName, Person, Sector, StatusEvent)

CHUNK = 500


def _defaults(model):
    """A function giving a new row's default values, as the model's constructor would."""
    static, factories = {}, {}
    for name, info in model.model_fields.items():
        column = model.__table__.columns.get(name)
        if column is None or (column.primary_key and info.default is None):
            continue
        if info.default_factory is not None:
            factories[name] = info.default_factory
        elif info.default is not PydanticUndefined:
            static[name] = info.default
    return lambda: {**static, **{k: f() for k, f in factories.items()}}


_ORGANISATION = select(Organisation.__table__)
_NEW = {model: _defaults(model) for model in (Instrument, InstrumentParty, StatusEvent,
                                              AuditEntry, Organisation, Person, Sector,
                                              OrganisationFormerName)}


class BulkInsert:
    """One batch of new instruments inside the registry's write transaction `s`."""

    def __init__(self, registry, s: Session, today):
        self.registry, self.today = registry, today
        self.db = s.connection()  # Core statements on the session's transaction
        self.user = registry.user
        self.pattern = registry.number_pattern
        self.countries = {c.id: c for c in s.exec(select(Country)).all()}
        # The bodies, persons and sectors already there, loaded once; the first by id wins,
        # as the single save's queries find it.
        self.organisations: dict[int, object] = {}
        self.organisation_keys: dict[tuple[str, int | None], int] = {}
        for org in self.db.execute(_ORGANISATION.order_by(Organisation.id)):
            self._keep(org)
        self.former: dict[int, tuple[str, ...]] = {}
        self.former_keys: dict[str, int] = {}
        for oid, name, key in self.db.execute(select(
                OrganisationFormerName.organisation_id, OrganisationFormerName.name,
                OrganisationFormerName.name_key).order_by(OrganisationFormerName.id)):
            self.former[oid] = (*self.former.get(oid, ()), name)
            self.former_keys.setdefault(key, oid)
        self.persons: dict[tuple[str, int], list] = {}  # (name, body) -> [id, position]
        for pid, name, oid, position in self.db.execute(select(
                Person.id, Person.full_name, Person.organisation_id, Person.position)
                .order_by(Person.id)):
            self.persons.setdefault((name, oid), [pid, position])
        self.sectors = {row[1]: tuple(row) for row in self.db.execute(select(
            Sector.id, Sector.name_ru, Sector.name_ky, Sector.name_en))}
        self.meetings: dict[int, str | None] = {}  # id -> title (None: no such meeting)
        self.taken: set[str] = set()  # registry numbers given in this batch
        self.sequences: dict[str, list] = {}  # regex -> [highest running number]
        self.by_prefix: dict[str, list] = {}  # literal prefix -> [(regex, sequence)]
        self.prefix_lengths: set[int] = set()
        self.pending: list[tuple] = []
        self.audits: list[dict] = []
        self.ids: list[int] = []

    # --- lookups ---------------------------------------------------------------------------

    def _number_taken(self, number: str) -> bool:
        return number in self.taken or self.db.execute(select(Instrument.id).where(
            Instrument.registry_number == number)).first() is not None

    def _meeting_title(self, meeting_id: int) -> str | None:
        if meeting_id not in self.meetings:
            self.meetings[meeting_id] = self.db.execute(
                select(Meeting.title).where(Meeting.id == meeting_id)).scalar()
        return self.meetings[meeting_id]

    def _keep(self, org) -> None:
        self.organisations[org.id] = org
        self.organisation_keys.setdefault((org.name_key, org.country_id), org.id)
        self.organisation_keys.setdefault((org.name_key, None), org.id)  # any country

    def _organisation(self, party: PartyDraft):
        """As Registry._find_or_create_organisation: by name (and country), then by a former
        name, else a new body."""
        if party.organisation_id:
            return self.organisations[party.organisation_id]
        key = name_key(party.name)
        country_id = self.registry._country_id(party.country)
        found = self.organisation_keys.get((key, country_id if party.country else None),
                                           self.former_keys.get(key))
        if found is not None:
            return self.organisations[found]
        values = {**_NEW[Organisation](), "name": " ".join(party.name.split()),
                  "name_key": key, "country_id": country_id,
                  "kind": party.organisation_kind or guess_organisation_kind(party.name)}
        values["id"] = self._insert_one(Organisation, values)
        org = SimpleNamespace(**values)
        self._keep(org)
        self._audit("organisation", org, plain({"name": [None, org.name],
                                                "country": [None, party.country]}))
        for former, until in known_former_names(org.name, party.country):
            self._insert_one(OrganisationFormerName, {
                **_NEW[OrganisationFormerName](), "organisation_id": org.id, "name": former,
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
            values = {**_NEW[Person](), "full_name": full_name, "position": position,
                      "organisation_id": organisation_id}
            person = self.persons[full_name, organisation_id] = [
                self._insert_one(Person, values), position]
        elif position and person[1] != position:
            self.db.execute(update(Person).where(Person.id == person[0]).values(position=position))
            person[1] = position
        return person[0]

    def _sector_rows(self, names: list[str]) -> list[tuple]:
        """As Registry._sector_ids, with each sector's names."""
        rows = []
        for name in dict.fromkeys(" ".join(n.split()) for n in names if n.strip()):
            if name not in self.sectors:
                values = {**_NEW[Sector](), "name_ru": name}
                self.sectors[name] = (self._insert_one(Sector, values), name, values["name_ky"],
                                      values["name_en"])
            rows.append(self.sectors[name])
        return rows

    def _next_number(self, d: InstrumentDraft) -> str:
        """As Registry._next_number, counting on from the highest number of each sequence."""
        year = d.signed_date.year
        regex = number_regex(self.pattern, year=year, kind=d.kind, level=d.level)
        sequence = self.sequences.get(regex.pattern)
        if sequence is None:
            prefix = literal_prefix(self.pattern, year=year, kind=d.kind, level=d.level)
            existing = self.db.execute(select(Instrument.registry_number).where(
                Instrument.registry_number.startswith(prefix, autoescape=True))).scalars().all()
            existing += [inst.registry_number for inst, *_ in self.pending]  # not written yet
            sequence = self.sequences[regex.pattern] = [max(
                (int(m.group(1)) for n in existing if (m := regex.match(n))), default=0)]
            self.by_prefix.setdefault(prefix, []).append((regex, sequence))
            self.prefix_lengths.add(len(prefix))
        return format_number(self.pattern, year=year, seq=sequence[0] + 1, kind=d.kind,
                             level=d.level)

    def _take(self, number: str) -> None:
        """Every sequence the number belongs to now counts on from it."""
        self.taken.add(number)
        for length in self.prefix_lengths:
            for regex, sequence in self.by_prefix.get(number[:length], ()):
                if m := regex.match(number):
                    sequence[0] = max(sequence[0], int(m.group(1)))

    # --- writing -------------------------------------------------------------------------

    def _insert_one(self, model, values: dict) -> int:
        return self.db.execute(insert(model.__table__).returning(model.__table__.c.id),
                              values).scalar_one()

    def _audit(self, table: str, record, changes: dict, instrument_id: int | None = None):
        """Queue an audit entry; `changes` are already JSON-ready values."""
        self.audits.append({**_NEW[AuditEntry](), "user": self.user, "table_name": table,
                            "record_id": record.id, "record_uuid": record.uuid,
                            "instrument_id": instrument_id, "action": "create",
                            "changes": changes})

    def add(self, draft: InstrumentDraft) -> list:
        """Check one new instrument and queue it; returns its problems (then it is skipped)."""
        registry = self.registry
        problems = registry._draft_problems(
            draft, self.today, number_taken=self._number_taken,
            meeting_exists=lambda mid: self._meeting_title(mid) is not None,
            organisation_of=self.organisations.get)
        if problems:
            return problems
        inst = SimpleNamespace(**{**_NEW[Instrument](), "created_by": self.user})
        if draft.uuid:
            inst.uuid = draft.uuid
        registry._fill(inst, draft)
        inst.registry_number = draft.registry_number.strip() or self._next_number(draft)
        self._take(inst.registry_number)
        parties = []  # (body, position, signatory id, "body (signatory)" as audited)
        for position, party in enumerate(draft.parties):
            org = self._organisation(party)
            person = self._person(party.signatory_name, party.signatory_position, org.id)
            signatory = " ".join(party.signatory_name.split())
            parties.append((org, position, person,
                            org.name + (f" ({signatory})" if person else "")))
        sectors = self._sector_rows(draft.sectors)
        events = [SimpleNamespace(**{
            **_NEW[StatusEvent](), "kind": e.kind, "act_date": e.act_date,
            "effective_date": e.effective_date, "party_organisation_id": e.party_organisation_id,
            "reference": e.reference.strip(), "text": e.text.strip(), "entered_by": self.user})
            for e in draft.events or []]
        registry._set_derived(inst, events, None, self.today)
        meeting = self._meeting_title(draft.meeting_id) if draft.meeting_id else None
        registry._set_index(inst, [(p[0], self.countries.get(p[0].country_id)) for p in parties],
                            self.former, meeting or "", [s[1:] for s in sorted(sectors)])
        self.pending.append((inst, parties, sectors, events))
        if len(self.pending) >= CHUNK:
            self._flush()
        return []

    def _flush(self) -> None:
        if not self.pending:
            return
        # One multi-row insert; RETURNING in parameter order would cost a statement per row.
        self.db.execute(insert(Instrument.__table__), [vars(inst) for inst, *_ in self.pending])
        uuids = [inst.uuid for inst, *_ in self.pending]
        by_uuid = dict(self.db.execute(select(Instrument.uuid, Instrument.id)
                                       .where(Instrument.uuid.in_(uuids))).all())
        ids = [by_uuid[u] for u in uuids]
        party_rows, sector_rows, event_rows = [], [], []
        for iid, (inst, parties, sectors, events) in zip(ids, self.pending):
            inst.id = iid
            party_rows += [{**_NEW[InstrumentParty](), "instrument_id": iid,
                            "organisation_id": o.id, "position": position,
                            "signatory_id": person} for o, position, person, _ in parties]
            sector_rows += [{"instrument_id": iid, "sector_id": sid} for sid, *_ in sectors]
            for e in events:
                e.instrument_id = iid
                event_rows.append(vars(e))
            snapshot = audited(inst, [label for *_, label in parties],
                               sorted(s[1] for s in sectors),
                               sorted(events, key=lambda e: e.act_date))
            self._audit("instrument", inst, diff({}, snapshot), iid)
        for model, rows in ((InstrumentParty, party_rows), (InstrumentSector, sector_rows),
                            (StatusEvent, event_rows), (AuditEntry, self.audits)):
            if rows:
                self.db.execute(insert(model.__table__), rows)
        self.ids += ids
        self.pending, self.audits = [], []

    def finish(self) -> list[int]:
        """Write what is still queued; the ids of the new instruments, in the order given."""
        self._flush()
        return self.ids
