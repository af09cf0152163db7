"""Meeting briefing: a meeting, the instruments signed at it, where each stands today and what is
still to be done — the paper a ministry hands its minister before the next visit."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from i18n import _
from models.dates import format_date, format_span
from models.records import FollowUpDraft, InstrumentDetail, MeetingDetail
from models.registry import Registry
from models.vocabulary import (INTERNAL_ACTS, KINDS, LEVELS, MEETING_KINDS, MEETING_LEVELS,
                               STATUSES)

from . import styles
from .document import Heading
from .filters import restricted_line
from .layout import CONTENT_WIDTH, fields, heading, para
from .outstanding import DONE, OVERDUE, next_step, outstanding, steps, their_notification
from .progress import Tracker
from .relations import relation_lines
from .request import ReportRequest
from .tables import Column, Markup, RowTable
from .texts import LISTED_TITLE, Names, status_group, status_group_labels, strictest_mark

_STATE_COLOURS = {DONE: "#2E6B30", OVERDUE: "#B3261E"}


def compose(registry: Registry, req: ReportRequest, tracker: Tracker) -> tuple[Heading, list]:
    meeting = registry.meeting(req.meeting_id)
    names = Names(registry, req.lang)
    today = registry.today()
    rows = [r for r in meeting.instruments
            if req.include_restricted or r.confidentiality != "restricted"]
    tracker.stage(0.0, 0.8, len(rows))
    details = []
    for r in rows:
        details.append(registry.instrument(r.id))
        tracker.advance()
    details.sort(key=briefing_order)
    m = meeting.row
    story = [para(_("The meeting"), styles.H1), _meeting_fields(meeting, names)]
    story += [*heading(_("Documents signed: overview as of {date}").format(
        date=format_date(today))), _counts(details, req.lang)]
    if details:
        story += [Spacer(1, 4 * mm), _overview(details, names, today)]
    story += [*heading(_("Follow-up instructions"), room=30 * mm),
              _follow_ups(meeting, today)]
    if details:
        story += heading(_("The documents one by one"), room=80 * mm)
    else:
        story.append(para(_("No documents signed at this meeting are registered."),
                          styles.BODY))
    for n, d in enumerate(details, 1):
        story.append(KeepTogether(_instrument_section(n, d, names, today, req.lang,
                                                      meeting.follow_ups)))
    head = Heading(
        title=_("Briefing on the meeting"), organisation=req.organisation, printed=today,
        lang=req.lang, subtitle=f"{m.title}, {_dates(meeting)}",
        filters=[(_("Meeting"), f"{MEETING_KINDS.label(m.kind, req.lang)}, {_dates(meeting)}, "
                                f"{m.city}"), restricted_line(req.include_restricted),
                 *names.language_note()],
        mark=strictest_mark(r.confidentiality for r in rows), subject=m.title)
    return head, story


def briefing_order(d: InstrumentDetail) -> tuple:
    """Interstate first, then intergovernmental, interagency and other; within a level by
    date of signature, then registry number."""
    levels = LEVELS.codes()
    r = d.row
    rank = levels.index(r.level) if r.level in levels else len(levels)
    return rank, r.signed_date or date.max, r.registry_number


def _dates(meeting: MeetingDetail) -> str:
    return format_span(meeting.row.start_date, meeting.row.end_date,
                       meeting.row.start_date_precision)


def _meeting_fields(meeting: MeetingDetail, names: Names):
    m, lang = meeting.row, names.lang
    place = ", ".join(x for x in (m.city, m.venue) if x)
    return fields([
        (_("Kind"), MEETING_KINDS.label(m.kind, lang)),
        (_("Date"), _dates(meeting)),
        (_("Place"), place),
        (_("Level"), MEETING_LEVELS.label(m.level, lang) if m.level else ""),
        (_("Countries"), ", ".join(names.official(c) for c in m.countries)),
        (_("Participants"), meeting.participants.replace("; ", "\n")),
        (_("Results and notes"), meeting.notes),
        (_("Source"), meeting.source_url),
    ])


def _counts(details: list[InstrumentDetail], lang: str) -> RowTable:
    """Per level: how many were signed, how many are in force, not yet, no longer, and how many
    have a deadline already missed."""
    groups = status_group_labels()
    present = [g for g in groups if any(status_group(d.row.status) == g for d in details)]
    rows: list = []
    for code in [*LEVELS.codes(), None]:
        chosen = [d for d in details if code is None or d.row.level == code]
        if not chosen or (code is None and len(rows) < 2):
            continue
        numbers = [len(chosen)] + [sum(status_group(d.row.status) == g for d in chosen)
                                   for g in present]
        numbers.append(sum(any(x.overdue for x in d.deadlines) for d in chosen))
        if code is None:
            rows.append((Markup(f"<b>{escape(_('Total'))}</b>"),
                         *(Markup(f"<b>{n}</b>") for n in numbers)))
        else:
            rows.append((LEVELS.label(code, lang), *map(str, numbers)))
    number = 24 * mm
    heads = [_("Signed in all"), *(groups[g] for g in present), _("Overdue deadlines")]
    return RowTable([Column(_("Level"), CONTENT_WIDTH - number * len(heads))] +
                    [Column(h, number, styles.CELL_RIGHT) for h in heads], rows)


def _overview(details: list[InstrumentDetail], names: Names, today) -> RowTable:
    lang = names.lang
    rows = []
    for n, d in enumerate(details, 1):
        r = d.row
        title = Markup(f"{escape(names.title(r, LISTED_TITLE))}"
                       f"<br/><font color='#5F6B7A' size='7.5'>"
                       f"{escape(KINDS.label(r.kind, lang))} · "
                       f"{escape(LEVELS.label(r.level, lang))} · {escape(r.registry_number)}"
                       f"</font>")
        todo = outstanding(d, today)
        late = any(x.overdue for x in d.deadlines)
        todo_text = Markup(_todo_markup(todo, late)) if todo else _("No action needed")
        rows.append((str(n), title, names.parties(r),
                     Markup(_status_markup(STATUSES.label(r.status, lang), late)), todo_text))
    widths = (8 * mm, None, 38 * mm, 27 * mm, 44 * mm)
    title_width = CONTENT_WIDTH - sum(w for w in widths if w)
    return RowTable([
        Column(_("#"), widths[0], styles.CELL_RIGHT),
        Column(_("Document"), title_width),
        Column(_("Parties"), widths[2]),
        Column(_("Status on {date}").format(date=format_date(today)), widths[3]),
        Column(_("Still to be done"), widths[4]),
    ], rows)


def _follow_up_state(f: FollowUpDraft, today) -> Markup:
    """Done (green), overdue (red) or to be done."""
    if f.done_on:
        colour, text = "#2E6B30", _("done {date}").format(date=format_date(f.done_on))
    elif f.due and f.due < today:
        colour, text = "#B3261E", _("overdue by {days} days").format(days=(today - f.due).days)
    else:
        colour, text = "#8A5A00", _("to be done")
    return Markup(f"<font color='{colour}'>{escape(text)}</font>")


def _follow_ups(meeting: MeetingDetail, today):
    """The instructions given at the meeting: what, who, by when, and where they stand."""
    if not meeting.follow_ups:
        return para(_("No follow-up instructions are registered for this meeting."),
                    styles.NOTE)
    numbers = {r.id: r.registry_number for r in meeting.instruments}
    rows = [(str(n), f.what + (f"\n{numbers[f.instrument_id]}" if f.instrument_id in numbers
                               else ""), f.who, format_date(f.due), _follow_up_state(f, today))
            for n, f in enumerate(meeting.follow_ups, 1)]
    return RowTable([Column(_("#"), 8 * mm, styles.CELL_RIGHT),
                     Column(_("What is to be done"), CONTENT_WIDTH - 123 * mm),
                     Column(_("Who"), 50 * mm), Column(_("Due"), 22 * mm),
                     Column(_("State"), 43 * mm)], rows)


def _todo_markup(todo: list[str], late: bool) -> str:
    """The next step (red when late), then the rest in grey."""
    text = f"<font color='{'#B3261E' if late else '#1A1A1A'}'>{escape(todo[0])}</font>"
    if len(todo) > 1:
        rest = "; ".join(_lower(t) for t in todo[1:])
        text += f"<br/><font color='#5F6B7A'>{escape(_('then: {steps}').format(steps=rest))}" \
                "</font>"
    return text


def _lower(label: str) -> str:
    return label[:1].lower() + label[1:]


def _status_markup(label: str, late: bool) -> str:
    colour = "#B3261E" if late else "#1A1A1A"
    return f"<font color='{colour}'><b>{escape(label)}</b></font>"


def _instrument_section(n: int, d: InstrumentDetail, names: Names, today, lang: str,
                        follow_ups: tuple[FollowUpDraft, ...] = ()) -> list:
    r = d.row
    signatories = "\n".join(
        names.party(p) + (f" — {p.signatory_name}" + (f", {p.signatory_position}"
                                              if p.signatory_position else "")
                  if p.signatory_name else "")
        for p in r.parties)
    step = next_step(d, today)
    what_next = ""
    if step is not None:
        due = format_date(step.on, step.precision) if step.on else ""
        what_next = "\n".join(x for x in (
            step.label + (": " + _("due {date}").format(date=due) if due else "") +
            (", " + step.note if step.note else ""),
            _("Who: {owner}").format(owner=step.owner) if step.owner else "") if x)
    items = [
        (_("Registry number"), r.registry_number),
        (_("Kind and level"),
         f"{KINDS.label(r.kind, lang)}, {_lower(LEVELS.label(r.level, lang))}"),
        (_("Signed for each side"), signatories),
        (_("Needs ratification or approval"), INTERNAL_ACTS.label(d.internal_act, lang)),
        (_("Next step"), what_next),
        (_("Notification from the other side"), their_notification(d)),
        (_("Instructions"), "\n".join(
            f"{f.what} — {f.who}, " + (_("done {date}").format(date=format_date(f.done_on))
                                       if f.done_on else _("due {date}").format(
                                           date=format_date(f.due)))
            for f in follow_ups if f.instrument_id == r.id)),
        (_("Signed"), ", ".join(x for x in (format_date(r.signed_date,
                                                           r.signed_date_precision),
                                              d.signed_place) if x)),
        (_("Subject"), d.subject),
        (_("Status on {date}").format(date=format_date(today)),
         STATUSES.label(r.status, lang)),
        (_("Related documents"), "\n".join(relation_lines(d, names))),
    ]
    step_rows = []
    for s in steps(d, today):
        state = {DONE: _("done"), OVERDUE: _("overdue")}.get(s.state, _("to be done"))
        colour = _STATE_COLOURS.get(s.state, "#8A5A00")
        step_rows.append((s.label, Markup(f"<font color='{colour}'>{escape(state)}</font>"),
                          format_date(s.on, s.precision), s.note))
    step_table = RowTable([
        Column(_("Step"), CONTENT_WIDTH - 95 * mm),
        Column(_("State"), 22 * mm),
        Column(_("Date or due date"), 25 * mm),
        Column(_("Reference or note"), 48 * mm),
    ], step_rows)
    return [para(f"{n}. {names.title(r, LISTED_TITLE)}", styles.H2), fields(items),
            para("", styles.NOTE),
            step_table]
