"""The wheel that `pip install .` builds holds the whole program: every module, translation,
migration and mapping of the checkout, the two commands, the version of app/version.py."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.version import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "cli", "exporters", "i18n", "importers", "mappings", "models", "reports", "ui")


def program_files() -> set[str]:
    """The files of the program in the checkout (not caches, not the developers' folders)."""
    return {p.relative_to(ROOT).as_posix() for top in PACKAGES for p in (ROOT / top).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    for top in PACKAGES:
        shutil.copytree(ROOT / top, source / top, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                           str(out), str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    (path,) = out.glob("kelishim-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_holds_every_file_of_the_program(wheel):
    names = set(wheel.namelist())
    missing = sorted(program_files() - names)
    assert missing == []
    for needed in ("i18n/locale/ky/ui.po", "models/migrations/env.py",
                   "models/migrations/script.py.mako", "mappings/ieadb-treaties.json",
                   "app/kelishim.svg", "models/migrations/versions/0001_initial_schema.py"):
        assert needed in names
    assert not [n for n in names if n.startswith(("tests/", "bench/")) or n == "main.py"]


def test_wheel_gives_both_commands_and_the_version(wheel):
    info = f"kelishim-{__version__}.dist-info"
    entry_points = wheel.read(f"{info}/entry_points.txt").decode()
    assert "kelishim = cli.app:main" in entry_points
    assert "kelishim-gui = app.entry:gui_main" in entry_points
    assert "[gui_scripts]" in entry_points
    metadata = wheel.read(f"{info}/METADATA").decode()
    assert f"Version: {__version__}" in metadata
    assert "License-Expression: MIT" in metadata


def test_shipped_mappings_are_found_by_name(tmp_path, monkeypatch):
    import mappings

    assert mappings.ready() == ["huggo-agreements", "ieadb-treaties", "kelishim-export"]
    assert mappings.resolve("ieadb-treaties") == mappings.FOLDER / "ieadb-treaties.json"
    assert mappings.resolve("ieadb-treaties.json") == mappings.FOLDER / "ieadb-treaties.json"
    own = tmp_path / "ieadb-treaties.json"
    own.write_text("{}")
    monkeypatch.chdir(tmp_path)  # a file of that name in the current folder wins
    assert mappings.resolve("ieadb-treaties.json") == Path("ieadb-treaties.json")
    assert mappings.resolve("no/such/file.json") == Path("no/such/file.json")


def test_gui_entry_survives_having_no_console(monkeypatch):
    """Windows starts kelishim-gui without a console: no stdout and stderr at all."""
    from app import entry

    calls = []
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr("cli.app.main", lambda: calls.append(print("to nowhere")) or 0)
    assert entry.gui_main() == 0
    assert calls == [None]
