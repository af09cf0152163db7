"""Cells that a spreadsheet program would run as a formula are written as plain text.

A cell beginning with = + - @ (or a tab or carriage return, which some programs skip before
reading the formula) gets a leading apostrophe, as OWASP's CSV-injection advice has it. The
spreadsheet import takes the apostrophe off again, so an export imports back unchanged.
"""

from __future__ import annotations

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value
