"""Where a text names the documents signed: list items (bullets, dashes, numbers) under an
introducing line, or documents named in running sentences («подписаны соглашение о ..., меморандум
о ... и протокол ...»). Each is kept with whether the text says it was signed (or ratified:
then it was signed earlier), or only planned, announced or discussed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .documents import (ACTIVE_SIGNING, DOCUMENT_EN, DOCUMENT_KY, DOCUMENT_RU, SIGNING_SUBJECTS,
                        capitalise, document_case)
from . import kyrgyz
from .dates import without_dates
from .modifiers import english_modifiers
from .morphology import cases_of, parses
from .partners import partner_before

SIGNED, RATIFIED, PLANNED, EARLIER = "signed", "ratified", "planned", "earlier"

# What the text says happened to the documents near these words. Checked in this order: the
# first pattern that matches at a place wins there.
# Signed earlier, now in force: «вступило в силу Соглашение», «вступление в силу Соглашения».
_IN_FORCE_WORDS = r"вступил[аио]?\s+в\s+силу|вступлени\w+\s+в\s+силу|entered\s+into\s+force"
# «закрепили договоренности о сотрудничестве в Меморандуме ...»: recorded in a document.
_RECORDED_IN = r"\s+(?:[\w-]+\s+){1,6}?(?:в|во)"
_DOCUMENT_STEM = (r"(?:[\w-]+\s+)?(?:соглашени|меморандум|протокол|договор|декларац|программ|план|"
                  r"дорожн|коммюнике|заявлени)")
_CUES = [
    (PLANNED, r"не\s+(?:был[аио]?\s+|были\s+)?подписан\w*|не\s+удалось|"
              r"буд(?:ет|ут)\s+(?:\w+\s+)?(?:подписан\w*|заключ\w*)|"
              r"подпиш(?:ут|ет|ем)|планиру\w+|запланирова\w+|планирова(?:л|ли|лось|лся)|"
              r"предстоит|намерен[аыо]?|намерева\w+|ожида\w+|предполага\w+|состоится|"
              r"намечен\w*|намеч\w+|наметил\w*|перенесен\w*|перенес(?:ли|ено|ено)|"
              r"отложен\w*|отложили|postponed|delayed|"
              # «подписал указ о подписании Соглашения»: the signing authorised, still to come
              r"(?:указ|распоряжени\w|постановлени\w)\s+(?:\w+\s+){0,3}?о\s+подписании|"
              r"пройд[её]т|готови?т\w*|"
              r"подготов\w+|проект\w*|обсуди\w*|обсужд\w*|рассмотр\w+|договорились|"
              r"договоренност\w+|"
              r"согласова\w+|парафирова\w+|скорейше\w*\s+подписани\w+|к\s+подписанию|"
              r"надежд\w*\s+на\s+(?:\w+\s+)?подписани\w+|"
              # «указал на важность подписания соглашения»: a wish, not a signing
              r"(?:важност|необходимост|целесообразност)\w*\s+(?:\w+\s+)?подписани\w+|одобри\w*\s+проект|направлен\w*\s+на\s+подпис\w*|"
              r"will|would|shall|plan(?:ned|ning)|(?<!\ba\s)(?<!\bthe\s)plans?(?=\s+to\s)|expect\w*|intend\w*|draft\w*|to be signed|"
              r"upcoming|discuss\w*|consider\w*|agreed to|are to|set to|initial(?:l)?ed|"
              r"пландалуу\w*|пландалган|кол коюлат|долбоор\w*|кол коюлмакчы"),
    (EARLIER, r"ранее|напомним|в\s+свое\s+время|previously|earlier|back\s+in|мурда|"
              # the pluperfect: signed before the event the text reports («ratified the
              # agreements the two countries had signed in March»)
              r"had\s+(?:(?:also|already|previously|earlier|jointly)\s+)?(?:been\s+)?"
              r"(?:signed|concluded|inked|exchanged|adopted|sealed)|"
              r"last\s+(?:year|month)|(?:a|one|two|three|\d+)\s+(?:years?|months?)\s+ago|"
              r"in\s+the\s+past|"
              r"в\s+(?:поза)?прошлом\s+(?:году|месяце)|(?:год|месяц)\s+назад|"
              r"эске\s+салсак"),
    (RATIFIED, r"ратифицир\w+|ратификац\w+|ратифицирова\w+|утверждени\w+|"
               # a parliament's approval: «депутаты одобрили протокол», «Сенат одобрил»
               r"(?:депутат|парламент|сенат|мажилис|сенатор|кенеш|(?:гос)?дум[аыуе]|меджлис|маджлис|"
               r"курултай|хурал|законодател|нижн\w+\s+палат|верхн\w+\s+палат)\w*\s+"
               r"(?:[\w-]+\s+){0,3}?одобр\w+|"
               r"ratif\w+|denounc\w+|ратификациял\w+|" + _IN_FORCE_WORDS + r"|күчүнө\s+кирди"),
    (SIGNED, r"подписа(?:ли|л|ло|ла|ны|на|но|н|вши\w*|нн\w+)|подписани[еяюи]|подписанием|"
             r"скрепил[аио]?\s+(?:сво\w+\s+)?подпис\w+|скреплен[аоы]?\s+подпис\w+|заключ(?:или|ены|ено|ен|ен[аоы])|signed|signing|inked|"
             r"concluded|exchanged|sealed|entered\s+into(?!\s+force)|"
             # a headline's present: «Kyrgyzstan, WHO sign agreement on ...» (not «to sign»,
             # «will sign», «did not sign»)
             r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bnot\s)(?<!\bshall\s)(?<!\bcan\s)"
             r"(?<!\bmay\s)(?<!\bmust\s)(?<!\bto\sjointly\s)(?:sign|ink|seal)s?(?=\s+(?:an?\s+|the\s+|"
             r"\w+\s+)?(?:[\w$€£.,-]+\s+){0,3}?(?:agreements?|memorand\w+|MoUs?|protocols?|"
             r"treat(?:y|ies)|declarations?|roadmaps?|contracts?|deals?|accords?|documents?)\b)|"
             r"(?:struck|clinched|executed|finali[sz]ed)(?=\s+(?:an?\s+|the\s+)?"
             r"(?!(?:text|draft|terms|negotiations|details|wording)\b)(?:[\w-]+\s+){0,3}?"
             r"(?:agreements?|memorand\w+|MoUs?|contracts?|deals?|accords?)\b)|обменялись|кол\s+коюл\w*|кол\s+коюшт\w*|кол\s+коюу\w*|"
             r"кол\s+койду\w*|"
             # adopted at the meeting: «лидеры приняли следующие документы», «принята
             # декларация», «adopted», «formalised a set of accords», «оформили пакет»
             r"принял[аи]?(?!\s+участи)|принят[аоы]?|приняты|adopted|formali[sz]ed|"
             r"оформил[аи]?|handed\s+over|"
             # «оформлены», «завершено оформление кредитного соглашения»: drawn up and signed
             r"оформлен[аоы]?|(?:заверш\w+|состоял\w+)\s+оформлени\w+|кабыл\s+алын\w*|"
             # «закрепили договоренности о сотрудничестве в Меморандуме о ...»
             r"(?:закрепил|зафиксировал)[аи]?" + _RECORDED_IN + r"(?=\s+" + _DOCUMENT_STEM + r")|"
             # «поставили подписи под Соглашением», «put their signatures to», «put pen to»,
             # «were covered by an MoU on ...»
             r"постави(?:ли|л|ла)\s+(?:сво[июй]\s+)?подпис[иь](?:\s+под)?|подписи\s+под|"
             r"put\s+(?:(?:their|his|her|its)\s+)?(?:signatures?|names?|pen)\s+to|penned|"
             r"affixed\s+(?:(?:their|his|her)\s+)?signatures?|(?:was|were)\s+covered\s+by|"
             # a plan or a programme adopted at the meeting: «утвержден план работы»
             r"утвердил[аи]?|утвержд[её]н[аоы]?|утверждены|"
             r"одобрил[аио]?(?!\s+проект)|одобрен[аоы]?(?!\s+проект)|одобрены|"
             # «Итогом визита стало Соглашение ...», «Результатом переговоров стали ...»
             r"(?:итогом|итогами|результатом|результатами)\s+(?:[\w-]+\s+){0,4}?"
             r"(?:стал[аио]?|явил(?:ся|ась|ось|ись))|"
             # «Вторым документом встречи стала декларация ...», «Еще одним документом стал ...»
             r"документ(?:ом|ами)\s+(?:[\w-]+\s+){0,4}?(?:стал[аио]?|явил(?:ся|ась|ось|ись))"),
]
_CUE = re.compile("|".join(f"(?P<{kind}>(?<![\\w-])(?:{p})(?![\\w-]))"
                           for kind, p in _CUES), re.I)
_PREDICATE = re.compile(r"(?<![\w-])(?:(?:был[аио]?\s+|были\s+)?(?:подписан[аоы]?|скреплен[аоы]?)|"
                        r"(?:was|were|has\s+been|"
                        r"have\s+been)\s+(?:also\s+)?(?:signed|inked|sealed|concluded))(?![\w-])",
                        re.I)
# A plan's noun within a document's name: «о реализации проекта», «в области подготовки кадров».
_PLAN_NOUN = re.compile(r"проект\w*|подготовк\w*|обсуждени\w*|рассмотрени\w*|согласовани\w*|"
                        r"договоренност\w*", re.I)
# «..., подписанного в 2019 году»: says when another document named before was signed.
_PARTICIPLE = re.compile(r"подписанн\w+", re.I)
_NOUN_CUE = re.compile(r"подписани[еяюи]|подписанием|signing", re.I)
MARKER = re.compile(r"^\s*(?:[•·▪●◦■□►▸‣⁃*]|[-–—]|\d{1,2}[.)](?!\d)|[а-яa-z][.)])\s*(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]?\s+|\n\s*")
_ABBREVIATIONS = {"г", "гг", "им", "т", "д", "п", "ст", "млн", "млрд", "тыс", "руб", "долл",
                  "mr", "mrs", "ms", "dr", "st", "no", "ул", "пр", "обл", "р", "ж", "см", "др",
                  "т.е", "т.д", "т.п", "inc", "ltd", "co", "вкл", "ген"}
_CLAUSE = re.compile(r";(?!\s*[«\"“])|,\s+(?:а\s+также|а|но|при\s+этом|кроме\s+того|while|but|"
                     r"and(?=\s+(?:a|an|the)\s)(?!\s+the\s+other\s+(?:with|between|on)\s))\s+|"
                     r"\s+а\s+также\s+(?=\w+\s+(?:был|были|обсужд|рассмотр))", re.I)
_SEPARATORS = {",", ";", ":", "—", "–", "-", "(", "«", "\"", "и", "а", "также", "and",
               "числе", "as", "well", "including", "them", "namely", "включая", "них",
               "которых", "например", "such", "это", "вошли", "входят", "как"}
_DETERMINERS = {"a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "new", "also", "один", "одно", "два", "две", "три", "четыре",
                "пять", "шесть", "семь", "восемь", "девять", "десять", "ещё", "еще", "новое",
                "новый", "новую", "важное", "важный", "ряд", "первые", "вторые", "третьи",
                "первое", "второе", "третье", "первый", "второй", "третий", "первая", "вторая",
                "третья", "first", "second", "third"}  # «Первые ноты — по программе ...»
_NOT_TITLE_WORDS = {"следующий", "указанный", "настоящий", "очередной", "соответствующий",
                    "новый", "важный", "отдельный", "данный", "последний", "ряд"}
_IN_FORCE = re.compile(r"(?:" + _IN_FORCE_WORDS + r"|(?:ratification|approval|denunciation)\s+of|"
                       r"ratif(?:y|ies|ied|ying))\s+(?:the\s+)?$",
                       re.I)  # «вступило в силу Соглашение», «On ratification of the Agreement»
_ACTIVE_VERB = re.compile(ACTIVE_SIGNING, re.I)
_SUBJECT_BEFORE = re.compile(r"\s(?:%s)\s+$" % SIGNING_SUBJECTS, re.I)
_KEEP_VERBS = re.compile(r"подпис|заключ|был|быть|скреп", re.I)
# «Первое – соглашение о ..., второе – соглашение о ...», «во-вторых»: the next one's number.
_ORDINAL = r"(?:втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)"
# «... и других документов», «... и др.», «... и т.д.»: the rest, not named.
_AND_OTHERS = re.compile(r"(?:,?\s+(?:и|а\s+также)\s+(?:ряда?\s+)?(?:друг|ин|проч)\w+\s+"
                         r"(?:[\w-]+\s+)?(?:документ|соглашени|меморандум|договор|протокол|акт)\w*|"
                         r"\s+и\s+(?:др|т\.\s?[дп])\.?$).*$", re.I | re.S)
_TRAILING = re.compile(r"(?:[,;]|(?<![\w-])(?:и|а также|and|as well as|along with|together with|a|"
                       r"an|the)|,\s*(?:и\s+)?(?:во?-" + _ORDINAL + r"\w{0,3}|" + _ORDINAL +
                       r"\w{0,3}\s*[–—-]))\s*$", re.I)


# A line that introduces the documents on the lines after it without a colon: «Подписаны
# следующие документы.», «The following agreements were signed.», «Подписанные документы»,
# «Документы, подписанные в ходе визита».
_INTRODUCES = re.compile(r"(?:(?:следующ|нижеследующ)\w+\s+(?:[\w-]+\s+){0,2}(?:документ|соглашени|"
                         r"меморандум)\w*|following\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|"
                         r"instruments))[^.:;]*[.:]?\s*$|^\s*(?:список\s+)?подписанн\w+\s+документ\w*"
                         r"\s*$|^\s*(?:(?:список|перечень)\s+)?документ\w*,\s+подписанн\w+"
                         r"[^.:;!?]*$|^\s*(?:list\s+of\s+)?(?:the\s+)?(?:signed\s+documents|"
                         r"documents\s+signed)\s*$", re.I)


# A line that only says where and when: «Seoul, 4 December 2024», «Бишкек, 4 декабря 2024 года»,
# «June 14, 2024», «04.12.2024».
_DATELINE = re.compile(r"\s*(?:[A-ZА-ЯЁ][\w'’.-]*(?:[ -][A-ZА-ЯЁ][\w'’.-]*)*,?\s+)?"
                       r"(?:\d{1,2}\s+[A-Za-zА-Яа-яЁё]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+"
                       r"\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*(?:г\.|года))?\s*$")


@dataclass
class Mention:
    """Where a document is named. `text` is the words naming it; `context` the words around it
    that say what happened (the list's introducing line, the sentence)."""

    start: int
    end: int
    text: str
    status: str | None
    scope_start: int  # the sentence or the list's introducing line
    case: str | None = None
    in_list: bool = False
    count: int = 1  # «two loan agreements»: how many documents of this one name
    sides: str = ""  # «Между X и Y – Меморандум ...»: the sides a list item names before it
    ordinal: bool = False  # "The first, a loan agreement ...": one of those a count announced


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


# «Между Министерством ... и Министерством ... – Меморандум о ...»: the sides, a dash, the document.
_SIDE_WORDS = r"(?:[^–—:;.()«»\"]|«[^«»\n]{1,80}»|\"[^\"\n]{1,80}\")"  # (a name in quotes)
_SIDES_FIRST = re.compile(r"\s*(?:(?:[Мм]ежду|[Bb]etween)\s+)?(?:[А-ЯЁA-Z]|[«\"])"
                          r"%s{3,300}?\s+(?:и|and)\s+%s{3,300}?(?:\s+[–—-]|:)\s*"  # «...: Protocol»
                          % (_SIDE_WORDS, _SIDE_WORDS))
# «Подписаны: между X и Y – Меморандум о ...; между Z и W – Соглашение о ...», «X и Y подписали
# соглашение ..., а Z и W – меморандум ...» (the verb said once before): the sides of a clause
# before a dash, right before its document.
_SIDES_IN_SENTENCE = re.compile(r"(?:(?:[:;]|^)\s*(?=[Мм]ежду\s)|,\s+а\s+)(?P<sides>(?:(?!,\s+а\s)"
                                r"[^:;])+?\s[–—-]\s*)$")
# «Меморандум о ... – между Министерством ... и ...»: the sides after a dash are the name's.
_DASH_BETWEEN = re.compile(r"\s+[–—-]\s+(?=(?:между|between)\s)", re.I)
# «Соглашение о ... (со стороны Кыргызстана документ подписал министр ...);»: who signed, not the name.
_SIGNER_NOTE = re.compile(r"\s*\((?=[^()]*?(?:со\s+стороны|подписал|signed\s+by|on\s+behalf))"
                          r"[^()]*\)?[\s;.,]*$", re.I)


def _starts_document(words: str) -> re.Match | None:
    """The kind word a list item begins with (after a few words at most: «проект»)."""
    for pattern in (DOCUMENT_RU, DOCUMENT_EN):
        m = pattern.search(words)
        if m and (len(words[:m.start()].split()) <= 2 or _SIDES_FIRST.fullmatch(words, 0, m.start())):
            return m
    m = DOCUMENT_KY.search(words.rstrip(" ;.,"))
    if m and m.end() >= len(words.rstrip(" ;.,")) - 1:
        return re.match(r"\s*", words)  # Kyrgyz: the kind word ends the item
    return None


def cues(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str, str]]:
    """(position, kind, words) of every cue in text[start:end]."""
    out = []
    for m in _CUE.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup
        if kind == EARLIER and m.group()[:3].lower() == "had" and \
                _REPORTED.search(text, max(0, m.start() - 120), m.start()):
            kind = SIGNED  # «The ministry reported that it had signed ...»: the tense of
            # reported speech, the signing it reports
        out.append((m.start(), kind, m.group()))
    return out


