"""Parties named in Kyrgyz, in the nominative: «A менен Б ортосундагы» and «A, Б жана В
ортосундагы» in a name or beside it, «эки өлкөнүн (өкмөттөрүнүн, X министрликтеринин)
ортосундагы» spelt out for the meeting's two countries, and the bodies whose heads signed
(«Кыргызстандын Транспорт министрлигинин башчысы Э. Осоев ... кол коюшту»)."""

from __future__ import annotations

import re
from dataclasses import replace

from models.kyrgyz_words import stem, without_case
from models.records import PartyDraft

from ..body_kinds import body_kind
from ..countries import CountryIndex
from ..towns import town_party_country
from . import people
from .words import BARE_BODY, BODIES, MONTH_STEM, PEOPLES, PLURAL_SUFFIX, body_head

BETWEEN = re.compile(r"(?<![\w-])(?:ортосундагы|арасындагы|ортосунда|арасында)(?![\w-])", re.I)
BOTH = re.compile(r"(?<![\w-])(?:эки\s+(?:өлкөнүн|мамлекеттин|тараптын|шаардын)|"
                   r"өлкөлөрүбүздүн|(?P<governments>эки\s+өкмөттүн))"
                   r"(?:\s+(?P<body>(?:[\w-]+\s+){0,3}?[\w-]+?(?:лер|лар|тер|тар|дер|дар|лор|"
                   r"тор|дор|лөр|төр|дөр)(?:[ыиуү]|[ыиуү]н[ыиуү]н)))?\s*$", re.I)
_BOTH_SUBJECT = re.compile(r"(?<![\w-])эки\s+(?:өлкөнүн|мамлекеттин|тараптын)\s+"
                           r"(?P<body>(?:[\w-]+\s+){0,3}?[\w-]+?(?:лер|лар|тер|тар|дер|дар|лор|"
                           r"тор|дор|лөр|төр|дөр)[ыиуү])(?![\w-])", re.I)
_CAPITAL = re.compile(r"[A-ZА-ЯЁӨҮҢ«\"]")
_PARTICLE = r"(?:(?:ван|фон|де|дер|ди|ле|ла|аль|эль|бин|ибн)\s+)?"
# A word of a person's name: capitalised, each part of it after a hyphen too («Касым-Жомарт»,
# not «Кыргыз-тажик»).
_NAME_WORD_OF_PERSON = r"[A-ZА-ЯЁӨҮҢ][\w.]*(?:-[A-ZА-ЯЁӨҮҢ][\w.]*)*"
# A surname in the accusative, the object of an act, not a signer: «Токаевди», «Эрдоганды»,
# «Кутнаеваны» (a stem that ends as surnames do; «Сатыбалды», «Франческутти» are names).
_ACCUSATIVE_NAME = r"(?:ов|ев|ёв|ин|ын|ан|он|ян|ун)[дт][ыиуү]|(?:ва|на)н[ыиуү]"
_STATE_NAME = (r"(?:[A-ZА-ЯЁӨҮҢ][\w.-]*\s+){0,2}(?:Республика|Федерация|Королдугу|Мамлекети|"
               r"Эмираттары)\w*")
# Who heads a body: the body is the party («... министрлигинин башчысы», «... министри»).
_HEADS = re.compile(r"(?<![\w-])(?:(?:башкармасынын|директорлор\s+кеңешинин)\s+)?"
                    r"(?i:(?:башкы\s+|аткаруучу\s+)?(?P<role>(?:вице-)?премьер-министри|"
                    r"башчысы|төрагасы|жетекчиси|(?:про)?ректору|директору|министри|"
                    r"(?:вице-)?президенти|катчысы|өкүлү|элчиси|мэри|акими|консулу|губернатору|"
                    r"хокими|кесиптеши|спикери)"
                    r"(?:н[ыиуү]н\s+(?:биринчи\s+)?орун\s+басары)?)"  # (his deputy)
                    r"\s+(?!" + _STATE_NAME + r")"  # («эки мамлекет башчысы Кыргыз Республикасы
                    # менен ...»: a state, no person)
                    r"(?:(?=[а-яөүң]|$)|"  # (a signer not named: «... банкынын туруктуу өкүлү
                    # жана ...», «... өкүлү суу менен камсыздоо ... келишимге»)
                    r"(?P<name>(?:" + _NAME_WORD_OF_PERSON + r"\s+" + _PARTICLE +
                    r"(?:" + _NAME_WORD_OF_PERSON + r"(?<!" + _ACCUSATIVE_NAME + r")\s+" +
                    _PARTICLE +
                    r")?)?" +  # (a first name may end so: «Кудайберди Кожобеков»; «Ингрид ван Вес»)
                    _NAME_WORD_OF_PERSON + r"(?<!" + _ACCUSATIVE_NAME + r")(?<![ндт][ыиуү]н)"
                    r"(?:,\s*|\s+|$)))"
                    # (a comma ends it; a genitive begins the next body: «... Өзбекстандын ...»)
                    r"(?!(?:Эл\s+)?(?:Республика|Федерация|Королдуг|Мамлекет)[а-яөүң]*(?![\w-]))"
                    r"(?!(?:шаар|облус|район|аймаг)[а-яөүң]*(?![\w-]))"  # (nor «... Бишкек
                    # шаарынын»: a city's name after the signer's)
                    # (not «... Кутнаева Кыргыз Республикасындагы»: a country's first word)
                    r"(?![A-ZА-ЯЁӨҮҢ][\w.-]*(?:" + _ACCUSATIVE_NAME + r")(?![\w-]))")
# (not «... Токаевди»: the object of a name, «Президенти Касым-Жомарт Токаевди ... сыйлоо
# жөнүндө чечим»)


def genitive(name: str) -> str:
    """«Тажикстан Республикасы» → «Тажикстан Республикасынын», «Япония» → «Япониянын»."""
    head, _sp, last = name.rpartition(" ")
    vowels = [c for c in last.casefold() if c in "аеиоуөүыэюя"]
    high = {"а": "ы", "ы": "ы", "я": "ы", "о": "у", "у": "у", "е": "и", "и": "и", "э": "и",
            "ө": "ү", "ү": "ү", "ю": "у"}[vowels[-1]] if vowels else "ы"
    end = last[-1:].casefold()
    consonant = "н" if end in "аеиоуөүыэюя" else "т" if end in "кпстфхцчшщ" else "д"
    return f"{head} {last}{consonant}{high}н".strip()


