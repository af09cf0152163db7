"""Russian sides read from layouts ministries' and agencies' reports use: a post with the region
it covers («управляющий директор ЕБРР по Центральной Азии»), a post after an adjective
(«региональный директор Всемирного банка»), two regions as one subject («Иссык-Кульская и
Алматинская области подписали»), a country in brackets after a body, the two sides a headline
names as the subject of the signing; the President's plenipotentiary in a region signs for the
region, as a governor does; a surname read as a pronoun («Тот») names no country. Probe texts
in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.parser import _headline_signers
from importers.press_release.signers import body_of, subject_parties
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parse(text: str):
    return parse_press_release(text, date(2026, 1, 15), INDEX)


def _parties(text: str) -> list[list[str]]:
    return [[p.name for p in i.draft.parties] for i in _parse(text).instruments]


def test_the_region_a_post_covers_is_no_part_of_the_body():
    assert body_of("управляющий директор ЕБРР по Центральной Азии", INDEX) == "ЕБРР"
    assert body_of("директор Азиатского банка развития в Кыргызстане", INDEX) == \
        "Азиатский банк развития"
    assert body_of("председатель Комитета по делам молодежи", INDEX) == \
        "Комитет по делам молодежи"
    assert _parties("БИШКЕК, 3 ноября 2022 года. Министр экономики и коммерции КР и управляющий "
                    "директор ЕБРР по Центральной Азии подписали меморандум о взаимопонимании "
                    "по развитию «зеленой» энергетики.") == [
        ["Министерство экономики и коммерции КР", "Европейский банк реконструкции и развития"]]


def test_a_post_after_an_adjective_stands_for_its_body():
    assert body_of("региональный директор Всемирного банка", INDEX) == "Всемирный банк"
    assert body_of("постоянный представитель ПРООН в Кыргызстане", INDEX) == "ПРООН"
    assert body_of("представитель компании «Альфа»", INDEX) == "Компания «Альфа»"
    # a body whose name begins like a post stays whole
    assert body_of("Постоянное представительство ПРООН в Кыргызстане", INDEX) == \
        "Постоянное представительство ПРООН в Кыргызстане"


def test_two_regions_as_one_subject_are_two_sides():
    assert subject_parties("Иссык-Кульская и Алматинская области", INDEX) == [
        "Иссык-Кульская область", "Алматинская область"]
    assert _parties("КАРАКОЛ, 5 июля 2022 года. Иссык-Кульская и Алматинская области подписали "
                    "соглашение о сотрудничестве в торгово-экономической и гуманитарной "
                    "сферах.") == [["Иссык-Кульская область", "Алматинская область"]]


def test_a_country_in_brackets_after_a_body_is_no_part_of_its_name():
    found = _parse("ОШ, 18 сентября 2021 года. Состоялась церемония подписания соглашения между "
                   "мэрией города Ош и Гомельским областным исполнительным комитетом (Республика "
                   "Беларусь). Стороны будут развивать связи в образовании.").instruments
    assert [(p.name, p.country) for p in found[0].draft.parties] == [
        ("Мэрия города Ош", "KG"), ("Гомельский областной исполнительный комитет", "BY")]


def test_the_sides_a_headline_names_sign_the_documents_named_without_sides():
    text = ("Минфин и Азиатский банк развития подписали соглашение на $20 млн\n\n"
            "12.03.2024 10:15\n\n"
            "Министр финансов провел встречу с делегацией банка в Маниле. Встреча завершилась "
            "подписанием соглашения о гранте на восстановление школ в Кыргызстане.\n")
    assert _parties(text) == [["Министерство финансов Кыргызской Республики",
                               "Азиатский банк развития"]]


def test_two_states_in_a_headline_leave_the_documents_to_the_meeting():
    assert _headline_signers("Кыргызстан и Всемирный банк заключили соглашение на $6 млн",
                             INDEX) == ["Кыргызская Республика", "Всемирный банк"]
    assert _headline_signers("Кыргызстан и Казахстан подписали пять документов", INDEX) == []


def test_an_intergovernmental_agreement_between_two_states_is_their_governments():
    assert _parties("БИШКЕК, 14 июня 2024 года. В Доме правительства состоялось подписание "
                    "межправительственного соглашения о поощрении и взаимной защите инвестиций "
                    "между Кыргызстаном и Японией.") == [
        ["Кабинет министров Кыргызской Республики", "Правительство Японии"]]


def test_prime_ministers_sign_for_their_governments():
    assert _parties("БИШКЕК, 5 мая 2024 года. Президенты Кыргызстана и Таджикистана подписали "
                    "Совместное заявление. Премьер-министры подписали Меморандум о "
                    "сотрудничестве в области энергетики.") == [
        ["Кыргызская Республика", "Республика Таджикистан"],
        ["Кабинет министров Кыргызской Республики", "Правительство Республики Таджикистан"]]


def test_put_their_signatures_under_a_memorandum_is_a_signing_by_the_subject():
    assert _parties("БИШКЕК, 12 мар — Sputnik. Министерство образования и науки КР и Университет "
                    "Анкары поставили подписи под меморандумом о сотрудничестве в сфере "
                    "академической мобильности.") == [
        ["Министерство образования и науки КР", "Университет Анкары"]]


def test_the_ministers_of_the_two_countries_as_agents_of_the_passive():
    assert _parties("Визит министра сельского хозяйства Турции в Кыргызстан\n\nБИШКЕК, 12 марта "
                    "2024 года. Соглашение о сотрудничестве в области ветеринарии было подписано "
                    "министрами сельского хозяйства двух стран.") == [
        ["Министерство сельского хозяйства Кыргызской Республики",
         "Министерство сельского хозяйства Турецкой Республики"]]


def test_a_university_named_after_someone_by_its_acronym():
    assert body_of("ректор КНУ имени Ж. Баласагына", INDEX) == "КНУ имени Ж. Баласагына"
    assert _parties("БИШКЕК, 3 апреля 2023 года. Ректор КНУ имени Ж. Баласагына и ректор "
                    "Казанского федерального университета подписали меморандум о "
                    "сотрудничестве в сфере подготовки кадров.") == [
        ["КНУ имени Ж. Баласагына", "Казанский федеральный университет"]]


def test_the_documents_after_a_colon_share_the_subject_of_the_verb():
    assert _parties("БИШКЕК, 3 апреля 2023 года. Министерство экономики и коммерции Кыргызской "
                    "Республики и Азиатский банк развития подписали два документа: соглашение о "
                    "технической помощи и меморандум о взаимопонимании по развитию туризма.") == [
        ["Министерство экономики и коммерции Кыргызской Республики", "Азиатский банк развития"],
        ["Министерство экономики и коммерции Кыргызской Республики", "Азиатский банк развития"]]


def test_a_weekday_between_the_subject_and_its_verb_is_no_part_of_a_side():
    assert _parties("ПЕКИН, 22 октября 2025 года. Секретариат ШОС и фонд «Восток» в среду "
                    "заключили Меморандум о взаимопонимании.") == [
        ["Секретариат ШОС", "Фонд «Восток»"]]


def test_a_body_by_its_abbreviation_before_its_country_is_no_state():
    assert body_of("ЦИК КР", INDEX) == "ЦИК КР"
    assert _parties("БИШКЕК, 12 марта 2024 года. ГКНБ Кыргызстана и СГБ Таджикистана подписали "
                    "протокол о взаимодействии в приграничных районах.") == [
        ["ГКНБ Кыргызской Республики", "СГБ Республики Таджикистан"]]
    assert _parties("БИШКЕК, 12 марта 2024 года. НБКР и Центральный банк Узбекистана подписали "
                    "соглашение о сотрудничестве в области платежных систем.") == [
        ["Национальный банк Кыргызской Республики", "Центральный банк Республики Узбекистан"]]



def test_a_quoted_title_after_the_last_side_is_no_part_of_it():
    assert _parties("МОСКВА, 2 сентября 2019 года. В ходе встречи было подписано соглашение "
                    "между Правительством КР и АНО «Восход» «О сотрудничестве в сфере "
                    "образования».") == [["Правительство КР", "АНО «Восход»"]]


def test_the_president_s_plenipotentiary_in_a_region_signs_for_the_region():
    """(before: the side «Полномочный представитель Президента ... в Таласской области» with his
    name, or the Kyrgyz Republic for «полпред»)"""
    assert _parties("Губернатор Томской области Игорь Смирнов и полномочный представитель "
                    "Президента Кыргызской Республики в Таласской области Азамат Токтогулов "
                    "подписали соглашение о сотрудничестве в сфере образования.") == [
        ["Томская область", "Таласская область"]]
    assert _parties("Полпред Президента КР в Нарынской области Улан Сыдыков и аким Жамбылской "
                    "области подписали меморандум о сотрудничестве.") == [
        ["Нарынская область", "Жамбылская область"]]


def test_a_surname_read_as_a_pronoun_names_no_country():
    """«Тот» is a surname, not «того» (Togo): before, the ambassador of Hungary was read as a
    ministry of the Togolese Republic."""
    assert [m.code for m in INDEX.mentions("посол Венгрии Янош Тот")] == ["HU"]
    assert [m.code for m in INDEX.mentions("Посольство Того")] == ["TG"]
    assert _parties("10 мая 2023 года подписан меморандум о сотрудничестве в сфере туризма. "
                    "Подписи под документом поставили министр культуры Кыргызской Республики "
                    "Алмаз Бекешов и посол Венгрии Янош Тот.") == [
        ["Министерство культуры Кыргызской Республики", "Правительство Венгрии"]]