# «X said (that) ...», «reported that ...»: what comes after is reported speech.
# (not «noted that the documents the presidents had signed ...»: a relative clause on
# documents named before its verb, signed before)
_REPORTED = re.compile(r"\b(?:said|says|reported|reports|announced|stated|noted|informed|"
                       r"told|added|confirmed|wrote)\b(?:\s+that)?(?:\s+(?!(?:documents?|"
                       r"agreements?|memorand\w*|mous?|protocols?|treat(?:y|ies)|accords?|deals?|"
                       r"contracts?|which|that)\b)[\w'’-]+){0,5}\s+$", re.I)


def _decide(before: list, after: list) -> str | None:
    """What the nearest cue before the document says («подписаны: ...», «ратифицировал»), else
    the first after it («... будет подписано»); a plan after the noun «подписание»
    («подписание ... состоится») wins over it."""
    if not before and any(k == PLANNED and words.lower().startswith("не")
                          for _p, k, words in after):
        return PLANNED  # «Соглашение ..., подписание которого было заявлено, ... не было подписано»
    if before:
        _position, kind, words = before[-1]
        if kind == SIGNED and any(k == EARLIER for _, k, _ in before):
            return EARLIER  # «Ранее, в 2023 году, министерство подписало ...»
        if _NOUN_CUE.fullmatch(words) and any(k == PLANNED for _, k, _ in after):
            return PLANNED
        if _NOUN_CUE.fullmatch(words) and len(before) > 1 and before[-2][1] == PLANNED and \
                _position - before[-2][0] - len(before[-2][2]) < 25:
            return PLANNED  # «планируется подписание», «обсудили подписание»
        return kind
    return after[0][1] if after else None


