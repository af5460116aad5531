#!/usr/bin/env python3
"""Build dyad's gazetteer (data/places/) from GeoNames and Debian's geonames data.

Usage:
    python3 tools/build_gazetteer.py /work/shared/data data/places

Reads (first argument = the shared source-data directory):
  geonames/cities15000.txt           places with population >= 15,000 (GeoNames)
  geonames/countryInfo.tsv           countries: ISO codes, population
  geonames/regionInfo.tsv            first-level regions (admin1 codes, names, ids)
  geonames/country_translations.json country names in many languages
  countries/world-countries.json     country centre points and translations
  /usr/share/locale/<lang>/LC_MESSAGES/geonames.mo
                                     Debian libgeonames-common: names of cities
                                     (key = GeoNames id), countries (ISO2) and
                                     regions (CC.admin1) per language
  /usr/share/dict/words              Debian wamerican: which Latin place names are
                                     also common English words ("Mobile", "Reading")
  data/actors/countries.tsv          dyad's own country names (all six languages)

Writes (second argument):
  places.tsv.gz  geonameid kind country admin1 lat lon population name
                 (kind: GeoNames feature code; admin1: the region code within the
                 country, or for a country its CAMEO code, e.g. AZE)
  names.tsv.gz   lang name ids [word]

The hand-written files beside them (regions.tsv: news regions that are not cities;
aliases.tsv: extra names of existing places) are not touched.

Admin1 regions have no coordinates in the sources; a region gets the midpoint of the
bounding box of its cities (checked against the country centre points of
world-countries, where the bounding-box midpoint of cities lands within 161 km of the
reference for 75% of countries against 61% for a population-weighted centroid).
Regions without any city of 15,000 are left out.

Python 3 standard library only. Output is deterministic (sorted; gzip without a
timestamp), so a rebuild from the same inputs gives the same bytes.
"""

import gettext
import gzip
import io
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

LANGS = ("en", "ar", "fa", "ru", "tr", "az")
MO = "/usr/share/locale/{}/LC_MESSAGES/geonames.mo"
WORDS = "/usr/share/dict/words"
# CAMEO country codes that differ from ISO 3166-1 alpha-3 (as in data/actors).
CAMEO_CODE = {"XKX": "KSV"}

# Admin1 name endings that news text usually leaves out ("Moscow Oblast" -> "Moscow
# Oblast" and "Moscow"): the short form is added as a second name.
REGION_SUFFIXES = (" Oblast", " oblast", " Province", " Governorate", " Region", " Krai",
                   " Kray", " District", " Rayon", " Republic", " Autonomous Okrug",
                   " Prefecture", " Voivodeship", " County", " State", " Territory")
REGION_PREFIXES = ("Republic of ", "State of ", "Province of ", "Muḩāfaz̧at ", "Wilāyat ")

# Latin alternate names mix transliterations ("Jekaterinburg"), historical names
# ("Sverdlovsk"), other languages' names and nicknames ("Federal City", or a person's
# name a city once bore). Transliterations help with exonyms and machine-translated
# spellings, the rest mostly collides with ordinary words and people: an alternate is
# kept for a place of LATIN_ALT_MIN_POP when it is spelled like the place's name
# (similarity >= 0.6), and for a city of LATIN_ALT_BIG_POP when it is at least
# somewhat alike (>= 0.4: "Peking", "Calcutta"; not "Berea" for Aleppo).
LATIN_ALT_MIN_POP = 100_000
LATIN_ALT_BIG_POP = 1_000_000

