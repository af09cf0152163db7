"""Deadlines that need a clerk's action, derived from an instrument's terms and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .status import EventFact, StatusResult, Terms, derive_status

DEFAULT_PROCEDURE_DAYS = 180  # internal procedures are overdue this long after signature
DEFAULT_HORIZON_DAYS = 90


@dataclass(frozen=True)
class Deadline:
    kind: str  # expiry | renewal_notice | internal_procedures (see vocabulary.DEADLINE_KINDS)
    due: date

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def overdue(self, today: date) -> bool:
        return self.due < today


def deadlines_for(terms: Terms, events: list[EventFact], today: date,
                  procedure_days: int = DEFAULT_PROCEDURE_DAYS,
                  result: StatusResult | None = None) -> list[Deadline]:
    """Open deadlines: at most one, since internal procedures are open only before entry into
    force and a term that renews tacitly has no final expiry (the registry stores that one and
    lists deadlines from it). Only unfinished internal procedures can be overdue: a passed
    expiry is a status, a passed notice deadline means the term renewed."""
    result = result or derive_status(terms, events, today)
    items: list[Deadline] = []
    if result.status in ("signed", "internal_procedures") and not terms.effective_on_signature \
            and terms.signed_date is not None:
        items.append(Deadline("internal_procedures",
                              terms.signed_date + timedelta(days=procedure_days)))
    if result.status in ("in_force", "suspended", "provisionally_applied"):
        term = result.term
        if term.renews_tacitly and term.notice_deadline and term.notice_deadline >= today:
            items.append(Deadline("renewal_notice", term.notice_deadline))
        if term.final_expiry and term.final_expiry >= today:
            items.append(Deadline("expiry", term.final_expiry))
    return sorted(items, key=lambda d: d.due)


def due_within(items: list[Deadline], today: date, days: int) -> list[Deadline]:
    """The deadlines due in the next `days` days, overdue ones included."""
    horizon = today + timedelta(days=days)
    return [d for d in items if d.due <= horizon]
