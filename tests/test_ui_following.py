"""The screens follow other clerks' changes within seconds, on both engines, without losing the
clerk's selection, scroll position or what they are typing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from conftest import TODAY
from models.records import EventDraft
from models.registry import Registry
from test_clerks_turns import draft
from test_ui_editor import editor_for, type_text
from ui import following
from ui.main_window import DEADLINES, INSTRUMENTS, MEETINGS

from ui_support import show_page, wait_loaded

pytest_plugins = ("ui_support",)

FOLLOWED_WITHIN_MS = 8000  # the poll (2 s) and the reload, on a busy test machine


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Discard)


@pytest.fixture
def bakyt(demo_registry, db_location):
    """Another clerk's program on the same registry."""
    other = Registry.open(db_location, today=lambda: TODAY)
    other.user = "bakyt"
    yield other
    other.close()


def ids_shown(model) -> list[int]:
    return [model.row_at(r).id for r in range(min(model.rowCount(), 50))]


def test_the_list_follows_another_clerks_save_and_keeps_the_selection(qtbot, window, bakyt):
    show_page(qtbot, window, INSTRUMENTS)
    view = window.instruments
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    chosen = rows[2]
    view.table.selectRow(2)
    assert view.selected_ids() == [chosen.id]
    theirs = bakyt.instrument(rows[0].id).to_draft()
    bakyt.save_instrument(replace(theirs, title=theirs.title + " (в редакции Бакыта)"))
    new_id = bakyt.save_instrument(draft(900))
    qtbot.waitUntil(lambda: view.model.total == len(rows) + 1, timeout=FOLLOWED_WITHIN_MS)
    wait_loaded(qtbot, window)
    titles = [view.model.row_at(r).title for r in range(view.model.rowCount())]
    assert any(t.endswith("(в редакции Бакыта)") for t in titles)
    assert new_id in ids_shown(view.model)
    assert view.selected_ids() == [chosen.id]  # wherever its row is now
    assert "9" in window.counts.text()  # Instruments: 9


def test_a_long_list_keeps_its_scroll_position_and_selection(qtbot, demo_registry, window,
                                                             bakyt):
    demo_registry.save_instruments([draft(n) for n in range(300)])
    window.refresh_all()
    wait_loaded(qtbot, window)
    table, model = window.instruments.table, window.instruments.model
    window.resize(1024, 768)
    show_page(qtbot, window, INSTRUMENTS)
    bar = table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.row_at(model.rowCount() - 1) is not None, timeout=5000)
    last = model.rowCount() - 1
    table.selectRow(last - 3)
    chosen = window.instruments.selected_ids()
    scroll = table.verticalScrollBar().value()
    assert scroll > 0 and chosen

    bakyt.save_instrument(replace(bakyt.instrument(chosen[0]).to_draft(),
                                  notes="Бакыт: сверено с оригиналом"))
    before = window.follower.mark
    qtbot.waitUntil(lambda: window.follower.mark != before, timeout=FOLLOWED_WITHIN_MS)
    wait_loaded(qtbot, window)
    qtbot.wait(50)  # the scroll position is put back once the view has laid out the rows
    assert window.instruments.selected_ids() == chosen
    assert table.verticalScrollBar().value() == scroll


def test_an_open_editor_keeps_what_the_clerk_typed(qtbot, window, demo_registry, bakyt):
    iid = window.instruments.model.row_at(0).id
    editor = editor_for(qtbot, demo_registry, instrument_id=iid)
    type_text(editor.subject, " (уточняю)")
    typed = editor.subject.toPlainText()
    bakyt.save_instrument(replace(bakyt.instrument(iid).to_draft(), notes="Бакыт"))
    before = window.follower.mark
    qtbot.waitUntil(lambda: window.follower.mark != before, timeout=FOLLOWED_WITHIN_MS)
    wait_loaded(qtbot, window)
    assert editor.subject.toPlainText() == typed and editor.is_dirty()


def test_action_needed_and_its_count_follow(qtbot, window, bakyt):
    show_page(qtbot, window, DEADLINES)
    before = window.deadlines.model.rowCount()
    soon = TODAY + timedelta(days=20)
    # an agreement for one year, in force a year less twenty days ago: it expires in 20 days
    new = replace(draft(901), signed_date=soon.replace(year=soon.year - 1), duration_years=1,
                  events=[EventDraft(kind="entered_into_force",
                                     act_date=soon.replace(year=soon.year - 1))])
    bakyt.save_instrument(new)
    qtbot.waitUntil(lambda: window.deadlines.model.rowCount() == before + 1,
                    timeout=FOLLOWED_WITHIN_MS)
    wait_loaded(qtbot, window)
    assert window.nav.item(DEADLINES).text() == f"Требуют действий ({before + 1})"


def test_meetings_follow_when_shown(qtbot, window, bakyt):
    show_page(qtbot, window, MEETINGS)
    before = len(window.meetings.model.rows)
    meeting = bakyt.meeting(window.meetings.model.rows[0].id).to_draft()
    bakyt.save_meeting(replace(meeting, id=None, uuid=None, row_version=None, follow_ups=None,
                               title="Заседание, добавленное Бакытом"))
    qtbot.waitUntil(lambda: len(window.meetings.model.rows) == before + 1,
                    timeout=FOLLOWED_WITHIN_MS)


def test_the_follower_asks_cheaply_and_sees_only_changes(demo_registry, bakyt):
    first = demo_registry.change_mark()
    assert demo_registry.change_mark() == first  # nothing changed
    bakyt.set_setting("touched", "yes")
    assert demo_registry.change_mark() != first


def test_the_poll_interval_is_seconds():
    assert 500 <= following.FOLLOW_INTERVAL_MS <= 3000
