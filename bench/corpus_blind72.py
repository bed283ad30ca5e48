"""Blind corpus 72: construction, architecture, engineering and facility management.

Synthetic, labelled PII / PHI / secrets test documents from construction sites,
AEC firms and property/facility management (permits, inspections, sub invoices,
lien waivers, incident reports, BIM/CAD logs, tenant tickets, badge exports,
equipment rental, configs and pasted system output), in several languages.

Usage: python3 bench/corpus_blind72.py [--check] [--sample K] [--n N --seed S --output F.jsonl]

Labelling conventions
---------------------
Types: PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS
DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER
HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY
GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET.

* Spans exclude surrounding quotes, brackets, field labels ("DOB:") and trailing
  punctuation; never start/end with whitespace; never overlap.
* PERSON: individuals' names (full, given only, surname only). Titles and
  honorifics (Dr., Mr., Sra., Herr, Mme, Dott.) are outside the span; middle
  initials inside; "Last, First" written together is ONE span; HL7 "DOE^JOHN^A"
  and vCard N "Doe;John;A" are ONE span; ALL-CAPS / lowercase names labelled;
  possessive 's outside. NOT labelled: companies/brands named after people
  ("Müller & Söhne GmbH", "Ben & Jerry's"), pet names, usernames/handles,
  names that only occur inside an email address or URL.
* LOCATION: city / state / province / country / region used as a place.
  "City, ST" / "City, Country" written together is one span. Nationalities,
  languages, IATA codes, time-zone ids (Europe/Berlin) are not labelled.
* ADDRESS: street address incl. unit and, when written together, city, state,
  postcode, country; multi-line blocks are one span; P.O. boxes with their
  city count. Places inside an ADDRESS are not labelled separately.
  Single-field structured addresses (HL7 XAD "1 MAIN ST^^CITY^ST^12345",
  vCard ADR value) are one ADDRESS span. When a record splits the address into
  separate fields (FHIR line/city/state, EDI N3/N4, form "City:" field) the
  street line is ADDRESS, city and state/province fields are LOCATION each, and
  a bare postal code / country code field is not labelled.
* DATE_OF_BIRTH only where the text says it is a birth date (incl. HL7 PID-7,
  IN1-18, FHIR birthDate, vCard BDAY, EDI DMG).
* DATE_TIME: explicit calendar dates and explicit clock times in prose or in
  semantic fields (appointment, service date, DTSTART/DTEND, expiry,
  deadlines). Date+time written together (also joined by at/um/à/às/alle/a
  las/",") is ONE span; an attached weekday is included; "AM/PM" included.
* Hard negatives (never labelled): log-line timestamps, email Date: and
  Received: timestamps, HL7 MSH-7/EVN timestamps, X12 ISA/GS timestamps, ICS
  DTSTAMP/CREATED/LAST-MODIFIED, FHIR meta.lastUpdated, transcript/shift-log
  time prefixes at line start, epoch integers, durations, bare years,
  weekdays alone, relative times, order/invoice/tracking/ticket/claim/case/
  booking/escrow numbers, versions, UUIDs, commit SHAs, hashes, Luhn-invalid
  16-digit numbers, SSN-shaped numbers with area 000/666/9xx, masked values,
  ${VAR} / ${{ secrets.X }} references, brand names, pet names, drug names,
  ICD/CPT/LOINC/HS codes, NPIs, amounts, routing numbers, BIC codes, group
  numbers, IATA codes, room/seat numbers, licence plates, VINs, control ids.
* PHONE_NUMBER: all phone/fax numbers (incl. toll-free); "tel:"/"ext." outside.
* EMAIL_ADDRESS ("mailto:" outside); URL http/https only incl. path+query;
  IP_ADDRESS every concrete IPv4/IPv6 host (port / CIDR suffix outside). URLs
  never contain an IP or e-mail here.
* US_SSN only valid area/group/serial; CREDIT_CARD only full Luhn-valid PANs;
  IBAN_CODE only mod-97-valid (spaces inside the span when printed grouped).
* MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER (member/subscriber/policy ids of
  health plans), ACCOUNT_NUMBER (bank/utility/telecom/customer/patient
  account), DRIVER_LICENSE: the id only.
* Secrets: AWS_ACCESS_KEY, AWS_SECRET_KEY (40 chars), GITHUB_TOKEN, SLACK_TOKEN,
  STRIPE_KEY (sk_live_/rk_live_), JWT, PRIVATE_KEY (whole PEM block incl.
  BEGIN/END lines), PASSWORD (passwords/passcodes, incl. the password part of
  a DSN "user:PASS@host" and meeting passcodes), GENERIC_SECRET (other API
  keys, client secrets, webhook signing secrets, bearer tokens that are not
  JWTs). Kubernetes Secret data: values are labelled as the base64 string
  (PASSWORD when the key names a password, else GENERIC_SECRET).
"""

from __future__ import annotations

import argparse
import base64
import datetime as _dt
import ipaddress
import json
import re
import sys
import unicodedata
import uuid
from collections import Counter
from random import Random

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()

# short aliases used in templates: «P» -> PERSON etc.
ALIAS = {
    "P": "PERSON", "E": "EMAIL_ADDRESS", "PH": "PHONE_NUMBER", "SSN": "US_SSN",
    "CC": "CREDIT_CARD", "IBAN": "IBAN_CODE", "IP": "IP_ADDRESS",
    "DOB": "DATE_OF_BIRTH", "DT": "DATE_TIME", "LOC": "LOCATION", "ADDR": "ADDRESS",
    "URL": "URL", "MRN": "MEDICAL_RECORD_NUMBER", "HPN": "HEALTH_PLAN_NUMBER",
    "ACCT": "ACCOUNT_NUMBER", "DL": "DRIVER_LICENSE", "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY", "GH": "GITHUB_TOKEN", "SLACK": "SLACK_TOKEN",
    "STRIPE": "STRIPE_KEY", "JWT": "JWT", "PK": "PRIVATE_KEY", "PW": "PASSWORD",
    "SEC": "GENERIC_SECRET",
}
for _t in TYPES:
    ALIAS.setdefault(_t, _t)

_PH = re.compile(r"«([A-Z_]*)»")


class B:
    """Text builder: spans are recorded while labelled pieces are appended."""

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.ents: list[tuple[int, int, str]] = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            self.parts.append(x)
            self.pos += len(x)
        return self

    def e(self, typ, val):
        typ = ALIAS[typ]
        val = str(val)
        if not val or val != val.strip():
            raise ValueError(f"bad entity value {typ}: {val!r}")
        s = self.pos
        self.t(val)
        self.ents.append((s, self.pos, typ))
        return self

    def f(self, tpl, *vals):
        """Template with «TYPE» (labelled) and «» (plain) placeholders."""
        pieces = _PH.split(tpl)
        vi = 0
        for k, p in enumerate(pieces):
            if k % 2 == 0:
                if p:
                    self.t(p)
            else:
                v = vals[vi]
                vi += 1
                if p:
                    self.e(p, v)
                else:
                    self.t(v)
        if vi != len(vals):
            raise ValueError(f"template arity mismatch: {tpl[:40]!r}")
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- data pools
NAMES = {
    "us": (["James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "David", "Patricia",
            "DeShawn", "Tyrone", "Kayla", "Brittany", "Connor", "Megan", "Luis", "Ashley",
            "Travis", "Dakota", "Shanice", "Cody", "Rebecca", "Marcus"],
           ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez",
            "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Jackson",
            "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
            "Wright", "Scott", "Nguyen", "Hill", "Flores", "Kowalczyk", "O'Neill", "McAllister"]),
    "uk": (["Oliver", "Amelia", "Harry", "Isla", "George", "Siobhan", "Callum", "Niamh",
            "Rhys", "Eleanor", "Gareth", "Fiona"],
           ["Hughes", "Evans", "Patel", "Campbell", "Murphy", "Stewart", "Walsh", "Baker",
            "Price", "Fraser", "Doherty", "Bennett"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Matthias", "Sabine", "Jürgen", "Katrin", "Uwe",
            "Birgit", "Florian", "Stefanie", "Dieter", "Heike"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf", "Schröder", "Neumann"]),
    "fr": (["Jean", "Marie", "Pierre", "Camille", "Louis", "Chloé", "Antoine", "Élodie",
            "Mathieu", "Sylvie", "Théo", "Aurélie", "Jean-Luc", "Margaux"],
           ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy",
            "Moreau", "Lefèvre", "Fournier", "Girard", "Bonnet", "Rousseau"]),
    "es": (["José", "Carmen", "Antonio", "Lucía", "Javier", "Marta", "Alejandro", "Sofía",
            "Pablo", "Isabel", "María José", "Iñaki"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Ruiz", "Jiménez", "Navarro", "Etxeberria"]),
    "it": (["Giuseppe", "Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca",
            "Valentina", "Matteo", "Elena"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Conti", "De Luca"]),
    "pt": (["João", "Ana", "Pedro", "Mariana", "Tiago", "Beatriz", "Rafael", "Inês",
            "Thiago", "Larissa", "Gabriel", "Fernanda"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
            "Martins", "Sousa", "Gonçalves", "Carvalho", "Almeida"]),
    "nl": (["Jan", "Sanne", "Daan", "Emma", "Pieter", "Lotte", "Bram", "Femke", "Joost",
            "Marieke"],
           ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "van Dijk", "Hendriks"]),
    "pl": (["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Agnieszka", "Paweł",
            "Magdalena", "Łukasz", "Małgorzata"],
           ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Zieliński", "Lewandowski",
            "Dąbrowski", "Woźniak", "Kaczmarek"]),
    "sv": (["Erik", "Anna", "Lars", "Karin", "Johan", "Eva", "Mikael", "Sara", "Björn",
            "Ingrid"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
            "Persson", "Svensson", "Gustafsson", "Lindqvist"]),
    "tr": (["Mehmet", "Ayşe", "Mustafa", "Fatma", "Emre", "Zeynep", "Burak", "Elif",
            "Hüseyin", "Gülsüm"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
            "Aydın", "Özdemir"]),
    "ja": (["Hiroshi", "Yuki", "Takashi", "Akiko", "Kenji", "Naoko", "Daisuke", "Emi",
            "Shota", "Haruka"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto",
            "Nakamura", "Kobayashi", "Kato"]),
    "in": (["Priya", "Rahul", "Arjun", "Ananya", "Vikram", "Deepa", "Sanjay"],
           ["Sharma", "Patel", "Reddy", "Iyer", "Gupta", "Nair", "Chatterjee"]),
    "cn": (["Wei", "Na", "Jie", "Xiaoming", "Li", "Hui", "Jun"],
           ["Zhang", "Wang", "Chen", "Liu", "Huang", "Zhou", "Wu"]),
    "ko": (["Min-jun", "Ji-woo", "Seo-yeon", "Hyun-woo", "Eun-ji"],
           ["Kim", "Park", "Lee", "Choi", "Jung"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake"],
           ["Okafor", "Adeyemi", "Balogun", "Eze", "Okonkwo", "Abiodun"]),
    "ar": (["Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour"],
           ["Haddad", "Mansour", "El-Amin", "Khalil", "Saleh", "Nasser"]),
    "vn": (["Minh", "Lan", "Tuan", "Thao", "Duc"],
           ["Tran", "Le", "Pham", "Hoang", "Vu"]),
}
JA_NATIVE = (["健二", "由紀", "大輔", "明子", "翔太", "春香"],
             ["佐藤", "鈴木", "高橋", "田中", "渡辺", "中村"])
MIX = ["us", "us", "us", "uk", "in", "cn", "ko", "ng", "ar", "vn", "es", "de", "pl", "fr"]


# ---------------------------------------------------------------- name helpers
def first(r, c=None):
    return r.choice(NAMES[c or r.choice(MIX)][0])


def last(r, c=None):
    return r.choice(NAMES[c or r.choice(MIX)][1])


def fl(r, c=None):
    """(given, family) pair from one culture."""
    c = c or r.choice(MIX)
    return r.choice(NAMES[c][0]), r.choice(NAMES[c][1])


def person(r, c=None, style=None):
    g, f = fl(r, c)
    style = style or r.choice(["full"] * 6 + ["init", "mid", "lastfirst", "caps", "fullmid"])
    if style == "full":
        return f"{g} {f}"
    if style == "init":
        return f"{g[0]}. {f}"
    if style in ("mid", "fullmid"):
        return f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if style == "lastfirst":
        return f"{f}, {g}"
    if style == "caps":
        return f"{g} {f}".upper()
    return f"{g} {f}"


def uname(g, f, r):
    """username / e-mail local part derived from a name (never labelled as PERSON)."""
    g = _ascii(g).lower().replace(" ", "").replace("'", "")
    f = _ascii(f).lower().replace(" ", "").replace("'", "")
    return r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}", f"{f}.{g[0]}", f"{g}{f[:3]}"])


_TR = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "æ": "ae", "đ": "d"})


def _ascii(s):
    return unicodedata.normalize("NFKD", s.translate(_TR)).encode("ascii", "ignore").decode()


DOMAINS = ["buildright-gc.com", "northpeak-construct.com", "arcadia-arch.com", "meridian-eng.net",
           "harborfm.com", "keystone-pm.com", "atlas-rentals.com", "bluestone-builders.co.uk",
           "bauplan-gmbh.de", "batisud.fr", "constructora-levante.es", "edilnova.it",
           "obrasbrasil.com.br", "bouwgroep-noord.nl", "budmax.pl", "byggteam.se",
           "yapi-insaat.com.tr", "kensetsu-tokyo.co.jp", "gmail.com", "outlook.com", "yahoo.com",
           "proton.me", "icloud.com", "web.de", "orange.fr"]


def email(r, g=None, f=None, dom=None):
    if g is None:
        g, f = fl(r)
    return f"{uname(g, f, r)}@{dom or r.choice(DOMAINS)}"


def role_email(r, dom=None):
    return f"{r.choice(['ap', 'permits', 'safety', 'service', 'facilities', 'billing', 'rfi', 'dispatch'])}@{dom or r.choice(DOMAINS[:18])}"


def dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def an(r, n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alpha) for _ in range(n))


UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"


# ---------------------------------------------------------------- phones
def phone(r, cc=None):
    cc = cc or r.choice(["US", "US", "US", "GB", "DE", "FR", "ES", "IT", "BR", "NL", "PL", "SE",
                         "TR", "JP", "AU", "CA", "IN", "MX", "PT"])
    d = lambda n: dg(r, n)  # noqa: E731
    nz = lambda: str(r.randint(2, 9))  # noqa: E731
    if cc in ("US", "CA"):
        a = r.choice(["212", "415", "312", "617", "713", "206", "303", "404", "512", "602", "919"]
                     if cc == "US" else ["416", "604", "403", "514", "613"])
        x = nz() + d(2)
        l4 = d(4)
        return r.choice([f"({a}) {x}-{l4}", f"{a}-{x}-{l4}", f"{a}.{x}.{l4}", f"+1 {a} {x} {l4}",
                         f"+1-{a}-{x}-{l4}", f"1-800-{x}-{l4}", f"{a} {x} {l4}", f"1 ({a}) {x}-{l4}"])
    if cc == "GB":
        return r.choice([f"+44 20 7{d(3)} {d(4)}", f"020 7{d(3)} {d(4)}", f"+44 7700 {d(6)}",
                         f"0161 {d(3)} {d(4)}", f"07{d(3)} {d(6)}", f"+44 (0)113 {d(3)} {d(4)}"])
    if cc == "DE":
        return r.choice([f"+49 30 {d(8)}", f"030 {d(7)}", f"+49 (0)89 {d(3)} {d(4)}",
                         f"0171 {d(7)}", f"+49 221 {d(3)}-{d(3)}", f"040/{d(6)}-{d(2)}"])
    if cc == "FR":
        p = lambda: d(2)  # noqa: E731
        return r.choice([f"+33 1 {p()} {p()} {p()} {p()}", f"01 {p()} {p()} {p()} {p()}",
                         f"06 {p()} {p()} {p()} {p()}", f"+33 (0)4 {p()} {p()} {p()} {p()}",
                         f"07.{p()}.{p()}.{p()}.{p()}"])
    if cc == "ES":
        return r.choice([f"+34 91{d(1)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}",
                         f"93 {d(3)} {d(2)} {d(2)}", f"+34 6{d(2)} {d(3)} {d(3)}"])
    if cc == "IT":
        return r.choice([f"+39 02 {d(4)} {d(4)}", f"347 {d(3)} {d(4)}", f"06 {d(8)}",
                         f"+39 333 {d(7)}", f"011-{d(7)}"])
    if cc == "PT":
        return r.choice([f"+351 21 {d(3)} {d(4)}", f"912 {d(3)} {d(3)}", f"22 {d(3)} {d(4)}"])
    if cc == "BR":
        return r.choice([f"+55 11 9{d(4)}-{d(4)}", f"(11) 3{d(3)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}",
                         f"+55 (31) 9{d(4)}-{d(4)}"])
    if cc == "NL":
        return r.choice([f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"010 {d(3)} {d(4)}",
                         f"+31 6 {d(4)} {d(4)}"])
    if cc == "PL":
        return r.choice([f"+48 22 {d(3)} {d(2)} {d(2)}", f"60{d(1)} {d(3)} {d(3)}",
                         f"+48 512 {d(3)} {d(3)}", f"(12) {d(3)}-{d(2)}-{d(2)}"])
    if cc == "SE":
        return r.choice([f"+46 8 {d(3)} {d(3)} {d(2)}", f"070-{d(3)} {d(2)} {d(2)}",
                         f"08-{d(3)} {d(2)} {d(2)}", f"+46 70 {d(3)} {d(2)} {d(2)}"])
    if cc == "TR":
        return r.choice([f"+90 212 {d(3)} {d(2)} {d(2)}", f"0532 {d(3)} {d(2)} {d(2)}",
                         f"(0216) {d(3)} {d(2)} {d(2)}", f"+90 5{d(2)} {d(3)} {d(4)}"])
    if cc == "JP":
        return r.choice([f"03-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}",
                         f"06-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}", f"0120-{d(3)}-{d(3)}"])
    if cc == "AU":
        return r.choice([f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}",
                         f"1300 {d(3)} {d(3)}"])
    if cc == "IN":
        return r.choice([f"+91 9{d(4)} {d(5)}", f"+91-80-{d(4)}-{d(4)}", f"09{d(3)} {d(6)}"])
    if cc == "MX":
        return r.choice([f"+52 55 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"])
    return f"+1 {d(3)} {d(3)} {d(4)}"


# ---------------------------------------------------------------- places
US_CITIES = [("Austin", "TX", "Texas", "787"), ("Denver", "CO", "Colorado", "802"),
             ("Seattle", "WA", "Washington", "981"), ("Chicago", "IL", "Illinois", "606"),
             ("Boston", "MA", "Massachusetts", "021"), ("Phoenix", "AZ", "Arizona", "850"),
             ("Atlanta", "GA", "Georgia", "303"), ("Oakland", "CA", "California", "946"),
             ("San Diego", "CA", "California", "921"), ("Portland", "OR", "Oregon", "972"),
             ("Charlotte", "NC", "North Carolina", "282"), ("Columbus", "OH", "Ohio", "432"),
             ("Nashville", "TN", "Tennessee", "372"), ("Tampa", "FL", "Florida", "336"),
             ("Minneapolis", "MN", "Minnesota", "554"), ("Salt Lake City", "UT", "Utah", "841"),
             ("Raleigh", "NC", "North Carolina", "276"), ("Newark", "NJ", "New Jersey", "071")]
US_STREETS = ["Main", "Oak", "Maple", "Cedar", "Industrial", "Commerce", "Harbor", "Lakeview",
              "Market", "Mission", "Peachtree", "Congress", "Pine", "Washington", "Lincoln",
              "Riverside", "Airport", "Quarry", "Foundry", "Granite Ridge", "Sycamore"]
US_SUF = ["St", "Ave", "Blvd", "Rd", "Dr", "Way", "Pkwy", "Ln", "Street", "Avenue", "Court"]

