"""Crash trials: kill -9 at random moments during saves, imports, backups and restores, and
backups taken while another process writes. Prints the figures for docs/RELIABILITY.md:

    python -m bench.crash_trials [--trials 50] [--kinds save import backup restore concurrent]

Every trial starts from a fresh copy of a prepared registry (the Bishkek example, two attached
files) in a temporary folder. What each kind counts as a failure:

* save: a record whose save had returned (the child logged it, fsynced, after the commit) is
  missing afterwards; or the registry does not open, or its check finds a problem.
* import: the registry holds part of an import (300 rows in one transaction): neither the
  count before nor the count after.
* backup: a file with the backup's name that is not a whole backup (manifest, hashes, database
  integrity); work files left by a killed backup that the next backup does not remove.
* restore: the registry is neither the one it was nor the backup's, or does not open or check
  clean, or an attached file of the backup is missing after a finished restore.
* concurrent: a backup taken while another process saves one instrument per transaction, once
  restored, holds a set of those instruments that is not exactly the first k of them.

The test suite runs a few of each (tests/test_crash_trials.py); this script runs the full count.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HUGGO = ROOT / "tests" / "data" / "datasets" / "huggo-agreements-first-300.csv"
HUGGO_MAP = ROOT / "mappings" / "huggo-agreements.json"
KINDS = ("save", "import", "backup", "restore", "concurrent")

# The child processes: each prints "ready" once it is about to do the work, then works.
SAVER = r"""
import os, sys
from datetime import date
from models.records import InstrumentDraft, PartyDraft
from models.registry import Registry
db, log = sys.argv[1], sys.argv[2]
reg = Registry.open(db, create=False)
out = open(log, "a", encoding="utf-8")
print("ready", flush=True)
n = 0
while True:
    n += 1
    title = f"Соглашение о пробе {os.getpid()}-{n}"
    reg.save_instrument(InstrumentDraft(
        title=title, kind="agreement", level="interagency", signed_date=date(2025, 1, 1),
        parties=[PartyDraft(name="Министерство проб КР", country="KG"),
                 PartyDraft(name="Министерство проб РФ", country="RU")]))
    out.write(title + "\n"); out.flush(); os.fsync(out.fileno())
