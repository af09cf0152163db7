"""The instrument editor driven as a clerk would: typing the fields, adding parties and events
and watching the status change before saving, problems under their fields, links (to the
2017 treaty, to a new placeholder), files, the history, the question before unsaved changes
are lost, and the Kyrgyz interface."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.settings import Settings
from i18n import translate
from models.records import InstrumentFilter

pytest_plugins = ("ui_support",)  # the answers fixture (message boxes answered)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """An editor left with changes is closed at the end of a test without a modal question."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Discard)


def type_text(widget, text: str) -> None:
    """Type `text` key by key (qtbot.keyClicks refuses letters outside ASCII)."""
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, char))


def editor_for(qtbot, registry, **kwargs):
    from ui.editor.instrument import InstrumentEditor

    editor = InstrumentEditor(registry, Settings(), **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def fill_valid(qtbot, editor, title="Соглашение о сотрудничестве в области образования"):
    """Type a bilateral intergovernmental agreement of 01.02.2026 with its two parties into
    the two rows a new instrument starts with."""
    type_text(editor.title, title)
    editor.kind.setCurrentIndex(editor.kind.findData("agreement"))
    editor.level.setCurrentIndex(editor.level.findData("intergovernmental"))
    type_text(editor.signed_date.edit, "01.02.2026")
    assert [row.country.code() for row in editor.parties.rows] == ["KG", ""]
    for row, (name, country, signatory) in zip(editor.parties.rows, (
            ("Кабинет министров Кыргызской Республики", "KG", "А. Касымалиев"),
            ("Правительство Республики Казахстан", "KZ", "О. Бектенов"))):
        type_text(row.body.lineEdit(), name)
        row.country.set_code(country)
        type_text(row.signatory, signatory)


def save(qtbot, editor) -> int:
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=2000)
    with qtbot.waitSignal(editor.saved, timeout=2000) as signal:
        qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    return signal.args[0]


def test_a_new_instrument_typed_in_is_saved_with_its_parties(qtbot, registry):
    editor = editor_for(qtbot, registry)
    assert editor.windowTitle() == "Новый документ"
    fill_valid(qtbot, editor)
    kz = editor.parties.rows[1]
    assert kz.kind.code() == "government"  # guessed from the name
    assert "новый" in kz.origin.text().lower()
    new_id = save(qtbot, editor)

    detail = registry.instrument(new_id)
    assert detail.row.title == "Соглашение о сотрудничестве в области образования"
    assert (detail.row.kind, detail.row.level) == ("agreement", "intergovernmental")
    assert detail.row.signed_date == date(2026, 2, 1)
    assert [(p.name, p.country, p.signatory_name) for p in detail.row.parties] == [
        ("Кабинет министров Кыргызской Республики", "KG", "А. Касымалиев"),
        ("Правительство Республики Казахстан", "KZ", "О. Бектенов")]
    assert detail.row.registry_number == "2026/СГ-0001"  # generated: the field was empty
    assert editor.windowTitle() == "Документ 2026/СГ-0001"
    assert editor.isVisible() and not editor.save_button.isEnabled()  # saved, nothing to save
    assert not editor.is_dirty()


def test_a_party_typed_as_a_known_body_is_that_body(qtbot, demo_registry):
    bodies = len(demo_registry.organisations())
    editor = editor_for(qtbot, demo_registry)
    fill_valid(qtbot, editor)
    first = editor.parties.rows[0]
    assert first.origin.text() == "Из списка организаций"
    assert not first.kind.isEnabled() and first.kind.code() == "government"
    qtbot.mouseClick(first.down, Qt.LeftButton)  # reorder: Kazakhstan first
    new_id = save(qtbot, editor)
    parties = demo_registry.instrument(new_id).row.parties
    assert [p.country for p in parties] == ["KZ", "KG"]
    assert len(demo_registry.organisations()) == bodies + 1  # only Kazakhstan's is new


