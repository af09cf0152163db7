"""Printed reports read back with pypdf: text, fonts, page numbers, restricted records,
languages, cancellation."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from models.errors import RegistryError
from models.records import EventDraft, InstrumentDraft, InstrumentFilter, PartyDraft
from models.registry import Registry
from reports.build import build_report
from reports.progress import Cancelled
from reports.request import ReportRequest
from reports.tables import wrap_text
from tests.conftest import TODAY

ORG = "Министерство иностранных дел Кыргызской Республики"
BASE14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


def make(registry, kind: str, **options) -> PdfReader:
    out = io.BytesIO()
    pages = build_report(registry, ReportRequest(kind, organisation=ORG, **options), out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == pages
    return reader


def text_of(reader: PdfReader) -> str:
    return "\n".join(page_texts(reader))


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's text, extracted once per reader (pypdf takes its time)."""
    if not hasattr(reader, "texts"):
        reader.texts = [p.extract_text() or "" for p in reader.pages]
    return reader.texts


def assert_well_formed(reader: PdfReader, page_word: str = "Страница", of: str = "из") -> None:
    """Every font embedded (none of the base 14), and "page X of Y" right on every page."""
    total = len(reader.pages)
    for number, (page, text) in enumerate(zip(reader.pages, page_texts(reader)), 1):
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            assert not any(name.startswith(b) for b in BASE14), name
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, name
        assert re.search(rf"{page_word} {number} {of}\s*{total}\b", text), (number, text[-80:])


@pytest.fixture
def protocol_id(demo_registry) -> int:
    return demo_registry.demo.instrument_ids["protocol"]


def test_briefing_on_the_bishkek_talks_reads_back_in_russian(demo_registry):
    reader = make(demo_registry, "briefing", meeting_id=demo_registry.demo.meeting_id)
    text = text_of(reader)
    assert_well_formed(reader)
    for expected in ("Справка по итогам встречи", "Ынтымак Ордо", "ОАО «Кыргыз почтасы»",
                     "Министерство здравоохранения Кыргызской Республики",
                     "в области кардиологии", "от 20 июня 2017 года", ORG,
                     "Ратификация", "просрочено на 184"):
        assert expected in " ".join(text.split()), expected
    meta = reader.metadata
    assert meta.title == "Справка по итогам встречи"
    assert meta.author == ORG
    assert "Переговоры Президента" in meta.subject


@pytest.mark.parametrize("kind, options", [
    ("status", {}), ("status", {"group_by": "counterpart"}),
    ("treaty_base", {"country": "RU"}), ("deadlines", {"days": 3650}),
])
def test_every_report_embeds_its_fonts_and_numbers_its_pages(demo_registry, kind, options):
    reader = make(demo_registry, kind, **options)
    assert_well_formed(reader)
    assert "ОАО «Кыргыз почтасы»" in text_of(reader) or kind == "deadlines"


def test_card_names_the_2017_treaty_the_protocol_amends(demo_registry, protocol_id):
    reader = make(demo_registry, "card", instrument_id=protocol_id)
    text = " ".join(text_of(reader).split())
    assert_well_formed(reader)
    assert "Вносит изменения в" in text
    assert "военно-технического сотрудничества (20.06.2017, рег. № 2017/ДГ-0001)" in text
    assert "Российская Федерация" in text


def test_deadlines_report_lists_the_overdue_procedures(demo_registry):
    text = text_of(make(demo_registry, "deadlines", days=30))
    assert "Просрочено — 4" in text
    assert text.count("25.05.2026") == 4


def test_treaty_base_counts_by_level_and_status(demo_registry):
    text = " ".join(text_of(make(demo_registry, "treaty_base", country="RU")).split())
    assert "Документов с этой страной: 8." in text
    assert "Межгосударственные и межправительственные договоры — 5" in text
    assert "Документы, не имеющие статуса международного договора — 3" in text
    assert "Подписание документов по годам" in text


def test_unknown_records_are_refused(demo_registry):
    for kind, option in (("briefing", {"meeting_id": 999}), ("card", {"instrument_id": 999}),
                         ("treaty_base", {"country": "ZZ"})):
        with pytest.raises(RegistryError):
            make(demo_registry, kind, **option)


def _restrict(registry: Registry, instrument_id: int) -> str:
    draft = registry.instrument(instrument_id).to_draft()
    draft.confidentiality = "restricted"
    registry.save_instrument(draft)
    return draft.registry_number


