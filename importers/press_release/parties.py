"""The parties of a document from its title: «между Министерством здравоохранения КР и
Министерством здравоохранения РФ» → two bodies in the nominative with their countries; the same
for «between the Ministry ... and the ...» and the Kyrgyz «... менен ... ортосундагы»; the
member states of an organisation for «государств – участников СНГ»."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.records import PartyDraft

from .countries import DEMONYMS, CountryIndex
from .kinds import DOCUMENT_RU
from .morphology import head_noun, inflect_phrase, lemma, parses

COMPANY_FORMS = ("ОАО", "АО", "ЗАО", "ООО", "ПАО", "ОсОО", "ГП", "МП", "НАО", "ГУП", "ФГУП",
                 "АКБ", "ТОО", "ЧП", "ОФ", "ОО", "ГАК", "ОАХК", "JSC", "LLC", "OJSC", "CJSC",
                 "PJSC",
                 "Ltd", "Inc", "ААК", "ЖАК")
_COMPANY = re.compile(r"^(?:%s)\b|компани|корпораци|холдинг|университет|фонд|ассоциац|палат|"
                      r"биржа|почт|\bбанк|\bpost\b|company|corporation|holding|university|"
                      r"fund|association|chamber|\bgroup\b|\bbank\b|\bltd\b|\bllc\b|\binc\b|«|\"" %
                      "|".join(COMPANY_FORMS), re.I)
_STATE_BANK = re.compile(r"национальн\w* банк|центральн\w* банк|national bank|central bank",
                         re.I)
_GOVERNMENT = re.compile(r"^(?:правительств|кабинет\w* министров|government|cabinet)|"
                         r"министрлер кабинети|өкмөт|\bgovernment$", re.I)
_MINISTRY = re.compile(r"^(?:министерств|мин[а-я]+\b|ministry)|министрлиг", re.I)
INTERNATIONAL = re.compile(
    r"^(?:ООН|ВОЗ|ЮНИСЕФ|ЮНЕСКО|ПРООН|МВФ|ЕАБР|ЕБРР|АБР|ВТО|ЕЭК|ЕС|UN|UNDP|UNICEF|WHO|IMF|"
    r"EBRD|ADB|EDB|WTO|EU|EIB|ЕИБ)\b|всемирн\w* банк|world bank|european investment bank|"
    r"европейск\w* инвестиционн\w* банк|европейск\w* союз|european union|"
    r"евразийск\w* (?:экономическ\w* комисси|банк развития)|исполнительн\w* комитет СНГ|"
    r"секретариат|банк\w* развития|development bank|европейск\w* банк\w* реконструкции|"
    r"european bank for reconstruction|международн\w+ (?:фонд|банк|организаци)|"
    r"international (?:fund|bank|organi[sz]ation)|всемирн\w* организаци|"
    r"организаци\w* объединенных наций|"
    r"world health organization|united nations|red crescent|red cross|красн\w+ (?:полумесяц|крест)",
    re.I)
# Words a body's name is built around (lemmas): the head of a party named without «между».
BODY_HEADS = {
    "министерство", "кабинет", "правительство", "агентство", "комитет", "служба", "компания",
    "корпорация", "банк", "фонд", "палата", "университет", "совет", "представительство",
    "ассоциация", "администрация", "мэрия", "департамент", "инспекция", "центр", "союз",
    "организация", "академия", "институт", "холдинг", "больница", "колледж", "лицей",
    "предприятие", "учреждение", "объединение", "акимат", "хокимият", "муниципалитет",
    "комиссия", "секретариат", "управление", "госкорпорация", "концерн", "группа", "клиника",
    "музей", "театр", "библиотека", "биржа", "область", "район", "город", "провинция"}
# Bodies whose names go on with «по ...» (Агентство по продвижению инвестиций).
_BODIES_WITH_PO = {"агентство", "комитет", "служба", "министерство", "комиссия", "центр",
                   "фонд", "департамент", "инспекция", "управление", "совет", "бюро",
                   "ассоциация", "корпорация", "палата", "офис", "представительство"}
_STOP_RU = {"о", "об", "относительно", "касательно", "на", "от", "для", "за", "сроком", "№"}
_AREA_AFTER_V = re.compile(r"област|сфер|част|рамк|цел|отношени", re.I)
_STOP_EN = re.compile(r"\s(?:on|concerning|regarding|relating|in the (?:field|area|sphere)s?|"
                      r"for the|for \d{4}|dated|of \d|to (?:the )?(?:promote|develop)|"
                      r"amending|establishing|extending|supplementing|implementing)\b", re.I)
_KY_GENITIVE = re.compile(r"(?<=[а-яөүң]{3})(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|"
                          r"түн)$")

# Member states of the organisations whose documents a Kyrgyz registry sees most (2025).
MEMBERS = {
    "СНГ": ("AZ", "AM", "BY", "KZ", "KG", "RU", "TJ", "UZ"),
    "ЕАЭС": ("AM", "BY", "KZ", "KG", "RU"),
    "ШОС": ("BY", "IN", "IR", "KZ", "CN", "KG", "PK", "RU", "TJ", "UZ"),
    "ОДКБ": ("AM", "BY", "KZ", "KG", "RU", "TJ"),
    "ОТГ": ("AZ", "KZ", "KG", "TR", "UZ"),
    "ЦА": ("KZ", "KG", "TJ", "TM", "UZ"),
}
_ORGANISATIONS = [
    ("СНГ", r"СНГ|Содружества Независимых Государств|CIS\b|Commonwealth of Independent States"),
    ("ЕАЭС", r"ЕАЭС|Евразийского экономического союза|EAEU\b|Eurasian Economic Union"),
    ("ШОС", r"ШОС|Шанхайской организации сотрудничества|SCO\b|Shanghai Cooperation"),
    ("ОДКБ", r"ОДКБ|Организации Договора о коллективной безопасности|CSTO\b"),
    ("ОТГ", r"ОТГ|Организации тюркских государств|Organization of Turkic States"),
    ("ЦА", r"Центральной Азии|Central Asia"),
]
_ORGANISATION = "|".join(p for _, p in _ORGANISATIONS)
_MEMBER_STATES = re.compile(
    r"(?P<gov>правительств\w*\s+)?(?:государств|стран)\w*\s*[-–—]?\s*(?:(?:участни|член)\w*\s+)?"
    r"(?P<org>%s)|(?P<en_gov>governments of )?(?:the )?(?:member states|states parties) of "
    r"(?:the )?(?P<en_org>%s)|(?P<en_org2>%s) (?:member )?states" % ((_ORGANISATION,) * 3), re.I)


def body_kind(name: str, countries: CountryIndex) -> str:
    """The organisation kind of a party: state, government, ministry, agency, company or
    international organisation."""
    if countries.whole_country(name):
        return "state"
    if INTERNATIONAL.search(name):
        return "international_organisation"
    if _GOVERNMENT.search(name):
        return "government"
    if _MINISTRY.search(name):
        return "ministry"
    if _COMPANY.search(name) and not _STATE_BANK.search(name):
        return "company"
    return "agency"


def level_of(kinds: list[str]) -> str | None:
    """Between states: interstate; governments: intergovernmental; ministries and agencies:
    interagency; companies, international organisations («Financing Agreement» with the EU,
    a loan of the ADB) and other bodies: other. Mixed: the lowest of them."""
    ranks = {"state": 0, "government": 1, "ministry": 2, "agency": 2, "company": 3,
             "international_organisation": 3}
    levels = ("interstate", "intergovernmental", "interagency", "other")
    known = [ranks[k] for k in kinds if k in ranks]
    if not known:
        return "other" if kinds else None
    return levels[max(known)]


@dataclass
class PartySpan:
    start: int  # where the party list begins in the title («между ...»)
    end: int
    names: list[str]  # nominative


def _capitalise(name: str) -> str:
    return name[:1].upper() + name[1:]


def _starts_party(words: list[str], countries: CountryIndex, case: str = "ablt") -> bool:
    """Whether a party in the instrumental case (or an abbreviation, a company form, a quoted
    name) begins with these words."""
    first = words[0]
    if len(words) > 1 and _DEMONYM_BEFORE_FORM.match(first) and words[1] in COMPANY_FORMS:
        return True  # «кыргызским ОсОО «БТК»»
    return (first in countries.abbreviations or first in COMPANY_FORMS or first[:1] in "«\""
            or first in _SHORT_MINISTRIES or re.fullmatch(r"Мин[а-яё]{3,}", first) is not None
            or _PARLIAMENT.match(" ".join(words[:2])) is not None
            or head_noun(words, case) is not None)  # «МИД КР», «Минэнерго РТ»


# Parliaments named in their own languages, which the dictionary cannot decline.
_PARLIAMENT = re.compile(r"(Жогорку Кенеш|Милли Меджлис|Олий Мажлис|Маджлиси Оли|Мажилис)"
                         r"(?:ом|ем|а|я|у|ю|е)?(?=\s|$)")


def _field_goes_on(current: list[tuple], rest: list[str], countries: CountryIndex) -> bool:
    """After a comma: another field of the body's «по ...» (a noun in the dative)."""
    words = [t[2] for t in current]
    if "по" not in words or rest[0][:1].isupper() or _starts_party(rest, countries):
        return False
    after_po = " ".join(words[len(words) - 1 - words[::-1].index("по"):])
    return not countries.mentions(after_po) and any(
        p.tag.POS == "NOUN" and p.tag.case == "datv" for p in parses(rest[0].lower()))


