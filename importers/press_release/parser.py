"""From a press release to a proposed import: the meeting and one draft per document signed."""

from __future__ import annotations

import re
from datetime import date

from models.countries import HOME_COUNTRY
from models.records import EventDraft, InstrumentDraft, MeetingDraft, PartyDraft
from models.vocabulary import MEETING_KINDS

from .countries import CountryIndex
from .dates import find_dates
from .documents import Document, capitalise, level_for, parse_document
from .parties import body_kind, country_of, government_name
from .meeting import MEETING_WORDS, header, meeting_facts
from .morphology import inflect_phrase
from .proposal import EarlierInstrument, ProposedImport, ProposedInstrument
from .segmentation import RATIFIED, SIGNED, Mention, find_mentions

_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\t]")


def normalise(text: str) -> str:
    """Line breaks as \\n, odd spaces as spaces, no soft hyphens or byte order mark."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return _SPACES.sub(" ", text.replace("\u00ad", ""))


def _sentence_date(text: str, mention: Mention, taken: list[tuple[int, int]], reference):
    """A date in the words before the document that belongs to no document («26 ноября в
    Бишкеке подписаны: ...»)."""
    for d in reversed(find_dates(text[mention.scope_start:mention.start], reference)):
        at = mention.scope_start + d.start
        if not any(s <= at < e for s, e in taken):
            return d
    return None


def _meeting_title(headline: str, kind: str, city: str) -> str:
    if headline and MEETING_WORDS.search(headline):
        return re.split(r":\s|\s[—–]\s", headline)[0].strip()
    label = MEETING_KINDS.label(kind, "ru")
    return f"{label}, {city}" if city else label


def parse_press_release(text: str, today: date, countries) -> ProposedImport:
    """The meeting the text reports and a draft of every document it says was signed (or
    ratified: signed before). `countries` are the registry's (CountryView) or the seeds of
    models.countries. Nothing here looks at the registry's records: see matching."""
    text = normalise(text)
    index = countries if isinstance(countries, CountryIndex) else CountryIndex(countries)
    _start, headline, header_date = header(text)
    reference = header_date.value if header_date else today
    mentions = [m for m in find_mentions(text) if m.status in (SIGNED, RATIFIED)]
    taken = [(m.start, m.end) for m in find_mentions(text)]
    parsed: list[tuple[Mention, Document]] = []
    seen: set[str] = set()
    for m in mentions:
        doc = parse_document(m.text, index, reference, m.case)
        if not doc.parties and not m.in_list:
            _subject_parties(doc, text[m.scope_start:m.start], index)
        key = " ".join(doc.title.casefold().split())
        if key in seen:
            continue
        seen.add(key)
        parsed.append((m, doc))
    references = {" ".join(d.reference.title.casefold().split()) for _, d in parsed
                  if d.reference}
    parsed = [(m, d) for m, d in parsed
              if " ".join(d.title.casefold().split()) not in references]

    for _m, doc in parsed:
        _home_country(doc)
    signed_here = any(m.status == SIGNED for m, _ in parsed)
    meeting = None
    facts = None
    if signed_here or (headline and MEETING_WORDS.search(headline)):
        facts = meeting_facts(text, index, today, taken)
        codes = sorted({p.country for _, d in parsed for p in d.parties if p.country})
        meeting = MeetingDraft(
            title=_meeting_title(facts.headline, facts.kind, facts.city), kind=facts.kind,
            start_date=facts.date, end_date=facts.end_date or facts.date, city=facts.city,
            venue=facts.venue, level=facts.level, countries=codes,
            participants="; ".join(facts.participants), source_url=facts.source_url)

    for _m, doc in parsed:
        _pair_parties(doc, index, meeting.countries if meeting else [])
    proposal = ProposedImport(text, meeting)
    if headline:
        at = text.find(headline)
        proposal.meeting_start, proposal.meeting_end = at, at + len(headline)
    for m, doc in parsed:
        proposal.instruments.append(_proposed(text, m, doc, taken, reference, meeting))
    return proposal


