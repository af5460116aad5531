#!/usr/bin/env python3
"""Generate a synthetic news corpus for dyad's benchmarks.

    python3 bench/gen_corpus.py --articles N --out DIR [--seed S]
                                [--format txt|jsonl] [--lang en|ar|mix]

Every article is built from templates: a lead event between two countries, the
other side's reaction, a few context events involving third countries, a quote,
sentences that must not be coded as events of the present (negated, hypothetical,
future, historical) and filler without any event (economy, weather, analysis).

  --format txt    one file per article, DIR/YYYY-MM-DD_slug-NNNNNN.txt, headline on
                  the first line, a blank line, then the paragraphs (the default)
  --format jsonl  one file DIR/corpus.jsonl, one {"url","title","date","text"} per line
  --lang          en, ar or mix (60 % English, 40 % Arabic); default mix

The output is a pure function of the arguments: the same seed gives byte-identical
files. No two articles have the same text (the ingester deduplicates by content
hash, so duplicates would silently shrink the corpus). Python 3 standard library
only; 10,000 articles take a few seconds. A one-line summary goes to stderr.

The texts are synthetic and written for dyad; free to reuse.
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import sys
import time

# ---------------------------------------------------------------------------
# Countries: English name, English adjective, capital, Arabic name, Arabic nisba
# stem (masculine, without the article), Arabic capital. A stem with a space is
# two words that both take the article and the feminine ending ("كوري جنوبي").
# ---------------------------------------------------------------------------
COUNTRIES = [
    ("Russia", "Russian", "Moscow", "روسيا", "روسي", "موسكو"),
    ("Azerbaijan", "Azerbaijani", "Baku", "أذربيجان", "أذربيجاني", "باكو"),
    ("Armenia", "Armenian", "Yerevan", "أرمينيا", "أرميني", "يريفان"),
    ("Georgia", "Georgian", "Tbilisi", "جورجيا", "جورجي", "تبليسي"),
    ("Turkey", "Turkish", "Ankara", "تركيا", "تركي", "أنقرة"),
    ("Iran", "Iranian", "Tehran", "إيران", "إيراني", "طهران"),
    ("Israel", "Israeli", "Jerusalem", "إسرائيل", "إسرائيلي", "القدس"),
    ("the United States", "American", "Washington", "الولايات المتحدة", "أمريكي", "واشنطن"),
    ("Ukraine", "Ukrainian", "Kyiv", "أوكرانيا", "أوكراني", "كييف"),
    ("Kazakhstan", "Kazakh", "Astana", "كازاخستان", "كازاخستاني", "أستانا"),
    ("China", "Chinese", "Beijing", "الصين", "صيني", "بكين"),
    ("France", "French", "Paris", "فرنسا", "فرنسي", "باريس"),
    ("Germany", "German", "Berlin", "ألمانيا", "ألماني", "برلين"),
    ("the United Kingdom", "British", "London", "بريطانيا", "بريطاني", "لندن"),
    ("Egypt", "Egyptian", "Cairo", "مصر", "مصري", "القاهرة"),
    ("Saudi Arabia", "Saudi", "Riyadh", "السعودية", "سعودي", "الرياض"),
    ("Qatar", "Qatari", "Doha", "قطر", "قطري", "الدوحة"),
    ("the United Arab Emirates", "Emirati", "Abu Dhabi", "الإمارات", "إماراتي", "أبوظبي"),
    ("Jordan", "Jordanian", "Amman", "الأردن", "أردني", "عمّان"),
    ("Iraq", "Iraqi", "Baghdad", "العراق", "عراقي", "بغداد"),
    ("Syria", "Syrian", "Damascus", "سوريا", "سوري", "دمشق"),
    ("Lebanon", "Lebanese", "Beirut", "لبنان", "لبناني", "بيروت"),
    ("Pakistan", "Pakistani", "Islamabad", "باكستان", "باكستاني", "إسلام آباد"),
    ("India", "Indian", "New Delhi", "الهند", "هندي", "نيودلهي"),
    ("Afghanistan", "Afghan", "Kabul", "أفغانستان", "أفغاني", "كابول"),
    ("Japan", "Japanese", "Tokyo", "اليابان", "ياباني", "طوكيو"),
    ("South Korea", "South Korean", "Seoul", "كوريا الجنوبية", "كوري جنوبي", "سول"),
    ("North Korea", "North Korean", "Pyongyang", "كوريا الشمالية", "كوري شمالي", "بيونغ يانغ"),
    ("Belarus", "Belarusian", "Minsk", "بيلاروسيا", "بيلاروسي", "مينسك"),
    ("Moldova", "Moldovan", "Chisinau", "مولدوفا", "مولدوفي", "كيشيناو"),
    ("Poland", "Polish", "Warsaw", "بولندا", "بولندي", "وارسو"),
    ("Hungary", "Hungarian", "Budapest", "المجر", "مجري", "بودابست"),
    ("Serbia", "Serbian", "Belgrade", "صربيا", "صربي", "بلغراد"),
    ("Greece", "Greek", "Athens", "اليونان", "يوناني", "أثينا"),
    ("Cyprus", "Cypriot", "Nicosia", "قبرص", "قبرصي", "نيقوسيا"),
    ("Italy", "Italian", "Rome", "إيطاليا", "إيطالي", "روما"),
    ("Spain", "Spanish", "Madrid", "إسبانيا", "إسباني", "مدريد"),
    ("the Netherlands", "Dutch", "The Hague", "هولندا", "هولندي", "لاهاي"),
    ("Sweden", "Swedish", "Stockholm", "السويد", "سويدي", "ستوكهولم"),
    ("Finland", "Finnish", "Helsinki", "فنلندا", "فنلندي", "هلسنكي"),
    ("Norway", "Norwegian", "Oslo", "النرويج", "نرويجي", "أوسلو"),
    ("Canada", "Canadian", "Ottawa", "كندا", "كندي", "أوتاوا"),
    ("Mexico", "Mexican", "Mexico City", "المكسيك", "مكسيكي", "مكسيكو سيتي"),
    ("Brazil", "Brazilian", "Brasilia", "البرازيل", "برازيلي", "برازيليا"),
    ("Venezuela", "Venezuelan", "Caracas", "فنزويلا", "فنزويلي", "كاراكاس"),
    ("Colombia", "Colombian", "Bogota", "كولومبيا", "كولومبي", "بوغوتا"),
    ("Cuba", "Cuban", "Havana", "كوبا", "كوبي", "هافانا"),
    ("Libya", "Libyan", "Tripoli", "ليبيا", "ليبي", "طرابلس"),
    ("Tunisia", "Tunisian", "Tunis", "تونس", "تونسي", "تونس العاصمة"),
    ("Algeria", "Algerian", "Algiers", "الجزائر", "جزائري", "الجزائر العاصمة"),
    ("Morocco", "Moroccan", "Rabat", "المغرب", "مغربي", "الرباط"),
    ("Sudan", "Sudanese", "Khartoum", "السودان", "سوداني", "الخرطوم"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "إثيوبيا", "إثيوبي", "أديس أبابا"),
    ("Somalia", "Somali", "Mogadishu", "الصومال", "صومالي", "مقديشو"),
    ("Kenya", "Kenyan", "Nairobi", "كينيا", "كيني", "نيروبي"),
    ("Nigeria", "Nigerian", "Abuja", "نيجيريا", "نيجيري", "أبوجا"),
    ("Yemen", "Yemeni", "Sanaa", "اليمن", "يمني", "صنعاء"),
    ("Oman", "Omani", "Muscat", "عُمان", "عماني", "مسقط"),
    ("Kuwait", "Kuwaiti", "Kuwait City", "الكويت", "كويتي", "مدينة الكويت"),
    ("Turkmenistan", "Turkmen", "Ashgabat", "تركمانستان", "تركمانستاني", "عشق آباد"),
    ("Uzbekistan", "Uzbek", "Tashkent", "أوزبكستان", "أوزبكستاني", "طشقند"),
    ("Tajikistan", "Tajik", "Dushanbe", "طاجيكستان", "طاجيكستاني", "دوشنبه"),
    ("Indonesia", "Indonesian", "Jakarta", "إندونيسيا", "إندونيسي", "جاكرتا"),
    ("the Philippines", "Philippine", "Manila", "الفلبين", "فلبيني", "مانيلا"),
    ("Vietnam", "Vietnamese", "Hanoi", "فيتنام", "فيتنامي", "هانوي"),
    ("Thailand", "Thai", "Bangkok", "تايلاند", "تايلاندي", "بانكوك"),
    ("Cambodia", "Cambodian", "Phnom Penh", "كمبوديا", "كمبودي", "بنوم بنه"),
]

# Leaders with the dates of their role (inclusive; None = open): English title,
# full name, surname as used on second mention; Arabic title, full name, short
# name. Countries absent here speak through their institutions.
LEADERS = {
    "Russia": [(None, None, "President", "Vladimir Putin", "Putin", "الرئيس", "فلاديمير بوتين", "بوتين")],
    "Azerbaijan": [(None, None, "President", "Ilham Aliyev", "Aliyev", "الرئيس", "إلهام علييف", "علييف")],
    "Armenia": [(None, None, "Prime Minister", "Nikol Pashinyan", "Pashinyan",
                 "رئيس الوزراء", "نيكول باشينيان", "باشينيان")],
    "Georgia": [("2024-02-08", None, "Prime Minister", "Irakli Kobakhidze", "Kobakhidze",
                 "رئيس الوزراء", "إيراكلي كوباخيدزه", "كوباخيدزه")],
    "Turkey": [(None, None, "President", "Recep Tayyip Erdogan", "Erdogan", "الرئيس", "رجب طيب أردوغان", "أردوغان")],
    "Iran": [(None, "2024-05-19", "President", "Ebrahim Raisi", "Raisi", "الرئيس", "إبراهيم رئيسي", "رئيسي"),
             ("2024-07-28", None, "President", "Masoud Pezeshkian", "Pezeshkian", "الرئيس", "مسعود بزشكيان", "بزشكيان")],
    "Israel": [(None, None, "Prime Minister", "Benjamin Netanyahu", "Netanyahu",
                "رئيس الوزراء", "بنيامين نتنياهو", "نتنياهو")],
    "the United States": [(None, "2025-01-19", "President", "Joe Biden", "Biden", "الرئيس", "جو بايدن", "بايدن"),
                          ("2025-01-20", None, "President", "Donald Trump", "Trump", "الرئيس", "دونالد ترامب", "ترامب")],
    "Ukraine": [(None, None, "President", "Volodymyr Zelensky", "Zelensky",
                 "الرئيس", "فولوديمير زيلينسكي", "زيلينسكي")],
    "Kazakhstan": [(None, None, "President", "Kassym-Jomart Tokayev", "Tokayev",
                    "الرئيس", "قاسم جومارت توكاييف", "توكاييف")],
    "China": [(None, None, "President", "Xi Jinping", "Xi", "الرئيس", "شي جين بينغ", "شي")],
    "France": [(None, None, "President", "Emmanuel Macron", "Macron", "الرئيس", "إيمانويل ماكرون", "ماكرون")],
    "Germany": [(None, "2025-05-05", "Chancellor", "Olaf Scholz", "Scholz", "المستشار", "أولاف شولتس", "شولتس"),
                ("2025-05-06", None, "Chancellor", "Friedrich Merz", "Merz", "المستشار", "فريدريش ميرتس", "ميرتس")],
    "the United Kingdom": [(None, "2024-07-04", "Prime Minister", "Rishi Sunak", "Sunak",
                            "رئيس الوزراء", "ريشي سوناك", "سوناك"),
                           ("2024-07-05", None, "Prime Minister", "Keir Starmer", "Starmer",
                            "رئيس الوزراء", "كير ستارمر", "ستارمر")],
    "Egypt": [(None, None, "President", "Abdel Fattah al-Sisi", "al-Sisi", "الرئيس", "عبد الفتاح السيسي", "السيسي")],
    "Saudi Arabia": [(None, None, "Crown Prince", "Mohammed bin Salman", "Prince Mohammed",
                      "ولي العهد", "محمد بن سلمان", "محمد بن سلمان")],
    "Qatar": [(None, None, "Emir", "Tamim bin Hamad Al Thani", "Sheikh Tamim",
               "الأمير", "تميم بن حمد آل ثاني", "الشيخ تميم")],
    "India": [(None, None, "Prime Minister", "Narendra Modi", "Modi", "رئيس الوزراء", "ناريندرا مودي", "مودي")],
    "Pakistan": [("2024-03-04", None, "Prime Minister", "Shehbaz Sharif", "Sharif",
                  "رئيس الوزراء", "شهباز شريف", "شريف")],
    "Japan": [(None, "2024-09-30", "Prime Minister", "Fumio Kishida", "Kishida", "رئيس الوزراء", "فوميو كيشيدا", "كيشيدا"),
              ("2024-10-01", "2025-10-20", "Prime Minister", "Shigeru Ishiba", "Ishiba",
               "رئيس الوزراء", "شيغيرو إيشيبا", "إيشيبا"),
              ("2025-10-21", None, "Prime Minister", "Sanae Takaichi", "Takaichi",
               "رئيسة الوزراء", "ساناي تاكايتشي", "تاكايتشي")],
    "Syria": [(None, "2024-12-07", "President", "Bashar al-Assad", "al-Assad", "الرئيس", "بشار الأسد", "الأسد"),
              ("2025-01-29", None, "President", "Ahmed al-Sharaa", "al-Sharaa", "الرئيس", "أحمد الشرع", "الشرع")],
    "Canada": [(None, "2025-03-13", "Prime Minister", "Justin Trudeau", "Trudeau", "رئيس الوزراء", "جاستن ترودو", "ترودو"),
               ("2025-03-14", None, "Prime Minister", "Mark Carney", "Carney", "رئيس الوزراء", "مارك كارني", "كارني")],
    "Poland": [(None, None, "Prime Minister", "Donald Tusk", "Tusk", "رئيس الوزراء", "دونالد توسك", "توسك")],
    "Hungary": [(None, None, "Prime Minister", "Viktor Orban", "Orban", "رئيس الوزراء", "فيكتور أوربان", "أوربان")],
    "Belarus": [(None, None, "President", "Alexander Lukashenko", "Lukashenko",
                 "الرئيس", "ألكسندر لوكاشينكو", "لوكاشينكو")],
    "Brazil": [(None, None, "President", "Luiz Inacio Lula da Silva", "Lula", "الرئيس", "لويس إيناسيو لولا دا سيلفا", "لولا")],
    "Venezuela": [(None, None, "President", "Nicolas Maduro", "Maduro", "الرئيس", "نيكولاس مادورو", "مادورو")],
    "Iraq": [(None, None, "Prime Minister", "Mohammed Shia al-Sudani", "al-Sudani",
              "رئيس الوزراء", "محمد شياع السوداني", "السوداني")],
    "Serbia": [(None, None, "President", "Aleksandar Vucic", "Vucic", "الرئيس", "ألكسندر فوتشيتش", "فوتشيتش")],
    "Italy": [(None, None, "Prime Minister", "Giorgia Meloni", "Meloni", "رئيسة الوزراء", "جورجيا ميلوني", "ميلوني")],
    "Spain": [(None, None, "Prime Minister", "Pedro Sanchez", "Sanchez", "رئيس الوزراء", "بيدرو سانشيز", "سانشيز")],
}

# Sectors: English, Arabic, Arabic grammatical gender ("f" takes the feminine verb
# and adjective; broken plurals of things count as feminine singular).
SECTORS_GOV = [
    ("foreign ministry", "وزارة الخارجية", "f"),
    ("government", "الحكومة", "f"),
    ("parliament", "البرلمان", "m"),
    ("interior ministry", "وزارة الداخلية", "f"),
    ("defence ministry", "وزارة الدفاع", "f"),
    ("presidency", "الرئاسة", "f"),
]
SECTORS_FORCE = [
    ("police", "الشرطة", "f"),
    ("security services", "أجهزة الأمن", "f"),
    ("border guards", "حرس الحدود", "m"),
    ("prosecutors", "النيابة العامة", "f"),
]
SECTORS_MIL = [
    ("army", "الجيش", "m"),
    ("armed forces", "القوات المسلحة", "f"),
    ("air force", "سلاح الجو", "m"),
    ("navy", "البحرية", "f"),
]
# Groups of people (targets of arrests, sources of protests): English; Arabic
# definite plural.
GROUPS = [
    ("citizens", "المواطنين"), ("journalists", "الصحفيين"), ("activists", "الناشطين"),
    ("students", "الطلاب"), ("businessmen", "رجال الأعمال"), ("fishermen", "الصيادين"),
    ("workers", "العمال"), ("lorry drivers", "سائقي الشاحنات"), ("bloggers", "المدونين"),
    ("sailors", "البحارة"),
]
NUM_EN = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "a dozen", "several", "at least ten"]

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
             "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

# ---------------------------------------------------------------------------
# Event phrases. Each: (CAMEO root, target kind, English past-tense template,
# English present-tense headline template, Arabic masculine verb, Arabic feminine
# verb, Arabic rest). Target kinds: gov (a state actor), mil (an armed force),
# person (a leader or an official), country (a place), people (a group of a
# country's nationals), media (an outlet).
# In Arabic rests, {t} is the target and {h} the pronoun suffix agreeing with the
# source (ه / ها); a preposition written as "ب{t}" or "ل{t}" is joined to the
# target with the article rules below.
# ---------------------------------------------------------------------------
EVENTS = [
    ("01", "gov", "{s} issued a statement on its relations with {t}", "{S} sets out its position on {T}",
     "أصدر", "أصدرت", "بياناً بشأن العلاقات مع {t}"),
    ("02", "gov", "{s} called on {t} to return to negotiations", "{S} urges {T} to resume talks",
     "دعا", "دعت", "{t} إلى العودة إلى المفاوضات"),
    ("02", "gov", "{s} urged {t} to release the detained sailors", "{S} urges {T} to free sailors",
     "حث", "حثت", "{t} على الإفراج عن البحارة المحتجزين"),
    ("03", "gov", "{s} pledged to deepen cooperation with {t}", "{S} pledges closer ties with {T}",
     "تعهد", "تعهدت", "بتعميق التعاون مع {t}"),
    ("03", "gov", "{s} offered to mediate between {t} and its neighbours", "{S} offers to mediate for {T}",
     "عرض", "عرضت", "الوساطة بين {t} وجيرانها"),
    ("04", "person", "{s} met {t}", "{S} and {T} leaders meet",
     "التقى", "التقت", "ب{t}"),
    ("04", "country", "{s} visited {t}", "{S} delegation visits {T}",
     "زار", "زارت", "{t}"),
    ("04", "person", "{s} hosted {t} for talks", "{S} hosts {T} for talks",
     "استقبل", "استقبلت", "{t} لإجراء محادثات"),
    ("04", "gov", "{s} held talks with {t}", "{S} and {T} hold talks",
     "أجرى", "أجرت", "محادثات مع {t}"),
    ("04", "person", "{s} spoke by telephone with {t}", "{S} and {T} hold phone call",
     "أجرى", "أجرت", "اتصالاً هاتفياً مع {t}"),
    ("05", "gov", "{s} praised {t}", "{S} praises {T}",
     "أشاد", "أشادت", "ب{t}"),
    ("05", "gov", "{s} signed a cooperation agreement with {t}", "{S} and {T} sign cooperation deal",
     "وقع", "وقعت", "اتفاقاً للتعاون مع {t}"),
    ("05", "person", "{s} apologised to {t}", "{S} apologises to {T}",
     "اعتذر", "اعتذرت", "ل{t}"),
    ("06", "gov", "{s} agreed to expand trade with {t}", "{S} and {T} agree to boost trade",
     "اتفق", "اتفقت", "على توسيع التبادل التجاري مع {t}"),
    ("06", "gov", "{s} began joint military exercises with {t}", "{S} and {T} begin joint drills",
     "بدأ", "بدأت", "مناورات عسكرية مشتركة مع {t}"),
    ("07", "country", "{s} sent humanitarian aid to {t}", "{S} sends aid to {T}",
     "أرسل", "أرسلت", "مساعدات إنسانية إلى {t}"),
    ("07", "gov", "{s} delivered air-defence systems to {t}", "{S} delivers air defences to {T}",
     "سلم", "سلمت", "منظومات دفاع جوي إلى {t}"),
    ("08", "people", "{s} released {t}", "{S} frees {T}",
     "أفرج", "أفرجت", "عن {t}"),
    ("08", "gov", "{s} eased sanctions on {t}", "{S} eases sanctions on {T}",
     "خفف", "خففت", "العقوبات المفروضة على {t}"),
    ("08", "country", "{s} withdrew troops from the border with {t}", "{S} pulls troops back from {T} border",
     "سحب", "سحبت", "قوات من الحدود مع {t}"),
    ("09", "gov", "{s} opened an investigation into the conduct of {t}", "{S} investigates {T}",
     "فتح", "فتحت", "تحقيقاً في تصرفات {t}"),
    ("10", "gov", "{s} demanded an explanation from {t}", "{S} demands explanation from {T}",
     "طالب", "طالبت", "{t} بتقديم توضيحات"),
    ("10", "gov", "{s} demanded that {t} withdraw its forces", "{S} demands {T} pull out forces",
     "طالب", "طالبت", "{t} بسحب القوات"),
    ("11", "gov", "{s} criticised {t}", "{S} criticises {T}",
     "انتقد", "انتقدت", "{t}"),
    ("11", "gov", "{s} condemned {t}", "{S} condemns {T}",
     "أدان", "أدانت", "{t}"),
    ("11", "gov", "{s} accused {t} of interfering in its internal affairs", "{S} accuses {T} of interference",
     "اتهم", "اتهمت", "{t} بالتدخل في شؤون{h} الداخلية"),
    ("11", "gov", "{s} accused {t} of violating the ceasefire", "{S} accuses {T} of ceasefire breach",
     "اتهم", "اتهمت", "{t} بخرق وقف إطلاق النار"),
    ("12", "gov", "{s} rejected a proposal from {t}", "{S} rejects {T} proposal",
     "رفض", "رفضت", "مقترحاً قدمته {t}"),
    ("13", "gov", "{s} threatened to impose sanctions on {t}", "{S} threatens sanctions on {T}",
     "هدد", "هددت", "بفرض عقوبات على {t}"),
    ("13", "gov", "{s} warned {t} against further provocations", "{S} warns {T}",
     "حذر", "حذرت", "{t} من مزيد من الاستفزازات"),
    ("15", "country", "{s} deployed troops near the border with {t}", "{S} moves troops to {T} border",
     "نشر", "نشرت", "قوات قرب الحدود مع {t}"),
    ("15", "country", "{s} put its forces on alert along the border with {t}", "{S} raises alert on {T} border",
     "رفع", "رفعت", "حالة التأهب على الحدود مع {t}"),
    ("16", "country", "{s} expelled two diplomats from the embassy of {t}", "{S} expels {T} diplomats",
     "طرد", "طردت", "اثنين من دبلوماسيي سفارة {t}"),
    ("16", "country", "{s} recalled its ambassador from {t}", "{S} recalls envoy from {T}",
     "استدعى", "استدعت", "سفير{h} لدى {t} للتشاور"),
    ("16", "country", "{s} summoned the ambassador of {t}", "{S} summons {T} ambassador",
     "استدعى", "استدعت", "سفير {t}"),
    ("16", "person", "{s} cancelled a planned visit by {t}", "{S} cancels {T} visit",
     "ألغى", "ألغت", "زيارة كانت مقررة ل{t}"),
    ("16", "gov", "{s} suspended talks with {t}", "{S} suspends talks with {T}",
     "علق", "علقت", "المحادثات مع {t}"),
    ("17", "gov", "{s} imposed sanctions on {t}", "{S} imposes sanctions on {T}",
     "فرض", "فرضت", "عقوبات على {t}"),
    ("17", "people", "{s} arrested {t}", "{S} arrests {T}",
     "اعتقل", "اعتقلت", "{t}"),
    ("17", "people", "{s} detained {t}", "{S} detains {T}",
     "احتجز", "احتجزت", "{t}"),
    ("17", "media", "{s} raided the offices of {t}", "{S} raids {T}",
     "داهم", "داهمت", "مكاتب {t}"),
    ("17", "country", "{s} seized a cargo ship sailing under the flag of {t}", "{S} seizes {T} ship",
     "احتجز", "احتجزت", "سفينة شحن ترفع علم {t}"),
    ("18", "people", "{s} abducted {t}", "{S} accused of abducting {T}",
     "اختطف", "اختطفت", "{t}"),
    ("19", "mil", "{s} attacked {t}", "{S} attacks {T}",
     "هاجم", "هاجمت", "{t}"),
    ("19", "mil", "{s} shelled positions held by {t}", "{S} shells {T} positions",
     "قصف", "قصفت", "مواقع تابعة ل{t}"),
    ("19", "country", "{s} struck military targets in {t}", "{S} strikes targets in {T}",
     "شن", "شنت", "غارات على أهداف عسكرية في {t}"),
    ("19", "country", "{s} fired missiles at {t}", "{S} fires missiles at {T}",
     "أطلق", "أطلقت", "صواريخ على {t}"),
    ("20", "country", "{s} bombarded residential districts in {t}", "{S} bombards cities in {T}",
     "قصف", "قصفت", "أحياء سكنية في {t}"),
]
# Reactions of the target to the lead event, by the lead's QuadClass.
REACT_COOP = [e for e in EVENTS if e[0] in ("03", "04", "05", "06") and e[1] in ("gov", "person")]
REACT_CONF = [e for e in EVENTS if e[0] in ("10", "11", "12", "13", "16") and e[1] in ("gov", "country", "person")]
# Attributions appended to event sentences.
ATTRIB_EN = [", according to officials in {cap}", ", the {adj} state news agency reported",
             ", a government statement said", ", diplomats in {tcap} confirmed",
             ", according to a statement published on the ministry's website",
             ", local media reported, citing sources close to the government",
             ", in a move that surprised observers in {tcap}"]
ATTRIB_AR = ["، بحسب مسؤولين في {cap}", "، وفق ما أفادت به وسائل إعلام رسمية",
             "، بحسب بيان نشرته الوزارة على موقعها الإلكتروني", "، وفق دبلوماسيين في {tcap}"]
# Tails that lengthen English filler sentences (English runs shorter than Arabic).
FILLER_TAIL_EN = [", and few economists expect a sharp change before the end of the year",
                  ", a figure that has barely moved since the spring",
                  ", although business groups say the official numbers understate the problem",
                  ", which local commentators linked to the wider slowdown in the region",
                  ", while the opposition says the government has been slow to respond",
                  ", in line with the forecasts published by the statistics office"]
# Protests are sourced by people, so they have their own template.
PROTEST_EN = "Hundreds of {s} demonstrated outside the embassy of {t} in {cap}"
PROTEST_AR = "تظاهر مئات من {s} أمام سفارة {t} في {cap}"


# Country names that take a masculine verb in Arabic (most are feminine).
AR_MASC_COUNTRIES = {"العراق", "لبنان", "الأردن", "المغرب", "السودان", "اليمن"}


def ar_join(prep, np):
    """Attach a one-letter Arabic preposition to a noun phrase (ل + ال → لل)."""
    if prep == "ل" and np.startswith("ال"):
        return "لل" + np[2:]
    return prep + np


def ar_adj(stem, fem, definite=True):
    art = "ال" if definite else ""
    end = "ة" if fem else ""
    return " ".join(art + w + end for w in stem.split())


def ar_fill(rest, t, h):
    """Fill an Arabic rest template, joining ب{t} / ل{t} to the target."""
    out = rest.replace("{h}", h)
    for prep in ("ب", "ل"):
        key = prep + "{t}"
        if key in out:
            return out.replace(key, ar_join(prep, t))
    return out.replace("{t}", t)


def cap_first(s):
    return s[:1].upper() + s[1:]


class Country:
    __slots__ = ("en", "adj", "cap", "ar", "ar_stem", "ar_cap")

    def __init__(self, row):
        self.en, self.adj, self.cap, self.ar, self.ar_stem, self.ar_cap = row


CTRY = [Country(r) for r in COUNTRIES]


def leader_on(country, date_iso):
    """The leader of country on date_iso as (title_en, name_en, short_en, title_ar,
    name_ar, short_ar), or None."""
    for start, end, *rest in LEADERS.get(country.en, ()):
        if (start is None or date_iso >= start) and (end is None or date_iso <= end):
            return rest
    return None


def possessive(name):
    return name + ("'" if name.endswith("s") else "'s")


class ArticleWriter:
    """Builds one article; all randomness comes from the Random passed in."""

    def __init__(self, rng, lang, date):
        self.r = rng
        self.lang = lang
        self.date = date
        self.iso = date.isoformat()
        self.named = set()  # leaders already introduced by full name
        self.used_filler = set()  # filler templates already used in this article
        self.used_events = set()  # event templates already used in this article

    # ---- actors -------------------------------------------------------------
    def leader(self, c):
        """The leader of c as (text, arabic gender), full name on first mention."""
        ld = leader_on(c, self.iso)
        if ld is None:
            return None
        t_en, n_en, s_en, t_ar, n_ar, s_ar = ld
        fem = t_ar.startswith("رئيسة")
        g = "f" if fem else "m"
        first = n_en not in self.named
        self.named.add(n_en)
        if self.lang == "en":
            return (f"{c.adj} {t_en} {n_en}" if first else s_en, g)
        return (f"{t_ar} {ar_adj(c.ar_stem, fem)} {n_ar}" if first else s_ar, g)

    def actor(self, c, kind, role="t"):
        """A noun phrase naming an actor of country c, as (text, arabic gender).
        kind: gov, person, force, mil, country, people, media; role: "s" or "t"."""
        r = self.r
        en = self.lang == "en"
        if kind == "country":
            return (c.en if en else c.ar, "f")
        if kind == "people":
            if en:
                return (f"{r.choice(NUM_EN)} {c.adj} {r.choice(GROUPS)[0]}", "m")
            g = r.choice(GROUPS)[1]
            return (r.choice([f"عدداً من {g} من {c.ar}", f"مجموعة من {g} القادمين من {c.ar}"]), "m")
        if kind == "media":
            if en:
                return (r.choice([f"a {c.adj} news agency", f"the {c.adj} state broadcaster",
                                  f"a newspaper funded by {c.en}"]), "f")
            return (r.choice([f"وكالة أنباء {ar_adj(c.ar_stem, True, False)}",
                              f"هيئة الإذاعة {ar_adj(c.ar_stem, True)}"]), "f")
        if kind in ("mil", "force"):
            sec_en, sec_ar, g = r.choice(SECTORS_MIL if kind == "mil" else SECTORS_FORCE)
            if en:
                forms = [f"the {c.adj} {sec_en}", f"{possessive(c.en)} {sec_en}"]
                if role == "s":
                    forms.append(f"{c.adj} {sec_en}")
                return (r.choice(forms), "m")
            return (f"{sec_ar} {ar_adj(c.ar_stem, g == 'f')}", g)
        x = r.random()
        if kind == "person" or x < 0.3:
            ld = self.leader(c)
            if ld is not None:
                return ld
            if kind == "person":
                if en:
                    return (r.choice([f"the {c.adj} foreign minister", f"a {c.adj} delegation"]), "m")
                return (r.choice([f"وزير الخارجية {ar_adj(c.ar_stem, False)}",
                                  f"وفد {ar_adj(c.ar_stem, False, False)}"]), "m")
        if x < 0.55:
            return (c.en, "f") if en else (c.ar, "m" if c.ar in AR_MASC_COUNTRIES else "f")
        if x < 0.65:
            return (c.cap if en else c.ar_cap, "f")
        sec_en, sec_ar, g = r.choice(SECTORS_GOV)
        if en:
            return (r.choice([f"{possessive(c.en)} {sec_en}", f"the {c.adj} {sec_en}"]), "f")
        return (f"{sec_ar} {ar_adj(c.ar_stem, g == 'f')}", g)

    def when(self):
        """A day phrase for an event up to three days before publication."""
        r = self.r
        back = r.randint(0, 3)
        d = self.date - datetime.timedelta(days=back)
        if self.lang == "en":
            if back == 0 or r.random() < 0.5:
                return "on " + WEEKDAYS_EN[d.weekday()]
            return f"on {d.day} {MONTHS_EN[d.month - 1]}"
        if back == 0 or r.random() < 0.5:
            return "يوم " + WEEKDAYS_AR[d.weekday()]
        return f"في {d.day} {MONTHS_AR[d.month - 1]}"

    # ---- sentences ----------------------------------------------------------
    def pick_event(self, pool=EVENTS):
        """A random event template not yet used in this article (if possible)."""
        r = self.r
        ev = r.choice(pool)
        for _ in range(4):
            if ev[2] not in self.used_events:
                break
            ev = r.choice(pool)
        self.used_events.add(ev[2])
        return ev

    def event_sentence(self, ev, a, b, first=False):
        """One sentence stating event ev with source country a and target b."""
        root, kind, en, _, vm, vf, rest = ev
        r = self.r
        if root in ("17", "18"):
            skind = "gov" if kind == "gov" else "force"
        elif root in ("15", "19", "20") or "troops" in en or "exercises" in en:
            skind = "mil"
        elif root == "04" and r.random() < 0.7:
            skind = "person"
        else:
            skind = "gov"
        s, sg = self.actor(a, skind, "s")
        # Only events that happen where the source is get "in <source capital>".
        located = kind in ("gov", "person", "people", "media") and skind != "mil" and s not in (a.cap, a.ar_cap)
        t, _ = self.actor(b, kind)
        w = self.when()
        if self.lang == "en":
            body = en.format(s=s, t=t)
            place = f" in {a.cap}" if located and r.random() < 0.4 else ""
            src = r.choice(ATTRIB_EN).format(cap=a.cap, adj=a.adj, tcap=b.cap) if not place and r.random() < 0.6 else ""
            if r.random() < 0.3:
                return f"{cap_first(w)}, {body}{place}{src}."
            return f"{cap_first(body)}{place} {w}{src}."
        verb = vf if sg == "f" else vm
        body = ar_fill(rest, t, "ها" if sg == "f" else "ه")
        place = f" في {a.ar_cap}" if located and r.random() < 0.4 else ""
        lead = "" if first else r.choice(("و", "و", "و", "كما "))
        src = r.choice(ATTRIB_AR).format(cap=a.ar_cap, tcap=b.ar_cap) if not place and r.random() < 0.3 else ""
        return f"{lead}{verb} {s} {w} {body}{place}{src}."

    def protest_sentence(self, a, b):
        g_en, g_ar = self.r.choice(GROUPS)
        if self.lang == "en":
            return PROTEST_EN.format(s=f"{a.adj} {g_en}", t=b.en, cap=a.cap) + f" {self.when()}."
        return "و" + PROTEST_AR.format(s=f"{g_ar} في {a.ar}", t=b.ar, cap=a.ar_cap) + f" {self.when()}."

    def quote(self, a, b):
        """Reported speech by an official of a about b."""
        r = self.r
        if self.lang == "en":
            said = r.choice(["a senior official said", "the foreign minister told reporters",
                             "a government spokesperson said", "a member of parliament said"])
            line = r.choice([f"We will not accept pressure from {b.cap}",
                             f"Our door remains open to {b.en}",
                             f"The relationship with {b.en} is going through a difficult period",
                             f"We expect {b.cap} to respect the agreements it has signed",
                             f"Dialogue with {b.en} is the only way forward"])
            return f"\"{line},\" {said} in {a.cap}."
        said = r.choice(["قال مسؤول رفيع", "قال وزير الخارجية للصحفيين", "قال متحدث باسم الحكومة",
                         "قال نائب في البرلمان"])
        line = r.choice([f"لن نقبل الضغوط من {b.ar_cap}", f"بابنا يبقى مفتوحاً أمام {b.ar}",
                         f"العلاقة مع {b.ar} تمر بمرحلة صعبة",
                         f"ننتظر من {b.ar_cap} احترام الاتفاقات التي وقعتها",
                         f"الحوار مع {b.ar} هو الطريق الوحيد"])
        return f"و{said} في {a.ar_cap}: \"{line}\"."

    def mode_sentence(self, a, b):
        """A sentence naming the dyad that must not yield a real, present event:
        negated, hypothetical, future or historical."""
        r = self.r
        k = r.randrange(4)
        year = r.randint(1992, 2019)
        if self.lang == "en":
            A = cap_first(a.en)
            if k == 0:
                return r.choice([f"{A} did not attack {b.en}, officials insisted.",
                                 f"{A} has not recalled its ambassador from {b.en}.",
                                 f"The {a.adj} government denied that it had arrested any {b.adj} citizens."])
            if k == 1:
                return r.choice([f"Analysts said {a.en} could impose new sanctions on {b.en} if the dispute continues.",
                                 f"If the talks fail, {a.en} might close its border with {b.en}.",
                                 f"{a.cap} could expel {b.adj} diplomats, according to local media."])
            if k == 2:
                return r.choice([f"The {a.adj} foreign minister will visit {b.cap} next month.",
                                 f"{A} is expected to sign a trade agreement with {b.en} later this year.",
                                 f"Officials from {a.en} and {b.en} will meet again in the coming weeks."])
            return r.choice([f"In {year}, {a.en} signed a friendship treaty with {b.en}.",
                             f"In {year}, {a.adj} troops clashed with {b.adj} forces along the border.",
                             f"Back in {year}, {a.en} expelled several {b.adj} diplomats."])
        if k == 0:
            return r.choice([f"ولم تهاجم {a.ar} {b.ar}، بحسب ما أكده مسؤولون.",
                             f"ولم تستدع {a.ar} سفيرها لدى {b.ar} حتى الآن.",
                             f"ونفت الحكومة {ar_adj(a.ar_stem, True)} أنها اعتقلت أي مواطنين من {b.ar}."])
        if k == 1:
            return r.choice([f"ويرى محللون أن {a.ar} قد تفرض عقوبات جديدة على {b.ar} إذا استمر الخلاف.",
                             f"وإذا فشلت المحادثات فقد تغلق {a.ar} حدودها مع {b.ar}.",
                             f"وقد تطرد {a.ar_cap} دبلوماسيين من {b.ar}، وفق وسائل إعلام محلية."])
        if k == 2:
            return r.choice([f"ومن المقرر أن يزور وزير الخارجية {ar_adj(a.ar_stem, False)} {b.ar_cap} الشهر المقبل.",
                             f"ويُتوقع أن توقع {a.ar} اتفاقاً تجارياً مع {b.ar} في وقت لاحق من العام.",
                             f"وسيلتقي مسؤولون من {a.ar} و{b.ar} مجدداً خلال الأسابيع المقبلة."])
        return r.choice([f"وفي عام {year} وقعت {a.ar} معاهدة صداقة مع {b.ar}.",
                         f"وفي عام {year} اشتبكت قوات من {a.ar} مع قوات من {b.ar} على الحدود.",
                         f"وفي عام {year} طردت {a.ar} عدداً من دبلوماسيي {b.ar}."])

    def filler(self, a, b):
        """A sentence without any event between actors."""
        r = self.r
        pct = f"{r.randint(1, 14)}.{r.randint(0, 9)}"
        bn = f"{r.randint(1, 60)}.{r.randint(0, 9)}"
        temp = r.randint(-5, 42)
        c = r.choice((a, b))
        m = r.randrange(12)
        if self.lang == "en":
            options = [
                f"Inflation in {c.en} slowed to {pct} percent in {MONTHS_EN[m]}, according to official figures.",
                f"Trade between the two countries reached about ${bn} billion last year.",
                f"The {c.adj} central bank kept its main interest rate at {pct} percent.",
                f"Temperatures in {c.cap} reached {temp} degrees Celsius this week.",
                f"Heavy rain disrupted traffic in {c.cap} for a second day, and {r.randint(3, 90)} flights were delayed.",
                f"The {c.adj} currency lost {pct} percent of its value against the dollar over the past month.",
                f"Observers in {c.cap} said relations between the two capitals had been uneven for years.",
                f"The dispute comes at a sensitive time for the region's economy, which grew by {pct} percent last year.",
                f"About {r.randint(2, 900)},{r.randint(100, 999)} people from {c.en} live and work abroad, statistics show.",
                "Diplomats said the episode reflected a wider contest for influence in the region.",
                f"Oil exports from {c.en} rose by {pct} percent in {MONTHS_EN[m]}.",
                f"The stock exchange in {c.cap} closed {r.choice(['higher', 'lower', 'flat'])} after a quiet session.",
                f"Tourist arrivals in {c.en} reached {r.randint(1, 30)}.{r.randint(0, 9)} million last year.",
                f"Wheat prices in {c.cap} rose for a {r.choice(['second', 'third', 'fourth'])} week in a row.",
                f"A new bridge and rail terminal worth ${bn} million are due to open near {c.cap} next year.",
                f"Unemployment in {c.en} stood at {pct} percent at the end of the quarter.",
                "Most analysts expect the dispute to be settled through quiet diplomacy rather than in public.",
                f"Forecasters in {c.cap} warned of strong winds and dust over the weekend.",
            ]
        else:
            options = [
            f"وتراجع معدل التضخم في {c.ar} إلى {pct} في المئة في {MONTHS_AR[m]}، بحسب الأرقام الرسمية.",
            f"وبلغ حجم التبادل التجاري بين البلدين نحو {bn} مليار دولار العام الماضي.",
            f"وأبقى البنك المركزي {ar_adj(c.ar_stem, False)} سعر الفائدة الرئيسي عند {pct} في المئة.",
            f"وسجلت درجات الحرارة في {c.ar_cap} {temp} درجة مئوية هذا الأسبوع.",
            f"وتسببت الأمطار الغزيرة في اضطراب حركة المرور في {c.ar_cap} لليوم الثاني، وتأخرت {r.randint(3, 90)} رحلة جوية.",
            f"وفقدت العملة {ar_adj(c.ar_stem, True)} {pct} في المئة من قيمتها أمام الدولار خلال الشهر الماضي.",
            f"ويقول مراقبون في {c.ar_cap} إن العلاقات بين العاصمتين شهدت تقلبات منذ سنوات.",
            f"ويأتي الخلاف في وقت حساس لاقتصاد المنطقة الذي نما بنسبة {pct} في المئة العام الماضي.",
            f"ويعيش نحو {r.randint(2, 900)} ألف مواطن من {c.ar} ويعملون في الخارج، وفق الإحصاءات.",
            "ويرى دبلوماسيون أن ما جرى يعكس تنافساً أوسع على النفوذ في المنطقة.",
            f"وارتفعت صادرات النفط في {c.ar} بنسبة {pct} في المئة في {MONTHS_AR[m]}.",
            f"وأغلقت البورصة في {c.ar_cap} على {r.choice(['ارتفاع', 'انخفاض', 'استقرار'])} بعد جلسة هادئة.",
            f"وارتفعت أسعار القمح في {c.ar_cap} للأسبوع {r.choice(['الثاني', 'الثالث', 'الرابع'])} على التوالي.",
            f"وبلغ معدل البطالة في {c.ar} {pct} في المئة في نهاية الربع الأخير.",
            "ويتوقع معظم المحللين أن يُحل الخلاف عبر الدبلوماسية الهادئة بعيداً عن الأضواء.",
            f"وحذرت الأرصاد الجوية في {c.ar_cap} من رياح قوية وعواصف ترابية خلال عطلة نهاية الأسبوع.",
            f"ومن المنتظر افتتاح جسر ومحطة للسكك الحديدية بقيمة {bn} مليون دولار قرب {c.ar_cap} العام المقبل.",
            ]
        free = [i for i in range(len(options)) if i not in self.used_filler]
        i = r.choice(free) if free else r.randrange(len(options))
        self.used_filler.add(i)
        if self.lang == "en" and r.random() < 0.6:
            return options[i][:-1] + r.choice(FILLER_TAIL_EN) + "."
        return options[i]

    # ---- article ------------------------------------------------------------
    def write(self):
        """Returns (title, text, slug)."""
        r = self.r
        a, b = r.sample(CTRY, 2)
        lead = self.pick_event()
        conflict = lead[0] >= "09"
        sents = [self.event_sentence(lead, a, b, first=True)]
        # The target answers in kind.
        sents.append(self.event_sentence(self.pick_event(REACT_CONF if conflict else REACT_COOP), b, a))
        for _ in range(r.randint(1, 3)):
            x, y = (a, b) if r.random() < 0.6 else (b, a)
            sents.append(self.event_sentence(self.pick_event(), x, y))
        # Context involving third countries.
        for _ in range(r.randint(1, 3)):
            c, d = r.sample(CTRY, 2)
            if r.random() < 0.15:
                sents.append(self.protest_sentence(c, d))
            else:
                sents.append(self.event_sentence(self.pick_event(), c, d))
        sents.append(self.quote(*r.sample((a, b), 2)))
        for _ in range(r.randint(0, 2)):
            sents.append(self.mode_sentence(*r.sample((a, b), 2)))
        body = sents[:1] + r.sample(sents[1:], len(sents) - 1)
        # Filler until the article reaches its size: 8-20 sentences, ~1.5-3 KB.
        target = r.randint(1500, 2900)
        size = sum(len(s.encode("utf-8")) + 1 for s in body)
        while len(body) < 20 and (len(body) < 8 or size < target):
            s = self.filler(a, b)
            body.insert(r.randint(1, len(body)), s)
            size += len(s.encode("utf-8")) + 1
        paras, i = [], 0
        while i < len(body):
            k = r.randint(1, 3)
            paras.append(" ".join(body[i:i + k]))
            i += k
        if self.lang == "en":
            S = cap_first(a.en) if r.random() < 0.7 else a.cap
            T = b.en if r.random() < 0.7 else b.cap
            title = lead[3].format(S=S, T=T)
        else:
            title = r.choice([f"{a.ar} و{b.ar}: تطورات جديدة في العلاقات الثنائية",
                              f"توتر بين {a.ar} و{b.ar}", f"{a.ar_cap} و{b.ar_cap}: جولة جديدة من الاتصالات",
                              f"ملف العلاقات بين {a.ar} و{b.ar} يعود إلى الواجهة",
                              f"{a.ar} تتحرك تجاه {b.ar}"])
        slug = "-".join(w for w in f"{a.en} {b.en}".lower().replace("'", "").split() if w != "the")
        return title, "\n\n".join(paras), slug


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate a synthetic news corpus for dyad benchmarks.")
    ap.add_argument("--articles", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    ap.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    ap.add_argument("--lang", choices=("en", "ar", "mix"), default="mix")
    args = ap.parse_args(argv)
    if args.articles < 0:
        ap.error("--articles must be >= 0")

    t0 = time.monotonic()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    day0 = datetime.date(2024, 1, 1)
    ndays = (datetime.date(2025, 12, 31) - day0).days + 1
    seen = set()
    total = 0
    jf = open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8") if args.format == "jsonl" else None
    try:
        for i in range(args.articles):
            while True:
                lang = args.lang if args.lang != "mix" else ("en" if rng.random() < 0.6 else "ar")
                date = day0 + datetime.timedelta(days=rng.randrange(ndays))
                title, text, slug = ArticleWriter(rng, lang, date).write()
                h = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
                if h not in seen:  # never emit the same text twice
                    seen.add(h)
                    break
            name = f"{date.isoformat()}_{lang}-{slug}-{i:06d}"
            if jf is not None:
                url = f"https://example.org/{lang}/{date.year}/{date.month:02d}/{slug}-{i:06d}"
                line = json.dumps({"url": url, "title": title, "date": date.isoformat(), "text": text},
                                  ensure_ascii=False) + "\n"
                data = line.encode("utf-8")
                jf.write(line)
            else:
                data = (title + "\n\n" + text + "\n").encode("utf-8")
                with open(os.path.join(args.out, name + ".txt"), "wb") as f:
                    f.write(data)
            total += len(data)
    finally:
        if jf is not None:
            jf.close()
    dt = time.monotonic() - t0
    print(f"gen_corpus: {args.articles} articles, {total} bytes, format={args.format} lang={args.lang} "
          f"seed={args.seed} -> {args.out} ({dt:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
