"""Several clerks writing into one registry take turns: numbers stay unique, a writer that
meets another's change waits (and says so), gives up only after a limit, and no database
exception reaches the clerk as it is."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import date

import pytest
from clerks_support import HeldLock
from conftest import ROOT, TODAY

from models import locking
from models.records import InstrumentDraft, PartyDraft
from models.registry import Registry


def draft(n: int, **values) -> InstrumentDraft:
    return InstrumentDraft(
        title=f"Соглашение № {n} о сотрудничестве в области архивного дела", kind="agreement",
        level="intergovernmental", signed_date=date(2025, 3, 1 + n % 27),
        parties=[PartyDraft(name="Правительство Кыргызской Республики", country="KG"),
                 PartyDraft(name="Правительство Республики Казахстан", country="KZ")],
        **values)


def test_clerks_saving_at_once_get_unique_numbers(registry, db_location):
    """Four clerks (each with its own connection) save new instruments at the same time."""
    clerks = [Registry.open(db_location, today=lambda: TODAY) for _ in range(4)]
    failures, ids = [], []

    def work(clerk: Registry, first: int) -> None:
        for n in range(first, first + 15):
            try:
                ids.append(clerk.save_instrument(draft(n)))
            except Exception as exc:  # noqa: BLE001 (every failure counts)
                failures.append(exc)

    threads = [threading.Thread(target=work, args=(c, 100 * i)) for i, c in enumerate(clerks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for c in clerks:
        c.close()
    assert failures == []
    rows = registry.list_instruments(limit=None).rows
    numbers = [r.registry_number for r in rows]
    assert len(rows) == len(ids) == 60
    assert len(set(numbers)) == 60
    assert sorted(numbers)[-1] == "2025/СГ-0060"


def test_a_save_waits_for_another_clerks_change_and_says_so(registry, db_location):
    said = []
    with HeldLock(db_location) as other:
        timer = threading.Timer(2.5, other.release)
        timer.start()
        started = time.monotonic()
        with locking.waiting(on_wait=said.append):
            new_id = registry.save_instrument(draft(1))
        waited = time.monotonic() - started
        timer.join()
    assert 2.0 < waited < 10
    assert said and 0.9 < said[0] < 2.0  # told after the first second, not before
    assert registry.instrument(new_id).row.registry_number == "2025/СГ-0001"
    assert registry.setting("held") == "yes"  # the other clerk's change is there too


def test_after_the_limit_the_clerk_is_asked_to_try_again_and_nothing_is_written(
        registry, db_location):
    with HeldLock(db_location):
        with locking.waiting(limit=1.5), pytest.raises(locking.Busy) as refused:
            registry.save_instrument(draft(1))
    assert "ничего не записано" in refused.value.message()
    assert "nothing was written" in refused.value.message("en")
    assert registry.count_instruments() == 0
    registry.save_instrument(draft(1))  # and once the other change is done, it saves
    assert registry.count_instruments() == 1


def test_reading_never_waits_for_a_writer(demo_registry, db_location):
    with HeldLock(db_location):
        started = time.monotonic()
        assert demo_registry.count_instruments() == 8
        assert demo_registry.list_instruments(limit=5).rows
        assert time.monotonic() - started < 1.0


def test_opening_a_registry_while_another_clerk_writes(registry, db_location):
    """Opening reads (countries, settings); it takes the write lock only when something is
    missing, so a clerk can start the program during another's import."""
    with HeldLock(db_location):
        started = time.monotonic()
        other = Registry.open(db_location, today=lambda: TODAY)
        assert time.monotonic() - started < 1.0
        assert len(other.countries()) > 200
        other.close()


def test_the_command_line_waits_too_and_says_so(registry, db_location, tmp_path):
    with HeldLock(db_location) as other:
        clerk = subprocess.Popen(
            [sys.executable, "main.py", "--db", str(db_location), "--lang", "ru", "demo"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=cli_env(tmp_path / "cli-home"))
        said = clerk.stderr.readline()  # blocks until the command says something
        other.release()
        out, err = clerk.communicate(timeout=120)
    assert said.strip() == "Ожидание изменения другого пользователя…"
    assert clerk.returncode == 0, err
    assert registry.count_instruments() == 8


def cli_env(home) -> dict:
    import os

    env = dict(os.environ)
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(home / sub)
    env["HOME"] = str(home)
    return env


def database_errors():
    """Real errors of the driver, as SQLAlchemy hands them on."""
    import sqlite3

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import IntegrityError, OperationalError

    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        conn.execute(text("create table t (x integer unique)"))
        conn.execute(text("insert into t values (1)"))
        with pytest.raises(IntegrityError) as clash:
            conn.execute(text("insert into t values (1)"))
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5
    return {"clash": clash.value,
            "full": OperationalError("INSERT", {}, full),
            "locked": OperationalError("INSERT", {}, locked)}


def test_every_database_error_is_one_sentence_in_the_clerks_language():
    from models.dberrors import explain, retryable

    errors = database_errors()
    said = {name: explain(exc, writing=True).message() for name, exc in errors.items()}
    assert said["clash"].startswith("Изменение противоречит записи")
    assert said["full"].startswith("Диск заполнен")
    assert said["locked"].startswith("Реестр занят изменением другого пользователя")
    assert all("\n" not in text and "Error" not in text for text in said.values())
    assert explain(errors["full"], writing=True).message("ky").startswith("Диск толуп")
    assert retryable(errors["locked"]) and not retryable(errors["clash"])


def test_an_unforeseen_database_error_in_a_command_is_still_one_sentence(
        demo_registry, db_location, monkeypatch, capsys):
    from cli.app import main

    def broken(*_args, **_kwargs):
        raise database_errors()["clash"]

    monkeypatch.setattr(Registry, "list_instruments", broken)
    assert main(["--db", db_location, "--lang", "en", "list"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == ("kelishim: The change clashes with a record another user saved at "
                           "the same time; nothing was written. Try again.")


def test_a_write_the_engine_asks_to_run_again_is_run_again(registry, monkeypatch):
    """A deadlock or a lock lost in the middle of a transaction: the registry runs the whole
    change again instead of showing the error."""
    from models.registry.organisations import OrganisationsMixin

    calls = []
    original = OrganisationsMixin._find_or_create_organisation

    def flaky(self, s, *args):
        calls.append(1)
        if len(calls) == 1:
            raise database_errors()["locked"]
        return original(self, s, *args)

    monkeypatch.setattr(OrganisationsMixin, "_find_or_create_organisation", flaky)
    new_id = registry.save_instrument(draft(1))
    assert len(calls) == 3  # the first try failed at its first party; then both parties
    assert registry.instrument(new_id).row.registry_number == "2025/СГ-0001"
    assert registry.count_instruments() == 1
