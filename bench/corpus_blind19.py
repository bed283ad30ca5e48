#!/usr/bin/env python3.11
"""corpus_blind19 -- seeded, labelled synthetic corpus for PII/PHI/secrets detection.

Every document is built piece by piece with a small builder (``Doc``) that
records entity spans while text is appended, so offsets are exact by
construction (nothing is recovered by searching the finished text).

Document ``i`` is a pure function of ``(seed, i)``: each document uses its own
``random.Random(f"{seed}-{i}")``.

Domains (new for this corpus): hospice bereavement follow-up letters, union
grievance forms, CIOMS adverse-event reports, pharmacy compounding logs, USCIS
I-130 petitions, orthodontic treatment plans, student-housing maintenance
tickets, Freshdesk-style JSON exports with custom fields, Okta system logs,
Datadog alert notifications, pg_dump excerpts, Kafka consumer logs with
payloads, English customer e-mails from Japanese/Korean/Vietnamese writers,
Italian/Dutch/Polish letters, SWIFT MT103 messages, SEPA pain.001 XML,
medical-coding audit notes, chiropractic SOAP notes, HashiCorp Vault audit
logs, Helm values review comments, LDAP LDIF exports, newsletter subscriber
CSV exports, small-claims complaints, allergy immunotherapy logs, rideshare
incident reports, genetic counselling notes, timeshare rescission letters,
Slack channel JSON exports, probate estate inventories, bilingual vaccine
consent forms, vacation-rental host chat threads, OCR'd W-9 forms -- plus
about 10% negative documents (OpenAPI specs, masked KYC summaries, Grafana
dashboards, SKU inventory CSV, deploy pipeline logs, drug-interaction tables,
flight-ops boards) that contain only hard negatives.

Usage:
    python3.11 corpus_blind19.py --check
    python3.11 corpus_blind19.py --sample 3
    python3.11 corpus_blind19.py --n 500 --seed 7 --output out.jsonl

Written blind (without looking at the detector).
"""

from __future__ import annotations

import argparse
import base64
import datetime as _dt
import json
import random
import string
import sys
import time
import unicodedata
import uuid
from collections import Counter

# --------------------------------------------------------------------------
# entity types
# --------------------------------------------------------------------------
PER = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
SSN = "US_SSN"
CC = "CREDIT_CARD"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"
DOB = "DATE_OF_BIRTH"
DT = "DATE_TIME"
LOC = "LOCATION"
ADDR = "ADDRESS"
URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"
HPN = "HEALTH_PLAN_NUMBER"
ACCT = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"
AKID = "AWS_ACCESS_KEY"
ASK = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SLK = "SLACK_TOKEN"
STRIPE = "STRIPE_KEY"
JWT = "JWT"
PK = "PRIVATE_KEY"
PW = "PASSWORD"
SEC = "GENERIC_SECRET"

TYPES = frozenset(
    [
        PER,
        EM,
        PH,
        SSN,
        CC,
        IBAN,
        IP,
        DOB,
        DT,
        LOC,
        ADDR,
        URL,
        MRN,
        HPN,
        ACCT,
        DL,
        AKID,
        ASK,
        GH,
        SLK,
        STRIPE,
        JWT,
        PK,
        PW,
        SEC,
    ]
)


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
class Doc:
    """Append-only text builder that records entity spans as it goes."""

    __slots__ = ("r", "parts", "n", "ents")

    def __init__(self, r: random.Random):
        self.r = r
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict] = []

    def t(self, s: str) -> "Doc":
        if s:
            self.parts.append(s)
            self.n += len(s)
        return self

    def e(self, typ: str, s: str) -> "Doc":
        if typ is None:
            return self.t(s)
        if typ not in TYPES:
            raise ValueError(typ)
        if not s:
            return self
        start = self.n
        self.parts.append(s)
        self.n += len(s)
        self.ents.append({"start": start, "end": self.n, "type": typ})
        return self

    def x(self, *items) -> "Doc":
        """Append items: plain strings, or (TYPE, value) tuples for entities."""
        for it in items:
            if isinstance(it, tuple):
                self.e(it[0], it[1])
            else:
                self.t(it)
        return self

    def text(self) -> str:
        return "".join(self.parts)


class Ent:
    """A JSON string value that is one entity."""

    __slots__ = ("typ", "val")

    def __init__(self, typ, val):
        self.typ, self.val = typ, val


class Mix:
    """A JSON string value made of plain text and (TYPE, value) parts."""

    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def emit_json(d: Doc, obj, indent=2, lvl=0, compact=False, sep=(",", ":")):
    """Serialise obj (dict/list/str/num/Ent/Mix) into d, labelling Ent/Mix parts."""
    if isinstance(obj, Ent):
        d.t('"')
        d.e(obj.typ, jesc(obj.val))
        d.t('"')
    elif isinstance(obj, Mix):
        d.t('"')
        for p in obj.parts:
            if isinstance(p, tuple):
                d.e(p[0], jesc(p[1]))
            else:
                d.t(jesc(p))
        d.t('"')
    elif isinstance(obj, dict):
        if not obj:
            d.t("{}")
            return
        items = list(obj.items())
        if compact:
            d.t("{")
            for i, (k, v) in enumerate(items):
                if i:
                    d.t(sep[0])
                d.t(json.dumps(k, ensure_ascii=False) + sep[1])
                emit_json(d, v, indent, lvl + 1, compact, sep)
            d.t("}")
        else:
            d.t("{\n")
            for i, (k, v) in enumerate(items):
                d.t(" " * (indent * (lvl + 1)) + json.dumps(k, ensure_ascii=False) + ": ")
                emit_json(d, v, indent, lvl + 1, compact, sep)
                d.t(",\n" if i < len(items) - 1 else "\n")
            d.t(" " * (indent * lvl) + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]")
            return
        if compact:
            d.t("[")
            for i, v in enumerate(obj):
                if i:
                    d.t(sep[0])
                emit_json(d, v, indent, lvl + 1, compact, sep)
            d.t("]")
        else:
            d.t("[\n")
            for i, v in enumerate(obj):
                d.t(" " * (indent * (lvl + 1)))
                emit_json(d, v, indent, lvl + 1, compact, sep)
                d.t(",\n" if i < len(obj) - 1 else "\n")
            d.t(" " * (indent * lvl) + "]")
    else:
        d.t(json.dumps(obj, ensure_ascii=False))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
_N = {
    # origin: (male firsts, female firsts, surnames "|"-separated)
    "en": (
        "James Robert Michael Tyler Dwayne Garrett Wade Kevin Brandon Harold Curtis",
        "Mary Patricia Jennifer Brittany Megan Shirley Colleen Tamika Heather Dolores Kayla",
        "Smith|Johnson|Whitaker|Holloway|Brennan|Pruitt|McAllister|Thompson|Greer|Abernathy|Lindgren|Caldwell|Hutchins",
    ),
    "es": (
        "José Alejandro Javier Mateo Joaquín Rodrigo Emilio Héctor",
        "María Lucía Guadalupe Ximena Valentina Rosario Itzel Marisol",
        "García|Hernández|Rodríguez-Salas|de la Cruz|Villanueva|Ochoa|Márquez|Quintero|Zapata|Castellanos",
    ),
    "ja": (
        "Haruto Takeshi Kenji Ren Daisuke Hiroshi Sota",
        "Yui Aiko Sakura Hina Emi Naoko Yuka",
        "Tanaka|Watanabe|Yamamoto|Kobayashi|Nakamura|Sato|Inoue|Fujimoto|Matsuda",
    ),
    "ko": (
        "Min-jun Ji-ho Dong-hyun Jae-won Seung-woo Hyun-soo",
        "Seo-yeon Ha-eun Soo-ah Eun-ji Ji-woo Min-seo",
        "Kim|Park|Choi|Jeong|Yoon|Han|Lim|Kang|Shin",
    ),
    "vi": (
        "Minh Quang Duc Bao Tuan Hieu Khang",
        "Linh Huong Phuong Thao Anh Ngoc Trang",
        "Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui|Do",
    ),
    "zh": (
        "Wei Jun Haoran Zhiwei Hao Yichen",
        "Xiaoling Mei Yuxin Lan Jing Ruoxi",
        "Zhang|Liu|Chen|Huang|Zhou|Wu|Xu|Guo",
    ),
    "in": (
        "Arjun Rohit Venkatesh Sanjay Harpreet Karthik Aditya",
        "Priya Ananya Lakshmi Kavya Deepika Sunita Meera",
        "Patel|Raghunathan|Iyer|Chatterjee|Reddy|Subramaniam|Gill|Deshpande|Banerjee",
    ),
    "af": (
        "Chukwuemeka Oluwaseun Kwame Tendai Kofi Emeka Babajide",
        "Adaeze Ngozi Ama Folasade Chiamaka Abena Nomvula",
        "Okonkwo|Adeyemi|Nwosu|Mensah|Boateng|Moyo|Okafor|Balogun|Osei",
    ),
    "ar": (
        "Omar Youssef Khalid Tariq Karim Samir",
        "Fatima Layla Noor Rania Yasmin Huda",
        "Haddad|Al-Sayed|El-Amin|Khoury|Nasser|Abdullah|Mansour|Saleh",
    ),
    "pl": (
        "Piotr Wojciech Grzegorz Tomasz Krzysztof Łukasz",
        "Katarzyna Agnieszka Małgorzata Zofia Joanna Ewa",
        "Kowalczyk|Wiśniewski|Zieliński|Szymański|Wójcik|Lewandowski|Dąbrowski|Nowak",
    ),
    "nl": (
        "Daan Joris Maarten Bram Sander Wouter",
        "Sanne Femke Lotte Eline Anouk Marieke",
        "van der Berg|de Vries|van Dijk|Bakker|Jansen|van den Heuvel|Visser|de Jong|Mulder",
    ),
    "it": (
        "Alessandro Lorenzo Matteo Salvatore Giovanni Davide",
        "Giulia Francesca Chiara Beatrice Elena Martina",
        "Rossi|Esposito|Bianchi|Romano|De Luca|Colombo|Ferraro|Gallo|Marchetti",
    ),
    "de": (
        "Jürgen Lukas Klaus Florian Matthias Dieter",
        "Anneliese Henrike Mareike Sabine Ursula Katrin",
        "Müller|Schneider|Fischer-Brandt|von Hohenberg|Weiß|Krüger|Hartmann|Becker",
    ),
    "fr": (
        "Théo Benoît Yannick Étienne Julien Mathis",
        "Amélie Margaux Éloïse Gaëlle Camille Solène",
        "Dubois|Lefèvre|Moreau|Fontaine|Girard|Rousseau|Chevalier|Lemaire",
    ),
    "ie": (
        "Ciarán Pádraig Eoin Cathal Seán",
        "Siobhán Aoife Niamh Caoimhe Róisín",
        "O'Brien|O'Sullivan|MacNamara|Gallagher|Fitzgerald|Ó Briain|Kavanagh",
    ),
}
NAMES = {k: (m.split(), f.split(), s.split("|")) for k, (m, f, s) in _N.items()}
ORIGINS = list(NAMES)
ORIGIN_W = [5, 3, 1.5, 1.5, 1.5, 1, 1.5, 1.5, 1, 1, 1, 1, 1, 1, 1]

TITLES = {
    "en": ("Mr.", "Ms."),
    "es": ("Sr.", "Sra."),
    "de": ("Herr", "Frau"),
    "fr": ("M.", "Mme"),
    "it": ("Sig.", "Sig.ra"),
    "pl": ("Pan", "Pani"),
    "nl": ("de heer", "mevrouw"),
}


class Person:
    __slots__ = ("first", "last", "mid", "origin", "sex")

    def __init__(self, first, last, mid, origin, sex):
        self.first, self.last, self.mid, self.origin, self.sex = first, last, mid, origin, sex

    def full(self):
        return f"{self.first} {self.last}"

    def fml(self):
        return f"{self.first} {self.mid[0]}. {self.last}" if self.mid else self.full()

    def fmidfull(self):
        return f"{self.first} {self.mid} {self.last}" if self.mid else self.full()

    def lf(self):
        return f"{self.last}, {self.first}"

    def lfm(self):
        return f"{self.last}, {self.first} {self.mid[0]}" if self.mid else self.lf()

    def upper(self):
        return self.full().upper()

    def lower(self):
        return self.full().lower()

    def title(self, lang="en"):
        t = TITLES.get(lang, TITLES["en"])
        return t[0] if self.sex == "m" else t[1]


def person(r, origin=None, sex=None) -> Person:
    origin = origin or r.choices(ORIGINS, ORIGIN_W)[0]
    sex = sex or r.choice("mf")
    males, females, lasts = NAMES[origin]
    pool = males if sex == "m" else females
    first = r.choice(pool)
    last = r.choice(lasts)
    if r.random() < 0.07:
        o2 = r.choice(ORIGINS)
        l2 = r.choice([x for x in NAMES[o2][2] if " " not in x and "-" not in x])
        if " " not in last and "-" not in last and l2 != last:
            last = f"{last}-{l2}"
    if origin == "pl" and sex == "f":
        last = "-".join(
            x[:-1] + "a" if x.endswith(("ski", "cki", "dzki")) else x for x in last.split("-")
        )
    mid = None
    if r.random() < 0.35:
        mid = r.choice([x for x in pool if x != first])
    return Person(first, last, mid, origin, sex)


REL_SEX = {
    "husband": "m",
    "wife": "f",
    "mother": "f",
    "father": "m",
    "sister": "f",
    "brother": "m",
    "daughter": "f",
    "son": "m",
    "grandmother": "f",
    "grandfather": "m",
}


def relative(r, rels, origin=None):
    """Pick a relation word and a person of matching sex."""
    rel = r.choice(rels)
    return rel, person(r, origin=origin, sex=REL_SEX.get(rel))


def pname(r, p: Person, kinds=("full", "full", "full", "fml", "lf", "upper")) -> str:
    k = r.choice(kinds)
    return {
        "full": p.full,
        "fml": p.fml,
        "lf": p.lf,
        "upper": p.upper,
        "lower": p.lower,
        "given": lambda: p.first,
        "surname": lambda: p.last,
        "lfm": p.lfm,
        "fmid": p.fmidfull,
    }[k]()


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


MAIL_DOMAINS = {
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"],
    "ko": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com"],
}
GEN_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.com",
    "aol.com",
    "fastmail.com",
    "comcast.net",
    "hey.com",
]


def email_for(r, p: Person, domain=None) -> str:
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    dom = domain or r.choice(MAIL_DOMAINS.get(p.origin, GEN_DOMAINS) + GEN_DOMAINS[:3])
    k = r.randrange(7)
    if k == 0:
        local = f"{f}.{l}"
    elif k == 1:
        local = f"{f[0]}{l}"
    elif k == 2:
        local = f"{f}{l}{r.randint(1, 99)}"
    elif k == 3:
        local = f"{f}_{l}"
    elif k == 4:
        local = f"{l}.{f}"
    elif k == 5:
        local = f"{f}.{l[0]}{r.randint(70, 2005)}"
    else:
        local = f"{f}{r.randint(100, 9999)}"
    return f"{local}@{dom}"


def handle_for(r, p: Person) -> str:
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return r.choice(
        [f"{f[0]}{l}", f"{f}.{l}", f"{f}{r.randint(1, 99)}", f"{l}{f[0]}", f"{f}_{l[:3]}"]
    )


def work_email(r, p: Person, dom: str) -> str:
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return r.choice([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}"])


# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------
US_CITIES = [
    ("Springfield", "IL"),
    ("Tacoma", "WA"),
    ("Boise", "ID"),
    ("Tucson", "AZ"),
    ("Dayton", "OH"),
    ("Lowell", "MA"),
    ("Fresno", "CA"),
    ("Chattanooga", "TN"),
    ("Albany", "NY"),
    ("Plano", "TX"),
    ("Duluth", "MN"),
    ("Savannah", "GA"),
    ("Cedar Rapids", "IA"),
    ("Provo", "UT"),
    ("Asheville", "NC"),
    ("Bakersfield", "CA"),
    ("Scranton", "PA"),
    ("Fort Collins", "CO"),
    ("Baton Rouge", "LA"),
    ("Kalamazoo", "MI"),
    ("Reno", "NV"),
    ("Eugene", "OR"),
    ("Newark", "NJ"),
    ("Tallahassee", "FL"),
    ("Madison", "WI"),
    ("Wichita", "KS"),
    ("Bridgeport", "CT"),
    ("Anchorage", "AK"),
    ("Honolulu", "HI"),
    ("Lexington", "KY"),
]
US_STATES = {
    "IL": "Illinois",
    "WA": "Washington",
    "ID": "Idaho",
    "AZ": "Arizona",
    "OH": "Ohio",
    "MA": "Massachusetts",
    "CA": "California",
    "TN": "Tennessee",
    "NY": "New York",
    "TX": "Texas",
    "MN": "Minnesota",
    "GA": "Georgia",
    "IA": "Iowa",
    "UT": "Utah",
    "NC": "North Carolina",
    "PA": "Pennsylvania",
    "CO": "Colorado",
    "LA": "Louisiana",
    "MI": "Michigan",
    "NV": "Nevada",
    "OR": "Oregon",
    "NJ": "New Jersey",
    "FL": "Florida",
    "WI": "Wisconsin",
    "KS": "Kansas",
    "CT": "Connecticut",
    "AK": "Alaska",
    "HI": "Hawaii",
    "KY": "Kentucky",
}
US_STREETS = [
    "Maple",
    "Oak Ridge",
    "Old Mill",
    "Pinecrest",
    "Harbor View",
    "Wisteria",
    "Kettering",
    "Juniper",
    "Sycamore",
    "Martin Luther King Jr",
    "Cottonwood",
    "Lakeshore",
    "Briarwood",
    "Elm",
    "Cherry Hill",
    "Quail Run",
    "Fox Hollow",
    "Magnolia",
    "Prairie Wind",
    "Sandpiper",
    "Hawthorne",
    "N 14th",
    "W Division",
    "S Grand",
    "E Colfax",
]
US_SUFFIX = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Blvd",
    "Ct",
    "Way",
    "Pl",
    "Terrace",
    "Pkwy",
    "Circle",
]

COUNTRY_NAMES = {
    "US": ["United States", "USA"],
    "GB": ["United Kingdom", "England"],
    "DE": ["Germany", "Deutschland"],
    "FR": ["France"],
    "IT": ["Italy", "Italia"],
    "NL": ["Netherlands", "Nederland"],
    "PL": ["Poland", "Polska"],
    "JP": ["Japan"],
    "KR": ["South Korea", "Republic of Korea"],
    "VN": ["Vietnam", "Viet Nam"],
    "CA": ["Canada"],
    "AU": ["Australia"],
    "IN": ["India"],
    "NG": ["Nigeria"],
    "ES": ["Spain", "España"],
    "MX": ["Mexico", "México"],
    "IE": ["Ireland"],
}

INTL = {
    "GB": [
        ("Manchester", "M14 6QT"),
        ("Leeds", "LS6 2AB"),
        ("Bristol", "BS3 4DN"),
        ("Glasgow", "G12 8QQ"),
        ("Norwich", "NR2 3HJ"),
    ],
    "DE": [
        ("Leipzig", "04109"),
        ("Köln", "50667"),
        ("Hamburg", "20095"),
        ("Freiburg im Breisgau", "79098"),
        ("Nürnberg", "90402"),
        ("Bremen", "28195"),
    ],
    "FR": [
        ("Lyon", "69003"),
        ("Nantes", "44000"),
        ("Lille", "59800"),
        ("Toulouse", "31000"),
        ("Montpellier", "34000"),
    ],
    "IT": [
        ("Bologna", "40121", "BO"),
        ("Milano", "20135", "MI"),
        ("Torino", "10128", "TO"),
        ("Napoli", "80134", "NA"),
        ("Bari", "70121", "BA"),
        ("Firenze", "50122", "FI"),
    ],
    "NL": [
        ("Amsterdam", "1016 DV"),
        ("Rotterdam", "3011 AD"),
        ("Utrecht", "3511 LX"),
        ("Groningen", "9711 AB"),
        ("Eindhoven", "5611 EM"),
    ],
    "PL": [
        ("Gdańsk", "80-827"),
        ("Kraków", "31-042"),
        ("Wrocław", "50-077"),
        ("Poznań", "61-773"),
        ("Łódź", "90-418"),
    ],
    "JP": [
        ("Osaka", "530-0001", "Umeda, Kita-ku"),
        ("Yokohama", "220-0012", "Minatomirai, Nishi-ku"),
        ("Sapporo", "060-0042", "Odori Nishi, Chuo-ku"),
        ("Fukuoka", "810-0001", "Tenjin, Chuo-ku"),
    ],
    "KR": [
        ("Busan", "48094", "Haeundae-ro", "Haeundae-gu"),
        ("Seoul", "06236", "Teheran-ro", "Gangnam-gu"),
        ("Incheon", "21984", "Convensia-daero", "Yeonsu-gu"),
        ("Daegu", "41911", "Dongdeok-ro", "Jung-gu"),
    ],
    "VN": [
        ("Ho Chi Minh City", "700000", "Nguyen Hue", "District 1"),
        ("Hanoi", "100000", "Hang Bai", "Hoan Kiem District"),
        ("Da Nang", "550000", "Bach Dang", "Hai Chau District"),
    ],
    "CA": [
        ("Toronto", "ON", "M5V 2T6"),
        ("Montréal", "QC", "H2X 3K8"),
        ("Vancouver", "BC", "V6B 1A1"),
        ("Halifax", "NS", "B3H 1X3"),
        ("Calgary", "AB", "T2P 0R3"),
    ],
    "AU": [
        ("Fortitude Valley", "QLD", "4006"),
        ("Fitzroy", "VIC", "3065"),
        ("Fremantle", "WA", "6160"),
        ("Newtown", "NSW", "2042"),
    ],
    "IN": [
        ("Pune", "Maharashtra", "411045"),
        ("Bengaluru", "Karnataka", "560038"),
        ("Chennai", "Tamil Nadu", "600017"),
        ("Hyderabad", "Telangana", "500033"),
    ],
    "NG": [("Lagos", "Victoria Island"), ("Abuja", "Wuse 2"), ("Ibadan", "Bodija")],
    "ES": [("Valencia", "46001"), ("Sevilla", "41004"), ("Bilbao", "48001")],
    "MX": [
        ("Guadalajara", "Jalisco", "44100"),
        ("Monterrey", "Nuevo León", "64000"),
        ("Puebla", "Puebla", "72000"),
    ],
}
STREETS = {
    "GB": [
        "Kingsley Road",
        "Victoria Street",
        "Mill Lane",
        "Beech Close",
        "Albert Terrace",
        "Wilmslow Road",
    ],
    "DE": [
        "Lindenstraße",
        "Hauptstraße",
        "Schillerweg",
        "Bahnhofstraße",
        "Goethestraße",
        "Am Mühlbach",
    ],
    "FR": [
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "impasse des Tilleuls",
    ],
    "IT": ["Via Giuseppe Verdi", "Via Roma", "Corso Garibaldi", "Viale Mazzini", "Via dei Mille"],
    "NL": ["Keizersgracht", "Oudegracht", "Kerkstraat", "Molenweg", "Laan van Meerdervoort"],
    "PL": ["ul. Długa", "ul. Piotrkowska", "ul. Floriańska", "al. Grunwaldzka", "ul. Świętojańska"],
    "ES": ["Calle Mayor", "Avenida del Puerto", "Calle de San Vicente"],
    "MX": ["Av. Chapultepec", "Calle Morelos", "Av. Juárez"],
}


def _us_zip(r, st):
    first = {
        "IL": "6",
        "WA": "9",
        "ID": "8",
        "AZ": "8",
        "OH": "4",
        "MA": "0",
        "CA": "9",
        "TN": "3",
        "NY": "1",
        "TX": "7",
        "MN": "5",
        "GA": "3",
        "IA": "5",
        "UT": "8",
        "NC": "2",
        "PA": "1",
        "CO": "8",
        "LA": "7",
        "MI": "4",
        "NV": "8",
        "OR": "9",
        "NJ": "0",
        "FL": "3",
        "WI": "5",
        "KS": "6",
        "CT": "0",
        "AK": "9",
        "HI": "9",
        "KY": "4",
    }.get(st, "5")
    z = first + "".join(r.choice(string.digits) for _ in range(4))
    if r.random() < 0.12:
        z += "-" + "".join(r.choice(string.digits) for _ in range(4))
    return z


