"""The press-release parser on texts written in the styles it will meet: news agencies (Kabar,
AKIpress, 24.kg, TASS), ministries' and the government's press services, English and Kyrgyz
texts; lists, one long sentence and narrative paragraphs; multilateral summits, companies,
ratification news. For each text: the meeting, and every document signed there with its kind,
level, title, parties and countries, date of signature and the instrument it amends; and
nothing for the documents only planned, discussed or signed earlier."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from importers.press_release import kinds
from importers.press_release.documents import kind_of
from importers.press_release.people import participants
from importers.press_release.parser import normalise
from models.countries import seeds
from models.vocabulary import KINDS
from tests.test_import_text import CASES, DATA, TODAY, parse, parties


@pytest.fixture(scope="module")
def index():
    return CountryIndex(seeds())


class countries(list):  # noqa: N801 - reads as a word in the table
    """Parties given by their countries only (the member states of a summit)."""


class Doc(NamedTuple):
    kind: str
    level: str
    signed: str | None
    title: str
    parties: list
    amends: tuple[str, str] | None = None
    multilateral: bool = False


KG_KZ = [('Кабинет министров Кыргызской Республики', 'KG'),
         ('Правительство Республики Казахстан', 'KZ')]
RU_KG = [('Министерство просвещения Российской Федерации', 'RU'),
         ('Министерство образования и науки Кыргызской Республики', 'KG')]
OTS = countries(['AZ', 'KG', 'KZ', 'TR', 'UZ'])

# file -> ((meeting date, city, kind, countries) or None for no meeting, [Doc])
TEXTS = {
    "akipress_uz_ministers.txt": (
        (None, 'Бишкек', 'official_visit', ['KG', 'UZ']), [
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Правительством Кыргызской Республики и Правительством '
                 'Республики Узбекистан о порядке пересечения государственной границы жителями '
                 'приграничных районов'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Узбекистан', 'UZ')]),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Кабинетом '
                 'Министров Республики Узбекистан о строительстве и эксплуатации Камбаратинской '
                 'ГЭС-1'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Кабинет Министров Республики Узбекистан', 'UZ')]),
            Doc('programme', 'intergovernmental', None,
                ('Программа экономического сотрудничества между Кабинетом министров Кыргызской '
                 'Республики и Кабинетом Министров Республики Узбекистан на 2024–2026 годы'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Кабинет Министров Республики Узбекистан', 'UZ')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством цифрового развития Кыргызской '
                 'Республики и Министерством цифровых технологий Республики Узбекистан о '
                 'сотрудничестве в сфере электронного правительства'),
                [('Министерство цифрового развития Кыргызской Республики', 'KG'),
                 ('Министерство цифровых технологий Республики Узбекистан', 'UZ')]),
            Doc('agreement', 'interagency', None,
                ('Соглашение о сотрудничестве между Государственной налоговой службой при '
                 'Министерстве финансов Кыргызской Республики и Налоговым комитетом при Кабинете '
                 'Министров Республики Узбекистан'),
                [('Государственная налоговая служба при Министерстве финансов Кыргызской '
                  'Республики', 'KG'),
                 ('Налоговый комитет при Кабинете Министров Республики Узбекистан', 'UZ')]),
    ]),
    "kabar_tr_package.txt": (
        (None, 'Анкара', 'state_visit', ['KG', 'TR']), [
            Doc('declaration', 'interstate', None,
                ('Совместная декларация об углублении всеобъемлющего стратегического партнерства '
                 'между Кыргызской Республикой и Турецкой Республикой'),
                [('Кыргызская Республика', 'KG'),
                 ('Турецкая Республика', 'TR')]),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Турецкой Республики о сотрудничестве в области обороны'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Турецкой Республики', 'TR')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством образования и науки Кыргызской '
                 'Республики и Министерством национального образования Турецкой Республики'),
                [('Министерство образования и науки Кыргызской Республики', 'KG'),
                 ('Министерство национального образования Турецкой Республики', 'TR')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Турецкой Республики о международном автомобильном '
                 'сообщении от 14 мая 1998 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Турецкой Республики', 'TR')],
                amends=('Соглашение между Правительством Кыргызской Республики и Правительством '
                         'Турецкой Республики о международном автомобильном сообщении',
                        '1998-05-14')),
            Doc('joint_statement', 'interstate', None,
                'Совместное заявление',
                [('Кыргызская Республика', 'KG'),
                 ('Турецкая Республика', 'TR')]),
    ]),
    "tass_sco_summit.txt": (
        (None, 'Астана', 'summit',
         ['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']), [
            Doc('declaration', 'interstate', None,
                'Астанинская декларация Совета глав государств - членов ШОС',
                countries(['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']),
                multilateral=True),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между правительствами государств - членов Шанхайской организации '
                 'сотрудничества о сотрудничестве в области энергосбережения'),
                countries(['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']),
                multilateral=True),
    ]),
    "eaeu_one_sentence.txt": (
        ('2024-12-26', 'Санкт-Петербург', 'summit', ['AM', 'BY', 'KG', 'KZ', 'RU']), [
            Doc('protocol', 'interstate', '2024-12-26',
                ('Протокол о внесении изменений в Договор о Евразийском экономическом союзе от 29 '
                 'мая 2014 года'),
                countries(['AM', 'BY', 'KG', 'KZ', 'RU']),
                amends=('Договор о Евразийском экономическом союзе',
                        '2014-05-29'), multilateral=True),
            Doc('agreement', 'interstate', '2024-12-26',
                ('Соглашение о механизме прослеживаемости товаров, ввезенных на таможенную '
                 'территорию Евразийского экономического союза'),
                countries(['AM', 'BY', 'KG', 'KZ', 'RU']),
                multilateral=True),
            Doc('agreement', 'interstate', '2024-12-26',
                'Соглашение о сотрудничестве в области охраны окружающей среды',
                countries(['AM', 'BY', 'KG', 'KZ', 'RU']),
                multilateral=True),
    ]),
    "english_mfa_korea.txt": (
        ('2024-06-12', 'Seoul', 'talks', ['KG', 'KR']), [
            Doc('agreement', 'intergovernmental', '2024-06-12',
                ('Agreement between the Government of the Kyrgyz Republic and the Government of '
                 'the Republic of Korea on the mutual exemption of visa requirements for holders '
                 'of diplomatic and official passports'),
                [('Cabinet of Ministers of the Kyrgyz Republic', 'KG'),
                 ('Government of the Republic of Korea', 'KR')]),
            Doc('memorandum_of_understanding', 'interagency', '2024-06-12',
                ('Memorandum of Understanding between the Ministry of Foreign Affairs of the '
                 'Kyrgyz Republic and the Korea International Cooperation Agency on the '
                 'implementation of development projects'),
                [('Ministry of Foreign Affairs of the Kyrgyz Republic', 'KG'),
                 ('Korea International Cooperation Agency', 'KR')]),
            Doc('memorandum_of_cooperation', 'interagency', '2024-06-12',
                ('Memorandum of Cooperation between the Diplomatic Academy of the Ministry of '
                 'Foreign Affairs of the Kyrgyz Republic and the Korea National Diplomatic '
                 'Academy'),
                [('Diplomatic Academy of the Ministry of Foreign Affairs of the Kyrgyz '
                  'Republic', 'KG'),
                 ('Korea National Diplomatic Academy', 'KR')]),
    ]),
    "gov_ratification_belarus.txt": (None, []),  # ratified or in force: signed earlier, not there
    "companies_gazprom.txt": (
        (None, '', 'other', ['CN', 'KG', 'RU']), [
            Doc('memorandum_of_cooperation', 'other', None,
                'Меморандум о сотрудничестве в сфере геологоразведки',
                [('Кабинет министров КР', 'KG'),
                 ('ПАО «Газпром»', 'RU')]),
            Doc('agreement', 'other', None,
                'Соглашение о поставках природного газа на 2025–2030 годы',
                [('ОсОО «Газпром Кыргызстан»', 'KG'),
                 ('ОАО «Национальная энергетическая холдинговая компания»', None)]),
            Doc('agreement', 'other', None,
                'Инвестиционное соглашение о модернизации мобильной сети',
                [('ЗАО «Альфа Телеком»', 'KG'),
                 ('ПАО «МегаФон»', 'RU')]),
            Doc('agreement', 'other', None,
                ('Соглашение между ОсОО «Кыргыз Кемин Групп» и китайской компанией China Road and '
                 'Bridge Corporation о строительстве цементного завода'),
                [('ОсОО «Кыргыз Кемин Групп»', 'KG'),
                 ('Компания China Road and Bridge Corporation', 'CN')]),
    ]),
    "kyrgyz_kabar.txt": (
        (None, 'Ташкент', 'talks', ['KG', 'UZ']), [
            Doc('declaration', 'interstate', None,
                ('Кыргыз Республикасы менен Өзбекстан Республикасынын ортосундагы стратегиялык '
                 'өнөктөштүктү тереңдетүү жөнүндө декларация'),
                [('Кыргыз Республикасы', 'KG'),
                 ('Өзбекстан Республикасы', 'UZ')]),
            Doc('agreement', 'intergovernmental', None,
                ('Кыргыз Республикасынын Министрлер Кабинети менен Өзбекстан Республикасынын '
                 'Министрлер Кабинетинин ортосундагы эл аралык автомобиль каттамдары жөнүндө '
                 'макулдашуу'),
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),
                 ('Өзбекстан Республикасынын Министрлер Кабинети', 'UZ')]),
            Doc('programme', 'interagency', None,
                ('Кыргыз Республикасынын Маданият, маалымат жана жаштар саясаты министрлиги менен '
                 'Өзбекстан Республикасынын Маданият министрлигинин ортосундагы '
                 '2025-2027-жылдарга кызматташтык программасы'),
                [('Кыргыз Республикасынын Маданият, маалымат жана жаштар саясаты '
                  'министрлиги', 'KG'),
                 ('Өзбекстан Республикасынын Маданият министрлиги', 'UZ')]),
    ]),
    "kyrgyz_narrative.txt": (
        (None, 'Бишкек', 'talks', ['KG', 'KZ']), [
            Doc('agreement', 'intergovernmental', None,
                ('Кыргыз Республикасынын Министрлер Кабинети менен Казакстан Республикасынын '
                 'Өкмөтүнүн ортосундагы туризм тармагындагы кызматташтык жөнүндө макулдашуу'),
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),
                 ('Казакстан Республикасынын Өкмөтү', 'KZ')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Кыргыз Республикасынын Айыл чарба министрлиги менен Казакстан Республикасынын '
                 'Айыл чарба министрлигинин ортосундагы ветеринария тармагындагы өз ара түшүнүшүү '
                 'жөнүндө меморандум'),
                [('Кыргыз Республикасынын Айыл чарба министрлиги', 'KG'),
                 ('Казакстан Республикасынын Айыл чарба министрлиги', 'KZ')]),
    ]),
    "mfa_az_planned.txt": (
        ('2025-03-09', 'Баку', 'consultations', ['AZ', 'KG']), [
            Doc('programme', 'interagency', '2025-03-09',
                ('План консультаций между министерствами иностранных дел Кыргызской Республики и '
                 'Азербайджанской Республики на 2025–2026 годы'),
                [('Министерство иностранных дел Кыргызской Республики', 'KG'),
                 ('Министерство иностранных дел Азербайджанской Республики', 'AZ')]),
    ]),
    "trilateral_khujand.txt": (
        (None, 'Худжанд', 'talks', ['KG', 'TJ', 'UZ']), [
            Doc('treaty', 'interstate', None,
                ('Договор о точке стыка государственных границ Кыргызской Республики, Республики '
                 'Таджикистан и Республики Узбекистан'),
                [('Кыргызская Республика', 'KG'),
                 ('Республика Таджикистан', 'TJ'),
                 ('Республика Узбекистан', 'UZ')],
                multilateral=True),
            Doc('declaration', 'interstate', None,
                'Худжандская декларация о вечной дружбе',
                [('Кыргызская Республика', 'KG'),
                 ('Республика Таджикистан', 'TJ'),
                 ('Республика Узбекистан', 'UZ')],
                multilateral=True),
    ]),
    "english_akipress_tm.txt": (
        ('2024-11-01', 'Bishkek', 'talks', ['KG', 'TM']), [
            Doc('joint_statement', 'interstate', '2024-11-01',
                'Joint Statement',
                [('Kyrgyz Republic', 'KG'),
                 ('Turkmenistan', 'TM')]),
            Doc('agreement', 'intergovernmental', '2024-11-01',
                'Agreement on cooperation in the field of energy',
                [('Cabinet of Ministers of the Kyrgyz Republic', 'KG'),
                 ('Government of Turkmenistan', 'TM')]),
            Doc('agreement', 'interagency', '2024-11-01',
                ('Agreement between the Ministry of Culture of the Kyrgyz Republic and the '
                 'Ministry of Culture of Turkmenistan on cultural cooperation for 2025-2027'),
                [('Ministry of Culture of the Kyrgyz Republic', 'KG'),
                 ('Ministry of Culture of Turkmenistan', 'TM')]),
            Doc('memorandum_of_understanding', 'other', '2024-11-01',
                ('Memorandum of understanding between the Chamber of Commerce and Industry of the '
                 'Kyrgyz Republic and the Union of Industrialists and Entrepreneurs of '
                 'Turkmenistan'),
                [('Chamber of Commerce and Industry of the Kyrgyz Republic', 'KG'),
                 ('Union of Industrialists and Entrepreneurs of Turkmenistan', 'TM')]),
    ]),
    "tass_ratification_base.txt": (None, []),  # ratified or in force: signed earlier, not there
    "health_narrative.txt": (
        ('2025-01-23', '', 'talks', ['KG', 'KR']), [
            Doc('agreement_of_intent', 'interagency', '2025-01-23',
                ('Протокол о намерениях по реализации проекта «Улучшение услуг охраны материнства '
                 'и детства в Чуйской области»'),
                [('Министерство здравоохранения Кыргызской Республики', 'KG'),
                 ('Корейское агентство международного сотрудничества', 'KR')]),
            Doc('agreement', 'other', '2025-01-23',  # with an international organisation
                'Двухгодичное соглашение о сотрудничестве на 2025–2026 годы',
                [('Министерство здравоохранения КР', 'KG'),
                 ('Представительство Всемирной организации здравоохранения в Кыргызской '
                  'Республике', None)]),
    ]),
    "kabar_memorandum_with.txt": (
        (None, 'Бишкек', 'other', ['CN', 'KG']), [
            Doc('memorandum_of_understanding', 'other', None,
                ('Меморандум о взаимопонимании с китайской компанией Power Construction '
                 'Corporation of China (PowerChina) о строительстве солнечной электростанции '
                 'мощностью 300 МВт в Иссык-Кульской области'),
                [('Министерство энергетики Кыргызской Республики', 'KG'),
                 ('Компания Power Construction Corporation of China',
                  'CN')]),
    ]),
    "by_commission_letters.txt": (
        (None, 'Минск', 'commission_session', ['BY', 'KG']), [
            Doc('protocol', 'intergovernmental', None,
                ('Протокол седьмого заседания Межправительственной кыргызско-белорусской комиссии '
                 'по торгово-экономическому сотрудничеству'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Беларусь', 'BY')]),
            Doc('agreement', 'interagency', None,
                ('Соглашение между МЧС КР и МЧС Республики Беларусь о сотрудничестве в области '
                 'предупреждения и ликвидации чрезвычайных ситуаций'),
                [('Министерство чрезвычайных ситуаций КР', 'KG'),
                 ('Министерство чрезвычайных ситуаций Республики Беларусь', 'BY')]),
            Doc('memorandum_of_cooperation', 'interagency', None,
                'Меморандум о сотрудничестве между Минздравом КР и Минздравом Республики Беларусь',
                [('Министерство здравоохранения КР', 'KG'),
                 ('Министерство здравоохранения Республики Беларусь', 'BY')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Республики Беларусь о сотрудничестве в области '
                 'образования'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Беларусь', 'BY')],
                amends=('Соглашение между Правительством Кыргызской Республики и Правительством '
                         'Республики Беларусь о сотрудничестве в области образования',
                        '2016-05-12')),
    ]),
    "english_ratification_kz.txt": (None, []),  # ratified or in force: signed earlier, not there
    "tj_culture_dateline.txt": (  # «, г. Душанбе» in the dateline; a comma in a body's name
        (None, 'Душанбе', 'official_visit', ['KG', 'TJ']), [
            Doc('programme', 'interagency', None,
                ('Программа сотрудничества между Министерством культуры, информации и '
                 'молодежной политики Кыргызской Республики и Министерством культуры Республики '
                 'Таджикистан на 2025-2027 годы'),
                [('Министерство культуры, информации и молодежной политики Кыргызской '
                  'Республики', 'KG'), ('Министерство культуры Республики Таджикистан', 'TJ')]),
        ]),
    "english_tj_passive.txt": (  # «the Ministries of ... of the two countries»; «... was signed»
        (None, 'Bishkek', 'talks', ['KG', 'TJ']), [
            Doc('programme', 'interagency', None,
                ('Plan of Consultations between the Ministries of Foreign Affairs of the two '
                 'countries for 2025-2026'),
                [('Ministry of Foreign Affairs of the Kyrgyz Republic', 'KG'),
                 ('Ministry of Foreign Affairs of the Republic of Tajikistan', 'TJ')]),
            Doc('agreement', 'intergovernmental', None,
                ('Agreement between the Government of the Kyrgyz Republic and the Government of '
                 'the Republic of Tajikistan on the joint management of the Kambarata HPP-1'),
                [('Cabinet of Ministers of the Kyrgyz Republic', 'KG'),
                 ('Government of the Republic of Tajikistan', 'TJ')]),
        ]),
    "kabar_igc_kz_quoted_titles.txt": (  # titles in «» after the parties; «межгосударственных
        # рек» in the subject is no level; the roadmap names no parties: left to the clerk
        (None, 'Бишкек', 'commission_session', ['KG', 'KZ']), [
            Doc('protocol', 'intergovernmental', None,
                'Протокол заседания Межправительственного совета', KG_KZ),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Республики Казахстан «О сотрудничестве в сфере использования '
                 'водно-энергетических ресурсов межгосударственных рек Чу и Талас»'), KG_KZ),
            Doc('memorandum_of_cooperation', 'interagency', None,
                ('Меморандум между Министерством экономики и коммерции КР и Министерством '
                 'торговли и интеграции РК «О создании Центра торгово-экономического '
                 'сотрудничества»'),
                [('Министерство экономики и коммерции КР', 'KG'),
                 ('Министерство торговли и интеграции РК', 'KZ')]),
            Doc('roadmap', 'interagency', None,
                ('Дорожная карта по увеличению взаимного товарооборота до 3 млрд долларов США на '
                 '2026–2030 годы'), []),
        ]),
    "mfa_hu_consultations.txt": (  # «планируется подписание» is no signing; «в г. Будапешт»;
        # the headline (after the ministry's name) says consultations
        ('2025-10-13', 'Будапешт', 'consultations', ['HU', 'KG']), [
            Doc('programme', 'interagency', '2025-10-13',
                ('Программа сотрудничества между Министерством иностранных дел Кыргызской '
                 'Республики и Министерством иностранных дел и внешней торговли Венгрии на '
                 '2026–2027 годы'),
                [('Министерство иностранных дел Кыргызской Республики', 'KG'),
                 ('Министерство иностранных дел и внешней торговли Венгрии', 'HU')]),
        ]),
    "minpros_ru_plan_alias.txt": (  # «План мероприятий («дорожная карта»)» is one document;
        # «Кроме того, был подписан» says nothing of its parties: not copied from the other
        (None, 'Москва', 'ministerial_meeting', ['KG', 'RU']), [
            Doc('agreement', 'interagency', None,
                ('Соглашение между Министерством просвещения Российской Федерации и '
                 'Министерством образования и науки Киргизской Республики о сотрудничестве в '
                 'области общего образования'), RU_KG),
            Doc('programme', 'interagency', None,
                ('План мероприятий («дорожная карта») по направлению российских учителей в '
                 'общеобразовательные организации Киргизской Республики на 2025/2026 учебный '
                 'год'), []),
        ]),
    "president_ratification_headline.txt": (None, []),  # ratified or in force: signed earlier, not there
    "kabar_ots_decision.txt": (  # «и Решение о назначении ...» is a document of its own
        (None, '', 'summit', ['AZ', 'KG', 'KZ', 'TM', 'TR', 'UZ']), [
            Doc('declaration', 'interstate', None, 'Габалинская декларация', OTS,
                multilateral=True),
            Doc('agreement', 'interstate', None,
                ('Соглашение о взаимном признании электронных цифровых подписей государств – '
                 'членов Организации тюркских государств'), OTS, multilateral=True),
            Doc('other', 'interstate', None,
                'Решение о назначении Генерального секретаря Организации тюркских государств',
                OTS, multilateral=True),
        ]),
    "president_mn_state_visit.txt": (  # commas inside ministries' names; agencies in quotes
        (None, 'Бишкек', 'talks', ['KG', 'MN']), [
            Doc('declaration', 'interstate', None,
                ('Декларация об установлении стратегического партнерства между Кыргызской '
                 'Республикой и Монголией'),
                [('Кыргызская Республика', 'KG'), ('Монголия', 'MN')]),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Монголии о взаимном освобождении от визовых требований владельцев '
                 'общегражданских паспортов'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Монголии', 'MN')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Монголии о международном автомобильном сообщении '
                 'от 4 апреля 1999 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Монголии', 'MN')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством Монголии о международном автомобильном сообщении'),
                        '1999-04-04')),
            Doc('programme', 'interagency', None,
                ('Программа сотрудничества между Министерством культуры, информации и '
                 'молодежной политики Кыргызской Республики и Министерством культуры Монголии '
                 'на 2026–2028 годы'),
                [(('Министерство культуры, информации и молодежной политики Кыргызской '
                   'Республики'), 'KG'),
                 ('Министерство культуры Монголии', 'MN')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством сельского хозяйства '
                 'Кыргызской Республики и Министерством продовольствия, сельского хозяйства и '
                 'легкой промышленности Монголии в области ветеринарии'),
                [('Министерство сельского хозяйства Кыргызской Республики', 'KG'),
                 (('Министерство продовольствия, сельского хозяйства и легкой промышленности '
                   'Монголии'), 'MN')]),
            Doc('memorandum_of_cooperation', 'other', None,
                ('Меморандум о сотрудничестве между Национальным информационным агентством '
                 '«Кабар» и Монгольским национальным информационным агентством «Монцамэ»'),
                [('Национальное информационное агентство «Кабар»', 'KG'),
                 ('Монгольское национальное информационное агентство «Монцамэ»', 'MN')]),
        ]),
    "uz_gov_osh_commission.txt": (  # «хокимиятом Андижанской области» (UZ); the forum's
        # contracts «на общую сумму» are no drafts
        (None, 'Ош', 'commission_session', ['KG', 'UZ']), [
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом Министров Республики Узбекистан и Кабинетом '
                 'министров Кыргызской Республики о сотрудничестве в области карантина и защиты'
                 ' растений'),
                [('Кабинет Министров Республики Узбекистан', 'UZ'),
                 ('Кабинет министров Кыргызской Республики', 'KG')]),
            Doc('protocol', 'interagency', None,
                ('Протокол между Министерством внутренних дел Республики Узбекистан и '
                 'Министерством внутренних дел Кыргызской Республики о порядке пересечения '
                 'узбекско-кыргызской государственной границы жителями приграничных районов'),
                [('Министерство внутренних дел Республики Узбекистан', 'UZ'),
                 ('Министерство внутренних дел Кыргызской Республики', 'KG')]),
            Doc('programme', 'interagency', None,
                ('Программа межрегионального сотрудничества между хокимиятом Андижанской '
                 'области и Полномочным представительством Кабинета министров Кыргызской '
                 'Республики в Ошской области на 2025–2027 годы'),
                [('Хокимият Андижанской области', 'UZ'),
                 (('Полномочное представительство Кабинета министров Кыргызской Республики в '
                   'Ошской области'), 'KG')]),
        ]),
    "english_mofa_japan_grant.txt": (  # «was signed between Mr. A, Ambassador of Japan ..., and
        # H.E. Mr. B, Minister ...»; a title ending in a quote
        ('2025-03-13', 'Bishkek', 'other', ['JP', 'KG']), [
            Doc('exchange_of_notes', 'interagency', '2025-03-13',
                ('Exchange of Notes concerning grant aid for "The Project for the Improvement '
                 'of Equipment for Road Maintenance in Osh Region"'),  # (the amount: no name)
                [('Government of Japan', 'JP'),
                 ('Ministry of Foreign Affairs of the Kyrgyz Republic', 'KG')]),
            Doc('agreement', 'interagency', '2025-03-13',
                'Grant Agreement (G/A) for the project',
                [('Japan International Cooperation Agency', 'JP'),
                 ('Cabinet of Ministers of the Kyrgyz Republic', 'KG')]),
        ]),
    "english_eu_samarkand.txt": (  # the EPCA «signed ... in June 2024» is earlier; «worth EUR
        # 20 million», «, paving the way ...» are not the title
        ('2025-04-04', 'Samarkand', 'summit', ['KG']), [
            Doc('agreement', 'other', '2025-04-04',  # with the EU
                ('Financing Agreement on "Green Transition and Energy Efficiency in the Kyrgyz '
                 'Republic"'),
                [('European Union', None), ('Kyrgyz Republic', 'KG')]),
            Doc('memorandum_of_understanding', 'other', '2025-04-04',
                ('Memorandum of Understanding on the preparation of the Kambarata-1 hydropower '
                 'plant'),
                [('European Investment Bank', None),
                 ('Ministry of Energy of the Kyrgyz Republic', 'KG')]),
        ]),
    "kyrgyz_kabar_tr_commission.txt": (  # «... макулдашууга өзгөртүүлөрдү киргизүү тууралуу
        # протокол» amends that agreement
        (None, 'Анкара', 'commission_session', ['KG', 'TR']), [
            Doc('protocol', 'intergovernmental', None,
                'Өкмөттөр аралык комиссиянын 12-жыйынынын протоколу',
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),  # named in Kyrgyz
                 ('Түркия Республикасынын Өкмөтү', 'TR')]),
            Doc('protocol', 'intergovernmental', None,
                ('Кыргыз Республикасынын Министрлер Кабинети менен Түркия Республикасынын '
                 'Өкмөтүнүн ортосундагы инвестицияларды өз ара коргоо жана колдоо жөнүндө '
                 'макулдашууга өзгөртүүлөрдү киргизүү тууралуу протокол'),
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),
                 ('Түркия Республикасынын Өкмөтү', 'TR')],
                amends=(('Кыргыз Республикасынын Министрлер Кабинети менен Түркия '
                         'Республикасынын Өкмөтүнүн ортосундагы инвестицияларды өз ара коргоо '
                         'жана колдоо жөнүндө макулдашуу'),
                        None)),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Кыргыз Республикасынын Айыл чарба министрлиги менен Түркия Республикасынын '
                 'Айыл чарба жана токой министрлигинин ортосундагы өз ара түшүнүшүү жөнүндө '
                 'меморандум'),
                [('Кыргыз Республикасынын Айыл чарба министрлиги', 'KG'),
                 ('Түркия Республикасынын Айыл чарба жана токой министрлиги', 'TR')]),
        ]),
    "tass_kremlin_on_behalf.txt": (  # «Соглашение со стороны российского правительства
        # подписал ...» names the agreement again; «МИД России и МИД Киргизии»
        (None, 'Москва', 'talks', ['KG', 'RU']), [
            Doc('declaration', 'interstate', None,
                ('Декларация о дальнейшем углублении всеобъемлющего стратегического партнерства'
                 ' и союзнического взаимодействия между Российской Федерацией и Киргизской '
                 'Республикой'),
                [('Российская Федерация', 'RU'), ('Кыргызская Республика', 'KG')]),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение о строительстве и оснащении '
                 'общеобразовательных школ с обучением на русском языке в Киргизской Республике'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Российской Федерации', 'RU')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством промышленности и торговли '
                 'Российской Федерации и Министерством экономики и коммерции Киргизской '
                 'Республики о сотрудничестве в сфере промышленной кооперации'),
                [('Министерство промышленности и торговли Российской Федерации', 'RU'),
                 ('Министерство экономики и коммерции Кыргызской Республики', 'KG')]),
            Doc('programme', 'interagency', None,
                'Программа сотрудничества между МИД России и МИД Киргизии на 2026-2027 годы',
                [('Министерство иностранных дел Российской Федерации', 'RU'),
                 ('Министерство иностранных дел Кыргызской Республики', 'KG')]),
        ]),
    "english_uz_mfa_numbered.txt": (  # «... of the Kyrgyz Republic for 2026-2027»; «named
        # after K. Dikambaev»
        ('2026-03-03', 'Tashkent', 'talks', ['KG', 'UZ']), [
            Doc('programme', 'interagency', '2026-03-03',
                ('Plan of Consultations between the Ministry of Foreign Affairs of the Republic'
                 ' of Uzbekistan and the Ministry of Foreign Affairs of the Kyrgyz Republic for'
                 ' 2026-2027'),
                [('Ministry of Foreign Affairs of the Republic of Uzbekistan', 'UZ'),
                 ('Ministry of Foreign Affairs of the Kyrgyz Republic', 'KG')]),
            Doc('agreement', 'intergovernmental', '2026-03-03',
                ('Agreement between the Cabinet of Ministers of the Republic of Uzbekistan and '
                 'the Cabinet of Ministers of the Kyrgyz Republic on mutual recognition of '
                 'documents on education, academic degrees and titles'),
                [('Cabinet of Ministers of the Republic of Uzbekistan', 'UZ'),
                 ('Cabinet of Ministers of the Kyrgyz Republic', 'KG')]),
            Doc('memorandum_of_understanding', 'other', '2026-03-03',
                ('Memorandum of Understanding between the University of World Economy and '
                 'Diplomacy and the Diplomatic Academy of the Ministry of Foreign Affairs of '
                 'the Kyrgyz Republic named after K. Dikambaev'),
                [('University of World Economy and Diplomacy', None),
                 (('Diplomatic Academy of the Ministry of Foreign Affairs of the Kyrgyz '
                   'Republic named after K. Dikambaev'), 'KG')]),
            Doc('protocol', 'intergovernmental', '2026-03-03',
                ('Protocol on Amendments to the Agreement between the Government of the '
                 'Republic of Uzbekistan and the Government of the Kyrgyz Republic on '
                 'International Road Transport of 7 June 1996'),
                [('Government of the Republic of Uzbekistan', 'UZ'),
                 ('Cabinet of Ministers of the Kyrgyz Republic', 'KG')],
                amends=(('Agreement between the Government of the Republic of Uzbekistan and '
                         'the Government of the Kyrgyz Republic on International Road Transport'),
                        '1996-06-07')),
        ]),
    "tj_energy_extension.txt": (  # «Минэнерго КР», «ОАХК «Барки Точик»» (TJ); «на 2026 год» is
        # no date; «... до 31.12.2030 г.» is the protocol's
        ('2025-11-26', 'Душанбе', 'ministerial_meeting', ['KG', 'TJ']), [
            Doc('protocol', 'interagency', '2025-11-26',
                ('Протокол о продлении срока действия Соглашения между Минэнерго КР и '
                 'Минэнерговодресурсов РТ о параллельной работе энергосистем от 14.04.2016 г. '
                 'до 31.12.2030 г.'),
                [('Министерство энергетики КР', 'KG'), ('Минэнерговодресурсов РТ', 'TJ')],
                amends=(('Соглашение между Минэнерго КР и Минэнерговодресурсов РТ о '
                         'параллельной работе энергосистем'),
                        '2016-04-14')),
            Doc('agreement', 'other', '2025-11-26',
                'Соглашение о купле-продаже электроэнергии на 2026 год',
                [('ОАО «Электрические станции»', 'KG'), ('ОАХК «Барки Точик»', 'TJ')]),
            Doc('protocol', 'other', '2025-11-26',
                ('Протокол о прекращении действия Меморандума о взаимопонимании между ОАО '
                 '«Электрические станции» и ОАХК «Барки Точик» от 02.03.2019 г.'),
                [('ОАО «Электрические станции»', 'KG'), ('ОАХК «Барки Точик»', 'TJ')],
                amends=(('Меморандум о взаимопонимании между ОАО «Электрические станции» и ОАХК'
                         ' «Барки Точик»'),
                        '2019-03-02')),
        ]),
    "bishkek_kazan_twinning.txt": (  # «городом Бишкек (Кыргызская Республика)»; «им. И.
        # Раззакова»; «Казанский» university (RU)
        ('2024-06-12', 'Казань', 'other', ['KG', 'RU']), [
            Doc('agreement', 'interagency', '2024-06-12',
                ('Соглашение об установлении побратимских связей между городом Бишкек '
                 '(Кыргызская Республика) и городом Казань (Российская Федерация)'),
                [('Город Бишкек', 'KG'),
                 ('Город Казань', 'RU')]),
            Doc('memorandum_of_cooperation', 'other', '2024-06-12',
                ('Меморандум о сотрудничестве между Кыргызским государственным техническим '
                 'университетом им. И. Раззакова и Казанским национальным исследовательским '
                 'технологическим университетом'),
                [('Кыргызский государственный технический университет им. И. Раззакова', 'KG'),
                 ('Казанский национальный исследовательский технологический университет', 'RU')]),
            Doc('memorandum_of_understanding', 'other', '2024-06-12',
                ('Меморандум о намерениях по обмену опытом в эксплуатации троллейбусного и '
                 'трамвайного транспорта'),
                [('Муниципальное предприятие «Бишкекский пассажирский транспорт»', 'KG'),
                 ('«Метроэлектротранс» г. Казани', None)]),
        ]),
    "azertag_parliaments.txt": (  # «Соглашение ... подписали А и Б»: named before the verb;
        # «Милли Меджлисом», «Жогорку Кенешем»; the 2019 agreement is earlier
        ('2024-04-17', 'Баку', 'official_visit', ['AZ', 'KG']), [
            Doc('agreement', 'interagency', '2024-04-17',
                ('Соглашение о межпарламентском сотрудничестве между Милли Меджлисом '
                 'Азербайджанской Республики и Жогорку Кенешем Кыргызской Республики'),
                [('Милли Меджлис Азербайджанской Республики', 'AZ'),
                 ('Жогорку Кенеш Кыргызской Республики', 'KG')]),
            Doc('memorandum_of_understanding', 'interagency', '2024-04-17',
                ('Меморандум о взаимопонимании в области подготовки парламентских кадров между '
                 'Аппаратом Милли Меджлиса Азербайджанской Республики и Аппаратом Жогорку '
                 'Кенеша Кыргызской Республики'),
                [('Аппарат Милли Меджлиса Азербайджанской Республики', 'AZ'),
                 ('Аппарат Жогорку Кенеша Кыргызской Республики', 'KG')]),
        ]),
    "eaeu_council_short_names.txt": (  # «между МИД КР и МИД Республики Беларусь на 2026–2027
        # гг.»; «Никол Пашинян» brings Armenia
        ('2025-11-26', 'Минск', 'commission_session', ['AM', 'BY', 'KG', 'KZ', 'RU']), [
            Doc('agreement', 'intergovernmental', '2025-11-26',
                ('Соглашение о порядке обращения с прослеживаемыми товарами в рамках '
                 'Евразийского экономического союза'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Армения', 'AM'),
                 ('Правительство Республики Беларусь', 'BY'),
                 ('Правительство Республики Казахстан', 'KZ'),
                 ('Правительство Российской Федерации', 'RU')], multilateral=True),
            Doc('memorandum_of_understanding', 'interagency', '2025-11-26',
                ('Меморандум о взаимопонимании между Минэкономики РФ и Минэкономкоммерции КР о '
                 'сотрудничестве в сфере развития особых экономических зон'),
                [('Министерство экономики РФ', 'RU'), ('Минэкономкоммерции КР', 'KG')]),
            Doc('programme', 'interagency', '2025-11-26',
                ('Программа сотрудничества между МИД КР и МИД Республики Беларусь на 2026–2027 '
                 'гг.'),
                [('Министерство иностранных дел КР', 'KG'),
                 ('Министерство иностранных дел Республики Беларусь', 'BY')]),
            Doc('memorandum_of_cooperation', 'other', '2025-11-26',
                ('Меморандум о сотрудничестве между АО НК «КазМунайГаз» и ОАО «Кыргызнефтегаз» '
                 'в области геологоразведки'),
                [('АО НК «КазМунайГаз»', None), ('ОАО «Кыргызнефтегаз»', None)]),
        ]),
    "english_tca_uae_quotes.txt": (  # «an agreement and several other documents», «back in
        # 2023» in a quote, «exchanged notes on ...»
        ('2025-11-04', 'Abu Dhabi', 'other', ['AE', 'KG']), [
            Doc('agreement', 'intergovernmental', '2025-11-04',
                ('Agreement between the Cabinet of Ministers of the Kyrgyz Republic and the '
                 'Government of the United Arab Emirates on the Promotion and Reciprocal '
                 'Protection of Investments'),
                [('Cabinet of Ministers of the Kyrgyz Republic', 'KG'),
                 ('Government of the United Arab Emirates', 'AE')]),
            Doc('memorandum_of_understanding', 'other', '2025-11-04',
                ('Memorandum of Understanding on the development of a 200 MW solar power plant '
                 'in Issyk-Kul region'),
                [('Ministry of Energy of the Kyrgyz Republic', 'KG'),
                 ('Abu Dhabi Future Energy Company', None)]),
            Doc('exchange_of_notes', 'interagency', '2025-11-04',
                'Exchange of notes on visa exemption for holders of diplomatic passports',
                [('Ministry of Foreign Affairs of the Kyrgyz Republic', 'KG'),
                 ('UAE Ministry of Foreign Affairs', 'AE')]),
        ]),
    "kyrgyz_president_tm.txt": (  # «... өз ара түшүнүшүү меморандуму» is a memorandum of
        # understanding; «Ашхабад шаарында»
        (None, 'Ашхабад', 'talks', ['KG', 'TM']), [
            Doc('joint_statement', 'interstate', None,
                ('Кыргыз Республикасы менен Түркмөнстандын ортосундагы стратегиялык '
                 'өнөктөштүктү тереңдетүү жөнүндө Биргелешкен билдирүү'),
                [('Кыргыз Республикасы', 'KG'), ('Түркмөнстан', 'TM')]),
            Doc('agreement', 'intergovernmental', None,
                ('Кыргыз Республикасынын Министрлер Кабинети менен Түркмөнстандын Министрлер '
                 'Кабинетинин ортосундагы эл аралык автомобиль каттамы жөнүндө макулдашуу'),
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),
                 ('Түркмөнстандын Министрлер Кабинети', 'TM')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Кыргыз Республикасынын Саламаттык сактоо министрлиги менен Түркмөнстандын '
                 'Саламаттык сактоо жана медициналык өнөр жай министрлигинин ортосундагы '
                 'саламаттык сактоо тармагындагы кызматташтык жөнүндө өз ара түшүнүшүү '
                 'меморандуму'),
                [('Кыргыз Республикасынын Саламаттык сактоо министрлиги', 'KG'),
                 ('Түркмөнстандын Саламаттык сактоо жана медициналык өнөр жай министрлиги', 'TM')]),
            Doc('programme', 'interagency', None,
                ('Кыргыз Республикасынын Тышкы иштер министрлиги менен Түркмөнстандын Тышкы '
                 'иштер министрлигинин ортосундагы 2026-2027-жылдарга консультациялар '
                 'программасы'),
                [('Кыргыз Республикасынын Тышкы иштер министрлиги', 'KG'),
                 ('Түркмөнстандын Тышкы иштер министрлиги', 'TM')]),
        ]),
    "pdf_hard_line_breaks.txt": (  # lines broken at a fixed width, «сотрудни-\n
        # честве»
        (None, 'Бишкек', 'talks', ['KG', 'TJ']), [
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Республики Таджикистан о сотрудничестве в области гражданской защиты'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Таджикистан', 'TJ')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством энергетики Кыргызской '
                 'Республики и Министерством энергетики и водных ресурсов Республики '
                 'Таджикистан о сотрудничестве в сфере возобновляемых источников энергии'),
                [('Министерство энергетики Кыргызской Республики', 'KG'),
                 ('Министерство энергетики и водных ресурсов Республики Таджикистан', 'TJ')]),
        ]),
    "uz_numbered_paren_dateline.txt": (  # «Ташкент, 20 ноября» in the dateline, not «в 2026
        # году в Бишкеке» of the next session; «1) ...;» items
        (None, 'Ташкент', 'commission_session', ['KG', 'UZ']), [
            Doc('protocol', 'intergovernmental', None,
                ('Протокол двенадцатого заседания Межправительственной кыргызско-узбекской '
                 'комиссии по двустороннему сотрудничеству'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Узбекистан', 'UZ')]),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Кабинетом '
                 'Министров Республики Узбекистан о сотрудничестве в области ветеринарии'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Кабинет Министров Республики Узбекистан', 'UZ')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством транспорта и коммуникаций '
                 'Кыргызской Республики и Министерством транспорта Республики Узбекистан о '
                 'развитии мультимодальных перевозок'),
                [('Министерство транспорта и коммуникаций Кыргызской Республики', 'KG'),
                 ('Министерство транспорта Республики Узбекистан', 'UZ')]),
        ]),
    "entry_into_force.txt": (None, []),  # ratified or in force: signed earlier, not there
    "tsv_table.txt": (  # a table pasted with tabs: the header row goes, the parties
        # column gives the parties; the title is the title cell as written (the text never
        # wrote «... между Министерством ... и ...»: that title would be ours, not the source's)
        (None, 'Чолпон-Ата', 'talks', ['BY', 'KG']), [
            Doc('memorandum_of_cooperation', 'interagency', None,
                ('Меморандум о сотрудничестве в области развития малого и среднего '
                 'предпринимательства'),
                [('Министерство экономики и коммерции Кыргызской Республики', 'KG'),
                 ('Министерство экономики Республики Беларусь', 'BY')]),
            Doc('programme', 'intergovernmental', None,
                'Программа совместных действий на 2026–2028 годы',
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Беларусь', 'BY')]),
            Doc('agreement', 'other', None, 'Соглашение о сотрудничестве',
                [('Торгово-промышленная палата Кыргызской Республики', 'KG'),
                 ('Белорусская торгово-промышленная палата', 'BY')]),
        ]),
    "quoted_titles_in_sentence.txt": (  # «А», «Б» и «В» in one sentence; the planned «Соглашения
        # о взаимной защите инвестиций» is no draft
        (None, 'Бишкек', 'talks', ['HU', 'KG']), [
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Венгрии о сотрудничестве в области водного хозяйства'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Венгрии', 'HU')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством образования и науки '
                 'Кыргызской Республики и Министерством культуры и инноваций Венгрии о '
                 'стипендиальной программе'),
                [('Министерство образования и науки Кыргызской Республики', 'KG'),
                 ('Министерство культуры и инноваций Венгрии', 'HU')]),
            Doc('programme', 'interagency', None,
                'Программа сотрудничества в области культуры на 2026–2028 годы',
                []),
        ]),
    "windows_nbsp_quotes.txt": (  # CR LF, no-break spaces and hyphens, „…“ and “…”; «в
        # “Соглашение …” от 5 февраля 2021 года» amends it; «перенесено на 2026 год»
        (None, 'Москва', 'commission_session', ['KG', 'RU']), [
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Российской Федерации о сотрудничестве в области учёта и мониторинга трудовой '
                 'миграции'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Российской Федерации', 'RU')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством просвещения Кыргызской '
                 'Республики и Министерством просвещения Российской Федерации о создании '
                 '„Русско-кыргызских школ будущего“'),
                [('Министерство просвещения Кыргызской Республики', 'KG'),
                 ('Министерство просвещения Российской Федерации', 'RU')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в “Соглашение о сотрудничестве в сфере '
                 'подготовки кадров” от 5 февраля 2021 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Российской Федерации', 'RU')],
                amends=('Соглашение о сотрудничестве в сфере подготовки кадров',
                        '2021-02-05')),
        ]),
    "bullets_wrapped_item.txt": (  # «•» items over two lines; «провёл переговоры» comes before
        # «заседанию Высшего ... совета»: talks, not a summit
        (None, 'Астана', 'talks', ['KG', 'KZ']), [
            Doc('programme', 'interagency', None,
                ('Программа сотрудничества между Министерством иностранных дел Кыргызской '
                 'Республики и Министерством иностранных дел Республики Казахстан на 2026–2027 '
                 'годы'),
                [('Министерство иностранных дел Кыргызской Республики', 'KG'),
                 ('Министерство иностранных дел Республики Казахстан', 'KZ')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Республики Казахстан о взаимных поездках граждан '
                 'от 14 мая 2019 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Казахстан', 'KZ')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством Республики Казахстан о взаимных поездках граждан'),
                        '2019-05-14')),
            Doc('memorandum_of_cooperation', 'interagency', None,
                ('Меморандум о сотрудничестве между Дипломатической академией МИД КР и '
                 'Академией государственного управления при Президенте РК'),
                [('Дипломатическая академия Министерства иностранных дел КР', 'KG'),
                 ('Академия государственного управления при Президенте РК', 'KZ')]),
        ]),
    "kyrgyz_numbered_list.txt": (  # a numbered Kyrgyz list
        (None, 'Бишкек', 'talks', ['KG', 'TM']), [
            Doc('agreement', 'intergovernmental', None,
                ('Кыргыз Республикасынын Министрлер Кабинети менен Түркмөнстандын Өкмөтүнүн '
                 'ортосундагы жүк ташуу жаатындагы кызматташтык жөнүндө макулдашуу'),
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),
                 ('Түркмөнстандын Өкмөтү', 'TM')]),
            Doc('programme', 'interagency', None,
                ('Кыргыз Республикасынын Маданият, маалымат жана туризм министрлиги менен '
                 'Түркмөнстандын Маданият министрлигинин ортосундагы 2026–2027-жылдарга маданий'
                 ' кызматташтык программасы'),
                [('Кыргыз Республикасынын Маданият, маалымат жана туризм министрлиги', 'KG'),
                 ('Түркмөнстандын Маданият министрлиги', 'TM')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Кыргыз Республикасынын Тышкы иштер министрлиги менен Түркмөнстандын Тышкы '
                 'иштер министрлигинин ортосундагы өз ара түшүнүшүү жөнүндө меморандум'),
                [('Кыргыз Республикасынын Тышкы иштер министрлиги', 'KG'),
                 ('Түркмөнстандын Тышкы иштер министрлиги', 'TM')]),
        ]),
    "two_events_yesterday_today.txt": (  # «Вчера, 17 ноября, в Ташкенте ... подписали» and
        # «Сегодня в Бишкеке ... подписали» under the dateline of 18 November: each its own day
        ('2025-11-17', 'Бишкек', 'other', ['KG', 'UZ']), [
            Doc('memorandum_of_understanding', 'interagency', '2025-11-17',
                ('Меморандум о взаимопонимании между Министерством экономики и коммерции '
                 'Кыргызской Республики и Министерством инвестиций, промышленности и торговли '
                 'Республики Узбекистан о создании совместного индустриального парка'),
                [('Министерство экономики и коммерции Кыргызской Республики', 'KG'),
                 (('Министерство инвестиций, промышленности и торговли Республики '
                   'Узбекистан'), 'UZ')]),
            Doc('agreement', 'interagency', '2025-11-18',
                ('Соглашение между Министерством сельского хозяйства Кыргызской Республики и '
                 'Министерством сельского хозяйства Республики Узбекистан о сотрудничестве в '
                 'области семеноводства'),
                [('Министерство сельского хозяйства Кыргызской Республики', 'KG'),
                 ('Министерство сельского хозяйства Республики Узбекистан', 'UZ')]),
        ]),
    "english_24kg_igc_list.txt": (  # «The following documents were signed:»; «MFA of
        # Kyrgyzstan»
        ('2025-06-12', 'Osh', 'commission_session', ['KG', 'UZ']), [
            Doc('protocol', 'intergovernmental', '2025-06-12',
                'Protocol of the 15th meeting of the Intergovernmental Commission',
                [('Cabinet of Ministers of the Kyrgyz Republic', 'KG'),
                 ('Government of the Republic of Uzbekistan', 'UZ')]),
            Doc('agreement', 'intergovernmental', '2025-06-12',
                ('Agreement between the Cabinet of Ministers of the Kyrgyz Republic and the '
                 'Government of the Republic of Uzbekistan on cooperation in the field of '
                 'veterinary medicine'),
                [('Cabinet of Ministers of the Kyrgyz Republic', 'KG'),
                 ('Government of the Republic of Uzbekistan', 'UZ')]),
            Doc('memorandum_of_understanding', 'interagency', '2025-06-12',
                ('Memorandum of Understanding between the Ministry of Economy and Commerce of '
                 'the Kyrgyz Republic and the Ministry of Investment, Industry and Trade of the'
                 ' Republic of Uzbekistan on the establishment of a trading house'),
                [('Ministry of Economy and Commerce of the Kyrgyz Republic', 'KG'),
                 (('Ministry of Investment, Industry and Trade of the Republic of '
                   'Uzbekistan'), 'UZ')]),
            Doc('roadmap', 'interagency', '2025-06-12',
                ('Roadmap for the development of the Dostuk-Dostlik border trade zone for '
                 '2025-2027'),
                []),
            Doc('memorandum_of_cooperation', 'interagency', '2025-06-12',
                ('Memorandum of cooperation between the MFA of Kyrgyzstan and the MFA of '
                 'Uzbekistan in the field of archives'),
                [('Ministry of Foreign Affairs of the Kyrgyz Republic', 'KG'),
                 ('Ministry of Foreign Affairs of the Republic of Uzbekistan', 'UZ')]),
        ]),
    "english_akipress_ratification_law.txt": (None, []),  # ratified or in force: signed earlier, not there
    "english_undp_unicef.txt": (  # «The United Nations Development Programme (UNDP) and the
        # Ministry ... today signed a project document»; «UNICEF and the Ministry ...»
        ('2024-11-27', 'Bishkek', 'other', ['KG']), [
            Doc('other', 'other', '2024-11-27',
                'Project document "Strengthening Disaster Resilience in the Kyrgyz Republic"',
                [('United Nations Development Programme', None),
                 ('Ministry of Emergency Situations of the Kyrgyz Republic', 'KG')]),
            Doc('agreement_of_intent', 'other', '2024-11-27',
                'Letter of intent on cooperation in the field of school safety',
                [('UNICEF', None),
                 ('Ministry of Education and Science of the Kyrgyz Republic', 'KG')]),
        ]),
    "english_cn_embassy_letters.txt": (  # «exchanged letters on ...»; «..., China Sign Agreement»
        # in the headline is no participant
        ('2025-03-19', '', 'other', ['CN', 'KG']), [
            Doc('agreement', 'intergovernmental', '2025-03-19',
                ('Agreement on Economic and Technical Cooperation between the Government of the'
                 " People's Republic of China and the Government of the Kyrgyz Republic"),
                [("Government of the People's Republic of China", 'CN'),
                 ('Cabinet of Ministers of the Kyrgyz Republic', 'KG')]),
            Doc('exchange_of_notes', 'intergovernmental', '2025-03-19',
                ("Exchange of letters on the China-aided project of the Bishkek children's "
                 'hospital'),  # «The two sides also exchanged»: the agreement's sides
                [("Government of the People's Republic of China", 'CN'),
                 ('Cabinet of Ministers of the Kyrgyz Republic', 'KG')]),
        ]),
    "negated_far_from_noun.txt": (  # «Соглашение ..., подписание которого было заявлено ...,
        # так и не было подписано»
        (None, 'Баткен', 'official_visit', ['KG', 'TJ']), [
            Doc('protocol', 'intergovernmental', None,
                ('Протокол заседания рабочих групп топографов Кыргызской Республики и '
                 'Республики Таджикистан'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Таджикистан', 'TJ')]),
        ]),
    "interview_signed_earlier.txt": (  # «Меморандум ... мы подписали в Пекине в сентябре 2024
        # года»: earlier, and no meeting
        None, []),
    "registration_numbers.txt": (  # «(рег. № 45-2025)» is no part of a title
        (None, 'Москва', 'commission_session', ['KG', 'RU']), [
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом Министров Кыргызской Республики и Правительством '
                 'Российской Федерации о сотрудничестве в области образования'),
                [('Кабинет Министров Кыргызской Республики', 'KG'),
                 ('Правительство Российской Федерации', 'RU')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Российской Федерации о торгово-экономическом '
                 'сотрудничестве от 20 июня 2017 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Российской Федерации', 'RU')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством Российской Федерации о торгово-экономическом '
                         'сотрудничестве'),
                        '2017-06-20')),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством здравоохранения Кыргызской '
                 'Республики и Министерством здравоохранения Российской Федерации'),
                [('Министерство здравоохранения Кыргызской Республики', 'KG'),
                 ('Министерство здравоохранения Российской Федерации', 'RU')]),
        ]),
    "cn_state_visit_signed_earlier.txt": (  # «Соглашение ... стороны подписали в июне 2024 года»:
        # earlier, and its Uzbek party no country of the meeting; «, по которому ...»
        (None, 'Пекин', 'talks', ['CN', 'KG']), [
            Doc('joint_statement', 'interstate', None,
                ('Совместное заявление КР и КНР о дальнейшем углублении отношений '
                 'всеобъемлющего стратегического партнерства в новую эпоху'),
                [('Кыргызская Республика', 'KG'), ('Китайская Народная Республика', 'CN')]),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров КР и правительством КНР об экономическом'
                 ' и техническом сотрудничестве'),
                [('Кабинет министров КР', 'KG'), ('Правительство КНР', 'CN')]),
            Doc('agreement', 'other', None,
                ('Кредитное соглашение между Министерством финансов КР и Экспортно-импортным '
                 'банком Китая для реконструкции автодороги Бишкек — Нарын — Торугарт'),
                [('Министерство финансов КР', 'KG'), ('Экспортно-импортный банк Китая', 'CN')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством образования и науки КР и '
                 'Министерством образования КНР о создании филиала Пекинского университета '
                 'языка и культуры в Бишкеке'),
                [('Министерство образования и науки КР', 'KG'),
                 ('Министерство образования КНР', 'CN')]),
            Doc('protocol', 'interagency', None,
                ('Протокол о фитосанитарных требованиях к экспорту вишни из КР в КНР между '
                 'Министерством водных ресурсов, сельского хозяйства и перерабатывающей '
                 'промышленности КР и Главным таможенным управлением КНР'),
                [(('Министерство водных ресурсов, сельского хозяйства и перерабатывающей '
                   'промышленности КР'), 'KG'),
                 ('Главное таможенное управление КНР', 'CN')]),
            Doc('agreement', 'other', None,
                'Соглашение о совместной геологоразведке',
                [('ОАО «Кыргызнефтегаз»', 'KG'),
                 ('Китайская национальная нефтегазовая корпорация', 'CN')]),
        ]),
    "kyrgyz_az_amends_dated.txt": (  # «... 2004-жылдын 15-июнундагы макулдашууга өзгөртүүлөрдү
        # киргизүү тууралуу протокол»; «Эске салсак, ... 1997-жылы кол коюлган»
        (None, 'Баку', 'talks', ['AZ', 'KG']), [
            Doc('declaration', 'interstate', None,
                ('Кыргыз Республикасы менен Азербайжан Республикасынын ортосундагы стратегиялык'
                 ' өнөктөштүк жөнүндө декларация'),
                [('Кыргыз Республикасы', 'KG'), ('Азербайжан Республикасы', 'AZ')]),
            Doc('agreement', 'intergovernmental', None,
                ('Кыргыз Республикасынын Министрлер Кабинети менен Азербайжан Республикасынын '
                 'Өкмөтүнүн ортосундагы эл аралык автомобиль каттамдары жөнүндө макулдашуу'),
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),
                 ('Азербайжан Республикасынын Өкмөтү', 'AZ')]),
            Doc('protocol', 'intergovernmental', None,
                ('Кыргыз Республикасынын Өкмөтү менен Азербайжан Республикасынын Өкмөтүнүн '
                 'ортосундагы кирешеге салынуучу салыктарды кош салууну болтурбоо жөнүндө '
                 '2004-жылдын 15-июнундагы макулдашууга өзгөртүүлөрдү киргизүү тууралуу '
                 'протокол'),
                [('Кыргыз Республикасынын Өкмөтү', 'KG'),
                 ('Азербайжан Республикасынын Өкмөтү', 'AZ')],
                amends=(('Кыргыз Республикасынын Өкмөтү менен Азербайжан Республикасынын '
                         'Өкмөтүнүн ортосундагы кирешеге салынуучу салыктарды кош салууну '
                         'болтурбоо жөнүндө макулдашуу'),
                        '2004-06-15')),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Кыргыз Республикасынын Билим берүү жана илим министрлиги менен Азербайжан '
                 'Республикасынын Илим жана билим берүү министрлигинин ортосундагы жогорку '
                 'билим берүү чөйрөсүндөгү кызматташтык жөнүндө өз ара түшүнүшүү меморандуму'),
                [('Кыргыз Республикасынын Билим берүү жана илим министрлиги', 'KG'),
                 ('Азербайжан Республикасынын Илим жана билим берүү министрлиги', 'AZ')]),
            Doc('memorandum_of_cooperation', 'other', None,
                ('«Кыргызгаз» ААКы менен SOCAR компаниясынын ортосундагы кызматташтык жөнүндө '
                 'меморандум'),
                [('«Кыргызгаз» ААК', None), ('SOCAR', None)]),
        ]),
    "hu_in_particular.txt": (  # «подписан ряд документов. В частности, соглашение ... и
        # рамочное соглашение ...»; «приветствовали вступление в силу Соглашения ...»
        ('2025-09-17', 'Будапешт', 'talks', ['HU', 'KG']), [
            Doc('agreement', 'intergovernmental', '2025-09-17',
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Венгрии о сотрудничестве в области водного хозяйства'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Венгрии', 'HU')]),
            Doc('agreement', 'other', '2025-09-17',
                ('Рамочное соглашение между Министерством финансов КР и АО «Венгерский '
                 'Эксимбанк» об открытии кредитной линии'),
                [('Министерство финансов КР', 'KG'), ('АО «Венгерский Эксимбанк»', 'HU')]),
            Doc('protocol', 'intergovernmental', '2025-09-17',
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Венгрии о сотрудничестве в области образования от'
                 ' 2 октября 2019 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Венгрии', 'HU')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством Венгрии о сотрудничестве в области образования'),
                        '2019-10-02')),
            Doc('memorandum_of_understanding', 'interagency', '2025-09-17',
                ('Меморандум о взаимопонимании между Государственным агентством по делам '
                 'молодежи, физической культуры и спорта при Кабинете министров КР и Венгерским'
                 ' государственным агентством по спорту'),
                [(('Государственное агентство по делам молодежи, физической культуры и спорта '
                   'при Кабинете министров КР'), 'KG'),
                 ('Венгерское государственное агентство по спорту', 'HU')]),
            Doc('programme', 'interagency', '2025-09-17',
                ('Программа сотрудничества между Министерством образования и науки КР и '
                 'Министерством культуры и инноваций Венгрии в рамках стипендиальной программы '
                 '«Stipendium Hungaricum» на 2026–2028 годы'),
                [('Министерство образования и науки КР', 'KG'),
                 ('Министерство культуры и инноваций Венгрии', 'HU')]),
        ]),
    "jp_passing_date.txt": (  # «Соглашение ..., подписанное 2 февраля 2006 года» is not the
        # meeting's date
        (None, 'Токио', 'talks', ['JP', 'KG']), [
            Doc('joint_statement', 'interstate', None,
                ('Совместное заявление о расширенном партнерстве между Кыргызской Республикой и'
                 ' Японией'),
                [('Кыргызская Республика', 'KG'), ('Япония', 'JP')]),
            Doc('exchange_of_notes', 'intergovernmental', None,
                ('Обмен нотами между Кабинетом министров КР и Правительством Японии о '
                 'предоставлении безвозмездной помощи для реализации проекта по улучшению '
                 'оборудования для содержания дорог японских иен'),
                [('Кабинет министров КР', 'KG'), ('Правительство Японии', 'JP')]),
            Doc('agreement', 'interagency', None,
                ('Соглашение о гранте между Министерством финансов КР и Японским агентством '
                 'международного сотрудничества (JICA)'),
                [('Министерство финансов КР', 'KG'),
                 ('Японское агентство международного сотрудничества', 'JP')]),
            Doc('memorandum_of_cooperation', 'interagency', None,
                ('Меморандум о сотрудничестве между Министерством водных ресурсов, сельского '
                 'хозяйства и перерабатывающей промышленности КР и Министерством сельского '
                 'хозяйства, лесного хозяйства и рыболовства Японии'),
                [(('Министерство водных ресурсов, сельского хозяйства и перерабатывающей '
                   'промышленности КР'), 'KG'),
                 (('Министерство сельского хозяйства, лесного хозяйства и рыболовства '
                   'Японии'), 'JP')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Японии о поощрении и защите инвестиций'),
                [('Кабинет министров Кыргызской Республики', 'KG'), ('Правительство Японии', 'JP')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством Японии о поощрении и защите инвестиций'),
                        None)),
            Doc('memorandum_of_understanding', 'other', None,
                ('Меморандум о взаимопонимании между Кыргызским национальным университетом '
                 'имени Жусупа Баласагына и Университетом Цукуба'),
                [('Кыргызский национальный университет имени Жусупа Баласагына', 'KG'),
                 ('Университет Цукуба', None)]),
        ]),
    "kyrgyz_tj_ratification_exchange.txt": (  # «... келишимдин ратификациялык грамоталары менен
        # алмашышты»: signed on 13 March 2025, not at this meeting (no draft, as the import
        # corpus's keys have it)
        ('2025-08-27', 'Бишкек', 'talks', ['KG', 'TJ']), [
            Doc('treaty', 'interstate', '2025-08-27',
                ('Кыргыз Республикасы менен Тажикстан Республикасынын ортосундагы стратегиялык '
                 'өнөктөштүк жөнүндө келишим'),
                [('Кыргыз Республикасы', 'KG'), ('Тажикстан Республикасы', 'TJ')]),
            Doc('agreement', 'intergovernmental', '2025-08-27',
                ('Кыргыз Республикасынын Министрлер Кабинети менен Тажикстан Республикасынын '
                 'Өкмөтүнүн ортосундагы мамлекеттик чек ара аркылуу өткөрүү пункттары жөнүндө '
                 'макулдашуу'),
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),
                 ('Тажикстан Республикасынын Өкмөтү', 'TJ')]),
            Doc('agreement', 'intergovernmental', '2025-08-27',
                ('Кыргыз Республикасынын Министрлер Кабинети менен Тажикстан Республикасынын '
                 'Өкмөтүнүн ортосундагы суу ресурстарын биргелешип пайдалануу жөнүндө '
                 'макулдашуу'),
                [('Кыргыз Республикасынын Министрлер Кабинети', 'KG'),
                 ('Тажикстан Республикасынын Өкмөтү', 'TJ')]),
            Doc('programme', 'interstate', '2025-08-27',
                ('Кыргыз Республикасы менен Тажикстан Республикасынын ортосундагы '
                 '2026–2030-жылдарга экономикалык кызматташтык программасы'),
                [('Кыргыз Республикасы', 'KG'), ('Тажикстан Республикасы', 'TJ')]),
            Doc('protocol', 'interagency', '2025-08-27',
                ('Кыргыз Республикасынын Ички иштер министрлиги менен Тажикстан Республикасынын'
                 ' Ички иштер министрлигинин ортосундагы кызматташтык жөнүндө протокол'),
                [('Кыргыз Республикасынын Ички иштер министрлиги', 'KG'),
                 ('Тажикстан Республикасынын Ички иштер министрлиги', 'TJ')]),
            Doc('memorandum_of_understanding', 'other', '2025-08-27',
                ('«Кыргызтелеком» ААКы менен «Таджиктелеком» ААКынын ортосундагы өз ара '
                 'түшүнүшүү меморандуму'),
                [('«Кыргызтелеком» ААК', None), ('«Таджиктелеком» ААК', None)]),
        ]),
    "ir_witness_banks.txt": (  # «вступившего в силу 15 мая 2025 года» is not the meeting's
        # date; «В присутствии глав правительств ОАО «Айыл Банк» и ...»
        (None, 'Тегеран', 'official_visit', ['IR', 'KG']), [
            Doc('protocol', 'intergovernmental', None,
                ('Итоговый протокол десятого заседания Межправительственной кыргызско-иранской '
                 'комиссии по торгово-экономическому сотрудничеству'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Исламской Республики Иран', 'IR')]),
            Doc('agreement', 'intergovernmental', None,
                'Соглашение о сотрудничестве и взаимной помощи в таможенных делах',
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Исламской Республики Иран', 'IR')]),
            Doc('agreement', 'intergovernmental', None,
                'Соглашение о взаимной правовой помощи по уголовным делам',
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Исламской Республики Иран', 'IR')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                'Меморандум о взаимопонимании в области туризма',
                []),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Исламской Республики Иран о международных '
                 'автомобильных перевозках пассажиров и грузов от 1995 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Исламской Республики Иран', 'IR')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством Исламской Республики Иран о международных '
                         'автомобильных перевозках пассажиров и грузов'),
                        '1995')),
            Doc('agreement', 'other', None,
                'Соглашение об установлении корреспондентских отношений',
                [('ОАО «Айыл Банк»', 'KG'), ('Банк Мелли Ирана', 'IR')]),
        ]),
    "english_kr_companies.txt": (  # «between Kyrgyzaltyn OJSC and Korea Zinc Co., Ltd.»
        (None, 'Seoul', 'talks', ['KG', 'KR']), [
            Doc('joint_statement', 'interstate', None,
                ('Joint Statement on the establishment of a strategic partnership between the '
                 'Kyrgyz Republic and the Republic of Korea'),
                [('Kyrgyz Republic', 'KG'), ('Republic of Korea', 'KR')]),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Memorandum of Understanding between the Ministry of Labour, Social Security '
                 'and Migration of the Kyrgyz Republic and the Ministry of Employment and Labor'
                 ' of the Republic of Korea on the sending and receiving of workers under the '
                 'Employment Permit System'),
                [('Ministry of Labour, Social Security and Migration of the Kyrgyz Republic', 'KG'),
                 ('Ministry of Employment and Labor of the Republic of Korea', 'KR')]),
            Doc('protocol', 'intergovernmental', None,
                ('Protocol amending the Agreement between the Government of the Kyrgyz Republic'
                 ' and the Government of the Republic of Korea on air services of 22 May 2008'),
                [('Cabinet of Ministers of the Kyrgyz Republic', 'KG'),
                 ('Government of the Republic of Korea', 'KR')],
                amends=(('Agreement between the Government of the Kyrgyz Republic and the '
                         'Government of the Republic of Korea on air services'),
                        '2008-05-22')),
            Doc('memorandum_of_cooperation', 'interagency', None,
                ('Memorandum of Cooperation between the Ministry of Natural Resources, Ecology '
                 'and Technical Supervision of the Kyrgyz Republic and the Ministry of Trade, '
                 'Industry and Energy of the Republic of Korea in the field of critical '
                 'minerals'),
                [(('Ministry of Natural Resources, Ecology and Technical Supervision of the '
                   'Kyrgyz Republic'), 'KG'),
                 ('Ministry of Trade, Industry and Energy of the Republic of Korea', 'KR')]),
            Doc('memorandum_of_understanding', 'other', None,
                'Memorandum of Understanding between Kyrgyzaltyn OJSC and Korea Zinc Co., Ltd',
                [('Kyrgyzaltyn OJSC', 'KG'), ('Korea Zinc Co., Ltd', 'KR')]),
        ]),
    "kz_akorda_venue.txt": (  # «В Астане в резиденции «Ак Орда»»: the venue; the page's
        # «date 2025-05-14» alone dates nothing, nor «Сегодня мы вывели наши отношения ...»
        # in a quote (no sentence says when the talks were)
        (None, 'Астана', 'talks', ['KG', 'KZ']), [
            Doc('treaty', 'interstate', None,
                ('Договор о союзнических отношениях между Кыргызской Республикой и Республикой '
                 'Казахстан'),
                [('Кыргызская Республика', 'KG'), ('Республика Казахстан', 'KZ')]),
            Doc('joint_statement', 'interstate', None,
                'Совместное заявление президентов Кыргызской Республики и Республики Казахстан',
                [('Кыргызская Республика', 'KG'), ('Республика Казахстан', 'KZ')]),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Республики Казахстан о сотрудничестве в области использования '
                 'водно-энергетических ресурсов межгосударственных рек'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Казахстан', 'KZ')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Республики Казахстан о международном '
                 'автомобильном сообщении от 12 марта 2009 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Республики Казахстан', 'KZ')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством Республики Казахстан о международном автомобильном '
                         'сообщении'),
                        '2009-03-12')),
            Doc('programme', 'interstate', None,
                ('Программа экономического сотрудничества между Кыргызской Республикой и '
                 'Республикой Казахстан на 2025–2030 годы'),
                [('Кыргызская Республика', 'KG'), ('Республика Казахстан', 'KZ')]),
            Doc('memorandum_of_cooperation', 'interagency', None,
                ('Меморандум о сотрудничестве между Министерством цифрового развития и '
                 'инновационных технологий КР и Министерством цифрового развития, инноваций и '
                 'аэрокосмической промышленности РК'),
                [('Министерство цифрового развития и инновационных технологий КР', 'KG'),
                 (('Министерство цифрового развития, инноваций и аэрокосмической промышленности'
                   ' РК'), 'KZ')]),
            Doc('agreement', 'other', None,
                ('Соглашение между ОАО «Национальная электрическая сеть Кыргызстана» и АО '
                 '«KEGOC» о параллельной работе энергосистем'),
                [('ОАО «Национальная электрическая сеть Кыргызстана»', 'KG'),
                 ('АО «KEGOC»', None)]),
        ]),
    "tr_beshtepe_venue.txt": (  # «В Президентском комплексе «Бештепе»»
        (None, 'Анкара', 'summit', ['KG', 'TR']), [
            Doc('declaration', 'interstate', None,
                ('Совместная декларация седьмого заседания Высшего совета стратегического '
                 'сотрудничества между Кыргызской Республикой и Турецкой Республикой'),
                [('Кыргызская Республика', 'KG'), ('Турецкая Республика', 'TR')]),
            Doc('agreement', 'intergovernmental', None,
                ('Соглашение между Кабинетом министров Кыргызской Республики и Правительством '
                 'Турецкой Республики о взаимной защите секретной информации'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Турецкой Республики', 'TR')]),
            Doc('protocol', 'intergovernmental', None,
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством Турецкой Республики о поощрении и взаимной защите'
                 ' инвестиций от 28 апреля 1992 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'),
                 ('Правительство Турецкой Республики', 'TR')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством Турецкой Республики о поощрении и взаимной защите '
                         'инвестиций'),
                        '1992-04-28')),
            Doc('memorandum_of_understanding', 'interagency', None,
                ('Меморандум о взаимопонимании между Министерством обороны Кыргызской '
                 'Республики и Министерством национальной обороны Турецкой Республики о '
                 'военно-образовательном сотрудничестве'),
                [('Министерство обороны Кыргызской Республики', 'KG'),
                 ('Министерство национальной обороны Турецкой Республики', 'TR')]),
            Doc('programme', 'interagency', None,
                ('Программа сотрудничества в области культуры между Министерством культуры, '
                 'информации и молодежной политики КР и Министерством культуры и туризма '
                 'Турецкой Республики на 2026–2028 годы'),
                [('Министерство культуры, информации и молодежной политики КР', 'KG'),
                 ('Министерство культуры и туризма Турецкой Республики', 'TR')]),
            Doc('memorandum_of_cooperation', 'interagency', None,
                ('Меморандум о сотрудничестве между Национальным агентством по инвестициям при '
                 'Президенте КР и Офисом по инвестициям Администрации Президента Турецкой '
                 'Республики'),
                [('Национальное агентство по инвестициям при Президенте КР', 'KG'),
                 ('Офис по инвестициям Администрации Президента Турецкой Республики', 'TR')]),
        ]),
    "uae_agency_dateline.txt": (  # «АБУ-ДАБИ (АКИpress) -»: the city; «Абу-Дабийским фондом»
        ('2026-01-14', 'Абу-Даби', 'talks', ['AE', 'KG']), [
            Doc('agreement', 'interstate', '2026-01-14',
                ('Соглашение о всеобъемлющем экономическом партнерстве между Кыргызской '
                 'Республикой и Объединенными Арабскими Эмиратами'),
                [('Кыргызская Республика', 'KG'), ('Объединённые Арабские Эмираты', 'AE')]),
            Doc('agreement', 'other', '2026-01-14',
                ('Соглашение между Министерством финансов КР и Абу-Дабийским фондом развития о '
                 'предоставлении кредита для строительства Казарманского каскада ГЭС'),
                [('Министерство финансов КР', 'KG'), ('Абу-Дабийский фонд развития', 'AE')]),
            Doc('agreement', 'other', '2026-01-14',
                ('Соглашение между ОАО «Электрические станции» и компанией Masdar о реализации '
                 'проекта строительства солнечной электростанции мощностью 200 МВт в '
                 'Иссык-Кульской области'),
                [('ОАО «Электрические станции»', None), ('Компания Masdar', None)]),
            Doc('memorandum_of_understanding', 'other', '2026-01-14',
                ('Меморандум о взаимопонимании между Национальным агентством по инвестициям при'
                 ' Президенте КР и холдингом ADQ о создании совместного инвестиционного фонда'),
                [('Национальное агентство по инвестициям при Президенте КР', 'KG'),
                 ('Холдинг ADQ', None)]),
            Doc('protocol', 'intergovernmental', '2026-01-14',
                ('Протокол о внесении изменений в Соглашение между Правительством Кыргызской '
                 'Республики и Правительством ОАЭ о воздушном сообщении от 5 марта 2014 года'),
                [('Кабинет министров Кыргызской Республики', 'KG'), ('Правительство ОАЭ', 'AE')],
                amends=(('Соглашение между Правительством Кыргызской Республики и '
                         'Правительством ОАЭ о воздушном сообщении'),
                        '2014-03-05')),
            Doc('memorandum_of_cooperation', 'other', '2026-01-14',
                ('Меморандум о сотрудничестве между ОАО Международный аэропорт «Манас» и '
                 'компанией DP World о развитии логистического хаба'),
                [('ОАО Международный аэропорт «Манас»', None), ('Компания DP World', None)]),
        ]),
}


def meeting_of(out: dict) -> tuple | None:
    m = out["meeting"]
    return m and (m["date"], m["city"], m["kind"], m["countries"])


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_texts(name, index):
    meeting, expected = TEXTS[name]
    out = parse(name, index)
    assert meeting_of(out) == meeting
    got = out["instruments"]
    assert [i["title"] for i in got] == [d.title for d in expected]
    for inst, doc in zip(got, expected):
        assert (inst["kind"], inst["level"], inst["signed_date"]) == (doc.kind, doc.level,
                                                                      doc.signed), doc.title
        if isinstance(doc.parties, countries):
            assert sorted(p["country"] for p in inst["parties"]) == doc.parties
        else:
            assert parties(inst) == doc.parties
        assert inst["amends"] == (None if doc.amends is None else
                                  {"title": doc.amends[0], "date": doc.amends[1]})
        assert inst["multilateral"] == doc.multilateral


def test_every_test_text_is_in_a_table():
    assert {p.name for p in DATA.glob("*.txt")} == set(CASES) | set(TEXTS)
    assert not set(CASES) & set(TEXTS)


@pytest.mark.parametrize("name, absent", [
    ("akipress_uz_ministers.txt", "водных ресурсов"),  # «обсудили проект ..., планируется»
    ("mfa_az_planned.txt", "энергетики"),  # «подписание которого планируется»
    ("mfa_az_planned.txt", "транспорта"),  # «будет подписан в апреле»
    ("mfa_az_planned.txt", "стратегическом партнерстве"),  # «реализации Договора ...»
    ("companies_gazprom.txt", "газопровода"),  # «Подписание ... запланировано на осень»
    ("companies_gazprom.txt", "ПМЭФ"),  # the headline's «соглашения»
    ("english_akipress_tm.txt", "roadmap"),  # «is expected to be signed»
    ("by_commission_letters.txt", "2025–2027"),  # «договоренность о подписании в 2025 году»
    ("kabar_memorandum_with.txt", "China Energy"),  # «Ранее, в 2023 году, ... подписало»
    ("gov_ratification_belarus.txt", "с Беларусью"),  # the headline's «протокола с Беларусью»
    ("kyrgyz_narrative.txt", "суу ресурстары"),  # «кол коюу пландалууда»
])
def test_documents_not_signed_there_are_not_drafts(name, absent, index):
    titles = " ".join(i["title"] for i in parse(name, index)["instruments"])
    assert absent.lower() not in titles.lower()


@pytest.mark.parametrize("name, subjects", [
    ("kyrgyz.txt", ["санитардык-эпидемиологиялык бакубаттуулукту камсыз кылуу", "кардиология"]),
    ("kyrgyz_kabar.txt", ["стратегиялык өнөктөштүктү тереңдетүү",
                          "эл аралык автомобиль каттамдары", ""]),  # «кызматташтык программасы»
    ("kyrgyz_narrative.txt", ["туризм", "ветеринария"]),
])
def test_subjects_of_documents_named_in_kyrgyz(name, subjects, index):
    """As written before «тармагындагы» or «жөнүндө» (the nominative already); «кызматташтык
    жөнүндө» (about cooperation) says nothing."""
    assert [i["subject"] for i in parse(name, index)["instruments"]] == subjects


@pytest.mark.parametrize("name, people", [
    ("trilateral_khujand.txt", ["Садыр Жапаров", "Эмомали Рахмон", "Шавкат Мирзиёев"]),
    ("akipress_uz_ministers.txt", ["Садыр Жапаров", "Шавкат Мирзиёев", "Жээнбек Кулубаев",
                                   "Бахтиёр Саидов", "Таалайбек Ибраев",
                                   "Журабек Мирзамахмудов"]),
    ("english_mfa_korea.txt", ["Jeenbek Kulubaev", "Cho Tae-yul"]),
    ("kyrgyz_kabar.txt", ["Шавкат Мирзиёев", "Садыр Жапаров"]),
    ("kyrgyz_narrative.txt", ["Адылбек Касымалиев", "Олжас Бектенов"]),
    ("tj_culture_dateline.txt", ["Мамбетали Асанов"]),  # a first name the dictionary lacks
    ("english_tj_passive.txt", ["Jeenbek Kulubaev", "Sirojiddin Muhriddin"]),
    ("english_eu_samarkand.txt", ["Jozef Síkela", "Almaz Baketaev"]),
    ("kyrgyz_kabar_tr_commission.txt", ["Бакыт Төрөбаев"]),  # not «Түркия Республикасынын»
    ("mfa_hu_consultations.txt", ["Алмаз Иманалиев"]),
    ("kyrgyz_numbered_list.txt", ["Адылбек Касымалиев", "Рашид Мередов"]),
    ("two_events_yesterday_today.txt", ["Бакыт Сыдыков", "Лазиз Кудратов", "Бакыт Торобаев",
                                        "Ибрагим Абдурахмонов"]),
    ("english_tca_uae_quotes.txt", ["Adylbek Kasymaliev", "Bakyt Sydykov",
                                    "Mohamed Hassan Alsuwaidi", "Taalaibek Ibraev"]),
])
def test_participants_in_the_nominative(name, people, index):
    assert parse(name, index)["meeting"]["participants"] == people


@pytest.mark.parametrize("said, name", [
    ("провел переговоры с Председателем КНР Си Цзиньпином.", "Си Цзиньпин"),
    ("по приглашению Премьера Госсовета КНР Ли Цяна.", "Ли Цян"),
    ("встретился с Министром иностранных дел КНР Ван И.", "Ван И"),
    ("и Посол Польши Ян Новак обсудили сотрудничество.", "Ян Новак"),
    ("встретился с Министром иностранных дел Республики Корея Ким Сан Уком.", "Ким Сан Ук"),
    ("принял Посла Республики Корея Ли Джэ Мёна.", "Ли Джэ Мён"),
    ("и Министр Таджикистана Сироджиддин Мухриддин подписали.", "Сироджиддин Мухриддин"),
    ("встретился с министром Мамбетали Асановым.", "Мамбетали Асанов"),
    ("встретился с министром Алмазом Бакетаевым.", "Алмаз Бакетаев"),
    ("принял Посла Казахстана Каната Садыкова.", "Канат Садыков"),
    ("встретился с министром Догдуркул Кендирбаевой.", "Догдуркул Кендирбаева"),
    ("и Министр Казахстана Алмасадам Саткалиев подписали.", "Алмасадам Саткалиев"),
    ("и Премьер-министр Армении Никол Пашинян.", "Никол Пашинян"),
    ("менен Түркмөнстандын Президенти Сердар Бердимухамедовдун.", "Сердар Бердимухамедов"),
    ("провёл переговоры с Министром иностранных дел Казахстана Мурат Нуртлеу.", "Мурат Нуртлеу"),
    ("встретился с Министром иностранных дел Казахстана Муратом Нуртлеу.", "Мурат Нуртлеу"),
    ("направил письмо Премьер-министру Таджикистана Кохиру Расулзода.", "Кохир Расулзода"),
])
def test_participants_named_in_other_traditions(said, name, index):
    """A Chinese given name declines only when it ends in «н», a Korean one after any
    consonant; «Новак» is left whole; «Сироджиддин» ends like a Kyrgyz genitive but is not one;
    «Мамбетали» is unknown to the dictionary and does not decline."""
    assert participants(f"Президент КР Садыр Жапаров {said}", index) == ["Садыр Жапаров", name]


@pytest.mark.parametrize("title", [
    "Кызматташтык жөнүндө өз ара түшүнүшүү меморандуму", "Маданият жаатындагы меморандум",
    "Туризм тармагындагы кызматташтык жөнүндө меморандум", "Меморандум", "Memorandum",
    "Меморандум между X и Y", "Жол картасы", "Обмен нотами", "Exchange of notes on visas",
    "Решение о назначении", "План мероприятий («дорожная карта»)", "Plan of Consultations",
    "Enhanced Partnership and Cooperation Agreement", "Экспортно-импортные контракты",
])
def test_every_kind_found_is_a_kind_of_the_vocabulary(title):
    """A code outside the vocabulary made the registry refuse the whole import."""
    assert kind_of(title) in KINDS.codes()


def test_the_kind_tables_hold_only_codes_of_the_vocabulary():
    tables = {kind for _pattern, kind in kinds._KINDS + kinds._KY_KINDS}
    assert tables - {"memorandum"} <= set(KINDS.codes())  # «memorandum»: decided in kind_of


def one(text: str, index) -> dict:
    inst, = as_json(parse_press_release(text, TODAY, index))["instruments"]
    return inst


@pytest.mark.parametrize("text, signed, amends", [
    ("Протокол о внесении изменений в Соглашение о торговле, подписанное в 2015 году, был "
     "подписан 10 апреля 2025 года.", "2025-04-10", "2015"),
    ("Стороны подписали Протокол о внесении изменений в Соглашение между Правительством КР "
     "и Правительством РК о торговле, подписанное 12 марта 2009 года.", None, "2009-03-12"),
    ("Kyrgyzstan and Uzbekistan signed an agreement on the demarcation of the state border "
     "on 5 June 2024 in Tashkent.", "2024-06-05", None),
    ("Подписание Соглашения между Правительством КР и Правительством РФ о миграции состоялось "
     "5 марта 2024 года в Москве.", "2024-03-05", None),
    ("5 марта 2024 года подписано Соглашение о купле-продаже электроэнергии на 2026 год.",
     "2024-03-05", None),  # the period it covers, not its date
    ("5 марта 2024 года подписана Программа сотрудничества между МИД КР и МИД РФ на "
     "2026–2027 гг.", "2024-03-05", None),
])
def test_each_date_goes_to_its_instrument(text, signed, amends, index):
    inst = one(text, index)
    assert inst["signed_date"] == signed
    assert (inst["amends"] or {}).get("date") == amends
    assert "2015" not in inst["title"] and "June" not in inst["title"]


@pytest.mark.parametrize("text, expected", [
    ("Кыргызстан и Казахстан подписали соглашение о демаркации границы.",
     [("Кыргызская Республика", "KG"), ("Республика Казахстан", "KZ")]),
    ("Министр сельского хозяйства КР Бакыт Торобаев и Чрезвычайный и Полномочный Посол Японии в "
     "КР Кэнъити Мацумото подписали Обмен нотами о предоставлении гранта.",
     [("Министерство сельского хозяйства КР", "KG"), ("Правительство Японии", "JP")]),
    ("The Ministry of Economy and Commerce of the Kyrgyz Republic and the Ministry of Commerce "
     "of the People's Republic of China signed a Memorandum of Understanding on e-commerce.",
     [("Ministry of Economy and Commerce of the Kyrgyz Republic", "KG"),
      ("Ministry of Commerce of the People's Republic of China", "CN")]),
    ("По итогам встречи между Министерством финансов КР и Азиатским банком развития подписано "
     "Соглашение о гранте на сумму 50 млн долларов США.",
     [("Министерство финансов КР", "KG"), ("Азиатский банк развития", None)]),
    ("Following the summit, the Heads of State of the CIS member states signed the Agreement "
     "on cooperation in the field of migration.", None),
    ("Председатель Кабинета Министров Кыргызской Республики – Руководитель Администрации "
     "Президента Акылбек Жапаров и Премьер-министр Республики Казахстан Алихан Смаилов "
     "подписали Соглашение о сотрудничестве в области транспорта.",
     [("Кабинет Министров Кыргызской Республики", "KG"),
      ("Правительство Республики Казахстан", "KZ")]),
    ("Foreign Minister of the Kyrgyz Republic Jeenbek Kulubaev and Foreign Minister of Georgia "
     "Ilia Darchiashvili signed a Memorandum on cooperation in the field of diplomatic training.",
     [("Ministry of Foreign Affairs of the Kyrgyz Republic", "KG"),
      ("Ministry of Foreign Affairs of Georgia", "GE")]),
    ("Глава МИД Кыргызстана Жээнбек Кулубаев и его турецкий коллега Хакан Фидан подписали "
     "Меморандум о сотрудничестве между дипломатическими академиями.",
     [("Министерство иностранных дел Кыргызской Республики", "KG"),
      ("Министерство иностранных дел Турецкой Республики", "TR")]),
    ("По итогам переговоров главы МИД Кыргызстана и Туркменистана подписали Программу "
     "сотрудничества между министерствами иностранных дел на 2025-2026 годы.",
     [("Министерство иностранных дел Кыргызской Республики", "KG"),
      ("Министерство иностранных дел Туркменистана", "TM")]),
    ("Министры сельского хозяйства Кыргызстана и Казахстана подписали Меморандум о "
     "взаимопонимании в области ветеринарии.",
     [("Министерство сельского хозяйства Кыргызской Республики", "KG"),
      ("Министерство сельского хозяйства Республики Казахстан", "KZ")]),
    ("Президенты Кыргызстана и Туркменистана подписали Договор о стратегическом партнерстве.",
     [("Кыргызская Республика", "KG"), ("Туркменистан", "TM")]),
    ("ЗАО «Кыргызтелеком» и китайская корпорация Huawei Technologies Co., Ltd. заключили "
     "контракт на строительство сети 5G стоимостью $30 млн.",
     [("ЗАО «Кыргызтелеком»", "KG"),
      ("Корпорация Huawei Technologies Co., Ltd.", "CN")]),
    ("On 15 May 2024 in Bishkek the Minister of Foreign Affairs of the Kyrgyz Republic and the "
     "Ambassador of Austria signed the Agreement between the Government of the Kyrgyz Republic "
     "and the Austrian Federal Government on readmission.",
     [("Cabinet of Ministers of the Kyrgyz Republic", "KG"),
      ("Austrian Federal Government", "AT")]),
    ("В присутствии председателя Кабинета министров Адылбека Касымалиева ОАО «Кыргызнефтегаз» "
     "и китайская компания Sinopec подписали инвестиционное соглашение о геологоразведке.",
     [("ОАО «Кыргызнефтегаз»", "KG"), ("Компания Sinopec", "CN")]),
    ("In the presence of Prime Minister Adylbek Kasymaliev, the Ministry of Energy of the Kyrgyz "
     "Republic and the Asian Development Bank signed a grant agreement on energy efficiency.",
     [("Ministry of Energy of the Kyrgyz Republic", "KG"), ("Asian Development Bank", None)]),
])
def test_parties_named_outside_the_title(text, expected, index):
    inst = one(text, index)
    if expected is None:  # the member states
        assert inst["multilateral"] and len(inst["parties"]) == 8
        assert ("Kyrgyz Republic", "KG") in parties(inst)
    else:
        assert parties(inst) == expected
    assert "сумму" not in inst["title"]


@pytest.mark.parametrize("text", [
    "Стороны парафировали Соглашение между Кабинетом министров КР и Правительством РК о торговле.",
    "Соглашение о сотрудничестве в области туризма не было подписано из-за разногласий сторон.",
    "Ожидается, что в ходе визита будет подписано соглашение о безвизовом режиме.",
    "Стороны достигли договоренности о подписании Меморандума о сотрудничестве в сфере туризма.",
    "The sides discussed a draft agreement on visa-free travel to be signed next year.",
    "Стороны обсудили подписание соглашения о строительстве каскада ГЭС, которое намечено на "
    "сентябрь.",
    "В ходе визита планируется подписание Соглашения между Кабинетом министров КР и "
    "Правительством Венгрии о социальном обеспечении.",
])
def test_not_signed(text, index):
    assert as_json(parse_press_release(text, TODAY, index))["instruments"] == []


@pytest.mark.parametrize("text, expected", [
    ("Подписано Соглашение между Кабинетом\nминистров КР и Правительством РК.",
     "Подписано Соглашение между Кабинетом министров КР и Правительством РК."),
    ("о сотрудни-\nчестве", "о сотрудничестве"),
    # a headline and a dateline, short lines of a header, stay apart
    ("Кыргызстан и Казахстан подписали соглашения\nБишкек, 26 ноября 2025 года",
     "Кыргызстан и Казахстан подписали соглашения\nБишкек, 26 ноября 2025 года"),
    # list items stay apart, and an item is never joined to the line after it
    ("Подписаны:\n- Соглашение о торговле;\n- Меморандум о туризме\nа также Протокол о связи",
     "Подписаны:\n- Соглашение о торговле;\n- Меморандум о туризме\nа также Протокол о связи"),
    ("№\tНаименование\tСтороны\n1\tМеморандум о туризме\tМинистерство А КР – Министерство Б РК",
     "\n1. Меморандум о туризме"),  # the sides go to the document's parties
    ("Текст.\r\nБ\u00a0в\u2011г\u00ad", "Текст.\nБ в-г"),
])
def test_text_as_pasted_is_normalised(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("name, venue", [
    ("kz_akorda_venue.txt", "Резиденция «Ак Орда»"),  # not «Астана в резиденции ...»
    ("tr_beshtepe_venue.txt", "Президентский комплекс «Бештепе»"),
    ("kyrgyz_tj_ratification_exchange.txt", "«Ынтымак Ордо»"),  # «... резиденциясында»
    ("cn_state_visit_signed_earlier.txt", "Дом народных собраний"),
    ("windows_nbsp_quotes.txt", ""),  # «в “Соглашение ...”» is no venue
])
def test_venues(name, venue, index):
    assert parse(name, index)["meeting"]["venue"] == venue
