"""The editors when other clerks work on the same registry: a save that meets another clerk's
change waits and says so, and asks before it gives up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from models import locking
from test_ui_editor import editor_for, type_text

from clerks_support import HeldLock

pytest_plugins = ("ui_support",)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Discard)


def first_instrument(registry) -> int:
    return registry.list_instruments(sort="registry_number", descending=False).rows[0].id


def test_a_save_waits_for_another_clerk_and_says_so(qtbot, demo_registry, db_location):
    iid = first_instrument(demo_registry)
    editor = editor_for(qtbot, demo_registry, instrument_id=iid)
    type_text(editor.subject, " (уточнено)")
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=2000)
    seen = []
    with HeldLock(db_location) as other:
        QTimer.singleShot(1600, lambda: seen.append(editor.summary.text()))
        QTimer.singleShot(2500, other.release)
        assert editor.save()
    assert seen == ["<b>Ожидание изменения другого пользователя…</b>"]
    assert editor.summary.text() == ""  # the notice goes once saved
    assert demo_registry.instrument(iid).subject.endswith("(уточнено)")


def test_after_the_limit_the_clerk_chooses_and_nothing_is_lost(qtbot, demo_registry,
                                                               db_location, answers,
                                                               monkeypatch):
    monkeypatch.setattr(locking, "WAIT_LIMIT_SECONDS", 1.2)
    iid = first_instrument(demo_registry)
    before = demo_registry.instrument(iid).subject
    editor = editor_for(qtbot, demo_registry, instrument_id=iid)
    type_text(editor.subject, " (уточнено)")
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=2000)
    answers.yes = False
    with HeldLock(db_location):
        assert not editor.save()
    assert len(answers.asked) == 1
    assert answers.asked[0].startswith("Изменение другого пользователя ещё сохраняется")
    assert answers.told == []  # no second message after the clerk's own choice
    assert demo_registry.instrument(iid).subject == before
    assert editor.is_dirty()  # the clerk's text is still in the form
    answers.yes = True
    assert editor.save()  # the other change is done: saved at the first try
    assert demo_registry.instrument(iid).subject == (before + " (уточнено)").strip()


@pytest.fixture
def bakyt(demo_registry, db_location):
    """A second clerk with the same registry open in a program of their own."""
    from models.registry import Registry

    from conftest import TODAY

    demo_registry.user = "aigul"
    other = Registry.open(db_location, today=lambda: TODAY)
    other.user = "bakyt"
    yield other
    other.close()


def conflict_dialog_then(qtbot, choice: str, seen: dict):
    """When the conflict dialog opens: note what it shows, then press `choice`'s button."""
    from PySide6.QtWidgets import QApplication

    from ui.conflict_dialog import ConflictDialog

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(50, answer)
            return
        table = dialog.table
        seen["title"] = dialog.windowTitle()
        seen["headers"] = [table.horizontalHeaderItem(c).text() for c in range(3)]
        seen["rows"] = [[table.item(r, c).text() for c in range(3)]
                        for r in range(table.rowCount())]
        seen["buttons"] = [b.text() for b in dialog.buttons.buttons()]
        {"keep": dialog.keep_button, "theirs": dialog.theirs_button,
         "back": dialog.back_button}[choice].click()

    QTimer.singleShot(50, answer)


def both_edit(qtbot, demo_registry, bakyt):
    """Айгуль opens the first instrument and changes its subject; meanwhile Бакыт changes
    its notes and subject and saves."""
    iid = first_instrument(demo_registry)
    editor = editor_for(qtbot, demo_registry, instrument_id=iid)
    other = editor_for(qtbot, bakyt, instrument_id=iid)
    other.notes.setPlainText("Оригинал передан в архив")
    other.subject.setPlainText("Медицина")
    assert other.save()
    editor.subject.setPlainText("Здравоохранение")
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=2000)
    return iid, editor


