"""Opening databases: default folder, pragmas, refusals that leave the file alone, backups."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest
from sqlalchemy import text

from models.database import (default_db_path, head_revision, newest_revision, open_engine,
                             schema_revision)
from models.errors import DatabaseError
from models.registry import Registry


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_default_database_lives_in_the_user_data_folder(user_dirs):
    with Registry.open() as reg:
        assert reg.path == default_db_path()
        assert str(reg.path).startswith(str(user_dirs))
    assert default_db_path().exists()


def test_pragmas_and_schema_revision(db_path):
    engine = open_engine(db_path)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    assert schema_revision(engine) == head_revision(engine) == newest_revision()
    engine.dispose()


@pytest.mark.sqlite_only  # reads the file with sqlite3
def test_a_new_registry_file_has_8_kb_pages_and_an_old_one_keeps_its_own(tmp_path):
    """A new registry is made with 8 KB pages (an instrument's row of about 2 KB left a quarter
    of 4 KB pages empty); a registry made with SQLite's default keeps its pages, and every
    connection reads and writes it as it is."""
    from models.database import PAGE_SIZE

    assert PAGE_SIZE == 8192
    with Registry.open(tmp_path / "new.db"):
        pass
    with sqlite3.connect(tmp_path / "new.db") as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    old = tmp_path / "old.db"
    with sqlite3.connect(tmp_path / "new.db") as conn:
        conn.execute("PRAGMA page_size=4096")  # VACUUM INTO takes the connection's next size
        conn.execute("VACUUM INTO ?", (str(old),))
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    with Registry.open(old) as reg:
        reg.set_number_pattern(reg.number_pattern)
        assert reg.count_instruments() == 0
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.sqlite_only  # the SQLite schema
@pytest.mark.filterwarnings(  # (SQLAlchemy cannot reflect the expression-based «nulls last»
    "ignore:Skipped unsupported reflection of expression-based index")  # indexes, either way)
def test_a_new_registry_is_made_without_alembic_with_the_migrations_schema(tmp_path):
    """A new registry file is made by the migrations' schema frozen at their head
    (models.head_schema), without importing Alembic; it is the schema, and holds the rows,
    that running every migration gives (after a new migration: python -m models.head_schema)."""
    import subprocess
    import sys

    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from models import head_schema
    from models.database import build_by_migrations, build_registry_file

    assert head_schema.REVISION == newest_revision(), "run python -m models.head_schema"
    made, migrated = tmp_path / "made.db", tmp_path / "migrated.db"
    build_registry_file(made)
    build_by_migrations(migrated)

    def contents(path):
        with sqlite3.connect(path) as conn:
            schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                  "ORDER BY rowid").fetchall()
            rows = {name: conn.execute(f'SELECT * FROM "{name}"').fetchall()
                    for kind, name, _, _ in schema if kind == "table"
                    and not name.startswith("sqlite_") and name != "instrument_fts"}
        return schema, rows

    assert contents(made) == contents(migrated)
    assert contents(made)[1]["alembic_version"] == [(newest_revision(),)]

    def differences(path):
        engine = open_engine(path)
        try:
            with engine.connect() as conn:
                return [repr(d) for d in compare_metadata(MigrationContext.configure(conn),
                                                          SQLModel.metadata)]
        finally:
            engine.dispose()

    assert differences(made) == differences(migrated)
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Opening a new registry imports no Alembic
    code = ("import sys; from models.registry import Registry; "
            f"Registry.open({str(tmp_path / 'fresh.db')!r}).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split()[-1] == "False"


@pytest.mark.sqlite_only  # reads the file with sqlite3
def test_audit_log_keeps_cyrillic_readable(demo_registry, db_path):
    with sqlite3.connect(db_path) as conn:
        changes = [row[0] for row in conn.execute("select changes from auditentry")]
    assert any("Ынтымак Ордо" in text for text in changes)
    assert not any("\\u04" in text for text in changes)


def test_missing_database_is_refused_when_it_must_exist(tmp_path):
    with pytest.raises(DatabaseError) as err:
        Registry.open(tmp_path / "nowhere.db", create=False)
    assert "nowhere.db" in err.value.message()
    assert not (tmp_path / "nowhere.db").exists()


@pytest.mark.parametrize("content", [b"", b"\x00\xff" * 2048, b"name;title\n1;2\n"],
                         ids=["empty", "binary", "csv"])
def test_a_file_that_is_not_a_database_is_left_alone(tmp_path, content):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    before = digest(path)
    if content:
        with pytest.raises(DatabaseError):
            Registry.open(path, create=False)
        assert digest(path) == before
    else:  # an empty file is a new database
        Registry.open(path).close()


def test_a_foreign_sqlite_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (id integer primary key, body text)")
        conn.execute("insert into notes (body) values ('keep me')")
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        Registry.open(path, create=False)
    assert "Kelishim" in err.value.message("en")
    assert digest(path) == before


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError):
        Registry.open(tmp_path, create=False)


def test_upgrade_takes_a_backup_first(tmp_path):
    """A registry at the first revision is backed up into the backup folder before the newer
    migrations run, and the registry says which backup that was."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from models.backup.archive import BackupFile
    from models.backup.folder import BackupFolder
    from models.database import _alembic_config, make_engine

    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    config = _alembic_config(engine)
    revisions = list(ScriptDirectory.from_config(config).walk_revisions())
    if len(revisions) < 2:
        pytest.skip("only one schema revision so far: nothing to upgrade from")
    first = revisions[-1].revision
    command.upgrade(config, first)
    with engine.begin() as conn:  # a clerk's setting: a registry in use, not a half-made one
        conn.execute(text("insert into registrysetting (key, value) values ('x', 'y')"))
    engine.dispose()
    folder = tmp_path / "backups"
    with Registry.open(path, backups=folder) as reg:
        made = reg.upgrade_backup
    assert [e.path for e in BackupFolder(folder).entries()] == [made]
    assert list(tmp_path.glob("old.backup-*")) == []  # nothing beside the registry
    with BackupFile(made) as backup:
        assert backup.manifest.schema_revision == first
        assert backup.manifest.reason == "pre-upgrade"
        assert backup.manifest.counts["registrysetting"] == 1


