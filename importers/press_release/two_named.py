"""Sides a Russian document names only by their kind and number: «план ... между двумя
регионами», «меморандум о сотрудничестве двух вузов» — the two bodies of that kind the text
names, when it names exactly two («Власти Астраханской и Атырауской областей ...»: «Астраханская
область», «Атырауская область»; «в Национальном университете Узбекистана побывала делегация
Азербайджанского технического университета»: the two universities)."""

from __future__ import annotations

import re
from functools import lru_cache

from .morphology import inflect_phrase, parses
from .party_names import capitalise

# «двух регионов», «между двумя университетами», «обоих вузов», «обеих областей»
_TWO_OF = re.compile(r"(?<![\w-])(?:двух|двумя|обоих|обоими|обеих|обеими)\s+(?:[а-яё-]+\s+)?"
                     r"(?P<what>регион|област|вуз|университет)[а-яё]*(?![\w-])", re.I)
# «Астраханской области», «Атырауская область», «Астраханской и Атырауской областей»
_REGION = re.compile(r"(?<![\w-])(?P<adjs>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
                     r"(?:\s+и\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)?)\s+"
                     r"област(?:ь|и|ью|ей|ям|ями|ях)(?![\w-])")
# «Национальном университете Узбекистана», «Азербайджанского технического университета»: a
# capitalised word, small-letter adjectives, the kind word, then capitalised words in the
# genitive.
_UNIVERSITY = re.compile(r"(?<![\w-])(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){0,3}?\s+"
                         r"(?:университет|институт|академи)[а-яё]*)"
                         r"(?P<of>(?:\s+[А-ЯЁ][а-яё-]+){0,3})")


def _region(adjective: str) -> str | None:
    """«Астраханской» -> «Астраханская область»."""
    if not any(p.tag.POS == "ADJF" for p in parses(adjective.lower())):
        return None
    return capitalise(inflect_phrase(f"{adjective} области", case="gent"))


def _regions(text: str) -> list[str]:
    names: list[str] = []
    for m in _REGION.finditer(text):
        for adjective in re.split(r"\s+и\s+", m.group("adjs")):
            name = _region(adjective)
            if name and name not in names:
                names.append(name)
    return names


def _genitive_words(words: str) -> str:
    """The capitalised words after a university's kind word that are its owner in the
    genitive («Узбекистана»; not a person's name)."""
    kept = []
    for word in words.split():
        readings = parses(word.lower())
        if not readings or readings[0].tag.case != "gent" or \
                {"Name", "Surn", "Patr"} & set(readings[0].tag.grammemes):
            break
        kept.append(word)
    return " ".join(kept)


def _universities(text: str) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for m in _UNIVERSITY.finditer(text):
        name = inflect_phrase(m.group("name"), "nomn")
        of = _genitive_words(m.group("of"))
        name = f"{name} {of}".strip()
        name = capitalise(name)
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            names.append(name)
    return names


@lru_cache(maxsize=8)
def _named(text: str, regions: bool) -> tuple[str, ...]:
    """The regions (or universities) the text names, read once per text: each of its documents
    asks for them."""
    return tuple(_regions(text) if regions else _universities(text))


_SENTENCE_END = re.compile(r"[.!?…]+(?=[»\"”)]*\s+[«\"“]?[А-ЯЁA-Z])|\n")


def two_of_a_kind(title: str, text: str, start: int, end: int) -> list[str] | None:
    """The two bodies «двух регионов / вузов» in a document's name or its sentence (the
    document at text[start:end]) stands for, when the text names exactly two of that kind;
    else None."""
    begin = max([m.end() for m in _SENTENCE_END.finditer(text, 0, start)], default=0)
    stop = _SENTENCE_END.search(text, end)
    m = _TWO_OF.search(title) or _TWO_OF.search(text, begin, stop.start() if stop else len(text))
    if not m:
        return None
    names = _named(text, m.group("what").lower() in ("регион", "област"))
    return list(names) if len(names) == 2 else None
