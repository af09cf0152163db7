"""Helpers for the tests of several clerks at work on one registry."""

from __future__ import annotations

import threading

from conftest import TODAY

from models.registry import Registry


class HeldLock:
    """Another clerk in the middle of a long change: a second registry on the same database
    holding the write lock until `release()`."""

    def __init__(self, location):
        self.registry = Registry.open(location, today=lambda: TODAY)
        self.taken, self.done = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._hold, daemon=True)

    def _hold(self) -> None:
        with self.registry.transaction():
            self.registry.set_setting("held", "yes")  # the transaction's first write
            self.taken.set()
            self.done.wait(60)

    def __enter__(self):
        self.thread.start()
        assert self.taken.wait(30)
        return self

    def release(self) -> None:
        self.done.set()
        self.thread.join(30)

    def __exit__(self, *exc):
        self.release()
        self.registry.close()