# Bodies that name their country before their field («Государственный комитет Туркменистана по
# телевидению ...», «Агентство Республики Казахстан по делам государственной службы»); a
# ministry or a government named so ends at its country («... КР по вопросам ...» is the title).
_FIELD_BODIES = _BODIES_WITH_PO - {"министерство", "совет", "представительство", "офис", "фонд"}


def _field_after_country(current: list[tuple], rest: list[str]) -> bool:
    """After «по»: the field of a committee or an agency («Государственным комитетом
    Туркменистана по телевидению»), not the subject of the document («по вопросам ...»)."""
    heads = [lemma(t[2]) for t in current[:3]]
    return any(h in _FIELD_BODIES for h in heads) and bool(rest) and \
        not re.match(r"вопрос|итог|случа|поводу|линии|направлени|проект|программ|реализаци|"
                     r"обеспечени|строительств|поставк|организаци|проведени", rest[0], re.I)


# A journalist's adjective before a company («синьцзянской компанией «А»», «кыргызским ОсОО
# «Б»»): where it is from, not part of its name.
_DEMONYM_BEFORE_FORM = re.compile(r"[а-яё-]+(?:ск|цк)(?:им|ой|ого|ому|ая|ий|ое|ом|ую)$", re.I)
_COMPANY_WORD = re.compile(r"(?:компани|корпораци|фирм|холдинг)\w*$", re.I)


