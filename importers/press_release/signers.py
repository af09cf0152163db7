"""Who signed a document whose name does not say between whom, from the words before the verb:
«ОсОО «А» и ЗАО «Б» заключили соглашение ...», «между Министерством ... и ... подписан
протокол ...», «Председатель Кабинета министров КР Адылбек Касымалиев и председатель правления
ПАО «Газпром» Алексей Миллер подписали ...», «the Minister of ... of X and ... signed». A
minister stands for the ministry, the head of a body for the body, a president for the state."""

from __future__ import annotations

import re

from .body_kinds import COMPANY_FORMS, INTERNATIONAL, body_kind
from .countries import DEMONYMS, CountryIndex
from .dates import without_dates
from .morphology import cases_of, has_tag, inflect_phrase, lemma, morph, parses
from .parties import find_parties
from .partners import partner, partner_before
from .party_names import WELL_KNOWN, english_name, full_name, government_name
from .plural_head import shared_plural_head
from .towns import town_country
from .visit import capital_of

_ACTIVE = re.compile(r"(?:подписали|подписал[аио]?|заключили|заключил[аио]?|"
                     r"скрепили\s+(?:своими\s+)?подписями|"
                     r"поставили\s+(?:свои\s+)?подписи\s+под|"  # «поставили подписи под меморандумом»
                     r"(?:закрепил|зафиксировал)[аи]?\s+(?:[\w-]+\s+){1,6}?(?:в|во)|"  # «... в Меморандуме»
                     r"(?:(?:have|has)\s+(?:(?:also|now|already|just)\s+)?)?"
                     r"(?:signed(?:\s+off\s+on)?|inked|sealed|concluded|"
                     r"exchanged|penned|struck|clinched|executed|finali[sz]ed|"
                     r"put\s+(?:(?:their|his|her|its)\s+)?(?:signatures?|names?|pen)\s+to|"
                     r"entered\s+into)|by\s+signing|"
                     r"обменялись)"
                     r"(?:\s+(?:a|an|the|также|also|сегодня|today|между\s+собой|"
                     r"(?:в|во|in)\s+(?-i:[A-ZА-ЯЁ])[\w-]+|"  # «подписали в Астане (план ...)»
                     r"(?:US)?[$€£]\s?\d[\d.,]*(?:\s*"
                     r"(?:million|billion|mln|bn|млн|млрд))?))*"
                     r"(?:\s+(?!(?:with|in|on|at|by|during|after|and|с|со|в|во|на|при|после|"
                     r"между)(?![\w-]))[a-zа-яё][a-zа-яё-]*){0,3}$",
                     re.I)  # «signed a $100 million», «signed a cooperation (programme)»,
# «подписали кредитное и (грантовое соглашение)»
# «между X и Y подписан», «... заключены два (кредитных соглашения)»
_PASSIVE = re.compile(r"(?:был[аио]?\s+|были\s+)?(?:подписан[аоы]?|заключен[аоы]?)"
                      r"(?:\s+(?:два|две|три|четыре|пять|шесть|\d{1,2}))?$", re.I)
_LIST_TAIL = re.compile(r"\s*(?:(?:следующ\w+|ряд|пакет\w*(?:\s+из\s+\d+)?|the following|"
                        r"following|a number of|several|two|three|four|five|six|seven|eight|nine|"
                        r"ten|\d{1,2})\s+)?(?:двусторонн\w+\s+|(?:bilateral|important|key)\s+)?"
                        r"(?:документ\w*|documents?)?(?:,?\s*в\s+том\s+числе|,?\s*including)?"
                        r"\s*:?\s*(?:(?<=:)\s*(?:an?|the)\s*)?$", re.I)  # («documents: a ...»)
_PERSON_POST = re.compile(r"\b(?:chairman|chairperson|president|minister|ambassador|ceo|rector|"
                          r"председател\w*|министр\b|министра|посол|президент\w*)\b", re.I)
_ENVOY = re.compile(r"(?:чрезвычайн\w+\s+и\s+полномочн\w+|extraordinary\s+and\s+plenipotentiary)"
                    r"\s+", re.I)
_SPLIT = re.compile(r",\s+|\s+(?:и|and)\s+", re.I)
_ROLE_RU = re.compile(
    r"^(?:исполняющ\w+\s+обязанност\w+\s+|и\.\s?о\.\s+|врио\s+)?"
    r"(?:(?:регионал\w+|исполнительн\w+|постоянн\w+|странов\w+|старш\w+)\s+(?=\w*(?:директор|"
    r"представител|секретар|управляющ)))?"  # «региональный директор Всемирного банка»
    r"(?:перв\w+\s+)?(?:заместител\w+\s+|замести\w+\s+|вице-)?(?P<role>министр\w*|председател\w*|"
    r"глав\w*|руководител\w*|генеральн\w+\s+директор\w*|директор\w*|"
    r"представител(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)(?!\w)|президент\w*|ректор\w*|"
    r"управляющ\w*|генеральн\w+\s+секретар\w*|секретар(?:ь|я|ю|ем|е|и|ей)(?!\w)|"
    r"посол|посл\w+|премьер-министр\w*|премьер\w*|"
    r"аким(?:а|у|ом|е|ы|ов|ами)?|"
    r"хоким(?:а|у|ом|е|ы|ов|ами)?|губернатор\w*|мэр\w*|спикер\w*)\s+"
    r"(?:правления\s+|совета\s+директоров\s+)?(?P<rest>.+)$", re.I)
_ROLE_EN = re.compile(
    r"^(?:the\s+)?(?:first\s+)?(?:deputy\s+)?(?P<role>prime\s+minister|minister|chairman|"
    r"chairperson|chair|head|ambassador|president|ceo|director(?:\s+general)?|"
    r"(?:general|managing|executive)\s+director|governor|"
    r"secretary(?:[-\s]general)?|rector|vice[-\s]rector|dean|mayor|akim|hokim|governor)"
    r"(?:\s+of\s+the\s+(?:board|management\s+board))?\s+of\s+(?P<rest>.+)$", re.I)
# Posts said another way: «Foreign Minister of X», «глава МИД X» are the foreign ministers.
_POSTS = [(re.compile(r"\b(?:the\s+)?foreign\s+minister\s+of\s+", re.I),
           "Minister of Foreign Affairs of "),
          (re.compile(r"(?<!\w)глав\w*\s+(?:МИД|внешнеполитическ\w+\s+ведомств\w*)\s+", re.I),
           "министр иностранных дел ")]
COUNTERPART = re.compile(r"^(?:(?:его|ее|её|his|her|its|their)\s+)?(?:(?P<adj>[\w-]+)\s+"
                         r"(?:коллег\w*|counterparts?)\b|(?:коллег\w*|counterparts?)\s+(?:из|from)\s+"
                         r"(?P<from>[А-ЯЁA-Z][\w-]+))", re.I)  # «его коллега из Узбекистана»
_COMPANY_TAILS = {"ltd", "inc", "llc", "co", "gmbh", "ag", "sa", "plc", "limited", "corp"}
# Words a body's name is built around (lemmas), and the roles of the people who sign for one.
_BODY_WORDS = {"министерство", "кабинет", "правительство", "агентство", "комитет", "служба",
               "компания", "корпорация", "банк", "фонд", "палата", "университет", "совет",
               "представительство", "ассоциация", "администрация", "мэрия", "департамент",
               "инспекция", "центр", "союз", "организация", "академия", "институт", "холдинг",
               "министр", "председатель", "глава", "руководитель", "директор", "президент",
               "ректор", "заместитель", "посол", "премьер-министр", "комиссия", "секретариат",
               "управление", "дирекция", "акимат", "хокимият", "муниципалитет", "парламент",
               "больница", "колледж", "лицей", "предприятие", "учреждение", "объединение",
               "вице-президент", "вице-премьер", "вице-премьер-министр", "аким", "хоким",
               "губернатор", "мэр", "вице-мэр", "вице-губернатор", "вице-министр",
               "вице-ректор", "проректор", "представитель", "посольство", "консульство",
               "хякимлик", "прокуратура", "секретарь", "спикер",
               "генпрокуратура", "суд", "собрание", "дума", "бюро", "казначейство", "ведомство",
               "сенат", "мажилис", "меджлис", "ministry",
               "government", "cabinet", "agency", "company", "corporation", "bank", "fund",
               "chamber", "university", "council", "union", "minister", "prime", "chairman",
               "president", "head", "director", "ceo", "ambassador", "commission",
               "secretariat", "committee", "administration", "municipality", "office",
               "authority", "service", "inspectorate", "academy", "institute", "hospital",
               "foundation", "organization", "organisation", "vice-president", "embassy",
               "bureau", "board", "department", "directorate", "court",
               "conservatory", "college", "school", "railways", "customs", "parliament",
               "assembly", "centre", "center", "society", "association", "federation",
               "enterprise", "holding", "inspection", "province", "region", "oblast",
               "hall", "mayoralty", "akimat", "hokimiyat", "khokimiyat"}  # «Bishkek City Hall»


