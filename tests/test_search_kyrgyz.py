"""Kyrgyz word forms in the search: any case, possessive or plural form of a word finds the
others («кызматташтыгы» finds «кызматташтык»), measured on a list of forms of the words treaty
titles and parties use; and the word forms the importer reads names by."""

from __future__ import annotations

from datetime import date

import pytest

from models.kyrgyz_words import stem, without_case
from models.records import EventDraft, InstrumentDraft, InstrumentFilter, PartyDraft
from models.search import _WORD, document, forms, fts5_query, query_words, tsquery

# Forms of one word each (dictionary form first), as titles and parties write them.
FORMS = [
    "макулдашуу макулдашууга макулдашууну макулдашуунун макулдашуусу макулдашуулар "
    "макулдашууларга макулдашуулардын",
    "келишим келишимге келишимди келишимдин келишими келишимдер келишимдерге келишимдеринин",
    "кызматташтык кызматташтыгы кызматташтыкка кызматташтыкты кызматташтыктын "
    "кызматташтыгын кызматташтыгынын",
    "меморандум меморандумга меморандумду меморандумдун меморандумдар меморандумдарга",
    "протокол протоколго протоколду протоколдун протоколу протоколуна протоколдор",
    "министрлик министрлиги министрлигинин министрликтер министрликтеринин министрликке",
    "өкмөт өкмөтү өкмөтүнүн өкмөттөр өкмөттөрү өкмөттөрүнүн өкмөткө",
    "программа программасы программасына программага программаны программанын",
    "декларация декларацияга декларацияны декларациясы декларациянын",
    "билдирүү билдирүүгө билдирүүнү билдирүүсү билдирүүсүнө",
    "республика республикасы республикасынын республикага",
    "тармак тармагы тармагындагы тармактарындагы тармакта тармактар",
    "өлкө өлкөнүн өлкөлөр өлкөлөрдүн өлкөгө өлкөсү",
    "соода соодага сооданын соодасы",
    "коопсуздук коопсуздугу коопсуздукка коопсуздугун коопсуздуктун",
    "саламаттык саламаттыкты саламаттыгы саламаттыкта",
    "инвестиция инвестициялар инвестицияларды инвестицияга",
    "мамлекет мамлекеттер мамлекеттердин мамлекетке мамлекеттин",
    "университет университети университеттин университетке",
    "шаар шаары шаарынын шаарга шаарларды",
    "банк банкы банкынын банкка",
    "агенттик агенттиги агенттигинин агенттикке",
    "комиссия комиссиясы комиссиясынын комиссияга",
    "долбоор долбоору долбоорлор долбоорун долбоорго",
    "жолугушуу жолугушууда жолугушуунун жолугушууга",
    "кызмат кызматы кызматтар кызматка",
    "китеп китеби китебин китептер",
    "ишкана ишканасы ишканалар ишканаларга",
    "кеңеш кеңештин кеңеши кеңешинин кеңешке",
]
GROUPS = [group.split() for group in FORMS] + [["чек ара", "чек араны", "чек арасы",
                                                "чек арасынын"]]


def _matches(query: str, indexed: str) -> bool:
    """What FTS5 does with fts5_query over the indexed text: every query word found as a
    prefix of a word, or as one of its dictionary forms."""
    tokens = set(_WORD.findall(indexed))
    for word in query_words(query):
        terms = [word] + [f for f in forms(word) if not f.startswith(word)]
        if not any(t.startswith(word) for t in tokens) and not any(f in tokens
                                                                   for f in terms[1:]):
            return False
    return True


def measure() -> tuple[float, float]:
    """(recall, precision) of every form searched against every form's indexed text."""
    entries = [(n, form) for n, group in enumerate(GROUPS) for form in group]
    indexed = [(n, document([form])) for n, form in entries]
    same = found = right = 0
    for n, query in entries:
        for m, text in indexed:
            hit = _matches(query, text)
            same += n == m
            found += hit
            right += hit and n == m
    return right / same, right / found


def test_search_word_forms_recall_and_precision():
    recall, precision = measure()
    print(f"Kyrgyz word forms: recall {recall:.3f}, precision {precision:.3f}")
    assert recall >= 0.97
    assert precision >= 0.95


@pytest.mark.parametrize("form, expected", [
    ("кызматташтыгы", "кызматташтык"), ("кызматташтыктын", "кызматташтык"),
    ("министрликтеринин", "министрлик"), ("өкмөттөрүнүн", "өкмөт"), ("китебин", "китеп"),
    ("өлкөлөрүбүз", "өлкө"), ("ортосундагы", "орто"), ("макулдашуусу", "макулдашуу"),
    ("жөнүндө", "жөн"), ("ош", "ош"), ("бишкектеги", "бишкек"),
])
def test_stems(form, expected):
    assert stem(form) == expected


@pytest.mark.parametrize("form, expected", [
    ("Макулдашууга", "Макулдашуу"), ("меморандумду", "меморандум"), ("картасын", "картасы"),
    ("программасына", "программасы"), ("Республикасынын", "Республикасы"),
    ("билдирүүсүнө", "билдирүүсү"), ("келишимдин", "келишим"), ("протоколуна", "протоколу"),
    ("Анкарада", "Анкара"), ("Өкмөтүнүн", "Өкмөтү"), ("Тажикстан", "Тажикстан"),
])
def test_without_case_keeps_the_possessive(form, expected):
    assert without_case(form) == expected


def test_query_expressions_take_the_stem_on_both_databases():
    assert fts5_query("кызматташтыгы") == '("кызматташтыгы"* OR "кызматташтык")'
    assert tsquery("кызматташтыгы") == "(кызматташтыгы:* | кызматташтык)"
    assert fts5_query("Соглашения") == '("соглашения"* OR "соглашение")'  # Russian as before


def test_registry_finds_other_forms_of_a_kyrgyz_title(registry):  # on both engines
    parties = [PartyDraft(name="Министерство цифрового развития Кыргызской Республики",
                          country="KG"),
               PartyDraft(name="Министерство связи Республики Казахстан", country="KZ")]
    iid = registry.save_instrument(InstrumentDraft(
        kind="agreement", level="interagency", signed_date=date(2024, 5, 14),
        title="Соглашение о сотрудничестве в области связи",
        title_ky="Байланыш тармагындагы кызматташтык жөнүндө макулдашуу", parties=parties,
        events=[EventDraft("signed", date(2024, 5, 14))]))
    for query in ("кызматташтыгы", "кызматташтыктын", "макулдашуусу", "макулдашууларга",
                  "тармактарындагы", "тармагы кызматташтыгы"):
        rows = registry.list_instruments(InstrumentFilter(text=query)).rows
        assert [r.id for r in rows] == [iid], query
    assert registry.list_instruments(InstrumentFilter(text="кызматташтыгыл")).rows == ()
