"""The shared input widgets as a clerk uses them: the country combo searched by any part of a
name or an abbreviation, the date field that may stay empty, the status badge."""

from __future__ import annotations

from datetime import date

import pytest

pytest.register_assert_rewrite("test_ui_editor")
from test_ui_editor import type_text  # noqa: E402


def completions(combo, text: str) -> list[str]:
    completer = combo.completer()
    completer.setCompletionPrefix(text)
    model = completer.completionModel()
    return [model.index(i, 0).data() for i in range(completer.completionCount())]


def test_a_country_is_found_by_part_of_its_name_or_its_abbreviation(qtbot, registry):
    from ui.widgets import CountryCombo

    combo = CountryCombo(registry.countries())
    qtbot.addWidget(combo)
    changed = []
    combo.code_changed.connect(changed.append)
    assert "Кыргызстан" in completions(combo, "КР")
    assert "Россия" in completions(combo, "рф")
    assert completions(combo, "узбек") == ["Узбекистан"]
    combo.lineEdit().setText("казахстан")
    combo.lineEdit().editingFinished.emit()
    assert (combo.code(), combo.currentText()) == ("KZ", "Казахстан")
    combo.lineEdit().setText("Атлантида")  # no such country: the last choice stays
    combo.lineEdit().editingFinished.emit()
    assert (combo.code(), combo.currentText()) == ("KZ", "Казахстан")
    combo.lineEdit().setText("")
    combo.lineEdit().editingFinished.emit()
    assert combo.code() == ""
    assert changed == ["KZ", ""]


def test_kyrgyz_country_names_in_kyrgyz_order(qtbot, registry):
    from i18n import set_language
    from ui.widgets import CountryCombo

    set_language("ky")
    combo = CountryCombo(registry.countries(), allow_empty=False)
    qtbot.addWidget(combo)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Кыргызстан" in names and "Казакстан" in names
    # Ө (Өзбекстан) comes after О and before П in the Kyrgyz alphabet, not after Я
    first_o, first_oe, first_p = (next(i for i, n in enumerate(names) if n.startswith(c))
                                  for c in "ОӨП")
    assert first_o < first_oe < first_p


def test_a_date_typed_picked_or_left_empty(qtbot):
    from PySide6.QtCore import QDate
    from ui.widgets import OptionalDateEdit

    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    seen = []
    edit.date_changed.connect(seen.append)
    assert edit.date() is None and edit.is_valid()
    assert edit.edit.placeholderText() == "дд.мм.гггг"
    type_text(edit.edit, "26.11.2025")
    assert edit.date() == date(2025, 11, 26)
    edit.edit.setText("31.02.2025")  # no such day
    assert edit.date() is None and not edit.is_valid()
    edit.edit.setText("29022024")  # digits only, 29 February of a leap year
    edit.edit.editingFinished.emit()
    assert edit.date() == date(2024, 2, 29) and edit.text() == "29.02.2024"
    edit.calendar.clicked.emit(QDate(2017, 6, 20))
    assert edit.text() == "20.06.2017"
    edit.set_date(None)
    assert edit.text() == "" and edit.is_valid()
    assert seen == [date(2025, 11, 26), None, date(2024, 2, 29), date(2017, 6, 20), None]


def test_the_status_badge_shows_colour_and_words(qtbot):
    from ui.widgets import StatusBadge, status_colour

    badge = StatusBadge("in_force")
    qtbot.addWidget(badge)
    assert badge.text() == "Действует"
    assert status_colour("in_force").name() in badge.styleSheet()
    badge.set_status("expired")
    assert badge.text() == "Истёк срок действия"
    assert status_colour("in_force") != status_colour("expired")
    assert len({status_colour(s).name() for s in ("signed", "internal_procedures",
                                                    "provisionally_applied", "in_force",
                                                    "suspended", "expired", "terminated",
                                                    "superseded")}) == 8