class _Sentence:
    """A sentence's cues and clause boundaries, found once (a long sentence names many
    documents)."""

    def __init__(self, text: str, start: int, end: int):
        self.start, self.end = start, end
        self.cues = cues(text, start, end)
        self.at = [c[0] for c in self.cues]
        clauses = list(_CLAUSE.finditer(text, start, end))
        self.clause_starts = [m.start() for m in clauses]
        self.clause_ends = [m.end() for m in clauses]

    def between(self, start: int, end: int, after: bool = False) -> list:
        """The cues in text[start:end]: the last few before a document, the first few after
        it are enough to decide."""
        low, high = bisect_left(self.at, start), bisect_left(self.at, end)
        while high > low and self.at[high - 1] + len(self.cues[high - 1][2]) > end:
            high -= 1
        return self.cues[low:min(high, low + 8)] if after else self.cues[max(low, high - 8):high]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around text[start:end]."""
        before = bisect_right(self.clause_ends, start) - 1
        after = bisect_left(self.clause_starts, end)
        return (self.clause_ends[before] if before >= 0 else self.start,
                self.clause_starts[after] if after < len(self.clause_starts) else self.end)


def _status(text: str, sentence: _Sentence, start: int, end: int,
            others: list[tuple[int, int]] = ()) -> str | None:
    """The status of a document named in a sentence, from the cues of its clause; a plan said
    within the words of another document speaks of that one («a protocol amending ...
    signed in 2013, a framework agreement under which X will extend ..., and ...»)."""
    def own(found: list, kinds=(PLANNED,)) -> list:
        return [c for c in found if c[1] not in kinds or
                not any(b <= c[0] < e for b, e in others)]

    def not_attributive(found: list) -> list:  # «Соглашения ..., подписанного 5 мая 2020
        return [c for c in found if not (_PARTICIPLE.fullmatch(c[2]) and any(  # года, и
            b <= c[0] < e or e <= c[0] and re.fullmatch(r"[\s)»\"]*,\s*", text[e:c[0]])
            for b, e in others))]  # Грантового соглашения»: of the one before

    clause_start, clause_end = sentence.clause(start, end)
    after = own(sentence.between(end, clause_end, after=True))
    before = [c for c in sentence.between(clause_start, start) if not (
        (c[1] == RATIFIED or _PLAN_NOUN.fullmatch(c[2])) and
        any(b <= c[0] < e for b, e in others))]
    said = _decide(not_attributive(before), after)  # not «ратификационными» of «Протокол об
    # обмене ратификационными грамотами ..., Соглашение ...», nor «проекта» of «Соглашение о
    # реализации проекта и Дорожная карта ...»
    if said is None and clause_start > sentence.start:  # «подписали А, а также Б»: Б too
        said = _decide(own(sentence.between(sentence.start, start)), [])
    if said is None:  # «A, а также B подписали президенты»: the verb after the last is A's too
        later = sentence.between(end, sentence.end, after=True)
        pos = end
        for b, e in sorted(o for o in others if o[0] >= end):
            if later and b >= later[0][0] or not _OBJECT_JOINT.fullmatch(text, pos, b):
                break
            pos = e
        if later and pos > end and later[0][1] == SIGNED and \
                text[pos:later[0][0]].strip() == "":
            said = SIGNED
    if said is None and _PREDICATE.search(text, start, end):  # «Протокол ... был подписан»
        said = SIGNED
        relative = _RELATIVE_SIGNED.search(text, start, end)
        main = [c for c in sentence.between(relative.end(), end) if c[1] != SIGNED] \
            if relative else []
        said = main[0][1] if main else said  # «The agreement ..., which was signed in
        # January, is expected to be ratified»: what the sentence says of it is its predicate
    if said == SIGNED and any(kind == EARLIER for _p, kind, _w in
                              sentence.between(start, end) + after[:3]):
        said = EARLIER  # «signed our first framework agreement with Masdar back in 2023»
    return said


# Between two documents of one Russian object before its verb: «A, а также B», «A и B», «A, B».
_OBJECT_JOINT = re.compile(r"\s*,?\s*(?:а\s+также|и)?\s*")
_RELATIVE_SIGNED = re.compile(r",\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+"
                              r"signed\b[^,.;]*,")


# «подписаны документы: 1. Соглашение ...; 2. Меморандум ...»: a list's number, no sentence end.
_INLINE_NUMBER = re.compile(r"(?:^|[:;]\s*)\d{1,2}\.$")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        word = re.search(r"(\S+?)[.!?…]*$", text[pos:m.start() + 1])
        last = word.group(1).lower().rstrip(".") if word else ""
        tail = last.rsplit(".", 1)[-1] if "." in last else last
        if "\n" not in m.group() and (last in _ABBREVIATIONS or tail in _ABBREVIATIONS or
                                      (len(tail) == 1 and tail.isalpha()) or
                                      _INLINE_NUMBER.search(text, pos, m.start() + 1)):
            continue
        out.append((pos, m.start() + len(m.group().rstrip())))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _list_items(text: str,
                lines: list[_Line]) -> tuple[list[Mention], set[int], list[tuple[int, int]]]:
    """Documents named in lists; the lines they take (left out of the running text); the
    introducing lines whose kind word the items complete (it names no document of its own)."""
    mentions: list[Mention] = []
    used: set[int] = set()
    headed: list[tuple[int, int]] = []  # lines whose plural kind word the items complete
    i = 0
    while i < len(lines):
        intro = i - 1
        marker = MARKER.match(lines[i].text)
        while intro >= 0 and intro not in used and (not lines[intro].text.strip() or marker and
                                                    (MARKER.match(lines[intro].text) or
                                                     intro and _DATELINE.match(lines[intro].text))):
            intro -= 1  # the line before the list, not an item the kind words missed nor a
            # dateline under the title that introduces it («Seoul, 4 December 2024»)
        after_colon = intro >= 0 and (lines[intro].text.rstrip().endswith(":") or
                                      _INTRODUCES.search(lines[intro].text) is not None)
        body = lines[i].text[marker.end():] if marker else lines[i].text
        found = _starts_document(body) if (marker or after_colon) and body.strip() else None
        head = _plural_head(lines[intro].text) if marker and after_colon and not found else None
        if not found and not head:
            i += 1
            continue
        # A list: this line and the items after it; the introducing line says what happened.
        scope_start = lines[intro].start if intro >= 0 and intro not in used else lines[i].start
        while i < len(lines):
            line = lines[i]
            marker = MARKER.match(line.text)
            body_start = line.start + (marker.end() if marker else len(line.text) -
                                       len(line.text.lstrip()))
            body = text[body_start:line.end]
            found = _starts_document(body) if body.strip() else None
            if not line.text.strip():
                i += 1
                nxt = i
                while nxt < len(lines) and not lines[nxt].text.strip():
                    nxt += 1
                if nxt < len(lines) and (MARKER.match(lines[nxt].text) or
                                         _starts_document(lines[nxt].text)):
                    continue
                break
            if found is None and not marker:
                break
            end = line.end
            used.add(i)
            i += 1
            while (i < len(lines) and lines[i].text.strip() and not MARKER.match(lines[i].text)
                   and not _starts_document(lines[i].text)
                   and not text[line.start:end].rstrip().endswith((";", "."))):
                end = lines[i].end  # the item goes on on the next line
                used.add(i)
                i += 1
            if found is None and head is not None and marker:  # «подписаны соглашения о
                status = _decide(cues(text, scope_start, lines[intro].end), [])  # ...:\n1. между
                side = _SIDE_THEN_WHAT.fullmatch(text, body_start, end)
                mentions.append(Mention(body_start, end, f"{head} on {side.group('what')}" if side
                                        else f"{head} {text[body_start:end]}", status,
                                        scope_start, in_list=True,
                                        sides=side.group("side") if side else ""))
                headed.append((lines[intro].start, lines[intro].end))
                continue
            if found is None:
                continue
            doc_start = with_adjectives(text, body_start, body_start + found.start())
            intro_end = lines[intro].end if intro >= 0 and scope_start == lines[intro].start \
                else scope_start
            status = _decide(cues(text, scope_start, intro_end) + cues(text, body_start,
                                                                        doc_start),
                             cues(text, doc_start, end))
            words = _DASH_BETWEEN.sub(" ", _SIGNER_NOTE.sub("", text[doc_start:end]))
            sides = text[body_start:doc_start] if _SIDES_FIRST.fullmatch(
                text, body_start, doc_start) else ""
            case = "gent" if intro >= 0 and _GENITIVE_LIST.search(
                text, scope_start, lines[intro].end) else None
            mentions.append(Mention(doc_start, end, words, status, scope_start, case,
                                    in_list=True, sides=sides))
    return mentions, used, headed


# «MoUs were signed with companies on the following projects:\n- ACWA Power – a wind farm in
# Karakalpakstan;»: an item naming the company that signs, a dash, what the document is on.
_SIDE_THEN_WHAT = re.compile(r"(?P<side>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+[–—-]\s+"
                             r"(?P<what>[a-z][^–—\n]*?)[\s;.,]*")


def _plural_head(intro: str) -> str | None:
    """«По итогам встречи подписаны соглашения о двустороннем сотрудничестве:» → «соглашение о
    двустороннем сотрудничестве»: the items of the list that follows complete it («1. между
    ... и ...;»)."""
    from .enumeration import singular_head  # (enumeration reads the mentions found here)
    line = intro.rstrip().rstrip(":")
    kinds = list(DOCUMENT_RU.finditer(line)) + list(DOCUMENT_EN.finditer(line))
    if not kinds:
        return None
    last = max(kinds, key=lambda k: k.start())
    phrase = re.split(r"\s+(?:were|was|have\s+been|has\s+been|are|is)\s+(?:\w+\s+)?(?:signed|"
                      r"concluded|inked|exchanged)\b|\s+(?:with|on|for|in)\s+(?:the\s+)?(?:following|"
                      r"companies|partners|investors)\b", line[last.start():])[0]  # (what follows
    # says with whom or on what, not the kind: «MoUs were signed with companies on ...:»)
    if len(phrase.split()) > 8 or re.search(r"[,;.]", phrase):
        return None
    return singular_head(phrase)


def _accepted_start(text: str, sentence_start: int, start: int) -> bool:
    """Whether a document named here is one in its own right, not part of another's name
    («в Договор ...») or a thing's attribute («в рамках Соглашения ...»)."""
    words = re.findall(r"[\w-]+|[^\w\s]", text[max(sentence_start, start - 200):start])
    while words and words[-1].lower() in _DETERMINERS:
        words.pop()
    if not words:
        return True
    last = words[-1]
    low = last.lower()
    if low in _SEPARATORS or not re.match(r"\w", last):
        return True
    if re.search(r"(?:нот\w*|соглашени\w*|протокол\w*|меморандум\w*)\s+об?\s+\w+(?:\s+в\s+силу)?"
                 r"\s+$", text[max(sentence_start, start - 60):start], re.I):
        return False  # «обменялись нотами о вступлении в силу Соглашения»: the notes' subject
    if document_case(last) or _CUE.fullmatch(last) or \
            _IN_FORCE.search(text, max(0, start - 40), start):  # «вступило в силу Соглашение»
        return True
    near = text[max(sentence_start, start - 40):start]
    if re.search(r"\b(?:signing|signature|conclusion)(?:\s+ceremony)?\s+of\s+(?:(?:the|an?)\s+)?$|"
                 r"\bsigned\s+off\s+on\s+(?:(?:the|an?)\s+)?$|"
                 r"\b(?:together|along|coupled)\s+with\s+(?:(?:the|an?)\s+)?$|"
                 r"(?:речь\s+ид[её]т|говорится)\s+об?\s+$", near, re.I):
        return True  # «witnessed the signing (ceremony) of agreements on ...», «together with MoUs
        # on ...»
    near = text[max(sentence_start, start - 70):start]
    if any(_when_or_where(near[c.end():]) for c in _CUE.finditer(near)):
        return True  # «скрепили подписями Программу ...», «put pen to an agreement», «подписали
        # сегодня в Ташкенте Совместную декларацию», «подписали 22 марта 2022 года соглашение»
    if _when_or_where(text[sentence_start:start]):
        return True  # «On 5 April 2023 a cooperation agreement was signed ...»
    clause = list(re.finditer(r"(?:\bthat|,)\s+", text[max(sentence_start, start - 60):start]))
    if clause and _when_or_where(text[max(sentence_start, start - 60) + clause[-1].end():start]):
        return True  # «The Embassy informs that on 3 April 2024 a memorandum ... was signed»
    if _after_occasion(text, sentence_start, start):
        return True  # «подписали по итогам переговоров Совместное заявление», «По итогам
        # переговоров Совместная декларация ... подписана»
    if partner_before(text[max(sentence_start, start - 140):start]):
        return True  # «Кабмин подписал с Евразийским банком развития соглашение ...»
    if low in ("в", "во") and re.search(r"(?:закрепил|зафиксировал)[аи]?" + _RECORDED_IN + r"\s*$",
                                        text[sentence_start:start], re.I):
        return True  # «закрепили договоренности в Меморандуме ...»
    if re.search(r"(?:экземпляр|оригинал)\w*\s+$", near, re.I) and \
            re.search(r"подпис|обменял", text[sentence_start:start], re.I):
        return True  # «обменялись подписанными экземплярами соглашения ...»: its copies
    if low == "под" and re.search(r"подпис\w*\s+под\s", text[sentence_start:start], re.I):
        return True  # «поставили подписи под Соглашением ..., а также под Протоколом ...»
    if re.search(r"\w['’]s\s+$", near):  # «Kyrgyzstan's agreement with ...»: a document; «the
        return re.search(r"(?<![\w-])[A-Z][\w-]*['’]s\s+$", near) is not None and \
            text[start:start + 1].islower()  # Prime Minister's Youth Programme»: a body's name
    if re.search(r"\b(?:new|revised|updated)\s+(?:edition|version|text)\s+of\s+(?:the\s+)?$",
                 near, re.I):
        return True  # «signed a new edition of the Agreement on ...»
    if re.fullmatch(r"[a-z]+", low):  # English: after a verb
        return low not in {"of", "to", "under", "with", "within", "in", "on", "by", "for",
                           "from", "into", "per", "amending", "supplementing", "extending",
                           "implementing", "replacing", "terminating", "amend", "amends",
                           "making", "introducing"}  # «a protocol amending / to amend / that amends / on making
    readings = parses(low)
    return bool(readings) and readings[0].tag.POS in {"VERB", "INFN", "PRTS", "PRTF", "GRND",
                                                      "ADVB"}


