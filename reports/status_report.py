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
from .tables import Column, Noted, RowTable, Span, group_heading, group_total
from .register import REGISTER_EVENTS, nested, numbered, register_lines
from .texts import LISTED_TITLE, MULTILATERAL, Names, signed, strictest_mark

FETCH = 2500  # rows per registry query: fewer queries, each sorting the whole match, vs memory


def compose(registry: Registry, req: ReportRequest, tracker: Tracker) -> tuple[Heading, list]:
    names = Names(registry, req.lang)
    f = replace(req.filter or InstrumentFilter(), include_restricted=req.include_restricted)
    by_status = req.group_by != "counterpart"
    total = registry.count_instruments(f)
    tracker.stage(0.0, 0.2, total)
    found: dict[int, tuple[str, tuple]] = {}  # id -> (group, the row's cells but its number)
    marks = set()
    for offset in range(0, total, FETCH):
        page = registry.list_instruments(f, sort="signed_date", descending=False,
                                         offset=offset, limit=FETCH, with_total=False)
        events = registry.events_of([r.id for r in page.rows], REGISTER_EVENTS)
        for r in page.rows:
            if by_status:
                key, last = r.status, names.counterpart(r.parties)
            else:
                key, last = names.counterpart_groups(r.parties), STATUSES.label(r.status,
                                                                                req.lang)
            title = Noted(names.title(r, LISTED_TITLE),
                          "\n".join(register_lines(r, events.get(r.id, ()), names)))
            found[r.id] = (key, (r.registry_number, title, names.parties(r), signed(r), last))
            marks.add(r.confidentiality)
        tracker.advance(len(page.rows))
    groups = _grouped(registry, found, by_status)

    order, label = _groups(groups, by_status, names)
    count = len(found)
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
    if not by_status:
        story.append(para(_("An instrument that amends or supplements another one in the "
                            "report is listed under it (numbered 12.1, 12.2 ...), in its "
                            "group."), styles.NOTE))
    story += heading(_("List of instruments"))
    # numbers run on across the groups: 1, 2, 2.1 (amends 2), 3 ...
    numbers = iter(number for _i, number in numbered(list(enumerate(
        depth for key in order for depth, _cells in groups[key]))))
    rows: list = []
    for key in order:
        group = groups.pop(key)
        rows.append(group_heading(f"{label[key]} — {len(group)}"))
        rows += [(next(numbers), *cells) for _depth, cells in group]
        rows.append(group_total(_("Total in the group: {count}").format(count=len(group))))
    rows.append(Span(_("Total instruments: {count}.").format(count=count), fill=None,
                     keep_with_previous=True))
    tracker.stage(0.2, 1.0, len(rows))
    story.append(RowTable(_columns(by_status), rows, on_drawn=tracker.advance))
    return head, story


def _grouped(registry: Registry, found: dict[int, tuple[str, tuple]], by_status: bool
             ) -> dict[str, list[tuple[int, tuple]]]:
    """The rows by group as (depth, cells). Grouped by counterpart, an amending instrument
    goes under the one it amends, in that one's group; grouped by status it stays in its own
    status and its title says what it amends."""
    ids = list(found)
    amendments = registry.amendments_of(ids)
    groups: dict[str, list[tuple[int, tuple]]] = {}
    if by_status:
        numbers = {i: found[i][1][0] for i in ids}
        amends: dict[int, list[str]] = {}
        for base, children in amendments.items():
            for child in children:
                if child in found:
                    amends.setdefault(child, []).append(numbers[base])
        for i in ids:
            key, cells = found[i]
            if i in amends:
                line = _("Amends or supplements: {numbers}").format(
                    numbers=", ".join(amends[i]))
                title = cells[1]
                cells = (cells[0], Noted(title.text, "\n".join(x for x in (line, title.note)
                                                                if x)), *cells[2:])
            groups.setdefault(key, []).append((0, cells))
        return groups
    root = None
    for i, depth in nested(ids, amendments):
        if depth == 0:
            root = found[i][0]
        groups.setdefault(root, []).append((depth, found[i][1]))
    return groups


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
