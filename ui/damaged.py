"""A damaged registry found on opening: a dialog says so and offers to restore the newest good
backup, or to open what can still be read (read-only, to export it), or to quit."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.settings import Settings
from i18n import _
from models.backup.folder import BackupFolder
from models.backup.restore import newest_good_backup
from models.backup.salvage import salvage
from models.errors import RegistryError
from models.registry import Registry
from ui import errors
from ui.restore_dialog import confirm_restore, run_restore
from ui.workers import Cancelled, in_kilobytes, wait_for

log = logging.getLogger(__name__)
RESTORE, READ_ONLY, QUIT = "restore", "read-only", "quit"


class DamagedDialog(QDialog):
    def __init__(self, location: str, problems: list[str], backups: int, folder: Path,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = QUIT
        self.setWindowTitle(_("The registry is damaged"))
        self.setMinimumWidth(640)
        head = QLabel(_("The registry <b>{path}</b> is damaged: SQLite finds errors in the file "
                        "(a disk fault, or the file was cut off). Working on in it could lose "
                        "more.").format(path=location))
        head.setWordWrap(True)
        head.setTextFormat(Qt.RichText)
        details = QPlainTextEdit("\n".join(problems[:30]))
        details.setReadOnly(True)
        details.setMaximumHeight(110)
        if backups:
            where = _("Backups of this registry in {folder}: {count}. The newest one that passes "
                      "its check is restored; the damaged file is kept beside them.").format(
                folder=folder, count=backups)
        else:
            where = _("No backup of this registry was found in {folder}.").format(folder=folder)
        where_label = QLabel(where)
        where_label.setWordWrap(True)
        read_only = QLabel(_("Or open what can still be read, read-only, and export it (File → "
                             "Export list…); the damaged file is only read."))
        read_only.setWordWrap(True)
        self.restore_button = QPushButton(_("Restore the newest good backup…"))
        self.restore_button.setEnabled(backups > 0)
        self.read_only_button = QPushButton(_("Open what can be read"))
        self.quit_button = QPushButton(_("Quit"))
        buttons = QDialogButtonBox()
        for button in (self.restore_button, self.read_only_button, self.quit_button):
            buttons.addButton(button, QDialogButtonBox.ActionRole)
        self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        self.read_only_button.clicked.connect(lambda: self._choose(READ_ONLY))
        self.quit_button.clicked.connect(lambda: self._choose(QUIT))
        (self.restore_button if backups else self.read_only_button).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(details)
        layout.addWidget(where_label)
        layout.addWidget(read_only)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_damaged(location: str, problems: list[str], backups: int, folder: Path,
                parent: QWidget | None = None) -> str:
    """RESTORE, READ_ONLY or QUIT. (Tests replace this.)"""
    dialog = DamagedDialog(location, problems, backups, folder, parent)
    dialog.exec()
    return dialog.choice


def salvaged_copy(source: Path, target: Path) -> None:
    salvage(source, target, copy_files=False)


def recover(path: Path, problems: list[str], settings: Settings,
            parent: QWidget | None = None) -> Registry | None:
    """What the clerk chose for the damaged registry `path`: the registry to work on (the
    restored one, or a read-only copy of what could be read), or None to quit."""
    folder = settings.backup_dir()
    log.warning("Damaged registry %s: %s", path, problems[:5])
    while True:
        backups = BackupFolder(folder)
        choice = ask_damaged(str(path), problems, len(backups.of(path)), folder, parent)
        if choice == QUIT:
            return None
        try:
            if choice == RESTORE:
                registry = _restore_newest(path, backups, parent)
            else:
                registry = wait_for(parent, _("Reading what can still be read…"),
                                    lambda _progress: Registry.open_read_only(
                                        path, reason="salvaged", copy=salvaged_copy))
        except Cancelled:
            continue
        except RegistryError as exc:
            errors.show_registry_error(parent, exc)
            continue
        if registry is not None:
            return registry


def _restore_newest(path: Path, backups: BackupFolder, parent) -> Registry | None:
    entry, refused = wait_for(parent, _("Looking for the newest good backup…"),
                              lambda progress: newest_good_backup(backups, path,
                                                                  in_kilobytes(progress)))
    if entry is None:
        errors.tell(parent, _("No good backup"), _(
            "None of the {count} backup(s) of this registry in {folder} passes its check.")
            .format(count=len(refused), folder=backups.path))
        return None
    if not confirm_restore(parent, str(path), None, entry.manifest, entry.path, backups.path):
        return None
    run_restore(parent, entry.path, path, backups.path)
    return Registry.open(path, read_only_ok=True, backups=backups.path)
