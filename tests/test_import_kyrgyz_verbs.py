"""How a Kyrgyz report says a document was signed, beyond «кол коюшту / кол коюлду» (texts
written for the tests): passive approvals («жактырылды», «бекитилди»), reported signings
(«... кол коюлганын билдирди»), the ceremony («кол коюу салтанаты өттү»), and a signing of «a
document» the next sentence names («Документке кол коюлду. Бул ... протокол.»)."""

from __future__ import annotations

import pytest

from tests.kyrgyz_texts import parse

DATELINE = "Бишкек, 14-март, 2024-жыл. /Кабар/. "
NAME = "Туризм жөнүндө макулдашууга өзгөртүүлөрдү киргизүү тууралуу "


@pytest.mark.parametrize("said", [
    "протокол жактырылды", "протокол бекитилди", "протоколго кол коюлганын билдирди",
    "протоколго кол коюлгандыгын маалымдады", "протоколго кол коюлганы белгиленди",
    "протоколго кол коюу салтанаты болуп өттү", "протоколдун кол коюу иш-чарасы өттү"])
def test_ways_of_saying_it_was_signed(said):
    [found] = parse(DATELINE + "Министрликтин маалыматы боюнча, " + NAME + said + ".")
    assert found["title"] == NAME[:1] + NAME[1:].rstrip() + " протокол"


@pytest.mark.parametrize("said", ["протоколго кол коюлганына 10 жыл болду",
                                  "протоколго кол коюлат", "протоколго кол коюу пландалууда",
                                  "протоколго кол коюу аземи кийинки аптада өтөт"])
def test_an_anniversary_or_a_plan_is_no_signing(said):
    assert parse(DATELINE + NAME + said + ".") == []


def test_a_document_signed_then_named_in_the_next_sentence():
    text = DATELINE + ("Бүгүн Бишкекте маанилүү документке кол коюлду. Бул 2015-жылдын "
                       "12-июнундагы эл аралык автомобиль каттамдары жөнүндө макулдашууга "
                       "өзгөртүүлөрдү киргизүү тууралуу протокол. Документ "
                       "ратификациялангандан кийин күчүнө кирет.")
    assert [(f["kind"], f["amends"]["date"], f["signed_date"]) for f in parse(text)] == [
        ("protocol", "2015-06-12", "2024-03-14")]


def test_a_document_named_after_a_signing_of_another_is_not_signed():
    [found] = parse(DATELINE + "Тараптар соода жөнүндө макулдашууга кол коюшту. Мындан "
                    "тышкары, транзит жөнүндө макулдашуунун долбоору талкууланды.")
    assert found["title"] == "Соода жөнүндө макулдашуу"


@pytest.mark.parametrize("participle", ["кол койгон", "кол коюшкан", "кол коюлган"])
def test_documents_among_those_the_leaders_signed_are_signed(participle):
    from importers.press_release.kyrgyz.words import SIGNED, VERB

    words = f"Президенттер {participle} документтердин арасында"
    assert VERB.search(words).lastgroup == SIGNED
    first, second = parse(
        DATELINE + f"Президенттер {participle} документтердин арасында эки тараптуу "
        "кызматташтык боюнча биргелешкен билдирүү жана чек араны демаркациялоо жөнүндө "
        "макулдашуу бар.")
    assert (first["title"], second["title"]) == (
        "Эки тараптуу кызматташтык боюнча биргелешкен билдирүү",
        "Чек араны демаркациялоо жөнүндө макулдашуу")


def test_a_document_signed_before_by_a_participle_stays_earlier():
    from importers.press_release.kyrgyz.words import EARLIER, VERB

    assert VERB.search("2019-жылы кол койгон макулдашууга").lastgroup == EARLIER
    assert parse(DATELINE + "Тараптар 2019-жылы кол коюшкан макулдашуунун аткарылышын "
                 "талкуулашты.") == []


