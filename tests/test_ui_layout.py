"""A 1024×768 screen in Russian and in Kyrgyz (whose words are longer): the main window goes
narrow enough, its filter bar folds instead of widening it, the title column keeps room to be
read, the parties' buttons stay in sight, and every dialog fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from app.settings import Settings

pytest.register_assert_rewrite("ui_support")
from ui_support import wait_loaded  # noqa: E402

SCREEN = (1024, 768)
ROOM = (SCREEN[0], SCREEN[1] - 60)  # a taskbar and the window's title bar


@pytest.fixture(params=["ru", "ky"])
def lang(request):
    from i18n import set_language

    set_language(request.param)
    return request.param


def window_at(qtbot, registry, width: int, height: int):
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    win = MainWindow(registry, Settings(), UiState())
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    wait_loaded(qtbot, win)
    win.show_page(0)  # the demo has deadlines due: the window opened on Action needed
    qtbot.wait(10)  # the layout's resize events
    return win


def inside(widget, outer) -> bool:
    """`widget` is shown whole within `outer` (a window, a scroll area's viewport)."""
    top_left = widget.mapTo(outer, QPoint(0, 0))
    return (widget.isVisibleTo(outer)
            and outer.rect().contains(QRect(top_left, widget.size())))


def test_the_main_window_fits_a_1024_screen(qtbot, demo_registry, lang):
    from ui.main_window import DEADLINES, INSTRUMENTS, MEETINGS, PARTIES, TRASH

    win = window_at(qtbot, demo_registry, *SCREEN)
    assert win.minimumSizeHint().width() <= 1000
    for page in (INSTRUMENTS, MEETINGS, PARTIES, DEADLINES, TRASH):
        assert win.views[page].minimumSizeHint().width() + win.nav.width() + 30 <= 1000, page
    assert win.width() == SCREEN[0]
    bar = win.instruments.filter_bar
    assert bar.choices.columns == 2  # folded: three a line would be 900 pixels
    view = win.instruments
    for widget in (bar.search, bar.reset_button, bar.country, bar.kind, bar.level, bar.status,
                   bar.sector, bar.signed_from, bar.signed_to, view.new_button,
                   view.open_button, view.delete_button, win.counts):
        assert inside(widget, win), widget


def test_the_filter_bar_takes_three_columns_on_a_wide_screen(qtbot, demo_registry, lang):
    win = window_at(qtbot, demo_registry, 1366, 768)
    bar = win.instruments.filter_bar
    assert bar.choices.columns == 3
    heights = {bar.kind.mapTo(win, QPoint(0, 0)).y(), bar.country.mapTo(win, QPoint(0, 0)).y()}
    assert len(heights) == 1  # side by side
    win.resize(*SCREEN)
    qtbot.waitUntil(lambda: bar.choices.columns == 2)
    win.resize(1366, 768)
    qtbot.waitUntil(lambda: bar.choices.columns == 3)


def test_the_title_column_takes_the_spare_width(qtbot, demo_registry, lang):
    from ui.instruments_model import COLUMN

    win = window_at(qtbot, demo_registry, *SCREEN)
    table = win.instruments.table
    header = table.horizontalHeader()
    width = table.viewport().width()
    title = header.sectionSize(COLUMN["title"])
    assert title >= width / 3 - 2
    shown = sum(header.sectionSize(c) for c in range(header.count()))
    assert shown <= width  # no horizontal scrolling to reach the deadline
    assert not table.horizontalScrollBar().isVisible()
    # The dates and the registry number stay readable.
    metrics = table.fontMetrics()
    for key in ("signed_date", "next_deadline"):
        assert header.sectionSize(COLUMN[key]) >= metrics.horizontalAdvance("00.00.0000") + 8
    number = table.model().index(0, COLUMN["registry_number"]).data()
    assert header.sectionSize(COLUMN["registry_number"]) >= metrics.horizontalAdvance(number)
    tip = table.model().index(0, COLUMN["title"]).data(Qt.ToolTipRole)
    assert table.model().index(0, COLUMN["title"]).data() in tip  # the whole title

    status = header.sectionSize(COLUMN["status"])
    win.resize(1366, 768)  # a wider window: the other columns get width back
    qtbot.waitUntil(lambda: header.sectionSize(COLUMN["status"]) > status + 30)
    assert header.sectionSize(COLUMN["title"]) >= table.viewport().width() / 3 - 2


def test_the_widths_the_clerk_chose_are_remembered_not_those_fitted(qtbot, demo_registry):
    from ui.instruments_model import COLUMN
    from ui.main_window import MainWindow

    win = window_at(qtbot, demo_registry, 1900, 800)
    header = win.instruments.table.horizontalHeader()
    header.resizeSection(COLUMN["kind"], 210)  # dragged by the clerk
    win.resize(*SCREEN)
    qtbot.waitUntil(lambda: header.sectionSize(COLUMN["kind"]) < 210)
    win.save_state()
    again = MainWindow(demo_registry, win.settings, win.state)
    qtbot.addWidget(again)
    again.resize(1900, 800)
    again.show()
    wait_loaded(qtbot, again)
    again.show_page(0)
    qtbot.waitUntil(lambda: again.instruments.table.horizontalHeader().sectionSize(
        COLUMN["kind"]) == 210)


def test_the_parties_buttons_stay_in_sight_at_1024(qtbot, demo_registry, lang):
    from ui.editor.instrument import InstrumentEditor
    from ui.editor.instrument_form import PARTIES

    editor = InstrumentEditor(demo_registry, Settings(),
                              instrument_id=demo_registry.demo.instrument_ids["protocol"])
    qtbot.addWidget(editor)
    editor.show()
    editor.resize(SCREEN[0] - 40, SCREEN[1] - 60)
    editor.tabs.setCurrentIndex(PARTIES)
    qtbot.wait(10)
    viewport = editor.parties.scroll.viewport()
    for row in editor.parties.rows:
        for button in (row.up, row.down, row.delete):
            assert inside(button, viewport), (row.number.text(), button.toolTip())


def test_every_dialog_fits_a_1024_screen(qtbot, demo_registry, lang):
    from models.records import InstrumentFilter
    from ui.export_dialog import ExportDialog
    from ui.import_dialog import ImportTextDialog
    from ui.editor.instrument import InstrumentEditor
    from ui.editor.meeting import MeetingEditor
    from ui.merge_dialog import MergeDialog
    from ui.organisation_dialog import OrganisationDialog
    from ui.reports_dialog import ReportsDialog
    from ui.settings_dialog import SettingsDialog
    from ui.table_import_dialog import TableImportDialog

    registry, settings = demo_registry, Settings()
    demo = registry.demo
    first, second = sorted(demo.instrument_ids.values())[:2]
    dialogs = [
        InstrumentEditor(registry, settings, instrument_id=demo.instrument_ids["protocol"]),
        InstrumentEditor(registry, settings),
        MeetingEditor(registry, settings, meeting_id=demo.meeting_id),
        ImportTextDialog(registry, settings), TableImportDialog(registry, settings),
        ReportsDialog(registry, settings, meeting_id=demo.meeting_id),
        SettingsDialog(settings, str(registry.location), None,
                       organisation=registry.organisation_names(), registry=registry),
        ExportDialog(registry, settings, InstrumentFilter()), MergeDialog(registry, first, second),
        OrganisationDialog(registry, registry.organisations()[0].id)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        hint = dialog.minimumSizeHint()
        name = type(dialog).__name__
        assert hint.width() <= ROOM[0] - 40 and hint.height() <= ROOM[1], (name, hint)
        for tab in range(dialog.tabs.count()) if getattr(dialog, "tabs", None) else ():
            page = dialog.tabs.widget(tab)
            assert page.minimumSizeHint().width() <= ROOM[0] - 70, (name, tab)
        if hasattr(dialog, "task"):
            qtbot.waitUntil(lambda d=dialog: d.task is None, timeout=20000)
        if hasattr(dialog, "mark_clean"):
            dialog.mark_clean()
