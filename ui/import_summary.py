"""How an import ended, for both import dialogs: how many records were added, which were left
out as already in the registry (each with the record it repeats), and "Show them", which asks
the main window to list the records concerned."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from i18n import _
from models.records import DuplicateMatch
from ui.duplicates import describe


class ImportSummary(QWidget):
    """Emits `show_requested(ids)` with the added records and those already there."""

    show_requested = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setObjectName("counts")
        self.skipped_heading = QLabel(_("Left out as already in the registry:"))
        self.skipped = QTableWidget(0, 2)
        self.skipped.setTabKeyNavigation(False)  # Tab leaves the table
        self.skipped.setHorizontalHeaderLabels([_("Left out"), _("In the registry")])
        self.skipped.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.skipped.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.skipped.verticalHeader().setVisible(False)
        self.skipped.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.skipped.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.skipped.setWordWrap(True)
        self.skipped.setAlternatingRowColors(True)
        self.skipped.setAccessibleName(_("Left out as already in the registry:"))
        self.show_button = QPushButton(_("Show them in the list"))
        self.show_button.setToolTip(_("The records added and those already in the registry, "
                                      "in the list of instruments"))
        self.show_button.clicked.connect(lambda: self.show_requested.emit(list(self.ids)))
        self.ids: list[int] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.skipped_heading)
        layout.addWidget(self.skipped, 1)
        layout.addWidget(self.show_button, 0, Qt.AlignLeft)

    def set_result(self, added: list[int], skipped: list[tuple[str, DuplicateMatch]],
                   other: str = "") -> None:
        """`added`: ids of the new records; `skipped`: (what was left out, e.g. "row 5" or a
        title, and the record it repeats); `other`: a further line (rows with problems)."""
        self.heading.setText(_("Import finished") if added else _("Nothing was added"))
        text = _("Added: {added}. Left out as already in the registry: {skipped}.").format(
            added=len(added), skipped=len(skipped))
        self.counts.setText(text + (f"\n{other}" if other else ""))
        self.skipped.setRowCount(len(skipped))
        for row, (what, match) in enumerate(skipped):
            where = QTableWidgetItem(match.registry_number if match.id else
                                     _("document {n} of the text").format(n=match.draft + 1))
            for column, item in enumerate((QTableWidgetItem(what), where)):
                item.setToolTip(describe(match))
                self.skipped.setItem(row, column, item)
        self.skipped.resizeRowsToContents()
        self.skipped_heading.setVisible(bool(skipped))
        self.skipped.setVisible(bool(skipped))
        self.ids = list(dict.fromkeys([*added, *(m.id for _w, m in skipped if m.id)]))
        self.show_button.setEnabled(bool(self.ids))
