"""Status report: the instruments of any filter, grouped by status or by counterpart, with
totals."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from i18n import _
from models.records import InstrumentFilter
from models.registry import Registry
from models.vocabulary import STATUSES

from . import styles
from .document import Heading
from .filters import describe, restricted_line
from .layout import CONTENT_WIDTH, heading, para, summary_table
from .progress import Tracker
from .request import ReportRequest
from .tables import Column, RowTable, Span
from .texts import Names, parties, signed, strictest_mark

FETCH = 2500  # rows per registry query: fewer queries, each sorting the whole match, vs memory


def compose(registry: Registry, req: ReportRequest, tracker: Tracker) -> tuple[Heading, list]:
    names = Names(registry, req.lang)
    f = replace(req.filter or InstrumentFilter(), include_restricted=req.include_restricted)
    by_status = req.group_by != "counterpart"
    total = registry.count_instruments(f)
    tracker.stage(0.0, 0.2, total)
    groups: dict[str, list[tuple]] = {}
    marks = set()
    for offset in range(0, total, FETCH):
        page = registry.list_instruments(f, sort="signed_date", descending=False,
                                         offset=offset, limit=FETCH, with_total=False)
        for r in page.rows:
            counterpart = names.counterpart(r.parties)
            key = r.status if by_status else counterpart
            last = counterpart if by_status else STATUSES.label(r.status, req.lang)
            groups.setdefault(key, []).append(
                (r.registry_number, r.title, parties(r), signed(r), last))
            marks.add(r.confidentiality)
        tracker.advance(len(page.rows))

    if by_status:
        order = [s for s in STATUSES.codes() if s in groups]
        label = {s: STATUSES.label(s, req.lang) for s in order}
    else:
        order = sorted(groups, key=lambda k: (k == "", k.casefold()))
        label = {k: k or _("No foreign party") for k in order}
    count = sum(len(v) for v in groups.values())

    head = Heading(
        title=_("Status of instruments"), organisation=req.organisation,
        printed=registry.today(), lang=req.lang,
        subtitle=_("Grouped by status") if by_status else _("Grouped by counterpart"),
        filters=[*describe(f, registry, names), restricted_line(req.include_restricted)],
        mark=strictest_mark(marks), subject=_("Status report"))

    story = [para(_("Instruments in the report: {count}.").format(count=count), styles.BODY)]
    if count:
        story.append(summary_table(
            _("Status") if by_status else _("Counterpart"),
            [(label[k], len(groups[k])) for k in order], _("Total")))
    story += heading(_("List of instruments"))
    rows: list = []
    n = 0
    for key in order:
        group = groups.pop(key)
        rows.append(Span(f"{label[key]} — {len(group)}", keep_with_next=True))
        for number, title, party_text, date_text, last in group:
            n += 1
            rows.append((str(n), number, title, party_text, date_text, last))
        rows.append(Span(_("Total in the group: {count}").format(count=len(group)),
                         style=styles.CELL_RIGHT, fill=None, keep_with_previous=True))
    tracker.stage(0.2, 1.0, len(rows))
    story.append(RowTable(_columns(by_status), rows, on_drawn=tracker.advance))
    story += [Spacer(1, 2 * mm),
              para(_("Total instruments: {count}.").format(count=count), styles.BODY)]
    return head, story


def _columns(by_status: bool) -> list[Column]:
    fixed = [Column(_("#"), 11 * mm, styles.CELL_RIGHT),
             Column(_("Reg. no."), 24 * mm),
             None,
             Column(_("Parties"), 42 * mm),
             Column(_("Signed"), 17 * mm),
             Column(_("Counterpart") if by_status else _("Status"), 28 * mm)]
    title_width = CONTENT_WIDTH - sum(c.width for c in fixed if c)
    fixed[2] = Column(_("Title"), title_width)
    return fixed
