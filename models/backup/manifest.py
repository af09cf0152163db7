"""The manifest of a backup: what the backup holds and how to tell it is whole.

A backup file is a ZIP archive, the same whatever engine the registry ran on:

    manifest.json                 this manifest
    registry.db                   a consistent snapshot of the registry as an SQLite registry
    files/<ab>/<sha256>           every attached file, by its content hash

The manifest names the program and schema version that wrote it, the rows of every table of
the snapshot, and the size and SHA-256 of every member.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import datetime

FORMAT = "kelishim-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "registry.db"
FILES = "files/"
SUFFIX = ".kelishim-backup"
REASONS = ("manual", "automatic", "closing", "pre-upgrade", "before-restore")
# Tables a reader compares; SQLite's and the full-text index's own are left out.
_SKIP_TABLES = ("sqlite_", "instrument_fts")


def file_member(sha256: str) -> str:
    return f"{FILES}{sha256[:2]}/{sha256}"


@dataclass
class Manifest:
    program_version: str
    schema_revision: str | None
    created_at: str  # ISO 8601 with the offset of the machine that made it
    reason: str
    source: str  # where the registry was: a file path, or a URL without its password
    engine: str  # sqlite | postgresql
    counts: dict[str, int]  # rows per table
    files: dict[str, dict]  # member -> {"sha256": ..., "size": ...}
    missing: list[str] = field(default_factory=list)  # attachments that could not be read
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    program: str = "Kelishim"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a manifest of a Kelishim backup")
        known = set(cls.__dataclass_fields__)
        manifest = cls(**{k: v for k, v in data.items() if k in known})
        if not isinstance(manifest.counts, dict) or not isinstance(manifest.files, dict):
            raise ValueError("the manifest's counts or files are not tables")
        return manifest

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    @property
    def attachments(self) -> int:
        return sum(1 for m in self.files if m.startswith(FILES))

    @property
    def size(self) -> int:
        return sum(int(f.get("size", 0)) for f in self.files.values())

    def count(self, table: str) -> int:
        return int(self.counts.get(table, 0))

    def live_instruments(self) -> int:
        """Instruments not in the trash (the number a clerk sees), when recorded."""
        return int(self.counts.get("instrument:live", self.count("instrument")))

    def live_meetings(self) -> int:
        return int(self.counts.get("meeting:live", self.count("meeting")))

    def summary(self) -> str:
        """What it holds, in the user's language: "8 instruments, 1 meeting, 2 files"."""
        from i18n import _

        return _("instruments: {instruments}, meetings: {meetings}, attached files: {files}"
                 ).format(instruments=self.live_instruments(), meetings=self.live_meetings(),
                          files=self.attachments)


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows of every table of an SQLite registry, and the live (not deleted) instruments
    and meetings as `instrument:live` and `meeting:live`."""
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type = 'table' order by name")]
    counts = {}
    for name in names:
        if name.startswith(_SKIP_TABLES):
            continue
        counts[name] = conn.execute(f'select count(*) from "{name}"').fetchone()[0]
    for table in ("instrument", "meeting"):
        if table in counts:
            counts[f"{table}:live"] = conn.execute(
                f"select count(*) from {table} where deleted_at is null").fetchone()[0]
    return counts
