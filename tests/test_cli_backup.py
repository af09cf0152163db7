"""The command line of backups: backup, backup --list, restore, restore --dry-run; a newer or
read-only registry at the command line."""

from __future__ import annotations

import json
import sqlite3

import pytest

from cli.app import main
from models.database import newest_revision


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def count(capsys, db) -> int:
    code, out, _ = run(capsys, "--db", str(db), "list", "--format", "json")
    assert code == 0
    return len(json.loads(out))


def test_backup_restore_round_trip_at_the_command_line(capsys, db_path, tmp_path):
    run(capsys, "--db", str(db_path), "demo")
    code, out, _ = run(capsys, "--db", str(db_path), "backup", "-o", str(tmp_path / "b1"))
    assert code == 0 and "instruments: 8" in out
    code, out, _ = run(capsys, "restore", "--dry-run", str(tmp_path / "b1"))
    assert code == 0 and "is whole" in out
    code, out, _ = run(capsys, "--db", str(tmp_path / "r.db"), "restore", str(tmp_path / "b1"))
    assert code == 0 and "restored" in out
    assert count(capsys, tmp_path / "r.db") == 8


def test_backup_into_the_folder_lists_and_keeps_before_restore(capsys, db_path, tmp_path,
                                                               user_dirs):
    run(capsys, "--db", str(db_path), "demo")
    code, out, _ = run(capsys, "--db", str(db_path), "backup")
    assert code == 0 and str(user_dirs) in out
    code, out, _ = run(capsys, "backup", "--list")
    assert code == 0 and "registry-" in out and "instruments: 8" in out
    backup = out.split()[out.split().index("instruments:") - 3]
    code, out, _ = run(capsys, "--db", str(db_path), "restore",
                       str(user_dirs / "data" / "Kelishim" / "backups" / backup))
    assert code == 0 and "before-restore" in out


def test_a_damaged_backup_is_refused_with_exit_1(capsys, db_path, tmp_path):
    run(capsys, "--db", str(db_path), "demo")
    run(capsys, "--db", str(db_path), "backup", "-o", str(tmp_path / "b1"))
    data = bytearray((tmp_path / "b1").read_bytes())
    data[len(data) // 3] ^= 0xFF
    (tmp_path / "b1").write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", str(tmp_path / "r.db"), "restore", str(tmp_path / "b1"))
    assert code == 1 and "cannot be restored" in err and "Traceback" not in err
    assert not (tmp_path / "r.db").exists()


def test_a_newer_registry_exits_1_with_both_versions(capsys, db_path, tmp_path):
    run(capsys, "--db", str(db_path), "demo")
    conn = sqlite3.connect(db_path)
    conn.execute("update alembic_version set version_num = '0042'")
    conn.commit()
    conn.close()
    for argv in (("list",), ("demo",), ("check",)):
        code, _, err = run(capsys, "--db", str(db_path), *argv)
        assert code == 1 and "0042" in err and newest_revision() in err, argv


def test_a_read_only_registry_lists_but_does_not_write(capsys, db_path, monkeypatch):
    import models.backup.snapshot as snapshot
    import models.registry.base as base

    run(capsys, "--db", str(db_path), "demo")
    monkeypatch.setattr(base, "is_writable", lambda path: False)
    monkeypatch.setattr(snapshot, "is_writable", lambda path: False)
    assert count(capsys, db_path) == 8
    code, _, err = run(capsys, "--db", str(db_path), "demo")
    assert code == 1 and "read-only" in err


def test_a_server_registry_is_named_for_what_it_is(capsys, tmp_path):
    code, _, err = run(capsys, "--db", "postgresql://clerk@server/registry", "salvage", "-o",
                       str(tmp_path / "x.db"))
    assert code == 1 and "database server" in err


def test_a_server_out_of_reach_is_one_line(capsys, tmp_path):
    """A registry on a server is backed up too (tests/test_department.py); one the computer
    cannot reach is said in one line."""
    code, _, err = run(capsys, "--db", "postgresql+psycopg://clerk@server.invalid/registry",
                       "backup", "-o", str(tmp_path / "x.kelishim-backup"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "server.invalid" in err
    assert not (tmp_path / "x.kelishim-backup").exists()
