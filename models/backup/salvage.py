"""Salvage: copy what can still be read from a damaged registry into a new, sound one.

The damaged file is only read. Each table is read by ranges of row ids; a range that meets a
damaged page is halved until the readable rows around it are found, so one bad page costs
only the rows on it. Rows left pointing at a record that was lost are dropped (the new
registry passes SQLite's foreign-key check), and the full-text index is rebuilt. The result
is a registry file like any other: list it, search it, export it, or open it.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import DatabaseError
from ..filestore import FileStore, store_beside
from ..sqlite_file import (connect_read_only, put_in_place, remove_sidecars, settle,
                           temporary_beside)

log = logging.getLogger(__name__)
RANGE = 512
Progress = Callable[[int, int], None]


@dataclass
class SalvageReport:
    recovered: dict[str, int] = field(default_factory=dict)  # rows copied per table
    expected: dict[str, int | None] = field(default_factory=dict)  # rows counted, if readable
    unreadable: dict[str, int] = field(default_factory=dict)  # row ids that could not be read
    dropped: dict[str, int] = field(default_factory=dict)  # rows pointing at lost records
    files_lost: int = 0  # attached files missing or damaged in the old store

    def lost(self, table: str) -> int | None:
        expected = self.expected.get(table)
        if expected is None:
            return None
        return max(0, expected - self.recovered.get(table, 0)) + self.dropped.get(table, 0)

    @property
    def complete(self) -> bool:
        return not any(self.unreadable.values()) and not any(self.dropped.values()) and all(
            self.lost(t) == 0 for t in self.recovered) and not self.files_lost


def _try(conn, sql: str, params=()):
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.DatabaseError:
        return None


def _upper_rowid(conn, table: str) -> int:
    """The highest row id of a table, from the table, else from one of its indexes, else an
    estimate from the size of the file."""
    row = _try(conn, f'select max(rowid) from "{table}"')
    if row is not None:
        return row[0][0] or 0
    for (index,) in _try(conn, "select name from sqlite_master where type='index' and "
                               "tbl_name=?", (table,)) or []:
        row = _try(conn, f'select max(rowid) from "{table}" indexed by "{index}"')
        if row is not None and row[0][0]:
            return row[0][0]
    pages = (_try(conn, "PRAGMA page_count") or [[100_000]])[0][0]
    return pages * 64


def _columns(conn, table: str) -> list[str] | None:
    rows = _try(conn, f'PRAGMA table_info("{table}")')
    return [r[1] for r in rows] if rows else None


def read_rows(conn, table: str, columns: list[str], report: SalvageReport):
    """Every readable row of `table` as (rowid, values...), by ranges of row ids."""
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'select rowid, {names} from "{table}" where rowid between ? and ? order by rowid'

    def read(lo: int, hi: int):
        rows = _try(conn, sql, (lo, hi))
        if rows is not None:
            return rows
        if lo == hi:
            report.unreadable[table] = report.unreadable.get(table, 0) + 1
            return []
        mid = (lo + hi) // 2
        return read(lo, mid) + read(mid + 1, hi)

    top = _upper_rowid(conn, table)
    for lo in range(min(0, top), top + 1, RANGE):
        yield from read(lo, min(lo + RANGE - 1, top))


def salvage(source: Path, target: Path, progress: Progress | None = None, *,
            copy_files: bool = True) -> SalvageReport:
    """Copy what can be read of the registry `source` into the new registry file `target`
    (which must not exist yet), with its attached files unless not `copy_files`."""
    from alembic import command
    from sqlmodel import SQLModel

    from ..database import _alembic_config, make_engine, newest_revision
    from ..sqlite_file import is_newer

    if target.exists():
        raise DatabaseError("The file {path} already exists; salvage writes a new file.",
                            path=str(target))
    src = connect_read_only(source)
    report = SalvageReport()
    work = temporary_beside(target, "salvage")
    try:
        row = _try(src, "select version_num from alembic_version")
        revision = row[0][0] if row else newest_revision()
        if is_newer(revision, newest_revision()):
            from ..sqlite_file import newer_registry

            raise newer_registry(source, revision, newest_revision())
        if _try(src, "select count(*) from sqlite_master") is None:
            raise DatabaseError("Nothing can be read from {path}: even its list of tables is "
                                "damaged.", path=str(source))
        engine = make_engine(f"sqlite:///{work}")
        try:
            command.upgrade(_alembic_config(engine), revision)
        finally:
            engine.dispose()
        dst = sqlite3.connect(str(work))
        try:
            dst.execute("PRAGMA foreign_keys=OFF")
            tables = [t.name for t in SQLModel.metadata.sorted_tables]
            present = {r[0] for r in dst.execute("select name from sqlite_master where "
                                                 "type='table'")}
            tables = [t for t in tables if t in present]
            for n, table in enumerate(tables, 1):
                _copy_table(src, dst, table, report)
                if progress:
                    progress(n, len(tables) + 1)
            _drop_orphans(dst, report)
            _derive_again_if_events_lost(dst, report)
            dst.commit()
        finally:
            dst.close()
        engine = make_engine(f"sqlite:///{work}")
        try:
            command.upgrade(_alembic_config(engine), "head")
            with engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO instrument_fts(instrument_fts) "
                                     "VALUES('rebuild')")
        finally:
            engine.dispose()
        settle(work)
        if copy_files:
            _copy_files(work, store_beside(source), store_beside(target), report)
        put_in_place(work, target, replace=False)
        if progress:
            progress(len(tables) + 1, len(tables) + 1)
    finally:
        src.close()
        work.unlink(missing_ok=True)
        remove_sidecars(work)
    log.info("Salvaged %s into %s: %s", source, target, report)
    return report


def _copy_table(src, dst, table: str, report: SalvageReport) -> None:
    theirs = _columns(src, table)
    ours = [r[1] for r in dst.execute(f'PRAGMA table_info("{table}")')]
    counted = _try(src, f'select count(*) from "{table}"')
    report.expected[table] = counted[0][0] if counted else None
    report.recovered[table] = 0
    if not theirs:
        report.unreadable[table] = report.unreadable.get(table, 0) + 1
        return
    columns = [c for c in ours if c in theirs]
    marks = ", ".join("?" for _ in range(len(columns) + 1))
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'insert or replace into "{table}" (rowid, {names}) values ({marks})'
    batch = []
    for row in read_rows(src, table, columns, report):
        batch.append(row)
        if len(batch) >= 1000:
            report.recovered[table] += dst.executemany(insert, batch).rowcount
            batch = []
    if batch:
        report.recovered[table] += dst.executemany(insert, batch).rowcount


def _copy_files(database: Path, source: FileStore, target: FileStore,
                report: SalvageReport) -> None:
    conn = sqlite3.connect(str(database))
    try:
        hashes = [r[0] for r in conn.execute("select distinct sha256 from attachment")]
    finally:
        conn.close()
    for sha in hashes:
        try:
            with source.open(sha) as fh:
                target.put_stream(fh, sha)
        except (OSError, ValueError):
            report.files_lost += 1


def _derive_again_if_events_lost(dst, report: SalvageReport) -> None:
    """An instrument's status and deadlines follow from its events and from the instruments
    replacing it: when some of those were lost or dropped, what is stored may no longer be
    what the rows left give. Marked as not yet computed (`derived_on` NULL), which the check
    passes over and the registry computes when it is next opened for writing."""
    if any(report.lost(table) != 0 for table in ("statusevent", "relation")):
        dst.execute("UPDATE instrument SET derived_on = NULL")


def _drop_orphans(dst, report: SalvageReport) -> None:
    """Rows that refer to a record that was lost go too, until none is left."""
    while True:
        broken = dst.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, _fk in broken:
            dst.execute(f'delete from "{table}" where rowid = ?', (rowid,))
            report.dropped[table] = report.dropped.get(table, 0) + 1
