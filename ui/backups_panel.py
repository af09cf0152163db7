"""Settings → Backups: the backup folder, the backups in it (date, kind, size, what they hold),
Back up now and Restore…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from i18n import _, size_text
from models.backup.archive import BackupFile
from models.backup.folder import BackupEntry, BackupFolder, default_backup_dir
from models.backup.manifest import SUFFIX
from models.errors import RegistryError
from models.registry import Registry
from ui import errors
from ui.restore_dialog import confirm_restore, reason_label, run_restore, when
from ui.widgets import hint_label
from ui.workers import Cancelled, LatestOnly, in_kilobytes, wait_for

COLUMNS = ("Made", "Kind", "Registry", "Instruments", "Meetings", "Files", "Size")


class BackupsPanel(QWidget):
    """`restored(result)` after a restore replaced the registry (the window reopens it)."""

    restored = Signal(object)

    def __init__(self, registry: Registry, folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.registry = registry
        self.entries: list[BackupEntry] = []
        self.folder = QLineEdit(folder)
        self.folder.setPlaceholderText(str(default_backup_dir()))
        self.browse = QPushButton(_("Choose…"))
        self.default_button = QPushButton(_("Default"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.back_up_button = QPushButton(_("Back up now"))
        self.restore_button = QPushButton(_("Restore…"))
        self.restore_file_button = QPushButton(_("Restore from a file…"))
        self.news = QLabel()
        self.news.setWordWrap(True)
        self.news.setTextInteractionFlags(Qt.TextSelectableByMouse)

        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(_("Backup folder:")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        folder_row.addWidget(self.default_button)
        buttons = QHBoxLayout()
        for b in (self.back_up_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(hint_label(_(
            "The program backs the registry up when it closes and every day while it runs, "
            "if anything changed, and before an upgrade; it keeps the last ten backups and one "
            "a month for a year. Another disk or a network folder keeps them safe from a "
            "failure of this one.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.news)

        self._loader = LatestOnly(self)
        self._loader.ready.connect(self._show)
        self._loader.failed.connect(errors.report_exception)
        self.browse.clicked.connect(self._choose_folder)
        self.default_button.clicked.connect(lambda: self._set_folder(""))
        self.folder.editingFinished.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        sqlite = registry.path is not None
        self.back_up_button.setEnabled(sqlite)
        self.restore_file_button.setEnabled(sqlite and not registry.read_only)
        if not sqlite:
            self.news.setText(_("Backups are made here of a registry file; a registry on a "
                                "database server is backed up on the server."))
        self._selection_changed()
        self.reload()

    # --- the folder and its list --------------------------------------------------------

    def backup_folder(self) -> BackupFolder:
        return BackupFolder(self.folder.text().strip() or None)

    def _set_folder(self, text: str) -> None:
        self.folder.setText(text)
        self.reload()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("Backup folder"),
                                                  str(self.backup_folder().path))
        if chosen:
            self._set_folder(chosen)

    @property
    def loading(self) -> bool:
        return self._loader.loading

    def reload(self) -> None:
        folder = self.backup_folder()
        self._loader.run(folder.entries)

    def _show(self, entries: list[BackupEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            m = e.manifest
            values = ([when(e.created), _("cannot be read"), e.path.name, "", "", "",
                       size_text(e.size)] if m is None else
                      [when(e.created), reason_label(m.reason), Path(m.source).name,
                       str(m.live_instruments()), str(m.live_meetings()), str(m.attachments),
                       size_text(e.size)])
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(e.path) if m is None or col != 2 else m.source)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        if entries:
            self.table.selectRow(0)
        elif self.registry.path is not None and not self.news.text():
            self.news.setText(_("No backups in this folder yet."))
        self._selection_changed()

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(
            entry is not None and entry.manifest is not None and self.registry.path is not None
            and not self.registry.read_only)

    # --- backing up and restoring -------------------------------------------------------

    def back_up_now(self) -> None:
        folder = self.backup_folder()
        try:
            entry = wait_for(self, _("Making a backup of the registry…"),
                             lambda progress: folder.back_up(
                                 self.registry.path, reason="manual",
                                 progress=in_kilobytes(progress)))
        except Cancelled:
            return
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return
        self.news.setText(_("Backup saved: {path} ({size}).").format(
            path=entry.path, size=size_text(entry.size)))
        self.reload()

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is not None and entry.manifest is not None and self.restore_button.isEnabled():
            self.restore(entry.path)

    def restore_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Backup file"), str(self.backup_folder().path),
            _("Kelishim backups (*{suffix});;All files (*)").format(suffix=SUFFIX))
        if path:
            self.restore(Path(path))

    def restore(self, backup_path: Path) -> None:
        """Ask what will be replaced by what, then restore; `restored` follows."""
        folder = self.backup_folder()
        try:
            with BackupFile(backup_path) as backup:
                manifest = backup.manifest
            current = self.registry.summary()
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return
        if not confirm_restore(self, self.registry.location, current, manifest, backup_path,
                               folder.path):
            return
        try:
            result = run_restore(self, backup_path, self.registry.path, folder.path)
        except Cancelled:
            return
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return
        self.restored.emit(result)
