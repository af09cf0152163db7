"""«A met with B. The sides signed a memorandum ...», «... По итогам встречи подписан ...»: the
sides that sign are the two people the sentence before says met (or signed another document:
«A и B подписали соглашение ... . Стороны также подписали протокол ...»), each for the body of
their post; «A met ... . The minister and his Uzbek counterpart signed ...»: A's body and the same body of the
counterpart's country."""

from __future__ import annotations

import re

from .countries import CountryIndex
from .morphology import inflect_phrase, parses
from .signers import body_of, counterpart, english_post, split_signers, subject_parties

# «(По итогам встречи) стороны подписали», «министры подписали», «the two sides signed a»: right
# before the document.
_SIDES_SIGNED = re.compile(r"(?:\b[Сс]тороны|\b[Мм]инистры|\b(?:the\s+two|both|the)\s+"
                           r"(?:sides|ministers))\s+(?:также\s+|also\s+)?"
                           r"(?:подписали|signed)(?:\s+[\w-]+){0,2}\s*$|"
                           r"(?:^|[.!?]\s+)(?:[Пп]о\s+итогам\s+(?:встречи|переговоров)\s+|"
                           r"[Вв]\s+ходе\s+(?:встречи|переговоров)\s+)(?:был[аио]?\s+)?"
                           r"подписан[аоы]?\s*$|"  # «По итогам встречи подписан ...»
                           # «At the end of the meeting, a protocol ... was signed»
                           r"(?:^|[.!?]\s+)(?:At\s+the\s+end\s+of|Following|After|During|"
                           r"In\s+the\s+course\s+of)\s+the\s+(?:meeting|talks|negotiations),?\s+"
                           r"(?:an?\s+|the\s+)?$", re.I)
# «Министр и его узбекский коллега подписали», "The minister and his Uzbek counterpart signed".
_COLLEAGUE_SIGNED = re.compile(r"\b(?:[Мм]инистр|the\s+minister)\s+(?:и|and)\s+(?P<other>(?:его|ее|её|his|"
                               r"her)\s+[\w-]+\s+(?:коллега|counterpart))\s+(?:подписали|signed)"
                               r"(?:\s+[\w-]+){0,2}\s*$", re.I)
# «Kulubaev and Fidan signed», «Жапаров и Мирзиёев подписали»: the two who met, by their names.
_NAMES_SIGNED = re.compile(r"(?<![\w-])(?P<x>[A-ZА-ЯЁ][\w'’-]+)\s+(?:and|и)\s+(?P<y>[A-ZА-ЯЁ]"
                           r"[\w'’-]+)\s+(?:также\s+|also\s+)?(?:подписали|signed)"
                           r"(?:\s+[\w-]+){0,2}\s*$")
_MET = re.compile(r"^(?P<a>.+?)\s+(?:(?:встретил(?:ся|ась)|провел(?:а)?\s+(?:встречу|переговоры)|"
                  r"met|held\s+(?:talks|a\s+meeting))\s+(?:со?|with)|met)\s+(?P<b>.+?)[.!?]?$",
                  re.S)  # («A met with B», «A met B»)
# «A и B провели переговоры», "A and B held talks": the two who met in one subject.
_MET_TOGETHER = re.compile(r"^(?P<both>.+?)\s+(?:встретились|провели(?:\s+в\s+[А-ЯЁ][\w-]+)?\s+"
                           r"(?:встречу|переговоры)|"
                           r"met|held\s+(?:talks|a\s+meeting)|подписали|signed)(?:\s|[.!?]?$)",
                           re.S)  # «A и B подписали соглашение о ... . Стороны также подписали»
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ])")


# "... met with Minister X in Ankara on Monday": where and when they met, after the name.
_PLACE_AFTER = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
                          r"\s+on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
                          r"(?:,?\s+\d{4})?)+\s*$")


def _body(who: str, countries: CountryIndex, instrumental: bool) -> str | None:
    if re.search(r"[а-яё]", who, re.I):
        return body_of(inflect_phrase(who, case="ablt") if instrumental else who, countries)
    return english_post(who, countries) or body_of(who, countries)


# «Состоялась встреча A и B, по итогам которой подписан ...»: the two who met, in the genitive.
# "The ministers discussed ...", "They talked about ...": the two who met, doing nothing else.
_TALKED = re.compile(r"\s*(?:the\s+(?:two\s+)?(?:ministers|sides|officials|parties)|they|both)\s+"
                     r"(?:also\s+)?(?:discussed|talked|exchanged\s+views|considered|reviewed)\b"
                     r"(?![^.!?]*\b(?:signed|inked|concluded)\b)", re.I)


_MEETING_OF = re.compile(r"(?:встреча|переговоры)\s+(?P<both>[А-ЯЁ][^,.;:!?]+?),\s+по\s+итогам\s+"
                         r"(?:которой|которых)\s+(?:был[аио]?\s+|были\s+)?подписан[аоы]?\s*$")


_MINISTERS_SIGNED = re.compile(r"\b(?:[Мм]инистры|the\s+ministers)\s+(?:также\s+|also\s+)?"
                               r"(?:подписали|signed)(?:\s+[\w-]+){0,2}\s*$", re.I)


_SIGNING_VERB = r"подписа(?:ли|н[аоы]?|нием|ние)|заключ(?:или|ен[аоы]?)"


def _no_one_signs(lead: str, verb: str = _SIGNING_VERB) -> re.Pattern[str]:
    """`lead`, then, last, a signing verb with no subject of its own: «(был) подписан
    (также)», «подписали», «заключено», «(завершилась) подписанием»."""
    return re.compile(lead + r"(?:был[аио]?\s+)?(?:" + verb + r")(?:\s+(?:также|был[аио]?))?\s*$")


