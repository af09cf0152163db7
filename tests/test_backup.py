"""Backups: one self-contained file, consistent, verified, rotated; restore puts it back and
keeps what it replaces."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import datetime, timedelta

import pytest

from models.backup.archive import BackupError, BackupFile
from models.backup.folder import BackupFolder
from models.backup.manifest import DATABASE, MANIFEST, file_member
from models.backup.restore import check_backup, restore
from models.backup.rotation import to_delete
from models.backup.snapshot import back_up_sqlite
from models.database import newest_revision
from models.records import InstrumentFilter
from models.registry import Registry

from conftest import TODAY

pytestmark = pytest.mark.sqlite_only  # registry files, their snapshots and damage



def counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type='table' "
                                            "and name not like 'sqlite_%'")]
        return {n: conn.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def store_digests(root) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def attached(demo_registry, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed original " * 100)
    demo_registry.add_attachment(scan, instrument_id=1, kind="signed_scan", language="ru")
    return demo_registry


def test_backup_holds_snapshot_files_and_manifest(attached, db_path, tmp_path):
    target = tmp_path / "out.kelishim-backup"
    manifest = back_up_sqlite(db_path, target)
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        data = json.loads(zf.read(MANIFEST))
    sha = attached.instrument(1).attachments[0].sha256
    assert names == {MANIFEST, DATABASE, file_member(sha)}
    assert data["format"] == "kelishim-backup" and data["schema_revision"] == newest_revision()
    assert data["program_version"] and data["engine"] == "sqlite"
    assert data["counts"]["instrument"] == 8 and data["counts"]["attachment"] == 1
    assert data["files"][file_member(sha)]["sha256"] == sha
    assert manifest.missing == [] and manifest.attachments == 1
    assert list(tmp_path.glob(".*")) == []  # no work files left beside it


def test_backup_includes_what_is_still_in_the_wal(registry, db_path, tmp_path):
    """Right after the first start most of a registry is in the -wal file: a copy of the
    .db alone is empty, a backup is not."""
    from models.demo import load_demo

    load_demo(registry)  # the registry stays open: its writes are in the -wal file
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    target = tmp_path / "b.kelishim-backup"
    back_up_sqlite(db_path, target)
    restored = tmp_path / "restored.db"
    restore(target, restored, BackupFolder(tmp_path / "kept"))
    with Registry.open(restored, today=lambda: TODAY) as reg:
        assert reg.count_instruments() == 8


def test_restore_round_trip_is_identical(attached, db_path, tmp_path):
    target = tmp_path / "b.kelishim-backup"
    back_up_sqlite(db_path, target)
    before = counts(db_path)
    restored = tmp_path / "elsewhere" / "restored.db"
    result = restore(target, restored, BackupFolder(tmp_path / "kept"))
    assert result.kept == []  # nothing was there to keep
    assert counts(restored) == before
    assert store_digests(restored.with_name("restored.files")) == store_digests(
        db_path.with_name("registry.files"))
    assert not list(restored.parent.glob(".*"))


def test_restore_keeps_the_registry_it_replaces(demo_registry, db_path, tmp_path):
    target = tmp_path / "b.kelishim-backup"
    back_up_sqlite(db_path, target)
    first = demo_registry.list_instruments().rows[0]
    demo_registry.delete_instrument(first.id)
    assert demo_registry.count_instruments() == 7
    folder = BackupFolder(tmp_path / "kept")
    result = restore(target, db_path, folder)  # while the registry is open
    assert demo_registry.count_instruments() == 8  # the open registry sees the restored one
    [kept] = result.kept
    assert kept.parent == folder.path and BackupFile(kept).manifest.reason == "before-restore"
    assert BackupFile(kept).manifest.live_instruments() == 7
    assert [e.path for e in folder.entries()] == [kept]


def test_a_damaged_backup_is_refused_and_nothing_changes(demo_registry, db_path, tmp_path):
    target = tmp_path / "b.kelishim-backup"
    back_up_sqlite(db_path, target)
    data = bytearray(target.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)
    target.write_bytes(bytes(data))
    before = db_path.read_bytes()
    _manifest, problems = check_backup(target)
    assert problems
    with pytest.raises(BackupError) as err:
        restore(target, db_path, BackupFolder(tmp_path / "kept"))
    assert "registry.db" in err.value.message()
    assert db_path.read_bytes() == before
    assert not (tmp_path / "kept").exists()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really", b"hello"])
def test_not_a_backup_gives_a_message(tmp_path, content):
    bad = tmp_path / "bad.kelishim-backup"
    bad.write_bytes(content)
    with pytest.raises(BackupError) as err:
        check_backup(bad)
    assert "bad.kelishim-backup" in err.value.message()


def test_a_backup_with_wrong_counts_is_refused(demo_registry, db_path, tmp_path):
    """The manifest and the database must tell the same story."""
    target = tmp_path / "b.kelishim-backup"
    back_up_sqlite(db_path, target)
    tampered = tmp_path / "t.kelishim-backup"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == MANIFEST:
                manifest = json.loads(data)
                manifest["counts"]["instrument"] = 9
                data = json.dumps(manifest).encode()
            dst.writestr(info, data)
    _manifest, problems = check_backup(tampered)
    assert any("instrument" in p and "9" in p for p in problems)


def test_a_missing_attachment_is_listed_not_fatal(attached, db_path, tmp_path):
    sha = attached.instrument(1).attachments[0].sha256
    attached.files.path(sha).unlink()
    manifest = back_up_sqlite(db_path, tmp_path / "b.kelishim-backup")
    assert manifest.missing == [sha]
    assert check_backup(tmp_path / "b.kelishim-backup")[1] == []


def test_rotation_keeps_ten_and_one_a_month():
    now = datetime(2026, 11, 25, 12, 0)
    daily = [now - timedelta(days=d) for d in range(400)]
    gone = to_delete(daily, now)
    kept = sorted((daily[i] for i in range(len(daily)) if i not in gone), reverse=True)
    assert kept[:10] == daily[:10]
    older = kept[10:]
    assert len(older) == 11  # the other eleven months of the year, the last day of each
    assert all(d.month != (d + timedelta(days=1)).month for d in older)
    assert to_delete(daily[:5], now) == set()


def test_folder_rotates_per_registry_and_lists_newest_first(demo_registry, db_path,
                                                            tmp_path, monkeypatch):
    import models.backup.folder as folder_module

    monkeypatch.setattr(folder_module, "to_delete",  # the new one and one more
                        lambda created, now, **_kw: to_delete(created, now, keep_last=1,
                                                              keep_months=0))
    folder = BackupFolder(tmp_path / "backups")
    made = [folder.back_up(db_path, reason="automatic").path for _ in range(4)]
    other = tmp_path / "other.db"
    Registry.open(other).close()
    folder.back_up(other)
    entries = folder.entries()
    assert [e.path for e in folder.of(db_path)] == made[:-3:-1]
    assert len(entries) == 3 and entries[0].manifest.source == str(other.resolve())


def test_changed_since_newest_follows_the_audit_log(demo_registry, db_path, tmp_path):
    folder = BackupFolder(tmp_path / "backups")
    audit = lambda: counts(db_path)["auditentry"]  # noqa: E731
    assert folder.changed_since_newest(db_path, audit())
    folder.back_up(db_path)
    assert not folder.changed_since_newest(db_path, audit())
    demo_registry.delete_instrument(demo_registry.list_instruments().rows[0].id)
    assert folder.changed_since_newest(db_path, audit())


def test_an_older_schema_backup_restores_and_upgrades(tmp_path, old_registry):
    """A backup made before an upgrade is restored as it was, and upgraded on opening."""
    back_up_sqlite(old_registry, tmp_path / "old.kelishim-backup")
    restored = tmp_path / "r.db"
    restore(tmp_path / "old.kelishim-backup", restored, BackupFolder(tmp_path / "kept"))
    with Registry.open(restored, backups=tmp_path / "kept") as reg:
        assert reg.setting("a") == "b" and reg.upgrade_backup is not None
    assert reg.count_instruments(InstrumentFilter()) == 0
