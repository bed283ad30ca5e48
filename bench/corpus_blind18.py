#!/usr/bin/env python3.11
"""corpus_blind18 -- seeded, labelled synthetic corpus for PII / PHI / secrets detection.

Each document is a pure function of (seed, index): it is built with
``random.Random(f"{seed}-{i}")`` and assembled piece by piece through a
span-recording builder, so entity offsets are exact by construction (they are
never recovered by searching the finished text).

Domains (32 positive formats + 6 hard-negative-only formats, ~10% negatives):
pharmacy refill IVR transcripts, ADA dental claim forms (OCR), court protective
orders, adoption agency case notes, moving-company quote e-mails, French /
Portuguese / Spanish telehealth SOAP notes, Sentry error events (JSON), AWS CloudTrail
(JSON), GitLab CI job logs, Outlook/Gmail .eml forward threads, MLS real-estate
listings, blood-bank donor records, NICU I-PASS handoffs, car-dealership credit
applications, ADP-style payroll CSV exports, DMV renewal letters (OCR), credit
bureau dispute letters, SMS marketing opt-out logs, medical transcription
dictations, Kubernetes Secret manifests, HL7 v2 ADT feeds, FHIR bundles, X12 837
claims, vCard exports, passport renewal (DS-82) summaries, Terraform state /
tfvars, youth sports league roster CSVs, notary journals, bail bond
applications, airport lost-property reports, scholarship applications, Jupyter
notebooks with leaked keys.

Written blind (without looking at the detector or at any other corpus).

Usage:
    python3.11 corpus_blind18.py --check
    python3.11 corpus_blind18.py --sample 3 [--seed S]
    python3.11 corpus_blind18.py --n 1000 --seed 0 --output corpus.jsonl
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import re
import sys
import time
import unicodedata
import uuid as _uuid
from collections import Counter

TYPES = frozenset("""PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS
DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER
HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY
GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET""".split())

SECRET_TYPES = frozenset("""AWS_ACCESS_KEY AWS_SECRET_KEY GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT
PRIVATE_KEY PASSWORD GENERIC_SECRET""".split())

# short aliases used in the templates
PER, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                  "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKID, ASK, GHT, SLK, STK = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY"
JWT_, PEM, PW, GEN = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"


# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------
class E:
    """A tagged value (entity) for the JSON emitter / builder.add."""
    __slots__ = ("t", "v")

    def __init__(self, t, v):
        self.t, self.v = t, v


class S:
    """A JSON string value assembled from plain parts and E parts."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


class B:
    """Text builder that records entity spans while text is appended."""

    def __init__(self, rng):
        self.r = rng
        self.parts = []
        self.ents = []
        self.pos = 0
        self.noise = 0.0

    def t(self, s):
        if not s:
            return self
        if self.noise:
            s = ocr_noise(self.r, s, self.noise)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ, s):
        if typ is None:
            return self.t(s)
        if typ not in TYPES:
            raise ValueError(typ)
        if not s or s != s.strip():
            raise ValueError(f"bad entity text {s!r}")
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": typ})
        self.parts.append(s)
        self.pos += len(s)
        return self

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.t(it)
            elif isinstance(it, E):
                self.e(it.t, it.v)
            else:
                self.e(it[0], it[1])
        return self

    def line(self, *items):
        self.add(*items)
        self.t("\n")
        return self

    def text(self):
        return "".join(self.parts)


_OCR = {"l": "1", "I": "l", "O": "0", "o": "0", "e": "c", "S": "5", "B": "8", "i": "í", "a": "ä", "n": "ri"}


def ocr_noise(r, s, rate):
    out = []
    for ch in s:
        x = r.random()
        if x < rate and ch in _OCR:
            out.append(_OCR[ch])
        elif x < rate * 1.4 and ch == " ":
            out.append("  ")
        elif x < rate * 1.5 and ch == ":":
            out.append(";")
        else:
            out.append(ch)
    return "".join(out)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(b, o, ind=2, lvl=0):
    """Emit JSON into builder b, labelling E leaves / S parts."""
    if isinstance(o, E):
        b.t('"')
        b.e(o.t, jesc(o.v))
        b.t('"')
    elif isinstance(o, S):
        b.t('"')
        for p in o.parts:
            if isinstance(p, E):
                b.e(p.t, jesc(p.v))
            else:
                b.t(jesc(p))
        b.t('"')
    elif isinstance(o, dict):
        if not o:
            b.t("{}")
            return
        items = list(o.items())
        if ind is None:
            b.t("{")
            for k, (key, v) in enumerate(items):
                b.t(json.dumps(key) + ": ")
                jdump(b, v, None)
                if k < len(items) - 1:
                    b.t(", ")
            b.t("}")
        else:
            b.t("{\n")
            for k, (key, v) in enumerate(items):
                b.t(" " * (ind * (lvl + 1)) + json.dumps(key) + ": ")
                jdump(b, v, ind, lvl + 1)
                b.t(",\n" if k < len(items) - 1 else "\n")
            b.t(" " * (ind * lvl) + "}")
    elif isinstance(o, list):
        if not o:
            b.t("[]")
            return
        if ind is None or all(not isinstance(x, (dict, list, S)) for x in o):
            b.t("[")
            for k, v in enumerate(o):
                jdump(b, v, None)
                if k < len(o) - 1:
                    b.t(", ")
            b.t("]")
        else:
            b.t("[\n")
            for k, v in enumerate(o):
                b.t(" " * (ind * (lvl + 1)))
                jdump(b, v, ind, lvl + 1)
                b.t(",\n" if k < len(o) - 1 else "\n")
            b.t(" " * (ind * lvl) + "]")
    else:
        b.t(json.dumps(o, ensure_ascii=False))


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
ALNUM = UP + LOW + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def digits(r, n, lead_nonzero=False):
    s = rs(r, DIG, n)
    if lead_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def uuid4(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


def hexs(r, n):
    return rs(r, HEX, n)


def maybe(r, p=0.5):
    return r.random() < p


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if ord(c) < 128)
    return re.sub(r"[^a-z0-9]", "", s.lower())


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
ORIGINS = {
    "en": ("James Emily Michael Sarah David Jessica Robert Ashley William Megan Thomas Hannah Christopher "
           "Lauren Daniel Rachel Brian Kayla Tyler Brittany Mary-Kate Bartholomew Graham Siobhan Connor".split(),
           "Smith Johnson Williams Brown Miller Davis Wilson Anderson Taylor Thompson Harris Clark Lewis Walker "
           "Fitzgerald O'Brien MacLeod McAllister Whitfield Pemberton Gallagher Donnelly".split()),
    "es": (["María", "José", "Alejandro", "Lucía", "Mateo", "Valentina", "Guadalupe", "Xochitl", "Carlos",
            "Ana Sofía", "Juan Pablo", "Ximena", "Diego", "Camila"],
           ["García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "de la Cruz", "Ramírez",
            "Torres", "Castillo-Vega", "Ortega", "Núñez", "Villaseñor"]),
    "pt": ("João Gonçalo Inês Beatriz Thiago Larissa Rafael Fernanda Luís Mariana".split(),
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "dos Santos", "da Costa", "Ferreira", "Almeida",
            "Carvalho", "Rodrigues"]),
    "fr": ("Jean-Luc Chloé Étienne Maëlle Camille Théo Amélie Benoît Anne-Marie Léa".split(),
           ["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Le Roux", "Fontaine", "Rousseau", "Chevalier",
            "Mercier"]),
    "de": ("Jürgen Ilse Lukas Anja Matthias Katrin Felix Sabine Björn Henrik".split(),
           ["Müller", "Schmidt-Hoffmann", "Becker", "Wagner", "Schäfer", "von Bredow", "Krüger", "Hartmann",
            "Zimmermann", "Vogel"]),
    "ng": ("Chinedu Oluwaseun Ngozi Emeka Zainab Adaeze Tunde Chiamaka Ifeoma Babajide".split(),
           "Okafor Adeyemi Afolabi Abubakar Nwosu Eze Okonkwo Balogun Obi Adebayo".split()),
    "gh": ("Kwame Ama Kofi Efua Yaw Akosua".split(), "Mensah Osei Boateng Asante Owusu Appiah".split()),
    "cn": ("Wei Mei Jing Hao Xiaoling Jun Yan Zhiwei".split(), "Chen Li Zhang Wang Liu Huang Zhou Xu".split()),
    "kr": ("Jae-won Min-jun Seo-yeon Ji-ho Hye-jin Dong-hyun".split(), "Kim Park Lee Choi Jung Kang".split()),
    "jp": ("Hiroshi Yuki Haruto Sakura Kenji Aiko Takeshi Emi".split(),
           "Nakamura Watanabe Suzuki Sato Takahashi Yamamoto Kobayashi".split()),
    "vn": ("Thanh Linh Bao Anh Minh Huong".split(), "Nguyen Tran Pham Le Hoang Vu".split()),
    "in": ("Priya Rahul Ananya Deepika Ravi Arjun Sneha Vikram Lakshmi Sanjay".split(),
           "Patel Sharma Singh Iyer Reddy Venkataraman Chatterjee Nair Gupta Krishnamurthy".split()),
    "ar": ("Mohammed Fatima Tariq Leila Omar Yasmin Khalid Nour Hamid Layla".split(),
           ["Al-Rashid", "Haddad", "Khoury", "bin Hassan", "El-Sayed", "Mansour", "Nasser", "Saleh", "Al-Amin"]),
    "fa": ("Shirin Dariush Parisa Reza Niloufar".split(), "Karimi Tehrani Hosseini Rahimi Moradi".split()),
    "pl": ("Agnieszka Wojciech Tomasz Katarzyna Małgorzata Piotr".split(),
           "Kowalski Nowak Wiśniewska Wójcik Lewandowski Zieliński".split()),
    "ru": ("Dmitri Olga Svetlana Sergei Natalia Aleksandr".split(),
           "Ivanova Petrov Smirnov Volkova Kuznetsov Sokolova".split()),
    "tr": ("Ayşe Mehmet Emre Zeynep Burak Elif".split(), "Yılmaz Öztürk Demir Şahin Çelik Aydın".split()),
    "nl": ("Pieter Sanne Joost Femke Maarten Lotte".split(),
           ["van der Berg", "de Vries", "Jansen", "ter Horst", "Bakker", "van Dijk"]),
    "nordic": ("Lars Ingrid Søren Astrid Sigrid Magnus Dagny".split(),
               "Johansson Andersen Lindqvist Halvorsen Nyström Eriksen".split()),
    "it": ("Francesca Giulia Marco Alessandro Chiara Lorenzo".split(),
           ["Rossi", "Bianchi", "di Stefano", "Esposito", "Romano", "De Luca"]),
    "gr": ("Nikolaos Eleni Giorgos Dimitra".split(), "Papadopoulos Georgiou Konstantinidis Alexiou".split()),
    "za": ("Nomvula Thabo Sipho Lerato Tendai Rutendo".split(), "Mahlangu Ndlovu Dlamini Nkosi Moyo Khumalo".split()),
    "pac": ("Keanu Aroha Tane Leilani Malia".split(), "Kealoha Wiremu Kahananui Tuilagi Fonoti".split()),
    "he": ("Yael Avi Noa Eitan".split(), "Cohen Ben-David Goldberg Mizrahi".split()),
    "bd": ("Rafiq Nusrat Tahmina Arif".split(), "Rahman Hossain Chowdhury Talukder".split()),
    "na": ("Dakota Winona Chaska".split(), "Begay Yazzie Tsosie Runningwater".split()),
}
ORIGIN_KEYS = list(ORIGINS)
ORIGIN_W = [10 if k in ("en", "es") else 3 for k in ORIGIN_KEYS]


class P:
    __slots__ = ("first", "last", "mi", "origin")

    def __init__(self, first, last, mi, origin):
        self.first, self.last, self.mi, self.origin = first, last, mi, origin

    def full(self, mi=True):
        if mi and self.mi:
            return f"{self.first} {self.mi}. {self.last}"
        return f"{self.first} {self.last}"

    def lf(self, mi=False):
        s = f"{self.last}, {self.first}"
        return f"{s} {self.mi}" if mi and self.mi else s

    def hl7(self):
        s = f"{self.last}^{self.first}".upper()
        return f"{s}^{self.mi}" if self.mi else s

    def vcard(self):
        return f"{self.last};{self.first};{self.mi}" if self.mi else f"{self.last};{self.first}"


def person(r, origin=None):
    o = origin or r.choices(ORIGIN_KEYS, ORIGIN_W)[0]
    fl, ll = ORIGINS[o]
    first, last = r.choice(fl), r.choice(ll)
    if maybe(r, 0.07):
        l2 = r.choice(ORIGINS[r.choice(ORIGIN_KEYS)][1])
        if " " not in last + l2 and l2 != last:
            last = f"{last}-{l2}"
    mi = r.choice("ABCDEFGHJKLMNPRSTW") if maybe(r, 0.35) else ""
    return P(first, last, mi, o)


def nm(r, p, styles=("full", "full", "full", "fmi", "lf", "upper")):
    st = r.choice(styles)
    if st == "full":
        return p.full(False)
    if st == "fmi":
        return p.full(True)
    if st == "lf":
        return p.lf(maybe(r, 0.3))
    if st == "LF":
        return p.lf().upper()
    if st == "upper":
        return p.full(False).upper()
    if st == "lower":
        return p.full(False).lower()
    if st == "first":
        return p.first
    if st == "last":
        return p.last
    raise ValueError(st)


EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "aol.com",
                 "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "free.fr", "uol.com.br", "gmail.com",
                 "sapo.pt", "libero.it", "naver.com", "comcast.net", "verizon.net", "fastmail.com"]


def email_for(r, p, domain=None):
    f, l = fold(p.first) or "user", fold(p.last) or "mail"
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}.{f}",
                      f"{f}{r.randint(70, 2005)}", f"{f}.{l[0]}", f"{f[0]}.{l}{r.randint(1, 9)}"])
    return f"{local}@{domain or r.choice(EMAIL_DOMAINS)}"


PETS = ["Biscuit", "Mochi", "Pepper", "Ziggy", "Noodle", "Waffles", "Tater Tot", "Pickles", "Sprocket", "Kiwi"]
PERSON_BRANDS = ["Wells Fargo", "Johnson & Johnson", "Ben & Jerry's", "Müller & Söhne GmbH", "Goldman Sachs",
                 "Charles Schwab", "Merrill Lynch", "Ernst & Young LLP", "Procter & Gamble", "Trader Joe's",
                 "McKinsey & Company", "Walgreens", "Marriott", "Hilton", "Dell Technologies", "Keller Williams",
                 "Sotheby's International Realty", "Baker Hughes", "Ford Motor Credit", "Dr. Martens"]
COMPANIES = ["Meridian Logistics", "Bluefin Analytics", "Copperleaf Systems", "Northwind Traders", "Harborview Foods",
             "Quantive Labs", "Silverline Freight", "Tallgrass Energy Partners", "Pinecrest Hospitality",
             "Lumen Ridge Software", "Orbital Bakery Co", "Kestrel Aerospace", "Granite Peak Builders",
             "Sunbeam Child Care", "Vantage Point Staffing"]


# ---------------------------------------------------------------------------
# places and addresses
# ---------------------------------------------------------------------------
US_STATES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CO": "Colorado", "OR": "Oregon",
             "NC": "North Carolina", "AZ": "Arizona", "NY": "New York", "WI": "Wisconsin", "NE": "Nebraska",
             "ID": "Idaho", "VA": "Virginia", "FL": "Florida", "CA": "California", "WA": "Washington",
             "LA": "Louisiana", "IA": "Iowa", "MI": "Michigan", "VT": "Vermont", "RI": "Rhode Island",
             "GA": "Georgia", "TN": "Tennessee", "AK": "Alaska", "HI": "Hawaii", "NM": "New Mexico",
             "NV": "Nevada", "UT": "Utah", "KS": "Kansas", "AR": "Arkansas", "NJ": "New Jersey",
             "PA": "Pennsylvania", "MA": "Massachusetts", "CT": "Connecticut", "KY": "Kentucky",
             "MN": "Minnesota", "MO": "Missouri", "MD": "Maryland", "SC": "South Carolina"}
US_CITIES = [("Springfield", "IL"), ("Columbus", "OH"), ("Austin", "TX"), ("Denver", "CO"), ("Portland", "OR"),
             ("Raleigh", "NC"), ("Tucson", "AZ"), ("Albany", "NY"), ("Madison", "WI"), ("Omaha", "NE"),
             ("Boise", "ID"), ("Richmond", "VA"), ("Tampa", "FL"), ("Sacramento", "CA"), ("Fresno", "CA"),
             ("Spokane", "WA"), ("Baton Rouge", "LA"), ("Des Moines", "IA"), ("Lansing", "MI"),
             ("Burlington", "VT"), ("Providence", "RI"), ("Savannah", "GA"), ("Knoxville", "TN"),
             ("Anchorage", "AK"), ("Honolulu", "HI"), ("Albuquerque", "NM"), ("Reno", "NV"),
             ("Salt Lake City", "UT"), ("Wichita", "KS"), ("Little Rock", "AR"), ("Newark", "NJ"),
             ("Chicago", "IL"), ("Houston", "TX"), ("Phoenix", "AZ"), ("Brooklyn", "NY"), ("Oakland", "CA"),
             ("Seattle", "WA"), ("Atlanta", "GA"), ("Miami", "FL"), ("Pittsburgh", "PA"), ("Worcester", "MA"),
             ("Hartford", "CT"), ("Louisville", "KY"), ("Duluth", "MN"), ("St. Louis", "MO"),
             ("Baltimore", "MD"), ("Charleston", "SC"), ("El Paso", "TX"), ("San Diego", "CA")]
US_COUNTIES = [("Travis County", "Texas"), ("Cook County", "Illinois"), ("King County", "Washington"),
               ("Maricopa County", "Arizona"), ("Franklin County", "Ohio"), ("Wake County", "North Carolina"),
               ("Hillsborough County", "Florida"), ("Sacramento County", "California"),
               ("Jefferson County", "Kentucky"), ("Multnomah County", "Oregon")]
STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Park", "Lake", "Hill", "Sunset",
           "Highland", "Jefferson", "Madison", "Franklin", "Church", "Mill", "Spring", "Ridge", "Willow",
           "Magnolia", "Peachtree", "Cherry", "Chestnut", "Walnut", "Harbor", "Meadow", "Orchard", "Juniper",
           "Sycamore", "Dogwood", "Bayview", "Prospect", "Glenwood", "Kingsbury", "Martin Luther King Jr"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Ct", "Way", "Pl",
          "Terrace", "Pkwy", "Cir"]

INTL = {
    "UK": dict(country="United Kingdom", cities=[("London", "SW9"), ("Manchester", "M14"), ("Leeds", "LS6"),
                                                 ("Bristol", "BS3"), ("Glasgow", "G12"), ("Cardiff", "CF24"),
                                                 ("Edinburgh", "EH6"), ("Birmingham", "B13")],
               streets=["High Street", "Station Road", "Church Lane", "Victoria Road", "Kingsley Road",
                        "Mill Lane", "Albert Terrace", "Cromwell Gardens", "Beech Grove"]),
    "DE": dict(country="Germany", cities=[("Berlin", "10115"), ("München", "80331"), ("Hamburg", "20095"),
                                          ("Köln", "50667"), ("Leipzig", "04109"), ("Stuttgart", "70173"),
                                          ("Frankfurt am Main", "60311")],
               streets=["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
                        "Lindenallee", "Am Mühlbach", "Kastanienweg"]),
    "FR": dict(country="France", cities=[("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13006"),
                                         ("Toulouse", "31000"), ("Nantes", "44000"), ("Bordeaux", "33000"),
                                         ("Lille", "59000")],
               streets=["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
                        "impasse des Acacias", "rue du Faubourg Saint-Antoine", "allée des Tilleuls"]),
    "BR": dict(country="Brasil", cities=[("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"),
                                         ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Recife", "PE"),
                                         ("Salvador", "BA")],
               streets=["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua Sete de Setembro",
                        "Av. Boa Viagem", "Rua Oscar Freire", "Travessa do Comércio"]),
    "PT": dict(country="Portugal", cities=[("Lisboa", "1250-146"), ("Porto", "4000-447"), ("Braga", "4700-320"),
                                           ("Coimbra", "3000-150"), ("Faro", "8000-138")],
               streets=["Rua de Santa Catarina", "Avenida da Liberdade", "Rua Augusta", "Rua do Almada",
                        "Travessa da Espera"]),
    "CA": dict(country="Canada", cities=[("Toronto", "ON"), ("Montréal", "QC"), ("Vancouver", "BC"),
                                         ("Calgary", "AB"), ("Halifax", "NS"), ("Winnipeg", "MB"), ("Ottawa", "ON")],
               streets=["Sherbrooke St W", "Queen St E", "Granville St", "Rue Saint-Denis", "Portage Ave",
                        "Spring Garden Rd", "Bank St"]),
    "AU": dict(country="Australia", cities=[("Sydney", "NSW"), ("Melbourne", "VIC"), ("Brisbane", "QLD"),
                                            ("Perth", "WA"), ("Adelaide", "SA"), ("Hobart", "TAS")],
               streets=["Beach Rd", "Chapel St", "George St", "Oxford St", "Brunswick St", "Hay St"]),
    "IN": dict(country="India", cities=[("Bengaluru", "Karnataka"), ("Mumbai", "Maharashtra"),
                                        ("Chennai", "Tamil Nadu"), ("Hyderabad", "Telangana"), ("Pune", "Maharashtra"),
                                        ("Kochi", "Kerala")],
               streets=["14th Cross Road", "MG Road", "Linking Road", "Anna Salai", "Road No. 12",
                        "FC Road", "Marine Drive"]),
    "MX": dict(country="México", cities=[("Ciudad de México", "CDMX"), ("Guadalajara", "Jalisco"),
                                         ("Monterrey", "Nuevo León"), ("Puebla", "Puebla"), ("Mérida", "Yucatán")],
               streets=["Av. Insurgentes Sur", "Calle Morelos", "Av. Reforma", "Calle Hidalgo", "Calle 60"]),
    "ES": dict(country="España", cities=[("Madrid", "28014"), ("Barcelona", "08010"), ("Valencia", "46001"),
                                         ("Sevilla", "41004"), ("Bilbao", "48001")],
               streets=["Calle de Alcalá", "Carrer de Balmes", "Calle Mayor", "Avenida de la Constitución",
                        "Calle Larios"]),
    "NL": dict(country="Netherlands", cities=[("Amsterdam", "1015 CJ"), ("Rotterdam", "3011 AD"),
                                              ("Utrecht", "3511 LN"), ("Den Haag", "2511 BT")],
               streets=["Keizersgracht", "Prinsengracht", "Oudegracht", "Witte de Withstraat", "Lange Voorhout"]),
    "JP": dict(country="Japan", cities=[("Tokyo", "Shibuya-ku"), ("Osaka", "Kita-ku"), ("Kyoto", "Sakyo-ku"),
                                        ("Yokohama", "Naka-ku"), ("Sapporo", "Chuo-ku")],
               streets=["Jingumae", "Umeda", "Shimogamo", "Yamashita-cho", "Odori Nishi"]),
    "NG": dict(country="Nigeria", cities=[("Lagos", "Victoria Island"), ("Abuja", "Wuse 2"), ("Ibadan", "Bodija"),
                                          ("Enugu", "Independence Layout")],
               streets=["Adeola Odeku Street", "Aminu Kano Crescent", "Awolowo Avenue", "Ogui Road"]),
    "IT": dict(country="Italia", cities=[("Roma", "00184"), ("Milano", "20121"), ("Torino", "10123"),
                                         ("Napoli", "80134"), ("Bologna", "40126")],
               streets=["Via del Corso", "Via Garibaldi", "Corso Buenos Aires", "Via Toledo", "Via dell'Indipendenza"]),
}
COUNTRIES = ["Nigeria", "Ghana", "Brazil", "Portugal", "Mexico", "Germany", "France", "Japan", "Canada", "India",
             "the Philippines", "Vietnam", "Kenya", "Colombia", "Poland", "Ireland", "South Korea", "Morocco",
             "Peru", "Turkey", "Ukraine", "Guatemala", "Jamaica", "Egypt"]


