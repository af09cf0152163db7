"""The title column keeps room to be read on a small screen: when the other columns of a list
would leave it less than a third of the width, they give up width in proportion (down to what
a number or a date needs), and take their own widths back when the window grows. Widths the
clerk drags are the new preferred ones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView

TITLE_SHARE = 1 / 3  # of the list's width, at least
TITLE_MINIMUM = 220  # pixels, at least


class TitleRoom(QObject):
    """Fits the columns of `table` other than `title` (which stretches) on every resize of the
    list, leaving the title `share` of the width. `floors` gives a column's narrowest width (a
    date, a registry number); others go down to `floor`."""

    def __init__(self, table: QTableView, title: int, floors: dict[int, int] | None = None,
                 floor: int = 48, share: float = TITLE_SHARE):
        super().__init__(table)
        self.table = table
        self.header = table.horizontalHeader()
        self.title = title
        self.floors = floors or {}
        self.floor = floor
        self.share = share
        self.preferred: dict[int, int] = {}
        self._fitting = False
        self.remember_widths()
        self.header.sectionResized.connect(self._resized_by_clerk)
        table.viewport().installEventFilter(self)

    def remember_widths(self) -> None:
        """The widths as they are now are the preferred ones (after a layout is restored)."""
        self.preferred = {c: self.header.sectionSize(c) for c in range(self.header.count())
                          if c != self.title}

    def _resized_by_clerk(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column == self.title:
            return
        if new == 0 or self.header.isSectionHidden(column):  # hidden or shown again
            QTimer.singleShot(0, self.fit)
        else:
            self.preferred[column] = new

    def save_state(self):
        """The header's state with the preferred widths (not those fitted to this window)."""
        self._fitting = True
        try:
            for column, size in self.preferred.items():
                self.header.resizeSection(column, size)
            state = self.header.saveState()
        finally:
            self._fitting = False
        self.fit()
        return state

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt)
        # Only a list on screen has its real width (a screen not shown yet is a few pixels).
        if event.type() == QEvent.Resize and self.table.isVisible():
            self.fit(event.size().width())
        elif event.type() == QEvent.Show:
            self.fit()
        return False

    def fit(self, width: int | None = None) -> None:
        width = self.table.viewport().width() if width is None else width
        shown = [c for c in self.preferred if not self.header.isSectionHidden(c)]
        room = width - max(TITLE_MINIMUM, int(width * self.share))
        wanted = sum(self.preferred[c] for c in shown)
        floors = {c: min(self.preferred[c], self.floors.get(c, self.floor)) for c in shown}
        if wanted <= room:
            widths = {c: self.preferred[c] for c in shown}
        else:  # what can give: the width above each column's floor, shared out in proportion
            spare = max(0, room - sum(floors.values()))
            above = sum(self.preferred[c] - floors[c] for c in shown) or 1
            widths = {c: floors[c] + (self.preferred[c] - floors[c]) * spare // above
                      for c in shown}
        self._fitting = True
        try:
            for column, size in widths.items():
                if self.header.sectionSize(column) != size:
                    self.header.resizeSection(column, size)
        finally:
            self._fitting = False
