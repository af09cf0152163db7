"""Where the registry lives and how it is opened: SQLite by default, a URL for a server.

Opening a database runs the Alembic migrations; before an existing database is upgraded, a
backup is made into the backup folder. A new SQLite registry is created whole or not at all
(models.sqlite_file), and on a network folder it uses the rollback journal instead of WAL.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from json.encoder import c_make_encoder, encode_basestring
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from . import locking
from .errors import DamagedRegistry, DatabaseError, RegistryError
from .search import normalise
from .sqlite_file import (FileState, Inspection, create_atomically, inspect_file,
                          network_filesystem)

log = logging.getLogger(__name__)

APP_NAME = "Kelishim"
DB_FILENAME = "kelishim.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = locking.BUSY_TIMEOUT_MS


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def database_url(location: str | os.PathLike | None) -> str:
    """A SQLAlchemy URL from a file path, a URL, or None for the default file."""
    if location is None:
        return f"sqlite:///{default_db_path()}"
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or \
            parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def prepare_sqlite_file(path: Path, *, create: bool) -> Inspection:
    """Look at the file before any connection of ours can change it (even setting WAL mode
    writes to it), and make it a complete registry when it is to be created: a missing or
    empty file, or one whose creation was cut off, is built whole beside it and moved into
    place. Anything else that is not a registry of this version is refused untouched."""
    found = inspect_file(path, newest_revision())
    if found.state is FileState.MISSING and not create:
        raise DatabaseError("The database {path} does not exist.", path=str(path))
    if found.state is FileState.EMPTY and not create:
        raise DatabaseError("The file {path} is empty: it holds no registry.", path=str(path))
    if found.state in (FileState.MISSING, FileState.EMPTY, FileState.HALF_MADE):
        if found.state is FileState.HALF_MADE:
            log.warning("%s holds the schema of a registry but no records (its creation was "
                        "cut off at revision %s): completing it", path, found.revision)
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError("Cannot create the folder {path}: {reason}",
                                    path=str(path.parent), reason=exc.strerror or exc) from exc
        try:
            create_atomically(path, build_registry_file,
                              replace=found.state is not FileState.MISSING)
        except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
            raise DatabaseError("Cannot create the database {path}: {reason}", path=str(path),
                                reason=getattr(exc, "strerror", None) or getattr(
                                    exc, "orig", None) or exc) from exc
        found = inspect_file(path, newest_revision())
    return found


def build_registry_file(path: Path) -> None:
    """A new registry's schema, complete, in the file `path`: the migrations' schema frozen at
    their head (models.head_schema), without importing Alembic, when it is at the newest
    revision; else by the migrations."""
    from . import head_schema

    if head_schema.REVISION == newest_revision():
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
            head_schema.build(conn)
        finally:
            conn.close()
        return
    build_by_migrations(path)


def build_by_migrations(path: Path) -> None:
    """A new registry's schema in the file `path`, made by running every migration."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        from alembic import command

        command.upgrade(_alembic_config(engine), "head")
    finally:
        engine.dispose()


def journal_mode(path: Path | None) -> str:
    """WAL, except on a network folder, where SQLite's shared memory is not safe: there the
    rollback journal."""
    if path is None:
        return "WAL"
    kind = network_filesystem(path)
    if kind is None:
        return "WAL"
    log.warning("The registry %s is on a network file system (%s): using SQLite's rollback "
                "journal instead of WAL. For several clerks, use a PostgreSQL database.",
                path, kind)
    return "DELETE"


# The page size of a new registry file (SQLite's default is 4096). An instrument's row is
# about 2 KB (its titles, title key and search text with word forms), an audit entry's 1.3 KB:
# in 4 KB pages mostly one fits where two nearly would, and a quarter of those tables' pages
# was left empty. In 8 KB pages the 20,000-row import's file is 131 -> 116 MB, inserting its
# rows takes 0.92-0.99 -> 0.77-0.79 s of SQLite's CPU and copying its WAL into the file 0.33-0.37
# -> 0.23-0.24 s. Only a new file takes it (set before anything is written to it); an existing
# registry keeps its own.
PAGE_SIZE = 8192


def _sqlite_pragmas(dbapi_connection, _record, journal: str = "WAL") -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA page_size={PAGE_SIZE}")  # before WAL mode writes the header
    try:
        cursor.execute(f"PRAGMA journal_mode={journal}")
    except sqlite3.OperationalError as exc:  # another connection still uses the other mode
        log.warning("Journal mode %s not set: %s", journal, exc)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's lower() folds only ASCII: fold() lets queries compare Cyrillic case-blind.
    dbapi_connection.create_function("fold", 1, normalise, deterministic=True)


_NO_DRIVER = ("A registry on a PostgreSQL server needs the psycopg driver, which is not "
              "installed here: pip install \"kelishim[postgresql]\".")


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False,
                                                  "timeout": BUSY_TIMEOUT_MS / 1000},
                               json_serializer=json_text)
        journal = journal_mode(sqlite_path(url))
        event.listen(engine, "connect",
                     lambda conn, record: _sqlite_pragmas(conn, record, journal))
    else:
        try:
            engine = create_engine(url, pool_pre_ping=True, json_serializer=json_text)
        except ModuleNotFoundError as exc:  # the server's driver is an optional dependency
            if (exc.name or "").partition(".")[0] not in ("psycopg", "psycopg2"):
                raise
            raise DatabaseError(_NO_DRIVER) from exc
    locking.install(engine)  # writers take turns: the write lock when a transaction begins
    return engine


