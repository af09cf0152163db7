"""`copy`: a whole registry from a SQLite file to a PostgreSQL database or back (or between
two of a kind), every table and attachment, checked before it is reported."""

from __future__ import annotations

import sys

from i18n import _


def register(sub) -> None:
    p = sub.add_parser("copy", help=_("copy a whole registry between a file and a database "
                                      "server, either way"))
    p.add_argument("--from", dest="source", required=True, metavar="SOURCE",
                   help=_("the registry to copy: a file or a URL "
                          "(postgresql+psycopg://login@server/database)"))
    p.add_argument("--to", dest="target", required=True, metavar="TARGET",
                   help=_("where to: a new file, or an empty database on a server"))
    p.set_defaults(run=run)


def run(args) -> int:
    from models.copying import copy_registry

    said = set()

    def progress(table: str, rows: int) -> None:
        if table not in said:
            said.add(table)
            print(_("copying {table}…").format(table=table), file=sys.stderr, flush=True)

    report = copy_registry(args.source, args.target, progress)
    c = report.counts
    print(_("Copied {source} to {target}: {instruments} instrument(s), {meetings} meeting(s), "
            "{organisations} organisation(s), {events} event(s), {audit} audit entries, "
            "{files} attached file(s); every table's rows counted and every file's SHA-256 "
            "checked in the copy.").format(
        source=report.source, target=report.target, instruments=c.get("instrument", 0),
        meetings=c.get("meeting", 0), organisations=c.get("organisation", 0),
        events=c.get("statusevent", 0), audit=c.get("auditentry", 0), files=report.files))
    return 0
