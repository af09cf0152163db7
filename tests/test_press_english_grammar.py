"""English grammar of signing reports: the end of a document's name (what the report says after
it about the deal or the event), the «on»/«in» of a date that goes on a participle, the capital
the signing took place in, and the meeting day (signing verbs besides «signed», a city and a
country before the dateline's date, which alone dates no signing, a recalled earlier event)."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from importers.press_release.documents import clean_title, parse_document
from importers.press_release.meeting import meeting_days
from models.countries import seeds

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def index():
    return CountryIndex(seeds())


@pytest.mark.parametrize("words, title", [
    ("Agreement on economic and technical cooperation, under which China will provide a grant",
     "Agreement on economic and technical cooperation"),
    ("Loan agreement for the road project, according to which 93 km will be rebuilt",
     "Loan agreement for the road project"),
    ("Memorandum on the industrial zone, whereby the sides set up a council",
     "Memorandum on the industrial zone"),
    ("Declaration on Eternal Friendship between A and B, a document both called historic",
     "Declaration on Eternal Friendship between A and B"),
    ("Joint statement on a comprehensive partnership, the first upgrade of ties since 1992",
     "Joint statement on a comprehensive partnership"),
    ("Treaty on the State Border at a ceremony in Bishkek", "Treaty on the State Border"),
    ("Memorandum on tourism at the signing ceremony", "Memorandum on tourism"),
    ("Agreement on trade on Friday", "Agreement on trade"),
    ("Memorandum of Understanding to work together on improving the quality of life",
     "Memorandum of Understanding"),
    ("MoU between the railways to boost transport cooperation",
     "Memorandum of understanding between the railways"),
    ("Grant Agreement for 2.04 million US dollars", "Grant Agreement"),
    ("Loan agreement of $30 million for the road project", "Loan agreement for the road project"),
    # the name's own words stay
    ("Programme of cooperation for 2025-2027", "Programme of cooperation for 2025-2027"),
    ("Agreement on cooperation in the field of education, science and culture",
     "Agreement on cooperation in the field of education, science and culture"),
    ("Memorandum on the Council of Turkic Central Banks",
     "Memorandum on the Council of Turkic Central Banks"),
    ("Memorandum of Understanding on diplomatic training took place in Belgrade",
     "Memorandum of Understanding on diplomatic training"),
    ("Plan of joint actions for 2023-2024 to raise bilateral trade",
     "Plan of joint actions for 2023-2024"),
])
def test_what_the_report_says_after_a_name_is_not_the_name(words, title):
    assert clean_title(words) == title


def test_a_capital_after_the_name_is_where_it_was_signed(index):
    doc = parse_document("Strategic Partnership Agreement between the Republic of Tajikistan "
                         "and the Republic of Uzbekistan in Tashkent", index)
    assert doc.title == ("Strategic Partnership Agreement between the Republic of Tajikistan "
                         "and the Republic of Uzbekistan")
    assert [p.name for p in doc.parties] == ["Republic of Tajikistan", "Republic of Uzbekistan"]
    assert doc.signed_place == "Tashkent"


@pytest.mark.parametrize("words", ["Agreement on Cooperation in Healthcare",
                                   "Memorandum on investments in Central Asia"])
def test_a_place_that_is_no_capital_stays_in_the_name(words, index):
    assert parse_document(words, index).title == words


@pytest.mark.parametrize("words, amended, when", [
    ("protocol amending the agreement on air services signed on 12 May 2004",
     "Agreement on air services", date(2004, 5, 12)),
    ("protocol amending the agreement on air services signed in Baku on 12 May 2004",
     "Agreement on air services", date(2004, 5, 12)),
])
def test_the_date_after_the_amended_instruments_participle_is_its(words, amended, when, index):
    doc = parse_document(words, index)
    assert doc.reference.title == amended
    assert doc.reference.date.value == when
    assert doc.signed is None


@pytest.mark.parametrize("body, dated, expected", [
    # a weekday beside a signing verb other than «signed»
    ("Presidents A and B on Friday inked a Strategic Partnership Agreement.", date(2018, 8, 17),
     (date(2018, 8, 17), date(2018, 8, 17), "day")),
    ("The leaders on Tuesday adopted a Joint Statement.", date(2024, 3, 7),
     (date(2024, 3, 5), date(2024, 3, 5), "day")),
    # a recalled earlier event is not the meeting, and its date says the report came later
    ("NUR-SULTAN. KAZINFORM -- The minister and his counterpart signed a memorandum.\n\n"
     "As reported earlier, the presidents met in Bishkek on May 26.", date(2022, 5, 27),
     (None, None, "day")),
    ("The ministers signed a memorandum. Earlier, on May 20, the presidents met in Bishkek.",
     date(2022, 5, 27), (None, None, "day")),
])
def test_the_meeting_day_from_the_grammar_of_the_report(body, dated, expected):
    assert meeting_days(body, dated, dated, TODAY, []) == expected


@pytest.mark.parametrize("said, expected", [
    ("The presidents signed an Agreement on trade.", None),
    ("The presidents on Friday signed an Agreement on trade.", "2018-08-17"),
])
def test_a_dateline_with_a_city_and_a_country_dates_no_signing_alone(said, expected, index):
    """«Baku, Azerbaijan, Aug. 17» is the dateline, not a date the body gives the signing: alone
    it dates nothing; «on Friday» is counted from the report's day."""
    text = ("Tajikistan, Uzbekistan ink agreement\n\n17 August 2018 16:49\n\n"
            "Baku, Azerbaijan, Aug. 17\n\n" + said)
    result = as_json(parse_press_release(text, TODAY, index))
    assert result["meeting"]["date"] == expected


