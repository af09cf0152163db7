"""`check` tells the truth and changes nothing: every kind of damage is reported with exit 1
in the user's language, a sound registry passes, and no file is written, not even an empty
one."""

from __future__ import annotations

import hashlib

import pytest

from bench.damage import KINDS
from cli.app import main
from models.file_check import check_file

pytestmark = pytest.mark.sqlite_only  # registry files, their snapshots and damage



def digests(folder) -> dict[str, str]:
    """The files of the registry's folder (the user's own folders, with the log, left out)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "home" not in p.parts}


@pytest.fixture
def closed_registry(demo_registry, db_path, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed original")
    demo_registry.add_attachment(scan, instrument_id=1, kind="signed_scan")
    scan.unlink()
    demo_registry.close()
    return db_path


def test_a_sound_registry_passes_and_stays_byte_for_byte(closed_registry, capsys, tmp_path):
    from bench.damage import settle

    settle(closed_registry)
    before = digests(tmp_path)
    assert main(["--db", str(closed_registry), "check"]) == 0
    assert "8" in capsys.readouterr().out
    assert digests(tmp_path) == before


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_of_damage_is_reported(closed_registry, capsys, tmp_path, kind):
    KINDS[kind](closed_registry, closed_registry.with_name("registry.files"))
    before = digests(tmp_path)
    assert main(["--lang", "en", "--db", str(closed_registry), "check"]) == 1
    err = capsys.readouterr().err
    assert "problem(s) found" in err and "unexpected" not in err.lower()
    assert digests(tmp_path) == before


def test_problems_are_in_the_users_language(closed_registry, capsys):
    KINDS["status edited by hand"](closed_registry, None)
    assert main(["--db", str(closed_registry), "check"]) == 1
    err = capsys.readouterr().err
    assert "найдено проблем" in err
    assert "Instrument" not in err and "differ" not in err


@pytest.mark.parametrize("content", [b"", b"\x00" * 4096, b"SQLite format 3\x00" + b"\xff" * 4080])
def test_check_never_changes_a_file_that_is_no_registry(tmp_path, capsys, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    assert main(["--db", str(path), "check"]) == 1
    assert path.read_bytes() == content
    # nothing made beside it (the user's folders of the autouse fixture, with the log, aside)
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["x.db"]
    assert "Traceback" not in capsys.readouterr().err


def test_an_older_registry_is_checked_on_an_upgraded_copy(tmp_path, old_registry):
    from bench.damage import settle

    path = old_registry
    settle(path)
    before = digests(tmp_path)
    result = check_file(path)
    assert result.ok and result.notes and "0001" in result.notes[0]
    assert digests(tmp_path) == before


def test_check_while_the_registry_is_open_elsewhere(demo_registry, db_path):
    """A registry in use (its -wal file holds recent changes) is checked as it is now."""
    demo_registry.delete_instrument(1)
    result = check_file(db_path)
    assert result.ok and result.instruments == 7
