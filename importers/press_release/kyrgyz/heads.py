"""Documents a Kyrgyz text says the two countries' leaders signed, naming them only by their
office: «Өкмөт башчылары ... жол картасына кол коюшту», «Мамлекет башчылары ... кол коюшту»,
or in a sentence of its own for the documents named before («Документтерге эки өлкөнүн өкмөт
башчылары кол коюшту»), or by their names when the text gives one of them his office elsewhere
(«Президент Сооронбай Жээнбековдун ... сапары ... Сооронбай Жээнбеков менен Нурсултан Назарбаев
кол койгон документтер»). Heads of state sign for their states, heads of government for their
governments (the registry's parties, never «Президент ...»); leaders named as those in whose
presence others signed («... Жапаров менен Мирзиёевдин катышуусунда») are no signers."""

from __future__ import annotations

import re

from models.kyrgyz_words import without_case
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
            before_name: bool = False, text: str = "") -> list[PartyDraft]:
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
        level = _named_leaders(words, text, before_name)
        return country_parties(codes, level, index, year) if level else []
    level = "government" if found.group("government") else "interstate"
    return country_parties(codes, level, index, year)


# A head's office before his name, in any case: «Президент Садыр Жапаровдун», «Казакстандын
# Премьер-министри Олжас Бектенов», «Министрлер Кабинетинин Төрагасы Адылбек Касымалиев».
_OFFICE = re.compile(r"(?<![\w-])(?i:(?P<state>президент(?:и|у)?)|(?P<government>"
                     r"(?:вице-)?премьер-министр(?:и)?|өкмөт\s+башчысы|министрлер\s+кабинетинин\s+"
                     r"төрагасы))\s+(?:[А-ЯЁӨҮҢ]\.\s*){0,2}(?:[А-ЯЁӨҮҢ][\w-]+\s+)?"
                     r"(?P<surname>[А-ЯЁӨҮҢ][\w-]{2,})")
# Two people or more, each a name (a first name and a surname, or initials and a surname),
# joined by «менен», «жана» or a comma: «Си Цзиньпин менен Садыр Жапаров».
_PERSON = r"(?:[А-ЯЁӨҮҢ]\.\s*){0,2}(?:[А-ЯЁӨҮҢ][\w-]+\s+)?[А-ЯЁӨҮҢ][\w-]+"
_PEOPLE = re.compile(r"(?<![\w-])%s(?:(?:\s+(?:менен|жана)\s+|,\s*)%s)+" % (_PERSON, _PERSON))
# Those in whose presence the signing was: «... Мирзиёевдин катышуусунда».
_ATTENDING = re.compile(r"(?<![\w-])(?:катышуусунда|катышуусу\s+менен|катышкан|күбөлүгүндө|"
                        r"көз\s+алдында|алдында)(?![\w-])", re.I)
_FINITE = re.compile(r"(?<![\w-])кол\s+ко(?:юшту|йду|юшуп)(?![\w-])", re.I)


def office_holders(text: str) -> dict[str, str]:
    """The surnames (nominative) of the heads of state or government the text names with their
    office, each with the level he signs at ("interstate" or "government")."""
    out: dict[str, str] = {}
    for m in _OFFICE.finditer(text):
        out.setdefault(without_case(m.group("surname")),
                       "interstate" if m.group("state") else "government")
    return out


def _named_leaders(words: str, text: str, before_name: bool) -> str | None:
    """The level of the leaders who are the subject of the signing `words` speak of, named by
    their names («Сооронбай Жээнбеков менен Нурсултан Назарбаев кол койгон ...», «... – ага
    Си Цзиньпин менен Садыр Жапаров ... кол коюшту»), one at least with an office the text
    gives him; else None. `before_name`: after the last finite verb (another sentence's)."""
    if not text:
        return None
    if before_name:
        finite = list(_FINITE.finditer(words))
        words = words[finite[-1].end():] if finite else words
    else:
        verb = _SIGNED.search(words)
        words = words[:verb.start()] if verb else ""
    attending = list(_ATTENDING.finditer(words))
    words = words[attending[-1].end():] if attending else words
    holders = office_holders(text)
    levels = [holders.get(without_case(w)) for m in _PEOPLE.finditer(words)
              for w in re.findall(r"[\w-]+", m.group())]
    if not any(levels):
        return None
    return "interstate" if "interstate" in levels else "government"


def shared(text: str, codes: list[str], index: CountryIndex,
           year: int | None) -> list[PartyDraft]:
    """The sides a sentence of their own gives all the documents named before it
    («Документтерге эки өлкөнүн өкмөт башчылары кол коюшту»)."""
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if _SHARED.search(sentence) and _SIGNED.search(sentence):
            found = leaders(sentence, codes, index, year, text=text)
            if found:
                return found
    return []
