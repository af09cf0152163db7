"""The meeting a text reports: its date (from the text, else from its header or dateline), city,
venue («Ынтымак Ордо»), participants (see people), kind and level."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .countries import CountryIndex
from .dates import FoundDate, find_dates, relative_date, weekday_date
from .kinds import dates_the_signing
from .morphology import inflect_phrase, parses
from .people import ROLES, participants, title_case

# Cities the dictionary does not know as places (Kyrgyz towns), by the stem of their forms.
_CITIES = {"чолпон-ат": "Чолпон-Ата", "джалал-абад": "Джалал-Абад", "баткен": "Баткен",
           "токмок": "Токмок", "кара-балт": "Кара-Балта", "иссык-кул": "Иссык-Куль",
           "кара-кол": "Каракол", "бишкек": "Бишкек"}
_KY_CITY = re.compile(r"(?<![\w-])([А-ЯЁӨҮҢ][\w-]+?)(?:да|де|до|дө|та|те|то|тө)(?![\w-])")
_KNOWN_KY_CITIES = {"Бишкек", "Ош", "Москва", "Астана", "Ташкент", "Душанбе", "Минск",
                    "Анкара", "Баку", "Пекин", "Бээжин", "Чолпон-Ата", "Каракол", "Алматы"}
_VENUE_NOUNS = (r"резиденци\w*|двор\w*|здани\w*|дом\w*|зал\w*|центр\w*|отел\w*|гостиниц\w*|"
                r"комплекс\w*|ратуш\w*")
_VENUE = re.compile(r"\b(?:в|во|at|in)\s+(?:the\s+)?(?P<noun>(?:(?!(?:в|во)\s)[А-Яа-яЁё-]+\s+)"
                    r"{0,2}?"
                    r"(?:" + _VENUE_NOUNS + r"|residence|palace|hall)\s+)?"
                    r"(?P<name>«[^»]{2,60}»|\"[^\"]{2,60}\"|“[^”]{2,60}”)", re.I)
_NAMES_DOCUMENT = re.compile(r"(?:соглашени|договор|протокол|меморандум|конвенци|программ|"
                             r"agreement|treaty|protocol|memorandum|convention)", re.I)
_PLAIN_VENUES = {"кремле": "Кремль", "доме правительства": "Дом правительства",
                 "белом доме": "Белый дом", "доме народных собраний": "Дом народных собраний",
                 "доме дружбы": "Дом дружбы"}
# «"Ынтымак Ордо" мамлекеттик резиденциясында»: in Kyrgyz the name comes first.
_KY_VENUE = re.compile(r"(«[^»]{2,40}»)\s+(?:мамлекеттик\s+)?(?:резиденция|сарай|комплекс)\w*")
_LEVELS = [(re.compile(r"президент|глав\w* государств|лидер|president|head of state", re.I),
            "head_of_state"),
           (re.compile(r"премьер|председател\w+ кабинета|глав\w+ правительства|"
                       r"prime minister|head of government", re.I), "head_of_government"),
           (re.compile(r"заместител\w+ министр|замминистр|deputy minister", re.I),
            "deputy_ministerial"),
           (re.compile(r"министр|minister", re.I), "ministerial")]
_KINDS = [(r"государственн\w+ визит|state visit|мамлекеттик сапар", "state_visit"),
          (r"официальн\w+ визит|official visit|расмий сапар", "official_visit"),
          (r"рабоч\w+ визит|working visit|жумушчу сапар", "working_visit"),
          (r"межправительственн\w+ (?:[\w-]+ ){0,2}(?:комисси|комитет|совет)|межправкомисс|"
           r"intergovernmental "
           r"(?:commission|committee|council)|өкмөттөр аралык (?:[\w-]+ ){0,2}комиссия",
           "commission_session"),
          (r"саммит|заседани\w+ (?:Высшего|Совета глав)|summit|саммит", "summit"),
          (r"переговор|talks|сүйлөшүү", "talks"),
          (r"консультаци|consultations", "consultations"),
          (r"встреч\w+ (?:с )?министр|министр\w+ встреч|ministerial meeting",
           "ministerial_meeting"),
          (r"визит|visit|сапар", "official_visit"),
          (r"встреч|meeting|жолугушуу", "talks")]
_KINDS = [(re.compile(p, re.I), k) for p, k in _KINDS]
MEETING_WORDS = re.compile(r"переговор|визит|встреч|саммит|заседани|форум|консультаци|"
                           r"talks|visit|meeting|summit|consultations|сүйлөшүү|сапар|"
                           r"жолугушуу|жыйын", re.I)
_URL = re.compile(r"https?://[^\s<>\"»)]+")


@dataclass
class MeetingFacts:
    headline: str = ""
    date: date | None = None  # the first day (the month, the year: see precision)
    end_date: date | None = None  # the last day of a meeting of several days
    precision: str = "day"  # of `date`: day | month | year
    city: str = ""
    venue: str = ""
    participants: list[str] = field(default_factory=list)
    kind: str = "other"
    level: str | None = None
    countries: list[str] = field(default_factory=list)  # of the participants' posts
    source_url: str = ""
    filed: date | None = None  # the report's own day (its header or dateline): no signing's


_LIST_ITEM = re.compile(r"(?:[•·▪●◦■►*]|[-–—]\s|\d{1,2}[.)]\s)")


def header(text: str) -> tuple[int, str, FoundDate | None]:
    """(where the body starts, the headline, the date in the header lines): the short lines
    that news sites put first («date 2025-11-26 17:21», a rubric, the headline)."""
    pos, headline, found = 0, "", None
    lines = text.splitlines(keepends=True)
    for at, raw in enumerate(lines):
        line = raw.strip()
        if (len(line) > 160 or (line.endswith(".") and len(line.split()) > 8) or
                line.endswith((":", ";")) or _LIST_ITEM.match(line) and
                not _page_date_line(line)) and \
                not (found is None and at < 4 and _date_line_next(lines, at)):
            break  # the body: a paragraph, a list or the line that introduces one (not a
            # subtitle above the page's date line)
        dates = find_dates(line)
        if found is None and dates and dates[0].precision == "day":
            found = dates[0]
        elif len(line.split()) >= 3 and not dates and (
                not headline or MEETING_WORDS.search(line) and not MEETING_WORDS.search(
                    headline)):
            headline = line  # the first, or the first that names a meeting (not a rubric)
        pos += len(raw)
    return pos, headline, found


def _date_line_next(lines: list[str], at: int) -> bool:
    """Whether one of the two lines after `at` is a bare date with more text after it: the
    page's date line under a subtitle (not a date closing the page under its one paragraph)."""
    return any(_bare_date(lines[k]) and any(x.strip() for x in lines[k + 1:])
               for k in range(at + 1, min(at + 3, len(lines))))


