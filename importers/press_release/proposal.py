"""What the parser proposes: a meeting draft and instrument drafts (the plain records of
models.records), each instrument with the passage it came from and the earlier instrument it
refers to. The clerk edits these before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from i18n import _
from models.dates import span_date
from models.records import DuplicateMatch, EventDraft, InstrumentDraft, MeetingDraft

from .dates import partial_iso


@dataclass
class EarlierInstrument:
    """The earlier instrument a draft amends (supplements, implements ...), as the text names
    it; `matched_id` once found in the registry."""

    relation: str  # a code of models.vocabulary.RELATION_KINDS
    title: str
    kind: str
    level: str
    date: date | None = None
    precision: str = "day"
    matched_id: int | None = None
    matched_title: str = ""


@dataclass
class ProposedInstrument:
    draft: InstrumentDraft
    source: str  # the words of the text it came from
    start: int  # where they are in ProposedImport.text
    end: int
    earlier: EarlierInstrument | None = None
    duplicate: DuplicateMatch | None = None  # the record (or earlier draft) it repeats


@dataclass
class ProposedImport:
    text: str  # the text as parsed (spaces normalised); sources point into it
    meeting: MeetingDraft | None
    instruments: list[ProposedInstrument] = field(default_factory=list)
    meeting_start: int = 0
    meeting_end: int = 0
    announced: int | None = None  # how many documents the text says were signed
    yearless: str = ""  # «12 октября»: the meeting's date as the text gives it, with no year
    report_date: date | None = None  # the report's own date when it gives the meeting none:
    # what the review offers the clerk, never filled in by itself


def meeting_date(meeting: MeetingDraft) -> tuple[date | None, str]:
    """The meeting's date as one date with its precision (models.dates.span_date)."""
    return span_date(meeting.start_date, meeting.end_date, meeting.start_date_precision)


def dated_by_meeting(draft: InstrumentDraft, meeting: MeetingDraft | None) -> None:
    """A document the text gives no date of takes that of the meeting it is signed at, once
    the meeting has one (the text's, or the clerk's)."""
    if meeting is None or meeting.start_date is None or draft.signed_date is not None:
        return
    draft.signed_date, draft.signed_date_precision = meeting_date(meeting)
    if draft.signed_date_precision == "day" and not draft.events:
        draft.events = [EventDraft("signed", draft.signed_date)]


def count_note(proposal: ProposedImport) -> str:
    """«в тексте сказано 7, найдено 6» when the number of documents the text announces is not
    the number found (the clerk looks for the missing ones, or the extra one), else ""."""
    said, found = proposal.announced, len(proposal.instruments)
    if said is None or said == found:
        return ""
    return _("the text says {said}, {found} found").format(said=said, found=found)


def as_json(proposal: ProposedImport) -> dict:
    """The proposal as `import-text --dry-run --format json` prints it."""
    m = proposal.meeting
    meeting = None if m is None else {
        "title": m.title, "kind": m.kind, "level": m.level,
        "date": partial_iso(*meeting_date(m)),
        "start_date": partial_iso(m.start_date, m.start_date_precision),
        "end_date": m.end_date.isoformat() if m.end_date and m.end_date != m.start_date
        else None,
        "city": m.city, "venue": m.venue,
        "participants": [p for p in m.participants.split("; ") if p],
        "countries": list(m.countries), "source_url": m.source_url or None,
        "id": m.id,
    }
    instruments = []
    for p in proposal.instruments:
        d, e = p.draft, p.earlier
        instruments.append({
            "kind": d.kind, "title": d.title, "level": d.level,
            "parties": [{"name": x.name, "country": x.country} for x in d.parties],
            "subject": d.subject,
            "amends": None if e is None else {"title": e.title,
                                              "date": partial_iso(e.date, e.precision)},
            "relation": e.relation if e else None,
            "signed_date": partial_iso(d.signed_date, d.signed_date_precision),
            "multilateral": d.multilateral,
            "duplicate_of": p.duplicate.id if p.duplicate else None,
            "duplicate": None if p.duplicate is None else {
                "id": p.duplicate.id, "registry_number": p.duplicate.registry_number,
                "title": p.duplicate.title,
                "draft": None if p.duplicate.draft is None else p.duplicate.draft + 1},
        })
    return {"meeting": meeting, "announced_count": proposal.announced,
            "report_date": proposal.report_date.isoformat() if proposal.report_date else None,
            "instruments": instruments}
