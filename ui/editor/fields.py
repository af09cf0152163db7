"""Small field helpers the record editors share: wrapping text boxes, captions, counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QSpinBox

from ui.widgets import ChosenList


def text_box(lines: int) -> QPlainTextEdit:
    """A wrapping text field `lines` high in which Tab moves on to the next field."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def caption_alignment(field) -> Qt.AlignmentFlag:
    """A caption stands level with a one-line field, and at the top of a taller one."""
    tall = isinstance(field, (QPlainTextEdit, ChosenList, QGridLayout))
    return Qt.AlignLeft | (Qt.AlignTop if tall else Qt.AlignVCenter)


def one_line(box: QPlainTextEdit) -> str:
    """A title typed in a wrapping box: one line, single spaces."""
    return " ".join(box.toPlainText().split())


def spin(minimum: int, special: str) -> QSpinBox:
    """A count whose lowest value stands for "none" (shown as `special`)."""
    box = QSpinBox()
    box.setRange(minimum, 999)
    box.setSpecialValueText(special)
    box.setMinimumWidth(max(120, box.fontMetrics().horizontalAdvance(special) + 48))
    return box


def spin_value(box: QSpinBox) -> int | None:
    return None if box.value() == box.minimum() else box.value()


def set_spin(box: QSpinBox, value: int | None) -> None:
    box.setValue(box.minimum() if value is None else value)
