"""Sides a Kyrgyz report gives by who signed rather than by name (texts written for the
tests): the leaders as the subject («Өкмөт башчылары ... кол коюшту») or in a sentence of their
own for the documents named before («Документтерге эки өлкөнүн өкмөт башчылары кол коюшту»),
the two countries' bodies as the subject («Кыргызстан менен Тажикстандын өкмөттүк
делегациялары ...»), and a decision of the two countries' own council."""

from __future__ import annotations

from tests.kyrgyz_texts import names, parse

DATELINE = "Минск, 12-март, 2025-жыл. /Кабар/. "
VISIT = ("Кыргыз Республикасынын Министрлер Кабинетинин Төрагасы Беларусь Республикасына расмий "
         "сапар менен барды. ")


def test_heads_of_government_as_the_subject_sign_for_their_governments():
    [found] = parse(DATELINE + VISIT + "Өкмөт башчылары соода-экономикалык кызматташтыкты "
                    "өнүктүрүү боюнча жол картасына кол коюшту.")
    assert names(found) == ["Кыргыз Республикасынын Министрлер Кабинети",
                            "Беларусь Республикасынын Өкмөтү"]


def test_heads_of_state_as_the_subject_sign_for_their_states():
    [found] = parse(DATELINE + VISIT + "Мамлекет башчылары стратегиялык өнөктөштүк жөнүндө "
                    "биргелешкен декларацияга кол коюшту.")
    assert names(found) == ["Кыргыз Республикасы", "Беларусь Республикасы"]


def test_a_shared_sentence_gives_the_leaders_to_each_document_without_signers():
    first, second = parse(
        DATELINE + VISIT + "Сүйлөшүүлөрдүн жыйынтыгында туризм тармагындагы кызматташтык "
        "жөнүндө макулдашуу жана илимий-техникалык кызматташтык жөнүндө меморандум кабыл "
        "алынды. Документтерге эки өлкөнүн өкмөт башчылары кол коюшту.")
    assert names(first) == names(second) == ["Кыргыз Республикасынын Министрлер Кабинети",
                                             "Беларусь Республикасынын Өкмөтү"]


def test_leaders_present_at_a_signing_are_not_its_sides():
    [found] = parse(DATELINE + VISIT + "Президенттердин катышуусу менен Кыргызстандын Билим "
                    "берүү министрлиги менен Беларусь Республикасынын Билим берүү министрлиги "
                    "ортосундагы "
                    "кызматташтык жөнүндө меморандумга кол коюлду.")
    assert names(found) == ["Кыргыз Республикасынын Билим берүү министрлиги",
                            "Беларусь Республикасынын Билим берүү министрлиги"]


def test_two_countries_bodies_as_the_subject_are_each_countrys_body():
    [found] = parse("Дүйшөмбүдө Кыргызстан менен Тажикстандын өкмөттүк делегациялары чек "
                    "араны делимитациялоо боюнча протоколго кол коюшту.")
    assert [n.casefold() for n in names(found)] == [
        "кыргыз республикасынын өкмөттүк делегациясы",
        "тажикстан республикасынын өкмөттүк делегациясы"]


def test_a_decision_of_the_two_countries_interstate_council_is_the_states():
    [found] = parse(DATELINE + "Президенттер Кыргыз Республикасы менен Беларусь "
                    "Республикасынын Мамлекеттер аралык кеңешинин биринчи отурумунун чечимине "
                    "кол коюшту.")
    assert names(found) == ["Кыргыз Республикасы", "Беларусь Республикасы"]


def test_an_intergovernmental_agreement_is_the_two_governments_and_the_word_leaves_its_title():
    [found] = parse(DATELINE + VISIT + "Сапардын жыйынтыгында инвестицияларды коргоо жөнүндө "
                    "өкмөттөр аралык макулдашууга кол коюлду.")
    assert found["title"] == "Инвестицияларды коргоо жөнүндө макулдашуу"
    assert names(found) == ["Кыргыз Республикасынын Министрлер Кабинети",
                            "Беларусь Республикасынын Өкмөтү"]


def test_the_leaders_after_another_documents_verb_sign_the_next_one():
    first, second = parse(DATELINE + VISIT + "Министрлер туризм жөнүндө меморандумга кол "
                          "коюшту, андан кийин мамлекет башчылары стратегиялык өнөктөштүк "
                          "жөнүндө биргелешкен декларацияга кол коюшту.")
    assert names(second) == ["Кыргыз Республикасы", "Беларусь Республикасы"]
    assert names(first) != names(second)


