"""The registry API: the only door to the data.

The UI, reports, importers and the command line call these methods with and get back the plain
values of `models.records`; none of them opens a session or writes SQL. Every change is written
to the audit log in the same transaction; invalid input raises one `ValidationError` carrying
every problem and writes nothing.
"""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from dataclasses import replace
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import delete, exists, func, or_, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, select

from . import search
from .audit import current_user, diff, plain
from .bulk import BulkInsert
from .countries import HOME_COUNTRY, seeds
from .database import data_dir, head_revision, open_engine, schema_revision, sqlite_path
from .deadlines import DEFAULT_HORIZON_DAYS, DEFAULT_PROCEDURE_DAYS, deadlines_for
from .derivation import effective_on_signature, facts_of, terms_of
from .errors import DatabaseError, NotFound, RegistryError, ValidationError, problem
from .filestore import FileStore
from .numbering import DEFAULT_PATTERN, literal_prefix, next_number
from .parties import guess_organisation_kind, name_key
from .records import (AttachmentView, AuditView, CountryView, DeadlineItem, EventDraft,
                      EventView, InstrumentDetail, InstrumentDraft, InstrumentFilter,
                      InstrumentRow, MeetingDetail, MeetingDraft, MeetingRow, OrganisationDraft,
                      OrganisationView, Page, PartyRef, PersonView, RelationView)
from .status import derive_status, event_order
from .tables import (Attachment, AuditEntry, Country, Instrument, InstrumentParty,
                     InstrumentSector, Meeting, MeetingCountry, Organisation,
                     OrganisationFormerName, Person, RegistrySetting, Relation, Sector,
                     StatusEvent, utcnow)
from .validation import (validate_instrument, validate_meeting, validate_number_pattern,
                         validate_organisation)
from .vocabulary import ATTACHMENT_KINDS, EVENT_KINDS, RELATION_KINDS

SORT_KEYS = ("registry_number", "title", "kind", "level", "counterpart", "signed_date",
             "status", "next_deadline")
# What a list row needs: plain rows of these load several times faster than whole records
# with their long texts.
_ROW_COLUMNS = (Instrument.id, Instrument.uuid, Instrument.registry_number, Instrument.title,
                Instrument.kind, Instrument.level, Instrument.status, Instrument.signed_date,
                Instrument.signed_date_precision, Instrument.counterpart,
                Instrument.next_deadline, Instrument.next_deadline_kind, Instrument.meeting_id,
                Instrument.confidentiality, Instrument.deleted_at)
_SORT_COLUMNS = {
    "registry_number": Instrument.registry_number, "title": Instrument.title_key,
    "kind": Instrument.kind, "level": Instrument.level, "counterpart": Instrument.counterpart,
    "signed_date": Instrument.signed_date, "status": Instrument.status,
    "next_deadline": Instrument.next_deadline,
}
# Fields of an instrument the audit log records (derived and bookkeeping columns are left out).
_AUDITED = (
    "registry_number", "title", "title_ky", "title_en", "kind", "level", "multilateral",
    "subject", "signed_date", "signed_date_precision", "signed_place", "meeting_id",
    "languages", "duration_years", "renewal_years", "renewal_notice_months", "max_renewals",
    "effective_on_signature", "responsible_body", "responsible_clerk", "confidentiality",
    "original_location", "notes", "is_placeholder",
)
_DRAFT_COLUMNS = tuple(f for f in _AUDITED if f not in ("languages", "effective_on_signature"))
_MEETING_FIELDS = ("title", "kind", "start_date", "end_date", "city", "venue", "level",
                   "participants", "notes", "source_url")
REFRESH_BATCH = 500


