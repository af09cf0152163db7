"""The program's language all through: titles and names in Kyrgyz where the record has them,
Kyrgyz country names as Kyrgyz writes them, the country field holding a name and nothing
else, and no Latin «OK» in Russian."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.settings import Settings

pytest.register_assert_rewrite("ui_support")
from ui_support import wait_loaded  # noqa: E402

KY_TITLE = ("Кыргыз Республикасы менен Россия Федерациясынын ортосундагы аскердик-техникалык "
            "кызматташтыкты өнүктүрүү жөнүндө келишим")


def test_the_country_field_holds_the_name_the_search_found_it_by(qtbot, registry):
    from ui.widgets import CountryCombo

    combo = CountryCombo(registry.countries())
    qtbot.addWidget(combo)
    completer = combo.completer()
    completer.setCompletionPrefix("KZ")  # found by its code
    found = completer.completionModel().index(0, 0)
    assert found.data() == "Казахстан"
    assert completer.pathFromIndex(found) == "Казахстан"  # what the field shows: no «РК KZ»
    completer.activated[type(found)].emit(found)
    assert (combo.code(), combo.currentText()) == ("KZ", "Казахстан")


@pytest.mark.parametrize("code, kyrgyz", [
    ("KZ", "Казакстан"), ("TJ", "Тажикстан"), ("UZ", "Өзбекстан"),
    ("CD", "Конго Демократиялык Республикасы"), ("CG", "Конго"),
    ("MP", "Түндүк Мариана аралдары"), ("SG", "Сингапур"), ("CZ", "Чехия"),
    ("LA", "Лаос"), ("GF", "Француз Гвианасы"), ("TL", "Чыгыш Тимор")])
def test_kyrgyz_country_names(code, kyrgyz):
    from models.countries import seeds

    assert {s.code: s.name_ky for s in seeds()}[code] == kyrgyz


def test_a_registry_made_before_gets_the_corrected_kyrgyz_names(db_location):
    from sqlmodel import Session, select

    from models.registry import Registry
    from models.tables import Country

    registry = Registry.open(db_location)
    registry.close()
    registry = Registry.open(db_location)
    with Session(registry.engine) as s:  # as pycountry had it when the registry was made
        congo = s.exec(select(Country).where(Country.code == "CD")).one()
        congo.name_ky = "Конго Республикасы"
        s.add(congo)
        s.commit()
    registry.close()
    registry = Registry.open(db_location)
    assert registry.country("CD").name("ky") == "Конго Демократиялык Республикасы"
    registry.close()


@pytest.fixture
def kyrgyz_titles(demo_registry):
    demo = demo_registry.demo
    iid = demo.instrument_ids["treaty-2017"]
    demo_registry.save_instrument(replace(demo_registry.instrument(iid).to_draft(),
                                          title_ky=KY_TITLE))
    return demo_registry


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_titles_in_the_language_of_the_program(qtbot, kyrgyz_titles, lang):
    from i18n import set_language
    from ui.editor.instrument import InstrumentEditor
    from ui.instruments_model import COLUMN
    from ui.main_window import MainWindow
    from ui.ui_state import UiState

    registry = kyrgyz_titles
    demo = registry.demo
    russian = registry.instrument(demo.instrument_ids["treaty-2017"]).row.title
    set_language(lang)
    window = MainWindow(registry, Settings(), UiState())
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window)
    model = window.instruments.model
    titles = {model.row_at(r).id: model.index(r, COLUMN["title"]).data()
              for r in range(model.rowCount())}
    expected = KY_TITLE if lang == "ky" else russian
    assert titles[demo.instrument_ids["treaty-2017"]] == expected
    protocol = demo.instrument_ids["protocol"]  # no Kyrgyz title: the Russian one
    assert titles[protocol] == registry.instrument(protocol).row.title
    deadlines = window.deadlines.model
    window.show_page(3)
    wait_loaded(qtbot, window)
    assert any(deadlines.index(r, 4).data() == registry.instrument(protocol).row.title
               for r in range(deadlines.rowCount()))
    editor = InstrumentEditor(registry, Settings(), instrument_id=demo.instrument_ids[
        "treaty-2017"])
    qtbot.addWidget(editor)
    assert expected[:60] in editor.heading.text()
    assert editor.title.toPlainText() == russian  # the fields keep their own languages
    assert editor.title_ky.toPlainText() == KY_TITLE


def test_organisations_by_their_kyrgyz_names(qtbot, demo_registry):
    from i18n import set_language
    from ui.editor.instrument import InstrumentEditor
    from ui.editor.instrument_form import PARTIES

    registry = demo_registry
    russia = next(o for o in registry.organisations() if o.name == "Российская Федерация")
    registry.save_organisation(replace(russia.to_draft(), name_ky="Россия Федерациясы"))
    set_language("ky")
    editor = InstrumentEditor(registry, Settings(),
                              instrument_id=registry.demo.instrument_ids["treaty-2017"])
    qtbot.addWidget(editor)
    editor.tabs.setCurrentIndex(PARTIES)
    shown = [row.body.currentText() for row in editor.parties.rows]
    assert "Россия Федерациясы" in shown
    assert not editor.is_dirty()  # the record is the same: its party is the same body
    assert [p.name for p in editor.draft().parties] == [
        p.name for p in registry.instrument(editor.instrument_id).to_draft().parties]


def test_no_latin_ok_in_russian(qtbot):
    from i18n import set_language
    from ui.qt_translation import install_qt_translators

    app = QApplication.instance()
    set_language("ru")
    installed = install_qt_translators(app, "ru", [])
    try:
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.Ok).text() == "ОК"  # Cyrillic
        assert box.button(QDialogButtonBox.Cancel).text() == "Отмена"
    finally:
        for translator in installed:
            app.removeTranslator(translator)