@pytest.mark.parametrize("participle", ["кабыл алынган", "кол коюлган", "тараптар кабыл алышкан"])
def test_a_list_among_the_documents_adopted_there(participle):
    """«Сапардын жыйынтыгында кабыл алынган документтердин арасында X, Y жана Z бар»: the
    documents of this visit, named after the participle that says so."""
    found = parse(DATELINE + f"Сапардын жыйынтыгында {participle} документтердин арасында "
                  "стратегиялык өнөктөштүк жөнүндө келишим, маданият тармагындагы кызматташтык "
                  "программасы жана туризм боюнча меморандум бар.")
    assert [d["kind"] for d in found] == ["treaty", "programme", "memorandum_of_cooperation"]


def test_documents_adopted_earlier_are_still_earlier():
    assert parse(DATELINE + "Тараптар 2019-жылы кабыл алышкан туризм боюнча меморандумдун "
                 "аткарылышын талкуулашты.") == []


@pytest.mark.parametrize("said, signed", [
    ("протоколдун кол коюлушу Өкмөт үйүндө болуп өттү", True),  # the signing took place
    ("протоколдун кол коюлушу күтүлүүдө", False),  # it is expected
    ("протоколго кол коюлушу пландалууда", False),
])
def test_the_signing_of_a_document_took_place(said, signed):
    found = parse(DATELINE + NAME + said + ".")
    assert bool(found) is signed


def test_an_agreement_concluded_by_one_body_with_another():
    [found] = parse(DATELINE + "Ош мамлекеттик университети Индиянын Амрита университети менен "
                    "студенттер алмашуу боюнча келишим түздү. Университет 1951-жылы "
                    "негизделген.")
    assert found["title"] == "Студенттер алмашуу боюнча келишим"
    assert found["signed_date"] is None  # not the founding year (nor the dateline's alone)


@pytest.mark.parametrize("line", [
    "1\tЖогорку мамлекеттер аралык кеңештин отурумунун жыйынтыгы боюнча биргелешкен билдирүү\t"
    "Мамлекет башчылары",  # a row of a pasted table
    "Жогорку мамлекеттер аралык кеңештин отурумунун жыйынтыгы боюнча биргелешкен билдирүү "
    "кабыл алынды.",
])
def test_a_statement_on_the_results_keeps_them_in_its_name(line):
    [found] = parse("Астана, 2025-жылдын 27-августу. Кол коюлган документтер:\n" + line)
    assert found["title"] == ("Жогорку мамлекеттер аралык кеңештин отурумунун жыйынтыгы боюнча "
                              "биргелешкен билдирүү")


def test_where_it_was_signed_is_no_part_of_the_name():
    [found] = parse("Жалал-Абад облусунун губернатору Бекмамат Аманов жана Наманган облусунун "
                    "хокими Шавкатжон Абдураззаков 2024-жылдын 5-мартында Наманган шаарында чек "
                    "ара аймактарынын кызматташтыгы боюнча жол картасына кол коюшту.")
    assert found["title"] == "Чек ара аймактарынын кызматташтыгы боюнча жол картасы"


def test_what_the_sides_decided_at_talks_is_no_decision_document():
    found = parse("Ташкент, 4-июль, 2024-жыл. Өкмөт башчыларынын жолугушуусунда тараптар чек "
                  "ара бекеттеринин иш убактысын узартуу жөнүндө чечим кабыл алышты. Андан "
                  "кийин транзит боюнча макулдашууга кол коюлду.")
    assert [f["title"] for f in found] == ["Транзит боюнча макулдашуу"]


def test_a_document_reported_concluded_is_signed_one_recalled_as_reported_is_not():
    found = parse("Ош, 9-январь, 2025-жыл. Кош диплом тууралуу келишим Казань шаарында "
                  "түзүлгөнүн университеттин басма сөз кызматы кечээ маалымдады.")
    assert [f["title"] for f in found] == ["Кош диплом тууралуу келишим"]
    assert parse("Ош, 9-январь, 2025-жыл. Агенттик кош диплом тууралуу келишим түзүлгөнүн "
                 "былтыр 21-октябрда кабарлаган.") == []
