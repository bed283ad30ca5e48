#!/usr/bin/env python3.11
"""corpus_blind17 -- seeded, labelled synthetic corpus for PII/PHI/secret detection.

Every document is generated piece by piece through a small builder (``Doc``)
that records entity offsets while text is appended, so spans are exact by
construction (offsets are never recovered by searching the finished text).
Document ``i`` is a pure function of ``(seed, i)``: each one uses its own
``random.Random(f"{seed}-{i}")``.

The corpus covers 34 positive domains in formats not used by earlier blind
corpora (bail bond intake, school nurse logs, Kubernetes audit logs, nginx
access logs, Salesforce CSV exports, sleep clinic reports, German/Spanish
speech-therapy notes, rail delay compensation chats, bug bounty reports, Jira
exports, HL7 ADT+ORU, home insurance adjuster notes, 1040 tax intake,
ambulance run reports, Terraform plans, notary journals, FHIR bundles, X12
834 enrollment, vCard exports, Ansible runs, secret-scanner JSON, blood donor
screening, interpreter booking e-mails, GEDCOM family trees, scholarship
applications, moving quotes, fire-department rosters, youth soccer
registration, DMV title transfers, OCR'd fax cover sheets, MySQL general
query logs, game account recovery tickets, prison visitation requests and
dating-app safety reports) plus about 10% negative documents made only of
hard negatives (build manifests, masked exports, Prometheus metrics, schema
migrations, drug formularies, warehouse cycle counts).

Written blind (without looking at the detector or at the other corpora).

Usage:
    python3.11 corpus_blind17.py --check
    python3.11 corpus_blind17.py --sample 3
    python3.11 corpus_blind17.py --n 1000 --seed 0 --output out.jsonl
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import string
import sys
import time
import unicodedata
from collections import Counter

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
)
TYPESET = frozenset(TYPES)


# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------
class E:
    """An entity fragment: value + type."""
    __slots__ = ("v", "t")

    def __init__(self, v, t):
        self.v = v
        self.t = t


class M:
    """A mixed string (for JSON / CSV cells): plain str parts and E parts."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


class Doc:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.ents = []

    def add(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def ent(self, v, t):
        if t not in TYPESET:
            raise ValueError("bad type %r" % t)
        if not v or v != v.strip():
            raise ValueError("bad entity value %r" % v)
        self.ents.append({"start": self.n, "end": self.n + len(v), "type": t})
        self.add(v)

    def __call__(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, E):
                self.ent(it.v, it.t)
            elif isinstance(it, M):
                for p in it.parts:
                    self(p)
            else:
                self.add(str(it))
        return self

    def text(self):
        return "".join(self.parts)


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(d, obj, indent=2, lvl=0, compact=False):
    """Emit JSON while recording spans for E / M leaves."""
    if isinstance(obj, dict):
        if not obj:
            d("{}")
            return
        if compact:
            d("{")
            for k, (key, val) in enumerate(obj.items()):
                if k:
                    d(",")
                d(json.dumps(key, ensure_ascii=False), ":")
                jdump(d, val, indent, lvl + 1, compact)
            d("}")
            return
        d("{\n")
        items = list(obj.items())
        for k, (key, val) in enumerate(items):
            d(" " * (indent * (lvl + 1)), json.dumps(key, ensure_ascii=False), ": ")
            jdump(d, val, indent, lvl + 1, compact)
            d(",\n" if k < len(items) - 1 else "\n")
        d(" " * (indent * lvl), "}")
    elif isinstance(obj, list):
        if not obj:
            d("[]")
            return
        simple = all(not isinstance(x, (dict, list)) for x in obj)
        if compact or simple:
            d("[")
            for k, val in enumerate(obj):
                if k:
                    d("," if compact else ", ")
                jdump(d, val, indent, lvl + 1, compact)
            d("]")
            return
        d("[\n")
        for k, val in enumerate(obj):
            d(" " * (indent * (lvl + 1)))
            jdump(d, val, indent, lvl + 1, compact)
            d(",\n" if k < len(obj) - 1 else "\n")
        d(" " * (indent * lvl), "]")
    elif isinstance(obj, E):
        d('"')
        d.ent(_jesc(obj.v), obj.t)
        d('"')
    elif isinstance(obj, M):
        d('"')
        for p in obj.parts:
            if isinstance(p, E):
                d.ent(_jesc(p.v), p.t)
            else:
                d.add(_jesc(p))
        d('"')
    elif isinstance(obj, str):
        d(json.dumps(obj, ensure_ascii=False))
    else:
        d(json.dumps(obj))


def csv_row(d, fields, sep=","):
    for k, f in enumerate(fields):
        if k:
            d(sep)
        parts = f.parts if isinstance(f, M) else (f,)
        flat = "".join((p.v if isinstance(p, E) else ("" if p is None else str(p))) for p in parts)
        quote = (sep in flat) or ('"' in flat) or ("\n" in flat)
        if quote:
            d('"')
        for p in parts:
            if isinstance(p, E):
                d.ent(p.v.replace('"', '""') if quote else p.v, p.t)
            elif p is not None:
                s = str(p)
                d.add(s.replace('"', '""') if quote else s)
        if quote:
            d('"')
    d("\n")


# ---------------------------------------------------------------------------
# value pools
# ---------------------------------------------------------------------------
ORIGINS = {
    "en": (["James", "Olivia", "Ethan", "Hannah", "Connor", "Madison", "Tyler", "Brooke", "Wyatt",
            "Kayla", "Gregory", "Deborah", "Darnell", "Shanice", "Trevor", "Colleen"],
           ["Whitaker", "Sullivan", "Brennan", "Hollis", "Carter", "Pruitt", "McAllister", "O'Connor",
            "Fairbanks", "Langley", "Ashworth", "Doyle", "Washington", "Haskins", "Merriweather"]),
    "es": (["Alejandro", "Lucía", "Jorge", "Ximena", "Mateo", "Guadalupe", "Rocío", "Iñigo",
            "Valentina", "José Luis", "María José", "Esteban"],
           ["García-Márquez", "de la Cruz", "Fernández", "Ibarra", "Zubizarreta", "Ortega",
            "Villanueva", "Peña", "Echeverría", "Salazar", "Quintero", "del Río"]),
    "de": (["Jürgen", "Katharina", "Lukas", "Anneliese", "Felix", "Svenja", "Dieter", "Henrike",
            "Maximilian", "Ute"],
           ["Müller", "Schäfer", "von Hohenberg", "Brandt", "Weißmann", "Kühn", "Hoffmann-Ebert",
            "Zimmermann", "Großkopf"]),
    "fr": (["Aurélie", "Étienne", "Margaux", "Thibault", "Noémie", "Benoît", "Océane",
            "Jean-Baptiste", "Anaïs"],
           ["Lefèvre", "Dubois", "de Montclair", "Rousseau", "Chevalier", "Fournier", "Le Gall",
            "Bonnet", "Giraud"]),
    "it": (["Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Giuseppe", "Beatrice"],
           ["Rossi", "Esposito", "Di Stefano", "Bianchi", "Colombo", "D'Amico", "Lo Bianco"]),
    "pl": (["Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Zofia", "Paweł"],
           ["Szczepańska", "Kowalczyk", "Wiśniewski", "Nowak", "Lewandowska", "Grabowski"]),
    "in": (["Priya", "Arjun", "Ananya", "Rohan", "Lakshmi", "Venkatesh", "Sneha", "Harpreet",
            "Aditya"],
           ["Raghunathan", "Iyer", "Chatterjee", "Patel", "Reddy", "Bhattacharya", "Gill",
            "Subramaniam", "Deshpande"]),
    "zh": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yuting", "Zhiwei"],
           ["Zhang", "Liu", "Chen", "Wang", "Huang", "Zhao", "Xu"]),
    "ja": (["Haruto", "Yui", "Takeshi", "Akiko", "Ren", "Sakura", "Kenji"],
           ["Takahashi", "Yamamoto", "Watanabe", "Kobayashi", "Nakamura", "Ishikawa"]),
    "ko": (["Min-jun", "Seo-yeon", "Ji-hoon", "Hye-jin", "Dong-hyun"],
           ["Kim", "Park", "Choi", "Jeong", "Kang"]),
    "vi": (["Thanh", "Linh", "Quang", "Ngọc Anh", "Minh"],
           ["Nguyễn", "Trần", "Phạm", "Lê", "Đặng"]),
    "ar": (["Omar", "Fatima", "Yousef", "Layla", "Khalid", "Amira", "Tariq"],
           ["Al-Hashimi", "Haddad", "bin Rashid", "El-Sayed", "Khoury", "Mansour", "Al-Farsi"]),
    "ng": (["Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Tunde"],
           ["Okonkwo", "Adeyemi", "Abdullahi", "Eze", "Babatunde", "Nwosu", "Oyelaran"]),
    "tr": (["Emre", "Elif", "Mehmet", "Zeynep", "Burak"],
           ["Yılmaz", "Öztürk", "Demir", "Çelik", "Aydın"]),
    "ru": (["Dmitri", "Anastasia", "Sergei", "Yekaterina", "Oksana"],
           ["Volkov", "Ivanova", "Kuznetsov", "Sokolova", "Petrenko"]),
    "nl": (["Sanne", "Joost", "Femke", "Bram", "Maartje"],
           ["van der Berg", "de Vries", "van Dijk", "Bakker", "ter Horst"]),
    "pt": (["João", "Mariana", "Thiago", "Beatriz", "Gonçalo"],
           ["da Silva", "Oliveira", "dos Santos", "Carvalho", "Magalhães"]),
    "nordic": (["Søren", "Ingrid", "Björn", "Astrid", "Sigrún"],
               ["Øberg", "Lindqvist", "Johansson", "Halvorsen", "Kristjánsdóttir"]),
    "gr": (["Nikos", "Eleni", "Giorgos", "Dimitra"],
           ["Papadopoulos", "Georgiou", "Konstantinidis", "Vlachou"]),
    "ie": (["Siobhán", "Ciarán", "Aoife", "Pádraig", "Niamh"],
           ["Ní Bhriain", "Ó Súilleabháin", "Murphy", "Kavanagh", "Mac Giolla"]),
}
ORIGIN_KEYS = list(ORIGINS)
ORIGIN_W = [6 if k == "en" else (3 if k in ("es", "in", "zh", "ng") else 1.5) for k in ORIGIN_KEYS]


def P(r, origin=None, apos=True):
    """A random person (dict)."""
    o = origin or r.choices(ORIGIN_KEYS, ORIGIN_W)[0]
    fn, ln = ORIGINS[o]
    while True:
        first = r.choice(fn)
        last = r.choice(ln)
        if r.random() < 0.07:
            o2 = r.choice(ORIGIN_KEYS)
            l2 = r.choice(ORIGINS[o2][1])
            if " " not in last and " " not in l2 and "-" not in last and "-" not in l2 and l2 != last:
                last = last + "-" + l2
        if apos or ("'" not in first + last):
            break
    mi = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.3 else None
    return {"first": first, "last": last, "mi": mi, "o": o}


def nm(r, p, style=None):
    if style is None:
        style = r.choices(["fl", "fml", "LF", "LFU", "FLU", "f", "l"], [10, 3, 2, 1, 1, 1, 1])[0]
    f, l, mi = p["first"], p["last"], p["mi"]
    if style == "fml":
        return f"{f} {mi}. {l}" if mi else f"{f} {l}"
    if style == "fl":
        return f"{f} {l}"
    if style == "LF":
        return f"{l}, {f}"
    if style == "LFU":
        return f"{l.upper()}, {f.upper()}"
    if style == "FLU":
        return f"{f.upper()} {l.upper()}"
    if style == "low":
        return f"{f.lower()} {l.lower()}"
    if style == "lowf":
        return f.lower()
    if style == "f":
        return f
    if style == "l":
        return l
    raise ValueError(style)


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = "".join(c for c in s if c.isalnum())
    return s or "user"


FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.net", "orange.fr",
            "proton.me", "icloud.com", "hotmail.es", "libero.it", "wp.pl", "yandex.ru", "naver.com",
            "rediffmail.com", "uol.com.br", "fastmail.com", "aol.com", "mail.com", "t-online.de"]


def email(r, p=None, domain=None):
    if p is None:
        p = P(r)
    f, l = fold(p["first"]), fold(p["last"])
    dom = domain or r.choice(FREEMAIL)
    pat = r.randrange(7)
    if pat == 0:
        lp = f"{f}.{l}"
    elif pat == 1:
        lp = f"{f[0]}{l}"
    elif pat == 2:
        lp = f"{f}_{l}{r.randint(1, 99)}"
    elif pat == 3:
        lp = f"{f}{l}"
    elif pat == 4:
        lp = f"{l}.{f}{r.randint(70, 99)}"
    elif pat == 5:
        lp = f"{f}.{l[0]}"
    else:
        lp = f"{f}{r.randint(1980, 2009)}"
    return f"{lp}@{dom}"


US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Austin", "TX", "787"),
             ("Tucson", "AZ", "857"), ("Boise", "ID", "837"), ("Fresno", "CA", "937"),
             ("Tacoma", "WA", "984"), ("Albany", "NY", "122"), ("Savannah", "GA", "314"),
             ("Omaha", "NE", "681"), ("Raleigh", "NC", "276"), ("Duluth", "MN", "558"),
             ("Burlington", "VT", "054"), ("Portland", "OR", "972"), ("Newark", "NJ", "071"),
             ("Baltimore", "MD", "212"), ("Pittsburgh", "PA", "152"), ("Madison", "WI", "537"),
             ("Lubbock", "TX", "794"), ("Reno", "NV", "895"), ("Anchorage", "AK", "995"),
             ("Honolulu", "HI", "968"), ("Kansas City", "MO", "641"), ("Louisville", "KY", "402"),
             ("Tulsa", "OK", "741"), ("Des Moines", "IA", "503"), ("Providence", "RI", "029"),
             ("Charleston", "SC", "294"), ("Santa Fe", "NM", "875"), ("Mobile", "AL", "366"),
             ("Hialeah", "FL", "330"), ("Dearborn", "MI", "481"), ("Chula Vista", "CA", "919"),
             ("El Paso", "TX", "799"), ("Bridgeport", "CT", "066"), ("Cheyenne", "WY", "820")]
US_STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "AZ": "Arizona", "ID": "Idaho",
                  "CA": "California", "WA": "Washington", "NY": "New York", "GA": "Georgia",
                  "NE": "Nebraska", "NC": "North Carolina", "MN": "Minnesota", "VT": "Vermont",
                  "OR": "Oregon", "NJ": "New Jersey", "MD": "Maryland", "PA": "Pennsylvania",
                  "WI": "Wisconsin", "NV": "Nevada", "AK": "Alaska", "HI": "Hawaii", "MO": "Missouri",
                  "KY": "Kentucky", "OK": "Oklahoma", "IA": "Iowa", "RI": "Rhode Island",
                  "SC": "South Carolina", "NM": "New Mexico", "AL": "Alabama", "FL": "Florida",
                  "MI": "Michigan", "CT": "Connecticut", "WY": "Wyoming"}
US_AREA = {"IL": "217", "OH": "614", "TX": "512", "AZ": "520", "ID": "208", "CA": "559", "WA": "253",
           "NY": "518", "GA": "912", "NE": "402", "NC": "919", "MN": "218", "VT": "802", "OR": "503",
           "NJ": "973", "MD": "410", "PA": "412", "WI": "608", "NV": "775", "AK": "907", "HI": "808",
           "MO": "816", "KY": "502", "OK": "918", "IA": "515", "RI": "401", "SC": "843", "NM": "505",
           "AL": "251", "FL": "305", "MI": "313", "CT": "203", "WY": "307"}

INTL = {
    "GB": [("London", "United Kingdom"), ("Leeds", "United Kingdom"), ("Manchester", "England"),
           ("Glasgow", "Scotland"), ("Bristol", "United Kingdom"), ("Cardiff", "Wales")],
    "DE": [("Berlin", "Germany"), ("Hamburg", "Germany"), ("München", "Deutschland"), ("Köln", "Germany"),
           ("Leipzig", "Germany"), ("Stuttgart", "Deutschland")],
    "FR": [("Paris", "France"), ("Lyon", "France"), ("Marseille", "France"), ("Toulouse", "France"),
           ("Nantes", "France")],
    "ES": [("Madrid", "España"), ("Sevilla", "Spain"), ("Barcelona", "Spain"), ("Valencia", "España"),
           ("Bilbao", "Spain")],
    "IT": [("Milano", "Italia"), ("Napoli", "Italy"), ("Roma", "Italia"), ("Torino", "Italy"),
           ("Bologna", "Italia")],
    "NL": [("Amsterdam", "Netherlands"), ("Rotterdam", "Nederland"), ("Utrecht", "Netherlands")],
    "CA": [("Toronto", "Canada"), ("Montréal", "Canada"), ("Vancouver", "Canada"), ("Calgary", "Canada")],
    "AU": [("Sydney", "Australia"), ("Melbourne", "Australia"), ("Brisbane", "Australia")],
    "IN": [("Mumbai", "India"), ("Bengaluru", "India"), ("Chennai", "India"), ("Pune", "India")],
    "BR": [("São Paulo", "Brasil"), ("Recife", "Brazil"), ("Curitiba", "Brasil")],
    "MX": [("Ciudad de México", "México"), ("Guadalajara", "Mexico"), ("Monterrey", "México")],
    "JP": [("Tokyo", "Japan"), ("Osaka", "Japan"), ("Sapporo", "Japan")],
    "IE": [("Dublin", "Ireland"), ("Cork", "Ireland"), ("Galway", "Ireland")],
    "PL": [("Warszawa", "Polska"), ("Kraków", "Poland"), ("Gdańsk", "Poland")],
    "NG": [("Lagos", "Nigeria"), ("Abuja", "Nigeria")],
    "KR": [("Seoul", "South Korea"), ("Busan", "South Korea")],
    "TR": [("Istanbul", "Türkiye"), ("Ankara", "Turkey")],
    "KE": [("Nairobi", "Kenya")],
    "PH": [("Manila", "Philippines"), ("Cebu City", "Philippines")],
    "AE": [("Dubai", "United Arab Emirates")],
    "CH": [("Zürich", "Switzerland"), ("Genève", "Suisse")],
    "AT": [("Wien", "Österreich"), ("Graz", "Austria")],
}
COUNTRIES = ["Germany", "France", "Spain", "Mexico", "Brazil", "India", "Nigeria", "Japan", "Canada",
             "Ireland", "Poland", "Vietnam", "Philippines", "Kenya", "Portugal", "Italy", "Peru",
             "Colombia", "Thailand", "Egypt", "Morocco", "Ghana", "South Africa", "Turkey", "Greece"]

US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Sunset",
              "Highland", "Riverside", "Lakeview", "Cottonwood", "Magnolia", "Juniper", "Prairie",
              "Mesquite", "Birchwood", "Harbor", "Mill Creek", "Old Post", "Stonegate", "Wren", "Kestrel",
              "Calle Real", "Bayou", "Quail Hollow", "Ridgecrest"]
US_SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Street", "Avenue", "Drive", "Terrace",
             "Pkwy", "Loop", "Cir"]


def _zip(r, pre):
    return pre + "%02d" % r.randint(1, 99)


