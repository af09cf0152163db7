"""A bar chart of instruments signed per year (reportlab.graphics, the report's own font)."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics import shapes
from reportlab.graphics.shapes import Drawing

from . import fonts, styles

# The renderer starts every drawing in this font, Helvetica by default: a base-14 font with no
# Cyrillic that would otherwise be named (unembedded) in the PDF.
shapes.STATE_DEFAULTS["fontName"] = fonts.register()


def per_year_chart(counts: dict[int, int], width: float, height: float) -> Drawing:
    """One bar per year from the first to the last year with a signature (gaps show as 0)."""
    years = list(range(min(counts), max(counts) + 1))
    values = [counts.get(y, 0) for y in years]
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
    every = max(1, math.ceil(len(years) / 25))  # no more than 25 year labels
    chart.categoryAxis.categoryNames = [str(y) if i % every == 0 else ""
                                        for i, y in enumerate(years)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 90 if len(years) > 12 else 0
    chart.categoryAxis.labels.boxAnchor = "e" if len(years) > 12 else "n"
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
    if len(years) > 12:
        chart.y = 40
        chart.height = height - 55
    drawing.add(chart)
    return drawing
