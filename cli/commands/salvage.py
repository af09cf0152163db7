"""`salvage -o NEW.db`: copy what can still be read from a damaged registry into a new one
(the damaged file is only read)."""

from __future__ import annotations

from pathlib import Path

from i18n import _


def register(sub) -> None:
    p = sub.add_parser("salvage", help=_("copy what can be read from a damaged registry into a "
                                         "new registry file"))
    p.add_argument("-o", "--output", metavar="NEW.db", required=True,
                   help=_("the new registry file to write"))
    p.set_defaults(run=run)


def run(args) -> int:
    from cli.commands.backup import sqlite_file_of
    from models.backup.salvage import salvage

    source = sqlite_file_of(args)
    target = Path(args.output)
    report = salvage(source, target)
    print(_("What could be read from {source} is in {target}:").format(source=source,
                                                                       target=target))
    for table, recovered in report.recovered.items():
        lost = report.lost(table)
        if lost is None:
            line = _("{table}: {recovered} row(s) recovered; how many were lost is unknown")
        elif lost:
            line = _("{table}: {recovered} row(s) recovered, {lost} lost")
        else:
            line = _("{table}: {recovered} row(s), all recovered")
        print("  " + line.format(table=table, recovered=recovered, lost=lost))
    if report.files_lost:
        print(_("{count} attached file(s) were missing or damaged and could not be copied.")
              .format(count=report.files_lost))
    return 0
