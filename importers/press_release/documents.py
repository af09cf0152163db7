"""One document named in a text: its kind, title, parties, level, subject, the earlier
instrument it amends, supplements or implements, and the dates that belong to each of them
(«протокол о внесении изменений в соглашение ... от 12 марта 2009 года, подписанный 4 октября
2024 года»: the agreement is of 2009-03-12, the protocol was signed on 2024-10-04)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from models.records import PartyDraft

from . import kyrgyz
from .body_kinds import body_kind, level_of
from .countries import CountryIndex
from .dates import FoundDate, find_dates
from .kinds import DOCUMENT_EN, DOCUMENT_KY, DOCUMENT_RU, dates_the_signing, kind_of
from .morphology import head_gender, head_noun, inflect_phrase, lemma, parses
from .parties import find_parties, member_states
from .party_names import government_name, party_drafts
from .visit import capital_of

_LEVEL_WORDS = [(re.compile(r"межгосударственн|interstate", re.I), "interstate"),
                (re.compile(r"межправительственн|intergovernmental", re.I), "intergovernmental"),
                (re.compile(r"межведомственн|interagency", re.I), "interagency")]
_DEFAULT_LEVEL = {"treaty": "interstate", "convention": "interstate",
                  "agreement": "intergovernmental", "protocol": "intergovernmental",
                  "exchange_of_notes": "intergovernmental", "joint_statement": "interstate",
                  "declaration": "interstate"}

# «Protocol No. 2 to ...»: the number of a document of its kind.
_NUMBER = r"(?:\s+No\.?\s*\d+)?"
# «о внесении изменений в ...»: (pattern, relation, case of the document named after it)
_REFERENCES = [
    (r"о\s+внесении\s+изменени[йя]\w*(?:\s+и\s+дополнени\w+)?\s+в\s+", "amends", "accs"),
    (r"о\s+внесении\s+дополнени\w+\s+в\s+", "supplements", "accs"),
    (r"об?\s+изменени[ия]\s+", "amends", "gent"),
    (r"о\s+продлении\s+(?:срока\s+действия\s+)?", "extends", "gent"),
    (r"о\s+прекращении\s+(?:действия\s+)?", "terminates", "gent"),
    (r"(?:о|по)\s+(?:реализации|выполнении|осуществлении)\s+", "implements", "gent"),
    (r"(?<=протокол)\s+к\s+|(?<=протокола)\s+к\s+|(?<=соглашение)\s+к\s+", "supplements",
     "datv"),
    # «Amending Protocol to the Agreement ...», «Amending Agreement No. 2 to the Loan
    # Agreement ...»: the agreement after it, not «Protocol to ...», «Agreement No. 2 ...»
    (r"(?<![\w-])(?:amending|amendment)\s+(?:protocol|agreement)" + _NUMBER +
     r"\s+(?:to|of)\s+(?:the\s+)?", "amends", None),
    # «amending», «to amend», «on amendments to», «introducing amendments and additions to»,
    # «on making changes to», «on amending»
    (r"(?:amending|on\s+amending|to\s+amend|(?:that|which)\s+amends|(?:(?:on\s+)?(?:introducing|making|the\s+"
     r"introduction\s+of)\s+|on\s+)?(?:amendments?|changes|alterations)(?:\s+and\s+"
     r"(?:additions|supplements|amendments))?" + _NUMBER + r"\s+(?:to|in|into))\s+(?:the\s+)?",
     "amends", None),
    (r"(?:addend(?:um|a)|supplements?)" + _NUMBER + r"\s+to\s+(?:the\s+)?", "supplements", None),
    (r"(?:(?<=protocol)|(?<=supplementary\sagreement)|(?<=additional\sagreement))" + _NUMBER +
     r"\s+to\s+(?:the\s+)?", "supplements", None),
    (r"(?:extending|on the extension of)\s+(?:the\s+)?", "extends", None),
    (r"(?:on|for)\s+the\s+implementation\s+of\s+(?:the\s+)?", "implements", None),
]
_REFERENCES = [(re.compile(p, re.I), r, c) for p, r, c in _REFERENCES]
# «Соглашение ... стороны подписали в июне 2024 года»: who signs, and the verb, after a name.
SIGNING_SUBJECTS = r"стороны|мы|они|министры|главы\s+\w+"
ACTIVE_SIGNING = r"подписал[иао]?|заключил[иао]?|скрепили"
_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_SIGNING_CLAUSE = re.compile(
    r"(?:,\s*|\s*\(\s*|\s+[—–-]\s+|\s+)(?P<verb>подписанн(?:ый|ое|ая|ые|ого|ой)|"
    r"(?:был[аио]?\s+|были\s+)?(?:подписан[аоы]?|скреплен[аоы]?\s+подпис\w+)|"
    r"(?:which was |that was )?signed|кол коюлган|"
    r"(?:(?:" + SIGNING_SUBJECTS + r")\s+)?(?:" + ACTIVE_SIGNING + r")|"
    r"(?:in\s+[A-Z][\w-]+\s+)?on(?=\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})[, ]+"
    r"\d{4}\b|\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
    r"\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH +
    r"\s+\d{1,2}(?:st|nd|rd|th)?)(?![\w-]))|in(?=\s+" + _MONTH + r"\s+\d{4}\b))(?![\w-])|"
    r"\s+(?P<date>)(?=\d{1,2}[\s–-])",
    re.I)  # (a day and month without a year too: «... on trade on 12 March», «... 3 мая»)
_OWN_DATE = re.compile(r"\s*(?:от|of|dated)\s*$", re.I)
_AREA = re.compile(r"(?:^|\s)(?:в\s+(?:области|сфере|сферах|части)|по\s+вопросам|по\s+вопросу|"
                   r"in\s+the\s+(?:field|area|sphere)s?\s+of)\s+(?P<rest>.+)", re.I)
_IN = re.compile(r"(?:сотрудничеств\w*|cooperation)\s+(?:в|во|in)\s+(?P<rest>.+)", re.I)
_ABOUT = re.compile(r"(?:^|\s)(?:о|об|on|concerning|regarding)\s+(?=\S)", re.I)
_EMPTY_TOPICS = {"сотрудничество", "взаимопонимание", "намерение", "cooperation",
                 "understanding", "intent"}
_SUBJECT_END = re.compile(r"\s+между\s|\s+between\s|,|;|\(|\s+от\s+\d|\s+dated\s|\s+signed\s|"
                          r"\s+на\s+(?:\d{4}|период)|\s+for\s+\d{4}|\s+of\s+\d", re.I)
# «министром», «председателем»: a post in the instrumental, the signer of a document named before.
BY_POST = (r"(?:министр(?:ом|ами)|председателем|главой|руководителем|ректором|директором|"
           r"заместителем|послом|мэром|акимом|губернатором|президентом)")
_TRIM = re.compile(r"(?:,\s+(?:[а-яё]+\s+){0,3}котор\w+\b|"  # «..., из средств которого ...»
                   r",\s+(?:which|that|[a-z]+ing|funded|financed)\b|"
                   # «..., однако между кем, не сказано», «..., включая ...»: a clause of the report
                   r",\s+(?:однако|но|включая)(?![\w-])|"
                   r"\s+(?:which|that)\s+(?!amends\s)(?:will|would|is|are|was|were|has|have|"
                   r"[a-z]+s)\s|"
                   r"\s+(?:и|and)\s+(?:ряд|несколько|другие|several|a\s+number\s+of)\s|"
                   # «... and other documents» (not «... drug trafficking and other crimes»)
                   r"\s+and\s+(?:several\s+)?other\s+(?:[\w-]+\s+)?(?:documents|agreements|"
                   r"memorand\w+|MoUs|protocols|instruments|papers|deals|contracts|accords)\b|"
                   r"\s+(?:со?|от)\s+(?:[а-яё]+\s+)?стороны\b|\s+on\s+behalf\s+of\s|"
                   r"\s+for\s+(?:the\s+)?(?:two|both)\s+(?:parties|sides)\b|"
                   r"\s+(?:был[аио]?|были|was|were)\s+(?:also\s+)?(?:подписан\w*|signed|inked|"
                   r"sealed|concluded)\b|\s+в\s+ходе\s|\s+во\s+время\s|"
                   # «..., об этом сообщила пресс-служба», «— как передает агентство»: who says so
                   r",?\s+(?:[—–-]\s+)?(?:об\s+этом\b|как(?=\s*$|\s+(?:[\w-]+\s+){0,2}?(?:сообщ|"
                   r"переда|информир|пиш|отмеч|говор|заяв|рассказ|стало\s+известно)))|"
                   r"\s+[—–-]\s+пресс-(?:служб|центр)\w*|\s*\([^()]*$|"  # «(текст документа»
                   # «... — подписи под ней поставили ...», «... – главный документ визита»
                   r"\s+[—–]\s+(?:подпис\w*|(?:[\w-]+\s+){0,2}?документ\w*|эт[оиа]|он[аио]?|"
                   r"е[её]|его|их)(?![\w-])|"
                   # «... министром X Y и министром ...»: who signed it
                   r"\s+" + BY_POST + r"\s|"
                   r"\s+в\s+рамках\s+(?:визита|переговоров|встречи|"
                   r"заседания|саммита)|\s+по\s+итогам\s|\s+на\s+полях\s|\s+в\s+присутствии\s|"
                   r"\s+during\s|\s+in the presence\s|\s+on\s+the\s+(?:sidelines|margins)\s+of\s|"
                   # «... as part of the state visit», «... within the framework of the forum»
                   r"\s+(?:as\s+part|within\s+the\s+framework|in\s+the\s+framework)\s+of\s+"
                   r"(?:the\s+|this\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:visit|talks|"
                   r"negotiations|meeting|summit|forum|session|conference|sitting)\b|"
                   r"\s+(?:following|after)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}"
                   r"(?:talks|negotiations|meeting|visit|summit)\b|(?<!\bим)(?<!\bNo)"
                   r"(?<![\s.][А-ЯЁA-Z])\.\s).*$",
                   re.I | re.S)  # not «университет им. И. Раззакова», «after K. Dikambaev»,
# «Protocol No. 2 to ...»
# What an English report says after a document's name about the deal or the event, not part of
# the name: «..., under which China will provide ...», «..., whereby ...», «..., a document both
# called historic», «..., the first upgrade of ties ...», «... at a ceremony in Bishkek», «... on
# Friday».
_EN_REPORT_TAIL = re.compile(
    r"(?:,?\s+(?:under|according\s+to|by|through|in|with|for|from)\s+which\b|,?\s+whereby\b|"
    r",\s+(?:a|an|the)\s+(?:(?:first|second|third|new|major|key|landmark|historic|milestone|"
    r"significant|important)\b|(?:document|move|step|deal|sign)\b)|"
    r"\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|meeting|talks|summit|forum|session|"
    r"event|residence|palace|venue|hall|headquarters)\b|"
    r"\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\s+(?:yesterday|today|earlier\s+today|this\s+(?:morning|afternoon|evening|week))"
    r"(?=[.,;]?\s*$)|"
    # «an MoU ... to boost transport cooperation», «to work together on ...»: what it is for;
    # «aimed at improving ...», «meant to build ...», «in order to ...», «with the aim of ...»
    r",?\s+(?:(?:aimed|aiming|meant|designed|intended|seeking)\s+(?:to|at)|in\s+order\s+to|"
    r"so\s+as\s+to|with\s+(?:the|an)\s+(?:aim|objective|goal|purpose)\s+(?:of|to))\s|"
    r"\s+to\s+(?:further\s+)?(?:boost|work|develop|strengthen|expand|promote|support|improve|"
    r"increase|enhance|build|provide|implement|ensure|facilitate|attract|deepen|foster|"
    r"advance|bolster|step\s+up|broaden|intensify|jointly|raise|create|reduce|modernise|"
    r"modernize|protect)\b|"
    # «..., valid for five years», «... with a capital of $100 million»: its term, its money
    r",?\s+valid\s+(?:for|until|till|through)\b|"
    r"\s+with\s+(?:an?\s+)?(?:(?:total|authori[sz]ed|initial)\s+)?(?:capital|budget|value)\s+"
    r"of\b|"
    # «the signing of the Memorandum ... took place in Belgrade»: the event, not the name
    r"\s+(?:took|takes)\s+place\b|"
    # «a memorandum on tourism - the document provides for ...»: what the report says of it
    r"\s+[—–-]\s+(?:the|this|these|it|they|which)\s|"
    # «... and agreed to amend ...»: the next predicate of the sentence
    r",?\s+and\s+(?:also\s+)?(?:agreed|decided|discussed|noted|expressed|stressed|pledged|"
    r"reaffirmed|announced|called|instructed|welcomed|considered|reviewed)\b).*$",
    re.S)
# «Grant Agreement for 2.04 million US dollars», «a loan agreement of $30 million for ...»:
# the money, not the name.
_EN_AMOUNT = re.compile(
    r",?\s+(?:for|of)\s+(?:about\s+|over\s+|up\s+to\s+|a\s+total\s+of\s+)?(?:(?:[$€£¥]|EUR\s|"
    r"USD\s|US\$)\s?\d[\d.,]*(?:\s*(?:million|billion|mln|bn))?|\d[\d.,]*\s*(?:million|"
    r"billion|mln|bn)?\s*(?:US\s+)?(?:dollars?|euros?|yen|yuan|soms?|tenge|rubles?|USD|EUR))"
    r"(?![\w-])")
# «on Friday inked an Agreement ... in Tashkent»: the capital the signing took place in, at the
# end of the name (a capital: «Agreement on Cooperation in Healthcare» keeps its words).
_EN_PLACE_TAIL = re.compile(r"\s+in\s+(?:the\s+(?:city|capital)\s+of\s+)?"
                            r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)$")
# «на сумму $45 млн», «worth $45 million»: the money, not the name.
_AMOUNT = re.compile(r",?\s+(?:на\s+(?:общую\s+)?сумму|общей\s+стоимостью|стоимостью|worth|"
                     r"in\s+the\s+amount\s+of|"
                     r"с\s+уставным\s+капиталом(?:\s+в)?|"
                     r"totall?ing|amounting\s+to|valued\s+at)\s+(?:a\s+)?(?:combined\s+|total\s+(?:of\s+)?)?"
                     r"(?:около\s+|более\s+|свыше\s+|"
                     r"about\s+|over\s+|up\s+to\s+)?(?:[$€£¥]|EUR|USD|US\$)?\s?\d[\d\s.,]*\s*"
                     r"(?:млрд|млн|тыс|"
                     r"миллиард\w*|миллион\w*|billion|million|bn|mln|m)?\.?\s*"
                     r"(?:долл\w*\.?(?:\s+США)?|"
                     r"евро|рубл\w*|сом\w*|юан\w*|тенге|[ий]ен\w*|фунт\w*(?:\s+стерлингов)?|"
                     r"дирхам\w*|USD|EUR|dollars?|euros?|yen|US\$)?(?=[\s,;.]|$)", re.I)
PLACE = re.compile(r"\b(?:в|in)\s+(?:г\.\s*|городе\s+)?(?P<city>[A-ZА-ЯЁ][\w-]+)")


@dataclass
class Reference:
    """An earlier instrument a document amends, supplements, implements, extends or ends."""

    relation: str
    title: str
    kind: str
    level: str
    date: FoundDate | None = None
    parties: list[PartyDraft] = field(default_factory=list)
    subject: str = ""


@dataclass
class Document:
    kind: str
    title: str
    level: str
    parties: list[PartyDraft]
    subject: str
    multilateral: bool = False
    reference: Reference | None = None
    own_date: FoundDate | None = None  # «Соглашение ... от 12.03.2009»
    signed: FoundDate | None = None  # «..., подписанный 4 октября 2024 года»
    signed_place: str = ""
    signed_again: bool = False  # `signed` given by a bare kind word naming it again
    own_place: str = ""  # `signed_place` before that


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _balanced(text: str) -> str:
    """Without the quotes of a name written in quotes («Соглашение ...»)."""
    if text.count("»") > text.count("«"):
        text = text[:text.rfind("»")] + text[text.rfind("»") + 1:]
    if text.count("«") > text.count("»"):
        text = text[:text.find("«")] + text[text.find("«") + 1:]
    return text


# What a document is for, said after its name: «... в целях развития ...», «с целью ...» (not the
# customs agreements' formula «... административной помощи в целях надлежащего применения ...»).
_PURPOSE = re.compile(r"(?<!помощи)\s+(?:в\s+целях|с\s+целью)\s.*$", re.I | re.S)


def _without_purpose(text: str) -> str:
    """The name without what the document is for, unless that is said of an instrument its name
    names («Протокол о внесении изменений в Соглашение о ... в целях ...»)."""
    purpose = _PURPOSE.search(text)
    if purpose is None or len(DOCUMENT_RU.findall(text[:purpose.start()])) > 1:
        return text
    return text[:purpose.start()]


# «... — утвержден», «... — adopted»: the status a table's row gives, not part of the name.
_ROW_STATUS = re.compile(r"\s+[—–-]\s+(?:подписан\w*|утвержден\w*|одобрен\w*|принят\w*|signed|"
                         r"adopted|approved)\.?$|\s*\((?:подписан\w*|утвержден\w*|одобрен\w*|"
                         r"принят\w*|signed|adopted|approved)\)$", re.I)  # «... (принята)»
# «..., а также другие документы», «... и другие»: the report's words after the last name.
_OTHERS = re.compile(r"(?:,\s*|\s+)(?:а\s+также|и)\s+другие(?:\s+[а-яё]+)?$", re.I)


# «a fresh memorandum easing investment in ...»: a participle clause right after the kind word
# says what the document does (not a name's «amending», «setting up», «concerning» ...).
_EN_PARTICIPLE = re.compile(r"\s+(?!(?:amend|establish|concern|regard|relat|govern|supplement|"
                            r"extend|implement|terminat|prolong|includ|accompany|replac|modify|"
                            r"chang|sett|creat|found|launch|introduc)ing\b)[a-z]{2,}ing\s+[a-z]")


def _without_participle(text: str) -> str:
    kind = DOCUMENT_EN.search(text)
    if kind is None or re.search(r"[а-яё]", text, re.I) or \
            not _EN_PARTICIPLE.match(text, kind.end()):
        return text
    return text[:kind.end()]


def clean_title(text: str) -> str:
    text = _without_participle(" ".join(text.replace("\u00ad", "").split()))
    text = re.sub(r"\s*\((?:рег\.|рег\.\s*№|№|reg\.|No\.)[^()]*\)", "", text)  # «(рег. № 45)»
    text = re.sub(r"\s*\((?:подписан|принят|утвержд[её]н|одобрен|signed|adopted|approved)"
                  r"[аоы]?\)[\s;.,]*$", "", text, flags=re.I)  # «... (принята)»: what became of it
    text = _EN_AMOUNT.sub("", _AMOUNT.sub("", _EN_REPORT_TAIL.sub("", _without_purpose(
        _TRIM.sub("", text)))))
    text = re.sub(r"[;,]\s*(?:and|и)$", "", text)  # «...; and» before a list's last item
    text = _OTHERS.sub("", _ROW_STATUS.sub("", text))
    text = re.sub(r"^MoUs?\b", "Memorandum of understanding", text)
    text = re.sub(r"\s*\((?-i:MoUs?|MOUs?|MoC|LoI)\)", "", text)  # «... Understanding (MoU) on ...»
    text = re.sub(r"[,\s]+(?:and\s+)?(?:finally|also|too|as\s+well)$", "", text)
    # «..., after talks at which ...», «..., the ministry reports», «..., reports Trend»,
    # «..., according to the press service»: the report, not the name
    text = re.sub(r",\s+(?:(?:after|following|during|when|while|according\s+to)\s.*|"
                  r"(?:[\w'’.-]+\s+){0,8}(?:reports?|reported|said|says|announced|noted|stated|"
                  r"informed|informs|writes|wrote|added|told|confirmed)\b.*)$", "", text)
    text = re.sub(r"\s+and\s+others[\s.;,]*$", "", text)  # «... and others»: the report's words
    text = re.sub(r"[»”\"]\s*(?:,|и|and)\s*[«“„\"]$", "", text)  # «А», «Б» и «В»: А
    text = re.sub(r"^(?:двусторонн\w+|bilateral)\s+", "", text, flags=re.I)  # a description
    text = re.sub(r"^(\w+(?:\s+\w+)?)\s+[—–]\s+(?=(?:по|о|об|on|for)\s)", r"\1 ", text)  # «ноты — по»
    text = re.sub(r"^[Нн]оты\b", "обменные ноты", text)  # «Первые ноты — по программе ...»
    text = re.sub(r"^нотами\b", "обмен нотами",
                  re.sub(r"^(notes|letters)\b", r"Exchange of \1", text))
    text = re.sub(r"\s+(?:was|were|(?:has|have)\s+been|был[аио]?|были|include[sd]?|"
                  r"cover(?:s|ed)?)$", "", text,
                  flags=re.I)  # «... was» before «signed» of a passive, «The four MoUs included»
    quoted = text.rstrip(" ,;:.").endswith('"') and text.count('"') % 2 == 0
    text = _balanced(text.strip(" ,;:.—–-\"").rstrip(" (").strip()).strip(" ,;:.")
    text = text + '"' if quoted and text.count('"') % 2 else text  # «... "The Project ..."»
    return text + "." if re.search(r"\d\s*гг?$", text) else text  # «от 12.03.2009 г.»


def _dates_in(text: str, offset: int, reference_day) -> list[FoundDate]:
    return [FoundDate(d.start + offset, d.end + offset, d.value, d.precision)
            for d in find_dates(text, reference_day)]


def _own_date(title: str, reference_day) -> FoundDate | None:
    """The date after «от», at the end of the name, or right after its kind word
    («Соглашение 2015 года о ...»): the document's own date."""
    kind = DOCUMENT_RU.match(title) or DOCUMENT_EN.match(title)
    for d in find_dates(title, reference_day):
        if reference_day is not None and d.value > reference_day:
            continue  # «... цифровой столицей ОТГ в 2025 году» in a 2024 report: a plan
        if _OWN_DATE.search(title[:d.start]) or not _PERIOD.search(title[:d.start]) and (
                not title[d.end:].strip(" .,;") or kind and not title[kind.end():d.start].strip()):
            return d
    return None