def _page_date_line(line: str) -> bool:
    """«• 10.12.2018 • 0», «Mar 12, 2024 | Defence»: the page's date among bullets or bars."""
    return any(_bare_date(part) for part in re.split(r"(?:^|\s)[|•·](?=\s|$)", line))


def _bare_date(line: str) -> bool:
    """A line holding only a date, maybe with a time: «05 апр 2024, 15:32», «06.12.2021»."""
    dates = find_dates(line)
    return bool(dates) and dates[0].precision == "day" and not re.search(
        r"\w", re.sub(r"\d{1,2}:\d{2}", "", line[:dates[0].start] + line[dates[0].end:]))


_ENGLISH_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|"
                   r"November|December")
# A page's date line «Tuesday, 5 March 2024», «May, 2024»: a day or month, no city.
_CALENDAR_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + _ENGLISH_MONTHS)


def _city(text: str, countries: CountryIndex) -> str:
    agency = re.search(r"(?:^|\n)\s*([А-ЯЁ][А-ЯЁ-]{2,})\s*\([^)\n]{2,30}\)\s*[-—–]", text)
    if agency:  # «АБУ-ДАБИ (АКИpress) -»
        return title_case(agency.group(1).lower())
    for dateline in re.finditer(r"(?:^|\n)\s*([А-ЯЁA-Z][\w-]+)\s*,\s*\d", text):  # «Ош,»
        word = title_case(dateline.group(1).lower())
        found = [p for p in parses(word.lower()) if "Geox" in p.tag]
        if (found or word in _KNOWN_KY_CITIES or re.fullmatch(r"[A-Z][a-z]+", word)) and \
                not countries.mentions(word) and not _CALENDAR_WORD.fullmatch(word):
            return word
    for m in re.finditer(r"(?:^|\n|,)\s*г\.\s*([А-ЯЁ][\w-]+)\s*(?:$|\n|,)", text):
        found = [p for p in parses(m.group(1).lower()) if "Geox" in p.tag]
        if found or m.group(1) in _KNOWN_KY_CITIES:  # a dateline «10 апреля 2025 г., г. Ош»
            return m.group(1)
    for m in re.finditer(r"\b(?i:в|во|in)\s+(г\.\s*|городе\s+)?([A-ZА-ЯЁ][\w-]+)", text):
        word = m.group(2)
        if m.group(1) and any("Geox" in p.tag and p.tag.case == "nomn"
                              for p in parses(word.lower())):
            return word  # «в г. Будапешт»: the name as it is
        if countries.mentions(word) or re.match(r"(?:январ|феврал|март|апрел|ма[йяе]|июн|"
                                                r"июл|август|сентябр|октябр|ноябр|декабр|"
                                                + _ENGLISH_MONTHS + ")", word, re.I):
            continue
        for stem, city in _CITIES.items():
            if word.lower().startswith(stem):
                return city
        if re.fullmatch(r"[A-Z][a-z-]+", word):
            two = re.match(r"\s+[A-Z][a-z]+", text[m.end():])
            if two and f"{word}{two.group()}" in _TWO_WORD_CITIES:
                return f"{word}{two.group()}"  # «in Abu Dhabi»
            if word not in ("The", "This", "Addition", "Particular", "Total"):
                return word
            continue
        readings = [p for p in parses(word.lower()) if "Geox" in p.tag and p.tag.case == "loct"]
        if readings:
            return "-".join(w.capitalize() for w in readings[0].normal_form.split("-"))
    for m in _KY_CITY.finditer(text):
        if m.group(1) in _KNOWN_KY_CITIES:
            return m.group(1)
    town = re.search(r"\b([А-ЯЁӨҮҢ][\w-]+)\s+шаарында\b", text)  # «Ашхабад шаарында»
    return town.group(1) if town else ""


