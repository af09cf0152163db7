"""Start-up of the desktop program: settings, language, logging, the registry, the first-start
offer, then the main window (rebuilt when the language changes)."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, QThreadPool, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import ICON
from app.logs import setup_logging
from app.settings import APP_NAME, Settings
from app.version import __version__
from i18n import _, set_language
from models.errors import DatabaseError
from models.registry import Registry
from ui import errors
from ui.first_start import offer_first_start
from ui.main_window import MainWindow
from ui.qt_translation import install_qt_translators
from ui.qt_workarounds import pin_singletons
from ui.ui_state import UiState

log = logging.getLogger(__name__)


class Workspace(QObject):
    """Holds the one main window, and builds it anew in another language when the settings
    change the language (every label is made in the language current at construction)."""

    def __init__(self, app: QApplication, registry: Registry, settings: Settings,
                 translators: list[QTranslator]):
        super().__init__()
        self.app = app
        self.registry = registry
        self.settings = settings
        self.state = UiState()
        self.translators = translators
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        self.window = self._build()
        self._log_when_filled(self.window)
        self.window.show()
        return self.window

    @staticmethod
    def _log_when_filled(window: MainWindow) -> None:
        """One log line when the first screen's lists are in: with the log's first line it
        tells how long the start took (IT reads it; the bundle's smoke test waits for it)."""
        waiting = {"instruments", "deadlines"}

        def done(part: str) -> None:
            if part in waiting:
                waiting.discard(part)
                if not waiting:
                    log.info("Main window filled: %d instruments listed",
                             window.instruments.model.total)

        window.instruments.model.loaded.connect(lambda: done("instruments"))
        window.deadlines.loaded.connect(lambda _count: done("deadlines"))

    def _build(self) -> MainWindow:
        window = MainWindow(self.registry, self.settings, self.state)
        window.language_changed.connect(self.switch_language)
        return window

    def switch_language(self, lang: str) -> None:
        set_language(lang)
        self.translators = install_qt_translators(self.app, lang, self.translators)
        old = self.window
        old.save_state()
        self.window = self._build()
        self.window.show_page(old.stack.currentIndex())
        self.window.show()
        old.close()
        old.deleteLater()


def ask_other_database(message: str) -> str | None:
    """The database cannot be opened: choose another file (a new one is created) or quit."""
    box = QMessageBox(QMessageBox.Critical, _("Kelishim"), message)
    box.setInformativeText(_("Choose another database file, or quit."))
    choose = box.addButton(_("Choose another file…"), QMessageBox.AcceptRole)
    box.addButton(_("Quit"), QMessageBox.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    path, _filter = QFileDialog.getSaveFileName(
        None, _("Database file"), "", _("Registry database (*.db *.sqlite);;All files (*)"),
        options=QFileDialog.DontConfirmOverwrite)
    return path or None


def open_registry(db_location: str | None, settings: Settings) -> Registry | None:
    """The registry of --db, else of the settings, else the default file. A missing file is
    created, except a location saved in the settings (a network drive may just be absent).
    None when the clerk gives up."""
    location = db_location or settings.database or None
    create = db_location is not None or not settings.database
    while True:
        try:
            return Registry.open(location, create=create)
        except DatabaseError as exc:
            log.warning("Cannot open the registry %s: %s", location, exc.message("en"))
            chosen = ask_other_database(exc.message())
            if chosen is None:
                return None
            location, create = chosen, True
            if not db_location:  # the settings named the failing file: remember the new one
                settings.database = chosen
                settings.save()


def run_gui(db_location: str | None) -> int:
    """`python main.py [--db PATH]`: the desktop program. Returns the exit code."""
    pin_singletons()  # PySide6 6.12 on Python 3.11 would abort the program after a while
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(ICON)))
    app.setDesktopFileName("kelishim")  # Wayland and taskbars match the window to its entry
    settings = Settings.load()
    set_language(settings.language)
    errors.install_excepthook(setup_logging())
    translators = install_qt_translators(app, settings.language, [])
    registry = open_registry(db_location, settings)
    if registry is None:
        return 1
    offer_first_start(registry)
    workspace = Workspace(app, registry, settings, translators)
    workspace.show()
    log.info("Main window shown on %s", registry.location)
    try:
        return app.exec()
    finally:
        # a query still running would otherwise meet a half-finalised interpreter
        QThreadPool.globalInstance().waitForDone(10_000)
        registry.close()
