"""The parties screen: countries with their number of instruments, and the organisations
(party bodies) that sign them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from i18n import _, get_language
from models.errors import RegistryError
from models.records import CountryView, OrganisationView
from models.registry import Registry
from models.vocabulary import ORGANISATION_KINDS
from ui import errors
from ui.list_model import (ID_ROLE, Column, RowsModel, emit_first_selected, new_table,
                           selected_ids)
from ui.organisation_dialog import OrganisationDialog
from ui.own_language import name_of
from ui.ui_state import UiState
from ui.waiting import patiently
from ui.widgets import DownToList, after_typing, collation_key
from ui.workers import LatestOnly
from ui.following import keep_place


class CountriesPane(QWidget):
    """Countries and how many instruments name a party of each; opening one shows its
    instruments."""

    country_requested = Signal(str)

    def __init__(self, registry: Registry, parent=None):
        super().__init__(parent)
        self.registry = registry
        lang = get_language()
        self.countries: list[CountryView] = sorted(registry.countries(),
                                                   key=lambda c: c.name(lang))
        self.counts: dict[str, int] = {}
        self.model = RowsModel([
            Column(_("Country"), lambda c: c.name(lang), tooltip=lambda c: c.official(lang)),
            Column(_("Instruments"), lambda c: str(self.counts.get(c.code, 0)),
                   align_right=True),
        ], lambda c: c.code, self)
        self.only_used = QCheckBox(_("Only countries with instruments"))
        self.only_used.setChecked(True)
        self.table = new_table(self.model, (0, 110), stretch=0)
        keep_place(self.table)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.show_button = QPushButton(_("Show instruments"))
        title = QLabel(_("Countries"))
        title.setObjectName("paneTitle")
        bar = QHBoxLayout()  # the title and the button above the choice: a narrow pane
        bar.addWidget(title, 1)
        bar.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.only_used)
        layout.addWidget(self.table, 1)
        self._loader = LatestOnly(self)
        self._loader.ready.connect(self._counted)
        self._loader.failed.connect(errors.report_exception)
        self.only_used.toggled.connect(self._fill)
        self.table.activated.connect(lambda i: self.country_requested.emit(i.data(ID_ROLE)))
        self.show_button.clicked.connect(
            lambda: emit_first_selected(self.table, self.country_requested))

    @property
    def loading(self) -> bool:
        return self._loader.loading

    def refresh(self) -> None:
        self._loader.run(self.registry.country_counts)

    def _counted(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self._fill()

    def _fill(self) -> None:
        only = self.only_used.isChecked()
        self.model.set_rows([c for c in self.countries if not only or self.counts.get(c.code)])



class OrganisationsPane(QWidget):
    """Party bodies with search; edit, add, and remove those no instrument names."""

    changed = Signal()

    def __init__(self, registry: Registry, parent=None):
        super().__init__(parent)
        self.registry = registry
        lang = get_language()
        names = {c.code: c.name(lang) for c in registry.countries()}
        self.model = RowsModel([
            Column(_("Organisation"), name_of, tooltip=_former_names_tip),
            Column(_("Country"), lambda o: names.get(o.country, o.country) if o.country
                   else _("international")),
            Column(_("Kind"), lambda o: ORGANISATION_KINDS.label(o.kind, lang)),
            Column(_("Instruments"), lambda o: str(o.instrument_count), align_right=True),
            Column(_("Former names"), lambda o: "; ".join(o.former_names)),
        ], lambda o: o.id, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search organisations (former names too)"))
        self.search.setClearButtonEnabled(True)
        self.table = new_table(self.model, (0, 120, 150, 100, 160), stretch=0)
        keep_place(self.table)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.new_button = QPushButton(_("New organisation"))
        self.edit_button = QPushButton(_("Edit"))
        self.delete_button = QPushButton(_("Delete"))
        title = QLabel(_("Organisations"))
        title.setObjectName("paneTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for b in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._loader = LatestOnly(self)
        self._loader.ready.connect(self._show)
        self._loader.failed.connect(errors.report_exception)
        after_typing(self.search, self.refresh)
        DownToList(self.search, self.table)
        self.table.activated.connect(lambda index: self.edit(index.data(ID_ROLE)))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self._update_buttons()

    @property
    def loading(self) -> bool:
        return self._loader.loading

    def refresh(self) -> None:
        text = self.search.text().strip() or None
        self._loader.run(lambda: self.registry.organisations(text))

    def _show(self, organisations: list[OrganisationView]) -> None:
        """In the alphabetical order of the names shown (Kyrgyz names in Kyrgyz)."""
        key = collation_key(get_language())
        self.model.set_rows(sorted(organisations, key=lambda o: key(name_of(o))))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        has = self.table.selectionModel().hasSelection()
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected(self) -> OrganisationView | None:
        ids = selected_ids(self.table)
        return next((o for o in self.model.rows if ids and o.id == ids[0]), None)

    def edit(self, organisation_id: int | None) -> OrganisationDialog:
        dialog = OrganisationDialog(self.registry, organisation_id, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _edit_selected(self) -> None:
        org = self.selected()
        if org:
            self.edit(org.id)

    def _saved(self, _organisation_id: int) -> None:
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> None:
        org = self.selected()
        if org is None or not errors.ask(
                self, _("Delete organisation"),
                _("Delete “{name}” from the list of organisations?").format(name=org.name),
                _("Delete")):
            return
        try:
            patiently(self, lambda: self.registry.delete_organisation(org.id))
        except RegistryError as exc:  # still named by instruments: the registry says so
            errors.show_registry_error(self, exc)
            return
        self.refresh()
        self.changed.emit()


def _former_names_tip(o: OrganisationView) -> str:
    if not o.former_names:
        return o.name
    return o.name + "\n" + _("Formerly: {names}").format(names="; ".join(o.former_names))


class PartiesView(QWidget):
    country_requested = Signal(str)
    changed = Signal()

    def __init__(self, registry: Registry, state: UiState, parent=None):
        super().__init__(parent)
        self.state = state
        self.countries = CountriesPane(registry)
        self.organisations = OrganisationsPane(registry)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.countries)
        self.splitter.addWidget(self.organisations)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 850])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.countries.country_requested.connect(self.country_requested)
        self.organisations.changed.connect(self.changed)
        self.organisations.changed.connect(self.countries.refresh)
        state.restore_layout("parties", self.splitter)
        state.restore_layout("organisations", self.organisations.table.horizontalHeader())

    @property
    def loading(self) -> bool:
        return self.countries.loading or self.organisations.loading

    def refresh(self) -> None:
        self.countries.refresh()
        self.organisations.refresh()

    def focus_search(self) -> None:
        self.organisations.search.setFocus()
        self.organisations.search.selectAll()

    def save_state(self) -> None:
        self.state.save_layout("parties", self.splitter)
        self.state.save_layout("organisations", self.organisations.table.horizontalHeader())