def _parties(text: str, index) -> dict[str, list[str]]:
    result = as_json(parse_press_release(text, TODAY, index))
    return {i["title"]: [p["name"] for p in i["parties"]] for i in result["instruments"]}


def test_a_counterpart_after_an_agency_dateline_is_the_same_body_of_the_other_country(index):
    found = _parties("Farm ministries sign memo\n\nASTANA. KAZINFORM -- Kazakhstan's Minister of "
                     "Agriculture Yerbol Karashukeyev and his Kyrgyz counterpart signed a "
                     "memorandum on agricultural cooperation.", index)
    assert found == {"Memorandum on agricultural cooperation": [
        "Ministry of Agriculture of the Republic of Kazakhstan",
        "Ministry of Agriculture of the Kyrgyz Republic"]}


def test_a_memorandum_with_its_counterpart(index):
    found = _parties("Ministers meet in Ashgabat\n\nThe Kyrgyz Ministry of Health also inked a "
                     "memorandum on cooperation in medicine with its Turkmen counterpart.", index)
    assert list(found.values()) == [["Ministry of Health of the Kyrgyz Republic",
                                     "Ministry of Health of Turkmenistan"]]


def test_each_clause_of_a_sentence_says_who_signed_its_own_documents(index):
    found = _parties(
        "Tajikistan and Qatar sign documents\n\nThe governments of the two countries signed an "
        "air transport agreement, while the ministries of justice signed a cooperation agreement "
        "in the legal field, the Qatar Olympic Committee and the National Olympic Committee of "
        "Tajikistan signed a memorandum of understanding on sports cooperation, and the Qatar "
        "Investment Authority and the Tajik Investment Agency signed a memorandum on "
        "investments.", index)
    assert set(found["Cooperation agreement in the legal field"]) == {
        "Ministry of Justice of the Republic of Tajikistan",
        "Ministry of Justice of the State of Qatar"}
    assert set(found["Memorandum of understanding on sports cooperation"]) == {
        "Qatar Olympic Committee", "National Olympic Committee of the Republic of Tajikistan"}
    assert len(found) == 4


