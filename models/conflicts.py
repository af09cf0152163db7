"""Two clerks, one record: what each changed, and the record that keeps both.

A clerk opens a record (the base), changes it (mine) while another clerk saves it (theirs).
Saving mine is refused with `Conflict` (who and when); then the fields are compared as plain
values, the way the audit log stores them (`instrument_snapshot` and its kin give a draft's),
and the clerk either takes theirs (mine is written to the audit log, not lost) or keeps mine:
`merge` keeps every field the other clerk changed that I left alone, and mine where I changed
one. Pure functions: no database, no window.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime, timezone

from .derivation import effective_on_signature, internal_act
from .errors import RegistryError
from .records import InstrumentDraft, MeetingDraft, OrganisationDraft

# The fields of an instrument the audit log records (derived and bookkeeping columns are not).
AUDITED = (
    "registry_number", "title", "title_ky", "title_en", "kind", "level", "multilateral",
    "subject", "signed_date", "signed_date_precision", "signed_place", "meeting_id",
    "languages", "duration_years", "renewal_years", "renewal_notice_months", "max_renewals",
    "effective_on_signature", "responsible_body", "responsible_clerk", "confidentiality",
    "original_location", "notes", "is_placeholder", "internal_act", "depositary",
)
MEETING_FIELDS = ("title", "kind", "start_date", "start_date_precision", "end_date",
                  "city", "venue", "level", "participants", "notes", "source_url")
ORGANISATION_FIELDS = ("name", "kind", "country", "short_name", "name_ky", "name_en")
_IDENTITY = {"id", "uuid", "row_version"}  # what says which record, not what it holds


class Conflict(RegistryError):
    """Another clerk saved the record (or moved it to the trash, or removed it) after this
    one was opened; nothing was written. `user` and `at` say who and when; `state` is
    "changed", "trashed" or "removed"."""

    MESSAGES = {
        "changed": "“{title}” was changed by {user} on {when} after you opened it; nothing "
                   "was saved.",
        "trashed": "“{title}” was moved to the trash by {user} on {when} after you opened "
                   "it; nothing was saved.",
        "removed": "“{title}” was removed by {user} on {when}; nothing was changed.",
    }

    def __init__(self, table: str, record_id: int, title: str, user: str, at: datetime | None,
                 state: str = "changed"):
        self.table, self.record_id, self.title = table, record_id, title
        self.user, self.at, self.state = user, at, state
        super().__init__(self.MESSAGES[state], title=shorten(title), user=user or "?",
                         when=when_text(at))

    @property
    def deleted(self) -> bool:
        return self.state != "changed"

    def stamp(self) -> str:
        """Who and when, as the audit log keeps it."""
        return f"{self.user} {self.at.isoformat() if self.at else ''}".strip()


def shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def when_text(at: datetime | None) -> str:
    """26.11.2025 14:03 in the clerk's time zone (stored times are UTC)."""
    if at is None:
        return "?"
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().strftime("%d.%m.%Y %H:%M")


# --- records as plain values ----------------------------------------------------------------

def audited(inst, parties: list[str], sectors: list[str], events) -> dict:
    """The audited state of an instrument from its fields, its parties as "body (signatory)",
    its sector names in order and its events ordered by date."""
    snap = {f: getattr(inst, f) for f in AUDITED}
    snap["parties"] = parties
    snap["sectors"] = sectors
    snap["events"] = [event_line(e) for e in events]
    return snap


def event_line(e) -> str:
    return " ".join(filter(None, [e.act_date.isoformat() if e.act_date else "", e.kind,
                                  e.effective_date and f"→{e.effective_date.isoformat()}",
                                  e.reference]))


def follow_up_line(f) -> str:
    """An instruction as the audit log keeps it."""
    return " — ".join(x for x in (
        " ".join(f.what.split()), " ".join(f.who.split()), f.due and f.due.isoformat(),
        f.done_on and f"✓{f.done_on.isoformat()}",
        f.instrument_id and f"#{f.instrument_id}") if x)


def _text(value):
    return " ".join(value.split()) if isinstance(value, str) else value


def instrument_snapshot(d: InstrumentDraft) -> dict:
    """A draft as the audit log would record the instrument saved from it."""
    values = {f: _text(getattr(d, f)) for f in AUDITED}
    values["languages"] = ",".join(d.languages)
    act = internal_act(d.kind, d.level, d.internal_act, d.effective_on_signature)
    values["internal_act"] = act  # resolved as the registry stores them
    values["effective_on_signature"] = effective_on_signature(d.kind, None, act)
    parties = []
    for p in d.parties:
        signatory = " ".join(p.signatory_name.split())
        parties.append(" ".join(p.name.split()) + (f" ({signatory})" if signatory else ""))
    events = sorted(d.events or [], key=lambda e: (e.act_date is None, e.act_date or 0))
    return {**values, "parties": parties,
            "sectors": sorted(" ".join(s.split()) for s in d.sectors if s.strip()),
            "events": [event_line(e) for e in events]}


def meeting_snapshot(d: MeetingDraft) -> dict:
    snap = {**{f: _text(getattr(d, f)) for f in MEETING_FIELDS},
            "countries": sorted({c.upper() for c in d.countries})}
    if d.follow_ups is not None:
        snap["follow_ups"] = [follow_up_line(f) for f in d.follow_ups]
    return snap


def organisation_snapshot(d: OrganisationDraft) -> dict:
    return {f: _text(getattr(d, f)) or (None if f == "country" else "")
            for f in ORGANISATION_FIELDS}


def snapshot(draft) -> dict:
    if isinstance(draft, InstrumentDraft):
        return instrument_snapshot(draft)
    if isinstance(draft, MeetingDraft):
        return meeting_snapshot(draft)
    return organisation_snapshot(draft)


# --- comparing and merging ------------------------------------------------------------------

@dataclass(frozen=True)
class Difference:
    """One field where my version and theirs differ, with what it was when I opened it."""

    field: str
    base: object
    mine: object
    theirs: object

    @property
    def i_changed(self) -> bool:
        return self.mine != self.base

    @property
    def they_changed(self) -> bool:
        return self.theirs != self.base

    @property
    def both_changed(self) -> bool:
        return self.i_changed and self.they_changed


def differences(base: dict, mine: dict, theirs: dict) -> list[Difference]:
    """The fields where mine and theirs differ, in the order of the snapshots."""
    return [Difference(f, base.get(f), mine.get(f), theirs.get(f))
            for f in dict.fromkeys([*theirs, *mine]) if mine.get(f) != theirs.get(f)]


def merge(base, mine, theirs):
    """The draft "keep mine" saves: theirs (with their version), except the fields I changed
    since I opened the record, which are mine. Drafts of one kind of record."""
    changed = {d.field for d in differences(snapshot(base), snapshot(mine), snapshot(base))}
    values = {}
    for f in fields(theirs):
        if f.name not in _IDENTITY and f.name in changed:
            values[f.name] = getattr(mine, f.name)
    if isinstance(theirs, InstrumentDraft) and "events" in values and mine.events is not None:
        values["events"] = [replace(e, row_version=None) for e in mine.events]
    return replace(theirs, **values)


def discarded(base, mine, theirs) -> dict:
    """What taking theirs throws away of mine, for the audit log: {field: [theirs, mine]}."""
    return {d.field: [d.theirs, d.mine]
            for d in differences(snapshot(base), snapshot(mine), snapshot(theirs))
            if d.i_changed}
