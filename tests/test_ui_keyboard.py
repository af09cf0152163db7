"""The keyboard alone: Ctrl+N puts the cursor in the title, Tab walks every window and dialog
through visible, enabled fields and comes back round (no invisible stop, no table or text box
that keeps it), Down from the search reaches the list and Enter opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QFrame, QScrollArea,
                               QStackedWidget, QWidget)

from app.settings import Settings

pytest.register_assert_rewrite("ui_support")
from ui_support import wait_loaded  # noqa: E402

pytest_plugins = ("ui_support",)  # the window fixture
CONTAINERS = (QScrollArea, QStackedWidget)  # nothing to type in, nothing shows the focus


def describe(widget: QWidget) -> str:
    text = widget.accessibleName() or (widget.text() if hasattr(widget, "text")
                                       and callable(widget.text) else "")
    return f"{type(widget).__name__} {text!r} in {type(widget.parentWidget()).__name__}"


def is_a_real_stop(widget: QWidget, window: QWidget) -> bool:
    """Shown, enabled, of some size, inside its window, and something a clerk works with."""
    if isinstance(widget, CONTAINERS) or type(widget) in (QWidget, QFrame):
        return False
    if isinstance(widget, QAbstractScrollArea) and isinstance(widget.parentWidget(),
                                                              QScrollArea):
        return False
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return (widget.isVisible() and widget.isEnabled() and not widget.size().isEmpty()
            and window.rect().intersects(place))


def walk_tab_order(qtbot, window: QWidget, start: QWidget | None = None) -> list[QWidget]:
    """Press Tab from `start` (or the focus) until the focus comes back to where it began;
    every stop on the way must be a real one, and the walk must come back."""
    if start is not None:
        start.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    first = QApplication.focusWidget()
    stops = []
    for _step in range(120):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None
        if focus is first:
            return stops
        assert focus not in stops, f"Tab goes round without coming back: {describe(focus)}"
        assert is_a_real_stop(focus, window), describe(focus)
        stops.append(focus)
    raise AssertionError(f"Tab never comes back; stuck in {describe(stops[-1])}")


def type_text(text: str) -> None:
    """Keys typed into the widget with the focus (QTest types ASCII only)."""
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(QApplication.focusWidget(),
                                   QKeyEvent(kind, 0, Qt.NoModifier, char))


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.resize(984, 708)  # fitted to a 1024×768 screen
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_ctrl_n_puts_the_cursor_in_the_title(qtbot, window):
    from ui.editor.instrument import InstrumentEditor

    window.activateWindow()
    QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(InstrumentEditor) is not None, timeout=2000)
    editor = window.findChild(InstrumentEditor)
    qtbot.waitUntil(lambda: editor.title.hasFocus(), timeout=2000)
    type_text("Соглашение о сотрудничестве")  # into whatever has the focus
    assert editor.title.toPlainText() == "Соглашение о сотрудничестве"
    editor.mark_clean()
    editor.close()


def test_a_meeting_opens_with_the_cursor_in_its_title(qtbot, demo_registry):
    from ui.editor.meeting import MeetingEditor

    editor = shown(qtbot, MeetingEditor(demo_registry, Settings()))
    qtbot.waitUntil(lambda: editor.title.hasFocus(), timeout=2000)
    editor.mark_clean()


def test_tab_walks_every_tab_of_the_instrument_editor(qtbot, demo_registry):
    from ui.editor.instrument import InstrumentEditor

    editor = shown(qtbot, InstrumentEditor(
        demo_registry, Settings(), instrument_id=demo_registry.demo.instrument_ids["protocol"]))
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        stops = walk_tab_order(qtbot, editor, editor.tabs.tabBar())
        assert any(editor.tabs.currentWidget().isAncestorOf(s) for s in stops), tab
    editor.mark_clean()


def test_tab_walks_the_parties_in_reading_order(qtbot, demo_registry):
    from ui.editor.instrument import InstrumentEditor
    from ui.editor.instrument_form import PARTIES

    editor = shown(qtbot, InstrumentEditor(demo_registry, Settings()))
    editor.tabs.setCurrentIndex(PARTIES)
    first, second = editor.parties.rows
    stops = walk_tab_order(qtbot, editor, first.body)
    party_stops = [s for s in stops if first.isAncestorOf(s) or second.isAncestorOf(s)]
    expected = [w for row in (first, second) for w in row.focus_widgets()
                if w.isEnabled()]
    assert party_stops == expected[1:]
    editor.mark_clean()


def test_tab_walks_the_meeting_editor(qtbot, demo_registry):
    from ui.editor.meeting import MeetingEditor

    editor = shown(qtbot, MeetingEditor(demo_registry, Settings(),
                                        meeting_id=demo_registry.demo.meeting_id))
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        walk_tab_order(qtbot, editor, editor.tabs.tabBar())
    editor.mark_clean()


def test_tab_walks_every_dialog(qtbot, demo_registry):
    from models.records import InstrumentFilter
    from ui.about_dialog import AboutDialog
    from ui.export_dialog import ExportDialog
    from ui.import_dialog import ImportTextDialog
    from ui.merge_dialog import MergeDialog
    from ui.organisation_dialog import OrganisationDialog
    from ui.reports_dialog import ReportsDialog
    from ui.settings_dialog import SettingsDialog
    from ui.table_import_dialog import TableImportDialog

    registry, settings = demo_registry, Settings()
    first, second = sorted(registry.demo.instrument_ids.values())[:2]
    for make in (lambda: ImportTextDialog(registry, settings),
                 lambda: TableImportDialog(registry, settings),
                 lambda: ReportsDialog(registry, settings, meeting_id=registry.demo.meeting_id),
                 lambda: ExportDialog(registry, settings, InstrumentFilter()),
                 lambda: MergeDialog(registry, first, second),
                 lambda: OrganisationDialog(registry, registry.organisations()[0].id),
                 lambda: AboutDialog(registry)):
        dialog = shown(qtbot, make())
        if hasattr(dialog, "task"):
            qtbot.waitUntil(lambda d=dialog: d.task is None, timeout=20000)
        walk_tab_order(qtbot, dialog)
        dialog.hide()
    dialog = shown(qtbot, SettingsDialog(settings, str(registry.location), None,
                                         organisation=registry.organisation_names(),
                                         registry=registry))
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: not dialog.backups.loading, timeout=5000)
        walk_tab_order(qtbot, dialog, dialog.tabs.tabBar())


def test_tab_walks_every_screen_of_the_main_window(qtbot, window):
    window.activateWindow()
    for page in range(window.stack.count()):
        window.show_page(page)
        wait_loaded(qtbot, window)
        stops = walk_tab_order(qtbot, window, window.nav)
        assert any(window.views[page].isAncestorOf(s) for s in stops), page


def test_down_from_the_search_reaches_the_list_and_enter_opens(qtbot, window):
    from ui.editor.instrument import InstrumentEditor

    window.activateWindow()
    window.focus_search()
    search = window.instruments.filter_bar.search
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    type_text("протокол")
    table = window.instruments.table
    model = window.instruments.model
    qtbot.waitUntil(lambda: model.filter.text == "протокол" and not window.busy, timeout=5000)
    assert 0 < model.total < 8
    QTest.keyClick(search, Qt.Key_Down)
    assert table.hasFocus()
    assert table.currentIndex().row() == 0 and table.selectionModel().isRowSelected(0)
    QTest.keyClick(table, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(InstrumentEditor) is not None, timeout=2000)
    editor = window.findChild(InstrumentEditor)
    assert editor.instrument_id == window.instruments.model.row_at(0).id
    editor.close()
