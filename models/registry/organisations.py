"""Party bodies (with their former names), the people who sign for them, and sectors."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from sqlalchemy import delete, exists, func, or_
from sqlmodel import Session, select

from .. import search
from ..audit import diff
from ..errors import NotFound, RegistryError, ValidationError, problem
from ..parties import guess_organisation_kind, name_key
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
from .base import RegistryBase, writes


class OrganisationsMixin(RegistryBase):
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

    @writes
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