# Names that are only a direction or a generic word ("East" region of Cameroon, "Central"
# of Ghana, "Capital" of Bahrain): in text they are almost never those places, and
# they would match inside other names ("South Charleston", "Western Europe").
GENERIC_NAMES = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "northeast", "northwest", "southeast", "southwest", "north east",
    "north west", "south east", "south west", "north-east", "north-west", "south-east",
    "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "capital",
    "coast", "coastal", "lakes", "islands", "upper", "lower", "middle", "interior", "highlands",
    "metropolitan", "littoral", "mountain", "plateau", "lagoons", "savanes", "oriental",
    "occidental", "centro", "norte", "sur", "este", "oeste", "nord", "sud", "est", "ouest",
    "centre-est", "centre-ouest", "centre-nord", "centre-sud", "grand", "new", "old", "saint",
    "san", "santa", "la", "el", "al", "le", "les", "los", "las", "union", "national", "federal",
    # Arabic common nouns that translations give as names: "المدينة" is "the city" far more
    # often than Medina ("مدينة خيرسون"), "العين" "the eye" more often than Al Ain.
    "المدينه", "مدينه", "العين",
}


def arabic_fold(name):
    """The letter differences dyad's normaliser removes (ی ي, ک ك, ة ه ھ ۀ, أ إ آ ا)."""
    return name.translate(str.maketrans("یکةھۀأإآ", "يكههههاا"))


def similarity(a, b):
    """1 - Levenshtein distance / longer length, on ASCII-folded lower case."""
    a, b = fold(a), fold(b)
    if not a or not b:
        return 0.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1 - prev[-1] / max(len(a), len(b))


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(ch for ch in s if ch.isalnum())


def script_of(s):
    """'latin', 'arabic', 'cyrillic' or 'other' by the first letter."""
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("LATIN"):
                return "latin"
            if name.startswith("ARABIC"):
                return "arabic"
            if name.startswith("CYRILLIC"):
                return "cyrillic"
            return "other"
    return "other"


def letters(s):
    return sum(1 for ch in s if ch.isalpha() and unicodedata.category(ch).startswith("L"))


def clean(s):
    s = unicodedata.normalize("NFC", s).replace("\t", " ").strip()
    return re.sub(r"\s+", " ", s)


def read_mo(lang):
    path = MO.format(lang)
    if not os.path.exists(path):
        sys.exit(f"build_gazetteer: {path} missing (apt-get install libgeonames-common)")
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    return {k: clean(v) for k, v in cat.items() if k and v}


