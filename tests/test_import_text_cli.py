"""`import-text` from the command line: the dry run prints the proposal as JSON and writes
nothing; a real run writes the meeting, the instruments and the amends relation; Windows-1251
files read; bad input is one line and a non-zero exit."""

from __future__ import annotations

import json

from cli.app import main
from models.registry import Registry
from tests.test_import_text import SAMPLE, SAMPLE_EXPECTED


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_json_of_the_sample(capsys, db_path):
    code, out, err = run(capsys, "--db", str(db_path), "import-text", str(SAMPLE), "--dry-run",
                         "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"meeting", "announced_count", "report_date", "instruments"}
    assert data["announced_count"] is None  # «подписан ряд документов»: no number
    m = data["meeting"]
    assert (m["date"], m["city"], m["venue"], m["countries"]) == (
        None, "Бишкек", "«Ынтымак Ордо»", ["KG", "RU"])  # (the text never says when)
    assert data["report_date"] == "2025-11-26"  # the page's date, offered
    assert m["participants"] == ["Садыр Жапаров", "Владимир Путин"]
    got = [(i["kind"], i["level"], [(p["name"], p["country"]) for p in i["parties"]])
           for i in data["instruments"]]
    assert got == [(k, lvl, who) for k, lvl, who, _s in SAMPLE_EXPECTED]
    assert data["instruments"][0]["subject"] == "стратегическое планирование"
    assert data["instruments"][4]["subject"] == "кардиология"
    assert [i["amends"] for i in data["instruments"]] == [None] * 5 + [
        {"title": "Договор между КР и РФ о развитии военно-технического сотрудничества",
         "date": "2017-06-20"}, None]
    assert not db_path.exists()  # a dry run on a registry that is not there creates none


def test_dry_run_writes_nothing_to_an_existing_registry(capsys, db_location):
    with Registry.open(db_location) as reg:
        log = len(reg.audit_log(1000))
    code, out, _err = run(capsys, "--db", db_location, "import-text", str(SAMPLE), "--dry-run")
    assert code == 0 and "Переговоры Жапарова и Путина" in out
    with Registry.open(db_location) as reg:
        assert reg.count_instruments() == 0 and reg.meetings().total == 0
        assert len(reg.audit_log(1000)) == log


def test_import_writes_everything(capsys, db_location, tmp_path):
    copy = tmp_path / "cp1251.txt"
    copy.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    code, out, err = run(capsys, "--db", db_location, "import-text", str(copy), "--format",
                         "json")
    assert code == 1 and "--meeting-date 2025-11-26" in err  # the text gives no date
    code, out, err = run(capsys, "--db", db_location, "import-text", str(copy), "--format",
                         "json", "--meeting-date", "2025-11-26")  # the clerk's
    assert code == 0, err
    ids = json.loads(out)["imported_ids"]
    assert len(ids) == 7
    with Registry.open(db_location) as reg:
        assert reg.count_instruments() == 8  # and the placeholder 2017 treaty
        meeting, = reg.meetings().rows
        assert meeting.instrument_count == 7 and meeting.city == "Бишкек"
        protocol = reg.instrument(ids[5])
        rel, = protocol.relations
        assert rel.kind == "amends" and rel.other_signed_date.isoformat() == "2017-06-20"


def test_bad_input_is_one_line(capsys, db_path, tmp_path):
    code, _out, err = run(capsys, "--db", str(db_path), "import-text", str(tmp_path / "no.txt"),
                          "--dry-run")
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00" * 100)
    code, _out, err = run(capsys, "--db", str(db_path), "import-text", str(binary))
    assert code == 1 and "Traceback" not in err
    assert not db_path.exists()


def test_a_text_without_dates_cannot_be_written_half(capsys, db_location, tmp_path):
    text = tmp_path / "undated.txt"
    text.write_text("Стороны подписали Соглашение между Правительством КР и Правительством РК "
                    "о туризме.", encoding="utf-8")
    code, _out, err = run(capsys, "--db", db_location, "import-text", str(text))
    assert code == 1 and err.strip()
    with Registry.open(db_location) as reg:
        assert reg.count_instruments() == 0 and reg.meetings().total == 0


DATELINE_ONLY = ("Бишкек, 14.03.25. /Кабар/. Президенты провели переговоры, по итогам которых "
                 "подписано Соглашение между Кабинетом министров Кыргызской Республики и "
                 "Правительством Республики Казахстан о туризме.\n")


def test_a_report_dated_only_by_its_dateline_needs_the_clerks_date(capsys, tmp_path,
                                                                   db_location):
    text = tmp_path / "dateline.txt"
    text.write_text(DATELINE_ONLY, encoding="utf-8")
    code, out, _err = run(capsys, "--db", db_location, "import-text", str(text), "--dry-run",
                          "--format", "json")
    data = json.loads(out)
    assert (data["meeting"]["date"], data["report_date"]) == (None, "2025-03-14")
    assert data["instruments"][0]["signed_date"] is None  # offered, never assumed
    code, out, err = run(capsys, "--db", db_location, "import-text", str(text))
    assert code != 0 and "--meeting-date 2025-03-14" in err and "даты встречи" in err
    code, _out, err = run(capsys, "--db", db_location, "import-text", str(text),
                          "--meeting-date", "14.03")
    assert code == 2 and "2025-11-26" in err  # how to write it
    code, out, err = run(capsys, "--db", db_location, "import-text", str(text),
                         "--meeting-date", "2025-03-14")
    assert code == 0, err
    with Registry.open(db_location) as reg:
        meeting, = reg.meetings().rows
        row = reg.instrument(reg.list_instruments().rows[0].id).row
    assert meeting.start_date.isoformat() == "2025-03-14"
    assert (row.signed_date.isoformat(), row.meeting_id) == ("2025-03-14", meeting.id)
