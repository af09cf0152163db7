"""The earlier instrument a document amends, with its date as precise as the text gives it:
«от 12 марта 2009 года» (the day), «Соглашение 2015 года», «the 1998 agreement» (the year), a
charter; and years a title speaks of that are not its date."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from importers.press_release.documents import parse_document
from models.countries import seeds


@pytest.fixture(scope="module")
def index():
    return CountryIndex(seeds())


@pytest.mark.parametrize("text, relation, title, when", [
    ("Протокол о внесении изменений в Соглашение о торговле от 12 марта 2009 года", "amends",
     "Соглашение о торговле", "2009-03-12"),
    ("Протокол о внесении изменений в Соглашение от 2015 года о поощрении инвестиций",
     "amends", "Соглашение о поощрении инвестиций", "2015"),
    ("Протокол о внесении изменений в Соглашение 2015 года о торговле", "amends",
     "Соглашение о торговле", "2015"),
    ("Протокол к Соглашению о торговле 1998 года", "supplements", "Соглашение о торговле",
     "1998"),
    ("Протокол о внесении изменений в устав Кыргызско-Турецкого университета «Манас»",
     "amends", "Устав Кыргызско-Турецкого университета «Манас»", None),
    ("Protocol amending the 1998 Agreement on trade", "amends", "Agreement on trade", "1998"),
    ("Protocol amending the 2015 agreement", "amends", "Agreement", "2015"),
    ("Protocol to the 1998 Agreement on trade", "supplements", "Agreement on trade", "1998"),
    ("Protocol amending the agreement on the avoidance of double taxation signed in 2013",
     "amends", "Agreement on the avoidance of double taxation", "2013"),
    ("Protocol amending the Agreement on trade dated March 12, 2009", "amends",
     "Agreement on trade", "2009-03-12"),
    ("Amendments to the Air Services Agreement between the Kyrgyz Republic and the State of "
     "Qatar of 2006", "amends",
     "Air Services Agreement between the Kyrgyz Republic and the State of Qatar", "2006"),
    ("Amendment to the financing agreement for the Naryn irrigation project", "amends",
     "Financing agreement for the Naryn irrigation project", None),
    ("Protocol amending the Double Taxation Convention of 1999", "amends",
     "Double Taxation Convention", "1999"),
    ("Protocol No. 2 to the Agreement on border crossing points of 10 October 2014",
     "supplements", "Agreement on border crossing points", "2014-10-10"),
    ("Amending Agreement No. 2 to the Loan Agreement dated 2 December 2016 for the Osh road "
     "project", "amends", "Loan Agreement for the Osh road project", "2016-12-02"),
])
def test_the_instrument_amended_and_its_date(text, relation, title, when, index):
    doc = parse_document(text, index, date(2025, 6, 1))
    assert (doc.reference.relation, doc.reference.title) == (relation, title)
    assert (doc.reference.date.iso() if doc.reference.date else None) == when
    assert doc.signed is None and doc.own_date is None  # the protocol's own date: not given


@pytest.mark.parametrize("text", [
    "Решение об объявлении города Бишкек цифровой столицей Организации тюркских государств в "
    "2025 году",
    "Joint statement on a comprehensive partnership, the first upgrade of ties since "
    "diplomatic relations were set up in 1992",
    "План мероприятий на 2024–2026 годы",
    "Decision to declare Bishkek the digital capital of the Organization in 2025",
])
def test_a_year_the_title_speaks_of_is_not_its_date(text, index):
    assert parse_document(text, index, date(2024, 11, 6)).own_date is None


def test_a_year_after_the_kind_word_is_the_documents_own(index):
    doc = parse_document("Соглашение 2015 года о торговле", index, date(2024, 11, 6))
    assert doc.own_date.iso() == "2015"


@pytest.mark.parametrize("body, title, amended, when", [
    ("The sides signed a protocol to amend the intergovernmental agreement on the avoidance of "
     "double taxation signed on 10 July 2001.",
     "Protocol to amend the intergovernmental agreement on the avoidance of double taxation "
     "signed on 10 July 2001",
     "Intergovernmental agreement on the avoidance of double taxation", "2001-07-10"),
    ("The ministers signed a protocol on making amendments to the 2009 Agreement on Visa-Free "
     "Travel.", "Protocol on making amendments to the 2009 Agreement on Visa-Free Travel",
     "Agreement on Visa-Free Travel", "2009"),
    ("The sides signed an amendment to the 2017 loan agreement on the Bishkek heating project.",
     "Amendment to the 2017 loan agreement on the Bishkek heating project",
     "Loan agreement on the Bishkek heating project", "2017"),
    ("The sides signed an additional agreement to the Agreement on Trade of 12 March 1998.",
     "Additional agreement to the Agreement on Trade of 12 March 1998", "Agreement on Trade",
     "1998-03-12"),
    ("The sides signed an amendment to the financing agreement for the Naryn irrigation "
     "project, which was first signed in December 2020.",
     "Amendment to the financing agreement for the Naryn irrigation project",
     "Financing agreement for the Naryn irrigation project", "2020-12"),
    ("Amendments to the Air Services Agreement of 2006 were signed on Monday by the heads of "
     "the civil aviation authorities.", "Amendments to the Air Services Agreement of 2006",
     "Air Services Agreement", "2006"),
    ("The governments signed Protocol No. 2 to the Agreement on border crossing points of 10 "
     "October 2014, opening a new checkpoint at Bedel.",
     "Protocol No. 2 to the Agreement on border crossing points of 10 October 2014",
     "Agreement on border crossing points", "2014-10-10"),
    ('The parties signed the Protocol "On Amendments to the Agreement on the Procedure for '
     'Crossing the State Border" (2009) in Astana.',
     'Protocol "On Amendments to the Agreement on the Procedure for Crossing the State Border" '
     '(2009)', "Agreement on the Procedure for Crossing the State Border", "2009"),
    ("The railway administrations signed a protocol that amends the agreement on rail freight "
     "transit dated 12.05.2010.",
     "Protocol that amends the agreement on rail freight transit dated 12.05.2010",
     "Agreement on rail freight transit", "2010-05-12"),
    ("The sides signed a protocol introducing amendments to the 2017 agreement on the "
     "Kyrgyz-Uzbek state border.",
     "Protocol introducing amendments to the 2017 agreement on the Kyrgyz-Uzbek state border",
     "Agreement on the Kyrgyz-Uzbek state border", "2017"),
    ("The transport ministers signed a protocol amending the agreement on international road "
     "transport signed in Ashgabat in June 2018.",
     "Protocol amending the agreement on international road transport signed in Ashgabat in "
     "June 2018", "Agreement on international road transport", "2018-06"),
])
def test_an_english_amending_document_is_one_with_the_instrument_it_amends(
        body, title, amended, when, index):
    """«to amend», «on making amendments to», «an amendment to», «an additional agreement to»:
    one document (the agreement after the verb is no document of its own) that amends the
    agreement named after it, with that agreement's date as precise as the text gives it; a
    date after «signed» that is the amended agreement's stays in the name as written."""
    found = as_json(parse_press_release(f"BISHKEK, 5 May 2025 - {body}", date(2026, 1, 15),
                                        index))["instruments"]
    assert [(d["title"], d["amends"]) for d in found] == [
        (title, {"title": amended, "date": when})]


