"""Press-release import: a text that reports a meeting and the documents signed there becomes
a proposed meeting and draft instruments (`parse_press_release`, pure: no database, no Qt),
which are matched to the registry's records (`match_import`) and, once the clerk has accepted
them, written in one transaction (`apply_import`)."""

from .applying import apply_import, new_documents
from .countries import CountryIndex
from .matching import match_import
from .parser import parse_press_release
from .proposal import (EarlierInstrument, ProposedImport, ProposedInstrument, as_json,
                       count_note, dated_by_meeting)
from .source import read_text

__all__ = ["CountryIndex", "EarlierInstrument", "ProposedImport", "ProposedInstrument",
           "apply_import", "as_json", "count_note", "dated_by_meeting", "match_import",
           "new_documents", "parse_press_release", "read_text"]
