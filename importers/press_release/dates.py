"""Dates written in Russian, English and Kyrgyz texts: «20 июня 2017 года», «от 12.03.2009»,
«June 20, 2017», «2017-жылдын 20-июнундагы», a month and year, a year alone. Each is kept with
its precision; a day or month without a year takes the year of a reference date. A range of
days («11–12 октября 2022 года», «с 3 по 5 июня», «June 3-5, 2024», «30 июня – 2 июля») is one
date: what its days share (the month, or the year), with its first and last day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_RU_MONTHS = tuple(f"(?:{stem}|{short}(?![а-яөүң])\\.?)" if short else stem
                   for stem, short in (  # the stem, and the short form «05 апр 2024», «31 мар»
    ("январ", "янв"), ("феврал", "фев"), ("март", "мар"), ("апрел", "апр"), ("ма[йяе]", ""),
    ("июн", ""), ("июл", ""), ("август", "авг"), ("сентябр", "сент?"), ("октябр", "окт"),
    ("ноябр", "ноя"), ("декабр", "дек")))
_EN_MONTHS = ("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?",
              "july?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?",
              "dec(?:ember)?")
_RU_MONTH = "(?P<month>" + "|".join(f"{m}" for m in _RU_MONTHS) + r")[а-яөүң]*"
_EN_MONTH = r"(?P<month>" + "|".join(_EN_MONTHS) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)"
_RU_YEAR_WORD = r"(?:\s*(?:-го|года|году|год|гг?\.|г\b|-жыл[а-яөүң]*))?"

_THROUGH = r"\s*(?:[–—-]|по|до|to|until|through|till)\s*"
_RU_MONTH2 = _RU_MONTH.replace("?P<month>", "?P<month2>")
_EN_MONTH2 = _EN_MONTH.replace("?P<month>", "?P<month2>")
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_ORDINAL = r"(?:st|nd|rd|th)?"
# Ranges of days, tried before single dates: their first day, the last (`day2`), the month of
# the last (`month2`) where it is another.
_RANGES = [
    # «11–12 октября 2022 года», «с 3 по 5 июня», «30 июня – 2 июля 2024 года»
    re.compile(r"(?<![\w.-])(?:с\s+)?" + _DAY + r"(?:-го)?(?:\s+" + _RU_MONTH + r")?" + _THROUGH
               + _DAY2 + r"(?:-го)?\s+" + _RU_MONTH2 + r"(?:[,\s]+" + _YEAR + ")?" + _RU_YEAR_WORD,
               re.I),
    # «18-19 July 2024», «from 3 to 5 June», «30 June – 2 July»
    re.compile(r"(?<![\w.-])" + _DAY + _ORDINAL + r"(?:\s+(?:of\s+)?" + _EN_MONTH + r")?"
               + _THROUGH + _DAY2 + _ORDINAL + r"\s+(?:of\s+)?" + _EN_MONTH2 + r"(?:,?\s+" + _YEAR
               + r")?\b", re.I),
    # «June 3-5, 2024», «June 30 – July 2»
    re.compile(r"\b" + _EN_MONTH + r"\s+" + _DAY + _ORDINAL + _THROUGH + r"(?:" + _EN_MONTH2
               + r"\s+)?" + _DAY2 + _ORDINAL + r"(?:,?\s+" + _YEAR + r")?\b", re.I),
]

# (regex, precision); tried in this order, earlier matches win where they overlap.
_PATTERNS = [
    (re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"), "day"),
    (re.compile(r"\b" + _DAY + r"\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d{2}|\d{2})\b"
                + _RU_YEAR_WORD), "day"),
    (re.compile(r"\b" + _DAY + r"/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d{2})\b"), "day"),
    # «2022-жылдын 11–12-октябрында», «24–27-августта»: some day of that month.
    (re.compile(r"(?:" + _YEAR + r"-жыл[а-яөүң]*\s+)?" + _DAY + r"\s*[–—-]\s*\d{1,2}-"
                + _RU_MONTH, re.I), "month"),
    (re.compile(_YEAR + r"-жыл[а-яөүң]*\s+" + _DAY + "-" + _RU_MONTH, re.I), "day"),
    (re.compile(_YEAR + r"-жыл[а-яөүң]*\s+" + _RU_MONTH, re.I), "month"),  # «... декабрында»
    (re.compile(r"\b" + _DAY + r"(?:-го|-)?\s*" + _RU_MONTH + r"(?:[,\s]+" + _YEAR + ")?"
                + _RU_YEAR_WORD, re.I), "day"),
    (re.compile(r"\b" + _DAY + r"(?:st|nd|rd|th)?,?\s+(?:of\s+)?" + _EN_MONTH + r"(?:,?\s+"
                + _YEAR + r")?\b", re.I), "day"),  # («Friday, 22, December, 2023»)
    (re.compile(r"\b" + _EN_MONTH + r"\s+" + _DAY + r"(?:st|nd|rd|th)?(?:,?\s+" + _YEAR
                + r")?\b", re.I), "day"),
    (re.compile(r"(?<![\w-])" + _RU_MONTH + r"\s+" + _YEAR + _RU_YEAR_WORD, re.I), "month"),
    (re.compile(r"\b" + _EN_MONTH + r",?\s+" + _YEAR + r"\b", re.I), "month"),
    (re.compile(r"\b" + _YEAR + r"(?:\s*(?:-го|года|году|год|гг?\.|г\b)|-жыл[а-яөүң]*)",
                re.I), "year"),
    (re.compile(r"(?:(?<=\bin )|(?<=\bof )|(?<=\bsince ))" + _YEAR + r"\b", re.I), "year"),
]
_SAME_DAY = (r"(?P<same>earlier\s+(?:in\s+the\s+day|today)|later\s+(?:in\s+the\s+day|today)|"
             r"this\s+(?:morning|afternoon|evening)|в\s+этот\s+день|этим\s+утром)")
_RELATIVE = {"сегодня": 0, "today": 0, "бүгүн": 0, "вчера": -1, "накануне": -1,
             "yesterday": -1, "кечээ": -1}


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: date
    precision: str  # day | month | year
    first: date | None = None  # a range of days: its first and last day (value and
    last: date | None = None  # precision: what they share, the month or the year)

    def days(self) -> tuple[date, date] | None:
        """The first and last day it names (the same for one day); None for a month or a
        year."""
        if self.first is not None and self.last is not None:
            return self.first, self.last
        return (self.value, self.value) if self.precision == "day" else None

    def iso(self) -> str:
        return partial_iso(self.value, self.precision)


def partial_iso(value: date | None, precision: str = "day") -> str | None:
    """2017-06-20, 2017-06 or 2017: only what the text said."""
    if value is None:
        return None
    return {"year": f"{value.year:04d}", "month": f"{value.year:04d}-{value.month:02d}"}.get(
        precision, value.isoformat())


def _month(text: str, english: bool) -> int | None:
    for n, pattern in enumerate(_EN_MONTHS if english else _RU_MONTHS, 1):
        if re.match(pattern, text.lower()):
            return n
    return None


def _build(m: re.Match, precision: str, reference: date | None) -> date | None:
    groups = m.groupdict()
    english = bool(re.search(r"[a-z]", groups.get("month") or "", re.I))
    raw_month = groups.get("month")
    month = 1
    if raw_month:
        month = int(raw_month) if raw_month.isdigit() else _month(raw_month, english)
    year_text = groups.get("year")
    day = int(groups["day"]) if groups.get("day") else 1
    year = _year_of(year_text, reference)
    if year is None:
        return None
    try:
        value = date(year, month or 0, day)
    except ValueError:
        return None
    if not year_text and reference is not None and value > reference:
        value = value.replace(year=year - 1)  # «26 ноября» in a January report: last year
    return value


def _year_of(year_text: str | None, reference: date | None) -> int | None:
    """The year a date writes («2025»; «25», «98»: of this century up to the reference's year,
    else of the last), else the reference's; None without either."""
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000 if reference is None or year <= reference.year % 100 else 1900
        return year
    return reference.year if reference is not None else None