def test_events_change_the_status_before_saving(qtbot, registry):
    from ui.editor.events import ACT, KIND

    editor = editor_for(qtbot, registry)
    fill_valid(qtbot, editor)
    events = editor.events
    badge = editor.preview.badge
    qtbot.mouseClick(events.add_button, Qt.LeftButton)
    assert events.table.cellWidget(0, KIND).code() == "signed"
    assert events.table.cellWidget(0, ACT).date() == date(2026, 2, 1)  # the signature date
    qtbot.waitUntil(lambda: "Внутригосударственные процедуры не завершены: <b>31.07.2026</b>"
                    in editor.preview.deadlines.text())
    assert badge.status == "signed" and badge.text() == "Подписан, не вступил в силу"

    qtbot.mouseClick(events.add_button, Qt.LeftButton)
    events.table.cellWidget(1, KIND).set_code("ratified")
    type_text(events.table.cellWidget(1, ACT).edit, "15.05.2026")
    qtbot.waitUntil(lambda: badge.status == "internal_procedures")
    assert badge.text() == "Выполняются внутригосударственные процедуры"

    qtbot.mouseClick(events.add_button, Qt.LeftButton)
    assert events.table.cellWidget(2, KIND).code() == "notification_sent"
    events.table.cellWidget(2, KIND).set_code("entered_into_force")
    type_text(events.table.cellWidget(2, ACT).edit, "01.07.2026")
    editor.duration.setValue(5)
    qtbot.waitUntil(lambda: badge.status == "in_force")
    assert editor.heading_badge.text() == "Действует"
    assert "истекает 01.07.2031" in editor.preview.term.text()
    assert registry.count_instruments() == 0  # nothing written yet

    new_id = save(qtbot, editor)
    detail = registry.instrument(new_id)
    assert detail.row.status == "in_force"
    assert [e.kind for e in detail.events] == ["signed", "ratified", "entered_into_force"]
    assert detail.expiry_date == date(2031, 7, 1)


def test_removing_an_event_changes_the_status_back(qtbot, demo_registry):
    from ui.editor.events import ACT, KIND, REMOVE

    protocol = demo_registry.demo.instrument_ids["protocol"]
    editor = editor_for(qtbot, demo_registry, instrument_id=protocol)
    events = editor.events
    qtbot.mouseClick(events.add_button, Qt.LeftButton)
    events.table.cellWidget(1, KIND).set_code("entered_into_force")
    type_text(events.table.cellWidget(1, ACT).edit, "01.03.2026")
    qtbot.waitUntil(lambda: editor.preview.badge.status == "in_force")
    qtbot.mouseClick(events.table.cellWidget(1, REMOVE), Qt.LeftButton)
    qtbot.waitUntil(lambda: editor.preview.badge.status == "signed")
    assert not editor.is_dirty()


def test_a_multilateral_instrument_names_the_party_of_each_event(qtbot, demo_registry):
    from ui.editor.events import KIND, PARTY

    protocol = demo_registry.demo.instrument_ids["protocol"]
    editor = editor_for(qtbot, demo_registry, instrument_id=protocol)
    table = editor.events.table
    assert table.isColumnHidden(PARTY)
    editor.multilateral.setChecked(True)
    assert not table.isColumnHidden(PARTY)
    qtbot.mouseClick(editor.events.add_button, Qt.LeftButton)
    table.cellWidget(1, KIND).set_code("ratified")
    party = table.cellWidget(1, PARTY)
    assert [party.itemText(i) for i in range(party.count())] == [
        "все стороны", "Кыргызская Республика", "Российская Федерация"]
    party.setCurrentIndex(2)
    assert editor.events.events()[1].party_organisation_id == \
        demo_registry.instrument(protocol).row.parties[1].organisation_id


def test_tab_and_enter_in_the_form(qtbot, registry):
    editor = editor_for(qtbot, registry)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.title.setFocus()
    for expected in (editor.title_ky, editor.title_en, editor.kind, editor.level, editor.act,
                     editor.number):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is expected
    fill_valid(qtbot, editor)
    qtbot.waitUntil(editor.save_button.isEnabled)
    qtbot.keyClick(editor.place, Qt.Key_Return)  # Enter in a field neither saves nor closes
    assert registry.count_instruments() == 0 and editor.isVisible()


def test_an_empty_title_is_shown_under_the_title_and_save_is_disabled(qtbot, registry):
    editor = editor_for(qtbot, registry)
    fill_valid(qtbot, editor)
    qtbot.waitUntil(editor.save_button.isEnabled)
    label = editor._labels["title"][0]
    editor.title.selectAll()
    qtbot.keyClick(editor.title, Qt.Key_Delete)
    qtbot.waitUntil(label.isVisible)
    assert label.text() == translate("The title is required.", "ru") != "The title is required."
    assert not editor.save_button.isEnabled()
    assert "Проблем, которые нужно устранить перед сохранением: 1" in editor.summary.text()
    qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)  # Ctrl+S does not save either
    assert registry.count_instruments() == 0
    type_text(editor.title, "Соглашение")
    qtbot.waitUntil(lambda: not label.isVisible())
    assert editor.save_button.isEnabled()


