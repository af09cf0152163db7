"""Many rows inserted at once, on SQLite and on PostgreSQL, without SQLAlchemy's work per row.

A batch's rows are tuples of Python values, converted for the database by the same bind
processors SQLAlchemy uses (so that dates, times, booleans and JSON are stored exactly as a
single save stores them), then inserted by multi-row `INSERT ... VALUES (...), (...)`
statements of a few hundred rows each. One statement per few hundred rows matters on SQLite:
the trigger that keeps the full-text index (`instrument_fts`) flushes its pending terms at
the end of every statement, so an `executemany` of single rows costs three times as much.
`ahead` makes the next statements in a thread of their own while the connection runs the
ones before (the driver lets go of Python's lock meanwhile): the write lock is held less.
"""

from __future__ import annotations

import queue
import threading
from itertools import chain
from typing import Callable, Iterable, Iterator

from sqlalchemy import JSON, Table
from sqlalchemy.engine import Connection

MAX_PARAMETERS = 30_000  # SQLite allows 32,766 per statement, PostgreSQL 65,535
MAX_ROWS = 500


def converter(dialect, table: Table, columns) -> Callable[[tuple], tuple]:
    """A function converting a row's values (in the order of `columns`) for the database, as
    SQLAlchemy's bind processors convert them."""
    processors = [(i, p if isinstance(table.c[name].type, JSON) else _remembered(p))
                  for i, name in enumerate(columns)
                  if (p := table.c[name].type._cached_bind_processor(dialect))]
    if not processors:
        return tuple

    def convert(row: tuple) -> tuple:
        row = list(row)
        for i, process in processors:
            if row[i] is not None:
                row[i] = process(row[i])
        return tuple(row)
    return convert


def _remembered(process: Callable) -> Callable:
    """A processor of dates, times and flags answering each value once: a batch repeats
    them (and keeps one text of each)."""
    seen: dict = {}

    def remembered(value):
        found = seen.get(value)
        if found is None:
            found = seen[value] = process(value)
        return found
    return remembered


class RowInserter:
    """`statements(rows)`: the statements inserting tuples in the order of `columns`,
    already converted (`converter`), into `table`, for a connection of `dialect` to run."""

    def __init__(self, dialect, table: Table, columns: tuple[str, ...] | list[str]):
        self.columns = tuple(columns)
        quote = dialect.identifier_preparer.quote
        mark = "?" if dialect.paramstyle in ("qmark", "numeric") else "%s"
        self.head = (f"INSERT INTO {quote(table.name)} "
                     f"({', '.join(quote(c) for c in self.columns)}) VALUES ")
        self.one = "(" + ", ".join([mark] * len(self.columns)) + ")"
        self.per_statement = max(1, min(MAX_ROWS, MAX_PARAMETERS // len(self.columns)))
        self._statements: dict[int, str] = {}

    def statements(self, rows: list[tuple]) -> Iterator[tuple[str, tuple]]:
        """The statements inserting the rows, with their parameters (made without a
        connection: by `ahead`'s thread while the connection runs the ones before)."""
        for start in range(0, len(rows), self.per_statement):
            chunk = rows[start:start + self.per_statement]
            sql = self._statements.get(len(chunk))
            if sql is None:
                sql = self._statements[len(chunk)] = self.head + ", ".join(
                    [self.one] * len(chunk))
            yield sql, tuple(chain.from_iterable(chunk))


def reserve_ids(db: Connection, table: Table, count: int) -> list[int]:
    """`count` new ids for rows of `table` to be inserted with them, inside the write
    transaction: SQLite counts on from the highest (as it would itself; the write lock is
    held), PostgreSQL takes them from the column's sequence."""
    if count <= 0:
        return []
    if db.dialect.name == "postgresql":
        return [row[0] for row in db.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            (table.name, count))]
    highest = db.exec_driver_sql(f"SELECT max(id) FROM {table.name}").scalar() or 0
    return list(range(highest + 1, highest + 1 + count))


def ahead(items: Iterable, depth: int = 2) -> Iterator:
    """The items, made in a thread of their own up to `depth` ahead of their use: the
    database driver lets go of Python's lock while it runs a statement, so the Python work
    of the next statements is done on the second core meanwhile. What the thread raises is
    raised here; a use stopped early stops the thread."""
    made: queue.Queue = queue.Queue(depth)
    stop = threading.Event()
    end = object()

    def make() -> None:
        try:
            for item in items:
                made.put((item, None))
                if stop.is_set():
                    return
            made.put((end, None))
        except BaseException as exc:  # raised again in the using thread
            made.put((end, exc))

    thread = threading.Thread(target=make, name="kelishim-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item, exc = made.get()
            if exc is not None:
                raise exc
            if item is end:
                return
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # let a thread waiting to put go on and see `stop`
            try:
                made.get(timeout=0.05)
            except queue.Empty:
                pass
