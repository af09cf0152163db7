"""The status timeline of an instrument in its editor: its events edited in place, and above
them the status and deadlines derived from what is typed (models.derivation.preview, the same
rule the registry stores), so the clerk sees the effect of an event before saving."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QToolButton,
                               QVBoxLayout, QWidget)

from i18n import _, get_language
from models.dates import format_date
from models.deadlines import Deadline
from models.errors import Problem, problem
from models.records import EventDraft
from models.status import StatusResult
from models.vocabulary import DEADLINE_KINDS, EVENT_KINDS
from ui.widgets import (ERROR_COLOUR, OptionalDateEdit, StatusBadge, VocabularyCombo,
                        hint_label)

KIND, ACT, EFFECTIVE, PARTY, REFERENCE, TEXT, REMOVE = range(7)
# The event that usually comes next, to start a new row with.
_NEXT = {
    None: "signed", "signed": "internal_procedures_started",
    "internal_procedures_started": "ratified", "ratified": "notification_sent",
    "approved": "notification_sent", "accession": "entered_into_force",
    "published": "notification_sent", "notification_sent": "entered_into_force",
    "notification_received": "entered_into_force", "provisionally_applied": "entered_into_force",
    "entered_into_force": "registered_un",
}
_APPROVAL = {"interstate": "ratified", "intergovernmental": "approved", "interagency": "approved"}


def next_event_kind(last: str | None, level: str) -> str:
    kind = _NEXT.get(last, "amended")
    return _APPROVAL.get(level, "approved") if kind == "ratified" else kind


class StatusPreview(QWidget):
    """The derived status, the term, and the open deadlines of the instrument as typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.badge = StatusBadge()
        self.term = QLabel()
        self.deadlines = QLabel()
        self.deadlines.setWordWrap(True)
        self.deadlines.setTextFormat(Qt.RichText)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(_("Status as entered:")))
        top.addWidget(self.badge)
        top.addWidget(self.term, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.deadlines)

    def show_nothing(self) -> None:
        """No date of signature yet: no status to show."""
        self.badge.hide()
        self.term.setText(_("The status is shown once the date of signature is entered."))
        self.deadlines.setText("")

    def show_result(self, result: StatusResult, deadlines: list[Deadline], today: date) -> None:
        self.badge.set_status(result.status)
        self.badge.show()
        term = result.term
        parts = []
        if term.in_force_since:
            parts.append(_("in force since {date}").format(date=format_date(term.in_force_since)))
        if term.final_expiry:
            parts.append(_("expires on {date}").format(date=format_date(term.final_expiry)))
        elif term.renews_tacitly and term.current_term_end:
            parts.append(_("the term runs to {date} and renews tacitly").format(
                date=format_date(term.current_term_end)))
        elif term.in_force_since:
            parts.append(_("no end date entered"))
        self.term.setText("; ".join(parts))
        lang = get_language()
        lines = []
        for d in deadlines:
            days = d.days_left(today)
            when = (_("overdue by {days} day(s)").format(days=-days) if days < 0
                    else _("in {days} day(s)").format(days=days))
            line = f"{DEADLINE_KINDS.label(d.kind, lang)}: <b>{format_date(d.due)}</b> ({when})"
            lines.append(f'<span style="color:{ERROR_COLOUR}">{line}</span>' if days < 0
                         else line)
        self.deadlines.setText("<br>".join(lines) if lines else _("No open deadlines."))


