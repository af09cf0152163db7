"""The program's side of backups: Settings → Backups (list, Back up now, Restore…), the
confirmation of a restore, automatic backups, the announcement of a pre-upgrade backup."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.settings import Settings
from models.backup.archive import BackupFile
from models.backup.folder import BackupFolder

pytest.register_assert_rewrite("ui_support")
from ui_support import wait_loaded  # noqa: E402

pytest_plugins = ("ui_support",)  # the window and answers fixtures

pytestmark = pytest.mark.sqlite_only  # registry files, their snapshots and damage



@pytest.fixture
def folder(tmp_path, window):
    path = tmp_path / "backups"
    window.settings.backup_folder = str(path)
    return path


def open_backups(qtbot, window):
    dialog = window.open_settings()
    panel = dialog.backups
    dialog.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: not panel.loading, timeout=5000)
    return dialog, panel


def test_settings_lists_backs_up_and_restores(qtbot, window, folder, monkeypatch, answers):
    import ui.backups_panel as panel_module

    dialog, panel = open_backups(qtbot, window)
    assert dialog.tabs.tabText(1) == "Резервные копии"
    assert panel.table.rowCount() == 0 and not panel.restore_button.isEnabled()
    panel.back_up_button.click()
    qtbot.waitUntil(lambda: not panel.loading and panel.table.rowCount() == 1, timeout=10000)
    assert "Резервная копия сохранена" in panel.news.text()
    assert [panel.table.item(0, c).text() for c in (1, 2, 3)] == ["вручную", "registry.db", "8"]
    assert panel.restore_button.isEnabled()

    registry = window.registry
    registry.delete_instrument(registry.list_instruments().rows[0].id)
    asked = []
    monkeypatch.setattr(panel_module, "confirm_restore",
                        lambda parent, location, current, manifest, path, where:
                        asked.append((current.instruments, manifest.live_instruments())) or True)
    with qtbot.waitSignal(window.registry_replaced, timeout=20000) as replaced:
        panel.restore_button.click()
    assert asked == [(7, 8)]
    assert registry.count_instruments() == 8
    assert "восстановлен" in replaced.args[0] and "before-restore" in replaced.args[0]
    reasons = sorted(e.manifest.reason for e in BackupFolder(folder).entries())
    assert reasons == ["before-restore", "manual"]
    assert Settings.load().backup_folder == str(folder)


def test_a_damaged_backup_is_refused_in_words(qtbot, window, folder, monkeypatch, answers):
    import ui.backups_panel as panel_module

    entry = BackupFolder(folder).back_up(window.registry.path)
    data = bytearray(entry.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    entry.path.write_bytes(bytes(data))
    monkeypatch.setattr(panel_module, "confirm_restore", lambda *args: True)
    _dialog, panel = open_backups(qtbot, window)
    panel.restore(entry.path)
    assert answers.told and "нельзя восстановить" in answers.told[0]
    assert window.registry.count_instruments() == 8


def test_the_confirmation_says_what_is_replaced_by_what(qtbot, demo_registry, tmp_path):
    from ui.restore_dialog import RestoreDialog

    entry = BackupFolder(tmp_path / "b").back_up(demo_registry.path)
    demo_registry.delete_instrument(demo_registry.list_instruments().rows[0].id)
    dialog = RestoreDialog(demo_registry.location, demo_registry.summary(), entry.manifest,
                           entry.path, tmp_path / "b")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(
        __import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel))
    assert demo_registry.location in texts and f"{entry.manifest.created:%d.%m.%Y}" in texts
    assert "Сейчас в реестре" in texts and "В резервной копии" in texts
    assert " 7 " in f" {texts} " and " 8 " in f" {texts} "
    assert str(tmp_path / "b") in texts
    cancel = dialog.buttons.button(QDialogButtonBox.Cancel)
    assert cancel.isDefault() and dialog.replace_button.text() == "Заменить резервной копией"
    assert not hasattr(dialog, "other_registry")
    elsewhere = RestoreDialog(str(tmp_path / "other.db"), demo_registry.summary(),
                              entry.manifest, entry.path, tmp_path / "b")
    qtbot.addWidget(elsewhere)
    assert "другого реестра" in elsewhere.other_registry.text()
    assert demo_registry.location in elsewhere.other_registry.text()


def test_automatic_backup_when_changed_and_on_closing(qtbot, demo_registry, tmp_path):
    from ui.auto_backup import AutoBackup

    folder = tmp_path / "auto"
    auto = AutoBackup(demo_registry, folder, first_ms=0)
    with qtbot.waitSignal(auto.done, timeout=10000) as made:
        pass
    assert made.args[0].manifest.reason == "automatic"
    qtbot.waitUntil(lambda: not auto.running)
    auto.check()  # nothing changed since: no second backup
    qtbot.waitUntil(lambda: not auto.running)
    assert len(BackupFolder(folder).entries()) == 1
    auto.on_closing(None)  # nothing changed: none on closing either
    assert len(BackupFolder(folder).entries()) == 1
    demo_registry.delete_instrument(1)
    entry = auto.on_closing(None)
    assert entry is not None and entry.manifest.reason == "closing"
    assert entry.manifest.live_instruments() == 7


def test_a_pre_upgrade_backup_is_announced_in_the_status_bar(qtbot, tmp_path, old_registry):
    from models.registry import Registry
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    registry = Registry.open(old_registry, backups=tmp_path / "backups")
    try:
        win = MainWindow(registry, Settings(), UiState())
        qtbot.addWidget(win)
        wait_loaded(qtbot, win)
        assert "обновлён" in win.message.text() and "резервная копия" in win.message.text()
        assert win.message.toolTip() == str(registry.upgrade_backup)
        assert BackupFile(registry.upgrade_backup).manifest.reason == "pre-upgrade"
    finally:
        registry.close()


def test_about_names_the_backup_folder(qtbot, demo_registry, tmp_path):
    from ui.about_dialog import AboutDialog

    Settings(backup_folder=str(tmp_path / "elsewhere")).save()
    dialog = AboutDialog(demo_registry)
    qtbot.addWidget(dialog)
    assert dialog.fields["Backup folder"].text() == str(tmp_path / "elsewhere")
