"""`report` on the command line: each report from the IDs `list --format json` prints, and one
clear line for every mistake."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from app.settings import Settings
from cli.app import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(capsys, db_path):
    assert main(["--db", str(db_path), "demo"]) == 0
    capsys.readouterr()
    main(["--db", str(db_path), "list", "--format", "json"])
    return db_path, json.loads(capsys.readouterr()[0])


def test_briefing_and_card_from_the_listed_ids(capsys, demo_db, tmp_path):
    demo_db, rows = demo_db
    Settings(organisation_name="МИД КР").save()
    meeting = next(r["meeting_id"] for r in rows if r["meeting_id"])
    protocol = next(r["id"] for r in rows if r["kind"] == "protocol")
    out = tmp_path / "briefing.pdf"
    code, text, err = run(capsys, "--db", str(demo_db), "report", "briefing", "--meeting",
                          str(meeting), "-o", str(out))
    assert code == 0 and err == ""
    reader = PdfReader(out)
    assert f"{len(reader.pages)}" in text
    assert reader.metadata.author == "МИД КР"
    card = tmp_path / "card.pdf"
    assert run(capsys, "--db", str(demo_db), "report", "card", "--instrument", str(protocol),
               "--lang", "en", "-o", str(card))[0] == 0
    assert "Instrument card" in PdfReader(card).pages[0].extract_text()


def test_status_report_with_a_filter_and_grouping(capsys, demo_db, tmp_path):
    demo_db, _rows = demo_db
    out = tmp_path / "status.pdf"
    code, _, err = run(capsys, "--db", str(demo_db), "--lang", "ky", "report", "status",
                       "--kind", "agreement", "--group-by", "counterpart", "-o", str(out))
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Макулдашуу" in text  # the kind of the filter, in Kyrgyz
    assert "Соглашение о намерениях" not in text  # another kind


@pytest.mark.parametrize("args, says", [
    (["briefing", "--meeting", "999"], "999"),
    (["briefing"], "--meeting"),
    (["card", "--instrument", "999"], "999"),
    (["treaty-base", "--country", "ZZ"], "ZZ"),
    (["treaty-base"], "--country"),
    (["deadlines", "--days", "-5"], "--days"),
])
def test_mistakes_are_one_line_and_a_failure(capsys, demo_db, tmp_path, args, says):
    demo_db, _rows = demo_db
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", str(demo_db), "report", *args, "-o", str(out))
    assert code == 1
    assert says in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()


def test_usage_errors(capsys, demo_db, tmp_path):
    demo_db, _rows = demo_db
    code, _, err = run(capsys, "--db", str(demo_db), "report", "card", "--instrument", "abc",
                       "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", str(demo_db), "report", "status")
    assert code == 2 and "-o" in err


def test_unwritable_output_and_missing_database(capsys, demo_db, tmp_path):
    demo_db, _rows = demo_db
    code, _, err = run(capsys, "--db", str(demo_db), "report", "status", "-o",
                       str(tmp_path / "no" / "such" / "dir.pdf"))
    assert code == 1 and "dir.pdf" in err and len(err.strip().splitlines()) == 1
    assert "файл или папка не существует" in err and "No such file" not in err
    code, _, err = run(capsys, "--db", str(tmp_path / "missing.db"), "report", "status", "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and not (tmp_path / "missing.db").exists()


def test_the_organisation_comes_from_the_registry_in_the_reports_language(capsys, demo_db,
                                                                        tmp_path):
    from models.registry import Registry

    demo_db, _rows = demo_db
    Settings(organisation_name="Личная настройка").save()
    with Registry.open(demo_db) as registry:
        registry.set_organisation_names({"ru": "МИД КР", "en": "MFA of the Kyrgyz Republic"})
    out = tmp_path / "s.pdf"
    for lang, expected in (("en", "MFA of the Kyrgyz Republic"), ("ky", "МИД КР"),
                           ("ru", "МИД КР")):
        assert run(capsys, "--db", str(demo_db), "report", "status", "--lang", lang,
                   "-o", str(out))[0] == 0
        assert PdfReader(out).metadata.author == expected
    assert run(capsys, "--db", str(demo_db), "report", "status", "--organisation",
               "Посольство КР", "-o", str(out))[0] == 0
    assert PdfReader(out).metadata.author == "Посольство КР"
    assert "Посольство КР" in PdfReader(out).pages[0].extract_text()
