"""The instrument editor: the form of `instrument_form` loaded from the registry, checked as the
clerk types, asked about duplicates and saved.

Links and files chosen for an instrument that is not saved yet wait in their lists and are
written right after its first save; everything else is written by Save in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from app.settings import Settings
from i18n import _
from models.derivation import preview
from models.errors import RegistryError, problem
from models.numbering import format_number
from models.records import InstrumentDetail, InstrumentDraft, PartyDraft
from models.registry import Registry
from models.validation import validate_instrument
from ui.duplicates import OPEN, SAVE_ANYWAY, ask_duplicate
from ui.editor.instrument_form import HISTORY, InstrumentForm
from ui.own_language import title_of
from ui.widgets import fit_to_screen

HEADING_LENGTH = 140


def identity(draft: InstrumentDraft) -> tuple:
    """What tells one instrument from another when looking for one already on file."""
    return (draft.title, draft.title_ky, draft.title_en, draft.kind, draft.signed_date,
            draft.signed_date_precision,
            [(p.organisation_id, p.name, p.country) for p in draft.parties])


class InstrumentEditor(InstrumentForm):
    """Emits `open_requested(id)` for a record the clerk wants to see beside this one (the one
    a new record repeats)."""

    open_requested = Signal(int)

    def __init__(self, registry: Registry, settings: Settings, instrument_id: int | None = None,
                 prefill: InstrumentDraft | None = None, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.settings = settings
        self.instrument_id = instrument_id
        self.today = registry.today()
        self._uuid: str | None = None
        self._row_version: int | None = None  # the version the form was loaded from
        self._build()
        if instrument_id is not None:
            self._load(registry.instrument(instrument_id))
        else:
            draft = prefill or InstrumentDraft()
            draft.parties = self._two_parties(draft.parties)
            self._set_draft(draft)
            self._set_heading(None)
        self.mark_clean()
        fit_to_screen(self, 1180, 740)

    def _two_parties(self, parties: list[PartyDraft]) -> list[PartyDraft]:
        """A new instrument starts with two parties to fill in: the home country's body first,
        then the counterpart (the one given, if any)."""
        home = self.registry.home_country
        parties = list(parties)
        if len(parties) < 2 and not any(p.country == home for p in parties):
            parties.insert(0, PartyDraft(country=home))
        while len(parties) < 2:
            parties.append(PartyDraft())
        return parties

    # --- loading --------------------------------------------------------------------------

    def _load(self, detail: InstrumentDetail) -> None:
        self.instrument_id = detail.row.id
        self._set_draft(detail.to_draft())
        self.relations.set_instrument(detail.row.id, detail.relations)
        self.attachments.set_owner(detail.row.id, detail.attachments)
        self.history.set_instrument(detail.row.id)
        self._set_heading(detail)

    def _set_heading(self, detail: InstrumentDetail | None) -> None:
        if detail is None:
            self.setWindowTitle(_("New instrument"))
            self.tabs.setTabEnabled(HISTORY, False)
            self.tabs.setTabToolTip(HISTORY, _("The history starts with the first save."))
            return
        self.setWindowTitle(_("Instrument {number}").format(number=detail.row.registry_number))
        self.tabs.setTabEnabled(HISTORY, True)
        self.tabs.setTabToolTip(HISTORY, "")

    # --- RecordDialog ---------------------------------------------------------------------

    def is_new(self) -> bool:
        return self.instrument_id is None

    def has_pending(self) -> bool:
        return bool(self.relations.pending or self.attachments.pending)

    def problems(self, draft: InstrumentDraft) -> list:
        found = validate_instrument(draft, self.today)
        if not self.signed_date.is_valid():
            found = [p for p in found if p.field != "signed_date"]
            found.insert(0, problem("signed_date", "“{text}” is not a date; type it as "
                                                   "26.11.2025, 11.2025 or 2025.",
                                    text=self.signed_date.text()))
        return found + self.events.date_problems()

    def after_validation(self, draft: InstrumentDraft) -> None:
        self.number_hint.setText(_("Leave empty: the number is given on saving by the "
                                   "registry's pattern, e.g. {example}.").format(
            example=format_number(self.registry.number_pattern, seq=1,
                                  kind=draft.kind or "agreement",
                                  level=draft.level or "intergovernmental",
                                  year=(draft.signed_date or self.today).year)))
        self.heading_badge.setVisible(draft.signed_date is not None)
        if draft.signed_date is None:
            self.preview.show_nothing()
        else:
            result, deadlines = preview(draft, self.today, self.registry.procedure_days)
            self.preview.show_result(result, [] if draft.is_placeholder else deadlines,
                                     self.today)
            self.heading_badge.set_status(result.status)
        number = draft.registry_number
        title = title_of(draft) or _("New instrument")  # in the program's language
        self.heading.setToolTip(title)
        if len(title) > HEADING_LENGTH:  # two lines at the most, at 1366 pixels
            title = title[:HEADING_LENGTH].rsplit(" ", 1)[0] + " …"
        self.heading.setText(f"{number} · {title}" if number else title)

    def before_write(self, draft: InstrumentDraft) -> bool:
        """A new record, or one whose kind, date, title or parties changed, that repeats a
        record on file: open that one, or save anyway."""
        if not self.is_new() and identity(draft) == identity(self._baseline):
            return True
        match = self.registry.duplicate_of(draft)
        if match is None:
            return True
        answer = ask_duplicate(self, match)
        if answer == OPEN:
            self.open_requested.emit(match.id)
        return answer == SAVE_ANYWAY

    TABLE = "instrument"

    def meeting_title(self, meeting_id: int) -> str:
        try:
            return self.registry.meeting(meeting_id).row.title
        except RegistryError:
            return str(meeting_id)

    def detail(self) -> InstrumentDetail:
        return self.registry.instrument(self.instrument_id)

    def write(self, draft: InstrumentDraft, overriding=None) -> int:
        new = draft.id is None
        instrument_id = self.registry_write(lambda: self.registry.save_instrument(
            draft, overriding=overriding))
        refused = []
        if new:
            refused = self.relations.apply_pending(instrument_id) + \
                self.attachments.apply_pending(instrument_id)
        self._load(self.registry.instrument(instrument_id))
        self.mark_clean()
        self.tell_refused(_("The instrument was saved, but not all of its links and files:"),
                          refused)
        return instrument_id
