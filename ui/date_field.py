"""The date field of every form: typed the way clerks write dates (05.12.2026, 5.12.2026,
05/12/2026, 2026-12-05, 05122026) or picked from a calendar, or left empty; where the record
can hold a date known only to the month or the year, 12.2026 and 2026 too."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QCalendarWidget, QComboBox, QHBoxLayout, QLineEdit, QMenu,
                               QToolButton, QWidget, QWidgetAction)

from i18n import _, get_language
from models.dates import format_date

ERROR_COLOUR = "#c62828"
_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_EIGHT = re.compile(r"(\d{2})(\d{2})(\d{4})")
_MONTH = re.compile(r"(\d{1,2})[./-](\d{4})|(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"\d{4}")


def parse_date_text(text: str, partial: bool = False) -> tuple[date, str] | None:
    """(date, precision) of a typed date: "day" for a whole date; with `partial`, "month" for
    12.2026 or 2026-12 (the first of the month) and "year" for 2026 (1 January). None for
    anything else, 31.02.2026 included."""
    text = text.strip()
    try:
        for pattern, order in ((_DAY_FIRST, (3, 2, 1)), (_ISO, (1, 2, 3)), (_EIGHT, (3, 2, 1))):
            m = pattern.fullmatch(text)
            if m:
                return date(*(int(m.group(g)) for g in order)), "day"
        if not partial:
            return None
        m = _MONTH.fullmatch(text)
        if m:
            month, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            return date(int(year), int(month), 1), "month"
        if _YEAR.fullmatch(text) and int(text) >= 1:
            return date(int(text), 1, 1), "year"
    except ValueError:
        return None
    return None


def parse_date(text: str) -> date | None:
    """A whole date typed in any of the accepted forms; None for anything else."""
    parsed = parse_date_text(text)
    return parsed[0] if parsed else None


def looks_finished(text: str) -> bool:
    """A date typed to its end (a four-digit year with a day and month), so a wrong one is
    shown in red; shorter text may still be on its way."""
    text = text.strip()
    return len(text) >= 10 or bool(
        _DAY_FIRST.fullmatch(text) or _ISO.fullmatch(text) or _EIGHT.fullmatch(text))


def calendar_locale(lang: str) -> QLocale:
    return {"ru": QLocale(QLocale.Russian, QLocale.Russia),
            "ky": QLocale(QLocale.Kyrgyz, QLocale.Kyrgyzstan)}.get(
        lang, QLocale(QLocale.English, QLocale.UnitedKingdom))


class OptionalDateEdit(QWidget):
    """A date typed or picked from a calendar, or left empty. `date()` is None while the field
    is empty or holds no valid date (`is_valid()` tells the two apart). With `partial`, a month
    or a year alone is a date too and `precision()` says which ("day", "month", "year").

    `date_changed` is sent when the date changes, `edited` at every change of the text (a form
    checks the text again: its message names the text as it is now)."""

    date_changed = Signal(object)  # datetime.date or None
    precision_changed = Signal(str)
    edited = Signal(str)

    def __init__(self, parent=None, partial: bool = False):
        super().__init__(parent)
        self.partial = partial
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(_("dd.mm.yyyy"))
        forms = _("Type the date as 26.11.2025, 26/11/2025 or 2025-11-26")
        if partial:
            forms += "; " + _("11.2025 or 2025 when only the month or the year is known")
        self.edit.setToolTip(forms)
        self.edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9./-]{0,10}"), self.edit))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(10)
        width = self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 48
        self.edit.setMinimumWidth(width)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.button.setToolTip(_("Choose a date in the calendar"))
        self.button.setAccessibleName(_("Choose a date in the calendar"))
        self.button.setFocusPolicy(Qt.NoFocus)
        self.button.setPopupMode(QToolButton.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(calendar_locale(get_language()))
        self.calendar.setFirstDayOfWeek(Qt.Monday)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_opens)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._value: date | None = None
        self._precision = "day"
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._tidy)

    def date(self) -> date | None:
        return self._value

    def precision(self) -> str:
        """How exactly the date is known: "day", or "month" / "year" in a partial field."""
        return self._precision

    def set_date(self, value: date | None, precision: str = "day") -> None:
        self.edit.setText(format_date(value, precision if self.partial else "day"))

    def set_precision(self, precision: str) -> None:
        """Show the date as exactly as `precision` (the form's choice of how well it is
        known): 26.11.2025 becomes 11.2025 or 2025, and back to the 1st."""
        if self._value is not None and precision != self._precision:
            self.set_date(self._value, precision)

    def is_valid(self) -> bool:
        """Empty or a real date (not 31.02.2025, not half typed)."""
        return not self.edit.text().strip() or self._value is not None

    def text(self) -> str:
        return self.edit.text()

    def _text_changed(self, text: str) -> None:
        parsed = parse_date_text(text, self.partial)
        value, precision = parsed if parsed else (None, self._precision)
        wrong = bool(text.strip()) and value is None and looks_finished(text)
        self.edit.setStyleSheet(f"QLineEdit {{ color: {ERROR_COLOUR}; }}" if wrong else "")
        if precision != self._precision:
            self._precision = precision
            self.precision_changed.emit(precision)
        if value != self._value:
            self._value = value
            self.date_changed.emit(value)
        self.edited.emit(text)

    def _tidy(self) -> None:
        """05/12/2026 becomes 05.12.2026 once the clerk leaves the field."""
        if self._value is not None:
            self.set_date(self._value, self._precision)

    def _calendar_opens(self) -> None:
        if self._value:
            self.calendar.setSelectedDate(QDate(self._value.year, self._value.month,
                                                self._value.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        self.button.menu().hide()
        self.edit.setFocus()


def link_precision(edit: OptionalDateEdit, combo: QComboBox) -> None:
    """A partial date field and the form's choice of how exactly it is known agree: typing
    2019 chooses «Year only», choosing «Month and year only» shows 11.2025."""
    edit.precision_changed.connect(
        lambda precision: combo.setCurrentIndex(max(0, combo.findData(precision))))
    combo.currentIndexChanged.connect(lambda _i: edit.set_precision(combo.currentData()))
