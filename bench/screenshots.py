"""Screenshots of every screen of the desktop program, in Russian, Kyrgyz and English, for
looking at the program as a clerk sees it (untranslated words, cut-off text, empty areas):

    python -m bench.screenshots --out /tmp/shots [--lang ru ky] [--db PATH] [--screen 1024x768]

Runs on Qt's offscreen platform with one 1366x768 screen at 96 dpi (or the size --screen
gives; 1024x768 is the smallest screen the program is made for), on a new temporary registry
with the Bishkek example loaded unless --db names one (the example is added to it too: give a
copy), and the first page of every report
(bench.report_pages, on a registry of its own). Writes PNG files to OUT/<lang>/ and
prints their paths; on standard error it names every message without a translation that was
asked for and every text on screen with Latin words in Russian or Kyrgyz. Settings and
remembered window sizes go to a temporary folder, never to the user's own.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "samples" / "press-release-2025-11-26-bishkek-talks.txt"
TABLE = ROOT / "tests" / "data" / "tables" / "register-cp1251.csv"
SCREEN = (1366, 768)
ORGANISATION = {"ru": "Министерство иностранных дел Кыргызской Республики",
                "ky": "Кыргыз Республикасынын Тышкы иштер министрлиги",
                "en": "Ministry of Foreign Affairs of the Kyrgyz Republic"}


def prepare_environment(workdir: Path, screen: tuple[int, int] = SCREEN) -> None:
    """Before Qt is imported: an offscreen screen of `screen` pixels and user folders in
    `workdir`."""
    global SCREEN
    SCREEN = screen
    config = workdir / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(workdir / var.lower())
    sys.path.insert(0, str(ROOT))


LATIN_WORD = re.compile(r"(?<![\w/.@-])[A-Za-z]{3,}(?![\w/.@-])")  # not in paths or URLs
TAG = re.compile(r"<[^>]*>")
# Latin words that stand in Russian and Kyrgyz text too
LATIN_ALLOWED = {"PDF", "XLSX", "CSV", "UUID", "Ctrl", "Excel", "iCalendar", "ics", "Kelishim",
                 "Shift", "Del", "Enter", "cp1251", "https", "URL", "PostgreSQL", "SQLite", "ICS",
                 "English",  # the language named in its own words
                 "MIT", "LGPL", "OFL", "Sans",  # licences and the typeface in About
                 "KeyError"}  # the error dialog names the error for whoever reads the log


# Kyrgyz titles and names a registry holds for some records (the others have Russian only):
# the Kyrgyz screens show them, and the Russian text where there is none.
KYRGYZ_TITLES = {
    "treaty-2017": "Кыргыз Республикасы менен Россия Федерациясынын ортосундагы "
                   "аскердик-техникалык кызматташтыкты өнүктүрүү жөнүндө келишим",
    "protocol": "Кыргыз Республикасы менен Россия Федерациясынын ортосундагы "
                "аскердик-техникалык кызматташтыкты өнүктүрүү жөнүндө 2017-жылдын 20-июнундагы "
                "Келишимге өзгөртүүлөрдү киргизүү жөнүндө протокол",
    "sanitary": "Кыргыз Республикасынын Министрлер Кабинети менен Россия Федерациясынын "
                "Өкмөтүнүн ортосундагы калктын санитардык-эпидемиологиялык саламаттыгын камсыз "
                "кылуу чөйрөсүндөгү кызматташтык жөнүндө макулдашуу",
}
KYRGYZ_NAMES = {"Кыргызская Республика": "Кыргыз Республикасы",
                "Российская Федерация": "Россия Федерациясы",
                "Кабинет министров Кыргызской Республики":
                    "Кыргыз Республикасынын Министрлер Кабинети",
                "Правительство Российской Федерации": "Россия Федерациясынын Өкмөтү"}


def add_kyrgyz_texts(registry, demo) -> None:
    from dataclasses import replace

    for key, title in KYRGYZ_TITLES.items():
        iid = demo.instrument_ids[key]
        registry.save_instrument(replace(registry.instrument(iid).to_draft(), title_ky=title))
    for org in registry.organisations():
        if org.name in KYRGYZ_NAMES:
            registry.save_organisation(replace(org.to_draft(), name_ky=KYRGYZ_NAMES[org.name]))


class MissedTranslations(dict):
    """A catalogue that remembers the message ids it was asked for and did not have."""

    def __init__(self, table: dict[str, str], missed: set[str]):
        super().__init__(table)
        self.missed = missed

    def get(self, key, default=None):
        if key not in self:
            self.missed.add(key)
        return super().get(key, default)


def record_missed_translations() -> dict[str, set[str]]:
    import i18n

    found = {lang: set() for lang in i18n.LANGUAGES}
    tables: dict[str, MissedTranslations] = {}
    original = i18n.catalogue

    def catalogue(lang: str):
        if lang not in tables:
            tables[lang] = MissedTranslations(original(lang), found.setdefault(lang, set()))
        return tables[lang]

    i18n.catalogue = catalogue
    return found


def visible_texts(widget) -> list[str]:
    """The texts a user reads on `widget` and its children (labels, buttons, placeholders,
    headers, tabs, items of lists and combo boxes)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QPlainTextEdit, QTableView, QTabWidget, QWidget)

    texts = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(min(w.count(), 50))]
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt.Horizontal) or "")
                      for c in range(model.columnCount())]
        texts.append(w.toolTip())
    return [t for t in texts if t]


