#!/usr/bin/env python3
"""Build dyad's actor dictionaries.

Usage:
    python3 tools/build_actors.py /work/shared/data data/actors

Reads the shared source data (first argument) and writes into the output
directory (second argument):

  countries.tsv  generated from the country sources plus the hand-maintained
                 tables below (extra names, Arabic nisba adjectives, capitals
                 in ar/fa/ru/tr/az, seats of power, historical states);
  people.tsv     generated from the hand-maintained PEOPLE table below and, for
                 heads of state and government it lacks, leaders/wikidata-heads-
                 2022-10.csv (Wikidata, CC0) corrected by WIKIDATA_END/_SKIP_*;
  cities.tsv     generated from geonames/cities15000.txt and the Debian
                 libgeonames-common name catalogues (cities of 100,000 or more).

organisations.tsv, sectors.tsv, guards.tsv, coref.tsv and not_actors.tsv are
hand-written; the script validates organisations.tsv and sectors.tsv with the
generated files and prints counts per file, language and kind (`dyad actors
--check` validates every file dyad loads).

Python 3 standard library only.  Output is deterministic: same input, same
bytes.
"""

import csv
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

LANGS = ("en", "ar", "fa", "ru", "tr", "az", "*")
KINDS = ("country", "adj", "people", "capital", "seat", "city", "org", "person")
KIND_ORDER = {"country": 0, "adj": 1, "people": 2, "capital": 3, "seat": 4, "city": 5, "org": 6, "person": 7}
CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")

# ---------------------------------------------------------------------------
# Code conventions
# ---------------------------------------------------------------------------

# world-countries cca3 -> CAMEO code where they differ.
# Kosovo has no ISO code; world-countries says UNK, CAMEO/Phoenix use KSV.
CODE_OVERRIDE = {"UNK": "KSV"}

# When one surface (same language, after matcher-like normalisation) is
# claimed by several codes, the code set is looked up here; the value wins.
# Sets not listed here are dropped entirely (printed as warnings).
PREFER_SETS = {
    frozenset(["COD", "COG"]): "COD",          # bare "Congo" usually means DR Congo
    frozenset(["OMN", "JOR"]): "OMN",          # Arabic عمان: Oman / Amman (kept as Oman)
    frozenset(["JAM", "NFK"]): "JAM",          # Kingston
    frozenset(["DOM", "DMA"]): "DOM",          # "Dominican"
    frozenset(["ABW", "BES"]): "ABW",          # Oranjestad
    frozenset(["GBR", "VGB"]): "GBR",
    frozenset(["USA", "VIR"]): "USA",
    frozenset(["USA", "UMI"]): "USA",
    frozenset(["CHN", "HKG"]): "CHN",
    frozenset(["CHN", "MAC"]): "CHN",
    frozenset(["CHN", "HKG", "MAC"]): "CHN",
    frozenset(["FRA", "GUF"]): "FRA",
    frozenset(["SDN", "SSD"]): "SDN",
}

# ---------------------------------------------------------------------------
# English: names to skip / add
# ---------------------------------------------------------------------------

# Surfaces never emitted for English (ambiguous with ordinary words or other
# places, or not names at all).  Compared case-insensitively.
EN_SKIP = {
    "island",        # Iceland altSpelling; ordinary word
    "prathet", "thai", "lao", "togolese", "saudi",   # adjectives / fragments as country names
                                                      # (an EN_ADJ_EXTRA adjective is kept)
    "viti", "timor", "mann", "mannin", "guiana", "dominique",
    "portuguesa", "mexicanos", "emirates",           # "Emirates" = the airline
    "reunion",       # ordinary word; "Réunion" (with accent) is kept
    "jersey",        # New Jersey, sports jersey; "Bailiwick of Jersey" kept
    "man",           # Isle of Man; "Isle of Man" kept
    "georgia and the south sandwich islands",
    "the valley", "the bottom", "bes islands",
    "korea",         # ambiguous between north and south
    "papuan", "papuans",  # in the news mostly Indonesia's Papuans (organisations.tsv)
    "virgin islands",
    "saint martin (french part)", "sint maarten (dutch part)",
}

