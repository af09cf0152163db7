"""Writing an accepted proposal: the meeting, the instruments and their links to earlier
instruments (found in the registry, or placeholder records), in one transaction. Documents
already on file are left out unless the clerk accepts them all the same."""

from __future__ import annotations

from dataclasses import replace

from models.errors import ValidationError, problem
from models.parties import name_key

from .proposal import ProposedImport, dated_by_meeting


def new_documents(proposal: ProposedImport, allow_duplicates: bool = False) -> list[int]:
    """The indexes of the documents an import writes: those not already in the registry (nor
    repeating an earlier document of the text), or with `allow_duplicates` all of them."""
    return [n for n, item in enumerate(proposal.instruments)
            if allow_duplicates or item.duplicate is None]


def apply_import(registry, proposal: ProposedImport, accepted) -> list[int]:
    """Write the meeting (unless it is already on file: `meeting.id`), the accepted
    instruments (indexes into proposal.instruments) signed at it, and their relations. All of
    it or, on any problem (a ValidationError lists them), nothing; nothing at all when no
    instrument is accepted. Returns the new ids."""
    chosen = [proposal.instruments[i] for i in sorted(set(accepted))]
    if not chosen:
        return []
    meeting = proposal.meeting
    if meeting is not None and meeting.id is None and meeting.start_date is None:
        raise ValidationError([problem(  # the text gave none (or no year): never invented
            "start_date", "The text gives no date of the meeting “{title}”: enter it, at "
                          "least the year, or import the documents without the meeting.",
            title=meeting.title)])
    with registry.transaction():
        meeting_id = None
        if proposal.meeting is not None:
            meeting_id = proposal.meeting.id or registry.save_meeting(proposal.meeting)
        for p in chosen:  # (undated by the text: the meeting's, the clerk's or the record's)
            dated_by_meeting(p.draft, proposal.meeting)
        ids = registry.save_instruments([replace(p.draft, meeting_id=meeting_id)
                                         for p in chosen])
        placeholders: dict[tuple, int] = {}
        for new_id, item in zip(ids, chosen):
            e = item.earlier
            if e is None:
                continue
            key = (name_key(e.title), e.date)
            target = e.matched_id or placeholders.get(key)
            if target is None:
                target = registry.create_placeholder(e.title, e.kind, e.date, e.level,
                                                     e.precision)
                placeholders[key] = target
            registry.add_relation(new_id, target, e.relation)
    return ids
