"""From an instrument's fields and events to the inputs of the status and deadline rules.

Used by the registry when it stores the derived columns and by the editor to preview the
status while the clerk types, so both always agree.
"""

from __future__ import annotations

from datetime import date

from .deadlines import DEFAULT_PROCEDURE_DAYS, Deadline, deadlines_for
from .records import InstrumentDraft
from .status import EventFact, StatusResult, Terms, derive_status
from .vocabulary import EFFECTIVE_ON_SIGNATURE_KINDS


def effective_on_signature(kind: str, explicit: bool | None) -> bool:
    """The clerk's choice, or the kind's usual rule when none was made."""
    return bool(explicit) if explicit is not None else kind in EFFECTIVE_ON_SIGNATURE_KINDS


def terms_of(d, superseded_on: date | None = None) -> Terms:
    """Terms from anything carrying the instrument's fields (a draft or a stored record)."""
    return Terms(signed_date=d.signed_date,
                 effective_on_signature=effective_on_signature(d.kind, d.effective_on_signature),
                 duration_years=d.duration_years, renewal_years=d.renewal_years,
                 renewal_notice_months=d.renewal_notice_months, max_renewals=d.max_renewals,
                 multilateral=d.multilateral, superseded_on=superseded_on)


def facts_of(events, multilateral: bool) -> list[EventFact]:
    """Event facts from event drafts or stored events; rows without a date are skipped."""
    facts = []
    for e in events or []:
        if e.act_date is None:
            continue
        party = str(e.party_organisation_id) if multilateral and e.party_organisation_id \
            else None
        facts.append(EventFact(e.kind, e.act_date, e.effective_date, party))
    return facts


def preview(d: InstrumentDraft, today: date, procedure_days: int = DEFAULT_PROCEDURE_DAYS,
            superseded_on: date | None = None) -> tuple[StatusResult, list[Deadline]]:
    """Status and open deadlines of a draft as entered (events incomplete rows skipped)."""
    terms, facts = terms_of(d, superseded_on), facts_of(d.events, d.multilateral)
    result = derive_status(terms, facts, today)
    return result, deadlines_for(terms, facts, today, procedure_days, result)