# «Kazakh national company Kazakhstan Temir Zholy», «Uzbekistan's state railway company ...»:
# a description in small letters before the company's own name.
_DESCRIBED_EN = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+|[A-Z][\w-]*'s)\s+(?:[a-z-]+\s+){0,3}?"
                           r"(?:company|corporation|firm|operator|holding|carrier|producer|"
                           r"developer|manufacturer)\s+(?P<name>[A-Z\"“«].+)$")


def without_demonym(name: str) -> str:
    """«Китайская компания China Road and Bridge Corporation» → «Компания China Road and
    Bridge Corporation», «Кыргызское ОсОО «БТК»» → «ОсОО «БТК»», «Kazakh national company
    Kazakhstan Temir Zholy» → «Kazakhstan Temir Zholy» (the country stays the party's country)."""
    possessive = _POSSESSIVE.match(name)
    if possessive and not _STATE_BODY.match(possessive.group("body")):
        return possessive.group("body")  # «Saudi Arabia's ACWA Power»
    described = _DESCRIBED_EN.match(name)
    if described:
        return described.group("name")  # «Tajik state railway company Rohi Ohani Tojikiston»
    words = name.split(" ")
    if len(words) > 2 and _DEMONYM_BEFORE_FORM.fullmatch(words[0]) and (
            words[1] in COMPANY_FORMS or _COMPANY_WORD.match(words[1])):
        return _capitalise(" ".join(words[1:]))
    return name


def _nominative(text: str, case: str = "ablt") -> str:
    """A party in the instrumental as the nominative; a name in quotes standing alone is
    declined too («Почтой России»)."""
    quoted = re.fullmatch(r"«([^»]+)»", text)
    if quoted:
        inner = inflect_phrase(quoted.group(1), case=case)
        return f"«{inner}»"
    return inflect_phrase(text, case=case)


# «переговоров между президентами ...», «talks between President X and President Y»: the
# meeting's sides, not the document's.
_TALKS = re.compile(r"(?:after|following|during|at|in|по\s+итогам|в\s+ходе|после|в\s+рамках)\s+"
                    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:переговор\w*|встреч\w*|бесед\w*|talks|"
                    r"negotiations|meeting)\s+(?:held\s+)?$", re.I)


def _between(pattern: str, title: str) -> re.Match | None:
    for m in re.finditer(pattern, title, re.I):
        if not _TALKS.search(title[max(0, m.start() - 60):m.start()]):
            return m
    return None


def _russian(title: str, countries: CountryIndex) -> PartySpan | None:
    m = _between(r"(?<!\w)между\s+", title)
    return _party_list(title, m.start(), m.end(), countries) if m else None


def _genitive(title: str, countries: CountryIndex) -> PartySpan | None:
    """Bodies in the genitive right after the kind word: «Меморандум Министерства энергетики
    КР и компании «ACWA Power» о ...», «План мероприятий Министерства здравоохранения КР и
    Министерства здравоохранения РФ»."""
    kind = DOCUMENT_RU.match(title)
    if not kind:
        return None
    after = re.match(r"\s+(?:(?:о\s+)?(?:сотрудничеств[ае]|взаимодействи[ия]|взаимопонимании)\s+)?",
                     title[kind.end():])
    start = kind.end() + (after.end() if after else 0)
    words = title[start:].split(" ")[:6]
    found = head_noun(words, "gent")
    first = words[0] if words else ""
    if not (first in COMPANY_FORMS or found and lemma(words[found[0]]) in BODY_HEADS):
        return None
    return _party_list(title, kind.end(), start, countries, "gent")


