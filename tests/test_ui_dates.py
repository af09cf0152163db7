"""Dates as clerks type them: 05.12.2026, 5.12.2026, 05/12/2026, 2026-12-05 in every date
field; 12.2026 and 2026 where the record can hold a date known to the month or the year; the
message under a field always names the text now in it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.settings import Settings

FORMS = ("05.12.2026", "5.12.2026", "05/12/2026", "2026-12-05", "05122026", "5/12/2026",
         "05-12-2026")
DECEMBER_5 = date(2026, 12, 5)


@pytest.fixture(autouse=True)
def closing_discards(monkeypatch):
    """A form left changed by a failed test closes without asking (no modal box waiting)."""
    from PySide6.QtWidgets import QMessageBox

    from ui import widgets

    monkeypatch.setattr(widgets, "ask_unsaved", lambda parent: QMessageBox.Discard)


def type_text(widget, text: str) -> None:
    """Key by key, as a clerk types (the field's validator sees every key)."""
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, char))


def retype(edit, text: str) -> None:
    edit.edit.selectAll()
    QApplication.sendEvent(edit.edit, QKeyEvent(QEvent.KeyPress, Qt.Key_Backspace,
                                                Qt.NoModifier))
    type_text(edit.edit, text)


@pytest.mark.parametrize("text", FORMS)
def test_every_usual_form_is_one_date(text):
    from ui.date_field import parse_date, parse_date_text

    assert parse_date(text) == DECEMBER_5
    assert parse_date_text(text, partial=True) == (DECEMBER_5, "day")


@pytest.mark.parametrize("text, expected", [
    ("12.2026", (date(2026, 12, 1), "month")), ("3.2019", (date(2019, 3, 1), "month")),
    ("2019-03", (date(2019, 3, 1), "month")), ("03/2019", (date(2019, 3, 1), "month")),
    ("1991", (date(1991, 1, 1), "year")),
    ("31.02.2026", None), ("13.2026", None), ("2026-13-01", None), ("5.12.26", None),
    ("0000", None), ("", None), ("05.12", None)])
def test_a_month_or_a_year_alone_where_the_field_allows_it(text, expected):
    from ui.date_field import parse_date, parse_date_text

    assert parse_date_text(text, partial=True) == expected
    assert parse_date(text) is None  # a field that needs the day


def test_the_signature_date_takes_every_form_and_how_exactly_it_is_known(qtbot, registry):
    from ui.editor.instrument import InstrumentEditor

    editor = InstrumentEditor(registry, Settings())
    qtbot.addWidget(editor)
    editor.show()
    field = editor.signed_date
    for text in FORMS:
        retype(field, text)
        assert field.text() == text  # nothing dropped: "2026-12-05" stayed, not "20261205"
        draft = editor.draft()
        assert (draft.signed_date, draft.signed_date_precision) == (DECEMBER_5, "day"), text
    field.edit.editingFinished.emit()
    assert field.text() == "05.12.2026"  # tidied when the clerk leaves the field
    retype(field, "1991")
    assert editor.precision.currentData() == "year"
    assert (editor.draft().signed_date, editor.draft().signed_date_precision) == (
        date(1991, 1, 1), "year")
    retype(field, "03.2019")
    assert editor.precision.currentData() == "month"
    editor.precision.setCurrentIndex(editor.precision.findData("year"))
    assert field.text() == "2019"  # the choice shows the date as exactly as it is known
    editor.mark_clean()


def test_a_record_known_to_the_year_opens_as_the_year(qtbot, registry):
    from models.records import InstrumentDraft, PartyDraft
    from ui.editor.instrument import InstrumentEditor

    draft = InstrumentDraft(title="Договор о дружбе", kind="treaty", level="interstate",
                            signed_date=date(1991, 1, 1), signed_date_precision="year",
                            is_placeholder=True, parties=[PartyDraft(name="Кыргызская Республика",
                                                                     country="KG")])
    iid = registry.save_instrument(draft)
    editor = InstrumentEditor(registry, Settings(), instrument_id=iid)
    qtbot.addWidget(editor)
    assert editor.signed_date.text() == "1991"
    assert editor.precision.currentData() == "year"
    assert not editor.is_dirty()


def test_the_message_names_the_text_now_in_the_field(qtbot, registry):
    from ui.editor.instrument import InstrumentEditor

    editor = InstrumentEditor(registry, Settings())
    qtbot.addWidget(editor)
    editor.show()
    label = editor._labels["signed_date"][0]
    retype(editor.signed_date, "31.02.2025")
    qtbot.waitUntil(lambda: "31.02.2025" in label.text())
    retype(editor.signed_date, "31.02.2026")  # no date either: the message still follows
    qtbot.waitUntil(lambda: "31.02.2026" in label.text())
    assert "31.02.2025" not in label.text()
    assert "11.2025 или 2025" in label.text()  # the forms this field takes
    retype(editor.signed_date, "2025-12-05")
    qtbot.waitUntil(lambda: not label.isVisible())
    editor.mark_clean()


def test_every_date_field_of_the_program_takes_the_usual_forms(qtbot, demo_registry):
    from ui.filter_bar import FilterBar
    from ui.date_field import OptionalDateEdit
    from ui.import_dialog import ImportTextDialog
    from ui.editor.instrument import InstrumentEditor
    from ui.editor.meeting import MeetingEditor
    from ui.organisation_dialog import OrganisationDialog

    registry, settings = demo_registry, Settings()
    editor = InstrumentEditor(registry, settings,
                              instrument_id=registry.demo.instrument_ids["protocol"])
    meeting = MeetingEditor(registry, settings, meeting_id=registry.demo.meeting_id)
    widgets = [editor, meeting, ImportTextDialog(registry, settings),
               OrganisationDialog(registry, registry.organisations()[0].id),
               FilterBar(registry.countries(), registry.sectors())]
    fields = []
    for widget in widgets:
        qtbot.addWidget(widget)
        fields += widget.findChildren(OptionalDateEdit)
    assert len(fields) >= 9
    for field in fields:
        for text in ("05/12/2026", "2026-12-05", "5.12.2026"):
            retype(field, text)
            assert field.date() == DECEMBER_5, (field.parentWidget(), text)
            assert field.is_valid()
    for dialog in (editor, meeting):
        dialog.mark_clean()
