"""The meeting a text reports: its date (from the text, else from its header or dateline), city,
venue («Ынтымак Ордо»), participants named with their posts, kind and level."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .countries import TOKEN, CountryIndex
from .dates import FoundDate, find_dates, relative_date
from .morphology import inflect_phrase, lemma, morph, parses

# Cities the dictionary does not know as places (Kyrgyz towns), by the stem of their forms.
_CITIES = {"чолпон-ат": "Чолпон-Ата", "джалал-абад": "Джалал-Абад", "баткен": "Баткен",
           "токмок": "Токмок", "кара-балт": "Кара-Балта", "иссык-кул": "Иссык-Куль",
           "кара-кол": "Каракол", "бишкек": "Бишкек"}
_KY_CITY = re.compile(r"\b([А-ЯЁӨҮҢ][а-яёөүң-]+?)(?:да|де|до|дө|та|те|то|тө)\b")
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
_ROLES = re.compile(
    r"президент\w*|премьер\w*|вице-премьер\w*|председател\w*|министр\w*|"
    r"глав\w*(?:\s+государств\w*|\s+правительств\w*)?|лидер\w*|"
    r"посол|посла|послом|руководител\w*|директор\w*|заместител\w*|спикер\w*|торага\w*|"
    r"губернатор\w*|мэр\w*|генеральн\w+ секретар\w*|генсек\w*|"
    r"president|prime minister|minister|chairman|chairperson|ambassador|head|speaker|"
    r"secretary|director|governor|mayor|эмир\w*|король|короля|king|emir", re.I)
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
          (r"встреч\w+ (?:с )?министр|министр\w+ встреч|ministerial meeting", "ministerial_meeting"),
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
    date: date | None = None
    end_date: date | None = None
    city: str = ""
    venue: str = ""
    participants: list[str] = field(default_factory=list)
    kind: str = "other"
    level: str | None = None
    countries: list[str] = field(default_factory=list)  # of the participants' posts
    source_url: str = ""


_LIST_ITEM = re.compile(r"(?:[•·▪●◦■►*]|[-–—]\s|\d{1,2}[.)]\s)")


def header(text: str) -> tuple[int, str, FoundDate | None]:
    """(where the body starts, the headline, the date in the header lines): the short lines
    that news sites put first («date 2025-11-26 17:21», a rubric, the headline)."""
    pos, headline, found = 0, "", None
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if len(line) > 160 or (line.endswith(".") and len(line.split()) > 8) or \
                line.endswith((":", ";")) or _LIST_ITEM.match(line):
            break  # the body: a paragraph, a list or the line that introduces one
        dates = find_dates(line)
        if found is None and dates and dates[0].precision == "day":
            found = dates[0]
        elif len(line.split()) >= 3 and not dates and (
                not headline or MEETING_WORDS.search(line) and not MEETING_WORDS.search(
                    headline)):
            headline = line  # the first, or the first that names a meeting (not a rubric)
        pos += len(raw)
    return pos, headline, found


def _city(text: str, countries: CountryIndex) -> str:
    agency = re.search(r"(?:^|\n)\s*([А-ЯЁ][А-ЯЁ-]{2,})\s*\([^)\n]{2,30}\)\s*[-—–]", text)
    if agency:  # «АБУ-ДАБИ (АКИpress) -»
        return _title_case(agency.group(1).lower())
    for dateline in re.finditer(r"(?:^|\n)\s*([А-ЯЁA-Z][\w-]{2,})\s*,\s*\d", text):
        word = _title_case(dateline.group(1).lower())
        found = [p for p in parses(word.lower()) if "Geox" in p.tag]
        if (found or word in _KNOWN_KY_CITIES or re.fullmatch(r"[A-Z][a-z]+", word)) and \
                not countries.mentions(word):
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
                                                r"January|February|March|April|May|June|July|"
                                                r"August|September|October|November|December)",
                                                word, re.I):
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


_POST_WORD = re.compile(r"(?:ships|ment|tion|tions|ture|ness|ance|ence|ity|ics|ry|ies|Affairs|"
                        r"Economy|Trade|Energy|Finance|Health|Defen[cs]e|Justice|Labou?r|"
                        r"Resources|Ministers|Commerce|Science|Culture|Sign|Signs)$")
_NOT_NAME = re.compile(r"\b(?:Signs?|Agreements?|Memorand\w+|Protocols?|Treaty|Talks|Meeting|"
                       r"Visit|Summit|Hold|Holds)\b")
_STATE_WORDS = ("Republic", "Federation", "Kingdom", "Emirates", "States")
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


_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|бек|уулу|кызы|ян|"
                          r"ого|ому|ым|ыми|ой)$")


def _title_case(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _nominative_name(tokens: list[str]) -> str | None:
    """«Садыра Жапарова» → «Садыр Жапаров» when the words read as a first name (patronymic)
    and a surname in one case and gender."""
    if len(tokens) == 2 and re.search(r"(?:зода|заде)$", tokens[1]):  # «Кохиром Расулзода»:
        first = re.sub(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|у)$", "", tokens[0])  # Tajik surnames
        return f"{first} {tokens[1]}"  # in «-зода» do not decline
    readings = [parses(t.lower()) for t in tokens]
    if not any("Surn" in p.tag or "Name" in p.tag for p in readings[-1]) and \
            not _SURNAME_END.search(tokens[-1].lower()):
        return None
    # «Токаева» is a man's surname in the genitive or a woman's in the nominative: try the
    # masculine readings first.
    names = sorted((p for p in readings[0] if "Name" in p.tag),
                   key=lambda p: p.tag.gender != "masc")
    for first in names:
        case, gender = first.tag.case, first.tag.gender
        words = []
        for n, (original, options) in enumerate(zip(tokens, readings)):
            fit = [p for p in options if p.tag.POS == "NOUN" and p.tag.case == case and
                   p.tag.gender in (gender, None) and "plur" not in p.tag]
            new = fit[0].inflect({"nomn"}) if fit else None
            last = n == len(tokens) - 1
            if new is None and case == "nomn" and last and _NOMINATIVE_SURNAME.search(original):
                words.append(original)  # «Токаев», «Ибраев»: read as a plural by the dictionary
                continue
            if new is None and last and n == 1 and re.search(r"[еиоуыэю]$", original) and \
                    not morph().word_is_known(original.lower()):
                words.append(original)  # «Муратом Нуртлеу»: a surname that does not decline
                continue
            if new is None and (case != "nomn" or last):
                break
            words.append(_title_case(new.word) if new else original)
        else:
            return " ".join(words)
    if len(tokens) != 2:
        return None
    # A first name the dictionary does not know as one: «Мамбетали Асанов», «Алмаз Иманалиев»
    # (a thing, not a post), «Мамбетали Асановым». One that ends in a vowel other than «а»,
    # «я» does not decline.
    plural = all("plur" in p.tag for p in readings[0])  # «Лазиз»: read as of «Лазиза»
    thing = plural or all(p.tag.POS == "NOUN" and "inan" in p.tag and "Geox" not in p.tag and
                          p.tag.gender == "masc" for p in readings[0])
    common = any(p.tag.POS == "NOUN" and not {"Surn", "Name"} & set(p.tag.grammemes)
                 for p in readings[1])  # «Кабинетов Министров»
    if _NOMINATIVE_SURNAME.search(tokens[1]) and not _KY_CASE.search(tokens[1]) and (
            plural and not common or thing and readings[0][0].tag.case == "nomn" or
            not morph().word_is_known(tokens[0].lower())):
        return " ".join(tokens)
    if morph().word_is_known(tokens[0].lower()) and not thing:
        return None
    surname = [p for p in readings[-1] if "Surn" in p.tag and p.tag.case in _ENDINGS]
    if thing:  # «Алмазом Бакетаевым»: the surname in the first name's case
        surname = [p for p in surname if "sing" in p.tag and
                   p.tag.case in {r.tag.case for r in readings[0]}]
    if surname:
        ending = _ENDINGS[surname[0].tag.case]
        same_case = [p for p in readings[0] if p.tag.case == surname[0].tag.case]
        first = (tokens[0] if surname[0].tag.gender == "femn" else  # «Догдуркул Кендирбаевой»
                 _title_case(same_case[0].normal_form) if thing and same_case else  # «Канатом»
                 tokens[0][:-len(ending)] if tokens[0].endswith(ending) else
                 tokens[0] if re.search(r"[еиоуыэюё]$", tokens[0]) else None)
        new = surname[0].inflect({"nomn"})
        if first and new:
            return f"{first} {_title_case(new.word)}"
    return None


# The commonest Chinese surnames as Russian writes them (Palladius), which come first:
# «Ван И», «Си Цзиньпином», «Ли Цяном».
_CHINESE_SURNAMES = frozenset(
    "Ван Ли Чжан Лю Чэнь Ян Хуан Чжао У Чжоу Сюй Сунь Ма Чжу Ху Го Хэ Гао Линь Ло Чжэн Лян Се "
    "Сун Тан Хань Фэн Дэн Цао Пэн Цзэн Сяо Тянь Дун Пань Юань Цай Цзян Юй Ду Е Чэн Вэй Су Лу "
    "Дин Жэнь Шэнь Яо Цзинь Фу Чжун Цуй Си Вэнь Цинь Мэн Бай Кун Мао Чан Хоу Шао Лэй Гу Ши Ся "
    "Цюй Цянь Инь Ляо Цю Сюэ Янь Лэн Вань Дуань Шан Хао Гун Лай Ци".split())
_CHINESE_GIVEN = re.compile(r"[А-ЯЁ][а-яё]*")


def _chinese_name(tokens: list[str]) -> str | None:
    """A Chinese surname and given name, in the nominative. Russian declines the given name only
    when it ends in «н» («Цзиньпином», «Цяна»); «Ван И» stays as it is."""
    if len(tokens) < 2 or tokens[0] not in _CHINESE_SURNAMES or \
            not _CHINESE_GIVEN.fullmatch(tokens[1]):
        return None
    return f"{tokens[0]} {re.sub(r'(?<=н)(?:ом|а|у|е)$', '', tokens[1])}"


# Korean surnames as Russian writes them; the given name is two words («Ким Сан Ук»), and its
# last syllable declines after any consonant («Ким Сан Уком»).
_KOREAN_SURNAMES = frozenset("Ким Ли Пак Чхве Чой Чон Кан Чо Юн Чан Лим Хан О Со Син Квон "
                             "Хван Ан Сон Ю Хон Пэ Пэк Ко Мун Нам Ён".split())
_KOREAN_SYLLABLE = re.compile(r"[А-ЯЁ][а-яё]{0,3}")


def _korean_name(tokens: list[str]) -> str | None:
    if len(tokens) < 3 or tokens[0] not in _KOREAN_SURNAMES or \
            not all(_KOREAN_SYLLABLE.fullmatch(t) for t in tokens[1:3]):
        return None
    last = re.sub(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|ем|а|я|у|ю|е)$|(?<=ь)(?:ю|я|е)$", "",
                  tokens[2])
    return f"{tokens[0]} {tokens[1]} {last}"


_NOMINATIVE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|бек|уулу|ян)$")  # «Пашинян» too
_KY_CASE = re.compile(r"(?<=[а-яё]{3})(?:дин|дын|дун|дүн|тин|тын|нин|нын|га|ге|ка|ке|ды|ди|"
                      r"ны|ни)\b")  # «Мирзиёевдин»: a Kyrgyz case ending


def _without_kyrgyz_case(name: str) -> str:
    """«Шавкат Мирзиёевдин» → «Шавкат Мирзиёев»; «Сироджиддин» is a name, not a genitive."""
    head, _space, surname = name.rpartition(" ")
    bare = _KY_CASE.sub("", surname)
    if bare != surname and _NOMINATIVE_SURNAME.search(bare):
        return f"{head} {bare}".strip()
    return name


_NAME_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*")
# A Kyrgyz noun with a possessive or genitive ending («Республикасынын», «Президенти»,
# «Тажикстандын»), which no name has.
_KY_NOUN = re.compile(r"(?<=[а-яёөүң]{3})(?:сынын|синин|сунун|сүнүн|нын|нин|нун|нүн|"
                      r"(?<!д)дын|(?<!д)дин|дун|дүн|тын|тин|тун|түн|сы|си|су|сү|ти|ты)$")
# («Сироджиддин», «Насреддин» are names)
_SURNAME_WORD = re.compile(r"[А-ЯЁӨҮ][а-яёөүң]+(?:-[А-ЯЁӨҮ]?[а-яёөүң]+)*")  # «Төрөбаев» too
_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом"}


def participants(text: str, countries: CountryIndex | None = None,
                 codes: list[str] | None = None) -> list[str]:
    """People named with their posts («президента Кыргызстана Садыра Жапарова»), in the
    nominative, each once; the countries their posts name go to `codes`."""
    out: dict[str, str] = {}
    codes = [] if codes is None else codes
    tokens = list(TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        words = [t.group() for t in tokens[i:i + 3]]
        if not words[0][:1].isupper():
            i += 1
            continue
        name = None
        n = 2
        spaced = [text[a.end():b.start()] == " " for a, b in zip(tokens[i:i + 2],
                                                                  tokens[i + 1:i + 3])]
        if spaced and spaced[0]:
            name = (_korean_name(words) if all(spaced) else None) or _chinese_name(words)
            n = 3 if name and len(name.split()) == 3 else 2
        for n in () if name else (3, 2):
            group = words[:n]
            joined = all(text[a.end():b.start()] == " " for a, b in
                         zip(tokens[i:i + n - 1], tokens[i + 1:i + n]))
            if len(group) == n and joined and all(_NAME_WORD.fullmatch(w) for w in
                                                  group[:-1]) and \
                    (_SURNAME_WORD if n == 2 else _NAME_WORD).fullmatch(group[-1]) and \
                    not any(_KY_NOUN.search(w) and not _NOMINATIVE_SURNAME.search(
                        _KY_CASE.sub("", w)) for w in group):
                bare = _KY_CASE.sub("", group[-1])  # «Сердар Бердимухамедовдун»
                if bare != group[-1] and _NOMINATIVE_SURNAME.search(bare):
                    group = group[:-1] + [bare]
                name = _nominative_name(group)
                if name:
                    break
        if name:
            before = text[max(0, tokens[i].start() - 80):tokens[i].start()]
            role = list(_ROLES.finditer(before))
            if role and not re.search(r"[.;:!?]", before[role[-1].end():]):
                name = _without_kyrgyz_case(name)
                out.setdefault(lemma(name.split()[-1]), name)
                _post_countries(before[role[-1].start():], countries, codes)
            i += n
            continue
        i += 1
    for m in _ENGLISH_NAME.finditer(text):
        words = m.group("name").split()
        while len(words) > 2 and (words[0] in _STATE_WORDS or _POST_WORD.search(words[0]) or
                                  countries and countries.mentions(words[0])):
            words.pop(0)  # «... of the Republic of Korea Cho Tae-yul», «... Partnerships Jozef»
        name = " ".join(words)
        if not any(countries_word in name for countries_word in _STATE_WORDS) and \
                not _NOT_NAME.search(name):  # «... Kyrgyzstan Sign Agreement» in a headline
            out.setdefault(name.split()[-1].lower(), name)
            _post_countries(m.group(), countries, codes)
    return list(out.values())


def _post_countries(post: str, countries: CountryIndex | None, codes: list[str]) -> None:
    """«Президента Республики Таджикистан» → TJ; an ambassador's post names his host too."""
    for m in countries.mentions(post) if countries else []:
        if m.by_name and m.code not in codes:
            codes.append(m.code)


