"""The words that name a document, in Russian, English and Kyrgyz, in any case and number
(«соглашение», «меморандумы о взаимопонимании», «MoUs», «Решение», «Exchange notes»), and the
kind of the registry's vocabulary a title names."""

from __future__ import annotations

import re
from functools import lru_cache

from .morphology import morph

_ADJ = (r"(?:(?:межправительственн|межгосударственн|межведомственн|рамочн|двусторонн|"
        r"многосторонн|дополнительн|совместн|инвестиционн|кредитн|грантов|генеральн|"
        r"торгов|финансов|стратегическ)[а-яё]*\s+)*")
# Where a document is named: its kind word (with the adjectives before it), any case.
DOCUMENT_RU = re.compile(
    r"(?<![\w-])" + _ADJ + r"(?:соглашени[еяюйемих]{0,3}|меморандум[а-я]{0,3}|"
    r"протокол(?:а|у|ом|е|ы|ов|ам)?|договор(?:а|у|ом|е|ы|ов|ам)?|конвенци[яиюейм]{1,2}|"
    r"дорожн[а-я]{2,3}\s+карт[а-я]{0,2}|"
    # (not the UN's agencies: «Программа развития ООН», «Всемирная продовольственная программа»)
    r"(?<!продовольственная )(?<!продовольственной )(?<!продовольственную )"
    r"программ[а-я]{0,3}(?!\s+(?:развития\s+|ООН\s+|по\s+[а-яё]+\s+)?(?:ООН|Организации\s+"
    r"Объединенных))|"
    r"(?:рабоч\w+\s+|комплексн\w+\s+)?"
    r"план(?:а|ом|ы)?\s+(?:(?:[а-яё]+(?:ых|их)\s+){0,2}(?:мероприятий|действий|мер)|консультаций|"
    r"сотрудничества|основных\s+мероприятий|практических\s+мер|работы|реализации|"
    r"по\s+(?:реализации|развитию|сотрудничеству|выполнению))|"
    r"совместн[а-я]{2,3}\s+(?:заявлени[а-я]{1,2}|коммюнике)|декларац[а-я]{2,3}|"
    r"обмен[а-я]{0,2}\s+нотами|(?<=обменялись )нотами|контракт[а-я]{0,2}|"
    r"письм[а-я]{1,2}(?=\s+о\s+(?!том\b|чем\b|необходимост)[а-яё])|"  # «письмо о грантовой помощи»
    r"заявлени[еяюй]{1,2}\s+о\s+намерени[а-я]{1,2}|"
    r"(?:совместн|итогов|[А-ЯЁ][а-яё]+ск)[а-яё]{2,3}\s+коммюнике|"  # «Бишкекское коммюнике»
    r"(?<![.!?]\s)(?-i:Решени[еяю]|Решением)|решения(?=\s+[«\"])|"  # «и Решение о ...»
    # «подписано решение Межгосударственного совета «Об ...»», «одобрили решение о Концепции
    # ...»: a council's decision or one with a title (not «приняли решение о создании ...»)
    r"(?-i:решение)(?=\s+(?:(?:[а-яё-]+(?:ого|его)\s+){0,3}(?-i:[Сс]овета|[Кк]омиссии)\s|"
    r"[«\"](?-i:Об?)\s|об?\s+(?-i:[А-ЯЁ])))|"
    r"(?-i:(?:Концепци|Харти)(?:я|и|ю|ей))(?=\s+[а-яё])|"  # «одобрить Концепцию ...»
    r"(?-i:Устав(?:а|у|ом|е)?)(?=\s+[А-ЯЁа-яё«])|(?-i:Коммюнике)|"  # «Устав Центра», «Коммюнике»
    r"(?-i:Заявлени[еяю])(?=\s+(?:глав|министров|лидеров|президентов|о|об)\s)|"
    r"обменн\w+\s+нот\w*|ноты(?=\s+(?:[—–-]\s+)?(?:по|о|об)\s)|"
    # «подписали документ о взаимодействии ведомств»: a document named by its subject alone (not
    # «документ об этом», nor «документы о ...», which sum up)
    r"документ(?=\s+(?:о|об)\s+(?!том\b|чем\b|этом\b|нем\b|ней\b|них\b)[а-яё]))"
    r"(?![\w-])",
    re.I)
