"""The registry's SQLite file as a file, before any connection of ours may change it.

* `inspect_file` says what a path holds (nothing, an empty file, a registry, a registry whose
  creation was cut off) and refuses, without writing, what is no registry of this program:
  not SQLite, another program's database, a registry of a newer version.
* `connect_read_only` reads a file without creating or changing anything beside it.
* `create_atomically` makes a new registry whole or not at all: built in a temporary file
  beside the target, then moved into place.
* `is_writable` and `network_filesystem` tell where the file lives: a read-only file or folder
  is opened read-only; on a network folder SQLite's WAL is unsafe.
"""

from __future__ import annotations

import enum
import logging
import os
import re
import secrets
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .errors import DamagedRegistry, DatabaseError, NewerRegistry

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")
# The full-text index of migration 0002 and SQLite's own bookkeeping.
_OWN_EXTRA = {"alembic_version", "instrument_fts", "instrument_fts_data", "instrument_fts_idx",
              "instrument_fts_docsize", "instrument_fts_config", "sqlite_sequence",
              "sqlite_stat1", "sqlite_stat4"}
# Tables whose rows are no clerk's work: a creation cut off may have filled them already.
_NOT_USER_DATA = _OWN_EXTRA | {"country"}
NETWORK_FILESYSTEMS = {
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "coda", "9p",
    "drvfs", "ceph", "glusterfs", "lustre", "gpfs", "davfs", "fuse.sshfs", "sshfs",
    "fuse.glusterfs", "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.s3fs",
    "fuse.smbnetfs", "fuse.cephfs", "fuse.curlftpfs", "fuse.afpfs",
}


class FileState(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"  # no bytes, or an SQLite file without a single table
    REGISTRY = "registry"
    HALF_MADE = "half-made"  # the schema begun or complete, but not one record of a clerk's


@dataclass
class Inspection:
    state: FileState
    revision: str | None = None
    tables: set[str] = field(default_factory=set)


def registry_tables() -> set[str]:
    from sqlmodel import SQLModel

    from . import tables  # noqa: F401  (registers the tables on the metadata)

    return set(SQLModel.metadata.tables)


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def read_header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(100)


def in_wal_mode(header: bytes) -> bool:
    """SQLite's header says WAL (write and read versions 2)."""
    return len(header) >= 20 and header[18] == 2 and header[19] == 2


def connect_read_only(path: Path, *, timeout: float = 10.0) -> sqlite3.Connection:
    """A connection that can only read `path` and leaves nothing beside it.

    Opening a WAL file read-only creates its -wal and -shm files when they are missing, and a
    read-only connection can never remove them again. They are missing exactly when no
    connection has the file open (the last one to close removes them), so the file is then
    opened as immutable; otherwise as read-only, sharing the writers' locks."""
    uri = path.resolve().as_uri()
    try:
        header = read_header(path)
    except OSError as exc:
        raise DatabaseError("Cannot read the database {path}: {reason}", path=str(path),
                            reason=exc.strerror or exc) from exc
    if in_wal_mode(header) and not sidecar(path, "-wal").exists():
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout)
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL file in a folder this user cannot write: nobody else can change it either.
        conn.close()
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout)
    except sqlite3.DatabaseError:
        pass  # damage is for the caller's query to meet and report
    return conn


def revision_number(revision: str | None) -> int | None:
    return int(revision) if revision and revision.isdigit() else None


def is_newer(revision: str | None, newest: str) -> bool:
    """A revision this program does not know: a higher number, or not a number of ours."""
    if revision is None:
        return False
    number = revision_number(revision)
    return number is None or number > int(newest)


def inspect_file(path: Path, newest: str) -> Inspection:
    """What `path` holds, read without changing it. Raises DatabaseError for anything that is
    not (or not yet) a registry this program may open, NewerRegistry for a newer one."""
    if not path.exists():
        return Inspection(FileState.MISSING)
    if path.is_dir():
        raise DatabaseError("{path} is a folder, not a database file.", path=str(path))
    try:
        header = read_header(path)
    except OSError as exc:
        raise DatabaseError("Cannot read the database {path}: {reason}", path=str(path),
                            reason=exc.strerror or exc) from exc
    if not header:
        return Inspection(FileState.EMPTY)
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseError("{path} is not a Kelishim database (not an SQLite file).",
                            path=str(path))
    try:
        conn = connect_read_only(path)
        try:
            return _inspect(conn, path, newest)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc


def damaged(path: Path, exc: Exception) -> DamagedRegistry:
    return DamagedRegistry("The registry {path} is damaged and cannot be read: {reason}",
                           path=str(path), reason=str(exc))


