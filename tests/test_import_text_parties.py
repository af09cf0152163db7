"""The parties of the documents a press release names: each document's own, in the nominative,
with the names a registry keeps for the governments of each country; never another document's."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.parties import government_name, official_country
from importers.press_release.signers import signer_parties
from models.countries import seeds

INDEX = CountryIndex(seeds())


def parse(text: str):
    return parse_press_release(text, date(2026, 1, 15), INDEX)


def names(instrument) -> list[str]:
    return [p.name for p in instrument.draft.parties]


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
                            "Министерство образования и науки Киргизской Республики"]
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
