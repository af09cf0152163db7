"""Screens that follow other clerks' changes.

`ChangeFollower` asks the registry every few seconds, off the GUI thread, whether anyone has
committed a change since (`Registry.change_mark`: one cheap read) and says so with `changed`;
the main window then reloads its screens. `keep_place(table)` makes a reload invisible but for
the new data: the selected records (by id, wherever they moved), the current one and the scroll
position stay as they were. Editors are never reloaded: what a clerk is typing stays, and a
save made from an older version meets the conflict dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QTableView

from ui.list_model import ID_ROLE, selected_ids
from ui.workers import LatestOnly

FOLLOW_INTERVAL_MS = 2000  # other clerks' changes appear within this (plus the reload)


class ChangeFollower(QObject):
    """Polls `registry.change_mark()`; `changed` when it moved since the last poll."""

    changed = Signal()

    def __init__(self, registry, parent: QObject | None = None,
                 interval_ms: int = FOLLOW_INTERVAL_MS):
        super().__init__(parent)
        self.registry = registry
        self.mark: int | None = None
        self._poll = LatestOnly(self)
        self._poll.ready.connect(self._answered)
        self._poll.failed.connect(lambda _exc: None)  # a server out of reach: asked again later
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def polling(self) -> bool:
        return self._poll.loading

    def poll(self) -> None:
        if not self._poll.loading:  # one question at a time, however slow the server
            self._poll.run(self.registry.change_mark)

    def _answered(self, mark: int) -> None:
        before, self.mark = self.mark, mark
        if before is not None and mark != before:
            self.changed.emit()


def keep_place(table: QTableView, row_of=None, fresh=None) -> None:
    """Across every reload (reset) of the table's model, keep the selected rows, the current
    row and the scroll position. `row_of(id)` finds a record's row (default: read each row's
    ID_ROLE); `fresh()` true: the rows answer a new query, shown from the top."""
    model = table.model()
    place: dict = {}

    def find(record_id) -> int | None:
        if row_of is not None:
            return row_of(record_id)
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == record_id:
                return row
        return None

    def remember() -> None:
        current = table.currentIndex()
        place.update(ids=selected_ids(table),
                     current=current.data(ID_ROLE) if current.isValid() else None,
                     column=max(current.column(), 0),
                     scroll=(table.verticalScrollBar().value(),
                             table.horizontalScrollBar().value()))

    def restore() -> None:
        if not place:
            return
        ids, current, column = place.pop("ids"), place.pop("current"), place.pop("column")
        scroll = place.pop("scroll")
        selection = table.selectionModel()
        current_row = find(current) if current is not None else None
        if current_row is not None:
            selection.setCurrentIndex(model.index(current_row, column),
                                      QItemSelectionModel.NoUpdate)
        for record_id in ids:
            row = find(record_id)
            if row is not None:
                selection.select(model.index(row, 0), QItemSelectionModel.Select
                                 | QItemSelectionModel.Rows)
        if fresh is not None and fresh():
            table.scrollToTop()
            return
        # the scroll bars' ranges follow the new rows once the view has laid them out
        QTimer.singleShot(0, table, lambda: (table.verticalScrollBar().setValue(scroll[0]),
                                             table.horizontalScrollBar().setValue(scroll[1])))

    model.modelAboutToBeReset.connect(remember)
    loaded = getattr(model, "loaded", None)  # a model that resets before its rows are in
    (loaded or model.modelReset).connect(restore)