def test_conflict_dialog_shows_their_changes_next_to_mine_and_keeps_mine(
        qtbot, demo_registry, bakyt):
    iid, editor = both_edit(qtbot, demo_registry, bakyt)
    seen = {}
    conflict_dialog_then(qtbot, "keep", seen)
    assert editor.save()
    assert seen["title"] == "Другой пользователь сохранил эту запись"
    assert seen["headers"][0] == "Поле" and seen["headers"][2] == "Ваша версия"
    assert seen["headers"][1].startswith("Их версия (bakyt, ")
    rows = {r[0]: r[1:] for r in seen["rows"]}
    assert rows["Предмет ⚠"] == ["Медицина", "Здравоохранение"]  # both changed it
    assert rows["Примечания"] == ["Оригинал передан в архив",
                                  "(вы не меняли: остаётся их значение)"]
    assert seen["buttons"] and "Оставить мою" in seen["buttons"]
    stored = demo_registry.instrument(iid)
    assert (stored.subject, stored.notes) == ("Здравоохранение", "Оригинал передан в архив")
    assert not editor.is_dirty()  # the form shows what was saved
    assert editor.notes.toPlainText() == "Оригинал передан в архив"
    history = editor.history.table
    assert "Расхождение с версией: bakyt" in history.item(0, 3).text()


def test_take_theirs_shows_their_version_and_keeps_mine_in_the_history(
        qtbot, demo_registry, bakyt):
    iid, editor = both_edit(qtbot, demo_registry, bakyt)
    conflict_dialog_then(qtbot, "theirs", {})
    assert not editor.save()
    assert editor.subject.toPlainText() == "Медицина"
    assert not editor.is_dirty()
    assert demo_registry.instrument(iid).subject == "Медицина"
    entry = demo_registry.history(iid)[0]
    assert (entry.action, entry.user) == ("conflict", "aigul")
    assert entry.changes["subject"] == ["Медицина", "Здравоохранение"]
    assert editor.history.table.item(0, 2).text() == (
        "Введено, но не сохранено: оставлена версия другого пользователя")


def test_back_to_editing_keeps_the_form_as_typed(qtbot, demo_registry, bakyt):
    iid, editor = both_edit(qtbot, demo_registry, bakyt)
    conflict_dialog_then(qtbot, "back", {})
    assert not editor.save()
    assert editor.subject.toPlainText() == "Здравоохранение"
    assert editor.is_dirty()
    assert demo_registry.instrument(iid).subject == "Медицина"


def test_the_conflict_dialog_in_kyrgyz(qtbot, demo_registry, bakyt):
    from i18n import set_language

    set_language("ky")
    iid, editor = both_edit(qtbot, demo_registry, bakyt)
    seen = {}
    conflict_dialog_then(qtbot, "back", seen)
    editor.save()
    assert seen["title"] == "Башка колдонуучу бул жазууну сактады"
    assert seen["headers"][1].startswith("Алардын версиясы (bakyt, ")
    assert set(seen["buttons"]) == {"Меникин калтыруу", "Алардыкын алуу", "Оңдоого кайтуу"}


def test_a_record_moved_to_the_trash_meanwhile(qtbot, demo_registry, bakyt, answers):
    iid = first_instrument(demo_registry)
    editor = editor_for(qtbot, demo_registry, instrument_id=iid)
    type_text(editor.subject, " (уточнено)")
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=2000)
    bakyt.delete_instrument(iid)
    assert not editor.save()
    assert "переместил её в корзину" in answers.told[0]
    assert "восстановите запись из корзины" in answers.told[0]
    assert editor.is_dirty()


def test_an_organisation_saved_by_another_clerk_meanwhile(qtbot, demo_registry, bakyt):
    from ui.organisation_dialog import OrganisationDialog

    org = demo_registry.organisations("здравоохранения")[0]
    dialog = OrganisationDialog(demo_registry, org.id)
    qtbot.addWidget(dialog)
    dialog.short_name.setText("МЗ КР")
    from dataclasses import replace
    bakyt.save_organisation(replace(bakyt.organisation(org.id).to_draft(),
                                    name_en="Ministry of Health"))
    seen = {}
    conflict_dialog_then(qtbot, "keep", seen)
    dialog.save()
    assert {r[0] for r in seen["rows"]} == {"Краткое название", "Название на английском"}
    stored = demo_registry.organisation(org.id)
    assert (stored.short_name, stored.name_en) == ("МЗ КР", "Ministry of Health")
