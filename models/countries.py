"""The country list: seeded from pycountry (ISO 3166 with Russian and Kyrgyz names), with the
names and abbreviations used in Kyrgyz official documents laid over it."""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import lru_cache

import pycountry

HOME_COUNTRY = "KG"


@dataclass(frozen=True)
class CountrySeed:
    code: str
    name_ru: str
    name_ky: str
    name_en: str
    official_ru: str = ""
    official_ky: str = ""
    official_en: str = ""
    abbreviation: str = ""


# Official forms used in Kyrgyzstan: (short ru, official ru, short ky, official ky, abbreviation)
OVERRIDES: dict[str, tuple[str, str, str, str, str]] = {
    "KG": ("Кыргызстан", "Кыргызская Республика", "Кыргызстан", "Кыргыз Республикасы", "КР"),
    "RU": ("Россия", "Российская Федерация", "Россия", "Россия Федерациясы", "РФ"),
    "KZ": ("Казахстан", "Республика Казахстан", "Казакстан", "Казакстан Республикасы", "РК"),
    "UZ": ("Узбекистан", "Республика Узбекистан", "Өзбекстан", "Өзбекстан Республикасы", "РУз"),
    "TJ": ("Таджикистан", "Республика Таджикистан", "Тажикстан", "Тажикстан Республикасы",
           "РТ"),
    "TM": ("Туркменистан", "Туркменистан", "Түркмөнстан", "Түркмөнстан", ""),
    "CN": ("Китай", "Китайская Народная Республика", "Кытай", "Кытай Эл Республикасы", "КНР"),
    "BY": ("Беларусь", "Республика Беларусь", "Беларусь", "Беларусь Республикасы", "РБ"),
    "AM": ("Армения", "Республика Армения", "Армения", "Армения Республикасы", "РА"),
    "AZ": ("Азербайджан", "Азербайджанская Республика", "Азербайжан",
           "Азербайжан Республикасы", "АР"),
    "TR": ("Турция", "Турецкая Республика", "Түркия", "Түркия Республикасы", "ТР"),
    "US": ("США", "Соединённые Штаты Америки", "АКШ", "Америка Кошмо Штаттары", "США"),
    "DE": ("Германия", "Федеративная Республика Германия", "Германия",
           "Германия Федеративдик Республикасы", "ФРГ"),
    "KR": ("Республика Корея", "Республика Корея", "Корея Республикасы", "Корея Республикасы",
           ""),
    "KP": ("КНДР", "Корейская Народно-Демократическая Республика", "КЭДР",
           "Корея Эл-Демократиялык Республикасы", "КНДР"),
    "AE": ("ОАЭ", "Объединённые Арабские Эмираты", "БАЭ", "Бириккен Араб Эмираттары", "ОАЭ"),
    "GB": ("Великобритания", "Соединённое Королевство Великобритании и Северной Ирландии",
           "Улуу Британия", "Улуу Британия жана Түндүк Ирландия Бириккен Падышалыгы", ""),
    "IR": ("Иран", "Исламская Республика Иран", "Иран", "Иран Ислам Республикасы", "ИРИ"),
    "IN": ("Индия", "Республика Индия", "Индия", "Индия Республикасы", ""),
    "PK": ("Пакистан", "Исламская Республика Пакистан", "Пакистан",
           "Пакистан Ислам Республикасы", ""),
    "HU": ("Венгрия", "Венгрия", "Венгрия", "Венгрия", ""),
    "MD": ("Молдова", "Республика Молдова", "Молдова", "Молдова Республикасы", ""),
    "GE": ("Грузия", "Грузия", "Грузия", "Грузия", ""),
    "UA": ("Украина", "Украина", "Украина", "Украина", ""),
    "MN": ("Монголия", "Монголия", "Монголия", "Монголия", ""),
    "JP": ("Япония", "Япония", "Япония", "Япония", ""),
    "FR": ("Франция", "Французская Республика", "Франция", "Франция Республикасы", ""),
    "IT": ("Италия", "Итальянская Республика", "Италия", "Италия Республикасы", ""),
    "SA": ("Саудовская Аравия", "Королевство Саудовская Аравия", "Сауд Арабиясы",
           "Сауд Арабиясы Падышалыгы", ""),
    "QA": ("Катар", "Государство Катар", "Катар", "Катар Мамлекети", ""),
    # pycountry lacks these Kyrgyz names
    "GM": ("Гамбия", "Республика Гамбия", "Гамбия", "Гамбия Республикасы", ""),
    "MK": ("Северная Македония", "Республика Северная Македония", "Түндүк Македония",
           "Түндүк Македония Республикасы", ""),
    "SZ": ("Эсватини", "Королевство Эсватини", "Эсватини", "Эсватини Падышалыгы", ""),
}

# Kyrgyz names pycountry gives wrong (the Democratic Republic of the Congo as «Конго
# Республикасы», the other Congo; the Northern Mariana Islands as southern), with the state's
# official form for a short name (Singapore «Сингапур, мамлекет», Czechia «Чехия
# Республикасы»), half named (French Guiana as «Гвиана») or misspelt («Демократияляк»):
# code -> (short, official; "" keeps pycountry's).
KYRGYZ_NAMES: dict[str, tuple[str, str]] = {
    "CD": ("Конго Демократиялык Республикасы", "Конго Демократиялык Республикасы"),
    "MP": ("Түндүк Мариана аралдары", "Түндүк Мариана аралдарынын Шериктештиги"),
    "SG": ("Сингапур", ""),
    "CZ": ("Чехия", "Чех Республикасы"),
    "HT": ("Гаити", ""),
    "MG": ("Мадагаскар", ""),
    "RE": ("Реюньон", "Реюньон"),
    "GF": ("Француз Гвианасы", "Француз Гвианасы"),
    "PF": ("Француз Полинезиясы", "Француз Полинезиясы"),
    "LA": ("Лаос", "Лаос Элдик Демократиялык Республикасы"),
    "PS": ("Палестина", ""),
    "VE": ("Венесуэла", ""),
    "TL": ("Чыгыш Тимор", "Чыгыш Тимор Демократиялык Республикасы"),
    "ME": ("Черногория", "Черногория"),
    "CF": ("Борбордук Африка Республикасы", "Борбордук Африка Республикасы"),
    "ZA": ("Түштүк Африка Республикасы", "Түштүк Африка Республикасы"),
}


@lru_cache(maxsize=None)
def _translator(lang: str):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def seeds() -> list[CountrySeed]:
    """Every ISO 3166 country with Russian, Kyrgyz and English names."""
    ru, ky = _translator("ru"), _translator("ky")
    out = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        official_en = getattr(c, "official_name", "") or c.name
        if c.alpha_2 in OVERRIDES:
            short_ru, off_ru, short_ky, off_ky, abbr = OVERRIDES[c.alpha_2]
        else:
            short_ru, short_ky = ru.gettext(c.name), ky.gettext(c.name)
            off_ru = ru.gettext(official_en) if official_en != c.name else short_ru
            off_ky = ky.gettext(official_en) if official_en != c.name else short_ky
            abbr = ""
            if c.alpha_2 in KYRGYZ_NAMES:
                short_ky, official = KYRGYZ_NAMES[c.alpha_2]
                off_ky = official or off_ky
        out.append(CountrySeed(c.alpha_2, short_ru, short_ky, en, off_ru, off_ky, official_en,
                               abbr))
    return out