_TWO_WORD_CITIES = {"Abu Dhabi", "New York", "New Delhi", "Kuala Lumpur", "Hong Kong",
                    "Buenos Aires", "Tel Aviv", "Sao Paulo", "San Francisco", "Los Angeles"}


def _venue(text: str) -> str:
    m = next((v for v in _VENUE.finditer(text)  # not «в “Соглашение о ...”»
              if not _NAMES_DOCUMENT.match(v.group("name")[1:])), None)
    if m:
        noun = (m.group("noun") or "").strip()
        if noun:
            noun = inflect_phrase(noun, case="loct")
            return f"{noun[:1].upper()}{noun[1:]} {m.group('name')}"
        return m.group("name")
    in_kyrgyz = _KY_VENUE.search(text)
    if in_kyrgyz:
        return in_kyrgyz.group(1)
    low = text.lower()
    for words, venue in _PLAIN_VENUES.items():
        if f"в {words}" in low:
            return venue
    return ""



def meeting_facts(text: str, countries: CountryIndex, today: date,
                  taken: list[tuple[int, int]], year_of: date | None = None) -> MeetingFacts:
    """What the text says about the meeting. `taken` are the spans of documents, whose dates
    are theirs, not the meeting's. A day without a year («7 октября») takes the year of the
    text's header or dateline, else that of `year_of` (a year the text names), never today's."""
    body_start, headline, header_date = header(text)
    facts = MeetingFacts(headline=headline)
    reference = header_date.value if header_date else year_of
    lead = text[body_start:body_start + 1500]
    facts.city = _city(f"{text[:body_start]}\n{lead}", countries) or _city(text, countries)
    facts.venue = _venue(lead)
    body = text[body_start:]
    facts.date, facts.end_date, facts.precision = meeting_days(
        body, header_date.value if header_date else None, reference, today,
        [(s - body_start, e - body_start) for s, e in taken], lead_end=1500,
        filed=bool(_CITY_AND_DATE.search(text[:body_start])))
    facts.participants = participants(text, countries, facts.countries)
    first_document = min([s for s, _e in taken if s >= body_start], default=len(text))
    scope = f"{headline}\n{text[body_start:min(first_document, body_start + 1500)]}"
    for place in (headline, scope):  # what the headline calls it, else the lead
        facts.kind = _kind_of_meeting(place)
        if facts.kind != "other":
            break
    roles = " ".join(m.group() for m in ROLES.finditer(scope))
    for pattern, level in _LEVELS:
        if pattern.search(roles):
            facts.level = level
            break
    url = _URL.search(text)
    facts.source_url = url.group().rstrip(".,;") if url else ""
    facts.filed = header_date.value if header_date else dateline_day(body)
    return facts


