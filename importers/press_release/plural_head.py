"""Two bodies sharing one plural head noun in a Russian subject: «торгово-промышленные палаты
Пензенской области и Республики Мордовия», «мэрии Бишкека и Алматы» — one body of that kind
for each owner in the genitive after it («Торгово-промышленная палата Пензенской области»,
«Торгово-промышленная палата Республики Мордовия»)."""

from __future__ import annotations

import re

from .morphology import cases_of, head_noun, inflect_phrase

# The subject: a plural head (with its adjectives) and two owners joined by «и», each opening
# with a capital letter.
_SHARED = re.compile(r"^(?P<head>(?:[А-ЯЁа-яё][а-яё-]*\s+){0,2}?[А-ЯЁа-яё][а-яё-]*)\s+"
                     r"(?P<a>[А-ЯЁ][^,;]*?)\s+и\s+(?P<b>[А-ЯЁ][^,;]*?)$")


def _genitive(words: str) -> bool:
    """Whether a capitalised name opens with a word in the genitive («Пензенской», «Республики»,
    «Бишкека»)."""
    return "gent" in cases_of(words.split()[0])


def shared_plural_head(who: str, countries) -> list[str] | None:
    """[«Head A», «Head B»] for «heads A и B» whose head is a noun in the nominative plural; else
    None (a country's name after the head is left to the rules that name its bodies)."""
    m = _SHARED.match(who.strip())
    if not m:
        return None
    tokens = m.group("head").split()
    found = head_noun(tokens, "nomn")
    if found is None or found[1].tag.number != "plur":
        return None
    if not (_genitive(m.group("a")) and _genitive(m.group("b"))) or any(
            countries.whole_country(m.group(k)) for k in ("a", "b")):
        return None
    one = inflect_phrase(m.group("head"), "nomn", case="nomn", number="sing")
    if one == m.group("head"):
        return None
    one = one[:1].upper() + one[1:]
    return [f"{one} {m.group(k)}" for k in ("a", "b")]
