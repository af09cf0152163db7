"""The meeting's date as precise as the text gives it, and never more: ranges of days, a month
named in the lead, «today» or a weekday counted from the text's own date (its date line or
dateline, which alone dates no signing), nothing from the clock; a meeting without a date is
not written."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import (CountryIndex, apply_import, as_json,
                                     parse_press_release)
from importers.press_release.dates import find_dates
from importers.press_release.meeting import meeting_days
from importers.press_release.proposal import meeting_date
from models.countries import seeds
from models.errors import ValidationError
from models.records import MeetingDraft

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def index():
    return CountryIndex(seeds())


def parsed(text: str, index) -> dict:
    return as_json(parse_press_release(text, TODAY, index))


def dates_of(text: str, index) -> tuple[str | None, list[str | None]]:
    """(the meeting's date, each document's date) of the text's import."""
    found = parsed(text, index)
    return found["meeting"]["date"], [d["signed_date"] for d in found["instruments"]]


@pytest.mark.parametrize("text, reference, expected", [
    ("11–12 октября 2022 года", None, ("2022-10", "2022-10-11", "2022-10-12")),
    ("с 3 по 5 июня 2024 года", None, ("2024-06", "2024-06-03", "2024-06-05")),
    ("30 июня – 2 июля 2024 года", None, ("2024", "2024-06-30", "2024-07-02")),
    ("on 18-19 July 2024", None, ("2024-07", "2024-07-18", "2024-07-19")),
    ("June 3-5, 2024", None, ("2024-06", "2024-06-03", "2024-06-05")),
    ("from 3 to 5 June", date(2025, 1, 5), ("2024-06", "2024-06-03", "2024-06-05")),
    ("9–10 октября", date(2025, 11, 1), ("2025-10", "2025-10-09", "2025-10-10")),
])
def test_a_range_of_days_is_one_date(text, reference, expected):
    found, = find_dates(text, reference)
    assert (found.iso(), found.first.isoformat(), found.last.isoformat()) == expected


@pytest.mark.parametrize("text", ["с 3 по 5 июня", "June 3-5", "11–12 октября"])
def test_a_range_without_a_year_and_no_reference_is_no_date(text):
    assert find_dates(text) == []


def test_a_period_of_years_and_single_dates_are_not_ranges():
    assert find_dates("план на 2024–2030 годы") == []  # a period: neither year is a date
    assert [d.iso() for d in find_dates("с 9 октября 2020 года по 5 июня 2021 года")] == \
        ["2020-10-09", "2021-06-05"]


@pytest.mark.parametrize("body, dated, expected", [
    ("18–19 июля 2024 года прошёл государственный визит. Стороны подписали 16 документов.",
     date(2024, 7, 19), (date(2024, 7, 18), date(2024, 7, 19), "day")),
    ("Председатель Кабинета министров в декабре 2021 года находился с рабочей поездкой в ОАЭ.",
     date(2021, 12, 15), (date(2021, 12, 1), None, "month")),
    ("Fifteen documents were signed in Ashgabat in June 2021 during the official visit.",
     None, (date(2021, 6, 1), None, "month")),
    ("Nineteen agreements were signed on Tuesday, November 5, 2024, during the visit.",
     None, (date(2024, 11, 5), date(2024, 11, 5), "day")),
    # a page's date alone is not the signing's (the review offers it), nor is an agency's
    # dateline; «today» is counted from either
    ("The presidents held talks and signed an agreement on trade.", date(2025, 3, 2),
     (None, None, "day")),
    ("XI'AN. KAZINFORM – The presidents held talks and signed an agreement on trade.",
     date(2025, 3, 2), (None, None, "day")),
    ("XI'AN. KAZINFORM – The presidents held talks today and signed an agreement on trade.",
     date(2025, 3, 2), (date(2025, 3, 2), date(2025, 3, 2), "day")),
    ("The presidents held talks and signed an agreement on trade.", None, (None, None, "day")),
    ("Сегодня в Бишкеке президенты провели переговоры.", date(2025, 3, 2),
     (date(2025, 3, 2), date(2025, 3, 2), "day")),
    # a Friday report of a signing on Wednesday; a tour begun on Monday is not the signing
    ("The tour began on Monday. The documents were signed on Wednesday in Astana.",
     date(2024, 3, 15), (date(2024, 3, 13), date(2024, 3, 13), "day")),
    ("Президенты в пятницу скрепили подписями договор.", date(2024, 3, 15),
     (date(2024, 3, 15), date(2024, 3, 15), "day")),
])
def test_the_meeting_days_as_precise_as_the_text(body, dated, expected):
    assert meeting_days(body, dated, dated, TODAY, []) == expected