def dateline_day(body: str) -> date | None:
    """The day an agency's dateline or the page's last line files the report on."""
    return next((d.value for d in find_dates(body[:400]) if d.precision == "day" and
                 in_dateline(body, d)), None)


# «до 15 мая 2024 года», «вплоть до», «по 31 декабря», «с 1 января 2025 года» (one day, not a
# range «с 3 по 5 июня»), «начиная с», «по состоянию на»: a period's bound, not a meeting's day.
_PERIOD_BOUND = re.compile(r"(?<![\w-])(?:до|по|с|со|на)\s+$", re.I)


def _period_bound(body: str, d: FoundDate) -> bool:
    """Whether one day is a period's bound (see above); not the two ends of a range of days
    written in full («с 30 мая 2024 года по 2 июня 2024 года»)."""
    days = d.days()
    bound = _PERIOD_BOUND.search(body, max(0, d.start - 30), d.start)
    if not days or days[0] != days[1] or not bound:
        return False
    if bound.group().strip().lower() in ("с", "со"):
        return not re.match(r"\s+(?:по|до)\s+\d", body[d.end:])
    return not (bound.group().strip().lower() in ("по", "до") and re.search(
        r"(?<![\w-])(?:с|со)\s+\d[^.!?\n]{0,40}$", body[max(0, bound.start() - 60):bound.start()]))


def meeting_days(body: str, dated: date | None, reference: date | None, today: date,
                 taken: list[tuple[int, int]], lead_end: int = 1500, filed: bool = False
                 ) -> tuple[date | None, date | None, str]:
    """(first day, last day, precision) of the meeting the body reports, as precise as the text
    says it and never more: the first day (or range of days, «11–12 октября») the body names
    that is no document's, no earlier document's date and no arrival; else «сегодня»,
    «накануне» counted from the text's own date `dated` (its header or dateline); else a month
    the lead names beside the meeting or the signing («в декабре 2021 года находился с рабочей
    поездкой»: the month, not the day of the report); never the text's own date alone. A date
    after `today` or over a month before the text's own date is not the meeting's. Nothing from
    the clock: a text without a date gives (None, None, "day")."""
    found = find_dates(body, reference)
    datelines = [d for d in found if in_dateline(body, d)]
    if dated is None and datelines and datelines[0].precision == "day":
        dated = datelines[0].value  # the text's own date, for «today», «on Monday»
        if reference is None:  # («BISHKEK, May 5, 2024. ... signed during the visit on May 5»:
            found = find_dates(body, dated)  # a day without a year takes the dateline's)
            datelines = [d for d in found if in_dateline(body, d)]
    dates = [d for d in found if d not in datelines
             if not any(s <= d.start < e and not _SIGNING_VERB.search(body, s, d.start) and
                        not dates_the_signing(body, s, d.start, e) for s, e in taken) and
             not _ANOTHER_DOCUMENTS_DATE.search(body, max(0, d.start - 40), d.start) and
             not _RELATIVE_SIGNING.search(body, max(0, d.start - 120), d.start) and
             not _ARRIVAL.search(body, max(0, d.start - 60), d.start) and
             not _ARRIVED_THEN.match(body, d.end) and
             not _period_bound(body, d)]
    recalled = [d for d in dates if _RECALLED.match(_sentence_at(body, d.start).lstrip()) or
                _EARLIER_MEETING.search(_sentence_at(body, d.start))]
    dates = [d for d in dates if d not in recalled and not _of_another_event(body, d)]
    for d in dates:  # «The agreements were signed in Bishkek in March 2025»: the signing's
        if _PASSIVE_SIGNING.search(body, max(0, d.start - 30), d.start) and d.value <= today and \
                d.precision == "month" and \
                (dated is None or 0 <= (dated - d.value).days <= 31):
            return d.value, None, "month"
    for d in dates:
        days = d.days()
        if days and days[0] <= today and (dated is None or 0 <= (dated - days[0]).days <= 31):
            return days[0], days[1], "day"
    lead = body[:lead_end]
    if dated is not None:
        day = next((found for sentence in re.split(r"(?<=[.!?])\s+", _without_arrivals(lead))
                    if _MEETING_OR_SIGNING.search(sentence)  # (not «KazNU today has ...»)
                    for found in [relative_date(sentence, dated) or
                                  weekday_date(sentence, dated)] if found), None)
        if day is not None:
            return day, day, "day"
    for d in dates:
        if d.start < lead_end and d.precision == "month" and d.value <= today and \
                (dated is None or (d.value.year, d.value.month) == (dated.year, dated.month)) \
                and _MEETING_OR_SIGNING.search(_sentence_at(body, d.start)):
            return d.value, None, "month"
    return None, None, "day"  # the page's date alone, or its dateline's: not the signing's


