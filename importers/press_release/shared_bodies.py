"""Parties a document's name gives as a pair of like bodies: «между правительствами двух стран»,
«между министерствами юстиции КР и РФ», «between the foreign ministries of the two countries»,
«between the two countries' ministries of finance», «between the ministries of health» — one
such body of each country: of the countries it names, else of the meeting's two countries."""

from __future__ import annotations

import re

from models.records import PartyDraft

from .countries import CountryIndex
from .morphology import inflect_phrase
from .parties import english_name, government_name, party_drafts

_TWO = r"(?:двух|обеих|обоих)\s+(?:стран|государств)"
_RU = re.compile(r"\bмежду\s+(?:профильными\s+)?(?P<body>правительствами|министерствами|"
                 r"ведомствами)(?P<of>(?:\s+(?!двух|обеих|обоих)[а-яё-]+){0,5}?)"
                 r"(?:\s+" + _TWO + r"|\s+(?P<countries>[А-ЯЁ][\w-]*\s+и\s+[А-ЯЁ][\w-]*))?"
                 r"(?=\s+(?:о|об|по|в|на)\s|[,;.]|\s*$)", re.I)
_EN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?P<two>two\s+countries'|their)\s+)?"
                 r"(?P<adj>[a-z]+\s+)?(?P<body>governments|ministries)"
                 r"(?:\s+of\s+(?!the\s+two)(?P<of>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}?))?"
                 r"(?:\s+of\s+(?:the\s+two\s+countries|both\s+countries))?"
                 r"(?=\s+(?:on|in|for|and|to)\s|[,;.]|\s*$)")
_EN_ADJECTIVES = {"foreign": "Foreign Affairs", "agriculture": "Agriculture",
                  "health": "Health", "justice": "Justice", "finance": "Finance",
                  "education": "Education", "energy": "Energy", "defence": "Defence",
                  "defense": "Defense", "interior": "Internal Affairs", "culture": "Culture",
                  "transport": "Transport", "economy": "Economy"}


def _home_first(codes: list[str]) -> list[str]:
    return sorted(codes, key=lambda c: c != "KG")


def _codes(words: str | None, index: CountryIndex, meeting: list[str]) -> list[str]:
    if words:
        named = [m.code for m in index.mentions(words) if m.by_name]
        if len(set(named)) == 2:
            return _home_first(list(dict.fromkeys(named)))
    return _home_first(meeting) if len(meeting) == 2 else []


def paired_bodies(title: str, index: CountryIndex, meeting: list[str]) -> list[PartyDraft]:
    """The two bodies «между правительствами двух стран» and the like stand for, or []."""
    ru = _RU.search(title)
    if ru:
        codes = _codes(ru.group("countries"), index, meeting)
        of = ru.group("of").strip()
        body = ru.group("body").lower()
        if len(codes) != 2 or body == "ведомствами" or body == "министерствами" and not of:
            return []
        if body == "правительствами":
            return [PartyDraft(name=government_name(c, index), country=c,
                               organisation_kind="government") for c in codes]
        return party_drafts([f"Министерство {of} {inflect_phrase(index.official[c], 'gent')}"
                             for c in codes], index)
    en = _EN.search(title)
    if en:
        codes = _codes(None, index, meeting)
        if len(codes) != 2:
            return []
        if en.group("body") == "governments":
            return [PartyDraft(name=government_name(c, index, english=True), country=c,
                               organisation_kind="government") for c in codes]
        what = (_EN_ADJECTIVES.get((en.group("adj") or "").strip()) or
                (en.group("of") or "").strip().title().replace(" And ", " and "))
        if not what:
            return []
        return party_drafts([f"Ministry of {what} of {english_name(c, index, True)}"
                             for c in codes], index)
    return []