def addr(r, cc=None) -> dict:
    """Return a structured address: street, city, region, postcode, cc, lines."""
    cc = (
        cc
        or r.choices(
            [
                "US",
                "GB",
                "DE",
                "FR",
                "IT",
                "NL",
                "PL",
                "JP",
                "KR",
                "VN",
                "CA",
                "AU",
                "IN",
                "NG",
                "ES",
                "MX",
            ],
            [10, 1.5, 1.5, 1, 1.5, 1, 1, 1, 1, 1, 1.5, 1, 1, 1, 0.7, 1],
        )[0]
    )
    a = {"cc": cc, "region": None, "postcode": None}
    if cc == "US":
        city, st = r.choice(US_CITIES)
        street = f"{r.randint(2, 9899)} {r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
        u = r.random()
        if u < 0.15:
            street += f", Apt {r.randint(1, 40)}{r.choice(['', 'A', 'B', 'C'])}"
        elif u < 0.22:
            street += f" #{r.randint(100, 999)}"
        elif u < 0.27:
            street += f", Unit {r.randint(1, 30)}"
        elif u < 0.31:
            street = f"P.O. Box {r.randint(100, 99999)}"
        z = _us_zip(r, st)
        a.update(
            street=street, city=city, region=st, postcode=z, lines=[street, f"{city}, {st} {z}"]
        )
    elif cc == "CA":
        city, prov, pc = r.choice(INTL["CA"])
        street = r.choice(
            [
                f"{r.randint(10, 2999)} {r.choice(['Rue Saint-Denis', 'Queen St W', 'Robson Street', 'Spring Garden Rd', '8 Ave SW'])}",
                f"{r.randint(100, 2400)}-{r.randint(10, 999)} {r.choice(['Bloor St E', 'Davie Street', 'Boulevard René-Lévesque'])}",
            ]
        )
        a.update(
            street=street,
            city=city,
            region=prov,
            postcode=pc,
            lines=[street, f"{city}, {prov} {pc}"],
        )
    elif cc == "GB":
        city, pc = r.choice(INTL["GB"])
        street = f"{r.randint(1, 220)} {r.choice(STREETS['GB'])}"
        if r.random() < 0.3:
            street = f"Flat {r.randint(1, 12)}, " + street
        a.update(street=street, city=city, postcode=pc, lines=[street, f"{city} {pc}"])
    elif cc in ("DE", "NL"):
        city, pc = r.choice(INTL[cc])
        street = f"{r.choice(STREETS[cc])} {r.randint(1, 180)}{r.choice(['', '', 'a', '-2', ' III'] if cc == 'NL' else ['', '', 'a', 'b'])}"
        a.update(street=street, city=city, postcode=pc, lines=[street, f"{pc} {city}"])
    elif cc == "FR":
        city, pc = r.choice(INTL["FR"])
        street = f"{r.randint(1, 140)}{r.choice(['', '', ' bis'])} {r.choice(STREETS['FR'])}"
        a.update(street=street, city=city, postcode=pc, lines=[street, f"{pc} {city}"])
    elif cc == "IT":
        city, pc, prov = r.choice(INTL["IT"])
        street = (
            f"{r.choice(STREETS['IT'])} {r.randint(1, 220)}{r.choice(['', '', '/B', ' int. 4'])}"
        )
        a.update(
            street=street,
            city=city,
            region=prov,
            postcode=pc,
            lines=[street, f"{pc} {city} {prov}"],
        )
    elif cc == "PL":
        city, pc = r.choice(INTL["PL"])
        street = f"{r.choice(STREETS['PL'])} {r.randint(1, 120)}{r.choice(['', f'/{r.randint(1, 60)}', f' m. {r.randint(1, 40)}'])}"
        a.update(street=street, city=city, postcode=pc, lines=[street, f"{pc} {city}"])
    elif cc == "ES":
        city, pc = r.choice(INTL["ES"])
        street = (
            f"{r.choice(STREETS['ES'])} {r.randint(1, 120)}, {r.randint(1, 8)}º {r.choice('ABCD')}"
        )
        a.update(street=street, city=city, postcode=pc, lines=[street, f"{pc} {city}"])
    elif cc == "MX":
        city, st, pc = r.choice(INTL["MX"])
        street = f"{r.choice(STREETS['MX'])} {r.randint(10, 2900)}, Col. {r.choice(['Americana', 'Centro', 'del Valle'])}"
        a.update(
            street=street, city=city, region=st, postcode=pc, lines=[street, f"{pc} {city}, {st}"]
        )
    elif cc == "JP":
        city, pc, dist = r.choice(INTL["JP"])
        street = f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} {dist}"
        if r.random() < 0.4:
            street = f"Room {r.randint(2, 15)}0{r.randint(1, 9)}, " + street
        a.update(street=street, city=city, postcode=pc, lines=[street, f"{city} {pc}"])
    elif cc == "KR":
        city, pc, road, gu = r.choice(INTL["KR"])
        street = f"{r.randint(1, 400)} {road}, {gu}"
        a.update(street=street, city=city, postcode=pc, lines=[street, f"{city} {pc}"])
    elif cc == "VN":
        city, pc, st, dist = r.choice(INTL["VN"])
        street = f"{r.randint(1, 250)} {st} Street, {dist}"
        a.update(street=street, city=city, postcode=pc, lines=[street, city])
    elif cc == "AU":
        sub, st, pc = r.choice(INTL["AU"])
        street = f"{r.choice(['', f'Unit {r.randint(1, 20)}/'])}{r.randint(1, 300)} {r.choice(['Brunswick St', 'Smith Street', 'King St', 'Enmore Rd'])}"
        a.update(
            street=street, city=sub, region=st, postcode=pc, lines=[street, f"{sub} {st} {pc}"]
        )
    elif cc == "IN":
        city, st, pc = r.choice(INTL["IN"])
        street = f"Flat {r.randint(101, 1204)}, {r.choice(['Lotus Residency', 'Prestige Shantiniketan', 'Green Park Towers'])}, {r.choice(['Baner Road', 'Old Airport Road', 'Anna Salai', 'Road No. 36'])}"
        a.update(
            street=street, city=city, region=st, postcode=pc, lines=[street, f"{city}, {st} {pc}"]
        )
    else:  # NG
        city, area = r.choice(INTL["NG"])
        street = f"{r.randint(1, 80)} {r.choice(['Adeola Odeku Street', 'Aminu Kano Crescent', 'Awolowo Avenue'])}, {area}"
        a.update(street=street, city=city, lines=[street, city])
    return a


def oneline(a, country=False, r=None):
    s = ", ".join(a["lines"])
    if country and r is not None:
        s += ", " + r.choice(COUNTRY_NAMES[a["cc"]])
    return s


def multiline(a, country=False, r=None, upper=False):
    lines = list(a["lines"])
    if country and r is not None:
        lines.append(r.choice(COUNTRY_NAMES[a["cc"]]))
    s = "\n".join(lines)
    return s.upper() if upper else s


def city_loc(r, a=None, cc=None) -> str:
    """A 'City, ST' / 'City, Country' / 'City' location string."""
    if a is None:
        a = addr(r, cc)
    if a["cc"] in ("US", "CA", "AU") and a["region"] and r.random() < 0.75:
        return f"{a['city']}, {a['region']}"
    if r.random() < 0.5:
        return f"{a['city']}, {r.choice(COUNTRY_NAMES[a['cc']])}"
    return a["city"]


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
US_AREA = [
    206,
    217,
    208,
    520,
    937,
    978,
    559,
    423,
    518,
    972,
    218,
    912,
    319,
    801,
    828,
    661,
    570,
    970,
    225,
    269,
    775,
    541,
    973,
    850,
    608,
    312,
    415,
    646,
    404,
    713,
    503,
    614,
]


def _d(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def phone(r, cc="US") -> str:
    if cc in ("US", "CA"):
        a, e, l = r.choice(US_AREA), r.randint(201, 989), _d(r, 4)
        if r.random() < 0.08:
            tf = r.choice([800, 888, 877, 866, 855])
            return r.choice([f"1-{tf}-{e}-{l}", f"({tf}) {e}-{l}", f"{tf}.{e}.{l}"])
        return r.choice(
            [
                f"({a}) {e}-{l}",
                f"{a}-{e}-{l}",
                f"{a}.{e}.{l}",
                f"+1 {a} {e} {l}",
                f"+1 ({a}) {e}-{l}",
                f"1-{a}-{e}-{l}",
                f"+1-{a}-{e}-{l}",
                f"({a}) {e}-{l}",
            ]
        )
    if cc == "GB":
        return r.choice(
            [
                f"+44 20 7946 {_d(r, 4)}",
                f"07{_d(r, 3)} {_d(r, 6)}",
                f"+44 7{_d(r, 3)} {_d(r, 6)}",
                f"0161 {_d(r, 3)} {_d(r, 4)}",
                f"+44 (0)113 {_d(r, 3)} {_d(r, 4)}",
            ]
        )
    if cc == "DE":
        return r.choice(
            [
                f"+49 30 {_d(r, 8)}",
                f"0341 {_d(r, 7)}",
                f"+49 (0)151 {_d(r, 8)}",
                f"+49 221 {_d(r, 3)} {_d(r, 4)}",
                f"0176 {_d(r, 8)}",
            ]
        )
    if cc == "FR":
        return r.choice(
            [
                f"+33 1 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                f"+33 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                f"04 72 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            ]
        )
    if cc == "IT":
        return r.choice(
            [
                f"+39 06 {_d(r, 4)} {_d(r, 4)}",
                f"333 {_d(r, 3)} {_d(r, 4)}",
                f"+39 051 {_d(r, 6)}",
                f"+39 347 {_d(r, 3)} {_d(r, 4)}",
                f"02 {_d(r, 4)} {_d(r, 4)}",
            ]
        )
    if cc == "NL":
        return r.choice(
            [
                f"+31 20 {_d(r, 3)} {_d(r, 4)}",
                f"06-{_d(r, 8)}",
                f"+31 6 {_d(r, 8)}",
                f"010-{_d(r, 7)}",
            ]
        )
    if cc == "PL":
        return r.choice(
            [
                f"+48 22 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
                f"+48 601 {_d(r, 3)} {_d(r, 3)}",
                f"512 {_d(r, 3)} {_d(r, 3)}",
                f"(58) {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            ]
        )
    if cc == "JP":
        return r.choice(
            [
                f"+81 3-{_d(r, 4)}-{_d(r, 4)}",
                f"090-{_d(r, 4)}-{_d(r, 4)}",
                f"06-{_d(r, 4)}-{_d(r, 4)}",
                f"+81 90 {_d(r, 4)} {_d(r, 4)}",
            ]
        )
    if cc == "KR":
        return r.choice(
            [
                f"+82 2-{_d(r, 3)}-{_d(r, 4)}",
                f"010-{_d(r, 4)}-{_d(r, 4)}",
                f"+82 10 {_d(r, 4)} {_d(r, 4)}",
                f"051-{_d(r, 3)}-{_d(r, 4)}",
            ]
        )
    if cc == "VN":
        return r.choice(
            [
                f"+84 28 {_d(r, 4)} {_d(r, 4)}",
                f"0903 {_d(r, 3)} {_d(r, 3)}",
                f"+84 91 {_d(r, 3)} {_d(r, 4)}",
            ]
        )
    if cc == "AU":
        return r.choice(
            [
                f"+61 4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
                f"(07) {_d(r, 4)} {_d(r, 4)}",
                f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
            ]
        )
    if cc == "IN":
        return r.choice(
            [f"+91 98{_d(r, 3)} {_d(r, 5)}", f"+91-20-{_d(r, 8)}", f"098{_d(r, 2)}-{_d(r, 5)}"]
        )
    if cc == "NG":
        return r.choice(
            [
                f"+234 803 {_d(r, 3)} {_d(r, 4)}",
                f"0806 {_d(r, 3)} {_d(r, 4)}",
                f"+234 1 {_d(r, 3)} {_d(r, 4)}",
            ]
        )
    if cc == "ES":
        return r.choice(
            [f"+34 6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"96 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"]
        )
    if cc == "MX":
        return r.choice(
            [
                f"+52 33 {_d(r, 4)} {_d(r, 4)}",
                f"+52 1 81 {_d(r, 4)} {_d(r, 4)}",
                f"(55) {_d(r, 4)}-{_d(r, 4)}",
            ]
        )
    if cc == "IE":
        return r.choice([f"+353 1 {_d(r, 3)} {_d(r, 4)}", f"087 {_d(r, 3)} {_d(r, 4)}"])
    return phone(r, "US")


ORIGIN_CC = {
    "en": "US",
    "es": "MX",
    "ja": "JP",
    "ko": "KR",
    "vi": "VN",
    "zh": "US",
    "in": "IN",
    "af": "NG",
    "ar": "US",
    "pl": "PL",
    "nl": "NL",
    "it": "IT",
    "de": "DE",
    "fr": "FR",
    "ie": "IE",
}


# --------------------------------------------------------------------------
# checksummed numbers
# --------------------------------------------------------------------------
def luhn_ok(s: str) -> bool:
    ds = [int(c) for c in s if c.isdigit()]
    if len(ds) < 12:
        return False
    tot = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in string.digits:
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def card_digits(r) -> str:
    k = r.random()
    if k < 0.45:
        return luhn_complete("4" + _d(r, 14))
    if k < 0.75:
        return luhn_complete(str(r.randint(51, 55)) + _d(r, 13))
    if k < 0.9:
        return luhn_complete(r.choice(["34", "37"]) + _d(r, 12))
    return luhn_complete("6011" + _d(r, 11))


def fmt_card(r, ds: str, style=None) -> str:
    style = style or r.choice(["space", "space", "dash", "plain"])
    if style == "plain":
        return ds
    sep = " " if style == "space" else "-"
    if len(ds) == 15:
        return sep.join([ds[:4], ds[4:10], ds[10:]])
    return sep.join(ds[i : i + 4] for i in range(0, 16, 4))


def card(r, style=None) -> str:
    return fmt_card(r, card_digits(r), style)


def bad_card(r) -> str:
    """16-digit, Luhn-invalid."""
    ds = luhn_complete("4" + _d(r, 14))
    last = (int(ds[-1]) + r.randint(1, 9)) % 10
    ds = ds[:-1] + str(last)
    assert not luhn_ok(ds)
    return fmt_card(r, ds)


def masked_card(r) -> str:
    l4 = _d(r, 4)
    return r.choice(
        [
            f"**** **** **** {l4}",
            f"XXXX-XXXX-XXXX-{l4}",
            f"•••• {l4}",
            f"************{l4}",
            f"ending in {l4}",
            f"x{l4}",
        ]
    )


def ssn(r, style=None) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["dash", "dash", "dash", "space", "plain"])
    if style == "plain":
        return f"{area:03d}{g:02d}{s:04d}"
    sep = "-" if style == "dash" else " "
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def bad_ssn(r) -> str:
    area = r.choice(["000", "666", f"9{r.randint(0, 99):02d}"])
    return f"{area}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    ds = "".join(c for c in s if c.isdigit())
    if len(ds) != 9:
        return False
    a, g, se = int(ds[:3]), int(ds[3:5]), int(ds[5:])
    return 0 < a < 900 and a != 666 and g > 0 and se > 0


def masked_ssn(r) -> str:
    return r.choice([f"XXX-XX-{_d(r, 4)}", f"***-**-{_d(r, 4)}", f"xxx-xx-{_d(r, 4)}"])


IBAN_BBAN = {  # country: (length of bban, pattern) 'n' digit, 'a' upper letter, 'c' alnum
    "DE": "n" * 18,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "PL": "n" * 24,
    "ES": "n" * 20,
    "GB": "aaaa" + "n" * 14,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "PT": "n" * 21,
    "IE": "aaaa" + "n" * 14,
}
BANK_CODES = {
    "NL": ["INGB", "ABNA", "RABO", "TRIO"],
    "GB": ["NWBK", "BARC", "MIDL", "LOYD"],
    "IE": ["AIBK", "BOFI"],
}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc=None, grouped=None) -> str:
    cc = cc or r.choice(list(IBAN_BBAN))
    pat = IBAN_BBAN[cc]
    chars = []
    for p in pat:
        if p == "n":
            chars.append(r.choice(string.digits))
        elif p == "a":
            chars.append(r.choice(string.ascii_uppercase))
        else:
            chars.append(r.choice(string.digits + string.ascii_uppercase))
    bban = "".join(chars)
    if cc in BANK_CODES:
        bban = r.choice(BANK_CODES[cc]) + bban[4:]
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped is None:
        grouped = r.random() < 0.55
    if grouped:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


BICS = [
    "DEUTDEFF",
    "COBADEFFXXX",
    "BNPAFRPP",
    "UNCRITMM",
    "INGBNL2A",
    "PKOPPLPW",
    "BSCHESMM",
    "RABONL2U",
    "BCITITMM",
    "SOGEFRPP",
    "NWBKGB2L",
    "BPKOPLPW",
    "GENODEF1M04",
    "ABNANL2A",
    "CAIXESBBXXX",
]


# --------------------------------------------------------------------------
# ids
# --------------------------------------------------------------------------
def mrn(r) -> str:
    k = r.randrange(6)
    if k == 0:
        return _d(r, 8)
    if k == 1:
        return "E" + _d(r, 7)
    if k == 2:
        return f"MR{_d(r, 6)}"
    if k == 3:
        return f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}"
    if k == 4:
        return _d(r, 7)
    return f"{r.choice('ABHKM')}{_d(r, 9)}"


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def hpn(r) -> str:
    k = r.randrange(6)
    if k == 0:
        return r.choice(["XJH", "ZGP", "YLB", "W2K", "UHC"]) + _d(r, 9)
    if k == 1:
        return "W" + _d(r, 9)
    if k == 2:  # Medicare MBI
        a = MBI_ALPHA
        an = a + string.digits
        return (
            f"{r.randint(1, 9)}{r.choice(a)}{r.choice(an)}{r.randint(0, 9)}-"
            f"{r.choice(a)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}{r.randint(0, 9)}"
        )
    if k == 3:
        return f"{_d(r, 9)}-{r.choice(['01', '02', '00'])}"
    if k == 4:
        return "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + _d(r, 8)
    return f"M{_d(r, 10)}"


def acct(r) -> str:
    k = r.randrange(5)
    if k == 0:
        return _d(r, r.randint(8, 12))
    if k == 1:
        return f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}"
    if k == 2:
        return f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}"
    if k == 3:
        return f"{r.choice(['AC', 'CU', 'PT'])}{_d(r, 8)}"
    return _d(r, 10)


def dl(r) -> tuple[str, str]:
    k = r.randrange(8)
    if k == 0:
        return "CA", f"{r.choice(string.ascii_uppercase)}{_d(r, 7)}"
    if k == 1:
        return "NY", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"
    if k == 2:
        return (
            "FL",
            f"{r.choice(string.ascii_uppercase)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}",
        )
    if k == 3:
        return "IL", f"{r.choice(string.ascii_uppercase)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}"
    if k == 4:
        return "TX", _d(r, 8)
    if k == 5:
        return "WA", "WDL" + "".join(
            r.choice(string.ascii_uppercase + string.digits) for _ in range(9)
        )
    if k == 6:
        return "PA", f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"
    return "AZ", f"D{_d(r, 8)}"


def npi(r) -> str:
    return luhn_complete("80840" + "1" + _d(r, 8))[5:]


def uuid4(r) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def hexs(r, n) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def rs(r, n, alpha=string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def vin(r) -> str:
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def plate(r) -> str:
    return r.choice(
        [
            f"{r.randint(1, 9)}{rs(r, 3, string.ascii_uppercase)}{_d(r, 3)}",
            f"{rs(r, 3, string.ascii_uppercase)}-{_d(r, 4)}",
            f"{rs(r, 3, string.ascii_uppercase)} {_d(r, 3)}",
        ]
    )


def version(r) -> str:
    return f"{r.randint(0, 14)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


def amount(r, lo=5, hi=5000, cur="$") -> str:
    v = r.uniform(lo, hi)
    return f"{cur}{v:,.2f}"


ICD10 = [
    "J18.9",
    "E11.65",
    "M54.50",
    "I10",
    "Z79.4",
    "F32.A",
    "K21.9",
    "N39.0",
    "R07.9",
    "S39.012A",
    "M99.03",
    "G47.33",
    "J45.909",
    "Z23",
    "C50.912",
    "Z80.3",
    "O09.523",
    "L27.0",
    "T78.40XA",
]
CPT = [
    "99214",
    "98941",
    "97140",
    "97110",
    "99213",
    "95165",
    "95117",
    "96040",
    "81162",
    "90686",
    "90715",
    "36415",
]
DRUGS = [
    "lisinopril 10 mg",
    "metformin ER 500 mg",
    "atorvastatin 40 mg",
    "sertraline 50 mg",
    "amoxicillin 875 mg",
    "lamotrigine 100 mg",
    "allopurinol 300 mg",
    "apixaban 5 mg",
    "levothyroxine 75 mcg",
    "carbamazepine 200 mg",
]


# --------------------------------------------------------------------------
# secrets
# --------------------------------------------------------------------------
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"
UP_DIG = string.ascii_uppercase + string.digits


def aws_akid(r) -> str:
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r) -> str:
    return rs(r, 1) + rs(r, 38, B64) + rs(r, 1)


def gh_token(r) -> str:
    k = r.randrange(5)
    if k <= 1:
        return "ghp_" + rs(r, 36)
    if k == 2:
        return "github_pat_11" + rs(r, 20, UP_DIG) + "_" + rs(r, 59)
    if k == 3:
        return "gho_" + rs(r, 36)
    return "ghs_" + rs(r, 36)


def slack_token(r) -> str:
    if r.random() < 0.6:
        return f"xoxb-{_d(r, 11)}-{_d(r, 13)}-{rs(r, 24)}"
    return f"xoxp-{_d(r, 11)}-{_d(r, 11)}-{_d(r, 13)}-{hexs(r, 32)}"


def stripe_key(r) -> str:
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99]))


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_token(r, claims=None) -> str:
    alg = r.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = hexs(r, 16)
    now = 1700000000 + r.randint(0, 60000000)
    payload = {
        "sub": claims or uuid4(r),
        "iat": now,
        "exp": now + r.choice([900, 3600, 86400]),
        "iss": r.choice(
            ["https://auth.tessellate.io", "https://login.quayside-health.org", "urn:idp:corp"]
        ),
    }
    if r.random() < 0.5:
        payload["scope"] = r.choice(["read:orders write:orders", "openid profile email", "admin"])
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    sig = bytes(r.getrandbits(8) for _ in range(siglen))
    return ".".join(
        [
            b64url(json.dumps(hdr, separators=(",", ":")).encode()),
            b64url(json.dumps(payload, separators=(",", ":")).encode()),
            b64url(sig),
        ]
    )


def pem_key(r, indent="", small=False) -> str:
    kind = r.choice(
        ["EC PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY"]
        + ([] if small else ["RSA PRIVATE KEY"])
    )
    n = {
        "EC PRIVATE KEY": 121,
        "PRIVATE KEY": 138,
        "OPENSSH PRIVATE KEY": 290,
        "RSA PRIVATE KEY": 610,
    }[kind]
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    w = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [body[i : i + w] for i in range(0, len(body), w)]
    sep = "\n" + indent
    return f"-----BEGIN {kind}-----" + sep + sep.join(lines) + sep + f"-----END {kind}-----"


WORDS = [
    "harbor",
    "maple",
    "tango",
    "violet",
    "cobalt",
    "pepper",
    "falcon",
    "quartz",
    "meadow",
    "rocket",
    "lemon",
    "orbit",
    "saffron",
    "glacier",
    "nimbus",
    "walrus",
    "cactus",
    "ember",
    "puffin",
    "juniper",
]


def password(r, dsn_safe=False) -> str:
    k = r.randrange(6)
    sym = "!#$%&*-_=" if not dsn_safe else "-_"
    if k == 0:
        s = f"{r.choice(WORDS).capitalize()}{r.choice(sym)}{r.randint(10, 9999)}{r.choice(WORDS)}"
    elif k == 1:
        s = f"{r.choice(WORDS).capitalize()}{r.randint(1990, 2025)}{r.choice(sym)}x"
    elif k == 2:
        s = "-".join(r.sample(WORDS, 4))
    elif k == 3:
        s = (
            rs(r, 1)
            + rs(r, r.randint(10, 18), string.ascii_letters + string.digits + sym)
            + rs(r, 1)
        )
    elif k == 4:
        s = f"{r.choice(WORDS)}{r.choice(WORDS).upper()}{r.randint(1, 99)}"
    else:
        s = rs(r, r.randint(14, 24))
    return s


def generic_secret(r) -> str:
    k = r.randrange(8)
    if k == 0:
        return "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE)
    if k == 1:
        return "whsec_" + rs(r, 32)
    if k == 2:
        return hexs(r, 32)
    if k == 3:
        return "AIza" + rs(r, 35, URLSAFE)
    if k == 4:
        return rs(r, 40)
    if k == 5:
        return "dop_v1_" + hexs(r, 64)
    if k == 6:
        return "glpat-" + rs(r, 20, URLSAFE)
    return "key-" + hexs(r, 32)


