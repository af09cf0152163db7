"""The reference example: the talks of 26 November 2025 in Bishkek and the seven documents signed
there (../shared/samples/press-release-2025-11-26-bishkek-talks.txt), plus the 2017 treaty that
the protocol amends. Loading is idempotent: records carry fixed UUIDs and are added only once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from .records import EventDraft, InstrumentDraft, MeetingDraft, PartyDraft
from .registry import Registry

_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://kelishim.kg/demo/2025-11-26-bishkek")
SIGNED = date(2025, 11, 26)
SOURCE = "https://24.kg/vlast/352364/"

KG_CABINET = ("Кабинет министров Кыргызской Республики", "KG")
RU_GOVERNMENT = ("Правительство Российской Федерации", "RU")
KG_STATE = ("Кыргызская Республика", "KG")
RU_STATE = ("Российская Федерация", "RU")


def _uuid(name: str) -> str:
    return str(uuid.uuid5(_NS, name))


@dataclass(frozen=True)
class DemoResult:
    meeting_id: int
    added: int  # instruments added by this run (0 on a second run)
    instrument_ids: dict[str, int]  # demo key -> id


MEETING = MeetingDraft(
    uuid=_uuid("meeting"),
    title="Переговоры Президента Кыргызской Республики С. Н. Жапарова и Президента Российской "
          "Федерации В. В. Путина",
    kind="talks", start_date=SIGNED, end_date=SIGNED, city="Бишкек",
    venue="Государственная резиденция «Ынтымак Ордо»", level="head_of_state",
    countries=["KG", "RU"],
    participants="Президент Кыргызской Республики Садыр Жапаров; "
                 "Президент Российской Федерации Владимир Путин",
    notes="По итогам переговоров подписан ряд двусторонних документов. Цель на ближайшие годы — "
          "товарооборот в 5 млрд долларов; Российско-Кыргызский фонд развития инвестировал в "
          "экономику КР свыше 1 млрд долларов.",
    source_url=SOURCE,
)

TREATY_2017 = InstrumentDraft(
    uuid=_uuid("treaty-2017"),
    title="Договор между Кыргызской Республикой и Российской Федерацией о развитии "
          "военно-технического сотрудничества",
    kind="treaty", level="interstate", signed_date=date(2017, 6, 20), signed_place="Москва",
    is_placeholder=True,
    notes="Запись создана по ссылке из протокола 2025 года; сведения о ратификации и "
          "вступлении в силу внесите по данным архива.",
    sectors=["Оборона и военно-техническое сотрудничество"], languages=["ru"],
    parties=[PartyDraft(name=KG_STATE[0], country="KG", organisation_kind="state"),
             PartyDraft(name=RU_STATE[0], country="RU", organisation_kind="state")],
    events=[EventDraft("signed", date(2017, 6, 20))],
)


def _bilateral(key: str, title: str, kind: str, level: str, kg: tuple[str, str],
               ru: tuple[str, str], sector: str, subject: str = "") -> InstrumentDraft:
    return InstrumentDraft(
        uuid=_uuid(key), title=title, kind=kind, level=level, signed_date=SIGNED,
        signed_place="Бишкек", subject=subject, sectors=[sector], languages=["ru"],
        parties=[PartyDraft(name=kg[0], country=kg[1]), PartyDraft(name=ru[0], country=ru[1])],
        events=[EventDraft("signed", SIGNED)],
    )


# In the order of the press release; titles keep its wording, bodies in the nominative.
SIGNED_DOCUMENTS: list[tuple[str, InstrumentDraft]] = [
    ("planning", _bilateral(
        "planning",
        "Меморандум о сотрудничестве между Министерством экономики и коммерции Кыргызской "
        "Республики и Министерством экономического развития Российской Федерации в сфере "
        "стратегического планирования",
        "memorandum_of_cooperation", "interagency",
        ("Министерство экономики и коммерции Кыргызской Республики", "KG"),
        ("Министерство экономического развития Российской Федерации", "RU"),
        "Экономика и стратегическое планирование")),
    ("migration", _bilateral(
        "migration",
        "Соглашение между Кабинетом министров Кыргызской Республики и Правительством Российской "
        "Федерации о правовом статусе представительств компетентных органов по вопросам "
        "внутренних дел и миграции в Кыргызской Республике и Российской Федерации",
        "agreement", "intergovernmental", KG_CABINET, RU_GOVERNMENT,
        "Внутренние дела и миграция")),
    ("krsu", _bilateral(
        "krsu",
        "Соглашение между Кабинетом министров Кыргызской Республики и Правительством Российской "
        "Федерации об условиях строительства в Кыргызской Республике кампуса КРСУ",
        "agreement", "intergovernmental", KG_CABINET, RU_GOVERNMENT, "Образование",
        "Кыргызско-Российский Славянский университет (КРСУ): строительство нового кампуса")),
    ("sanitary", _bilateral(
        "sanitary",
        "Соглашение между Кабинетом министров Кыргызской Республики и Правительством Российской "
        "Федерации о сотрудничестве в области обеспечения санитарно-эпидемиологического "
        "благополучия населения",
        "agreement", "intergovernmental", KG_CABINET, RU_GOVERNMENT, "Здравоохранение")),
    ("cardiology", _bilateral(
        "cardiology",
        "Меморандум о взаимопонимании между Министерством здравоохранения Кыргызской Республики "
        "и Министерством здравоохранения Российской Федерации в области кардиологии",
        "memorandum_of_understanding", "interagency",
        ("Министерство здравоохранения Кыргызской Республики", "KG"),
        ("Министерство здравоохранения Российской Федерации", "RU"), "Здравоохранение")),
    ("protocol", _bilateral(
        "protocol",
        "Протокол о внесении изменений в Договор между Кыргызской Республикой и Российской "
        "Федерацией о развитии военно-технического сотрудничества от 20 июня 2017 года",
        "protocol", "interstate", KG_STATE, RU_STATE,
        "Оборона и военно-техническое сотрудничество")),
    ("post", _bilateral(
        "post",
        "Соглашение о намерениях между ОАО «Кыргыз почтасы» и АО «Почта России»",
        "agreement_of_intent", "other", ("ОАО «Кыргыз почтасы»", "KG"),
        ("АО «Почта России»", "RU"), "Почтовая связь")),
]


def load_demo(registry: Registry) -> DemoResult:
    """Add the Bishkek talks, their seven documents and the 2017 treaty; skip what is there."""
    meeting_id = registry.find_meeting(MEETING.uuid) or registry.save_meeting(MEETING)
    added = 0
    ids: dict[str, int] = {}
    treaty_id = registry.find_instrument(TREATY_2017.uuid)
    if treaty_id is None:
        treaty_id = registry.save_instrument(TREATY_2017)
        added += 1
    ids["treaty-2017"] = treaty_id
    for key, draft in SIGNED_DOCUMENTS:
        existing = registry.find_instrument(draft.uuid)
        if existing is None:
            draft = replace(draft, meeting_id=meeting_id)
            existing = registry.save_instrument(draft)
            added += 1
            if key == "protocol":
                registry.add_relation(existing, treaty_id, "amends", SIGNED)
        ids[key] = existing
    return DemoResult(meeting_id, added, ids)
