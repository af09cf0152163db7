"""How titles and names of bodies are read when two records are compared: the same words in
any grammatical form, every country as its code whether written out («Кыргызской Республикой»,
«Russian Federation», «Кыргыз Республикасынын») or abbreviated («КР», «РФ»), and the government
as one word whatever it is called («Кабинет министров», «Правительство», «Өкмөт»).

Pure: built from the registry's country list (anything with `code`, the names in ru/ky/en,
official forms and `abbreviation`), no database, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import search

# Words, keeping the case (abbreviations are told by their capitals); hyphens separate.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_LATIN = re.compile(r"^[a-z]+$")
GOVERNMENT = "⟨government⟩"  # one token for every name of a government
# Names of a government, as lemma sequences (Russian), casefolded words (English, Kyrgyz).
_GOVERNMENT_NAMES = (("кабинет", "министр"), ("правительство",), ("министрлер", "кабинети"),
                     ("өкмөт",), ("government",), ("cabinet", "of", "minister"))
# Kyrgyz words decline by suffixes the dictionary does not know: «Республикасы»,
# «Республикасынын», «Республикасына» are one word when the shorter one begins the longer.
_KYRGYZ_STEM = 5
_KYRGYZ_GOVERNMENT = "өкмөт"
# Month names as the numbers a date in a title also gives («20 июня 2017», «20.06.2017»).
_MONTHS = {name: str(n) for n, names in enumerate((
    ("январь", "january"), ("февраль", "february"), ("март", "march"), ("апрель", "april"),
    ("май", "may"), ("июнь", "june"), ("июль", "july"), ("август", "august"),
    ("сентябрь", "september"), ("октябрь", "october"), ("ноябрь", "november"),
    ("декабрь", "december")), 1) for name in names}
_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


@dataclass(frozen=True)
class Word:
    """One word of a text as compared: `key` is its dictionary form, a country code
    (`country` set) or GOVERNMENT."""

    key: str
    country: str | None = None


def english_stem(word: str) -> str:
    """Plural and possessive English words as their singular: «ministers» → «minister»."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """The form under which two spellings of a word are the same word: the Russian lemma
    (the likeliest reading), the English singular, else the casefolded word; ё as е."""
    low = search.normalise(word)
    found = search.lemmas(low)
    if found:
        return found[0]
    if _LATIN.match(low):
        return english_stem(low)
    return low


def is_mark(key: str) -> bool:
    """Numbers, Roman numerals and single Latin letters tell apart documents that are
    otherwise worded alike (Annex I / Annex II, Annex A / Annex B, the programme for
    2024–2026 / for 2027–2029)."""
    return key.isdigit() or bool(_ROMAN.match(key)) or (len(key) == 1 and "a" <= key <= "z")


class Wording:
    """Reads titles and names of bodies as sequences of `Word`s."""

    def __init__(self, countries):
        self.abbreviations: dict[str, str] = {}
        self.names: dict[tuple[str, ...], str] = {}
        for c in countries:
            if c.abbreviation:
                self.abbreviations.setdefault(c.abbreviation.replace(" ", ""), c.code)
            for name in (c.name_ru, c.official_ru, c.name_en, c.official_en, c.name_ky,
                         c.official_ky):
                key = tuple(word_key(w) for w in _TOKEN.findall(name or ""))
                if key and key not in (("республика",), ("republic",), ("государство",)):
                    self.names.setdefault(key, c.code)
        for key in _GOVERNMENT_NAMES:
            self.names[key] = GOVERNMENT
        self.longest = max((len(k) for k in self.names), default=1)
        # Kyrgyz and other undeclined names matched by their stem (last word's first letters).
        self.stems: dict[tuple[str, ...], str] = {}
        for key, code in self.names.items():
            if code != GOVERNMENT and not search.lemmas(key[-1]) and len(key[-1]) > _KYRGYZ_STEM \
                    and not _LATIN.match(key[-1]):
                self.stems.setdefault((*key[:-1], key[-1][:_KYRGYZ_STEM + 1]), code)
        # The words a name can begin with (most words of a title begin none: one look each)
        self.first = {k[0] for k in self.names} | {k[0] for k in self.stems if len(k) > 1}
        self.first_stems = {k[0] for k in self.stems if len(k) == 1}
        self._body_keys: dict[str, tuple[str, ...]] = {}  # the names of bodies repeat

    def words(self, text: str) -> list[Word]:
        tokens = _TOKEN.findall(text or "")
        keys = [word_key(t) for t in tokens]
        out: list[Word] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token in self.abbreviations and (token.isupper() or len(token) > 2):
                out.append(Word(self.abbreviations[token], self.abbreviations[token]))
                i += 1
                continue
            found = self._name_at(keys, i)
            if found:
                n, code = found
                out.append(Word(code, None if code == GOVERNMENT else code))
                i += n
                continue
            if keys[i].startswith(_KYRGYZ_GOVERNMENT):  # «Өкмөтү», «Өкмөтүнүн»
                out.append(Word(GOVERNMENT))
                i += 1
                continue
            out.append(Word(_MONTHS.get(keys[i], keys[i].lstrip("0") or "0")
                            if keys[i].isdigit() or keys[i] in _MONTHS else keys[i]))
            i += 1
        return out

    def _name_at(self, keys: list[str], i: int) -> tuple[int, str] | None:
        if keys[i] not in self.first and keys[i][:_KYRGYZ_STEM + 1] not in self.first_stems:
            return None
        for n in range(min(self.longest, len(keys) - i), 0, -1):
            code = self.names.get(tuple(keys[i:i + n]))
            if code:
                return n, code
            last = keys[i + n - 1]
            if len(last) > _KYRGYZ_STEM and self.stems and not search.lemmas(last):
                code = self.stems.get((*keys[i:i + n - 1], last[:_KYRGYZ_STEM + 1]))
                if code:
                    return n, code
        return None

    def countries(self, text: str) -> list[str]:
        """The codes of the countries a text names, in order, once each."""
        return list(dict.fromkeys(w.country for w in self.words(text) if w.country))

    def country_of(self, name: str) -> str | None:
        """The country a body belongs to, from its name: the last country it names
        («Министерство иностранных дел КР», «Правительство Республики Казахстан»)."""
        found = self.countries(name)
        return found[-1] if found else None

    def body_key(self, name: str) -> tuple[str, ...]:
        """Under this key two names of a body are the same body: «Министерство
        здравоохранения КР» and «Министерством здравоохранения Кыргызской Республики»,
        «Правительство Кыргызской Республики» and «Кабинет министров Кыргызской Республики»."""
        found = self._body_keys.get(name)
        if found is None:
            found = tuple(w.key for w in self.words(name) if w.key not in FILLER)
            if len(self._body_keys) < 100_000:
                self._body_keys[name] = found
        return found


# Words that carry no meaning of their own in a title.
FILLER = frozenset(
    "и а о об обо в во на по с со к ко для от из за при между также "
    "жана менен ортосундагы боюнча жөнүндө "
    "the a an of and on in to for by with at between concerning regarding relating "
    "et de la le des du".split())