_ADJ_EN = (r"(?:(?:intergovernmental|interstate|interagency|framework|bilateral|multilateral|"
           r"additional|joint|investment|loan|grant|general|strategic|"
           # «an amending protocol»; not «a protocol amending agreement ...»
           r"(?<!protocol )(?<!agreement )(?<!treaty )(?<!memorandum )(?<!convention )amending)"
           r"\s+)*")
DOCUMENT_EN = re.compile(
    r"\b" + _ADJ_EN +
    # (misspelt as well: «aggreement», «memorandun»)
    r"(?:ag{1,2}re{1,2}m[ae]nts?|memor[ae]nd(?:ums?|uns?|a)|protocols?|treat(?:y|ies)|conventions?|"
    r"road[\s-]?maps?|"
    r"programmes?|programs?|(?<=cooperation )plans?|(?<=implementation )plans?|"
    r"(?<=partnership )plans?|(?<=cooperation )strateg(?:y|ies)|(?<=partnership )strateg(?:y|ies)|"
    r"(?<=exchange )plans?|(?<=cooperation )document(?!s)|(?<=partnership )document(?!s)|(?:action |work )?plans?(?= of (?:consultations|action|"
    r"cooperation|activities|measures|events|joint)| for \d{4}| for the (?:implementation|"
    r"development) of)|action plans?|work plans?|"
    # «a plan on cooperation between ...», «a plan on joint actions against ...»
    r"plans?(?= on (?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cooperation|actions?|activities|measures|"
    r"events|consultations|interaction|implementation|partnership)\b)|"
    r"joint statements?|joint communiqu[ée]s?|"
    r"declarations?|exchange of (?:notes|letters)|(?<=exchanged )(?:notes|letters)|contracts?|"
    r"letters? of (?:intent|understanding)|statements? of intent(?:ions?)?|project documents?|"
    r"mous?|(?-i:Charter)(?=\s+of\s)|deals?(?=\s+(?:on|for|between)\s)|"
    # «an accord on ...», «a pact on ...» (not «in accord with», nor a bare «The accord was signed
    # ...», which speaks of a document named otherwise), «the minutes of the ... meeting»
    r"(?<!\bin\s)(?<!\bown\s)(?:accords?|pacts?)(?=\s+(?:on|in|for|between|to)\s)|"
    r"minutes(?=\s+of\s)|"
    # «an Addendum (No. 1) to the Memorandum ...», «a supplement to the agreement ...»
    r"(?:addend(?:um|a)|supplements?)(?=(?:\s+No\.?\s*\d+)?\s+to\s+(?:the\s+)?(?:\d{4}\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|treaty|convention|protocol|memorandum|contract)\b)|"
    r"(?-i:Decisions?)(?=\s+(?:of|on|to)\s)|exchange\s+(?:notes|letters?)|"
    # «signed amendments (an amendment) to the Agreement ... of 2015»: the document
    r"amendments?(?:\s+and\s+(?:additions|supplements))?(?:\s+No\.?\s*\d+)?"
    r"(?=\s+(?:to|in|into)\s+(?:the\s+)?"
    r"(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|treaty|convention|protocol|memorandum|"
    r"charter|statute)\b))\b", re.I)
DOCUMENT_KY = re.compile(
    r"(?<![\w-])(?:макулдашуу(?:су|лар|ну)?|келишим(?:и|дер)?|меморандум(?:у|дар)?|"
    r"протокол(?:у|дор)?|жол карта(?:сы)?|программа(?:сы)?|биргелешкен билдирүү|"
    r"декларация(?:сы)?)(?![\w-])", re.I)