def test_a_half_typed_date_is_a_problem_of_its_field(qtbot, registry):
    editor = editor_for(qtbot, registry)
    fill_valid(qtbot, editor)
    editor.signed_date.edit.setText("31.02.2026")
    label = editor._labels["signed_date"][0]
    qtbot.waitUntil(label.isVisible)
    assert "«31.02.2026» — не дата" in label.text()
    assert not editor.save_button.isEnabled()


def test_a_registry_number_taken_is_shown_under_the_number(qtbot, demo_registry):
    editor = editor_for(qtbot, demo_registry)
    fill_valid(qtbot, editor)
    type_text(editor.number, "2017/ДГ-0001")  # the treaty's number
    qtbot.waitUntil(editor.save_button.isEnabled)
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    label = editor._labels["registry_number"][0]
    assert label.isVisible()
    assert "2017/ДГ-0001" in label.text()
    assert not editor.save_button.isEnabled()
    assert editor.is_new()


def link_found(qtbot, panel, search: str, kind_text: str, target_id: int) -> None:
    """Choose the kind of link, search, pick `target_id` among the results and link it."""
    panel.kind.setCurrentIndex(panel.kind.findText(kind_text))
    type_text(panel.search, search)
    qtbot.waitUntil(lambda: panel.results.count() > 0)
    ids = [panel.results.item(i).data(Qt.UserRole)[0] for i in range(panel.results.count())]
    panel.results.setCurrentRow(ids.index(target_id))
    qtbot.mouseClick(panel.link_button, Qt.LeftButton)


def test_linking_the_2017_treaty_from_an_existing_instrument(qtbot, demo_registry, answers):
    treaty = demo_registry.demo.instrument_ids["treaty-2017"]
    krsu = demo_registry.demo.instrument_ids["krsu"]
    editor = editor_for(qtbot, demo_registry, instrument_id=krsu)
    panel = editor.relations
    assert panel.table.rowCount() == 0
    link_found(qtbot, panel, "военно-техническом 2017", "Вносит изменения в", treaty)
    relations = demo_registry.instrument(krsu).relations
    assert [(r.kind, r.outgoing, r.other_id) for r in relations] == [("amends", True, treaty)]
    assert panel.table.item(0, 0).text() == "Вносит изменения в"
    assert panel.table.item(0, 1).text() == "2017/ДГ-0001"

    assert editor.history.table.item(0, 2).text() == "Добавлена связь"

    qtbot.mouseClick(panel.table.cellWidget(0, 4), Qt.LeftButton)  # ✕, answered yes
    assert answers.asked and demo_registry.instrument(krsu).relations == ()
    assert editor.history.table.item(0, 2).text() == "Удалена связь"
    assert not editor.is_dirty()  # written at once, nothing left to save


def test_a_new_instrument_is_linked_to_the_treaty_on_its_first_save(qtbot, demo_registry):
    treaty = demo_registry.demo.instrument_ids["treaty-2017"]
    editor = editor_for(qtbot, demo_registry)
    fill_valid(qtbot, editor, "Протокол о внесении изменений в Договор 2017 года")
    panel = editor.relations
    link_found(qtbot, panel, "договор военно-технического сотрудничества",
               "Вносит изменения в", treaty)
    assert "(связь будет создана при сохранении)" in panel.table.item(0, 0).text()
    assert editor.is_dirty()
    new_id = save(qtbot, editor)
    treaty_links = demo_registry.instrument(treaty).relations
    assert ("amends", False, new_id) in [(r.kind, r.outgoing, r.other_id) for r in treaty_links]
    assert panel.pending == [] and "при сохранении" not in panel.table.item(0, 0).text()


def test_a_placeholder_for_an_earlier_instrument(qtbot, demo_registry):
    post = demo_registry.demo.instrument_ids["post"]
    editor = editor_for(qtbot, demo_registry, instrument_id=post)
    panel = editor.relations
    panel.kind.setCurrentIndex(panel.kind.findText("Реализует"))
    before = demo_registry.count_instruments()
    qtbot.mouseClick(panel.ph_button, Qt.LeftButton)  # no title yet
    assert not panel.ph_problem.isHidden()
    assert demo_registry.count_instruments() == before

    type_text(panel.ph_title, "Соглашение о почтовой связи")
    panel.ph_kind.set_code("agreement")
    panel.ph_level.set_code("other")
    type_text(panel.ph_date.edit, "12.03.2009")
    qtbot.mouseClick(panel.ph_button, Qt.LeftButton)
    found = demo_registry.list_instruments(InstrumentFilter(text="почтовой связи")).rows
    placeholder = [r for r in found if r.title == "Соглашение о почтовой связи"]
    assert len(placeholder) == 1 and placeholder[0].signed_date == date(2009, 3, 12)
    assert demo_registry.instrument(placeholder[0].id).is_placeholder
    links = demo_registry.instrument(post).relations
    assert [(r.kind, r.outgoing, r.other_id) for r in links] == [
        ("implements", True, placeholder[0].id)]
    assert panel.ph_title.text() == "" and panel.ph_problem.isHidden()


