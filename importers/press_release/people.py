"""People named with their posts in a press release («президента Кыргызстана Садыра Жапарова»,
«Minister of Foreign Affairs Jeenbek Kulubaev»), in the nominative: Russian names through the
dictionary, first names it does not know, Chinese and Korean names, Kyrgyz case endings,
surnames that do not decline."""

from __future__ import annotations

import re

from .countries import TOKEN, CountryIndex
from .morphology import lemma, morph, parses

# Posts a named person holds: a name counts as a participant when one comes just before it.
ROLES = re.compile(
    r"президент\w*|премьер\w*|вице-премьер\w*|председател\w*|министр\w*|"
    r"глав\w*(?:\s+государств\w*|\s+правительств\w*)?|лидер\w*|"
    r"посол|посла|послом|руководител\w*|директор\w*|заместител\w*|спикер\w*|торага\w*|"
    r"губернатор\w*|мэр\w*|генеральн\w+ секретар\w*|генсек\w*|"
    r"president|prime minister|minister|chairman|chairperson|ambassador|head|speaker|"
    r"secretary|director|governor|mayor|эмир\w*|король|короля|king|emir", re.I)

# English posts run into the name they precede («... for International Partnerships Jozef
# Síkela»): words of a post, never of a name, and words that are no names at all.
_POST_WORD = re.compile(r"(?:ships|ment|tion|tions|ture|ness|ance|ence|ity|ics|ry|ies|Affairs|"
                        r"Economy|Trade|Energy|Finance|Health|Defen[cs]e|Justice|Labou?r|"
                        r"Resources|Ministers|Commerce|Science|Culture)$")
_NOT_NAME = re.compile(r"\b(?:Signs?|Agreements?|Memorand\w+|Protocols?|Treaty|Talks|Meeting|"
                       r"Visit|Summit|Hold|Holds)\b")
_STATE_WORDS = ("Republic", "Federation", "Kingdom", "Emirates", "States")

_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|бек|уулу|кызы|ян|"
                          r"ого|ому|ым|ыми|ой)$")


