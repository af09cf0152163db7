"""A Kyrgyz text's documents as drafts: each name found (kyrgyz.mentions) read into a
Document with its kind, parties in the nominative (kyrgyz.parties), subject and the earlier
instrument it amends; documents named plurally after a list of topics («... жөнүндө, ...
жөнүндө жана ... жөнүндө макулдашууларга») are one each."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from models.kyrgyz_words import without_case
from models.records import PartyDraft

from ..countries import CountryIndex
from ..dates import FoundDate, find_dates
from ..documents import Document, level_for
from ..meeting import in_dateline
from ..segmentation import Mention
from . import parties as ky_parties
from .parties import _possessive
from .mentions import SAME, Named, find_named, subject_countries
from .amends import earlier_date, reference as amended
from .running import subject as topic
from .earlier import earlier_spans
from .heads import leaders, shared
from .sessions import council_governments, council_owners, meeting_sides
from .signed_by import (_SIGNED as SIGNED_VERB, AS_WRITTEN, intro_sides, met_sides,
                        signed_after, spelt_out)
from .words import DESCRIBED_PARTNER, KINDS, MONTH_STEM, SIGNED, THE_SIDES, body_head

_KYRGYZ = re.compile(r"[өүң]", re.I)
_TOPIC_END = re.compile(r"\s(?:жөнүндө|тууралуу)(?=,|\s+жана\s|\s*$)", re.I)


_KYRGYZ_WORDS = re.compile(r"(?<![\w-])(?:жана|менен|боюнча|жөнүндө|тууралуу|ортосундагы|"
                           r"кол\s+ко\w+|\w+(?:нын|нин|дын|дин|тын|тин|нун|дун|тун))(?![\w-])",
                           re.I)
_RUSSIAN_WORDS = re.compile(r"(?<![\w-])(?:и|в|на|о|об|по|с|между|для|подписа\w*)(?![\w-])", re.I)


def is_kyrgyz(text: str) -> bool:
    """Whether the text is written in Kyrgyz: one Cyrillic letter in a hundred is ө, ү or ң,
    or its small words are Kyrgyz rather than Russian."""
    cyrillic = len(re.findall(r"[а-яёөүң]", text, re.I))
    if cyrillic == 0:
        return False
    return len(_KYRGYZ.findall(text)) / cyrillic > 0.01 or \
        len(_KYRGYZ_WORDS.findall(text)) > 2 * len(_RUSSIAN_WORDS.findall(text)) + 1


def table_title(title: str, kind_cell: str) -> str:
    """A Kyrgyz table row names the kind in a column of its own («... жөнүндө | Чечим»):
    the name ends with it."""
    word = kind_cell.strip().casefold()
    if word in ("чечим", "декларация", "макулдашуу", "келишим", "меморандум", "протокол",
                "билдирүү", "программа") and not title.casefold().split()[-1].startswith(
            word[:5]) and re.search(r"[өүң]|жөнүндө", title, re.I):
        return f"{title} {word}"
    return title


def kind_of(title: str, stem: str) -> str:
    low = title.casefold()
    kind = KINDS[stem]
    if kind == "memorandum":
        return "memorandum_of_understanding" if re.search(r"түшүн(?:үшүү|үү)", low) else \
            "agreement_of_intent" if re.search(r"\bниет", low) else "memorandum_of_cooperation"
    if kind == "joint_statement" and not re.search(r"биргелешкен|билдирүүсү", low):
        return "joint_statement"
    if kind in ("treaty", "agreement", "protocol") and re.search(r"\bниет", low):
        return "agreement_of_intent"  # «ниет келишими», «ниеттер жөнүндө протокол»
    if kind == "treaty" and re.search(r"инвестициялык|компания|ишкана|бир\s+туугандаш|"
                                      r"бир\s+туугандык", low):
        return "other"  # (a contract; twin cities' «келишим» as a «договор о побратимстве»)
    if kind == "treaty" and re.search(r"гранттык|грант\w*|насыя\w*|кредит\w*|заем\w*|"
                                      r"каржылоо", low):
        return "agreement"  # a grant or loan agreement («гранттык келишим»)
    return kind


_AREAS = {"тармактарындагы": "тармагындагы", "жааттарындагы": "жаатындагы",
          "чөйрөлөрүндөгү": "чөйрөсүндөгү", "багыттарындагы": "багытындагы"}
_AREA = re.compile(r"\s(%s)\s" % "|".join(_AREAS), re.I)


def _split(named: Named, text: str) -> list[str]:
    """The titles of «A жөнүндө, Б жөнүндө жана В жөнүндө макулдашууларга» and of «A, Б жана
    В тармактарындагы кызматташтык тууралуу үч макулдашуу» (one each)."""
    kind_word = named.title.split()[-1]
    head = named.title[:-len(kind_word)]
    ends = list(_TOPIC_END.finditer(head))
    if named.plural and len(ends) >= 2:
        out, pos = [], 0
        for m in ends:
            piece = re.sub(r"^(?:,\s*|\s*жана\s+)", "", head[pos:m.end()]).strip()
            out.append(f"{piece[:1].upper()}{piece[1:]} {kind_word}")
            pos = m.end()
        return out
    topics = _topics(named, head, kind_word, text) or _two_of_a_kind(named, head, kind_word,
                                                                     text)
    if topics:
        return topics
    area = _AREA.search(head)
    if named.count < 2 or area is None:
        return [named.title]
    pieces = [p for p in re.split(r",\s*(?:ошондой\s+эле\s+)?", head[:area.start()]) if p]
    while len(pieces) < named.count and " жана " in pieces[-1]:
        pieces[-1:] = pieces[-1].split(" жана ", 1)
    if len(pieces) != named.count:
        return [named.title]
    rest = _AREAS[area.group(1).casefold()] + " " + head[area.end():].strip()
    return [f"{p.strip()[:1].upper()}{p.strip()[1:]} {rest} {kind_word}" for p in pieces]


_TOPIC_POSTPOSITION = re.compile(r"\s(?:боюнча|жөнүндө|тууралуу)\s", re.I)
_PLURAL_OWN = re.compile(r"(?:лар|лер|дар|дер|тар|тер|лор|лөр|дор|дөр|тор|төр)[ыиуү]", re.I)


def _topics(named: Named, head: str, kind_word: str, text: str) -> list[str]:
    """«Билим берүү жана экологиялык коопсуздук боюнча өз ара түшүнүшүү меморандумдарына»: a
    plural kind word after topics joined by «жана» or commas, none counted, names one
    document on each («Билим берүү боюнча өз ара түшүнүшүү меморандуму», ...), its kind word
    with the possessive the plural had («меморандумдары» → «меморандуму»); else []."""
    post = _TOPIC_POSTPOSITION.search(head)
    if not named.plural or named.count >= 2 or named.between or post is None:
        return []
    topics = head[:post.start()]
    pieces = [p.strip() for p in re.split(r",\s*(?:ошондой\s+эле\s+)?|\s+жана\s+", topics)
              if p.strip()]
    if len(pieces) < 2 or any(len(p.split()) > 4 for p in pieces) or \
            re.search(r"(?<![\w-])менен(?![\w-])", topics):
        return []  # («саламаттык сактоо менен медицина илими»: one topic of two words)
    rest = head[post.start():].strip()
    return [f"{p[:1].upper()}{p[1:]} {rest} {_one_kind(named, kind_word, text)}"
            for p in pieces]


def _one_kind(named: Named, kind_word: str, text: str) -> str:
    """The kind word of one of the documents a plural names, with the possessive the plural had
    («меморандумдары» → «меморандуму», «макулдашууларына» → «макулдашуусу»)."""
    word = text[:named.end].split()[-1]
    return _possessive(kind_word.casefold()) if _PLURAL_OWN.search(word) else kind_word


# «(40 миллион долларлык) грант жана насыя (макулдашууларына)»: two words of a kind joined.
_TWO_WORDS = re.compile(r"^(?P<lead>(?:\S+\s+)*?)(?P<a>[А-ЯЁӨҮҢа-яөүң][а-яөүң-]*)\s+жана\s+"
                        r"(?P<b>[а-яөүң-]+)\s*$")  # (not «Кыргызстан жана Казакстан»)


def _two_of_a_kind(named: Named, head: str, kind_word: str, text: str) -> list[str]:
    """«грант жана насыя макулдашууларына»: a plural kind word after two words joined by
    «жана», none counted, names one document of each («Грант макулдашуусу», «Насыя
    макулдашуусу»); else []."""
    m = _TWO_WORDS.match(head.strip() + " ")
    if not named.plural or named.count >= 2 or m is None or \
            without_case(m.group("a")) != m.group("a"):  # (not «кызматташтыкты жана»)
        return []
    titles = [f"{m.group('lead')}{w} {_one_kind(named, kind_word, text)}"
              for w in (m.group("a"), m.group("b"))]
    return [t[:1].upper() + t[1:] for t in titles]


_LEAD_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)
# What a sentence that dates the event says: a signing, a meeting, a visit, talks, a session,
# or it is a line of the page with nothing but a date and a place.
_OF_THE_EVENT = re.compile(r"кол\s+ко[йю]|жолугуш|сапар|сүйлөшүү|отурум|жыйын|саммит|форум|"
                           r"иш-чара|азем|кабыл\s+ал|бекит|түзүл|түзүш|келди|барды|өттү", re.I)
# A line of the page with only a place and a date: «Бишкек, 14-март, 2024-жыл. /Кабар/.»
_DATE_WORDS = re.compile(r"\d+|[\w-]*жыл\w*|ж\.|" + MONTH_STEM + r"[а-яөүң]*|[^\w\s]+", re.I)


def _of_the_event(sentence: str) -> bool:
    """Whether a sentence may date the event: it speaks of a signing or a meeting, or says only
    where and when."""
    if _OF_THE_EVENT.search(sentence):
        return True
    rest = _DATE_WORDS.sub(" ", sentence).split()
    return len(rest) <= 2 and bool(re.search(r"\d", sentence))


def reference_day(text: str, today: date) -> date | None:
    """The day a Kyrgyz text's dates without a year are counted from: the end of the year its
    lead names (not after today); none when the lead names no year, as a year named further on
    may be another event's («БИШКЕК, 17-март ... 2016-жылы кол коюшкан»): none is invented."""
    lead = text[:600]
    for s, e in earlier_spans(lead):  # (not «2004-жылы ... протокол бекитишкен»)
        lead = lead[:s] + " " * (e - s) + lead[e:]
    for m in _LEAD_SENTENCE.finditer(lead):  # (not «2023-жылы ... соода жүгүртүү ... түздү»:
        if not _of_the_event(m.group()):  # a year of trade figures, another matter)
            lead = lead[:m.start()] + " " * len(m.group()) + lead[m.end():]
    years = [int(y) for y in re.findall(r"(?<![\d–—-])((?:19|20)\d\d)(?![–—-]\d)"
                                        r"(?=-жыл(?!дар|га)|\.|\s*-ж\.)", lead)
             if int(y) <= today.year]  # (not «2025-жылга чейинки», «2023–2025-жылдарга»)
    years += [2000 + int(y) for y in re.findall(r"(?<!\d)\d\d\.\d\d\.(\d\d)(?!\d)", lead)
              if 2000 + int(y) <= today.year]
    if not years:
        return None
    return min(date(max(years), 12, 31), today)


