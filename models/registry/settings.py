"""Settings kept in the registry itself, shared by every clerk and the command line: the
numbering pattern and the days allowed for internal procedures."""

from __future__ import annotations

from ..deadlines import DEFAULT_PROCEDURE_DAYS
from ..errors import ValidationError, problem
from ..numbering import DEFAULT_PATTERN
from ..tables import AuditEntry, RegistrySetting
from ..validation import validate_number_pattern
from .base import RegistryBase


class SettingsMixin(RegistryBase):
    def setting(self, key: str, default: str = "") -> str:
        with self._read() as s:
            row = s.get(RegistrySetting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as s:
            row = s.get(RegistrySetting, key)
            old = row.value if row else None
            if row is None:
                row = RegistrySetting(key=key, value=value)
            row.value = value
            s.add(row)
            s.add(AuditEntry(user=self.user, table_name="registry_setting", record_uuid=key,
                             action="update", changes={key: [old, value]}))

    @property
    def number_pattern(self) -> str:
        return self.setting("number_pattern", DEFAULT_PATTERN)

    def set_number_pattern(self, pattern: str) -> None:
        problems = validate_number_pattern(pattern)
        if problems:
            raise ValidationError(problems)
        self.set_setting("number_pattern", pattern)

    def _read_procedure_days(self) -> int:
        try:
            return max(1, int(self.setting("procedure_days", str(DEFAULT_PROCEDURE_DAYS))))
        except ValueError:
            return DEFAULT_PROCEDURE_DAYS

    def set_procedure_days(self, days: int) -> None:
        if days <= 0:
            raise ValidationError([problem("procedure_days",
                                           "“{field}” must be a positive number, not {value}.",
                                           field="procedure_days", value=days)])
        self.set_setting("procedure_days", str(days))
        self.procedure_days = days
        self.refresh_derived(force=True)
