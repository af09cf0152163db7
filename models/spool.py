"""A long list kept on disk a chunk at a time, so that its size does not grow the process: the
rows an import has planned (and the drafts they came from) wait there between the check and
the write transaction.

    spool = Spool(chunk=500)
    spool.append(item)             # in memory until a chunk is full, then pickled to disk
    for chunk in spool.chunks():   # in order, as often as wanted (a write run again reads
        ...                        # them again)
    spool[n]                       # one item (its chunk read back; the last one kept)

Several processes can each fill a spool of their own in a file opened before they were
forked (`Spool(file=...)`, then `finish()`); `Spool.joined` reads them as one, in order.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from bisect import bisect_right
from typing import BinaryIO, Iterator

Place = tuple[int, int, int]  # a chunk on disk: offset, length, items


class Spool:
    def __init__(self, chunk: int = 500, file: BinaryIO | None = None):
        self.chunk = chunk
        self._file = file  # else a temporary file, deleted when closed (or the process ends)
        self._places: list[tuple[BinaryIO, int, int]] = []  # each chunk: (file, offset, length)
        self._ends: list[int] = []  # the items up to the end of each chunk
        self._pending: list = []
        self._count = 0
        self._read: tuple[int, list] | None = None  # the chunk last read back

    @classmethod
    def joined(cls, parts: list[tuple[BinaryIO, list[Place]]], chunk: int = 500) -> Spool:
        """The spools other processes wrote (each its file and `finish()`'s places), one
        after the other, as one spool."""
        spool = cls(chunk)
        for file, places in parts:
            spool.take(file, places)
        return spool

    def take(self, file: BinaryIO, places: list[Place]) -> None:
        """More chunks another process wrote (see `joined`), after those taken before."""
        for offset, length, items in places:
            self._places.append((file, offset, length))
            self._count += items
            self._ends.append(self._count)

    def __len__(self) -> int:
        return self._count

    @property
    def chunk_count(self) -> int:
        return len(self._places) + bool(self._pending)

    def append(self, item) -> None:
        self._pending.append(item)
        self._count += 1
        if len(self._pending) >= self.chunk:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="kelishim-spool-")
        data = pickle.dumps(self._pending, pickle.HIGHEST_PROTOCOL)
        self._file.seek(0, 2)
        self._places.append((self._file, self._file.tell(), len(data)))
        self._ends.append(self._count)
        self._file.write(data)
        self._file.flush()  # read by offset (`_load`), past the file object's buffer
        self._pending = []

    def finish(self, start: int = 0) -> list[Place]:
        """Every item written out (for `joined` in another process): the chunks' places (from
        the chunk `start` on)."""
        self._flush()
        starts = [0, *self._ends]
        return [(offset, length, end - begin) for (_, offset, length), begin, end
                in list(zip(self._places, starts, self._ends))[start:]]

    def _chunk(self, n: int) -> list:
        if self._read is not None and self._read[0] == n:
            return self._read[1]
        items = _load(*self._places[n])
        self._read = (n, items)
        return items

    def chunks(self, start: int = 0) -> Iterator[list]:
        """The items in order, a chunk at a time (only one chunk read back at a time), from
        the chunk `start` on."""
        for place in self._places[start:]:
            yield _load(*place)
        if self._pending:
            yield list(self._pending)

    def __iter__(self):
        for chunk in self.chunks():
            yield from chunk

    def __getitem__(self, n: int):
        if not 0 <= n < self._count:
            raise IndexError(n)
        on_disk = self._ends[-1] if self._ends else 0
        if n >= on_disk:
            return self._pending[n - on_disk]
        at = bisect_right(self._ends, n)
        return self._chunk(at)[n - (self._ends[at - 1] if at else 0)]

    def close(self) -> None:
        for file in {id(f): f for f, _, _ in self._places}.values():
            file.close()
        if self._file is not None:
            self._file.close()
            self._file = None
        self._places, self._ends, self._pending, self._read = [], [], [], None

    def __del__(self):
        try:
            self.close()
        except Exception:  # at interpreter exit
            pass


def _load(file: BinaryIO, offset: int, length: int) -> list:
    """A chunk read back. By offset where the system can: a file another process shares
    (`Spool.joined`) has one position for both, so that seeking would race."""
    if hasattr(os, "pread"):
        return pickle.loads(os.pread(file.fileno(), length, offset))
    file.seek(offset)
    return pickle.loads(file.read(length))