# «2019-жылы кол коюлган ...», «15-июнундагы ...»: another instrument's date.
_EARLIER_ONES = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:кол\s+коюлган|түзүлгөн)|"
                           r"[\w-]*[дт][аеоө]г[ыиуү]\b", re.I)
_PERIOD = re.compile(r"[\w-]*(?:жыл(?:дар)?га|\s+чейин)|\s*(?:чейин|дейре)", re.I)


def signed_date(text: str, named: Named, names: list[Named], reference: date | None):
    """The date the name's sentence (or its list's introducing line) gives, before the name or
    after it up to the verb; not a date inside a name, nor a period («2030-жылга чейин»), nor a
    dateline's."""
    spans = [(n.start, n.end) for n in names]
    stop = min([n.start for n in names if n.start > named.start] + [named.scope_end])
    intro_end = text.find("\n", named.scope_start, named.start) % (len(text) + 1) \
        if named.in_list else named.start
    for lo, hi in ((named.scope_start, intro_end or named.start),
                   (max(named.own_start, intro_end), named.start), (named.end, stop)):
        for d in find_dates(text[lo:hi], reference):
            at = lo + d.start
            if not any(s <= at < e for s, e in spans) and \
                    not re.search(r"жыл(?:дар)?га$", text[at:lo + d.end]) and \
                    not _PERIOD.match(text, lo + d.end) and \
                    not _EARLIER_ONES.match(text, lo + d.end):
                found = FoundDate(at, lo + d.end, d.value, d.precision)
                if not in_dateline(text, found):  # («Бишкек, 2023-жылдын 27-январы.»: the
                    return found  # report's day)
    return None


