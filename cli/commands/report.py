"""`report`: a printed report as PDF, for IT to schedule (a weekly status report ...)."""

from __future__ import annotations

from i18n import LANGUAGES, _, get_language
from models.errors import RegistryError, os_reason
from models.records import InstrumentFilter
from models.vocabulary import KINDS, LEVELS, STATUSES

# Command-line names of the reports -> reports.request.KINDS.
REPORTS = {"status": "status", "briefing": "briefing", "treaty-base": "treaty_base",
           "deadlines": "deadlines", "card": "card"}


def register(sub) -> None:
    p = sub.add_parser("report", help=_("make a printed report (PDF)"))
    p.add_argument("which", choices=list(REPORTS), metavar="REPORT",
                   help=_("status, briefing, treaty-base, deadlines or card"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help=_("the PDF file to write"))
    p.add_argument("--meeting", type=int, metavar="ID", help=_("the meeting (briefing)"))
    p.add_argument("--country", metavar="CODE",
                   help=_("counterpart country, ISO 3166 alpha-2 code (RU, KZ ...)"))
    p.add_argument("--instrument", type=int, metavar="ID", help=_("the instrument (card)"))
    p.add_argument("--days", type=int, default=None, metavar="N",
                   help=_("deadlines due within N days (default: the setting, 90)"))
    p.add_argument("--lang", dest="report_lang", choices=LANGUAGES,
                   help=_("language of the report"))
    p.add_argument("--organisation", metavar="NAME",
                   help=_("the organisation printed at the head of the report (default: the "
                          "registry's own, in the report's language)"))
    p.add_argument("--include-restricted", action="store_true",
                   help=_("include records of restricted access (every page is marked)"))
    p.add_argument("--group-by", choices=("status", "counterpart"), default="status",
                   help=_("status report: group by status or by counterpart"))
    p.add_argument("--kind", choices=KINDS.codes(), help=_("status report: only this kind"))
    p.add_argument("--level", choices=LEVELS.codes(), help=_("status report: only this level"))
    p.add_argument("--status", choices=STATUSES.codes(),
                   help=_("status report: only this status"))
    p.add_argument("--search", metavar="TEXT", help=_("status report: words to find"))
    p.set_defaults(run=run)


def _require(args) -> None:
    """Each report needs its subject; say which option is missing in one line."""
    needed = {"briefing": ("meeting", "--meeting ID"),
              "treaty-base": ("country", "--country CODE"),
              "card": ("instrument", "--instrument ID")}.get(args.which)
    if needed and getattr(args, needed[0]) is None:
        raise RegistryError("The report “{report}” needs {option}.", report=args.which,
                            option=needed[1])
    if args.days is not None and args.days < 0:
        raise RegistryError("--days must not be negative.")


def run(args) -> int:
    from app.settings import Settings
    from cli.app import open_registry
    from reports.build import build_report
    from reports.request import ReportRequest

    _require(args)
    settings = Settings.load()
    country = args.country.upper() if args.country else None
    lang = args.report_lang or args.lang or get_language()
    with open_registry(args, create=False) as registry:
        if country:
            registry.country(country)  # an unknown code is an error, not an empty report
        request = ReportRequest(
            kind=REPORTS[args.which], lang=lang,
            organisation=args.organisation if args.organisation is not None else
            registry.organisation_name(lang) or settings.organisation_name,
            include_restricted=args.include_restricted, group_by=args.group_by,
            meeting_id=args.meeting, country=country, instrument_id=args.instrument,
            days=args.days if args.days is not None else settings.horizon_days,
            filter=InstrumentFilter(text=args.search, country=country, kind=args.kind,
                                    level=args.level, status=args.status))
        try:
            pages = build_report(registry, request, args.output)
        except OSError as exc:
            raise RegistryError("Cannot write {path}: {reason}", path=args.output,
                                reason=os_reason(exc)) from exc
    print(_("{path}: {pages} page(s).").format(path=args.output, pages=pages))
    return 0
