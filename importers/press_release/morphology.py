"""Russian inflection with pymorphy3: noun phrases put into the nominative (or another case)
by inflecting their head noun and the adjectives that agree with it, leaving the rest as is."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
ADJECTIVES = {"ADJF", "PRTF"}


@lru_cache(maxsize=1)
def morph():
    """The analyser takes a quarter of a second to load: once per process, when first needed."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def parses(word: str) -> tuple:
    return tuple(morph().parse(word))


def lemma(word: str) -> str:
    """The dictionary form of a word (its likeliest reading), casefolded, ё as е."""
    found = parses(word.lower())
    return (found[0].normal_form if found else word.lower()).replace("ё", "е")


def has_tag(word: str, *grammemes: str) -> bool:
    """Whether some reading of the word carries every one of `grammemes`."""
    return any(all(g in p.tag for g in grammemes) for p in parses(word.lower()))


def cases_of(word: str) -> set[str]:
    return {p.tag.case for p in parses(word.lower()) if p.tag.case}


def _match_case(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        if "-" in original and "-" in new and all(p[:1].isupper() for p in original.split("-")):
            return "-".join(p[:1].upper() + p[1:] for p in new.split("-"))  # «Абу-Дабийский»
        return new[:1].upper() + new[1:]
    return new


def _grammemes(reading) -> set[str]:
    return set(str(reading.tag).replace(" ", ",").split(","))


def head_noun(tokens: list[str], case: str | None):
    """(index of the head noun, its reading) after leading adjectives, or None."""
    for i, token in enumerate(tokens[:5]):
        if not _WORD.fullmatch(token) or (not token.isupper() and any(
                part[1:] != part[1:].lower() for part in token.split("-"))):
            return None  # ОсОО, КыргызПочта: not a word the dictionary can inflect
        readings = parses(token.lower())
        if readings and readings[0].tag.POS in {"PREP", "CONJ", "PRCL", "NPRO"}:
            return None  # «по»: a preposition, though the dictionary knows a noun «по» too
        adjective = any(p.tag.POS in ADJECTIVES for p in readings)
        nouns = [p for p in readings if p.tag.POS == "NOUN" and (case is None or
                                                                 p.tag.case == case)
                 and not (adjective and {"Surn", "Name", "Patr"} & _grammemes(p) and
                          token[:1].isupper() and not (case == "ablt" and p is readings[0] and
                                                       p.score >= 0.5))]
        # (a party after «между» read first as a name is a noun the dictionary guessed:
        # «Хокимиятом города Ташкента»)
        if nouns and (not adjective or readings[0].tag.POS == "NOUN"):
            return i, nouns[0]
        if not any(p.tag.POS in ADJECTIVES for p in readings):
            return None
    return None


def inflect_phrase(phrase: str, target: str = "nomn", case: str | None = None,
                   number: str | None = None) -> str:
    """The phrase with its head noun (and the adjectives before it) put into `target`.
    `case` is the case the phrase is in when known (after "между": "ablt"); a phrase whose
    head is already in `target`, or that does not start with a Russian noun group, is returned
    unchanged."""
    tokens = phrase.split(" ")
    found = head_noun(tokens, case)
    if found is None:
        return phrase
    index, head = found
    if case is None and any(p.tag.case == target and p.tag.POS == "NOUN"
                            for p in parses(tokens[index].lower())):
        return phrase
    number = number or head.tag.number or "sing"
    new_head = head.inflect({target, number}) or head.inflect({target})
    if new_head is None:
        return phrase
    out = list(tokens)
    out[index] = _match_case(tokens[index], new_head.word)
    agreement = {target, "plur"} if number == "plur" else {target, head.tag.gender or "masc",
                                                               "sing"}
    for i in range(index):
        readings = [p for p in parses(tokens[i].lower()) if p.tag.POS in ADJECTIVES]
        fitting = [p for p in readings if p.tag.case == head.tag.case] or readings
        for reading in fitting:
            new = reading.inflect(agreement)
            if new is not None:
                out[i] = _match_case(tokens[i], new.word)
                break
    return " ".join(out)


def head_gender(phrase: str) -> str | None:
    found = head_noun(phrase.split(" "), None)
    return found[1].tag.gender if found else None
