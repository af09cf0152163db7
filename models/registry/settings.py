"""Settings kept in the registry itself, shared by every clerk and the command line: the
numbering pattern, the days allowed for internal procedures and the organisation's name that
reports print, in Russian, Kyrgyz and English."""

from __future__ import annotations

from ..deadlines import DEFAULT_PROCEDURE_DAYS
from ..errors import ValidationError, problem
from ..numbering import DEFAULT_PATTERN
from ..tables import AuditEntry, RegistrySetting
from ..validation import validate_number_pattern
from .base import RegistryBase, writes

ORGANISATION_LANGUAGES = ("ru", "ky", "en")
MAX_ORGANISATION_NAME = 300


class SettingsMixin(RegistryBase):
    def setting(self, key: str, default: str = "") -> str:
        with self._read() as s:
            row = s.get(RegistrySetting, key)
            return row.value if row else default

    @writes
    def set_setting(self, key: str, value: str) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: dict[str, str]) -> None:
        """Change several settings in one transaction, each audited."""
        with self._write() as s:
            for key, value in values.items():
                row = s.get(RegistrySetting, key)
                old = row.value if row else None
                if old == value:
                    continue
                if row is None:
                    row = RegistrySetting(key=key, value=value)
                row.value = value
                s.add(row)
                s.add(AuditEntry(user=self.user, table_name="registry_setting",
                                 record_uuid=key, action="update", changes={key: [old, value]}))

    def organisation_names(self) -> dict[str, str]:
        """The organisation's name in each language ("" where none is set)."""
        return {lang: self.setting(f"organisation_name_{lang}")
                for lang in ORGANISATION_LANGUAGES}

    def organisation_name(self, lang: str) -> str:
        """The name reports print in `lang`: in that language, else in Russian, else ""."""
        names = self.organisation_names()
        return names.get(lang) or names["ru"]

    def set_organisation_names(self, names: dict[str, str]) -> None:
        """Set the organisation's names (languages not given keep theirs)."""
        problems = []
        clean = {}
        for lang, name in names.items():
            if lang not in ORGANISATION_LANGUAGES:
                continue
            name = " ".join(name.split())
            if len(name) > MAX_ORGANISATION_NAME:
                problems.append(problem(f"organisation_name_{lang}", "The organisation's name "
                                        "has {length} characters; at most {max} are allowed.",
                                        length=len(name), max=MAX_ORGANISATION_NAME))
            clean[f"organisation_name_{lang}"] = name
        if problems:
            raise ValidationError(problems)
        self.set_settings(clean)

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
