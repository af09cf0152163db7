"""Where a Kyrgyz text names documents and what it says happened to them. A name is the noun
phrase that ends with a kind word (any case: «макулдашууга», «жол картасын»); it begins after
the sentence's subject, the date and place, the verb or the connective before it («Мындан
тышкары, тараптар ... меморандумга, ... макулдашууга кол коюшту»), or at the first party of
«A менен Б ортосундагы». The status comes from the first verb after the name (or the signing
statement before a list: «төмөнкү документтерге кол коюлду:»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.kyrgyz_words import without_case

from ..countries import CountryIndex
from ..segmentation import MARKER
from .parties import _HEADS, BETWEEN, BOTH, party_start
from .words import (BARE_BODY, CEREMONY, DESCRIBED_PARTNER, EARLIER, EARLIER_BEFORE, KIND_WORD,
                    MONTH_STEM, NOT_AN_INITIAL, SIGNED, STATEMENT_AFTER, THE_SIDES, VERB,
                    body_head, kind_stem)

_GENITIVE = re.compile(r"[ндт][ыиуү]н$")
# A name in the genitive that is the one signed: «... макулдашуусунун кол коюу аземи болуп
# өттү», «келишимдин кол коюлушу».
_ITS_SIGNING = re.compile(r"\s+кол\s+коюу\s+" + CEREMONY + r"|\s+кол\s+коюлуш|"
                          r"\s+(?:бекитишти|кабыл\s+алышты|жактырышты|түзүштү)(?![\w-])", re.I)
# («... планын бекитишти»: the accusative of «планы», which looks like a genitive)
_PART_OF_NAME = re.compile(r"\s*(?:боюнча|жөнүндө|тууралуу|менен|үчүн|карата|[-–]\w|"
                           r"өзгөр(?:т)?үү\w*|түзөтүү\w*|толуктоо\w*|кошумча\s|тиркел\w*|"
                           r"мөөнөтүн\s|"
                           r"(?:ишке|жүзөгө)\s+ашыруу|аткаруу|ратификациялоо)", re.I)
# An accusative kind word before a verbal noun is that action's object, inside another name:
# «... программасын каржылоо боюнча макулдашуу», «... келишимди түзүү жөнүндө».
_ACCUSATIVE = re.compile(r"(?:с?[ыиуү]н|[ндт][ыиуү])$", re.I)
_VERBAL_NOUN = re.compile(r"\s+[\w-]+(?:оо|өө|уу|үү)(?:[гкн]\w{0,3})?(?![\w-])", re.I)
_DATIVE = re.compile(r"[гк][аеоө]$", re.I)
_ITS_PROTOCOL = re.compile(r"\s+протокол", re.I)
# A document the sentence refers to, not one it signs: «... келишимге ылайык, тараптар ...»,
# «... макулдашуунун негизинде».
_REFERRED = re.compile(r",?\s*(?:ылайык|негизинде|алкагында|чегинде|шарттарына)(?![\w-])", re.I)
_CONNECTIVES = (r"тышкары|сырткары|соң|кийин|жыйынтыгында|жыйынтыгы\s+боюнча|алкагында|учурунда|"
                r"жүрүшүндө|ичинде|атап\s+айтканда|тактап\s+айтканда|маселен|мисалы|"
                r"арасында|катышуусунда|катышкан|ошондой\s+эле|ал\s+эми|ылайык|караганда|"
                r"эске\s+салсак|негизгиси|ичинен|белгилөөгө\s+болот|кезегинде|соңунда|аягында|"
                r"тарабынан|катарында|боюнча(?=,)")  # («маалыматы боюнча, ...»)
_VERBS = (r"кол\s+ко(?!юу)\w+|кабыл\s+ал(?!уу)\w+|түзүлгөн|белгиледи|билдирди|маалымдады|кабарлады|"
          r"айтты|деди|өттү|болду|келди|барды|жолукту|жүргүзүштү|талкуулашты|макулдашты|жактырышты|"
          r"бекитишти|атады|\w{3,}(?:ышты|ишти|ушту|үштү|ышып|ишип|ушуп|үшүп)|"
          r"\w{3,}(?:ып|ип|уп|үп)(?=,)")
# Where the event was: «комиссиянын отурумунда», «сапарынын жүрүшүндө» (not in a name).
_AT_EVENT = (r"[\w-]*(?:жыйын|отурум|жолугушуу|сапар|саммит|форум|сүйлөшүү|кеңешме|"
             r"конференция|визит|азем|иш-чара)[а-яөүң]*?(?:да|де|до|дө|та|те|то|тө)")
_BOUNDARY = re.compile(r"[;:]|\s[–—]\s(?=[а-яөүң])|(?<![\w-])(?:%s|%s|%s)(?![\w-])"
                       % (_CONNECTIVES, _VERBS, _AT_EVENT), re.I)
_SKIP = {"жана", "да", "дагы", "ошондой", "эле", "ал", "эми", "бул", "ушул", "тиешелүү",
         "атайын", "тараптар", "президенттер", "лидерлер", "министрлер", "өздөрү", "алар",
         "бүгүн", "кечээ", "ошол", "күнү", "эки", "үч", "төрт", "беш", "алты", "жети",
         "сегиз", "тогуз", "он", "жалпы", "кошумча", "жаңы", "дүйшөмбү", "шейшемби",
         "шаршемби", "бейшемби", "жума", "ишемби", "жекшемби",
         "маанилүү", "тарыхый", "тараптуу", "аталган", "андан", "мындан", "ушундай", "анын",
         "алардын", "бүгүнкү", "акыркы", "кезектеги", "ошону", "менен", "бирге", "биргеликте",
         "ведомство", "ведомстволор"}  # («эки ведомство ... планын бекитишти»: the subject)
_STATEMENT = re.compile(STATEMENT_AFTER, re.I)
# «эки тараптуу», «көп тараптуу» (bilateral, multilateral): an adjective of the name, no count.
_SIDED = re.compile(r"(?:эки|үч|көп)\s+(?:(?!өлкө|мамлекет|тарап|өкмөт)[\w-]+[ндт][ыиуү]н\s+"
                    r"(?:ортосундагы|арасындагы)|"
                    r"тараптуу\s+(?!документ)[а-яөүң]|(?:өлкөнүн|"
                    r"мамлекеттин|тараптын|шаардын)\s+(?!ортосу|арасы)[а-яөүң-]+\s)", re.I)
# («эки өлкөнүн жарандарынын ... жөнүндө макулдашуу»: the two countries' citizens, in the name)
_MONTHS = re.compile(MONTH_STEM + r"\w*$", re.I)
_LOCATIVE = re.compile(r"(?:да|де|до|дө|та|те|то|тө)$")
_SUBJECT = re.compile(r"(?<![\w-])(?:тараптар|президенттер|лидерлер|министрлер|башчылар|"
                      r"делегациялар|өкмөттөр)(?![\w-])(?!\s+(?:аралык|жөнүндө|тууралуу|кеңеш\w*))"
                      r"(?!" + STATEMENT_AFTER + ")", re.I)
_COMITATIVE = re.compile(r"(?<=[ыиуү]\s)менен\s+(?![\w-]+\s+банк(?![\w-]))"
                         r"(?!(?:эки|үч|көп)\s+тараптуу(?![\w-]))"  # (see _SIDED_AFTER)
                         r"(?:(?![\w-]*ч[уү]\s|(?:жөнүндө|тууралуу)\s)[\w-]+\s+){0,4}?"
                         r"[\w-]{2,}(?<![уүч])[ыиуү]"
                         r"(?<![дт][аеоө]г[ыиуү])(?<![аеоө]рд[ыиуү])(?![\w-])"
                         r"(?!\s+(?:боюнча|жөнүндө|тууралуу)(?![\w-]))", re.I)
# «... министрлиги менен «НоваВинд» АКсы (меморандумга ...)»: a company in quotes with its legal
# form, the subject's partner.
_FIRM = re.compile(r"(?<=[ыиуү]\s)менен\s+(?:[а-яөүң]+\s+)?«[^«»\n]{1,60}»\s+[А-ЯЁӨҮҢ]{2,4}"
                   r"(?:с[ыиуү])?(?![\w-])")
# «университети менен ... каражаты», not «министрлиги менен кесиптик билим берүү тармагындагы»
# nor «... банкы менен суу тармагы боюнча» (the name's topic), «... менен бир тууган
# байланыштарды түзүү» (an object, in the name), «... менен кайра жаралуучу энергия ...» (a
# participle, in the name) nor «... менен Дүйнөлүк банк»
# «... жайлардын бири менен эки тараптуу кызматташуу келишими»: the partner ends at «менен»,
# the name begins with its adjective
_SIDED_AFTER = re.compile(r"(?<![\w-])менен\s+(?=(?:эки|үч|көп)\s+тараптуу(?![\w-]))", re.I)
# «... жайлардын бири менен академиялык ... келишимине»: a partner described ends at «менен»
_ONE_OF = re.compile(r"(?<![\w-])(?:бири|бирөө|бирөөсү)\s+менен\s+", re.I)
# A partner named by an abbreviation or in Latin letters: «... министрлиги ЮНИСЕФ менен»
_PARTNER = re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁӨҮҢ]{2,}[\w-]*|[A-Z][A-Za-z&.-]+)"
                      r"(?:\s+[A-Z][A-Za-z&.-]+)*\s+менен(?![\w-])")
_DESCRIBED = re.compile(r"(?<![\w-])" + DESCRIBED_PARTNER, re.I)  # (no part of the name)
# «Ошол эле компания менен ...»: the partner of the document named before, not in the name.
SAME = re.compile(r"(?<![\w-])(?:ошол|ушул|ошо)\s+эле\s+[а-яөүң-]+\s+менен(?![\w-])", re.I)
_SURNAME = re.compile(r"(?<![\w-])[А-ЯЁӨҮҢ][а-яёөүң]+(?:ов|ев|ёв|ова|ева|ин|ина|уулу|кызы|ский|"
                      r"ски)(?![\w-])"
                      r"(?!\s+атындагы)")
_SUBJECT_PLURAL = re.compile(r"(?<![\w-])\w{3,}(?:лары|лери|лору|лөрү|тары|тери|тору|төрү|дары|"
                             r"дери|дору|дөрү)(?![\w-])(?!\s+(?:жөнүндө|тууралуу|боюнча|"
                             r"ортосундагы|арасындагы|\w+[дт][аеоө]г[ыиуү](?![\w-])|"
                             r"(?:жаат|тармаг|тармактар|чөйрөс|багыт)[ыиуү]нд[аеоө](?![\w-])))",
                             re.I)  # («... булактары жаатында ... меморандум»: in the name)
_WORD = re.compile(r"[\w-]+»?(?!\s+(?:деп|аралык|катары)(?![\w-]))")
_TOKEN = re.compile(r"[«\"]?[\w.–-]+[»\"]?|[^\w\s]")
_SENTENCE = re.compile(r"(?<=[.!?…])" + NOT_AN_INITIAL + r"[»\"”)]?\s+(?=[«\"A-ZА-ЯЁӨҮҢ0-9–—-])")


@dataclass
class Named:
    """A document named: where its name starts and its kind word ends, the name in the
    nominative, its kind word's stem, the words of its clause before it (its subject, which
    may name the signers) and what happened to it."""

    start: int
    end: int
    title: str
    kind: str
    plural: bool
    clause: str
    status: str | None
    scope_start: int
    in_list: bool = False
    between: str = ""  # the words before «ортосунда(гы)», beside the name or in it
    count: int = 1  # «үч меморандум»: three of them
    scope_end: int = -1  # where its sentence or item ends
    own_start: int = -1  # where its sentence or item begins (a list item's: not its intro)
    from_intro: int = -1  # an item taking its kind from the words ending here


NUMBERS = {"эки": 2, "үч": 3, "төрт": 4, "беш": 5, "алты": 6, "жети": 7, "сегиз": 8,
           "тогуз": 9, "он": 10}
_NUMBER_BEFORE = re.compile(r"(?<![\w-])(\d{1,2}|%s)\s+$" % "|".join(NUMBERS), re.I)
# «Алардын ичинен ...»: a sentence that goes on about the documents of the one before.
_GOES_ON = re.compile(r"\s*(?:алардын|анын)\s+(?:ичинен|ичинде|арасынан|арасында|катарында|"
                      r"эң\s+негизгиси)",
                      re.I)
# «төмөнкү долбоорлор боюнча гранттык макулдашууларга кол коюшту:» (items: the projects).
_LIST_KIND = re.compile(r"(?P<tail>(?:(?:боюнча|жөнүндө|тууралуу)\s+(?:[\w-]+\s+){0,2}?)?)"
                        r"(?P<kind>(?:макулдашуу|келишим|меморандум|протокол|чечим)"
                        r"(?:лар|дар|дер|тер|дор|лер)\w*)", re.I)


def _quoted(text: str, lo: int, at: int) -> bool:
    return text.count("«", lo, at) > text.count("»", lo, at)


def _skip_leading(text: str, pos: int, end: int) -> int:
    """After the boundary: past connectives, the date, the place and the subject."""
    window = text[pos:end]
    seen = text[pos:end + 20]  # (what follows decides: «министрлер декларациясы» is a name)
    cut = 0
    for pattern in (_SURNAME, _SUBJECT_PLURAL, _SUBJECT, THE_SIDES, _HEADS, _COMITATIVE, _FIRM,
                    _SIDED_AFTER, _ONE_OF, _PARTNER, SAME, _DESCRIBED, BARE_BODY, _WORD):
        for m in pattern.finditer(seen):
            if m.end() <= len(window) and not _quoted(window, 0, m.start()) and \
                    not BETWEEN.search(window, m.end()) and \
                    (pattern is not _WORD or body_head(m.group())) and \
                    (pattern is not _COMITATIVE or not re.search(r"\d", m.group())) and \
                    not _FOR.match(seen, m.end()):
                # (the subject: a body; not «... уюму менен 2026-2027-жылдарга карата эки»,
                # nor one the document is for: «X борбору үчүн ... берүү жөнүндө»)
                cut = max(cut, m.end())
    year_at = None  # «2008-жылдын 10-октябрындагы ...»: the date of the name goes with it
    skip_to = cut
    for m in _TOKEN.finditer(window, cut):
        if m.start() < skip_to:
            continue
        word = m.group()
        close = window.find(")", m.end(), m.end() + 40) if word == "(" else -1
        if close >= 0:  # «... агенттиги (KOICA) ...»: the subject's abbreviation
            skip_to = cut = close + 1
            continue
        low = word.casefold().strip("«»\"")
        place = _PLACE.match(window, m.start()) if word[0].isupper() else None
        if place is not None and place.end() < len(window.rstrip()) and \
                not _PROJECT.match(window, place.end()):  # (not «Токтогул районунда мектеп
            # куруу боюнча ...»: where the project is)
            skip_to = cut = place.end()  # «Киберджая кампусунда», «Казандагы башкы имаратта»
            continue
        if _SIDED.match(window, m.start()):
            return pos + m.start()  # «эки тараптуу кызматташтык боюнча ...»: in the name
        if re.match(r"\d", low) and re.search(r"[дт][аеоө]г[ыиуү]$", low) and year_at is not None:
            return pos + year_at
        if re.match(r"\d", low) and _FROM_UNTIL.match(window, m.end()):  # «2024-жылдын
            return pos + (m.start() if year_at is None else year_at)  # 1-январынан тартып
            # күчүнө кирүүчү ...», «... 10-октябрына чейин ...»: in the name, no signing day
        year_at = m.start() if re.fullmatch(r"\d{4}-жыл\w*", low) else None
        date_word = re.match(r"\d", word) and (re.search(r"жыл|[.]\d", low) or
                                               _MONTHS.search(low)) and \
            not re.search(r"жыл(?:дар)?га$|[дт][аеоө]г[ыиуү]$", low)
        if not word[0].isalnum() and word[0] not in "«\"" or date_word or \
                low in _SKIP and not (_SUBJECT.fullmatch(low) and
                                      _STATEMENT.match(seen, m.end())) or \
                _MONTHS.match(low) or \
                word[0].isupper() and _LOCATIVE.search(low) and without_case(low) != low or \
                word[0].isupper() and _IN_TOWN.match(window, m.end()) and \
                not _PROJECT.match(window, _IN_TOWN.match(window, m.end()).end()) or \
                low in ("шаарында", "шаарда", "шаарындагы", "айында") or \
                low.startswith("жыл"):  # («... ноябрь айында»)
            cut = m.end()
            continue
        return pos + m.start()
    return end


# Where it was signed, before the name: a place's name, then at most one word, then a word in
# the locative («Киберджая кампусунда», «Казандагы башкы имаратта»), not a field of the name
# («Саламаттык сактоо тармагында ...») nor who was present («Х катышкан иш-чарада»).
_PLACE_WORDS = (r"[A-ZА-ЯЁӨҮҢ][\w-]*(?:\s+(?!катыш)[а-яөүң-]+)?\s+(?!(?:тармагы|тармактары|"
                r"жаатьы|чөйрөсү|багыты|алкагы|чеги|шарты|негизи|ортосу|арасы)н?[дт][аеоө]\s|"
                r"жөнүндө\s|катыш)"
                r"[а-яөүң-]+(?:нда|нде|ндо|ндө|да|де|до|дө|та|те|то|тө)")
_PLACE = re.compile(_PLACE_WORDS + r"(?=\s)(?!\s+жана\s)")
_PLACE_AT_END = re.compile(r"(?<=\s)" + _PLACE_WORDS + r"\s*$")  # (no side's words)
_FOR = re.compile(r"\s*үчүн(?![\w-])", re.I)
_FROM_UNTIL = re.compile(r"\s+(?:тартып|баштап|чейин|дейре)(?![\w-])", re.I)
# «Наманган шаарында»: a place's name before the word that says where.
_IN_TOWN = re.compile(r"\s+(?:шаарында|шаарда|облусунда|районунда|айылында)(?![\w-])", re.I)
# What is done there, in the name: «(Токтогул районунда) мектеп куруу боюнча меморандум».
_PROJECT = re.compile(r"\s+(?:[а-яөүң-]+\s+){0,2}[а-яөүң-]+(?:оо|өө|уу|үү)\s+"
                      r"(?:боюнча|жөнүндө|тууралуу)(?![\w-])")

_STATE_WORD = re.compile(r"\s+(?:Эл\s+)?(?:Республика|Федерация|Королдугу|Мамлекети)\w*", re.I)


def subject_countries(words: str, index: CountryIndex) -> tuple[int, list[str]]:
    """(where they end, their codes) when `words` begin with two or more countries in the
    nominative joined by «менен», «жана» or commas: «Кыргызстан менен Өзбекстан ...»,
    «Кыргыз Республикасы жана Бириккен Араб Эмираттары ...»; else (0, [])."""
    codes, end = [], 0
    for m in index.mentions(words):
        gap = words[end:m.start]
        named = words[m.start:m.end]
        more = _STATE_WORD.match(words, m.end)  # «Беларусь Республикасынын»: one name
        named += more.group() if more else ""
        if not m.by_name or (codes and not re.fullmatch(r"\s*(?:,|менен|жана)\s*", gap)) or \
                (not codes and gap.strip()) or without_case(named.split()[-1]) != named.split()[-1]:
            break
        codes.append(m.code)
        end = m.end + (len(more.group()) if more else 0)
    return (end, codes) if len(set(codes)) >= 2 else (0, [])


def _after_countries(text: str, start: int, kind_start: int, index: CountryIndex) -> int:
    """Past the countries that are the subject before a name, else 0."""
    end, _codes = subject_countries(text[start:kind_start], index)
    return start + end if end and text[start + end:kind_start].strip() else 0


# A date that belongs to the instrument named after it: «2015-жылдын 12-июнундагы»,
# «2013-жылдагы», «2013-жылы (Бишкекте) кол коюлган».
_AMENDED_DATE = re.compile(r"(?:(?:\d{4}-жыл(?:дын|ы)\s+)?\d{1,2}-[а-яөүң]+[дт][аеоө]г[ыиуү]|"
                           r"\d{4}-жыл[дт][аеоө]г[ыиуү]|\d{4}-жылы\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:кол\s+коюлган|түзүлгөн|кабыл\s+алынган))\s+$", re.I)
_SIGNED_THEN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:кол\s+коюлган|түзүлгөн|кабыл\s+алынган)",
                         re.I)
_NAMED_BEFORE = re.compile(r"(?<![\w-])(?:жөнүндө|тууралуу|боюнча|ортосундагы|арасындагы)"
                           r"(?![\w-])", re.I)
_ATTRIBUTIVE = re.compile(r"кол\s+коюлган|түзүлгөн|кабыл\s+алынган", re.I)
_AMENDING = re.compile(r"(?<![\w-])(?:өзгөр(?:т)?үү|түзөтүү|толуктоо|кошумча(?=\s)|тиркел|"
                       r"мөөнөтүн\s+узартуу|(?:макулдашуу|келишим|конвенция)\w*[гк][аеоө]\s*$)",
                       re.I)


# «... жолугушуусунун жыйынтыгы боюнча биргелешкен билдирүү»: the results are in the name of a
# statement, a communiqué or a declaration.
_ITS_RESULTS = re.compile(r"жыйынтыгы\s+боюнча\s+(?:биргелешкен\s+)?(?:билдирүү|коммюнике|"
                          r"декларация)", re.I)


def _name_start(text: str, lo: int, kind_start: int, index: CountryIndex) -> tuple[int, str]:
    """Where the name ending at kind_start begins, and the words before «ортосунда(гы)»."""
    pos = lo
    for m in _BOUNDARY.finditer(text, lo, kind_start):
        if not _quoted(text, lo, m.start()) and not (
                _ATTRIBUTIVE.fullmatch(m.group()) and _AMENDING.search(text, m.end(), kind_start)
                and _NAMED_BEFORE.search(text, pos, m.start())) and \
                not _ITS_RESULTS.match(text, m.start(), kind_start + 12):
            pos = m.end()  # (not «... жөнүндө 2010-жылы кол коюлган макулдашууга кошумча
            # протокол»: the amended one's participle, inside the name)
    found = [m for m in BETWEEN.finditer(text, pos, kind_start) if not _quoted(text, pos,
                                                                                  m.start())]
    if not found and pos > lo:  # «A менен Б ортосунда 2013-жылы кол коюлган ...»: its sides
        said = [m for m in BETWEEN.finditer(text, lo, pos) if _SIGNED_THEN.match(text, m.end())
                and _SIGNED_THEN.match(text, m.end()).end() == pos]
        if said:
            start = _name_start(text, lo, said[-1].start(), index)[0]
            return _skip_leading(text, pos, kind_start), text[start:said[-1].start()].strip()
    if not found:
        start = _skip_leading(text, pos, kind_start)
        after = _after_countries(text, start, kind_start, index)
        return (_skip_leading(text, after, kind_start), "") if after else (start, "")
    m = found[-1]
    span = text[pos:m.start()]
    heads = list(_HEADS.finditer(span))
    both = BOTH.search(span[heads[-1].end():]) if heads else None
    if heads and not re.search(r"\s(?:менен|жана)\s", span[heads[-1].end():]) and \
            (not both or not both.group("body") and "шаар" in both.group()):
        # (not «... эки өлкөнүн өкмөттөрүнүн»; «... эки шаардын»: those the signers head)
        start = pos + heads[-1].end()  # «X министри А менен Y министри Б ... министрлик-
        # теринин ортосундагы план»: the signers are the subject; the name begins after them
        # (and after the «менен» of one named by his post alone: «... проректору менен»)
        return _skip_leading(text, start + len(re.match(r"(?:менен\s+)?", text[start:]).group()),
                             kind_start), ""
    span = span[party_start(span, index):]
    subject = _SUBJECT.match(span.lstrip())  # «министрлер 2025-2026-жылдарга ... ортосундагы»
    span = span.lstrip()[subject.end():].lstrip() if subject else span
    if m.group().casefold().endswith("гы") and not BOTH.search(span):  # «эки өлкөнүн ...»
        start = m.start() - len(span)
        dated = _AMENDED_DATE.search(text, lo, start)
        if dated and _AMENDING.search(text, m.end(), kind_start):
            start = dated.start()  # «2015-жылдын 12-июнундагы A менен Б ортосундагы ...га
        return start, span  # өзгөртүүлөрдү киргизүү ...»: the amended one's date, not ours
    return _skip_leading(text, m.end(), kind_start), span


def nominative_kind(word: str, plural: bool, root: str) -> str:
    """The kind word in the nominative, its possessive kept: «макулдашууларга» →
    «макулдашуу», «картасын» → «картасы», «протоколуна» → «протоколу», «планы» → «планы»; a
    kind named with its possessive keeps its plural («жол карталарына» → «жол карталары»)."""
    rest = word[len(root):]
    m = re.match(r"([лдт][аеоө]р)?(с?[ыиуү])?", rest.casefold())
    if m is not None and plural and m.group(1) and root.casefold() in ("карта", "программа"):
        return word[:len(root) + len(m.group(1))] + "ы"  # «жол карталарына» → «жол карталары»
    if m is None or plural and m.group(1):
        return word[:len(root)]
    keep = len(m.group(1) or "") + len(m.group(2) or "")
    return word[:len(root) + keep]


def _status(text: str, start: int, end: int, after_to: int, scope: int,
            names: list[tuple[int, int]]) -> str | None:
    """The first verb after the name (outside the other names), else the last before it."""
    def outside(m):
        return not any(s <= m.start() < e for s, e in names)
    after = [m for m in VERB.finditer(text, end, after_to) if outside(m)]
    if after and _ACT_ON_IT.match(text, end):
        return None  # «... программасын бекитүү жөнүндө токтомго кол койду»: the decree signed
    said = after[0].lastgroup if after else None
    if said is None:  # (read whole: «... кол коюлган» just before a name is no verb's end)
        before = [VERB.match(text, m.start()) for m in VERB.finditer(text, scope, start)
                  if outside(m)]
        before = [m for m in before if m is not None]
        said = before[-1].lastgroup if before else None
    if said == "signed" and any(not _ATTRIBUTE.match(text, m.end())
                                for m in EARLIER_BEFORE.finditer(text, scope, start)):
        return EARLIER  # (not «мурда кол коюлган ... макулдашууга ... протокол»: the earlier
        # one is named inside this one's name)
    if said == EARLIER and after and after[0].group().casefold().startswith("кол") and \
            _OF_THIS_EVENT.search(text, scope, after_to) and \
            not EARLIER_BEFORE.search(text, scope, after_to) and \
            not re.search(r"\d{4}", text[scope:after_to]):
        return SIGNED  # «Жолугушуунун жыйынтыгында протоколго кол коюлган.» (reported)
    return said


# A state's own act on the document named before it: it approves or ratifies, it is signed.
_ACT_ON_IT = re.compile(r"\s*(?:бекитүү|ратификациялоо|күчүнө\s+киргизүү|жокко\s+чыгаруу)\s+"
                        r"(?:жөнүндө|тууралуу)\s+(?:токтом|буйрук|мыйзам|жарлык|чечим|указ|"
                        r"тескеме)", re.I)
# «мурда (... ) кол коюлган макулдашууга», «эки күн мурда башталган сапардын»: «мурда» says when
# what the participle names happened, not the signing
_ATTRIBUTE = re.compile(r"(?:[\s,]+[\w-]+){0,6}?\s+[\w-]+(?:ган|ген|гон|гөн|кан|кен|кон|көн)"
                        r"\s+[\w«\"]", re.I)
# The event the text reports: «жолугушуунун жыйынтыгында», «иш-чаранын жыйынтыгында».
_OF_THIS_EVENT = re.compile(r"(?<![\w-])(?:жыйынтыгында|жыйынтыгы\s+боюнча|соңунда|аягында)"
                            r"(?![\w-])", re.I)


def names_in(text: str, lo: int, hi: int, index: CountryIndex) -> list[Named]:
    """The documents named in text[lo:hi] (a sentence or a list item), in order."""
    out: list[Named] = []
    close, verb = text.find("»", lo), VERB.search(text, lo, hi)
    if text[lo:lo + 1] == "«" and verb and not lo < close < verb.start():
        lo += 1  # «Сүйлөшүүлөрдүн жыйынтыгында ... кол коюлду. ...», — деп: a quoted statement,
        # not a name in quotes
    previous = lo
    for m in KIND_WORD.finditer(text, lo, hi):
        word = m.group()
        stem = kind_stem(word, text[max(lo, m.start() - 12):m.start()])
        if stem is None or _GENITIVE.search(word.casefold()) and without_case(word) != word \
                and not _ITS_SIGNING.match(text, m.end()) or _PART_OF_NAME.match(text, m.end()) \
                or _REFERRED.match(text, m.end()) or _ACCUSATIVE.search(word[len(stem):]) \
                and _VERBAL_NOUN.match(text, m.end()) or _DATIVE.search(word) and \
                _ITS_PROTOCOL.match(text, m.end()):
            continue  # («... макулдашууга протокол»: a protocol to it)
        kind_start = m.start()
        if stem in ("карта", "алмашуу", "кат"):
            kind_start = text.rindex(" ", lo, m.start() - 1) + 1 if " " in text[
                lo:m.start() - 1] else lo
        start, between = _name_start(text, previous, kind_start, index)
        inner = BETWEEN.search(text, start, kind_start) if not between and \
            text[start:start + 1] in "«\"" else None
        if inner is not None:  # «"A менен Б ортосундагы ... жөнүндө" келишим»: its sides
            between = text[start + 1:inner.start()]
        also = re.search(r",\s+ошондой\s+эле\s+$", text[previous:start])
        if also and _NUMBER_BEFORE.search(text, previous, kind_start):  # «A, Б, ошондой эле В
            start = _name_start(text, previous, previous + also.start(), index)[0]  # ... үч»
        plural = bool(re.search(r"[лдт][аеоө]р", word[len(stem):].casefold()))
        head = text[start:kind_start]
        number = _NUMBER_BEFORE.search(head)
        count = 1
        if number:
            head = head[:number.start()] + " "
        else:  # «беш өз ара түшүнүшүү меморандумуна»: the number before the name's words
            number = _NUMBER_BEFORE.search(text, previous, start)
        if number:
            count = int(number.group(1)) if number.group(1).isdigit() else \
                NUMBERS[number.group(1).casefold()]
        title = " ".join((head + text[kind_start:m.start()] +
                          nominative_kind(word, plural, stem)).split())
        title = title.strip(" ,")
        clause = text[lo:start]
        place = _PLACE_AT_END.search(clause)
        if place is not None and _PLACE.match(text, lo + place.start()):
            clause = clause[:place.start()]
        out.append(Named(start, m.end(), title[:1].upper() + title[1:], stem, plural,
                         clause, None, lo, between=between, count=count,
                         scope_end=hi, own_start=lo))
        previous = m.end()
    spans = [(n.start, n.end) for n in out]
    for n in out:
        n.status = _status(text, n.start, n.end, hi, lo, spans)
    return out


# A line that only names the kind of the documents listed below it: «Меморандумдар:», «Кол
# коюлган документтер:».
_HEADER = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:документ|меморандум|келишим|макулдашуу|протокол)"
                     r"[\w-]*(?:тер|тар|дер|дар|лер|лар|дор|лор)\s*:\s*", re.I)


def _items_go_on(lines: list[tuple[int, int]], n: int, text: str) -> bool:
    """The next line with words is another item of the list (items spaced by blank lines)."""
    after = [text[s:e] for s, e in lines[n + 1:] if text[s:e].strip()]
    return bool(after) and bool(MARKER.match(after[0]))


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def find_named(text: str, index: CountryIndex) -> list[Named]:
    """Every document the text names, in order: list items under their introducing line, and
    names in running sentences."""
    out: list[Named] = []
    lines = _lines(text)
    intro: tuple[int, int] | None = None
    items: list[Named] = []
    said = generic = earlier = last = None
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        marker = MARKER.match(line)
        after_colon = intro is not None and (items or text[intro[0]:intro[1]].rstrip()
                                             .endswith(":"))
        if line.strip() and (marker or after_colon and not _SENTENCE.search(line.strip())):
            body = s + (marker.end() if marker else 0)
            found = _topic_item(text, body, e, intro) or names_in(text, body, e, index)
            for x in found:
                x.in_list = True
                if intro is not None:
                    x.scope_start = intro[0]
            items += found
            continue
        _close(text, items, intro, earlier)
        out += items
        if not line.strip():  # a list ends at a blank line, unless its items go on after it
            intro = intro if not items or _items_go_on(lines, n, text) else None
            items = []
            continue
        items = []
        for start, end in _sentences(text, s, e):
            found = names_in(text, start, end, index)
            if _GOES_ON.match(text, start):
                for x in found:
                    x.status = x.status or said
            unnamed = [x for x in found if x.status is None and not _bare(x)]
            for x in unnamed[:None if generic == "plural" else 1] if generic else []:
                x.status = SIGNED  # «Документке ... кол коюлду. Бул ... жөнүндө протокол.»
            verbs = list(VERB.finditer(text, start, end))
            earlier, said = said, verbs[-1].lastgroup if verbs else None
            last = said or last
            if not verbs and _HEADER.fullmatch(text, start, end):
                earlier = last  # «Меморандумдар:» over a list: the signing said before it
            generic = _generic_signing(text, start, end, said) if not found else None
            out += found
            intro = (start, end)
    _close(text, items, intro, earlier)
    out += items
    ends = {n.from_intro for n in out}
    return [n for n in out if n.end not in ends]


_DOCUMENT = re.compile(r"(?<![\w-])документ(?P<plural>тер|тер)?(?:ге|ке|ти|ди)?(?![\w-])", re.I)


# A number or quantity before a singular noun: several documents («9 документке», «бир нече
# документке»; Kyrgyz keeps the noun singular after them).
_MANY_BEFORE = re.compile(r"(?<![\w-])(?:\d+|%s|бир\s+катар|бир\s+нече|көптөгөн|бир\s+топ)"
                          r"(?:\s+[\w-]+)?\s+$" % "|".join(NUMBERS), re.I)


def _generic_signing(text: str, start: int, end: int, said: str | None) -> str | None:
    """«... документке кол коюлду» (naming no document, the next sentence names it):
    "one" or "plural" («документтерге»); else None."""
    m = _DOCUMENT.search(text, start, end)
    if said != SIGNED or m is None:
        return None
    many = _MANY_BEFORE.search(text, start, m.start())  # «9 документке», «бир катар документке»
    return "plural" if m.group("plural") or many else "one"


def _bare(n: Named) -> bool:
    return len(n.title.split()) <= 2 and kind_stem(n.title.split()[-1]) is not None


def _topic_item(text: str, start: int, end: int,
                intro: tuple[int, int] | None) -> list[Named]:
    """An item naming only a topic under a line naming the kind («... долбоорлор боюнча
    гранттык макулдашууларга кол коюшту:» over «Көпүрөнү реконструкциялоо»): a document of
    that kind on it."""
    words = text[start:end].strip(" ;.,")
    kind = _LIST_KIND.search(text, *intro) if intro else None
    if kind is None or not words or any(
            kind_stem(k.group()) == kind_stem(kind.group("kind"))
            for k in KIND_WORD.finditer(words)):
        return []  # (an item naming its own document of that kind)
    root = kind_stem(kind.group("kind"))
    if root is None:
        return []
    singular = nominative_kind(kind.group("kind"), True, root)
    tail = re.sub(r"^(?:жөнүндө|тууралуу)", "жөнүндө", kind.group("tail"))
    title = f"{words[:1].upper()}{words[1:]} {tail}{singular}"
    stem = singular.casefold()
    return [Named(start, end, " ".join(title.split()), stem, False, "", None, intro[0],
                  own_start=start, from_intro=kind.end())]


def _close(text: str, items: list[Named], intro: tuple[int, int] | None,
           earlier: str | None = None) -> None:
    """A list's items without a verb of their own take the signing statement of the line that
    introduces them, or of the sentence before it when that line only goes on about its
    documents («... документтерге кол коюлду. Алардын катарында:»), else the verb of a later
    item («1) ... жол картасын; 2) ... программасын жактырышты»)."""
    said = None
    if intro is not None:
        verbs = list(VERB.finditer(text, intro[0], intro[1]))
        said = verbs[-1].lastgroup if verbs else \
            earlier if _GOES_ON.match(text, intro[0]) or \
            _HEADER.fullmatch(text, intro[0], intro[1]) else None
    for k, item in enumerate(items):
        if item.status is None:
            later = [x.status for x in items[k + 1:] if x.status]
            item.status = said or (later[0] if later else None)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _SENTENCE.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]