class Shooter:
    def __init__(self, registry, demo, out: Path):
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.registry, self.demo, self.out = registry, demo, out
        self.written: list[Path] = []
        self.latin: dict[str, set[str]] = {}  # language -> texts with Latin words

    def wait(self, done, timeout: float = 30.0) -> None:
        """Let the event loop run until `done()` (queries come back from worker threads)."""
        end = time.monotonic() + timeout
        while not done() and time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)
        self.app.processEvents()

    def shoot(self, widget, lang: str, name: str) -> None:
        self.app.processEvents()
        path = self.out / lang / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(path))
        self.written.append(path)
        if lang != "en":
            for text in visible_texts(widget):
                words = set(LATIN_WORD.findall(TAG.sub(" ", text))) - LATIN_ALLOWED
                if words:
                    self.latin.setdefault(lang, set()).add(f"{name}: {text[:100]!r}")

    def dialog(self, dialog, lang: str, name: str, done=lambda: True) -> None:
        dialog.show()
        self.wait(done)
        self.shoot(dialog, lang, name)

    def language(self, lang: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.settings import Settings
        from i18n import _, set_language
        from ui import errors
        from ui.about_dialog import AboutDialog
        from ui.export_dialog import ExportDialog
        from ui.first_start import FirstStartDialog
        from ui.import_dialog import ImportTextDialog
        from ui.editor.instrument import InstrumentEditor
        from ui.main_window import MainWindow
        from ui.editor.meeting import MeetingEditor
        from ui.qt_translation import install_qt_translators
        from ui.reports_dialog import ReportsDialog
        from ui.settings_dialog import SettingsDialog
        from ui.table_import_dialog import TableImportDialog
        from ui.ui_state import UiState

        set_language(lang)
        translators = install_qt_translators(self.app, lang, [])
        settings = Settings(language=lang)
        registry, demo = self.registry, self.demo
        window = MainWindow(registry, settings, UiState())
        window.resize(*SCREEN)
        window.show()
        self.wait(lambda: not window.busy)
        pages = ("instruments", "meetings", "parties", "action-needed", "trash")
        for page, name in enumerate(pages):
            window.show_page(page)
            self.wait(lambda: not window.busy)
            self.shoot(window, lang, f"main-{page + 1}-{name}")

        editor = InstrumentEditor(registry, settings, instrument_id=demo.instrument_ids[
            "protocol"], parent=window)
        editor.show()
        self.wait(lambda: not getattr(editor.history, "loading", False))
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            self.wait(lambda: not getattr(editor.history, "loading", False), 5)
            self.shoot(editor, lang, f"instrument-{tab + 1}")
        editor.mark_clean()
        editor.close()

        meeting = MeetingEditor(registry, settings, meeting_id=demo.meeting_id, parent=window)
        meeting.show()
        for tab in range(meeting.tabs.count()):
            meeting.tabs.setCurrentIndex(tab)
            self.shoot(meeting, lang, f"meeting-{tab + 1}")
        meeting.mark_clean()
        meeting.close()

        self.dialog(SettingsDialog(settings, str(registry.location), window), lang, "settings")
        self.dialog(FirstStartDialog(window), lang, "first-start")
        self.dialog(AboutDialog(registry, window), lang, "about")

        reports = ReportsDialog(registry, settings, parent=window, meeting_id=demo.meeting_id)
        reports.show()
        self.wait(lambda: reports.task is None)
        self.wait(lambda: False, 1.0)  # the preview renders its pages on a thread of its own
        self.shoot(reports, lang, "reports")
        reports.kind.setCurrentIndex(reports.kind.findData("status"))
        self.shoot(reports, lang, "reports-status-choices")

        text_import = ImportTextDialog(registry, settings, parent=window)
        text_import.text.setPlainText(SAMPLE.read_text(encoding="utf-8"))
        self.dialog(text_import, lang, "import-text-1")
        text_import.analyse()
        self.wait(lambda: text_import.task is None)
        self.shoot(text_import, lang, "import-text-2-review")

        table_import = TableImportDialog(registry, settings, parent=window)
        self.dialog(table_import, lang, "import-table-1")
        table_import.open_file(TABLE)
        table_import.check()
        self.wait(lambda: table_import.task is None and table_import.plan is not None)
        self.shoot(table_import, lang, "import-table-2-checked")

        export = ExportDialog(registry, settings, window.instruments.current_filter(),
                              parent=window)
        self.dialog(export, lang, "export")

        error = errors.message_box(window, _("Error"), errors.unexpected_error_text(
            KeyError("x"), Path.home() / ".local/state/Kelishim/log/kelishim.log"),
            QMessageBox.Critical)
        self.dialog(error, lang, "error")
        question = errors.message_box(window, _("Delete"), "?", QMessageBox.Question)
        question.setStandardButtons(QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel)
        self.dialog(question, lang, "qt-buttons")

        self.duplicate_screens(window, lang)
        self.party_screens(window, lang)
        self.safety_screens(window, lang, settings)
        self.qt_dialogs(window, lang)
        self.report_pages(lang)
        self.two_clerks(window, settings, lang)

        for widget in self.app.topLevelWidgets():
            widget.hide()
        window.close()
        for t in translators:
            self.app.removeTranslator(t)


    def duplicate_screens(self, window, lang: str) -> None:
        """Records already in the registry, wherever one is made: the press release after the
        demo (every draft marked, the summary), the registry's own export imported again, and
        the editor's question before saving one."""
        from app.settings import Settings
        from dataclasses import replace

        from exporters.table import export_table
        from models.records import InstrumentFilter
        from ui.duplicates import question
        from ui import errors
        from ui.import_dialog import ImportTextDialog
        from ui.table_import_dialog import TableImportDialog

        registry, demo = self.registry, self.demo
        settings = Settings(language=lang)
        text_import = ImportTextDialog(registry, settings, parent=window)
        text_import.text.setPlainText(SAMPLE.read_text(encoding="utf-8"))
        text_import.show()
        text_import.analyse()
        self.wait(lambda: text_import.task is None)
        text_import.documents.setCurrentRow(1)
        self.shoot(text_import, lang, "duplicates-1-press-release-marked")
        text_import.confirm_import()  # nothing ticked: the summary
        self.shoot(text_import, lang, "duplicates-2-press-release-summary")
        text_import.hide()

        exported = Path(tempfile.mkdtemp(prefix="kelishim-export-")) / "registry.csv"
        export_table(registry, InstrumentFilter(), exported, "csv")
        table_import = TableImportDialog(registry, settings, parent=window)
        table_import.show()
        table_import.open_file(exported)
        table_import.check()
        self.wait(lambda: table_import.task is None and table_import.plan is not None)
        self.shoot(table_import, lang, "duplicates-3-spreadsheet-checked")
        table_import.hide()

        typed_again = replace(registry.instrument(demo.instrument_ids["sanitary"]).to_draft(),
                              id=None, uuid=None)
        match = registry.duplicate_of(typed_again)
        box, _buttons = errors.choice_box(window, *question(match))
        self.dialog(box, lang, "duplicates-4-editor-question")
        box.hide()
        self.merge_screen(window, lang)

    def merge_screen(self, window, lang: str) -> None:
        """The merge dialog on a registry of its own: the demo and its sanitary agreement
        imported again from the press release, with an event of its own."""
        from datetime import date

        from importers.press_release import CountryIndex, apply_import, match_import
        from importers.press_release import parse_press_release
        from models.demo import load_demo
        from models.records import EventDraft
        from models.registry import Registry
        from ui.merge_dialog import MergeDialog

        if not hasattr(self, "twins"):
            registry = Registry.open(Path(tempfile.mkdtemp(prefix="kelishim-merge-")) /
                                     "registry.db")
            demo = load_demo(registry)
            index = CountryIndex(registry.countries())
            proposal = parse_press_release(SAMPLE.read_text(encoding="utf-8"),
                                           registry.today(), index)
            match_import(registry, proposal, index)
            twin, = apply_import(registry, proposal, [3])
            registry.add_event(twin, EventDraft("entered_into_force", date(2025, 12, 20)))
            self.twins = (registry, demo.instrument_ids["sanitary"], twin)
        registry, first, second = self.twins
        dialog = MergeDialog(registry, first, second, window)
        self.dialog(dialog, lang, "duplicates-5-merge")
        dialog.hide()

    def shoot_with_popup(self, widget, popup, lang: str, name: str) -> None:
        """`widget` with an open popup (a completer's list) painted where it stands."""
        from PySide6.QtGui import QPainter

        self.app.processEvents()
        picture = widget.grab()
        if popup.isVisible():
            painter = QPainter(picture)
            painter.drawPixmap(widget.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())),
                               popup.grab())
            painter.end()
        path = self.out / lang / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        picture.save(str(path))
        self.written.append(path)

    def party_screens(self, window, lang: str) -> None:
        """Parties of a new instrument: «Правительство К…» offers the Cabinet of Ministers (its
        former name), the country read from a body's name, a body without a country keeping
        Save disabled; the Cabinet's other names in its dialog."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        from app.settings import Settings
        from ui.editor.instrument import InstrumentEditor
        from ui.editor.instrument_form import PARTIES
        from ui.organisation_dialog import OrganisationDialog

        def type_text(edit, text: str) -> None:
            for char in text:
                for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                    self.app.sendEvent(edit, QKeyEvent(kind, 0, Qt.NoModifier, char))

        editor = InstrumentEditor(self.registry, Settings(language=lang), parent=window)
        editor.show()
        editor.tabs.setCurrentIndex(PARTIES)
        kg, other = editor.parties.rows
        kg.body.setFocus()
        type_text(kg.body.lineEdit(), "Правительство К")
        self.wait(lambda: kg.body.completer().popup().isVisible(), 2)
        self.shoot_with_popup(editor, kg.body.completer().popup(), lang,
                              "parties-1-former-name-offered")
        kg.body.completer().popup().hide()
        kg.body.lineEdit().clear()
        type_text(kg.body.lineEdit(), "Правительство Кыргызской Республики")
        other.body.setFocus()
        type_text(other.body.lineEdit(), "Правительство Республики Казахстан")
        other.body.completer().popup().hide()
        self.shoot(editor, lang, "parties-2-country-from-name")
        other.body.lineEdit().clear()
        type_text(other.body.lineEdit(), "ЗАО «Кумтор Голд Компани»")
        other.body.completer().popup().hide()
        editor.show_all_problems()
        editor.revalidate()
        self.shoot(editor, lang, "parties-3-no-country")
        editor.mark_clean()
        editor.close()
        cabinet = next(o for o in self.registry.organisations(text="кабинет министров кыргыз"))
        self.dialog(OrganisationDialog(self.registry, cabinet.id, window), lang,
                    "parties-4-other-names")

    def two_clerks(self, window, settings, lang: str) -> None:
        """Two clerks edit the protocol at once: another program on the same registry saves
        first; the editor's save then meets the conflict dialog (shot, then "back to
        editing"), and a save that waits for another clerk's change shows its notice."""
        from dataclasses import replace

        from models.registry import Registry
        from ui import conflict_dialog
        from ui.editor.instrument import InstrumentEditor
        from ui.waiting import waiting_text

        iid = self.demo.instrument_ids["protocol"]
        other = Registry.open(self.registry.location)
        other.user = "b.toktogulov"
        editor = InstrumentEditor(self.registry, settings, instrument_id=iid, parent=window)
        editor.show()
        editor.subject.setPlainText("Порядок взаимного признания медицинских документов")
        editor.responsible_clerk.setText("А. Абдыкадырова")
        theirs = other.instrument(iid).to_draft()
        subject, notes = {  # another clerk's values, new in each language's run
            "ru": ("Взаимное признание документов", "Оригинал передан в архив МИД, дело 14-2"),
            "ky": ("Документтерди өз ара таануу", "Түп нускасы ТИМдин архивине берилди"),
            "en": ("Mutual recognition of documents", "Original sent to the MFA archive"),
        }[lang]
        other.save_instrument(replace(theirs, subject=subject, notes=notes,
                                      duration_years=(theirs.duration_years or 4) + 1))
        other.close()

        def shoot_instead(parent, conflict, diffs, table, meeting_title=str):
            dialog = conflict_dialog.ConflictDialog(conflict, diffs, table, parent,
                                                    meeting_title)
            self.dialog(dialog, lang, "conflict")
            dialog.close()
            return conflict_dialog.BACK

        real, conflict_dialog.resolve = conflict_dialog.resolve, shoot_instead
        try:
            editor.save()
        finally:
            conflict_dialog.resolve = real
        editor._news(waiting_text())
        self.shoot(editor, lang, "instrument-waiting")
        editor.mark_clean()
        editor.close()

    def safety_screens(self, window, lang: str, settings) -> None:
        """Backups and recovery: Settings → Backups, the confirmation of a restore, the
        damaged-registry dialog, the message for a newer registry, the window on a read-only
        registry (a file it may not change, what was read of a damaged one), and the status
        bar after an upgrade."""
        from models.backup.folder import BackupFolder
        from models.database import newest_revision
        from models.sqlite_file import newer_registry
        from models.registry import Registry
        from ui.app import other_database_box
        from ui.damaged import DamagedDialog, salvaged_copy
        from ui.main_window import MainWindow
        from ui.restore_dialog import RestoreDialog
        from ui.settings_dialog import SettingsDialog
        from ui.ui_state import UiState

        registry = self.registry
        folder = BackupFolder(settings.backup_dir())
        if not folder.of(registry.path):
            folder.back_up(registry.path, reason="automatic")
            folder.back_up(registry.path, reason="manual")
        dialog = SettingsDialog(settings, str(registry.location), window,
                                organisation=registry.organisation_names(), registry=registry)
        dialog.tabs.setCurrentWidget(dialog.backups)
        self.dialog(dialog, lang, "settings-backups", lambda: not dialog.backups.loading)
        entry = folder.of(registry.path)[-1]
        self.dialog(RestoreDialog(registry.location, registry.summary(), entry.manifest,
                                  entry.path, folder.path, window), lang, "restore-confirmation")
        self.dialog(DamagedDialog(registry.location, [
            "Проверка целостности SQLite: *** in database main ***",
            "Проверка целостности SQLite: Tree 12 page 34 cell 0: invalid page number 8761"],
            2, folder.path, window), lang, "damaged-registry")
        newest = newest_revision()
        box, _choose = other_database_box(newer_registry(
            registry.location, f"{int(newest) + 2:04d}", newest).message())
        self.dialog(box, lang, "newer-registry")
        for reason, copy in (("permissions", None), ("salvaged", salvaged_copy)):
            copied = Registry.open_read_only(registry.path, reason=reason, copy=copy)
            read_only = MainWindow(copied, settings, UiState())
            read_only.resize(*SCREEN)
            read_only.show()
            read_only.show_page(0)  # the list: no New, no Delete
            self.wait(lambda: not read_only.busy)
            self.shoot(read_only, lang, f"read-only-{reason}")
            read_only.close()
            copied.close()
        registry.upgrade_backup = entry.path.with_name("kelishim-20261125-091500-pre-upgrade"
                                                       ".kelishim-backup")
        upgraded = MainWindow(registry, settings, UiState())
        registry.upgrade_backup = None
        upgraded.resize(*SCREEN)
        upgraded.show()
        self.wait(lambda: not upgraded.busy)
        self.shoot(upgraded, lang, "upgraded-status-bar")
        upgraded.close()

    def report_pages(self, lang: str) -> None:
        """The first page of every report, on a registry of its own: the example plus the
        records that stress the reports (see bench.report_pages)."""
        from bench.report_pages import add_real_records, report_pages
        from models.demo import load_demo
        from models.registry import Registry

        if not hasattr(self, "pages"):
            registry = Registry.open(Path(tempfile.mkdtemp(prefix="kelishim-pages-")) /
                                     "registry.db")
            self.pages = (registry, load_demo(registry), add_real_records(registry))
        registry, demo, real = self.pages
        self.written += report_pages(registry, demo.meeting_id, real["long"], lang,
                                     self.out / lang, ORGANISATION[lang])

    def qt_dialogs(self, window, lang: str) -> None:
        """Qt's own dialogs as Linux shows them: the print dialog with its options open, the
        file dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QFileDialog, QPushButton

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing = QPrintDialog(printer, window)
        printing.show()
        for button in printing.findChildren(QPushButton):
            if button.text().endswith(">>"):
                button.click()
        self.wait(lambda: True)
        self.shoot(printing, lang, "qt-print")
        files = QFileDialog(window, "")
        files.setOption(QFileDialog.DontUseNativeDialog)
        files.setDirectory(str(ROOT / "tests" / "data"))
        self.dialog(files, lang, "qt-file")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--lang", nargs="+", default=["ru", "ky", "en"])
    parser.add_argument("--db", type=Path, help="a registry to show (default: a new one); "
                                                "the example is added to it if missing, so "
                                                "give a copy")
    parser.add_argument("--screen", default="1366x768", help="the screen's size, WxH")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kelishim-shots-"))
    width, height = (int(x) for x in args.screen.lower().split("x"))
    prepare_environment(work, (width, height))

    from PySide6.QtWidgets import QApplication

    from models.demo import load_demo
    from models.registry import Registry

    from PySide6.QtCore import qInstallMessageHandler

    def quiet(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's, every window
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    missed = record_missed_translations()
    from ui.qt_workarounds import pin_singletons

    pin_singletons()  # see ui/qt_workarounds.py
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kelishim")
    registry = Registry.open(args.db or work / "registry.db")
    demo = load_demo(registry)
    registry.set_organisation_names(ORGANISATION)  # report headers, in each language
    add_kyrgyz_texts(registry, demo)
    shooter = Shooter(registry, demo, args.out)
    for lang in args.lang:
        shooter.language(lang)
    for path in shooter.written:
        print(path)
    for lang in args.lang:
        if lang == "en":
            continue
        for msgid in sorted(missed.get(lang, ())):
            print(f"{lang}: no translation for {msgid!r}", file=sys.stderr)
        for text in sorted(shooter.latin.get(lang, ())):
            print(f"{lang}: Latin words on screen: {text}", file=sys.stderr)
    registry.close()
    for kept in ("pages", "twins"):
        if hasattr(shooter, kept):
            getattr(shooter, kept)[0].close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