def lead_range(text: str, names: list[Named], reference: date | None) -> FoundDate | None:
    """The days a visit or talks took («2022-жылдын 11–12-октябрында»), the first date of
    the text: the month of a document signed there without a day of its own."""
    spans = [(n.start, n.end) for n in names]
    for d in find_dates(text, reference):
        if any(s <= d.start < e for s, e in spans):
            continue
        if d.precision == "month" and re.search(r"\d\s*[–—-]\s*\d", text[d.start:d.end]):
            return d
        if not re.match(r"[\d.]+\.?\s*/", text[d.start:d.end + 3]):  # «28.08.20. /Кабар/»
            return None
    return None


def meeting_days(text: str, reference: date | None) -> tuple[date, date] | None:
    """The first and last day of talks or a visit the text dates by a range of days
    («2022-жылдын 11–12-октябрында», «24–27-августта»), when its first date is one."""
    lead = lead_range(text, [], reference)
    if lead is None:
        return None
    last = re.search(r"[–—-]\s*(\d{1,2})-", text[lead.start:lead.end])
    try:
        return lead.value, lead.value.replace(day=int(last.group(1)))
    except (AttributeError, ValueError):
        return None


def _year(text: str, reference: date | None) -> int | None:
    """The year the text speaks of (to name Kyrgyzstan's government as it was then)."""
    years = [d.value.year for d in find_dates(text) if reference is None or
             d.value.year <= reference.year]
    return max(years) if years else None


