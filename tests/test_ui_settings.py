"""Settings, languages (Qt's own buttons included), what the window remembers, and opening
the registry at start-up."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.settings import Settings
pytest.register_assert_rewrite("ui_support")
from ui_support import wait_loaded, wait_query

pytest_plugins = ("ui_support",)  # the window and answers fixtures


def _workspace(qtbot, registry, lang="ru"):
    from i18n import set_language
    from ui.app import Workspace
    from ui.qt_translation import install_qt_translators, remove_qt_translators

    app = QApplication.instance()
    # Qt's strings in no language left by an earlier test of this process (whose translators
    # answered «Отмена» after a switch to English: the test failed depending on the order)
    remove_qt_translators(app)
    set_language(lang)
    workspace = Workspace(app, registry, Settings(language=lang),
                          install_qt_translators(app, lang, []))
    wait_loaded(qtbot, workspace.show())
    return workspace  # its windows replace each other: the test closes the last one


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    return box.button(QDialogButtonBox.Cancel).text()


def test_switching_to_kyrgyz_rebuilds_the_window_in_kyrgyz(qtbot, demo_registry):
    from ui.settings_dialog import SettingsDialog

    workspace = _workspace(qtbot, demo_registry)
    old = workspace.window
    assert old.nav.item(1).text() == "Встречи"
    assert _cancel_text() == "Отмена"  # Qt's own Russian catalogue
    dialog = old.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ky"))
    dialog.buttons.button(QDialogButtonBox.Ok).click()

    new = workspace.window
    assert new is not old
    wait_loaded(qtbot, new)
    assert new.nav.item(1).text() == "Жолугушуулар"
    assert new.menuBar().actions()[0].text() == "&Файл"
    assert new.instruments.count_label.text() == "Табылган документтер: 8"
    assert new.instruments.model.headerData(1, Qt.Horizontal) == "Аталышы"
    assert _cancel_text() == "Жокко чыгаруу"  # Qt ships no Kyrgyz: ours
    assert Settings.load().language == "ky"
    settings_dialog = new.open_settings()
    assert settings_dialog.windowTitle() == "Жөндөөлөр"
    settings_dialog.language.setCurrentIndex(settings_dialog.language.findData("en"))
    settings_dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert workspace.window.nav.item(1).text() == "Meetings"
    assert _cancel_text() == "Cancel"
    workspace.window.close()


def test_settings_are_saved_and_the_new_database_waits_for_a_restart(qtbot, window, tmp_path):
    dialog = window.open_settings()
    dialog.organisation["ru"].setText("Министерство иностранных дел Кыргызской Республики")
    dialog.organisation["en"].setText("  Ministry of Foreign Affairs   of the Kyrgyz Republic ")
    dialog.database.setText(str(tmp_path / "other.db"))
    dialog.horizon.setValue(30)
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    saved = Settings.load()
    # the organisation belongs to the registry: every clerk and the command line print it
    assert window.registry.organisation_names() == {
        "ru": "Министерство иностранных дел Кыргызской Республики", "ky": "",
        "en": "Ministry of Foreign Affairs of the Kyrgyz Republic"}
    assert window.registry.organisation_name("ky") == \
        "Министерство иностранных дел Кыргызской Республики"
    assert saved.database == str(tmp_path / "other.db") and saved.horizon_days == 30
    assert window.deadlines.days.value() == 30
    assert "при следующем запуске" in window.message.text()
    assert window.registry.location != saved.database  # still the open one


def test_cancelled_settings_change_nothing(qtbot, window):
    dialog = window.open_settings()
    dialog.horizon.setValue(7)
    dialog.buttons.button(QDialogButtonBox.Cancel).click()
    assert not Settings.path().exists()
    assert window.deadlines.days.value() == 90


def test_the_last_filter_and_the_column_widths_are_remembered(qtbot, demo_registry):
    from ui.instruments_model import COLUMN
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    first = MainWindow(demo_registry, Settings(), UiState())
    qtbot.addWidget(first)
    first.show()
    wait_loaded(qtbot, first)
    first.instruments.filter_bar.kind.set_code("memorandum_of_understanding")
    first.instruments.table.horizontalHeader().resizeSection(COLUMN["kind"], 222)
    first.resize(first.width(), 555)
    first.close()

    second = MainWindow(demo_registry, Settings(), UiState())
    qtbot.addWidget(second)
    second.show()
    wait_query(qtbot, second.instruments.model, 1)
    assert second.instruments.filter_bar.kind.code() == "memorandum_of_understanding"
    # The width chosen, given back whenever the window leaves the title its third (the
    # offscreen screen is too narrow to see it: ui.column_fit; tests/test_ui_layout.py).
    assert second.instruments.title_room.preferred[COLUMN["kind"]] == 222
    assert second.height() == 555


def test_a_damaged_remembered_filter_is_ignored(qtbot, demo_registry):
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    state = UiState()
    state.save_json("filter", {"kind": "no_such_kind", "signed_from": "31.02.2020"})
    state.qsettings.setValue("state/other", "{not json")
    assert state.load_json("other", {}) == {}
    win = MainWindow(demo_registry, Settings(), state)
    qtbot.addWidget(win)
    wait_query(qtbot, win.instruments.model, 8)


def test_a_file_that_is_not_a_database_offers_another(qtbot, tmp_path, monkeypatch):
    from ui import app as ui_app

    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    other = tmp_path / "fresh.db"
    offered = []
    monkeypatch.setattr(ui_app, "ask_other_database",
                        lambda message: offered.append(message) or str(other))
    registry = ui_app.open_registry(str(bad), Settings())
    try:
        assert offered and str(bad) in offered[0]
        assert registry.location == str(other)
        assert bad.read_text(encoding="utf-8") == "not a database"  # left untouched
    finally:
        registry.close()
    monkeypatch.setattr(ui_app, "ask_other_database", lambda message: None)
    assert ui_app.open_registry(str(bad), Settings()) is None


def test_a_missing_database_named_in_the_settings_is_not_created(qtbot, tmp_path,
                                                                 monkeypatch):
    from ui import app as ui_app

    missing = tmp_path / "network" / "registry.db"
    monkeypatch.setattr(ui_app, "ask_other_database", lambda message: None)
    assert ui_app.open_registry(None, Settings(database=str(missing))) is None
    assert not missing.exists()
    created = tmp_path / "new.db"
    registry = ui_app.open_registry(str(created), Settings())  # --db creates it
    registry.close()
    assert created.exists()
