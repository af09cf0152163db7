"""Parties a document's name gives as a pair of like bodies: «между правительствами двух стран»,
«между министерствами юстиции КР и РФ», «between the foreign ministries of the two countries»,
«between the two countries' ministries of finance», «between the ministries of health» — one
such body of each country: of the countries it names, else of the meeting's two countries."""

from __future__ import annotations

import re

from models.records import PartyDraft

from .body_kinds import BODY_HEADS
from .countries import CountryIndex
from .morphology import inflect_phrase, parses
from .party_names import english_name, government_name, party_drafts
from .signers import after_dateline

_TWO = r"(?:двух|обеих|обоих)\s+(?:стран|государств)"
_RU = re.compile(r"\bмежду\s+(?:профильными\s+)?(?P<body>правительствами|министерствами|"
                 r"ведомствами|МИД(?=\s+(?:двух|обеих|обоих)\s))(?P<of>(?:\s+(?!двух|обеих|обоих)[а-яё-]+){0,5}?)"
                 r"(?:\s+" + _TWO + r"|\s+(?P<countries>[А-ЯЁ][\w-]*\s+и\s+[А-ЯЁ][\w-]*))?"
                 r"(?=\s+(?:о|об|по|в|на)\s|[,;.]|\s*$)", re.I)
# «соглашение о сотрудничестве министерств здравоохранения двух стран (Кыргызстана и
# Таджикистана)»: the same pair named by a genitive plural, without «между».
_RU_OF = re.compile(r"(?<![\w-])(?P<body>министерств|правительств)(?P<of>(?:\s+(?!двух|обеих|обоих)"
                    r"[а-яё-]+){0,5}?)(?:\s+" + _TWO + r"|\s+(?P<countries>[А-ЯЁ][\w-]*\s+и\s+"
                    r"[А-ЯЁ][\w-]*))(?=\s+(?:о|об|по|в|на)\s|[,;.]|\s*$)", re.I)
_EN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?P<two>two\s+countries'|their|two|both)\s+)?"
                 r"(?P<adj>[a-z]+\s+)?(?P<body>governments|ministries)"
                 r"(?:\s+of\s+(?!the\s+two)(?P<of>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}?))?"
                 r"(?:\s+of\s+(?:the\s+two\s+countries|both\s+countries))?"
                 r"(?=\s+(?:on|in|for|and|to)\s|[,;.]|\s*$)")
_EN_ADJECTIVES = {"foreign": "Foreign Affairs", "agriculture": "Agriculture",
                  "health": "Health", "justice": "Justice", "finance": "Finance",
                  "education": "Education", "energy": "Energy", "defence": "Defence",
                  "defense": "Defense", "interior": "Internal Affairs", "culture": "Culture",
                  "transport": "Transport", "economy": "Economy", "commerce": "Commerce",
                  "trade": "Trade", "tourism": "Tourism", "labour": "Labour", "labor": "Labor",
                  "industry": "Industry", "environment": "Environment", "youth": "Youth",
                  "communications": "Communications", "emergency": "Emergency Situations",
                  "science": "Science", "construction": "Construction", "sports": "Sports",
                  "investment": "Investment"}


# «между торгово-промышленными палатами двух стран», «между национальными банками обеих
# стран»: one such body of each of the two countries.
_PLURAL_BODIES_OF_TWO = re.compile(r"\bмежду\s+(?P<body>(?:[а-яё-]+(?:ыми|ими)\s+){0,2}[а-яё-]+"
                                   r"(?:ами|ями)(?:\s+(?!двух|обеих|обоих)[а-яё]+){0,3}?)\s+" + _TWO +
                                   r"(?![\w-])", re.I)


# «between the chambers of commerce and industry», «between the national banks of the two
# countries», «between the customs services of Kyrgyzstan and Uzbekistan»: one such body of
# each country (of the countries named, else of the meeting's two).
_PLURAL_BODIES_EN = (r"(?P<body>(?i:chambers\s+of\s+commerce(?:\s+and\s+industry)?|"
                     r"national\s+banks|central\s+banks|customs\s+services|border\s+services|"
                     r"academies\s+of\s+sciences?|news\s+agencies|supreme\s+courts|"
                     r"statistic(?:s|al)\s+(?:agencies|committees|offices)|"
                     r"prosecutor\s+general'?s?\s+offices))")
