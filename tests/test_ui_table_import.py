"""The spreadsheet import and export dialogs, driven as a clerk would."""

from __future__ import annotations

import json
from pathlib import Path

from app.settings import Settings
from models.records import InstrumentFilter

pytest_plugins = ("ui_support",)  # the answers fixture (message boxes answered)
DATA = Path(__file__).resolve().parent / "data" / "tables"


def _dialog(qtbot, registry):
    from ui.table_import_dialog import TableImportDialog

    dialog = TableImportDialog(registry, Settings())
    qtbot.addWidget(dialog)
    return dialog


def _check(qtbot, dialog):
    dialog.check()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.plan is not None, timeout=10000)


def test_dialog_maps_checks_and_imports_a_small_file(qtbot, registry, tmp_path):
    dialog = _dialog(qtbot, registry)
    assert dialog.open_file(DATA / "register-cp1251.csv")
    assert dialog.preview.rowCount() == 3 and dialog.preview.columnCount() == 8
    assert dialog.preview.item(0, 2).text().startswith("Соглашение между Правительством")
    # Guessed from the Russian headers: title, kind, level, date of signature.
    assert dialog.combos["title"].currentText() == "Наименование"
    assert dialog.combos["signed_date"].currentText() == "Дата подписания"
    parties = dialog.combos["parties"]
    parties.setCurrentIndex(parties.findText("Стороны"))
    number = dialog.combos["registry_number"]
    number.setCurrentIndex(number.findText("Рег. номер"))
    _check(qtbot, dialog)
    assert dialog.problems.rowCount() == 0 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        dialog.start_import()
    assert signal.args == [3]
    qtbot.waitUntil(lambda: dialog.task is None)
    assert registry.count_instruments() == 3
    # The mapping is remembered for this layout and offered for the next file like it.
    again = _dialog(qtbot, registry)
    again.open_file(DATA / "register-cp1251.csv")
    assert again.combos["parties"].currentText() == "Стороны"
    assert again.combos["registry_number"].currentText() == "Рег. номер"
    saved = list((Path(Settings.path()).parent / "mappings").glob("*.json"))
    assert len(saved) == 1 and json.loads(saved[0].read_text())["parties"]["column"] == "Стороны"
    # Importing it twice: every row is reported as already there, and nothing is imported.
    _check(qtbot, again)
    assert again.problems.rowCount() == 3 and not again.import_button.isEnabled()


def test_dialog_shows_problems_by_row_and_imports_nothing_until_told(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.open_file(DATA / "register-problems.csv")
    assert dialog.load_mapping(DATA / "register-cp1251.json")
    _check(qtbot, dialog)
    rows = [dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())]
    assert rows[:2] == ["2", "3"] and "9" in rows
    assert dialog.problems.item(0, 1).text() == "Дата подписания"
    assert "31.06.2019" in dialog.problems.item(0, 2).text()
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        dialog.start_import()
    assert signal.args == [2] and registry.count_instruments() == 2
    assert "2, 3, 4, 5, 6, 9" in dialog.summary.text()


def test_dialog_refuses_garbage_with_a_message(qtbot, registry, answers):
    dialog = _dialog(qtbot, registry)
    assert not dialog.open_file(DATA / "garbage.bin")
    assert answers.told and "CSV" in answers.told[0]
    assert not dialog.check_button.isEnabled()


def test_export_dialog_writes_the_filtered_list(qtbot, demo_registry, tmp_path):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(demo_registry, Settings(), InstrumentFilter(country="RU",
                                                                      kind="agreement"))
    qtbot.addWidget(dialog)
    assert "3" in dialog.scope.text()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert not dialog.days.isVisibleTo(dialog)
    dialog.path.setText(str(tmp_path / "out.csv"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert text.count("\n2025/СГ-") == 3
    dialog.format.setCurrentIndex(dialog.format.findData("ics"))
    assert dialog.path.text().endswith("out.ics") and dialog.days.isVisibleTo(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert (tmp_path / "out.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "out.ics" in dialog.result.text()


def test_the_programs_own_english_export_shows_its_columns_mapped(qtbot, demo_registry,
                                                                  tmp_path):
    from exporters.table import export_table

    export_table(demo_registry, InstrumentFilter(), tmp_path / "list.csv", "csv", lang="en")
    dialog = _dialog(qtbot, demo_registry)
    assert dialog.open_file(tmp_path / "list.csv")
    # The export's own mapping names each column in three languages: the English one shows.
    assert dialog.combos["title"].currentText() == "Title"
    assert dialog.combos["parties"].currentText() == "Parties"
    assert dialog.combos["signed_date"].currentText() == "Date of signature"
    _check(qtbot, dialog)  # (read by those columns: every row is found already on file)
    assert len(dialog.plan.repeated) == demo_registry.count_instruments() > 0
