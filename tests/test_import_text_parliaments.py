"""A document of parliaments is signed by the parliaments (or the chamber the text names), not by
the states or governments the countries' names would give, nor left without parties when the
speakers sign it. Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_english_speakers_sign_for_their_chambers():
    assert _parties("Parliaments agree\n\nASTANA, May 12, 2025. Speaker of the Jogorku Kenesh "
                    "Nurlanbek Shakiev and Chairman of the Senate of Kazakhstan Maulen Ashimbayev "
                    "signed a memorandum on inter-parliamentary cooperation.") == [
        ["Jogorku Kenesh of the Kyrgyz Republic",
         "Senate of the Parliament of the Republic of Kazakhstan"]]


def test_english_parliaments_as_the_subject_are_no_governments():
    assert _parties("Lawmakers sign\n\nTASHKENT, June 3, 2025. The parliaments of Kyrgyzstan and "
                    "Uzbekistan signed an agreement on cooperation.") == [
        ["Jogorku Kenesh of the Kyrgyz Republic", "Oliy Majlis of the Republic of Uzbekistan"]]
    assert _parties("Two parliaments\n\nBAKU, June 3, 2025. A memorandum on inter-parliamentary "
                    "cooperation between Kyrgyzstan and Azerbaijan was signed in Baku.")[0] == [
        "Jogorku Kenesh of the Kyrgyz Republic", "Milli Majlis of the Republic of Azerbaijan"]


def test_russian_chairmen_of_parliaments_sign_for_them():
    assert _parties("Депутаты договорились\n\n12 мая 2025 года Торага Жогорку Кенеша Нурланбек "
                    "Шакиев и председатель Милли Меджлиса Азербайджана Сахиба Гафарова подписали "
                    "меморандум о сотрудничестве.") == [
        ["Жогорку Кенеш Кыргызской Республики", "Милли Меджлис Азербайджанской Республики"]]
    assert _parties("Соглашение парламентов\n\n12 мая 2025 года председатель Жогорку Кенеша и "
                    "спикер Мажилиса подписали соглашение о межпарламентском сотрудничестве "
                    "между Кыргызстаном и Казахстаном.") == [
        ["Жогорку Кенеш Кыргызской Республики", "Мажилис Парламента Республики Казахстан"]]
    assert _parties("Меморандум\n\n12 мая 2025 года между парламентами Кыргызстана и Узбекистана "
                    "подписан меморандум о сотрудничестве.") == [
        ["Жогорку Кенеш Кыргызской Республики", "Олий Мажлис Республики Узбекистан"]]


def test_presidents_still_sign_for_the_states_beside_speakers():
    assert _parties("Договор\n\n12 мая 2025 года президенты Кыргызстана и Казахстана подписали "
                    "договор о союзничестве. Спикеры парламентов присутствовали.") == [
        ["Кыргызская Республика", "Республика Казахстан"]]
