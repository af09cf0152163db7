"""Countries named in a text: abbreviations (КР, РФ, РУз ...), names in any case («России»,
«Кыргызской Республики», «Республикой Казахстан»), English and Kyrgyz names, and the adjectives
that point to a country in company names («Почта России», «Кыргыз почтасы»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.countries import OVERRIDES

from .morphology import lemma, parses

TOKEN = re.compile(r"\w+(?:[-‐']\w+)*")

# Abbreviations in use beside those of the registry's country list.
EXTRA_ABBREVIATIONS = {
    "КР": "KG", "РФ": "RU", "РК": "KZ", "РУз": "UZ", "РУЗ": "UZ", "РТ": "TJ", "КНР": "CN",
    "РБ": "BY", "РА": "AM", "АР": "AZ", "ТР": "TR", "США": "US", "ФРГ": "DE", "ОАЭ": "AE",
    "ИРИ": "IR", "КНДР": "KP", "USA": "US", "UK": "GB", "PRC": "CN", "UAE": "AE",
    "АКШ": "US", "БАЭ": "AE", "КЭР": "CN",  # (Kyrgyz)
}
# An abbreviation with a Kyrgyz case ending: «КРнын», «АКШнын», «БАЭнин», «КЭРге».
_ABBREVIATED_KY = re.compile(r"(?P<abbr>[A-ZА-ЯЁӨҮҢ]{2,5})(?P<ending>[а-яөүң]+)")
# Other names in use (ru lemmas, en and ky words) beside the registry's.
EXTRA_NAMES = {
    "KG": ("Киргизия", "Киргизская Республика", "Kyrgyzstan", "Kyrgyz Republic", "Кыргызстан"),
    "RU": ("Россия", "Russia"),
    "CN": ("Китай", "China", "People's Republic of China"),
    "US": ("Соединённые Штаты", "United States", "United States of America"),
    "GB": ("United Kingdom", "Британия"),
    "KR": ("Южная Корея", "South Korea", "Republic of Korea", "Korea"),
    "TR": ("Türkiye", "Turkey"),
}
# Kyrgyz names in use beside the registry's, matched as prefixes of their case forms
# («Орусиянын», «Беларустун», «Кореянын», «Жапониянын», «Мисирдин»).
EXTRA_KYRGYZ = {"RU": ("Орусия", "Орусия Федерациясы"), "BY": ("Беларус",), "KR": ("Корея",),
                "JP": ("Жапония",), "EG": ("Мисир",)}
# Adjectives (lemmas, English and Kyrgyz words) that tie a body to a country.
_DEMONYM_WORDS = {
    "KG": "кыргызский киргизский кыргыз kyrgyz",
    "RU": "российский russian орусия",
    "KZ": "казахстанский казахский kazakh казак",
    "UZ": "узбекский узбекистанский uzbek өзбек",
    "TJ": "таджикский таджикистанский tajik тажик",
    "CN": "китайский chinese кытай",
    "BY": "белорусский belarusian",
    "TR": "турецкий turkish",
    "AM": "армянский armenian",
    "AZ": "азербайджанский azerbaijani",
    "TM": "туркменский turkmen",
    "US": "американский american",
    "DE": "германский немецкий german",
    "JP": "японский japanese",
    "KR": "корейский korean",
    "IN": "индийский indian",
    "IR": "иранский iranian",
    "PK": "пакистанский pakistani",
    "FR": "французский french",
    "IT": "итальянский italian",
    "HU": "венгерский hungarian",
    "MN": "монгольский mongolian",
    "AT": "австрийский austrian",
    "CH": "швейцарский swiss",
    "GB": "британский british",
    "CA": "канадский canadian",
    "ES": "испанский spanish",
    "PL": "польский polish",
    "CZ": "чешский czech",
    "GE": "грузинский georgian",
    "UA": "украинский ukrainian",
    "IL": "израильский israeli",
    "EG": "египетский egyptian",
    "AF": "афганский afghan",
    "AE": "эмиратский emirati",
    "QA": "катарский qatari",
    "SA": "саудовский saudi",
    "KW": "кувейтский kuwaiti",
    "MY": "малайзийский malaysian",
    "SG": "сингапурский singaporean",
    "VN": "вьетнамский vietnamese",
    "TH": "тайский thai",
    "ID": "индонезийский indonesian",
    "AU": "австралийский australian",
    "LT": "литовский lithuanian",
    "LV": "латвийский latvian",
    "EE": "эстонский estonian",
    "MD": "молдавский moldovan",
    "RS": "сербский serbian",
    "BG": "болгарский bulgarian",
    "RO": "румынский romanian",
    "GR": "греческий greek",
    "SK": "словацкий slovak",
    "HR": "хорватский croatian",
    "NL": "нидерландский голландский dutch",
    "BE": "бельгийский belgian",
    "SE": "шведский swedish",
    "FI": "финский finnish",
    "NO": "норвежский norwegian",
    "DK": "датский danish",
    "BH": "бахрейнский",
    "OM": "оманский",
}
# Regions of the neighbours a Kyrgyz registry meets in party names («хокимият Андижанской
# области», «акимат Жамбылской области»): they name the country as an adjective would.
_REGION_WORDS = {
    "KG": "ошский джалал-абадский баткенский нарынский таласский иссык-кульский чуйский "
          "бишкекский",
    "RU": "московский санкт-петербургский казанский новосибирский екатеринбургский "
          "свердловский уфимский омский томский",
    "UZ": "ташкентский андижанский ферганский наманганский самаркандский бухарский хорезмский "
          "сурхандарьинский кашкадарьинский навоийский джизакский сырдарьинский",
    "KZ": "жамбылский туркестанский алматинский карагандинский акмолинский костанайский "
          "павлодарский актюбинский атырауский мангистауский кызылординский",
    "TJ": "душанбинский согдийский хатлонский",
    "CN": "синьцзян-уйгурский",
    "AE": "абу-дабийский дубайский",
}
DEMONYMS = {word: code for words_by_code in (_DEMONYM_WORDS, _REGION_WORDS)
            for code, words in words_by_code.items() for word in words.split()}
_CYRILLIC = re.compile(r"[а-яёөүң]", re.I)
# What a Kyrgyz name may go on with: case, possessive and derivation endings («Кыргызстандын»,
# «Республикасына», «Өзбекстандагы», «Тажикстандыктар»), not another word («Данияр» is no
# «Дания», «Кубатбек» no «Куба»).
_KY_MORPHEME = ("н ы и у ү сы си су сү быз биз буз бүз ны ни ну нү ды ди ду дү ты ти ту тү "
                "нын нин нун нүн дын дин дун дүн тын тин тун түн га ге го гө ка ке ко кө а е "
                "о ө на не но нө да де до дө та те то тө нда нде ндо ндө дан ден дон дөн тан "
                "тен тон төн нан нен нон нөн менен дагы деги догу дөгү тагы теги тогу төгү "
                "ндагы ндеги лык лик лук лүк дык дик дук дүк тык тик тук түк ча че чо чө лар "
                "лер лор лөр дар дер дор дөр тар тер тор төр").split()
_KY_ENDINGS = re.compile(r"(?:%s){0,3}" % "|".join(sorted(_KY_MORPHEME, key=len, reverse=True)))


def _name_key(word: str) -> str:
    """How a word of a country's name is looked up: its lemma; a word read as a pronoun as
    written («Того» is Togo, «Тот» a surname, not «тот»)."""
    if not _CYRILLIC.search(word):
        return word.casefold()
    found = parses(word.lower())
    if found and found[0].tag.POS in ("NPRO", "ADJF") and "Apro" in found[0].tag:
        return word.casefold()
    return lemma(word)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code: str
    by_name: bool  # a name or abbreviation, not an adjective


class CountryIndex:
    """Finds countries in short texts (party names, a participant's title). Built from the
    registry's countries (or the seeds of models.countries): anything with `code`, `name_ru`,
    `official_ru`, `name_en`, `official_en`, `name_ky`, `official_ky`, `abbreviation`."""

    def __init__(self, countries):
        self.abbreviations = dict(EXTRA_ABBREVIATIONS)
        self.names: dict[tuple[str, ...], str] = {}  # lemmas or casefolded words -> code
        self.ky_names: dict[tuple[str, ...], str] = {}  # Kyrgyz words, matched as prefixes
        self.official: dict[str, str] = {}
        self.official_en: dict[str, str] = {}
        self.official_ky: dict[str, str] = {}
        for c in countries:
            self.official[c.code] = c.official_ru or c.name_ru
            self.official_ky[c.code] = getattr(c, "official_ky", "") or getattr(c, "name_ky", "")
            self.official_en[c.code] = getattr(c, "official_en", "") or c.name_en
            if c.abbreviation:
                self.abbreviations.setdefault(c.abbreviation, c.code)
            for name in (c.name_ru, c.official_ru, c.name_en, c.official_en,
                         *EXTRA_NAMES.get(c.code, ())):
                self._add(name, c.code)
            for name in (c.name_ky, c.official_ky, *EXTRA_KYRGYZ.get(c.code, ())):
                words = tuple(w.casefold() for w in TOKEN.findall(name or ""))
                if words and len(words[-1]) > 3:
                    self.ky_names.setdefault(words, c.code)
        for code, (short_ru, official_ru, short_ky, official_ky, _abbr) in OVERRIDES.items():
            self._add(short_ru, code)
            self._add(official_ru, code)
        self.longest = max((len(k) for k in self.names), default=1)
        self.ky_order = sorted(self.ky_names.items(), key=lambda kv: -len(kv[0]))

    def _add(self, name: str, code: str) -> None:
        words = TOKEN.findall(name or "")
        if not words:
            return
        key = tuple(_name_key(w) for w in words)
        if key in (("республика",), ("государство",), ("republic",)):
            return
        self.names.setdefault(key, code)

    def mentions(self, text: str) -> list[Mention]:
        """Every country named in the text, left to right (longest name first)."""
        tokens = list(TOKEN.finditer(text))
        keys = [_name_key(t.group()) for t in tokens]
        out: list[Mention] = []
        i = 0
        while i < len(tokens):
            word = tokens[i].group()
            short = _ABBREVIATED_KY.fullmatch(word)
            if short and not (short.group("abbr") in self.abbreviations and
                              _KY_ENDINGS.fullmatch(short.group("ending"))):
                short = None
            if word in self.abbreviations or short:
                out.append(Mention(tokens[i].start(), tokens[i].end(),
                                   self.abbreviations[short.group("abbr") if short else word],
                                   True))
                i += 1
                continue
            found = self._name_at(tokens, keys, i)
            if found:
                n, code = found
                if tokens[i].group()[:1].isupper() or not _CYRILLIC.search(word):
                    out.append(Mention(tokens[i].start(), tokens[i + n - 1].end(), code, True))
                    i += n
                    continue
            code = DEMONYMS.get(keys[i]) or DEMONYMS.get(word.casefold())
            if code and word[:1].isupper():
                out.append(Mention(tokens[i].start(), tokens[i].end(), code, False))
            i += 1
        return out

    def _name_at(self, tokens, keys, i) -> tuple[int, str] | None:
        for n in range(min(self.longest, len(tokens) - i), 0, -1):
            code = self.names.get(tuple(keys[i:i + n]))
            if code:
                return n, code
        words = [t.group().casefold() for t in tokens[i:i + 4]]
        for name, code in self.ky_order:
            n = len(name)
            if len(words) >= n and list(name[:-1]) == words[:n - 1] and \
                    words[n - 1].startswith(name[-1]) and \
                    _KY_ENDINGS.fullmatch(words[n - 1][len(name[-1]):]):
                return n, code
        return None

    def country_of(self, text: str) -> str | None:
        """The country a body belongs to: the last country named in it (the «Министерство
        иностранных дел КР» kind), else the first adjective («Почта России»)."""
        found = self.mentions(text)
        named = [m for m in found if m.by_name]
        if named:
            return named[-1].code
        return found[0].code if found else None

    def whole_country(self, text: str) -> str | None:
        """The country when the text names nothing but a state («КР», «Российской Федерацией»)."""
        found = [m for m in self.mentions(text) if m.by_name]
        if len(found) == 1 and not TOKEN.search(text[:found[0].start] + text[found[0].end:]):
            return found[0].code
        return None
