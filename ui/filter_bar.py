"""The filter bar above the instrument list: search as you type, counterpart, kind, level,
status, sector and signature period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from i18n import _
from models.records import CountryView, InstrumentFilter
from models.vocabulary import KINDS, LEVELS, STATUSES
from ui.folding_grid import FoldingGrid
from ui.widgets import SEARCH_DELAY_MS, CountryCombo, OptionalDateEdit, VocabularyCombo


class FilterBar(QWidget):
    """Emits `changed` when the filter changes: at once for a choice, after a short pause
    in typing for the search text."""

    changed = Signal()

    def __init__(self, countries: list[CountryView], sectors: list[str], parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by title, party, subject, number… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search"))
        self.country = CountryCombo(countries, allow_empty=True)
        self.kind = VocabularyCombo(KINDS, allow_empty=True, empty_text=_("All kinds"))
        self.level = VocabularyCombo(LEVELS, allow_empty=True, empty_text=_("All levels"))
        self.status = VocabularyCombo(STATUSES, allow_empty=True,
                                      empty_text=_("All statuses"))
        self.sector = QComboBox()
        self.sector.addItem(_("All sectors"), "")
        for name in sectors:
            self.sector.addItem(name, name)
        self.signed_from = OptionalDateEdit()
        self.signed_to = OptionalDateEdit()
        self.reset_button = QPushButton(_("Clear filter"))
        self.reset_button.setToolTip(_("Show every instrument again"))

        for combo in (self.country, self.kind, self.level, self.status, self.sector):
            # long names (statuses, countries) must not widen the window beyond small screens
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)

        self._quiet = False  # set_state() is filling the fields: one `changed` at the end
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typed)
        for combo in (self.country, self.kind, self.level, self.status):
            combo.code_changed.connect(self._changed_now)
        self.sector.currentIndexChanged.connect(self._changed_now)
        for edit in (self.signed_from, self.signed_to):
            edit.date_changed.connect(self._changed_now)
        self.reset_button.clicked.connect(self.clear)

        # The search on a line of its own; under it the choices, three a line on a wide
        # screen, folding to two at 1024 pixels (ui.folding_grid).
        period = QWidget()
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.signed_from, 1)
        period_layout.addWidget(QLabel("–"))
        period_layout.addWidget(self.signed_to, 1)
        period.setFocusProxy(self.signed_from)
        self.choices = FoldingGrid([
            (_("Counterpart:"), self.country), (_("Kind:"), self.kind), (_("Level:"), self.level),
            (_("Status:"), self.status), (_("Sector:"), self.sector),
            (_("Signed between:"), period)])
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.choices)

    def _typed(self, _text: str) -> None:
        if not self._quiet:
            self._timer.start()

    def _changed_now(self, *_args) -> None:
        if not self._quiet:
            self._timer.stop()
            self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def filter(self, base: InstrumentFilter | None = None) -> InstrumentFilter:
        f = base or InstrumentFilter()
        f.text = self.search.text().strip() or None
        f.country = self.country.code() or None
        f.kind = self.kind.code() or None
        f.level = self.level.code() or None
        f.status = self.status.code() or None
        f.sector = self.sector.currentData() or None
        f.signed_from = self.signed_from.date()
        f.signed_to = self.signed_to.date()
        return f

    def is_empty(self) -> bool:
        f = self.filter()
        return not any((f.text, f.country, f.kind, f.level, f.status, f.sector, f.signed_from,
                        f.signed_to))

    def clear(self) -> None:
        self.set_state({})

    def state(self) -> dict:
        """The filter as plain values, to remember it between runs."""
        f = self.filter()
        return {"text": f.text or "", "country": f.country or "", "kind": f.kind or "",
                "level": f.level or "", "status": f.status or "", "sector": f.sector or "",
                "signed_from": f.signed_from.isoformat() if f.signed_from else "",
                "signed_to": f.signed_to.isoformat() if f.signed_to else ""}

    def set_state(self, state: dict) -> None:
        """Show a remembered filter (unknown or damaged values are left empty); emits
        `changed` once."""
        self._quiet = True
        try:
            self.search.setText(str(state.get("text", "")))
            self.country.set_code(state.get("country") or "")
            self.kind.set_code(state.get("kind") or "")
            self.level.set_code(state.get("level") or "")
            self.status.set_code(state.get("status") or "")
            self.sector.setCurrentIndex(max(0, self.sector.findData(state.get("sector") or "")))
            self.signed_from.set_date(_iso(state.get("signed_from")))
            self.signed_to.set_date(_iso(state.get("signed_to")))
        finally:
            self._quiet = False
        self._changed_now()


def _iso(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None