_EN_PLURAL = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:two|both|their|two\s+countries')\s+)?" + _PLURAL_BODIES_EN +
    r"(?:\s+of\s+(?:the\s+two\s+countries|both\s+countries|(?P<countries>(?:the\s+)?[A-Z][\w-]+"
    r"(?:\s+[A-Z][\w-]+)?\s+and\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)))?"
    r"(?=\s+(?:on|in|for|to)\s|[,;.)]|\s*$)")
_EN_SINGULAR = {"chambers": "chamber", "banks": "bank", "services": "service",
                "academies": "academy", "agencies": "agency", "courts": "court",
                "committees": "committee", "offices": "office"}


# «the Kyrgyz and Kazakh national banks»: each country's.
_ADJECTIVES_PLURAL = re.compile(r"(?:[Tt]he\s+)?(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\s+" +
                                _PLURAL_BODIES_EN)


_HEADS_OF = re.compile(r"^(?:(?:two|both)\s+)?(?:heads|chairmen|chairs|chairpersons|governors|"
                       r"directors(?:[-\s]general)?|leaders|presidents|chiefs)\s+of\s+(?:the\s+)?",
                       re.I)


def _plural_pair(words: str, index: CountryIndex) -> list[PartyDraft]:
    """«the national banks of A and B», «the Kyrgyz and Kazakh national banks» (a subject, the
    words after «signed between / by»): one such body of each country; else []."""
    words = re.sub(r"\s*\([^()]*\)", "", re.sub(r"^\s*[Tt]he\s+", "", words))
    words = _HEADS_OF.sub("", words)  # «the chairmen of the national banks of A and B»
    of = _EN_PLURAL.match(f"between {words}")
    if of and of.group("countries"):
        return paired_bodies(of.group(), index, [])
    adjectives = _ADJECTIVES_PLURAL.match(words)
    said = [index.mentions(adjectives.group(k)) for k in "ab"] if adjectives else []
    codes = [s[0].code for s in said if len(s) == 1]
    if len(codes) != 2 or codes[0] == codes[1]:
        return []
    body = _singular_plural(adjectives.group("body"))
    return party_drafts([f"{body} of {english_name(c, index, True)}" for c in codes], index)


def _singular_plural(body: str) -> str:
    """«chambers of commerce and industry» → «Chamber of Commerce and Industry»."""
    return " ".join(w if w in ("of", "and") else _EN_SINGULAR.get(w.lower(), w).title()
                    for w in body.split())


def _singular_body(words: str) -> str:
    """«торгово-промышленными палатами» → «Торгово-промышленная палата», «академиями наук» →
    «Академия наук»: the phrase in the nominative singular; "" when it is no body's name."""
    from .morphology import lemma
    tokens = words.split()
    head = next((i for i, t in enumerate(tokens) if re.search(r"(?:ами|ями)$", t)), None)
    if head is None or lemma(tokens[head]) in ("правительство", "министерство", "ведомство",
                                               "область", "район", "город", "регион",
                                               "провинция", "округ", "территория"):
        return ""  # (see _RU: «между правительствами двух стран»; regions are many a side)
    single = inflect_phrase(" ".join(tokens[:head + 1]), case="ablt", number="sing")
    if single == " ".join(tokens[:head + 1]):
        return ""
    rest = " ".join(tokens[head + 1:])
    name = f"{single} {rest}".strip()
    return name[:1].upper() + name[1:]


def _home_first(codes: list[str]) -> list[str]:
    return sorted(codes, key=lambda c: c != "KG")


def _codes(words: str | None, index: CountryIndex, meeting: list[str]) -> list[str]:
    if words:
        named = [m.code for m in index.mentions(words) if m.by_name]
        if len(set(named)) == 2:
            return _home_first(list(dict.fromkeys(named)))
    return _home_first(meeting) if len(meeting) == 2 else []


