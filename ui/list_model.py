"""Small in-memory lists (meetings, deadlines, parties, the trash) as Qt table models, and the
look every table of the program shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.column_fit import TitleRoom

ID_ROLE = int(Qt.UserRole) + 1
DISPLAY, TOOLTIP, FOREGROUND, ALIGNMENT = (int(r) for r in (
    Qt.DisplayRole, Qt.ToolTipRole, Qt.ForegroundRole, Qt.TextAlignmentRole))
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[object], str]
    tooltip: Callable[[object], str | None] | None = None
    foreground: Callable[[object], object] | None = None  # a QColor or None
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Read-only rows (plain records) shown through `Column`s; ID_ROLE gives `id_of(row)`."""

    def __init__(self, columns: Sequence[Column], id_of: Callable[[object], int],
                 parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.id_of = id_of
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt)
        if orientation == Qt.Horizontal and role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex, role=DISPLAY):
        # Plain ints: reading Qt.DisplayRole and the like costs microseconds each in PySide6,
        # and a repaint asks for every role of every visible cell.
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == DISPLAY:
            return column.text(row)
        if role == ID_ROLE:
            return self.id_of(row)
        if role == TOOLTIP:
            return column.tooltip(row) if column.tooltip else None
        if role == FOREGROUND and column.foreground:
            return column.foreground(row)
        if role == ALIGNMENT and column.align_right:
            return RIGHT
        return None


def configure_table(table: QTableView) -> None:
    """What every list of the program shares: whole rows selected, fixed row height (automatic
    heights freeze big tables), no grid, alternating rows."""
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)


def selected_ids(table: QTableView) -> list[int]:
    """The ids (ID_ROLE) of the selected rows, in row order."""
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    ids = [table.model().index(r, 0).data(ID_ROLE) for r in rows]
    return [i for i in ids if i is not None]


def text_width(widget: QWidget, texts: Sequence[str], padding: int = 20) -> int:
    """Pixels a table cell in `widget`'s font needs to show the widest of `texts` whole."""
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(t) for t in texts), default=0) + padding


def header_width(header: QHeaderView, column: int) -> int:
    """Pixels a column's title needs, with room for the sort arrow."""
    title = header.model().headerData(column, Qt.Horizontal) or ""
    return header.fontMetrics().horizontalAdvance(str(title)) + 28


def keep_titles_whole(header: QHeaderView) -> None:
    """Widen the columns narrower than their titles (widths remembered in another language
    cut the titles of this one)."""
    for column in range(header.count()):
        if (not header.isSectionHidden(column)
                and header.sectionResizeMode(column) != QHeaderView.Stretch):
            header.resizeSection(column, max(header.sectionSize(column),
                                             header_width(header, column)))


def new_table(model, widths: Sequence[int] = (), stretch: int | None = None,
              whole: Sequence[int] = (), share: float = 1 / 3) -> QTableView:
    """A table of the program's look over `model`: `widths` in pixels per column (0 leaves
    one as it is; never narrower than the column's title), column `stretch` taking the rest
    of the width and keeping `share` of it on a small screen, where the other columns give
    up width, except those `whole` (a date, a number)."""
    table = QTableView()
    table.setModel(model)
    configure_table(table)
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        if width:
            header.resizeSection(column, max(width, header_width(header, column)))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
        header.setTextElideMode(Qt.ElideRight)
        table.title_room = TitleRoom(table, stretch, {c: 10_000 for c in whole}, share=share)
    return table


def emit_first_selected(table: QTableView, signal) -> None:
    """Emit `signal(id)` for the first selected row, if any (an Open button)."""
    ids = selected_ids(table)
    if ids:
        signal.emit(ids[0])
