"""Is this instrument already in the registry? The rule, as pure functions over plain values.

Two records are one instrument when their kinds agree, their dates of signature agree (as far
as each is known: a day, a month, a year), their parties belong to the same countries and their
titles say the same. Titles are compared by their distinctive words (`models.wording`), those
of the parties' names left out (the parties are compared as parties; what is left says what the
instrument is about): word forms, «КР» and «Кыргызская Республика», «Кабинет министров» and
«Правительство», a misspelling do not make two titles differ, while the words the documents of
one meeting differ by (their subjects) do, and so do numbers (Annex I / Annex II, the programme
for 2024–2026 / for 2027–2029). Two titles each with a word of its own (the Tana river and the
Pasvik river) are two instruments; so is a title with a word more saying it relates to another
instrument («Supplementary To The Convention On ...», «о продлении Соглашения ...»). The less
exactly the dates are known, the closer the titles must be, and closer still when only one of
the two records says which countries it binds, or one is a document of no particular kind.

Measured on the public lists and the demo: `python -m bench.duplicates precision`.

    wording = Wording(registry.countries())
    a = facts(wording, title=..., kind=..., signed_date=..., precision="day",
              parties=[("Кабинет министров КР", "KG"), ("Правительство РФ", "RU")])
    likeness = compare(a, b)   # None: two instruments; else how they agree
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable

from .wording import FILLER, GOVERNMENT, Wording, is_mark

# Words every title of a kind shares; they say nothing about which document it is. (The kind
# itself is compared as the kind.)
GENERIC = frozenset(
    "соглашение договор конвенция протокол меморандум взаимопонимание сотрудничество намерение "
    "программа план дорожный карта декларация заявление совместный обмен нота другой "
    "сторона область сфера год г "
    "келишим макулдашуу меморандум протокол кызматташтык жаатындагы тармагындагы "
    "agreement treaty convention protocol memorandum understanding cooperation intent "
    "programme program plan roadmap declaration statement joint exchange note party field "
    "area".split()) | FILLER
# Words by which a title says it is about another instrument (its supplement, its amendment,
# the rules applying it) or is another kind of document made beside it (its statutes, the
# minutes agreed): with such a word more, a title names a second document.
RELATING = frozenset(
    "дополнительный дополнение изменение внесение продление пролонгация прекращение "
    "применение реализация исполнение выполнение приложение толкование присоединение "
    "supplementary supplement additional amend amending amendment applying application "
    "implementing implementation annex regulation extending extension prolonging "
    "modifying modification revising revision terminating termination interpretation "
    "accession related signature "
    # documents of another kind made beside an instrument: its statutes, rules, minutes
    "устав регламент резолюция рекомендация statute rule resolution minute decision "
    "technical recommendation".split())
# Title similarity needed, by how exactly the two dates are known, and more when one record
# alone names countries.
SAME_DAY, SAME_MONTH_OR_YEAR, NO_DATES = 0.6, 0.8, 0.9
ONE_SIDE_UNKNOWN = 0.9
_TYPO = 2  # letters two spellings of one word may differ by («Governmnet», «Europen»)
_GENERIC_KINDS = ("", "other")
_LATIN_LETTER = re.compile("[A-Za-z]")


@dataclass(frozen=True)
class Title:
    words: frozenset[str]  # distinctive words
    marks: frozenset[str]  # numbers and Roman numerals
    countries: frozenset[str]  # countries it names
    latin: bool = False  # written in Latin letters (English), else Cyrillic

    def without(self, words: frozenset[str]) -> "Title":
        return replace(self, words=self.words - words)


@dataclass(frozen=True)
class Facts:
    """What matching compares of one record, a draft or one already stored."""

    kind: str
    signed_date: date | None
    precision: str  # day | month | year
    titles: tuple[Title, ...]  # the title as signed and its other languages
    countries: frozenset[str]  # of the parties
    bodies: frozenset[tuple[str, ...]]  # the parties, each as `Wording.body_key`
    party_words: frozenset[str] = frozenset()  # the words of the parties' names


@dataclass(frozen=True)
class Likeness:
    """How two records that are one instrument agree."""

    similarity: float  # of the titles, 0..1
    same_kind: bool
    same_day: bool  # both dates known to the day, and equal
    same_parties: bool  # the same bodies (else: bodies of the same countries, or unknown)

    @property
    def score(self) -> float:
        """To rank several matches: the closest first."""
        return self.similarity + 0.1 * self.same_parties + 0.05 * self.same_kind


def read_title(wording: Wording, text: str) -> Title:
    words = wording.words(text)
    keys = [w.key for w in words if not w.country and w.key != GOVERNMENT and (
        len(w.key) > 1 or is_mark(w.key))]  # «г.», «с»: no words
    return Title(frozenset(k for k in keys if k not in GENERIC and not is_mark(k)),
                 frozenset(k for k in keys if is_mark(k)),
                 frozenset(w.country for w in words if w.country),
                 latin=len(_LATIN_LETTER.findall(text)) * 2 > sum(map(str.isalpha, text)))


def facts(wording: Wording, *, title: str, kind: str, signed_date: date | None,
          precision: str = "day", parties: Iterable[tuple[str, str | None]] = (),
          other_titles: Iterable[str] = ()) -> Facts:
    """The facts of a record; `parties` as (name, country code or None)."""
    parties = list(parties)
    titles = tuple(read_title(wording, t) for t in (title, *other_titles) if t and t.strip())
    bodies = frozenset(wording.body_key(n) for n, _c in parties if n.strip())
    return Facts(kind or "", signed_date, precision or "day", titles,
                 frozenset(c for _n, c in parties if c), bodies,
                 frozenset(w for body in bodies for w in body) - GENERIC)


def dates_agree(a: Facts, b: Facts) -> bool:
    """Both unknown, or the same as far as the less exact of the two is known."""
    if a.signed_date is None or b.signed_date is None:
        return a.signed_date is None and b.signed_date is None
    x, y = a.signed_date, b.signed_date
    if "year" in (a.precision, b.precision):
        return x.year == y.year
    if "month" in (a.precision, b.precision):
        return (x.year, x.month) == (y.year, y.month)
    return x == y


def title_similarity(a: Title, b: Title) -> float:
    """Dice's coefficient of the distinctive words, a misspelt word counting as the word; 0
    when the titles name other countries or other numbers, when each has a word of its own
    (the Tana river, the Pasvik river), or when one relates to another instrument where the
    other does not."""
    if a.countries and b.countries and a.countries != b.countries:
        return 0.0
    if a.marks and b.marks and a.marks != b.marks:
        return 0.0
    only_a, only_b = unpaired(a.words - b.words, b.words - a.words)
    if (only_a and only_b) or (only_a | only_b) & RELATING:
        return 0.0
    if not a.words and not b.words:
        return 1.0 if a.countries == b.countries and a.marks == b.marks else 0.0
    shared = len(a.words) - len(only_a)
    return 2 * shared / (len(a.words) + len(b.words))


def unpaired(only_a: set[str], only_b: set[str]) -> tuple[set[str], set[str]]:
    """The words of each title the other has in no spelling: a misspelt word («Europen»,
    «Governmnet»), a shortened one («reciproc») or two written as one («north west»,
    «northwest») pairs with the other's."""
    only_a, only_b = set(only_a), set(only_b)
    for x in sorted(only_a):
        twin = next((y for y in sorted(only_b) if near(x, y)), None)
        if twin is not None:
            only_a.discard(x)
            only_b.discard(twin)
    for left, right in ((only_a, only_b), (only_b, only_a)):
        for joined in sorted(left):
            parts = [w for w in right if joined.startswith(w)]
            for first in parts:
                rest = joined[len(first):]
                if rest in right:
                    left.discard(joined)
                    right.difference_update({first, rest})
                    break
    return only_a, only_b