# (pattern on the title from its start, kind); first match wins.
_KINDS = [
    (_ADJ + r"меморандум[а-я]*\s+(?:о|об)\s+(?:[а-яё]+\s+)?взаимопонимани",
     "memorandum_of_understanding"),
    (_ADJ + r"меморандум[а-я]*\s+(?:о|об)\s+(?:[а-яё]+\s+)?сотрудничеств",
     "memorandum_of_cooperation"),
    (_ADJ + r"(?:соглашени|протокол|письм|заявлени)[а-я]*\s+о\s+намерени", "agreement_of_intent"),
    (_ADJ + r"меморандум", "memorandum"),
    (_ADJ + r"соглашени", "agreement"),
    (_ADJ + r"протокол", "protocol"),
    # a contract between companies or a twinning of towns: «Договор о поставках ...», «Договор о
    # строительстве завода», «Договор о побратимстве между Душанбе и Ашхабадом»
    (r"договор[а-я]*\s+(?:о|об)\s+(?:[а-яё]+\s+)?(?:поставк|закупк|купл|аренд|подряд|"
     r"строительств|оказани|побратим)", "other"),
    (_ADJ + r"договор", "treaty"),
    (_ADJ + r"конвенци", "convention"),
    (r"дорожн", "roadmap"),
    (_ADJ + r"(?:(?:рабоч|комплексн)[а-яё]*\s+)?(?:программ|план)", "programme"),
    (r"совместн[а-я]+\s+(?:заявлени|коммюнике)", "joint_statement"),
    (_ADJ + r"декларац", "declaration"),
    (r"обмен[а-я]*\s+нотами|обменн\w+\s+нот|ноты\s", "exchange_of_notes"),
    (r"заявлени|(?:[а-яё]+\s+)?коммюнике", "joint_statement"),
    (_ADJ_EN + r"memor[ae]nd(?:um|un|a)\s+of\s+unde?rs?t\w*|mous?\b",
     "memorandum_of_understanding"),
    (_ADJ_EN + r"memor[ae]nd(?:um|un|a)\s+(?:of|on)\s+cooperation", "memorandum_of_cooperation"),
    (r"letters?\s+of\s+understanding", "memorandum_of_understanding"),
    (_ADJ_EN + r"(?:(?:agreements?|letters?|protocols?|memorand(?:um|a)|declarations?|"
     r"statements?)\s+of\s+"
     r"intent(?:ions?)?)", "agreement_of_intent"),  # as «протокол о намерениях»
    (_ADJ_EN + r"memor[ae]nd", "memorandum"),
    (_ADJ_EN + r"(?:ag{1,2}re{1,2}m[ae]nt|accord|pact|deal)", "agreement"),
    (r"minutes\b", "protocol"),  # «the minutes of the commission's meeting»: its protocol
    # «Amendments to the Agreement ...»: what a protocol makes
    (r"amendments?\b|addend(?:um|a)\b|supplements?\b", "protocol"),
    (_ADJ_EN + r"protocol", "protocol"),
    (_ADJ_EN + r"treat", "treaty"),
    (_ADJ_EN + r"convention", "convention"),
    (r"road[\s-]?map", "roadmap"),
    (_ADJ_EN + r"(?:programme|program|action plan|work plan|plan)", "programme"),
    (r"joint (?:statement|communiqu)", "joint_statement"),
    (_ADJ_EN + r"declaration", "declaration"),
    (r"exchange (?:of )?(?:notes|letters?)", "exchange_of_notes"),
]
_KINDS = [(re.compile(p, re.I), k) for p, k in _KINDS]
_KY_KINDS = [  # Kyrgyz names end with their kind
    (r"өз ара түшүнүшүү жөнүндө меморандум\w*$", "memorandum_of_understanding"),
    (r"кызматташтык жөнүндө меморандум\w*$", "memorandum_of_cooperation"),
    (r"ниет\w* жөнүндө (?:макулдашуу|меморандум)\w*$", "agreement_of_intent"),
    (r"түшүнүшүү\s+меморандум\w*$", "memorandum_of_understanding"),
    (r"меморандум\w*$", "memorandum_of_understanding"), (r"макулдашуу\w*$", "agreement"),
    (r"келишим\w*$", "treaty"), (r"протокол\w*$", "protocol"), (r"жол картасы$", "roadmap"),
    (r"программа\w*$", "programme"), (r"биргелешкен билдирүү$", "joint_statement"),
    (r"декларация\w*$", "declaration"),
]
_KY_KINDS = [(re.compile(p, re.I), k) for p, k in _KY_KINDS]
# The Russian kind words a report may misspell («Мемарандум», «соглашене», «протакол»).
_KIND_LEMMAS = ("меморандум", "соглашение", "протокол", "декларация", "договор", "конвенция")
_LONG_WORD = re.compile(r"(?<![\w-])[А-Яа-яЁё]{7,}(?![\w-])")


