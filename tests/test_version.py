"""One version everywhere: `--version`, the package metadata, the log's first line, the PDFs."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from pypdf import PdfReader

from app.version import __version__
from cli.app import main

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_a_release_number():
    parts = __version__.split(".")
    assert len(parts) == 3 and all(p.isdigit() for p in parts)


def test_the_package_takes_its_version_from_the_one_source():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "app.version.__version__"}
    # setuptools reads the value without importing: it must stay a plain literal
    tree = ast.parse((ROOT / "app" / "version.py").read_text(encoding="utf-8"))
    assigned = [n for n in tree.body if isinstance(n, ast.Assign)]
    assert [ast.literal_eval(n.value) for n in assigned] == [__version__]


def test_version_option_prints_the_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"kelishim {__version__}"


def test_main_py_prints_the_same_version():
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0
    assert done.stdout.strip() == f"kelishim {__version__}"


def test_help_names_the_version_option_in_russian(capsys):
    try:
        main(["--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "--version" in out and "показать версию программы и выйти" in out


def test_log_starts_with_the_version(tmp_path):
    """Each run's first line in the log says which program wrote what follows."""
    state = tmp_path / "state"
    env = {**os.environ, "XDG_STATE_HOME": str(state), "LOCALAPPDATA": str(state)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "r.db"),
                           "demo"], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=env)
    assert done.returncode == 0, done.stderr
    logs = list(state.rglob("kelishim.log"))
    assert len(logs) == 1
    first = logs[0].read_text(encoding="utf-8").splitlines()[0]
    assert f"Kelishim {__version__} starting" in first


def test_reports_carry_the_version_in_their_metadata(tmp_path, capsys):
    pdf = tmp_path / "status.pdf"
    assert main(["--db", str(tmp_path / "r.db"), "demo"]) == 0
    assert main(["--db", str(tmp_path / "r.db"), "report", "status", "--lang", "ky",
                 "-o", str(pdf)]) == 0
    assert PdfReader(str(pdf)).metadata.creator == f"Kelishim {__version__}"
