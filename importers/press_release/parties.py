"""The parties of a document from its title: «между Министерством здравоохранения КР и
Министерством здравоохранения РФ» → two bodies in the nominative with their countries; the same
for «between the Ministry ... and the ...» and the Kyrgyz «... менен ... ортосундагы»; the
member states of an organisation for «государств – участников СНГ»."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .body_kinds import BODY_HEADS, COMPANY_FORMS
from .countries import CountryIndex
from .kinds import DOCUMENT_RU
from .morphology import head_noun, inflect_phrase, lemma, parses
from .party_names import DEMONYM_BEFORE_FORM, SHORT_MINISTRIES, capitalise, english_name

# Bodies whose names go on with «по ...» (Агентство по продвижению инвестиций).
_BODIES_WITH_PO = {"агентство", "комитет", "служба", "министерство", "комиссия", "центр",
                   "фонд", "департамент", "инспекция", "управление", "совет", "бюро",
                   "ассоциация", "корпорация", "палата", "офис", "представительство"}
_STOP_RU = {"о", "об", "относительно", "касательно", "на", "от", "до", "для", "за", "сроком", "№"}
_AREA_AFTER_V = re.compile(r"област|сфер|част|рамк|цел|отношени", re.I)
_STOP_EN = re.compile(r"\s(?:on|concerning|regarding|relating|in the (?:field|area|sphere)s?|"
                      r"for the|for \d{4}|dated|of \d|to (?:the )?(?:promote|develop)|"
                      r"amending|establishing|extending|supplementing|implementing|"
                      r"took\s+place|(?:was|were|has\s+been)\s+held)\b", re.I)
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




@dataclass
class PartySpan:
    start: int  # where the party list begins in the title («между ...»)
    end: int
    names: list[str]  # nominative


def _starts_party(words: list[str], countries: CountryIndex, case: str = "ablt") -> bool:
    """Whether a party in the instrumental case (or an abbreviation, a company form, a quoted
    name) begins with these words."""
    first = words[0]
    if len(words) > 1 and DEMONYM_BEFORE_FORM.match(first) and words[1] in COMPANY_FORMS:
        return True  # «кыргызским ОсОО «БТК»»
    return (first in countries.abbreviations or first in COMPANY_FORMS or first[:1] in "«\""
            or first in SHORT_MINISTRIES or re.fullmatch(r"Мин[а-яё]{3,}", first) is not None
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
        if word in (";", ":", "(", "–", "—") or low in _STOP_RU:
            break  # («... и Кыргызской Республикой – главный документ визита»)
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
        names.append(capitalise(parliament.group(1) + text[parliament.end():] if parliament
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
    names = [capitalise(" ".join(w for w in (body, of, rest[x.start:x.end]) if w))
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
                      r"expand|enhance|deepen)\b.*$|,\s+and\s+[A-Z][a-z]+\s+[A-Z][a-z]+,.*$|"
                      r",\s+(?:which|who|whose|where)\s.*$")  # «..., which is based in ...»
# A party's head word: without one, «Investment» of «Mongolia's Investment and Trade Agency» is
# the first half of a name, not a party.
_EN_HEAD = re.compile(r"\b(?:Ministry|Government|Cabinet|Agency|Committee|Commission|Council|"
                      r"Service|Office|Bureau|Administration|Authority|Inspectorate|Bank|Fund|"
                      r"Company|Corporation|Group|University|Academy|Institute|Centre|Center|"
                      r"Chamber|Union|Association|Federation|Foundation|Museum|Embassy|Hospital|"
                      r"Railways?|Airlines?|Exchange|Programme|Program|Republic|Kingdom|"
                      r"Federation|Emirates|City|Region|Province|Oblast|JSC|LLC|Ltd|Inc|OJSC|"
                      r"PLC|Co|Department|Directorate|Municipality|Hall)\b|^[A-Z]{2,}\b")


# A body's head word ending the words before an «and»: one name ends there.
_EN_HEAD_LAST = re.compile(r"\b(?:Ministry|Agency|Committee|Commission|Service|Office|Bureau|"
                           r"Administration|Authority|Inspectorate|Bank|Fund|Company|Corporation|"
                           r"University|Academy|Institute|Centre|Center|Chamber|Association|"
                           r"Foundation|Department|Directorate|Municipality|JSC|LLC|OJSC)$")


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


# A body's fields listed with commas up to an «and»: «Ministry of Water Resources, Agriculture».
_FIELDS_SO_FAR = re.compile(r"\b(?:Ministry|Committee|Agency|Department|Service)\s+of\s+"
                            r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+$")


# A body's abbreviation in brackets after its name: «(BIISS)», «(FBCCI)», «(UoL)».
_ABBREVIATION_EN = re.compile(r"\s\((?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z&.'’-]{2,12}\)(?=\s+and\s|\s*,|\s*$)")


def _english(title: str, countries: CountryIndex) -> PartySpan | None:
    m = _between(r"\bbetween\s+", title)
    if not m:
        return None
    rest = title[m.end():]
    stop = next((x for x in _STOP_EN.finditer(rest)  # «Committee on Television ...», «the
                 # Committee for the Development of ...» go on
                 if x.group().strip() not in ("on", "for the") or
                 not re.match(r"\s+[A-Z]", rest[x.end():]) or
                 not re.search(r"\b(?:Committee|Commission|Council|Agency|Bureau|Office|Cent(?:er|re)|"
                               r"Institute|Fund|Foundation|Association|Service|Inspectorate)$",
                               rest[:x.start()])), None)
    span = _EN_TAIL.sub("", rest[:stop.start()] if stop else rest)
    ends = [a.end() for a in _ABBREVIATION_EN.finditer(span)]
    span = _ABBREVIATION_EN.sub(lambda a: " " * len(a.group()), span)  # «Studies (BIISS) and»:
    # not the end of the parties (blanked, so the span keeps its length)
    span = re.split(r"[;(]", span)[0].rstrip(" ,")
    after_abbreviation = [x for x in (re.match(r"\s*(?:,\s*)?and\s+|\s*,\s*", span[e:])
                                      for e in ends if e < len(span)) if x]
    if after_abbreviation:  # «A (AB) and the C», «Chambers of Commerce and Industries (FBCCI)
        # and Dubai Chamber»: the name ends at its abbreviation
        cuts = [(e, e + x.end()) for e, x in zip([e for e in ends if e < len(span)],
                                                  after_abbreviation)]
        pieces, at = [], 0
        for a, b in cuts:
            pieces.append(span[at:a])
            at = b
        pieces.append(span[at:])
        names = [capitalise(re.sub(r"^the\s+", "", re.sub(r"\s+", " ", p.strip()), flags=re.I))
                 for p in pieces if p.strip()]
        if len(names) >= 2:
            return PartySpan(m.start(), m.end() + len(span), names)
    plural = _PLURAL_EN.fullmatch(span)
    codes = [countries.whole_country(plural.group(k)) for k in ("x", "y")] if plural else []
    if codes and None not in codes:  # «the Ministries of Agriculture of Kazakhstan and Tajikistan»
        names = [f"{plural.group('body').title()[:-3]}y of {plural.group('of')} of "
                 f"{english_name(c, countries, True)}" for c in codes]
        return PartySpan(m.start(), m.end() + len(span), names)
    many = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", span)]
    if len(many) > 2 and all(countries.whole_country(p) for p in many):
        return PartySpan(m.start(), m.end() + len(span), many)  # «Kyrgyzstan, Kazakhstan and
        # Uzbekistan»: each state
    parts = [p for p in re.split(r",\s*(?:and\s+)?(?=the\s)|\s+and\s+(?=the\s|" + _EN_BODY_START +
                                 r")", span) if p]
    if len(parts) < 2:
        parts = []
        headed = [sep for sep in re.finditer(r"\s+and\s+(?=[A-Z])", span)
                  if _EN_HEAD_LAST.search(span, 0, sep.start()) or
                  re.fullmatch(r"[A-Z]{2,8}", span[sep.end():])]  # («... and KOTRA»)
        if len(headed) == 1 and not _FIELDS_SO_FAR.search(span, 0, headed[0].start()):
            parts = [span[:headed[0].start()], span[headed[0].end():]]  # «the Kyrgyz Investment
            # and Export Promotion Agency (KIEPA) and KOTRA»: after the first name's head word
        for sep in re.finditer(r"\s+and\s+", span) if not parts else ():
            left = span[:sep.start()]
            if _FIELDS_SO_FAR.search(left):
                continue  # «the Ministry of Water Resources, Agriculture and Processing
                # Industry of ...»: the last of its fields, one body
            if (countries.mentions(left) or len(re.findall(r"\s+and\s+", span)) == 1) and \
                    not parts:  # «between Kyrgyzaltyn OJSC and Korea Zinc Co., Ltd.»
                parts = [left, span[sep.end():]]
    parts = _headed(parts)
    if len(parts) < 2:
        return None
    names = [capitalise(re.sub(r"^the\s+", "", re.sub(r"\s+", " ", p.strip()), flags=re.I))
             for p in parts]
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
    return PartySpan(0, m.end(), [capitalise(p.strip()) for p in parts])


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
        names = [capitalise(inflect_phrase(f"{ru.group(k)} {single.word}", case="ablt"))
                 for k in ("a", "b")]
        return PartySpan(ru.start(), ru.end(), names)
    return None


def find_parties(title: str, countries: CountryIndex) -> PartySpan | None:
    return (_plural_bodies(title, countries) or _shared_head(title) or
            _russian(title, countries) or
            _english(title, countries) or _kyrgyz(title, countries) or
            _genitive(title, countries))
