"""The parties of the documents a press release names: each document's own, in the nominative,
with the names a registry keeps for the governments of each country; never another document's."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.parties import find_parties
from importers.press_release.party_names import government_name, official_country, spelled_out
from importers.press_release.signed_by import signed_after, words_after
from importers.press_release.signers import english_post, signer_parties
from models.countries import seeds

INDEX = CountryIndex(seeds())


def parse(text: str):
    return parse_press_release(text, date(2026, 1, 15), INDEX)


def names(instrument) -> list[str]:
    return [p.name for p in instrument.draft.parties]


def first_parties(text: str) -> list[str]:
    """The parties of the first document the text names."""
    return names(parse(text).instruments[0])


def test_each_government_by_the_name_it_signs_treaties_with():
    assert government_name("KG", INDEX) == "Кабинет министров Кыргызской Республики"
    assert government_name("UZ", INDEX) == "Правительство Республики Узбекистан"
    assert government_name("KZ", INDEX) == "Правительство Республики Казахстан"
    assert government_name("UZ", INDEX, english=True) == \
        "Government of the Republic of Uzbekistan"
    assert government_name("KG", INDEX, english=True) == \
        "Cabinet of Ministers of the Kyrgyz Republic"


def test_a_document_without_parties_of_its_own_takes_none_from_another():
    proposal = parse("Москва, 18 сентября 2025 года. По итогам встречи министры подписали "
                     "Соглашение между Министерством просвещения Российской Федерации и "
                     "Министерством образования и науки Киргизской Республики о сотрудничестве "
                     "в области общего образования. Кроме того, был подписан План мероприятий "
                     "по направлению российских учителей в школы Киргизской Республики.")
    first, second = proposal.instruments
    assert names(first) == ["Министерство просвещения Российской Федерации",
                            "Министерство образования и науки Кыргызской Республики"]
    assert names(second) == []


def test_bodies_take_their_countrys_official_name_whatever_their_kind():
    assert official_country("National Development and Reform Commission of China", INDEX) == \
        "National Development and Reform Commission of the People's Republic of China"
    assert official_country("Academy of Public Administration under the President of "
                            "Kyrgyzstan", INDEX) == \
        "Academy of Public Administration under the President of the Kyrgyz Republic"
    assert official_country("Национальный банк Кыргызстана", INDEX) == \
        "Национальный банк Кыргызской Республики"
    assert official_country("Kyrgyz Ministry of Economy and Commerce", INDEX) == \
        "Ministry of Economy and Commerce of the Kyrgyz Republic"
    assert official_country("Turkish Foreign Ministry", INDEX) == \
        "Ministry of Foreign Affairs of the Republic of Türkiye"
    for kept in ("Посольство Японии в Кыргызстане", "Embassy of Japan in Kyrgyzstan",
                 "Kyrgyz-Turkish Manas University", "Почта России"):
        assert official_country(kept, INDEX) == kept


def test_signers_before_the_verb_in_the_instrumental_without_between():
    assert signer_parties("В ходе поездки Кабинетом министров Кыргызской Республики и "
                          "Правительством Объединенных Арабских Эмиратов был подписан", INDEX) == \
        ["Кабинет министров Кыргызской Республики",
         "Правительство Объединенных Арабских Эмиратов"]
    # people in the instrumental are no bodies
    assert signer_parties("Министром иностранных дел Кыргызстана Жээнбеком Кулубаевым и послом "
                          "Японии Хироси Ямамото был подписан", INDEX) is None


def test_any_body_word_starts_a_signing_party():
    assert signer_parties("19 апреля 2016 года Правительство Кыргызской Республики и "
                          "Европейская комиссия подписали", INDEX) == \
        ["Правительство Кыргызской Республики", "Европейская комиссия"]


def test_signers_said_after_the_document_in_its_sentence_or_the_next():
    by_minister = ("Бишкек, 29 октября 2025 года. ЕБРР поддержит проекты КР.\n\nМеморандум о "
                   "взаимопонимании подписан министром финансов Алмазом Бакетаевым и "
                   "вице-президентом Европейского банка реконструкции и развития Маттео "
                   "Патроне, сообщает пресс-служба.")
    assert first_parties(by_minister) == ["Министерство финансов Кыргызской Республики",
                                          "Европейский банк реконструкции и развития"]
    next_sentence = ("Бишкек, 6 января 2023 года. По итогам встречи была подписана Дорожная "
                     "карта по реализации проекта «Строительство ГЭС».\n\nДокумент подписали "
                     "министр энергетики Кыргызской Республики Таалайбек Ибраев и министр "
                     "энергетики Республики Казахстан Болат Акчулаков.")
    assert first_parties(next_sentence) == ["Министерство энергетики Кыргызской Республики",
                                            "Министерство энергетики Республики Казахстан"]


def test_english_posts_before_the_name_and_abbreviations_the_text_spells_out():
    assert first_parties("BISHKEK, March 24, 2015 - The Saudi Fund for Development (SFD) and "
                         "Kyrgyzstan signed documents. A loan agreement for the Talas road was "
                         "signed. It was signed by SFD Chief Executive Officer Sultan Al-Marshad "
                         "and Kyrgyz Economy Minister Arzybek Kojoshev.") == [
        "Saudi Fund for Development", "Ministry of Economy of the Kyrgyz Republic"]
    assert english_post("German Ambassador to Kyrgyzstan Peter Scholz", INDEX) == \
        "Government of the Federal Republic of Germany"
    assert spelled_out("ЕБРР", "кредит Европейского банка реконструкции и развития (ЕБРР)") == \
        "Европейский банк реконструкции и развития"


def test_a_second_sentence_about_another_document_gives_nothing():
    after = words_after("Подписано Соглашение о торговле и Протокол о таможне. Документ "
                        "подписали министр финансов КР и министр финансов РК.", 10, 32,
                        [(10, 32), (35, 53)])
    assert signed_after(after, INDEX) is None


def test_bodies_named_between_with_their_fields_and_quoted_names_declined():
    assert find_parties("Соглашение о намерениях между «Почтой России» и «Кыргыз почтасы»",
                        INDEX).names == ["«Почта России»", "«Кыргыз почтасы»"]
    assert find_parties("Меморандум между Секретариатом ШОС и Управлением ООН по координации "
                        "гуманитарных вопросов", INDEX).names == [
        "Секретариат ШОС", "Управление ООН по координации гуманитарных вопросов"]


def test_a_council_of_heads_of_state_binds_the_states():
    assert first_parties("Бишкек, 5 ноября 2022 года. Подписано Решение первого заседания "
                         "Межгосударственного совета Кыргызской Республики и Азербайджанской "
                         "Республики.") == ["Кыргызская Республика", "Азербайджанская Республика"]