def title_case(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def _nominative_name(tokens: list[str]) -> str | None:
    """«Садыра Жапарова» → «Садыр Жапаров» when the words read as a first name (patronymic)
    and a surname in one case and gender."""
    if len(tokens) == 2 and re.search(r"(?:зода|заде)$", tokens[1]):  # «Кохиром Расулзода»:
        first = re.sub(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|у)$", "", tokens[0])  # Tajik surnames
        return f"{first} {tokens[1]}"  # in «-зода» do not decline
    readings = [parses(t.lower()) for t in tokens]
    if not any("Surn" in p.tag or "Name" in p.tag for p in readings[-1]) and \
            not _SURNAME_END.search(tokens[-1].lower()):
        return None
    # «Токаева» is a man's surname in the genitive or a woman's in the nominative: try the
    # masculine readings first.
    names = sorted((p for p in readings[0] if "Name" in p.tag),
                   key=lambda p: p.tag.gender != "masc")
    for first in names:
        case, gender = first.tag.case, first.tag.gender
        words = []
        for n, (original, options) in enumerate(zip(tokens, readings)):
            fit = [p for p in options if p.tag.POS == "NOUN" and p.tag.case == case and
                   p.tag.gender in (gender, None) and "plur" not in p.tag]
            new = fit[0].inflect({"nomn"}) if fit else None
            last = n == len(tokens) - 1
            if new is None and case == "nomn" and last and _NOMINATIVE_SURNAME.search(original):
                words.append(original)  # «Токаев», «Ибраев»: read as a plural by the dictionary
                continue
            if new is None and last and n == 1 and re.search(r"[еиоуыэю]$", original) and \
                    not morph().word_is_known(original.lower()):
                words.append(original)  # «Муратом Нуртлеу»: a surname that does not decline
                continue
            if new is None and (case != "nomn" or last):
                break
            words.append(title_case(new.word) if new else original)
        else:
            return " ".join(words)
    if len(tokens) != 2:
        return None
    # A first name the dictionary does not know as one: «Мамбетали Асанов», «Алмаз Иманалиев»
    # (a thing, not a post), «Мамбетали Асановым». One that ends in a vowel other than «а»,
    # «я» does not decline.
    plural = all("plur" in p.tag for p in readings[0])  # «Лазиз»: read as of «Лазиза»
    thing = plural or all(p.tag.POS == "NOUN" and "inan" in p.tag and "Geox" not in p.tag and
                          p.tag.gender == "masc" for p in readings[0])
    common = any(p.tag.POS == "NOUN" and not {"Surn", "Name"} & set(p.tag.grammemes)
                 for p in readings[1])  # «Кабинетов Министров»
    if _NOMINATIVE_SURNAME.search(tokens[1]) and not _KY_CASE.search(tokens[1]) and (
            plural and not common or thing and readings[0][0].tag.case == "nomn" or
            not morph().word_is_known(tokens[0].lower())):
        return " ".join(tokens)
    if morph().word_is_known(tokens[0].lower()) and not thing:
        return None
    surname = [p for p in readings[-1] if "Surn" in p.tag and p.tag.case in _ENDINGS]
    if thing:  # «Алмазом Бакетаевым»: the surname in the first name's case
        surname = [p for p in surname if "sing" in p.tag and
                   p.tag.case in {r.tag.case for r in readings[0]}]
    if surname:
        ending = _ENDINGS[surname[0].tag.case]
        same_case = [p for p in readings[0] if p.tag.case == surname[0].tag.case]
        first = (tokens[0] if surname[0].tag.gender == "femn" else  # «Догдуркул Кендирбаевой»
                 title_case(same_case[0].normal_form) if thing and same_case else  # «Канатом»
                 tokens[0][:-len(ending)] if tokens[0].endswith(ending) else
                 tokens[0] if re.search(r"[еиоуыэюё]$", tokens[0]) else None)
        new = surname[0].inflect({"nomn"})
        if first and new:
            return f"{first} {title_case(new.word)}"
    return None


# The commonest Chinese surnames as Russian writes them (Palladius), which come first:
# «Ван И», «Си Цзиньпином», «Ли Цяном».
_CHINESE_SURNAMES = frozenset(
    "Ван Ли Чжан Лю Чэнь Ян Хуан Чжао У Чжоу Сюй Сунь Ма Чжу Ху Го Хэ Гао Линь Ло Чжэн Лян Се "
    "Сун Тан Хань Фэн Дэн Цао Пэн Цзэн Сяо Тянь Дун Пань Юань Цай Цзян Юй Ду Е Чэн Вэй Су Лу "
    "Дин Жэнь Шэнь Яо Цзинь Фу Чжун Цуй Си Вэнь Цинь Мэн Бай Кун Мао Чан Хоу Шао Лэй Гу Ши Ся "
    "Цюй Цянь Инь Ляо Цю Сюэ Янь Лэн Вань Дуань Шан Хао Гун Лай Ци".split())
_CHINESE_GIVEN = re.compile(r"[А-ЯЁ][а-яё]*")


def _chinese_name(tokens: list[str]) -> str | None:
    """A Chinese surname and given name, in the nominative. Russian declines the given name only
    when it ends in «н» («Цзиньпином», «Цяна»); «Ван И» stays as it is."""
    if len(tokens) < 2 or tokens[0] not in _CHINESE_SURNAMES or \
            not _CHINESE_GIVEN.fullmatch(tokens[1]):
        return None
    return f"{tokens[0]} {re.sub(r'(?<=н)(?:ом|а|у|е)$', '', tokens[1])}"


# Korean surnames as Russian writes them; the given name is two words («Ким Сан Ук»), and its
# last syllable declines after any consonant («Ким Сан Уком»).
_KOREAN_SURNAMES = frozenset("Ким Ли Пак Чхве Чой Чон Кан Чо Юн Чан Лим Хан О Со Син Квон "
                             "Хван Ан Сон Ю Хон Пэ Пэк Ко Мун Нам Ён".split())
_KOREAN_SYLLABLE = re.compile(r"[А-ЯЁ][а-яё]{0,3}")


def _korean_name(tokens: list[str]) -> str | None:
    if len(tokens) < 3 or tokens[0] not in _KOREAN_SURNAMES or \
            not all(_KOREAN_SYLLABLE.fullmatch(t) for t in tokens[1:3]):
        return None
    last = re.sub(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|ем|а|я|у|ю|е)$|(?<=ь)(?:ю|я|е)$", "",
                  tokens[2])
    return f"{tokens[0]} {tokens[1]} {last}"


_NOMINATIVE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|бек|уулу|ян)$")  # «Пашинян» too
_KY_CASE = re.compile(r"(?<=[а-яё]{3})(?:дин|дын|дун|дүн|тин|тын|нин|нын|га|ге|ка|ке|ды|ди|"
                      r"ны|ни)\b")  # «Мирзиёевдин»: a Kyrgyz case ending


def _without_kyrgyz_case(name: str) -> str:
    """«Шавкат Мирзиёевдин» → «Шавкат Мирзиёев»; «Сироджиддин» is a name, not a genitive."""
    head, _space, surname = name.rpartition(" ")
    bare = _KY_CASE.sub("", surname)
    if bare != surname and _NOMINATIVE_SURNAME.search(bare):
        return f"{head} {bare}".strip()
    return name


