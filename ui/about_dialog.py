"""Help → About: the version, the licence, and where the program keeps its files, each folder with
an "Open folder" button (what IT asks a clerk on the telephone).

A new line is one entry of FOLDER_LINES: a label (an English id, translated when shown) and a
function from the open registry to the folder, or to a file whose folder the button opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from app import ICON
from app.logs import log_file
from app.settings import Settings
from app.version import __version__
from i18n import _
from models.database import data_dir
from models.registry import Registry

LICENCE = "MIT"


@dataclass(frozen=True)
class FolderLine:
    label: str  # English id
    where: Callable[[Registry], Path | str | None]  # a folder or a file; a str is shown only


def registry_file(registry: Registry) -> Path | str:
    """The database file, or the server's address (no folder to open) for PostgreSQL."""
    return registry.path or registry.location


FOLDER_LINES: list[FolderLine] = [
    FolderLine("Registry database", registry_file),
    FolderLine("Data folder", lambda _registry: data_dir()),
    FolderLine("Backup folder", lambda _registry: Settings.load().backup_dir()),
    FolderLine("Log file", lambda _registry: log_file()),
]


def folder_of(where: Path) -> Path:
    return where if where.is_dir() or not where.suffix else where.parent


def open_folder(folder: Path) -> bool:
    """Show the folder in the desktop's file manager. (Tests replace this.)"""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    def __init__(self, registry: Registry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("About Kelishim"))
        self.buttons: dict[str, QPushButton] = {}  # label -> its Open folder button
        self.fields: dict[str, QLineEdit] = {}

        icon = QLabel()
        icon.setPixmap(QIcon(str(ICON)).pixmap(64, 64))
        title = QLabel("<b style='font-size:14pt'>Kelishim</b><br>"
                       + _("Version {version}").format(version=__version__))
        head = QGridLayout()
        head.addWidget(icon, 0, 0)
        head.addWidget(title, 0, 1)
        head.setColumnStretch(1, 1)

        about = QLabel(_("Registry of signed international instruments: treaties, agreements, "
                         "protocols and memoranda, the meetings where they were signed, their "
                         "status and deadlines."))
        about.setWordWrap(True)
        licence = QLabel(_("Licence: {licence}. Free to use, copy and change; it comes with no "
                           "warranty. Qt is used under the LGPL 3, the PT Sans typeface under "
                           "the OFL 1.1.").format(licence=LICENCE))
        licence.setWordWrap(True)

        grid = QGridLayout()
        for row, line in enumerate(FOLDER_LINES):
            self._add_line(grid, row, line, line.where(registry))
        grid.setColumnStretch(1, 1)

        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(about)
        layout.addWidget(licence)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(box)
        self.resize(720, self.sizeHint().height())

    def _add_line(self, grid: QGridLayout, row: int, line: FolderLine,
                  where: Path | str | None) -> None:
        label = _(line.label)
        field = QLineEdit(str(where or ""))
        field.setReadOnly(True)
        field.setCursorPosition(0)
        field.setMinimumWidth(380)
        self.fields[line.label] = field
        grid.addWidget(QLabel(label + ":"), row, 0)
        grid.addWidget(field, row, 1)
        if isinstance(where, Path):
            button = QPushButton(_("Open folder"))
            folder = folder_of(where)
            button.setToolTip(str(folder))
            button.clicked.connect(lambda _checked=False, f=folder: self._open(f))
            self.buttons[line.label] = button
            grid.addWidget(button, row, 2)

    def _open(self, folder: Path) -> None:
        """The folder may not exist yet (no log written so far): make it, then show it."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        if not open_folder(folder):
            QMessageBox.warning(self, _("About Kelishim"), _(
                "No file manager could show the folder {path}.").format(path=folder))