INTL = {
    "GB": ("United Kingdom", [("London", "SW1A"), ("Manchester", "M1"), ("Leeds", "LS1"),
                              ("Bristol", "BS1"), ("Glasgow", "G2"), ("Birmingham", "B3")],
           ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Wharf Street"]),
    "DE": ("Deutschland", [("Berlin", "10115"), ("München", "80331"), ("Hamburg", "20095"),
                           ("Köln", "50667"), ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"),
                           ("Leipzig", "04109"), ("Düsseldorf", "40210")],
           ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schillerstraße",
            "Industriestraße", "Am Hafen", "Ringstraße"]),
    "FR": ("France", [("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13008"),
                      ("Toulouse", "31000"), ("Nantes", "44000"), ("Lille", "59000"), ("Bordeaux", "33000")],
           ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
            "chemin des Vignes", "allée des Tilleuls", "quai de la Loire"]),
    "ES": ("España", [("Madrid", "28013"), ("Barcelona", "08001"), ("Valencia", "46002"),
                      ("Sevilla", "41001"), ("Bilbao", "48001"), ("Málaga", "29001")],
           ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Paseo de Gracia",
            "Calle Sierpes", "Gran Vía"]),
    "IT": ("Italia", [("Milano", "20121"), ("Roma", "00184"), ("Torino", "10121"), ("Napoli", "80133"),
                      ("Bologna", "40121"), ("Firenze", "50123")],
           ["Via Roma", "Corso Vittorio Emanuele", "Via Garibaldi", "Viale Monza", "Via dei Mille",
            "Via Nazionale"]),
    "PT": ("Portugal", [("Lisboa", "1100-148"), ("Porto", "4000-322"), ("Braga", "4700-320"),
                        ("Coimbra", "3000-150")],
           ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Ouro"]),
    "BR": ("Brasil", [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"),
                      ("Curitiba", "PR"), ("Porto Alegre", "RS")],
           ["Avenida Paulista", "Rua das Flores", "Rua Augusta", "Avenida Brasil", "Rua da Consolação"]),
    "NL": ("Nederland", [("Amsterdam", "1015 CJ"), ("Rotterdam", "3011 AD"), ("Utrecht", "3511 LX"),
                         ("Den Haag", "2511 BT"), ("Eindhoven", "5611 AZ")],
           ["Keizersgracht", "Coolsingel", "Oudegracht", "Stationsplein", "Kerkstraat", "Havenweg"]),
    "PL": ("Polska", [("Warszawa", "00-590"), ("Kraków", "31-042"), ("Gdańsk", "80-831"),
                      ("Wrocław", "50-077"), ("Poznań", "61-772")],
           ["ul. Marszałkowska", "ul. Floriańska", "ul. Długa", "ul. Świdnicka", "al. Jerozolimskie",
            "ul. Budowlana"]),
    "SE": ("Sverige", [("Stockholm", "111 21"), ("Göteborg", "411 06"), ("Malmö", "211 22"),
                       ("Uppsala", "753 20")],
           ["Drottninggatan", "Kungsgatan", "Storgatan", "Södra Förstadsgatan", "Hamngatan"]),
    "TR": ("Türkiye", [("İstanbul", "34710"), ("Ankara", "06690"), ("İzmir", "35210"), ("Bursa", "16010")],
           ["Bağdat Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi", "İnönü Sokak"]),
    "AU": ("Australia", [("Sydney", "NSW 2000"), ("Melbourne", "VIC 3000"), ("Brisbane", "QLD 4000"),
                         ("Perth", "WA 6000")],
           ["George Street", "Collins Street", "Queen Street", "Hay Street"]),
    "CA": ("Canada", [("Toronto", "ON M5H 2N2"), ("Vancouver", "BC V6B 1A1"), ("Calgary", "AB T2P 1J9"),
                      ("Montréal", "QC H3B 2Y5")],
           ["King St W", "Granville St", "Stephen Ave SW", "Rue Sainte-Catherine O"]),
}
JP_ROM = [("Shibuya", "Shibuya-ku", "Tokyo", "150-0002"), ("Umeda", "Kita-ku", "Osaka", "530-0001"),
          ("Minatomirai", "Nishi-ku", "Yokohama", "220-0012"), ("Sakae", "Naka-ku", "Nagoya", "460-0008")]
JP_NAT = [("東京都", "渋谷区渋谷", "150-0002"), ("大阪府", "大阪市北区梅田", "530-0001"),
          ("神奈川県", "横浜市西区みなとみらい", "220-0012"), ("愛知県", "名古屋市中区栄", "460-0008")]


def us_addr(r, multiline=False, unit=None):
    city, st, _, z3 = r.choice(US_CITIES)
    street = f"{r.randint(10, 9899)} {r.choice(['', 'N ', 'S ', 'E ', 'W '])}{r.choice(US_STREETS)} {r.choice(US_SUF)}"
    if unit is None:
        unit = r.random() < 0.35
    u = r.choice(["Suite 210", "Unit 4B", "Bldg C", "Apt 12", "Ste 1400", "Floor 3"]) if unit else ""
    z = z3 + dg(r, 2) + (("-" + dg(r, 4)) if r.random() < 0.15 else "")
    if multiline:
        return (street + ("\n" + u if u else "") + f"\n{city}, {st} {z}"), city, st
    return (street + (", " + u if u else "") + f", {city}, {st} {z}"), city, st


def street_line(r, cc="US"):
    if cc == "US":
        return f"{r.randint(10, 9899)} {r.choice(US_STREETS)} {r.choice(US_SUF)}"
    _, _, streets = INTL[cc]
    s = r.choice(streets)
    n = r.randint(1, 180)
    if cc in ("GB", "FR", "AU", "CA"):
        return f"{n} {s}"
    if cc == "BR":
        return f"{s}, {n}"
    if cc == "TR":
        return f"{s} No: {n}"
    return f"{s} {n}"


def intl_addr(r, cc, multiline=False):
    """(address, city) for a country code."""
    if cc == "US":
        a, c, _ = us_addr(r, multiline)
        return a, c
    if cc == "JP":
        if r.random() < 0.5:
            pref, ward, z = r.choice(JP_NAT)
            return f"{z} {pref}{ward}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}", pref
        area, ku, city, z = r.choice(JP_ROM)
        return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {area}, {ku}, {city} {z}", city
    country, cities, _ = INTL[cc]
    city, pc = r.choice(cities)
    st = street_line(r, cc)
    sep = "\n" if multiline else ", "
    ctry = (sep + country) if r.random() < 0.3 else ""
    if cc == "GB":
        pc = f"{pc} {r.randint(1, 9)}{r.choice(UP)}{r.choice(UP)}"
        return f"{st}{sep}{city} {pc}{ctry}", city
    if cc in ("AU", "CA"):
        return f"{st}{sep}{city} {pc}{ctry}", city
    if cc == "BR":
        return f"{st} - {r.choice(['Centro', 'Bela Vista', 'Jardins', 'Savassi'])}{sep}{city} - {pc}, {dg(r, 5)}-{dg(r, 3)}{ctry}", city
    if cc == "IT":
        return f"{st}{sep}{pc} {city}{ctry}", city
    if cc == "TR":
        return f"{st}{r.choice(['', ' D: 4', ' Kat: 3'])}{sep}{pc} {city}{ctry}", city
    if cc == "ES" and r.random() < 0.4:
        st += f", {r.randint(1, 8)}º {r.choice('ABCD')}"
    if cc == "PL" and r.random() < 0.4:
        st += f"/{r.randint(1, 40)}"
    return f"{st}{sep}{pc} {city}{ctry}", city


def city_of(r, cc):
    if cc == "US":
        c, st, full, _ = r.choice(US_CITIES)
        return r.choice([f"{c}, {st}", c, f"{c}, {full}"])
    if cc == "JP":
        return r.choice(["Tokyo", "Osaka", "Yokohama", "Nagoya", "Sapporo"])
    country, cities, _ = INTL[cc]
    c = r.choice(cities)[0]
    return r.choice([c, c, f"{c}, {country}"])


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
}


def rdate(r, y0=2023, y1=2025):
    return _dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def rdob(r):
    return rdate(r, 1952, 2004)


def fmt_date(r, d, lang="en", style=None):
    M = MONTHS.get(lang, MONTHS["en"])
    m = M[d.month - 1]
    if lang == "en":
        opts = [f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
                d.isoformat(), f"{d.day:02d}-{m[:3]}-{d.year}", f"{m[:3]} {d.day}, {d.year}",
                f"{d.month}/{d.day}/{d.year % 100:02d}", f"{d.day:02d}/{d.month:02d}/{d.year}"]
    elif lang == "de":
        opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {m} {d.year}", f"{d.day}.{d.month}.{d.year}"]
    elif lang == "fr":
        opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}", f"{'1er' if d.day == 1 else d.day} {m} {d.year}"]
    elif lang == "es":
        opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}", f"{d.day}-{d.month:02d}-{d.year}"]
    elif lang == "it":
        opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
    elif lang == "pt":
        opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}"]
    elif lang == "nl":
        opts = [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {m} {d.year}"]
    elif lang == "pl":
        opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {m} {d.year}"]
    elif lang == "sv":
        opts = [d.isoformat(), f"{d.day} {m} {d.year}"]
    elif lang == "tr":
        opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {m} {d.year}"]
    elif lang == "ja":
        opts = [f"{d.year}年{d.month}月{d.day}日", f"{d.year}/{d.month:02d}/{d.day:02d}", f"令和{d.year - 2018}年{d.month}月{d.day}日"]
    elif lang == "iso":
        opts = [d.isoformat()]
    else:
        opts = [d.isoformat()]
    return opts[style] if style is not None else r.choice(opts)


def fmt_time(r, lang="en"):
    h, mi = r.randint(6, 18), r.choice([0, 0, 15, 30, 45, 10, 20, 40])
    if lang == "en":
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        return r.choice([f"{h12}:{mi:02d} {ap}", f"{h:02d}:{mi:02d}", f"{h12}:{mi:02d}{ap.lower()}", f"{h12} {ap}" if mi == 0 else f"{h12}:{mi:02d} {ap}"])
    if lang == "de":
        return r.choice([f"{h:02d}:{mi:02d} Uhr", f"{h}:{mi:02d}", f"{h}.{mi:02d} Uhr"])
    if lang in ("fr", "pt"):
        return r.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])
    if lang == "ja":
        return r.choice([f"{h}時{mi:02d}分", f"{h:02d}:{mi:02d}"])
    if lang == "nl":
        return r.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur"])
    return f"{h:02d}:{mi:02d}"


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las ", ", "],
        "it": [" alle ", ", "], "pt": [" às "], "nl": [" om "], "pl": [", godz. ", " "],
        "sv": [" kl. ", " "], "tr": [" saat ", " "], "ja": [" "]}


def dt(r, lang="en", time=None, wd=None, d=None):
    """An explicit calendar date (optionally with time and weekday) written as one span."""
    d = d or rdate(r)
    s = fmt_date(r, d, lang)
    if wd is None:
        wd = r.random() < 0.15
    if wd and lang in WEEKDAYS:
        w = WEEKDAYS[lang][d.weekday()]
        s = f"{w}, {s}" if lang != "en" or r.random() < 0.7 else f"{w[:3]} {s}"
    if time is None:
        time = r.random() < 0.4
    if time:
        s = s + r.choice(JOIN.get(lang, [" "])) + fmt_time(r, lang)
    return s


def dob(r, lang="en"):
    return fmt_date(r, rdob(r), lang)


def iso_ts(r, z=True):
    d = rdate(r)
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}" + ("Z" if z else "")


def log_ts(r, style=None):
    d = rdate(r)
    opts = [f"{d.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{dg(r, 3)}",
                     f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
                     f"[{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000]"]
    return opts[style] if style is not None else r.choice(opts)


def email_date_hdr(r):
    d = rdate(r)
    return f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} {r.randint(7, 19):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['-0500', '-0800', '+0100', '+0000', '-0600'])}"


# ---------------------------------------------------------------- checksummed ids
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def _luhn_complete(prefix, length, r):
    body = prefix + dg(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(r, grouped=None):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        n = _luhn_complete("4", 16, r)
    elif kind == "mc":
        n = _luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    elif kind == "amex":
        n = _luhn_complete(r.choice(["34", "37"]), 15, r)
    else:
        n = _luhn_complete("6011", 16, r)
    if grouped is None:
        grouped = r.random() < 0.6
    if not grouped:
        return n
    sep = r.choice([" ", "-"])
    if len(n) == 15:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def luhn_bad16(r):
    n = "4" + dg(r, 15)
    if luhn_ok(n):
        n = n[:-1] + str((int(n[-1]) + 1) % 10)
    return n


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11c2n", "ES": "4n4n2n10n", "IT": "1a5n5n12c", "NL": "4a10n",
             "GB": "4a6n8n", "PL": "8n16n", "PT": "4n4n11n2n", "SE": "3n16n1n", "TR": "5n1n16c",
             "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12c"}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    bban = ""
    for n, k in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        n = int(n)
        if k == "n":
            bban += dg(r, n)
        elif k == "a":
            bban += an(r, n, UP)
        else:
            bban += an(r, n, UP + "0123456789") if cc != "TR" else dg(r, n)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    s = cc + iban_check(cc, bban) + bban
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(r, sep="-"):
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def ssn_bad(r):
    a = r.choice(["000", "666", f"9{dg(r, 2)}"])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def aba(r):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    b = str(r.choice([0, 1, 2, 3])) + dg(r, 7)
    s = sum(int(c) * k for c, k in zip(b, w))
    return b + str((10 - s % 10) % 10)


def ipv4(r):
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 40)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"{r.choice([23, 34, 52, 64, 81, 98, 104, 142, 185, 203])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ipv6(r):
    return r.choice([f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}",
                     f"fe80::{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}",
                     f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xff):x}"])


def ip(r):
    return ipv6(r) if r.random() < 0.15 else ipv4(r)


def url(r, host=None, path=None):
    host = host or r.choice(["portal.harborfm.com", "app.procore.com", "acc.autodesk.com",
                             "permits.cityofaustin.gov", "www.buildright-gc.com", "tenants.keystone-pm.com",
                             "bim.arcadia-arch.com", "docs.google.com", "share.meridian-eng.net",
                             "us02web.zoom.us", "atlas-rentals.com", "aca-prod.accela.com"])
    path = path or r.choice([f"/projects/{dg(r, 6)}/rfis/{r.randint(1, 400)}", f"/wo/{dg(r, 5)}",
                             f"/s/{an(r, 10)}", f"/permit/status?id=BLD-{r.randint(2022, 2025)}-{dg(r, 5)}",
                             f"/j/{dg(r, 11)}", "/tenant/login", f"/docs/{an(r, 8)}/view?usp=sharing",
                             f"/download/submittal-{r.randint(100, 999)}.pdf"])
    return f"https://{host}{path}" if r.random() < 0.9 else f"http://{host}{path}"


# ---------------------------------------------------------------- secrets
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def aws_akid(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + an(r, 16, B32)


def aws_secret(r):
    return an(r, 1, ALNUM) + an(r, 38, B64) + an(r, 1, ALNUM)


def gh_token(r):
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + an(r, 36, ALNUM)


def slack_token(r):
    return r.choice(["xoxb", "xoxb", "xoxp"]) + f"-{dg(r, 11)}-{dg(r, 13)}-" + an(r, 24, ALNUM)


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + an(r, r.choice([24, 34, 99]), ALNUM)


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, sub=None):
    hdr = r.choice([{"alg": "HS256", "typ": "JWT"}, {"alg": "RS256", "typ": "JWT", "kid": an(r, 8)},
                    {"typ": "JWT", "alg": "ES256"}])
    now = r.randint(1690000000, 1740000000)
    pl = {"sub": sub or dg(r, 7), "iat": now, "exp": now + r.choice([900, 3600, 86400]),
          "scope": r.choice(["workorders:write", "permits:read", "badge.sync", "tenant"])}
    return f"{_b64u(json.dumps(hdr, separators=(',', ':')).encode())}.{_b64u(json.dumps(pl, separators=(',', ':')).encode())}.{an(r, 43, ALNUM + '-_')}"


def private_key(r):
    kind = r.choice(["RSA ", "EC ", "OPENSSH ", ""])
    n = r.randint(4, 8)
    lines = [an(r, 64 if kind != "OPENSSH " else 70, B64) for _ in range(n)] + [an(r, r.randint(12, 40), B64) + "=="]
    if kind == "OPENSSH ":
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
    return f"-----BEGIN {kind}PRIVATE KEY-----\n" + "\n".join(lines) + f"\n-----END {kind}PRIVATE KEY-----"


WORDS = ["Scaffold", "Rebar", "Trowel", "Gantry", "Formwork", "Joist", "Mortar", "Lintel", "Plinth",
         "Harbor", "Granite", "Crane", "Keystone", "Atlas", "Summit", "Falcon", "Cobalt", "Maple"]


def password(r):
    k = r.random()
    if k < 0.4:
        return f"{r.choice(WORDS)}{r.choice(['#', '!', '@', '$', '-', '_', '*'])}{r.randint(10, 9999)}"
    if k < 0.7:
        return an(r, 1, ALNUM) + an(r, r.randint(8, 14), ALNUM + "!#$%&*+-=?@^_") + an(r, 1, ALNUM)
    if k < 0.85:
        return f"{r.choice(WORDS).lower()}{r.randint(1, 99)}{r.choice(WORDS)}{r.choice(['!', '?', '#'])}{r.randint(1, 9)}"
    return f"{r.choice(WORDS)}{r.randint(2019, 2025)}{r.choice(['!', '#'])}"


def passcode(r):
    return r.choice([dg(r, 6), dg(r, 8), an(r, 6, ALNUM), f"{r.choice(WORDS)}{dg(r, 2)}"])


def generic_secret(r):
    k = r.randint(0, 6)
    if k == 0:
        return an(r, 32, HEX)
    if k == 1:
        return "SG." + an(r, 22, ALNUM + "-_") + "." + an(r, 43, ALNUM + "-_")
    if k == 2:
        return "whsec_" + an(r, 32, ALNUM)
    if k == 3:
        return "key-" + an(r, 32, HEX)
    if k == 4:
        return an(r, 40, ALNUM)
    if k == 5:
        return an(r, 1, ALNUM) + an(r, 42, B64) + "="
    return "AIza" + an(r, 35, ALNUM + "-_")


# ---------------------------------------------------------------- hard negatives
def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r, n=40):
    return an(r, n, HEX)


