"""The errors the registry raises. Each carries a message a clerk can read."""

from __future__ import annotations

import errno
from dataclasses import dataclass

from i18n import get_language, translate


@dataclass(frozen=True)
class Label:
    """A field name, or a vocabulary code, inside a message: translated when the message is
    read, so a problem made while the program speaks Russian still reads right in English."""

    text: str
    vocabulary: object | None = None  # a models.vocabulary.Vocabulary

    def render(self, lang: str | None) -> str:
        if self.vocabulary is not None:
            return self.vocabulary.label(self.text, lang or get_language())
        return translate(self.text, lang)


@dataclass(frozen=True)
class SystemReason(Label):
    """Why the operating system refused a file operation, in the reader's language (the
    system's own text is English whatever the user's language)."""

    code: int = 0

    def render(self, lang: str | None) -> str:
        return translate(self.text, lang).format(code=self.code)


_OS_REASONS = {
    errno.ENOENT: "the file or folder does not exist",
    errno.EACCES: "access is denied",
    errno.EPERM: "access is denied",
    errno.ENOSPC: "there is no space left on the disk",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EBUSY: "the file is in use by another program",
    errno.EEXIST: "it already exists",
    errno.EIO: "the disk could not be read or written",
}


def os_reason(exc: OSError) -> SystemReason:
    """The reason of an OSError for a message's {reason}."""
    text = _OS_REASONS.get(exc.errno or 0, "the operating system refused (error {code})")
    return SystemReason(text, code=exc.errno or 0)


def render_message(message_id: str, params, lang: str | None = None) -> str:
    """The message in `lang`, its values (pairs or a dict) filled in, labels translated."""
    pairs = params.items() if isinstance(params, dict) else params
    values = {k: v.render(lang) if isinstance(v, Label) else v for k, v in pairs}
    return translate(message_id, lang).format(**values)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: which field, and what (an English message id + values)."""

    field: str
    message_id: str
    params: tuple[tuple[str, object], ...] = ()
    record: int | None = None  # which record of a batch (an import), 1-based

    def message(self, lang: str | None = None) -> str:
        text = render_message(self.message_id, self.params, lang)
        if self.record is None:
            return text
        return translate("Record {n}: {problem}", lang).format(n=self.record, problem=text)


def problem(field: str, message_id: str, /, **params) -> Problem:
    return Problem(field, message_id, tuple(params.items()))


class RegistryError(Exception):
    """An operation the registry cannot carry out; the message is for the user."""

    def __init__(self, message_id: str, **params):
        self.message_id = message_id
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        return render_message(self.message_id, self.params, lang)


class ValidationError(RegistryError):
    """The input has problems; nothing was written. `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("The record was not saved: {count} problem(s).", count=len(problems))

    def message(self, lang: str | None = None) -> str:
        head = super().message(lang)
        return head + "\n" + "\n".join(f"- {p.message(lang)}" for p in self.problems)

    def by_field(self) -> dict[str, list[Problem]]:
        out: dict[str, list[Problem]] = {}
        for p in self.problems:
            out.setdefault(p.field, []).append(p)
        return out


class NotFound(RegistryError):
    pass


class DatabaseError(RegistryError):
    """The database cannot be opened or used (missing, unreadable, not a database ...)."""


class DamagedRegistry(DatabaseError):
    """The file is a registry, but SQLite finds it damaged: restore a backup, or salvage."""


class NewerRegistry(DatabaseError):
    """The registry was made by a newer version of the program; nothing was written to it."""


class ReadOnlyRegistry(DatabaseError):
    """A change was asked of a registry open read-only; nothing was written."""
