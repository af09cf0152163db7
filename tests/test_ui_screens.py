"""What a clerk sees on a small screen and in Kyrgyz: Qt's own strings never blank, dialogs
within the screen, columns wide enough for their words, columns that can be hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.settings import Settings

pytest.register_assert_rewrite("ui_support")
from ui_support import show_page, survives_session  # noqa: E402

pytest_plugins = ("ui_support",)  # the window fixture


@pytest.fixture
def qt_language(qapp):
    """Switch the program's and Qt's language for one test."""
    from i18n import set_language
    from ui.qt_translation import install_qt_translators

    app = qapp
    locale = QLocale()
    installed = []

    def use(lang: str) -> None:
        set_language(lang)
        installed[:] = install_qt_translators(app, lang, installed)

    yield use
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_qt_strings_without_a_kyrgyz_translation_keep_their_english_text(qt_language):
    qt_language("ky")
    tr = QCoreApplication.translate
    assert tr("QDialogButtonBox", "Cancel") == "Жокко чыгаруу"
    assert tr("QPrintDialog", "Print") == "Басып чыгаруу"
    assert tr("QPrintSettingsOutput", "Copies:") == "Нускалардын саны:"
    # Not in our catalogue: Qt's own English, not an empty label (it used to be blank).
    assert tr("QAbstractFileIconProvider", "Drive") == "Drive"
    assert tr("QPdfView", "Page %1") == "Page %1"


def test_the_file_dialog_strings_missing_from_qts_russian_catalogue(qt_language):
    qt_language("ru")
    tr = QCoreApplication.translate
    assert tr("QFileDialog", "Files of &type:") == "&Тип файлов:"
    assert tr("QFileDialog", "&Look in:") == "&Папка:"
    assert tr("QPlatformTheme", "Cancel") == "Отмена"  # still from Qt's catalogue


def test_dialogs_fit_on_the_screen(qtbot, demo_registry):
    from ui.import_dialog import ImportTextDialog
    from ui.editor.instrument import InstrumentEditor
    from ui.editor.meeting import MeetingEditor
    from ui.reports_dialog import ReportsDialog
    from ui.table_import_dialog import TableImportDialog

    area = QApplication.primaryScreen().availableGeometry()
    settings = Settings()
    demo = demo_registry.demo
    for dialog in (ImportTextDialog(demo_registry, settings),
                   ReportsDialog(demo_registry, settings, meeting_id=demo.meeting_id),
                   TableImportDialog(demo_registry, settings),
                   InstrumentEditor(demo_registry, settings,
                                    instrument_id=demo.instrument_ids["protocol"]),
                   MeetingEditor(demo_registry, settings, meeting_id=demo.meeting_id)):
        qtbot.addWidget(dialog)
        assert dialog.height() <= area.height() - 40, type(dialog).__name__
        if hasattr(dialog, "task"):
            qtbot.waitUntil(lambda d=dialog: d.task is None, timeout=20000)


def test_the_build_button_is_right_under_the_choices_of_the_report(qtbot, demo_registry):
    from ui.reports_dialog import ReportsDialog

    dialog = ReportsDialog(demo_registry, Settings(), meeting_id=demo_registry.demo.meeting_id)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    below_choices = dialog.params.mapTo(dialog, QPoint(0, dialog.params.height())).y()
    button = dialog.build_button.mapTo(dialog, QPoint(0, 0)).y()
    assert 0 <= button - below_choices < 30
    assert button < dialog.height() / 3  # not at the foot of an empty panel
    # Another kind of report chosen: the briefing shown is put away, not printed by mistake.
    assert dialog.pages > 0 and dialog.print_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("status"))
    assert dialog.preview.page_count() == 0 and dialog.page_label.text() == ""
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_action_needed_columns_show_their_words_whole(qtbot, window):
    from ui.main_window import DEADLINES

    window.resize(1366, 768)  # a laptop (at 1024 what is due is shortened, whole in its tip)
    show_page(qtbot, window, DEADLINES)
    table, model = window.deadlines.table, window.deadlines.model
    metrics = table.fontMetrics()
    assert model.rowCount() == 4
    for row in range(model.rowCount()):
        for column in (0, 1, 2):  # due, days left ("просрочено на 184 дн."), what is due
            text = model.index(row, column).data()
            assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 8, text


def test_columns_can_be_hidden_and_the_choice_is_remembered(qtbot, window):
    from ui.instruments_model import COLUMN
    from ui.instruments_view import column_menu
    from ui.main_window import MainWindow

    header = window.instruments.table.horizontalHeader()
    menu = column_menu(header, QPoint(0, 0))
    actions = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert not actions["Наименование"].isEnabled()  # the title always stays
    actions["Уровень"].trigger()
    menu.close()
    assert header.isSectionHidden(COLUMN["level"])
    window.save_state()
    again = MainWindow(window.registry, window.settings, window.state)
    qtbot.addWidget(again)
    assert again.instruments.table.horizontalHeader().isSectionHidden(COLUMN["level"])
    assert not again.instruments.table.horizontalHeader().isSectionHidden(COLUMN["kind"])


def test_a_long_session_of_signals_and_calls_does_not_abort_the_program(tmp_path):
    """PySide6 6.12.0 on Python 3.11 loses a reference to True with every signal sent and to
    None with every call that returns nothing: the program aborted ("Fatal Python error:
    bool_dealloc") after a few thousand list queries, unless ui.qt_workarounds guards it."""
    survives_session(
        tmp_path,
        "from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal\n"
        "from ui.qt_workarounds import pin_singletons\n"
        "pin_singletons()\n"
        "app = QCoreApplication([])\n"
        "class Relay(QObject):\n"
        "    done = Signal(object)\n"
        "relay, timer = Relay(), QTimer()\n"
        "relay.done.connect(lambda value: None)\n"
        "for n in range(50_000):\n"
        "    relay.done.emit(n)\n"
        "    timer.start(1000)\n"
        "print('still here')\n")


def test_column_titles_stay_whole_after_widths_remembered_in_another_language(qtbot, window):
    from i18n import set_language
    from ui.instruments_model import COLUMN
    from ui.list_model import header_width
    from ui.main_window import MainWindow

    window.instruments.table.horizontalHeader().resizeSection(COLUMN["signed_date"], 40)
    window.save_state()
    set_language("ky")
    again = MainWindow(window.registry, window.settings, window.state)
    qtbot.addWidget(again)
    header = again.instruments.table.horizontalHeader()
    signed = COLUMN["signed_date"]
    assert header.model().headerData(signed, Qt.Horizontal) == "Кол коюлган"
    assert header.sectionSize(signed) >= header_width(header, signed) > 40
