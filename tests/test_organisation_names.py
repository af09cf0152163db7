"""Bodies keep their other names: the known renamings of Kyrgyz bodies are recorded, a former
name finds the body (typed, imported, searched), and the suggestions a clerk gets while typing
put the body that bears a former name now first."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from models.errors import ValidationError
from models.parties import known_former_names, suggest_organisations
from models.records import InstrumentDraft, InstrumentFilter, PartyDraft

CABINET = "Кабинет министров Кыргызской Республики"
GOVERNMENT = "Правительство Кыргызской Республики"


def body(name, *others):
    return SimpleNamespace(name=name, other_names=tuple(others))


def test_the_cabinet_of_ministers_was_the_government_until_2021():
    assert known_former_names("Кабинет Министров  Кыргызской республики", "KG") == [
        (GOVERNMENT, date(2021, 5, 5))]
    assert known_former_names(CABINET, "KZ") == []


def test_suggestions_put_the_body_found_by_a_former_name_first():
    cabinet = body(CABINET, (GOVERNMENT, date(2021, 5, 5)))
    kazakh = body("Правительство Республики Казахстан")
    thai = body("Правительство Королевства Таиланд")
    found = suggest_organisations("правительство к", [kazakh, thai, cabinet])
    assert [s.organisation for s in found] == [cabinet, thai]
    assert found[0].via == GOVERNMENT and found[0].until == date(2021, 5, 5)
    assert [s.organisation for s in suggest_organisations("Правительство", [
        kazakh, cabinet])] == [cabinet, kazakh]
    assert suggest_organisations(" ", [cabinet]) == []


def test_the_demo_cabinet_has_its_former_name_and_it_finds_the_cabinet(demo_registry):
    cabinet, = demo_registry.organisations(text="кабинет")
    assert cabinet.other_names == ((GOVERNMENT, date(2021, 5, 5)),)
    assert [o.name for o in demo_registry.organisations(text="правительство кыргызской")] == [
        CABINET]
    # An instrument of 2015 naming the government is the cabinet's.
    new_id = demo_registry.save_instrument(InstrumentDraft(
        title="Соглашение о сотрудничестве в области туризма", kind="agreement",
        level="intergovernmental", signed_date=date(2015, 3, 3),
        parties=[PartyDraft(name=GOVERNMENT, country="KG"),
                 PartyDraft(name="Правительство Российской Федерации", country="RU")]))
    assert demo_registry.instrument(new_id).row.parties[0].organisation_id == cabinet.id
    assert demo_registry.count_instruments(InstrumentFilter(text="правительство кыргызской "
                                                                 "туризма")) == 1


def test_a_registry_made_before_gets_the_former_name_when_opened(db_path):
    from sqlalchemy import delete

    from models.registry import Registry
    from models.tables import OrganisationFormerName

    with Registry.open(db_path) as registry:
        registry.save_instrument(InstrumentDraft(
            title="Соглашение", kind="agreement", level="intergovernmental",
            signed_date=date(2024, 1, 1),
            parties=[PartyDraft(name=CABINET, country="KG"),
                     PartyDraft(name="Правительство Республики Казахстан", country="KZ")]))
        with registry._write() as s:
            s.exec(delete(OrganisationFormerName))
        assert registry.organisations(text="правительство кыргызской") == []
    with Registry.open(db_path) as registry:
        found, = registry.organisations(text="правительство кыргызской")
        assert found.name == CABINET
        log = len(registry.audit_log(1000))
    with Registry.open(db_path) as registry:  # once only
        assert len(registry.audit_log(1000)) == log


def test_an_import_in_bulk_records_the_former_name_too(registry):
    registry.save_instruments([InstrumentDraft(
        title="Соглашение о туризме", kind="agreement", level="intergovernmental",
        signed_date=date(2024, 1, 1),
        parties=[PartyDraft(name=CABINET, country="KG"),
                 PartyDraft(name="Правительство Республики Казахстан", country="KZ")])])
    found, = registry.organisations(text="правительство кыргызской")
    assert found.name == CABINET and found.other_names[0][0] == GOVERNMENT


def test_other_names_are_added_checked_audited_and_removed(demo_registry):
    cabinet, = demo_registry.organisations(text="кабинет")
    demo_registry.add_organisation_name(cabinet.id, "  Кабмин   КР ")
    assert demo_registry.organisation(cabinet.id).other_names[-1] == ("Кабмин КР", None)
    for taken in ("кабмин кр", CABINET, GOVERNMENT.upper()):
        with pytest.raises(ValidationError):
            demo_registry.add_organisation_name(cabinet.id, taken)
    demo_registry.remove_organisation_name(cabinet.id, "Кабмин КР")
    changes = [e.changes for e in demo_registry.audit_log(5) if e.table == "organisation"]
    assert changes[:2] == [{"other_names": ["Кабмин КР", None]},
                           {"other_names": [None, "Кабмин КР"]}]


def test_a_body_on_file_without_a_country_gets_the_one_chosen(demo_registry):
    org_id = demo_registry.save_instrument(InstrumentDraft(
        title="Меморандум", kind="memorandum_of_understanding", level="other",
        signed_date=date(2024, 1, 1), is_placeholder=True,
        parties=[PartyDraft(name="ЗАО «Кумтор Голд Компани»", organisation_kind="company")]))
    body_id = demo_registry.instrument(org_id).row.parties[0].organisation_id
    cabinet, = demo_registry.organisations(text="кабинет")
    draft = InstrumentDraft(title="Соглашение о недропользовании", kind="agreement",
                            level="other", signed_date=date(2024, 2, 2),
                            parties=[PartyDraft(organisation_id=cabinet.id),
                                     PartyDraft(organisation_id=body_id)])
    with pytest.raises(ValidationError) as refused:
        demo_registry.save_instrument(draft)
    assert refused.value.problems[0].message("en") == (
        "Choose the country of party 2, or the kind “International organisation”.")
    draft.parties[1].country = "CA"
    demo_registry.save_instrument(draft)
    assert demo_registry.organisation(body_id).country == "CA"


def test_a_body_needs_a_country_unless_it_is_an_international_organisation(registry):
    from models.records import OrganisationDraft

    with pytest.raises(ValidationError) as refused:
        registry.save_organisation(OrganisationDraft(name="ЗАО «Кумтор»", kind="company"))
    assert refused.value.problems[0].field == "country"
    registry.save_organisation(OrganisationDraft(name="Всемирный банк",
                                                 kind="international_organisation"))