def paired_bodies(title: str, index: CountryIndex, meeting: list[str]) -> list[PartyDraft]:
    """The two bodies «между правительствами двух стран» and the like stand for, or []."""
    between = re.search(r"\b(?:между|between)\s+(?P<rest>.*)$", title, re.I)
    pair = named_pair(between.group("rest"), index, at_start=True) if between else []
    if pair:
        return pair
    ru = _RU.search(title) or _RU_OF.search(title)
    if ru:
        codes = _codes(ru.group("countries"), index, meeting)
        of = ru.group("of").strip()
        body = re.sub(r"(?<=ств)$", "ами", ru.group("body").lower())  # («министерств»)
        if body == "мид":  # «между МИД двух стран»
            body, of = "министерствами", of or "иностранных дел"
        if len(codes) != 2 or body == "ведомствами" or body == "министерствами" and not of:
            return []
        if body == "правительствами":
            return [PartyDraft(name=government_name(c, index), country=c,
                               organisation_kind="government") for c in codes]
        return party_drafts([f"Министерство {of} {inflect_phrase(index.official[c], 'gent')}"
                             for c in codes], index)
    plural = _PLURAL_BODIES_OF_TWO.search(title)
    if plural:
        codes = _codes(None, index, meeting)
        body = _singular_body(plural.group("body"))
        if len(codes) == 2 and body:
            return party_drafts([f"{body} {inflect_phrase(index.official[c], 'gent')}"
                                 for c in codes], index)
    plural = _EN_PLURAL.search(title)
    if plural:  # «between the chambers of commerce and industry (of the two countries)»
        codes = _codes(plural.group("countries"), index, meeting)
        if len(codes) == 2:
            body = _singular_plural(plural.group("body"))
            return party_drafts([f"{body} of {english_name(c, index, True)}" for c in codes],
                                index)
    en = _EN.search(title)
    if en:
        codes = _codes(None, index, meeting)
        if len(codes) != 2:
            return []
        if en.group("body") == "governments":
            return [PartyDraft(name=government_name(c, index, english=True), country=c,
                               organisation_kind="government") for c in codes]
        what = (_EN_ADJECTIVES.get((en.group("adj") or "").strip()) or
                (en.group("of") or "").strip().title().replace(" And ", " and "))
        if not what:
            return []
        return party_drafts([f"Ministry of {what} of {english_name(c, index, True)}"
                             for c in codes], index)
    return []


# Two countries' bodies named once: «the Kyrgyz and Uzbek governments», «the governments of
# Kyrgyzstan and Uzbekistan», «the Kyrgyz and Turkish foreign ministries», «правительства
# Кыргызстана и Узбекистана», «правительствами Киргизии и Казахстана».
_PAIR_EN = re.compile(
    r"\b(?:[Tt]he\s+)?(?:(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\s+(?P<adj>[a-z]+\s+)?"
    r"(?P<body>governments|ministries|ministers|prime\s+ministers)\b(?:\s+of\s+(?P<field>"
    r"(?!the\b)[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}?)(?=\s+(?:have\s+|has\s+|also\s+)?signed\b|"
    r"\s+(?:on|in|for|to|at)\s|\s*[,;.)]|\s*$))?(?!\s+of\b)|"
    r"(?P<adj2>[a-z]+\s+)?"
    r"(?P<body2>governments|ministries|prime\s+ministers|heads\s+of\s+government)\s+of\s+(?!the\s+two\b)(?P<x>(?:the\s+)?[A-Z][\w' -]+?)\s+and\s+"
    r"(?P<y>(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}))")
_PAIR_RU = re.compile(r"(?<!\w)(?:(?:[Гг]лав\w*|[Рр]уководител\w*)\s+)?(?P<body>[Пп]равительств\w*|"
                      r"[Пп]ремьер-министр\w*)\s+(?P<x>[А-ЯЁ][\w-]+(?:\s+"
                      r"[А-ЯЁ][\w-]+)?)\s+и\s+(?P<y>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)")


