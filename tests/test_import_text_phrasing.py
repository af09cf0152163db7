"""Documents named the way ministries and agencies write them, beyond the phrasings the import
was first tuned on: English words before the kind word that say what kind of document it is
(«a defence cooperation agreement», «a loan agreement», «a cooperation plan»), a bare name with
such words that is a document of its own, plural programmes between several pairs of regions,
«утвержден план» (adopted there, not ratified), sentences that go on from the signing
statement («The documents also include ...»)."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _proposal(body: str):
    return parse_press_release("Visit\n\nBISHKEK, May 5, 2024. " + body + "\n",
                               date(2026, 1, 15), INDEX)


def titles(body: str) -> list[str]:
    return [i.draft.title for i in _proposal(body).instruments]


def test_english_words_before_the_kind_word_are_part_of_the_name():
    assert titles("The sides signed a defence cooperation agreement, a loan agreement and an "
                  "intergovernmental agreement on trade.") == [
        "Defence cooperation agreement", "Loan agreement",
        "Agreement on trade"]


def test_english_modifiers_stop_at_articles_verbs_and_counts():
    assert titles("A package of documents was signed, including an air services agreement, a "
                  "double taxation avoidance agreement and a visa waiver agreement.") == [
        "Air services agreement", "Double taxation avoidance agreement",
        "Visa waiver agreement"]
    assert titles("The ministers signed a trade and economic cooperation agreement.") == [
        "Trade and economic cooperation agreement"]


def test_a_cooperation_plan_is_a_document_and_its_noun_plan_is_no_plan_to_sign():
    assert titles("Kyrgyzstan and Turkey inked a cooperation plan for 2025-2026 and a "
                  "memorandum on tourism.") == ["Cooperation plan for 2025-2026",
                                                "Memorandum on tourism"]


def test_a_relative_clause_after_the_name_is_not_part_of_it():
    assert titles("They signed an energy cooperation agreement that covers the construction "
                  "of hydropower plants.") == ["Energy cooperation agreement"]


def test_a_plural_between_several_pairs_is_one_document_per_pair():
    assert titles("Ten documents were signed. The package also includes comprehensive cooperation programmes for "
                  "2023-2025 between the Jizzakh and Issyk-Kul regions, the Andijan and Osh "
                  "regions and the Fergana and Batken regions.") == [
        "Comprehensive cooperation programme for 2023-2025 between the Jizzakh and Issyk-Kul "
        "regions",
        "Comprehensive cooperation programme for 2023-2025 between the Andijan and Osh regions",
        "Comprehensive cooperation programme for 2023-2025 between the Fergana and Batken "
        "regions"]
    assert titles("Также подписаны программы сотрудничества на 2023-2025 годы между "
                  "Джизакской и Иссык-Кульской, Андижанской и Ошской областями.") == [
        "Программа сотрудничества на 2023-2025 годы между Джизакской и Иссык-Кульской "
        "областями",
        "Программа сотрудничества на 2023-2025 годы между Андижанской и Ошской областями"]


def test_a_plan_approved_at_the_meeting_is_signed_there():
    proposal = _proposal("Подписан меморандум о сотрудничестве в области энергетики, а также "
                         "утвержден план работы экспертной группы.")
    assert [(i.draft.title, i.draft.signed_date) for i in proposal.instruments] == [
        ("Меморандум о сотрудничестве в области энергетики", None),
        ("План работы экспертной группы", None)]


def test_a_sentence_on_the_documents_signed_goes_on_from_the_statement():
    assert titles("Five documents were signed. The documents also include a cultural exchange "
                  "programme for 2024-2026.") == ["Cultural exchange programme for 2024-2026"]


def test_an_english_reference_word_keeps_the_earlier_instrument_in_the_name():
    proposal = _proposal("Ten documents were signed. These include a protocol amending the "
                         "agreement on the avoidance of double taxation signed in 2013, a "
                         "framework agreement under which the ministry will extend loans, and "
                         "an agreement on tourism.")
    protocol = proposal.instruments[0]
    assert protocol.draft.title.startswith("Protocol amending the agreement on the avoidance")
    assert protocol.earlier is not None and protocol.earlier.date == date(2013, 1, 1)
    assert len(proposal.instruments) == 3


def test_the_outcome_of_a_visit_is_a_document_signed_there():
    assert titles("Итогом визита стало Соглашение о сотрудничестве в области образования.") \
        == ["Соглашение о сотрудничестве в области образования"]
    assert titles("Результатом переговоров стали Соглашение о поощрении инвестиций и "
                  "Меморандум о сотрудничестве в области энергетики.") == [
        "Соглашение о поощрении инвестиций", "Меморандум о сотрудничестве в области энергетики"]


def test_notes_named_alone_are_an_exchange_of_notes():
    proposal = _proposal("Состоялась церемония подписания обменных нот.\n\nПервые ноты — по "
                         "программе «Здоровье матери и ребенка» — скреплены подписями посла "
                         "Японии и представителя ЮНИСЕФ.")
    assert [(i.draft.title, i.draft.kind) for i in proposal.instruments] == [
        ("Обменные ноты по программе «Здоровье матери и ребенка»", "exchange_of_notes")]


def test_the_subject_of_notes_is_not_a_document_of_its_own():
    assert titles("Стороны обменялись нотами о вступлении в силу соглашения о безвизовом "
                  "режиме.") == [
        "Обмен нотами о вступлении в силу соглашения о безвизовом режиме"]


def test_documents_on_their_own_lines_after_a_line_announcing_them():
    assert titles("Также были подписаны следующие документы.\n\n"
                  "Соглашение о воздушном сообщении\n\n"
                  "Меморандум о взаимопонимании в области образования") == [
        "Соглашение о воздушном сообщении", "Меморандум о взаимопонимании в области образования"]


def test_a_plural_kind_word_with_its_complements_after_a_colon():
    assert titles("В рамках визита подписаны соглашения: о взаимной защите инвестиций; о "
                  "воздушном сообщении.") == [
        "Соглашение о взаимной защите инвестиций", "Соглашение о воздушном сообщении"]


def test_a_number_of_agreements_with_their_complements_after_a_dash():
    assert titles("Подписан и ряд межправительственных соглашений - о взаимном признании "
                  "документов об образовании, о сотрудничестве в аграрной сфере.") == [
        "Соглашение о взаимном признании документов об образовании",
        "Соглашение о сотрудничестве в аграрной сфере"]  # (the governments go to the parties)


def test_the_counted_mous_of_the_statement_are_not_a_document():
    assert titles("Four memoranda of understanding were signed. The four MoUs included a "
                  "memorandum of understanding on labour studies and an MoU on a technology "
                  "center.") == ["Memorandum of understanding on labour studies",
                                 "Memorandum of understanding on a technology center"]


def test_a_small_count_of_one_kind_of_document_is_that_many_documents():
    proposal = parse_press_release(
        "EBRD loans\n\nBISHKEK (Trend) – The EBRD and the Ministry of Finance have signed two "
        "loan agreements totalling 42.1 million euros. The agreements were signed in Bishkek in "
        "March 2025. As of January 31, 2025, EBRD investments stood at 1 billion euros.\n",
        date(2026, 1, 15), INDEX)
    assert [i.draft.title for i in proposal.instruments] == ["Loan agreement", "Loan agreement"]
    assert (proposal.meeting.start_date, proposal.meeting.start_date_precision) == (
        date(2025, 3, 1), "month")
    assert titles("The sides signed two agreements: on trade and on tourism.") == [
        "Agreement on trade", "Agreement on tourism"]  # (the list names them)


def test_a_name_cut_by_a_page_break_after_of_the_goes_on_in_the_next_paragraph():
    assert titles("The following documents were signed:\n\n"
                  "Agreement between the Committee on Language under the Government of the "
                  "Republic of Tajikistan and the Academy of Sciences of the Islamic Republic of"
                  "\n\nAfghanistan on cooperation in the field of terminology;\n\n"
                  "Memorandum of Understanding on public sector audit.") == [
        "Agreement between the Committee on Language under the Government of the Republic of "
        "Tajikistan and the Academy of Sciences of the Islamic Republic of Afghanistan on "
        "cooperation in the field of terminology",
        "Memorandum of Understanding on public sector audit"]


def test_signatures_put_under_a_document_sign_it():
    assert titles("Главы государств поставили свои подписи под Договором о вечной дружбе и "
                  "Декларацией о стратегическом партнерстве.") == [
        "Договор о вечной дружбе", "Декларация о стратегическом партнерстве"]
    assert titles("The presidents put their signatures to a Joint Statement on friendly "
                  "relations. The ministers put pen to an agreement on trade.") == [
        "Joint Statement on friendly relations", "Agreement on trade"]


def test_a_field_covered_by_a_memorandum_is_a_signed_memorandum():
    assert titles("Eight documents were signed. Environmental matters were covered by an MoU "
                  "on environmental cooperation.") == [
        "Memorandum of understanding on environmental cooperation"]


def test_a_dateline_day_is_not_the_announced_count():
    proposal = parse_press_release("Four MoUs\n\nTEHRAN, May 31 (MNA) – Four memoranda of "
                                   "understanding were signed during the visit.\n",
                                   date(2026, 1, 15), INDEX)
    assert proposal.announced == 4


def test_when_and_where_between_the_verb_and_the_document():
    assert titles("Президенты подписали сегодня в Ташкенте Совместную декларацию. Министры "
                  "поставили подписи под Соглашением о сотрудничестве в области культуры, а "
                  "также под Протоколом о сотрудничестве в области спорта.") == [
        "Совместная декларация", "Соглашение о сотрудничестве в области культуры",
        "Протокол о сотрудничестве в области спорта"]


def test_a_plan_named_inside_a_list_item_is_no_plan_to_sign():
    assert titles("Three memoranda of understanding were signed. They included an MoU on the "
                  "implementation of a plan to establish a technology center, an MoU between "
                  "the railways of the two countries to boost transport, and an MoU on "
                  "financial claims.") == [
        "Memorandum of understanding on the implementation of a plan to establish a technology "
        "center",
        "Memorandum of understanding between the railways of the two countries",  # (what
        # it is for, «to boost transport», is no part of the name)
        "Memorandum of understanding on financial claims"]


def test_documents_of_an_earlier_trip_the_text_dates_are_not_this_meetings():
    assert titles("An agreement on trade was signed during the visit on May 5. The visit "
                  "followed the November 2023 trip of the president to Bishkek, when the two "
                  "countries signed a joint communique and a roadmap for trade until 2030.") == [
        "Agreement on trade"]


def test_earlier_documents_recalled_after_the_signing_leave_its_date_alone():
    """«The bank's earlier agreements, signed in 2019 and 2022, ...»: other documents, whose
    years are not the date of the agreement signed at the meeting (it was dropped as signed
    in 2019, before the meeting); the dateline alone gives it none."""
    proposal = _proposal("The Cabinet of Ministers of the Kyrgyz Republic and the Asian "
                         "Development Bank signed a grant agreement on school construction in "
                         "Naryn.\nThe bank's earlier agreements, signed in 2019 and 2022, "
                         "financed irrigation in Chui and Talas.")
    assert [(i.draft.title, i.draft.signed_date) for i in proposal.instruments] == [
        ("Grant agreement on school construction in Naryn", None)]


def test_kind_words_in_a_row_sum_up_the_documents_and_name_none():
    assert titles("The presidents signed the Treaty of Alliance. Agreements, protocol, "
                  "memorandum of understanding, roadmap and programs of cooperation, which were "
                  "signed within the framework of the visit, regulate cooperation in industry.") \
        == ["Treaty of Alliance"]


def test_a_concept_approved_by_the_heads_of_state_is_adopted_there():
    proposal = _proposal("Главы государств одобрили Концепцию взаимодействия государств "
                         "Центральной Азии в рамках многосторонних форматов. Правительство "
                         "одобрило проект соглашения о торговле.")
    assert [(i.draft.title, i.draft.kind) for i in proposal.instruments] == [
        ("Концепция взаимодействия государств Центральной Азии в рамках многосторонних "
         "форматов", "other")]


def test_the_talks_after_which_a_document_was_signed_are_not_in_its_name():
    assert titles("The presidents inked the joint communique following their high-level talks "
                  "in Xi'an.") == ["Joint communique"]


def test_the_subject_said_after_a_passive_verb_is_the_documents():
    assert titles("A protocol was signed on the settlement of the situation on the border, the "
                  "committee's head said. An agreement was signed on the sidelines of the "
                  "summit.") == ["Protocol on the settlement of the situation on the border",
                                 "Agreement"]


def test_a_name_after_podpisaniem_or_podpisaniyu_is_put_in_the_nominative():
    assert titles("Подписанием Соглашения о сотрудничестве в области таможенного дела "
                  "завершился визит.") == ["Соглашение о сотрудничестве в области таможенного дела"]
    assert titles("Подписанию Меморандума о сотрудничестве в сфере спорта предшествовали "
                  "переговоры.") == ["Меморандум о сотрудничестве в сфере спорта"]


def test_items_of_a_plural_kind_word_that_open_with_ob_say_their_own_subject():
    assert titles("Подписаны межправительственные соглашения о сотрудничестве в сфере "
                  "здравоохранения, об упрощении визовых процедур и о сотрудничестве в области "
                  "туризма.") == [
        "Соглашение о сотрудничестве в сфере здравоохранения",
        "Соглашение об упрощении визовых процедур",
        "Соглашение о сотрудничестве в области туризма"]


def test_a_charter_is_a_document_and_a_comprehensive_plan_a_programme():
    kinds = {i.draft.title: i.draft.kind for i in _proposal(
        "Подписаны Конвенция об избежании двойного налогообложения, Хартия о партнерстве "
        "городов и Комплексный план мероприятий по развитию торговли.").instruments}
    assert kinds == {"Конвенция об избежании двойного налогообложения": "convention",
                     "Хартия о партнерстве городов": "other",
                     "Комплексный план мероприятий по развитию торговли": "programme"}


def test_signatures_put_before_their_signers_sign_and_a_hope_to_sign_does_not():
    assert titles("Подписи под соглашением о сотрудничестве в сфере цифровой экономики "
                  "поставили министры двух стран.") == [
        "Соглашение о сотрудничестве в сфере цифровой экономики"]
    assert titles("Министр выразил надежду на скорейшее подписание Соглашения о воздушном "
                  "сообщении.") == []
    assert titles("Стороны призвали к скорейшему подписанию Меморандума о туризме.") == []
