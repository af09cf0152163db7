"""When a Russian report says a signing happened, in the middle of its sentence: a date after
the subject («Министерство финансов 9 декабря 2020 года подписало ...») is no part of the
body's name; a date between the verb and the document («подписали 22 марта 2022 года
соглашение ...») does not hide the document; a partner after «с» whose name has «и» inside
(«с Европейским банком реконструкции и развития кредитное соглашение»). Probe texts in our own
words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.dates import without_dates
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _found(text: str) -> list[tuple[str, list[str], str | None]]:
    proposal = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [(i.draft.title, [p.name for p in i.draft.parties],
             i.draft.signed_date and i.draft.signed_date.isoformat())
            for i in proposal.instruments]


def test_a_date_is_left_out_with_its_preposition_but_not_a_dateline():
    assert without_dates("Минфин 9 декабря 2020 года подписал") == "Минфин подписал"
    assert without_dates("Банк в 2019 году подписал") == "Банк подписал"
    assert without_dates("подписали 5 мая 2021 г. в Оше") == "подписали в Оше"
    assert without_dates("ОШ, 5 мая 2021 г. – Банк подписал") == "ОШ, 5 мая 2021 г. – Банк подписал"


def test_a_date_after_the_subject_is_no_part_of_its_name():
    assert _found("Министерство образования Кыргызской Республики и Азиатский банк развития 4 "
                  "февраля 2021 года подписали соглашение о гранте на строительство школ.") == [
        ("Соглашение о гранте на строительство школ",
         ["Министерство образования Кыргызской Республики", "Азиатский банк развития"],
         "2021-02-04")]
    assert _found("Государственная таможенная служба Кыргызской Республики в 2018 году "
                  "подписала с Федеральной таможенной службой России протокол об обмене "
                  "данными.")[0][1] == ["Государственная таможенная служба Кыргызской Республики",
                                        "Федеральная таможенная служба Российской Федерации"]


def test_a_date_between_the_verb_and_the_document():
    assert _found("Министерство юстиции Кыргызской Республики и Министерство юстиции Республики "
                  "Таджикистан подписали 17 октября 2023 года меморандум о сотрудничестве в "
                  "области правовой помощи.") == [
        ("Меморандум о сотрудничестве в области правовой помощи",
         ["Министерство юстиции Кыргызской Республики", "Министерство юстиции Республики "
          "Таджикистан"], "2023-10-17")]


def test_a_partner_whose_name_has_a_conjunction_inside():
    assert _found("Министерство энергетики Кыргызской Республики подписало с Европейским банком "
                  "реконструкции и развития грантовое соглашение.") == [
        ("Грантовое соглашение", ["Министерство энергетики Кыргызской Республики",
                                  "Европейский банк реконструкции и развития"], None)]


def _titles(text: str) -> list[str]:
    return [t for t, _p, _d in _found(text)]


def test_who_reports_the_signing_is_no_part_of_the_title():
    lead = ("ОШ, 3 июня 2024 года. Министерство здравоохранения Кыргызской Республики и "
            "Министерство здравоохранения Республики Беларусь подписали меморандум о "
            "сотрудничестве в области фармации")
    for tail in (" — об этом сообщила пресс-служба министерства.",
                 ", об этом стало известно из сообщения ведомства.",
                 ", как рассказали в ведомстве.",
                 " — пресс-служба Минздрава.",
                 " во время встречи в Оше.",
                 " (полный текст документа опубликован на сайте)."):
        assert _titles(lead + tail) == ["Меморандум о сотрудничестве в области фармации"], tail


def test_the_documents_not_named_are_no_document():
    lead = ("ОШ, 3 июня 2024 года. Подписаны соглашение о сотрудничестве в области "
            "ветеринарии, протокол о взаимной поставке семян")
    for tail in (" и других документов.", " и ряд других документов.", " и др.",
                 " и иные соглашения."):
        assert _titles(lead + tail) == ["Соглашение о сотрудничестве в области ветеринарии",
                                        "Протокол о взаимной поставке семян"], tail
    # a name that goes on with «и другими» keeps its words
    assert _titles("ОШ, 3 июня 2024 года. Подписано соглашение о борьбе с терроризмом и "
                   "другими насильственными проявлениями экстремизма.") == [
        "Соглашение о борьбе с терроризмом и другими насильственными проявлениями экстремизма"]
