"""Can the window open here? Checked on Linux before Qt starts.

When a system library of Qt's X11 platform plugin is missing, Qt aborts with a message that
names the wrong library (it always suggests `xcb-cursor0`), and a program started from a desktop
menu says nothing at all. So before the first Qt widget the dynamic loader (`ldd`) is asked about
the platform plugin Qt will load, and a missing library is named together with the Debian/Ubuntu
package that has it. `QT_QPA_PLATFORM=offscreen` (tests, servers) needs none of them.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from i18n import _

log = logging.getLogger(__name__)

# The shared libraries Qt's xcb and wayland plugins (and Qt's Gui library under them) load from
# the system, and the Debian/Ubuntu package of each.
PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libEGL.so.1": "libegl1",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}


def platforms_to_try(environ=os.environ) -> list[str]:
    """The platform plugins Qt will try, in order, among those that need system libraries
    (`offscreen`, `minimal`, `vnc` need none: an empty list)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = [p.split(":")[0].strip() for p in chosen.split(";")]
        return [n for n in names if n in PLUGIN_FILES] if names[0] in PLUGIN_FILES else []
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]  # Qt falls back to X11 (Xwayland) when wayland fails
    return ["xcb"]


def missing_in_ldd(text: str) -> list[str]:
    """The libraries `ldd` could not find ("libxcb-icccm.so.4 => not found"), once each."""
    found: list[str] = []
    for line in text.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in found:
            found.append(name.strip())
    return found


def missing_libraries(binary: Path) -> list[str]:
    """The system libraries `binary` needs and the loader cannot find; [] when ldd is absent
    or fails (then Qt will have its say)."""
    ldd = shutil.which("ldd") or ("/usr/bin/ldd" if Path("/usr/bin/ldd").exists() else None)
    if ldd is None:
        return []
    try:
        done = subprocess.run([ldd, str(binary)], capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("ldd %s failed: %s", binary, exc)
        return []
    return missing_in_ldd(done.stdout)


def packages_for(libraries: list[str]) -> list[str]:
    """The Debian/Ubuntu packages that hold `libraries`, in order, once each; a library not
    in the table is named as it is."""
    packages: list[str] = []
    for library in libraries:
        package = PACKAGES.get(library, library)
        if package not in packages:
            packages.append(package)
    return packages


def missing_library_message(libraries: list[str]) -> str:
    packages = packages_for(libraries)
    return _("Kelishim cannot open its window: a system library is missing ({libraries}). "
             "Ask your administrator to install it; on Debian or Ubuntu:\n"
             "    sudo apt install {packages}\n"
             "(on other systems: the package that contains {libraries}). The command line "
             "works without it: kelishim --help").format(
        libraries=", ".join(libraries), packages=" ".join(packages))


def plugins_folder() -> Path:
    from PySide6.QtCore import QLibraryInfo  # QtCore needs no display libraries

    return Path(QLibraryInfo.path(QLibraryInfo.PluginsPath)) / "platforms"


def start_problem(environ=os.environ) -> str | None:
    """Why the window cannot open here, in the user's language, or None."""
    if not sys.platform.startswith("linux"):
        return None
    platforms = platforms_to_try(environ)
    if not platforms:
        return None
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return _("Kelishim cannot open its window: there is no graphical display here (the "
                 "DISPLAY variable is empty). Start it from the desktop; the command line "
                 "works anywhere: kelishim --help")
    try:
        folder = plugins_folder()
    except ImportError as exc:  # Qt's core library itself lacks a system library
        library = re.search(r"(lib[\w.+-]+\.so[.\d]*)", str(exc))
        if library:
            return missing_library_message([library.group(1)])
        raise
    missing: list[str] = []
    for platform in platforms:
        plugin = folder / PLUGIN_FILES[platform]
        if not plugin.exists():
            continue
        missing = missing_libraries(plugin)
        if not missing:
            return None  # this one will do (wayland first, X11 as Qt's fallback)
    return missing_library_message(missing) if missing else None


def show_outside_qt(message: str) -> None:
    """Say it where a clerk who started the program from a menu will see it: a dialog from
    the desktop's own tools when there is no terminal (stderr gets it anyway)."""
    if (sys.stderr is not None and sys.stderr.isatty()) or not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return
    for tool, args in (("zenity", ["--error", "--no-markup", "--title=Kelishim", "--text"]),
                       ("kdialog", ["--title", "Kelishim", "--error"]),
                       ("xmessage", ["-center"])):
        path = shutil.which(tool)
        if path:
            try:
                subprocess.run([path, *args, message], timeout=600, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return


def start_gui(db_location: str | None) -> int:
    """The desktop program, once it is known that its window can open."""
    problem = start_problem()
    if problem:
        log.error("The window cannot open: %s", problem)
        print(problem, file=sys.stderr)
        show_outside_qt(problem)
        return 1
    from ui.app import run_gui

    return run_gui(db_location)
