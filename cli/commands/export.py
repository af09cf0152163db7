"""`export`: the instrument list to XLSX or CSV, or the deadlines to an .ics calendar."""

from __future__ import annotations

from i18n import _
from models.vocabulary import KINDS, LEVELS, STATUSES


def register(sub) -> None:
    p = sub.add_parser("export", help=_("export instruments (XLSX, CSV) or deadlines (ICS)"))
    p.add_argument("format", choices=("xlsx", "csv", "ics"))
    p.add_argument("-o", "--output", required=True, metavar="OUT", help=_("the file to write"))
    p.add_argument("--search", metavar="TEXT", help=_("words to find"))
    p.add_argument("--country", metavar="CODE",
                   help=_("counterpart country, ISO 3166 alpha-2 code (RU, KZ ...)"))
    p.add_argument("--kind", choices=KINDS.codes())
    p.add_argument("--level", choices=LEVELS.codes())
    p.add_argument("--status", choices=STATUSES.codes())
    p.add_argument("--days", type=int, default=90, metavar="N",
                   help=_("ics: deadlines due within N days (overdue ones included)"))
    p.add_argument("--no-restricted", action="store_true",
                   help=_("leave out records of restricted access"))
    p.set_defaults(run=run)


def run(args) -> int:
    from cli.app import open_registry
    from exporters.calendar import export_calendar
    from exporters.table import export_table
    from models.errors import RegistryError
    from models.records import InstrumentFilter

    if args.days <= 0:
        raise RegistryError("“{field}” must be a positive number, not {value}.",
                            field="--days", value=args.days)
    country = args.country.upper() if args.country else None
    with open_registry(args, create=False) as registry:
        if country:
            registry.country(country)  # an unknown code is an error, not an empty file
        f = InstrumentFilter(text=args.search, country=country, kind=args.kind,
                             level=args.level, status=args.status,
                             include_restricted=not args.no_restricted)
        if args.format == "ics":
            count = export_calendar(registry, args.output, args.days, f)
            print(_("{count} deadline(s) written to {path}.").format(count=count,
                                                                      path=args.output))
        else:
            count = export_table(registry, f, args.output, args.format)
            print(_("{count} instrument(s) written to {path}.").format(count=count,
                                                                        path=args.output))
    return 0
