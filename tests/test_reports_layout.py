"""How the report table falls onto pages: rows taller than a page are cut and go on, a group's
heading repeats "(continued)" on its next pages, a group total never stands alone at the top of
a page nor a heading at the foot, and no part is ever only a header. Checked on the table
itself, at every page height from a few lines to a whole page."""

from __future__ import annotations

import pytest

from i18n import language
from reports import chart, styles
from reports.layout import CONTENT_WIDTH
from reports.tables import Column, RowTable, Span, group_heading, group_total

COLUMNS = [Column("#", 30), Column("Title", CONTENT_WIDTH - 150), Column("Parties", 120)]
LONG = "охраны трансграничных водотоков и международных озёр, " * 60
MANY = "\n".join(f"Государство {n}" for n in range(80))


def sample_rows() -> list:
    """Groups of 1 to 9 rows, one row taller than a page in the second group."""
    rows: list = []
    for g in range(12):
        rows.append(group_heading(f"Группа {g}"))
        for n in range(1 + g % 9):
            tall = g == 1 and n == 0
            rows.append((str(n), LONG if tall else f"строка {g}.{n}", MANY if tall else "x"))
        rows.append(group_total(f"Итого в группе {g}"))
    rows.append(Span("Всего документов", fill=None, keep_with_previous=True))
    return rows


def pages(rows: list, first: float, height: float = styles.FRAME_HEIGHT) -> list[list]:
    """Lay the table out as a document would: the first page has `first` points left, the
    next ones a whole page. Returns each page's lines."""
    out = []
    table = RowTable(COLUMNS, rows)
    avail = first
    for _guard in range(500):
        _w, h = table.wrap(CONTENT_WIDTH, avail)
        if h <= avail:
            out.append(table._layout(avail)[1])
            return out
        parts = table.split(CONTENT_WIDTH, avail)
        if not parts:
            assert avail < height, "a whole page was left empty: the report would stop"
            avail = height
            continue
        part, table = parts
        out.append(part._laid[1][1])
        avail = height
    raise AssertionError("the table never ended")


def text_of(line) -> str:
    cells = []
    for cell in line.cells:
        cells.append(" ".join(cell.getPlainText().split()) if hasattr(cell, "getPlainText")
                     else " ".join(cell[0]))
    return " ".join(cells)


def open_group(rows: list, index: int) -> str | None:
    """The heading of the group row `index` lies inside (None between groups)."""
    for row in reversed(rows[:index]):
        if isinstance(row, Span) and row.closes_group:
            return None
        if isinstance(row, Span) and row.opens_group:
            return row.text
    return None


@pytest.mark.parametrize("first", [30.0, 60.0, 120.0, 250.0, 400.0, 600.0,
                                   styles.FRAME_HEIGHT])
def test_every_row_lands_once_and_groups_hold_together(first):
    rows = sample_rows()
    with language("ru"):
        laid = pages(rows, first)
    seen = []
    for number, lines in enumerate(laid):
        own = [x for x in lines if x.index >= 0]
        assert own, "a page holds only the header"
        row = rows[own[0].index]
        if number:
            assert not (isinstance(row, Span) and row.keep_with_previous), \
                "a total stands alone at the top of a page"
            group = open_group(rows, own[0].index)
            if group and not (isinstance(row, Span) and row.opens_group):
                assert text_of(lines[0]) == f"{group} (продолжение)"
        if number < len(laid) - 1:
            assert not own[-1].keep, "a group heading ends a page"
        seen += [x.index for x in own if not x.more]
    assert seen == list(range(len(rows))), "a row is missing or printed twice"


def test_a_page_inside_a_group_repeats_its_heading_even_after_a_cut_row():
    rows = sample_rows()
    with language("ru"):
        laid = pages(rows, 200.0)
    continued = [text_of(x) for lines in laid for x in lines if x.index == -1]
    assert "Группа 1 (продолжение)" in continued  # the group of the row taller than a page
    with language("en"):
        assert any(text_of(x) == "Группа 1 (continued)"
                   for lines in pages(rows, 200.0) for x in lines if x.index == -1)


def test_a_row_taller_than_a_page_is_cut_and_goes_on_in_order():
    rows = [("1", LONG, MANY), ("2", "после", "x")]
    laid = pages(rows, styles.FRAME_HEIGHT)
    assert len(laid) >= 2
    parties = " ".join(text_of(x) for lines in laid for x in lines if x.index == 0)
    assert [int(w) for w in parties.split() if w.isdigit()][:81] == [1] + list(range(80))
    title_words = " ".join(text_of(x) for lines in laid for x in lines if x.index == 0).split()
    assert title_words.count("водотоков") == 60
    assert text_of(laid[-1][-1]).startswith("2 после")


def test_a_total_at_the_foot_of_a_page_takes_its_last_row_along():
    rows = [group_heading("Группа")] + [(str(n), f"строка {n}", "x") for n in range(60)] + [
        group_total("Итого по группе: 60")]
    # find a page height on which the total is the first thing that does not fit
    table = RowTable(COLUMNS, rows)
    full = table.wrap(CONTENT_WIDTH, 1e6)[1]
    line = table._line(rows[-1], len(rows) - 1).height
    laid = pages(rows, full - line / 2, height=full - line / 2)
    assert len(laid) == 2
    assert text_of(laid[1][-1]) == "Итого по группе: 60"
    assert [x.index for x in laid[1] if x.index >= 0] == [len(rows) - 2, len(rows) - 1]


def test_chart_bins_years_five_years_or_decades():
    assert chart.period({1995: 1, 2019: 2}) == chart.YEAR
    assert chart.period({1960: 1, 2019: 2}) == chart.FIVE_YEARS
    assert chart.period({1919: 1, 2025: 2}) == chart.DECADE
    labels, values = chart.binned({1961: 1, 1964: 2, 1972: 5}, chart.FIVE_YEARS)
    assert labels == ["1960–1964", "1965–1969", "1970–1974"] and values == [3, 0, 5]
    labels, values = chart.binned({1919: 1, 2025: 2}, chart.DECADE)
    assert labels[0] == "1910–1919" and labels[-1] == "2020–2029" and sum(values) == 3
