"""The import dialog and the meeting's date: a range of days and a month are shown as the text
gives them, a text without a year makes the review ask for it, and nothing is imported until
the clerk enters it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.test_ui_import_text import analyse, dialog  # noqa: F401 (fixture)
from tests.ui_support import answers  # noqa: F401 (fixture)

TWO_DAYS = ("Визит Ильхама Алиева в Кыргызстан\n\n11–12 октября 2022 года Президент "
            "Азербайджанской Республики Ильхам Алиев находился в Кыргызской Республике с "
            "государственным визитом. По итогам переговоров подписано Соглашение между Кабинетом "
            "министров Кыргызской Республики и Правительством Азербайджанской Республики о "
            "создании фонда развития.")
NO_YEAR = ("Переговоры в Бишкеке\n\n12 октября в Бишкеке президенты провели переговоры и "
           "подписали Соглашение между Кабинетом министров Кыргызской Республики и "
           "Правительством Республики Казахстан о туризме.")


def test_a_visit_of_two_days_is_shown_with_its_end_and_imported_so(qtbot, dialog, registry,
                                                                    answers):
    analyse(qtbot, dialog, TWO_DAYS)
    assert dialog.meeting_date.text() == "11.10.2022"
    assert dialog.meeting_end.text() == "12.10.2022"
    assert dialog.meeting_precision.currentData() == "day"
    assert not dialog.date_request.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    meeting, = registry.meetings().rows
    assert (meeting.start_date, meeting.end_date) == (date(2022, 10, 11), date(2022, 10, 12))


def test_a_text_without_a_year_asks_for_it_and_imports_nothing_before(qtbot, dialog,
                                                                      registry, answers):
    analyse(qtbot, dialog, NO_YEAR)
    assert dialog.meeting_date.date() is None
    assert dialog.date_request.isVisible() and "12 октября" in dialog.date_request.text()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert "12 октября" in dialog.message.text() and not answers.asked
    assert registry.count_instruments() == 0 and registry.meetings().total == 0
    # the clerk knows only the month: the meeting and its document are kept to the month
    dialog.meeting_date.edit.setText("10.2024")
    assert dialog.meeting_precision.currentData() == "month"
    assert not dialog.date_request.isVisible() and not dialog.meeting_end.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    meeting, = registry.meetings().rows
    assert (meeting.start_date, meeting.start_date_precision, meeting.end_date) == \
        (date(2024, 10, 1), "month", None)
    row = registry.instrument(signal.args[0][0]).row
    assert (row.signed_date, row.signed_date_precision) == (date(2024, 10, 1), "month")


DATELINE_ONLY = ("Бишкек, 14.03.25. /Кабар/. Президенты провели переговоры, по итогам которых "
                 "подписано Соглашение между Кабинетом министров Кыргызской Республики и "
                 "Правительством Республики Казахстан о туризме.")


def test_the_reports_own_date_is_offered_not_assumed(qtbot, dialog, registry, answers):
    analyse(qtbot, dialog, DATELINE_ONLY)
    # the dateline files the report; the text does not say when the signing was
    assert dialog.meeting_date.date() is None
    assert dialog.date_request.isVisible() and "14.03.2025" in dialog.date_request.text()
    assert dialog.use_report_date.isVisible() and "14.03.2025" in dialog.use_report_date.text()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert registry.count_instruments() == 0  # nothing is written before the clerk says when
    qtbot.mouseClick(dialog.use_report_date, Qt.LeftButton)  # «signed that day»
    assert dialog.meeting_date.date() == date(2025, 3, 14)
    assert not dialog.date_request.isVisible() and not dialog.use_report_date.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    meeting, = registry.meetings().rows
    assert meeting.start_date == date(2025, 3, 14)
    row = registry.instrument(signal.args[0][0]).row
    assert (row.signed_date, row.signed_date_precision) == (date(2025, 3, 14), "day")