def _tokens(text: str) -> list[re.Match]:
    return list(re.finditer(r"«[^»]*»|\"[^\"]*\"|[\w-]+|[^\w\s]", text))


def _starts_body(token: str, countries: CountryIndex) -> bool:
    low = token.lower()
    return (token in COMPANY_FORMS or token[:1] in "«\"" or token in countries.abbreviations
            or re.fullmatch(r"[А-ЯЁ]{2,6}", token) is not None and (
                INTERNATIONAL.match(token) is not None or token in WELL_KNOWN)
            or (token[:1].isupper() and bool(countries.mentions(token)) and
                not re.match(r"[А-ЯЁ][а-яё]+(?:ский|ская|ское|ские)", token))
            or (lemma(low) if re.search(r"[а-яё]", low) else low) in _BODY_WORDS)


def _start(part: str, countries: CountryIndex) -> str | None:
    """The part from where a body or a signer is named («Кроме того, Министерство ...»,
    «В рамках форума председатель ...»), with the adjectives before it («китайская компания»)."""
    tokens = _tokens(part)
    for n, t in enumerate(tokens):
        if _starts_body(t.group(), countries) or re.fullmatch(r"[A-Z]{3,}", t.group()) and \
                re.match(r"\s+[A-Za-z]|\s*$", part[t.end():]) or \
                _abbreviated_body(t.group(), part[t.end():], countries):  # «ACWA Power»;
            # not «DUSHANBE:»; «ЦИК КР», «ГКНБ Кыргызстана»
            start = t.start()
            named = _named_before_state(part, t.start(), countries)
            if named is not None:  # «Олий Мажлис Республики Узбекистан»: a body's own name
                return part[named:]
            for k in range(n - 1, -1, -1):
                before = tokens[k]
                if re.fullmatch(r"[A-Z][\w-]*", before.group()) and before.group() != "The":
                    start = before.start()  # «the Asian Development Bank»
                    continue
                if before.group() in ("and", "for", "&") and k and re.fullmatch(
                        r"[A-Z][\w-]*", tokens[k - 1].group()) and tokens[k - 1].group() != "The":
                    continue  # «the Food and Agriculture Organization»
                if before.group() == "и" and k and start == tokens[k + 1].start() and \
                        _adjective_only(tokens[k - 1].group()) and tokens[k + 1].start() != t.start():
                    continue  # «Продовольственная и сельскохозяйственная организация»
                readings = parses(before.group().lower())
                if not readings or readings[0].tag.POS != "ADJF" or "Apro" in readings[0].tag:
                    break
                start = before.start()
            return part[start:]
    return None


def _named_before_state(part: str, at: int, countries: CountryIndex) -> int | None:
    """Where the capitalised words right before a state named in the genitive begin («Олий
    Мажлис Республики Узбекистан», «Милли Меджлис Азербайджанской Республики»): a body's own
    name, followed by its state; None when the words at `at` name no state so."""
    state = next((m for m in countries.mentions(part) if m.start <= at < m.end and m.by_name),
                 None)
    first = re.match(r"[\w-]+", part[state.start:]) if state else None
    readings = parses(first.group().lower()) if first else []
    if not readings or readings[0].tag.case != "gent":
        return None
    run = re.search(r"(?:(?<=\s)|^)(?:[А-ЯЁ][а-яё-]+\s+)+$", part[:state.start])
    return run.start() if run and part[:run.start()].strip() == "" else None


def _abbreviated_body(token: str, rest: str, countries: CountryIndex) -> bool:
    """«ЦИК КР», «ГКНБ Кыргызстана»: a body by its abbreviation, its country after it."""
    if not re.fullmatch(r"[А-ЯЁ]{2,6}", token) or token in countries.abbreviations:
        return False
    said = [m for m in countries.mentions(rest) if m.by_name]
    return bool(said) and not rest[:said[0].start].strip()


def _person_word(word: str) -> bool:
    if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", word):
        return True
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?", word):
        return False
    low = word.lower()
    return (not morph().word_is_known(low) or
            any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
                for p in parses(low)))


def _without_person(text: str, countries: CountryIndex) -> str:
    """«председатель правления ПАО «Газпром» Алексей Миллер» → «... ПАО «Газпром»»; «Kyrgyz
    Republic Jeenbek Kulubaev» → «Kyrgyz Republic»; «министром финансов Алмазом Бакетаевым»
    → «министром финансов» (a capitalised word before a surname is a first name, whatever else
    the dictionary reads it as)."""
    text = _TITLE_BEFORE_NAME.sub("", text)  # «... Академии ОБСЕ д-р Индира Сатаркулова»
    tokens = _tokens(text)
    named = [(m.start, m.end) for m in countries.mentions(text)]
    cut = len(tokens)
    while cut > 1 and len(tokens) - cut < 4 and not any(
            s <= tokens[cut - 1].start() < e for s, e in named) and \
            tokens[cut - 1].group() not in _ORG_WORDS and \
            not capital_of(tokens[cut - 1].group()) and (
            _NAME_TOKEN.fullmatch(tokens[cut - 1].group()) or
            tokens[cut - 1].group() in _NAME_PARTICLES and cut < len(tokens)):
        cut -= 1
    if cut < len(tokens) - 2 and tokens[cut - 1].group().lower() in ("города", "г", "city"):
        cut += 1  # «мэр города Бишкек Айбек Джунушалиев»: the city's name stays
    run = [t.group() for t in tokens[cut:]]
    before = tokens[cut - 1].group() if cut >= 1 else ""
    if re.fullmatch(r"company|corporation|firm|holding|operator|group|bank|fund", before):
        return text  # «the Dubai company Al Ghurair»: the company's own name, no one's
    cyrillic = re.search(r"[а-яё]", before, re.I) is not None
    after_country = any(s <= tokens[cut - 1].start() < e for s, e in named)
    if len(run) >= 2 and before not in ("of", "for", "the", "and") and (
            before[:1].islower() or before[:1] in "»\"" or after_country or
            capital_of(before)) and all(
            (re.search(r"[а-яё]", w, re.I) is not None) == cyrillic for w in run):
        return text[:tokens[cut - 1].end()]  # «... развития Маттео Патроне»: a name after words;
    cut = len(tokens)                        # «... Кыргызстана Улан Ниязбеков»: after a country
    script = re.search(r"[а-яё]", tokens[-1].group(), re.I) is not None
    while cut > 1 and len(tokens) - cut < 3 and _person_word(tokens[cut - 1].group()) and \
            not any(s <= tokens[cut - 1].start() < e for s, e in named) and \
            (re.search(r"[а-яё]", tokens[cut - 1].group(), re.I) is not None) == script and \
            tokens[cut - 1].group() not in _ORG_WORDS:
        cut -= 1  # a name is written in one script: «ACWA Power Марко Арчелли»
    return text[:tokens[cut - 1].end()] if cut < len(tokens) else text


# Words of company names that are no one's name («ACWA Power Marco Arcelli»).
_ORG_WORDS = set("Power Energy Group Holding Holdings Bank Capital Gas Oil Mining Gold Solar Wind "
                 "Motors Airways Airlines Telecom Systems Technologies International Development "
                 "Investment Investments Construction Engineering Corporation Company Partners "
                 "Resources Industries Logistics Finance Fund Trade Global Electric Water Media "
                 "Metals Steel Cement Chemical Pharma Railways Rail Ports Airport Foundation "
                 "University Institute Agency Authority Council Commission Commerce Economy "
                 "Health Justice Culture Education Science Affairs Agriculture Transport Labour "
                 "Labor Defence Defense Tourism Sports Emergency Situations Policy Protection "
                 "Ecology Environment Industry Communications Innovation Universities "
                 "Institutes Schools Colleges Academies Associations Unions Rectors Chambers "
                 "Banks Companies Services Studies Research Service Committee Ministry Office "
                 "Centre Center Chamber Bureau Inspectorate Department Administration Academy "
                 "Union Association Municipality Directorate Ministers Deputies Directors Governors "
                 "Trustees".split())  # («Cabinet of Ministers Edil Baisalov»)
