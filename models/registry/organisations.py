"""Party bodies (with their former names), the people who sign for them, and sectors."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Iterable

from sqlalchemy import delete, exists, func, literal, or_
from sqlmodel import Session, select

from .. import search
from ..audit import diff
from ..conflicts import Conflict
from ..errors import NotFound, RegistryError, ValidationError, problem
from ..parties import (KNOWN_RENAMINGS, guess_organisation_kind, known_former_names, name_key,
                       other_name_text)
from ..records import OrganisationDraft, OrganisationView, PersonView
from ..tables import (
    Instrument,
    InstrumentParty,
    Organisation,
    OrganisationFormerName,
    Person,
    Sector,
)
from ..validation import validate_organisation
from .base import RegistryBase, chunks, writes


class OrganisationsMixin(RegistryBase):
    def organisations(self, text: str | None = None, country: str | None = None,
                      limit: int | None = None, *,
                      with_counts: bool = True) -> list[OrganisationView]:
        """The bodies whose name or other name has every word of `text`, of one country,
        each with the number of live instruments it is party to (0 without `with_counts`,
        which a lookup does not need: counting reads every party of every instrument)."""
        with self._read() as s:
            if with_counts:
                counts = (select(InstrumentParty.organisation_id,
                                 func.count(InstrumentParty.instrument_id).label("n"))
                          .join(Instrument, Instrument.id == InstrumentParty.instrument_id)
                          .where(Instrument.deleted_at.is_(None))
                          .group_by(InstrumentParty.organisation_id).subquery())
                q = (select(Organisation, func.coalesce(counts.c.n, 0))
                     .outerjoin(counts, counts.c.organisation_id == Organisation.id))
            else:
                q = select(Organisation, literal(0))
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
            others = self._other_names(s, [o.id for o, _ in rows])
            return [self._organisation_view(o, n, others.get(o.id, ())) for o, n in rows]

    def organisation(self, organisation_id: int) -> OrganisationView:
        with self._read() as s:
            org = s.get(Organisation, organisation_id)
            if org is None:
                raise NotFound("The organisation no. {id} does not exist.", id=organisation_id)
            n = s.exec(select(func.count()).select_from(InstrumentParty)
                       .where(InstrumentParty.organisation_id == org.id)).one()
            return self._organisation_view(org, n, self._other_names(s, [org.id]).get(org.id,
                                                                                       ()))

    def _other_names(self, s: Session, ids: list[int]) -> dict[int, tuple[tuple, ...]]:
        """Each body's other names, (name, until), in the order they were recorded."""
        out: dict[int, list[tuple]] = defaultdict(list)
        for chunk in chunks(ids, 900):
            for oid, name, until in s.exec(
                    select(OrganisationFormerName.organisation_id, OrganisationFormerName.name,
                           OrganisationFormerName.until)
                    .where(OrganisationFormerName.organisation_id.in_(chunk))
                    .order_by(OrganisationFormerName.id)):
                out[oid].append((name, until))
        return {k: tuple(v) for k, v in out.items()}

    def _former_names(self, s: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
        return {k: tuple(n for n, _u in v) for k, v in self._other_names(s, ids).items()}

    def _organisation_view(self, o: Organisation, count: int, others) -> OrganisationView:
        return OrganisationView(o.id, o.uuid, o.name, o.kind, self._country_codes.get(
            o.country_id), o.short_name, o.name_ky, o.name_en, tuple(n for n, _u in others),
            count, tuple(others), o.row_version)

    @writes
    def add_organisation_name(self, organisation_id: int, name: str,
                              until: date | None = None) -> None:
        """Record another name of a body: a former name (the day it ended) or one in use
        beside it (until None). Either finds the body when typed or searched."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError([problem("name", "The name is required.")])
        with self._write() as s:
            org = s.get(Organisation, organisation_id)
            if org is None:
                raise NotFound("The organisation no. {id} does not exist.", id=organisation_id)
            key = name_key(name)
            known = set(s.exec(select(OrganisationFormerName.name_key).where(
                OrganisationFormerName.organisation_id == org.id)).all())
            if key == org.name_key or key in known:
                raise ValidationError([problem("name", "“{name}” is already a name of this "
                                                       "body.", name=name)])
            self._add_other_name(s, org, name, until)
            self._rederive_parties_of(s, org.id)

    @writes
    def remove_organisation_name(self, organisation_id: int, name: str) -> None:
        with self._write() as s:
            row = s.exec(select(OrganisationFormerName).where(
                OrganisationFormerName.organisation_id == organisation_id,
                OrganisationFormerName.name_key == name_key(name))).first()
            if row is None:
                raise NotFound("The organisation no. {id} does not exist.", id=organisation_id)
            org = s.get(Organisation, organisation_id)
            self._audit(s, "organisation", org, "update",
                        {"other_names": [other_name_text(row.name, row.until), None]})
            s.delete(row)
            s.flush()
            self._rederive_parties_of(s, org.id)

    def _add_other_name(self, s: Session, org: Organisation, name: str,
                        until: date | None) -> None:
        s.add(OrganisationFormerName(organisation_id=org.id, name=name, name_key=name_key(name),
                                     until=until))
        self._audit(s, "organisation", org, "update",
                    {"other_names": [None, other_name_text(name, until)]})
        s.flush()

    def _add_known_names(self, s: Session, org: Organisation) -> None:
        """The former names the registry knows for a body (models.parties.KNOWN_RENAMINGS)."""
        known = set(s.exec(select(OrganisationFormerName.name_key).where(
            OrganisationFormerName.organisation_id == org.id)).all())
        for former, until in known_former_names(org.name,
                                                self._country_codes.get(org.country_id)):
            if name_key(former) not in known:
                self._add_other_name(s, org, former, until)

    def _seed_known_names(self) -> None:
        """Bodies on file that were renamed by law get their former names (once)."""
        keys = [name_key(current) for _c, current, _f, _u in KNOWN_RENAMINGS]
        with self._read() as s:
            found = s.exec(select(Organisation.id).where(
                Organisation.name_key.in_(keys), ~exists(
                    select(OrganisationFormerName.id).where(
                        OrganisationFormerName.organisation_id == Organisation.id,
                        OrganisationFormerName.name_key.in_(
                            [name_key(f) for _c, _n, f, _u in KNOWN_RENAMINGS]))))).all()
        if found:
            self._write_known_names(found)

    @writes
    def _write_known_names(self, ids: list[int]) -> None:
        with self._write(maintenance=True) as s:  # a read-only copy is kept up to date too
            for oid in ids:
                self._add_known_names(s, s.get(Organisation, oid))

    def _rederive_parties_of(self, s: Session, organisation_id: int) -> None:
        """The search text of the instruments a body is party to names all its names."""
        ids = s.exec(select(InstrumentParty.instrument_id)
                     .where(InstrumentParty.organisation_id == organisation_id)).all()
        self._rederive(s, ids)

    @writes
    def save_organisation(self, draft: OrganisationDraft, *,
                          overriding: Conflict | None = None) -> int:
        """Create or update a body. A new name keeps the old one as a former name. An update
        from an older version is refused with `Conflict` (see save_instrument)."""
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
                self._add_known_names(s, org)
                return org.id
            org = s.get(Organisation, draft.id)
            if org is None:
                raise NotFound("The organisation no. {id} does not exist.", id=draft.id)
            if draft.row_version not in (None, org.row_version):
                raise self._conflict(s, "organisation", org, org.name)
            old = {k: getattr(org, k) for k in values}
            if org.name_key != key:
                s.exec(delete(OrganisationFormerName).where(
                    OrganisationFormerName.organisation_id == org.id,
                    OrganisationFormerName.name_key == key))  # back to an earlier name
                s.add(OrganisationFormerName(organisation_id=org.id, name=org.name,
                                             name_key=org.name_key, until=self.today()))
            for k, v in values.items():
                setattr(org, k, v)
            org.row_version += 1
            s.add(org)
            changes = diff(old, values)
            if overriding is not None:
                changes["conflict"] = [None, overriding.stamp()]
            self._audit(s, "organisation", org, "update", changes)
            s.flush()
            self._add_known_names(s, org)
            self._rederive_parties_of(s, org.id)
            return org.id

    @writes
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
            self._add_known_names(s, org)
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