# When and where between a signing verb and the document it signs: «сегодня», «в Ташкенте»,
# «today in Astana».
_WHEN_OR_WHERE = re.compile(r"(?<![\w-])(?:сегодня|вчера|также|today|yesterday|also|"
                            r"между\s+собой|друг\s+с\s+другом|"  # «заключили между собой»
                            r"(?:в|во|in)\s+[A-ZА-ЯЁ][\w-]+)(?![\w-])")


def _when_or_where(words: str) -> bool:
    """Only when and where the signing was, and determiners («сегодня в Ташкенте», «On 5 April
    2023 a»)."""
    return all(w.lower() in _DETERMINERS
               for w in _WHEN_OR_WHERE.sub(" ", without_dates(words)).split())


# On what occasion: «по итогам переговоров», «в ходе официального визита», «на полях саммита».
_OCCASION = re.compile(r"(?<![\w-])(?:по\s+итогам|в\s+ходе|в\s+рамках|на\s+полях|во\s+время)"
                       r"(?:\s+[а-яё-]+){1,8}\s*,?", re.I)


def _after_occasion(text: str, sentence_start: int, start: int) -> bool:
    """Whether a Russian document named in the nominative or accusative (not «Соглашения» of «в
    рамках реализации Соглашения») follows the occasion that opens its sentence or that follows
    a signing verb, with only when and where besides."""
    kind = DOCUMENT_RU.match(text, start)
    readings = parses(kind.group().split()[-1].lower()) if kind else ()
    if not readings or readings[0].tag.case == "gent":
        return False
    near = text[max(sentence_start, start - 120):start]
    return _OCCASION.search(near) is not None and (
        _when_or_where(_OCCASION.sub(" ", text[sentence_start:start])) and
        text[start].isupper() or
        any(_when_or_where(_OCCASION.sub(" ", near[c.end():])) for c in _CUE.finditer(near)))


