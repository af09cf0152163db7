"""Where the registry lives and how it is opened: SQLite by default, a URL for a server.

Opening a database runs the Alembic migrations; before an existing database is upgraded, a
copy of its file is taken beside it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from . import locking
from .errors import DatabaseError
from .search import normalise

APP_NAME = "Kelishim"
DB_FILENAME = "kelishim.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
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


def check_sqlite_file(path: Path, must_exist: bool) -> None:
    """Refuse, before touching it, a file that is missing (when it must exist), unreadable,
    or not a SQLite database."""
    if not path.exists():
        if must_exist:
            raise DatabaseError("The database {path} does not exist.", path=str(path))
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError("Cannot create the folder {path}: {reason}",
                                    path=str(path.parent), reason=exc.strerror or exc) from exc
        return
    if path.is_dir():
        raise DatabaseError("{path} is a folder, not a database file.", path=str(path))
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError("Cannot read the database {path}: {reason}", path=str(path),
                            reason=exc.strerror or exc) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError("{path} is not a Kelishim database (not an SQLite file).",
                            path=str(path))
    if header and not os.access(path, os.W_OK):
        raise DatabaseError("The database {path} is read-only for this user.", path=str(path))
    if header:
        _check_is_registry(path)


def _check_is_registry(path: Path) -> None:
    """Look inside read-only, before any connection of ours can change the file (even setting
    WAL mode writes to it): an SQLite file of another program is refused untouched."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute(
                "select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError("Cannot open the database {path}: {reason}", path=str(path),
                            reason=str(exc)) from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseError("{path} is an SQLite database, but not a Kelishim registry.",
                            path=str(path))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's lower() folds only ASCII: fold() lets queries compare Cyrillic case-blind.
    dbapi_connection.create_function("fold", 1, normalise, deterministic=True)


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False,
                                                  "timeout": BUSY_TIMEOUT_MS / 1000},
                               json_serializer=_json_text)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, json_serializer=_json_text)
    locking.install(engine)  # writers take turns: the write lock when a transaction begins
    return engine


def _json_text(value) -> str:
    """JSON columns (the audit log) keep Cyrillic as it is: a third of the size of \\u escapes."""
    return json.dumps(value, ensure_ascii=False)


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


def backup_sqlite(path: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file (WAL included) next to it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup taken, if any."""
    current = schema_revision(engine)
    if current == newest_revision():
        return None
    from alembic import command

    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists() and path.stat().st_size > 0:
        has_tables = bool(inspect(engine).get_table_names())
        if has_tables:
            if current is None:
                raise DatabaseError("{path} is an SQLite database, but not a Kelishim registry.",
                                    path=str(path))
            backup = backup_sqlite(path, current)
    command.upgrade(_alembic_config(engine), "head")
    return backup


def open_engine(location: str | os.PathLike | None = None, *, create: bool = True,
                migrate: bool = True) -> Engine:
    """An engine on an up-to-date registry. `create=False` refuses a missing file."""
    url = database_url(location)
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, must_exist=not create)
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
        else:
            with engine.connect():
                pass
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise DatabaseError("Cannot open the database {path}: {reason}",
                            path=str(path or url), reason=str(getattr(exc, "orig", exc))) from exc
    return engine
