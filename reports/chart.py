"""A bar chart of instruments signed per year, or per five years or decade over long spans
(reportlab.graphics, the report's own font)."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics import shapes
from reportlab.graphics.shapes import Drawing

from . import fonts, styles

# The renderer starts every drawing in this font, Helvetica by default: a base-14 font with no
# Cyrillic that would otherwise be named (unembedded) in the PDF.
shapes.STATE_DEFAULTS["fontName"] = fonts.register()


YEAR, FIVE_YEARS, DECADE = 1, 5, 10
MAX_YEARS = 25  # one bar a year up to this span; five years a bar up to MAX_FIVES bars
MAX_FIVES = 12


def period(counts: dict[int, int]) -> int:
    """How many years one bar stands for: 1, 5 or 10, so that the labels never collide."""
    span = max(counts) - min(counts) + 1
    if span <= MAX_YEARS:
        return YEAR
    first, last = min(counts) // FIVE_YEARS, max(counts) // FIVE_YEARS
    return FIVE_YEARS if last - first + 1 <= MAX_FIVES else DECADE


def binned(counts: dict[int, int], years: int) -> tuple[list[str], list[int]]:
    """Labels and counts of the bars from the first to the last period (gaps show as 0);
    periods start at a multiple of their length (1990–1994, 1990–1999)."""
    first, last = min(counts) // years, max(counts) // years
    labels, values = [], []
    for n in range(first, last + 1):
        start = n * years
        labels.append(str(start) if years == 1 else f"{start}–{start + years - 1}")
        values.append(sum(counts.get(y, 0) for y in range(start, start + years)))
    return labels, values


def per_period_chart(counts: dict[int, int], width: float, height: float,
                     years: int = YEAR) -> Drawing:
    """One bar per year, five years or decade from the first to the last one with a
    signature."""
    labels, values = binned(counts, years)
    top = max(values)
    step = max(1, math.ceil(top / 5))
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 30
    chart.width, chart.height = width - 40, height - 45
    chart.data = [values]
    chart.bars[0].fillColor = styles.ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4
    upright = len(labels) > 12 or (years > 1 and len(labels) > 8)
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 90 if upright else 0
    chart.categoryAxis.labels.boxAnchor = "e" if upright else "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = styles.RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top / step) + (step if top % step == 0 else 0)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = styles.RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = styles.GRID
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 5
    if upright:
        room = 12 + fonts.width(max(labels, key=len), 7)
        chart.y = room
        chart.height = height - room - 15
    drawing.add(chart)
    return drawing
