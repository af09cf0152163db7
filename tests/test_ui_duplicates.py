"""What the clerk sees of duplicates: the editor's question before saving a record that is
already in the registry."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.test_ui_editor import editor_for, type_text

pytest_plugins = ("ui_support",)

SANITARY = ("Соглашение между кабинетом министров КР и правительством РФ о сотрудничестве в "
            "области обеспечения санитарно-эпидемиологического благополучия населения")


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Discard)


def typed_again(qtbot, registry):
    """The sanitary agreement of the demo typed in again, worded as the press release has it,
    its parties picked from the list of organisations."""
    editor = editor_for(qtbot, registry)
    type_text(editor.title, SANITARY)
    editor.kind.setCurrentIndex(editor.kind.findData("agreement"))
    editor.level.setCurrentIndex(editor.level.findData("intergovernmental"))
    type_text(editor.signed_date.edit, "26.11.2025")
    for row, name in zip(editor.parties.rows, ("Кабинет министров Кыргызской Республики",
                                               "Правительство Российской Федерации")):
        type_text(row.body.lineEdit(), name)
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=2000)
    return editor


@pytest.mark.parametrize("choice", [-1, 0, 1])
def test_saving_a_record_already_there_asks_to_open_it_or_save_anyway(qtbot, demo_registry,
                                                                      answers, choice):
    editor = typed_again(qtbot, demo_registry)
    opened = []
    editor.open_requested.connect(opened.append)
    answers.choice = choice  # Cancel, Open it, Save anyway
    saved = editor.save()
    question, = answers.asked
    assert question.startswith("Того же вида, с той же датой и сторонами: 2025/СГ-0003 "
                               "«Соглашение между Кабинетом министров Кыргызской Республики")
    assert question.endswith("Открыть его или всё равно сохранить?")
    sanitary = demo_registry.demo.instrument_ids["sanitary"]
    assert opened == ([sanitary] if choice == 0 else [])
    assert saved == (choice == 1)
    assert demo_registry.count_instruments() == 8 + (choice == 1)
    assert editor.is_dirty() == (choice != 1)  # nothing typed is lost


def test_an_edited_record_is_asked_about_only_when_what_identifies_it_changes(
        qtbot, demo_registry, answers):
    sanitary = demo_registry.demo.instrument_ids["sanitary"]
    editor = editor_for(qtbot, demo_registry, instrument_id=sanitary)
    type_text(editor.responsible_clerk, "Асанова")
    assert editor.save() and answers.asked == []
    krsu = demo_registry.demo.instrument_ids["krsu"]
    other = editor_for(qtbot, demo_registry, instrument_id=krsu)
    other.title.setPlainText(SANITARY)
    answers.choice = -1
    assert not other.save()
    assert "2025/СГ-0003" in answers.asked[0]


def analysed(qtbot, registry):
    """The press-release dialog with the Bishkek sample analysed."""
    from app.settings import Settings
    from tests.test_import_text import SAMPLE
    from tests.test_ui_import_text import analyse
    from ui.import_dialog import ImportTextDialog

    dialog = ImportTextDialog(registry, Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    analyse(qtbot, dialog, SAMPLE.read_text(encoding="utf-8"))
    return dialog


def test_the_press_release_after_the_demo_marks_every_draft_and_adds_nothing(
        qtbot, demo_registry, answers):
    from PySide6.QtCore import Qt

    from ui.import_dialog import SUMMARY

    dialog = analysed(qtbot, demo_registry)
    ids = demo_registry.demo.instrument_ids
    entries = [dialog.documents.item(n) for n in range(dialog.documents.count())]
    assert len(entries) == 7 and all(e.checkState() == Qt.Unchecked for e in entries)
    assert entries[1].text().endswith("⚠ Уже есть в реестре: 2025/СГ-0001")
    assert dialog.count.text() == "Выбрано 0 из 7; уже есть в реестре: 7"
    assert "встреча уже есть в реестре" in dialog.meeting_note.text().lower()
    dialog.documents.setCurrentRow(4)
    note = dialog.document.duplicate_note
    assert note.isVisible() and note.text() == (  # (the text never says when they signed)
        "Уже есть в реестре: 2025/МВ-0001 (того же вида и с теми же странами, сходное "
        "наименование (в тексте нет даты)). Импортируется, только если вы его отметите.")
    assert "«Меморандум о взаимопонимании между Министерством" in note.toolTip()
    opened = []
    dialog.open_requested.connect(opened.append)
    qtbot.mouseClick(dialog.document.open_duplicate, Qt.LeftButton)
    assert opened == [ids["cardiology"]]
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)  # nothing ticked: the summary
    assert dialog.pages.currentIndex() == SUMMARY and answers.asked == []
    summary = dialog.summary
    assert summary.heading.text() == "Ничего не добавлено"
    assert summary.counts.text() == ("Добавлено: 0. Пропущено как уже имеющиеся в реестре: 7.")
    assert summary.skipped.rowCount() == 7
    assert summary.skipped.item(1, 0).text().startswith("Соглашение между кабинетом министров "
                                                        "КР и правительством РФ о правовом")
    assert summary.skipped.item(1, 1).text() == "2025/СГ-0001"
    with qtbot.waitSignal(dialog.show_requested) as shown:
        qtbot.mouseClick(summary.show_button, Qt.LeftButton)
    assert sorted(shown.args[0]) == sorted(ids[k] for k in ids if k != "treaty-2017")
    assert demo_registry.count_instruments() == 8 and demo_registry.meetings().total == 1


def test_a_draft_ticked_all_the_same_is_imported_and_counted(qtbot, demo_registry, answers):
    from PySide6.QtCore import Qt

    dialog = analysed(qtbot, demo_registry)
    dialog.documents.item(6).setCheckState(Qt.Checked)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert "Из них уже есть в реестре: 1; они окажутся в нём дважды." in answers.asked[0]
    added, = signal.args[0]
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.summary.heading.text() == "Импорт завершён"
    assert dialog.summary.counts.text().startswith("Добавлено: 1. Пропущено как уже имеющиеся "
                                                   "в реестре: 6.")
    assert added in dialog.summary.ids and len(dialog.summary.ids) == 7
    assert demo_registry.count_instruments() == 9
    assert demo_registry.instrument(added).row.meeting_id == demo_registry.demo.meeting_id


def test_the_spreadsheet_of_records_already_there_lists_them_and_imports_nothing(
        qtbot, demo_registry, tmp_path):
    from app.settings import Settings
    from exporters.table import export_table
    from models.records import InstrumentFilter
    from ui.table_import_dialog import TableImportDialog

    exported = tmp_path / "e.csv"
    export_table(demo_registry, InstrumentFilter(), exported, "csv")
    dialog = TableImportDialog(demo_registry, Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.open_file(exported)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.plan is not None, timeout=20000)
    assert dialog.summary.text() == ("Все строки уже есть в реестре: импортировать нечего (см. "
                                     "примечания; двойной щелчок открывает запись).")
    assert dialog.problems.rowCount() == 8 and not dialog.import_button.isEnabled()
    assert dialog.problems.item(0, 2).text().startswith("Примечание: Уже есть в реестре: ")
    opened = []
    dialog.open_requested.connect(opened.append)
    dialog.problems.cellDoubleClicked.emit(4, 2)
    assert opened == [dialog.plan.repeated[4].duplicate.id]
    dialog.allow_duplicates.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.allow_duplicates.setChecked(False)
    assert not dialog.import_button.isEnabled()
    assert demo_registry.count_instruments() == 8


def test_show_them_lists_just_the_records_of_the_import(qtbot, demo_registry):
    from tests.ui_support import wait_loaded, wait_query
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    from app.settings import Settings

    window = MainWindow(demo_registry, Settings(), UiState())
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window)
    ids = demo_registry.demo.instrument_ids
    window.show_instruments([ids["post"], ids["krsu"]])
    view = window.instruments
    wait_query(qtbot, view.model, 2)
    assert view.only_bar.isVisible()
    assert view.only_label.text() == "Показаны документы импорта: 2."
    view.show_all_button.click()
    wait_query(qtbot, view.model, 8)
    assert not view.only_bar.isVisible()


def test_typing_a_former_name_offers_the_body_that_bears_it_now(qtbot, demo_registry):
    from PySide6.QtCore import QModelIndex

    editor = editor_for(qtbot, demo_registry)
    row = editor.parties.rows[1]
    type_text(row.body.lineEdit(), "Правительство К")
    first = row.body.suggestions.item(0)
    assert first.text() == ("Кабинет министров Кыргызской Республики — прежнее название "
                            "«Правительство Кыргызской Республики» (до 2021)")
    row.body.completer().activated[QModelIndex].emit(first.index())
    assert row.body.currentText() == "Кабинет министров Кыргызской Республики"
    assert row.party().organisation_id == row.body.organisation().id
    assert row.country.code() == "KG" and not row.country.isEnabled()
    # The former name typed in full is that body too.
    other = editor.parties.rows[0]
    other.body.lineEdit().clear()
    type_text(other.body.lineEdit(), "Правительство Кыргызской Республики")
    assert other.body.organisation().name == "Кабинет министров Кыргызской Республики"
    assert "прежнее название" in other.origin.text()


def test_the_country_of_a_new_body_is_read_from_its_name(qtbot, demo_registry):
    editor = editor_for(qtbot, demo_registry)
    row = editor.parties.rows[1]
    type_text(row.body.lineEdit(), "Правительство Республики Казахстан")
    assert row.country.code() == "KZ" and row.country.isEnabled()
    assert row.kind.code() == "government"
    # A country the clerk chose stays whatever the name says.
    chosen = editor.parties.rows[0]
    chosen.body.lineEdit().clear()
    chosen.country.set_code("UZ")
    chosen.country.activated.emit(chosen.country.currentIndex())
    type_text(chosen.body.lineEdit(), "Министерство транспорта РФ")
    assert chosen.country.code() == "UZ"


def test_a_party_without_a_country_keeps_save_disabled_and_says_why(qtbot, demo_registry):
    editor = editor_for(qtbot, demo_registry)
    type_text(editor.title, "Меморандум о сотрудничестве в горнодобывающей отрасли")
    editor.kind.setCurrentIndex(editor.kind.findData("memorandum_of_cooperation"))
    editor.level.setCurrentIndex(editor.level.findData("other"))
    type_text(editor.signed_date.edit, "01.02.2026")
    kg, company = editor.parties.rows
    type_text(kg.body.lineEdit(), "Кабинет министров Кыргызской Республики")
    type_text(company.body.lineEdit(), "ЗАО «Кумтор Голд Компани»")
    assert company.country.code() == ""
    editor.revalidate()
    assert not editor.save_button.isEnabled()
    editor.show_all_problems()
    assert "Выберите страну стороны 2 или вид «Международная организация»." in \
        editor.summary.toolTip()
    company.kind.set_code("international_organisation")
    editor.revalidate()
    assert editor.save_button.isEnabled()
    company.kind.set_code("company")
    company.country.set_code("CA")
    editor.revalidate()
    assert editor.save_button.isEnabled()


def test_other_names_of_a_body_are_added_and_removed_in_its_dialog(qtbot, demo_registry):
    from ui.organisation_dialog import OrganisationDialog

    cabinet, = demo_registry.organisations(text="Кабинет министров Кыргызской")
    dialog = OrganisationDialog(demo_registry, cabinet.id)
    qtbot.addWidget(dialog)
    assert dialog.other_names.item(0).text() == ("Правительство Кыргызской Республики "
                                                 "(до 05.05.2021)")
    type_text(dialog.other_name, "Кабмин КР")
    dialog.add_other_name()
    dialog.save()
    found = demo_registry.organisation(cabinet.id)
    assert found.other_names[-1] == ("Кабмин КР", None)
    assert [o.id for o in demo_registry.organisations(text="кабмин")] == [cabinet.id]
    again = OrganisationDialog(demo_registry, cabinet.id)
    qtbot.addWidget(again)
    again.other_names.item(1).setSelected(True)
    again.remove_other_name()
    again.save()
    assert [n for n, _u in demo_registry.organisation(cabinet.id).other_names] == [
        "Правительство Кыргызской Республики"]


def test_a_new_body_takes_the_country_its_name_gives(qtbot, demo_registry):
    from ui.organisation_dialog import OrganisationDialog

    dialog = OrganisationDialog(demo_registry)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Министерство энергетики Республики Таджикистан")
    assert dialog.country.code() == "TJ"


def test_a_country_read_from_an_earlier_name_does_not_stay(qtbot, demo_registry):
    editor = editor_for(qtbot, demo_registry)
    row = editor.parties.rows[1]
    type_text(row.body.lineEdit(), "Правительство Республики Казахстан")
    assert row.country.code() == "KZ"
    row.body.lineEdit().clear()
    type_text(row.body.lineEdit(), "ЗАО «Кумтор Голд Компани»")
    assert row.country.code() == ""
    first = editor.parties.rows[0]  # starts with the home country
    first.body.lineEdit().clear()
    type_text(first.body.lineEdit(), "Министерство транспорта РФ")
    assert first.country.code() == "RU"
    first.body.lineEdit().clear()
    type_text(first.body.lineEdit(), "Мэрия города Бишкек")
    assert first.country.code() == "KG"


def test_the_merge_dialog_offers_the_differing_fields_and_merges(qtbot, demo_registry,
                                                                 answers):
    from tests.test_merging import twin
    from ui.merge_dialog import MergeDialog

    sanitary, other = twin(demo_registry)
    dialog = MergeDialog(demo_registry, sanitary, other)
    qtbot.addWidget(dialog)
    dialog.show()
    assert {"title", "subject", "sectors"} <= set(dialog.choices)
    assert "registry_number" not in dialog.choices
    assert dialog.take() == {"subject"}  # the survivor has none
    assert dialog.moves.text().startswith("К записи 2025/СГ-0003 перейдут: событий — 0 "
                                          "(совпадающих с её собственными, остаются на месте "
                                          "— 1)")
    dialog.keep.button(1).setChecked(True)  # the imported one stays: it takes the sectors
    assert "sectors" in dialog.take() and "title" not in dialog.take()
    dialog.keep.button(0).setChecked(True)
    dialog.choices["title"].button(1).setChecked(True)
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.merge_button.click()
    assert "Объединить 2025/СГ-0004 с 2025/СГ-0003?" in answers.asked[0]
    result = merged.args[0]
    assert (result.survivor_id, result.merged_id) == (sanitary, other)
    assert demo_registry.instrument(sanitary).row.title.startswith("Соглашение между кабинетом "
                                                                   "министров КР")
    assert demo_registry.count_instruments() == 8


def test_two_records_merged_from_the_list_and_undone(qtbot, demo_registry, answers):
    from PySide6.QtCore import QItemSelectionModel

    from app.settings import Settings
    from tests.test_merging import twin
    from tests.ui_support import show_page, wait_loaded, wait_query
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    sanitary, other = twin(demo_registry)
    window = MainWindow(demo_registry, Settings(), UiState())
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window)
    show_page(qtbot, window, 0)
    view = window.instruments
    wait_query(qtbot, view.model, 9)
    for record in (sanitary, other):
        view.table.selectionModel().select(view.model.index(view.model.row_of(record), 0),
                                           QItemSelectionModel.Select
                                           | QItemSelectionModel.Rows)
    assert sorted(view.selected_ids()) == sorted([sanitary, other]), answers.told
    dialog = window.merge_selected()  # the window's: deleted when it closes
    assert dialog is not None, answers.told
    dialog.merge()
    wait_loaded(qtbot, window)
    assert window.message.text() == "Запись 2025/СГ-0004 объединена с 2025/СГ-0003."
    assert demo_registry.count_instruments() == 8 and window.undo_button.isVisible()
    window.undo_delete()
    assert window.message.text() == "Объединение отменено."
    assert demo_registry.count_instruments() == 9
