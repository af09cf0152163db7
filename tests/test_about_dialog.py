"""Help → About: the version, the licence and the program's folders, each with a button that
opens it, in Russian and Kyrgyz."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.logs import log_file
from app.version import __version__
from i18n import set_language
from models.backup.folder import default_backup_dir
from models.database import data_dir
from ui import about_dialog
from ui.about_dialog import AboutDialog


def texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


@pytest.fixture
def opened(monkeypatch):
    folders = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda folder: folders.append(folder)
                        or True)
    return folders


@pytest.mark.sqlite_only  # the registry's file and its folder; a server: the last test
@pytest.mark.parametrize("lang, version, labels, button", [
    ("ru", f"Версия {__version__}", ["База данных реестра:", "Папка данных:",
                                     "Папка резервных копий:", "Файл журнала:"],
     "Открыть папку"),
    ("ky", f"Версиясы: {__version__}", ["Реестрдин маалымат базасы:", "Маалыматтар папкасы:",
                                        "Резервдик көчүрмөлөр папкасы:", "Журнал файлы:"],
     "Папканы ачуу"),
])
def test_about_shows_version_licence_and_folders(qtbot, registry, opened, lang, version,
                                                 labels, button):
    set_language(lang)
    dialog = AboutDialog(registry)
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    assert version in shown
    assert "MIT" in shown
    for label in labels:
        assert label in shown
    assert [f.text() for f in dialog.fields.values()] == [
        str(registry.path), str(data_dir()), str(default_backup_dir()), str(log_file())]
    assert {b.text() for b in dialog.buttons.values()} == {button}


@pytest.mark.sqlite_only
def test_open_folder_buttons_open_the_folders(qtbot, registry, opened):
    dialog = AboutDialog(registry)
    qtbot.addWidget(dialog)
    for label in ("Registry database", "Data folder", "Log file"):
        qtbot.mouseClick(dialog.buttons[label], Qt.LeftButton)
    assert opened == [registry.path.parent, data_dir(), log_file().parent]
    assert log_file().parent.is_dir()  # made when missing, so that there is something to show


def test_a_server_registry_shows_its_address_without_a_button(qtbot, opened):
    server = SimpleNamespace(path=None, location="postgresql://clerk:***@db.mfa/kelishim")
    dialog = AboutDialog(server)
    qtbot.addWidget(dialog)
    assert dialog.fields["Registry database"].text() == server.location
    assert "Registry database" not in dialog.buttons
    assert "Data folder" in dialog.buttons


def test_a_folder_no_file_manager_can_show_is_named(qtbot, registry, monkeypatch):
    told = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda folder: False)
    monkeypatch.setattr(about_dialog.QMessageBox, "warning",
                        lambda parent, title, text: told.append(text))
    dialog = AboutDialog(registry)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.buttons["Data folder"], Qt.LeftButton)
    assert told == [f"Не удалось показать папку {data_dir()}: не найден файловый менеджер."]


def test_help_menu_opens_the_dialog(qtbot, registry, monkeypatch):
    from app.settings import Settings
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(registry, Settings(), UiState())
    qtbot.addWidget(window)
    window.about()
    assert len(shown) == 1 and __version__ in texts(shown[0])