def bcrypt_hash(r) -> str:
    return "$2b$12$" + rs(r, 53, string.ascii_letters + string.digits + "./")


# --------------------------------------------------------------------------
# network
# --------------------------------------------------------------------------
PUB_OCT = [
    23,
    34,
    45,
    52,
    66,
    73,
    81,
    91,
    103,
    104,
    142,
    151,
    185,
    188,
    203,
    212,
    217,
    81,
    95,
    109,
    176,
    198,
]


def ipv4(r) -> str:
    k = r.random()
    if k < 0.2:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.32:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.4:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice(PUB_OCT)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r) -> str:
    g = lambda: f"{r.randint(1, 0xFFFF):x}"
    k = r.randrange(3)
    if k == 0:
        return f"2001:db8:{g()}:{g()}::{g()}"
    if k == 1:
        return ":".join(
            [r.choice(["2a02", "2600", "2607", "2001", "2804"])] + [g() for _ in range(7)]
        )
    return f"fe80::{g()}:{g()}:{g()}:{g()}"


def ip(r) -> str:
    return ipv6(r) if r.random() < 0.15 else ipv4(r)


def url(r, host=None, path=None) -> str:
    host = host or r.choice(
        [
            "portal.quayside-health.org",
            "app.tessellate.io",
            "billing.northwind-utilities.com",
            "my.brightpath-pay.com",
            "support.ledgerly.co",
            "docs.hollowtree.dev",
            "secure.cedarcrest-bank.com",
            "forms.civicflow.gov",
            "meet.calliope.video",
        ]
    )
    path = path or r.choice(
        [
            "/account/verify",
            "/t/8f2K9q",
            "/invoices/view",
            "/s/consent/intake",
            "/reset-password",
            "/join/884213",
            "/cases/status",
            "/p/upload",
        ]
    )
    q = r.choice(
        [
            "",
            "",
            f"?token={rs(r, 12)}",
            f"?ref=email&uid={r.randint(1000, 99999)}",
            f"?lang=en&step={r.randint(1, 5)}",
        ]
    )
    return f"https://{host}{path}{q}"


# --------------------------------------------------------------------------
# dates and times
# --------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
}
EN_STYLES = ["iso", "us", "us_nz", "long", "abbr", "dmy_long", "dmy_abbr", "dmy_up", "eu", "dot"]
US_STYLES = ["us", "us", "us_nz", "long", "abbr", "iso"]


def rdate(r, y0=2022, y1=2025) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(start, end))


def rdob(r, amin=1, amax=92) -> _dt.date:
    start = _dt.date(2024 - amax, 1, 1).toordinal()
    end = _dt.date(2024 - amin, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(start, end))


def td(days) -> _dt.timedelta:
    return _dt.timedelta(days=days)


def fdate(r, d: _dt.date, lang="en", style=None) -> str:
    if lang == "en":
        style = style or r.choice(EN_STYLES)
        M = MONTHS["en"][d.month - 1]
        return {
            "iso": f"{d:%Y-%m-%d}",
            "us": f"{d:%m/%d/%Y}",
            "us_nz": f"{d.month}/{d.day}/{d.year}",
            "us2": f"{d.month}/{d.day}/{d:%y}",
            "long": f"{M} {d.day}, {d.year}",
            "abbr": f"{M[:3]} {d.day}, {d.year}",
            "dmy_long": f"{d.day} {M} {d.year}",
            "dmy_abbr": f"{d.day:02d}-{M[:3]}-{d.year}",
            "dmy_up": f"{d.day:02d} {M[:3].upper()} {d.year}",
            "eu": f"{d:%d/%m/%Y}",
            "dot": f"{d:%d.%m.%Y}",
            "compact": f"{d:%Y%m%d}",
        }[style]
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    M = MONTHS[lang][d.month - 1]
    numeric = r.random() < (style == "num" and 1 or 0.35)
    if style == "word":
        numeric = False
    if numeric:
        return {
            "it": f"{d:%d/%m/%Y}",
            "fr": f"{d:%d/%m/%Y}",
            "de": f"{d:%d.%m.%Y}",
            "nl": f"{d:%d-%m-%Y}",
            "pl": f"{d:%d.%m.%Y}",
            "es": f"{d:%d/%m/%Y}",
            "pt": f"{d:%d/%m/%Y}",
        }[lang]
    day = str(d.day)
    if lang == "fr" and d.day == 1:
        day = "1er"
    return {
        "it": f"{day} {M} {d.year}",
        "fr": f"{day} {M} {d.year}",
        "de": f"{day}. {M} {d.year}",
        "nl": f"{day} {M} {d.year}",
        "pl": f"{day} {M} {d.year}",
        "es": f"{day} de {M} de {d.year}",
        "pt": f"{day} de {M} de {d.year}",
    }[lang]


def fdate_wd(r, d: _dt.date, lang="en") -> str:
    wd = WEEKDAYS.get(lang, WEEKDAYS["en"])[d.weekday()]
    if lang == "en":
        k = r.randrange(4)
        if k == 0:
            return f"{wd}, {fdate(r, d, 'en', 'long')}"
        if k == 1:
            return f"{wd[:3]} {fdate(r, d, 'en', 'us')}"
        if k == 2:
            return f"{wd}, {fdate(r, d, 'en', 'dmy_long')}"
        return f"{wd[:3]}, {fdate(r, d, 'en', 'abbr')}"
    if lang in ("de", "pl"):
        return f"{wd}, {fdate(r, d, lang, 'word')}"
    return f"{wd} {fdate(r, d, lang, 'word')}"


def rtime(r, h0=7, h1=19) -> tuple[int, int]:
    return r.randint(h0, h1), r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])


def ftime(r, h, m, lang="en") -> str:
    if lang == "en":
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        opts = [
            f"{h12}:{m:02d} {ap}",
            f"{h12}:{m:02d} {ap}",
            f"{h12}:{m:02d} {ap.lower()}",
            f"{h12}:{m:02d}{ap.lower()}",
            f"{h:02d}:{m:02d}",
        ]
        if m == 0:
            opts += [f"{h12} {ap}", f"{h12}{ap.lower()}"]
        return r.choice(opts)
    if lang in ("fr", "pt"):
        return r.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])
    return f"{h:02d}:{m:02d}" if lang != "es" else r.choice([f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])


JOIN = {
    "en": [" at ", ", ", " ", " at "],
    "de": [" um "],
    "fr": [" à "],
    "it": [" alle ", " ore "],
    "es": [" a las "],
    "pt": [" às "],
    "nl": [" om "],
    "pl": [" o godz. ", ", godz. "],
}


def fdt(r, d: _dt.date, h=None, m=None, lang="en", wd=None, style=None) -> str:
    if h is None:
        h, m = rtime(r)
    if wd is None:
        wd = r.random() < 0.3
    ds = fdate_wd(r, d, lang) if wd else fdate(r, d, lang, style)
    return ds + r.choice(JOIN.get(lang, JOIN["en"])) + ftime(r, h, m, lang)


def log_ts(r, d: _dt.date, kind=None) -> str:
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    ms = r.randint(0, 999)
    kind = kind or r.choice(["iso", "isoz", "space", "syslog"])
    if kind == "iso":
        return f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}.{ms:03d}Z"
    if kind == "isoz":
        return f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}Z"
    if kind == "space":
        return f"{d:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d},{ms:03d}"
    return f"{MONTHS['en'][d.month - 1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"


def epoch(r) -> int:
    return 1640995200 + r.randint(0, 126000000)


# --------------------------------------------------------------------------
# domains (positive)
# --------------------------------------------------------------------------
def ocr_noise(r, s: str, rate=0.04) -> str:
    """Degrade plain (non-entity) text like a bad OCR pass."""
    subs = {
        "l": "1",
        "O": "0",
        "o": "0",
        "e": "c",
        "a": "o",
        "S": "5",
        "i": "l",
        "m": "rn",
        "n": "h",
        "t": "f",
        ":": ";",
        ",": ".",
        " ": "  ",
    }
    out = []
    for c in s:
        if c in subs and r.random() < rate:
            out.append(subs[c])
        elif c == " " and r.random() < rate / 3:
            out.append(" | ")
        else:
            out.append(c)
    return "".join(out)


def dom_hospice_bereavement(d: Doc, r):
    rel, dec = relative(
        r, ["husband", "mother", "father", "wife", "grandmother", "brother", "partner"]
    )
    fam = person(r, origin=dec.origin)
    if r.random() < 0.7:
        fam.last = dec.last
    coord, chap = person(r), person(r)
    agency = r.choice(
        [
            "Evergreen Valley Hospice",
            "Lanternlight Hospice & Palliative Care",
            "St. Brigid Hospice House",
            "Cedar Bend Home Hospice",
            "Quiet Harbor Hospice",
        ]
    )
    ag, fa = addr(r, "US"), addr(r, "US")
    ldate = rdate(r)
    death = ldate - td(r.randint(25, 150))
    grp = ldate + td(r.randint(4, 30))
    mem = ldate + td(r.randint(10, 60))
    d.x(
        agency,
        "\nBereavement Support Program\n",
        (ADDR, oneline(ag)),
        "\n",
        r.choice(["Tel ", "Phone: ", "T: "]),
        (PH, phone(r)),
        "  |  ",
        r.choice(["Fax ", "F: "]),
        (PH, phone(r)),
        "\n\n",
    )
    d.x((DT, fdate(r, ldate, "en", r.choice(["long", "abbr", "us", "dmy_long"]))), "\n\n")
    d.x((PER, pname(r, fam, ("full", "fml", "upper"))), "\n", (ADDR, multiline(fa)), "\n\n")
    k = r.randrange(3)
    if k == 0:
        d.x("Dear ", fam.title(), " ", (PER, fam.last), ",\n\n")
    elif k == 1:
        d.x("Dear ", (PER, fam.first), ",\n\n")
    else:
        d.x("Dear ", (PER, fam.first), " and family,\n\n")
    rel = "your " + rel
    pron = {"m": "him", "f": "her"}[dec.sex] if rel != "your partner" else "them"
    d.x(
        "It has been a few months since ",
        rel,
        ", ",
        (PER, pname(r, dec, ("full", "fml", "given"))),
        ", died on ",
        (DT, fdate(r, death, "en", r.choice(["long", "us", "dmy_long"]))),
        ". Everyone on the care team who knew ",
        pron,
        " continues to hold your family in our thoughts. Our bereavement program follows families for 13 months "
        "after a death, and we want to make sure you know what is available to you at no cost.\n\n",
    )
    d.x(
        "Our next grief support group meets ",
        (DT, fdt(r, grp, *r.choice([(18, 30), (10, 0), (13, 0), (19, 0)]), wd=True)),
        " in the Willow Room at our office (",
        (ADDR, oneline(ag) if r.random() < 0.5 else ag["street"]),
        "). Sessions last about 90 minutes. Our chaplain, Rev. ",
        (PER, pname(r, chap, ("full", "surname"))),
        ", also offers one-to-one visits; ",
    )
    if r.random() < 0.5:
        d.x("you can reach ", {"m": "him", "f": "her"}[chap.sex], " at ", (PH, phone(r)), ".\n\n")
    else:
        d.x("just let me know and I will arrange it.\n\n")
    if r.random() < 0.6:
        d.x(
            "Each spring we hold a Service of Remembrance. This year it will be on ",
            (DT, fdt(r, mem, 14, 0, wd=r.random() < 0.5)),
            " and ",
            rel,
            "'s name will be read aloud unless you tell us otherwise.\n\n",
        )
    if r.random() < 0.35:
        pet = r.choice(["Biscuit", "Rosie", "Captain", "Mochi", "Pepper", "Duke"])
        d.x(
            "We also remember ",
            pet,
            ", the ",
            r.choice(["terrier", "tabby", "old beagle", "parakeet"]),
            " who never left the bedside during our visits.\n\n",
        )
    d.x(
        "Please call me directly at ",
        (PH, phone(r)),
        r.choice(["", f" ext. {r.randint(100, 499)}"]),
        " or write to ",
        (
            EM,
            work_email(r, coord, r.choice(["evhospice.org", "lanternlight.care", "qhhospice.org"])),
        ),
        " if you would like to talk, or if this letter arrives at a difficult time.\n\nWith warm regards,\n\n",
        (PER, pname(r, coord, ("full", "fml"))),
        ", ",
        r.choice(["MSW", "LCSW", "MA, Bereavement Coordinator", "BCC"]),
        "\nBereavement Coordinator\n\n",
    )
    d.x(
        f"Internal ref: BRV-{ldate.year}-{r.randint(1, 999):04d} | Risk screen: {r.choice(['low', 'moderate', 'high'])} | "
        f"mailing batch {r.randint(10, 99)}\n"
    )


def dom_union_grievance(d: Doc, r):
    g, sup, stw, wit = person(r), person(r), person(r), person(r)
    a = addr(r, "US")
    local = r.randint(100, 2999)
    union = r.choice(
        [
            "United Warehouse & Logistics Workers",
            "Amalgamated Transit & Service Employees",
            "Hospital Professionals Union",
            "Food Processing Workers Alliance",
            "Public Library Staff Guild",
        ]
    )
    occ = rdate(r)
    filed = occ + td(r.randint(2, 12))
    mtg = filed + td(r.randint(3, 12))
    d.x(
        union.upper(),
        f", LOCAL {local}\nGRIEVANCE REPORT FORM - STEP {r.choice(['1', '2', 'ONE', 'TWO'])}\n",
        "=" * 44,
        "\n",
    )
    d.x(
        f"Grievance No.: G-{occ.year % 100}-{r.randint(1, 999):04d}     Employer file #: HR-{r.randint(10000, 99999)}\n"
    )
    d.x("Grievant: ", (PER, r.choice([g.lf(), g.upper(), g.fml(), g.lfm()])), "\n")
    d.x(
        f"Employee ID: {r.randint(100000, 999999):08d}     Seniority date: ",
        (DT, fdate(r, rdate(r, 2005, 2021), "en", r.choice(US_STYLES))),
        "\n",
    )
    d.x(
        "Classification: ",
        r.choice(
            [
                "Warehouse Associate II",
                "Patient Care Tech",
                "Bus Operator",
                "Line Cook",
                "Library Assistant III",
                "Sanitation Lead",
            ]
        ),
        "     Shift: ",
        r.choice(["1st", "2nd", "3rd / overnight", "rotating"]),
        "\n",
    )
    d.x("Home address: ", (ADDR, oneline(a)), "\n")
    d.x("Cell: ", (PH, phone(r)), "     Personal e-mail: ", (EM, email_for(r, g)), "\n")
    d.x("Immediate supervisor: ", (PER, pname(r, sup, ("full", "lf"))), "\n")
    d.x(
        "Date of occurrence: ",
        (DT, fdate(r, occ, "en", r.choice(US_STYLES))),
        "     Date filed: ",
        (DT, fdate(r, filed, "en", r.choice(US_STYLES))),
        "\n",
    )
    d.x(
        f"Article(s) violated: Art. {r.randint(3, 30)}.{r.randint(1, 9)}, Art. {r.randint(3, 40)} §{r.randint(1, 6)}\n\n"
    )
    d.x("STATEMENT OF GRIEVANCE:\n")
    k = r.randrange(3)
    hrs = r.choice(["6.5", "4", "8", "3.25"])
    if k == 0:
        d.x(
            "On ",
            (DT, fdt(r, occ, lang="en")),
            ", supervisor ",
            (PER, sup.last),
            " assigned mandatory overtime to a junior employee (",
            (PER, wit.full()),
            ") instead of the grievant, who was next on the rotation list. Grievant raised this at the start of shift and "
            f'was told to "file it." Loss of {hrs} hours at time-and-a-half ({amount(r, 120, 600)}).',
        )
    elif k == 1:
        d.x(
            "Grievant was issued a written warning on ",
            (DT, fdate(r, occ, "en", "long")),
            " for attendance without the required verbal step. The absence of ",
            (DT, fdate(r, occ - td(r.randint(3, 20)), "en", "us")),
            " was covered by approved FMLA (cert #FM-",
            _d(r, 6),
            "). Witness: ",
            (PER, pname(r, wit, ("full", "lf"))),
            ".",
        )
    else:
        d.x(
            "management changed the posted schedule with less than 14 days notice. ",
            (PER, g.first),
            " found out by text from ",
            (PER, sup.first),
            " at ",
            (DT, ftime(r, *rtime(r, 20, 22))),
            " the night before. Steward ",
            (PER, stw.last),
            " confirmed at least 9 others were affected.",
        )
    d.x(
        "\n\nREMEDY REQUESTED: Make the grievant whole, remove any discipline from the personnel file, and cease and desist.\n\n"
    )
    d.x(
        "Union steward: ",
        (PER, pname(r, stw, ("full", "fml"))),
        "     Steward phone: ",
        (PH, phone(r)),
        "\n",
    )
    d.x(
        "Step 1 meeting scheduled: ",
        (DT, fdt(r, mtg, *rtime(r, 8, 16), wd=True)),
        ", ",
        r.choice(["HR Conference Room B", "Room 114", "Break room 2", "Admin trailer"]),
        "\n",
    )
    d.x(
        "Grievant signature: /s/ ",
        (PER, g.full()),
        "     Date: ",
        (DT, fdate(r, filed, "en", "us")),
        "\n",
    )
    d.x(f"Received by (mgmt): ________   Form UG-7 rev {r.randint(2, 9)}\n")


def dom_cioms(d: Doc, r):
    rep, phys = person(r), person(r)
    cc = r.choice(["US", "DE", "IT", "FR", "PL", "NL", "JP", "CA", "GB"])
    country = r.choice(COUNTRY_NAMES[cc])
    dob = rdob(r, 18, 88)
    onset = rdate(r)
    t0 = onset - td(r.randint(10, 60))
    rcv = onset + td(r.randint(2, 20))
    ctl = f"{cc}-{r.choice(['ACME', 'HLX', 'NVB', 'QPH'])}-{onset.year}{_d(r, 6)}"
    drug = r.choice(
        [
            "lamotrigine 100 mg tablets",
            "carbamazepine 200 mg",
            "allopurinol 300 mg",
            "apixaban 5 mg",
            "pembrolizumab 100 mg/4 mL",
        ]
    )
    d.x(
        "CIOMS FORM\nSUSPECT ADVERSE REACTION REPORT\n",
        "-" * 40,
        "\n",
        f"Mfr. control no.: {ctl}\n\n",
    )
    d.x("I. REACTION INFORMATION\n")
    d.x("1. PATIENT INITIALS (first, last): PRIVACY\n")
    d.x("1a. COUNTRY: ", (LOC, country), "\n")
    d.x(
        "2. DATE OF BIRTH: ",
        (DOB, fdate(r, dob, "en", r.choice(["dmy_up", "dmy_abbr", "eu"]))),
        f"     2a. AGE: {onset.year - dob.year} Years     3. SEX: {r.choice(['F', 'M'])}\n",
    )
    d.x(
        "4-6. REACTION ONSET: ", (DT, fdate(r, onset, "en", r.choice(["dmy_up", "dmy_abbr"]))), "\n"
    )
    hosp = r.choice(
        ["University Hospital", "Regional Medical Centre", "Ospedale Maggiore", "Klinikum Mitte"]
    )
    a = addr(r, cc) if cc in ("US", "DE", "IT", "FR", "PL", "NL", "JP", "CA", "GB") else addr(r)
    d.x(
        "7+13. DESCRIBE REACTION(S): Patient developed ",
        r.choice(
            [
                "generalised maculopapular rash",
                "fever and mucosal erosions",
                "acute hepatitis (ALT 14x ULN)",
                "GI haemorrhage",
            ]
        ),
        f" approx. {r.randint(9, 40)} days after starting {drug.split()[0]}. Admitted to {hosp} in ",
        (LOC, city_loc(r, a)),
        " on ",
        (DT, fdate(r, onset + td(1), "en", "dmy_long")),
        ". MedDRA PT: ",
        r.choice(
            [
                "Stevens-Johnson syndrome (10042033)",
                "Drug-induced liver injury (10072268)",
                "Gastrointestinal haemorrhage (10017955)",
            ]
        ),
        ". Hospital record no. ",
        (MRN, mrn(r)),
        ". Suspect drug withdrawn; patient ",
        r.choice(["recovering", "recovered with sequelae", "not yet recovered"]),
        ".\n",
    )
    d.x(
        "8-12. CHECK ALL APPROPRIATE: [X] patient hospitalised  [ ] life threatening  [ ] death\n\n"
    )
    d.x("II. SUSPECT DRUG(S) INFORMATION\n")
    d.x(f"14. SUSPECT DRUG(S): {drug}, lot {rs(r, 2, string.ascii_uppercase)}{_d(r, 5)}\n")
    d.x(
        f"15. DAILY DOSE(S): {r.choice(['100 mg BID', '200 mg daily', '5 mg BID', '1 tab qd'])}     16. ROUTE: oral\n"
    )
    d.x(
        "17. INDICATION(S): ",
        r.choice(["epilepsy", "gout", "atrial fibrillation", "NSCLC"]),
        f" ({r.choice(ICD10)})\n",
    )
    d.x(
        "18. THERAPY DATES (from/to): ",
        (DT, fdate(r, t0, "en", "dmy_up")),
        " / ",
        (DT, fdate(r, onset, "en", "dmy_up")),
        f"     19. THERAPY DURATION: {(onset - t0).days} days\n\n",
    )
    d.x("IV. MANUFACTURER INFORMATION\n24a. NAME AND ADDRESS OF REPORTER:\n")
    d.x(
        r.choice(["Dr. ", "Dott. ", "Dr. med. ", ""]),
        (PER, pname(r, phys, ("full", "upper", "fml"))),
        "\n",
        hosp,
        "\n",
        (ADDR, multiline(a)),
        "\nTel: ",
        (PH, phone(r, cc)),
        "   E-mail: ",
        (
            EM,
            work_email(
                r,
                phys,
                r.choice(
                    ["uniklinik-mitte.de", "aou-hospital.it", "rmc-health.org", "chu-example.fr"]
                ),
            ),
        ),
        "\n",
    )
    d.x(
        f"24b. MFR CONTROL NO.: {ctl}\n24c. DATE RECEIVED BY MANUFACTURER: ",
        (DT, fdate(r, rcv, "en", "dmy_up")),
        "\n24d. REPORT SOURCE: [X] HEALTH PROFESSIONAL  [ ] LITERATURE\n",
    )
    d.x(
        "25a. REPORT TYPE: ",
        r.choice(["INITIAL", "FOLLOWUP"]),
        "\nProcessed by: ",
        (PER, pname(r, rep, ("full", "lf"))),
        ", PV case processing\n",
    )


def dom_compounding_log(d: Doc, r):
    pharm = r.choice(
        [
            "Mortar & Pestle Compounding",
            "Bluebonnet Apothecary",
            "Riverside Compounding Pharmacy",
            "Hollis & Grant Apothecary",
        ]
    )
    a = addr(r, "US")
    rph, pic = person(r), person(r)
    d.x(
        pharm,
        "\n",
        (ADDR, oneline(a)),
        "   Ph ",
        (PH, phone(r)),
        "\nNON-STERILE COMPOUNDING LOG (USP <795>)   Sheet #",
        str(r.randint(2, 60)),
        "\n\n",
    )
    cols = ["Date", "Rx #", "Patient", "MRN", "Formula", "Qty", "Lot #", "BUD", "Prep", "RPh"]
    d.t(" | ".join(cols) + "\n" + "-" * 96 + "\n")
    day = rdate(r)
    forms = [
        "Ketoprofen 10%/Lidocaine 5% cream",
        "Omeprazole 2 mg/mL susp",
        "Progesterone 100 mg caps",
        "Magic mouthwash (BMX)",
        "Baclofen 1% / Gabapentin 6% gel",
        "Metronidazole 0.75% vag gel",
        "Spironolactone 5 mg/mL susp",
        "Tacrolimus 0.1% ointment",
    ]
    for _ in range(r.randint(3, 6)):
        pt = person(r)
        day = day + td(r.randint(0, 2))
        bud = day + td(r.choice([14, 30, 90, 180]))
        d.x(
            (DT, fdate(r, day, "en", r.choice(["us", "us_nz"]))),
            " | ",
            str(r.randint(6000000, 7999999)),
            " | ",
            (PER, r.choice([pt.lf(), pt.upper(), pt.lfm()])),
            " | ",
            (MRN, mrn(r)),
            " | ",
            r.choice(forms),
            " | ",
            r.choice(["30 g", "120 g", "60 mL", "100 caps", "240 mL", "15 g"]),
            " | ",
            f"CMP-{day:%y%m%d}-{r.randint(1, 9):02d}",
            " | ",
            (DT, fdate(r, bud, "en", "us")),
            " | ",
            rs(r, 2, string.ascii_uppercase),
            " | ",
            (PER, rph.last if r.random() < 0.6 else pic.last),
            "\n",
        )
    d.t("\n")
    d.x(
        "Balance calibration verified ",
        (DT, fdate(r, day, "en", "us")),
        " by ",
        (PER, pname(r, rph, ("full", "fml"))),
        f" (Mettler weight set S/N {rs(r, 8, UP_DIG)}).\n",
    )
    if r.random() < 0.5:
        pt = person(r)
        d.x(
            "Note: called ",
            (PER, pt.full()),
            " at ",
            (PH, phone(r)),
            " re: flavoring (grape) for susp; ok per mom. NDC 0093-",
            _d(r, 4),
            "-",
            _d(r, 2),
            " used as API source.\n",
        )
    d.x(
        "Pharmacist-in-charge: ",
        (PER, pname(r, pic, ("full", "upper"))),
        f", RPh  Lic. RPH-{_d(r, 7)}\n",
    )


