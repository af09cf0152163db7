"""The follow-up instructions of a meeting in its editor: what is to be done, who does it, by
when, whether it is done, and which of the documents signed there it concerns. The briefing
prints them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from i18n import _
from models.errors import Problem, problem
from models.records import FollowUpDraft
from ui.widgets import OptionalDateEdit, hint_label

WHAT, WHO, DUE, DONE, CONCERNS, REMOVE = range(6)


class FollowUpsEditor(QWidget):
    """One row per instruction, each cell an input; ✕ removes a row."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int | None] = []
        self._documents: list[tuple[int, str]] = []
        self.table = QTableWidget(0, 6)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        for col, text in enumerate((_("What is to be done"), _("Who"), _("Due"), _("Done on"),
                                    _("Concerns the document"), "")):
            self.table.setHorizontalHeaderItem(col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.Stretch)
        header.setMinimumSectionSize(34)
        for col, width in ((WHO, 200), (DUE, 130), (DONE, 130), (CONCERNS, 220), (REMOVE, 34)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setDefaultSectionSize(
            OptionalDateEdit().sizeHint().height() + 6)
        self.table.setSelectionMode(QTableWidget.NoSelection)
        self.table.setAccessibleName(_("Follow-up instructions"))
        self.add_button = QPushButton(_("Add an instruction"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(hint_label(_("The instructions given at the meeting, each with who is "
                                      "to carry it out and by when: the briefing lists "
                                      "them.")), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _add_clicked(self) -> None:
        self.add(FollowUpDraft())
        self.table.cellWidget(self.table.rowCount() - 1, WHAT).setFocus()

    def add(self, f: FollowUpDraft) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(f.id)
        what, who = QLineEdit(f.what), QLineEdit(f.who)
        what.setPlaceholderText(_("e.g. Submit the draft law on ratification"))
        who.setPlaceholderText(_("e.g. Ministry of Justice"))
        due, done = OptionalDateEdit(), OptionalDateEdit()
        due.set_date(f.due)
        done.set_date(f.done_on)
        done.edit.setPlaceholderText(_("not yet"))
        concerns = QComboBox()
        concerns.addItem(_("— the meeting as a whole —"), None)
        for iid, title in self._documents:
            concerns.addItem(title, iid)
            concerns.setItemData(concerns.count() - 1, title, Qt.ToolTipRole)
        concerns.setCurrentIndex(max(0, concerns.findData(f.instrument_id)))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(_("Remove this instruction"))
        remove.setAccessibleName(_("Remove this instruction"))
        for col, widget in ((WHAT, what), (WHO, who), (DUE, due), (DONE, done),
                            (CONCERNS, concerns), (REMOVE, remove)):
            self.table.setCellWidget(row, col, widget)
        for edit in (what, who):
            edit.textChanged.connect(self.changed)
        for edit in (due, done):
            edit.edited.connect(self.changed)  # its message names the text as it is now
        concerns.currentIndexChanged.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(remove))
        self.changed.emit()

    def _remove(self, button: QToolButton) -> None:
        row = next(r for r in range(self.table.rowCount())
                   if self.table.cellWidget(r, REMOVE) is button)
        self.table.removeRow(row)
        del self._ids[row]
        self.changed.emit()

    def set_follow_ups(self, follow_ups: list[FollowUpDraft],
                       documents: list[tuple[int, str]]) -> None:
        """The instructions, and the documents of the meeting they may concern (id, title)."""
        self._documents = documents
        self.table.setRowCount(0)
        self._ids = []
        for f in follow_ups:
            self.add(f)

    def follow_ups(self) -> list[FollowUpDraft]:
        cell = self.table.cellWidget
        return [FollowUpDraft(id=self._ids[row], what=cell(row, WHAT).text().strip(),
                              who=cell(row, WHO).text().strip(), due=cell(row, DUE).date(),
                              done_on=cell(row, DONE).date(),
                              instrument_id=cell(row, CONCERNS).currentData())
                for row in range(self.table.rowCount())]

    def date_problems(self) -> list[Problem]:
        """Dates typed that are not dates."""
        return [problem("follow_ups", "Instruction {n}: “{text}” is not a date; type it as "
                                      "26.11.2025.", n=row + 1,
                        text=self.table.cellWidget(row, col).text())
                for row in range(self.table.rowCount()) for col in (DUE, DONE)
                if not self.table.cellWidget(row, col).is_valid()]