def _city(name: str, text: str) -> str:
    """«Ош» of «Ош менен Шымкенттин ортосунда» is «Ош шаары» where the text calls it a city."""
    if " " not in name and re.search(rf"(?<![\w-]){re.escape(name)}\s+шаар", text):
        return f"{name} шаары"
    return name


# Bodies of a kind in the plural genitive, no country named: «Тышкы иштер министрликтеринин».
_THEIR_BODIES = re.compile(r"[А-ЯЁӨҮҢа-яөүң][а-яөүң-]*(?:\s+[а-яөүң-]+){0,3}?\s*"
                           r"министрликтер[ыиуү]н[ыиуү]н")


def _parties(named: Named, text: str, index: CountryIndex, codes: list[str],
             year: int | None) -> list[PartyDraft]:
    if named.between:
        bare = _THEIR_BODIES.fullmatch(named.between.strip())  # «Тышкы иштер министрликтеринин
        # ортосундагы»: the text's two countries' ministries
        expanded = ky_parties.both(("эки өлкөнүн " if bare else "") + named.between, codes,
                                   index, year) or \
            ky_parties.plural_bodies(named.between, index, year)
        if expanded:
            return expanded
        names = ky_parties.between(named.between, index)
        states = [index.whole_country(n) for n in names]
        if len(states) >= 2 and all(states) and len(set(states)) == len(states):
            return ky_parties.country_parties(states, "interstate", index, year)  # «A менен
            # Бнын ортосундагы» names the states, by their official names
        if any(_city(n, text) != n for n in names):  # «Ош менен Шымкенттин»: two cities
            names = [_city(n, text + f" {n} шаар") if " " not in n and
                     not index.whole_country(n) else n for n in names]
        if names:
            return ky_parties.drafts([spelt_out(n, text) for n in names], index)
    owners = council_owners(named.title, index, year)
    if owners:  # «A менен Бнын Мамлекеттер аралык кеңешинин ... чечими»
        return owners
    rest = text[named.end:named.scope_end]
    after = SIGNED_VERB.split(rest)[0] if SIGNED_VERB.search(rest) else ""
    subject = ky_parties.both(named.clause, codes, index, year, anywhere=True) or \
        ky_parties.subject_bodies(named.clause, index, year) or \
        ky_parties.heads_bodies(named.clause, index, year) or \
        (ky_parties.both(after, codes, index, year, True, after=True) or
         ky_parties.subject_bodies(after, index, year) if after else None)  # «...
    # меморандумуна эки өлкөнүн энергетика министрлери (Кыргызстан менен Армениянын өкмөттөрү)
    # кол коюшту»
    if subject:  # «Эки өлкөнүн тышкы иштер министрликтери ... кол коюшту»
        return subject
    names = signed = ky_parties.signers(named.clause, index, year, text)
    if len(names) < 2:
        names = ky_parties.subject_pair(named.clause, index)
    if len(names) < 2:
        names = ky_parties.on_behalf(text[named.own_start:named.scope_end])
    if len(names) < 2:
        names = signed_after(text, named.end, named.scope_end, index)
    if len(names) < 2 and not named.in_list:  # «A Б менен жолукту. Тараптар ... кол коюшту.»
        names = met_sides(text[:named.own_start], text[named.own_start:named.scope_end], index,
                          text)
    colon = named.clause.rfind(":")  # «... ортосунда үч документке кол коюлду: A, B жана C»
    if len(names) < 2 and (named.in_list and named.scope_start < named.own_start or colon > 0):
        intro = text[named.scope_start:named.own_start].split("\n", 1)[0] if named.in_list \
            else named.clause[:colon]
        intro = re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӨҮҢ])", intro)[-1]  # (its last sentence)
        names = intro_sides(intro, index, text)  # the sides of all the list's items
    if len(names) < 2:
        return _subject_states(named, index, year) or _leaders_signed(
            named, text, index, codes, year) or _beside_described(named.clause, index) or \
            (ky_parties.drafts(signed, index) if _UNNAMED_PARTNER.search(named.clause) and
             len(signed) == 1 else [])
    return ky_parties.drafts([spelt_out(n, text) for n in names], index)


# «... ректору X Санкт-Петербургдагы жогорку окуу жайлардын бири менен ...»: a partner
# described, not named (one signer's body is the one side the text names).
_UNNAMED_PARTNER = re.compile(r"(?<![\w-])(?:бири|бирөө|бирөөсү)\s+менен\s*$", re.I)
# «Министрлер кабинети эки жеке компания менен ...»: a body, and a partner it does not name.
_BESIDE_DESCRIBED = re.compile(r"(?P<body>(?:[А-ЯЁӨҮҢ][\w-]*\s+)?[\w-]+)\s+(?:(?:эки|үч|бир|"
                               r"жеке|чет\s+элдик|бир\s+катар)\s+)*" + DESCRIBED_PARTNER +
                               r"\s*$", re.I)