def dom_i130(d: Doc, r):
    pet = person(r, origin=r.choice(["en", "es", "in", "vi", "af", "ko", "ar"]))
    ben = person(r, origin=r.choice(["es", "vi", "in", "af", "ar", "pl", "ko", "ja", "zh"]))
    pa = addr(r, "US")
    bcc = {
        "es": "MX",
        "vi": "VN",
        "in": "IN",
        "af": "NG",
        "ar": "US",
        "pl": "PL",
        "ko": "KR",
        "ja": "JP",
        "zh": "US",
    }[ben.origin]
    if bcc == "US":
        bcc = r.choice(["MX", "IN", "VN"])
    ba = addr(r, bcc)
    pob = addr(r, r.choice(["US", "MX", "IN", "VN", "NG", "KR"]))
    d.x(
        "Form I-130, Petition for Alien Relative\nDepartment of Homeland Security\nU.S. Citizenship and Immigration Services\n",
        f"USCIS Form I-130  OMB No. 1615-0012\n\nPart 1. Relationship (You are the Petitioner)\n1. I am filing this petition for my: [X] Spouse\n\n",
    )
    d.x("Part 2. Information About You (Petitioner)\n")
    d.x(f"1. Alien Registration Number (A-Number) (if any): A-{_d(r, 9)}\n")
    d.x(
        "3. U.S. Social Security Number (if any): ",
        (SSN, ssn(r, r.choice(["dash", "plain"]))),
        "\n",
    )
    d.x(
        "Your Full Name\n4.a. Family Name (Last Name): ",
        (PER, pet.last.upper()),
        "\n4.b. Given Name (First Name): ",
        (PER, pet.first.upper()),
        "\n4.c. Middle Name: ",
    )
    if pet.mid:
        d.x((PER, pet.mid.upper()), "\n")
    else:
        d.t("N/A\n")
    d.x(
        "Other Information\n6. City/Town/Village of Birth: ",
        (LOC, pob["city"]),
        "\n7. Country of Birth: ",
        (LOC, r.choice(COUNTRY_NAMES[pob["cc"]])),
        "\n8. Date of Birth (mm/dd/yyyy): ",
        (DOB, fdate(r, rdob(r, 22, 70), "en", "us")),
        "\n9. Sex: [",
        r.choice(["X] Male [ ", " ] Male [X"]),
        "] Female\n",
    )
    d.x(
        "Mailing Address\n10.a. In Care Of Name: \n10.b. Street Number and Name: ",
        (ADDR, pa["street"]),
        "\n10.d. City or Town: ",
        (LOC, pa["city"]),
        "\n10.e. State: ",
        (LOC, pa["region"]),
        f"   10.f. ZIP Code: {pa['postcode']}\n",
    )
    marr = rdate(r, 2018, 2024)
    d.x(
        "Marital Information\n16. How many times have you been married? ",
        str(r.randint(1, 2)),
        "\n18. Current Marital Status: Married\n19. Date of Current Marriage (mm/dd/yyyy): ",
        (DT, fdate(r, marr, "en", "us")),
        "\n20.a. City/Town/Village: ",
        (LOC, city_loc(r, addr(r, r.choice(["US", bcc])))),
        "\n\n",
    )
    d.x(
        "Part 4. Information About Beneficiary\n1. A-Number (if any): None\n4.a. Family Name (Last Name): ",
        (PER, ben.last.upper()),
        "\n4.b. Given Name (First Name): ",
        (PER, ben.first.upper()),
        "\n",
    )
    d.x(
        "8. Country of Birth: ",
        (LOC, r.choice(COUNTRY_NAMES[bcc])),
        "\n9. Date of Birth (mm/dd/yyyy): ",
        (DOB, fdate(r, rdob(r, 20, 60), "en", "us")),
        "\n",
    )
    d.x(
        "Address Outside the United States Where Beneficiary Lives\n13.a. Street Number and Name: ",
        (ADDR, ba["street"]),
        "\n13.c. City or Town: ",
        (LOC, ba["city"]),
        "\n13.d. Province: ",
    )
    if ba["region"]:
        d.x((LOC, ba["region"]))
    d.x(
        f"\n13.e. Postal Code: {ba['postcode'] or ''}\n13.f. Country: ",
        (LOC, r.choice(COUNTRY_NAMES[bcc])),
        "\n",
    )
    d.x("14. Daytime Telephone Number: ", (PH, phone(r, bcc)), "\n\n")
    d.x(
        "Part 6. Petitioner's Statement, Contact Information\n3. Petitioner's Daytime Telephone Number: ",
        (PH, phone(r)),
        "\n4. Petitioner's Mobile Telephone Number (if any): ",
        (PH, phone(r)),
        "\n5. Petitioner's Email Address (if any): ",
        (EM, email_for(r, pet)),
        "\n6.b. Date of Signature (mm/dd/yyyy): ",
        (DT, fdate(r, rdate(r), "en", "us")),
        "\n",
    )
    d.t(f"Receipt #: IOE{_d(r, 10)} (for USCIS use only)\n")


def dom_ortho_plan(d: Doc, r):
    kid = person(r, origin=r.choice(ORIGINS))
    par = person(r, origin=kid.origin)
    if r.random() < 0.75:
        par.last = kid.last
    doc = person(r)
    a = addr(r, "US")
    prac = r.choice(
        [
            "Bright Arc Orthodontics",
            "Parkside Smiles Orthodontics",
            "Aligned Family Orthodontics",
            "Summit Ortho Studio",
        ]
    )
    d.x(
        prac,
        "\n",
        (ADDR, oneline(a)),
        "  ·  ",
        (PH, phone(r)),
        "  ·  ",
        (
            URL,
            url(
                r,
                r.choice(
                    ["www.brightarc-ortho.com", "parksidesmiles.com", "alignedfamilyortho.com"]
                ),
                r.choice(["/new-patients", "/financing", "/forms/consent"]),
            ),
        ),
        "\n\n",
    )
    d.t("ORTHODONTIC TREATMENT PLAN & FINANCIAL AGREEMENT\n\n")
    d.x(
        "Patient: ",
        (PER, pname(r, kid, ("full", "lf"))),
        "     DOB: ",
        (DOB, fdate(r, rdob(r, 8, 16), "en", r.choice(US_STYLES))),
        "     Chart #: ",
        (MRN, mrn(r)),
        "\n",
    )
    d.x(
        "Responsible party: ",
        (PER, pname(r, par, ("full", "fml"))),
        f" ({r.choice(['mother', 'father', 'guardian'])})",
        "     Phone: ",
        (PH, phone(r)),
        "\nEmail: ",
        (EM, email_for(r, par)),
        "\n\n",
    )
    d.x(
        "Diagnosis: Class ",
        r.choice(["II div 1", "I", "III", "II div 2"]),
        f" malocclusion, {r.randint(3, 9)} mm overjet, "
        f"{r.choice(['moderate', 'severe', 'mild'])} crowding (UA), {r.choice(['deep bite 60%', 'open bite', 'crossbite #12'])}.\n",
    )
    d.x(
        "Recommended: Comprehensive treatment (D8080) with ",
        r.choice(
            ["Invisalign Teen", "Damon clear brackets", "metal twin brackets", "Spark aligners"]
        ),
        f"; estimated 18-24 months. Phase I not indicated.\n\n",
    )
    fee = r.randint(48, 72) * 100
    d.x(
        f"Total fee: ${fee:,}.00   Insurance estimate: $1,500.00 (lifetime max)   Down payment: ${r.randint(5, 12) * 100}.00\n"
        f"Monthly: {r.randint(18, 24)} payments of ${r.randint(150, 260)}.00\n"
    )
    d.x(
        "Insurance: ",
        r.choice(["Delta Dental PPO", "MetLife Dental", "Cigna DPPO", "Guardian"]),
        "   Subscriber: ",
        (PER, par.full()),
        "   Member ID: ",
        (HPN, hpn(r)),
        f"   Group: {_d(r, 6)}\n",
    )
    if r.random() < 0.5:
        d.x("Autopay: card ", (CC, card(r)), " authorized by ", (PER, par.first), "\n")
    else:
        d.x(f"Autopay: card on file {masked_card(r)}\n")
    d0 = rdate(r)
    d.x(
        "\nRecords appointment: ",
        (DT, fdt(r, d0, *rtime(r, 8, 17), wd=r.random() < 0.5)),
        "\nBonding/aligner start: ",
        (DT, fdt(r, d0 + td(r.randint(14, 40)), *rtime(r, 8, 17), wd=True)),
        "\n\n",
    )
    d.x(
        "Notes (Dr. ",
        (PER, doc.last),
        "): ",
        (PER, kid.first),
        " is a good candidate; ",
        r.choice(
            [
                "mom reports mouth breathing",
                "missing #7 congenitally",
                "history of thumb habit until age 7",
                "plays trumpet - will need wax",
            ]
        ),
        f". Re-eval in 6 weeks. Fee valid 60 days.\n",
    )
    d.x(
        "Signature of responsible party: ______________   Date: ",
        (DT, fdate(r, d0, "en", "us")),
        "\n",
    )


def dom_student_housing(d: Doc, r):
    st, rm, tech, ra = person(r), person(r), person(r), person(r)
    hall = r.choice(
        [
            "Harrington Hall",
            "Pemberton Commons",
            "Aldridge Tower",
            "Willowbrook Suites",
            "McKinley House",
        ]
    )
    a = addr(r, "US")
    wo = f"WO-{r.randint(100000, 999999)}"
    dd = rdate(r)
    d.x(
        f"[ResLife Maintenance] Work Order {wo}\nBuilding: {hall}  Room {r.randint(1, 9)}{r.randint(0, 3)}{r.randint(1, 9)}{r.choice(['', 'A', 'B'])}\n"
    )
    d.x("Building address: ", (ADDR, oneline(a)), "\n")
    d.x(
        "Submitted by: ",
        (PER, pname(r, st, ("full", "lf", "lower"))),
        f" (Student ID 90{_d(r, 7)})\n",
    )
    d.x(
        "Contact: ",
        (PH, phone(r)),
        " / ",
        (
            EM,
            work_email(
                r, st, r.choice(["students.ridgeline.edu", "mail.ucx.edu", "u.lakemont.edu"])
            ),
        ),
        "\n",
    )
    cat = r.choice(
        [
            ("Plumbing", "Leak"),
            ("Electrical", "Outlet dead"),
            ("HVAC", "No heat"),
            ("Pest", "Ants"),
            ("Doors/Locks", "Key card reader"),
        ]
    )
    d.x(
        f"Category: {cat[0]} > {cat[1]}     Priority: {r.choice(['Routine', 'Urgent', 'Emergency'])}\n"
    )
    h1, m1 = rtime(r, 8, 11)
    d.x(
        "Permission to enter: YES - preferred window ",
        (DT, fdate(r, dd, "en", r.choice(US_STYLES))),
        " between ",
        (DT, ftime(r, h1, m1)),
        " and ",
        (DT, ftime(r, h1 + 3, m1)),
        "\n\n",
    )
    d.x("Description (from resident):\n")
    rmn = rm.first.lower() if r.random() < 0.6 else rm.first
    opts = [
        (
            "the sink in our bathroom has been dripping since like monday and now theres water under the cabinet. my roommate ",
            (PER, rmn),
            " already put in a ticket but nobody came?? pls call before coming in, my cell is ",
            (PH, phone(r)),
            " bc we have a cat (not supposed to lol its a stuffed one named Sergeant Whiskers)",
        ),
        (
            "heater makes a banging noise then stops. its 58 degrees in here. ",
            (PER, rmn),
            " has a space heater but RA said we cant use it. I have a midterm ",
            (DT, fdate(r, dd + td(2), "en", "us_nz")),
            " so mornings are bad, afternoons ok",
        ),
        (
            "card reader on our suite door blinks red for me and ",
            (PER, rmn),
            ". front desk reprogrammed twice. we got locked out at ",
            (DT, ftime(r, 23, 40)),
            " last night and had to call campus safety",
        ),
    ]
    d.x(*r.choice(opts), "\n\n")
    d.t("Activity log:\n")
    for _ in range(r.randint(2, 4)):
        d.x(log_ts(r, dd, r.choice(["space", "isoz"])), "  ")
        k = r.randrange(4)
        if k == 0:
            d.x("Assigned to ", (PER, pname(r, tech, ("full", "fml"))), f" (shop: {cat[0]})\n")
        elif k == 1:
            d.x(
                "Tech note: ",
                r.choice(
                    [
                        "replaced cartridge (Moen 1225), tested ok",
                        "bled radiator, thermostat recalibrated",
                        "reader firmware v" + version(r) + " reflashed",
                        "bait stations placed x4",
                    ]
                ),
                "\n",
            )
        elif k == 2:
            d.x("RA ", (PER, ra.full()), " notified at ", (PH, phone(r)), "\n")
        else:
            d.x(f"Parts ordered PO-{r.randint(40000, 99999)}, est. 3 business days\n")
    d.x(f"Status: {r.choice(['Closed - completed', 'Open - awaiting parts', 'Scheduled'])}\n")


def dom_freshdesk_json(d: Doc, r):
    c, ag = person(r), person(r)
    a = addr(r)
    dd = rdate(r)
    desc_opts = [
        Mix(
            "Hi, I was charged twice for my renewal. My account number is ",
            (ACCT, acct(r)),
            " and the card I used is ",
            (CC, card(r)),
            ". Please refund one of them. You can call me on ",
            (
                PH,
                phone(
                    r,
                    a["cc"]
                    if a["cc"]
                    in (
                        "US",
                        "GB",
                        "DE",
                        "FR",
                        "IT",
                        "NL",
                        "PL",
                        "JP",
                        "KR",
                        "VN",
                        "CA",
                        "AU",
                        "IN",
                        "NG",
                        "ES",
                        "MX",
                    )
                    else "US",
                ),
            ),
            ". Thanks, ",
            (PER, c.first),
        ),
        Mix(
            "Moved house - new address is ",
            (ADDR, oneline(a)),
            ". Invoice INV-",
            _d(r, 6),
            " still went to the old one. Also please update my DOB, it should be ",
            (DOB, fdate(r, rdob(r, 20, 80))),
            ". - ",
            (PER, c.full()),
        ),
        Mix(
            "Can someone call me back ",
            (DT, fdt(r, dd + td(1), *rtime(r, 9, 17))),
            "? The tech (",
            (PER, ag.first),
            ") said the router would be swapped but nothing happened. Order #",
            _d(r, 8),
            " - ",
            (PER, c.full()),
        ),
    ]
    obj = {
        "id": r.randint(10000, 999999),
        "subject": r.choice(
            [
                "Double charge on renewal",
                "Address change",
                "Callback request",
                "Refund not received",
            ]
        ),
        "status": r.choice([2, 3, 4, 5]),
        "priority": r.choice([1, 2, 3]),
        "source": r.choice([1, 2, 3, 7]),
        "requester": {
            "id": r.randint(10**10, 10**11),
            "name": Ent(PER, pname(r, c, ("full", "upper", "lf"))),
            "email": Ent(EM, email_for(r, c)),
            "phone": Ent(PH, phone(r)),
        },
        "responder_id": r.randint(10**10, 10**11),
        "created_at": f"{dd:%Y-%m-%d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
        "updated_at": f"{(dd + td(r.randint(0, 3))):%Y-%m-%d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
        "custom_fields": {
            "cf_account_number": Ent(ACCT, acct(r)),
            "cf_order_id": f"ORD-{r.randint(10**7, 10**8)}",
            "cf_plan": r.choice(["Pro Annual", "Family Monthly", "Fiber 500", "Business Basic"]),
            "cf_card_last4": _d(r, 4),
            "cf_billing_city": Ent(LOC, a["city"]),
            "cf_callback_at": Ent(DT, fdt(r, dd + td(1), lang="en")) if r.random() < 0.5 else None,
            "cf_escalation_tier": r.choice(["T1", "T2", None]),
        },
        "description_text": r.choice(desc_opts),
        "tags": r.sample(
            ["billing", "refund", "vip", "churn-risk", "address", "callback", "hardware"], 3
        ),
        "conversations": [
            {
                "body_text": Mix(
                    "Hi ",
                    (PER, c.first),
                    ", thanks for reaching out. I've escalated this; ref ",
                    f"ESC-{_d(r, 5)}",
                    ". - ",
                    (PER, ag.first),
                ),
                "from_email": Ent(
                    EM,
                    work_email(
                        r, ag, r.choice(["support.ledgerly.co", "help.northwind-utilities.com"])
                    ),
                ),
                "private": False,
                "incoming": False,
            },
        ],
    }
    if r.random() < 0.5:
        obj["conversations"].append(
            {
                "body_text": Mix(
                    "Internal: customer verified with last 4 of SSN ",
                    _d(r, 4),
                    " and postcode; spoke to ",
                    (PER, c.full()),
                    ".",
                ),
                "private": True,
                "incoming": False,
            }
        )
    d.t(f"// export batch {uuid4(r)} page 1/1\n")
    emit_json(d, obj, indent=2)
    d.t("\n")


def dom_okta_log(d: Doc, r):
    u = person(r)
    org = r.choice(
        ["tessellate.io", "quayside-health.org", "brightpath-pay.com", "corvid-labs.com"]
    )
    em = work_email(r, u, org)
    d0 = rdate(r)
    cities = [addr(r, "US") for _ in range(2)] + [addr(r)]
    if r.random() < 0.6:
        d.x(
            "Pasted from Okta System Log while investigating ",
            (PER, u.full()),
            "'s account (possible impossible travel between ",
            (LOC, cities[0]["city"]),
            " and ",
            (LOC, city_loc(r, cities[2])),
            "):\n\n",
        )
    n = r.choice([1, 2, 2, 2, 3])
    for i in range(n):
        a = r.choice(cities)
        region = US_STATES.get(a["region"], a["region"]) if a["cc"] == "US" else a["region"]
        geo = {
            "city": Ent(LOC, a["city"]),
            "state": Ent(LOC, region) if region else None,
            "country": Ent(LOC, COUNTRY_NAMES[a["cc"]][0]),
            "postalCode": a["postcode"],
            "geolocation": {
                "lat": round(r.uniform(-40, 60), 4),
                "lon": round(r.uniform(-120, 140), 4),
            },
        }
        ev = r.choice(
            [
                ("user.session.start", "User login to Okta", "SUCCESS"),
                ("user.authentication.auth_via_mfa", "Authentication of user via MFA", "FAILURE"),
                (
                    "user.account.reset_password",
                    "Fired when the user's Okta password is reset",
                    "SUCCESS",
                ),
                ("policy.evaluate_sign_on", "Evaluation of sign-on policy", "CHALLENGE"),
            ]
        )
        obj = {
            "actor": {
                "id": "00u" + rs(r, 17),
                "type": "User",
                "alternateId": Ent(EM, em),
                "displayName": Ent(PER, u.full()),
            },
            "client": {
                "userAgent": {
                    "rawUserAgent": r.choice(
                        [
                            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                            "okta-auth-js/7.5.1",
                            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)",
                        ]
                    ),
                    "os": r.choice(["Mac OS X", "iOS", "Windows 10"]),
                    "browser": r.choice(["CHROME", "SAFARI", "EDGE"]),
                },
                "zone": "null",
                "device": "Computer",
                "ipAddress": Ent(IP, ip(r)),
                "geographicalContext": geo,
            },
            "displayMessage": ev[1],
            "eventType": ev[0],
            "outcome": {
                "result": ev[2],
                "reason": None
                if ev[2] == "SUCCESS"
                else r.choice(["INVALID_CREDENTIALS", "VERIFICATION_ERROR"]),
            },
            "published": log_ts(r, d0, "iso"),
            "severity": "INFO",
            "uuid": uuid4(r),
            "version": "0",
            "transaction": {"type": "WEB", "id": rs(r, 27)},
            "debugContext": {
                "debugData": {
                    "requestUri": "/api/v1/authn",
                    "threatSuspected": r.choice(["false", "true"]),
                    "url": "/api/v1/authn?",
                }
            },
        }
        if ev[0] == "user.account.reset_password" and r.random() < 0.5:
            tgt = person(r)
            obj["target"] = [
                {
                    "id": "00u" + rs(r, 17),
                    "type": "User",
                    "alternateId": Ent(EM, work_email(r, tgt, org)),
                    "displayName": Ent(PER, tgt.full()),
                }
            ]
        emit_json(d, obj, compact=True)
        d.t("\n")
    if r.random() < 0.4:
        d.x(
            "\nLast successful MFA from ",
            (IP, ipv4(r)),
            f"; device fingerprint {hexs(r, 40)}. Ticket SEC-{r.randint(1000, 9999)}.\n",
        )


def dom_datadog_alert(d: Doc, r):
    onc = person(r)
    svc = r.choice(
        ["checkout-api", "ledger-writer", "auth-gateway", "claims-ingest", "notif-worker"]
    )
    mid = r.randint(10**7, 10**8)
    d0 = rdate(r)
    hip = ipv4(r)
    prio = r.randint(1, 3)
    d.x(f"[Triggered] [P{prio}] High 5xx error rate on {svc} (env:prod)\n\n")
    d.x(f"Monitor ID: {mid}    Priority: P{prio}    Triggered 4m ago\n")
    d.x(
        f"sum(last_5m):sum:trace.http.request.errors{{service:{svc},env:prod}}.as_count() > {r.choice([50, 100, 250])}\n"
    )
    d.x(
        f"Host: ip-{hip.replace('.', '-')}.ec2.internal  (",
        (IP, hip),
        f")   agent {version(r)}\n\n",
    )
    d.x(
        f"@pagerduty-{svc} @slack-oncall-{r.choice(['payments', 'core', 'platform'])} @{handle_for(r, onc)}\n\n"
    )
    d.t("Sample log events:\n")
    for _ in range(r.randint(2, 4)):
        c = person(r)
        d.x(log_ts(r, d0, "iso"), r.choice([" ERROR ", " WARN "]))
        k = r.randrange(5)
        if k == 0:
            d.x(
                "PaymentDeclined customer_email=",
                (EM, email_for(r, c)),
                f" card=************{_d(r, 4)} client_ip=",
                (IP, ip(r)),
                f" trace_id={hexs(r, 32)}\n",
            )
        elif k == 1:
            d.x(
                f"upstream timeout after 30000ms request_id={uuid4(r)} path=/v2/charges dur_ms={r.randint(30000, 31000)}\n"
            )
        elif k == 2:
            d.x(
                'outbound call failed headers={"Authorization": "Bearer ',
                (SEC, rs(r, r.randint(32, 48), URLSAFE)),
                '", "X-Req": "',
                uuid4(r),
                '"}\n',
            )
        elif k == 3:
            d.x(
                "validation failed for customer ",
                (PER, c.full()),
                " phone=",
                (PH, phone(r)),
                f" code=E{r.randint(100, 999)}\n",
            )
        else:
            d.x("retrying webhook to ", (URL, url(r)), f" attempt={r.randint(2, 5)}\n")
    d.x(
        "\nView monitor: ",
        (URL, f"https://app.datadoghq.com/monitors/{mid}?view=spans&from_ts={epoch(r)}000"),
        "\n",
    )
    d.x(
        "Runbook: ",
        (URL, f"https://wiki.{r.choice(['tessellate.io', 'corvid-labs.com'])}/runbooks/{svc}-5xx"),
        "\n",
    )
    d.x("On call: ", (PER, pname(r, onc, ("full", "given"))), " (", (PH, phone(r)), ")\n")
    if r.random() < 0.3:
        d.x("Escalation: if no ack in 15m page ", (PER, person(r).full()), "\n")


