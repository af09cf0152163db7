"""Restoring a backup from the program: a confirmation that says what will be replaced by what,
then the restore off the GUI thread (checked first, the current registry kept as a backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from i18n import _
from models.backup.folder import BackupFolder
from models.backup.manifest import Manifest
from models.backup.restore import RestoreResult, restore
from models.registry.summary import RegistrySummary
from ui.workers import in_kilobytes, wait_for

REASONS = {"manual": "made by hand", "automatic": "automatic", "closing": "on closing",
           "pre-upgrade": "before an upgrade", "before-restore": "before a restore"}


def reason_label(reason: str) -> str:
    return _(REASONS.get(reason, reason))


def when(moment) -> str:
    return f"{moment:%d.%m.%Y %H:%M}" if moment else "—"


class RestoreDialog(QDialog):
    """"The registry X (now: ...) will be replaced by the backup of DATE (...)": Replace with
    the backup, or Cancel (the default)."""

    def __init__(self, location: str, current: RegistrySummary | None, backup: Manifest,
                 backup_path: Path, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Restore from a backup"))
        self.setMinimumWidth(620)
        head = QLabel(_("The registry <b>{path}</b> will be replaced by the backup of "
                        "<b>{date}</b>.").format(path=location, date=when(backup.created)))
        head.setWordWrap(True)
        head.setTextFormat(Qt.RichText)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(QLabel(""), 0, 0)
        for col, text in ((1, _("Now in the registry")), (2, _("In the backup"))):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, col)
        rows = [(_("Instruments"), backup.live_instruments()),
                (_("Meetings"), backup.live_meetings()),
                (_("Attached files"), backup.attachments)]
        now = ([current.instruments, current.meetings, current.attachments]
               if current is not None else [None, None, None])
        for row, ((label, theirs), ours) in enumerate(zip(rows, now), 1):
            grid.addWidget(QLabel(label + ":"), row, 0)
            grid.addWidget(QLabel("—" if ours is None else str(ours)), row, 1)
            grid.addWidget(QLabel(str(theirs)), row, 2)
        row = len(rows) + 1
        grid.addWidget(QLabel(_("Last change / made:")), row, 0)
        grid.addWidget(QLabel(when(current.last_change) if current else
                              _("damaged, cannot be read")), row, 1)
        grid.addWidget(QLabel(f"{when(backup.created)} ({reason_label(backup.reason)})"),
                       row, 2)
        grid.setColumnStretch(3, 1)

        source = QLabel(_("Backup file: {path}").format(path=backup_path))
        source.setWordWrap(True)
        source.setTextInteractionFlags(Qt.TextSelectableByMouse)
        kept = QLabel(_("Nothing is lost: the backup is checked first, and the registry as it "
                        "is now is kept as a backup of its own in {folder}.").format(
            folder=folder))
        kept.setWordWrap(True)
        changes = QLabel(_("Changes made after the backup was taken will no longer be in the "
                           "registry."))
        changes.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.replace_button = QPushButton(_("Replace with the backup"))
        self.buttons.addButton(self.replace_button, QDialogButtonBox.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.replace_button.setAutoDefault(False)
        cancel.setDefault(True)
        cancel.setFocus()  # Enter or Space on the dialog as it opens changes nothing
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        if Path(backup.source) != Path(location):
            other = QLabel(_("<b>This backup is of another registry:</b> {source}").format(
                source=backup.source))
            other.setWordWrap(True)
            other.setTextFormat(Qt.RichText)
            other.setStyleSheet("color: #a0000b;")
            self.other_registry = other
            layout.addWidget(other)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(6)
        for label in (changes, kept, source):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)


def confirm_restore(parent: QWidget | None, location: str, current: RegistrySummary | None,
                    backup: Manifest, backup_path: Path, folder: Path) -> bool:
    """Ask; True to go on. (Tests replace this.)"""
    dialog = RestoreDialog(location, current, backup, backup_path, folder, parent)
    return dialog.exec() == QDialog.Accepted


def run_restore(parent: QWidget | None, backup_path: Path, target: Path,
                folder: Path) -> RestoreResult:
    """The restore behind a progress dialog; its errors are raised here."""
    return wait_for(parent, _("Checking the backup and restoring the registry…"),
                    lambda progress: restore(backup_path, target, BackupFolder(folder),
                                             in_kilobytes(progress)))