def _party_list(title: str, begin: int, start: int, countries: CountryIndex,
                case: str = "ablt") -> PartySpan | None:
    """The bodies named from `start` on, in `case` («между» + the instrumental), joined by
    «и» and commas, in the nominative."""
    tokens = [(t.start() + start, t.end() + start, t.group())
              for t in re.finditer(r"«[^»]*»|\"[^\"]*\"|[^\s,;:()]+|[,;:()]", title[start:])]
    parties: list[list[tuple]] = [[]]
    i = 0
    while i < len(tokens):
        s, e, word = tokens[i]
        low = word.lower()
        rest = [t[2] for t in tokens[i + 1:i + 6]]
        current = parties[-1]
        if word == "(" and current:
            close = next((k for k in range(i + 1, min(i + 6, len(tokens)))
                          if tokens[k][2] == ")"), None)
            inside = title[tokens[i][1]:tokens[close][0]] if close else ""
            if close and countries.whole_country(inside):  # «городом Бишкек (Кыргызская
                current.extend(tokens[i:close + 1])       # Республика)»
                i = close + 1
                continue
        if word in (";", ":", "(") or low in _STOP_RU:
            break
        if re.match(r"[«\"](?:О|Об|По|На)\s", word) and current and countries.mentions(
                title[current[0][0]:current[-1][1]]):
            break  # the title in quotes: «... и Правительством РК «О сотрудничестве ...»»
        if low == "в" and rest and _AREA_AFTER_V.match(rest[0]):
            break
        if low == "по" and current and lemma(current[-1][2]) not in _BODIES_WITH_PO and (
                countries.mentions(title[current[0][0]:current[-1][1]]) or
                not any(lemma(t[2]) in _BODIES_WITH_PO for t in current)) and \
                not _field_after_country(current, rest):
            break  # «Управлением ООН по координации ...» goes on; «... КР по вопросам» ends
        if (low in ("и", ",") and current and rest and rest[0].lower() not in ("и", ",")
                and _starts_party(rest, countries, case)):
            parties.append([])
            i += 1
            continue
        if word == "," and current and rest and _field_goes_on(current, rest, countries):
            current.append(tokens[i])  # «комитетом Туркменистана по телевидению, радиовещанию
            i += 1                     # и кинематографии»: the fields of its «по ...»
            continue
        if word == "," and (not current or any(x.start > 0 for x in countries.mentions(
                title[current[0][0]:current[-1][1]]))):  # (not «Кыргызским ... университетом
            break  # строительства, транспорта ...»): a comma before the country lists fields
        current.append(tokens[i])
        i += 1
    parties = [p for p in parties if p]
    if len(parties) < 2:
        return None
    names = []
    for p in parties:
        text = title[p[0][0]:p[-1][1]]
        parliament = _PARLIAMENT.match(text)
        names.append(_capitalise(parliament.group(1) + text[parliament.end():] if parliament
                                 else _nominative(text, case)))
    return PartySpan(begin, parties[-1][-1][1], names)


_PLURAL_BODIES = re.compile(
    r"(?<!\w)между\s+(?P<body>(?:[а-яё-]+(?:ыми|ими)\s+){0,2}(?:министерствами|правительствами|"
    r"ведомствами|палатами|агентствами|службами|комитетами|банками|кабинетами\s+министров|"
    r"академиями|университетами))\s+(?P<rest>.+)", re.I)


def _plural_bodies(title: str, countries: CountryIndex) -> PartySpan | None:
    """«между министерствами иностранных дел Кыргызской Республики и Азербайджанской
    Республики» → the ministry of each country."""
    m = _PLURAL_BODIES.search(title)
    if not m:
        return None
    rest, at = m.group("rest"), m.start("rest")
    named = [x for x in countries.mentions(rest) if x.by_name]
    if len(named) < 2 or any(not re.fullmatch(r",?\s*(?:и\s+)?", rest[a.end:b.start])
                             for a, b in zip(named, named[1:])):
        return None
    body = inflect_phrase(m.group("body"), case="ablt", number="sing")
    of = rest[:named[0].start].strip()
    names = [_capitalise(" ".join(w for w in (body, of, rest[x.start:x.end]) if w))
             for x in named]
    return PartySpan(m.start(), at + named[-1].end, names)


# A second English body after «and»: «Uzbekistan's Ministry ...», «the Uzbek Ministry ...».
_EN_BODY_START = (r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?'s\s+[A-Z]|[A-Z][a-z]+\s+(?:Ministry|Minister|"
                  r"State\s+Committee|National\s+Bank|Central\s+Bank|Government|Embassy|Agency)\b")


# What follows the last party in a reporter's sentence: the source, a place, a purpose, a person.
_EN_TAIL = re.compile(r",\s+(?:according\s+to\b|(?:[^,;]{0,60}?\s)?(?:reports?|said|says|informs|"
                      r"reported|announced|noted|stated|added|writes|wrote)\b).*$|"
                      r"\s+in\s+(?:[A-Z][\w-]*'s\s+capital|the\s+(?:fight|framework)|"
                      r"the\s+city\s+of)\b.*$|\s+to\s+(?:boost|strengthen|develop|promote|"
                      r"expand|enhance|deepen)\b.*$|,\s+and\s+[A-Z][a-z]+\s+[A-Z][a-z]+,.*$")
