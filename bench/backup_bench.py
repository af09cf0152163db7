"""How long backups, restores, checks and salvage take on a registry of a given size:

    python -m bench.backup_bench --db PATH [--db PATH ...]

Each registry is copied first (the copy is what is measured; PATH is left alone). Prints one
Markdown row per registry for docs/RELIABILITY.md.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def timed(fn):
    started = time.monotonic()
    result = fn()
    return time.monotonic() - started, result


def measure(source: Path, work: Path) -> dict:
    from models.backup.folder import BackupFolder
    from models.backup.restore import restore
    from models.backup.salvage import salvage
    from models.backup.snapshot import back_up_sqlite
    from models.file_check import check_file, sqlite_problems

    db = work / "registry.db"
    shutil.copyfile(source, db)
    files = source.with_name(source.stem + ".files")
    if files.is_dir():
        shutil.copytree(files, work / "registry.files")
    conn = sqlite3.connect(str(db))
    instruments = conn.execute("select count(*) from instrument").fetchone()[0]
    conn.close()
    out = {"instruments": instruments, "db": db.stat().st_size}
    out["quick check"], problems = timed(lambda: sqlite_problems(db, quick=True))
    assert problems == [], problems
    backup = work / "b.kelishim-backup"
    out["backup"], _m = timed(lambda: back_up_sqlite(db, backup))
    out["backup size"] = backup.stat().st_size
    out["restore (new file)"], _r = timed(
        lambda: restore(backup, work / "restored.db", BackupFolder(work / "kept")))
    out["restore (over it)"], _r = timed(
        lambda: restore(backup, db, BackupFolder(work / "kept")))
    out["check"], result = timed(lambda: check_file(db))
    assert result.ok, result.problems[:3]
    out["salvage"], _s = timed(lambda: salvage(db, work / "salvaged.db"))
    return out


def mb(size: int) -> str:
    return f"{size / 2**20:,.0f} MB" if size >= 2**20 else f"{size / 2**10:,.0f} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, action="append", required=True)
    args = parser.parse_args(argv)
    print("| instruments | file | quick check | backup | backup file | restore (new) | "
          "restore (over) | check | salvage |")
    print("|---|---|---|---|---|---|---|---|---|")
    for source in args.db:
        with tempfile.TemporaryDirectory(prefix="kelishim-backup-bench-",
                                         dir=source.parent) as work:
            m = measure(source, Path(work))
        print(f"| {m['instruments']:,} | {mb(m['db'])} | {m['quick check']:.1f} s | "
              f"{m['backup']:.1f} s | {mb(m['backup size'])} | "
              f"{m['restore (new file)']:.1f} s | {m['restore (over it)']:.1f} s | "
              f"{m['check']:.1f} s | {m['salvage']:.1f} s |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