# «the Ministries of Foreign Affairs of the Kyrgyz Republic and the Republic of Korea», «the
# Foreign Ministries of A and B», «the Governments of the Kyrgyz Republic and the Republic of
# Korea»: each country's body of that name.
_COUNTRY_NAME = r"(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]+){0,3}"
_BODIES_OF_TWO = re.compile(r"(?:[Tt]he\s+)?(?:(?P<adj>[A-Za-z]+)\s+)?(?P<body>[Mm]inistries|"
                            r"[Gg]overnments)\s+of\s+(?:(?P<field>[A-Za-z][\w-]*(?:,?\s+(?:and\s+)?"
                            r"[A-Za-z][\w-]*)*?)\s+of\s+)?(?P<x>" + _COUNTRY_NAME + r"?)\s+and\s+"
                            r"(?P<y>" + _COUNTRY_NAME + ")")


def _bodies_of_two(words: str, index: CountryIndex) -> list[PartyDraft]:
    m = _BODIES_OF_TWO.match(words)
    codes = [index.whole_country(re.sub(r"^the\s+", "", m.group(k))) for k in "xy"] if m else []
    if len(codes) != 2 or None in codes or codes[0] == codes[1]:
        return []
    if m.group("body").lower() == "governments":
        return [] if m.group("adj") or m.group("field") else [
            PartyDraft(name=government_name(c, index, english=True), country=c,
                       organisation_kind="government") for c in codes]
    field = _EN_ADJECTIVES.get((m.group("adj") or "").lower()) or \
        " ".join(w if w in ("and", "of") else w.capitalize()
                 for w in (m.group("field") or "").split())
    return party_drafts([f"Ministry of {field} of {english_name(c, index, True)}"
                         for c in codes], index) if field else []


def named_pair(words: str, index: CountryIndex, at_start: bool = False) -> list[PartyDraft]:
    """The two bodies of «the Kyrgyz and Uzbek governments», «the governments of Kyrgyzstan
    and Uzbekistan», «правительства Кыргызстана и Узбекистана», in that order; else [].
    `at_start`: only when the words begin with them (a subject, the words after «between»)."""
    words = words.strip()
    bodies = _bodies_of_two(words, index)
    if bodies:
        return bodies
    en = _PAIR_EN.search(words)
    ru = _PAIR_RU.search(words)
    if at_start and not (en and en.start() == 0 or ru and ru.start() == 0):
        return []
    if en:
        if en.group("body"):
            said = [index.mentions(en.group(k)) for k in ("a", "b")]
            codes = [s[0].code for s in said if len(s) == 1]
            body, adj = en.group("body"), en.group("adj")
        else:
            codes = [index.whole_country(re.sub(r"^the\s+", "", en.group(k))) for k in ("x", "y")]
            body, adj = en.group("body2"), en.group("adj2")
        if len(codes) != 2 or None in codes or codes[0] == codes[1]:
            return []
        if body in ("ministries", "ministers"):  # «the Kyrgyz and Hungarian foreign ministers»
            field = en.group("field")  # «the Kazakh and Uzbek ministries of health»
            what = " ".join(w if w == "and" else w.capitalize() for w in field.split()) \
                if field and not adj else _EN_ADJECTIVES.get((adj or "").strip())
            return party_drafts([f"Ministry of {what} of {english_name(c, index, True)}"
                                 for c in codes], index) if what else []
        return [PartyDraft(name=government_name(c, index, english=True), country=c,
                           organisation_kind="government") for c in codes]
    if ru:
        codes = [index.whole_country(ru.group(k)) for k in ("x", "y")]
        if None not in codes and codes[0] != codes[1]:
            return [PartyDraft(name=government_name(c, index), country=c,
                               organisation_kind="government") for c in codes]
    return []