def _beside_described(clause: str, index: CountryIndex) -> list[PartyDraft]:
    """The one side a text names when its partner is only described: «Министрлер кабинети
    эки жеке компания менен инвестициялык макулдашууга кол койду» (the Cabinet; the companies
    unnamed); else none."""
    m = _BESIDE_DESCRIBED.search(clause)
    body = m.group("body") if m else ""
    if not body_head(body.split()[-1] if body else "") or not body[:1].isupper():
        return []
    words = body.split()
    return ky_parties.drafts([" ".join([words[0]] + [w[:1].upper() + w[1:] for w in words[1:]])],
                             index)


def _leaders_signed(named: Named, text: str, index: CountryIndex, codes: list[str],
                    year: int | None) -> list[PartyDraft]:
    """«Өкмөт башчылары ... жол картасына кол коюшту», «... билдирүү – ага мамлекет
    башчылары кол коюшту»: the leaders signed, for their governments or states."""
    rest = text[named.end:named.scope_end]
    return leaders(named.clause, codes, index, year, before_name=True, text=text) or \
        (leaders(rest, codes, index, year, text=text) if SIGNED_VERB.search(rest) else [])


def _subject_states(named: Named, index: CountryIndex, year: int | None) -> list[PartyDraft]:
    """«Кыргызстан менен Өзбекстан ... макулдашууга кол коюшту»: the countries that are the
    subject sign, as states (a treaty, a declaration, a statement) or by their governments."""
    clause = named.clause
    for m in index.mentions(clause):
        end, codes = subject_countries(clause[m.start:], index)
        if codes and _ONLY_WHEN.fullmatch(clause[m.start + end:]):
            return ky_parties.country_parties(sorted(codes, key=lambda c: c != "KG"),
                                              _states_level(named.kind), index, year)
    return []


# What may stand between the subject countries and the name: «2017-жылы (Бишкекте) түзүлгөн».
_ONLY_WHEN = re.compile(r"[\s,]*(?:(?:\d{4}-жылы|\d{1,2}-[а-яөүң]+|[А-ЯӨҮҢ][\w-]+[дт][аеоө])\s+)*"
                        r"(?:(?:кол\s+коюлган|түзүлгөн|кабыл\s+алынган)\s*)?", re.I)


def _states_level(kind: str) -> str:
    """States sign a treaty, a declaration or a statement; governments anything else."""
    return "interstate" if KINDS[kind] in ("treaty", "declaration", "joint_statement") \
        else "government"


def _codes(text: str, index: CountryIndex) -> list[str]:
    """The two countries of a bilateral text: Kyrgyzstan and the country it names most
    (a country named in passing is not a side). A Kyrgyz report need not name its own
    country («Президент Садыр Жапаровдун Өзбекстанга сапары»): with one other country named,
    the sides are Kyrgyzstan and it."""
    counts: dict[str, int] = {}
    for m in index.mentions(text):
        counts[m.code] = counts.get(m.code, 0) + 1
    others = sorted((c for c in counts if c != "KG"), key=lambda c: -counts[c])
    if "KG" not in counts and len(others) == 1:
        return ["KG", others[0]]
    if "KG" not in counts or not others or len(others) > 1 and \
            counts[others[0]] == counts[others[1]]:
        return []
    return ["KG", others[0]]


# A bracketed abbreviation after a name: «Ош мамлекеттик университети (ОшМУ) менен», «... 
# меморандумуна (MoU) кол коюп»: two capitals at least, so «(Кабар)» stays.
_ABBREVIATION = re.compile(r" \((?=[^()]*[A-ZА-ЯЁӨҮҢ][^()]*[A-ZА-ЯЁӨҮҢ])[A-ZА-ЯЁӨҮҢ][\w.&-]{1,11}\)"
                           r"(?=[\s,.;:]|$)")


def find_documents(text: str, index: CountryIndex, reference: date | None,
                   body_start: int) -> list[tuple[Mention, Document]]:
    """The documents the text says were signed or adopted, with what they amend: read with
    the bracketed abbreviations left out (a name is read whole across them; what one stands
    for is looked up in the text as written), the places given in `text`."""
    cuts = list(_ABBREVIATION.finditer(text))
    if not cuts:
        return _find_documents(text, index, reference, body_start)
    kept, origin, position = [], [], 0  # origin[i]: where the i-th character kept is in text
    for m in cuts:
        kept.append(text[position:m.start()])
        origin += range(position, m.start())
        position = m.end()
    kept.append(text[position:])
    origin += range(position, len(text) + 1)
    start = next(i for i, o in enumerate(origin) if o >= body_start)
    out, written = [], AS_WRITTEN.set(text)
    try:
        found = _find_documents("".join(kept), index, reference, start)
    finally:
        AS_WRITTEN.reset(written)
    for mention, doc in found:
        s, e = origin[mention.start], origin[mention.end - 1] + 1
        out.append((replace(mention, start=s, end=e, text=text[s:e],
                            scope_start=origin[mention.scope_start]), doc))
    return out


