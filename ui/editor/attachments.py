"""The files of an instrument or a meeting: added with the file dialog or by dropping them on
the list (the registry keeps its own copy; the original stays where it is), opened with the
system's viewer, removed. Files added to a record not saved yet are attached on its first save.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from i18n import _, get_language, size_text
from models.dates import format_date
from models.errors import RegistryError
from models.records import AttachmentView
from models.registry import Registry
from models.vocabulary import ATTACHMENT_KINDS, TEXT_LANGUAGES
from ui import errors
from ui.waiting import patiently
from ui.widgets import VocabularyCombo, hint_label

NAME, KIND, LANGUAGE, VERSION, SIZE, ADDED = range(6)


@dataclass(frozen=True)
class PendingFile:
    path: Path
    kind: str
    language: str


class AttachmentsPanel(QWidget):
    changed = Signal()  # a file was attached or removed (or waits for the first save)

    def __init__(self, registry: Registry, owner: str, parent=None):
        """`owner` is "instrument" or "meeting"."""
        super().__init__(parent)
        self.registry = registry
        self.owner = owner
        self.owner_id: int | None = None
        self.pending: list[PendingFile] = []
        self._files: list[AttachmentView | PendingFile] = []
        self.setAcceptDrops(True)

        self.table = QTableWidget(0, 6)

        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels([_("File"), _("Kind"), _("Language"),
                                              _("Version"), _("Size"), _("Added")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        for col, width in ((KIND, 220), (LANGUAGE, 110), (VERSION, 70), (SIZE, 80),
                           (ADDED, 170)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setAccessibleName(_("Files"))
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.kind = VocabularyCombo(ATTACHMENT_KINDS)
        self.kind.set_code("signed_scan" if owner == "instrument" else "other")
        self.language = VocabularyCombo(TEXT_LANGUAGES, allow_empty=True,
                                        empty_text=_("no particular language"))
        self.add_button = QPushButton(_("Add files…"))
        self.open_button = QPushButton(_("Open"))
        self.remove_button = QPushButton(_("Remove"))
        for b in (self.add_button, self.open_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        hint = hint_label(_("Drop files here, or add them with the button. The registry keeps "
                            "its own copy; your file stays where it is."))

        new = QHBoxLayout()
        new.addWidget(QLabel(_("New files:")))
        new.addWidget(self.kind)
        new.addWidget(self.language)
        new.addWidget(self.add_button)
        new.addStretch(1)
        new.addWidget(self.open_button)
        new.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(new)
        self._selection_changed()

    # --- showing --------------------------------------------------------------------------

    def set_owner(self, owner_id: int | None,
                  attachments: tuple[AttachmentView, ...] = ()) -> None:
        self.owner_id = owner_id
        self._files = [*attachments, *self.pending]
        self._fill()

    def _fill(self) -> None:
        lang = get_language()
        self.table.setRowCount(len(self._files))
        for row, f in enumerate(self._files):
            if isinstance(f, PendingFile):
                size = f.path.stat().st_size if f.path.exists() else 0
                cells = (f.path.name, ATTACHMENT_KINDS.label(f.kind, lang),
                         TEXT_LANGUAGES.label(f.language, lang), "", size_text(size),
                         _("on saving"))
                tip = str(f.path)
            else:
                added = f.added_at.astimezone() if f.added_at.tzinfo else f.added_at
                cells = (f.original_name, ATTACHMENT_KINDS.label(f.kind, lang),
                         TEXT_LANGUAGES.label(f.language, lang), str(f.version),
                         size_text(f.size), f"{format_date(added.date())}, {f.added_by}")
                tip = f"{f.original_name}\nSHA-256: {f.sha256}"
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip if col == NAME else text)
                if col in (VERSION, SIZE):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        rows = self._selected_rows()
        self.open_button.setEnabled(bool(rows))
        self.remove_button.setEnabled(bool(rows))

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    # --- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, _("Attach files"), "",
                                                      _("All files (*)"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        kind, language = self.kind.code(), self.language.code()
        added = False
        for path in paths:
            if self.owner_id is None:
                self.pending.append(PendingFile(path, kind, language))
                added = True
                continue
            try:
                patiently(self, lambda p=path: self.registry.add_attachment(
                    p, kind=kind, language=language, **{f"{self.owner}_id": self.owner_id}))
                added = True
            except RegistryError as exc:
                errors.show_registry_error(self, exc)
        if added:
            self.reload()
            self.changed.emit()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    # --- opening and removing -------------------------------------------------------------

    def open_selected(self) -> None:
        for row in self._selected_rows():
            f = self._files[row]
            try:
                path = f.path if isinstance(f, PendingFile) else \
                    self.registry.attachment_path(f.id)
            except RegistryError as exc:
                errors.show_registry_error(self, exc)
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        rows = self._selected_rows()
        if not rows:
            return
        names = ", ".join(self.table.item(r, NAME).text() for r in rows)
        stored = [self._files[r] for r in rows if not isinstance(self._files[r], PendingFile)]
        if stored and not errors.ask(self, _("Remove files"),
                                     _("Detach {names}? The audit log keeps a trace of it.")
                                     .format(names=names), _("Remove")):
            return
        for row in rows:
            f = self._files[row]
            if isinstance(f, PendingFile):
                self.pending.remove(f)
                continue
            try:
                patiently(self, lambda f=f: self.registry.remove_attachment(f.id, f.row_version))
            except RegistryError as exc:
                errors.show_registry_error(self, exc)
        self.reload()
        self.changed.emit()

    def reload(self) -> None:
        if self.owner_id is None:
            self.set_owner(None)
        elif self.owner == "instrument":
            self.set_owner(self.owner_id, self.registry.instrument(self.owner_id).attachments)
        else:
            self.set_owner(self.owner_id, self.registry.meeting(self.owner_id).attachments)

    def apply_pending(self, owner_id: int) -> list[str]:
        """Attach the files added before the first save; returns the refusals, if any."""
        refused = []
        for f in self.pending:
            try:
                patiently(self, lambda f=f: self.registry.add_attachment(
                    f.path, kind=f.kind, language=f.language, **{f"{self.owner}_id": owner_id}))
            except RegistryError as exc:
                refused.append(exc.message())
        self.pending = []
        return refused
