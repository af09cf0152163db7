"""Issue 16, probes in our own words: what a press release says that is not a signing date or
not a document signed at the meeting it reports."""

from datetime import date

import pytest

from importers.press_release.dates import find_dates
from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

_INDEX = CountryIndex(seeds())


def _read(text: str) -> dict:
    return as_json(parse_press_release(text, date(2026, 12, 7), _INDEX))


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["title"], d["signed_date"]) for d in _read(text)["instruments"]]


def test_a_span_of_years_in_a_name_is_no_signing_date():
    """(before: signed in 2025, the first year of the span read as the date)"""
    assert _dates("The Minister of Energy of the Kyrgyz Republic met with the Minister of Energy "
                  "of Tajikistan. Following the meeting, the parties concluded an agreement on "
                  "electricity trade for the autumn and winter period of 2025-2026.") == [
        ("Agreement on electricity trade for the autumn and winter period of 2025-2026", None)]


@pytest.mark.parametrize("words", ["на 2024–2030 годы", "с 2025 по 2027 год", "for 2024-2026",
                                   "from 2025 to 2030", "2025-2027-жылдарга", "в 2025–26 годах",
                                   "2024/2025 учебном году"])
def test_a_span_of_years_is_a_period_not_a_date(words):
    """(before: «2030», «2027», «2024» ... each a date of year precision)"""
    assert find_dates(words) == []


def test_dates_beside_a_span_of_years_are_still_read():
    assert [d.iso() for d in find_dates("from 1 January 2025 to 31 December 2027, signed in "
                                        "2019-2020 and on 12.03.2024")] == [
        "2025-01-01", "2027-12-31", "2024-03-12"]


@pytest.mark.parametrize("sentence", [
    "Жыйынтыгында тараптар бир катар чечим кабыл алышты.",
    "Сүйлөшүүлөрдүн жыйынтыгында тиешелүү чечим кабыл алынды.",
])
def test_a_kyrgyz_decision_without_a_name_is_no_document(sentence):
    """«чечим» (a decision) said of what the sides decided, with nothing saying what it decides,
    its title or whose it is (before: «Бир катар чечим», «Тиешелүү чечим» proposed)."""
    text = ("Министр Германиянын элчиси менен жолукту\n\nЖолугушууда тараптар экономикалык "
            f"кызматташтыкты талкуулашты. {sentence}")
    assert _read(text)["instruments"] == []


def test_a_kyrgyz_decision_with_its_name_is_still_a_document():
    text = ("ТМУнун саммити Бишкекте өттү\n\nСаммиттин жыйынтыгында мамлекет башчылары Бишкек "
            "декларациясына кол коюшту. Мындан тышкары, бир катар чечимдер кабыл алынды, анын "
            "ичинде ТМУнун желегин кабыл алуу жөнүндө чечим.")
    assert [d["title"] for d in _read(text)["instruments"]] == [
        "Бишкек декларациясы", "ТМУнун желегин кабыл алуу жөнүндө чечим"]


@pytest.mark.parametrize("recalled", ["Былтыр", "Өткөн жылы", "Буга чейин"])
def test_a_kyrgyz_sentence_recalling_last_year_dates_no_meeting(recalled):
    """«Былтыр, 2024-жылдын 5-июнунда ... жолугушкан»: last year's meeting, not this one (before:
    the meeting and the memorandum dated 2024-06-05)."""
    text = ("Өзбекстан менен Кыргызстан соода боюнча меморандумга кол коюшту\n\nТараптар соода "
            "жаатындагы кызматташуу жөнүндө меморандумга кол коюшту. "
            f"{recalled}, 2024-жылдын 5-июнунда эки өлкөнүн президенттери Ташкентте жолугушкан.")
    found = _read(text)
    assert found["meeting"]["date"] is None
    assert [d["signed_date"] for d in found["instruments"]] == [None]


