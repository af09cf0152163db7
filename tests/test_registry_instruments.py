"""The registry API for instruments: create, update, delete, restore, list, audit."""

from __future__ import annotations

from datetime import date

import pytest

from models.errors import NotFound, ValidationError
from models.records import EventDraft, InstrumentDraft, InstrumentFilter, PartyDraft


def agreement(title="Соглашение о сотрудничестве в области культуры", signed=date(2024, 3, 1),
              counterpart=("Правительство Республики Казахстан", "KZ"), **kw) -> InstrumentDraft:
    return InstrumentDraft(
        title=title, kind="agreement", level="intergovernmental", signed_date=signed,
        parties=[PartyDraft(name="Кабинет министров Кыргызской Республики", country="KG"),
                 PartyDraft(name=counterpart[0], country=counterpart[1])],
        events=[EventDraft("signed", signed)], **kw)


def test_create_and_get_round_trip(registry):
    iid = registry.save_instrument(agreement(sectors=["Культура"], languages=["ru", "kk"],
                                             duration_years=5, notes="Оригинал в архиве"))
    d = registry.instrument(iid)
    assert d.row.title == "Соглашение о сотрудничестве в области культуры"
    assert d.row.registry_number == "2024/СГ-0001"
    assert [p.name for p in d.row.parties] == ["Кабинет министров Кыргызской Республики",
                                               "Правительство Республики Казахстан"]
    assert [p.country for p in d.row.parties] == ["KG", "KZ"]
    assert d.row.counterpart == "Казахстан"
    assert d.sectors == ("Культура",)
    assert d.languages == ("ru", "kk")
    assert d.row.status == "signed"
    assert d.notes == "Оригинал в архиве"
    assert d.row.uuid and len(d.row.uuid) == 36


def test_numbers_run_on_per_year_and_kind(registry):
    first = registry.save_instrument(agreement())
    second = registry.save_instrument(agreement(title="Второе соглашение"))
    other_year = registry.save_instrument(agreement(title="Третье", signed=date(2023, 1, 5)))
    numbers = [registry.instrument(i).row.registry_number for i in (first, second, other_year)]
    assert numbers == ["2024/СГ-0001", "2024/СГ-0002", "2023/СГ-0001"]


def test_custom_number_pattern_and_bad_pattern(registry):
    registry.set_number_pattern("{level}-{seq:03d}/{year}")
    iid = registry.save_instrument(agreement())
    assert registry.instrument(iid).row.registry_number == "МПР-001/2024"
    with pytest.raises(ValidationError) as err:
        registry.set_number_pattern("{year}/{kind}")
    assert err.value.problems[0].field == "number_pattern"


def test_invalid_input_lists_every_problem_and_writes_nothing(registry):
    bad = InstrumentDraft(title=" ", kind="", level="galactic", signed_date=None,
                          parties=[PartyDraft(name="Кабинет министров КР", country="KG")])
    with pytest.raises(ValidationError) as err:
        registry.save_instrument(bad)
    fields = {p.field for p in err.value.problems}
    assert {"title", "kind", "level", "signed_date", "parties"} <= fields
    assert "Название" in err.value.message() or "название" in err.value.message()
    assert registry.count_instruments() == 0
    assert registry.organisations() == []  # not even the party was created


def test_taken_registry_number_is_a_field_problem(registry):
    registry.save_instrument(agreement(registry_number="X-1"))
    with pytest.raises(ValidationError) as err:
        registry.save_instrument(agreement(title="Другое", registry_number="X-1"))
    assert [p.field for p in err.value.problems] == ["registry_number"]


def test_unknown_country_code_is_reported(registry):
    draft = agreement(counterpart=("Правительство Атлантиды", "QQ"))
    with pytest.raises(ValidationError) as err:
        registry.save_instrument(draft)
    assert any("QQ" in p.message() for p in err.value.problems)


def test_update_keeps_identity_and_audits_old_and_new(registry):
    iid = registry.save_instrument(agreement())
    draft = registry.instrument(iid).to_draft()
    uuid = draft.uuid
    draft.title = "Соглашение о сотрудничестве в области культуры и искусства"
    draft.events.append(EventDraft("entered_into_force", date(2024, 6, 1)))
    registry.save_instrument(draft)
    d = registry.instrument(iid)
    assert d.row.uuid == uuid
    assert d.row.status == "in_force"
    history = registry.history(iid)
    assert [h.action for h in history] == ["update", "create"]
    change = history[0].changes
    assert change["title"] == ["Соглашение о сотрудничестве в области культуры",
                               "Соглашение о сотрудничестве в области культуры и искусства"]
    assert change["events"][1] == ["2024-03-01 signed", "2024-06-01 entered_into_force"]
    assert history[0].user


def test_events_can_be_added_edited_and_removed(registry):
    iid = registry.save_instrument(agreement(duration_years=5))
    eid = registry.add_event(iid, EventDraft("entered_into_force", date(2024, 7, 1)))
    d = registry.instrument(iid)
    assert d.row.status == "in_force" and d.expiry_date == date(2029, 7, 1)
    registry.update_event(iid, EventDraft("entered_into_force", date(2024, 8, 1), id=eid))
    assert registry.instrument(iid).expiry_date == date(2029, 8, 1)
    registry.remove_event(iid, eid)
    assert registry.instrument(iid).row.status == "signed"
    with pytest.raises(NotFound):
        registry.remove_event(iid, eid)