@lru_cache(maxsize=1)
def _kind_forms() -> dict[int, list[str]]:
    """Every form of the Russian kind words, by length."""
    forms: dict[int, list[str]] = {}
    for word in _KIND_LEMMAS:
        for form in {f.word for f in morph().parse(word)[0].lexeme} - {""}:
            if "ь" in form:  # («соглашенье»)
                continue
            forms.setdefault(len(form), []).append(form)
    return forms


def _one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter after the first changed, added or dropped, or two
    letters after it swapped."""
    if a == b or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if len(a) != len(b):
        return a[i:] == b[i + 1:] or a[i + 1:] == b[i:]
    return a[i + 1:] == b[i + 1:] or a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i + 1:i - 1:-1]


def respelled(text: str) -> str:
    """The text with a misspelt kind word a dictionary does not know written right
    («Подписан Мемарандум о ...» → «Меморандум»)."""
    def fixed(m: re.Match) -> str:
        word = m.group()
        low = word.lower()
        if morph().word_is_known(low):
            return word
        for n in (len(low) - 1, len(low), len(low) + 1):
            right = next((f for f in _kind_forms().get(n, []) if _one_edit(low, f)), None)
            if right:
                return (right[:1].upper() if word[:1].isupper() else right[:1]) + right[1:]
        return word
    return _LONG_WORD.sub(fixed, text)


def kind_of(title: str) -> str:
    low = " ".join(title.split())
    for pattern, kind in _KY_KINDS:
        if pattern.search(low) and not DOCUMENT_RU.match(low):
            return kind
    first = DOCUMENT_RU.search(low) or DOCUMENT_EN.search(low)
    words_before = 6 if re.match(r"[A-Za-z]", low) else 3  # «Enhanced Partnership ... Agreement»
    if first and len(low[:first.start()].split()) <= words_before:  # «Астанинская декларация»
        low = low[first.start():]
        head = DOCUMENT_EN.match(low, first.end() - first.start() + 1)
        if head and low[first.end() - first.start()] == " ":  # «Mevlana Exchange Program
            low = low[head.start():]  # Protocol»: the last of two kind words is the head
    for pattern, kind in _KINDS:
        if pattern.match(low):
            if kind == "memorandum":  # «Меморандум о ...», «Memorandum on ...»: of cooperation
                return ("memorandum_of_understanding" if re.search(
                    r"взаимопониман|намерени|understanding", low, re.I)
                    else "memorandum_of_cooperation")
            return kind
    return "other"


# «... о туризме 4 апреля 2023 года в Астане», «... 3 мая»: a day (or days) and month closing the
# words of a name, the place after them.
_DATE_AFTER_NAME = re.compile(
    r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|"
    r"сентября|октября|ноября|декабря)(?:\s+(?:19|20)\d{2}(?:\s*(?:года|г\.?))?)?"
    r"(?:\s+в\s+(?:г\.\s*|городе\s+)?[А-ЯЁ][\w-]+)?\s*[.,;]?\s*")


def dates_the_signing(text: str, start: int, at: int, end: int) -> bool:
    """Whether the date at `at` closes the words of the one document named from `start` to `end`
    («подписали соглашение о туризме 4 апреля 2023 года в Астане»): the signing's date, not part
    of the name (not «... от 3 мая 2010 года», nor the amended instrument's in «Протокол о
    внесении изменений в Соглашение ... 3 мая 2010 года»)."""
    return text[at - 1:at].isspace() and not re.search(r"\sот\s$", text[max(0, at - 4):at]) \
        and _DATE_AFTER_NAME.fullmatch(text, at, end) is not None \
        and len(DOCUMENT_RU.findall(text, start, at)) == 1