_NAME_TOKEN = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ]?[a-zа-яё]+)*")
_NAME_PARTICLES = {"фон", "ван", "де", "дер", "аль", "ибн", "бин", "von", "van", "de", "al",
                   "bin", "уулу", "кызы"}
_TITLE_BEFORE_NAME = re.compile(r"\s+(?:д-р|г-н|г-жа|проф\.?|профессор|доктор)(?=\s+[А-ЯЁ])")


# The Kyrgyz parliament, or its speaker (followed by his name): «Жогорку Кенеш КР», «торага
# Жогорку Кенеша Нурланбек Шакиев».
_KYRGYZ_PARLIAMENT = re.compile(r"(?:(?:[Тт]орага|[Сс]пикер|[Пп]редседател\w+)\s+)?Жогорку\s+"
                                r"Кенеш\w*(?:\s+(?:Кыргызской\s+Республики|КР|Кыргызстана))?"
                                r"(?:\s+[А-ЯЁ][а-яё-]+){0,3}")


def _state_name(rest: str, countries: CountryIndex) -> str | None:
    code = countries.whole_country(rest)
    if code is None:
        return None
    return rest if re.match(r"[A-Za-z]", rest) else countries.official[code]


# The President's plenipotentiary in a region, followed by his name: he signs for the region, as
# a governor or an akim does («полномочный представитель Президента КР в Чуйской области X»).
_ENVOY_IN_REGION = re.compile(r"(?:[Пп]олномочн\w+\s+представител\w*|[Пп]олпред\w*)\s+"
                              r"Президента(?:\s+(?:Кыргызской\s+Республики|КР|Кыргызстана))?\s+"
                              r"в\s+(?P<region>[А-ЯЁ][\w-]+\s+области)(?:\s+[А-ЯЁ][\w-]+){0,3}")


# «the Permanent Representative of the Kyrgyz Republic to the UN Office in Geneva», "Kyrgyzstan's
# Permanent Representative to the UN": an envoy, who signs for his country's government.
_PERMANENT_EN = re.compile(r"^(?:the\s+)?(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+)?"
                           r"(?:Deputy\s+)?Permanent\s+Representative\s+(?:of\s+(?:the\s+)?"
                           r"(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?(?:to|at|in)\s", re.I)


def body_of(part: str, countries: CountryIndex) -> str | None:
    """The body a signer stands for, in the nominative; None when the words name none."""
    envoy = _PERMANENT_EN.match(part.strip(" ,"))
    code = countries.whole_country(envoy.group("owner") or envoy.group("of") or "") if envoy \
        else None
    if code:
        return government_name(code, countries, english=True)
    if _KYRGYZ_PARLIAMENT.fullmatch(part.strip(" ,")):  # «Торага Жогорку Кенеша X», «Жогорку
        return "Жогорку Кенеш Кыргызской Республики"  # Кенеш»: the parliament, not the state
    envoy = _ENVOY_IN_REGION.fullmatch(part.strip(" ,"))
    if envoy:
        region = inflect_phrase(envoy.group("region"), case="loct")
        return region[:1].upper() + region[1:]
    government = _GOVERNMENT_OF.fullmatch(part.strip())
    code = _owner_country(government.group("who"), countries) if government else None
    if code:  # «the Kyrgyz government», «Uzbekistan's government»
        return government_name(code, countries, english=True)
    owner = _ENGLISH_OWNER.match(part.strip())
    code = _owner_country(owner.group("who"), countries) if owner else None
    if code:  # «Kyrgyz Minister of Economy X», «Kyrgyzstan's Minister of ... X»: its country after
        name = body_of(part.strip()[owner.end():], countries)
        name = full_name(name) if name else name
        if name and _STATE_HEAD_FIRST.match(name) and \
                not any(m.by_name for m in countries.mentions(name)):
            return f"{name} of {english_name(code, countries, True)}"
        return name
    for post, said in _POSTS:
        part = post.sub(said, part)
    part = _FIELD_FIRST.sub(r"\g<lead>Minister of \g<field> of ", part)  # «Health Minister of X»
    part = _FIELD_MINISTRY.sub(_ministry_of_field, part)  # «the foreign ministry of Oman»
    last = re.sub(r"^the\s+", "", re.split(r"\s[-–—]\s|,\s", part.strip(" ,"))[-1], flags=re.I)
    if re.match(r"[A-Z]", last) and INTERNATIONAL.match(last):  # «Bishkek, 27 Nov - The United
        return last                                            # Nations Development Programme»
    state = _state_name(part.strip(" ,"), countries)
    if state:  # «Кыргызская Республика и АБР подписали»: the state itself signs
        return state
    if re.search(r"[а-яё]", part, re.I):  # «МИД Кыргызстана», «Минфин КР»: the ministry
        part = full_name(part.strip(" ,"))
        if re.fullmatch(r"[А-ЯЁ]{2,6}", part) and INTERNATIONAL.match(part):
            return part  # «ЕБРР» (its full name: see spelled_out)
    part = _start(part.strip(" ,"), countries)
    if part is None:
        return None
    role = _ROLE_RU.match(part) or _ROLE_EN.match(part)
    if role is None:  # «ОсОО «А»»; not «Cabinet Chairman Adylbek Kasymaliev»
        if _names_a_person(_UNDER.sub("", part)) or len(part.split()) > 12:
            return None
        body = _without_person(part, countries) if re.match(r"[A-Z]", part) else part
        if len(part[len(body):].split()) >= 2 and (_BODY_HEAD_EN.search(body) or
                                                   _of_a_country(body, countries)):  # «(Rector
            part = body  # of) the Kyrgyz State Technical University Marat Asanov», «the
            # University of Latvia Indrikis Muiznieks»: the university
        return part[:1].upper() + part[1:]
    rest = re.split(r"\s+[–—]\s+", role.group("rest"))[0]  # «... – Руководитель Администрации»
    rest = _REGION_OF_POST.sub(r"\g<body>", rest)  # «директор ЕБРР по Центральной Азии»: the bank
    if _NAMED_AFTER.fullmatch(rest.strip(" ,")):  # «ректор КНУ имени Ж. Баласагына»: as written
        return rest.strip(" ,")
    rest = _without_person(rest, countries).strip(" ,")
    word = role.group("role").lower()
    if re.match(r"министр|minister", word):
        # «министры иностранных дел двух стран» name no ministry; «министры ... Кыргызстана и
        # Казахстана» name the first (the second follows it: see counterpart)
        if re.search(r"министры|ministers", word) and not _ends_with_country(rest, countries):
            return None
        return ("Ministry of " if word.startswith("minister") else "Министерство ") + rest
    rest = re.sub(r"^the\s+", "", rest, flags=re.I)
    envoy = re.match(r"постоянн\w+\s+представител", role.group(), re.I) and \
        countries.whole_country(re.split(r"\s+(?:в|во|при)\s+", rest)[0])  # («постоянный
    # представитель Кыргызской Республики при ООН»; not «... ПРООН в Кыргызстане», the UNDP's)
    if re.match(r"посол|посл|ambassador|премьер|prime", word) or envoy:  # for the
        # government (an ambassador, a permanent representative to an organisation)
        code = countries.whole_country(re.split(r"\s+(?:в|во|при|to|in|at)\s+", rest)[0])
        return government_name(code, countries, not re.search(r"[а-яё]", rest, re.I)) \
            if code else None
    state = _state_name(rest, countries)
    if state:
        return state
    if word.startswith("мэр"):  # «мэр города Бишкек», «вице-мэр Бишкека»: the «Мэрия города
        return _city_hall(rest)  # Бишкек»
    town = re.fullmatch(r"(?:города\s+|г\.\s*)?(?P<town>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)", rest)
    if re.match(r"аким|хоким|хяким", word) and town and town_country(town.group("town")):
        name = lemma(town.group("town")) if has_tag(town.group("town").lower(), "Geox") else \
            town.group("town").lower()  # «аким Алматы», «хоким Самарканда»: the town signs
        return "Город " + "-".join(w[:1].upper() + w[1:] for w in name.split("-"))
    if re.match(r"[A-Za-z]", rest):
        return rest[:1].upper() + rest[1:]
    if full_name(rest) != rest:  # «глава Минэнерго Кыргызстана»: the ministry
        return full_name(rest)
    if _ACRONYM.fullmatch(rest):  # «ректор ОшГУ»: the body by its acronym, as written
        return rest
    name = inflect_phrase(rest, case="gent")
    return name[:1].upper() + name[1:] if name != rest or _tokens(rest)[0].group() in \
        COMPANY_FORMS or rest[:1] in "«\"" else None


