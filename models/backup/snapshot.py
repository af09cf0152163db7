"""Backing up an SQLite registry: a consistent snapshot with `VACUUM INTO`, then the archive.

`VACUUM INTO` reads the whole database inside one read transaction: what it writes is the
registry as it was at one moment, between two transactions, however many other connections
or processes write meanwhile (WAL lets them go on; the rollback journal of a network folder
makes them wait at most the busy timeout). Unlike a copy of the file it includes what is
still in the -wal file, and unlike the backup API it reads every row, so a damaged database
fails here instead of giving a damaged backup.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from ..errors import DatabaseError
from ..filestore import FileStore, store_beside
from ..sqlite_file import (connect_read_only, damaged, inspect_file, is_writable,
                           temporary_beside)
from ..version import program_version
from .archive import Progress, write_archive
from .manifest import Manifest, table_counts

BUSY_TIMEOUT_S = 30.0


def source_connection(path: Path) -> sqlite3.Connection:
    """A connection to read a registry for a snapshot. Where this user may write, an
    ordinary one (which, closing last, folds the -wal file back in: the content stays the
    same); otherwise one that cannot write at all."""
    if is_writable(path):
        return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    return connect_read_only(path, timeout=BUSY_TIMEOUT_S)


def snapshot_sqlite(path: Path, target: Path) -> None:
    """A consistent copy of the registry `path` in the new file `target`."""
    if not path.is_file():
        raise DatabaseError("The database {path} does not exist.", path=str(path))
    from ..database import newest_revision

    inspect_file(path, newest_revision())  # no SQLite, not a registry: refused untouched
    conn = source_connection(path)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    except sqlite3.OperationalError as exc:
        if "malformed" in str(exc):
            raise damaged(path, exc) from exc
        raise DatabaseError("Cannot read the database {path}: {reason}", path=str(path),
                            reason=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc
    finally:
        conn.close()


def snapshot_facts(snapshot: Path) -> tuple[str | None, dict[str, int], list[str]]:
    """Schema revision, rows per table and the hash of every attached file of a snapshot."""
    conn = sqlite3.connect(str(snapshot))
    try:
        revision = None
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        if "alembic_version" in tables:
            row = conn.execute("select version_num from alembic_version").fetchone()
            revision = row[0] if row else None
        hashes = []
        if "attachment" in tables:
            hashes = [r[0] for r in conn.execute("select distinct sha256 from attachment")]
        return revision, table_counts(conn), hashes
    finally:
        conn.close()


def back_up_sqlite(path: Path, target: Path, *, reason: str = "manual",
                   store: FileStore | None = None,
                   progress: Progress | None = None) -> Manifest:
    """Write a backup of the SQLite registry `path` (its snapshot and every attached file)
    to the file `target`."""
    path = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    snapshot = temporary_beside(target, "snapshot")
    try:
        snapshot_sqlite(path, snapshot)
        revision, counts, hashes = snapshot_facts(snapshot)
        manifest = Manifest(program_version=program_version(), schema_revision=revision,
                            created_at=datetime.now().astimezone().isoformat(),
                            reason=reason, source=str(path.resolve()), engine="sqlite",
                            counts=counts, files={})
        return write_archive(target, snapshot, store or store_beside(path), hashes, manifest,
                             progress)
    except OSError as exc:
        raise DatabaseError("The backup {path} cannot be written: {reason}", path=str(target),
                            reason=exc.strerror or exc) from exc
    finally:
        snapshot.unlink(missing_ok=True)
        for suffix in ("-journal", "-wal", "-shm"):
            Path(str(snapshot) + suffix).unlink(missing_ok=True)


def copy_file_as_is(path: Path, target: Path) -> list[Path]:
    """A copy of a registry that cannot be read consistently (damaged), byte for byte, with
    its -wal file: kept before it is replaced, for a salvage later. Returns the files made."""
    made = []
    for suffix in ("", "-wal"):
        source = Path(str(path) + suffix)
        if not source.exists():
            continue
        out = Path(str(target) + suffix)
        tmp = temporary_beside(out, "partial")
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, out)
        made.append(out)
    return made
