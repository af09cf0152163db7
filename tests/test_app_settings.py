"""Per-user settings and the log file."""

from __future__ import annotations

import logging

from app.logs import log_file, setup_logging
from app.settings import Settings


def test_defaults_then_saved_values_come_back(user_dirs):
    assert Settings.load() == Settings()
    Settings(language="ky", database="/data/r.db", organisation_name="МИД КР").save()
    loaded = Settings.load()
    assert (loaded.language, loaded.database, loaded.organisation_name) == (
        "ky", "/data/r.db", "МИД КР")
    assert str(Settings.path()).startswith(str(user_dirs))


def test_damaged_or_strange_settings_fall_back_to_defaults(user_dirs):
    path = Settings.path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert Settings.load() == Settings()
    path.write_text('{"language": "fr", "horizon_days": -3, "unknown": 1}', encoding="utf-8")
    loaded = Settings.load()
    assert loaded.language == "ru" and loaded.horizon_days == 90


def test_log_goes_to_the_user_log_folder(user_dirs):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging()
        logging.getLogger("kelishim.test").error("something broke")
        for h in root.handlers:
            h.flush()
        assert path == log_file() and str(path).startswith(str(user_dirs))
        assert "something broke" in path.read_text(encoding="utf-8")
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


def test_log_follows_the_log_folder_set_up_last(user_dirs, monkeypatch):
    """A process that set up logging for one log folder (an earlier command run in it) and is
    then pointed at another logs there, not into the first folder's file."""
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        first = setup_logging()
        monkeypatch.setenv("XDG_STATE_HOME", str(user_dirs / "elsewhere"))
        second = setup_logging()
        logging.getLogger("kelishim.test").error("written after the move")
        for h in root.handlers:
            h.flush()
        assert second == log_file() and second != first
        assert "written after the move" in second.read_text(encoding="utf-8")
        assert "written after the move" not in first.read_text(encoding="utf-8")
        assert sum(getattr(h, "kelishim", False) for h in root.handlers) == 1
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
