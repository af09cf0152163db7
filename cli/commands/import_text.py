"""`import-text`: the meeting and the documents signed there, from a press release."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from i18n import _, get_language
from models.countries import seeds
from models.database import database_url, sqlite_path
from models.dates import format_date, format_span
from models.vocabulary import KINDS, LEVELS, RELATION_KINDS


def register(sub) -> None:
    p = sub.add_parser("import-text", help=_("import the meeting and the documents signed "
                                             "there from a press release"))
    p.add_argument("file", metavar="FILE", help=_("the text (UTF-8 or Windows-1251)"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("show what would be imported and write nothing"))
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--allow-duplicates", action="store_true",
                   help=_("import also the documents already in the registry"))
    p.add_argument("--meeting-date", type=_day, metavar="YYYY-MM-DD",
                   help=_("the day of the meeting where the text does not say it (the report's "
                          "own date is offered, never assumed)"))
    p.set_defaults(run=run)


def _day(value: str):
    from argparse import ArgumentTypeError
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArgumentTypeError(_("“{value}” is not a date: write it as 2025-11-26.").format(
            value=value)) from None


def _date_meeting(proposal, day) -> None:
    """The clerk's date for a meeting the text gives none (its documents take it on import)."""
    from importers.press_release import dated_by_meeting

    m = proposal.meeting
    if day is not None and m is not None and m.start_date is None:
        m.start_date, m.end_date, m.start_date_precision = day, day, "day"
        proposal.yearless, proposal.report_date = "", None
        for item in proposal.instruments:
            dated_by_meeting(item.draft, m)


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
                                         new_documents, parse_press_release, read_text)

    text = read_text(args.file)
    if args.dry_run and not _existing(args):
        from datetime import date

        proposal = parse_press_release(text, date.today(), CountryIndex(seeds()))
        _date_meeting(proposal, args.meeting_date)
        ids: list[int] = []
    else:
        with open_registry(args, create=not args.dry_run) as registry:
            index = CountryIndex(registry.countries())
            proposal = parse_press_release(text, registry.today(), index)
            _date_meeting(proposal, args.meeting_date)
            match_import(registry, proposal, index)  # (a meeting on file: its date, no hint)
            if not args.dry_run and proposal.report_date:
                print(_report_date_hint(proposal), file=sys.stderr)  # (before the refusal)
            ids = [] if args.dry_run else apply_import(
                registry, proposal, new_documents(proposal, args.allow_duplicates))
    skipped = [] if args.dry_run else [
        n for n in range(len(proposal.instruments))
        if n not in new_documents(proposal, args.allow_duplicates)]
    if args.format == "json":
        data = as_json(proposal)
        if not args.dry_run:
            data["imported_ids"] = ids
            data["skipped_duplicates"] = [n + 1 for n in skipped]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_table(proposal, Path(args.file).name)
        if not args.dry_run:
            print(import_summary(len(ids), len(skipped)))
    return 0


def import_summary(added: int, skipped: int) -> str:
    """The last line of an import: how many were added and how many left out as already in
    the registry."""
    text = _("{count} instrument(s) imported.").format(count=added)
    if skipped:
        text += " " + _("{count} left out as already in the registry (see the marks above; "
                        "--allow-duplicates imports them all the same).").format(count=skipped)
    return text


def duplicate_line(found) -> str:
    """Where a proposed document is already: a record on file or an earlier document."""
    if found.id is None:
        return _("Repeats document {n} of the text.").format(n=found.draft + 1)
    text = _("Already in the registry: {number} “{title}”.").format(
        number=found.registry_number, title=found.title)
    if found.deleted:
        text += " " + _("(in the trash)")
    return text


def _report_date_hint(proposal) -> str:
    return _("The text does not say when the documents were signed; the report is dated "
             "{date}: give --meeting-date {iso} if they were signed that day.").format(
        date=format_date(proposal.report_date), iso=proposal.report_date.isoformat())


def print_table(proposal, name: str) -> None:
    lang = get_language()
    m = proposal.meeting
    if m is None:
        print(_("No meeting found in {file}.").format(file=name))
    else:
        where = ", ".join(x for x in (m.city, m.venue) if x)
        print(_("Meeting: {title}").format(title=m.title))
        when = format_span(m.start_date, m.end_date, m.start_date_precision)
        print("  " + "; ".join(x for x in (when, where, m.participants) if x))
        if proposal.report_date:
            print("  " + _report_date_hint(proposal))
    if not proposal.instruments:
        print(_("No signed documents found."))
    from importers.press_release import count_note

    note = count_note(proposal)
    if note:
        print(note[:1].upper() + note[1:] + ".")
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
        if item.duplicate:
            print("   " + duplicate_line(item.duplicate))