# «the 1998 Agreement», «the 2015 agreement»: the year before the kind word is its date.
_YEAR_BEFORE = re.compile(r"(?P<year>(?:19|20)\d{2})\s+(?=[A-Za-z])")
# «the Agreement on ... (2009)»: the year in brackets after the name.
_YEAR_AFTER = re.compile(r"\s*\((?P<year>(?:19|20)\d{2})\)\s*$")
# «the Air Services Agreement», «the financing agreement for ...»: words of an English name before
# its kind word (not «the law on ... agreement», «the terms of the agreement»).
_NAME_WORD = re.compile(r"(?!(?:on|of|in|for|the|and|between|with|to|by|under|at)\b)"
                        r"[A-Za-z][\w-]*\s+")


def _english_name(target: str) -> bool:
    """Whether the words are an English document's name: its kind word after at most three
    words of its own."""
    at = 0
    for _ in range(4):
        if DOCUMENT_EN.match(target, at):
            return True
        word = _NAME_WORD.match(target, at)
        if word is None:
            return False
        at = word.end()
    return False


# Instruments that are not agreements but are amended all the same: a charter, a statute.
_CHARTER = re.compile(r"(?:устав|положени|статут|charter|statute|articles\s+of\s+agreement)\w*"
                      r"\s", re.I)