# «TEHRAN, May 31 (MNA) –», «БИШКЕК, 31 мар — Sputnik», «BISHKEK, Dec. 24 (Kazinform)», «Бишкек,
# 07.06.23. /Кабар/.», «Ашхабад, 23 августа 2018 года. По итогам ...»: a line opening with a
# city, a comma and a date, then the agency, a dash or a full stop. The day the report was
# filed, not the day of the signing (the text says «today», «on Monday» when it is that day).
_DATELINE_CITY = re.compile(r"[ \t]*[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё' -]{1,30}[,.][ \t]*"
                            r"(?:[A-Z][A-Za-z .-]{2,30},[ \t]*|"
                            r"[A-Z][A-Za-z .]{2,30}[ \t]+[–—-][ \t]*)?"
                            )  # («Tbilisi, Georgia - 12 March 2024 - ...», «BISHKEK. April 29,
# 2022. KAZINFORM –», «DUSHANBE, Tajikistan, July 24.»)
# «(Kabar) 12.03.2024 ...», «BISHKEK (AKIpress) 12 March 2024 -», «Ош /Кабар/ 12.03.2024»: the
# agency before the date, the city before it or not.
_AGENCY_FIRST = re.compile(r"[ \t]*(?:[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё' -]{1,30}[,.]?[ \t]*)?"
                           r"(?:\([A-ZА-ЯЁ][^()\n]{1,30}\)|/[A-ZА-ЯЁ][^/\n]{1,30}/)[ \t]*"
                           r"(?:[,.–—-][ \t]*)?")
# A date opening a line with a city before or after it and a dash, a bracket or a full stop
# around them: «ASTANA – 12 March 2024 –», «ASTANA (12 March 2024) –», «12.03.2024 Bishkek –»,
# «12 March 2024 Bishkek. ...».
_CITY_WORDS = r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'-]+(?:[ \t][A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'-]+)?"
_CITY_DASH = re.compile(r"[ \t]*(?:" + _CITY_WORDS + r"[ \t]*(?:[–—-]|\()[ \t]*)?")
_DASH_AFTER = re.compile(r"\)?(?:,?[ \t]*\d{1,2}:\d{2})?[ \t]*(?:" + _CITY_WORDS + r"[ \t]*)?(?:[–—-][ \t]|"
                         r"\.[ \t]+(?=[A-ZА-ЯЁ]))")
_DATELINE_END = re.compile(r"[ \t]*(?:года|г\.)?[ \t]*(?:,[ \t]*\d{1,2}:\d{2}[ \t]*)?"
                           r"(?:\([^)\n]{1,40}\)[ \t]*)?(?:[-—–/.]|$)|"
                           r"[ \t]*\([A-Z][^)\n]{1,40}\)[ \t]+(?=[A-ZА-ЯЁ])|"  # «(KazTAG) The»
                           r"(?<=\sг\.)(?=[ \t]+[A-ZА-ЯЁ])", re.M)  # «Бишкек, 5 марта 2025 г. Во»


# «XI'AN. KAZINFORM –», «BISHKEK, Kyrgyzstan, October 24.»: an agency's dateline, which
# files the report on the page's date.
# «Bishkek, 22 October 2024», «Bishkek, November 1, 2024» as a header line: where and when the
# press service filed it.
_CITY_AND_DATE = re.compile(r"(?m)^[ \t]*[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'’ .-]{1,30},[ \t]*"
                            r"(?:[A-Z][A-Za-z .-]{2,30},[ \t]*)?"  # «Baku, Azerbaijan, Aug. 17»
                            r"(?:\d|[A-Z][a-z]+\.?[ \t]+\d)")
_AGENCY_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’ -]{2,}[.,][ \t]")


