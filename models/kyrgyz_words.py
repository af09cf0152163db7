"""Kyrgyz word forms, read by their endings: a noun is root + plural + possessive + case, each
ending in the vowel the last vowel before it calls for (vowel harmony), and a root's final к/п
turns to г/б before a vowel («кызматташтык» → «кызматташтыгы»). Pure and dictionary-free:

* `without_case` takes off the case ending only («макулдашууга» → «макулдашуу», «жол
  картасын» → «жол картасы», «Республикасынын» → «Республикасы»): a name's nominative;
* `stem` takes off case, possessive and plural («кызматташтыгы», «кызматташтыктын» →
  «кызматташтык», «министрликтеринин» → «министрлик»): the word searched for.

An ending is taken off only when its vowel agrees with the word before it and a root of at
least three letters stays, so «жөнүндө» or «Ош» stay as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = "аеёиоуүөыэюя"
# The vowel of an ending after each last vowel of the word: (low, high).
_HARMONY = {"а": "аы", "я": "аы", "ы": "аы", "у": "ау", "ю": "ау", "о": "оу", "ё": "оу",
            "е": "еи", "э": "еи", "и": "еи", "ө": "өү", "ү": "өү"}
_LOW, _HIGH = "A", "I"  # placeholders in the ending tables below


def _forms(*templates: str) -> list[tuple[str, str]]:
    """(ending, template) for every vowel the harmony allows, longest first."""
    out = set()
    for t in templates:
        for low, high in set(_HARMONY.values()):
            out.add((t.replace(_LOW, low).replace(_HIGH, high), t))
    return sorted(out, key=lambda e: len(e[0]), reverse=True)


# Case endings on a bare (or plural) stem.
_CASE = _forms("нIн", "дIн", "тIн",  # genitive
               "нI", "дI", "тI",  # accusative
               "гA", "кA",  # dative
               "дA", "тA",  # locative
               "дAн", "тAн",  # ablative
               "дAгI", "тAгI")  # «-дагы»: the one in, at
_AFTER_VOWEL = {"нIн", "нI"}
_AFTER_VOICED = {"дIн", "дI"}  # a voiced consonant: «жолдун», «Кыргызстандын»
_AFTER_VOICELESS = {"тIн", "тI", "кA", "тA", "тAн", "тAгI"}  # «Бишкектин», «Бишкекке»
_NOT_AFTER_VOICELESS = {"гA", "дA", "дAн", "дAгI"}
_VOICELESS = "кпстфхцчшщ"
# Case endings after a possessive: «программасы+на», «ортосу+ндагы», «жол картасы+н».
_CASE_AFTER_POSSESSIVE = _forms("нA", "ндA", "нAн", "ндAгI", "н", "нIн")
_POSSESSIVE = _forms("сI", "I")  # 3rd person: «программасы», «министрлиги»
_PLURAL = _forms("лAр", "дAр", "тAр")
_OUR = _forms("IбIз", "бIз", "IңIз", "ңIз")  # «өлкөлөрүбүз», «сиздин өлкөңүз»
_MIN_ROOT = 3


def _last_vowel(word: str) -> str | None:
    for ch in reversed(word):
        if ch in _VOWELS:
            return ch
    return None


def _agrees(stem: str, ending: str) -> bool:
    """Whether each vowel of the ending is one the vowel before it calls for («ортосу» +
    «ндагы»: у calls for а, а for ы)."""
    last = _last_vowel(stem)
    if last is None:
        return False
    for ch in ending:
        if ch in _VOWELS:
            if ch not in _HARMONY[last]:
                return False
            last = ch
    return True


def _vowel_final(stem: str) -> bool:
    return stem[-1:] in _VOWELS


def _strip_case(word: str) -> str:
    """The word without its case ending (lower case in, lower case out); the shortest stem
    any ending leaves."""
    best = word
    for ending, _template in _CASE_AFTER_POSSESSIVE:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) > _MIN_ROOT and stem[-1] in "ыиуү" and \
                _agrees(stem, ending) and (ending != "н" or len(stem) >= 6):
            best = min(best, stem, key=len)
    for ending, template in _CASE:
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < _MIN_ROOT or len(stem) >= len(best) or \
                not _agrees(stem, ending):
            continue
        final = stem[-1]
        if template in _AFTER_VOWEL and not _vowel_final(stem) or \
                template in _AFTER_VOICED and (_vowel_final(stem) or final in _VOICELESS) or \
                template in _AFTER_VOICELESS and final not in _VOICELESS or \
                template in _NOT_AFTER_VOICELESS and final in _VOICELESS or \
                word.endswith("стан") and template == "тAн":  # «Кыргызстан», not «-тан»
            continue
        best = stem
    return best


@lru_cache(maxsize=100_000)
def without_case(word: str) -> str:
    """The word in the nominative, its case letters as written: «Макулдашууга» →
    «Макулдашуу», «картасын» → «картасы»."""
    low = word.casefold()
    stem = _strip_case(low)
    return word[:len(stem)]


def _alternation(stem: str, removed_vowel: bool) -> str:
    """A root's final к/п voiced before a vowel comes back: «кызматташтыг» → «кызматташтык»."""
    if removed_vowel and len(stem) > _MIN_ROOT:
        if stem.endswith("г") and stem[-2] in _VOWELS:
            return stem[:-1] + "к"
        if stem.endswith("б") and stem[-2] in _VOWELS:
            return stem[:-1] + "п"
    return stem


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The dictionary form a Kyrgyz noun (lower case) is searched by."""
    current = _strip_case(word)
    removed_vowel = current != word and word[len(current)] in _VOWELS
    for table in (_OUR, _POSSESSIVE):
        for ending, _template in table:
            rest = current[:-len(ending)]
            if not current.endswith(ending) or len(rest) < _MIN_ROOT or \
                    not _agrees(rest, ending):
                continue
            if ending[0] == "с" and not _vowel_final(rest) or \
                    ending[0] in _VOWELS and _vowel_final(rest):
                continue  # «-сы» after a vowel, «-ы» after a consonant
            current, removed_vowel = rest, ending[0] in _VOWELS
            break
    for ending, _template in _PLURAL:
        rest = current[:-len(ending)]
        if current.endswith(ending) and len(rest) >= _MIN_ROOT and _agrees(rest, ending) and \
                not (ending[0] in "дт" and _vowel_final(rest)):
            current, removed_vowel = rest, False
            break
    return _alternation(current, removed_vowel)


_KYRGYZ_LETTERS = re.compile(r"[өүң]")


def looks_kyrgyz(text: str) -> bool:
    """Whether a Cyrillic text is Kyrgyz: it uses the letters Russian lacks."""
    return bool(_KYRGYZ_LETTERS.search(text.casefold()))