# An abbreviation with a case ending or its possessive: «АКнын», «ЖЧКсынын», «ЖЧКсы»,
# «ЕРӨБгө» (named «ЖЧК», as the company registers it).
_CASE_END = r"(?:[ндт][ыиуү]н|н?[аеоө]|[гк][аеоө]|н?[дт][аеоө]н?)"
_ABBREVIATED = re.compile(r"^(?P<name>[A-ZА-ЯЁӨҮҢ]{2,})(?:с[ыиуү]" + _CASE_END + "?|" + _CASE_END +
                          ")$")


def nominative(name: str) -> str:
    """A party named before «ортосундагы» or as a genitive: its last word in the nominative
    («Тажикстан Республикасынын Өкмөтүнүн» → «Тажикстан Республикасынын Өкмөтү», «...
    АКнын» → «... АК»)."""
    name = name.strip(" ,")
    head, _sp, last = name.rpartition(" ")
    short = _ABBREVIATED.match(last)
    return f"{head} {short.group('name') if short else without_case(last)}".strip()


def body_end(word: str) -> bool:
    """A body's name ends with the word, in the nominative or the genitive («министрлиги»,
    «университетинин»: «A университетинин жана Б университетинин ортосунда»)."""
    return body_head(word) or bool(_GENITIVE_END.search(word)) and body_head(without_case(word))


_GENITIVE_END = re.compile(r"[ндт][ыиуү]н$")


# Governments named in Kyrgyz without the genitive: «Япония Өкмөтү» (as in the treaties).
_UNINFLECTED = {"JP"}


def government(code: str, index: CountryIndex, year: int | None) -> str:
    """The government's Kyrgyz name: the Cabinet of Ministers of Kyrgyzstan from 2021, its
    Government before; «… Өкмөтү» of the others, Uzbekistan's too («Өзбекстан Республикасынын
    Өкмөтү», as the registry's keys and the Russian and English imports name it: «Правительство
    Республики Узбекистан»); a name the text spells out stays as written."""
    name = index.official_ky.get(code) or index.official[code]
    if code == "KG":
        return "Кыргыз Республикасынын " + ("Өкмөтү" if year and year < 2021 else
                                           "Министрлер Кабинети")
    if code in _UNINFLECTED:
        return f"{name} Өкмөтү"
    return genitive(name) + " Өкмөтү"


def of_country(code: str, body: str, index: CountryIndex) -> str:
    """A country's body by the country's official name: «Кыргыз Республикасынын X»."""
    return f"{genitive(index.official_ky.get(code) or index.official[code])} {body}"


def official(name: str, index: CountryIndex) -> str:
    """A body named with its country's short name by its official one, as the registry names
    it: «Кыргызстандын Транспорт министрлиги» → «Кыргыз Республикасынын Транспорт
    министрлиги», «Кытайдын ... комитети» → «Кытай Эл Республикасынын ... комитети»."""
    found = index.mentions(name)
    if not found or found[0].start != 0 or not found[0].by_name:
        return name
    country, rest = name[:found[0].end], name[found[0].end:]
    if _A_REGION.fullmatch(rest.strip()):  # «Германиянын Түндүк Саксония округу»: the region,
        return rest.strip()  # as the keys name it, without its country
    proper = index.official_ky.get(found[0].code)
    if proper and not rest.strip() and without_case(country) == country:
        return proper  # «Кыргызстан менен Кытайдын ортосунда ...»: the states
    if not proper or not rest.strip() or not re.search(r"[ндт][ыиуү]н$", country) or \
            without_case(country) == proper or _AS_WRITTEN_KY.search(rest.strip()):
        return name  # (a university, a society, a corps: with its country as the text writes it)
    return genitive(proper) + rest


# Bodies named with their country as the text writes it, as in Russian and English (see
# party_names._AS_WRITTEN): «Индиянын Улуттук курсанттар корпусу», «Монголиянын достук
# коомдорунун кеңеши», «Өзбекстандын ... университети» — not a state's ministry or committee.
_AS_WRITTEN_KY = re.compile(r"(?:университет|институт|академия|музей|коом|корпус|театр|"
                            r"китепкана|ассоциация|федерация|бирлиг|лицей|колледж|мектеб|оорукана)"
                            r"\w*(?:\s+\w+)?$", re.I)


_STATE_BODY = re.compile(r"^[А-ЯЁӨҮҢ][\w-]*(?:\s+[\w,-]+){0,5}\s+министрлиги$|"
                         r"^Министрлер\s+Кабинети$|^Жогорку\s+Кеңеши?$|^Улуттук\s+банкы?$")


def _home(names: list[str], index: CountryIndex) -> list[str]:
    """A ministry (the Cabinet, the parliament, the national bank) named without its country
    beside a foreign side is Kyrgyzstan's, as a Kyrgyz report names its own («Энергетика
    министрлиги ... «Газпром» ЖЧКсы менен», «Улуттук банк менен Казакстандын Улуттук банкы»)."""
    bare = [n for n in names if _STATE_BODY.match(n) and not index.mentions(n)]
    if len(bare) != 1 or "KG" in {index.country_of(re.sub(r"«[^»]*»", "", _organisation(n, index)))
                                  for n in names}:  # (not «ЮНИСЕФтин Кыргызстандагы ...»)
        return names
    home = genitive(index.official_ky.get("KG") or "Кыргыз Республикасы")
    return [f"{home} {_owned(n)}" if n in bare else n for n in names]


def _owned(name: str) -> str:
    """A bare name with its head word possessed, as the country's genitive before it wants:
    «Жогорку Кеңеш» → «Жогорку Кеңеши» (a name already so stays)."""
    head, _sp, last = name.rpartition(" ")
    return name if body_head(last) else f"{head} {_possessive(last)}".strip()


_MISSION = re.compile(r"\s[\w-]+[дт][аеоө]г[ыиуү]\s+(?:(?:башкы\s+)?консулдугу|элчилиги|"
                      r"өкүлчүлүгү)$", re.I)


