"""The meeting editor driven as a clerk would: a meeting typed in and saved, its problems,
its documents, and "New instrument" pre-filled from the meeting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.settings import Settings

pytest.register_assert_rewrite("test_ui_editor")
from test_ui_editor import discard_on_close, type_text  # noqa: E402,F401 (an autouse fixture)


def meeting_editor(qtbot, registry, meeting_id=None):
    from ui.editor.meeting import MeetingEditor

    editor = MeetingEditor(registry, Settings(), meeting_id=meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def add_country(editor, name: str) -> None:
    picker = editor.countries.picker
    picker.setCurrentIndex(picker.findText(name))
    editor.countries.add_button.click()


def test_a_meeting_typed_in_is_saved(qtbot, registry, tmp_path):
    editor = meeting_editor(qtbot, registry)
    assert editor.windowTitle() == "Новая встреча"
    assert not editor.new_button.isEnabled()  # documents come after the first save
    type_text(editor.title, "Заседание межправительственной комиссии")
    editor.kind.setCurrentIndex(editor.kind.findData("commission_session"))
    type_text(editor.start.edit, "10.06.2026")
    type_text(editor.end.edit, "11.06.2026")
    type_text(editor.city, "Астана")
    add_country(editor, "Казахстан")
    add_country(editor, "Кыргызстан")
    add_country(editor, "Казахстан")  # twice is once
    assert editor.countries.codes() == ["KZ", "KG"]
    programme = tmp_path / "programme.pdf"
    programme.write_bytes(b"%PDF-1.4 programme of the session")
    editor.attachments.add_files([programme])  # kept until the meeting is saved
    assert registry.meetings().total == 0
    qtbot.waitUntil(editor.save_button.isEnabled)
    with qtbot.waitSignal(editor.saved) as signal:
        qtbot.mouseClick(editor.save_button, Qt.LeftButton)

    detail = registry.meeting(signal.args[0])
    assert detail.row.title == "Заседание межправительственной комиссии"
    assert detail.row.kind == "commission_session"
    assert (detail.row.start_date, detail.row.end_date) == (date(2026, 6, 10), date(2026, 6, 11))
    assert detail.row.city == "Астана" and detail.row.countries == ("KG", "KZ")
    assert [a.original_name for a in detail.attachments] == ["programme.pdf"]
    assert editor.windowTitle() == "Встреча 10.06.2026"
    assert editor.new_button.isEnabled()


def test_a_meeting_ending_before_it_starts_cannot_be_saved(qtbot, registry):
    editor = meeting_editor(qtbot, registry)
    type_text(editor.title, "Консультации")
    type_text(editor.start.edit, "10.06.2026")
    qtbot.waitUntil(editor.save_button.isEnabled)
    type_text(editor.end.edit, "09.06.2026")
    label = editor._labels["end_date"][0]
    qtbot.waitUntil(label.isVisible)
    assert "09.06.2026" in label.text() and "10.06.2026" in label.text()
    assert not editor.save_button.isEnabled()
    assert registry.meetings().total == 0


def test_the_bishkek_meeting_lists_its_documents(qtbot, demo_registry):
    from ui.editor.instrument import InstrumentEditor
    from ui.editor.meeting import DOCUMENTS, TITLE

    editor = meeting_editor(qtbot, demo_registry, demo_registry.demo.meeting_id)
    assert editor.tabs.tabText(DOCUMENTS) == "Подписанные документы (7)"
    assert editor.countries.codes() == ["KG", "RU"]
    titles = [editor.documents.item(r, TITLE).text() for r in range(7)]
    assert any(t.startswith("Протокол о внесении изменений") for t in titles)
    item = editor.documents.item(titles.index(next(t for t in titles
                                                   if t.startswith("Протокол"))), TITLE)
    editor.documents.itemDoubleClicked.emit(item)
    opened = editor.findChildren(InstrumentEditor)
    assert len(opened) == 1
    assert opened[0].instrument_id == demo_registry.demo.instrument_ids["protocol"]


def test_new_instrument_from_the_meeting_is_prefilled(qtbot, demo_registry):
    meeting_id = demo_registry.demo.meeting_id
    editor = meeting_editor(qtbot, demo_registry, meeting_id)
    child = editor.new_instrument()
    assert child.signed_date.date() == date(2025, 11, 26)
    assert child.place.text() == "Бишкек"
    assert child.meeting.currentData() == meeting_id
    # Kyrgyzstan's body to name first, then the counterpart's
    assert [row.country.code() for row in child.parties.rows] == ["KG", "RU"]

    type_text(child.title, "Меморандум о сотрудничестве в области туризма")
    child.kind.set_code("memorandum_of_cooperation")
    child.level.set_code("interagency")
    type_text(child.parties.rows[0].body.lineEdit(),
              "Министерство культуры, информации, спорта и молодёжной политики "
              "Кыргызской Республики")
    type_text(child.parties.rows[1].body.lineEdit(), "Федеральное агентство по туризму")
    qtbot.waitUntil(child.save_button.isEnabled)
    with qtbot.waitSignal(editor.saved):  # the meeting's window hears of it
        qtbot.mouseClick(child.save_button, Qt.LeftButton)
    assert editor.documents.rowCount() == 8
    assert editor.tabs.tabText(1) == "Подписанные документы (8)"
    assert demo_registry.meeting(meeting_id).row.instrument_count == 8


def test_a_meeting_known_to_the_month_is_shown_and_saved_so(qtbot, registry):
    from models.records import MeetingDraft

    meeting_id = registry.save_meeting(MeetingDraft(
        title="Рабочая поездка в ОАЭ", kind="working_visit", start_date=date(2021, 12, 1),
        start_date_precision="month"))
    editor = meeting_editor(qtbot, registry, meeting_id)
    assert editor.start.text() == "12.2021" and editor.windowTitle() == "Встреча 12.2021"
    assert editor.precision.currentData() == "month" and not editor.end.isEnabled()
    assert editor.prefill().signed_date_precision == "month"
    # the clerk learns the days: the start to the day, and an end date
    editor.precision.setCurrentIndex(editor.precision.findData("day"))
    assert editor.start.text() == "01.12.2021"
    editor.start.edit.clear()
    type_text(editor.start.edit, "15.12.2021")
    assert editor.end.isEnabled()
    type_text(editor.end.edit, "16.12.2021")
    qtbot.waitUntil(editor.save_button.isEnabled)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    row = registry.meeting(meeting_id).row
    assert (row.start_date, row.start_date_precision, row.end_date) == \
        (date(2021, 12, 15), "day", date(2021, 12, 16))
