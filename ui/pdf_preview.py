"""A PDF shown inside the program (QtPdf), and printed through the system's print dialog.

Printing renders each page with QPdfDocument at the printer's resolution and paints it on the
printer, so it works with every printer Qt knows, without an external PDF viewer.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

MAX_PRINT_DPI = 300  # enough for text on paper; higher only makes huge page images


class PdfPreview(QPdfView):
    """Every page of a PDF held in memory, one under the other, fitted to the width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Owned here, not by the view: a document parented to its QPdfView crashes PySide when
        # the view is destroyed.
        self.pdf = QPdfDocument()
        self._folder = tempfile.TemporaryDirectory(prefix="kelishim-preview-")
        self._shown = 0
        self.data = b""
        self.setDocument(self.pdf)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)

    def show_pdf(self, data: bytes) -> int:
        """Show `data`; returns the number of pages (0 if it could not be read)."""
        self.pdf.close()
        self.data = data
        self._shown += 1
        path = Path(self._folder.name) / f"report-{self._shown}.pdf"
        path.write_bytes(data)
        self.pdf.load(str(path))
        return self.pdf.pageCount()

    def clear(self) -> None:
        self.pdf.close()
        self.data = b""

    def page_count(self) -> int:
        return self.pdf.pageCount()


def ask_printer(parent: QWidget, pages: int) -> QPrinter | None:
    """The system's print dialog; None when the user cancels. (Tests replace this.)"""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(pdf: QPdfDocument, printer: QPrinter) -> int:
    """Paint the chosen pages of `pdf` on `printer`; returns how many were printed."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0:  # no range chosen: all pages
        first, last = 1, pdf.pageCount()
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index in range(first - 1, min(last, pdf.pageCount())):
            if printed:
                printer.newPage()
            points = pdf.pagePointSize(index)
            image = pdf.render(index, QSize(round(points.width() * dpi / 72),
                                            round(points.height() * dpi / 72)))
            area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            area.moveTo(QPointF(0, 0))
            size = image.size().scaled(area.size().toSize(), Qt.KeepAspectRatio)
            painter.drawImage(QRectF(QPointF(0, 0), size.toSizeF()), image)
            printed += 1
    finally:
        painter.end()
    return printed