# The region a post covers after an organisation named by its abbreviation or as a lender:
# «(директор) ЕБРР по Центральной Азии», «(представитель) Всемирного банка в Кыргызстане».
_REGION_OF_POST = re.compile(r"^(?P<body>[A-ZА-ЯЁ]{2,6}|(?:[А-ЯЁ]\w+\s+){0,2}банка(?:\s+\w+){0,3}?"
                             r")\s+(?:по|в|во|для)\s+(?!делам\b|вопросам\b)\S.*$")


_BODY_HEAD_EN = re.compile(r"\b(?:University|Institute|Academy|College|School|Agency|Bank|Fund|"
                           r"Foundation|Council|Committee|Association|Chamber|Cent(?:er|re)|Hall|"
                           r"Office|Union|Corporation|Company|Ministry|Service|[Rr]egion|"
                           r"[Oo]blast|[Pp]rovince)$")  # («governor of Osh region Zhanyshbek
# Akimov»: the region)
_HEAD_OF = re.compile(_BODY_HEAD_EN.pattern[:-1] + r"\s+of\s+(?:the\s+)?(?P<country>.+)$")


def _of_a_country(body: str, countries: CountryIndex) -> bool:
    """«University of Latvia», «Academy of Sciences of Georgia»: a body's head of a country."""
    m = _HEAD_OF.search(body)
    return m is not None and countries.whole_country(m.group("country")) is not None


def _names_a_person(part: str) -> bool:
    """Whether the words name someone by his post («Cabinet Chairman Adylbek Kasymaliev»); a
    post in the genitive after a body's noun is the body's name («Администрация президента»)."""
    for m in _PERSON_POST.finditer(part):
        previous = re.search(r"([А-Яа-яЁё-]+)\s+$", part[:m.start()])
        if not (previous and lemma(previous.group(1)) in _BODY_WORDS and
                "gent" in cases_of(m.group()) and "nomn" not in cases_of(m.group())):
            return True
    return False


# «Агентство ... при Президенте ...», «under the President»: whom a body answers to, no signer.
_UNDER = re.compile(r"(?<![\w-])(?:при|under\s+the)\s+[А-ЯЁA-Z][\w-]*", re.I)
_NAMED_AFTER = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*\s+(?:имени|им\.)\s+\S.*")
_ACRONYM = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*")


_ENGLISH_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<who>[A-Z][a-z]+(?:'s)?)\s+(?=(?:[A-Z][a-z]+\s+)?"
                            r"(?:Deputy\s+|First\s+)*(?:Minister|Ministry|Ambassador|Head|Chairman|"
                            r"Director|Agency|Committee|Department|Service|Directorate|"
                            r"Inspectorate)\b)")
_GOVERNMENT_OF = re.compile(r"(?:[Tt]he\s+)?(?P<who>[A-Z][a-z]+(?:'s)?)\s+[Gg]overnment")
_STATE_HEAD_FIRST = re.compile(r"(?:Ministry|Agency|State|National|Committee|Office|Service)\b|"
                               r".*\b(?:Ministry|Agency|Committee|Service|Department|Directorate|"
                               r"Inspectorate)$")  # «Kyrgyzstan's Tourism Department»
