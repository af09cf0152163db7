"""The country list, seeded from pycountry and read once when the registry opens."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from ..countries import seeds
from ..errors import NotFound, ValidationError, problem
from ..records import CountryView
from ..tables import Country, Instrument, InstrumentParty, Organisation
from .base import RegistryBase, writes


class CountriesMixin(RegistryBase):
    def _seed_countries(self, seed: bool = True) -> None:
        with self._read() as s:
            present = set(s.exec(select(Country.code)).all())
        if seed and any(c.code not in present for c in seeds()):  # only then take the lock
            self._add_countries()
        if seed and not self.read_only:
            self._correct_country_names()
        # The list is fixed once seeded (nothing edits it), so it is read once: every screen
        # asks for it when the window opens.
        with self._read() as s:
            rows = s.exec(select(Country).order_by(Country.name_ru)).all()
            self._countries = [country_view(c) for c in rows]
            for c in rows:
                self._country_ids[c.code] = c.id
                self._country_codes[c.id] = c.code

    def _correct_country_names(self) -> None:
        """Names corrected since a registry was made (Kyrgyz names pycountry gives wrong) are
        written into it: the list is seeded once, so it would keep the old ones."""
        wanted = {c.code: c for c in seeds()}
        with self._read() as s:
            stale = [c.code for c in s.exec(select(Country)).all() if c.code in wanted
                     and (c.name_ky, c.official_ky) != (wanted[c.code].name_ky,
                                                        wanted[c.code].official_ky)]
        if stale:
            self._write_country_names([wanted[code] for code in stale])

    @writes
    def _write_country_names(self, corrected) -> None:
        with self._write(maintenance=True) as s:
            for seed in corrected:
                row = s.exec(select(Country).where(Country.code == seed.code)).one()
                row.name_ky, row.official_ky = seed.name_ky, seed.official_ky
                s.add(row)

    @writes
    def _add_countries(self) -> None:
        with self._write(maintenance=True) as s:
            present = set(s.exec(select(Country.code)).all())  # perhaps seeded meanwhile
            for c in seeds():
                if c.code not in present:
                    s.add(Country(code=c.code, name_ru=c.name_ru, name_ky=c.name_ky,
                                  name_en=c.name_en, official_ru=c.official_ru,
                                  official_ky=c.official_ky, official_en=c.official_en,
                                  abbreviation=c.abbreviation))

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


def country_view(c: Country) -> CountryView:
    return CountryView(c.code, c.name_ru, c.name_ky, c.name_en, c.official_ru, c.official_ky,
                       c.official_en, c.abbreviation)
