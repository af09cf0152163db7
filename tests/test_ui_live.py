"""What the window shows stays true: the count beside Action needed after every change and
after a language switch, and a new search shown from its first row."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.settings import Settings

pytest.register_assert_rewrite("ui_support")
from ui_support import wait_loaded  # noqa: E402

pytest_plugins = ("ui_support",)  # the window and answers fixtures


def nav_text(window) -> str:
    from ui.main_window import DEADLINES

    return window.nav.item(DEADLINES).text()


def test_the_action_needed_count_follows_every_change(qtbot, window, answers):
    from ui.main_window import INSTRUMENTS

    assert nav_text(window) == "Требуют действий (4)"
    window.show_page(INSTRUMENTS)  # Action needed not on screen: its count is kept all the same
    wait_loaded(qtbot, window)
    due = window.registry.deadlines(window.deadlines.days.value())
    row = window.instruments.model.row_of(due[0].instrument_id)
    window.instruments.table.selectRow(row)
    window.delete_selected()
    wait_loaded(qtbot, window)
    assert nav_text(window) == "Требуют действий (3)"
    window.undo_delete()
    wait_loaded(qtbot, window)
    assert nav_text(window) == "Требуют действий (4)"


def test_the_action_needed_count_survives_a_language_switch(qtbot, demo_registry):
    from i18n import set_language
    from ui.app import Workspace
    from ui.main_window import INSTRUMENTS
    from ui.qt_translation import install_qt_translators, remove_qt_translators

    app = QApplication.instance()
    remove_qt_translators(app)
    set_language("ru")
    workspace = Workspace(app, demo_registry, Settings(), install_qt_translators(app, "ru", []))
    window = workspace.show()
    wait_loaded(qtbot, window)
    window.show_page(INSTRUMENTS)  # the clerk is on the list: the new window opens there
    workspace.switch_language("ky")
    new = workspace.window
    wait_loaded(qtbot, new)
    assert new.stack.currentIndex() == INSTRUMENTS
    assert nav_text(new) == "Чара көрүү керек (4)"
    new.close()
    remove_qt_translators(app)  # Qt's strings back in English for the next test


def test_a_new_search_starts_at_the_top_of_the_list(qtbot, window):
    from ui.main_window import INSTRUMENTS

    window.show_page(INSTRUMENTS)
    window.resize(1024, 330)  # room for a few rows only
    wait_loaded(qtbot, window)
    table = window.instruments.table
    bar = table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    table.scrollToBottom()
    assert bar.value() > 0
    window.instruments.filter_bar.search.setText("Соглашение")
    qtbot.waitUntil(lambda: window.instruments.model.filter.text == "Соглашение"
                    and not window.busy, timeout=5000)
    assert bar.value() == 0
    # A refresh after a change keeps the place.
    table.scrollToBottom()
    kept = bar.value()
    window.refresh_all()
    wait_loaded(qtbot, window)
    assert bar.value() == kept
