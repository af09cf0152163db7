"""Writing instruments: create, update, events, the trash and placeholders, each change
audited with the instrument's whole state before and after."""

from __future__ import annotations

import time
import weakref
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Callable, Iterable, Iterator

from sqlalchemy import delete
from sqlmodel import Session, select

from ..audit import diff
from ..bulk import BulkPlan
from ..bulk_write import refuse_taken_numbers, write_plan
from ..collector import fewer_collections
from ..conflicts import AUDITED, Conflict, audited
from ..derivation import effective_on_signature, internal_act
from ..errors import NotFound, RegistryError, ValidationError, problem
from ..numbering import literal_prefix, next_number
from ..records import CheckMark, EventDraft, InstrumentDraft
from ..tables import (
    Instrument,
    InstrumentParty,
    InstrumentSector,
    Meeting,
    Organisation,
    Person,
    Sector,
    StatusEvent,
    utcnow,
)
from ..validation import INTERNATIONAL, party_without_country, validate_instrument
from .base import RegistryBase, writes

_DRAFT_COLUMNS = tuple(f for f in AUDITED if f not in ("languages", "effective_on_signature",
                                                        "internal_act"))


class InstrumentsMixin(RegistryBase):
    @writes
    def save_instrument(self, draft: InstrumentDraft, *,
                        overriding: Conflict | None = None) -> int:
        """Create (draft.id None) or update an instrument, its parties, sectors and, unless
        draft.events is None, its events. Returns its id.

        An update names the version it was made from (draft.row_version); if another clerk
        saved the instrument since, or moved it to the trash, `Conflict` says who and when
        and nothing is written. A clerk who saw their change and keeps theirs own saves again
        from the newer version with `overriding` the conflict, which the audit entry notes."""
        with self._write() as s:
            return self._save_instrument(s, draft, self.today(), overriding)

    def save_instruments(self, drafts: Iterable[InstrumentDraft],
                         progress: Callable[[int], None] | None = None, *,
                         checked_up_to: CheckMark | None = None) -> list[int]:
        """Save many instruments in one transaction (an import): all of them or none. The
        ValidationError lists the problems of every record, each marked with its number
        (1-based, in the order given). New records are checked and computed before the write
        lock is taken (models.bulk), so that other clerks wait only while they are numbered
        and inserted. `checked_up_to`: the mark (`instrument_mark`) of the check for
        duplicates made before (an import's): a draft repeating an instrument saved or
        changed since is refused."""
        # The drafts are taken in once: a write the engine asks to run again runs on the same
        # drafts (a generator given here would be spent by the first attempt).
        drafts = list(drafts)
        if not (drafts and all(d.id is None for d in drafts)):
            return self._save_one_by_one(drafts, progress)
        problems = []
        with self.planning(look_up_numbers=True) as plan:
            for n, draft in enumerate(drafts, 1):
                problems += [replace(p, record=n) for p in plan.add(draft)]
                if progress and n % 2 == 0:  # checking: the first half of the way
                    progress(n // 2)
        if problems:
            raise ValidationError(problems)
        half = len(drafts) // 2
        return self.save_plan(plan, progress and (lambda n: progress(half + (n + 1) // 2)),
                              checked_up_to=checked_up_to)

    @contextmanager
    def planning(self, *, look_up_numbers: bool = False) -> Iterator[BulkPlan]:
        """A plan of new instruments (`models.bulk.BulkPlan`) to `check` and `add` drafts to
        while the block runs (it reads what is on file once, at its start); nothing is
        written until `save_plan`. Only a plan made here is saved: every draft in it went
        through the registry's checks. `look_up_numbers=False`: the numbers drafts give are
        looked up by the caller in bulk (`instruments_by_number`), not one by one; the write
        refuses any taken in the end."""
        with fewer_collections(), self._reading() as s:
            plan = BulkPlan(self, s, self.today(), look_up_numbers=look_up_numbers)
            self._made_plans().add(plan)
            try:
                yield plan
            finally:
                plan.detach()

    def _made_plans(self) -> weakref.WeakSet:
        made = getattr(self, "_plans", None)
        if made is None:
            made = self._plans = weakref.WeakSet()
        return made

    def save_plan(self, plan: BulkPlan, progress: Callable[[int], None] | None = None, *,
                  checked_up_to: CheckMark | None = None) -> list[int]:
        """Write a plan made by `planning` in one transaction, all or nothing; the new
        instruments' ids, in the order they were added. `progress(n)`: n written.
        `checked_up_to`: as in `save_instruments`. A plan is written once; one this registry
        did not make is refused (its drafts were not checked here)."""
        if not isinstance(plan, BulkPlan) or plan not in self._made_plans() \
                or plan.registry is not self:
            raise RegistryError("The instruments were not checked by this registry; nothing "
                                "was written.")
        if plan.written:
            raise RegistryError("These instruments were already saved; nothing was written.")
        if not len(plan):
            return []
        with fewer_collections():
            ids = self._write_plan(plan, progress, checked_up_to)
        plan.written = True
        plan.planned.close()
        plan.drafts.close()
        return ids

    @writes
    def _write_plan(self, plan: BulkPlan, progress, checked_up_to) -> list[int]:
        """The write transaction of `save_plan`: run again as a whole when the engine asks,
        on the same plan (read again from its spool)."""
        started = time.perf_counter()
        try:
            with self._write() as s:
                refuse_taken_numbers(s.connection(), plan)
                if checked_up_to is not None:
                    problems = self._repeats_since(s, plan.drafts, checked_up_to)
                    if problems:
                        raise ValidationError(problems)
                return write_plan(self, s, plan, progress)
        finally:  # how long other clerks' saves waited at most (bench.import_bench)
            self.last_batch_lock_seconds = time.perf_counter() - started

    @writes
    def _save_one_by_one(self, drafts: list[InstrumentDraft], progress) -> list[int]:
        """Drafts of instruments on file too: each saved as `save_instrument` saves it, in one
        transaction."""
        today = self.today()
        ids: list[int] = []
        problems = []
        with self._write() as s:
            for n, draft in enumerate(drafts, 1):
                try:
                    with s.begin_nested():
                        ids.append(self._save_instrument(s, draft, today))
                except ValidationError as exc:
                    problems += [replace(p, record=n) for p in exc.problems]
                if progress:
                    progress(n)
            if problems:
                raise ValidationError(problems)
        return ids

    def _save_instrument(self, s: Session, draft: InstrumentDraft, today: date,
                         overriding: Conflict | None = None) -> int:
        inst = None
        if draft.id is not None:
            inst = s.get(Instrument, draft.id)
            if inst is None or (inst.deleted_at is not None and draft.row_version is None):
                raise NotFound("The instrument no. {id} does not exist.", id=draft.id)
            if inst.deleted_at is not None or draft.row_version not in (None,
                                                                          inst.row_version):
                raise self._conflict(s, "instrument", inst, inst.title,
                                     state="trashed" if inst.deleted_at else "changed")
        problems = self._draft_problems(
            draft, today,
            number_taken=lambda number: s.exec(select(Instrument.id).where(
                Instrument.registry_number == number,
                Instrument.id != (draft.id or -1))).first() is not None,
            meeting_exists=lambda mid: s.get(Meeting, mid) is not None,
            organisation_of=lambda oid: s.get(Organisation, oid))
        if problems:
            raise ValidationError(problems)

        old = self._snapshot(s, inst) if inst else {}
        if inst is None:
            inst = Instrument(registry_number="", title="", kind=draft.kind,
                              level=draft.level, created_by=self.user,
                              **({"uuid": draft.uuid} if draft.uuid else {}))
        self._fill(inst, draft)
        inst.registry_number = draft.registry_number.strip() or self._next_number(s, draft)
        if old:
            inst.row_version += 1
        s.add(inst)
        s.flush()
        self._write_parties(s, inst, draft)
        s.exec(delete(InstrumentSector).where(InstrumentSector.instrument_id == inst.id))
        for sid in self._sector_ids(s, draft.sectors):
            s.add(InstrumentSector(instrument_id=inst.id, sector_id=sid))
        if draft.events is not None:
            self._write_events(s, inst, draft.events)
        s.flush()
        self._derive(s, inst, today)
        new = self._snapshot(s, inst)
        changes = diff(old, new)
        if overriding is not None:
            changes["conflict"] = [None, overriding.stamp()]
        self._audit(s, "instrument", inst, "update" if old else "create", changes, inst.id)
        return inst.id

    def _draft_problems(self, draft: InstrumentDraft, today: date, *,
                        number_taken: Callable[[str], bool],
                        meeting_exists: Callable[[int], bool],
                        organisation_of: Callable[[int], object]) -> list:
        """Every problem of a draft; the callables look up what is already in the registry
        (`organisation_of`: the stored body, with its country_id and kind, or None)."""
        problems = validate_instrument(draft, today)
        for party in draft.parties:
            if party.country and party.country.upper() not in self._country_ids:
                problems.append(problem("parties", "Unknown country code “{code}”.",
                                        code=party.country))
        number = draft.registry_number.strip()
        if number and number_taken(number):
            problems.append(problem("registry_number", "The registry number {number} "
                                                       "is already taken.", number=number))
        if draft.meeting_id is not None and not meeting_exists(draft.meeting_id):
            problems.append(problem("meeting_id", "The meeting no. {id} does not exist.",
                                    id=draft.meeting_id))
        for n, party in enumerate(draft.parties, 1):
            if not party.organisation_id:
                continue
            org = organisation_of(party.organisation_id)
            if org is None:
                problems.append(problem("parties", "The organisation no. {id} does not "
                                                   "exist.", id=party.organisation_id))
            elif not (party.country or party.organisation_kind or draft.is_placeholder) and \
                    org.country_id is None and org.kind != INTERNATIONAL:
                problems.append(party_without_country(n))
        return problems

    def _fill(self, inst, draft: InstrumentDraft) -> None:
        """Copy what the clerk entered onto a stored instrument (or the values of a new row)."""
        for f in _DRAFT_COLUMNS:
            value = getattr(draft, f)
            setattr(inst, f, value.strip() if isinstance(value, str) else value)
        inst.languages = ",".join(draft.languages)
        inst.internal_act = internal_act(draft.kind, draft.level, draft.internal_act,
                                         draft.effective_on_signature)
        inst.effective_on_signature = effective_on_signature(draft.kind, None,
                                                             inst.internal_act)
        inst.updated_at, inst.updated_by = utcnow(), self.user

    def _next_number(self, s: Session, d: InstrumentDraft) -> str:
        pattern = self.number_pattern
        year = (d.signed_date or self.today()).year
        prefix = literal_prefix(pattern, year=year, kind=d.kind, level=d.level)
        existing = s.exec(select(Instrument.registry_number)
                          .where(Instrument.registry_number.startswith(prefix,
                                                                       autoescape=True))).all()
        return next_number(pattern, list(existing), year=year, kind=d.kind, level=d.level)

    def _write_parties(self, s: Session, inst: Instrument, d: InstrumentDraft) -> None:
        """The parties as the draft has them; a party that stays keeps its row (and counts a
        version when its place or signatory changes)."""
        wanted = {}  # body id -> (position, signatory id)
        for position, party in enumerate(d.parties):
            if party.organisation_id:
                org = s.get(Organisation, party.organisation_id)
                if org.country_id is None and party.country:  # a body on file without one
                    org.country_id = self._country_id(party.country)
                    s.add(org)
                    self._audit(s, "organisation", org, "update",
                                {"country": [None, party.country.upper()]})
            else:
                org = self._find_or_create_organisation(s, party.name, party.country,
                                                        party.organisation_kind)
            person = self._find_or_create_person(s, party.signatory_name,
                                                 party.signatory_position, org.id)
            wanted.setdefault(org.id, (position, person.id if person else None))
        rows = {p.organisation_id: p for p in s.exec(
            select(InstrumentParty).where(InstrumentParty.instrument_id == inst.id))}
        for oid, row in rows.items():
            if oid not in wanted:
                s.delete(row)
        s.flush()
        for oid, (position, signatory) in wanted.items():
            row = rows.get(oid)
            if row is None:
                s.add(InstrumentParty(instrument_id=inst.id, organisation_id=oid,
                                      position=position, signatory_id=signatory))
            elif (row.position, row.signatory_id) != (position, signatory):
                row.position, row.signatory_id = position, signatory
                row.row_version += 1
                s.add(row)
        s.flush()

    def _write_events(self, s: Session, inst: Instrument, events: list[EventDraft]) -> None:
        kept = {e.id for e in events if e.id}
        for row in s.exec(select(StatusEvent).where(StatusEvent.instrument_id == inst.id)):
            if row.id not in kept:
                s.delete(row)
        for e in events:
            row = s.get(StatusEvent, e.id) if e.id else None
            values = (e.kind, e.act_date, e.effective_date, e.party_organisation_id,
                      e.reference.strip(), e.text.strip())
            if row is None or row.instrument_id != inst.id:
                row = StatusEvent(instrument_id=inst.id, kind=e.kind, act_date=e.act_date,
                                  entered_by=self.user)
            elif e.row_version not in (None, row.row_version):
                raise self._conflict(s, "statusevent", inst, inst.title)
            elif values == (row.kind, row.act_date, row.effective_date,
                            row.party_organisation_id, row.reference, row.text):
                continue
            else:
                row.row_version += 1
            (row.kind, row.act_date, row.effective_date, row.party_organisation_id,
             row.reference, row.text) = values
            s.add(row)
        s.flush()

    def _snapshot(self, s: Session, inst: Instrument) -> dict:
        """The audited state of an instrument: its fields, parties, sectors and events."""
        parties = s.exec(select(Organisation.name, Person.full_name)
                         .join(InstrumentParty, InstrumentParty.organisation_id == Organisation.id)
                         .outerjoin(Person, Person.id == InstrumentParty.signatory_id)
                         .where(InstrumentParty.instrument_id == inst.id)
                         .order_by(InstrumentParty.position)).all()
        sectors = list(s.exec(select(Sector.name_ru).join(
            InstrumentSector, InstrumentSector.sector_id == Sector.id)
            .where(InstrumentSector.instrument_id == inst.id).order_by(Sector.name_ru)).all())
        events = s.exec(select(StatusEvent).where(StatusEvent.instrument_id == inst.id)
                        .order_by(StatusEvent.act_date, StatusEvent.id)).all()
        return audited(inst, [n + (f" ({p})" if p else "") for n, p in parties], sectors, events)

    def add_event(self, instrument_id: int, event: EventDraft) -> int:
        """Add one status event (checked against the instrument as a whole)."""
        detail = self.instrument(instrument_id)
        draft = detail.to_draft()
        draft.events = [*draft.events, EventDraft(**{**event.__dict__, "id": None})]
        before = {e.id for e in detail.events}
        self.save_instrument(draft)
        with self._read() as s:
            ids = s.exec(select(StatusEvent.id)
                         .where(StatusEvent.instrument_id == instrument_id)).all()
        return max(set(ids) - before)

    def update_event(self, instrument_id: int, event: EventDraft) -> None:
        draft = self.instrument(instrument_id).to_draft()
        if event.id not in {e.id for e in draft.events}:
            raise NotFound("The event no. {id} does not exist.", id=event.id)
        draft.events = [event if e.id == event.id else e for e in draft.events]
        self.save_instrument(draft)

    def remove_event(self, instrument_id: int, event_id: int) -> None:
        draft = self.instrument(instrument_id).to_draft()
        if event_id not in {e.id for e in draft.events}:
            raise NotFound("The event no. {id} does not exist.", id=event_id)
        draft.events = [e for e in draft.events if e.id != event_id]
        self.save_instrument(draft)

    def delete_instrument(self, instrument_id: int) -> None:
        """Move to the trash; restore_instrument brings it back."""
        self._set_deleted(Instrument, instrument_id, "instrument", True)

    def restore_instrument(self, instrument_id: int) -> None:
        """Out of the trash; a record merged into another takes back what moved to it."""
        if self.merged_into(instrument_id) is not None:
            self.undo_merge(instrument_id)
            return
        self._set_deleted(Instrument, instrument_id, "instrument", False)

    @writes
    def _set_deleted(self, table, record_id: int, name: str, deleted: bool) -> None:
        with self._write() as s:
            row = s.get(table, record_id)
            if row is None:
                raise NotFound("The record no. {id} does not exist.", id=record_id)
            if (row.deleted_at is not None) == deleted:
                return
            old = row.deleted_at
            row.deleted_at = utcnow() if deleted else None
            row.row_version += 1
            s.add(row)
            self._audit(s, name, row, "delete" if deleted else "restore",
                        {"deleted_at": [old, row.deleted_at]},
                        row.id if table is Instrument else None)
            if table is Instrument and not deleted:
                self._derive(s, row, self.today())