# «на 2026 год», «на 2026–2027 гг.», «for 2026», «столицей ... в 2025 году», «set up in 1992»:
# «from 1 January 2025 to 31 December 2027»: the period a document covers or a year it speaks
# of, not its date.
_PERIOD = re.compile(r"(?:\b(?:на|до|по|к|в|во|for|until|through|by|in|since|during)|"
                     r"\bfrom\s[^;]*\s(?:to|till)|\d{4}\s*[-–—])\s*$", re.I)


def _without_date(title: str, found: FoundDate | None) -> str:
    if found is None:
        return title
    head = _OWN_DATE.sub("", title[:found.start])
    tail = title[found.end:]
    return re.sub(r"\s{2,}", " ", head + tail).rstrip(" ,")


def _without_until(title: str, reference_day) -> str:
    """«Соглашения ... до 31.12.2030 г.»: the new end date is the extending protocol's, not
    part of the earlier instrument's name."""
    for d in find_dates(title, reference_day):
        until = re.search(r"\s+(?:до|until|till)\s*$", title[:d.start], re.I)
        if until and not title[d.end:].strip(" .,;г"):
            return title[:until.start()]
    return title


def _noun_group(phrase: str) -> bool:
    """Whether the phrase is adjectives and a noun, nothing after them."""
    found = head_noun(phrase.split(" "), None)
    return found is not None and found[0] == len(phrase.split(" ")) - 1


