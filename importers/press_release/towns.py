"""The country of a town that signs (its mayor's office, its akimat, the town itself): the
capitals the registry meets (visit.capital_of) and the other large towns of the region, by their
Russian, English and Kyrgyz names («Город Ош», "City of Almaty", «Бишкек шаарынын мэриясы»)."""

from __future__ import annotations

import re

from .morphology import lemma
from .visit import capital_of

_TOWNS = {
    "KG": "ош osh каракол karakol токмок tokmok нарын naryn баткен batken талас talas "
          "джалал-абад jalal-abad жалал-абад кара-балта kara-balta чолпон-ата cholpon-ata "
          "кызыл-кия kyzyl-kiya узген uzgen өзгөн каракөл кара-суу kara-suu",
    "KZ": "алматы almaty шымкент shymkent караганда karaganda актобе aktobe атырау atyrau "
          "актау aktau туркестан turkestan тараз taraz павлодар pavlodar костанай kostanay "
          "усть-каменогорск ust-kamenogorsk семей semey кызылорда kyzylorda",
    "UZ": "самарканд samarkand бухара bukhara андижан andijan наманган namangan фергана fergana "
          "хива khiva нукус nukus коканд kokand термез termez карши karshi",
    "TJ": "худжанд khujand куляб kulob бохтар bokhtar истаравшан istaravshan",
    "RU": "санкт-петербург saint-petersburg st-petersburg казань kazan екатеринбург "
          "yekaterinburg новосибирск novosibirsk омск omsk уфа ufa самара samara астрахань "
          "astrakhan челябинск chelyabinsk",
    "TM": "туркменабат turkmenabat мары mary аркадаг arkadag",
    "BY": "гомель gomel гродно grodno брест brest витебск vitebsk могилев mogilev"}
_TOWN = {name: code for code, names in _TOWNS.items() for name in names.split()}

# A town's name inside the party's name.
_TOWN_PARTY = re.compile(r"^(?:Город|Мэрия\s+города|Акимат\s+города|Хокимият\s+города|"
                         r"Хякимлик\s+города|Администрация\s+города|City\s+of|Municipality\s+of)\s+(?P<a>[\w-]+(?:\s[\w-]+)?)$|"
                         r"^(?P<b>[\w-]+(?:\s[\w-]+)?)\s+(?:шаары\w*|[Cc]ity(?:\s+[Hh]all)?|"
                         r"[Mm]unicipality)(?:\s+\w+)?$")


def town_country(name: str) -> str | None:
    """The country of a town `name` (in any case of Russian, or Kyrgyz without its ending)."""
    words = name.strip()
    if not words:
        return None
    key = words.casefold()
    return capital_of(words) or _TOWN.get(key) or _TOWN.get(key.replace(" ", "-")) or (
        _TOWN.get(lemma(words)) if re.search(r"[а-яё]", words, re.I) else None)


# A town's body named by its adjective: «Минский городской исполнительный комитет», «Бишкекский
# городской кенеш».
_TOWN_ADJECTIVES = {"минск": "BY", "московск": "RU", "бишкекск": "KG", "ошск": "KG",
                    "ташкентск": "UZ", "алматинск": "KZ", "астанинск": "KZ", "душанбинск": "TJ",
                    "ашхабадск": "TM", "бакинск": "AZ", "ереванск": "AM", "тбилисск": "GE",
                    "казанск": "RU", "санкт-петербургск": "RU", "самаркандск": "UZ"}
_TOWN_BODY = re.compile(r"^(?P<adj>[А-ЯЁ][\w-]+?)(?:ий|ого|ому|им|ом)\s+городск", re.I)


def town_party_country(name: str) -> str | None:
    """The country of a town's party: «Мэрия города Бишкек» → KG, "City of Almaty" → KZ,
    «Минский городской исполнительный комитет» → BY."""
    m = _TOWN_PARTY.match(name)
    if m:
        return town_country(m.group("a") or m.group("b"))
    body = _TOWN_BODY.match(name)
    return _TOWN_ADJECTIVES.get(body.group("adj").lower()) if body else None
