"""What the audit log stores: JSON-ready snapshots of records and the differences between them."""

from __future__ import annotations

import getpass
import os
from datetime import date, datetime


_PLAIN = frozenset((str, int, float, bool))  # JSON values as they are


def current_user() -> str:
    """The operating-system user, as the audit log names who made a change."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers, services): fall back to the uid
        return f"uid-{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def plain(value):
    """A JSON value for anything a record field holds."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def created(fields) -> dict[str, list]:
    """`diff({}, dict(fields))` (a new record's changes) from its (field, value) pairs in the
    fields' order, at less cost: an import makes one a row."""
    out = {}
    for key, value in fields:
        b = value if type(value) in _PLAIN else plain(value)
        if b is not None and b != "" and b != []:
            out[key] = [None, b]
    return out


def diff(old: dict, new: dict) -> dict[str, list]:
    """{field: [old, new]} for every field whose value changed (missing counts as None)."""
    out = {}
    for key in sorted(set(old) | set(new)):
        a, b = plain(old.get(key)), plain(new.get(key))
        if a != b and not (a in (None, "", []) and b in (None, "", [])):
            out[key] = [a, b]
    return out
