"""What the database said, in one sentence a clerk can read.

No exception of the database driver or of SQLAlchemy is shown as it is: `explain` turns it into
a `RegistryError` whose message names what happened in the user's language (the original goes
to the log). `retryable` tells the errors after which the same transaction may simply be run
again (the engine asks for it: a deadlock, a serialisation failure, a lock it could not get).
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from .errors import DamagedRegistry, DatabaseError, RegistryError

log = logging.getLogger(__name__)

# PostgreSQL SQLSTATEs after which running the transaction again is the cure.
_PG_RETRY = {"40001", "40P01", "55P03"}  # serialization_failure, deadlock, lock_not_available
_SQLITE_BUSY = {5, 6, 261, 262, 517}  # SQLITE_BUSY, _LOCKED and their extended codes
_SQLITE_FULL, _SQLITE_READONLY = {13}, {8, 264, 520, 776, 1032, 1288}
_SQLITE_CORRUPT = {11, 26, 267, 523}  # corrupt, not a database


def _driver_error(exc: BaseException):
    return exc.orig if isinstance(exc, DBAPIError) else exc


def _pgcode(exc) -> str | None:
    return getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)


def is_database_error(exc: BaseException) -> bool:
    """An error of the database or its driver (not one of the registry's own)."""
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, (SQLAlchemyError, sqlite3.Error)) or \
        type(exc).__module__.startswith("psycopg")


def retryable(exc: BaseException) -> bool:
    orig = _driver_error(exc)
    if isinstance(orig, sqlite3.OperationalError):
        return getattr(orig, "sqlite_errorcode", None) in _SQLITE_BUSY or "locked" in str(orig)
    return _pgcode(orig) in _PG_RETRY


def explain(exc: BaseException, writing: bool) -> RegistryError:
    """A RegistryError saying in one sentence what went wrong (nothing was written when
    `writing`: the transaction was rolled back)."""
    if isinstance(exc, RegistryError):
        return exc
    log.warning("Database error (%s): %r", "write" if writing else "read", exc)
    orig = _driver_error(exc)
    code = getattr(orig, "sqlite_errorcode", None)
    state = _pgcode(orig) or ""
    if retryable(exc):
        return DatabaseError("The registry is busy with another user's change; nothing was "
                             "written. Try again in a moment." if writing else
                             "The registry is busy with another user's change. Try again in "
                             "a moment.")
    if isinstance(exc, StaleDataError):
        return DatabaseError("Another user changed this record at the same moment; nothing "
                             "was written. Open it again to see their change.")
    if code in _SQLITE_FULL or state == "53100":
        return DatabaseError("The disk is full: nothing was written. Free some space and try "
                             "again.")
    if code in _SQLITE_READONLY or state in ("25006", "42501"):
        return DatabaseError("This login or file may only read the registry: nothing was "
                             "written.")
    if code in _SQLITE_CORRUPT:
        return DamagedRegistry("The database file is damaged; run the check and restore a "
                               "backup.")
    if state.startswith("08") or state in ("57P01", "57P02", "57P03") or (
            isinstance(exc, DBAPIError) and exc.connection_invalidated):
        return DatabaseError("The connection to the database server was lost; nothing was "
                             "written. Check the network and try again." if writing else
                             "The connection to the database server was lost. Check the "
                             "network and try again.")
    if state.startswith("23") or isinstance(orig, sqlite3.IntegrityError):
        return DatabaseError("The change clashes with a record another user saved at the "
                             "same time; nothing was written. Try again.")
    return DatabaseError("The database refused the change ({reason}); nothing was written."
                         if writing else "The database could not be read ({reason}).",
                         reason=_short(orig))


def _short(orig) -> str:
    """The driver's own words, first line only (for IT; the sentence around it is ours)."""
    text = str(orig).strip().splitlines()
    return (text[0] if text else type(orig).__name__)[:200]
