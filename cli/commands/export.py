"""`export`: the instrument list to XLSX or CSV, or the deadlines to an .ics calendar."""

from __future__ import annotations

from cli.filters import add_filter_options, instrument_filter
from i18n import _


def register(sub) -> None:
    p = sub.add_parser("export", help=_("export instruments (XLSX, CSV) or deadlines (ICS)"))
    p.add_argument("format", choices=("xlsx", "csv", "ics"))
    p.add_argument("-o", "--output", required=True, metavar="OUT", help=_("the file to write"))
    add_filter_options(p)
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

    if args.days <= 0:
        raise RegistryError("“{field}” must be a positive number, not {value}.",
                            field="--days", value=args.days)
    with open_registry(args, create=False) as registry:
        f = instrument_filter(args, registry, include_restricted=not args.no_restricted)
        if args.format == "ics":
            count = export_calendar(registry, args.output, args.days, f)
            print(_("{count} deadline(s) written to {path}.").format(count=count,
                                                                      path=args.output))
        else:
            count = export_table(registry, f, args.output, args.format)
            print(_("{count} instrument(s) written to {path}.").format(count=count,
                                                                        path=args.output))
    return 0
