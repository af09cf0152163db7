"""The trash: deleted instruments and meetings, which can be restored."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from i18n import _, get_language
from models.records import InstrumentFilter
from models.registry import Registry
from ui import errors
from ui.instruments_model import InstrumentTableModel
from ui.instruments_view import setup_instrument_columns
from ui.list_model import RowsModel, new_table, selected_ids
from ui.meetings_view import meeting_columns
from ui.ui_state import UiState
from ui.waiting import patiently
from ui.following import keep_place


class TrashView(QWidget):
    restored = Signal()

    def __init__(self, registry: Registry, state: UiState, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.state = state
        lang = get_language()
        names = {c.code: c.name(lang) for c in registry.countries()}
        self.instruments = InstrumentTableModel(registry, names, self)
        self.instruments.filter = InstrumentFilter(deleted=True)
        self.meetings = RowsModel(meeting_columns(names), lambda m: m.id, self)
        self.instrument_table = new_table(self.instruments)
        setup_instrument_columns(self.instrument_table)
        keep_place(self.instrument_table, self.instruments.row_of)
        self.instrument_table.setSortingEnabled(True)
        self.meeting_table = new_table(self.meetings, (150, 0, 160, 260, 150, 100), stretch=1)
        keep_place(self.meeting_table)
        self.instrument_label = QLabel()
        self.meeting_label = QLabel()
        self.restore_instruments = QPushButton(_("Restore instruments"))
        self.restore_meetings = QPushButton(_("Restore meetings"))
        hint = QLabel(_("Deleted records stay here and can be restored; nothing is erased."))
        hint.setWordWrap(True)

        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self._section(self.instrument_label, self.restore_instruments,
                                         self.instrument_table))
        splitter.addWidget(self._section(self.meeting_label, self.restore_meetings,
                                         self.meeting_table))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

        self.instruments.count_changed.connect(self._show_instrument_count)
        self.instruments.failed.connect(errors.report_exception)
        self.restore_instruments.clicked.connect(self.restore_selected_instruments)
        self.restore_meetings.clicked.connect(self.restore_selected_meetings)
        for table in (self.instrument_table, self.meeting_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    @staticmethod
    def _section(label: QLabel, button: QPushButton, table: QTableView) -> QWidget:
        box = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(label, 1)
        bar.addWidget(button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        return box

    def refresh(self) -> None:
        self.instruments.refresh()
        page = self.registry.meetings(deleted=True)
        self.meetings.set_rows(page.rows)
        self.meeting_label.setText(_("Deleted meetings: {n}").format(n=page.total))
        self._update_buttons()

    def _show_instrument_count(self, total: int) -> None:
        self.instrument_label.setText(_("Deleted instruments: {n}").format(n=total))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.restore_instruments.setEnabled(
            self.instrument_table.selectionModel().hasSelection())
        self.restore_meetings.setEnabled(self.meeting_table.selectionModel().hasSelection())

    def restore_selected_instruments(self) -> None:
        for instrument_id in selected_ids(self.instrument_table):
            patiently(self, lambda i=instrument_id: self.registry.restore_instrument(i))
        self.refresh()
        self.restored.emit()

    def restore_selected_meetings(self) -> None:
        for meeting_id in selected_ids(self.meeting_table):
            patiently(self, lambda i=meeting_id: self.registry.restore_meeting(i))
        self.refresh()
        self.restored.emit()
