"""Parties a document's name or its signing sentence gives without «между»: the partner after
«с» / «with» («Соглашение о медицинском сотрудничестве со Второй больницей ...», «a memorandum
with the ACWA Power company»), and whether the meeting's two governments may be guessed for a
document that names none (not for a loan, a grant, a contract, a twinning, nor a document with
a partner of its own)."""

from __future__ import annotations

import re

from .body_kinds import BODY_HEADS, COMPANY_FORMS
from .countries import CountryIndex
from .morphology import head_noun, inflect_phrase, lemma, parses

_PARTNER_RU = re.compile(r"(?<![\w-])(?:с|со)\s+(?P<who>[^,;:()]+)")
_PARTNER_EN = re.compile(r"\bwith\s+(?:the\s+)?(?P<who>[A-Z][^,;:()]+)")
# «with the foreign ministry of Georgia», «with the national development agency of Uzbekistan»:
# a body in small letters, its head noun and the capitalised place it is of.
_PARTNER_EN_LOWER = re.compile(
    r"\bwith\s+(?:the\s+|its\s+)?(?P<who>(?:[a-z][\w-]*\s+){0,4}?(?:ministry|agency|committee|"
    r"service|bank|fund|chamber|university|academy|council|commission|office|administration|"
    r"corporation|company|inspectorate|department|institute|authority)(?:\s+of\s+[a-z]+"
    r"(?:\s+and\s+[a-z]+)?)?\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+)*)")
_END_RU = re.compile(r"\s+(?:о|об|по|на|в|во|для|от|сроком|в\s+рамках|и\s+(?:о|об)|"
                     r"касательно|относительно)\s.*$|\s+(?:о|об)$", re.I)
_END_EN = re.compile(r"\s+(?:on|in|for(?!\s+[A-Z])|to|concerning|regarding|worth|under|signed|"
                     r"was|were|at|during)\b.*$")  # (not «the Saudi Fund for Development»)
_NOT_A_BODY = re.compile(r"^(?:участием|целью|учетом|учётом|момента|даты|помощью|"
                         r"привлечением|использованием)\b", re.I)


# «подписал с X соглашение»: the partner between a signing verb and the document.
WITH_PARTNER = re.compile(r"(?<![\w-])(?:подписал[аио]?|подписали|заключил[аио]?|заключили)\s+"
                          r"(?:(?:также|сегодня|вчера)\s+)?(?P<with>со?)\s+[^.;:!?]{1,100}$",
                          re.I)


def partner_before(words: str) -> re.Match | None:
    """«(Кабмин) подписал с Евразийским банком развития», right before a document: the match
    (its group «with» is the «с»), when the words after «с» name a partner only: a noun group
    in the instrumental, no verb, no preposition starting another phrase («с Китаем в рамках
    ...»), no conjunction but the «и» inside a name («с Европейским банком реконструкции и
    развития»)."""
    m = WITH_PARTNER.search(words)
    if not m:
        return None
    words = words[m.end("with"):]
    tokens = re.findall(r"[А-Яа-яЁё-]+", words)
    if not tokens:
        return m if words.strip() else None  # «с ADB»
    if tokens[0].isupper():
        return m  # «с ЕАБР»
    if not any(p.tag.case == "ablt" for p in parses(tokens[0].lower())):
        return None
    for token in tokens[1:]:
        readings = parses(token.lower())
        if readings and readings[0].tag.POS in {"VERB", "INFN", "PRTS", "GRND"} or \
                readings and readings[0].tag.POS == "CONJ" and token.lower() != "и" or \
                readings and readings[0].tag.POS == "PREP" and token.lower() not in ("по", "при"):
            return None
    return m