def _abroad(name: str, index: CountryIndex) -> str | None:
    """An embassy, consulate or mission is its own state's («Корея Республикасынын
    Кыргызстандагы элчилиги»: KR), not the country it is in."""
    where = _MISSION.search(name)
    found = [m for m in index.mentions(name[:where.start()])] if where else []
    return found[0].code if found else None


_OFFICE = re.compile(r"^(?P<body>.+?[ндт][ыиуү]н)\s+[\w-]+[дт][аеоө]г[ыиуү]\s+өкүлчүлүгү$")


def _organisation(name: str, index: CountryIndex) -> str:
    """An organisation's office in a country signs for the organisation («Япониянын Эл аралык
    кызматташтык агенттигинин Кыргызстандагы өкүлчүлүгү» → «... агенттиги»); a state's
    mission stays («... Республикасынын БУУдагы өкүлчүлүгү»)."""
    m = _OFFICE.match(name)
    if m is None or index.whole_country(nominative(m.group("body"))) or \
            index.whole_country(m.group("body")):
        return name
    return nominative(m.group("body"))


# Kyrgyzstan by its abbreviation before a body: «КРнын Тышкы иштер министрлиги».
_KR = re.compile(r"^КР(?:нын|дын)?\s+(?=[А-ЯЁӨҮҢ])")


def _spelt(name: str, index: CountryIndex) -> str:
    """«КРнын X министрлиги» → «Кыргыз Республикасынын X министрлиги»."""
    kr = _KR.match(name)
    return genitive(index.official_ky.get("KG") or "Кыргыз Республикасы") + " " + \
        name[kr.end():] if kr else name


# A company as it registers: «"НоваВинд" АКсы», «ААКы» → «АК», «ААК» (the legal form without its
# possessive), «ANDRITZ Hydro компаниясы» → «ANDRITZ Hydro» (a name in Latin letters is whole).
_POSSESSED_FORM = re.compile(r"(?<=\s)([А-ЯЁӨҮҢ]{2,4})(?:с[ыиуү]|(?<=[БВГДЖЗКЛМНПРСТФХЧШҢ])"
                             r"[ыиуү])$")
_LATIN_COMPANY = re.compile(r"(?<=[A-Za-z.)»])\s+компаниясы$")


def _registered(name: str) -> str:
    return _LATIN_COMPANY.sub("", _POSSESSED_FORM.sub(r"\1", name))


def drafts(names: list[str], index: CountryIndex, kind: str | None = None) -> list[PartyDraft]:
    out = []
    for n in _home([_spelt(n, index) for n in names], index):
        n, owner = people.whose(n, index)
        n = _registered(official(_organisation(_DESCRIPTOR.sub("", n), index), index))
        code = _abroad(n, index) or index.country_of(n) or owner or town_party_country(n)
        body = kind or body_kind(n, index)
        out.append(PartyDraft(name=n, country=None if body == "international_organisation"
                              else code, organisation_kind=body))
    return out


def country_parties(codes: list[str], level: str, index: CountryIndex,
                    year: int | None) -> list[PartyDraft]:
    """The states (interstate) or governments (any other level) in Kyrgyz."""
    if level == "interstate":
        return [PartyDraft(name=index.official_ky.get(c) or index.official[c], country=c,
                           organisation_kind="state") for c in codes]
    return [PartyDraft(name=government(c, index, year), country=c,
                       organisation_kind="government") for c in codes]


def _unquoted(text: str, start: int) -> int:
    """Where a name begins that `start` falls inside of: at its opening quote («China Road
    ...» компаниясы: the country's name inside the company's)."""
    return text.rindex("«", 0, start) if text.count("«", 0, start) > text.count("»", 0, start) \
        else start


# A word of when or where, in the locative, which no body's name holds: «16-июнда»,
# «департаментинде», «шаарында» (not a capitalised place's own end: «Кара-Балта»).
_WHEN_OR_WHERE = re.compile(r"(?<![\w-])(?!(?:жана|гана)\s)(?:\d[\w-]*|[а-яөүң][а-яөүң-]*)"
                            r"(?:[ндт][аеоө])\s+")


_NAMED_FOR = re.compile(r"(?:[A-ZА-ЯЁӨҮҢ][\w.-]*\s+){1,3}атындагы\s+$")
_WORD_BEFORE = re.compile(r"([A-ZА-ЯЁӨҮҢ][а-яёөүң-]+)\s+$")
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ова|ева|ин|ина|уулу|кызы|ский)$")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:менен|жана|ортосу\w*|арасы\w*)(?![\w-]))[а-яөүң]")


def _named_after(text: str, start: int, end: int) -> int:
    """Where a name holding a country's name in the nominative begins: «Д.Серикбаев атындагы
    Чыгыш Казакстан техникалык университети» from «Д.», not from «Казакстан»."""
    if without_case(text[start:end].casefold()) != text[start:end].casefold() or \
            not _NAME_GOES_ON.match(text, end):
        return start  # «Өзбекстандын ...»: the country's own body; «Кыргыз Республикасы менен»
    word = _WORD_BEFORE.search(text, 0, start)
    if word is not None and without_case(word.group(1).casefold()) == word.group(1).casefold() \
            and not _SURNAME_END.search(word.group(1)):  # (not «Жээнбеков Кыргыз ...»)
        start = word.start()  # «Чыгыш Казакстан ...»
    named = _NAMED_FOR.search(text, 0, start)
    return named.start() if named else start


