"""Parties of a document whose name does not give them, from what is around it: the member
states of an organisation («главы государств – членов ЕАЭС подписали ...»), the signers before
the verb (see signers), the countries its name lists («Договор о точке стыка государственных
границ Кыргызской Республики, Республики Таджикистан и Республики Узбекистан»), else the
countries of the meeting («Совместное заявление» of a two-country visit)."""

from __future__ import annotations

import re
from datetime import date

from models.countries import HOME_COUNTRY
from models.records import PartyDraft

from .countries import CountryIndex
from .documents import Document, level_for
from .morphology import inflect_phrase
from .parties import member_states
from .partners import governments_may_sign, heads_of_state_signed, partner
from .party_names import (country_parties, english_name, government_name, parliament_name,
                          party_drafts)
from .shared_bodies import pair_signed
from .sides import sides_signed
from .signed_by import signed_after
from .signers import passive_signers, signer_parties

_BOTH_MINISTRIES = re.compile(r"между\s+министерствами\s+(?P<of>.+?)\s+(?:двух\s+стран|"
                              r"обеих\s+стран|сторон)\b|between\s+the\s+ministries\s+of\s+"
                              r"(?P<of_en>.+?)\s+of\s+(?:the\s+two|both)\s+countries\b", re.I)
_ENGLISH = re.compile(r"^[^А-Яа-яЁё]*$")
_HEAD_OF_STATE_SIGNER = re.compile(r"\b(?:[Pp]resident|[Ll]eader|[Hh]ead of [Ss]tate|[Ee]mir|"
                                   r"[Aa]mir|[Kk]ing)s?\b")
_INTERGOVERNMENTAL = re.compile(r"(?:intergovernmental|межправительственн)", re.I)
_INTERPARLIAMENTARY = re.compile(r"межпарламентск", re.I)


def english(title: str) -> bool:
    return bool(_ENGLISH.match(title))


def _home_first(codes: list[str]) -> list[str]:
    return sorted(codes, key=lambda c: c != HOME_COUNTRY)


def _named_countries(title: str, index: CountryIndex) -> list[str]:
    codes: list[str] = []
    for m in index.mentions(title):
        if m.by_name and m.code not in codes:
            codes.append(m.code)
    return codes


def _set(doc: Document, parties: list[PartyDraft]) -> None:
    doc.parties = parties
    doc.multilateral = len(parties) > 2
    doc.level = level_for(doc.title, doc.kind, parties)


# «The following documents were signed between A and B:», «Следующие документы подписаны
# министром ... и ...:»: an introduction that says who signed, right before the colon that opens
# the documents it introduces (a list's line, or «... between A and B: an agreement ...»).
_INTRODUCED = re.compile(r"\b(?P<said>(?:signed|inked|concluded|подписан[аоы]?|заключен[аоы]?)"
                         r"\s+(?:between|by|между|[а-яё]+(?:ом|ем|ами|ями)\s)[^:.;]*?)\s*:"
                         r"\s*(?:an?\s+|the\s+)?$", re.I)


def _introduced(before: str) -> str:
    """The words after the passive verb of the introduction a document is named under, which say
    who signed every document it introduces; else ""."""
    m = _INTRODUCED.search(before)
    return m.group("said") if m else ""


def _behalf_by(said: str, index: CountryIndex) -> list[str] | None:
    """«(signed) on behalf of Kyrgyzstan by Health Minister X and on behalf of Turkey by ...» in
    the document's own words: each signer's body (see sides)."""
    return sides_signed(said, index) if re.search(r"\bon\s+behalf\s+of\s+(?:the\s+)?[A-Z][^.;]*"
                                                  r"\bby\s", said) else None


def context_parties(doc: Document, before: str, index: CountryIndex, said: str = "",
                    after: str = "") -> None:
    """Parties for a document named without them, from the words before it in its sentence
    (or its list's introducing line), from «signed between ...» in the words that name it
    (`said`), from the words after it that say who signed it (`after`, see signed_by) and from
    the countries its name lists."""
    members = member_states(before, index)
    if members:
        codes, body = members
        level = "interstate" if body == "state" else "intergovernmental"
        _set(doc, country_parties(codes, level, index, english(doc.title)))
        return
    intro = _introduced(before)  # (what a document's own words say goes first)
    pair = pair_signed(before, said, after, index) or pair_signed("", intro, "", index)
    if pair:  # «the Kyrgyz and Uzbek governments signed»
        _set(doc, pair)
        return
    names = signer_parties(before, index, doc.title, said) or _behalf_by(said, index) or \
        passive_signers(said, index) or \
        sides_signed(after, index) or signed_after(said, index, doc.title) or \
        signed_after(after, index, doc.title) or passive_signers(intro, index) or \
        signed_after(intro, index, doc.title)
    if names:
        if _INTERGOVERNMENTAL.match(doc.title) or english(doc.title) and \
                (level_for(doc.title, doc.kind, []) == "intergovernmental" or
                 doc.kind == "memorandum_of_understanding") and \
                all(index.whole_country(n) for n in names) and \
                not heads_of_state_signed(before, after) and \
                not _HEAD_OF_STATE_SIGNER.search(before[-200:]):  # «Kyrgyzstan and Tajikistan
            names = [government_name(index.whole_country(n), index, english(n))  # signed an
                     if index.whole_country(n) else n for n in names]  # (intergovernmental)
            # agreement»: their governments; the presidents sign for the states, and a state
            # borrows from a fund («the Kyrgyz Republic and the Saudi Fund»)
        names = [index.official[index.whole_country(n)] if index.whole_country(n) and
                 not english(n) else n for n in names]
        _set(doc, party_drafts(names, index))
        return
    codes = _named_countries(doc.title, index) if doc.reference is None else []
    if len(codes) >= 2:
        _set(doc, country_parties(_home_first(codes), _level(doc), index, english(doc.title)))
        return
    if heads_of_state_signed(before, after):  # the meeting's states (see meeting_parties)
        doc.level = "interstate"
        return
    other = partner(doc.title, index)
    if other:  # «Соглашение ... со Второй больницей ...»: the one side the text names
        _set(doc, party_drafts([other], index))