# A Russian signing sentence that names no one before its document: «По их итогам подписано»,
# «В завершение встречи был подписан», «Встреча завершилась подписанием», «В ходе встречи
# министры обсудили ... и подписали»: lower-case words only after its first, then the verb.
_NO_ONE_SIGNED = _no_one_signs(r"^[А-ЯЁ][а-яё]*(?:[\s,–—-]+[а-яё]+)*?[\s,]+")
# «..., по итогам которых подписан», «..., итогом которых стал», «..., по итогам встречи стороны
# подписали»: a clause that names no one, signing after a meeting said before its comma.
_CLAUSE_SIGNED = _no_one_signs(r",\s+(?:[а-яё]+\s+){1,5}?", _SIGNING_VERB + r"|стал[аио]?")


def _met_before(before: str, countries: CountryIndex) -> list[str] | None:
    """The bodies of the two who met, said in one of the three sentences before a signing
    sentence that names no one (nor any signing in between), or before the comma of a signing
    clause that names no one; None for states, which the meeting's rule gives their
    governments."""
    sentences = [s.strip() for s in _SENTENCE.split(before) if s.strip()]
    last = sentences.pop() if sentences else ""
    clause = _CLAUSE_SIGNED.search(last)
    if clause:  # «A и B провели переговоры, по итогам которых подписан ...»: the meeting's
        sentences.append(last[:clause.start()])  # clause is the sentence before
    elif not _NO_ONE_SIGNED.match(last):
        return None
    if not sentences:
        return None
    for sentence in reversed(sentences[-3:]):
        if re.search(r"подпис|заключ", sentence, re.I):
            return None
        m = _MET.match(sentence)
        names = [_body(m.group("a"), countries, False),
                 _body(_PLACE_AFTER.sub("", m.group("b")), countries, True)] if m else \
            _met_together(sentence, countries)
        if m or names:
            return names if names and len(names) == 2 and all(names) and names[0] != names[1] \
                and not any(countries.whole_country(n) for n in names) and \
                (not m or all(_as_written(n, sentence) for n in names)) else None
    return None


def _as_written(name: str, sentence: str) -> bool:
    """Whether each capitalised word of a name is as the sentence writes it, but for an ending
    of a long word («Мэрия города Бишкек» of «мэром Бишкека», «Павлодарская область» of «акимом
    Павлодарской области»; not «Олии Мажлиса» of «Олий Мажлиса»); a common noun first is the
    body's own head («Министерство» of «министром»)."""
    words = re.findall(r"[\w-]+", sentence)
    for k, x in enumerate(re.findall(r"[\w-]+", name)):
        readings = parses(x.lower())
        if not x[:1].isupper() or k == 0 and readings and readings[0].tag.POS == "NOUN" and \
                not {"Name", "Surn", "Patr", "Geox", "Orgn"} & readings[0].tag.grammemes:
            continue
        stem = x if len(x) <= 5 else x[:-2]
        if not any(w.startswith(stem) for w in words):
            return False
    return True


def met_sides(before: str, countries: CountryIndex) -> list[str] | None:
    """The two bodies of «X встретился с Y. Стороны подписали ...», or None; not the states of
    two presidents who met when «министры подписали»."""
    names = _met_sides(before, countries) or _met_before(before, countries)
    if names and _MINISTERS_SIGNED.search(before) and any(
            countries.whole_country(n) for n in names):
        return None
    return names


def _met_sides(before: str, countries: CountryIndex) -> list[str] | None:
    meeting_of = _MEETING_OF.search(before)
    if meeting_of:
        names = [body_of(inflect_phrase(p, case="gent"), countries)
                 for p in split_signers(meeting_of.group("both"), countries)]
        return names if len(names) == 2 and all(names) else None
    signed = _SIDES_SIGNED.search(before) or _COLLEAGUE_SIGNED.search(before) or \
        _NAMES_SIGNED.search(before)
    if not signed:
        return None
    sentences = [s for s in _SENTENCE.split(before[:signed.end()]) if s.strip()]
    if len(sentences) < 2 or "x" in signed.groupdict() and not all(
            signed.group(k)[:5] in sentences[-2] for k in "xy"):
        return None  # (the names signing are those of the two who met)
    met = [_MET.match(x.strip()) or _MET_TOGETHER.match(x.strip()) for x in sentences[-3:-1]]
    if len(met) == 2 and not met[1] and met[0] and \
            re.match(r"\s*(?:[Сс]тороны|The\s+sides)\s", sentences[-2]):
        sentences = sentences[:-2] + sentences[-1:]  # «A met B. The sides discussed ...
        # По итогам встречи подписан ...»: the meeting of the sentence before
    elif len(met) == 2 and met[0] and not met[1] and _TALKED.match(sentences[-2]):
        sentences = sentences[:-2] + sentences[-1:]  # "A met B in Ankara. The ministers
        # discussed ... The sides signed ...": the two who met
    m = _MET.match(sentences[-2].strip())
    if not m:
        return _met_together(sentences[-2].strip(), countries)
    first = _body(m.group("a"), countries, False)
    if first and "other" in signed.groupdict():  # «Министр и его узбекский коллега»
        other = counterpart(signed.group("other"), first, countries)
        return [first, other] if other else None
    names = [first, _body(_PLACE_AFTER.sub("", m.group("b")), countries, True)]
    return names if all(names) and names[0] != names[1] else None


def _met_together(sentence: str, countries: CountryIndex) -> list[str] | None:
    """The bodies of «A и B провели переговоры», «министры обороны Кыргызстана и Таджикистана
    встретились»: the subject read as the subject of a signing."""
    m = _MET_TOGETHER.match(sentence)
    return subject_parties(m.group("both"), countries) if m else None
