"""The settings dialog. General: language, the organisation's name for report headers (in
Russian, Kyrgyz and English, kept in the registry and shared by every clerk and the command
line), the database location (used from the next start) and how far ahead "Action needed"
looks. Backups: the backup folder and its backups, Back up now and Restore… (ui/backups_panel)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTabWidget, QVBoxLayout, QWidget)

from app.settings import Settings
from i18n import _
from ui.widgets import hint_label

# Each language by its own name, whatever the current language is.
LANGUAGE_NAMES = (("ru", "Русский"), ("ky", "Кыргызча"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, database_in_use: str, parent=None,
                 organisation: dict[str, str] | None = None, registry=None):
        """`organisation`: the registry's organisation names by language (the one per-user
        name of earlier versions stands in for the Russian one until the registry has one);
        `registry`: the open registry, for the Backups tab (none without it)."""
        super().__init__(parent)
        self.original = settings
        names = dict(organisation or {})
        if not names.get("ru"):
            names["ru"] = settings.organisation_name
        self.original_names = {lang: names.get(lang, "") for lang, _name in LANGUAGE_NAMES}
        self.setWindowTitle(_("Settings"))
        self.setMinimumWidth(720)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.organisation = {lang: QLineEdit(self.original_names[lang])
                             for lang, _name in LANGUAGE_NAMES}
        for lang, example in (("ru", "Министерство иностранных дел Кыргызской Республики"),
                              ("ky", "Кыргыз Республикасынын Тышкы иштер министрлиги")):
            self.organisation[lang].setPlaceholderText(example)
        self.database = QLineEdit(settings.database)
        self.database.setPlaceholderText(_("The default file in your data folder"))
        self.browse = QPushButton(_("Choose…"))
        self.default_button = QPushButton(_("Default"))
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 3650)
        self.horizon.setValue(settings.horizon_days)
        self.horizon.setSuffix(" " + _("days"))

        # The location gets the whole width (a path or a server URL is long); its buttons go
        # under it, beside what is in use now.
        database_buttons = QHBoxLayout()
        database_buttons.addWidget(self.browse)
        database_buttons.addWidget(self.default_button)
        database_buttons.addStretch(1)
        in_use = QLabel(_("In use now: {location}").format(location=database_in_use))
        in_use.setWordWrap(True)
        in_use.setTextInteractionFlags(Qt.TextSelectableByMouse)
        restart = hint_label(_("A file, or a department's server: "
                               "postgresql+psycopg://your-login@server/kelishim (IT gives the "
                               "address and the login). A new location takes effect when the "
                               "program is started again."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)  # text fields, not choices
        form.addRow(_("Language:"), self.language)
        organisation = QFormLayout()
        organisation.setContentsMargins(0, 0, 0, 0)
        for lang, name in LANGUAGE_NAMES:
            organisation.addRow(name + ":", self.organisation[lang])
        organisation.addRow(hint_label(_("Printed at the head of every report, in the "
                                         "report's language; kept in the registry, for every "
                                         "clerk and the command line.")))
        form.addRow(_("Organisation (for report headers):"), organisation)
        database = QVBoxLayout()
        database.setSpacing(4)
        for part in (self.database, database_buttons, in_use, restart):
            (database.addLayout if isinstance(part, QHBoxLayout) else database.addWidget)(part)
        form.addRow(_("Database:"), database)
        form.addRow(_("“Action needed” looks ahead:"), self.horizon)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, _("General"))
        self.backups = None
        if registry is not None:
            from ui.backups_panel import BackupsPanel

            self.backups = BackupsPanel(registry, settings.backup_folder, self)
            self.tabs.addTab(self.backups, _("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.browse.clicked.connect(self._choose_database)
        self.default_button.clicked.connect(self.database.clear)

    def organisation_names(self) -> dict[str, str]:
        """The organisation's names as the dialog shows them, by language."""
        return {lang: " ".join(edit.text().split()) for lang, edit in self.organisation.items()}

    def organisation_changed(self) -> bool:
        return self.organisation_names() != self.original_names

    def _choose_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Database file"), self.database.text(),
            _("Registry database (*.db *.sqlite);;All files (*)"),
            options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def chosen(self) -> Settings:
        """The settings as the dialog shows them."""
        backup_folder = self.backups.folder.text().strip() if self.backups else \
            self.original.backup_folder
        return replace(self.original, language=self.language.currentData(),
                       database=self.database.text().strip(),
                       horizon_days=self.horizon.value(), backup_folder=backup_folder)