class EventsEditor(QWidget):
    """A table of events, each cell an input; rows are added with the likely next event and
    removed with their ✕."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.level = ""
        self.signed_date: date | None = None
        self._ids: list[int | None] = []
        self._party_choices: list[tuple[int, str]] = []
        self.table = QTableWidget(0, 7)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        headers = ((_("Event"), ""), (_("Date of the act"), ""),
                   (_("Takes effect"), _("When it takes effect, if not on the day of the act")),
                   (_("Party"), _("The party concerned (multilateral instruments)")),
                   (_("Reference"), _("Law, decree or note number")),
                   (_("Text"), _("A reservation, declaration or note")), ("", ""))
        for col, (text, tip) in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(col, item)
        header = self.table.horizontalHeader()
        for col, width in ((KIND, 310), (ACT, 150), (EFFECTIVE, 150), (PARTY, 200),
                           (REFERENCE, 190), (REMOVE, 34)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        header.setMinimumSectionSize(34)
        self.table.verticalHeader().setDefaultSectionSize(
            OptionalDateEdit().sizeHint().height() + 6)
        self.table.setSelectionMode(QTableWidget.NoSelection)
        self.table.setAccessibleName(_("Events"))
        self.add_button = QPushButton(_("Add an event"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        hint = hint_label(_("Enter every step: signature, ratification or approval, "
                            "notifications, entry into force… The status is worked out from "
                            "them."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.set_multilateral(False)

    # --- rows -----------------------------------------------------------------------------

    def _add_clicked(self) -> None:
        events = self.events()
        last = events[-1].kind if events else None
        kind = next_event_kind(last, self.level)
        act = self.signed_date if kind == "signed" else None
        self.add_event(EventDraft(kind, act))
        self.table.scrollToBottom()
        self._cell(self.table.rowCount() - 1, ACT).setFocus()

    def add_event(self, event: EventDraft) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(event.id)
        kind = VocabularyCombo(EVENT_KINDS)
        kind.set_code(event.kind)
        act, effective = OptionalDateEdit(), OptionalDateEdit()
        act.set_date(event.act_date)
        effective.set_date(event.effective_date)
        effective.edit.setPlaceholderText(_("same day"))
        party = QComboBox()
        self._fill_parties(party, event.party_organisation_id)
        reference, text = QLineEdit(event.reference), QLineEdit(event.text)
        reference.setPlaceholderText(_("e.g. Law No. 184"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(_("Remove this event"))
        remove.setAccessibleName(_("Remove this event"))
        for col, widget in ((KIND, kind), (ACT, act), (EFFECTIVE, effective), (PARTY, party),
                            (REFERENCE, reference), (TEXT, text), (REMOVE, remove)):
            self.table.setCellWidget(row, col, widget)
        kind.setToolTip(kind.currentText())
        kind.code_changed.connect(lambda _c: kind.setToolTip(kind.currentText()))
        kind.code_changed.connect(self.changed)
        for edit in (act, effective):
            edit.edited.connect(self.changed)  # its message names the text as it is now
        party.currentIndexChanged.connect(self.changed)
        reference.textChanged.connect(self.changed)
        text.textChanged.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(remove))
        self.changed.emit()

    def _remove(self, button: QToolButton) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, REMOVE) is button:
                self.table.removeRow(row)
                del self._ids[row]
                self.changed.emit()
                return

    def _cell(self, row: int, col: int):
        return self.table.cellWidget(row, col)

    # --- values ---------------------------------------------------------------------------

    def set_events(self, events: list[EventDraft]) -> None:
        self.table.setRowCount(0)
        self._ids = []
        for e in events:
            self.add_event(e)

    def events(self) -> list[EventDraft]:
        out = []
        for row in range(self.table.rowCount()):
            out.append(EventDraft(
                id=self._ids[row], kind=self._cell(row, KIND).code(),
                act_date=self._cell(row, ACT).date(),
                effective_date=self._cell(row, EFFECTIVE).date(),
                party_organisation_id=self._cell(row, PARTY).currentData(),
                reference=self._cell(row, REFERENCE).text().strip(),
                text=self._cell(row, TEXT).text().strip()))
        return out

    def date_problems(self) -> list[Problem]:
        """Dates typed that are not dates (31.02.2025, half a date)."""
        out = []
        for row in range(self.table.rowCount()):
            for col in (ACT, EFFECTIVE):
                edit = self._cell(row, col)
                if not edit.is_valid():
                    out.append(problem("events", "Event {n}: “{text}” is not a date; type it "
                                                 "as 26.11.2025.", n=row + 1, text=edit.text()))
        return out

    def set_party_choices(self, choices: list[tuple[int, str]]) -> None:
        """The bodies an event of a multilateral instrument can concern."""
        if choices == self._party_choices:
            return
        self._party_choices = choices
        for row in range(self.table.rowCount()):
            combo = self._cell(row, PARTY)
            combo.blockSignals(True)
            self._fill_parties(combo, combo.currentData())
            combo.blockSignals(False)

    def _fill_parties(self, combo: QComboBox, current: int | None) -> None:
        combo.clear()
        combo.addItem(_("all parties"), None)
        for oid, name in self._party_choices:
            combo.addItem(name, oid)
            combo.setItemData(combo.count() - 1, name, Qt.ToolTipRole)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(_("body no. {id}").format(id=current), current)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def set_multilateral(self, multilateral: bool) -> None:
        self.table.setColumnHidden(PARTY, not multilateral)

    def focus_first(self) -> None:
        if self.table.rowCount():
            self._cell(0, KIND).setFocus()
        else:
            self.add_button.setFocus()