def _nominative(rest: str, case: str) -> str:
    """«торговли и инвестиций» → «торговля и инвестиции»; only the first noun group of a
    longer phrase changes."""
    groups = re.split(r"\s+и\s+", rest)
    if len(groups) > 1 and all(_noun_group(g) for g in groups[:-1]):
        return " и ".join(inflect_phrase(g, case=case) for g in groups)
    return inflect_phrase(rest, case=case)


def _subject(text: str) -> str:
    """What a document is about, in the nominative: «в области кардиологии» → «кардиология»,
    «о правовом статусе ...» → «правовой статус ...»; «о сотрудничестве» says nothing."""
    in_kyrgyz = kyrgyz.subject(text)
    if in_kyrgyz is not None:
        return in_kyrgyz
    text = re.sub(r"«((?:О|Об|По|On)\s[^»]*)»?", r"\1", text)  # a title in quotes
    area = _AREA.search(text)
    for about in _ABOUT.finditer(text):
        if area is not None and area.start() < about.start():
            break
        rest = text[about.end():]
        if lemma(rest.split(" ")[0].strip(",.")) not in _EMPTY_TOPICS:
            return _clip(rest, "loct")
    if area is not None:
        return _clip(area.group("rest"), "gent")
    within = _IN.search(text)
    return _clip(within.group("rest"), "loct") if within else ""