def us_city(r):
    return r.choice(US_CITIES)


def loc_us(r, style=None):
    c, st = us_city(r)
    style = style or r.choice(["cst", "cst", "cstate", "city", "state"])
    if style == "cst":
        return f"{c}, {st}"
    if style == "cstate":
        return f"{c}, {US_STATES[st]}"
    if style == "city":
        return c
    return US_STATES[st]


def loc_any(r):
    k = r.random()
    if k < 0.5:
        return loc_us(r)
    if k < 0.7:
        return r.choice(COUNTRIES)
    cc = r.choice(list(INTL))
    info = INTL[cc]
    city = r.choice(info["cities"])[0]
    return f"{city}, {info['country']}" if maybe(r) else city


def us_zip(r):
    z = f"{r.randint(1001, 99950):05d}"
    return f"{z}-{r.randint(1, 9999):04d}" if maybe(r, 0.15) else z


def us_street(r, unit_p=0.35):
    num = str(r.randint(1, 9899))
    d = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NW "])
    s = f"{num} {d}{r.choice(STREETS)} {r.choice(SUFFIX)}"
    if maybe(r, unit_p):
        s += r.choice([f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f", Apt {r.randint(100, 950)}",
                       f" Unit {r.randint(1, 300)}", f" #{r.randint(2, 999)}", f", Suite {r.randint(100, 900)}"])
    return s


class Addr:
    """Structured address with formatters."""
    __slots__ = ("cc", "line1", "city", "region", "post", "country", "extra")

    def __init__(self, cc, line1, city, region, post, country, extra=""):
        self.cc, self.line1, self.city, self.region, self.post, self.country, self.extra = (
            cc, line1, city, region, post, country, extra)

    def lines(self, with_country=False):
        cc = self.cc
        if cc in ("US", "CA"):
            ls = [self.line1, f"{self.city}, {self.region} {self.post}"]
        elif cc == "UK":
            ls = [self.line1, self.city, self.post]
        elif cc == "BR":
            ls = [f"{self.line1} - {self.extra}", f"{self.city} - {self.region}, {self.post}"]
        elif cc == "AU":
            ls = [self.line1, f"{self.extra} {self.region} {self.post}"]
        elif cc == "IN":
            ls = [f"{self.line1}, {self.extra}", f"{self.city}, {self.region} {self.post}"]
        elif cc == "JP":
            ls = [f"{self.line1}, {self.region}", f"{self.city} {self.post}"]
        elif cc == "MX":
            ls = [f"{self.line1}, {self.extra}", f"{self.post} {self.city}, {self.region}"]
        elif cc == "NG":
            ls = [self.line1, f"{self.extra}, {self.city}"]
        else:
            ls = [self.line1, f"{self.post} {self.city}"]
        if with_country:
            ls.append(self.country)
        return ls

    def one(self, with_country=False):
        return ", ".join(self.lines(with_country))

    def multi(self, with_country=False):
        return "\n".join(self.lines(with_country))


def addr(r, cc=None):
    cc = cc or ("US" if maybe(r, 0.6) else r.choice(list(INTL)))
    if cc == "US":
        c, st = us_city(r)
        return Addr("US", us_street(r), c, st, us_zip(r), r.choice(["USA", "United States"]))
    info = INTL[cc]
    city, x = r.choice(info["cities"])
    street = r.choice(info["streets"])
    n = r.randint(1, 240)
    if cc == "UK":
        line1 = f"{n} {street}" if maybe(r, 0.6) else f"Flat {r.randint(1, 12)}, {n} {street}"
        post = f"{x} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return Addr(cc, line1, city, "", post, info["country"])
    if cc == "DE":
        return Addr(cc, f"{street} {n}", city, "", x, info["country"])
    if cc == "FR":
        return Addr(cc, f"{n} {street}", city, "", x, info["country"])
    if cc == "IT":
        return Addr(cc, f"{street} {n}", city, "", x, info["country"])
    if cc == "ES":
        return Addr(cc, f"{street} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}", city, "", x, info["country"])
    if cc == "NL":
        return Addr(cc, f"{street} {n}" + (f"-{r.choice(['I', 'II', 'III', 'hs'])}" if maybe(r) else ""),
                    city, "", x, info["country"])
    if cc == "PT":
        return Addr(cc, f"{street} {n}" + (f", {r.randint(1, 6)}º Esq." if maybe(r, 0.4) else ""), city, "", x,
                    info["country"])
    if cc == "BR":
        bairro = r.choice(["Pinheiros", "Consolação", "Boa Viagem", "Centro", "Savassi", "Moinhos de Vento"])
        line1 = f"{street}, {n * 7}" + (f", apto {r.randint(11, 184)}" if maybe(r) else "")
        return Addr(cc, line1, city, x, f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}", info["country"],
                    bairro)
    if cc == "CA":
        post = (f"{r.choice('KLMNTVHGJ')}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} "
                f"{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}")
        line1 = f"{n * 3} {street}" + (f", Unit {r.randint(101, 2400)}" if maybe(r, 0.3) else "")
        return Addr(cc, line1, city, x, post, info["country"])
    if cc == "AU":
        sub = r.choice(["Bondi", "Fitzroy", "New Farm", "Subiaco", "Glenelg", "Sandy Bay", "Newtown"])
        line1 = (f"Unit {r.randint(1, 30)}/{n} {street}" if maybe(r) else f"{n} {street}")
        return Addr(cc, line1, city, x, f"{r.randint(2000, 7999)}", info["country"], sub)
    if cc == "IN":
        loc = r.choice(["Indiranagar", "Bandra West", "T. Nagar", "Banjara Hills", "Koregaon Park", "Kakkanad"])
        line1 = f"Flat {r.randint(101, 1204)}, {r.choice(['Sai Residency', 'Prestige Lakeside', 'Green Acres', 'Lotus Towers'])}, {street}"
        return Addr(cc, line1, city, x, f"{r.randint(400001, 699999)}", info["country"], loc)
    if cc == "JP":
        line1 = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {street}"
        return Addr(cc, line1, city, x, f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}", info["country"])
    if cc == "MX":
        col = r.choice(["Col. Del Valle", "Col. Roma Norte", "Col. Centro", "Col. Americana", "Col. Polanco"])
        return Addr(cc, f"{street} {n * 5}", city, x, f"{r.randint(1000, 99999):05d}", info["country"], col)
    if cc == "NG":
        return Addr(cc, f"{n} {street}", city, "", "", info["country"], x)
    raise ValueError(cc)


def po_box(r, st=None):
    opts = [x for x in US_CITIES if x[1] == st]
    c, st = r.choice(opts) if opts else us_city(r)
    return f"P.O. Box {r.randint(100, 99999)}, {c}, {st} {us_zip(r)}"


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
US_AREA = ["212", "312", "415", "617", "713", "206", "303", "404", "503", "602", "702", "919", "305", "646",
           "773", "818", "217", "614", "512", "720", "971", "984", "520", "518", "608", "402", "208", "804",
           "813", "916", "559", "509", "225", "515", "517", "802", "401", "912", "865", "907", "808"]


def phone_us(r, style=None):
    a = r.choice(US_AREA)
    ex = f"{r.randint(201, 989)}"
    if ex[1:] == "11":
        ex = "555"
    ln = f"{r.randint(0, 9999):04d}"
    style = style or r.choice(["paren", "paren", "dash", "dot", "plus", "plusdash", "plain1", "raw"])
    if style == "paren":
        return f"({a}) {ex}-{ln}"
    if style == "dash":
        return f"{a}-{ex}-{ln}"
    if style == "dot":
        return f"{a}.{ex}.{ln}"
    if style == "plus":
        return f"+1 {a} {ex} {ln}"
    if style == "plusdash":
        return f"+1-{a}-{ex}-{ln}"
    if style == "plain1":
        return f"1-{a}-{ex}-{ln}"
    if style == "e164":
        return f"+1{a}{ex}{ln}"
    return f"{a}{ex}{ln}"


def phone_tollfree(r):
    p = r.choice(["800", "888", "877", "866", "855", "844"])
    return r.choice([f"1-{p}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}",
                     f"({p}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}",
                     f"{p}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}"])


