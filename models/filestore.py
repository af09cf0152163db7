"""Attachment files, stored under their SHA-256 and never moved: in the folder beside a SQLite
registry (`FileStore`), or inside the database of a registry on a department's server
(`DatabaseStore`), which every clerk's machine reaches through its connection.

Everything that reads or writes stored files (the registry, backups, restores, the check,
`copy`) goes through a store: `hashes()` enumerates what is stored, `open()` reads one file,
`verify()` tells whether it is whole, `put()` and `put_stream()` store one, `keep()` makes a
file part of the transaction that attaches it, `fetch()` gives a local path to open.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterator

CHUNK = 1 << 20
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def sha256_of(path: Path) -> str:
    with open(path, "rb") as fh:
        return sha256_of_stream(fh)


def sha256_of_stream(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def store_beside(database: Path) -> "FileStore":
    """The store of an SQLite registry: the folder <name>.files beside its file."""
    return FileStore(database.with_name(database.stem + ".files"))


class FileStore:
    """Content-addressed files: <root>/<first two hex digits>/<sha256>."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> tuple[str, int, str]:
        """Copy `source` in (once per content). Returns (sha256, size, media type)."""
        source = Path(source)
        sha = sha256_of(source)
        target = self.path(sha)
        if not target.exists():
            with open(source, "rb") as fh:
                self._write(fh, target)
        media = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return sha, source.stat().st_size, media

    def put_stream(self, stream: BinaryIO, sha256: str) -> None:
        """Store the content read from `stream`, which must hash to `sha256` (a restore
        brings files back by their hash); a file already stored whole is left as it is."""
        if not _SHA256.match(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        target = self.path(sha256)
        if self.verify(sha256):
            return
        self._write(stream, target, sha256)

    def _write(self, stream: BinaryIO, target: Path, expected: str | None = None) -> None:
        """Write beside the target, then rename: a file is in the store whole or not at all."""
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if expected is not None and digest.hexdigest() != expected:
                raise ValueError(f"content does not match its hash {expected}")
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def open(self, sha256: str) -> BinaryIO:
        """The stored file for reading; FileNotFoundError when it is not there."""
        return open(self.path(sha256), "rb")

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def verify(self, sha256: str) -> bool:
        path = self.path(sha256)
        return path.is_file() and sha256_of(path) == sha256

    def size(self, sha256: str) -> int:
        return self.path(sha256).stat().st_size

    def hashes(self) -> Iterator[str]:
        """Every content hash stored (files being written are not listed)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for item in sorted(folder.iterdir()):
                    if _SHA256.match(item.name) and item.name.startswith(folder.name):
                        yield item.name

    def copy_to(self, sha256: str, target: Path) -> None:
        with self.open(sha256) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out, CHUNK)

    def keep(self, s, sha256: str, source: Path) -> None:
        """Nothing more to do inside the transaction: `put` stored the file already."""

    def fetch(self, sha256: str) -> Path:
        """A local path to open the file at."""
        return self.path(sha256)


class DatabaseStore:
    """Attachment files inside the registry's own database (table `storedfile`), for a
    registry on a server: a file's row is written in the transaction that attaches it, so the
    bytes are there exactly when the record is, for every clerk, and a dump or `copy` of the
    database carries them. A file a clerk opens is copied to `cache` first (the user's cache
    folder), where `path()` names it."""

    def __init__(self, engine, cache: Path):
        self.engine = engine
        self.root = Path(cache)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> tuple[str, int, str]:
        """Hash `source` (its bytes are stored by `keep`, in the attaching transaction)."""
        source = Path(source)
        media = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return sha256_of(source), source.stat().st_size, media

    def keep(self, s, sha256: str, source: Path) -> None:
        with open(source, "rb") as fh:
            data = fh.read()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise OSError(f"{source} changed while it was being attached")
        self._insert(s.connection(), sha256, data)

    def put_stream(self, stream: BinaryIO, sha256: str) -> None:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        data = stream.read()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"content does not match its hash {sha256}")
        from . import locking

        with locking.writer(self.engine).begin() as conn:
            self._insert(conn, sha256, data)

    @staticmethod
    def _insert(conn, sha256: str, data: bytes) -> None:
        from sqlalchemy import insert, select

        from .tables import StoredFile

        if conn.execute(select(StoredFile.sha256)
                        .where(StoredFile.sha256 == sha256)).first() is None:
            conn.execute(insert(StoredFile), {"sha256": sha256, "size": len(data),
                                              "content": data})

    def _content(self, sha256: str) -> bytes | None:
        from sqlalchemy import select

        from .tables import StoredFile

        with self.engine.connect() as conn:
            data = conn.execute(select(StoredFile.content)
                                .where(StoredFile.sha256 == sha256)).scalar()
        return None if data is None else bytes(data)

    def open(self, sha256: str) -> BinaryIO:
        data = self._content(sha256)
        if data is None:
            raise FileNotFoundError(sha256)
        return io.BytesIO(data)

    def has(self, sha256: str) -> bool:
        return self.size(sha256) is not None

    def verify(self, sha256: str) -> bool:
        data = self._content(sha256)
        return data is not None and hashlib.sha256(data).hexdigest() == sha256

    def size(self, sha256: str) -> int | None:
        from sqlalchemy import select

        from .tables import StoredFile

        with self.engine.connect() as conn:
            return conn.execute(select(StoredFile.size)
                                .where(StoredFile.sha256 == sha256)).scalar()

    def hashes(self) -> Iterator[str]:
        from sqlalchemy import select

        from .tables import StoredFile

        with self.engine.connect() as conn:
            yield from conn.execute(select(StoredFile.sha256)
                                    .order_by(StoredFile.sha256)).scalars().all()

    def copy_to(self, sha256: str, target: Path) -> None:
        with self.open(sha256) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out, CHUNK)

    def fetch(self, sha256: str) -> Path:
        """A local copy to open, made (again) from the database when needed."""
        target = self.path(sha256)
        if not (target.is_file() and sha256_of(target) == sha256):
            with self.open(sha256) as src:
                FileStore(self.root)._write(src, target, sha256)
        return target
