"""Merging two records of one instrument: which fields the clerk chooses between, what each
record offers by default, the record that results, and which events are the same fact. Pure:
plain drafts in, plain drafts out (the registry does the moving, in models.registry.merging).
"""

from __future__ import annotations

from dataclasses import replace

from .records import EventDraft, InstrumentDraft

# The fields a clerk chooses between, in the order of the editor's form. The date carries its
# precision, the registry number stays the surviving record's own.
FIELDS = ("title", "title_ky", "title_en", "kind", "level", "signed_date", "signed_place",
          "meeting_id", "parties", "multilateral", "subject", "sectors", "languages",
          "is_placeholder", "internal_act", "depositary", "duration_years", "renewal_years",
          "renewal_notice_months", "max_renewals", "responsible_body", "responsible_clerk",
          "confidentiality", "original_location", "notes")
# Field labels the validation does not give (English ids, translated where shown).
LABELS = {
    "title_ky": "Title in Kyrgyz", "title_en": "Title in English", "meeting_id": "Meeting",
    "signed_place": "Place of signature", "multilateral": "Multilateral", "subject": "Subject",
    "sectors": "Sectors", "is_placeholder": "Placeholder record",
    "responsible_body": "Responsible body", "responsible_clerk": "Responsible clerk",
    "original_location": "Where the original is kept", "notes": "Notes",
}


def value(draft: InstrumentDraft, field: str):
    """What a record holds for a field, as compared and shown (the date with its precision,
    parties as bodies with their signatories)."""
    if field == "signed_date":
        return (draft.signed_date, draft.signed_date_precision)
    if field == "parties":
        return tuple((p.organisation_id or p.name, p.signatory_name, p.signatory_position)
                     for p in draft.parties)
    found = getattr(draft, field)
    return tuple(found) if isinstance(found, list) else found


def _empty(found) -> bool:
    return found in (None, "", (), False) or found == (None, "day")


def differing(a: InstrumentDraft, b: InstrumentDraft) -> list[str]:
    """The fields whose values differ, in the order of the form."""
    return [f for f in FIELDS if value(a, f) != value(b, f)]


def default_choice(survivor: InstrumentDraft, other: InstrumentDraft, field: str) -> bool:
    """True to take the other record's value: where the survivor holds nothing and the other
    does (its meeting, its notes), and a complete record over a placeholder."""
    if field == "is_placeholder":
        return survivor.is_placeholder and not other.is_placeholder
    return _empty(value(survivor, field)) and not _empty(value(other, field))


def defaults(survivor: InstrumentDraft, other: InstrumentDraft) -> set[str]:
    """The fields whose value comes from the other record unless the clerk says otherwise."""
    return {f for f in differing(survivor, other) if default_choice(survivor, other, f)}


def merged_draft(survivor: InstrumentDraft, other: InstrumentDraft,
                 take: set[str]) -> InstrumentDraft:
    """The surviving record with the `take` fields from the other one; events as they are
    (the registry moves the other's own)."""
    changes = {}
    for field in take:
        if field not in FIELDS:
            raise ValueError(field)
        if field == "signed_date":
            changes["signed_date"] = other.signed_date
            changes["signed_date_precision"] = other.signed_date_precision
        elif field == "parties":
            changes["parties"] = [replace(p) for p in other.parties]
        else:
            found = getattr(other, field)
            changes[field] = list(found) if isinstance(found, list) else found
    return replace(survivor, **changes, events=None)


def event_key(e) -> tuple:
    """Events that are the same fact: the same kind, dates, party and reference."""
    return (e.kind, e.act_date, e.effective_date, e.party_organisation_id,
            " ".join((e.reference or "").split()).casefold())


def events_to_move(survivor: list[EventDraft], other: list[EventDraft]) -> list[EventDraft]:
    """The other record's events the survivor does not already have (the signature of the day
    both record, say, is one event)."""
    have = {event_key(e) for e in survivor}
    out = []
    for e in other:
        if event_key(e) not in have:
            have.add(event_key(e))
            out.append(e)
    return out
