"""Where an instrument stands on its way from signature to entry into force and beyond, and
what is still to be done: the steps a briefing lists for each document.

The instrument's internal act decides the way (models.derivation.internal_chain): a law of the
Jogorku Kenesh → its official publication → notification of the other side → the other side's
notification → entry into force; a Cabinet resolution the same without the publication; a
document that takes effect on signature needs none of that. Each step still to be done names who
takes it. Once in force, what is left are its renewal-notice and expiry dates; once ended,
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from i18n import _, get_language
from models.dates import format_date
from models.derivation import internal_chain
from models.records import EventView, InstrumentDetail
from models.vocabulary import DEADLINE_KINDS, INTERNAL_ACT_OWNERS, INTERNAL_ACTS, STATUSES

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
    owner: str = ""  # who is to take a step still to be done
    code: str = ""  # the step of models.derivation.internal_chain, where it is one


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
                            d.due, precision=term_precision(detail, d.kind)))
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


def _step_labels(act: str) -> dict[str, str]:
    lang = get_language()
    return {"act": INTERNAL_ACTS.label(act, lang) if act in ("law", "resolution")
            else _("Ratification or approval"),
            "published": _("Official publication of the law"),
            "notification_sent": _("Notification of the other side that internal procedures "
                                   "are complete"),
            "notification_received": _("Notification from the other side"),
            "entered_into_force": _("Entry into force"),
            "provisionally_applied": _("Provisional application")}


def _owners(detail: InstrumentDetail) -> dict[str, str]:
    """Who takes each step still to be done: the act's author; our notification, the body
    that follows the instrument up; theirs, the other side."""
    lang = get_language()
    ours = detail.responsible_body
    return {"act": INTERNAL_ACT_OWNERS.label(detail.internal_act, lang)
            if detail.internal_act in INTERNAL_ACT_OWNERS else "",
            "published": ours, "notification_sent": ours,
            "notification_received": _("the other side"), "entered_into_force": ""}


def _treaty_steps(detail: InstrumentDetail, last: dict[str, EventView],
                  today: date) -> list[Step]:
    in_force = detail.in_force_since is not None and detail.in_force_since <= today
    labels, owners = _step_labels(detail.internal_act), _owners(detail)
    # Any act event completes the act (a clerk may record an approval of a ratified treaty).
    wanted = [(code, _PROCEDURE_EVENTS if code == "act" else kinds)
              for code, kinds in internal_chain(detail.internal_act)]
    if "provisionally_applied" in last:
        wanted.insert(1, ("provisionally_applied", ("provisionally_applied",)))
    overdue = next((d for d in detail.deadlines if d.kind == "internal_procedures"), None)
    out = []
    pending_seen = False
    for code, kinds in wanted:
        label, owner = labels[code], owners.get(code, "")
        event = next((last[k] for k in kinds if k in last), None)
        if event is not None:
            out.append(Step(label, DONE, _event_day(event), _note(event), code=code))
        elif not in_force and detail.row.status not in ENDED:
            if not pending_seen and overdue is not None:
                late = (today - overdue.due).days
                out.append(Step(label, OVERDUE if late > 0 else DUE, overdue.due,
                                _("overdue by {days} days").format(days=late) if late > 0
                                else "", term_precision(detail, overdue.kind), owner=owner,
                                code=code))
            else:
                out.append(Step(label, DUE, owner=owner, code=code))
            pending_seen = True
    return out


def outstanding(detail: InstrumentDetail, today: date) -> list[str]:
    """What is still to be done, as short phrases ("Ratification: due 25.05.2026, overdue by
    184 days"; the next one says who takes it); empty when nothing is."""
    phrases = []
    for step in steps(detail, today):
        if step.state == DONE:
            continue
        text = step.label
        if step.on:
            text += ": " + _("due {date}").format(date=format_date(step.on, step.precision))
        if step.note:
            text += ", " + step.note
        if step.owner and not phrases:
            text += " — " + step.owner
        phrases.append(text)
    return phrases


def next_step(detail: InstrumentDetail, today: date) -> Step | None:
    """The first step still to be done."""
    return next((s for s in steps(detail, today) if s.state != DONE), None)


def their_notification(detail: InstrumentDetail) -> str:
    """Whether the other side has notified that its internal procedures are complete: when and
    with what note, or that it has not yet; "" for an instrument that needs no such thing."""
    if detail.internal_act == "none":
        return ""
    received = _last_events(detail.events).get("notification_received")
    if received is None:
        return _("not yet received")
    return _("received {date}").format(date=format_date(_event_day(received))) + (
        f" ({_note(received)})" if _note(received) else "")


def _last_events(events) -> dict[str, EventView]:
    """The latest event of each kind (events come in the order they took effect)."""
    return {e.kind: e for e in events}


def _event_day(e: EventView) -> date:
    return e.effective_date or e.act_date


def _note(e: EventView) -> str:
    return "; ".join(x for x in (e.reference, e.text) if x)
