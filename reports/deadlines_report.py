"""Deadlines: expiries, renewal notices and internal procedures due within N days, and those
already overdue."""

from __future__ import annotations

from datetime import timedelta
from xml.sax.saxutils import escape

from reportlab.lib.units import mm

from i18n import _
from models.dates import format_date
from models.records import DeadlineItem, InstrumentFilter, InstrumentRow
from models.registry import Registry
from models.vocabulary import DEADLINE_KINDS, STATUSES

from . import styles
from .document import Heading
from .filters import restricted_line
from .layout import CONTENT_WIDTH, heading, para
from .progress import Tracker
from .request import ReportRequest
from .tables import Column, Markup, RowTable
from .texts import LISTED_TITLE, Names, short_title, strictest_mark, term_precision


def compose(registry: Registry, req: ReportRequest, tracker: Tracker) -> tuple[Heading, list]:
    names = Names(registry, req.lang)
    today = registry.today()
    tracker.stage(0.0, 0.3, 1)
    items = registry.deadlines(req.days, include_restricted=req.include_restricted)
    ids = sorted({i.instrument_id for i in items})
    rows = registry.list_instruments(InstrumentFilter(ids=ids), limit=None,
                                     with_total=False).rows if ids else ()
    counterparts = {r.id: names.counterpart(r.parties) for r in rows}
    titles = {r.id: names.title(r, LISTED_TITLE) for r in rows}
    # Deadlines counted from a signature known only by its month or year are known as roughly.
    rows_by_id = {r.id: r for r in rows}
    overdue = [i for i in items if i.overdue]
    upcoming = [i for i in items if not i.overdue]
    head = Heading(
        title=_("Deadlines"), organisation=req.organisation, printed=today, lang=req.lang,
        subtitle=_("Due within {days} days of {date}, and overdue").format(
            days=req.days, date=format_date(today)),
        filters=[(_("Period"), _("{start} – {end}").format(
            start=format_date(today), end=format_date(today + timedelta(days=req.days)))),
            restricted_line(req.include_restricted), *names.language_note()],
        mark=strictest_mark(i.confidentiality for i in items), subject=_("Deadlines"))
    tracker.stage(0.3, 1.0, len(items))
    story = [para(_summary(len(overdue), len(upcoming), req.days), styles.BODY)]
    for title, chosen, empty in (
            (_("Overdue"), overdue, _("Nothing is overdue.")),
            (_("Due within {days} days").format(days=req.days), upcoming,
             _("Nothing falls due in this period."))):
        story += heading(f"{title} — {len(chosen)}")
        if chosen:
            story.append(RowTable(_columns(), [_row(i, titles, counterparts, rows_by_id, req.lang)
                                               for i in chosen], on_drawn=tracker.advance))
        else:
            story.append(para(empty, styles.NOTE))
    return head, story


def _summary(overdue: int, upcoming: int, days: int) -> str:
    """One sentence each for what is overdue and what falls due, in words when none."""
    first = (_("Overdue deadlines: {count}.").format(count=overdue) if overdue
             else _("No deadline is overdue."))
    second = (_("Deadlines falling due within {days} days: {count}.").format(
        days=days, count=upcoming) if upcoming
        else _("No deadline falls due within {days} days.").format(days=days))
    return f"{first} {second}"


def _row(i: DeadlineItem, titles: dict[int, str], counterparts: dict[int, str],
         rows: dict[int, InstrumentRow], lang: str) -> tuple:
    days = abs(i.days_left)
    colour = "#B3261E" if i.overdue else "#1A1A1A"
    if i.days_left == 0:
        left = _("today")
    else:
        left = (_("overdue by {days} days") if i.overdue else _("in {days} days")).format(
            days=days)
    row = rows.get(i.instrument_id)
    due = format_date(i.due, term_precision(row, i.kind) if row else "day")
    when = Markup(f"<font color='{colour}'><b>{due}</b><br/>{escape(left)}"
                  f"</font>")
    return (when, DEADLINE_KINDS.label(i.kind, lang),
            Markup(f"{escape(titles.get(i.instrument_id) or short_title(i.title))}"
                   f"<br/><font color='#5F6B7A' size='7.5'>"
                   f"{escape(i.registry_number)}</font>"),
            counterparts.get(i.instrument_id, ""), STATUSES.label(i.status, lang))


def _columns() -> list[Column]:
    widths = [22 * mm, 34 * mm, None, 28 * mm, 30 * mm]
    title = CONTENT_WIDTH - sum(w for w in widths if w)
    return [Column(_("Due"), widths[0]), Column(_("What"), widths[1]),
            Column(_("Instrument"), title), Column(_("Counterpart"), widths[3]),
            Column(_("Status"), widths[4])]
