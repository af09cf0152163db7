"""A long list kept on disk a chunk at a time, so that its size does not grow the process: the
rows an import has planned (and the drafts they came from) wait there between the check and
the write transaction.

    spool = Spool(chunk=500)
    spool.append(item)             # in memory until a chunk is full, then pickled to disk
    for chunk in spool.chunks():   # in order, as often as wanted (a write run again reads
        ...                        # them again)
    spool[n]                       # one item (its chunk read back; the last one kept)
"""

from __future__ import annotations

import pickle
import tempfile
from typing import Iterator


class Spool:
    def __init__(self, chunk: int = 500):
        self.chunk = chunk
        self._file = None  # a temporary file, deleted when closed (or the process ends)
        self._places: list[tuple[int, int]] = []  # each chunk on disk: (offset, length)
        self._pending: list = []
        self._count = 0
        self._read: tuple[int, list] | None = None  # the chunk last read back

    def __len__(self) -> int:
        return self._count

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
        self._places.append((self._file.tell(), len(data)))
        self._file.write(data)
        self._pending = []

    def _chunk(self, n: int) -> list:
        if self._read is not None and self._read[0] == n:
            return self._read[1]
        offset, length = self._places[n]
        self._file.seek(offset)
        items = pickle.loads(self._file.read(length))
        self._read = (n, items)
        return items

    def chunks(self) -> Iterator[list]:
        """The items in order, a chunk at a time (only one chunk read back at a time)."""
        for n, (offset, length) in enumerate(self._places):
            self._file.seek(offset)
            yield pickle.loads(self._file.read(length))
        if self._pending:
            yield list(self._pending)

    def __iter__(self):
        for chunk in self.chunks():
            yield from chunk

    def __getitem__(self, n: int):
        if not 0 <= n < self._count:
            raise IndexError(n)
        on_disk = len(self._places) * self.chunk
        if n >= on_disk:
            return self._pending[n - on_disk]
        return self._chunk(n // self.chunk)[n % self.chunk]

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._places, self._pending, self._read = [], [], None

    def __del__(self):
        try:
            self.close()
        except Exception:  # at interpreter exit
            pass
