"""Search as a Russian speaker expects it: any case, any word form, prefixes while typing, all
words in any order; over titles in every language, parties (also under former names), subject,
sectors and notes."""

from __future__ import annotations

from datetime import date

import pytest

from models.records import EventDraft, InstrumentDraft, InstrumentFilter, OrganisationDraft, \
    PartyDraft
from models.search import PartialDocument, document, fts5_query, tsquery


def titles(registry, text: str) -> list[str]:
    rows = registry.list_instruments(InstrumentFilter(text=text), limit=None).rows
    return [r.title for r in rows]


def found(registry, text: str, key: str) -> bool:
    return any(key in t.casefold() for t in titles(registry, text))


@pytest.mark.parametrize("query, key, at_least", [
    ("КАРДИОЛОГИЯ", "кардиологии", 1),  # upper case, nominative finds the genitive
    ("кардиологии", "кардиологии", 1),
    ("соглашения", "соглашение", 4),  # genitive/plural finds the nominative
    ("СОГЛАШЕНИЕ", "соглашение", 4),
    ("миграция", "миграции", 1),
    ("санитарн", "санитарно-эпидемиологического", 1),  # a prefix while typing
    ("эпидемиологическое", "санитарно-эпидемиологического", 1),  # a hyphenated word's part
    ("КРСУ кампус", "кампуса", 1),  # two words, another form, another order
    ("кампус крсу", "кампуса", 1),
    ("договор военно техническое", "военно-технического", 1),
])
def test_word_forms_case_prefixes_and_several_words(demo_registry, query, key, at_least):
    hits = [t for t in titles(demo_registry, query) if key in t.casefold()]
    assert len(hits) >= at_least, (query, titles(demo_registry, query))


def test_every_word_must_match(demo_registry):
    assert len(titles(demo_registry, "кардиология")) == 1
    assert titles(demo_registry, "кардиология почта") == []
    assert titles(demo_registry, "кардиологияя") == []


def test_parties_countries_and_meeting_are_searchable(demo_registry):
    assert len(titles(demo_registry, "правительства российской федерации")) == 3
    assert len(titles(demo_registry, "Россия")) == 8  # the countries' short names
    assert len(titles(demo_registry, "жапаров")) == 7  # the meeting's title


def test_empty_or_punctuation_query_lists_everything(demo_registry):
    everything = demo_registry.count_instruments()
    assert len(titles(demo_registry, "")) == everything
    assert len(titles(demo_registry, " — «» ")) == everything


def test_query_syntax_is_never_interpreted(demo_registry):
    for text in ('"', "NEAR(a b)", "a OR b", "col:x", "*", "-соглашение", "соглашение*"):
        demo_registry.list_instruments(InstrumentFilter(text=text), limit=5)
    assert len(titles(demo_registry, "соглашение*")) >= 4


def _crafted(registry, **fields) -> int:
    base = dict(kind="agreement", level="interagency", signed_date=date(2024, 5, 14),
                parties=[PartyDraft(name="Министерство цифрового развития Кыргызской "
                                         "Республики", country="KG"),
                         PartyDraft(name="Министерство связи Республики Казахстан",
                                    country="KZ")],
                events=[EventDraft("signed", date(2024, 5, 14))])
    return registry.save_instrument(InstrumentDraft(**{**base, **fields}))


def test_kyrgyz_letters_english_titles_subject_sectors_and_notes(registry):
    iid = _crafted(registry, title="Соглашение о цифровых платформах",
                   title_ky="Санариптик платформалар боюнча Өкмөттөр аралык кеңештин "
                            "макулдашуусу",
                   title_en="Agreement on Digital Platforms",
                   subject="Обмен электронными документами",
                   sectors=["Цифровое развитие"], notes="Подлинник в архиве Минюста")
    _crafted(registry, title="Меморандум о туризме")
    for query in ("ӨКМӨТТӨР", "кеңештин", "КЕҢЕШ", "санариптик", "digital",
                  "PLATFORMS", "platform", "электронных документов", "документ обмен",
                  "цифрового развития", "ЦИФРОВОЕ РАЗВИТИЕ", "архив минюста",
                  "связи казахстана"):
        ids = [r.id for r in registry.list_instruments(InstrumentFilter(text=query)).rows]
        assert iid in ids, query
    assert [r.id for r in registry.list_instruments(
        InstrumentFilter(text="туризм")).rows] != [iid]


