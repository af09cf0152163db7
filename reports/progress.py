"""How a report tells its caller how far it has got, and learns that it should stop."""

from __future__ import annotations

from typing import Callable

# Called with a percentage (0-100); returning False cancels the report.
ProgressCallback = Callable[[int], bool | None]


class Cancelled(Exception):
    """The caller cancelled the report; nothing was written."""


class Tracker:
    """Maps the steps of one stage onto a share of the whole and asks the callback whether to
    go on."""

    def __init__(self, callback: ProgressCallback | None = None):
        self.callback = callback
        self.start, self.span, self.total, self.done = 0.0, 1.0, 1, 0
        self._last = -1

    def stage(self, start: float, end: float, total: int) -> None:
        """The next `total` steps take the work from `start` to `end` (fractions of 1)."""
        self.start, self.span, self.total, self.done = start, end - start, max(1, total), 0
        self.check()

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        self.check()

    def check(self) -> None:
        if self.callback is None:
            return
        percent = int(100 * (self.start + self.span * min(1.0, self.done / self.total)))
        if percent == self._last:
            return
        self._last = percent
        if self.callback(percent) is False:
            raise Cancelled()