def test_restricted_records_are_left_out_unless_asked_and_then_marked(demo_registry,
                                                                      protocol_id):
    number = _restrict(demo_registry, protocol_id)
    hidden = make(demo_registry, "status")
    assert number not in text_of(hidden)
    assert "ОГРАНИЧЕННОГО ДОСТУПА" not in text_of(hidden)
    shown = make(demo_registry, "status", include_restricted=True)
    assert number in text_of(shown)
    assert all("ОГРАНИЧЕННОГО ДОСТУПА" in text for text in page_texts(shown))
    briefing = make(demo_registry, "briefing", meeting_id=demo_registry.demo.meeting_id)
    assert "военно-технического" not in text_of(briefing).split("2017 года")[-1]
    with pytest.raises(RegistryError):
        make(demo_registry, "card", instrument_id=protocol_id)
    card = make(demo_registry, "card", instrument_id=protocol_id, include_restricted=True)
    assert all("ОГРАНИЧЕННОГО ДОСТУПА" in text for text in page_texts(card))


def test_kyrgyz_report_uses_kyrgyz_labels_and_letters(demo_registry):
    reader = make(demo_registry, "briefing", meeting_id=demo_registry.demo.meeting_id,
                  lang="ky")
    text = text_of(reader)
    assert_well_formed(reader, "Барак", "/")
    assert "Жолугушуунун жыйынтыктары боюнча маалымкат" in text
    assert "Күчүнө кире элек" in text  # the status, from the vocabulary
    assert "Өкмөттөр аралык" in text  # Ө comes out as text
    assert reader.metadata.title == "Жолугушуунун жыйынтыктары боюнча маалымкат"


def test_english_report(demo_registry):
    reader = make(demo_registry, "status", lang="en", group_by="counterpart")
    text = text_of(reader)
    assert_well_formed(reader, "Page", "of")
    assert "Status of instruments" in text and "Signed, not in force" in text
    assert "Russia" in text  # the counterpart, named in English


def test_cancelling_stops_the_report_and_writes_nothing(demo_registry, tmp_path):
    out = tmp_path / "report.pdf"
    seen = []

    def progress(percent: int) -> bool:
        seen.append(percent)
        return percent < 50

    with pytest.raises(Cancelled):
        build_report(demo_registry, ReportRequest("status"), str(out), progress)
    assert not out.exists()
    assert seen and max(seen) >= 50


def test_progress_reaches_the_end(demo_registry, tmp_path):
    seen = []
    build_report(demo_registry, ReportRequest("treaty_base", country="RU"),
                 str(tmp_path / "r.pdf"), seen.append)
    assert seen[-1] == 100 and seen == sorted(seen)


@pytest.fixture(scope="module")
def big_registry(tmp_path_factory):
    """2,000 instruments with Kazakhstan, each numbered BIG-00000 ... and a long title."""
    registry = Registry.open(tmp_path_factory.mktemp("big") / "big.db", today=lambda: TODAY)
    start = date(2000, 1, 1)
    registry.save_instruments(InstrumentDraft(
        title=f"Соглашение между Кабинетом министров Кыргызской Республики и Правительством "
              f"Республики Казахстан о сотрудничестве в области культуры, искусства и "
              f"санитарно-эпидемиологического благополучия населения № {i}",
        kind="agreement", level="intergovernmental", signed_date=start + timedelta(days=i),
        registry_number=f"BIG-{i:05d}",
        parties=[PartyDraft(name="Кабинет министров Кыргызской Республики", country="KG"),
                 PartyDraft(name="Правительство Республики Казахстан", country="KZ")],
        events=[EventDraft("signed", start + timedelta(days=i))]) for i in range(2000))
    yield registry
    registry.close()


def test_status_report_of_2000_instruments_holds_every_row(big_registry):
    reader = make(big_registry, "status")
    assert len(reader.pages) > 40
    assert_well_formed(reader)
    text = text_of(reader)
    assert set(re.findall(r"BIG-\d{5}", text)) == {f"BIG-{i:05d}" for i in range(2000)}
    # the header row is repeated at the top of every page of the list
    assert all("Рег. №" in text for text in page_texts(reader)[1:])
    assert "Всего документов: 2000." in text


def test_status_report_of_a_filter_names_it(big_registry):
    f = InstrumentFilter(signed_from=date(2000, 1, 1), signed_to=date(2000, 1, 10))
    text = text_of(make(big_registry, "status", filter=f))
    assert "с 01.01.2000 по 10.01.2000" in text
    assert "Документов в отчёте: 10." in text


def test_wrapped_lines_fit_their_width():
    from reports import fonts
    fonts.register()
    text = ("Соглашение о сотрудничестве в области санитарно-эпидемиологического благополучия "
            "населения Оченьдлинноесловобезпробеловкотороененаходитместа")
    lines = wrap_text(text, fonts.REGULAR, 8.5, 90)
    assert len(lines) > 3
    assert all(fonts.width(line, 8.5) <= 90 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert "эпидемиологического" in lines  # broken after the hyphen, not inside the word
