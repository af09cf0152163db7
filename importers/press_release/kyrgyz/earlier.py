"""Sentences of a Kyrgyz text about what happened before the event it reports («2004-жылы
24-сентябрда эки өлкөнүн өкмөттөрү ... протокол бекитишкен», «Эске салсак, ... кол
коюшкан»): their dates are neither the meeting's nor the year the text's other dates are of."""

from __future__ import annotations

import re

from .words import EARLIER, EARLIER_BEFORE, SIGNED, VERB

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def earlier_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence that says something was signed before, and nothing
    signed now."""
    out = []
    for m in _SENTENCE.finditer(text):
        said = {v.lastgroup for v in VERB.finditer(m.group())}
        if SIGNED in said:
            continue
        if EARLIER in said or said and EARLIER_BEFORE.search(m.group()):
            out.append((m.start(), m.end()))
    return out