def json_text(value) -> str:
    """JSON columns (the audit log) keep Cyrillic as it is: a third of the size of \\u escapes.
    (One encoder for all: `json.dumps` with an option makes one a call, a third of its cost;
    and `JSONEncoder.encode` makes its C part anew for every call, with a dict of the objects
    it is inside to find cycles, which plain values never have: that part made once and kept
    writes the same text at 30 % less, an import's 20,000 audit entries 0.24 -> 0.17 s.)"""
    if _ENCODE is None:  # no C accelerator (another Python)
        return _JSON.encode(value)
    return "".join(_ENCODE(value, 0))


_JSON = json.JSONEncoder(ensure_ascii=False)
_ENCODE = None if c_make_encoder is None else c_make_encoder(
    None, _JSON.default, encode_basestring, _JSON.indent, _JSON.key_separator,
    _JSON.item_separator, _JSON.sort_keys, _JSON.skipkeys, _JSON.allow_nan)


def _alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = locking.schema_writer(engine)
    return config


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("select version_num from alembic_version").scalar()


def newest_revision() -> str:
    """The head revision read from the migrations' file names (0001_..., 0002_...), so that
    opening an up-to-date registry never imports Alembic (a third of a second at start-up).
    A test keeps it equal to Alembic's own head."""
    return max(p.name.split("_", 1)[0]
               for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()


def upgrade(engine: Engine, backups: Path | None = None, *,
            backup_first: bool = True) -> Path | None:
    """Bring the schema to the newest revision. An existing registry is first backed up into
    the folder `backups` (the default backup folder if None); returns that backup, if any.
    When the backup cannot be made, nothing is upgraded."""
    current = schema_revision(engine)
    if current == newest_revision():
        return None
    from alembic import command

    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists() and path.stat().st_size > 0:
        if inspect(engine).get_table_names():
            if current is None:
                raise DatabaseError("{path} is an SQLite database, but not a Kelishim registry.",
                                    path=str(path))
            if backup_first:
                backup = backup_before_upgrade(path, current, backups)
    command.upgrade(_alembic_config(engine), "head")
    if backup is not None:
        log.info("Registry %s upgraded from schema %s to %s; the backup made before: %s",
                 path, current, newest_revision(), backup)
    return backup


def backup_before_upgrade(path: Path, current: str, backups: Path | None) -> Path:
    from .backup.folder import BackupFolder

    folder = BackupFolder(backups)
    try:
        made = folder.back_up(path, reason="pre-upgrade")
    except RegistryError as exc:
        raise DatabaseError("The registry {path} needs an upgrade of its schema, and the backup "
                            "made first failed: {reason}. Nothing was changed.",
                            path=str(path), reason=exc.message()) from exc
    log.info("Backup before upgrading %s from schema %s: %s", path, current, made.path)
    return made.path


@dataclass
class OpenedEngine:
    engine: Engine
    upgrade_backup: Path | None = None  # the backup made before the schema was upgraded


def connect(location: str | os.PathLike | None = None, *, create: bool = True,
            migrate: bool = True, backups: Path | None = None,
            backup_first: bool = True) -> OpenedEngine:
    """An engine on an up-to-date registry. `create=False` refuses a missing file;
    `backup_first=False` upgrades a copy without backing it up."""
    url = database_url(location)
    path = sqlite_path(url)
    if path is not None:
        prepare_sqlite_file(path, create=create)
    engine = make_engine(url)
    backup = None
    try:
        if migrate:
            backup = upgrade(engine, backups, backup_first=backup_first)
        else:
            with engine.connect():
                pass
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise database_error(path or shown_url(url), exc) from exc
    return OpenedEngine(engine, backup)


def database_error(where, exc: Exception) -> DatabaseError:
    """One message for a failure of the database underneath, damage named as such."""
    reason = getattr(exc, "orig", None) or exc
    if getattr(reason, "sqlstate", None) == "42501":  # no right to change tables: a clerk's
        return DatabaseError(  # login on a server whose schema this program would upgrade
            "The registry {path} must first be brought up to date by the login that owns it "
            "(IT: kelishim --db ADDRESS grant ROLE); this login may change its records, not "
            "its tables.", path=str(where))
    if isinstance(reason, sqlite3.DatabaseError) and not isinstance(
            reason, sqlite3.OperationalError) or "malformed" in str(reason):
        return DamagedRegistry("The registry {path} is damaged and cannot be read: {reason}",
                               path=str(where), reason=str(reason))
    return DatabaseError("Cannot open the database {path}: {reason}", path=str(where),
                         reason=str(reason))


def shown_url(url: str) -> str:
    """A database URL as it may be shown and logged: without its password."""
    return make_url(url).render_as_string(hide_password=True)


def open_engine(location: str | os.PathLike | None = None, *, create: bool = True,
                migrate: bool = True, backups: Path | None = None) -> Engine:
    return connect(location, create=create, migrate=migrate, backups=backups).engine