def addr(r, cc=None):
    """Return dict with street, city, region, postcode, country, one (single line), lines."""
    if cc is None:
        cc = r.choice(["US"] * 8 + ["GB", "DE", "FR", "ES", "IT", "NL", "CA", "AU", "IN", "BR", "MX",
                                     "JP", "IE", "PL"])
    a = {"cc": cc, "region": None}
    if cc == "US":
        city, st, pre = r.choice(US_CITIES)
        num = str(r.randint(1, 9899))
        street = f"{num} {r.choice(['', '', '', 'N ', 'S ', 'E ', 'W '])}{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
        unit = r.choice([None, None, None, f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Unit {r.randint(1, 300)}",
                         f"Suite {r.randint(100, 950)}", f"#{r.randint(2, 99)}"])
        line1 = street + (f" {unit}" if unit and unit.startswith("#") else (f", {unit}" if unit else ""))
        pc = _zip(r, pre)
        a.update(street=line1, city=city, region=st, postcode=pc, country="USA")
        a["lines"] = [line1, f"{city}, {st} {pc}"]
    elif cc == "GB":
        city, _ = r.choice(INTL["GB"])
        street = f"{r.randint(1, 240)} {r.choice(['Kingsway', 'Mill Lane', 'Station Road', 'Albion Street', 'Hawthorn Close', 'Victoria Terrace', 'Church Walk'])}"
        if r.random() < 0.4:
            street = f"Flat {r.randint(1, 30)}, " + street
        pc = f"{r.choice(['LS', 'M', 'BS', 'G', 'CF', 'E', 'SW', 'N'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        a.update(street=street, city=city, postcode=pc, country="United Kingdom")
        a["lines"] = [street, f"{city} {pc}"]
    elif cc == "DE":
        city, _ = r.choice(INTL["DE"])
        street = f"{r.choice(['Hauptstraße', 'Lindenallee', 'Bahnhofstr.', 'Goethestraße', 'Am Mühlbach', 'Schillerplatz', 'Kastanienweg'])} {r.randint(1, 180)}{r.choice(['', '', 'a', 'b'])}"
        pc = "%05d" % r.randint(1067, 99998)
        a.update(street=street, city=city, postcode=pc, country="Deutschland")
        a["lines"] = [street, f"{pc} {city}"]
    elif cc == "FR":
        city, _ = r.choice(INTL["FR"])
        street = f"{r.randint(1, 140)}{r.choice(['', '', ' bis'])} {r.choice(['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Lilas', 'place du Marché', 'impasse des Tilleuls'])}"
        pc = "%05d" % r.randint(1000, 95999)
        a.update(street=street, city=city, postcode=pc, country="France")
        a["lines"] = [street, f"{pc} {city}"]
    elif cc == "ES":
        city, _ = r.choice(INTL["ES"])
        street = f"{r.choice(['Calle de Alcalá', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gracia', 'Calle San Vicente', 'Ronda de Triana'])} {r.randint(1, 220)}, {r.randint(1, 9)}º {r.choice('ABCD')}"
        pc = "%05d" % r.randint(1001, 50999)
        a.update(street=street, city=city, postcode=pc, country="España")
        a["lines"] = [street, f"{pc} {city}"]
    elif cc == "IT":
        city, _ = r.choice(INTL["IT"])
        street = f"{r.choice(['Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Monza', 'Piazza Garibaldi', 'Via Toledo'])} {r.randint(1, 300)}"
        pc = "%05d" % r.randint(10100, 98100)
        a.update(street=street, city=city, postcode=pc, country="Italia")
        a["lines"] = [street, f"{pc} {city}"]
    elif cc == "NL":
        city, _ = r.choice(INTL["NL"])
        street = f"{r.choice(['Prinsengracht', 'Keizersgracht', 'Coolsingel', 'Oudegracht', 'Laan van Meerdervoort'])} {r.randint(1, 600)}{r.choice(['', '', '-II', 'A'])}"
        pc = f"{r.randint(1011, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        a.update(street=street, city=city, postcode=pc, country="Nederland")
        a["lines"] = [street, f"{pc} {city}"]
    elif cc == "CA":
        city, _ = r.choice(INTL["CA"])
        prov = {"Toronto": "ON", "Montréal": "QC", "Vancouver": "BC", "Calgary": "AB"}[city]
        street = r.choice([f"{r.randint(10, 2999)} Rue Sainte-Catherine O", f"{r.randint(10, 900)} Queen St W",
                           f"{r.randint(100, 9999)} Kingsway", f"{r.randint(100, 999)} 17 Ave SW"])
        if r.random() < 0.4:
            street = f"Unit {r.randint(101, 2405)}, " + street
        pc = f"{r.choice('HMVTK')}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
        a.update(street=street, city=city, region=prov, postcode=pc, country="Canada")
        a["lines"] = [street, f"{city}, {prov} {pc}"]
    elif cc == "AU":
        sub = r.choice([("Bondi", "NSW", "2026"), ("Fitzroy", "VIC", "3065"), ("Fortitude Valley", "QLD", "4006"),
                        ("Newtown", "NSW", "2042")])
        street = f"{r.randint(1, 200)} {r.choice(['Beach Rd', 'Brunswick St', 'King St', 'Ann St', 'Campbell Pde'])}"
        if r.random() < 0.4:
            street = f"Unit {r.randint(1, 40)}, " + street
        a.update(street=street, city=sub[0], region=sub[1], postcode=sub[2], country="Australia")
        a["lines"] = [street, f"{sub[0]} {sub[1]} {sub[2]}"]
    elif cc == "IN":
        city, _ = r.choice(INTL["IN"])
        street = f"Flat {r.randint(101, 1204)}, {r.choice(['Sai Residency', 'Green Acres', 'Lotus Towers', 'Shanti Niketan'])}, {r.randint(1, 18)}th Cross, {r.choice(['Indiranagar', 'Andheri West', 'T. Nagar', 'Koregaon Park'])}"
        pc = str(r.randint(400001, 600099))
        a.update(street=street, city=city, postcode=pc, country="India")
        a["lines"] = [street, f"{city} {pc}"]
    elif cc == "BR":
        city, _ = r.choice(INTL["BR"])
        street = f"{r.choice(['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Rua XV de Novembro'])}, {r.randint(10, 3000)} - apto {r.randint(11, 180)}"
        pc = f"{r.randint(1000, 89999):05d}-{r.randint(0, 999):03d}"
        uf = {"São Paulo": "SP", "Recife": "PE", "Curitiba": "PR"}[city]
        a.update(street=street, city=city, region=uf, postcode=pc, country="Brasil")
        a["lines"] = [street, f"{city} - {uf}, {pc}"]
    elif cc == "MX":
        city, _ = r.choice(INTL["MX"])
        street = f"{r.choice(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Juárez', 'Calle Morelos'])} {r.randint(10, 2400)}, Col. {r.choice(['Roma Norte', 'Centro', 'Del Valle', 'Americana'])}"
        pc = "%05d" % r.randint(1000, 66999)
        a.update(street=street, city=city, postcode=pc, country="México")
        a["lines"] = [street, f"{pc} {city}"]
    elif cc == "JP":
        city, _ = r.choice(INTL["JP"])
        street = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Shibuya', 'Nishi-Shinjuku', 'Umeda', 'Kita 3-jo'])}, {r.choice(['Shibuya-ku', 'Shinjuku-ku', 'Kita-ku', 'Chuo-ku'])}"
        pc = f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}"
        a.update(street=street, city=city, postcode=pc, country="Japan")
        a["lines"] = [street, f"{city} {pc}"]
    elif cc == "IE":
        city, _ = r.choice(INTL["IE"])
        street = f"{r.choice(['Apt 5, ', '', ''])}{r.randint(1, 90)} {r.choice(['Leeson Street Lower', 'Patrick Street', 'Shop Street', 'Grand Canal Quay'])}"
        pc = f"{r.choice(['D02', 'D04', 'T12', 'H91'])} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(100, 999)}"
        a.update(street=street, city=city, postcode=pc, country="Ireland")
        a["lines"] = [street, f"{city}, {pc}"]
    else:  # PL
        city, _ = r.choice(INTL["PL"])
        street = f"ul. {r.choice(['Marszałkowska', 'Długa', 'Floriańska', 'Piotrkowska'])} {r.randint(1, 140)}/{r.randint(1, 40)}"
        pc = f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}"
        a.update(street=street, city=city, postcode=pc, country="Polska")
        a["lines"] = [street, f"{pc} {city}"]
    a["one"] = ", ".join(a["lines"])
    if cc != "US" and r.random() < 0.5:
        a["one"] += ", " + a["country"]
    elif cc == "US" and r.random() < 0.1:
        a["one"] += ", USA"
    return a


def po_box(r):
    city, st, pre = r.choice(US_CITIES)
    return f"{r.choice(['P.O. Box', 'PO Box', 'P. O. Box'])} {r.randint(10, 98999)}, {city}, {st} {_zip(r, pre)}"


def city_st(r):
    city, st, _ = r.choice(US_CITIES)
    return city, st


def intl_city(r, cc=None):
    cc = cc or r.choice(list(INTL))
    return r.choice(INTL[cc])


# ---------------------------------------------------------------------------
# dates / times
# ---------------------------------------------------------------------------
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}
WDAY = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
           "domingo"],
}


def rdate(r, y0=2023, y1=2025):
    a = dt.date(y0, 1, 1)
    b = dt.date(y1, 12, 31)
    return a + dt.timedelta(days=r.randrange((b - a).days))


def rdob(r, y0=1936, y1=2011):
    return rdate(r, y0, y1)


def fdate(r, d, loc="us", style=None):
    """Format a date. loc: us, gb, iso, de, fr, es, it, pt."""
    y, m, dd = d.year, d.month, d.day
    if loc == "iso":
        return f"{y:04d}-{m:02d}-{dd:02d}"
    if loc in ("us", "gb"):
        en = MON["en"][m - 1]
        wd = WDAY["en"][d.weekday()]
        if loc == "us":
            styles = [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{en} {dd}, {y}", f"{en[:3]} {dd}, {y}",
                      f"{y}-{m:02d}-{dd:02d}", f"{wd}, {en} {dd}, {y}", f"{m}/{dd}/{y % 100:02d}",
                      f"{m:02d}-{dd:02d}-{y}"]
        else:
            styles = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {en} {y}", f"{dd} {en[:3]} {y}", f"{dd}-{en[:3]}-{y}",
                      f"{y}-{m:02d}-{dd:02d}", f"{wd} {dd} {en} {y}", f"{dd}.{m:02d}.{y}"]
    else:
        mo = MON[loc][m - 1]
        wd = WDAY[loc][d.weekday()]
        if loc == "de":
            styles = [f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}. {mo} {y}", f"{wd}, {dd}. {mo} {y}",
                      f"{dd:02d}.{m:02d}.{y % 100:02d}"]
        elif loc == "fr":
            styles = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mo} {y}", f"{wd} {dd} {mo} {y}"]
        elif loc == "es":
            styles = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mo} de {y}", f"{wd}, {dd} de {mo} de {y}",
                      f"{dd}-{m:02d}-{y}"]
        elif loc == "it":
            styles = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mo} {y}", f"{wd} {dd} {mo} {y}"]
        else:  # pt
            styles = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mo} de {y}"]
    if style is not None:
        return styles[style % len(styles)]
    return r.choice(styles)


def ftime(r, h=None, mi=None, loc="us"):
    if h is None:
        h = r.randint(6, 20)
    if mi is None:
        mi = r.choice([0, 0, 15, 30, 45, r.randint(0, 59)])
    if loc == "us":
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        return r.choice([f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d}{ap.lower()}",
                         f"{h:02d}:{mi:02d}"])
    if loc == "fr":
        return r.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])
    return f"{h:02d}:{mi:02d}"


JOIN = {"us": [" at ", ", ", " "], "gb": [" at ", ", "], "iso": [" ", "T"], "de": [" um ", ", "],
        "fr": [" à "], "es": [" a las "], "it": [" alle "], "pt": [" às "]}


def fdt(r, d, loc="us", h=None, mi=None):
    j = r.choice(JOIN[loc])
    if loc == "iso":
        t = ftime(r, h, mi, "gb")
        return fdate(r, d, "iso") + j + t
    return fdate(r, d, loc) + j + ftime(r, h, mi, loc if loc in ("us", "fr") else "gb")


def log_ts(r, d=None, style=None):
    d = d or rdate(r)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    ms = r.randint(0, 999)
    styles = [f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z",
              f"{d.isoformat()} {h:02d}:{mi:02d}:{s:02d},{ms:03d}",
              f"{d.day:02d}/{MON['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{mi:02d}:{s:02d} +0000",
              f"{d.year}/{d.month:02d}/{d.day:02d} {h:02d}:{mi:02d}:{s:02d}",
              f"{MON['en'][d.month - 1][:3]} {d.day:2d} {h:02d}:{mi:02d}:{s:02d}"]
    return styles[style] if style is not None else r.choice(styles)


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
def _dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def phone(r, cc="US", st=None):
    if cc in ("US", "CA"):
        area = US_AREA.get(st) if st else None
        if not area:
            pool = list(US_AREA.values()) + (["416", "604", "438"] if cc == "CA" else [])
            area = r.choice(pool)
        ex = str(r.randint(201, 989))
        ln = _dg(r, 4)
        return r.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}.{ex}.{ln}",
                         f"+1 ({area}) {ex}-{ln}", f"1-{area}-{ex}-{ln}", f"{area}-{ex}-{ln}"])
    if cc == "GB":
        return r.choice([f"+44 20 7{_dg(r, 3)} {_dg(r, 4)}", f"020 7{_dg(r, 3)} {_dg(r, 4)}",
                         f"07{r.randint(400, 999)} {_dg(r, 6)}", f"+44 7{r.randint(400, 999)} {_dg(r, 6)}",
                         f"0113 {_dg(r, 3)} {_dg(r, 4)}"])
    if cc == "DE":
        return r.choice([f"+49 30 {_dg(r, 8)}", f"030 {_dg(r, 7)}", f"+49 151 {_dg(r, 8)}",
                         f"0171 {_dg(r, 7)}", f"+49 (0)89 {_dg(r, 3)} {_dg(r, 4)}", f"0221/{_dg(r, 6)}"])
    if cc == "FR":
        g = lambda: "%02d" % r.randint(0, 99)
        return r.choice([f"+33 1 {g()} {g()} {g()} {g()}", f"06 {g()} {g()} {g()} {g()}",
                         f"+33 6 {g()} {g()} {g()} {g()}", f"04.{g()}.{g()}.{g()}.{g()}"])
    if cc == "ES":
        return r.choice([f"+34 6{_dg(r, 2)} {_dg(r, 3)} {_dg(r, 3)}", f"91 {_dg(r, 3)} {_dg(r, 2)} {_dg(r, 2)}",
                         f"6{_dg(r, 2)} {_dg(r, 2)} {_dg(r, 2)} {_dg(r, 2)}"])
    if cc == "IT":
        return r.choice([f"+39 02 {_dg(r, 4)} {_dg(r, 4)}", f"3{_dg(r, 2)} {_dg(r, 3)} {_dg(r, 4)}",
                         f"+39 3{_dg(r, 2)} {_dg(r, 7)}"])
    if cc == "NL":
        return r.choice([f"+31 20 {_dg(r, 3)} {_dg(r, 4)}", f"06-{_dg(r, 8)}", f"+31 6 {_dg(r, 8)}"])
    if cc == "AU":
        return r.choice([f"+61 2 {_dg(r, 4)} {_dg(r, 4)}", f"04{_dg(r, 2)} {_dg(r, 3)} {_dg(r, 3)}",
                         f"(03) {_dg(r, 4)} {_dg(r, 4)}"])
    if cc == "IN":
        return r.choice([f"+91 9{_dg(r, 4)} {_dg(r, 5)}", f"+91-80-{_dg(r, 8)}", f"09{_dg(r, 3)} {_dg(r, 6)}"])
    if cc == "BR":
        return r.choice([f"+55 11 9{_dg(r, 4)}-{_dg(r, 4)}", f"(11) 9{_dg(r, 4)}-{_dg(r, 4)}",
                         f"+55 (41) 3{_dg(r, 3)}-{_dg(r, 4)}"])
    if cc == "MX":
        return r.choice([f"+52 55 {_dg(r, 4)} {_dg(r, 4)}", f"(33) {_dg(r, 4)}-{_dg(r, 4)}"])
    if cc == "JP":
        return r.choice([f"+81 3-{_dg(r, 4)}-{_dg(r, 4)}", f"090-{_dg(r, 4)}-{_dg(r, 4)}", f"06-{_dg(r, 4)}-{_dg(r, 4)}"])
    if cc == "IE":
        return r.choice([f"+353 1 {_dg(r, 3)} {_dg(r, 4)}", f"087 {_dg(r, 3)} {_dg(r, 4)}"])
    if cc == "PL":
        return r.choice([f"+48 {r.randint(500, 799)} {_dg(r, 3)} {_dg(r, 3)}", f"22 {_dg(r, 3)} {_dg(r, 2)} {_dg(r, 2)}"])
    if cc == "NG":
        return f"+234 {r.choice(['803', '806', '813', '905'])} {_dg(r, 3)} {_dg(r, 4)}"
    if cc == "KR":
        return f"+82 10-{_dg(r, 4)}-{_dg(r, 4)}"
    if cc == "TOLL":
        return r.choice([f"1-800-{r.randint(200, 999)}-{_dg(r, 4)}", f"(888) {r.randint(200, 999)}-{_dg(r, 4)}",
                         f"1-877-{r.randint(200, 999)}-{_dg(r, 4)}", f"866.{r.randint(200, 999)}.{_dg(r, 4)}"])
    return f"+{r.choice(['254', '63', '971', '90', '41', '43'])} {_dg(r, 3)} {_dg(r, 3)} {_dg(r, 3)}"


def any_phone(r):
    return phone(r, r.choice(["US"] * 5 + ["GB", "DE", "FR", "ES", "IT", "IN", "BR", "MX", "AU", "NG", "JP", "PL"]))


# ---------------------------------------------------------------------------
# checksummed ids
# ---------------------------------------------------------------------------
def luhn_digit(body):
    s = 0
    for k, ch in enumerate(reversed(body)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    digs = [int(c) for c in num if c.isdigit()]
    s = 0
    for k, v in enumerate(reversed(digs)):
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def card_digits(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2"])
    if brand == "visa":
        body = "4" + _dg(r, 14)
    elif brand == "mc":
        body = str(r.randint(51, 55)) + _dg(r, 13)
    elif brand == "mc2":
        body = str(r.randint(2221, 2720)) + _dg(r, 11)
    elif brand == "amex":
        body = r.choice(["34", "37"]) + _dg(r, 12)
    else:
        body = "6011" + _dg(r, 11)
    return body + luhn_digit(body)


def fmt_card(r, digits, style=None):
    style = style if style is not None else r.randrange(3)
    if len(digits) == 15:
        g = [digits[:4], digits[4:10], digits[10:]]
    else:
        g = [digits[i:i + 4] for i in range(0, 16, 4)]
    if style == 0:
        return " ".join(g)
    if style == 1:
        return "-".join(g)
    return digits


def card(r, brand=None, style=None):
    return fmt_card(r, card_digits(r, brand), style)


def bad_card(r):
    dg = card_digits(r, r.choice(["visa", "mc"]))
    bad = dg[:-1] + str((int(dg[-1]) + r.randint(1, 9)) % 10)
    return fmt_card(r, bad)


def masked_card(r):
    l4 = _dg(r, 4)
    return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending in {l4}", f"************{l4}",
                     f"x{l4}", f"•••• {l4}"])


def ssn(r, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g = r.randint(1, 99)
    s = r.randint(1, 9999)
    style = style if style is not None else r.choice([0, 0, 0, 0, 1, 2])
    if style == 0:
        return f"{a:03d}-{g:02d}-{s:04d}"
    if style == 1:
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def bad_ssn(r):
    a = r.choice([0, 666, r.randint(900, 999)])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def masked_ssn(r):
    l4 = _dg(r, 4)
    return r.choice([f"***-**-{l4}", f"XXX-XX-{l4}", f"xxx-xx-{l4}", f"###-##-{l4}"])


IBAN_SPEC = {  # country: (bban builder)
    "DE": lambda r: _dg(r, 18),
    "FR": lambda r: _dg(r, 23),
    "ES": lambda r: _dg(r, 20),
    "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + _dg(r, 22),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _dg(r, 10),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _dg(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + _dg(r, 14),
    "BE": lambda r: _dg(r, 12),
    "AT": lambda r: _dg(r, 16),
    "CH": lambda r: _dg(r, 17),
    "PL": lambda r: _dg(r, 24),
    "PT": lambda r: _dg(r, 21),
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    bban = IBAN_SPEC[cc](r)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    grouped = r.random() < 0.6 if grouped is None else grouped
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def routing(r):
    while True:
        dg = [int(c) for c in _dg(r, 8)]
        dg[0] = r.choice([0, 1, 2, 3])
        for last in range(10):
            x = dg + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


BICS = ["DEUTDEFFXXX", "COBADEFF", "BNPAFRPP", "CHASUS33", "BARCGB22", "INGBNL2A", "BSCHESMM", "UNCRITMM",
        "AIBKIE2D", "RABONL2U", "NWBKGB2L", "BOFIIE2D"]


def ip4(r, private=None):
    private = r.random() < 0.35 if private is None else private
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    while True:
        a = r.randint(11, 223)
        if a not in (127, 10, 172, 192, 169, 100):
            break
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r):
    groups = [r.choice(["2001", "2a02", "2600", "2406", "2c0f"]), "%x" % r.randint(0x100, 0xffff)]
    groups += ["%x" % r.randint(0, 0xffff) for _ in range(r.randint(2, 6))]
    if len(groups) < 8:
        tail = ["%x" % r.randint(1, 0xffff) for _ in range(r.randint(1, 2))]
        return ":".join(groups) + "::" + ":".join(tail)
    return ":".join(groups)


def any_ip(r):
    return ip6(r) if r.random() < 0.15 else ip4(r)


# ---------------------------------------------------------------------------
# ids that are entities
# ---------------------------------------------------------------------------
def mrn(r):
    return r.choice([_dg(r, 8), "E" + _dg(r, 7), f"MR{_dg(r, 6)}", f"{_dg(r, 3)}-{_dg(r, 3)}-{_dg(r, 3)}",
                     "M" + _dg(r, 9), _dg(r, 10)])


def health_plan(r):
    U = string.ascii_uppercase
    return r.choice([
        "".join(r.choice(U) for _ in range(3)) + _dg(r, 9),
        "W" + _dg(r, 9),
        f"{r.randint(1, 9)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.randint(0, 9)}-"
        f"{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.randint(0, 9)}-"
        f"{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.randint(10, 99)}",
        "".join(r.choice(U) for _ in range(2)) + _dg(r, 8) + r.choice(["01", "02", "00"]),
        _dg(r, 11),
        "ZGP" + _dg(r, 8),
    ])


def acct(r):
    return r.choice([_dg(r, 10), _dg(r, 12), f"{_dg(r, 4)}-{_dg(r, 4)}-{_dg(r, 2)}", _dg(r, 8),
                     f"{_dg(r, 3)}-{_dg(r, 6)}-{_dg(r, 3)}", "ACC" + _dg(r, 9), _dg(r, 14)])


def dl_num(r, st=None):
    U = string.ascii_uppercase
    st = st or r.choice(["CA", "FL", "NY", "TX", "IL", "WA", "GB", "DE", "OTHER"])
    if st == "CA":
        return r.choice(U) + _dg(r, 7)
    if st == "FL":
        return f"{r.choice(U)}{_dg(r, 3)}-{_dg(r, 3)}-{_dg(r, 2)}-{_dg(r, 3)}-0"
    if st == "NY":
        return f"{_dg(r, 3)} {_dg(r, 3)} {_dg(r, 3)}"
    if st == "TX":
        return _dg(r, 8)
    if st == "IL":
        return f"{r.choice(U)}{_dg(r, 3)}-{_dg(r, 4)}-{_dg(r, 4)}"
    if st == "WA":
        return "WDL" + "".join(r.choice(U + "0123456789") for _ in range(9))
    if st == "GB":
        return "".join(r.choice(U) for _ in range(5)) + _dg(r, 6) + "".join(r.choice(U) for _ in range(2)) + str(r.randint(1, 9)) + "".join(r.choice(U) for _ in range(2))
    if st == "DE":
        return r.choice(U) + _dg(r, 3) + "".join(r.choice(U + "0123456789") for _ in range(6)) + _dg(r, 1)
    return r.choice(U) + _dg(r, 12)


# ---------------------------------------------------------------------------
# secrets
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def _alnum_ends(r, s, alpha=ALNUM):
    if not s[0].isalnum():
        s = r.choice(ALNUM) + s[1:]
    if not s[-1].isalnum():
        s = s[:-1] + r.choice(ALNUM)
    return s


def aws_akid(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, 16, B32)


def aws_secret(r):
    return _alnum_ends(r, rs(r, 40, ALNUM + "+/"))


def gh_token(r):
    k = r.randrange(5)
    if k == 0:
        return "github_pat_11" + rs(r, 20, string.ascii_uppercase + string.digits) + "_" + rs(r, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_token(r):
    k = r.randrange(3)
    if k == 0:
        return f"xoxb-{_dg(r, 12)}-{_dg(r, 13)}-{rs(r, 24)}"
    if k == 1:
        return f"xoxp-{_dg(r, 12)}-{_dg(r, 12)}-{_dg(r, 13)}-{rs(r, 32, HEX)}"
    return f"xoxa-2-{_dg(r, 12)}-{_dg(r, 13)}-{rs(r, 24)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99]))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, claims=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = rs(r, 8, HEX)
    iat = r.randint(1690000000, 1740000000)
    pl = {"sub": claims or str(r.randint(10000, 9999999)), "iat": iat, "exp": iat + r.choice([900, 3600, 86400])}
    if r.random() < 0.5:
        pl["scope"] = r.choice(["read write", "admin", "openid profile", "orders:read"])
    while True:
        sig = b64u(r.randbytes(32 if hdr["alg"] == "HS256" else 64))
        if sig[-1].isalnum():
            break
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig


def pem(r, kind=None):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    prefix = {"RSA PRIVATE KEY": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00",
              "PRIVATE KEY": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09",
              "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20",
              "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00\x00\x00\x00\x04none"}[kind]
    nl = r.randint(4, 8)
    raw = prefix + r.randbytes(48 * nl - len(prefix) + r.randint(3, 40))
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


WORDS = ["maple", "harbor", "copper", "lantern", "orbit", "falcon", "meadow", "cobalt", "tundra", "velvet",
         "quartz", "saffron", "ember", "juniper", "pixel", "canyon", "walrus", "nimbus", "thistle", "marble"]
PW_SYM = "!%^&*-_+=?.~"


def password(r, dsn=False):
    k = r.randrange(7)
    sym = "-_.~!*" if dsn else PW_SYM
    if k == 0:
        s = r.choice(WORDS).capitalize() + r.choice(sym) + r.choice(WORDS).capitalize() + str(r.randint(1, 99))
    elif k == 1:
        s = r.choice(["Summer", "Winter", "Autumn", "Spring", "Welcome", "Changeme", "Football"]) + \
            str(r.randint(2018, 2025)) + r.choice(sym) + rs(r, 2)
    elif k == 2:
        s = rs(r, r.randint(12, 20), ALNUM + sym)
    elif k == 3:
        s = "-".join(r.choice(WORDS) for _ in range(3)) + "-" + str(r.randint(10, 99))
    elif k == 4:
        s = r.choice(["P@ssw0rd", "Adm1n", "Qwerty", "L3tMeIn", "S3cur3"]) + r.choice(sym) + str(r.randint(1, 9999))
        if dsn:
            s = s.replace("@", "a")
    elif k == 5:
        s = rs(r, 24, ALNUM)
    else:
        s = r.choice(WORDS) + str(r.randint(100, 999)) + r.choice(WORDS).upper()
    return _alnum_ends(r, s)


def passcode(r):
    return r.choice([_dg(r, 6), _dg(r, 8), rs(r, 6, ALNUM), rs(r, 10, ALNUM)])


def generic_secret(r):
    k = r.randrange(11)
    if k == 0:
        return "SG." + rs(r, 22, ALNUM + "-_") + "." + _alnum_ends(r, rs(r, 43, ALNUM + "-_"))
    if k == 1:
        return rs(r, 32, HEX)
    if k == 2:
        return "AIza" + _alnum_ends(r, rs(r, 35, ALNUM + "-_"))
    if k == 3:
        return "key-" + rs(r, 32, HEX)
    if k == 4:
        return "whsec_" + rs(r, 32)
    if k == 5:
        return rs(r, 40)
    if k == 6:
        return "glpat-" + rs(r, 20)
    if k == 7:
        return "npm_" + rs(r, 36)
    if k == 8:
        return "hf_" + rs(r, 34)
    if k == 9:
        return "dop_v1_" + rs(r, 64, HEX)
    return "ya29." + _alnum_ends(r, rs(r, 60, ALNUM + "-_"))


# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------
def uuid(r):
    return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                           0x8000 | r.getrandbits(14), r.getrandbits(48))


def sha(r, n=40):
    return rs(r, n, HEX)


def vin(r):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(11)) + _dg(r, 6)


