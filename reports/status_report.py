"""Status report: the instruments of any filter, grouped by status or by counterpart, with
totals.

Grouped by counterpart, each instrument is listed once: under its one foreign country, or, when
it has several foreign countries (a multilateral convention, a trilateral agreement), once in
the group "Multilateral instruments" — so that the group totals add up to the number of
instruments in the report and an 80-party convention does not fill 79 groups. The country
treaty base lists, for one country, the multilateral instruments it shares too.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm

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
from .tables import Column, RowTable, Span, group_heading, group_total
from .texts import LISTED_TITLE, MULTILATERAL, Names, signed, strictest_mark

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
            if by_status:
                key, last = r.status, names.counterpart(r.parties)
            else:
                key, last = names.counterpart_groups(r.parties), STATUSES.label(r.status,
                                                                                req.lang)
            groups.setdefault(key, []).append(
                (r.registry_number, names.title(r, LISTED_TITLE), names.parties(r), signed(r), last))
            marks.add(r.confidentiality)
        tracker.advance(len(page.rows))

    order, label = _groups(groups, by_status, names)
    count = sum(len(v) for v in groups.values())
    head = Heading(
        title=_("Status of instruments"), organisation=req.organisation,
        printed=registry.today(), lang=req.lang,
        subtitle=_("Grouped by status") if by_status else _("Grouped by counterpart"),
        filters=[*describe(f, registry, names), restricted_line(req.include_restricted),
                 *names.language_note()],
        mark=strictest_mark(marks), subject=_("Status report"))

    if not count:
        return head, [para(_("No instrument of the registry matches this selection."),
                           styles.BODY)]
    story = [para(_("Instruments in the report: {count}.").format(count=count), styles.BODY),
             summary_table(_("Status") if by_status else _("Counterpart"),
                           [(label[k], len(groups[k])) for k in order], _("Total"))]
    story += heading(_("List of instruments"))
    rows: list = []
    n = 0
    for key in order:
        group = groups.pop(key)
        rows.append(group_heading(f"{label[key]} — {len(group)}"))
        for number, title, party_text, date_text, last in group:
            n += 1
            rows.append((str(n), number, title, party_text, date_text, last))
        rows.append(group_total(_("Total in the group: {count}").format(count=len(group))))
    rows.append(Span(_("Total instruments: {count}.").format(count=count), fill=None,
                     keep_with_previous=True))
    tracker.stage(0.2, 1.0, len(rows))
    story.append(RowTable(_columns(by_status), rows, on_drawn=tracker.advance))
    return head, story


def _groups(groups: dict, by_status: bool, names: Names) -> tuple[list[str], dict[str, str]]:
    """The groups in print order and their headings: statuses in their usual order; countries
    by name, then international organisations, the multilateral instruments, and last those
    with no foreign party."""
    if by_status:
        order = [s for s in STATUSES.codes() if s in groups]
        return order, {s: STATUSES.label(s, names.lang) for s in order}
    label = {}
    for key in groups:
        if key == MULTILATERAL:
            label[key] = _("Multilateral instruments")
        elif key == "":
            label[key] = _("No foreign party")
        else:
            label[key] = names.country(key) if names.is_country(key) else key
    rank = {MULTILATERAL: 2, "": 3}
    order = sorted(groups, key=lambda k: (rank.get(k, 0 if names.is_country(k) else 1),
                                          label[k].casefold()))
    return order, label


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