@pytest.mark.filterwarnings(  # (SQLAlchemy cannot reflect the expression-based «nulls last»
    "ignore:Skipped unsupported reflection of expression-based index")  # indexes; not asked of)
def test_instrument_indexes_that_others_serve_are_gone_and_counts_still_seek(registry):
    """Migration 0012: the single-column indexes the `deleted_at, ...` ones serve are dropped
    (each cost every insert of an import); the one on `deleted_at` alone stays, since a count
    of a search's matches looks each id up in it."""
    from sqlalchemy import inspect

    from models.records import InstrumentFilter

    with registry.engine.connect() as conn:
        names = {i["name"] for i in inspect(conn).get_indexes("instrument")}
    assert "ix_instrument_deleted_at" in names and "ix_instrument_live_kind" in names
    assert not names & {f"ix_instrument_{c}" for c in (
        "kind", "level", "status", "counterpart", "title_key", "signed_date", "next_deadline")}
    if registry.engine.dialect.name == "sqlite":
        with registry.engine.connect() as conn:
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT count(id) FROM instrument WHERE deleted_at IS NULL "
                "AND id IN (SELECT rowid FROM instrument_fts WHERE instrument_fts MATCH 'x')"
            ).fetchall()
        assert "ix_instrument_deleted_at (deleted_at=? AND rowid=?)" in plan[0][3]
    assert registry.count_instruments(InstrumentFilter(text="соглашение")) == 0


@pytest.mark.filterwarnings(  # (SQLAlchemy cannot reflect the expression-based «nulls last»
    "ignore:Skipped unsupported reflection of expression-based index")  # indexes; not asked of)
def test_no_index_on_confidentiality_and_restricted_ones_are_still_left_out(registry):
    """Migration 0013: the only question asked of the confidentiality is «not restricted»,
    which no index answers; the index is gone and the lists still leave restricted ones out.
    Downgraded, it is back; upgraded again, gone."""
    from alembic import command
    from sqlalchemy import inspect

    from models.database import _alembic_config, upgrade
    from models.records import InstrumentDraft, InstrumentFilter, PartyDraft

    def indexes():
        with registry.engine.connect() as conn:
            return {i["name"] for i in inspect(conn).get_indexes("instrument")}

    assert "ix_instrument_confidentiality" not in indexes()
    for title, secret in (("Открытое соглашение", "open"), ("Закрытое соглашение", "restricted")):
        registry.save_instrument(InstrumentDraft(
            title=title, kind="agreement", level="intergovernmental",
            signed_date=date(2025, 11, 26), confidentiality=secret,
            parties=[PartyDraft(name="Кабинет министров Кыргызской Республики", country="KG"),
                     PartyDraft(name="Правительство Республики Казахстан", country="KZ")]))
    shown = registry.list_instruments(InstrumentFilter(include_restricted=False), limit=None)
    assert [r.title for r in shown.rows] == ["Открытое соглашение"]
    assert registry.count_instruments(InstrumentFilter(include_restricted=False)) == 1
    assert len(registry.list_instruments(InstrumentFilter(), limit=None).rows) == 2
    command.downgrade(_alembic_config(registry.engine), "0012")
    assert "ix_instrument_confidentiality" in indexes()
    upgrade(registry.engine, backup_first=False)
    assert "ix_instrument_confidentiality" not in indexes()
    assert schema_revision(registry.engine) == newest_revision()


def test_a_server_registry_without_its_driver_is_one_sentence(monkeypatch):
    """psycopg is an optional dependency: a PostgreSQL URL without it says what to install,
    in the user's language, instead of an unexpected error."""
    import sys

    from models.database import make_engine

    monkeypatch.setitem(sys.modules, "psycopg", None)  # not installed
    with pytest.raises(DatabaseError) as raised:
        make_engine("postgresql+psycopg://clerk@127.0.0.1:1/registry")
    assert raised.value.message("ru").startswith("Для реестра на сервере PostgreSQL нужен "
                                                 "драйвер psycopg")