def _title_adjective(word: str, kind_word: str) -> bool:
    """«Астанинскую» before «декларацию», «Двухгодичное» before «соглашение»: an adjective
    that is part of the name, not a participle («подписанное») or a pronoun («данное»)."""
    readings = parses(word.lower())
    if not readings or readings[0].tag.POS in {"PRTF", "VERB", "PRTS", "INFN"}:
        return False
    good = [p for p in readings if p.tag.POS == "ADJF" and not {"Apro", "Anum"} & set(
        str(p.tag).replace(" ", ",").split(","))]
    return bool(good) and good[0].normal_form.replace("ё", "е") not in _NOT_TITLE_WORDS and \
        any(p.tag.case in cases_of(kind_word) for p in good)


_EN_NAME_WORD = re.compile(r"(?:[A-Z][\w-]*|and|of|on)\s+$")


def with_adjectives(text: str, limit: int, start: int) -> int:
    """Where a document's name starts once the adjectives before its kind word are taken in:
    «Астанинскую декларацию», «the Enhanced Partnership and Cooperation Agreement»."""
    if re.match(r"[A-Za-z]", text[start:start + 1]):
        begin = start
        while begin > limit:
            word = _EN_NAME_WORD.search(text, max(limit, begin - 40), begin)
            if not word or word.group().split()[0] in ("The", "A", "An", "This", "On"):
                break
            begin = word.start()
        while re.match(r"(?:and|of|on)\s", text[begin:start]):
            begin = text.index(" ", begin) + 1  # the name starts with a capital
        if begin == start:  # «a defence cooperation agreement»
            return english_modifiers(text, limit, start)
        return begin if text[begin - 1:begin] in " \"“«(" else start
    kind_word = re.match(r"[\w-]+", text[start:])
    while kind_word:
        near = max(limit, start - 60)
        before = re.search(r"([А-Яа-яЁё-]+)\s+$", text[near:start])
        if not before or not _title_adjective(before.group(1), kind_word.group()):
            break
        start = near + before.start(1)
    return start


