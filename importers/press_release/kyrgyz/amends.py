"""The earlier instrument a Kyrgyz name amends, supplements, extends, implements or ends, in
the nominative: «... макулдашууга өзгөртүүлөрдү (жана толуктоолорду) киргизүү тууралуу
протокол», «... келишимди өзгөртүү жөнүндө протокол», «... макулдашуунун мөөнөтүн узартуу
жөнүндө протокол», «... келишимге кошумча протокол», «... программаны ишке ашыруу боюнча
план»; and its date where the text gives it elsewhere («2016-жылы ... протоколдорго кол
коюшкан», «1997-жылы кол коюлган ... макулдашууга ...»)."""

from __future__ import annotations

import re

from models.kyrgyz_words import without_case

from ..dates import FoundDate, find_dates
from .mentions import Named
from .words import EARLIER, kind_stem

_KIND = r"(?:макулдашуу|келишим|меморандум|протокол|конвенция|программа|декларация|устав|" \
    r"жобо|эреже)\w*"  # (an organisation's «Уставына», «... жобосуна», «Эрежелерине»)
_HOW = [
    (r"(?:өзгөр(?:т)?үү|түзөтүү)\w*(?:\s+жана\s+(?:толуктоо|түзөтүү)\w*)?(?:\s+киргиз\w*)?",
     "amends"),  # (also
    # «өзгөртүү киргизүүчү», «өзгөртүүлөрдү киргизген»)
    (r"толуктоо\w*(?:\s+киргиз\w*)?", "supplements"),
    (r"(?:колдонулуу\s+|аракет(?:\s+этүү)?\s+)?мөөнөтүн\s+узартуу", "extends"),
    (r"кошумча|тиркелме|тиркелген|карата", "supplements"),  # («... макулдашууга карата
    # протокол»: a protocol to it)
    (r"ишке\s+ашыруу", "implements"),
    (r"(?:күчүн\s+жоготту\s+деп\s+таануу|токтотуу)", "terminates"),
]
_PART = r"(?:\s+(?:айрым\s+)?(?:жоболоруна|беренелерине|\d+-беренесине|тиркемесине))?"
_AMENDING = [(re.compile(r"^(?P<target>.+?" + _KIND + r")" + _PART + r"(?:\s+карата)?\s+(?:" + how +
                         r")(?:\s+(?:тууралуу|жөнүндө|боюнча))?\s+\S+$", re.I), relation)
             for how, relation in _HOW]
_AMENDING.append((re.compile(r"^(?P<target>.+?" + _KIND + r")(?<=[гк][аеоө])\s+протокол\S*$", re.I),
                  "supplements"))  # «... макулдашууга протокол»: a protocol to it


# «2010-жылы (Астанада) кол коюлган ...»: how the earlier one came to be is not its name (its
# date stays, for the caller to read and take out).
_SIGNED_THEN = re.compile(r"(?:(?<=^)|(?<=\s))(?:[А-ЯӨҮҢ][\w-]*[дт][аеоө]\s+)?(?:кол\s+коюлган|"
                          r"түзүлгөн|кабыл\s+алынган)\s+", re.I)


def reference(title: str) -> tuple[str, str] | None:
    """(relation, the earlier instrument's name in the nominative), or None; a name quoted
    before its kind word («"... макулдашууга өзгөртүүлөрдү киргизүү жөнүндө" протокол») too."""
    title = " ".join(re.sub(r"[«»\"“”]", " ", title).split())
    words = title.split()
    if not words or kind_stem(words[-1]) is None:
        return None
    for pattern, relation in _AMENDING:
        m = pattern.match(title.strip())
        if m:
            target = _SIGNED_THEN.sub(" ", m.group("target")).strip()
            if not re.search(r"[а-яөүң]\s+\S", target.split("-жыл")[-1], re.I):
                return None  # «(2010-жылы) ... макулдашууга»: its name is not given
            head, _sp, last = target.rpartition(" ")
            name = f"{head} {without_case(last)}".strip()
            return relation, name[:1].upper() + name[1:]
    return None


# «2017-жылы (Бишкекте) кол коюлган (эки өлкөнүн ортосундагы) ...»
_SIGNED_BEFORE = re.compile(r"(?:кол\s+коюлган|түзүлгөн|кабыл\s+алынган)(?:\s+(?:(?!кол\s+коюл|"
                            r"түзүл|кабыл\s+алын)[^.;:]){0,80}?(?:ортосундагы|арасындагы))?\s*$", re.I)


def earlier_date(text: str, named: Named, target: str, names: list[Named],
                 reference_day) -> FoundDate | None:
    """The date of the earlier instrument: given just before the name («2017-жылы кол
    коюлган ...»), else in the sentence that says an instrument of its kind was signed
    before («Эки өлкөнүн өкмөттөрү 2016-жылы ... протоколдорго кол коюшкан»)."""
    before = text[named.own_start:named.start]
    signed = _SIGNED_BEFORE.search(before)
    if signed:
        found = find_dates(before[:signed.start()], reference_day)
        if found:
            return found[-1]
    stem = kind_stem(target.split()[-1]) if target.split() else None
    for x in names:
        if x is not named and x.status == EARLIER and x.kind == stem:
            found = find_dates(text[x.own_start:x.scope_end], reference_day)
            if found:
                return found[0]
    return None
