"""The import-quality measure counts what a clerk would have to correct."""

from __future__ import annotations

from bench.import_quality import normalised_name, score_text, title_similarity

KEY = {
    "language": "ru",
    "meeting": {"date": "2025-11-26", "city": "Бишкек"},
    "documents": [
        {"kind": "agreement",
         "title": "Соглашение между Кабинетом министров КР и Правительством РФ о сотрудничестве "
                  "в области метрологии",
         "parties": [{"name": "Кабинет министров Кыргызской Республики", "country": "KG"},
                     {"name": "Правительство Российской Федерации", "country": "RU"}],
         "signed_date": "2025-11-26", "amends": None},
        {"kind": "protocol", "title": "Протокол о внесении изменений в Договор о дружбе",
         "parties": [], "signed_date": "2025-11-26",
         "amends": {"title": "Договор о дружбе", "date": "2017"}},
    ],
}


def found(*docs, meeting_date="2025-11-26"):
    return {"meeting": {"date": meeting_date}, "instruments": list(docs)}


def doc(kind, title, parties=(), signed="2025-11-26", amends=None):
    return {"kind": kind, "title": title, "signed_date": signed, "amends": amends,
            "parties": [{"name": n, "country": None} for n in parties]}


def test_abbreviations_quotes_and_case_do_not_count_but_word_forms_do():
    assert normalised_name("Кабинет Министров КР") == \
        normalised_name("кабинет министров Кыргызской Республики")
    assert normalised_name("ОАО «Кыргыз почтасы»") == normalised_name('ОАО "Кыргыз почтасы"')
    assert normalised_name("MoU on environmental cooperation") == \
        normalised_name("Memorandum of understanding on environmental cooperation")
    assert normalised_name("Кабинетом министров КР") != \
        normalised_name("Кабинет министров КР")
    assert title_similarity("Соглашения о сотрудничестве в области метрологии",
                            "Соглашение о сотрудничестве в области метрологии", "ru") == 1.0


def test_a_perfect_import_scores_one_everywhere():
    result = found(
        doc("agreement", KEY["documents"][0]["title"],
            ["Кабинет министров КР", "Правительство РФ"]),
        doc("protocol", "Протокол о внесении изменений в Договор о дружбе",
            amends={"title": "Договор о дружбе", "date": "2017"}))
    f = score_text(KEY, result).figures()
    assert f["documents F1"] == f["kind"] == f["title"] == f["parties F1"] == f["amends F1"] == 1
    assert f["invented dates"] == 0


def test_misses_wrong_cases_invented_dates_and_extra_documents_are_counted():
    result = found(
        doc("memorandum_of_understanding", "Соглашение о сотрудничестве в области метрологии",
            ["Кабинетом министров КР", "Правительство РФ"]),
        doc("programme", "Программа сотрудничества в области культуры"),
        meeting_date="2025-11-26")
    t = score_text(KEY, result, "x")
    f = t.figures()
    assert f["documents F1"] == 2 * 1 / (2 + 2)   # one of two found, one extra
    assert f["kind"] == 0 and f["title"] == 0
    assert f["parties F1"] == 2 * 1 / (2 + 2)     # the instrumental case is wrong
    assert f["amends F1"] == 0                    # the protocol was missed
    assert any("missed protocol" in e for e in t.errors)
    assert any("not in the key" in e for e in t.errors)


def test_a_date_more_precise_than_the_text_is_invented():
    key = {**KEY, "meeting": {"date": None},
           "documents": [{**KEY["documents"][1], "signed_date": None}]}
    result = found(doc("protocol", "Протокол о внесении изменений в Договор о дружбе",
                       signed="2026-11-26", amends={"title": "Договор о дружбе",
                                                    "date": "2017-01-01"}),
                   meeting_date="2026-11-26")
    f = score_text(key, result).figures()
    assert f["invented dates"] == 2
    assert f["amends F1"] == 0                    # 2017-01-01 is not the year the text gives
