"""The instrument list as a Qt table model over paged registry queries.

Only a few pages of rows are ever held (an LRU cache); the row count comes from the query's
total. Every query runs on a worker thread: a new filter or sort starts a new generation, and
results of older generations are dropped when they arrive, so typing in the search box never
waits for the database and never shows stale rows.

Pages are read one at a time, and only those asked for last: dragging the scroll bar from the
top to the bottom of 100,000 rows passes hundreds of pages, and reading each of them (a query
of ~35 ms that holds the interpreter) made the last page arrive seconds after the drag ended.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from i18n import _, get_language
from models.dates import format_date
from models.records import InstrumentFilter, InstrumentRow, Page
from models.registry import Registry
from models.vocabulary import DEADLINE_KINDS, KINDS, LEVELS, STATUSES
from ui.list_model import ID_ROLE
from ui.own_language import name_of, title_of
from ui.widgets import status_colour
from ui.workers import Task

PAGE_SIZE = 200
MAX_PAGES = 8
LATEST_WANTED = 2  # a window shows rows of two neighbouring pages at most
OVERDUE_COLOUR = QColor("#c62828")
# (sort key of the registry, column title); the order of the columns.
COLUMNS = (
    ("registry_number", "Reg. no."), ("title", "Title"), ("kind", "Kind"), ("level", "Level"),
    ("counterpart", "Counterpart"), ("signed_date", "Signed"), ("status", "Status"),
    ("next_deadline", "Next deadline"),
)
COLUMN = {key: n for n, (key, _title) in enumerate(COLUMNS)}
TITLE_COLUMN = COLUMN["title"]
DISPLAY, TOOLTIP, DECORATION, FOREGROUND, FONT = (int(r) for r in (
    Qt.DisplayRole, Qt.ToolTipRole, Qt.DecorationRole, Qt.ForegroundRole, Qt.FontRole))
ROLES = frozenset({DISPLAY, TOOLTIP, DECORATION, FOREGROUND, FONT, int(ID_ROLE)})


def status_icon(status: str, cache: dict[str, QIcon] = {}) -> QIcon:  # noqa: B006 (a cache)
    """A round dot in the status colour, beside the status text."""
    if status not in cache:
        pix = QPixmap(12, 12)
        pix.fill(Qt.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setBrush(status_colour(status))
        painter.setPen(Qt.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        cache[status] = QIcon(pix)
    return cache[status]


def counterpart_text(row: InstrumentRow, home_country: str, country_names: dict[str, str]) -> str:
    """The other side in the user's language: the foreign countries, or failing those the
    international organisations among the parties."""
    foreign = [country_names.get(p.country, p.country) for p in row.parties
               if p.country and p.country != home_country]
    if not foreign:
        foreign = [name_of(p) for p in row.parties if not p.country]
    return ", ".join(dict.fromkeys(foreign)) or row.counterpart


class InstrumentTableModel(QAbstractTableModel):
    """Rows of `registry.list_instruments`, fetched a page at a time off the GUI thread."""

    count_changed = Signal(int)  # the number of matches, after each new query
    loaded = Signal()  # the first page of a new query is in
    failed = Signal(object)  # a query raised (a RegistryError or anything else)

    def __init__(self, registry: Registry, country_names: dict[str, str], parent=None, *,
                 page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES):
        super().__init__(parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self.registry = registry
        self.country_names = country_names
        self.lang = get_language()
        self.filter = InstrumentFilter()
        self.sort_key = "signed_date"
        self.descending = True
        self.total = 0
        self.loading = False
        self._pages: OrderedDict[int, tuple[InstrumentRow, ...]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()  # asked for, latest last
        self._fetching: int | None = None  # the page being read
        self._fetch_timer = QTimer(self)  # gathers the pages one repaint asks for
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self._generation = 0
        self._today = registry.today()
        self._titles = [_(title) for _key, title in COLUMNS]
        self._bold = QFont()
        self._bold.setBold(True)

    # --- queries --------------------------------------------------------------------------

    def set_query(self, f: InstrumentFilter | None = None, sort: str | None = None,
                  descending: bool | None = None) -> None:
        if f is not None:
            self.filter = f
        if sort is not None:
            self.sort_key = sort
        if descending is not None:
            self.descending = descending
        self.refresh()

    def refresh(self, keep_pages: bool = False) -> None:
        """Run the current query again (after a filter change, a save or a delete). With
        `keep_pages` (another clerk's change) the pages loaded now are read again as well, so
        that the rows the clerk has scrolled to and selected are there at once."""
        self._generation += 1
        generation = self._generation
        f, sort, desc = self.filter, self.sort_key, self.descending
        again = [n for n in self._pages if n] if keep_pages else []
        self.loading = True

        def read(_progress):
            first = self.registry.list_instruments(f, sort=sort, descending=desc, offset=0,
                                                   limit=self.page_size)
            pages = {n: self.registry.list_instruments(
                f, sort=sort, descending=desc, offset=n * self.page_size,
                limit=self.page_size, with_total=False).rows for n in again}
            return first, pages

        task = Task(read, self)
        task.succeeded.connect(lambda pages: self._first_page(generation, *pages))
        task.failed.connect(lambda exc: self._failed(generation, exc))
        task.start()

    def _first_page(self, generation: int, page: Page, more: dict | None = None) -> None:
        if generation != self._generation:
            return  # a newer query has been asked for
        self.beginResetModel()
        self.total = page.total
        self._pages = OrderedDict({0: page.rows, **(more or {})})
        self._wanted.clear()
        self._today = self.registry.today()
        self.loading = False
        self.endResetModel()
        self.count_changed.emit(self.total)
        self.loaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.loading = False
            self.failed.emit(exc)

    def _request_page(self, number: int) -> None:
        self._wanted[number] = None
        self._wanted.move_to_end(number)
        if self._fetching is None and not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        """Read the page asked for last (pages asked for before it have scrolled away)."""
        if self._fetching is not None:
            return  # called again when that page is in
        recent = list(self._wanted)[-LATEST_WANTED:]
        self._wanted = OrderedDict.fromkeys(n for n in recent if n not in self._pages)
        if not self._wanted:
            return
        number = self._wanted.popitem(last=True)[0]
        self._fetching = number
        generation = self._generation
        f, sort, desc = self.filter, self.sort_key, self.descending
        task = Task(lambda _progress: self.registry.list_instruments(
            f, sort=sort, descending=desc, offset=number * self.page_size, limit=self.page_size,
            with_total=False), self)
        task.succeeded.connect(lambda page: self._page(generation, number, page))
        task.failed.connect(lambda exc: self._page_failed(generation, exc))
        task.start()

    def _page(self, generation: int, number: int, page: Page) -> None:
        self._fetching = None
        if generation == self._generation:
            self._pages[number] = page.rows
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
            first = number * self.page_size
            last = min(first + self.page_size, self.total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self._fetch_wanted()

    def _page_failed(self, generation: int, exc: Exception) -> None:
        self._fetching = None
        self._wanted.clear()
        self._failed(generation, exc)

    def row_at(self, row: int) -> InstrumentRow | None:
        """The instrument on a row, if its page is loaded (a visible row is, or soon will be)."""
        number, pos = divmod(row, self.page_size)
        rows = self._pages.get(number)
        if rows is None:
            if 0 <= row < self.total:
                self._request_page(number)
            return None
        self._pages.move_to_end(number)
        return rows[pos] if pos < len(rows) else None

    def cached_pages(self) -> list[int]:
        """The page numbers held in memory, least recently used first."""
        return list(self._pages)

    def row_of(self, instrument_id: int) -> int | None:
        """Where an instrument is among the loaded rows."""
        for number, rows in self._pages.items():
            for pos, r in enumerate(rows):
                if r.id == instrument_id:
                    return number * self.page_size + pos
        return None

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt)
        if orientation == Qt.Horizontal and role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self._titles[section]
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        descending = order == Qt.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.set_query(sort=key, descending=descending)

    def data(self, index: QModelIndex, role=DISPLAY):
        # Called for every role of every visible cell at each repaint: plain ints only (reading
        # an attribute such as Qt.DisplayRole costs ~8 µs in PySide6, a third of a repaint).
        if role not in ROLES or not index.isValid():
            return None
        r = self.row_at(index.row())
        column = index.column()
        if r is None:
            return "…" if role == DISPLAY and column == TITLE_COLUMN else None
        key = COLUMNS[column][0]
        if role == DISPLAY:
            return self._display(r, key)
        if role == ID_ROLE:
            return r.id
        if role == TOOLTIP:
            if key == "next_deadline" and r.next_deadline:
                return DEADLINE_KINDS.label(r.next_deadline_kind, self.lang)
            if key in ("title", "counterpart"):  # long: a tooltip of rich text wraps
                return f"<p>{html.escape(self._display(r, key))}</p>"
            if key in ("status", "kind", "level"):
                return self._display(r, key)
            return None
        if role == DECORATION:
            return status_icon(r.status) if key == "status" else None
        if key == "next_deadline" and self._overdue(r):
            if role == FOREGROUND:
                return OVERDUE_COLOUR
            if role == FONT:
                return self._bold
        return None

    def _overdue(self, r: InstrumentRow) -> bool:
        return r.next_deadline is not None and r.next_deadline < self._today

    def _display(self, r: InstrumentRow, key: str) -> str:
        lang = self.lang
        if key == "kind":
            return KINDS.label(r.kind, lang)
        if key == "level":
            return LEVELS.label(r.level, lang)
        if key == "status":
            return STATUSES.label(r.status, lang)
        if key == "counterpart":
            return counterpart_text(r, self.registry.home_country, self.country_names)
        if key == "signed_date":
            return format_date(r.signed_date, r.signed_date_precision)
        if key == "next_deadline":
            return format_date(r.next_deadline)
        if key == "title":
            return title_of(r, lang)
        return getattr(r, key) or ""