@pytest.mark.parametrize("text", [
    "Kazakh Senate ratifies agreements with Kyrgyzstan\n\nOn Thursday the Senate of Kazakhstan "
    "ratified three intergovernmental agreements that Kazakhstan and Kyrgyzstan had signed in "
    "Astana in October. Among them are the agreement on the demarcation of the state border and "
    "the agreement on joint use of water reservoirs.",
    "Kyrgyz, Azerbaijani ministers review cooperation\n\nThe foreign ministers of Kyrgyzstan and "
    "Azerbaijan met in Baku. They noted that the documents the presidents had signed during the "
    "state visit were being implemented, including the Treaty on Strategic Partnership and the "
    "Agreement on the Development Fund.",
])
def test_documents_signed_before_the_event_reported_are_not_proposed(text):
    """The English pluperfect («had signed») says a signing before the event the text reports
    (before: the two agreements, the treaty and the agreement proposed as signed there)."""
    assert _read(text)["instruments"] == []


def test_reported_speech_in_the_pluperfect_is_the_signing_it_reports():
    text = ("The Ministry of Agriculture of the Kyrgyz Republic reported that it had signed a "
            "memorandum with the FAO on plant protection.")
    assert len(_read(text)["instruments"]) == 1


_HEAD_EN = "Kyrgyzstan and Belarus sign trade memorandum"
_BODY_EN = ("The Minister of Economy of the Kyrgyz Republic and the Minister of Economy of Belarus "
            "signed a memorandum of cooperation in trade.")
_HEAD_RU = "Кыргызстан и Беларусь подписали меморандум"
_BODY_RU = ("Министр экономики Кыргызской Республики и министр экономики Республики Беларусь "
            "подписали Меморандум о сотрудничестве в сфере торговли.")


@pytest.mark.parametrize("text", [
    f"{_HEAD_EN}\n\n{_BODY_EN}\n\nDate: 05.03.2025\n\nThe sides also discussed transport.",
    f"{_HEAD_RU}\n\n{_BODY_RU} Стороны обсудили транспорт.\n\nДата: 05.03.2025",
    f"{_HEAD_EN}\n\nDate: 05.03.2025 — {_BODY_EN}",
    f"{_HEAD_EN}\n\n05.03.2025, 14:20 — {_BODY_EN}",
    f"{_HEAD_RU}\n\n05.03.2025, 14:20 — {_BODY_RU}",
])
def test_a_page_s_labelled_or_timed_date_dates_no_signing(text):
    """«Date: 05.03.2025» (a page's label) and «05.03.2025, 14:20 —» (a date with the hour it
    was posted) say when the report was filed (before: the meeting and the memorandum dated
    2025-03-05)."""
    found = _read(text)
    assert found["meeting"]["date"] is None
    assert [d["signed_date"] for d in found["instruments"]] == [None]


def test_a_labelled_signing_date_still_dates_the_signing():
    found = _read(f"{_HEAD_RU}\n\n{_BODY_RU}\nДата подписания: 05.03.2025")
    assert [d["signed_date"] for d in found["instruments"]] == ["2025-03-05"]


def test_a_document_joined_to_one_only_spoken_of_is_only_spoken_of_too():
    """«обсудили исполнение Договора ..., подписанного в 2022 году, а также Соглашения ...»: both
    discussed, neither signed there (before: «Соглашения о стратегическом партнерстве» proposed,
    signed «2022», the participle of the treaty read as its verb)."""
    text = ("Президенты обсудили ход реализации договоренностей\n\nПрезидент Кыргызстана провел "
            "телефонный разговор с Президентом Узбекистана. Стороны обсудили исполнение Договора "
            "о союзнических отношениях, подписанного в Бишкеке в 2022 году, а также Соглашения о "
            "стратегическом партнерстве.")
    assert _read(text)["instruments"] == []


def test_a_document_joined_to_one_in_another_s_name_is_still_signed():
    text = ("Стороны подписали Протокол о внесении изменений в Соглашение о свободной торговле, "
            "а также Меморандум о сотрудничестве в сфере туризма.")
    assert [d["kind"] for d in _read(text)["instruments"]] == [
        "protocol", "memorandum_of_cooperation"]


