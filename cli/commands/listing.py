"""`list`: the instruments as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import shutil
import sys

from i18n import _, get_language
from models.dates import format_date
from cli.filters import add_filter_options, instrument_filter
from models.records import InstrumentRow
from models.registry import SORT_KEYS
from models.vocabulary import KINDS, LEVELS, STATUSES


def register(sub) -> None:
    p = sub.add_parser("list", help=_("list instruments"))
    add_filter_options(p)
    p.add_argument("--sort", choices=SORT_KEYS, default="signed_date")
    p.add_argument("--limit", type=int, default=0, metavar="N",
                   help=_("at most N rows (0: all)"))
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(run=run)


def as_json(row: InstrumentRow) -> dict:
    return {
        "id": row.id, "uuid": row.uuid, "registry_number": row.registry_number,
        "title": row.title, "kind": row.kind, "level": row.level, "status": row.status,
        "signed_date": row.signed_date.isoformat() if row.signed_date else None,
        "counterpart": row.counterpart,
        "next_deadline": row.next_deadline.isoformat() if row.next_deadline else None,
        "next_deadline_kind": row.next_deadline_kind,
        "parties": [{"name": p.name, "country": p.country, "kind": p.kind,
                     "signatory": p.signatory_name or None} for p in row.parties],
        "meeting_id": row.meeting_id, "confidentiality": row.confidentiality,
    }


def run(args) -> int:
    from cli.app import open_registry

    with open_registry(args, create=False) as registry:
        f = instrument_filter(args, registry)
        # Newest first by date of signature; every other key ascending.
        rows = registry.list_instruments(f, sort=args.sort,
                                         descending=args.sort == "signed_date",
                                         limit=args.limit or None, with_total=False).rows
    if args.format == "json":
        json.dump([as_json(r) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.format == "csv":
        lang = get_language()
        writer = csv.writer(sys.stdout)
        writer.writerow(["id", "registry_number", "signed_date", "kind", "level", "status",
                         "counterpart", "title", "parties"])
        for r in rows:
            writer.writerow([r.id, r.registry_number, r.signed_date or "",
                             KINDS.label(r.kind, lang), LEVELS.label(r.level, lang),
                             STATUSES.label(r.status, lang), r.counterpart, r.title,
                             "; ".join(p.name for p in r.parties)])
    else:
        print_table(rows)
    return 0


def print_table(rows: list[InstrumentRow]) -> None:
    lang = get_language()
    width = shutil.get_terminal_size((120, 20)).columns
    head = [_("No."), _("Signed"), _("Kind"), _("Status"), _("Title")]
    lines = [[r.registry_number, format_date(r.signed_date, r.signed_date_precision),
              KINDS.label(r.kind, lang), STATUSES.label(r.status, lang), r.title] for r in rows]
    sizes = [max([len(head[i])] + [len(x[i]) for x in lines]) for i in range(4)]
    title_room = max(20, width - sum(sizes) - 8)
    for line in [head] + lines:
        cells = [c.ljust(sizes[i]) for i, c in enumerate(line[:4])]
        title = line[4] if len(line[4]) <= title_room else line[4][:title_room - 1] + "…"
        print("  ".join(cells + [title]))
    print(_("{count} instrument(s)").format(count=len(rows)))
