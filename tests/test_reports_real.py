"""Reports on records as real registers hold them: a 3,000-character title, an 80-party
convention, dates known only by their month or year, a term nobody entered, instruments with
several foreign countries, empty selections. Read back with pypdf."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from bench.report_pages import LONG_TITLE, add_real_records, report_pages
from models.errors import RegistryError
from models.records import InstrumentFilter
from reports.build import build_report
from reports.request import ReportRequest


def make(registry, kind: str, lang: str = "ru", **options) -> list[str]:
    out = io.BytesIO()
    pages = build_report(registry, ReportRequest(kind, lang=lang, **options), out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == pages
    texts = [p.extract_text() or "" for p in reader.pages]
    word, of = {"ru": ("Страница", "из"), "ky": ("Барак", "/"), "en": ("Page", "of")}[lang]
    for n, text in enumerate(texts, 1):
        assert re.search(rf"{word} {n} {of}\s*{pages}\b", text), (n, text[-60:])
    return texts


def flat(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


@pytest.fixture
def real(registry):
    """The demo, plus the records that stopped or misprinted reports."""
    from models.demo import load_demo

    registry.demo = load_demo(registry)
    registry.real = add_real_records(registry)
    return registry


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_no_record_stops_any_report_in_any_language(real, lang):
    options = [("status", {}), ("status", {"group_by": "counterpart"}),
               ("treaty_base", {"country": "KZ"}), ("deadlines", {"days": 36500}),
               ("card", {"instrument_id": real.real["long"]}),
               ("briefing", {"meeting_id": real.demo.meeting_id})]
    for kind, option in options:
        make(real, kind, lang, **option)


def test_the_card_prints_the_whole_title_and_every_party(real):
    texts = make(real, "card", instrument_id=real.real["long"])
    text = flat(texts)
    assert len(texts) >= 3
    assert text.count("водотоков") >= LONG_TITLE.count("водотоков") + 4  # + the head's part
    assert " ".join(LONG_TITLE.split()[-8:]) in text  # the very end of the title
    for code in ("AF", "AL", "DZ"):
        assert f"Государство {code}" in text
    # in the parties and signatories, and again in the status of the parties
    named = re.findall(r"Государство ([A-Z]{2})\b", text)
    assert len(set(named)) == 79 and all(named.count(c) >= 2 for c in set(named))
    assert "Статус участников" in text and text.count("17.03.1992") >= 78
    assert "Генеральный секретарь Организации Объединённых Наций" in text  # the depositary
    # a party's accession with its reservation, another's ratification and entry into force
    assert "Присоединение: 10.02.1995" in text and "Оговорка к статье 22" in text
    assert "Ратификация: Постановление ЖК № 1254-XII, 01.06.1993" in text
    assert "06.10.1996" in text


def test_lists_shorten_a_long_title_and_a_long_party_list_with_a_note(real):
    text = flat(make(real, "status"))
    parties = real.instrument(real.real["long"]).row.parties
    assert "полное наименование, 3000 знаков, — в карточке документа" in text
    assert "всего сторон: 80 (полный список — в карточке документа)" in text
    assert parties[4].name in text and parties[5].name not in text
    assert "многосторонний, государств: 79" in text


def test_dates_are_as_exact_as_known(real):
    status = flat(make(real, "status"))
    assert "1991" in status and "01.01.1991" not in status
    base = flat(make(real, "treaty_base", country="KZ"))
    assert "01.01.1991" not in base and "01.03.2019" not in base
    assert "Действует с 03.2019" in base  # took effect on a signature known to the month
    card = flat(make(real, "card", instrument_id=real.real["month"]))
    assert "Действует с" in card and "03.2019" in card
    assert "Прекращает действие" in card and "03.2029" in card
    assert "01.03.2029" not in card and "01.03.2019" not in card
    assert "Истечение срока действия: 03.2029" in flat(make(real, "card", instrument_id=real.real["month"]))
    overview = flat(make(real, "deadlines", days=36500))
    assert "03.2029" in overview and "01.03.2029" not in overview
    # internal procedures are due some months after a signature known only by its year
    assert not re.search(r"\d\d\.\d\d\.1991", overview) and "1991" in overview
    year_card = flat(make(real, "card", instrument_id=real.real["year"]))
    assert not re.search(r"\d\d\.\d\d\.1991", year_card)


def test_an_unknown_term_is_not_printed_as_indefinite(real):
    card = flat(make(real, "card", instrument_id=real.real["expired"]))
    assert "Истёк срок действия" in card
    assert "Срок действия, лет" in card and "не указано" in card
    assert "Прекратил действие" in card and "10.01.2012" in card
    assert "бессрочно" not in card and "Прекращает действие" not in card


def test_by_counterpart_groups_per_country_and_multilateral_apart(real):
    text = flat(make(real, "status", group_by="counterpart"))
    assert "Группировка по странам-партнёрам" in text
    # the year-only, the memorandum, the expired one, the ratified one and its protocol
    assert "Казахстан — 5" in text
    assert "Многосторонние документы — 2" in text  # the convention and the trilateral one
    assert "Казахстан, Узбекистан" not in text
    assert "Документов в отчёте: 15." in text and "Итого по группе: 5" in text
    assert text.index("Россия —") < text.index("Многосторонние документы —")


def test_every_title_says_as_of_when(real):
    for kind, option in (("status", {}), ("deadlines", {}), ("treaty_base", {"country": "RU"}),
                         ("card", {"instrument_id": real.real["year"]}),
                         ("briefing", {"meeting_id": real.demo.meeting_id})):
        assert "по состоянию на 25.11.2026" in make(real, kind, **option)[0]
    assert "as of 25.11.2026" in make(real, "status", "en")[0]
    assert "25.11.2026-ж. карата" in make(real, "status", "ky")[0]


def test_empty_results_say_so_in_words(real):
    texts = make(real, "status", filter=InstrumentFilter(text="несуществующееслово"))
    assert "В реестре нет документов, отвечающих условиям отбора." in flat(texts)
    assert "Рег. №" not in flat(texts)
    assert "Документы с этой страной в реестре не зарегистрированы." in flat(
        make(real, "treaty_base", country="JP"))
    deadlines = flat(make(real, "deadlines", days=0))
    assert "Наступает в период" not in deadlines and ": 0" not in deadlines


def test_the_home_country_has_no_treaty_base(real):
    with pytest.raises(RegistryError, match="страна самого реестра"):
        make(real, "treaty_base", country="KG")


def test_briefing_lists_documents_by_level_then_date(demo_registry):
    text = flat(make(demo_registry, "briefing", meeting_id=demo_registry.demo.meeting_id))
    part = text.split("Документы по отдельности")[-1]
    found = [m.group(1) for m in re.finditer(r"\d\. (Протокол|Соглашение между Кабинетом|"
                                             r"Меморандум|Соглашение о намерениях)", part)]
    assert found[0] == "Протокол"  # the interstate one first
    assert found[-1] == "Соглашение о намерениях"  # between companies: last
    assert found.index("Меморандум") > found.index("Соглашение между Кабинетом")


def test_treaty_in_kyrgyz_is_one_word(demo_registry):
    text = flat(make(demo_registry, "card", "ky",
                     instrument_id=demo_registry.demo.instrument_ids["treaty_2017"]
                     if "treaty_2017" in demo_registry.demo.instrument_ids
                     else demo_registry.demo.instrument_ids["protocol"]))
    assert "(договор)" not in text


def test_first_pages_render_for_review_in_russian_and_kyrgyz(qapp, real, tmp_path):
    from PySide6.QtGui import QImage

    for lang in ("ru", "ky"):
        written = report_pages(real, real.demo.meeting_id, real.real["long"], lang,
                               tmp_path / lang)
        assert {p.stem for p in written} == {
            "report-status", "report-status-by-counterpart", "report-treaty-base",
            "report-deadlines", "report-card", "report-briefing"}
        for path in written:
            image = QImage(str(path))
            assert image.width() > 400 and image.height() > 600
            dark = sum(image.pixelColor(x, y).lightness() < 128
                       for x in range(0, image.width(), 7) for y in range(0, image.height(), 7))
            assert dark > 50, f"{path.name} looks blank"


def test_titles_and_parties_in_the_reports_language_else_russian_marked(real):
    from models.records import OrganisationDraft

    draft = real.instrument(real.real["year"]).to_draft()
    draft.title_en = "Air Services Agreement known only by its year"
    draft.title_ky = "Аба каттамы жөнүндө макулдашуу"
    real.save_instrument(draft)
    kz = next(p for p in draft.parties if p.country == "KZ")
    org = real.organisation(kz.organisation_id)
    real.save_organisation(OrganisationDraft(id=org.id, name=org.name, kind=org.kind,
                                             country="KZ", name_en="Government of the "
                                             "Republic of Kazakhstan"))
    english = flat(make(real, "status", "en"))
    assert "Air Services Agreement known only by its year" in english
    assert "Соглашение о воздушном сообщении" not in english
    assert "Government of the Republic of Kazakhstan" in english
    # no English text: the Russian one, marked, and the head says what the mark means
    assert "Соглашение о сотрудничестве в области таможенного дела [in Russian]" in english
    assert "the Russian text is printed, marked “[in Russian]”" in english
    kyrgyz = flat(make(real, "treaty_base", "ky", country="KZ"))
    assert "Аба каттамы жөнүндө макулдашуу" in kyrgyz
    assert "Правительство Республики Казахстан [орусча]" in kyrgyz
    russian = flat(make(real, "status"))
    assert "[на русском]" not in russian and "Air Services" not in russian


def test_the_registry_names_the_organisation_in_each_language(real):
    real.set_organisation_names({"ru": "МИД Кыргызской Республики", "ky": "КР ТИМ"})
    assert real.organisation_name("ky") == "КР ТИМ"
    assert real.organisation_name("en") == "МИД Кыргызской Республики"  # Russian, else none
    with pytest.raises(Exception, match="300"):
        real.set_organisation_names({"en": "x" * 301})
    assert real.organisation_names()["en"] == ""


def test_lists_print_the_act_publication_registration_and_nest_amendments(real):
    text = flat(make(real, "status", group_by="counterpart"))
    agreement = text.index("о транзите электроэнергии Ратификация: Закон КР № 184, 21.11.2024")
    for fact in ("Официальное опубликование: «Эркин Тоо» № 98, 26.11.2024",
                 "Регистрация в Секретариате ООН: UNTS № 58231, 03.06.2025",
                 "Вступил в силу 15.01.2025"):
        assert text.index(fact) > agreement
    # the amending protocol right under the agreement, numbered after it
    number = re.search(r"(\d+) 2024/СГ-0001", text).group(1)
    assert re.search(rf"{number}\.1 \d{{4}}/ПР-\d{{4}} Протокол о внесении изменений в "
                     r"Соглашение о транзите", text)
    by_status = flat(make(real, "status"))
    assert re.search(r"Протокол о внесении изменений в Соглашение о транзите электроэнергии "
                     r"Изменяет или дополняет: 2024/СГ- ?0001", by_status)
    base = flat(make(real, "treaty_base", country="KZ"))
    assert re.search(r"\d\.1 Протокол о внесении изменений в Соглашение о транзите", base)
    assert "Ратификация: Закон КР № 184, 21.11.2024" in base


def test_the_card_and_briefing_name_the_act_and_what_comes_next(real):
    card = flat(make(real, "card", instrument_id=real.real["ratified"]))
    assert "Ратификация законом Жогорку Кенеша" in card
    assert "Ратификация: Закон КР № 184, 21.11.2024" in card
    assert "Официальное опубликование: «Эркин Тоо» № 98, 26.11.2024" in card
    briefing = flat(make(real, "briefing", meeting_id=real.demo.meeting_id))
    assert "Следующий шаг" in briefing and "Исполнитель: Жогорку Кенеш" in briefing
    assert "Уведомление другой стороны" in briefing or "не получено" in briefing
    assert "Подписали" in briefing and "Владимир Путин" in briefing
    assert "Внести в Жогорку Кенеш проект закона о ратификации Протокола" in briefing