_FIELD_FIRST = re.compile(r"^(?P<lead>(?:the\s+)?)(?!(?:Prime|Deputy|First|Vice)\b)"
                          r"(?P<field>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                          r"Minister\s+of\s+(?=(?:the\s+)?[A-Z])")

# «the foreign ministry of Oman», «the Health Ministry of Qatar»: the ministry's field first.
_FIELD_MINISTRY = re.compile(r"^(?P<lead>(?:the\s+)?)(?P<field>(?i:foreign|health|justice|finance|"
                             r"education|energy|defen[cs]e|interior|culture|transport|economy|"
                             r"agriculture|trade|commerce|labou?r|tourism))\s+[Mm]inistry\s+of\s+"
                             r"(?=(?:the\s+)?[A-Z])")



def _ministry_of_field(m: re.Match) -> str:
    field = m.group("field").capitalize()
    return f"{m.group('lead')}Ministry of {_EN_AREAS.get(field, field)} of "


def _owner_country(word: str, countries: CountryIndex) -> str | None:
    """«Kyrgyz», «Kyrgyzstan's»: the country of the post that follows."""
    if word.endswith("'s"):
        return countries.whole_country(word[:-2])
    said = countries.mentions(word)
    return said[0].code if len(said) == 1 and not said[0].by_name else None


def _city_hall(rest: str) -> str | None:
    """«города Бишкека», «Бишкека» → «Мэрия города Бишкек»; None for anything but a city."""
    city = re.fullmatch(r"(?:города\s+|г\.\s*)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)", rest.strip())
    if city is None:
        return None
    name = "-".join(w[:1].upper() + w[1:] for w in lemma(city.group(1)).split("-"))
    return f"Мэрия города {name}"


# «Меморандум о взаимопонимании с китайской компанией X о ...»: the other party.
_PARTNER = re.compile(
    r"^\S+(?:\s+\S+)?(?:\s+(?:о|об)\s+(?:взаимопонимании|сотрудничестве|намерениях)|\s+of\s+"
    r"(?:understanding|cooperation|intent))?\s+(?:с|со|with)\s+(?:the\s+)?(?P<who>.+?)"
    r"(?=\s+(?:о|об|по|в\s+(?:области|сфере)|on|concerning|regarding|for(?!\s+(?-i:[A-Z]))|to)\s|"
    r"[,;]|$)", re.I)  # (not «the Saudi Fund for Development»)


def _partner(title: str, countries: CountryIndex) -> str | None:
    m = _PARTNER.match(title)
    if not m:
        return None
    who = m.group("who")
    if re.search(r"[а-яё]", who, re.I):
        who = inflect_phrase(who, case="ablt")
    return body_of(who, countries)


# «Rector X (Osh State University) and President Y (rector, Ankara University)»: each signer's
# body in brackets after his name.
_BRACKETED_BODY = re.compile(r"\((?:[a-z][\w -]*,\s*)?(?P<body>[A-Z][^()]*?\b(?:University|"
                             r"Institute|Academy|College|Ministry|Agency|Committee|Service|Bank|"
                             r"Fund|Company|Corporation|Chamber|Centre|Center|Council|Association|"
                             r"Foundation|Hospital)\b[^()]*)\)")


def bracketed_bodies(who: str) -> list[str] | None:
    """The two bodies in brackets after the signers' names, or None."""
    names = [m.group("body").strip() for m in _BRACKETED_BODY.finditer(who)]
    return names if len(names) == 2 and names[0] != names[1] else None


def signer_parties(before: str, countries: CountryIndex, title: str = "",
                   said: str = "") -> list[str] | None:
    """The parties named by the words before a document («X и Y подписали», «между X и Y
    подписан», «X подписало соглашение с Y», «The Kyrgyz Ministry of Health inked a memorandum
    with its Turkmen counterpart»: `said`, the words naming the document), or None."""
    words = _LIST_TAIL.sub("", re.sub(r'\s*["“„«]$', "", without_dates(
        _AGENCY_DATELINE.sub("", before))))  # «signed the "...», «X 9 декабря 2020 года
    # подписало»: not the date
    named_with = MANY_WITH.search(words)  # «X signed three agreements with Y:», the names after
    words = words[:named_with.start()].rstrip() if named_with else words
    other = partner(named_with.group(), countries) if named_with else None
    with_partner = partner_before(words)  # «Кабмин подписал с ЕАБР (соглашение ...)»
    if with_partner:
        other = body_of(inflect_phrase(words[with_partner.end("with"):].strip(), case="ablt"),
                        countries)
        words = words[:with_partner.start("with")].rstrip()
    passive = _PASSIVE.search(words)
    if passive:  # «между X и Y (KOICA) подписан»: «между» right before the verb
        words = re.sub(r"\s*\([^()]*\)", "", words[:passive.start()]).rstrip(" ,")
        found = find_parties(words, countries)
        if found is None:  # «Кабинетом министров КР и Правительством ОАЭ был подписан»
            agents = _start(words, countries)
            found = find_parties("между " + agents, countries) if agents else None
            if found is None or any(_PERSON_POST.search(n) for n in found.names):
                return None  # people in the instrumental: see signed_by
            words = "между " + agents
        return found.names if found and not words[found.end:].strip() else None
    active = _ACTIVE.search(words)
    if not active:
        return None
    if bracketed_bodies(words[:active.start()]):
        return bracketed_bodies(words[:active.start()])
    who = _without_witnesses(_ENVOY.sub("", words[:active.start()]))
    if active.group().lower().startswith("by"):  # «The foreign ministers of A and B ended their
        finite = re.search(r"\s(?:have\s+|has\s+)?[a-z]+ed\b", who)  # talks by signing ...»:
        who = who[:finite.start()] if finite else who  # the subject, before its own verb
    aside = _BETWEEN_DASHES.search(who)  # «Сопредседатели комиссии — вице-премьер ... и ... —»
    who = aside.group("who") if aside else who
    who = _SCENE_EN.sub("", _SCENE_FIRST.sub("", who[who.rfind(";") + 1:]))
    reported = _REPORTED.match(who)
    if reported:  # «The ministry said that (X and Y signed)», «According to ..., X and Y signed»
        who = reported.group("reporter") if _PRONOUN.fullmatch(who[reported.end():]) and \
            reported.group("reporter") else who[reported.end():]  # «The ministry reported that
        # it had signed»: the ministry
    who = _without_apposition(_ASIDES.sub("", _APPOSITION.sub("", _first_verb_out(who))))
    if _OF_THE_TWO.search(who):  # «По итогам встречи делегаций A и B руководители таможенных
        return None  # служб двух стран подписали»: the countries are unsaid here (shared_bodies)
    return subject_parties(after_dateline(who), countries, title, said, other)


# A subject ending in «двух стран», "of the two countries": one body of each, named elsewhere.
_OF_THE_TWO = re.compile(r"(?<![\w-])(?:(?:двух|обеих|обоих)\s+(?:стран|государств)|of\s+(?:the\s+"
                         r"two|both)\s+countries)\s*$", re.I)


# «X и Y согласовали и (подписали)», "X and Y negotiated and (signed)": a verb joined to the
# signing verb, the subject's too.
_FIRST_VERB = re.compile(r"\s+(?P<verb>[а-яё]+(?:ли|ла|ло|л)|[a-z]+ed)\s+(?:и|and)\s*$")


def _first_verb_out(who: str) -> str:
    m = _FIRST_VERB.search(who)
    if m is None or re.match(r"[а-яё]", m.group("verb")) and not any(
            p.tag.POS == "VERB" for p in parses(m.group("verb"))):
        return who
    return who[:m.start()]


# When, where and on what occasion, before the subject: «Во вторник, в Бишкеке министерства ...»,
# «По итогам переговоров, министры ...» (not a body's apposition between commas).
_SCENE_FIRST = re.compile(r"^\s*(?:(?:(?:во?\s+(?:понедельник|вторник|среду|четверг|пятницу|"
                          r"субботу|воскресенье)|сегодня|вчера|накануне|в\s+итоге|"
                          r"в\s+результате|в\s+(?:г\.\s*)?(?-i:[А-ЯЁ])"
                          r"[\w-]+)\s*,?\s*)+|(?:по\s+итогам|в\s+ходе|на\s+полях|в\s+рамках)"
                          r"(?:\s+[^\s,]+){1,6}\s*,\s*)(?=(?-i:[а-яё]))", re.I)

# The same in English: «At a meeting in Tashkent, X and Y signed», «On the sidelines of the forum,
# ...», «During the talks, ...» (not «On behalf of ...», a side).
_SCENE_EN = re.compile(r"^\s*(?:(?:At|During|After|Following|Upon|On\s+the\s+sidelines\s+of|"
                       r"In\s+the\s+course\s+of|As\s+part\s+of|Within\s+the\s+framework\s+of|"
                       r"On\s+the\s+margins\s+of|Later|Earlier|Also)\b[^,;]{0,90},\s+)+"
                       r"(?=[A-Z]|the\s)")


# Who reports the signing, before its subject: «The Kyrgyz Foreign Ministry said that ...», «The
# press service reported Kyrgyzstan and ...», «According to the ministry, ...».
_REPORTED = re.compile(r"^(?:(?P<reporter>.*?)\s+(?:said|says|reported|reports|announced|stated|"
                       r"noted|informed|confirmed)(?:\s+on\s+[A-Z][a-z]+day)?\s+(?:that\s+|"
                       r"(?=[A-Z]))|\s*according\s+to\s+[^,]+,\s+)", re.I)
_PRONOUN = re.compile(r"\s*(?:it|they)(?:\s+(?:had|has|have))?\s*", re.I)

# «ОАО «А», крупнейший оператор связи страны, и ...», «..., и Huawei, один из лидеров отрасли,»:
# words in small letters between commas after a name, that say what the body is.
_APPOSITION_RU = re.compile(r",\s+(?P<words>[а-яё][^,«»()]*?)(?:,(?=\s+и\s)|,?\s*$)")


def _without_apposition(who: str) -> str:
    """The subject without what it says a body is; a post, a body or «его коллега» between
    commas is a side of its own («министр ..., и министр ...», «..., компания «Б» и ...»)."""
    for m in reversed(list(_APPOSITION_RU.finditer(who))):
        first = re.findall(r"[а-яё-]+", m.group("words"))[:2]
        if not COUNTERPART.match(m.group("words")) and \
                not any(lemma(w) in _BODY_WORDS for w in first):
            who = who[:m.start()] + who[m.end():].rstrip(",")
    return who


# «signed three agreements with the Government of X:», «inked two documents with Y»: the
# documents named after it are signed with Y.
MANY_WITH = re.compile(r"(?<=\s)(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)"
                        r"(?:[a-z-]+\s+)?(?:agreements|documents|memorand(?:a|ums)|MoUs|"
                        r"protocols|contracts|deals|accords)\s+with\s+(?:the\s+)?[A-Z][^:;.]*?"
                        r"\s*:?\s*$")


# The dash after a dateline: «BISHKEK, May 27 –», «NUR-SULTAN. KAZINFORM --», «Dushanbe, 14
# February 2024 -», «ASTANA (Kazinform) —».
_DATELINE_DASH = re.compile(r"(?<=\d)\s+(?:--|[–—-])\s+|(?<=\))\s+(?:--|[–—])\s+|"
                            r"^[A-Z][A-Z -]+\.\s+[A-Z]{3,}\s+(?=[A-Z][a-z])|"  # «ASTANA. KAZINFORM»
                            r"(?<=[A-Z]{3})\.?\s+(?:--|[–—-])\s+|"
                            r"(?<=\d)\s*\([A-Z][A-Za-z .]{1,20}\)\s+-\s+")  # «Feb 14 (Kabar) -»


def after_dateline(words: str) -> str:
    """The words of a sentence after its dateline, if it opens with one."""
    return _AGENCY_FIRST.sub("", _DATELINE_DASH.split(words)[-1])


# A news agency's name in capitals left at the head of the first sentence by its dateline
# («KOKSHETAU. KAZINFORM Akmola region's akim ...»).
_AGENCY_FIRST = re.compile(r"^\s*(?:KAZINFORM|KABAR|AKIPRESS|TREND|XINHUA|TASS|SPUTNIK|AZERTAC|"
                           r"UZA|KUNA|WAM|IRNA|ANADOLU|BELTA|MONTSAME|KHOVAR)\s*[-–—:]?\s+"
                           r"(?=[A-Z][a-z])")


# «TASHKENT, Uzbekistan (Trend) - », «BISHKEK (AKIpress) - »: a dateline with no date.
_AGENCY_DATELINE = re.compile(r"^[^()]{1,60}?\([A-Z][A-Za-z .]{1,20}\)\s+-\s+")


_HEAD_OF_REGION = re.compile(r"(?:the\s+)?(?P<region>(?:[A-Z][\w-]+\s+){1,3}(?:[Rr]egion|[Oo]blast|"
                             r"[Pp]rovince|[Vv]elayat|[Gg]overnorate))(?:['’]s)?\s+(?:[Aa]kim|"
                             r"[Gg]overnor|[Hh]okim|[Hh]akim|[Hh]ead)\s+[A-Z]")


_MAYOR = re.compile(r"(?:the\s+)?(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?\s+(?:[Mm]ayor|"
                    r"[Aa]kim|[Hh]okim|[Kk]hokim|[Hh]akim)\s+[A-Z]")
# «the Mayor of Astana Zhenis Kassymbek», "the akim of the city of Almaty": the town's head.
_MAYOR_OF = re.compile(r"(?:the\s+)?(?:[Mm]ayor|[Aa]kim|[Hh]okim|[Kk]hokim|[Hh]akim)\s+of\s+"
                       r"(?:the\s+(?:city|capital)\s+of\s+)?(?P<rest>[A-Z][\w'’ -]*)$")
_REGION_WORD = re.compile(r"\b(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict|[Vv]elayat)\b")


def _town_of_head(part: str, countries: CountryIndex) -> str | None:
    """«the Mayor of Astana Zhenis Kassymbek» → «City of Astana» (as the keys name a town);
    a mayor's, akim's or hokim's region or country is no town (None)."""
    m = _MAYOR_OF.match(part.strip(" ,"))
    if not m:
        return None
    town = _without_person(m.group("rest").strip(), countries).strip()
    if not town or len(town.split()) > 3 or _REGION_WORD.search(town) or \
            countries.whole_country(town) or not re.match(r"[Mm]ayor", part.strip()[4:] if
                                                           part.strip().startswith("the ") else
                                                           part.strip()) and not \
            town_country(town):
        return None  # (an akim's or a hokim's region goes by its name: «Almaty region»)
    return f"City of {town}"


def _signer_body(part: str, countries: CountryIndex) -> str | None:
    """The body a signer in a subject stands for: «Kyrgyz Foreign Minister X» by the post before
    the name; «WHO Representative Nazira Artykova»: WHO (not the whole words, the name with
    them)."""
    head = _HEAD_OF_REGION.match(part)
    if head:  # «Akmola region's akim X», «Kurgan Region Governor Y»: the region
        return head.group("region")
    mayor = _MAYOR.match(part)
    if mayor and not countries.whole_country(mayor.group("city")) and \
            not _REGION_WORD.search(mayor.group("city")):  # «Bishkek Mayor X», «Almaty Akim Y»
        return f"City of {mayor.group('city')}"
    town = _town_of_head(part, countries)
    if town:
        return town
    body = body_of(part, countries)
    if re.search(r"[а-яё]", part, re.I):
        return body
    post = english_post(part, countries)
    if body is None or post and body.split()[-1] == part.split()[-1] != post.split()[-1]:
        return post
    return body


def subject_parties(who: str, countries: CountryIndex, title: str = "",
                    said: str = "", other: str | None = None) -> list[str] | None:
    """The parties the subject of a signing (or of a meeting) names: «X и Y», «министры обороны
    Кыргызстана и Таджикистана», «Министр ... и его узбекский коллега»; None when not two.
    `other`: the side the words after the verb name («... signed three agreements with Y:»)."""
    states = _capitals_as_states(who, countries, f"{title} {said}")
    if states:  # «Бишкек и Ташкент подписали соглашение о ...»: the two countries
        return states
    regions = _REGIONS.search(who)
    if regions:  # «Иссык-Кульская и Алматинская области подписали»: each region
        one = {"области": "область", "районы": "район"}[regions.group("what").lower()]
        return [f"{a} {one}" for a in re.split(r",\s*|\s+и\s+", regions.group("names"))]
    heads = _HEADS_OF_TWO.search(who)
    if heads:  # «Руководители Ошской и Андижанской областей подписали»
        return [_first_upper(inflect_phrase(f"{heads.group(k)} {_ONE_REGION[heads.group('what')]}",
                                            case="gent")) for k in ("a", "b")]
    shared = shared_plural_head(who, countries)
    if shared:  # «торгово-промышленные палаты Пензенской области и Республики Мордовия»
        return shared
    ministers = _MINISTERS_OF.search(who)
    codes = [countries.whole_country(c) for c in re.split(r",\s*(?:and\s+)?|\s+and\s+",
                                                          ministers.group("states"))] \
        if ministers else []
    if len(codes) >= 2 and all(codes):  # «the energy ministers of A, B and C»: each ministry
        field = ministers.group("field") or ministers.group("of")
        field = _EN_AREAS.get(field.capitalize(), field.title().replace(" And ", " and "))
        return [f"Ministry of {field} of {english_name(c, countries, True)}" for c in codes]
    parts = [_country_said(p, countries) for p in split_signers(who, countries)]
    names = [_signer_body(p, countries) for p in parts]
    filled = [n or (company_name(p) if re.search(r"\band\s+%s|%s\s+and\b" % (
        re.escape(p), re.escape(p)), who) or k == len(parts) - 1 and re.match(
        r"\S+(?:\s+\S+){0,4}?\s+with\s+[A-Z]", said) else None) for k, (n, p) in enumerate(
        zip(names, parts))]  # «The Ministry of Energy and Masdar signed», «Uzbekneftegaz signed
    # an MoU with Lukoil»: a company by its name alone, when every side is named so (not
    # «Erdogan and his Kyrgyz counterpart ...»: people)
    if all(filled) and not any(COUNTERPART.match(p) for p in parts):
        names = filled
    while names and names[0] is None:  # «Кроме того, ОсОО ...»
        names.pop(0)
        parts.pop(0)
    if len(names) == 2 and names[0] and (names[1] is None or COUNTERPART.match(parts[1]) or
                                         countries.whole_country(parts[1]) is not None):
        names[1] = counterpart(parts[1], names[0], countries) or names[1]
    if len(names) == 1 and names[0]:
        names.append(_counterpart_with(f"{title} {said}", names[0], countries) or
                     _partner(title, countries) or partner(title, countries) or other or
                     _country_with(title, countries))
    if any(_A_SIDE.fullmatch(n) or n.casefold() in DEMONYMS for n in names if n):
        return None  # «The Kyrgyz side and the Korean side concluded ...»: who, said later
    return names if len(names) >= 2 and all(names) else None


# A document of towns: its capitals sign for themselves («Бишкек и Ташкент подписали соглашение
# о побратимстве», "Bishkek and Tashkent signed a sister-city agreement").
_OF_TOWNS = re.compile(r"побрат|город|муниципал|мэр|sister|twin|cit(?:y|ies)|municipal|mayor",
                       re.I)


def _capitals_as_states(who: str, countries: CountryIndex, said: str) -> list[str]:
    """«Киев и Лондон», "Tashkent and Bishkek" as the subject of a signing: the capitals of two or
    more countries stand for them (their names, read as any countries' are); [] when a part is
    no capital, two are of one country, or the document is one of towns."""
    parts = re.split(r"\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+", who.strip())
    codes = [capital_of(p) if re.fullmatch(r"[A-ZА-ЯЁ][\w-]+(?:\s[A-Z][a-z]+)?", p) else None
             for p in parts]
    if len(codes) < 2 or not all(codes) or len(set(codes)) < len(codes) or _OF_TOWNS.search(said):
        return []
    english = not re.search(r"[а-яё]", who, re.I)
    return [english_name(c, countries) if english else countries.official[c] for c in codes]


_WITH_COUNTRY = re.compile(r"\bwith\s+(?:the\s+)?(?:government\s+of\s+)?"
                           r"(?P<who>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*(?:$|[,;]|"
                           r"\s(?:on|in|for|to|concerning|regarding)\s)", re.I)


def _country_with(title: str, countries: CountryIndex) -> str | None:
    """«Agreement on visa-free travel with Kazakhstan», «... with the government of Tajikistan»
    (one of several a subject signed, each with its country): the country the name says it is
    signed with (its government signs an intergovernmental agreement: see context)."""
    m = _WITH_COUNTRY.search(title)
    return m.group("who") if m and m.group("who")[:1].isupper() and \
        countries.whole_country(m.group("who")) else None


# «the energy ministers of Kyrgyzstan, Kazakhstan and Uzbekistan», «the ministries of foreign
# affairs of A and B», «the youth ministries of A and B»: one ministry of each country.
_MINISTERS_OF = re.compile(r"(?:^|\s)(?:[Tt]he\s+)?(?:(?P<field>[a-z]+(?:\s+and\s+[a-z]+)?)\s+"
                           r"minist(?:ers|ries)|minist(?:ers|ries)\s+of\s+"
                           r"(?P<of>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}))\s+of\s+"
                           r"(?P<states>[A-Z][\w-]*(?:(?:,\s*|,?\s+and\s+)[A-Z][\w-]*)+)\s*$")
_A_SIDE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+)?(?:sides?|part(?:y|ies))")


