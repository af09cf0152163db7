"""Sides a list item gives in brackets after its document, as ministries' and governments'
sites list what a commission signed: «Меморандум о ... (Министерство сельского хозяйства
Кыргызской Республики – Комитет ветеринарии Республики Узбекистан)», "Agreement on ... (Ministry
of Culture of the Kyrgyz Republic – Tourism Committee of the Republic of Uzbekistan)", «...
меморандум (Кыргыз Республикасынын Айыл чарба министрлиги – ...)», or by side: «(со стороны КР –
Министерство экономики, со стороны Турции – Министерство торговли)»."""

from __future__ import annotations

import re
from collections.abc import Callable

# A bracket ending the words (a list item's «;» or «.» after it).
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{8,300})\)\s*[;.,]?\s*$")
_DASH = re.compile(r"\s+[–—-]\s+")
# A body's name: a capital (or a quote) first, two words or more, no figures («(2025–2027)»,
# «(Бишкек – Ташкент)», a route, are no sides).
_BODY = re.compile(r"[«\"A-ZА-ЯЁӨҮҢ][^\d()]*\s[^\d()]*")


def bracketed_sides(words: str, by_side: Callable[[str], list[str] | None] = lambda _: None
                    ) -> tuple[str, list[str]]:
    """The words without a bracket of two sides at their end, and the two sides: as written
    («(A – B)»), else as `by_side` reads the bracket («(со стороны КР – A, со стороны Турции –
    B)»); else (words, [])."""
    m = _BRACKET.search(words)
    if m is None:
        return words, []
    pieces = [p.strip() for p in _DASH.split(m.group("inner"))]
    if len(pieces) != 2 or not all(_BODY.fullmatch(p) for p in pieces):
        pieces = by_side(m.group("inner")) or []
    return (words[:m.start()].rstrip(), pieces) if pieces else (words, [])
