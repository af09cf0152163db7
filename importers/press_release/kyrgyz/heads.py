"""Documents a Kyrgyz text says the two countries' leaders signed, naming them only by their
office: «Өкмөт башчылары ... жол картасына кол коюшту», «Мамлекет башчылары ... кол коюшту»,
or in a sentence of its own for the documents named before («Документтерге эки өлкөнүн өкмөт
башчылары кол коюшту»). Heads of state sign for their states, heads of government for their
governments (the registry's parties, never «Президент ...»)."""

from __future__ import annotations

import re

from models.records import PartyDraft

from ..countries import CountryIndex
from .parties import country_parties

# The leaders as the subject (nominative, plural): not «Президенттердин катышуусунда».
_LEADERS = re.compile(
    r"(?<![\w-])(?:эки\s+(?:өлкөнүн|мамлекеттин)\s+)?(?:(?P<government>өкмөт\s+башчылары|"
    r"премьер-министрлер(?:и)?)|(?P<state>мамлекет\s+башчылары|президенттер(?:и)?|"
    r"лидерлер(?:и)?))(?![\w-])", re.I)
_SIGNED = re.compile(r"(?<![\w-])кол\s+ко(?:юшту|йду|юшкан|йгон|юшуп)(?![\w-])", re.I)
# A sentence that speaks of the documents named before it: «Документтерге ...», «Аларга ...».
_SHARED = re.compile(r"(?<![\w-])(?:(?:бул|аталган|бардык|бүт|кол\s+коюлган)\s+)?"
                     r"(?:документтерге|аларга|макулдашууларга|келишимдерге|меморандумдарга)"
                     r"(?![\w-])", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+")


def leaders(words: str, codes: list[str], index: CountryIndex, year: int | None,
            before_name: bool = False) -> list[PartyDraft]:
    """The states or governments of `codes` when the leaders are the subject of the signing
    `words` speak of (before its verb: «Өкмөт башчылары ... кол коюшту»); `before_name`: the
    words before the document's name, where a verb ends another document's signing and the
    subject is after it; else none."""
    if len(codes) != 2:
        return []
    said = list(_SIGNED.finditer(words))
    if before_name:
        found = _LEADERS.search(words, said[-1].end() if said else 0)
    else:
        found = _LEADERS.search(words, 0, said[0].start() if said else len(words))
    if found is None:
        return []
    level = "government" if found.group("government") else "interstate"
    return country_parties(codes, level, index, year)


def shared(text: str, codes: list[str], index: CountryIndex,
           year: int | None) -> list[PartyDraft]:
    """The sides a sentence of their own gives all the documents named before it
    («Документтерге эки өлкөнүн өкмөт башчылары кол коюшту»)."""
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if _SHARED.search(sentence) and _SIGNED.search(sentence):
            found = leaders(sentence, codes, index, year)
            if found:
                return found
    return []