def _find_documents(text: str, index: CountryIndex, reference: date | None,
                    body_start: int) -> list[tuple[Mention, Document]]:
    found = find_named(text, index)
    headline = [n for n in found if n.start < body_start and n.status == SIGNED]
    if any(n.start >= body_start and n.status == SIGNED for n in found):
        found = [n for n in found if n.start >= body_start]
    codes = _codes(text, index)
    year = _year(text, reference)
    for k, n in enumerate(found):  # «Инвестициялык келишимдерге ... кол коюлду»: those named
        if n.status == SIGNED and n.plural and _bare(n.title, n.kind):
            for x in found[:k]:
                x.status = x.status or (SIGNED if x.kind == n.kind else None)
    for n in found:  # «Макулдашууга ... кол коюшту. Бул ... жөнүндө макулдашуу.»
        full = [x for x in found if x.kind == n.kind and x.status is None and
                not _bare(x.title, x.kind)]
        if n.status == SIGNED and _bare(n.title, n.kind) and len(full) == 1:
            n.title, n.between = full[0].title, full[0].between
    lead = lead_range(text, found, reference)
    everyone = shared(text, codes, index, year)  # «Документтерге ... өкмөт башчылары кол коюшту»
    named = _signed_names(found, text)
    out: list[tuple[Mention, Document]] = []
    again: list[tuple[Named, str]] = []
    made: list[tuple[Named, Document]] = []
    for n, title in named:
        if _bare(title, n.kind) and any(x.kind == n.kind and (not _bare(t, x.kind) or
                                                              x.start < n.start)
                                        for x, t in named if x is not n):
            again.append((n, title))
            continue  # «Меморандумга ... кол коюшту» names again a document named
        parties = _parties(n, text, index, codes, year) or \
            ky_parties.meeting_bodies(title, codes, index)
        if not parties and n.kind == "протокол":  # a session's or a meeting's protocol
            bare = _bare(title, n.kind)
            parties = council_governments(title, text if bare else n.clause, index, year) or \
                (meeting_sides(text, codes, index) if bare else [])
        parties = parties or [replace(p) for p in everyone]
        said = _DESCRIPTOR.search(title)
        if said:  # «... жөнүндө өкмөттөр аралык макулдашуу»: the governments sign it
            title = title[:said.start()] + " " + title[said.end():]
            parties = parties or ky_parties.country_parties(codes, "government", index, year)
        kind = kind_of(title, n.kind)
        ref = _reference(title, index, reference)
        if ref is not None and ref.date is None:
            ref.date = earlier_date(text, n, ref.title, found, reference)
        doc = Document(kind, title, level_for(title, kind, parties), parties,
                       topic(title) or "", len(parties) > 2, ref,
                       signed=signed_date(text, n, found, reference) or lead)
        made.append((n, doc))
        out.append((Mention(n.start, n.end, text[n.start:n.end], n.status,
                            n.start,  # (no other date for it than signed_date's)
                            in_list=n.in_list), doc))
    for k, (n, doc) in enumerate(made):  # «Ошол эле компания менен ... келишим», «Ошондой
        if k and not doc.parties and (SAME.search(text, n.own_start, n.start) or  # эле тараптар
                                      _the_same_sides(text, made[k - 1][0], n) or
                                      _also_signed(text, made[k - 1][0], n) or
                                      _joined(text, made[k - 1][0], n)):  # ...»: the
            doc.parties = [replace(p) for p in made[k - 1][1].parties]  # sides of the one before
    for n, doc in made:  # a list, then «Документтерге кыргыз тараптан X, тажик тараптан Y
        if not doc.parties and n.in_list:  # кол коюшту»: the signers of all its items
            last = max((x for x, _ in made if x.in_list and x.scope_start == n.scope_start),
                       key=lambda x: x.end)
            names = signed_after(text, last.end, last.scope_end, index) if \
                _ALL_OF_THEM.match(text, last.scope_end) else []
            doc.parties = ky_parties.drafts([spelt_out(x, text) for x in names], index)
    for n, _title in again:  # «... тиешелүү макулдашууга X жана Y кол коюшту»: the sides of
        same = [d for x, d in made if x.kind == n.kind and x.start < n.start]  # the one named
        if len(same) == 1 and not same[0].parties:  # before, when it has none
            same[0].parties = _parties(n, text, index, codes, year)
    sides = _headline_sides(text[:body_start], headline, text, index, codes, year)
    for n, doc in made:  # «Кыргызстан менен Кытай ... меморандумга кол коюшту» over a body
        if not doc.parties and sides and (len(made) == 1 or THE_SIDES.search(n.clause)):
            doc.parties = [replace(p) for p in sides]  # naming no sides: the headline's
            if doc.kind == "treaty" and level_for(doc.title, doc.kind, doc.parties) == "other":
                doc.kind = "other"  # (a «келишим» of two universities)
            doc.level = level_for(doc.title, doc.kind, doc.parties)
    for _n, doc in made:
        if doc.kind in ("agreement", "treaty") and doc.parties and all(
                p.organisation_kind == "company" for p in doc.parties):
            doc.kind = "other"  # an agreement between companies is a contract
    return out


