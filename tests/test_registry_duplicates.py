"""Finding what a draft repeats through the registry API, and every import that makes records
leaving out what is already there: the press release after the demo adds nothing and names
each match, the registry's own export and the same list without identifiers add nothing."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date

from cli.app import main
from importers.press_release import apply_import, new_documents
from importers.tables.mapping import load_mapping
from importers.tables.plan import prepare, write
from models.records import InstrumentDraft, PartyDraft
from tests.test_import_table import MAPPINGS
from tests.test_import_text import SAMPLE
from tests.test_import_text_apply import proposal_for

DEMO_KEYS = ["planning", "migration", "krsu", "sanitary", "cardiology", "protocol", "post"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_document_of_the_press_release_names_its_demo_record(demo_registry):
    proposal = proposal_for(demo_registry)
    ids = demo_registry.demo.instrument_ids
    assert [item.duplicate.id for item in proposal.instruments] == [ids[k] for k in DEMO_KEYS]
    assert all(item.duplicate.same_parties and item.draft.signed_date is None
               for item in proposal.instruments)  # found though the text gives no date
    assert proposal.meeting.id == demo_registry.demo.meeting_id
    assert new_documents(proposal) == []
    assert apply_import(demo_registry, proposal, new_documents(proposal)) == []
    assert demo_registry.count_instruments() == 8 and demo_registry.meetings().total == 1


def test_the_meeting_of_the_matched_records_is_reused_when_the_text_names_another_city(
        demo_registry):
    proposal = proposal_for(demo_registry)
    proposal.meeting.id, proposal.meeting.city = None, "Чолпон-Ата"
    from importers.press_release.matching import mark_duplicates

    mark_duplicates(demo_registry, proposal)
    assert proposal.meeting.id == demo_registry.demo.meeting_id


def test_the_same_document_twice_in_one_text_is_imported_once(registry):
    proposal = proposal_for(registry)
    proposal.instruments.append(replace(proposal.instruments[2],
                                        draft=replace(proposal.instruments[2].draft)))
    from importers.press_release.matching import mark_duplicates

    mark_duplicates(registry, proposal)
    last = proposal.instruments[-1].duplicate
    assert last.id is None and last.draft == 2
    ids = apply_import(registry, proposal, new_documents(proposal))
    assert len(ids) == 7


def _editor_draft(registry, **changes) -> InstrumentDraft:
    draft = InstrumentDraft(
        title="Соглашение между Правительством КР и Правительством РФ о сотрудничестве в "
              "области обеспечения санитарно-эпидемиологического благополучия населения",
        kind="agreement", level="intergovernmental", signed_date=date(2025, 11, 26),
        parties=[PartyDraft(name="Кабинет министров КР", country="KG"),
                 PartyDraft(name="Правительство Российской Федерации", country="RU")])
    return replace(draft, **changes)


def test_a_draft_typed_in_the_editor_finds_the_record(demo_registry):
    found = demo_registry.duplicate_of(_editor_draft(demo_registry))
    assert found.id == demo_registry.demo.instrument_ids["sanitary"]
    assert found.registry_number == "2025/СГ-0003" and found.same_kind and found.same_day
    assert demo_registry.duplicate_of(_editor_draft(demo_registry,
                                                    signed_date=date(2025, 11, 25))) is None
    assert demo_registry.duplicate_of(_editor_draft(demo_registry, kind="protocol")) is None
    # The record being edited is no duplicate of itself.
    detail = demo_registry.instrument(found.id)
    assert demo_registry.duplicate_of(detail.to_draft()) is None
    # A record in the trash is not found by its content.
    demo_registry.delete_instrument(found.id)
    assert demo_registry.duplicate_of(_editor_draft(demo_registry)) is None


def test_parties_given_by_id_only_are_read_from_the_organisations(demo_registry):
    row = demo_registry.instrument(demo_registry.demo.instrument_ids["sanitary"]).row
    draft = _editor_draft(demo_registry, parties=[
        PartyDraft(organisation_id=p.organisation_id) for p in row.parties])
    assert demo_registry.duplicate_of(draft).id == row.id


def test_dry_run_json_names_the_duplicate_of_each_draft_and_a_real_import_skips(capsys,
                                                                                 db_location):
    assert run(capsys, "--db", db_location, "demo")[0] == 0
    code, out, err = run(capsys, "--db", db_location, "import-text", str(SAMPLE), "--dry-run",
                         "--format", "json")
    assert code == 0, err
    drafts = json.loads(out)["instruments"]
    assert len(drafts) == 7 and all(isinstance(d["duplicate_of"], int) for d in drafts)
    assert drafts[1]["duplicate"]["registry_number"] == "2025/СГ-0001"
    code, out, err = run(capsys, "--db", db_location, "--lang", "en", "import-text",
                         str(SAMPLE))
    assert code == 0, err
    assert "Already in the registry: 2025/СГ-0001" in out
    assert "0 instrument(s) imported. 7 left out as already in the registry" in out
    code, out, err = run(capsys, "--db", db_location, "import-text", str(SAMPLE),
                         "--allow-duplicates", "--format", "json")
    assert code == 0, err
    assert len(json.loads(out)["imported_ids"]) == 7


def test_own_export_and_the_same_list_without_identifiers_add_nothing(capsys, db_location,
                                                                     tmp_path):
    run(capsys, "--db", db_location, "demo")
    exported = tmp_path / "e.csv"
    assert run(capsys, "--db", db_location, "--lang", "en", "export", "csv", "-o",
               str(exported))[0] == 0
    mapping = str(MAPPINGS / "kelishim-export.json")
    code, out, err = run(capsys, "--db", db_location, "--lang", "en", "import-table",
                         str(exported), "--map", mapping)
    assert code == 0, err
    assert "Imported 0 instrument(s)" in out
    assert "Left out 8 row(s) already in the registry: 2, 3, 4, 5, 6, 7, 8, 9" in out
    assert "row 6, column Title: Already in the registry: 2025/" in err
    rows = list(csv.reader(open(exported, encoding="utf-8-sig"), delimiter=";"))
    for row in rows[1:]:
        for column in ("Registry number", "UUID", "Meeting"):
            row[rows[0].index(column)] = ""
    retyped = tmp_path / "retyped.csv"
    with open(retyped, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    code, out, err = run(capsys, "--db", db_location, "--lang", "en", "import-table",
                         str(retyped), "--map", mapping)
    assert code == 0 and "Imported 0 instrument(s)" in out, err
    code, out, err = run(capsys, "--db", db_location, "--lang", "en", "import-table",
                         str(retyped), "--map", mapping, "--allow-duplicates")
    assert code == 0 and "Imported 8 instrument(s)" in out, err


def test_a_taken_registry_number_on_another_instrument_is_a_problem(demo_registry,
                                                                    tmp_path):
    path = tmp_path / "taken.csv"
    path.write_text("Рег. номер,Наименование,Вид,Уровень,Дата подписания,Стороны\n"
                    "2025/СГ-0001,Соглашение о торговле,Соглашение,Межправительственный,"
                    "01.02.2024,\"Кабинет министров КР [KG]; Правительство РК [KZ]\"\n",
                    encoding="utf-8")
    plan = prepare(demo_registry, path,
                   load_mapping(MAPPINGS.parent / "tests" / "data" / "tables" /
                                "register-basic.json"))
    assert [r.row for r in plan.skipped] == [2] and plan.repeated == []
    assert write(demo_registry, plan, skip_invalid=True) == []