def dom_pg_dump(d: Doc, r):
    d.x(
        "--\n-- PostgreSQL database dump\n--\n\n",
        f"-- Dumped from database version {r.randint(12, 16)}.{r.randint(1, 12)}\n",
        f"-- Dumped by pg_dump version {r.randint(14, 16)}.{r.randint(1, 6)}\n\n",
        "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\n",
    )
    d0 = rdate(r)
    tables = r.sample(["patients", "customers", "api_users"], 2)
    for tbl in tables:
        if tbl == "patients":
            d.t(
                "COPY public.patients (id, mrn, last_name, first_name, dob, phone, email, street, city, state, zip, member_id, created_at) FROM stdin;\n"
            )
            for i in range(r.randint(2, 4)):
                p = person(r)
                a = addr(r, "US")
                d.x(
                    str(r.randint(1, 90000)),
                    "\t",
                    (MRN, mrn(r)),
                    "\t",
                    (PER, p.last),
                    "\t",
                    (PER, p.first),
                    "\t",
                    (DOB, f"{rdob(r):%Y-%m-%d}"),
                    "\t",
                    (PH, phone(r)),
                    "\t",
                )
                if r.random() < 0.8:
                    d.x((EM, email_for(r, p)))
                else:
                    d.t("\\N")
                d.x(
                    "\t",
                    (ADDR, a["street"]),
                    "\t",
                    (LOC, a["city"]),
                    "\t",
                    (LOC, a["region"]),
                    "\t",
                    a["postcode"].split("-")[0],
                    "\t",
                    (HPN, hpn(r)),
                    "\t",
                    f"{d0:%Y-%m-%d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_d(r, 6)}+00",
                    "\n",
                )
        elif tbl == "customers":
            d.t(
                "COPY public.customers (id, full_name, email, phone, ssn, card_number, card_fingerprint, signup_ip, created_at) FROM stdin;\n"
            )
            for i in range(r.randint(2, 4)):
                p = person(r)
                d.x(
                    str(r.randint(1, 90000)),
                    "\t",
                    (PER, p.full()),
                    "\t",
                    (EM, email_for(r, p)),
                    "\t",
                    (PH, phone(r)),
                    "\t",
                )
                k = r.random()
                if k < 0.5:
                    d.x((SSN, ssn(r, "dash")))
                elif k < 0.7:
                    d.t(bad_ssn(r))
                else:
                    d.t("\\N")
                d.t("\t")
                if r.random() < 0.5:
                    d.x((CC, card(r, "plain")))
                else:
                    d.t(masked_card(r).replace(" ", ""))
                d.x(
                    "\t",
                    hexs(r, 64),
                    "\t",
                    (IP, ip(r)),
                    "\t",
                    f"{d0:%Y-%m-%d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00+00",
                    "\n",
                )
        else:
            d.t(
                "COPY public.api_users (id, email, password_hash, api_token, last_login_ip, role) FROM stdin;\n"
            )
            for i in range(r.randint(2, 4)):
                p = person(r)
                d.x(
                    str(r.randint(1, 9000)), "\t", (EM, email_for(r, p)), "\t", bcrypt_hash(r), "\t"
                )
                k = r.random()
                if k < 0.4:
                    d.x((SEC, "tk_" + rs(r, 40)))
                elif k < 0.6:
                    d.x((GH, gh_token(r)))
                else:
                    d.t("\\N")
                d.x(
                    "\t",
                    (IP, ip(r)),
                    "\t",
                    r.choice(["admin", "analyst", "readonly", "billing"]),
                    "\n",
                )
        d.t("\\.\n\n")
    d.t(
        f"SELECT pg_catalog.setval('public.customers_id_seq', {r.randint(1000, 99999)}, true);\n\n--\n-- PostgreSQL database dump complete\n--\n"
    )


def dom_kafka_log(d: Doc, r):
    d0 = rdate(r)
    grp = r.choice(["orders-enricher", "crm-sync", "kyc-forwarder", "claims-normalizer"])
    topic = r.choice(["customer.events", "orders.v2", "kyc.submissions", "claims.raw"])

    def ts():
        return "[" + log_ts(r, d0, "space") + "]"

    d.x(
        ts(),
        f" INFO [Consumer clientId={grp}-1, groupId={grp}] Setting offset for partition {topic}-{r.randint(0, 11)} "
        f"to the committed offset FetchPosition{{offset={r.randint(10**5, 10**7)}, offsetEpoch=Optional[{r.randint(1, 40)}]}} "
        "(org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)\n",
    )
    if r.random() < 0.5:
        d.x(
            ts(),
            " INFO ConsumerConfig values: bootstrap.servers = [",
            (IP, ipv4(r)),
            ":9092, ",
            (IP, ipv4(r)),
            ":9092] sasl.mechanism = PLAIN security.protocol = SASL_SSL\n",
        )
    for _ in range(r.randint(2, 3)):
        p = person(r)
        a = addr(r, "US")
        d.x(
            ts(),
            f" DEBUG Received record topic={topic} partition={r.randint(0, 11)} offset={r.randint(10**5, 10**7)} "
            f"key=cus_{rs(r, 14)} value=",
        )
        payload = {
            "event": r.choice(["customer.updated", "customer.created", "kyc.submitted"]),
            "id": uuid4(r),
            "occurred_at": epoch(r),
            "customer": {
                "name": Ent(PER, p.full()),
                "email": Ent(EM, email_for(r, p)),
                "phone": Ent(PH, phone(r)),
                "shipping": {
                    "line1": Ent(ADDR, a["street"]),
                    "city": Ent(LOC, a["city"]),
                    "state": Ent(LOC, a["region"]),
                    "postal_code": a["postcode"],
                },
            },
        }
        if r.random() < 0.5:
            payload["customer"]["dob"] = Ent(DOB, f"{rdob(r, 18, 80):%Y-%m-%d}")
        if r.random() < 0.4:
            payload["customer"]["ssn"] = Ent(SSN, ssn(r, "dash"))
        if r.random() < 0.4:
            payload["source_ip"] = Ent(IP, ip(r))
        emit_json(d, payload, compact=True)
        d.t("\n")
    if r.random() < 0.5:
        d.x(
            ts(),
            " WARN DeserializationException at offset ",
            str(r.randint(10**5, 10**7)),
            ": Unrecognized token 'card': payload prefix=\"{card:",
            (CC, card(r, "plain")),
            ',cvv:***"\n',
        )
    if r.random() < 0.6:
        d.x(
            ts(),
            " ERROR Failed to create producer for DLQ: sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule "
            f'required username="svc-{grp}" password="',
            (PW, password(r)),
            '";\n',
        )
    d.x(
        ts(),
        f" INFO [Consumer clientId={grp}-1, groupId={grp}] Revoke previously assigned partitions {topic}-3, {topic}-7\n",
    )


NATIVE = {
    ("ja", "Tanaka"): "田中",
    ("ja", "Watanabe"): "渡辺",
    ("ja", "Yamamoto"): "山本",
    ("ja", "Kobayashi"): "小林",
    ("ja", "Nakamura"): "中村",
    ("ja", "Sato"): "佐藤",
    ("ko", "Kim"): "김",
    ("ko", "Park"): "박",
    ("ko", "Choi"): "최",
    ("ko", "Lee"): "이",
    ("ko", "Han"): "한",
    ("ko", "Kang"): "강",
}
VI_DIAC = {
    "Nguyen": "Nguyễn",
    "Tran": "Trần",
    "Le": "Lê",
    "Pham": "Phạm",
    "Hoang": "Hoàng",
    "Vu": "Vũ",
    "Dang": "Đặng",
    "Bui": "Bùi",
    "Do": "Đỗ",
    "Huong": "Hương",
    "Phuong": "Phương",
    "Thao": "Thảo",
    "Duc": "Đức",
    "Ngoc": "Ngọc",
    "Hieu": "Hiếu",
    "Tuan": "Tuấn",
    "Quang": "Quang",
    "Minh": "Minh",
    "Linh": "Linh",
    "Anh": "Anh",
    "Bao": "Bảo",
    "Khang": "Khang",
    "Trang": "Trang",
}


def dom_cjk_email(d: Doc, r):
    org = r.choice(["ja", "ko", "vi"])
    c = person(r, origin=org)
    sp = person(r, origin=org, sex="f" if c.sex == "m" else "m")
    sprel = "wife" if sp.sex == "f" else "husband"
    if r.random() < 0.6:
        sp.last = c.last
    ag = person(r)
    brand = r.choice(["Kestrel Outdoor", "Lumen Home", "Peregrine Audio", "Tidewell Apparel"])
    bdom = brand.lower().replace(" ", "") + ".com"
    cc = {"ja": "JP", "ko": "KR", "vi": "VN"}[org]
    home = addr(r, r.choice([cc, "US", "CA"]))
    old = addr(r, home["cc"])
    dd = rdate(r)
    order = f"{cc}-{r.randint(100000, 999999)}"
    k = r.randrange(3)
    # name as the writer renders it
    if org == "vi" and r.random() < 0.4:
        disp = f"{VI_DIAC.get(c.last, c.last)} {VI_DIAC.get(c.first, c.first)}"
    elif org in ("ja", "ko") and r.random() < 0.3:
        disp = f"{c.last.upper()} {c.first}"
    else:
        disp = c.full()
    d.x(
        "From: ", (PER, disp), " <", (EM, email_for(r, c)), ">\nTo: ", (EM, f"support@{bdom}"), "\n"
    )
    d.x(
        f"Date: {WEEKDAYS['en'][dd.weekday()][:3]}, {dd.day} {MONTHS['en'][dd.month - 1][:3]} {dd.year} "
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['+0900', '+0700', '-0800', '-0500'])}\n"
    )
    d.x(
        f"Subject: {r.choice(['Re: ', ''])}Order #{order} - {r.choice(['wrong size delivered', 'package sent to old address', 'refund question', 'damaged item'])}\n"
    )
    d.x(
        f"Message-ID: <{hexs(r, 16)}.{r.randint(1000, 9999)}@mail.{r.choice(['gmail.com', 'naver.com', 'yahoo.co.jp'])}>\n\n"
    )
    d.x("Hello,\n\n")
    d.x(
        "My name is ",
        (PER, c.full()),
        r.choice([" and", ",", " and"]),
        " I ordered a ",
        r.choice(
            [
                "down jacket (size M)",
                "pair of speakers",
                "set of linen sheets",
                "hiking backpack 40L",
            ]
        ),
        " on ",
        (
            DT,
            fdate(r, dd - td(r.randint(5, 20)), "en", r.choice(["long", "us", "iso", "dmy_long"])),
        ),
        ". ",
    )
    if k == 0:
        d.x(
            "Sorry for my English. The package was delivered to my old address ",
            (ADDR, oneline(old)),
            " but I moved to ",
            (LOC, city_loc(r, home)),
            " last month. My new address is:\n\n",
            (ADDR, multiline(home, True, r)),
            "\n\n",
        )
    elif k == 1:
        d.x(
            "It arrived but the size is wrong. I want exchange, not refund. My ",
            sprel,
            " ",
            (PER, pname(r, sp, ("full", "given"))),
            " can receive the package if I am at work. Please deliver to ",
            (ADDR, oneline(home)),
            ".\n\n",
        )
    else:
        d.x(
            "I returned it with tracking 1Z",
            rs(r, 16, UP_DIG),
            " but still no refund after 3 weeks. The card was ",
            (CC, card(r)) if r.random() < 0.5 else masked_card(r),
            ". Could you check?\n\n",
        )
    d.x(
        "You can call me at ",
        (PH, phone(r, home["cc"])),
        r.choice([" (mobile)", "", " after 6pm my time"]),
        ". I am free ",
        (DT, fdt(r, dd + td(2), *rtime(r, 9, 18), wd=r.random() < 0.5)),
        " if a call is easier.\n\n",
    )
    d.x(
        r.choice(["Best regards,", "Thank you very much,", "Kind regards", "Thanks!!"]),
        "\n",
        (PER, c.full()),
    )
    key = (org, c.last)
    if key in NATIVE and r.random() < 0.6:
        given = {"ja": ["健二", "愛子", "陽翔", "由美"], "ko": ["민준", "서연", "지호", "하은"]}[
            org
        ]
        d.x(
            " (",
            (
                PER,
                NATIVE[key]
                + r.choice(["", " " + r.choice(given)] if org == "ja" else ["", r.choice(given)]),
            ),
            ")",
        )
    d.t("\n\n")
    if r.random() < 0.6:
        d.x("> ", brand, " Support <", (EM, f"help@{bdom}"), "> wrote:\n")
        d.x(
            "> Hi ",
            (PER, c.first),
            ", this is ",
            (PER, ag.first),
            " from ",
            brand,
            ". Your case number is ",
            f"CS{r.randint(10**6, 10**7)}",
            ". Please reply with your phone number and the address on the order.\n",
        )


def dom_eu_letter(d: Doc, r):
    lang = r.choice(["it", "nl", "pl"])
    cc = {"it": "IT", "nl": "NL", "pl": "PL"}[lang]
    rec = person(r, origin=lang)
    sig = person(r, origin=lang)
    a = addr(r, cc)
    co = addr(r, cc)
    dd = rdate(r)
    due = dd + td(r.randint(7, 30))
    ib = iban(r, cc)
    if lang == "it":
        company = r.choice(
            [
                "Assicurazioni Dolomiti S.p.A.",
                "Acqua Serena S.r.l.",
                "Studio Bianchi & Associati",
                "Energia Verde Italia S.r.l.",
            ]
        )
        d.x(
            company,
            "\n",
            (ADDR, oneline(co)),
            "\nTel. ",
            (PH, phone(r, "IT")),
            " - PEC ",
            (
                EM,
                f"amministrazione@pec.{r.choice(['acquaserena.it', 'dolomitiassic.it', 'energiaverde.it'])}",
            ),
            "\n\n",
        )
        d.x((LOC, co["city"]), ", ", (DT, fdate(r, dd, "it")), "\n\n")
        d.x(
            "Spett.le\n",
            r.choice(
                [
                    rec.title("it") + " ",
                    ("Gent.mo Dott. " if rec.sex == "m" else "Gent.ma Dott.ssa "),
                    "",
                ]
            ),
            (PER, pname(r, rec, ("full", "upper"))),
            "\n",
            (ADDR, multiline(a)),
            "\n\n",
        )
        d.x(
            f"Oggetto: rimborso pratica n. {dd.year}/{r.randint(100, 9999):04d} - codice cliente ",
            (ACCT, acct(r)),
            "\n\n",
        )
        d.x(
            "Gentile ",
            rec.title("it"),
            " ",
            (PER, rec.last),
            ",\n\ncon la presente Le comunichiamo che il rimborso di € ",
            f"{r.randint(40, 900)},{r.randint(0, 99):02d}",
            " relativo alla bolletta del ",
            (DT, fdate(r, dd - td(60), "it")),
            " sarà accreditato sul conto IBAN ",
            (IBAN, ib),
            " intestato a ",
            (PER, rec.full()),
            " entro il ",
            (DT, fdate(r, due, "it")),
            ".\n\n",
        )
        d.x(
            "Qualora i dati non fossero corretti, La preghiamo di contattare il nostro ufficio al numero ",
            (PH, phone(r, "IT")),
            " oppure di scrivere a ",
            (EM, f"rimborsi@{r.choice(['acquaserena.it', 'energiaverde.it'])}"),
            ". È inoltre possibile fissare un appuntamento presso la sede di ",
            (LOC, co["city"]),
            " per ",
            (DT, fdt(r, due - td(3), *rtime(r, 9, 16), lang="it", wd=r.random() < 0.5)),
            ".\n\n",
        )
        d.x(
            "Cordiali saluti,\n\n",
            r.choice([("Dott. " if sig.sex == "m" else "Dott.ssa "), "Rag. ", ""]),
            (PER, sig.full()),
            "\nUfficio Rimborsi\n",
        )
        d.t(f"Prot. {r.randint(1000, 99999)}/{dd.year} - Cod. fiscale/P.IVA 0{_d(r, 10)}\n")
    elif lang == "nl":
        company = r.choice(
            [
                "Woonstichting Het Baken",
                "Zorgverzekeraar Lindenhof",
                "Gemeentelijke Belastingen Regio",
                "Energie Direct Noord",
            ]
        )
        d.x(company, "\n", (ADDR, oneline(co)), "\nT ", (PH, phone(r, "NL")), "\n\n")
        d.x((LOC, co["city"]), ", ", (DT, fdate(r, dd, "nl")), "\n\n")
        d.x(
            r.choice(["Aan ", ""]),
            r.choice([rec.title("nl") + " ", ""]),
            (PER, pname(r, rec, ("full", "fml"))),
            "\n",
            (ADDR, multiline(a)),
            "\n\n",
        )
        d.x(
            "Ons kenmerk: ",
            f"{r.choice(['BK', 'ZV', 'GB'])}/{dd.year}/{r.randint(1000, 99999)}",
            "\nUw klantnummer: ",
            (ACCT, acct(r)),
            "\n\n",
        )
        d.x(
            "Geachte ",
            "heer" if rec.sex == "m" else "mevrouw",
            " ",
            (
                PER,
                rec.last[0].upper() + rec.last[1:] if rec.last[:3] in ("van", "de ") else rec.last,
            ),
            ",\n\nHierbij bevestigen wij uw afspraak op ",
            (DT, fdt(r, due, *rtime(r, 9, 16), lang="nl", wd=True)),
            " op ons kantoor aan de ",
            (ADDR, co["street"]),
            ". Neem uw legitimatiebewijs mee.\n\n",
        )
        d.x(
            "Het teveel betaalde bedrag van € ",
            f"{r.randint(20, 600)},{r.randint(0, 99):02d}",
            " storten wij terug op rekening ",
            (IBAN, ib),
            " t.n.v. ",
            (PER, rec.full()),
            ". Klopt dit niet? Bel ons op ",
            (PH, phone(r, "NL")),
            " of mail naar ",
            (
                EM,
                f"klantcontact@{r.choice(['hetbaken.nl', 'lindenhof-zorg.nl', 'energiedirectnoord.nl'])}",
            ),
            " voor ",
            (DT, fdate(r, due - td(2), "nl")),
            ".\n\n",
        )
        d.x("Met vriendelijke groet,\n\n", (PER, sig.full()), "\nAfdeling Klantenservice\n")
    else:
        company = r.choice(
            [
                "Spółdzielnia Mieszkaniowa Zacisze",
                "Wodociągi Miejskie Sp. z o.o.",
                "Kancelaria Notarialna Lewandowski i Wspólnicy",
            ]
        )
        d.x(company, "\n", (ADDR, oneline(co)), "\ntel. ", (PH, phone(r, "PL")), "\n\n")
        d.x((LOC, co["city"]), ", dnia ", (DT, fdate(r, dd, "pl")), "\n\n")
        d.x(
            rec.title("pl"),
            " ",
            (PER, pname(r, rec, ("full", "upper"))),
            "\n",
            (ADDR, multiline(a)),
            "\n\n",
        )
        d.x(
            f"Dotyczy: zwrot nadpłaty, sprawa nr {r.choice(['ZN', 'WM', 'KN'])}/{r.randint(10, 999)}/{dd.year}\n\n"
        )
        d.x(
            ("Szanowna Pani" if rec.sex == "f" else "Szanowny Panie"),
            ",\n\ninformujemy, że nadpłata w kwocie ",
            f"{r.randint(30, 900)},{r.randint(0, 99):02d} zł",
            " zostanie zwrócona na rachunek nr ",
            (IBAN, ib),
            " do dnia ",
            (DT, fdate(r, due, "pl")),
            ". Numer klienta: ",
            (ACCT, acct(r)),
            ".\n\n",
        )
        d.x(
            "W razie pytań prosimy o kontakt pod numerem ",
            (PH, phone(r, "PL")),
            " lub e-mailem: ",
            (EM, f"biuro@{r.choice(['zacisze-sm.pl', 'wodociagi-miejskie.pl'])}"),
            ". Spotkanie w biurze możliwe ",
            (DT, fdt(r, due - td(4), *rtime(r, 9, 15), lang="pl", wd=r.random() < 0.5)),
            ".\n\n",
        )
        d.x("Z poważaniem\n\n", (PER, sig.full()), "\nDział Rozliczeń\n")


def dom_swift_mt103(d: Doc, r):
    o, b = person(r), person(r)
    occ = r.choice(["DE", "NL", "IT", "FR", "PL", "GB"])
    bcc = r.choice(["DE", "NL", "IT", "FR", "PL", "ES", "GB"])
    oa = addr(r, occ if occ != "ES" else "ES")
    ba = addr(r, bcc)
    dd = rdate(r)
    amt = f"{r.randint(500, 90000)},{r.randint(0, 99):02d}"
    cur = r.choice(["EUR", "EUR", "GBP", "PLN"])
    ref = f"{r.choice(['FT', 'TRF', 'OUT'])}{dd:%y%m%d}{_d(r, 5)}"
    snd, rcv = r.sample(BICS, 2)
    d.x(
        f"{{1:F01{snd[:8]}AXXX{_d(r, 10)}}}{{2:O103{_d(r, 4)}{dd:%y%m%d}{rcv[:8]}XXXX{_d(r, 10)}{dd:%y%m%d}{_d(r, 4)}N}}"
        f"{{3:{{108:{rs(r, 10, UP_DIG)}}}{{121:{uuid4(r)}}}}}{{4:\n"
    )
    d.x(f":20:{ref}\n:23B:CRED\n:32A:{dd:%y%m%d}{cur}{amt}\n:33B:{cur}{amt}\n")
    d.x(
        ":50K:/",
        (IBAN, iban(r, occ, grouped=False)),
        "\n",
        (PER, r.choice([o.upper(), f"{o.last.upper()} {o.first.upper()}"])),
        "\n",
        (ADDR, multiline(oa, upper=True)),
        "\n",
    )
    d.x(f":52A:{snd}\n:57A:{rcv}\n")
    d.x(
        ":59:/",
        (IBAN, iban(r, bcc, grouped=False)),
        "\n",
        (PER, b.upper()),
        "\n",
        (ADDR, multiline(ba, upper=True)),
        "\n",
    )
    d.x(
        ":70:",
        r.choice(
            [
                f"/INV/{dd.year}-{r.randint(100, 9999)}",
                f"RENT APT {r.randint(1, 40)} REF {r.randint(1000, 9999)}",
                f"/ROC/{rs(r, 10, UP_DIG)}",
                "SCHOOL FEES TERM 2",
            ]
        ),
        "\n:71A:",
        r.choice(["SHA", "OUR", "BEN"]),
        "\n",
    )
    d.x(f"-}}{{5:{{MAC:{hexs(r, 8).upper()}}}{{CHK:{hexs(r, 12).upper()}}}}}\n\n")
    k = r.randrange(3)
    ops = person(r)
    if k == 0:
        d.x(
            "Ops note (",
            (PER, ops.full()),
            "): beneficiary called from ",
            (PH, phone(r, bcc)),
            " on ",
            (DT, fdate(r, dd + td(1), "en", r.choice(["dmy_long", "iso", "eu"]))),
            " - funds not received. Traced via gpi tracker, UETR above.\n",
        )
    elif k == 1:
        d.x(
            "Compliance screening: no hits for ",
            (PER, b.full()),
            " / ",
            (LOC, city_loc(r, ba)),
            ". Released by ",
            (PER, ops.full()),
            ".\n",
        )
    else:
        d.x(
            f"Cover payment MT202COV ref {rs(r, 12, UP_DIG)}; charges {cur} {r.randint(10, 45)},00. Contact ",
            (EM, work_email(r, ops, "treasury-ops.eu")),
            "\n",
        )