@pytest.mark.parametrize("text", [
    "Жогорку Кенеш одобрил соглашение с Таджикистаном\n\nДепутаты Жогорку Кенеша одобрили "
    "законопроект о ратификации Соглашения о пунктах пропуска через государственную границу.",
    "Госдума одобрила соглашение с Кыргызстаном\n\nГосударственная Дума одобрила Соглашение между "
    "Российской Федерацией и Кыргызской Республикой о статусе объединенной военной базы.",
    "Милли Меджлис одобрил соглашение с Кыргызстаном\n\nМилли Меджлис Азербайджана одобрил "
    "Соглашение о сотрудничестве в области образования с Кыргызстаном.",
])
def test_a_parliament_s_approval_is_a_ratification(text):
    """A parliament that approves an agreement ratifies one signed before (before: the headline's
    «Соглашение с Таджикистаном», the Duma's and the Mejlis's agreements proposed as signed)."""
    assert _read(text)["instruments"] == []


def test_a_bare_kind_word_naming_an_older_document_takes_nothing_from_the_one_signed():
    """«Документ заменит соглашение, подписанное 15 марта 1999 года»: another, older agreement
    (before: its date was given to the agreement signed there, which was then dropped as signed
    26 years before the meeting: no document at all)."""
    text = ("Бишкек, 4 июня 2025 года\n\nМинистры подписали соглашение\n\n4 июня министры "
            "экономики Кыргызстана и Египта подписали Соглашение о сотрудничестве в сфере "
            "инвестиций. Документ заменит соглашение, подписанное 15 марта 1999 года.")
    assert _dates(text) == [("Соглашение о сотрудничестве в сфере инвестиций", "2025-06-04")]


def test_a_kyrgyz_day_without_a_year_takes_no_year_from_another_matter():
    """«5-мартта ... кол коюшту. 2023-жылы ... соода жүгүртүү ... түздү»: the year of trade
    figures is not the signing's (before: the meeting and the memorandum dated 2023-03-05)."""
    text = ("Кыргызстан менен Грузия соода меморандумуна кол коюшту\n\n5-мартта Тбилисиде эки "
            "өлкөнүн экономика министрлери соода жаатында кызматташуу жөнүндө меморандумга кол "
            "коюшту. 2023-жылы эки өлкөнүн ортосундагы соода жүгүртүү 50 миллион долларды түздү.")
    found = _read(text)
    assert found["meeting"]["date"] is None
    assert [d["signed_date"] for d in found["instruments"]] == [None]


def test_a_kyrgyz_day_without_a_year_takes_the_year_of_the_page_s_line():
    text = ("Кыргызстан менен Грузия соода меморандумуна кол коюшту\n\nБишкек, 2025-жыл.\n\n"
            "5-мартта Тбилисиде эки өлкөнүн экономика министрлери соода жаатында кызматташуу "
            "жөнүндө меморандумга кол коюшту.")
    assert [d["signed_date"] for d in _read(text)["instruments"]] == ["2025-03-05"]


@pytest.mark.parametrize("sentence", [
    "Меморандум продолжает Соглашение о свободной торговле 1999 года.",
    "Меморандум дополняет Соглашение о свободной торговле 1999 года.",
])
def test_a_sentence_relating_two_documents_is_no_list_of_documents_signed(sentence):
    """Two documents joined by a verb of their own are not a list taking the signing said
    before (before: «Соглашение о свободной торговле 1999 года» proposed, signed «1999»)."""
    text = ("Кыргызстан и Грузия подписали меморандум\n\n5 марта в Тбилиси министры экономики "
            f"подписали Меморандум о сотрудничестве в сфере торговли. {sentence}")
    assert [d["title"] for d in _read(text)["instruments"]] == [
        "Меморандум о сотрудничестве в сфере торговли"]


@pytest.mark.parametrize("recalled", [
    "The previous plan, for 2024, was signed in Bishkek in November 2023.",
    "The sides reviewed the plan of the previous session, held in Bishkek in November 2023.",
])
def test_a_sentence_on_a_previous_document_dates_no_meeting(recalled):
    """(before: the meeting and the plan dated 2023-11, the previous plan's month)"""
    text = ("Kyrgyz, Turkish defense ministers sign plan\n\nThe defense ministers of Kyrgyzstan "
            f"and Turkey signed a military cooperation plan for the next year. {recalled}")
    found = _read(text)
    assert found["meeting"]["date"] is None
    assert [d["signed_date"] for d in found["instruments"]] == [None]