class Registry:
    """One open registry database. Cheap to query from any thread; writes are serialised by
    SQLite."""

    def __init__(self, engine, *, today: Callable[[], date] = date.today,
                 user: str | None = None):
        self.engine = engine
        self._today = today
        self.user = user or current_user()
        self._countries: list[CountryView] = []
        self._country_ids: dict[str, int] = {}
        self._country_codes: dict[int, str] = {}
        self._transaction = threading.local()  # the session of transaction() on this thread
        path = sqlite_path(str(engine.url))
        self.path = path
        self.files = FileStore(path.with_name(path.stem + ".files") if path
                               else data_dir() / "files")
        self._seed_countries()
        self.home_country = self.setting("home_country", HOME_COUNTRY)
        self.procedure_days = self._read_procedure_days()  # overdue internal procedures
        self.refresh_derived()

    @classmethod
    def open(cls, location: str | os.PathLike | None = None, *, create: bool = True,
             today: Callable[[], date] = date.today) -> "Registry":
        """Open (and create or upgrade) a registry. `location` is a file path, a database URL or
        None for the default file in the user's data folder."""
        engine = open_engine(location, create=create)
        try:
            return cls(engine, today=today)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise DatabaseError("Cannot open the database {path}: {reason}",
                                path=str(location), reason=str(getattr(exc, "orig", exc))) \
                from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def today(self) -> date:
        return self._today()

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(
            hide_password=True)

    # --- sessions -------------------------------------------------------------------------

    @contextmanager
    def _read(self):
        try:
            with Session(self.engine) as s:
                yield s
        except OperationalError as exc:
            raise DatabaseError("The database cannot be read: {reason}",
                                reason=str(exc.orig)) from exc

    @contextmanager
    def _write(self):
        outer = getattr(self._transaction, "session", None)
        if outer is not None:  # inside transaction(): committed (or not) at its end
            yield outer
            return
        try:
            with Session(self.engine, expire_on_commit=False) as s:
                with s.begin():
                    yield s
        except OperationalError as exc:
            raise DatabaseError("The change was not saved: {reason}",
                                reason=str(exc.orig)) from exc

    @contextmanager
    def transaction(self):
        """Several changes as one: every change made on this thread inside the block is
        committed at its end, or none is if it raises (an import of a meeting, its instruments
        and their links)."""
        if getattr(self._transaction, "session", None) is not None:
            yield
            return
        with self._write() as s:
            self._transaction.session = s
            try:
                yield
            finally:
                self._transaction.session = None

    def _audit(self, s: Session, table: str, record, action: str, changes: dict,
               instrument_id: int | None = None) -> None:
        s.add(AuditEntry(user=self.user, table_name=table, record_id=record.id,
                         record_uuid=record.uuid, instrument_id=instrument_id, action=action,
                         changes=plain(changes)))

    # --- registry settings ----------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        with self._read() as s:
            row = s.get(RegistrySetting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as s:
            row = s.get(RegistrySetting, key)
            old = row.value if row else None
            if row is None:
                row = RegistrySetting(key=key, value=value)
            row.value = value
            s.add(row)
            s.add(AuditEntry(user=self.user, table_name="registry_setting", record_uuid=key,
                             action="update", changes={key: [old, value]}))

    @property
    def number_pattern(self) -> str:
        return self.setting("number_pattern", DEFAULT_PATTERN)

    def set_number_pattern(self, pattern: str) -> None:
        problems = validate_number_pattern(pattern)
        if problems:
            raise ValidationError(problems)
        self.set_setting("number_pattern", pattern)

    def _read_procedure_days(self) -> int:
        try:
            return max(1, int(self.setting("procedure_days", str(DEFAULT_PROCEDURE_DAYS))))
        except ValueError:
            return DEFAULT_PROCEDURE_DAYS

    def set_procedure_days(self, days: int) -> None:
        if days <= 0:
            raise ValidationError([problem("procedure_days",
                                           "“{field}” must be a positive number, not {value}.",
                                           field="procedure_days", value=days)])
        self.set_setting("procedure_days", str(days))
        self.procedure_days = days
        self.refresh_derived(force=True)

    # --- countries ------------------------------------------------------------------------

    def _seed_countries(self) -> None:
        with self._write() as s:
            present = set(s.exec(select(Country.code)).all())
            for c in seeds():
                if c.code not in present:
                    s.add(Country(code=c.code, name_ru=c.name_ru, name_ky=c.name_ky,
                                  name_en=c.name_en, official_ru=c.official_ru,
                                  official_ky=c.official_ky, official_en=c.official_en,
                                  abbreviation=c.abbreviation))
        # The list is fixed once seeded (nothing edits it), so it is read once: every screen
        # asks for it when the window opens.
        with self._read() as s:
            rows = s.exec(select(Country).order_by(Country.name_ru)).all()
            self._countries = [_country_view(c) for c in rows]
            for c in rows:
                self._country_ids[c.code] = c.id
                self._country_codes[c.id] = c.code

    def countries(self) -> list[CountryView]:
        return list(self._countries)

    def country(self, code: str) -> CountryView:
        for c in self._countries:
            if c.code == code.upper():
                return c
        raise NotFound("Unknown country code “{code}”.", code=code)

    def country_counts(self) -> dict[str, int]:
        """How many live instruments have a party of each country (code -> count)."""
        with self._read() as s:
            q = (select(Organisation.country_id,
                        func.count(func.distinct(InstrumentParty.instrument_id)))
                 .join(InstrumentParty, InstrumentParty.organisation_id == Organisation.id)
                 .join(Instrument, Instrument.id == InstrumentParty.instrument_id)
                 .where(Instrument.deleted_at.is_(None), Organisation.country_id.is_not(None))
                 .group_by(Organisation.country_id))
            return {self._country_codes[cid]: n for cid, n in s.exec(q).all()}

    def _country_id(self, code: str | None) -> int | None:
        if not code:
            return None
        cid = self._country_ids.get(code.upper())
        if cid is None:
            raise ValidationError([problem("country", "Unknown country code “{code}”.",
                                           code=code)])
        return cid

    # --- organisations and persons --------------------------------------------------------

    def organisations(self, text: str | None = None, country: str | None = None,
                      limit: int | None = None) -> list[OrganisationView]:
        with self._read() as s:
            counts = (select(InstrumentParty.organisation_id,
                             func.count(InstrumentParty.instrument_id).label("n"))
                      .join(Instrument, Instrument.id == InstrumentParty.instrument_id)
                      .where(Instrument.deleted_at.is_(None))
                      .group_by(InstrumentParty.organisation_id).subquery())
            q = (select(Organisation, func.coalesce(counts.c.n, 0))
                 .outerjoin(counts, counts.c.organisation_id == Organisation.id))
            if country:
                q = q.where(Organisation.country_id == self._country_id(country))
            for word in search.query_words(text or ""):
                former = select(OrganisationFormerName.id).where(
                    OrganisationFormerName.organisation_id == Organisation.id,
                    OrganisationFormerName.name_key.contains(word))
                q = q.where(or_(Organisation.name_key.contains(word), exists(former)))
            q = q.order_by(Organisation.name_key)
            if limit:
                q = q.limit(limit)
            rows = s.exec(q).all()
            formers = self._former_names(s, [o.id for o, _ in rows])
            return [self._organisation_view(o, n, formers.get(o.id, ())) for o, n in rows]

    def organisation(self, organisation_id: int) -> OrganisationView:
        with self._read() as s:
            org = s.get(Organisation, organisation_id)
            if org is None:
                raise NotFound("The organisation no. {id} does not exist.", id=organisation_id)
            n = s.exec(select(func.count()).select_from(InstrumentParty)
                       .where(InstrumentParty.organisation_id == org.id)).one()
            return self._organisation_view(org, n, self._former_names(s, [org.id]).get(org.id,
                                                                                        ()))

    def _former_names(self, s: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = defaultdict(list)
        if ids:
            for oid, name in s.exec(select(OrganisationFormerName.organisation_id,
                                           OrganisationFormerName.name)
                                    .where(OrganisationFormerName.organisation_id.in_(ids))):
                out[oid].append(name)
        return {k: tuple(v) for k, v in out.items()}

    def _organisation_view(self, o: Organisation, count: int, former) -> OrganisationView:
        return OrganisationView(o.id, o.uuid, o.name, o.kind, self._country_codes.get(
            o.country_id), o.short_name, o.name_ky, o.name_en, tuple(former), count)

    def save_organisation(self, draft: OrganisationDraft) -> int:
        """Create or update a body. A new name keeps the old one as a former name."""
        problems = validate_organisation(draft)
        if draft.country:
            try:
                self._country_id(draft.country)
            except ValidationError as exc:
                problems += exc.problems
        if problems:
            raise ValidationError(problems)
        with self._write() as s:
            key = name_key(draft.name)
            country_id = self._country_id(draft.country)
            clash = s.exec(select(Organisation).where(Organisation.name_key == key,
                                                      Organisation.country_id == country_id,
                                                      Organisation.id != (draft.id or -1))).first()
            if clash:
                raise ValidationError([problem("name", "“{name}” is already in the list.",
                                               name=draft.name.strip())])
            values = dict(name=draft.name.strip(), name_key=key, kind=draft.kind,
                          country_id=country_id, short_name=draft.short_name.strip(),
                          name_ky=draft.name_ky.strip(), name_en=draft.name_en.strip())
            if draft.id is None:
                org = Organisation(**values, **({"uuid": draft.uuid} if draft.uuid else {}))
                s.add(org)
                s.flush()
                self._audit(s, "organisation", org, "create", diff({}, values))
                return org.id
            org = s.get(Organisation, draft.id)
            if org is None:
                raise NotFound("The organisation no. {id} does not exist.", id=draft.id)
            old = {k: getattr(org, k) for k in values}
            if org.name_key != key:
                s.add(OrganisationFormerName(organisation_id=org.id, name=org.name,
                                             name_key=org.name_key, until=self.today()))
            for k, v in values.items():
                setattr(org, k, v)
            s.add(org)
            self._audit(s, "organisation", org, "update", diff(old, values))
            s.flush()
            ids = s.exec(select(InstrumentParty.instrument_id)
                         .where(InstrumentParty.organisation_id == org.id)).all()
            self._rederive(s, ids)
            return org.id

    def delete_organisation(self, organisation_id: int) -> None:
        """Remove a body no instrument names (a typo); bodies in use cannot be removed."""
        with self._write() as s:
            org = s.get(Organisation, organisation_id)
            if org is None:
                raise NotFound("The organisation no. {id} does not exist.", id=organisation_id)
            used = s.exec(select(func.count()).select_from(InstrumentParty)
                          .where(InstrumentParty.organisation_id == org.id)).one()
            if used:
                raise RegistryError("“{name}” is a party to {count} instrument(s) and cannot be "
                                    "removed.", name=org.name, count=used)
            s.exec(delete(OrganisationFormerName)
                   .where(OrganisationFormerName.organisation_id == org.id))
            s.exec(delete(Person).where(Person.organisation_id == org.id))
            self._audit(s, "organisation", org, "delete", {"name": [org.name, None]})
            s.delete(org)

    def _find_or_create_organisation(self, s: Session, name: str, country: str | None,
                                     kind: str | None) -> Organisation:
        key = name_key(name)
        country_id = self._country_id(country)
        q = select(Organisation).where(Organisation.name_key == key)
        if country:
            q = q.where(Organisation.country_id == country_id)
        org = s.exec(q).first()
        if org is None:
            former = s.exec(select(OrganisationFormerName)
                            .where(OrganisationFormerName.name_key == key)).first()
            org = s.get(Organisation, former.organisation_id) if former else None
        if org is None:
            org = Organisation(name=" ".join(name.split()), name_key=key, country_id=country_id,
                               kind=kind or guess_organisation_kind(name))
            s.add(org)
            s.flush()
            self._audit(s, "organisation", org, "create",
                        {"name": [None, org.name], "country": [None, country]})
        return org

    def persons(self, organisation_id: int | None = None) -> list[PersonView]:
        with self._read() as s:
            q = select(Person).order_by(Person.full_name)
            if organisation_id is not None:
                q = q.where(Person.organisation_id == organisation_id)
            return [PersonView(p.id, p.full_name, p.position, p.organisation_id)
                    for p in s.exec(q).all()]

    def _find_or_create_person(self, s: Session, full_name: str, position: str,
                               organisation_id: int) -> Person | None:
        full_name = " ".join(full_name.split())
        if not full_name:
            return None
        person = s.exec(select(Person).where(Person.full_name == full_name,
                                             Person.organisation_id == organisation_id)).first()
        if person is None:
            person = Person(full_name=full_name, position=position.strip(),
                            organisation_id=organisation_id)
            s.add(person)
            s.flush()
        elif position.strip() and person.position != position.strip():
            person.position = position.strip()
            s.add(person)
        return person

    # --- sectors --------------------------------------------------------------------------

    def sectors(self) -> list[str]:
        with self._read() as s:
            return list(s.exec(select(Sector.name_ru).order_by(Sector.name_ru)).all())

    def _sector_ids(self, s: Session, names: Iterable[str]) -> list[int]:
        ids = []
        for name in dict.fromkeys(" ".join(n.split()) for n in names if n.strip()):
            sector = s.exec(select(Sector).where(Sector.name_ru == name)).first()
            if sector is None:
                sector = Sector(name_ru=name)
                s.add(sector)
                s.flush()
            ids.append(sector.id)
        return ids

    # --- meetings -------------------------------------------------------------------------

    def save_meeting(self, draft: MeetingDraft) -> int:
        problems = validate_meeting(draft)
        for code in draft.countries:
            if code.upper() not in self._country_ids:
                problems.append(problem("countries", "Unknown country code “{code}”.",
                                        code=code))
        if problems:
            raise ValidationError(problems)
        values = {f: getattr(draft, f) for f in _MEETING_FIELDS}
        values["title"] = draft.title.strip()
        codes = sorted({c.upper() for c in draft.countries})
        with self._write() as s:
            if draft.id is None:
                meeting = Meeting(**values, **({"uuid": draft.uuid} if draft.uuid else {}))
                s.add(meeting)
                s.flush()
                old = {}
                action = "create"
            else:
                meeting = s.get(Meeting, draft.id)
                if meeting is None:
                    raise NotFound("The meeting no. {id} does not exist.", id=draft.id)
                old = {f: getattr(meeting, f) for f in _MEETING_FIELDS}
                old["countries"] = self._meeting_countries(s, [meeting.id]).get(meeting.id, [])
                for k, v in values.items():
                    setattr(meeting, k, v)
                meeting.updated_at = utcnow()
                s.add(meeting)
                s.exec(delete(MeetingCountry).where(MeetingCountry.meeting_id == meeting.id))
                action = "update"
            for code in codes:
                s.add(MeetingCountry(meeting_id=meeting.id, country_id=self._country_ids[code]))
            self._audit(s, "meeting", meeting, action, diff(old, {**values, "countries": codes}))
            if action == "update":
                ids = s.exec(select(Instrument.id)
                             .where(Instrument.meeting_id == meeting.id)).all()
                self._rederive(s, ids)
            return meeting.id

    def meetings(self, text: str | None = None, *, deleted: bool = False, offset: int = 0,
                 limit: int | None = None, country: str | None = None) -> Page:
        with self._read() as s:
            counts = (select(Instrument.meeting_id, func.count(Instrument.id).label("n"))
                      .where(Instrument.deleted_at.is_(None))
                      .group_by(Instrument.meeting_id).subquery())
            q = select(Meeting, func.coalesce(counts.c.n, 0)).outerjoin(
                counts, counts.c.meeting_id == Meeting.id)
            q = q.where(Meeting.deleted_at.is_not(None) if deleted else Meeting.deleted_at.is_(
                None))
            for word in search.query_words(text or ""):
                like = f"%{word}%"
                q = q.where(or_(func.fold(Meeting.title).like(like),
                                func.fold(Meeting.city).like(like),
                                func.fold(Meeting.venue).like(like)))
            if country:
                q = q.where(exists(select(MeetingCountry.meeting_id).where(
                    MeetingCountry.meeting_id == Meeting.id,
                    MeetingCountry.country_id == self._country_id(country))))
            total = s.exec(select(func.count()).select_from(q.subquery())).one()
            q = q.order_by(Meeting.start_date.desc(), Meeting.id.desc()).offset(offset)
            if limit:
                q = q.limit(limit)
            rows = s.exec(q).all()
            countries = self._meeting_countries(s, [m.id for m, _ in rows])
            return Page(tuple(_meeting_row(m, n, countries.get(m.id, ())) for m, n in rows),
                        total, offset, limit or total)

    def _meeting_countries(self, s: Session, ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = defaultdict(list)
        if ids:
            for mid, cid in s.exec(select(MeetingCountry.meeting_id, MeetingCountry.country_id)
                                   .where(MeetingCountry.meeting_id.in_(ids))):
                out[mid].append(self._country_codes[cid])
        return {k: sorted(v) for k, v in out.items()}

    def meeting(self, meeting_id: int) -> MeetingDetail:
        with self._read() as s:
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise NotFound("The meeting no. {id} does not exist.", id=meeting_id)
        instruments = self.list_instruments(InstrumentFilter(meeting_id=meeting_id),
                                            sort="registry_number", descending=False).rows
        with self._read() as s:
            countries = self._meeting_countries(s, [m.id]).get(m.id, ())
            attachments = s.exec(select(Attachment).where(Attachment.meeting_id == m.id,
                                                          Attachment.deleted_at.is_(None))
                                 .order_by(Attachment.added_at)).all()
            return MeetingDetail(_meeting_row(m, len(instruments), countries), m.participants,
                                 m.notes, m.source_url, instruments,
                                 tuple(self._attachment_view(a) for a in attachments))

    def delete_meeting(self, meeting_id: int) -> None:
        self._set_deleted(Meeting, meeting_id, "meeting", True)

    def restore_meeting(self, meeting_id: int) -> None:
        self._set_deleted(Meeting, meeting_id, "meeting", False)

    # --- instruments: writing -------------------------------------------------------------

    def save_instrument(self, draft: InstrumentDraft) -> int:
        """Create (draft.id None) or update an instrument, its parties, sectors and, unless
        draft.events is None, its events. Returns its id."""
        with self._write() as s:
            return self._save_instrument(s, draft, self.today())

    def save_instruments(self, drafts: Iterable[InstrumentDraft],
                         progress: Callable[[int], None] | None = None) -> list[int]:
        """Save many instruments in one transaction (an import): all of them or none. The
        ValidationError lists the problems of every record, each marked with its number
        (1-based, in the order given)."""
        today = self.today()
        drafts = list(drafts)
        ids: list[int] = []
        problems = []
        with self._write() as s:
            if all(d.id is None for d in drafts):  # new records only: the fast way
                batch = BulkInsert(self, s, today)
                for n, draft in enumerate(drafts, 1):
                    problems += [replace(p, record=n) for p in batch.add(draft)]
                    if progress:
                        progress(n)
                if problems:
                    raise ValidationError(problems)
                return batch.finish()
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

    def _save_instrument(self, s: Session, draft: InstrumentDraft, today: date) -> int:
        inst = None
        if draft.id is not None:
            inst = s.get(Instrument, draft.id)
            if inst is None or inst.deleted_at is not None:
                raise NotFound("The instrument no. {id} does not exist.", id=draft.id)
        problems = self._draft_problems(
            draft, today,
            number_taken=lambda number: s.exec(select(Instrument.id).where(
                Instrument.registry_number == number,
                Instrument.id != (draft.id or -1))).first() is not None,
            meeting_exists=lambda mid: s.get(Meeting, mid) is not None,
            organisation_exists=lambda oid: s.get(Organisation, oid) is not None)
        if problems:
            raise ValidationError(problems)

        old = self._snapshot(s, inst) if inst else {}
        if inst is None:
            inst = Instrument(registry_number="", title="", kind=draft.kind,
                              level=draft.level, created_by=self.user,
                              **({"uuid": draft.uuid} if draft.uuid else {}))
        self._fill(inst, draft)
        inst.registry_number = draft.registry_number.strip() or self._next_number(s, draft)
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
        self._audit(s, "instrument", inst, "update" if old else "create", diff(old, new),
                    inst.id)
        return inst.id

    def _draft_problems(self, draft: InstrumentDraft, today: date, *,
                        number_taken: Callable[[str], bool],
                        meeting_exists: Callable[[int], bool],
                        organisation_exists: Callable[[int], bool]) -> list:
        """Every problem of a draft; the callables look up what is already in the registry."""
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
        for party in draft.parties:
            if party.organisation_id and not organisation_exists(party.organisation_id):
                problems.append(problem("parties", "The organisation no. {id} does not "
                                                   "exist.", id=party.organisation_id))
        return problems

    def _fill(self, inst, draft: InstrumentDraft) -> None:
        """Copy what the clerk entered onto a stored instrument (or the values of a new row)."""
        for f in _DRAFT_COLUMNS:
            value = getattr(draft, f)
            setattr(inst, f, value.strip() if isinstance(value, str) else value)
        inst.languages = ",".join(draft.languages)
        inst.effective_on_signature = effective_on_signature(draft.kind,
                                                             draft.effective_on_signature)
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
        s.exec(delete(InstrumentParty).where(InstrumentParty.instrument_id == inst.id))
        s.flush()
        for position, party in enumerate(d.parties):
            if party.organisation_id:
                org = s.get(Organisation, party.organisation_id)
            else:
                org = self._find_or_create_organisation(s, party.name, party.country,
                                                        party.organisation_kind)
            person = self._find_or_create_person(s, party.signatory_name,
                                                 party.signatory_position, org.id)
            s.add(InstrumentParty(instrument_id=inst.id, organisation_id=org.id,
                                  position=position, signatory_id=person.id if person else None))
        s.flush()

    def _write_events(self, s: Session, inst: Instrument, events: list[EventDraft]) -> None:
        kept = {e.id for e in events if e.id}
        for row in s.exec(select(StatusEvent).where(StatusEvent.instrument_id == inst.id)):
            if row.id not in kept:
                s.delete(row)
        for e in events:
            row = s.get(StatusEvent, e.id) if e.id else None
            if row is None or row.instrument_id != inst.id:
                row = StatusEvent(instrument_id=inst.id, kind=e.kind, act_date=e.act_date,
                                  entered_by=self.user)
            row.kind, row.act_date, row.effective_date = e.kind, e.act_date, e.effective_date
            row.party_organisation_id = e.party_organisation_id
            row.reference, row.text = e.reference.strip(), e.text.strip()
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
        self._set_deleted(Instrument, instrument_id, "instrument", False)

    def _set_deleted(self, table, record_id: int, name: str, deleted: bool) -> None:
        with self._write() as s:
            row = s.get(table, record_id)
            if row is None:
                raise NotFound("The record no. {id} does not exist.", id=record_id)
            if (row.deleted_at is not None) == deleted:
                return
            old = row.deleted_at
            row.deleted_at = utcnow() if deleted else None
            s.add(row)
            self._audit(s, name, row, "delete" if deleted else "restore",
                        {"deleted_at": [old, row.deleted_at]},
                        row.id if table is Instrument else None)
            if table is Instrument and not deleted:
                self._derive(s, row, self.today())

    # --- relations ------------------------------------------------------------------------

    def add_relation(self, source_id: int, target_id: int, kind: str,
                     effective_date: date | None = None, note: str = "") -> int:
        """`source` <kind> `target`: "the protocol amends the treaty"."""
        problems = []
        if kind not in RELATION_KINDS:
            problems.append(problem("relations", "Unknown value “{value}” for “{field}”.",
                                    value=kind, field="relations"))
        if source_id == target_id:
            problems.append(problem("relations", "An instrument cannot refer to itself."))
        if problems:
            raise ValidationError(problems)
        with self._write() as s:
            source, target = s.get(Instrument, source_id), s.get(Instrument, target_id)
            for rid, row in ((source_id, source), (target_id, target)):
                if row is None:
                    raise NotFound("The instrument no. {id} does not exist.", id=rid)
            if s.exec(select(Relation.id).where(Relation.source_id == source_id,
                                                Relation.target_id == target_id,
                                                Relation.kind == kind)).first():
                raise ValidationError([problem("relations", "This link already exists.")])
            rel = Relation(source_id=source_id, target_id=target_id, kind=kind,
                           effective_date=effective_date, note=note.strip())
            s.add(rel)
            s.flush()
            change = {"relation": [None, f"{source.registry_number} {kind} "
                                         f"{target.registry_number}"]}
            self._audit(s, "relation", rel, "create", change, source.id)
            self._audit(s, "relation", rel, "create", change, target.id)
            self._derive(s, target, self.today())
            return rel.id

    def remove_relation(self, relation_id: int) -> None:
        with self._write() as s:
            rel = s.get(Relation, relation_id)
            if rel is None:
                raise NotFound("The link no. {id} does not exist.", id=relation_id)
            source, target = s.get(Instrument, rel.source_id), s.get(Instrument, rel.target_id)
            change = {"relation": [f"{source.registry_number} {rel.kind} "
                                   f"{target.registry_number}", None]}
            self._audit(s, "relation", rel, "delete", change, source.id)
            self._audit(s, "relation", rel, "delete", change, target.id)
            s.delete(rel)
            s.flush()
            self._derive(s, target, self.today())

    def create_placeholder(self, title: str, kind: str, signed_date: date | None,
                           level: str = "interstate", precision: str = "day") -> int:
        """A record for an earlier instrument that is referred to but not yet registered."""
        return self.save_instrument(InstrumentDraft(
            title=title, kind=kind, level=level, signed_date=signed_date,
            signed_date_precision=precision, is_placeholder=True, events=[]))

    # --- attachments ----------------------------------------------------------------------

    def add_attachment(self, source: str | os.PathLike, *, instrument_id: int | None = None,
                       meeting_id: int | None = None, kind: str = "other",
                       language: str = "") -> int:
        """Copy a file into the registry (the original stays where it is) and attach it."""
        source = Path(source)
        problems = []
        if kind not in ATTACHMENT_KINDS:
            problems.append(problem("attachments", "Unknown value “{value}” for “{field}”.",
                                    value=kind, field="attachments"))
        if not source.is_file():
            problems.append(problem("attachments", "The file {path} does not exist.",
                                    path=str(source)))
        if (instrument_id is None) == (meeting_id is None):
            problems.append(problem("attachments", "Attach the file to one instrument or one "
                                                   "meeting."))
        if problems:
            raise ValidationError(problems)
        try:
            sha, size, media = self.files.put(source)
        except OSError as exc:
            raise RegistryError("Cannot copy {path}: {reason}", path=str(source),
                                reason=exc.strerror or exc) from exc
        with self._write() as s:
            owner = s.get(Instrument, instrument_id) if instrument_id else s.get(Meeting,
                                                                                 meeting_id)
            if owner is None:
                raise NotFound("The record no. {id} does not exist.",
                               id=instrument_id or meeting_id)
            same = s.exec(select(func.max(Attachment.version)).where(
                Attachment.instrument_id == instrument_id, Attachment.meeting_id == meeting_id,
                Attachment.kind == kind, Attachment.language == language)).one()
            att = Attachment(instrument_id=instrument_id, meeting_id=meeting_id, kind=kind,
                             language=language, version=(same or 0) + 1, sha256=sha, size=size,
                             media_type=media, original_name=source.name, added_by=self.user)
            s.add(att)
            s.flush()
            self._audit(s, "attachment", att, "create",
                        {"file": [None, f"{source.name} ({sha[:12]})"]}, instrument_id)
            return att.id

    def remove_attachment(self, attachment_id: int) -> None:
        """Detach a file. The stored copy stays (it may be shared and the audit refers to it)."""
        with self._write() as s:
            att = s.get(Attachment, attachment_id)
            if att is None or att.deleted_at is not None:
                raise NotFound("The file no. {id} does not exist.", id=attachment_id)
            att.deleted_at = utcnow()
            s.add(att)
            self._audit(s, "attachment", att, "delete",
                        {"file": [f"{att.original_name} ({att.sha256[:12]})", None]},
                        att.instrument_id)

    def attachment_path(self, attachment_id: int) -> Path:
        with self._read() as s:
            att = s.get(Attachment, attachment_id)
            if att is None:
                raise NotFound("The file no. {id} does not exist.", id=attachment_id)
            return self.files.path(att.sha256)

    def _attachment_view(self, a: Attachment) -> AttachmentView:
        return AttachmentView(a.id, a.uuid, a.kind, a.language, a.version, a.sha256, a.size,
                              a.media_type, a.original_name, a.added_by, a.added_at,
                              str(self.files.path(a.sha256)))

    # --- instruments: reading -------------------------------------------------------------

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
        order = _order_by(_SORT_COLUMNS[sort], descending, self.engine.dialect.name)
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
        for chunk in _chunks(ids, 900):
            q = (select(InstrumentParty.instrument_id, Organisation.id, Organisation.name,
                        Organisation.country_id, Organisation.short_name, Organisation.kind,
                        Person.full_name, Person.position)
                 .join(Organisation, Organisation.id == InstrumentParty.organisation_id)
                 .outerjoin(Person, Person.id == InstrumentParty.signatory_id)
                 .where(InstrumentParty.instrument_id.in_(chunk))
                 .order_by(InstrumentParty.instrument_id, InstrumentParty.position))
            for iid, oid, name, country_id, short, kind, person, position in s.execute(q):
                out[iid].append(PartyRef(oid, name, self._country_codes.get(country_id),
                                         short, kind, person or "", position or ""))
        return {k: tuple(v) for k, v in out.items()}

    def _row(self, r: Instrument, parties) -> InstrumentRow:
        return InstrumentRow(r.id, r.uuid, r.registry_number, r.title, r.kind, r.level,
                             r.status, r.signed_date, r.signed_date_precision, r.counterpart,
                             r.next_deadline, r.next_deadline_kind, r.meeting_id,
                             r.confidentiality, tuple(parties), r.deleted_at)

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
                meeting = _meeting_row(m, n, self._meeting_countries(s, [m.id]).get(m.id, ()))
            events = sorted(s.exec(select(StatusEvent)
                                   .where(StatusEvent.instrument_id == r.id)).all(),
                            key=lambda e: (*event_order(e.kind, e.effective_date or e.act_date),
                                           e.id))
            party_names = {p.organisation_id: p.name for p in row.parties}
            event_views = tuple(EventView(e.id, e.uuid, e.kind, e.act_date, e.effective_date,
                                          e.party_organisation_id,
                                          party_names.get(e.party_organisation_id, ""),
                                          e.reference, e.text, e.entered_by, e.entered_at)
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
                created_by=r.created_by, updated_at=r.updated_at, updated_by=r.updated_by)

    def _relations(self, s: Session, instrument_id: int) -> tuple[RelationView, ...]:
        out = []
        rels = s.exec(select(Relation).where(or_(Relation.source_id == instrument_id,
                                                 Relation.target_id == instrument_id))).all()
        for rel in rels:
            outgoing = rel.source_id == instrument_id
            other = s.get(Instrument, rel.target_id if outgoing else rel.source_id)
            out.append(RelationView(rel.id, rel.kind, outgoing, other.id, other.title,
                                    other.registry_number, other.signed_date,
                                    rel.effective_date, rel.note))
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

    # --- deadlines ------------------------------------------------------------------------

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
                   Instrument.counterpart, Instrument.confidentiality).where(
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
                            r.status, r.counterpart, r.confidentiality)

    # --- derived columns ------------------------------------------------------------------

    def _events_by_instrument(self, s: Session, ids: list[int]) -> dict[int, list]:
        out: dict[int, list] = defaultdict(list)
        for chunk in _chunks(ids, 900):
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
            .where(InstrumentSector.instrument_id == inst.id)).all()
        self._set_index(inst, rows, former, meeting.title if meeting else "", sectors)

    def _set_index(self, inst, rows, former: dict, meeting_title: str, sectors) -> None:
        """Sort keys and searchable text from the parties as (organisation, country or None)
        pairs in order, their former names, the meeting's title and (ru, ky, en) sectors."""
        home = self._country_ids.get(self.home_country)
        counterpart = [c.name_ru for o, c in rows if c is not None and c.id != home]
        if not counterpart:
            counterpart = [o.name for o, c in rows if c is None]
        inst.counterpart = ", ".join(dict.fromkeys(counterpart))
        inst.title_key = search.normalise(inst.title)
        parts = [inst.title, inst.title_ky, inst.title_en, inst.registry_number, inst.subject,
                 inst.notes, inst.signed_place, meeting_title]
        for o, c in rows:
            parts += [o.name, o.short_name, o.name_ky, o.name_en, *former.get(o.id, ())]
            if c is not None:
                parts += [c.name_ru, c.name_ky, c.name_en, c.official_ru, c.abbreviation]
        for names in sectors:
            parts += list(names)
        inst.search_text = search.document(parts)

    def _rederive(self, s: Session, ids: Iterable[int]) -> None:
        today = self.today()
        ids = list(ids)
        events = self._events_by_instrument(s, ids)
        for chunk in _chunks(ids, 900):
            for inst in s.exec(select(Instrument).where(Instrument.id.in_(chunk))).all():
                self._derive(s, inst, today, events.get(inst.id, []))

    def _refresh_if_new_day(self) -> None:
        if self.__dict__.get("_refreshed_on") != self.today():
            self.refresh_derived()

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
        for chunk in _chunks(ids, REFRESH_BATCH):
            with self._write() as s:
                self._rederive(s, chunk)
        self._refreshed_on = today
        return len(ids)

    # --- integrity ------------------------------------------------------------------------

    def check_integrity(self) -> list[str]:
        """Problems with the database and the stored files, as sentences (empty: all well)."""
        from i18n import _

        found: list[str] = []
        with self._read() as s:
            if self.engine.dialect.name == "sqlite":
                result = [r[0] for r in s.exec(text("PRAGMA integrity_check")).all()]
                if result != ["ok"]:
                    found += [_("SQLite integrity check: {detail}").format(detail=r)
                              for r in result]
                for table, rowid, parent, _fk in s.exec(text("PRAGMA foreign_key_check")).all():
                    found.append(_("Table {table}, row {row}: refers to a missing record in "
                                   "{parent}.").format(table=table, row=rowid, parent=parent))
            unknown = s.exec(select(StatusEvent.id, StatusEvent.kind)).all()
            for eid, kind in unknown:
                if kind not in EVENT_KINDS:
                    found.append(_("Event no. {id} has an unknown kind “{kind}”.").format(
                        id=eid, kind=kind))
            for a in s.exec(select(Attachment).where(Attachment.deleted_at.is_(None))).all():
                if not self.files.verify(a.sha256):
                    found.append(_("The stored file of “{name}” is missing or damaged: {path}")
                                 .format(name=a.original_name, path=self.files.path(a.sha256)))
        if schema_revision(self.engine) != head_revision(self.engine):
            found.append(_("The database schema is not up to date."))
        return found


def audited(inst, parties: list[str], sectors: list[str], events) -> dict:
    """The audited state of an instrument from its fields, its parties as "body (signatory)",
    its sector names in order and its events ordered by date."""
    snap = {f: getattr(inst, f) for f in _AUDITED}
    snap["parties"] = parties
    snap["sectors"] = sectors
    snap["events"] = [" ".join(filter(None, [e.act_date.isoformat(), e.kind,
                                             e.effective_date and
                                             f"→{e.effective_date.isoformat()}",
                                             e.reference])) for e in events]
    return snap


def _order_by(column, descending: bool, dialect: str) -> list:
    """Empty values last in either direction, in a form an index serves (no sort of every row
    for one page): SQLite puts NULL first, so descending is already right, and an ascending
    nullable column sorts by (column IS NULL, column), which migration 0002 indexes."""
    if descending:
        return [column.desc().nulls_last() if dialect == "postgresql" else column.desc(),
                Instrument.id.desc()]
    nulls_first = column.property.columns[0].nullable and dialect != "postgresql"
    return [*([column.is_(None)] if nulls_first else []), column.asc(), Instrument.id.asc()]


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _country_view(c: Country) -> CountryView:
    return CountryView(c.code, c.name_ru, c.name_ky, c.name_en, c.official_ru, c.official_ky,
                       c.official_en, c.abbreviation)


def _meeting_row(m: Meeting, count: int, countries) -> MeetingRow:
    return MeetingRow(m.id, m.uuid, m.title, m.kind, m.start_date, m.end_date, m.city, m.venue,
                      m.level, tuple(countries), count, m.deleted_at)
