"""Captioned fields side by side in as many columns as the width takes, folding onto more lines
when the window is narrower (the filter bar: three columns on a wide screen, two at 1024
pixels, one in a narrow window), so that no field is ever cut off."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

SPACING = 8


class FoldingGrid(QWidget):
    """`cells` are (caption, field) pairs, laid out in reading order, `columns` pairs a line at
    most. The widget's minimum width is that of one pair a line; when resized it takes as
    many columns as fit."""

    def __init__(self, cells: list[tuple[str, QWidget]], columns: int = 3, parent=None):
        super().__init__(parent)
        self.cells: list[tuple[QLabel, QWidget]] = []
        for text, field in cells:
            label = QLabel(text)
            label.setBuddy(field.focusProxy() or field)
            self.cells.append((label, field))
        self.max_columns = columns
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(SPACING)
        self._arrange(columns)

    def needed_width(self, columns: int) -> int:
        """Pixels the pairs need, `columns` of them a line, each field at its minimum."""
        total = 0
        for column in range(columns):
            pairs = self.cells[column::columns]
            if not pairs:
                break
            total += max(label.sizeHint().width() for label, _field in pairs)
            total += max(max(field.minimumSizeHint().width(), field.minimumWidth())
                         for _label, field in pairs)
            total += 2 * SPACING
        return total - SPACING

    def columns_for(self, width: int) -> int:
        return next((n for n in range(self.max_columns, 1, -1) if self.needed_width(n) <= width),
                    1)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        for label, field in self.cells:
            self.grid.removeWidget(label)
            self.grid.removeWidget(field)
        for column in range(2 * self.max_columns):
            self.grid.setColumnStretch(column, 0)
        for n, (label, field) in enumerate(self.cells):
            row, column = divmod(n, columns)
            self.grid.addWidget(label, row, 2 * column)
            self.grid.addWidget(field, row, 2 * column + 1)
        for column in range(columns):
            self.grid.setColumnStretch(2 * column + 1, 1)
        self.columns = columns
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(self.needed_width(1), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._arrange(self.columns_for(event.size().width()))
        super().resizeEvent(event)
