"""A party's name as the registry keeps it: written out («Минздрав КР» → «Министерство
здравоохранения КР»), in the nominative, with its country's official name, without a reporter's
adjective («китайская компания ...»); the parties of a country list as drafts."""

from __future__ import annotations

import re

from models.records import PartyDraft

from .body_kinds import BODY_HEADS, COMPANY_FORMS, body_kind
from .countries import DEMONYMS, CountryIndex
from .morphology import has_tag, inflect_phrase, parses
from .towns import town_party_country
from .visit import capital_of


def capitalise(name: str) -> str:
    return name[:1].upper() + name[1:]


# A journalist's adjective before a company («синьцзянской компанией «А»», «кыргызским ОсОО
# «Б»»): where it is from, not part of its name.
DEMONYM_BEFORE_FORM = re.compile(r"[а-яё-]+(?:ск|цк)(?:им|ой|ого|ому|ая|ий|ое|ом|ую)$", re.I)
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
    if len(words) > 2 and DEMONYM_BEFORE_FORM.fullmatch(words[0]) and (
            words[1] in COMPANY_FORMS or _COMPANY_WORD.match(words[1])):
        return capitalise(" ".join(words[1:]))
    return name


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
SHORT_MINISTRIES = {
    "МИД": "иностранных дел", "МВД": "внутренних дел", "МЧС": "чрезвычайных ситуаций",
    "Минздрав": "здравоохранения", "Минфин": "финансов", "Минюст": "юстиции",
    "Минобороны": "обороны", "Минэкономики": "экономики", "Минэнерго": "энергетики",
    "Минсельхоз": "сельского хозяйства", "Минкультуры": "культуры", "Минтранс": "транспорта",
    "Минобрнауки": "образования и науки", "Минтруд": "труда",
    "Минприроды": "природных ресурсов", "Минэкономразвития": "экономического развития",
    "Минпромторг": "промышленности и торговли", "Минпросвещения": "просвещения",
    "Минцифры": "цифрового развития", "Минэкологии": "экологии", "Минспорта": "спорта",
}
# (in any case: «глава Минздрава КР», «с Минфином Узбекистана»)
_SHORT_MINISTRY = re.compile(r"^(%s)(?:а|у|ом|е)?(?=\s+\S|$)" % "|".join(
    sorted(SHORT_MINISTRIES, key=len, reverse=True)))


# «Дипломатическая академия МИД КР», «Налоговая служба при Минфине КР»: a ministry's short name
# inside another body's name.
_INNER_SHORT_MINISTRY = re.compile(r"(?<=\S)(?P<at>\s+при)?\s+(%s)(?:а|у|ом|е)?(?=\s|$)" % "|".join(
    sorted(SHORT_MINISTRIES, key=len, reverse=True)))


# State agencies a Russian text names by their abbreviation, written out with their country
# («глава ГКНБ Кыргызстана» signs for the «Государственный комитет национальной безопасности
# Кыргызской Республики»; the country of the abbreviation when the text gives none).
SHORT_AGENCIES = {
    "ГКНБ": ("Государственный комитет национальной безопасности", "Кыргызской Республики"),
    "ГТС": ("Государственная таможенная служба", "Кыргызской Республики"),
    "ГНС": ("Государственная налоговая служба", "Кыргызской Республики"),
    "ГПС": ("Пограничная служба", "Государственного комитета национальной безопасности "
                                  "Кыргызской Республики"),
    "ФСБ": ("Федеральная служба безопасности", "Российской Федерации"),
    "ФТС": ("Федеральная таможенная служба", "Российской Федерации"),
    "ФНС": ("Федеральная налоговая служба", "Российской Федерации"),
    "Росстат": ("Федеральная служба государственной статистики", "Российской Федерации"),
    "Нацстатком": ("Национальный статистический комитет", "Кыргызской Республики")}
_SHORT_AGENCY = re.compile(r"^(%s)(?:а|у|ом|е)?(?:\s+(?P<of>(?:[А-ЯЁ][\w-]+\s*){1,2}))?$" % "|".join(
    sorted(SHORT_AGENCIES, key=len, reverse=True)))