def ifc_guid(r):
    return r.choice("0123") + an(r, 21, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$")


def amount(r, cur="$", lo=50, hi=250000):
    v = r.randint(lo * 100, hi * 100) / 100
    if cur == "$":
        return f"${v:,.2f}"
    if cur == "€de":
        return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    if cur == "€fr":
        return f"{v:,.2f} €".replace(",", " ").replace(".", ",")
    if cur == "£":
        return f"£{v:,.2f}"
    return f"{v:,.2f} {cur}"


def version(r):
    return r.choice([f"{r.randint(2021, 2025)}.{r.randint(0, 3)}.{r.randint(0, 9)}",
                     f"{r.randint(1, 24)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(1, 400)}",
                     f"v{r.randint(1, 9)}.{r.randint(0, 19)}.{r.randint(0, 9)}"])


def vin(r):
    return an(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def plate(r):
    return r.choice([f"{an(r, 3, UP)}-{dg(r, 4)}", f"{dg(r, 1)}{an(r, 3, UP)}{dg(r, 3)}", f"B-{an(r, 2, UP)} {dg(r, 4)}",
                     f"{an(r, 2, UP)}-{dg(r, 3)}-{an(r, 2, UP)}"])


def permit_no(r):
    return r.choice([f"BLD-{r.randint(2022, 2025)}-{dg(r, 5)}", f"BP{dg(r, 8)}", f"{r.randint(2022, 2025)}-{dg(r, 6)}-CO",
                     f"ELEC-{dg(r, 6)}", f"PR-{dg(r, 4)}-{an(r, 2, UP)}"])


def wo_no(r):
    return r.choice([f"WO-{dg(r, 6)}", f"SR{dg(r, 7)}", f"TKT-{dg(r, 5)}", f"#{dg(r, 5)}", f"MR-{r.randint(2023, 2025)}-{dg(r, 4)}"])


def inv_no(r):
    return r.choice([f"INV-{dg(r, 5)}", f"{dg(r, 7)}", f"{r.randint(2023, 2025)}/{dg(r, 4)}", f"PA-{r.randint(1, 24):02d}-{dg(r, 4)}"])


def job_no(r):
    return r.choice([f"{r.randint(21, 25)}-{dg(r, 3)}", f"J{dg(r, 5)}", f"P{r.randint(2021, 2025)}.{dg(r, 3)}"])


def csi(r):
    return r.choice(["03 30 00", "05 12 00", "07 21 00", "08 71 00", "09 29 00", "22 11 16", "23 05 93",
                     "26 05 19", "31 23 16", "03 20 00", "07 92 00", "09 91 23"])


def apn(r):
    return f"{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}"


def epoch(r):
    return str(r.randint(1672531200, 1767225600))


BRANDS = ["John Deere 310SL", "Caterpillar 320 GC", "JLG 600S", "Genie GS-1930", "Bobcat S650",
          "Hilti TE 70-ATC", "Milwaukee M18 FUEL", "DeWalt DCD996", "Benjamin Moore Regal Select",
          "Sherwin-Williams ProMar 200", "Simpson Strong-Tie HDU8", "Kohler K-3810", "Otis Gen2",
          "Schindler 3300", "Trane XR16", "Carrier WeatherMaker", "Marshalltown 4508", "Stanley FatMax",
          "Ames Taping Tools", "Johnson Controls Metasys", "Honeywell Notifier", "Dr. Martens work boots",
          "Tommy Bahama Bay Blue", "Kenmore Elite", "Moen Align", "Hunter Douglas shades"]
PETS = ["Biscuit", "Rocky", "Luna", "Max", "Pepper", "Mochi", "Bruno", "Daisy"]


# ================================================================ document kinds (English)
def k_permit_application(r):
    b = B()
    addr, city, st = us_addr(r)
    og, of = fl(r, "us")
    ag, af = fl(r)
    b.f("BUILDING PERMIT APPLICATION«»Application #: «»\n", " " * r.randint(2, 12), permit_no(r))
    b.f(r.choice(["Date submitted: ", "Submitted on ", "Intake date: "]) + "«DT»\n\n", dt(r, time=False))
    b.f(r.choice(["Project address: ", "Site Address: ", "JOB ADDRESS: "]) + "«ADDR»\n", addr)
    b.f("Parcel/APN: «»   Zoning: «»   Occupancy: «»\n", apn(r), r.choice(["C-2", "R-3", "M-1", "PUD"]),
        r.choice(["B", "A-3", "R-2", "S-1"]))
    b.f("Scope: «»\nValuation: «»\n\n", r.choice([
        "Tenant improvement, 2nd floor office, non-structural partitions and MEP relocation",
        "New 3-story mixed-use building, Type V-A over I-A podium",
        "Re-roof 14,000 sf TPO over existing deck; replace 6 RTU curbs",
        "Demolition of interior non-bearing walls; new ADA restrooms"]), amount(r, "$", 8000, 900000))
    b.f("PROPERTY OWNER\nName: «P»\nPhone: «PH»\n", f"{og} {of}" if r.random() < 0.7 else f"{of.upper()}, {og.upper()}", phone(r, "US"))
    if r.random() < 0.6:
        b.f("Mailing address: «ADDR»\n", us_addr(r)[0])
    b.f("\nAPPLICANT / AGENT\nName: «P»\nCompany: «»\nE-mail: «E»\nCell: «PH»\n", f"{ag} {af}",
        r.choice(["Keystone Builders LLC", "Arcadia Architecture PC", "Meridian Engineering Group", "Northpeak Construction"]),
        email(r, ag, af), phone(r, "US"))
    b.f("Contractor license no.: «» (class B)\n", dg(r, 7))
    if r.random() < 0.5:
        b.f("\nPlan review fee «» charged to card «CC»\n", amount(r, "$", 200, 6000), card(r))
    else:
        b.f("\nPlan review fee «» — paid, card ending «», auth «»\n", amount(r, "$", 200, 6000), dg(r, 4), an(r, 6, UP + "0123456789"))
    b.t("I certify that the information above is correct.\n")
    return b


def k_inspection_report(r):
    b = B()
    addr, city, st = us_addr(r)
    insp = person(r, "us")
    b.f("FIELD INSPECTION REPORT — «»\n", r.choice(["Framing", "Footing / Foundation", "Rough Electrical", "Final Building", "Fire Sprinkler Hydro"]))
    b.f("Permit: «»   Inspection ID: «»\n", permit_no(r), dg(r, 8))
    b.f("Location: «ADDR»\n", addr)
    b.f("Inspected «DT» by Inspector «P» (badge «»)\n", dt(r, time=True), insp, dg(r, 4))
    b.f("Result: «»\n\nComments:\n", r.choice(["APPROVED", "PARTIAL", "CORRECTIONS REQUIRED", "FAILED - REINSPECT"]))
    items = [f"- IBC {r.randint(700, 1700)}.{r.randint(1, 9)}: fireblocking missing at soffit grid {r.choice('ABCDEF')}/{r.randint(1, 9)}",
             f"- NEC 110.26 clearance at panel {an(r, 2, UP)}-{r.randint(1, 4)} obstructed by stored material",
             f"- Hold-downs per S-{r.randint(1, 5)}.{r.randint(0, 9)} ({r.choice(BRANDS[10:11])}) installed, nut not snug",
             "- Guardrail height 40\" measured, min 42\" required",
             f"- Anchor bolt spacing exceeds 6'-0\" o.c. on line {r.randint(1, 12)}"]
    r.shuffle(items)
    b.t("\n".join(items[: r.randint(2, 4)]) + "\n\n")
    b.f("Site contact: «P», «PH»\n", person(r), phone(r, "US"))
    if r.random() < 0.6:
        b.f("Reinspection scheduled for «DT».\n", dt(r, time=True, wd=True))
    b.f("Call «PH» to schedule (IVR code «»).\n", phone(r, "US"), r.randint(100, 999))
    return b


def k_sub_invoice(r):
    b = B()
    co = r.choice(["Ridgeline Drywall Inc.", "Apex Mechanical LLC", "Summit Concrete Co.", "Blue Line Electric",
                   "Precision Steel Erectors", "Cornerstone Masonry"])
    addr = us_addr(r, multiline=True)[0]
    g, f = fl(r)
    b.f("«»\n«ADDR»\n", co, addr)
    b.f("Tel «PH» | «E»\n\nINVOICE «»\nDate: «DT»\nDue: «DT»\n", phone(r, "US"), role_email(r), inv_no(r),
        dt(r, time=False), dt(r, time=False))
    b.f("Bill to: «» — Attn: «P»\nJob: «» / «»\n\n", r.choice(["Northpeak Construction", "Keystone Builders LLC", "BuildRight GC"]),
        f"{g} {f}", job_no(r), r.choice(["Harbor Point Lofts", "Riverside Medical Office Bldg", "Lot 7 Warehouse", "Oak St Parking Structure"]))
    b.t("Description                                    Qty    Rate      Amount\n")
    for _ in range(r.randint(2, 5)):
        b.f("«» «»  «»  «»\n", r.choice(["Level 5/8\" Type X GWB hang+tape", "Cold-formed framing 362S162-54", "Conduit EMT 3/4\" install",
                                         "Rebar #5 place & tie", "Ductwork 24x12 galv.", "CMU 8\" grout-filled"]).ljust(44),
            str(r.randint(1, 900)).rjust(4), amount(r, "$", 1, 300).rjust(9), amount(r, "$", 500, 40000))
    b.f("\nRetainage 10%: «»\nTOTAL DUE: «»\n\n", amount(r, "$", 100, 9000), amount(r, "$", 5000, 150000))
    b.f("Remit via ACH — «», routing «», account «ACCT»\n", r.choice(["Chase", "Wells Fargo", "US Bank", "PNC", "Truist"]), aba(r), dg(r, r.randint(9, 12)))
    b.t("Please reference the invoice number on your payment. Questions? Contact ")
    b.f("«P» at «PH».\n", person(r) if r.random() < 0.5 else first(r), phone(r, "US"))
    return b


def k_lien_waiver(r):
    b = B()
    addr = us_addr(r)[0]
    b.t("CONDITIONAL WAIVER AND RELEASE ON PROGRESS PAYMENT\n(California Civil Code Section 8132)\n\nNOTICE: THIS DOCUMENT WAIVES THE CLAIMANT'S LIEN, STOP PAYMENT NOTICE, AND PAYMENT BOND RIGHTS EFFECTIVE ON RECEIPT OF PAYMENT.\n\n")
    b.f("Name of Claimant: «»\nName of Customer: «»\nJob Location: «ADDR»\nOwner: «P»\nThrough Date: «DT»\n\n",
        r.choice(["Summit Concrete Co.", "Apex Mechanical LLC", "Golden State Glazing"]),
        r.choice(["Northpeak Construction", "Keystone Builders LLC"]), addr, person(r, "us", "full"), dt(r, time=False))
    b.f("Maker of Check: «»\nAmount of Check: «»\nCheck Payable to: «»\n\n", r.choice(["Northpeak Construction", "Keystone Builders LLC"]),
        amount(r, "$", 5000, 300000), r.choice(["Summit Concrete Co.", "Apex Mechanical LLC"]))
    b.t("Exceptions: This document does not affect: (1) Retentions. (2) Extras for which the claimant has not received payment.\n\n")
    b.f("Claimant's Signature: /s/ «P»\nClaimant's Title: «»\nDate of Signature: «DT»\n", person(r, "us", "full"),
        r.choice(["Controller", "President", "Project Accountant"]), dt(r, time=False))
    if r.random() < 0.4:
        b.f("\nNotary: «P», Commission # «», expires «DT»\n", person(r, "us"), dg(r, 7), dt(r, time=False))
    return b


def k_incident_report(r):
    b = B()
    g, f = fl(r)
    b.f("SAFETY INCIDENT REPORT   Case «»   OSHA 300 log line «»\n\n", f"SIR-{r.randint(2023, 2025)}-{dg(r, 3)}", r.randint(1, 40))
    b.f("Injured employee: «P»\nEmployee ID: «»\nDate of birth: «DOB»\nPhone: «PH»\nHome address: «ADDR»\n",
        r.choice([f"{g} {f}", f"{f}, {g}", f"{g} {r.choice(UP)}. {f}"]), f"E{dg(r, 5)}", dob(r), phone(r, "US"), us_addr(r)[0])
    b.f("Trade / employer: «»\n\nDate & time of incident: «DT»\n", r.choice(["Ironworker / Precision Steel Erectors", "Laborer / Northpeak Construction",
                                                                                 "Electrician / Blue Line Electric"]), dt(r, time=True))
    b.f("Where: «» at «ADDR»\n", r.choice(["Level 3 east stair core", "Loading dock ramp", "Gridline C/7, mezzanine", "Trench T-4"]), us_addr(r)[0])
    b.t("Description: " + r.choice([
        "Worker stepped off the last rung of a 10' A-frame ladder and rolled left ankle.",
        "Laceration to right palm while cutting banding on rebar bundle; gloves not worn.",
        "Struck on hard hat by falling 2x4 from level above; no LOC reported.",
        "Eye irritation after grinding without face shield; flushed at eyewash station 2."]) + "\n")
    b.f("Witness: «P» («PH»)\nFirst aid by: «P»\n\n", person(r), phone(r, "US"), person(r))
    b.f("Treated at: «» — MRN «MRN»\n", r.choice(["Concentra Urgent Care", "CareNow Occupational Health", "St. Luke's Occ Med"]),
        r.choice([f"{dg(r, 8)}", f"MR{dg(r, 7)}", f"{dg(r, 3)}-{dg(r, 3)}-{dg(r, 3)}"]))
    if r.random() < 0.6:
        b.f("Health plan: «» member ID «HPN»\n", r.choice(["Aetna Choice POS II", "BCBS PPO", "UnitedHealthcare", "Cigna OAP"]),
            r.choice([f"W{dg(r, 9)}", f"{an(r, 3, UP)}{dg(r, 9)}", f"U{dg(r, 8)}01"]))
    else:
        b.f("Workers' comp claim # «» (carrier «»)\n", f"WC{dg(r, 9)}", r.choice(["Travelers", "Liberty Mutual", "Zurich"]))
    b.f("Recordable: «»  Lost days: «»\nSupervisor: «P»   Reported «DT»\n", r.choice(["Yes", "No"]), r.randint(0, 5), person(r),
        dt(r, time=True))
    return b


def k_revit_journal(r):
    b = B()
    d = rdate(r)
    srv = r.choice(["FS01", "bimserver", "NAS-ARCH", "pdx-fs02"])
    proj = r.choice(["HarborPoint_ARCH_R24", "RMOB_STR_Central", "Lot7_MEP_2024", "OakSt_PKG_A"])
    ipa = ipv4(r)
    b.f("' Build: «» («»)\n' Journal file: journal.«».txt\n", f"{r.randint(2022, 2025)}.{r.randint(0, 2)}.{r.randint(0, 9)}.{r.randint(10, 99)}", "x64", dg(r, 4))
    b.t(f"'C {d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year} {r.randint(7, 11):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{dg(r, 3)};   0:< started recording journal file\n")
    b.t(f"' [Jrn.BasicFileInfo] Rvt.Attr.Username: {uname(*fl(r), r)}\n")
    b.f("'H «»;   0:< Initial VM: Avail «» MB, Used «» MB\n", f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year} 09:{r.randint(10, 59)}:{r.randint(10, 59)}.{dg(r, 3)}", r.randint(20000, 60000), r.randint(900, 4000))
    b.f("Jrn.Command \"Ribbon\" , \"Open a Revit-compatible file , ID_REVIT_FILE_OPEN\"\n  Jrn.Data \"File Name\" , \"IDOK\" , \"\\\\«»\\Projects\\«»\\«».rvt\"\n", srv, job_no(r), proj)
    b.f("' 0:< ::120:: Central server «IP» reachable, latency «» ms\n", ipa, r.randint(2, 90))
    b.f("' 0:< Worksharing: element borrowed GUID «»\n", uid(r))
    if r.random() < 0.6:
        b.f("' 0:< Cloud model link «URL»\n", url(r, "acc.autodesk.com", f"/docs/files/projects/{uid(r)}?folderUrn=urn%3Aadsk.wipprod%3Afs.folder%3Aco.{an(r, 22, ALNUM)}"))
    b.f("' 0:< DBG_WARN: Identical instances in same place. ElementId «», «»\n", r.randint(100000, 999999), r.randint(100000, 999999))
    if r.random() < 0.35:
        b.f("' 0:< Proxy auth header set: Bearer «SEC»\n", an(r, 40, ALNUM))
    b.f("' 0:< Sync with central complete, elapsed «» s\n", round(r.uniform(3, 240), 2))
    return b


def k_flexlm_log(r):
    b = B()
    host = r.choice(["LICSRV01", "lic-aec-02", "flex01.meridian.local"])
    ipa = ipv4(r)
    b.f("{}:{} (lmgrd) FlexNet Licensing (v«» build «» x64_n6) started on «» (IBM PC)\n".format(r.randint(0, 23), r.randint(10, 59)),
        "11.19.4.0", r.randint(100000, 999999), host)
    for _ in range(r.randint(5, 9)):
        t = f"{r.randint(0, 23):2d}:{r.randint(10, 59)}:{r.randint(10, 59)}"
        feat = r.choice(["87545ACD_2024_0F", "86984ARCHDESK_2023_0F", "RVT_2025_0F", "NAVMAN_F", "CIVIL3D_2024_0F"])
        u = uname(*fl(r), r)
        ws = f"WS-{r.choice(['ARCH', 'STR', 'MEP', 'CIV'])}-{r.randint(100, 199)}"
        b.t(f"{t} (adskflex) {r.choice(['OUT', 'IN', 'DENIED'])}: \"{feat}\" {u}@{ws}  \n")
    b.f("{} (lmgrd) TCP_NODELAY NOT enabled; client «IP» port «»\n".format(f"{r.randint(0, 23):2d}:{r.randint(10, 59)}:{r.randint(10, 59)}"), ipa, r.choice([2080, 27000, 27001]))
    if r.random() < 0.6:
        ag, af = fl(r)
        b.f("# licence admin: «P» <«E»> ext. «»\n", r.choice([f"{ag} {af}", f"{af}, {ag}"]), email(r, ag, af), r.randint(100, 999))
    else:
        b.f("# server moved to «IP» — contact «E»\n", ip(r), role_email(r))
    return b


def sig(b, r, g, f, cc="US", addr=True):
    b.f("\n--\n«P»\n«»\n", f"{g} {f}", r.choice(["Project Manager", "Senior Project Architect", "Superintendent", "Facilities Coordinator",
                                                  "Estimator", "Project Engineer, PE", "Property Manager"]))
    b.t(r.choice(["Northpeak Construction", "Arcadia Architecture PC", "Meridian Engineering Group", "Harbor Facility Services",
                  "Keystone Property Management"]) + "\n")
    if addr:
        b.f("«ADDR»\n", intl_addr(r, cc)[0])
    b.f(r.choice(["O: «PH» | M: «PH»\n", "Office «PH»  Mobile «PH»\n", "T «PH» / C «PH»\n"]), phone(r, cc), phone(r, cc))


def k_tenant_request(r):
    b = B()
    g, f = fl(r)
    unit = f"{r.randint(1, 24)}{r.choice('ABCDEFGH')}"
    addr = us_addr(r, unit=False)[0]
    b.f("Maintenance Request «» | Priority: «» | Status: Open\n", wo_no(r), r.choice(["Emergency", "High", "Normal", "Low"]))
    b.f("Submitted via resident portal (session «»)\n\n", uid(r))
    b.f("Resident: «P»\nUnit: «»\nProperty: «ADDR»\nPhone: «PH»\nEmail: «E»\n", r.choice([f"{g} {f}", f"{f}, {g}", f"{g} {f}".upper()]),
        unit, addr, phone(r), email(r, g, f))
    b.f("Category: «»\n\nDescription:\n«»", r.choice(["Plumbing > Leak", "HVAC > No heat", "Appliance > Dishwasher", "Electrical > Outlet",
                                                     "Doors/Locks"]), r.choice([
        "Water dripping from the ceiling light in the bathroom, getting worse since last night.",
        "Heat pump blowing cold air, thermostat shows AUX HEAT, apartment is 58F.",
        "Dishwasher (Kenmore Elite) won't drain, standing water with a bad smell.",
        "Kitchen GFCI outlet trips whenever the microwave runs.",
        "Front door deadbolt sticks, key hard to turn."]))
    if r.random() < 0.5:
        b.f(" Our dog «» will be crated.", r.choice(PETS))
    b.t("\n")
    b.f("\nPermission to enter: «»\nPreferred window: «DT»\n", r.choice(["Yes", "Yes - with notice", "No, call first"]), dt(r, time=True, wd=True))
    if r.random() < 0.5:
        b.f("Alternate contact: «P» «PH»\n", person(r), phone(r))
    b.f("\n[Staff note] Assigned to «P» (tech #«»). Parts: «» filter x2.\n", first(r) if r.random() < 0.5 else person(r), r.randint(10, 99),
        r.choice(["MERV 8 16x25x1", "Moen 1222 cartridge", "Whirlpool W10348269"]))
    return b


def k_badge_csv(r):
    b = B()
    sep = r.choice([",", ";", "\t"])
    cols = ["badge_id", "first_name", "last_name", "company", "email", "mobile", "access_level", "issued", "expires", "last_swipe_epoch"]
    if r.random() < 0.5:
        cols = [c.upper() for c in cols]
    b.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 7)):
        g, f = fl(r)
        if r.random() < 0.2:
            g, f = g.upper(), f.upper()
        d1 = rdate(r, 2023, 2024)
        d2 = d1 + _dt.timedelta(days=r.choice([90, 180, 365]))
        b.f(sep.join(["«»", "«P»", "«P»", "«»", "«E»", "«PH»", "«»", "«DT»", "«DT»", "«»"]) + "\n",
            f"{r.randint(10, 99)}:{dg(r, 5)}", g, f,
            r.choice(["Northpeak Construction", "Blue Line Electric", "Ridgeline Drywall", "Visitor", "Otis Elevator"]),
            email(r, g, f), phone(r, r.choice(["US", "US", "CA", "MX"])),
            r.choice(["GC-ALL", "L1-L4", "Roof+Mech", "Escort req.", "Dock only"]),
            fmt_date(r, d1, "iso"), fmt_date(r, d2, "en", r.choice([0, 2, 3])), epoch(r))
    b.f("# exported from «» by «» — «» rows\n", r.choice(["Lenel OnGuard 8.0", "Genetec Security Center 5.11", "Brivo Access"]),
        r.choice(["svc_badge_sync", "admin", "secops"]), r.randint(3, 7))
    return b


def k_rental_agreement(r):
    b = B()
    g, f = fl(r, "us")
    st = r.choice(["TX", "CA", "WA", "CO", "FL", "IL", "NY"])
    dlno = {"TX": dg(r, 8), "CA": r.choice(UP) + dg(r, 7), "WA": f"WDL{an(r, 4, UP)}{dg(r, 3)}{an(r, 2, UP)}", "CO": f"{dg(r, 2)}-{dg(r, 3)}-{dg(r, 4)}",
            "FL": f"{r.choice(UP)}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}", "IL": f"{r.choice(UP)}{dg(r, 3)}-{dg(r, 4)}-{dg(r, 4)}",
            "NY": f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}"}[st]
    out = rdate(r)
    b.f("ATLAS EQUIPMENT RENTALS — RENTAL CONTRACT «»\nBranch «» | Counter: «»\n\n", f"RC{dg(r, 7)}", r.randint(100, 480), uname(*fl(r), r))
    b.f("Customer acct: «ACCT»\nRenter: «P»\nDriver license: «DL» («»)   DOB: «DOB»\n", f"{dg(r, 3)}-{dg(r, 5)}", f"{g} {f}", dlno, st, dob(r))
    b.f("Address: «ADDR»\nCell: «PH»\nJobsite: «ADDR»\n\n", us_addr(r)[0], phone(r, "US"), us_addr(r)[0])
    b.f("Equipment: «» Ser# «»  VIN «»\nHour meter out: «»\n", r.choice(BRANDS[:6]), f"{an(r, 4, UP)}{dg(r, 6)}", vin(r), round(r.uniform(100, 4000), 1))
    b.f("Out: «DT»\nDue back: «DT»\n", dt(r, time=True, d=out), dt(r, time=True, d=out + _dt.timedelta(days=r.choice([1, 7, 28]))))
    b.f("Rate: «»/day, «»/week, «»/4wk   Damage waiver 15%   Env. fee «»\n", amount(r, "$", 150, 600), amount(r, "$", 600, 2200),
        amount(r, "$", 1500, 6000), amount(r, "$", 5, 40))
    if r.random() < 0.7:
        b.f("Deposit card: «CC»\n", card(r))
    else:
        b.f("Deposit card: XXXX-XXXX-XXXX-«» (on file)\n", dg(r, 4))
    b.f("Trailer plate: «»\n\nRenter signature: «P»   Date: «DT»\n", plate(r), f"{g} {f}", dt(r, time=False, d=out))
    return b


def k_rfi_email(r):
    b = B()
    g1, f1 = fl(r)
    g2, f2 = fl(r)
    e1, e2 = email(r, g1, f1, r.choice(DOMAINS[:5])), email(r, g2, f2, r.choice(DOMAINS[:5]))
    n = r.randint(1, 250)
    b.f("From: «P» <«E»>\nTo: «P» <«E»>\n", f"{g1} {f1}", e1, f"{g2} {f2}", e2)
    if r.random() < 0.5:
        b.f("Cc: «E»\n", role_email(r))
    b.f("Date: «»\nSubject: RFI #«» – «»\nMessage-ID: <«»@mail.«»>\n\n", email_date_hdr(r), f"{n:03d}",
        r.choice(["Beam pocket conflict at grid D/4", "Door hardware set 12 clarification", "Slab edge embed spacing",
                  "Roof drain overflow elevation"]), uid(r), r.choice(DOMAINS[:5]))
    b.f("Hi «P»,\n\n", g2)
    b.f("Per drawing «» detail «», the «». Please confirm «» before «DT», otherwise we lose the crane window.\n",
        f"{r.choice(['A', 'S', 'M', 'E'])}-{r.randint(100, 599)}", r.randint(1, 12),
        r.choice(["W12x26 beam bears on the CMU pocket shown 4\" short", "duct main clashes with the sprinkler main in Navisworks clash test 14",
                  "anchor bolt layout does not match the column base plate"]),
        r.choice(["the revised dimension", "whether we can shift the duct 6\" up", "the embed spacing"]), dt(r, time=r.random() < 0.5, wd=True))
    b.f("Model link: «URL»\n", url(r))
    sig(b, r, g1, f1, r.choice(["US", "US", "CA", "GB"]))
    return b


