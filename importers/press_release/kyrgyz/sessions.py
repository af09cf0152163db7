"""The sides of a protocol a Kyrgyz text names without them: a session's protocol of a council
or commission of two peoples' governments («кыргыз-казак Өкмөттөр аралык кеңешинин
11-жыйынынын протоколу»: the two governments), and a bare «протокол» of the meeting the text
reports — of the two countries' bodies («эки өлкөнүн өкмөттүк делегацияларынын жумушчу
топтору ... жолугушту»: each country's «өкмөттүк делегациясынын жумушчу тобу») or of two
delegations each led by someone of its country («Кыргызстандын ... жетектеген өкмөттүк
делегация менен Өзбекстандын ... жетектеген делегациянын жолугушуусу»)."""

from __future__ import annotations

import re

from models.kyrgyz_words import without_case
from models.records import PartyDraft

from ..countries import CountryIndex
from .parties import _singular, country_parties, drafts, of_country
from .signed_by import PEOPLES

_PEOPLES = "|".join(PEOPLES)
# «кыргыз-казак Өкмөттөр аралык кеңеши», «Кыргыз-өзбек өкмөттөр аралык комиссиясы»
_COUNCIL = re.compile(r"(?<![\w-])(?P<a>%s)-(?P<b>%s)\s+(?:[\w-]+\s+){0,2}?өкмөттөр\s+аралык\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:кеңеш|комиссия)\w*" % (_PEOPLES, _PEOPLES), re.I)
_PAIR = re.compile(r"(?<![\w-])(?P<a>%s)-(?P<b>%s)(?![\w-])" % (_PEOPLES, _PEOPLES), re.I)
_PLURAL = r"[а-яөүң-]+?(?:лар|лер|лор|лөр|дар|дер|дор|дөр|тар|тер|тор|төр)[ыиуү](?:н[ыиуү]н)?"
# «эки өлкөнүн (өкмөттүк) делегацияларынын (жумушчу) топтору»
_BOTH_BODIES = re.compile(r"(?<![\w-])(?:эки\s+(?:өлкөнүн|мамлекеттин|тараптын)|"
                          r"(?P<named>[А-ЯӨҮҢ][\w-]+\s+менен\s+[А-ЯӨҮҢ][\w-]+(?:[ндт][ыиуү]н)?))"
                          r"(?:\s+(?:[а-яөүң-]+\s+){1,5}?боюнча)?"  # («... демаркациялоо боюнча»)
                          r"(?P<chain>(?:\s+[а-яөүң-]+?(?:тык|тик|тук|түк|дык|дик|дук|дүк|лык|"
                          r"лик|лук|лүк|чу|чү|ыш))*\s+%s(?:\s+(?:[а-яөүң-]+\s+){0,2}?%s)?)(?![\w-])"
                          % (_PLURAL, _PLURAL), re.I)
_DELEGATION = re.compile(r"(?:жетектеген|баштаган)\s+(?P<adj>(?:[а-яөүң-]+\s+)?)делегация\w*",
                         re.I)
def _countries(words: str, index: CountryIndex) -> list[str]:
    found = []
    for m in index.mentions(words):
        if m.by_name and m.code not in found:
            found.append(m.code)
    return found


def council_governments(title: str, text: str, index: CountryIndex,
                        year: int | None) -> list[PartyDraft]:
    """A session's protocol of «<a>-<b> өкмөттөр аралык кеңеш / комиссия»: the governments of
    the two peoples' countries, named in the title or, for a bare «Протокол», in the text."""
    m = _COUNCIL.search(title) or _COUNCIL.search(text)
    if m is None:
        return []
    codes = [PEOPLES[m.group("a").casefold()], PEOPLES[m.group("b").casefold()]]
    if len(set(codes)) != 2:
        return []
    return country_parties(sorted(codes, key=lambda c: c != "KG"), "government", index, year)


# «Кыргыз Республикасы менен Азербайжан Республикасынын Мамлекеттер аралык кеңешинин ...»
_OWN_COUNCIL = re.compile(r"^[«\"]?(?P<countries>.+?[ндт][ыиуү]н)\s+(?:(?P<states>мамлекеттер)|"
                          r"өкмөттөр)\s+аралык\s+(?:[\w-]+\s+){0,2}?(?:кеңеш|комиссия)\w*", re.I)


def council_owners(title: str, index: CountryIndex, year: int | None) -> list[PartyDraft]:
    """A decision or protocol of the two countries' own council, named by them: «Кыргыз
    Республикасы менен Азербайжан Республикасынын Мамлекеттер аралык кеңешинин ... Чечими» —
    the two states (of an intergovernmental council: their governments)."""
    m = _OWN_COUNCIL.match(title)
    if m is None:
        return []
    names = re.split(r"\s+менен\s+|\s+жана\s+|,\s+", m.group("countries"))
    codes = [index.whole_country(without_case(n.strip())) or index.whole_country(n.strip())
             for n in names]
    if len(codes) != 2 or not all(codes) or len(set(codes)) != 2:
        return []
    return country_parties(codes, "interstate" if m.group("states") else "government", index,
                           year)


def meeting_sides(text: str, codes: list[str], index: CountryIndex) -> list[PartyDraft]:
    """A bare «Протокол» of the meeting the text reports: each country's body of «эки
    өлкөнүн ... делегацияларынын жумушчу топтору», else the delegations each led by someone
    of its country."""
    pair = _PAIR.search(text)
    peoples = [PEOPLES[pair.group("a").casefold()], PEOPLES[pair.group("b").casefold()]] \
        if pair else []
    for m in _BOTH_BODIES.finditer(text):
        own = _countries(m.group("named") or "", index) or codes or peoples
        if len(set(own)) != 2:
            continue
        body = _singular(m.group("chain").strip())
        if not re.match(r"(?:тобу|делегациясы|комиссиясы)$", body.split()[-1].casefold()):
            continue  # (the governments, the heads, the ministries: not a meeting's own body)
        return drafts([of_country(c, body, index) for c in own], index)
    return _led_delegations(text, index)


def _led_delegations(text: str, index: CountryIndex) -> list[PartyDraft]:
    """«Кыргызстандын ... Разаков жетектеген өкмөттүк делегация менен Өзбекстандын ...
    жетектеген делегациянын жолугушуусу»: each country's delegation, by the first's words."""
    for sentence in re.split(r"(?<=[.!?])(?<![А-ЯЁӨҮҢA-Z]\.)\s+", text):  # (not after «Ж.»)
        led = list(_DELEGATION.finditer(sentence))
        if len(led) != 2:
            continue
        first = _countries(sentence[:led[0].start()], index)
        second = _countries(sentence[led[0].end():led[1].start()], index)
        if not first or not second or first[-1] == second[-1]:
            continue
        adjective = (led[0].group("adj") or led[1].group("adj")).strip()
        body = f"{adjective} делегациясы".strip()
        return drafts([of_country(c, body, index) for c in (first[-1], second[-1])], index)
    return []
