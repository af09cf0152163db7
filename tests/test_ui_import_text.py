"""The import dialog: paste the sample, analyse it off the GUI thread, review and edit the
drafts beside their source, import in one transaction; nothing written when cancelled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.settings import Settings
from tests.test_import_text import SAMPLE
from tests.ui_support import answers  # noqa: F401 (fixture)


@pytest.fixture
def dialog(qtbot, registry):
    from ui.import_dialog import ImportTextDialog

    dlg = ImportTextDialog(registry, Settings())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def analyse(qtbot, dlg, text: str) -> None:
    dlg.text.setPlainText(text)
    assert dlg.analyse_button.isEnabled()
    qtbot.mouseClick(dlg.analyse_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.task is None and dlg.pages.currentIndex() == 1, timeout=10000)


def test_sample_imports_with_review(qtbot, dialog, registry, answers):
    analyse(qtbot, dialog, SAMPLE.read_text(encoding="utf-8"))
    assert dialog.documents.count() == 7
    assert dialog.meeting_box.isChecked() and dialog.meeting_city.text() == "Бишкек"
    dialog.documents.setCurrentRow(5)
    assert dialog.document.kind.currentData() == "protocol"
    assert "20.06.2017" in dialog.document.earlier.text()
    selected = dialog.source.textCursor()
    assert "протокол о внесении изменений" in dialog.proposal.text[dialog.proposal.instruments[5]
                                                                  .start:selected.position() + 80]
    # the clerk corrects a title and drops the post-office document
    dialog.documents.setCurrentRow(0)
    dialog.document.title_edit.setPlainText("Меморандум о сотрудничестве в сфере стратегического "
                                   "планирования")
    dialog.documents.item(6).setCheckState(Qt.Unchecked)
    assert dialog.count.text().startswith("Выбрано 6")
    assert registry.count_instruments() == 0
    # the text never says when the talks were: the review asks, offering the report's date
    assert dialog.meeting_date.date() is None and "26.11.2025" in dialog.date_request.text()
    qtbot.mouseClick(dialog.use_report_date, Qt.LeftButton)  # «signed that day»
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    ids = signal.args[0]
    assert len(ids) == 6 and answers.asked
    assert registry.instrument(ids[0]).row.title == \
        "Меморандум о сотрудничестве в сфере стратегического планирования"
    assert registry.count_instruments() == 7  # six and the placeholder treaty
    assert registry.meetings().total == 1


def test_declining_the_confirmation_or_cancelling_writes_nothing(qtbot, dialog, registry,
                                                                  answers):
    analyse(qtbot, dialog, SAMPLE.read_text(encoding="utf-8"))
    answers.yes = False
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.wait(100)
    assert registry.count_instruments() == 0 and dialog.isVisible()
    dialog.reject()
    assert registry.count_instruments() == 0 and registry.meetings().total == 0


def test_problems_are_shown_and_nothing_is_written(qtbot, dialog, registry, answers):
    analyse(qtbot, dialog, "Стороны подписали Соглашение между Правительством КР и "
                           "Правительством РК о туризме.")
    assert dialog.documents.count() == 1
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.message.text() != "", timeout=10000)
    assert "нет даты встречи" in dialog.message.text()
    assert registry.count_instruments() == 0


def test_a_text_without_signed_documents_says_so(qtbot, dialog, registry):
    analyse(qtbot, dialog, "Планируется подписать соглашение о туризме.")
    assert dialog.documents.count() == 0
    assert "не найдено" in dialog.message.text()


def test_open_a_windows_1251_file(qtbot, dialog, tmp_path, monkeypatch):
    from ui import import_dialog

    path = tmp_path / "release.txt"
    path.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    monkeypatch.setattr(import_dialog, "ask_text_file", lambda parent: str(path))
    qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    assert "Ынтымак Ордо" in dialog.text.toPlainText()


def test_the_review_compares_the_count_the_text_announces(qtbot, dialog):
    analyse(qtbot, dialog, "Бишкек, 12 марта 2025 года. По итогам переговоров подписано три "
                           "документа:\n- Соглашение между Кабинетом министров Кыргызской "
                           "Республики и Правительством Республики Казахстан о туризме;\n"
                           "- Меморандум о взаимопонимании в области спорта.\n")
    assert dialog.documents.count() == 2
    assert "в тексте сказано 3, найдено 2" in dialog.count.text()



def test_each_found_document_is_measured_beside_its_check_box(qtbot, demo_registry):
    """A long entry (its title and, under it, the record it repeats) is measured at the width
    left beside its check box, where it is painted: measured at the entry's whole width, as Qt
    does, the longest entries on a 1024x768 screen were a line too short and their last line
    ("Already in the registry: 2025/…") was cut off (seen in the screenshots)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from ui.import_dialog import ImportTextDialog

    dlg = ImportTextDialog(demo_registry, Settings())
    qtbot.addWidget(dlg)
    dlg.resize(984, 708)  # as fit to a 1024x768 screen
    dlg.show()
    analyse(qtbot, dlg, SAMPLE.read_text(encoding="utf-8"))
    entries = dlg.documents
    assert entries.count() == 7 and "\n⚠ " in entries.item(0).text()  # each on file
    qtbot.wait(200)  # laid out at its final width
    style = entries.style()
    for row in range(entries.count()):
        index = entries.model().index(row, 0)
        option = QStyleOptionViewItem()
        entries.initViewItemOption(option)  # as the list measures and paints its entries
        option.rect = entries.visualRect(index)
        entries.itemDelegate().initStyleOption(option, index)
        beside = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, entries)
        option.rect.setWidth(beside.width())
        at_text_width = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option,
                                               option.rect.size(), entries).height()
        assert entries.visualRect(index).height() >= at_text_width, row
