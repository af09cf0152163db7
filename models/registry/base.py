"""The registry's frame: opening and closing the database, sessions, transactions and the
audit entry every change writes."""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Callable, Self

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from .. import locking
from ..audit import current_user, plain
from ..conflicts import Conflict
from ..countries import HOME_COUNTRY
from ..database import connect, database_error, database_url, sqlite_path
from ..dberrors import explain, retryable
from ..errors import DatabaseError, ReadOnlyRegistry
from ..filestore import DatabaseStore, FileStore, store_beside
from ..sqlite_file import is_writable
from ..records import CountryView
from ..tables import AuditEntry


class RetryWrite(DatabaseError):
    """The engine asked for the transaction to be run again (`writes` does); where nothing
    runs it again, it reads as the sentence of the error it stands for."""

    def __init__(self, error: DatabaseError):
        super().__init__(error.message_id, **error.params)


RETRIES = 5


def writes(method):
    """A registry method that writes: run again (a few times, a moment apart) when the engine
    asks for it (a deadlock, a serialisation failure, a lock taken in the middle); inside an
    outer transaction() the whole transaction is the one to run again, so it is passed on."""

    @functools.wraps(method)
    def run(self, *args, **kwargs):
        if getattr(self._transaction, "session", None) is not None:
            return method(self, *args, **kwargs)
        for attempt in range(RETRIES):
            try:
                return method(self, *args, **kwargs)
            except RetryWrite:
                if attempt == RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
    return run


