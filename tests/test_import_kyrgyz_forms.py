"""Kyrgyz phrasing of real agency and ministry reports (texts written for the tests): countries
as the subject of the signing, a name in the genitive before «кол коюу аземи», a name in
quotes with its sides inside, «... жүрүшүндө», «Алардын ичинде ... бар», documents referred to
(«... келишимге ылайык») or implemented («... келишимди ишке ашыруу боюнча жол картасы»), the
kinds «ниет каты», «коммюнике», «өз ара түшүнүү жөнүндө меморандум», bodies by their country's
official name, and a period in a name is not the year of the text."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import as_json, parse_press_release
from tests.kyrgyz_texts import INDEX, names, parse

DATELINE = "Бишкек, 12-июль, 2024-жыл. /Кабар/. "


@pytest.mark.parametrize("subject, kind, title, parties", [
    ("Кыргызстан менен Өзбекстан энергетика тармагындагы кызматташтык боюнча макулдашууга",
     "agreement", "Энергетика тармагындагы кызматташтык боюнча макулдашуу",
     ["Кыргыз Республикасынын Министрлер Кабинети",
      "Өзбекстан Республикасынын Өкмөтү"]),
    ("Кыргыз Республикасы жана Бириккен Араб Эмираттары инвестицияларды өз ара коргоо жөнүндө "
     "келишимге", "treaty", "Инвестицияларды өз ара коргоо жөнүндө келишим",
     ["Кыргыз Республикасы", "Бириккен Араб Эмираттары"]),
])
def test_countries_as_the_subject_are_the_sides_not_the_title(subject, kind, title, parties):
    [found] = parse(DATELINE + subject + " кол коюшту.")
    assert (found["kind"], found["title"], names(found)) == (kind, title, parties)


def test_a_name_in_the_genitive_before_the_signing_ceremony():
    [found] = parse(DATELINE + "Бүгүн Кыргыз Республикасынын Министрлер Кабинети менен Азия "
                    "өнүктүрүү банкынын ортосундагы жолдорду оңдоо долбоору боюнча насыя "
                    "макулдашуусунун кол коюу аземи болуп өттү.")
    assert found["title"].endswith("боюнча насыя макулдашуусу")
    assert names(found) == ["Кыргыз Республикасынын Министрлер Кабинети", "Азия өнүктүрүү банкы"]
    assert found["signed_date"] == "2024-07-12"


def test_the_subjects_abbreviation_in_brackets_and_official_country_names():
    [found] = parse(DATELINE + "Кыргыз Республикасынын Билим берүү жана илим министрлиги менен "
                    "Кытайдын Билим берүү министрлиги (МОЕ) мектептерди санариптештирүү боюнча "
                    "өз ара түшүнүү жөнүндө меморандумга кол коюшту.")
    assert found["title"] == "Мектептерди санариптештирүү боюнча өз ара түшүнүү жөнүндө меморандум"
    assert found["kind"] == "memorandum_of_understanding"
    assert names(found) == ["Кыргыз Республикасынын Билим берүү жана илим министрлиги",
                            "Кытай Эл Республикасынын Билим берүү министрлиги"]


def test_a_quoted_name_keeps_its_sides_and_during_the_visit_is_not_in_it():
    [found] = parse(DATELINE + "Сапардын жүрүшүндө «Кыргыз Республикасы менен Өзбекстан "
                    "Республикасынын ортосундагы мамлекеттик чек ара жөнүндө» келишимге кол "
                    "коюлду.")
    assert found["title"].startswith("«Кыргыз Республикасы менен")
    assert names(found) == ["Кыргыз Республикасы", "Өзбекстан Республикасы"]


def test_documents_referred_to_or_implemented_are_not_signed_there():
    found = parse(DATELINE + "Стратегиялык өнөктөштүк жөнүндө келишимге ылайык, тараптар "
                  "кызматташтык программасына кол коюшту. Мамлекеттик чек ара жөнүндө "
                  "келишимди ишке ашыруу боюнча жол картасы да кабыл алынды.")
    assert [f["title"] for f in found] == [
        "Кызматташтык программасы",
        "Мамлекеттик чек ара жөнүндө келишимди ишке ашыруу боюнча жол картасы"]


def test_among_them_and_a_period_in_a_name_is_not_the_year_of_the_text():
    text = ("Алматы, 2-февраль. Кеңештин жыйынында өкмөт башчылары 10дон ашык документке кол "
            "коюшту. Алардын ичинде биримдиктин 2025-жылга чейинки өнүгүүсүнүн негизги "
            "багыттарын ишке ашыруу боюнча иш-чаралардын планы бар.")
    proposal = as_json(parse_press_release(text, date(2026, 1, 15), INDEX))
    [found] = proposal["instruments"]
    assert found["title"].startswith("Биримдиктин 2025-жылга чейинки")
    assert found["signed_date"] is None and (proposal["meeting"] or {}).get("date") is None
    assert proposal["announced_count"] is None  # «10дон ашык»: more than ten


@pytest.mark.parametrize("words, kind", [
    ("күн электр станциясын куруу боюнча ниет катына", "agreement_of_intent"),
    ("биргелешкен коммюникеге", "joint_statement"),
    ("жолдорду куруу боюнча гранттык келишимге", "agreement"),
])
def test_kinds_named_in_kyrgyz(words, kind):
    [found] = parse(DATELINE + "Кыргыз Республикасынын Энергетика министрлиги менен «Masdar» "
                    f"компаниясы {words} кол коюшту.")
    assert found["kind"] == kind


def test_japans_government_is_named_as_in_the_treaties():
    [found] = parse(DATELINE + "Япониянын элчиси жана Кыргыз Республикасынын Финансы министри эки "
                    "өлкөнүн өкмөттөрүнүн ортосундагы ноталар алмашууга кол коюшту.")
    assert "Япония Өкмөтү" in names(found)


@pytest.mark.parametrize("words, titles", [
    ("билим берүү жана экологиялык коопсуздук боюнча өз ара түшүнүшүү меморандумдарына",
     ["Билим берүү боюнча өз ара түшүнүшүү меморандуму",
      "Экологиялык коопсуздук боюнча өз ара түшүнүшүү меморандуму"]),
    ("туризм, спорт жана маданият боюнча макулдашууларга",
     ["Туризм боюнча макулдашуу", "Спорт боюнча макулдашуу", "Маданият боюнча макулдашуу"]),
    ("саламаттык сактоо менен медицина илими боюнча макулдашууларга",
     ["Саламаттык сактоо менен медицина илими боюнча макулдашуу"]),  # one topic
])
def test_a_plural_kind_word_after_topics_names_one_document_on_each(words, titles):
    found = parse("Бишкек, 3-май, 2024-жыл. /Кабар/. Тараптар " + words + " кол коюшту.")
    assert [f["title"] for f in found] == titles


def test_a_government_the_text_implies_is_named_as_the_keys_name_it():
    from importers.press_release.kyrgyz.parties import government

    assert government("UZ", INDEX, 2024) == "Өзбекстан Республикасынын Өкмөтү"
    assert government("KG", INDEX, 2024) == "Кыргыз Республикасынын Министрлер Кабинети"
    assert government("KG", INDEX, 2019) == "Кыргыз Республикасынын Өкмөтү"


@pytest.mark.parametrize("words, title", [
    ("Азербайжандын санариптик өнүктүрүү министри Рашад Набиев менен Кыргызстандын санариптик "
     "өнүктүрүү министри Нурия Кутнаева Кыргыз Республикасындагы мамлекеттик кызмат көрсөтүү "
     "борборлорун өркүндөтүү боюнча меморандумга кол коюшту.",
     "Кыргыз Республикасындагы мамлекеттик кызмат көрсөтүү борборлорун өркүндөтүү боюнча "
     "меморандум"),  # (a signer's name ends before a country's name)
    ("Бишкекте Үч-Коргон ГЭСинин эки гидроагрегатын реконструкциялоо тууралуу макулдашууга кол "
     "коюлду.", "Үч-Коргон ГЭСинин эки гидроагрегатын реконструкциялоо тууралуу макулдашуу"),
    ("Тараптар эки өлкөнүн жарандарынын болуу шарттары жөнүндө макулдашууга кол коюшту.",
     "Эки өлкөнүн жарандарынын болуу шарттары жөнүндө макулдашуу"),
])
def test_words_that_begin_a_name_stay_in_it(words, title):
    [found] = parse(DATELINE + words)
    assert found["title"] == title


def test_an_agreement_between_companies_is_a_contract():
    [found] = parse(DATELINE + "«Электр станциялары» ААК менен «Кытай Энерджи» компаниясынын "
                    "ортосунда ГЭСти реконструкциялоо тууралуу макулдашууга кол коюлду.")
    assert found["kind"] == "other"
    [found] = parse(DATELINE + "Кыргыз Республикасынын Энергетика министрлиги менен «Кытай "
                    "Энерджи» компаниясынын ортосунда ГЭСти реконструкциялоо тууралуу "
                    "макулдашууга кол коюлду.")
    assert found["kind"] == "agreement"


def test_a_quoted_statement_is_no_name_in_quotes():
    [found] = parse(DATELINE + "«Сүйлөшүүлөрдүн жыйынтыгында жүк ташууга киргизилген "
                    "чектөөнү алып салуу боюнча протоколго кол коюлду. Башка маселелер да "
                    "каралды», — деп айтылат билдирүүдө.")
    assert found["title"] == "Жүк ташууга киргизилген чектөөнү алып салуу боюнча протокол"


def test_a_kind_word_as_the_object_of_an_action_is_inside_another_name():
    found = parse("Брюссель, 4-март, 2025-жыл. Кыргыз Республикасынын Министрлер Кабинети менен "
                  "Европа Биримдиги билим берүү программасын колдоо боюнча макулдашууга кол "
                  "коюшту. Андан тышкары, Азия инвестициялык банкы менен жол тармагы боюнча "
                  "насыя келишимине кол коюлду.")
    assert [(f["title"], names(f)) for f in found] == [
        ("Билим берүү программасын колдоо боюнча макулдашуу",
         ["Кыргыз Республикасынын Министрлер Кабинети", "Европа Биримдиги"]),
        ("Жол тармагы боюнча насыя келишими", [])]


def test_the_two_cities_as_the_subject_are_no_part_of_the_name():
    [found] = parse("Каракол, 2-июнь, 2025-жыл. Сапардын алкагында эки шаар 2025–2027-жылдарга "
                    "туризм боюнча кызматташтык программасына кол коюшту.")
    assert found["title"] == "2025–2027-жылдарга туризм боюнча кызматташтык программасы"


def test_two_cities_a_headline_names_sign_what_the_two_cities_signed():
    [found] = parse("Каракол менен Бурса кызматташуу тууралуу программа кабыл алышты\n\n"
                    "Бурса, 2-июнь, 2025-жыл. Сапардын алкагында эки шаар 2025–2027-жылдарга "
                    "туризм боюнча кызматташтык программасына кол коюшту.")
    assert names(found) == ["Каракол шаары", "Бурса шаары"]


def test_bilateral_after_a_partner_begins_the_name():
    [found] = parse("Ош, 2-июнь, 2025-жыл. Ош технологиялык университетинин ректору Канат "
                    "Садыков Казандагы университеттердин бири менен эки тараптуу академиялык "
                    "алмашуу келишимине кол койду.")
    assert found["title"] == "Эки тараптуу академиялык алмашуу келишими"


@pytest.mark.parametrize("text, title", [
    ("2024-жылдын 1-январынан тартып күчүнө кирүүчү соода жөнүндө макулдашууга Кыргызстан "
     "менен Армениянын өкмөттөрү кол коюшту.",
     "2024-жылдын 1-январынан тартып күчүнө кирүүчү соода жөнүндө макулдашуу"),
    ("Кыргызстан менен Армения 2025-жылдын 10-октябрына чейин газ жеткирүү жөнүндө "
     "макулдашууга кол коюшту.",
     "2025-жылдын 10-октябрына чейин газ жеткирүү жөнүндө макулдашуу"),
])
def test_a_date_from_or_until_which_is_in_the_name_and_dates_no_signing(text, title):
    result = as_json(parse_press_release(text, date(2026, 12, 7), INDEX))
    [found] = result["instruments"]
    assert (found["title"], found["signed_date"]) == (title, None)
    assert result["meeting"]["date"] is None
    assert names(found) == ["Кыргыз Республикасынын Министрлер Кабинети",
                            "Армения Республикасынын Өкмөтү"]


def test_two_words_of_a_kind_before_one_plural_are_one_document_each():
    found = parse(DATELINE + "Финансы министрлиги менен Азия өнүктүрүү банкы грант жана насыя "
                  "макулдашууларына кол коюшту.")
    assert [f["title"] for f in found] == ["Грант макулдашуусу", "Насыя макулдашуусу"]
    assert all(names(f) == ["Кыргыз Республикасынын Финансы министрлиги",
                            "Азия өнүктүрүү банкы"] for f in found)