def plate(r):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([f"{r.randint(1, 9)}{rs(r, 3, U)}{_dg(r, 3)}", f"{rs(r, 3, U)}-{_dg(r, 4)}",
                     f"{rs(r, 2, U)}{_dg(r, 2)} {rs(r, 3, U)}", f"B-{rs(r, 2, U)} {_dg(r, 4)}"])


def npi(r):
    body = "1" + _dg(r, 8)
    return body + luhn_digit("80840" + body)


def amount(r, lo=5, hi=5000, cur="$"):
    v = r.uniform(lo, hi)
    return f"{cur}{v:,.2f}"


def epoch(r):
    return str(r.randint(1690000000, 1740000000))


def version(r):
    return f"{r.randint(0, 14)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


ICD = ["E11.9", "I10", "J45.909", "M54.5", "G47.33", "F41.1", "Z00.00", "K21.9", "R07.9", "S93.401A", "N39.0",
       "E78.5", "J06.9", "F32.A", "G47.00"]
CPT = ["99213", "99214", "95810", "95811", "93000", "80061", "36415", "97110", "92507", "99283", "A0427"]
LOINC = ["2093-3", "2571-8", "2085-9", "13457-7", "4548-4", "2345-7", "718-7", "789-8", "6690-2"]
DRUGS = ["ibuprofen 200 mg", "acetaminophen 500 mg", "albuterol HFA", "cetirizine 10 mg", "methylphenidate ER 18 mg",
         "EpiPen 0.3 mg", "lisinopril 10 mg", "metformin 500 mg", "atorvastatin 40 mg", "sertraline 50 mg",
         "zolpidem 5 mg", "ondansetron 4 mg ODT", "aspirin 324 mg chewable", "nitroglycerin 0.4 mg SL",
         "naloxone 4 mg IN", "modafinil 100 mg"]
BRANDS_PERSONLIKE = ["Wells Fargo", "Ben & Jerry's", "Dr Pepper", "Morgan Stanley", "Ernst & Young",
                     "Johnson & Johnson", "Ford", "Dell", "Mayo Clinic", "Müller & Söhne GmbH", "Martha Stewart Living",
                     "Charles Schwab", "Goldman Sachs", "Procter & Gamble", "Hewlett-Packard", "Trader Joe's",
                     "Wendy's", "McDonald's", "Tim Hortons", "Marks & Spencer"]
PET_NAMES = ["Biscuit", "Luna", "Mr. Whiskers", "Pepper", "Bella", "Tofu", "Rocco", "Nacho", "Duchess", "Mochi"]
IATA = ["LHR", "JFK", "FRA", "CDG", "MAD", "ORD", "SFO", "DXB", "NRT", "GRU", "BOM", "YYZ", "SYD", "AMS"]
TZIDS = ["Europe/Berlin", "America/Chicago", "Asia/Tokyo", "America/New_York", "Europe/Madrid",
         "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney"]
RELATIVE = ["yesterday", "tomorrow", "last week", "in 3 days", "two weeks ago", "next month", "earlier today",
            "later this afternoon", "48 hours ago", "by end of day"]
DURATIONS = ["45 min", "3h 12m", "90 seconds", "2 hrs", "17 days", "6 weeks", "1.5 hours", "00:42:17", "12 ms"]


def order_no(r):
    return r.choice([f"ORD-{r.randint(2019, 2025)}-{_dg(r, 6)}", f"#{_dg(r, 7)}", f"INV-{_dg(r, 5)}",
                     f"1Z{rs(r, 6, string.ascii_uppercase + string.digits)}{_dg(r, 10)}", f"TKT-{_dg(r, 6)}",
                     f"CLM{_dg(r, 9)}", f"BK-{rs(r, 6, B32)}"])


# ---------------------------------------------------------------------------
# entity shorthands
# ---------------------------------------------------------------------------
def PER(v): return E(v, "PERSON")
def EML(v): return E(v, "EMAIL_ADDRESS")
def PH(v): return E(v, "PHONE_NUMBER")
def SSN(v): return E(v, "US_SSN")
def CC(v): return E(v, "CREDIT_CARD")
def IBN(v): return E(v, "IBAN_CODE")
def IP(v): return E(v, "IP_ADDRESS")
def DOB(v): return E(v, "DATE_OF_BIRTH")
def DT(v): return E(v, "DATE_TIME")
def LOC(v): return E(v, "LOCATION")
def ADR(v): return E(v, "ADDRESS")
def URL(v): return E(v, "URL")
def MRN(v): return E(v, "MEDICAL_RECORD_NUMBER")
def HPN(v): return E(v, "HEALTH_PLAN_NUMBER")
def ACC(v): return E(v, "ACCOUNT_NUMBER")
def DL(v): return E(v, "DRIVER_LICENSE")
def AKID(v): return E(v, "AWS_ACCESS_KEY")
def ASEC(v): return E(v, "AWS_SECRET_KEY")
def GHT(v): return E(v, "GITHUB_TOKEN")
def SLK(v): return E(v, "SLACK_TOKEN")
def STK(v): return E(v, "STRIPE_KEY")
def JWT(v): return E(v, "JWT")
def PK(v): return E(v, "PRIVATE_KEY")
def PW(v): return E(v, "PASSWORD")
def SEC(v): return E(v, "GENERIC_SECRET")


def ocr(r, s, rate=0.04):
    """Light OCR noise for non-entity text."""
    sub = {"l": "1", "O": "0", "o": "0", "I": "l", "S": "5", "e": "c", "m": "rn", "B": "8", "g": "q"}
    out = []
    for ch in s:
        if ch in sub and r.random() < rate:
            out.append(sub[ch])
        elif ch == " " and r.random() < rate / 2:
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


SITES = ["shop-northwind.com", "mercyvalleyhealth.org", "brightpath.edu", "acme-logistics.io", "kestrel.bank",
         "parkside-rentals.com", "lumenpay.io", "greenline-transit.eu", "fjordcloud.net", "tidewater-insurance.com",
         "harborview-clinic.org", "quillstack.dev", "orbitmart.co.uk", "sunpeak-energy.com", "vanta-games.gg"]


def url(r, host=None, kind=None):
    host = host or (r.choice(["www.", "portal.", "app.", "api.", "help.", ""]) + r.choice(SITES))
    paths = ["/account/settings", "/claims/status", "/patients/portal/login", "/docs/onboarding",
             "/checkout/review", "/support/article/" + str(r.randint(1000, 9999)), "/u/" + rs(r, 8, HEX),
             "/forms/intake", "/pay", "/reset-password", "/track", "/en-us/help/contact", "/v2/webhooks/events"]
    p = r.choice(paths)
    if r.random() < 0.45:
        q = r.choice([f"?ref={rs(r, 6, HEX)}", f"?lang={r.choice(['en', 'de', 'es', 'fr'])}&utm_source=email",
                      f"?page={r.randint(2, 9)}&sort=desc", f"?session={rs(r, 10)}", f"?id={r.randint(100, 99999)}"])
        p += q
    return f"https://{host}{p}" if r.random() < 0.92 else f"http://{host}{p}"


# ---------------------------------------------------------------------------
# positive domains
# ---------------------------------------------------------------------------
def dom_bail_bond_intake(d, r):
    city, st = city_st(r)
    comp = r.choice(["AAA Freedom Bail Bonds", "Liberty Bell Bonding", "A-1 Bail Bonds", "Second Chance Bail Co.",
                     "Lone Star Bonding LLC", "Desert Sun Bail Bonds"])
    agent, defn, ind = P(r, "en"), P(r), P(r)
    today = rdate(r)
    d(comp.upper(), " — DEFENDANT INTAKE / APPLICATION FOR BAIL BOND\n")
    d("Agent: ", PER(nm(r, agent, "fl")), "   Lic# BA-", _dg(r, 6), "   Office: ", PH(phone(r, "US", st)), "\n")
    d("Intake date: ", DT(fdate(r, today, "us")), "\n\n== DEFENDANT ==\n")
    d("Full name: ", PER(nm(r, defn, r.choice(["LF", "LFU", "fml"]))), "\n")
    if r.random() < 0.5:
        d("AKA: \"", PER(nm(r, P(r), "fl")), "\"\n")
    d("DOB: ", DOB(fdate(r, rdob(r, 1960, 2004), "us")), "    Sex: ", r.choice("MF"), "   Ht: 5'", r.randint(1, 11),
      "\"   Wt: ", r.randint(110, 260), "\n")
    if r.random() < 0.75:
        d("SSN: ", SSN(ssn(r)), "\n")
    else:
        d("SSN: ", masked_ssn(r), " (def. declined full number)\n")
    dst = r.choice(list(US_STATE_NAMES))
    d("DL#: ", DL(dl_num(r, r.choice(["CA", "FL", "NY", "TX", "IL", "WA"]))), "   Issuing state: ",
      LOC(US_STATE_NAMES[dst]), "   Exp: ", DT(fdate(r, rdate(r, 2025, 2030), "us")), "\n")
    a = addr(r, "US")
    d("Residence: ", ADR(a["one"]), "   (renting, ", r.randint(1, 12), " yrs)\n")
    d("Cell: ", PH(phone(r, "US")), "   Email: ", EML(email(r, defn)), "\n")
    d("Employer: ", r.choice(["Home Depot (receiving)", "self-employed (roofing)", "Dr Pepper bottling plant",
                             "Ben & Jerry's scoop shop", "Amazon fulfillment", "unemployed"]), "\n\n== ARREST ==\n")
    d("Booking #: ", r.choice(["24-", "B"]), _dg(r, 6), "   Facility: County Detention Center, ", LOC(f"{city}, {st}"), "\n")
    d("Charge(s): ", r.choice(["PC 459 Burglary 2nd", "DUI w/ BAC .15+", "Poss. controlled substance (HS 11350)",
                              "Theft > $950", "Failure to appear (orig. case 2019)"]), "\n")
    bond = r.choice([5000, 10000, 15000, 25000, 50000, 75000])
    d("Case no.: CR-", r.randint(2022, 2025), "-", _dg(r, 6), "   Bond: $", f"{bond:,}", ".00   Premium (10%): $",
      f"{bond // 10:,}", ".00\n")
    d("Next court date: ", DT(fdt(r, rdate(r), "us", r.randint(8, 14), r.choice([0, 30]))), "\n")
    ca = addr(r, "US")
    d("Court: ", r.choice(["Superior Court", "Municipal Court", "Justice Court"]), ", Dept. ", r.randint(1, 40), ", ",
      ADR(ca["one"]), "\n\n== INDEMNITOR / CO-SIGNER ==\n")
    ind["last"] = defn["last"] if r.random() < 0.5 else ind["last"]
    d("Name: ", r.choice(["Mrs. ", "Mr. ", "Ms. ", ""]), PER(nm(r, ind, "fl")), "   Relationship: ",
      r.choice(["mother", "father", "aunt", "girlfriend", "employer", "grandmother"]), "\n")
    d("Phone: ", PH(phone(r, "US")), "   Work: ", PH(phone(r, "US")), " ext. ", r.randint(10, 999), "\n")
    if r.random() < 0.5:
        d("Address: same as defendant\n")
    else:
        d("Address: ", ADR(addr(r, "US")["one"]), "\n")
    if r.random() < 0.6:
        d("Premium paid by card: ", CC(card(r)), " (auth code ", rs(r, 6, B32), ")\n")
    else:
        d("Premium paid by card ", masked_card(r), "; collateral receipt #", _dg(r, 5), "\n")
    bro = P(r)
    bro["last"] = defn["last"]
    d("\nAgent notes: Def's ", r.choice(["brother", "cousin", "uncle"]), " ", PER(nm(r, bro, "f")), " called from ",
      PH(phone(r, "US")), r.choice([" — says def works nights", " after 9pm", ""]), ". Collateral = ", r.randint(2008, 2022),
      " ", r.choice(["Honda Civic", "Ford F-150", "Toyota Tacoma", "Nissan Altima"]), ", plate ", plate(r), ", VIN ", vin(r),
      ". Check-in by phone every ", r.choice(["Monday", "Friday", "Wednesday"]), "; GPS monitor not required.\n")


def dom_school_nurse_log(d, r):
    school = r.choice(["Lincoln Elementary", "Rosa Parks Middle School", "Cedar Ridge Elementary", "Valley View K-8",
                       "Sequoia Intermediate", "Cesar Chavez Academy"])
    nurse = P(r)
    day = rdate(r)
    d(school, " — Health Office Daily Log\n")
    d("School nurse: ", PER(nm(r, nurse, "fl")), ", RN    Log date: ", DT(fdate(r, day, "us")), "\n")
    d("Time   Student / Gr / Rm — reason — disposition\n")
    t = r.randint(7 * 60 + 40, 8 * 60 + 30)
    for _ in range(r.randint(4, 6)):
        t += r.randint(10, 60)
        stu = P(r)
        par = P(r)
        par["last"] = stu["last"]
        d(f"{t // 60:02d}:{t % 60:02d}  ", PER(nm(r, stu, r.choice(["fl", "fl", "LF"]))),
          f" / Gr {r.randint(1, 8)} / Rm {r.randint(100, 240)} — ")
        k = r.randrange(6)
        if k == 0:
            d("headache, temp ", f"{r.uniform(98.2, 101.4):.1f}", "F. Called ", r.choice(["mom", "dad", "guardian"]), " ",
              PER(nm(r, par, "fl")), " at ", PH(phone(r, "US")), "; ", r.choice(["no answer, left VM.", "will pick up."]))
        elif k == 1:
            d("stomach ache after lunch. Rested ", r.choice(["15 min", "20 min", "10 min"]), ", returned to class.")
        elif k == 2:
            d("asthma sx at recess; albuterol HFA 2 puffs per plan, peak flow ", r.randint(180, 320), ". Parent ",
              PER(nm(r, par, "f")), " notified by text.")
        elif k == 3:
            d("scheduled med: ", r.choice(DRUGS[:5]), " given per MAR; ", r.randint(8, 30), " tabs remaining.")
        elif k == 4:
            d("fell on playground, abrasion L knee, ice pack. Incident report IR-", _dg(r, 5), " filed. ",
              r.choice(["Grandmother", "Mom", "Dad"]), " picking up at ", DT(ftime(r, r.randint(11, 14), r.choice([0, 15, 30, 45]))), ".")
        else:
            d("sent home w/ fever; ", PER(nm(r, par, "fl")), " (", PH(phone(r, "US")), ") signed out at ",
              DT(ftime(r, r.randint(9, 13))), ".")
        d("\n")
    d("\nFollow-ups:\n")
    s1 = P(r)
    d("- ", PER(nm(r, s1, "fl")), " (DOB ", DOB(fdate(r, rdob(r, 2011, 2019), "us")),
      ") — EpiPen authorization expires ", DT(fdate(r, rdate(r), "us")), "; reminder sent to ", EML(email(r)), ".\n")
    if r.random() < 0.7:
        s2 = P(r)
        d("- Medicaid ID for ", PER(nm(r, s2, "f")), ": ", HPN(health_plan(r)), " — copy faxed to district office ",
          PH(phone(r, "US")), ".\n")
    d("- Vision/hearing screening moved to ", DT(fdt(r, rdate(r), "us", r.randint(8, 13))), " in the library (Rm ",
      r.randint(100, 130), "). Bring forms ", r.choice(["tomorrow", "by Friday", "next week"]), ".\n")
    if r.random() < 0.5:
        d("- Reminder: do not record student IDs in this log; use SIS #", _dg(r, 7), " lookup only.\n")


def dom_k8s_audit_log(d, r):
    ns = r.choice(["billing", "payments", "prod-api", "data-platform", "identity", "default"])
    corp = r.choice(["corp.example.com", "fjordcloud.net", "lumenpay.io", "quillstack.dev"])
    ev_n = r.randint(2, 3)
    day = rdate(r)
    for k in range(ev_n):
        if d.n > 1300:
            break
        pp = P(r)
        user = r.random()
        if user < 0.55:
            uname = EML(email(r, pp, corp))
            groups = ["system:authenticated", r.choice(["oidc:sre", "oidc:platform-admins", "oidc:dev"])]
        elif user < 0.8:
            uname = f"system:serviceaccount:{ns}:{r.choice(['deployer', 'argocd-app', 'ci-runner'])}"
            groups = ["system:serviceaccounts", f"system:serviceaccounts:{ns}"]
        else:
            uname = "kubernetes-admin"
            groups = ["system:masters"]
        verb = r.choice(["create", "get", "patch", "list", "delete"]) if k else "create"
        res = r.choice(["secrets", "configmaps", "pods", "deployments"]) if k else "secrets"
        name = f"{r.choice(['db', 'stripe', 'smtp', 'api', 'tls'])}-{r.choice(['creds', 'keys', 'config'])}"
        ev = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": uuid(r),
              "stage": "ResponseComplete", "requestURI": f"/api/v1/namespaces/{ns}/{res}" + (f"/{name}" if verb != "create" else ""),
              "verb": verb, "user": {"username": uname, "groups": groups},
              "sourceIPs": [IP(any_ip(r))], "userAgent": r.choice(["kubectl/v1.29.2 (linux/amd64) kubernetes/4b8e819",
                                                                  "argocd-application-controller/v0.0.0",
                                                                  "Go-http-client/2.0", "helm/3.14.0"]),
              "objectRef": {"resource": res, "namespace": ns, "name": name, "apiVersion": "v1"}}
        if res == "secrets" and verb in ("create", "patch"):
            data = {}
            for key in r.sample(["DB_PASSWORD", "password", "api-key", "STRIPE_SECRET_KEY", "smtp-password",
                                 "webhook-signing-secret", "AWS_SECRET_ACCESS_KEY", "redis-password"], r.randint(2, 3)):
                if "password" in key.lower():
                    plain, typ = password(r), "PASSWORD"
                else:
                    plain = {"STRIPE_SECRET_KEY": "sk_live_" + rs(r, 24),
                             "AWS_SECRET_ACCESS_KEY": aws_secret(r)}.get(key) or generic_secret(r)[:48]
                    typ = "GENERIC_SECRET"
                while len(plain) % 3:
                    plain += r.choice(ALNUM)
                data[key] = E(base64.b64encode(plain.encode()).decode(), typ)
            ev["requestObject"] = {"kind": "Secret", "apiVersion": "v1",
                                   "metadata": {"name": name, "namespace": ns}, "type": "Opaque", "data": data}
            ev["responseStatus"] = {"metadata": {}, "code": 201 if verb == "create" else 200}
        elif user < 0.55 and r.random() < 0.5:
            ev["responseStatus"] = {"metadata": {}, "status": "Failure", "reason": "Forbidden", "code": 403,
                                    "message": M(f"{res} \"{name}\" is forbidden: User \"", uname, f"\" cannot {verb} resource \"{res}\" in API group \"\" in the namespace \"{ns}\"")}
        else:
            ev["responseStatus"] = {"metadata": {}, "code": 200}
        ev["requestReceivedTimestamp"] = log_ts(r, day, style=0)
        ev["stageTimestamp"] = ev["requestReceivedTimestamp"][:-4] + f"{r.randint(0, 999):03d}Z"
        ev["annotations"] = {"authorization.k8s.io/decision": "allow" if ev["responseStatus"]["code"] < 400 else "forbid"}
        jdump(d, ev, compact=True)
        d("\n")


