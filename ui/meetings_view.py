"""The meetings screen: talks, visits and sessions, with the number of instruments signed at
each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QVBoxLayout,
                               QWidget)

from i18n import _, get_language
from models.dates import format_span
from models.records import MeetingRow
from models.registry import Registry
from models.vocabulary import MEETING_KINDS
from ui.list_model import (ID_ROLE, Column, RowsModel, emit_first_selected, new_table,
                           selected_ids)
from ui import errors
from ui.ui_state import UiState
from ui.widgets import DownToList, after_typing
from ui.workers import LatestOnly
from ui.following import keep_place


def meeting_dates(m: MeetingRow) -> str:
    return format_span(m.start_date, m.end_date, m.start_date_precision)


def meeting_columns(country_names: dict[str, str]) -> list[Column]:
    lang = get_language()
    return [
        Column(_("Dates"), meeting_dates),
        Column(_("Meeting"), lambda m: m.title, tooltip=lambda m: m.title),
        Column(_("Kind"), lambda m: MEETING_KINDS.label(m.kind, lang)),
        Column(_("Place"), lambda m: ", ".join(x for x in (m.city, m.venue) if x),
               tooltip=lambda m: ", ".join(x for x in (m.city, m.venue) if x)),
        Column(_("Countries"), lambda m: ", ".join(country_names.get(c, c)
                                                  for c in m.countries)),
        Column(_("Instruments"), lambda m: str(m.instrument_count), align_right=True),
    ]


class MeetingsView(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    briefing_requested = Signal(int)
    delete_requested = Signal()
    STATE_KEY = "meetings"

    def __init__(self, registry: Registry, state: UiState, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.state = state
        lang = get_language()
        names = {c.code: c.name(lang) for c in registry.countries()}
        self.model = RowsModel(meeting_columns(names), lambda m: m.id, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search meetings by title, city or venue"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = new_table(self.model, (150, 0, 160, 260, 150, 100), stretch=1)
        keep_place(self.table)
        state.restore_layout(self.STATE_KEY, self.table.horizontalHeader())
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)

        self.new_button = QPushButton(_("New meeting"))
        self.open_button = QPushButton(_("Open"))
        self.briefing_button = QPushButton(_("Briefing…"))
        self.delete_button = QPushButton(_("Delete"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        for b in (self.new_button, self.open_button, self.briefing_button, self.delete_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._loader = LatestOnly(self)
        self._loader.ready.connect(self._show)
        self._loader.failed.connect(errors.report_exception)
        after_typing(self.search, self.refresh)
        DownToList(self.search, self.table)
        self.table.activated.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(
            lambda: emit_first_selected(self.table, self.open_requested))
        self.briefing_button.clicked.connect(
            lambda: emit_first_selected(self.table, self.briefing_requested))
        self.delete_button.clicked.connect(self.delete_requested)
        self._update_buttons()

    @property
    def loading(self) -> bool:
        return self._loader.loading

    def refresh(self) -> None:
        text = self.search.text().strip() or None
        self._loader.run(lambda: self.registry.meetings(text))

    def _show(self, page) -> None:
        self.model.set_rows(page.rows)
        self.count_label.setText(_("Meetings found: {n}").format(n=page.total))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        return selected_ids(self.table)

    def selected_rows(self) -> list[MeetingRow]:
        ids = set(self.selected_ids())
        return [m for m in self.model.rows if m.id in ids]

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_buttons(self, *_args) -> None:
        has = self.table.selectionModel().hasSelection()
        for b in (self.open_button, self.briefing_button, self.delete_button):
            b.setEnabled(has)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        meeting_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.addAction(_("Open"), lambda: self.open_requested.emit(meeting_id))
        menu.addAction(_("Briefing…"), lambda: self.briefing_requested.emit(meeting_id))
        menu.addSeparator()
        menu.addAction(_("Delete"), self.delete_requested)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def save_state(self) -> None:
        self.state.save_layout(self.STATE_KEY, self.table.horizontalHeader())