def _verb_cut(text: str, start: int, stop: int) -> int:
    """Where a finite verb or a short participle outside quotes ends the name («Соглашение о
    ... запланировано на осень»: the name ends before «запланировано»)."""
    depth, previous = 0, (re.findall(r"[А-Яа-яЁё]+", text[max(0, start - 30):start]) or [""])[-1]
    for m in re.finditer(r"[«»\"]|[А-Яа-яЁё]+", text[start:stop]):
        word = m.group()
        if word in "«»\"":
            depth = depth + 1 if word == "«" else max(depth - 1, 0) if word == "»" else 1 - depth
            continue
        if depth:
            continue
        if word.lower() == "не":
            return start + m.start()  # «... не было подписано»
        if _ACTIVE_VERB.fullmatch(word):  # «Соглашение ... (стороны) подписали ...»
            subject = _SUBJECT_BEFORE.search(text[start:start + m.start()])
            return start + (subject.start() if subject else m.start())
        after, previous = previous, word
        if _KEEP_VERBS.match(word):
            continue
        readings = parses(word.lower())
        if readings and all(p.tag.POS == "INFN" for p in readings) and \
                re.fullmatch(r"намерени[еия]|намерениях|решени[еия]", after, re.I):
            continue  # «Заявление о намерении установить побратимские связи»
        if readings and all(p.tag.POS in {"VERB", "PRTS", "INFN"} for p in readings):
            return start + m.start()
    return stop


# «..., the Olympic committees signed a memorandum»: an active English signing verb after a
# document's words, with its own subject before it (not «signed by», «signed in Baku», «was
# signed», «which they signed»).
_EN_ACTIVE = re.compile(r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bwhich)(?<!\bthat)(?<!\bthey)"
                        r"\s+(?:also\s+)?(?:signed|inked|concluded|exchanged)\s+(?:a|an|the|two|"
                        r"three|four|five|several|memorand|agreement|protocol)", re.I)


# «The agreements cover education reform», «The memorandum envisages ...»: a kind word as the
# subject of a verb in the present is a document the text named before.
_EN_PREDICATE = re.compile(r"\s+(?:also\s+)?(?:covers?|provides?|envisages?|aims?|includes?|"
                           r"sets?\s+out|allows?|concerns?|stipulates?|foresees?|seeks?|"
                           r"focus(?:es)?|will|would|is|are|has|have|"
                           # «The MoU lays down ...», «the treaty takes effect»: a verb in the
                           # third person (a lower-case word in -s, not in -ss, -us or -is)
                           r"(?-i:[a-z]{2,}[^\Wsui\d_]s)(?=\s+(?!of\b|and\b|or\b)[a-z]))\b")


# «..., a loan agreement for the road, amounts to $50 million»: the verb of the sentence after
# the name in commas.
_COMMA_PREDICATE = re.compile(r",\s+(?:is|are|was|were|amounts?|amounted|totals?|totalled|"
                              r"costs?|comes\s+to|is\s+worth)\s|"
                              # «..., and adopted a joint declaration», «..., as well as
                              # interagency documents on ...»: what else was done or signed
                              r",\s+and\s+(?:also\s+)?(?:adopted|approved)\b|"
                              # «... and witnessed the exchange of ...»: another predicate of
                              # the subject, not the name's
                              r",?\s+and\s+(?:also\s+)?(?:witnessed|discussed|noted|held|"
                              r"reviewed|visited|attended|launched|inaugurated|expressed|"
                              r"emphasi[sz]ed|underlined|stressed|welcomed|toured|laid|"
                              r"exchanged\s+views|took\s+part|agreed\s+(?:on|to|that))\b|"
                              r",?\s+as\s+well\s+as\s+(?:with\s+)?(?:the\s+)?(?:signing|"
                              r"conclusion)\s+of\b|"
                              r",\s+as\s+well\s+as\s+(?!(?:on|in|for|of|to|with|between)\s)"
                              r"(?=(?:[\w-]+\s+){0,2}?(?:documents|papers|instruments|deals)\b)")


def _en_verb_cut(text: str, start: int, stop: int) -> int:
    """Where the subject of the next English signing clause begins: «a cooperation agreement in
    the legal field, the Qatar Olympic Committee and ... signed a memorandum ...» ends at the
    comma before «the Qatar Olympic Committee» (the last comma before the verb)."""
    verb = _EN_ACTIVE.search(text, start, stop)
    if verb is None or _quoted(text, start, verb.start()):
        return stop
    comma = text[start:verb.start()].rfind(",")  # (not at «and»: «The UN Development
    return start + comma if comma >= 0 else stop  # Programme and the Ministry signed» is a body)