@pytest.mark.parametrize("words, amended, when", [
    ("Protocol introducing amendments and additions to the Agreement on the state border",
     "Agreement on the state border", None),
    ("Amending Protocol to the Agreement on the avoidance of double taxation of 5 May 1999",
     "Agreement on the avoidance of double taxation", (date(1999, 5, 5), "day")),
    ("Protocol on making changes to the Agreement on international road transport of 2015",
     "Agreement on international road transport", (date(2015, 1, 1), "year")),
    ("amendments to the Agreement on the Intergovernmental Council of 2015",
     "Agreement on the Intergovernmental Council", (date(2015, 1, 1), "year")),
])
def test_english_amending_phrases_name_the_amended_instrument(words, amended, when, index):
    doc = parse_document(words, index)
    assert doc.reference.relation == "amends"
    assert doc.reference.title == amended
    assert (doc.reference.date and (doc.reference.date.value, doc.reference.date.precision)) \
        == when


def test_amendments_and_an_amending_protocol_are_documents(index):
    result = as_json(parse_press_release(
        "Kyrgyzstan and Turkey amend agreements\n\nBISHKEK, September 2, 2022 - The sides "
        "signed amendments to the Agreement on the Intergovernmental Council of 2015 and an "
        "amending protocol to the 2011 agreement on the mutual abolition of visas. The ministers "
        "also signed a plan of consultations for 2023-2024 and agreed to amend the Agreement on "
        "the university later this year.", TODAY, index))
    found = {i["title"]: (i["kind"], i["amends"]) for i in result["instruments"]}
    assert found == {
        "Amendments to the Agreement on the Intergovernmental Council of 2015": (
            "protocol", {"title": "Agreement on the Intergovernmental Council", "date": "2015"}),
        "Amending protocol to the 2011 agreement on the mutual abolition of visas": (
            "protocol", {"title": "Agreement on the mutual abolition of visas", "date": "2011"}),
        "Plan of consultations for 2023-2024": ("programme", None)}


def test_two_countries_signing_an_agreement_are_their_governments_for_the_whole_list(index):
    found = _parties(
        "Kyrgyzstan and Hungary sign agreements\n\nBISHKEK, October 3, 2025 (Kabar) - Kyrgyzstan "
        "and Hungary signed an agreement on economic cooperation, a protocol on water "
        "management, as well as an agreement on mutual protection of classified information.",
        index)
    governments = ["Cabinet of Ministers of the Kyrgyz Republic", "Government of Hungary"]
    assert found == {"Agreement on economic cooperation": governments,
                     "Protocol on water management": governments,
                     "Agreement on mutual protection of classified information": governments}


@pytest.mark.parametrize("sentence, parties", [
    # the presidents sign for their states
    ("Tajik President Emomali Rahmon and his Uzbek counterpart Shavkat Mirziyoyev signed an "
     "Agreement on strategic partnership.",
     ["Republic of Tajikistan", "Republic of Uzbekistan"]),
    # a state borrows from a fund
    ("The Saudi Fund for Development and the Kyrgyz Republic signed a loan agreement for the "
     "road project.", ["Saudi Fund for Development", "Kyrgyz Republic"]),
])
def test_states_sign_when_their_heads_do_or_beside_a_fund(sentence, parties, index):
    found = _parties("Documents signed\n\nDUSHANBE, June 2, 2022 - " + sentence, index)
    assert sorted(next(iter(found.values()))) == sorted(parties)


@pytest.mark.parametrize("words", ["National Bureau of Statistics of China",
                                   "Tianjin Conservatory of Music", "Kyrgyz Stock Exchange"])
def test_english_bodies_are_named_whole(words, index):
    from importers.press_release.signers import body_of
    assert body_of(words, index) == words


