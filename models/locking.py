"""Writers take turns: every write transaction takes the registry's write lock at its start, so
that what it reads (the highest registry number, a body found by name) is still true when it
commits, and two clerks saving at once queue instead of failing.

SQLite: `BEGIN IMMEDIATE` (the file's write lock) instead of a deferred BEGIN that fails at
commit. PostgreSQL: the one row of `changecounter` is locked and counted up (a row lock held to
the end of the transaction, and the counter other clerks' screens poll to follow changes).

A writer that finds the lock taken waits, asking again every second; after the first second it
says so (`waiting(on_wait=...)`), and after `limit` seconds it gives up with `Busy`, nothing
written, so that the clerk can choose to try again. Read transactions never wait for writers.

Sessions ask for the write lock through the execution option `kelishim_write` (see
`writer(engine)`); the engine events that act on it are installed by `install(engine)`.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Callable

from sqlalchemy import event
from sqlalchemy.engine import Engine

from .errors import RegistryError

NOTICE_SECONDS = 1.0  # ask for the lock this long before saying that we wait
WAIT_LIMIT_SECONDS = 30.0  # then give up and let the clerk decide
BUSY_TIMEOUT_MS = 30_000  # SQLite, once the lock is held (a rollback journal's commit waits)
WRITE_OPTION = "kelishim_write"
SCHEMA = "schema"  # the option's value for a migration: the table below may not exist yet
_PG_TURN = ("INSERT INTO changecounter (id, value) VALUES (1, 1) ON CONFLICT (id) "
            "DO UPDATE SET value = changecounter.value + 1")
_PG_SCHEMA_LOCK = 7_405_131_211  # pg_advisory_xact_lock key for migrations
_SQLITE_BUSY = (5, 261, 517)  # SQLITE_BUSY, _BUSY_RECOVERY, _BUSY_SNAPSHOT

_hooks = threading.local()


class Busy(RegistryError):
    """Another clerk's change held the registry longer than the limit; nothing was written."""

    def __init__(self, seconds: float):
        super().__init__("Another user's change is still being saved (waited {seconds} s); "
                         "nothing was written. Try again in a moment.",
                         seconds=round(seconds))


@contextmanager
def waiting(on_wait: Callable[[float], None] | None = None, limit: float | None = None):
    """While the block runs on this thread: `on_wait(seconds)` is called each second a write
    waits for another clerk's (from the first second on), and a write gives up after `limit`
    seconds (default WAIT_LIMIT_SECONDS)."""
    before = getattr(_hooks, "on_wait", None), getattr(_hooks, "limit", None)
    _hooks.on_wait = on_wait if on_wait is not None else before[0]
    _hooks.limit = limit if limit is not None else before[1]
    try:
        yield
    finally:
        _hooks.on_wait, _hooks.limit = before


def _limit() -> float:
    limit = getattr(_hooks, "limit", None)
    return WAIT_LIMIT_SECONDS if limit is None else limit


def _waited(started: float) -> None:
    """One more second without the lock: tell the waiting clerk, or give up at the limit."""
    seconds = time.monotonic() - started
    if seconds >= _limit():
        raise Busy(seconds)
    on_wait = getattr(_hooks, "on_wait", None)
    if on_wait is not None:
        on_wait(seconds)


def writer(engine: Engine) -> Engine:
    """The same engine, its transactions taking the write lock when they begin."""
    return engine.execution_options(**{WRITE_OPTION: True})


def schema_writer(engine: Engine) -> Engine:
    """For migrations: the write lock, also on a database that has no tables yet."""
    return engine.execution_options(**{WRITE_OPTION: SCHEMA})


def install(engine: Engine) -> None:
    """Make the engine's transactions begin as described above."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _postgresql_begin)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # The driver's own transaction handling would BEGIN (deferred) by itself before a write;
    # off, so that the begin event below says how each transaction begins.
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn) -> None:
    raw = conn.connection.driver_connection
    if not conn.get_execution_options().get(WRITE_OPTION):
        raw.execute("BEGIN")
        return
    import sqlite3

    started = time.monotonic()
    raw.execute(f"PRAGMA busy_timeout={int(NOTICE_SECONDS * 1000)}")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", None) not in _SQLITE_BUSY and \
                        "locked" not in str(exc):
                    raise
            _waited(started)
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _postgresql_begin(conn) -> None:
    option = conn.get_execution_options().get(WRITE_OPTION)
    if not option:
        return
    import psycopg

    raw = conn.connection.driver_connection
    started = time.monotonic()
    with raw.cursor() as cur:  # psycopg begins the transaction with the first statement
        if option == SCHEMA:
            cur.execute(f"SELECT pg_advisory_xact_lock({_PG_SCHEMA_LOCK})")
            return
        cur.execute(f"SET LOCAL lock_timeout = '{int(NOTICE_SECONDS * 1000)}ms'")
        while True:
            cur.execute("SAVEPOINT kelishim_turn")
            try:
                cur.execute(_PG_TURN)
                break
            except psycopg.errors.LockNotAvailable:
                cur.execute("ROLLBACK TO SAVEPOINT kelishim_turn")
            _waited(started)
        cur.execute("RELEASE SAVEPOINT kelishim_turn")
        cur.execute(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_MS}ms'")