def full_name(name: str) -> str:
    """«Минздрав КР» → «Министерство здравоохранения КР» (a short name before a country),
    «Академия МИД КР» → «Академия Министерства иностранных дел КР»; «MFA of Kyrgyzstan» →
    «Ministry of Foreign Affairs of Kyrgyzstan»."""
    name = _INNER_SHORT_MINISTRY.sub(lambda m: f"{m.group('at') or ''} Министерств"
                                     f"{'е' if m.group('at') else 'а'} "
                                     f"{SHORT_MINISTRIES[m.group(2)]}", name)
    agency = _SHORT_AGENCY.match(name)
    if agency:  # «ГКНБ Кыргызстана», «ФСБ России», «ГТС»: written out, with the country
        body, home = SHORT_AGENCIES[agency.group(1)]
        of = (agency.group("of") or "").strip()
        return f"{body} {of if of and not of.isupper() else home}" if of != "КР" else \
            f"{body} КР"
    m = _SHORT_MINISTRY.match(name)
    if m:
        return f"Министерство {SHORT_MINISTRIES[m.group(1)]}{name[m.end():]}"
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
_POSSESSIVE = re.compile(r"^(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?<!People)(?<!Women)"
                         r"(?<!Children)'s\s+(?P<body>[A-Z].+)$")  # (not «People's Republic»)


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
    if re.search(r"\bof\s+(?:the\s+)?$", head):  # (the formal name as written: «of the
        return re.sub(_FORMAL_OF, "of ", head) + \
            english_name(last.code, countries, article=True)  # Republic of Turkey»)
    return name


_FORMAL_OF = re.compile(r"\bof\s+(?:the\s+)?(?:(?:[A-Z][\w'’]+\s+){0,2}(?:Republic|Kingdom|State|"
                        r"Sultanate|Principality|Federation|Commonwealth)\s+of\s+(?:the\s+)?)?$")


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
        return capitalise(inflect_phrase(name, case=case)) if case else name
    return name


def _bare_city(name: str, countries: CountryIndex) -> bool:
    """«Ош», «Казань» as a side («договор о побратимстве между Ошем и Казанью»): a town by
    its name alone, which signs as the town («Город Ош»)."""
    return re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", name) is not None and \
        has_tag(name.lower(), "Geox") and countries.whole_country(name) is None


def _unquoted_english(name: str) -> str:
    """A side at the start of a quoted sentence ('"The Islamic Development Bank (IDB) and the
    government ... signed ...," the report says'): without the opening quote and its article."""
    m = re.match(r'["“]\s*(?:[Tt]he\s+)?(?=[A-Z])', name)
    if m and not re.search(r'["”]', name[m.end():]):
        return name[m.end():]
    return name


# «... signed between A and the Ministry of Public Security of China in Beijing»: where they
# signed, not part of the name (an office or embassy in a capital keeps it).
_IN_A_CAPITAL = re.compile(r"\s+(?:in|at)\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")
_SEATED = re.compile(r"\b(?:Office|Embassy|Consulate|Mission|Representation|Representative|"
                     r"Branch|Delegation|Bureau|Centre|Center|Station)\b")