def k_daily_report(r):
    b = B()
    d = rdate(r)
    b.f("DAILY CONSTRUCTION REPORT #«»\nProject: «» (Job «»)\nDate: «DT»\nSuperintendent: «P»\n", r.randint(1, 400),
        r.choice(["Harbor Point Lofts", "Riverside MOB", "Lot 7 Warehouse", "Cedar Elementary Addition"]), job_no(r), dt(r, time=False, d=d, wd=True), person(r))
    b.f("Weather: «», high «»F, wind «» mph\n\nMANPOWER\n", r.choice(["Clear", "Overcast", "Rain AM", "Snow flurries"]), r.randint(20, 101), r.randint(0, 30))
    for co in r.sample(["Summit Concrete", "Blue Line Electric", "Apex Mechanical", "Ridgeline Drywall", "Precision Steel", "Otis Elevator"], 3):
        b.t(f"  {co}: {r.randint(1, 18)} workers, {r.randint(8, 140)} hrs\n")
    b.t("\nDELIVERIES\n")
    b.f("  «» — «» (ticket «»)\n", r.choice(["Ready-mix 9 yd", "Rebar #4/#5", "Glazing units"]), r.choice(["Cemex", "Nucor", "Oldcastle"]), dg(r, 7))
    b.t("\nVISITORS\n")
    b.f("  «P» («») «DT» – «DT»\n", person(r), r.choice(["city inspector", "owner's rep", "structural EOR"]), fmt_time(r), fmt_time(r))
    b.f("  «P» — third-party testing, cylinders set «»\n", person(r), f"CT-{dg(r, 4)}")
    b.f("\nNOTES\nPour for L2 deck moved to «DT». Pump truck confirmed with «P» «PH».\n", dt(r, time=True), person(r), phone(r, "US"))
    return b


def k_vendor_ach(r):
    b = B()
    g, f = fl(r)
    intl = r.random() < 0.35
    b.t("VENDOR PAYMENT ENROLLMENT (ACH / WIRE)\n" + "=" * 38 + "\n")
    b.f("Vendor legal name: «»\nVendor #: «»\nRemit-to address: «ADDR»\n", r.choice(["Ridgeline Drywall Inc.", "Cornerstone Masonry LLC",
                                                                                    "Nordic Facade Systems AB", "Precision Steel Erectors"]),
        f"V{dg(r, 6)}", intl_addr(r, "US" if not intl else r.choice(["SE", "DE", "NL", "GB"]))[0])
    b.f("AP contact: «P»\nTitle: «»\nPhone: «PH»\nE-mail for remittance: «E»\n\n", r.choice([f"{g} {f}", f"{f}, {g}"]),
        r.choice(["Controller", "Office Manager", "CFO"]), phone(r), email(r, g, f))
    if intl:
        b.f("Bank: «»\nIBAN: «IBAN»\nSWIFT/BIC: «»\n", r.choice(["Deutsche Bank", "SEB", "ING Bank", "Barclays"]), iban(r, r.choice(["DE", "SE", "NL", "GB"])),
            r.choice(["DEUTDEFF", "ESSESESS", "INGBNL2A", "BARCGB22"]))
    else:
        b.f("Bank name: «»\nABA routing #: «»\nAccount #: «ACCT»\nAccount type: «»\n", r.choice(["Chase", "Bank of America", "Frost Bank", "KeyBank"]),
            aba(r), dg(r, r.randint(8, 12)), r.choice(["Checking", "Savings"]))
    b.f("\nFederal EIN: «»-«»\n", dg(r, 2), dg(r, 7))
    b.f("Authorized signer: «P»   Date: «DT»\n", person(r), dt(r, time=False))
    b.t("Attach voided check or bank letter. Changes to banking info are verified by call-back to the number on file, never the number in the request.\n")
    return b


def k_w9_chat(r):
    b = B()
    g, f = fl(r, "us")
    ap = fl(r)
    t0 = r.randint(8, 15)
    m0 = r.randint(10, 50)
    b.t(f"#ap-vendors — Teams chat export\n")
    b.f("[{:02d}:{:02d}] «P»: hey, need a W-9 for the new sole-prop flooring sub before I can cut the first check\n".format(t0, m0), f"{ap[0]} {ap[1]}")
    b.f("[{:02d}:{:02d}] «P»: he texted me his info, pasting:\n".format(t0, m0), person(r))
    b.f("Name: «P»\nDBA: «»\nSSN: «SSN»\nAddress: «ADDR»\nPhone: «PH»\n", f"{g} {f}", r.choice(["Lone Star Flooring", "Precision Tile & Stone", "Top Notch Epoxy"]),
        ssn(r, r.choice(["-", "-", " ", ""])), us_addr(r)[0], phone(r, "US"))
    b.f("[{:02d}:{:02d}] «P»: please don't paste SSNs in chat 🙃 — upload to the vendor portal: «URL»\n".format(t0 + 1, m0 + 3),
        ap[0], url(r, "vendors.northpeak-construct.com", "/onboarding/w9"))
    b.f("[{:02d}:{:02d}] «P»: also the one he sent last week ended «» and the number «» on the old form bounced as invalid\n".format(t0 + 1, m0 + 5),
        ap[0], f"***-**-{dg(r, 4)}", ssn_bad(r))
    return b


def k_certified_payroll(r):
    b = B()
    wk = rdate(r)
    b.t("U.S. Department of Labor — PAYROLL (WH-347)  [pasted from spreadsheet]\n")
    b.f("Contractor: «»   Payroll No. «»   For week ending «DT»\nProject & location: «» — «LOC»   Project/Contract No. «»\n\n",
        r.choice(["Summit Concrete Co.", "Blue Line Electric", "Apex Mechanical LLC"]), r.randint(1, 60), dt(r, time=False, d=wk),
        r.choice(["VA Clinic Expansion", "I-35 Bridge Deck Rehab", "County Courthouse Annex"]), city_of(r, "US"), f"W912{an(r, 2, UP)}-{dg(r, 2)}-C-{dg(r, 4)}")
    b.t("Name / Address / SSN | Class | Hrs M-F | Rate | Gross | FICA | Net\n")
    for _ in range(r.randint(2, 4)):
        g, f = fl(r)
        full = r.random() < 0.4
        b.f("«P», «ADDR», ", f"{f.upper()}, {g.upper()}" if r.random() < 0.5 else f"{g} {f}", us_addr(r)[0])
        if full:
            b.f("SSN «SSN»", ssn(r))
        else:
            b.f("xxx-xx-«»", dg(r, 4))
        b.f(" | «» | «» | «» | «» | «» | «»\n", r.choice(["Laborer Grp 2", "Electrician JW", "Cement Mason", "Operator Grp 1"]),
            " ".join(str(r.choice([0, 8, 8, 10])) for _ in range(5)), amount(r, "$", 22, 65), amount(r, "$", 800, 3000),
            amount(r, "$", 60, 230), amount(r, "$", 600, 2500))
    b.f("\nStatement of compliance signed by «P», «», on «DT»\n", person(r), r.choice(["Payroll Administrator", "Owner"]), dt(r, time=False))
    return b


def k_procore_webhook(r):
    b = B()
    g, f = fl(r)
    sec = generic_secret(r)
    b.f("POST /hooks/procore HTTP/1.1\nHost: integrations.northpeak-construct.com\nX-Forwarded-For: «IP»\nUser-Agent: Procore-Webhooks/«»\n", ipv4(r), version(r))
    b.f("X-Procore-Signature: sha256=«»\nContent-Type: application/json\n\n", sha(r, 64))
    pid = r.randint(100000, 999999)
    b.t("{\n")
    b.f('  "id": «»,\n  "ulid": "«»",\n  "timestamp": "«»",\n  "resource_name": "«»",\n  "event_type": "update",\n  "company_id": «»,\n  "project_id": «»,\n',
        r.randint(10**8, 10**9), an(r, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), iso_ts(r), r.choice(["RFIs", "Submittals", "Observations", "Change Events"]),
        r.randint(1000, 99999), pid)
    b.f('  "user": {"id": «», "name": "«P»", "login": "«E»"},\n', r.randint(10**6, 10**7), f"{g} {f}", email(r, g, f))
    b.f('  "payload": {"resource_id": «», "status": "open", "due_date": "«DT»", "assignee_phone": "«PH»"}\n}\n\n',
        r.randint(10**6, 10**7), rdate(r).isoformat(), phone(r, "US"))
    b.f("# webhook config (from .env on the integration box)\nPROCORE_WEBHOOK_SECRET=«SEC»\nPROCORE_CLIENT_ID=«»\n", sec, an(r, 43, ALNUM))
    if r.random() < 0.5:
        b.f("PROCORE_CLIENT_SECRET=«SEC»\n", an(r, 43, ALNUM))
    b.f("CALLBACK_URL=«URL»\n", url(r, "integrations.northpeak-construct.com", "/oauth/procore/callback"))
    return b


def k_acc_config(r):
    b = B()
    b.f("# aps-sync/config.yaml — Autodesk Platform Services → data lake\n# maintained by «»  (rev «»)\n", r.choice(["bim-ops", "vdc-team"]), sha(r, 7))
    b.t("aps:\n")
    b.f("  client_id: «»\n  client_secret: «SEC»\n  callback_url: «URL»\n  scopes: [data:read, data:write, account:read]\n",
        an(r, 32, ALNUM), an(r, 16, ALNUM), url(r, "bimsync.meridian-eng.net", "/api/aps/callback"))
    b.f("  hub_id: b.«»\n", uid(r))
    b.t("storage:\n  bucket: s3://mer-bim-archive-prod\n")
    b.f("  aws_access_key_id: «AKID»\n  aws_secret_access_key: «ASK»\n  region: us-west-2\n", aws_akid(r), aws_secret(r))
    b.t("database:\n")
    u = r.choice(["aps_sync", "bimsvc", "etl"])
    b.f("  dsn: postgresql://«»:«PW»@«»:5432/bim\n", u, password(r), r.choice(["db.internal.meridian-eng.net", "pg-bim-01", "bimdb.cluster-ro.rds.amazonaws.com"]))
    b.f("notify:\n  slack_token: «SLACK»\n  channel: \"#vdc-alerts\"\n", slack_token(r))
    b.f("  fallback_email: «E»\n", role_email(r))
    b.f("logging:\n  level: INFO\n  sentry_dsn: ${SENTRY_DSN}\n  app_version: «»\n", version(r))
    return b


def k_dotenv(r):
    b = B()
    b.f("# tenant-portal/.env.production  (DO NOT COMMIT)\nAPP_ENV=production\nAPP_VERSION=«»\nAPP_URL=«URL»\n",
        version(r), url(r, "tenants.keystone-pm.com", "/"))
    u = r.choice(["portal", "keystone_app", "fm_rw"])
    host = r.choice(["pg-prod-01.internal", "keystone-db.c9x2.us-east-1.rds.amazonaws.com", "db"])
    b.f("DATABASE_URL=postgres://«»:«PW»@«»:5432/portal?sslmode=require\n", u, password(r), host)
    b.f("REDIS_URL=redis://«IP»:6379/0\n", ipv4(r))
    b.f("STRIPE_SECRET_KEY=«STRIPE»\nSTRIPE_PUBLISHABLE_KEY=pk_live_«»\nSTRIPE_WEBHOOK_SECRET=«SEC»\n", stripe_key(r), an(r, 24, ALNUM), "whsec_" + an(r, 32, ALNUM))
    b.f("AWS_ACCESS_KEY_ID=«AKID»\nAWS_SECRET_ACCESS_KEY=«ASK»\nS3_BUCKET=keystone-lease-docs\n", aws_akid(r), aws_secret(r))
    b.f("SENDGRID_API_KEY=«SEC»\nMAIL_FROM=«E»\n", "SG." + an(r, 22, ALNUM + "-_") + "." + an(r, 43, ALNUM + "-_"), role_email(r, "keystone-pm.com"))
    if r.random() < 0.5:
        b.f("JWT_SIGNING_SECRET=«SEC»\n", an(r, 48, ALNUM))
    b.f("TWILIO_FROM=«PH»\nSUPPORT_PHONE=«PH»\n", phone(r, "US"), phone(r, "US"))
    b.t("FEATURE_FLAGS=rent_autopay,work_order_photos\nSESSION_TTL=3600\nGITHUB_TOKEN=${GITHUB_TOKEN}\n")
    return b


def k_slack_export(r):
    b = B()
    ppl = [fl(r) for _ in range(3)]
    msgs = []
    b.t('[\n')
    lines = [
        ("Crane inspection moved to «DT», {0} please confirm with the operator", ["DT"]),
        ("site gate code changed, new one is in the pinned post (not here!)", []),
        ("{0} can you call the glazing sub at «PH»? they're asking for the L4 sill detail", ["PH"]),
        ("FYI badge printer down, use temp badges, log plate numbers like {1}", []),
        ("owner walk with «P» is «DT», wear PPE", ["P", "DT"]),
        ("concrete tickets for the L2 pour are in the folder «URL»", ["URL"]),
    ]
    r.shuffle(lines)
    for k, (tpl, _) in enumerate(lines[: r.randint(3, 5)]):
        g, f = r.choice(ppl)
        other = r.choice([p for p in ppl if p[0] != g] or [fl(r)])[0]
        b.f('  {"type": "message", "user": "U0«»", "user_profile": {"real_name": "«P»", "display_name": "«»"},\n', an(r, 8, UP + "0123456789"), f"{g} {f}", uname(g, f, r))
        b.f('   "ts": "«».«»", "text": "', epoch(r), dg(r, 6))
        tpl = tpl.replace("{0}", other).replace("{1}", plate(r))
        vals = []
        for m in _PH.findall(tpl):
            vals.append({"DT": lambda: dt(r, time=True), "PH": lambda: phone(r, "US"), "P": lambda: person(r), "URL": lambda: url(r)}[m]())
        # the addressee's given name is a PERSON too
        pre, _, post = tpl.partition(other) if other in tpl else (tpl, "", "")
        if _:
            b.f(pre, *vals[: len(_PH.findall(pre))])
            b.e("P", other)
            b.f(post, *vals[len(_PH.findall(pre)):])
        else:
            b.f(tpl, *vals)
        b.t('"}' + (",\n" if k < 10 else "\n"))
    b.t("  {\"type\": \"message\", \"subtype\": \"channel_join\", \"ts\": \"" + epoch(r) + ".000200\", \"text\": \"joined #site-ops\"}\n]\n")
    return b


def k_llm_prompt(r):
    b = B()
    g, f = fl(r)
    b.t(r.choice(["System: You are a construction safety assistant. Write a concise OSHA-style summary.\n\nUser: ",
                  "### Instruction\nSummarize the incident below for the weekly safety meeting and list corrective actions.\n\n### Input\n",
                  "Prompt sent to gpt-4o (temperature 0.2):\n"]))
    b.f("On «DT», «P» (foreman, «») ", dt(r, time=True, wd=r.random() < 0.5), f"{g} {f}", r.choice(["Summit Concrete", "Blue Line Electric", "Ridgeline Drywall"]))
    b.f("reported that «» ", r.choice(["a scissor lift (Genie GS-1930) tipped while on an unlevel slab edge",
                                     "an unsecured sheet of plywood blew off the L6 deck", "a worker fell 6 ft from a baker scaffold"]))
    b.f("at «ADDR». ", us_addr(r)[0])
    b.f("The injured worker, «P», DOB «DOB», was taken to «» (MRN «MRN»). ", person(r), dob(r), r.choice(["Dell Seton", "Harborview", "Grady Memorial"]), dg(r, 8))
    b.f("Their emergency contact is «P» at «PH». ", person(r), phone(r))
    b.f("The GC safety lead «P» has a call with the insurer on «DT».\n", g, dt(r, time=True))
    b.t(r.choice(["\nDo not include personal details in the summary.", "\nOutput JSON with keys: summary, root_cause, actions.", "\nAssistant:"]) + "\n")
    return b


def k_change_order_email(r):
    b = B()
    g1, f1 = fl(r)
    g2, f2 = fl(r)
    pco = r.randint(10, 150)
    b.f("Subject: RE: PCO «» – «»\nFrom: «P» <«E»>\nSent: «»\n\n", pco, r.choice(["added blocking for owner-furnished TVs", "unforeseen rock at elevator pit",
                                                                                             "revised storefront per ASI-07"]), f"{f1}, {g1}", email(r, g1, f1), email_date_hdr(r))
    b.f("«P» –\n\nAttached is the pricing for PCO «». Breakdown:\n", g2, pco)
    for lab in r.sample(["Labor", "Material", "Equipment", "Subcontract", "OH&P 10%", "Bond 1.2%"], 4):
        b.f("  «» «»\n", (lab + ":").ljust(14), amount(r, "$", 200, 60000))
    b.f("  Total: «»  /  schedule impact «» working days\n\n", amount(r, "$", 2000, 150000), r.randint(0, 12))
    b.f("We need direction by «DT» to hold the «» delivery. If approved, «P» will issue CO #«» against contract «».\n",
        dt(r, time=False, wd=True), r.choice(["storefront", "steel", "elevator rail"]), f"{g2} {f2}" if r.random() < 0.5 else f"{g2[0]}. {f2}", r.randint(1, 40), job_no(r))
    sig(b, r, g1, f1, "US", addr=r.random() < 0.5)
    return b


def k_transmittal(r):
    b = B()
    b.f("TRANSMITTAL No. «»      Date: «DT»\n\n", f"T-{dg(r, 4)}", dt(r, time=False))
    b.f("To:   «P», «»\n      «ADDR»\n", person(r), r.choice(["Arcadia Architecture PC", "Meridian Engineering Group"]), us_addr(r)[0])
    b.f("From: «P», «»\n", person(r), r.choice(["Northpeak Construction", "Keystone Builders LLC"]))
    b.f("Re:   Submittal «» – «»\n\n", f"{csi(r)}-{r.randint(1, 9)}.{r.randint(0, 3)}", r.choice(["Cast-in-place concrete mix designs", "Structural steel shop drawings",
                                                                                       "Interior painting (Benjamin Moore Regal Select)", "Fire stopping systems"]))
    b.t("Copies  Date        No.      Description\n")
    for _ in range(r.randint(2, 4)):
        b.f("  «»     «DT»  «»  «»\n", r.randint(1, 3), rdate(r).strftime("%m/%d/%y"), f"{r.randint(1, 40):03d}", r.choice(["Product data", "Shop dwgs rev B", "LEED calc", "Samples (3)", "Warranty"]))
    b.f("\nAction requested: «»\nReturn by: «DT»\n", r.choice(["For approval", "For review & comment", "For record"]), dt(r, time=False))
    b.f("cc: «P»; file «»\n", person(r), job_no(r))
    return b


def k_toolbox_signin(r):
    b = B()
    b.f("TOOLBOX TALK SIGN-IN\nTopic: «»\nDate: «DT»   Start: «DT»   Presenter: «P»\n\n", r.choice(["Ladder safety", "Silica exposure (Table 1)", "Heat illness prevention",
                                                                                               "Trench protective systems", "Struck-by hazards"]),
        dt(r, time=False), fmt_time(r), person(r))
    b.t("#  | Print name              | Company            | Last 4 of phone | Signature\n")
    for i in range(r.randint(4, 8)):
        nm = person(r, style=r.choice(["full", "full", "caps", "init"]))
        b.f("«» | «P»", f"{i + 1:<2}", nm)
        b.f("«» | «» | «» | ✓\n", " " * max(1, 23 - len(nm)), r.choice(["Summit Concrete  ", "Blue Line Elec.  ", "Apex Mechanical  ", "Northpeak (GC)   "]), dg(r, 4).ljust(15))
    b.t("\nForm SF-12 rev 3 — retain 3 years.\n")
    return b


def _hl7_phone(r):
    return f"({r.choice(['512', '713', '303', '206'])}){r.randint(200, 999)}-{dg(r, 4)}"


def _xad(r):
    city, st, _, z3 = r.choice(US_CITIES)
    return f"{r.randint(10, 9899)} {r.choice(US_STREETS).upper()} {r.choice(['ST', 'AVE', 'BLVD', 'RD'])}^{r.choice(['', 'APT ' + str(r.randint(1, 40))])}^{city.upper()}^{st}^{z3}{dg(r, 2)}^USA"


