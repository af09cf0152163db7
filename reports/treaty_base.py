"""Country treaty base: every instrument with one counterpart, laid out as the Kyrgyz foreign
ministry publishes its inventories of the bilateral legal base — counts by level and, within each
level, by status (in force, not yet in force, no longer in force); counts by kind; the
instruments signed per year as a chart; then the lists."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm

from i18n import _
from models.dates import format_date
from models.errors import RegistryError
from models.records import InstrumentFilter, InstrumentRow
from models.registry import Registry
from models.vocabulary import EFFECTIVE_ON_SIGNATURE_KINDS, KINDS, STATUSES

from . import styles
from . import chart
from .document import Heading
from .filters import restricted_line
from .layout import CONTENT_WIDTH, heading, para, summary_table
from .progress import Tracker
from .request import ReportRequest
from .status_report import FETCH
from .outstanding import ending
from .register import REGISTER_EVENTS, nested, numbered, register_lines
from .tables import Column, Markup, Noted, RowTable, group_heading
from .texts import (ENDED, IN_FORCE, LISTED_TITLE, PENDING, Names, signed, status_group,
                    status_group_labels, strictest_mark, term_date)

CATEGORIES = ("treaties", "interagency", "no_treaty_status")


def category(row: InstrumentRow) -> str:
    """Which part of the inventory an instrument belongs to."""
    if row.kind in EFFECTIVE_ON_SIGNATURE_KINDS or row.level == "other":
        return "no_treaty_status"
    return "interagency" if row.level == "interagency" else "treaties"


def _category_labels() -> dict[str, str]:
    return {"treaties": _("Interstate and intergovernmental treaties"),
            "interagency": _("Interagency treaties"),
            "no_treaty_status": _("Documents without the status of an international treaty")}


def compose(registry: Registry, req: ReportRequest, tracker: Tracker) -> tuple[Heading, list]:
    code = (req.country or "").upper()
    country = registry.country(code)
    if code == registry.home_country:
        raise RegistryError("{country} is the registry's own country: a treaty base is made "
                            "for a counterpart.", country=country.name(req.lang))
    names = Names(registry, req.lang)
    f = InstrumentFilter(country=code, include_restricted=req.include_restricted)
    total = registry.count_instruments(f)
    tracker.stage(0.0, 0.7, total)
    counts: Counter = Counter()  # (category, status group) -> instruments
    found: dict[int, tuple[tuple[str, str], tuple]] = {}
    kinds: Counter = Counter()
    years: Counter = Counter()
    marks = set()
    for offset in range(0, total, FETCH):
        rows = registry.list_instruments(f, sort="signed_date", descending=False,
                                         offset=offset, limit=FETCH, with_total=False).rows
        events = registry.events_of([r.id for r in rows], REGISTER_EVENTS)
        for r in rows:
            bucket = status_group(r.status)
            counts[(category(r), bucket)] += 1
            title = Noted(names.title(r, LISTED_TITLE), "\n".join(register_lines(
                r, events.get(r.id, ()), names, in_force=False)))
            found[r.id] = ((category(r), bucket), (title, signed(r), names.parties(r),
                                                   _state(registry, r, bucket, req.lang)))
            kinds[r.kind] += 1
            if r.signed_date:
                years[r.signed_date.year] += 1
            marks.add(r.confidentiality)
            tracker.advance()

    head = Heading(
        title=_("Treaty base"), organisation=req.organisation, printed=registry.today(),
        lang=req.lang, subtitle=_("Counterpart: {country}").format(
            country=country.official(req.lang)),
        filters=[(_("Counterpart"), country.official(req.lang)),
                 restricted_line(req.include_restricted), *names.language_note()],
        mark=strictest_mark(marks), subject=country.official(req.lang))
    if not total:
        return head, [para(_("No instrument with this counterpart is registered."),
                           styles.BODY)]
    story = [para(_("Instruments with this counterpart: {count}.").format(count=total),
                  styles.BODY),
             para(_("By level and status"), styles.H1), _matrix(counts),
             *heading(_("By kind")),
             summary_table(_("Kind"), [(KINDS.label(k, req.lang), kinds[k])
                                       for k in KINDS.codes() if kinds[k]], _("Total"))]
    if years:
        years_per_bar = chart.period(years)
        story += [*heading(_per_period_heading(years_per_bar), room=75 * mm),
                  chart.per_period_chart(years, CONTENT_WIDTH, 62 * mm, years_per_bar)]
    tracker.stage(0.7, 1.0, total)
    table = _lists(found, registry.amendments_of(list(found)))
    if len(table) != len(counts) or any(len(v) != counts[k] for k, v in table.items()):
        story.append(para(_("An instrument that amends or supplements another one is listed "
                            "under it (numbered 3.1, 3.2 ...), in its list; the counts above "
                            "take each by its own level and status."), styles.NOTE))
    categories, buckets = _category_labels(), status_group_labels()
    for cat in CATEGORIES:
        parts = [(b, table[(cat, b)]) for b in buckets if (cat, b) in table]
        if not parts:
            continue
        story += heading(f"{categories[cat]} — {sum(len(rows) for _b, rows in parts)}",
                         room=55 * mm)
        rows: list = []
        for b, chosen in parts:
            rows.append(group_heading(f"{buckets[b]} — {len(chosen)}"))
            rows += [(number, *cells) for (_i, number), (_d, cells) in
                     zip(numbered(list(enumerate(d for d, _c in chosen))), chosen)]
        story.append(RowTable(_columns(), rows, on_drawn=tracker.advance))
    return head, story


def _lists(found: dict[int, tuple[tuple[str, str], tuple]],
           amendments: dict[int, tuple[int, ...]]) -> dict[tuple[str, str], list]:
    """The rows of each list (category, status group) as (depth, cells): an instrument that
    amends or supplements another one goes under it, in that one's list."""
    table: dict[tuple[str, str], list] = {}
    root = None
    for i, depth in nested(list(found), amendments):
        if depth == 0:
            root = found[i][0]
        table.setdefault(root, []).append((depth, found[i][1]))
    return table


