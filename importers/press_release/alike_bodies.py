"""«At the meeting the universities signed a memorandum ...», «the two institutes signed ...»:
a subject that is the plural of a kind of body names no one; the sides are the two bodies of
that kind the text named before it (a university named again shorter is the same one: «S.
Toraighyrov Pavlodar State University», «Pavlodar State University», «Toraighyrov
University»). English texts only; None unless exactly two such bodies were named."""

from __future__ import annotations

import re
from functools import lru_cache

_SIGNED = re.compile(r"(?:^|\s)(?:[Tt]he\s+)?(?:two\s+|both\s+)?(?P<kind>universities|institutes|"
                     r"academies|colleges|municipalities|provinces)\s+(?:(?:also|have|has|had|"
                     r"today|then|jointly|officially)\s+)*(?:signed|inked|concluded)"
                     r"(?:\s+[\w-]+){0,2}\s*$")
_HEADS = {"universities": r"Universit(?:y|i)", "institutes": r"Institute",
          "academies": r"Academy", "colleges": r"College", "municipalities": r"Municipality",
          "provinces": r"Province"}
# The words of a name before its head word: capitalised words, initials («S.», «Zh.»), «-».
_BEFORE = re.compile(r"(?:(?:(?:[A-Z][a-z]{0,2}\.)+|[A-Z][\w'’-]*)\s+){1,6}$")
_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_GENERIC = {"university", "universiti", "institute", "academy", "college", "municipality",
            "province", "state", "national", "technical", "international", "the", "of",
            "pedagogical", "medical", "agrarian", "federal", "public", "private", "new",
            "kazakh", "kyrgyz", "uzbek", "tajik", "turkmen", "russian", "chinese", "turkish",
            "american", "british", "korean", "japanese", "german", "indian", "iranian"}


@lru_cache(maxsize=8)
def _heads(text: str, head: str) -> tuple[tuple[int, str], ...]:
    """(end, name up to its head word) of every name with the head word `head` in the text, read
    once per text: each of its documents asks for the names before it."""
    found = []
    for m in re.finditer(r"\b%s\b" % head, text):
        before = _BEFORE.search(text, 0, m.start())
        start = before.start() if before else m.start()
        words = text[start:m.start()].split()
        while words and words[0] in ("The", "A", "At", "In", "On"):
            words.pop(0)  # (the sentence's first word)
        found.append((m.end(), " ".join(words + [m.group()])))
    return tuple(found)


def _names(text: str, head: str, end: int) -> list[str]:
    """The names with the head word `head` in text[:end] (its «of ...» cut at `end`)."""
    names = []
    for stop, name in _heads(text, head):
        if stop > end:
            break
        of = _OF.match(text, stop, end)
        names.append(re.sub(r"\s+of\s+the\s+", " of the ", name + (of.group() if of else "")))
    return names


@lru_cache(maxsize=8)
def _first_cyrillic(text: str) -> int:
    """Where the text's first Cyrillic letter is (its length if it has none)."""
    found = re.search(r"[а-яё]", text, re.I)
    return found.start() if found else len(text)


def _own_words(name: str) -> set[str]:
    """The words that tell a body from others of its kind; the whole name when it has none of
    its own («Kazakh National Agrarian University»)."""
    words = re.findall(r"[\w'’-]+", name)
    own = {w.casefold() for w in words if len(w) > 2 and w.casefold() not in _GENERIC}
    return own or {" ".join(words).casefold()}


def alike_signed(text: str, end: int) -> list[str] | None:
    """The two bodies of the kind the subject of the signing right before text[end:] names (see
    the module), or None."""
    if _first_cyrillic(text) < end:
        return None
    m = _SIGNED.search(text, 0, end)
    if not m:
        return None
    groups: list[list[str]] = []
    for name in _names(text, _HEADS[m.group("kind")], m.start()):
        own = _own_words(name)
        same = [g for g in groups if any(own & _own_words(x) for x in g)]
        if len(same) > 1:
            return None  # (a name joining two others: unclear)
        (same[0] if same else groups.append([]) or groups[-1]).append(name)
    if len(groups) != 2:
        return None
    return [max(g, key=len) for g in groups]