def dom_sepa_xml(d: Doc, r):
    dd = rdate(r)
    exe = dd + td(r.randint(1, 5))
    cc = r.choice(["DE", "NL", "FR", "IT", "AT", "BE", "ES"])
    lang_city = {"AT": "DE", "BE": "NL", "ES": "ES"}.get(cc, cc)
    company = r.choice(
        [
            "Nordwind Logistik GmbH",
            "Atelier Lumière SARL",
            "De Vries & Zonen B.V.",
            "Ferramenta Gallo S.r.l.",
            "Hoffmann & Partner Steuerberatung",
        ]
    )
    n = r.randint(1, 2)
    txs = []
    total = 0
    for _ in range(n):
        v = r.randint(200, 4200)
        total += v
        txs.append(v)
    clerk = person(r)
    if r.random() < 0.6:
        d.x("<!-- exported by ", (PER, clerk.full()), f" from FinOps ERP v{version(r)} -->\n")
    d.x(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n'
        "  <CstmrCdtTrfInitn>\n    <GrpHdr>\n"
    )
    d.x(
        f"      <MsgId>MSG-{dd:%Y%m%d}-{r.randint(1, 999):04d}</MsgId>\n      <CreDtTm>{dd:%Y-%m-%d}T{r.randint(6, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}</CreDtTm>\n"
        f"      <NbOfTxs>{n}</NbOfTxs>\n      <CtrlSum>{total}.00</CtrlSum>\n      <InitgPty><Nm>{company}</Nm></InitgPty>\n    </GrpHdr>\n"
    )
    d.x(
        f"    <PmtInf>\n      <PmtInfId>PMT-{rs(r, 10, UP_DIG)}</PmtInfId>\n      <PmtMtd>TRF</PmtMtd>\n      <BtchBookg>true</BtchBookg>\n"
        "      <ReqdExctnDt>",
        (DT, f"{exe:%Y-%m-%d}"),
        "</ReqdExctnDt>\n",
    )
    d.x(
        f"      <Dbtr><Nm>{company}</Nm></Dbtr>\n      <DbtrAcct><Id><IBAN>",
        (IBAN, iban(r, cc, grouped=False)),
        "</IBAN></Id></DbtrAcct>\n"
        f"      <DbtrAgt><FinInstnId><BIC>{r.choice(BICS)}</BIC></FinInstnId></DbtrAgt>\n",
    )
    for v in txs:
        p = person(
            r,
            origin={
                "DE": "de",
                "NL": "nl",
                "FR": "fr",
                "IT": "it",
                "AT": "de",
                "BE": "nl",
                "ES": "es",
            }[cc]
            if r.random() < 0.6
            else None,
        )
        pcc = r.choice([lang_city, cc if cc in ("DE", "NL", "FR", "IT", "ES") else "DE"])
        a = addr(r, pcc)
        d.x(
            f"      <CdtTrfTxInf>\n        <PmtId><EndToEndId>E2E-{rs(r, 12, UP_DIG)}</EndToEndId></PmtId>\n"
            f'        <Amt><InstdAmt Ccy="EUR">{v}.{r.randint(0, 99):02d}</InstdAmt></Amt>\n'
            f"        <CdtrAgt><FinInstnId><BIC>{r.choice(BICS)}</BIC></FinInstnId></CdtrAgt>\n"
        )
        d.x(
            "        <Cdtr>\n          <Nm>",
            (PER, pname(r, p, ("full", "upper"))),
            "</Nm>\n          <PstlAdr>\n            <StrtNm>",
            (ADDR, a["street"]),
            f"</StrtNm>\n            <PstCd>{a['postcode']}</PstCd>\n            <TwnNm>",
            (LOC, a["city"]),
            f"</TwnNm>\n            <Ctry>{a['cc']}</Ctry>\n          </PstlAdr>\n        </Cdtr>\n",
        )
        d.x(
            "        <CdtrAcct><Id><IBAN>",
            (IBAN, iban(r, pcc if pcc in IBAN_BBAN else "DE", grouped=False)),
            "</IBAN></Id></CdtrAcct>\n",
        )
        d.x(
            f"        <RmtInf><Ustrd>{r.choice(['Gehalt', 'Salaire', 'Salaris', 'Stipendio', 'Nomina'])} {r.choice(['Maerz', 'Q2', 'Bonus', 'Reisekosten'])} "
            f"Personalnr {r.randint(100, 9999)}</Ustrd></RmtInf>\n      </CdtTrfTxInf>\n"
        )
    d.t("    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n")


def dom_coding_audit(d: Doc, r):
    aud, pt, att, pa = person(r), person(r), person(r), person(r)
    fac = r.choice(
        [
            "Lakeside Regional Medical Center",
            "Mercy Valley Hospital",
            "Northgate Community Hospital",
        ]
    )
    adm = rdate(r)
    dis = adm + td(r.randint(1, 8))
    aud_d = dis + td(r.randint(10, 60))
    d.x(
        f"CODING VALIDATION AUDIT - {fac}\n",
        "Auditor: ",
        (PER, pname(r, aud, ("full", "fml"))),
        ", RHIA, CCS     Audit date: ",
        (DT, fdate(r, aud_d, "en", r.choice(US_STYLES))),
        "\n",
        "-" * 60,
        "\n",
    )
    d.x(
        "Encounter: Acct #",
        (ACCT, acct(r)),
        " | MRN ",
        (MRN, mrn(r)),
        " | Pt: ",
        (PER, r.choice([pt.lf().upper(), pt.lf(), pt.lfm()])),
        " | DOB ",
        (DOB, fdate(r, rdob(r, 20, 90), "en", "us")),
        "\n",
    )
    d.x(
        "DOS: ",
        (DT, fdate(r, adm, "en", "us")),
        " - ",
        (DT, fdate(r, dis, "en", "us")),
        f" | Payer: {r.choice(['Medicare A', 'BCBS PPO', 'Medicaid MCO', 'Aetna HMO'])}"
        " | Member ID ",
        (HPN, hpn(r)),
        "\n",
    )
    d.x("Attending: Dr. ", (PER, pname(r, att, ("full", "surname"))), f" (NPI {npi(r)})\n\n")
    p1, p2 = r.sample(ICD10, 2)
    drg1 = r.randint(100, 800)
    d.x(
        f"Finding 1 - Principal dx coded as {p1}; documentation supports {p2} as principal. DRG {drg1} -> {drg1 + 1}, "
        f"est. impact {amount(r, 400, 6000)}.\n"
    )
    d.x(
        f"Finding 2 - CPT {r.choice(CPT)} billed x{r.randint(2, 4)} units; op note supports x1. Modifier 59 not supported.\n"
    )
    d.x(
        "Finding 3 - POA indicator missing for ",
        r.choice(ICD10),
        ". Secondary dx per H&P dictated by ",
        (PER, pa.full()),
        ", PA-C.\n\n",
    )
    d.x(
        "Query sent to Dr. ",
        (PER, att.last),
        " on ",
        (DT, fdt(r, aud_d, *rtime(r, 8, 17))),
        " via EHR in-basket; response pending. Query ID Q-",
        _d(r, 6),
        ".\n",
    )
    if r.random() < 0.5:
        d.x(
            "Pt phone on face sheet ",
            (PH, phone(r)),
            " - not used for audit. Note: ",
            (PER, pt.first),
            "'s prior encounter (",
            (DT, fdate(r, adm - td(r.randint(30, 300)), "en", "us")),
            ") was out of scope.\n",
        )
    d.x(
        f"\nAccuracy: {r.randint(70, 99)}% (threshold 95%). Education session with CDI team recommended.\n"
    )


def dom_chiro_soap(d: Doc, r):
    pt, dc = person(r), person(r)
    sprel, sp = relative(r, ["husband", "wife", "daughter", "son"])
    dos = rdate(r)
    clinic = r.choice(
        ["Backbone Family Chiropractic", "Align Wellness Center", "Keystone Spine & Rehab"]
    )
    d.x(f"{clinic} - DAILY SOAP NOTE\n")
    d.x(
        "Patient: ",
        (PER, pname(r, pt, ("full", "lf", "upper"))),
        "    DOB: ",
        (DOB, fdate(r, rdob(r, 18, 80), "en", r.choice(US_STYLES))),
        "    Acct: ",
        (ACCT, acct(r)),
        "\n",
    )
    d.x(
        "DOS: ",
        (DT, fdate(r, dos, "en", r.choice(US_STYLES))),
        f"    Visit {r.randint(2, 11)} of 12    Ins: {r.choice(['Cigna', 'UHC', 'Aetna', 'BCBS', 'Auto PIP'])}"
        " ID ",
        (HPN, hpn(r)),
        "\n\n",
    )
    inj = dos - td(r.randint(10, 90))
    d.x(
        "S: Pt reports ",
        r.choice(["low back pain", "neck pain w/ HA", "mid-back stiffness", "R sciatica"]),
        f" {r.randint(3, 8)}/10 (was {r.randint(5, 9)}/10 last visit). ",
        r.choice(
            [
                "Worse in AM, better w/ walking.",
                "Aggravated by sitting > 30 min.",
                "Sleeping better.",
            ]
        ),
        " Onset after ",
        r.choice(["MVA", "lifting at work", "fall on ice", "gardening"]),
        " on ",
        (DT, fdate(r, inj, "en", "us")),
        ". ",
    )
    if r.random() < 0.6:
        d.x(sprel.capitalize(), " ", (PER, pname(r, sp, ("given", "full"))), " drove pt today.")
    d.t("\n")
    d.x(
        f"O: Subluxation/segmental dysfunction {r.choice(['L4-L5', 'C5-C6', 'T6-T7', 'L5-S1'])}, {r.choice(['R', 'L'])} SI joint. "
        f"Hypertonicity paraspinals +{r.randint(1, 3)}. Cervical ROM flex {r.randint(30, 50)}°, ext {r.randint(40, 60)}°. SLR neg bilat.\n"
    )
    d.x(
        f"A: {r.choice(ICD10)}, {r.choice(['M54.50', 'M99.03', 'M62.830', 'S13.4XXA'])} - improving.\n"
    )
    d.x(
        f"P: CMT {r.choice(['98940', '98941'])}, 97140 x{r.randint(1, 2)}, 97110 x{r.randint(1, 3)}. Return ",
        (DT, fdt(r, dos + td(r.randint(2, 7)), *rtime(r, 8, 18), wd=r.random() < 0.5)),
        ". HEP: cat-camel, bird-dog 2x10.\n",
    )
    if r.random() < 0.4:
        d.x(
            "Attorney lien on file (",
            r.choice(["Castellano & Brennan LLP", "Okafor Injury Law"]),
            "); adjuster ",
            (PER, person(r).full()),
            " ",
            (PH, phone(r)),
            ", claim ",
            f"{r.randint(10, 99)}-{_d(r, 7)}",
            ".\n",
        )
    d.x("\n", (PER, pname(r, dc, ("full", "fml"))), ", DC\n")


def dom_vault_audit(d: Doc, r):
    d0 = rdate(r)
    u = person(r)
    org = r.choice(["tessellate.io", "corvid-labs.com", "brightpath-pay.com"])
    rip = ip(r)
    hdl = handle_for(r, u)
    if r.random() < 0.5:
        d.x(
            "# vault audit excerpt (log_raw=true was left on in staging!) - ",
            (PER, u.first),
            " pls rotate everything below\n",
        )
    for _ in range(r.choice([1, 2, 2, 3])):
        raw = r.random() < 0.65
        path, data = r.choice(
            [
                (
                    "secret/data/payments/stripe",
                    lambda: {
                        "api_key": Ent(STRIPE, stripe_key(r))
                        if raw
                        else "hmac-sha256:" + hexs(r, 64)
                    },
                ),
                (
                    "database/creds/app-prod",
                    lambda: {
                        "username": f"v-approle-app-prod-{rs(r, 20)}",
                        "password": Ent(PW, password(r)) if raw else "hmac-sha256:" + hexs(r, 64),
                    },
                ),
                (
                    "aws/creds/deploy",
                    lambda: {
                        "access_key": Ent(AKID, aws_akid(r))
                        if raw
                        else "hmac-sha256:" + hexs(r, 64),
                        "secret_key": Ent(ASK, aws_secret(r))
                        if raw
                        else "hmac-sha256:" + hexs(r, 64),
                        "security_token": None,
                    },
                ),
                (
                    "secret/data/integrations/sendgrid",
                    lambda: {
                        "token": Ent(SEC, generic_secret(r))
                        if raw
                        else "hmac-sha256:" + hexs(r, 64)
                    },
                ),
                (
                    "secret/data/ci/github",
                    lambda: {
                        "token": Ent(GH, gh_token(r)) if raw else "hmac-sha256:" + hexs(r, 64)
                    },
                ),
                (
                    "secret/data/ssh/deploy",
                    lambda: {
                        "private_key": Ent(PK, pem_key(r, small=True))
                        if raw
                        else "hmac-sha256:" + hexs(r, 64),
                        "public_key_fingerprint": "SHA256:"
                        + rs(r, 43, string.ascii_letters + string.digits + "+/"),
                    },
                ),
            ]
        )
        obj = {
            "time": log_ts(r, d0, "iso"),
            "type": "response",
            "auth": {
                "client_token": "hmac-sha256:" + hexs(r, 64),
                "accessor": "hmac-sha256:" + hexs(r, 64),
                "display_name": "oidc-" + hdl,
                "policies": ["default", r.choice(["payments-ro", "deploy", "dba"])],
                "metadata": {
                    "role": r.choice(["dev", "sre", "ci"]),
                    "username": Ent(EM, work_email(r, u, org)),
                },
                "entity_id": uuid4(r),
                "token_type": "service",
            },
            "request": {
                "id": uuid4(r),
                "operation": "read",
                "mount_type": "kv",
                "path": path,
                "remote_address": Ent(IP, rip),
                "remote_port": r.randint(30000, 65000),
            },
            "response": {
                "mount_type": "kv",
                "data": {"data": data(), "metadata": {"version": r.randint(1, 30)}},
            },
        }
        emit_json(d, obj, compact=True)
        d.t("\n")


def dom_helm_review(d: Doc, r):
    rev, auth = person(r), person(r)
    pr = r.randint(100, 9999)
    app = r.choice(["payments-api", "claims-portal", "notif-service", "ledger"])
    d.x(
        f"Review comment on PR #{pr} ({app}: bump chart to {version(r)})\n",
        (PER, pname(r, rev, ("full", "given"))),
        " requested changes:\n\n",
    )
    d.x(
        "> ",
        r.choice(
            [
                "Please don't commit real creds in values-prod.yaml, these need to go through external-secrets.",
                "These look like live keys - can you move them to the sealed secret and rotate?",
                "values file has prod secrets in plain text again :(",
            ]
        ),
        " cc ",
        (PER, auth.first),
        "\n\n```yaml\n",
    )
    d.x(
        f'image:\n  repository: registry.internal/{app}\n  tag: "{version(r)}"\n  digest: sha256:{hexs(r, 64)}\nreplicaCount: {r.randint(2, 6)}\n'
    )
    dbpw = password(r, dsn_safe=True)
    d.x(
        "postgresql:\n  auth:\n    username: ",
        app.split("-")[0],
        '\n    password: "',
        (PW, password(r)),
        '"\n    database: ',
        app.split("-")[0],
        "\n",
    )
    d.x(
        'externalDatabase:\n  url: "postgresql://',
        app.split("-")[0],
        ":",
        (PW, dbpw),
        f'@db-prod.internal:5432/{app.split("-")[0]}?sslmode=require"\n',
    )
    d.t("env:\n")
    opts = [
        ("STRIPE_SECRET_KEY", STRIPE, stripe_key),
        ("AWS_ACCESS_KEY_ID", AKID, aws_akid),
        ("AWS_SECRET_ACCESS_KEY", ASK, aws_secret),
        ("DD_API_KEY", SEC, lambda rr: hexs(rr, 32)),
        ("SLACK_BOT_TOKEN", SLK, slack_token),
        (
            "SENDGRID_API_KEY",
            SEC,
            lambda rr: "SG." + rs(rr, 22, URLSAFE) + "." + rs(rr, 43, URLSAFE),
        ),
        ("JWT_SIGNING_SECRET", SEC, lambda rr: rs(rr, 48)),
        ("SERVICE_TOKEN", JWT, jwt_token),
    ]
    for k, typ, fn in r.sample(opts, r.randint(3, 4)):
        d.x(f"  {k}: ", (typ, fn(r)), "\n")
    d.x("  GITHUB_TOKEN: ${{ secrets.GH_DEPLOY_TOKEN }}\n  REDIS_PASSWORD: ${REDIS_PASSWORD}\n")
    d.x(
        f'  LOG_LEVEL: info\n  FEATURE_FLAGS_URL: "',
        (URL, url(r, f"flags.{r.choice(['tessellate.io', 'corvid-labs.com'])}", "/v1/flags")),
        '"\n',
    )
    d.x(f"ingress:\n  enabled: true\n  hosts:\n    - {app}.prod.corvid-labs.com\n")
    if r.random() < 0.4:
        d.x("  tls:\n    key: |\n      ", (PK, pem_key(r, indent="      ")), "\n")
    d.x(
        'smtp:\n  from: "',
        (EM, f"no-reply@{r.choice(['corvid-labs.com', 'tessellate.io'])}"),
        '"\n  replyTo: "',
        (EM, work_email(r, auth, "corvid-labs.com")),
        '"\n',
    )
    d.t("```\n\n")
    d.x(
        (PER, auth.first.lower() if r.random() < 0.4 else auth.first),
        ": ",
        r.choice(
            [
                "ugh sorry, rotating now",
                "my bad - those were copied from my local .env",
                "will fix, the stripe one is already revoked",
            ]
        ),
        "\n",
    )


def dom_ldif(d: Doc, r):
    dc = r.choice([("corvid-labs", "com"), ("quayside", "org"), ("stadtwerke-nord", "de")])
    d.x(
        f"# extended LDIF\n#\n# LDAPv3\n# base <ou=People,dc={dc[0]},dc={dc[1]}> with scope subtree\n# filter: (objectClass=inetOrgPerson)\n#\n\n"
    )
    for _ in range(r.randint(2, 3)):
        p = person(r)
        uid = handle_for(r, p)
        a = addr(r, r.choice(["US", "US", "DE", "GB", "NL"]))
        d.x(f"# {uid}, People, {dc[0]}.{dc[1]}\ndn: uid={uid},ou=People,dc={dc[0]},dc={dc[1]}\n")
        d.x("objectClass: inetOrgPerson\nobjectClass: posixAccount\n")
        d.x("cn: ", (PER, p.full()), "\nsn: ", (PER, p.last), "\ngivenName: ", (PER, p.first), "\n")
        d.x("mail: ", (EM, work_email(r, p, f"{dc[0]}.{dc[1]}")), "\n")
        d.x("telephoneNumber: ", (PH, phone(r, a["cc"])), "\n")
        if r.random() < 0.5:
            d.x("mobile: ", (PH, phone(r, a["cc"])), "\n")
        d.x("postalAddress: ", (ADDR, "$".join(a["lines"])), "\n")
        d.x("l: ", (LOC, a["city"]), "\n")
        if a["region"]:
            d.x("st: ", (LOC, a["region"]), "\n")
        if a["postcode"]:
            d.x(f"postalCode: {a['postcode']}\n")
        d.x(
            f"uidNumber: {r.randint(10000, 60000)}\ngidNumber: {r.randint(100, 5000)}\nhomeDirectory: /home/{uid}\n"
        )
        d.x(f"employeeNumber: {r.randint(10000, 99999)}\n")
        k = r.random()
        if k < 0.5:
            d.x(
                "userPassword:: ",
                base64.b64encode(("{SSHA}" + rs(r, 32, B64)).encode()).decode(),
                "\n",
            )
        elif k < 0.75:
            d.x("userPassword: ", (PW, password(r)), "\n")
        if r.random() < 0.35:
            ec = person(r)
            d.x(
                "description: emergency contact ",
                (PER, ec.full()),
                " ",
                (PH, phone(r, a["cc"])),
                "\n",
            )
        d.t("\n")
    d.t(f"# search result\nsearch: 2\nresult: 0 Success\n\n# numResponses: {r.randint(3, 4)}\n")


def _csv_cell(d: Doc, typ, val, quote_if=","):
    q = any(c in val for c in quote_if + '"\n')
    if q:
        d.t('"')
    d.e(typ, val)
    if q:
        d.t('"')


def dom_newsletter_csv(d: Doc, r):
    use_names = r.random() < 0.5
    d.t(
        "email,first_name,last_name,phone,city,country,birthday,signup_ip,signup_source,opt_in_time,member_rating\n"
    )
    d0 = rdate(r)
    for _ in range(r.randint(5, 11)):
        p = person(r)
        a = addr(r)
        _csv_cell(d, EM, email_for(r, p))
        d.t(",")
        first = p.first if r.random() < 0.85 else p.first.lower()
        _csv_cell(d, PER, first)
        d.t(",")
        if r.random() < 0.9:
            _csv_cell(d, PER, p.last)
        d.t(",")
        if r.random() < 0.7:
            _csv_cell(d, PH, phone(r, a["cc"]))
        d.t(",")
        _csv_cell(d, LOC, a["city"])
        d.t(",")
        if use_names:
            _csv_cell(d, LOC, COUNTRY_NAMES[a["cc"]][0])
        else:
            d.t(a["cc"])
        d.t(",")
        if r.random() < 0.6:
            b = rdob(r, 16, 80)
            _csv_cell(d, DOB, r.choice([f"{b:%Y-%m-%d}", f"{b:%m/%d/%Y}", f"{b:%d/%m/%Y}"]))
        d.t(",")
        _csv_cell(d, IP, ip(r))
        d.x(
            ",",
            r.choice(["popup", "checkout", "footer", "import", "api"]),
            ",",
            f"{d0:%Y-%m-%d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
            ",",
            str(r.randint(1, 5)),
            "\n",
        )


def dom_small_claims(d: Doc, r):
    pl, ag = person(r), person(r)
    pa = addr(r, "US")
    da = addr(r, "US")
    court = addr(r, "US")
    biz = r.choice(
        [
            "Apex & Sons Roofing LLC",
            "McAllister Brothers Auto Body",
            "Sunrise Movers Inc.",
            "Greer & Daughters Flooring",
            "Nguyen Bros. Landscaping LLC",
        ]
    )
    inc = rdate(r)
    hear = inc + td(r.randint(40, 120))
    d.x(
        "SMALL CLAIMS COURT - ",
        (LOC, f"{court['city']}, {court['region']}"),
        "\n",
        f"Case No.: SC-{inc.year % 100}-{_d(r, 6)}\n\n",
    )
    d.t("PLAINTIFF'S CLAIM AND ORDER TO GO TO SMALL CLAIMS COURT\n\n")
    d.x(
        "1. Plaintiff (the person suing): ",
        (PER, pname(r, pl, ("full", "fml", "upper"))),
        "\n   Street address: ",
        (ADDR, oneline(pa)),
        "\n   Phone: ",
        (PH, phone(r)),
        "   Email (optional): ",
        (EM, email_for(r, pl)),
        "\n",
    )
    d.x(
        "2. Defendant (the person being sued): ",
        biz,
        "\n   Agent for service: ",
        (PER, ag.full()),
        "\n   Address: ",
        (ADDR, oneline(da)),
        "\n   Phone: ",
        (PH, phone(r)),
        "\n",
    )
    if r.random() < 0.3:
        st_, dl_ = dl(r)
        d.x(f"   Agent's driver's license no. (if known): {st_} ", (DL, dl_), "\n")
    amt = f"${r.randint(800, 12000):,}.00"
    d.x(f"3. The defendant owes me {amt}. This amount is for:\n   ")
    k = r.randrange(3)
    if k == 0:
        d.x(
            "On ",
            (DT, fdate(r, inc, "en", r.choice(US_STYLES))),
            " defendant's crew replaced my roof. It leaked in the first rain on ",
            (DT, fdate(r, inc + td(r.randint(5, 30)), "en", "long")),
            ". I paid by check #",
            str(r.randint(1000, 1999)),
            ". ",
            (PER, ag.first),
            " promised to come back but stopped answering after ",
            (DT, fdate(r, inc + td(40), "en", "us")),
            ".",
        )
    elif k == 1:
        d.x(
            "Movers damaged my dresser and TV on ",
            (DT, fdate(r, inc, "en", "long")),
            ". Claim #MV-",
            _d(r, 5),
            " denied. Photos attached. Crew lead was ",
            (PER, person(r).first),
            ".",
        )
    else:
        d.x(
            "Security deposit not returned. I moved out on ",
            (DT, fdate(r, inc, "en", "us")),
            " from ",
            (ADDR, oneline(addr(r, "US"))),
            "; landlord's agent ",
            (PER, ag.full()),
            " did the walk-through and said no damage.",
        )
    d.x(
        "\n4. When did this happen? Date started: ",
        (DT, fdate(r, inc, "en", "us")),
        "  Through: ",
        (DT, fdate(r, inc + td(r.randint(1, 60)), "en", "us")),
        "\n",
    )
    d.x(
        "5. I asked the defendant to pay: [X] Yes   Demand letter sent ",
        (DT, fdate(r, inc + td(61), "en", "us")),
        "\n\n",
    )
    d.x(
        "ORDER TO GO TO COURT: Hearing ",
        (DT, fdt(r, hear, *r.choice([(8, 30), (9, 0), (13, 30), (10, 0)]), wd=True)),
        f", Dept. {r.randint(1, 30)}, Room {r.randint(100, 599)}, at ",
        (ADDR, oneline(court)),
        "\n\n",
    )
    d.x(
        "I declare under penalty of perjury that the above is true and correct.\nDate: ",
        (DT, fdate(r, inc + td(70), "en", "us")),
        "   /s/ ",
        (PER, pl.full()),
        "\n",
    )
    d.t(f"Filing fee paid: ${r.choice([30, 50, 75])}.00  Receipt {rs(r, 8, UP_DIG)}\n")