def in_dateline(body: str, d: FoundDate) -> bool:
    """Whether the date opens a dateline (see above), or stands in a line of the page around
    the report: its last line («Source: Kabar, 05.03.2024», «06.12.2021»), a credit or a bare
    date line with its rubric under it («Photo: Kabar, 12 March 2024», «Mar 12, 2024 |
    Defence»): the day the report was filed, not the signing's."""
    line_start = body.rfind("\n", 0, d.start) + 1
    line_end = body.find("\n", d.end)
    last = line_end < 0 or not body[line_end:].strip()
    line = body[line_start:line_end if line_end >= 0 else len(body)]
    footer = _FOOTER.match(line) is not None and not re.search(r"[:;.]", line[:max(
        0, d.start - line_start)].split(":", 1)[-1])  # («Date: 05.03.2025 — The Minister ...»)
    page_line = footer or _page_date_line(line)
    return footer or bool(_DATELINE_CITY.fullmatch(body, line_start, d.start) and
                _DATELINE_END.match(body, d.end)) or \
        _AGENCY_FIRST.fullmatch(body, line_start, d.start) is not None or \
        bool(_CITY_DASH.fullmatch(body, line_start, d.start) and
             _DASH_AFTER.match(body, d.end)) or \
        page_line and line_start > 0 and (last or not body[:line_start].rstrip().endswith(":"))


# The line a page puts under a report: its source, author or photo credit, or when it was
# published or updated, with the date.
_FOOTER = re.compile(r"\s*(?:source|источник|булак|булагы|author|автор|photo|фото|сүрөт|"
                     r"published|posted|updated|publication\s+date|опубликовано|обновлено|"
                     r"дата\s+публикации|жарыяланды|жарыяланган|жаңыртылды|"
                     r"(?:date|дата|датасы|күнү)(?=\s*:))\b"
                     r"[^:\n]{0,20}:", re.I)


# «..., were signed in Bishkek on March 24, 2015», «... подписали 5 мая»: a finite verb inside a
# document's words; the date after it is the signing's (not «подписанное 12 марта 2009 года»).
_SIGNING_VERB = re.compile(r"(?:was|were|been)\s+signed\b|(?<![\w-])(?:подписан[аоы]?|"
                           r"подписали|подписал[аи]?)(?![\w-])", re.I)
_PASSIVE_SIGNING = re.compile(r"(?:were|was|been)\s+signed\b|(?<![\w-])(?:были\s+)?подписаны(?![\w-])",
                              re.I)  # «The agreements were signed in Bishkek in March 2025»
_SIGNING = (r"подпис|signed|signing|inked|sealed|concluded|entered\s+into|adopted|exchanged|"
            r"formali[sz]|put\s+pen|"
            r"скрепили|кол\s+ко[йю]")
_MEETING_OR_SIGNING = re.compile(MEETING_WORDS.pattern + "|" + _SIGNING + r"|поездк|trip|церемони|"
                                 r"ceremony|азем|кол\s+коюу", re.I)


# «As reported earlier, the presidents met on May 26», «Ранее, 26 мая, ...»: a sentence that
# recalls an earlier event; its date is not the meeting's the report is about.
_RECALLED = re.compile(r"(?:as\s+(?:was\s+|it\s+was\s+)?(?:reported|announced|noted|mentioned)\s+"
                       r"(?:earlier|before|previously)|earlier|previously|as\s+a\s+reminder|"
                       r"last\s+(?:year|month)|in\s+the\s+past|"
                       r"ранее|как\s+(?:уже\s+)?сообщалось|напомним|ещ[её](?=\s+\d)|"
                       r"в\s+(?:поза)?прошлом\s+(?:году|месяце)|"
                       r"былтыр|мурдагы\s+жылы|өткөн\s+(?:жылы|айда)|буга\s+чейин|мындан\s+мурун|"
                       r"эске\s+сал(?:сак|а\s+кетсек))\b", re.I)

# «The previous meeting of the commission took place on 10 May 2023»: an earlier meeting's day.
_EARLIER_MEETING = re.compile(r"\b(?:previous|prior|preceding)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:meeting|session|visit|talks|summit|round|sitting|plan|programme|"
                              r"program|agreement|memorandum|protocol|roadmap|treaty|document)s?\b|"
                              r"(?<![\w-])(?:предыдущ|прежн)\w+\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:заседани|встреч|визит|переговор|саммит|раунд|план|программ|"
                              r"соглашени|меморандум|протокол|договор|документ)\w*", re.I)

