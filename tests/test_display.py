"""Start-up on Linux: a missing system library is named, with the package to install, before Qt
would abort with a message that names the wrong one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import display

ROOT = Path(__file__).resolve().parent.parent

LDD_ICCCM_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f74)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f74)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_ldd_output_gives_each_missing_library_once():
    assert display.missing_in_ldd(LDD_ICCCM_MISSING) == ["libxcb-icccm.so.4",
                                                          "libxcb-keysyms.so.1"]
    assert display.missing_in_ldd("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_packages_are_the_debian_ones():
    assert display.packages_for(["libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                 "libxcb-cursor.so.0", "libEGL.so.1"]) == [
        "libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libegl1"]
    assert display.packages_for(["libglib-2.0.so.0", "libgthread-2.0.so.0"]) == [
        "libglib2.0-0"]
    assert display.packages_for(["libunknown.so.7"]) == ["libunknown.so.7"]


@pytest.mark.parametrize("environ, expected", [
    ({}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "xcb"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "offscreen"}, []),
    ({"QT_QPA_PLATFORM": "offscreen:configfile=/tmp/s.json"}, []),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11"}, ["xcb"]),
])
def test_only_the_plugins_qt_will_load_are_checked(environ, expected):
    assert display.platforms_to_try(environ) == expected


def test_message_names_library_and_package_in_kyrgyz():
    from i18n import language

    with language("ky"):
        text = display.missing_library_message(["libxcb-icccm.so.4"])
    assert "системалык китепкана жетишпейт (libxcb-icccm.so.4)" in text
    assert "sudo apt install libxcb-icccm4" in text


def fake_ldd(folder: Path, output: str) -> None:
    folder.mkdir()
    script = folder / "ldd"
    script.write_text(f"#!/bin/sh\necho '{output}'\n", encoding="utf-8")  # echo: a builtin
    script.chmod(0o755)


def start_program(tmp_path, environ: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                             "WAYLAND_DISPLAY")}
    env.update(environ)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                           str(tmp_path / "r.db")], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env=env)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux start-up")
def test_program_names_the_missing_package_instead_of_starting_qt(tmp_path):
    """As on a plain desktop without libxcb-icccm4 and libxcb-keysyms1: the loader (a stand-in
    ldd here) cannot find them; the program says which packages to install and stops."""
    fake_ldd(tmp_path / "bin", LDD_ICCCM_MISSING)
    # PATH holds the stand-in ldd alone: no desktop dialog tool is found during the test
    done = start_program(tmp_path, {"PATH": str(tmp_path / "bin"), "DISPLAY": ":97"})
    assert done.returncode == 1
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "не хватает системной библиотеки (libxcb-icccm.so.4, libxcb-keysyms.so.1)" in \
        done.stderr
    assert "xcb-cursor0" not in done.stderr  # Qt's misleading advice never comes
    assert not (tmp_path / "r.db").exists()  # nothing was opened


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux start-up")
def test_program_without_a_display_says_so(tmp_path):
    done = start_program(tmp_path, {"PATH": "/usr/bin:/bin"})
    assert done.returncode == 1
    assert "нет графического дисплея" in done.stderr


def test_offscreen_needs_no_check(monkeypatch):
    monkeypatch.setattr(display, "missing_libraries", lambda plugin: pytest.fail("checked"))
    assert display.start_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_qt_core_without_a_system_library_is_named(monkeypatch):
    def broken():
        raise ImportError("libgthread-2.0.so.0: cannot open shared object file: No such file "
                          "or directory")

    monkeypatch.setattr(display, "plugins_folder", broken)
    monkeypatch.setattr(display.sys, "platform", "linux")
    text = display.start_problem({"DISPLAY": ":0"})
    assert "libgthread-2.0.so.0" in text and "sudo apt install libglib2.0-0" in text
