"""The other country of a two-country meeting when the text names it only in the meeting's words:
an adjective beside a delegation or a post («переговоры с туркменской делегацией», "talks with
the Uzbek President", «his Turkmen counterpart»), the capital of a visit («в ходе визита в
Ташкент», "during the visit to Ashgabat") or the foreign capital the meeting was held in."""

from __future__ import annotations

import re

from models.countries import HOME_COUNTRY

from .countries import DEMONYMS, CountryIndex
from .morphology import lemma

# Capitals (Russian lemmas and stems, English names) of the countries a Kyrgyz registry meets.
_CAPITALS = {
    "KG": ("бишкек", "bishkek"), "UZ": ("ташкент", "tashkent"), "KZ": ("астана", "astana"),
    "TJ": ("душанбе", "dushanbe"), "TM": ("ашхабад", "ashgabat", "ashkhabad"),
    "RU": ("москва", "moscow"), "CN": ("пекин", "beijing"), "BY": ("минск", "minsk"),
    "AZ": ("баку", "baku"), "AM": ("ереван", "yerevan"), "TR": ("анкара", "ankara"),
    "IR": ("тегеран", "tehran"), "PK": ("исламабад", "islamabad"), "JP": ("токио", "tokyo"),
    "KR": ("сеул", "seoul"), "DE": ("берлин", "berlin"), "MN": ("улан-батор", "ulaanbaatar",
                                                               "ulan bator"),
    "QA": ("доха", "doha"), "AE": ("абу-даби", "abu dhabi"), "SA": ("эр-рияд", "riyadh"),
    "HU": ("будапешт", "budapest"), "AT": ("вена", "vienna"), "FR": ("париж", "paris"),
    "IT": ("рим", "rome"), "GB": ("лондон", "london"), "US": ("вашингтон", "washington"),
    "IN": ("нью-дели", "new delhi"), "AF": ("кабул", "kabul"), "GE": ("тбилиси", "tbilisi"),
    "UA": ("киев", "kyiv", "kiev"),
}
_CAPITAL = {name: code for code, names in _CAPITALS.items() for name in names}

_VISIT = re.compile(r"(?:визит\w*|поездк\w*|прибы\w+|прилет\w+|visit(?:s|ed|ing)?|trip|arriv\w+)"
                    r"(?:\s+[\w-]+){0,3}?\s+(?:в|во|to|in)\s+(?P<city>[A-ZА-ЯЁ][\w-]+"
                    r"(?:\s+[A-Z][a-z]+)?)", re.I)
_BESIDE = re.compile(r"(?P<adj>[\w-]+)\s+(?:делегаци\w*|сторон\w*|коллег\w*|президент\w*|"
                     r"лидер\w*|премьер-министр\w*|правительств\w*|delegation|side|counterpart|"
                     r"president|prime\s+minister|leader|government|partners?)\b", re.I)
# «the Kyrgyz and Turkish sides», «Kyrgyz and Uzbek officials», «кыргызская и узбекская
# делегации»: two adjectives before one plural noun, a country each.
_BOTH_BESIDE = re.compile(r"(?P<a>[\w-]+)\s+(?:and|и)\s+(?P<adj>[\w-]+)\s+(?:sides|delegations|"
                          r"officials|representatives|leaders|presidents|counterparts|"
                          r"сторон\w*|делегаци\w*|лидер\w*|президент\w*)\b", re.I)


def capital_of(city: str) -> str | None:
    """The country whose capital `city` is («Ташкенте», "Ashgabat"), or None."""
    words = city.strip()
    if not words:
        return None
    key = words.casefold() if re.match(r"[A-Za-z]", words) else lemma(words.split()[0])
    return _CAPITAL.get(key) or _CAPITAL.get(words.split()[0].casefold())


def _demonym(word: str) -> str | None:
    if re.search(r"[а-яё]", word, re.I):
        return DEMONYMS.get(lemma(word))
    return DEMONYMS.get(word.casefold()) if word[:1].isupper() else None


def meeting_partners(lead: str, index: CountryIndex, city: str = "") -> list[str]:
    """The countries of the meeting the lead names by their names, their adjectives beside a
    delegation or a post, or the capital visited; the home country first. With the home country
    alone, the foreign capital the meeting took place in (`city`) is the other side."""
    codes = [m.code for m in index.mentions(lead) if m.by_name]
    codes += [c for m in _BOTH_BESIDE.finditer(lead) for c in [_demonym(m.group("a"))] if c]
    codes += [c for m in _BESIDE.finditer(lead) for c in [_demonym(m.group("adj"))] if c]
    codes += [c for m in _BOTH_BESIDE.finditer(lead) for c in [_demonym(m.group("adj"))] if c]
    codes += [c for m in _VISIT.finditer(lead) for c in [capital_of(m.group("city"))] if c]
    codes = list(dict.fromkeys(codes))
    if codes == [HOME_COUNTRY] and city:
        there = capital_of(city)
        if there and there != HOME_COUNTRY:
            codes.append(there)
    if codes and HOME_COUNTRY not in codes and len(codes) == 1:
        codes.insert(0, HOME_COUNTRY)  # «эмир Катара в Бишкеке»: the registry's country and one
    return sorted(codes, key=lambda c: c != HOME_COUNTRY)