def _build_range(m: re.Match, reference: date | None) -> FoundDate | None:
    """A range of days as one date: its shared month (or year), its first and last day."""
    groups = m.groupdict()
    names = [groups.get("month"), groups.get("month2")]
    english = bool(re.search(r"[a-z]", names[1] or names[0], re.I))
    month1, month2 = (_month(n, english) if n else None for n in names)
    month1, month2 = month1 or month2, month2 or month1
    year = _year_of(groups.get("year"), reference)
    if year is None or month1 is None or month2 is None:
        return None
    try:
        first = date(year, month1, int(groups["day"]))
        last = date(year, month2, int(groups["day2"]))
    except ValueError:
        return None
    if not groups.get("year") and reference is not None and last > reference:
        try:  # «11–12 октября» in a January report: last year's
            first, last = first.replace(year=year - 1), last.replace(year=year - 1)
        except ValueError:
            return None
    if last <= first:
        return None
    if first.month == last.month:
        return FoundDate(m.start(), m.end(), first.replace(day=1), "month", first, last)
    return FoundDate(m.start(), m.end(), first.replace(month=1, day=1), "year", first, last)


# A span of years («на 2025–2027 годы», «for 2024-2026», «2025-2027-жылдарга», «с 2025 по 2027
# год», «from 2024 to 2026», «2024/2025»): a period a document runs for, never a date.
_YEAR_RANGE = re.compile(r"(?<![\w.-])(?:(?:с|from)\s+)?(?:19|20)\d{2}(?:-го)?(?:\s*[–—/-]\s*"
                         r"(?:19|20)?\d{2}|\s+(?:по|to|through|until|till)\s+(?:19|20)\d{2})"
                         r"(?![\w.]|-\d|\s*(?:[–—/-]|по|to)\s*\d)"
                         r"(?:\s*(?:-го|год\w*|гг?\.|г\b)|-жыл[а-яөүң]*|\s+жж?\.)?", re.I)