# «Astana-based Nazarbayev University»: where a body sits, said before its name, is no part of it.
_BASED = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’]+[\s-])?[A-Z][\w'’]+-based\s+(?=[A-Z])")


def _without_place(name: str) -> str:
    name = _BASED.sub("", name)
    m = _IN_A_CAPITAL.search(name)
    if m and capital_of(m.group("city")) and not _SEATED.search(name[:m.start()]):
        return name[:m.start()]
    return name


# A bracket after a body's name saying its country or abbreviation («Гомельский областной
# исполнительный комитет (Республика Беларусь)», «... (ЕАБР)»): no part of the name.
_TRAILING_BRACKET = re.compile(r"(?<=\S)\s*\([^()]{1,40}\)$")
# «АНО «Евразия» «О сотрудничестве в ...»»: the document's quoted title after the last side.
_QUOTED_TITLE = re.compile(r"(?<=»)\s+«(?:О|Об|По)\s[^«»]*»$")


# Parliaments by their official names (others are the «Парламент ...» of their country).
PARLIAMENTS = {
    "KG": "Жогорку Кенеш Кыргызской Республики", "KZ": "Парламент Республики Казахстан",
    "UZ": "Олий Мажлис Республики Узбекистан", "TJ": "Маджлиси Оли Республики Таджикистан",
    "TM": "Меджлис Туркменистана", "AZ": "Милли Меджлис Азербайджанской Республики",
    "RU": "Федеральное Собрание Российской Федерации",
    "BY": "Национальное собрание Республики Беларусь",
    "AM": "Национальное собрание Республики Армения"}
# A chamber or a parliament named short (in the nominative), and its official name: «Государственная
# Дума (России)», «Мажилис (Парламента Казахстана)», «Жогорку Кенеш», «Милли Меджлис».
_RF = r"России|РФ|Российской\s+Федерации"
_KZ = r"Казахстана|РК|Республики\s+Казахстан"
_SHORT_PARLIAMENTS = [(re.compile(p + r"(?:\s+(?:%s))?" % c), name) for p, c, name in (
    (r"Государственная\s+[Дд]ума(?:\s+Федерального\s+[Сс]обрания)?", _RF,
     "Государственная Дума Федерального Собрания Российской Федерации"),
    (r"Совет\s+Федерации(?:\s+Федерального\s+[Сс]обрания)?", _RF,
     "Совет Федерации Федерального Собрания Российской Федерации"),
    (r"Мажилис(?:\s+Парламента)?", _KZ, "Мажилис Парламента Республики Казахстан"),
    (r"Сенат\s+Парламента", _KZ, "Сенат Парламента Республики Казахстан"),
    (r"Жогорку\s+Кенеш", r"Кыргызстана|КР|Кыргызской\s+Республики", PARLIAMENTS["KG"]),
    (r"Милли\s+Меджлис|Меджлис(?=\s)", r"Азербайджана|Азербайджанской\s+Республики",
     PARLIAMENTS["AZ"]),
    (r"Олий\s+Мажлис", r"Узбекистана|РУз|Республики\s+Узбекистан", PARLIAMENTS["UZ"]),
    (r"Маджлиси\s+Оли", r"Таджикистана|РТ|Республики\s+Таджикистан", PARLIAMENTS["TJ"]))]
# «Парламенты Кыргызской Республики» (the genitive plural of a shared noun: «председатели
# парламентов Кыргызстана и Узбекистана»), «Парламент Кыргызской Республики»: the country's.
_PARLIAMENT_OF = re.compile(r"Парламент[ыа]?\s+(?P<country>.+)")


def parliament_name(code: str, countries: CountryIndex) -> str:
    """A country's parliament by its official name («Жогорку Кенеш Кыргызской Республики»)."""
    return PARLIAMENTS.get(code) or f"Парламент {inflect_phrase(countries.official[code], 'gent')}"


def _official_parliament(name: str, countries: CountryIndex) -> str:
    for pattern, official in _SHORT_PARLIAMENTS:
        if pattern.fullmatch(name):
            return official
    of = _PARLIAMENT_OF.fullmatch(name)
    code = countries.whole_country(of.group("country")) if of else None
    return parliament_name(code, countries) if code else name


# «ООО «Экоэкспорт» Кыргызстана», «Ассоциация «Узбекзаргарсаноати» Узбекистана»: a country after
# a name in quotes says where the body is, no part of its name.
_AFTER_QUOTES = re.compile(r"(?<=[»\"])\s+(?P<country>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)$")


def _without_country_after_quotes(name: str, countries: CountryIndex) -> str:
    m = _AFTER_QUOTES.search(name)
    return name[:m.start()] if m and countries.whole_country(m.group("country")) else name


def _towns_alike(drafts: list[PartyDraft]) -> None:
    """«Аким Астаны и мэр Бишкека подписали ...»: beside a town that signs by its name («Город
    Астана», as the akim's side is named), a mayor's office is named as its town too («Город
    Бишкек», not «Мэрия города Бишкек»), the way the answer keys name two towns of one document
    alike. Only the name changes: the body's kind and country stay those of the mayor's
    office."""
    if any(d.name.startswith("Город ") for d in drafts):
        for d in drafts:
            d.name = re.sub(r"^Мэрия города ", "Город ", d.name)


# «(the heads of the) customs services of Kyrgyzstan and Tajikistan»: a side named by the plural
# head noun the two share, one body each (in the singular).
_PLURAL_HEAD_EN = re.compile(r"^(?P<body>(?:(?!(?:of|the|and)\s)[A-Za-z-]+\s+){0,3}?)(?P<head>"
                             r"services|banks|chambers|committees|agencies|academies|courts|"
                             r"offices|administrations|inspectorates|councils|authorities)"
                             r"(?=\s+of\s)")  # (in small letters: a description, no name)
_SINGULAR_EN = {"services": "Service", "banks": "Bank", "chambers": "Chamber",
                "committees": "Committee", "agencies": "Agency", "academies": "Academy",
                "courts": "Court", "offices": "Office", "administrations": "Administration",
                "inspectorates": "Inspectorate", "councils": "Council", "authorities": "Authority"}


def _singular_side(name: str) -> str:
    """«Customs services of the Kyrgyz Republic» → «Customs Service of the Kyrgyz Republic»."""
    m = _PLURAL_HEAD_EN.match(name)
    if not m:
        return name
    words = " ".join(w[:1].upper() + w[1:] for w in m.group("body").split())
    return f"{words} {_SINGULAR_EN[m.group('head').lower()]}".strip() + name[m.end():]


# «Kastamonu University of the Republic of Turkey», «the University of Pennsylvania of the USA»: a
# university with a name of its own, and the country it is in said after it — no part of its
# name (as «(Турция)» after a Russian one); «National University of Uzbekistan» keeps it.
_UNIVERSITY_IN = re.compile(r"^(?P<name>.*\bUniversity(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)"
                            r"\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?(?:the\s+)?"
                            r"[A-Z][\w'’-]+){0,3})$")
_GENERIC = {"national", "state", "technical", "agrarian", "agricultural", "medical", "pedagogical",
            "international", "polytechnic", "economic", "humanitarian", "federal", "open", "public",
            "central", "first", "the", "university", "of", "and", "research", "linguistic"}


_STATE_WORDS = {"the", "of", "republic", "kingdom", "federation", "federal", "people's", "islamic",
                "democratic", "socialist", "united", "state", "states", "arab", "sultanate"}


def _a_country(words: str, countries: CountryIndex) -> bool:
    """«the USA», «the Republic of Turkey», «Kyrgyzstan»: a country's name and nothing else."""
    said = [m for m in countries.mentions(words) if m.by_name]
    rest = words[:said[0].start] + words[said[0].end:] if len(said) == 1 else "x"
    return bool(said) and all(w.casefold() in _STATE_WORDS for w in rest.split())


def _university_without_country(name: str, countries: CountryIndex) -> str:
    m = _UNIVERSITY_IN.match(name)
    if not m or not _a_country(m.group("country"), countries):
        return name
    own = [w for w in re.findall(r"[\w'’-]+", m.group("name")) if w.casefold() not in _GENERIC]
    if not own or any(countries.mentions(w) for w in own):  # («Kyrgyz National University of
        return name  # ...»: a country's own)
    return m.group("name")


def party_drafts(names: list[str], countries: CountryIndex) -> list[PartyDraft]:
    """Parties by name; an international organisation («Представительство ВОЗ в КР») belongs
    to no country."""
    names = [_QUOTED_TITLE.sub("", n.rstrip(" :;,")) for n in names]  # «Between X and Y: ...»
    names = [_without_place(_unquoted_english(n)) for n in names]
    names = [nominative_body(n) if re.match(r"[А-ЯЁ]", n) else n for n in names]
    said = [_official_parliament(n, countries) for n in names]
    names = [_without_country_after_quotes(n, countries) for n in said]
    names = [_state_official(official_country(full_name(n), countries), countries)
             for n in names]
    names = [f"Город {n}" if _bare_city(n, countries) else n for n in names]
    names = [_university_without_country(_singular_side(n), countries) for n in names]
    drafts = [PartyDraft(name=without_demonym(_TRAILING_BRACKET.sub("", n)),
                         country=country_of(n, countries) or country_of(s, countries) or
                         town_party_country(n),
                         organisation_kind=body_kind(n, countries))
              for n, s in zip(names, said)]
    for d in drafts:
        if d.organisation_kind == "international_organisation":
            d.country = None
    _towns_alike(drafts)
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


# «Правительство Украины» in a text that writes «Кабинета Министров Украины»: the government
# as the text names it (the Kyrgyz one goes by the date: context.government_of_the_day; the
# Uzbek one signs as the «Правительство» unless a document's own words say otherwise).
_GOVERNMENT_OF = re.compile(r"Правительство (?P<of>(?!Кыргызской\b|Республики\s+Узбекистан\b)"
                            r"[А-ЯЁ].*)")


def cabinet_as_written(name: str, text: str) -> str:
    m = _GOVERNMENT_OF.fullmatch(name)
    if m and re.search(r"(?<![\w-])[Кк]абинет\w*\s+(?-i:[Мм]инистров)\s+%s(?![\w-])"
                       % re.escape(m.group("of")), text):
        return "Кабинет Министров " + m.group("of")
    return name


# «Киргизская Республика», «Киргизии»: the Russian spelling of Russian media; a party is named
# by the official one («Министерство юстиции Кыргызской Республики»), as the keys name it.
_KIRGIZ = [(re.compile(r"\bКиргизск(?=(?:ая|ой|ую|ие|их)\s+Республик)"), "Кыргызск"),
           (re.compile(r"\bКиргизии\b"), "Кыргызской Республики"),
           (re.compile(r"^Киргизия$"), "Кыргызская Республика")]


def kyrgyz_spelled(name: str) -> str:
    for pattern, official in _KIRGIZ:
        name = pattern.sub(official, name)
    return name


def turkey_as_written(name: str, text: str) -> str:
    """«Republic of Türkiye», the English name since 2022, as «Republic of Turkey» in a text that
    writes the country «Turkey» and never «Türkiye» (as the keys name it)."""
    if "Türkiye" in name and re.search(r"\bTurkey\b", text) and \
            not re.search(r"T[üu]rkiye", text):
        return name.replace("Türkiye", "Turkey")
    return name


def spelled_out(name: str, text: str, russian: bool = True) -> str:
    """A party named by an abbreviation the text spells out once: «SFD» → «Saudi Fund for
    Development» («the Saudi Fund for Development (SFD)»), «ЕБРР» → «Европейский банк
    реконструкции и развития» («... Европейского банка реконструкции и развития (ЕБРР)»); a
    lender the text does not spell out by its Russian name only in a Russian text (`russian`)."""
    if not re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", name) and name not in WELL_KNOWN:  # («IsDB»)
        return name
    m = re.search(r"([^()\n]{0,160}?)\s*\(\s*%s\s*\)" % re.escape(name), text)
    if not m:
        return WELL_KNOWN.get(name, name) if russian else name
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
            return capitalise(phrase)
    return name


# International lenders and agencies a Russian or an English text names by their abbreviation
# alone.
WELL_KNOWN = {
    "ЕБРР": "Европейский банк реконструкции и развития", "АБР": "Азиатский банк развития",
    "ЕАБР": "Евразийский банк развития", "ЕИБ": "Европейский инвестиционный банк",
    "ПРООН": "Программа развития ООН", "ВОЗ": "Всемирная организация здравоохранения",
    "ЮНИСЕФ": "Детский фонд ООН", "МВФ": "Международный валютный фонд",
    "ИБР": "Исламский банк развития", "АБИИ": "Азиатский банк инфраструктурных инвестиций",
    "НБКР": "Национальный банк Кыргызской Республики",
    # an English text's lenders (the keys name them in full; UNICEF, UNDP stay as written)
    "EBRD": "European Bank for Reconstruction and Development", "ADB": "Asian Development Bank",
    "IsDB": "Islamic Development Bank", "EIB": "European Investment Bank",
    "AIIB": "Asian Infrastructure Investment Bank", "EDB": "Eurasian Development Bank"}
_SMALL_WORDS = {"for", "of", "and", "the", "on", "in", "и", "по", "для", "в", "при"}
