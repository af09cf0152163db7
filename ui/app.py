"""Start-up of the desktop program: settings, language, logging, the registry, the first-start
offer, then the main window (rebuilt when the language changes or a restore replaced the
registry). A damaged registry gets the dialog of ui/damaged.py, on opening or when the quick
check run just after finds damage; backups are made in the background (ui/auto_backup.py) and
when the program closes."""

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
from models.errors import DamagedRegistry, DatabaseError
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
        self.auto_backup = None
        self.quick_check = None
        self.recovering = False  # the damaged-registry dialog is up

    def show(self) -> MainWindow:
        self.window = self._build()
        self._log_when_filled(self.window)
        self.window.show()
        self._start_watching()
        return self.window

    def _start_watching(self) -> None:
        """The quick check of the file just opened, and the automatic backups."""
        from ui.auto_backup import AutoBackup
        from ui.workers import Task

        if self.auto_backup is not None:
            self.auto_backup.stop()
            self.auto_backup.deleteLater()
        self.auto_backup = AutoBackup(self.registry, self.settings.backup_dir(), self)
        self.auto_backup.done.connect(self._backed_up)
        self.auto_backup.failed.connect(self._backup_failed)
        path = self.registry.path
        if path is not None and not self.registry.read_only:
            from models.file_check import sqlite_problems

            self.quick_check = Task(lambda _progress: sqlite_problems(path, quick=True), self)
            self.quick_check.succeeded.connect(self._checked)
            self.quick_check.finished.connect(lambda: setattr(self, "quick_check", None))
            self.quick_check.start()

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.damaged(problems)

    def damaged(self, problems: list[str]) -> None:
        """The open registry turned out damaged (the quick check, or a query that met the
        damage): close it, ask what to do. Once, however many found it."""
        from ui.damaged import recover

        if self.recovering or self.registry.read_only or self.registry.path is None:
            return
        self.recovering = True
        try:
            path = self.registry.path
            self.auto_backup.stop()
            QThreadPool.globalInstance().waitForDone(10_000)
            self.registry.close()
            problems = self._details(path) or problems
            registry = recover(path, problems, self.settings, self.window)
            if registry is None:
                self.window.close()
                self.app.quit()
                return
            self.reopen(registry, "")
        finally:
            self.recovering = False

    def _details(self, path) -> list[str]:
        """What SQLite finds wrong, for the dialog (a query that met the damage says less)."""
        from models.file_check import sqlite_problems
        from ui.workers import Cancelled, wait_for

        try:
            return wait_for(self.window, _("Checking the registry…"),
                            lambda _progress: sqlite_problems(path, quick=True))
        except Cancelled:
            return []

    def _backed_up(self, entry) -> None:
        self.window.message.setText(_("Backup saved: {name}").format(name=entry.path.name))

    def _backup_failed(self, exc) -> None:
        from models.errors import RegistryError

        reason = exc.message() if isinstance(exc, RegistryError) else type(exc).__name__
        self.window.message.setText(_("The automatic backup failed: {reason}").format(
            reason=reason))

    def reopen(self, registry: Registry | None = None, message: str = "") -> None:
        """Build the window again on `registry` (default: the same file opened again, after a
        restore replaced it)."""
        if registry is None:
            QThreadPool.globalInstance().waitForDone(10_000)
            location = self.registry.location
            self.registry.close()
            registry = Registry.open(location, read_only_ok=True,
                                     backups=self.settings.backup_dir())
        self.registry = registry
        old = self.window
        old.save_state()
        self.window = self._build()
        self.window.show_page(old.stack.currentIndex())
        if message:
            self.window.message.setText(message)
        self.window.show()
        old.close()
        old.deleteLater()
        self._start_watching()

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
        window.registry_replaced.connect(lambda text: self.reopen(None, text))
        return window

    def closing(self) -> None:
        """The program closes: the backup on closing, if anything changed."""
        if self.auto_backup is not None:
            self.app.setQuitOnLastWindowClosed(False)  # the progress window is the last
            self.auto_backup.on_closing(None)

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


def other_database_box(message: str) -> tuple[QMessageBox, object]:
    """The message that the database cannot be opened (damaged, newer, not a registry ...),
    with its Choose another file… button."""
    box = QMessageBox(QMessageBox.Critical, _("Kelishim"), message)
    box.setInformativeText(_("Choose another database file, or quit."))
    choose = box.addButton(_("Choose another file…"), QMessageBox.AcceptRole)
    box.addButton(_("Quit"), QMessageBox.RejectRole)
    box.setDefaultButton(choose)
    return box, choose


def ask_other_database(message: str) -> str | None:
    """The database cannot be opened: choose another file (a new one is created) or quit."""
    box, choose = other_database_box(message)
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
            return Registry.open(location, create=create, read_only_ok=True,
                                 backups=settings.backup_dir())
        except DamagedRegistry as exc:
            from models.database import database_url, sqlite_path
            from ui.damaged import recover

            path = sqlite_path(database_url(location))
            if path is not None:
                return recover(path, [exc.message()], settings)
            chosen = ask_other_database(exc.message())
            if chosen is None:
                return None
            location, create = chosen, True
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
    errors.on_damaged(lambda exc: workspace.damaged([exc.message()]))
    workspace.show()
    log.info("Main window shown on %s", registry.location)
    try:
        code = app.exec()
        workspace.closing()
        return code
    finally:
        # a query still running would otherwise meet a half-finalised interpreter
        QThreadPool.globalInstance().waitForDone(10_000)
        workspace.registry.close()
