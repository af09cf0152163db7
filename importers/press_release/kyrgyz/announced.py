"""How many documents a Kyrgyz text says were signed: «7 документке кол коюлду», «Тараптар жети
документке кол коюшту», «эки протоколго кол коюлду», «үч макулдашууга жана эки меморандумга»
(five), a headline «Кыргызстан менен Казакстан 5 документке кол коюшту». Not a number of
something else («эки өлкөнүн ортосундагы документтер», «эки тараптуу документтер»), not «бир
катар документтер» (a number of them), not a sentence of plans or of a ratification («... 10 документке
кол коюлат», «эки документти ратификациялоону колдошту»)."""

from __future__ import annotations

import re

from .words import PLANNED, SIGNED, VERB, kind_stem

_UNITS = {"бир": 1, "эки": 2, "үч": 3, "төрт": 4, "беш": 5, "алты": 6, "жети": 7, "сегиз": 8,
          "тогуз": 9}
_TENS = {"он": 10, "жыйырма": 20, "отуз": 30, "кырк": 40, "элүү": 50}
_TOKEN = re.compile(r"[\w-]+")
# Sentences and lines (a headline ends without a full stop).
_SENTENCE = re.compile(r"[^.!?\n]+")
_DOCUMENT = re.compile(r"документ\w*$", re.I)
# After the number, a word that says it counts something other than documents.
_NOT_DOCUMENTS = re.compile(r"(?:тараптуу|өлкө\w*|тарап\w*|мамлекет\w*|өкмөт\w*|жыл\w*|"
                            r"министрлик\w*|шаар\w*|президент\w*|лидер\w*)$", re.I)
_GENITIVE = re.compile(r"\w[ндт][ыиуү]н$|(?:ортосундагы|арасындагы)$", re.I)
_NEAR = 4  # words between the number and what it counts («7 маанилүү эки тараптуу документ»,
# «беш өз ара түшүнүшүү меморандумуна»)


def _number(tokens: list[str], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of the number at tokens[i]: «7», «жети», «он эки», «жыйырма бир»;
    a bare «бир» is no count («бир катар документтер»)."""
    word = tokens[i].casefold()
    if word.isdigit():
        return (int(word), 1) if not re.fullmatch(r"(?:19|20)\d\d", word) else None
    if word in _TENS:
        unit = tokens[i + 1].casefold() if i + 1 < len(tokens) else ""
        return (_TENS[word] + _UNITS[unit], 2) if unit in _UNITS else (_TENS[word], 1)
    if word in _UNITS and word != "бир":
        return _UNITS[word], 1
    return None


def _counts(sentence: str) -> tuple[int | None, int]:
    """(the count of «документ», the sum of the counts of kind words) in one sentence."""
    tokens = _TOKEN.findall(sentence)
    kinds = 0
    i = 0
    while i < len(tokens):
        found = _number(tokens, i)
        if found is None:
            i += 1
            continue
        value, used = found
        following = tokens[i + used:i + used + _NEAR]
        for k, word in enumerate(following):
            if k == 0 and _NOT_DOCUMENTS.match(word) or _GENITIVE.search(word):
                break
            if _DOCUMENT.match(word):
                return value, kinds
            if kind_stem(word) is not None:
                kinds += value
                break
        i += used
    return None, kinds


def announced_count(text: str, body_start: int = 0) -> int | None:
    """The number of documents the text says were signed: the first count of documents in a
    sentence of the body that does not speak of plans, else in the headline; else the kind
    words counted in one signing sentence («эки протоколго кол коюлду»)."""
    for start, end in ((body_start, len(text)), (0, body_start)):
        by_kind = None
        for m in _SENTENCE.finditer(text, start, end):
            said = {v.lastgroup for v in VERB.finditer(m.group())}
            if said and SIGNED not in said:  # planned, signed before, ratified
                continue
            documents, kinds = _counts(m.group())
            if documents:
                return documents
            if kinds > 1 and SIGNED in said and by_kind is None:
                by_kind = kinds
        if by_kind:
            return by_kind
    return None
