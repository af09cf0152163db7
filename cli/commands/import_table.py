"""`import-table`: a spreadsheet (XLSX or CSV) into the registry through a column mapping.

All or nothing: while any row has a problem nothing is written, and every problem is printed as
"row N, column X: ...". `--skip-invalid` imports the other rows and lists those it left out.
Rows of instruments already in the registry are left out and listed (`--allow-duplicates`
imports them all the same).
"""

from __future__ import annotations

import sys

import mappings
from i18n import _


def register(sub) -> None:
    p = sub.add_parser("import-table", help=_("import instruments from an XLSX or CSV file"))
    p.add_argument("file", metavar="FILE", help=_("the spreadsheet (.xlsx or .csv)"))
    p.add_argument("--map", required=True, metavar="MAPPING.json",
                   help=_("the column mapping: a file, or the name of one shipped with the "
                          "program ({names})").format(names=", ".join(mappings.ready())))
    p.add_argument("--dry-run", action="store_true",
                   help=_("check everything, write nothing"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=_("import the rows without problems and list the rows left out"))
    p.add_argument("--allow-duplicates", action="store_true",
                   help=_("import also the rows of instruments already in the registry"))
    p.set_defaults(run=run)


def run(args) -> int:
    from cli.app import open_registry
    from importers.tables.mapping import load_mapping
    from importers.tables.plan import ImportRefused, prepare, write

    mapping = load_mapping(mappings.resolve(args.map))
    with open_registry(args, create=True) as registry:
        plan = prepare(registry, args.file, mapping)
        for p in plan.problems:
            print(p.message() if p.blocking else _("note: {message}").format(
                message=p.message()), file=sys.stderr)
        ready, skipped = len(plan.ready), len(plan.skipped)
        repeated = [] if args.allow_duplicates else [r.row for r in plan.repeated]
        ready += len(plan.repeated) - len(repeated)
        if skipped and not args.skip_invalid:
            print(_("Nothing was imported: {rows} row(s) have problems. Correct them, or run "
                    "again with --skip-invalid to import the other {ready} row(s).").format(
                rows=skipped, ready=ready), file=sys.stderr)
            return 1
        if args.dry_run:
            print(_("Dry run: {ready} row(s) would be imported, {skipped} left out; nothing "
                    "was written.").format(ready=ready, skipped=skipped + len(repeated)))
            print_repeated(repeated)
            return 0
        try:
            ids = write(registry, plan, skip_invalid=args.skip_invalid,
                        allow_duplicates=args.allow_duplicates)
        except ImportRefused as exc:
            print(exc.message(), file=sys.stderr)
            return 1
    print(_("Imported {count} instrument(s) from {file}.").format(count=len(ids),
                                                                 file=args.file))
    print_repeated(repeated)
    if skipped:
        rows = ", ".join(str(r.row) for r in plan.skipped)
        print(_("Left out {count} row(s) with problems: {rows}.").format(count=skipped,
                                                                        rows=rows))
    return 0


def print_repeated(rows: list[int]) -> None:
    if rows:
        print(_("Left out {count} row(s) already in the registry: {rows} (see the notes "
                "above; --allow-duplicates imports them all the same).").format(
            count=len(rows), rows=", ".join(map(str, rows))))
