"""Never stuck: a registry is created whole or not at all, a half-made one is completed, a newer
one is refused with nothing written, a read-only one opens read-only, a network folder gets the
rollback journal."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from models.database import newest_revision
from models.errors import DatabaseError, NewerRegistry, ReadOnlyRegistry
from models.records import InstrumentFilter
from models.registry import Registry
from models.sqlite_file import filesystem_type

from conftest import TODAY

pytestmark = pytest.mark.sqlite_only  # registry files, their snapshots and damage



def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_creation_leaves_no_work_file_and_no_wal(tmp_path):
    path = tmp_path / "new.db"
    Registry.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db"]
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from country").fetchone()[0] > 200
    conn.close()


def test_a_creation_cut_off_leaves_nothing_that_blocks(tmp_path, monkeypatch):
    """The schema is built in a work file beside the target: a failure mid-way leaves the
    target missing, and the next start creates it."""
    import models.database as database

    path = tmp_path / "new.db"

    def failing(tmp):
        real(tmp)
        raise OSError(28, "No space left on device")

    real = database.build_registry_file
    monkeypatch.setattr(database, "build_registry_file", failing)
    with pytest.raises(DatabaseError) as err:
        Registry.open(path)
    assert "No space left" in err.value.message("en")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(database, "build_registry_file", real)
    with Registry.open(path) as reg:
        assert reg.count_instruments() == 0


def test_work_files_of_a_killed_process_are_removed(tmp_path):
    path = tmp_path / "new.db"
    stale = tmp_path / ".new.db.new-999999999-abcdef12"
    stale.write_bytes(b"half a registry")
    Registry.open(path).close()
    assert not stale.exists()


@pytest.mark.parametrize("tables", [
    ["CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"],
    ["CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
     "INSERT INTO alembic_version VALUES ('0001')",
     "CREATE TABLE country (id INTEGER PRIMARY KEY, code TEXT)",
     "INSERT INTO country (code) VALUES ('KG')"],
    ["CREATE TABLE country (id INTEGER PRIMARY KEY, code TEXT)"],
], ids=["version table only", "first tables and seeded countries", "no version table"])
def test_a_half_made_registry_is_completed(tmp_path, tables):
    path = tmp_path / "half.db"
    conn = sqlite3.connect(path)
    for sql in tables:
        conn.execute(sql)
    conn.commit()
    conn.close()
    from models.demo import load_demo

    with Registry.open(path, today=lambda: TODAY) as reg:
        load_demo(reg)
        assert reg.count_instruments() == 8
        assert reg.check_integrity() == []


def test_a_registry_with_records_is_not_taken_for_half_made(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("CREATE TABLE meeting (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO meeting (title) VALUES ('Переговоры')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError):
        Registry.open(path)
    assert digest(path) == before


def newer_copy(demo_registry, db_path, folder):
    folder.mkdir()
    target = folder / "n.db"
    demo_registry.close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    target.write_bytes(db_path.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute("update alembic_version set version_num = '9999'")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return target


@pytest.mark.parametrize("wal", [False, True])
def test_a_newer_registry_is_refused_with_both_versions_and_nothing_written(
        demo_registry, db_path, tmp_path, wal):
    target = newer_copy(demo_registry, db_path, tmp_path / "newer")
    if wal:
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.close()
    before = digest(target)
    for _ in range(2):
        with pytest.raises(NewerRegistry) as err:
            Registry.open(target)
    message = err.value.message("en")
    assert "9999" in message and newest_revision() in message and "newer version" in message
    assert digest(target) == before
    assert [p.name for p in target.parent.iterdir()] == ["n.db"]


def test_a_read_only_registry_opens_read_only(demo_registry, db_path, monkeypatch):
    import models.backup.snapshot as snapshot
    import models.registry.base as base

    demo_registry.close()
    before = digest(db_path)
    monkeypatch.setattr(base, "is_writable", lambda path: False)
    monkeypatch.setattr(snapshot, "is_writable", lambda path: False)
    with pytest.raises(ReadOnlyRegistry):
        Registry.open(db_path)
    with Registry.open(db_path, read_only_ok=True, today=lambda: TODAY) as reg:
        assert reg.read_only == "permissions" and reg.location == str(db_path)
        assert reg.count_instruments(InstrumentFilter(text="кардиология")) == 1
        assert reg.deadlines(3650) is not None
        with pytest.raises(ReadOnlyRegistry) as err:
            reg.delete_instrument(1)
        assert str(db_path) in err.value.message()
        work = reg.engine.url.database
    assert digest(db_path) == before
    assert not (tmp_path_of(work)).exists()


def tmp_path_of(database: str):
    from pathlib import Path

    return Path(database).parent


def test_mountinfo_names_the_file_system():
    mountinfo = (
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        "40 22 0:45 / /mnt/share rw,relatime shared:20 - cifs //server/registry rw\n"
        "41 22 0:46 / /mnt/my\\040files rw - fuse.sshfs host:/x rw\n")
    from pathlib import Path

    assert filesystem_type(Path("/home/clerk/k.db"), mountinfo) == "ext4"
    assert filesystem_type(Path("/mnt/share/k.db"), mountinfo) == "cifs"
    assert filesystem_type(Path("/mnt/sharer/k.db"), mountinfo) == "ext4"
    assert filesystem_type(Path("/mnt/my files/k.db"), mountinfo) == "fuse.sshfs"


def test_a_network_folder_gets_the_rollback_journal(tmp_path, monkeypatch, caplog):
    import models.database as database

    monkeypatch.setattr(database, "network_filesystem", lambda path: "cifs")
    with Registry.open(tmp_path / "shared.db") as reg:
        with reg.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        reg.set_setting("x", "y")
    assert "network file system (cifs)" in caplog.text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.db"]
