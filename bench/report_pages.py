"""The first page (or more) of every report, in each language, as PNG images for review:

    python -m bench.report_pages --out /tmp/pages [--lang ru ky en] [--pages 2]

Builds every report on the Bishkek example plus the records that real registers hold and that
once stopped or misprinted reports (`add_real_records`): a 3,000-character title, an 80-party
convention, dates known only by their month or year, a term nobody entered, an instrument with
several foreign countries, a treaty ratified by law with its publication and UN registration
and a protocol amending it, per-party ratifications and reservations, follow-up instructions
of the example meeting. Renders the pages with QtPdf (no other tool needed) and prints the
paths. `python -m bench.screenshots` renders the first pages too, beside the screens.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LONG_TITLE = ("Конвенция о сотрудничестве в области " +
              "охраны трансграничных водотоков и международных озёр, " * 60)[:3000]
DPI = 60


def add_real_records(registry, follow_ups: bool = True) -> dict[str, int]:
    """Add the records that stress the reports; returns their ids by name."""
    from models.records import EventDraft, InstrumentDraft, PartyDraft

    kg = PartyDraft(name="Кабинет министров Кыргызской Республики", country="KG")
    kz = PartyDraft(name="Правительство Республики Казахстан", country="KZ")
    codes = [c.code for c in registry.countries() if c.code != registry.home_country][:79]
    drafts = {
        "long": InstrumentDraft(
            title=LONG_TITLE, kind="convention", level="interstate", multilateral=True,
            signed_date=date(1992, 3, 17), registry_number="1992/КН-0001",
            depositary="Генеральный секретарь Организации Объединённых Наций",
            parties=[kg] + [PartyDraft(name=f"Государство {c}", country=c) for c in codes]),
        "year": InstrumentDraft(
            title="Соглашение о воздушном сообщении, известное только по году",
            kind="agreement", level="intergovernmental", signed_date=date(1991, 1, 1),
            signed_date_precision="year", parties=[kg, kz]),
        "month": InstrumentDraft(
            title="Меморандум о сотрудничестве в области метрологии",
            kind="memorandum_of_cooperation", level="interagency",
            signed_date=date(2019, 3, 1), signed_date_precision="month", duration_years=10,
            parties=[kg, PartyDraft(name="Министерство торговли и интеграции Республики "
                                         "Казахстан", country="KZ")]),
        "expired": InstrumentDraft(
            title="Соглашение о сотрудничестве в области таможенного дела", kind="agreement",
            level="intergovernmental", signed_date=date(2001, 5, 4), parties=[kg, kz],
            events=[EventDraft("signed", date(2001, 5, 4)),
                    EventDraft("entered_into_force", date(2002, 1, 10)),
                    EventDraft("expired", date(2012, 1, 10))]),
        "trilateral": InstrumentDraft(
            title="Соглашение о водопользовании в бассейне реки Сырдарья", kind="agreement",
            level="intergovernmental", multilateral=True, signed_date=date(1998, 3, 17),
            parties=[kg, kz, PartyDraft(name="Правительство Республики Узбекистан",
                                        country="UZ")]),
        "ratified": InstrumentDraft(
            title="Соглашение между Кабинетом министров Кыргызской Республики и Правительством "
                  "Республики Казахстан о транзите электроэнергии", kind="agreement",
            level="intergovernmental", internal_act="law", signed_date=date(2024, 1, 23),
            signed_place="Астана", parties=[kg, kz],
            events=[EventDraft("signed", date(2024, 1, 23)),
                    EventDraft("ratified", date(2024, 11, 21), reference="Закон КР № 184"),
                    EventDraft("published", date(2024, 11, 26), reference="«Эркин Тоо» № 98"),
                    EventDraft("notification_sent", date(2024, 12, 2),
                               reference="нота № 12/3456"),
                    EventDraft("notification_received", date(2024, 12, 16),
                               reference="нота № 21-8/1190"),
                    EventDraft("entered_into_force", date(2025, 1, 15)),
                    EventDraft("registered_un", date(2025, 6, 3),
                               reference="UNTS № 58231")]),
        "amending": InstrumentDraft(
            title="Протокол о внесении изменений в Соглашение о транзите электроэнергии",
            kind="protocol", level="intergovernmental", signed_date=date(2025, 9, 4),
            parties=[kg, kz]),
    }
    ids = {name: registry.save_instrument(d) for name, d in drafts.items()}
    registry.add_relation(ids["amending"], ids["ratified"], "amends")
    _party_events(registry, ids["long"])
    if follow_ups:
        _follow_ups(registry)
    return ids


def _party_events(registry, instrument_id: int) -> None:
    """Ratifications, an accession, entries into force and a reservation of some parties of
    the multilateral convention (per-party events)."""
    from models.records import EventDraft

    draft = registry.instrument(instrument_id).to_draft()
    parties = [p for p in draft.parties if p.organisation_id]
    events = [EventDraft("ratified", date(1993, 6, 1), party_organisation_id=parties[0]
                         .organisation_id, reference="Постановление ЖК № 1254-XII"),
              EventDraft("entered_into_force", date(1996, 10, 6),
                         party_organisation_id=parties[0].organisation_id),
              EventDraft("accession", date(1995, 2, 10), party_organisation_id=parties[1]
                         .organisation_id,
                         text="Оговорка к статье 22: спор передаётся в суд с согласия "
                              "всех сторон спора."),
              EventDraft("ratified", date(1994, 4, 12), party_organisation_id=parties[2]
                         .organisation_id)]
    draft.events = events
    registry.save_instrument(draft)


def _follow_ups(registry) -> None:
    """Two instructions of the example meeting, one on its protocol."""
    from models.records import FollowUpDraft, InstrumentFilter, MeetingDraft

    meeting = next(m for m in registry.meetings().rows if m.instrument_count)
    detail = registry.meeting(meeting.id)
    protocol = next((r.id for r in registry.list_instruments(
        InstrumentFilter(meeting_id=meeting.id)).rows if r.kind == "protocol"), None)
    registry.save_meeting(MeetingDraft(
        id=meeting.id, uuid=meeting.uuid, title=meeting.title, kind=meeting.kind,
        start_date=meeting.start_date, end_date=meeting.end_date, city=meeting.city,
        venue=meeting.venue, level=meeting.level, countries=list(meeting.countries),
        participants=detail.participants, notes=detail.notes, source_url=detail.source_url,
        follow_ups=[
            FollowUpDraft("Внести в Жогорку Кенеш проект закона о ратификации Протокола",
                          "Министерство иностранных дел", date(2026, 1, 26),
                          instrument_id=protocol),
            FollowUpDraft("Подготовить план мероприятий по реализации договорённостей",
                          "Министерство экономики и коммерции", date(2026, 2, 15))]))


def requests(meeting_id: int, instrument_id: int, lang: str, organisation: str) -> dict:
    """One request of every report (the status report in both groupings), by file name."""
    from reports.request import ReportRequest

    def req(kind: str, **options) -> ReportRequest:
        return ReportRequest(kind, lang=lang, organisation=organisation, **options)

    return {"status": req("status"), "status-by-counterpart": req("status", group_by="counterpart"),
            "treaty-base": req("treaty_base", country="KZ"), "deadlines": req("deadlines",
                                                                            days=3650),
            "card": req("card", instrument_id=instrument_id),
            "briefing": req("briefing", meeting_id=meeting_id)}


def render(pdf: Path, out: Path, pages: int = 1) -> list[Path]:
    """The first `pages` pages of `pdf` as PNG files named after it (needs a Qt application)."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument(None)
    doc.load(str(pdf))
    written = []
    for index in range(min(pages, doc.pageCount())):
        size = doc.pagePointSize(index)
        pixels = QSize(round(size.width() * DPI / 72), round(size.height() * DPI / 72))
        image = QImage(pixels, QImage.Format_RGB32)
        image.fill(Qt.white)  # the page itself is transparent
        painter = QPainter(image)
        painter.drawImage(0, 0, doc.render(index, pixels))
        painter.end()
        path = out / (f"{pdf.stem}.png" if pages == 1 else f"{pdf.stem}-{index + 1}.png")
        image.save(str(path))
        written.append(path)
    doc.close()
    return written


def report_pages(registry, meeting_id: int, instrument_id: int, lang: str, out: Path,
                 organisation: str = "", pages: int = 1) -> list[Path]:
    """Build every report in `lang` into `out` and render its first pages as PNG."""
    from reports.build import build_report

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, request in requests(meeting_id, instrument_id, lang, organisation).items():
        pdf = out / f"report-{name}.pdf"
        build_report(registry, request, str(pdf))
        written += render(pdf, out, pages)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/report-pages"))
    parser.add_argument("--lang", nargs="+", default=["ru", "ky", "en"])
    parser.add_argument("--pages", type=int, default=1)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtGui import QGuiApplication

    from bench.screenshots import ORGANISATION
    from models.demo import load_demo
    from models.registry import Registry

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kelishim-pages-") as work:
        registry = Registry.open(Path(work) / "registry.db")
        demo = load_demo(registry)
        ids = add_real_records(registry)
        for lang in args.lang:
            for path in report_pages(registry, demo.meeting_id, ids["long"], lang,
                                     args.out / lang, ORGANISATION[lang], args.pages):
                print(path)
        registry.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
