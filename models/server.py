"""A registry on a department's PostgreSQL server: the rights of the clerks' logins.

The database belongs to one login (IT's), which creates and upgrades its tables. Clerks log in
each with a login of their own, members of one group role that may read and change the
registry's records but not its tables: `grant(engine, "kelishim_clerks")` brings the schema up
to date and gives the role exactly that, also on tables later upgrades add. The audit log
names each clerk's own login (models.registry.base.database_login).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Engine

from .errors import RegistryError

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class NotAServer(RegistryError):
    pass


def grant(engine: Engine, role: str) -> None:
    """Let `role` (a group role, or one clerk's login) read and change the registry's records;
    only the owner keeps the right to change its tables."""
    if engine.dialect.name != "postgresql":
        raise NotAServer("Rights are given on a PostgreSQL server; a registry file belongs to "
                         "whoever may write the file.")
    if not _ROLE.match(role):
        raise NotAServer("“{role}” is not a login name: small Latin letters, digits and _ "
                         "only.", role=role)
    with engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                        {"r": role}).first() is None:
            raise NotAServer("The server has no login or role “{role}”; IT creates it first "
                             "(see docs/DEPARTMENT.md).", role=role)
        owner = conn.execute(text("SELECT current_user")).scalar()
        for statement in (
            f'GRANT CONNECT ON DATABASE "{conn.engine.url.database}" TO {role}',
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {role}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {role}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
            f"GRANT USAGE, SELECT ON SEQUENCES TO {role}",
        ):
            conn.execute(text(statement))
