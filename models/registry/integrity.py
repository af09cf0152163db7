"""The registry's own check of its database and stored files: SQLite's integrity and foreign
keys, the columns derived from each instrument (status, deadlines, search text) against what
the rules give, the full-text index, the registry numbers and the attached files."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlmodel import Session, select

from ..database import newest_revision, schema_revision
from ..search import normalise, surface, words
from ..tables import (Attachment, Country, Instrument, InstrumentParty, InstrumentSector,
                      Meeting, Organisation, Relation, Sector, StatusEvent)
from ..vocabulary import EVENT_KINDS, STATUSES
from .base import RegistryBase, chunks

PER_KIND = 20  # problems of one kind listed one by one; beyond, a count
# The derived columns, and how a clerk calls them.
DERIVED = {"status": "status", "in_force_since": "date of entry into force",
           "expiry_date": "expiry date", "next_deadline": "next deadline",
           "next_deadline_kind": "kind of the next deadline",
           "derived_until": "date of the next recalculation"}
INDEXED = {"counterpart": "counterpart", "title_key": "sort key of the title",
           "search_text": "search text"}


def status_label(code: str) -> str:
    from i18n import get_language

    return STATUSES.label(code, get_language()) if code in STATUSES else code


class Findings:
    """Problems as sentences; past PER_KIND of one kind, only counted."""

    def __init__(self):
        self.items: list[str] = []
        self.shown: dict[str, int] = defaultdict(int)
        self.more: dict[str, int] = defaultdict(int)

    def add(self, kind: str, sentence: str) -> None:
        if self.shown[kind] < PER_KIND:
            self.items.append(sentence)
            self.shown[kind] += 1
        else:
            self.more[kind] += 1

    def close(self) -> list[str]:
        from i18n import _

        return self.items + [_("… and {count} more problems like the ones above.")
                             .format(count=n) for n in self.more.values()]


class IntegrityMixin(RegistryBase):
    def check_integrity(self, *, sqlite_checks: bool = True) -> list[str]:
        """Problems with the database and the stored files, as sentences in the user's
        language (empty: all well). `sqlite_checks=False` leaves out SQLite's own checks
        (done on the file before, read-only)."""
        from i18n import _

        found = Findings()
        with self._read() as s:
            if sqlite_checks and self.engine.dialect.name == "sqlite":
                self._check_sqlite(s, found)
            for eid, kind in s.exec(select(StatusEvent.id, StatusEvent.kind)).all():
                if kind not in EVENT_KINDS:
                    found.add("events", _("Event no. {id} has an unknown kind “{kind}”.")
                              .format(id=eid, kind=kind))
            self._check_numbers(s, found)
            with s.no_autoflush:
                self._check_derived(s, found)
            self._check_search_index(s, found)
            self._check_attachments(s, found)
            s.rollback()  # the probes above changed nothing to be kept
        if schema_revision(self.engine) != newest_revision():
            found.add("schema", _("The database schema is not up to date."))
        return found.close()

    def _check_sqlite(self, s: Session, found: Findings) -> None:
        from i18n import _

        result = [r[0] for r in s.exec(text("PRAGMA integrity_check(100)")).all()]
        if result != ["ok"]:
            for r in result:
                found.add("sqlite", _("SQLite integrity check: {detail}").format(detail=r))
        for table, rowid, parent, _fk in s.exec(text("PRAGMA foreign_key_check")).all():
            found.add("foreign keys", _("Table {table}, row {row}: refers to a missing record "
                                        "in {parent}.").format(table=table, row=rowid,
                                                               parent=parent))

    def _check_numbers(self, s: Session, found: Findings) -> None:
        from i18n import _

        seen: dict[str, str] = {}
        for iid, number in s.exec(select(Instrument.id, Instrument.registry_number)
                                  .order_by(Instrument.id)).all():
            if not (number or "").strip():
                found.add("numbers", _("Instrument no. {id} has no registry number.")
                          .format(id=iid))
                continue
            key = normalise(number).replace(" ", "")
            if key in seen:
                found.add("numbers", _("Registry numbers “{first}” and “{second}” are the "
                                       "same number.").format(first=seen[key], second=number))
            seen[key] = number

    def _superseded(self, s: Session) -> dict[int, object]:
        """For every replaced instrument, the earliest day a live replacement took effect."""
        out: dict[int, object] = {}
        rows = s.exec(select(Relation.target_id, Relation.effective_date, Instrument.signed_date)
                      .join(Instrument, Instrument.id == Relation.source_id)
                      .where(Relation.kind == "replaces", Instrument.deleted_at.is_(None))).all()
        for target, effective, signed in rows:
            day = effective or signed
            if day and (target not in out or day < out[target]):
                out[target] = day
        return out

    def _check_derived(self, s: Session, found: Findings) -> None:
        """Each stored status and deadline is what the rules give for the day it was
        computed."""
        from i18n import _

        superseded = self._superseded(s)
        columns = [c.name for c in Instrument.__table__.columns]
        ids = list(s.exec(select(Instrument.id).order_by(Instrument.id)).all())
        for chunk in chunks(ids, 900):
            events = self._events_by_instrument(s, chunk)
            for row in s.execute(select(*Instrument.__table__.columns)
                                 .where(Instrument.id.in_(chunk))):
                if row.derived_on is None:
                    continue  # computed when the registry is next opened for writing
                probe = SimpleNamespace(**{c: getattr(row, c) for c in columns})
                self._set_derived(probe, events.get(row.id, []), superseded.get(row.id),
                                  row.derived_on)
                wrong = [_(label) for f, label in DERIVED.items()
                         if getattr(probe, f) != getattr(row, f)]
                if wrong:
                    found.add("derived", _(
                        "Instrument {number}: what is stored as its {fields} is not what its "
                        "events give (status “{stored}”, expected “{expected}”).").format(
                        number=row.registry_number, fields=", ".join(wrong),
                        stored=status_label(row.status), expected=status_label(probe.status)))

    def _check_search_index(self, s: Session, found: Findings) -> None:
        from i18n import _

        if self.engine.dialect.name == "sqlite":
            try:
                s.exec(text("INSERT INTO instrument_fts(instrument_fts, rank) "
                            "VALUES('integrity-check', 1)"))
            except SQLDatabaseError as exc:
                found.add("search", _("The full-text search index does not match the "
                                      "instruments: {reason}").format(reason=exc.orig))
        ids = list(s.exec(select(Instrument.id).order_by(Instrument.id)).all())
        for chunk in chunks(ids, 900):
            for inst, probe, parts in self._indexed_again(s, chunk):
                wrong = [f for f in ("counterpart", "title_key")
                         if getattr(probe, f) != getattr(inst, f)]
                # Every word of its fields must be found; the dictionary forms added after
                # them may differ with the dictionary's version, and are not compared.
                if words(surface(parts)) - words(inst.search_text or ""):
                    wrong.append("search_text")
                if wrong:
                    found.add("search", _("Instrument {number}: the stored {fields} do not "
                                          "match its fields.").format(
                        number=inst.registry_number,
                        fields=", ".join(_(INDEXED[f]) for f in wrong)))

    def _indexed_again(self, s: Session, chunk: list[int]):
        """(stored row, probe with the search text and sort keys computed again, the texts it
        is found by) for a chunk of instruments, read in a few queries."""
        parties = defaultdict(list)
        for ip, org, country in s.exec(
                select(InstrumentParty, Organisation, Country)
                .join(Organisation, Organisation.id == InstrumentParty.organisation_id)
                .outerjoin(Country, Country.id == Organisation.country_id)
                .where(InstrumentParty.instrument_id.in_(chunk))
                .order_by(InstrumentParty.instrument_id, InstrumentParty.position)).all():
            parties[ip.instrument_id].append((org, country))
        former = self._former_names(s, list({o.id for rows in parties.values()
                                             for o, _ in rows}))
        sectors = defaultdict(list)
        for iid, ru, ky, en in s.exec(select(InstrumentSector.instrument_id, Sector.name_ru,
                                             Sector.name_ky, Sector.name_en)
                                      .join(Sector, Sector.id == InstrumentSector.sector_id)
                                      .where(InstrumentSector.instrument_id.in_(chunk))).all():
            sectors[iid].append((ru, ky, en))
        rows = s.execute(select(*Instrument.__table__.columns).where(Instrument.id.in_(chunk)))
        rows = list(rows)
        meetings = {m.id: m.title for m in s.exec(select(Meeting).where(Meeting.id.in_(
            {r.meeting_id for r in rows if r.meeting_id}))).all()}
        for row in rows:
            probe = SimpleNamespace(**row._mapping)
            meeting = meetings.get(row.meeting_id, "") if row.meeting_id else ""
            self._set_index(probe, parties[row.id], former, meeting, sectors[row.id])
            yield row, probe, self._index_parts(row, parties[row.id], former, meeting,
                                                sectors[row.id])

    def _check_attachments(self, s: Session, found: Findings) -> None:
        from i18n import _

        for a in s.exec(select(Attachment)).all():
            if not self.files.verify(a.sha256):
                place = self.files.path(a.sha256) if hasattr(self.files, "path") else a.sha256
                found.add("files", _("The stored file of “{name}” is missing or damaged: "
                                     "{path}").format(name=a.original_name, path=place))