# What a date's sentence says happened on it. The meeting's: a signing, talks, a visit, a
# session, a forum (in the three languages). Another event's: a body's founding, relations set
# up, an earlier history or a plan («the organisation was established on
# 16 February 1963», «учреждена в 1991 году», «2010-жылдан бери», "will be held on 5 May").
_EVENT_CUE = re.compile(
    r"(?<![\w-])(?:sign\w*|inked|exchanged|concluded|adopted|talks|visit\w*|meet\w*|met|"
    r"session|forum|summit|conference|ceremony|held|took\s+place|"
    r"подпис\w*|скрепил\w*|заключ\w*|состоял\w*|прош[её]л|прошл[аи]|провел\w*|провёл\w*|"
    r"переговор\w*|визит\w*|заседани\w*|встреч\w*|форум\w*|саммит\w*|конференци\w*|"
    r"церемони\w*|кол\s+(?:кой|коюл|коюш)\w*|жолугушуу\w*|сүйлөшүү\w*|сапар\w*|"
    r"отурум\w*|жыйын\w*|кабыл\s+алын\w*|өттү|болуп\s+өттү)(?![\w-])", re.I)
_OTHER_EVENT_CUE = re.compile(
    r"(?<![\w-])(?:(?:was|were|been|is|are)\s+(?:first\s+)?(?:established|founded|set\s+up|"
    r"created|formed|launched)|established|founded|since|dates?\s+back|anniversary|"
    r"back\s+in|previously|had\s+(?:been\s+)?signed|last\s+(?:year|month)|"
    r"(?:years?|months?)\s+ago|as\s+of|approved\s+by|valid|until|effective\s+(?:from|on)|"
    r"(?:will|shall)(?:\s+(?:be|also|not))*(?:\s+\w+)?|is\s+(?:scheduled|expected|"
    r"planned|due)|are\s+(?:scheduled|expected|planned|due)|plans?\s+to|planned|"
    r"(?:основан|создан|учрежд[её]н|образован|установлен)(?:н\w*|[аоы])?|начиная\s+с|"
    r"годовщин\w*|ранее|ещё\s+в|еще\s+в|состоится|состоятся|пройд[её]т|пройдут|будет|будут|"
    r"планиру\w*|запланирован\w*|намечен\w*|"
    r"негизделген|негиздел\w*|түзүлгөн|уюшулган|бери|өтөт|өткөрүлөт|боло\s+турган|"
    r"пландал\w*|күтүлүүдө|жылдыгы\w*)(?![\w-])", re.I)

# «, which was established in 1963,», «(founded in 1963)»: an aside on another subject.
_ASIDE = re.compile(r",\s+(?:which|who|whose|that|котор\w+)\b[^,;]*,|\([^()]*\)", re.I)


def _of_another_event(body: str, d: FoundDate) -> bool:
    """Whether the words of the date's sentence nearest to it speak of another event than the
    meeting (a founding, an earlier history, a plan), not of a signing or a meeting."""
    start = max(body.rfind(". ", 0, d.start), body.rfind("\n", 0, d.start)) + 1
    end = re.compile(r"[.!?](?:\s|$)|\n").search(body, d.end)
    stop = end.start() if end else len(body)

    asides = [a.span() for a in _ASIDE.finditer(body, start, stop)
              if not a.start() <= d.start < a.end()]

    def nearest(cue: re.Pattern) -> int | None:
        gaps = [d.start - m.end() if m.end() <= d.start else m.start() - d.end
                for m in cue.finditer(body, start, stop)
                if (m.end() <= d.start or m.start() >= d.end) and
                not any(s <= m.start() < e for s, e in asides)]
        return min(gaps, default=None)

    other, event = nearest(_OTHER_EVENT_CUE), nearest(_EVENT_CUE)
    later = min((gap for gap in (d.start - m.end() if m.end() <= d.start else m.start() - d.end
                                 for m in _RUSSIAN_WORD.finditer(body, start, stop)
                                 if _future(m.group()) and not any(
                                     s <= m.start() < e for s, e in asides)
                                 and (m.end() <= d.start or m.start() >= d.end))), default=None)
    if later is not None and (other is None or later < other):  # «Первые студенты приедут
        other = later  # 1 сентября»: a Russian verb in the future tense, a plan
    return other is not None and (event is None or other <= event)  # «will be held»


_RUSSIAN_WORD = re.compile(r"(?<![\w-])[а-яё]+(?![\w-])", re.I)