_NAME_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*")
# A Kyrgyz noun with a possessive or genitive ending («Республикасынын», «Президенти»,
# «Тажикстандын»), which no name has.
_KY_NOUN = re.compile(r"(?<=[а-яёөүң]{3})(?:сынын|синин|сунун|сүнүн|нын|нин|нун|нүн|"
                      r"(?<!д)дын|(?<!д)дин|дун|дүн|тын|тин|тун|түн|сы|си|су|сү|ти|ты)$")
# («Сироджиддин», «Насреддин» are names)
_SURNAME_WORD = re.compile(r"[А-ЯЁӨҮ][а-яёөүң]+(?:-[А-ЯЁӨҮ]?[а-яёөүң]+)*")  # «Төрөбаев» too
_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом"}


def participants(text: str, countries: CountryIndex | None = None,
                 codes: list[str] | None = None) -> list[str]:
    """People named with their posts («президента Кыргызстана Садыра Жапарова»), in the
    nominative, each once; the countries their posts name go to `codes`."""
    out: dict[str, str] = {}
    codes = [] if codes is None else codes
    tokens = list(TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        words = [t.group() for t in tokens[i:i + 3]]
        if not words[0][:1].isupper():
            i += 1
            continue
        name = None
        n = 2
        spaced = [text[a.end():b.start()] == " " for a, b in zip(tokens[i:i + 2],
                                                                  tokens[i + 1:i + 3])]
        if spaced and spaced[0]:
            name = (_korean_name(words) if all(spaced) else None) or _chinese_name(words)
            n = 3 if name and len(name.split()) == 3 else 2
        for n in () if name else (3, 2):
            group = words[:n]
            joined = all(text[a.end():b.start()] == " " for a, b in
                         zip(tokens[i:i + n - 1], tokens[i + 1:i + n]))
            if len(group) == n and joined and all(_NAME_WORD.fullmatch(w) for w in
                                                  group[:-1]) and \
                    (_SURNAME_WORD if n == 2 else _NAME_WORD).fullmatch(group[-1]) and \
                    not any(_KY_NOUN.search(w) and not _NOMINATIVE_SURNAME.search(
                        _KY_CASE.sub("", w)) for w in group):
                bare = _KY_CASE.sub("", group[-1])  # «Сердар Бердимухамедовдун»
                if bare != group[-1] and _NOMINATIVE_SURNAME.search(bare):
                    group = group[:-1] + [bare]
                name = _nominative_name(group)
                if name:
                    break
        if name:
            before = text[max(0, tokens[i].start() - 80):tokens[i].start()]
            role = list(ROLES.finditer(before))
            if role and not re.search(r"[.;:!?]", before[role[-1].end():]):
                name = _without_kyrgyz_case(name)
                out.setdefault(lemma(name.split()[-1]), name)
                genitive = _KY_POST_OF.search(before[:role[-1].start()])
                _post_countries((genitive.group() if genitive else "") +
                                before[role[-1].start():], countries, codes)
            i += n
            continue
        i += 1
    for m in _ENGLISH_NAME.finditer(text):
        words = m.group("name").split()
        while len(words) > 2 and (words[0] in _STATE_WORDS or _POST_WORD.search(words[0]) or
                                  countries and countries.mentions(words[0])):
            words.pop(0)  # «... of the Republic of Korea Cho Tae-yul», «... Partnerships Jozef»
        name = " ".join(words)
        if not any(countries_word in name for countries_word in _STATE_WORDS) and \
                not _NOT_NAME.search(name):  # «... Kyrgyzstan Sign Agreement» in a headline
            out.setdefault(name.split()[-1].lower(), name)
            _post_countries(m.group(), countries, codes)
    return list(out.values())


# A Kyrgyz post names its country before it, in the genitive: «Өзбекстандын Президенти».
_KY_POST_OF = re.compile(r"(?:\b[А-ЯЁӨҮҢ][\w-]*\s+){0,2}[А-ЯЁӨҮҢ][\w-]*"
                         r"(?:[ндт][ыиуү]н)\s+$")


def _post_countries(post: str, countries: CountryIndex | None, codes: list[str]) -> None:
    """«Президента Республики Таджикистан» → TJ; an ambassador's post names his host too."""
    for m in countries.mentions(post) if countries else []:
        if m.by_name and m.code not in codes:
            codes.append(m.code)


_ENGLISH_NAME = re.compile(
    r"\b(?:President|Prime Minister|Minister(?: of [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?|"
    r"Chairman|Chairperson|Ambassador|Speaker|Commissioner|Secretary[- ]General)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w ]*?)? "
    r"(?P<name>[A-Z][a-zà-ÿ]+ (?:[A-Z][a-zà-ÿ]+ )?[A-Z][a-zà-ÿ]+(?:-[A-Za-z][a-zà-ÿ]+)?)\b"
    r"(?![- ][A-Z])")  # «Mohamed Hassan Alsuwaidi»