def k_hl7_occ_health(r):
    b = B()
    g, f = fl(r)
    ts = rdate(r).strftime("%Y%m%d") + f"{r.randint(7, 18):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    b.f("MSH|^~\\&|OCCMED|CONCENTRA^TX|EHS|NORTHPEAK|«»||ADT^A04^ADT_A01|«»|P|2.5.1\r\n", ts, f"MSG{dg(r, 8)}")
    b.f("EVN|A04|«»\r\n", ts)
    b.t("PID|1||").e("MRN", dg(r, r.choice([7, 8, 9]))).t("^^^CONC^MR||")
    b.e("P", f"{f.upper()}^{g.upper()}" + (f"^{r.choice(UP)}" if r.random() < 0.5 else "")).t("||")
    b.e("DOB", rdob(r).strftime("%Y%m%d")).t(f"|{r.choice('MF')}|||").e("ADDR", _xad(r)).t("||").e("PH", _hl7_phone(r)).t("|||||")
    b.e("ACCT", f"{dg(r, 9)}").t("|").e("SSN", ssn(r)).t("\r\n")
    b.f("NK1|1|«P»|«»|||«PH»\r\n", f"{last(r).upper()}^{first(r).upper()}", r.choice(["SPO", "MTH", "BRO", "EMC"]), _hl7_phone(r))
    b.f("PV1|1|O|OCC^^^CONC||||«»^«P»^^^^DR|||||||||||«»\r\n", dg(r, 10), f"{last(r).upper()}^{first(r).upper()}", f"V{dg(r, 8)}")
    b.f("OBX|1|TX|^INJURY DESC||«»||||||F\r\n", r.choice(["LACERATION R HAND", "L ANKLE SPRAIN", "FB R EYE", "LUMBAR STRAIN"]))
    if r.random() < 0.7:
        b.f("IN1|1|«»|«»|«»||||||||||||«P»|18|«DOB»||||||||||||||||||«HPN»\r\n", r.choice(["WC01", "PPO2"]), dg(r, 5),
            r.choice(["TRAVELERS WC", "AETNA", "BCBSTX"]), f"{f.upper()}^{g.upper()}", rdob(r).strftime("%Y%m%d"), f"{an(r, 3, UP)}{dg(r, 9)}")
    b.f("DG1|1||«»^«»^I10\r\n", r.choice(["S61.411A", "S93.401A", "T15.91XA", "S39.012A"]), r.choice(["LACERATION", "SPRAIN", "FOREIGN BODY", "STRAIN"]))
    return b


def k_fhir_patient(r):
    b = B()
    g, f = fl(r)
    city, st, full, z3 = r.choice(US_CITIES)
    b.t('{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "entry": [\n    {"resource": {\n      "resourceType": "Patient",\n')
    b.f('      "id": "«»",\n      "meta": {"lastUpdated": "«»"},\n', uid(r), iso_ts(r))
    b.f('      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.{}", "value": "«MRN»"}],\n'.replace("{}", dg(r, 4)), dg(r, 8))
    b.f('      "name": [{"family": "«P»", "given": ["«P»"]}],\n', f, g)
    b.f('      "telecom": [{"system": "phone", "value": "«PH»"}, {"system": "email", "value": "«E»"}],\n', phone(r, "US"), email(r, g, f))
    b.f('      "birthDate": "«DOB»",\n', rdob(r).isoformat())
    b.f('      "address": [{"line": ["«ADDR»"], "city": "«LOC»", "state": "«LOC»", "postalCode": "«»"}]\n    }},\n',
        street_line(r), city, st, z3 + dg(r, 2))
    b.t('    {"resource": {\n      "resourceType": "Coverage",\n      "status": "active",\n')
    b.f('      "subscriberId": "«HPN»",\n      "class": [{"type": {"text": "group"}, "value": "«»"}],\n', f"{an(r, 3, UP)}{dg(r, 8)}", f"GRP-{dg(r, 6)}")
    b.f('      "payor": [{"display": "«»"}],\n      "period": {"start": "«DT»"}\n    }},\n', r.choice(["Aetna", "Cigna", "Humana", "Kaiser Permanente"]), rdate(r).isoformat())
    b.f('    {"resource": {"resourceType": "Encounter", "status": "finished", "reasonCode": [{"text": "work-related injury, employer «»"}],\n', r.choice(["Northpeak Construction", "Apex Mechanical"]))
    b.f('      "period": {"start": "«DT»"}}}\n  ]\n}\n', iso_ts(r, z=False) + "-05:00")
    return b


def k_edi_810(r):
    b = B()
    d = rdate(r)
    city, st, _, z3 = r.choice(US_CITIES)
    b.f("ISA*00*          *00*          *ZZ*SUMMITCONC     *ZZ*NORTHPEAK      *«»*«»*U*00401*«»*0*P*>~\n", d.strftime("%y%m%d"), f"{r.randint(6, 18):02d}{r.randint(0, 59):02d}", dg(r, 9))
    b.f("GS*IN*SUMMITCONC*NORTHPEAK*«»*«»*«»*X*004010~\nST*810*0001~\n", d.strftime("%Y%m%d"), f"{r.randint(6, 18):02d}{r.randint(0, 59):02d}", r.randint(1, 999))
    b.f("BIG*«DT»*«»*«DT»*«»~\n", d.strftime("%Y%m%d"), inv_no(r).replace("-", ""), (d - _dt.timedelta(days=30)).strftime("%Y%m%d"), f"PO{dg(r, 6)}")
    b.f("N1*RE*SUMMIT CONCRETE CO*92*«»~\nN3*«ADDR»~\nN4*«LOC»*«LOC»*«»~\n", f"V{dg(r, 5)}", street_line(r).upper(), city.upper(), st, z3 + dg(r, 2))
    b.f("PER*AR*«P»*TE*«PH»*EM*«E»~\n", person(r, "us", "full").upper(), f"{r.randint(200, 999)}{r.randint(200, 999)}{dg(r, 4)}", role_email(r))
    b.f("N1*BT*NORTHPEAK CONSTRUCTION*92*NPC01~\nN3*«ADDR»~\nN4*«LOC»*«LOC»*«»~\n", street_line(r).upper(), (c2 := r.choice(US_CITIES))[0].upper(), c2[1], c2[3] + dg(r, 2))
    n = r.randint(1, 4)
    for i in range(n):
        b.f("IT1*«»*«»*«»*«»**VP*«»~\n", i + 1, r.randint(1, 500), r.choice(["EA", "CY", "TN", "LF"]), f"{r.uniform(2, 900):.2f}", r.choice(["REBAR-5", "MIX-4000PSI", "PUMP-HR", "FORM-LF"]))
    b.f("TDS*«»~\nDTM*011*«DT»~\nCTT*«»~\nSE*«»*0001~\nGE*1*«»~\nIEA*1*«»~\n", r.randint(10000, 9999999), (d - _dt.timedelta(days=2)).strftime("%Y%m%d"), n, 9 + n, r.randint(1, 999), dg(r, 9))
    return b


def k_vcard(r):
    b = B()
    g, f = fl(r)
    mid = r.choice(UP) if r.random() < 0.4 else ""
    b.t("BEGIN:VCARD\nVERSION:3.0\n")
    b.f("N:«P»;;\n", f"{f};{g}" + (f";{mid}" if mid else ""))
    b.f("FN:«P»\n", f"{g} {mid + '. ' if mid else ''}{f}")
    b.f("ORG:«»\nTITLE:«»\n", r.choice(["Meridian Engineering Group;Structural", "Arcadia Architecture PC", "Harbor Facility Services;Operations"]),
        r.choice(["Senior Structural Engineer", "Project Architect", "Chief Engineer", "MEP Coordinator"]))
    b.f("TEL;TYPE=WORK,VOICE:«PH»\nTEL;TYPE=CELL:«PH»\n", phone(r), phone(r))
    b.f("EMAIL;TYPE=INTERNET,WORK:«E»\n", email(r, g, f))
    cc = r.choice(["US", "US", "DE", "GB", "NL", "AU"])
    if cc == "US":
        a = f"{street_line(r)};{(c := r.choice(US_CITIES))[0]};{c[1]};{c[3]}{dg(r, 2)};USA"
    else:
        country, cities, _ = INTL[cc]
        c = r.choice(cities)
        a = f"{street_line(r, cc)};{c[0]};;{c[1]};{country}"
    b.f("ADR;TYPE=WORK:;;«ADDR»\n", a)
    if r.random() < 0.6:
        b.f("BDAY:«DOB»\n", rdob(r).isoformat())
    b.f("URL:«URL»\nREV:«»\nUID:urn:uuid:«»\nEND:VCARD\n", url(r, r.choice(["www.meridian-eng.net", "www.arcadia-arch.com"]), "/team"), iso_ts(r).replace("-", "").replace(":", ""), uid(r))
    return b


def k_ics_precon(r):
    b = B()
    g, f = fl(r)
    d = rdate(r)
    h = r.randint(7, 15)
    b.f("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:«»\nDTSTAMP:«»\n",
        uid(r), iso_ts(r).replace("-", "").replace(":", ""))
    b.f("DTSTART;TZID=America/Chicago:«DT»\nDTEND;TZID=America/Chicago:«DT»\n", d.strftime("%Y%m%d") + f"T{h:02d}0000", d.strftime("%Y%m%d") + f"T{h + 1:02d}3000")
    b.f("SUMMARY:«»\n", r.choice(["Pre-construction meeting – Harbor Point Lofts", "Pre-pour meeting L3 deck", "MEP coordination – weekly", "Fire marshal walk"]))
    b.f("LOCATION:Site trailer\\, «ADDR»\n", street_line(r))
    b.f("ORGANIZER;CN=«P»:mailto:«E»\n", f"{g} {f}", email(r, g, f))
    for _ in range(r.randint(1, 3)):
        h2 = fl(r)
        b.f("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=«P»:mailto:«E»\n", f"{h2[0]} {h2[1]}", email(r, *h2))
    mid = f"{dg(r, 3)} {dg(r, 4)} {dg(r, 4)}"
    b.f("DESCRIPTION:Join Zoom Meeting\\n«URL»\\nMeeting ID: «»\\nPasscode: «PW»\\nDial by your location: «PH»\\n\n",
        url(r, "us02web.zoom.us", f"/j/{mid.replace(' ', '')}"), mid, passcode(r), phone(r, "US"))
    b.f("CREATED:«»\nLAST-MODIFIED:«»\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n", iso_ts(r).replace("-", "").replace(":", ""), iso_ts(r).replace("-", "").replace(":", ""))
    return b


def k_ifc_header(r):
    b = B()
    g, f = fl(r)
    cc = r.choice(["US", "GB", "DE", "NL", "SE"])
    proj = r.choice(["HarborPoint_ARCH", "RMOB_STR", "Lot7_MEP", "Kaiserhof_TGA", "Zuidas_B3"])
    b.t("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('ViewDefinition [ReferenceView_V1.2]'),'2;1');\n")
    b.f("FILE_NAME('«».ifc','«»',('«P»'),('«»'),'The EXPRESS Data Manager Version 5.02.0100.07 : 28 Aug 2013','Autodesk Revit «» (ENU) - IFC «»','');\n",
        proj, iso_ts(r, z=False), f"{g} {f}", r.choice(["Arcadia Architecture", "Meridian Engineering"]), r.randint(2022, 2025), version(r))
    b.t("FILE_SCHEMA(('IFC4'));\nENDSEC;\n\nDATA;\n")
    b.f("#1= IFCPERSON($,'«P»','«P»',$,$,$,$,(#3));\n", f, g)
    b.f("#2= IFCORGANIZATION($,'«»',$,$,$);\n", r.choice(["Arcadia Architecture PC", "Meridian Engineering Group", "Bouwgroep Noord BV"]))
    if cc == "US":
        c = r.choice(US_CITIES)
        city, reg, pc, country = c[0], c[1], c[3] + dg(r, 2), "United States"
    else:
        country, cities, _ = INTL[cc]
        city, pc = r.choice(cities)
        reg = None
    b.f("#3= IFCPOSTALADDRESS(.OFFICE.,$,$,$,('«ADDR»'),$,'«LOC»',", street_line(r, cc), city)
    if reg:
        b.f("'«LOC»'", reg)
    else:
        b.t("$")
    b.f(",'«»','«LOC»');\n", pc, country)
    b.f("#4= IFCTELECOMADDRESS(.OFFICE.,$,$,('«PH»'),$,$,('«E»'),$,$);\n", phone(r, cc), email(r, g, f))
    b.f("#5= IFCPERSONANDORGANIZATION(#1,#2,$);\n#6= IFCAPPLICATION(#2,'«»','Autodesk Revit «» (ENU)','Revit');\n", r.randint(2022, 2025), r.randint(2022, 2025))
    b.f("#7= IFCOWNERHISTORY(#5,#6,$,.NOCHANGE.,$,$,$,«»);\n", epoch(r))
    b.f("#38= IFCBUILDING('«»',#7,'«»',$,$,#32,$,$,.ELEMENT.,$,$,#3);\n", ifc_guid(r), r.choice(["Building A", "Parkhaus Nord", "Block 3"]))
    b.f("#112= IFCWALLSTANDARDCASE('«»',#7,'Basic Wall:Generic - 200mm:«»',$,'Basic Wall:Generic - 200mm',#88,#109,'«»');\n", ifc_guid(r), r.randint(100000, 999999), r.randint(100000, 999999))
    b.t("ENDSEC;\nEND-ISO-10303-21;\n")
    return b


def k_k8s_secret(r):
    b = B()
    b.f("$ kubectl get secret cafm-api -n facilities -o yaml\napiVersion: v1\ndata:\n", )
    items = [("DB_PASSWORD", "PW", password(r)), ("MAXIMO_API_KEY", "SEC", generic_secret(r)), ("SMTP_PASSWORD", "PW", password(r)),
             ("BACNET_GATEWAY_TOKEN", "SEC", an(r, 32, ALNUM)), ("OAUTH_CLIENT_SECRET", "SEC", an(r, 40, ALNUM))]
    r.shuffle(items)
    for k, typ, v in sorted(items[: r.randint(2, 4)]):
        b.f(f"  {k}: «{typ}»\n", base64.b64encode(v.encode()).decode())
    b.f("  DB_USER: «»\nkind: Secret\nmetadata:\n  creationTimestamp: \"«»\"\n  name: cafm-api\n  namespace: facilities\n  resourceVersion: \"«»\"\n  uid: «»\ntype: Opaque\n",
        base64.b64encode(b"cafm_app").decode(), iso_ts(r), r.randint(100000, 99999999), uid(r))
    b.f("\n# ^ pasted by «» while debugging, rotate these\n", r.choice(["ops on-call", "the vendor", "me"]))
    return b


def _nginx_ts(r, style):
    d = rdate(r)
    hms = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    if style == 0:
        return f"[{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{hms} +0000]"
    return f"[{d.isoformat()}T{hms}+00:00]"


def k_nginx_access(r):
    b = B()
    style = r.randint(0, 1)
    for _ in range(r.randint(5, 9)):
        cip = ip(r)
        meth, path = r.choice([("GET", "/tenant/workorders?status=open"), ("POST", "/api/v2/workorders"), ("GET", f"/tenant/lease/{dg(r, 5)}.pdf"),
                               ("POST", "/login"), ("GET", "/static/app.9f3c1b.js"), ("GET", f"/api/v2/units/{r.randint(100, 2400)}/meters")])
        st = r.choice([200, 200, 200, 302, 304, 401, 404, 500])
        b.e("IP", cip).f(" - - «» \"«» «» HTTP/1.1\" «» «» ", _nginx_ts(r, style), meth, path, st, r.randint(200, 90000))
        if r.random() < 0.5:
            b.f("\"«URL»\"", url(r, "tenants.keystone-pm.com", r.choice(["/tenant/dashboard", "/tenant/workorders", "/login?next=%2Ftenant"])))
        else:
            b.t("\"-\"")
        b.f(" \"«»\" rt=«»\n", r.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/123.0",
                                      "okhttp/4.12.0", "KeystoneResident/3.8.1 (Android 14)"]), round(r.uniform(0.001, 2.5), 3))
    return b


def k_ci_log(r):
    b = B()
    b.f("Run actions/checkout@v4\n  with: repository: keystone-pm/fm-mobile  ref: «»\nSyncing repository: keystone-pm/fm-mobile\n", sha(r))
    b.f("HEAD is now at «» Merge pull request #«» from keystone-pm/feature/«»\n", sha(r, 7), r.randint(100, 999), r.choice(["badge-sync", "lease-ocr", "meter-import"]))
    b.t("Run ./scripts/deploy.sh\n  env:\n    AWS_REGION: us-east-1\n    SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n    GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n")
    b.f("+ echo \"debug: token=«GH»\"\ndebug: token=«GH»\n", (t := gh_token(r)), t)
    if r.random() < 0.6:
        b.f("+ aws configure set aws_access_key_id «AKID»\n", aws_akid(r))
    b.f("+ curl -s -H \"Authorization: Bearer «JWT»\" «URL»\n", jwt(r), url(r, "api.keystone-pm.com", "/v2/deploy/hooks"))
    b.f("{\"ok\":true,\"build\":\"«»\",\"image\":\"«»\"}\n", version(r), f"ghcr.io/keystone-pm/fm-mobile@sha256:{sha(r, 64)}")
    b.f("##[warning]Node.js 16 actions are deprecated. Job «» completed in «»s\n", uid(r), r.randint(20, 900))
    return b


def k_aws_credentials(r):
    b = B()
    g, f = fl(r)
    b.f("Ticket «» — Revit cloud worksharing backup job failing\nReporter: «P»\n\n", wo_no(r), f"{g} {f}")
    b.t("Hi IT, here's what's in C:\\Users\\" + uname(g, f, r) + "\\.aws\\credentials on the render box, maybe the key expired?\n\n")
    b.f("[default]\naws_access_key_id = «AKID»\naws_secret_access_key = «ASK»\n", aws_akid(r), aws_secret(r))
    if r.random() < 0.5:
        b.f("\n[bim-archive]\naws_access_key_id = «AKID»\naws_secret_access_key = «ASK»\naws_session_token = «SEC»\n", aws_akid(r), aws_secret(r),
            "IQoJb3JpZ2luX2VjE" + an(r, 80, ALNUM + "/+"))
    b.f("region = us-west-2\n\nError from the job log:\n«» ERROR upload failed: An error occurred (ExpiredToken) when calling PutObject\n", log_ts(r))
    if r.random() < 0.35:
        b.f("\nand the SFTP key the plotter uploads with (id_scan):\n«PK»\n", private_key(r))
    b.f("Machine: RENDER-«» («IP»)\nThanks, «P»\n", r.randint(1, 9), ipv4(r), g)
    return b


def k_visitor_log(r):
    b = B()
    d = rdate(r)
    b.f("VISITOR LOG — «»\tDate: «DT»\n", r.choice(["Riverside MOB jobsite", "One Harbor Plaza lobby", "Lot 7 gate 2"]), dt(r, time=False, d=d))
    b.t("Name\tCompany\tHost\tTime in\tTime out\tVehicle\tBadge\n")
    for _ in range(r.randint(3, 7)):
        b.f("«P»\t«»\t«P»\t«DT»\t«DT»\t«»\tV-«»\n", person(r), r.choice(["Otis", "Terracon", "UPS Freight", "Owner", "Fastenal"]),
            r.choice([first(r), person(r)]), fmt_time(r), fmt_time(r), plate(r), dg(r, 3))
    b.t("All visitors must be escorted beyond the trailer.\n")
    return b


def k_key_issuance(r):
    b = B()
    g, f = fl(r)
    st = r.choice(["MA", "NJ", "GA", "OH"])
    dl = {"MA": "S" + dg(r, 8), "NJ": f"{f[0].upper()}{dg(r, 4)} {dg(r, 5)} {dg(r, 5)}", "GA": dg(r, 9), "OH": an(r, 2, UP) + dg(r, 6)}[st]
    b.f("KEY / FOB ISSUANCE RECORD\nProperty: «»   Unit: «»\n\n", r.choice(["The Foundry Lofts", "Maple Court Apartments", "Harbor View Tower"]), r.randint(100, 2405))
    b.f("Resident name: «P»\nPhoto ID shown: «» driver's license no. «DL»\nMove-in date: «DT»\n", f"{g} {f}", st, dl, dt(r, time=False))
    b.t("Item         Serial         Qty   Deposit\n")
    for it in r.sample(["Unit key", "Mailbox key", "Fob", "Garage remote", "Amenity fob"], 3):
        b.f("«» «» «»   «»\n", it.ljust(12), f"{an(r, 2, UP)}{dg(r, 6)}".ljust(14), r.randint(1, 2), amount(r, "$", 10, 75))
    if r.random() < 0.45:
        b.f("Deposit paid by card «CC»\n", card(r))
    b.f("\nIssued by: «P»   Resident signature: «P»\n", person(r), f"{g} {f}")
    b.f("Lost fob replacement fee «» — call the office at «PH».\n", amount(r, "$", 25, 75), phone(r, "US"))
    return b


def k_lease_abstract(r):
    b = B()
    cc = r.choice(["US", "US", "CA", "GB", "AU"])
    a = intl_addr(r, cc)[0]
    d0 = rdate(r)
    b.f("LEASE ABSTRACT — «»\n\nTenant: «»\nGuarantor: «P»\nPremises: «ADDR»\nRentable area: «» RSF   Pro-rata share: «»%\n",
        r.choice(["Suite 400", "Retail Unit R-2", "Level 12"]), r.choice(["Bright Smile Dental PLLC", "Nomad Coffee Roasters", "Vanguard Legal LLP", "Peak Physio Ltd"]),
        person(r, style="full"), a, f"{r.randint(1200, 40000):,}", round(r.uniform(0.5, 30), 2))
    b.f("Commencement: «DT»\nExpiration: «DT»\nBase rent: «»/RSF/yr, «»% annual escalations\n", fmt_date(r, d0), fmt_date(r, d0.replace(year=d0.year + r.choice([3, 5, 10]))),
        amount(r, "$", 18, 95), r.choice([2, 2.5, 3]))
    b.f("Security deposit: «» (LOC)\nRenewal: «»\n\nNOTICES\nLandlord: «», Attn: «P», «ADDR»\n", amount(r, "$", 5000, 120000),
        r.choice(["Two 5-yr options at FMV, 9 months' notice", "None"]), r.choice(["Keystone Property Management", "Harbor REIT LP"]), person(r), intl_addr(r, cc)[0])
    b.f("Tenant: «E» / «PH»\n", email(r), phone(r, cc))
    b.f("\nAbstracted by «» from lease dated «DT» (doc id «»).\n", r.choice(["LeaseOCR v2", "analyst"]), fmt_date(r, d0 - _dt.timedelta(days=r.randint(20, 120))), uid(r))
    return b