@pytest.mark.parametrize("header, said, expected", [
    ("Kyrgyzstan and Hungary sign agreements\n\nOctober 22, 2024, 14:05\n\n", "", None),
    ("Bishkek, 22 October 2024\n\nKyrgyzstan and Hungary sign agreements\n\n", "", None),
    ("Bishkek, November 1, 2024\n\nKyrgyzstan and Hungary sign agreements\n\n", "", None),
    ("Bishkek, November 1, 2024\n\nKyrgyzstan and Hungary sign agreements\n\n", " today",
     "2024-11-01"),
])
def test_an_english_pages_date_or_a_city_and_date_line_alone_dates_no_signing(
        header, said, expected, index):
    """The page's date line, with a city or without, is the report's day: the signing's only
    when the body says «today» (or another day counted from it)."""
    result = parsed(header + "The presidents held talks. Following the talks, the sides signed "
                    f"an agreement on trade{said}.", index)
    assert result["meeting"]["date"] == expected
    assert [i["signed_date"] for i in result["instruments"]] == [expected]


def test_the_reports_day_names_the_government_of_its_time_and_dates_nothing(index):
    result = parsed("Бишкек, 14.03.19. /Кабар/. Президенты Кыргызстана и Казахстана провели "
                    "переговоры, по итогам которых подписано Соглашение между правительствами "
                    "двух стран о туризме.", index)
    assert (result["meeting"]["date"], result["report_date"]) == (None, "2019-03-14")
    [document] = result["instruments"]
    assert document["signed_date"] is None
    assert [p["name"] for p in document["parties"]] == [  # (not its later «Кабинет министров»)
        "Правительство Кыргызской Республики", "Правительство Республики Казахстан"]


def test_a_dateline_day_is_the_texts_own_date_for_yesterday():
    body = "BISHKEK, March 3 (Kabar) – The two ministers signed a memorandum yesterday."
    assert meeting_days(body, None, date(2025, 3, 3), TODAY, []) == \
        (date(2025, 3, 2), date(2025, 3, 2), "day")


def test_a_month_named_of_another_month_than_the_report_is_not_the_meeting():
    body = "Переговоры прошли в Бишкеке. Стороны напомнили о визите в марте 2021 года."
    assert meeting_days(body, date(2021, 12, 15), date(2021, 12, 15), TODAY, []) == \
        (None, None, "day")  # (nor is the report's own day, alone)


@pytest.mark.parametrize("start, precision, end, expected", [
    (date(2024, 7, 18), "day", date(2024, 7, 18), (date(2024, 7, 18), "day")),
    (date(2024, 7, 18), "day", date(2024, 7, 19), (date(2024, 7, 1), "month")),
    (date(2024, 6, 30), "day", date(2024, 7, 2), (date(2024, 1, 1), "year")),
    (date(2023, 12, 30), "day", date(2024, 1, 2), (None, "day")),
    (date(2021, 12, 1), "month", None, (date(2021, 12, 1), "month")),
    (None, "day", None, (None, "day")),
])
def test_the_meeting_date_as_one_date(start, precision, end, expected):
    draft = MeetingDraft(start_date=start, start_date_precision=precision, end_date=end)
    assert meeting_date(draft) == expected