def party_start(text: str, index: CountryIndex) -> int:
    """Where the first party of «... A менен Б» or «... X министрлиги жана Y министрлиги»
    (the words before «ортосундагы») begins."""
    pieces = list(re.finditer(r"\s+менен\s+", text)) or \
        [m for m in re.finditer(r"(?<=(\S))\s+жана\s+(?=[A-ZА-ЯЁӨҮҢ«])", text)
         if body_end(text[:m.start()].split()[-1])][-1:]
    if pieces:
        left = re.sub(r"\s*\([^()]{1,30}\)$", "", text[:pieces[-1].start()])  # («...
        # университети (USST) менен»: the name before its abbreviation)
        found = [m for m in index.mentions(left) if m.by_name]
        if found:
            return _unquoted(left, _named_after(left, found[-1].start, found[-1].end))
            # («... «Кыргызстан темир жолу» ...»: from its quote)
        quoted = re.search(r"«[^«»]+»\s*(?:[A-ZА-ЯЁӨҮҢ]{2,5}[а-яөүң]{0,3}\s*)?$", left)
        if quoted:  # «Кыргыз темир жолу» МИ
            return quoted.start()
        run = re.search(r"(?:[A-ZА-ЯЁӨҮҢ«][^\s,;:]*\s*)+$", left)
        where = list(_WHEN_OR_WHERE.finditer(left))  # «16-июнда ... департаментинде шаар
        # мэриясы менен»: the name begins after when and where
        return run.start() if run else where[-1].end() if where else 0
    found = [m for m in index.mentions(text) if m.by_name]
    start = len(text)
    for m in reversed(found):  # «A, Б жана В»: states listed
        gap = text[m.end:start]
        if start < len(text) and not re.fullmatch(r"[\w-]*\s*(?:,\s*|\s+жана\s+)", gap):
            break
        start = m.start
    return start if start < len(text) else 0


# «Shenzhen Energy Group Co., Ltd. компаниясы»: the word after a legal form says nothing more.
_DESCRIPTOR = re.compile(r"(?:(?<=\.)|(?<=LTD)|(?<=Ltd)|(?<=LLC)|(?<=Inc)|(?<=JSC)|(?<=Limited)|"
                         r"(?<=Corporation))\s+"
                         r"(?:компаниясы|корпорациясы|ишканасы)$")


def _country_named(part: str, index: CountryIndex) -> bool:
    """Whether the words name a country and nothing else («Тажикстан Республикасынын»)."""
    return bool(part.split()) and bool(index.whole_country(without_case(part.split()[-1])) or
                                       index.whole_country(nominative(part)))


# When and where before the first name: «2024-жылдын 19-апрелинде Ош шаарындагы (... ЖОЖ)».
_WHEN_WHERE = re.compile(r"^\s*(?:\d{4}-жыл[а-яөүң]*\s+(?:\d{1,2}-[а-яөүң]+\s+)?)?"
                         r"(?:[А-ЯЁӨҮҢ][\w-]+\s+(?:шаарындагы|облусундагы|районундагы)\s+"
                         r"(?=[A-ZА-ЯЁӨҮҢ«]))?")


_BARE_PLURAL = re.compile(r"[а-яөүң]" + PLURAL_SUFFIX + "$")


def between(span: str, index: CountryIndex) -> list[str]:
    """The party names of «A менен Б», «A, Б жана В» (words before «ортосундагы»); an
    abbreviation in brackets after a name («... банкынын (ЕРӨБ)») and when and where before the
    first are left out."""
    span = re.sub(r"\s*\([^()]{1,30}\)", "", _WHEN_WHERE.sub("", span, count=1))
    span = re.sub(r"^\s*(?:жана|ошондой\s+эле)\s+", "", span)  # («... макулдашуусуна жана Ош
    # шаары менен Жидда шаарынын ортосундагы»: the word joining it to the name before)
    parts = [p for p in re.split(r"\s+менен\s+", span.strip(" ,")) if p.strip()]
    for n in range(len(parts) - 2, -1, -1):  # «... чет өлкөлөр менен достук байланыштар
        if _BARE_PLURAL.search(parts[n]):  # комитети»: «менен» inside a name, after a plural
            parts[n:n + 2] = [f"{parts[n]} менен {parts[n + 1]}"]
    if len(parts) == 1:
        pieces = re.split(r",\s+|\s+жана\s+", parts[0])
        if len(pieces) > 1 and all(_country_named(p, index) for p in pieces):
            parts = pieces
    if len(parts) == 1:  # «X министрлиги жана Y агенттиги», «A, Б жана Вдын»: the bodies
        heads = [m for m in re.finditer(r"(\S+?)(?:,\s+|\s+жана\s+)(?=[A-ZА-ЯЁӨҮҢ«])",
                                        parts[0]) if body_end(m.group(1))]
        if heads and re.search(r"\s+жана\s+$", heads[-1].group()):
            cuts = [0] + [x for m in heads for x in (m.end(1), m.end())] + [len(parts[0])]
            parts = [parts[0][a:b] for a, b in zip(cuts[::2], cuts[1::2])]
    if len(parts) < 2:
        return []
    plural = re.search(r"\s+(\w+?" + PLURAL_SUFFIX + r"[ыиуү](?:н[ыиуү]н)?)$", parts[-1])
    if plural and all(_country_named(p, index) for p in
                      parts[:-1] + [parts[-1][:plural.start()]]):
        return []  # «Кыргызстан менен Казакстандын өкмөттөрүнүн»: see plural_bodies
    return [_DESCRIPTOR.sub("", nominative(p) if n == len(parts) - 1 or _GENITIVE_END.search(
        p.strip(" ,")) else p.strip(" ,")) for n, p in enumerate(parts)]


# A word of a body's name, capitalised too right after the countries' genitive («Казакстандын
# Билим берүү министрликтери»; not «Каракол жана Алматы шаарларынын»), itself no genitive.
_BODY_WORD = r"(?:(?<=[ндт][ыиуү]н\s)(?-i:[А-ЯЁӨҮҢ])(?![\w-]*[ндт][ыиуү]н\s))?[а-яөүң-]+"


def plural_bodies(span: str, index: CountryIndex,
                  year: int | None) -> list[PartyDraft] | None:
    """«Кыргызстан менен Казакстандын өкмөттөрүнүн»: the named countries' governments (or
    their bodies of that name)."""
    m = re.search(r"^(?P<countries>.+?)\s+(?P<body>(?:" + _BODY_WORD + r"\s+){0,3}?[\w-]+?"
                  + PLURAL_SUFFIX + r"[ыиуү](?:н[ыиуү]н)?)\s*$", span.strip())
    if m is None:
        return None
    names = re.split(r"\s+менен\s+|,\s+|\s+жана\s+", m.group("countries"))
    codes = [index.whole_country(without_case(n.strip())) for n in names]
    places = _PLACES.match(m.group("body"))
    if len(names) >= 2 and not any(codes) and places and \
            all(re.fullmatch(r"[А-ЯЁӨҮҢ][\w-]+", n.strip()) for n in names):
        own = _singular(m.group("body"), whose=False)  # «Бишкек жана Ташкент шаарларынын
        return drafts([f"{n.strip()} {own}" for n in names], index)  # мэриялары»: each city's
    if len(codes) < 2 or not all(codes):
        return None
    return both("эки өлкөнүн " + m.group("body"), codes, index, year, many=True)  # (or three:
    # «Кыргызстан, Казакстан жана Өзбекстандын энергетика министрликтери»)