# A party's head word: without one, «Investment» of «Mongolia's Investment and Trade Agency» is
# the first half of a name, not a party.
_EN_HEAD = re.compile(r"\b(?:Ministry|Government|Cabinet|Agency|Committee|Commission|Council|"
                      r"Service|Office|Bureau|Administration|Authority|Inspectorate|Bank|Fund|"
                      r"Company|Corporation|Group|University|Academy|Institute|Centre|Center|"
                      r"Chamber|Union|Association|Federation|Foundation|Museum|Embassy|Hospital|"
                      r"Railways?|Airlines?|Exchange|Programme|Program|Republic|Kingdom|"
                      r"Federation|Emirates|City|Region|Province|Oblast|JSC|LLC|Ltd|Inc|OJSC|"
                      r"PLC|Co)\b|^[A-Z]{2,}\b")


_PLURAL_EN = re.compile(r"(?:the\s+)?(?P<body>[Mm]inistries|[Aa]cademies)\s+of\s+"
                        r"(?P<of>[A-Z][\w ]+?)\s+of\s+(?:the\s+)?(?P<x>[A-Z][\w' -]+?)\s+and\s+"
                        r"(?:the\s+)?(?P<y>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")


_BODY_OF_COUNTRY = re.compile(r"(?:the\s+)?[A-Z][\w-]*'s(?:\s+[A-Z][\w-]*){1,2}")


def _headed(parts: list[str]) -> list[str]:
    """Parts split at an «and» inside one name joined again: a country's body with no head word
    goes on into the next («Mongolia's Investment» + «Trade Agency»)."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].startswith("\0"):
            out[-1] = out[-1][1:] + " and " + part
        else:
            out.append(part)
        if not _EN_HEAD.search(out[-1]) and _BODY_OF_COUNTRY.fullmatch(out[-1]):
            out[-1] = "\0" + out[-1]
    return [p.lstrip("\0") for p in out]


def _english(title: str, countries: CountryIndex) -> PartySpan | None:
    m = _between(r"\bbetween\s+", title)
    if not m:
        return None
    rest = title[m.end():]
    stop = next((x for x in _STOP_EN.finditer(rest)  # «Committee on Television ...» goes on
                 if x.group().strip() != "on" or not re.match(r"\s+[A-Z]", rest[x.end():]) or
                 not re.search(r"\b(?:Committee|Commission|Council|Agency|Bureau|Office)$",
                               rest[:x.start()])), None)
    span = _EN_TAIL.sub("", rest[:stop.start()] if stop else rest)
    span = re.split(r"[;(]", span)[0].rstrip(" ,")
    plural = _PLURAL_EN.fullmatch(span)
    codes = [countries.whole_country(plural.group(k)) for k in ("x", "y")] if plural else []
    if codes and None not in codes:  # «the Ministries of Agriculture of Kazakhstan and Tajikistan»
        names = [f"{plural.group('body').title()[:-3]}y of {plural.group('of')} of "
                 f"{english_name(c, countries, True)}" for c in codes]
        return PartySpan(m.start(), m.end() + len(span), names)
    parts = [p for p in re.split(r",\s*(?:and\s+)?(?=the\s)|\s+and\s+(?=the\s|" + _EN_BODY_START +
                                 r")", span) if p]
    if len(parts) < 2:
        parts = []
        for sep in re.finditer(r"\s+and\s+", span):
            left = span[:sep.start()]
            if (countries.mentions(left) or len(re.findall(r"\s+and\s+", span)) == 1) and \
                    not parts:  # «between Kyrgyzaltyn OJSC and Korea Zinc Co., Ltd.»
                parts = [left, span[sep.end():]]
    parts = _headed(parts)
    if len(parts) < 2:
        return None
    names = [_capitalise(re.sub(r"^the\s+", "", p.strip(), flags=re.I)) for p in parts]
    return PartySpan(m.start(), m.end() + len(span), names)


def _kyrgyz(title: str, countries: CountryIndex) -> PartySpan | None:
    m = re.search(r"\s+ортосунда\w*", title, re.I)
    if not m:
        return None
    parts = []  # «A, B жана C» of several states; «Маданият, маалымат ... министрлиги» is one
    for part in re.split(r"\s+менен\s+", title[:m.start()]):
        pieces = re.split(r",\s+|\s+жана\s+", part)
        whole = all(countries.whole_country(_KY_GENITIVE.sub("", p)) for p in pieces)
        parts += pieces if len(pieces) > 1 and whole else [part]
    if len(parts) < 2:
        return None
    last = parts[-1].split(" ")
    last[-1] = re.sub(r"(?<=[А-ЯЁӨҮҢ][ыи])н[ыи]н$", "", _KY_GENITIVE.sub("", last[-1]))  # ААКынын
    parts[-1] = " ".join(last)
    return PartySpan(0, m.end(), [_capitalise(p.strip()) for p in parts])


def member_states(title: str, countries: CountryIndex) -> tuple[list[str], str] | None:
    """(country codes, "state"|"government") for «... государств – участников СНГ»."""
    m = _MEMBER_STATES.search(title)
    if not m:
        return None
    org_text = m.group("org") or m.group("en_org") or m.group("en_org2")
    for name, pattern in _ORGANISATIONS:
        if re.fullmatch(pattern, org_text, re.I):
            governments = bool(m.group("gov") or m.group("en_gov"))
            codes = [c for c in MEMBERS[name] if c in countries.official]
            return codes, "government" if governments else "state"
    return None


_SHARED_HEAD_EN = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][\w-]+)\s+and\s+(?P<b>[A-Z][\w-]+)"
                             r"\s+(?P<what>regions|provinces|oblasts|districts|cities)\b")
_SHARED_HEAD_RU = re.compile(r"(?<!\w)между\s+(?P<a>[А-ЯЁ][\w-]+(?:ой|им|ым))\s+и\s+"
                             r"(?P<b>[А-ЯЁ][\w-]+(?:ой|им|ым))\s+(?P<what>областями|районами|"
                             r"провинциями|городами|округами)(?!\w)")
_SINGULAR_EN = {"regions": "region", "provinces": "province", "oblasts": "oblast",
                "districts": "district", "cities": "city"}


def _shared_head(title: str) -> PartySpan | None:
    """Two bodies sharing one plural head: «between the Issyk-Kul and Jizzakh regions» →
    «Issyk-Kul region», «Jizzakh region»; «между Иссык-Кульской и Джизакской областями» →
    «Иссык-Кульская область», «Джизакская область»."""
    en = _SHARED_HEAD_EN.search(title)
    if en:
        what = _SINGULAR_EN[en.group("what")]
        return PartySpan(en.start(), en.end(), [f"{en.group(k)} {what}" for k in ("a", "b")])
    ru = _SHARED_HEAD_RU.search(title)
    if ru:
        head = next((p for p in parses(ru.group("what").lower()) if p.tag.case == "ablt"), None)
        single = head.inflect({"ablt", "sing"}) if head else None
        if single is None:
            return None
        names = [_capitalise(inflect_phrase(f"{ru.group(k)} {single.word}", case="ablt"))
                 for k in ("a", "b")]
        return PartySpan(ru.start(), ru.end(), names)
    return None


def find_parties(title: str, countries: CountryIndex) -> PartySpan | None:
    return (_plural_bodies(title, countries) or _shared_head(title) or
            _russian(title, countries) or
            _english(title, countries) or _kyrgyz(title, countries) or
            _genitive(title, countries))


# Legal forms used in one country only: ОсОО (Kyrgyz LLC), ПАО (Russian public company) ...
_NATIONAL_FORMS = {"ОсОО": "KG", "ААК": "KG", "ЖАК": "KG", "ПАО": "RU", "ТОО": "KZ", "ОАХК": "TJ",
                   "ГУП": "RU", "ФГУП": "RU"}
_FORM = re.compile(r"^(%s)\b" % "|".join(_NATIONAL_FORMS))


def country_of(name: str, countries: CountryIndex) -> str | None:
    """The country named in a body's name, else the one its legal form belongs to."""
    form = _FORM.match(name)
    whose = re.match(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)'s\s", name)
    return countries.country_of(name) or (whose and countries.whole_country(whose.group(1))) or \
        (_NATIONAL_FORMS[form.group(1)] if form else None)


