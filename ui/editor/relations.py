"""Links between an instrument and others ("amends", "amended by" ...), in its editor.

A link is found by searching the registry, or made to a new placeholder record for an earlier
instrument that is not yet registered. For an instrument not saved yet, links wait in the list
(marked so) and are written right after its first save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QTableWidget, QTableWidgetItem, QToolButton,
                               QVBoxLayout, QWidget)

from i18n import _, get_language
from models.dates import format_date
from models.errors import RegistryError
from models.records import InstrumentFilter, RelationView
from models.registry import Registry
from models.vocabulary import KINDS, LEVELS, RELATION_INVERSE_LABELS, RELATION_KINDS
from ui import errors
from ui.waiting import patiently
from ui.date_field import link_precision
from ui.own_language import own_text
from ui.widgets import (DATE_PRECISIONS, OptionalDateEdit, ProblemLabel, VocabularyCombo,
                        after_typing, hint_label)

SEARCH_LIMIT = 20


@dataclass(frozen=True)
class PendingLink:
    """A link chosen for an instrument that is not saved yet."""

    kind: str
    outgoing: bool
    other_id: int
    other_title: str
    other_registry_number: str
    other_signed_date: date | None


def link_label(kind: str, outgoing: bool, lang: str) -> str:
    return (RELATION_KINDS if outgoing else RELATION_INVERSE_LABELS).label(kind, lang)


def kind_combo() -> QComboBox:
    """Every kind of link in both directions: "amends" and "amended by" ..."""
    lang = get_language()
    combo = QComboBox()
    for outgoing in (True, False):
        for code in RELATION_KINDS.codes():
            combo.addItem(link_label(code, outgoing, lang), (code, outgoing))
    return combo


class RelationsPanel(QWidget):
    changed = Signal()  # a link was added or removed (or one is waiting for the first save)

    def __init__(self, registry: Registry, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.instrument_id: int | None = None
        self.pending: list[PendingLink] = []
        self._links: list[RelationView | PendingLink] = []

        self.table = QTableWidget(0, 5)

        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels([_("Link"), _("Reg. no."), _("Title"),
                                              _("Signed"), ""])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        for col, width in ((0, 220), (1, 120), (3, 100), (4, 34)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(_("Links"))
        self.empty = hint_label(_("No links to other instruments."))

        self.kind = kind_combo()
        self.kind.setToolTip(_("How this instrument relates to the other one"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Title, number, party…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setMinimumHeight(110)
        self.link_button = QPushButton(_("Link them"))
        self.link_button.setEnabled(False)
        self._timer = after_typing(self.search, self.run_search)
        self.results.currentItemChanged.connect(
            lambda item, _old: self.link_button.setEnabled(
                item is not None and bool(item.data(Qt.UserRole))))
        self.results.itemDoubleClicked.connect(lambda _item: self.link_chosen())
        self.link_button.clicked.connect(self.link_chosen)

        self.ph_title = QLineEdit()
        self.ph_title.setPlaceholderText(_("Title as signed"))
        self.ph_kind = VocabularyCombo(KINDS)
        self.ph_kind.set_code("treaty")
        self.ph_level = VocabularyCombo(LEVELS)
        self.ph_date = OptionalDateEdit(partial=True)
        self.ph_precision = QComboBox()
        for code, text in DATE_PRECISIONS:
            self.ph_precision.addItem(_(text), code)
        link_precision(self.ph_date, self.ph_precision)
        self.ph_problem = ProblemLabel()
        self.ph_button = QPushButton(_("Create the record and link"))
        self.ph_button.clicked.connect(self.create_placeholder)
        for b in (self.link_button, self.ph_button):
            b.setAutoDefault(False)

        find = QGroupBox(_("An instrument in the registry"))
        fl = QVBoxLayout(find)
        fl.addWidget(self.search)
        fl.addWidget(self.results, 1)
        fl.addWidget(self.link_button, 0, Qt.AlignRight)
        new = QGroupBox(_("An earlier instrument not yet registered"))
        form = QFormLayout(new)
        form.addRow(_("Title:"), self.ph_title)
        form.addRow(_("Kind:"), self.ph_kind)
        form.addRow(_("Level:"), self.ph_level)
        when = QHBoxLayout()
        when.addWidget(self.ph_date)
        when.addWidget(self.ph_precision)
        form.addRow(_("Signed:"), when)
        form.addRow(self.ph_problem)
        form.addRow(self.ph_button)
        form.addRow(hint_label(_("A placeholder record is created, to be completed later.")))

        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(_("This instrument:")))
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        adders = QGridLayout()
        adders.addWidget(find, 0, 0)
        adders.addWidget(new, 0, 1)
        adders.setColumnStretch(0, 1)
        adders.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(kind_row)
        layout.addLayout(adders)

    # --- showing --------------------------------------------------------------------------

    def set_instrument(self, instrument_id: int | None,
                       relations: tuple[RelationView, ...] = ()) -> None:
        self.instrument_id = instrument_id
        self._links = [*relations, *self.pending]
        self._fill()

    def _fill(self) -> None:
        lang = get_language()
        self.table.setRowCount(len(self._links))
        for row, link in enumerate(self._links):
            waiting = isinstance(link, PendingLink)
            label = link_label(link.kind, link.outgoing, lang)
            if waiting:
                label += " " + _("(linked on saving)")
            title = own_text(link.other_title, getattr(link, "other_title_ky", ""),
                             getattr(link, "other_title_en", ""), lang)
            cells = (label, link.other_registry_number, title,
                     format_date(link.other_signed_date))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(_("Remove this link"))
            remove.setAccessibleName(_("Remove this link"))
            remove.clicked.connect(lambda _c=False, link=link: self.remove(link))
            self.table.setCellWidget(row, 4, remove)
        self.empty.setVisible(not self._links)
        self.table.setVisible(bool(self._links))

    # --- searching ------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            return
        try:
            rows = self.registry.list_instruments(InstrumentFilter(text=text),
                                                  limit=SEARCH_LIMIT, with_total=False).rows
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return
        lang = get_language()
        for r in rows:
            if r.id == self.instrument_id:
                continue
            text = " · ".join(filter(None, (r.registry_number, format_date(
                r.signed_date, r.signed_date_precision), KINDS.label(r.kind, lang))))
            item = QListWidgetItem(f"{r.title}\n{text}")
            item.setData(Qt.UserRole, (r.id, r.title, r.registry_number, r.signed_date))
            item.setToolTip(r.title)
            self.results.addItem(item)
        if not self.results.count():
            item = QListWidgetItem(_("Nothing found. Not registered yet? Create a record on "
                                     "the right."))
            item.setFlags(Qt.NoItemFlags)
            self.results.addItem(item)

    # --- changing -------------------------------------------------------------------------

    def link_chosen(self) -> None:
        item = self.results.currentItem()
        if item is None or not item.data(Qt.UserRole):
            return
        self.link(*item.data(Qt.UserRole))

    def link(self, other_id: int, title: str, number: str, signed: date | None) -> bool:
        """Link to `other_id` with the chosen kind: now, or after the first save."""
        kind, outgoing = self.kind.currentData()
        if self.instrument_id is None:
            self.pending.append(PendingLink(kind, outgoing, other_id, title, number, signed))
            self._links.append(self.pending[-1])
            self._fill()
            self.changed.emit()
            return True
        source, target = (self.instrument_id, other_id) if outgoing else (other_id,
                                                                         self.instrument_id)
        try:
            patiently(self, lambda: self.registry.add_relation(source, target, kind))
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return False
        self.reload()
        self.changed.emit()
        return True

    def create_placeholder(self) -> None:
        title = " ".join(self.ph_title.text().split())
        if not title:
            self.ph_problem.set_problems([_("Type the title of the earlier instrument.")])
            return
        if not self.ph_date.is_valid():
            self.ph_problem.set_problems([_("“{text}” is not a date; type it as 26.11.2025, "
                                            "11.2025 or 2025.").format(text=self.ph_date.text())])
            return
        self.ph_problem.set_problems([])
        try:
            new_id = patiently(self, lambda: self.registry.create_placeholder(
                title, self.ph_kind.code(), self.ph_date.date(), self.ph_level.code(),
                self.ph_precision.currentData()))
            number = self.registry.instrument(new_id).row.registry_number
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return
        if self.link(new_id, title, number, self.ph_date.date()):
            self.ph_title.clear()
            self.ph_date.set_date(None)

    def remove(self, link) -> None:
        if isinstance(link, PendingLink):
            self.pending.remove(link)
        else:
            if not errors.ask(self, _("Remove the link"),
                              _("Remove the link to “{title}”?").format(title=link.other_title),
                              _("Remove")):
                return
            try:
                patiently(self, lambda: self.registry.remove_relation(link.id, link.row_version))
            except RegistryError as exc:  # another clerk removed or changed it: show theirs
                errors.show_registry_error(self, exc)
                self.reload()
                return
        self._links.remove(link)
        self._fill()
        self.changed.emit()

    def reload(self) -> None:
        detail = self.registry.instrument(self.instrument_id)
        self.set_instrument(self.instrument_id, detail.relations)

    def apply_pending(self, instrument_id: int) -> list[str]:
        """Write the links chosen before the first save; returns the refusals, if any."""
        refused = []
        for link in self.pending:
            source, target = (instrument_id, link.other_id) if link.outgoing else (
                link.other_id, instrument_id)
            try:
                patiently(self, lambda: self.registry.add_relation(source, target,
                                                                    link.kind))
            except RegistryError as exc:
                refused.append(exc.message())
        self.pending = []
        return refused
