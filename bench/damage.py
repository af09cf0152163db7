"""Ways to damage a registry, as disks, crashes and hands do: for the tests and the trials.

Each function takes a registry file (and its attachment store) and damages it in place; the
check must report every one of them with exit 1.
"""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path


def page_size(path: Path) -> int:
    """The file's page size, from its header (new registries have 8 KB pages, older ones
    SQLite's default of 4 KB; 1 stands for 65536)."""
    with open(path, "rb") as fh:
        fh.seek(16)
        size = int.from_bytes(fh.read(2), "big")
    return 65536 if size == 1 else size


def settle(path: Path) -> None:
    """Fold the -wal file into the database and leave it in rollback mode, so that bytes
    written into the file are what SQLite reads."""
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


def pages(path: Path) -> int:
    return path.stat().st_size // page_size(path)


def overwrite_page(path: Path, fraction: float, seed: int = 1) -> int:
    """Random bytes over the whole page at `fraction` of the file; returns its number."""
    settle(path)
    page = page_size(path)
    number = max(1, int(pages(path) * fraction))
    with open(path, "r+b") as fh:
        fh.seek(number * page)
        fh.write(random.Random(seed).randbytes(page))
    return number


def page_of(path: Path, name: str) -> int:
    """The root page of a table or an index (1-based as SQLite counts)."""
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("select rootpage from sqlite_master where name = ?",
                            (name,)).fetchone()[0]
    finally:
        conn.close()


def scribble_on(path: Path, name: str, seed: int = 2) -> None:
    """Random bytes over the root page of a table or an index (on a small registry, the
    page that holds all its rows)."""
    settle(path)
    page = page_size(path)
    number = page_of(path, name)
    with open(path, "r+b") as fh:
        fh.seek((number - 1) * page)
        fh.write(random.Random(seed).randbytes(page))


def leaf_of(path: Path, name: str) -> int:
    """A leaf page of a table's tree (its last), found from its root page."""
    number = page_of(path, name)
    page = page_size(path)
    with open(path, "rb") as fh:
        while True:
            fh.seek((number - 1) * page + (100 if number == 1 else 0))
            head = fh.read(12)
            if head[0] != 0x05:  # not an interior table page: a leaf
                return number
            number = int.from_bytes(head[8:12], "big")


def overwrite_leaf(path: Path, name: str, seed: int = 3) -> int:
    """Random bytes over one leaf page of a table: the rows on it are lost, no others."""
    settle(path)
    page = page_size(path)
    number = leaf_of(path, name)
    with open(path, "r+b") as fh:
        fh.seek((number - 1) * page)
        fh.write(random.Random(seed).randbytes(page))
    return number


def scribble_on_schema(path: Path, seed: int = 4) -> None:
    """Random bytes over the list of tables (page 1 after its header): nothing can be read."""
    settle(path)
    page = page_size(path)
    with open(path, "r+b") as fh:
        fh.seek(100)
        fh.write(random.Random(seed).randbytes(page - 100))


def truncate(path: Path, keep: float = 0.5) -> None:
    settle(path)
    page = page_size(path)
    with open(path, "r+b") as fh:
        fh.truncate(int(pages(path) * keep) * page)


def zero_header(path: Path) -> None:
    settle(path)
    with open(path, "r+b") as fh:
        fh.write(bytes(100))


def change_rows(path: Path, sql: str) -> None:
    """A change written behind the registry's back (another tool, a bad hand)."""
    conn = sqlite3.connect(str(path))
    conn.executescript(sql)
    conn.commit()
    conn.close()


def damage_attachment(store_root: Path) -> Path:
    """Change the bytes of one stored attachment file."""
    files = sorted(p for p in store_root.rglob("*") if p.is_file())
    target = files[0]
    with open(target, "r+b") as fh:
        fh.write(b"damaged")
    return target


def remove_attachment(store_root: Path) -> Path:
    files = sorted(p for p in store_root.rglob("*") if p.is_file())
    os.remove(files[0])
    return files[0]


# name -> (function of (registry file, store folder), what the check must find)
KINDS = {
    "page at 1/6": lambda db, store: overwrite_page(db, 1 / 6),
    "page at 1/2": lambda db, store: overwrite_page(db, 1 / 2),
    "page at 5/6": lambda db, store: overwrite_page(db, 5 / 6),
    "instrument table root": lambda db, store: scribble_on(db, "instrument"),
    "instrument leaf": lambda db, store: overwrite_leaf(db, "instrument"),
    "an index": lambda db, store: scribble_on(db, "ix_instrument_live_title"),
    "cut in half": lambda db, store: truncate(db),
    "list of tables": lambda db, store: scribble_on_schema(db),
    "header zeroed": lambda db, store: zero_header(db),
    "status edited by hand": lambda db, store: change_rows(
        db, "update instrument set status = 'terminated' where id = 1"),
    "search index out of step": lambda db, store: change_rows(
        db, "update instrument_fts_data set block = zeroblob(length(block)) where id > 10"),
    "search text stale": lambda db, store: change_rows(
        db, "drop trigger instrument_fts_update; update instrument set search_text = 'x', "
            "title_key = 'x' where id = 2"),
    "registry number emptied": lambda db, store: change_rows(
        db, "update instrument set registry_number = '' where id = 3"),
    "dangling party": lambda db, store: change_rows(
        db, "pragma foreign_keys=off; delete from organisation where id = "
            "(select organisation_id from instrumentparty limit 1)"),
    "attachment changed": lambda db, store: damage_attachment(store),
    "attachment missing": lambda db, store: remove_attachment(store),
}
