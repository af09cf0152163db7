"""The registry API: the only door to the data.

The UI, reports, importers and the command line call the methods of `Registry` with and get back
the plain values of `models.records`; none of them opens a session or writes SQL. Every change is
written to the audit log in the same transaction; invalid input raises one `ValidationError`
carrying every problem and writes nothing.

One class, one door; its methods live in a module per kind of record (the mixins below), so a
reader finds the instruments, meetings or organisations each in a file of its own.
"""

from __future__ import annotations

from .attachments import AttachmentsMixin
from .base import RegistryBase
from .countries import CountriesMixin
from .derived import DerivedMixin
from .duplicates import DuplicatesMixin
from .instruments import InstrumentsMixin, audited
from .integrity import IntegrityMixin
from .listing import SORT_KEYS, ListingMixin
from .meetings import MeetingsMixin
from .merging import MergingMixin
from .organisations import OrganisationsMixin
from .relations import RelationsMixin
from .settings import SettingsMixin
from .summary import SummaryMixin

__all__ = ["Registry", "SORT_KEYS", "audited"]


class Registry(SettingsMixin, CountriesMixin, OrganisationsMixin, MeetingsMixin,
               InstrumentsMixin, RelationsMixin, AttachmentsMixin, ListingMixin, DerivedMixin,
               DuplicatesMixin, MergingMixin, IntegrityMixin, SummaryMixin, RegistryBase):
    """One open registry database. Cheap to query from any thread; writes are serialised by
    the database."""
