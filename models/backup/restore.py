"""Checking a backup and putting it back in place of a registry.

A restore first checks the whole backup (every member against the manifest's SHA-256, the
database with SQLite's integrity and foreign-key checks, its schema and its counts), then
keeps the registry it replaces as a backup of its own, brings back the attached files, and
only then replaces the database: in one SQLite transaction (the backup API) when the current
file is a sound registry, so that a crash at any moment leaves either the old or the restored
registry, and programs that have it open see the one or the other; by renaming a complete file
into place when there is no sound registry to write into.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import DamagedRegistry, DatabaseError
from ..filestore import store_beside
from ..sqlite_file import (FileState, inspect_file, is_newer, put_in_place,
                           remove_sidecars, remove_stale_temporaries, settle, temporary_beside)
from .archive import BackupError, BackupFile, Progress
from .folder import BackupFolder
from .manifest import DATABASE, Manifest, table_counts
from .snapshot import copy_file_as_is

log = logging.getLogger(__name__)
MAX_REPORTED = 20


def check_database_file(path: Path, manifest: Manifest) -> list[str]:
    """The database of a backup, extracted to `path`: sound, not newer than this program, and
    holding the rows the manifest counted."""
    from i18n import _

    from ..database import newest_revision

    problems = []
    conn = sqlite3.connect(str(path))
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check(100)")]
        if result != ["ok"]:
            return [_("SQLite integrity check: {detail}").format(detail=r)
                    for r in result[:MAX_REPORTED]]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        for table, rowid, parent, _fk in broken[:MAX_REPORTED]:
            problems.append(_("Table {table}, row {row}: refers to a missing record in "
                              "{parent}.").format(table=table, row=rowid, parent=parent))
        if is_newer(manifest.schema_revision, newest_revision()):
            problems.append(_("The backup holds a registry of a newer version of Kelishim "
                              "(database schema {found}; this version knows up to {newest}).")
                            .format(found=manifest.schema_revision, newest=newest_revision()))
        counts = table_counts(conn)
        for table, expected in sorted(manifest.counts.items()):
            if counts.get(table) != expected:
                problems.append(_("Table {table} holds {found} rows; the manifest says "
                                  "{expected}.").format(table=table, found=counts.get(table, 0),
                                                        expected=expected))
    except sqlite3.DatabaseError as exc:
        problems.append(_("The database in the backup is damaged: {reason}").format(
            reason=exc))
    finally:
        conn.close()
    return problems


def check_backup(path: Path, progress: Progress | None = None, *,
                 database: Path | None = None) -> tuple[Manifest, list[str]]:
    """The manifest of the backup `path` and its problems (empty: it can be restored). With
    `database`, the checked database is left in that file."""
    with BackupFile(path) as backup:
        manifest = backup.manifest
        problems = backup.check_members(progress)
        if problems:
            return manifest, problems
        if database is None:
            with tempfile.TemporaryDirectory(prefix="kelishim-check-") as work:
                extracted = Path(work) / DATABASE
                backup.extract(DATABASE, extracted)
                return manifest, check_database_file(extracted, manifest)
        backup.extract(DATABASE, database)
        return manifest, check_database_file(database, manifest)


@dataclass
class RestoreResult:
    manifest: Manifest
    kept: list[Path] = field(default_factory=list)  # the replaced registry, kept


def _current_state(target: Path) -> FileState | None:
    """What the restore replaces: a state, or None for a damaged registry."""
    from ..database import newest_revision

    try:
        return inspect_file(target, newest_revision()).state
    except DamagedRegistry:
        return None


def keep_current(target: Path, state: FileState | None, folder: BackupFolder) -> list[Path]:
    """The registry about to be replaced, kept in the backup folder: as a backup when it can
    be read, byte for byte when it is damaged."""
    if state in (FileState.MISSING, FileState.EMPTY):
        return []
    if state is not None:
        return [folder.back_up(target, reason="before-restore").path]
    folder.path.mkdir(parents=True, exist_ok=True)
    name = f"{target.stem}-{datetime.now():%Y%m%d-%H%M%S}-damaged{target.suffix or '.db'}"
    return copy_file_as_is(target, folder.path / name)


def copy_into(source: Path, target: Path) -> None:
    """Write the database `source` into the registry `target` in one transaction."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target), timeout=60)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore(backup_path: Path, target: Path, folder: BackupFolder,
            progress: Progress | None = None) -> RestoreResult:
    """Put the backup `backup_path` in place of the SQLite registry `target` (made if
    missing). Raises BackupError, with every problem, when the backup cannot be trusted:
    then nothing was changed."""

    target = Path(target).resolve()
    if target.exists() and target.is_dir():
        raise DatabaseError("{path} is a folder, not a database file.", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    work = temporary_beside(target, "restore")
    try:
        manifest, problems = check_backup(backup_path, progress, database=work)
        if problems:
            raise BackupError("The backup {path} cannot be restored:\n{problems}",
                              path=str(backup_path),
                              problems="\n".join(f"- {p}" for p in problems))
        state = _current_state(target)  # refuses another program's file, or a newer one
        kept = keep_current(target, state, folder)
        store = store_beside(target)
        with BackupFile(backup_path) as backup:
            for sha, member in backup.attachments():
                with backup.open_member(member) as fh:
                    store.put_stream(fh, sha)
        if state is FileState.REGISTRY:
            try:
                copy_into(work, target)
            except sqlite3.OperationalError as exc:  # busy: another program holds it
                raise BackupError("The registry {path} cannot be replaced now: {reason}. "
                                  "Close the programs that use it and try again.",
                                  path=str(target), reason=str(exc)) from exc
            except sqlite3.DatabaseError as exc:
                log.warning("Restore into %s by the backup API failed (%s): replacing the file",
                            target, exc)
                state = None
        if state is not FileState.REGISTRY:
            settle(work)
            put_in_place(work, target, replace=target.exists())
        log.info("Restored %s from %s (%s, %s); kept before: %s", target, backup_path,
                 manifest.created_at, manifest.counts, ", ".join(map(str, kept)) or "nothing")
        if manifest.missing:
            log.warning("The backup %s lacked %d attached file(s): %s", backup_path,
                        len(manifest.missing), ", ".join(manifest.missing))
        return RestoreResult(manifest, kept)
    except OSError as exc:
        raise BackupError("The backup {path} cannot be restored: {reason}",
                          path=str(backup_path), reason=exc.strerror or exc) from exc
    finally:
        work.unlink(missing_ok=True)
        remove_sidecars(work)


def newest_good_backup(folder: BackupFolder, source: Path,
                       progress: Progress | None = None) -> tuple[object | None, list]:
    """The newest backup of the registry `source` in `folder` that passes its check (None
    when none does), and the (backup, problems) of the newer ones that did not."""
    refused = []
    for entry in folder.of(source):
        try:
            _manifest, problems = check_backup(entry.path, progress)
        except BackupError as exc:
            problems = [exc.message()]
        if not problems:
            return entry, refused
        log.warning("Backup %s cannot be restored: %s", entry.path, problems)
        refused.append((entry, problems))
    return None, refused
