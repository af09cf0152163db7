"""The signing statement of a text and what it announces: «По итогам переговоров подписано 13
документов. Среди них — ...», «Thirteen documents were signed ... They include ...», «делегации
обменялись еще семью документами. В пакет вошли: ...». The statement says what happened to the
documents named after it without a verb of their own (a list under «В пакет вошли:», a sentence
opening «Это ...», «They include ...»), and how many the text says there were, which the review
compares with the number found."""

from __future__ import annotations

import re
from collections import Counter

from .morphology import parses
from .segmentation import PLANNED, SIGNED, Mention, cues

_RU_NUMBERS = {"один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
               "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
               "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
               "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20,
               "тридцать": 30, "сорок": 40, "пятьдесят": 50}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
               "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
               "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# Words that name the documents of a signing as a whole («документов», «соглашений», «accords»).
_GENERIC = (r"документ\w*|соглашени\w*|меморандум\w*|договор\w*|протокол\w*|"
            r"documents?|agreements?|accords?|deals?|memorand(?:a|ums?)|instruments?|"
            r"treaties|mous?|papers")
_GENERIC_WORD = re.compile(r"(?:" + _GENERIC + r")", re.I)
_TOKEN = re.compile(r"[\w-]+")
_NEAR = 3  # words between a number and its noun («семью двусторонними документами»)
# A sentence that goes on from the statement: «Это ...», «Среди них — ...», «Один из них — ...»,
# «They include ...».
_OPENER = re.compile(r"\s*(?:это|среди\s+них|(?:один|одна|одно|одним|одной)\s+из\s+(?:них|"
                     r"документов|подписанных)|речь\s+ид[её]т\s+об?|в\s+их\s+числе|"
                     r"в\s+том\s+числе|в\s+частности|"
                     r"в\s+пакет\s+(?:вошли|входят)|в\s+их\s+ряду|"
                     r"(?:they|these|those|the\s+(?:[\w-]+\s+)?(?:documents|agreements|accords|"
                     r"deals|memoranda|mous|papers|instruments))\s+(?:also\s+)?(?:include|included|"
                     r"are|were|cover(?:ed)?|concern(?:ed)?)|"
                     r"среди\s+(?:подписанных\s+)?документов|в\s+числе\s+(?:них|подписанных|"
                     r"документов)|(?:подписанные\s+)?документы\s+(?:также\s+)?(?:касаются|"
                     r"включают|охватывают)|"
                     r"the\s+(?:first|second|third|fourth|fifth|sixth|last|other)(?=\s*,)|"
                     r"among\s+(?:them|these|the\s+documents)|including|the\s+package\s+"
                     r"(?:also\s+)?(?:includes|included)|в\s+пакет\s+также\s+(?:вошли|входят))\b", re.I)
_SENTENCE = re.compile(r"[^.!?:\n]+(?:[.!?:]+|$)")
_LOOK_BACK = 1200  # characters before a list or a sentence where its statement may be


def number_value(words: str) -> int | None:
    """13, «тринадцать», «семью», «Thirteen», «twenty-one», «двадцать один»."""
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    total = 0
    for word in re.split(r"[\s-]+", words):
        value = _EN_NUMBERS.get(word)
        if value is None:
            value = next((_RU_NUMBERS[p.normal_form] for p in parses(word)
                          if p.tag.POS in ("NUMR", "ADJF") and p.normal_form in _RU_NUMBERS),
                         None)
        if value is None or total and (total % 10 or value >= 10):
            return None
        total += value
    return total or None


# What a number before a document's word may count instead: countries, sides, people, days.
_COUNTED_OTHERWISE = re.compile(r"стран\w*|государств\w*|сторон\w*|министр\w*|лидер\w*|"
                                r"президент\w*|глав(?:а|ы|ам|ами|ах)?|дн(?:я|ей|ям)|лет|год\w*|"
                                r"countries|nations|states|sides|leaders|presidents|ministers|"
                                r"days|years", re.I)


_AMOUNT = re.compile(r".?[$€£¥₽]")
_MAGNITUDE = re.compile(r"million|billion|thousand|mln|bn|млн|млрд|тыс|миллион\w*|миллиард\w*|"
                        r"тысяч\w*|percent|процент\w*|миң|миллиард", re.I)


_MONTH = re.compile(r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|"
                    r"декабр)[а-я]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*",
                    re.I)


