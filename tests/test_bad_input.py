"""Bad input: control characters are refused with the field (and, on import, the row and
column) named; workbooks that unpack to too much, or hold too many rows, are refused at once."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from importers.tables.mapping import load_mapping
from importers.tables.plan import prepare
from importers.tables.problems import TableError
from importers.tables.reading import read_table
from models.errors import ValidationError
from models.records import InstrumentDraft, MeetingDraft, OrganisationDraft, PartyDraft
from models.validation import (control_character, validate_instrument, validate_meeting,
                               validate_organisation)

DATA = Path(__file__).resolve().parent / "data" / "tables"
TODAY = date(2026, 11, 25)


def draft(**changes) -> InstrumentDraft:
    d = InstrumentDraft(title="Соглашение о сотрудничестве", kind="agreement",
                        level="interstate", signed_date=date(2025, 11, 26),
                        parties=[PartyDraft(name="Кыргызская Республика", country="KG"),
                                 PartyDraft(name="Российская Федерация", country="RU")])
    for key, value in changes.items():
        setattr(d, key, value)
    return d


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_control_characters_are_found(char):
    assert control_character(f"Соглашение{char}") == (11, f"U+{ord(char):04X}")


def test_tabs_and_line_breaks_are_allowed():
    assert control_character("строка\tстолбец\r\nещё строка\n") is None
    assert validate_instrument(draft(notes="Стороны:\n\tКР\r\n\tРФ"), TODAY) == []


@pytest.mark.parametrize("field", ["title", "title_en", "subject", "notes",
                                   "registry_number"])
def test_a_control_character_names_its_field(field):
    problems = validate_instrument(draft(**{field: "Текст\x00 с нулём"}), TODAY)
    assert [p.field for p in problems] == [field]
    message = problems[0].message("en")
    assert "U+0000" in message and "position 6" in message
    assert problems[0].message("ru") != message


def test_parties_events_meetings_organisations_are_checked():
    d = draft()
    d.parties[1].signatory_name = "Иванов\x00"
    assert [p.field for p in validate_instrument(d, TODAY)] == ["parties"]
    assert [p.field for p in validate_meeting(MeetingDraft(
        title="Переговоры", start_date=TODAY, venue="Ынтымак\x0bОрдо"))] == ["venue"]
    assert [p.field for p in validate_organisation(OrganisationDraft(
        name="Министерство\x01", country="KG"))] == ["name"]


def test_the_registry_stores_no_control_character(registry):
    with pytest.raises(ValidationError) as err:
        registry.save_instrument(draft(title="Соглашение\x00"))
    assert "U+0000" in err.value.message("en")
    assert registry.count_instruments() == 0


def test_an_import_names_row_and_column(registry, tmp_path):
    source = (DATA / "register-cp1251.csv").read_bytes().decode("cp1251")
    lines = source.splitlines()
    lines[2] = lines[2].replace("Меморандум о взаимопонимании между", "Меморандум\x00 между", 1)
    path = tmp_path / "nul.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    plan = prepare(registry, path, load_mapping(DATA / "register-cp1251.json"))
    blocking = [p.message("en") for p in plan.problems if p.blocking]
    assert len(blocking) == 1
    assert blocking[0].startswith("row 3, column Наименование:") and "U+0000" in blocking[0]
    assert [r.row for r in plan.skipped] == [3]


def workbook(rows: int, width: int = 2) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append([f"Столбец {i}" for i in range(width)])
    for r in range(rows):
        sheet.append([f"значение {r}"] * width)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbook_that_unpacks_to_too_much_is_refused_at_once(tmp_path, monkeypatch):
    import importers.tables.reading as reading

    path = tmp_path / "bomb.xlsx"
    path.write_bytes(workbook(2000))
    unpacked = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    monkeypatch.setattr(reading, "MAX_UNPACKED", unpacked - 1)
    with pytest.raises(TableError) as err:
        read_table(path)
    assert "MB" in err.value.message("en") and "bomb.xlsx" in err.value.message("en")
    monkeypatch.setattr(reading, "MAX_UNPACKED", unpacked)
    assert len(read_table(path).rows) == 2000


def test_too_many_rows_are_refused(tmp_path, monkeypatch):
    import importers.tables.reading as reading

    monkeypatch.setattr(reading, "MAX_ROWS", 100)
    path = tmp_path / "long.xlsx"
    path.write_bytes(workbook(101))
    with pytest.raises(TableError) as err:
        read_table(path)
    assert "100" in err.value.message("en")
    csv_path = tmp_path / "long.csv"
    csv_path.write_text("a;b\n" + "1;2\n" * 101, encoding="utf-8")
    with pytest.raises(TableError):
        read_table(csv_path)
    path.write_bytes(workbook(100))
    assert len(read_table(path).rows) == 100


def test_too_many_columns_are_refused(tmp_path, monkeypatch):
    import importers.tables.reading as reading

    monkeypatch.setattr(reading, "MAX_COLUMNS", 10)
    path = tmp_path / "wide.xlsx"
    path.write_bytes(workbook(3, width=11))
    with pytest.raises(TableError) as err:
        read_table(path)
    assert "11" in err.value.message("en")
