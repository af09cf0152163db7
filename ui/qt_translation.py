"""Qt's own strings (dialog buttons, text field menus, the file and print dialogs) in the
user's language.

Russian comes from Qt's `qtbase_ru.qm`, with the few strings it lacks from our Russian catalogue.
Qt ships no Kyrgyz catalogue, so a small translator answers Qt's standard strings from our
Kyrgyz catalogue (i18n/locale/ky/ui.po).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from i18n import translate

# The Qt source strings we translate (contexts QPlatformTheme, QDialogButtonBox, QMessageBox,
# QLineEdit, QWidgetTextControl, QAbstractSpinBox, QFileDialog, QFileSystemModel,
# QPrintDialog, QPrintWidget, QPrintSettingsOutput, QPrintPropertiesWidget, QPageSetupWidget).
QT_STRINGS = frozenset({
    "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
    "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
    "Restore Defaults", "Don't Save", "Close without Saving", "Show Details...",
    "Hide Details...", "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
    "Copy &Link Location", "&Step up", "Step &down",
    # the file dialog
    "Look in:", "&Look in:", "File &name:", "Files of type:", "Files of &type:", "&Open",
    "&Save", "&Choose", "Back", "Forward", "Parent Directory", "Create New Folder",
    "List View", "Detail View", "New Folder", "All Files (*)", "Directory:", "Save As",
    "Find Directory", "Name", "Size", "Type", "Kind", "Date Modified", "My Computer",
    "Computer", "Show &hidden files", "&Rename", "&Delete", "&New Folder", "Recent Places",
    "Folder",
    # the print and page setup dialogs
    "&Name:", "&Options >>", "&Options <<", "&Print", "Print", "Local file", "Location:",
    "Output &file:", "P&roperties", "Print to File (PDF)", "Printer", "Type:",
    "Write PDF file", "Print all", "Pages from", "to", "Copies", "Copies:", "Collate",
    "Reverse", "Options", "Current Page", "Selection", "Print range", "Page", "Advanced",
    "Paper", "Page size:", "Orientation", "Portrait", "Landscape", "Reverse portrait",
    "Reverse landscape", "Margins", "top margin", "bottom margin", "left margin",
    "right margin", "Color Mode", "Color", "Grayscale", "Output Settings", "Paper source:",
    "Width:", "Height:", "Pages per sheet:", "Page order:", "Pages", "Page Set:", "Custom",
    "Millimeters (mm)", "Points (pt)", "Inches (in)", "Page &Set:", "All Pages", "Even Pages",
    "Odd Pages", "Specify pages or ranges separated by commas. Ranges are specified by two "
    "numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
})
RUSSIAN_OVER_QT = frozenset({"OK"})
LOCALES = {"ru": QLocale(QLocale.Russian, QLocale.Russia),
           "ky": QLocale(QLocale.Kyrgyz, QLocale.Kyrgyzstan),
           "en": QLocale(QLocale.English, QLocale.UnitedKingdom)}


class CatalogueQtTranslator(QTranslator):
    """Qt's standard strings from our catalogue of one language; anything else stays as Qt
    has it (or as a translator installed after this one has it)."""

    def __init__(self, lang: str, parent=None, only: frozenset[str] = QT_STRINGS):
        super().__init__(parent)
        self.lang = lang
        self.only = only

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt)
        """None (a null string) lets Qt keep its English text; an empty string would be taken
        as the translation and blank every label and menu item we do not know."""
        if source_text in self.only:
            text = translate(source_text, self.lang)
            if text != source_text:
                return text
        return None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt)
        return False


_installed: list[QTranslator] = []  # every translator installed here and not removed since


def remove_qt_translators(app: QApplication) -> None:
    """Take away every translator of Qt's strings installed here, whoever holds them (a
    test starting in a process where an earlier one left its language installed)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_qt_translators(app: QApplication, lang: str,
                           installed: list[QTranslator]) -> list[QTranslator]:
    """Replace the translators of Qt's own strings (`installed`, from an earlier call) with
    those for `lang`, and set the matching locale (month names in calendars). Returns the new
    ones; keep them alive."""
    for old in installed:
        app.removeTranslator(old)
        if old in _installed:
            _installed.remove(old)
    QLocale.setDefault(LOCALES.get(lang, LOCALES["ru"]))
    translators: list[QTranslator] = []
    if lang in ("ky", "ru"):
        translators.append(CatalogueQtTranslator(lang, app))
    if lang == "ru":
        qt = QTranslator(app)
        if qt.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            translators.append(qt)  # installed after ours, so asked first: ours fill its gaps
        # except where Qt's Russian is Latin: its «OK» button (ours: Cyrillic «ОК»)
        translators.append(CatalogueQtTranslator(lang, app, only=RUSSIAN_OVER_QT))
    for t in translators:
        app.installTranslator(t)
    _installed.extend(translators)
    return translators