def test_event_before_signature_is_refused(registry):
    iid = registry.save_instrument(agreement())
    with pytest.raises(ValidationError) as err:
        registry.add_event(iid, EventDraft("entered_into_force", date(2020, 1, 1)))
    assert err.value.problems[0].field == "events"
    assert [e.kind for e in registry.instrument(iid).events] == ["signed"]


def test_soft_delete_and_restore(registry):
    iid = registry.save_instrument(agreement())
    registry.delete_instrument(iid)
    assert registry.count_instruments() == 0
    trash = registry.list_instruments(InstrumentFilter(deleted=True)).rows
    assert [r.id for r in trash] == [iid] and trash[0].deleted_at is not None
    registry.restore_instrument(iid)
    assert registry.count_instruments() == 1
    assert [h.action for h in registry.history(iid)][:2] == ["restore", "delete"]


def test_missing_instrument(registry):
    with pytest.raises(NotFound):
        registry.instrument(999)
    with pytest.raises(NotFound):
        registry.delete_instrument(999)


@pytest.mark.parametrize("flt, expected", [
    (InstrumentFilter(country="KZ"), {"Культура", "Меморандум"}),
    (InstrumentFilter(country="UZ"), {"Вода"}),
    (InstrumentFilter(kind="memorandum_of_understanding"), {"Меморандум"}),
    (InstrumentFilter(level="interagency"), {"Меморандум"}),
    (InstrumentFilter(status="in_force"), {"Меморандум"}),
    (InstrumentFilter(sector="Водные ресурсы"), {"Вода"}),
    (InstrumentFilter(signed_from=date(2024, 1, 1), signed_to=date(2024, 12, 31)),
     {"Культура"}),
    (InstrumentFilter(text="водных"), {"Вода"}),
    (InstrumentFilter(text="узбекистан"), {"Вода"}),
    (InstrumentFilter(include_restricted=False), {"Культура", "Меморандум"}),
], ids=["country-kz", "country-uz", "kind", "level", "status", "sector", "period", "text",
        "text-country", "restricted-left-out"])
def test_list_filters(registry, flt, expected):
    registry.save_instrument(agreement(title="Культура"))
    registry.save_instrument(agreement(
        title="Вода", signed=date(2022, 5, 5), sectors=["Водные ресурсы"],
        subject="Совместное использование водных ресурсов", confidentiality="restricted",
        counterpart=("Правительство Республики Узбекистан", "UZ")))
    registry.save_instrument(InstrumentDraft(
        title="Меморандум", kind="memorandum_of_understanding", level="interagency",
        signed_date=date(2023, 2, 2),
        parties=[PartyDraft(name="Министерство здравоохранения КР", country="KG"),
                 PartyDraft(name="Министерство здравоохранения РК", country="KZ")]))
    assert {r.title for r in registry.list_instruments(flt).rows} == expected
    assert registry.count_instruments(flt) == len(expected)


def test_sorting_and_paging(registry):
    titles = ["Б", "А", "Г", "В", "Д"]
    for i, t in enumerate(titles):
        registry.save_instrument(agreement(title=t, signed=date(2020 + i, 1, 1)))
    page = registry.list_instruments(sort="title", descending=False, offset=1, limit=2)
    assert [r.title for r in page.rows] == ["Б", "В"] and page.total == 5
    newest = registry.list_instruments(sort="signed_date", descending=True, limit=1)
    assert newest.rows[0].title == "Д"
    with pytest.raises(Exception):
        registry.list_instruments(sort="password")


def test_deadline_dashboard(registry):
    # in force since 01.12.2021 for 5 years: expires 01.12.2026, six days after "today"
    expiring = agreement(title="Истекает", signed=date(2021, 11, 1), duration_years=5)
    expiring.events.append(EventDraft("entered_into_force", date(2021, 12, 1)))
    registry.save_instrument(expiring)
    registry.save_instrument(agreement(title="Не ратифицировано", signed=date(2025, 1, 10)))
    registry.save_instrument(agreement(title="Бессрочное", signed=date(2025, 10, 1),
                                       effective_on_signature=True))
    items = registry.deadlines(90)
    assert [(i.title, i.kind) for i in items] == [
        ("Не ратифицировано", "internal_procedures"), ("Истекает", "expiry")]
    assert items[0].overdue and items[1].days_left == 6
    assert [i.title for i in registry.deadlines(3)] == ["Не ратифицировано"]


def test_derived_status_follows_the_calendar(db_location):
    """Reopened a day after expiry, the stored status and list filters move on by themselves."""
    from models.registry import Registry

    with Registry.open(db_location, today=lambda: date(2026, 11, 30)) as reg:
        draft = agreement(signed=date(2021, 11, 1), duration_years=5)
        draft.events.append(EventDraft("entered_into_force", date(2021, 12, 1)))
        iid = reg.save_instrument(draft)
        assert reg.instrument(iid).row.status == "in_force"
    with Registry.open(db_location, today=lambda: date(2026, 12, 2)) as reg:
        assert reg.list_instruments(InstrumentFilter(status="expired")).rows[0].id == iid


def test_batch_save_is_all_or_nothing(registry):
    good = agreement(title="Хорошее")
    bad = agreement(title="")
    with pytest.raises(ValidationError) as err:
        registry.save_instruments([good, bad, good])
    assert [p.record for p in err.value.problems] == [2]
    assert err.value.problems[0].message("ru").startswith("Запись 2")
    assert registry.count_instruments() == 0
    ids = registry.save_instruments([good, agreement(title="Второе")])
    assert len(ids) == 2 and registry.count_instruments() == 2