def dom_allergy_log(d: Doc, r):
    pt, doc_ = person(r), person(r)
    prel, par = relative(r, ["mother", "father", "wife", "husband"])
    nurses = [person(r) for _ in range(2)]
    d.x(
        "ALLERGEN IMMUNOTHERAPY INJECTION RECORD\n",
        r.choice(
            ["Clearwater Allergy & Asthma", "Pinehurst ENT & Allergy", "Summit Allergy Associates"]
        ),
        "\n\n",
    )
    d.x(
        "Patient: ",
        (PER, r.choice([pt.lf().upper(), pt.lf(), pt.full()])),
        "    DOB: ",
        (DOB, fdate(r, rdob(r, 6, 70), "en", r.choice(US_STYLES))),
        "    MRN: ",
        (MRN, mrn(r)),
        "\n",
    )
    d.x(
        "Ordering: Dr. ",
        (PER, pname(r, doc_, ("full", "surname"))),
        f"    Vial set: {r.choice(['Trees/Grass/Weeds', 'Dust mite/Cat', 'Molds/Cockroach'])} "
        f"(vial lot {rs(r, 2, string.ascii_uppercase)}-{_d(r, 4)})    EpiPen on person: {r.choice(['Y', 'N'])}\n\n",
    )
    d.t("Date       | Vial   | Conc    | Dose mL | Site  | Wheal mm | Wait  | Given by\n")
    dd = rdate(r)
    for _ in range(r.randint(3, 7)):
        dd = dd + td(r.choice([3, 4, 7, 7, 14]))
        s = fdate(r, dd, "en", "us")
        d.x(
            (DT, s),
            " " * max(1, 11 - len(s)),
            "| ",
            r.choice(["Blue  ", "Yellow", "Red   ", "Silver"]),
            " | ",
            r.choice(["1:1000 ", "1:100  ", "1:10   ", "1:1    "]),
            " | ",
            f"{r.choice([0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]):<7}",
            " | ",
            r.choice(["L arm", "R arm"]),
            " | ",
            f"{r.randint(0, 25):<8}",
            " | 30 min | ",
        )
        n = r.choice(nurses)
        k = r.random()
        if k < 0.45:
            d.t(rs(r, 2, string.ascii_uppercase) + "\n")
        elif k < 0.8:
            d.x((PER, f"{n.first[0]}. {n.last}"), "\n")
        else:
            d.x((PER, n.last), " RN\n")
    d.t("\n")
    d.x(
        "Notes: Large local reaction on ",
        (DT, fdate(r, dd - td(7), "en", "long")),
        "; repeated previous dose per protocol. ",
    )
    if r.random() < 0.6:
        d.x(
            "Pt's ",
            prel,
            " ",
            (PER, pname(r, par, ("full", "given"))),
            " reachable at ",
            (PH, phone(r)),
            ". ",
        )
    d.x(
        f"Peak flow pre-injection {r.randint(250, 550)} L/min.\nNext injection: ",
        (DT, fdt(r, dd + td(7), *rtime(r, 8, 17), wd=r.random() < 0.5)),
        "\n",
    )
    d.t(f"CPT 95165 x{r.randint(5, 30)} units billed; 95117.\n")


def dom_rideshare_incident(d: Doc, r):
    rider, drv, agt = person(r), person(r), person(r)
    a1, a2 = addr(r, "US"), addr(r, "US")
    a2 = dict(a2, city=a1["city"], region=a1["region"], lines=[a2["street"], a1["lines"][1]])
    dd = rdate(r)
    h, m = rtime(r, 0, 23)
    d.x(
        f"Trust & Safety - Incident Summary\nIncident ID: INC-{rs(r, 6, UP_DIG)}    Trip UUID: {uuid4(r)}\n"
    )
    d.x(
        "Category: ",
        r.choice(
            ["Unsafe driving", "Route deviation / overcharge", "Lost item", "Verbal altercation"]
        ),
        "\n\n",
    )
    d.x(
        "Reported by: rider ",
        (PER, pname(r, rider, ("full", "fml", "lf"))),
        " (",
        (PH, phone(r)),
        ", ",
        (EM, email_for(r, rider)),
        ")\n",
    )
    d.x(
        "Driver: ",
        (PER, drv.first),
        f" (driver ID DRV-{r.randint(100000, 999999)}), {r.choice(['silver', 'black', 'white', 'blue'])} "
        f"{r.choice(['Toyota Camry', 'Honda Accord', 'Kia Niro', 'Tesla Model 3'])}, plate {plate(r)}, VIN {vin(r)}\n",
    )
    st, dl_ = dl(r)
    d.x(f"Driver license on file: {st} ", (DL, dl_), "\n")
    d.x(
        "Trip: ",
        (DT, fdate(r, dd, "en", r.choice(US_STYLES))),
        "; pickup ",
        (DT, ftime(r, h, m)),
        " at ",
        (ADDR, oneline(a1)),
        "; dropoff ",
        (DT, ftime(r, (h + 1) % 24, (m + 23) % 60)),
        " at ",
        (ADDR, a2["street"]),
        "\n",
    )
    d.x(
        f"Fare: {amount(r, 12, 90)} charged to Visa {masked_card(r)}; surge 1.{r.randint(1, 9)}x; distance {r.randint(3, 30)}.{r.randint(0, 9)} mi\n\n"
    )
    d.t("Rider statement (verbatim):\n")
    he = "he" if drv.sex == "m" else "she"
    opts = [
        (
            f"driver took a weird route thru some back roads and the fare was like double. when i asked {he} said gps was down?? also {he} was on facetime the whole ride",
        ),
        (
            "left my laptop bag in the back seat. its a grey incase bag w a sticker that says ",
            (PER, rider.first.lower()),
            ". please have ",
            (PER, drv.first.lower()),
            " call me",
        ),
        (
            f"{he} ran 2 red lights and kept texting. my friend ",
            (PER, person(r).first),
            " was with me and filmed part of it",
        ),
    ]
    d.x(*r.choice(opts), "\n\n")
    d.x("Agent notes (", (PER, agt.full()), "):\n")
    d.x(
        "- Called rider back at ",
        (PH, phone(r)),
        " on ",
        (DT, fdt(r, dd + td(1), *rtime(r, 9, 18))),
        "; left voicemail.\n",
    )
    d.x(
        f"- GPS trace reviewed, deviation {r.randint(5, 40)}%. Partial refund {amount(r, 5, 40)} issued (ref RF{_d(r, 8)}).\n"
    )
    if r.random() < 0.5:
        d.x("- Driver account placed on hold pending review; contacted via in-app only.\n")
    d.x(f"Status: {r.choice(['Resolved', 'Escalated to Tier 2', 'Awaiting driver response'])}\n")


def dom_genetic_counsel(d: Doc, r):
    pt, mom, aunt, ref, gc = person(r), person(r, sex="f"), person(r, sex="f"), person(r), person(r)
    mom.origin = pt.origin
    dos = rdate(r)
    d.x("GENETIC COUNSELING CONSULT NOTE\n")
    d.x(
        "Patient: ",
        (PER, pname(r, pt, ("full", "lf", "upper"))),
        "   MRN: ",
        (MRN, mrn(r)),
        "   DOB: ",
        (DOB, fdate(r, rdob(r, 20, 65), "en", r.choice(US_STYLES))),
        "\n",
    )
    d.x(
        "Date of service: ",
        (DT, fdate(r, dos, "en", r.choice(US_STYLES))),
        "   Referring: Dr. ",
        (PER, pname(r, ref, ("full", "surname"))),
        "\n",
    )
    d.x(
        "Indication: ",
        r.choice(
            [
                "family history of breast and ovarian cancer",
                "personal history of colon cancer at 41",
                "FH of early-onset cardiomyopathy",
                "carrier screening, pregnancy at 9 weeks",
            ]
        ),
        "\n\n",
    )
    d.x(
        "Pedigree summary: Proband's mother, ",
        (PER, mom.full()),
        ", was diagnosed with ovarian cancer at 49 and died at 52. Maternal aunt ",
        (PER, pname(r, aunt, ("full", "given"))),
        " (b. ",
        str(r.randint(1950, 1970)),
        ") tested positive for BRCA1 c.",
        r.choice(["5266dupC", "68_69delAG", "181T>G"]),
        " at an outside lab in ",
        (LOC, city_loc(r, addr(r))),
        ". ",
    )
    d.x(
        "Paternal side: ",
        r.choice(
            [
                "Ashkenazi Jewish ancestry",
                "Filipino and Spanish ancestry",
                "no known cancers",
                "adopted, limited history",
            ]
        ),
        "; father's family from ",
        (LOC, city_loc(r, addr(r))),
        ".\n\n",
    )
    d.x(
        f"Testing: {r.choice(['84-gene', '47-gene', '30-gene'])} hereditary cancer panel ordered; sample collected ",
        (DT, fdate(r, dos, "en", "us")),
        f", accession {rs(r, 3, string.ascii_uppercase)}{_d(r, 7)}. Insurance pre-auth: ",
        r.choice(["approved", "pending", "not required"]),
        " (member ID ",
        (HPN, hpn(r)),
        ").\n",
    )
    d.x(
        "Results disclosure: ",
        (DT, fdt(r, dos + td(r.randint(14, 28)), *rtime(r, 9, 16), wd=True)),
        " via telehealth ",
        (URL, url(r, "meet.calliope.video", f"/j/{_d(r, 10)}")),
    )
    if r.random() < 0.5:
        d.x(" (passcode ", (PW, _d(r, 6)), ")")
    d.t(".\n\n")
    d.x(
        "Counselor: ",
        (PER, pname(r, gc, ("full", "fml"))),
        ", MS, CGC  |  ",
        (PH, phone(r)),
        "  |  ",
        (EM, work_email(r, gc, "quayside-health.org")),
        "\n",
    )
    d.t(f"Time spent: {r.randint(45, 90)} min, >50% counseling. CPT 96040.\n")


def dom_timeshare_letter(d: Doc, r):
    p1 = person(r)
    p2 = person(r, origin=p1.origin, sex="f" if p1.sex == "m" else "m")
    if r.random() < 0.7:
        p2.last = p1.last
    a = addr(r, "US")
    ca = addr(r, "US")
    dd = rdate(r)
    signed = dd - td(r.randint(1, 8))
    d.x(
        (PER, p1.full()),
        " and ",
        (PER, p2.full()),
        "\n",
        (ADDR, multiline(a)),
        "\n\n",
        (DT, fdate(r, dd, "en", r.choice(["long", "us", "abbr"]))),
        "\n\n",
    )
    d.x(
        f"VIA CERTIFIED MAIL #{r.choice(['7019', '7020', '9589'])} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}\n\n"
    )
    resort = r.choice(
        [
            "Coral Shores Vacation Ownership, LLC",
            "Pinnacle Peaks Resort Club",
            "Azure Tides Holdings",
        ]
    )
    d.x(resort, "\nAttn: Rescission Department\n", (ADDR, multiline(ca)), "\n\n")
    d.x(
        f"RE: Notice of Cancellation - Contract No. {rs(r, 2, string.ascii_uppercase)}{_d(r, 7)}\n\nDear Sir or Madam,\n\n"
    )
    d.x(
        "We, ",
        (PER, pname(r, p1, ("full", "fml"))),
        " and ",
        (PER, pname(r, p2, ("full", "fml"))),
        ", hereby cancel the purchase agreement we signed on ",
        (DT, fdate(r, signed, "en", "long")),
        " at your sales center in ",
        (LOC, city_loc(r, addr(r, "US"))),
        ". This notice is sent within the statutory rescission period, which ends ",
        (DT, fdate(r, signed + td(r.choice([5, 7, 10])), "en", "long")),
        ".\n\n",
    )
    dep = f"${r.randint(1, 6)},{r.randint(100, 999)}.00"
    if r.random() < 0.6:
        d.x(
            f"We paid a deposit of {dep} charged to card ",
            (CC, card(r)),
            ". Please refund the full amount to this card.\n\n",
        )
    else:
        d.x(
            f"We paid a deposit of {dep} (card {masked_card(r)}). Please refund it by ACH to routing {_d(r, 9)}, account ",
            (ACCT, _d(r, r.randint(9, 12))),
            ".\n\n",
        )
    d.x(
        "Your salesperson, ",
        (PER, person(r).full()),
        ', told us the "owner update" presentation would take 90 minutes; it took over five hours. '
        "Please confirm cancellation in writing. You may reach us at ",
        (PH, phone(r)),
        " or ",
        (EM, email_for(r, p1)),
        ".\n\n",
    )
    d.x("Sincerely,\n\n", (PER, p1.full()), "          ", (PER, p2.full()), "\n")
    if r.random() < 0.4:
        d.x(
            "\ncc: ",
            r.choice(
                ["State Attorney General, Consumer Protection Division", "Better Business Bureau"]
            ),
            "\n",
        )


def dom_slack_export(d: Doc, r):
    ppl = [person(r) for _ in range(3)]
    ids = ["U0" + rs(r, 8, UP_DIG) for _ in ppl]
    hdls = [handle_for(r, p) for p in ppl]
    team = "T0" + rs(r, 8, UP_DIG)
    ts0 = epoch(r)
    msgs = []
    cust = person(r)
    templates = [
        lambda a, b: Mix(
            "hey <@",
            ids[b],
            "> can you rotate the prod key? it's still ",
            (AKID, aws_akid(r)),
            " / ",
            (ASK, aws_secret(r)),
        ),
        lambda a, b: Mix(
            "here's the db url for the migration postgres://admin:",
            (PW, password(r, dsn_safe=True)),
            "@db-staging.internal:5432/app",
        ),
        lambda a, b: Mix(
            "ping ",
            (PER, ppl[b].first.lower()),
            " - customer ",
            (PER, cust.full()),
            " called again from ",
            (PH, phone(r)),
            ", ticket ZD-",
            _d(r, 6),
        ),
        lambda a, b: Mix("used this token for the backfill, revoke after: ", (GH, gh_token(r))),
        lambda a, b: Mix("deploying ", version(r), " now, commit ", hexs(r, 40)[:12], " :rocket:"),
        lambda a, b: Mix(
            "bot token for the new app is ",
            (SLK, slack_token(r)),
            " (pls don't paste it anywhere else lol)",
        ),
        lambda a, b: Mix(
            "standup moved to ",
            (DT, fdt(r, rdate(r), *rtime(r, 9, 11), wd=r.random() < 0.5)),
            ", ",
            (PER, ppl[b].first),
            " is out",
        ),
        lambda a, b: Mix(
            "the webhook signing secret is ",
            (SEC, "whsec_" + rs(r, 32)),
            " - stripe dashboard > developers",
        ),
        lambda a, b: Mix(
            "repro: curl -H 'Authorization: Bearer ",
            (JWT, jwt_token(r)),
            "' ",
            (URL, url(r, "api.tessellate.io", "/v2/orders")),
        ),
        lambda a, b: Mix(
            "deploy key for the bastion (old one, revoked tomorrow):\n",
            (PK, pem_key(r, small=True)),
        ),
        lambda a, b: Mix(
            "lunch order for the offsite is at the usual place, ",
            (ADDR, oneline(addr(r, "US"))),
            " :taco:",
        ),
    ]
    for i, tpl in enumerate(r.sample(templates, r.randint(3, 4))):
        a = r.randrange(3)
        b = (a + r.randint(1, 2)) % 3
        msgs.append(
            {
                "type": "message",
                "user": ids[a],
                "text": tpl(a, b),
                "ts": f"{ts0 + i * r.randint(5, 600)}.{_d(r, 6)}",
                "user_profile": {
                    "real_name": Ent(PER, ppl[a].full()),
                    "display_name": hdls[a],
                    "team": team,
                },
            }
        )
    if r.random() < 0.4:
        msgs.append(
            {
                "type": "message",
                "subtype": "file_share",
                "user": ids[0],
                "text": "screenshot of the error",
                "ts": f"{ts0 + 9999}.{_d(r, 6)}",
                "files": [
                    {
                        "id": "F0" + rs(r, 8, UP_DIG),
                        "url_private": Ent(
                            URL,
                            f"https://files.slack.com/files-pri/T0{rs(r, 8, UP_DIG)}-F0{rs(r, 8, UP_DIG)}/image.png",
                        ),
                    }
                ],
            }
        )
    d.t(
        f"// channel export: #{r.choice(['eng-payments', 'incident-4421', 'platform-oncall', 'support-escalations'])}\n"
    )
    emit_json(d, msgs, indent=2)
    d.t("\n")


def dom_probate_inventory(d: Doc, r):
    dec, pr, atty = person(r), person(r), person(r)
    court = addr(r, "US")
    da = addr(r, "US")
    pa = addr(r, "US")
    dod = rdate(r)
    d.x("IN THE PROBATE COURT OF ", (LOC, f"{court['city']}, {US_STATES[court['region']]}"), "\n\n")
    d.x(
        "IN THE MATTER OF THE ESTATE OF\n",
        (PER, dec.upper() if r.random() < 0.7 else dec.fmidfull().upper()),
        ", Deceased.\n",
        f"Case No. PR-{dod.year}-{_d(r, 5)}\n\nINVENTORY AND APPRAISAL\n\n",
    )
    d.x(
        "Date of death: ",
        (DT, fdate(r, dod, "en", r.choice(["long", "us"]))),
        "\nDecedent's last address: ",
        (ADDR, oneline(da)),
        "\n",
    )
    d.x("Decedent's SSN (last 4 only per Rule 1.201): ", masked_ssn(r), "\n")
    d.x(
        "Personal representative: ",
        (PER, pname(r, pr, ("full", "fml"))),
        ", ",
        (ADDR, oneline(pa)),
        ", ",
        (PH, phone(r)),
        "\n\n",
    )
    d.t("SCHEDULE A - REAL PROPERTY\n")
    d.x(
        "1. Residence at ",
        (ADDR, oneline(da)),
        f", APN {_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}. Appraised value ${r.randint(150, 900)},000.00\n\n",
    )
    d.t("SCHEDULE B - CASH AND ACCOUNTS\n")
    bal_d = dod
    d.x(
        "2. ",
        r.choice(["Cedarcrest Bank", "First Prairie Credit Union", "Harborline Savings"]),
        " checking, acct no. ",
        (ACCT, acct(r)),
        ", balance as of ",
        (DT, fdate(r, bal_d, "en", "us")),
        f": {amount(r, 500, 40000)}\n",
    )
    d.x("3. Savings, acct no. ", (ACCT, _d(r, 10)), f": {amount(r, 500, 90000)}\n")
    if r.random() < 0.5:
        d.x(
            "4. Account at ",
            r.choice(["Sparkasse Leipzig", "Banca Popolare", "ING"]),
            " (inherited from parents), IBAN ",
            (IBAN, iban(r, r.choice(["DE", "IT", "NL"]))),
            f": EUR {r.randint(1000, 30000)},00\n",
        )
    d.t("\nSCHEDULE C - VEHICLES AND TANGIBLE PROPERTY\n")
    d.x(
        f"5. {r.randint(2008, 2022)} {r.choice(['Honda CR-V', 'Ford F-150', 'Subaru Outback', 'Buick Enclave'])}, VIN {vin(r)}, plate {plate(r)}: "
        f"${r.randint(3, 30)},{r.randint(100, 999)}.00\n"
    )
    d.x(
        f"6. Household furniture and effects: ${r.randint(1, 9)},500.00\n7. Life insurance policy no. LF{_d(r, 8)} (payable to named beneficiary, non-probate)\n\n"
    )
    d.x(
        "Attorney for PR: ",
        (PER, atty.full()),
        ", Bar No. ",
        _d(r, 6),
        ", ",
        (EM, work_email(r, atty, r.choice(["brennanlaw.com", "okafor-estates.com"]))),
        "\n",
    )
    d.x(
        "Signed: ",
        (DT, fdate(r, dod + td(r.randint(40, 120)), "en", "us")),
        "   /s/ ",
        (PER, pr.full()),
        ", Personal Representative\n",
    )


def dom_vaccine_consent(d: Doc, r):
    p = person(r, origin=r.choice(["es", "es", "en", "vi", "ar"]))
    g = person(r, origin=p.origin)
    nurse = person(r)
    a = addr(r, "US")
    dd = rdate(r)
    minor = r.random() < 0.5
    d.x(
        "CLÍNICA COMUNITARIA ",
        r.choice(["LA ESPERANZA", "SAN ISIDRO", "BUENA SALUD"]),
        "\nFormulario de consentimiento para vacunación / Vaccination Consent Form\n\n",
    )
    d.x("Nombre del paciente / Patient name: ", (PER, pname(r, p, ("full", "upper", "lf"))), "\n")
    d.x(
        "Fecha de nacimiento / Date of birth: ",
        (
            DOB,
            fdate(
                r, rdob(r, 1, 17) if minor else rdob(r, 18, 80), "en", r.choice(["us", "eu", "iso"])
            ),
        ),
        "\n",
    )
    d.x(
        "Dirección / Address: ",
        (ADDR, a["street"]),
        "\nCiudad / City: ",
        (LOC, a["city"]),
        "   Estado / State: ",
        (LOC, a["region"]),
        f"   Código postal / ZIP: {a['postcode']}\n",
    )
    d.x(
        "Teléfono / Phone: ",
        (PH, phone(r)),
        "   Correo electrónico / Email: ",
        (EM, email_for(r, p)),
        "\n",
    )
    if r.random() < 0.75:
        d.x(
            "Seguro médico / Insurance: ",
            r.choice(["Medicaid", "Molina Healthcare", "Ambetter", "CHIP"]),
            "   Núm. de miembro / Member ID: ",
            (HPN, hpn(r)),
            f"   Grupo / Group: {_d(r, 5)}\n",
        )
    else:
        d.t("Seguro médico / Insurance: ninguno / none (programa VFC)\n")
    if not minor and r.random() < 0.5:
        st_, dl_ = dl(r)
        d.x(
            f"Identificación / ID presented: licencia de conducir / driver license ({st_}) ",
            (DL, dl_),
            "\n",
        )
    vs = r.sample(
        [
            ("Influenza", "150"),
            ("Tdap", "115"),
            ("COVID-19", "300"),
            ("HPV", "165"),
            ("MMR", "03"),
            ("Hepatitis B", "08"),
        ],
        2,
    )
    d.x("Vacuna(s) / Vaccine(s): ", ", ".join(f"{v} (CVX {c})" for v, c in vs), "\n\n")
    d.t(
        "Preguntas de salud / Screening: ¿Alergias graves? No   ¿Fiebre hoy? No   ¿Embarazada? N/A\n\n"
    )
    if minor:
        d.x(
            "Padre/madre/tutor / Parent/guardian: ",
            (PER, g.full()),
            " (",
            r.choice(["madre", "padre", "abuela", "tutor legal"]),
            ")\n",
        )
    d.x(
        "Firma / Signature: ____________   Fecha / Date: ",
        (DT, fdate(r, dd, r.choice(["es", "en"]))),
        "\n\n",
    )
    d.x("PARA USO DE LA CLÍNICA / CLINIC USE ONLY\n")
    d.x(
        "Administered by ",
        (PER, pname(r, nurse, ("full", "fml"))),
        ", RN on ",
        (DT, fdt(r, dd, *rtime(r, 8, 17))),
        f"; {r.choice(['L', 'R'])} deltoid; lot {rs(r, 2, string.ascii_uppercase)}{_d(r, 4)}; "
        f"VIS given (Spanish). Observed 15 min, no reaction.\n",
    )
    if r.random() < 0.5:
        d.x(
            "Nota: la mamá pidió recordatorio por texto al ",
            (PH, phone(r)),
            " para la segunda dosis el ",
            (DT, fdate(r, dd + td(r.choice([28, 30, 180])), "es")),
            ".\n",
        )


