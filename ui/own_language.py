"""A record's texts in the language of the program where the record has them (a Kyrgyz title,
an organisation's Kyrgyz name), else its Russian text: what the lists and headings show."""

from __future__ import annotations

from i18n import get_language


def own_text(ru: str, ky: str = "", en: str = "", lang: str | None = None) -> str:
    return {"ky": ky, "en": en}.get(lang or get_language()) or ru


def title_of(record, lang: str | None = None) -> str:
    """An instrument's title (a row, a detail, a deadline: anything with title, title_ky and
    title_en)."""
    return own_text(record.title, getattr(record, "title_ky", ""),
                    getattr(record, "title_en", ""), lang)


def name_of(body, lang: str | None = None) -> str:
    """A party's or an organisation's name (name, name_ky, name_en)."""
    return own_text(body.name, getattr(body, "name_ky", ""), getattr(body, "name_en", ""), lang)
