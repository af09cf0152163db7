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

# The act each internal act produces as a status event.
ACT_EVENTS = {"law": ("ratified", "accession"), "resolution": ("approved",)}


def usual_internal_act(kind: str, level: str) -> str:
    """The act an instrument of this kind and level usually needs: none for documents without
    treaty status (memoranda, programmes ...), a law for interstate treaties, a Cabinet
    resolution for the others."""
    if kind in EFFECTIVE_ON_SIGNATURE_KINDS:
        return "none"
    return "law" if level == "interstate" else "resolution"


def internal_act(kind: str, level: str, chosen: str | None = None,
                 on_signature: bool | None = None) -> str:
    """The act an instrument needs: the clerk's choice; else what "takes effect on signature"
    says (yes: none; no: the act its level calls for); else the usual one."""
    if chosen:
        return chosen
    if on_signature is True:
        return "none"
    if on_signature is False:
        return usual_internal_act("", level)
    return usual_internal_act(kind, level)


def internal_chain(act: str) -> list[tuple[str, tuple[str, ...]]]:
    """The steps from signature to entry into force an act calls for, each with the event
    kinds that complete it: a law is adopted (ratification, or accession to a multilateral
    instrument), officially published, the other side notified and its notification received,
    and the instrument enters into force; a Cabinet resolution needs no publication step; an
    instrument that needs no act has no steps (it takes effect on signature)."""
    if act == "none":
        return []
    chain = [("act", ACT_EVENTS.get(act, ("ratified", "approved", "accession")))]
    if act == "law":
        chain.append(("published", ("published",)))
    return chain + [("notification_sent", ("notification_sent",)),
                    ("notification_received", ("notification_received",)),
                    ("entered_into_force", ("entered_into_force",))]


def effective_on_signature(kind: str, explicit: bool | None, act: str | None = None) -> bool:
    """Whether the instrument takes effect on signature: it needs no internal act."""
    if act:
        return act == "none"
    return bool(explicit) if explicit is not None else kind in EFFECTIVE_ON_SIGNATURE_KINDS


def terms_of(d, superseded_on: date | None = None) -> Terms:
    """Terms from anything carrying the instrument's fields (a draft or a stored record)."""
    on_signature = effective_on_signature(d.kind, d.effective_on_signature,
                                          getattr(d, "internal_act", None))
    return Terms(signed_date=d.signed_date, effective_on_signature=on_signature,
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
