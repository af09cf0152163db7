"""`grant`: on a department's PostgreSQL server, let a group role (or one clerk's login) read
and change the registry's records; run by the login that owns the database."""

from __future__ import annotations

from i18n import _


def register(sub) -> None:
    p = sub.add_parser("grant", help=_("on a PostgreSQL server: give clerks' logins the right "
                                       "to work in the registry"))
    p.add_argument("role", metavar="ROLE",
                   help=_("the group role of the clerks' logins, e.g. kelishim_clerks"))
    p.set_defaults(run=run)


def run(args) -> int:
    from cli.app import open_registry
    from models.server import grant

    with open_registry(args, create=False) as registry:  # the schema brought up to date
        grant(registry.engine, args.role)
        location = registry.location
    print(_("{role} may now read and change the records of {location} (not its tables).")
          .format(role=args.role, location=location))
    return 0