_ENGLISH_NAME = re.compile(
    r"\b(?:President|Prime Minister|Minister(?: of [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?|"
    r"Chairman|Chairperson|Ambassador|Speaker|Commissioner|Secretary[- ]General)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w ]*?)? "
    r"(?P<name>[A-Z][a-zà-ÿ]+ (?:[A-Z][a-zà-ÿ]+ )?[A-Z][a-zà-ÿ]+(?:-[A-Za-z][a-zà-ÿ]+)?)\b"
    r"(?![- ][A-Z])")  # «Mohamed Hassan Alsuwaidi»


def meeting_facts(text: str, countries: CountryIndex, today: date,
                  taken: list[tuple[int, int]]) -> MeetingFacts:
    """What the text says about the meeting. `taken` are the spans of documents, whose dates
    are theirs, not the meeting's."""
    body_start, headline, header_date = header(text)
    facts = MeetingFacts(headline=headline)
    reference = header_date.value if header_date else today
    lead = text[body_start:body_start + 1500]
    facts.city = _city(f"{text[:body_start]}\n{lead}", countries) or _city(text, countries)
    facts.venue = _venue(lead)
    body = text[body_start:]
    dates = [d for d in find_dates(body, reference)
             if d.precision == "day" and d.value <= today and
             not any(s <= d.start + body_start < e for s, e in taken) and
             not _ANOTHER_DOCUMENTS_DATE.search(body, max(0, d.start - 40), d.start) and
             (header_date is None or (header_date.value - d.value).days <= 31)]
    if dates:
        first = dates[0]
        facts.date = first.value
        before = re.search(r"(\d{1,2})\s*[-–—]\s*$", text[body_start:body_start + first.start])
        if before:
            try:
                facts.date, facts.end_date = first.value.replace(day=int(before.group(1))), \
                    first.value
            except ValueError:
                pass
    else:
        facts.date = relative_date(lead, reference) if header_date else None
        if facts.date is None and header_date is not None:
            facts.date = header_date.value
    facts.participants = participants(text, countries, facts.countries)
    first_document = min([s for s, _e in taken if s >= body_start], default=len(text))
    scope = f"{headline}\n{text[body_start:min(first_document, body_start + 1500)]}"
    for place in (headline, scope):  # what the headline calls it, else the lead
        facts.kind = _kind_of_meeting(place)
        if facts.kind != "other":
            break
    roles = " ".join(m.group() for m in _ROLES.finditer(scope))
    for pattern, level in _LEVELS:
        if pattern.search(roles):
            facts.level = level
            break
    url = _URL.search(text)
    facts.source_url = url.group().rstrip(".,;") if url else ""
    return facts


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


# «..., подписанное 2 февраля 2006 года», «вступившего в силу 15 мая»: an earlier document's
# date, not the meeting's.
_ANOTHER_DOCUMENTS_DATE = re.compile(
    r"(?:подписанн\w*|вступивш\w*(?:\s+в\s+силу)?|заключенн\w*|ратифицированн\w*|\bот|"
    r"signed|dated|кол\s+коюлган)\s+(?:(?:в|в\s+городе|in|on)\s+\S+\s+)?$", re.I)


def reports_meeting(text: str) -> bool:
    return bool(MEETING_WORDS.search(text))
