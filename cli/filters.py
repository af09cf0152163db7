"""The instrument filter options that `list` and `export` share."""

from __future__ import annotations

from i18n import _
from models.records import InstrumentFilter
from models.vocabulary import KINDS, LEVELS, STATUSES


def add_filter_options(p) -> None:
    p.add_argument("--search", metavar="TEXT", help=_("words to find"))
    p.add_argument("--country", metavar="CODE",
                   help=_("counterpart country, ISO 3166 alpha-2 code (RU, KZ ...)"))
    p.add_argument("--kind", choices=KINDS.codes())
    p.add_argument("--level", choices=LEVELS.codes())
    p.add_argument("--status", choices=STATUSES.codes())


def instrument_filter(args, registry, **more) -> InstrumentFilter:
    """The filter the options ask for; an unknown country code is an error, not an empty list."""
    country = args.country.upper() if args.country else None
    if country:
        registry.country(country)
    return InstrumentFilter(text=args.search, country=country, kind=args.kind,
                            level=args.level, status=args.status, **more)