@pytest.mark.parametrize("text, expected", [
    ("Визит Ильхама Алиева в Кыргызстан\n\n11–12 октября 2022 года Президент "
     "Азербайджанской Республики Ильхам Алиев находился в Кыргызской Республике с "
     "государственным визитом. По итогам переговоров подписано Соглашение между Кабинетом "
     "министров Кыргызской Республики и Правительством Азербайджанской Республики о создании "
     "фонда развития.", ("2022-10", "2022-10-11", "2022-10-12")),
    # «TEHRAN, May 31 (MNA) –» is when the agency filed it, not a day of the visit
    ("Iran, Tajikistan sign 4 MoUs\n\nMay 31, 2025, 11:02\n\nTEHRAN, May 31 (MNA) – Four "
     "memoranda of understanding were signed during the visit of Iran's First Vice President "
     "to Tajikistan on May 29-30. They include a memorandum of understanding on a technology "
     "center.", ("2025-05", "2025-05-29", "2025-05-30")),
])
def test_a_visit_of_two_days_keeps_both_and_its_documents_get_the_month(text, expected, index):
    result = parsed(text, index)
    meeting = result["meeting"]
    assert (meeting["date"], meeting["start_date"], meeting["end_date"]) == expected
    assert [i["signed_date"] for i in result["instruments"]] == [expected[0]]


def test_a_visit_known_to_the_month_is_dated_to_the_month(index):
    result = parsed("Фоторепортаж: поездка в ОАЭ\n\n15.12.2021\n\nПредседатель Кабинета "
                    "министров в декабре 2021 года находился с рабочей поездкой в Объединенных "
                    "Арабских Эмиратах. В ходе поездки был подписан Меморандум о "
                    "взаимопонимании в области институционального развития.", index)
    assert (result["meeting"]["date"], result["meeting"]["start_date"]) == \
        ("2021-12", "2021-12")
    assert [i["signed_date"] for i in result["instruments"]] == ["2021-12"]


@pytest.mark.parametrize("text", [
    "Kyrgyzstan and Uzbekistan signed an agreement on trade on 12 October in Bishkek during "
    "the talks of the presidents.",
    "Kyrgyzstan and Turkey signed a memorandum on energy cooperation during the visit on "
    "Tuesday.",
    "12 октября в Бишкеке в ходе переговоров подписано Соглашение о торговле между Кыргызской "
    "Республикой и Республикой Узбекистан.",
    "12-октябрда Бишкекте сүйлөшүүлөрдүн жыйынтыгында Кыргыз Республикасы менен Өзбекстан "
    "Республикасынын ортосундагы соода жөнүндө макулдашууга кол коюлду.",
])
def test_no_year_in_the_text_no_date_and_never_the_current_year(text, index):
    result = parsed(text, index)
    assert result["meeting"] is not None
    assert result["meeting"]["date"] is None and result["meeting"]["start_date"] is None
    assert all(i["signed_date"] is None for i in result["instruments"])


def test_a_meeting_without_a_date_is_not_written(registry):
    index = CountryIndex(registry.countries())
    proposal = parse_press_release(
        "Переговоры в Бишкеке\n\nПрезиденты провели переговоры и подписали Соглашение между "
        "Кабинетом министров Кыргызской Республики и Правительством Республики Казахстан о "
        "туризме.", registry.today(), index)
    assert proposal.meeting is not None and proposal.meeting.start_date is None
    with pytest.raises(ValidationError) as raised:
        apply_import(registry, proposal, [0])
    assert "Переговоры в Бишкеке" in raised.value.message("en")
    assert "встречи" in raised.value.message("ru")
    assert registry.count_instruments() == 0 and registry.meetings().total == 0


def test_a_meeting_known_to_the_month_is_kept_so(registry):
    meeting_id = registry.save_meeting(MeetingDraft(
        title="Рабочая поездка в ОАЭ", kind="working_visit", start_date=date(2021, 12, 1),
        start_date_precision="month"))
    row = registry.meeting(meeting_id).row
    assert (row.start_date, row.start_date_precision, row.end_date) == \
        (date(2021, 12, 1), "month", None)
    assert registry.meeting(meeting_id).to_draft().start_date_precision == "month"


def test_a_meeting_known_to_the_month_has_no_end_day(registry):
    with pytest.raises(ValidationError) as raised:
        registry.save_meeting(MeetingDraft(title="Визит", start_date=date(2021, 12, 1),
                                           start_date_precision="month",
                                           end_date=date(2021, 12, 3)))
    assert set(raised.value.by_field()) == {"end_date"}
    with pytest.raises(ValidationError) as raised:
        registry.save_meeting(MeetingDraft(title="Визит", start_date=date(2021, 12, 1),
                                           start_date_precision="week"))
    assert set(raised.value.by_field()) == {"start_date_precision"}