def _country_said(part: str, countries: CountryIndex) -> str:
    """A part ending with a country's name in the nominative is that country, not a body of it
    (which would name it in the genitive): «В рамках заседания комиссии Таджикистан (и
    Кыргызстан подписали)» → «Таджикистан»."""
    found = countries.mentions(part)
    last = found[-1] if found else None
    if not last or not last.by_name or last.start == 0 or part[last.end:].strip() or \
            not re.fullmatch(r"[А-ЯЁ][а-яё]+", part[last.start:last.end]):
        return part
    readings = parses(part[last.start:last.end].lower())
    if readings and all(r.tag.case in ("nomn", "accs") for r in readings):
        return part[last.start:]
    return part


# «Masdar», «Uzbekneftegaz», «KazMunayGas», «ACWA Power», «Total Energies»: a company named by
# its name alone (not «Kudratov», «John Smith»: people).
_COMPANY_NAME = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")
_SURNAME = re.compile(r"(?:ov|ev|yev|ova|eva|in|ina|sky|skiy|enko|yan|uly|kyzy|zoda|zade)$")


def company_name(part: str) -> str | None:
    m = _COMPANY_NAME.fullmatch(part.strip(" ,"))
    tokens = m.group("name").split() if m else []
    if not tokens or len(tokens) == 1 and _SURNAME.search(tokens[0]) and \
            not re.search(r"[a-z][A-Z]", tokens[0]) or len(tokens) > 1 and \
            not any(t in _ORG_WORDS or t.isupper() for t in tokens):
        return None
    return m.group("name")


