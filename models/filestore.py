"""Attachment files: copied into the registry's own folder under their SHA-256, never moved.

Everything that reads or writes stored files (the registry, backups, restores, the check) goes
through a `FileStore`: `hashes()` enumerates what is stored, `open()` reads one file, `verify()`
tells whether it is whole, `put()` and `put_stream()` store one. A store of another kind (files
kept inside a server database) offers the same methods.
"""

from __future__ import annotations

import hashlib
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