def k_cmms_workorder(r):
    b = B()
    g, f = fl(r)
    b.t("{\n")
    b.f('  "workOrderId": "«»",\n  "assetTag": "«»",\n  "asset": "«»",\n', wo_no(r), f"AHU-{r.randint(1, 30):02d}-{r.choice('NSEW')}", r.choice(["Trane IntelliPak RTU", "Otis Gen2 elevator #2", "Carrier 30XA chiller", "Kohler 500REOZJ genset"]))
    b.f('  "problem": "«»",\n  "priority": «»,\n  "requestedBy": {"name": "«P»", "phone": "«PH»", "email": "«E»"},\n',
        r.choice(["High static pressure alarm", "Entrapment reported, car stuck between 7 and 8", "Low refrigerant suction pressure", "Fails weekly exercise"]),
        r.randint(1, 4), f"{g} {f}", phone(r), email(r, g, f))
    b.f('  "site": {"name": "«»", "address": "«ADDR»"},\n', r.choice(["One Harbor Plaza", "Riverside MOB", "Maple Court"]), us_addr(r)[0])
    b.f('  "scheduledStart": "«DT»",\n  "assignedTo": ["«P»", "«P»"],\n', iso_ts(r, z=False)[:16], person(r), person(r))
    b.f('  "createdAt": «»,\n  "updatedAt": «»,\n  "costCenter": "«»",\n  "nte": «»\n}\n', epoch(r), epoch(r), f"{dg(r, 4)}-{dg(r, 3)}", r.randint(500, 15000))
    return b


def k_utility_letter(r):
    b = B()
    g, f = fl(r, "us")
    a = us_addr(r, multiline=True)[0]
    b.f("«DT»\n\n«»\nNew Service / Transfer of Service\n\nRe: Service address «ADDR»\n", dt(r, time=False), r.choice(["Austin Energy", "Xcel Energy", "Puget Sound Energy", "ComEd"]), us_addr(r)[0])
    b.f("    Account number: «ACCT»\n    Premise ID: «»\n    Meter: «»\n\n", f"{dg(r, 4)} {dg(r, 4)} {dg(r, 2)}" if r.random() < 0.5 else dg(r, 10), dg(r, 9), f"{an(r, 2, UP)}{dg(r, 8)}")
    b.f("Dear «»,\n\nPlease transfer the account above into the name of the property management company effective «DT». ", r.choice(["Customer Service", "Sir or Madam"]), dt(r, time=False))
    b.f("Final read should be taken that morning. Bills should go to:\n\n«P»\nHarbor Facility Services\n«ADDR»\n\n", f"{g} {f}", a)
    b.f("Our water/sewer account with the city is «ACCT» and should not be affected. ", dg(r, 9))
    b.f("For site access call «P» at «PH» (gate code changes weekly).\n\nSincerely,\n«P»\nProperty Manager\n", person(r), phone(r, "US"), f"{g} {f}")
    return b


def k_crane_lift(r):
    b = B()
    b.f("CRITICAL LIFT PLAN  Rev «»\nProject: «»   Lift date: «DT»\n", r.choice("ABC"), r.choice(["Harbor Point Lofts", "Riverside MOB"]), dt(r, time=True, wd=True))
    b.f("Crane: «», «» ft boom, SN «»\n", r.choice(["Liebherr LTM 1100-5.2", "Grove GMK5150L", "Manitowoc 999", "Tadano GR-1000XL"]), r.randint(80, 240), f"{an(r, 3, UP)}{dg(r, 5)}")
    b.f("Load: «» (est. «» lbs) + rigging «» lbs = «»% of chart at «» ft radius\n", r.choice(["RTU-3 (Trane)", "precast panel P-14", "generator"]),
        f"{r.randint(3000, 40000):,}", r.randint(200, 1500), r.randint(40, 84), r.randint(30, 120))
    b.f("Operator: «P» (NCCCO cert «», exp «DT»)\nRigger/signal: «P»\nLift director: «P», «PH»\n", person(r), dg(r, 9), fmt_date(r, rdate(r, 2025, 2027)), person(r), person(r), phone(r, "US"))
    b.t("Wind limit 20 mph sustained / 30 gust. Exclusion zone per sheet LP-2. Stop-work authority: everyone.\n")
    if r.random() < 0.5:
        b.f("Street closure permit «» covers «ADDR» from «DT» to «DT».\n", permit_no(r), street_line(r), fmt_time(r), fmt_time(r))
    return b


def k_sms_thread(r):
    b = B()
    a, c = fl(r), fl(r)
    b.f("— WhatsApp chat with «P» —\n", f"{c[0]} {c[1]}")
    lines = [
        (a, "«P» just got cut on the hand, taking him to urgent care on «ADDR»", ["P", "ADDR"]),
        (c, "ok. is it recordable? get his DOB and home number for the form", []),
        (a, "DOB «DOB», cell «PH»", ["DOB", "PH"]),
        (c, "👍 I'll call the carrier. claim # will come later", []),
        (a, "they want the employer FEIN too, sending the pic", []),
        (c, "call me at «PH» when you're out", ["PH"]),
    ]
    gen = {"P": lambda: first(r), "ADDR": lambda: street_line(r), "DOB": lambda: dob(r), "PH": lambda: phone(r, "US")}
    base = r.randint(7, 16)
    day = rdate(r).strftime(r.choice(["%m/%d/%y", "%d/%m/%Y"]))
    for k, (who, tpl, ts) in enumerate(lines[: r.randint(4, 6)]):
        b.f("[«», «»] «P»: " + tpl + "\n", day, f"{base + k // 3}:{r.randint(10, 59)}", who[0], *[gen[t]() for t in ts])
    return b


def k_git_diff(r):
    b = B()
    g, f = fl(r)
    b.f("commit «»\nAuthor: «P» <«E»>\nDate:   «»\n\n    remove hardcoded creds from bms-bridge config (#«»)\n\n", sha(r), f"{g} {f}", email(r, g, f), email_date_hdr(r), r.randint(100, 999))
    b.f("diff --git a/bms-bridge/settings.py b/bms-bridge/settings.py\nindex «»..«» 100644\n--- a/bms-bridge/settings.py\n+++ b/bms-bridge/settings.py\n@@ -12,9 +12,9 @@\n", sha(r, 7), sha(r, 7))
    b.f(" BACNET_DEVICE = «»\n BACNET_BIND = \"«IP»/24\"\n", r.randint(1000, 400000), ipv4(r))
    b.f("-METASYS_PASSWORD = \"«PW»\"\n+METASYS_PASSWORD = os.environ[\"METASYS_PASSWORD\"]\n", password(r))
    if r.random() < 0.6:
        b.f("-SLACK_BOT_TOKEN = \"«SLACK»\"\n+SLACK_BOT_TOKEN = os.environ.get(\"SLACK_BOT_TOKEN\")\n", slack_token(r))
    else:
        b.f("-NIAGARA_API_KEY = \"«SEC»\"\n+NIAGARA_API_KEY = os.environ.get(\"NIAGARA_API_KEY\")\n", generic_secret(r))
    b.f(" METASYS_HOST = \"«URL»\"\n", url(r, "metasys.harborfm.com", "/api/v4"))
    if r.random() < 0.4:
        b.f("-DEPLOY_KEY = \"\"\"«PK»\"\"\"\n+DEPLOY_KEY = None\n", private_key(r))
    return b


def k_hr_onboarding(r):
    b = B()
    g, f = fl(r)
    st = r.choice(["TX", "CA", "AZ", "WA"])
    dl = {"TX": dg(r, 8), "CA": r.choice(UP) + dg(r, 7), "AZ": r.choice(UP) + dg(r, 8), "WA": f"WDL{an(r, 4, UP)}{dg(r, 3)}{an(r, 2, UP)}"}[st]
    b.f("# field-hire export from Paylocity → site-access sync (job «»)\nemployee:\n  id: «»\n", uid(r), f"E{dg(r, 5)}")
    b.f("  legal_name: «P»\n  preferred_name: «P»\n  date_of_birth: «DOB»\n  ssn: \"«SSN»\"\n", f"{f}, {g}", g, rdob(r).isoformat(), ssn(r))
    b.f("  drivers_license: {number: «DL», state: «»}\n  home_address: «ADDR»\n  mobile: \"«PH»\"\n  personal_email: «E»\n", dl, st, us_addr(r)[0], phone(r, "US"), email(r, g, f, r.choice(DOMAINS[18:])))
    b.f("  trade: «»\n  union_local: «»\n  hire_date: «DT»\n", r.choice(["Carpenter", "Ironworker", "Operating Engineer", "Laborer"]), r.randint(10, 999), rdate(r).isoformat())
    b.f("benefits:\n  medical_plan: «»\n  member_id: «HPN»\n  group_number: «»\n", r.choice(["BCBS PPO 1500", "Kaiser HMO", "Aetna HDHP"]), f"{an(r, 3, UP)}{dg(r, 9)}", dg(r, 6))
    b.f("emergency_contact:\n  name: «P»\n  relation: «»\n  phone: \"«PH»\"\n", person(r), r.choice(["spouse", "mother", "brother"]), phone(r))
    b.f("direct_deposit:\n  routing: \"«»\"\n  account: \"«ACCT»\"\n", aba(r), dg(r, r.randint(8, 12)))
    b.f("osha30_card: «»\nsync_status: pending\nlast_run_epoch: «»\n", f"{dg(r, 2)}-{dg(r, 9)}", epoch(r))
    return b


def k_architect_letter(r):
    b = B()
    cc = r.choice(["US", "GB", "AU", "CA"])
    g, f = fl(r, "uk" if cc == "GB" else "us")
    cg, cf = fl(r)
    b.f("ARCADIA ARCHITECTURE\n«ADDR»\nT «PH»  «URL»\n\n«DT»\n\n", intl_addr(r, cc, multiline=True)[0], phone(r, cc), url(r, "www.arcadia-arch.com", "/"), dt(r, time=False))
    title = r.choice(["Mr. ", "Ms. ", "Dr. ", "Mrs. "])
    b.f("«»«P»\n«ADDR»\n\n", title, f"{cg} {cf}", intl_addr(r, cc, multiline=True)[0])
    b.f("Re: «» — Certificate of Substantial Completion\n\nDear «»«P»,\n\n", r.choice(["Maple Court Residences", "Cedar Elementary Addition", "Harbour Quay Offices"]), title, cf)
    b.f("Following our walkthrough on «DT» with «P» of the contractor, we confirm the Work is substantially complete as of «DT», ", dt(r, time=r.random() < 0.5), person(r), dt(r, time=False))
    b.f("subject to the attached punch list («» items). Warranty periods commence on that date. Final payment application «» may be submitted once the items are closed.\n\n",
        r.randint(12, 140), f"PA-{r.randint(8, 20)}")
    b.f("Yours sincerely,\n\n«P», AIA\nPrincipal\n«E»\n", f"{g} {f}", email(r, g, f, "arcadia-arch.com"))
    return b


def k_xml_permit_api(r):
    b = B()
    c = r.choice(US_CITIES)
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<PermitResponse xmlns="urn:civic:permits:v2">\n')
    b.f("  <Permit id=\"«»\" type=\"«»\" status=\"«»\">\n", permit_no(r), r.choice(["Commercial Alteration", "Residential New", "Mechanical"]), r.choice(["Issued", "In Review", "Finaled"]))
    b.f("    <IssuedDate>«DT»</IssuedDate>\n    <ExpirationDate>«DT»</ExpirationDate>\n", rdate(r).isoformat(), rdate(r, 2025, 2026).isoformat())
    b.f("    <SiteAddress>\n      <Street>«ADDR»</Street>\n      <City>«LOC»</City>\n      <State>«LOC»</State>\n      <Zip>«»</Zip>\n    </SiteAddress>\n",
        street_line(r), c[0], c[1], c[3] + dg(r, 2))
    b.f("    <Applicant><Name>«P»</Name><Phone>«PH»</Phone><Email>«E»</Email></Applicant>\n", person(r), phone(r, "US"), email(r))
    b.f("    <Valuation currency=\"USD\">«»</Valuation>\n    <Parcel>«»</Parcel>\n", r.randint(10000, 3000000), apn(r))
    b.f("    <Inspection code=\"«»\" result=\"«»\" inspector=\"«P»\" scheduled=\"«DT»\"/>\n", r.randint(100, 999), r.choice(["Pass", "Fail", "Partial"]), person(r), iso_ts(r, z=False)[:16])
    b.f("    <Link rel=\"self\" href=\"«URL»\"/>\n  </Permit>\n  <Meta generated=\"«»\" version=\"«»\" requestId=\"«»\"/>\n</PermitResponse>\n",
        url(r, "aca-prod.accela.com", f"/v4/records/{dg(r, 6)}"), iso_ts(r), version(r), uid(r))
    return b


def k_jira_ticket(r):
    b = B()
    g, f = fl(r)
    b.f("FM-«» | Badge sync from Lenel to Procore failing with 401\nReporter: «P» | Assignee: «P» | Priority: P2 | Labels: integrations, access-control\n\n",
        r.randint(100, 4000), f"{g} {f}", person(r))
    b.f("Since the «» release the nightly sync returns 401. Request captured from the sync host «IP»:\n\n{code}\n", version(r), ipv4(r))
    b.f("POST «URL» HTTP/1.1\nAuthorization: Bearer «SEC»\nX-Api-Key: «SEC»\n{code}\n\n", url(r, "api.procore.com", f"/rest/v1.0/projects/{dg(r, 6)}/users/sync"), an(r, 1, ALNUM) + an(r, 41, ALNUM + "-_") + an(r, 1, ALNUM), an(r, 40, ALNUM))
    b.f("Response id «», trace «». Cert on the box expires «DT».\n", uid(r), sha(r, 32), dt(r, time=False))
    if r.random() < 0.5:
        b.f("Workaround: call the Lenel admin «P» on «PH» to re-issue the service account. Don't paste passwords here — the current one («PW») is compromised anyway.\n",
            person(r), phone(r, "US"), password(r))
    b.f("\n— «P» commented: can't reproduce on staging (build «»)\n", g, version(r))
    return b


# ================================================================ document kinds (other languages)
def k_de_bauantrag(r):
    b = B()
    g, f = fl(r, "de")
    a, city = intl_addr(r, "DE")
    b.f("Antrag auf Baugenehmigung (§ 64 BauO NRW) — Az. «»\nEingang: «DT»\n\n", f"63-{dg(r, 4)}/{r.randint(23, 25)}", dt(r, "de", time=False))
    b.f("1. Bauherr/in\n   Name, Vorname: «P»\n   Anschrift: «ADDR»\n   Telefon: «PH»   E-Mail: «E»\n", f"{f}, {g}", a, phone(r, "DE"), email(r, g, f, r.choice(["web.de", "gmx.de", "t-online.de"])))
    b.f("2. Baugrundstück\n   Gemarkung «», Flur «», Flurstück «»\n   Lage: «ADDR»\n", r.choice(["Ehrenfeld", "Bilk", "Altona", "Schwabing"]), r.randint(1, 40), f"{r.randint(1, 900)}/{r.randint(1, 9)}", intl_addr(r, "DE")[0])
    b.f("3. Vorhaben: «»\n   Baukosten (geschätzt): «»\n", r.choice(["Neubau Mehrfamilienhaus mit Tiefgarage (12 WE)", "Aufstockung Bürogebäude um 1 Geschoss", "Umnutzung Lager zu Gewerbe"]), amount(r, "€de", 80000, 4000000))
    b.f("4. Entwurfsverfasser/in: «»«P», Architektin/Architekt, Kammer-Nr. «»\n   Büro: «ADDR», Tel. «PH»\n", r.choice(["", "Dipl.-Ing. ", "Herr ", "Frau "]), person(r, "de", "full"), f"A {dg(r, 5)}", intl_addr(r, "DE")[0], phone(r, "DE"))
    b.f("5. Tragwerksplaner: «» (Prüfingenieur: «P»)\n\n", r.choice(["Schüßler-Plan GmbH", "Müller & Söhne Ingenieure GmbH", "Statik Becker GbR"]), person(r, "de", "full"))
    b.f("Gebühr «» überwiesen an IBAN «IBAN» (Verwendungszweck «»).\n«LOC», den «DT»\nUnterschrift Bauherr/in\n", amount(r, "€de", 200, 9000), iban(r, "DE"), f"BG-{dg(r, 6)}", city, dt(r, "de", time=False))
    return b


def k_de_maengelanzeige(r):
    b = B()
    g, f = fl(r, "de")
    a = intl_addr(r, "DE", multiline=True)[0]
    b.f("«P»\n«ADDR»\n\n", f"{g} {f}", a)
    b.f("An die Hausverwaltung «»\nper E-Mail an «E»\n\n«LOC», «DT»\n\n", r.choice(["Wohnbau Meyer GmbH", "Immobilien Schäfer & Partner", "Vonovia Kundenservice"]), role_email(r, "hv-nord.de"),
        r.choice(["Berlin", "Hamburg", "Köln", "Leipzig"]), dt(r, "de", time=False))
    b.f("Betreff: Mängelanzeige Wohnung «», Mietvertrag-Nr. «»\n\nSehr geehrte Damen und Herren,\n\n", f"{r.randint(1, 5)}. OG {r.choice(['links', 'rechts', 'Mitte'])}", f"MV-{dg(r, 6)}")
    b.f("hiermit zeige ich folgende Mängel an: «». Der Mangel besteht seit dem «DT». ", r.choice([
        "Schimmelbildung im Schlafzimmer an der Außenwand", "die Heizung im Bad bleibt kalt", "Feuchtigkeit im Kellerabteil", "der Aufzug (Schindler 3300) fällt regelmäßig aus"]),
        dt(r, "de", time=False))
    b.f("Ich bitte um Beseitigung bis spätestens «DT». Für einen Termin bin ich unter «PH» erreichbar; ", dt(r, "de", time=False), phone(r, "DE"))
    b.f("ein Zugang ist am «DT» möglich. Bis zur Beseitigung mindere ich die Miete um «» %.\n\n", dt(r, "de", time=True), r.choice([5, 10, 15]))
    b.f("Mit freundlichen Grüßen\n«P»\n", f"{g} {f}")
    return b


def k_de_rechnung_nu(r):
    b = B()
    g, f = fl(r, "de")
    a = intl_addr(r, "DE")[0]
    b.f("«» · «ADDR»\nTel. «PH» · «E» · USt-IdNr. DE«»\n\n", r.choice(["Trockenbau Weber GmbH", "Elektro Schulz e.K.", "Fliesen Hoffmann GmbH & Co. KG"]), a, phone(r, "DE"), role_email(r, "bauplan-gmbh.de"), dg(r, 9))
    b.f("RECHNUNG Nr. «»  (Abschlagsrechnung «» nach VOB/B § 16)\nRechnungsdatum: «DT»\nLeistungszeitraum: «DT» – «DT»\n", inv_no(r), r.randint(1, 9),
        dt(r, "de", time=False), dt(r, "de", time=False), dt(r, "de", time=False))
    b.f("Bauvorhaben: «», «ADDR»\nAuftraggeber: «» z. Hd. «»«P»\n\n", r.choice(["Neubau Kita Sonnenschein", "Sanierung Schule am Park", "Wohnpark Lindenhof BA 2"]), intl_addr(r, "DE")[0],
        r.choice(["BauPlan GmbH", "Hochtief Infrastructure"]), r.choice(["Herrn ", "Frau "]), person(r, "de", "full"))
    for pos in range(1, r.randint(3, 5)):
        b.f("Pos. «»  «» «» m²  à «»  = «»\n", pos, r.choice(["GK-Ständerwand CW 75", "Abhangdecke D112", "Wandfliesen 30x60", "Kabelverlegung NYM-J 3x1,5"]).ljust(28),
            r.randint(10, 900), amount(r, "€de", 10, 90), amount(r, "€de", 300, 30000))
    b.f("Netto «» + 19 % USt «» = Brutto «»\nAbzgl. 5 % Sicherheitseinbehalt.\n\n", amount(r, "€de", 5000, 90000), amount(r, "€de", 900, 17000), amount(r, "€de", 6000, 100000))
    b.f("Zahlbar bis «DT» auf unser Konto:\nIBAN «IBAN» · BIC «»\n", dt(r, "de", time=False), iban(r, "DE"), r.choice(["COBADEFFXXX", "DEUTDEDBKOE", "GENODEM1GLS"]))
    return b


