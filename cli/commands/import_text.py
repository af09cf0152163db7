"""`import-text`: the meeting and the documents signed there, from a press release."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from i18n import _, get_language
from models.countries import seeds
from models.database import database_url, sqlite_path
from models.dates import format_date
from models.vocabulary import KINDS, LEVELS, RELATION_KINDS


def register(sub) -> None:
    p = sub.add_parser("import-text", help=_("import the meeting and the documents signed "
                                             "there from a press release"))
    p.add_argument("file", metavar="FILE", help=_("the text (UTF-8 or Windows-1251)"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("show what would be imported and write nothing"))
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=run)


def _existing(args) -> bool:
    """Whether the registry named by --db (or the settings) exists: a dry run on a database
    that is not there yet reads the built-in country list and creates nothing."""
    from app.settings import Settings

    location = args.db or Settings.load().database or None
    path = sqlite_path(database_url(location))
    return path is None or path.exists()


def run(args) -> int:
    from cli.app import open_registry
    from importers.press_release import (CountryIndex, apply_import, as_json, match_import,
                                         parse_press_release, read_text)

    text = read_text(args.file)
    if args.dry_run and not _existing(args):
        from datetime import date

        proposal = parse_press_release(text, date.today(), CountryIndex(seeds()))
        ids: list[int] = []
    else:
        with open_registry(args, create=not args.dry_run) as registry:
            index = CountryIndex(registry.countries())
            proposal = parse_press_release(text, registry.today(), index)
            match_import(registry, proposal, index)
            ids = [] if args.dry_run else apply_import(registry, proposal,
                                                       range(len(proposal.instruments)))
    if args.format == "json":
        data = as_json(proposal)
        if not args.dry_run:
            data["imported_ids"] = ids
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_table(proposal, Path(args.file).name)
        if not args.dry_run:
            print(_("{count} instrument(s) imported.").format(count=len(ids)))
    return 0


def print_table(proposal, name: str) -> None:
    lang = get_language()
    m = proposal.meeting
    if m is None:
        print(_("No meeting found in {file}.").format(file=name))
    else:
        where = ", ".join(x for x in (m.city, m.venue) if x)
        print(_("Meeting: {title}").format(title=m.title))
        print("  " + "; ".join(x for x in (format_date(m.start_date), where, m.participants)
                               if x))
    if not proposal.instruments:
        print(_("No signed documents found."))
    for n, item in enumerate(proposal.instruments, 1):
        d = item.draft
        print(f"{n}. {KINDS.label(d.kind, lang)} · {LEVELS.label(d.level, lang)} · "
              f"{format_date(d.signed_date, d.signed_date_precision) or '—'}")
        print(f"   {d.title}")
        print("   " + _("Parties: {parties}").format(
            parties="; ".join(f"{p.name} ({p.country or '—'})" for p in d.parties) or "—"))
        if item.earlier:
            e = item.earlier
            print("   " + f"{RELATION_KINDS.label(e.relation, lang)}: {e.title} "
                  f"{format_date(e.date, e.precision)}".rstrip())
