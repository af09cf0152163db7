"""Salvage: what can be read of a damaged registry goes into a new registry, which passes the
check; the damaged file is only read."""

from __future__ import annotations

import hashlib

import pytest

from bench.damage import overwrite_leaf, overwrite_page, settle
from cli.app import main
from models.backup.salvage import salvage
from models.file_check import check_file
from models.registry import Registry

from conftest import TODAY


@pytest.fixture
def big_registry(tmp_path):
    """Enough instruments that a damaged page holds only some of them."""
    from bench.generate import main as generate

    path = tmp_path / "big.db"
    generate(["--n", "400", "--db", str(path), "--seed", "3"])
    settle(path)
    return path


@pytest.mark.sqlite_only  # salvage reads a registry file page by page
def test_a_sound_registry_is_salvaged_whole(demo_registry, db_path, tmp_path):
    demo_registry.close()
    report = salvage(db_path, tmp_path / "copy.db")
    assert report.complete
    assert report.recovered["instrument"] == 8
    assert check_file(tmp_path / "copy.db").ok


@pytest.mark.sqlite_only  # salvage reads a registry file page by page
def test_a_lost_replacement_leaves_no_stale_status(tmp_path):
    """The instrument that replaced another is lost: its link goes too, and the one it
    replaced is no longer «superseded» once the salvaged registry is opened; the check passes
    in between (the status marked as not yet computed, not left wrong)."""
    import sqlite3
    from datetime import date

    from models.records import InstrumentDraft, PartyDraft

    def draft(title, day):
        return InstrumentDraft(
            title=title, kind="agreement", level="intergovernmental", signed_date=day,
            effective_on_signature=True,
            parties=[PartyDraft(name="Кабинет министров Кыргызской Республики", country="KG"),
                     PartyDraft(name="Правительство Республики Казахстан", country="KZ")])

    path = tmp_path / "source.db"
    with Registry.open(path, today=lambda: TODAY) as reg:
        old = reg.save_instrument(draft("Соглашение о торговле", date(2010, 3, 1)))
        new = reg.save_instrument(draft("Новое соглашение о торговле", date(2020, 3, 1)))
        reg.add_relation(new, old, "replaces")
        assert reg.instrument(old).row.status == "superseded"
    settle(path)
    with sqlite3.connect(path) as conn:  # the replacing instrument's row lost
        conn.execute("DELETE FROM instrument WHERE id = ?", (new,))
    report = salvage(path, tmp_path / "salvaged.db")
    assert report.dropped["relation"] == 1
    result = check_file(tmp_path / "salvaged.db")
    assert result.ok, result.problems
    with Registry.open(tmp_path / "salvaged.db", today=lambda: TODAY) as reg:
        assert reg.instrument(old).row.status == "in_force"
    assert check_file(tmp_path / "salvaged.db").ok


def test_one_bad_page_costs_only_its_rows(big_registry, tmp_path):
    overwrite_leaf(big_registry, "instrument")
    overwrite_page(big_registry, 0.6)
    before = hashlib.sha256(big_registry.read_bytes()).hexdigest()
    assert not check_file(big_registry).ok
    target = tmp_path / "salvaged.db"
    report = salvage(big_registry, target)
    assert hashlib.sha256(big_registry.read_bytes()).hexdigest() == before
    result = check_file(target)
    assert result.ok, result.problems
    with Registry.open(target, today=lambda: TODAY) as reg:
        live = reg.count_instruments()
    assert 300 < report.recovered["instrument"] < 400
    assert report.lost("instrument") == 400 - report.recovered["instrument"]
    assert live <= report.recovered["instrument"]


def test_salvage_command(big_registry, tmp_path, capsys):
    overwrite_page(big_registry, 0.3)
    assert main(["--lang", "en", "--db", str(big_registry), "salvage", "-o",
                 str(tmp_path / "s.db")]) == 0
    out = capsys.readouterr().out
    assert "instrument:" in out and str(tmp_path / "s.db") in out
    assert main(["--db", str(tmp_path / "s.db"), "salvage", "-o", str(tmp_path / "s.db")]) == 1
