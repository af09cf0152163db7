"""The lower-case words an English report puts before a document's kind word to say what kind
of document it is: «a defence cooperation agreement», «two loan agreements», «an air services
agreement», «a two-year cooperation plan», «a trade and economic cooperation agreement». They
are part of its name; the article, a count, a verb or a preposition before them are not
(«signed», «including», «of», «the», «two»), nor words that only judge or count it («a new»,
«a landmark», «another»)."""

from __future__ import annotations

import re

_WORD = re.compile(r"([\w'’-]+)\s+$")
_ARTICLES = {"a", "an", "the"}
_STOP = {
    # determiners, pronouns, numbers
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "your", "my", "which", "who", "whose", "what", "all", "each", "every", "any", "some",
    "both", "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "several", "many", "few", "more", "most", "other", "another", "such",
    "same", "said", "first", "second", "third", "fourth", "fifth", "last", "final", "million",
    "billion", "thousand", "mln", "bn",
    # prepositions, conjunctions
    "of", "on", "in", "for", "with", "to", "by", "from", "between", "under", "at", "as", "into",
    "within", "among", "amongst", "about", "over", "after", "before", "during", "via", "per",
    "than", "and", "or", "but", "while", "nor", "also", "then", "there", "here", "not",
    "well", "too", "only", "even", "just", "namely",
    # verbs
    "sign", "signs", "ink", "inks", "seal", "seals", "include", "includes", "reach", "reaches",
    "conclude", "concludes", "adopt", "adopts", "initial", "initials",
    "have", "has", "had", "is", "are", "was", "were", "be", "been", "will", "would", "can",
    "could", "shall", "should", "may", "might", "must", "do", "does", "did", "get", "got",
    "become", "became", "make", "makes", "made", "see", "saw", "witness",
    "witnesses", "put", "puts", "cover", "covers", "approve",
    "approves", "ratify", "ratifies", "agree", "agrees", "launch", "launches",
    # words that judge, date or count a document, not name it
    "new", "important", "landmark", "historic", "significant", "key", "major", "main",
    "separate", "relevant", "respective", "corresponding", "existing", "previous", "earlier",
    "current", "total", "overall", "various", "further", "additional", "following", "above",
    "aforementioned", "mentioned", "long-awaited", "long-term", "whole", "entire",
    "package", "set", "series", "number", "range", "slew", "raft", "host", "batch", "pair",
    "couple", "dozen", "list", "memorandum", "memoranda", "agreement", "agreements",
    "protocol", "protocols", "treaty", "treaties", "convention", "conventions", "programme",
    "programmes", "program", "programs", "plan", "plans", "roadmap", "roadmaps", "declaration",
    "declarations", "statement", "statements", "contract", "contracts", "document",
    "documents", "mou", "mous", "today", "yesterday", "recently", "finally",
}
# Words in -ing and -ed that name a kind of document, not an action: «a financing agreement».
_KEEP = {"financing", "funding", "twinning", "training", "housing", "building", "banking",
         "mining", "processing", "manufacturing", "trading", "engineering", "licensing",
         "sharing", "peacekeeping", "fishing", "shipping", "marketing", "planning", "lending",
         "borrowing", "accounting", "broadcasting", "publishing", "teaching", "learning",
         "farming", "landing", "servicing", "leasing", "offsetting", "capacity-building",
         "enhanced", "advanced", "integrated", "detailed", "extended", "expanded", "revised",
         "updated", "combined", "consolidated", "preferential", "based"}
_MOST = 6  # words at most before the kind word


def _modifier(word: str) -> bool:
    low = word.lower().replace("’", "'")
    if low in _STOP or "'" in low or not re.match(r"[a-z0-9]", low):
        return False
    if low in _KEEP:
        return True
    if re.fullmatch(r"[a-z]+(?:ed|ing|ly)", low):  # «signed», «including», «jointly»
        return False
    return not re.fullmatch(r"\d[\d.,]*", low)  # «$40», «2024»: an amount or a year


# A year between the article and the name: «the 2025 plan of consultations» (not «$2025»).
_YEAR_AFTER_ARTICLE = re.compile(r"(?<![\w$-])(?:the|a|an)\s+(?:19|20)\d\d\s+$", re.I)


def english_modifiers(text: str, limit: int, start: int) -> int:
    """Where an English document's name starts once the lower-case words before its kind word
    that say what kind of document it is are taken in (`start` when there are none)."""
    begin, chain, words = start, start, 0
    while words < _MOST:
        found = _WORD.search(text, max(limit, begin - 40), begin)
        if not found or found.end() != begin or "\n" in text[found.start():begin]:
            break
        word = found.group(1)
        if word.lower() in ("and", "&") and chain == begin and words:
            # «a trade and economic cooperation agreement»: only when an article comes first
            ahead = _and_chain(text, limit, found.start())
            if ahead is None:
                break
            begin = chain = ahead
            break
        if not _modifier(word) and not (word.lower() == "host" and words and re.match(
                r"(?:country|government|state)\b", text[begin:], re.I)) and \
                not _YEAR_AFTER_ARTICLE.search(text, max(limit, found.start() - 8), begin):
            break  # «a host country agreement» (not «a host of agreements»); «the 2025 plan»
        begin = chain = found.start()
        words += 1
    return begin


def _and_chain(text: str, limit: int, begin: int) -> int | None:
    """Where «trade» of «a trade and economic ...» starts when an article comes right before the
    words before «and», else None."""
    words = 0
    while words < 3:
        found = _WORD.search(text, max(limit, begin - 40), begin)
        if not found or found.end() != begin:
            return None
        if found.group(1).lower() in _ARTICLES:
            return begin if words else None
        if not _modifier(found.group(1)):
            return None
        begin = found.start()
        words += 1
    return None
