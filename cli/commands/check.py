"""`check`: an honest check that only reads; exit 1 when anything is wrong.

An SQLite registry is checked as a file (models.file_check): nothing is written to it or beside
it, not even to an empty file. A registry on a server is checked through the registry API.
"""

from __future__ import annotations

import sys

from i18n import _


def register(sub) -> None:
    p = sub.add_parser("check", help=_("check the integrity of the database and stored files "
                                       "(reads only)"))
    p.set_defaults(run=run)


def run(args) -> int:
    from cli.app import registry_location
    from models.database import database_url, sqlite_path
    from models.file_check import check_file

    location = registry_location(args)
    path = sqlite_path(database_url(location))
    if path is not None:
        result = check_file(path)
        problems, notes, count, shown = result.problems, result.notes, result.instruments, path
    else:
        from cli.app import open_registry

        with open_registry(args, create=False) as registry:
            problems, notes = registry.check_integrity(), []
            count, shown = registry.count_instruments(), registry.location
    for line in notes:
        print(line, file=sys.stderr)
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(_("{count} problem(s) found in {path}.").format(count=len(problems), path=shown),
              file=sys.stderr)
        return 1
    print(_("No problems found in {path} ({count} instruments).").format(path=shown,
                                                                         count=count))
    return 0
