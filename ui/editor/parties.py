"""The parties of an instrument in its editor: each one a body picked from the organisations
list (typing any part of its name, or of a former name, finds it: «Правительство К…» offers the
«Кабинет министров Кыргызской Республики» first) or typed as a new body with its country (read
from its name where it names one) and kind, with the person who signed for it. Parties can be
added, removed and put in order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QCompleter, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QScrollArea, QToolButton, QVBoxLayout,
                               QWidget)

from i18n import _
from models.parties import Suggestion, guess_organisation_kind, name_key, suggest_organisations
from models.records import CountryView, OrganisationView, PartyDraft
from models.validation import INTERNATIONAL
from models.vocabulary import ORGANISATION_KINDS
from ui.own_language import name_of
from ui.widgets import CountryCombo, VocabularyCombo, chain_tab_order, hint_label


NAME_ROLE, ID_ROLE = Qt.UserRole + 1, Qt.UserRole + 2


def suggestion_text(s: Suggestion) -> str:
    """A body offered for what was typed: its name, and the other name that matched."""
    if s.via is None:
        return s.organisation.name
    if s.until is None:
        return _("{name} — also “{other}”").format(name=s.organisation.name, other=s.via)
    return _("{name} — formerly “{other}” (until {year})").format(
        name=s.organisation.name, other=s.via, year=s.until.year)


class OrganisationCombo(QComboBox):
    """An editable list of the known bodies; `organisation()` is the one whose name (or former
    name) the text holds, or None for a name not in the list: a new body. While the clerk
    types, the bodies whose names or other names contain the text are offered, those found by
    a former name first (`models.parties.suggest_organisations`)."""

    def __init__(self, organisations: list[OrganisationView], parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.by_id = {o.id: o for o in organisations}
        self.by_key: dict[str, list[OrganisationView]] = {}
        self.by_other_key: dict[str, list[OrganisationView]] = {}
        self.addItem("", None)
        for o in organisations:
            self.addItem(name_of(o), o.id)  # its Kyrgyz name in Kyrgyz, where it has one
            for name in dict.fromkeys((o.name, name_of(o))):
                self.by_key.setdefault(name_key(name), []).append(o)
            for other in o.former_names:
                self.by_other_key.setdefault(name_key(other), []).append(o)
            if o.former_names:
                self.setItemData(self.count() - 1,
                                 _("Formerly: {names}").format(names="; ".join(o.former_names)),
                                 Qt.ToolTipRole)
        self.lineEdit().setPlaceholderText(_("Type a name: the list offers the known bodies"))
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._suggestion_chosen)
        self.lineEdit().textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        self.suggestions.clear()
        for s in suggest_organisations(text, self.by_id.values()) if len(text.strip()) > 1 \
                else []:
            item = QStandardItem(suggestion_text(s))
            item.setData(s.organisation.name, NAME_ROLE)
            item.setData(s.organisation.id, ID_ROLE)
            item.setToolTip(suggestion_text(s))
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount():
            popup = self.completer().popup()
            wanted = popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() \
                + 2 * popup.frameWidth() + 8
            room = self.window().width() - self.mapTo(self.window(), self.rect().topLeft()).x()
            popup.setMinimumWidth(max(self.width(), min(wanted, room - 8)))
            self.completer().complete()

    def _suggestion_chosen(self, index: QModelIndex) -> None:
        found = self.findData(index.data(ID_ROLE))
        if found > 0:
            self.setCurrentIndex(found)

    def organisation(self, country: str | None = None) -> OrganisationView | None:
        key = name_key(self.currentText())
        if not key:
            return None
        matches = self.by_key.get(key) or self.by_other_key.get(key) or []
        chosen = self.by_id.get(self.currentData())
        if chosen in matches:
            return chosen
        same_country = [o for o in matches if o.country == country]
        return (same_country or matches or [None])[0]

    def typed_other_name(self) -> bool:
        """Whether the text is another name (a former one) of the body it stands for."""
        org = self.organisation()
        return org is not None and name_key(self.currentText()) not in (
            name_key(org.name), name_key(name_of(org)))

    def set_party(self, party: PartyDraft) -> None:
        index = self.findData(party.organisation_id) if party.organisation_id else -1
        if index > 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0)
            self.setEditText(party.name)


class PartyRow(QFrame):
    """One party: the body, its country and kind, the signatory and position."""

    changed = Signal()
    move = Signal(object, int)  # this row, -1 up / +1 down
    remove = Signal(object)

    def __init__(self, organisations: list[OrganisationView], countries: list[CountryView],
                 country_of=None, parent=None):
        super().__init__(parent)
        self.country_of = country_of  # the country a body's name names, or None
        self.setFrameShape(QFrame.StyledPanel)
        self.number = QLabel()
        self.number.setStyleSheet("font-weight: bold;")
        self.body = OrganisationCombo(organisations)
        self.body.setAccessibleName(_("Body"))
        self.country = CountryCombo(countries, allow_empty=True)
        self.country.setToolTip(_("Leave empty for an international organisation"))
        self.country.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.country.setMinimumContentsLength(16)
        self.kind = VocabularyCombo(ORGANISATION_KINDS)
        self.kind.set_code("agency")
        self.signatory = QLineEdit()
        self.signatory.setPlaceholderText(_("Full name of the person who signed"))
        self.signatory.setMinimumWidth(  # the hint whole, not «Ф. И. О. подписав…»
            self.signatory.fontMetrics().horizontalAdvance(self.signatory.placeholderText()) + 16)
        self.position = QLineEdit()
        self.position.setPlaceholderText(_("e.g. Minister of Health"))
        self.origin = hint_label()
        self.up = self._tool("↑", _("Move up"))
        self.down = self._tool("↓", _("Move down"))
        self.delete = self._tool("✕", _("Remove this party"))
        self._kind_chosen = False
        self._country_chosen = False  # by the clerk: a name naming another leaves it
        self._inferred: str | None = None  # the country read from the name typed
        self._before_inferred = ""

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.body, 0, 1, 1, 3)
        grid.addWidget(QLabel(_("Country:")), 0, 4)
        grid.addWidget(self.country, 0, 5)
        grid.addWidget(QLabel(_("Kind:")), 0, 6)
        grid.addWidget(self.kind, 0, 7)
        grid.addWidget(self.origin, 1, 1, 1, 7)
        buttons = QHBoxLayout()  # under the number, where a narrow window never hides them
        buttons.setSpacing(2)
        for b in (self.up, self.down, self.delete):
            buttons.addWidget(b)
        grid.addLayout(buttons, 1, 0)
        grid.addWidget(QLabel(_("Signatory:")), 2, 0)
        grid.addWidget(self.signatory, 2, 1)
        grid.addWidget(QLabel(_("Position:")), 2, 2)
        grid.addWidget(self.position, 2, 3, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.body.editTextChanged.connect(self._body_changed)
        self.body.currentIndexChanged.connect(self._body_changed)
        self.country.code_changed.connect(self._body_changed)
        self.kind.activated.connect(self._kind_picked)
        self.country.activated.connect(self._country_picked)
        self.country.lineEdit().textEdited.connect(self._country_picked)
        for edit in (self.signatory, self.position):
            edit.textChanged.connect(self.changed)
        self.up.clicked.connect(lambda: self.move.emit(self, -1))
        self.down.clicked.connect(lambda: self.move.emit(self, 1))
        self.delete.clicked.connect(lambda: self.remove.emit(self))
        self._body_changed()

    @staticmethod
    def _tool(text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def focus_widgets(self) -> list[QWidget]:
        """In reading order: the body, its country and kind, who signed, then the buttons."""
        return [self.body, self.country, self.kind, self.signatory, self.position, self.up,
                self.down, self.delete]

    def _kind_picked(self, _index: int) -> None:
        self._kind_chosen = True
        self.changed.emit()

    def _country_picked(self, *_args) -> None:
        self._country_chosen = True

    def _set_quietly(self, combo, code: str) -> None:
        combo.blockSignals(True)
        combo.set_code(code)
        combo.blockSignals(False)

    def _infer_country(self, text: str) -> None:
        """The country the body's name names, unless the clerk chose one; a country read from
        an earlier text that names none any more goes back to what was there before."""
        if self._country_chosen or self.country_of is None:
            return
        named = self.country_of(text)
        if named:
            if self._inferred is None:
                self._before_inferred = self.country.code()
            self._inferred = named
            self._set_quietly(self.country, named)
        elif self._inferred is not None and self.country.code() == self._inferred:
            self._set_quietly(self.country, self._before_inferred)
            self._inferred = None

    def _body_changed(self, *_args) -> None:
        org = self.body.organisation(self.country.code() or None)
        known = org is not None
        text = self.body.currentText().strip()
        lacks_country = known and not org.country and org.kind != INTERNATIONAL
        if known:
            if not lacks_country:
                self._set_quietly(self.country, org.country or "")
            self._set_quietly(self.kind, org.kind)
            origin = _("From the list of organisations")
            if self.body.typed_other_name():
                origin = _("From the list of organisations: “{name}” (what you typed is its "
                           "former name)").format(name=org.name)
            if lacks_country:
                origin += ". " + _("Its country is not recorded: choose it, it is saved with "
                                   "the body.")
            self.origin.setText(origin)
        elif text:
            if not self._kind_chosen:
                self.kind.set_code(guess_organisation_kind(text))
            self._infer_country(text)
            self.origin.setText(_("A new body: it is added to the list of organisations on "
                                  "saving. Check its country and kind."))
        else:
            self.origin.setText("")
        self.origin.setVisible(bool(self.origin.text()))
        self.kind.setEnabled(not known)
        self.country.setEnabled(not known or lacks_country)
        self.changed.emit()

    def party(self) -> PartyDraft:
        org = self.body.organisation(self.country.code() or None)
        signatory = " ".join(self.signatory.text().split())
        position = self.position.text().strip()
        if org is not None:
            return PartyDraft(organisation_id=org.id, name=org.name,
                              country=org.country or self.country.code() or None,
                              organisation_kind=org.kind, signatory_name=signatory,
                              signatory_position=position)
        return PartyDraft(name=" ".join(self.body.currentText().split()),
                          country=self.country.code() or None,
                          organisation_kind=self.kind.code(), signatory_name=signatory,
                          signatory_position=position)

    def set_party(self, party: PartyDraft) -> None:
        self.country.set_code(party.country or "")
        self.body.set_party(party)
        if party.organisation_kind:
            self.kind.set_code(party.organisation_kind)
            self._kind_chosen = True
        self.signatory.setText(party.signatory_name)
        self.position.setText(party.signatory_position)
        self._body_changed()


class PartiesEditor(QWidget):
    """The ordered parties of one instrument."""

    changed = Signal()

    def __init__(self, organisations: list[OrganisationView], countries: list[CountryView],
                 country_of=None, parent=None):
        super().__init__(parent)
        self.organisations = organisations
        self.countries = countries
        self.country_of = country_of
        self.rows: list[PartyRow] = []
        self.add_button = QPushButton(_("Add a party"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        hint = hint_label(_("Name each body in the nominative case, as it signed: "
                            "«Министерство здравоохранения Кыргызской Республики». A bilateral "
                            "instrument has two parties."))
        self.container = QWidget()
        self.list_layout = QVBoxLayout(self.container)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setFocusPolicy(Qt.NoFocus)
        scroll.setWidget(self.container)
        self.empty = hint_label(_("No parties yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def _add_clicked(self) -> None:
        row = self.add_party(PartyDraft())
        row.body.setFocus()

    def add_party(self, party: PartyDraft) -> PartyRow:
        row = PartyRow(self.organisations, self.countries, self.country_of)
        row.set_party(party)
        row.changed.connect(self.changed)
        row.move.connect(self._move)
        row.remove.connect(self._remove)
        self.rows.append(row)
        self._relayout()
        self.changed.emit()
        return row

    def set_parties(self, parties: list[PartyDraft]) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for party in parties:
            self.add_party(party)
        self._relayout()

    def parties(self) -> list[PartyDraft]:
        return [row.party() for row in self.rows]

    def choices(self) -> list[tuple[int, str]]:
        """(organisation id, name) of the parties already in the organisations list."""
        return [(p.organisation_id, p.name) for p in self.parties() if p.organisation_id]

    def _move(self, row: PartyRow, step: int) -> None:
        i = self.rows.index(row)
        j = i + step
        if 0 <= j < len(self.rows):
            self.rows[i], self.rows[j] = self.rows[j], self.rows[i]
            self._relayout()
            self.changed.emit()

    def _remove(self, row: PartyRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self._relayout()
        self.changed.emit()

    def _relayout(self) -> None:
        for row in self.rows:
            self.list_layout.removeWidget(row)
        for n, row in enumerate(self.rows):
            self.list_layout.insertWidget(n, row)
            row.number.setText(_("Party {n}").format(n=n + 1))
            row.up.setEnabled(n > 0)
            row.down.setEnabled(n < len(self.rows) - 1)
        chain_tab_order([w for row in self.rows for w in row.focus_widgets()]
                        + [self.add_button])
        self.empty.setVisible(not self.rows)