EN_EXTRA = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America"],
    # (Iraq's Kurdistan Region is of Iraq: "Iraqi Kurdistan's regional president".)
    "IRQ": ["Iraqi Kurdistan", "Kurdistan Region of Iraq"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom",
            "United Kingdom of Great Britain and Northern Ireland",
            "England", "Scotland", "Wales", "Northern Ireland"],
    "RUS": ["Russia", "Russian Federation"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "PRK": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "KOR": ["South Korea", "Republic of Korea", "ROK"],
    "CHN": ["China", "PRC", "People's Republic of China", "Mainland China"],
    "TWN": ["Taiwan", "Republic of China"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo",
            "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo"],
    "COG": ["Congo-Brazzaville", "Republic of Congo", "Republic of the Congo", "Congo Republic"],
    "ARE": ["UAE", "U.A.E.", "United Arab Emirates"],
    "SAU": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    "SYR": ["Syria", "Syrian Arab Republic"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian Territories",
            "Occupied Palestinian Territories", "Palestinian territories",
            "West Bank", "Gaza", "Gaza Strip"],
    "CZE": ["Czech Republic", "Czechia"],
    "MKD": ["Macedonia", "North Macedonia", "FYROM"],
    "SWZ": ["Swaziland", "Eswatini"],
    "MMR": ["Burma", "Myanmar"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "TLS": ["East Timor", "Timor-Leste"],
    "VAT": ["Holy See", "Vatican", "Vatican City"],
    "NLD": ["Holland", "Netherlands"],
    "KSV": ["Kosovo", "Republic of Kosovo"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "AZE": ["Azerbaijan", "Republic of Azerbaijan", "Azerbaijan Republic"],
    "ARM": ["Armenia", "Republic of Armenia"],
    "GEO": ["Georgia", "Republic of Georgia"],
    "MDA": ["Moldova", "Moldavia"],
    "BLR": ["Belarus", "Byelorussia", "Belorussia"],
    "KGZ": ["Kyrgyzstan", "Kirghizia", "Kyrgyz Republic"],
    "KAZ": ["Kazakhstan", "Kazakstan"],
    "IRN": ["Iran", "Islamic Republic of Iran"],
    "LAO": ["Laos"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LCA": ["St Lucia", "St. Lucia"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "GMB": ["Gambia", "The Gambia"],
    "BHS": ["Bahamas"],
    "PHL": ["Philippines"],
    "REU": ["Réunion"],
    "JEY": ["Bailiwick of Jersey"],
    "IMN": ["Isle of Man"],
    "FLK": ["Falkland Islands", "Falklands", "Malvinas"],
    "ESH": ["Western Sahara"],
    "UKR": ["Ukraine"],
}

# Historical states and names: (code, surface, from, to)
EN_HISTORIC = [
    ("SUN", "Soviet Union", "", "1991-12-26"),
    ("SUN", "USSR", "", "1991-12-26"),
    ("SUN", "U.S.S.R.", "", "1991-12-26"),
    ("SUN", "Union of Soviet Socialist Republics", "", "1991-12-26"),
    ("YUG", "Yugoslavia", "", "2003-02-04"),
    ("SCG", "Serbia and Montenegro", "2003-02-04", "2006-06-05"),
    ("CSK", "Czechoslovakia", "", "1992-12-31"),
    ("DDR", "East Germany", "1949-10-07", "1990-10-03"),
    ("DDR", "German Democratic Republic", "1949-10-07", "1990-10-03"),
    ("DEU", "West Germany", "1949-05-23", "1990-10-03"),
    ("COD", "Zaire", "1971-10-27", "1997-05-17"),
    ("ZWE", "Rhodesia", "", "1979-12-12"),
    ("LKA", "Ceylon", "", "1972-05-22"),
    ("BFA", "Upper Volta", "", "1984-08-04"),
    ("BEN", "Dahomey", "", "1975-11-30"),
    ("KAZ", "Nur-Sultan", "2019-03-23", "2022-09-17"),
]
EN_HISTORIC_ADJ = [
    ("SUN", "Soviet", "", "1991-12-26"),
    ("SUN", "Soviets", "", "1991-12-26"),
    ("YUG", "Yugoslav", "", "2003-02-04"),
    ("CSK", "Czechoslovak", "", "1992-12-31"),
    ("DDR", "East German", "1949-10-07", "1990-10-03"),
    ("DDR", "East Germans", "1949-10-07", "1990-10-03"),
]

# ---------------------------------------------------------------------------
# English adjectives / demonyms (countries/adjectivals-demonyms-en.tsv)
# ---------------------------------------------------------------------------

# (iso2, lower-case item) -> cca3 code to use instead, or None to skip.
# The source file folds some overseas territories into their parent state and
# lists nouns next to adjectives; these are sorted out here.
ADJ_REMAP = {
    ("FR", "french guianese"): "GUF", ("FR", "french southern territories"): None,
    ("FR", "guadeloupe"): None, ("FR", "guadeloupians"): "GLP", ("FR", "guadeloupeans"): "GLP",
    ("FR", "martiniquais"): "MTQ", ("FR", "martinican"): "MTQ", ("FR", "martiniquaises"): "MTQ",
    ("FR", "mahoran"): "MYT", ("FR", "mahorans"): "MYT",
    ("FR", "réunionese"): "REU", ("FR", "réunionnais"): "REU", ("FR", "réunionnaises"): "REU",
    ("GB", "united kingdom"): None, ("GB", "uk"): None, ("GB", "scotland"): None,
    ("GB", "wales"): None, ("GB", "gibraltar"): None, ("GB", "gibraltarians"): "GIB",
    ("GB", "english"): None,          # also the language: "said in English"
    ("NL", "bonaire"): None, ("NL", "sint eustatius"): None, ("NL", "saban"): None,
    ("NL", "bonaire dutch"): None, ("NL", "saba dutch"): None,
    ("NL", "bonairean"): "BES", ("NL", "statian"): "BES", ("NL", "statians"): "BES",
    ("NO", "bouvet island"): None, ("NO", "jan mayen"): None, ("NO", "svalbard"): None,
    ("NO", "bouvet islanders"): None, ("NO", "jan mayen residents"): None,
    ("NO", "svalbard residents"): None,
    ("NZ", "tokelauan"): "TKL", ("NZ", "tokelauans"): "TKL", ("NZ", "new zealand"): None,
    ("US", "united states"): None, ("US", "u.s."): None,
    ("CG", "congolese"): None,        # kept for COD only
    ("DM", "dominican"): None, ("DM", "dominicans"): None,   # kept for DOM only
    ("KP", "koreans"): None, ("KR", "koreans"): None,
    ("HK", "chinese"): None, ("MO", "chinese"): None,
    ("IR", "persian"): None, ("IR", "persians"): None,       # "Persian Gulf"
    ("IL", "israelite"): None,
    ("ET", "habesha"): None, ("BI", "barundi"): None, ("RW", "banyarwanda"): None,
    ("MM", "myanma"): None, ("MM", "myanmar"): None, ("LA", "laos"): None,
    ("VA", "vaticanian"): None, ("VA", "vaticanians"): None,
    ("JE", "jersey"): None, ("JE", "jèrriais"): None, ("GG", "guernsey"): None,
    ("GL", "greenland"): None, ("LU", "luxembourg"): None, ("KI", "kiribati"): None,
    ("BW", "botswana"): None, ("SX", "sint maarten"): None, ("WF", "wallis and futuna"): None,
    ("HM", "heard island"): None, ("HM", "mcdonald island"): None,
    ("HM", "heard islanders"): None, ("HM", "mcdonald islanders"): None,
    ("GS", "south georgia island"): None, ("GS", "south sandwich island"): None,
}
ADJ_SKIP_ISO2 = {"AQ", "IO", "TF", "UM", "BV"}

EN_ADJ_EXTRA = {
    "AUS": ["Australian", "Australians"],
    "SGP": ["Singaporean", "Singaporeans"],
    "AZE": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "TJK": ["Tajik"],
    "GBR": ["Briton", "Britons", "Englishman", "Englishmen", "Scot"],
    "BLR": ["Belarussian", "Belarusians", "Byelorussian"],
    "KGZ": ["Kyrgyz"],
    "COD": ["Congolese"],
    "DOM": ["Dominican", "Dominicans"],
    "PRK": ["North Korean", "North Koreans"],
    # (A Korean named bare in the news is a South Korean: "a Korean businessman wanted in
    # Seoul", "Korean labourers"; the peninsula and the war are no actor, not_actors.tsv.)
    "KOR": ["South Korean", "South Koreans", "Korean", "Koreans"],
    "CPV": ["Cape Verdean", "Cape Verdeans"],
    "KSV": ["Kosovar", "Kosovars", "Kosovan"],
    "UKR": ["Ukrainian", "Ukrainians"],
    "PSE": ["Palestinian", "Palestinians"],
    "ARE": ["Emirati", "Emiratis"],
    "SAU": ["Saudi"],
    "THA": ["Thai"],
    "TGO": ["Togolese"],
    "LAO": ["Lao"],                          # "the Lao government", "his Lao counterpart"
    "KUR": ["Kurdish", "Kurd", "Kurds"],     # CAMEO ethnic code
    # (A state's Kurds are its own: "Iraqi Kurdish security forces", "an Iranian Kurdish
    # opposition party".)
    "IRQ": ["Iraqi Kurdish"],
    "IRN": ["Iranian Kurdish"],
    "SYR": ["Syrian Kurdish"],
    "TUR": ["Turkish Kurdish"],
    # (A region's people are their state's, where the region lies in one state only:
    # "Galician fishermen", "a Calabrian businessman", "the Sicilian port of Mazara".)
    "ITA": ["Sicilian", "Sardinian", "Calabrian", "Neapolitan", "Venetian"],
    "ESP": ["Galician", "Andalusian", "Catalan", "Canarian", "Asturian"],
    "DEU": ["Bavarian"],
    "FRA": ["Corsican", "Alsatian"],
    "BEL": ["Flemish", "Walloon"],
}

# ---------------------------------------------------------------------------
# Capitals
# ---------------------------------------------------------------------------

# English capital surfaces (from world-countries) that are left out.
CAPITAL_SKIP = {
    "jerusalem",      # status disputed; also the site of many Palestinian events
    "hamilton", "douglas", "jamestown", "plymouth", "the valley", "stanley",
    "victoria", "city of victoria", "west island", "flying fish cove",
    "king edward point", "adamstown", "the bottom", "kralendijk",
    "saint-denis", "saint-pierre", "george town", "cayenne", "diego garcia",
    "san juan", "bloemfontein", "cape town", "lobamba", "sucre",
    "male",           # ASCII fold of Malé
    "san jose",       # ASCII fold of San José (California)
}
EN_CAPITAL_EXTRA = {
    # Capitals stand for their country, like every other capital ("talks with
    # Washington" -> USA); only seats of power (the White House) name the government.
    "USA": ["Washington", "Washington, D.C.", "Washington DC", "Washington D.C."],
    "UKR": ["Kyiv", "Kiev"],
    "IRN": ["Tehran", "Teheran"],
    "YEM": ["Sanaa", "Sana'a"],
    "MNG": ["Ulaanbaatar", "Ulan Bator"],
    "BOL": ["La Paz"],
    "SWZ": ["Mbabane"],
}

CAPITAL_DATES = {
    "YEM": ("", "2014-09-21"),   # Sanaa has been held by the Houthis since then
}

# Arabic capitals, hand-written.  code -> list of surfaces.
AR_CAPITALS = {
    "RUS": ["موسكو"], "USA": ["واشنطن"], "GBR": ["لندن"], "FRA": ["باريس"],
    "DEU": ["برلين"], "CHN": ["بكين", "بيجين"], "JPN": ["طوكيو"], "IND": ["نيودلهي", "نيو دلهي"],
    "PAK": ["إسلام آباد", "إسلام أباد"], "AFG": ["كابل", "كابول"], "IRN": ["طهران"], "IRQ": ["بغداد"],
    "SYR": ["دمشق"], "LBN": ["بيروت"], "ISR": ["تل أبيب"], "PSE": ["رام الله"],
    "SAU": ["الرياض"], "ARE": ["أبوظبي", "أبو ظبي"], "QAT": ["الدوحة"], "BHR": ["المنامة"],
    "YEM": ["صنعاء"], "EGY": ["القاهرة"], "LBY": ["طرابلس"],
    "MAR": ["الرباط"], "SDN": ["الخرطوم"], "SSD": ["جوبا"], "SOM": ["مقديشو"],
    "ETH": ["أديس أبابا"], "ERI": ["أسمرة"], "KEN": ["نيروبي"], "NGA": ["أبوجا"],
    "ZAF": ["بريتوريا"], "MRT": ["نواكشوط"], "MLI": ["باماكو"], "NER": ["نيامي"],
    "TCD": ["نجامينا", "انجامينا"], "SEN": ["داكار"], "TUR": ["أنقرة"], "AZE": ["باكو"],
    "ARM": ["يريفان", "يرفان"], "GEO": ["تبليسي"], "UKR": ["كييف"], "BLR": ["مينسك"],
    "KAZ": ["أستانا"], "UZB": ["طشقند"], "TKM": ["عشق آباد", "عشق أباد"], "TJK": ["دوشنبه"],
    "KGZ": ["بيشكيك"], "MDA": ["كيشيناو"], "POL": ["وارسو"], "CZE": ["براغ"],
    "SVK": ["براتيسلافا"], "HUN": ["بودابست"], "AUT": ["فيينا"], "CHE": ["برن"],
    "ITA": ["روما"], "ESP": ["مدريد"], "PRT": ["لشبونة"], "BEL": ["بروكسل"],
    "NLD": ["أمستردام"], "GRC": ["أثينا"], "CYP": ["نيقوسيا"], "SRB": ["بلغراد"],
    "HRV": ["زغرب"], "ROU": ["بوخارست"], "SWE": ["ستوكهولم"], "NOR": ["أوسلو"],
    "DNK": ["كوبنهاغن", "كوبنهاجن"], "FIN": ["هلسنكي"], "EST": ["تالين"], "LVA": ["ريغا"],
    "LTU": ["فيلنيوس"], "IRL": ["دبلن"], "ISL": ["ريكيافيك"], "CAN": ["أوتاوا"],
    "MEX": ["مكسيكو سيتي"], "BRA": ["برازيليا"], "ARG": ["بوينس آيرس"], "VEN": ["كاراكاس"],
    "CUB": ["هافانا"], "CHL": ["سانتياغو"], "COL": ["بوغوتا"], "PER": ["ليما"],
    "PRK": ["بيونغ يانغ", "بيونغيانغ"], "VNM": ["هانوي"],
    "THA": ["بانكوك"], "IDN": ["جاكرتا"], "MYS": ["كوالالمبور", "كوالا لمبور"], "PHL": ["مانيلا"],
    "AUS": ["كانبرا"], "NZL": ["ويلينغتون"], "BGD": ["دكا"], "LKA": ["كولومبو"],
    "NPL": ["كاتماندو"], "MMR": ["نايبيداو"], "MNG": ["أولان باتور"], "TWN": ["تايبيه"],
    "KSV": ["بريشتينا"], "ALB": ["تيرانا"], "MKD": ["سكوبيه"], "BIH": ["سراييفو"],
    "SVN": ["ليوبليانا"], "MNE": ["بودغوريتسا"], "UGA": ["كمبالا"], "TZA": ["دودوما"],
    "RWA": ["كيغالي"], "COD": ["كينشاسا"], "AGO": ["لواندا"], "ZWE": ["هراري"],
    "ZMB": ["لوساكا"], "GHA": ["أكرا"], "CMR": ["ياوندي"], "BGR": [],
    "NIC": ["ماناغوا"],
    # Africa
    "BFA": ["واغادوغو", "واجادوجو"], "BDI": ["غيتيغا", "جيتيجا"], "BEN": ["بورتو نوفو"],
    "BWA": ["غابورون", "جابورون"], "CAF": ["بانغي"], "COG": ["برازافيل"],
    "CIV": ["ياموسوكرو"], "CPV": ["برايا"], "GAB": ["ليبرفيل"], "GMB": ["بانجول"],
    "GIN": ["كوناكري"], "GNQ": ["مالابو"], "GNB": ["بيساو"], "COM": ["موروني"],
    "LBR": ["مونروفيا"], "LSO": ["ماسيرو"], "MDG": ["أنتاناناريفو"],
    "MUS": ["بورت لويس", "بور لويس"], "MWI": ["ليلونغوي", "ليلونجوي"], "MOZ": ["مابوتو"],
    "NAM": ["ويندهوك"], "SLE": ["فريتاون", "فري تاون"], "STP": ["ساو تومي"],
    "SWZ": ["مبابان", "مباباني"], "TGO": ["لومي"],
    # Asia, Europe
    "BRN": ["بندر سري بيغاوان", "بندر سري بكاوان"], "BTN": ["تيمفو", "ثيمفو"],
    "KHM": ["بنوم بنه"], "LAO": ["فيينتيان", "فينتيان"], "AND": ["أندورا لا فيلا"],
    "LIE": ["فادوز", "فادوتس"], "MLT": ["فاليتا"],
    # The Americas
    "BRB": ["بريدجتاون", "بريدج تاون"], "BHS": ["ناساو"], "BLZ": ["بلموبان"],
    "DOM": ["سانتو دومينغو", "سانتو دومينجو"], "GTM": ["غواتيمالا سيتي", "مدينة غواتيمالا"],
    "HND": ["تيغوسيغالبا", "تيجوسيجالبا"],
    "HTI": ["بورت أو برنس", "بور أو برنس", "بورتو برنس", "بورت أو برانس"],
    "KNA": ["باستير"], "LCA": ["كاستريس"], "PRY": ["أسونسيون"], "SUR": ["باراماريبو"],
    "SLV": ["سان سلفادور", "سان سالفادور"], "TTO": ["بورت أوف سبين"],
    "URY": ["مونتيفيديو", "مونتفيديو"], "VCT": ["كينغستاون"], "JAM": ["كينغستون", "كينجستون"],
    # Oceania
    "FJI": ["سوفا"], "FSM": ["باليكير"], "KIR": ["تاراوا"], "MHL": ["ماجورو"],
    "PNG": ["بورت مورسبي"], "PLW": ["نغيرولمود"], "SLB": ["هونيارا"],
    "TON": ["نوكوالوفا", "نوكو ألوفا"], "TUV": ["فونافوتي"], "VUT": ["بورت فيلا"],
    # مسقط with a guard (guards.tsv): "مسقط رأسه" is a birthplace.
    "OMN": ["مسقط"],
    # Left out: سيول (Seoul; also "torrents", and سول is Somalia's Sool region), ماليه (Malé; = مالية "finance"), ديلي (Dili; "Daily" Mail/
    # Telegraph), كيتو (Quito; also the keto diet), أبيا (Apia; أبيّا "proud"), روسو (Roseau;
    # Rousseau, and Rosso in Mauritania), فيكتوريا (Victoria, Seychelles), سان خوسيه (San José;
    # also California), جورج تاون (Georgetown; also Cayman and Penang), كينغستون (Kingston;
    # also Ontario), سانت جونز (St. John's; also Newfoundland), سانت جورجز (St. George's), بانجي
    # (Bangui; also "bungee"), يارين (Nauru has no official capital).  As in English, seats of
    # government and former capitals are not capitals: كوتونو (Cotonou), أبيدجان (Abidjan) and
    # بوجمبورا (Bujumbura); لاباز (La Paz, an English capital) stays a city in cities.tsv for
    # now (as a capital it would leave that file).  Where the capital is named like the country
    # (جيبوتي، تونس، الجزائر، لوكسمبورغ، موناكو، سنغافورة، سان مارينو، بنما، الفاتيكان) the
    # country entry already covers it.
    "KWT": [], "JOR": [],   # عمان = Oman (see PREFER_SETS); مدينة الكويت rarely metonymic
}

FA_CAPITALS = {
    "RUS": ["مسکو"], "AZE": ["باکو"], "ARM": ["ایروان"], "GEO": ["تفلیس"], "TUR": ["آنکارا"],
    "IRN": ["تهران"], "USA": ["واشنگتن"], "GBR": ["لندن"], "FRA": ["پاریس"], "DEU": ["برلین"],
    "CHN": ["پکن"], "UKR": ["کی‌یف"], "BLR": ["مینسک"],
    "UZB": ["تاشکند"], "TKM": ["عشق‌آباد", "عشق آباد"], "KGZ": ["بیشکک"], "SAU": ["ریاض"],
    "ARE": ["ابوظبی"], "QAT": ["دوحه"], "EGY": ["قاهره"], "SYR": ["دمشق"], "IRQ": ["بغداد"],
    "LBN": ["بیروت"], "PAK": ["اسلام‌آباد", "اسلام آباد"], "AFG": ["کابل"],
    "IND": ["دهلی نو"], "BEL": ["بروکسل"], "JPN": ["توکیو"],
    "ISR": ["تل‌آویو", "تل آویو"],
    # Left out: دوشنبه (Dushanbe; also "Monday"), آستانه (Astana; also "threshold"),
    # کیف (Kyiv; also "bag"), رم (Rome; also "stampede").
}

# Russian capitals with oblique case forms (hand-written, not generated).
RU_CAPITALS = {
    "RUS": ["Москва", "Москвы", "Москве", "Москву", "Москвой"],
    "AZE": ["Баку"],
    "ARM": ["Ереван", "Еревана", "Еревану", "Ереваном", "Ереване"],
    "GEO": ["Тбилиси"],
    "TUR": ["Анкара", "Анкары", "Анкаре", "Анкару", "Анкарой"],
    "IRN": ["Тегеран", "Тегерана", "Тегерану", "Тегераном", "Тегеране"],
    "USA": ["Вашингтон", "Вашингтона", "Вашингтону", "Вашингтоном", "Вашингтоне"],
    "GBR": ["Лондон", "Лондона", "Лондону", "Лондоном", "Лондоне"],
    "FRA": ["Париж", "Парижа", "Парижу", "Парижем", "Париже"],
    "DEU": ["Берлин", "Берлина", "Берлину", "Берлином", "Берлине"],
    "CHN": ["Пекин", "Пекина", "Пекину", "Пекином", "Пекине"],
    "UKR": ["Киев", "Киева", "Киеву", "Киевом", "Киеве"],
    "BLR": ["Минск", "Минска", "Минску", "Минском", "Минске"],
    "KAZ": ["Астана", "Астаны", "Астане", "Астану", "Астаной"],
    "UZB": ["Ташкент", "Ташкента", "Ташкенту", "Ташкентом", "Ташкенте"],
    "TKM": ["Ашхабад", "Ашхабада", "Ашхабаду", "Ашхабадом", "Ашхабаде"],
    "TJK": ["Душанбе"],
    "KGZ": ["Бишкек", "Бишкека", "Бишкеку", "Бишкеком", "Бишкеке"],
    "SAU": ["Эр-Рияд", "Эр-Рияда", "Эр-Рияде"],
    "ARE": ["Абу-Даби"],
    "QAT": ["Доха", "Дохи", "Дохе", "Доху", "Дохой"],
    "EGY": ["Каир", "Каира", "Каиру", "Каиром", "Каире"],
    "SYR": ["Дамаск", "Дамаска", "Дамаску", "Дамаском", "Дамаске"],
    "IRQ": ["Багдад", "Багдада", "Багдаду", "Багдадом", "Багдаде"],
    "LBN": ["Бейрут", "Бейрута", "Бейруту", "Бейрутом", "Бейруте"],
    "PAK": ["Исламабад", "Исламабада", "Исламабаду", "Исламабадом", "Исламабаде"],
    "AFG": ["Кабул", "Кабула", "Кабулу", "Кабулом", "Кабуле"],
    "IND": ["Нью-Дели"],
    "BEL": ["Брюссель", "Брюсселя", "Брюсселю", "Брюсселем", "Брюсселе"],
    "ITA": ["Рим", "Рима", "Риму", "Римом", "Риме"],
    "JPN": ["Токио"],
    "MDA": ["Кишинёв", "Кишинев", "Кишинёва", "Кишинева", "Кишинёве", "Кишиневе"],
}

TR_CAPITALS = {
    "RUS": ["Moskova"], "AZE": ["Bakü"], "ARM": ["Erivan", "Yerevan"], "GEO": ["Tiflis"],
    "TUR": ["Ankara"], "IRN": ["Tahran"], "USA": ["Washington", "Vaşington"], "GBR": ["Londra"],
    "FRA": ["Paris"], "DEU": ["Berlin"], "CHN": ["Pekin"], "UKR": ["Kiev", "Kyiv"],
    "BLR": ["Minsk"], "KAZ": ["Astana"], "UZB": ["Taşkent"], "TKM": ["Aşkabat"],
    "TJK": ["Duşanbe"], "KGZ": ["Bişkek"], "SAU": ["Riyad"], "ARE": ["Abu Dabi"],
    "QAT": ["Doha"], "EGY": ["Kahire"], "SYR": ["Şam"], "IRQ": ["Bağdat"], "LBN": ["Beyrut"],
    "PAK": ["İslamabad"], "IND": ["Yeni Delhi"], "BEL": ["Brüksel"],
    "ITA": ["Roma"], "JPN": ["Tokyo"], "ISR": ["Tel Aviv"], "GRC": ["Atina"],
    # Kabil (Kabul) left out: Turkish "kabil" = possible.
}

AZ_CAPITALS = {
    "RUS": ["Moskva"], "AZE": ["Bakı"], "ARM": ["İrəvan"], "GEO": ["Tbilisi"],
    "TUR": ["Ankara"], "IRN": ["Tehran"], "USA": ["Vaşinqton"], "GBR": ["London"],
    "FRA": ["Paris"], "DEU": ["Berlin"], "CHN": ["Pekin"], "UKR": ["Kiyev", "Kiyiv"],
    "BLR": ["Minsk"], "KAZ": ["Astana"], "UZB": ["Daşkənd"], "TKM": ["Aşqabad"],
    "TJK": ["Düşənbə"], "KGZ": ["Bişkek"], "SAU": ["Ər-Riyad"], "ARE": ["Əbu-Dabi"],
    "QAT": ["Doha"], "EGY": ["Qahirə"], "SYR": ["Dəməşq"], "IRQ": ["Bağdad"], "LBN": ["Beyrut"],
    "PAK": ["İslamabad"], "AFG": ["Kabil"], "IND": ["Yeni Dehli"], "BEL": ["Brüssel"],
    "ITA": ["Roma"], "JPN": ["Tokio"], "ISR": ["Təl-Əviv"],
}

# ---------------------------------------------------------------------------
# Seats of power (kind "seat").  (lang, surface, code)
# ---------------------------------------------------------------------------

SEATS = [
    # Russia
    ("en", "Kremlin", "RUSGOV"),
    ("en", "Smolenskaya Square", "RUSGOV"),
    ("en", "State Duma", "RUSLEG"), ("en", "Duma", "RUSLEG"),
    ("en", "Lubyanka", "RUSCOP"),
    ("ar", "الكرملين", "RUSGOV"), ("ar", "الدوما", "RUSLEG"), ("ar", "مجلس الدوما", "RUSLEG"),
    ("fa", "کرملین", "RUSGOV"), ("fa", "دومای دولتی", "RUSLEG"),
    ("ru", "Кремль", "RUSGOV"), ("ru", "Кремля", "RUSGOV"), ("ru", "Кремлю", "RUSGOV"),
    ("ru", "Кремлём", "RUSGOV"), ("ru", "Кремлем", "RUSGOV"), ("ru", "Кремле", "RUSGOV"),
    ("ru", "Смоленская площадь", "RUSGOV"),
    ("ru", "Госдума", "RUSLEG"), ("ru", "Госдумы", "RUSLEG"), ("ru", "Госдуме", "RUSLEG"),
    ("ru", "Государственная дума", "RUSLEG"), ("ru", "Государственной думы", "RUSLEG"),
    ("ru", "Лубянка", "RUSCOP"),
    ("tr", "Kremlin", "RUSGOV"), ("az", "Kreml", "RUSGOV"),
    ("tr", "Rusya Devlet Duması", "RUSLEG"), ("az", "Rusiya Dövlət Duması", "RUSLEG"),
    # USA
    ("en", "White House", "USAGOV"), ("en", "Pentagon", "USAMIL"),
    ("en", "State Department", "USAGOV"), ("en", "Foggy Bottom", "USAGOV"),
    ("en", "Capitol Hill", "USALEG"), ("en", "Oval Office", "USAGOV"),
    ("ar", "البيت الأبيض", "USAGOV"), ("ar", "البنتاغون", "USAMIL"), ("ar", "البنتاجون", "USAMIL"),
    ("ar", "الكونغرس", "USALEG"), ("ar", "الكونجرس", "USALEG"), ("ar", "الكابيتول", "USALEG"),
    ("fa", "کاخ سفید", "USAGOV"), ("fa", "پنتاگون", "USAMIL"), ("fa", "کنگره آمریکا", "USALEG"),
    ("ru", "Белый дом", "USAGOV"), ("ru", "Белого дома", "USAGOV"), ("ru", "Белом доме", "USAGOV"),
    ("ru", "Пентагон", "USAMIL"), ("ru", "Пентагона", "USAMIL"), ("ru", "Госдеп", "USAGOV"),
    ("ru", "Госдепартамент", "USAGOV"), ("ru", "Госдепа", "USAGOV"),
    ("ru", "Госдепартамента", "USAGOV"), ("ru", "Конгресс США", "USALEG"),
    ("tr", "Beyaz Saray", "USAGOV"), ("tr", "Pentagon", "USAMIL"),
    ("tr", "ABD Kongresi", "USALEG"),
    ("az", "Ağ Ev", "USAGOV"), ("az", "Pentaqon", "USAMIL"), ("az", "Dövlət Departamenti", "USAGOV"),
    ("az", "ABŞ Konqresi", "USALEG"),
    # UK
    ("en", "Downing Street", "GBRGOV"), ("en", "Whitehall", "GBRGOV"),
    ("en", "Westminster", "GBRLEG"), ("en", "House of Commons", "GBRLEG"),
    ("en", "House of Lords", "GBRLEG"),
    ("ar", "داونينغ ستريت", "GBRGOV"), ("ar", "داونينج ستريت", "GBRGOV"),
    ("ar", "مجلس العموم البريطاني", "GBRLEG"),
    ("ru", "Даунинг-стрит", "GBRGOV"), ("tr", "Downing Street", "GBRGOV"),
    ("fa", "داونینگ استریت", "GBRGOV"),
    # France
    ("en", "Élysée", "FRAGOV"), ("en", "Elysee", "FRAGOV"), ("en", "Élysée Palace", "FRAGOV"),
    ("en", "Elysee Palace", "FRAGOV"), ("en", "Quai d'Orsay", "FRAGOV"), ("en", "Matignon", "FRAGOV"),
    ("ar", "الإليزيه", "FRAGOV"), ("ar", "قصر الإليزيه", "FRAGOV"),
    ("fa", "الیزه", "FRAGOV"), ("fa", "کاخ الیزه", "FRAGOV"),
    ("ru", "Елисейский дворец", "FRAGOV"), ("ru", "Елисейского дворца", "FRAGOV"),
    ("tr", "Elysee Sarayı", "FRAGOV"), ("az", "Yelisey Sarayı", "FRAGOV"),
    # Germany
    ("en", "Bundestag", "DEULEG"),
    ("ar", "البوندستاغ", "DEULEG"), ("ru", "Бундестаг", "DEULEG"),
    # China
    ("en", "Zhongnanhai", "CHNGOV"), ("ar", "تشونغنانهاي", "CHNGOV"),
    # Israel
    ("en", "Knesset", "ISRLEG"), ("ar", "الكنيست", "ISRLEG"), ("fa", "کنست", "ISRLEG"),
    ("ru", "Кнессет", "ISRLEG"), ("tr", "Knesset", "ISRLEG"), ("az", "Knesset", "ISRLEG"),
    # Turkey
    ("en", "Grand National Assembly of Turkey", "TURLEG"),
    ("tr", "TBMM", "TURLEG"), ("tr", "Türkiye Büyük Millet Meclisi", "TURLEG"),
    ("tr", "Beştepe", "TURGOV"),
    ("az", "Türkiyə Böyük Millət Məclisi", "TURLEG"),
    # Azerbaijan, Armenia, Georgia
    ("en", "Milli Majlis", "AZELEG"), ("az", "Milli Məclis", "AZELEG"), ("tr", "Milli Meclis", "AZELEG"),
    ("ar", "المجلس الوطني الأذربيجاني", "AZELEG"), ("ru", "Милли Меджлис", "AZELEG"),
    ("az", "Prezident Administrasiyası", "AZEGOV"),
    ("en", "National Assembly of Armenia", "ARMLEG"),
    ("ru", "Национальное собрание Армении", "ARMLEG"),
    ("en", "Parliament of Georgia", "GEOLEG"),
    # Iran
    ("fa", "مجلس شورای اسلامی", "IRNLEG"),
    ("ar", "مجلس الشورى الإيراني", "IRNLEG"),
    # Others
    ("en", "Kantei", "JPNGOV"), ("en", "Quirinale", "ITAGOV"), ("en", "Palazzo Chigi", "ITAGOV"),
    ("en", "Moncloa", "ESPGOV"), ("en", "Ak Orda", "KAZGOV"), ("en", "Akorda", "KAZGOV"),
    ("ru", "Акорда", "KAZGOV"), ("en", "Bankova", "UKRGOV"), ("ru", "Банковая", "UKRGOV"),
    ("en", "Verkhovna Rada", "UKRLEG"), ("ru", "Верховная рада", "UKRLEG"),
    ("ru", "Верховной рады", "UKRLEG"),
    ("en", "Baabda Palace", "LBNGOV"), ("ar", "قصر بعبدا", "LBNGOV"),
    ("ar", "السراي الحكومي", "LBNGOV"), ("ar", "قصر اليمامة", "SAUGOV"),
    ("ar", "قصر الاتحادية", "EGYGOV"), ("ar", "قصر الشعب", "SYRGOV"),
    ("en", "Rashtrapati Bhavan", "INDGOV"),
    ("ar", "قصر قرطاج", "TUNGOV"), ("ar", "قصر المرادية", "DZAGOV"),
    # Named national legislatures and chambers (proper names only).  Bare generic words
    # (Parliament, Senate, Congress, Diet, Cortes, National Assembly, مجلس النواب) are left
    # to sectors.tsv, and names that several states use are left out.
    # China
    ("en", "National People's Congress", "CHNLEG"), ("en", "NPC Standing Committee", "CHNLEG"),
    ("en", "Standing Committee of the National People's Congress", "CHNLEG"),
    ("ar", "المجلس الوطني لنواب الشعب", "CHNLEG"), ("ar", "المجلس الوطني لنواب الشعب الصيني", "CHNLEG"),
    ("ar", "مجلس نواب الشعب الصيني", "CHNLEG"),
    # Taiwan
    ("en", "Legislative Yuan", "TWNLEG"),
    # North Korea
    ("en", "Supreme People's Assembly", "PRKLEG"),
    # South Korea
    ("en", "National Assembly of South Korea", "KORLEG"),
    ("en", "National Assembly of the Republic of Korea", "KORLEG"),
    # Japan (not bare "Diet")
    ("en", "National Diet", "JPNLEG"),
    # Mongolia
    ("en", "State Great Khural", "MNGLEG"), ("en", "Great State Khural", "MNGLEG"),
    ("en", "State Great Hural", "MNGLEG"),
    # India
    ("en", "Lok Sabha", "INDLEG"), ("en", "Rajya Sabha", "INDLEG"), ("en", "Parliament of India", "INDLEG"),
    ("ar", "لوك سابها", "INDLEG"), ("ar", "راجيا سابها", "INDLEG"),
    # Pakistan
    ("en", "National Assembly of Pakistan", "PAKLEG"), ("en", "Senate of Pakistan", "PAKLEG"),
    ("en", "Parliament of Pakistan", "PAKLEG"),
    # Bangladesh
    ("en", "Jatiya Sangsad", "BGDLEG"), ("en", "Parliament of Bangladesh", "BGDLEG"),
    # Sri Lanka, Nepal, Bhutan, Maldives
    ("en", "Parliament of Sri Lanka", "LKALEG"),
    ("en", "Federal Parliament of Nepal", "NPLLEG"),
    ("en", "National Assembly of Bhutan", "BTNLEG"),
    ("en", "People's Majlis", "MDVLEG"),
    # Afghanistan (the chambers of the republic, to 2021)
    ("en", "Wolesi Jirga", "AFGLEG"), ("en", "Meshrano Jirga", "AFGLEG"),
    # Central Asia (not bare "Mejlis": also the Crimean Tatar Mejlis)
    ("en", "Mazhilis", "KAZLEG"), ("en", "Majilis", "KAZLEG"), ("en", "Parliament of Kazakhstan", "KAZLEG"),
    ("en", "Senate of Kazakhstan", "KAZLEG"),
    ("en", "Jogorku Kenesh", "KGZLEG"), ("en", "Zhogorku Kenesh", "KGZLEG"),
    ("en", "Oliy Majlis", "UZBLEG"),
    ("en", "Mejlis of Turkmenistan", "TKMLEG"),
    ("en", "Majlisi Oli", "TJKLEG"), ("en", "Majlisi Namoyandagon", "TJKLEG"),
    # Southeast Asia
    ("en", "Pyidaungsu Hluttaw", "MMRLEG"), ("en", "Pyithu Hluttaw", "MMRLEG"),
    ("en", "Amyotha Hluttaw", "MMRLEG"),
    ("en", "National Assembly of Thailand", "THALEG"),
    ("en", "National Assembly of Vietnam", "VNMLEG"),
    ("en", "National Assembly of Laos", "LAOLEG"),
    ("en", "National Assembly of Cambodia", "KHMLEG"), ("en", "Senate of Cambodia", "KHMLEG"),
    ("en", "Congress of the Philippines", "PHLLEG"), ("en", "Senate of the Philippines", "PHLLEG"),
    ("en", "House of Representatives of the Philippines", "PHLLEG"),
    ("en", "Dewan Rakyat", "MYSLEG"), ("en", "Dewan Negara", "MYSLEG"),
    ("en", "Parliament of Malaysia", "MYSLEG"),
    ("en", "Parliament of Singapore", "SGPLEG"),
    ("en", "Dewan Perwakilan Rakyat", "IDNLEG"), ("en", "Dewan Perwakilan Daerah", "IDNLEG"),
    ("en", "Majelis Permusyawaratan Rakyat", "IDNLEG"), ("en", "People's Consultative Assembly", "IDNLEG"),
    # Oceania
    ("en", "Parliament of Australia", "AUSLEG"),
    ("en", "Parliament of New Zealand", "NZLLEG"),
    # Nordic and Baltic states (not "Riksdagen": also Finland's parliament in Swedish)
    ("en", "Storting", "NORLEG"), ("en", "Stortinget", "NORLEG"),
    ("en", "Riksdag", "SWELEG"),
    ("en", "Folketing", "DNKLEG"), ("en", "Folketinget", "DNKLEG"),
    ("en", "Eduskunta", "FINLEG"), ("en", "Parliament of Finland", "FINLEG"),
    ("en", "Althing", "ISLLEG"), ("en", "Althingi", "ISLLEG"),
    ("en", "Riigikogu", "ESTLEG"),
    ("en", "Saeima", "LVALEG"),
    ("en", "Seimas", "LTULEG"),
    # British Isles
    ("en", "Oireachtas", "IRLLEG"), ("en", "Dáil", "IRLLEG"), ("en", "Dail", "IRLLEG"),
    ("en", "Dáil Éireann", "IRLLEG"), ("en", "Dail Eireann", "IRLLEG"), ("en", "Seanad", "IRLLEG"),
    ("en", "Seanad Éireann", "IRLLEG"), ("en", "Seanad Eireann", "IRLLEG"),
    ("en", "Parliament of the United Kingdom", "GBRLEG"), ("ar", "مجلس اللوردات", "GBRLEG"),
    ("ar", "مجلس اللوردات البريطاني", "GBRLEG"),
    # Central Europe (not "Bundesrat", "Nationalrat": Germany/Austria, Austria/Switzerland)
    ("en", "Sejm", "POLLEG"), ("en", "Senate of Poland", "POLLEG"),
    ("en", "Chamber of Deputies of the Czech Republic", "CZELEG"),
    ("en", "Senate of the Czech Republic", "CZELEG"), ("en", "Parliament of the Czech Republic", "CZELEG"),
    ("en", "National Council of the Slovak Republic", "SVKLEG"),
    ("en", "National Council of Slovakia", "SVKLEG"),
    ("en", "Országgyűlés", "HUNLEG"), ("en", "National Assembly of Hungary", "HUNLEG"),
    ("en", "National Council of Austria", "AUTLEG"), ("en", "Federal Council of Austria", "AUTLEG"),
    ("en", "Federal Assembly of Switzerland", "CHELEG"),
    # Benelux
    ("en", "Tweede Kamer", "NLDLEG"), ("en", "Eerste Kamer", "NLDLEG"),
    ("en", "States General of the Netherlands", "NLDLEG"),
    ("en", "House of Representatives of the Netherlands", "NLDLEG"),
    ("en", "Chamber of Representatives of Belgium", "BELLEG"),
    ("en", "Federal Parliament of Belgium", "BELLEG"),
    ("en", "Chamber of Deputies of Luxembourg", "LUXLEG"),
    # Southern Europe (not "Assembly of the Republic": Portugal and Mozambique)
    ("en", "Congress of Deputies", "ESPLEG"), ("en", "Cortes Generales", "ESPLEG"),
    ("en", "Senate of Spain", "ESPLEG"),
    ("en", "Hellenic Parliament", "GRCLEG"), ("en", "Parliament of Greece", "GRCLEG"),
    ("en", "House of Representatives of Cyprus", "CYPLEG"),
    ("en", "Parliament of Malta", "MLTLEG"),
    # Balkans (not bare "Narodna Skupština": also Republika Srpska; not bare "Sobranie": also
    # Bulgaria's Sabranie and Russia's Sobraniye; not "Kuvendi": Albania and Kosovo)
    ("en", "Sabor", "HRVLEG"),
    ("en", "National Assembly of Serbia", "SRBLEG"),
    ("en", "National Assembly of the Republic of Serbia", "SRBLEG"),
    ("en", "Assembly of North Macedonia", "MKDLEG"),
    ("en", "Assembly of the Republic of North Macedonia", "MKDLEG"),
    ("en", "National Assembly of Slovenia", "SVNLEG"),
    ("en", "Parliament of Montenegro", "MNELEG"),
    ("en", "Parliamentary Assembly of Bosnia and Herzegovina", "BIHLEG"),
    ("en", "Parliament of Albania", "ALBLEG"),
    ("en", "Assembly of Kosovo", "KSVLEG"),
    ("en", "National Assembly of Bulgaria", "BGRLEG"),
    ("en", "Parliament of Romania", "ROULEG"), ("en", "Chamber of Deputies of Romania", "ROULEG"),
    ("en", "Senate of Romania", "ROULEG"),
    ("en", "Parliament of Moldova", "MDALEG"),
    # Eastern Europe
    ("en", "National Assembly of Belarus", "BLRLEG"), ("en", "House of Representatives of Belarus", "BLRLEG"),
    ("en", "Federal Assembly of Russia", "RUSLEG"),
    ("en", "Federal Assembly of the Russian Federation", "RUSLEG"), ("ar", "مجلس الاتحاد الروسي", "RUSLEG"),
    # France
    ("ar", "الجمعية الوطنية الفرنسية", "FRALEG"), ("ar", "مجلس الشيوخ الفرنسي", "FRALEG"),
    # Middle East and North Africa (not bare "Council of Representatives": Iraq and Bahrain; not
    # "House of Councillors", "مجلس المستشارين" alone: Morocco, Japan, Tunisia to 2011; not
    # "مجلس نواب الشعب", "مجلس الأمة", "Grand National Assembly" alone; not "People's National
    # Assembly": Algeria and Guinea-Bissau in translation)
    ("en", "Grand National Assembly of Türkiye", "TURLEG"),
    ("en", "Turkish Grand National Assembly", "TURLEG"), ("ar", "البرلمان التركي", "TURLEG"),
    ("ar", "مجلس الأمة التركي الكبير", "TURLEG"),
    ("en", "Islamic Consultative Assembly", "IRNLEG"), ("ar", "مجلس الشورى الإسلامي", "IRNLEG"),
    ("ar", "البرلمان الإيراني", "IRNLEG"),
    ("en", "Council of Representatives of Iraq", "IRQLEG"),
    ("en", "Iraqi Council of Representatives", "IRQLEG"), ("ar", "مجلس النواب العراقي", "IRQLEG"),
    ("en", "Consultative Assembly of Saudi Arabia", "SAULEG"),
    ("en", "Shura Council of Saudi Arabia", "SAULEG"), ("en", "Saudi Shura Council", "SAULEG"),
    ("ar", "مجلس الشورى السعودي", "SAULEG"),
    ("en", "Federal National Council", "ARELEG"), ("ar", "المجلس الوطني الاتحادي", "ARELEG"),
    ("en", "National Assembly of Kuwait", "KWTLEG"), ("en", "Kuwaiti National Assembly", "KWTLEG"),
    ("ar", "مجلس الأمة الكويتي", "KWTLEG"),
    ("en", "Shura Council of Qatar", "QATLEG"), ("en", "Qatari Shura Council", "QATLEG"),
    ("ar", "مجلس الشورى القطري", "QATLEG"),
    ("en", "Council of Oman", "OMNLEG"), ("en", "State Council of Oman", "OMNLEG"),
    ("en", "Shura Council of Oman", "OMNLEG"), ("ar", "مجلس عمان", "OMNLEG"),
    ("ar", "مجلس الشورى العماني", "OMNLEG"), ("ar", "مجلس الدولة العماني", "OMNLEG"),
    ("en", "Council of Representatives of Bahrain", "BHRLEG"),
    ("en", "National Assembly of Bahrain", "BHRLEG"), ("en", "Shura Council of Bahrain", "BHRLEG"),
    ("ar", "مجلس النواب البحريني", "BHRLEG"), ("ar", "مجلس الشورى البحريني", "BHRLEG"),
    ("en", "House of Representatives of Yemen", "YEMLEG"), ("ar", "مجلس النواب اليمني", "YEMLEG"),
    ("en", "Parliament of Jordan", "JORLEG"), ("en", "House of Representatives of Jordan", "JORLEG"),
    ("en", "Senate of Jordan", "JORLEG"), ("ar", "مجلس النواب الأردني", "JORLEG"),
    ("ar", "مجلس الأعيان الأردني", "JORLEG"), ("ar", "مجلس الأمة الأردني", "JORLEG"),
    ("en", "Parliament of Lebanon", "LBNLEG"), ("ar", "مجلس النواب اللبناني", "LBNLEG"),
    ("en", "People's Council of Syria", "SYRLEG"), ("en", "People's Assembly of Syria", "SYRLEG"),
    ("ar", "مجلس الشعب السوري", "SYRLEG"),
    ("en", "Palestinian Legislative Council", "PSELEG"), ("ar", "المجلس التشريعي الفلسطيني", "PSELEG"),
    ("en", "House of Representatives of Egypt", "EGYLEG"), ("en", "Senate of Egypt", "EGYLEG"),
    ("ar", "مجلس النواب المصري", "EGYLEG"), ("ar", "مجلس الشيوخ المصري", "EGYLEG"),
    ("ar", "مجلس الشعب المصري", "EGYLEG"),
    ("en", "House of Representatives of Libya", "LBYLEG"), ("ar", "مجلس النواب الليبي", "LBYLEG"),
    ("en", "Assembly of the Representatives of the People", "TUNLEG"),
    ("en", "Assembly of People's Representatives", "TUNLEG"), ("ar", "مجلس نواب الشعب التونسي", "TUNLEG"),
    ("ar", "البرلمان التونسي", "TUNLEG"),
    ("en", "Parliament of Algeria", "DZALEG"), ("ar", "البرلمان الجزائري", "DZALEG"),
    ("ar", "المجلس الشعبي الوطني", "DZALEG"), ("ar", "مجلس الأمة الجزائري", "DZALEG"),
    ("en", "House of Representatives of Morocco", "MARLEG"),
    ("en", "House of Councillors of Morocco", "MARLEG"), ("en", "Parliament of Morocco", "MARLEG"),
    ("ar", "مجلس النواب المغربي", "MARLEG"), ("ar", "مجلس المستشارين المغربي", "MARLEG"),
    ("ar", "البرلمان المغربي", "MARLEG"),
    ("en", "National Assembly of Mauritania", "MRTLEG"), ("ar", "الجمعية الوطنية الموريتانية", "MRTLEG"),
    ("ar", "المجلس الوطني السوداني", "SDNLEG"),
    # Sub-Saharan Africa
    ("en", "House of Peoples' Representatives", "ETHLEG"), ("en", "House of Federation", "ETHLEG"),
    ("en", "House of the Federation", "ETHLEG"),
    ("en", "Federal Parliament of Somalia", "SOMLEG"),
    ("en", "National Assembly of Kenya", "KENLEG"), ("en", "Senate of Kenya", "KENLEG"),
    ("en", "Parliament of Kenya", "KENLEG"),
    ("en", "National Assembly of Tanzania", "TZALEG"),
    ("en", "Parliament of Uganda", "UGALEG"),
    ("en", "National Assembly of Nigeria", "NGALEG"), ("en", "Senate of Nigeria", "NGALEG"),
    ("en", "Parliament of Ghana", "GHALEG"),
    ("en", "National Council of Provinces", "ZAFLEG"), ("en", "National Assembly of South Africa", "ZAFLEG"),
    ("en", "Parliament of South Africa", "ZAFLEG"),
    ("en", "Parliament of Zimbabwe", "ZWELEG"),
    # Americas (not "Congress of the Union", Mexico: also any union's congress)
    ("en", "United States Congress", "USALEG"), ("en", "United States Senate", "USALEG"),
    ("en", "United States House of Representatives", "USALEG"), ("ar", "مجلس الشيوخ الأمريكي", "USALEG"),
    ("ar", "مجلس الشيوخ الأميركي", "USALEG"), ("ar", "مجلس النواب الأمريكي", "USALEG"),
    ("ar", "مجلس النواب الأميركي", "USALEG"),
    ("en", "Parliament of Canada", "CANLEG"), ("en", "House of Commons of Canada", "CANLEG"),
    ("en", "Senate of Canada", "CANLEG"),
    ("en", "Chamber of Deputies of Mexico", "MEXLEG"), ("en", "Senate of Mexico", "MEXLEG"),
    ("en", "National Congress of Brazil", "BRALEG"), ("en", "Chamber of Deputies of Brazil", "BRALEG"),
    ("en", "Federal Senate of Brazil", "BRALEG"),
    ("en", "National Congress of Argentina", "ARGLEG"), ("en", "Argentine National Congress", "ARGLEG"),
    ("en", "Chamber of Deputies of Argentina", "ARGLEG"),
    ("en", "National Congress of Chile", "CHLLEG"), ("en", "Chamber of Deputies of Chile", "CHLLEG"),
    ("en", "Senate of Chile", "CHLLEG"),
    ("en", "Congress of Colombia", "COLLEG"),
    ("en", "Congress of Peru", "PERLEG"), ("en", "Congress of the Republic of Peru", "PERLEG"),
    ("en", "National Assembly of Venezuela", "VENLEG"),
    ("en", "National Assembly of People's Power", "CUBLEG"),
    ("en", "Plurinational Legislative Assembly", "BOLLEG"),
    ("en", "National Assembly of Ecuador", "ECULEG"),
    ("en", "General Assembly of Uruguay", "URYLEG"),
    ("en", "Congress of Paraguay", "PRYLEG"),
    ("en", "Congress of Guatemala", "GTMLEG"),
    ("en", "National Congress of Honduras", "HNDLEG"),
    ("en", "National Assembly of Nicaragua", "NICLEG"),
    ("en", "Legislative Assembly of El Salvador", "SLVLEG"),
    ("en", "Legislative Assembly of Costa Rica", "CRILEG"),
    ("en", "National Assembly of Panama", "PANLEG"),
    ("en", "National Congress of the Dominican Republic", "DOMLEG"),
    ("en", "Parliament of Haiti", "HTILEG"),
]

# ---------------------------------------------------------------------------
# Hand-written extra names in other languages: code -> list of surfaces
# ---------------------------------------------------------------------------

AR_EXTRA = {
    "USA": ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية",
            "أمريكا", "أميركا"],
    "GBR": ["بريطانيا", "المملكة المتحدة", "بريطانيا العظمى", "إيرلندا الشمالية", "أيرلندا الشمالية", "ايرلندا الشمالية"],
    "RUS": ["روسيا", "روسيا الاتحادية", "الاتحاد الروسي"],
    "TUR": ["تركيا", "الجمهورية التركية"],
    "IRN": ["إيران", "الجمهورية الإسلامية الإيرانية"],
    "SYR": ["سوريا", "سورية", "الجمهورية العربية السورية"],
    "ARE": ["الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات"],
    "SAU": ["السعودية", "المملكة العربية السعودية"],
    "PRK": ["كوريا الشمالية", "كوريا الديمقراطية"],
    "KOR": ["كوريا الجنوبية"],
    # (Laos by its own name: "رئيس جمهورية لاو الديمقراطية الشعبية".)
    "LAO": ["جمهورية لاو الديمقراطية الشعبية"],
    # (The republic is named without its first word: "حكومة أفريقيا الوسطى".)
    "CAF": ["أفريقيا الوسطى", "إفريقيا الوسطى"],
    # ("غينيا-بيساو" with a hyphen, a token of its own, which would otherwise leave Guinea
    # and the capital Bissau.)
    "GNB": ["غينيا - بيساو"],
    "COD": ["الكونغو الديمقراطية", "الكونغو الديموقراطية"],
    "CHN": ["الصين", "جمهورية الصين الشعبية"],
    "ISR": ["إسرائيل", "دولة إسرائيل", "الكيان الصهيوني", "الكيان الإسرائيلي"],
    "PSE": ["فلسطين", "دولة فلسطين", "الأراضي الفلسطينية", "قطاع غزة", "غزة", "الضفة الغربية"],
    "AZE": ["أذربيجان", "جمهورية أذربيجان", "أذربيجان"],
    "ARM": ["أرمينيا", "أرمينية", "جمهورية أرمينيا"],
    "GEO": ["جورجيا"],
    "UKR": ["أوكرانيا"],
    "BLR": ["بيلاروس", "بيلاروسيا", "روسيا البيضاء"],
    "KAZ": ["كازاخستان", "قازاقستان"],
    "KGZ": ["قيرغيزستان", "قرغيزستان"],
    "EGY": ["مصر", "جمهورية مصر العربية"],
    "JOR": ["الأردن", "المملكة الأردنية الهاشمية"],
    "OMN": ["سلطنة عمان", "عمان"],
    "DEU": ["ألمانيا"], "FRA": ["فرنسا"], "ITA": ["إيطاليا"], "JPN": ["اليابان"],
    "IND": ["الهند"], "PAK": ["باكستان"], "AFG": ["أفغانستان"], "IRQ": ["العراق"],
    "LBN": ["لبنان"], "QAT": ["قطر"], "KWT": ["الكويت"], "BHR": ["البحرين"],
    "YEM": ["اليمن"], "LBY": ["ليبيا"], "TUN": ["تونس"], "DZA": ["الجزائر"],
    "MAR": ["المغرب"], "SDN": ["السودان"], "TKM": ["تركمانستان"], "UZB": ["أوزبكستان"],
    "TJK": ["طاجيكستان"], "MDA": ["مولدوفا", "مولدافيا"], "CZE": ["التشيك", "جمهورية التشيك"],
    "NLD": ["هولندا"], "MMR": ["ميانمار", "بورما"], "GRL": ["غرينلاند", "جرينلاند"],
    "MEX": ["المكسيك"],
    "DMA": ["كومنولث دومينيكا"],
    # (Niue, a state in free association with New Zealand, missing from the catalogue.)
    "NIU": ["نيوي"],
    # (Micronesia spelt with ز, and "الموحدة" for "federated".)
    "FSM": ["ميكرونيزيا", "ولايات ميكرونيزيا الموحدة", "ولايات ميكرونيسيا الموحدة", "ولايات ميكرونيزيا المتحدة"],
    # (The Comoros by its official short form, the Union of the Comoros.)
    "COM": ["اتحاد جزر القمر"],
}
# "القوات المسلحة لجمهورية فيجي": a republic named by "جمهورية" and its short name, where
# the catalogue gives only the long official form. (Not where the short form names
# another state: "جمهورية الصين", "جمهورية الكونغو", "جمهورية كوريا".)
for code, short in [("FJI", "فيجي"), ("URY", "الأوروغواي"), ("URY", "أوروغواي"), ("BGD", "بنغلاديش"),
                    ("BLR", "بيلاروس"), ("BRA", "البرازيل"), ("BWA", "بوتسوانا"), ("CIV", "كوت ديفوار"),
                    ("CPV", "الرأس الأخضر"), ("ETH", "إثيوبيا"), ("GUY", "غيانا"), ("IRN", "إيران"),
                    ("KAZ", "كازاخستان"), ("LKA", "سريلانكا"), ("MDA", "مولدوفا"), ("MMR", "ميانمار"),
                    ("MWI", "مالاوي"), ("NGA", "نيجيريا"), ("NPL", "نيبال"), ("NRU", "ناورو"),
                    ("PAK", "باكستان"), ("SOM", "الصومال"), ("SRB", "صربيا"), ("TJK", "طاجيكستان"),
                    ("TZA", "تنزانيا"), ("UZB", "أوزبكستان"), ("VEN", "فنزويلا"), ("VNM", "فيتنام"),
                    ("AGO", "أنغولا"), ("GAB", "الغابون"), ("GTM", "غواتيمالا"), ("NIC", "نيكاراغوا"),
                    ("PRY", "باراغواي"), ("TGO", "توغو"), ("LTU", "ليتوانيا"), ("TLS", "تيمور الشرقية"),
                    ("MKD", "مقدونيا الشمالية"), ("IRL", "أيرلندا")]:
    AR_EXTRA.setdefault(code, []).append("جمهورية " + short)
AR_HISTORIC = [
    ("SUN", "الاتحاد السوفيتي", "", "1991-12-26"),
    ("SUN", "الاتحاد السوفياتي", "", "1991-12-26"),
    ("YUG", "يوغوسلافيا", "", "2003-02-04"),
    ("CSK", "تشيكوسلوفاكيا", "", "1992-12-31"),
    ("DDR", "ألمانيا الشرقية", "1949-10-07", "1990-10-03"),
    ("COD", "زائير", "1971-10-27", "1997-05-17"),
]

FA_EXTRA = {
    "USA": ["آمریکا", "امریکا", "ایالات متحده", "ایالات متحده آمریکا"],
    "GBR": ["انگلیس", "بریتانیا", "انگلستان"],
    "ISR": ["اسرائیل", "رژیم صهیونیستی", "رژیم اسرائیل"],
    "PSE": ["فلسطین", "غزه", "نوار غزه", "کرانه باختری"],
    "SAU": ["عربستان", "عربستان سعودی"], "ARE": ["امارات", "امارات متحده عربی"],
    "SYR": ["سوریه"], "IRQ": ["عراق"], "LBN": ["لبنان"], "CHN": ["چین"], "IND": ["هند"],
    "PAK": ["پاکستان"], "AFG": ["افغانستان"], "ARM": ["ارمنستان"], "GEO": ["گرجستان"],
    "KAZ": ["قزاقستان"], "TKM": ["ترکمنستان"], "UKR": ["اوکراین"], "BLR": ["بلاروس"],
    "DEU": ["آلمان"], "FRA": ["فرانسه"], "JPN": ["ژاپن"], "PRK": ["کره شمالی"],
    "KOR": ["کره جنوبی"], "RUS": ["روسیه", "فدراسیون روسیه"], "TUR": ["ترکیه"],
    "IRN": ["ایران", "جمهوری اسلامی ایران"], "AZE": ["جمهوری آذربایجان", "آذربایجان"],
    "EGY": ["مصر"], "QAT": ["قطر"], "JOR": ["اردن"], "YEM": ["یمن"],
}
FA_HISTORIC = [
    ("SUN", "شوروی", "", "1991-12-26"),
    ("SUN", "اتحاد جماهیر شوروی", "", "1991-12-26"),
]

RU_EXTRA = {
    "RUS": ["Россия", "Российская Федерация", "РФ"],
    "USA": ["США", "Соединённые Штаты", "Соединенные Штаты", "Соединённые Штаты Америки",
            "Соединенные Штаты Америки", "Америка"],
    "GBR": ["Великобритания", "Британия", "Соединённое Королевство", "Соединенное Королевство",
            "Англия"],
    "TUR": ["Турция", "Турецкая Республика"],
    "AZE": ["Азербайджан", "Азербайджанская Республика"],
    "ARM": ["Армения", "Республика Армения"], "GEO": ["Грузия"], "IRN": ["Иран"],
    "ISR": ["Израиль"], "PSE": ["Палестина", "Сектор Газа", "Газа", "Западный берег"],
    "PRK": ["КНДР", "Северная Корея"], "CHN": ["КНР", "Китай"], "ARE": ["ОАЭ"],
    "SAU": ["Саудовская Аравия"], "DEU": ["ФРГ", "Германия"], "MDA": ["Молдавия", "Молдова"],
    "BLR": ["Белоруссия", "Беларусь"], "KGZ": ["Киргизия", "Кыргызстан"],
    "TKM": ["Туркмения", "Туркменистан"], "UKR": ["Украина"],
}
RU_HISTORIC = [
    ("COD", "Заир", "1971-10-27", "1997-05-17"),
    ("SUN", "СССР", "", "1991-12-26"),
    ("SUN", "Советский Союз", "", "1991-12-26"),
    ("SUN", "Советского Союза", "", "1991-12-26"),
]

TR_EXTRA = {
    "TUR": ["Türkiye", "Türkiye Cumhuriyeti"], "RUS": ["Rusya", "Rusya Federasyonu"],
    "USA": ["ABD", "Amerika", "Birleşik Devletler", "Amerika Birleşik Devletleri"],
    "GBR": ["İngiltere", "Birleşik Krallık", "Britanya"], "AZE": ["Azerbaycan"],
    "ARM": ["Ermenistan"], "GEO": ["Gürcistan"], "IRN": ["İran"], "ISR": ["İsrail"],
    "PSE": ["Filistin", "Gazze", "Batı Şeria"], "SYR": ["Suriye"], "IRQ": ["Irak"],
    "UKR": ["Ukrayna"], "CHN": ["Çin"],
}
TR_HISTORIC = [
    ("SUN", "Sovyetler Birliği", "", "1991-12-26"),
    ("SUN", "SSCB", "", "1991-12-26"),
]

AZ_EXTRA = {
    "AZE": ["Azərbaycan", "Azərbaycan Respublikası"], "RUS": ["Rusiya", "Rusiya Federasiyası"],
    "USA": ["ABŞ", "Amerika", "Amerika Birləşmiş Ştatları"],
    "GBR": ["Böyük Britaniya", "Britaniya", "Birləşmiş Krallıq"], "ARM": ["Ermənistan"],
    "GEO": ["Gürcüstan"], "TUR": ["Türkiyə"], "IRN": ["İran"], "ISR": ["İsrail"],
    "PSE": ["Fələstin", "Qəzza"], "UKR": ["Ukrayna"], "CHN": ["Çin"],
}
AZ_HISTORIC = [
    ("SUN", "Sovet İttifaqı", "", "1991-12-26"),
    ("SUN", "SSRİ", "", "1991-12-26"),
]

# Surfaces left out per language (exact, after cleaning).
OTHER_SKIP = {
    ("ar", "الشام"),          # the Levant, not Syria
    ("ar", "المسكيك"),        # misspelling in a source
    ("az", "Türkiya"), ("az", "Cezayır"),
    ("tr", "Güney Kıbrıs Rum Kesimi"),
    ("ar", "جمهورية أففانستان الإسلامية"),   # misspelling in a source
    ("ar", "مقاطعات وأقاليم ما وراء البحار الفرنسية"),   # "French overseas territories" in general
    ("ar", "الجزء الفرنسي"), ("ar", "الجزء الهولندي"),   # "(French/Dutch part)" of Saint Martin
    ("ar", "كيلينغ"),
    ("ar", "جزر العذراء"),    # British or US Virgin Islands
    ("tr", "Republic of Türkiye"),
}

# Wrong assignments in a source: (lang, code, surface) never emitted.
SOURCE_ERRORS = {
    ("fa", "GIN", "پاپوآ گینه نو"), ("fa", "GIN", "مملکت مستقل پاپوآ گینه نو"),  # world-countries
    ("tr", "COD", "Kongo Cumhuriyeti"),   # GeoNames: that is the Republic of the Congo
    ("ru", "COD", "Заир"),                # undated; added as a historical name instead
    ("fa", "DZA", "الجزیره"),             # GeoNames: that is "Al Jazeera"; Algeria is الجزایر
}

# ---------------------------------------------------------------------------
# Russian declension for a few key countries (oblique cases).
# ---------------------------------------------------------------------------

RU_DECLINE = {
    "RUS": ["Россия"], "ARM": ["Армения"], "GEO": ["Грузия"], "TUR": ["Турция"],
    "FRA": ["Франция"], "DEU": ["Германия"], "GBR": ["Великобритания", "Британия"],
    "SYR": ["Сирия"], "IND": ["Индия"], "JPN": ["Япония"], "JOR": ["Иордания"],
    "LVA": ["Латвия"], "EST": ["Эстония"], "MDA": ["Молдавия", "Молдова"],
    "BLR": ["Белоруссия"], "KGZ": ["Киргизия"], "TKM": ["Туркмения"],
    "UKR": ["Украина"], "USA": ["Америка"], "PSE": ["Палестина"], "LTU": ["Литва"],
    "POL": ["Польша"],
    "AZE": ["Азербайджан"], "IRN": ["Иран"], "KAZ": ["Казахстан"], "IRQ": ["Ирак"],
    "PAK": ["Пакистан"], "QAT": ["Катар"], "LBN": ["Ливан"], "AFG": ["Афганистан"],
    "UZB": ["Узбекистан"], "TJK": ["Таджикистан"],
    "ISR": ["Израиль"], "CHN": ["Китай"],
}
RU_IRREGULAR = {
    "EGY": ["Египет", "Египта", "Египту", "Египтом", "Египте"],
    "BLR": ["Беларусь", "Беларуси", "Беларусью"],
    "SAU": ["Саудовская Аравия", "Саудовской Аравии", "Саудовскую Аравию", "Саудовской Аравией"],
}


def ru_noun_forms(w):
    """Oblique case forms of a one-word Russian place name (sg.)."""
    if w.endswith("ия"):
        s = w[:-1]
        return [s + "и", s + "ю", s + "ей"]
    if w.endswith("а"):
        s = w[:-1]
        gen = s + ("и" if s[-1] in "кгхжшчщ" else "ы")
        inst = s + ("ей" if s[-1] in "жшчщц" else "ой")
        return [gen, s + "е", s + "у", inst]
    if w.endswith("ь"):
        s = w[:-1]
        return [s + "я", s + "ю", s + "ем", s + "е"]
    if w.endswith("й"):
        s = w[:-1]
        return [s + "я", s + "ю", s + "ем", s + "е"]
    return [w + "а", w + "у", w + "ом", w + "е"]


# Russian adjectives (stem + hard-velar endings) and demonym nouns.
RU_ADJ_STEMS = {
    "RUS": ["российск"], "AZE": ["азербайджанск"], "ARM": ["армянск"], "GEO": ["грузинск"],
    "TUR": ["турецк"], "IRN": ["иранск"], "USA": ["американск"], "UKR": ["украинск"],
    "ISR": ["израильск"], "CHN": ["китайск"], "FRA": ["французск"], "DEU": ["немецк", "германск"],
    "GBR": ["британск"], "BLR": ["белорусск"], "KAZ": ["казахстанск"], "SYR": ["сирийск"],
    "IRQ": ["иракск"], "PSE": ["палестинск"], "SAU": ["саудовск"], "EGY": ["египетск"],
    "IND": ["индийск"], "PAK": ["пакистанск"], "AFG": ["афганск"], "SUN": ["советск"],
}
RU_ADJ_ENDINGS = ["ий", "ая", "ое", "ие", "ого", "ой", "ому", "ую", "им", "ом", "их", "ими"]
RU_DEMONYMS = {
    "RUS": ["россиянин", "россияне", "россиян", "россиянам", "россиянами"],
    "AZE": ["азербайджанец", "азербайджанца", "азербайджанцы", "азербайджанцев",
            "азербайджанцам", "азербайджанка"],
    "ARM": ["армянин", "армяне", "армян"], "GEO": ["грузины", "грузин"],
    "TUR": ["турки", "турок"], "USA": ["американец", "американцы", "американцев"],
    "UKR": ["украинец", "украинцы", "украинцев"], "ISR": ["израильтяне", "израильтян"],
    "IRN": ["иранцы", "иранцев"], "KUR": ["курды", "курдов", "курдский", "курдская", "курдские"],
    "BLR": ["белорусы", "белорусов"], "SYR": ["сирийцы", "сирийцев"],
    "PSE": ["палестинцы", "палестинцев"], "CHN": ["китайцы", "китайцев"],
    "GBR": ["британцы", "британцев"], "FRA": ["французы", "французов"], "DEU": ["немцы", "немцев"],
}

# Turkish / Azerbaijani demonyms; plural is generated by vowel harmony.
TR_DEMONYMS = {
    "RUS": ["Rus"], "TUR": ["Türk"], "AZE": ["Azerbaycanlı", "Azeri"], "ARM": ["Ermeni"],
    "GEO": ["Gürcü"], "IRN": ["İranlı"], "USA": ["Amerikalı", "Amerikan"], "GBR": ["İngiliz"],
    "FRA": ["Fransız"], "DEU": ["Alman"], "CHN": ["Çinli"], "UKR": ["Ukraynalı"],
    "ISR": ["İsrailli"], "PSE": ["Filistinli"], "SYR": ["Suriyeli"], "IRQ": ["Iraklı"],
    "LBN": ["Lübnanlı"], "SAU": ["Suudi"], "QAT": ["Katarlı"], "EGY": ["Mısırlı"],
    "PAK": ["Pakistanlı"], "AFG": ["Afgan"], "IND": ["Hintli"], "KAZ": ["Kazak"],
    "UZB": ["Özbek"], "TKM": ["Türkmen"], "KGZ": ["Kırgız"], "TJK": ["Tacik"],
    "BLR": ["Belaruslu"], "JPN": ["Japon"], "GRC": ["Yunan"], "KUR": ["Kürt"],
}
AZ_DEMONYMS = {
    "RUS": ["Rus"], "TUR": ["Türk"], "AZE": ["Azərbaycanlı"], "ARM": ["Erməni"],
    "GEO": ["Gürcü"], "IRN": ["İranlı"], "USA": ["Amerikalı"], "GBR": ["İngilis", "Britaniyalı"],
    "FRA": ["Fransız"], "DEU": ["Alman"], "CHN": ["Çinli"], "UKR": ["Ukraynalı"],
    "ISR": ["İsrailli"], "PSE": ["Fələstinli"], "SYR": ["Suriyalı"], "IRQ": ["İraqlı"],
    "LBN": ["Livanlı"], "PAK": ["Pakistanlı"], "AFG": ["Əfqan"], "IND": ["Hindistanlı"],
    "KAZ": ["Qazax"], "UZB": ["Özbək"], "TKM": ["Türkmən"], "KGZ": ["Qırğız"], "TJK": ["Tacik"],
    "BLR": ["Belaruslu"], "JPN": ["Yapon"], "GRC": ["Yunan"], "KUR": ["Kürd"],
}
FA_PLURAL_ONLY = {"کرد"}

TR_BACK = set("aıouAIOU")
TR_FRONT = set("eiöüEİÖÜ")
AZ_BACK = set("aıouAIOU")
AZ_FRONT = set("eəiöüEƏİÖÜ")


def harmony_plural(word, back, front, back_suffix, front_suffix):
    for ch in reversed(word):
        if ch in back:
            return word + back_suffix
        if ch in front:
            return word + front_suffix
    return None


# Persian adjectives / demonyms (hand-written; plural with ZWNJ + ها generated).
# Words in FA_PLURAL_ONLY are emitted in the plural only (کرد is also "did").
FA_ADJ = {
    "RUS": ["روسی", "روس", "روسیه‌ای"], "USA": ["آمریکایی", "امریکایی"], "IRN": ["ایرانی"],
    "ARM": ["ارمنی"], "GEO": ["گرجی"], "TUR": ["ترکیه‌ای"], "ISR": ["اسرائیلی", "صهیونیستی"],
    "UKR": ["اوکراینی"], "FRA": ["فرانسوی"], "DEU": ["آلمانی"], "GBR": ["بریتانیایی"],
    "IRQ": ["عراقی"], "SYR": ["سوری"], "LBN": ["لبنانی"], "PSE": ["فلسطینی"],
    "PAK": ["پاکستانی"], "AFG": ["افغان", "افغانستانی"], "KAZ": ["قزاقستانی"],
    "JPN": ["ژاپنی"], "SAU": ["سعودی", "عربستانی"], "ARE": ["اماراتی"], "QAT": ["قطری"],
    "EGY": ["مصری"], "KUR": ["کرد"], "AZE": ["آذربایجانی"],
    # آذربایجان/آذربایجانی name the Republic; Iran's provinces (آذربایجان شرقی...)
    # are longer phrases blocked in not_actors.tsv. چینی and هندی are left out:
    # ordinary words (porcelain; the Hindi language).
}

# ---------------------------------------------------------------------------
# Arabic nisba adjectives.
# code -> (masculine singular forms, broken plurals)
# Generated: m, m+ة, m+ون, m+ين, m+ات (the matcher strips ال).
# Entries are left out when the nisba is an ordinary word (مالي "financial";
# إنجليزي "English language") or identical to the country name (تشيلي).
# ---------------------------------------------------------------------------

AR_NISBA = {
    "RUS": (["روسي"], ["روس"]), "USA": (["أمريكي", "أميركي"], ["أمريكان", "أميركان"]),
    "GBR": (["بريطاني"], []), "FRA": (["فرنسي"], []), "DEU": (["ألماني"], ["ألمان"]),
    "ITA": (["إيطالي"], []), "ESP": (["إسباني"], ["إسبان"]), "PRT": (["برتغالي"], []),
    "TUR": (["تركي"], ["أتراك"]), "AZE": (["أذربيجاني", "أذري"], []),
    "ARM": (["أرمني", "أرميني"], ["أرمن"]), "GEO": (["جورجي"], []), "UKR": (["أوكراني"], []),
    "BLR": (["بيلاروسي"], []), "KAZ": (["كازاخستاني", "كازاخي"], ["كازاخ"]),
    "UZB": (["أوزبكي", "أوزبكستاني"], ["أوزبك"]), "TJK": (["طاجيكي", "طاجيكستاني"], ["طاجيك"]),
    # (تركماني also names the Turkmen of Iraq and Syria: guards.tsv sets it aside in a
    # story about either.)
    "TKM": (["تركمانستاني", "تركماني"], ["تركمان"]),
    "KGZ": (["قرغيزي", "قيرغيزي", "قرغيزستاني", "قيرغيزستاني"], []),
    "MDA": (["مولدوفي", "مولدافي"], []), "IRN": (["إيراني"], []), "IRQ": (["عراقي"], []),
    "SYR": (["سوري"], []), "LBN": (["لبناني"], []), "JOR": (["أردني"], []),
    "PSE": (["فلسطيني"], []), "ISR": (["إسرائيلي"], []), "SAU": (["سعودي"], []),
    "ARE": (["إماراتي"], []), "QAT": (["قطري"], []), "KWT": (["كويتي"], []),
    "BHR": (["بحريني"], []), "OMN": (["عماني"], []), "YEM": (["يمني"], []),
    "EGY": (["مصري"], []), "LBY": (["ليبي"], []), "TUN": (["تونسي"], []),
    "DZA": (["جزائري"], []), "MAR": (["مغربي"], ["مغاربة"]), "SDN": (["سوداني"], []),
    "MRT": (["موريتاني"], []), "SOM": (["صومالي"], []), "ETH": (["إثيوبي"], []),
    "ERI": (["إريتري"], []), "KEN": (["كيني"], []), "NGA": (["نيجيري"], []),
    "TCD": (["تشادي"], []), "SEN": (["سنغالي"], []), "AFG": (["أفغاني"], ["أفغان"]),
    "PAK": (["باكستاني"], []), "IND": (["هندي"], ["هنود"]), "CHN": (["صيني"], []),
    "JPN": (["ياباني"], []), "VNM": (["فيتنامي"], []), "TWN": (["تايواني"], []),
    "IDN": (["إندونيسي"], []), "MYS": (["ماليزي"], []), "PHL": (["فلبيني", "فليبيني"], []),
    "THA": (["تايلاندي", "تايلندي"], []), "BGD": (["بنغلاديشي", "بنجلاديشي"], []),
    "LKA": (["سريلانكي"], []), "NPL": (["نيبالي"], []), "MNG": (["منغولي"], []),
    "AUS": (["أسترالي"], []),
    # (Māori, New Zealand's own people, have no code of their own: "عشائر ماورية".)
    "NZL": (["نيوزيلندي", "نيوزلندي", "ماوري"], []), "CAN": (["كندي"], []), "MEX": (["مكسيكي"], []),
    "BRA": (["برازيلي"], []), "ARG": (["أرجنتيني"], []), "VEN": (["فنزويلي"], []),
    "CUB": (["كوبي"], []), "COL": (["كولومبي"], []), "POL": (["بولندي"], []),
    "CZE": (["تشيكي"], []), "SVK": (["سلوفاكي"], ["سلوفاك"]),
    "ROU": (["روماني"], []), "BGR": (["بلغاري"], ["بلغار"]), "SRB": (["صربي"], ["صرب"]),
    "HRV": (["كرواتي"], ["كروات"]), "BIH": (["بوسني"], []), "ALB": (["ألباني"], []),
    "KSV": (["كوسوفي"], []), "MKD": (["مقدوني"], []), "GRC": (["يوناني"], []),
    "CYP": (["قبرصي"], []), "AUT": (["نمساوي"], []), "CHE": (["سويسري"], []),
    "BEL": (["بلجيكي"], []), "NLD": (["هولندي"], []), "DNK": (["دنماركي", "دانماركي"], []),
    "SWE": (["سويدي"], []), "NOR": (["نرويجي"], []), "FIN": (["فنلندي"], []),
    "EST": (["إستوني"], []), "LVA": (["لاتفي"], []), "LTU": (["ليتواني"], []),
    "IRL": (["أيرلندي", "إيرلندي"], []), "SUN": (["سوفيتي", "سوفياتي"], []),
    "KUR": (["كردي"], ["أكراد", "كرد"]),
    # Africa, Asia and the Americas ("مالي" and "غاني" are left out: "وزارة المالية" is
    # the finance ministry and Ghani a surname).
    "GIN": (["غيني"], []), "BFA": (["بوركيني", "بوركينابي"], []), "CMR": (["كاميروني"], []),
    "RWA": (["رواندي"], []), "UGA": (["أوغندي"], []), "TZA": (["تنزاني"], []),
    "CIV": (["إيفواري"], []), "MOZ": (["موزمبيقي"], []), "ZWE": (["زيمبابوي"], []),
    "AGO": (["أنغولي", "أنجولي"], []), "BDI": (["بوروندي"], []), "GAB": (["غابوني", "جابوني"], []),
    "BEN": (["بنيني"], []), "TGO": (["توغولي", "توجولي"], []), "SLE": (["سيراليوني"], []),
    "LBR": (["ليبيري"], []), "DJI": (["جيبوتي"], []), "ZMB": (["زامبي"], []),
    "NAM": (["ناميبي"], []), "PER": (["بيروفي"], []), "CHL": (["تشيلي", "شيلي"], []),
    "ECU": (["إكوادوري"], []), "BOL": (["بوليفي"], []), "MMR": (["ميانماري", "بورمي"], []),
    "KHM": (["كمبودي"], []), "SGP": (["سنغافوري"], []), "NIC": (["نيكاراغوي", "نيكاراجوي"], []),
    "HTI": (["هايتي"], []), "GTM": (["غواتيمالي", "جواتيمالي"], []), "HND": (["هندوراسي"], []),
    "SLV": (["سلفادوري"], []), "URY": (["أوروغوياني", "أوروغواياني", "أوروجوياني", "أوروغوائي", "أوروغواني"], []),
    "PRY": (["باراغوياني", "باراغواياني", "باراجوياني", "باراغوائي", "باراجوائي", "باراغواني"], []),
    "HUN": (["مجري", "هنغاري"], []), "SVN": (["سلوفيني"], []), "MLT": (["مالطي"], []),
    "COD": (["كونغولي", "كونجولي"], []), "NER": (["نيجري"], []), "PAN": (["بنمي"], []),
    "DOM": (["دومينيكاني"], []), "MDG": (["مدغشقري", "ملغاشي"], []), "LAO": (["لاوسي", "لاوي"], []),
    "JAM": (["جامايكي"], []), "GUY": (["غوياني", "غياني"], []), "SUR": (["سورينامي"], []),
    "CRI": (["كوستاريكي"], []), "BWA": (["بوتسواني"], []), "MUS": (["موريشيوسي"], []),
    "GMB": (["غامبي"], []), "ISL": (["آيسلندي", "أيسلندي"], []),
    "LUX": (["لوكسمبورغي", "لوكسمبورجي"], []), "MNE": (["مونتينيغري", "مونتنيغري"], []),
    "BRN": (["بروناوي", "بروني"], []), "BTN": (["بوتاني"], []),
    "MDV": (["مالديفي"], []), "TLS": (["تيموري"], []),
    # Smaller states.  Where the nisba is spelt as the country (فيجي، مالاوي، كيريباتي) only
    # the inflected forms are kept (see resolve()).
    "AND": (["أندوري"], []), "LIE": (["ليختنشتايني"], []), "MCO": (["موناكي"], []),
    "VAT": (["فاتيكاني"], []), "LSO": (["ليسوتي"], []), "MWI": (["مالاوي", "ملاوي"], []),
    "SWZ": (["سوازي", "سوازيلاندي", "سوازيلندي"], []), "SYC": (["سيشيلي", "سيشلي"], []),
    "BRB": (["بربادوسي", "باربادوسي"], []), "BHS": (["باهامي"], []), "BLZ": (["بليزي"], []),
    "GRD": (["غرينادي"], []), "TTO": (["ترينيدادي"], []), "FJI": (["فيجي"], []),
    "VUT": (["فانواتي"], []), "TON": (["تونغي"], []), "TUV": (["توفالي"], []),
    "PLW": (["بالاوي"], []), "WSM": (["ساموي"], []), "NRU": (["ناوروي"], []), "KIR": (["كيريباتي"], []),
    # Left out: قمري (Comoros; "lunar"), سليماني (Solomon Islands; the surname Soleimani),
    # ميكرونيزي (the region as well as the state),
    # مارشالي (from "marshal"), كونغولي (Republic of the Congo; kept for DR Congo),
    # دومينيكي (Dominica; read as Dominican), جامبي (Gambia; Jambi in Indonesia), إسواتيني
    # (the country's name).  Cape Verde, Papua New Guinea, Central African Republic,
    # Guinea-Bissau, San Marino, Sao Tome, Antigua, St Kitts, St Lucia and St Vincent have no
    # nisba in press use ("من بابوا غينيا الجديدة").
}
# Two-word nisbas (each word inflected): code -> (word1, word2)
AR_NISBA2 = {
    "PRK": ("كوري", "شمالي"), "KOR": ("كوري", "جنوبي"), "GNQ": ("غيني", "استوائي"),
}
AR_NISBA_FIXED = {
    "ZAF": ["جنوب أفريقي", "جنوب إفريقي", "جنوب أفريقية", "جنوب إفريقية", "جنوب أفريقيين"],
    "SSD": ["جنوب سوداني", "جنوب سودانية", "جنوب سودانيين"],
    # (Only inflected or with the article: the bare "غاني" is also the surname Ghani.)
    "GHA": ["غانية", "غانيون", "غانيين", "الغاني"],
    # (The Central African Republic's, whose feminine is irregular: "القوات المسلحة
    # الأفريقية الوسطى".)
    "CAF": ["الأفريقية الوسطى", "الإفريقية الوسطى", "الأفريقي الأوسط", "الإفريقي الأوسط"],
}

# ---------------------------------------------------------------------------
# People (hand-maintained).  One record per person:
#   P(en="Full Name|Variant ; Surname|Variant", ar=..., fa=..., ru=..., tr=..., az=...,
#     roles="CODE FROM TO | CODE FROM TO")
# In each language field, full names come before ';' and surname-only forms
# after it.  TO may be '-' (still in office).  ASCII-folded variants of English
# names and Russian oblique forms of surnames are generated.
# Surname-only forms that are ordinary words in that language are simply not
# listed (e.g. Arabic رئيسي "main", ظريف "witty", عون "help", سلام "peace").
# Facts as known up to mid/late 2025; see README for the caveats.
# ---------------------------------------------------------------------------

PEOPLE = []


def P(**kw):
    PEOPLE.append(kw)


# --- Russia ---
P(en="Vladimir Putin|Vladimir Vladimirovich Putin ; Putin",
  ar="فلاديمير بوتين ; بوتين", fa="ولادیمیر پوتین ; پوتین", ru="Владимир Путин ; Путин",
  tr="Vladimir Putin ; Putin", az="Vladimir Putin ; Putin",
  roles="RUSGOV 1999-08-09 2008-05-07 | RUSGOV 2008-05-08 2012-05-07 | RUSGOV 2012-05-07 -")
P(en="Dmitry Medvedev|Dmitri Medvedev|Dmitry Anatolyevich Medvedev ; Medvedev",
  ar="دميتري ميدفيديف|ديمتري ميدفيديف ; ميدفيديف", fa="دیمیتری مدودف ; مدودف",
  ru="Дмитрий Медведев ; Медведев", tr="Dmitriy Medvedev ; Medvedev",
  az="Dmitri Medvedev|Dmitriy Medvedev ; Medvedev",
  roles="RUSGOV 2005-11-14 2008-05-07 | RUSGOV 2008-05-07 2012-05-07 | RUSGOV 2012-05-08 2020-01-16 | RUSGOV 2020-01-16 -")
P(en="Mikhail Mishustin ; Mishustin", ar="ميخائيل ميشوستين ; ميشوستين",
  fa="میخائیل میشوستین ; میشوستین", ru="Михаил Мишустин ; Мишустин",
  tr="Mihail Mişustin ; Mişustin", az="Mixail Mişustin ; Mişustin",
  roles="RUSGOV 2020-01-16 -")
P(en="Sergey Lavrov|Sergei Lavrov ; Lavrov", ar="سيرغي لافروف|سيرجي لافروف ; لافروف",
  fa="سرگئی لاوروف ; لاوروف", ru="Сергей Лавров ; Лавров", tr="Sergey Lavrov ; Lavrov",
  az="Sergey Lavrov ; Lavrov",
  roles="RUSGOV 1994-09-22 2004-03-09 | RUSGOV 2004-03-09 -")
P(en="Maria Zakharova ; Zakharova", ar="ماريا زاخاروفا ; زاخاروفا",
  fa="ماریا زاخارووا ; زاخارووا", ru="Мария Захарова ; Захарова",
  tr="Mariya Zaharova|Maria Zaharova ; Zaharova", az="Mariya Zaxarova ; Zaxarova",
  roles="RUSGOV 2015-08-10 -")
P(en="Dmitry Peskov|Dmitri Peskov ; Peskov", ar="دميتري بيسكوف|ديمتري بيسكوف ; بيسكوف",
  fa="دیمیتری پسکوف ; پسکوف", ru="Дмитрий Песков ; Песков", tr="Dmitriy Peskov ; Peskov",
  az="Dmitri Peskov|Dmitriy Peskov ; Peskov", roles="RUSGOV 2012-05-22 -")
P(en="Alexei Overchuk|Aleksei Overchuk|Alexey Overchuk ; Overchuk",
  ar="أليكسي أوفرتشوك ; أوفرتشوك", fa="الکسی اورچوک ; اورچوک",
  ru="Алексей Оверчук ; Оверчук", tr="Aleksey Overçuk ; Overçuk", az="Aleksey Overçuk ; Overçuk",
  roles="RUSGOV 2020-01-21 -")
P(en="Sergei Shoigu|Sergey Shoigu|Sergei Shoygu ; Shoigu|Shoygu",
  ar="سيرغي شويغو|سيرجي شويجو ; شويغو|شويجو", fa="سرگئی شویگو ; شویگو",
  ru="Сергей Шойгу ; Шойгу", tr="Sergey Şoygu ; Şoygu", az="Sergey Şoyqu ; Şoyqu",
  roles="RUSGOVMIL 2012-11-06 2024-05-12 | RUSGOV 2024-05-12 -")
P(en="Andrei Belousov|Andrey Belousov ; Belousov", ar="أندريه بيلوسوف ; بيلوسوف",
  fa="آندری بلوسوف ; بلوسوف", ru="Андрей Белоусов ; Белоусов",
  tr="Andrey Belousov ; Belousov", az="Andrey Belousov ; Belousov",
  roles="RUSGOV 2020-01-21 2024-05-14 | RUSGOVMIL 2024-05-14 -")
P(en="Valery Gerasimov|Valeriy Gerasimov ; Gerasimov", ar="فاليري غيراسيموف|فاليري جيراسيموف ; غيراسيموف",
  ru="Валерий Герасимов ; Герасимов", tr="Valeriy Gerasimov ; Gerasimov",
  az="Valeri Gerasimov ; Gerasimov", roles="RUSMIL 2012-11-09 -")
P(en="Vassily Nebenzia|Vasily Nebenzya ; Nebenzia|Nebenzya", ar="فاسيلي نيبينزيا ; نيبينزيا",
  ru="Василий Небензя ; Небензя", roles="RUSGOV 2017-07-27 -")
P(en="Nikolai Patrushev ; Patrushev", ar="نيكولاي باتروشيف ; باتروشيف",
  ru="Николай Патрушев ; Патрушев", roles="RUSCOP 1999-08-09 2008-05-12 | RUSGOV 2008-05-12 -")
P(en="Sergei Naryshkin|Sergey Naryshkin ; Naryshkin", ar="سيرغي ناريشكين ; ناريشكين",
  ru="Сергей Нарышкин ; Нарышкин", roles="RUSLEG 2011-12-21 2016-10-05 | RUSSPY 2016-10-05 -")
P(en="Alexander Bortnikov ; Bortnikov", ar="ألكسندر بورتنيكوف ; بورتنيكوف",
  ru="Александр Бортников ; Бортников", roles="RUSCOP 2008-05-12 -")
P(en="Vyacheslav Volodin ; Volodin", ar="فياتشيسلاف فولودين ; فولودين",
  ru="Вячеслав Володин ; Володин", roles="RUSLEG 2016-10-05 -")
P(en="Valentina Matviyenko|Valentina Matvienko ; Matviyenko|Matvienko", ar="فالنتينا ماتفيينكو ; ماتفيينكو",
  ru="Валентина Матвиенко ; Матвиенко", roles="RUSLEG 2011-09-21 -")
P(en="Yuri Ushakov|Yury Ushakov ; Ushakov", ar="يوري أوشاكوف ; أوشاكوف",
  ru="Юрий Ушаков ; Ушаков", roles="RUSGOV 2012-05-21 -")
P(en="Ramzan Kadyrov ; Kadyrov", ar="رمضان قديروف ; قديروف", ru="Рамзан Кадыров ; Кадыров",
  tr="Ramzan Kadirov ; Kadirov", az="Ramzan Kadırov ; Kadırov", roles="RUSGOV 2007-03-02 -")
P(en="Yevgeny Prigozhin|Yevgeniy Prigozhin ; Prigozhin", ar="يفغيني بريغوجين ; بريغوجين",
  ru="Евгений Пригожин ; Пригожин", roles="RUSMIL 2014 2023-08-23")
P(en="Boris Yeltsin ; Yeltsin", ar="بوريس يلتسين ; يلتسين", ru="Борис Ельцин ; Ельцин",
  roles="RUSGOV 1991-07-10 1999-12-31")
P(en="Mikhail Gorbachev ; Gorbachev", ar="ميخائيل غورباتشوف ; غورباتشوف",
  ru="Михаил Горбачёв|Михаил Горбачев ; Горбачёв|Горбачев", roles="SUNGOV 1985-03-11 1991-12-25")

# --- Azerbaijan ---
P(en="Ilham Aliyev|Ilham Aliev|Ilham Heydar oglu Aliyev ; Aliyev|Aliev",
  ar="إلهام علييف ; علييف", fa="الهام علی‌اف|الهام علیف ; علی‌اف|علیف",
  ru="Ильхам Алиев ; Алиев", tr="İlham Aliyev ; Aliyev", az="İlham Əliyev ; Əliyev",
  roles="AZEGOV 2003-08-04 2003-10-31 | AZEGOV 2003-10-31 -")
P(en="Heydar Aliyev|Heydar Aliev ; Aliyev|Aliev", ar="حيدر علييف ; علييف",
  fa="حیدر علی‌اف|حیدر علیف ; علی‌اف", ru="Гейдар Алиев ; Алиев", tr="Haydar Aliyev ; Aliyev",
  az="Heydər Əliyev ; Əliyev", roles="AZEGOV 1993-06-15 2003-10-31")
P(en="Mehriban Aliyeva|Mehriban Alieva ; Aliyeva", ar="مهربان علييفا ; علييفا",
  ru="Мехрибан Алиева ; Алиева", tr="Mehriban Aliyeva ; Aliyeva", az="Mehriban Əliyeva ; Əliyeva",
  roles="AZEGOV 2017-02-21 -")
P(en="Jeyhun Bayramov|Ceyhun Bayramov ; Bayramov", ar="جيهون بيراموف|جيحون بايراموف ; بيراموف|بايراموف",
  fa="جیحون بایراموف ; بایراموف", ru="Джейхун Байрамов ; Байрамов", tr="Ceyhun Bayramov ; Bayramov",
  az="Ceyhun Bayramov ; Bayramov", roles="AZEGOV 2020-07-16 -")
P(en="Elmar Mammadyarov ; Mammadyarov", ar="إلمار محمدياروف ; محمدياروف",
  ru="Эльмар Мамедъяров ; Мамедъяров", tr="Elmar Memmedyarov ; Memmedyarov",
  az="Elmar Məmmədyarov ; Məmmədyarov", roles="AZEGOV 2004-04-02 2020-07-16")
P(en="Ali Asadov ; Asadov", ar="علي أسدوف ; أسدوف", ru="Али Асадов ; Асадов",
  tr="Ali Esedov ; Esedov", az="Əli Əsədov ; Əsədov", roles="AZEGOV 2019-10-08 -")
P(en="Artur Rasizade ; Rasizade", ru="Артур Расизаде ; Расизаде", az="Artur Rasizadə ; Rasizadə",
  roles="AZEGOV 1996-11-26 2003-08-04 | AZEGOV 2003-11-04 2018-04-21")
P(en="Novruz Mammadov", az="Novruz Məmmədov", ru="Новруз Мамедов",
  roles="AZEGOV 2018-04-21 2019-10-08")
P(en="Zakir Hasanov", ar="ذاكر حسنوف", ru="Закир Гасанов", tr="Zakir Hasanov",
  az="Zakir Həsənov", roles="AZEGOVMIL 2013-10-22 -")
P(en="Hikmet Hajiyev|Hikmat Hajiyev", ar="حكمت حاجييف", ru="Хикмет Гаджиев",
  tr="Hikmet Hacıyev", az="Hikmət Hacıyev", roles="AZEGOV 2014 -")
P(en="Sahiba Gafarova ; Gafarova", ru="Сахиба Гафарова ; Гафарова", az="Sahibə Qafarova ; Qafarova",
  roles="AZELEG 2020-03-10 -")
P(en="Vilayat Eyvazov ; Eyvazov", ru="Вилаят Эйвазов ; Эйвазов", az="Vilayət Eyvazov ; Eyvazov",
  roles="AZEGOV 2004 -")
P(en="Abulfaz Elchibey ; Elchibey", ru="Абульфаз Эльчибей ; Эльчибей", az="Əbülfəz Elçibəy ; Elçibəy",
  roles="AZEGOV 1992-06-16 1993-06-15")

# --- Armenia ---
P(en="Nikol Pashinyan|Nikol Pashinian ; Pashinyan|Pashinian", ar="نيكول باشينيان ; باشينيان",
  fa="نیکول پاشینیان ; پاشینیان", ru="Никол Пашинян ; Пашинян", tr="Nikol Paşinyan ; Paşinyan",
  az="Nikol Paşinyan ; Paşinyan", roles="ARMGOV 2018-05-08 -")
P(en="Ararat Mirzoyan ; Mirzoyan", ar="أرارات ميرزويان ; ميرزويان", fa="آرارات میرزویان ; میرزویان",
  ru="Арарат Мирзоян ; Мирзоян", tr="Ararat Mirzoyan ; Mirzoyan", az="Ararat Mirzoyan ; Mirzoyan",
  roles="ARMLEG 2019-01-14 2021-08-02 | ARMGOV 2021-08-19 -")
P(en="Vahagn Khachaturyan|Vahagn Khachatryan", ar="فاهاغن خاتشاتوريان",
  ru="Ваагн Хачатурян", tr="Vahagn Haçaturyan", az="Vahaqn Xaçaturyan", roles="ARMGOV 2022-03-13 -")
P(en="Suren Papikyan ; Papikyan", ar="سورين بابيكيان ; بابيكيان", ru="Сурен Папикян ; Папикян",
  tr="Suren Papikyan ; Papikyan", az="Suren Papikyan ; Papikyan", roles="ARMGOVMIL 2021-11-15 -")
P(en="Alen Simonyan ; Simonyan", ru="Ален Симонян", az="Alen Simonyan", tr="Alen Simonyan",
  roles="ARMLEG 2021-08-02 -")
P(en="Armen Grigoryan", ru="Армен Григорян", az="Armen Qriqoryan", roles="ARMGOV 2019 -")
P(en="Zohrab Mnatsakanyan ; Mnatsakanyan", ru="Зограб Мнацаканян ; Мнацаканян",
  az="Zöhrab Mnatsakanyan", roles="ARMGOV 2018-05-12 2020-11-16")
P(en="Edward Nalbandyan|Eduard Nalbandyan ; Nalbandyan", ru="Эдвард Налбандян ; Налбандян",
  roles="ARMGOV 2008-04-21 2018-05-12")
P(en="Serzh Sargsyan|Serzh Sarkisian", ar="سيرج سركيسيان", ru="Серж Саргсян",
  az="Serj Sarkisyan", tr="Serj Sarkisyan",
  roles="ARMGOVMIL 2000-05-20 2007-04-04 | ARMGOV 2007-04-04 2018-04-23")
P(en="Armen Sarkissian|Armen Sargsyan", ru="Армен Саркисян", roles="ARMGOV 2018-04-09 2022-02-01")
P(en="Robert Kocharyan ; Kocharyan", ar="روبرت كوتشاريان ; كوتشاريان", ru="Роберт Кочарян ; Кочарян",
  az="Robert Köçəryan ; Köçəryan", tr="Robert Koçaryan ; Koçaryan",
  roles="ARMGOV 1997-03-20 2008-04-09 | ARMOPP 2021-05-01 -")
P(en="Levon Ter-Petrosyan ; Ter-Petrosyan", ru="Левон Тер-Петросян ; Тер-Петросян",
  az="Levon Ter-Petrosyan", roles="ARMGOV 1990-08-04 1998-02-03")

# --- Georgia ---
P(en="Mikheil Saakashvili|Mikhail Saakashvili ; Saakashvili", ar="ميخائيل ساكاشفيلي ; ساكاشفيلي",
  fa="میخائیل ساکاشویلی ; ساکاشویلی", ru="Михаил Саакашвили ; Саакашвили",
  tr="Mihail Saakaşvili ; Saakaşvili", az="Mixeil Saakaşvili ; Saakaşvili",
  roles="GEOGOV 2004-01-25 2013-11-17 | UKRGOV 2015-05-30 2016-11-07 | GEOOPP 2021-10-01 -")
P(en="Irakli Kobakhidze ; Kobakhidze", ar="إيراكلي كوباخيدزه ; كوباخيدزه",
  ru="Ираклий Кобахидзе ; Кобахидзе", tr="İrakli Kobahidze ; Kobahidze",
  az="İrakli Kobaxidze ; Kobaxidze", roles="GEOLEG 2019-12-04 2020-12-11 | GEOGOV 2024-02-08 -")
P(en="Irakli Garibashvili|Irakli Gharibashvili ; Garibashvili|Gharibashvili",
  ar="إيراكلي غاريباشفيلي ; غاريباشفيلي", ru="Ираклий Гарибашвили ; Гарибашвили",
  az="İrakli Qaribaşvili ; Qaribaşvili", tr="İrakli Garibaşvili ; Garibaşvili",
  roles="GEOGOV 2013-11-20 2015-12-30 | GEOGOVMIL 2019-09-08 2021-02-22 | GEOGOV 2021-02-22 2024-01-29")
P(en="Salome Zourabichvili|Salome Zurabishvili ; Zourabichvili|Zurabishvili",
  ar="سالومي زورابيشفيلي ; زورابيشفيلي", ru="Саломе Зурабишвили ; Зурабишвили",
  tr="Salome Zurabişvili ; Zurabişvili", az="Salome Zurabişvili ; Zurabişvili",
  roles="GEOGOV 2018-12-16 2024-12-29 | GEOOPP 2024-12-29 -")
P(en="Mikheil Kavelashvili ; Kavelashvili", ar="ميخائيل كافيلاشفيلي ; كافيلاشفيلي",
  ru="Михаил Кавелашвили ; Кавелашвили", tr="Mihail Kavelaşvili ; Kavelaşvili",
  az="Mixeil Kavelaşvili ; Kavelaşvili", roles="GEOGOV 2024-12-29 -")
P(en="Bidzina Ivanishvili ; Ivanishvili", ar="بيدزينا إيفانيشفيلي ; إيفانيشفيلي",
  ru="Бидзина Иванишвили ; Иванишвили", tr="Bidzina İvanişvili ; İvanişvili",
  az="Bidzina İvanişvili ; İvanişvili",
  roles="GEOGOV 2012-10-25 2013-11-20 | GEOGOV 2023-12-30 -")
P(en="Maka Botchorishvili ; Botchorishvili", ru="Мака Бочоришвили ; Бочоришвили",
  az="Maka Boçorişvili ; Boçorişvili", roles="GEOGOV 2024 -")
P(en="Ilia Darchiashvili ; Darchiashvili", ru="Илья Дарчиашвили ; Дарчиашвили",
  az="İlia Darçiaşvili ; Darçiaşvili", roles="GEOGOV 2022-03-04 2024")
P(en="Irakli Chikovani ; Chikovani", ru="Ираклий Чиковани ; Чиковани", az="İrakli Çikovani",
  roles="GEOGOVMIL 2024-02-08 -")
P(en="Juansher Burchuladze ; Burchuladze", ru="Джуаншер Бурчуладзе", roles="GEOGOVMIL 2021-02-22 2024-02-08")
P(en="Eduard Shevardnadze ; Shevardnadze", ar="إدوارد شيفرنادزه ; شيفرنادزه",
  ru="Эдуард Шеварднадзе ; Шеварднадзе", roles="GEOGOV 1992-03-10 2003-11-23")

# --- Turkey ---
P(en="Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Tayyip Erdogan|Tayyip Erdoğan ; Erdoğan|Erdogan",
  ar="رجب طيب أردوغان|رجب طيب إردوغان ; أردوغان|إردوغان", fa="رجب طیب اردوغان ; اردوغان",
  ru="Реджеп Тайип Эрдоган ; Эрдоган", tr="Recep Tayyip Erdoğan|Tayyip Erdoğan ; Erdoğan",
  az="Rəcəb Tayyib Ərdoğan ; Ərdoğan",
  roles="TURGOV 2003-03-14 2014-08-28 | TURGOV 2014-08-28 -")
P(en="Hakan Fidan ; Fidan", ar="هاكان فيدان ; فيدان", fa="هاکان فیدان ; فیدان",
  ru="Хакан Фидан ; Фидан", tr="Hakan Fidan ; Fidan", az="Hakan Fidan ; Fidan",
  roles="TURSPY 2010-05-27 2023-06-04 | TURGOV 2023-06-04 -")
P(en="Mevlüt Çavuşoğlu|Mevlut Cavusoglu ; Çavuşoğlu|Cavusoglu",
  ar="مولود تشاووش أوغلو|مولود جاويش أوغلو ; تشاووش أوغلو|جاويش أوغلو",
  ru="Мевлют Чавушоглу ; Чавушоглу", tr="Mevlüt Çavuşoğlu ; Çavuşoğlu",
  az="Mövlud Çavuşoğlu ; Çavuşoğlu",
  roles="TURGOV 2014-08-29 2015-08-28 | TURGOV 2015-11-24 2023-06-04")
P(en="Ahmet Davutoğlu|Ahmet Davutoglu ; Davutoğlu|Davutoglu", ar="أحمد داود أوغلو ; داود أوغلو",
  ru="Ахмет Давутоглу ; Давутоглу", tr="Ahmet Davutoğlu ; Davutoğlu",
  roles="TURGOV 2009-05-01 2016-05-24")
P(en="Binali Yıldırım|Binali Yildirim", ar="بن علي يلدريم", tr="Binali Yıldırım",
  ru="Бинали Йылдырым", roles="TURGOV 2016-05-24 2018-07-09")
P(en="Abdullah Gül|Abdullah Gul", ar="عبد الله غول", tr="Abdullah Gül", ru="Абдулла Гюль",
  roles="TURGOV 2002-11-18 2014-08-28")
P(en="Yaşar Güler|Yasar Guler", ar="يشار غولر|ياشار غولر", tr="Yaşar Güler", ru="Яшар Гюлер",
  az="Yaşar Gülər", roles="TURMIL 2018-07-10 2023-06-04 | TURGOVMIL 2023-06-04 -")
P(en="Hulusi Akar", ar="خلوصي أكار", tr="Hulusi Akar", ru="Хулуси Акар", az="Hulusi Akar",
  roles="TURMIL 2015-08-18 2018-07-09 | TURGOVMIL 2018-07-10 2023-06-04")
P(en="İbrahim Kalın|Ibrahim Kalin", ar="إبراهيم قالن|إبراهيم كالن", tr="İbrahim Kalın",
  ru="Ибрагим Калын", roles="TURGOV 2014-08-28 2023-06-04 | TURSPY 2023-06-05 -")
P(en="Cevdet Yılmaz|Cevdet Yilmaz", ar="جودت يلماز", tr="Cevdet Yılmaz", ru="Джевдет Йылмаз",
  az="Cövdət Yılmaz", roles="TURGOV 2023-06-04 -")
P(en="Fuat Oktay", ar="فؤاد أوقطاي", tr="Fuat Oktay", roles="TURGOV 2018-07-09 2023-06-04")
P(en="Numan Kurtulmuş|Numan Kurtulmus ; Kurtulmuş|Kurtulmus", ar="نعمان قورتولموش ; قورتولموش",
  tr="Numan Kurtulmuş ; Kurtulmuş", roles="TURLEG 2023-06-07 -")
P(en="Kemal Kılıçdaroğlu|Kemal Kilicdaroglu ; Kılıçdaroğlu|Kilicdaroglu",
  ar="كمال كليتشدار أوغلو ; كليتشدار أوغلو", tr="Kemal Kılıçdaroğlu ; Kılıçdaroğlu",
  roles="TUROPP 2010-05-22 2023-11-05")
P(en="Özgür Özel|Ozgur Ozel", ar="أوزغور أوزيل", tr="Özgür Özel", roles="TUROPP 2023-11-05 -")
P(en="Ekrem İmamoğlu|Ekrem Imamoglu ; İmamoğlu|Imamoglu", ar="أكرم إمام أوغلو ; إمام أوغلو",
  tr="Ekrem İmamoğlu ; İmamoğlu", roles="TUROPP 2019-06-27 -")

# --- Iran ---
P(en="Masoud Pezeshkian ; Pezeshkian", ar="مسعود بزشكيان ; بزشكيان", fa="مسعود پزشکیان ; پزشکیان",
  ru="Масуд Пезешкиан ; Пезешкиан", tr="Mesud Pezeşkiyan ; Pezeşkiyan",
  az="Məsud Pezeşkian ; Pezeşkian", roles="IRNGOV 2024-07-28 -")
P(en="Ebrahim Raisi|Ibrahim Raisi ; Raisi", ar="إبراهيم رئيسي", fa="ابراهیم رئیسی",
  ru="Эбрахим Раиси ; Раиси", tr="İbrahim Reisi ; Reisi", az="İbrahim Rəisi ; Rəisi",
  roles="IRNJUD 2019-03-07 2021-07-01 | IRNGOV 2021-08-03 2024-05-19")
P(en="Ali Khamenei|Ayatollah Ali Khamenei|Ayatollah Khamenei ; Khamenei",
  ar="علي خامنئي ; خامنئي", fa="علی خامنه‌ای|آیت‌الله خامنه‌ای ; خامنه‌ای",
  ru="Али Хаменеи ; Хаменеи", tr="Ali Hamaney ; Hamaney", az="Əli Xamenei ; Xamenei",
  roles="IRNGOV 1981-10-13 1989-08-03 | IRNGOV 1989-06-04 -")
P(en="Hassan Rouhani ; Rouhani", ar="حسن روحاني", fa="حسن روحانی ; روحانی",
  ru="Хасан Рухани ; Рухани", tr="Hasan Ruhani ; Ruhani", az="Həsən Ruhani ; Ruhani",
  roles="IRNGOV 2013-08-03 2021-08-03")
P(en="Mahmoud Ahmadinejad ; Ahmadinejad", ar="محمود أحمدي نجاد ; أحمدي نجاد",
  fa="محمود احمدی‌نژاد|محمود احمدی نژاد ; احمدی‌نژاد|احمدی نژاد",
  ru="Махмуд Ахмадинежад ; Ахмадинежад", roles="IRNGOV 2005-08-03 2013-08-03")
P(en="Mohammad Mokhber ; Mokhber", ar="محمد مخبر ; مخبر", fa="محمد مخبر",
  roles="IRNGOV 2021-08-08 2024-07-28")
P(en="Abbas Araghchi|Abbas Araqchi ; Araghchi|Araqchi", ar="عباس عراقجي|عباس عراقچي ; عراقجي|عراقچي",
  fa="عباس عراقچی ; عراقچی", ru="Аббас Аракчи ; Аракчи", tr="Abbas Arakçi ; Arakçi",
  az="Abbas Əraqçi ; Əraqçi", roles="IRNGOV 2013 2021-08-25 | IRNGOV 2024-08-21 -")
P(en="Hossein Amir-Abdollahian|Hossein Amirabdollahian ; Amir-Abdollahian|Amirabdollahian",
  ar="حسين أمير عبد اللهيان ; عبد اللهيان|أمير عبد اللهيان", fa="حسین امیرعبداللهیان ; امیرعبداللهیان",
  ru="Хосейн Амир Абдоллахиан ; Абдоллахиан", tr="Hüseyin Emir Abdullahiyan ; Abdullahiyan",
  roles="IRNGOV 2021-08-25 2024-05-19")
P(en="Mohammad Javad Zarif|Javad Zarif ; Zarif", ar="محمد جواد ظريف|جواد ظريف",
  fa="محمدجواد ظریف|محمد جواد ظریف ; ظریف", ru="Мохаммад Джавад Зариф ; Зариф",
  tr="Cevad Zarif ; Zarif", roles="IRNGOV 2013-08-15 2021-08-25 | IRNGOV 2024-08-01 2025-03-02")
P(en="Aziz Nasirzadeh ; Nasirzadeh", ar="عزيز نصير زاده ; نصير زاده", fa="عزیز نصیرزاده ; نصیرزاده",
  roles="IRNGOVMIL 2024-08-21 -")
P(en="Mohammad-Reza Ashtiani ; Ashtiani", fa="محمدرضا آشتیانی", roles="IRNGOVMIL 2021-08-25 2024-08-21")
P(en="Qasem Soleimani|Qassem Soleimani ; Soleimani", ar="قاسم سليماني ; سليماني",
  fa="قاسم سلیمانی ; سلیمانی", ru="Касем Сулеймани ; Сулеймани", roles="IRNMIL 1998 2020-01-03")

# --- Israel / Palestine ---
P(en="Benjamin Netanyahu ; Netanyahu", ar="بنيامين نتنياهو ; نتنياهو",
  fa="بنیامین نتانیاهو ; نتانیاهو", ru="Биньямин Нетаньяху ; Нетаньяху",
  tr="Benjamin Netanyahu|Binyamin Netanyahu ; Netanyahu", az="Benyamin Netanyahu ; Netanyahu",
  roles="ISRGOV 1996-06-18 1999-07-06 | ISRGOV 2002-11-06 2005-08-09 | ISROPP 2006-04-04 2009-03-31 | ISRGOV 2009-03-31 2021-06-13 | ISROPP 2021-06-13 2022-12-29 | ISRGOV 2022-12-29 -")
P(en="Isaac Herzog ; Herzog", ar="إسحاق هرتسوغ ; هرتسوغ", fa="اسحاق هرتزوگ",
  ru="Ицхак Герцог ; Герцог", roles="ISRGOV 2021-07-07 -")
P(en="Yair Lapid ; Lapid", ar="يائير لابيد ; لابيد", ru="Яир Лапид ; Лапид",
  roles="ISRGOV 2021-06-13 2022-12-29 | ISROPP 2022-12-29 -")
P(en="Naftali Bennett", ar="نفتالي بينيت", ru="Нафтали Беннет", roles="ISRGOV 2021-06-13 2022-07-01")
P(en="Benny Gantz ; Gantz", ar="بيني غانتس ; غانتس", ru="Бени Ганц ; Ганц",
  roles="ISRGOVMIL 2020-05-17 2022-12-29 | ISRGOV 2023-10-11 2024-06-09")
P(en="Yoav Gallant", ar="يوآف غالانت ; غالانت", ru="Йоав Галант ; Галант",
  roles="ISRGOVMIL 2022-12-29 2024-11-05")
P(en="Israel Katz", ar="يسرائيل كاتس", ru="Исраэль Кац",
  roles="ISRGOV 2024-01-01 2024-11-05 | ISRGOVMIL 2024-11-05 -")
P(en="Gideon Sa'ar|Gideon Saar ; Sa'ar", ar="جدعون ساعر ; ساعر", ru="Гидеон Саар ; Саар",
  roles="ISRGOV 2024-09-29 -")
P(en="Eli Cohen", ar="إيلي كوهين", roles="ISRGOV 2023-01-02 2024-01-01")
P(en="Mahmoud Abbas|Abu Mazen ; Abbas", ar="محمود عباس|أبو مازن", fa="محمود عباس",
  ru="Махмуд Аббас ; Аббас", tr="Mahmud Abbas", az="Mahmud Abbas",
  roles="PSEGOV 2003-04-30 2003-10-07 | PSEGOV 2005-01-15 -")
P(en="Mohammad Mustafa", roles="PSEGOV 2024-03-31 -")
P(en="Ismail Haniyeh ; Haniyeh", ar="إسماعيل هنية ; هنية", fa="اسماعیل هنیه ; هنیه",
  ru="Исмаил Хания ; Хания", tr="İsmail Haniye ; Haniye",
  roles="PSEGOV 2006-03-29 2007-06-14 | PSEREBHMS 2007-06-14 2024-07-31")
P(en="Yahya Sinwar ; Sinwar", ar="يحيى السنوار ; السنوار", fa="یحیی سنوار ; سنوار",
  ru="Яхья Синвар ; Синвар", tr="Yahya Sinvar ; Sinvar", roles="PSEREBHMS 2017-02-13 2024-10-16")
P(en="Khaled Meshaal|Khaled Mashal ; Meshaal|Mashal", ar="خالد مشعل", ru="Халед Машаль ; Машаль",
  roles="PSEREBHMS 1996 -")
P(en="Khalil al-Hayya ; al-Hayya", ar="خليل الحية", roles="PSEREBHMS 2006 -")

# --- Ukraine ---
P(en="Volodymyr Zelensky|Volodymyr Zelenskyy|Volodymyr Zelenskiy ; Zelensky|Zelenskyy|Zelenskiy",
  ar="فولوديمير زيلينسكي ; زيلينسكي|زيلنسكي", fa="ولودیمیر زلنسکی ; زلنسکی",
  ru="Владимир Зеленский ; Зеленский|Зеленского|Зеленскому|Зеленским|Зеленском",
  tr="Volodimir Zelenski ; Zelenski", az="Volodimir Zelenski ; Zelenski",
  roles="UKRGOV 2019-05-20 -")
P(en="Denys Shmyhal ; Shmyhal", ar="دينيس شميهال ; شميهال", ru="Денис Шмыгаль ; Шмыгаль",
  roles="UKRGOV 2020-03-04 2025-07-17 | UKRGOVMIL 2025-07-17 -")
P(en="Yulia Svyrydenko ; Svyrydenko", ar="يوليا سفيريدينكو ; سفيريدينكو",
  ru="Юлия Свириденко ; Свириденко", roles="UKRGOV 2025-07-17 -")
P(en="Andrii Sybiha|Andriy Sybiha ; Sybiha", ar="أندريه سيبيها|أندري سيبيغا ; سيبيها",
  ru="Андрей Сибига ; Сибига", tr="Andriy Sibiga ; Sibiga", roles="UKRGOV 2024-09-05 -")
P(en="Dmytro Kuleba ; Kuleba", ar="دميترو كوليبا ; كوليبا", ru="Дмитрий Кулеба ; Кулеба",
  tr="Dmitro Kuleba ; Kuleba", roles="UKRGOV 2020-03-04 2024-09-05")
P(en="Rustem Umerov ; Umerov", ar="رستم عمروف|رستم أوميروف ; عمروف", ru="Рустем Умеров ; Умеров",
  roles="UKRGOVMIL 2023-09-06 2025-07-17 | UKRGOV 2025-07-17 -")
P(en="Oleksii Reznikov|Oleksiy Reznikov ; Reznikov", ar="أوليكسي ريزنيكوف ; ريزنيكوف",
  ru="Алексей Резников ; Резников", roles="UKRGOVMIL 2021-11-04 2023-09-05")
P(en="Petro Poroshenko ; Poroshenko", ar="بيترو بوروشينكو ; بوروشينكو",
  ru="Пётр Порошенко|Петр Порошенко ; Порошенко",
  roles="UKRGOV 2014-06-07 2019-05-20 | UKROPP 2019-05-20 -")

# --- United States ---
P(en="Donald Trump|Donald J. Trump ; Trump", ar="دونالد ترامب|دونالد ترمب ; ترامب|ترمب",
  fa="دونالد ترامپ ; ترامپ", ru="Дональд Трамп ; Трамп", tr="Donald Trump ; Trump",
  az="Donald Tramp ; Tramp",
  roles="USAGOV 2017-01-20 2021-01-20 | USAOPP 2021-01-20 2025-01-20 | USAGOV 2025-01-20 -")
P(en="Joe Biden|Joseph Biden|Joseph R. Biden ; Biden", ar="جو بايدن ; بايدن", fa="جو بایدن ; بایدن",
  ru="Джо Байден ; Байден", tr="Joe Biden ; Biden", az="Co Bayden ; Bayden",
  roles="USAGOV 2009-01-20 2017-01-20 | USAGOV 2021-01-20 2025-01-20")
P(en="Barack Obama ; Obama", ar="باراك أوباما ; أوباما", fa="باراک اوباما ; اوباما",
  ru="Барак Обама ; Обама", tr="Barack Obama ; Obama", roles="USAGOV 2009-01-20 2017-01-20")
P(en="JD Vance|J.D. Vance ; Vance", ar="جيه دي فانس|جي دي فانس ; فانس", fa="جی‌دی ونس ; ونس",
  ru="Джей Ди Вэнс ; Вэнс", tr="JD Vance ; Vance", roles="USAGOV 2025-01-20 -")
P(en="Kamala Harris", ar="كامالا هاريس", ru="Камала Харрис", roles="USAGOV 2021-01-20 2025-01-20")
P(en="Marco Rubio ; Rubio", ar="ماركو روبيو ; روبيو", fa="مارکو روبیو ; روبیو",
  ru="Марко Рубио ; Рубио", tr="Marco Rubio ; Rubio", az="Marko Rubio ; Rubio",
  roles="USAGOV 2025-01-21 -")
P(en="Antony Blinken|Anthony Blinken ; Blinken", ar="أنتوني بلينكن ; بلينكن", fa="آنتونی بلینکن ; بلینکن",
  ru="Энтони Блинкен ; Блинкен", tr="Antony Blinken ; Blinken", roles="USAGOV 2021-01-26 2025-01-20")
P(en="Mike Pompeo ; Pompeo", ar="مايك بومبيو ; بومبيو", ru="Майк Помпео ; Помпео",
  roles="USASPY 2017-01-23 2018-04-26 | USAGOV 2018-04-26 2021-01-20")
P(en="Pete Hegseth ; Hegseth", ar="بيت هيغسيث ; هيغسيث", ru="Пит Хегсет ; Хегсет",
  tr="Pete Hegseth ; Hegseth", roles="USAGOVMIL 2025-01-25 -")
P(en="Lloyd Austin", ar="لويد أوستن", ru="Ллойд Остин", roles="USAGOVMIL 2021-01-22 2025-01-20")
P(en="Steve Witkoff ; Witkoff", ar="ستيف ويتكوف ; ويتكوف", fa="استیو ویتکاف ; ویتکاف",
  ru="Стив Уиткофф ; Уиткофф", tr="Steve Witkoff ; Witkoff", roles="USAGOV 2025-01-20 -")
P(en="Karoline Leavitt ; Leavitt", ar="كارولين ليفيت", roles="USAGOV 2025-01-20 -")
P(en="Mike Waltz", ar="مايك والتز", roles="USAGOV 2025-01-20 2025-05-01")
P(en="Jake Sullivan", ar="جيك سوليفان", ru="Джейк Салливан", roles="USAGOV 2021-01-20 2025-01-20")
P(en="Linda Thomas-Greenfield", ar="ليندا توماس غرينفيلد", roles="USAGOV 2021-02-25 2025-01-20")
P(en="Tulsi Gabbard ; Gabbard", ar="تولسي غابارد", roles="USASPY 2025-02-12 -")
P(en="John Ratcliffe ; Ratcliffe", ar="جون راتكليف", roles="USASPY 2020-05-26 2021-01-20 | USASPY 2025-01-23 -")
P(en="Mike Johnson", roles="USALEG 2023-10-25 -")

# --- United Kingdom ---
P(en="Keir Starmer|Sir Keir Starmer ; Starmer", ar="كير ستارمر ; ستارمر", fa="کی‌یر استارمر ; استارمر",
  ru="Кир Стармер ; Стармер", tr="Keir Starmer ; Starmer", roles="GBROPP 2020-04-04 2024-07-05 | GBRGOV 2024-07-05 -")
P(en="Rishi Sunak ; Sunak", ar="ريشي سوناك ; سوناك", ru="Риши Сунак ; Сунак",
  roles="GBRGOV 2020-02-13 2022-07-05 | GBRGOV 2022-10-25 2024-07-05")
P(en="Liz Truss", ar="ليز تراس", ru="Лиз Трасс", roles="GBRGOV 2021-09-15 2022-10-25")
P(en="Boris Johnson", ar="بوريس جونسون", ru="Борис Джонсон", roles="GBRGOV 2016-07-13 2018-07-09 | GBRGOV 2019-07-24 2022-09-06")
P(en="Theresa May", ar="تيريزا ماي", ru="Тереза Мэй", roles="GBRGOV 2010-05-12 2019-07-24")
P(en="David Cameron", ar="ديفيد كاميرون", ru="Дэвид Кэмерон", roles="GBRGOV 2010-05-11 2016-07-13 | GBRGOV 2023-11-13 2024-07-05")
P(en="David Lammy ; Lammy", ar="ديفيد لامي ; لامي", ru="Дэвид Лэмми ; Лэмми", roles="GBRGOV 2024-07-05 -")
P(en="Yvette Cooper", ar="إيفيت كوبر", ru="Иветт Купер", roles="GBRGOV 2024-07-05 -")
P(en="John Healey ; Healey", ar="جون هيلي", ru="Джон Хили", roles="GBRGOVMIL 2024-07-05 -")
P(en="James Cleverly", ar="جيمس كليفرلي", roles="GBRGOV 2022-09-06 2024-07-05")
P(en="Ben Wallace", ar="بن والاس", roles="GBRGOVMIL 2019-07-24 2023-08-31")
P(en="King Charles III|Charles III|King Charles", ar="الملك تشارلز الثالث|تشارلز الثالث",
  ru="Карл III", roles="GBRGOV 2022-09-08 -")

# --- France ---
P(en="Emmanuel Macron ; Macron", ar="إيمانويل ماكرون ; ماكرون", fa="امانوئل مکرون ; مکرون",
  ru="Эмманюэль Макрон ; Макрон", tr="Emmanuel Macron ; Macron", az="Emmanuel Makron ; Makron",
  roles="FRAGOV 2014-08-26 2016-08-30 | FRAGOV 2017-05-14 -")
P(en="Sébastien Lecornu ; Lecornu", ar="سيباستيان لوكورنو ; لوكورنو", ru="Себастьен Лекорню ; Лекорню",
  roles="FRAGOVMIL 2022-05-20 2025-09-09 | FRAGOV 2025-09-09 -")
P(en="François Bayrou ; Bayrou", ar="فرانسوا بايرو ; بايرو", ru="Франсуа Байру ; Байру",
  roles="FRAGOV 2024-12-13 2025-09-09")
P(en="Michel Barnier ; Barnier", ar="ميشال بارنييه ; بارنييه", ru="Мишель Барнье ; Барнье",
  roles="FRAGOV 2024-09-05 2024-12-13")
P(en="Gabriel Attal ; Attal", ar="غابرييل أتال ; أتال", roles="FRAGOV 2024-01-09 2024-09-05")
P(en="Élisabeth Borne", ar="إليزابيث بورن", roles="FRAGOV 2022-05-16 2024-01-09")
# Adama Barrow, the Gambia's president, by his Arabic full name: his surname alone is written
# as Barrot's ("بارو") and stays French.
P(en="Adama Barrow", ar="أداما بارو", roles="GMBGOV 2017-01-19 -")
P(en="Jean-Noël Barrot ; Barrot", ar="جان نويل بارو ; بارو", ru="Жан-Ноэль Барро ; Барро",
  roles="FRAGOV 2024-09-21 -")
P(en="Stéphane Séjourné ; Séjourné", ar="ستيفان سيجورنيه", roles="FRAGOV 2024-01-11 2024-09-21")
P(en="Catherine Colonna", ar="كاترين كولونا", roles="FRAGOV 2022-05-20 2024-01-11")
P(en="Jean-Yves Le Drian ; Le Drian", ar="جان إيف لودريان ; لودريان",
  roles="FRAGOVMIL 2012-05-16 2017-05-17 | FRAGOV 2017-05-17 2022-05-20")
P(en="François Hollande ; Hollande", ar="فرانسوا هولاند ; هولاند", roles="FRAGOV 2012-05-15 2017-05-14")

# --- Germany ---
P(en="Friedrich Merz ; Merz", ar="فريدريش ميرتس|فريدريش ميرز ; ميرتس|ميرز", fa="فریدریش مرتس ; مرتس",
  ru="Фридрих Мерц ; Мерц", tr="Friedrich Merz ; Merz", roles="DEUOPP 2022-01-31 2025-05-06 | DEUGOV 2025-05-06 -")
P(en="Olaf Scholz ; Scholz", ar="أولاف شولتس|أولاف شولتز ; شولتس|شولتز", fa="اولاف شولتس ; شولتس",
  ru="Олаф Шольц ; Шольц", tr="Olaf Scholz ; Scholz", roles="DEUGOV 2018-03-14 2025-05-06")
P(en="Angela Merkel ; Merkel", ar="أنغيلا ميركل|أنجيلا ميركل ; ميركل", ru="Ангела Меркель ; Меркель",
  roles="DEUGOV 2005-11-22 2021-12-08")
P(en="Frank-Walter Steinmeier ; Steinmeier", ar="فرانك فالتر شتاينماير ; شتاينماير",
  ru="Франк-Вальтер Штайнмайер ; Штайнмайер",
  roles="DEUGOV 2005-11-22 2009-10-28 | DEUGOV 2013-12-17 2017-01-27 | DEUGOV 2017-03-19 -")
P(en="Johann Wadephul ; Wadephul", ar="يوهان فاديفول ; فاديفول", ru="Йоханн Вадефуль ; Вадефуль",
  roles="DEUGOV 2025-05-06 -")
P(en="Annalena Baerbock ; Baerbock", ar="أنالينا بيربوك ; بيربوك", ru="Анналена Бербок ; Бербок",
  roles="DEUGOV 2021-12-08 2025-05-06 | IGOUNO 2025-09-09 -")
P(en="Boris Pistorius ; Pistorius", ar="بوريس بيستوريوس ; بيستوريوس", ru="Борис Писториус ; Писториус",
  roles="DEUGOVMIL 2023-01-19 -")

# --- China ---
P(en="Xi Jinping|President Xi ; Xi", ar="شي جين بينغ|شي جينبينغ", fa="شی جین‌پینگ|شی جین پینگ",
  ru="Си Цзиньпин ; Си", tr="Şi Cinping ; Şi", az="Si Cinpin ; Si",
  roles="CHNGOV 2008-03-15 2013-03-14 | CHNGOV 2013-03-14 -")
P(en="Li Qiang", ar="لي تشيانغ", ru="Ли Цян", roles="CHNGOV 2023-03-11 -")
P(en="Li Keqiang", ar="لي كه تشيانغ", ru="Ли Кэцян", roles="CHNGOV 2013-03-15 2023-03-11")
P(en="Wang Yi", ar="وانغ يي", fa="وانگ یی", ru="Ван И", tr="Wang Yi",
  roles="CHNGOV 2013-03-16 2022-12-30 | CHNGOV 2023-07-25 -")
P(en="Qin Gang", ar="تشين قانغ", ru="Цинь Ган", roles="CHNGOV 2022-12-30 2023-07-25")
P(en="Dong Jun", ar="دونغ جون", ru="Дун Цзюнь", roles="CHNGOVMIL 2023-12-29 -")
P(en="Hu Jintao", ar="هو جين تاو", ru="Ху Цзиньтао", roles="CHNGOV 2003-03-15 2013-03-14")
P(en="Mao Ning", ar="ماو نينغ", roles="CHNGOV 2022 -")
P(en="Lin Jian", ar="لين جيان", roles="CHNGOV 2024 -")
P(en="Guo Jiakun", ar="غوو جيا كون", roles="CHNGOV 2024 -")

# --- India / Pakistan ---
P(en="Narendra Modi ; Modi", ar="ناريندرا مودي ; مودي", fa="نارندرا مودی ; مودی",
  ru="Нарендра Моди ; Моди", tr="Narendra Modi ; Modi", roles="INDGOV 2014-05-26 -")
P(en="Droupadi Murmu ; Murmu", ar="دروبادي مورمو", roles="INDGOV 2022-07-25 -")
P(en="Subrahmanyam Jaishankar|S. Jaishankar ; Jaishankar", ar="سوبرامانيام جايشانكار ; جايشانكار",
  ru="Субраманьям Джайшанкар ; Джайшанкар", roles="INDGOV 2019-05-30 -")
P(en="Rajnath Singh", ar="راجناث سينغ", ru="Раджнатх Сингх", roles="INDGOVMIL 2019-05-31 -")
P(en="Ajit Doval ; Doval", ar="أجيت دوفال", roles="INDGOV 2014-05-30 -")
P(en="Manmohan Singh", ar="مانموهان سينغ", roles="INDGOV 2004-05-22 2014-05-26")
P(en="Shehbaz Sharif|Shahbaz Sharif", ar="شهباز شريف", fa="شهباز شریف", ru="Шахбаз Шариф",
  roles="PAKGOV 2022-04-11 2023-08-14 | PAKGOV 2024-03-04 -")
P(en="Nawaz Sharif", ar="نواز شريف", roles="PAKGOV 2013-06-05 2017-07-28")
P(en="Asif Ali Zardari ; Zardari", ar="آصف علي زرداري ; زرداري", roles="PAKGOV 2008-09-09 2013-09-09 | PAKGOV 2024-03-10 -")
P(en="Imran Khan", ar="عمران خان", fa="عمران خان", ru="Имран Хан",
  roles="PAKGOV 2018-08-18 2022-04-10 | PAKOPP 2022-04-10 -")
P(en="Ishaq Dar", ar="إسحاق دار", roles="PAKGOV 2024-03-11 -")
P(en="Khawaja Asif", ar="خواجة آصف", roles="PAKGOVMIL 2024-03-11 -")
P(en="Bilawal Bhutto Zardari|Bilawal Bhutto ; Bilawal", ar="بلاول بوتو زرداري", roles="PAKGOV 2022-04-27 2023-08-10")
P(en="Asim Munir", ar="عاصم منير", ru="Асим Мунир", roles="PAKMIL 2022-11-29 -")
P(en="Anwaar-ul-Haq Kakar", roles="PAKGOV 2023-08-14 2024-03-04")
P(en="Arif Alvi", ar="عارف علوي", roles="PAKGOV 2018-09-09 2024-03-10")

# --- Gulf ---
P(en="King Salman|Salman bin Abdulaziz|Salman bin Abdulaziz Al Saud",
  ar="الملك سلمان|سلمان بن عبد العزيز|الملك سلمان بن عبد العزيز", ru="Сальман бен Абдель Азиз",
  roles="SAUGOV 2011-11-05 2015-01-23 | SAUGOV 2015-01-23 -")
P(en="Mohammed bin Salman|Mohammad bin Salman|Muhammad bin Salman|MBS ; bin Salman",
  ar="محمد بن سلمان|ولي العهد السعودي ; بن سلمان", fa="محمد بن سلمان|بن سلمان",
  ru="Мухаммед бен Сальман", tr="Muhammed bin Selman", az="Məhəmməd bin Salman",
  roles="SAUGOVMIL 2015-01-23 2017-06-21 | SAUGOV 2017-06-21 -")
P(en="Faisal bin Farhan|Prince Faisal bin Farhan", ar="فيصل بن فرحان", ru="Фейсал бен Фархан",
  roles="SAUGOV 2019-10-23 -")
P(en="Khalid bin Salman", ar="خالد بن سلمان", roles="SAUGOVMIL 2022-09-27 -")
P(en="Adel al-Jubeir ; al-Jubeir|Jubeir", ar="عادل الجبير ; الجبير", roles="SAUGOV 2015-04-29 -")
P(en="Mohamed bin Zayed|Mohammed bin Zayed|MBZ ; bin Zayed", ar="محمد بن زايد ; بن زايد",
  ru="Мухаммед бен Заид", roles="AREGOV 2004-11-03 -")
P(en="Mohammed bin Rashid|Mohammed bin Rashid Al Maktoum", ar="محمد بن راشد|محمد بن راشد آل مكتوم",
  roles="AREGOV 2006-01-05 -")
P(en="Abdullah bin Zayed", ar="عبد الله بن زايد", ru="Абдалла бен Заид", roles="AREGOV 2006-02-09 -")
P(en="Anwar Gargash ; Gargash", ar="أنور قرقاش ; قرقاش", roles="AREGOV 2008 -")
P(en="Tamim bin Hamad|Tamim bin Hamad Al Thani|Sheikh Tamim", ar="تميم بن حمد|الشيخ تميم بن حمد آل ثاني|الشيخ تميم",
  ru="Тамим бен Хамад", tr="Temim bin Hamed", roles="QATGOV 2013-06-25 -")
P(en="Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman", ar="محمد بن عبد الرحمن آل ثاني|محمد بن عبد الرحمن",
  ru="Мухаммед бен Абдель Рахман Аль Тани", roles="QATGOV 2016-01-27 -")
P(en="Majed al-Ansari", ar="ماجد الأنصاري", roles="QATGOV 2022 -")
P(en="Sheikh Mishal|Mishal al-Ahmad al-Jaber al-Sabah", ar="الشيخ مشعل الأحمد الجابر الصباح|الشيخ مشعل الأحمد|مشعل الأحمد الجابر الصباح",
  roles="KWTGOV 2023-12-16 -")
# Kuwait's prime minister of 2019-2022, crown prince since June 2024.
P(en="Sabah Khalid Al-Hamad Al-Sabah|Sabah al-Khalid al-Hamad al-Sabah",
  ar="صباح خالد الحمد المبارك الصباح|صباح الخالد الحمد المبارك الصباح|صباح خالد الحمد الصباح|صباح الخالد الحمد الصباح",
  roles="KWTGOV 2019-11-19 2022-07-24 | KWTGOV 2024-06-01 -")
# Pacific and island leaders named in Arabic agency copy without their title.
P(en="Feleti Teo", ar="فيليتي تيو", roles="TUVGOV 2024-02-26 -")
P(en="Hilda Heine", ar="هيلدا هاين", roles="MHLGOV 2016-01-28 2020-01-13 | MHLGOV 2024-01-02 -")
# Zanzibar's president heads its own government inside Tanzania.
P(en="Hussein Mwinyi|Hussein Ali Mwinyi", ar="حسين علي مويني|حسين مويني", roles="TZAGOV 2020-11-03 -")
P(en="Sultan Haitham|Haitham bin Tariq", ar="السلطان هيثم بن طارق|هيثم بن طارق", roles="OMNGOV 2020-01-11 -")
P(en="King Hamad|Hamad bin Isa Al Khalifa", ar="الملك حمد بن عيسى|حمد بن عيسى آل خليفة", roles="BHRGOV 1999-03-06 -")
P(en="Sultan Hassanal Bolkiah|Hassanal Bolkiah", ar="السلطان حسن البلقية|السلطان حاجي حسن البلقية|حاجي حسن البلقية|حسن البلقية",
  roles="BRNGOV 1967-10-05 -")

# --- Egypt, Levant, Iraq, Jordan ---
P(en="Abdel Fattah el-Sisi|Abdel Fattah al-Sisi ; el-Sisi|al-Sisi|Sisi",
  ar="عبد الفتاح السيسي ; السيسي", fa="عبدالفتاح السیسی ; السیسی", ru="Абдель Фаттах ас-Сиси ; ас-Сиси",
  tr="Abdulfettah es-Sisi ; Sisi", roles="EGYGOVMIL 2012-08-12 2014-03-26 | EGYGOV 2014-06-08 -")
P(en="Mostafa Madbouly|Moustafa Madbouly ; Madbouly", ar="مصطفى مدبولي ; مدبولي", roles="EGYGOV 2018-06-07 -")
P(en="Badr Abdelatty ; Abdelatty", ar="بدر عبد العاطي ; عبد العاطي", ru="Бадр Абдель Ати",
  roles="EGYGOV 2024-07-03 -")
P(en="Abdel Mageed Saqr|Abdelmeguid Saqr", ar="عبد المجيد صقر", roles="EGYGOVMIL 2024-07-03 -")
P(en="Mohamed Zaki", ar="محمد زكي", roles="EGYGOVMIL 2018-06-14 2024-07-03")
P(en="Sameh Shoukry ; Shoukry", ar="سامح شكري", ru="Самех Шукри ; Шукри", roles="EGYGOV 2014-06-17 2024-07-03")
P(en="Hosni Mubarak ; Mubarak", ar="حسني مبارك", roles="EGYGOV 1981-10-14 2011-02-11")
P(en="Mohamed Morsi ; Morsi", ar="محمد مرسي ; مرسي", roles="EGYGOV 2012-06-30 2013-07-03")
P(en="Bashar al-Assad|Bashar Assad ; Assad|al-Assad", ar="بشار الأسد ; الأسد", fa="بشار اسد ; اسد",
  ru="Башар Асад ; Асад", tr="Beşar Esad ; Esad", az="Bəşər Əsəd ; Əsəd",
  roles="SYRGOV 2000-07-17 2024-12-08")
P(en="Hafez al-Assad ; Assad|al-Assad", ar="حافظ الأسد ; الأسد", ru="Хафез Асад",
  roles="SYRGOV 1970-11-13 2000-06-10")
P(en="Ahmed al-Sharaa|Ahmad al-Sharaa|Abu Mohammed al-Jolani|Abu Mohammad al-Julani|Abu Muhammad al-Jawlani ; al-Sharaa|Sharaa|al-Jolani|Jolani|al-Julani",
  ar="أحمد الشرع|أبو محمد الجولاني ; الشرع|الجولاني", fa="احمد الشرع|ابومحمد جولانی ; جولانی",
  ru="Ахмед аш-Шараа|Абу Мухаммад аль-Джулани ; аш-Шараа|аль-Джулани", tr="Ahmed Şara ; Şara",
  az="Əhməd əş-Şəra ; Şəra",
  roles="SYRREBMUS 2012-01-23 2024-12-08 | SYRGOV 2024-12-08 -")
P(en="Asaad al-Shaibani|Asaad Hassan al-Shaibani ; al-Shaibani|Shaibani", ar="أسعد الشيباني|أسعد حسن الشيباني ; الشيباني",
  ru="Асаад аш-Шейбани ; аш-Шейбани", tr="Esad Şeybani ; Şeybani", roles="SYRGOV 2024-12-21 -")
P(en="Murhaf Abu Qasra", ar="مرهف أبو قصرة", roles="SYRGOVMIL 2024-12-21 -")
P(en="Faisal Mekdad|Faisal al-Mekdad ; Mekdad", ar="فيصل المقداد ; المقداد", ru="Фейсал Мекдад ; Мекдад",
  roles="SYRGOV 2020-11-22 2024-12-08")
P(en="Walid Muallem|Walid al-Moualem", ar="وليد المعلم", roles="SYRGOV 2006-02-11 2020-11-16")
P(en="Mohammed Shia al-Sudani|Mohammed Shia' al-Sudani ; al-Sudani|Sudani", ar="محمد شياع السوداني",
  ru="Мухаммед Шиа ас-Судани", roles="IRQGOV 2022-10-27 -")
P(en="Mustafa al-Kadhimi ; al-Kadhimi|Kadhimi", ar="مصطفى الكاظمي ; الكاظمي", roles="IRQGOV 2020-05-07 2022-10-27")
P(en="Abdul Latif Rashid", ar="عبد اللطيف رشيد", roles="IRQGOV 2022-10-17 -")
P(en="Thabet al-Abbasi|Thabet Muhammad al-Abbasi", ar="ثابت العباسي|ثابت محمد العباسي", roles="IRQGOVMIL 2022-10-27 -")
P(en="Fuad Hussein", ar="فؤاد حسين", roles="IRQGOV 2020-06-06 -")
P(en="Nouri al-Maliki ; al-Maliki|Maliki", ar="نوري المالكي ; المالكي", roles="IRQGOV 2006-05-20 2014-09-08")
P(en="Saddam Hussein", ar="صدام حسين", roles="IRQGOV 1979-07-16 2003-04-09")
P(en="Joseph Aoun", ar="جوزيف عون", ru="Жозеф Аун", roles="LBNMIL 2017-03-08 2025-01-09 | LBNGOV 2025-01-09 -")
P(en="Michel Aoun", ar="ميشال عون", roles="LBNGOV 2016-10-31 2022-10-30")
P(en="Nawaf Salam", ar="نواف سلام", roles="LBNGOV 2025-02-08 -")
P(en="Najib Mikati ; Mikati", ar="نجيب ميقاتي ; ميقاتي", roles="LBNGOV 2011-06-13 2014-02-15 | LBNGOV 2021-09-10 2025-02-08")
P(en="Youssef Rajji|Youssef Raggi", ar="يوسف رجي", roles="LBNGOV 2025-02-08 -")
P(en="Michel Menassa", ar="ميشال منسى", roles="LBNGOVMIL 2025-02-08 -")
P(en="Abdallah Bou Habib", ar="عبد الله بو حبيب", roles="LBNGOV 2021-09-10 2025-02-08")
P(en="Nabih Berri ; Berri", ar="نبيه بري", roles="LBNLEG 1992-10-20 -")
P(en="Saad Hariri", ar="سعد الحريري", roles="LBNGOV 2009-11-09 2011-06-13 | LBNGOV 2016-12-18 2020-01-21")
P(en="Hassan Nasrallah|Sayyed Hassan Nasrallah ; Nasrallah", ar="حسن نصر الله|السيد حسن نصر الله ; نصر الله",
  fa="حسن نصرالله|سید حسن نصرالله ; نصرالله", ru="Хасан Насралла ; Насралла",
  tr="Hasan Nasrallah ; Nasrallah", roles="LBNREB 1992-02-16 2024-09-27")
P(en="Naim Qassem|Naim Qassim", ar="نعيم قاسم", fa="نعیم قاسم", ru="Наим Касем",
  roles="LBNREB 2024-10-29 -")
P(en="King Abdullah II|Abdullah II of Jordan", ar="الملك عبد الله الثاني|عبد الله الثاني",
  ru="Абдалла II", roles="JORGOV 1999-02-07 -")
P(en="Ayman Safadi ; Safadi", ar="أيمن الصفدي ; الصفدي", ru="Айман Сафади ; Сафади", roles="JORGOV 2017-01-15 -")
P(en="Jafar Hassan", ar="جعفر حسان", roles="JORGOV 2024-09-18 -")
P(en="Bisher Khasawneh|Bisher al-Khasawneh", ar="بشر الخصاونة", roles="JORGOV 2020-10-12 2024-09-18")

# --- Yemen, Afghanistan, Sudan ---
P(en="Abdul-Malik al-Houthi|Abdulmalik al-Houthi", ar="عبد الملك الحوثي", fa="عبدالملک الحوثی",
  ru="Абдель-Малик аль-Хуси", roles="YEMREB 2004 -")
P(en="Rashad al-Alimi", ar="رشاد العليمي", roles="YEMGOV 2022-04-07 -")
P(en="Hibatullah Akhundzada|Haibatullah Akhundzada ; Akhundzada", ar="هبة الله أخوند زاده",
  fa="هبت‌الله آخوندزاده|هبت الله آخوندزاده", ru="Хайбатулла Ахундзада",
  roles="AFGREB 2016-05-25 2021-08-15 | AFGGOV 2021-08-15 -")
P(en="Ashraf Ghani", ar="أشرف غني", fa="اشرف غنی", roles="AFGGOV 2014-09-29 2021-08-15")
P(en="Abdel Fattah al-Burhan ; al-Burhan|Burhan", ar="عبد الفتاح البرهان ; البرهان",
  ru="Абдель Фаттах аль-Бурхан", roles="SDNGOV 2019-08-21 -")
P(en="Mohamed Hamdan Dagalo|Hemedti ; Dagalo", ar="محمد حمدان دقلو|حميدتي",
  roles="SDNGOV 2019-08-21 2023-04-15 | SDNREB 2023-04-15 -")

# --- Kazakhstan, Belarus, Central Asia ---
P(en="Kassym-Jomart Tokayev|Kassym-Zhomart Tokayev ; Tokayev", ar="قاسم جومارت توكاييف ; توكاييف|توكايف",
  ru="Касым-Жомарт Токаев ; Токаев", tr="Kasım Cömert Tokayev ; Tokayev", az="Kasım-Jomart Tokayev ; Tokayev",
  roles="KAZGOV 2019-03-20 -")
P(en="Nursultan Nazarbayev ; Nazarbayev", ar="نور سلطان نزارباييف ; نزارباييف",
  ru="Нурсултан Назарбаев ; Назарбаев", tr="Nursultan Nazarbayev ; Nazarbayev",
  roles="KAZGOV 1990-04-24 2019-03-20")
P(en="Olzhas Bektenov ; Bektenov", ru="Олжас Бектенов ; Бектенов", roles="KAZGOV 2024-02-06 -")
P(en="Alikhan Smailov ; Smailov", ru="Алихан Смаилов ; Смаилов", roles="KAZGOV 2022-01-11 2024-02-05")
P(en="Murat Nurtleu ; Nurtleu", ru="Мурат Нуртлеу ; Нуртлеу", roles="KAZGOV 2023-09-01 -")
P(en="Mukhtar Tileuberdi ; Tileuberdi", ru="Мухтар Тлеуберди ; Тлеуберди", roles="KAZGOV 2019-05-18 2023-09-01")
P(en="Alexander Lukashenko|Aleksandr Lukashenko|Alyaksandr Lukashenka ; Lukashenko|Lukashenka",
  ar="ألكسندر لوكاشينكو ; لوكاشينكو|لوكاشنكو", fa="الکساندر لوکاشنکو ; لوکاشنکو",
  ru="Александр Лукашенко ; Лукашенко", tr="Aleksandr Lukaşenko ; Lukaşenko",
  az="Aleksandr Lukaşenko ; Lukaşenko", roles="BLRGOV 1994-07-20 -")
P(en="Roman Golovchenko ; Golovchenko", ru="Роман Головченко ; Головченко", roles="BLRGOV 2020-06-04 2025")
P(en="Alexander Turchin|Aleksandr Turchin", ru="Александр Турчин", roles="BLRGOV 2025 -")
P(en="Maxim Ryzhenkov|Maksim Ryzhenkov ; Ryzhenkov", ru="Максим Рыженков ; Рыженков", roles="BLRGOV 2024 -")
P(en="Vladimir Makei|Uladzimir Makei ; Makei", ru="Владимир Макей ; Макей", roles="BLRGOV 2012-08-20 2022-11-26")
P(en="Viktor Khrenin ; Khrenin", ru="Виктор Хренин ; Хренин", roles="BLRGOVMIL 2019 -")
P(en="Shavkat Mirziyoyev ; Mirziyoyev", ar="شوكت ميرضيائيف ; ميرضيائيف", ru="Шавкат Мирзиёев ; Мирзиёев",
  tr="Şevket Mirziyoyev ; Mirziyoyev", az="Şavkat Mirziyoyev ; Mirziyoyev", roles="UZBGOV 2003-12-12 -")
P(en="Serdar Berdimuhamedov|Serdar Berdimuhamedow", ru="Сердар Бердымухамедов", tr="Serdar Berdimuhammedov",
  az="Sərdar Berdiməhəmmədov", roles="TKMGOV 2022-03-19 -")
P(en="Emomali Rahmon ; Rahmon", ru="Эмомали Рахмон ; Рахмон", roles="TJKGOV 1992-11-19 -")
P(en="Sadyr Japarov|Sadyr Zhaparov ; Japarov|Zhaparov", ar="صادر جباروف ; جباروف", ru="Садыр Жапаров", roles="KGZGOV 2020-10-14 -")

# --- Other major states ---
P(en="Giorgia Meloni ; Meloni", ar="جورجيا ميلوني ; ميلوني", ru="Джорджа Мелони ; Мелони",
  roles="ITAGOV 2022-10-22 -")
P(en="Pedro Sánchez", ar="بيدرو سانشيز", roles="ESPGOV 2018-06-02 -")
P(en="Donald Tusk ; Tusk", ar="دونالد توسك ; توسك", ru="Дональд Туск ; Туск",
  roles="POLGOV 2007-11-16 2014-09-22 | IGOEUREEC 2014-12-01 2019-11-30 | POLGOV 2023-12-13 -")
P(en="Andrzej Duda", ar="أندريه دودا", roles="POLGOV 2015-08-06 2025-08-06")
P(en="Karol Nawrocki ; Nawrocki", ru="Кароль Навроцкий ; Навроцкий", roles="POLGOV 2025-08-06 -")
P(en="Viktor Orbán|Viktor Orban ; Orbán|Orban", ar="فيكتور أوربان ; أوربان", ru="Виктор Орбан ; Орбан",
  roles="HUNGOV 1998-07-06 2002-05-27 | HUNGOV 2010-05-29 -")
P(en="Mark Carney", ar="مارك كارني", roles="CANGOV 2025-03-14 -")
P(en="Justin Trudeau ; Trudeau", ar="جاستن ترودو ; ترودو", roles="CANGOV 2015-11-04 2025-03-14")
P(en="Luiz Inácio Lula da Silva|Lula da Silva ; Lula", ar="لويس إيناسيو لولا دا سيلفا ; لولا",
  ru="Лула да Силва", roles="BRAGOV 2003-01-01 2011-01-01 | BRAGOV 2023-01-01 -")
P(en="Kim Jong Un|Kim Jong-un", ar="كيم جونغ أون", fa="کیم جونگ اون", ru="Ким Чен Ын", roles="PRKGOV 2011-12-17 -")
# (Kim Jong Un's sister, a vice department director of the ruling party's central
# committee who speaks for the state on South Korea and Japan.)
P(en="Kim Yo Jong|Kim Yo-jong", ar="كيم يو جونغ", roles="PRKGOV 2014-01-01 -")
P(en="Lee Jae-myung", ar="لي جاي ميونغ", roles="KOROPP 2022-08-28 2025-06-04 | KORGOV 2025-06-04 -")
P(en="Yoon Suk Yeol|Yoon Suk-yeol", ar="يون سوك يول", roles="KORGOV 2022-05-10 2025-04-04")
P(en="Shigeru Ishiba ; Ishiba", ar="شيغيرو إيشيبا", roles="JPNGOV 2024-10-01 2025-10-21")
P(en="Sanae Takaichi ; Takaichi", ar="ساناي تاكايتشي", roles="JPNGOV 2025-10-21 -")
P(en="Fumio Kishida ; Kishida", ar="فوميو كيشيدا ; كيشيدا", roles="JPNGOV 2021-10-04 2024-10-01")
P(en="Abdelmadjid Tebboune ; Tebboune", ar="عبد المجيد تبون ; تبون", roles="DZAGOV 2019-12-19 -")
P(en="Kais Saied ; Saied", ar="قيس سعيد", roles="TUNGOV 2019-10-23 -")
P(en="King Mohammed VI|Mohammed VI", ar="الملك محمد السادس|محمد السادس", roles="MARGOV 1999-07-23 -")
P(en="Abdul Hamid Dbeibah|Abdulhamid Dbeibah ; Dbeibah", ar="عبد الحميد الدبيبة ; الدبيبة", roles="LBYGOV 2021-03-15 -")

# --- IGOs ---
P(en="António Guterres|Antonio Guterres ; Guterres", ar="أنطونيو غوتيريش|أنطونيو جوتيريش ; غوتيريش|جوتيريش|غوتيريس",
  fa="آنتونیو گوترش ; گوترش", ru="Антониу Гутерриш ; Гутерриш", tr="Antonio Guterres ; Guterres",
  az="Antonio Quterreş ; Quterreş", roles="IGOUNO 2017-01-01 -")
P(en="Ban Ki-moon", ar="بان كي مون", ru="Пан Ги Мун", roles="IGOUNO 2007-01-01 2016-12-31")
P(en="Stéphane Dujarric ; Dujarric", ar="ستيفان دوجاريك ; دوجاريك", roles="IGOUNO 2014 -")
P(en="Volker Türk|Volker Turk", ar="فولكر تورك", roles="IGOUNOHRIHCH 2022-10-17 -")
P(en="Filippo Grandi", ar="فيليبو غراندي", roles="IGOUNOREFHCR 2016-01-01 2025-12-31")
P(en="Rafael Grossi|Rafael Mariano Grossi ; Grossi", ar="رافائيل غروسي ; غروسي", fa="رافائل گروسی ; گروسی",
  ru="Рафаэль Гросси ; Гросси", roles="IGOUNOIAE 2019-12-03 -")
P(en="Tedros Adhanom Ghebreyesus|Tedros Adhanom ; Tedros", ar="تيدروس أدهانوم غيبريسوس|تيدروس أدهانوم",
  roles="IGOUNOHLHWHO 2017-07-01 -")
P(en="Mark Rutte ; Rutte", ar="مارك روته ; روته", fa="مارک روته ; روته", ru="Марк Рютте ; Рютте",
  tr="Mark Rutte ; Rutte", az="Mark Rutte ; Rutte",
  roles="NLDGOV 2010-10-14 2024-07-02 | IGOWSTNAT 2024-10-01 -")
P(en="Jens Stoltenberg ; Stoltenberg", ar="ينس ستولتنبرغ ; ستولتنبرغ", ru="Йенс Столтенберг ; Столтенберг",
  tr="Jens Stoltenberg ; Stoltenberg", roles="IGOWSTNAT 2014-10-01 2024-10-01 | NORGOV 2025-02-04 -")
P(en="Ursula von der Leyen ; von der Leyen", ar="أورسولا فون دير لاين ; فون دير لاين",
  fa="اورزولا فون در لاین ; فون در لاین", ru="Урсула фон дер Ляйен ; фон дер Ляйен",
  tr="Ursula von der Leyen ; von der Leyen", az="Ursula fon der Lyayen ; fon der Lyayen",
  roles="DEUGOVMIL 2013-12-17 2019-07-17 | IGOEUREEC 2019-12-01 -")
P(en="Kaja Kallas ; Kallas", ar="كايا كالاس ; كالاس", fa="کایا کالاس ; کالاس", ru="Кая Каллас ; Каллас",
  tr="Kaja Kallas ; Kallas", az="Kaya Kallas ; Kallas",
  roles="ESTGOV 2021-01-26 2024-07-23 | IGOEUREEC 2024-12-01 -")
P(en="Josep Borrell ; Borrell", ar="جوزيب بوريل ; بوريل", ru="Жозеп Боррель ; Боррель",
  roles="IGOEUREEC 2019-12-01 2024-11-30")
P(en="António Costa|Antonio Costa", ar="أنطونيو كوستا", ru="Антониу Кошта",
  roles="PRTGOV 2015-11-26 2024-04-02 | IGOEUREEC 2024-12-01 -")
P(en="Charles Michel", ar="شارل ميشيل", roles="IGOEUREEC 2019-12-01 2024-11-30")
P(en="Roberta Metsola ; Metsola", ar="روبرتا ميتسولا", roles="IGOEUREEC 2022-01-18 -")


# --- Foreign and defence ministers of further states (hand-kept; year precision
# where the exact day was not certain).
P(en="Antonio Tajani ; Tajani", ar="أنطونيو تاياني ; تاياني", ru="Антонио Таяни ; Таяни",
  tr="Antonio Tajani", roles="ITAGOV 2022-10-22 -")
P(en="Guido Crosetto ; Crosetto", ru="Гвидо Крозетто", roles="ITAGOVMIL 2022-10-22 -")
P(en="José Manuel Albares ; Albares", ar="خوسيه مانويل ألباريس", ru="Хосе Мануэль Альбарес",
  roles="ESPGOV 2021-07-12 -")
P(en="Margarita Robles", ru="Маргарита Роблес", roles="ESPGOVMIL 2018-06-07 -")
P(en="Radosław Sikorski|Radek Sikorski ; Sikorski", ar="رادوسلاف سيكورسكي ; سيكورسكي",
  ru="Радослав Сикорский ; Сикорский", tr="Radosław Sikorski",
  roles="POLGOVMIL 2005-10-31 2007-02-07 | POLGOV 2007-11-16 2014-09-22 | POLGOV 2023-12-13 -")
P(en="Władysław Kosiniak-Kamysz ; Kosiniak-Kamysz", ru="Владислав Косиняк-Камыш",
  roles="POLGOVMIL 2023-12-13 -")
P(en="Péter Szijjártó ; Szijjártó|Szijjarto", ar="بيتر سيارتو ; سيارتو", ru="Петер Сийярто ; Сийярто",
  tr="Péter Szijjártó", az="Peter Siyarto", roles="HUNGOV 2014-09-23 -")
P(en="Mélanie Joly", ar="ميلاني جولي", ru="Мелани Жоли", roles="CANGOV 2021-10-26 2025-05-13")
P(en="Anita Anand", roles="CANGOVMIL 2021-10-26 2023-07-26 | CANGOV 2025-05-13 -")
P(en="Takeshi Iwaya", ru="Такэси Ивая", roles="JPNGOV 2024-10-01 2025-10-21")
P(en="Toshimitsu Motegi ; Motegi", ru="Тосимицу Мотэги",
  roles="JPNGOV 2019-09-11 2021-11-04 | JPNGOV 2025-10-21 -")
P(en="Yoshimasa Hayashi", roles="JPNGOV 2021-11-10 2023-09-13 | JPNGOV 2024-10-01 2025-10-21")
P(en="Cho Tae-yul", roles="KORGOV 2024-01-11 2025-06-04")
P(en="Cho Hyun", roles="KORGOV 2025-07-19 -")
P(en="Mauro Vieira", ar="ماورو فييرا", ru="Мауру Виейра", roles="BRAGOV 2015-01-01 2016-05-12 | BRAGOV 2023-01-01 -")
P(en="Giorgos Gerapetritis|George Gerapetritis ; Gerapetritis", ru="Георгиос Герапетритис",
  roles="GRCGOV 2023-06-27 -")
P(en="Nikos Dendias ; Dendias", ru="Никос Дендиас ; Дендиас", tr="Nikos Dendias ; Dendias",
  roles="GRCGOV 2019-07-09 2023-05-26 | GRCGOVMIL 2023-06-27 -")
P(en="Bakhtiyor Saidov", ru="Бахтиёр Саидов", az="Baxtiyor Saidov", tr="Bahtiyor Saidov",
  roles="UZBGOV 2022 -")
P(en="Jeenbek Kulubaev|Zheenbek Kulubaev", ru="Жээнбек Кулубаев", roles="KGZGOV 2020-11-10 -")
P(en="Sirojiddin Muhriddin|Sirodjidin Aslov", ru="Сироджиддин Мухриддин", roles="TJKGOV 2013-11-30 -")
P(en="Rashid Meredov ; Meredov", ru="Рашид Мередов ; Мередов", az="Rəşid Meredov", tr="Reşit Meredov",
  roles="TKMGOV 2001-07-06 -")
P(en="Mihai Popșoi|Mihai Popsoi ; Popșoi|Popsoi", ru="Михай Попшой ; Попшой", roles="MDAGOV 2024-01-29 -")
P(en="Maia Sandu ; Sandu", ar="مايا ساندو ; ساندو", ru="Майя Санду ; Санду", tr="Maia Sandu ; Sandu",
  az="Maya Sandu ; Sandu", roles="MDAGOV 2019-06-08 2019-11-14 | MDAGOV 2020-12-24 -")
P(en="Ahmed Attaf", ar="أحمد عطاف ; عطاف", ru="Ахмед Аттаф", roles="DZAGOV 2023-03-18 -")
P(en="Nasser Bourita ; Bourita", ar="ناصر بوريطة ; بوريطة", ru="Насер Бурита ; Бурита", roles="MARGOV 2017-04-05 -")
P(en="Badr bin Hamad Al Busaidi|Badr Albusaidi", ar="بدر البوسعيدي|بدر بن حمد البوسعيدي",
  ru="Бадр аль-Бусаиди", roles="OMNGOV 2020-08-18 -")
P(en="Abdullah Al-Yahya|Abdullah Ali Al-Yahya", ar="عبدالله اليحيا|عبد الله اليحيا", roles="KWTGOV 2024 -")
P(en="Abdullatif bin Rashid Al Zayani|Abdullatif Al Zayani", ar="عبداللطيف الزياني|عبد اللطيف الزياني",
  roles="BHRGOV 2020-02-11 -")
P(en="Mohammed Ali Al-Hakim", roles="IRQGOV 2022 2022")
P(en="Amir Hatami", ar="أمير حاتمي", fa="امیر حاتمی", roles="IRNGOVMIL 2017-08-20 2021-08-25 | IRNMIL 2025-06-13 -")
P(en="Abdolrahim Mousavi", ar="عبد الرحيم موسوي", fa="عبدالرحیم موسوی", roles="IRNMIL 2017-08-21 2025-06-13 | IRNMIL 2025-06-13 -")
P(en="Mohammad Bagheri", ar="محمد باقري", fa="محمد باقری", roles="IRNMIL 2016-06-28 2025-06-13")
P(en="Mohammad Bagher Ghalibaf|Mohammad Bagher Qalibaf ; Ghalibaf|Qalibaf", ar="محمد باقر قاليباف ; قاليباف",
  fa="محمدباقر قالیباف|محمد باقر قالیباف ; قالیباف", ru="Мохаммад Багер Галибаф ; Галибаф",
  tr="Muhammed Bakır Galibaf ; Galibaf", roles="IRNLEG 2020-05-28 -")
P(en="Esmaeil Baghaei|Esmail Baghaei ; Baghaei", ar="إسماعيل بقائي ; بقائي", fa="اسماعیل بقائی ; بقائی",
  ru="Исмаил Багаи", roles="IRNGOV 2024 -")
P(en="Ali Larijani ; Larijani", ar="علي لاريجاني ; لاريجاني", fa="علی لاریجانی ; لاریجانی",
  ru="Али Лариджани ; Лариджани", roles="IRNLEG 2008-05-28 2020-05-28 | IRNGOV 2025-08-05 -")
P(en="Margus Tsahkna ; Tsahkna", ru="Маргус Цахкна", roles="ESTGOV 2023-04-17 -")
P(en="Gabrielius Landsbergis ; Landsbergis", ru="Габриэлюс Ландсбергис ; Ландсбергис", roles="LTUGOV 2020-12-07 2024-12-12")
P(en="Lars Løkke Rasmussen|Lars Lokke Rasmussen", roles="DNKGOV 2009-04-05 2011-10-03 | DNKGOV 2015-06-28 2019-06-27 | DNKGOV 2022-12-15 -")
P(en="Espen Barth Eide", roles="NORGOV 2023-10-16 -")
P(en="Elina Valtonen", roles="FINGOV 2023-06-20 -")
P(en="Maria Malmer Stenergard", roles="SWEGOV 2024-09-10 -")
P(en="Caspar Veldkamp", roles="NLDGOV 2024-11-19 2025-08-22")
P(en="Jan Lipavský|Jan Lipavsky", roles="CZEGOV 2021-12-17 -")
P(en="Juraj Blanár|Juraj Blanar", roles="SVKGOV 2023-10-25 -")
P(en="Marko Đurić|Marko Djuric", ru="Марко Джурич", roles="SRBGOV 2024-05-02 -")
P(en="Bujar Osmani", roles="MKDGOV 2020-08-31 2024-06-23")
P(en="Penny Wong", ar="بيني وونغ", ru="Пенни Вонг", roles="AUSGOV 2022-05-23 -")
P(en="Richard Marles ; Marles", roles="AUSGOVMIL 2022-06-01 -")
P(en="Winston Peters", roles="NZLGOV 2023-11-27 -")
P(en="Ronald Lamola", ar="رونالد لامولا", roles="ZAFGOV 2024-07-03 -")
P(en="Naledi Pandor ; Pandor", ar="ناليدي باندور", ru="Наледи Пандор", roles="ZAFGOV 2019-05-30 2024-07-03")
P(en="Juan Ramón de la Fuente", roles="MEXGOV 2024-10-01 2025")
P(en="Sugiono", roles="IDNGOV 2024-10-21 -")
P(en="Retno Marsudi", roles="IDNGOV 2014-10-27 2024-10-20")
P(en="Prabowo Subianto ; Prabowo", ar="برابوو سوبيانتو ; برابوو", ru="Прабово Субианто ; Прабово",
  tr="Prabowo Subianto ; Prabowo", roles="IDNGOVMIL 2019-10-23 2024-10-20 | IDNGOV 2024-10-20 -")
P(en="Javier Milei ; Milei", ar="خافيير ميلي ; ميلي", ru="Хавьер Милей ; Милей", tr="Javier Milei ; Milei",
  roles="ARGGOV 2023-12-10 -")
P(en="Claudia Sheinbaum ; Sheinbaum", ar="كلاوديا شينباوم ; شينباوم", ru="Клаудия Шейнбаум ; Шейнбаум",
  tr="Claudia Sheinbaum ; Sheinbaum", roles="MEXGOV 2024-10-01 -")
P(en="Andrés Manuel López Obrador|Lopez Obrador", ar="أندريس مانويل لوبيز أوبرادور", ru="Андрес Мануэль Лопес Обрадор",
  roles="MEXGOV 2018-12-01 2024-09-30")
P(en="Jair Bolsonaro ; Bolsonaro", ar="جايير بولسونارو ; بولسونارو", ru="Жаир Болсонару ; Болсонару",
  tr="Jair Bolsonaro ; Bolsonaro", roles="BRAGOV 2019-01-01 2022-12-31 | BRAOPP 2023-01-01 -")
P(en="Bola Tinubu|Bola Ahmed Tinubu ; Tinubu", ar="بولا تينوبو ; تينوبو", ru="Бола Тинубу ; Тинубу",
  roles="NGAGOV 2023-05-29 -")
P(en="William Ruto ; Ruto", ar="وليام روتو ; روتو", ru="Уильям Руто ; Руто", roles="KENGOV 2022-09-13 -")
P(en="Cyril Ramaphosa ; Ramaphosa", ar="سيريل رامافوزا ; رامافوزا", ru="Сирил Рамафоса ; Рамафоса",
  tr="Cyril Ramaphosa ; Ramaphosa", roles="ZAFGOV 2018-02-15 -")
P(en="Abiy Ahmed", ar="آبي أحمد", ru="Абий Ахмед", tr="Abiy Ahmed", roles="ETHGOV 2018-04-02 -")
P(en="Paul Kagame ; Kagame", ar="بول كاغامي ; كاغامي", ru="Поль Кагаме ; Кагаме", roles="RWAGOV 2000-03-24 -")
P(en="Félix Tshisekedi|Felix Tshisekedi ; Tshisekedi", ar="فيليكس تشيسكيدي|فيليكس تشيسيكيدي ; تشيسكيدي|تشيسيكيدي",
  ru="Феликс Чисекеди ; Чисекеди", roles="CODGOV 2019-01-24 -")
P(en="Anwar Ibrahim", ar="أنور إبراهيم", ru="Анвар Ибрагим", tr="Enver İbrahim", roles="MYSGOV 2022-11-24 -")
P(en="Lawrence Wong", roles="SGPGOV 2024-05-15 -")
P(en="Hun Manet", ar="هون مانيت", ru="Хун Манет", roles="KHMGOV 2023-08-22 -")
P(en="Hun Sen", ar="هون سين", ru="Хун Сен", roles="KHMGOV 1985-01-14 2023-08-22 | KHMLEG 2024-04-03 -")
P(en="Anutin Charnvirakul ; Anutin", roles="THAGOV 2025-09-07 -")
P(en="Paetongtarn Shinawatra ; Paetongtarn", ar="بايتونغتارن شيناواترا", ru="Пэтхонгтхан Чиннават",
  roles="THAGOV 2024-08-16 2025-08-29")
P(en="Srettha Thavisin ; Srettha", roles="THAGOV 2023-08-22 2024-08-14")
P(en="Lai Ching-te|William Lai", ar="لاي تشينغ تي", ru="Лай Циндэ", tr="Lai Ching-te", roles="TWNGOV 2024-05-20 -")
P(en="Tsai Ing-wen", ar="تساي إنغ ون", ru="Цай Инвэнь", tr="Tsai Ing-wen", roles="TWNGOV 2016-05-20 2024-05-20")
P(en="Ferdinand Marcos Jr.|Bongbong Marcos", ar="فرديناند ماركوس", ru="Фердинанд Маркос-младший",
  roles="PHLGOV 2022-06-30 -")
P(en="Anura Kumara Dissanayake", ar="أنورا كومارا ديساناياكا", roles="LKAGOV 2024-09-23 -")
P(en="Muhammad Yunus ; Yunus", ar="محمد يونس", ru="Мухаммад Юнус ; Юнус", roles="BGDGOV 2024-08-08 -")
P(en="Sheikh Hasina", ar="الشيخة حسينة", ru="Шейх Хасина", roles="BGDGOV 1996-06-23 2001-07-15 | BGDGOV 2009-01-06 2024-08-05")
P(en="KP Sharma Oli|K. P. Sharma Oli", roles="NPLGOV 2015-10-12 2016-08-04 | NPLGOV 2018-02-15 2021-07-13 | NPLGOV 2024-07-15 2025-09-09")
P(en="Sushila Karki", roles="NPLGOV 2025-09-12 -")
P(en="Mohamed Muizzu ; Muizzu", roles="MDVGOV 2023-11-17 -")
P(en="Daniel Noboa", ar="دانيال نوبوا", ru="Даниэль Нобоа", roles="ECUGOV 2023-11-23 -")
P(en="Bernardo Arévalo|Bernardo Arevalo", ar="برناردو أريفالو", roles="GTMGOV 2024-01-14 -")
P(en="Santiago Peña|Santiago Pena", ar="سانتياغو بينيا", roles="PRYGOV 2023-08-15 -")
P(en="José Raúl Mulino|Jose Raul Mulino ; Mulino", ar="خوسيه راؤول مولينو ; مولينو", roles="PANGOV 2024-07-01 -")
P(en="Yamandú Orsi|Yamandu Orsi", ar="ياماندو أورسي", roles="URYGOV 2025-03-01 -")
P(en="Dina Boluarte ; Boluarte", ar="دينا بولوارتي", ru="Дина Болуарте ; Болуарте", roles="PERGOV 2022-12-07 2025-10-10")
P(en="José Jerí|Jose Jeri", roles="PERGOV 2025-10-10 -")
P(en="Nicolás Maduro|Nicolas Maduro ; Maduro", ar="نيكولاس مادورو ; مادورو", fa="نیکلاس مادورو ; مادورو",
  ru="Николас Мадуро ; Мадуро", tr="Nicolas Maduro ; Maduro", az="Nikolas Maduro ; Maduro",
  roles="VENGOV 2013-03-05 -")
P(en="Miguel Díaz-Canel|Miguel Diaz-Canel ; Díaz-Canel|Diaz-Canel", ar="ميغيل دياز كانيل", ru="Мигель Диас-Канель",
  roles="CUBGOV 2018-04-19 -")
P(en="Gustavo Petro", ar="غوستافو بيترو", ru="Густаво Петро", roles="COLGOV 2022-08-07 -")
P(en="Gabriel Boric ; Boric", ar="غابرييل بوريك", ru="Габриэль Борич", roles="CHLGOV 2022-03-11 -")
P(en="Nayib Bukele ; Bukele", ar="نجيب بوكيلة ; بوكيلة", ru="Найиб Букеле ; Букеле", roles="SLVGOV 2019-06-01 -")
P(en="Daniel Ortega", ar="دانيال أورتيغا", ru="Даниэль Ортега", roles="NICGOV 1985-01-10 1990-04-25 | NICGOV 2007-01-10 -")
P(en="Rosario Murillo ; Murillo", ar="روساريو موريو", roles="NICGOV 2017-01-10 -")
P(en="Luis Arce", ar="لويس آرسي", ru="Луис Арсе", roles="BOLGOV 2020-11-08 2025-11-08")
P(en="Rodrigo Paz|Rodrigo Paz Pereira", ar="رودريغو باز", roles="BOLGOV 2025-11-08 -")
P(en="Jeremiah Manele", ar="جيريمايا مانيلي", roles="SLBGOV 2024-05-02 -")
P(en="Hakainde Hichilema ; Hichilema", ar="هاكيندي هيشيليما", roles="ZMBGOV 2021-08-24 -")
P(en="Aung San Suu Kyi ; Suu Kyi", ar="أونغ سان سو تشي ; سو تشي",
  roles="MMROPP 1988-09-27 2016-03-30 | MMRGOV 2016-03-30 2021-02-01 | MMROPP 2021-02-01 -")
P(en="Consuelo Porras", ar="كونسويلو بوراس", roles="GTMJUD 2018-05-17 2026-05-17")
P(en="Edi Rama", ar="إيدي راما", ru="Эди Рама", roles="ALBGOV 2013-09-15 -")
P(en="Aleksandar Vučić|Aleksandar Vucic ; Vučić|Vucic", ar="ألكسندر فوتشيتش ; فوتشيتش",
  ru="Александр Вучич ; Вучич", tr="Aleksandar Vučić ; Vučić", az="Aleksandar Vuçiç ; Vuçiç",
  roles="SRBGOV 2014-04-27 -")
P(en="Albin Kurti ; Kurti", ar="ألبين كورتي ; كورتي", ru="Альбин Курти ; Курти", roles="KSVGOV 2020-02-03 2020-06-03 | KSVGOV 2021-03-22 -")
P(en="Vjosa Osmani", ru="Вьоса Османи", roles="KSVGOV 2021-04-04 -")
P(en="Robert Fico ; Fico", ar="روبرت فيتسو ; فيتسو", ru="Роберт Фицо ; Фицо", tr="Robert Fico ; Fico",
  roles="SVKGOV 2006-07-04 2010-07-08 | SVKGOV 2012-04-04 2018-03-22 | SVKGOV 2023-10-25 -")
P(en="Peter Pellegrini", ru="Петер Пеллегрини", roles="SVKGOV 2018-03-22 2020-03-21 | SVKGOV 2024-06-15 -")
P(en="Petr Pavel", ru="Петр Павел", roles="CZEGOV 2023-03-09 -")
P(en="Petr Fiala ; Fiala", ru="Петр Фиала ; Фиала", roles="CZEGOV 2021-11-28 2025-12-09 | CZEOPP 2025-12-09 -")
P(en="Andrej Babiš|Andrej Babis ; Babiš|Babis", ar="أندريه بابيش", ru="Андрей Бабиш",
  roles="CZEGOV 2017-12-06 2021-11-28 | CZEOPP 2021-11-28 2025-12-09 | CZEGOV 2025-12-09 -")
P(en="Nicușor Dan|Nicusor Dan", ru="Никушор Дан", roles="ROUGOV 2025-05-26 -")
P(en="Klaus Iohannis ; Iohannis", ru="Клаус Йоханнис ; Йоханнис", roles="ROUGOV 2014-12-21 2025-02-12")
P(en="Nikos Christodoulides ; Christodoulides", ar="نيكوس خريستودوليدس", ru="Никос Христодулидис",
  tr="Nikos Hristodulidis", roles="CYPGOV 2023-02-28 -")
P(en="Kyriakos Mitsotakis ; Mitsotakis", ar="كيرياكوس ميتسوتاكيس ; ميتسوتاكيس",
  ru="Кириакос Мицотакис ; Мицотакис", tr="Kiryakos Miçotakis ; Miçotakis", roles="GRCGOV 2019-07-08 -")
P(en="Ulf Kristersson ; Kristersson", ar="أولف كريسترسون", ru="Ульф Кристерссон ; Кристерссон",
  tr="Ulf Kristersson ; Kristersson", roles="SWEGOV 2022-10-18 -")
P(en="Alexander Stubb ; Stubb", ar="ألكسندر ستوب", ru="Александр Стубб ; Стубб", tr="Alexander Stubb",
  roles="FINGOV 2014-06-24 2015-05-29 | FINGOV 2024-03-01 -")
P(en="Petteri Orpo ; Orpo", ru="Петтери Орпо ; Орпо", roles="FINGOV 2023-06-20 -")
P(en="Mette Frederiksen ; Frederiksen", ar="ميته فريدريكسن", ru="Метте Фредериксен ; Фредериксен",
  roles="DNKGOV 2019-06-27 -")
P(en="Jonas Gahr Støre|Jonas Gahr Store", ru="Йонас Гар Стёре", roles="NORGOV 2021-10-14 -")
P(en="Dick Schoof ; Schoof", ru="Дик Схоф", roles="NLDGOV 2024-07-02 -")
P(en="Bart De Wever", ru="Барт де Вевер", roles="BELGOV 2025-02-03 -")
P(en="Alexander De Croo", ru="Александр де Кро", roles="BELGOV 2020-10-01 2025-02-03")
P(en="Luís Montenegro|Luis Montenegro", roles="PRTGOV 2024-04-02 -")
P(en="Christian Stocker", roles="AUTGOV 2025-03-03 -")
P(en="Karl Nehammer ; Nehammer", ru="Карл Нехаммер", roles="AUTGOV 2021-12-06 2025-01-10")
P(en="Luc Frieden", roles="LUXGOV 2023-11-17 -")
P(en="Micheál Martin|Micheal Martin", roles="IRLGOV 2020-06-27 2022-12-17 | IRLGOV 2025-01-23 -")
P(en="Simon Harris", roles="IRLGOV 2024-04-09 2025-01-23")
P(en="Leo Varadkar ; Varadkar", roles="IRLGOV 2017-06-14 2020-06-27 | IRLGOV 2022-12-17 2024-04-09")
P(en="Christopher Luxon ; Luxon", roles="NZLGOV 2023-11-27 -")
P(en="Jacinda Ardern ; Ardern", ar="جاسيندا أرديرن", ru="Джасинда Ардерн", roles="NZLGOV 2017-10-26 2023-01-25")
P(en="Anthony Albanese ; Albanese", ar="أنتوني ألبانيزي", ru="Энтони Албанезе ; Албанезе", roles="AUSGOV 2022-05-23 -")
P(en="Tharman Shanmugaratnam ; Tharman", roles="SGPGOV 2023-09-14 -")
P(en="Tô Lâm|To Lam", ru="То Лам", roles="VNMGOV 2024-05-22 -")
P(en="Lương Cường|Luong Cuong", roles="VNMGOV 2024-10-21 -")
P(en="Phạm Minh Chính|Pham Minh Chinh", ru="Фам Минь Тьинь", roles="VNMGOV 2021-04-05 -")
P(en="Mohammed bin Abdulrahman bin Jassim Al Thani", roles="QATGOV 2016-01-27 -")
P(en="Bassirou Diomaye Faye", roles="SENGOV 2024-04-02 -")
P(en="Ousmane Sonko ; Sonko", roles="SENOPP 2019 2024-04-02 | SENGOV 2024-04-02 -")
P(en="Macky Sall", roles="SENGOV 2012-04-02 2024-04-02")
P(en="Brice Oligui Nguema", roles="GABGOV 2023-08-30 -")
P(en="Abdourahamane Tchiani|Abdourahmane Tchiani ; Tchiani", ar="عبد الرحمن تياني ; تياني",
  ru="Абдурахман Тчиани ; Тчиани", roles="NERGOV 2023-07-26 -")
P(en="Mohamed Bazoum ; Bazoum", ar="محمد بازوم ; بازوم", ru="Мохамед Базум ; Базум", roles="NERGOV 2021-04-02 2023-07-26")
P(en="Assimi Goïta|Assimi Goita ; Goïta|Goita", ar="أسيمي غويتا ; غويتا", ru="Ассими Гоита ; Гоита",
  roles="MLIGOV 2021-05-24 -")
P(en="Ibrahim Traoré|Ibrahim Traore", ar="إبراهيم تراوري", ru="Ибрагим Траоре", roles="BFAGOV 2022-09-30 -")
P(en="Mahamat Déby|Mahamat Idriss Déby|Mahamat Deby", ar="محمد إدريس ديبي", ru="Махамат Деби",
  roles="TCDGOV 2021-04-20 -")
P(en="John Mahama|John Dramani Mahama ; Mahama", ar="جون ماهاما ; ماهاما", roles="GHAGOV 2012-07-24 2017-01-07 | GHAGOV 2025-01-07 -")
P(en="Daniel Chapo", roles="MOZGOV 2025-01-15 -")
P(en="Netumbo Nandi-Ndaitwah", roles="NAMGOV 2025-03-21 -")
P(en="Joseph Boakai", roles="LBRGOV 2024-01-22 -")
P(en="Duma Boko", roles="BWAGOV 2024-11-01 -")
P(en="Hassan Sheikh Mohamud", ar="حسن شيخ محمود", ru="Хасан Шейх Махмуд", roles="SOMGOV 2012-09-16 2017-02-16 | SOMGOV 2022-05-23 -")
P(en="Isaias Afwerki ; Afwerki", ar="أسياس أفورقي ; أفورقي", roles="ERIGOV 1993-05-24 -")
P(en="Salva Kiir", ar="سلفا كير", ru="Сальва Киир", roles="SSDGOV 2011-07-09 -")
P(en="Nadir Larbaoui", ar="نذير العرباوي", roles="DZAGOV 2023-11-11 2025")
P(en="Mohammed Ould Ghazouani|Mohamed Ould Ghazouani ; Ghazouani", ar="محمد ولد الشيخ الغزواني ; الغزواني",
  roles="MRTGOV 2019-08-01 -")
P(en="Aziz Akhannouch ; Akhannouch", ar="عزيز أخنوش ; أخنوش", roles="MARGOV 2021-10-07 -")
P(en="Mohamed al-Menfi", ar="محمد المنفي", roles="LBYGOV 2021-03-15 -")
P(en="Khalifa Haftar ; Haftar", ar="خليفة حفتر ; حفتر", fa="خلیفه حفتر ; حفتر", ru="Халифа Хафтар ; Хафтар",
  tr="Halife Hafter ; Hafter", roles="LBYMIL 2015-03-02 -")
P(en="Hamid Dbeibah", roles="LBYGOV 2021-03-15 -")
P(en="Ahmad Abdullah Al-Ahmad Al-Sabah", ar="أحمد عبدالله الأحمد الصباح", roles="KWTGOV 2024-05-15 -")
P(en="Salman bin Hamad Al Khalifa|Crown Prince Salman", ar="سلمان بن حمد آل خليفة", roles="BHRGOV 2020-11-11 -")
# (The popes, with the Arabic names Arab agencies give them.)
P(en="Pope Leo XIV|Leo XIV|Pope Leo|Robert Prevost",
  ar="البابا لاون الرابع عشر|لاون الرابع عشر|البابا ليو الرابع عشر|ليو الرابع عشر",
  roles="VATGOV 2025-05-08 -")
P(en="Pope Francis", ar="البابا فرنسيس", roles="VATGOV 2013 2025")


# --- Heads of state and government who took office after the Wikidata list
# (October 2022) stops, in states the sections above do not cover (English names).
for _en, _roles in [
    ("Mohammed Shahabuddin", "BGDGOV 2023-04-24 -"),
    ("Tshering Tobgay", "BTNGOV 2013-07-30 2018-08-07 | BTNGOV 2024-01-28 -"),
    ("Borjana Krišto|Borjana Kristo", "BIHGOV 2023-01-25 -"),
    ("Nikolai Denkov", "BGRGOV 2023-06-06 2024-04-09"),
    ("Dimitar Glavchev", "BGRGOV 2024-04-09 2025-01-16"),
    ("Rosen Zhelyazkov", "BGRGOV 2025-01-16 -"),
    ("Judith Suminwa", "CODGOV 2024-06-12 -"),
    ("Xanana Gusmão|Xanana Gusmao", "TLSGOV 2002-05-20 2007-05-20 | TLSGOV 2007-08-08 2015-02-16 | TLSGOV 2023-07-01 -"),
    ("Kristen Michal", "ESTGOV 2024-07-23 -"),
    ("Russell Dlamini", "SWZGOV 2023 -"),
    ("Taye Atske Selassie", "ETHGOV 2024-10-07 -"),
    ("Sitiveni Rabuka", "FJIGOV 1992-06-02 1999-05-19 | FJIGOV 2022-12-24 -"),
    ("Konstantinos Tasoulas", "GRCGOV 2025-03-13 -"),
    ("Amadou Oury Bah", "GINGOV 2024-02-27 -"),
    ("Mamadi Doumbouya", "GINGOV 2021-09-05 -"),
    ("Garry Conille", "HTIGOV 2024-06-03 2024-11-11"),
    ("Alix Didier Fils-Aimé|Alix Didier Fils-Aime", "HTIGOV 2024-11-11 -"),
    ("Tamás Sulyok|Tamas Sulyok", "HUNGOV 2024-03-05 -"),
    ("Halla Tómasdóttir|Halla Tomasdottir", "ISLGOV 2024-08-01 -"),
    ("Bjarni Benediktsson", "ISLGOV 2017-01-11 2017-11-30 | ISLGOV 2024-04-09 2024-12-21"),
    ("Kristrún Frostadóttir|Kristrun Frostadottir", "ISLGOV 2024-12-21 -"),
    ("King Frederik X|Frederik X", "DNKGOV 2024-01-14 -"),
    ("Adylbek Kasymaliev", "KGZGOV 2024-12-16 -"),
    ("Sonexay Siphandone", "LAOGOV 2022-12-30 -"),
    ("Edgars Rinkēvičs|Edgars Rinkevics", "LVAGOV 2011-10-25 2023-07-08 | LVAGOV 2023-07-08 -"),
    ("Evika Siliņa|Evika Silina", "LVAGOV 2023-09-15 -"),
    ("Sam Matekane", "LSOGOV 2022-10-28 -"),
    ("Gintautas Paluckas", "LTUGOV 2024-12-12 2025"),
    ("Sultan Ibrahim Iskandar|Sultan Ibrahim", "MYSGOV 2024-01-31 -"),
    ("Myriam Spiteri Debono", "MLTGOV 2024-04-04 -"),
    ("Navin Ramgoolam", "MUSGOV 1995-12-22 2000-09-17 | MUSGOV 2005-07-05 2014-12-17 | MUSGOV 2024-11-13 -"),
    ("Dharam Gokhool", "MUSGOV 2024 -"),
    ("Dorin Recean", "MDAGOV 2023-02-16 -"),
    ("Gombojavyn Zandanshatar|Zandanshatar Gombojav", "MNGGOV 2025 -"),
    ("Jakov Milatović|Jakov Milatovic", "MNEGOV 2023-05-20 -"),
    ("Milojko Spajić|Milojko Spajic", "MNEGOV 2023-10-31 -"),
    ("Nangolo Mbumba", "NAMGOV 2024-02-04 2025-03-21"),
    ("Ram Chandra Poudel", "NPLGOV 2023-03-13 -"),
    ("Pushpa Kamal Dahal|Prachanda", "NPLGOV 2008-08-18 2009-05-25 | NPLGOV 2016-08-04 2017-06-07 | NPLGOV 2022-12-26 2024-07-15"),
    ("Chris Hipkins", "NZLGOV 2023-01-25 2023-11-27"),
    ("Gordana Siljanovska-Davkova", "MKDGOV 2024-05-12 -"),
    ("Hristijan Mickoski", "MKDGOV 2024-06-23 -"),
    ("Catherine Connolly", "IRLGOV 2025-11-11 -"),
    ("Marcel Ciolacu", "ROUGOV 2023-06-15 2025-05-06"),
    ("Ilie Bolojan", "ROUGOV 2025-02-12 2025-05-26 | ROUGOV 2025-06-23 -"),
    ("Miloš Vučević|Milos Vucevic", "SRBGOV 2024-05-02 2025-04-16"),
    ("Đuro Macut|Djuro Macut", "SRBGOV 2025-04-16 -"),
    ("Ľudovít Ódor|Ludovit Odor", "SVKGOV 2023-05-15 2023-10-25"),
    ("Nataša Pirc Musar|Natasa Pirc Musar", "SVNGOV 2022-12-23 -"),
    ("Harini Amarasuriya", "LKAGOV 2024-09-24 -"),
    ("Mohammad Ghazi al-Jalali", "SYRGOV 2024-09-14 2024-12-10"),
    ("Mohammed al-Bashir", "SYRGOV 2024-12-10 2025-03-29"),
    ("Patrice Trovoada", "STPGOV 2022-11-14 2025-01-06"),
    ("Chen Chien-jen", "TWNGOV 2023-01-31 2024-05-20"),
    ("Cho Jung-tai", "TWNGOV 2024-05-20 -"),
    ("Ahmed Hachani", "TUNGOV 2023-08-01 2024-08-07"),
    ("Kamel Madouri", "TUNGOV 2024-08-07 2025-03-21"),
    ("Sarra Zaafrani Zenzri", "TUNGOV 2025-03-21 -"),
    ("Christine Kangaloo", "TTOGOV 2023-03-20 -"),
    ("Stuart Young", "TTOGOV 2025-03-17 2025-05-01"),
    ("Kamla Persad-Bissessar", "TTOGOV 2010-05-26 2015-09-09 | TTOGOV 2025-05-01 -"),
    ("Võ Văn Thưởng|Vo Van Thuong", "VNMGOV 2023-03-02 2024-03-21"),
    ("Ahmed Awad bin Mubarak", "YEMGOV 2024-02-05 2025-05-03"),
    ("Salem Saleh bin Braik|Salem bin Braik", "YEMGOV 2025 -"),
    ("Wesley Simina", "FSMGOV 2023-05-11 -"),
    ("David Adeang", "NRUGOV 2023-10-30 -"),
    ("Alain Claude Bilie By Nze", "GABGOV 2023-01-09 2023-08-30"),
]:
    P(en=_en, roles=_roles)


# ---------------------------------------------------------------------------
# Heads of state and government of every state, from leaders/wikidata-heads-2022-10.csv
# (Wikidata, CC0), for holders the PEOPLE table does not have. Terms are years (the
# list gives years only); who left office after October 2022 is in WIKIDATA_END
# (hand-kept). English full names only: a bare surname from this tier would be too
# often an ordinary name of someone else.
# ---------------------------------------------------------------------------

WIKIDATA_COUNTRY = {
    "People's Republic of China": "CHN", "Kingdom of Denmark": "DNK", "Kingdom of the Netherlands": "NLD",
    "Republic of Ireland": "IRL", "Ivory Coast": "CIV", "East Timor": "TLS", "The Bahamas": "BHS",
    "The Gambia": "GMB", "State of Palestine": "PSE", "Federated States of Micronesia": "FSM",
    "Republic of the Congo": "COG", "Democratic Republic of the Congo": "COD", "Czech Republic": "CZE",
    "United States of America": "USA", "Vatican City": "VAT", "Kosovo": "KSV", "Cape Verde": "CPV",
    "Eswatini": "SWZ", "North Korea": "PRK", "South Korea": "KOR", "Turkey": "TUR", "Russia": "RUS",
    "Taiwan": "TWN", "Laos": "LAO", "Syria": "SYR", "Iran": "IRN", "Vietnam": "VNM", "Moldova": "MDA",
    "Bolivia": "BOL", "Venezuela": "VEN", "Tanzania": "TZA", "Brunei": "BRN", "Micronesia": "FSM",
}
WIKIDATA_SKIP_COUNTRIES = {
    "Republic of Abkhazia", "Republic of Artsakh", "South Ossetia", "Transnistria", "Somaliland",
    "Turkish Republic of Northern Cyprus", "Republika Srpska", "Sahrawi Arab Democratic Republic",
}
# Offices that do not make their holder an actor of that state, or that rotate too often.
WIKIDATA_SKIP_POSITION = re.compile(
    r"(?i)governor-general|co-prince|captain regent|member of the swiss|minister of state|"
    r"chief minister|pontifical commission|monarch of (antigua|australia|belize|canada|grenada|jamaica|"
    r"new zealand|papua|saint|the bahamas|the solomon|solomon|tuvalu)")
WIKIDATA_SKIP_HOLDERS = {
    "Fayez al-Sarraj",        # left office in 2021; the list still has him
    "Fathi Bashagha",         # parallel government, never in control of Tripoli
    "David A. Granger",       # left office in 2020
    "Abdel-Aziz bin Habtour",  # Houthi-appointed prime minister
    "Alen Simonyan",          # acting president for weeks; speaker (PEOPLE)
    "Osman Hussein Osman",    # acting
    "Mahmoud Abbas",          # in PEOPLE with exact dates
    "Salman of Saudi Arabia", "Mohammed VI",  # in PEOPLE under other names
    "Abdul Hamid",            # a name too many people share
    "Pope Francis",           # in PEOPLE with his Arabic name
}
WIKIDATA_END = {
    "Aymen Benabderrahmane": "2023", "Alberto Fernández": "2023", "Abdul Hamid": "2023",
    "Lotay Tshering": "2024", "Zoran Tegeltija": "2023", "Galab Donev": "2023",
    "Nikos Anastasiades": "2023", "Miloš Zeman": "2023", "Jean-Michel Sama Lukonde": "2024",
    "Taur Matan Ruak": "2023", "Guillermo Lasso": "2023", "Cleopas Dlamini": "2023",
    "Sahle-Work Zewde": "2024", "Frank Bainimarama": "2022", "Sauli Niinistö": "2024",
    "Sanna Marin": "2023", "Ali Bongo Ondimba": "2023", "Rose Christiane Raponda": "2023",
    "Salome Zurabishvili": "2024", "Irakli Gharibashvili": "2024", "Nana Akufo-Addo": "2025",
    "Katerina Sakellaropoulou": "2025", "Alejandro Giammattei": "2024", "Bernard Goumou": "2024",
    "Ariel Henry": "2024", "Katalin Novák": "2024", "Guðni Jóhannesson": "2024",
    "Katrín Jakobsdóttir": "2024", "Joko Widodo": "2024", "Barham Salih": "2022", "Mario Draghi": "2022",
    "Bisher Al-Khasawneh": "2024", "Alihan Smaiylov": "2024", "Margrethe II of Denmark": "2024",
    "Ahmed Nawaf Al-Ahmad Al-Sabah": "2024", "Nawaf Al-Ahmad Al-Jaber Al-Sabah": "2023",
    "Akylbek Japarov": "2024", "Phankham Viphavan": "2022", "Egils Levits": "2023",
    "Krišjānis Kariņš": "2023", "Moeketsi Majoro": "2022", "George Weah": "2024",
    "Ingrida Šimonytė": "2024", "Xavier Bettel": "2023", "Ismail Sabri Yaakob": "2022",
    "Abdullah of Pahang": "2024", "Ibrahim Mohamed Solih": "2023", "George William Vella": "2024",
    "Pravind Jugnauth": "2024", "Prithvirajsing Roopun": "2024", "Natalia Gavrilița": "2023",
    "Oyunerdene Luvsannamsrai": "2025", "Milo Đukanović": "2023", "Dritan Abazović": "2023",
    "Filipe Nyusi": "2025", "Hage Gottfried Geingob": "2024", "Bidya Devi Bhandari": "2023",
    "Sher Bahadur Deuba": "2022", "Ouhoumoudou Mahamadou": "2023", "Muhammadu Buhari": "2023",
    "Stevo Pendarovski": "2024", "Dimitar Kovačevski": "2024", "Laurentino Cortizo": "2024",
    "Mario Abdo Benítez": "2023", "Pedro Castillo": "2022", "Mateusz Morawiecki": "2023",
    "Khalid bin Khalifa bin Abdul Aziz Al Thani": "2023", "Michael D. Higgins": "2025",
    "Nicolae Ciucă": "2023", "Ana Brnabić": "2024", "Halimah Yacob": "2023", "Lee Hsien Loong": "2024",
    "Zuzana Čaputová": "2024", "Eduard Heger": "2023", "Borut Pahor": "2022",
    "Manasseh Sogavare": "2024", "Yoon Suk-yeol": "2025", "Ranil Wickremesinghe": "2024",
    "Mohammad Shtayyeh": "2024", "Magdalena Andersson": "2022", "Hussein Arnous": "2024",
    "Jorge Bom Jesus": "2022", "Su Tseng-chang": "2023", "Prayut Chan-o-cha": "2023",
    "Najla Bouden": "2023", "Paula-Mae Weekes": "2023", "Keith Rowley": "2025",
    "Luis Lacalle Pou": "2025", "Bob Loughman": "2022", "Pope Francis": "2025",
    "Nguyễn Xuân Phúc": "2023", "Maeen Abdulmalik Saeed": "2024", "Kausea Natano": "2024",
    "David W. Panuelo": "2023", "David Kabua": "2024", "Russ J Kun": "2023",
    "Alexander Lukashenko": "", "Roman Golovchenko": "2025",
}


def wikidata_holder_names(label):
    """Name forms of a Wikidata office-holder label; [] when unusable."""
    if re.match(r"^Q\d+$", label):
        return []
    m = re.match(r"^(.*?),? (?:Prince|Princess) of .*$", label) or re.match(r"^(.*?) of [A-Z].*$", label)
    names = []
    if m:
        base = m.group(1).strip()
        if " " not in base:       # "Naruhito", "Salman": a lone given name is too ambiguous
            return []
        names.append(base)
        if re.search(r" (I|II|III|IV|V|VI|X|XVI)\b", base):
            names.append("King " + base)
    else:
        if " " not in label.strip():
            return []
        names.append(label.strip())
    # (A hyphenated surname is often written with a space: "Denis Sassou Nguesso".)
    names += [re.sub(r"-(?=[A-Z])", " ", n) for n in names if re.search(r" .*-[A-Z]", n)]
    out = []
    for n in names:
        out.append(n)
        f = fold_ascii(n)
        if f != n:
            out.append(f)
    return out


def wikidata_country_codes(data_dir):
    wc = json.load(open(os.path.join(data_dir, "countries", "world-countries.json"), encoding="utf-8"))
    codes = {}
    for c in wc:
        code = CODE_OVERRIDE.get(c["cca3"], c["cca3"])
        for n in (c["name"]["common"], c["name"]["official"]):
            codes.setdefault(n, code)
    codes.update(WIKIDATA_COUNTRY)
    return codes


def build_wikidata_people(data_dir, known):
    """PEOPLE-style records from the Wikidata heads list, skipping anyone known."""
    path = os.path.join(data_dir, "leaders", "wikidata-heads-2022-10.csv")
    codes = wikidata_country_codes(data_dir)
    by_person = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["country"] in WIKIDATA_SKIP_COUNTRIES or WIKIDATA_SKIP_POSITION.search(r["positionLabel"]):
                continue
            holder = r["officeholderLabel"].strip()
            if holder in WIKIDATA_SKIP_HOLDERS:
                continue
            code = codes.get(r["country"])
            if not code:
                continue
            names = wikidata_holder_names(holder)
            if not names or any(fold_ascii(n).casefold() in known for n in names):
                continue
            start = r["start_year"]
            end = r["end_year"] or WIKIDATA_END.get(holder, "")
            if not start:
                continue
            rec = by_person.setdefault(holder, {"names": names, "roles": []})
            role = (code + "GOV", start, end)
            if role not in rec["roles"]:
                rec["roles"].append(role)
    out = []
    for holder in sorted(by_person):
        rec = by_person[holder]
        roles = " | ".join("%s %s %s" % (c, s, e or "-") for c, s, e in sorted(rec["roles"], key=lambda x: x[1]))
        out.append(dict(en="|".join(rec["names"]), roles=roles, source="wikidata"))
    return out


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def clean_space(s):
    return re.sub(r"\s+", " ", s).strip()


def fold_ascii(s):
    """Strip diacritics from Latin text (Côte -> Cote); ı/ğ etc. left as is."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def script_ok(lang, s):
    if lang in ("ar", "fa"):
        return bool(ARABIC_LETTER.search(s)) and not LATIN_LETTER.search(s) and not CYRILLIC.search(s)
    if lang == "ru":
        return bool(CYRILLIC.search(s)) and not LATIN_LETTER.search(s) and not ARABIC_LETTER.search(s)
    # en, tr, az: Latin script only
    return bool(LATIN_LETTER.search(s)) and not CYRILLIC.search(s) and not ARABIC_LETTER.search(s) \
        and all(ord(c) < 0x2000 or c in "’" for c in s)


def clean_ar(s):
    s = AR_DIACRITICS.sub("", s)
    s = s.replace("\u200f", "").replace("\u200e", "")
    return clean_space(s)


def clean_fa(s):
    s = AR_DIACRITICS.sub("", s)
    s = s.replace("ي", "ی").replace("ك", "ک").replace("\u200f", "").replace("\u200e", "")
    return clean_space(s)


def norm_key(lang, s):
    """Approximation of the matcher's normalisation, used for conflict checks."""
    s = unicodedata.normalize("NFC", s).casefold()
    if lang in ("ar", "fa"):
        s = AR_DIACRITICS.sub("", s)
        s = re.sub("[أإآٱ]", "ا", s)
        s = s.replace("ة", "ه").replace("ى", "ي").replace("ی", "ي").replace("ک", "ك")
        s = s.replace("\u200c", " ")
        words = []
        for w in s.split():
            if w.startswith("ال") and len(w) > 3:
                w = w[2:]
            words.append(w)
        s = " ".join(words)
    return clean_space(s)


def matcher_key(lang, s):
    """The key dyad's matcher compares (src/text/normalize.cc): NFKC, lower case,
    Arabic-script folds, ZWNJ dropped, typographic quotes and dashes as ASCII, the
    Arabic article off each word. Surfaces with equal keys are one entry."""
    s = unicodedata.normalize("NFKC", s).replace("İ", "i").replace("I", "i").casefold().replace("ı", "i")
    s = AR_DIACRITICS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ة", "ه").replace("ى", "ي").replace("ی", "ي").replace("ک", "ك")
    s = re.sub("[\u200c\u200d\u200e\u200f\ufeff]", "", s)
    s = re.sub("[\u2018\u2019\u201b\u2032]", "'", s)
    s = re.sub("[\u2010-\u2015]", "-", s)
    s = re.sub(r"\s*-\s*", " - ", s)
    words = []
    for w in s.split():
        if ARABIC_LETTER.match(w) and w.startswith("ال") and len(w) >= 4:
            w = w[2:]
        words.append(w)
    return " ".join(words)


def split_variants(name):
    """Parenthetical handling: 'A (B)' -> ('A', 'B'); ' - ' -> '-'."""
    name = clean_space(name.replace(" - ", "-"))
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if m:
        outer = clean_space(m.group(1) + " " + m.group(3))
        inner = clean_space(m.group(2))
        return outer, inner
    return name, None


def title_en(item):
    """'bissau-guinean' -> 'Bissau-Guinean', 'u.s. virgin island' -> 'U.S. Virgin Island'."""
    words = []
    for w in item.split(" "):
        if w in ("and", "of"):
            words.append(w)
            continue
        if w == "u.s.":
            words.append("U.S.")
            continue
        parts = []
        for p in w.split("-"):
            parts.append(p[:1].upper() + p[1:])
        words.append("-".join(parts))
    return " ".join(words)


# ---------------------------------------------------------------------------
# Collection
# ---------------------------------------------------------------------------

class Collector:
    def __init__(self):
        self.entries = []   # dicts: lang surface code kind from to weak src

    def add(self, lang, surface, code, kind, frm="", to="", weak=False, src=""):
        if surface is None:
            return
        if lang == "ar":
            surface = clean_ar(surface)
        elif lang == "fa":
            surface = clean_fa(surface)
        else:
            surface = clean_space(surface)
        if not surface:
            return
        if lang in ("tr", "az") and kind in ("country", "capital") and surface[:1].islower():
            first = {"i": "İ", "ı": "I"}.get(surface[0], surface[0].upper())
            surface = first + surface[1:]
        if lang == "en" and kind in ("country", "capital", "adj"):
            if re.match(r"(?i)^the\s+", surface) and surface.lower() not in ("the gambia",):
                surface = surface[4:]
        if "," in surface and not (lang == "en" and kind == "capital"):
            return            # inverted ISO forms: "Congo, the Democratic Republic of the"
        if not script_ok(lang, surface):
            return
        letters = [c for c in surface if c.isalpha()]
        if len(letters) < 2:
            return
        if lang in ("ar", "fa") and len(letters) < 3:
            return
        if lang == "en":
            if surface.casefold() in EN_SKIP and not (kind == "adj" and src == "extra"):
                return
            if len(letters) <= 2 and surface not in ("US", "UK", "U.S.", "U.K."):
                return
        if (lang, surface) in OTHER_SKIP or (lang, code, surface) in SOURCE_ERRORS:
            return
        if lang in ("tr", "az") and len(letters) <= 2:
            return
        self.entries.append(dict(lang=lang, surface=surface, code=code, kind=kind,
                                 frm=frm, to=to, weak=weak, src=src))
        # variants
        if lang == "en" and kind != "seat":
            f = fold_ascii(surface)
            if f != surface and f.casefold() not in EN_SKIP and f.casefold() not in CAPITAL_SKIP:
                self.entries.append(dict(lang=lang, surface=f, code=code, kind=kind,
                                         frm=frm, to=to, weak=weak, src=src + "+fold"))
        if lang == "fa" and "\u200c" in surface:
            self.entries.append(dict(lang=lang, surface=surface.replace("\u200c", " "), code=code,
                                     kind=kind, frm=frm, to=to, weak=weak, src=src + "+zwnj"))
        if lang == "ru" and "ё" in surface:
            self.entries.append(dict(lang=lang, surface=surface.replace("ё", "е"), code=code,
                                     kind=kind, frm=frm, to=to, weak=weak, src=src + "+yo"))


def load_sources(data_dir):
    wc = json.load(open(os.path.join(data_dir, "countries", "world-countries.json"), encoding="utf-8"))
    ct = json.load(open(os.path.join(data_dir, "geonames", "country_translations.json"), encoding="utf-8"))
    ci = {}
    with open(os.path.join(data_dir, "geonames", "countryInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            ci[fields[0]] = fields
    i18n = {}
    for lang in ("en", "ar", "fa", "ru", "tr", "az"):
        p = os.path.join(data_dir, "countries", "i18n-iso-countries", lang + ".json")
        i18n[lang] = json.load(open(p, encoding="utf-8"))["countries"]
    adj = []
    with open(os.path.join(data_dir, "countries", "adjectivals-demonyms-en.tsv"), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    for row in rows[1:]:
        while len(row) < 3:
            row.append("")
        adj.append(row[:3])
    return wc, ct, ci, i18n, adj


def as_list(v):
    if v is None:
        return []
    if isinstance(v, list):
        return v
    return [v]


def build_countries(data_dir):
    wc, ct, ci, i18n, adj = load_sources(data_dir)
    col = Collector()
    iso2_to_code = {}
    lang3 = {"ara": "ar", "per": "fa", "fas": "fa", "rus": "ru", "tur": "tr", "aze": "az"}

    for c in sorted(wc, key=lambda x: x["cca3"]):
        code = CODE_OVERRIDE.get(c["cca3"], c["cca3"])
        iso2 = c["cca2"]
        iso2_to_code[iso2] = code
        # English
        col.add("en", split_variants(c["name"]["common"])[0], code, "country", src="wc.common")
        col.add("en", split_variants(c["name"]["official"])[0], code, "country", src="wc.official")
        for alt in c.get("altSpellings", []):
            if all(ord(ch) < 128 for ch in alt):
                outer, inner = split_variants(alt)
                col.add("en", outer, code, "country", src="wc.alt")
                if inner and "part" not in inner:
                    col.add("en", inner, code, "country", weak=True, src="wc.alt()")
        for n in as_list(i18n["en"].get(iso2)):
            outer, inner = split_variants(n)
            col.add("en", outer, code, "country", src="i18n.en")
        g = ci.get(iso2)
        gt = ct.get(g[16], {}) if g else {}
        # (GeoNames' "en" field is not used: it holds arbitrary alternate names
        # such as "oPT" or "Spanish Haiti".)
        # capitals
        for cap in c.get("capital", []):
            if cap.casefold() in CAPITAL_SKIP:
                continue
            col.add("en", cap, code, "capital", src="wc.capital")
        # other languages: world-countries translations and native names
        for l3, tr in sorted(c.get("translations", {}).items()):
            lang = lang3.get(l3)
            if not lang:
                continue
            for key in ("common", "official"):
                outer, inner = split_variants(tr[key])
                col.add(lang, outer, code, "country", src="wc.tr." + key)
                if inner:
                    col.add(lang, inner, code, "country", weak=True, src="wc.tr()")
        for l3, nat in sorted(c["name"].get("native", {}).items()):
            lang = lang3.get(l3)
            if not lang:
                continue
            for key in ("common", "official"):
                col.add(lang, split_variants(nat[key])[0], code, "country", src="wc.native")
        for lang in ("ar", "fa", "ru", "tr", "az"):
            for n in as_list(i18n[lang].get(iso2)):
                outer, inner = split_variants(n)
                col.add(lang, outer, code, "country", src="i18n." + lang)
                if inner:
                    col.add(lang, inner, code, "country", weak=True, src="i18n()")
            if gt.get(lang):
                outer, inner = split_variants(gt[lang])
                col.add(lang, outer, code, "country", src="geonames." + lang)
                if inner:
                    col.add(lang, inner, code, "country", weak=True, src="geonames()")

    # English extras, historic names
    for code, names in EN_EXTRA.items():
        for n in names:
            col.add("en", n, code, "country", src="extra")
    for code, s, frm, to in EN_HISTORIC:
        kind = "capital" if s == "Nur-Sultan" else "country"
        col.add("en", s, code, kind, frm, to, src="historic")
    for code, s, frm, to in EN_HISTORIC_ADJ:
        col.add("en", s, code, "adj", frm, to, src="historic")
    for code, names in EN_CAPITAL_EXTRA.items():
        for n in names:
            col.add("en", n, code, "capital", src="extra")

    # English adjectives
    for iso2, adjs, dems in adj:
        if iso2 in ADJ_SKIP_ISO2 or iso2 not in iso2_to_code:
            continue
        items = []
        adjectivals = set(x.strip().lower() for x in adjs.split("|"))
        for field in (adjs, dems):
            for it in field.split("|"):
                it = re.sub(r"\(singular ([^)]*)\)", r"|\1", it)
                parts = re.split(r"\||/", it)
                if re.search(r"(men|nais|ndais) and ", it):   # "Xmen and Xwomen"
                    parts = [q for p in parts for q in p.split(" and ")]
                for sub in parts:
                    sub = clean_space(sub)
                    if sub:
                        items.append(sub)
        for it in items:
            low = it.lower()
            code = iso2_to_code[iso2]
            if (iso2, low) in ADJ_REMAP:
                code = ADJ_REMAP[(iso2, low)]
                if code is None:
                    continue
                code = CODE_OVERRIDE.get(code, code)
            # A plural demonym ("Azerbaijanis") names the people: kind people, coded
            # as the country's civilians unless a sector word follows.
            plural = low not in adjectivals and (low.endswith("s") or low.endswith("men"))
            col.add("en", title_en(low), code, "people" if plural else "adj", src="adjdem")
    for code, names in EN_ADJ_EXTRA.items():
        for n in names:
            plural = n.endswith("s") and not n.endswith("ss") and n not in ("Kyrgyz",)
            col.add("en", n, code, "people" if plural else "adj", src="extra")

    # Other-language extras
    for lang, extra, hist in (("ar", AR_EXTRA, AR_HISTORIC), ("fa", FA_EXTRA, FA_HISTORIC),
                              ("ru", RU_EXTRA, RU_HISTORIC), ("tr", TR_EXTRA, TR_HISTORIC),
                              ("az", AZ_EXTRA, AZ_HISTORIC)):
        for code, names in extra.items():
            for n in names:
                col.add(lang, n, code, "country", src="extra")
        for code, s, frm, to in hist:
            col.add(lang, s, code, "country", frm, to, src="historic")

    # Russian oblique cases
    for code, names in RU_DECLINE.items():
        for n in names:
            col.add("ru", n, code, "country", src="ru-decl")
            for f in ru_noun_forms(n):
                col.add("ru", f, code, "country", src="ru-decl")
    for code, forms in RU_IRREGULAR.items():
        for f in forms:
            col.add("ru", f, code, "country", src="ru-decl")
    for code, stems in RU_ADJ_STEMS.items():
        for st in stems:
            for e in RU_ADJ_ENDINGS:
                frm, to = ("", "1991-12-26") if code == "SUN" else ("", "")
                col.add("ru", st + e, code, "adj", frm, to, src="ru-adj")
    for code, forms in RU_DEMONYMS.items():
        for f in forms:
            adjective = f.endswith(("ий", "ая", "ое", "ие", "ого", "ой", "ых"))
            col.add("ru", f, code, "adj" if adjective else "people", src="ru-dem")

    # Turkish / Azerbaijani demonyms
    for code, words in TR_DEMONYMS.items():
        for w in words:
            col.add("tr", w, code, "adj", src="tr-dem")
            pl = harmony_plural(w, TR_BACK, TR_FRONT, "lar", "ler")
            if pl:
                col.add("tr", pl, code, "people", src="tr-dem")
    for code, words in AZ_DEMONYMS.items():
        for w in words:
            col.add("az", w, code, "adj", src="az-dem")
            pl = harmony_plural(w, AZ_BACK, AZ_FRONT, "lar", "lər")
            if pl:
                col.add("az", pl, code, "people", src="az-dem")

    # Persian adjectives
    for code, words in FA_ADJ.items():
        for w in words:
            if w not in FA_PLURAL_ONLY:
                col.add("fa", w, code, "adj", src="fa-adj")
            col.add("fa", w + "\u200cها", code, "people", src="fa-adj")

    # Arabic nisba
    for code, (mascs, broken) in AR_NISBA.items():
        frm, to = ("", "1991-12-26") if code == "SUN" else ("", "")
        for m in mascs:
            # (With the feminine duals: "شركتي النفط الروسيتين".)
            for f in (m, m + "ة", m + "ات", m + "تان", m + "تين"):
                col.add("ar", f, code, "adj", frm, to, src="ar-nisba")
            # Masculine plurals and duals name people (الأذربيجانيون, مواطنين أذربيجانيين,
            # مواطنان روسيان).
            for f in (m + "ون", m + "ين", m + "ان"):
                col.add("ar", f, code, "people", frm, to, src="ar-nisba")
        for b in broken:
            col.add("ar", b, code, "people", frm, to, src="ar-nisba")
            # (Indefinite in the accusative: "جنوداً روساً", "سياحاً ألماناً".)
            if not b.endswith("ة"):
                col.add("ar", b + "ا", code, "people", frm, to, src="ar-nisba")
    for code, (w1, w2) in AR_NISBA2.items():
        for s1, s2 in (("", ""), ("ة", "ة"), ("ون", "ون"), ("ين", "ين")):
            col.add("ar", w1 + s1 + " " + w2 + s2, code, "adj", src="ar-nisba")
    for code, forms in AR_NISBA_FIXED.items():
        for f in forms:
            col.add("ar", f, code, "adj", src="ar-nisba")

    # Capitals in other languages
    for lang, table in (("ar", AR_CAPITALS), ("fa", FA_CAPITALS), ("ru", RU_CAPITALS),
                        ("tr", TR_CAPITALS), ("az", AZ_CAPITALS)):
        for code, names in table.items():
            for n in names:
                col.add(lang, n, code, "capital", src="capital")

    # Seats
    for lang, s, code in SEATS:
        col.add(lang, s, code, "seat", src="seat")

    # Date limits on capital metonyms
    for e in col.entries:
        if e["kind"] == "capital" and e["code"] in CAPITAL_DATES and not (e["frm"] or e["to"]):
            e["frm"], e["to"] = CAPITAL_DATES[e["code"]]

    return resolve(col.entries)


def resolve(entries):
    """Drop ambiguous surfaces, de-duplicate, sort."""
    groups = defaultdict(list)
    for e in entries:
        groups[(e["lang"], norm_key(e["lang"], e["surface"]))].append(e)
    kept = []
    warnings = []
    for key in sorted(groups):
        es = groups[key]
        codes = sorted(set(e["code"] for e in es))
        if len(codes) > 1:
            strong = [e for e in es if not e["weak"]]
            if strong and len(set(e["code"] for e in strong)) == 1:
                es = strong
            else:
                if strong:
                    es = strong
                codes = sorted(set(e["code"] for e in es))
                pref = PREFER_SETS.get(frozenset(codes))
                if pref is None and len(set(c[:3] for c in codes)) == 1:
                    best = min(es, key=lambda e: KIND_ORDER[e["kind"]])
                    pref = best["code"]
                if pref is not None:
                    warnings.append("resolved %s %r: %s -> %s" % (key[0], es[0]["surface"], " ".join(codes), pref))
                if pref is None:
                    warnings.append("dropped ambiguous %s %r: %s" % (key[0], es[0]["surface"], " ".join(codes)))
                    continue
                es = [e for e in es if e["code"] == pref]
        kept.extend(es)
    # de-duplicate (lang, casefolded surface, code, kind); keep first-seen spelling
    seen = {}
    out = []
    for e in kept:
        # (An Arabic name written with the article is matched only with it, so the
        # nisba "سعودية" is kept beside the country "السعودية".)
        k = (e["lang"], matcher_key(e["lang"], e["surface"]), e["code"],
             e["lang"] == "ar" and e["kind"] == "adj" and not e["surface"].startswith("ال"))
        if k in seen:
            prev = seen[k]
            # prefer the capitalised spelling ("Çin" over "çin")
            if prev["surface"][:1].islower() and e["surface"][:1].isupper():
                prev["surface"] = e["surface"]
            # keep the open-ended record when one of them has dates
            if prev["frm"] or prev["to"]:
                if not (e["frm"] or e["to"]):
                    prev["frm"], prev["to"] = "", ""
            continue
        seen[k] = e
        out.append(e)
    # (Not where the nisba is spelt as the name itself: "تشيلي", "هايتي".)
    names = {(e["lang"], e["surface"], e["code"]) for e in out if e["kind"] != "adj"}
    out = [e for e in out if e["kind"] != "adj" or e["lang"] != "ar" or (e["lang"], e["surface"], e["code"]) not in names
           or e["src"] != "ar-nisba"]
    out.sort(key=lambda e: (e["code"], KIND_ORDER[e["kind"]], LANGS.index(e["lang"]),
                            e["surface"].casefold(), e["surface"]))
    return out, warnings


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

def ru_surname_forms(s):
    if " " in s or "-" in s and not s.startswith("Тер"):
        return []
    if s.endswith(("ова", "ева", "ина")):
        return [s[:-1] + "ой", s[:-1] + "у"]
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return [s + "а", s + "у", s + "ым", s + "е"]
    if s.endswith("ий"):          # Зеленский: given explicitly
        return []
    if s[-1] in "бвгджзклмнпрстфхцчшщ":
        return [s + "а", s + "у", s + "ом", s + "е"]
    return []


def ru_given_forms(g):
    """Genitive, dative, instrumental and prepositional of a masculine given name
    (Сергей -> Сергея ...; Хакан -> Хакана ...), [] when not one."""
    if g.endswith("й"):
        return [g[:-1] + e for e in ("я", "ю", "ем", "е")]
    if g[-1] in "бвгджзклмнпрстфхцчшщ":
        return [g + e for e in ("а", "у", "ом", "е")]
    return []


def ru_full_name_forms(full):
    """Case forms of a two-word masculine Russian name, both words in the same case:
    Хакан Фидан -> Хаканом Фиданом. [] when the words do not decline together."""
    words = full.split()
    if len(words) != 2:
        return []
    given, family = ru_given_forms(words[0]), ru_surname_forms(words[1])
    if len(given) != 4 or len(family) != 4:
        return []
    return [a + " " + b for a, b in zip(given, family)]


def parse_roles(spec):
    roles = []
    for part in spec.split("|"):
        f = part.split()
        if len(f) != 3:
            raise ValueError("bad role spec %r" % part)
        code, frm, to = f
        roles.append((code, frm, "" if to == "-" else to))
    return roles


def person_entity(rec):
    """A stable id for a person: 'person:' and the ASCII slug of the first English name."""
    title = rec["en"].split(";")[0].split("|")[0].strip()
    slug = re.sub(r"[^a-z0-9]+", "-", fold_ascii(title).casefold()).strip("-")
    return "person:" + slug


def build_people(data_dir):
    known = set()
    for rec in PEOPLE:
        full = rec["en"].split(";")[0]
        for n in full.split("|"):
            if n.strip():
                known.add(fold_ascii(n.strip()).casefold())
    records = list(PEOPLE) + build_wikidata_people(data_dir, known)
    blocks = []
    entities = set()
    for rec in records:
        roles = parse_roles(rec["roles"])
        entity = person_entity(rec)
        if entity in entities:
            entity += "-" + roles[0][0][:3].lower()
        entities.add(entity)
        lines = []
        for lang in ("en", "ar", "fa", "ru", "tr", "az"):
            spec = rec.get(lang)
            if not spec:
                continue
            full, _, sur = spec.partition(";")
            names = [clean_space(x) for x in full.split("|") if clean_space(x)]
            names += [clean_space(x) for x in sur.split("|") if clean_space(x)]
            surnames = [clean_space(x) for x in sur.split("|") if clean_space(x)]
            variants = []
            for n in names:
                if lang == "fa":
                    n = clean_fa(n)
                elif lang == "ar":
                    n = clean_ar(n)
                variants.append(n)
                if lang == "en":
                    f = fold_ascii(n)
                    if f != n:
                        variants.append(f)
                    if "'" in n:
                        variants.append(n.replace("'", "’"))
                if lang == "ru" and "ё" in n:
                    variants.append(n.replace("ё", "е"))
                if lang == "fa" and "\u200c" in n:
                    variants.append(n.replace("\u200c", " "))
            if lang == "ru":
                for s_ in surnames:
                    variants.extend(ru_surname_forms(s_))
                for n in full.split("|"):
                    variants.extend(ru_full_name_forms(clean_space(n)))
            # One line per matcher key: spellings the matcher folds together are one.
            seen_keys = set()
            for v in variants:
                k = matcher_key(lang, v)
                if k in seen_keys:
                    continue
                seen_keys.add(k)
                for code, frm, to in roles:
                    lines.append((lang, v, code, "person", frm, to, entity))
        seen = set()
        uniq = []
        for ln in lines:
            if ln not in seen:
                seen.add(ln)
                uniq.append(ln)
        title = rec["en"].split(";")[0].split("|")[0].strip()
        if rec.get("source") == "wikidata":
            title += " (Wikidata)"
        blocks.append((title, uniq))
    return blocks


# ---------------------------------------------------------------------------
# Cities (kind "city"): a city is no actor by itself, but it gives a sector its
# country ("Yekaterinburg police" -> RUSCOP, "a court in Baku" -> AZEJUD). From
# geonames/cities15000.txt (cities of CITY_MIN_POPULATION or more; national capitals
# are in countries.tsv as capitals) with names from the Debian libgeonames-common
# catalogues (/usr/share/locale/<lang>/LC_MESSAGES/geonames.mo, key = GeoNames id).
# ---------------------------------------------------------------------------

CITY_MIN_POPULATION = 100000
GEONAMES_MO = "/usr/share/locale/%s/LC_MESSAGES/geonames.mo"
# A name several cities share goes to the largest only when it is this many times
# larger than the next; otherwise the name is left out.
CITY_DOMINANCE = 3


def read_mo(path):
    """A gettext catalogue as a dict (standard library only)."""
    import gettext
    try:
        with open(path, "rb") as f:
            return dict(gettext.GNUTranslations(f)._catalog)
    except OSError:
        return {}


def build_cities(data_dir, taken):
    """City lines; taken: set of (lang, matcher key) already used by other files."""
    iso2 = {}
    with open(os.path.join(data_dir, "geonames", "countryInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            iso2[fields[0]] = CODE_OVERRIDE.get(fields[1], fields[1])
    iso2["XK"] = "KSV"
    catalogues = {lang: read_mo(GEONAMES_MO % lang) for lang in ("en", "ar", "fa", "ru", "tr", "az")}
    claims = defaultdict(list)   # (lang, key) -> [(population, code, surface, geonameid)]
    with open(os.path.join(data_dir, "geonames", "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15:
                continue
            gid, name, ascii_name, fcode, cc = c[0], c[1], c[2], c[7], c[8]
            try:
                pop = int(c[14] or 0)
            except ValueError:
                continue
            if pop < CITY_MIN_POPULATION or fcode == "PPLC" or cc not in iso2:
                continue
            code = iso2[cc]
            names = defaultdict(set)
            names["en"].update([name, ascii_name])
            for lang, cat in catalogues.items():
                if gid in cat:
                    names[lang].add(cat[gid])
            for lang, forms in sorted(names.items()):
                for s in sorted(forms):   # sets: sorted, so the output is byte-identical
                    s = clean_ar(s) if lang == "ar" else clean_fa(s) if lang == "fa" else clean_space(s)
                    if not s or not script_ok(lang, s) or "," in s or "(" in s:
                        continue
                    letters = [ch for ch in s if ch.isalpha()]
                    if len(letters) < 4:
                        continue
                    claims[(lang, matcher_key(lang, s))].append((pop, code, s, gid))
    lines = []
    for (lang, key), cl in claims.items():
        if (lang, key) in taken or ("*", key) in taken:
            continue
        cl.sort(key=lambda x: (-x[0], x[1]))
        by_code = {}
        for pop, code, s, gid in cl:
            by_code.setdefault(code, (pop, s, gid))
        ranked = sorted(by_code.items(), key=lambda kv: -kv[1][0])
        if len(ranked) > 1 and ranked[0][1][0] < CITY_DOMINANCE * ranked[1][1][0]:
            continue
        code, (pop, s, gid) = ranked[0]
        lines.append((code, lang, s, gid))
    lines.sort(key=lambda x: (x[0], LANGS.index(x[1]), x[2].casefold(), x[2]))
    return lines


def write_cities(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# dyad actor dictionary: cities of %d or more people (not capitals).\n" % CITY_MIN_POPULATION)
        f.write("# GENERATED by tools/build_actors.py from geonames/cities15000.txt and the\n")
        f.write("# libgeonames-common name catalogues (GeoNames, CC BY 4.0) -- do not edit.\n")
        f.write("# A city is no actor alone; it gives a sector word its country (Yekaterinburg police).\n")
        f.write("# Format: lang<TAB>surface<TAB>country code<TAB>city<TAB><TAB><TAB>geonames:id\n")
        prev = None
        for code, lang, s, gid in lines:
            if code != prev:
                f.write("\n")
                prev = code
            f.write("\t".join([lang, s, code, "city", "", "", "geonames:" + gid]) + "\n")


def taken_keys(out_dir, names):
    taken = set()
    for name in names:
        path = os.path.join(out_dir, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                if len(fields) >= 2:
                    taken.add((fields[0], matcher_key(fields[0], fields[1])))
    return taken


# ---------------------------------------------------------------------------
# Writing and validation
# ---------------------------------------------------------------------------

HEADER_COUNTRIES = """\
# dyad actor dictionary: countries, adjectives/demonyms, capitals, seats of power.
# GENERATED by tools/build_actors.py from the shared source data -- do not edit;
# change the tables in the script and rebuild:
#   python3 tools/build_actors.py /work/shared/data data/actors
# Format: lang<TAB>surface<TAB>code<TAB>kind[<TAB>from<TAB>to]   (see README.md)
"""

HEADER_PEOPLE = """\
# dyad actor dictionary: people and their dated roles.
# GENERATED by tools/build_actors.py from its hand-maintained PEOPLE table --
# do not edit; change the table in the script and rebuild.
# Format: lang<TAB>surface<TAB>code<TAB>person<TAB>from<TAB>to<TAB>entity   (empty to = in office)
# One line per (name form, role).  Facts as known to late 2025 (see README.md);
# blocks marked (Wikidata) come from leaders/wikidata-heads-2022-10.csv (CC0).
"""


def fmt(lang, surface, code, kind, frm="", to="", entity=""):
    if entity:
        return "\t".join([lang, surface, code, kind, frm, to, entity])
    if frm or to or kind == "person":
        return "\t".join([lang, surface, code, kind, frm, to])
    return "\t".join([lang, surface, code, kind])


def write_countries(path, entries):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER_COUNTRIES)
        prev = None
        for e in entries:
            if e["code"] != prev:
                f.write("\n")
                prev = e["code"]
            f.write(fmt(e["lang"], e["surface"], e["code"], e["kind"], e["frm"], e["to"]) + "\n")


def write_people(path, blocks):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER_PEOPLE)
        seen = set()
        for title, lines in blocks:
            f.write("\n# %s\n" % title)
            for ln in lines:
                if ln in seen:
                    continue
                seen.add(ln)
                f.write(fmt(*ln) + "\n")


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    if len(d) == 4:
        return True
    y, m, dd = int(d[:4]), int(d[5:7]), int(d[8:10])
    if not 1 <= m <= 12:
        return False
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
             31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return 1 <= dd <= mdays


def validate_file(path, sectors=False):
    errors = []
    counts = defaultdict(int)
    seen = set()
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line in seen:
                errors.append("%s:%d duplicate line" % (path, no))
            seen.add(line)
            fields = line.split("\t")
            where = "%s:%d" % (path, no)
            if sectors:
                # (A fourth field is a condition or "posted", as dyad reads it.)
                conditions = ("after-number", "definite", "with-country", "posted", "sent")
                if len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] not in conditions):
                    errors.append("%s: %d fields" % (where, len(fields)))
                    continue
                lang, surface, sector = fields[:3]
                if not re.match(r"^([A-Z]{3}|---)$", sector):
                    errors.append("%s: bad sector %r" % (where, sector))
                kind = sector
            else:
                if len(fields) not in (4, 6, 7):
                    errors.append("%s: %d fields" % (where, len(fields)))
                    continue
                lang, surface, code, kind = fields[:4]
                if not CODE_RE.match(code):
                    errors.append("%s: bad code %r" % (where, code))
                if kind not in KINDS:
                    errors.append("%s: bad kind %r" % (where, kind))
                if len(fields) >= 6:
                    frm, to = fields[4], fields[5]
                    for d in (frm, to):
                        if d and not valid_date(d):
                            errors.append("%s: bad date %r" % (where, d))
                    if frm and to and frm[:len(to)] > to[:len(frm)]:
                        errors.append("%s: from %s after to %s" % (where, frm, to))
                    if kind == "person" and not frm:
                        errors.append("%s: person without from" % where)
                elif kind == "person":
                    errors.append("%s: person line needs from/to" % where)
            if lang not in LANGS:
                errors.append("%s: bad lang %r" % (where, lang))
            if surface != surface.strip() or not surface or "  " in surface:
                errors.append("%s: bad surface %r" % (where, surface))
            counts[(lang, kind)] += 1
    return errors, counts


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    data_dir, out_dir = argv[1], argv[2]
    os.makedirs(out_dir, exist_ok=True)

    entries, warnings = build_countries(data_dir)
    write_countries(os.path.join(out_dir, "countries.tsv"), entries)
    write_people(os.path.join(out_dir, "people.tsv"), build_people(data_dir))
    # (not_actors.tsv lists words that are never a name: "المدينة" is "the city" before
    # it is Medina.)
    taken = taken_keys(out_dir, ("countries.tsv", "people.tsv", "organisations.tsv", "sectors.tsv",
                                 "not_actors.tsv"))
    write_cities(os.path.join(out_dir, "cities.tsv"), build_cities(data_dir, taken))
    for w in warnings:
        print("note: " + w, file=sys.stderr)

    all_errors = []
    for name in ("countries.tsv", "organisations.tsv", "people.tsv", "cities.tsv", "sectors.tsv"):
        path = os.path.join(out_dir, name)
        if not os.path.exists(path):
            print("%s: missing" % name)
            continue
        errors, counts = validate_file(path, sectors=(name == "sectors.tsv"))
        all_errors.extend(errors)
        total = sum(counts.values())
        print("%s: %d lines" % (name, total))
        by_lang = defaultdict(int)
        by_kind = defaultdict(int)
        for (lang, kind), n in counts.items():
            by_lang[lang] += n
            by_kind[kind] += n
        print("  by lang: " + ", ".join("%s %d" % (l, by_lang[l]) for l in LANGS if by_lang.get(l)))
        print("  by kind: " + ", ".join("%s %d" % (k, n) for k, n in sorted(by_kind.items())))
    for e in all_errors:
        print("ERROR: " + e, file=sys.stderr)
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