def _clip(rest: str, case: str) -> str:
    end = _SUBJECT_END.search(rest)
    rest = rest[:end.start()] if end else rest
    rest = re.sub(r"^the\s+", "", rest.strip(" ,."), flags=re.I)
    if not re.search(r"[а-яё]", rest, re.I):
        return rest
    return _nominative(rest, case)


def _unquoted(target: str) -> str:
    """«в “Соглашение о ...” от 5 февраля 2021 года» → «Соглашение о ... от 5 февраля 2021
    года»: the earlier instrument's name without the quotes around it."""
    m = re.match(r"[«“„\"](?P<name>[^»”“\"]+)[»”“\"]", target)
    return m.group("name") + target[m.end():] if m else target


def _reference(title: str, countries: CountryIndex, reference_day):
    """(start of the reference in the title, Reference) or None."""
    if not title.strip():
        return None
    in_kyrgyz = kyrgyz.reference(title)
    if in_kyrgyz is not None:
        relation, text = in_kyrgyz
        dated = next(iter(find_dates(text, reference_day)), None)  # «2004-жылдын 15-июнундагы»
        if dated is not None:
            text = " ".join((text[:dated.start] + text[dated.end:]).split())
        found = find_parties(text, countries)
        parties = party_drafts(found.names, countries) if found else []
        kind = kind_of(text)
        return 0, Reference(relation, text, kind, level_for(text, kind, parties), dated,
                            parties, _subject(text))
    for pattern, relation, case in _REFERENCES:
        m = pattern.search(title)
        if not m:
            continue
        target = _unquoted(title[m.end():])
        if target.count('"') == 1:  # «Protocol "On Amendments to the Agreement ..." (2009)»
            target = target.replace('"', "")
        year = _YEAR_BEFORE.match(target)
        if year and DOCUMENT_EN.match(target, year.end()):
            target = target[year.end():]
        if not (DOCUMENT_RU.match(target) or _english_name(target) or _CHARTER.match(target)):
            continue
        own = _own_date(target, reference_day)
        text = _without_until(_without_date(target, own), reference_day)
        bracketed = _YEAR_AFTER.search(text) if own is None and not year else None
        if bracketed:
            text, year = text[:bracketed.start()], bracketed
        if year and own is None:
            value = int(year.group("year"))
            own = FoundDate(year.start(), year.end(), date(value, 1, 1), "year")
        text = capitalise(inflect_phrase(text, case=case) if case else text)
        found = find_parties(text, countries)
        parties = party_drafts(found.names, countries) if found else []
        kind = kind_of(text)
        level = level_for(text, kind, parties)
        subject = _subject(text[found.end:] if found else text)
        return m.start(), Reference(relation, text, kind, level, own, parties, subject)
    return None