def _proposed(text: str, m: Mention, doc: Document, taken, reference,
              meeting: MeetingDraft | None) -> ProposedInstrument:
    found = doc.signed or (doc.own_date if doc.reference is None else None)
    place = doc.signed_place
    if found is None and m.status == SIGNED:
        found = _sentence_date(text, m, taken, reference)
    signed, precision = (found.value, found.precision) if found else (None, "day")
    if signed is None and m.status == SIGNED and meeting is not None:
        signed = meeting.start_date
        place = place or meeting.city
    draft = InstrumentDraft(
        title=doc.title, kind=doc.kind, level=doc.level, signed_date=signed,
        signed_date_precision=precision, multilateral=doc.multilateral, subject=doc.subject,
        signed_place=place, parties=doc.parties,
        events=[EventDraft("signed", signed)] if signed and precision == "day" else [])
    earlier = None
    if doc.reference is not None:
        r = doc.reference
        earlier = EarlierInstrument(r.relation, r.title, r.kind, r.level,
                                    r.date.value if r.date else None,
                                    r.date.precision if r.date else "day")
    return ProposedInstrument(draft, text[m.start:m.end].strip(), m.start, m.end, earlier)


_BOTH_MINISTRIES = re.compile(r"между\s+министерствами\s+(?P<of>.+?)\s+(?:двух\s+стран|"
                              r"обеих\s+стран|сторон)\b", re.I)
_SIGNERS = re.compile(r"^(?P<who>.+?)\s+(?:подписали|подписал[аи]?|signed|have signed)"
                      r"(?:\s+(?:a|an|the|также|also))?\s*$", re.I | re.S)
_MINISTER = re.compile(r"^(?:министр|minister)\s+(?P<of>.+?)(?:\s+[А-ЯЁA-Z][а-яёa-z]+){0,3}$",
                       re.I)


def _subject_parties(doc: Document, before: str, index: CountryIndex) -> None:
    """«ОАО «Кыргызалтын» и компания China National Gold подписали соглашение ...»: the
    bodies that signed, named before the verb; a minister stands for the ministry."""
    m = _SIGNERS.search(before.strip())
    if not m:
        return
    who = re.sub(r"^.*?(?:[,:]\s+|\bкроме того\s+|\bтакже\s+)(?=\S+\s+\S+\s+(?:и|and)\s)", "",
                 m.group("who"))
    parts = [p.strip(" ,") for p in re.split(r"\s+и\s+|\s+and\s+", who) if p.strip(" ,")]
    if len(parts) < 2 or any(len(p.split()) > 12 for p in parts):
        return
    names = []
    for part in parts:
        minister = _MINISTER.match(part)
        if minister:
            part = ("Министерство " if re.match(r"[а-яё]", part, re.I) and
                    part[:1].lower() == "м" and not part.lower().startswith("minister")
                    else "Ministry of ") + minister.group("of")
        names.append(capitalise(part))
    doc.parties = [PartyDraft(name=n, country=country_of(n, index),
                              organisation_kind=body_kind(n, index)) for n in names]
    doc.level = level_for(doc.title, doc.kind, doc.parties)


def _home_country(doc: Document) -> None:
    """A body with no country beside a foreign one is the home country's («ОАО «Кыргызалтын»»
    and a Chinese company)."""
    known = [p.country for p in doc.parties if p.country]
    if len(doc.parties) == 2 and len(known) == 1 and known[0] != HOME_COUNTRY:
        for p in doc.parties:
            p.country = p.country or HOME_COUNTRY


def _pair_parties(doc: Document, index: CountryIndex, meeting_countries: list[str]) -> None:
    """A document of a two-country meeting that names no parties is between the two states or
    governments («Протокол заседания межправительственной комиссии»)."""
    if doc.parties or len(meeting_countries) != 2:
        return
    codes = sorted(meeting_countries, key=lambda c: c != HOME_COUNTRY)
    ministries = _BOTH_MINISTRIES.search(doc.title)
    if ministries:  # «между министерствами иностранных дел двух стран»
        doc.parties = [PartyDraft(name=f"Министерство {ministries.group('of')} "
                                       f"{inflect_phrase(index.official[c], 'gent')}",
                                  country=c, organisation_kind="ministry") for c in codes]
    elif doc.level in ("interstate", "intergovernmental"):
        state = doc.level == "interstate"
        doc.parties = [PartyDraft(name=index.official[c] if state else government_name(c, index),
                                  country=c, organisation_kind="state" if state
                                  else "government") for c in codes]
