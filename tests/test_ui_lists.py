"""The lists of the main window: the paged instrument list with its filter bar and sorting,
meetings, parties and organisations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from models.errors import RegistryError
from models.records import InstrumentDraft, OrganisationDraft, PartyDraft
from models.validation import validate_organisation
pytest.register_assert_rewrite("ui_support")
from ui_support import column_texts, show_page, wait_loaded, wait_query

pytest_plugins = ("ui_support",)  # the window and answers fixtures


def type_text(line_edit, text: str) -> None:
    """Type letter by letter (QTest's key clicks know no Cyrillic)."""
    for letter in text:
        line_edit.insert(letter)


def test_the_instrument_model_passes_the_qt_model_checks(qtbot, qtmodeltester, demo_registry):
    from ui.instruments_model import InstrumentTableModel

    model = InstrumentTableModel(demo_registry, {})
    model.refresh()
    owner = QWidget()
    qtbot.addWidget(owner)
    model.setParent(owner)
    wait_query(qtbot, model, 8)
    qtmodeltester.check(model)


def test_filter_by_kind_status_and_search_narrows_the_count(qtbot, window):
    view, model = window.instruments, window.instruments.model
    bar = view.filter_bar
    bar.kind.set_code("agreement")
    wait_query(qtbot, model, 3)
    assert set(column_texts(model, 2)) == {"Соглашение"}
    assert view.count_label.text() == "Найдено документов: 3"

    bar.kind.set_code("")
    bar.status.set_code("in_force")
    wait_query(qtbot, model, 3)
    assert set(column_texts(model, 6)) == {"Действует"}

    bar.status.set_code("")
    type_text(bar.search, "санитарн")
    wait_query(qtbot, model, 1)
    assert "санитарно-эпидемиологического" in model.row_at(0).title

    bar.reset_button.click()
    wait_query(qtbot, model, 8)
    assert bar.search.text() == ""


def test_country_and_period_filters(qtbot, window):
    model, bar = window.instruments.model, window.instruments.filter_bar
    bar.signed_from.set_date(date(2017, 1, 1))
    bar.signed_to.set_date(date(2017, 12, 31))
    wait_query(qtbot, model, 1)
    assert model.row_at(0).registry_number == "2017/ДГ-0001"
    bar.clear()
    bar.country.set_code("CN")
    wait_query(qtbot, model, 0)
    assert window.instruments.count_label.text() == "Найдено документов: 0"


def test_typing_fast_shows_only_the_last_query(qtbot, window):
    """Searches run off the GUI thread; answers to older queries are dropped."""
    model, bar = window.instruments.model, window.instruments.filter_bar
    for text in ("мемор", "протокол", "кампус"):
        model.set_query(bar.filter().__class__(text=text))
    wait_query(qtbot, model, 1)
    qtbot.wait(300)
    assert model.total == 1 and "кампуса" in model.row_at(0).title


def test_sort_by_title_reverses_the_order(qtbot, window):
    from ui.instruments_model import COLUMN

    view, model = window.instruments, window.instruments.model
    header = view.table.horizontalHeader()
    header.setSortIndicator(COLUMN["title"], Qt.AscendingOrder)
    qtbot.waitUntil(lambda: model.sort_key == "title" and not model.loading)
    ascending = [model.row_at(r).title for r in range(8)]
    assert ascending[0].startswith("Договор") and ascending == sorted(
        ascending, key=str.casefold)
    header.setSortIndicator(COLUMN["title"], Qt.DescendingOrder)
    qtbot.waitUntil(lambda: model.descending and not model.loading)
    assert [model.row_at(r).title for r in range(8)] == ascending[::-1]


def test_status_is_shown_by_colour_and_text_and_overdue_deadlines_stand_out(window):
    from ui.instruments_model import COLUMN, OVERDUE_COLOUR

    model = window.instruments.model
    row = next(r for r in range(8) if model.row_at(r).registry_number == "2025/ПР-0001")
    status = model.index(row, COLUMN["status"])
    assert status.data() == "Подписан, не вступил в силу"
    assert not status.data(Qt.DecorationRole).isNull()
    deadline = model.index(row, COLUMN["next_deadline"])
    assert deadline.data() == "25.05.2026"
    assert deadline.data(Qt.ForegroundRole) == OVERDUE_COLOUR
    assert deadline.data(Qt.ToolTipRole) == "Внутригосударственные процедуры не завершены"
    assert model.index(row, COLUMN["counterpart"]).data() == "Россия"


def long_list(qtbot, registry):
    """95 instruments in a model of pages of 10 that holds 3 pages, its first page in; and
    the widget that owns the model (keep it)."""
    from ui.instruments_model import InstrumentTableModel

    kg = PartyDraft(name="Министерство иностранных дел Кыргызской Республики", country="KG")
    kz = PartyDraft(name="Министерство иностранных дел Республики Казахстан", country="KZ")
    registry.save_instruments(
        InstrumentDraft(title=f"Соглашение № {i:03d}", kind="agreement", level="interagency",
                        signed_date=date(2001, 1, 1) + timedelta(days=i), parties=[kg, kz])
        for i in range(95))
    owner = QWidget()
    qtbot.addWidget(owner)
    model = InstrumentTableModel(registry, {}, owner, page_size=10, max_pages=3)
    model.set_query(sort="title", descending=False)
    wait_query(qtbot, model, 95)
    return model, owner


def test_a_long_list_is_read_a_page_at_a_time(qtbot, registry):
    """Only a few pages are held; scrolling fetches the page that comes into view."""
    model, _owner = long_list(qtbot, registry)
    assert model.rowCount() == 95 and model.cached_pages() == [0]
    assert model.index(94, 1).data() == "…"  # not read yet: asked for in the background
    qtbot.waitUntil(lambda: model.index(94, 1).data() == "Соглашение № 094")
    for row in (25, 45, 65):
        model.row_at(row)
        qtbot.waitUntil(lambda: model.row_at(row) is not None)
    assert len(model.cached_pages()) == 3
    assert model.row_at(65).title == "Соглашение № 065"


def test_scrolling_past_many_pages_reads_only_the_page_in_view(qtbot, registry, monkeypatch):
    """Dragging the scroll bar to the end of a long list passes every page on the way; only
    the pages in view when the reading starts are read (a window shows rows of two pages at
    most), not each page passed: at 100,000 rows those queries held the last page back for
    seconds."""
    model, _owner = long_list(qtbot, registry)
    pages_read = []
    read = registry.list_instruments
    monkeypatch.setattr(registry, "list_instruments", lambda *a, **k: (
        pages_read.append(k["offset"] // 10), read(*a, **k))[1])
    for row in range(15, 95, 10):  # a drag: every page asked for before any is read
        assert model.index(row, 1).data() == "…"
    qtbot.waitUntil(lambda: model.row_at(94) is not None)
    qtbot.wait(50)
    assert pages_read == [9, 8]  # the last asked for first; pages 1 to 7 never
    assert model.index(94, 1).data() == "Соглашение № 094"


def test_meetings_list_shows_the_bishkek_talks(qtbot, window):
    from ui.main_window import MEETINGS

    show_page(qtbot, window, MEETINGS)
    model = window.meetings.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "26.11.2025"
    assert model.index(0, 2).data() == "Переговоры"
    assert "Ынтымак Ордо" in model.index(0, 3).data()
    assert model.index(0, 4).data() == "Кыргызстан, Россия"
    assert model.index(0, 5).data() == "7"
    type_text(window.meetings.search, "Ташкент")
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert window.meetings.count_label.text() == "Найдено встреч: 0"


def test_countries_with_their_instrument_counts_open_the_list(qtbot, window):
    from ui.main_window import INSTRUMENTS, PARTIES

    show_page(qtbot, window, PARTIES)
    countries = window.parties.countries
    counts = {c.code: countries.counts[c.code] for c in countries.model.rows}
    assert counts == {"KG": 8, "RU": 8}
    row = next(r for r, c in enumerate(countries.model.rows) if c.code == "RU")
    countries.table.selectRow(row)
    countries.show_button.click()
    assert window.stack.currentIndex() == INSTRUMENTS
    assert window.instruments.filter_bar.country.code() == "RU"
    wait_query(qtbot, window.instruments.model, 8)
    countries.only_used.setChecked(False)
    assert countries.model.rowCount() > 200


def test_renaming_an_organisation_keeps_its_former_name(qtbot, window, answers):
    pane = window.parties.organisations
    registry = window.registry
    org = next(o for o in registry.organisations() if o.name == "ОАО «Кыргыз почтасы»")
    dialog = pane.edit(org.id)
    assert dialog.country.code() == "KG"
    dialog.name.setText("ОАО «Почта Кыргызстана»")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert registry.organisation(org.id).former_names == ("ОАО «Кыргыз почтасы»",)
    type_text(pane.search, "почтасы")  # the former name still finds it
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.index(0, 0).data() == "ОАО «Почта Кыргызстана»"
    assert pane.model.index(0, 4).data() == "ОАО «Кыргыз почтасы»"


def test_an_organisation_without_a_name_is_not_saved(qtbot, window):
    dialog = window.parties.organisations.edit(None)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    expected = validate_organisation(dialog.draft())[0].message("ru")
    assert dialog.problems["name"].text() == expected
    assert not dialog.problems["name"].isHidden()


def test_an_organisation_in_use_cannot_be_deleted_and_the_registry_says_why(qtbot, window,
                                                                             answers):
    pane = window.parties.organisations
    registry = window.registry
    unused = registry.save_organisation(OrganisationDraft(name="Посольство для опечаток",
                                                          kind="agency", country="KG"))
    pane.refresh()
    wait_loaded(qtbot, window)
    used_row = next(r for r, o in enumerate(pane.model.rows) if o.name.startswith("ОАО"))
    used = pane.model.rows[used_row]
    with pytest.raises(RegistryError) as refusal:
        registry.delete_organisation(used.id)
    pane.table.selectRow(used_row)
    pane.delete_button.click()
    assert answers.told == [refusal.value.message("ru")]
    assert used.id in {o.id for o in registry.organisations()}
    unused_row = next(r for r, o in enumerate(pane.model.rows) if o.id == unused)
    pane.table.selectRow(unused_row)
    pane.delete_button.click()
    assert unused not in {o.id for o in registry.organisations()}


def test_action_needed_horizon_can_be_changed(qtbot, window):
    view = window.deadlines
    view.days.setValue(1)
    qtbot.waitUntil(lambda: not view.loading)
    assert view.model.rowCount() == 4  # overdue ones stay whatever the horizon