def home_country(doc: Document, index: CountryIndex | None = None,
                 said: list[str] | None = None, rename: bool = True) -> None:
    """A body with no country beside a foreign one (or an international organisation, in a text
    about the home country) is the home country's («ОАО «Кыргызалтын»» and a Chinese company);
    a ministry or government named without its country («министр финансов» signed for the
    «Министерство финансов») takes its official name too. In a text that names two other
    countries and not the home one, the body is of the other country the text names.
    `rename`: the name is Russian or English (the Kyrgyz reader names a Kyrgyz one)."""
    known = [p.country for p in doc.parties if p.country]
    abroad = len(known) == 1 and known[0] != HOME_COUNTRY
    international = not known and index is not None and HOME_COUNTRY in (said or []) and any(
        p.organisation_kind == "international_organisation" for p in doc.parties)
    if len(doc.parties) != 2 or not (abroad or international):
        return
    others = set(said or []) - set(known)
    home = others.pop() if HOME_COUNTRY not in (said or []) and len(others) == 1 else HOME_COUNTRY
    for p in doc.parties:
        if p.country or p.organisation_kind == "international_organisation":
            continue
        p.country = home  # in a text about two other countries, the other one of them
        if rename and index is not None and p.organisation_kind in ("ministry", "government") \
                and not index.mentions(p.name):
            p.name = f"{p.name} of {english_name(home, index, True)}" if \
                english(p.name) else f"{p.name} {inflect_phrase(index.official[home], 'gent')}"


def meeting_parties(doc: Document, index: CountryIndex, meeting_countries: list[str]) -> None:
    """A document of a meeting of two or more countries that names no parties is between their
    states or governments («Протокол заседания межправительственной комиссии», «Joint
    Statement»); «между министерствами иностранных дел двух стран»: the two ministries."""
    if doc.parties or len(meeting_countries) < 2:
        return
    codes = _home_first(meeting_countries)
    ministries = _BOTH_MINISTRIES.search(doc.title)
    if ministries and len(codes) == 2:
        of_en = ministries.group("of_en")
        doc.parties = [PartyDraft(
            name=f"Ministry of {of_en} of {english_name(c, index, article=True)}" if of_en else
            f"Министерство {ministries.group('of')} {inflect_phrase(index.official[c], 'gent')}",
            country=c, organisation_kind="ministry") for c in codes]
    elif _INTERPARLIAMENTARY.search(doc.title):  # «Соглашение о межпарламентском
        _set(doc, party_drafts([parliament_name(c, index) for c in codes],  # сотрудничестве»:
                               index))  # the parliaments, not the governments
    elif _level(doc) in ("interstate", "intergovernmental") and \
            governments_may_sign(doc.title, index):
        doc.parties = country_parties(codes, _level(doc), index, english(doc.title))
        doc.multilateral = len(codes) > 2
        doc.level = level_for(doc.title, doc.kind, doc.parties)


def _level(doc: Document) -> str:
    return "interstate" if _HEADS_OF_STATE.search(doc.title) else doc.level


# A council of the heads of state: its decisions and the memorandum creating it bind the states.
_HEADS_OF_STATE = re.compile(r"межгосударственн\w+\s+совет|interstate\s+council|"
                             r"совет\w*\s+глав\s+государств|council\s+of\s+(?:the\s+)?heads\s+of\s+"
                             r"state", re.I)


# The Government of the Kyrgyz Republic has been the Cabinet of Ministers since the constitution of
# 5 May 2021: a document signed before is the Government's.
_CABINET_SINCE = date(2021, 5, 5)
_BEFORE_CABINET = {"Кабинет министров Кыргызской Республики": "Правительство Кыргызской Республики",
                   "Cabinet of Ministers of the Kyrgyz Republic":
                       "Government of the Kyrgyz Republic"}


_SINCE_CABINET = {old: new for new, old in _BEFORE_CABINET.items()}


def government_of_the_day(doc: Document, day: date | None) -> None:
    """The name the Kyrgyz government had on the day the document was signed: a text of 2024
    that writes «правительство Кыргызстана» speaks of the Cabinet of Ministers."""
    if day is None:
        return
    names = _BEFORE_CABINET if day < _CABINET_SINCE else _SINCE_CABINET
    for party in doc.parties:
        party.name = names.get(party.name, party.name)