def dom_nginx_access_log(d, r):
    host = r.choice(SITES)
    if r.random() < 0.5:
        an = P(r)
        d("# access.log excerpt for INC-", _dg(r, 5), " — pulled by ", PER(nm(r, an, "fl")), ", retained ",
          r.choice(DURATIONS[4:6]), "\n")
    day = rdate(r)
    paths = ["/", "/search?q=running+shoes&page=2", "/api/v2/cart", "/static/app.3f9c2e.js", "/login?next=%2Faccount",
             "/checkout/confirm", "/favicon.ico", "/api/v2/orders/" + _dg(r, 7), "/robots.txt", "/wp-login.php",
             "/products/sku-" + _dg(r, 5) + "?color=navy&size=M", "/.env", "/healthz"]
    uas = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
           "curl/8.4.0", "python-requests/2.31.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
    for _ in range(r.randint(5, 8)):
        ip = any_ip(r)
        meth = r.choice(["GET", "GET", "GET", "POST"])
        k = r.random()
        d(IP(ip), " - ", r.choice(["-", "-", "-", "svc-monitor"]), " [", log_ts(r, day, 2), "] \"", meth, " ")
        if k < 0.12:
            d("/api/v1/export?format=csv&api_key=", SEC(generic_secret(r)))
        elif k < 0.2:
            d("/oauth/callback?code=", rs(r, 20), "&access_token=", JWT(jwt(r)))
        else:
            d(r.choice(paths))
        d(" HTTP/1.1\" ", r.choice([200, 200, 200, 304, 302, 404, 401, 500]), " ", r.randint(0, 48000), " \"")
        ua = r.choice(uas)
        if r.random() < 0.5:
            d(URL(url(r, "www." + host)))
        else:
            d("-")
        d("\" \"")
        if "google.com" in ua:
            d("Googlebot/2.1 (+", URL("http://www.google.com/bot.html"), ")")
        else:
            d(ua)
        d("\" rt=", f"{r.uniform(0.001, 2.5):.3f}")
        if r.random() < 0.3:
            d(" xff=\"", IP(ip4(r, False)), ", ", IP(ip4(r, True)), "\"")
        d("\n")
    if r.random() < 0.6:
        d(log_ts(r, day, 3), " [error] ", r.randint(100, 9999), "#0: *", r.randint(1000, 99999),
          " upstream timed out (110: Connection timed out) while reading response header from upstream, client: ",
          IP(ip4(r)), ", server: ", host, ", request: \"POST /checkout/confirm HTTP/1.1\", upstream: \"",
          URL(f"http://checkout-svc.internal:{r.choice([8080, 9000, 3000])}/checkout/confirm"), "\", host: \"", host, "\"\n")


def dom_salesforce_csv_export(d, r):
    cols = ["Id", "FirstName", "LastName", "Email", "Phone", "MailingStreet", "MailingCity", "MailingState",
            "MailingPostalCode", "MailingCountry", "Birthdate", "Account_Number__c", "LeadSource", "Last_Activity__c",
            "Description"]
    d(",".join(cols), "\n")
    for _ in range(r.randint(3, 6)):
        p = P(r)
        a = addr(r, r.choice(["US", "US", "US", "CA", "GB", "AU"]))
        sfid = "003" + rs(r, 15, ALNUM)
        row = [sfid, PER(p["first"]), PER(p["last"]), EML(email(r, p)) if r.random() < 0.9 else "",
               PH(phone(r, a["cc"] if a["cc"] in ("US", "CA", "GB", "AU") else "US")) if r.random() < 0.85 else "",
               ADR(a["street"]), LOC(a["city"]), LOC(a["region"]) if a["region"] else "", a["postcode"],
               a["cc"], DOB(fdate(r, rdob(r), "iso")) if r.random() < 0.6 else "",
               ACC(acct(r)) if r.random() < 0.7 else "",
               r.choice(["Web", "Referral", "Trade Show", "Partner", "Phone Inquiry"]),
               DT(fdate(r, rdate(r), "iso")) if r.random() < 0.8 else ""]
        k = r.randrange(5)
        if k == 0:
            row.append(M("Spoke w/ ", PER(p["first"]), " re renewal; prefers calls after ", DT(ftime(r, r.randint(15, 18), 0)), "."))
        elif k == 1:
            row.append(M("Asst: ", PER(nm(r, P(r), "fl")), ", ", PH(phone(r, "US"))))
        elif k == 2:
            row.append(M("Opp OPP-", _dg(r, 5), " ", amount(r, 1000, 90000), "; renewal due ", DT(fdate(r, rdate(r), "us"))))
        elif k == 3:
            row.append("Do not email - unsubscribed via " + r.choice(["Pardot", "Marketo"]))
        else:
            row.append("")
        csv_row(d, row)


def dom_sleep_clinic_report(d, r):
    a = addr(r, "US")
    d(r.choice(["Riverbend", "Northstar", "Pinecrest", "Harborview"]), " Sleep Disorders Center\n")
    d(ADR(a["one"]), " · Tel ", PH(phone(r, "US", a["region"])), " · Fax ", PH(phone(r, "US", a["region"])), "\n\n")
    d("POLYSOMNOGRAPHY REPORT — ", r.choice(["Diagnostic (CPT 95810)", "Split-night (CPT 95811)", "HSAT (G0399)"]), "\n")
    p = P(r)
    d("Patient: ", PER(nm(r, p, r.choice(["LF", "LFU", "fl"]))), "    DOB: ", DOB(fdate(r, rdob(r, 1945, 2000), "us")),
      "    MRN: ", MRN(mrn(r)), "\n")
    ref = P(r)
    d("Referring: Dr. ", PER(nm(r, ref, r.choice(["fl", "l", "fml"]))), "  (NPI ", npi(r), ")\n")
    d("Insurance: ", r.choice(["Aetna", "Cigna", "UnitedHealthcare", "Humana Medicare Adv.", "BCBS"]), "  Member ID ",
      HPN(health_plan(r)), "  Group ", r.choice(["GRP-", "", "G"]), _dg(r, 6), "\n")
    sd = rdate(r)
    d("Study date: ", DT(fdate(r, sd, "us")), "   Scoring: AASM Manual v", r.choice(["2.6", "3"]), ", 3% desat rule\n\n")
    lo_h, lo_m = r.choice([21, 22, 23]), r.randint(0, 59)
    d("Lights out at ", DT(f"{lo_h}:{lo_m:02d}"), "; lights on at ", DT(f"0{r.randint(5, 6)}:{r.randint(0, 59):02d}"), ". ")
    tst = r.randint(280, 430)
    d(f"TST {tst // 60} h {tst % 60} min, sleep efficiency {r.uniform(62, 94):.1f}%, sleep latency {r.randint(4, 45)} min, "
      f"REM latency {r.randint(60, 190)} min, WASO {r.randint(12, 110)} min.\n")
    ahi = r.uniform(2, 60)
    d(f"AHI {ahi:.1f}/h (supine {ahi * 1.6:.1f}/h), RDI {ahi + 3.2:.1f}/h, SpO2 nadir {r.randint(72, 91)}%, "
      f"T<88% {r.uniform(0.2, 18):.1f} min. PLMI {r.randint(0, 40)}/h. ECG: sinus rhythm, HR {r.randint(52, 88)} bpm.\n\n")
    sev = "mild" if ahi < 15 else ("moderate" if ahi < 30 else "severe")
    d(f"IMPRESSION: {sev} obstructive sleep apnea (G47.33). ")
    if r.random() < 0.5:
        d("Pt reports using ", r.choice(DRUGS[10:]), " nightly; advised to discuss with PCP.")
    d("\nRECOMMENDATIONS: CPAP titration booked for ", DT(fdt(r, rdate(r), "us", r.choice([20, 21]), r.choice([0, 30]))),
      "; DME vendor Apria to contact patient at ", PH(phone(r, "US")), ". Avoid driving when drowsy.\n")
    doc = P(r)
    d("\nInterpreting physician: ", PER(nm(r, doc, "fml")), ", MD, D.ABSM — electronically signed ",
      DT(fdt(r, sd + dt.timedelta(days=r.randint(1, 6)), "us")), "\n")


