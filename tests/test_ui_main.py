"""The main window driven as a clerk would: navigation, delete and undo, the trash, Action
needed, the error dialog, the first start, and the program started as a process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from models.records import InstrumentFilter
pytest.register_assert_rewrite("ui_support")
from ui_support import show_page, wait_loaded, wait_query

pytest_plugins = ("ui_support",)  # the window and answers fixtures

ROOT = Path(__file__).resolve().parent.parent


def test_opens_on_action_needed_with_the_eight_demo_instruments(window):
    from ui.main_window import DEADLINES, INSTRUMENTS

    assert window.stack.currentIndex() == DEADLINES  # the demo has overdue procedures
    assert window.nav.item(DEADLINES).text() == "Требуют действий (4)"
    window.show_page(INSTRUMENTS)
    assert window.instruments.model.rowCount() == 8
    assert window.instruments.count_label.text() == "Найдено документов: 8"
    assert "Документов: 8" in window.counts.text()


def test_opens_on_instruments_when_nothing_is_due(qtbot, registry):
    from app.settings import Settings
    from ui.main_window import INSTRUMENTS, MainWindow
    from ui.ui_state import UiState

    from ui.main_window import DEADLINES

    win = MainWindow(registry, Settings(), UiState())
    qtbot.addWidget(win)
    wait_loaded(qtbot, win)
    assert win.stack.currentIndex() == INSTRUMENTS
    assert win.nav.item(DEADLINES).text() == "Требуют действий"
    show_page(qtbot, win, DEADLINES)
    assert win.deadlines.summary.text() == "В этот период сроков нет."


def test_action_needed_lists_the_overdue_internal_procedures(window):
    view = window.deadlines
    rows = view.model.rows
    assert len(rows) == 4
    assert {r.kind for r in rows} == {"internal_procedures"}
    assert all(r.overdue for r in rows)
    assert view.model.index(0, 2).data() == "Внутригосударственные процедуры не завершены"
    assert view.model.index(0, 1).data() == "просрочено на 184 дн."
    assert view.model.index(0, 1).data(Qt.ForegroundRole).name() == "#c62828"
    titles = " ".join(r.title for r in rows)
    assert "Протокол о внесении изменений" in titles and "кампуса КРСУ" in titles


def test_action_needed_opens_the_instrument(window, monkeypatch):
    opened = []
    monkeypatch.setattr(window, "open_instrument", lambda i=None, prefill=None: opened.append(i))
    window.deadlines.open_requested.disconnect()
    window.deadlines.open_requested.connect(window.open_instrument)
    table = window.deadlines.table
    table.setCurrentIndex(table.model().index(0, 0))
    window.deadlines.open_button.click()
    assert opened == [window.deadlines.model.rows[0].instrument_id]


def _select_title(qtbot, view, fragment: str) -> int:
    model = view.model
    row = next(r for r in range(model.rowCount()) if fragment in model.row_at(r).title)
    view.table.selectRow(row)
    return model.row_at(row).id


def test_delete_goes_to_the_trash_and_is_restored_from_there(qtbot, window, answers):
    from ui.main_window import INSTRUMENTS, TRASH

    window.show_page(INSTRUMENTS)
    deleted = _select_title(qtbot, window.instruments, "кампуса КРСУ")
    qtbot.keyClick(window.instruments.table, Qt.Key_Delete)
    assert "кампуса КРСУ" in answers.asked[0]
    wait_query(qtbot, window.instruments.model, 7)
    assert "Удалено «Соглашение между Кабинетом министров" in window.message.text()
    assert window.undo_button.isVisible()

    window.show_page(TRASH)
    trash = window.trash
    wait_query(qtbot, trash.instruments, 1)
    assert trash.instruments.row_at(0).id == deleted
    assert trash.instrument_label.text() == "Удалённые документы: 1"
    trash.instrument_table.selectRow(0)
    trash.restore_instruments.click()
    wait_query(qtbot, trash.instruments, 0)
    wait_query(qtbot, window.instruments.model, 8)
    assert window.registry.count_instruments(InstrumentFilter(deleted=True)) == 0


def test_cancelled_delete_changes_nothing(qtbot, window, answers):
    from ui.main_window import INSTRUMENTS

    answers.yes = False
    window.show_page(INSTRUMENTS)
    _select_title(qtbot, window.instruments, "Протокол")
    window.delete_action.trigger()
    assert answers.asked and window.registry.count_instruments() == 8
    assert not window.undo_button.isVisible()


def test_undo_from_the_status_bar_brings_back_the_deleted_meeting(qtbot, window, answers):
    from ui.main_window import MEETINGS

    show_page(qtbot, window, MEETINGS)
    window.meetings.table.selectRow(0)
    window.delete_action.trigger()
    assert window.registry.meetings().total == 0
    qtbot.waitUntil(lambda: window.meetings.model.rowCount() == 0)
    qtbot.mouseClick(window.undo_button, Qt.LeftButton)
    assert window.registry.meetings().total == 1
    qtbot.waitUntil(lambda: window.meetings.model.rowCount() == 1)
    assert not window.undo_button.isVisible()
    assert window.message.text() == "Восстановлено."


def test_opening_an_instrument_uses_the_editor(qtbot, window, monkeypatch):
    """Enter on a row opens it (the editor itself belongs to its own tests)."""
    from ui.main_window import INSTRUMENTS

    opened = []
    monkeypatch.setattr(window, "open_instrument", lambda i=None, prefill=None: opened.append(i))
    window.instruments.open_requested.disconnect()
    window.instruments.open_requested.connect(window.open_instrument)
    window.show_page(INSTRUMENTS)
    table = window.instruments.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, 1))
    qtbot.keyClick(table, Qt.Key_Return)
    assert opened == [window.instruments.model.row_at(2).id]


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.stack.currentWidget() is window.instruments
    assert window.instruments.filter_bar.search.hasFocus()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_dialog_with_the_log_path(qtbot, window, monkeypatch,
                                                             answers, caplog, tmp_path):
    from ui import errors
    from ui.main_window import MEETINGS

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = tmp_path / "kelishim.log"
    errors.install_excepthook(log_path)

    def broken(meeting_id):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(window.registry, "delete_meeting", broken)
    show_page(qtbot, window, MEETINGS)
    window.meetings.table.selectRow(0)
    window.delete_action.trigger()  # the slot raises; the program goes on
    assert len(answers.told) == 1
    message = answers.told[0]
    assert "Что-то пошло не так" in message and "RuntimeError" in message
    assert "Traceback" not in message and "disk on fire" not in message
    assert message.endswith(str(log_path))
    assert "Traceback" in caplog.text and "disk on fire" in caplog.text
    assert window.isVisible()


def test_first_start_on_an_empty_registry_loads_the_example(qtbot, registry):
    from ui.first_start import FirstStartDialog, is_new, offer_first_start

    assert is_new(registry)
    seen = []

    def click_example():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.demo_button.click()

    QTimer.singleShot(0, click_example)
    offer_first_start(registry)
    assert isinstance(seen[0], FirstStartDialog)
    assert seen[0].windowTitle() == "Добро пожаловать в Kelishim"
    assert registry.count_instruments() == 8
    assert not is_new(registry)


def test_first_start_declined_is_not_offered_again(qtbot, registry):
    from ui.first_start import is_new, offer_first_start

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().empty_button.click())
    offer_first_start(registry)
    assert registry.count_instruments() == 0
    assert not is_new(registry)


def test_the_program_starts_and_stays_up(tmp_path, user_dirs):
    """`python main.py --db PATH` on a demo database, offscreen: the window comes up and the
    program is still running seconds later, with no traceback."""
    db = tmp_path / "started.db"
    log = user_dirs / "state" / "Kelishim" / "log" / "kelishim.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "main.py", "--db", str(db), "demo"], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=60)
    proc = subprocess.Popen([sys.executable, "main.py", "--db", str(db)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30  # generous: the machine may be busy
        while not (log.exists() and "Main window shown" in log.read_text(encoding="utf-8")):
            assert proc.poll() is None, proc.communicate()[1].decode(errors="replace")
            assert time.monotonic() < deadline, "the main window did not come up"
            time.sleep(0.2)
        time.sleep(3)
        assert proc.poll() is None, proc.communicate()[1].decode(errors="replace")
    finally:
        proc.kill()
        _out, err = proc.communicate(timeout=10)
    assert b"Traceback" not in err
