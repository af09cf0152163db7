"""Reading instruments: the filtered, sorted, paged list and one instrument in full, with its
history."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, or_
from sqlmodel import Session, select

from .. import search
from ..deadlines import deadlines_for
from ..derivation import facts_of, internal_act, terms_of
from ..errors import NotFound, RegistryError
from ..records import (
    AuditView,
    EventView,
    InstrumentDetail,
    InstrumentFilter,
    InstrumentRow,
    Page,
    PartyRef,
    RelationView,
)
from ..status import derive_status, event_order
from ..tables import (
    Attachment,
    AuditEntry,
    Instrument,
    InstrumentParty,
    InstrumentSector,
    Meeting,
    Organisation,
    Person,
    Relation,
    Sector,
    StatusEvent,
)
from .base import RegistryBase, chunks
from .meetings import meeting_row

SORT_KEYS = ("registry_number", "title", "kind", "level", "counterpart", "signed_date",
             "status", "next_deadline")
# What a list row needs: plain rows of these load several times faster than whole records
# with their long texts.
_ROW_COLUMNS = (Instrument.id, Instrument.uuid, Instrument.registry_number, Instrument.title,
                Instrument.kind, Instrument.level, Instrument.status, Instrument.signed_date,
                Instrument.signed_date_precision, Instrument.counterpart,
                Instrument.next_deadline, Instrument.next_deadline_kind, Instrument.meeting_id,
                Instrument.confidentiality, Instrument.deleted_at, Instrument.title_ky,
                Instrument.title_en, Instrument.multilateral, Instrument.in_force_since)
_SORT_COLUMNS = {
    "registry_number": Instrument.registry_number, "title": Instrument.title_key,
    "kind": Instrument.kind, "level": Instrument.level, "counterpart": Instrument.counterpart,
    "signed_date": Instrument.signed_date, "status": Instrument.status,
    "next_deadline": Instrument.next_deadline,
}
# Fields of an instrument the audit log records (derived and bookkeeping columns are left out).


class ListingMixin(RegistryBase):
    def _filtered(self, q, f: InstrumentFilter):
        q = q.where(Instrument.deleted_at.is_not(None) if f.deleted
                    else Instrument.deleted_at.is_(None))
        if f.text:
            q = q.where(search.text_condition(f.text, self.engine.dialect.name))
        # IN (the few matching ids, found through indexes) rather than EXISTS per row: a count
        # at 100,000 instruments stays in milliseconds.
        if f.country:
            cid = self._country_ids.get(f.country.upper(), -1)
            q = q.where(Instrument.id.in_(select(InstrumentParty.instrument_id)
                                          .join(Organisation,
                                                Organisation.id == InstrumentParty.organisation_id)
                                          .where(Organisation.country_id == cid)))
        if f.organisation_id:
            q = q.where(Instrument.id.in_(select(InstrumentParty.instrument_id).where(
                InstrumentParty.organisation_id == f.organisation_id)))
        for attr in ("kind", "level", "status", "meeting_id"):
            value = getattr(f, attr)
            if value is not None and value != "":
                q = q.where(getattr(Instrument, attr) == value)
        if f.sector:
            q = q.where(Instrument.id.in_(select(InstrumentSector.instrument_id)
                                          .join(Sector, Sector.id == InstrumentSector.sector_id)
                                          .where(Sector.name_ru == f.sector)))
        if f.signed_from:
            q = q.where(Instrument.signed_date >= f.signed_from)
        if f.signed_to:
            q = q.where(Instrument.signed_date <= f.signed_to)
        if not f.include_restricted:
            q = q.where(Instrument.confidentiality != "restricted")
        if f.ids is not None:
            q = q.where(Instrument.id.in_(f.ids))
        return q

    def count_instruments(self, f: InstrumentFilter | None = None) -> int:
        self._refresh_if_new_day()
        with self._read() as s:
            return s.exec(self._filtered(select(func.count(Instrument.id)),
                                         f or InstrumentFilter())).one()

    def list_instruments(self, f: InstrumentFilter | None = None, *, sort: str = "signed_date",
                         descending: bool = True, offset: int = 0,
                         limit: int | None = None, with_total: bool = True) -> Page:
        """One page of the instrument list. `limit=None` returns every match."""
        if sort not in _SORT_COLUMNS:
            raise RegistryError("Cannot sort by “{key}”.", key=sort)
        f = f or InstrumentFilter()
        self._refresh_if_new_day()
        order = order_by(_SORT_COLUMNS[sort], descending, self.engine.dialect.name)
        with self._read() as s:
            q = self._filtered(select(*_ROW_COLUMNS), f).order_by(*order).offset(offset)
            if limit is not None:
                q = q.limit(limit)
            rows = s.execute(q).all()
            if with_total:
                total = offset + len(rows) if limit is None or (len(rows) < limit and (
                    rows or offset == 0)) else s.exec(self._filtered(
                        select(func.count(Instrument.id)), f)).one()
            else:
                total = -1
            parties = self._parties(s, [r.id for r in rows])
            return Page(tuple(self._row(r, parties.get(r.id, ())) for r in rows), total,
                        offset, limit if limit is not None else len(rows))

    def _parties(self, s: Session, ids: list[int]) -> dict[int, tuple[PartyRef, ...]]:
        out: dict[int, list[PartyRef]] = defaultdict(list)
        for chunk in chunks(ids, 900):
            q = (select(InstrumentParty.instrument_id, Organisation.id, Organisation.name,
                        Organisation.country_id, Organisation.short_name, Organisation.kind,
                        Person.full_name, Person.position, Organisation.name_ky,
                        Organisation.name_en)
                 .join(Organisation, Organisation.id == InstrumentParty.organisation_id)
                 .outerjoin(Person, Person.id == InstrumentParty.signatory_id)
                 .where(InstrumentParty.instrument_id.in_(chunk))
                 .order_by(InstrumentParty.instrument_id, InstrumentParty.position))
            for iid, oid, name, country_id, short, kind, person, position, ky, en in \
                    s.execute(q):
                out[iid].append(PartyRef(oid, name, self._country_codes.get(country_id),
                                         short, kind, person or "", position or "", ky, en))
        return {k: tuple(v) for k, v in out.items()}

    def _row(self, r: Instrument, parties) -> InstrumentRow:
        return InstrumentRow(r.id, r.uuid, r.registry_number, r.title, r.kind, r.level,
                             r.status, r.signed_date, r.signed_date_precision, r.counterpart,
                             r.next_deadline, r.next_deadline_kind, r.meeting_id,
                             r.confidentiality, tuple(parties), r.deleted_at, r.title_ky,
                             r.title_en, r.multilateral, r.in_force_since)

    def instrument(self, instrument_id: int) -> InstrumentDetail:
        """Everything about one instrument (also one in the trash)."""
        self._refresh_if_new_day()
        today = self.today()
        with self._read() as s:
            r = s.get(Instrument, instrument_id)
            if r is None:
                raise NotFound("The instrument no. {id} does not exist.", id=instrument_id)
            row = self._row(r, self._parties(s, [r.id]).get(r.id, ()))
            meeting = None
            if r.meeting_id:
                m = s.get(Meeting, r.meeting_id)
                n = s.exec(select(func.count(Instrument.id)).where(
                    Instrument.meeting_id == m.id, Instrument.deleted_at.is_(None))).one()
                meeting = meeting_row(m, n, self._meeting_countries(s, [m.id]).get(m.id, ()))
            events = sorted(s.exec(select(StatusEvent)
                                   .where(StatusEvent.instrument_id == r.id)).all(),
                            key=lambda e: (*event_order(e.kind, e.effective_date or e.act_date),
                                           e.id))
            party_names = {p.organisation_id: p.name for p in row.parties}
            event_views = tuple(EventView(e.id, e.uuid, e.kind, e.act_date, e.effective_date,
                                          e.party_organisation_id,
                                          party_names.get(e.party_organisation_id, ""),
                                          e.reference, e.text, e.entered_by, e.entered_at,
                                          e.row_version)
                                for e in events)
            relations = self._relations(s, r.id)
            attachments = s.exec(select(Attachment).where(Attachment.instrument_id == r.id,
                                                          Attachment.deleted_at.is_(None))
                                 .order_by(Attachment.kind, Attachment.version)).all()
            sectors = s.exec(select(Sector.name_ru).join(
                InstrumentSector, InstrumentSector.sector_id == Sector.id)
                .where(InstrumentSector.instrument_id == r.id).order_by(Sector.name_ru)).all()
            superseded_on = self._superseded_on(s, r.id)
            terms = terms_of(r, superseded_on)
            facts = facts_of(events, r.multilateral)
            result = derive_status(terms, facts, today)
            deadlines = () if r.is_placeholder else tuple(
                self._deadline_item(r, d.kind, d.due, today)
                for d in deadlines_for(terms, facts, today, self.procedure_days, result))
            return InstrumentDetail(
                row=row, title_ky=r.title_ky, title_en=r.title_en, multilateral=r.multilateral,
                subject=r.subject, sectors=tuple(sectors), signed_place=r.signed_place,
                meeting=meeting, languages=tuple(x for x in r.languages.split(",") if x),
                duration_years=r.duration_years, renewal_years=r.renewal_years,
                renewal_notice_months=r.renewal_notice_months, max_renewals=r.max_renewals,
                effective_on_signature=r.effective_on_signature,
                responsible_body=r.responsible_body, responsible_clerk=r.responsible_clerk,
                original_location=r.original_location, notes=r.notes,
                is_placeholder=r.is_placeholder, events=event_views, relations=relations,
                attachments=tuple(self._attachment_view(a) for a in attachments),
                deadlines=deadlines, in_force_since=result.term.in_force_since,
                expiry_date=result.term.final_expiry, created_at=r.created_at,
                created_by=r.created_by, updated_at=r.updated_at, updated_by=r.updated_by,
                internal_act=r.internal_act or internal_act(r.kind, r.level, None,
                                                            r.effective_on_signature),
                depositary=r.depositary, row_version=r.row_version)

    def events_of(self, ids: list[int], kinds: tuple[str, ...] | None = None
                  ) -> dict[int, tuple[EventView, ...]]:
        """The events of many instruments at once (of `kinds` only, if given), each
        instrument's in the order they took effect: for lists that print acts, publication
        and registration beside every row."""
        out: dict[int, list] = defaultdict(list)
        with self._read() as s:
            for chunk in chunks(ids, 900):
                q = (select(StatusEvent, Organisation.name)
                     .outerjoin(Organisation,
                                Organisation.id == StatusEvent.party_organisation_id)
                     .where(StatusEvent.instrument_id.in_(chunk)))
                if kinds:
                    q = q.where(StatusEvent.kind.in_(kinds))
                for e, party in s.execute(q):
                    out[e.instrument_id].append(EventView(
                        e.id, e.uuid, e.kind, e.act_date, e.effective_date,
                        e.party_organisation_id, party or "", e.reference, e.text, e.entered_by,
                        e.entered_at))
        return {k: tuple(sorted(v, key=lambda e: (*event_order(e.kind, e.effective_date or
                                                               e.act_date), e.id)))
                for k, v in out.items()}

    def amendments_of(self, ids: list[int]) -> dict[int, tuple[int, ...]]:
        """For each of `ids`, the live instruments that amend or supplement it ("amends",
        "supplements" links), oldest first: lists print them under the instrument."""
        out: dict[int, list] = defaultdict(list)
        with self._read() as s:
            for chunk in chunks(ids, 900):
                q = (select(Relation.target_id, Relation.source_id)
                     .join(Instrument, Instrument.id == Relation.source_id)
                     .where(Relation.target_id.in_(chunk),
                            Relation.kind.in_(("amends", "supplements")),
                            Instrument.deleted_at.is_(None))
                     .order_by(Instrument.signed_date, Instrument.id))
                for target, source in s.execute(q):
                    if source not in out[target]:
                        out[target].append(source)
        return {k: tuple(v) for k, v in out.items()}

    def _relations(self, s: Session, instrument_id: int) -> tuple[RelationView, ...]:
        out = []
        rels = s.exec(select(Relation).where(or_(Relation.source_id == instrument_id,
                                                 Relation.target_id == instrument_id))).all()
        for rel in rels:
            outgoing = rel.source_id == instrument_id
            other = s.get(Instrument, rel.target_id if outgoing else rel.source_id)
            out.append(RelationView(rel.id, rel.kind, outgoing, other.id, other.title,
                                    other.registry_number, other.signed_date,
                                    rel.effective_date, rel.note, other.title_ky,
                                    other.title_en, other.signed_date_precision,
                                    rel.row_version))
        return tuple(sorted(out, key=lambda v: (v.other_signed_date or date.min, v.id)))

    def history(self, instrument_id: int) -> list[AuditView]:
        """The audit log of one instrument (its own changes, events, links and files)."""
        with self._read() as s:
            rows = s.exec(select(AuditEntry).where(AuditEntry.instrument_id == instrument_id)
                          .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())).all()
            return [AuditView(a.at, a.user, a.table_name, a.record_uuid, a.action,
                              dict(a.changes)) for a in rows]

    def audit_log(self, limit: int = 200) -> list[AuditView]:
        with self._read() as s:
            rows = s.exec(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).all()
            return [AuditView(a.at, a.user, a.table_name, a.record_uuid, a.action,
                              dict(a.changes)) for a in rows]

    def find_instrument(self, uuid: str) -> int | None:
        with self._read() as s:
            return s.exec(select(Instrument.id).where(Instrument.uuid == uuid)).first()

    def find_meeting(self, uuid: str) -> int | None:
        with self._read() as s:
            return s.exec(select(Meeting.id).where(Meeting.uuid == uuid)).first()


def order_by(column, descending: bool, dialect: str) -> list:
    """Empty values last in either direction, in a form an index serves (no sort of every row
    for one page): SQLite puts NULL first, so descending is already right, and an ascending
    nullable column sorts by (column IS NULL, column), which migration 0002 indexes."""
    if descending:
        return [column.desc().nulls_last() if dialect == "postgresql" else column.desc(),
                Instrument.id.desc()]
    nulls_first = column.property.columns[0].nullable and dialect != "postgresql"
    return [*([column.is_(None)] if nulls_first else []), column.asc(), Instrument.id.asc()]
