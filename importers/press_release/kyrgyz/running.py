"""Documents named in Kyrgyz running text: «... Кыргыз Республикасынын Министрлер Кабинети менен
Казакстан Республикасынын Өкмөтүнүн ортосундагы туризм тармагындагы кызматташтык жөнүндө
макулдашууга кол коюшту». The name ends with its kind word, in whatever case the verb wants
(«макулдашууга», «меморандумду»); it begins with the first party, before «ортосундагы»."""

from __future__ import annotations

import re

_KIND = re.compile(
    r"(?<![\w-])(?P<kind>макулдашуу|келишим|меморандум|протокол|программа|декларация|"
    r"жол карта|биргелешкен билдирүү)(?P<ending>сынын|сына|сын|сы|на|не|га|ге|ка|ке|го|гө|ко|"
    r"кө|нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн|ну|нү|ны|ни|ду|дү|ды|ди|ту|тү|ты|ти)?"
    r"(?![\w-])", re.I)  # «келишимге», «келишимдин ратификациялык грамоталары»
_BETWEEN = re.compile(r"\s(?:ортосундагы|ортосунда)\s", re.I)
_POSSESSIVE = {"программа", "жол карта"}  # named «кызматташтык программасы»


def names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(where a name starts, where its kind word ends, the name in the nominative) in the
    sentence text[start:end]."""
    out = []
    position = start
    for kind in _KIND.finditer(text, start, end):
        between = [m for m in _BETWEEN.finditer(text, position, kind.start())]
        if not between:
            continue
        lead = text[position:between[0].start()]
        cut = [m.end() for m in re.finditer(r"кол\s+коюл\w*|кол\s+кой\w*|[,:;—–]", lead)]
        start = cut[-1] if cut else 0  # «... Бишкекте кол коюлган Кыргыз Республикасы менен»
        first = re.search(r"(?<=\s)[А-ЯЁӨҮҢ]", lead[start:]) if start else \
            re.search(r"(?<=\s)[А-ЯЁӨҮҢ]", lead)
        if first is None:
            continue
        begin = position + start + first.start()
        word = kind.group("kind")
        nominative = word + ("сы" if word.lower() in _POSSESSIVE else "")
        out.append((begin, kind.end(), text[begin:kind.start()] + nominative))
        position = kind.end()
    return out


_AREA = re.compile(r"^(?P<rest>.+?)\s+(?:тармагындагы|тармактарындагы|чөйрөсүндөгү|жаатындагы|"
                   r"багытындагы|маселелери\s+боюнча)(?=\s|$)", re.I)
_ABOUT = re.compile(r"^(?P<rest>.+?)\s+жөнүндө$", re.I)
_EMPTY_TOPICS = {"кызматташтык", "өз ара түшүнүшүү", "өз ара аракеттенүү", "ниет",
                 "өнөктөштүк"}


def subject(title: str) -> str | None:
    """What a document named in Kyrgyz is about, or None when the name is not Kyrgyz:
    «… ортосундагы туризм тармагындагы кызматташтык жөнүндө макулдашуу» → «туризм»,
    «… ортосундагы эл аралык автомобиль каттамдары жөнүндө макулдашуу» → «эл аралык автомобиль
    каттамдары»; «… кызматташтык жөнүндө» says nothing. Kyrgyz puts the topic in the nominative
    before «жөнүндө», so it is taken as written."""
    kinds = list(_KIND.finditer(title))
    between = list(_BETWEEN.finditer(title))
    if not kinds or not (between or re.search(r"\sжөнүндө\s", title, re.I)):
        return None
    head = title[between[-1].end() if between else 0:kinds[-1].start()].strip(" ,.")
    area = _AREA.search(head)
    if area is not None:
        return area.group("rest")
    about = _ABOUT.search(head)
    if about is not None and about.group("rest").lower() not in _EMPTY_TOPICS:
        return about.group("rest")
    return ""
