"""Opening what is not a sound registry in the program: a damaged file gets its dialog (restore
the newest good backup, or open what can be read), a newer one a message with both versions,
a read-only one a window with a banner and nothing that changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.settings import Settings
from bench.damage import overwrite_leaf, scribble_on_schema, settle
from models.backup.folder import BackupFolder
from models.database import newest_revision
from ui import errors

pytest.register_assert_rewrite("ui_support")
from ui_support import wait_loaded  # noqa: E402

pytest_plugins = ("ui_support",)

pytestmark = pytest.mark.sqlite_only  # registry files, their snapshots and damage



@pytest.fixture
def damaged(demo_registry, db_path, tmp_path):
    """The demo registry, a good backup of it, then the file damaged where opening it meets
    the damage (its list of tables)."""
    settings = Settings(backup_folder=str(tmp_path / "backups"))
    BackupFolder(settings.backup_dir()).back_up(db_path)
    demo_registry.close()
    scribble_on_schema(db_path)
    return db_path, settings


def workspace_on(qtbot, registry, settings):
    from i18n import set_language
    from ui.app import Workspace

    app = QApplication.instance()
    set_language("ru")
    workspace = Workspace(app, registry, settings, [])  # no Qt translator left installed
    errors.on_damaged(lambda exc: workspace.damaged([exc.message()]))  # as run_gui does
    return workspace, workspace.show()


def test_the_damaged_dialog_offers_what_there_is(qtbot, tmp_path):
    from ui.damaged import DamagedDialog

    dialog = DamagedDialog("/x/registry.db", ["Проверка целостности SQLite: ..."], 2,
                           tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    dialog.read_only_button.click()
    assert dialog.choice == "read-only"
    none = DamagedDialog("/x/registry.db", ["..."], 0, tmp_path)
    qtbot.addWidget(none)
    assert not none.restore_button.isEnabled() and none.read_only_button.isDefault()


def test_opening_a_damaged_registry_restores_the_newest_good_backup(qtbot, damaged,
                                                                     monkeypatch):
    import ui.damaged as damaged_module
    from ui import app as ui_app

    path, settings = damaged
    asked = []
    monkeypatch.setattr(damaged_module, "ask_damaged",
                        lambda location, problems, backups, folder, parent=None:
                        asked.append((problems, backups)) or "restore")
    monkeypatch.setattr(damaged_module, "confirm_restore", lambda *args: True)
    registry = ui_app.open_registry(str(path), settings)
    try:
        assert asked and asked[0][1] == 1 and "повреждён" in asked[0][0][0]
        assert registry.read_only is None and registry.count_instruments() == 8
    finally:
        registry.close()
    kept = list(settings.backup_dir().glob("registry-*-damaged.db"))
    assert len(kept) == 1  # the damaged file, byte for byte


def test_quitting_at_the_damaged_dialog(qtbot, damaged, monkeypatch):
    import ui.damaged as damaged_module
    from ui import app as ui_app

    path, settings = damaged
    monkeypatch.setattr(damaged_module, "ask_damaged", lambda *args, **kw: "quit")
    assert ui_app.open_registry(str(path), settings) is None


def test_damage_found_by_the_quick_check_opens_what_can_be_read(
        qtbot, demo_registry, db_path, tmp_path, monkeypatch):
    """The file opens (the damaged page is not one that opening reads), but the quick check
    run just after finds it; the clerk opens what can be read, read-only."""
    import ui.damaged as damaged_module
    from models.registry import Registry

    monkeypatch.setattr(errors, "_state", {**errors._state})  # the hook ends with the test
    demo_registry.close()
    settle(db_path)
    overwrite_leaf(db_path, "instrument")
    registry = Registry.open(db_path)
    asked = []
    monkeypatch.setattr(damaged_module, "ask_damaged",
                        lambda location, problems, backups, folder, parent=None:
                        asked.append(problems) or "read-only")
    workspace, first = workspace_on(qtbot, registry,
                                    Settings(backup_folder=str(tmp_path / "b")))
    qtbot.waitUntil(lambda: workspace.window is not first, timeout=20000)
    try:
        wait_loaded(qtbot, workspace.window)
        assert asked and "повреждён" in " ".join(asked[0])  # the list or the quick check
        assert workspace.registry.read_only == "salvaged"
        banner = workspace.window.read_only_banner
        assert banner.isVisible() and "повреждённого реестра" in banner.text()
        assert 0 < workspace.window.instruments.model.total < 8  # one page of them is lost
    finally:
        workspace.window.close()
        workspace.registry.close()


def test_a_newer_registry_gets_one_message_with_both_versions(qtbot, demo_registry, db_path,
                                                             monkeypatch):
    import sqlite3

    from ui import app as ui_app

    demo_registry.close()
    conn = sqlite3.connect(db_path)
    conn.execute("update alembic_version set version_num = '0077'")
    conn.commit()
    conn.close()
    settle(db_path)
    before = sorted(p.name for p in db_path.parent.iterdir())
    said = []
    monkeypatch.setattr(ui_app, "ask_other_database", lambda message: said.append(message))
    assert ui_app.open_registry(str(db_path), Settings()) is None
    assert len(said) == 1 and "0077" in said[0] and newest_revision() in said[0]
    assert "более новой версией" in said[0]
    assert sorted(p.name for p in db_path.parent.iterdir()) == before


def test_a_read_only_registry_opens_with_a_banner_and_nothing_changes(
        qtbot, demo_registry, db_path, monkeypatch):
    import models.backup.snapshot as snapshot
    import models.registry.base as base
    from ui import app as ui_app
    from ui.main_window import DEADLINES, INSTRUMENTS, MainWindow
    from ui.ui_state import UiState

    demo_registry.close()
    monkeypatch.setattr(base, "is_writable", lambda path: False)
    monkeypatch.setattr(snapshot, "is_writable", lambda path: False)
    registry = ui_app.open_registry(str(db_path), Settings())
    try:
        win = MainWindow(registry, Settings(), UiState())
        qtbot.addWidget(win)
        win.show()
        wait_loaded(qtbot, win)
        assert win.read_only_banner.isVisible() and "Только для чтения" in \
            win.read_only_banner.text()
        assert win.instruments.model.total == 8
        assert not win.instruments.new_button.isVisible()
        assert not win.instruments.delete_button.isVisible()
        assert not any(a.isEnabled() for a in win.changing_actions)
        win.show_page(DEADLINES)
        win.show_page(INSTRUMENTS)
        assert not win.delete_action.isEnabled()
        win.open_instrument(1)
        editor = win.findChild(__import__("ui.editor.instrument",
                                          fromlist=["InstrumentEditor"]).InstrumentEditor)
        assert editor is not None and not editor.save_button.isVisible()
        editor.mark_clean()
        editor.close()
    finally:
        registry.close()