def test_a_target_year_or_last_sentences_year_is_not_the_signing_date(index):
    result = parsed("Переговоры президентов Казахстана и Кыргызстана\n\n22 августа 2025, 15:10\n\n"
                    "Президенты провели переговоры в Бишкеке. В 2024 году товарооборот достиг "
                    "1,7 млрд долларов, к 2030 году стороны рассчитывают довести его до 3 млрд. "
                    "Для этого подписана специальная дорожная карта.", index)
    assert result["meeting"]["date"] is None  # (the page's date line alone dates nothing)
    assert [i["signed_date"] for i in result["instruments"]] == [None]


def test_the_date_after_the_signing_verb_of_the_documents_sentence_is_the_meetings(index):
    result = parsed("BISHKEK (TCA) – An agreement on financial cooperation and an agreement on "
                    "technical cooperation between the governments of the two countries, "
                    "Kyrgyzstan and Germany, were signed in Bishkek on March 24, 2015.", index)
    assert result["meeting"]["date"] == "2015-03-24"
    assert [i["signed_date"] for i in result["instruments"]] == ["2015-03-24", "2015-03-24"]


def test_an_earlier_documents_date_inside_a_name_is_not_the_meetings():
    body = ("Стороны подписали Протокол о внесении изменений в Соглашение, подписанное 12 марта "
            "2009 года.")
    taken = [(body.index("Протокол"), len(body) - 1)]
    assert meeting_days(body, None, None, TODAY, taken) == (None, None, "day")


@pytest.mark.parametrize("body, expected", [
    # a founding, a plan, a history the report recalls: not the day of the meeting
    ("The ministry and the foundation signed a memorandum on water projects. The foundation "
     "was established on 16 February 1963.", None),
    ("Министерство и фонд подписали меморандум о водных проектах. Фонд учреждён 16 февраля "
     "1963 года.", None),
    ("Министрлик менен фонд суу долбоорлору боюнча меморандумга кол коюшту. Фонд 1963-жылдын "
     "16-февралында негизделген.", None),
    ("The ministers signed a roadmap on trade. The next session will be held on 3 June 2025.",
     None),
    # the date of the signing itself, beside a founding named in the same report
    ("On 4 March 2025 the ministry and the foundation, which was established in 1963, signed a "
     "memorandum.", date(2025, 3, 4)),
    ("Фонд, основанный в 1963 году, 4 марта 2025 года подписал меморандум с министерством.",
     date(2025, 3, 4)),
])
def test_a_date_of_another_event_is_not_the_meetings(body, expected):
    assert meeting_days(body, None, None, TODAY, [])[0] == expected


def test_a_short_report_ending_on_a_founding_date_gives_no_meeting_date(index):
    result = parsed("The Ministry of Water Resources of the Kyrgyz Republic and the Aral Basin "
                    "Foundation signed a memorandum of understanding on irrigation in Bishkek. "
                    "The memorandum provides for joint training of engineers. The foundation "
                    "was established on 16 February 1963.", index)
    assert result["meeting"]["date"] is None
    assert [i["signed_date"] for i in result["instruments"]] == [None]


def test_a_ratification_recalling_the_earlier_signing_reports_no_meeting(index):
    result = parsed("Parliament backs road loan\n\nMarch 14, 2024\n\nThe Jogorku Kenesh has "
                    "ratified the loan agreement with the Islamic Development Bank on the "
                    "Osh-Batken road. The loan agreement itself goes back to 12 May 2023, when "
                    "it was signed in Jeddah.", index)
    assert result["meeting"] is None
    assert all(i["signed_date"] != "2024-03-14" for i in result["instruments"])


@pytest.mark.parametrize("footer", ["Source: AKIpress, 14.02.2025",
                                    "Источник: Кабар, 14.02.2025", "14.02.2025"])
def test_the_pages_last_line_with_a_date_dates_no_signing(footer, index):
    found = parsed("Kyrgyzstan and Jordan sign a customs protocol\n\nThe customs services of "
                   "Kyrgyzstan and Jordan signed a protocol on the exchange of customs data.\n\n"
                   + footer + "\n", index)
    assert found["instruments"]
    assert [d["signed_date"] for d in found["instruments"]] == [None] * len(found["instruments"])
    assert found["meeting"]["date"] is None