# «An agreement on ... was also exchanged»: an English verb after the name ends it; «MoUs were
# exchanged between A and B, and between C and D»: the parties after the verb are the name's.
_EN_PASSIVE = re.compile(
    r"(?<!\bwhich)(?<!\bthat)\s+(?:was|were|(?:has|have)\s+been)"
    r"(?:\s+(?:also|then|jointly|formally|officially|likewise|finally))?\s+"
    r"(?P<verb>(?:signed|exchanged|inked|concluded|adopted|handed\s+over|discussed|considered|"
    r"postponed|initiall?ed|drafted|prepared)"
    r"(?:\s+(?:as\s+well|too|also))?)\b"
    r"(?P<between>(?=\s+between\s))?"
    # «A protocol was signed on the settlement of ...»: the subject after the verb (not «on
    # March 5», «on Monday», «on the sidelines of»)
    r"(?P<subject>(?=\s+on\s+(?:the\s+)?(?!(?:sidelines|margins|occasion|eve|basis|day)\b)"
    r"[a-z]))?")


_ALSO_BETWEEN = re.compile(r",\s+(?:а\s+также|as\s+well\s+as)\s+(?:между|between)\s", re.I)


def _plural_kind(words: str) -> bool:
    """«соглашения», «меморандумов», "agreements": the kind word (the last word) is plural."""
    last = words.split()[-1] if words.split() else ""
    if re.match(r"[A-Za-z]", last):
        return _PLURAL_EN.search(words) is not None
    return any(p.tag.POS == "NOUN" and "plur" in p.tag and p.tag.case in ("nomn", "accs")
               for p in parses(last.lower()))


