"""Shared fixtures: every test gets its own temporary registry and user folders."""

from __future__ import annotations

import os
import sys
import uuid
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


MODAL_PATIENCE_S = 30  # a message box nobody answers within this is a failing test


@pytest.fixture(autouse=True)
def no_forgotten_message_boxes(request):
    """A message box a test did not expect (an error nobody answers) closes after a while and
    fails the test, instead of hanging the whole run."""
    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        yield
        return
    seen: dict[int, float] = {}
    closed: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        first = seen.setdefault(id(box), time.monotonic())
        if time.monotonic() - first > MODAL_PATIENCE_S:
            closed.append(box.text())
            box.reject()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    if closed:
        pytest.fail(f"a message box was left open: {closed[0]!r}")


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


# --- two engines, one suite -------------------------------------------------------------
#
# Every test that uses a registry (the `registry` fixture, or `db_location`) runs twice: on a
# SQLite file and on a PostgreSQL database. A test about SQLite files as such is marked
# `sqlite_only`. The PostgreSQL server is KELISHIM_TEST_POSTGRESQL's (.ci/run starts one),
# else a throwaway cluster this test worker starts (tests/pgcluster.py); each test gets a
# database of its own, copied from a template that is migrated once.

ENGINES = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about SQLite files as such; not run on "
                                       "PostgreSQL")


def pytest_generate_tests(metafunc):
    if "engine_name" in metafunc.fixturenames:
        engines = ["sqlite"] if metafunc.definition.get_closest_marker("sqlite_only") \
            else list(ENGINES)
        metafunc.parametrize("engine_name", engines, indirect=True, scope="function")


@pytest.fixture
def engine_name(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """(admin engine, URL of the server's "postgres" database), or None without a server."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    url = os.environ.get("KELISHIM_TEST_POSTGRESQL")
    folder = None
    if not url:
        import pgcluster

        if pgcluster.server_bin() is None:
            yield None
            return
        import tempfile

        # not under pytest's folders: as root the server runs as `postgres`, which may not
        # enter them
        folder = Path(tempfile.mkdtemp(prefix="kelishim-pg-"))
        url = pgcluster.start(folder)
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        yield admin, url
    finally:
        drain_background_work()
        with admin.connect() as conn:
            _drop_finished(conn, keep=0)
        admin.dispose()
        if folder is not None:
            pgcluster.stop(folder)
            import shutil

            shutil.rmtree(folder, ignore_errors=True)


def _pg_url(url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template(pg_server, worker_id):
    """A migrated registry database to copy for each test (countries seeded)."""
    if pg_server is None:
        return None
    from sqlalchemy import text

    from models.registry import Registry

    admin, url = pg_server
    name = f"kelishim_template_{worker_id}_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    Registry.open(_pg_url(url, name), today=lambda: TODAY).close()
    return name


def postgresql_server(request):
    """(admin engine, URL) of the tests' PostgreSQL server; the test is skipped without one,
    except in CI, which runs every test on both engines."""
    server = request.getfixturevalue("pg_server")
    if server is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: CI runs every test on both engines")
        pytest.skip("PostgreSQL is not installed (Debian package postgresql)")
    return server


@pytest.fixture
def db_location(engine_name, db_path, request) -> str:
    """Where the test's registry lives, as `--db` and `Registry.open` take it: a SQLite file,
    or the URL of a PostgreSQL database made for this test."""
    yield from _new_location(engine_name, db_path, request)


@pytest.fixture
def other_db_location(engine_name, tmp_path, request) -> str:
    """Where a second fresh registry of the test lives, on the same engine."""
    yield from _new_location(engine_name, tmp_path / "other.db", request)


def _new_location(engine_name, db_path, request):
    if engine_name == "sqlite":
        yield str(db_path)
        return
    from sqlalchemy import text

    admin, url = postgresql_server(request)
    template = request.getfixturevalue("pg_template")
    name = f"kelishim_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        _drop_finished(conn)
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
    yield _pg_url(url, name)
    # Dropped a few tests later: the windows of this one (pytest-qt closes them after every
    # other fixture, Qt deletes them later still) may ask their registry something until
    # then, as they may of a SQLite file left in place.
    FINISHED_DATABASES.append(name)


FINISHED_DATABASES: list[str] = []
KEPT_FINISHED = 3


def _drop_finished(conn, keep: int = KEPT_FINISHED) -> None:
    from sqlalchemy import text

    while len(FINISHED_DATABASES) > keep:
        conn.execute(text(f"DROP DATABASE IF EXISTS {FINISHED_DATABASES.pop(0)} WITH (FORCE)"))


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


@pytest.fixture
def new_pg_database(request):
    """A function giving the URL of a new, empty PostgreSQL database (dropped afterwards)."""
    from sqlalchemy import text

    admin, url = postgresql_server(request)
    made = []

    def make() -> str:
        name = f"kelishim_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        made.append(name)
        return _pg_url(url, name)

    yield make
    drain_background_work()
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