# A headline's last word when it is its verb: «... кол коюшту», «... кызматташат».
_HEADLINE_VERB = re.compile(r"\s+(?:кол\s+)?[\w-]+(?:шты|шту|штү|шат|шет|шот|шөт|ды|ди|ду|дү|"
                            r"ты|ти|ту|тү)\s*$", re.I)


def _headline_sides(headline: str, named: list[Named], text: str, index: CountryIndex,
                    codes: list[str], year: int | None) -> list[PartyDraft]:
    """The sides a headline gives its one signed document («Кыргызстан менен Кытай ...
    меморандумга кол коюшту»), or names as its subject («А университети жана Б университети
    кызматташат»), for a body that names none."""
    own = _parties(named[0], text, index, codes, year) if len(named) == 1 else []
    verb = _HEADLINE_VERB.search(headline.strip())
    if own or not verb or len(named) > 1:
        return own
    subject = headline.strip()[:verb.start()]
    names = ky_parties.subject_pair(subject + " ", index) or _two_cities(subject, text, index)
    return ky_parties.drafts(names, index) if len(names) == 2 else []


_TWO = re.compile(r"([А-ЯЁӨҮҢ][\w-]+)\s+(?:менен|жана)\s+([А-ЯЁӨҮҢ][\w-]+)\s")


def _two_cities(subject: str, text: str, index: CountryIndex) -> list[str]:
    """«Ош менен Санкт-Петербург ... келишим түзүштү» over «эки шаар ... кол коюшту»: the two
    cities, each «... шаары»; else []."""
    m = _TWO.match(subject)
    if m is None or not re.search(r"(?<![\w-])эки\s+шаар", text) or \
            any(index.whole_country(without_case(w)) for w in m.groups()):
        return []
    return [_city(w, f"{w} шаар") for w in m.groups()]


def _the_same_sides(text: str, before: Named, named: Named) -> bool:
    """«A жана B ... макулдашууга кол коюшту. Ошондой эле тараптар ... макулдашуусун түзүштү»:
    «тараптар» before a name in the sentence right after the one naming the document before it
    are that document's sides."""
    return bool(THE_SIDES.search(text, named.own_start, named.start)) and \
        len(re.findall(r"[.!?](?:\s|$)", text[before.end:named.own_start])) <= 1


_ALSO_SIGNED = re.compile(r"\s+(?:да|дагы)\s+кол\s+коюл", re.I)


def _also_signed(text: str, before: Named, named: Named) -> bool:
    """«A, B жана C облустарынын жетекчилери ... макулдашууга кол коюшту. ... Жол карталарына
    да кол коюлду»: a document «also signed» in a passive naming no one is the one before's
    sides'."""
    return before.status == named.status and bool(_ALSO_SIGNED.match(text, named.end)) and \
        not re.search(r"[А-ЯЁӨҮҢA-Z]", text[named.own_start + 1:named.start])


def _joined(text: str, before: Named, named: Named) -> bool:
    """«X жана Y A макулдашуусуна жана B грант макулдашуусуна кол коюшту»: a name joined to
    the one before it in one clause shares its subject (not one with sides of its own)."""
    return not before.between and not named.between and \
        bool(re.fullmatch(r"[\s,]*(?:жана|ошондой\s+эле|,)[\s,]*", text[before.end:named.start]))


# A sentence after a list speaking of all its documents.
_ALL_OF_THEM = re.compile(r"\s*(?:Бул\s+|Аталган\s+)?(?:документтерге|аларга)(?![\w-])", re.I)


# A descriptor before the kind word saying who signs: not part of the title (the parties say it).
_DESCRIPTOR = re.compile(r"\s+өкмөттөр\s+аралык\s+(?=\S+$)", re.I)


