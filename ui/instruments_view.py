"""The instruments screen: the filter bar, the number of matches and the paged table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from i18n import _, get_language
from models.records import InstrumentFilter, InstrumentRow
from models.registry import Registry
from ui import errors
from ui.column_fit import TitleRoom
from ui.filter_bar import FilterBar
from ui.following import keep_place
from ui.instruments_model import COLUMN, InstrumentTableModel
from ui.list_model import (ID_ROLE, configure_table, emit_first_selected, header_width,
                           selected_ids, text_width)
from ui.ui_state import UiState
from ui.widgets import DownToList

COLUMN_WIDTHS = {"registry_number": 100, "kind": 125, "level": 135, "counterpart": 115,
                 "signed_date": 88, "status": 175, "next_deadline": 105}


def setup_instrument_columns(table: QTableView) -> TitleRoom:
    """Column widths (enough for each title and its sort arrow in every language), the title
    taking the rest and keeping a third of the width on a small screen (ui.column_fit),
    sorted by signature date, newest first."""
    header = table.horizontalHeader()
    for key, width in COLUMN_WIDTHS.items():
        header.resizeSection(COLUMN[key], max(width, header_width(header, COLUMN[key])))
    header.setSectionResizeMode(COLUMN["title"], QHeaderView.Stretch)
    header.setSortIndicator(COLUMN["signed_date"], Qt.DescendingOrder)
    header.setContextMenuPolicy(Qt.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: column_menu(header, pos))
    header.setTextElideMode(Qt.ElideRight)  # a narrowed column's title: "Ближайший с…"
    floors = {COLUMN[key]: text_width(table, texts, 14) for key, texts in (
        ("registry_number", ["2025/СГ-0000"]), ("signed_date", ["00.00.0000"]),
        ("next_deadline", ["00.00.0000"]), ("counterpart", ["Россия"]))}
    floors[COLUMN["status"]] = text_width(table, ["Действ"], 36)  # the dot and a word's start
    table.title_room = TitleRoom(table, COLUMN["title"], floors)
    return table.title_room


def column_menu(header: QHeaderView, pos) -> QMenu:
    """Right click on the column titles: show or hide columns (all but the title), to give the
    title more room on a small screen. The header's remembered state keeps the choice."""
    model = header.model()
    menu = QMenu(header)
    menu.addSection(_("Columns"))
    for column in range(model.columnCount()):
        action = menu.addAction(model.headerData(column, Qt.Horizontal))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column != COLUMN["title"])
        action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
    menu.popup(header.mapToGlobal(pos))
    return menu


class InstrumentsView(QWidget):
    """Asks the main window to open, create or delete instruments through its signals."""

    open_requested = Signal(int)
    new_requested = Signal()
    delete_requested = Signal()
    merge_requested = Signal()
    card_requested = Signal(int)
    count_changed = Signal(int)

    STATE_KEY = "instruments"

    def __init__(self, registry: Registry, state: UiState, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.state = state
        countries = registry.countries()
        lang = get_language()
        self.model = InstrumentTableModel(registry, {c.code: c.name(lang) for c in countries},
                                          self)
        self.filter_bar = FilterBar(countries, registry.sectors())
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.title_room = setup_instrument_columns(self.table)
        if self.state.restore_layout(self.STATE_KEY, self.title_room.header):
            self.title_room.remember_widths()
        self.table.setSortingEnabled(True)

        self.only: list[int] | None = None  # just these records (an import's), until reset
        self.only_label = QLabel()
        self.only_label.setWordWrap(True)
        self.only_label.setObjectName("only")
        self.show_all_button = QPushButton(_("Show all instruments"))
        self.show_all_button.clicked.connect(lambda: self.show_only(None))
        only_bar = QHBoxLayout()
        only_bar.addWidget(self.only_label, 1)
        only_bar.addWidget(self.show_all_button)
        self.only_bar = QWidget()
        self.only_bar.setLayout(only_bar)
        self.only_bar.setVisible(False)
        self.new_button = QPushButton(_("New instrument"))
        self.open_button = QPushButton(_("Open"))
        self.delete_button = QPushButton(_("Delete"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for b in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.only_bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        DownToList(self.filter_bar.search, self.table)
        self.filter_bar.changed.connect(self._query)
        self.model.count_changed.connect(self._show_count)
        self.model.failed.connect(errors.report_exception)
        keep_place(self.table, self.model.row_of, self._new_query_shown)  # selection, scroll
        self.model.loaded.connect(self._update_buttons)
        self.table.activated.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(
            lambda: emit_first_selected(self.table, self.open_requested))
        self.delete_button.clicked.connect(self.delete_requested)
        self._selected_before: list[int] = []
        self._to_top = False
        self._update_buttons()
        self.filter_bar.set_state(self.state.load_json("filter", {}))

    # --- querying -------------------------------------------------------------------------

    def current_filter(self) -> InstrumentFilter:
        """The filter the list shows (the export and reports take it)."""
        f = self.filter_bar.filter()
        f.ids = self.only
        return f

    def show_only(self, ids: list[int] | None) -> None:
        """List just these records (None: all that the filter bar lets through)."""
        self.only = ids
        self.only_bar.setVisible(ids is not None)
        if ids is not None:
            self.only_label.setText(_("Showing the {n} instrument(s) of the import.").format(
                n=len(ids)))
        self._query()

    def _query(self) -> None:
        """A new search or filter: its first rows shown from the top (a refresh after a
        change keeps the place in the list)."""
        self._to_top = True
        self.model.set_query(self.current_filter())

    def set_country(self, code: str) -> None:
        """Show the instruments with one counterpart country (from the parties screen)."""
        self.filter_bar.set_state({"country": code})

    def refresh(self, keep_pages: bool = False) -> None:
        self.model.refresh(keep_pages)

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(_("Instruments found: {n}").format(n=total))
        self.count_changed.emit(total)

    # --- selection ------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return selected_ids(self.table)

    def selected_rows(self) -> list[InstrumentRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(n) for n in rows) if r is not None]

    def _new_query_shown(self) -> bool:
        """Whether the rows just loaded answer a new search or filter (shown from the top)
        rather than a refresh after a change (shown where the clerk was)."""
        fresh, self._to_top = self._to_top, False
        return fresh

    def _update_buttons(self, *_args) -> None:
        has = self.table.selectionModel().hasSelection()
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _open_index(self, index) -> None:
        instrument_id = index.data(ID_ROLE)
        if instrument_id is not None:
            self.open_requested.emit(instrument_id)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or index.data(ID_ROLE) is None:
            return
        instrument_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.addAction(_("Open"), lambda: self.open_requested.emit(instrument_id))
        menu.addAction(_("Card report…"), lambda: self.card_requested.emit(instrument_id))
        if len(self.selected_ids()) == 2:
            menu.addAction(_("Merge…"), self.merge_requested.emit)
        menu.addSeparator()
        delete = QAction(_("Delete"), menu)
        delete.setShortcut(QKeySequence.Delete)
        delete.triggered.connect(self.delete_requested)
        menu.addAction(delete)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def save_state(self) -> None:
        self.state.save_layout(self.STATE_KEY, self.table.horizontalHeader())
        self.state.save_json("filter", self.filter_bar.state())