_PLURAL_EN = re.compile(r"(?<!\bof\s)(?<!exchange\s)\b(?:[a-z]+s|memoranda|MoUs)\s*$", re.I)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether text[end] is inside quotes opened after `start` («... "Program was founded"»)."""
    part = text[start:end]
    return part.count("«") > part.count("»") or part.count('"') % 2 == 1 or \
        part.count("“") > part.count("”")


# «подписаны соглашения: о взаимной защите инвестиций; о воздушном сообщении»: the complements
# of a plural kind word, after a colon (see enumeration).
_COLON_ITEMS = re.compile(r"(?<=[ыиаяйвs])\s*(?::|\s[—–-])\s*"
                          r"(?:(?:во?-)?(?:перв|втор|трет)\w{0,3}\s*[–—-]?\s*)?"
                          r"(?:о|об|в|во|по|между|on|in|between|for|"
                          r"with)\s", re.I)  # «ряд соглашений - о ..., о ...»


# «подписан ряд документов. В частности, соглашение о ...»: the sentence goes on with the last.
_GOES_ON = re.compile(r"\s*(?:в\s+частности|в\s+том\s+числе|среди\s+них|among\s+them|"
                      r"in\s+particular|including)\b", re.I)


# «Итогом стало подписание четырех документов: соглашения о ..., меморандума о ... и ...»,
# «подписание ряда документов, в том числе Соглашения ...», «Состоялось подписание следующих
# документов:» before a list: the names after it are in the genitive of «подписание».
_GENITIVE_LIST = re.compile(r"подписани(?:е|я|ю|ем|и)\s+(?:[\w-]+\s+){0,3}?документов\s*"
                            r"(?::|,\s+(?:в\s+том\s+числе|а\s+именно|в\s+частности)\s)"
                            r"[^:;.!?]*$", re.I)


# Between two documents named one after the other: «, », « и », «, а также », «; »: the second
# is in the case of the first.
_JOINED = re.compile(r"\s*[,;]?\s*(?:(?:и|а\s+также|а|также)\s+)?", re.I)


def _in_sentences(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    mentions: list[Mention] = []
    last_said = None  # what the previous sentence said last
    for start, end in spans:
        sentence = _Sentence(text, start, end)
        went_on = last_said if _GOES_ON.match(text, start) else None
        last_said = sentence.cues[-1][1] if sentence.cues else None
        found = []
        judged: list[tuple[int, bool]] = []
        for pattern in (DOCUMENT_RU, DOCUMENT_EN):
            for m in pattern.finditer(text, start, end):
                begin = with_adjectives(text, start, m.start())
                judged.append((begin, _accepted_start(text, start, begin)))
                if judged[-1][1]:
                    found.append((begin, m.end()))
        found = [f for f in found if not _joined_to_an_attribute(text, f[0], sorted(judged))]
        found.sort()
        found = [f for k, f in enumerate(found) if not k or f[0] != found[k - 1][0]]  # «Protocol
        # on amendments to ...»: one name, whose second kind word takes in the first
        found = [f for k, f in enumerate(found) if not k or not re.fullmatch(
            r"\s*\(\s*[«\"]?", text[found[k - 1][1]:f[0]])]  # «План («дорожная карта»)»
        found = [f for k, f in enumerate(found) if not k or not _quoted(
            text, found[k - 1][1], f[0])]  # «решения «О проекте декларации ...»»: one name
        found = [f for k, f in enumerate(found) if not k or not (
            re.search(r"\(\s*$", text[found[k - 1][1]:f[0]]) and
            re.match(r"(?:MoUs?|[A-Z]{2,6})\s*\)", text[f[0]:]))]  # «Memorandum of Understanding (MoU)
        # on tourism»: the abbreviation of the name before
        named: list[tuple[int, str, str | None, str | None]] = []
        for k, (begin, kind_end) in enumerate(found):
            stop = found[k + 1][0] if k + 1 < len(found) else end
            clause = _CLAUSE.search(text, kind_end, stop)
            while clause and _ALSO_BETWEEN.match(text, clause.start()) and \
                    _plural_kind(text[begin:kind_end]):  # «соглашения между A и B, а также
                clause = _CLAUSE.search(text, clause.end(), stop)  # между C и D»: both (see
                # enumeration), not a clause of their own
            if clause and not _COLON_ITEMS.match(text, kind_end):  # «соглашения: о ...; о ...»
                stop = clause.start()
            stop = _en_verb_cut(text, kind_end, _verb_cut(text, kind_end, stop))
            said_of = _COMMA_PREDICATE.search(text, kind_end, stop)
            if said_of:  # «The first, a loan agreement for ..., amounts to $50 million»
                stop = said_of.start()
            if _EN_PREDICATE.match(text, kind_end, stop):  # «The agreements cover ...»: the
                stop = kind_end  # documents named before, spoken of
            passive = _EN_PASSIVE.search(text, kind_end, stop)
            verb_said = None
            words = text[begin:stop]
            if passive and passive.group("subject") is not None and \
                    text[kind_end:passive.start()].strip() == "":  # «A protocol was signed on»
                verb_said = _decide(sentence.between(start, begin), cues(passive.group()))
                words = text[begin:passive.start()] + " " + text[passive.end("verb"):stop].strip()
            elif passive and not _quoted(text, begin, passive.start()):
                if passive.group("between") is None:  # «An agreement on ... was also exchanged»
                    stop = passive.start()
                    words = text[begin:stop]
                elif _PLURAL_EN.search(text[begin:kind_end]):  # «MoUs were exchanged between
                    verb_said = _decide(sentence.between(start, begin),  # A and B, and C and D»
                                        cues(passive.group()))
                    words = text[begin:passive.start()] + " " + text[passive.end("verb"):stop]
            closing = words.find('"') if text[begin - 1:begin] == '"' else -1
            if closing > 0:  # «signed the "Treaty on Allied Relations" and witnessed ...»: an
                words = words[:closing]  # English name in quotes ends at its closing quote
            words = _AND_OTHERS.sub("", words).rstrip()
            while _TRAILING.search(words):
                words = _TRAILING.sub("", words, count=1).rstrip()
            previous = re.findall(r"[\w-]+", text[max(start, begin - 40):begin])
            case = document_case(previous[-1]) if previous else None
            if re.search(r"вступлени\w+\s+в\s+силу\s+$", text[max(start, begin - 40):begin]) \
                    or _GENITIVE_LIST.search(text, start, begin) or \
                    re.search(r"(?:экземпляр|оригинал)\w*\s+$", text[start:begin], re.I):
                case = "gent"  # «вступление в силу Соглашения ...», «подписание 4 документов: ...»,
                # «экземплярами Соглашения ...»
            if case is None and named and _JOINED.fullmatch(
                    text, named[-1][0] + len(named[-1][1]), begin):
                case = named[-1][2]  # «подписание Меморандума ..., а также Соглашения ...»
            named.append((begin, words, case, verb_said))
        spans_named = [(b, b + len(w)) for b, w, _c, _v in named]
        for begin, words, case, verb_said in named:
            others = [s for s in spans_named if s[0] != begin]
            status = verb_said or _status(text, sentence, begin, begin + len(words),
                                          others) or went_on
            twin = _coordinated(text, start, begin, words)
            if twin:  # «кредитное и грантовое соглашение»: two documents
                mentions.append(Mention(twin[0], begin + len(words), twin[1], status, start,
                                        case))
                words = twin[2]
            sides = _SIDES_IN_SENTENCE.search(text[start:begin])
            mentions.append(Mention(begin, begin + len(words), words, status, start, case,
                                    count=_count_before(text, start, begin),
                                    sides=sides.group("sides") if sides and _SIDES_FIRST.fullmatch(
                                        sides.group("sides")) else ""))
    return mentions


# «..., а также», «и», «, and the»: a document joined to the one before.
_JOINED_AFTER = re.compile(r"(?:,\s*(?:а\s+также|and|as\s+well\s+as)|,|\s(?:и|and))\s+"
                           r"(?:(?:the|an?)\s+)?$", re.I)


def _joined_to_an_attribute(text: str, begin: int, judged: list[tuple[int, bool]]) -> bool:
    """Whether the document named at `begin` is joined to one named before it in its sentence
    that is a thing's attribute, no document of its own, with no verb between them and no
    document of its own before that one: «обсудили исполнение Договора ..., подписанного в 2022
    году, а также Соглашения ...» (both what was discussed)."""
    before = [(b, ok) for b, ok in judged if b < begin]
    if not before or before[-1][1] or any(ok for _b, ok in before):
        return False
    if not _JOINED_AFTER.search(text, before[-1][0], begin):
        return False
    return not any(kind != SIGNED or not _PARTICIPLE.fullmatch(words)
                   for _p, kind, words in cues(text, before[-1][0], begin))


# «a loan and a grant agreement», «the credit and grant agreements»: two documents.
_LENDERS_TWO = re.compile(r"(?<![\w-])(?:an?\s+)?(?P<first>(?:concessional\s+)?(?:loan|grant|"
                          r"credit|financing))\s+and\s+(?:an?\s+)?$", re.I)


def _coordinated(text: str, start: int, begin: int, words: str) -> tuple[int, str, str] | None:
    """«кредитное и грантовое соглашение по проекту ...», «кредитное и грантовое соглашения»:
    two adjectives joined by «и» before one kind word name two documents. (Where the first
    begins, its words, the second's words) with the kind word in the singular; else None."""
    from .enumeration import singular_title  # (enumeration reads the mentions found here)
    lender = _LENDERS_TWO.search(text, max(start, begin - 40), begin)
    own_en = re.match(r"(?:concessional\s+)?(?:loan|grant|credit|financing)\s+(?=agreements?\b)",
                      words, re.I)
    if lender and own_en:  # «a loan and a grant agreement for ...», «loan and grant agreements»
        second = capitalise(singular_title(words) or words)
        first = capitalise(f"{lender.group('first')} {second[own_en.end():]}")
        return lender.start("first"), first, second
    first = re.search(r"(?<![\w-])([а-яё]+)\s+и\s+$", text[max(start, begin - 40):begin])
    own = re.match(r"([А-Яа-яЁё]+)\s+(?=[а-яё])", words)
    if not first or not own or not DOCUMENT_RU.match(words[own.end():]):
        return None
    kind = re.match(r"[\w-]+", words[own.end():]).group()
    if not (_title_adjective(first.group(1), kind) or _title_adjective(first.group(1),
                                                                       own.group(1))) or \
            not _title_adjective(own.group(1), kind):
        return None
    second = singular_title(words) or capitalise(words)
    rest = second[second.index(" ") + 1:]
    single = singular_title(f"{first.group(1)} {words[own.end():]}") or \
        f"{first.group(1)} {words[own.end():]}"
    if single.split(" ", 1)[1] != rest:  # (the adjective agrees with the kind word)
        single = f"{first.group(1)} {rest}"
    at = max(start, begin - 40) + first.start(1)
    return at, capitalise(single), second


_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "два": 2, "две": 2,
                 "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "2": 2, "3": 3, "4": 4, "5": 5,
                 "6": 6}


def _count_before(text: str, start: int, begin: int) -> int:
    """«signed two loan agreements», «четыре грантовых соглашения»: the number right before a
    document's words, if small."""
    word = re.search(r"([\w-]+)\s+$", text[max(start, begin - 20):begin])
    return _SMALL_COUNTS.get(word.group(1).lower(), 1) if word else 1


def find_mentions(text: str) -> list[Mention]:
    """Every document named in the text, in order, with what the text says happened to it."""
    lines = _lines(text)
    listed, used, headed = _list_items(text, lines)
    spans: list[tuple[int, int]] = []
    block: list[_Line] = []
    for n, line in enumerate(lines + [_Line(len(text), len(text), "")]):
        if n in used or not line.text.strip():
            if block:
                spans += _sentences(text, block[0].start, block[-1].end)
            block = []
        else:
            block.append(line)
    in_sentences = [m for m in _in_sentences(text, spans)
                    if not any(s <= m.start < e for s, e in headed)]
    return sorted(listed + in_sentences + _kyrgyz(text, spans), key=lambda m: m.start)


def _kyrgyz(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    mentions = []
    for start, end in spans:
        for begin, stop, name in kyrgyz.names(text, start, end):
            status = _decide(cues(text, start, begin), cues(text, stop, end))
            mentions.append(Mention(begin, stop, name, status, start))
    return mentions