def _signed_names(found: list[Named], text: str) -> list[tuple[Named, str]]:
    """Each document signed with its title: one per topic of a plural name (see _split), one
    per pair of bodies of «эки өлкөнүн финансы министрликтери жана юстиция министрликтери
    кызматташтык жөнүндө меморандумдарга кол коюшту» (the name's clause that pair's alone)."""
    out: list[tuple[Named, str]] = []
    for n in found:
        titles = [t for t in _split(n, text) if not _counted(n, t) and not _decided(n, text)
                  and not _unnamed_decision(n, t)] \
            if n.status == SIGNED else []
        pairs = _EACH_PAIR.search(n.clause) if n.plural and len(titles) == 1 else None
        bodies = re.split(r"\s*,\s*|\s+жана\s+", pairs.group("bodies")) if pairs else []
        if len(bodies) >= 2 and all(_PLURAL_BODY.fullmatch(b) for b in bodies):
            out += [(replace(n, clause=f"{n.clause[:pairs.start('bodies')]}{b} "), titles[0])
                    for b in bodies]
        else:
            out += [(n, t) for t in titles]
    return out


_PLURAL_BODY = re.compile(r"(?:[а-яөүң-]+\s+){0,3}[а-яөүң-]+(?:лери|лары|тери|тары|дери|дары|"
                          r"лору|лөрү|тору|төрү|дору|дөрү)", re.I)
_EACH_PAIR = re.compile(r"(?<![\w-])эки\s+(?:өлкөнүн|мамлекеттин)\s+(?P<bodies>[а-яөүң -]+?"
                        r"(?:\s*,\s*|\s+жана\s+)[а-яөүң -]+?)\s*$", re.I)


# What names a document beyond its kind: its topic, its sides, a quoted name.
_NAMING = re.compile(r"(?<![\w-])(?:жөнүндө|тууралуу|боюнча|ортосундагы|арасындагы)(?![\w-])|"
                     r"[дт][аеоө]г[ыиуү](?![\w-])|[«\"]", re.I)


def _counted(named: Named, title: str) -> bool:
    """«Форумда жалпы наркы 2 миллиард долларлык 45 келишимге кол коюлду»: documents counted,
    not named (three or more, nothing said of them but their worth or kind)."""
    return named.count >= 3 and not _bare(title, named.kind) and not _NAMING.search(title)


# A council's or a summit's decision is a document; what the sides decided at talks is not.
_DECIDED = re.compile(r"\s+кабыл\s+ал", re.I)
_COUNCIL = re.compile(r"кеңеш|комиссия|саммит|жыйын|отурум", re.I)


def _decided(named: Named, text: str) -> bool:
    """«Тараптар ... өткөрүү пунктун түнкүсүн да иштетүү жөнүндө чечим кабыл алышты»: the
    sides decided something at the talks, no decision document (one signed, «... чечимге кол
    коюлду», or adopted by a council, is)."""
    return named.kind == "чечим" and bool(_DECIDED.match(text, named.end)) and \
        not _COUNCIL.search(named.clause + " " + named.title)


# What makes a «чечим» a document: what it decides («... жөнүндө чечим»), its title in quotes, or
# whose it is, in the genitive («... отурумунун Чечими»).
_DECISION_NAMED = re.compile(r"(?<![\w-])(?:жөнүндө|тууралуу|боюнча)\s+(?:[\w-]+\s+)?чечим|"
                             r"«[^«»]{3,}»|\"[^\"]{3,}\"|[\w-]{2,}[ндт][ыиуү]н\s+чечим", re.I)


def _unnamed_decision(named: Named, title: str) -> bool:
    """«тараптар бир катар чечим кабыл алышты», «тиешелүү чечим»: the word «чечим» without a
    name saying what it decides, its quoted title or whose it is, is no document."""
    return named.kind == "чечим" and not _DECISION_NAMED.search(title)


def _bare(title: str, stem: str) -> bool:
    """Only the kind word («Меморандум», «Жол картасы», «Инвестициялык келишим»)."""
    words = title.casefold().split()
    return len(words) <= 2 and words[-1].startswith(stem[:5])


def _reference(title: str, index: CountryIndex, day: date | None):
    from ..documents import _reference as read_reference  # the shared reading of references

    if amended(title) is None:
        return None
    found = read_reference(title, index, day)[1]
    found.title = found.title[:1].upper() + found.title[1:]  # (its date taken out of it)
    return found


def meeting_parties(doc: Document, index: CountryIndex, codes: list[str], text: str,
                    day: date | None) -> None:
    """A document of a meeting of two or more countries that names no parties is between
    their states or governments, named in Kyrgyz («Кыргыз Республикасынын Министрлер
    Кабинети», «Түркия Республикасынын Өкмөтү»)."""
    if doc.parties or len(codes) < 2 or doc.level not in ("interstate", "intergovernmental"):
        return
    codes = sorted(codes, key=lambda c: c != "KG")
    year = day.year if day else _year(text, None)
    doc.parties = ky_parties.country_parties(codes, doc.level, index, year)
    doc.multilateral = len(codes) > 2
