"""Migration 0002 on a registry made before full-text search: the index is built from the
existing rows, and kept in step afterwards."""

from __future__ import annotations

import re
import sqlite3

from alembic import command
from sqlalchemy import text

from models.database import (_alembic_config, make_engine, newest_revision, schema_revision,
                             upgrade)
from models.demo import load_demo
from models.records import InstrumentFilter
from models.registry import Registry

from conftest import TODAY


def _registry_at_0001(path) -> None:
    """The demo data in a database at revision 0001, its search column as 0001 wrote it (the
    casefolded text, without lemmas). Loaded at the newest revision (the tables of the code
    are the newest ones) and taken back down to 0001."""
    with Registry.open(path, today=lambda: TODAY) as registry:
        load_demo(registry)
    engine = make_engine(f"sqlite:///{path}")
    command.downgrade(_alembic_config(engine), "0001")
    with engine.begin() as conn:  # without the line of lemmas that 0002 appends
        rows = conn.execute(text("SELECT id, search_text FROM instrument")).all()
        conn.execute(text("UPDATE instrument SET search_text = :t WHERE id = :id"),
                     [{"id": i, "t": re.sub(r"(?<! )\n[^\n]*$", "", t)} for i, t in rows])
    assert schema_revision(engine) == "0001"
    engine.dispose()


def test_upgrade_builds_the_index_from_existing_rows(db_path):
    _registry_at_0001(db_path)
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "instrument_fts" not in tables

    with Registry.open(db_path, today=lambda: TODAY) as registry:
        assert schema_revision(registry.engine) == newest_revision()
        rows = registry.list_instruments(InstrumentFilter(text="миграция")).rows
        assert [r.title for r in rows if "миграции" in r.title] and len(rows) == 1
        assert len(registry.list_instruments(InstrumentFilter(text="КАРДИОЛОГИЯ")).rows) == 1
        assert registry.count_instruments(InstrumentFilter(text="соглашения")) >= 4
        assert registry.check_integrity() == []
    from models.backup.folder import BackupFolder

    backups = BackupFolder().of(db_path)  # backed up before the upgrade
    assert [b.manifest.schema_revision for b in backups] == ["0001"]


def test_index_follows_every_later_change(db_path):
    _registry_at_0001(db_path)
    with Registry.open(db_path, today=lambda: TODAY) as registry:
        iid = registry.list_instruments(InstrumentFilter(text="кардиология")).rows[0].id
        draft = registry.instrument(iid).to_draft()
        draft.title = "Меморандум о сотрудничестве в области офтальмологии"
        registry.save_instrument(draft)
        assert registry.count_instruments(InstrumentFilter(text="кардиология")) == 0
        assert registry.count_instruments(InstrumentFilter(text="офтальмология")) == 1
    conn = sqlite3.connect(db_path)
    try:  # FTS5's own check that the index matches its content table
        conn.execute("INSERT INTO instrument_fts(instrument_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_upgrade_of_an_empty_registry(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    command.upgrade(_alembic_config(engine), "0001")
    upgrade(engine)
    assert schema_revision(engine) == newest_revision()
    engine.dispose()