def test_an_item_naming_its_sides_before_a_colon(index):
    found = _parties(
        "Documents signed\n\nBAKU, April 4, 2024 - The following documents were signed:\n\n"
        "1. Treaty on Strategic Partnership between the Kyrgyz Republic and the Republic of "
        "Azerbaijan\n2. Between the State Customs Committee of Azerbaijan and the State Customs "
        "Service of Kyrgyzstan: Protocol on the exchange of information\n", index)
    assert found["Protocol on the exchange of information"] == [
        "State Customs Committee of the Republic of Azerbaijan",
        "State Customs Service of the Kyrgyz Republic"]


def test_documents_spoken_of_again_are_no_new_documents(index):
    found = _parties(
        "EU and Kyrgyzstan sign financing agreements\n\nBISHKEK, 12 September 2024 - The "
        "European Union and the Kyrgyz Republic today signed three financing agreements. The "
        "agreements cover education reform, green energy and the rule of law.", index)
    assert list(found) == ["Financing agreement"]  # (three of them, one title)


def test_a_body_after_the_exchange_of_notes(index):
    found = _parties(
        "Japan, Kyrgyzstan sign grant agreement\n\nBISHKEK, March 7, 2025 - The Government of "
        "Japan and the Government of the Kyrgyz Republic exchanged notes on a grant for the "
        "road project. Following the exchange, JICA and the Ministry of Finance of the Kyrgyz "
        "Republic signed the grant agreement for the project.", index)
    assert found["Grant agreement for the project"] == [
        "JICA", "Ministry of Finance of the Kyrgyz Republic"]


def test_a_body_whose_name_goes_on_with_for_the(index):
    doc = parse_document(
        "Memorandum of Understanding between the Ministry of Industry of the Republic of "
        "Tajikistan and the Committee for the Development of Silkworm Breeding of the Republic "
        "of Uzbekistan on cooperation in silkworm breeding", index)
    assert [p.name for p in doc.parties] == [
        "Ministry of Industry of the Republic of Tajikistan",
        "Committee for the Development of Silkworm Breeding of the Republic of Uzbekistan"]
    # «for the avoidance of ...» after the parties is the subject, not a name
    doc = parse_document("Agreement between the Government of the Kyrgyz Republic and the "
                         "Government of Hungary for the avoidance of double taxation", index)
    assert [p.name for p in doc.parties] == ["Government of the Kyrgyz Republic",
                                             "Government of Hungary"]


def test_a_similar_agreement_takes_the_name_before_and_its_own_sides(index):
    found = _parties(
        "Regions sign agreements\n\nTASHKENT, August 17, 2018 - An Agreement on trade and "
        "cultural cooperation between Khatlon Province and Surkhandarya Region was adopted, and "
        "a similar agreement was adopted by Sughd Province and Samarkand Region.", index)
    assert found == {
        "Agreement on trade and cultural cooperation between Khatlon Province and Surkhandarya "
        "Region": ["Khatlon Province", "Surkhandarya Region"],
        "Agreement on trade and cultural cooperation": ["Sughd Province", "Samarkand Region"]}


@pytest.mark.parametrize("title", ["Protocol of Intent between the Ministry and the University",
                                   "Memorandum of intent on cooperation", "Letter of intent"])
def test_a_document_of_intent_is_an_agreement_of_intent(title):
    from importers.press_release.kinds import kind_of
    assert kind_of(title) == "agreement_of_intent"



def test_sealed_is_a_signing(index):
    """«X and Y sealed an agreement ...»: signed there, with the subject as the sides (before:
    not taken)."""
    found = as_json(parse_press_release(
        "ABU DHABI, 19 January 2024 (WAM) - The Ministry of Economy of the United Arab Emirates "
        "and the Ministry of Economy and Commerce of the Kyrgyz Republic sealed an agreement on "
        "the avoidance of double taxation.", TODAY, index))["instruments"]
    assert [(d["title"], [p["name"] for p in d["parties"]]) for d in found] == [
        ("Agreement on the avoidance of double taxation",
         ["Ministry of Economy of the United Arab Emirates",
          "Ministry of Economy and Commerce of the Kyrgyz Republic"])]