def _per_period_heading(years: int) -> str:
    return {chart.YEAR: _("Instruments signed per year"),
            chart.FIVE_YEARS: _("Instruments signed per five years"),
            chart.DECADE: _("Instruments signed per decade")}[years]


def _state(registry: Registry, r: InstrumentRow, bucket: str, lang: str) -> str:
    """The status, with the date it took or lost force where the registry knows it."""
    label = STATUSES.label(r.status, lang)
    if bucket == PENDING:
        return label
    if bucket == IN_FORCE:
        if not r.in_force_since:
            return label
        return _("{status} since {date}").format(status=label,
                                                  date=term_date(r, r.in_force_since))
    end = ending(registry.instrument(r.id))
    if bucket == ENDED and end is not None and end.on:
        return f"{label} ({format_date(end.on, end.precision)})"
    return label


def _matrix(table: Counter) -> RowTable:
    categories, buckets = _category_labels(), status_group_labels()
    rows: list = []
    totals = Counter()
    for cat in CATEGORIES:
        counts = [table[(cat, b)] for b in buckets]
        for b, n in zip(buckets, counts):
            totals[b] += n
        rows.append((categories[cat], *map(str, counts), str(sum(counts))))
    rows.append((Markup(f"<b>{_('Total')}</b>"),
                 *(Markup(f"<b>{totals[b]}</b>") for b in buckets),
                 Markup(f"<b>{sum(totals.values())}</b>")))
    number = 24 * mm
    return RowTable([Column(_("Level"), CONTENT_WIDTH - 4 * number)] +
                    [Column(label, number, styles.CELL_RIGHT) for label in buckets.values()] +
                    [Column(_("Total"), number, styles.CELL_RIGHT)], rows)


def _columns() -> list[Column]:
    widths = [9 * mm, None, 20 * mm, 42 * mm, 32 * mm]
    title = CONTENT_WIDTH - sum(w for w in widths if w)
    return [Column(_("#"), widths[0], styles.CELL_RIGHT), Column(_("Title"), title),
            Column(_("Signed"), widths[2]), Column(_("Parties"), widths[3]),
            Column(_("Status"), widths[4])]
