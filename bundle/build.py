"""Build the Kelishim bundle: a folder that runs without Python on the clerk's machine.

    python bundle/build.py [--skip-smoke] [--measure DB]    (from the project's root)

The same on Linux and Windows (bundle/build-linux, bundle/build-windows.ps1 call it):
1. a build environment in build/bundle-venv with the program's dependencies and PyInstaller
   (made once, brought up to date on every build);
2. PyInstaller with bundle/kelishim.spec: dist/kelishim/ with the executable kelishim
   (kelishim.exe and kelishim-gui.exe on Windows);
3. trimming what the program never reads: pycountry's translations other than Russian, Kyrgyz
   and English and its other standards, Qt's translations other than qtbase_ru, Qt plugins and
   libraries of QML, Quick, SQL, networking, Designer;
4. the desktop entry and the icon (Linux);
5. a smoke test of the result, run with an empty environment, temporary user folders and no
   Python on PATH: --version, demo, list, a Kyrgyz and a Russian report, a press-release
   import, a spreadsheet import with a shipped mapping, a calendar export, and the window
   opened offscreen and filled from the demo registry. A failure stops the build;
6. the archive to hand out: dist/kelishim-VERSION-linux-x86_64.tar.gz (a .zip on Windows).

--measure DB starts the bundled window on DB three times and prints the median time from
process start until the window is shown and its lists filled (the log says when).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "kelishim"
VENV = ROOT / "build" / "bundle-venv"
WINDOWS = sys.platform == "win32"
EXE = BUNDLE / ("kelishim.exe" if WINDOWS else "kelishim")
SAMPLE = ROOT / "tests" / "data" / "samples" / "press-release-2025-11-26-bishkek-talks.txt"
TABLE = ROOT / "tests" / "data" / "datasets" / "ieadb-treaties-first-300.csv"
FILLED = "Main window filled"

# What the program reads of pycountry: the country list (ISO 3166-1, and 3166-3 for former
# countries) and its names in these languages.
PYCOUNTRY_LANGUAGES = {"ru", "ky", "en"}
PYCOUNTRY_DOMAINS = {"iso3166-1", "iso3166-3"}
QT_TRANSLATIONS = {"qtbase_ru.qm"}
# Qt plugin folders the program never loads (it has no QML, SQL drivers, network or OpenGL
# integrations of its own; the window needs platforms, platformthemes, imageformats,
# iconengines, printsupport, platforminputcontexts, xcbglintegrations, wayland-*).
QT_PLUGINS_UNUSED = {"qmltooling", "designer", "sqldrivers", "networkinformation", "tls",
                     "egldeviceintegrations", "generic", "vectorimageformats",
                     "wayland-graphics-integration-server"}
# Single plugins left out: the GTK theme would load the desktop's GTK against the cairo and pango
# PyInstaller copied from the build machine (the portal theme does the native dialogs instead);
# image formats the program never reads (it draws SVG, ICO, PNG and JPEG).
QT_PLUGIN_FILES_UNUSED = {"platformthemes/libqgtk3.so", "imageformats/libqtiff.so",
                          "imageformats/libqwebp.so", "imageformats/libqicns.so",
                          "imageformats/libqtga.so", "imageformats/libqwbmp.so",
                          "imageformats/libqpdf.so", "imageformats/qtiff.dll",
                          "imageformats/qwebp.dll", "imageformats/qicns.dll",
                          "imageformats/qtga.dll", "imageformats/qwbmp.dll",
                          "imageformats/qpdf.dll"}
QT_PLATFORMS_KEPT = {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so",
                     "qwindows.dll", "qoffscreen.dll", "qminimal.dll"}
QT_LIBRARIES_UNUSED = re.compile(
    r"(Qt6?(Qml|Quick|Designer|Help|Labs|Lottie|Sql|Test|UiTools|ShaderTools|"
    r"WaylandCompositor|VirtualKeyboard|OpenGLWidgets|Concurrent))")


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


def version() -> str:
    text = (ROOT / "app" / "version.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def prepare_environment() -> None:
    """The program's dependencies (with the PostgreSQL driver: a department's shared registry)
    and PyInstaller, in a clean environment: nothing else gets into the bundle."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    wanted = [*project["dependencies"], *extras["postgresql"], *extras["bundle"]]
    if not venv_python().exists():
        say(f"making the build environment {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    say("installing the dependencies and PyInstaller")
    subprocess.run([str(venv_python()), "-m", "pip", "install", "-q", "--upgrade", *wanted],
                   check=True)


def windows_icon() -> Path | None:
    """PyInstaller wants an .ico on Windows: drawn from the SVG by Qt itself."""
    if not WINDOWS:
        return None
    ico = ROOT / "build" / "kelishim.ico"
    script = ("import sys\nfrom PySide6.QtGui import QGuiApplication, QIcon\n"
              "app = QGuiApplication(['x'])\n"
              "QIcon(sys.argv[1]).pixmap(256, 256).save(sys.argv[2], 'ICO')\n")
    subprocess.run([str(venv_python()), "-c", script, str(ROOT / "app" / "kelishim.svg"),
                    str(ico)], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return ico


def run_pyinstaller() -> None:
    env = {**os.environ, "KELISHIM_ROOT": str(ROOT)}
    icon = windows_icon()
    if icon:
        env["KELISHIM_ICON"] = str(icon)
    shutil.rmtree(BUNDLE, ignore_errors=True)
    say("running PyInstaller (a few minutes)")
    subprocess.run([str(venv_python()), "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST),
                    "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "bundle" / "kelishim.spec")], check=True, env=env, cwd=ROOT)


def remove(path: Path) -> int:
    """Delete a file or folder; returns the bytes freed."""
    if path.is_dir():
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        shutil.rmtree(path)
        return size
    if path.exists():
        size = path.stat().st_size
        path.unlink()
        return size
    return 0


def trim() -> None:
    internal = BUNDLE / "_internal"
    freed = 0
    pycountry = internal / "pycountry"
    for folder in (pycountry / "locales").iterdir():
        if folder.name not in PYCOUNTRY_LANGUAGES:
            freed += remove(folder)
        else:
            for mo in folder.rglob("*.mo"):
                if mo.stem not in PYCOUNTRY_DOMAINS:
                    freed += remove(mo)
    for db in (pycountry / "databases").glob("*.json"):
        if db.stem not in PYCOUNTRY_DOMAINS:
            freed += remove(db)
    freed += remove(pycountry / "tests")
    qt = next((p for p in (internal / "PySide6" / "Qt", internal / "PySide6") if
               (p / "plugins").is_dir()), internal / "PySide6")
    for qm in (qt / "translations").glob("*.qm"):
        if qm.name not in QT_TRANSLATIONS:
            freed += remove(qm)
    for name in QT_PLUGINS_UNUSED:
        freed += remove(qt / "plugins" / name)
    for name in QT_PLUGIN_FILES_UNUSED:
        freed += remove(qt / "plugins" / name)
    for plugin in (qt / "plugins" / "platforms").glob("*"):
        if plugin.name not in QT_PLATFORMS_KEPT:
            freed += remove(plugin)
    for library in [*internal.rglob("*Qt6*.so*"), *internal.rglob("Qt6*.dll")]:
        if QT_LIBRARIES_UNUSED.search(library.name) and library.exists():
            freed += remove(library)
    freed += remove(internal / "PySide6" / "Qt" / "qml")
    if not WINDOWS:
        freed += remove_unreachable_libraries(internal)
    say(f"trimmed {freed / 2**20:.1f} MB the program never reads")


def needed(binary: Path) -> list[str]:
    """The shared libraries an ELF file names as NEEDED (objdump comes with PyInstaller's
    requirements on Linux: binutils)."""
    done = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True)
    return re.findall(r"^\s*NEEDED\s+(\S+)", done.stdout, re.MULTILINE)


def remove_unreachable_libraries(internal: Path) -> int:
    """PyInstaller copied every library that any collected file needs, also those only the
    plugins removed above needed. Keep what the executable, the Python extension modules and
    the remaining Qt plugins reach; delete the rest and the links that pointed to it."""
    files = {p for p in internal.rglob("*") if p.is_file() and not p.is_symlink()
             and (".so" in p.name)}
    by_name: dict[str, list[Path]] = {}
    for p in internal.rglob("*"):
        if ".so" in p.name:
            by_name.setdefault(p.name, []).append(p)
    plugins = internal / "PySide6" / "Qt" / "plugins"
    roots = [EXE] + [p for p in files if plugins in p.parents or p.name.endswith(
        (".abi3.so", "-linux-gnu.so")) or p.name.startswith("libpython")]
    reached: set[Path] = set()
    todo = list(roots)
    while todo:
        binary = todo.pop()
        for name in needed(binary):
            for candidate in by_name.get(name, []):
                real = candidate.resolve()
                if real not in reached:
                    reached.add(real)
                    todo.append(real)
    freed = 0
    for p in sorted(files):
        if p not in reached and p not in roots and internal / "PySide6" / "Qt" / "plugins" \
                not in p.parents:
            freed += remove(p)
    for link in internal.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return freed


def desktop_files() -> None:
    """The icon, the desktop entry and the script that installs the entry for one user."""
    if WINDOWS:
        return
    shutil.copy2(ROOT / "app" / "kelishim.svg", BUNDLE / "kelishim.svg")
    shutil.copy2(ROOT / "bundle" / "linux" / "kelishim.desktop", BUNDLE / "kelishim.desktop")
    target = BUNDLE / "install-desktop-entry"
    shutil.copy2(ROOT / "bundle" / "linux" / "install-desktop-entry", target)
    target.chmod(0o755)
    shutil.copy2(ROOT / "LICENSE", BUNDLE / "LICENSE")


# --- smoke test ------------------------------------------------------------------------------

def clean_environment(home: Path) -> dict[str, str]:
    """No Python, no PYTHONPATH, temporary user folders: as on a clerk's machine."""
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CACHE_HOME": str(home / "cache"), "QT_QPA_PLATFORM": "offscreen",
           "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    if WINDOWS:
        env.update({"SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows"),
                    "PATH": os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32",
                    "USERPROFILE": str(home), "LOCALAPPDATA": str(home / "local"),
                    "APPDATA": str(home / "roaming"), "TEMP": str(home), "TMP": str(home)})
    return env


def run(env: dict[str, str], *args: str, cwd: Path) -> str:
    done = subprocess.run([str(EXE), *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=cwd, timeout=300)
    if done.returncode != 0:
        log = log_path(env)
        details = log.read_text(encoding="utf-8")[-1500:] if log.exists() else ""
        raise SystemExit(f"build: smoke test failed: kelishim {' '.join(args)} exited "
                         f"{done.returncode}: {(done.stderr or done.stdout)[-600:]}\n{details}")
    return done.stdout


def log_path(env: dict[str, str]) -> Path:
    if WINDOWS:
        return Path(env["LOCALAPPDATA"]) / "Kelishim" / "Logs" / "kelishim.log"
    return Path(env["XDG_STATE_HOME"]) / "Kelishim" / "log" / "kelishim.log"


def time_to_window(env: dict[str, str], db: Path, cwd: Path, timeout: float = 120) -> float:
    """Start the window on `db`; seconds from process start until the log says it is shown
    with its lists filled. The program is then stopped."""
    log = log_path(env)
    before = log.read_text(encoding="utf-8").count(FILLED) if log.exists() else 0
    started = time.perf_counter()
    process = subprocess.Popen([str(EXE), "--db", str(db)], env=env, cwd=cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        while time.perf_counter() - started < timeout:
            if log.exists() and log.read_text(encoding="utf-8").count(FILLED) > before:
                return time.perf_counter() - started
            if process.poll() is not None:
                output = process.stdout.read().decode("utf-8", "replace")
                raise SystemExit(f"build: smoke test failed: the window did not open "
                                 f"(exit {process.returncode}): {output[-600:]}")
            time.sleep(0.005)
        raise SystemExit(f"build: smoke test failed: no filled window in {timeout:.0f} s")
    finally:
        process.kill()
        process.wait()


def smoke_test() -> None:
    with tempfile.TemporaryDirectory(prefix="kelishim-smoke-") as tmp:
        work = Path(tmp)
        env = clean_environment(work / "home")
        db = work / "r.db"
        out = run(env, "--version", cwd=work).strip()
        if out != f"kelishim {version()}":
            raise SystemExit(f"build: smoke test failed: --version says {out!r}")
        run(env, "--db", str(db), "demo", cwd=work)
        listed = json.loads(run(env, "--db", str(db), "list", "--format", "json", cwd=work))
        rows = listed.get("instruments", listed) if isinstance(listed, dict) else listed
        if len(rows) != 8:
            raise SystemExit(f"build: smoke test failed: {len(rows)} instruments after demo")
        for kind, lang in (("status", "ky"), ("treaty-base", "ru")):
            pdf = work / f"{kind}.pdf"
            extra = ["--country", "RU"] if kind == "treaty-base" else []
            run(env, "--db", str(db), "report", kind, *extra, "--lang", lang, "-o", str(pdf),
                cwd=work)
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise SystemExit(f"build: smoke test failed: the {kind} report is no PDF")
        imported = work / "imported.db"
        run(env, "--db", str(imported), "import-text", str(SAMPLE), "--meeting-date",
            "2025-11-26", cwd=work)  # the text does not say when: the clerk says (its date)
        listed = json.loads(run(env, "--db", str(imported), "list", "--format", "json",
                                cwd=work))
        rows = listed.get("instruments", listed) if isinstance(listed, dict) else listed
        if len(rows) < 5:
            raise SystemExit(f"build: smoke test failed: the press release gave {len(rows)} "
                             "instruments")
        run(env, "--db", str(work / "table.db"), "import-table", str(TABLE), "--map",
            "ieadb-treaties", "--skip-invalid", "--dry-run", cwd=work)
        run(env, "--db", str(db), "export", "ics", "-o", str(work / "deadlines.ics"), cwd=work)
        seconds = time_to_window(env, db, work)
        first = log_path(env).read_text(encoding="utf-8").splitlines()[0]
        if f"Kelishim {version()} starting" not in first:
            raise SystemExit(f"build: smoke test failed: the log begins {first!r}")
        say(f"smoke test passed: version, demo, list, two reports, press-release and "
            f"spreadsheet imports, calendar export, window filled in {seconds:.2f} s")


def measure(db: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="kelishim-measure-") as tmp:
        work = Path(tmp)
        env = clean_environment(work / "home")
        time_to_window(env, db, work)  # the first start warms the disk cache
        times = [time_to_window(env, db, work) for _ in range(3)]
        say(f"window shown and filled on {db.name}: median {statistics.median(times):.2f} s "
            f"({', '.join(f'{t:.2f}' for t in times)})")


# --- archive -------------------------------------------------------------------------------

def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()
               and not p.is_symlink()) / 2**20


def archive() -> Path:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    name = f"kelishim-{version()}-{'windows' if WINDOWS else 'linux'}-{machine}"
    if WINDOWS:
        target = DIST / f"{name}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            for p in sorted(BUNDLE.rglob("*")):
                z.write(p, Path("kelishim") / p.relative_to(BUNDLE))
        return target
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname="kelishim")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-smoke", action="store_true", help="no smoke test (not for "
                        "a build that is handed out)")
    parser.add_argument("--measure", metavar="DB", type=Path,
                        help="only time the window of the built bundle on DB")
    args = parser.parse_args(argv)
    if sys.version_info < (3, 11):
        raise SystemExit("build: Python 3.11 or newer is needed to build the bundle")
    if args.measure:
        measure(args.measure.resolve())
        return 0
    started = time.perf_counter()
    prepare_environment()
    run_pyinstaller()
    trim()
    desktop_files()
    if not args.skip_smoke:
        smoke_test()
    packed = archive()
    say(f"dist/kelishim: {size_mb(BUNDLE):.0f} MB unpacked; {packed.name}: "
        f"{packed.stat().st_size / 2**20:.0f} MB; built in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