_SUBJECT_VERB = re.compile(r"(?P<who>[^,;:.–—]+?)(?:\s+(?:also|today|jointly|officially|"
                           r"on\s+[A-Z][a-z]+day|также|сегодня|совместно|официально))*"
                           r"\s+(?:have\s+|has\s+)?"
                           r"(?:signed|concluded|подписали|заключили|скрепили\s+(?:своими\s+)?подписями)"
                           r"(?:\s+[\w$.,-]+){0,4}\s*$")
_SIGNED_BY = re.compile(r"\b(?:signed|concluded|подписан\w*|заключен\w*)\s+(?:between|by|между)\s+"
                        r"(?P<who>.+)", re.I)


def pair_signed(before: str, said: str, after: str, index: CountryIndex) -> list[PartyDraft]:
    """The pair of bodies that signed a document: the subject before its verb («The Kyrgyz
    and Uzbek governments signed an ...»), or the words after «signed between/by» in its own
    words or after them («... was signed between the Kyrgyz and Uzbek governments»)."""
    subject = _SUBJECT_VERB.search(after_dateline(before[-200:]))
    if subject:
        pair = named_pair(subject.group("who"), index, at_start=True) or \
            _plural_pair(subject.group("who"), index)
        if pair:
            return pair
    for words in (said, after[:200]):
        by = _SIGNED_BY.search(words)
        pair = named_pair(by.group("who"), index, at_start=True) or \
            _plural_pair(by.group("who"), index) if by else []
        if pair:
            return pair
    return []


# Ministers of the two countries signing: «министры энергетики двух стран подписали», «Его
# подписали главы МИД двух стран», «the foreign ministers of the two countries signed», «the
# two prime ministers signed».
_MINISTERS_RU = (r"(?:[Мм]инистры|[Гг]лавы|[Рр]уководители|[Мм]инистерства)\s+(?P<of>(?:МИД|"
                 r"внешнеполитических\s+ведомств|правительств|[а-яё]+(?:\s+(?:и\s+)?[а-яё]+){0,3}?))"
                 r"\s+(?:двух|обеих|обоих)\s+(?:стран|государств)|(?P<prime>[Пп]ремьер-министры|"
                 r"[Пп]равительства)(?:\s+(?:двух|обеих)\s+(?:стран|государств))?")
_MINISTERS_EN = (r"(?:[Tt]he\s+)?(?:(?:two|both)\s+(?:countries'\s+)?)?(?P<adj>[a-z]+\s+)?"
                 r"(?P<body>ministers|prime\s+ministers|ministries|governments)(?:\s+of\s+"
                 r"(?P<of_en>(?!the\s+two\b)[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}?))?"
                 r"(?:\s+of\s+(?:the\s+two|both)\s+countries)?")
_VERB = r"(?:подписали|скрепили\s+(?:своими\s+)?подписями|поставили\s+подписи|(?:have\s+)?signed)"
# Their names may follow: «министры юстиции двух стран Аяз Баетов и Акбар Ташкулов подписали».
_NAMES = r"(?:\s+(?:[A-ZА-ЯЁ][\w-]+\s+){1,2}(?:и|and)(?:\s+[A-ZА-ЯЁ][\w-]+){1,2})?"
_BOTH_BEFORE = re.compile(r"(?:" + _MINISTERS_RU + r"|" + _MINISTERS_EN + r")" + _NAMES +
                          r"\s+" + _VERB + r"(?:\s+[\w$.,-]+){0,4}\s*$")
_BOTH_AFTER = re.compile(r"(?:подписали|подписан\w*|signed\s+by)\s+(?:" + _MINISTERS_RU + r"|" +
                         _MINISTERS_EN + r")\b")
# «(Соглашение ...) было подписано министрами сельского хозяйства двух стран»: the agents.
_BOTH_BY = re.compile(r"подписан\w*\s+(?:" + _MINISTERS_RU.replace(
    "[Мм]инистры|[Гг]лавы|[Рр]уководители|[Мм]инистерства",
    "[Мм]инистрами|[Гг]лавами|[Рр]уководителями").replace(
    "[Пп]ремьер-министры|[Пп]равительства", "[Пп]ремьер-министрами") + r")\b")