def dom_rental_thread(d: Doc, r):
    host, guest = person(r), person(r)
    sprel, sp = relative(r, ["husband", "wife", "partner", "sister"], origin=guest.origin)
    a = addr(r, r.choice(["US", "US", "IT", "FR", "ES", "MX", "GB"]))
    arr = rdate(r)
    dep = arr + td(r.randint(2, 7))
    hname = pname(r, host, ("full", "given"))
    gname = pname(r, guest, ("full", "given"))
    t = [r.randint(8, 20), r.randint(0, 59)]
    cur = [arr - td(r.randint(1, 3))]

    def pre(who_name):
        t[1] += r.randint(1, 59)
        if t[1] >= 60:
            t[1] -= 60
            t[0] += 1
        if t[0] >= 23:
            t[0] = 8
            cur[0] = cur[0] + td(1)
        hh = t[0] % 12 or 12
        d.x(
            f"[{cur[0].month}/{cur[0].day}/{cur[0]:%y}, {hh}:{t[1]:02d}:{r.randint(0, 59):02d} {'AM' if t[0] < 12 else 'PM'}] ",
            (PER, who_name),
            ": ",
        )

    pre(hname)
    d.x(
        "Hi ",
        (PER, guest.first),
        "! Welcome, looking forward to hosting you. Check-in is ",
        (DT, fdt(r, arr, 16, 0, wd=r.random() < 0.5)),
        " and checkout ",
        (DT, fdt(r, dep, 11, 0)),
        ".\n",
    )
    pre(gname)
    d.x(
        "Thank you! We land around ",
        (DT, ftime(r, *rtime(r, 13, 21))),
        ", my ",
        sprel,
        " ",
        (PER, sp.first),
        " is driving. What's the exact address?\n",
    )
    pre(hname)
    d.x(
        "It's ",
        (ADDR, oneline(a)),
        ". Parking is on the left side of the building, spot ",
        str(r.randint(1, 30)),
        ".\n",
    )
    pre(hname)
    d.x(
        "Lockbox code is ",
        (PW, _d(r, 4)),
        " and the door keypad is ",
        (PW, _d(r, r.choice([4, 5, 6]))),
        ". ",
    )
    d.x(
        "Wifi: ",
        r.choice(["CasaAzul_5G", "Maple-Guest", "NETGEAR47", "LaTerrazza"]),
        " / password ",
        (PW, password(r)),
        "\n",
    )
    pre(gname)
    msg = r.choice(
        [
            (
                "perfect!! also can we do a late checkout, like ",
                (DT, ftime(r, 13, 0)),
                "? happy to pay",
            ),
            ("got it. if anything goes wrong my number is ", (PH, phone(r)), " (whatsapp)"),
            ("thanks. is it ok if our dog Pancake comes? she's tiny and very chill"),
        ]
    )
    d.x(*(msg if isinstance(msg, tuple) else (msg,)), "\n")
    pre(hname)
    d.x(
        r.choice(
            [
                "Sure, no problem 😊",
                "Let me check with the cleaner and get back to you.",
                "Of course!",
            ]
        ),
        " Any emergency call me at ",
        (PH, phone(r, a["cc"])),
        ". My co-host ",
        (PER, person(r).first),
        " lives nearby.\n",
    )
    if r.random() < 0.4:
        pre(gname)
        d.x("<Media omitted>\n")
    d.t(
        f"\nReservation code HM{rs(r, 8, UP_DIG)} · {r.randint(2, 7)} guests · payout {amount(r, 300, 2400)}\n"
    )


def dom_ocr_w9(d: Doc, r):
    p = person(r)
    a = addr(r, "US")
    biz = r.choice(
        [
            "",
            "",
            f"{p.last} Consulting LLC",
            "Blue Heron Design Studio",
            f"{p.first}'s Mobile Detailing",
        ]
    )
    rate = r.choice([0.02, 0.04, 0.06])
    N = lambda s: d.t(ocr_noise(r, s, rate))
    N(
        "Form W-9\nRequest for Taxpayer\nIdentification Number and Certification\nDepartment of the Treasury  Internal Revenue Service\n"
    )
    N("~ Go to www.irs.gov/FormW9 for instructions and the latest information.\n\n")
    N(
        "1 Name (as shown on your income tax return). Name is required on this line; do not leave this line blank.\n    "
    )
    d.x((PER, r.choice([p.full(), p.upper(), p.fml()])), "\n")
    N("2 Business name/disregarded entity name, if different from above\n    ")
    d.t((biz or "") + "\n")
    N(
        "3 Check appropriate box for federal tax classification:\n   [X] Individual/sole proprietor or single-member LLC   [ ] C Corporation   [ ] S Corporation   [ ] Partnership\n"
    )
    N("5 Address (number, street, and apt. or suite no.) See instructions.\n    ")
    d.x((ADDR, a["street"]), "\n")
    N("6 City, state, and ZIP code\n    ")
    d.x((LOC, f"{a['city']}, {a['region']}"), " ", a["postcode"], "\n")
    N("7 List account number(s) here (optional)\n    ")
    if r.random() < 0.5:
        d.x((ACCT, acct(r)))
    d.t("\n")
    N("Part I  Taxpayer Identification Number (TIN)\nSocial security number\n    ")
    if biz and r.random() < 0.4:
        d.t("___-__-____\n")
        N("or\nEmployer identification number\n    ")
        d.t(f"{_d(r, 2)}-{_d(r, 7)}\n")
    else:
        d.x((SSN, ssn(r, r.choice(["dash", "space"]))), "\n")
    N(
        "Part II  Certification\nUnder penalties of perjury, I certify that:\n1. The number shown on this form is my correct taxpayer identification number, and\n"
    )
    N("Sign Here  Signature of U.S. person >  ")
    d.x((PER, p.full() if r.random() < 0.5 else p.last), r.choice(["", " (signed)"]), "      ")
    N("Date > ")
    d.x((DT, fdate(r, rdate(r), "en", r.choice(["us", "us_nz", "us2"]))), "\n")
    N("Cat. No. 10231X                              Form W-9  pg 1 of 6\n")
    if r.random() < 0.5:
        N("[scan: vendor_onboarding_")
        d.t(f"{r.randint(1000, 9999)}.pdf  300dpi  ")
        N("page 1]\n")


# --------------------------------------------------------------------------
# negative-only domains
# --------------------------------------------------------------------------
def neg_openapi(d: Doc, r):
    res = r.choice(["patients", "customers", "payouts", "claims"])
    d.x(
        f"openapi: 3.0.{r.randint(0, 3)}\ninfo:\n  title: {res.capitalize()} API\n  version: {version(r)}\n  description: |\n"
        "    Internal API. All identifiers are opaque. PII fields are returned masked unless the caller\n"
        "    holds the `pii:read` scope.\nservers:\n  - url: ${API_BASE_URL}/v1\n"
    )
    d.x(
        f"paths:\n  /{res}/{{id}}:\n    get:\n      operationId: get{res.capitalize()[:-1]}\n      parameters:\n        - name: id\n          in: path\n"
        f"          required: true\n          schema:\n            type: string\n            format: uuid\n            example: {uuid4(r)}\n"
    )
    d.x(
        "      responses:\n        '200':\n          description: OK\n        '404':\n          description: Not found\n"
    )
    d.x(
        "components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n  schemas:\n"
        f"    {res.capitalize()[:-1]}:\n      type: object\n      properties:\n"
    )
    d.x(
        "        email:\n          type: string\n          format: email\n          maxLength: 254\n"
    )
    d.x("        phone:\n          type: string\n          pattern: '^\\+[1-9]\\d{1,14}$'\n")
    d.x(
        "        ssn_last4:\n          type: string\n          pattern: '^\\d{4}$'\n          example: '",
        _d(r, 4),
        "'\n",
    )
    d.x(
        "        date_of_birth:\n          type: string\n          format: date\n          description: masked as ****-**-** in list views\n"
    )
    d.x(
        f"        created_at:\n          type: integer\n          description: epoch seconds\n          example: {epoch(r)}\n"
    )
    d.x(
        f"        amount:\n          type: number\n          example: {r.randint(10, 999)}.{r.randint(10, 99)}\n"
    )
    d.x("      required: [id, created_at]\n")
    d.x(
        f"x-rate-limit: {r.choice([100, 600, 1200])} req/min\nx-api-key-header: X-Api-Key  # value injected from ${{{{ secrets.PARTNER_API_KEY }}}}\n"
    )


def neg_masked_kyc(d: Doc, r):
    d.x(f"KYC REVIEW SUMMARY - case {r.choice(['KYC', 'AML', 'EDD'])}-{_d(r, 7)}\n", "=" * 36, "\n")
    d.x(
        "Applicant: [REDACTED]\nDOB: **/**/19**\nSSN: ",
        masked_ssn(r),
        "\nPhone: (***) ***-",
        _d(r, 4),
        "\nEmail: ",
        r.choice(["j*****@g****.com", "[email hidden]", "a***.k***@o******.com"]),
        "\n",
    )
    d.x(
        "Card: ",
        f"**** **** **** {_d(r, 4)}",
        "    IBAN: ",
        r.choice(["DE** **** **** **** **", "NL**INGB********"]),
        _d(r, 2),
        " ",
        _d(r, 2),
        "\n",
    )
    d.x("Address: [REDACTED - see vault ref ", uuid4(r), "]\n\n")
    d.x(
        f"Risk score: {r.randint(10, 95)}/100   PEP: no   Sanctions hits: {r.randint(0, 2)} (false positive)\n"
    )
    d.x(f"Document check: passport MRZ checksum OK; selfie liveness {r.uniform(0.8, 0.99):.3f}\n")
    d.x(f"Device: fp={hexs(r, 32)}  velocity={r.randint(1, 9)} apps/30d\n")
    d.x(
        f"Decision: {r.choice(['APPROVE', 'REFER', 'DECLINE'])}   Reviewer: analyst #{r.randint(100, 999)}   SLA: {r.randint(2, 48)}h\n"
    )
    d.x("Test vectors rejected by validator: ", bad_ssn(r), ", ", bad_card(r), "\n")
    d.x(
        f"Notes: applicant re-submitted after {r.randint(2, 14)} days; previous case {r.randint(10**6, 10**7)} closed. Escalate only if score > 80.\n"
    )


def neg_grafana(d: Doc, r):
    obj = {
        "dashboard": {
            "id": None,
            "uid": rs(r, 9),
            "title": r.choice(["Checkout latency", "Kafka lag", "Claims pipeline"]),
            "tags": ["prod", "slo"],
            "timezone": "browser",
            "schemaVersion": r.randint(30, 39),
            "version": r.randint(1, 90),
            "refresh": "30s",
            "time": {"from": "now-6h", "to": "now"},
            "panels": [],
        }
    }
    for i in range(r.randint(1, 2)):
        obj["dashboard"]["panels"].append(
            {
                "id": i + 1,
                "type": r.choice(["timeseries", "stat", "heatmap"]),
                "title": r.choice(["p99 latency", "error ratio", "consumer lag", "RPS"]),
                "gridPos": {"h": 8, "w": 12, "x": (i % 2) * 12, "y": (i // 2) * 8},
                "datasource": {"type": "prometheus", "uid": rs(r, 9)},
                "targets": [
                    {
                        "expr": r.choice(
                            [
                                'histogram_quantile(0.99, sum(rate(http_server_duration_bucket{job="checkout"}[5m])) by (le))',
                                'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))',
                                'max(kafka_consumergroup_lag{group="orders-enricher"}) by (topic)',
                            ]
                        ),
                        "refId": "A",
                    }
                ],
                "fieldConfig": {
                    "defaults": {
                        "unit": r.choice(["ms", "percentunit", "short"]),
                        "thresholds": {
                            "steps": [
                                {"color": "green", "value": None},
                                {"color": "red", "value": r.randint(1, 500)},
                            ]
                        },
                    }
                },
            }
        )
    obj["meta"] = {
        "created": epoch(r),
        "updated": epoch(r),
        "version": r.randint(1, 90),
        "slug": "dash-" + hexs(r, 6),
    }
    emit_json(d, obj, indent=2)
    d.t("\n")


def neg_sku_csv(d: Doc, r):
    d.t("sku,description,lot,hs_code,qty_on_hand,unit_cost,bin,upc,pallet_sscc,serial_ref\n")
    items = [
        "Nitrile gloves M (100)",
        "Saline 0.9% 1L",
        "Gauze 4x4 sterile",
        "Syringe 10 mL LL",
        "Thermal labels 4x6",
        "USB-C cable 2m",
        "Zip ties 8in (500)",
        "Packing tape clear",
    ]
    for _ in range(r.randint(6, 12)):
        d.t(
            f"{rs(r, 3, string.ascii_uppercase)}-{_d(r, 5)},{r.choice(items)},L{_d(r, 6)},{_d(r, 4)}.{_d(r, 2)}.{_d(r, 2)},"
            f"{r.randint(0, 5000)},{r.uniform(0.1, 90):.2f},{r.choice('ABCDE')}-{r.randint(1, 30):02d}-{r.randint(1, 6):02d},"
            f"{_d(r, 12)},00{_d(r, 16)},{bad_card(r).replace(' ', '').replace('-', '')}\n"
        )
    d.t(f"# generated by wms-export {version(r)}; cycle count variance {r.uniform(0, 3):.2f}%\n")


def neg_deploy_log(d: Doc, r):
    d0 = rdate(r)
    svc = r.choice(["payments-api", "ledger", "web-frontend", "claims-worker"])
    sha = hexs(r, 40)
    lines = [
        f"Run actions/checkout@v4 with ref {sha}",
        f"Deploying {svc} version {version(r)} (build #{r.randint(100, 9999)})",
        "Using credentials: AWS_ACCESS_KEY_ID=*** AWS_SECRET_ACCESS_KEY=***",
        "env: DATABASE_URL=${{ secrets.DATABASE_URL }} STRIPE_KEY=${STRIPE_KEY}",
        f"docker push registry.internal/{svc}@sha256:{hexs(r, 64)}",
        f"helm upgrade --install {svc} ./chart --set image.tag={version(r)} --atomic --timeout 5m0s",
        f"Waiting for rollout: {r.randint(1, 6)} of {r.randint(6, 9)} updated replicas are available...",
        f"Migration {_d(r, 14)}_add_index_orders applied in {r.randint(100, 9000)}ms",
        f"Smoke test passed: 42/42 checks, p95 {r.randint(80, 400)}ms",
        f"Artifact checksum md5={hexs(r, 32)}",
        f"Notified channel #deploys (message id {r.randint(10**9, 10**10)})",
        f"Job duration: {r.randint(1, 14)}m {r.randint(0, 59)}s",
    ]
    for ln in r.sample(lines, r.randint(7, len(lines))):
        d.t(f"{log_ts(r, d0, 'iso')} {ln}\n")
    d.t(
        f"Cache key: node-modules-{hexs(r, 64)}\nNext scheduled run: every Monday (cron '0 6 * * 1')\n"
    )


def neg_drug_table(d: Doc, r):
    d.t("DRUG-DRUG INTERACTION REFERENCE (formulary v" + version(r) + ")\n\n")
    d.t(
        "Drug A                | Drug B                 | Severity | Mechanism                 | Action\n"
        + "-" * 98
        + "\n"
    )
    pairs = [
        (
            "warfarin",
            "fluconazole",
            "Major",
            "CYP2C9 inhibition",
            "Reduce dose 25-50%, INR in 3 days",
        ),
        (
            "simvastatin",
            "clarithromycin",
            "Contraindicated",
            "CYP3A4 inhibition",
            "Hold statin during course",
        ),
        ("lithium", "lisinopril", "Major", "Reduced renal clearance", "Monitor level q5 days"),
        ("methotrexate", "trimethoprim", "Major", "Additive antifolate", "Avoid"),
        ("sertraline", "tramadol", "Moderate", "Serotonergic", "Monitor for serotonin syndrome"),
        ("levothyroxine", "calcium carbonate", "Moderate", "Chelation", "Separate by 4 h"),
        ("apixaban", "rifampin", "Major", "CYP3A4/P-gp induction", "Avoid combination"),
    ]
    for a, b, s, m, act in r.sample(pairs, r.randint(4, 7)):
        d.t(f"{a:<21} | {b:<22} | {s:<8} | {m:<25} | {act}\n")
    d.t(
        f"\nRelevant codes: ICD-10 {', '.join(r.sample(ICD10, 3))}; LOINC 6301-6 (INR), 14334-7 (lithium); NDC 0093-{_d(r, 4)}-{_d(r, 2)}\n"
    )
    d.t(
        f"Reviewed by P&T committee, minutes ref PT-{r.randint(100, 999)}. Next review in 12 months.\n"
    )


def neg_flight_ops(d: Doc, r):
    d.t("OPS BOARD - irregular operations summary (times in local, see AODB)\n\n")
    d.t("FLT    | ROUTE    | TAIL   | GATE | STATUS     | DELAY | CODE\n")
    for _ in range(r.randint(5, 9)):
        a, b = r.sample(
            [
                "ORD",
                "DEN",
                "SEA",
                "ATL",
                "JFK",
                "LHR",
                "FRA",
                "NRT",
                "ICN",
                "SGN",
                "WAW",
                "AMS",
                "FCO",
            ],
            2,
        )
        d.t(
            f"{r.choice(['UA', 'DL', 'LH', 'KE', 'VN', 'LO', 'KL'])}{r.randint(10, 9999):<5}| {a}-{b}  | N{r.randint(100, 999)}{rs(r, 2, string.ascii_uppercase)} | "
            f"{r.choice('ABCDE')}{r.randint(1, 40):<3} | {r.choice(['DELAYED  ', 'CANCELLED', 'DIVERTED ', 'ON TIME  '])}  | {r.randint(0, 240):>3}m  | "
            f"{r.choice(['WX', 'MX', 'ATC', 'CREW', 'ACFT'])}{r.randint(10, 99)}\n"
        )
    d.t(
        f"\nCrew legality: {r.randint(1, 5)} crews approaching 14h duty limit. Seat 14C INOP on N{r.randint(100, 999)}XY (MEL 25-21-01).\n"
    )
    d.t(
        f"Rebooking: {r.randint(50, 900)} pax protected; hotel vouchers issued x{r.randint(10, 200)}. Ops runs Mon/Wed/Fri recovery schedule.\n"
    )
    d.t(f"Next update in 30 minutes. Bulletin {uuid4(r)}\n")


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
POS_DOMAINS = [
    ("hospice_bereavement_followup", dom_hospice_bereavement),
    ("union_grievance_form", dom_union_grievance),
    ("cioms_adverse_event", dom_cioms),
    ("pharmacy_compounding_log", dom_compounding_log),
    ("uscis_i130_petition", dom_i130),
    ("orthodontic_treatment_plan", dom_ortho_plan),
    ("student_housing_maintenance", dom_student_housing),
    ("freshdesk_json_export", dom_freshdesk_json),
    ("okta_system_log", dom_okta_log),
    ("datadog_alert_notification", dom_datadog_alert),
    ("pg_dump_excerpt", dom_pg_dump),
    ("kafka_consumer_log", dom_kafka_log),
    ("cjk_vn_customer_email", dom_cjk_email),
    ("eu_letter_it_nl_pl", dom_eu_letter),
    ("swift_mt103", dom_swift_mt103),
    ("sepa_pain001_xml", dom_sepa_xml),
    ("medical_coding_audit", dom_coding_audit),
    ("chiropractic_soap", dom_chiro_soap),
    ("vault_audit_log", dom_vault_audit),
    ("helm_values_review", dom_helm_review),
    ("ldap_ldif_export", dom_ldif),
    ("newsletter_subscriber_csv", dom_newsletter_csv),
    ("small_claims_complaint", dom_small_claims),
    ("allergy_immunotherapy_log", dom_allergy_log),
    ("rideshare_incident_report", dom_rideshare_incident),
    ("genetic_counseling_note", dom_genetic_counsel),
    ("timeshare_rescission_letter", dom_timeshare_letter),
    ("slack_export_json", dom_slack_export),
    ("probate_estate_inventory", dom_probate_inventory),
    ("vaccine_consent_es_en", dom_vaccine_consent),
    ("vacation_rental_thread", dom_rental_thread),
    ("ocr_w9_form", dom_ocr_w9),
]
NEG_DOMAINS = [
    ("neg_openapi_spec", neg_openapi),
    ("neg_masked_kyc_summary", neg_masked_kyc),
    ("neg_grafana_dashboard", neg_grafana),
    ("neg_sku_inventory_csv", neg_sku_csv),
    ("neg_deploy_pipeline_log", neg_deploy_log),
    ("neg_drug_interaction_table", neg_drug_table),
    ("neg_flight_ops_board", neg_flight_ops),
]


def make_doc(seed, i) -> dict:
    r = random.Random(f"{seed}-{i}")
    if r.random() < 0.10:
        name, fn = r.choice(NEG_DOMAINS)
    else:
        name, fn = r.choice(POS_DOMAINS)
    d = Doc(r)
    fn(d, r)
    return {"id": f"blind19-{seed}-{i:06d}", "domain": name, "text": d.text(), "entities": d.ents}


def generate(n, seed=0):
    """Yield n labelled documents; document i depends only on (seed, i)."""
    for i in range(n):
        yield make_doc(seed, i)


# --------------------------------------------------------------------------
# validation / CLI
# --------------------------------------------------------------------------
_BAD_EDGE = set(".,;:!?\"'()[]{}<>") | {"\u201c", "\u201d"}


def validate(doc) -> list[str]:
    errs = []
    text = doc["text"]
    prev_end = -1
    for e in sorted(doc["entities"], key=lambda x: (x["start"], x["end"])):
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in TYPES:
            errs.append(f"bad type {typ}")
        if not (0 <= s < t <= len(text)):
            errs.append(f"span out of range {e}")
            continue
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = max(prev_end, t)
        v = text[s:t]
        if v != v.strip():
            errs.append(f"whitespace edge {typ} {v!r}")
        if typ != PK and (
            (v[0] in _BAD_EDGE and not (typ == PH and v[0] == "(")) or v[-1] in _BAD_EDGE
        ):
            errs.append(f"punct edge {typ} {v!r}")
        if typ == CC and not luhn_ok(v):
            errs.append(f"luhn {v!r}")
        if typ == IBAN and not iban_ok(v):
            errs.append(f"iban {v!r}")
        if typ == SSN and not ssn_ok(v):
            errs.append(f"ssn {v!r}")
        if typ == AKID and not (len(v) == 20 and v[:4] in ("AKIA", "ASIA")):
            errs.append(f"akid {v!r}")
        if typ == ASK and len(v) != 40:
            errs.append(f"aws secret len {v!r}")
        if typ == STRIPE and not v.startswith(("sk_live_", "rk_live_")):
            errs.append(f"stripe {v!r}")
        if typ == PK and not (v.startswith("-----BEGIN") and v.endswith("-----")):
            errs.append("pem")
        if typ == JWT and v.count(".") != 2:
            errs.append("jwt")
        if typ == URL and not v.startswith(("http://", "https://")):
            errs.append(f"url {v!r}")
        if typ == EM and v.count("@") != 1:
            errs.append(f"email {v!r}")
        if typ == PER and v.split()[0] in (
            "Dr.",
            "Mr.",
            "Ms.",
            "Mrs.",
            "Herr",
            "Frau",
            "Mme",
            "Sra.",
            "Sr.",
            "Dott.",
            "Rev.",
        ):
            errs.append(f"title in person {v!r}")
    return errs


def _highlight(doc) -> str:
    text = doc["text"]
    out, pos = [], 0
    for e in sorted(doc["entities"], key=lambda x: x["start"]):
        out.append(text[pos : e["start"]])
        out.append(f"[[{e['type']}: {text[e['start'] : e['end']]}]]")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def _check(n=2000, seed=0) -> int:
    t0 = time.time()
    docs = list(generate(n, seed))
    t1 = time.time()
    docs2 = list(generate(n, seed))
    det = json.dumps(docs, sort_keys=True) == json.dumps(docs2, sort_keys=True)
    # also: a single document regenerated alone equals the one from the stream
    det = det and all(make_doc(seed, i) == docs[i] for i in (0, n // 2, n - 1))
    nerr = 0
    tcount, dcount = Counter(), Counter()
    lens = []
    ids = set()
    for doc in docs:
        errs = validate(doc)
        if doc["id"] in ids:
            errs.append("duplicate id")
        ids.add(doc["id"])
        if doc["domain"].startswith("neg_") and doc["entities"]:
            errs.append("negative doc with entities")
        for e in errs[:5]:
            print(f"ERROR {doc['id']} ({doc['domain']}): {e}")
        nerr += len(errs)
        dcount[doc["domain"]] += 1
        for e in doc["entities"]:
            tcount[e["type"]] += 1
        lens.append(len(doc["text"]))
    lens.sort()
    print(f"generated {n} docs in {t1 - t0:.2f}s; deterministic={det}; errors={nerr}")
    print(
        f"length chars: min={lens[0]} p10={lens[len(lens) // 10]} median={lens[len(lens) // 2]} "
        f"p90={lens[len(lens) * 9 // 10]} max={lens[-1]}"
    )
    print(f"entities total={sum(tcount.values())}")
    print("\nper-type counts:")
    for t in sorted(TYPES):
        print(f"  {t:<24} {tcount.get(t, 0)}")
    print(f"\nper-domain counts ({len(dcount)} domains):")
    for k, v in sorted(dcount.items()):
        print(f"  {k:<32} {v}")
    missing = [t for t in TYPES if tcount.get(t, 0) == 0]
    if missing:
        print("WARNING: types never generated:", missing)
    ok = det and nerr == 0
    print("\nCHECK", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="generate 2000 docs and validate")
    ap.add_argument(
        "--sample", type=int, default=0, metavar="K", help="print K docs with spans highlighted"
    )
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", type=str, default=None, help="write JSONL here")
    a = ap.parse_args(argv)
    rc = 0
    if a.check:
        rc = _check(2000, a.seed)
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(
                f"===== {doc['id']}  [{doc['domain']}]  {len(doc['text'])} chars, {len(doc['entities'])} entities ====="
            )
            print(_highlight(doc))
            print()
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} docs to {a.output}", file=sys.stderr)
    if not (a.check or a.sample or a.output):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