def near(x: str, y: str) -> bool:
    """Two spellings of one word: the same first letters, at most _TYPO letters apart."""
    if min(len(x), len(y)) < 5 or x[:3] != y[:3]:
        return False
    if x.startswith(y) or y.startswith(x):
        return True
    return _distance(x, y) <= _TYPO


def _distance(x: str, y: str) -> int:
    """Levenshtein distance, stopping once it is over _TYPO."""
    if abs(len(x) - len(y)) > _TYPO:
        return _TYPO + 1
    previous = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        current = [i]
        for j, cy in enumerate(y, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (cx != cy)))
        if min(current) > _TYPO:
            return _TYPO + 1
        previous = current
    return previous[-1]


def countries_named(f: Facts) -> frozenset[str]:
    """The countries a record says it binds: its parties' and those its titles name."""
    return f.countries.union(*(t.countries for t in f.titles))


def titles_similarity(a: Facts, b: Facts) -> float:
    """How alike the titles are, the words of the parties' names left out (in a title they
    say who signed, which the parties compare; what is left is what it is about). The titles
    as signed decide when both are in one alphabet; otherwise (an English title against a
    Russian one) the closest pair of their titles in any language."""
    if not a.titles or not b.titles:
        return 0.0
    bodies = a.party_words | b.party_words

    def alike(x: Title, y: Title) -> float:
        shorter = (x.without(bodies), y.without(bodies))
        if not shorter[0].words and not shorter[1].words:  # about whom, not what: as written
            return title_similarity(x, y)
        return title_similarity(*shorter)

    if a.titles[0].latin == b.titles[0].latin:
        return alike(a.titles[0], b.titles[0])
    return max(alike(x, y) for x in a.titles for y in b.titles)