_BETWEEN_DASHES = re.compile(r"\s[–—]\s+(?P<who>[^–—]+?)\s+[–—]\s*$")
_HEADS_OF_TWO = re.compile(r"(?:^|\s)(?:[Рр]уководител\w+|[Гг]лав\w+|[Гг]убернатор\w+|[Хх]оким\w+|"
                           r"[Аа]ким\w*)\s+(?P<a>[А-ЯЁ][\w-]+(?:ой|ей))\s+и\s+"
                           r"(?P<b>[А-ЯЁ][\w-]+(?:ой|ей))\s+(?P<what>областей|районов|городов)\s*$")
_REGIONS = re.compile(r"(?:^|\s)(?P<names>[А-ЯЁ][\w-]+(?:ая|ий)(?:(?:,\s*|\s+и\s+)[А-ЯЁ][\w-]+"
                      r"(?:ая|ий))+)\s+(?P<what>области|районы)\s*$")
_ONE_REGION = {"областей": "области", "районов": "района", "городов": "города"}


def _first_upper(name: str) -> str:
    return name[:1].upper() + name[1:]
# «the European Investment Bank (EIB) ... also signed», «... today signed»
_ASIDES = re.compile(r"\s*\([^()]*\)|(?:\s+(?:today|also|yesterday|jointly|officially|formally|then|"
                     r"сегодня|также|вчера|накануне|совместно|официально|во?\s+(?:понедельник|"
                     r"вторник|среду|четверг|пятницу|субботу|воскресенье)))+\s*$|"
                     # «IDA, a member of the World Bank Group,»: what the body is, not a side
                     r",\s+(?:a|an|the)\s+(?:member|part|subsidiary|unit|arm|division)\s+of\s+"
                     r"[^,]+(?:,|$)", re.I)
# «Kazakhstan Temir Zholy, the national railway operator of Kazakhstan, and ...», «ADFD, the
# UAE's development aid agency,»: what a body is, said in small letters between commas.
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[A-Z][\w-]*['’]s\s+)?[a-z][^,;]*(?:,|$)")
_HONORIFIC_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|H\.\s?E)\.?\s+)+(?:[A-Z][a-z]+\s+){1,3}?"
                             r"[A-Z][a-z]+,\s*")
_SIGNED_BETWEEN = re.compile(r"\b(?:signed|inked|sealed|concluded|подписан\w*)\s+"
                             r"(?P<who>(?:between|между)\s+"
                             r"(?:[^.;]|(?<=\bCo)\.(?=,?\s*Ltd))+)", re.I)  # «Co., Ltd.» goes on


def passive_signers(words: str, countries: CountryIndex) -> list[str] | None:
    """«... was signed between Mr. A B, Ambassador of Japan, and the Minister of Foreign
    Affairs of X», «... signed between the JICA and the Government of X»: the bodies."""
    m = _SIGNED_BETWEEN.search(_HONORIFIC_NAME.sub("", words))
    if not m:
        return None
    who = _ENVOY.sub("", m.group("who"))
    who = re.sub(r"\s*\([^()]*\)", "", who).rstrip(" ,")
    bodies = _MINISTERS_OF.match(re.sub(r"^(?:between|между)\s+", "", who, flags=re.I))
    if bodies:  # «between the energy ministries of A, B and C»: each country's
        return subject_parties(bodies.group(), countries)
    found = find_parties(who, countries)
    if found is None:
        return None
    names = [n.strip(" ,") if n.rsplit(" ", 1)[-1].strip(".").lower() in _COMPANY_TAILS else
             body_of(n.strip(" ,"), countries) or n.strip(" ,") for n in found.names]
    return names if len(names) >= 2 else None


_WITNESSES = re.compile(r"(?:в\s+присутствии|при\s+участии|in\s+the\s+presence\s+of|"
                        r"witnessed\s+by)\s+", re.I)


# Witnesses named by their posts alone: «глав государств», «президентов двух стран», "the two
# presidents", "the heads of state".
_UNNAMED_WITNESSES = re.compile(
    r"(?:(?:глав|президентов|лидеров|премьер-министров|руководителей)\s+(?:двух\s+|обеих\s+|"
    r"обоих\s+)?(?:государств|стран|правительств)?|(?:the\s+)?(?:two\s+|both\s+)?(?:heads\s+of\s+"
    r"(?:state|government)|presidents|leaders|prime\s+ministers))(?:\s+(?:двух|обеих)\s+стран)?"
    r"\s*,?\s*(?=\S)", re.I)


def _without_witnesses(who: str) -> str:
    """«в присутствии председателя Кабинета министров Адылбека Касымалиева ОАО «А» и ...» →
    «ОАО «А» и ...»: the words up to the witness's name (two words naming a person)."""
    m = _WITNESSES.search(who)
    if not m:
        return who
    unnamed = _UNNAMED_WITNESSES.match(who, m.end())
    if unnamed:  # «в присутствии глав государств министр ... и министр ...»
        return (who[:m.start()] + who[unnamed.end():]).strip(" ,")
    tokens = _tokens(who[m.end():])
    for a, b in zip(tokens, tokens[1:]):
        if all(_person_word(t.group()) and not _PERSON_POST.fullmatch(t.group()) and
               t.group().lower() not in ("prime", "foreign", "deputy") for t in (a, b)):
            return (who[:m.start()] + who[m.end() + b.end():]).strip(" ,")
    for t in tokens:  # «в присутствии глав правительств ОАО «Айыл Банк» и ...»: no name
        if t.group() in COMPANY_FORMS or t.group()[:1] == "«":
            return (who[:m.start()] + who[m.end() + t.start():]).strip(" ,")
    return who


def _ends_with_country(text: str, countries: CountryIndex) -> bool:
    named = [m for m in countries.mentions(text) if m.by_name]
    return bool(named) and not text[named[-1].end:].strip(" ,")