def _is_period(words: str) -> bool:
    """Whether a span of years runs forward («2025–2027», «2025-27»), not a reference number
    («2019-2015»)."""
    first, second = re.findall(r"\d+", words)[:2]
    return int(second[-2:]) > int(first[-2:]) or len(second) == 4 and int(second) > int(first)


def find_dates(text: str, reference: date | None = None) -> list[FoundDate]:
    """Every date in the text, left to right, without overlaps. `reference` supplies the year
    of «26 ноября» (the most recent such day not after it). A span of years is a period, not a
    date: neither year of it is one."""
    taken: list[FoundDate] = []
    periods = [(m.start(), m.end()) for m in _YEAR_RANGE.finditer(text) if _is_period(m.group())]
    for pattern in _RANGES:
        for m in pattern.finditer(text):
            found = None if any(m.start() < f.end and f.start < m.end() for f in taken) \
                else _build_range(m, reference)
            if found is not None:
                taken.append(found)
    impossible: list[tuple[int, int]] = periods  # «31 июня»: not a date, nor «июнь» either
    for pattern, precision in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in
                   [(f.start, f.end) for f in taken] + impossible):
                continue
            value = _build(m, precision, reference)
            if value is not None:
                taken.append(FoundDate(m.start(), m.end(), value, precision))
            elif precision == "day" and (m.group("year") or reference is not None):
                impossible.append((m.start(), m.end()))
    return sorted(taken, key=lambda f: f.start)


_WEEKDAYS = [r"понедельник|monday|дүйшөмбү", r"вторник|tuesday|шейшемби",
             r"сред[уа]|wednesday|шаршемби", r"четверг|thursday|бейшемби",
             r"пятниц[уа]|friday|жума(?:да)?", r"суббот[уа]|saturday|ишемби",
             r"воскресенье|sunday|жекшемби"]
_WEEKDAY = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<d{n}>{p})" for n, p in
                                                  enumerate(_WEEKDAYS)) + r")(?![\w-])", re.I)


def weekday_date(text: str, reference: date | None) -> date | None:
    """«во вторник», «on Thursday»: the last such day on or before the reference date (the
    text's own date), never further back than six days."""
    m = _WEEKDAY.search(text)
    if m is None or reference is None:
        return None
    weekday = int(m.lastgroup[1:])
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def relative_date(text: str, reference: date | None) -> date | None:
    """«сегодня», «накануне», «yesterday» ... counted from the reference date."""
    if reference is None:
        return None
    for m in re.finditer(_SAME_DAY + r"|\w+", text.lower()):
        if m.lastgroup == "same":
            return reference  # «earlier in the day», «в этот день»
        if m.group() in _RELATIVE:
            return reference + timedelta(days=_RELATIVE[m.group()])
    return None


_NO_YEAR = date(1, 12, 31)  # a reference no text names: what takes its year had none


def yearless_dates(text: str) -> list[str]:
    """The dates the text writes without a year («12 октября», «June 3-5»), as written: what
    the review quotes when it asks the clerk for the year."""
    return [text[d.start:d.end].strip() for d in find_dates(text, _NO_YEAR)
            if d.value.year == _NO_YEAR.year]


_DATELINE_DASH = re.compile(r"\.?\s*(?:\([^()]{1,30}\)\s*)?(?:--|[–—-])\s")
_PREPOSITION_BEFORE = re.compile(r"(?:(?<![\w-])(?:в|во|on|in)\s+)?$", re.I)


def without_dates(words: str) -> str:
    """The words with every date in them, and the preposition before it, left out («Минфин 9
    декабря 2020 года подписал», «подписали в 2020 году соглашение»: when, not who or what)."""
    for found in reversed(find_dates(words, _NO_YEAR)):
        if _DATELINE_DASH.match(words, found.end):
            continue  # «ABU DHABI, 12 March 2024 - The Saudi Fund ...»: a dateline, said apart
        before = _PREPOSITION_BEFORE.search(words, 0, found.start)
        words = words[:before.start()].rstrip() + " " + words[found.end:].lstrip(" ,")
    return words.strip()