def test_office_holders_are_read_in_any_case_of_the_surname():
    from importers.press_release.kyrgyz.heads import office_holders

    assert office_holders("Президент Сооронбай Жээнбековдун Казакстанга сапары. Казакстандын "
                          "Премьер-министри Олжас Бектенов жана Министрлер Кабинетинин "
                          "Төрагасы Адылбек Касымалиев жолугушту.") == {
        "Жээнбеков": "interstate", "Бектенов": "government", "Касымалиев": "government"}


def test_leaders_named_by_their_names_sign_for_their_states():
    first, second = parse(
        "Президент Сооронбай Жээнбековдун Казакстанга расмий сапарынын жыйынтыгында 2018-жылы "
        "документтерге кол коюлду. Сооронбай Жээнбеков менен Нурсултан Назарбаев стратегиялык "
        "өнөктөштүк жөнүндө декларацияга кол коюшту. Андан кийин эки тараптуу кызматташтык "
        "боюнча биргелешкен билдирүү кабыл алынды – ага Нурсултан Назарбаев менен Сооронбай "
        "Жээнбеков кол коюшту.")
    assert names(first) == names(second) == ["Кыргыз Республикасы", "Казакстан Республикасы"]


def test_leaders_named_by_their_names_in_whose_presence_others_signed_are_no_sides():
    [found] = parse("Бишкек, 12-май, 2025-жыл. /Кабар/. Президент Садыр Жапаров Өзбекстанга "
                    "сапар менен барды. Садыр Жапаров менен Шавкат Мирзиёевдин катышуусунда "
                    "энергетика боюнча макулдашууга кол коюлду.")
    assert names(found) == []


def test_a_kyrgyz_report_that_names_one_other_country_is_between_kyrgyzstan_and_it():
    [found] = parse("Ташкент, 12-май, 2025-жыл. /Кабар/. Президент Садыр Жапаров менен "
                    "Өзбекстандын Президенти Шавкат Мирзиёев стратегиялык өнөктөштүк жөнүндө "
                    "декларацияга кол коюшту.")
    assert names(found) == ["Кыргыз Республикасы", "Өзбекстан Республикасы"]


def test_a_prime_minister_signs_for_his_government():
    [found] = parse("Астана, 12-май, 2025-жыл. /Кабар/. Кыргыз Республикасынын Министрлер "
                    "Кабинетинин Төрагасы Адылбек Касымалиев жана Казакстан Республикасынын "
                    "Премьер-министри Олжас Бектенов транзит боюнча макулдашууга кол коюшту.")
    assert names(found) == ["Кыргыз Республикасынын Министрлер Кабинети",
                            "Казакстан Республикасынын Өкмөтү"]


def test_those_present_at_the_event_are_neither_sides_nor_in_the_name():
    for present in ("Адылбек Касымалиев жана Кытайдын элчиси Ду Дэвэн катышкан иш-чарада",
                    "Адылбек Касымалиевдин жана Кытайдын элчиси Ду Дэвэндин катышуусунда"):
        [found] = parse("Бишкек, 12-май, 2025-жыл. /Кабар/. Кыргыз Республикасынын Министрлер "
                        "Кабинетинин Төрагасы " + present + " санариптик кызматташтык тууралуу "
                        "меморандумга кол коюлду.")
        assert (found["title"], names(found)) == (
            "Санариптик кызматташтык тууралуу меморандум", [])


def test_leaders_whose_posts_name_their_countries_give_a_list_the_two_countries():
    """«Өзбекстандын Президенти Шавкат Мирзиёев»: the post's country comes before it, in the
    genitive; a list of documents without sides is then between the two countries."""
    declaration, agreement = parse(
        "Ташкент, 5-сентябрь. Кыргызстандын Президенти Садыр Жапаров Өзбекстандын Президенти "
        "Шавкат Мирзиёев менен сүйлөшүү жүргүздү.\n\nСүйлөшүүлөрдүн жыйынтыгында бир катар "
        "документтерге кол коюлду, алардын ичинде:\n- Стратегиялык өнөктөштүктү тереңдетүү "
        "жөнүндө декларация;\n- Суу ресурстарын пайдалануу боюнча макулдашуу.")
    assert names(declaration) == ["Кыргыз Республикасы", "Өзбекстан Республикасы"]
    assert names(agreement) == ["Кыргыз Республикасынын Министрлер Кабинети",
                                "Өзбекстан Республикасынын Өкмөтү"]
