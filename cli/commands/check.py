"""`check`: the integrity check; non-zero exit when anything is wrong."""

from __future__ import annotations

import sys

from i18n import _


def register(sub) -> None:
    p = sub.add_parser("check", help=_("check the integrity of the database and stored files"))
    p.set_defaults(run=run)


def run(args) -> int:
    from cli.app import open_registry

    with open_registry(args, create=False) as registry:
        problems = registry.check_integrity()
        count = registry.count_instruments()
        location = registry.location
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(_("{count} problem(s) found in {path}.").format(count=len(problems),
                                                               path=location), file=sys.stderr)
        return 1
    print(_("No problems found in {path} ({count} instruments).").format(path=location,
                                                                         count=count))
    return 0