def counterpart(part: str, first: str, countries: CountryIndex) -> str | None:
    """The body of the first party, of the other country: «его турецкий коллега»; «главы МИД
    Кыргызстана и Туркменистана» (the second party said by its country alone)."""
    m = COUNTERPART.match(part.strip())
    if m:
        said = m.group("adj").capitalize() if m.group("adj") else m.group("from")
        theirs = [x.code for x in countries.mentions(said)]
    else:
        theirs = [countries.whole_country(part)] if countries.whole_country(part) else []
    ours = [x for x in countries.mentions(first) if x.by_name]
    if m and theirs and not ours and body_kind(first, countries) in ("ministry", "government"):
        return first + (f" {inflect_phrase(countries.official[theirs[0]], 'gent')}" if re.search(
            r"[а-яё]", first, re.I) else f" of {english_name(theirs[0], countries, True)}")
        # «Minister of Health X and his Turkish counterpart Y»: the same ministry of Türkiye
    if not theirs or not ours or (not m and ours[-1].start == 0):  # a state: as it is
        return None
    code, at = theirs[0], ours[-1]
    if re.search(r"[а-яё]", first, re.I):
        name = inflect_phrase(countries.official[code], "gent")
    else:
        name = english_name(code, countries, at.start > 0)  # «of the Kyrgyz Republic», «of
        if first[max(0, at.start - 4):at.start].lower() == "the ":  # Turkmenistan»; a state
            return first[:at.start - 4] + name + first[at.end:]  # alone without its article
    return first[:at.start] + name + first[at.end:]


_WITH_COUNTERPART = re.compile(r"\bwith\s+(?P<who>(?:its|his|her|their)\s+[A-Z][\w-]+\s+"
                               r"counterparts?)\b")


def _counterpart_with(said: str, first: str, countries: CountryIndex) -> str | None:
    """«a memorandum with its Turkmen counterpart»: the first party's body of that country."""
    m = _WITH_COUNTERPART.search(said)
    return counterpart(m.group("who"), first, countries) if m else None


def _begins_body(words: str, countries: CountryIndex) -> bool:
    """«министр ...», «китайская компания ...»: a body or a signer after a few adjectives."""
    if _ROLE_RU.match(words):  # «первый вице-мэр города ...», «заместитель министра ...»
        return True
    for word in words.split(" ")[:4]:
        if _starts_body(word, countries):
            return True
        readings = parses(word.lower())
        if not readings or readings[0].tag.POS != "ADJF":
            return False
    return False


# Words that open an English sentence before its subject: «Meanwhile,», «In addition,», «On
# Monday,» (before «the ...»).
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]+(?:\s+\w+){0,3},\s+(?=the\s)")


# «Ivan Petrov, the President of A, and Kubanych Osmonov, professor and the Chairman of B»:
# each signer's name, then the post of the body they signed for.
_PERSON = r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
_NAME_THEN_POST = re.compile(r"(?:[A-Z][a-z]+\s+)?" + _PERSON + r",\s+(?P<a>[^,]+\s+of\s+[^,]+),"
                             r"\s+and\s+" + _PERSON + r",\s+(?P<b>[^,]+\s+of\s+[^,]+?),?")


def split_signers(who: str, countries: CountryIndex) -> list[str]:
    """«X, Y и Z» at the commas and «и» that begin a new body («Министерство образования и
    науки КР» stays whole); in English at «, the» and «and the»."""
    if not re.search(r"[а-яё]", who, re.I):
        posts = _NAME_THEN_POST.fullmatch(who.strip())
        if posts and all(_EN_ROLE.search(posts.group(k)) for k in ("a", "b")):
            return [posts.group("a"), posts.group("b")]  # «X, the Rector of A, and Y, the
            # President of B»: the bodies of their posts
        lead = _SENTENCE_ADVERB.match(who.strip())  # «Meanwhile, the Ministry ... and ...»
        if lead and not countries.mentions(lead.group()):
            who = who.strip()[lead.end():]
        found = find_parties("between " + who.strip(), countries)
        return found.names if found else [who]
    parts, start = [], 0
    for sep in _SPLIT.finditer(who):
        if sep.group().strip().lower() == "and":
            continue  # «компания China Road and Bridge Corporation»: a Latin name in Russian
        following = who[sep.end():].split(" ", 1)[0]
        if following.strip(".").lower() in _COMPANY_TAILS:  # «Huawei Technologies Co., Ltd.»
            continue
        if _adjective_only(who[start:sep.start()]) and sep.group().strip() == "и":
            continue  # «Продовольственная и сельскохозяйственная организация ООН»: one name
        if following and (following[:1].isupper() or _begins_body(who[sep.end():], countries)
                          or COUNTERPART.match(who[sep.end():])):
            parts.append(who[start:sep.start()])
            start = sep.end()
    parts.append(who[start:])
    return [p for p in (x.strip(" ,") for x in parts) if p]


def _adjective_only(words: str) -> bool:
    """«Продовольственная»: a word that only describes the body named after «и»."""
    tokens = words.split()
    return len(tokens) == 1 and re.fullmatch(r"[А-ЯЁа-яё-]+", tokens[0]) is not None and all(
        p.tag.POS == "ADJF" for p in parses(tokens[0].lower())[:1])


_EN_ROLE = re.compile(r"\b(?P<role>(?:Deputy\s+)?Prime\s+Minister|Minister|Ambassador|"
                      r"[Vv]ice[- ][Pp]resident|President|Chairman|Chairperson|Chief\s+Executive\s+"
                      r"Officer|CEO|[Dd]irector(?:[- ][Gg]eneral)?|Governor|[Rr]ector|Head|"
                      r"Secretary[- ]General|Representative|Manager|[Cc]hief\s+executive|"
                      r"[Cc]hairman|[Pp]resident)\b")  # («Bishkekteploset director general X»)
# The words of a post before its head word: «EBRD Managing Director», «ADB Country Director»,
# «WHO Regional Director», «UNDP Resident Representative» (the body is the words before them).
_POST_WORDS = re.compile(r"(?:\s+(?:Managing|Country|Regional|Executive|General|Deputy|First|"
                         r"Acting|Resident|Permanent|Senior|Chief|Vice|Area|Division))+$")
# A deputy's or an acting minister's rank, before the field of the ministry he signs for.
_RANK = re.compile(r"(?<![\w-])(?:(?:First|Acting)\s+)*(?:Deputy|Vice)(?:-|\s+)|"
                   r"(?<![\w-])Acting\s+")
_EN_AREAS = {"Foreign": "Foreign Affairs", "Interior": "Internal Affairs", "Home": "Internal Affairs"}


def english_post(part: str, countries: CountryIndex) -> str | None:
    """A signer named by a post put before the name: «Kyrgyz Economy Minister Arzybek Kojoshev»
    → «Ministry of Economy of the Kyrgyz Republic»; «German Ambassador to Kyrgyzstan Peter
    Scholz» → the German government; «EBRD Vice-President Matteo Patrone» → «EBRD»."""
    m = _EN_ROLE.search(part)
    if not m or re.search(r"\bof\b", part[m.end():m.end() + 5]):
        return None  # «Minister of ... of X» is body_of's
    before = re.sub(r"^(?:the|his|her|their)\s+", "", part[:m.start()].strip(), flags=re.I)
    before = _POST_WORDS.sub("", before)
    if m.group("role") == "Minister":  # «Kyrgyz Deputy Foreign Minister X»: the ministry
        before = _RANK.sub("", before)
    words = before.split()
    said = countries.mentions(words[0]) if words else []
    code = said[0].code if said and said[0].start == 0 else None
    if words and words[0].endswith("'s"):  # «Kyrgyzstan's Economy Minister»
        code = countries.whole_country(words[0][:-2])
    if code is None and before.endswith("'s"):
        code = countries.whole_country(before[:-2])
    role = m.group("role").lower()
    if role == "minister":
        area = " ".join(words[1:] if code else words)
        if not area:
            return None
        area = _EN_AREAS.get(area, area)
        return f"Ministry of {area}" + (f" of {english_name(code, countries, True)}"
                                        if code else "")
    if "prime minister" in role or role == "ambassador":
        return government_name(code, countries, english=True) if code else None
    if role == "president":
        return english_name(code, countries) if code and len(words) == 1 else \
            (" ".join(words) if words else None)
    return " ".join(words) if words and not code else None