def k_fr_accident(r):
    b = B()
    g, f = fl(r, "fr")
    b.f("DÉCLARATION D'ACCIDENT DU TRAVAIL — chantier «»\nRéf. interne «»\n\n", r.choice(["Résidence Les Tilleuls", "ZAC Confluence lot B2", "Lycée Voltaire"]), f"AT-{dg(r, 5)}")
    b.f("Victime : «P»\nNé(e) le : «DOB»\nAdresse : «ADDR»\nTéléphone : «PH»\nPoste : «»\n", r.choice([f"{f.upper()} {g}", f"{g} {f}"]), dob(r, "fr"), intl_addr(r, "FR")[0], phone(r, "FR"),
        r.choice(["coffreur", "maçon", "électricien", "grutier"]))
    b.f("\nDate et heure de l'accident : «DT»\nLieu : «», «ADDR»\n", dt(r, "fr", time=True), r.choice(["niveau R+2, zone C", "fond de fouille", "plateforme de la grue"]), intl_addr(r, "FR")[0])
    b.f("Circonstances : «»\n", r.choice(["chute de plain-pied sur une banche mal stockée", "coupure à la main droite lors du découpage d'un treillis soudé",
                                         "projection de laitance dans l'œil gauche"]))
    b.f("Témoin : M. «P» (tél. «PH»)\nPremiers soins : «P», SST\n", person(r, "fr", "full"), phone(r, "FR"), person(r, "fr", "full"))
    b.f("Transporté à «» — dossier patient «MRN»\n", r.choice(["Hôpital Édouard Herriot", "CHU de Nantes", "Clinique du Parc"]), dg(r, 9))
    b.f("Arrêt de travail : «» jours — CPAM informée.\n\nÉtabli à «LOC» par «P», conducteur de travaux, le «DT».\n", r.randint(0, 21), r.choice(["Lyon", "Nantes", "Lille", "Bordeaux"]), person(r, "fr"), dt(r, "fr", time=False))
    return b


def k_fr_demande_intervention(r):
    b = B()
    g, f = fl(r, "fr")
    b.f("Demande d'intervention n° «» — «»\n\n", wo_no(r), r.choice(["Urgent", "Normal"]))
    b.f("Locataire : «»«P»\nLogement : bât. «», apt «»\nAdresse : «ADDR»\nTél. : «PH»\nCourriel : «E»\n", r.choice(["Mme ", "M. ", ""]), f"{g} {f}", r.choice("ABC"), r.randint(1, 80),
        intl_addr(r, "FR")[0], phone(r, "FR"), email(r, g, f, r.choice(["orange.fr", "free.fr", "gmail.com"])))
    b.f("\nObjet : «»\n", r.choice(["fuite sous l'évier de la cuisine", "radiateur froid dans la chambre", "interphone hors service", "VMC bruyante"]))
    b.f("Disponibilités : «DT» ou «DT»\n", dt(r, "fr", time=True), dt(r, "fr", time=True, wd=True))
    if r.random() < 0.4:
        b.f("Remarque : notre chat «» ne sort pas, merci de bien refermer la porte.\n", r.choice(PETS))
    else:
        b.t("Remarque : clé disponible chez la gardienne.\n")
    b.f("\nTransmis à l'entreprise «» (contrat P2 n° «») le «DT» par «P».\n", r.choice(["Dalkia", "Engie Home Services", "Plomberie Girard SARL"]), dg(r, 6), dt(r, "fr", time=False), person(r, "fr", "full"))
    return b


def k_fr_facture_st(r):
    b = B()
    b.f("«»\n«ADDR»\nSIRET «» — Tél. «PH»\n\n", r.choice(["SARL Batisud Peinture", "Étanchéité Moreau SAS", "Menuiseries Dubois"]), intl_addr(r, "FR")[0], f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)} {dg(r, 5)}", phone(r, "FR"))
    b.f("FACTURE N° «»\nDate : «DT»\nÉchéance : «DT»\nChantier : «» — marché n° «»\nClient : «», à l'attention de «»«P»\n\n", inv_no(r), dt(r, "fr", time=False), dt(r, "fr", time=False),
        r.choice(["Résidence Les Tilleuls", "Groupe scolaire Jaurès"]), f"M{dg(r, 5)}", r.choice(["Vinci Construction", "Eiffage Bâtiment", "Bouygues Bâtiment"]), r.choice(["M. ", "Mme "]), person(r, "fr", "full"))
    for _ in range(r.randint(2, 4)):
        b.f("- «» : «»\n", r.choice(["Peinture acrylique 2 couches (Tollens)", "Étanchéité toiture-terrasse", "Bloc-porte acoustique", "Enduit de façade"]), amount(r, "€fr", 400, 30000))
    b.f("Total HT «» — TVA 20 % «» — Total TTC «»\nRetenue de garantie 5 %.\n\n", amount(r, "€fr", 2000, 90000), amount(r, "€fr", 400, 18000), amount(r, "€fr", 2400, 108000))
    b.f("Règlement par virement : IBAN «IBAN» — BIC «»\nContact facturation : «P», «E»\n", iban(r, "FR"), r.choice(["BNPAFRPPXXX", "AGRIFRPP", "CCBPFRPPLYO"]), person(r, "fr"), role_email(r, "batisud.fr"))
    return b


def k_es_parte_accidente(r):
    b = B()
    g, f = fl(r, "es")
    f2 = last(r, "es")
    b.f("PARTE INTERNO DE ACCIDENTE LABORAL — Obra: «»\nN.º de parte: «»\n\n", r.choice(["Edificio 48 viviendas Valdebebas", "Nave logística Pol. Ind. Sur", "Reforma Hospital La Paz"]), f"PA-{dg(r, 4)}")
    b.f("Trabajador: «P»\nFecha de nacimiento: «DOB»\nDomicilio: «ADDR»\nTeléfono: «PH»\nCategoría: «»\n", f"{g} {f} {f2}", dob(r, "es"), intl_addr(r, "ES")[0], phone(r, "ES"),
        r.choice(["oficial 1ª albañil", "peón", "gruista", "encofrador"]))
    b.f("\nFecha y hora: «DT»\nLugar: «», «LOC»\n", dt(r, "es", time=True), r.choice(["planta 3ª, forjado", "acopio de ferralla", "andamio fachada norte"]), r.choice(["Madrid", "Valencia", "Sevilla", "Bilbao"]))
    b.f("Descripción: «»\n", r.choice(["tropezó con una manguera y se torció el tobillo derecho", "golpe en la mano con la radial (Hilti)", "caída a nivel desde escalera de mano"]))
    b.f("Testigos: «P», «P»\nAsistencia: Mutua «» — n.º de historia clínica «MRN»\n", person(r, "es", "full"), person(r, "es", "full"), r.choice(["Fremap", "Asepeyo", "Ibermutua"]), dg(r, 8))
    b.f("Recurso preventivo: «P» («PH»)\nFirmado en «LOC», a «DT»\n", person(r, "es"), phone(r, "ES"), r.choice(["Madrid", "Valencia", "Barcelona"]), dt(r, "es", time=False))
    return b


def k_es_alquiler(r):
    b = B()
    g, f = fl(r, "es")
    out = rdate(r)
    b.f("CONTRATO DE ALQUILER DE MAQUINARIA N.º «»\n\nArrendatario: «»\nPersona de contacto: «»«P»\nDNI/NIE: «»\n", f"AL-{dg(r, 6)}", r.choice(["Construcciones Levante S.L.", "Reformas Navarro S.A.", "autónomo"]),
        r.choice(["D. ", "Dña. ", "Sr. ", "Sra. "]), f"{g} {f}", f"{dg(r, 8)}{r.choice(UP)}")
    b.f("Carné de conducir: «DL»\nDirección: «ADDR»\nMóvil: «PH»\nCorreo: «E»\n\n", f"{dg(r, 8)}{r.choice(UP)}", intl_addr(r, "ES")[0], phone(r, "ES"), email(r, g, f))
    b.f("Máquina: «» — n.º de serie «», matrícula «»\n", r.choice(["Plataforma tijera Genie GS-1930", "Miniexcavadora Bobcat E19", "Manipulador telescópico JLG 3614RS"]), f"{an(r, 3, UP)}{dg(r, 6)}", plate(r))
    b.f("Entrega: «DT»\nDevolución prevista: «DT»\nTarifa: «»/día + IVA; fianza «»\n", dt(r, "es", time=True, d=out), dt(r, "es", time=True, d=out + _dt.timedelta(days=r.randint(1, 30))),
        amount(r, "€de", 60, 400), amount(r, "€de", 300, 2000))
    b.f("Domiciliación bancaria: IBAN «IBAN»\n", iban(r, "ES"))
    if r.random() < 0.4:
        b.f("Fianza con tarjeta: «CC»\n", card(r))
    b.f("\nFirma del arrendatario: «P»\n", f"{g} {f}")
    return b


def k_it_verbale(r):
    b = B()
    b.f("VERBALE DI SOPRALLUOGO N. «»\nCantiere: «» — «ADDR»\n", r.randint(1, 60), r.choice(["Residenza Le Betulle", "Scuola primaria via dei Mille", "Ampliamento capannone"]), intl_addr(r, "IT")[0])
    b.f("Data: «DT»\n\nPresenti:\n", dt(r, "it", time=True))
    for ruolo in r.sample(["Direttore dei Lavori", "CSE", "Impresa affidataria", "RUP", "Committente"], 3):
        b.f("- «»«P» («»)\n", r.choice(["Arch. ", "Ing. ", "Geom. ", "Dott. ", ""]), person(r, "it", "full"), ruolo)
    b.f("\nSi rileva: «».\n", r.choice(["parapetti provvisori mancanti al piano terzo lato nord", "ponteggio privo di PiMUS aggiornato",
                                         "armature del solaio non conformi alla tavola S-04", "estintori scaduti nel deposito"]))
    b.f("Prescrizione: adeguamento entro il «DT». Prossimo sopralluogo «DT».\n", dt(r, "it", time=False), dt(r, "it", time=True))
    b.f("Recapito CSE: «PH» — «E»\n\nLetto, confermato e sottoscritto a «LOC».\n", phone(r, "IT"), email(r, *fl(r, "it"), "edilnova.it"), r.choice(["Milano", "Torino", "Bologna", "Roma"]))
    return b


def k_it_fattura(r):
    b = B()
    b.f("«» — P.IVA «»\n«ADDR»\nTel. «PH»  PEC: «E»\n\n", r.choice(["Edilnova S.r.l.", "Impianti Ferrari S.n.c.", "Cartongessi Bianchi S.r.l."]), dg(r, 11), intl_addr(r, "IT")[0], phone(r, "IT"), role_email(r, "pec.edilnova.it"))
    b.f("FATTURA N. «» del «DT»\nCommittente: «» — alla c.a. «»«P»\nCIG «» — CUP «»\n\n", f"{r.randint(1, 300)}/{r.randint(2023, 2025)}", dt(r, "it", time=False),
        r.choice(["Impresa Rossi Costruzioni S.p.A.", "Colombo Edilizia"]), r.choice(["Geom. ", "Ing. ", "Sig. "]), person(r, "it", "full"), an(r, 10, UP + "0123456789"), an(r, 15, UP + "0123456789"))
    b.f("SAL n. «» — lavori di «»: «»\nIVA 10% «» — Totale «»\nScadenza pagamento: «DT»\n", r.randint(1, 12), r.choice(["impermeabilizzazione", "impianto elettrico", "tramezzature in cartongesso"]),
        amount(r, "€de", 2000, 90000), amount(r, "€de", 200, 9000), amount(r, "€de", 2200, 99000), dt(r, "it", time=False))
    b.f("Bonifico su IBAN «IBAN» intestato a «»\nReferente amministrativo: «P» «PH»\n", iban(r, "IT"), r.choice(["Edilnova S.r.l.", "Impianti Ferrari S.n.c."]), person(r, "it"), phone(r, "IT"))
    return b


def k_pt_ordem_servico(r):
    b = B()
    g, f = fl(r, "pt")
    f2 = last(r, "pt")
    b.f("CONDOMÍNIO «» — ORDEM DE SERVIÇO Nº «»\n\n", r.choice(["Edifício Jardim Europa", "Residencial Bela Vista", "Torre Paulista"]), wo_no(r))
    b.f("Solicitante: «P» (apto «»)\nTelefone: «PH»\nE-mail: «E»\nEndereço: «ADDR»\n", f"{g} {f} {f2}", r.randint(11, 2104), phone(r, "BR"), email(r, g, f2, r.choice(["gmail.com", "uol.com.br", "hotmail.com"])), intl_addr(r, "BR")[0])
    b.f("Serviço: «»\nPrestador: «» — técnico «P»\n", r.choice(["troca da bomba de recalque", "vazamento na prumada de água fria", "portão da garagem travado", "manutenção do elevador (Atlas Schindler)"]),
        r.choice(["Hidráulica Silva ME", "Elevadores Atlas", "Portões Costa"]), person(r, "pt", "full"))
    b.f("Agendado para «DT»\nValor orçado: R$ «»\n", dt(r, "pt", time=True), f"{r.randint(150, 9000)},{dg(r, 2)}")
    b.f("Pagamento via PIX (chave CNPJ «»)\nSíndico(a): «P» — «PH»\n", f"{dg(r, 2)}.{dg(r, 3)}.{dg(r, 3)}/0001-{dg(r, 2)}", person(r, "pt"), phone(r, "BR"))
    return b


def k_nl_storingsmelding(r):
    b = B()
    g, f = fl(r, "nl")
    b.f("Storingsmelding «» — ontvangen via huurdersportaal (ref. «»)\n\n", wo_no(r), uid(r)[:18])
    b.f("Huurder: «»«P»\nAdres: «ADDR»\nTelefoon: «PH»\nE-mail: «E»\n", r.choice(["dhr. ", "mevr. ", ""]), f"{g} {f}", intl_addr(r, "NL")[0], phone(r, "NL"), email(r, g, f, r.choice(["ziggo.nl", "kpnmail.nl", "gmail.com"])))
    b.f("Contractnummer: «»\n\nOmschrijving: «»\n", f"HC-{dg(r, 7)}", r.choice(["cv-ketel (Remeha Calenta) geeft storing 2.P1, geen warm water", "lekkage bij de dakgoot boven de slaapkamer",
                                                                                       "voordeur klemt na de regen", "mechanische ventilatie maakt veel lawaai"]))
    b.f("Bereikbaar: «DT» of «DT»\n", dt(r, "nl", time=True), dt(r, "nl", time=True))
    b.f("Toegewezen aan: «» — monteur «P»\n", r.choice(["Installatiebedrijf Bakker BV", "Dakdekkers Visser", "Onderhoud Noord"]), person(r, "nl"))
    if r.random() < 0.5:
        b.f("Huurincasso vanaf IBAN «IBAN» loopt door.\n", iban(r, "NL"))
    b.t("Let op: sleutel ligt bij de buren op nr. " + str(r.randint(1, 120)) + ".\n")
    return b


def k_pl_protokol(r):
    b = B()
    b.f("PROTOKÓŁ ODBIORU CZĘŚCIOWEGO ROBÓT nr «»\nsporządzony dnia «DT» r. w «LOC»\n\n", f"{r.randint(1, 30)}/{r.randint(2023, 2025)}", fmt_date(r, rdate(r), "pl"), r.choice(["Warszawie", "Krakowie", "Gdańsku", "Poznaniu"]))
    b.f("Inwestycja: «»\nAdres budowy: «ADDR»\n", r.choice(["Budynek mieszkalny wielorodzinny z garażem podziemnym", "Hala magazynowa B2", "Przebudowa szkoły podstawowej"]), intl_addr(r, "PL")[0])
    b.t("Komisja w składzie:\n")
    for rola in ["kierownik budowy", "inspektor nadzoru", "przedstawiciel wykonawcy"]:
        b.f("  - «»«P» — «», tel. «PH»\n", r.choice(["mgr inż. ", "inż. ", ""]), person(r, "pl", "full"), rola, phone(r, "PL"))
    b.f("\nZakres: «»\nWartość robót: «» zł netto\n", r.choice(["stan surowy zamknięty, klatka B", "instalacje elektryczne parter", "tynki wewnętrzne, piętra 1–3"]), f"{r.randint(10000, 900000):,}".replace(",", " "))
    b.f("Usterki do usunięcia do «DT».\nKontakt w sprawie faktury: «E»\nRachunek wykonawcy: «IBAN»\n", dt(r, "pl", time=False), role_email(r, "budmax.pl"), iban(r, "PL"))
    return b


def k_sv_felanmalan(r):
    b = B()
    g, f = fl(r, "sv")
    b.f("Felanmälan «» — «»\n\nHyresgäst: «P»\nAdress: «ADDR»\nLägenhetsnr: «»\nTelefon: «PH»\nE-post: «E»\n", wo_no(r), r.choice(["Akut", "Normal"]), f"{g} {f}", intl_addr(r, "SE")[0],
        r.randint(1001, 1604), phone(r, "SE"), email(r, g, f, r.choice(["telia.com", "gmail.com", "hotmail.se"])))
    b.f("\nBeskrivning: «»\n", r.choice(["Diskmaskinen läcker vatten på golvet", "Ingen värme i vardagsrummet sedan i helgen", "Ytterdörren går inte att låsa", "Fläkten i badrummet har slutat fungera"]))
    b.f("Får hantverkare gå in med huvudnyckel? «»\nÖnskad tid: «DT»\n", r.choice(["Ja", "Nej"]), dt(r, "sv", time=True))
    if r.random() < 0.4:
        b.f("Husdjur i lägenheten: katten «»\n", r.choice(PETS))
    else:
        b.t("Husdjur: nej\n")
    b.f("\nÄrendet tilldelat «P» («»), «PH».\n", person(r, "sv"), r.choice(["fastighetsskötare", "Bravida", "Coor"]), phone(r, "SE"))
    return b


def k_tr_is_kazasi(r):
    b = B()
    g, f = fl(r, "tr")
    b.f("İŞ KAZASI TESPİT TUTANAĞI\nŞantiye: «»\nTutanak No: «»\n\n", r.choice(["Kadıköy Konut Projesi", "Ankara Hastane Ek Bina", "İzmir Liman Deposu"]), f"İSG-{dg(r, 4)}")
    b.f("Kazazede: «P»\nDoğum tarihi: «DOB»\nAdres: «ADDR»\nTelefon: «PH»\nGörevi: «»\n", f"{g} {f}".upper() if r.random() < 0.3 else f"{g} {f}", dob(r, "tr"), intl_addr(r, "TR")[0], phone(r, "TR"),
        r.choice(["kalıpçı", "demirci", "vinç operatörü", "sıvacı"]))
    b.f("\nKaza tarihi ve saati: «DT»\nKazanın oluşu: «»\n", dt(r, "tr", time=True), r.choice(["iskeleden düşme (yaklaşık 2 m)", "taşlama makinesi ile elden yaralanma", "malzeme düşmesi sonucu omuz yaralanması"]))
    b.f("Şahitler: «P», «P»\nİş güvenliği uzmanı: «P» («PH»)\n", person(r, "tr", "full"), person(r, "tr", "full"), person(r, "tr", "full"), phone(r, "TR"))
    b.f("SGK bildirimi 3 iş günü içinde yapılacaktır. Düzenleme: «LOC», «DT»\n", r.choice(["İstanbul", "Ankara", "İzmir"]), dt(r, "tr", time=False))
    return b


def k_ja_nippo(r):
    b = B()
    nat = r.random() < 0.6
    if nat:
        nm = lambda: f"{r.choice(JA_NATIVE[1])} {r.choice(JA_NATIVE[0])}" if r.random() < 0.6 else f"{r.choice(JA_NATIVE[1])}{r.choice(JA_NATIVE[0])}"  # noqa: E731
        b.f("工事日報　No.«»\n工事名：«»\n日付：«DT»\n天候：«»\n\n", r.randint(1, 300), r.choice(["渋谷二丁目再開発 新築工事", "梅田オフィスビル改修工事", "横浜倉庫 増築工事"]), dt(r, "ja", time=False), r.choice(["晴れ", "曇り", "雨"]))
        b.f("現場代理人：«P»（携帯 «PH»）\n", nm(), phone(r, "JP"))
        pref, ward, z = r.choice(JP_NAT)
        b.f("現場住所：〒«» «ADDR»\n\n作業内容：\n・«»\n・«»\n", z, f"{pref}{ward}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}", r.choice(["3F スラブ配筋検査", "外部足場 組立", "鉄骨建方 5節"]), r.choice(["生コン打設 42m3", "墨出し", "設備スリーブ確認"]))
        b.f("\n来場者：«P»様（設計事務所）«DT»〜«DT»\n", nm(), fmt_time(r, "ja"), fmt_time(r, "ja"))
        b.f("明日の予定：«DT» 朝礼後 KY活動\n連絡先：«E»\n", dt(r, "ja", time=True), role_email(r, "kensetsu-tokyo.co.jp"))
    else:
        g, f = fl(r, "ja")
        b.f("Koji Nippo (daily site report) No. «»\nGenba: «»\nHizuke: «DT»\n\n", r.randint(1, 300), r.choice(["Shibuya 2-chome Redevelopment", "Umeda Office Renovation"]), dt(r, "en", time=False))
        b.f("Genba dairinin: «P» (keitai «PH»)\nGenba jusho: «ADDR»\n", f"{f} {g}", phone(r, "JP"), intl_addr(r, "JP")[0])
        b.f("Sagyo naiyo: haikin kensa 3F, ashiba kumitate\nRaijo-sha: «P»-san, «» sekkei jimusho\n", person(r, "ja", "full"), r.choice(["Nikken", "Arcadia", "Kume"]))
        b.f("Ashita no yotei: «DT» chorei\n", dt(r, "en", time=True))
    b.f("記録：«»\n" if nat else "Kiroku: «»\n", uid(r)[:8])
    return b


