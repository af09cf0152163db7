"""Create or edit a party body (ministry, government, company, international organisation).
A renamed body keeps its former name, which stays searchable; other names (former ones with
the day they ended, or names in use beside the official one) can be added and removed. The
country of a new body is read from its name where the name gives one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from i18n import _, get_language
from models.conflicts import Conflict
from models.dates import format_date
from models.errors import RegistryError, ValidationError
from models.records import OrganisationDraft
from models.registry import Registry
from models.vocabulary import ORGANISATION_KINDS
from ui import errors
from ui.conflict_dialog import settle
from ui.waiting import patiently
from ui.widgets import CountryCombo, OptionalDateEdit, VocabularyCombo

ERROR_STYLE = "color: #c62828;"


class OrganisationDialog(QDialog):
    saved = Signal(int)

    def __init__(self, registry: Registry, organisation_id: int | None = None, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.organisation_id = organisation_id
        self._row_version: int | None = None  # the version the form was loaded from
        self.setWindowTitle(_("New organisation") if organisation_id is None
                            else _("Organisation"))
        self.setMinimumWidth(560)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.name_ky = QLineEdit()
        self.name_en = QLineEdit()
        self.kind = VocabularyCombo(ORGANISATION_KINDS)
        self.country = CountryCombo(registry.countries(), allow_empty=True)
        self.country.setToolTip(_("Leave empty for an international organisation"))
        self.name.setPlaceholderText(_("In the nominative case, e.g. Ministry of Health of the Kyrgyz Republic"))
        self.other_names = QListWidget()
        self.other_names.setFixedHeight(self.other_names.fontMetrics().lineSpacing() * 4 + 8)
        self.other_names.setAccessibleName(_("Other names"))
        self.other_name = QLineEdit()
        self.other_name.setPlaceholderText(_("Another name of the body"))
        self.other_until = OptionalDateEdit()
        self.other_until.setToolTip(_("For a former name: the day it ended; empty for a name "
                                      "in use"))
        self.add_name = QPushButton(_("Add"))
        self.add_name.setAutoDefault(False)
        self.add_name.clicked.connect(self.add_other_name)
        self.remove_name = QPushButton(_("Remove"))
        self.remove_name.setAutoDefault(False)
        self.remove_name.clicked.connect(self.remove_other_name)
        self.pending: list[tuple[str, object]] = []  # names to add once a new body is saved
        self.removed: list[str] = []
        self.problems = {field: self._error_label() for field in
                         ("name", "organisation_kind", "country")}
        self._country_chosen = organisation_id is not None
        self.country.activated.connect(self._country_picked)
        self.country.lineEdit().textEdited.connect(self._country_picked)
        self.name.textEdited.connect(self._name_typed)

        form = QFormLayout()
        form.addRow(_("Name:"), self.name)
        form.addRow("", self.problems["name"])
        form.addRow(_("Short name:"), self.short_name)
        form.addRow(_("Name in Kyrgyz:"), self.name_ky)
        form.addRow(_("Name in English:"), self.name_en)
        form.addRow(_("Kind:"), self.kind)
        form.addRow("", self.problems["organisation_kind"])
        form.addRow(_("Country:"), self.country)
        form.addRow("", self.problems["country"])
        adding = QHBoxLayout()
        adding.setContentsMargins(0, 0, 0, 0)
        adding.addWidget(QLabel(_("until")))
        adding.addWidget(self.other_until)
        adding.addStretch(1)
        adding.addWidget(self.add_name)
        adding.addWidget(self.remove_name)
        names = QWidget()
        names_layout = QVBoxLayout(names)
        names_layout.setContentsMargins(0, 0, 0, 0)
        names_layout.addWidget(self.other_names)
        names_layout.addWidget(self.other_name)
        names_layout.addLayout(adding)
        form.addRow(_("Former and other names:"), names)
        self.other_problems = self._error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.other_problems)
        layout.addWidget(buttons)
        self.buttons = buttons
        if organisation_id is not None:
            self._load(registry.organisation(organisation_id))
        else:
            self.kind.set_code("agency")
            self._baseline = self.draft()

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _load(self, org) -> None:
        self._row_version = org.row_version
        self.name.setText(org.name)
        self.short_name.setText(org.short_name)
        self.name_ky.setText(org.name_ky)
        self.name_en.setText(org.name_en)
        self.kind.set_code(org.kind)
        self.country.set_code(org.country or "")
        for name, until in org.other_names:
            self._list_name(name, until)
        self._baseline = self.draft()  # what the clerk started from (after a conflict)

    def _list_name(self, name: str, until) -> None:
        text = name + (" " + _("(until {date})").format(date=format_date(until)) if until
                       else " " + _("(also in use)"))
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, name)
        self.other_names.addItem(item)

    def add_other_name(self) -> None:
        name = " ".join(self.other_name.text().split())
        if not name:
            return
        self.pending.append((name, self.other_until.date()))
        self._list_name(name, self.other_until.date())
        self.other_name.clear()
        self.other_until.set_date(None)

    def remove_other_name(self) -> None:
        for item in self.other_names.selectedItems():
            name = item.data(Qt.UserRole)
            kept = [p for p in self.pending if p[0] != name]
            if len(kept) == len(self.pending):
                self.removed.append(name)
            self.pending = kept
            self.other_names.takeItem(self.other_names.row(item))

    def _country_picked(self, *_args) -> None:
        self._country_chosen = True

    def _name_typed(self, text: str) -> None:
        """The country of a new body, from its name («... Республики Казахстан»)."""
        if self._country_chosen:
            return
        code = self.registry.wording().country_of(text)
        if code:
            self.country.set_code(code)

    def _news(self, text: str) -> None:
        """The waiting notice (ui.waiting), under the form."""
        self.other_problems.setStyleSheet("" if text else ERROR_STYLE)
        self.other_problems.setText(text)
        self.other_problems.setVisible(bool(text))

    def draft(self) -> OrganisationDraft:
        return OrganisationDraft(id=self.organisation_id, row_version=self._row_version,
                                 name=self.name.text(),
                                 short_name=self.short_name.text(), name_ky=self.name_ky.text(),
                                 name_en=self.name_en.text(), kind=self.kind.code(),
                                 country=self.country.code() or None)

    def reload(self) -> None:
        """The body as another clerk saved it (after a conflict); names not yet saved stay
        on the list."""
        self.other_names.clear()
        self._load(self.registry.organisation(self.organisation_id))
        for name, until in self.pending:
            self._list_name(name, until)

    def save(self) -> None:
        for label in (*self.problems.values(), self.other_problems):
            label.hide()
        draft, overriding = self.draft(), None
        try:
            while True:
                try:
                    organisation_id = patiently(self, lambda: self.registry.save_organisation(
                        draft, overriding=overriding), self._news)
                    break
                except Conflict as exc:
                    draft = settle(self, self.registry, exc, self._baseline, draft,
                                   lambda rid=exc.record_id: self.registry.organisation(rid).to_draft(),
                                   self.reload, "organisation")
                    if draft is None:
                        return
                    overriding = exc
            self.organisation_id = organisation_id
            for name in self.removed:
                patiently(self, lambda n=name: self.registry.remove_organisation_name(
                    organisation_id, n), self._news)
            self.removed = []
            while self.pending:
                name, until = self.pending[0]
                patiently(self, lambda: self.registry.add_organisation_name(
                    organisation_id, name, until), self._news)
                self.pending.pop(0)
        except ValidationError as exc:
            self._show_problems(exc)
            return
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return
        self.saved.emit(organisation_id)
        self.accept()

    def _show_problems(self, exc: ValidationError) -> None:
        lang = get_language()
        other = []
        for field, problems in exc.by_field().items():
            text = "\n".join(p.message(lang) for p in problems)
            label = self.problems.get(field)
            if label is None:
                other.append(text)
            else:
                label.setText(text)
                label.show()
        if other:
            self.other_problems.setText("\n".join(other))
            self.other_problems.show()
