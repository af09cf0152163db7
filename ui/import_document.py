"""One document proposed by a press-release import, under review: its kind, level, title, date,
subject and parties as the clerk corrects them, the earlier instrument it amends, and the record
already in the registry that it repeats (with "Open it")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from i18n import _
from models.dates import format_date
from models.records import CountryView, EventDraft, InstrumentDraft, PartyDraft
from models.vocabulary import KINDS, LEVELS, RELATION_KINDS
from ui.duplicates import agreement, describe
from ui.date_field import link_precision
from ui.widgets import DATE_PRECISIONS, CountryCombo, OptionalDateEdit, VocabularyCombo

DUPLICATE_COLOUR = "#8a4b00"


def entry_text(draft: InstrumentDraft, lang: str) -> str:
    """The title as signed; the kind before it where the title does not begin with it."""
    kind = KINDS.label(draft.kind, lang)
    title = draft.title or ""
    if title.casefold().startswith(kind.casefold()):
        return title
    return f"{kind}: {title}" if title else kind


def entry_label(item, lang: str) -> str:
    """A document in the list of those found, marked when it is already in the registry."""
    text = entry_text(item.draft, lang)
    match = item.duplicate
    if match is None:
        return text
    if match.id is None:
        return f"{text}\n⚠ {describe(match)}"
    return f"{text}\n⚠ " + _("Already in the registry: {number}").format(
        number=match.registry_number)


class CheckedEntryDelegate(QStyledItemDelegate):
    """Word-wrapped entries with a check box, each as tall as its text. Qt measures a wrapped
    text at the entry's whole width, the check box's included, and paints it beside the box:
    a long title's last line ("Already in the registry: 2025/…") was cut off at 1024x768."""

    def sizeHint(self, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        if opt.rect.isValid() and 0 < text.width() < opt.rect.width():
            opt.rect.setWidth(text.width())
        hint = super().sizeHint(opt, index)
        hint.setWidth(option.rect.width() if option.rect.isValid() else hint.width())
        return hint


class DocumentPanel(QWidget):
    """Emits `open_requested(id)` for the record on file the document repeats."""

    open_requested = Signal(int)

    def __init__(self, countries: list[CountryView], lang: str, parent=None):
        super().__init__(parent)
        self.countries, self.lang = countries, lang
        self.match = None
        self.kind = VocabularyCombo(KINDS)
        self.level = VocabularyCombo(LEVELS)
        self.title_edit = QPlainTextEdit()
        self.title_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.signed = OptionalDateEdit(partial=True)
        self.precision = QComboBox()
        for code, label in DATE_PRECISIONS:
            self.precision.addItem(_(label), code)
        link_precision(self.signed, self.precision)
        date_row = QHBoxLayout()
        date_row.addWidget(self.signed)
        date_row.addWidget(self.precision, 1)
        self.subject = QLineEdit()
        self.parties = QTableWidget(0, 2)
        self.parties.setTabKeyNavigation(False)  # Tab leaves the table
        self.parties.setHorizontalHeaderLabels([_("Party"), _("Country")])
        self.parties.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.parties.horizontalHeader().setSectionResizeMode(1, QHeaderView.Interactive)
        self.parties.setColumnWidth(1, 190)
        self.parties.verticalHeader().setVisible(False)
        self.parties.setSelectionBehavior(QAbstractItemView.SelectRows)
        add = QPushButton(_("Add party"))
        add.clicked.connect(lambda: self._add_party_row(PartyDraft()))
        remove = QPushButton(_("Remove party"))
        remove.clicked.connect(self._remove_party_row)
        party_buttons = QHBoxLayout()
        party_buttons.addWidget(add)
        party_buttons.addWidget(remove)
        party_buttons.addStretch(1)
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.duplicate_note = QLabel()
        self.duplicate_note.setWordWrap(True)
        self.duplicate_note.setObjectName("duplicate")
        self.duplicate_note.setStyleSheet(f"color: {DUPLICATE_COLOUR}; font-weight: bold;")
        self.open_duplicate = QPushButton(_("Open it"))
        self.open_duplicate.setAutoDefault(False)
        self.open_duplicate.clicked.connect(
            lambda: self.match is not None and self.open_requested.emit(self.match.id))
        duplicate = QHBoxLayout()
        duplicate.addWidget(self.duplicate_note, 1)
        duplicate.addWidget(self.open_duplicate, 0, Qt.AlignTop)
        form = QFormLayout()
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Level"), self.level)
        form.addRow(_("Title"), self.title_edit)
        form.addRow(_("Signed"), date_row)
        form.addRow(_("Subject"), self.subject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(duplicate)
        layout.addLayout(form)
        # What the nominative asks for said above the table: in its header it was cut off.
        layout.addWidget(QLabel(_("Parties, each in the nominative case")))
        layout.addWidget(self.parties, 1)
        layout.addLayout(party_buttons)
        layout.addWidget(self.earlier)
        self._show_duplicate(None)

    # --- parties --------------------------------------------------------------------------

    def _add_party_row(self, party: PartyDraft) -> None:
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        item = QTableWidgetItem(party.name)
        item.setData(Qt.UserRole, party)
        self.parties.setItem(row, 0, item)
        box = CountryCombo(self.countries)
        box.set_code(party.country)
        self.parties.setCellWidget(row, 1, box)

    def _remove_party_row(self) -> None:
        rows = sorted({i.row() for i in self.parties.selectedIndexes()}, reverse=True)
        for row in rows or [self.parties.rowCount() - 1]:
            if row >= 0:
                self.parties.removeRow(row)

    # --- one document in, one document out ------------------------------------------------

    def show_item(self, item) -> None:
        """Show a ProposedInstrument: its draft, what it amends and what it repeats."""
        d = item.draft
        self.kind.set_code(d.kind)
        self.level.set_code(d.level)
        self.title_edit.setPlainText(d.title)
        self.signed.set_date(d.signed_date, d.signed_date_precision)
        self.precision.setCurrentIndex(max(0, self.precision.findData(d.signed_date_precision)))
        self.subject.setText(d.subject)
        self.parties.setRowCount(0)
        for party in d.parties:
            self._add_party_row(party)
        self.earlier.setText(self._earlier_text(item.earlier))
        self._show_duplicate(item.duplicate)

    def store(self, d: InstrumentDraft) -> None:
        """Write what the clerk changed into the draft shown."""
        d.kind = self.kind.code()
        d.level = self.level.code()
        d.title = " ".join(self.title_edit.toPlainText().split())
        d.signed_date = self.signed.date()
        d.signed_date_precision = self.precision.currentData()
        d.subject = self.subject.text().strip()
        parties = []
        for row in range(self.parties.rowCount()):
            item = self.parties.item(row, 0)
            name = item.text().strip() if item else ""
            if not name:
                continue
            before = item.data(Qt.UserRole) or PartyDraft()
            country = self.parties.cellWidget(row, 1).code() or None
            same = name == before.name and country == before.country
            parties.append(PartyDraft(organisation_id=before.organisation_id if same else None,
                                      name=name, country=country,
                                      organisation_kind=before.organisation_kind))
        d.parties = parties
        d.multilateral = len(parties) > 2
        for event in d.events or []:
            if event.kind == "signed":
                event.act_date = d.signed_date
        if d.signed_date and d.signed_date_precision == "day" and not d.events:
            d.events = [EventDraft("signed", d.signed_date)]
        if d.signed_date is None or d.signed_date_precision != "day":
            d.events = []

    def _show_duplicate(self, match) -> None:
        self.match = match if match is not None and match.id is not None else None
        if match is None:
            text = ""
        elif match.id is None:
            text = describe(match)
        else:
            text = _("Already in the registry: {number} ({agreement}). It is imported only if "
                     "you tick it.").format(number=match.registry_number,
                                            agreement=agreement(match).lower())
        self.duplicate_note.setText(text)
        self.duplicate_note.setToolTip(describe(match) if match else "")
        self.duplicate_note.setVisible(bool(text))
        self.open_duplicate.setVisible(self.match is not None)

    def _earlier_text(self, e) -> str:
        if e is None:
            return ""
        when = format_date(e.date, e.precision)
        head = f"{RELATION_KINDS.label(e.relation, self.lang)}: {e.title}" + (
            f" ({when})" if when else "")
        if e.matched_id:
            return head + "\n" + _("Found in the registry: “{title}”.").format(
                title=e.matched_title)
        return head + "\n" + _("Not in the registry yet: a placeholder record will be created "
                               "for it.")
