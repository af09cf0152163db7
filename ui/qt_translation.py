"""Qt's own strings (dialog buttons, text field menus, the file dialog) in the user's language.

Russian comes from Qt's `qtbase_ru.qm`. Qt ships no Kyrgyz catalogue, so a small translator
answers Qt's standard strings from our Kyrgyz catalogue (i18n/locale/ky/ui.po).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from i18n import translate

# The Qt source strings we translate into Kyrgyz (contexts QPlatformTheme, QDialogButtonBox,
# QMessageBox, QLineEdit, QWidgetTextControl, QFileDialog, QFileSystemModel ...).
QT_STRINGS = frozenset({
    "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
    "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
    "Restore Defaults", "Don't Save", "Close without Saving", "Show Details...",
    "Hide Details...", "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
    "Copy &Link Location", "Look in:", "File &name:", "Files of type:", "&Open", "&Save",
    "&Choose", "Back", "Forward", "Parent Directory", "Create New Folder", "List View",
    "Detail View", "New Folder", "All Files (*)", "Directory:", "Save As", "Find Directory",
    "Name", "Size", "Type", "Kind", "Date Modified", "My Computer", "Computer",
    "Show &hidden files", "&Rename", "&Delete", "&New Folder", "Recent Places",
})
LOCALES = {"ru": QLocale(QLocale.Russian, QLocale.Russia),
           "ky": QLocale(QLocale.Kyrgyz, QLocale.Kyrgyzstan),
           "en": QLocale(QLocale.English, QLocale.UnitedKingdom)}


class KyrgyzQtTranslator(QTranslator):
    """Qt's standard strings in Kyrgyz from our catalogue; anything else stays as it is."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt)
        if source_text in QT_STRINGS:
            text = translate(source_text, "ky")
            if text != source_text:
                return text
        return ""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt)
        return False


def install_qt_translators(app: QApplication, lang: str,
                           installed: list[QTranslator]) -> list[QTranslator]:
    """Replace the translators of Qt's own strings (`installed`, from an earlier call) with
    those for `lang`, and set the matching locale (month names in calendars). Returns the new
    ones; keep them alive."""
    for old in installed:
        app.removeTranslator(old)
    QLocale.setDefault(LOCALES.get(lang, LOCALES["ru"]))
    translators: list[QTranslator] = []
    if lang == "ky":
        translators.append(KyrgyzQtTranslator(app))
    elif lang == "ru":
        qt = QTranslator(app)
        if qt.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            translators.append(qt)
    for t in translators:
        app.installTranslator(t)
    return translators