def level_for(title: str, kind: str, parties: list[PartyDraft]) -> str:
    """From the adjectives of the kind word («Межправительственное соглашение»), else from the
    parties, else the kind's usual level («межгосударственных рек» in the subject says
    nothing)."""
    named = DOCUMENT_RU.search(title) or DOCUMENT_EN.search(title)
    for pattern, level in _LEVEL_WORDS:
        if pattern.search(named.group() if named else title):
            return level
    return (level_of([p.organisation_kind for p in parties]) or _DEFAULT_LEVEL.get(kind)
            or "interagency")


def _goes_on_the_verb(text: str, m: re.Match, n: int) -> bool:
    """«... signed on 12 May 2004», «signed in Baku on ...», «signed in Ashgabat in June 2018»:
    the «on»/«in» of a date right after a verb (and its place) belongs to that verb's clause,
    not a signing of its own."""
    if not n or not re.match(r"(?:in|on)\b", m.group("verb") or "", re.I):
        return False
    return re.search(r"\b(?:signed|concluded|подписан\w*)(?:\s+in\s+[A-Z][\w-]+)?\s*$",
                     text[:m.start()], re.I) is not None


# «..., which will enter into force on 1 January 2025», «that expires on ...»: a date of
# something else than the signing, before which no «on»/«in» is the signing's.
_OTHER_VERB = re.compile(r"(?:,\s*|\s)(?:which|that|it)\s+(?!(?:was|were)\s+signed\b)"
                         r"(?:[a-z]+\s+){0,2}?(?:will|would|shall|enters?|comes?|takes?|expires?|"
                         r"runs?|is|are)\b")


