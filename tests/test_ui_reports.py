"""The reports dialog: builds in the background, previews inside the program, prints and saves."""

from __future__ import annotations

import io

import pytest
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from app.settings import Settings
from ui import pdf_preview, reports_dialog
from ui.reports_dialog import ReportsDialog


@pytest.fixture
def settings():
    return Settings(organisation_name="Министерство иностранных дел Кыргызской Республики")


def open_dialog(qtbot, registry, settings, **kwargs) -> ReportsDialog:
    dialog = ReportsDialog(registry, settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_built(qtbot, dialog: ReportsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_briefing_from_a_meeting_is_built_and_previewed(qtbot, demo_registry, settings):
    dialog = open_dialog(qtbot, demo_registry, settings,
                         meeting_id=demo_registry.demo.meeting_id)
    wait_built(qtbot, dialog)
    assert dialog.preview.page_count() == dialog.pages > 1
    assert dialog.page_label.text() == f"Страниц: {dialog.pages}"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.progress.isVisible()
    text = pdf_text(dialog.preview.data)
    assert "Справка по итогам встречи" in text and "Кыргыз почтасы" in text


def test_status_report_from_the_form_in_english(qtbot, demo_registry, settings):
    dialog = open_dialog(qtbot, demo_registry, settings)
    assert dialog.pages == 0 and not dialog.save_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("status"))
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("counterpart"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.status_kind.setCurrentIndex(dialog.status_kind.findData("agreement"))
    dialog.build_button.click()
    wait_built(qtbot, dialog)
    text = pdf_text(dialog.preview.data)
    assert "Status of instruments" in text and "Grouped by counterpart" in text
    assert "Instruments in the report: 3." in text


def test_save_and_print(qtbot, demo_registry, settings, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, demo_registry, settings,
                         instrument_id=demo_registry.demo.instrument_ids["protocol"])
    wait_built(qtbot, dialog)
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(reports_dialog, "ask_save_path", lambda parent, suggested: str(target))
    dialog.save_button.click()
    assert "2017" in pdf_text(target.read_bytes())
    assert str(target) in dialog.message.text()

    printed = tmp_path / "printed.pdf"

    def printer(parent, pages):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(pdf_preview, "ask_printer", printer)
    dialog.print_button.click()
    assert len(PdfReader(printed).pages) == dialog.pages


def test_cancel_leaves_no_report(qtbot, demo_registry, settings):
    dialog = open_dialog(qtbot, demo_registry, settings)
    dialog.kind.setCurrentIndex(dialog.kind.findData("deadlines"))
    dialog.build_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.build_button.isEnabled()
    dialog.cancel_button.click()
    wait_built(qtbot, dialog)
    assert dialog.message.text() == "Формирование отчёта отменено."
    assert dialog.preview.page_count() == 0 and not dialog.save_button.isEnabled()
    assert dialog.build_button.isEnabled()


def test_a_restricted_card_is_refused_unless_asked(qtbot, demo_registry, settings):
    protocol = demo_registry.demo.instrument_ids["protocol"]
    draft = demo_registry.instrument(protocol).to_draft()
    draft.confidentiality = "restricted"
    demo_registry.save_instrument(draft)
    dialog = open_dialog(qtbot, demo_registry, settings, instrument_id=protocol)
    wait_built(qtbot, dialog)
    assert "ограниченного доступа" in dialog.message.text()
    assert dialog.preview.page_count() == 0
    dialog.restricted.setChecked(True)
    dialog.build_button.click()
    wait_built(qtbot, dialog)
    assert "ОГРАНИЧЕННОГО ДОСТУПА" in pdf_text(dialog.preview.data)


def test_instrument_picker_finds_by_words(qtbot, demo_registry, settings):
    dialog = open_dialog(qtbot, demo_registry, settings)
    assert dialog.instrument.count() == 8
    dialog.instrument_search.setText("почтасы")
    assert dialog.instrument.count() == 1
    assert "Кыргыз почтасы" in dialog.instrument.currentText()


def test_closing_with_escape_while_building_stops_the_build_first(qtbot, demo_registry, settings,
                                                                  monkeypatch):
    """Esc or Close does not send a close event; the dialog, deleted on close, must not take a
    running thread with it (Qt aborts the program: "Destroyed while thread is still running")."""
    import threading
    import time

    from PySide6.QtCore import Qt

    started, steps = threading.Event(), []

    def slow_build(_registry, _request, _out, go_on):
        started.set()
        while go_on(len(steps) % 100):
            steps.append(1)
            time.sleep(0.01)
        raise reports_dialog.Cancelled()

    monkeypatch.setattr(reports_dialog, "build_report", slow_build)
    dialog = ReportsDialog(demo_registry, settings)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    dialog.build_button.click()
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(steps) > 2, timeout=5000)  # building
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.reject()
    count = len(steps)
    time.sleep(0.05)
    assert len(steps) == count  # stopped before the dialog went
