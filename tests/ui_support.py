"""Fixtures for the tests of the main window (imported by tests/test_ui_*.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.settings import Settings


@pytest.fixture
def window(qtbot, demo_registry):
    """The main window on the demo data, its first queries answered."""
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    win = MainWindow(demo_registry, Settings(), UiState())
    qtbot.addWidget(win)
    win.show()
    wait_loaded(qtbot, win)
    return win


def wait_loaded(qtbot, win) -> None:
    """Until every query of the window has come back from its worker thread."""
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)


def show_page(qtbot, win, page: int) -> None:
    """Go to a screen (it loads when first shown) and wait until it has."""
    win.show_page(page)
    wait_loaded(qtbot, win)


def wait_query(qtbot, model, total: int) -> None:
    qtbot.waitUntil(lambda: not model.loading and model.total == total, timeout=5000)


def column_texts(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.fixture
def answers(monkeypatch):
    """Replace the modal message boxes: `ask` answers from `answers.yes`, `choose` with the
    option `answers.choice` (-1: Cancel), `tell` records."""
    from ui import errors

    class Answers:
        yes = True
        choice = -1
        asked: list[str] = []
        told: list[str] = []

    a = Answers()
    a.asked, a.told = [], []
    monkeypatch.setattr(errors, "ask", lambda parent, title, text, yes_text:
                        a.asked.append(text) or a.yes)
    monkeypatch.setattr(errors, "choose", lambda parent, title, text, options:
                        a.asked.append(text) or a.choice)
    monkeypatch.setattr(errors, "tell", lambda parent, title, text, icon=None:
                        a.told.append(text))
    return a


def survives_session(tmp_path: Path, script: str) -> None:
    """Run a script that ends by printing 'still here' in a fresh Qt process (offscreen), and
    check it got there: crashes that kill a process are caught as a failing test."""
    path = tmp_path / "session.py"
    path.write_text(script, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(path)], cwd=root, capture_output=True,
                          text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "still here"
