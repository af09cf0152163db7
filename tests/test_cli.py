"""The command line: demo, list, check, and clean failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.app import main

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_twice_then_list_json(capsys, db_location):
    assert run(capsys, "--db", db_location, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", db_location, "demo")
    assert code == 0 and "0" in out
    code, out, _ = run(capsys, "--db", db_location, "list", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 8
    first = rows[0]
    assert {"id", "registry_number", "title", "kind", "level", "status", "signed_date",
            "parties", "meeting_id"} <= set(first)
    assert all({"name", "country"} <= set(p) for r in rows for p in r["parties"])
    protocol = next(r for r in rows if r["kind"] == "protocol")
    assert protocol["signed_date"] == "2025-11-26" and protocol["level"] == "interstate"
    assert [p["name"] for p in protocol["parties"]] == ["Кыргызская Республика",
                                                        "Российская Федерация"]


@pytest.mark.parametrize("args, expected", [
    (("--kind", "agreement"), 3),
    (("--country", "ru"), 8),
    (("--status", "in_force"), 3),
    (("--search", "почта"), 1),
    (("--limit", "2"), 2),
])
def test_list_filters(capsys, db_location, args, expected):
    run(capsys, "--db", db_location, "demo")
    code, out, _ = run(capsys, "--db", db_location, "list", "--format", "json", *args)
    assert code == 0 and len(json.loads(out)) == expected


def test_list_table_and_csv_speak_russian(capsys, db_location):
    run(capsys, "--db", db_location, "demo")
    code, out, _ = run(capsys, "--db", db_location, "list")
    assert code == 0 and "Соглашение о намерениях" in out and "26.11.2025" in out
    code, out, _ = run(capsys, "--db", db_location, "list", "--format", "csv")
    assert out.splitlines()[0].startswith("id,registry_number")
    assert len(out.strip().splitlines()) == 9
    code, out, _ = run(capsys, "--db", db_location, "--lang", "en", "list")
    assert "Agreement of intent" in out


@pytest.mark.sqlite_only  # damages the file beside the database
def test_check_good_and_damaged(capsys, db_location, tmp_path):
    run(capsys, "--db", db_location, "demo")
    assert run(capsys, "--db", db_location, "check")[0] == 0
    from models.registry import Registry

    with Registry.open(db_location) as reg:
        source = tmp_path / "text.txt"
        source.write_text("текст")
        aid = reg.add_attachment(source, instrument_id=1, kind="text")
        reg.attachment_path(aid).unlink()
    code, _, err = run(capsys, "--db", db_location, "check")
    assert code == 1 and "text.txt" in err


@pytest.mark.parametrize("argv", [
    ("list", "--bogus"), ("frobnicate",), ("list", "--kind", "pact"),
    ("list", "--format", "xml"),
])
def test_usage_errors_are_one_line(capsys, db_location, argv):
    code, out, err = run(capsys, "--db", db_location, *argv)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unknown_country_is_an_error(capsys, db_location):
    run(capsys, "--db", db_location, "demo")
    code, _, err = run(capsys, "--db", db_location, "list", "--country", "XX")
    assert code == 1 and "XX" in err


def test_read_only_commands_refuse_a_missing_database(capsys, tmp_path):
    for command in ("list", "check"):
        code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), command)
        assert code == 1 and "none.db" in err
    assert not (tmp_path / "none.db").exists()


def test_random_bytes_give_one_line_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(os.urandom(4096))
    before = bad.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(bad), "list"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert bad.read_bytes() == before
