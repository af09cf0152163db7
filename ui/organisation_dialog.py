"""Create or edit a party body (ministry, government, company, international organisation).
A renamed body keeps its former name, which stays searchable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from i18n import _, get_language
from models.errors import RegistryError, ValidationError
from models.records import OrganisationDraft
from models.registry import Registry
from models.vocabulary import ORGANISATION_KINDS
from ui import errors
from ui.widgets import CountryCombo, VocabularyCombo

ERROR_STYLE = "color: #c62828;"


class OrganisationDialog(QDialog):
    saved = Signal(int)

    def __init__(self, registry: Registry, organisation_id: int | None = None, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.organisation_id = organisation_id
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
        self.former = QLabel()
        self.former.setWordWrap(True)
        self.problems = {field: self._error_label() for field in
                         ("name", "organisation_kind", "country")}

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
        form.addRow(_("Former names:"), self.former)
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
            self.former.setText("—")

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _load(self, org) -> None:
        self.name.setText(org.name)
        self.short_name.setText(org.short_name)
        self.name_ky.setText(org.name_ky)
        self.name_en.setText(org.name_en)
        self.kind.set_code(org.kind)
        self.country.set_code(org.country or "")
        self.former.setText("\n".join(org.former_names) or "—")

    def draft(self) -> OrganisationDraft:
        return OrganisationDraft(id=self.organisation_id, name=self.name.text(),
                                 short_name=self.short_name.text(), name_ky=self.name_ky.text(),
                                 name_en=self.name_en.text(), kind=self.kind.code(),
                                 country=self.country.code() or None)

    def save(self) -> None:
        for label in (*self.problems.values(), self.other_problems):
            label.hide()
        try:
            organisation_id = self.registry.save_organisation(self.draft())
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