_PLACES = re.compile(r"(?:шаарлар|облустар|райондор)[ыу]н[ыу]н\s", re.I)
# Where or when, after the subject: «... палаталары бизнес-форумдун алкагында (меморандумга)».
_CIRCUMSTANCE = re.compile(r"\s+[\w-]+[ндт][ыиуү]н\s+(?:алкагында|учурунда|"
                           r"жүрүшүндө|жыйынтыгында|соңунда)$", re.I)
# When, after the subject: «... министрликтери 2023-жылдын 15-ноябрында», «... ноябрь айында»,
# «... бүгүн», «... шейшемби күнү».
_WHEN = re.compile(r"(?:\s+(?:\d{4}-жыл(?:дын|ы)|\d{1,2}(?:[–-]\d{1,2})?-[а-яөүң]+|"
                   + MONTH_STEM + r"[а-яөүң]*|айында|бүгүн|кечээ|[а-яөүң]+\s+күнү))+$", re.I)


def subject_bodies(clause: str, index: CountryIndex,
                   year: int | None) -> list[PartyDraft] | None:
    """The subject «Кыргызстан менен Тажикстандын өкмөттүк делегациялары» (at the end of the
    words before a name, or before where or when it signed): each named country's body of
    that name; «Бишкек жана Ташкент шаарларынын мэриялары»: each city's."""
    words = _CIRCUMSTANCE.sub("", _WHEN.sub("", clause.rstrip(" ,")))
    if not re.search(r"[ыиуү]$", words):
        return None
    towns = re.search(r"(?-i:[А-ЯЁӨҮҢ][\w-]+(?:(?:,\s+|\s+(?:жана|менен)\s+)[А-ЯЁӨҮҢ][\w-]+)+)\s+"
                      + _PLACES.pattern + r".*$", words, re.I)
    if towns:
        return plural_bodies(towns.group(), index, year)
    for m in index.mentions(words):
        if m.by_name:
            found = plural_bodies(words[m.start:], index, year)
            if found:
                return found
    return None


# The heads of the bodies named before: «... комитеттеринин төрагалары (Камчыбек Ташиев ...)».
_THEIR_HEADS = re.compile(r"н[ыиуү]н\s+(?:төрагалары|башчылары|жетекчилери|директорлору|"
                          r"ректорлору|президенттери|министрлери)(?![\w-]).*$", re.S)


def heads_bodies(words: str, index: CountryIndex,
                 year: int | None = None) -> list[PartyDraft] | None:
    """«Кыргызстандын жана Тажикстандын улуттук коопсуздук мамлекеттик комитеттеринин
    төрагалары ... кол коюшту»: the bodies whose heads signed, each country's."""
    heads = _THEIR_HEADS.search(words)
    if heads is None:
        return None
    return subject_bodies(words[:heads.start()], index, year) or \
        _regions(words[:heads.start() + 3], index)  # (with its genitive ending)


# «Кыргызстандын Баткен облусунун, Тажикстандын Соғд облусунун жана ... Фергана облусунун»: a
# list of regions (districts, towns), each perhaps after its country, in the genitive.
_LISTED_REGION = re.compile(r"(?:[А-ЯЁӨҮҢ][\w-]+[ндт][ыиуү]н\s+)?(?P<name>(?:[А-ЯЁӨҮҢ][\w-]*\s+){1,2}"
                     r"(?:облус|район|шаар|аймак|провинция)[\w-]*?[ндт][ыиуү]н)"
                     r"(?P<joint>\s*,\s*|\s+жана\s+|\s+менен\s+|$)")


def _regions(words: str, index: CountryIndex) -> list[PartyDraft] | None:
    """The regions a list in the genitive names, each by its own name («Баткен облусу»)."""
    found, end = [], len(words)
    for m in reversed(list(_LISTED_REGION.finditer(words))):
        if m.end() != end:
            break
        found.insert(0, (nominative(m.group("name")), index.country_of(m.group())))
        end = m.start()
    if len(found) < 2:
        return None
    return [replace(p, country=p.country or code)
            for p, (_name, code) in zip(drafts([n for n, _c in found], index), found)]


def both(span: str, codes: list[str], index: CountryIndex, year: int | None,
         anywhere: bool = False, after: bool = False,
         many: bool = False) -> list[PartyDraft] | None:
    """«эки өлкөнүн (өкмөттөрүнүн | X министрликтеринин)» before «ортосундагы»: the two
    countries' states, governments or bodies; `anywhere`: their bodies as the subject
    («эки өлкөнүн тышкы иштер министрликтери ...»); `many`: `codes` may name more than two."""
    m = (_BOTH_SUBJECT if anywhere else BOTH).search(span)
    if m is None or len(codes) != 2 and not (many and len(codes) > 2):
        return None
    body = m.group("body")
    if not body:
        return country_parties(codes, "government" if m.groupdict().get("governments") else
                               "interstate", index, year)
    head = stem(body.split()[-1].casefold())
    if head in ("президент", "башчы", "лидер"):  # heads of state: the states
        return country_parties(codes, "interstate", index, year)
    if head == "өкмөт":
        return country_parties(codes, "government", index, year)
    if anywhere and head not in BODIES and not (head == "министр" and after):
        return None
    if head not in BODIES and head not in ("министр", "делегация"):
        return None  # («эки өлкөнүн фермерлеринин ортосундагы ...»: people, no sides)
    words = body.split()
    single = stem(words[-1].casefold())
    single = "министрлик" if single == "министр" else single  # «энергетика министрлери»
    head = _singular(" ".join(words[:-1]), whose=False)  # («өкмөттүк делегацияларынын
    # жумушчу топтору»: each one's «өкмөттүк делегациясынын жумушчу тобу»)
    noun = (head[:1].upper() + head[1:] + " " if head else "") + _possessive(single)
    return drafts([of_country(c, noun, index) for c in codes], index)