# Short names of ministries, written out: «Минздрав КР» is the «Министерство здравоохранения КР».
_SHORT_MINISTRIES = {
    "МИД": "иностранных дел", "МВД": "внутренних дел", "МЧС": "чрезвычайных ситуаций",
    "Минздрав": "здравоохранения", "Минфин": "финансов", "Минюст": "юстиции",
    "Минобороны": "обороны", "Минэкономики": "экономики", "Минэнерго": "энергетики",
    "Минсельхоз": "сельского хозяйства", "Минкультуры": "культуры", "Минтранс": "транспорта",
    "Минобрнауки": "образования и науки", "Минтруд": "труда",
    "Минприроды": "природных ресурсов", "Минэкономразвития": "экономического развития",
    "Минпромторг": "промышленности и торговли", "Минпросвещения": "просвещения",
}
_SHORT_MINISTRY = re.compile(r"^(%s)(?=\s+\S)" % "|".join(_SHORT_MINISTRIES))


def full_name(name: str) -> str:
    """«Минздрав КР» → «Министерство здравоохранения КР» (a short name before a country);
    «MFA of Kyrgyzstan» → «Ministry of Foreign Affairs of Kyrgyzstan»."""
    m = _SHORT_MINISTRY.match(name)
    if m:
        return f"Министерство {_SHORT_MINISTRIES[m.group(1)]}{name[m.end():]}"
    field = _FIELD_MINISTRY.match(name)
    if field and field.group("field").split()[0].casefold() not in DEMONYMS:  # «Health Ministry
        # of X» → «Ministry of Health of X» (not «Kyrgyz Ministry of ...»)
        area = field.group("field")
        return f"Ministry of {_FIELDS.get(area, area)}{name[field.end():]}"
    return re.sub(r"^MFA(?= of )", "Ministry of Foreign Affairs", name)


_FIELD_MINISTRY = re.compile(r"^(?P<field>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+Ministry(?=\s+of\s|$)")
_FIELDS = {"Foreign": "Foreign Affairs", "Interior": "Internal Affairs"}