def _count_in(sentence: str) -> int | None:
    """«подписано 13 документов», «семью двусторонними документами», «Thirteen documents»,
    «twenty-one agreements», «Документов в пакете шесть»: a number and, at most three words
    away, a word for the documents."""
    found = list(_TOKEN.finditer(sentence))
    tokens = [t.group() for t in found]
    for i, token in enumerate(tokens):
        if re.fullmatch(r"(?:19|20)\d\d|\d{4,}", token):
            continue  # a year
        if token.isdigit() and sentence.startswith(")", found[i].end()):
            continue  # a list's number: «документы: 1) Соглашение ...; 2) ...»
        if token.isdigit() and i + 1 < len(tokens) and _MONTH.fullmatch(tokens[i + 1]):
            continue  # a day: «12 сентября подписали два меморандума»
        value = number_value(token)
        if value is None:
            continue
        following = tokens[i + 1:i + 1 + _NEAR]
        if _AMOUNT.match(sentence[max(0, found[i].start() - 2):found[i].start()]) or \
                following and _MAGNITUDE.fullmatch(following[0]):
            continue  # «a $30 million loan agreement», «50 млн долларов»: an amount
        if following and number_value(f"{token} {following[0]}"):
            value, following = number_value(f"{token} {following[0]}"), tokens[i + 2:i + 2 + _NEAR]
        nearer = next((k for k, w in enumerate(following) if number_value(w) is not None), None)
        following = following[:nearer]  # «May 31 (MNA) – Four memoranda»: the nearer number's
        preceding = tokens[max(0, i - _NEAR - 1):i]
        first_document = next((k for k, w in enumerate(following) if _GENERIC_WORD.fullmatch(w)),
                              len(following))
        if any(_COUNTED_OTHERWISE.fullmatch(w) for w in following[:first_document]):
            continue  # «министры двух стран подписали Соглашение»: the number counts countries
        after = any(_GENERIC_WORD.fullmatch(w) for w in following)
        before = i == len(tokens) - 1 and preceding and _GENERIC_WORD.fullmatch(preceding[0])
        if value < 100 and (after or before):
            return value
    return None


def _counted_sentence(text: str, start: int = 0, signed: bool = False) -> tuple[int, int] | None:
    """(end, count) of the first sentence from `start` that says how many documents there were
    and does not speak of plans («подписали четыре межправительственных документа»); with
    `signed`, only one that says they were signed."""
    for sentence in _SENTENCE.finditer(text, start):
        said = [kind for _p, kind, _w in cues(sentence.group())]
        if PLANNED in said or signed and SIGNED not in said:
            continue
        found = _count_in(sentence.group())
        if found is not None:
            return sentence.end(), found
    return None


def announced_count(text: str, body_start: int = 0) -> int | None:
    """The number of documents the text says were signed: the first count in a sentence of the
    body that does not speak of plans, else the headline's."""
    for start in (body_start, 0):
        counted = _counted_sentence(text, start)
        if counted is not None:
            return counted[1]
    return None


def _statement(text: str, end: int, adjacent: bool = False) -> str | None:
    """What the nearest sentence with a cue before `end` says happened («подписано 13
    документов», «обменялись ... документами»), if it speaks of documents as a whole; with
    `adjacent`, only the sentence right before `end`."""
    before = text[max(0, end - _LOOK_BACK):end]
    for sentence in reversed(list(_SENTENCE.finditer(before))):
        said = cues(sentence.group())
        if not said and adjacent and sentence.group().strip():
            return None
        if not said:
            continue
        if not any(_GENERIC_WORD.fullmatch(w) for w in _TOKEN.findall(sentence.group())):
            return None
        return said[-1][1]
    return None


# «There was also an agreement between ...», «There were also two memoranda ...»: a sentence
# that adds documents to those the text has just said were signed.
_THERE_WAS_ALSO = re.compile(r"\s*(?:(?:in\s+addition|besides|moreover|furthermore),\s+)?"
                             r"there\s+(?:was|were)\s+also\b", re.I)

# "The first, a loan agreement for ..., amounts to ...": one of the documents a statement
# counted, named in a sentence of its own.
_ORDINAL = re.compile(r"\s*the\s+(?:first|second|third|fourth|fifth|sixth|last|other)(?:\s+"
                      r"(?:agreement|memorandum|protocol|document|accord|deal|contract))?\s*,",
                      re.I)
_KIND_THEN_COMMA = re.compile(r"^((?:[\w-]+\s+)?(?:agreement|memorandum|protocol|accord|deal|"
                              r"contract)),\s+(?=(?:on|for|to|between|with|in)\s)", re.I)

# «Также Соглашение о ... и Протокол о ...»: a sentence with no verb that only adds names.
_ALSO = re.compile(r"\s*(?:а\s+)?(?:также|кроме\s+того|помимо\s+(?:этого|того))\s*[,:—–-]?", re.I)
_JOINER = re.compile(r"[\s,;]*(?:(?:и|а\s+также)\s+)?", re.I)