def _possessive(word: str) -> str:
    """«министрлик» → «министрлиги», «комитет» → «комитети», «агенттик» → «агенттиги»."""
    vowels = [c for c in word if c in "аеиоуөүыя"]
    high = {"а": "ы", "ы": "ы", "я": "ы", "о": "у", "у": "у", "е": "и", "и": "и", "ө": "ү",
            "ү": "ү"}[vowels[-1]] if vowels else "ы"
    if word[-1] in "аеиоуөүыяюэё":
        return word + "с" + high
    voiced = {"к": "г", "п": "б"}.get(word[-1])  # «топ» → «тобу», «министрлик» → «министрлиги»
    return (word[:-1] + voiced if voiced and word[-2:-1] in "аеиоуөүы" else word) + high


def signers(clause: str, index: CountryIndex, year: int | None = None,
            text: str = "") -> list[str]:
    """Bodies whose heads are the subject of a signing («X министрлигинин башчысы Э. Осоев,
    Y министрлигинин башчысы ...»): each body in the nominative; a body named by its kind
    alone («университеттин ректору») is the one of that kind `text` names."""
    out = []
    start = 0
    clause = re.sub(r"\s*\([^()]{1,30}\)", "", clause)  # «... банкынын (АӨБ) ...»
    clause = people.named_before(clause, text) if text else clause  # «министр Бакетаев»
    present = list(_PRESENT.finditer(clause))
    clause = clause[present[-1].end():] if present else clause  # (those present: no signers)
    last = None
    for m in _HEADS.finditer(clause):
        role = m.group("role").casefold()
        body = re.split(r"[.!?]\s+", clause[start:m.start()])[-1].strip(" ,")  # (not the
        # dateline's)
        if last and _ITS_BODY.fullmatch(body):  # «мэри Айбек Жунушалиев Анкара шаарынын мэри»:
            body = f"{last.group()} {body}"  # the last capital word begins the next body
        start = m.end()
        named_as = m.group("name") or ""
        last = re.search(r"[A-ZА-ЯЁӨҮҢ][\w-]*(?=\s*$)", named_as) \
            if len(named_as.split()) > 1 else None
        behalf = _BEHALF.match(body)
        if behalf:  # «Кыргызстандын атынан Министрлер Кабинетинин Төрагасы»: the Cabinet of
            body = f"{behalf.group('who')} {body[behalf.end():]}"  # the country he signed for
        if role == "кесиптеши":  # «... жана анын өзбекстандык кесиптеши»
            name = people.colleague(body, out, index, genitive)
            out += [name] if name else []
            continue
        named = [c for c in index.mentions(body) if c.by_name and not re.search(
            r"[дт][аеоө]г[ыиуү]$", body[c.start:c.end])]  # (not «Кыргызстандагы»: where an
        # ambassador serves)
        body = body[_unquoted(body, named[-1].start):] if named else \
            people.whose(people.without_leading(_last_body(body)), index)[0]  # (not
        # «кытайлык»: «кытайлык NBTC Limited компаниясынын өкүлү»)
        words = body.split()
        own = _THEIR_KIND.fullmatch(body)
        if own and text:  # «кытай компаниясынын башчысы»: the company the text named
            body = words = own.group("kind")
            words = [body]
        if len(words) == 1 and re.fullmatch(r"[а-яөүң-]+[ндт][ыиуү]н", body) and text:
            name = people.referred(body, role, text)  # «университеттин ректору»
            out += [name[:1].upper() + name[1:]] if name else []
            continue
        if not words or not _CAPITAL.match(body):
            continue
        country = index.whole_country(nominative(body)) if len(words) <= 3 else None
        if country and role in ("президенти", "башчысы") and \
                not m.group().casefold().startswith("вице-"):  # the head of state: the state
            name = index.official_ky.get(country) or index.official[country]
        elif country:  # a vice-president, a prime minister's deputy: the government
            name = government(country, index, year)
        elif role == "министри":  # «Казакстандын соода ... министри»: «... Соода ... министрлиги»
            country = body[:named[-1].end - named[-1].start] if named else ""
            field = _POSTS_BEFORE.split(body[len(country):])[-1].strip()  # (his last post:
            # «... төрагасынын орун басары, финансы министри»; not «Илим, жогорку билим ...»)
            field = re.sub(r"^(?:атынан|тарабынан)\s+", "", field, flags=re.I)  # «Кыргыз
            # Республикасынын атынан саламаттык сактоо министри»
            name = f"{country} {field[:1].upper()}{field[1:]} министрлиги".lstrip()
        elif role == "өкүлү" and (own := _ITS_OFFICE.search(body)) and \
                body_head(without_case(own.group("body").split()[-1])):
            name = nominative(own.group("body"))  # «... банкынын Кыргызстандагы туруктуу
            # өкүлү»: the bank
        elif (region := _REGION.search(body)) and (
                role in ("губернатору", "акими", "хокими") or
                role == "өкүлү" and region.group("plenipotentiary")):
            name = f"{region.group('name')}{without_case(region.group('noun'))}"  # «Ош
            # облусунун губернатору», «... Ысык-Көл облусундагы ыйгарым укуктуу өкүлү»: the
            # region he heads, as the keys name it («Ош облусу»)
        elif role == "өкүлү" and not re.search(r"[ндт][ыиуү]н$", words[-1]):
            name = f"{body} өкүлчүлүгү"  # «... облусундагы ыйгарым укуктуу өкүлү»: his office
        elif role in people.OFFICE_BODY:  # «Ош шаарынын мэри»: its city hall
            name = f"{body} {people.OFFICE_BODY[role]}"
        elif re.search(r"[ндт][ыиуү]н$", words[-1]):
            name = nominative(body)
        elif own := _ITS_OFFICE.search(body):  # «... уюмунун Европа боюнча регионалдык
            name = nominative(own.group("body"))  # директору»: the organisation
        else:
            continue
        out.append(name[:1].upper() + name[1:])
    return out


