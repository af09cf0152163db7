"""Columns derived from an instrument's events and the date (status, deadlines, sort keys,
search text), kept fresh as days pass, and the deadline list read from them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import or_
from sqlmodel import Session, select

from .. import search
from ..deadlines import DEFAULT_HORIZON_DAYS, deadlines_for
from ..derivation import facts_of, terms_of
from ..records import DeadlineItem
from ..status import derive_status
from ..tables import (
    Country,
    Instrument,
    InstrumentParty,
    InstrumentSector,
    Meeting,
    Organisation,
    Relation,
    Sector,
    StatusEvent,
)
from .base import RegistryBase, chunks, writes

REFRESH_BATCH = 500


class DerivedMixin(RegistryBase):
    def deadlines(self, days: int = DEFAULT_HORIZON_DAYS, *,
                  include_restricted: bool = True) -> list[DeadlineItem]:
        """Every deadline due within `days` days (overdue ones included), most urgent first.

        An instrument has at most one open deadline (see `deadlines_for`), and its derived
        columns hold it, fresh for today: one indexed query, however large the registry."""
        self._refresh_if_new_day()
        today = self.today()
        horizon = today + timedelta(days=days)
        q = select(Instrument.id, Instrument.registry_number, Instrument.title,
                   Instrument.next_deadline_kind, Instrument.next_deadline, Instrument.status,
                   Instrument.counterpart, Instrument.confidentiality, Instrument.title_ky,
                   Instrument.title_en).where(
            Instrument.deleted_at.is_(None), Instrument.next_deadline.is_not(None),
            Instrument.next_deadline <= horizon).order_by(
            Instrument.next_deadline, Instrument.registry_number, Instrument.id)
        if not include_restricted:
            q = q.where(Instrument.confidentiality != "restricted")
        with self._read() as s:
            return [self._deadline_item(r, r.next_deadline_kind, r.next_deadline, today)
                    for r in s.execute(q)]

    def _deadline_item(self, r: Instrument, kind: str, due: date, today: date) -> DeadlineItem:
        return DeadlineItem(r.id, r.registry_number, r.title, kind, due, (due - today).days,
                            r.status, r.counterpart, r.confidentiality,
                            getattr(r, "title_ky", ""), getattr(r, "title_en", ""))

    # --- derived columns ------------------------------------------------------------------

    def _events_by_instrument(self, s: Session, ids: list[int]) -> dict[int, list]:
        out: dict[int, list] = defaultdict(list)
        for chunk in chunks(ids, 900):
            for e in s.execute(select(*StatusEvent.__table__.columns)
                               .where(StatusEvent.instrument_id.in_(chunk))):
                out[e.instrument_id].append(e)
        return out

    def _superseded_on(self, s: Session, instrument_id: int) -> date | None:
        rows = s.exec(select(Relation.effective_date, Instrument.signed_date)
                      .join(Instrument, Instrument.id == Relation.source_id)
                      .where(Relation.target_id == instrument_id, Relation.kind == "replaces",
                             Instrument.deleted_at.is_(None))).all()
        dates = [eff or signed for eff, signed in rows if eff or signed]
        return min(dates) if dates else None

    def _derive(self, s: Session, inst: Instrument, today: date, events=None) -> None:
        """Recompute the cached columns the list filters and sorts by."""
        if events is None:
            events = s.exec(select(StatusEvent)
                            .where(StatusEvent.instrument_id == inst.id)).all()
        self._set_derived(inst, events, self._superseded_on(s, inst.id), today)
        self._index(s, inst)
        s.add(inst)

    def _set_derived(self, inst, events, superseded_on: date | None, today: date) -> None:
        terms = terms_of(inst, superseded_on)
        facts = facts_of(events, inst.multilateral)
        result = derive_status(terms, facts, today)
        due = [] if inst.is_placeholder else deadlines_for(terms, facts, today,
                                                             self.procedure_days, result)
        inst.status = result.status
        inst.in_force_since = result.term.in_force_since
        inst.expiry_date = result.term.final_expiry
        inst.next_deadline = due[0].due if due else None
        inst.next_deadline_kind = due[0].kind if due else None
        inst.derived_on, inst.derived_until = today, result.changes_on

    def _index(self, s: Session, inst: Instrument) -> None:
        """The sort keys and the searchable text of an instrument."""
        rows = s.exec(select(Organisation, Country)
                      .join(InstrumentParty, InstrumentParty.organisation_id == Organisation.id)
                      .outerjoin(Country, Country.id == Organisation.country_id)
                      .where(InstrumentParty.instrument_id == inst.id)
                      .order_by(InstrumentParty.position)).all()
        former = self._former_names(s, [o.id for o, _ in rows])
        meeting = s.get(Meeting, inst.meeting_id) if inst.meeting_id else None
        sectors = s.exec(select(Sector.name_ru, Sector.name_ky, Sector.name_en).join(
            InstrumentSector, InstrumentSector.sector_id == Sector.id)
            .where(InstrumentSector.instrument_id == inst.id).order_by(Sector.id)).all()
        self._set_index(inst, rows, former, meeting.title if meeting else "", sectors)

    def _set_index(self, inst, rows, former: dict, meeting_title: str, sectors, *,
                   text: bool = True) -> list[str]:
        """Sort keys and searchable text from the parties as (organisation, country or None)
        pairs in order, their former names, the meeting's title and (ru, ky, en) sectors;
        the texts it is found by (`text=False`: the search text is left to the caller)."""
        home = self._country_ids.get(self.home_country)
        counterpart = [c.name_ru for o, c in rows if c is not None and c.id != home]
        if not counterpart:
            counterpart = [o.name for o, c in rows if c is None]
        inst.counterpart = ", ".join(dict.fromkeys(counterpart))
        inst.title_key = search.normalise(inst.title)
        parts = self._index_parts(inst, rows, former, meeting_title, sectors)
        if text:
            inst.search_text = search.document(parts)
        return parts

    @staticmethod
    def _index_parts(inst, rows, former: dict, meeting_title: str, sectors) -> list[str]:
        """The texts an instrument is found by."""
        parts = [inst.title, inst.title_ky, inst.title_en, inst.registry_number, inst.subject,
                 inst.notes, inst.signed_place, meeting_title]
        for o, c in rows:
            parts += [o.name, o.short_name, o.name_ky, o.name_en, *former.get(o.id, ())]
            if c is not None:
                parts += [c.name_ru, c.name_ky, c.name_en, c.official_ru, c.abbreviation]
        for names in sectors:
            parts += list(names)
        return parts

    def _rederive(self, s: Session, ids: Iterable[int]) -> None:
        today = self.today()
        ids = list(ids)
        events = self._events_by_instrument(s, ids)
        for chunk in chunks(ids, 900):
            for inst in s.exec(select(Instrument).where(Instrument.id.in_(chunk))).all():
                self._derive(s, inst, today, events.get(inst.id, []))

    def _refresh_if_new_day(self) -> None:
        if self.__dict__.get("_refreshed_on") != self.today():
            self.refresh_derived()

    @writes
    def refresh_derived(self, force: bool = False) -> int:
        """Recompute the derived columns that may have changed since they were computed
        (the date moved past a deadline or an event's date). Returns how many were updated."""
        today = self.today()
        with self._read() as s:
            q = select(Instrument.id)
            if not force:
                q = q.where(or_(Instrument.derived_on.is_(None), Instrument.derived_on > today,
                                Instrument.derived_until <= today))
            ids = list(s.exec(q).all())
        for chunk in chunks(ids, REFRESH_BATCH):
            with self._write(maintenance=True) as s:
                self._rederive(s, chunk)
        self._refreshed_on = today
        return len(ids)