def _only_names(text: str, scope_start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence at `scope_start` is «Также» and nothing but the named documents."""
    opened = _ALSO.match(text, scope_start)
    if not opened:
        return False
    pos = opened.end()
    for begin, end in sorted(spans):
        if not _JOINER.fullmatch(text, pos, begin):
            return False
        pos = end
    return text[pos - 1:pos] in (".", ";", "!") or \
        re.match(r"\s*(?:[.;!]|$)", text[pos:pos + 20]) is not None


_EN_FINITE = re.compile(r"(?<![\w-])(?:is|are|was|were|will|would|has|have|had|continues|"
                        r"replaces|follows|complements|extends|supersedes|builds|implements)"
                        r"(?![\w-])", re.I)


def _verb_between(text: str, named: list[Mention]) -> bool:
    """Whether a finite verb stands between the documents a sentence names (not a list of
    names: «Меморандум продолжает Соглашение ...», «The memorandum complements the agreement»)."""
    spans = sorted((m.start, m.end) for m in named)
    for (_s, e), (b, _e) in zip(spans, spans[1:]):
        gap = text[e:b]
        if _EN_FINITE.search(gap) or any(
                (p := parses(w.lower())) and p[0].tag.POS == "VERB"
                for w in re.findall(r"[а-яё]+", gap, re.I)):
            return True
    return False


def _said_before(text: str, end: int) -> str | None:
    """What the sentence right before `end` says happened, if it says anything."""
    sentences = [s for s in _SENTENCE.finditer(text[max(0, end - _LOOK_BACK):end])
                 if s.group().strip()]
    said = cues(sentences[-1].group()) if sentences else []
    return said[-1][1] if said else None


def inherit_status(text: str, mentions: list[Mention]) -> None:
    """A document named without a verb of its own takes what the signing statement before it
    says: the items of a list under a line that says nothing («В пакет вошли:»), the documents
    of a sentence that goes on from the statement («Это соглашение ..., а также ...»), and the
    documents of a sentence that only lists them right after it («Подписаны четыре документа.
    Соглашение о ..., меморандум о ... и протокол ...»)."""
    said_own = {m.scope_start for m in mentions if m.status is not None}
    named = Counter(m.scope_start for m in mentions)
    for m in mentions:
        m.ordinal = not m.in_list and _ORDINAL.match(text, m.scope_start) is not None
        if m.ordinal:  # «The third agreement, on the supply of ..., amounts to ...»
            m.text = _KIND_THEN_COMMA.sub(r"\1 ", m.text)
            m.status = m.status or _statement(text, m.scope_start)
        if m.status is not None:
            continue
        opened = m.in_list or _OPENER.match(text, m.scope_start)
        also = m.scope_start not in said_own and _only_names(
            text, m.scope_start, [(o.start, o.end) for o in mentions
                                  if o.scope_start == m.scope_start])
        if not opened and m.scope_start not in said_own and \
                _THERE_WAS_ALSO.match(text, m.scope_start):
            m.status = _said_before(text, m.scope_start) or _statement(text, m.scope_start)
            continue
        if not opened and not also and (m.scope_start in said_own or named[m.scope_start] < 2
                                        or _verb_between(text, [o for o in mentions if
                                                                o.scope_start == m.scope_start])):
            continue  # its sentence says something of its own, or is not a list of documents
            # («Меморандум продолжает Соглашение ... 1999 года»: a verb of its own)
        said = _statement(text, m.scope_start, adjacent=not opened)
        if said is None and also:
            said = _said_before(text, m.scope_start)  # «Подписали заявление. Также Соглашение ...»
        if said is not None:
            m.status = said
    _counted_rest(text, mentions)


def _counted_rest(text: str, mentions: list[Mention]) -> None:
    """«Подписаны четыре документа. ... Первым в списке значится Протокол о ... Список
    замыкает Протокол о ...»: while fewer documents are signed than the statement counts, a
    document named after it inside a sentence (not opening it) by a capitalised name in the
    nominative with words after its kind word, whose sentence says nothing of its own, is one
    of them."""
    counted = _counted_sentence(text, signed=True)
    if counted is None:
        return
    end, count = counted
    short = count - sum(1 for m in mentions if m.status == SIGNED)
    for m in sorted(mentions, key=lambda x: x.start):
        if short <= 0:
            return
        if m.status is not None or m.start < end or m.in_list or not m.text[:1].isupper() or \
                len(m.text.split()) < 3 or text[:m.start].rstrip(" \t")[-1:] in ("", *".!?…\n"):
            continue  # (not «Программа действует с 2015 года.»: a sentence of its own about it)
        head = re.match(r"[А-ЯЁ][а-яё]+", m.text)
        if head is None or not any(p.tag.case == "nomn" and p.tag.POS == "NOUN"
                                   for p in parses(head.group().lower())):
            continue
        m.status = SIGNED
        short -= 1


__all__ = ["SIGNED", "announced_count", "inherit_status", "number_value"]
