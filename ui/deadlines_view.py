"""Action needed: expiries, renewal-notice deadlines and overdue internal procedures within the
next N days, most urgent first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from i18n import _, get_language
from models.dates import format_date
from models.records import DeadlineItem
from models.registry import Registry
from models.vocabulary import DEADLINE_KINDS
from ui import errors
from ui.own_language import title_of
from ui.list_model import (ID_ROLE, Column, RowsModel, emit_first_selected, new_table,
                           text_width)
from ui.ui_state import UiState
from ui.workers import LatestOnly
from ui.following import keep_place

OVERDUE = QColor("#c62828")
SOON = QColor("#b26a00")
SOON_DAYS = 14


def days_text(days: int) -> str:
    if days < 0:
        return _("overdue by {n} d.").format(n=-days)
    if days == 0:
        return _("today")
    return _("in {n} d.").format(n=days)


def urgency_colour(item: DeadlineItem) -> QColor | None:
    if item.days_left < 0:
        return OVERDUE
    return SOON if item.days_left <= SOON_DAYS else None


def deadline_columns() -> list[Column]:
    lang = get_language()
    return [
        Column(_("Due"), lambda d: format_date(d.due), foreground=urgency_colour),
        Column(_("Days left"), lambda d: days_text(d.days_left), foreground=urgency_colour),
        Column(_("What is due"), lambda d: DEADLINE_KINDS.label(d.kind, lang),
               tooltip=lambda d: DEADLINE_KINDS.label(d.kind, lang)),
        Column(_("Reg. no."), lambda d: d.registry_number),
        Column(_("Instrument"), title_of, tooltip=title_of),
        Column(_("Counterpart"), lambda d: d.counterpart),
    ]


def column_widths(widget: QWidget) -> tuple[int, ...]:
    """Wide enough for what each column holds in the current language (what is due: up to
    a limit; the instrument's title takes the rest)."""
    lang = get_language()
    return (text_width(widget, [format_date(date(2025, 12, 28))]),
            text_width(widget, [days_text(-999), days_text(999)]),
            min(340, text_width(widget, [t.label(lang) for t in DEADLINE_KINDS])),
            text_width(widget, ["2025/ПР-0001"]), 0, 130)


class DeadlinesView(QWidget):
    open_requested = Signal(int)
    loaded = Signal(int)  # how many deadlines the list shows
    STATE_KEY = "deadlines"

    def __init__(self, registry: Registry, state: UiState, horizon_days: int, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.state = state
        self.model = RowsModel(deadline_columns(), lambda d: d.instrument_id, self)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(horizon_days)
        self.days.setSuffix(" " + _("days"))
        self.days.setAccessibleName(_("Look ahead"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # What is due, whole at 1366 pixels; at 1024 the title keeps its room too.
        self.table = new_table(self.model, column_widths(self), stretch=4, whole=(0, 1, 3),
                               share=1 / 4)
        keep_place(self.table)
        state.restore_layout(self.STATE_KEY, self.table.horizontalHeader())
        self.open_button = QPushButton(_("Open instrument"))

        top = QHBoxLayout()
        label = QLabel(_("Due within the next:"))
        label.setBuddy(self.days)
        top.addWidget(label)
        top.addWidget(self.days)
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._loader = LatestOnly(self)
        self._loader.ready.connect(self._show)
        self._loader.failed.connect(self._failed)
        self.days.valueChanged.connect(self.refresh)
        self.table.activated.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
        self.open_button.clicked.connect(
            lambda: emit_first_selected(self.table, self.open_requested))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    @property
    def loading(self) -> bool:
        return self._loader.loading

    def refresh(self) -> None:
        """Reload off the GUI thread (at scale the deadlines take a while to compute)."""
        days = self.days.value()
        self.summary.setText(_("Loading…"))
        self._loader.run(lambda: self.registry.deadlines(days))

    def _show(self, items: list[DeadlineItem]) -> None:
        self.model.set_rows(items)
        overdue = sum(1 for i in items if i.overdue)
        if items:
            self.summary.setText(_("Deadlines: {n}, of them overdue: {overdue}").format(
                n=len(items), overdue=overdue))
        else:
            self.summary.setText(_("Nothing is due in this period."))
        self._update_buttons()
        self.loaded.emit(len(items))

    def _failed(self, exc: Exception) -> None:
        self.summary.setText("")
        errors.report_exception(exc)

    def _update_buttons(self, *_args) -> None:
        self.open_button.setEnabled(self.table.selectionModel().hasSelection())

    def save_state(self) -> None:
        self.state.save_layout(self.STATE_KEY, self.table.horizontalHeader())
