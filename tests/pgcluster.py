"""A throwaway PostgreSQL server for the tests: Debian's `postgresql` package, a cluster in a
temporary folder, listening only on a Unix socket there (no TCP port shared with anyone).

    python tests/pgcluster.py start DIR    # prints the URL of its "postgres" database
    python tests/pgcluster.py stop DIR

`.ci/run` starts one and hands its URL to the tests in KELISHIM_TEST_POSTGRESQL; without it,
tests/conftest.py starts one per test worker when the server programs are installed. As root,
the server runs as the `postgres` user (PostgreSQL refuses to run as root). Durability is
switched off: the data is thrown away with the folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

USER = "kelishim"
PORT = 55432  # only the socket's file name: no TCP
OPTIONS = ("-c listen_addresses='' -c fsync=off -c synchronous_commit=off "
           "-c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB")


def server_bin() -> Path | None:
    """The newest installed server's programs (/usr/lib/postgresql/<version>/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _as_server_user(args: list[str], folder: Path) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        args = ["su", "-s", "/bin/sh", "postgres", "-c", " ".join(_quote(a) for a in args)]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def url(folder: Path, database: str = "postgres") -> str:
    return f"postgresql+psycopg://{USER}@/{database}?host={folder}&port={PORT}"


def start(folder: Path) -> str:
    """Create and start a cluster in `folder` (made if missing); its URL."""
    binaries = server_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (Debian package postgresql)")
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    data = folder / "data"
    if not data.exists():
        done = _as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", USER,
                                "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"],
                               folder)
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr.strip()[-300:]}")
    done = _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-l",
                            str(folder / "server.log"), "-w", "-o",
                            f"-k {folder} -p {PORT} {OPTIONS}", "start"], folder)
    if done.returncode:
        log = (folder / "server.log").read_text(errors="replace")[-500:] \
            if (folder / "server.log").exists() else done.stderr
        raise RuntimeError(f"PostgreSQL did not start: {log.strip()}")
    return url(folder)


def stop(folder: Path) -> None:
    binaries = server_bin()
    folder = Path(folder).resolve()
    if binaries is not None and (folder / "data").exists():
        _as_server_user([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-m",
                         "immediate", "stop"], folder)


if __name__ == "__main__":
    command, where = sys.argv[1], Path(sys.argv[2])
    if command == "start":
        print(start(where))
    elif command == "stop":
        stop(where)
    else:
        sys.exit(f"usage: {sys.argv[0]} start|stop DIR")
