"""Shared fixtures: every test gets its own temporary registry and user folders."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.qt_workarounds import pin_singletons  # noqa: E402

pin_singletons()  # a test worker sends as many signals as a day's work: see the module

TODAY = date(2026, 11, 25)  # fixed, so that derived statuses and deadlines are reproducible


def drain_background_work() -> None:
    """Let the work a test started on Qt's thread pool end before its registry closes and the
    next test starts: otherwise a slow machine runs one test's queries during the next one."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path, monkeypatch):
    """Settings, logs and the default database go to a temporary home, never the real one."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "local"))
    monkeypatch.setenv("APPDATA", str(home / "roaming"))
    from i18n import set_language
    set_language("ru")
    yield home
    drain_background_work()
    set_language("ru")


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot, except that the widgets given to `addWidget` stay referenced until
    it has closed and deleted them at teardown.

    pytest-qt holds them by weak reference only. Once the test function returns, a dialog may
    then be kept alive by nothing but a lambda connected to a signal of its own background
    task; when that task deletes itself, freeing the lambda frees the dialog, which deletes
    the task a second time from inside its destructor: a segmentation fault (seen in CI,
    about one run in thirty). In the program every window has a parent or a variable."""
    kept = []
    register = qtbot.addWidget

    def add_widget(widget, *, before_close_func=None):
        kept.append(widget)
        register(widget, before_close_func=before_close_func)

    qtbot.addWidget = add_widget
    yield qtbot
    kept.clear()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "registry.db"


@pytest.fixture
def db_location(db_path) -> str:
    """Where the test's registry lives, as `--db` and `Registry.open` take it."""
    return str(db_path)


@pytest.fixture
def registry(db_location):
    """A fresh, empty registry whose today is TODAY."""
    from models.registry import Registry

    reg = Registry.open(db_location, today=lambda: TODAY)
    yield reg
    drain_background_work()
    reg.close()


@pytest.fixture
def demo_registry(registry):
    """A registry with the Bishkek demo data loaded."""
    from models.demo import load_demo

    registry.demo = load_demo(registry)
    return registry


@pytest.fixture
def old_registry(tmp_path) -> Path:
    """A registry at the first schema revision holding one setting of a clerk's (a = b): a
    registry in use, to be upgraded (not a half-made one)."""
    from alembic import command
    from sqlalchemy import text

    from models.database import _alembic_config, make_engine

    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("insert into registrysetting (key, value) values ('a', 'b')"))
    engine.dispose()
    return path
