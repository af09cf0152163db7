"""Parties, earlier instruments and the meeting of a proposal matched to records already in
the registry, through its API: «Кабинет министров КР» is the «Кабинет министров Кыргызской
Республики» on file, «Договор между КР и РФ ... от 20 июня 2017 года» the treaty of that date;
and each proposed document that is already on file marked with the record it repeats
(`ProposedInstrument.duplicate`), which an import leaves out unless the clerk says so."""

from __future__ import annotations

import re

from models.parties import name_key
from models.records import InstrumentFilter

from .countries import TOKEN, CountryIndex
from .morphology import lemma
from .proposal import EarlierInstrument, ProposedImport

_FILLER = {"и", "о", "об", "в", "между", "по", "на", "с", "к", "the", "of", "and", "on",
           "between", "in", "to"}


def canonical(name: str, countries: CountryIndex) -> tuple[str, ...]:
    """The lemmas of a name with every country in it as its code: «Министерство
    здравоохранения КР» and «Министерство здравоохранения Кыргызской Республики» agree."""
    out: list[str] = []
    pos = 0
    for m in countries.mentions(name):
        if not m.by_name:
            continue
        out += [lemma(w) for w in TOKEN.findall(name[pos:m.start])]
        out.append(m.code)
        pos = m.end
    out += [lemma(w) for w in TOKEN.findall(name[pos:])]
    return tuple(w for w in out if w not in _FILLER)


def _similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def match_party(registry, name: str, country: str | None, kind: str | None,
                countries: CountryIndex) -> int | None:
    """The organisation on file that is this party, or None."""
    key = canonical(name, countries)
    words = [w for w in re.findall(r"\w+", name) if len(w) > 2 and w.upper() != w]
    state = countries.whole_country(name)
    candidates = registry.organisations(text=words[0] if words and not state else None,
                                        country=country, limit=500, with_counts=False)
    for org in candidates:
        if name_key(org.name) == name_key(name) or canonical(org.name, countries) == key:
            return org.id
    if state or kind == "state":
        states = [o for o in candidates if o.kind == "state"]
        if len(states) == 1:
            return states[0].id
    return None


def _date_agrees(found, wanted: EarlierInstrument) -> bool:
    if wanted.date is None or found is None:
        return wanted.date is None
    if wanted.precision == "year":
        return found.year == wanted.date.year
    if wanted.precision == "month":
        return (found.year, found.month) == (wanted.date.year, wanted.date.month)
    return found == wanted.date


def match_instrument(registry, earlier: EarlierInstrument, countries: CountryIndex):
    """The instrument on file that the text refers to, as (id, title), or None: same kind and
    date, and a title that says the same once abbreviations are read as countries."""
    key = canonical(earlier.title, countries)
    about = re.split(r"\s(?:о|об|on|concerning)\s", earlier.title, maxsplit=1)
    words = " ".join(w for w in re.findall(r"\w+", about[-1]) if len(w) > 3 or w.isdigit())
    rows = registry.list_instruments(InstrumentFilter(text=words or earlier.title),
                                     limit=50, with_total=False).rows
    best, score = None, 0.0
    for row in rows:
        if not _date_agrees(row.signed_date, earlier):
            continue
        similarity = _similarity(key, canonical(row.title, countries))
        if row.kind == earlier.kind:
            similarity += 0.2
        needed = 0.5 if earlier.date is not None else 0.85
        if similarity >= needed and similarity > score:
            best, score = row, similarity
    return (best.id, best.title) if best else None


def match_meeting(registry, proposal: ProposedImport) -> int | None:
    """A meeting on file of the same day in the same city."""
    m = proposal.meeting
    if m is None or m.start_date is None:
        return None
    for row in registry.meetings_on(m.start_date):
        if not m.city or name_key(row.city) == name_key(m.city):
            return row.id
    return None


def mark_duplicates(registry, proposal: ProposedImport) -> None:
    """Mark each proposed document with the record it repeats (or an earlier document of the
    same text); a document the text gives no date is looked for whatever the record's date
    (by kind, countries and title: a clerk importing an undated text again is still warned).
    A meeting not found by its day and city is the one those records were signed at, when
    they were all signed at one meeting of that day (or, for a meeting the text gives no
    date, at one meeting in its city, whose date it then takes from the record on file)."""
    drafts = [item.draft for item in proposal.instruments]
    for item, found in zip(proposal.instruments, registry.find_duplicates(drafts)):
        item.duplicate = found
        if found is None:  # (undated_duplicate looks only for a draft without a date)
            item.duplicate = registry.undated_duplicate(item.draft,
                                                        not_after=proposal.report_date)
    m = proposal.meeting
    if m is None or m.id is not None:
        return
    meetings = {item.duplicate.meeting_id for item in proposal.instruments
                if item.duplicate is not None and item.duplicate.id is not None}
    if len(meetings) == 1 and None not in meetings:
        found = registry.meeting(meetings.pop()).row
        if found.deleted_at is not None:
            return
        if m.start_date is None and found.start_date is not None and (
                not m.city or name_key(found.city) == name_key(m.city)):
            m.id = found.id  # (its date is the record's, not one the text gave)
            m.start_date, m.end_date = found.start_date, found.end_date
            m.start_date_precision = found.start_date_precision
            proposal.yearless, proposal.report_date = "", None
        elif found.start_date == m.start_date:
            m.id = found.id


def match_import(registry, proposal: ProposedImport, countries: CountryIndex) -> None:
    """Fill in the ids of what the registry already holds (reads only)."""
    if proposal.meeting is not None:
        proposal.meeting.id = match_meeting(registry, proposal)
    for item in proposal.instruments:
        for party in item.draft.parties:
            party.organisation_id = match_party(registry, party.name, party.country,
                                                party.organisation_kind, countries)
        if item.earlier is not None:
            found = match_instrument(registry, item.earlier, countries)
            item.earlier.matched_id, item.earlier.matched_title = found or (None, "")
    mark_duplicates(registry, proposal)