_STATE_BODY = re.compile(r"^(?:министерств|государственн\w+\s+(?:комитет|агентств|служб|"
                         r"инспекци)|комитет|агентств|служб|правительств|кабинет|посольств|"
                         r"администраци|Ministry|State\s+(?:Committee|Agency|Service|Customs)|"
                         r"Committee|Agency|Government|Cabinet|Embassy|General\s+Administration)",
                         re.I)
# Bodies named with their country as the text writes it («National Museum of Tajikistan», «Ассамблея
# народа Кыргызстана»), unless they are a state's («... under the President of ...»).
_WRITTEN_HEADS = ("academy museum university institute federation union assembly library theatre "
                  "theater hospital association foundation programme program академи музе "
                  "университет институт федераци союз ассамбле библиотек театр больниц "
                  "ассоциаци программ").split()
_AS_WRITTEN = re.compile(r"\b(?:%s)" % "|".join(_WRITTEN_HEADS), re.I)
_OF_THE_STATE = re.compile(r"\bunder\s+the\s+(?:President|Government|Cabinet)|при\s+(?:Президент|"
                           r"Правительств|Кабинет)|министерств|ministry", re.I)
# «Mongolia's Investment and Trade Agency»: a state body by its last word.
_STATE_HEAD_LAST = re.compile(r"\b(?:Agency|Committee|Commission|Service|Administration|"
                              r"Inspectorate|Bureau|Ministry)$")
_POSSESSIVE = re.compile(r"^(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)'s\s+(?P<body>[A-Z].+)$")


def official_country(name: str, countries: CountryIndex) -> str:
    """A state body's country by its official name, as the registry names parties:
    «Министерство здравоохранения России» → «... Российской Федерации», «Ministry of Health of
    Kyrgyzstan» → «... of the Kyrgyz Republic», «Korea's Ministry of Foreign Affairs» →
    «Ministry of Foreign Affairs of the Republic of Korea». Abbreviations («КР») and names
    in quotes stay as written."""
    possessive = _POSSESSIVE.match(name)
    if possessive and (_STATE_BODY.match(possessive.group("body")) or
                       _STATE_HEAD_LAST.search(possessive.group("body"))):
        code = countries.whole_country(possessive.group("who"))
        if code:
            return f"{possessive.group('body')} of {english_name(code, countries, True)}"
    if re.search(r"[«»\"“”]", name) or not _STATE_BODY.match(name) and (
            body_kind(name, countries) not in ("agency", "ministry", "government") or
            _AS_WRITTEN.search(name) and not _OF_THE_STATE.search(name)):
        return name  # a company, a university, a museum, an academy: as written
    demonym = _english_demonym(name, countries)
    if demonym:
        return demonym
    named = [m for m in countries.mentions(name) if m.by_name]
    written = name[named[-1].start:named[-1].end] if named else ""
    if not named or name[named[-1].end:].strip() or written.isupper() or " " in written:
        return name  # not at the end, an abbreviation, or a long name already («Киргизской Р.»)
    last, head = named[-1], name[:named[-1].start]
    if re.search(r"(?<!\w)(?:в|во|при|на|для|по|с|in|to|at|for|with)\s+(?:the\s+)?$", head,
                 re.I):
        return name  # «Посольство Японии в Кыргызстане»: the country it is in
    if re.search(r"[а-яё]", name, re.I):
        return head + inflect_phrase(countries.official[last.code], "gent")
    if re.search(r"\bof\s+(?:the\s+)?$", head):
        return re.sub(r"\bof\s+(?:the\s+)?$", "of ", head) + \
            english_name(last.code, countries, article=True)
    return name


_DEMONYM_BODY = re.compile(r"^(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:(?P<area>(?:[A-Z][a-z]+\s+)"
                           r"{1,3})Ministry|(?P<body>(?:Ministry|State|National|Government|"
                           r"Embassy|Agency|Committee)\b.*))$")
_AREAS = {"Foreign": "Foreign Affairs", "Interior": "Internal Affairs",
          "Defence": "Defence", "Economy": "Economy", "Finance": "Finance"}


def _english_demonym(name: str, countries: CountryIndex) -> str | None:
    """«Kyrgyz Ministry of Economy and Commerce» → «Ministry of Economy and Commerce of the
    Kyrgyz Republic»; «Turkish Foreign Ministry» → «Ministry of Foreign Affairs of the Republic
    of Türkiye»."""
    m = _DEMONYM_BODY.match(name)
    if not m:
        return None
    said = countries.mentions(m.group("adj"))
    if len(said) != 1 or said[0].by_name or any(x.by_name for x in countries.mentions(name)):
        return None
    of = english_name(said[0].code, countries, article=True)
    if m.group("area"):
        area = m.group("area").strip()
        return f"Ministry of {_AREAS.get(area, area)} of {of}"
    return f"{m.group('body')} of {of}"


