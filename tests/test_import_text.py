"""The press-release parser, table-driven over the texts in tests/data/press_releases/ and the
project's sample: which documents count as signed, their kinds, levels, parties in the
nominative with countries, subjects, the instruments they amend and whose dates are whose."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from importers.press_release.dates import find_dates
from importers.press_release.morphology import inflect_phrase
from models.countries import seeds

DATA = Path(__file__).parent / "data" / "press_releases"
SAMPLE = DATA.parent / "samples" / "press-release-2025-11-26-bishkek-talks.txt"  # from ../shared
TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def index():
    return CountryIndex(seeds())


def parse(name: str, index) -> dict:
    path = SAMPLE if name == "sample" else DATA / name
    return as_json(parse_press_release(path.read_text(encoding="utf-8"), TODAY, index))


def parties(inst: dict) -> list[tuple[str, str | None]]:
    return [(p["name"], p["country"]) for p in inst["parties"]]


KG_CABINET_RU = [("Кабинет министров КР", "KG"), ("Правительство РФ", "RU")]
SAMPLE_EXPECTED = [
    ("memorandum_of_cooperation", "interagency",
     [("Министерство экономики и коммерции КР", "KG"),
      ("Министерство экономического развития РФ", "RU")], "стратегическое планирование"),
    ("agreement", "intergovernmental", KG_CABINET_RU, None),
    ("agreement", "intergovernmental", KG_CABINET_RU, "условия строительства в КР кампуса КРСУ"),
    ("agreement", "intergovernmental", KG_CABINET_RU,
     "обеспечение санитарно-эпидемиологического благополучия населения"),
    ("memorandum_of_understanding", "interagency",
     [("Министерство здравоохранения КР", "KG"), ("Министерство здравоохранения РФ", "RU")],
     "кардиология"),
    ("protocol", "interstate", [("КР", "KG"), ("РФ", "RU")],
     "развитие военно-технического сотрудничества"),
    ("agreement_of_intent", "other", [("ОАО «Кыргыз почтасы»", "KG"),
                                      ("АО «Почта России»", "RU")], None),
]


def test_the_sample_comes_out_exactly_right(index):
    out = parse("sample", index)
    m = out["meeting"]
    # «завершились переговоры» says when nothing: the page's «date 2025-11-26 17:21» is the
    # report's, offered to the clerk, never the meeting's by itself (the «На сегодня ...» of
    # its fund paragraph speaks of the fund, not of the talks)
    assert (m["date"], m["city"], m["venue"]) == (None, "Бишкек", "«Ынтымак Ордо»")
    assert out["report_date"] == "2025-11-26"
    assert m["participants"] == ["Садыр Жапаров", "Владимир Путин"]
    assert m["countries"] == ["KG", "RU"] and m["kind"] == "talks"
    assert len(out["instruments"]) == 7
    for inst, (kind, level, who, subject) in zip(out["instruments"], SAMPLE_EXPECTED):
        assert (inst["kind"], inst["level"], parties(inst)) == (kind, level, who)
        if subject:
            assert inst["subject"] == subject
        assert inst["signed_date"] is None
        assert inst["title"][0].isupper() and not inst["title"].endswith((";", "."))
    protocol = out["instruments"][5]
    assert protocol["amends"] == {
        "title": "Договор между КР и РФ о развитии военно-технического сотрудничества",
        "date": "2017-06-20"}
    assert [i["amends"] for i in out["instruments"] if i is not protocol] == [None] * 6
    assert out["instruments"][6]["title"] == \
        "Соглашение о намерениях между ОАО «Кыргыз почтасы» и АО «Почта России»"


# file -> (meeting: date, city or None for no meeting; [(kind, level, parties or None,
#          signed_date, amends or None)])
CASES = {
    "kz_dash_list.txt": ((None, "Астана", ["Садыр Жапаров", "Касым-Жомарт Токаев"]), [
        ("agreement", "intergovernmental", [("Кабинет министров Кыргызской Республики", "KG"),
                                            ("Правительство Республики Казахстан", "KZ")],
         None, None),
        ("agreement", "intergovernmental", [("Кабинет министров КР", "KG"),
                                            ("Правительство РК", "KZ")], None, None),
        ("memorandum_of_understanding", "interagency",
         [("Министерство сельского хозяйства КР", "KG"),
          ("Министерство сельского хозяйства РК", "KZ")], None, None),
        ("programme", "interagency", [("Министерство иностранных дел КР", "KG"),
                                      ("Министерство иностранных дел РК", "KZ")],
         None, None),
    ]),
    "uz_numbered.txt": ((None, "Бишкек", ["Садыр Жапаров", "Шавкат Мирзиёев"]), [
        ("treaty", "interstate", [("Кыргызская Республика", "KG"),
                                  ("Республика Узбекистан", "UZ")], None, None),
        ("agreement", "intergovernmental", None, None, None),
        ("roadmap", "interstate", None, None, None),
        ("memorandum_of_cooperation", "other", [("Торгово-промышленная палата КР", "KG"),
                                                ("Торгово-промышленная палата РУз", "UZ")],
         None, None),
    ]),
    "tj_one_sentence.txt": ((None, "Душанбе", []), [
        ("protocol", "intergovernmental", [("Кабинет министров Кыргызской Республики", "KG"),
                                           ("Правительство Республики Таджикистан", "TJ")],
         None, None),
        ("agreement", "intergovernmental", None, None, None),
        ("memorandum_of_understanding", "interagency",
         [("Министерство образования и науки КР", "KG"),
          ("Министерство образования и науки РТ", "TJ")], None, None),
        ("protocol", "intergovernmental", [("Правительство КР", "KG"), ("Правительство РТ", "TJ")],
         None, ("Соглашение между Правительством КР и Правительством РТ о взаимных "
                "поездках граждан", "2009-03-12")),
    ]),
    "cn_narrative.txt": ((None, "Пекин", ["Жээнбек Кулубаев", "Ван И"]), [
        ("memorandum_of_understanding", "interagency",
         [("Министерство иностранных дел Кыргызской Республики", "KG"),
          ("Министерство иностранных дел Китайской Народной Республики", "CN")],
         None, None),
        ("programme", "interagency", None, None, None),
    ]),
    "ratification.txt": (None, []),  # ratified: signed earlier, not there
    "cis_summit.txt": ((None, "Душанбе", ["Садыр Жапаров", "Владимир Путин",
                                                 "Эмомали Рахмон"]), [
        ("agreement", "interstate", None, None, None),
        ("agreement", "intergovernmental", None, None, None),
    ]),
    "companies.txt": ((None, "Бишкек", []), [
        ("agreement_of_intent", "other", [("ОАО «Кыргызалтын»", "KG"),
                                          ("Компания China National Gold Group",
                                           "CN")], None, None),
        ("agreement", "other", [("ЗАО «Кумтор Голд Компани»", None),
                                ("ОсОО «Евразия Майнинг»", "KG")], None, None),
    ]),
    "english.txt": ((None, "Bishkek", ["Sadyr Japarov", "Viktor Orban"]), [
        ("agreement", "intergovernmental", [("Cabinet of Ministers of the Kyrgyz Republic", "KG"),
                                            ("Government of Hungary", "HU")],
         None, None),
        ("memorandum_of_understanding", "interagency", None, None, None),
        ("protocol", "interstate", [("Kyrgyz Republic", "KG"), ("Hungary", "HU")], None,
         ("Agreement between the Kyrgyz Republic and Hungary on the avoidance of double "
          "taxation", "2017-05-25")),
    ]),
    "planned.txt": (("2025-11-19", None, []), [
        ("memorandum_of_cooperation", "interagency",
         [("Министерство культуры КР", "KG"), ("Министерство культуры и туризма ТР", "TR")],
         "2025-11-19", None),
    ]),
    "kyrgyz.txt": ((None, "Бишкек", []), [
        ("agreement", "intergovernmental",
         [("Кыргыз Республикасынын Министрлер Кабинети", "KG"),
          ("Россия Федерациясынын Өкмөтү", "RU")], None, None),
        ("memorandum_of_understanding", "interagency", None, None, None),
    ]),
    "year_only.txt": ((None, "Бишкек", []), [
        ("protocol", "intergovernmental", None, None,
         ("Соглашение между Правительством Кыргызской Республики и Правительством Китайской "
          "Народной Республики о поощрении и взаимной защите капиталовложений", "1992")),
        ("agreement", "interagency", [("Министерство экономики и коммерции КР", "KG"),
                                      ("Министерство коммерции КНР", "CN")], None, None),
    ]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_texts(name, index):
    meeting, expected = CASES[name]
    out = parse(name, index)
    if meeting is None:
        assert out["meeting"] is None
    else:
        when, city, people = meeting
        assert out["meeting"]["date"] == when
        if city:
            assert out["meeting"]["city"] == city
        assert out["meeting"]["participants"] == people
    got = out["instruments"]
    assert [(i["kind"], i["level"]) for i in got] == [(k, lvl) for k, lvl, *_ in expected]
    for inst, (_kind, _level, who, signed, amends) in zip(got, expected):
        if who is not None:
            assert parties(inst) == who
        assert len(inst["parties"]) >= 2, inst["title"]
        assert inst["signed_date"] == signed
        assert inst["amends"] == (None if amends is None else
                                  {"title": amends[0], "date": amends[1]})


def test_planned_and_discussed_documents_are_not_drafts(index):
    titles = " ".join(i["title"] for i in parse("planned.txt", index)["instruments"])
    assert "обороны" not in titles and "образования" not in titles
    assert "инвестиций" not in titles
    english = " ".join(i["title"] for i in parse("english.txt", index)["instruments"])
    assert "roadmap" not in english.lower()
    narrative = parse("cn_narrative.txt", index)["instruments"]
    assert not any("железной дороги" in i["title"] for i in narrative)


def test_multilateral_documents_list_the_member_states(index):
    first, second = parse("cis_summit.txt", index)["instruments"]
    assert first["multilateral"] and {p["country"] for p in first["parties"]} >= {"KG", "RU",
                                                                                  "KZ"}
    assert ("Российская Федерация", "RU") in parties(first)
    assert ("Кабинет министров Кыргызской Республики", "KG") in parties(second)


def test_a_date_belongs_to_the_instrument_it_follows(index):
    text = ("Подписан протокол о внесении изменений в соглашение между Правительством КР и "
            "Правительством РК о торговле от 12 марта 2009 года, подписанный 4 октября 2024 "
            "года в Алматы.")
    out = as_json(parse_press_release(text, TODAY, index))
    inst, = out["instruments"]
    assert inst["signed_date"] == "2024-10-04"
    assert inst["amends"]["date"] == "2009-03-12"
    assert inst["relation"] == "amends"


def test_no_date_in_the_text_invents_none(index):
    text = "Стороны подписали Соглашение между Правительством КР и Правительством РК о туризме."
    inst, = as_json(parse_press_release(text, TODAY, index))["instruments"]
    assert inst["signed_date"] is None


def test_empty_or_unrelated_text_proposes_nothing(index):
    for text in ("", "   \n", "Погода в Бишкеке: солнечно, +25.", "x" * 10000):
        assert as_json(parse_press_release(text, TODAY, index))["instruments"] == []


@pytest.mark.parametrize("text, expected", [
    ("20 июня 2017 года", [("2017-06-20", "day")]),
    ("от 12.03.2009", [("2009-03-12", "day")]),
    ("в 2017 году", [("2017", "year")]),
    ("в марте 2009 г.", [("2009-03", "month")]),
    ("June 20, 2017 and 4 October 2024", [("2017-06-20", "day"), ("2024-10-04", "day")]),
    ("2017-жылдын 20-июнундагы", [("2017-06-20", "day")]),
    ("Friday, 22, December, 2023", [("2023-12-22", "day")]),  # a page's date line
    ("26 ноября", [("2025-11-26", "day")]),
    ("31 июня 2017 года", []),
    ("на сумму 1 тысячи 800", []),
])
def test_dates(text, expected):
    assert [(d.iso(), d.precision) for d in find_dates(text, date(2025, 11, 30))] == expected


@pytest.mark.parametrize("phrase, case, nominative", [
    ("Министерством экономики и коммерции КР", "ablt", "Министерством экономики и коммерции КР"
     .replace("Министерством", "Министерство")),
    ("Государственной налоговой службой при Министерстве финансов КР", "ablt",
     "Государственная налоговая служба при Министерстве финансов КР"),
    ("правовом статусе представительств", "loct", "правовой статус представительств"),
    ("дорожную карту", None, "дорожная карта"),
    ("ОсОО «Евразия»", "ablt", "ОсОО «Евразия»"),
])
def test_nominative(phrase, case, nominative):
    assert inflect_phrase(phrase, case=case) == nominative
