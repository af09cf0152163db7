"""The check of a registry file that changes nothing, not even an empty file.

First the file as a file (there, not empty, SQLite, a registry of this version, complete),
then SQLite's integrity and foreign-key checks on a read-only connection, then the registry's
own consistency (models.registry.integrity) on a snapshot copied to a temporary folder: the
snapshot is brought to the current schema and examined there, never the file itself.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from sqlalchemy.exc import SQLAlchemyError

from .errors import RegistryError
from .filestore import store_beside
from .sqlite_file import FileState, connect_read_only, inspect_file

log = logging.getLogger(__name__)
MAX_SQLITE_PROBLEMS = 100


@dataclass
class CheckResult:
    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, not wrong
    instruments: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def sqlite_problems(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's own checks of the file, read-only: `quick` for the check at opening."""
    from i18n import _

    problems = []
    try:
        conn = connect_read_only(path)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            result = [r[0] for r in conn.execute(f"PRAGMA {pragma}({MAX_SQLITE_PROBLEMS})")]
            if result != ["ok"]:
                problems += [_("SQLite integrity check: {detail}").format(detail=r)
                             for r in result]
            if not quick:
                for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                    problems.append(_("Table {table}, row {row}: refers to a missing record in "
                                      "{parent}.").format(table=table, row=rowid, parent=parent))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems.append(_("The file is damaged: SQLite cannot read it ({reason}).").format(
            reason=exc))
    return problems


def check_file(path: Path, today: Callable[[], date] = date.today) -> CheckResult:
    from i18n import _

    from .database import newest_revision

    path = Path(path)
    result = CheckResult(path)
    try:
        found = inspect_file(path, newest_revision())
    except RegistryError as exc:
        result.problems.append(exc.message())
        return result
    if found.state is FileState.MISSING:
        result.problems.append(_("The database {path} does not exist.").format(path=path))
        return result
    if found.state is FileState.EMPTY:
        result.problems.append(_("The file {path} is empty: it holds no registry.").format(
            path=path))
        return result
    if found.state is FileState.HALF_MADE:
        result.problems.append(_("The creation of this registry was cut off: it has part of "
                                 "its tables and no records. Opening it for writing completes "
                                 "it."))
        return result
    result.problems += sqlite_problems(path)
    if result.problems:
        return result
    if found.revision != newest_revision():
        result.notes.append(_("The registry has the database schema {found}; it is upgraded "
                              "to {newest} when opened for writing (a backup is made first).")
                            .format(found=found.revision, newest=newest_revision()))
    try:
        _check_registry(path, today, result)
    except RegistryError as exc:
        result.problems.append(exc.message())
    except (sqlite3.Error, SQLAlchemyError, OSError) as exc:
        log.warning("The check of %s stopped: %r", path, exc)
        result.problems.append(_("The check could not be completed: {reason}").format(
            reason=getattr(exc, "orig", None) or exc))
    return result


def _check_registry(path: Path, today, result: CheckResult) -> None:
    """The registry's own consistency, on a snapshot."""
    from .backup.snapshot import snapshot_sqlite
    from .database import connect
    from .registry import Registry
    from .work_folder import work_folder

    work = work_folder()
    try:
        copy = work / "registry.db"
        snapshot_sqlite(path, copy)
        opened = connect(copy, create=False, backup_first=False)
        registry = Registry(opened.engine, today=today, path=path, files=store_beside(path),
                            read_only="check", maintain=False)
        try:
            result.problems += registry.check_integrity(sqlite_checks=False)
            result.instruments = registry.count_instruments()
        finally:
            registry.close()
    finally:
        work.remove()