def test_an_amending_protocol_its_sentence_dates_years_before_is_an_earlier_signing(index):
    """«In 2019 the two governments signed a protocol amending the 2000 agreement ...» in a
    report of another signing recalls an earlier one: no draft for it (before: one dated 2019)."""
    text = ("BISHKEK, 8 August 2024 - Kyrgyzstan and Kazakhstan signed an agreement on the joint "
            "management of the Chu and Talas water facilities.\n\nIn 2019 the two governments "
            "signed a protocol amending the 2000 agreement on the use of water facilities of "
            "interstate use, which set up the Chu-Talas Water Commission.")
    found = as_json(parse_press_release(text, date(2026, 1, 15), index))["instruments"]
    assert [d["title"] for d in found] == [
        "Agreement on the joint management of the Chu and Talas water facilities"]


@pytest.mark.parametrize("named, title, amended, date_, relation", [
    ("Amendment No. 2 to the Loan Agreement for the Osh road project",
     "Amendment No. 2 to the Loan Agreement for the Osh road project",
     "Loan Agreement for the Osh road project", None, "amends"),
    ("an Addendum to the Memorandum of Understanding on digital cooperation dated 3 March 2022",
     "Addendum to the Memorandum of Understanding on digital cooperation dated 3 March 2022",
     "Memorandum of Understanding on digital cooperation", "2022-03-03", "supplements"),
])
def test_a_numbered_amendment_or_an_addendum_is_a_document_amending_another(
        index, named, title, amended, date_, relation):
    """(before: neither was found)"""
    found = as_json(parse_press_release(
        f"BISHKEK, 20 June 2024 - The Ministry of Finance of the Kyrgyz Republic and the Asian "
        f"Development Bank signed {named}.", date(2026, 12, 6), index))["instruments"]
    assert [(d["kind"], d["title"], d["amends"], d["relation"]) for d in found] == [
        ("protocol", title, {"title": amended, "date": date_}, relation)]
