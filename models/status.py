"""The current status of an instrument, derived from its events and a date: never typed by hand.

All functions here are pure: plain values in, plain values out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .dates import add_months, add_years

# Order of precedence when several events fall on the same day.
_EVENT_ORDER = {
    "signed": 0, "internal_procedures_started": 1, "ratified": 2, "approved": 2, "accession": 2,
    "published": 3, "notification_sent": 4, "notification_received": 4,
    "provisionally_applied": 5, "entered_into_force": 6, "registered_un": 7, "amended": 7,
    "suspended": 8, "resumed": 9, "non_renewal_notice": 10, "expired": 11, "denounced": 11,
    "withdrawn": 11, "terminated": 12,
}
_PROCEDURE_EVENTS = {
    "internal_procedures_started", "ratified", "approved", "accession", "published",
    "notification_sent", "notification_received",
}
_ENDING_EVENTS = {"denounced", "withdrawn", "terminated"}
# Events after which no further renewal of the term happens.
_NOTICE_EVENTS = {"non_renewal_notice", "denounced"}


@dataclass(frozen=True)
class EventFact:
    """One status event as the rules see it."""

    kind: str
    act_date: date
    effective_date: date | None = None
    party: str | None = None  # set for per-party events of multilateral instruments

    @property
    def on(self) -> date:
        return self.effective_date or self.act_date


@dataclass(frozen=True)
class Terms:
    """The fields of an instrument that its status and deadlines depend on."""

    signed_date: date | None
    effective_on_signature: bool = False
    duration_years: int | None = None  # None: indefinite
    renewal_years: int | None = None  # tacit renewal for this many years at a time
    renewal_notice_months: int | None = None  # notice of non-renewal due this long before
    max_renewals: int | None = None  # None: renewed without limit
    multilateral: bool = False
    superseded_on: date | None = None  # a later instrument "replaces" this one from this date


@dataclass(frozen=True)
class TermInfo:
    """Where the instrument stands in its term of validity."""

    in_force_since: date | None
    final_expiry: date | None  # the day it stops being in force, when known
    current_term_end: date | None  # end of the running term (may renew tacitly)
    renews_tacitly: bool  # the running term will renew unless notice is given
    notice_deadline: date | None  # last day to give notice of non-renewal for the running term


@dataclass(frozen=True)
class StatusResult:
    status: str
    term: TermInfo
    changes_on: date | None  # the next day on which the status or deadlines may change by time


def event_order(kind: str, on: date) -> tuple[date, int]:
    """Sort key: the day an event took effect, then the usual sequence on one day."""
    return on, _EVENT_ORDER.get(kind, 50)


def sorted_events(events: list[EventFact]) -> list[EventFact]:
    """Events in the order they took effect, whatever order they were entered in."""
    return sorted(events, key=lambda e: event_order(e.kind, e.on))


def _ends_instrument(event: EventFact, terms: Terms) -> bool:
    return event.kind in _ENDING_EVENTS and not (terms.multilateral and event.party)


def _term_info(terms: Terms, events: list[EventFact], start: date | None, today: date) -> TermInfo:
    if start is None or terms.duration_years is None:
        return TermInfo(start, None, None, False, None)
    end = add_years(start, terms.duration_years)
    if not terms.renewal_years:
        return TermInfo(start, end, end, False, None)
    notice_months = terms.renewal_notice_months or 0
    # A party's own notice or denunciation of a multilateral instrument ends only its part.
    notices = sorted(e.act_date for e in events if e.kind in _NOTICE_EVENTS
                     and e.act_date >= start and not (terms.multilateral and e.party))
    first_notice = notices[0] if notices else None
    renewals = 0
    while True:
        deadline = add_months(end, -notice_months)
        notified = first_notice is not None and first_notice <= deadline
        exhausted = terms.max_renewals is not None and renewals >= terms.max_renewals
        if notified or exhausted:
            # This term is the last one.
            return TermInfo(start, end, end, False, None)
        if end > today:
            return TermInfo(start, None, end, True, deadline)
        end = add_years(end, terms.renewal_years)
        renewals += 1


def derive_status(terms: Terms, events: list[EventFact], today: date) -> StatusResult:
    """The status on `today`: signed, internal_procedures, provisionally_applied, in_force,
    suspended, expired, terminated or superseded."""
    ordered = sorted_events(events)
    past = [e for e in ordered if e.on <= today]
    status = "signed"
    in_force_since: date | None = None
    if terms.effective_on_signature and terms.signed_date and terms.signed_date <= today:
        status, in_force_since = "in_force", terms.signed_date
    ended = False
    before_suspension = status
    for event in past:
        kind = event.kind
        if ended:
            break
        if kind in _PROCEDURE_EVENTS and status == "signed":
            status = "internal_procedures"
        elif kind == "provisionally_applied" and status in ("signed", "internal_procedures"):
            status = "provisionally_applied"
        elif kind == "entered_into_force" and not (terms.multilateral and event.party):
            if in_force_since is None:
                in_force_since = event.on
            if status != "suspended":
                status = "in_force"
        elif kind == "entered_into_force":
            # Entry into force for one party of a multilateral instrument.
            if in_force_since is None:
                in_force_since = event.on
            if status in ("signed", "internal_procedures", "provisionally_applied"):
                status = "in_force"
        elif kind == "suspended" and status in ("in_force", "provisionally_applied"):
            before_suspension, status = status, "suspended"
        elif kind == "resumed" and status == "suspended":
            # Back to what was suspended: provisional application stays provisional.
            status = "in_force" if in_force_since is not None else before_suspension
        elif kind == "expired":
            status, ended = "expired", True
        elif _ends_instrument(event, terms):
            status, ended = "terminated", True

    # The term always counts from entry into force (including events yet to come).
    if in_force_since is None:
        starts = [e.on for e in ordered if e.kind == "entered_into_force"]
        term_start = starts[0] if starts else None
    else:
        term_start = in_force_since
    term = _term_info(terms, ordered, term_start, today)

    if not ended and term.final_expiry is not None and today >= term.final_expiry and \
            status in ("in_force", "suspended", "provisionally_applied"):
        status, ended = "expired", True
    if terms.superseded_on is not None and terms.superseded_on <= today and status not in (
            "terminated", "expired"):
        status = "superseded"

    # The day after a notice deadline the next term's deadline becomes the one to watch.
    after_notice = term.notice_deadline + timedelta(days=1) if term.notice_deadline else None
    candidates = {e.on for e in ordered} | {
        term.final_expiry, term.current_term_end, terms.superseded_on, after_notice}
    future = sorted(d for d in candidates if d is not None and d > today)
    return StatusResult(status, term, future[0] if future else None)
