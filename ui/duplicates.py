"""Telling the clerk that a record is already in the registry: the words for a match (what
agrees, the record's number and title) and the question the editor asks before saving one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from i18n import _
from models.dates import format_date
from models.records import DuplicateMatch
from ui import errors

OPEN, SAVE_ANYWAY, CANCEL = "open", "save", "cancel"


def agreement(match: DuplicateMatch) -> str:
    """What the two records have in common, as a clerk checks it."""
    if match.same_record:
        return _("The same record")
    if match.same_day and match.same_parties:
        return _("The same kind, date and parties")
    if match.same_day:
        return _("The same kind and date, a title worded alike")
    if match.undated:
        return _("The same kind and countries, a title worded alike (the text gives no date)")
    return _("The same kind, a date that agrees as far as it is known, a title worded alike")


def record_text(match: DuplicateMatch) -> str:
    """2025/СГ-0001 «Соглашение …» (26.11.2025), and where it is when not among the live."""
    when = format_date(match.signed_date, match.signed_date_precision)
    text = f"{match.registry_number} «{match.title}»" + (f" ({when})" if when else "")
    if match.deleted:
        text += " " + _("(in the trash)")
    return text


def describe(match: DuplicateMatch) -> str:
    """«The same kind, date and parties: 2025/СГ-0001 «…» (26.11.2025)»."""
    if match.id is None:
        return _("Repeats document {n} of the text.").format(n=match.draft + 1)
    return _("{agreement}: {record}").format(agreement=agreement(match),
                                             record=record_text(match))


def question(match: DuplicateMatch) -> tuple[str, str, list[str]]:
    """The title, text and answers of the question before saving a record already on file."""
    return (_("Already in the registry?"),
            describe(match) + "\n\n" + _("Open it, or save anyway?"),
            [_("Open it"), _("Save anyway")])


def ask_duplicate(parent: QWidget | None, match: DuplicateMatch) -> str:
    """OPEN the record on file, SAVE_ANYWAY, or CANCEL."""
    answer = errors.choose(parent, *question(match))
    return {0: OPEN, 1: SAVE_ANYWAY}.get(answer, CANCEL)