# ================================================================ entity-free documents (hard negatives only)
def k_bms_alarm_log(r):
    b = B()
    b.f("# Metasys alarm export  site=«»  controller fw «»\n", r.choice(["OHP", "RMOB", "MPLC"]), version(r))
    style = r.randint(0, 2)
    for _ in range(r.randint(6, 11)):
        b.f("«» «» «» «» value=«» limit=«» ack=«» evt=«»\n", log_ts(r, style), r.choice(["ALARM", "NORMAL", "FAULT", "OFFNORMAL"]), f"AHU-{r.randint(1, 12):02d}",
            r.choice(["SA-T", "DA-P", "RA-CO2", "VFD-FLT", "CHWS-T", "FilterDP"]), round(r.uniform(0, 1200), 1), r.randint(40, 1000), r.choice(["Y", "N"]), uid(r)[:13])
    b.f("# export job «» completed in «» ms, «» rows, checksum «»\n", wo_no(r), r.randint(20, 9000), r.randint(6, 11), sha(r, 32))
    return b


def k_concrete_tests(r):
    b = B()
    b.f("Lab report «» — compressive strength, ASTM C39 (rev. «»)\nMix «» specified f'c «» psi\n\n", f"CT-{dg(r, 5)}", version(r), f"{r.choice(['4000', '5000', '6000'])}-{an(r, 2, UP)}", r.choice([4000, 5000, 6000]))
    b.t("set,cyl,age_days,load_lbf,area_in2,psi,break_type,ticket\n")
    for s in range(r.randint(2, 4)):
        for c in "ABC":
            load = r.randint(45000, 110000)
            b.f("«»,«»,«»,«»,12.57,«»,«»,«»\n", f"S{s + 1:02d}", c, r.choice([7, 28, 28, 56]), load, int(load / 12.57), r.randint(1, 6), dg(r, 7))
    b.f("\nSlump 4.5 in, air 5.8%, temp 68F. Truck tickets «» / «». Lab ref hash «»\n", dg(r, 7), dg(r, 7), sha(r, 40))
    b.f("Specimen batch id «» (not a person id), card ref «» — void.\n", ssn_bad(r), luhn_bad16(r))
    return b


def k_punch_list(r):
    b = B()
    b.f("PUNCH LIST — Level «»  (generated by «» «»)\n", r.randint(1, 12), r.choice(["Procore", "PlanGrid", "Fieldwire"]), version(r))
    b.t("ID     Room   Trade        Item                                          Status\n")
    for _ in range(r.randint(6, 12)):
        b.f("«» «» «» «» «»\n", f"P-{dg(r, 4)}", str(r.randint(100, 1299)).ljust(6), r.choice(["Drywall", "Paint", "Electrical", "Doors/Hdw", "Flooring", "Millwork"]).ljust(12),
            r.choice(["touch up Benjamin Moore OC-17 at corner guard", "missing cover plate, GFCI", "door closer (LCN 4040XP) adjust sweep", "LVT seam lifting",
                      "nail pops at soffit", "ceiling tile stained, replace", "Kohler faucet aerator missing"]).ljust(45), r.choice(["Open", "Ready for review", "Closed"]))
    b.f("\nTotal open: «»   Cost to complete est. «»\n", r.randint(3, 80), amount(r, "$", 500, 40000))
    return b


def k_material_takeoff(r):
    b = B()
    sep = r.choice([",", "\t", ";"])
    b.t(sep.join(["Line", "CSI", "Product", "Qty", "Unit", "Unit cost", "Extended", "SKU"]) + "\n")
    for i in range(r.randint(5, 10)):
        b.f(sep.join(["«»"] * 8) + "\n", i + 1, csi(r), r.choice(BRANDS + ["Type X 5/8 GWB", "USG Sheetrock", "Owens Corning R-19", "Tremco Dymonic 100"]),
            r.randint(1, 4000), r.choice(["EA", "SF", "LF", "GAL", "BX"]), amount(r, "$", 1, 900), amount(r, "$", 50, 90000), r.choice([dg(r, 12), luhn_bad16(r), f"{an(r, 3, UP)}-{dg(r, 5)}"]))
    b.f("Subtotal«»«»\nTax 8.25%«»«»\n", sep * 6, amount(r, "$", 5000, 300000), sep * 6, amount(r, "$", 400, 25000))
    return b


def k_ifc_geometry(r):
    b = B()
    b.t("DATA;\n")
    n = r.randint(100, 900)
    for k in range(r.randint(6, 12)):
        i = n + k * r.randint(1, 9)
        b.f(r.choice(["#«»= IFCCARTESIANPOINT((«»,«»,0.));\n", "#«»= IFCDIRECTION((«»,«»,1.));\n"]), i, round(r.uniform(-9000, 9000), 3), round(r.uniform(-9000, 9000), 3))
    b.f("#«»= IFCCOLUMN('«»',#42,'M_Concrete-Rectangular-Column:450 x 600mm:«»',$,'450 x 600mm',#«»,#«»,'«»',.COLUMN.);\n", n + 200, ifc_guid(r), r.randint(100000, 999999), n + 3, n + 5, r.randint(100000, 999999))
    b.f("#«»= IFCPROPERTYSINGLEVALUE('Reference',$,IFCIDENTIFIER('«»'),$);\n", n + 201, f"{r.choice(['C', 'W', 'B'])}{r.randint(1, 40)}")
    b.f("#«»= IFCPROPERTYSINGLEVALUE('FireRating',$,IFCLABEL('«»'),$);\nENDSEC;\n", n + 202, r.choice(["1 HR", "2 HR", "-"]))
    return b


def k_revit_warnings(r):
    b = B()
    b.f("Revit «» — Warnings report — «».rvt\n\n", r.randint(2022, 2025), r.choice(["HarborPoint_ARCH", "RMOB_STR", "Lot7_MEP"]))
    for _ in range(r.randint(4, 8)):
        b.f("«»\n   «» : «» : id «»\n   «» : «» : id «»\n", r.choice(["Highlighted walls overlap.", "There are identical instances in the same place.",
                                                                       "Room separation line is slightly off axis.", "Elements have duplicate 'Mark' values."]),
            r.choice(["Walls", "Doors", "Rooms", "Structural Framing"]), r.choice(["Basic Wall : Generic - 200mm", "Single-Flush : 915 x 2134mm", "W-Wide Flange : W12X26"]),
            r.randint(100000, 999999), r.choice(["Walls", "Doors"]), r.choice(["Basic Wall : Exterior - Brick on CMU", "Double-Glass 1"]), r.randint(100000, 999999))
    b.f("\nUniqueId «»-«»\nModel GUID «»\n", uid(r), f"{r.randint(0, 0xffffff):08x}", uid(r))
    return b


def k_spec_section(r):
    b = B()
    sec = csi(r)
    b.f("SECTION «»\n«»\n\nPART 1 - GENERAL\n1.1 REFERENCES\n", sec, r.choice(["CAST-IN-PLACE CONCRETE", "GYPSUM BOARD", "INTERIOR PAINTING", "FIRESTOPPING"]))
    b.f("  A. ACI 301-«» Specifications for Structural Concrete.\n  B. ASTM C150/C150M-«» Portland Cement.\n  C. ASTM C1396/C1396M-«».\n", r.randint(16, 20), r.randint(18, 22), r.randint(14, 17))
    b.f("1.2 SUBMITTALS\n  A. Product data for each type of product, numbered «»-«».\n\nPART 2 - PRODUCTS\n2.1 MANUFACTURERS\n", sec.replace(" ", ""), r.randint(1, 20))
    b.f("  A. Basis of design: «»; «»; or approved equal.\n", r.choice(BRANDS[8:12]), r.choice(["Sika Corporation", "Master Builders Solutions", "Hilti Firestop CP 606"]))
    b.f("  B. Minimum compressive strength «» psi at 28 days; w/cm max «».\n\nEND OF SECTION «»\n", r.choice([3000, 4000, 5000]), r.choice([0.40, 0.45, 0.50]), sec)
    return b


def k_de_leistungsverzeichnis(r):
    b = B()
    b.f("Leistungsverzeichnis LV-Nr. «» — Los «» Trockenbau (GAEB DA84, Version «»)\n\n", dg(r, 6), r.randint(1, 9), version(r))
    for i in range(r.randint(4, 8)):
        b.f("«».«».«»  «»\n         Menge «» «»   EP «»   GP «»\n", r.randint(1, 9), r.randint(10, 40), f"{(i + 1) * 10:04d}",
            r.choice(["Metallständerwand CW 100, 2-lagig beplankt, EI 90", "Abgehängte Decke Knauf D112", "Revisionsklappe 300x300", "Vorsatzschale W625",
                      "Brandschutzbekleidung Stahlträger F90"]), r.randint(5, 900), r.choice(["m²", "m", "St"]), amount(r, "€de", 5, 180), amount(r, "€de", 200, 80000))
    b.f("\nSumme Los netto «»; Nachlass «» %. Datei-Prüfsumme «»\n", amount(r, "€de", 20000, 900000), r.choice([0, 2, 3.5]), sha(r, 40))
    return b


def k_fr_bordereau(r):
    b = B()
    b.f("BORDEREAU DES PRIX UNITAIRES — Lot «» Gros œuvre (indice «»)\n\n", f"{r.randint(1, 12):02d}", r.choice("ABCD"))
    for _ in range(r.randint(5, 9)):
        b.f("«»  «» «» «»\n", f"{r.randint(1, 9)}.{r.randint(1, 20)}.{r.randint(1, 9)}",
            r.choice(["Béton C25/30 XC1 pour voiles", "Acier HA FeE500", "Coffrage banches", "Terrassement en pleine masse", "Dalle alvéolée 20+5"]).ljust(34),
            r.choice(["m³", "kg", "m²", "ml"]).ljust(3), amount(r, "€fr", 1, 600))
    b.f("\nRéf. marché «», référence dossier «» — montant total «» HT.\n", f"M{dg(r, 6)}", uid(r), amount(r, "€fr", 50000, 2000000))
    return b


# ================================================================ registry
KINDS = [
    # (name, lang, empty, fn)
    ("permit_application", "en", False, k_permit_application),
    ("inspection_report", "en", False, k_inspection_report),
    ("sub_invoice", "en", False, k_sub_invoice),
    ("lien_waiver", "en", False, k_lien_waiver),
    ("incident_report", "en", False, k_incident_report),
    ("revit_journal", "en", False, k_revit_journal),
    ("flexlm_log", "en", False, k_flexlm_log),
    ("tenant_request", "en", False, k_tenant_request),
    ("badge_csv", "en", False, k_badge_csv),
    ("rental_agreement", "en", False, k_rental_agreement),
    ("rfi_email", "en", False, k_rfi_email),
    ("daily_report", "en", False, k_daily_report),
    ("vendor_ach", "en", False, k_vendor_ach),
    ("w9_chat", "en", False, k_w9_chat),
    ("certified_payroll", "en", False, k_certified_payroll),
    ("procore_webhook", "en", False, k_procore_webhook),
    ("aps_config_yaml", "en", False, k_acc_config),
    ("dotenv", "en", False, k_dotenv),
    ("slack_export", "en", False, k_slack_export),
    ("llm_prompt", "en", False, k_llm_prompt),
    ("change_order_email", "en", False, k_change_order_email),
    ("transmittal", "en", False, k_transmittal),
    ("toolbox_signin", "en", False, k_toolbox_signin),
    ("hl7_occ_health", "en", False, k_hl7_occ_health),
    ("fhir_bundle", "en", False, k_fhir_patient),
    ("edi_810", "en", False, k_edi_810),
    ("vcard", "en", False, k_vcard),
    ("ics_precon", "en", False, k_ics_precon),
    ("ifc_header", "en", False, k_ifc_header),
    ("k8s_secret", "en", False, k_k8s_secret),
    ("nginx_access", "en", False, k_nginx_access),
    ("ci_log", "en", False, k_ci_log),
    ("aws_credentials_ticket", "en", False, k_aws_credentials),
    ("visitor_log_tsv", "en", False, k_visitor_log),
    ("key_issuance", "en", False, k_key_issuance),
    ("lease_abstract", "en", False, k_lease_abstract),
    ("cmms_workorder_json", "en", False, k_cmms_workorder),
    ("utility_letter", "en", False, k_utility_letter),
    ("crane_lift_plan", "en", False, k_crane_lift),
    ("sms_thread", "en", False, k_sms_thread),
    ("git_diff", "en", False, k_git_diff),
    ("hr_onboarding_yaml", "en", False, k_hr_onboarding),
    ("architect_letter", "en", False, k_architect_letter),
    ("xml_permit_api", "en", False, k_xml_permit_api),
    ("jira_ticket", "en", False, k_jira_ticket),
    ("de_bauantrag", "de", False, k_de_bauantrag),
    ("de_maengelanzeige", "de", False, k_de_maengelanzeige),
    ("de_rechnung_nu", "de", False, k_de_rechnung_nu),
    ("fr_accident_travail", "fr", False, k_fr_accident),
    ("fr_demande_intervention", "fr", False, k_fr_demande_intervention),
    ("fr_facture_st", "fr", False, k_fr_facture_st),
    ("es_parte_accidente", "es", False, k_es_parte_accidente),
    ("es_alquiler_maquinaria", "es", False, k_es_alquiler),
    ("it_verbale_sopralluogo", "it", False, k_it_verbale),
    ("it_fattura_sal", "it", False, k_it_fattura),
    ("pt_ordem_servico", "pt", False, k_pt_ordem_servico),
    ("nl_storingsmelding", "nl", False, k_nl_storingsmelding),
    ("pl_protokol_odbioru", "pl", False, k_pl_protokol),
    ("sv_felanmalan", "sv", False, k_sv_felanmalan),
    ("tr_is_kazasi", "tr", False, k_tr_is_kazasi),
    ("ja_koji_nippo", "ja", False, k_ja_nippo),
    ("bms_alarm_log", "en", True, k_bms_alarm_log),
    ("concrete_tests_csv", "en", True, k_concrete_tests),
    ("punch_list", "en", True, k_punch_list),
    ("material_takeoff", "en", True, k_material_takeoff),
    ("ifc_geometry", "en", True, k_ifc_geometry),
    ("revit_warnings", "en", True, k_revit_warnings),
    ("spec_section", "en", True, k_spec_section),
    ("de_leistungsverzeichnis", "de", True, k_de_leistungsverzeichnis),
    ("fr_bordereau_prix", "fr", True, k_fr_bordereau),
]
_EMPTY = [k for k in KINDS if k[2]]
_NONEN = [k for k in KINDS if not k[2] and k[1] != "en"]
_EN = [k for k in KINDS if not k[2] and k[1] == "en"]


def _pick(r):
    x = r.random()
    pool = _EMPTY if x < 0.12 else _NONEN if x < 0.34 else _EN
    return r.choice(pool)


def _build(i, seed):
    r = Random(f"blind72-{seed}-{i}")
    kind = _pick(r)
    for _ in range(30):
        b = kind[3](r)
        text = b.text()
        if 150 <= len(text) <= 3000:
            break
    ents = [{"start": s, "end": e, "type": t} for s, e, t in sorted(b.ents)]
    return {"id": f"blind72-{seed}-{i}", "text": text, "entities": ents}, kind


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _build(i, seed)[0]


# ================================================================ validation
_BAD_EDGE_START = "\"'([{<«“‘"
_BAD_EDGE_END = "\"')]}>.,;:»”’"
_SHAPES = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"),
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})"),
    "SLACK_TOKEN": re.compile(r"xox[abposr]-[0-9A-Za-z\-]{20,}"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_live_[A-Za-z0-9]{16,}"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END [A-Z ]*PRIVATE KEY-----"),
}


def _ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def _jwt_ok(s):
    parts = s.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_\-]+", p) for p in parts):
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return False
    return isinstance(h, dict) and "alg" in h


def _url_ok(s):
    m = re.fullmatch(r"https?://([^/\s?#:]+)(:\d+)?([/?#]\S*)?", s)
    if not m or "@" in s:
        return False
    try:
        ipaddress.ip_address(m.group(1))
        return False
    except ValueError:
        return True


def _check_span(typ, s):
    p = []
    has_d = any(c.isdigit() for c in s)
    if typ in ("PERSON", "LOCATION"):
        if has_d or "\n" in s or "@" in s or "://" in s:
            p.append("digit/newline/@ in name or place")
    elif typ == "EMAIL_ADDRESS":
        if not _SHAPES[typ].fullmatch(s):
            p.append("bad email")
    elif typ == "PHONE_NUMBER":
        nd = sum(c.isdigit() for c in s)
        if not (7 <= nd <= 15) or re.search(r"[^0-9 +()\-./]", s):
            p.append("bad phone")
    elif typ == "US_SSN":
        if not _ssn_ok(s):
            p.append("bad ssn")
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", s)
        if not d.isdigit() or not (13 <= len(d) <= 19) or not luhn_ok(d):
            p.append("bad card")
    elif typ == "IBAN_CODE":
        if not iban_valid(s):
            p.append("bad iban")
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
        except ValueError:
            p.append("bad ip")
    elif typ == "URL":
        if not _url_ok(s):
            p.append("bad url")
    elif typ == "JWT":
        if not _jwt_ok(s):
            p.append("bad jwt")
    elif typ in _SHAPES:
        if not _SHAPES[typ].fullmatch(s):
            p.append(f"bad {typ}")
    elif typ in ("PASSWORD", "GENERIC_SECRET"):
        if re.search(r"\s", s) or len(s) < 4:
            p.append("bad secret")
    elif typ in ("DATE_TIME", "DATE_OF_BIRTH", "ADDRESS", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        if not has_d:
            p.append("no digit")
        if typ not in ("ADDRESS",) and "\n" in s:
            p.append("newline")
    return p


def validate(doc) -> list[str]:
    probs = []
    text = doc.get("text", "")
    if not isinstance(text, str) or not (150 <= len(text) <= 3000):
        probs.append(f"length {len(text)} out of 150..3000")
    prev_end = -1
    prev_start = -1
    for e in doc.get("entities", []):
        s, en, t = e.get("start"), e.get("end"), e.get("type")
        tag = f"{t}@{s}-{en}"
        if t not in TYPES:
            probs.append(f"{tag}: unknown type")
            continue
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
            probs.append(f"{tag}: offsets out of range")
            continue
        if s < prev_start:
            probs.append(f"{tag}: not sorted")
        if s < prev_end:
            probs.append(f"{tag}: overlaps previous span")
        prev_start, prev_end = s, max(prev_end, en)
        span = text[s:en]
        if span != span.strip():
            probs.append(f"{tag}: surrounding whitespace {span!r}")
        if (span[0] in _BAD_EDGE_START and not (t == "PHONE_NUMBER" and span[0] == "(")) or (span[-1] in _BAD_EDGE_END and t != "PRIVATE_KEY"):
            probs.append(f"{tag}: quote/bracket/punctuation at edge {span!r}")
        for msg in _check_span(t, span):
            probs.append(f"{tag}: {msg} {span[:60]!r}")
    return probs


# ================================================================ CLI
def _check(seed):
    n = 3000
    bad = 0
    by_type, by_kind, by_lang = Counter(), Counter(), Counter()
    empty = nonen = 0
    for i in range(n):
        doc, (name, lang, is_empty, _) = _build(i, seed)
        probs = validate(doc)
        if is_empty and doc["entities"]:
            probs.append("empty kind produced entities")
        if not is_empty and not doc["entities"]:
            probs.append("entity kind produced no entities")
        if probs:
            bad += 1
            if bad <= 25:
                print(f"[{doc['id']} {name}] " + "; ".join(probs[:5]))
        by_kind[name] += 1
        by_lang[lang] += 1
        empty += not doc["entities"]
        nonen += lang != "en"
        for e in doc["entities"]:
            by_type[e["type"]] += 1
    # determinism: document i independent of n
    d1 = list(generate(5, seed))[4]
    d2 = _build(4, seed)[0]
    if d1 != d2:
        print("non-deterministic generation")
        bad += 1
    print(f"docs: {n}   entities: {sum(by_type.values())}   kinds registered: {len(KINDS)}   kinds seen: {len(by_kind)}")
    print("\nentities per type:")
    for t in TYPES:
        print(f"  {t:24s} {by_type[t]}")
    print("\ndocs per language:")
    for l, c in sorted(by_lang.items(), key=lambda x: -x[1]):
        print(f"  {l:4s} {c}")
    print("\ndocs per kind:")
    for k, c in sorted(by_kind.items()):
        print(f"  {k:28s} {c}")
    print(f"\nnon-English share: {nonen / n:.1%}   empty share: {empty / n:.1%}")
    if len(KINDS) < 57 or len(by_kind) < 57:
        print("too few kinds")
        bad += 1
    missing = [t for t in TYPES if not by_type[t]]
    if missing:
        print("types never produced:", missing)
    print("CHECK " + ("FAILED" if bad else "PASSED") + f" ({bad} problem docs)")
    return 1 if bad else 0


def _sample(k, seed):
    for doc in generate(k, seed):
        name = _build(int(doc["id"].rsplit("-", 1)[1]), seed)[1][0]
        print("=" * 78)
        print(f"{doc['id']}  kind={name}  chars={len(doc['text'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  {e['type']:22s} {doc['text'][e['start']:e['end']]!r}")
        pr = validate(doc)
        if pr:
            print("  PROBLEMS:", pr)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 72 (construction / AEC / facility management)")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default=None)
    a = ap.parse_args(argv)
    if a.check:
        return _check(a.seed)
    if a.sample:
        _sample(a.sample, a.seed)
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
