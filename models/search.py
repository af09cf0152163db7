"""Free-text search over instruments, as a Russian speaker expects it.

Each instrument keeps `search_text`: the casefolded text of its titles, parties (current and
former names), countries, subject, sectors and notes, followed by the dictionary forms (lemmas,
pymorphy3) of its Russian words. A full-text index is built over that column: SQLite FTS5
(`instrument_fts`, kept in step by triggers; migration 0002) or PostgreSQL's own text search
(a GIN index on `to_tsvector('simple', search_text)`: lower case only, as FTS5; migration 0010).

A query matches when every one of its words matches, in any order; a word matches a word of the
text that begins with it (typing «санитарн» finds «санитарно-эпидемиологического») or that has
the same dictionary form («соглашения» finds «соглашение», «миграция» finds «миграции»).
Kyrgyz words (Cyrillic words the Russian dictionary does not know) are stemmed by their endings
instead (models.kyrgyz_words: «кызматташтыгы» finds «кызматташтык» and «кызматташтыктын»), in
the indexed text and in the query alike, on both databases.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sqlalchemy import bindparam, column, func, literal_column, select, table, true
from sqlalchemy.sql.elements import ColumnElement

from .kyrgyz_words import stem as kyrgyz_stem
from .tables import Instrument

# Letters and digits; hyphens, slashes and underscores separate words, as in FTS5's unicode61.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Only words of the Russian alphabet go through the morphology: it would invent lemmas for
# Kyrgyz or Latin words.
_RUSSIAN = re.compile(r"^[а-яё]+$")
_CYRILLIC = re.compile(r"^[а-яёөүң]+$")
FTS_TABLE = "instrument_fts"
_FTS = table(FTS_TABLE, column("rowid"))


def normalise(text: str) -> str:
    """Casefold for any script (SQLite's lower() folds only ASCII); ё is searched as е."""
    return unicodedata.normalize("NFC", text or "").casefold().replace("ё", "е")


def query_words(query: str) -> list[str]:
    return _WORD.findall(normalise(query))


@lru_cache(maxsize=1)
def _morph():
    """The analyser takes a quarter of a second to load: once per process, when first needed."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def load_dictionary() -> None:
    """The analyser loaded now: before forking, so that the forked processes share it
    (`importers.tables.parallel`; each loading its own took about 35 MB more apiece)."""
    _morph()


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of a casefolded word (all its readings); none for a word the
    dictionary does not know, so that a guess never widens the search."""
    if len(word) < 2 or not _RUSSIAN.match(word):
        return ()
    morph = _morph()
    if not morph.word_is_known(word):
        return ()
    return tuple(dict.fromkeys(p.normal_form.replace("ё", "е") for p in morph.parse(word)))


@lru_cache(maxsize=200_000)
def forms(word: str) -> tuple[str, ...]:
    """The dictionary forms a casefolded word is also searched by: its Russian lemmas, and
    for a Cyrillic word its Kyrgyz stem when the Russian dictionary does not know it or a
    Kyrgyz ending of two letters or more comes off («араны» → «ара»)."""
    found = lemmas(word)
    if len(word) < 4 or not _CYRILLIC.match(word):
        return found
    kyrgyz = kyrgyz_stem(word)
    if not found:
        return (kyrgyz,)
    return found + (kyrgyz,) if len(word) - len(kyrgyz) >= 2 and kyrgyz not in found \
        else found


def surface(parts: list[str]) -> str:
    """The parts casefolded, as the indexed text begins."""
    return normalise(" \n".join(p for p in parts if p))


def words(text: str) -> set[str]:
    return set(_WORD.findall(text))


def document(parts: list[str]) -> str:
    """The indexed text: the parts casefolded, then the dictionary forms their words do not
    already show."""
    surface_text = surface(parts)
    words = set(_WORD.findall(surface_text))
    extra = dict.fromkeys(form for w in sorted(words) for form in forms(w) if form not in words)
    return surface_text + ("\n" + " ".join(extra) if extra else "")


class PartialDocument:
    """`document(parts)` computed before one of its parts is known (an imported instrument's
    registry number, given inside the write lock): `complete(value)` is cheap and gives the
    same text as `document` with `value` in place `slot`. `likely`: a value like the one
    to come (the number with another running number): words with a digit never have forms
    nor are one, so its other words are all `complete` needs to know beforehand."""

    __slots__ = ("before", "after", "extra", "letters")

    def __init__(self, parts: list[str], slot: int, likely: str = ""):
        # The parts after the slot (parties, countries, sectors, place...) repeat row after
        # row: each casefolded and split into words once (`surface` of them all is the
        # casefolded parts joined, as no word spans the separator).
        after = [_part(p) for p in parts[slot + 1:] if p]
        self.before, self.after = surface(parts[:slot]), " \n".join(t for t, _ in after)
        self.letters = _lettered(likely)
        words = set(_WORD.findall(self.before)).union(self.letters, *(w for _, w in after))
        self.extra = " ".join(dict.fromkeys(form for w in sorted(words) for form in forms(w)
                                            if form not in words))

    def complete(self, value: str) -> str:
        text = " \n".join(p for p in (self.before, normalise(value), self.after) if p)
        if _lettered(value) != self.letters:
            return document([text])  # its words change the forms: all of them again
        return text + ("\n" + self.extra if self.extra else "")

    def __reduce__(self):  # an import's plan spools one per row: its four texts, no slot dict
        return _partial_document, (self.before, self.after, self.extra, self.letters)


def _partial_document(before: str, after: str, extra: str,
                      letters: tuple[str, ...]) -> PartialDocument:
    made = PartialDocument.__new__(PartialDocument)
    made.before, made.after, made.extra, made.letters = before, after, extra, letters
    return made


@lru_cache(maxsize=1024)  # an import's rows share their bodies, countries and sectors
def _part(text: str) -> tuple[str, frozenset[str]]:
    """A part of a document casefolded, and its words."""
    folded = normalise(text)
    return folded, frozenset(_WORD.findall(folded))


def _lettered(value: str) -> tuple[str, ...]:
    """The words of a value that may have or be dictionary forms (without a digit), in order.
    Asked of every registry number an import writes (`PartialDocument.complete`): answered
    once per shape of number (its digits all 0, which changes neither its words nor which
    of them have a digit), not once per number."""
    return _lettered_shape(value.translate(_ZEROS))


_ZEROS = str.maketrans("123456789", "0" * 9)


@lru_cache(maxsize=4096)  # an import's rows mostly share one number pattern
def _lettered_shape(value: str) -> tuple[str, ...]:
    return tuple(sorted({w for w in _WORD.findall(normalise(value))
                         if not any(c.isdigit() for c in w)}))


def _alternatives(word: str) -> list[str]:
    return [form for form in forms(word) if not form.startswith(word)]


def fts5_query(query: str) -> str:
    """An FTS5 MATCH expression: each word as a prefix or by its lemmas; all words required."""
    groups = []
    for word in dict.fromkeys(query_words(query)):
        terms = [f'"{word}"*'] + [f'"{lemma}"' for lemma in _alternatives(word)]
        groups.append("(" + " OR ".join(terms) + ")")
    return " AND ".join(groups)


def tsquery(query: str) -> str:
    """The same expression for PostgreSQL's to_tsquery (':*' marks a prefix)."""
    groups = []
    for word in dict.fromkeys(query_words(query)):
        groups.append("(" + " | ".join([f"{word}:*", *_alternatives(word)]) + ")")
    return " & ".join(groups)


def text_condition(query: str, dialect: str) -> ColumnElement:
    """The instruments whose indexed text matches every word of the query."""
    if not query_words(query):
        return true()
    if dialect == "postgresql":
        config = literal_column("'simple'::regconfig")
        vector = func.to_tsvector(config, Instrument.search_text)
        return vector.op("@@")(func.to_tsquery(config, bindparam("fts_query", tsquery(query))))
    match = literal_column(FTS_TABLE).op("MATCH")(bindparam("fts_query", fts5_query(query)))
    return Instrument.id.in_(select(_FTS.c.rowid).where(match))