_SHORT_AREAS = {"мид": "иностранных дел", "внешнеполитических ведомств": "иностранных дел"}
# «Министры энергетики подписали»: the meeting's two ministers of one field, the countries unsaid.
_FIELD_MINISTERS = re.compile(r"(?<![\w-])[Мм]инистры\s+(?P<of>[а-яё]+(?:\s+(?:и\s+)?[а-яё]+){0,2}?)"
                              + _NAMES + r"\s+" + _VERB + r"(?:\s+[\w$.,-]+){0,4}\s*$")


# «(Документ) подписали министры образования», «(Меморандум) подписан министрами энергетики»:
# the same, after the document.
_FIELD_MINISTERS_AFTER = re.compile(r"^\s*(?:[^.;:]{0,40}?\s)?(?:подписали|подписан[аоы]?)\s+"
                                    r"(?:[Мм]инистр(?:ы|ами))\s+(?P<of>[а-яё]+(?:\s+(?:и\s+)?[а-яё]+)"
                                    r"{0,2}?)(?=\s*[.,;]|\s+[А-ЯЁ]|\s*$)")


def both_signers(before: str, after: str, index: CountryIndex,
                 meeting: list[str], said: str = "") -> list[PartyDraft]:
    """The bodies of «министры энергетики двух стран» who signed a document (before its name
    or after it, or as the agents of the passive in its own words `said`), one of each of the
    meeting's two countries; else []."""
    m = _BOTH_BEFORE.search(before[-200:]) or _BOTH_AFTER.search(after[:200]) or \
        _BOTH_BY.search(said)
    codes = _home_first(meeting) if len(meeting) == 2 else []
    field = None if m else _FIELD_MINISTERS.search(before[-200:]) or \
        _FIELD_MINISTERS_AFTER.match(after[:200])
    if field and codes and all(any(p.tag.case == "gent" and p.tag.POS in {"NOUN", "ADJF"}
                                   for p in parses(w)) for w in field.group("of").split()
                               if w != "и"):
        return party_drafts([f"Министерство {field.group('of')} "
                             f"{inflect_phrase(index.official[c], 'gent')}" for c in codes], index)
    if not m or not codes:
        return []
    groups = m.groupdict()
    of = (groups.get("of") or groups.get("of_en") or "").strip()
    english = bool(groups.get("body"))
    if m.group("prime") or of == "правительств" or english and (
            "prime" in m.group("body") or m.group("body") == "governments"):
        return [PartyDraft(name=government_name(c, index, english), country=c,
                           organisation_kind="government") for c in codes]
    if english:
        what = _EN_ADJECTIVES.get((m.group("adj") or "").strip()) or of.title()
        return party_drafts([f"Ministry of {what} of {english_name(c, index, True)}"
                             for c in codes], index) if what else []
    of = _SHORT_AREAS.get(of.lower(), of)
    if not of:
        return []
    body = _heads_body(m.group(), of)
    if body:  # «руководители таможенных служб двух стран»: each country's customs service
        return party_drafts([f"{body} {inflect_phrase(index.official[c], 'gent')}"
                             for c in codes], index)
    return party_drafts([f"Министерство {of} {inflect_phrase(index.official[c], 'gent')}"
                         for c in codes], index)


def _heads_body(said: str, of: str) -> str:
    """The body of «руководители таможенных служб (двух стран)», «главы национальных банков»:
    a body's head noun in the genitive plural after heads, in the nominative singular
    («Таможенная служба», «Национальный банк»); "" for a ministry's field («министры энергетики»)."""
    from .morphology import lemma
    if not re.search(r"(?<![\w-])(?:[Гг]лав|[Рр]уководител)", said):
        return ""
    words = of.split()
    if not words or lemma(words[-1]) not in BODY_HEADS - {"министерство", "правительство"} or \
            not any(p.tag.case == "gent" and "plur" in p.tag for p in parses(words[-1])):
        return ""
    one = inflect_phrase(of, "nomn", case="gent", number="sing")
    return "" if one == of else one[:1].upper() + one[1:]