def read_common_words():
    if not os.path.exists(WORDS):
        sys.exit(f"build_gazetteer: {WORDS} missing (apt-get install wamerican)")
    out = set()
    with open(WORDS, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w.islower() and "'" not in w:
                out.add(w)
    return out


class Gazetteer:
    def __init__(self):
        self.places = {}  # id -> [kind, cc, admin1, lat, lon, pop, name]
        self.names = defaultdict(set)  # (lang, name) -> ids
        self.from_actors = set()  # ((lang, name), id) given by data/actors
        self.curated = set()      # ((lang, name), id) given by any other source
        self.source = "curated"

    def name(self, lang, name, gid):
        name = clean(name)
        if letters(name) < 2 or gid not in self.places or arabic_fold(name.lower()) in GENERIC_NAMES:
            return
        if script_of(name) == "arabic" and letters(name) <= 2:
            return  # two Arabic letters are a preposition or pronoun more often than a place
        sc = script_of(name)
        if sc == "other":
            return
        # Script decides where a name may match: Latin names are shared by every
        # Latin-script language ("*"), except names only a Turkish or Azerbaijani
        # source gives, which stay theirs.
        if sc == "latin" and lang in ("en", "*"):
            lang = "*"
        elif sc == "arabic" and lang not in ("ar", "fa"):
            lang = "ar"
        elif sc == "cyrillic":
            lang = "ru"
        elif sc == "latin" and lang not in ("tr", "az"):
            lang = "*"
        self.names[(lang, name)].add(gid)
        (self.from_actors if self.source == "actors" else self.curated).add(((lang, name), gid))


def load_countries(src, g, mo, actors_tsv):
    iso3_to2 = {}
    iso3_of = {}
    info = {}
    with open(os.path.join(src, "geonames", "countryInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 17 or not c[16]:
                continue
            iso2, iso3, name, pop, gid = c[0], c[1], c[4], c[7], c[16]
            iso3_to2[iso3] = iso2
            iso3_of[iso2] = iso3
            info[iso2] = (gid, name, int(pop or 0))
    wc = json.load(open(os.path.join(src, "countries", "world-countries.json"), encoding="utf-8"))
    wc_by2 = {c["cca2"]: c for c in wc}
    for iso2, (gid, name, pop) in info.items():
        c = wc_by2.get(iso2)
        if not c or not c.get("latlng"):
            continue
        lat, lon = c["latlng"][:2]
        # A country's admin1 column holds its CAMEO country code, so that actor codes
        # ("RUSGOV") lead to the country's place.
        cameo = CAMEO_CODE.get(iso3_of[iso2], iso3_of[iso2])
        g.places[gid] = ["PCLI", iso2, cameo, lat, lon, pop, name]
        g.name("*", name, gid)
        g.name("*", c["name"]["common"], gid)
        for lang3, lang in (("ara", "ar"), ("per", "fa"), ("rus", "ru"), ("tur", "tr")):
            t = c.get("translations", {}).get(lang3)
            if t:
                g.name(lang, t["common"], gid)
        for lang in LANGS:
            if iso2 in mo[lang]:
                g.name(lang, mo[lang][iso2], gid)
    tr = json.load(open(os.path.join(src, "geonames", "country_translations.json"), encoding="utf-8"))
    for gid, names in tr.items():
        for lang in LANGS:
            if lang in names:
                g.name(lang, names[lang], gid)
    # dyad's own country names (case forms in Russian, "U.S.", "Britain"...).
    by2 = {iso2: v[0] for iso2, v in info.items()}
    g.source = "actors"
    with open(actors_tsv, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(c) < 4 or c[3] != "country":
                continue
            iso2 = iso3_to2.get(c[2])
            if iso2 in by2:
                g.name(c[0], c[1], by2[iso2])
    g.source = "curated"
    return info


def load_cities(src, g, mo):
    cities = []
    with open(os.path.join(src, "geonames", "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                continue
            gid, name, ascii_name, alts = c[0], c[1], c[2], c[3]
            lat, lon, fcode, cc, a1, pop = float(c[4]), float(c[5]), c[7], c[8], c[10], int(c[14] or 0)
            g.places[gid] = [fcode, cc, a1, lat, lon, pop, clean(name)]
            cities.append((gid, cc, a1, lat, lon, pop))
            g.name("*", name, gid)
            g.name("*", ascii_name, gid)
            for alt in alts.split(","):
                alt = clean(alt)
                sc = script_of(alt)
                # Arabic-script alternates of small places are often ordinary words
                # ("دولة" state, "وقف" endowment): kept for cities of 100,000 or more,
                # and never when three letters or fewer ("كيف" how). The curated names of
                # libgeonames (below) are kept for every place.
                if sc == "arabic" and (pop < 100_000 or letters(alt) <= 3):
                    continue
                if sc == "cyrillic" and letters(alt) <= 3 and pop < 500_000:
                    continue
                if sc == "latin":
                    # Codes ("SVX"), lower-case romanisations of other scripts and
                    # short forms are not names people write.
                    if (pop >= LATIN_ALT_MIN_POP and len(alt) >= 4 and alt[0].isupper()
                            and not alt.isupper() and not any(ch.isdigit() for ch in alt)
                            and max(similarity(alt, name), similarity(alt, ascii_name))
                            >= (0.4 if pop >= LATIN_ALT_BIG_POP else 0.6)):
                        g.name("*", alt, gid)
                elif sc in ("arabic", "cyrillic"):
                    g.name("ar" if sc == "arabic" else "ru", alt, gid)
            for lang in LANGS:
                if gid in mo[lang]:
                    # The .mo names sometimes add the region: "Name, Region".
                    g.name(lang, mo[lang][gid].split("،")[0].split(",")[0], gid)
    return cities


def load_regions(src, g, mo, cities):
    extent = {}
    for gid, cc, a1, lat, lon, pop in cities:
        key = f"{cc}.{a1}"
        e = extent.setdefault(key, [lat, lat, lon, lon, 0])
        e[0], e[1] = min(e[0], lat), max(e[1], lat)
        e[2], e[3] = min(e[2], lon), max(e[3], lon)
        e[4] += pop
    with open(os.path.join(src, "geonames", "regionInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(c) < 4 or not c[3]:
                continue
            code, name, ascii_name, gid = c[0], c[1], c[2], c[3]
            e = extent.get(code)
            if not e:
                continue
            if e[3] - e[2] > 180:  # a region across the antimeridian: take its largest extent's middle anyway
                e = [e[0], e[1], e[2], e[2], e[4]]
            cc, a1 = code.split(".", 1)
            lat, lon = (e[0] + e[1]) / 2, (e[2] + e[3]) / 2
            g.places[gid] = ["ADM1", cc, a1, lat, lon, e[4], clean(name)]
            for n in {name, ascii_name}:
                g.name("*", n, gid)
                for s in REGION_SUFFIXES:
                    if n.endswith(s) and len(n) > len(s) + 2:
                        g.name("*", n[: -len(s)], gid)
                for p in REGION_PREFIXES:
                    if n.startswith(p):
                        g.name("*", n[len(p):], gid)
            for lang in LANGS:
                if code in mo[lang]:
                    g.name(lang, mo[lang][code], gid)


def fmt_num(x):
    return f"{x:.4f}".rstrip("0").rstrip(".")


def write_gz(path, lines):
    data = "".join(lines).encode("utf-8")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
            f.write(data)


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    src, out = argv[1], argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    actors_tsv = os.path.join(here, "..", "data", "actors", "countries.tsv")
    mo = {lang: read_mo(lang) for lang in LANGS}
    words = read_common_words()
    g = Gazetteer()
    load_countries(src, g, mo, actors_tsv)
    cities = load_cities(src, g, mo)
    load_regions(src, g, mo, cities)

    def gid_key(gid):
        return int(gid)

    # A country name from the actor dictionaries that names one of the country's own
    # regions ("Gaza Strip", "West Bank" for Palestine, which the actors file lists
    # because they stand for it as actors): as a place the name is the region's.
    for key, ids in list(g.names.items()):
        for c in [i for i in ids if (key, i) in g.from_actors and (key, i) not in g.curated]:
            cc = g.places[c][1]
            if any(g.places[i][0] == "ADM1" and g.places[i][1] == cc for i in ids):
                ids.discard(c)
        if not ids:
            del g.names[key]

    place_lines = ["# geonameid\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tname\n"]
    for gid in sorted(g.places, key=gid_key):
        kind, cc, a1, lat, lon, pop, name = g.places[gid]
        place_lines.append(f"{gid}\t{kind}\t{cc}\t{a1}\t{fmt_num(lat)}\t{fmt_num(lon)}\t{pop}\t{name}\n")
    name_lines = ["# lang\tname\tgeonameids\t[word: also a common English word]\n"]
    for (lang, name) in sorted(g.names):
        ids = ",".join(sorted(g.names[(lang, name)], key=gid_key))
        word = "\tword" if lang == "*" and " " not in name and name.lower() in words else ""
        name_lines.append(f"{lang}\t{name}\t{ids}{word}\n")
    os.makedirs(out, exist_ok=True)
    write_gz(os.path.join(out, "places.tsv.gz"), place_lines)
    write_gz(os.path.join(out, "names.tsv.gz"), name_lines)
    kinds = defaultdict(int)
    for p in g.places.values():
        kinds[p[0] if p[0] in ("PCLI", "ADM1") else "city"] += 1
    langs = defaultdict(int)
    for (lang, _) in g.names:
        langs[lang] += 1
    print(f"places: {len(g.places)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(f"names: {len(g.names)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")


if __name__ == "__main__":
    main(sys.argv)