def _state_official(name: str, countries: CountryIndex) -> str:
    """A state by its official name: «Кыргызстан» → «Кыргызская Республика», «Uzbekistan» →
    «Republic of Uzbekistan», «Киргизская Республика» → «Кыргызская Республика» (the name the
    registry keeps); an abbreviation («КР») as written."""
    code = countries.whole_country(name)
    if code is None or name.isupper():
        return name
    return english_name(code, countries) if re.match(r"[A-Za-z]", name) else \
        countries.official.get(code, name)


def nominative_body(name: str) -> str:
    """A body's name left in another case («Министерства экономики и коммерции КР», «Национальной
    академии наук») in the nominative; any other name as it is."""
    words = name.split(" ")
    for n, word in enumerate(words[:3]):
        readings = [p for p in parses(word.lower()) if p.tag.POS == "NOUN"]
        if not readings:
            continue  # an adjective before the head («Национальной академии»)
        if readings[0].normal_form not in BODY_HEADS:
            return name  # the first noun is no body's head («Хякимлик города ...»)
        if any(p.tag.case == "nomn" and "sing" in p.tag for p in readings) or \
                not word[:1].isupper() and n == 0:
            return name
        case = next((p.tag.case for p in readings if "sing" in p.tag and
                     p.tag.case in ("gent", "datv", "ablt", "loct")), None)
        return _capitalise(inflect_phrase(name, case=case)) if case else name
    return name


def party_drafts(names: list[str], countries: CountryIndex) -> list[PartyDraft]:
    """Parties by name; an international organisation («Представительство ВОЗ в КР») belongs
    to no country."""
    names = [nominative_body(n) if re.match(r"[А-ЯЁ]", n) else n for n in names]
    names = [_state_official(official_country(full_name(n), countries), countries)
             for n in names]
    drafts = [PartyDraft(name=without_demonym(n), country=country_of(n, countries),
                         organisation_kind=body_kind(n, countries)) for n in names]
    for d in drafts:
        if d.organisation_kind == "international_organisation":
            d.country = None
    return drafts


def english_name(code: str, countries: CountryIndex, article: bool = False) -> str:
    """«Kyrgyz Republic», «Republic of Korea» (pycountry writes «Korea, Republic of»); with
    `article`, «the Kyrgyz Republic» but «Georgia»."""
    name = countries.official_en.get(code) or code
    head, _comma, tail = name.partition(", ")
    name = f"{tail} {head}" if tail else name
    return f"the {name}" if article and " " in name else name


def government_name(code: str, countries: CountryIndex, english: bool = False) -> str:
    """«Кабинет министров Кыргызской Республики», «Кабинет Министров Республики Узбекистан»,
    «Правительство Республики Казахстан», «Government of the Republic of Korea»."""
    if english:
        body = "Cabinet of Ministers" if code in _CABINETS else "Government"
        return f"{body} of {english_name(code, countries, article=True)}"
    genitive = inflect_phrase(countries.official[code], "gent")
    return f"{_CABINETS.get(code, 'Правительство')} {genitive}"


# Governments that sign their treaties as a cabinet of ministers: the Kyrgyz one since 2021
# (before: see context.government_of_the_day). Uzbekistan's is the «Кабинет Министров» at home
# but signs as the «Правительство Республики Узбекистан», the name a registry keeps for it; a
# text that writes the cabinet keeps its own words.
_CABINETS = {"KG": "Кабинет министров"}


def country_parties(codes: list[str], level: str, countries: CountryIndex,
                    english: bool = False) -> list[PartyDraft]:
    """The states (an interstate document) or their governments (any other) as parties."""
    state = level == "interstate"
    return [PartyDraft(name=(english_name(c, countries) if english else countries.official[c])
                       if state else government_name(c, countries, english), country=c,
                       organisation_kind="state" if state else "government") for c in codes]


def spelled_out(name: str, text: str) -> str:
    """A party named by an abbreviation the text spells out once: «SFD» → «Saudi Fund for
    Development» («the Saudi Fund for Development (SFD)»), «ЕБРР» → «Европейский банк
    реконструкции и развития» («... Европейского банка реконструкции и развития (ЕБРР)»)."""
    if not re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", name):
        return name
    m = re.search(r"([^()\n]{0,160}?)\s*\(\s*%s\s*\)" % re.escape(name), text)
    if not m:
        return name
    words = m.group(1).split()
    letters = name.casefold()
    for n in range(len(letters), min(len(words), 3 * len(letters)) + 1):
        tail = words[-n:]
        initials = "".join(w[0] for w in tail if w.casefold() not in _SMALL_WORDS)
        if initials.casefold() == letters and tail[0][:1].isupper() and \
                tail[0].casefold() not in _SMALL_WORDS:
            phrase = " ".join(tail).strip(" ,«»\"")
            if re.search(r"[а-яё]", phrase, re.I):  # «... Европейского банка (ЕБРР)»
                for case in ("gent", "ablt", "datv", "loct"):
                    if inflect_phrase(phrase, case=case) != phrase:
                        phrase = inflect_phrase(phrase, case=case)
                        break
            return _capitalise(phrase)
    return name


_SMALL_WORDS = {"for", "of", "and", "the", "on", "in", "и", "по", "для", "в", "при"}
