"""The one entry point: make the report a request names and write it as PDF."""

from __future__ import annotations

from typing import BinaryIO

from i18n import language
from models.registry import Registry

from . import briefing, card, deadlines_report, status_report, treaty_base
from .document import ReportDocument
from .progress import ProgressCallback, Tracker
from .request import ReportRequest

_COMPOSERS = {
    "status": status_report.compose,
    "briefing": briefing.compose,
    "treaty_base": treaty_base.compose,
    "deadlines": deadlines_report.compose,
    "card": card.compose,
}


def build_report(registry: Registry, request: ReportRequest, out: str | BinaryIO,
                 progress: ProgressCallback | None = None) -> int:
    """Write the report to `out` (a path or a binary file) and return its number of pages.
    Raises RegistryError for a record that does not exist and progress.Cancelled when
    `progress` returns False; in both cases nothing is written to a path."""
    tracker = Tracker(progress)
    with language(request.lang):
        head, story = _COMPOSERS[request.kind](registry, request, tracker)
        doc = ReportDocument(out, head, tracker)
        doc.build_story(story)
    tracker.stage(1.0, 1.0, 1)
    return doc.page