_A_REGION = re.compile(r"(?:[А-ЯЁӨҮҢ][\w-]*\s+){1,3}(?:облусу|округу|вилояты|провинциясы|штаты)")
# A region a governor, akim, hokim or the President's plenipotentiary heads, at the end of the
# words before his post: «(Казакстандын) Түркстан облусунун», «Ысык-Көл облусундагы ыйгарым
# укуктуу» (its name not a genitive: not the country's).
_REGION = re.compile(r"(?P<name>(?:[А-ЯЁӨҮҢ][\w-]*(?<![ндт][ыиуү]н)\s+){1,3})"
                     r"(?P<noun>(?:облус|округ|вилоят|провинция|аймаг|штат)[а-яөүң]*)"
                     r"(?P<plenipotentiary>\s+ыйгарым\s+укуктуу)?$")
_BEHALF = re.compile(r"^(?P<who>[A-ZА-ЯЁӨҮҢ][^,;]*?[ндт][ыиуү]н)\s+атынан\s+(?=\S)")
# A post held before the one that names the body: «... орун басары, финансы министри».
_POSTS_BEFORE = re.compile(r"(?<![\w-])(?:басары|төрагасы|башчысы|жетекчиси|министри|өкүлү),\s*")
# A body named by its people and kind alone: «кытай компаниясынын», «өзбек тараптын».
_THEIR_KIND = re.compile(r"(?:%s)\s+(?P<kind>(?-i:[а-яөүң-]+[ндт][ыиуү]н))" % "|".join(PEOPLES),
                         re.I)  # (a common noun: not «Кыргыз Республикасынын»)
# The rest of a body's name after its first word, in the genitive: «шаарынын», «мамлекеттик
# университетинин» (before its head's office).
_ITS_BODY = re.compile(r"(?:[а-яөүң-]+\s+){0,3}[а-яөүң-]+[ндт][ыиуү]н")
_AND = re.compile(r"(?<![\w-])(?:жана|менен)\s+(?=[A-ZА-ЯЁӨҮҢ«\"а-яөүң])")


def _last_body(words: str) -> str:
    """The last of the bodies «A жана B» joins: from the last «жана»/«менен», or from the last
    one before a capital when the words after it are the inside of a name («Европа
    реконструкциялоо жана өнүктүрүү банкынын ...»)."""
    tail = _AND.split(words)[-1]
    if _CAPITAL.match(tail) or _THEIR_KIND.fullmatch(tail) or \
            re.fullmatch(r"[а-яөүң-]+[ндт][ыиуү]н", tail):  # («университеттин»: referred to)
        return tail
    capital = [m for m in _AND.finditer(words) if _CAPITAL.match(words, m.end())]
    return words[capital[-1].end():] if capital else words if _CAPITAL.match(words) else tail


# A body in the genitive and a few words on its head's office: «Бүткүл дүйнөлүк саламаттык
# сактоо уюмунун Европа боюнча регионалдык (директору)», «... компаниясынын аймактык».
_ITS_OFFICE = re.compile(r"^(?P<body>.*\S[ндт][ыиуү]н)(?:\s+(?!жана|менен)[\w-]+){1,4}$")
# Those present at the signing, not signing: «... Касымалиевдин катышуусунда», «... жана Кытайдын
# элчиси ... катышкан иш-чарада».
_PRESENT = re.compile(r"(?<![\w-])(?:катышуусунда|катышуусу\s+менен|катышкан|күбөлүгүндө)"
                      r"(?![\w-])", re.I)
_LEADING = re.compile(r"^(?:(?:ошондой|эле|андан|мындан|тышкары|ал|эми|жана|да|бул|тараптар|"
                      r"кийин|соң|бүгүн|кечээ|[\w-]+\s+(?:алкагында|жыйынтыгында|учурунда|"
                      r"жүрүшүндө|натыйжасында|соңунда|аягында))(?![\w-])[,\s]*)+", re.I)
# («Сапардын алкагында «Манас» университети ...»: when, not who)


_PLACE = re.compile(r"^[А-ЯЁӨҮҢ][\w-]+?(?:\s+(?:аянты|залы|үйү|сарайы|борбору)н)?"
                    r"(?:да|де|до|дө|та|те|то|тө)\s+(?=\S)")  # «Бишкекте», «Ала-Тоо аянтында»


def _without_place(words: str, index: CountryIndex) -> str:
    """The subject without where it happened before it: «Бишкекте «Кыргызнефтегаз» ААКы»
    → «Кыргызнефтегаз» ААКы» (a country's name that ends so stays: «Канада Өкмөтү»)."""
    m = _PLACE.match(words)
    return words[m.end():] if m and not index.whole_country(m.group().strip()) else words


