"""A whole registry moved between a SQLite file and a PostgreSQL database, either way:

    report = copy_registry("kelishim.db", "postgresql+psycopg://it@server/kelishim")

Every table is copied row for row with its ids (links, parties and the audit log stay as they
were), the attachments' bytes go from one kind of store to the other (a folder beside a file,
the database on a server), and the copy is checked before it is reported: the same number of
rows in every table, every attachment's SHA-256 read back from the target. All or nothing: the
rows are written in one transaction, and a SQLite file this made is removed again on failure.
The target must be empty (a new file, or a new database on the server): nothing is merged into
or written over an existing registry.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import func, insert, select, text
from sqlmodel import SQLModel

from . import locking, tables  # noqa: F401  (tables: every table on the metadata)
from .database import database_url, open_engine, sqlite_path
from .errors import RegistryError

log = logging.getLogger(__name__)
CHUNK = 1000
# Not copied as rows: the schema's own revision, the change counter (each database counts its
# own), the stored files (moved through the stores, which know where the bytes live).
SKIPPED = {"alembic_version", "changecounter", "storedfile"}
RECORDS = ("instrument", "meeting", "organisation", "auditentry")  # a target must have none


class CopyRefused(RegistryError):
    pass


@dataclass
class CopyReport:
    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    files: int = 0  # attachment files, each verified by its hash


def _location_text(url: str) -> str:
    from sqlalchemy.engine import make_url

    path = sqlite_path(url)
    return str(path) if path else make_url(url).render_as_string(hide_password=True)


def _tables():
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in SKIPPED]


def _count(conn, table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def copy_registry(source: str, target: str,
                  progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy the registry at `source` into the empty registry `target` (a file or URL, made if
    missing) and check the copy. `progress(table, rows so far)` reports as it goes."""
    from .registry import Registry

    source_url, target_url = database_url(source), database_url(target)
    if source_url == target_url:
        raise CopyRefused("The source and the target are the same registry.")
    report = CopyReport(_location_text(source_url), _location_text(target_url))
    target_path = sqlite_path(target_url)
    made_file = target_path is not None and not (target_path.exists() and
                                                 target_path.stat().st_size > 0)
    with Registry.open(source, create=False) as reader, _snapshot(reader.engine) as src:
        files = _source_files(src, reader.files)
        target_engine = open_engine(target, create=True)
        copied = False
        try:
            _refuse_a_registry(target_engine)
            _copy(src, reader.files, target_engine, report, files, progress)
            copied = True
            _verify(target_engine, report, files)
        except BaseException:
            if copied and not made_file:  # the database stays as it was: empty
                _empty(target_engine)
            target_engine.dispose()
            if made_file:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(str(target_path) + suffix).unlink(missing_ok=True)
            raise
        target_engine.dispose()
    return report


@contextmanager
def _snapshot(engine):
    """A connection reading the registry as it was at one moment, however many clerks write
    meanwhile: one read transaction (SQLite: in WAL, the snapshot of its first read;
    PostgreSQL: REPEATABLE READ)."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def _source_files(src, store) -> list[str]:
    """The attachments' hashes (of the snapshot), each file checked against its hash first,
    so that a copy never starts from a registry whose files are incomplete. Stored files are
    never changed or removed, so those of the snapshot are there to be read later."""
    from .tables import Attachment

    hashes = sorted(set(src.execute(select(Attachment.sha256)).scalars()))
    missing = [sha for sha in hashes if not store.verify(sha)]
    if missing:
        raise CopyRefused("{count} attached file(s) are missing from the source registry "
                          "(first: {sha}); run the check there first. Nothing was copied.",
                          count=len(missing), sha=missing[0][:12])
    return hashes


def _refuse_a_registry(engine) -> None:
    with engine.connect() as conn:
        held = {name: _count(conn, SQLModel.metadata.tables[name]) for name in RECORDS}
    if any(held.values()):
        raise CopyRefused("The target already holds a registry ({count} instruments); copy "
                          "only into a new file or an empty database. Nothing was copied.",
                          count=held["instrument"])


def _copy(src, store, target_engine, report: CopyReport, files: list[str], progress) -> None:
    from .tables import StoredFile

    target_files = _target_store(target_engine)
    with locking.writer(target_engine).begin() as dst:
        for table in _tables():
            done = 0
            rows = src.execution_options(yield_per=CHUNK).execute(select(table))
            for chunk in rows.partitions():
                dst.execute(insert(table), [dict(r._mapping) for r in chunk])
                done += len(chunk)
                if progress:
                    progress(table.name, done)
            report.counts[table.name] = done
        for sha in files:  # one file at a time
            with store.open(sha) as stream:
                if target_files is None:
                    data = stream.read()
                    dst.execute(insert(StoredFile), {"sha256": sha, "size": len(data),
                                                     "content": data})
                else:
                    target_files.put_stream(stream, sha)
        if target_engine.dialect.name == "postgresql":
            _restart_sequences(dst)
    report.files = len(files)


def _target_store(engine):
    """The folder store of a SQLite target (None: the bytes go into the database)."""
    from .filestore import store_beside

    path = sqlite_path(str(engine.url))
    return store_beside(path) if path else None


def _restart_sequences(conn) -> None:
    """Ids were copied as they were: each table's id sequence counts on from the highest."""
    for table in _tables():
        column = table.c.get("id")
        if column is None or not column.primary_key or not column.autoincrement:
            continue
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def _verify(engine, report: CopyReport, files: list[str]) -> None:
    """Read the copy back: every table's rows counted, every file's bytes hashed."""
    from .filestore import DatabaseStore

    with engine.connect() as conn:
        counts = {t.name: _count(conn, t) for t in _tables()}
    wrong = [f"{name}: {counts[name]} ≠ {n}" for name, n in report.counts.items()
             if counts[name] != n]
    store = _target_store(engine) or DatabaseStore(engine, Path("."))
    wrong += [sha[:12] for sha in files if not store.verify(sha)]
    if wrong:
        raise CopyRefused("The copy does not match its source: {what}. Nothing was kept.",
                          what="; ".join(wrong))


def _empty(engine) -> None:
    """Take a failed copy out of a database that was empty before."""
    with locking.writer(engine).begin() as conn:
        for table in reversed(_tables()):
            conn.execute(table.delete())
        conn.execute(text("DELETE FROM storedfile"))
