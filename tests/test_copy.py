"""`copy`: a registry moved from a SQLite file to a PostgreSQL database and back, whole
(every table, the audit log, the attachments' bytes), checked, and never into a registry that
already holds records."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from models.copying import CopyRefused, copy_registry
from models.records import InstrumentFilter
from models.registry import Registry

from conftest import TODAY

SCAN = b"%PDF-1.4\n" + bytes(range(256)) * 40


def counts(location) -> dict[str, int]:
    with Registry.open(location, create=False, today=lambda: TODAY) as registry:
        with registry.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in SQLModel.metadata.sorted_tables
                    if t.name not in ("alembic_version", "changecounter", "storedfile")}


@pytest.fixture
def filled(demo_registry, tmp_path):
    """The demo with a scanned original attached, a link and a change in the audit log."""
    registry = demo_registry
    iid = registry.list_instruments(sort="registry_number", descending=False).rows[0].id
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(SCAN)
    registry.add_attachment(scan, instrument_id=iid, kind="signed_scan")
    registry.save_instrument(replace(registry.instrument(iid).to_draft(), notes="Проверено"))
    return registry, iid


def test_a_registry_goes_to_a_server_and_back_whole(filled, db_location, new_pg_database,
                                                    tmp_path):
    registry, iid = filled
    before = counts(db_location)
    server = new_pg_database()
    report = copy_registry(db_location, server)
    assert report.files == 1 and report.counts["instrument"] == 8
    back = tmp_path / "back.db"
    copy_registry(server, str(back))
    assert counts(server) == before == counts(back)
    for location in (server, str(back)):
        with Registry.open(location, create=False, today=lambda: TODAY) as copy:
            detail = copy.instrument(iid)
            assert detail.notes == "Проверено"
            assert detail.row.registry_number == registry.instrument(iid).row.registry_number
            path = copy.attachment_path(detail.attachments[0].id)
            assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(SCAN).digest()
            assert copy.history(iid)[0].changes["notes"][1] == "Проверено"
            assert copy.count_instruments(InstrumentFilter(text="здравоохранения")) >= 1
            assert copy.check_integrity() == []
            # new records continue the ids and numbers of the copy
            new = copy.save_instrument(replace(copy.instrument(iid).to_draft(), id=None,
                                               uuid=None, registry_number="", row_version=None,
                                               title="Соглашение о сотрудничестве в области "
                                                     "архивного дела"))
            assert new == max(r.id for r in copy.list_instruments(limit=None).rows) == 9


def test_the_target_must_be_empty(filled, db_location, tmp_path):
    other = tmp_path / "other.db"
    with Registry.open(other, today=lambda: TODAY) as registry:
        from models.demo import load_demo
        load_demo(registry)
    before = counts(other)
    with pytest.raises(CopyRefused) as refused:
        copy_registry(db_location, str(other))
    assert "уже есть реестр" in refused.value.message()
    assert counts(other) == before
    with pytest.raises(CopyRefused):
        copy_registry(db_location, db_location)


def test_a_missing_attachment_stops_the_copy_before_anything_is_made(filled, db_location,
                                                                     tmp_path):
    registry, iid = filled
    registry.files.path(registry.instrument(iid).attachments[0].sha256).unlink(
        missing_ok=True) if registry.path else pytest.skip("the database keeps its files")
    target = tmp_path / "copy.db"
    with pytest.raises(CopyRefused) as refused:
        copy_registry(db_location, str(target))
    assert "отсутствуют" in refused.value.message()
    assert not target.exists()


def test_the_copy_command(filled, db_location, tmp_path, capsys):
    from cli.app import main

    target = tmp_path / "copy.db"
    assert main(["--lang", "en", "copy", "--from", db_location, "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "8 instrument(s), 1 meeting(s)" in out and "1 attached file(s)" in out
    assert main(["--lang", "en", "copy", "--from", db_location, "--to", str(target)]) == 1
    assert "already holds a registry" in capsys.readouterr().err