def partner(title: str, countries: CountryIndex) -> str | None:
    """The body after «с» / «with» in a document's name, in the nominative, or None:
    «... со Второй больницей Синьцзянского медицинского университета» → «Вторая больница
    Синьцзянского медицинского университета»; not «с участием ...», not a country alone."""
    m = _PARTNER_RU.search(title)
    if m and not _NOT_A_BODY.match(m.group("who")):
        who = _END_RU.sub("", m.group("who")).strip()
        words = who.split(" ")
        if not who or countries.whole_country(who):
            return None
        if words[0] in COMPANY_FORMS or words[0][:1] in "«\"":
            return who
        found = head_noun(words, "ablt")
        if found is None or lemma(words[found[0]]) not in BODY_HEADS:
            return None
        name = inflect_phrase(who, case="ablt")
        return name[:1].upper() + name[1:]
    m = _PARTNER_EN.search(title)
    if m:
        who = _END_EN.sub("", m.group("who")).strip()
        if who and not countries.whole_country(who) and not re.search(r"[а-яё]", who, re.I):
            return who
    m = _PARTNER_EN_LOWER.search(title)
    if m and not re.match(r"(?:a|an|one|two|three|several|other|their|his|her)\b", m["who"]):
        return " ".join(w if w in ("of", "and", "the") else w[:1].upper() + w[1:]
                        for w in m.group("who").split())
    return None


# A loan, a grant, a credit, a contract, a twinning: signed by a bank, a fund, a ministry, a
# company or a town, not by the two governments of the meeting.
_NOT_GOVERNMENTS = re.compile(
    r"(?<!\w)(?:займ|заем|заём|кредит|грант|контракт|побратим|loan|credit|grant|contract|"
    r"sister[- ]cit|twin)", re.I)


# «Соглашение ... между торгово-промышленными палатами», «между пограничными службами»: the
# name says which bodies sign (if not which country's each is), so not the governments.
_BETWEEN_BODIES = re.compile(r"(?<![\w-])между\s+(?:[а-яё-]+(?:ыми|ими)\s+){0,2}"
                             r"(?!правительств|государств|стран|сторон)[а-яё-]+(?:ами|ями)(?![\w-])", re.I)


def governments_may_sign(title: str, countries: CountryIndex) -> bool:
    """Whether a document whose name gives no parties may be the meeting's governments'."""
    return not _NOT_GOVERNMENTS.search(title) and not _BETWEEN_BODIES.search(title) and \
        partner(title, countries) is None


# Heads of state signing for their states: «главы государств подписали», «президенты двух стран
# скрепили подписями», «the two leaders signed», «Presidents Japarov and Mirziyoyev signed»,
# «... подписали главы государств», «... signed by the two presidents».
_HEADS = (r"(?:[Гг]лавы\s+(?:двух\s+|обоих\s+)?государств|[Лл]идеры\s+(?:двух\s+|обеих\s+)?"
          r"(?:стран|государств)|[Лл]идеры|[Пп]резиденты(?:\s+двух\s+стран)?|"
          r"(?:the\s+)?(?:two\s+|both\s+)?(?:leaders|presidents|heads\s+of\s+state)|"
          r"Presidents?\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+(?:President\s+)?"
          r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_HEADS_BEFORE = re.compile(_HEADS + r"(?:\s+[\w-]+){0,12}?\s+(?:подписали|скрепили\s+(?:своими\s+)?подписями|"
                           r"(?:have\s+)?signed|adopted|приняли|утвердили)(?:\s+[\w$.,-]+){0,4}"
                           r"\s*$")
_HEADS_AFTER = re.compile(r"(?:подписали|скрепили\s+(?:своими\s+)?подписями|подписан[аоы]?|signed\s+by)\s+" +
                          _HEADS + r"(?!\s+(?:правительств|министерств|governments|ministries))")


def heads_of_state_signed(before: str, after: str = "") -> bool:
    """Whether the heads of state are said to sign the document (so the states are its
    parties), in the words before it in its sentence or in those after it."""
    return bool(_HEADS_BEFORE.search(before[-160:]) or _HEADS_AFTER.search(after[:160]))