def test_e_and_yo_are_one_letter(registry):
    iid = _crafted(registry, title="Соглашение об учёте объединённых грузов")
    for query in ("учет", "УЧЁТ", "объединенных", "объединённые"):
        assert [r.id for r in registry.list_instruments(InstrumentFilter(text=query)).rows] \
            == [iid], query


def test_renamed_body_is_found_under_its_new_and_former_names(registry):
    iid = _crafted(registry, title="Соглашение о почтовой связи")
    body = registry.organisations("связи Республики Казахстан")[0]
    assert titles(registry, "Министерство информации") == []
    registry.save_organisation(OrganisationDraft(
        id=body.id, name="Министерство информации и общественного развития Республики "
                         "Казахстан", kind="ministry", country="KZ"))
    for query in ("министерство информации", "общественного развития",
                  "министерство связи казахстан"):
        assert [r.id for r in registry.list_instruments(InstrumentFilter(text=query)).rows] \
            == [iid], query


def test_deleted_instruments_leave_the_search_and_come_back(registry):
    iid = _crafted(registry, title="Соглашение о воздушном сообщении")
    registry.delete_instrument(iid)
    assert titles(registry, "воздушное сообщение") == []
    assert [r.id for r in registry.list_instruments(
        InstrumentFilter(text="воздушное сообщение", deleted=True)).rows] == [iid]
    registry.restore_instrument(iid)
    assert titles(registry, "воздушное сообщение") == ["Соглашение о воздушном сообщении"]


def test_an_edited_title_is_found_by_its_new_words_only(registry):
    iid = _crafted(registry, title="Соглашение о пчеловодстве")
    draft = registry.instrument(iid).to_draft()
    draft.title = "Соглашение о виноградарстве"
    registry.save_instrument(draft)
    assert titles(registry, "пчеловодство") == []
    assert titles(registry, "виноградарства") == ["Соглашение о виноградарстве"]


def test_search_combines_with_filters_and_counts(demo_registry):
    f = InstrumentFilter(text="соглашение", kind="agreement_of_intent")
    assert demo_registry.count_instruments(f) == 1
    page = demo_registry.list_instruments(InstrumentFilter(text="соглашение"), limit=2)
    assert page.total >= 4 and len(page.rows) == 2


def test_query_expressions_for_both_databases():
    assert fts5_query("Соглашения санитарн") == \
        '("соглашения"* OR "соглашение") AND ("санитарн"*)'
    assert tsquery("Соглашения санитарн") == "(соглашения:* | соглашение) & (санитарн:*)"
    assert fts5_query("«»") == ""


@pytest.mark.parametrize("number", ["2024/СГ-0001", "Договор-7 соглашения", "", "КР 12"])
def test_the_search_text_completed_with_a_number_is_the_whole_documents(number):
    """An import computes the search text before the write lock and puts the registry number
    in inside it: the same text as computed whole."""
    parts = ["Соглашение о сотрудничестве в области геологии", "Геология кызматташтыгы", "",
             None, "договоров", "Бишкек", "Правительство Российской Федерации"]
    whole = document([*parts[:3], number, *parts[4:]])
    assert PartialDocument(parts, 3).complete(number) == whole
    for likely in ("2024/СГ-0000", "КР 1", "Договор-1 соглашения", "2024/ПР-0000"):
        assert PartialDocument(parts, 3, likely).complete(number) == whole
    assert "федерация" in whole.split("\n")[-1].split()  # the word forms follow


def test_a_partial_document_spooled_completes_the_same_text():
    """An import spools its planned rows to disk (pickled) until the write: a partial
    document read back completes to the same search text."""
    import pickle

    parts = ["Соглашение о сотрудничестве в области геологии", "Геология кызматташтыгы", "",
             None, "договоров", "Бишкек", "Правительство Российской Федерации"]
    for likely in ("", "2024/СГ-0000", "Договор-1 соглашения"):
        made = PartialDocument(parts, 3, likely)
        back = pickle.loads(pickle.dumps(made, pickle.HIGHEST_PROTOCOL))
        for number in ("2024/СГ-0012", "Договор-7 о сотрудничестве"):
            assert back.complete(number) == made.complete(number) \
                == document([*parts[:3], number, *parts[4:]])