def _future(word: str) -> bool:
    """Whether a Russian word is a verb in the future tense in every reading («приедут»,
    «продлится», «будет»)."""
    readings = parses(word.lower())
    return bool(readings) and readings[0].tag.POS == "VERB" and all(
        "futr" in r.tag for r in readings if r.tag.POS == "VERB")


def _sentence_at(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = re.compile(r"[.!?](?:\s|$)|\n").search(text, at)
    return text[start:end.end() if end else len(text)]


def _kind_of_meeting(text: str) -> str:
    """The kind named first in the sentence that names one («провёл переговоры ... обсудили
    подготовку к заседанию Высшего совета»: talks); within that sentence, the list's order
    («в ходе государственного визита ... переговоры»: a state visit)."""
    found = [(m.start(), n, kind) for n, (pattern, kind) in enumerate(_KINDS)
             for m in [pattern.search(text)] if m]
    if not found:
        return "other"
    first = min(found)[0]
    end = re.compile(r"[.!?](?:\s|$)|\n").search(text, first)
    sentence_start = max(text.rfind(". ", 0, first), text.rfind("\n", 0, first))
    same = [f for f in found if sentence_start < f[0] < (end.end() if end else len(text))]
    return min(same, key=lambda f: f[1])[2]


# «..., подписанное 2 февраля 2006 года», «вступившего в силу 15 мая», «the agreement signed on
# 5 May»: an earlier document's date, not the meeting's («were signed on Tuesday, 5 November»
# is the signing the text reports).
_ANOTHER_DOCUMENTS_DATE = re.compile(
    r"(?:подписанн\w*|вступивш\w*(?:\s+в\s+силу)?|заключенн\w*|ратифицированн\w*|\bот|"
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bare )(?<!\bis )signed|dated|кол\s+коюлган)\s+(?:(?:в|в\s+городе|in|on)\s+\S+\s+)?$", re.I)


# «..., который он и Рахмон подписали 13 марта»: a relative clause on a document named before,
# its own date (a document signed there is named with its verb, not recalled so).
_RELATIVE_SIGNING = re.compile(r",\s+котор(?:ый|ое|ую|ая|ые|ых)\s+[^,.;:!?]*?(?:подписал\w*|"
                               r"заключил\w*|подписан[аоы]?|заключен[аоы]?)\s+$|"
                               # «the agreements that were signed during the visit on May 5»
                               r"(?<![\w-])(?:that|which)\s+(?:were|was|had\s+been)\s+"
                               r"(?:signed|concluded|inked)\b[^,.;:!?]*$", re.I)


# «прилетел в Бишкек накануне, 25 ноября», «прибывший в Азербайджан ... 19 апреля», «arrived on
# 4 November»: the day a delegation arrived, not the day of the talks and the signing.
_ARRIVAL = re.compile(r"(?:прибы\w*|прилет\w*|накануне|arriv\w+|the day before|"
                      r"келди|келген)\b[^.;]*$", re.I)


# An arrival, said by a finite verb or by a participle: its day is not the signing's.
_HAS_ARRIVED = r"прибыл[аи]?|прибуд\w+|прилетел[аи]?|arrived|arrives|келди"
_ARRIVING_ONE = r"прибывш\w*|прилетевш\w*|arriving|who\s+arrived|келген"
# «19-апрелде расмий сапар менен келген», «19 апреля прибыл в Баку»: the day of the arrival.
_ARRIVED_THEN = re.compile(r"[^.;\n]{0,40}?(?<![\w-])(?:" + _HAS_ARRIVED + "|" + _ARRIVING_ONE +
                           r")(?![\w-])", re.I)
_ARRIVED = re.compile(r"(?<![\w-])(?:" + _HAS_ARRIVED + r")(?![\w-])", re.I)
_ARRIVING = re.compile(r"(?<![\w-])(?:" + _ARRIVING_ONE + r")(?![\w-])[^,.;]*", re.I)


def _without_arrivals(lead: str) -> str:
    """The lead without its sentences on a delegation's arrival («прилетел ... накануне»),
    and without the arrival said of someone inside a sentence on the talks («Сегодня завершились
    переговоры Президента ..., прибывшего в Казахстан накануне»)."""
    return " ".join(_ARRIVING.sub("", x) for x in re.split(r"(?<=[.!?])\s+", lead)
                    if not _ARRIVED.search(x))


def reports_meeting(text: str) -> bool:
    return bool(MEETING_WORDS.search(text))
