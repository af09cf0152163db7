"""Country names as spreadsheets write them, resolved to ISO 3166 alpha-2 codes.

The registry's own names (ru, ky, en, official forms, abbreviations such as КР or РФ) come
first, then pycountry's English names and its fuzzy-free lookups (codes, official names).
"""

from __future__ import annotations

import re
from functools import cached_property

import pycountry

from models.records import CountryView

# Names a pycountry lookup does not know, as treaty titles use them.
ALIASES = {
    "britain": "GB", "great britain": "GB", "united kingdom": "GB", "uk": "GB",
    "usa": "US", "united states": "US", "united states of america": "US",
    "russia": "RU", "russian federation": "RU", "kyrgyzstan": "KG", "kyrgyz republic": "KG",
    "kirghizia": "KG", "south korea": "KR", "korea": "KR", "north korea": "KP",
    "iran": "IR", "vietnam": "VN", "viet nam": "VN", "syria": "SY", "laos": "LA",
    "moldova": "MD", "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE",
    "czech republic": "CZ", "ivory coast": "CI", "holland": "NL", "the netherlands": "NL",
    "turkey": "TR", "türkiye": "TR",
}


def key(text: str) -> str:
    return " ".join(text.replace("ё", "е").casefold().split())


class CountryNames:
    """Looks up country codes by any name the registry or pycountry knows."""

    def __init__(self, countries: list[CountryView]):
        self.countries = {c.code: c for c in countries}
        self.names: dict[str, str] = {}
        for name, code in ALIASES.items():
            self.names[name] = code
        for c in countries:
            for name in (c.name_en, c.official_en, c.name_ru, c.official_ru, c.name_ky,
                         c.official_ky, c.abbreviation):
                if name:
                    self.names.setdefault(key(name), c.code)
        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")):
                if name and c.alpha_2 in self.countries:
                    self.names.setdefault(key(name), c.alpha_2)

    def code(self, text: str) -> str | None:
        """The code of a country written as a code, a name or an abbreviation; None if none."""
        text = text.strip()
        if not text:
            return None
        if len(text) == 2 and text.isascii() and text.upper() in self.countries:
            return text.upper()
        if len(text) == 3 and text.isascii() and text.isalpha():
            found = pycountry.countries.get(alpha_3=text.upper())
            if found and found.alpha_2 in self.countries:
                return found.alpha_2
        return self.names.get(key(text))

    @cached_property
    def _pattern(self) -> re.Pattern:
        # Longest names first, so "Republic of Korea" wins over "Korea"; whole words only.
        names = sorted((n for n in self.names if len(n) > 3), key=len, reverse=True)
        return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")

    def named_in(self, text: str) -> list[str]:
        """The codes of the countries a text names, in order of first mention."""
        found = (self.names[m.group(1)] for m in self._pattern.finditer(key(text)))
        return list(dict.fromkeys(found))
