"""A department on one PostgreSQL server: IT's login owns the registry, each clerk logs in with
a login of their own (a member of one group role), the audit log names that login, clerks can
change records but not tables, and a file one clerk attaches opens on another's machine."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from cli.app import main
from models.demo import load_demo
from models.registry import Registry

from conftest import TODAY


@pytest.fixture
def department(new_pg_database, pg_server):
    """A registry on the server, owned by IT's login, and two clerks' logins in the group."""
    admin, _url = pg_server
    url = new_pg_database()
    with Registry.open(url, today=lambda: TODAY) as registry:
        load_demo(registry)
    suffix = uuid.uuid4().hex[:6]
    group, clerks = f"clerks_{suffix}", [f"aigul_{suffix}", f"bakyt_{suffix}"]
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {group} NOLOGIN"))
        for login in clerks:
            conn.execute(text(f"CREATE ROLE {login} LOGIN IN ROLE {group}"))
    yield url, group, clerks
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)"))
        for role in (*clerks, group):
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


def test_each_clerk_works_under_a_login_of_their_own(department, capsys, tmp_path,
                                                      monkeypatch):
    url, group, (aigul, bakyt) = department
    assert main(["--db", url, "--lang", "en", "grant", group]) == 0
    assert f"{group} may now read and change the records" in capsys.readouterr().out

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "aigul-pc"))
    with Registry.open(as_login(url, aigul), today=lambda: TODAY) as registry:
        assert registry.user == aigul
        iid = registry.list_instruments(sort="registry_number", descending=False).rows[0].id
        registry.save_instrument(replace(registry.instrument(iid).to_draft(),
                                         notes="Проверено"))
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 signed original")
        registry.add_attachment(scan, instrument_id=iid, kind="signed_scan")
        with pytest.raises(ProgrammingError), registry.engine.begin() as conn:
            conn.execute(text("DROP TABLE auditentry"))  # records yes, tables no

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "bakyt-pc"))  # another machine
    with Registry.open(as_login(url, bakyt), today=lambda: TODAY) as registry:
        assert registry.user == bakyt
        detail = registry.instrument(iid)
        opened = registry.attachment_path(detail.attachments[0].id)
        assert str(opened).startswith(str(tmp_path / "bakyt-pc"))
        assert opened.read_bytes() == b"%PDF-1.4 signed original"
        registry.save_instrument(replace(detail.to_draft(), responsible_clerk="Бакыт"))
        history = registry.history(iid)
        assert [h.user for h in history[:3]] == [bakyt, aigul, aigul]
        assert registry.check_integrity() == []


def test_grant_refuses_what_it_cannot_do(department, capsys, db_path):
    url, _group, _clerks = department
    assert main(["--db", url, "--lang", "en", "grant", "nobody_here"]) == 1
    assert "has no login or role “nobody_here”" in capsys.readouterr().err
    assert main(["--db", url, "--lang", "en", "grant", "Robert'); DROP"]) in (1, 2)
    Registry.open(db_path).close()
    assert main(["--db", str(db_path), "--lang", "en", "grant", "clerks"]) == 1
    assert "PostgreSQL server" in capsys.readouterr().err


def test_a_clerks_login_cannot_upgrade_the_tables_and_says_who_can(department, capsys):
    from alembic import command

    from models.database import _alembic_config, make_engine
    from models.errors import DatabaseError

    url, group, (aigul, _bakyt) = department
    assert main(["--db", url, "grant", group]) == 0
    engine = make_engine(url)
    command.downgrade(_alembic_config(engine), "-1")  # as if a newer program had come
    engine.dispose()
    with pytest.raises(DatabaseError) as refused:
        Registry.open(as_login(url, aigul), today=lambda: TODAY)
    assert "grant" in refused.value.message() and "не таблицы" in refused.value.message()
    with Registry.open(url, today=lambda: TODAY):  # the owner brings it up to date
        pass
    Registry.open(as_login(url, aigul), today=lambda: TODAY).close()


def test_a_server_registry_backed_up_and_restored_onto_a_new_database(department, tmp_path,
                                                                      capsys, new_pg_database):
    from models.backup.restore import check_backup

    url, _group, _clerks = department
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed original")
    with Registry.open(url, today=lambda: TODAY) as registry:
        registry.add_attachment(scan, instrument_id=1, kind="signed_scan")
        audit = len(registry.audit_log(10_000))
    backup = tmp_path / "server.kelishim-backup"
    assert main(["--db", url, "--lang", "en", "backup", "-o", str(backup)]) == 0
    assert "Backup written" in capsys.readouterr().out
    manifest, problems = check_backup(backup)
    assert problems == [] and manifest.engine == "postgresql"
    assert manifest.counts["instrument"] == 8 and manifest.counts["auditentry"] == audit
    assert "@" not in manifest.source or "***" in manifest.source or ":" not in \
        manifest.source.split("@")[0].split("//")[-1]  # no password in the manifest

    fresh = new_pg_database()
    assert main(["--db", fresh, "--lang", "en", "restore", str(backup)]) == 0
    with Registry.open(fresh, today=lambda: TODAY) as restored:
        assert restored.count_instruments() == 8
        detail = restored.instrument(1)
        assert restored.attachment_path(detail.attachments[0].id).read_bytes() == \
            b"%PDF-1.4 signed original"
    # onto the registry itself (not empty): refused, nothing written over
    assert main(["--db", url, "--lang", "en", "restore", str(backup)]) == 1
    assert "already holds a registry" in capsys.readouterr().err