"""
RUNNER = r"""
import sys
from cli.app import main
print("ready", flush=True)
sys.exit(main(sys.argv[1:]))
"""


@dataclass
class Tally:
    kind: str
    trials: int = 0
    failures: list[str] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def note(self, key: str) -> None:
        self.notes[key] = self.notes.get(key, 0) + 1


def environment(work: Path) -> dict[str, str]:
    home = work / "home"
    return {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
            "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


def prepare(base: Path) -> None:
    """The starting registry: the example and two attached files, settled into one file."""
    from bench.damage import settle
    from models.demo import load_demo
    from models.registry import Registry

    with Registry.open(base) as reg:
        load_demo(reg)
        for i in range(2):
            scan = base.parent / f"scan-{i}.pdf"
            scan.write_bytes(f"%PDF-1.4 signed original {i} ".encode() * 500)
            reg.add_attachment(scan, instrument_id=1 + i, kind="signed_scan")
            scan.unlink()
    settle(base)


def fresh_copy(base: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    target = folder / "registry.db"
    shutil.copyfile(base, target)
    shutil.copytree(base.with_name("registry.files"), folder / "registry.files")
    return target


def work_seconds(args: list[str], env: dict) -> float:
    """How long the child works, from its "ready" to its end, when nobody kills it."""
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    proc.stdout.readline()
    started = time.monotonic()
    proc.wait()
    proc.stdout.close()
    return time.monotonic() - started


def run_and_kill(args: list[str], env: dict, delay: float) -> bool:
    """Start a child, wait for its "ready", let it work `delay` seconds, kill -9 it. True when
    it was killed before it finished by itself."""
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.wait()
        raise RuntimeError(f"child did not start: {args}")
    end = time.monotonic() + delay
    while time.monotonic() < end and proc.poll() is None:
        time.sleep(0.005)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    return killed


def opens_and_checks(path: Path) -> str | None:
    """None when the registry opens and its check finds nothing; else what is wrong."""
    from models.errors import RegistryError
    from models.file_check import check_file
    from models.registry import Registry

    result = check_file(path)
    if not result.ok:
        return "check: " + "; ".join(result.problems[:3])
    try:
        Registry.open(path, create=False).close()
    except RegistryError as exc:
        return "open: " + exc.message("en")
    return None


def titles(path: Path) -> set[str]:
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return {r[0] for r in conn.execute("select title from instrument")}
    finally:
        conn.close()


def count(path: Path) -> int:
    return len(titles(path))


def trial_save(base: Path, work: Path, rng: random.Random, tally: Tally) -> None:
    db = fresh_copy(base, work)
    log = work / "committed.txt"
    killed = run_and_kill(["-c", SAVER, str(db), str(log)], environment(work),
                          rng.uniform(0.05, 1.5))
    tally.note("killed" if killed else "finished")
    problem = opens_and_checks(db)
    if problem:
        tally.failures.append(problem)
        return
    logged = set(log.read_text(encoding="utf-8").splitlines()) if log.exists() else set()
    lost = logged - titles(db)
    tally.notes["records saved"] = tally.notes.get("records saved", 0) + len(logged)
    if lost:
        tally.failures.append(f"{len(lost)} committed record(s) lost")


def import_args(db: Path) -> list[str]:
    return ["-c", RUNNER, "--db", str(db), "import-table", str(HUGGO), "--map", str(HUGGO_MAP),
            "--skip-invalid"]


def import_seconds(base: Path, work: Path) -> tuple[float, int]:
    """How long a whole import takes here, and how many instruments it leaves."""
    db = fresh_copy(base, work)
    took = work_seconds(import_args(db), environment(work))
    return took, count(db)


def trial_import(base: Path, work: Path, rng: random.Random, tally: Tally,
                 duration: float, full: int) -> None:
    db = fresh_copy(base, work)
    before = count(db)
    killed = run_and_kill(import_args(db), environment(work), rng.uniform(0, duration))
    tally.note("killed" if killed else "finished")
    problem = opens_and_checks(db)
    if problem:
        tally.failures.append(problem)
        return
    after = count(db)
    tally.note("all imported" if after == full else "none imported" if after == before
               else "partial")
    if after not in (before, full):
        tally.failures.append(f"partial import: {after - before} of {full - before} rows")


def whole_backup(path: Path) -> str | None:
    from models.backup.restore import check_backup
    from models.errors import RegistryError

    try:
        _manifest, problems = check_backup(path)
    except RegistryError as exc:
        return exc.message("en")
    return "; ".join(problems[:3]) or None


def trial_backup(base: Path, work: Path, rng: random.Random, tally: Tally,
                 duration: float) -> None:
    from models.backup.folder import BackupFolder

    db = fresh_copy(base, work)
    folder = work / "backups"
    target = folder / "made.kelishim-backup"
    folder.mkdir()
    killed = run_and_kill(["-c", RUNNER, "--db", str(db), "backup", "-o", str(target)],
                          environment(work), rng.uniform(0, duration))
    tally.note("killed" if killed else "finished")
    if target.exists():
        tally.note("backup written")
        wrong = whole_backup(target)
        if wrong:
            tally.failures.append(f"a damaged backup file: {wrong}")
    problem = opens_and_checks(db)
    if problem:
        tally.failures.append(problem)
    BackupFolder(folder).back_up(db)  # the next backup clears what a killed one left
    left = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    if left:
        tally.failures.append(f"work files left: {left}")


def trial_restore(base: Path, work: Path, rng: random.Random, tally: Tally, backup: Path,
                  duration: float) -> None:
    from models.backup.archive import BackupFile

    db = fresh_copy(base, work)
    old, new = count(db), BackupFile(backup).manifest.count("instrument")
    killed = run_and_kill(["-c", RUNNER, "--db", str(db), "restore", str(backup)],
                          environment(work), rng.uniform(0, duration))
    tally.note("killed" if killed else "finished")
    problem = opens_and_checks(db)
    if problem:
        tally.failures.append(problem)
        return
    now = count(db)
    tally.note("restored" if now == new else "as before" if now == old else "other")
    if now not in (old, new):
        tally.failures.append(f"{now} instruments: neither {old} (before) nor {new} (backup)")
    if not killed:  # a finished restore brought every attached file back
        from models.filestore import store_beside

        with BackupFile(backup) as b:
            missing = [sha for sha, _m in b.attachments() if not store_beside(db).verify(sha)]
        if missing:
            tally.failures.append(f"attached files missing after a restore: {len(missing)}")


def trial_concurrent(base: Path, work: Path, rng: random.Random, tally: Tally,
                     backups: int) -> None:
    """One writer saving one instrument per transaction; `backups` backups taken meanwhile,
    each restored and compared with the order of the writer's commits."""
    from models.backup.folder import BackupFolder
    from models.backup.restore import restore
    from models.backup.snapshot import back_up_sqlite

    db = fresh_copy(base, work)
    log = work / "committed.txt"
    proc = subprocess.Popen([sys.executable, "-c", SAVER, str(db), str(log)], cwd=ROOT,
                            env=environment(work), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout.readline().strip() == "ready"
    base_titles = titles(base)
    try:
        for i in range(backups):
            time.sleep(rng.uniform(0, 0.2))
            target = work / f"b{i}.kelishim-backup"
            back_up_sqlite(db, target)
            restored = work / f"r{i}.db"
            restore(target, restored, BackupFolder(work / "kept"))
            tally.trials += 1
            problem = opens_and_checks(restored)
            if problem:
                tally.failures.append(problem)
                continue
            made = sorted((int(t.rsplit("-", 1)[1]) for t in titles(restored) - base_titles))
            if made != list(range(1, len(made) + 1)):
                tally.failures.append(f"backup {i}: not a prefix of the commits: {made[-5:]}")
            tally.notes["instruments in the backups"] = \
                tally.notes.get("instruments in the backups", 0) + len(made)
            restored.unlink()
            target.unlink()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()


def run(kinds: list[str], trials: int, seed: int = 11, work_root: Path | None = None,
        progress=None) -> list[Tally]:
    rng = random.Random(seed)
    root = Path(tempfile.mkdtemp(prefix="kelishim-trials-", dir=work_root))
    try:
        base = root / "base" / "registry.db"
        base.parent.mkdir()
        prepare(base)
        results = []
        for kind in kinds:
            tally = Tally(kind)
            started = time.monotonic()
            folder = root / kind
            if kind == "concurrent":
                trial_concurrent(base, folder, rng, tally, trials)
            else:
                extra = ()
                if kind == "import":
                    extra = import_seconds(base, folder / "timing")
                elif kind in ("backup", "restore"):
                    backup = folder / "source.kelishim-backup"
                    folder.mkdir()
                    took = work_seconds(["-c", RUNNER, "--db", str(base), "backup", "-o",
                                         str(backup)], environment(folder))
                    extra = (took,)
                    if kind == "restore":
                        _shrink(base, folder / "smaller")
                        timing = fresh_copy(folder / "smaller" / "registry.db",
                                            folder / "timing")
                        took = work_seconds(["-c", RUNNER, "--db", str(timing), "restore",
                                             str(backup)], environment(folder / "timing"))
                        extra = (backup, took)
                for n in range(trials):
                    trial = {"save": trial_save, "import": trial_import,
                             "backup": trial_backup, "restore": trial_restore}[kind]
                    source = folder / "smaller" / "registry.db" if kind == "restore" else base
                    trial(source, folder / f"t{n}", rng, tally, *extra)
                    tally.trials += 1
                    shutil.rmtree(folder / f"t{n}", ignore_errors=True)
                    if progress:
                        progress(kind, n + 1, trials)
            tally.seconds = time.monotonic() - started
            results.append(tally)
        return results
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _shrink(base: Path, folder: Path) -> None:
    """A registry unlike the backup (two instruments fewer), to restore over."""
    import sqlite3

    target = fresh_copy(base, folder)
    conn = sqlite3.connect(str(target))
    conn.executescript("""
        delete from instrumentparty where instrument_id in (7, 8);
        delete from instrumentsector where instrument_id in (7, 8);
        delete from statusevent where instrument_id in (7, 8);
        delete from relation where source_id in (7, 8) or target_id in (7, 8);
        delete from attachment where instrument_id in (7, 8);
        delete from instrument where id in (7, 8);
    """)
    conn.commit()
    conn.close()


def markdown(results: list[Tally]) -> str:
    lines = ["| trials | kind | failures | what happened | time |", "|---|---|---|---|---|"]
    for t in results:
        notes = ", ".join(f"{k}: {v}" for k, v in sorted(t.notes.items()))
        lines.append(f"| {t.trials} | {t.kind} | {len(t.failures)} | {notes} | "
                     f"{t.seconds:.0f} s |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true", help="print the tallies as JSON")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    def progress(kind, n, total):
        print(f"\r{kind}: {n}/{total}", end="", file=sys.stderr, flush=True)

    results = run(args.kinds, args.trials, args.seed, progress=progress)
    print(file=sys.stderr)
    if args.json:
        print(json.dumps([t.__dict__ for t in results], ensure_ascii=False, indent=1))
    else:
        print(markdown(results))
        for t in results:
            for f in t.failures:
                print(f"{t.kind}: {f}")
    return 1 if any(t.failures for t in results) else 0


if __name__ == "__main__":
    sys.exit(main())