def phone_intl(r, cc=None):
    cc = cc or r.choice(["UK", "DE", "FR", "BR", "PT", "IN", "JP", "MX", "NG", "AU", "ES", "IT", "NL", "KR",
                         "PH", "ZA", "CA"])
    d = lambda n: digits(r, n)
    if cc == "UK":
        return r.choice([f"+44 20 {d(4)} {d(4)}", f"+44 7700 {d(6)}", f"07{d(3)} {d(6)}", f"0161 {d(3)} {d(4)}"])
    if cc == "DE":
        return r.choice([f"+49 30 {d(8)}", f"+49 (0)89 {d(4)} {d(4)}", f"0171 {d(7)}", f"+49 151 {d(8)}"])
    if cc == "FR":
        return r.choice([f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                         f"+33 (0)1 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])
    if cc == "BR":
        return r.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 3{d(3)}-{d(4)}"])
    if cc == "PT":
        return r.choice([f"+351 91{d(1)} {d(3)} {d(3)}", f"+351 21 {d(3)} {d(4)}", f"96{d(1)} {d(3)} {d(3)}"])
    if cc == "IN":
        return r.choice([f"+91 98{d(3)} {d(5)}", f"+91-80-{d(4)}-{d(4)}", f"09{d(3)} {d(6)}"])
    if cc == "JP":
        return r.choice([f"+81 90-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 6 {d(4)} {d(4)}"])
    if cc == "MX":
        return r.choice([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(55) {d(4)}-{d(4)}"])
    if cc == "NG":
        return r.choice([f"+234 803 {d(3)} {d(4)}", f"0809 {d(3)} {d(4)}", f"+234 (0) 812 {d(3)} {d(4)}"])
    if cc == "AU":
        return r.choice([f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}"])
    if cc == "ES":
        return r.choice([f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}"])
    if cc == "IT":
        return r.choice([f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}"])
    if cc == "NL":
        return r.choice([f"+31 6 {d(8)}", f"020-{d(3)} {d(4)}"])
    if cc == "KR":
        return f"+82 10-{d(4)}-{d(4)}"
    if cc == "PH":
        return f"+63 917 {d(3)} {d(4)}"
    if cc == "ZA":
        return f"+27 82 {d(3)} {d(4)}"
    return phone_us(r)


def phone(r, p_intl=0.25):
    return phone_intl(r) if maybe(r, p_intl) else phone_us(r)


# ---------------------------------------------------------------------------
# dates and times
# ---------------------------------------------------------------------------
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]


def rdate(r, y0, y1):
    a, z = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(a, z))


def evdate(r):
    return rdate(r, 2023, 2025)


def dobdate(r, y0=1936, y1=2005):
    return rdate(r, y0, y1)


def plus(d, days):
    return d + dt.timedelta(days=days)


def ordn(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


DATE_STYLES = ["iso", "us", "us1", "eu", "dot", "long", "longord", "longeu", "abbr", "dmy", "upper", "wk",
               "wkabbr", "dash_us", "us", "long", "iso"]


def fdate(r, d, style=None):
    style = style or r.choice(DATE_STYLES)
    m, dd, y = d.month, d.day, d.year
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "us1":
        return f"{m}/{dd}/{y}"
    if style == "us2":
        return f"{m}/{dd}/{y % 100:02d}"
    if style == "eu":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "long":
        return f"{MON[m - 1]} {dd}, {y}"
    if style == "longord":
        return f"{MON[m - 1]} {ordn(dd)}, {y}"
    if style == "longeu":
        return f"{dd} {MON[m - 1]} {y}"
    if style == "abbr":
        return f"{MON[m - 1][:3]} {dd}, {y}"
    if style == "dmy":
        return f"{dd:02d}-{MON[m - 1][:3]}-{y}"
    if style == "upper":
        return f"{dd:02d} {MON[m - 1][:3].upper()} {y}"
    if style == "wk":
        return f"{WD[d.weekday()]}, {MON[m - 1]} {dd}, {y}"
    if style == "wkabbr":
        return f"{WD[d.weekday()][:3]}, {MON[m - 1][:3]} {dd}, {y}"
    if style == "dash_us":
        return f"{m:02d}-{dd:02d}-{y}"
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if style == "nodate_year":  # "Thursday, March 21"
        return f"{WD[d.weekday()]}, {MON[m - 1]} {dd}"
    raise ValueError(style)


def fdate_l(r, d, lang):
    m, dd, y = d.month, d.day, d.year
    if lang == "fr":
        return r.choice([f"{dd} {MON_FR[m - 1]} {y}", f"{dd:02d}/{m:02d}/{y}", f"{WD_FR[d.weekday()]} {dd} {MON_FR[m - 1]} {y}"])
    if lang == "pt":
        return r.choice([f"{dd} de {MON_PT[m - 1]} de {y}", f"{dd:02d}/{m:02d}/{y}"])
    if lang == "es":
        return r.choice([f"{dd} de {MON_ES[m - 1]} de {y}", f"{dd:02d}/{m:02d}/{y}"])
    if lang == "de":
        return r.choice([f"{dd}. {MON_DE[m - 1]} {y}", f"{dd:02d}.{m:02d}.{y}"])
    return fdate(r, d)


def rtime(r, h0=7, h1=19):
    return (r.randint(h0, h1), r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50, 5]))


def ftime(r, hm, style=None):
    h, m = hm
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    style = style or r.choice(["12", "12", "12lc", "24", "12nosp"])
    if style == "12":
        return f"{h12}:{m:02d} {ap}"
    if style == "12lc":
        return f"{h12}:{m:02d} {ap.lower()}"
    if style == "12nosp":
        return f"{h12}:{m:02d}{ap.lower()}"
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "short":
        return f"{h12} {ap}" if m == 0 else f"{h12}:{m:02d} {ap}"
    raise ValueError(style)


def fdt(r, d, hm, dstyle=None, tstyle=None, join=None):
    join = join or r.choice([" at ", ", ", " ", " at "])
    return fdate(r, d, dstyle) + join + ftime(r, hm, tstyle)


def fdt_l(r, d, hm, lang):
    h, m = hm
    if lang == "fr":
        return f"{fdate_l(r, d, 'fr')} à {h}h{m:02d}"
    if lang == "pt":
        return f"{fdate_l(r, d, 'pt')} às {h}h{m:02d}" if maybe(r) else f"{fdate_l(r, d, 'pt')} às {h:02d}:{m:02d}"
    if lang == "es":
        return f"{fdate_l(r, d, 'es')} a las {h:02d}:{m:02d}"
    if lang == "de":
        return f"{fdate_l(r, d, 'de')} um {h:02d}:{m:02d}"
    if lang == "it":
        return f"{d.day:02d}/{d.month:02d}/{d.year} alle {h:02d}:{m:02d}"
    return fdt(r, d, hm)


def iso_dt(d, hm, sec=0, tz="Z"):
    return f"{d.isoformat()}T{hm[0]:02d}:{hm[1]:02d}:{sec:02d}{tz}"


def log_ts(r, d=None, style=None):
    """A log-line timestamp (hard negative)."""
    d = d or evdate(r)
    h, m, s, ms = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)
    style = style or r.choice(["iso", "space", "syslog"])
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{ms:03d}Z"
    if style == "space":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{ms:03d}"
    return f"{MON[d.month - 1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"


def rfc2822(r, d, hm):
    return f"{WD[d.weekday()][:3]}, {d.day} {MON[d.month - 1][:3]} {d.year} {hm[0]:02d}:{hm[1]:02d}:{r.randint(0, 59):02d} {r.choice(['-0500', '-0400', '+0000', '+0100', '-0700', '+0530'])}"


def epoch(r):
    return r.randint(1672531200, 1767225600)


# ---------------------------------------------------------------------------
# checksummed / structured identifiers
# ---------------------------------------------------------------------------
def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    if len(ds) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_digits(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
    if brand == "visa":
        body, n = "4" + digits(r, 5), 16
    elif brand == "mc":
        body, n = (str(r.randint(51, 55)) if maybe(r, 0.8) else str(r.randint(2221, 2720))), 16
    elif brand == "amex":
        body, n = r.choice(["34", "37"]), 15
    elif brand == "disc":
        body, n = "6011", 16
    else:
        body, n = str(r.randint(3528, 3589)), 16
    body += digits(r, n - 1 - len(body))
    return body + luhn_check_digit(body)


def fmt_card(r, ds, style=None):
    style = style or r.choice(["sp", "sp", "dash", "raw"])
    if style == "raw":
        return ds
    sep = " " if style == "sp" else "-"
    if len(ds) == 15:
        return sep.join([ds[:4], ds[4:10], ds[10:]])
    return sep.join(ds[i:i + 4] for i in range(0, len(ds), 4))


def card(r, brand=None, style=None):
    return fmt_card(r, card_digits(r, brand), style)


def bad_card(r, style=None):
    """16-digit, Luhn-INVALID (hard negative)."""
    ds = card_digits(r, r.choice(["visa", "mc", "disc"]))
    last = (int(ds[-1]) + r.randint(1, 9)) % 10
    return fmt_card(r, ds[:-1] + str(last), style)


IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "BE": "n12",
             "PT": "n21", "CH": "n17", "PL": "n24", "IE": "a4n14", "AT": "n16"}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "NL": ["INGB", "ABNA", "RABO", "TRIO"],
              "IE": ["AIBK", "BOFI"]}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha():
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    for part in re.findall(r"[an]\d+", spec):
        k, n = part[0], int(part[1:])
        if k == "a":
            bban += r.choice(IBAN_BANKS[cc]) if cc in IBAN_BANKS and n == 4 else rs(r, UP, n)
        else:
            bban += digits(r, n)
    s = cc + iban_check(cc, bban) + bban
    grouped = maybe(r, 0.6) if grouped is None else grouped
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def ssn(r, style=None):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    g, n = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["dash", "dash", "dash", "space", "raw"])
    if style == "dash":
        return f"{a:03d}-{g:02d}-{n:04d}"
    if style == "space":
        return f"{a:03d} {g:02d} {n:04d}"
    return f"{a:03d}{g:02d}{n:04d}"


def bad_ssn(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def masked_ssn(r):
    return r.choice(["***-**-", "XXX-XX-", "xxx-xx-", "•••-••-"]) + digits(r, 4)


def masked_card(r):
    return r.choice(["XXXX-XXXX-XXXX-", "**** **** **** ", "•••• ", "xxxxxxxxxxxx", "ending in "]) + digits(r, 4)


def npi(r):
    body = r.choice("12") + digits(r, 8)
    return body + luhn_check_digit("80840" + body)


ROUTING = ["021000021", "026009593", "121000248", "111000025", "322271627", "011401533", "071000013",
           "031176110", "061000104", "091000019"]
BICS = ["DEUTDEFFXXX", "BNPAFRPP", "COBADEFFXXX", "CHASUS33", "BOFAUS3N", "NWBKGB2L", "INGBNL2A",
        "BCITITMM", "CAIXESBBXXX", "BBPIPTPL", "ITAUBRSP"]
ICD = ["E11.9", "I10", "J45.909", "M54.5", "F41.1", "K21.9", "N39.0", "J01.90", "R51.9", "Z00.00", "O09.521",
       "P07.35", "S93.401A", "L03.115", "G43.909"]
CPT = ["99213", "99214", "99203", "80053", "85025", "93000", "71046", "36415", "97110", "90834", "G0439"]
CDT = ["D0120", "D0274", "D1110", "D2392", "D2740", "D3330", "D4341", "D7140", "D0330", "D2950"]
LOINC = ["4548-4", "2345-7", "718-7", "2093-3", "6690-2", "14682-9", "30522-7"]
DRUGS = ["atorvastatin 40 mg", "lisinopril 10 mg", "metformin ER 500 mg", "sertraline 50 mg", "levothyroxine 75 mcg",
         "amlodipine 5 mg", "albuterol HFA 90 mcg", "omeprazole 20 mg", "Eliquis 5 mg", "Ozempic 0.5 mg",
         "amoxicillin 875 mg", "gabapentin 300 mg", "montelukast 10 mg", "Jardiance 10 mg", "escitalopram 10 mg"]


def ndc(r):
    return f"{r.randint(1000, 99999):05d}-{r.randint(100, 9999):04d}-{r.randint(1, 99):02d}"


def vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def plate(r):
    return r.choice([f"{r.randint(1, 9)}{rs(r, UP, 3)}{digits(r, 3)}", f"{rs(r, UP, 3)}-{digits(r, 4)}",
                     f"{rs(r, UP, 2)}{digits(r, 2)} {rs(r, UP, 3)}"])


def tracking(r):
    return r.choice([f"1Z{rs(r, UP + DIG, 6)}{digits(r, 10)}", f"9400 1{digits(r, 3)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
                     f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}", f"JD{digits(r, 18)}"])


def order_no(r):
    return r.choice([f"ORD-{digits(r, 7)}", f"#{digits(r, 8)}", f"PO-{r.randint(2021, 2025)}-{digits(r, 5)}",
                     f"INV-{digits(r, 6)}", f"{rs(r, UP, 3)}-{digits(r, 4)}-{rs(r, UP, 1)}",
                     f"W{digits(r, 9)}"])


def version(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"


def amount(r, lo=5, hi=9000, cur="$"):
    v = r.randint(lo * 100, hi * 100) / 100
    return f"{cur}{v:,.2f}"


def duration(r):
    return r.choice([f"{r.randint(2, 59)} min", f"{r.randint(1, 12)}h {r.randint(0, 59)}m",
                     f"{r.randint(2, 900)} ms", f"{r.randint(1, 14)} days", f"{r.randint(3, 90)}s"])


def relative(r):
    return r.choice(["tomorrow", "yesterday", "next week", "in 3 days", "last month", "later today",
                     "two weeks ago", "end of next month", "this afternoon"])


# ---------------------------------------------------------------------------
# medical / account identifiers
# ---------------------------------------------------------------------------
def mrn(r):
    return r.choice([digits(r, 8), f"{r.randint(0, 9999999):08d}", f"E{digits(r, 7)}", f"{digits(r, 10)}",
                     f"NW{digits(r, 8)}", f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 2)}", f"M{digits(r, 9)}"])


def hpn(r):
    k = r.randrange(6)
    if k == 0:
        return rs(r, UP, 3) + digits(r, 9)
    if k == 1:
        return "W" + digits(r, 9)
    if k == 2:  # Medicare MBI-like
        L = "ACDEFGHJKMNPQRTUVWXY"
        s = (r.choice("123456789") + r.choice(L) + r.choice(L + DIG) + r.choice(DIG) + r.choice(L) +
             r.choice(L + DIG) + r.choice(DIG) + r.choice(L) + r.choice(L) + r.choice(DIG) + r.choice(DIG))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if maybe(r) else s
    if k == 3:
        return f"{digits(r, 9)}-0{r.randint(1, 4)}"
    if k == 4:
        return "H" + digits(r, 8)
    return f"{rs(r, UP, 2)}{digits(r, 7)}{rs(r, UP, 1)}"


def acct_no(r):
    return r.choice([digits(r, 10, True), digits(r, 12, True), digits(r, 8, True),
                     f"{digits(r, 4)}-{digits(r, 6)}-{digits(r, 2)}", f"{digits(r, 3)} {digits(r, 4)} {digits(r, 4)}"])


def dl_no(r, st=None):
    st = st or r.choice(list(US_STATES))
    if st == "CA":
        return st, r.choice(UP) + digits(r, 7)
    if st == "NY":
        return st, r.choice([digits(r, 9), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"])
    if st == "TX":
        return st, digits(r, 8)
    if st == "FL":
        return st, f"{r.choice(UP)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}"
    if st == "IL":
        return st, f"{r.choice(UP)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}"
    if st == "WA":
        return st, "WDL" + rs(r, UP + DIG, 9)
    if st == "MA":
        return st, "S" + digits(r, 8)
    if st == "PA":
        return st, f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"
    return st, r.choice(UP) + digits(r, r.choice([7, 8, 12]))


def uk_dl(r, p):
    sur = (fold(p.last).upper() + "99999")[:5]
    return f"{sur}{r.randint(0, 9)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 9)}{rs(r, UP, 2)}9{rs(r, UP, 2)}"


# ---------------------------------------------------------------------------
# secrets
# ---------------------------------------------------------------------------
def b64u(bs):
    return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def aws_akid(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(r):
    s = rs(r, ALNUM + "+/", 40)
    return s[:-1] + r.choice(ALNUM)


def gh_token(r):
    if maybe(r, 0.2):
        return "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36)


def slack_token(r):
    return (r.choice(["xoxb", "xoxb", "xoxp", "xoxa"]) + f"-{digits(r, 12, True)}-{digits(r, 13, True)}-"
            + rs(r, ALNUM, 24))


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ALNUM, r.choice([24, 34, 99]))


def jwt(r, email=None):
    alg = r.choice(["HS256", "HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = hexs(r, 16)
    iat = epoch(r)
    pl = {"sub": str(r.randint(10000, 99999999)), "iat": iat, "exp": iat + r.choice([900, 3600, 86400])}
    if email:
        pl["email"] = email
    if maybe(r):
        pl["scope"] = r.choice(["read:orders write:orders", "openid profile", "admin", "payments:refund"])
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(pl, separators=(",", ":")).encode())
    sig = b64u(rbytes(r, 32 if alg == "HS256" else 64))
    return f"{h}.{p}.{sig}"


PEM_KINDS = {"RSA PRIVATE KEY": "MIIEowIBAAKCAQEA", "EC PRIVATE KEY": "MHcCAQEEI", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
             "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"}


def pem_key(r, kind=None, nl="\n"):
    kind = kind or r.choice(list(PEM_KINDS))
    width = 70 if kind.startswith("OPENSSH") else 64
    n = r.randint(4, 8) if kind != "EC PRIVATE KEY" else 3
    body = PEM_KINDS[kind] + base64.b64encode(rbytes(r, (width * n * 3) // 4)).decode()
    body = body[:width * n - r.randint(8, 40)]
    pad = (-len(body)) % 4
    body += "=" * pad
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return nl.join([f"-----BEGIN {kind}-----"] + lines + [f"-----END {kind}-----"])


PW_WORDS = ["Sunset", "Maple", "Tiger", "Falcon", "Harbor", "Copper", "Winter", "Rocket", "Velvet", "Cobalt",
            "Orchid", "Pepper", "Lantern", "Glacier", "Mango", "Thunder", "Bluebird", "Saffron"]


def password(r):
    k = r.random()
    if k < 0.3:
        return r.choice(PW_WORDS) + r.choice("!#*_.-%") + digits(r, r.randint(2, 4))
    if k < 0.65:
        n = r.randint(12, 20)
        s = rs(r, ALNUM + "!#%*+-_=~^", n)
        return r.choice(ALNUM) + s[1:-1] + r.choice(ALNUM)
    if k < 0.8:
        ws = r.sample(["correct", "horse", "battery", "staple", "purple", "monkey", "dishwasher", "tundra",
                       "violin", "pancake", "orbit", "granite"], 4)
        return "-".join(ws) + str(r.randint(1, 99))
    if k < 0.9:
        return r.choice(PW_WORDS).lower() + str(r.randint(1960, 2024))
    return rs(r, ALNUM, r.randint(16, 32))


def generic_secret(r):
    k = r.randrange(9)
    if k == 0:
        return "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM, 43)
    if k == 1:
        return "AIza" + rs(r, ALNUM + "-_", 34) + r.choice(ALNUM)
    if k == 2:
        return hexs(r, 32)
    if k == 3:
        return "whsec_" + rs(r, ALNUM, 32)
    if k == 4:
        return "glpat-" + rs(r, ALNUM + "-_", 19) + r.choice(ALNUM)
    if k == 5:
        return "npm_" + rs(r, ALNUM, 36)
    if k == 6:
        return "key-" + hexs(r, 32)
    if k == 7:
        return rs(r, ALNUM + "~._-", 39) + r.choice(ALNUM)
    return hexs(r, 64)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def ipv4(r, kind=None):
    kind = kind or r.choice(["pub", "pub", "pub", "priv", "doc"])
    if kind == "priv":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 10)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    if kind == "doc":
        return r.choice(["203.0.113", "198.51.100", "192.0.2"]) + f".{r.randint(1, 254)}"
    a = r.choice([24, 31, 45, 52, 63, 68, 73, 81, 86, 91, 98, 104, 107, 142, 151, 162, 176, 185, 188, 201, 212])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    pre = r.choice(["2001:db8", "2600:1f18", "2a02:c7f", "2606:4700", "2804:14c"])
    groups = [format(r.randint(0, 0xffff), "x") for _ in range(r.choice([3, 4, 6]))]
    if len(groups) == 6:
        return pre + ":" + ":".join(groups)
    return pre + "::" + ":".join(groups)


def ip(r, p6=0.15):
    return ipv6(r) if maybe(r, p6) else ipv4(r)


def url(r, host=None, path=None):
    host = host or r.choice(["portal.northwindhealth.org", "app.bluefinmovers.com", "my.copperleaf.io",
                             "secure.pinecresthomes.net", "www.quantivelabs.com", "billing.meridianlogistics.co",
                             "members.tallgrasscu.org", "tour.vrviewer.net", "forms.brightpathfamily.org"])
    path = path or r.choice(["/account/verify", "/portal/messages/48213", "/r/", "/login", "/docs/share",
                             "/claims/status", "/listing/", "/pay"])
    if path.endswith("/"):
        path += rs(r, LOW + DIG, 8)
    q = ""
    if maybe(r, 0.5):
        q = "?" + "&".join(f"{k}={rs(r, LOW + DIG, r.randint(4, 10))}" for k in
                           r.sample(["ref", "token", "utm_source", "id", "session", "lang", "step"], r.randint(1, 3)))
    return f"https://{host}{path}{q}"


# ---------------------------------------------------------------------------
# domain generators (positive)
# ---------------------------------------------------------------------------
PHARMACIES = ["CareLane Pharmacy", "MedPoint Drugs", "Walgreens", "Apothecary One", "Rexwell Pharmacy", "HealthHub Rx"]
INSURERS = ["Aetna", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield", "Humana", "Kaiser Permanente",
            "Anthem", "Molina Healthcare", "Ambetter", "Oscar Health"]


def d_pharmacy_refill_ivr(r, b):
    p = person(r)
    dob = dobdate(r, 1938, 2004)
    pharm = r.choice(PHARMACIES)
    es = maybe(r, 0.2)
    b.line(f"IVR CALL TRANSCRIPT | {pharm} automated refill line")
    b.line(f"call_id={uuid4(r)}  dnis=RX-REFILL-{r.randint(1, 9)}  asr_conf=0.{r.randint(70, 98)}  "
           f"lang={'es-US' if es else 'en-US'}")
    b.line("ANI: ", (PH, phone_us(r, r.choice(["paren", "dash", "e164", "plus"]))),
           f"   Duration: 00:0{r.randint(2, 8)}:{r.randint(0, 59):02d}")
    b.t("\n")
    clock = [0]

    def L(who, *items):
        clock[0] += r.randint(3, 19)
        c = clock[0]
        b.t(f"[{c // 3600:02d}:{c // 60 % 60:02d}:{c % 60:02d}] {who}: ")
        b.add(*items)
        b.t("\n")

    rx = digits(r, 7, True)
    drug = r.choice(DRUGS)
    last = evdate(r)
    ready = plus(last, r.randint(20, 40))
    store = addr(r, "US")
    if es:
        L("IVR", f"Gracias por llamar a {pharm}. Diga o marque su número de receta.")
        L("CALLER", " ".join(rx))
        L("IVR", "Para verificar, diga su fecha de nacimiento.")
        L("CALLER", "eh, el ", (DOB, fdate_l(r, dob, "es")))
        L("IVR", f"Encontré {drug} para ", (PER, nm(r, p, ("upper", "full"))), ". ¿Es correcto?")
        L("CALLER", "sí")
        L("IVR", "Su receta estará lista después de las ", (DT, ftime(r, rtime(r, 10, 18), "12")), " el ",
          (DT, fdate_l(r, ready, "es")), " en la tienda de ", (ADR, store.one()), ".")
        L("CALLER", "agente por favor")
        ag = person(r, "es")
        L("AGENT", "Farmacia, le atiende ", (PER, ag.first), ". ¿Me confirma un número para llamarle?")
        L("CALLER", "sí, es el ", (PH, phone_us(r, "dash")), ", y mi correo es ", (EM, email_for(r, p)))
        L("AGENT", f"Listo. El copago es de {amount(r, 3, 60)}. Le enviaremos un texto. Hasta luego.")
        return
    L("IVR", f"Thank you for calling {pharm}. Para español, oprima el dos. "
             "Please say or enter your prescription number.")
    L("CALLER", " ".join(rx))
    L("IVR", "To verify, please say your date of birth.")
    L("CALLER", r.choice(["uh, ", "", "it's "]), (DOB, fdate(r, dob, r.choice(["long", "longord", "us"]))))
    L("IVR", f"Thanks. I found a prescription for {drug} for ", (PER, nm(r, p, ("upper", "full", "fmi"))),
      f". It has {r.randint(0, 5)} refills remaining and was last filled on ", (DT, fdate(r, last, "long")),
      ". To refill it, press 1.")
    L("CALLER", r.choice(["1", "one", "yes refill it"]))
    L("IVR", "Your refill will be ready after ", (DT, ftime(r, rtime(r, 10, 18), "12")), " on ",
      (DT, fdate(r, ready, r.choice(["nodate_year", "wk", "long"]))), " at our ", (ADR, store.one()),
      " location. For a text alert when it is ready, press 1.")
    L("CALLER", "1")
    L("IVR", f"Text alerts will go to the number ending in {digits(r, 4)}. Say 'representative' for more help.")
    if maybe(r, 0.65):
        L("CALLER", "representative")
        L("IVR", f"Please hold. Your estimated wait time is {r.randint(2, 9)} minutes.")
        ag = person(r)
        L("AGENT", "Thanks for holding, this is ", (PER, ag.first), " in the pharmacy. Can I get your name?")
        L("CALLER", "yeah it's ", (PER, nm(r, p, ("lower", "full"))), " but the refill is for my ",
          r.choice(["mom", "dad", "husband", "wife"]), " actually, ", (PER, person(r).full(False).lower()))
        h1, h2 = hpn(r), hpn(r)
        L("AGENT", "Okay. The claim rejected — the member ID on file is ", (HPN, h1),
          f", group {digits(r, 6)}. Did the insurance change?")
        L("CALLER", "yes, new card, ", r.choice(INSURERS), ", the ID says ", (HPN, h2))
        L("AGENT", f"Got it, that went through. Copay is {amount(r, 3, 80)}. Use the card on file ending in "
                   f"{digits(r, 4)}?")
        if maybe(r, 0.5):
            L("CALLER", "no, put it on this one ", (CC, card(r, style=r.choice(["sp", "raw"]))))
        else:
            L("CALLER", "yes that's fine")
        L("AGENT", "And the best callback number?")
        L("CALLER", (PH, phone(r, 0.1)))
        L("AGENT", "Perfect. Dr. ", (PER, person(r).last), " also sent a new script on ",
          (DT, fdate(r, plus(last, r.randint(1, 9)), r.choice(["long", "us"]))),
          ", we'll fill that with this one. Anything else?")
        L("CALLER", "no thanks, bye")


def d_ada_dental_claim(r, b):
    b.noise = r.choice([0.0, 0.012, 0.025])
    sub = person(r)
    same = maybe(r, 0.4)
    pat = sub if same else P(person(r).first, sub.last, "", sub.origin)
    a = addr(r, "US")
    insurer = r.choice(["Delta Dental", "MetLife Dental", "Guardian Dental", "Cigna Dental", "Aetna Dental PPO",
                        "Humana Dental"])
    b.line("ADA American Dental Association(R) Dental Claim Form - J430D   [scanned, OCR p.1 of 1]")
    b.line("HEADER INFORMATION")
    b.line("1. Type of Transaction: [X] Statement of Actual Services  [ ] Request for Predetermination")
    b.line(f"2. Predetermination/Preauthorization Number: PD{digits(r, 9)}")
    b.line("INSURANCE COMPANY/DENTAL BENEFIT PLAN INFORMATION")
    pb = po_box(r).replace(", ", "\n    ", 1)
    b.line("3. Company/Plan Name, Address, City, State, Zip Code:\n    ", insurer, "\n    ", (ADR, pb))
    b.line("4. Other Dental or Medical Coverage? [X] No  [ ] Yes")
    b.line("POLICYHOLDER/SUBSCRIBER INFORMATION")
    b.line("12. Policyholder/Subscriber Name (Last, First, Middle Initial), Address, City, State, Zip Code:")
    up = maybe(r)
    b.line("    ", (PER, sub.lf(True).upper() if up else sub.lf(True)))
    b.line("    ", (ADR, "\n    ".join(a.lines()).upper() if up else "\n    ".join(a.lines())))
    sid = (SSN, ssn(r, "dash")) if maybe(r, 0.3) else (HPN, hpn(r))
    b.line("13. Date of Birth (MM/DD/CCYY): ", (DOB, fdate(r, dobdate(r, 1950, 2000), "us")),
           f"   14. Gender: {r.choice('MF')}   15. Policyholder/Subscriber ID (SSN or ID#): ", sid)
    b.line(f"16. Plan/Group Number: {digits(r, 7)}   17. Employer Name: {r.choice(COMPANIES + PERSON_BRANDS)}")
    b.line("PATIENT INFORMATION")
    b.line(f"18. Relationship to Policyholder: [{'X' if same else ' '}] Self  [ ] Spouse  "
           f"[{' ' if same else 'X'}] Dependent Child  [ ] Other")
    b.line("20. Name (Last, First, Middle Initial, Suffix), Address, City, State, Zip Code:")
    if same:
        b.line("    SAME")
    else:
        b.line("    ", (PER, pat.lf().upper() if up else pat.lf()), "  (address same as subscriber)")
    pdob = dobdate(r, 1950, 2000) if same else dobdate(r, 2006, 2020)
    b.line("21. Date of Birth (MM/DD/CCYY): ", (DOB, fdate(r, pdob, "us")), f"  22. Gender: {r.choice('MF')}  "
           "23. Patient ID/Account # (Assigned by Dentist): ", (ACCT, r.choice([digits(r, 6, True), f"PT{digits(r, 6)}"])))
    b.line("RECORD OF SERVICES PROVIDED")
    b.line("    24.Procedure Date | 25.Area | 27.Tooth | 28.Surf | 29.Code | 30.Description | 31.Fee")
    svc = evdate(r)
    total = 0.0
    descs = {"D0120": "Periodic oral eval", "D0274": "Bitewings - four films", "D1110": "Prophylaxis - adult",
             "D2392": "Resin comp 2s post", "D2740": "Crown porc/ceramic", "D3330": "Endo molar",
             "D4341": "Perio SRP 4+ teeth/quad", "D7140": "Ext erupted tooth", "D0330": "Panoramic image",
             "D2950": "Core buildup"}
    for k in range(r.randint(2, 5)):
        code = r.choice(CDT)
        fee = r.randint(45, 1400) + r.choice([0, 0.5])
        total += fee
        tooth = str(r.randint(1, 32)) if code in ("D2392", "D2740", "D3330", "D7140", "D2950") else ""
        b.line(f"{k + 1:>2}  ", (DT, fdate(r, svc, "us")),
               f" |  | {tooth:>2} | {r.choice(['MO', 'DO', 'O', ''])} | {code} | {descs[code]} | {fee:,.2f}")
    b.line(f"32. Other Fee(s) 0.00   33. Total Fee: {total:,.2f}   34. Missing Teeth: 1 16 17 32")
    if maybe(r):
        b.line("35. Remarks: Tooth #", str(r.randint(2, 31)), " fractured on ",
               (DT, fdate(r, plus(svc, -r.randint(3, 40)), "us")), "; narrative and x-rays attached.")
    else:
        b.line("35. Remarks: Pt relocated from ", (LOC, loc_us(r, "cst")), "; prior films requested.")
    b.line("AUTHORIZATIONS")
    b.line("36. Patient/Guardian Signature: ", (PER, sub.full(False)), "   Date: ", (DT, fdate(r, svc, "us")))
    b.line("BILLING DENTIST OR DENTAL ENTITY")
    prac = r.choice(["Bright Smile Dental PC", "Riverbend Family Dentistry", "Summit Oral Health LLC",
                     "Greenleaf Pediatric Dental"])
    b.line("48. Name, Address, City, State, Zip Code: ", prac, "\n    ", (ADR, "\n    ".join(addr(r, "US").lines())))
    b.line(f"49. NPI: {npi(r)}   50. License Number: {digits(r, 6)}   51. SSN or TIN: {digits(r, 2)}-{digits(r, 7)}")
    b.line("52. Phone Number: ", (PH, phone_us(r, r.choice(["paren", "dash"]))),
           f"   52A. Additional Provider ID: {rs(r, UP, 2)}{digits(r, 5)}")
    b.line("TREATING DENTIST AND TREATMENT LOCATION INFORMATION")
    b.line("53. Signed (Treating Dentist): ", (PER, person(r).full(r.random() < 0.5)), ", DDS   Date: ",
           (DT, fdate(r, plus(svc, r.randint(0, 5)), "us")))
    b.line(f"54. NPI: {npi(r)}   55. License: {digits(r, 5)}   56. Address: SAME   "
           f"56A. Provider Specialty Code: 1223G0001X")


def d_protective_order(r, b):
    pet, resp = person(r), person(r)
    county, state = r.choice(US_COUNTIES)
    up = maybe(r)
    b.line("IN THE DISTRICT COURT OF ", (LOC, f"{county}, {state}".upper() if up else f"{county}, {state}"))
    b.line(f"Case No. {r.randint(2022, 2025)}-PO-{digits(r, 6)}        Division {r.randint(1, 12)}")
    b.t("\n")
    b.line("IN THE MATTER OF: ", (PER, nm(r, pet, ("upper", "full", "fmi"))), ", Petitioner,")
    b.line("v.")
    b.line((PER, nm(r, resp, ("upper", "full", "fmi"))), ", Respondent.")
    b.t("\n")
    b.line(r.choice(["TEMPORARY (EX PARTE) ORDER OF PROTECTION", "FINAL ORDER OF PROTECTION",
                     "PROTECTIVE ORDER AFTER HEARING"]))
    b.t("\nRESPONDENT IDENTIFIERS\n")
    b.line(f"Sex: {r.choice('MF')}   Ht: 5'{r.randint(2, 11)}\"   Wt: {r.randint(120, 260)}   "
           f"Hair: {r.choice(['BRO', 'BLK', 'BLN', 'GRY'])}   Eyes: {r.choice(['BRO', 'BLU', 'GRN', 'HAZ'])}")
    st, dln = dl_no(r)
    b.line("Date of Birth: ", (DOB, fdate(r, dobdate(r, 1960, 2003), r.choice(["us", "dash_us"]))),
           "   Driver's License: ", (DL, dln), "   State: ", (LOC, st))
    ra = addr(r, "US")
    b.line("Last known address: ", (ADR, ra.one()))
    b.line(f"Vehicle: {r.randint(2006, 2023)} {r.choice(['Honda Civic', 'Ford F-150', 'Toyota Camry', 'Nissan Altima', 'Jeep Wrangler'])}, "
           f"plate {plate(r)}, VIN {vin(r)}")
    filed = evdate(r)
    kids = [person(r).first for _ in range(r.randint(0, 2))]
    b.add("\nThe Court, having reviewed the verified petition filed on ", (DT, fdate(r, filed, r.choice(["long", "us"]))),
        ", FINDS that Respondent has committed acts of domestic violence against Petitioner")
    if kids:
        b.t(" and the minor child" + ("ren " if len(kids) > 1 else " "))
        for k, kid in enumerate(kids):
            if k:
                b.t(" and ")
            b.e(PER, kid)
    b.t(".\n\nIT IS ORDERED that Respondent:\n")
    b.t(" 1. Shall not abuse, threaten, harass, stalk, or follow Petitioner or any protected person.\n")
    pa = addr(r, "US")
    b.add(" 2. Shall stay at least 500 feet away from Petitioner's residence at ", (ADR, pa.one()),
          f", Petitioner's workplace ({r.choice(COMPANIES)}), and the children's school.\n")
    b.add(" 3. Shall have no contact by telephone (including ", (PH, phone_us(r)), "), e-mail (",
          (EM, email_for(r, pet)), f"), text message, or social media (including @{fold(pet.first)}_{r.randint(10, 99)}).\n")
    b.t(" 4. Shall surrender all firearms to law enforcement within 24 hours.\n")
    hd = plus(filed, r.randint(10, 21))
    b.add("\nA full hearing is set for ", (DT, fdt(r, hd, rtime(r, 8, 15), r.choice(["wk", "long", "us"]), "12",
                                                 r.choice([" at ", ", "]))),
          f" in Courtroom {r.randint(1, 9)}{r.choice('ABC')}. This order expires on ",
          (DT, fdate(r, plus(hd, 365), r.choice(["long", "us"]))), " unless extended.\n")
    sd = plus(filed, r.randint(0, 2))
    b.add("\nSO ORDERED this ", (DT, f"{ordn(sd.day)} day of {MON[sd.month - 1]}, {sd.year}"), ".\n\n")
    b.line("_______________________________")
    b.line("Judge ", (PER, person(r).full(maybe(r))))
    b.t("\n")
    b.line("RETURN OF SERVICE: Served on Respondent in person by Deputy ", (PER, person(r).full(False)),
           f", badge #{digits(r, 4)}, on ", (DT, fdt(r, plus(sd, r.randint(1, 4)), rtime(r, 6, 22), "us", "24", " ")),
           ".")


def d_adoption_case_notes(r, b):
    worker, bm, ap1 = person(r), person(r), person(r)
    ap2 = P(person(r).first, ap1.last, "", ap1.origin)
    agency = r.choice(["Bright Path Family Services", "Open Arms Adoption Network", "Harbor Light Children's Services",
                       "Kinship Bridges Agency"])
    b.line(f"{agency} — CASE NOTES (CONFIDENTIAL)")
    b.line(f"File: AD-{r.randint(2022, 2025)}-{digits(r, 4)}   Program: "
           f"{r.choice(['Domestic infant', 'Foster-to-adopt', 'Kinship', 'International (Hague)'])}   Worker: ",
           (PER, worker.full(False)), ", MSW")
    b.line("Birth parent: ", (PER, bm.full(maybe(r))), "   DOB: ", (DOB, fdate(r, dobdate(r, 1995, 2007), "us")),
           "   Cell: ", (PH, phone_us(r)))
    b.line("Prospective adoptive parents: ", (PER, ap1.full(False)), " and ", (PER, ap2.full(False)))
    hs = evdate(r)
    b.line("Home study approved: ", (DT, fdate(r, hs, "us")), "   Family address: ", (ADR, addr(r, "US").one()))
    b.t("\n")
    d = hs
    notes = ["visit", "phone", "email", "bg", "meet", "father"]
    r.shuffle(notes)
    for kind in notes[:r.randint(3, 5)]:
        d = plus(d, r.randint(3, 25))
        typ = {"visit": "Home visit", "phone": "Phone", "email": "Email", "bg": "File review",
               "meet": "Office", "father": "File review"}[kind]
        b.line("Contact date: ", (DT, fdate(r, d, r.choice(["us", "iso", "abbr"]))), f" | Type: {typ}")
        if kind == "visit":
            b.line("Visited the family home; both parents present. Family dog ", r.choice(PETS),
                   " calm around visitors. Nursery set up, smoke detectors verified. ", (PER, ap1.first),
                   f" completed infant CPR (cert #{digits(r, 7)}).")
        elif kind == "phone":
            b.line("Spoke with ", (PER, bm.first), " at ", (PH, phone_us(r)), f". She is ~{r.randint(24, 36)} weeks; EDD ",
                   (DT, fdate(r, plus(d, r.randint(20, 90)), "long")), ". Plans to deliver in ", (LOC, loc_us(r, "cst")),
                   " and asked that the adoptive family be present at the hospital.")
        elif kind == "email":
            ref = person(r)
            b.line("Received reference letter from ", (PER, ref.full(False)), " (", (EM, email_for(r, ref)),
                   "), the family's pastor. Letter placed in file; second reference still outstanding.")
        elif kind == "bg":
            b.line(f"FBI fingerprint results received (TCN {rs(r, UP + DIG, 12)}), no record. Child abuse registry "
                   f"clearance returned clear for both applicants. Fee {amount(r, 20, 90)} paid.")
        elif kind == "meet":
            gm = person(r)
            b.line("Match meeting scheduled for ", (DT, fdt(r, plus(d, r.randint(3, 10)), rtime(r, 9, 17), "wk", "12")),
                   " at the agency office. ", (PER, bm.first), " will bring her mother, ", (PER, gm.full(False)),
                   ". Interpreter not needed.")
        else:
            bf = person(r)
            b.line("Putative father registry search completed in ", (LOC, US_STATES[r.choice(list(US_STATES))]),
                   " — no filing found for ", (PER, bf.full(False)), " (DOB ", (DOB, fdate(r, dobdate(r, 1990, 2005), "us")),
                   "). Notice by publication to run for 3 weeks.")
        b.t("\n")
    b.line("Next steps: post-placement visits at 1, 3 and 6 months; finalization hearing TBD.")


def d_moving_quote_email(r, b):
    cust, rep, lead = person(r), person(r), person(r)
    co = r.choice(["Bluefin Movers", "Two Rivers Moving & Storage", "Apex Relocation Group", "Gentle Giant Hauling",
                   "NorthStar Van Lines"])
    dom = fold(co)[:14] + ".com"
    ce, re_ = email_for(r, cust), email_for(r, rep, dom)
    a1, a2 = addr(r, "US"), addr(r, "US")
    md = evdate(r)
    est = f"MQ-{digits(r, 5)}"
    b.line("From: ", (PER, cust.full(False)), " <", (EM, ce), ">")
    b.line("To: ", (PER, rep.full(False)), " <", (EM, re_), ">")
    b.line("Date: ", rfc2822(r, plus(md, -r.randint(5, 30)), rtime(r)))
    b.line(f"Subject: RE: Your moving estimate {est} — ", (LOC, f"{a1.city}, {a1.region}"), " to ",
           (LOC, f"{a2.city}, {a2.region}"))
    b.line(f"Message-ID: <{hexs(r, 16)}.{digits(r, 6)}@mail.{dom}>")
    b.t("\n")
    b.add("Hi ", (PER, rep.first), ",\n\nThanks for sending the estimate over. A few corrections before we sign:\n")
    b.add(" - Pickup is ", (ADR, a1.one()), " (3rd floor walk-up, no elevator, street parking only)\n")
    b.add(" - Delivery is ", (ADR, a2.one()), "\n")
    b.add(" - We'd like to move on ", (DT, fdate(r, md, r.choice(["long", "wk", "us"]))), ", crew arrival window ",
          (DT, ftime(r, (r.randint(7, 9), 0), "short")), " to ", (DT, ftime(r, (r.randint(10, 11), 0), "short")),
          " if possible.\n")
    b.add(" - Our cat ", r.choice(PETS), " will ride with us, so no pet crate needed.\n")
    if maybe(r):
        b.add(f" - We need storage-in-transit for about {r.randint(2, 6)} weeks; delivery no later than ",
              (DT, fdate(r, plus(md, r.randint(14, 45)), "long")), ".\n")
    k = r.random()
    if k < 0.25:
        b.add("\nI'm still being paid into my old account abroad, so the deposit will come by SEPA transfer from IBAN ",
              (IBAN, iban(r, r.choice(["DE", "NL", "FR", "IE", "ES", "BE"]))),
              ". For refunds please use the same account (holder: ", (PER, cust.full(False)), ").\n")
    elif k < 0.6:
        b.add("\nFor the deposit I'd rather do ACH — checking account ", (ACCT, acct_no(r)),
              f", routing {r.choice(ROUTING)}, at {r.choice(['Wells Fargo', 'Chase', 'Ally Bank', 'a credit union'])}.\n")
    else:
        b.add("\nCard for the $500 deposit: ", (CC, card(r)), " — please delete this email once it's charged.\n")
    b.add("My cell is ", (PH, phone_us(r)), " if the crew lead needs me on the day.\n\nThanks,\n", (PER, cust.first), "\n\n")
    b.add("-----Original Message-----\nFrom: ", (PER, rep.full(False)), " <", (EM, re_), ">\nDate: ",
          rfc2822(r, plus(md, -r.randint(31, 40)), rtime(r)), f"\nSubject: Your moving estimate {est}\n\n")
    b.add(f"> Estimate {est} (non-binding)\n> Volume: approx {r.randint(30, 120) * 100:,} lbs / {r.randint(300, 1400)} cu ft\n"
          f"> Crew: 3 movers + 26' truck, est. {r.randint(5, 11)} hours\n> Total: {amount(r, 1200, 7800)} incl. fuel surcharge\n"
          "> Valuation: released value $0.60/lb unless Full Value Protection is selected\n> Crew lead will be ",
          (PER, lead.full(False)), ", dispatch line ", (PH, phone_tollfree(r)), ".\n>\n> ",
          (PER, rep.full(False)), f" | Relocation Consultant | {co}\n> ", (PH, phone_us(r)), " | ",
          (URL, url(r, "www." + dom, "/quote/")), "\n")


def d_telehealth_soap_intl(r, b):
    lang = r.choice(["fr", "pt", "fr", "pt", "es"])
    d = evdate(r)
    hm = rtime(r, 8, 19)
    if lang == "fr":
        p = person(r, r.choice(["fr", "fr", "ar", "gh", "vn"]))
        doc = person(r, "fr")
        a = addr(r, "FR")
        b.line("Compte rendu de téléconsultation")
        b.line(f"Plateforme : MédiVisio — séance {uuid4(r)}")
        b.line("Patient(e) : ", r.choice(["Mme ", "M. ", ""]), (PER, nm(r, p, ("full", "upper", "lf"))),
               " — né(e) le ", (DOB, fdate_l(r, dobdate(r), "fr")))
        b.line("N° de dossier : ", (MRN, mrn(r)), "   Mutuelle : ",
               r.choice(["MGEN", "Harmonie Mutuelle", "Malakoff Humanis"]), " — n° d'adhérent ", (HPN, hpn(r)))
        b.line("Adresse : ", (ADR, a.one()))
        b.line("Tél. : ", (PH, phone_intl(r, "FR")), "   Courriel : ", (EM, email_for(r, p)))
        b.line("Date de la consultation : ", (DT, fdt_l(r, d, hm, "fr")))
        b.line("Médecin : Dr ", (PER, doc.full(False)))
        b.t("\n")
        b.add(f"S : Patient(e) de {r.randint(19, 84)} ans, consulte pour toux et fièvre depuis {r.randint(2, 6)} jours. "
              "Retour d'un séjour au ", (LOC, r.choice(["Maroc", "Sénégal", "Portugal", "Vietnam", "Canada"])),
              " il y a deux semaines. Pas de dyspnée au repos.\n")
        b.t(f"O : Examen limité (vidéo). T° auto-mesurée 38,{r.randint(0, 9)} °C, SpO2 {r.randint(93, 99)} % "
            f"(oxymètre personnel). FR {r.randint(14, 22)}/min. Pas de tirage visible.\n")
        b.t("A : Bronchite aiguë probable (J20.9). Pas de signe de gravité.\n")
        b.add("P : Paracétamol 1 g x 3/j, hydratation. Arrêt de travail jusqu'au ",
              (DT, fdate_l(r, plus(d, r.randint(2, 7)), "fr")), ". Nouvelle téléconsultation le ",
              (DT, fdt_l(r, plus(d, r.randint(3, 9)), rtime(r, 9, 18), "fr")),
              " si persistance. Ordonnance transmise à la pharmacie par messagerie sécurisée.\n")
        b.add("Lien de la prochaine séance : ", (URL, url(r, "visio.medivisio.fr", "/s/")), "\n")
        b.add(f"Signé électroniquement par Dr ", (PER, doc.full(False)), f" — RPPS {digits(r, 11)}\n")
    elif lang == "pt":
        p = person(r, r.choice(["pt", "pt", "es", "jp"]))
        doc = person(r, "pt")
        a = addr(r, "BR")
        b.line("TELECONSULTA — EVOLUÇÃO (SOAP)")
        b.line("Paciente: ", (PER, nm(r, p, ("full", "upper"))), "   Data de nascimento: ",
               (DOB, fdate_l(r, dobdate(r), "pt")))
        b.line("Prontuário: ", (MRN, mrn(r)), "   Convênio: ", r.choice(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil"]),
               " — carteirinha ", (HPN, hpn(r)))
        b.line("Endereço: ", (ADR, a.one()))
        b.line("Celular/WhatsApp: ", (PH, phone_intl(r, "BR")), "   E-mail: ", (EM, email_for(r, p)))
        b.line("Atendimento: ", (DT, fdt_l(r, d, hm, "pt")))
        b.t("\n")
        b.add(f"S: Paciente refere dor lombar há {r.randint(3, 20)} dias, sem irradiação, piora ao final do turno. "
              "Trabalha como motorista de aplicativo em ", (LOC, a.city), ". Nega febre ou perda de peso.\n")
        b.t("O: Avaliação por vídeo: marcha preservada, Lasègue negativo referido. Sem déficit motor aparente.\n")
        b.t("A: Lombalgia mecânica (M54.5).\n")
        b.add("P: Dipirona 1 g 6/6h se dor, ciclobenzaprina 5 mg à noite por 7 dias. Fisioterapia. Retorno em ",
              (DT, fdate_l(r, plus(d, r.randint(7, 30)), "pt")), " ou antes se piora.\n")
        b.add("Médica responsável: Dra. ", (PER, doc.full(False)), f" — CRM-{a.region} {digits(r, 6)}\n")
    else:
        p = person(r, "es")
        doc = person(r, "es")
        a = addr(r, r.choice(["ES", "MX"]))
        b.line("Nota de teleconsulta (SOAP)")
        b.line("Paciente: ", (PER, nm(r, p, ("full", "upper"))), "   Fecha de nacimiento: ",
               (DOB, fdate_l(r, dobdate(r), "es")))
        b.line("Expediente: ", (MRN, mrn(r)), "   Aseguradora: ", r.choice(["Sanitas", "Adeslas", "GNP Seguros"]),
               " — nº de póliza ", (HPN, hpn(r)))
        b.line("Domicilio: ", (ADR, a.one()))
        b.line("Teléfono: ", (PH, phone_intl(r, "ES" if a.cc == "ES" else "MX")), "   Correo: ", (EM, email_for(r, p)))
        b.line("Consulta: ", (DT, fdt_l(r, d, hm, "es")), "   Médico: Dr. ", (PER, doc.full(False)))
        b.t("\n")
        b.t(f"S: Refiere cefalea pulsátil de {r.randint(1, 5)} días, fotofobia. Antecedente de migraña.\n")
        b.t("O: Consciente, orientada, lenguaje fluido. Sin rigidez de nuca referida.\n")
        b.t("A: Migraña sin aura (G43.909).\n")
        b.add("P: Ibuprofeno 600 mg c/8h, sumatriptán 50 mg de rescate. Próxima cita: ",
              (DT, fdt_l(r, plus(d, r.randint(7, 30)), rtime(r, 9, 18), "es")), ".\n")


def d_sentry_event_json(r, b):
    p = person(r)
    em = email_for(r, p)
    a = addr(r, "US")
    pw = password(r)
    host = r.choice(["shop.harborviewfoods.com", "api.quantivelabs.com", "app.copperleaf.io"])
    auth = r.random()
    if auth < 0.5:
        authv = S("Bearer ", E(JWT_, jwt(r, em if maybe(r) else None)))
    elif auth < 0.7:
        authv = S("Bearer ", E(GEN, generic_secret(r)))
    else:
        authv = "[Filtered]"
    headers = {"Host": host, "User-Agent": f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/{r.randint(110, 124)}.0.0.0",
               "Authorization": authv, "X-Forwarded-For": S(E(IP, ip(r)), ", ", E(IP, ipv4(r, "priv"))),
               "X-Request-Id": uuid4(r)}
    ev = {
        "event_id": hexs(r, 32),
        "project": r.randint(1000000, 4509999),
        "timestamp": round(epoch(r) + r.random(), 3),
        "platform": r.choice(["python", "node"]),
        "level": "error",
        "logger": r.choice(["django.request", "express", "celery.worker"]),
        "release": f"checkout-api@{version(r)}",
        "environment": "production",
        "server_name": f"web-{hexs(r, 10)}-{rs(r, LOW + DIG, 5)}",
        "user": {"id": f"usr_{rs(r, ALNUM, 14)}", "email": E(EM, em), "ip_address": E(IP, ip(r)),
                 "username": f"{fold(p.first)}{r.randint(1, 999)}"},
        "request": {
            "url": E(URL, f"https://{host}/api/v2/orders"),
            "method": "POST",
            "headers": headers,
            "data": {"order_id": order_no(r), "card_last4": digits(r, 4),
                     "shipping": {"name": E(PER, p.full(False)), "phone": E(PH, phone_us(r, r.choice(["e164", "dash"]))),
                                  "line1": E(ADR, a.line1), "city": E(LOC, a.city), "state": E(LOC, a.region),
                                  "postal_code": a.post, "country": "US"}},
        },
        "exception": {"values": [{"type": "IntegrityError",
                                  "value": f'duplicate key value violates unique constraint "orders_pkey" '
                                           f'DETAIL: Key (id)=({digits(r, 8)}) already exists.',
                                  "stacktrace": {"frames": [{"filename": "app/orders/views.py", "lineno": r.randint(40, 600),
                                                             "function": "create_order", "in_app": True}]}}]},
        "breadcrumbs": {"values": [
            {"timestamp": round(epoch(r) + r.random(), 3), "category": "http",
             "data": {"url": E(URL, url(r, "api.stripe.com", "/v1/payment_intents")), "status_code": 402}},
            {"timestamp": round(epoch(r) + r.random(), 3), "category": "query",
             "message": S("SELECT id FROM customers WHERE email = '", E(EM, em), "' LIMIT 1")},
        ]},
        "extra": {},
        "tags": {"transaction": "/api/v2/orders", "browser": f"Chrome {r.randint(110, 124)}.0", "runtime": "CPython 3.11.7"},
        "contexts": {"os": {"name": "Linux", "version": f"5.15.0-{r.randint(50, 110)}-generic"},
                     "trace": {"trace_id": hexs(r, 32), "span_id": hexs(r, 16)}},
    }
    if maybe(r, 0.6):
        ev["extra"]["db_dsn"] = S("postgres://app_rw:", E(PW, pw), "@db-primary.internal:5432/shop")
    else:
        ev["extra"]["db_dsn"] = "postgres://app_rw:[Filtered]@db-primary.internal:5432/shop"
    if maybe(r, 0.4):
        ev["extra"]["stripe_key"] = E(STK, stripe_key(r))
    else:
        ev["extra"]["stripe_key"] = "${STRIPE_SECRET_KEY}"
    jdump(b, ev, r.choice([1, None, None]))


def _ct_identity(r, user):
    return {"type": "IAMUser", "principalId": "AIDA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17),
            "arn": f"arn:aws:iam::{ACCOUNT_ID[0]}:user/{user}", "accountId": ACCOUNT_ID[0],
            "accessKeyId": E(AKID, aws_akid(r)), "userName": user}


ACCOUNT_ID = ["000000000000"]


def d_cloudtrail_json(r, b):
    ACCOUNT_ID[0] = digits(r, 12, True)
    p = person(r)
    user = f"{fold(p.first)}.{fold(p.last)}" if maybe(r) else r.choice(["ci-deployer", "terraform", "ops-admin"])
    d = evdate(r)
    recs = []
    kinds = r.sample(["ssm", "key", "login", "lambda", "secret"], r.choice([1, 1, 2, 2, 3]))
    for k in kinds:
        rec = {"eventVersion": "1.09", "userIdentity": _ct_identity(r, user),
               "eventTime": f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"}
        if k == "ssm":
            rec.update({"eventSource": "ssm.amazonaws.com", "eventName": "PutParameter",
                        "requestParameters": {"name": r.choice(["/prod/payments/db_password", "/prod/app/DB_PASS"]),
                                              "type": "String", "value": E(PW, password(r)), "overwrite": True},
                        "responseElements": {"version": r.randint(2, 30), "tier": "Standard"}})
        elif k == "key":
            rec.update({"eventSource": "iam.amazonaws.com", "eventName": "CreateAccessKey",
                        "requestParameters": {"userName": "svc-backup"},
                        "responseElements": {"accessKey": {"userName": "svc-backup", "accessKeyId": E(AKID, aws_akid(r)),
                                                           "status": "Active", "secretAccessKey": E(ASK, aws_secret(r))}}})
        elif k == "login":
            rec.update({"eventSource": "signin.amazonaws.com", "eventName": "ConsoleLogin",
                        "responseElements": {"ConsoleLogin": "Success"},
                        "additionalEventData": {"MFAUsed": r.choice(["Yes", "No"]), "MobileVersion": "No",
                                                "LoginTo": E(URL, "https://console.aws.amazon.com/console/home")}})
        elif k == "lambda":
            if maybe(r):
                env = {"SLACK_BOT_TOKEN": E(SLK, slack_token(r)), "STRIPE_API_KEY": E(STK, stripe_key(r)),
                       "DB_PASSWORD": E(PW, password(r)), "LOG_LEVEL": "info"}
            else:
                env = "HIDDEN_DUE_TO_SECURITY_REASONS"
            rec.update({"eventSource": "lambda.amazonaws.com", "eventName": "UpdateFunctionConfiguration20150331v2",
                        "requestParameters": {"functionName": r.choice(["invoice-mailer", "slack-notifier", "refund-worker"]),
                                              "environment": {"variables": env}, "timeout": 30}})
        else:
            rec.update({"eventSource": "secretsmanager.amazonaws.com", "eventName": "GetSecretValue",
                        "requestParameters": {"secretId": f"arn:aws:secretsmanager:us-east-1:{ACCOUNT_ID[0]}:secret:prod/api-{rs(r, ALNUM, 6)}"},
                        "responseElements": None})
        rec.update({"awsRegion": r.choice(["us-east-1", "us-west-2", "eu-central-1"]),
                    "sourceIPAddress": E(IP, ip(r, 0.2)),
                    "userAgent": f"aws-cli/2.{r.randint(9, 17)}.{r.randint(0, 30)} Python/3.11.6 Linux/6.1 botocore/2.0",
                    "requestID": uuid4(r), "eventID": uuid4(r), "readOnly": k == "secret",
                    "eventType": "AwsApiCall" if k != "login" else "AwsConsoleSignIn",
                    "recipientAccountId": ACCOUNT_ID[0]})
        recs.append(rec)
    jdump(b, {"Records": recs}, r.choice([2, 1, None, None]) if len(recs) < 3 else None)


def d_gitlab_ci_log(r, b):
    d = evdate(r)
    pref = maybe(r, 0.55)
    clk = [r.randint(0, 20000)]

    def L(*items):
        if pref:
            clk[0] += r.randint(0, 7)
            c = clk[0]
            b.t(f"{d.isoformat()}T{c // 3600 % 24:02d}:{c // 60 % 60:02d}:{c % 60:02d}.{r.randint(0, 999999):06d}Z 00O ")
        b.add(*items)
        b.t("\n")

    sha = hexs(r, 40)
    proj = r.choice(["payments-api", "web-frontend", "data-pipeline", "infra-live"])
    L(f"Running with gitlab-runner {r.randint(15, 17)}.{r.randint(0, 11)}.{r.randint(0, 3)} ({hexs(r, 8)})")
    L(f"  on docker-autoscaler-{r.randint(1, 9)} {rs(r, ALNUM + '_-', 8)}, system ID: s_{hexs(r, 12)}")
    L("Preparing the \"docker\" executor")
    L(f"Using Docker executor with image registry.gitlab.com/acme/ci-images/python:3.11 ...")
    L(f"Using docker image sha256:{hexs(r, 64)} for registry.gitlab.com/acme/ci-images/python:3.11 ...")
    L(f"Running on runner-{rs(r, LOW + DIG, 8)}-project-{r.randint(100, 9999)}-concurrent-0 via "
      f"ip-10-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}.ec2.internal...")
    L("Getting source from Git repository")
    L("Fetching changes with git depth set to 20...")
    L(f"Checking out {sha[:8]} as detached HEAD (ref is main)...")
    L("Executing \"step_script\" stage of the job script")
    L("$ echo \"deploying $CI_COMMIT_SHORT_SHA to $DEPLOY_ENV\"")
    L(f"deploying {sha[:8]} to production")
    steps = ["env", "docker", "psql", "curl", "slack", "ssh", "gh", "aws", "jwt", "key"]
    r.shuffle(steps)
    for st in steps[:r.randint(2, 5)]:
        if st == "env":
            L("$ env | grep -E 'AWS|TOKEN|PASS' | sort    # TODO remove debug")
            L("AWS_ACCESS_KEY_ID=", (AKID, aws_akid(r)))
            L("AWS_SECRET_ACCESS_KEY=", "[MASKED]" if maybe(r) else (ASK, aws_secret(r)))
            L("CI_JOB_TOKEN=[MASKED]")
            L("DB_PASSWORD=", "[MASKED]" if maybe(r, 0.4) else (PW, password(r)))
            L("DEPLOY_TOKEN=${DEPLOY_TOKEN}")
        elif st == "docker":
            L("$ docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY")
            L("WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
            L("Login Succeeded")
            L(f"$ docker build -t $CI_REGISTRY_IMAGE:{sha[:8]} --build-arg APP_VERSION={version(r)} .")
        elif st == "psql":
            L("$ psql \"postgresql://deploy:", (PW, password(r)), "@", (IP, ipv4(r, "priv")),
              ":5432/app\" -c 'select count(*) from schema_migrations'")
            L(f" count \n-------\n   {r.randint(40, 400)}\n(1 row)")
        elif st == "curl":
            L("$ curl -sf -H \"PRIVATE-TOKEN: ", (GEN, "glpat-" + rs(r, ALNUM + "-_", 19) + r.choice(ALNUM)), "\" \"",
              (URL, f"https://gitlab.acme-corp.dev/api/v4/projects/{r.randint(10, 999)}/releases"), "\"")
            L(f"{{\"tag_name\":\"v{version(r)}\",\"commit\":{{\"id\":\"{sha}\"}}}}")
        elif st == "slack":
            L("$ curl -s -X POST -H 'Authorization: Bearer ", (SLK, slack_token(r)),
              "' -H 'Content-type: application/json' -d '{\"channel\":\"#deploys\",\"text\":\"", proj, " ",
              version(r), " deployed\"}' ", (URL, "https://slack.com/api/chat.postMessage"))
            L("{\"ok\":true,\"channel\":\"C0", rs(r, UP + DIG, 8), "\",\"ts\":\"", str(epoch(r)), ".", digits(r, 6), "\"}")
        elif st == "ssh":
            h = ipv4(r, "priv")
            L("$ ssh -o StrictHostKeyChecking=no deploy@", (IP, h), " 'sudo systemctl restart app'")
            L("Warning: Permanently added '", (IP, h), "' (ED25519) to the list of known hosts.")
        elif st == "jwt":
            L("$ curl -s -H \"Authorization: Bearer ", (JWT_, jwt(r)), "\" ",
              (URL, f"https://deploy-api.acme-corp.dev/v2/releases/{r.randint(100, 9999)}/promote"))
            L(f"{{\"status\":\"promoted\",\"release\":\"{version(r)}\",\"id\":\"{uuid4(r)}\"}}")
        elif st == "key":
            L("$ echo \"$SSH_PRIVATE_KEY\" > ~/.ssh/id_ed25519 && cat ~/.ssh/id_ed25519   # debugging auth failure")
            L((PEM, pem_key(r, r.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY"]))))
            L("$ chmod 600 ~/.ssh/id_ed25519")
        elif st == "gh":
            L("$ export GITHUB_TOKEN=", (GHT, gh_token(r)))
            L(f"$ gh release create v{version(r)} dist/*.whl --repo acme/{proj} --notes-file CHANGELOG.md")
        else:
            L("$ aws s3 sync ./dist s3://acme-artifacts/", proj, "/", sha[:8], " --only-show-errors")
            L(f"upload: dist/app.tar.gz to s3://acme-artifacts/{proj}/{sha[:8]}/app.tar.gz")
    if maybe(r, 0.7):
        L(f"Cleaning up project directory and file based variables")
        L("Job succeeded")
    else:
        L(f"ERROR: Job failed: exit code {r.choice([1, 2, 127])}")


def d_eml_forward_thread(r, b):
    a, c, orig = person(r), person(r), person(r)
    dom = r.choice(["contoso-legal.com", "harborviewfoods.com", "quantivelabs.com", "pinecresthomes.net"])
    ea, ec, eo = email_for(r, a, dom), email_for(r, c, dom), email_for(r, orig)
    d = evdate(r)
    mh = f"mail-{rs(r, LOW, 2)}{r.randint(1, 9)}-f{r.randint(100, 250)}.google.com"
    b.line("Return-Path: <", (EM, ea), ">")
    b.line(f"Received: from {mh} ({mh} [", (IP, ipv4(r, "pub")), "])")
    b.line(f"        by mx.{dom} with ESMTPS id {rs(r, ALNUM, 12)} for <", (EM, ec), ">;")
    b.line("        ", rfc2822(r, d, rtime(r)))
    b.line("X-Originating-IP: [", (IP, ip(r, 0.2)), "]")
    b.line(f"Message-ID: <CA{rs(r, ALNUM, 24)}@mail.gmail.com>")
    b.line("Date: ", rfc2822(r, d, rtime(r)))
    b.line("From: ", (PER, a.full(False)), " <", (EM, ea), ">")
    b.line("To: \"", (PER, c.lf()), "\" <", (EM, ec), ">")
    scen = r.choice(["wire", "records", "settlement"])
    subj = {"wire": "signed lease + deposit details", "records": "records request", "settlement": "settlement check"}[scen]
    b.line(f"Subject: Fwd: FW: {subj}")
    b.line("MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n")
    b.add((PER, c.first), " — see below. Can you confirm this is handled before ",
          (DT, fdt(r, plus(d, r.randint(1, 6)), rtime(r, 9, 17), r.choice(["wk", "abbr"]), "12")),
          f"? I'm out of the office {r.choice(['tomorrow', 'next week', 'from this afternoon', 'later this week'])}.\n\n")
    b.add((PER, a.full(False)), "\nParalegal\nDirect: ", (PH, phone_us(r)), "\n\n")
    od = plus(d, -r.randint(1, 3))
    b.add("---------- Forwarded message ---------\nFrom: ", (PER, orig.full(False)), " <", (EM, eo), ">\nDate: ",
          f"{WD[od.weekday()][:3]}, {MON[od.month - 1][:3]} {od.day}, {od.year} at {ftime(r, rtime(r), '12')}",
          f"\nSubject: FW: {subj}\nTo: ", (PER, a.full(False)), " <", (EM, ea), ">\n\n")
    if scen == "wire":
        ll = person(r, r.choice(["de", "fr", "nl", "it", "pt"]))
        cc = r.choice(["DE", "FR", "NL", "IT", "PT", "ES", "BE"])
        b.add("Hello,\n\nPlease wire the security deposit of €", f"{r.randint(12, 48) * 100:,}",
              " to the account below by ", (DT, fdate(r, plus(od, r.randint(3, 10)), r.choice(["long", "longeu", "dot"]))),
              ".\n\nBeneficiary: ", (PER, ll.full(False)), "\nIBAN: ", (IBAN, iban(r, cc)), f"\nBIC: {r.choice(BICS)}\n"
              f"Reference: lease {rs(r, UP, 2)}-{digits(r, 5)}\n\nKeys can be collected on ",
              (DT, fdt_l(r, plus(od, r.randint(10, 20)), rtime(r, 9, 18), r.choice(["de", "fr", "it", "en"]))),
              " at ", (ADR, addr(r, r.choice(["DE", "FR", "IT", "NL"])).one()), ".\n\nBest regards,\n", (PER, ll.first), "\n")
    elif scen == "records":
        cl = person(r)
        b.add("Attached is the signed HIPAA authorization for ", (PER, cl.full(False)), " (DOB ",
              (DOB, fdate(r, dobdate(r), "us")), "), MRN ", (MRN, mrn(r)),
              ". Please send records for dates of service ", (DT, fdate(r, plus(od, -300), "us")), " through ",
              (DT, fdate(r, plus(od, -30), "us")), " to our office at ", (ADR, addr(r, "US").one()), " or fax to ",
              (PH, phone_us(r)), ".\n\nThank you,\n", (PER, orig.first), "\n")
    else:
        cl = person(r)
        b.add("The settlement check for ", (PER, cl.full(False)), " should be mailed to:\n\n",
              (ADR, addr(r, "US").multi()), "\n\nThe SSN for the W-9 is ", (SSN, ssn(r)),
              f". Net amount after fees: {amount(r, 2000, 90000)}. Please confirm once it has been mailed.\n\n",
              (PER, orig.full(False)), "\n")


def d_mls_listing(r, b):
    a = addr(r, "US")
    agent, co, tenant = person(r), person(r), person(r)
    office = r.choice(["Keller Williams Realty", "Coldwell Banker", "RE/MAX Elite", "Compass", "eXp Realty",
                       "Sotheby's International Realty", "Redfin"])
    odom = fold(office)[:10] + ".com"
    price = r.randint(180, 1900) * 1000 + r.choice([0, 900, 500])
    b.line(f"MLS# {digits(r, 8)} | Status: {r.choice(['Active', 'Coming Soon', 'Active Under Contract'])} | "
           f"List Price: ${price:,}")
    b.line((ADR, a.one().upper() if maybe(r, 0.3) else a.one()))
    b.line(f"Beds {r.randint(1, 6)} | Baths {r.choice(['1', '1.5', '2', '2.5', '3', '3.5'])} | {r.randint(700, 4800):,} sqft | "
           f"Lot {r.randint(5, 90) / 100:.2f} ac | Year Built {r.randint(1925, 2022)} | HOA ${r.randint(0, 650)}/mo | "
           f"APN {digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}")
    b.add("\nPublic Remarks: ", r.choice(["Sun-filled", "Move-in ready", "Charming", "Fully renovated"]),
          " home on a quiet cul-de-sac, minutes to downtown ", (LOC, a.city),
          ". Quartz counters, new HVAC, EV charger in garage. Seller will consider a rate buy-down.\n\n")
    b.t("Showing Instructions: ")
    if maybe(r, 0.55):
        b.add("Tenant-occupied (", (PER, tenant.full(False)), ", lease through ",
              (DT, fdate(r, evdate(r), r.choice(["us", "long"]))), "). 24-hr notice required — text tenant at ",
              (PH, phone_us(r)), ". Dog on premises (", r.choice(PETS), "), please keep gate closed.\n")
    else:
        b.t(f"Vacant. Supralock on front door, go direct. Alarm code provided after confirmation. Remove shoes.\n")
    od = evdate(r)
    b.add("Open House: ", (DT, fdate(r, od, r.choice(["wk", "wkabbr"]))), " from ", (DT, ftime(r, (r.randint(10, 13), 0), "short")),
          " to ", (DT, ftime(r, (r.randint(14, 17), 0), "short")), "\n")
    b.add("Listing Agent: ", (PER, agent.full(maybe(r))), ", REALTOR® | DRE# ", digits(r, 8), " | ",
          (PH, phone_us(r)), " | ", (EM, email_for(r, agent, odom)), "\n")
    b.add("Co-Listing Agent: ", (PER, co.full(False)), " | ", (PH, phone_us(r)), "\n")
    b.add(f"Listing Office: {office} | Office ", (PH, phone_us(r)), "\n")
    b.add("Virtual Tour: ", (URL, url(r, "tour.vrviewer.net", "/listing/")), "\n")
    if maybe(r):
        b.add("Agent Remarks: Probate sale — Estate of ", (PER, person(r).full(False)),
              ". Court confirmation required. Offers due ", (DT, fdt(r, plus(od, 4), (17, 0), "long", "short", " at ")),
              ". Buyer agent compensation 2.5%.\n")
    else:
        b.add("Agent Remarks: Seller relocating to ", (LOC, loc_any(r)), "; prefers close on or after ",
              (DT, fdate(r, plus(od, 45), "long")), f". Earnest money {amount(r, 2000, 20000)}. Use Form 21.\n")


def d_blood_donor_record(r, b):
    p = person(r)
    a = addr(r, "US")
    center = r.choice(["Vitalant", "Lifeblood Regional", "OneBlood", "Heartland Blood Centers", "Carter BloodCare"])
    dob = dobdate(r, 1950, 2006)
    b.line(f"DONOR RECORD — {center}   (printed from DonorPoint v{version(r)})")
    b.line(f"Donor ID: D{digits(r, 7)}   Status: {r.choice(['Eligible', 'Deferred', 'Eligible'])}   "
           f"ABO/Rh: {r.choice(['O NEG', 'O POS', 'A POS', 'B NEG', 'AB POS'])}   CMV: Neg")
    b.line("Name: ", (PER, nm(r, p, ("LF", "lf", "full"))), f"   Sex: {r.choice('MF')}")
    b.line("DOB: ", (DOB, fdate(r, dob, r.choice(["us", "iso"]))), f"   Age: {2024 - dob.year}")
    b.line("Address: ", (ADR, a.one()))
    b.line("Home: ", (PH, phone_us(r)), "   Mobile: ", (PH, phone_us(r)), "   Email: ", (EM, email_for(r, p)))
    b.line("Preferred contact: SMS; reminder interval 56 days")
    b.line("\nDONATION HISTORY")
    b.line("Date       | Proc | Site                         | DIN                | Hgb  | Outcome")
    d = evdate(r)
    for _ in range(r.randint(2, 5)):
        d = plus(d, -r.randint(56, 200))
        b.add((DT, fdate(r, d, "us")), f" | {r.choice(['WB', 'PLT', '2RBC', 'PLS'])}  | ")
        if maybe(r):
            b.add("Mobile drive, ", (LOC, loc_us(r, "cst")))
        else:
            b.t("Fixed site #" + digits(r, 2))
        b.line(f" | W{digits(r, 4)} {d.year % 100} {digits(r, 6)} | {r.randint(125, 165) / 10:.1f} | "
               f"{r.choice(['Accepted', 'Accepted', 'QNS', 'Deferred-low Hgb'])}")
    if maybe(r):
        b.add("\nDeferral: TEMPORARY — travel to malaria-endemic area (", (LOC, r.choice(["Ghana", "Nigeria", "India", "Guatemala", "Kenya"])),
              ") — eligible again ", (DT, fdate(r, plus(evdate(r), 90), "us")), "\n")
    b.add("Next eligible whole blood: ", (DT, fdate(r, plus(evdate(r), 56), r.choice(["us", "long"]))), "\n")
    b.add("Phlebotomist: ", (PER, person(r).full(False)), "   Reviewed by: ", (PER, person(r).full(False)), ", MD\n")
    b.add("Notes: Donor felt faint after last donation; advised to hydrate. Emergency contact ",
          (PER, person(r).full(False)), " ", (PH, phone_us(r)), ".\n")


def d_nicu_handoff(r, b):
    baby = person(r)
    mom = P(person(r).first, baby.last, "", baby.origin)
    dad = person(r)
    att, fel, rn1, rn2 = person(r), person(r), person(r), person(r)
    dob = evdate(r)
    ga = r.randint(24, 35)
    dol = r.randint(2, 40)
    bw = r.randint(650, 2400)
    b.line(f"NICU SHIFT HANDOFF — I-PASS   Pod {r.choice('ABCD')} / Bed {r.randint(1, 32)}")
    b.line("Patient: ", (PER, nm(r, baby, ("full", "LF", "lf"))), "   MRN: ", (MRN, mrn(r)), "   DOB: ",
           (DOB, fdate(r, dob, "us")))
    b.line(f"GA at birth {ga}+{r.randint(0, 6)} wks | DOL {dol} | BW {bw:,} g -> today {bw + r.randint(-80, 600):,} g")
    b.line("Attending: Dr. ", (PER, att.last), "   Fellow: Dr. ", (PER, fel.full(False)))
    b.line("Parents: mom ", (PER, mom.first), " (", (PH, phone(r, 0.1)), "), dad ", (PER, dad.full(False)), " (",
           (PH, phone_us(r)), ") — ", r.choice(["Spanish-speaking, interpreter needed", "visit most evenings",
                                                  "mom pumping, EBM supply good"]))
    b.line("\nI — Illness severity: ", r.choice(["Stable", "Watcher", "Watcher", "Unstable"]))
    b.line(f"P — Patient summary: ex-{ga}wk, on caffeine citrate 5 mg/kg daily, "
           f"{r.choice(['RA', 'NC 1L 21%', 'CPAP +6 FiO2 25%'])}, feeds {r.randint(20, 45)} mL EBM q3h via NG; "
           f"bili {r.randint(50, 140) / 10:.1f} under single phototherapy.")
    b.line("\nShift events:")
    hh = 7
    for ev in [" — handoff received from RN {rn}"] + r.sample([" — cares done, temp 36.8, tolerated well",
                        " — 2 brady/desat episodes to 78%, self-resolved, ~20 s each",
                        " — mom at bedside, kangaroo care 1 h", " — residual 2 mL, non-bilious, refed",
                        " — CBG 68, PIV site clean"], 3):
        b.t(f"{hh:02d}{r.choice(['00', '15', '30', '45'])}")
        if "{rn}" in ev:
            b.line(ev.split("{rn}")[0], (PER, rn1.first))
        else:
            b.line(ev)
        hh += r.randint(1, 3)
    b.line("\nA — Action list:")
    b.line(" [ ] Head US ordered for ", (DT, fdt(r, plus(evdate(r), 1), rtime(r, 8, 16), "us", "24", r.choice([" at ", " "]))))
    b.line(" [ ] Next feed due ", (DT, ftime(r, (r.choice([14, 17, 20, 23]), 0), "24")))
    b.line(" [ ] ROP exam Thursday — confirm with ophtho")
    b.line(" [ ] Synagis prior auth: ", r.choice(INSURERS), " member ID ", (HPN, hpn(r)), " — pending")
    b.line("\nS — Situation awareness: if >3 A/B/D per hour, notify Dr. ", (PER, att.last), ".")
    b.line("S — Synthesis by receiver: RN ", (PER, rn2.full(False)), " — read-back complete.")


def d_dealership_finance_app(r, b):
    ap = person(r)
    a, prev = addr(r, "US"), addr(r, "US")
    st, dln = dl_no(r, a.region)
    dealer = r.choice(["Sunrise Auto Group", "Lakeline Hyundai", "Prestige Motors", "Valley Chevrolet", "Route 9 Toyota"])
    b.line(f"CREDIT APPLICATION — {dealer}   Deal #{digits(r, 5)}   Stock #{rs(r, UP, 1)}{r.randint(20, 25)}-{digits(r, 4)}")
    b.line(f"Vehicle: {r.randint(2019, 2025)} {r.choice(['Toyota RAV4 XLE', 'Honda CR-V EX', 'Ford Escape SE', 'Hyundai Tucson SEL', 'Chevrolet Equinox LT'])}"
           f"  VIN {vin(r)}  Cash price {amount(r, 18000, 52000)}  Cash down {amount(r, 500, 8000)}")
    b.line("\nAPPLICANT")
    b.line("Full name: ", (PER, nm(r, ap, ("full", "fmi", "upper"))))
    b.line("SSN: ", (SSN, ssn(r, "dash")), "   Date of birth: ", (DOB, fdate(r, dobdate(r, 1950, 2005), "us")))
    b.line("Driver's license #: ", (DL, dln), "   Issuing state: ", (LOC, st), "   Exp: ",
           (DT, fdate(r, rdate(r, 2025, 2031), "us")))
    b.line("Cell: ", (PH, phone_us(r)), "   Email: ", (EM, email_for(r, ap)))
    b.line("Current address: ", (ADR, a.line1), "   City: ", (LOC, a.city), "   State: ", (LOC, a.region),
           f"   ZIP: {a.post}")
    b.line(f"Time at address: {r.randint(0, 15)} yrs {r.randint(0, 11)} mos   Housing: {r.choice(['Rent', 'Own', 'Family'])}"
           f"   Monthly payment: {amount(r, 600, 3200)}")
    b.line("Previous address (if < 2 yrs): ", (ADR, prev.one()))
    emp = r.choice(COMPANIES + PERSON_BRANDS)
    b.line(f"Employer: {emp}   Title: {r.choice(['Warehouse Lead', 'RN', 'Analyst', 'Driver', 'Teacher'])}   Since: ",
           (DT, fdate(r, rdate(r, 2010, 2023), "us")))
    b.line("Employer phone: ", (PH, phone_us(r)), f"   Gross monthly income: {amount(r, 2500, 14000)}")
    b.line(f"Bank: {r.choice(['Wells Fargo', 'Chase', 'Navy Federal CU', 'Ally Bank', 'Truist'])}   Checking acct #: ",
           (ACCT, acct_no(r)), f"   Routing #: {r.choice(ROUTING)}")
    if maybe(r, 0.35):
        b.line("Down payment card: ", (CC, card(r)), "   Billing ZIP on file")
    if maybe(r, 0.45):
        co = person(r)
        b.line("\nCO-APPLICANT")
        b.line("Name: ", (PER, co.full(maybe(r))), "   SSN: ", (SSN, ssn(r)), "   DOB: ",
               (DOB, fdate(r, dobdate(r, 1950, 2005), "us")))
        b.line("Cell: ", (PH, phone_us(r)), "   Address: same as applicant")
    b.line("\nPERSONAL REFERENCES (not living with you)")
    for k in range(2):
        b.line(f"{k + 1}. ", (PER, person(r).full(False)), f" — {r.choice(['friend', 'coworker', 'aunt', 'brother', 'pastor'])} — ",
               (PH, phone_us(r)))
    b.line(f"\nBy signing I authorize {dealer} and its assignees (Ally Financial, Capital One Auto Finance, "
           f"Ford Motor Credit) to obtain my consumer credit report.")
    b.line("Applicant signature: /s/ ", (PER, ap.full(False)), "   Date: ", (DT, fdate(r, evdate(r), "us")))
    b.line("F&I manager: ", (PER, person(r).full(False)), f"  ext. {r.randint(100, 499)}")


def d_adp_payroll_csv(r, b):
    co = rs(r, UP + DIG, 3)
    b.line(f"# ADP Workforce Now export - report EE_MASTER_DD v{r.randint(2, 9)} - company code {co} - "
           f"scheduler job {digits(r, 6)}")
    b.line("Co Code,File #,Employee Name,SSN,Birth Date,Hire Date,Term Date,Address Line 1,City,State,Zip,"
           "Personal Email,Mobile Phone,Pay Rate,DD Routing,DD Account,Status")
    n = r.randint(3, 7)
    iso = maybe(r, 0.3)
    for _ in range(n):
        p = person(r)
        a = addr(r, "US")
        b.t(f"{co},{digits(r, 6)},\"")
        b.e(PER, p.lf(maybe(r, 0.3)))
        b.t("\",")
        if maybe(r, 0.2):
            b.t(masked_ssn(r))
        else:
            b.e(SSN, ssn(r, "dash"))
        b.t(",")
        b.e(DOB, fdate(r, dobdate(r, 1955, 2005), "iso" if iso else "us"))
        b.t(",")
        hire = rdate(r, 2008, 2024)
        b.e(DT, fdate(r, hire, "iso" if iso else "us"))
        b.t(",")
        term = maybe(r, 0.2)
        if term:
            b.e(DT, fdate(r, plus(hire, r.randint(100, 900)), "iso" if iso else "us"))
        b.t(",")
        if "," in a.line1:
            b.add("\"", (ADR, a.line1), "\"")
        else:
            b.e(ADR, a.line1)
        b.add(",", (LOC, a.city), ",", (LOC, a.region), f",{a.post[:5]},", (EM, email_for(r, p)), ",",
              (PH, phone_us(r, r.choice(["raw", "dash", "paren"]))),
              f",{r.choice([f'{r.randint(16, 75)}.{r.randint(0, 99):02d}', f'{r.randint(38, 180) * 1000}.00'])},"
              f"{r.choice(ROUTING)},", (ACCT, digits(r, r.choice([9, 10, 12]), True)),
              f",{'T' if term else r.choice('AAAL')}\n")
    b.line(f"# {n} records, checksum {hexs(r, 8)}")


def d_dmv_renewal_letter(r, b):
    b.noise = r.choice([0.0, 0.01, 0.02])
    p = person(r)
    a = addr(r, "US")
    st = a.region
    _, dln = dl_no(r, st)
    stname = US_STATES[st]
    b.line("STATE OF ", (LOC, stname.upper()))
    b.line("DEPARTMENT OF MOTOR VEHICLES")
    b.line((ADR, po_box(r, st).replace(", ", "\n", 1)))
    b.t("\n")
    b.line((PER, p.full(True).upper()))
    b.line((ADR, a.multi().upper()))
    b.t("\n")
    nd = evdate(r)
    exp = plus(nd, r.randint(40, 90))
    b.line("Notice date: ", (DT, fdate(r, nd, "us")), f"      Notice ID: {rs(r, UP + DIG, 10)}")
    b.line("DRIVER LICENSE RENEWAL NOTICE")
    b.line("DL number: ", (DL, dln), "    Class: C    Date of birth: ", (DOB, fdate(r, dobdate(r), "us")))
    b.line("Current expiration date: ", (DT, fdate(r, exp, "us")))
    b.add("\nDear ", (PER, p.full(False)), ",\n\nOur records show your driver license expires on ",
          (DT, fdate(r, exp, "long")), ". You may be eligible to renew online at ",
          (URL, f"https://www.dmv.{fold(stname)}.gov/renew?nid={rs(r, UP + DIG, 10)}"),
          f" or by mail. The renewal fee is ${r.randint(25, 89)}.00.\n\n")
    b.add("If you must renew in person, an appointment is required. Call ", (PH, phone_tollfree(r)),
          " or visit the ", (LOC, a.city), " field office.\n\n")
    b.add("To upgrade to a REAL ID, bring proof of identity, your Social Security number (card not required) and two "
          "documents showing your address, ", (ADR, a.one()), ".\n")
    b.t(f"\nVehicles registered to you: {plate(r)} ({r.randint(2008, 2024)} {r.choice(['Subaru', 'Kia', 'Ford', 'Honda'])}) — "
        "registration renewal is mailed separately.\n")
    b.t("\nDo not reply to this notice. Keep it for your records.\n")


def d_credit_dispute_letter(r, b):
    p = person(r)
    a, old = addr(r, "US"), addr(r, "US")
    d = evdate(r)
    bureau = r.choice([("Equifax Information Services LLC", "P.O. Box 740256\nAtlanta, GA 30374"),
                       ("Experian", "P.O. Box 4500\nAllen, TX 75013"),
                       ("TransUnion LLC Consumer Dispute Center", "P.O. Box 2000\nChester, PA 19016")])
    b.line((PER, p.full(True)))
    b.line((ADR, a.multi()))
    b.line((PH, phone_us(r)), " | ", (EM, email_for(r, p)))
    b.add("\n", (DT, fdate(r, d, r.choice(["long", "us"]))), "\n\n", bureau[0], "\n", (ADR, bureau[1]), "\n\n")
    b.line(f"RE: Dispute of inaccurate information — Report # {digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}")
    b.add("\nTo whom it may concern,\n\nMy name is ", (PER, p.full(False)), ", SSN ", (SSN, ssn(r)),
          ", date of birth ", (DOB, fdate(r, dobdate(r), r.choice(["long", "us"]))),
          ". I am writing to dispute the following items on my credit file:\n\n")
    b.add(f"1. {r.choice(['Capital One', 'Synchrony Bank', 'Discover', 'Comenity Bank'])} — account ", (ACCT, acct_no(r)),
          f" (shown on the report as {masked_card(r)}) is reported 60 days late on ",
          (DT, fdate(r, plus(d, -r.randint(100, 500)), "long")), ". I paid on time; bank statement enclosed.\n")
    b.add("2. Midland Credit Management collection account ", (ACCT, digits(r, 10, True)),
          " is not mine. I have never lived at ", (ADR, old.one()), ".\n")
    b.add(f"3. A hard inquiry by {r.choice(['Sunrise Auto Group', 'Ford Motor Credit', 'Wells Fargo Dealer Services'])} on ",
          (DT, fdate(r, plus(d, -r.randint(20, 200)), "us")), " that I did not authorize.\n\n")
    b.add("Enclosed: copy of my driver's license (", (DL, dl_no(r, a.region)[1]),
          "), a utility bill, and the police report filed in ", (LOC, f"{a.city}, {a.region}"), ".")
    b.t(f" An unrelated internal reference printed on the report ({bad_ssn(r)}) is not my SSN.\n\n" if maybe(r, 0.4) else "\n\n")
    b.add("Please investigate and correct these items within 30 days as required by the FCRA.\n\nSincerely,\n\n",
          (PER, p.full(False)), "\n")


def d_sms_optout_log(r, b):
    brand = r.choice(["Harborview Foods", "Pinecrest Hotels", "Quantive Fitness", "Orbital Bakery"])
    sender = phone_tollfree(r)
    sender_e = "+1" + re.sub(r"\D", "", sender)[-10:]
    d = evdate(r)
    b.line(f"# sms-gateway export  campaign={fold(brand)}_spring  sender={sender_e[:2]}…{sender_e[-4:]}  "
           f"rows=mixed  tz=UTC")
    n = r.randint(5, 10)
    bodies_in = ["STOP", "Stop", "UNSUBSCRIBE", "stop pls", "STOP ALL", "quit", "END"]
    for _ in range(n):
        ts = log_ts(r, d, "iso")
        k = r.random()
        frm = "+1" + re.sub(r"\D", "", phone_us(r, "raw"))
        if k < 0.45:
            b.add(ts, f" msg_in  sid=SM{hexs(r, 32)} from=", (PH, frm), " to=", (PH, sender_e),
                  f" body=\"{r.choice(bodies_in)}\" carrier={r.choice(['T-Mobile', 'Verizon', 'AT&T'])} action=OPT_OUT\n")
        elif k < 0.65:
            o = person(r)
            b.add(ts, f" msg_in  sid=SM{hexs(r, 32)} from=", (PH, frm), " to=", (PH, sender_e), " body=\"")
            b.add(*r.choice([("wrong number, this isn't ", (PER, o.first.lower()), "'s phone anymore. STOP"),
                            ("STOP. i'm ", (PER, o.full(False).lower()), " and i never signed up"),
                            ("stop texting me, email me instead at ", (EM, email_for(r, o))),
                            ("Please remove ", (PER, o.full(False)), " from this list, she passed away ",
                             (DT, fdate(r, plus(d, -r.randint(5, 60)), "us")))]))
            b.t("\" action=OPT_OUT\n")
        elif k < 0.85:
            b.add(ts, f" msg_out sid=SM{hexs(r, 32)} to=", (PH, frm),
                  f" body=\"{brand}: You have been unsubscribed and will receive no further messages. Help: ",
                  (PH, sender), "\" status=delivered segments=1\n")
        elif maybe(r, 0.5):
            b.add(ts, f" webhook status_callback sid=SM{hexs(r, 32)} status=undelivered error_code=30007 "
                      f"latency_ms={r.randint(40, 900)}\n")
        else:
            b.add(ts, " forward POST ", (URL, "https://hooks.orbitalbakery.com/sms/inbound"), " auth=\"Bearer ",
                  (JWT_, jwt(r)), f"\" resp=200 latency_ms={r.randint(40, 900)}\n")
    b.line("\nphone_e164,opt_out_epoch,source,keyword")
    for _ in range(r.randint(2, 4)):
        b.add((PH, "+1" + re.sub(r"\D", "", phone_us(r, "raw"))), f",{epoch(r)},sms,{r.choice(['STOP', 'UNSUBSCRIBE', 'QUIT'])}\n")


def d_medical_dictation(r, b):
    doc, pt, ref = person(r), person(r), person(r)
    d = evdate(r)
    b.line(f"JOB #: {digits(r, 6)} | DICTATOR ID: {digits(r, 5)} | WORK TYPE: {r.choice(['Consult', 'H&P', 'Op Note', 'Clinic Letter'])} "
           f"| TAT: {r.choice(['STAT', '24h', '48h'])} | AUDIO {r.randint(1, 9):02d}:{r.randint(0, 59):02d}")
    b.line("[ASR DRAFT — pending transcriptionist review]\n")
    low = maybe(r, 0.6)
    f = (lambda s: s.lower()) if low else (lambda s: s)
    b.add(f("This is Doctor "), (PER, f(doc.full(False))), f(" dictating a consultation on patient "),
          (PER, f(pt.full(False))), f(", medical record number "), (MRN, mrn(r)), f(", date of birth "),
          (DOB, fdate(r, dobdate(r), r.choice(["long", "us", "longord"]))), f(" period. Date of service "),
          (DT, fdate(r, d, r.choice(["long", "us", "longord"]))), f(" period. New paragraph.\n\n"))
    age = r.randint(22, 90)
    b.add(f(f"HISTORY OF PRESENT ILLNESS colon the patient is a {age}-year-old "), f(r.choice(["man", "woman"])),
          f(" referred by Doctor "), (PER, f(ref.full(False))), f(" of "), (LOC, loc_us(r, "cst")),
          f(f" for evaluation of {r.choice(['atrial fibrillation', 'chronic kidney disease stage 3', 'new onset seizures', 'iron deficiency anemia'])} period. "
            f"Symptoms began approximately {r.randint(2, 12)} weeks ago comma worse with exertion period. "
            f"Current medications include {r.choice(DRUGS)} and {r.choice(DRUGS)} period. New paragraph.\n\n"))
    b.t(f(f"ASSESSMENT AND PLAN colon {r.choice(ICD)} comma will obtain labs including LOINC {r.choice(LOINC)} "
          f"and an echocardiogram period. "))
    b.add(f("Follow up in clinic on "), (DT, fdt(r, plus(d, r.randint(14, 60)), rtime(r, 8, 16),
                                               r.choice(["long", "longord"]), "short", " at ")),
          f(" period. The patient's daughter "), (PER, f(person(r).first)), f(" can be reached at "),
          (PH, phone_us(r)), f(" period.\n\n"))
    b.add(f("CC colon Doctor "), (PER, f(ref.full(False))), f(" comma fax "), (PH, phone_us(r)),
          f(" period. End of dictation.\n"))
    b.line(f"\n[conf=0.{r.randint(80, 97)}  words={r.randint(180, 600)}  duration={r.randint(60, 500)}s]")


def d_k8s_secret_manifest(r, b):
    app = r.choice(["payments-api", "notifier", "billing-worker", "auth-gateway", "ledger-sync"])
    ns = r.choice(["prod", "staging", "payments", "default"])
    kubectl = maybe(r, 0.4)
    if kubectl:
        b.line(f"$ kubectl get secret {app}-secrets -n {ns} -o yaml")
    else:
        b.line(f"# Source: {app}/templates/secret.yaml")
    b.line("apiVersion: v1")
    b.line("kind: Secret")
    b.line("metadata:")
    b.line(f"  name: {app}-secrets")
    b.line(f"  namespace: {ns}")
    b.line("  labels:")
    b.line(f"    app.kubernetes.io/name: {app}")
    b.line(f"    app.kubernetes.io/version: \"{version(r)}\"")
    b.line(f"    helm.sh/chart: {app}-{version(r)}")
    if kubectl:
        b.line(f"  creationTimestamp: \"{log_ts(r, None, 'iso')[:19]}Z\"")
        b.line(f"  resourceVersion: \"{digits(r, 8, True)}\"")
        b.line(f"  uid: {uuid4(r)}")
    b.line("type: Opaque")
    b.line("data:")
    pool = [("DB_PASSWORD", PW, password), ("POSTGRES_PASSWORD", PW, password), ("REDIS_PASSWORD", PW, password),
            ("STRIPE_SECRET_KEY", GEN, stripe_key), ("SLACK_BOT_TOKEN", GEN, slack_token),
            ("JWT_SIGNING_KEY", GEN, lambda rr: hexs(rr, 64)), ("AWS_SECRET_ACCESS_KEY", GEN, aws_secret),
            ("SENDGRID_API_KEY", GEN, generic_secret), ("OAUTH_CLIENT_SECRET", GEN, generic_secret),
            ("ADMIN_PASSWORD", PW, password)]
    for key, typ, fn in r.sample(pool, r.randint(2, 5)):
        b.line(f"  {key}: ", (typ, b64(fn(r))))
    if maybe(r, 0.45):
        b.line("stringData:")
        b.line("  SMTP_PASSWORD: ", (PW, password(r)))
        b.line("  DATABASE_URL: postgres://app:", (PW, password(r)), "@", (IP, ipv4(r, "priv")), ":5432/app")
        if maybe(r, 0.4):
            b.line("  tls.key: |")
            b.line("    ", (PEM, pem_key(r, r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"]), "\n    ")))
    b.line("---")
    b.line("apiVersion: v1")
    b.line("kind: ConfigMap")
    b.line("metadata:")
    b.line(f"  name: {app}-config")
    b.line(f"  namespace: {ns}")
    b.line("data:")
    b.line("  DB_HOST: ", (IP, ipv4(r, "priv")))
    b.line(f"  LOG_LEVEL: {r.choice(['info', 'debug', 'warn'])}")
    b.line(f"  REQUEST_TIMEOUT: {r.randint(5, 60)}s")
    b.line("  DB_PASSWORD_REF: ${DB_PASSWORD}")
    b.line("  SUPPORT_EMAIL: ", (EM, r.choice(["support", "oncall", "billing-ops"]) + "@" +
                                     r.choice(["copperleaf.io", "quantivelabs.com", "meridianlogistics.co"])))
    b.line("  PUBLIC_BASE_URL: ", (URL, url(r, r.choice(["api.copperleaf.io", "pay.quantivelabs.com"]), "/v1")))
    b.line(f"  IMAGE_DIGEST: sha256:{hexs(r, 64)}")


def _xad(r, a_street, city, st, post, upper=True):
    s = f"{a_street}^^{city}^{st}^{post}"
    return s.upper() if upper else s


def d_hl7_adt_feed(r, b):
    p = person(r)
    d = evdate(r)
    hm = rtime(r)
    ts = f"{d:%Y%m%d}{hm[0]:02d}{hm[1]:02d}{r.randint(0, 59):02d}"
    ev = r.choice(["A04", "A01", "A08", "A03"])
    fac = r.choice(["NWH", "CRMC", "SJMC", "HVH"])
    c, st = us_city(r)
    street = us_street(r, 0)
    xad = _xad(r, street, c, st, us_zip(r))
    b.line(f"MSH|^~\\&|EPIC|{fac}|RHAPSODY|HIE|{ts}||ADT^{ev}|MSG{digits(r, 8)}|P|2.5.1")
    b.line(f"EVN|{ev}|{ts}")
    b.add("PID|1||", (MRN, mrn(r)), f"^^^{fac}^MR||", (PER, p.hl7()), "|")
    if maybe(r, 0.4):
        b.e(PER, person(r).last.upper())
    b.add("|", (DOB, fdate(r, dobdate(r), "compact")), f"|{r.choice('MF')}||2106-3^White^HL70005|",
          (ADR, xad), "^^H||")
    area, ex, ln = r.choice(US_AREA), r.randint(201, 989), r.randint(0, 9999)
    b.add((PH, f"({area}){ex}-{ln:04d}"), "|")
    if maybe(r):
        b.e(PH, f"({r.choice(US_AREA)}){r.randint(201, 989)}-{r.randint(0, 9999):04d}")
    b.add(f"|ENG|{r.choice('SMDW')}||", (ACCT, digits(r, 9, True)), f"^^^{fac}^AN|", (SSN, ssn(r, r.choice(["dash", "raw"]))), "|")
    if maybe(r, 0.6):
        b.e(DL, dl_no(r, st)[1].replace(" ", ""))
    b.t("\n")
    nk = person(r)
    b.add("NK1|1|", (PER, nk.hl7()), f"|{r.choice(['SPO^Spouse', 'MTH^Mother', 'CHD^Child', 'FND^Friend'])}^HL70063|",
          (ADR, _xad(r, us_street(r, 0), *us_city(r), us_zip(r))), "|",
          (PH, f"({r.choice(US_AREA)}){r.randint(201, 989)}-{r.randint(0, 9999):04d}"), "\n")
    doc = person(r)
    adm = f"{d:%Y%m%d}{rtime(r)[0]:02d}{r.choice([0, 15, 30, 45]):02d}"
    b.add(f"PV1|1|{r.choice(['O', 'I', 'E'])}|{r.choice(['MED', 'ED', 'CARD'])}^{r.randint(100, 499)}^{r.randint(1, 2)}^{fac}||||{npi(r)}^",
          (PER, doc.hl7()), "^^^MD||" + "|" * 10, f"V{digits(r, 9)}|" + "|" * 24, (DT, adm), "\n")
    dx = r.choice([("E11.9", "Type 2 diabetes mellitus"), ("I10", "Essential hypertension"),
                   ("R07.9", "Chest pain, unspecified"), ("J45.909", "Asthma, unspecified")])
    b.line(f"DG1|1||{dx[0]}^{dx[1]}^I10||", (DT, fdate(r, plus(d, -r.randint(0, 400)), "compact")), "|A")
    if maybe(r):
        b.line(f"AL1|1|DA|^{r.choice(['Penicillin', 'Sulfa drugs', 'Latex', 'Codeine'])}|{r.choice(['SV', 'MO', 'MI'])}|{r.choice(['Hives', 'Anaphylaxis', 'Rash'])}")
    payer = r.choice(INSURERS).upper()
    ins = p if maybe(r, 0.6) else person(r)
    eff = rdate(r, 2020, 2024)
    b.add(f"IN1|1|PLAN{r.randint(1, 99):02d}|{digits(r, 5)}|{payer}|",
          (ADR, _xad(r, f"PO BOX {r.randint(1000, 99999)}", *us_city(r), us_zip(r))), "||",
          (PH, phone_tollfree(r)), f"|{digits(r, 6)}|{r.choice(COMPANIES).upper()}|||",
          (DT, fdate(r, eff, "compact")), "|", (DT, fdate(r, plus(eff, 364), "compact")), "||PPO|",
          (PER, ins.hl7()), f"|{'01' if ins is p else '02'}|", (DOB, fdate(r, dobdate(r), "compact")), "|",
          (ADR, xad), "|" + "|" * 16, (HPN, hpn(r).replace("-", "")), "\n")


def d_fhir_bundle(r, b):
    p = person(r)
    a = addr(r, "US")
    pid = uuid4(r)
    nk = person(r)
    start_d = evdate(r)
    hm = rtime(r, 8, 16)
    tz = r.choice(["-05:00", "-07:00", "-04:00", "Z"])
    doc = person(r)
    given = [E(PER, p.first)]
    patient = {
        "resourceType": "Patient", "id": pid,
        "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": f"{log_ts(r, None, 'iso')[:23]}+00:00"},
        "identifier": [{"use": "usual", "type": {"coding": [{"code": "MR"}]},
                        "system": "urn:oid:2.16.840.1.113883.3." + digits(r, 4), "value": E(MRN, mrn(r))}],
        "name": [{"use": "official", "family": E(PER, p.last), "given": given}],
        "telecom": [{"system": "phone", "value": E(PH, phone_us(r, r.choice(["dash", "paren", "e164"]))), "use": "mobile"},
                    {"system": "email", "value": E(EM, email_for(r, p))}],
        "gender": r.choice(["female", "male", "other"]),
        "birthDate": E(DOB, dobdate(r).isoformat()),
        "address": [{"use": "home", "line": [E(ADR, a.line1)], "city": E(LOC, a.city), "state": E(LOC, a.region),
                     "postalCode": a.post, "country": "US"}],
        "contact": [{"relationship": [{"coding": [{"system": "urn:oid:2.16.840.1.113883.18.58", "code": "N"}]}],
                     "name": {"text": E(PER, nk.full(False))},
                     "telecom": [{"system": "phone", "value": E(PH, phone_us(r))}]}],
    }
    cov_start = rdate(r, 2021, 2024)
    coverage = {"resourceType": "Coverage", "id": uuid4(r), "status": "active",
                "subscriberId": E(HPN, hpn(r)), "beneficiary": {"reference": f"Patient/{pid}"},
                "payor": [{"display": r.choice(INSURERS)}],
                "class": [{"type": {"text": "group"}, "value": f"GRP-{digits(r, 6)}"}],
                "period": {"start": E(DT, cov_start.isoformat()), "end": E(DT, plus(cov_start, 364).isoformat())}}
    st_dt = dt.datetime(start_d.year, start_d.month, start_d.day, hm[0], hm[1])
    en_dt = st_dt + dt.timedelta(minutes=30)
    appt = {"resourceType": "Appointment", "id": uuid4(r), "status": "booked",
            "serviceType": [{"text": r.choice(["Cardiology follow-up", "Annual wellness", "Dermatology consult"])}],
            "start": E(DT, iso_dt(start_d, hm, 0, tz)),
            "end": E(DT, iso_dt(en_dt.date(), (en_dt.hour, en_dt.minute), 0, tz)),
            "minutesDuration": 30,
            "participant": [{"actor": {"reference": f"Patient/{pid}", "display": E(PER, p.full(False))}, "status": "accepted"},
                            {"actor": {"reference": f"Practitioner/{digits(r, 6)}", "display": S("Dr. ", E(PER, doc.full(False)))},
                             "status": "accepted"}]}
    entries = [{"fullUrl": f"urn:uuid:{pid}", "resource": patient}, {"fullUrl": f"urn:uuid:{coverage['id']}", "resource": coverage}]
    if maybe(r, 0.7):
        entries.append({"fullUrl": f"urn:uuid:{appt['id']}", "resource": appt})
    bundle = {"resourceType": "Bundle", "id": uuid4(r), "type": "collection",
              "meta": {"lastUpdated": f"{log_ts(r, None, 'iso')[:23]}+00:00"}, "entry": entries}
    jdump(b, bundle, r.choice([1, None, None]))


def d_x12_837_claim(r, b):
    d = evdate(r)
    hm = rtime(r)
    sub = person(r)
    a = addr(r, "US")
    prov_a = addr(r, "US")
    ctl = f"{r.randint(1, 999999999):09d}"
    b.line(f"ISA*00*          *00*          *ZZ*{rs(r, UP + DIG, 9):<15}*ZZ*{rs(r, UP + DIG, 6):<15}*{d:%y%m%d}*{hm[0]:02d}{hm[1]:02d}*^*00501*{ctl}*0*P*:~")
    b.line(f"GS*HC*{rs(r, UP, 6)}*{rs(r, UP, 6)}*{d:%Y%m%d}*{hm[0]:02d}{hm[1]:02d}*{r.randint(1, 99999)}*X*005010X222A1~")
    b.line("ST*837*0001*005010X222A1~")
    b.line(f"BHT*0019*00*{digits(r, 6)}*{d:%Y%m%d}*{hm[0]:02d}{hm[1]:02d}*CH~")
    b.line(f"NM1*41*2*{r.choice(['PRIMEBILL SERVICES', 'CLAIMRIGHT INC', 'MEDSUBMIT LLC'])}*****46*{rs(r, UP + DIG, 5)}~")
    ct = person(r)
    b.add("PER*IC*", (PER, ct.full(False).upper()), "*TE*", (PH, phone_us(r, "raw")), "*EM*", (EM, email_for(r, ct).upper()), "~\n")
    b.line(f"NM1*40*2*{r.choice(INSURERS).upper()}*****46*{digits(r, 5)}~")
    b.line("HL*1**20*1~")
    b.line(f"NM1*85*2*{r.choice(['RIVERBEND FAMILY MEDICINE', 'SUMMIT ORTHOPEDICS PC', 'LAKESIDE PEDIATRICS'])}*****XX*{npi(r)}~")
    b.add("N3*", (ADR, us_street(r, 0).upper()), "~\n")
    b.add("N4*", (LOC, prov_a.city.upper()), "*", (LOC, prov_a.region), f"*{re.sub(chr(45), '', us_zip(r))}~\n")
    b.line(f"REF*EI*{digits(r, 9)}~")
    b.line("HL*2*1*22*0~")
    b.line(f"SBR*P*18*{digits(r, 6)}******CI~")
    b.add("NM1*IL*1*", (PER, sub.last.upper()), "*", (PER, sub.first.upper()), "****MI*", (HPN, hpn(r).replace("-", "")), "~\n")
    b.add("N3*", (ADR, a.line1.upper().replace(",", "")), "~\n")
    b.add("N4*", (LOC, a.city.upper()), "*", (LOC, a.region), f"*{a.post.replace('-', '')}~\n")
    b.add("DMG*D8*", (DOB, fdate(r, dobdate(r), "compact")), f"*{r.choice('MF')}~\n")
    b.line(f"NM1*PR*2*{r.choice(INSURERS).upper()}*****PI*{digits(r, 5)}~")
    tot = r.randint(90, 900)
    b.line(f"CLM*{rs(r, UP, 3)}{digits(r, 7)}*{tot}***11:B:1*Y*A*Y*Y~")
    onset = plus(d, -r.randint(3, 60))
    b.add("DTP*431*D8*", (DT, fdate(r, onset, "compact")), "~\n")
    b.line(f"HI*ABK:{r.choice(ICD).replace('.', '')}*ABF:{r.choice(ICD).replace('.', '')}~")
    for k in range(r.randint(1, 3)):
        b.line(f"LX*{k + 1}~")
        b.line(f"SV1*HC:{r.choice(CPT)}*{r.randint(30, 400)}*UN*1***1~")
        b.add("DTP*472*D8*", (DT, fdate(r, plus(d, -r.randint(1, 20)), "compact")), "~\n")
    b.line(f"SE*{r.randint(20, 40)}*0001~")
    b.line(f"GE*1*{r.randint(1, 99999)}~")
    b.line(f"IEA*1*{ctl}~")


def d_vcard_export(r, b):
    b.line(f"# contacts export — {r.randint(2, 4)} cards")
    for _ in range(r.randint(2, 4)):
        p = person(r)
        v4 = maybe(r, 0.35)
        b.line("BEGIN:VCARD")
        b.line("VERSION:" + ("4.0" if v4 else "3.0"))
        title = r.choice(["", "", "Dr.", "Mr.", "Ms."])
        b.add("N:", (PER, p.vcard()), "" if p.mi else ";", f";{title};\n")
        b.add("FN:", f"{title} " if title else "", (PER, p.full(True)), "\n")
        co = r.choice(COMPANIES + PERSON_BRANDS)
        b.line(f"ORG:{co};{r.choice(['Procurement', 'Engineering', 'Sales', 'Finance'])}")
        b.line(f"TITLE:{r.choice(['Buyer', 'Director of Operations', 'Account Executive', 'Controller'])}")
        if v4:
            b.add("TEL;VALUE=uri;TYPE=cell:tel:", (PH, phone_us(r, "plusdash")), "\n")
        else:
            b.add("TEL;TYPE=CELL:", (PH, phone(r, 0.3)), "\n")
        if maybe(r):
            b.add("TEL;TYPE=WORK,VOICE:", (PH, phone_us(r, "paren")), f" ext. {r.randint(100, 999)}\n")
        b.add("EMAIL;TYPE=INTERNET:", (EM, email_for(r, p)), "\n")
        a = addr(r, "US" if maybe(r, 0.7) else r.choice(["CA", "UK", "DE"]))
        b.add("ADR;TYPE=HOME:;;", (ADR, f"{a.line1.replace(',', '')};{a.city};{a.region};{a.post};{a.country}"), "\n")
        if maybe(r, 0.6):
            bd = dobdate(r)
            b.add("BDAY:", (DOB, bd.isoformat() if v4 or maybe(r) else f"{bd:%Y%m%d}"), "\n")
        if maybe(r, 0.4):
            b.add("URL:", (URL, url(r, "www." + fold(co)[:12] + ".com", "/team/")), "\n")
        if maybe(r, 0.5):
            b.add("NOTE:Met at the trade show in ", (LOC, loc_any(r)), ". Assistant: ", (PER, person(r).full(False)),
                  f". Prefers calls after lunch. X handle @{fold(p.first)}{r.randint(1, 99)}\n")
        b.line(f"REV:{log_ts(r, None, 'iso')[:19]}Z")
        b.line(f"UID:urn:uuid:{uuid4(r)}")
        b.line("END:VCARD")


def d_passport_renewal_ds82(r, b):
    b.noise = r.choice([0.0, 0.0, 0.015])
    p = person(r)
    a = addr(r, "US")
    b.line("U.S. Passport Renewal Application (Form DS-82) — data summary [OCR]")
    b.add("1. Name  Last: ", (PER, p.last.upper()), "   First & Middle: ",
          (PER, f"{p.first} {p.mi}".upper() if p.mi else p.first.upper()), "\n")
    b.add("2. Date of Birth (mm-dd-yyyy): ", (DOB, fdate(r, dobdate(r), "dash_us")), "\n")
    pob = r.choice([f"{c}, {US_STATES[s]}" for c, s in US_CITIES[:12]] + ["Lagos, Nigeria", "Manila, Philippines",
                                                                          "Guadalajara, Mexico", "Kraków, Poland",
                                                                          "Seoul, South Korea", "Kingston, Jamaica"])
    b.add("3. Place of Birth (City & State or City & Country): ", (LOC, pob.upper()), "\n")
    b.t(f"4. Sex: {r.choice('MFX')}   5. Height: {r.randint(4, 6)}' {r.randint(0, 11)}\"   6. Hair: {r.choice(['Black', 'Brown', 'Gray'])}"
        f"   7. Eye: {r.choice(['Brown', 'Blue', 'Green'])}\n")
    b.add("8. Mailing Address Line 1: ", (ADR, a.line1), "\n   City: ", (LOC, a.city), "   State: ", (LOC, a.region),
          f"   Zip Code: {a.post}\n")
    b.add("9. Email: ", (EM, email_for(r, p)), "   10. Primary Contact Phone Number: ", (PH, phone_us(r)), "\n")
    if maybe(r):
        b.add("11. List all other names you have used: ", (PER, f"{p.first} {person(r).last}".upper()), "\n")
    b.add("12. Social Security Number: ", (SSN, ssn(r, r.choice(["dash", "space"]))), "\n")
    iss = rdate(r, 2012, 2016)
    b.add(f"13. Most recent passport book number: {r.choice('56AZ')}{digits(r, 8)}   Issue date: ",
          (DT, fdate(r, iss, "dash_us")), "\n")
    trip = evdate(r)
    b.add("14. Travel plans — date of trip: ", (DT, fdate(r, trip, "dash_us")), "   Countries to be visited: ",
          (LOC, r.choice(COUNTRIES)), ", ", (LOC, r.choice(COUNTRIES)), "\n")
    ec = person(r)
    b.add("15. Emergency contact: ", (PER, ec.full(False)), "   Address: ", (ADR, addr(r, "US").one()), "   Phone: ",
          (PH, phone_us(r)), f"   Relationship: {r.choice(['Spouse', 'Sister', 'Father', 'Friend'])}\n")
    b.add("Applicant signature on file. Date: ", (DT, fdate(r, plus(trip, -r.randint(30, 120)), "dash_us")), "\n")
    b.t(f"Fee: ${r.choice([130, 190])}.00 by check #{r.randint(1000, 9999)}   Expedite: {r.choice(['Yes', 'No'])}   "
        f"Tracking: {tracking(r)}\n")


def d_terraform_state(r, b):
    if maybe(r, 0.4):
        b.line("# terraform.tfvars — prod   (DO NOT COMMIT — see #infra-secrets)")
        b.line(f"region            = \"{r.choice(['us-east-1', 'us-west-2', 'eu-west-1'])}\"")
        b.line(f"environment       = \"prod\"")
        b.line("db_username       = \"app_admin\"")
        b.line("db_password       = \"", (PW, password(r)), "\"")
        b.line("datadog_api_key   = \"", (GEN, hexs(r, 32)), "\"")
        b.line("github_token      = \"", (GHT, gh_token(r)), "\"")
        b.t("allowed_cidrs     = [")
        for k in range(r.randint(1, 3)):
            if k:
                b.t(", ")
            b.add("\"", (IP, ipv4(r)), f"/{r.choice([32, 32, 24, 28])}\"")
        b.line("]")
        b.line("alert_email       = \"", (EM, email_for(r, person(r), r.choice(["copperleaf.io", "quantivelabs.com"]))), "\"")
        b.line(f"instance_type     = \"{r.choice(['t3.medium', 'm6i.large', 'r6g.xlarge'])}\"")
        b.line("kms_key_arn       = \"arn:aws:kms:us-east-1:" + digits(r, 12, True) + ":key/" + uuid4(r) + "\"")
        b.line("stripe_secret_key = var.stripe_secret_key  # from ${TF_VAR_stripe_secret_key}")
        return
    acct = digits(r, 12, True)
    state = {
        "version": 4, "terraform_version": f"1.{r.randint(3, 8)}.{r.randint(0, 5)}", "serial": r.randint(10, 900),
        "lineage": uuid4(r),
        "outputs": {"db_endpoint": {"value": f"prod-db.c{rs(r, LOW + DIG, 10)}.us-west-2.rds.amazonaws.com:5432", "type": "string"},
                    "bastion_ip": {"value": E(IP, ipv4(r, "pub")), "type": "string"}},
        "resources": [
            {"mode": "managed", "type": "aws_db_instance", "name": "main",
             "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 2, "attributes": {"identifier": "prod-db", "engine": "postgres",
                                                                "engine_version": f"15.{r.randint(2, 7)}",
                                                                "username": "app_admin", "password": E(PW, password(r)),
                                                                "port": 5432}, "sensitive_attributes": []}]},
            {"mode": "managed", "type": "aws_iam_access_key", "name": "ci",
             "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 0, "attributes": {"id": E(AKID, aws_akid(r)), "user": "ci-deployer",
                                                                "secret": E(ASK, aws_secret(r)), "status": "Active",
                                                                "ses_smtp_password_v4": E(PW, rs(r, ALNUM + "+/", 44))}}]},
        ],
    }
    if maybe(r, 0.6):
        state["resources"].append(
            {"mode": "managed", "type": "tls_private_key", "name": "deploy",
             "provider": "provider[\"registry.terraform.io/hashicorp/tls\"]",
             "instances": [{"schema_version": 1, "attributes": {"algorithm": r.choice(["RSA", "ECDSA"]),
                                                                "private_key_pem": E(PEM, pem_key(r, r.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY"]))),
                                                                "public_key_fingerprint_md5": ":".join(hexs(r, 2) for _ in range(16))}}]})
    jdump(b, state, 2)


def d_youth_league_roster_csv(r, b):
    coach = person(r)
    team = r.choice(["U10 Girls — Thunder", "U12 Boys — Comets", "U14 Coed — Riptide", "U8 — Little Kickers"])
    b.line(f"# Spring season roster export — {team} — league admin portal")
    b.add("# Head coach: ", (PER, coach.full(False)), " (", (PH, phone_us(r)), ")  Practices: Tuesdays & Thursdays ",
          (DT, ftime(r, (r.choice([17, 18]), r.choice([0, 30])), "12")), "\n")
    b.line("player_last,player_first,dob,jersey,guardian_name,guardian_phone,guardian_email,address,city,state,zip,"
           "medical_notes,waiver_signed")
    c, st = us_city(r)
    for _ in range(r.randint(3, 7)):
        kid = person(r)
        g = P(person(r).first, kid.last if maybe(r, 0.7) else person(r).last, "", kid.origin)
        a = addr(r, "US")
        b.add((PER, kid.last), ",", (PER, kid.first), ",", (DOB, fdate(r, rdate(r, 2010, 2018), r.choice(["us", "iso"]))),
              f",{r.randint(1, 99)},", (PER, g.full(False)), ",", (PH, phone_us(r, r.choice(["dash", "raw", "paren"]))), ",",
              (EM, email_for(r, g)), ",", (ADR, us_street(r, 0)), ",", (LOC, c), ",", (LOC, st), f",{us_zip(r)[:5]},")
        med = r.choice(["", "", "asthma - albuterol inhaler in bag", "\"peanut allergy, EpiPen\"", "ADHD - no meds on game days",
                        "\"type 1 diabetes, CGM\"", "wears glasses"])
        b.t(med + ",")
        if maybe(r, 0.7):
            b.e(DT, fdate(r, evdate(r), "us"))
        else:
            b.t("N")
        b.t("\n")
    b.line(f"# {r.randint(3, 7)} paid, balance due {amount(r, 0, 300)}; uniform order {order_no(r)}")


def d_notary_journal(r, b):
    notary = person(r)
    b.line("NOTARY PUBLIC JOURNAL — official record of notarial acts")
    b.add("Notary: ", (PER, notary.full(True)), f"   Commission #{digits(r, 7)}   Commission expires ",
          (DT, fdate(r, rdate(r, 2025, 2029), "us")), "\n\n")
    for k in range(r.randint(2, 3)):
        s = person(r)
        a = addr(r, "US")
        d = evdate(r)
        b.line(f"Entry No. {r.randint(100, 9999):04d}")
        b.add("Date/time of act: ", (DT, fdt(r, d, rtime(r, 8, 20), "us", "12", " ")), "\n")
        b.line(f"Type of act: {r.choice(['Acknowledgment', 'Jurat', 'Copy certification', 'Signature witnessing'])}")
        b.add(f"Document: {r.choice(['Grant Deed', 'Power of Attorney', 'Affidavit of Residence', 'Vehicle Title Transfer'])}, dated ",
              (DT, fdate(r, plus(d, -r.randint(0, 10)), "us")), f" (APN {digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)})\n")
        b.add("Signer: ", (PER, nm(r, s, ("full", "fmi", "upper"))), "\n")
        b.add("Signer address: ", (ADR, a.one()), "\n")
        b.add("Identification: Driver license #", (DL, dl_no(r, a.region)[1]), ", exp. ",
              (DT, fdate(r, rdate(r, 2025, 2031), "us")), "\n")
        b.add("Signer phone: ", (PH, phone_us(r)), "\n")
        if maybe(r, 0.4):
            w = person(r)
            b.add("Credible witness: ", (PER, w.full(False)), ", ", (ADR, addr(r, "US").one()), "\n")
        b.add(f"Fee charged: ${r.choice([10, 15, 15, 20])}.00   Thumbprint: on file   Place: ", (LOC, loc_us(r, "cst")),
              " (mobile)\n\n")


def d_bail_bond_application(r, b):
    dfd = person(r)
    a = addr(r, "US")
    county, state = r.choice(US_COUNTIES)
    b.line(f"BAIL BOND APPLICATION & INDEMNITY AGREEMENT — {r.choice(['Liberty Bell Bail Bonds', 'AAA Freedom Bonds', 'Second Chance Bail Co'])}")
    b.add("Defendant: ", (PER, nm(r, dfd, ("full", "LF", "fmi"))), "   AKA: ", (PER, f"{dfd.first[0]}. {dfd.last}"), "\n")
    b.add("DOB: ", (DOB, fdate(r, dobdate(r, 1960, 2005), "us")), "   SSN: ", (SSN, ssn(r)), "   DL#: ",
          (DL, dl_no(r, a.region)[1]), "\n")
    b.add(f"Booking #: {r.randint(22, 25)}-{digits(r, 6)}   Facility: {r.choice(['Central', 'North', 'Main'])} Detention Facility, ",
          (LOC, f"{county}, {state}"), "\n")
    b.t(f"Charges: {r.choice(['PC 459 Burglary 2nd', 'DUI (VC 23152)', 'Possession w/ intent', 'Theft > $950'])}   "
        f"Bail: {amount(r, 5000, 100000)}   Premium (10%): due at signing\n")
    cd = evdate(r)
    b.add(f"Court: Dept {r.randint(1, 40)} — next court date ",
          (DT, fdt(r, cd, (r.choice([8, 9, 10, 13]), r.choice([0, 30])), r.choice(["us", "long", "wk"]), "12",
                   r.choice([" at ", ", "]))), "\n")
    b.add("Home address: ", (ADR, a.one()), f"   How long: {r.randint(1, 20)} yrs\n")
    b.add("Phone: ", (PH, phone_us(r)), "   Email: ", (EM, email_for(r, dfd)), "\n")
    sup = person(r)
    b.add(f"Employer: {r.choice(COMPANIES)}   Supervisor: ", (PER, sup.full(False)), "   Work phone: ",
          (PH, phone_us(r)), "\n")
    b.t("\nREFERENCES (must list 3, not living with defendant)\n")
    for k in range(3):
        ref = person(r)
        b.add(f"{k + 1}. ", (PER, ref.full(False)), f" — {r.choice(['mother', 'cousin', 'friend', 'uncle', 'ex-coworker'])} — ",
              (PH, phone_us(r)), " — ", (ADR, addr(r, "US").one()), "\n")
    ind = person(r)
    b.t("\nINDEMNITOR / CO-SIGNER\n")
    b.add("Name: ", (PER, ind.full(True)), "   DOB: ", (DOB, fdate(r, dobdate(r, 1950, 2000), "us")), "   SSN: ",
          (SSN, ssn(r)), "\n")
    b.add("Address: ", (ADR, addr(r, "US").one()), "\n")
    b.add(f"Bank: {r.choice(['Wells Fargo', 'Chase', 'Bank of America', 'USAA'])}   Acct #: ", (ACCT, acct_no(r)),
          f"   Routing: {r.choice(ROUTING)}\n")
    if maybe(r):
        b.add("Premium paid by card: ", (CC, card(r)), "   (auth code ", rs(r, UP + DIG, 6), ")\n")
    else:
        b.t(f"Premium paid by card ending {digits(r, 4)} — receipt {order_no(r)}\n")
    b.add("Signed: ", (PER, ind.full(False)), "   Date: ", (DT, fdate(r, plus(cd, -r.randint(5, 30)), "us")), "\n")


def d_airport_lost_found(r, b):
    p = person(r, r.choice(ORIGIN_KEYS))
    home = addr(r, r.choice(["UK", "DE", "FR", "JP", "AU", "BR", "IN", "US", "NL"]))
    d = evdate(r)
    al, fl = r.choice([("UA", "United"), ("DL", "Delta"), ("AA", "American"), ("LH", "Lufthansa"), ("BA", "British Airways")])
    orig, dst = r.sample(["SFO", "EWR", "ORD", "LHR", "FRA", "NRT", "GRU", "ATL", "DEN", "BOS", "SEA", "JFK"], 2)
    b.line(f"LOST PROPERTY REPORT — Ref LPR-{d.year}-{digits(r, 6)}")
    b.add("Submitted via web form from IP ", (IP, ip(r, 0.25)), f" (session {uuid4(r)})\n\n")
    b.add("Name: ", (PER, nm(r, p, ("full", "upper", "lf"))), "\nPhone: ", (PH, phone_intl(r) if home.cc != "US" else phone_us(r)),
          "\nEmail: ", (EM, email_for(r, p)), "\nHome address: ", (ADR, home.one(with_country=home.cc != "US")), "\n")
    b.add(f"Flight: {al} {r.randint(10, 2999)} ({fl}) {orig} → {dst}, seat {r.randint(3, 45)}{r.choice('ABCDEFK')}, date of travel ",
          (DT, fdate(r, d, r.choice(["long", "longeu", "iso", "us"]))), "\n")
    b.t(f"Item: {r.choice(['Black Samsonite carry-on', 'Grey Patagonia backpack', 'Kindle Paperwhite in red case', 'Navy blue wallet'])}"
        f". Contents include reading glasses, {r.choice(DRUGS)} (prescription bottle), and a Visa card ending {digits(r, 4)}.\n")
    b.add(f"Where lost: Gate {r.choice('ABCDE')}{r.randint(1, 40)} / security checkpoint at approx. ",
          (DT, ftime(r, rtime(r, 5, 22), r.choice(["12", "24"]))), "\n")
    b.t(f"Bag tag: {r.randint(0, 9999):04d} {al} {digits(r, 6)}\n")
    b.add("Notes from passenger: I fly home to ", (LOC, home.city if home.cc != "US" else loc_us(r)), " on ",
          (DT, fdate(r, plus(d, r.randint(2, 9)), r.choice(["long", "wk", "us"]))),
          ". If found before then please deliver to my hotel: ", (ADR, addr(r, "US").one()), ".\n")
    if maybe(r, 0.6):
        st = person(r)
        b.add(f"\nStaff notes ({r.choice(['TSA', 'Airport Ops', 'Airline BSO'])}): possible match #FND-{digits(r, 5)} "
              "logged at carousel 5 on ", (DT, fdate(r, d, "us")), ". ", (PER, st.first), " called pax at ",
              (PH, phone(r, 0.5)), ", left voicemail. Hold for 30 days.\n")
    if home.cc in ("UK", "DE", "FR", "NL") and maybe(r, 0.6):
        b.add("Delivery fee refund requested to IBAN ", (IBAN, iban(r, {"UK": "GB"}.get(home.cc, home.cc))),
              f" (BIC {r.choice(BICS)}).\n")


def d_scholarship_application(r, b):
    stu = person(r)
    a = addr(r, "US")
    par = P(person(r).first, stu.last, "", stu.origin)
    fund = r.choice(["Rising Scholars Fund", "Harbor Light Community Foundation", "First-Gen Futures Award",
                     "Tallgrass Credit Union Scholarship"])
    b.line(f"{fund} — Application #{digits(r, 6)}")
    b.add("Applicant: ", (PER, stu.full(maybe(r))), "   Preferred name: ", (PER, stu.first.split(" ")[0] if maybe(r) else stu.first), "\n")
    b.add("Date of birth: ", (DOB, fdate(r, rdate(r, 2005, 2008), r.choice(["us", "long"]))),
          f"   Student ID: S{digits(r, 8)}\n")
    b.add("Email: ", (EM, email_for(r, stu)), "   Phone: ", (PH, phone_us(r)), "\n")
    b.add("Home address: ", (ADR, a.one()), "\n")
    b.add(f"High school: {r.choice(['Lincoln-Way', 'Central', 'Northside', 'Valley View'])} High School, ", (LOC, f"{a.city}, {a.region}"),
          f"   GPA {r.randint(300, 400) / 100:.2f}   SAT {r.randint(100, 160) * 10}\n")
    b.add("Parent/Guardian: ", (PER, par.full(False)), f", {r.choice(['home health aide', 'line cook', 'electrician', 'bus driver'])}, ",
          (PH, phone_us(r)), "\n")
    b.t(f"Household income: {amount(r, 18000, 90000)}   Household size: {r.randint(2, 8)}   SSN: last 4 only ({digits(r, 4)})\n")
    if maybe(r, 0.3):
        b.add(f"Application fee {amount(r, 10, 35)} paid with card ", (CC, card(r)), " (cardholder: ", (PER, par.full(False)), ")\n")
    b.t("\n")
    o1 = r.choice(COUNTRIES)
    b.add("Essay (excerpt): When my family moved from ", (LOC, o1), " to ", (LOC, f"{a.city}, {a.region}"),
          f" in {r.randint(2012, 2019)}, I was {r.randint(7, 12)} and spoke no English. My grandmother, ",
          (PER, person(r, stu.origin).full(False)),
          ", sat with me every night with a dictionary. On ", (DT, fdate(r, rdate(r, 2022, 2024), "long")),
          " I gave the valedictory speech in two languages...\n\n")
    rec = person(r)
    b.add("Recommender: ", (PER, rec.full(False)), " (", (EM, email_for(r, rec, "k12.example.org")), ")\n")
    b.add("Submitted: ", (DT, fdt(r, evdate(r), rtime(r, 7, 23), r.choice(["long", "us"]), "12", r.choice([" at ", ", "]))), "\n")


def d_jupyter_notebook(r, b):
    owner = person(r)
    secrets = []
    pool = ["stripe", "slack", "github", "aws", "openai", "sendgrid"]
    for k in r.sample(pool, r.randint(2, 4)):
        if k == "stripe":
            secrets.append(S("stripe.api_key = \"", E(STK, stripe_key(r)), "\"  # TODO move to env\n"))
        elif k == "slack":
            secrets.append(S("slack = WebClient(token=\"", E(SLK, slack_token(r)), "\")\n"))
        elif k == "github":
            secrets.append(S("gh = Github(\"", E(GHT, gh_token(r)), "\")\n"))
        elif k == "aws":
            secrets.append(S("os.environ[\"AWS_ACCESS_KEY_ID\"] = \"", E(AKID, aws_akid(r)), "\"\n"))
            secrets.append(S("os.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"", E(ASK, aws_secret(r)), "\"\n"))
        elif k == "openai":
            secrets.append(S("client = OpenAI(api_key=\"", E(GEN, "sk-proj-" + rs(r, ALNUM + "_-", 47) + r.choice(ALNUM)), "\")\n"))
        else:
            secrets.append(S("sg = SendGridAPIClient(\"", E(GEN, "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM, 43)), "\")\n"))
    cell1 = {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["import os, stripe, pandas as pd\n", "import psycopg2\n", "\n"] + secrets +
                       [S("conn = psycopg2.connect(\"postgresql://analyst:", E(PW, password(r)), "@",
                          E(IP, ipv4(r, "priv")), ":5432/crm\")")]}
    rows = []
    for k in range(r.randint(2, 4)):
        p = person(r)
        c, st = us_city(r)
        rows.append(S(f"{k}  ", E(PER, p.full(False)), "  ", E(EM, email_for(r, p)), "  ",
                      E(PH, phone_us(r, r.choice(["paren", "dash"]))), "  ", E(LOC, f"{c}, {st}"),
                      f"  {r.randint(1, 40)}\n"))
    cell2 = {"cell_type": "code", "execution_count": 2, "metadata": {},
             "outputs": [{"data": {"text/plain": ["   name  email  phone  city  orders\n"] + rows},
                          "execution_count": 2, "metadata": {}, "output_type": "execute_result"}],
             "source": ["df = pd.read_sql(\"select name, email, phone, city, orders from customers where churn_risk > 0.8 limit 5\", conn)\n",
                        "df.head()"]}
    rev = evdate(r)
    cell3 = {"cell_type": "markdown", "metadata": {},
             "source": [S("## Churn outreach — owner: ", E(PER, owner.full(False)), "\n"), "\n",
                        S("Review with finance on ", E(DT, fdt(r, rev, rtime(r, 9, 16), r.choice(["long", "wk"]), "12", " at ")),
                          f". Model v{version(r)}, AUC 0.{r.randint(70, 93)}.")]}
    nb = {"cells": [cell1, cell2, cell3],
          "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": f"3.{r.randint(9, 12)}.{r.randint(0, 9)}"}},
          "nbformat": 4, "nbformat_minor": 5}
    jdump(b, nb, 1)


# ---------------------------------------------------------------------------
# hard-negative-only domains (no entities at all)
# ---------------------------------------------------------------------------
def n_k8s_configmap(r, b):
    app = r.choice(["payments-api", "notifier", "billing-worker", "search-indexer"])
    b.line("apiVersion: v1")
    b.line("kind: ConfigMap")
    b.line("metadata:")
    b.line(f"  name: {app}-config")
    b.line(f"  namespace: {r.choice(['prod', 'staging'])}")
    b.line(f"  uid: {uuid4(r)}")
    b.line(f"  resourceVersion: \"{digits(r, 8, True)}\"")
    b.line(f"  creationTimestamp: \"{log_ts(r, None, 'iso')[:19]}Z\"")
    b.line("  annotations:")
    b.line(f"    deployment.kubernetes.io/revision: \"{r.randint(2, 90)}\"")
    b.line(f"    checksum/config: {hexs(r, 64)}")
    b.line("data:")
    b.line("  DB_HOST: ${DB_HOST}")
    b.line("  DB_PASSWORD: ${DB_PASSWORD}")
    b.line("  API_KEY: \"{{ .Values.apiKey }}\"")
    b.line("  STRIPE_SECRET_KEY: <redacted>")
    b.line("  SLACK_TOKEN: \"****\"")
    b.line(f"  REQUEST_TIMEOUT: {r.randint(5, 60)}s")
    b.line(f"  RETRY_BACKOFF_MS: \"{r.randint(100, 2000)}\"")
    b.line(f"  CRON_SCHEDULE: \"*/{r.choice([5, 10, 15])} * * * *\"")
    b.line(f"  IMAGE: registry.internal/{app}@sha256:{hexs(r, 64)}")
    b.line(f"  APP_VERSION: \"{version(r)}\"")
    b.line(f"  FEATURE_ROLLOUT_PCT: \"{r.randint(0, 100)}\"")
    b.line(f"  TZ: {r.choice(['America/Chicago', 'Europe/Berlin', 'UTC', 'Asia/Tokyo'])}")
    b.line(f"  BUILD_SHA: {hexs(r, 40)}")
    b.line(f"  CACHE_TTL: \"{r.randint(60, 86400)}\"")
    b.line(f"  LAST_MIGRATION_EPOCH: \"{epoch(r)}\"")
    b.line("# secrets are mounted from the vault agent sidecar; see ${VAULT_ADDR} and ${{ secrets.VAULT_ROLE_ID }}")


def n_masked_statement(r, b):
    b.line(f"ACCOUNT SUMMARY — statement cycle {r.randint(1, 12):02d} — page 1 of 2")
    b.line(f"Account ending ••••{digits(r, 4)}    Card number {masked_card(r)}")
    b.line(f"Routing (ABA): {r.choice(ROUTING)}    SWIFT/BIC: {r.choice(BICS)}")
    b.line(f"IBAN on file: {r.choice(['DE', 'GB', 'FR', 'NL', 'ES'])}** **** **** **** **{digits(r, 2)} {digits(r, 2)}")
    b.line(f"Tax ID on file: {masked_ssn(r)}")
    b.line(f"Previous balance {amount(r, 100, 9000)}   Payments -{amount(r, 50, 2000)}   New balance {amount(r, 100, 9000)}")
    b.line(f"APR {r.randint(1500, 2999) / 100:.2f}%   Minimum payment due {amount(r, 25, 300)} in {r.randint(18, 25)} days")
    b.line("\nTRANSACTIONS")
    merchants = ["TRADER JOE'S #552", "WALGREENS #4412", "BEN & JERRY'S SCOOP SHOP", "MCDONALD'S F23341", "SHELL OIL 5744",
                 "AMZN MKTP US*2K4", "SPOTIFY P1A2B3", "UBER *TRIP", "COSTCO WHSE #0471", "DELL TECHNOLOGIES"]
    for _ in range(r.randint(5, 10)):
        b.line(f" REF {digits(r, 5)}-{digits(r, 2)}  {r.choice(['POS PURCHASE', 'RECURRING', 'ONLINE', 'REFUND'])}  "
               f"{r.choice(merchants):<26} {r.choice(['-', ''])}{amount(r, 2, 400)}  auth {rs(r, UP + DIG, 6)}")
    b.line(f"\nInternal trace number: {bad_card(r)}   Dispute case {r.randint(100000, 999999)}")
    b.line(f"Legacy customer reference: {bad_ssn(r)} (not a tax identifier)")
    b.line(f"Rewards: {r.randint(100, 90000):,} points   Cash back this cycle {amount(r, 0, 80)}")
    b.line("Questions? Use secure messaging in the app. Autopay will draft the minimum payment next week.")


def n_shipping_manifest(r, b):
    b.line(f"CARGO MANIFEST {order_no(r)}   Booking {rs(r, UP, 3)}{digits(r, 7)}   Voyage {digits(r, 3)}{r.choice('EW')}")
    b.line(f"Container: {rs(r, UP, 4)}{digits(r, 7)}   Seal: {digits(r, 8)}   Type: 40HC   Incoterms: FOB")
    b.line(f"Port pair: {r.choice(['CNSHA', 'VNSGN', 'KRPUS', 'NLRTM'])} -> {r.choice(['USLAX', 'USNYC', 'DEHAM', 'USSAV'])}   "
           f"Air leg: {r.choice(['PVG', 'ICN', 'HKG'])}-{r.choice(['ORD', 'LAX', 'FRA'])}   Transit {r.randint(12, 40)} days")
    b.line("\nLINE | SKU        | DESCRIPTION                  | QTY  | KG      | HS CODE    | PO")
    for k in range(r.randint(4, 8)):
        b.line(f"{k + 1:>4} | {rs(r, UP, 3)}-{digits(r, 5)} | {r.choice(['Laptop computers', 'Leather footwear', 'Cotton T-shirts', 'LED panels', 'Ceramic mugs', 'Bicycle parts']):<28} | "
               f"{r.randint(10, 900):>4} | {r.randint(50, 9000) / 10:>7.1f} | {r.randint(1000, 9999)}.{r.randint(10, 99)}.{r.randint(10, 99)} | PO-{digits(r, 6)}")
    b.line(f"\nParcel tracking: {tracking(r)}, {tracking(r)}")
    b.line(f"Shipment UUID: {uuid4(r)}   EDI control: {digits(r, 9)}   Gross weight {r.randint(2000, 26000):,} kg")
    b.line(f"ETA revised {relative(r)}; customs hold released after {duration(r)}. Pallet count {r.randint(4, 30)}.")
    b.line(f"VIN list for ro-ro units: {vin(r)}, {vin(r)}   Plates: {plate(r)}")


def n_clinical_codebook(r, b):
    b.line(f"ORDER SET: {r.choice(['Diabetes follow-up', 'CHF discharge', 'Asthma action plan', 'Prenatal panel'])} v{version(r)}")
    b.line(f"Owner: clinical informatics   Billing NPI {npi(r)}   Taxonomy 207Q00000X")
    b.line("\nDiagnoses:")
    for c in r.sample(ICD, 4):
        b.line(f"  - ICD-10 {c}")
    b.line("Labs:")
    for c in r.sample(LOINC, 3):
        b.line(f"  - LOINC {c}   CPT {r.choice(CPT)}")
    b.line("Medications:")
    for dname in r.sample(DRUGS, 4):
        b.line(f"  - {dname}   NDC {ndc(r)}   qty {r.randint(30, 90)}   refills {r.randint(0, 5)}")
    b.line(f"\nDefault location: Room {r.randint(100, 899)}, Bed {r.randint(1, 4)}   Group number {digits(r, 6)}")
    b.line(f"Recall interval: every {r.randint(3, 12)} months; reminder {relative(r)}; visit length {duration(r)}")
    b.line(f"Content hash: {hexs(r, 40)}   Last build epoch {epoch(r)}")


def n_build_log(r, b):
    d = evdate(r)
    tss = sorted(log_ts(r, d, "iso") for _ in range(r.randint(10, 18)))
    for ts in tss:
        b.line(ts, " ", r.choice([
            f"##[group]Run actions/checkout@v{r.randint(3, 4)}",
            f"Syncing repository: acme/{r.choice(['web', 'api', 'infra'])}",
            f"HEAD is now at {hexs(r, 7)} Merge pull request #{r.randint(100, 9999)}",
            "env:\n  NPM_TOKEN: ***\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
            f"npm ci --no-audit  # added {r.randint(200, 1900)} packages in {r.randint(5, 90)}s",
            f"Downloading cache key: node-modules-{hexs(r, 64)}",
            f"Cache restored successfully ({r.randint(10, 900)} MB)",
            f"Tests: {r.randint(100, 2000)} passed, {r.randint(0, 3)} skipped ({duration(r)})",
            f"docker push registry.internal/app:{version(r)}",
            f"digest: sha256:{hexs(r, 64)} size: {r.randint(1000, 9000)}",
            f"Deploy id {uuid4(r)} rolled out to {r.randint(2, 40)} pods",
            f"started_at={epoch(r)} duration_ms={r.randint(100, 90000)}",
            "Warning: Secret DEPLOY_KEY is masked as ***",
            f"Uploading artifact build-{version(r)}.tar.gz ({r.randint(1, 90)} MB)",
        ]))
    b.line(f"##[endgroup]\nJob completed in {duration(r)} with exit code 0")


def n_ivr_menu_config(r, b):
    cfg = {"menu_id": uuid4(r), "version": version(r), "locale": r.choice(["en-US", "es-US"]),
           "timeouts_ms": {"input": r.randint(3000, 9000), "no_match": r.randint(2000, 5000)},
           "prompts": [
               {"id": "greeting", "tts": "Thank you for calling. Calls may be recorded for quality."},
               {"id": "main", "tts": "For prescription refills press 1. For store hours press 2. For all other questions press 0."},
               {"id": "closed", "tts": "We are currently closed. Please call back tomorrow or visit the app."},
               {"id": "verify", "tts": "Please enter your prescription number followed by the pound key."}],
           "routing": {"1": "queue:rx_refill", "2": "prompt:hours", "0": "queue:general"},
           "queues": {"rx_refill": {"max_wait_s": r.randint(120, 900), "overflow": "voicemail"}},
           "open_days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
           "holiday_calendar_id": f"hol-{hexs(r, 8)}",
           "build": {"sha": hexs(r, 40), "built_epoch": epoch(r)},
           "masked_fields": ["caller_id", "dob", "member_id"],
           "sample_masked_caller": "+1 ***-***-" + digits(r, 4)}
    jdump(b, cfg, 2)


# ---------------------------------------------------------------------------
# registry / generation
# ---------------------------------------------------------------------------
POS_DOMAINS = [
    ("pharmacy_refill_ivr", d_pharmacy_refill_ivr),
    ("ada_dental_claim", d_ada_dental_claim),
    ("protective_order", d_protective_order),
    ("adoption_case_notes", d_adoption_case_notes),
    ("moving_quote_email", d_moving_quote_email),
    ("telehealth_soap_intl", d_telehealth_soap_intl),
    ("sentry_event_json", d_sentry_event_json),
    ("cloudtrail_json", d_cloudtrail_json),
    ("gitlab_ci_log", d_gitlab_ci_log),
    ("eml_forward_thread", d_eml_forward_thread),
    ("mls_listing", d_mls_listing),
    ("blood_donor_record", d_blood_donor_record),
    ("nicu_handoff", d_nicu_handoff),
    ("dealership_finance_app", d_dealership_finance_app),
    ("adp_payroll_csv", d_adp_payroll_csv),
    ("dmv_renewal_letter", d_dmv_renewal_letter),
    ("credit_dispute_letter", d_credit_dispute_letter),
    ("sms_optout_log", d_sms_optout_log),
    ("medical_dictation", d_medical_dictation),
    ("k8s_secret_manifest", d_k8s_secret_manifest),
    ("hl7_adt_feed", d_hl7_adt_feed),
    ("fhir_bundle", d_fhir_bundle),
    ("x12_837_claim", d_x12_837_claim),
    ("vcard_export", d_vcard_export),
    ("passport_renewal_ds82", d_passport_renewal_ds82),
    ("terraform_state", d_terraform_state),
    ("youth_league_roster_csv", d_youth_league_roster_csv),
    ("notary_journal", d_notary_journal),
    ("bail_bond_application", d_bail_bond_application),
    ("airport_lost_found", d_airport_lost_found),
    ("scholarship_application", d_scholarship_application),
    ("jupyter_notebook_leak", d_jupyter_notebook),
]
NEG_DOMAINS = [
    ("neg_k8s_configmap", n_k8s_configmap),
    ("neg_masked_statement", n_masked_statement),
    ("neg_shipping_manifest", n_shipping_manifest),
    ("neg_clinical_codebook", n_clinical_codebook),
    ("neg_build_log", n_build_log),
    ("neg_ivr_menu_config", n_ivr_menu_config),
]
NEG_RATE = 0.10


def make_doc(seed, i):
    r = random.Random(f"{seed}-{i}")
    if r.random() < NEG_RATE:
        name, fn = r.choice(NEG_DOMAINS)
    else:
        name, fn = r.choice(POS_DOMAINS)
    b = B(r)
    fn(r, b)
    text = b.text()
    # trim trailing whitespace (never inside an entity: entities never end with whitespace)
    stripped = text.rstrip()
    if b.ents and b.ents[-1]["end"] > len(stripped):
        stripped = text
    return {"id": f"blind18-{seed}-{i:06d}", "domain": name, "text": stripped,
            "entities": sorted(b.ents, key=lambda e: (e["start"], e["end"]))}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# ---------------------------------------------------------------------------
# validation / CLI
# ---------------------------------------------------------------------------
_BAD_EDGE = set(".,;:!?\"'()[]{}<>")


def validate(doc):
    errs = []
    text = doc["text"]
    prev_end = -1
    for e in doc["entities"]:
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
        if typ not in SECRET_TYPES:
            if v[-1] in _BAD_EDGE:
                errs.append(f"punct end {typ} {v!r}")
            if v[0] in _BAD_EDGE and not (typ == PH and v[0] == "("):
                errs.append(f"punct start {typ} {v!r}")
        if typ == CC and not luhn_ok(v):
            errs.append(f"luhn {v}")
        if typ == IBAN and not iban_ok(v):
            errs.append(f"iban {v}")
        if typ == SSN and not ssn_ok(v):
            errs.append(f"ssn {v}")
        if typ == ASK and len(v) != 40:
            errs.append(f"aws secret len {v}")
        if typ == PEM and not (v.startswith("-----BEGIN") and v.endswith("-----")):
            errs.append("pem edges")
        if typ == URL and not v.startswith(("http://", "https://")):
            errs.append(f"url scheme {v}")
    return errs


def check(n=2000, seed=0):
    t0 = time.time()
    docs = list(generate(n, seed))
    t1 = time.time()
    docs2 = list(generate(n, seed))
    det = json.dumps(docs, sort_keys=True) == json.dumps(docs2, sort_keys=True)
    nerr = 0
    for d in docs:
        errs = validate(d)
        if errs:
            nerr += 1
            if nerr <= 15:
                print(d["id"], d["domain"], errs[:4])
        if d["domain"].startswith("neg_") and d["entities"]:
            nerr += 1
            print("negative doc has entities", d["id"])
    tc, dc = Counter(), Counter()
    lens = []
    for d in docs:
        dc[d["domain"]] += 1
        lens.append(len(d["text"]))
        for e in d["entities"]:
            tc[e["type"]] += 1
    print(f"generated {n} docs in {t1 - t0:.2f}s; deterministic={det}; docs with errors={nerr}")
    lens.sort()
    print(f"length: min={lens[0]} p10={lens[len(lens) // 10]} median={lens[len(lens) // 2]} "
          f"p90={lens[9 * len(lens) // 10]} max={lens[-1]}  (<300: {sum(l < 300 for l in lens)}, "
          f">2500: {sum(l > 2500 for l in lens)})")
    print(f"\nentities: {sum(tc.values())}  (types present {len(tc)}/{len(TYPES)})")
    for k in sorted(TYPES):
        print(f"  {k:<24}{tc.get(k, 0):>7}")
    print(f"\ndomains: {len(dc)}  (negative docs: {sum(v for k, v in dc.items() if k.startswith('neg_'))})")
    for k, v in sorted(dc.items()):
        print(f"  {k:<28}{v:>6}")
    ok = det and nerr == 0 and not (set(TYPES) - set(tc))
    print("\nCHECK", "OK" if ok else "FAILED")
    return ok


def render(doc):
    text = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{e['type']}: {text[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", help="write JSONL here")
    ap.add_argument("--check", action="store_true", help="generate 2000 docs and validate")
    ap.add_argument("--sample", type=int, default=0, help="print K docs with spans highlighted")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if check(2000, a.seed) else 1
    if a.sample:
        for k, d in enumerate(generate(a.sample, a.seed)):
            print(f"===== {d['id']}  domain={d['domain']}  len={len(d['text'])}  entities={len(d['entities'])}")
            print(render(d))
            print()
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for d in generate(a.n, a.seed):
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