def _noun(word: str) -> bool:
    readings = parses(word.strip().lower())
    return bool(readings) and readings[0].tag.POS == "NOUN"


def _signings(text: str, countries: CountryIndex, reference_day) -> list[tuple]:
    """(where, verb, date, place, where the date ends) of each «, подписанный 4 октября 2024
    года в Москве», «был подписан ...», «signed in Astana on ...» after a document's name."""
    found = [m for n, m in enumerate(_SIGNING_CLAUSE.finditer(text))
             if not _goes_on_the_verb(text, m, n) and not _OTHER_VERB.search(text, 0, m.start())
             and (m.group("date") is None or dates_the_signing(text, 0, m.end(), len(text)))]
    out = []
    for n, m in enumerate(found):
        tail = text[m.start():found[n + 1].start() if n + 1 < len(found) else len(text)]
        dates = find_dates(tail, reference_day)
        where, place = PLACE.search(tail), ""
        if where and not countries.mentions(where.group("city")):
            place = capitalise(lemma(where.group("city"))) if re.search(
                r"[а-яё]", where.group("city"), re.I) else where.group("city")
        out.append((m.start(), m.group("verb") or "", dates[0] if dates else None, place,
                    m.start() + dates[0].end if dates else None))
    return out


def parse_document(text: str, countries: CountryIndex, reference_day=None,
                   case: str | None = None) -> Document:
    """A document from the words that name it (a list item, a part of a sentence). `case` is
    the case of its kind word when known («ратификации Протокола»: genitive)."""
    text = whole = " ".join(text.split())
    clauses = _signings(text, countries, reference_day)
    if clauses:
        text = text[:clauses[0][0]]
    title = clean_title(text)
    place_tail = _EN_PLACE_TAIL.search(title)
    if place_tail and capital_of(place_tail.group("place")):
        title = title[:place_tail.start()]
        clauses = clauses or [(len(text), "", None, place_tail.group("place"), None)]
    if title[:1].islower():  # «межправительственное Соглашение ...»: one capital, the first
        title = re.sub(r"^([а-яё-]+\s+)([А-ЯЁ])(?=[а-яё])", lambda m: m.group(1) + (
            m.group(2) if _noun(m.group(1)) else m.group(2).lower()),
            title)  # (not a body's after the kind word: «решение Совета ...»)
    title = capitalise(inflect_phrase(title, case=case) if case else inflect_phrase(title))
    kind = kind_of(title)
    found_ref = _reference(title, countries, reference_day)
    reference = found_ref[1] if found_ref else None
    own_part = title[:found_ref[0]] if found_ref else title
    found = find_parties(own_part, countries)
    parties = party_drafts(found.names, countries) if found else []
    multilateral = len(parties) > 2
    members = member_states(own_part, countries)
    if members and len(parties) < 2:
        codes, body = members
        parties = [PartyDraft(name=countries.official[c] if body == "state"
                              else government_name(c, countries), country=c,
                              organisation_kind=body) for c in codes]
        multilateral = True
    if not parties and reference is not None:
        parties = [PartyDraft(**vars(p)) for p in reference.parties]
        multilateral = len(parties) > 2
    subject = _subject(own_part[:found.start] + own_part[found.end:] if found else own_part)
    if reference is not None and (not subject or relation_subject(subject)):
        subject = reference.subject
    own = _own_date(own_part, reference_day)
    signed, place = None, ""
    for n, (start, verb, found_date, where, date_end) in enumerate(clauses):
        if reference is not None and reference.date is None and (
                head_gender(reference.title) == _participle_gender(verb) != head_gender(title)
                or _of_the_last_name(text, start, verb, signed)):
            reference.date = found_date  # «..., подписанное 12 марта 2009 года»
            if not n and date_end and verb.lower() == "signed":  # «Protocol amending the
                title = capitalise(clean_title(whole[:date_end]))  # Agreement ... signed on
                # 25 June 2015»: the amended one's date is in the name, as written
        elif signed is None and not verb.lower().endswith("ого"):  # («План реализации
            signed, place = found_date, where  # Меморандума ..., подписанного ... в 2015 году»:
            # a genitive participle dates the name's noun, not the document)
    return Document(kind, title, level_for(title, kind, parties), parties, subject, multilateral,
                    reference, own, signed, place)