def _inspect(conn: sqlite3.Connection, path: Path, newest: str) -> Inspection:
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    if not tables:
        return Inspection(FileState.EMPTY, None, tables)
    ours = registry_tables()
    if "alembic_version" not in tables and not tables <= ours | _OWN_EXTRA:
        raise DatabaseError("{path} is an SQLite database, but not a Kelishim registry.",
                            path=str(path))
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("select version_num from alembic_version").fetchone()
        revision = row[0] if row else None
    if is_newer(revision, newest):
        raise newer_registry(path, revision, newest)
    complete = revision == newest and ours | {"instrument_fts"} <= tables
    if complete:
        return Inspection(FileState.REGISTRY, revision, tables)
    data = any(conn.execute(f'select exists(select 1 from "{t}")').fetchone()[0]
               for t in sorted(tables & ours - _NOT_USER_DATA))
    if not data:
        return Inspection(FileState.HALF_MADE, revision, tables)
    if revision is None:
        raise DatabaseError("{path} is an SQLite database, but not a Kelishim registry.",
                            path=str(path))
    return Inspection(FileState.REGISTRY, revision, tables)  # older: to be upgraded


def newer_registry(path: Path | str, revision: str | None, newest: str) -> NewerRegistry:
    from .version import program_version

    return NewerRegistry(
        "{path} was made by a newer version of Kelishim (database schema {found}). This "
        "program, version {version}, knows the schema up to {newest}. Install the newer "
        "version of Kelishim to open it; nothing was changed in the file.",
        path=str(path), found=revision, version=program_version(), newest=newest)


# --- where the file lives -----------------------------------------------------------------

def is_writable(path: Path) -> bool:
    """This user can change the file and create files beside it (SQLite's journal)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _unescape_mount(text: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def filesystem_type(path: Path, mountinfo: str) -> str | None:
    """The type of the file system `path` lies on, from the text of /proc/self/mountinfo."""
    target = str(path)
    best, kind = "", None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5:
            continue
        point = _unescape_mount(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, right.split()[0] if right.split() else None
    return kind


def network_filesystem(path: Path) -> str | None:
    """The name of the network file system holding `path` (cifs, nfs4, fuse.sshfs ...), or
    None on a local disk."""
    folder = path.parent.resolve()
    if sys.platform == "win32":
        return _windows_network(folder)
    try:
        mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    kind = filesystem_type(folder, mountinfo)
    return kind if kind in NETWORK_FILESYSTEMS else None


def _windows_network(folder: Path) -> str | None:
    text = str(folder)
    if text.startswith("\\\\"):
        return "smb"
    try:
        import ctypes

        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(folder.anchor) == drive_remote:
            return "network drive"
    except (AttributeError, OSError):
        pass
    return None


# --- making a new file whole or not at all ------------------------------------------------

def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def temporary_beside(path: Path, purpose: str) -> Path:
    """A name beside `path` for work in progress: .<name>.<purpose>-<pid>-<random>."""
    return path.with_name(f".{path.name}.{purpose}-{os.getpid()}-{secrets.token_hex(4)}")


def remove_stale_temporaries(path: Path, *, any_name: bool = False) -> list[Path]:
    """Work files beside `path` (with `any_name`: of any file in its folder) left by a process
    that no longer runs: one killed mid-way."""
    name = r".+" if any_name else re.escape(path.name)
    pattern = re.compile(rf"^\.{name}\.[a-z]+-(\d+)-[0-9a-f]+(-wal|-shm|-journal)?$")
    removed = []
    try:
        candidates = list(path.parent.iterdir())
    except OSError:
        return removed
    for item in candidates:
        m = pattern.match(item.name)
        if m and not process_alive(int(m.group(1))):
            try:
                item.unlink()
                removed.append(item)
            except OSError:
                pass
    if removed:
        log.info("Removed work files left by an interrupted process: %s",
                 ", ".join(p.name for p in removed))
    return removed


def remove_sidecars(path: Path) -> None:
    """The journal files of a file about to be replaced: SQLite would apply them to the new
    file it finds under the old name."""
    for suffix in SIDECARS:
        sidecar(path, suffix).unlink(missing_ok=True)


def fsync_path(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def settle(path: Path) -> None:
    """Leave an SQLite file we wrote self-contained (no -wal) and on the disk."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        conn.close()
    remove_sidecars(path)
    fsync_path(path)


def put_in_place(source: Path, target: Path, *, replace: bool) -> bool:
    """Move the finished file `source` to `target`. Without `replace`, a target that appeared
    meanwhile (another process made it first) wins and False is returned."""
    if replace:
        remove_sidecars(target)
        os.replace(source, target)
    else:
        try:
            os.link(source, target)
        except FileExistsError:
            source.unlink(missing_ok=True)
            return False
        except OSError:  # a file system without hard links
            if target.exists() and target.stat().st_size > 0:
                source.unlink(missing_ok=True)
                return False
            os.replace(source, target)
        else:
            source.unlink(missing_ok=True)
    fsync_path(target.parent)
    return True


def create_atomically(path: Path, build: Callable[[Path], None], *, replace: bool) -> bool:
    """Build a registry with `build(temporary path)` beside `path`, then move it into place
    (over an empty or half-made file when `replace`). A crash leaves `path` as it was."""
    remove_stale_temporaries(path)
    tmp = temporary_beside(path, "new")
    try:
        build(tmp)
        settle(tmp)
        return put_in_place(tmp, path, replace=replace)
    finally:
        tmp.unlink(missing_ok=True)
        remove_sidecars(tmp)
