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
    assert seen == ["Ожидание изменения другого пользователя…"]
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