def _of_the_last_name(text: str, start: int, verb: str, signed) -> bool:
    """«a protocol amending the agreement on ... signed in 2013»: an English participle with no
    comma before it, right after the earlier instrument's name, dates that instrument."""
    return signed is None and verb.lower() == "signed" and text[start:start + 1] != ","


def relation_subject(subject: str) -> bool:
    """«внесение изменений ...»: says how, not what about."""
    return bool(re.match(r"(?:внесение|изменение|продление|прекращение|реализация|"
                         r"выполнение)\b", subject, re.I))


def _participle_gender(verb: str) -> str | None:
    verb = verb.lower()
    for ending, gender in (("ое", "neut"), ("ая", "femn"), ("ый", "masc"), ("ые", "plur"),
                           ("ано", "neut"), ("ана", "femn"), ("ан", "masc"), ("аны", "plur")):
        if verb.endswith(ending):
            return gender
    return None


def document_case(previous: str) -> str | None:
    """The case of a document's name after this word: «подписание/ратификации Протокола»."""
    if re.fullmatch(r"(?:подписани|утверждени|одобрени|заключени|оформлени)(?:[еияю]|ем)|"
                    r"ратификаци(?:[июя]|ей)", previous, re.I):  # «подписанием Соглашения» too
        return "gent"
    return None


__all__ = ["DOCUMENT_EN", "DOCUMENT_KY", "DOCUMENT_RU", "Document", "Reference", "body_kind",
           "capitalise", "document_case", "kind_of", "parse_document"]
