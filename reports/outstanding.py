"""Where an instrument stands on its way from signature to entry into force and beyond, and
what is still to be done: the steps a briefing lists for each document.

A treaty that needs internal procedures goes: signature → ratification (interstate) or approval
(the other levels) → notification of the other side → the other side's notification → entry into
force. A document that takes effect on signature needs none of that. Once in force, what is left
are its renewal-notice and expiry dates; once ended, nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from i18n import _, get_language
from models.dates import format_date
from models.records import EventView, InstrumentDetail
from models.vocabulary import DEADLINE_KINDS, STATUSES

from .texts import term_precision

DONE, DUE, OVERDUE = "done", "due", "overdue"
ENDED = ("expired", "terminated", "superseded")
_PROCEDURE_EVENTS = ("ratified", "approved", "accession")
_ENDING_EVENTS = ("expired", "terminated", "denounced", "withdrawn")


@dataclass(frozen=True)
class Step:
    label: str
    state: str  # DONE, DUE or OVERDUE
    on: date | None = None  # when it was done, or when it is due
    note: str = ""  # a reference (law, note verbale), or how late it is
    precision: str = "day"  # how exactly `on` is known: day, month or year


def steps(detail: InstrumentDetail, today: date) -> list[Step]:
    """Every step of the instrument's way, done and to do, in order."""
    row = detail.row
    last = _last_events(detail.events)
    lang = get_language()
    note = _note(last["signed"]) if "signed" in last else ""
    precision = term_precision(detail)
    out = [Step(_("Signature"), DONE, row.signed_date, note or detail.signed_place,
                row.signed_date_precision)]
    if detail.effective_on_signature:
        out.append(Step(_("Took effect on signature (no internal procedures needed)"), DONE,
                        detail.in_force_since or row.signed_date, precision=precision))
    else:
        out += _treaty_steps(detail, last, today)
    end = ending(detail)
    if end is not None:
        out.append(end)
        return out
    for d in detail.deadlines:
        if d.kind != "internal_procedures":
            out.append(Step(DEADLINE_KINDS.label(d.kind, lang), OVERDUE if d.overdue else DUE,
                            d.due, precision=precision))
    return out


def ending(detail: InstrumentDetail) -> Step | None:
    """How and when the instrument stopped being in force; None while it has not."""
    if detail.row.status not in ENDED:
        return None
    last = _last_events(detail.events)
    event = next((last[k] for k in _ENDING_EVENTS if k in last), None)
    if event is not None:
        return Step(STATUSES.label(detail.row.status, get_language()), DONE, _event_day(event),
                    _note(event))
    return Step(STATUSES.label(detail.row.status, get_language()), DONE, detail.expiry_date,
                precision=term_precision(detail))


def _treaty_steps(detail: InstrumentDetail, last: dict[str, EventView],
                  today: date) -> list[Step]:
    in_force = detail.in_force_since is not None and detail.in_force_since <= today
    procedure = _("Ratification") if detail.row.level == "interstate" else _("Approval")
    wanted = [
        (_PROCEDURE_EVENTS, procedure),
        (("notification_sent",), _("Notification of the other side that internal procedures "
                                   "are complete")),
        (("notification_received",), _("Notification from the other side")),
        (("entered_into_force",), _("Entry into force")),
    ]
    if "provisionally_applied" in last:
        wanted.insert(1, (("provisionally_applied",), _("Provisional application")))
    overdue = next((d for d in detail.deadlines if d.kind == "internal_procedures"), None)
    out = []
    pending_seen = False
    for kinds, label in wanted:
        event = next((last[k] for k in kinds if k in last), None)
        if event is not None:
            out.append(Step(label, DONE, _event_day(event), _note(event)))
        elif not in_force and detail.row.status not in ENDED:
            if not pending_seen and overdue is not None:
                late = (today - overdue.due).days
                out.append(Step(label, OVERDUE if late > 0 else DUE, overdue.due,
                                _("overdue by {days} days").format(days=late) if late > 0
                                else ""))
            else:
                out.append(Step(label, DUE))
            pending_seen = True
    return out


def outstanding(detail: InstrumentDetail, today: date) -> list[str]:
    """What is still to be done, as short phrases ("Ratification: due 25.05.2026, overdue by
    184 days"); empty when nothing is."""
    phrases = []
    for step in steps(detail, today):
        if step.state == DONE:
            continue
        text = step.label
        if step.on:
            text += ": " + _("due {date}").format(date=format_date(step.on, step.precision))
        if step.note:
            text += ", " + step.note
        phrases.append(text)
    return phrases


def _last_events(events) -> dict[str, EventView]:
    """The latest event of each kind (events come in the order they took effect)."""
    return {e.kind: e for e in events}


def _event_day(e: EventView) -> date:
    return e.effective_date or e.act_date


def _note(e: EventView) -> str:
    return "; ".join(x for x in (e.reference, e.text) if x)