def needed_similarity(a: Facts, b: Facts) -> float:
    if a.signed_date is None:
        needed = NO_DATES
    elif a.precision == b.precision == "day":
        needed = SAME_DAY
    else:
        needed = SAME_MONTH_OR_YEAR
    if bool(countries_named(a)) != bool(countries_named(b)):
        needed = max(needed, ONE_SIDE_UNKNOWN)
    return needed


def kinds_may_agree(a: str, b: str) -> bool:
    """The same kind, or one of them a document of no particular kind ("other")."""
    return a == b or a in _GENERIC_KINDS or b in _GENERIC_KINDS


def compare(a: Facts, b: Facts) -> Likeness | None:
    """How two records agree if they are one instrument; None if they are two."""
    same_kind = a.kind == b.kind
    if not kinds_may_agree(a.kind, b.kind):
        return None
    if not dates_agree(a, b):
        return None
    if a.countries and b.countries and a.countries != b.countries:
        return None
    similarity = titles_similarity(a, b)
    needed = needed_similarity(a, b)
    if not same_kind:  # one of them "other": a document of some kind, worded alike
        needed = max(needed, NO_DATES)
    if similarity < needed:
        return None
    same_day = a.signed_date is not None and a.precision == b.precision == "day"
    return Likeness(similarity, same_kind, same_day,
                    bool(a.bodies) and a.bodies == b.bodies)


def compare_undated(draft: Facts, record: Facts) -> Likeness | None:
    """How a draft whose text gives no date of signature (a press release that never says
    when) agrees with a record of any date, if they are one instrument: the date cannot tell
    them apart, so the rest must — the same kind (not "other"), the same countries named on
    both, and titles as close as two undated records' (NO_DATES). None: two instruments, or
    nothing to tell. A draft with a date is compared as any other (`compare`)."""
    if draft.signed_date is not None:
        return compare(draft, record)
    if not draft.kind or draft.kind in _GENERIC_KINDS or draft.kind != record.kind:
        return None
    named = countries_named(draft)
    if not named or named != countries_named(record):
        return None
    if draft.countries and record.countries and draft.countries != record.countries:
        return None
    similarity = titles_similarity(draft, record)
    if similarity < NO_DATES:
        return None
    return Likeness(similarity, True, False, bool(draft.bodies) and draft.bodies == record.bodies)


def search_words(f: Facts, most: int = 3) -> list[str]:
    """The longest distinctive words of a record's title (its parties' names and the words
    every title of a kind shares left out), for a free-text search of its candidates when no
    date narrows them; [] when the title says nothing of its own («Совместное заявление»)."""
    if not f.titles:
        return []
    words = f.titles[0].without(f.party_words).words or f.titles[0].words
    return sorted((w for w in words if len(w) > 3 and not w.isdigit()),
                  key=lambda w: (-len(w), w))[:most]


def listed_alike(a: str, b: str) -> bool:
    """Two rows of one list name one instrument only when their titles are written alike (up
    to case, ё, spacing and punctuation): a list gives each instrument once, so a title that
    differs at all there («Amendments To Protocol 1 Of ...», «Amendments To The BCH Code Of
    ...») is another entry, however close."""
    return written(a) == written(b)


_WORD = re.compile(r"\w+")


def written(title: str) -> tuple[str, ...]:
    """A title's words as written (`listed_alike` compares them)."""
    return tuple(_WORD.findall(title.casefold().replace("ё", "е")))


def best_match(draft: Facts, candidates: Iterable[tuple[object, Facts]]):
    """The candidate (its key, Likeness) that is the same instrument as `draft` and closest to
    it, or None."""
    best = None
    for key, other in candidates:
        likeness = compare(draft, other)
        if likeness is not None and (best is None or likeness.score > best[1].score):
            best = (key, likeness)
    return best