def subject_pair(clause: str, index: CountryIndex) -> list[str]:
    """The bodies that are the subject before a name («Кыргыз Республикасынын Саламаттык
    сактоо министрлиги менен Өзбекстан Республикасынын Саламаттык сактоо министрлиги ...»,
    «... Министрлер Кабинети жана Азия өнүктүрүү банкы ...»), as written (nominative)."""
    clause = re.sub(r"\s*\([^()]{1,40}\)\s*$", " ", clause)  # «... агенттиги (KOICA)»
    clause = re.sub(r"\s+[А-ЯЁӨҮҢ][\w-]+\s+(?:шаарында|облусунда|районунда|айылында)\s*$", " ",
                    clause)  # «... банкы Ош шаарында (оорукана курууну ...)»: where, after them
    words = re.sub(r"\s+(?:тарабынан|бирге|биргеликте)\s*$", "", clause).rstrip(" ,").split()
    # («X жана Y тарабынан», «X Y менен бирге»)
    if len(words) > 2 and words[-1].casefold() == "менен" and (
            body_head(words[-2]) or _NAME_WORD.fullmatch(words[-2].strip("«»\""))):
        return _with(words[:-1], index)  # «A (университети) B (университети) менен ...»,
        # «... министрлиги ЮНИСЕФ менен», «... министрлиги Huawei Technologies менен»
    if not words or not (body_head(words[-1]) or BARE_BODY.fullmatch(" ".join(words[-2:])) or
                         _QUOTED_FORM.search(" ".join(words[-3:]))):
        return []  # («... Дүйнөлүк банк»)
    tail = " ".join(words)
    joint = [*reversed(list(re.finditer(r"\s+(?:менен|жана)\s+", tail))),
             *reversed(list(re.finditer(r",\s+", tail)))]  # (a comma last: «кыргыз тараптан X
    # министрлиги, беларус тараптан Y министрлиги», each side's body)
    for m in joint:
        right, left = _DEMONYM.sub("", tail[m.end():]), tail[:m.start()]  # («... менен
        # австриялык ANDRITZ Hydro компаниясы»)
        named = [c for c in index.mentions(left) if c.by_name]
        state = named and named[-1].end == len(left) and \
            without_case(left.split()[-1]) == left.split()[-1]  # «Кыргызстан менен Дүйнөлүк
        # банк ...»: a country in the nominative as one side
        if not _CAPITAL.match(right) or not left.split() or not (
                body_head(left.split()[-1]) or state or
                BARE_BODY.fullmatch(" ".join(left.split()[-2:]))):  # «Жогорку Кеңеш менен»
            continue
        start = named[-1].start if named else (re.search(
            r"(?:[A-ZА-ЯЁӨҮҢ«][^\s,;:]*\s*)+(?:[^\s,;:]+\s*){0,4}$", left) or re.match("", left)
        ).start()
        first = _LEADING.sub("", _without_place(_LEADING.sub("", left[start:].strip()), index))
        if _CAPITAL.match(first):
            return [first, right.strip()]
    return []


# «"НоваВинд" АКсы»: a company in quotes and its legal form; «австриялык», «түркиялык»: whose.
_QUOTED_FORM = re.compile(r"»\s+[А-ЯЁӨҮҢ]{2,4}(?:с[ыиуү])?$")
_DEMONYM = re.compile(r"^[а-яөүң]+(?:лык|лик|лук|лүк|дык|дик|дук|дүк|тык|тик|тук|түк)\s+"
                      r"(?=[A-ZА-ЯЁӨҮҢ«])")

# A partner named by an abbreviation or in Latin letters: «ЮНИСЕФ», «Huawei»
_NAME_WORD = re.compile(r"[A-ZА-ЯЁӨҮҢ]{2,}[\w-]*|[A-Z][A-Za-z&.-]+")


def _with(words: list[str], index: CountryIndex) -> list[str]:
    """«A B менен ... кол койду»: the subject A and the partner B, both in the nominative, A's
    name ending with a body's word right before B's capital («Кыргыз улуттук университети
    Казан федералдык университети менен», «Кыргызстандын ... министрлиги Кореянын ...
    министрлиги менен»)."""
    for k in range(len(words) - 1, 0, -1):
        if body_head(words[k - 1]) and _CAPITAL.match(words[k]) and (
                k < len(words) - 1 or _NAME_WORD.fullmatch(words[k].strip("«»\""))):
            left = " ".join(words[:k])
            named = [c for c in index.mentions(left) if c.by_name]
            start = named[-1].start if named else (re.search(
                r"(?:[A-ZА-ЯЁӨҮҢ«][^\s,;:]*\s*)+(?:[^\s,;:]+\s*){0,4}$", left) or
                re.match("", left)).start()
            first = _LEADING.sub("", left[start:].strip())
            if _CAPITAL.match(first):
                return [first, " ".join(words[k:])]
    return []


_ON_BEHALF = re.compile(r"((?:[A-ZА-ЯЁӨҮҢ][\w-]*\s+){0,3}[A-ZА-ЯЁӨҮҢ]?[\w-]+?(?:нын|нин|дын|дин|"
                        r"тын|тин|нун|нүн|дун|дүн|тун|түн))\s+атынан(?![\w-])")


def on_behalf(sentence: str) -> list[str]:
    """«Кыргыз Республикасынын атынан ..., Казакстан Республикасынын атынан ...»: the sides
    named as those on whose behalf the document was signed, in the nominative."""
    names = [nominative(m.group(1)) for m in _ON_BEHALF.finditer(sentence)
             if _CAPITAL.match(m.group(1))]
    return names if len(names) >= 2 else []


_PLURAL_BODIES = re.compile(r"(?P<adj>(?:[а-яөүң-]+(?:лык|лик|лук|лүк|дык|дик|дук|дүк|тык|тик|"
                            r"тук|түк|чу|чү)\s+){0,2})(?P<body>[а-яөүң-]+?(?:лар|лер|тар|тер|"
                            r"дар|дер|лор|лөр|тор|төр|дор|дөр)[ндт][ыиуү]н)\s+протоколу$", re.I)


def meeting_bodies(title: str, codes: list[str], index: CountryIndex) -> list[PartyDraft]:
    """The sides of a protocol of two countries' bodies: «топографиялык жумушчу топтордун
    протоколу» → each country's «топографиялык жумушчу тобу», «... өкмөттүк делегациялардын
    протоколу» → each one's «өкмөттүк делегациясы»."""
    if len(codes) != 2:
        return []
    m = _PLURAL_BODIES.search(title)
    if m is not None:
        body = m.group("adj") + _possessive(stem(m.group("body").casefold()))
    else:
        return []
    body = body[:1].lower() + body[1:]
    return drafts([of_country(c, body, index) for c in codes], index)


_SINGULAR = re.compile(r"^(?P<stem>.+?)(?:лар|лер|лор|лөр|дар|дер|дор|дөр|тар|тер|тор|төр)"
                       r"[ыиуү](?P<case>н[ыиуү]н)?$", re.I)


def _singular(chain: str, whose: bool = True) -> str:
    """«өкмөттүк делегацияларынын жумушчу топтору» → «өкмөттүк делегациясынын жумушчу
    тобу»: one country's body of the chain both countries' bodies were named by; `whose`: a
    genitive at its end (whose meeting it was) left out."""
    out = []
    for word in chain.split():
        m = _SINGULAR.match(word)
        if m is None:
            out.append(word)
            continue
        own = _possessive(m.group("stem").casefold())
        out.append(own + (f"н{own[-1]}н" if m.group("case") else ""))
    return re.sub(r"н[ыиуү]н$", "", " ".join(out)) if whose else " ".join(out)