def test_a_date_closing_a_one_paragraph_page_leaves_the_paragraph_the_body(index):
    """(before: the paragraph was read as a subtitle above a date line, and the headline's
    «sign tourism memorandum» became a second document)"""
    found = parsed("Kyrgyzstan and Oman sign tourism memorandum\n\nThe tourism ministries of "
                   "Kyrgyzstan and Oman signed a memorandum of understanding on tourism "
                   "promotion.\n\n05.03.2024\n", index)
    assert [d["title"] for d in found["instruments"]] == [
        "Memorandum of understanding on tourism promotion"]


@pytest.mark.parametrize("text, signed", [
    ("Министерство образования расширяет сотрудничество\n\nВ Бишкеке 15 ноября министерства "
     "образования Кыргызстана и Казахстана подписали меморандум о сотрудничестве.\n\n"
     "Опубликовано: 16.11.2023\n", "2023-11-15"),
    ("Education ministries expand cooperation\n\nIn Bishkek on November 15, the education "
     "ministries of Kyrgyzstan and Kazakhstan signed a memorandum of cooperation.\n\n"
     "Published: 16.11.2023\n", "2023-11-15"),
    ("Билим берүү министрлиги кызматташууну кеңейтет\n\nБишкекте 15-ноябрда Кыргызстандын "
     "Билим берүү министрлиги менен Казакстандын Билим берүү министрлиги кызматташтык жөнүндө "
     "меморандумга кол коюшту.\n\nЖарыяланды: 16.11.2023\n", "2023-11-15"),
])
def test_a_published_on_line_gives_the_year_and_dates_no_signing(text, signed, index):
    """«Опубликовано: 16.11.2023» under the report is the page's own date: the day and month
    the body names take its year; it is not the signing's day."""
    assert dates_of(text, index) == (signed, [signed])


@pytest.mark.parametrize("text", [
    "ВУЗЫ ДОГОВОРИЛИСЬ О СОТРУДНИЧЕСТВЕ\n\n• 10.12.2018 • 0\n\nВо время визита в Урумчи "
    "ректоры двух университетов подписали соглашение о сотрудничестве на 2018–2023 годы.\n",
    "ЭКИ УНИВЕРСИТЕТ КЫЗМАТТАШАТ\n\n• 10.12.2018 • 0\n\nҮрүмчүдө эки окуу жайдын ортосунда "
    "2018–2023-жылдарга кызматташуу келишимине кол коюлду.\n",
])
def test_a_date_line_between_bullets_is_the_pages_and_dates_no_signing(text, index):
    """«• 10.12.2018 • 0» under the headline (the page's date and its comment count) is the
    page's date line, not the first item of a list in the body: it dates no signing."""
    assert parsed(text, index)["report_date"] == "2018-12-10"
    assert dates_of(text, index) == (None, [None])


@pytest.mark.parametrize("text", [
    "05.10.2023-жылы Бишкекте Кыргызстандын Билим берүү министрлиги менен Казакстандын Билим "
    "берүү министрлиги кызматташтык жөнүндө меморандумга кол коюшту.",
    "05.10.2023 в Бишкеке министерства образования Кыргызстана и Казахстана подписали "
    "меморандум о сотрудничестве.",
])
def test_a_sentence_opening_with_a_numeric_date_is_no_numbered_item(text, index):
    """«05.10.2023-жылы ...»: «05.» is the date's day, not the number of a list item (the
    Kyrgyz import had dated the memorandum «10.2023-жылы», a year, then dropped it as signed
    before the meeting)."""
    assert dates_of(text, index) == ("2023-10-05", ["2023-10-05"])


def test_a_kyrgyz_weekday_of_the_signing_counts_from_the_dateline(index):
    """«Бишкек, 05.10.2023. /Кабар/. Шаршемби күнү ... кол коюшту»: the Wednesday before the
    Thursday the report is filed on («кол коюшту» is a signing verb as «кол коюлду» is)."""
    found = parsed("Бишкек, 05.10.2023. /Кабар/. Шаршемби күнү Кыргызстандын Билим берүү "
                   "министрлиги менен Казакстандын Билим берүү министрлиги кызматташтык жөнүндө "
                   "меморандумга кол коюшту.", index)
    assert found["meeting"]["date"] == "2023-10-04"
