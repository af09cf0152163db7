"""A document of parliaments is signed by the parliaments, not by the states or governments the
countries' names would otherwise give: «Соглашение о межпарламентском сотрудничестве», "a
protocol on cooperation between the two parliaments", «спикеры парламентов ... подписали», "the
Speaker of the Jogorku Kenesh and the Chairman of the Senate of Kazakhstan signed ..." — each
state or government side becomes its country's parliament, by its official name."""

from __future__ import annotations

import re

from models.records import PartyDraft

from .countries import CountryIndex
from .party_names import english_name, parliament_name

# The parliament's own title in the document's name.
_OF_PARLIAMENTS = re.compile(r"межпарламентск|между\s+парламентами|inter-?parliamentary|"
                             r"between\s+(?:the\s+)?(?:two\s+|both\s+)?parliaments", re.I)
# Who signs: a parliament, its chamber or its speaker.
_PARLIAMENT_SIGNERS = re.compile(
    r"(?<![\w-])(?:[Ss]peakers?|[Pp]arliament\w*|Jogorku\s+Kenesh|Senate|Mazhilis|Majilis|Majlis\w*|"
    r"Mejlis|(?:State\s+)?Duma|(?:Grand\s+)?National\s+Assembly|спикер\w*|торага\w*|"
    r"парламент\w*|Жогорку\s+Кенеш\w*|Сенат\w*|Мажилис\w*|Меджлис\w*|Маджлис\w*|Мажлис\w*|"
    r"Государственн\w+\s+[Дд]ум\w*)(?![\w-])")
# Posts of the executive beside them: then the signers are not (only) the parliaments'.
_EXECUTIVE = re.compile(r"(?<![\w-])(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inist\w+|"
                        r"[Gg]overnment\w*|[Aa]mbassador\w*|[Cc]abinet|президент\w*|"
                        r"премьер\w*|министр\w*|правительств\w*|посол|посл[аоуы]\w*|кабинет\w*)"
                        r"(?![\w-])")

# Parliaments by their official English names (others are the «Parliament of ...»).
PARLIAMENTS_EN = {
    "KG": "Jogorku Kenesh of the Kyrgyz Republic", "KZ": "Parliament of the Republic of Kazakhstan",
    "UZ": "Oliy Majlis of the Republic of Uzbekistan",
    "TJ": "Majlisi Oli of the Republic of Tajikistan", "TM": "Mejlis of Turkmenistan",
    "AZ": "Milli Majlis of the Republic of Azerbaijan",
    "RU": "Federal Assembly of the Russian Federation",
    "BY": "National Assembly of the Republic of Belarus",
    "AM": "National Assembly of the Republic of Armenia",
    "TR": "Grand National Assembly of Türkiye"}


# Chambers that sign for themselves: a text that names one chamber of a country and no other
# names it (Russian, English).
_CHAMBERS = {
    "KZ": ((r"Мажилис\w*|Ma[zj]h?ilis", "Мажилис Парламента Республики Казахстан",
            "Mazhilis of the Parliament of the Republic of Kazakhstan"),
           (r"Сенат\w*|Senate", "Сенат Парламента Республики Казахстан",
            "Senate of the Parliament of the Republic of Kazakhstan")),
    "RU": ((r"Государственн\w+\s+[Дд]ум\w*|State\s+Duma",
            "Государственная Дума Федерального Собрания Российской Федерации",
            "State Duma of the Federal Assembly of the Russian Federation"),
           (r"Совет\w*\s+Федерации|Federation\s+Council",
            "Совет Федерации Федерального Собрания Российской Федерации",
            "Federation Council of the Federal Assembly of the Russian Federation"))}


def parliament_name_en(code: str, countries: CountryIndex) -> str:
    return PARLIAMENTS_EN.get(code) or f"Parliament of {english_name(code, countries, True)}"


def _chamber(code: str, signers: str, english: bool) -> str | None:
    named = [c for c in _CHAMBERS.get(code, ()) if re.search(c[0], signers)]
    return (named[0][2] if english else named[0][1]) if len(named) == 1 else None


def _of_parliaments(title: str, signers: str) -> bool:
    """The document's name says parliaments sign it, or its signers are parliaments (their
    chambers, speakers) and no executive post."""
    if _OF_PARLIAMENTS.search(title):
        return True
    return bool(_PARLIAMENT_SIGNERS.search(signers)) and not _EXECUTIVE.search(signers)


def parliaments_sign(parties: list[PartyDraft], title: str, signers: str,
                     countries: CountryIndex, meeting: list[str]) -> list[PartyDraft] | None:
    """The parties of a document of parliaments: each state or government side its country's
    parliament; with no sides at all, the parliaments of the meeting's countries (two or more).
    None when the document is no parliaments' or nothing changes. `signers`: the words of the
    document's own sentence that say who signed it."""
    if not _of_parliaments(title, signers):
        return None
    english = not re.search(r"[а-яё]", title, re.I)
    name = (lambda c: _chamber(c, signers, english) or (
        parliament_name_en(c, countries) if english else parliament_name(c, countries)))
    if not parties:
        if len(meeting) < 2:
            return None
        return [PartyDraft(name=name(c), country=c, organisation_kind="agency") for c in meeting]
    if not any(p.organisation_kind in ("state", "government") and p.country for p in parties):
        return None
    return [PartyDraft(name=name(p.country), country=p.country, organisation_kind="agency")
            if p.organisation_kind in ("state", "government") and p.country else p
            for p in parties]