def dom_speech_therapy_multilingual(d, r):
    if r.random() < 0.5:
        a = addr(r, "DE")
        d("Logopädische Praxis ", r.choice(["Sprachraum", "Wortwerk", "Klangbrücke"]), " · ", ADR(a["one"]), " · Tel. ",
          PH(phone(r, "DE")), "\n")
        d("VERLAUFSBERICHT LOGOPÄDIE (Heilmittelverordnung, Diagnosegruppe SP", r.randint(1, 6), ")\n\n")
        p = P(r, r.choice(["de", "de", "tr", "pl", "ru"]))
        d("Patient/in: ", r.choice(["Herr ", "Frau "]), PER(nm(r, p, "fl")), ", geb. ", DOB(fdate(r, rdob(r, 1940, 2015), "de")), "\n")
        d("Krankenkasse: ", r.choice(["AOK Nordost", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit"]),
          "   Versichertennr.: ", HPN(r.choice(string.ascii_uppercase) + _dg(r, 9)), "\n")
        arzt = P(r, "de")
        d("Verordnende/r Ärztin/Arzt: Dr. med. ", PER(nm(r, arzt, "fl")), ", LANR ", _dg(r, 9), "\n")
        d("Diagnose: ", r.choice(["R47.0 Aphasie nach Insult", "F80.1 expressive Sprachstörung", "R49.0 Dysphonie",
                                 "F98.5 Redeflussstörung"]), "\n")
        d1 = rdate(r)
        d("Behandlungszeitraum: ", DT(fdate(r, d1, "de", 0)), " bis ", DT(fdate(r, d1 + dt.timedelta(days=r.randint(40, 90)), "de", 0)),
          " (", r.randint(8, 20), " Einheiten à 45 min)\n\n")
        fam = P(r, p["o"])
        fam["last"] = p["last"]
        d("S: Pat. berichtet über Wortfindungsstörungen, v. a. am Telefon. ", r.choice(["Ehefrau", "Tochter", "Sohn"]), " ",
          PER(nm(r, fam, "f")), " begleitet zu den Terminen und übt täglich ca. 20 min mit.\n")
        d("O: Benennen ", r.randint(40, 90), "% korrekt (AAT-Untertest), Satzergänzung deutlich verbessert.\n")
        d("A: Fortschritte in Spontansprache; Lesesinnverständnis stabil.\n")
        d("P: Fortsetzung 1x/Woche. Nächster Termin am ", DT(fdt(r, rdate(r), "de", r.randint(8, 17), r.choice([0, 15, 30, 45]))),
          ". Hausbesuch ggf. in ", LOC(intl_city(r, "DE")[0]), ".\n")
        d("Bericht per E-Mail an die Praxis: ", EML(email(r, arzt, r.choice(["praxis-mitte.de", "hausarzt-online.de"]))), "\n")
        if r.random() < 0.4:
            d("Privatanteil (Zuzahlung ", amount(r, 10, 90, "€ "), ") bitte überweisen an IBAN ", IBN(iban(r, "DE")), ", BIC ",
              r.choice(BICS[:2]), ", Verwendungszweck RE-", _dg(r, 6), ".\n")
    else:
        a = addr(r, "ES")
        d("Centro de Logopedia ", r.choice(["Habla+", "Voz y Palabra", "Logos"]), " · ", ADR(a["one"]), " · Tel. ",
          PH(phone(r, "ES")), "\n")
        d("INFORME DE EVOLUCIÓN — LOGOPEDIA\n\n")
        p = P(r, r.choice(["es", "es", "ar", "pt"]))
        d("Paciente: ", r.choice(["D. ", "Dña. ", "Sr. ", "Sra. "]), PER(nm(r, p, "fl")), "   Fecha de nacimiento: ",
          DOB(fdate(r, rdob(r, 1940, 2016), "es")), "\n")
        d("Nº de póliza (", r.choice(["Sanitas", "Adeslas", "DKV", "Asisa"]), "): ", HPN(_dg(r, 4) + "-" + _dg(r, 8)),
          "   NHC: ", MRN(_dg(r, 7)), "\n")
        med = P(r, "es")
        d("Médico remitente: Dra. ", PER(nm(r, med, "fl")), " (nº colegiado ", _dg(r, 9), ")\n")
        d("Diagnóstico: ", r.choice(["disfagia orofaríngea (R13.12)", "disfonía funcional (R49.0)",
                                    "retraso del lenguaje (F80.9)", "tartamudez (F98.5)"]), "\n\n")
        d("S: la madre, ", PER(nm(r, P(r, "es"), "f")), ", refiere mejoría en casa; practica ", r.randint(10, 30),
          " minutos diarios.\n")
        d("O: inteligibilidad ", r.randint(50, 95), "%, tiempo máximo de fonación ", r.randint(6, 20), " s.\n")
        d("A: evolución favorable; se mantiene frecuencia de 2 sesiones/semana.\n")
        d("P: próxima cita el ", DT(fdt(r, rdate(r), "es", r.randint(9, 19), r.choice([0, 30])) if r.random() < 0.6 else fdate(r, rdate(r), "es")),
          ". Revisión con ORL en ", LOC(intl_city(r, "ES")[0]), ". Contacto familia: ", PH(phone(r, "ES")), " / ",
          EML(email(r, p)), "\n")


def dom_rail_delay_refund_chat(d, r):
    cc = r.choice(["DE", "FR", "NL", "IT", "ES", "AT", "BE"])
    cust = P(r)
    agent = P(r, r.choice(["de", "fr", "nl", "en"]))
    d("Chat transcript — ", r.choice(["EuroRail Assist", "RailConnect Kundenservice", "TransAlp Support"]), " — conv ",
      uuid(r), "\n")
    t = r.randint(8 * 60, 19 * 60)

    def ts():
        nonlocal t
        t += r.randint(0, 3)
        return f"[{t // 60:02d}:{t % 60:02d}] "
    c1, c2 = r.sample([("Köln", "DE"), ("Berlin", "DE"), ("München", "DE"), ("Paris", "FR"), ("Lyon", "FR"),
                       ("Amsterdam", "NL"), ("Bruxelles", "BE"), ("Milano", "IT"), ("Zürich", "CH"), ("Wien", "AT"),
                       ("Frankfurt", "DE"), ("Basel", "CH")], 2)
    d(ts(), "Bot: Hi! I can help with delay compensation. Please describe your journey.\n")
    trav = rdate(r)
    d(ts(), "Customer: ", r.choice(["hi, ", "hello ", "hallo, ", ""]), "my train from ", LOC(c1[0]), " to ", LOC(c2[0]),
      " on ", DT(fdate(r, trav, r.choice(["gb", "de", "iso"]))), " was ", r.randint(61, 190), " min late and i missed my connection\n")
    d(ts(), "Agent ", PER(nm(r, agent, "f")), ": Hello and sorry about that! May I have your booking reference and full name?\n")
    d(ts(), "Customer: ", rs(r, 6, B32), " , ", PER(nm(r, cust, r.choice(["low", "low", "fl"]))), "\n")
    d(ts(), "Agent ", PER(nm(r, agent, "f")), ": Thanks. Train ", r.choice(["ICE ", "TGV ", "EC ", "IC "]), r.randint(100, 999),
      " shows +", r.randint(61, 190), " at arrival, so you are eligible for ", r.choice(["25%", "50%"]), " (", amount(r, 8, 120, "€"), ").\n")
    d(ts(), "Agent ", PER(nm(r, agent, "f")), ": Do you want a voucher or bank transfer? For transfer I need IBAN + account holder.\n")
    d(ts(), "Customer: transfer pls. ", IBN(iban(r, r.choice(["DE", "FR", "NL", "IT", "ES", "AT", "BE"]))),
      r.choice([" bic " + r.choice(BICS), "", " (BIC " + r.choice(BICS) + ")"]), "\n")
    if r.random() < 0.5:
        hold = P(r)
        hold["last"] = cust["last"]
        d(ts(), "Customer: account is in my ", r.choice(["wife's", "husband's", "partner's", "mum's"]), " name, ",
          PER(nm(r, hold, "fl")), "\n")
    d(ts(), "Agent ", PER(nm(r, agent, "f")), ": Got it. Where should we send the confirmation?\n")
    d(ts(), "Customer: ", EML(email(r, cust)), r.choice([" or whatsapp ", " / tel ", " mobile: "]), PH(phone(r, cc if cc in ("DE", "FR", "NL", "IT", "ES") else "DE")), "\n")
    d(ts(), "Agent ", PER(nm(r, agent, "f")), ": Done — claim FG-", r.randint(2023, 2025), "-", _dg(r, 7),
      ". Payout usually within 14 days. Anything else?\n")
    d(ts(), "Customer: ", r.choice(["no thanks, bye", "nope. danke!", "that's all 🙏", "merci, bonne journée"]), "\n")


def dom_bug_bounty_report(d, r):
    co = r.choice(SITES)
    d("# [", r.choice(["CRITICAL", "HIGH"]), "] Exposed ", r.choice([".env file", "debug endpoint", "Git directory", "backup archive"]),
      " on staging leaks production credentials\n\n")
    d("**Program:** ", co, "  \n**Reporter:** @", r.choice(["h4x_bunny", "nullbyte", "cr0wbar", "s1lentw4ve"]), r.randint(1, 99),
      "  \n**CVSS:** ", f"{r.uniform(7.5, 9.8):.1f}", " (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N)  \n**Weakness:** CWE-538\n\n")
    tgt = f"https://staging-{r.choice(['api', 'admin', 'app'])}.{co}/.env"
    d("## Steps to reproduce\n1. `curl -s ", URL(tgt), "`\n2. Response body (truncated):\n```\n")
    d("APP_ENV=production\nAPP_DEBUG=true\nDB_HOST=", IP(ip4(r, True)), "\nDB_PORT=5432\nDB_USERNAME=app_rw\n")
    d("DB_PASSWORD=", PW(password(r)), "\n")
    if r.random() < 0.8:
        d("AWS_ACCESS_KEY_ID=", AKID(aws_akid(r)), "\nAWS_SECRET_ACCESS_KEY=", ASEC(aws_secret(r)), "\nAWS_DEFAULT_REGION=",
          r.choice(["us-east-1", "eu-central-1", "ap-southeast-2"]), "\n")
    if r.random() < 0.6:
        d("STRIPE_SECRET=", STK(stripe_key(r)), "\n")
    if r.random() < 0.5:
        d("SLACK_BOT_TOKEN=", SLK(slack_token(r)), "\n")
    if r.random() < 0.5:
        d("MAILGUN_API_KEY=", SEC("key-" + rs(r, 32, HEX)), "\n")
    if r.random() < 0.3:
        d("GITHUB_TOKEN=", GHT(gh_token(r)), "\n")
    d("MAIL_FROM_ADDRESS=", EML(f"noreply@{co}"), "\nSENTRY_RELEASE=", sha(r), "\n```\n")
    if r.random() < 0.3:
        d("   `/.git/config` is also exposed and the repo contains a deploy key (`deploy/id_ed25519`):\n```\n",
          PK(pem(r, r.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY"]))), "\n```\n")
    d("3. Verified the AWS key with `aws sts get-caller-identity` → `arn:aws:iam::", _dg(r, 12),
      ":user/deploy-bot` (no further use).\n\n")
    d("## Impact\nDatabase reachable from the staging VPN range; a sample row shows unredacted customer data: `")
    v = P(r)
    d(PER(nm(r, v, "fl")), " | ", EML(email(r, v)), " | ", PH(any_phone(r)), "`. Card data appears tokenised (`", masked_card(r),
      "`).\n\n## Timeline\n")
    rep = rdate(r)
    d("- Reported: ", DT(fdt(r, rep, "iso")), " (UTC)\n")
    d("- Triaged by ", PER(nm(r, P(r), "fl")), " ", r.choice(["2 days later", "the same day", "after 36 hours"]), "\n")
    d("- Keys rotated: ", DT(fdate(r, rep + dt.timedelta(days=r.randint(1, 5)), "us")), "\n")
    d("- Bounty: ", amount(r, 500, 7500), " (ticket H1-", _dg(r, 7), ")\n")


def dom_jira_ticket_export(d, r):
    key = f"{r.choice(['SUP', 'BILL', 'OPS', 'CX'])}-{r.randint(100, 9999)}"
    cust = P(r)
    d("[", key, "] ", r.choice(["Customer charged twice after address change", "Refund not received",
                              "Account locked after password reset", "Webhook retries flooding prod"]), "\n")
    d("Type: ", r.choice(["Bug", "Incident", "Task"]), "   Priority: ", r.choice(["High", "Highest", "Medium"]),
      "   Status: ", r.choice(["In Progress", "Waiting for customer", "Open"]), "\n")
    d("Reporter: ", PER(nm(r, P(r), "fl")), "   Assignee: ", PER(nm(r, P(r), "fl")) if r.random() < 0.8 else "Unassigned", "\n")
    d("Components: billing-service, ", r.choice(["payments-gateway", "notifications", "auth"]), "   Fix Version/s: ", version(r), "\n")
    due = rdate(r)
    d("Due: ", DT(f"{due.day:02d}/{MON['en'][due.month - 1][:3]}/{due.year % 100:02d}"), "   Labels: p1, customer-impact\n\n")
    d("Description:\nCustomer *", PER(nm(r, cust, "fl")), "* (", EML(email(r, cust)), ", ", PH(any_phone(r)),
      ") reports ", r.choice(["two charges", "a duplicate charge", "no refund"]), " of ", amount(r, 20, 900), " on ",
      DT(fdate(r, rdate(r), "us")), ". Customer account # ", ACC(acct(r)), ", card ", masked_card(r), ".\n")
    d("Order ", order_no(r), ", payment intent pi_", rs(r, 24), ".\n\n{code:bash}\n")
    d("curl -X POST ", URL(f"https://api.{r.choice(SITES)}/v2/charges/{rs(r, 8, HEX)}/refund"), " \\\n")
    if r.random() < 0.5:
        d("  -H \"Authorization: Bearer ", SEC(rs(r, 40, ALNUM)), "\" \\\n")
    else:
        d("  -H \"Authorization: Bearer ", JWT(jwt(r)), "\" \\\n")
    d("  -d '{\"amount\": ", r.randint(100, 90000), ", \"reason\": \"duplicate\"}'\n{code}\n")
    if r.random() < 0.5:
        d("\nAttached HAR shows a second request from ", IP(ip4(r, False)), " ", r.choice(RELATIVE), ".\n")
    d("\nComments:\n", PER(nm(r, P(r), "fl")), ": Reproduced on staging build ", version(r), "+", sha(r, 7), ".\n")
    d(PER(nm(r, P(r), "f")), ": Customer called again from ", PH(any_phone(r)), r.choice([", very upset.", "; escalated.", "."]), "\n")
    if r.random() < 0.4:
        d(PER(nm(r, P(r), "f")), ": please don't paste full cards here — use the vault link ", URL(url(r)), "\n")


def _hl7_xad(a):
    street = a["street"].upper()
    return f"{street}^^{a['city'].upper()}^{(a['region'] or '').upper()}^{a['postcode']}^{a['cc']}"


def dom_hl7_adt_oru(d, r):
    fac = r.choice(["MVH", "STLUKE", "RIVERBEND", "NWMC"])
    p = P(r, apos=False)
    a = addr(r, "US")
    mr = _dg(r, r.choice([7, 8]))
    ts = lambda: f"{rdate(r).strftime('%Y%m%d')}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    d("MSH|^~\\&|EPIC|", fac, "|", r.choice(["CERNER", "HL7GW", "RHAPSODY"]), "|", fac, "|", ts(), "||ADT^A04|",
      r.randint(100000, 999999), "|P|2.5.1\n")
    d("EVN|A04|", ts(), "\n")
    name = f"{p['last'].upper()}^{p['first'].upper()}" + (f"^{p['mi']}" if p["mi"] else "")
    dob = rdob(r).strftime("%Y%m%d")
    d("PID|1||", MRN(mr), "^^^", fac, "^MR||", PER(name), "||", DOB(dob), "|", r.choice("MFU"), "|||", ADR(_hl7_xad(a)),
      "||", PH(phone(r, "US", a["region"])), "^PRN^PH")
    if r.random() < 0.6:
        d("~^NET^Internet^", EML(email(r, p)))
    d("||ENG|", r.choice("MSWD"), "||", ACC(_dg(r, 9)), "|", SSN(ssn(r, 0)) if r.random() < 0.7 else "", "\n")
    k = P(r, apos=False)
    d("NK1|1|", PER(f"{k['last'].upper()}^{k['first'].upper()}"), "|", r.choice(["SPO^Spouse", "MTH^Mother", "CHD^Child"]),
      "|", ADR(_hl7_xad(addr(r, "US"))) if r.random() < 0.5 else "", "|", PH(phone(r, "US")), "\n")
    att = P(r, apos=False)
    pv1 = [""] * 45
    pv1[1] = "1"
    pv1[2] = r.choice(["O", "E", "I"])
    pv1[3] = f"{r.choice(['ED', '4W', 'CLIN'])}^{r.randint(1, 40)}^{r.choice('AB')}^{fac}"
    d("PV1")
    for idx in range(1, 45):
        d("|")
        if idx == 7:
            d(npi(r), "^", PER(f"{att['last'].upper()}^{att['first'].upper()}"), "^^^DR^MD")
        elif idx == 44:
            d(DT(ts()))
        else:
            d(pv1[idx])
    d("\n")
    if r.random() < 0.8:
        ins = p if r.random() < 0.6 else P(r, apos=False)
        in1 = {2: r.choice(["BCBS01", "AETNA", "UHC", "MCR"]), 3: _dg(r, 5),
               4: r.choice(["BLUE CROSS BLUE SHIELD", "AETNA", "UNITEDHEALTHCARE", "MEDICARE PART B"]),
               8: "GRP" + _dg(r, 6)}
        d("IN1")
        for idx in range(1, 37):
            d("|")
            if idx == 5:
                d(ADR(_hl7_xad(addr(r, "US"))))
            elif idx == 16:
                d(PER(f"{ins['last'].upper()}^{ins['first'].upper()}"))
            elif idx == 17:
                d("SEL" if ins is p else "SPO")
            elif idx == 18:
                d(DOB(dob if ins is p else rdob(r).strftime("%Y%m%d")))
            elif idx == 36:
                d(HPN(health_plan(r)))
            else:
                d(in1.get(idx, "1" if idx == 1 else ""))
        d("\n")
    d("\n")
    d("MSH|^~\\&|LAB|", fac, "|EPIC|", fac, "|", ts(), "||ORU^R01|", r.randint(100000, 999999), "|P|2.5.1\n")
    d("PID|1||", MRN(mr), "^^^", fac, "^MR||", PER(name), "||", DOB(dob), "|", r.choice("MF"), "\n")
    d("OBR|1|", r.randint(10000, 99999), "|", rs(r, 8, B32), "|24331-1^LIPID PANEL^LN|||", DT(ts()), "\n")
    for code, nm_, unit, rng_ in [("2093-3", "Cholesterol", "mg/dL", "<200"), ("2571-8", "Triglyceride", "mg/dL", "<150"),
                                  ("2085-9", "HDL", "mg/dL", ">40"), ("13457-7", "LDL calc", "mg/dL", "<100")][:r.randint(2, 4)]:
        d("OBX|", r.randint(1, 9), "|NM|", code, "^", nm_, "^LN||", r.randint(30, 280), "|", unit, "|", rng_, "|",
          r.choice(["N", "H", ""]), "|||F\n")
    if r.random() < 0.6:
        tech = P(r, apos=False)
        d("NTE|1||Critical value called to Dr. ", PER(nm(r, att, "l").upper() if r.random() < 0.5 else nm(r, att, "l")),
          " at ", DT(f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}"), " by ", PER(nm(r, tech, "fl")), ", read back OK\n")


def dom_home_insurance_adjuster_notes(d, r):
    ins = P(r)
    a = addr(r, "US")
    clm = f"HO-{r.randint(2023, 2025)}-{_dg(r, 7)}"
    d(r.choice(["Tidewater Mutual", "Cornerstone Home Insurance", "Prairie Shield P&C"]), " — Field Adjuster Notes\n")
    d("Claim: ", clm, "   Peril: ", r.choice(["wind/hail", "water - sudden pipe burst", "kitchen fire", "fallen tree"]),
      "   Cat code: ", r.choice(["CAT 24-07", "none", "PCS 112"]), "\n")
    d("Named insured: ", PER(nm(r, ins, r.choice(["LF", "fl", "LFU"]))))
    if r.random() < 0.5:
        sp = P(r)
        sp["last"] = ins["last"]
        d(" & ", PER(nm(r, sp, "f")))
    d("\nRisk address: ", ADR(a["one"]), "\n")
    dol = rdate(r)
    d("Date of loss: ", DT(fdate(r, dol, "us")), "   Reported: ", r.choice(RELATIVE[:3]), "\n\n")
    adj = P(r)
    insp = dol + dt.timedelta(days=r.randint(1, 9))
    d("Inspected the property on ", DT(fdt(r, insp, "us", r.randint(8, 16), r.choice([0, 30]))), " with insured present. ")
    d(r.choice(["Roof: 14 squares, 3-tab shingles, hail hits on N and W slopes (8-10 per test square).",
                "Water migrated from 2nd-floor bath to kitchen ceiling; drywall moisture 38%.",
                "Smoke damage to kitchen and family room; range hood and cabinets total loss."]))
    d(" Contents list pending. Mortgagee: ", r.choice(["Wells Fargo Home Mortgage", "Rocket Mortgage", "Chase"]),
      ", loan ref on dec page.\n")
    d("Insured can be reached at ", PH(phone(r, "US", a["region"])), " (cell) or ", EML(email(r, ins)), "; prefers texts after ",
      DT(ftime(r, r.randint(16, 19), 0)), ".\n")
    ctr = P(r)
    d("Contractor on site: ", PER(nm(r, ctr, "fl")), " of ", r.choice(["Apex Restoration", "ServPro", "Bluebird Roofing"]),
      ", ", PH(phone(r, "US")), ". Estimate ", amount(r, 3000, 48000), " (Xactimate, price list ", a["region"],
      r.choice(["X8", "F"]), r.randint(10, 99), "_", r.choice(["JAN", "MAR", "JUN"]), r.randint(23, 25), ").\n")
    if r.random() < 0.5:
        d("Tenant in unit B, ", PER(nm(r, P(r), "fl")), ", reported water in her closet; referred to her own renters carrier.\n")
    ac, ast = city_st(r)
    d("ALE: family staying with relatives in ", LOC(f"{ac}, {ast}"), " — ", r.choice(["no ALE claimed.",
                                                                                                          "hotel receipts to follow."]), "\n")
    d("Deductible ", amount(r, 500, 2500), ". Payment to be issued to insured + mortgagee; direct deposit declined.\n")
    d("Next step: re-inspect ", DT(fdate(r, insp + dt.timedelta(days=r.randint(7, 21)), "us")), " after mitigation. — ",
      PER(nm(r, adj, r.choice(["fl", "f"]))), ", field adjuster, lic. ", r.choice(["", "TX"]), _dg(r, 7), "\n")


def dom_tax_preparer_intake(d, r):
    tp = P(r)
    prep = P(r)
    d(r.choice(["Beacon Tax & Bookkeeping", "H&R Block franchise #" + str(r.randint(100, 999)), "Liberty Tax office",
                "Nguyen & Ortiz CPAs"]), " — ", r.randint(2023, 2024), " Individual Intake Worksheet (Form 1040)\n")
    d("Preparer: ", PER(nm(r, prep, "fl")), "   PTIN P", _dg(r, 8), "   Appt: ",
      DT(fdt(r, rdate(r), "us", r.randint(9, 18), r.choice([0, 30]))), "\n")
    d("Filing status: ", r.choice(["MFJ", "Single", "HOH", "MFS"]), "\n\nTAXPAYER\n")
    d("  Name: ", PER(nm(r, tp, r.choice(["fml", "fl", "LFU"]))), "   SSN: ", SSN(ssn(r)), "   DOB: ",
      DOB(fdate(r, rdob(r, 1945, 2003), "us")), "\n")
    d("  Occupation: ", r.choice(["Nurse", "Truck driver", "Teacher", "Software dev", "Self-employed (rideshare)"]),
      "   Phone: ", PH(phone(r, "US")), "   Email: ", EML(email(r, tp)), "\n")
    sp = None
    if r.random() < 0.6:
        sp = P(r)
        if r.random() < 0.6:
            sp["last"] = tp["last"]
        d("SPOUSE\n  Name: ", PER(nm(r, sp, "fl")), "   SSN: ", SSN(ssn(r)), "   DOB: ", DOB(fdate(r, rdob(r, 1945, 2003), "us")), "\n")
    a = addr(r, "US")
    d("Home address: ", ADR(a["one"]), "\n\nDEPENDENTS\n| Name | SSN | DOB | Rel. | Months in home |\n")
    ndep = r.randint(0, 3)
    if not ndep:
        d("| (none) | | | | |\n")
    for _ in range(ndep):
        ch = P(r)
        ch["last"] = tp["last"]
        d("| ", PER(nm(r, ch, "fl")), " | ", SSN(ssn(r, 0)) if r.random() < 0.85 else "applied for", " | ",
          DOB(fdate(r, rdob(r, 2006, 2023), "us")), " | ", r.choice(["son", "daughter", "niece", "grandson"]), " | ",
          r.randint(6, 12), " |\n")
    d("\nINCOME\n  W-2: ", r.choice(BRANDS_PERSONLIKE[:8] + ["Walmart", "Kaiser Permanente"]), "  EIN ", _dg(r, 2), "-", _dg(r, 7),
      "  wages ", amount(r, 18000, 140000), "  fed w/h ", amount(r, 900, 18000), "\n")
    d("  1099-INT: ", r.choice(["Ally Bank", "Marcus", "Capital One"]), " ", amount(r, 3, 900), "\n")
    d("  1099-NEC/K: ", r.choice(["Uber", "DoorDash", "Etsy", "none"]), "\n")
    d("  Prior-year AGI: ", amount(r, 20000, 160000), "   Est. payments: ", amount(r, 200, 3000), " paid ",
      DT(fdate(r, rdate(r), "us")), "\n\nREFUND / DIRECT DEPOSIT\n")
    d("  Bank: ", r.choice(["Chase", "Navy Federal CU", "Wells Fargo", "Bank of America"]), "   Routing: ", routing(r),
      "   Account: ", ACC(_dg(r, r.choice([9, 10, 11, 12]))), "   Type: ", r.choice(["Checking", "Savings"]), "\n")
    d("\nNOTES: ")
    k = r.randrange(3)
    if k == 0:
        ex = P(r)
        d("Client's ex, ", PER(nm(r, ex, "fl")), ", may claim the younger child again (did in ", r.randint(2019, 2022),
          "); keep Form 8332 on file. ")
    elif k == 1:
        c, s = city_st(r)
        d("Moved here from ", LOC(f"{c}, {s}"), " mid-year — part-year resident return needed for ", LOC(US_STATE_NAMES[s]), ". ")
    else:
        d("IRS letter CP2000 received ", r.choice(RELATIVE), "; client to bring copy. ")
    d("Old SSN card shows ", masked_ssn(r), ". Signed 8879 ", r.choice(["pending", "received"]), ".\n")


def dom_ambulance_run_report(d, r):
    c, s = city_st(r)
    d(r.choice(["Metro", "Tri-County", "Valley Regional", "Bayside Fire"]), " EMS — PATIENT CARE REPORT (ePCR)\n")
    d("Incident #: ", r.randint(2023, 2025), "-", _dg(r, 6), "   Unit: ", r.choice(["Medic ", "Rescue ", "Ambulance "]),
      r.randint(1, 40), "   Shift: ", r.choice("ABC"), "\n")
    c1, c2 = P(r), P(r)
    d("Crew: ", PER(nm(r, c1, "fl")), " (Paramedic, lead), ", PER(nm(r, c2, r.choice(["fl", "LF"]))), " (EMT-B)\n")
    day = rdate(r)
    d("Date of service: ", DT(fdate(r, day, "us")), "\n")
    t = r.randint(0, 23 * 60)

    def tm(step):
        nonlocal t
        t = (t + step) % (24 * 60)
        return f"{t // 60:02d}:{t % 60:02d}"
    d("Times — PSAP: ", DT(tm(0)), " | Enroute: ", DT(tm(r.randint(1, 3))), " | On scene: ", DT(tm(r.randint(4, 14))),
      " | Pt contact: ", DT(tm(r.randint(1, 3))), " | Transport: ", DT(tm(r.randint(10, 25))), " | At dest: ",
      DT(tm(r.randint(8, 30))), "\n")
    a = addr(r, "US")
    d("Scene: ", ADR(a["one"]), " (", r.choice(["residence", "parking lot", "nursing facility", "roadway"]), ")\n\n")
    p = P(r)
    d("PATIENT\nName: ", PER(nm(r, p, r.choice(["LF", "LFU", "fl"]))), "   DOB: ", DOB(fdate(r, rdob(r, 1930, 2005), "us")),
      "   Age: ", r.randint(19, 93), "   Sex: ", r.choice("MF"), "   Wt: ", r.randint(50, 140), " kg\n")
    d("Phone: ", PH(phone(r, "US", a["region"])), "   Home: same as scene\n")
    k = r.random()
    if k < 0.4:
        d("Insurance: Medicare MBI ", HPN(health_plan(r)), "\n")
    elif k < 0.7:
        d("Insurance: Medicaid ID ", HPN(health_plan(r)), "   SSN ", SSN(ssn(r)), "\n")
    else:
        d("Insurance: none given — self-pay; SSN ", masked_ssn(r), "\n")
    d("\nCC: ", r.choice(["chest pain", "syncope", "SOB", "fall w/ hip pain", "altered mental status"]), "\n")
    wit = P(r)
    wit["last"] = p["last"]
    d("NARRATIVE: Dispatched emergent for the above. Found pt ", r.choice(["sitting upright, diaphoretic", "supine on kitchen floor",
                                                                         "in recliner, pale"]), ". Per ",
      r.choice(["wife", "son", "daughter", "husband"]), " ", PER(nm(r, wit, "f")), ", onset ", r.choice(["~45 min", "2 hrs", "30 min"]),
      " PTA. PMH: HTN, DM2 (", r.choice(ICD), "). Meds: ", r.choice(DRUGS[6:10]), ", ", r.choice(DRUGS[6:10]), ". Allergies: PCN.\n")
    d("12-lead: ", r.choice(["NSR, no acute changes", "ST elevation II, III, aVF — STEMI alert", "AFib RVR 140s"]), ".\n")
    d("V1  BP ", r.randint(90, 190), "/", r.randint(50, 110), "  HR ", r.randint(50, 140), "  RR ", r.randint(12, 28), "  SpO2 ",
      r.randint(86, 99), "%  GCS ", r.randint(11, 15), "\n")
    d("V2 (+", r.randint(5, 10), " min)  BP ", r.randint(90, 170), "/", r.randint(50, 100), "  HR ", r.randint(50, 130), "\n")
    d("Rx: ", r.choice(DRUGS[12:15]), "; IV 18g L AC; ", r.choice(["O2 2 L NC", "NTG x2", "fluid bolus 500 mL"]), ".\n")
    dest = r.choice(["St. Vincent Regional Medical Center", "Mercy General", "University Hospital", "Good Samaritan ED"])
    d("Transported emergent to ", dest, " (", LOC(f"{c}, {s}"), "); report to RN ", PER(nm(r, P(r), "f")), ". Hospital MRN: ",
      MRN(mrn(r)), "\n")
    d("Signature: pt unable — signed by ", PER(nm(r, wit, "fl")), " (", r.choice(["spouse", "son", "daughter"]), ").\n")
    d("Mileage ", f"{r.uniform(1, 30):.1f}", " mi. Billing code ", r.choice(CPT[-1:] + ["A0429", "A0433"]), ".\n")


def dom_terraform_plan(d, r):
    d("Terraform used the selected providers to generate the following execution plan. Resource actions are\n"
      "indicated with the following symbols:\n  + create\n  ~ update in-place\n\nTerraform will perform the following actions:\n\n")
    ident = r.choice(["orders", "billing", "crm", "ledger"]) + "-" + r.choice(["prod", "stg"])
    d("  # aws_db_instance.main will be created\n  + resource \"aws_db_instance\" \"main\" {\n")
    d("      + allocated_storage      = ", r.choice([50, 100, 250]), "\n      + engine                 = \"postgres\"\n")
    d("      + engine_version         = \"", r.choice(["15.4", "14.10", "16.1"]), "\"\n      + identifier             = \"", ident, "\"\n")
    if r.random() < 0.5:
        d("      + password               = (sensitive value)\n")
    else:
        d("      + password               = \"", PW(password(r)), "\"\n")
    d("      + username               = \"dbadmin\"\n      + vpc_security_group_ids = (known after apply)\n    }\n\n")
    d("  # aws_security_group_rule.office_ssh will be created\n  + resource \"aws_security_group_rule\" \"office_ssh\" {\n")
    d("      + cidr_blocks = [\n          + \"", IP(ip4(r, False)), "/32\",\n          + \"", IP(ip4(r, False)), "/32\",\n        ]\n")
    d("      + from_port   = 22\n      + to_port     = 22\n      + type        = \"ingress\"\n    }\n\n")
    owner = P(r)
    d("  # aws_instance.bastion will be created\n  + resource \"aws_instance\" \"bastion\" {\n")
    d("      + ami           = \"ami-", rs(r, 17, HEX), "\"\n      + instance_type = \"t3.micro\"\n")
    d("      + private_ip    = \"", IP(ip4(r, True)), "\"\n      + tags          = {\n")
    d("          + \"CostCenter\" = \"CC-", _dg(r, 4), "\"\n          + \"Owner\"      = \"", EML(email(r, owner, "corp.example.com")), "\"\n        }\n")
    d("      + user_data     = <<-EOT\n            #!/bin/bash\n")
    if r.random() < 0.6:
        d("            export DATABASE_URL=postgres://app:", PW(password(r, dsn=True)), "@", ident, ".cluster-", rs(r, 12, HEX[:10] + "abcdef"),
          ".", r.choice(["us-east-1", "eu-west-1"]), ".rds.amazonaws.com:5432/app\n")
    else:
        d("            export DATABASE_URL=\"${var.database_url}\"\n")
    d("            export DD_API_KEY=", SEC(rs(r, 32, HEX)), "\n        EOT\n    }\n\n")
    d("  # module.app.kubernetes_secret.env will be updated in-place\n  ~ resource \"kubernetes_secret\" \"env\" {\n")
    d("      ~ data = (sensitive value)\n        id   = \"default/app-env\"\n    }\n\n")
    d("Plan: 3 to add, 1 to change, 0 to destroy.\n")
    k = r.random()
    if k < 0.5:
        d("\n╷\n│ Warning: Hardcoded provider credentials\n│\n│   on providers.tf line ", r.randint(3, 9),
          ", in provider \"aws\":\n│    4:   access_key = \"", AKID(aws_akid(r)), "\"\n│    5:   secret_key = \"",
          ASEC(aws_secret(r)), "\"\n│\n│ Move credentials to environment variables or ${AWS_PROFILE}.\n╵\n")
    elif k < 0.75:
        d("\n╷\n│ Warning: Hardcoded provider credentials\n│\n│   on providers.tf line ", r.randint(10, 20),
          ", in provider \"github\":\n│   12:   token = \"", GHT(gh_token(r)), "\"\n│\n│ Use ${GITHUB_TOKEN} instead.\n╵\n")
    if r.random() < 0.4:
        d("\nNote: state stored in ", URL(f"https://app.terraform.io/app/{r.choice(['acme', 'lumen', 'quill'])}/workspaces/{ident}"),
          " (run-", rs(r, 16, ALNUM), ")\n")


def dom_notary_journal(d, r):
    nt = P(r)
    c, s = city_st(r)
    d("NOTARY PUBLIC JOURNAL — Entry No. ", _dg(r, 4), "   Book ", r.randint(1, 9), "\n")
    d("Notary: ", PER(nm(r, nt, "fl")), "   Commission #", _dg(r, 7), "   Commission expires: ",
      DT(fdate(r, rdate(r, 2025, 2028), "us")), "\n")
    when = rdate(r)
    d("Date/time of notarization: ", DT(fdt(r, when, "us")), "\n")
    d("Type of act: ", r.choice(["Acknowledgment", "Jurat", "Copy certification by document custodian", "Oath/affirmation"]), "\n")
    d("Document: ", r.choice(["Grant Deed", "Durable Power of Attorney", "Affidavit of Identity", "Vehicle bill of sale",
                             "Minor travel consent"]), ", dated ", DT(fdate(r, when - dt.timedelta(days=r.randint(0, 10)), "us")),
      ", ", r.randint(1, 14), " pages\n\n")
    for role in ("Signer", "Signer 2") if r.random() < 0.4 else ("Signer",):
        sg = P(r)
        d(role, ": ", PER(nm(r, sg, r.choice(["fl", "fml", "LF"]))), "\n")
        d("  Address: ", ADR(addr(r, "US")["one"]), "\n")
        k = r.random()
        if k < 0.65:
            st = r.choice(list(US_STATE_NAMES))
            d("  ID: ", LOC(US_STATE_NAMES[st]), " driver license #", DL(dl_num(r, r.choice(["CA", "FL", "NY", "TX", "IL"]))),
              ", issued ", DT(fdate(r, rdate(r, 2018, 2023), "us")), ", expires ", DT(fdate(r, rdate(r, 2025, 2031), "us")), "\n")
        elif k < 0.85:
            d("  ID: state ID card #", DL(dl_num(r, "TX")), " (photo matches), exp. ", DT(fdate(r, rdate(r, 2025, 2031), "us")), "\n")
        else:
            cw = P(r)
            d("  ID: credible witness ", PER(nm(r, cw, "fl")), ", personally known to notary\n")
        d("  Phone: ", PH(phone(r, "US")), r.choice(["   Email: ", "   e-mail: "]), EML(email(r, sg)), "\n")
        d("  Thumbprint: ", r.choice(["taken (R thumb)", "taken (L index — R thumb bandaged)", "n/a"]), "\n")
    d("\nFee: $", r.choice(["10.00", "15.00", "6.00"]), " per signature; travel fee ", amount(r, 25, 90), "\n")
    d("Location of signing: ", r.choice(["signer's home", "Starbucks", "Kinko's / FedEx Office", "hospital room 4B"]), ", ",
      LOC(f"{c}, {s}"), "\n")
    if r.random() < 0.6:
        d("Notes: signer's ", r.choice(["daughter", "attorney", "caseworker"]), " ", PER(nm(r, P(r), "fl")),
          " present; ", r.choice(["no coercion observed.", "signer alert and oriented.", "refused to sign page 3 — act not completed."]), "\n")


def dom_fhir_bundle(d, r):
    p = P(r)
    a = addr(r, r.choice(["US", "US", "US", "CA", "AU"]))
    pid = uuid(r)
    host = r.choice(["hospital.example.org", "ehr.mercyvalleyhealth.org", "fhir.harborview-clinic.org"])
    ids = [{"system": URL(f"https://{host}/fhir/sid/mrn"), "value": MRN(mrn(r))}]
    if a["cc"] == "US" and r.random() < 0.5:
        ids.append({"system": URL("http://hl7.org/fhir/sid/us-ssn"), "value": SSN(ssn(r, 0))})
    given = [PER(p["first"])]
    telecom = [{"system": "phone", "value": PH(phone(r, a["cc"], a["region"] if a["cc"] == "US" else None)), "use": "mobile"}]
    if r.random() < 0.7:
        telecom.append({"system": "email", "value": EML(email(r, p))})
    addr_obj = {"use": "home", "line": [ADR(a["street"])], "city": LOC(a["city"])}
    if a["region"]:
        addr_obj["state"] = LOC(a["region"])
    addr_obj["postalCode"] = a["postcode"]
    addr_obj["country"] = a["cc"]
    patient = {"resourceType": "Patient", "id": pid,
               "meta": {"lastUpdated": log_ts(r, style=0), "versionId": str(r.randint(1, 9))},
               "identifier": ids, "name": [{"use": "official", "family": PER(p["last"]), "given": given}],
               "telecom": telecom, "gender": r.choice(["female", "male", "other"]),
               "birthDate": DOB(fdate(r, rdob(r), "iso")), "address": [addr_obj]}
    ents = [{"fullUrl": f"urn:uuid:{pid}", "resource": patient}]
    if r.random() < 0.75:
        ents.append({"fullUrl": f"urn:uuid:{uuid(r)}", "resource": {
            "resourceType": "Coverage", "status": "active", "subscriberId": HPN(health_plan(r)),
            "beneficiary": {"reference": f"Patient/{pid}"},
            "payor": [{"display": r.choice(["Aetna", "Kaiser Permanente", "Anthem Blue Cross", "Medicaid (MassHealth)"])}],
            "class": [{"type": {"text": "group"}, "value": _dg(r, 6)}]}})
    doc = P(r)
    st = rdate(r)
    h = r.randint(7, 17)
    ents.append({"fullUrl": f"urn:uuid:{uuid(r)}", "resource": {
        "resourceType": "Encounter", "status": "finished", "class": {"code": r.choice(["AMB", "EMER", "IMP"])},
        "subject": {"reference": f"Patient/{pid}"},
        "period": {"start": DT(f"{st.isoformat()}T{h:02d}:{r.randint(0, 59):02d}:00-05:00"),
                   "end": DT(f"{st.isoformat()}T{h + 1:02d}:{r.randint(0, 59):02d}:00-05:00")},
        "participant": [{"individual": {"display": M("Dr. ", PER(nm(r, doc, "fl")))}}],
        "reasonCode": [{"coding": [{"system": URL("http://hl7.org/fhir/sid/icd-10-cm"), "code": r.choice(ICD)}]}]}})
    bundle = {"resourceType": "Bundle", "id": uuid(r), "type": "collection",
              "meta": {"lastUpdated": log_ts(r, style=0)}, "entry": ents}
    jdump(d, bundle, indent=1)
    d("\n")


def dom_edi_834(d, r):
    day = rdate(r)
    yymmdd = day.strftime("%y%m%d")
    ctrl = _dg(r, 9)
    snd = r.choice(["ACMEHR", "PAYROLLCO", "BENEFITSHUB"])
    rcv = r.choice(["BCBSIL", "AETNA834", "CIGNAEDI"])
    d(f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{yymmdd}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*^*00501*{ctrl}*0*P*:~\n")
    d(f"GS*BE*{snd}*{rcv}*{day.strftime('%Y%m%d')}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*{r.randint(1, 9999)}*X*005010X220A1~\n")
    d("ST*834*0001*005010X220A1~\n")
    d("REF*38*", r.choice(["GRP", "POL"]), _dg(r, 6), "~\n")
    d("N1*P5*", r.choice(["NORTHWIND TRADERS INC", "ACME LOGISTICS LLC", "BRIGHTPATH SCHOOLS"]), "*FI*", _dg(r, 9), "~\n")
    d("N1*IN*", r.choice(["BLUE CROSS BLUE SHIELD", "AETNA LIFE INS CO", "CIGNA HEALTHCARE"]), "*FI*", _dg(r, 9), "~\n")
    sub = P(r, apos=False)
    a = addr(r, "US")
    members = [(sub, "Y*18", True)]
    for _ in range(r.randint(0, 2)):
        dep = P(r, apos=False)
        dep["last"] = sub["last"]
        members.append((dep, "N*" + r.choice(["01", "19"]), False))
    subid = health_plan(r)
    eff = dt.date(day.year + (1 if day.month > 10 else 0), r.choice([1, day.month if day.month <= 10 else 1]), 1)
    for m, ins, is_sub in members:
        d("INS*", ins, "*021*28*A***FT~\n")
        d("REF*0F*", HPN(subid), "~\n")
        d("REF*1L*", _dg(r, 6), "~\n")
        d("DTP*356*D8*", DT(eff.strftime("%Y%m%d")), "~\n")
        d("NM1*IL*1*", PER(m["last"].upper()), "*", PER(m["first"].upper()), "****")
        if r.random() < 0.8:
            d("34*", SSN(ssn(r, 2)))
        d("~\n")
        if is_sub:
            d("PER*IP**TE*", PH(f"{US_AREA[a['region']]}{r.randint(201, 989)}{_dg(r, 4)}"))
            if r.random() < 0.6:
                d("*EM*", EML(email(r, m).upper() if r.random() < 0.5 else email(r, m)))
            d("~\n")
            d("N3*", ADR(a["street"].upper().replace(",", "")), "~\n")
            d("N4*", LOC(a["city"].upper()), "*", LOC(a["region"]), "*", a["postcode"], "~\n")
        d("DMG*D8*", DOB(rdob(r, 1950, 2023).strftime("%Y%m%d")), "*", r.choice("MF"), "~\n")
        d("HD*030**HLT*", r.choice(["PPO GOLD 1500", "HMO SILVER", "HDHP 3000"]), "*", r.choice(["FAM", "EMP", "ESP"]), "~\n")
        d("DTP*348*D8*", DT(eff.strftime("%Y%m%d")), "~\n")
    d("SE*", r.randint(12, 40), "*0001~\nGE*1*", r.randint(1, 9999), "~\nIEA*1*", ctrl, "~\n")


def dom_vcard_export(d, r):
    for _ in range(r.randint(2, 3)):
        p = P(r)
        a = addr(r)
        d("BEGIN:VCARD\nVERSION:3.0\n")
        nval = f"{p['last']};{p['first']}" + (f";{p['mi']}" if p["mi"] else "")
        d("N:", PER(nval), ";;" if p["mi"] else ";;;", "\n")
        d("FN:", PER(nm(r, p, "fml" if p["mi"] else "fl")), "\n")
        d("ORG:", r.choice(["Northwind Traders", "Ernst & Young", "Müller & Söhne GmbH", "City Hospital", "Freelance"]), "\n")
        d("TEL;TYPE=CELL:", PH(phone(r, a["cc"] if a["cc"] in ("US", "GB", "DE", "FR", "ES", "IT", "NL", "AU", "IN", "BR", "MX", "JP", "IE", "PL", "CA") else "US")), "\n")
        if r.random() < 0.5:
            d("TEL;TYPE=WORK,VOICE:", PH(any_phone(r)), "\n")
        d("EMAIL;TYPE=INTERNET:", EML(email(r, p)), "\n")
        comps = [a["street"].replace(",", ""), a["city"], a["region"] or "", a["postcode"], a["country"]]
        while comps and not comps[-1]:
            comps.pop()
        d("ADR;TYPE=HOME:;;", ADR(";".join(comps)), "\n")
        if r.random() < 0.7:
            d("BDAY:", DOB(fdate(r, rdob(r), "iso") if r.random() < 0.8 else rdob(r).strftime("%Y%m%d")), "\n")
        if r.random() < 0.5:
            d("URL:", URL(url(r)), "\n")
        if r.random() < 0.6:
            k = r.randrange(3)
            if k == 0:
                d("NOTE:Met at conference in ", LOC(intl_city(r)[0]), "; partner ", PER(nm(r, P(r), "f")), ".\n")
            elif k == 1:
                d("NOTE:Dog ", r.choice(PET_NAMES), " — allergic to cats. Call before ", DT(ftime(r, r.randint(17, 20), 0)), ".\n")
            else:
                d("NOTE:gate code 4#", _dg(r, 4), " (not a password)\n")
        d("REV:", log_ts(r, style=0), "\nUID:", uuid(r), "\nEND:VCARD\n")


def dom_ansible_run(d, r):
    env = r.choice(["prod", "staging", "eu-prod"])
    hosts = [ip4(r, True) for _ in range(r.randint(1, 2))] + [f"db0{r.randint(1, 4)}.{env}.internal"]
    d("$ ansible-playbook -i inventories/", env, " site.yml --tags db,app -v\n\nPLAY [dbservers] ", "*" * 40, "\n\n")
    d("TASK [Gathering Facts] ", "*" * 30, "\n")
    for h in hosts:
        d("ok: [", IP(h) if h[0].isdigit() else h, "]\n")
    d("\nTASK [postgres : create application role] ", "*" * 20, "\n")
    h = hosts[0]
    if r.random() < 0.55:
        d("changed: [", IP(h), "] => (item={'name': 'app_rw', 'password': '", PW(password(r)), "', 'role_attr_flags': 'LOGIN'})\n")
    else:
        d("changed: [", IP(h), "] => (item=None)\n")
        d("ok: [", IP(h), "] => {\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\"}\n")
    d("\nTASK [app : render /srv/app/.env] ", "*" * 20, "\n--- before: /srv/app/.env\n+++ after: /srv/app/.env\n@@ -3,3 +3,3 @@\n")
    d("-SMTP_PASSWORD=", PW(password(r)), "\n+SMTP_PASSWORD=", PW(password(r)), "\n")
    d(" REDIS_URL=redis://:", PW(password(r, dsn=True)), "@cache.", env, ".internal:6379/0\n")
    d(" FEATURE_FLAGS=${FEATURE_FLAGS}\n\nchanged: [", IP(h), "]\n")
    u = P(r)
    d("\nTASK [users : ensure admin account] ", "*" * 20, "\n")
    d("ok: [", IP(hosts[-2]) if len(hosts) > 2 else hosts[-1], "] => {\"append\": false, \"changed\": false, \"comment\": \"",
      PER(nm(r, u, "fl")), "\", \"group\": 1001, \"home\": \"/home/", fold(u["first"])[:1] + fold(u["last"])[:7],
      "\", \"name\": \"", fold(u["first"])[:1] + fold(u["last"])[:7], "\", \"shell\": \"/bin/bash\", \"uid\": ", r.randint(1001, 1999), "}\n")
    d("\nTASK [debug : print notification settings] ", "*" * 12, "\nok: [", hosts[-1], "] => {\n")
    k = r.randrange(3)
    if k == 0:
        d("    \"slack_token\": \"", SLK(slack_token(r)), "\"\n")
    elif k == 1:
        d("    \"github_deploy_token\": \"", GHT(gh_token(r)), "\"\n")
    else:
        d("    \"pagerduty_routing_key\": \"", SEC(rs(r, 32, HEX)), "\"\n")
    d("}\n\nPLAY RECAP ", "*" * 40, "\n")
    for hh in hosts:
        d(IP(hh) if hh[0].isdigit() else hh, " " * 3, ": ok=", r.randint(5, 20), "   changed=", r.randint(0, 5),
          "   unreachable=0   failed=0   skipped=", r.randint(0, 4), "\n")


def dom_secret_scanner_report(d, r):
    hh, mm = r.randint(1, 11), r.randint(0, 50)
    head = (f"{hh}:{mm:02d}PM INF {r.randint(40, 900)} commits scanned.\n"
            f"{hh}:{mm + r.randint(0, 2):02d}PM INF scan completed in {r.uniform(0.3, 9):.2f}s\n"
            f"{hh}:{mm + r.randint(3, 9):02d}PM WRN leaks found: ")
    kinds = r.sample(["aws", "gh", "slack", "stripe", "jwt", "generic", "pem", "awssec"], r.randint(2, 3))
    if "pem" in kinds and len(kinds) == 3:
        kinds = [k for k in kinds if k != "pem"][:1] + ["pem"]
    out = []
    est = len(head) + 10
    for k in kinds:
        au = P(r)
        line = r.randint(2, 140)
        if k == "aws":
            v = aws_akid(r)
            f = ({"Description": "AWS Access Key", "Match": M("aws_access_key_id = ", AKID(v)), "Secret": AKID(v)},
                 "deploy/terraform.tfvars", "aws-access-token")
        elif k == "awssec":
            v = aws_secret(r)
            f = ({"Description": "AWS Secret Key", "Match": M("AWS_SECRET_ACCESS_KEY=", ASEC(v)), "Secret": ASEC(v)},
                 ".github/workflows/deploy.yml", "aws-secret-access-key")
        elif k == "gh":
            v = gh_token(r)
            f = ({"Description": "GitHub Personal Access Token", "Match": M("token: ", GHT(v)), "Secret": GHT(v)},
                 "scripts/release.sh", "github-pat")
        elif k == "slack":
            v = slack_token(r)
            f = ({"Description": "Slack token", "Match": M("SLACK_TOKEN=\"", SLK(v), "\""), "Secret": SLK(v)},
                 "services/notifier/.env.production", "slack-bot-token")
        elif k == "stripe":
            v = stripe_key(r)
            f = ({"Description": "Stripe Access Token", "Match": M("stripe.api_key = '", STK(v), "'"), "Secret": STK(v)},
                 "billing/settings.py", "stripe-access-token")
        elif k == "jwt":
            v = jwt(r)
            f = ({"Description": "JSON Web Token", "Match": M("Authorization: Bearer ", JWT(v)), "Secret": JWT(v)},
                 "tests/fixtures/http_session.har", "jwt")
        elif k == "pem":
            v = pem(r, r.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY"]))
            f = ({"Description": "Private Key", "Match": PK(v), "Secret": PK(v)}, "certs/server.key", "private-key")
        else:
            v = generic_secret(r)
            f = ({"Description": "Generic API Key", "Match": M("api_key: \"", SEC(v), "\""), "Secret": SEC(v)},
                 "config/integrations.yaml", "generic-api-key")
        obj, path, rule = f
        commit = sha(r)
        obj.update({"StartLine": line, "EndLine": line, "StartColumn": r.randint(1, 20), "EndColumn": r.randint(30, 90),
                    "File": path, "Commit": commit, "Entropy": round(r.uniform(3.2, 5.9), 6), "Author": PER(nm(r, au, "fl")),
                    "Email": EML(email(r, au, r.choice(["users.noreply.github.com", "corp.example.com", "gmail.com"]))),
                    "Message": r.choice(["wip", "add prod config", "fix deploy", "Merge branch 'hotfix'"]),
                    "Tags": [], "RuleID": rule, "Fingerprint": f"{commit}:{path}:{rule}:{line}"})
        est += 640 + 2 * len(v) + len(path) * 2 + v.count("\n") * 2
        if out and est > 2450:
            break
        out.append(obj)
    d(head, len(out), "\n")
    jdump(d, out, indent=2)
    d("\n")


def dom_blood_donor_screening(d, r):
    c, s = city_st(r)
    p = P(r)
    d(r.choice(["LifeStream Blood Services", "Vitalant", "OneBlood", "Red Cross Biomedical"]), " — Donor Health History (DHQ v",
      r.choice(["2.1", "4.0"]), ")\n")
    d("DIN: W", _dg(r, 4), " ", _dg(r, 2), " ", _dg(r, 6), "   Drive: ", r.choice(["Lowe's parking lot", "First Baptist Church hall",
                                                                             "Ford plant break room", "campus union"]),
      ", ", LOC(f"{c}, {s}"), "\n")
    d("Donor: ", PER(nm(r, p, r.choice(["LF", "fl", "LFU"]))), "   DOB: ", DOB(fdate(r, rdob(r, 1950, 2007), "us")),
      "   Sex: ", r.choice("MF"), "\n")
    d("Address: ", ADR(addr(r, "US")["one"]), "\n")
    d("Phone: ", PH(phone(r, "US", s)), "   Email: ", EML(email(r, p)) if r.random() < 0.8 else "declined", "\n")
    d("Last donation: ", DT(fdate(r, rdate(r, 2022, 2024), "us")), " (", r.choice(["whole blood", "platelets", "double red"]), ")\n\n")
    d("Q12 Outside the US/Canada in past 3 yrs? ")
    if r.random() < 0.6:
        c1, c2 = r.sample(COUNTRIES, 2)
        d("YES — ", LOC(c1), r.choice([" and ", ", "]), LOC(c2), " (", r.randint(2022, 2024), ", ", r.choice(["2 wks", "10 days", "1 month"]), ")\n")
    else:
        d("NO\n")
    d("Q17 Medications? ", r.choice(DRUGS[6:11] + ["none"]), "\n")
    d("Q22 Tattoo in past 3 months? ", r.choice(["No", "Yes — licensed shop, state-regulated"]), "\n")
    d("Vitals: Hgb ", f"{r.uniform(12.3, 16.8):.1f}", " g/dL, BP ", r.randint(100, 150), "/", r.randint(60, 95), ", pulse ",
      r.randint(55, 95), ", temp 98.", r.randint(0, 9), "F, arm check OK\n")
    if r.random() < 0.4:
        d("DEFERRAL: temporary until ", DT(fdate(r, rdate(r, 2024, 2025), "us")), " (", r.choice(["low Hgb", "malaria-risk travel",
                                                                                          "recent tattoo"]), ")\n")
    else:
        d("Eligible. Next eligible donation: ", DT(fdate(r, rdate(r, 2024, 2025), "us")), "\n")
    ph = P(r)
    d("Screener: ", PER(nm(r, ph, r.choice(["fl", "f"]))), "   Phlebotomist: ", PER(nm(r, P(r), "fl")), "\n")
    d("Emergency contact: ", PER(nm(r, P(r), "fl")), " ", PH(phone(r, "US")), "\n")


def dom_interpreter_booking_email(d, r):
    req = P(r)
    co = r.choice(["lawfirm-ortega.com", "countyschools.k12.us", "tidewater-insurance.com", "mercyvalleyhealth.org"])
    ag = r.choice(["LinguaBridge", "Interpreters Unlimited", "VozClara Language Services"])
    day = rdate(r)
    wd = WDAY["en"][day.weekday()][:3]
    d("From: ", PER(nm(r, req, "fl")), " <", EML(email(r, req, co)), ">\n")
    d("To: ", ag, " Scheduling <", EML(f"scheduling@{fold(ag)}.com"), ">\n")
    d("Date: ", wd, ", ", day.day, " ", MON["en"][day.month - 1][:3], " ", day.year, " ", f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
      " -0", r.randint(4, 8), "00\n")
    lang = r.choice(["Spanish", "Vietnamese", "Haitian Creole", "Arabic", "Mandarin", "ASL", "Somali", "Portuguese"])
    appt = day + dt.timedelta(days=r.randint(3, 20))
    d("Subject: Interpreter request — ", lang, ", ", DT(fdate(r, appt, "us")), "\n\n")
    d("Hi ", r.choice(["team", "there"]), ",\n\n")
    kind = r.choice(["deposition", "IME (independent medical exam)", "IEP meeting", "recorded statement"])
    d("We need a certified ", lang, " interpreter (in person) for a ", kind, " on ",
      DT(fdt(r, appt, "us", r.randint(8, 15), r.choice([0, 30]))), ", expected duration ", r.choice(["2 hours", "90 min", "half day"]), ".\n\n")
    a = addr(r, "US")
    d("Location: ", ADR(a["one"]), ", ", r.choice(["Conference Room B", "Suite 210, 2nd floor", "Room 114"]), "\n")
    cl = P(r, r.choice(["es", "vi", "ar", "zh", "pt"]))
    d("Client: ", PER(nm(r, cl, "fl")), " (DOB ", DOB(fdate(r, rdob(r), "us")), ")   Our ref: ", r.choice(["Claim", "Case", "Matter"]),
      " #", _dg(r, 8), "\n")
    site = P(r)
    d("On-site contact: ", PER(nm(r, site, "fl")), ", ", PH(phone(r, "US", a["region"])), "\n\n")
    d("Please bill to account ", ACC(acct(r)), " and send the confirmation to me and ", EML(email(r, P(r), co)), ". ")
    if r.random() < 0.5:
        d("Last time the interpreter (", PER(nm(r, P(r), "f")), ") arrived late, so please remind them parking is in the ",
          r.choice(["north", "east"]), " garage.")
    d("\n\nThanks,\n", PER(nm(r, req, r.choice(["f", "fl"]))), "\n", r.choice(["Paralegal", "Case Manager", "Special Ed Coordinator"]), "\n")
    d(PH(phone(r, "US", a["region"])), " ext. ", r.randint(100, 999), " | ", URL(f"https://www.{co}"), "\n")


def dom_gedcom(d, r):
    d("0 HEAD\n1 SOUR ", r.choice(["FTM", "RootsMagic", "GRAMPS"]), "\n2 VERS ", version(r), "\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n")
    sub = P(r)
    d("1 SUBM @U1@\n0 @U1@ SUBM\n1 NAME ", PER(nm(r, sub, "fl")), "\n1 EMAIL ", EML(email(r, sub)), "\n")
    orig = r.choice(["ie", "it", "pl", "de", "en", "es", "nordic"])
    h = P(r, orig, apos=True)
    w = P(r, orig)
    byear = r.randint(1890, 1950)
    people = [(h, "M", byear), (w, "F", byear + r.randint(-4, 4))]
    kids = r.randint(1, 2)
    for _ in range(kids):
        k = P(r, orig)
        k["last"] = h["last"]
        people.append((k, r.choice("MF"), byear + r.randint(22, 35)))
    for idx, (p, sx, by) in enumerate(people, 1):
        d(f"0 @I{idx}@ INDI\n1 NAME ", PER(f"{p['first']} /{p['last']}/"), "\n2 GIVN ", PER(p["first"]), "\n2 SURN ", PER(p["last"]), "\n")
        d("1 SEX ", sx, "\n1 BIRT\n2 DATE ")
        bd = dt.date(by, r.randint(1, 12), r.randint(1, 28))
        if r.random() < 0.2:
            d("ABT ", by, "\n")
        else:
            d(DOB(f"{bd.day} {MON['en'][bd.month - 1][:3].upper()} {bd.year}"), "\n")
        cc = {"ie": "IE", "it": "IT", "pl": "PL", "de": "DE", "en": "GB", "es": "ES", "nordic": "DE"}[orig]
        if idx <= 2:
            cty, ctry = intl_city(r, cc)
            d("2 PLAC ", LOC(f"{cty}, {ctry}"), "\n")
        else:
            c, s = city_st(r)
            d("2 PLAC ", LOC(f"{c}, {US_STATE_NAMES[s]}, USA"), "\n")
        if by < 1945 and r.random() < 0.7:
            dd = dt.date(min(by + r.randint(55, 95), 2023), r.randint(1, 12), r.randint(1, 28))
            d("1 DEAT\n2 DATE ", DT(f"{dd.day} {MON['en'][dd.month - 1][:3].upper()} {dd.year}"), "\n")
        elif idx > 2 and r.random() < 0.5:
            d("1 RESI\n2 ADDR ", ADR(addr(r, "US")["one"]), "\n2 PHON ", PH(phone(r, "US")), "\n")
        if idx == 1:
            d("1 FAMS @F1@\n")
        elif idx == 2:
            d("1 FAMS @F1@\n")
        else:
            d("1 FAMC @F1@\n")
        if r.random() < 0.3:
            d("1 NOTE Emigrated via Ellis Island; ship manifest line ", r.randint(1, 30), ". Called \"", PER(p["first"][:1] + p["first"][1:].lower()), "\" by family.\n")
    md = dt.date(byear + r.randint(18, 30), r.randint(1, 12), r.randint(1, 28))
    d("0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n")
    for k in range(kids):
        d(f"1 CHIL @I{k + 3}@\n")
    d("1 MARR\n2 DATE ", DT(f"{md.day} {MON['en'][md.month - 1][:3].upper()} {md.year}"), "\n0 TRLR\n")


def dom_scholarship_application(d, r):
    p = P(r)
    fnd = r.choice(["Thurgood Marshall College Fund", "Horizon Community Foundation", "Gates-Ellison First Gen Award",
                    "Rotary District 5150"])
    d(fnd, " — Scholarship Application (export)\nApplication ID: SCH-", r.randint(2023, 2025), "-", _dg(r, 5),
      "   Status: ", r.choice(["Submitted", "Under review", "Finalist"]), "\n\n")
    d("Applicant: ", PER(nm(r, p, r.choice(["fml", "fl"]))), "   Preferred name: ", PER(nm(r, p, "f")), "\n")
    d("Date of birth: ", DOB(fdate(r, rdob(r, 2005, 2008), "us")), "   Last 4 SSN: ", _dg(r, 4), "\n")
    d("Email: ", EML(email(r, p)), "   Mobile: ", PH(phone(r, "US")), "\n")
    a = addr(r, "US")
    d("Permanent address: ", ADR(a["one"]), "\n")
    hs = r.choice(["Thurgood Marshall High School", "Cesar Chavez HS", "Lincoln High", "Sandra Day O'Connor High School",
                   "Roosevelt STEM Academy"])
    d("High school: ", hs, ", ", LOC(f"{a['city']}, {a['region']}"), "   GPA ", f"{r.uniform(2.8, 4.0):.2f}", " (unweighted)   SAT ",
      r.randint(980, 1560), "\n")
    d("Intended major: ", r.choice(["Nursing", "Computer Science", "Civil Engineering", "Biology (pre-med)", "Social Work"]), "\n")
    g1 = P(r)
    g1["last"] = p["last"] if r.random() < 0.7 else g1["last"]
    d("Parent/guardian: ", PER(nm(r, g1, "fl")), " (", r.choice(["mother", "father", "grandmother", "legal guardian"]), "), ",
      r.choice(["home health aide", "warehouse associate", "self-employed", "bus driver"]), ", ", PH(phone(r, "US")), "\n")
    d("Household size ", r.randint(2, 8), ", income ", amount(r, 15000, 85000), "\n\nESSAY (excerpt)\n")
    c2 = r.choice(COUNTRIES)
    gm = P(r)
    d("When my family left ", LOC(c2), " in ", r.randint(2009, 2019), ", my grandmother ", PER(nm(r, gm, "f")),
      " sold her sewing machine to pay for the bus to ", LOC(intl_city(r)[0]), ". ")
    d("I translated at every appointment at the clinic on ", r.choice(["Main Street", "the corner of 5th"]), ", and that is why I want to be a nurse.\n\n")
    rc = P(r)
    d("Recommender: ", r.choice(["Ms. ", "Mr. ", "Dr. "]), PER(nm(r, rc, r.choice(["fl", "l"]))), " <", EML(email(r, rc, "district.k12.us")), ">\n")
    d("Transcript deadline: ", DT(fdate(r, rdate(r), "us")), "\n")
    d("Finalist interview: ", DT(fdt(r, rdate(r), "us", r.randint(9, 17), r.choice([0, 30]))), " via Zoom ",
      URL(f"https://us02web.zoom.us/j/{_dg(r, 11)}"), "  Passcode: ", PW(passcode(r)), "\n")


def dom_moving_quote_email(d, r):
    cust = P(r)
    co = r.choice(["Two Guys & A Truck", "Atlas Van Lines agent", "BlueBox Movers", "Allied Pioneer Relocation"])
    a1 = addr(r, "US")
    a2 = addr(r, "US")
    d("Subject: Your moving estimate #Q-", _dg(r, 6), " — ", LOC(a1["city"]), " → ", LOC(a2["city"]), "\n\n")
    d("Dear ", r.choice(["Mr. ", "Ms. ", "Mx. ", ""]), PER(nm(r, cust, "l")), ",\n\n")
    mv = rdate(r)
    d("Thank you for choosing ", co, ". Below is the binding estimate for your move on ", DT(fdate(r, mv, "us")),
      " (crew arrival window ", DT(ftime(r, 8, 0)), "–", DT(ftime(r, 10, 0)), ").\n\n")
    d("ORIGIN:\n", ADR("\n".join(a1["lines"])), "\n", r.choice(["2nd floor walk-up", "elevator — reserve with super", "house, long carry"]), "\n\n")
    d("DESTINATION:\n", ADR("\n".join(a2["lines"])), "\n\n")
    d("Inventory: ", r.randint(1, 4), "BR, ", r.randint(20, 90), " boxes, ", r.choice(["upright piano", "gun safe", "king bed", "treadmill"]),
      ". Est. weight ", f"{r.randint(3000, 12000):,}", " lbs, distance ", f"{r.randint(40, 2400):,}", " mi.\n")
    d("Total (binding): ", amount(r, 1200, 9800), "  |  Deposit due: ", amount(r, 100, 500), "  |  Valuation: full value protection\n\n")
    d("To secure the date, reply with payment details or call ", PH(phone(r, "TOLL")), ".\n\n")
    d("Best regards,\n", PER(nm(r, P(r), "fl")), "\nMove Coordinator, ", co, "\n", PH(phone(r, "US", a1["region"])), "\n\n")
    d(PER(nm(r, cust, "fl")), " <", EML(email(r, cust)), "> wrote:\n")
    if r.random() < 0.6:
        d("> Please charge the deposit to my ", r.choice(["Visa", "Mastercard", "Amex", "card"]), " ", CC(card(r)), ", billing zip ",
          a1["postcode"], ".\n")
    else:
        d("> Card on file (", masked_card(r), ") is fine for the deposit.\n")
    d("> My cell is ", PH(phone(r, "US")), " — the building needs a COI, super is ", PER(nm(r, P(r), "fl")), " (",
      EML(email(r)), ").\n")
    d("> Also can you hold the piano until ", r.choice(["Tuesday", "the weekend", "next month"]), "?\n")


def dom_fire_dept_roster_csv(d, r):
    c, s = city_st(r)
    d("# ", LOC(c), " Volunteer Fire Dept — member roster export — CONFIDENTIAL — generated run ", uuid(r)[:8], "\n")
    cols = ["MemberID", "Name", "Rank", "Cell", "Email", "Home Address", "DL Number", "EVOC Exp", "CPR Exp", "Badge"]
    sep = r.choice([",", ",", ";", "\t"])
    d(sep.join(cols), "\n")
    for _ in range(r.randint(3, 6)):
        p = P(r)
        a = addr(r, "US")
        row = [f"M{_dg(r, 4)}", PER(nm(r, p, r.choice(["LF", "fl", "LF"]))), r.choice(["FF", "Lt.", "Capt.", "EMT", "Probie", "Chief"]),
               PH(phone(r, "US", s)), EML(email(r, p)) if r.random() < 0.85 else "",
               ADR(a["one"]), DL(dl_num(r, r.choice(["CA", "TX", "IL", "FL", "WA"]))) if r.random() < 0.8 else "",
               DT(fdate(r, rdate(r, 2024, 2027), "us", r.choice([0, 4]))), DT(fdate(r, rdate(r, 2024, 2026), "us", 0)) if r.random() < 0.8 else "expired",
               str(r.randint(100, 999))]
        csv_row(d, row, sep)
    d("# apparatus: Engine ", r.randint(1, 9), " plate ", plate(r), " / VIN ", vin(r), "; Tanker ", r.randint(10, 19), " out of service\n")


def dom_youth_soccer_registration(d, r):
    kid = P(r)
    par = P(r)
    par["last"] = kid["last"] if r.random() < 0.7 else par["last"]
    c, s = city_st(r)
    d(r.choice(["Westside", "Riverbend", "Eastlake", "Mesa Verde"]), " Youth Soccer Association — ", r.choice(["Fall", "Spring"]), " ",
      r.randint(2024, 2025), " Player Registration\n\n")
    d("PLAYER\n  First name: ", PER(kid["first"]), "\n  Last name: ", PER(kid["last"]), "\n  Date of birth: ",
      DOB(fdate(r, rdob(r, 2010, 2019), "us")), "   Division: U", r.choice([8, 10, 12, 14]), "   Jersey size: YM #", r.randint(1, 30), "\n")
    d("  School: ", r.choice(["Martin Luther King Jr. Elementary", "Lakeview Middle", "St. Agnes School"]), ", grade ", r.randint(2, 8), "\n\n")
    d("PARENT / GUARDIAN 1\n  Name: ", PER(nm(r, par, "fl")), "   Relationship: ", r.choice(["Mother", "Father", "Stepmother", "Grandfather"]), "\n")
    d("  Cell: ", PH(phone(r, "US", s)), "   Email: ", EML(email(r, par)), "\n")
    if r.random() < 0.6:
        p2 = P(r)
        d("PARENT / GUARDIAN 2\n  Name: ", PER(nm(r, p2, "fl")), "   Cell: ", PH(phone(r, "US")), "\n")
    a = addr(r, "US")
    d("  Home address: ", ADR(a["one"]), "\n\nMEDICAL\n")
    d("  Insurance: ", r.choice(["Aetna", "Kaiser", "Medicaid / CHIP", "Tricare", "BCBS"]), "   Member ID: ", HPN(health_plan(r)),
      "   Group #: ", _dg(r, 6), "\n")
    doc = P(r)
    d("  Pediatrician: Dr. ", PER(nm(r, doc, r.choice(["l", "fl"]))), ", ", PH(phone(r, "US", s)), "\n")
    d("  Allergies / conditions: ", r.choice(["peanuts (EpiPen in bag)", "asthma — albuterol HFA", "none", "bee stings", "ADHD — methylphenidate ER 18 mg AM"]), "\n")
    ec = P(r)
    d("  Emergency contact (not a parent): ", PER(nm(r, ec, "fl")), " ", PH(phone(r, "US")), "\n\n")
    d("Authorized for pickup: ", PER(nm(r, P(r), "fl")), ", ", PER(nm(r, P(r), "f")), " (aunt)\n")
    d("Volunteer: ", r.choice(["can help coach", "snack schedule", "referee (certified)", "no"]), "\n")
    if r.random() < 0.5:
        d("Payment: ", amount(r, 90, 260), " by card ", CC(card(r)), "\n")
    else:
        d("Payment: ", amount(r, 90, 260), " by card ", masked_card(r), " — scholarship code applied\n")
    d("\nFirst practice: ", DT(fdt(r, rdate(r), "us", r.choice([17, 18]), r.choice([0, 30]))), " at ", r.choice(["Field 4", "Memorial Park field B"]),
      ". Picture day ", DT(fdate(r, rdate(r), "us")), ". Games are ", r.choice(["Saturdays", "Sundays"]), ".\n")


def dom_dmv_title_transfer(d, r):
    st = r.choice(list(US_STATE_NAMES))
    d("DEPARTMENT OF MOTOR VEHICLES — Title & Registration Division\nAPPLICATION FOR CERTIFICATE OF TITLE / TRANSFER (Form MV-",
      r.randint(1, 99), ")\nState of title: ", LOC(US_STATE_NAMES[st]), "\n\n")
    yr = r.randint(2008, 2022)
    d("VEHICLE: ", yr, " ", r.choice(["Honda CR-V", "Ford F-150", "Toyota Camry", "Subaru Outback", "Tesla Model 3"]), "   VIN: ", vin(r),
      "   Plate: ", plate(r), "\n  Odometer: ", f"{r.randint(8000, 210000):,}", " mi (actual mileage)   Color: ",
      r.choice(["Silver", "Blue", "Black", "White"]), "\n\n")
    se = P(r)
    d("SELLER\n  Name: ", PER(nm(r, se, r.choice(["LFU", "fl", "fml"]))), "\n  DL #: ", DL(dl_num(r, r.choice(["CA", "FL", "NY", "TX", "IL"]))),
      "\n  Address: ", ADR(addr(r, "US")["one"]), "\n  Phone: ", PH(phone(r, "US")), "\n\n")
    bu = P(r)
    d("BUYER\n  Name: ", PER(nm(r, bu, r.choice(["LFU", "fl", "fml"]))), "\n  DOB: ", DOB(fdate(r, rdob(r, 1950, 2005), "us")),
      "   DL #: ", DL(dl_num(r, r.choice(["CA", "FL", "NY", "TX", "IL", "WA"]))), "\n  Address: ", ADR(addr(r, "US")["one"]),
      "\n  Email: ", EML(email(r, bu)), "\n\n")
    sd = rdate(r)
    d("Sale date: ", DT(fdate(r, sd, "us")), "   Purchase price: ", amount(r, 1500, 38000), "   Sales tax: ", amount(r, 100, 2400), "\n")
    if r.random() < 0.5:
        d("Lienholder: ", r.choice(["Navy Federal Credit Union", "Capital One Auto Finance", "Ally Financial"]), ", loan account # ",
          ACC(_dg(r, r.choice([10, 12]))), ", ", ADR(po_box(r)), "\n")
    else:
        d("Lienholder: none (lien released ", DT(fdate(r, sd - dt.timedelta(days=r.randint(10, 400)), "us")), ")\n")
    d("\nSeller signature: /s/ ", PER(nm(r, se, "fl")), "   Date signed: ", DT(fdate(r, sd, "us")), "\n")
    d("Buyer signature: /s/ ", PER(nm(r, bu, "fl")), "\n\nFOR OFFICE USE ONLY — receipt #", _dg(r, 8), ", fee ", amount(r, 30, 140),
      ", clerk ", rs(r, 3, string.ascii_uppercase), "\n")


def dom_fax_cover_ocr(d, r):
    o = lambda s: ocr(r, s, r.uniform(0.02, 0.06))
    c, s = city_st(r)
    clinic = r.choice(["MERCY FAMILY CLINIC", "LAKESIDE ORTHOPEDICS", "SUNRISE PEDIATRICS", "VALLEY CARDIOLOGY"])
    day = rdate(r)
    d(f"{MON['en'][day.month - 1][:3].upper()}-{day.day:02d}-{day.year} {r.randint(7, 18):02d}:{r.randint(0, 59):02d}",
      o(f" FROM:{clinic} "), PH(f"{US_AREA[s]}{r.randint(201, 989)}{_dg(r, 4)}"), o(f"   P.1/{r.randint(2, 9)}\n\n"))
    d(o("F A X   C O V E R   S H E E T\n\n"))
    to = P(r)
    d(o("To: "), "Dr. ", PER(nm(r, to, r.choice(["fl", "FLU", "l"]))), o(f" / {r.choice(['Utilization Review', 'Records Dept', 'Prior Auth Unit'])}\n"))
    d(o("Fax: "), PH(phone(r, "US")), o("     Phone: "), PH(phone(r, "US")), "\n")
    fr = P(r)
    d(o("From: "), PER(nm(r, fr, r.choice(["fl", "FLU"]))), o(f", {r.choice(['MA', 'RN', 'Referral Coordinator'])} — {clinic.title()}\n"))
    d(o("Fax: "), PH(phone(r, "US", s)), o("     Date: "), DT(fdate(r, day, "us")), o(f"     Pages (incl. cover): {r.randint(2, 9)}\n\n"))
    p = P(r)
    d(o("RE: Prior authorization — pt "), PER(nm(r, p, "LFU")), o("  DOB "), DOB(fdate(r, rdob(r), "us")), o("  Member ID "),
      HPN(health_plan(r)), "\n")
    d(o("Message: Please see attached office notes and imaging for the above patient (our MRN "), MRN(mrn(r)),
      o(f"). Requested: {r.choice(['MRI L-spine', 'sleep study', 'cardiac cath', 'PT 12 visits'])}, CPT {r.choice(CPT)}, dx {r.choice(ICD)}. "),
      o("Please call back at "), PH(phone(r, "US", s)), o(" before "), DT(ftime(r, r.randint(14, 17), 0)), o(" if anything is missing.\n\n"))
    d(o("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received this in error, notify the sender "
        "and destroy all copies. Re-disclosure is prohibited by 42 CFR Part 2.\n"))


def dom_mysql_general_log(d, r):
    d("/usr/sbin/mysqld, Version: 8.0.", r.randint(28, 39), " (MySQL Community Server - GPL). started with:\n")
    d("Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock\nTime                 Id Command    Argument\n")
    day = rdate(r)
    tid = r.randint(10, 900)

    def ln(cmd):
        d(log_ts(r, day, 0)[:-1] + _dg(r, 3) + "Z", f"\t{tid:>5} {cmd}\t")
    ln("Connect")
    d(r.choice(["app", "svc_orders", "report"]), "@", IP(ip4(r, True)), " on ", r.choice(["shop", "crm", "billing"]), " using TCP/IP\n")
    for _ in range(r.randint(3, 5)):
        p = P(r, apos=False)
        k = r.randrange(6)
        ln("Query")
        if k == 0:
            d("SELECT id, first_name, last_name FROM customers WHERE email = '", EML(email(r, p)), "' LIMIT 1\n")
        elif k == 1:
            d("INSERT INTO customers (first_name, last_name, phone, dob, created_at) VALUES ('", PER(p["first"]), "', '",
              PER(p["last"]), "', '", PH(any_phone(r)), "', '", DOB(fdate(r, rdob(r), "iso")), "', NOW())\n")
        elif k == 2:
            d("UPDATE payment_methods SET pan = '", CC(card(r, style=2)), "', updated_at = NOW() WHERE customer_id = ", r.randint(1000, 99999), "\n")
        elif k == 3:
            d("UPDATE customers SET ssn = '", SSN(ssn(r, 0)), "' WHERE id = ", r.randint(1000, 99999), "\n")
        elif k == 4:
            d("SELECT * FROM orders WHERE order_no = '", order_no(r), "' AND status IN ('paid','shipped')\n")
        else:
            a = addr(r, "US")
            d("UPDATE addresses SET line1 = '", ADR(a["street"]), "', city = '", LOC(a["city"]), "', state = '", LOC(a["region"]),
              "', zip = '", a["postcode"], "' WHERE customer_id = ", r.randint(1000, 99999), "\n")
    if r.random() < 0.7:
        ln("Query")
        d("CREATE USER IF NOT EXISTS 'etl'@'%' IDENTIFIED BY '", PW(password(r)), "'\n")
    else:
        ln("Query")
        d("ALTER USER 'etl'@'%' IDENTIFIED BY <secret>\n")
    ln("Query")
    d("SELECT COUNT(*) FROM audit_events WHERE created_at > FROM_UNIXTIME(", epoch(r), ")\n")
    ln("Quit")
    d("\n")


def dom_game_account_recovery(d, r):
    p = P(r)
    game = r.choice(["Vanta Arena", "Skyforge Online", "Pixel Kart Legends", "Ironclad Tactics"])
    d("Ticket #", _dg(r, 7), " — Account recovery (compromised)   Game: ", game, "   Priority: P2\n")
    d("Player ID: ", _dg(r, 10), "   Username: ", r.choice(["xX_", "", "the"]), rs(r, 6, string.ascii_lowercase), r.randint(1, 999), "\n")
    d("Submitted by: ", PER(nm(r, p, r.choice(["fl", "low"]))), " <", EML(email(r, p)), ">\n\n")
    d("Customer message:\n")
    bad = P(r)
    cc = r.choice(["US", "GB", "DE", "BR", "PH", "MX", "PL"])
    cty, ctry = intl_city(r, cc) if cc != "US" else city_st(r)
    d("hey my account got hacked ", r.choice(["yesterday", "last night", "2 days ago"]), ". they changed the email to ",
      EML(email(r, bad, r.choice(["proton.me", "mail.ru", "outlook.com"]))), " and my password. my real email is the one above. ")
    if r.random() < 0.35:
        d("i bought the season pass with my ", r.choice(["mom's", "dad's", "own"]), " card ", CC(card(r)), " (", amount(r, 9, 60), "). ")
    else:
        d("i bought the season pass with my ", r.choice(["mom's", "dad's", "own"]), " card ", masked_card(r), " (", amount(r, 9, 60), "). ")
    if r.random() < 0.7:
        d("my birthday is ", DOB(fdate(r, rdob(r, 1995, 2010), "us")), " if that helps. ")
    if r.random() < 0.6:
        d("my old password was ", PW(password(r)), " i know its bad lol. ")
    d("im in ", LOC(f"{cty}, {ctry}"), " so any login from somewhere else isnt me\n\n")
    d("Internal notes:\n- Login history: ")
    for k in range(r.randint(2, 3)):
        if k:
            d("; ")
        ci, co = intl_city(r)
        d(IP(any_ip(r)), " (", LOC(f"{ci}, {co}"), ", ", r.choice(["VPN ASN", "residential", "mobile"]), ")")
    d("\n- Recovery code sent by SMS to ", PH(any_phone(r)), r.choice([" — verified.", " — no response."]), "\n")
    d("- 2FA reset; all sessions revoked. Purchase history matches order ", order_no(r), ".\n")
    d("- Handled by ", PER(nm(r, P(r), "f")), " (T2). Macro: ACCT_RESTORE_v", r.randint(2, 5), ".\n")


def dom_prison_visitation(d, r):
    inm = P(r)
    vis = P(r)
    c, s = city_st(r)
    d("DEPARTMENT OF CORRECTIONS — VISITOR APPLICATION (", r.choice(["DC-", "Form V-"]), r.randint(100, 999), ")\n\n")
    d("Inmate name: ", PER(nm(r, inm, "LFU")), "   DOC #: ", _dg(r, 6), "   Housing: ", r.choice("ABCDE"), "-", r.randint(1, 4), "-",
      r.randint(10, 60), "\n")
    d("Facility: ", r.choice(["North Branch", "Riverside", "Coyote Ridge", "Central"]), " Correctional Facility, ", LOC(f"{c}, {s}"), "\n\n")
    d("VISITOR\n  Name: ", PER(nm(r, vis, r.choice(["fl", "fml", "LF"]))), "\n  DOB: ", DOB(fdate(r, rdob(r, 1945, 2005), "us")), "\n")
    if r.random() < 0.7:
        d("  SSN: ", SSN(ssn(r)), "\n")
    else:
        d("  SSN: ", masked_ssn(r), "\n")
    st = r.choice(list(US_STATE_NAMES))
    d("  ID: driver license ", DL(dl_num(r, r.choice(["CA", "NY", "TX", "FL", "IL", "WA"]))), " (", LOC(US_STATE_NAMES[st]), ")\n")
    d("  Address: ", ADR(addr(r, "US")["one"]), "\n  Phone: ", PH(phone(r, "US")), "   Email: ", EML(email(r, vis)), "\n")
    d("  Relationship to inmate: ", r.choice(["spouse", "mother", "sister", "friend", "attorney"]), "\n")
    d("  Felony conviction? ", r.choice(["No", "Yes — 2011, possession, discharged"]), "\n  On probation/parole? No\n\n")
    if r.random() < 0.6:
        kid = P(r)
        kid["last"] = vis["last"]
        d("MINOR VISITORS\n  ", PER(nm(r, kid, "fl")), ", DOB ", DOB(fdate(r, rdob(r, 2010, 2020), "us")), " (birth certificate attached)\n\n")
    d("Requested first visit: ", DT(fdt(r, rdate(r), "us", r.choice([8, 9, 13, 14]), 0)), "\n")
    d("Vehicle: plate ", plate(r), ", ", r.choice(["gray Nissan Sentra", "red Ford Focus"]), "\n")
    d("Reviewed by: Sgt. ", PER(nm(r, P(r), "l")), "   Decision: ", r.choice(["APPROVED", "PENDING background", "DENIED — incomplete"]), "\n")


def dom_dating_app_safety_report(d, r):
    rep = P(r)
    bad = P(r)
    d("Trust & Safety case TS-", _dg(r, 7), "   App: ", r.choice(["Kindred", "Spark", "MeetCute", "Amora"]),
      "   Category: ", r.choice(["romance scam / off-platform solicitation", "harassment", "financial fraud"]), "\n")
    d("Reporter: uid ", _dg(r, 9), " (display name \"", PER(nm(r, rep, "f")), "\")\nReported: uid ", _dg(r, 9),
      " (display name \"", PER(nm(r, bad, "f")), "\", handle @", rs(r, 8, string.ascii_lowercase), ")\n\n")
    cty, ctry = intl_city(r)
    d("Reporter statement:\n\"we matched on ", DT(fdate(r, rdate(r), r.choice(["us", "gb"]))), " and after a few days he wanted to move to whatsapp and sent his number ",
      PH(any_phone(r)), ". said he is an engineer on an oil rig near ", LOC(ctry), " and needed money for a customs fee. ")
    if r.random() < 0.5:
        d("he sent bank details ", IBN(iban(r)), " for someone called ", PER(nm(r, P(r), "fl")), ". ")
    else:
        d("he wanted gift cards or crypto via ", URL(f"https://{r.choice(['coinvaultx', 'swiftwallet-pay', 'safe-escrow24'])}.com/pay/{rs(r, 10)}"), ". ")
    d("my friend ", PER(nm(r, P(r), "lowf")), " said his photos are of a model from ", LOC(cty), "\"\n\nChat excerpt (exported):\n")
    t = r.randint(19 * 60, 23 * 60)
    bn = nm(r, bad, "f")
    rn = nm(r, rep, "f")
    lines = [(bn, "hey gorgeous 😍 how was ur day"), (rn, "good! u?"), (bn, None), (rn, "lol ok"), (bn, "my sister can send u the form, her email is ")]
    for who, msg in lines:
        t += r.randint(1, 5)
        d(f"[{t // 60:02d}:{t % 60:02d}] ", PER(who), ": ")
        if msg is None:
            d("text me here better ", PH(any_phone(r)))
        elif msg.endswith("is "):
            d(msg, EML(email(r)))
        else:
            d(msg)
        d("\n")
    d("\nModerator notes: reported account IPs ", IP(any_ip(r)), ", ", IP(any_ip(r)), "; device ", uuid(r), "; ",
      r.choice(["5 prior reports", "new account (<7 days)", "photos match stock image set"]), ".\nAction: ",
      r.choice(["banned + device block", "shadow-ban pending review", "escalated to LE liaison"]), " by ", PER(nm(r, P(r), "fl")), ".\n")


# ---------------------------------------------------------------------------
# negative domains (only hard negatives)
# ---------------------------------------------------------------------------
def neg_build_manifest(d, r):
    svc = r.choice(["payments-service", "ledger-api", "notify-worker", "search-indexer"])
    v = version(r)
    obj = {"name": svc, "version": v, "commit": sha(r), "shortCommit": sha(r, 7), "buildNumber": r.randint(100, 9999),
           "builtAtEpoch": int(epoch(r)), "durationSeconds": r.randint(40, 900),
           "image": f"registry.internal/{svc}:{v}@sha256:{sha(r, 64)}",
           "artifacts": [{"file": f"{svc}-{v}.tar.gz", "sha256": sha(r, 64), "size": r.randint(10 ** 5, 10 ** 8)},
                         {"file": "sbom.spdx.json", "sha256": sha(r, 64), "size": r.randint(10 ** 3, 10 ** 6)}],
           "dependencies": {"express": "4.18.2", "pg": "8.11.3", "stripe": version(r), "jsonwebtoken": "9.0.2"},
           "env": {"DB_PASSWORD": "${DB_PASSWORD}", "STRIPE_SECRET_KEY": "${{ secrets.STRIPE_SECRET_KEY }}",
                   "AWS_ACCESS_KEY_ID": "${AWS_ACCESS_KEY_ID}", "JWT_SIGNING_KEY": "<redacted>",
                   "GITHUB_TOKEN": "${{ secrets.GITHUB_TOKEN }}"},
           "traceId": uuid(r), "pipeline": f"release/{v}", "retentionDays": 30}
    jdump(d, obj, indent=2)
    d("\n\nchecksum ", sha(r, 64), "  ", svc, "-", v, ".tar.gz\nOK: build ", r.randint(100, 9999), " finished in ",
      r.choice(DURATIONS), " on runner ", rs(r, 8, HEX), "\n")


def neg_masked_export(d, r):
    d("# export generated with PII masking profile 'support-tier1' — values below are masked\n")
    d("customer_ref,name,email,phone,ssn,card,dob,iban\n")
    for _ in range(r.randint(5, 9)):
        cr = f"CUST-{_dg(r, 6)}"
        nm_ = f"{r.choice(string.ascii_uppercase)}*** {r.choice(string.ascii_uppercase)}****"
        em = f"{r.choice(string.ascii_lowercase)}***@*****.{r.choice(['com', 'de', 'net'])}"
        ph = r.choice([f"(***) ***-**{_dg(r, 2)}", f"+** *** *** {_dg(r, 3)}", "[REDACTED]"])
        d(cr, ",", nm_, ",", em, ",", ph, ",", masked_ssn(r), ",", masked_card(r).replace("ending in ", "****"), ",",
          r.choice(["**/**/19**", "****-**-**", "[REDACTED]"]), ",", r.choice(["DE** **** **** **** **** 12", "GB**NWBK********1234", "[REDACTED]"]), "\n")
    d("# rows: masked; tokens: tok_", rs(r, 16, HEX), " (vault lookup only)\n# rejected (checksum fail): card ", bad_card(r),
      "; ssn ", bad_ssn(r), "; ssn ", bad_ssn(r), "\n")


def neg_prometheus_metrics(d, r):
    svc = r.choice(["checkout", "auth", "billing", "search"])
    d("# HELP http_request_duration_seconds Request latency\n# TYPE http_request_duration_seconds histogram\n")
    ts = int(epoch(r)) * 1000
    for le in ["0.005", "0.05", "0.25", "1", "+Inf"]:
        d(f'http_request_duration_seconds_bucket{{service="{svc}",route="/v2/orders/:id",le="{le}"}} {r.randint(100, 90000)} {ts}\n')
    d(f'http_request_duration_seconds_sum{{service="{svc}"}} {r.uniform(100, 9000):.3f}\n')
    d("# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.\n")
    d(f"process_start_time_seconds {epoch(r)}\n")
    d(f'build_info{{version="{version(r)}",revision="{sha(r, 12)}",goversion="go1.{r.randint(19, 22)}.{r.randint(0, 9)}"}} 1\n')
    d(f'up{{instance="node-exporter-{rs(r, 5, HEX)}:9100",job="node"}} 1\n')
    for m in ["payment_amount_cents_total", "card_tokens_issued_total", "ssn_lookups_denied_total", "password_resets_total"]:
        d(f'{m}{{service="{svc}",region="{r.choice(["use1", "euw1", "apse2"])}"}} {r.randint(0, 10 ** 7)}\n')
    d(f"# scrape took {r.randint(3, 900)}ms; next scrape in {r.choice(['15s', '30s', '1m'])}\n")
    d(f"# alert SLOBurn fired {r.choice(RELATIVE)} for {r.choice(DURATIONS)} (runbook RB-{_dg(r, 3)})\n")


def neg_sql_migration(d, r):
    n = r.randint(10, 99)
    d(f"-- V{n}__add_kyc_columns.sql  (flyway {version(r)})\n-- NOTE: never store raw PAN/SSN here; use token columns only.\n\n")
    d("ALTER TABLE customers\n  ADD COLUMN ssn_token        VARCHAR(64),\n  ADD COLUMN ssn_last4        CHAR(4),\n"
      "  ADD COLUMN card_fingerprint CHAR(64),\n  ADD COLUMN dob_year         SMALLINT,\n  ADD COLUMN email_hash       CHAR(64);\n\n")
    d("CREATE INDEX idx_customers_email_hash ON customers (email_hash);\n\n")
    d("-- test fixtures (synthetic, invalid by construction)\nINSERT INTO customers (id, ssn_token, ssn_last4, card_fingerprint) VALUES\n")
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append(f"  ({r.randint(1, 9999)}, 'tok_{rs(r, 20, HEX)}', '{_dg(r, 4)}', '{sha(r, 64)}')")
    d(",\n".join(rows), ";\n\n")
    d(f"-- rejected sample values: '{bad_ssn(r)}' (invalid area), '{bad_card(r)}' (fails Luhn)\n")
    d("UPDATE settings SET value = '${KYC_PROVIDER_API_KEY}' WHERE key = 'kyc.api_key';\n")
    d(f"-- estimated runtime {r.choice(DURATIONS)} on {r.randint(2, 90)}M rows; run during the {r.choice(['Tuesday', 'Sunday'])} window\n")


def neg_formulary(d, r):
    d("PHARMACY & THERAPEUTICS — FORMULARY EXCERPT (tier changes effective next plan year)\n")
    d("| Drug | NDC | Tier | PA | Qty limit | Cost share |\n|---|---|---|---|---|---|\n")
    for drug in r.sample(DRUGS, r.randint(5, 8)):
        d(f"| {drug} | {_dg(r, 5)}-{_dg(r, 4)}-{_dg(r, 2)} | {r.randint(1, 5)} | {r.choice(['Y', 'N'])} | {r.randint(30, 120)}/30d | "
          f"{amount(r, 0, 150)} |\n")
    d(f"\nStep therapy: trial of {r.choice(DRUGS)} for {r.choice(['30 days', '8 weeks', '90 days'])} required. Applies to dx {r.choice(ICD)}, "
      f"{r.choice(ICD)}; lab monitoring LOINC {r.choice(LOINC)} every {r.choice(['3 months', '6 months'])}.\n")
    d(f"Prescriber NPI format check: {npi(r)} (valid), group {_dg(r, 6)}, BIN {_dg(r, 6)}, PCN {rs(r, 6, string.ascii_uppercase)}.\n")
    d(f"Committee vote {r.randint(5, 11)}-{r.randint(0, 3)}; next review in {r.choice(['Q2', 'Q3'])}. Rebate contract {order_no(r)}.\n")


def neg_warehouse_cycle_count(d, r):
    dc = f"DC-{r.randint(1, 40):02d}"
    d(f"CYCLE COUNT — {dc} — zone {r.choice('ABCDEFG')}{r.randint(1, 9)} — wave {r.randint(100, 999)}\n")
    d("bin       sku            lot        expected  counted  var   pallet SSCC\n")
    for _ in range(r.randint(6, 10)):
        e = r.randint(0, 400)
        c = e + r.choice([0, 0, 0, -1, 2, -12])
        d(f"{r.choice('ABCDEFG')}{r.randint(1, 40):02d}-{r.randint(1, 9)}-{r.randint(1, 6)}   SKU-{_dg(r, 6)}     L{_dg(r, 6)}    "
          f"{e:>6}   {c:>6}  {c - e:>4}   00{_dg(r, 16)}\n")
    d(f"\nMis-scanned labels (reject): {bad_card(r)}, {bad_card(r)}; part no. {bad_ssn(r)} (legacy numbering)\n")
    d(f"Inbound: {order_no(r)} via carrier tracking {order_no(r)}, trailer {plate(r)}, dock door {r.randint(1, 30)}.\n")
    d(f"Counted by badge {_dg(r, 5)} in {r.choice(DURATIONS)}; recount scheduled {r.choice(RELATIVE)}. Shrink value {amount(r, 0, 3000)}.\n")


POSITIVE = {
    "bail_bond_intake": dom_bail_bond_intake,
    "school_nurse_log": dom_school_nurse_log,
    "k8s_audit_log": dom_k8s_audit_log,
    "nginx_access_log": dom_nginx_access_log,
    "salesforce_csv_export": dom_salesforce_csv_export,
    "sleep_clinic_report": dom_sleep_clinic_report,
    "speech_therapy_de_es": dom_speech_therapy_multilingual,
    "rail_delay_refund_chat": dom_rail_delay_refund_chat,
    "bug_bounty_report": dom_bug_bounty_report,
    "jira_ticket_export": dom_jira_ticket_export,
    "hl7_adt_oru": dom_hl7_adt_oru,
    "home_insurance_adjuster": dom_home_insurance_adjuster_notes,
    "tax_preparer_intake": dom_tax_preparer_intake,
    "ambulance_run_report": dom_ambulance_run_report,
    "terraform_plan": dom_terraform_plan,
    "notary_journal": dom_notary_journal,
    "fhir_bundle": dom_fhir_bundle,
    "x12_834_enrollment": dom_edi_834,
    "vcard_export": dom_vcard_export,
    "ansible_run": dom_ansible_run,
    "secret_scanner_json": dom_secret_scanner_report,
    "blood_donor_screening": dom_blood_donor_screening,
    "interpreter_booking_email": dom_interpreter_booking_email,
    "gedcom_family_tree": dom_gedcom,
    "scholarship_application": dom_scholarship_application,
    "moving_quote_email": dom_moving_quote_email,
    "fire_dept_roster_csv": dom_fire_dept_roster_csv,
    "youth_soccer_registration": dom_youth_soccer_registration,
    "dmv_title_transfer": dom_dmv_title_transfer,
    "fax_cover_ocr": dom_fax_cover_ocr,
    "mysql_general_log": dom_mysql_general_log,
    "game_account_recovery": dom_game_account_recovery,
    "prison_visitation_request": dom_prison_visitation,
    "dating_app_safety_report": dom_dating_app_safety_report,
}
NEGATIVE = {
    "neg_build_manifest": neg_build_manifest,
    "neg_masked_export": neg_masked_export,
    "neg_prometheus_metrics": neg_prometheus_metrics,
    "neg_sql_migration": neg_sql_migration,
    "neg_formulary": neg_formulary,
    "neg_warehouse_cycle_count": neg_warehouse_cycle_count,
}
POS_KEYS = list(POSITIVE)
NEG_KEYS = list(NEGATIVE)


def make_doc(seed, i):
    r = random.Random(f"{seed}-{i}")
    if r.random() < 0.10:
        dom = r.choice(NEG_KEYS)
        fn = NEGATIVE[dom]
    else:
        dom = r.choice(POS_KEYS)
        fn = POSITIVE[dom]
    d = Doc()
    fn(d, r)
    text = d.text()
    # trim trailing whitespace (never inside an entity)
    stripped = text.rstrip()
    if d.ents and d.ents[-1]["end"] > len(stripped):
        stripped = text
    return {"id": f"blind17-{seed}-{i:06d}", "domain": dom, "text": stripped,
            "entities": sorted(d.ents, key=lambda e: (e["start"], e["end"]))}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _validate(docs):
    errs = []
    for doc in docs:
        t = doc["text"]
        prev_end = -1
        for e in doc["entities"]:
            s, en, ty = e["start"], e["end"], e["type"]
            if ty not in TYPESET:
                errs.append((doc["id"], "bad type", ty))
            if not (0 <= s < en <= len(t)):
                errs.append((doc["id"], "out of range", e))
                continue
            v = t[s:en]
            if v != v.strip():
                errs.append((doc["id"], "whitespace", v))
            if s < prev_end:
                errs.append((doc["id"], "overlap", e))
            prev_end = max(prev_end, en)
            if ty == "CREDIT_CARD" and not luhn_ok(v):
                errs.append((doc["id"], "luhn", v))
            if ty == "IBAN_CODE" and not iban_ok(v):
                errs.append((doc["id"], "iban", v))
            if ty == "US_SSN":
                dg = "".join(c for c in v if c.isdigit())
                if len(dg) != 9 or dg[:3] in ("000", "666") or dg[0] == "9" or dg[3:5] == "00" or dg[5:] == "0000":
                    errs.append((doc["id"], "ssn", v))
            if ty in ("PERSON", "LOCATION") and any(c.isdigit() for c in v):
                errs.append((doc["id"], "digit in name/location", v))
            if ty in ("URL",) and not v.startswith(("http://", "https://")):
                errs.append((doc["id"], "url scheme", v))
            if ty == "AWS_SECRET_KEY" and len(v) != 40:
                errs.append((doc["id"], "aws secret len", v))
            if ty == "PRIVATE_KEY" and not (v.startswith("-----BEGIN") and v.endswith("-----")):
                errs.append((doc["id"], "pem", v[:30]))
            if ty == "JWT" and v.count(".") != 2:
                errs.append((doc["id"], "jwt", v))
            if v[-1] in ".,;:!?)\"'" and ty not in ("PERSON",):
                errs.append((doc["id"], "trailing punct", ty, v))
            if ty == "PERSON" and v[-1] in ",;:!?)\"'":
                errs.append((doc["id"], "trailing punct", ty, v))
    return errs


def _highlight(doc):
    t = doc["text"]
    out = []
    pos = 0
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{e['type']}:{t[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        t0 = time.time()
        docs = list(generate(2000, a.seed))
        t1 = time.time()
        docs2 = list(generate(2000, a.seed))
        det = all(x == y for x, y in zip(docs, docs2))
        errs = _validate(docs)
        tc = Counter(e["type"] for doc in docs for e in doc["entities"])
        dc = Counter(doc["domain"] for doc in docs)
        lens = sorted(len(doc["text"]) for doc in docs)
        neg = sum(1 for doc in docs if not doc["entities"])
        negdom_with_ents = [doc["id"] for doc in docs if doc["domain"] in NEGATIVE and doc["entities"]]
        print(f"generated 2000 docs in {t1 - t0:.2f}s; deterministic={det}; errors={len(errs)}")
        for e in errs[:30]:
            print("  ERR", e)
        print("types never seen:", [t for t in TYPES if t not in tc])
        print("\nper-type counts:")
        for t in TYPES:
            print(f"  {t:24s} {tc.get(t, 0)}")
        print(f"\nper-domain counts ({len(dc)} domains; positive={len(POSITIVE)}, negative={len(NEGATIVE)}):")
        for k, v in sorted(dc.items()):
            print(f"  {k:28s} {v}")
        print(f"\nlength min={lens[0]} p5={lens[len(lens) // 20]} median={lens[len(lens) // 2]} "
              f"p95={lens[len(lens) * 19 // 20]} max={lens[-1]}; docs without entities={neg}; "
              f"negative docs with entities={len(negdom_with_ents)}")
        short = Counter(doc["domain"] for doc in docs if len(doc["text"]) < 300)
        long_ = Counter(doc["domain"] for doc in docs if len(doc["text"]) > 2500)
        if short:
            print("  short (<300):", dict(short))
        if long_:
            print("  long (>2500):", dict(long_))
        ok = det and not errs and not negdom_with_ents
        print("\nCHECK", "OK" if ok else "FAILED")
        return 0 if ok else 1
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(f"=== {doc['id']}  [{doc['domain']}]  {len(doc['entities'])} entities ===")
            print(_highlight(doc))
            print()
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
