"""Spreadsheet import: files read whatever their encoding and delimiter, values mapped, every
problem reported by row and column, duplicates found, all or nothing."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from cli.app import main
from importers.tables.mapping import load_mapping, parse_mapping
from importers.tables.plan import ImportRefused, prepare, write
from importers.tables.problems import TableError
from importers.tables.reading import read_table
from models.records import InstrumentFilter
from models.registry import Registry

from conftest import TODAY

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "tables"
MAPPINGS = ROOT / "mappings"


def messages(plan, lang="en"):
    return [p.message(lang) for p in plan.problems]


def test_cp1251_semicolon_register_imports_with_precisions_parties_and_events(registry):
    table = read_table(DATA / "register-cp1251.csv")
    assert table.delimiter == ";" and table.encoding.replace("_", "").lower() in (
        "cp1251", "windows1251")
    assert table.header[2] == "Наименование"
    plan = prepare(registry, DATA / "register-cp1251.csv",
                   load_mapping(DATA / "register-cp1251.json"))
    assert plan.problems == []
    ids = write(registry, plan)
    assert len(ids) == 3
    rows = {r.registry_number: r for r in registry.list_instruments(limit=None).rows}
    first = registry.instrument(rows["КР-2019-001"].id)
    assert first.row.title.startswith("Соглашение между Правительством Кыргызской")
    assert (first.row.kind, first.row.level) == ("agreement", "intergovernmental")
    assert [(p.name, p.country) for p in first.row.parties] == [
        ("Правительство Кыргызской Республики", "KG"), ("Правительство Республики Казахстан",
                                                       "KZ")]
    assert [(e.kind, e.act_date) for e in first.events] == [("entered_into_force",
                                                              date(2019, 9, 1))]
    memo = rows["КР-2020-002"]
    assert (memo.signed_date, memo.signed_date_precision) == (date(2020, 3, 1), "month")
    assert memo.parties[1].country == "UZ"  # "[Узбекистан]": a country name, not a code
    programme = rows["КР-2021-003"]
    assert programme.signed_date_precision == "year"
    assert [p.country for p in programme.parties] == ["KG", "TJ"]  # КР, РТ


def test_every_problem_is_reported_by_row_and_column_and_nothing_is_written(registry):
    plan = prepare(registry, DATA / "register-problems.csv",
                   load_mapping(DATA / "register-cp1251.json"))
    text = messages(plan)
    assert "row 2, column Дата подписания: The date “31.06.2019” does not exist." in text
    assert any(t.startswith("row 3, column Уровень: Unknown value “Иной”") for t in text)
    assert any(t.startswith("row 3, column Дата подписания: The date “2019-05-05?” is marked "
                            "as uncertain") for t in text)
    assert "row 4, column Дата подписания: The date “0000-00-00” is unknown." in text
    assert any(t.startswith("row 5, column Вид: Unknown value “Пакт”") for t in text)
    assert "row 5, column Стороны: Unknown country “Атлантида”." in text
    assert "row 6, column Вступил в силу: The date “2699-01-01” is impossible." in text
    assert ("row 8, column Наименование: The same instrument as row 7; the row is left out."
            in text)
    assert any(t.startswith("row 9, column Стороны: An instrument needs at least two parties")
               for t in text)
    assert [r.row for r in plan.ready] == [7, 10]
    assert [r.row for r in plan.repeated] == [8]
    with pytest.raises(ImportRefused) as refused:
        write(registry, plan)
    assert "6 row(s)" in refused.value.message("en")
    assert registry.count_instruments() == 0


def test_skip_invalid_imports_the_good_rows_only(registry):
    plan = prepare(registry, DATA / "register-problems.csv",
                   load_mapping(DATA / "register-cp1251.json"))
    ids = write(registry, plan, skip_invalid=True)
    assert len(ids) == 2
    assert sorted(r.registry_number for r in registry.list_instruments(limit=None).rows) == [
        "Б-5", "Б-9"]


def test_a_row_the_registry_refuses_rolls_back_the_whole_file(registry, tmp_path,
                                                              monkeypatch):
    # The import has no checks of its own for a draft as a whole: the registry's (its plan's)
    # refuse the row once, at its column; the file is not written, none of the rows before
    # it either.
    from models.registry import instruments
    from models import validation

    checked = []
    real = validation.validate_instrument

    def counted(draft, today):
        checked.append(draft.title)
        return real(draft, today)

    monkeypatch.setattr(instruments, "validate_instrument", counted)
    path = tmp_path / "two.csv"
    path.write_text("Рег. номер,Наименование,Вид,Уровень,Дата подписания,Стороны\n"
                    "A-1,Соглашение один,Соглашение,Межправительственный,01.02.2006,"
                    "\"Кабинет министров КР [KG]; Правительство РФ [RU]\"\n"
                    "A-2,Соглашение два,Соглашение,Межправительственный,01.02.2007,"
                    "Кабинет министров КР [KG]\n", encoding="utf-8")
    plan = prepare(registry, path, load_mapping(DATA / "register-basic.json"))
    assert messages(plan) == [
        "row 3, column Стороны: An instrument needs at least two parties; 1 given."]
    assert [r.row for r in plan.ready] == [2] and [r.row for r in plan.skipped] == [3]
    assert checked == ["Соглашение один", "Соглашение два"]  # each draft checked once
    with pytest.raises(ImportRefused) as refused:
        write(registry, plan)
    assert refused.value.problems[0].message("en") == (
        "row 3, column Стороны: An instrument needs at least two parties; 1 given.")
    assert registry.count_instruments() == 0
    assert len(write(registry, plan, skip_invalid=True)) == 1
    assert checked == ["Соглашение один", "Соглашение два"]  # not checked again


def test_only_a_plan_the_registry_made_is_written_and_only_once(registry, tmp_path):
    from models.bulk import BulkPlan
    from models.errors import RegistryError

    path = tmp_path / "one.csv"
    path.write_text("Рег. номер,Наименование,Вид,Уровень,Дата подписания,Стороны\n"
                    "A-1,Соглашение один,Соглашение,Межправительственный,01.02.2006,"
                    "\"Кабинет министров КР [KG]; Правительство РФ [RU]\"\n", encoding="utf-8")
    plan = prepare(registry, path, load_mapping(DATA / "register-basic.json"))
    with registry._read() as s:
        forged = BulkPlan(registry, s, registry.today())  # not made by Registry.planning
    with pytest.raises(RegistryError) as refused:
        registry.save_plan(forged)
    assert "not checked by this registry" in refused.value.message("en")
    other = Registry.open(tmp_path / "other.db")
    try:
        with pytest.raises(RegistryError) as refused:
            other.save_plan(plan.bulk)
        assert "not checked by this registry" in refused.value.message("en")
    finally:
        other.close()
    assert len(write(registry, plan)) == 1
    with pytest.raises(RegistryError) as refused:
        registry.save_plan(plan.bulk)
    assert "already saved" in refused.value.message("en")
    assert registry.count_instruments() == 1


def test_duplicates_against_the_registry_by_number_and_by_title_date_parties(demo_registry,
                                                                               tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text(
        "Рег. номер,Наименование,Вид,Уровень,Дата подписания,Стороны\n"
        "2025/МВ-0001,Новый меморандум,Меморандум о взаимопонимании,Межведомственный,"
        "01.02.2025,\"Минздрав КР [KG]; Минздрав РФ [RU]\"\n"
        ",Соглашение о намерениях между ОАО «Кыргыз почтасы» и АО «Почта России»,"
        "Соглашение о намерениях,Иной (между организациями),26.11.2025,"
        "\"ОАО «Кыргыз почтасы» [KG]; АО «Почта России» [RU]\"\n", encoding="utf-8")
    plan = prepare(demo_registry, path, load_mapping(DATA / "register-basic.json"))
    text = messages(plan)
    assert text[0].startswith("row 2, column Рег. номер: Already in the registry: the registry "
                              "number 2025/МВ-0001 is taken by “Меморандум о взаимопонимании")
    assert text[1].startswith("row 3, column Наименование: Already in the registry: 2025/СН-0001 "
                              "“Соглашение о намерениях между ОАО «Кыргыз почтасы»")
    assert plan.ready == [] and [r.row for r in plan.skipped] == [2]
    assert [r.row for r in plan.repeated] == [3]
    assert plan.repeated[0].duplicate.id == demo_registry.demo.instrument_ids["post"]


@pytest.mark.parametrize("name, expected", [
    ("empty.csv", "is empty"),
    ("garbage.bin", "is neither a CSV text nor an XLSX workbook"),
    ("not-a-workbook.xlsx", "is not a readable XLSX workbook"),
    ("header-only.csv", "has no column"),
    ("missing.csv", "Cannot read"),
])
def test_unusable_files_give_one_clear_error(registry, name, expected):
    with pytest.raises(TableError) as error:
        prepare(registry, DATA / name, load_mapping(DATA / "register-basic.json"))
    assert expected in error.value.message("en")


def test_hostile_workbook_cells_are_reported_not_run_or_crashing(registry):
    plan = prepare(registry, DATA / "hostile.xlsx", load_mapping(DATA / "register-basic.json"))
    text = messages(plan)
    assert "row 2, column Наименование: The title is required." in text  # a formula: no value
    assert any(t.startswith("row 3, column Вид: Unknown value “True”") for t in text)
    assert ("row 4, column Наименование: The cell holds 16810 characters; at most 10000 are "
            "accepted.") in text
    assert any(t.startswith("row 5, column Уровень: Unknown value “42”") for t in text)
    assert plan.ready == []


@pytest.mark.parametrize("data, expected", [
    ({}, "an object with “fields” is expected"),
    ({"fields": {"colour": {"column": "A"}}}, "unknown field “colour”"),
    ({"fields": {"title": {"colum": "A"}}}, "unknown keys: colum"),
    ({"fields": {"kind": {"column": "A"}}}, "“title” must be mapped"),
    ({"fields": {"title": {"column": "A"}}, "events": [{"kind": "x", "column": "B"}]},
     "unknown event kind “x”"),
])
def test_malformed_mappings_are_refused(data, expected):
    with pytest.raises(TableError) as error:
        parse_mapping(data)
    assert expected in error.value.message("en")


def test_command_line_all_or_nothing_dry_run_and_skip_invalid(tmp_path, capsys):
    db = tmp_path / "cli.db"

    def run(*args):
        code = main(["--db", str(db), "--lang", "en", *args])
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)

    bad = [str(DATA / "register-problems.csv"), "--map", str(DATA / "register-cp1251.json")]
    refused = run("import-table", *bad)
    assert refused.returncode == 1
    assert "row 2, column Дата подписания: The date “31.06.2019” does not exist." in \
        refused.stderr
    assert "Nothing was imported: 6 row(s) have problems" in refused.stderr
    assert "Traceback" not in refused.stderr
    dry = run("import-table", *bad, "--skip-invalid", "--dry-run")
    assert dry.returncode == 0 and "2 row(s) would be imported" in dry.stdout
    done = run("import-table", *bad, "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert "Imported 2 instrument(s)" in done.stdout
    assert "Left out 6 row(s) with problems: 2, 3, 4, 5, 6, 9." in done.stdout
    assert "Left out 1 row(s) already in the registry: 8" in done.stdout
    listed = json.loads(run("list", "--format", "json").stdout)
    assert sorted(x["registry_number"] for x in listed) == ["Б-5", "Б-9"]
    garbage = run("import-table", str(DATA / "garbage.bin"), "--map",
                  str(DATA / "register-basic.json"))
    assert garbage.returncode == 1 and "Traceback" not in garbage.stderr
    assert len(garbage.stderr.strip().splitlines()) == 1


DATASETS = ROOT / "tests" / "data" / "datasets"  # the first 300 rows of ../shared/datasets/


def _sample(tmp_path, name: str, rows: int) -> Path:
    lines = (DATASETS / name.replace(".csv", "-first-300.csv")).read_text(
        encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / name
    path.write_text("".join(lines[:rows + 1]), encoding="utf-8")
    return path


def test_ieadb_sample_imports_through_its_mapping_with_bad_dates_reported(registry,
                                                                           tmp_path):
    plan = prepare(registry, _sample(tmp_path, "ieadb-treaties.csv", 300),
                   load_mapping(MAPPINGS / "ieadb-treaties.json"))
    text = messages(plan)
    assert ("row 27, column Signature Date: “0000-00-00” stands for an unknown date; the year "
            "1826 from the column “Signature Year” is recorded.") in text
    assert ("row 163, column Date IEA entered into force: Entry into force (25.10.1905) is "
            "before signature (26.10.1905).") in text
    assert any(t.startswith("row 73, column Date IEA entered into force: “2899-01-01” stands "
                            "for an unknown date") for t in text)
    assert [r.row for r in plan.skipped] == [163, 217, 271]
    # The 1925 protocol on the Lake of the Woods, listed twice (rows 255 and 257) worded two
    # ways, only one of them naming the countries: too little alike to be left out.
    assert plan.repeated == []
    ids = write(registry, plan, skip_invalid=True)
    assert len(ids) == 297
    rows = {r.registry_number: r for r in registry.list_instruments(limit=None).rows}
    number = "IEADB-" + list(csv.reader(open(DATASETS / "ieadb-treaties-first-300.csv",
                                             encoding="utf-8")))[26][0]
    assert (rows[number].signed_date, rows[number].signed_date_precision) == (
        date(1826, 1, 1), "year")
    british = registry.list_instruments(InstrumentFilter(country="GB"), limit=None).rows
    assert british and registry.instrument(british[0].id).is_placeholder


def test_huggo_sample_imports_through_its_mapping_with_uncertain_dates_reported(registry,
                                                                                 tmp_path):
    plan = prepare(registry, _sample(tmp_path, "huggo-agreements.csv", 300),
                   load_mapping(MAPPINGS / "huggo-agreements.json"))
    text = messages(plan)
    assert ("row 118, column Signature: The date “1897-05-15?” is marked as uncertain; it is "
            "not imported as a guess. Enter the exact date or leave the cell empty.") in text
    assert any(t.startswith("row 43, column End: “9999-12-31” stands for an unknown date")
               for t in text)
    skipped = [r.row for r in plan.skipped]
    assert {14, 15, 98, 118, 259, 262} <= set(skipped)
    ids = write(registry, plan, skip_invalid=True)
    assert len(ids) == 300 - len(skipped)
    found = registry.list_instruments(InstrumentFilter(text="England Castile"), limit=None).rows
    assert [r.signed_date for r in found] == [date(1351, 8, 1)]
    # A second import of the same rows finds them all in the registry.
    again = prepare(registry, _sample(tmp_path, "huggo-agreements.csv", 300),
                    load_mapping(MAPPINGS / "huggo-agreements.json"))
    assert again.ready == []


def _two_rows(tmp_path) -> Path:
    path = tmp_path / "two.csv"
    path.write_text("Рег. номер,Наименование,Вид,Уровень,Дата подписания,Стороны\n"
                    "A-1,Соглашение о сотрудничестве в области геологии,Соглашение,"
                    "Межправительственный,01.02.2006,"
                    "\"Кабинет министров КР [KG]; Правительство РФ [RU]\"\n"
                    ",Соглашение о сотрудничестве в области метрологии,Соглашение,"
                    "Межправительственный,01.02.2007,"
                    "\"Кабинет министров КР [KG]; Правительство РФ [RU]\"\n", encoding="utf-8")
    return path


def test_an_instrument_another_clerk_saved_after_the_check_refuses_the_import(
        registry, db_location, tmp_path):
    plan = prepare(registry, _two_rows(tmp_path), load_mapping(DATA / "register-basic.json"))
    assert plan.problems == [] and len(plan.ready) == 2
    with Registry.open(db_location, today=lambda: TODAY) as other:  # the other clerk
        other.user = "bakyt"
        other.save_instrument(replace(plan.draft(plan.ready[1])))
    with pytest.raises(ImportRefused) as refused:
        write(registry, plan)
    assert [p.message("en") for p in refused.value.problems][0].startswith(
        "row 3, column Наименование: bakyt saved 2007/СГ-0001 “Соглашение о сотрудничестве в "
        "области метрологии”, the same instrument, after the check; nothing was imported.")
    assert registry.count_instruments() == 1  # the other clerk's only
    # checked again, the row is left out as already in the registry; the other comes in
    plan = prepare(registry, _two_rows(tmp_path), load_mapping(DATA / "register-basic.json"))
    assert [r.row for r in plan.repeated] == [3]
    assert len(write(registry, plan)) == 1 and registry.count_instruments() == 2


def test_an_instrument_another_clerk_changed_after_the_check_into_a_row_refuses_the_import(
        registry, db_location, tmp_path):
    """The check for duplicates found nothing; then another clerk corrected an instrument on
    file into the one a row holds: the import is refused inside the write lock."""
    rows = prepare(registry, _two_rows(tmp_path), load_mapping(DATA / "register-basic.json"))
    on_file = registry.save_instrument(replace(rows.draft(rows.ready[1]), title="Протокол о связи",
                                               kind="protocol"))
    plan = prepare(registry, _two_rows(tmp_path), load_mapping(DATA / "register-basic.json"))
    assert plan.problems == [] and len(plan.ready) == 2
    with Registry.open(db_location, today=lambda: TODAY) as other:
        other.user = "aida"
        other.save_instrument(replace(rows.draft(rows.ready[1]), id=on_file))
    with pytest.raises(ImportRefused) as refused:
        write(registry, plan)
    assert [p.message("en") for p in refused.value.problems][0].startswith(
        "row 3, column Наименование: aida saved ")
    assert registry.count_instruments() == 1


def test_a_number_another_clerk_took_after_the_check_refuses_the_import(
        registry, db_location, tmp_path):
    plan = prepare(registry, _two_rows(tmp_path), load_mapping(DATA / "register-basic.json"))
    with Registry.open(db_location, today=lambda: TODAY) as other:
        other.save_instrument(replace(plan.draft(plan.ready[1]), registry_number="A-1"))
    with pytest.raises(ImportRefused) as refused:
        write(registry, plan)
    assert [p.message("en") for p in refused.value.problems][0] == (
        "row 2, column Рег. номер: The registry number A-1 is already taken.")
    assert registry.count_instruments() == 1


def test_rows_of_one_list_worded_otherwise_are_two_instruments(registry, tmp_path):
    """A list gives each instrument once: rows of one date and kind whose titles differ only by
    a code or a number (the BCH Code, Protocol 1) are all imported; a row repeated word for
    word is left out."""
    source = tmp_path / "amendments.csv"
    header = "Рег. номер,Наименование,Вид,Уровень,Дата подписания,Стороны,Вступил в силу\n"
    parties = "Кабинет министров КР [KG]; Правительство РФ [RU]"
    lines = [f"Б-{n},{title},Соглашение,Межправительственный,10.07.1996,{parties},\n"
             for n, title in enumerate((
                 "Соглашение об изменениях в Протокол 1 Конвенции о судоходстве",
                 "Соглашение об изменениях в Кодекс BCH Конвенции о судоходстве",
                 "Соглашение об изменениях в Кодекс IBC Конвенции о судоходстве",
                 "Соглашение об изменениях в Кодекс IBC Конвенции о судоходстве"), 1)]
    source.write_text(header + "".join(lines), encoding="utf-8")
    plan = prepare(registry, source, load_mapping(DATA / "register-cp1251.json"))
    assert [r.row for r in plan.ready] == [2, 3, 4]
    assert [r.row for r in plan.repeated] == [5]


@pytest.mark.parametrize("again", [False, True])
def test_a_sheet_checked_a_batch_at_a_time_finds_repeats_across_batches(registry, tmp_path,
                                                                         monkeypatch, again):
    """Rows are converted, checked and planned a batch at a time, their drafts kept on disk
    by the plan: a row repeating one of an earlier batch (read back from disk) is still left
    out, numbers repeated across batches still found, and the plan writes every row once."""
    from models import bulk
    from importers.tables import plan as tables_plan

    monkeypatch.setattr(tables_plan, "BATCH", 2)
    monkeypatch.setattr(bulk, "CHUNK", 2)
    source = tmp_path / "batches.csv"
    header = "Рег. номер,Наименование,Вид,Уровень,Дата подписания,Стороны,Вступил в силу\n"
    parties = "Кабинет министров КР [KG]; Правительство РФ [RU]"
    rows = [("Б-1", "Соглашение о сотрудничестве в области образования", "10.07.1996"),
            ("Б-2", "Соглашение о сотрудничестве в области культуры", "10.07.1996"),
            ("Б-3", "Соглашение о сотрудничестве в области туризма", "11.07.1996"),
            ("", "Соглашение о сотрудничестве в области образования", "10.07.1996"),
            ("Б-3", "Соглашение о сотрудничестве в области спорта", "12.07.1996"),
            ("", "Соглашение о сотрудничестве в области науки", "12.07.1996")]
    source.write_text(header + "".join(
        f"{number},{title},Соглашение,Межправительственный,{day},{parties},\n"
        for number, title, day in rows), encoding="utf-8")
    plan = prepare(registry, source, load_mapping(DATA / "register-cp1251.json"))
    assert [r.row for r in plan.ready] == [2, 3, 4, 7]
    assert [r.row for r in plan.repeated] == [5]
    assert messages(plan) == [
        "row 5, column Наименование: The same instrument as row 2; the row is left out.",
        "row 6, column Рег. номер: The registry number Б-3 is also in row 4."]
    assert plan.draft(plan.ready[1]).title.endswith("культуры")  # read back from disk
    ids = write(registry, plan, skip_invalid=True, allow_duplicates=again)
    titles = ["образования", "культуры", "туризма", *(["образования"] if again else []),
              "науки"]  # in the order of the rows, the repeated one too when allowed
    assert [registry.instrument(i).row.title.split()[-1] for i in ids] == titles
    assert registry.count_instruments() == len(titles)


def test_a_csv_read_as_it_is_gone_through_gives_the_rows_read_at_once(tmp_path):
    source = tmp_path / "stream.csv"
    source.write_bytes("\ufeffРег. номер;Наименование;Стороны\r\n"
                       ";Соглашение «о дружбе»;\"КР [KG];\nРФ [RU]\"\r\n"
                       "\r\n"
                       "A-2;  Протокол  \r\n".encode("utf-8"))
    whole, streamed = read_table(source), read_table(source, stream=True)
    assert streamed.rows == [] and streamed.count == 2
    assert (streamed.header, streamed.encoding, streamed.delimiter) == (
        whole.header, whole.encoding, whole.delimiter)
    assert list(streamed.records()) == list(zip(whole.row_numbers, whole.rows)) == [
        (2, [None, "Соглашение «о дружбе»", "КР [KG];\nРФ [RU]"]), (4, ["A-2", "Протокол", None])]
    assert list(streamed.records()) == list(whole.records())  # read again, alike
    broken = tmp_path / "broken.csv"
    broken.write_bytes("a;b\n1;2\n".encode() + "Соглашение".encode("cp1251") + b"\n")
    assert read_table(broken, stream=True).source is None  # not UTF-8: read at once