def test_a_file_dropped_is_attached_opened_and_removed(qtbot, demo_registry, answers,
                                                       tmp_path, monkeypatch):
    from ui.editor.attachments import NAME

    scan = tmp_path / "протокол-скан.pdf"
    scan.write_bytes(b"%PDF-1.4 signed original")
    protocol = demo_registry.demo.instrument_ids["protocol"]
    editor = editor_for(qtbot, demo_registry, instrument_id=protocol)
    panel = editor.attachments
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    panel.dropEvent(QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton,
                               Qt.NoModifier))
    files = demo_registry.instrument(protocol).attachments
    assert [(f.original_name, f.kind) for f in files] == [("протокол-скан.pdf", "signed_scan")]
    assert panel.table.item(0, NAME).text() == "протокол-скан.pdf"
    assert scan.exists()  # the original stays

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.open_button, Qt.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(demo_registry.attachment_path(files[0].id)))]

    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert answers.asked
    assert demo_registry.instrument(protocol).attachments == ()
    assert panel.table.rowCount() == 0


def test_a_file_added_before_the_first_save_is_attached_with_it(qtbot, registry, tmp_path):
    text = tmp_path / "text.docx"
    text.write_bytes(b"the agreed text")
    editor = editor_for(qtbot, registry)
    fill_valid(qtbot, editor)
    editor.attachments.kind.set_code("text")
    editor.attachments.add_files([text])
    assert registry.count_instruments() == 0
    new_id = save(qtbot, editor)
    assert [(f.original_name, f.kind) for f in registry.instrument(new_id).attachments] == [
        ("text.docx", "text")]


def test_the_history_shows_what_changed_in_words(qtbot, demo_registry):
    from ui.editor.instrument_form import HISTORY

    protocol = demo_registry.demo.instrument_ids["protocol"]
    editor = editor_for(qtbot, demo_registry, instrument_id=protocol)
    editor.place.clear()
    type_text(editor.place, "Москва")
    editor.confidentiality.set_code("official_use")
    save(qtbot, editor)
    assert editor.tabs.isTabEnabled(HISTORY)
    table = editor.history.table
    assert table.item(0, 2).text() == "Запись изменена"
    changes = table.item(0, 3).text().splitlines()
    assert "Место подписания: Бишкек → Москва" in changes
    assert "Гриф: Открытый → Для служебного пользования" in changes
    assert table.item(table.rowCount() - 1, 2).text() == "Запись создана"


@pytest.mark.parametrize("answer, closed, saved", [
    (QMessageBox.Cancel, False, 0), (QMessageBox.Discard, True, 0), (QMessageBox.Save, True, 1)])
def test_closing_with_unsaved_changes_asks(qtbot, registry, monkeypatch, answer, closed, saved):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or answer)
    editor = editor_for(qtbot, registry)
    qtbot.keyClick(editor, Qt.Key_Escape)  # nothing typed: closes without asking
    assert not editor.isVisible() and asked == []

    editor = editor_for(qtbot, registry)
    fill_valid(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key_Escape)
    assert asked == ["Изменения не сохранены. Сохранить их?"]
    assert editor.isVisible() != closed
    assert registry.count_instruments() == saved


def test_the_kyrgyz_interface(qtbot, demo_registry):
    from i18n import set_language
    from ui.editor.instrument_form import DOCUMENT, PARTIES, STATUS

    set_language("ky")
    protocol = demo_registry.demo.instrument_ids["protocol"]
    editor = editor_for(qtbot, demo_registry, instrument_id=protocol)
    assert editor.tabs.tabText(DOCUMENT) == "Документ"
    assert editor.tabs.tabText(PARTIES) == "Тараптар"
    assert editor.tabs.tabText(STATUS) == "Абалы жана мөөнөтү"
    assert editor.kind.currentText() == "Протокол"
    assert editor.level.currentText() == "Мамлекеттер аралык"
    assert editor.heading_badge.text() == "Күчүнө кире элек"
    assert editor.parties.rows[0].number.text() == "1-тарап"
    assert editor.save_button.toolTip() == "Сактоо (Ctrl+S)"
