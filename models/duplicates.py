"""Is this instrument already in the registry? The rule, as pure functions over plain values.

Two records are one instrument when their kinds agree, their dates of signature agree (as far
as each is known: a day, a month, a year), their parties belong to the same countries and their
titles say the same. Titles are compared by their distinctive words (`models.wording`): word
forms, «КР» and «Кыргызская Республика», «Кабинет министров» and «Правительство» do not make two
titles differ, while the words the documents of one meeting differ by (the subject) do, and so
do numbers (Annex I / Annex II, the programme for 2024–2026 / for 2027–2029). The less exactly
the dates are known, the closer the titles must be.

    wording = Wording(registry.countries())
    a = facts(wording, title=..., kind=..., signed_date=..., precision="day",
              parties=[("Кабинет министров КР", "KG"), ("Правительство РФ", "RU")])
    likeness = compare(a, b)   # None: two instruments; else how they agree
"""

from __future__ import annotations

from dataclasses import dataclass
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
# Title similarity needed, by how exactly the two dates are known.
SAME_DAY, SAME_MONTH_OR_YEAR, NO_DATES = 0.6, 0.8, 0.9
_GENERIC_KINDS = ("", "other")


@dataclass(frozen=True)
class Title:
    words: frozenset[str]  # distinctive words
    marks: frozenset[str]  # numbers and Roman numerals
    countries: frozenset[str]  # countries it names


@dataclass(frozen=True)
class Facts:
    """What matching compares of one record, a draft or one already stored."""

    kind: str
    signed_date: date | None
    precision: str  # day | month | year
    titles: tuple[Title, ...]  # the title as signed and its other languages
    countries: frozenset[str]  # of the parties
    bodies: frozenset[tuple[str, ...]]  # the parties, each as `Wording.body_key`


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
    keys = [w.key for w in words if not w.country and w.key != GOVERNMENT]
    return Title(frozenset(k for k in keys if k not in GENERIC and not is_mark(k)),
                 frozenset(k for k in keys if is_mark(k)),
                 frozenset(w.country for w in words if w.country))


def facts(wording: Wording, *, title: str, kind: str, signed_date: date | None,
          precision: str = "day", parties: Iterable[tuple[str, str | None]] = (),
          other_titles: Iterable[str] = ()) -> Facts:
    """The facts of a record; `parties` as (name, country code or None)."""
    parties = list(parties)
    titles = tuple(read_title(wording, t) for t in (title, *other_titles) if t and t.strip())
    return Facts(kind or "", signed_date, precision or "day", titles,
                 frozenset(c for _n, c in parties if c),
                 frozenset(wording.body_key(n) for n, _c in parties if n.strip()))


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
    """Dice's coefficient of the distinctive words; 0 when the titles name other countries or
    other numbers."""
    if a.countries and b.countries and a.countries != b.countries:
        return 0.0
    if a.marks and b.marks and not (a.marks <= b.marks or b.marks <= a.marks):
        return 0.0
    if not a.words and not b.words:
        return 1.0 if a.countries == b.countries and a.marks == b.marks else 0.0
    return 2 * len(a.words & b.words) / (len(a.words) + len(b.words))


def needed_similarity(a: Facts, b: Facts) -> float:
    if a.signed_date is None:
        return NO_DATES
    if a.precision == b.precision == "day":
        return SAME_DAY
    return SAME_MONTH_OR_YEAR


def compare(a: Facts, b: Facts) -> Likeness | None:
    """How two records agree if they are one instrument; None if they are two."""
    same_kind = a.kind == b.kind
    if not same_kind and a.kind not in _GENERIC_KINDS and b.kind not in _GENERIC_KINDS:
        return None
    if not dates_agree(a, b):
        return None
    if a.countries and b.countries and a.countries != b.countries:
        return None
    similarity = max((title_similarity(x, y) for x in a.titles for y in b.titles), default=0.0)
    needed = needed_similarity(a, b)
    if not same_kind:
        needed = max(needed, SAME_MONTH_OR_YEAR)
    if similarity < needed:
        return None
    same_day = a.signed_date is not None and a.precision == b.precision == "day"
    return Likeness(similarity, same_kind, same_day,
                    bool(a.bodies) and a.bodies == b.bodies)


def best_match(draft: Facts, candidates: Iterable[tuple[object, Facts]]):
    """The candidate (its key, Likeness) that is the same instrument as `draft` and closest to
    it, or None."""
    best = None
    for key, other in candidates:
        likeness = compare(draft, other)
        if likeness is not None and (best is None or likeness.score > best[1].score):
            best = (key, likeness)
    return best
