"""`demo`: load the Bishkek talks of 26 November 2025 (idempotent)."""

from __future__ import annotations

from i18n import _
from models.demo import load_demo


def register(sub) -> None:
    p = sub.add_parser("demo", help=_("load the reference example (the talks in Bishkek of "
                                      "26.11.2025)"))
    p.set_defaults(run=run)


def run(args) -> int:
    from cli.app import open_registry

    with open_registry(args, create=True) as registry:
        result = load_demo(registry)
        total = registry.count_instruments()
        print(_("Demo data: {added} instrument(s) added, {total} in the registry {path}.")
              .format(added=result.added, total=total, path=registry.location))
    return 0