class RegistryBase:
    """What every part of `Registry` shares: the engine, the sessions and the audit. Opening
    also seeds the countries, reads the registry's settings and refreshes derived columns,
    which the mixins beside this module provide."""

    def __init__(self, engine, *, today: Callable[[], date] = date.today,
                 user: str | None = None, path: Path | None = None,
                 files: FileStore | None = None, read_only: str | None = None,
                 maintain: bool = True, upgrade_backup: Path | None = None,
                 on_close: Callable[[], None] | None = None):
        """`path` and `files`: where the registry is, when the engine works on a copy of it;
        `read_only`: why nothing can be changed ("permissions" or "salvaged"), None when it
        can; `maintain=False`: open without seeding or refreshing anything (to check it as it
        is); `upgrade_backup`: the backup made before its schema was upgraded on opening."""
        self.engine = engine
        self._writer = locking.writer(engine)  # sessions that take the write lock first
        self._today = today
        self.user = user or database_login(engine) or current_user()
        self._countries: list[CountryView] = []
        self._country_ids: dict[str, int] = {}
        self._country_codes: dict[int, str] = {}
        self._transaction = threading.local()  # the session of transaction() on this thread
        path = path or sqlite_path(str(engine.url))
        self.path = path
        # beside the file; on a server, in the database (opened files: the user's cache)
        self.files = files or (store_beside(path) if path else
                               DatabaseStore(engine, files_cache(engine.url)))
        self.read_only = read_only
        self.upgrade_backup = upgrade_backup
        self._on_close = on_close
        self._seed_countries(seed=maintain)
        if maintain:
            self._seed_known_names()
        self.home_country = self.setting("home_country", HOME_COUNTRY)
        self.procedure_days = self._read_procedure_days()  # overdue internal procedures
        if maintain:
            self.refresh_derived()

    @classmethod
    def open(cls, location: str | os.PathLike | None = None, *, create: bool = True,
             today: Callable[[], date] = date.today, read_only_ok: bool = False,
             backups: Path | None = None) -> Self:
        """Open (and create or upgrade) a registry. `location` is a file path, a database URL or
        None for the default file in the user's data folder. A file this user cannot change
        is opened read-only when `read_only_ok` (a copy is read; see `open_read_only`), else
        refused. `backups`: the folder for the backup made before a schema upgrade."""
        path = sqlite_path(database_url(location))
        if path is not None and path.exists() and not is_writable(path):
            if read_only_ok:
                return cls.open_read_only(path, reason="permissions", today=today)
            raise ReadOnlyRegistry("The registry {path} is read-only for this user: it can be "
                                   "listed, searched and exported, but not changed.",
                                   path=str(path))
        opened = connect(location, create=create, backups=backups)
        return cls._construct(opened.engine, location, today=today,
                              upgrade_backup=opened.upgrade_backup)

    @classmethod
    def _construct(cls, engine, location, **kwargs) -> Self:
        try:
            return cls(engine, **kwargs)
        except (SQLAlchemyError, DatabaseError) as exc:
            engine.dispose()
            if isinstance(exc, DatabaseError):
                raise
            raise database_error(location, exc) from exc

    @classmethod
    def open_read_only(cls, path: Path, *, reason: str = "permissions",
                       today: Callable[[], date] = date.today,
                       copy: Callable[[Path, Path], object] | None = None) -> Self:
        """A registry that cannot be changed, on a copy of the file `path` in the user's cache
        folder (removed on closing): the file itself is only read. `copy(path, target)` makes
        the copy (default: a consistent snapshot); `reason`: "permissions" or "salvaged"."""
        from ..backup.snapshot import snapshot_sqlite
        from ..work_folder import work_folder

        work = work_folder()
        target = work / "registry.db"
        try:
            (copy or snapshot_sqlite)(path, target)
            opened = connect(target, create=False, backups=None, backup_first=False)
        except BaseException:
            work.remove()
            raise
        return cls._construct(opened.engine, path, today=today, path=path,
                              files=store_beside(path), read_only=reason,
                              on_close=work.remove)

    def close(self) -> None:
        with self.__dict__.setdefault("_watch_lock", threading.Lock()):
            watch = self.__dict__.pop("_watch", None)
            if watch is not None:
                watch.close()
        self.engine.dispose()
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def today(self) -> date:
        return self._today()

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(
            hide_password=True)

    def change_mark(self) -> int:
        """A number that changes when anyone (another clerk, another program, this one) has
        committed a change to the registry since it was last asked; the screens poll it to
        follow other clerks' work. SQLite: `PRAGMA data_version` on a connection of its own
        (it counts the commits of every other connection); PostgreSQL: the change counter
        every write transaction counts up (models.locking). One cheap read either way."""
        lock = self.__dict__.setdefault("_watch_lock", threading.Lock())
        with lock:
            try:
                if self.engine.dialect.name == "sqlite":
                    watch = self.__dict__.get("_watch")
                    if watch is None:
                        watch = self._watch = sqlite3.connect(
                            sqlite_path(str(self.engine.url)), check_same_thread=False)
                    return watch.execute("PRAGMA data_version").fetchone()[0]
                with self.engine.connect() as conn:
                    return conn.exec_driver_sql(
                        "SELECT value FROM changecounter WHERE id = 1").scalar() or 0
            except SQLAlchemyError as exc:
                raise explain(exc, writing=False) from exc
            except (sqlite3.Error, OSError) as exc:
                raise database_error(self.location, exc) from exc

    # --- sessions -------------------------------------------------------------------------

    @contextmanager
    def _read(self):
        try:
            with Session(self.engine) as s:
                yield s
        except SQLAlchemyError as exc:
            raise explain(exc, writing=False) from exc

    @contextmanager
    def _reading(self):
        """A session to read in: the transaction() of this thread when inside one (what it
        wrote is seen), else a read session of its own."""
        outer = getattr(self._transaction, "session", None)
        if outer is not None:
            yield outer
            return
        with self._read() as s:
            yield s

    @contextmanager
    def _write(self, *, maintenance: bool = False):
        """A session whose transaction holds the write lock from its start (other clerks'
        writes wait for it to end) and is committed at the end of the block, or rolled back
        if it raises. A database error comes out as a RegistryError in the clerk's words;
        one the engine asks to retry as `RetryWrite`, which `writes` acts on. Refused on a
        read-only registry, except `maintenance` (the derived columns of its copy, kept fresh
        like any other)."""
        if not maintenance:
            self.check_writable()
        outer = getattr(self._transaction, "session", None)
        if outer is not None:  # inside transaction(): committed (or not) at its end
            yield outer
            return
        try:
            with Session(self._writer, expire_on_commit=False) as s, s.begin():
                yield s
        except SQLAlchemyError as exc:
            if retryable(exc):
                raise RetryWrite(explain(exc, writing=True)) from exc
            raise explain(exc, writing=True) from exc

    def check_writable(self) -> None:
        """Raise ReadOnlyRegistry when nothing may be changed."""
        if self.read_only:
            raise ReadOnlyRegistry("The registry {path} is open read-only ({reason}): nothing "
                                   "was changed.", path=self.location,
                                   reason=self.read_only_reason())

    def read_only_reason(self) -> str:
        """Why this registry cannot be changed, in the user's language ('' when it can)."""
        from i18n import _

        reasons = {
            "permissions": _("this user may not change the file or its folder"),
            "salvaged": _("this is what could be read from a damaged registry"),
        }
        return reasons.get(self.read_only, self.read_only or "")

    @contextmanager
    def transaction(self):
        """Several changes as one: every change made on this thread inside the block is
        committed at its end, or none is if it raises (an import of a meeting, its instruments
        and their links)."""
        if getattr(self._transaction, "session", None) is not None:
            yield
            return
        with self._write() as s:
            self._transaction.session = s
            try:
                yield
            finally:
                self._transaction.session = None

    def _conflict(self, s: Session, table: str, row, title: str,
                  state: str = "changed") -> Conflict:
        """The refusal of a save made from an older version of `row`: who changed it last
        and when, from the audit log."""
        last = s.exec(select(AuditEntry.user, AuditEntry.at)
                      .where(AuditEntry.record_uuid == row.uuid)
                      .order_by(AuditEntry.id.desc()).limit(1)).first()
        user, at = last if last else (getattr(row, "updated_by", ""),
                                      getattr(row, "updated_at", None))
        return Conflict(table, row.id, title, user, at, state)

    @writes
    def note_discarded(self, conflict: Conflict, changes: dict) -> None:
        """A clerk took the other clerk's version after a conflict: what they had typed is
        kept in the audit log ({field: [theirs, mine]}), so that nothing typed is lost."""
        from ..tables import Instrument, Meeting, Organisation

        model = {"instrument": Instrument, "meeting": Meeting,
                 "organisation": Organisation}[conflict.table]
        with self._write() as s:
            row = s.get(model, conflict.record_id)
            if row is None:
                return
            self._audit(s, conflict.table, row, "conflict",
                        {**changes, "conflict": [None, conflict.stamp()]},
                        row.id if model is Instrument else None)

    def _gone(self, s: Session, table: str, record_id: int) -> Conflict | None:
        """A record deleted for good by another clerk: who and when, from the audit log."""
        last = s.exec(select(AuditEntry).where(AuditEntry.table_name == table,
                                               AuditEntry.record_id == record_id,
                                               AuditEntry.action == "delete")
                      .order_by(AuditEntry.id.desc()).limit(1)).first()
        if last is None:
            return None
        title = next((str(v[0]) for v in last.changes.values()
                      if isinstance(v, list) and v and v[0]), "")
        return Conflict(table, record_id, title, last.user, last.at, "removed")

    def _audit(self, s: Session, table: str, record, action: str, changes: dict,
               instrument_id: int | None = None) -> None:
        s.add(AuditEntry(user=self.user, table_name=table, record_id=record.id,
                         record_uuid=record.uuid, instrument_id=instrument_id, action=action,
                         changes=plain(changes)))


def database_login(engine) -> str | None:
    """On a server, the clerk's own login, which the audit log names (None on SQLite: the
    operating system's user is the clerk)."""
    if engine.dialect.name == "sqlite":
        return None
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT current_user").scalar()


def files_cache(url) -> Path:
    """Where opened attachments of a registry on a server are copied: the user's cache
    folder, one folder per server and database."""
    import hashlib

    import platformdirs

    key = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return Path(platformdirs.user_cache_dir("Kelishim", appauthor=False)) / "files" / key


def chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]
