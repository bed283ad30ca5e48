#!/usr/bin/env python3.11
"""Blind synthetic PII/PHI/secrets corpus #13 (standard library only).

generate(n, seed=0) yields dicts {"id", "text", "entities": [{"start","end","type"}]}.
Document i is a pure function of (seed, i) (random.Random(f"{seed}-{i}-{attempt}")).
Texts are 200..2500 characters.  Documents are assembled piece by piece with a
Builder; entity offsets come from the pieces, never from searching the text.

CLI:  --check            validate 3000 docs, print per-type counts
      --sample K         pretty-print K docs with their spans
      --n N --seed S --output F.jsonl

Domains (generators): HL7 v2 ADT (PID/NK1/IN1), FHIR Patient+Coverage JSON,
X12/EDI-like 837 claim, EMS run report, blood bank donor note, DMV vehicle
registration, bank KYC onboarding note, real-estate escrow/closing email, hotel
front-desk shift log, call-center QA transcript with scoring, customs/shipping
declaration, genealogy notes, dating/gaming account-recovery ticket, school
enrollment form, GDPR DSAR request + response, raw RFC 822 email, vCard, ICS,
DevOps YAML (Kubernetes Secret / docker-compose / GitHub Actions), bug report
with stack trace + config dump, OCR-extracted form with line-break noise,
customer product review, DE/ES/FR/PT/IT business letters.

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
import datetime as dt
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
         "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
         "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
         "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()
TYPESET = frozenset(TYPES)
MIN_LEN, MAX_LEN = 200, 2500

# --------------------------------------------------------------------------- builder
_PH = re.compile(r"\{\{(\w+)(?::([A-Z_]+))?\}\}")


class Builder:
    def __init__(self):
        self.parts: list[str] = []
        self.ents: list[tuple[int, int, str]] = []
        self.n = 0

    def t(self, *ss):
        for s in ss:
            self.parts.append(s)
            self.n += len(s)
        return self

    def e(self, s, typ):
        if typ is None:
            return self.t(s)
        if typ not in TYPESET:
            raise ValueError(typ)
        if not s or s != s.strip():
            raise ValueError(f"bad span {s!r}")
        self.ents.append((self.n, self.n + len(s), typ))
        return self.t(s)

    def f(self, tmpl, **kw):
        """Template with {{key}} (plain) and {{key:TYPE}} (labelled) slots."""
        pos = 0
        for m in _PH.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            v = kw[m.group(1)]
            self.e(v, m.group(2)) if m.group(2) else self.t(v)
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------- validators
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    if not 13 <= len(ds) <= 19:
        return False
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial: str) -> int:
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return (10 - s % 10) % 10


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, r = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g and r


# --------------------------------------------------------------------------- data pools
def _sp(s):
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES = {
    "english": ("James,Mary,Robert,Patricia,Michael,Jennifer,William,Linda,David,Elizabeth,Thomas,Sarah,Charles,Karen,Daniel,Emily,Matthew,Hannah,Andrew,Olivia,Grace,Ethan,Siobhan,Callum",
                "Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Moore,Thompson,White,Harris,Clark,Lewis,Walker,Hall,O'Brien,Fitzgerald,Campbell,McAllister"),
    "hispanic": ("José,María,Juan,Guadalupe,Carlos,Lucía,Alejandro,Sofía,Miguel,Valentina,Javier,Ximena,Jesús,Rocío",
                 "García,Rodríguez,Martínez,Hernández,López,González,Pérez,Sánchez,Ramírez,Torres,Flores,Rivera,de la Cruz,Castillo Ruiz"),
    "lusophone": ("João,Ana,Pedro,Mariana,Tiago,Beatriz,Rafael,Inês,Gonçalo,Letícia,Thiago,Luíza",
                  "Silva,Santos,Oliveira,Souza,Pereira,Costa,Carvalho,Almeida,Ferreira,Rodrigues,Gonçalves,Nascimento"),
    "french": ("Jean,Marie,Pierre,Camille,Louis,Chloé,Antoine,Élodie,Mathieu,Amélie,Jean-Luc,Margaux",
               "Martin,Bernard,Dubois,Robert,Richard,Petit,Durand,Leroy,Moreau,Lefèvre,Girard,Fontaine"),
    "german": ("Lukas,Anna,Maximilian,Leonie,Jürgen,Ursula,Felix,Katharina,Stefan,Sabine,Jörg,Friederike",
               "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Köhler,Braun"),
    "italian": ("Giuseppe,Francesca,Marco,Giulia,Alessandro,Chiara,Lorenzo,Martina,Matteo,Elena,Niccolò",
                "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,De Luca"),
    "dutch": ("Sanne,Daan,Lotte,Bram,Femke,Joris,Anouk,Thijs,Maarten,Ilse",
              "de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Visser,Smit,Meijer,van der Linden"),
    "polish": ("Katarzyna,Piotr,Agnieszka,Krzysztof,Małgorzata,Tomasz,Magdalena,Paweł,Wojciech",
               "Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowska,Zieliński,Szymańska"),
    "turkish": ("Mehmet,Ayşe,Mustafa,Fatma,Emre,Elif,Burak,Zeynep,Oğuz",
                "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Arslan"),
    "arabic": ("Mohammed,Fatima,Ahmed,Aisha,Omar,Layla,Youssef,Mariam,Khalid,Noor,Hamza",
               "Al-Sayed,Haddad,Mansour,Nasser,Khalil,El-Amin,Abdullah,Hamdan,Saleh,Al-Farsi"),
    "persian": ("Reza,Shirin,Dariush,Maryam,Arash,Parisa,Kourosh,Niloufar,Babak",
                "Hosseini,Rahimi,Tehrani,Moradi,Karimi,Ahmadi,Farahani,Jafari,Sadeghi"),
    "indian": ("Priya,Rahul,Ananya,Arjun,Deepika,Vikram,Lakshmi,Sanjay,Aishwarya,Rohan,Harpreet",
               "Sharma,Patel,Iyer,Reddy,Gupta,Nair,Banerjee,Chatterjee,Krishnan,Singh,Venkataraman"),
    "chinese": ("Wei,Fang,Jun,Li Na,Xiaoming,Mei,Hao,Yan,Zhiwei,Jing,Xinyi",
                "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu"),
    "korean": ("Min-jun,Seo-yeon,Ji-ho,Ha-eun,Dong-hyun,Soo-jin,Jae-won,Yuna",
               "Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon"),
    "vietnamese": ("Minh,Lan,Tuan,Thao,Hoang,Linh,Duc,Huong,Quang",
                   "Nguyen,Tran,Le,Pham,Vu,Dang,Bui,Do,Ngo"),
    "japanese": ("Haruto,Yui,Sota,Aoi,Takeshi,Yuki,Kenji,Sakura,Daichi",
                 "Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi"),
    "nigerian": ("Chinedu,Ngozi,Oluwaseun,Adaeze,Emeka,Funmilayo,Tunde,Chiamaka,Babatunde,Yetunde",
                 "Okafor,Adeyemi,Nwosu,Okonkwo,Balogun,Eze,Adebayo,Obi,Olawale,Uchenna"),
    "kenyan": ("Wanjiru,Kamau,Achieng,Otieno,Njeri,Kipchoge,Akinyi,Wafula",
               "Mwangi,Odhiambo,Kariuki,Ochieng,Kiprono,Wambui,Njoroge,Mutua"),
    "ethiopian": ("Abebe,Tigist,Dawit,Meseret,Yohannes,Selam,Getachew,Hirut",
                  "Bekele,Tesfaye,Haile,Girma,Alemu,Wolde,Kebede,Tadesse"),
    "filipino": ("Jose Maria,Maricel,Rodrigo,Jocelyn,Ramon,Analyn,Jericho,Rowena",
                 "dela Cruz,Santos,Reyes,Bautista,Villanueva,Mendoza,Aquino,Manalo"),
    "slavic": ("Dmitri,Olga,Sergei,Natalia,Oleksandr,Iryna,Andriy,Svetlana,Mykola,Yulia",
               "Ivanov,Petrova,Smirnov,Kuznetsova,Shevchenko,Kovalenko,Bondarenko,Melnyk,Volkov"),
}
NAMES = {k: (_sp(a), _sp(b)) for k, (a, b) in NAMES.items()}
FAMILY_FIRST = {"chinese", "korean", "vietnamese", "japanese"}

US_CITIES = [("Springfield", "IL", "627", "Illinois"), ("Austin", "TX", "787", "Texas"),
             ("Columbus", "OH", "432", "Ohio"), ("Portland", "OR", "972", "Oregon"),
             ("Albany", "NY", "122", "New York"), ("Tucson", "AZ", "857", "Arizona"),
             ("Raleigh", "NC", "276", "North Carolina"), ("Madison", "WI", "537", "Wisconsin"),
             ("Boise", "ID", "837", "Idaho"), ("Sacramento", "CA", "958", "California"),
             ("Newark", "NJ", "071", "New Jersey"), ("Dearborn", "MI", "481", "Michigan"),
             ("Miami", "FL", "331", "Florida"), ("Fresno", "CA", "937", "California"),
             ("Lowell", "MA", "018", "Massachusetts"), ("Aurora", "CO", "800", "Colorado"),
             ("St. Paul", "MN", "551", "Minnesota"), ("Savannah", "GA", "314", "Georgia"),
             ("Tacoma", "WA", "984", "Washington"), ("El Paso", "TX", "799", "Texas")]
INTL = {
    "Germany": ["Berlin", "München", "Hamburg", "Köln", "Leipzig"],
    "France": ["Paris", "Lyon", "Marseille", "Toulouse", "Lille"],
    "Spain": ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao"],
    "Portugal": ["Lisboa", "Porto", "Coimbra", "Braga"],
    "Brazil": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife"],
    "Italy": ["Roma", "Milano", "Napoli", "Torino", "Bologna"],
    "Netherlands": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"],
    "Poland": ["Warszawa", "Kraków", "Gdańsk", "Wrocław"],
    "Turkey": ["Istanbul", "Ankara", "İzmir", "Bursa"],
    "Nigeria": ["Lagos", "Abuja", "Ibadan", "Enugu"],
    "Kenya": ["Nairobi", "Mombasa", "Kisumu", "Eldoret"],
    "Ethiopia": ["Addis Ababa", "Bahir Dar", "Hawassa"],
    "India": ["Mumbai", "Bengaluru", "Chennai", "Pune", "Hyderabad"],
    "China": ["Shanghai", "Chengdu", "Shenzhen", "Hangzhou"],
    "South Korea": ["Seoul", "Busan", "Incheon"],
    "Vietnam": ["Hanoi", "Ho Chi Minh City", "Da Nang"],
    "Japan": ["Osaka", "Yokohama", "Sapporo", "Fukuoka"],
    "Philippines": ["Quezon City", "Cebu City", "Davao City"],
    "Ukraine": ["Kyiv", "Lviv", "Odesa", "Kharkiv"],
    "Mexico": ["Guadalajara", "Monterrey", "Puebla"],
    "United Kingdom": ["Manchester", "Leeds", "Bristol", "Glasgow"],
    "Canada": ["Toronto", "Calgary", "Halifax"],
    "Ireland": ["Cork", "Galway", "Limerick"],
    "Iran": ["Tehran", "Isfahan", "Shiraz"],
    "Egypt": ["Cairo", "Alexandria"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
PETS = ["Biscuit", "Luna", "Mochi", "Pepper", "Waffles", "Bruno", "Nala", "Ziggy", "Kiwi"]
BRANDS = ["Ben & Jerry's", "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Marie Callender's",
          "Jack Daniel's", "Hugo Boss", "Dr. Martens", "Louis Vuitton", "Dyson", "Philips Sonicare",
          "Wendy's", "Paul Mitchell", "Kenneth Cole", "Anker"]
DRUGS = ["metformin 500 mg", "lisinopril 10 mg", "atorvastatin 40 mg", "Eliquis 5 mg", "levothyroxine 75 mcg",
         "sertraline 50 mg", "albuterol inhaler", "Ozempic 0.5 mg", "amlodipine 5 mg", "insulin glargine"]
ICD = ["E11.9", "I10", "J45.909", "M54.5", "S72.001A", "R07.9", "Z34.90", "F41.1", "K21.9"]
CPT = ["99213", "99284", "93000", "80053", "36415", "71046", "A0427", "A0425"]
COMPANIES = ["Northwind Traders", "Globex Logistics", "Harbor & Pine LLC", "Acme Analytics",
             "Bluefin Health", "Meridian Title & Escrow", "Crescent Credit Union", "Lumen Freight GmbH"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk",
           "web.de", "orange.fr", "libero.it", "uol.com.br", "yandex.ru", "rediffmail.com"]
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ß": "ss", "ø": "o", "'": "", " ": "", "-": ""})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


class Person:
    def __init__(self, first, last, mid, origin):
        self.first, self.last, self.mid, self.origin = first, last, mid, origin

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def variant(self, r):
        k = r.random()
        if k < .45:
            return f"{self.first} {self.last}"
        if k < .6:
            return f"{self.first} {self.mid}. {self.last}"
        if k < .72:
            return f"{self.last}, {self.first}"
        if k < .82:
            return f"{self.first} {self.last}".upper()
        if k < .88:
            return f"{self.last.upper()}, {self.first}"
        if k < .93 and self.origin in FAMILY_FIRST:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def hl7(self, r, mid=True):
        s = f"{self.last.upper()}^{self.first.upper()}"
        return s + (f"^{self.mid}" if mid and r.random() < .6 else "")


# --------------------------------------------------------------------------- faker
AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits


class Fake:
    def __init__(self, r: random.Random):
        self.r = r

    # basic
    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chars(self, n, pool=AL):
        return "".join(self.r.choice(pool) for _ in range(n))

    def hexs(self, n):
        return self.chars(n, "0123456789abcdef")

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def pick(self, seq):
        return self.r.choice(seq)

    # people
    def person(self, origin=None, last=None):
        origin = origin or self.r.choice(list(NAMES))
        fs, ls = NAMES[origin]
        return Person(self.r.choice(fs), last or self.r.choice(ls), self.r.choice(string.ascii_uppercase), origin)

    def email(self, p=None, domain=None):
        r = self.r
        domain = domain or r.choice(DOMAINS)
        if p is None:
            return f"{self.chars(r.randint(5, 9), string.ascii_lowercase)}{r.randint(1, 99)}@{domain}"
        f, l = fold(p.first), fold(p.last)
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f[0]}", f"{f}_{l}"])
        return f"{local}@{domain}"

    def phone(self, cc=None):
        r = self.r
        cc = cc or r.choice(["US"] * 6 + ["UK", "DE", "FR", "ES", "BR", "IN", "NG", "KE", "JP", "IT", "NL", "PL", "MX", "PH", "TR", "CA"])
        d = self.digits
        if cc in ("US", "CA"):
            a, e, s = r.randint(201, 989), r.randint(201, 989), d(4)
            return r.choice([f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}", f"+1 {a} {e} {s}",
                             f"+1-{a}-{e}-{s}", f"1-{a}-{e}-{s}", f"({a}){e}-{s}", f"+1 ({a}) {e}-{s}"])
        return {
            "UK": lambda: r.choice([f"+44 20 {d(4)} {d(4)}", f"07{d(3)} {d(6)}", f"+44 161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}"]),
            "DE": lambda: r.choice([f"+49 30 {d(8)}", f"030 {d(4)} {d(4)}", f"+49 (0)89 {d(7)}", f"0171 {d(7)}"]),
            "FR": lambda: r.choice([f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"]),
            "ES": lambda: r.choice([f"+34 91 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(3)} {d(3)}"]),
            "BR": lambda: r.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 3{d(3)}-{d(4)}"]),
            "IN": lambda: r.choice([f"+91 9{d(4)} {d(5)}", f"+91-80-{d(4)}-{d(4)}", f"09{d(3)}{d(6)}"]),
            "NG": lambda: r.choice([f"+234 803 {d(3)} {d(4)}", f"0805 {d(3)} {d(4)}", f"+234 (0)1 {d(3)} {d(4)}"]),
            "KE": lambda: r.choice([f"+254 712 {d(6)}", f"0722 {d(3)} {d(3)}", f"+254 20 {d(7)}"]),
            "JP": lambda: r.choice([f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}"]),
            "IT": lambda: r.choice([f"+39 06 {d(4)} {d(4)}", f"+39 347 {d(3)} {d(4)}", f"02 {d(8)}"]),
            "NL": lambda: r.choice([f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(8)}"]),
            "PL": lambda: r.choice([f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 601 {d(3)} {d(3)}", f"601-{d(3)}-{d(3)}"]),
            "MX": lambda: r.choice([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}"]),
            "PH": lambda: r.choice([f"+63 917 {d(3)} {d(4)}", f"0917-{d(3)}-{d(4)}", f"(02) 8{d(3)}-{d(4)}"]),
            "TR": lambda: r.choice([f"+90 212 {d(3)} {d(2)} {d(2)}", f"0532 {d(3)} {d(2)} {d(2)}"]),
            "PT": lambda: r.choice([f"+351 21 {d(3)} {d(4)}", f"+351 91{d(1)} {d(3)} {d(3)}"]),
        }[cc]()

    def ipv4(self):
        r = self.r
        k = r.random()
        if k < .3:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < .5:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < .6:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"{r.choice([23, 31, 45, 62, 81, 98, 104, 141, 176, 185, 203, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self):
        r = self.r
        g = [f"{r.randint(0, 0xffff):x}" for _ in range(8)]
        if r.random() < .5:
            return "2001:db8:" + ":".join(g[2:4]) + "::" + g[7]
        return r.choice(["2a02", "2600", "2c0f", "2405"]) + ":" + ":".join(g[1:])

    def ip(self):
        return self.ipv6() if self.r.random() < .2 else self.ipv4()

    # dates
    def date(self, y0=2022, y1=2025):
        a = dt.date(y0, 1, 1).toordinal()
        b = dt.date(y1, 12, 28).toordinal()
        return dt.date.fromordinal(self.r.randint(a, b))

    def dob(self):
        return self.date(1935, 2018)

    def fdate(self, d, lang="en", style=None):
        r = self.r
        m = MONTHS[lang][d.month - 1]
        if lang == "de":
            return r.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {m} {d.year}", f"{d.day}.{d.month}.{d.year}"])
        if lang == "fr":
            return r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}"])
        if lang in ("es", "pt"):
            return r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}"])
        if lang == "it":
            return r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}"])
        styles = ["us", "iso", "long", "dmy_long", "short", "dash", "dot", "wd"]
        style = style or r.choice(styles)
        mo = MONTHS["en"][d.month - 1]
        return {
            "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "iso": d.isoformat(),
            "long": f"{mo} {d.day}, {d.year}",
            "dmy_long": f"{d.day} {mo} {d.year}",
            "short": f"{mo[:3]} {d.day}, {d.year}",
            "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
            "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "wd": f"{WEEKDAYS[d.weekday()]}, {mo} {d.day}, {d.year}",
            "md": f"{mo} {d.day}",
            "slash_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        }[style]

    def ftime(self, h24=None):
        r = self.r
        h, m = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, r.randint(0, 59)])
        if h24 is None:
            h24 = r.random() < .5
        if h24:
            return f"{h:02d}:{m:02d}"
        return f"{(h % 12) or 12}:{m:02d} {r.choice(['AM', 'PM', 'am', 'pm'])}"

    def fdatetime(self, d=None, lang="en"):
        r = self.r
        d = d or self.date()
        ds = self.fdate(d, lang)
        t = self.ftime(h24=(lang != "en") or None)
        joiner = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", " "], "es": [" a las ", ", "],
                  "pt": [" às ", ", "], "it": [" alle ", ", "]}[lang]
        return ds + r.choice(joiner) + t

    def ts_log(self):
        d = self.date()
        return f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}.{self.digits(3)}Z"

    def ts14(self):
        d = self.date()
        return f"{d:%Y%m%d}{self.r.randint(0, 23):02d}{self.r.randint(0, 59):02d}{self.r.randint(0, 59):02d}"

    def icsts(self):
        return f"{self.ts14()[:8]}T{self.r.randint(0, 23):02d}{self.r.randint(0, 59):02d}{self.r.randint(0, 59):02d}Z"

    def rfc2822(self):
        d = self.date()
        return (f"{WEEKDAYS[d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
                f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d} {self.r.choice(['+0000', '-0500', '+0100', '-0700'])}")

    # places
    def us_city(self):
        return self.r.choice(US_CITIES)

    def location(self, kind=None):
        r = self.r
        kind = kind or r.choice(["usct", "intl", "intlc", "country", "state", "city"])
        if kind == "usct":
            c = self.us_city()
            return f"{c[0]}, {c[1]}"
        if kind == "state":
            return self.us_city()[3]
        if kind == "city":
            return r.choice([self.us_city()[0], r.choice(r.choice(list(INTL.values())))])
        country = r.choice(list(INTL))
        if kind == "country":
            return country
        city = r.choice(INTL[country])
        return f"{city}, {country}" if kind == "intlc" else city

    def us_street(self):
        r = self.r
        s = f"{r.randint(1, 9899)} {r.choice(['Oak', 'Maple', 'Cedar', 'Elm', 'Washington', 'Lincoln', 'Park', 'Lakeview', 'Sunset', 'Highland', 'Willow', 'Jefferson', 'Chestnut', 'River Bend', 'N Main', 'W 5th', 'Magnolia'])} {r.choice(['St', 'Ave', 'Blvd', 'Rd', 'Dr', 'Ln', 'Ct', 'Way', 'Pl', 'Street', 'Avenue', 'Road'])}"
        if r.random() < .35:
            s += r.choice([f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Unit {r.randint(1, 300)}", f" #{r.randint(100, 999)}", f", Suite {r.randint(100, 900)}"])
        return s

    def us_zip(self, c):
        z = c[2] + self.digits(2)
        return z + (f"-{self.digits(4)}" if self.r.random() < .2 else "")

    def address(self, cc=None, multiline=False):
        r = self.r
        cc = cc or r.choice(["US"] * 6 + ["UK", "DE", "FR", "ES", "PT", "BR", "IT", "NL", "PL", "IN", "NG", "KE", "JP", "PH", "CA", "MX", "TR", "USPO"])
        sep = "\n" if multiline else ", "
        d = self.digits
        if cc == "US":
            c = self.us_city()
            return f"{self.us_street()}{sep}{c[0]}, {c[1]} {self.us_zip(c)}"
        if cc == "USPO":
            c = self.us_city()
            return f"{r.choice(['P.O. Box', 'PO Box'])} {r.randint(10, 99999)}{sep}{c[0]}, {c[1]} {self.us_zip(c)}"
        if cc == "UK":
            pc = f"{r.choice(['LS', 'M', 'BS', 'G', 'SW', 'N'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUW')}"
            return f"{r.randint(1, 220)} {r.choice(['Elm', 'Victoria', 'Church', 'Mill', 'Station', 'Kingsway'])} {r.choice(['Road', 'Street', 'Lane', 'Close', 'Avenue'])}{sep}{r.choice(INTL['United Kingdom'])} {pc}"
        if cc == "DE":
            return f"{r.choice(['Haupt', 'Bahnhof', 'Goethe', 'Schiller', 'Linden', 'Garten', 'Kirch'])}{r.choice(['straße', 'weg', 'allee'])} {r.randint(1, 140)}{sep}{d(5)} {r.choice(INTL['Germany'])}"
        if cc == "FR":
            return f"{r.randint(1, 180)} {r.choice(['rue de la Paix', 'rue Victor Hugo', 'avenue des Lilas', 'boulevard Jean Jaurès', 'rue du Moulin'])}{sep}{d(5)} {r.choice(INTL['France'])}"
        if cc == "ES":
            return f"{r.choice(['Calle Mayor', 'Calle de Alcalá', 'Avenida del Sol', 'Paseo de Gracia'])} {r.randint(1, 200)}, {r.randint(1, 9)}º {r.choice('ABCD')}{sep}{d(5)} {r.choice(INTL['Spain'])}"
        if cc == "PT":
            return f"Rua {r.choice(['Augusta', 'do Carmo', 'de Santa Catarina', 'Ferreira Borges'])} {r.randint(1, 300)}, {r.randint(1, 6)}º Esq{sep}{d(4)}-{d(3)} {r.choice(INTL['Portugal'])}"
        if cc == "BR":
            return f"Rua {r.choice(['das Flores', 'Augusta', 'XV de Novembro', 'Sete de Setembro'])}, {r.randint(1, 2000)} - Apto {r.randint(11, 190)}{sep}{r.choice(['Pinheiros', 'Centro', 'Boa Viagem'])}, {r.choice(INTL['Brazil'])} - {r.choice(['SP', 'RJ', 'MG', 'PR', 'PE'])}, {d(5)}-{d(3)}"
        if cc == "IT":
            return f"Via {r.choice(['Garibaldi', 'Roma', 'Dante Alighieri', 'dei Mille', 'Mazzini'])} {r.randint(1, 150)}{sep}{d(5)} {r.choice(INTL['Italy'])}"
        if cc == "NL":
            return f"{r.choice(['Keizersgracht', 'Prinsengracht', 'Dorpsstraat', 'Stationsweg'])} {r.randint(1, 400)}{sep}{r.randint(1000, 9999)} {r.choice(['CJ', 'AB', 'KL', 'XR'])} {r.choice(INTL['Netherlands'])}"
        if cc == "PL":
            return f"ul. {r.choice(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska'])} {r.randint(1, 120)}/{r.randint(1, 40)}{sep}{d(2)}-{d(3)} {r.choice(INTL['Poland'])}"
        if cc == "IN":
            return f"Flat {r.randint(101, 905)}, {r.choice(['Sai Residency', 'Green Park Towers', 'Lotus Enclave'])}, {r.randint(1, 20)}th Cross, {r.choice(['Indiranagar', 'Koramangala', 'Andheri West'])}{sep}{r.choice(INTL['India'])} {d(6)}"
        if cc == "NG":
            return f"{r.randint(1, 80)} {r.choice(['Adeola Odeku Street', 'Awolowo Road', 'Allen Avenue', 'Ogui Road'])}{sep}{r.choice(['Victoria Island', 'Ikoyi', 'Ikeja', 'Wuse II'])}, {r.choice(INTL['Nigeria'])}"
        if cc == "KE":
            return f"{r.choice(['Kenyatta Avenue', 'Moi Avenue', 'Ngong Road'])}, P.O. Box {d(5)}-00100{sep}{r.choice(INTL['Kenya'])}, Kenya"
        if cc == "JP":
            return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Meguro', 'Shibuya', 'Umeda', 'Chuo'])}, {r.choice(['Meguro-ku', 'Shibuya-ku', 'Kita-ku'])}{sep}{r.choice(['Tokyo', 'Osaka'])} {d(3)}-{d(4)}"
        if cc == "PH":
            return f"Blk {r.randint(1, 40)} Lot {r.randint(1, 30)}, {r.choice(['Mabini St.', 'Rizal Ave.', 'Bonifacio Drive'])}, Brgy. {r.choice(['San Isidro', 'Poblacion', 'Kamuning'])}{sep}{r.choice(INTL['Philippines'])} {d(4)}"
        if cc == "CA":
            return f"{r.randint(1, 999)} {r.choice(['Queen St W', 'Yonge St', 'Barrington St', '17 Ave SW'])}{sep}{r.choice(INTL['Canada'])}, {r.choice(['ON', 'AB', 'NS'])} {r.choice('MTB')}{r.randint(1, 9)}{r.choice('VKJ')} {r.randint(1, 9)}{r.choice('ABC')}{r.randint(1, 9)}"
        if cc == "MX":
            return f"Av. {r.choice(['Juárez', 'Reforma', 'Insurgentes Sur'])} {r.randint(1, 3000)}, Col. {r.choice(['Centro', 'Roma Norte', 'Del Valle'])}{sep}{d(5)} {r.choice(INTL['Mexico'])}, México"
        if cc == "TR":
            return f"{r.choice(['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Blv.'])} No: {r.randint(1, 300)} D: {r.randint(1, 20)}{sep}{r.choice(['Kadıköy', 'Beyoğlu', 'Çankaya'])}, {r.choice(INTL['Turkey'])}"
        raise ValueError(cc)

    def xad(self):
        c = self.us_city()
        st = self.us_street().upper().replace(",", "")
        unit = ""
        if " APT " in st:
            st, unit = st.split(" APT ")
            unit = "APT " + unit
        return f"{st}^{unit}^{c[0].upper()}^{c[1]}^{self.us_zip(c)}^USA"

    # ids
    def ssn(self, valid=True):
        r = self.r
        if valid:
            a = r.choice([x for x in range(1, 900) if x != 666])
        else:
            a = r.choice([0, 666, r.randint(900, 999)])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        if not valid and r.random() < .3:
            a, g = r.randint(1, 665), 0
        return r.choice([f"{a:03d}-{g:02d}-{s:04d}"] * 4 + [f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])

    def pan(self, valid=True, fmt=None):
        r = self.r
        brand = r.choice(["visa", "visa", "mc", "amex", "disc"])
        pre, ln = {"visa": ("4", 16), "mc": ("5" + str(r.randint(1, 5)), 16), "amex": (r.choice(["34", "37"]), 15),
                   "disc": ("6011", 16)}[brand]
        body = pre + self.digits(ln - 1 - len(pre))
        chk = luhn_digit(body)
        if not valid:
            chk = (chk + r.randint(1, 9)) % 10
        n = body + str(chk)
        fmt = fmt if fmt is not None else r.choice([" ", "-", ""])
        if ln == 15:
            return fmt.join([n[:4], n[4:10], n[10:]])
        return fmt.join(n[i:i + 4] for i in range(0, 16, 4))

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or r.choice(["DE", "FR", "ES", "IT", "NL", "GB", "PT", "PL", "BE", "AT", "CH", "IE"])
        d, L = self.digits, string.ascii_uppercase
        bban = {"DE": lambda: d(18), "FR": lambda: d(10) + self.chars(11, UP) + d(2), "ES": lambda: d(20),
                "IT": lambda: r.choice(L) + d(10) + self.chars(12, UP), "NL": lambda: self.chars(4, L) + d(10),
                "GB": lambda: self.chars(4, L) + d(14), "PT": lambda: d(21), "PL": lambda: d(24),
                "BE": lambda: d(12), "AT": lambda: d(16), "CH": lambda: d(17), "IE": lambda: self.chars(4, L) + d(14)}[cc]()
        chk = 98 - _iban_num(bban + cc + "00") % 97
        s = f"{cc}{chk:02d}{bban}"
        if grouped is None:
            grouped = r.random() < .6
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def bic(self):
        return self.r.choice(["DEUTDEFFXXX", "COBADEFF", "BNPAFRPP", "CAIXESBB", "UNCRITMM", "INGBNL2A", "BARCGB22", "CGDIPTPL", "PKOPPLPW"])

    def routing(self):
        return self.r.choice(["021000021", "011401533", "091000019", "121000248", "026009593", "071000013"])

    def mrn(self):
        r = self.r
        return r.choice([self.digits(8), "E" + self.digits(7), "MR" + self.digits(6), f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                         self.digits(10), "H" + self.digits(9)])

    def hpn(self):
        r = self.r
        L = string.ascii_uppercase
        mbi = f"{r.randint(1, 9)}{self.chars(1, 'ACDEFGHJKMNPQRTUVWXY')}{self.chars(1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{self.digits(1)}-{self.chars(1, 'ACDEFGHJKMNPQRTUVWXY')}{self.chars(1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{self.digits(1)}-{self.chars(2, 'ACDEFGHJKMNPQRTUVWXY')}{self.digits(2)}"
        return r.choice(["W" + self.digits(9), self.chars(3, L) + self.digits(9), self.digits(9) + "01", mbi,
                         f"{self.chars(2, L)}{self.digits(5)}{self.chars(1, L)}", f"ZGP{self.digits(8)}", f"1{self.digits(10)}"])

    def acct(self):
        r = self.r
        return r.choice([self.digits(10), self.digits(12), f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}",
                         f"{self.digits(4)} {self.digits(4)} {self.digits(3)}", "CUST-" + self.digits(8), self.digits(8)])

    def dl(self, st=None):
        r = self.r
        L = string.ascii_uppercase
        st = st or r.choice(["CA", "NY", "FL", "IL", "TX", "WA", "PA", "UK", "DE"])
        return {"CA": lambda: r.choice(L) + self.digits(7), "NY": lambda: f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                "FL": lambda: f"{r.choice(L)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-{self.digits(1)}",
                "IL": lambda: f"{r.choice(L)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", "TX": lambda: self.digits(8),
                "WA": lambda: "WDL" + self.chars(9, UP), "PA": lambda: f"{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                "UK": lambda: self.chars(5, L) + self.digits(6) + self.chars(2, L) + self.digits(1) + self.chars(2, L),
                "DE": lambda: r.choice(L) + self.digits(3) + self.chars(7, UP)}[st]()

    def url(self, kind=None):
        r = self.r
        host = r.choice(["portal.bluefinhealth.org", "www.northwind-traders.com", "myaccount.crescentcu.org", "docs.acme-analytics.io",
                         "secure.meridiantitle.com", "app.globexlogistics.net", "records.stmarys-health.org", "support.pixelquest.gg"])
        path = r.choice(["/patients/" + self.digits(6), "/account/settings", "/claims/status?id=" + self.digits(7), "/docs/closing/" + self.hexs(8),
                         "/verify?token=" + self.chars(12), "/help/article/" + self.digits(4), "/forms/enroll?lang=en&step=2", ""])
        return f"https://{host}{path}" if r.random() < .85 else f"http://{host}{path}"

    def vin(self):
        return self.chars(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    def plate(self):
        return self.r.choice([f"{self.digits(1)}{self.chars(3, string.ascii_uppercase)}{self.digits(3)}", f"{self.chars(3, string.ascii_uppercase)}-{self.digits(4)}"])

    def amount(self, cur="$"):
        return f"{cur}{self.r.randint(10, 98000):,}.{self.digits(2)}"

    # secrets
    def aws_ak(self):
        return self.r.choice(["AKIA", "AKIA", "ASIA"]) + self.chars(16, string.ascii_uppercase + "234567")

    def aws_sk(self):
        return self.chars(40, AL + "/+")

    def gh(self):
        r = self.r
        if r.random() < .25:
            return "github_pat_" + self.chars(22) + "_" + self.chars(59)
        return r.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + self.chars(36)

    def slack(self):
        r = self.r
        p = r.choice(["xoxb-", "xoxp-", "xoxa-2-", "xoxe-1-"])
        return f"{p}{self.digits(12)}-{self.digits(13)}-{self.chars(24)}"

    def stripe(self):
        return self.r.choice(["sk_live_", "sk_live_", "rk_live_"]) + self.chars(self.r.choice([24, 34, 99]))

    def jwt(self):
        r = self.r
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        hdr = b({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
        pl = b({"sub": self.digits(8), "iat": r.randint(1600000000, 1750000000), "scope": r.choice(["read", "admin", "user"])})
        sig = base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")
        return f"{hdr}.{pl}.{sig}"

    def pem(self):
        r = self.r
        kind = r.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        n = {"RSA PRIVATE KEY": 7, "EC PRIVATE KEY": 3, "PRIVATE KEY": 5, "OPENSSH PRIVATE KEY": 5}[kind]
        body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(48 * n + r.randint(0, 30)))).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    def password(self):
        r = self.r
        w = r.choice(["Sunflower", "Tr0ub4dor", "Falcon", "Bluebird", "Marigold", "Winter", "Qwerty", "Dragon", "Lisboa", "Kenya"])
        return r.choice([f"{w}{r.randint(1, 2025)}!", f"{w.lower()}_{self.chars(4)}#{r.randint(10, 99)}", self.chars(r.randint(12, 20), AL + "!@#$%^&*-_"),
                         f"P@ss-{self.chars(6)}", f"{w}&{self.digits(3)}x", f"{w}{self.chars(3)}$"])

    def generic_secret(self):
        r = self.r
        return r.choice(["AIza" + self.chars(35, AL + "-_"), "SG." + self.chars(22, AL + "-_") + "." + self.chars(43, AL + "-_"),
                         self.hexs(32), "sk-proj-" + self.chars(48), self.chars(40), "whsec_" + self.chars(32),
                         "dd" + self.hexs(38), "glpat-" + self.chars(20, AL + "-_"), "shpat_" + self.hexs(32)])


# --------------------------------------------------------------------------- generators
def _title(r, lang="en"):
    return r.choice({"en": ["Dr. ", "Mr. ", "Ms. ", "Mrs. ", "", "", ""], "es": ["Sr. ", "Sra. ", "Dr. ", ""],
                     "de": ["Herr ", "Frau ", "Dr. "], "fr": ["M. ", "Mme ", "Dr "], "pt": ["Sr. ", "Sra. ", "Dra. "],
                     "it": ["Sig. ", "Sig.ra ", "Dott. "]}[lang])


def g_hl7(F, b):
    r = F.r
    p = F.person()
    nk = F.person(last=p.last if r.random() < .5 else None)
    fac = F.pick(["STMARYS", "MERCYGEN", "UCMC", "NORTHSIDE", "BAYVIEW", "RIVERBEND"])
    ts = F.ts14()
    sep = r.choice(["\n", "\r\n"])
    b.t(f"MSH|^~\\&|{F.pick(['EPIC', 'CERNER', 'MEDITECH'])}|{fac}|LABSYS|{fac}|{ts}||ADT^{F.pick(['A01', 'A04', 'A08', 'A31'])}|{F.pick(['MSG', 'Q', ''])}{F.digits(9)}|P|2.5.1{sep}")
    b.t(f"EVN||{ts}{sep}")
    b.t("PID|1||").e(F.mrn(), "MEDICAL_RECORD_NUMBER").t(f"^^^{fac}^MR||").e(p.hl7(r), "PERSON").t("||")
    b.e(f"{F.dob():%Y%m%d}", "DATE_OF_BIRTH").t(f"|{F.pick('MFU')}|||").e(F.xad(), "ADDRESS").t("||")
    b.e(F.phone("US"), "PHONE_NUMBER").t("^PRN^PH|")
    if r.random() < .5:
        b.e(F.phone("US"), "PHONE_NUMBER").t("^WPN^PH")
    b.t(f"||{F.pick(['M', 'S', 'D', 'W'])}||").e(F.digits(r.randint(8, 11)), "ACCOUNT_NUMBER").t("|")
    if r.random() < .7:
        b.e(F.ssn().replace(" ", "-"), "US_SSN")
    else:
        b.t(F.ssn(valid=False).replace(" ", "-"))
    b.t("|")
    if r.random() < .5:
        st = F.pick(["CA", "NY", "IL", "TX"])
        b.e(F.dl(st), "DRIVER_LICENSE").t(f"^{st}")
    b.t(sep)
    rel = F.pick([("SPO", "Spouse"), ("MTH", "Mother"), ("FTH", "Father"), ("CHD", "Child"), ("SIB", "Sibling"), ("FND", "Friend")])
    b.t("NK1|1|").e(nk.hl7(r, mid=False), "PERSON").t(f"|{rel[0]}^{rel[1]}|")
    if r.random() < .5:
        b.e(F.xad(), "ADDRESS")
    b.t("|").e(F.phone("US"), "PHONE_NUMBER").t(f"||EC^Emergency Contact{sep}")
    doc = F.person("english" if r.random() < .6 else None)
    b.t(f"PV1|1|{F.pick('OIE')}|{F.pick(['ED', 'MED4', 'CLIN2'])}^{r.randint(100, 499)}^{r.randint(1, 2)}^{fac}||||{F.digits(10)}^").e(doc.hl7(r), "PERSON").t(f"^^^DR|||||||||||{F.pick(['V', ''])}{F.digits(8)}{sep}")
    plan = F.pick([("BCBS01", "Blue Cross Blue Shield"), ("AETNA", "Aetna Choice POS II"), ("UHC", "UnitedHealthcare"), ("MCR", "Medicare Part B"), ("CIGNA", "Cigna Open Access")])
    c = F.us_city()
    b.t(f"IN1|1|{plan[0]}01^{plan[1]}|{F.digits(5)}|{plan[1]}|").e(f"PO BOX {F.digits(5)}^^{c[0].upper()}^{c[1]}^{c[2]}{F.digits(2)}", "ADDRESS").t("||")
    b.e(F.phone("US"), "PHONE_NUMBER").t(f"|GRP{F.digits(5)}|||")
    b.e(f"{F.date(2022, 2025):%Y%m%d}", "DATE_TIME").t("|||||")
    ins = p if r.random() < .6 else nk
    b.e(ins.hl7(r, mid=False), "PERSON").t(f"|{'01' if ins is nk else '18'}|").e(f"{F.dob():%Y%m%d}", "DATE_OF_BIRTH")
    b.t("|||||||||||||||||").e(F.hpn(), "HEALTH_PLAN_NUMBER").t(sep)
    if r.random() < .5:
        b.t(f"DG1|1||{F.pick(ICD)}^{F.pick(['Type 2 diabetes', 'Hypertension', 'Low back pain', 'Chest pain'])}^I10||{F.ts14()}|A{sep}")


def g_fhir(F, b):
    r = F.r
    p = F.person()
    pid = F.uuid()
    c = F.us_city()
    ind = "  "
    b.t('{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "entry": [\n    {\n      "resource": {\n')
    b.t(f'        "resourceType": "Patient",\n        "id": "{pid}",\n        "meta": {{"lastUpdated": "{F.ts_log()}"}},\n')
    b.t('        "identifier": [\n          {"system": "').e(F.pick(["https://records.stmarys-health.org/mrn", "http://hospital.bayview.org/fhir/mrn"]), "URL")
    b.t('", "value": "').e(F.mrn(), "MEDICAL_RECORD_NUMBER").t('"}')
    if r.random() < .5:
        b.t(',\n          {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "').e(F.ssn().replace(" ", "-"), "US_SSN").t('"}')
    b.t('\n        ],\n        "name": [{"use": "official", "family": "').e(p.last, "PERSON").t('", "given": ["').e(p.first, "PERSON").t('"]}],\n')
    b.t('        "telecom": [\n          {"system": "phone", "value": "').e(F.phone(), "PHONE_NUMBER").t(f'", "use": "{F.pick(["home", "mobile"])}"}},\n')
    b.t('          {"system": "email", "value": "').e(F.email(p), "EMAIL_ADDRESS").t('"}\n        ],\n')
    b.t(f'        "gender": "{F.pick(["male", "female", "unknown"])}",\n        "birthDate": "').e(F.dob().isoformat(), "DATE_OF_BIRTH").t('",\n')
    if r.random() < .5:
        b.t('        "address": [{"use": "home", "text": "').e(f"{F.us_street()}, {c[0]}, {c[1]} {F.us_zip(c)}", "ADDRESS").t('"}]')
    else:
        b.t('        "address": [{"use": "home", "line": ["').e(F.us_street().split(",")[0], "ADDRESS").t('"], "city": "').e(c[0], "LOCATION")
        b.t('", "state": "').e(c[1], "LOCATION").t(f'", "postalCode": "{F.us_zip(c)}", "country": "US"}}]')
    b.t('\n      }\n    },\n    {\n      "resource": {\n        "resourceType": "Coverage",\n')
    b.t(f'        "id": "{F.uuid()}",\n        "status": "active",\n        "subscriberId": "').e(F.hpn(), "HEALTH_PLAN_NUMBER").t('",\n')
    b.t(f'        "beneficiary": {{"reference": "Patient/{pid}"}},\n        "relationship": {{"coding": [{{"code": "self"}}]}},\n')
    d0 = F.date(2023, 2025)
    b.t('        "period": {"start": "').e(d0.isoformat(), "DATE_TIME").t('", "end": "').e(dt.date(d0.year, 12, 31).isoformat(), "DATE_TIME").t('"},\n')
    b.t(f'        "payor": [{{"display": "{F.pick(["Aetna", "Humana Gold Plus", "Kaiser Permanente", "Anthem Blue Cross"])}"}}],\n')
    b.t(f'        "class": [{{"type": {{"text": "group"}}, "value": "GRP-{F.digits(6)}"}}, {{"type": {{"text": "plan"}}, "value": "{F.pick(["PPO", "HMO-Silver", "EPO"])}"}}]\n')
    b.t('      }\n    }\n  ]\n}\n')


def g_edi(F, b):
    r = F.r
    p = F.person()
    c = F.us_city()
    d6 = F.date()
    b.t(f"ISA*00*          *00*          *ZZ*{F.chars(8, UP)}       *ZZ*{F.pick(['CLAIMSCO', 'AVAILITY', 'CHANGEHC'])}       *{d6:%y%m%d}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*^*00501*{F.digits(9)}*0*P*:~\n")
    b.t(f"GS*HC*SENDER*RECEIVER*{d6:%Y%m%d}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*{r.randint(1, 9999)}*X*005010X222A1~\nST*837*{F.digits(4)}*005010X222A1~\n")
    prov = F.person("english")
    b.t(f"NM1*85*2*{F.pick(['LAKESIDE FAMILY MEDICINE', 'NORTHWEST ORTHO PC', 'SUNRISE PEDIATRICS'])}*****XX*{F.digits(10)}~\n")
    b.t("N3*").e(F.us_street().upper().replace(",", ""), "ADDRESS").t("~\nN4*").e(c[0].upper(), "LOCATION").t("*").e(c[1], "LOCATION").t(f"*{F.us_zip(c).replace('-', '')}~\n")
    b.t("PER*IC*").e(f"{prov.first.upper()} {prov.last.upper()}", "PERSON").t("*TE*").e(F.digits(10), "PHONE_NUMBER").t("~\n")
    b.t("SBR*P*18*").t(f"GRP{F.digits(5)}").t("******CI~\nNM1*IL*1*").e(f"{p.last.upper()}*{p.first.upper()}", "PERSON")
    b.t(f"*{p.mid}***MI*").e(F.hpn(), "HEALTH_PLAN_NUMBER").t("~\n")
    c2 = F.us_city()
    b.t("N3*").e(F.us_street().upper().replace(",", ""), "ADDRESS").t("~\nN4*").e(c2[0].upper(), "LOCATION").t("*").e(c2[1], "LOCATION").t(f"*{c2[2]}{F.digits(2)}~\n")
    b.t("DMG*D8*").e(f"{F.dob():%Y%m%d}", "DATE_OF_BIRTH").t(f"*{F.pick('MF')}~\n")
    b.t(f"CLM*{F.chars(3, UP)}{F.digits(7)}*{r.randint(80, 2400)}.00***11:B:1*Y*A*Y*Y~\n")
    b.t("DTP*431*D8*").e(f"{F.date():%Y%m%d}", "DATE_TIME").t(f"~\nREF*G1*{F.digits(10)}~\nHI*ABK:{F.pick(ICD).replace('.', '')}*ABF:{F.pick(ICD).replace('.', '')}~\n")
    for i in range(r.randint(1, 3)):
        b.t(f"LX*{i + 1}~\nSV1*HC:{F.pick(CPT)}*{r.randint(40, 900)}*UN*1***1~\nDTP*472*D8*").e(f"{F.date():%Y%m%d}", "DATE_TIME").t("~\n")
    b.t(f"SE*{r.randint(20, 40)}*{F.digits(4)}~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{F.digits(9)}~\n")
    if r.random() < .5:
        b.t("\n# note from billing: resubmitted after payer rejected member id; contact ").e(F.email(prov, "lakesidefm.com"), "EMAIL_ADDRESS").t("\n")


def g_ems(F, b):
    r = F.r
    p = F.person()
    c1, c2 = F.person(), F.person()
    caller = F.person(p.origin)
    d = F.date()
    b.t(f"{F.pick(['COUNTY EMS', 'METRO FIRE RESCUE', 'TRI-VALLEY AMBULANCE'])} - PATIENT CARE REPORT\nIncident #: {d.year}-{F.digits(6)}   Unit: Medic {r.randint(1, 40)}\n")
    b.t("Date of service: ").e(F.fdate(d), "DATE_TIME").t("\n")
    tm = r.randint(0, 1300)
    for lbl in ["Dispatched", "En route", "On scene", "Transport", "At destination"]:
        b.t(f"{lbl}: ").e(f"{tm // 60:02d}:{tm % 60:02d}", "DATE_TIME").t("\n")
        tm += r.randint(1, 24)
    b.t("Crew: ").e(F.pick([c1.full, f"{c1.last}, {c1.first}"]), "PERSON").t(f" ({F.pick(['Paramedic', 'EMT-P'])}), ").e(c2.full, "PERSON").t(" (EMT-B)\n")
    b.t("Patient: ").e(p.variant(r), "PERSON").t(f"   Age: {r.randint(18, 94)}   Sex: {F.pick('MF')}\nDOB: ").e(F.fdate(F.dob(), style=F.pick(['us', 'iso'])), "DATE_OF_BIRTH").t("\n")
    b.t("Pickup address: ").e(F.address("US"), "ADDRESS").t("\n")
    b.t("Caller: ").e(caller.first, "PERSON").t(f" ({F.pick(['daughter', 'neighbor', 'spouse', 'coworker'])}), callback ").e(F.phone("US"), "PHONE_NUMBER").t("\n")
    b.t(f"\nNarrative: Medic {r.randint(1, 40)} responded emergent to a {r.randint(18, 94)} y/o {F.pick(['male', 'female'])} c/o {F.pick(['chest pain', 'shortness of breath', 'fall with hip pain', 'altered mental status'])}. ")
    b.t("Pt found ").t(F.pick(["seated in kitchen", "supine on bathroom floor", "in driver seat of vehicle (plate " + F.plate() + ")"])).t(". ")
    b.t(f"Pt states onset approx {r.randint(20, 90)} minutes prior. Hx: {F.pick(['HTN', 'DM2', 'COPD', 'CAD'])}. Meds: {F.pick(DRUGS)}, {F.pick(DRUGS)}. ")
    b.t(f"Vitals: BP {r.randint(95, 180)}/{r.randint(55, 105)}, HR {r.randint(55, 130)}, SpO2 {r.randint(86, 99)}%. 12-lead obtained and transmitted. ")
    b.t(f"Administered ASA 324 mg PO at ").e(F.ftime(True), "DATE_TIME").t(". ")
    b.t("Pt's ").t(F.pick(["dog", "cat"])).t(f" {F.pick(PETS)} secured by neighbor ").e(F.person().first, "PERSON").t(". ")
    b.t(f"Transported to {F.pick(['Mercy General', 'St. Luke Regional', 'County Medical Center'])} without incident; care transferred to RN ").e(F.person().full, "PERSON").t(".\n")
    b.t("Receiving MRN: ").e(F.mrn(), "MEDICAL_RECORD_NUMBER").t("   Insurance: ").t(F.pick(["Medicare", "Medicaid", "Aetna"])).t(" member ").e(F.hpn(), "HEALTH_PLAN_NUMBER").t("\n")
    b.t(f"Billing: HCPCS {F.pick(['A0427', 'A0429'])} / {r.randint(3, 25)}.{r.randint(0, 9)} loaded miles\n")


def g_blood(F, b):
    r = F.r
    p = F.person()
    d = F.date()
    b.t(f"{F.pick(['Regional Blood Center', 'Community Blood Services', 'Vitalant-affiliated donor site'])} - Donor Visit Note\n")
    b.t(f"Collection site: {F.pick(['Mobile drive', 'Main center', 'Fixed site 3'])}, ").e(F.location("usct"), "LOCATION").t("\n")
    b.t("Visit: ").e(F.fdatetime(d), "DATE_TIME").t("\nDonor: ").e(p.variant(r), "PERSON").t("\nDate of birth: ").e(F.fdate(F.dob()), "DATE_OF_BIRTH").t("\n")
    b.t("Phone: ").e(F.phone(), "PHONE_NUMBER").t("   Email: ").e(F.email(p), "EMAIL_ADDRESS").t("\n")
    b.t(f"ABO/Rh: {F.pick(['O NEG', 'O POS', 'A POS', 'B NEG', 'AB POS'])}   Procedure: {F.pick(['Whole blood', 'Double red cells', 'Apheresis platelets', 'Plasma'])}\n")
    b.t(f"Unit number: W{F.digits(4)} {F.digits(2)} {F.digits(6)}   Hgb: {r.randint(120, 170) / 10} g/dL   Pulse {r.randint(55, 95)}\n\n")
    b.t(f"Notes: Donor reports travel to ").e(F.location(F.pick(["intlc", "country"])), "LOCATION").t(" returning ").e(F.fdate(F.date(), style=F.pick(["long", "us", "md"])), "DATE_TIME")
    b.t(f". Currently taking {F.pick(DRUGS)}; acceptable per medical director ").e(F.person("english").full, "PERSON").t(". ")
    if r.random() < .5:
        b.t("Temporary deferral entered (low Hgb); next eligible ").e(F.fdate(F.date(), style="us"), "DATE_TIME").t(". ")
    else:
        b.t(f"Venipuncture L arm, {r.randint(6, 14)} min draw, no reaction. Last donation ").e(F.fdate(F.date(), style=F.pick(["iso", "long"])), "DATE_TIME").t(". ")
    b.t("Donor requested results letter be mailed to ").e(F.address(F.pick(["US", "USPO"])), "ADDRESS").t(".\n")
    if r.random() < .5:
        b.t("Recipient crossmatch for patient ").e(F.person().full, "PERSON").t(" (MRN ").e(F.mrn(), "MEDICAL_RECORD_NUMBER").t(") at ").t(F.pick(["Mercy General", "Children's Hospital"])).t(" compatible.\n")
    b.t("Phlebotomist: ").e(F.person().first, "PERSON").t(f" (#{F.digits(4)})\n")


def g_dmv(F, b):
    r = F.r
    p = F.person()
    c = F.us_city()
    b.t(f"STATE DEPARTMENT OF MOTOR VEHICLES\nVEHICLE REGISTRATION RECORD - {F.pick(['RENEWAL', 'NEW REGISTRATION', 'TRANSFER OF OWNERSHIP'])}\n\n")
    b.t("Registered owner: ").e(p.variant(r).upper() if r.random() < .5 else p.full, "PERSON").t("\n")
    b.t("Residence address: ").e(F.address("US"), "ADDRESS").t("\n")
    if r.random() < .4:
        b.t("Mailing address: ").e(F.address("USPO"), "ADDRESS").t("\n")
    b.t(f"Driver license no.: ").e(F.dl(c[1] if c[1] in ("CA", "NY", "FL", "IL", "TX", "WA", "PA") else None), "DRIVER_LICENSE").t("   DOB: ").e(F.fdate(F.dob(), style="us"), "DATE_OF_BIRTH").t("\n")
    b.t("Phone: ").e(F.phone("US"), "PHONE_NUMBER").t("\n\n")
    b.t(f"Year/Make/Model: {r.randint(2005, 2025)} {F.pick(['Toyota Camry', 'Honda Civic', 'Ford F-150', 'Subaru Outback', 'Tesla Model 3', 'Chevrolet Malibu'])}\nVIN: {F.vin()}\nPlate: {F.plate()}   Title #: {F.digits(8)}\n")
    b.t("Registration expires: ").e(F.fdate(F.date(2025, 2027), style=F.pick(["us", "long"])), "DATE_TIME").t(f"\nFees paid: {F.amount()} (receipt {F.digits(10)})\n")
    if r.random() < .6:
        co = F.person()
        b.t("Co-owner: ").e(co.full, "PERSON").t(", DL ").e(F.dl(), "DRIVER_LICENSE").t("\n")
    b.t("Lienholder: ").t(F.pick(["Crescent Credit Union", "Ally Financial", "none"])).t("\n")
    b.t("\nClerk remarks: Owner presented out-of-state title from ").e(F.location("state"), "LOCATION").t("; odometer verified. Emissions cert on file dated ").e(F.fdate(F.date(), style="us"), "DATE_TIME").t(". ")
    b.t("Insurance: policy ").t(F.chars(3, string.ascii_uppercase) + F.digits(7)).t(".\n")


def g_kyc(F, b):
    r = F.r
    p = F.person()
    off = F.person("english")
    b.t(f"KYC ONBOARDING NOTE - case KYC-{F.digits(7)}\nAnalyst: ").e(off.full, "PERSON").t("   Completed: ").e(F.fdatetime(), "DATE_TIME").t("\n\n")
    b.t("Applicant: ").e(p.variant(r), "PERSON").t("\nDate of birth: ").e(F.fdate(F.dob(), style=F.pick(["iso", "long", "dmy_long"])), "DATE_OF_BIRTH")
    b.t("\nPlace of birth: ").e(F.location(F.pick(["intlc", "usct"])), "LOCATION").t("\n")
    if r.random() < .6:
        b.t("SSN: ").e(F.ssn(), "US_SSN").t(" (verified via eCBSV)\n")
    else:
        b.t(f"TIN: {F.ssn(valid=False)} (ITIN-format, manual review)\n")
    b.t("Residential address: ").e(F.address(), "ADDRESS").t("\nMobile: ").e(F.phone(), "PHONE_NUMBER").t("   Email: ").e(F.email(p), "EMAIL_ADDRESS").t("\n")
    b.t(f"Occupation: {F.pick(['Software engineer', 'Nurse', 'Self-employed (import/export)', 'Retired', 'Restaurant owner'])}; employer {F.pick(COMPANIES)}\n")
    b.t("Source of funds: salary and proceeds of property sale in ").e(F.location(F.pick(["intl", "intlc"])), "LOCATION").t("\n")
    b.t("Funding account: IBAN ").e(F.iban(), "IBAN_CODE").t(f" (BIC {F.bic()})\n")
    b.t("New deposit account no.: ").e(F.acct(), "ACCOUNT_NUMBER").t(f"   Routing: {F.routing()}\n")
    b.t("Device/session: IP ").e(F.ip(), "IP_ADDRESS").t(f", device id {F.uuid()}\n")
    b.t(f"Screening: PEP - no match; sanctions - {F.pick(['no match', 'false positive cleared (namesake)'])}; adverse media - none. Risk score {r.randint(5, 80)}/100.\n")
    b.t("Notes: ID document selfie match 0.9").t(F.digits(1)).t(". Applicant's ").t(F.pick(["spouse", "brother", "mother"])).t(" ").e(F.person(p.origin, p.last).full, "PERSON").t(" is an existing customer. ")
    b.t("Card ending ").t(F.digits(4)).t(" to be issued. Call-back completed to ").e(F.phone(), "PHONE_NUMBER").t(".\n")


def _hdr_person(b, F, label, p, email):
    b.t(f"{label}: ")
    if F.r.random() < .75:
        b.t('"' if F.r.random() < .3 else "")
        q = b.parts[-1] == '"'
        b.e(p.full, "PERSON").t('"' if q else "").t(" <").e(email, "EMAIL_ADDRESS").t(">\n")
    else:
        b.e(email, "EMAIL_ADDRESS").t("\n")


def g_escrow(F, b):
    r = F.r
    officer, buyer, seller = F.person("english"), F.person(), F.person()
    dom = "meridiantitle.com"
    _hdr_person(b, F, "From", officer, F.email(officer, dom))
    _hdr_person(b, F, "To", buyer, F.email(buyer))
    if r.random() < .6:
        ag = F.person()
        _hdr_person(b, F, "Cc", ag, F.email(ag, "harborpinerealty.com"))
    b.t(f"Date: {F.rfc2822()}\nSubject: Closing instructions - Escrow #{F.digits(2)}-{F.digits(6)}\n\n")
    b.t("Hi ").e(buyer.first, "PERSON").t(",\n\n")
    b.t("Your closing for ").e(F.address("US"), "ADDRESS").t(" is confirmed for ").e(F.fdatetime(style_d := F.date()), "DATE_TIME").t(" at our ")
    b.e(F.location("usct"), "LOCATION").t(" office. Sellers (").e(seller.full, "PERSON").t(") will sign separately.\n\n")
    b.t(f"Funds to close: {F.amount()}. Please wire from your own account only. Our wire instructions:\n")
    b.t(f"  Bank: {F.pick(['First Republic', 'Wells Fargo', 'Chase'])}\n  ABA/Routing: {F.routing()}\n  Account: ").e(F.digits(r.randint(9, 12)), "ACCOUNT_NUMBER")
    b.t(f"\n  Reference: Escrow {F.digits(6)} / ").e(buyer.last.upper(), "PERSON").t("\n\n")
    b.t("ALWAYS call to verify wire instructions at ").e(F.phone("US"), "PHONE_NUMBER").t(" before sending. We will never change instructions by email.\n")
    b.t("Bring a government photo ID; your lender (loan #").t(F.digits(10)).t(") has sent the CD. E-sign link: ").e(F.url(), "URL").t("\n\n")
    b.t("Thanks,\n").e(officer.full, "PERSON").t(f"\nEscrow Officer | Meridian Title & Escrow\nDirect ").e(F.phone("US"), "PHONE_NUMBER").t(" | Fax ").e(F.phone("US"), "PHONE_NUMBER").t("\n")


def g_hotel(F, b):
    r = F.r
    d = F.date()
    mgr = F.person()
    b.t(f"{F.pick(['Harborview Inn', 'Grand Meridian Hotel', 'Hotel Lindenhof', 'Casa Azul Suites'])} - Front Desk Shift Log\n")
    b.t("Shift: Night audit, ").e(F.fdate(d, style=F.pick(["wd", "long", "us"])), "DATE_TIME").t("   MOD: ").e(mgr.first, "PERSON").t("\n")
    b.t(f"Occupancy {r.randint(40, 99)}%  ADR ${r.randint(89, 460)}.{F.digits(2)}  Arrivals {r.randint(5, 80)}  Departures {r.randint(5, 80)}\n\n")
    for _ in range(r.randint(4, 7)):
        hh = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        b.t(f"{hh} - ")
        g = F.person()
        k = r.randrange(8)
        if k == 0:
            b.t("Guest ").t(_title(r)).e(g.variant(r), "PERSON").t(f" (Rm {r.randint(101, 1220)}) requested late checkout until ").e(F.ftime(), "DATE_TIME").t("; approved.\n")
        elif k == 1:
            b.t("Walk-in ").e(g.full, "PERSON").t(f", conf #{F.digits(9)}, paid cash deposit. Contact ").e(F.phone(), "PHONE_NUMBER").t(".\n")
        elif k == 2:
            b.t("Caller claiming to be ").e(g.first, "PERSON").t("'s husband asked for her room number - refused per policy.\n")
        elif k == 3:
            b.t(f"Card on file for Rm {r.randint(101, 1220)} declined (**** {F.digits(4)}). Guest ").e(g.last, "PERSON").t(" read a new card over the phone: ").e(F.pan(), "CREDIT_CARD").t(" - entered, then shredded note.\n")
        elif k == 4:
            b.t("Noise complaint Rm ").t(str(r.randint(101, 1220))).t(f"; dog {F.pick(PETS)} barking. Spoke with ").e(g.full, "PERSON").t(".\n")
        elif k == 5:
            b.t("Group lead ").e(g.full, "PERSON").t(" (").e(F.email(g), "EMAIL_ADDRESS").t(f") confirmed block of {r.randint(5, 30)} rooms arriving ").e(F.fdate(F.date(), style="md"), "DATE_TIME").t(".\n")
        elif k == 6:
            b.t("Lost & found: passport left by ").e(g.variant(r), "PERSON").t(f", from ").e(F.location(F.pick(["intlc", "country"])), "LOCATION").t(". Guest will collect ").e(F.fdatetime(), "DATE_TIME").t(".\n")
        else:
            b.t(f"Wi-Fi portal down; rebooted AP at ").e(F.ipv4(), "IP_ADDRESS").t(f". Ticket INC{F.digits(7)}.\n")
    b.t("\nHandover to day shift: ").e(F.person().first, "PERSON").t(". Cash drawer balanced.\n")


def g_callqa(F, b):
    r = F.r
    agent, cust, rev = F.person(), F.person(), F.person("english")
    b.t(f"CALL QA EVALUATION - {F.pick(['Crescent Telecom', 'Bluefin Health Member Services', 'Northwind Energy'])}\n")
    b.t("Agent: ").e(agent.full, "PERSON").t(f" (ID {F.chars(2, string.ascii_uppercase)}{F.digits(4)})   Evaluator: ").e(rev.full, "PERSON").t("\n")
    b.t("Call date: ").e(F.fdatetime(), "DATE_TIME").t(f"   Duration: {r.randint(3, 25)}m {r.randint(0, 59)}s   Call ID: {F.uuid()}\n\n")
    b.t("Transcript excerpt:\n")
    t = r.randint(0, 50)

    def ts():
        nonlocal t
        t += r.randint(3, 25)
        return f"[00:{t // 60:02d}:{t % 60:02d}] "
    b.t(ts() + "Agent: Thank you for calling, my name is ").e(agent.first, "PERSON").t(". Who am I speaking with?\n")
    b.t(ts() + "Customer: This is ").e(cust.full, "PERSON").t(".\n")
    b.t(ts() + "Agent: For verification, can I get your date of birth?\n")
    b.t(ts() + "Customer: ").e(F.fdate(F.dob(), style=F.pick(["long", "us", "dmy_long"])), "DATE_OF_BIRTH").t(".\n")
    b.t(ts() + "Agent: And the account number?\n")
    b.t(ts() + "Customer: It's ").e(F.acct(), "ACCOUNT_NUMBER").t(". Last four of my social are ").t(F.digits(4)).t(".\n")
    if r.random() < .5:
        b.t(ts() + "Customer: Actually the full number is ").e(F.ssn(), "US_SSN").t(", if you need it.\n")
        b.t(ts() + "Agent: No need to share that, thank you.\n")
    b.t(ts() + "Agent: Is ").e(F.address(), "ADDRESS").t(" still your service address?\n")
    b.t(ts() + "Customer: Yes. And please update my callback number to ").e(F.phone(), "PHONE_NUMBER").t(".\n")
    b.t(ts() + "Agent: Done. A technician will come on ").e(F.fdate(F.date(), style=F.pick(["wd", "md", "long"])), "DATE_TIME").t(" between ")
    b.e(F.ftime(False), "DATE_TIME").t(" and ").e(F.ftime(False), "DATE_TIME").t(".\n\n")
    b.t("Scoring:\n")
    tot = 0
    for k in ["Greeting", "Verification", "Empathy", "Accuracy", "PII handling", "Closing"]:
        s = r.randint(1, 5)
        tot += s
        b.t(f"  {k}: {s}/5\n")
    b.t(f"  Total: {tot}/30\nComments: ")
    b.t(F.pick(["Agent should have stopped the customer from reading the full SSN. ", "Good rapport. ", "Hold time exceeded 2 minutes. "]))
    b.t("Coach with supervisor ").e(F.person().full, "PERSON").t(" by ").e(F.fdate(F.date(), style="us"), "DATE_TIME").t(".\n")


def g_customs(F, b):
    r = F.r
    shp, cons = F.person(), F.person()
    cc = F.pick(["DE", "FR", "IT", "NL", "PL", "JP", "IN", "BR", "UK", "TR"])
    b.t(f"COMMERCIAL INVOICE / CUSTOMS DECLARATION (CN23)\nAir waybill: {F.digits(3)}-{F.digits(8)}   Tracking: 1Z{F.chars(16, UP)}\n")
    b.t(f"Route: {F.pick(['FRA', 'AMS', 'NRT', 'GRU', 'DEL', 'IST', 'CDG'])} -> {F.pick(['JFK', 'ORD', 'LAX', 'ATL', 'SEA'])}  Flight {F.chars(2, string.ascii_uppercase)}{r.randint(10, 999)}\n\n")
    b.t("SHIPPER\n").e(shp.full, "PERSON").t("\n").e(F.address(cc, multiline=True), "ADDRESS").t("\nTel: ").e(F.phone(cc), "PHONE_NUMBER").t("\n")
    if r.random() < .5:
        b.t("Email: ").e(F.email(shp), "EMAIL_ADDRESS").t("\n")
    b.t(f"EORI: {cc}{F.digits(12)}\n\nCONSIGNEE\n").e(cons.variant(r), "PERSON").t("\n").e(F.address("US", multiline=True), "ADDRESS").t("\nPhone: ").e(F.phone("US"), "PHONE_NUMBER").t("\n\n")
    b.t("Description of contents            HS code     Qty  Value\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"{F.pick(['Cotton T-shirts', 'Ceramic tea set', 'Used books', 'Leather wallet', 'Spare bicycle parts', 'Hand-knit scarf']):<35}{F.digits(4)}.{F.digits(2)}     {r.randint(1, 12):<4} {F.amount('USD ')}\n")
    b.t("Country of origin: ").e(F.pick(list(INTL)), "LOCATION").t(f"   Reason: {F.pick(['Gift', 'Sale of goods', 'Return'])}\n")
    b.t("Date of export: ").e(F.fdate(F.date(), style=F.pick(["iso", "dmy_long", "dot"])), "DATE_TIME").t("\n")
    b.t("I certify the particulars given in this declaration are correct.\nSignature: ").e(shp.full, "PERSON").t("   Place: ").e(F.location("intl"), "LOCATION").t("\n")
    if r.random() < .5:
        b.t(f"\nBroker note: duty {F.amount()} to be billed to importer account ").e(F.acct(), "ACCOUNT_NUMBER").t(f"; bond #{F.digits(9)}.\n")


def g_genealogy(F, b):
    r = F.r
    origin = F.pick(list(NAMES))
    fam = F.person(origin).last
    a, w = F.person(origin, fam), F.person(origin)
    kids = [F.person(origin, fam) for _ in range(r.randint(1, 3))]
    by = r.randint(1840, 1935)
    b.t(f"Family tree research notes - {F.pick(['the', 'descendants of the'])} ").e(fam, "PERSON").t(" line\n\n")
    b1 = F.date(by, by)
    b.t("1. ").e(a.full, "PERSON").t(" was born ").e(F.fdate(b1, style=F.pick(["long", "dmy_long"])), "DATE_OF_BIRTH").t(" in ").e(F.location(F.pick(["intlc", "intl"])), "LOCATION")
    b.t(f". Baptism record (parish register vol. {r.randint(2, 40)}, p. {r.randint(1, 300)}) names the godfather as ").e(F.person(origin).full, "PERSON").t(".\n")
    b.t("   Married ").e(w.full, "PERSON").t(" on ").e(F.fdate(F.date(by + 20, by + 30), style=F.pick(["long", "dmy_long"])), "DATE_TIME").t(" in ").e(F.location("intl"), "LOCATION").t(".\n")
    b.t(f"   Emigrated c. {by + r.randint(20, 40)}; appears in the {by + 40} census at ").e(F.location("usct"), "LOCATION").t(".\n")
    b.t("   Died ").e(F.fdate(F.date(by + 50, by + 88), style=F.pick(["long", "dmy_long"])), "DATE_TIME").t(f", buried {F.pick(['Holy Cross Cemetery', 'Oakwood Cemetery', 'municipal cemetery'])}.\n\n")
    for i, k in enumerate(kids):
        kb = F.date(by + 22, by + 40)
        b.t(f"{i + 2}. Child: ").e(k.first, "PERSON").t(" (b. ").e(F.fdate(kb, style=F.pick(["dmy_long", "short"])), "DATE_OF_BIRTH").t(")")
        if r.random() < .5:
            b.t(", married ").e(F.person().full, "PERSON").t(f", {r.randint(2, 8)} children")
        b.t(".\n")
    b.t("\nOpen questions: was ").e(a.first, "PERSON").t(f" the same person as the passenger on line {r.randint(1, 30)} of the {by + r.randint(15, 35)} ship manifest? ")
    b.t("DNA match with cousin ").e(F.person().full, "PERSON").t(f" ({r.randint(60, 400)} cM) - contact ").e(F.email(), "EMAIL_ADDRESS").t(".\n")
    b.t("Living relatives are private in the online tree: ").e(F.url(), "URL").t("\n")


def g_recovery(F, b):
    r = F.r
    p = F.person()
    game = r.random() < .5
    app = F.pick(["PixelQuest Online", "Shardfall", "Raidborne"]) if game else F.pick(["Kindred", "SparkMatch", "Hinge-like app Lumi"])
    user = F.pick([f"{fold(p.first)}_{F.digits(2)}", f"xX_{F.pick(['shadow', 'frost', 'neon'])}{F.pick(['fox', 'wolf', 'byte'])}_Xx", f"{F.pick(['mochi', 'sunny', 'dr'])}{F.pick(['lover', 'gamer', 'pepper'])}{F.digits(2)}"])
    b.t(f"Ticket #{F.digits(7)} - {app} - Account recovery\nPriority: {F.pick(['High', 'Normal'])}   Channel: web form\n\n")
    b.t(f"Username: {user}\nContact email: ").e(F.email(p), "EMAIL_ADDRESS").t("\nPhone on account: ").e(F.phone(), "PHONE_NUMBER").t("\n\n")
    b.t("Message from user:\n\"Hi, I'm ").e(p.first, "PERSON").t(" and someone took over my account")
    b.t(" on ").e(F.fdate(F.date(), style=F.pick(["md", "long", "us"])), "DATE_TIME").t(". They changed the email and my phone. ")
    if game:
        b.t(f"I bought {r.randint(500, 5000)} gems with my card ending {F.digits(4)} last week. ")
    else:
        b.t(f"My profile says I live in ").e(F.location(F.pick(["usct", "intlc"])), "LOCATION").t(" which is right but the bio was changed. ")
    b.t("The old password I remember was ").e(F.password(), "PASSWORD").t(f". I created the account around {r.randint(2016, 2023)}. My birthday is ").e(F.fdate(F.dob(), style=F.pick(["long", "us"])), "DATE_OF_BIRTH").t(".\"\n\n")
    b.t("Agent notes:\n- Recent logins from ").e(F.ipv4(), "IP_ADDRESS").t(" and ").e(F.ip(), "IP_ADDRESS").t(f" ({F.pick(['VPN exit', 'residential ISP', 'datacenter ASN'])}).\n")
    b.t(f"- Device {F.uuid()} added {r.randint(2, 9)} days ago.\n- Sent verification link: ").e(F.url(), "URL").t("\n")
    b.t(f"- Session token revoked ({F.hexs(24)}...). 2FA reset pending ID check.\n- Assigned to ").e(F.person().first, "PERSON").t(" (Trust & Safety).\n")


def g_school(F, b):
    r = F.r
    kid = F.person()
    par = F.person(kid.origin, kid.last)
    par2 = F.person(kid.origin)
    b.t(f"{F.pick(['Riverside Unified School District', 'Lakeview ISD', 'Cedar Valley Public Schools'])}\nNEW STUDENT ENROLLMENT FORM {F.pick(['2024-25', '2025-26'])}\n\n")
    b.t("Student legal name: ").e(f"{kid.last}, {kid.first}", "PERSON").t(f"   Preferred name: ").e(kid.first, "PERSON").t("\n")
    b.t("Date of birth: ").e(F.fdate(F.date(2008, 2020), style="us"), "DATE_OF_BIRTH").t(f"   Grade: {F.pick(['K', '1', '3', '6', '9', '11'])}\n")
    b.t("Birthplace (city/country): ").e(F.location(F.pick(["intlc", "usct"])), "LOCATION").t(f"   Home language: {F.pick(['Spanish', 'Arabic', 'Vietnamese', 'Portuguese', 'English', 'Amharic', 'Tagalog'])}\n")
    b.t("Home address: ").e(F.address("US"), "ADDRESS").t("\n\n")
    b.t("Parent/Guardian 1: ").e(par.full, "PERSON").t(f"   Relationship: {F.pick(['Mother', 'Father', 'Grandmother', 'Legal guardian'])}\n")
    b.t("  Cell: ").e(F.phone("US"), "PHONE_NUMBER").t("   Email: ").e(F.email(par), "EMAIL_ADDRESS").t(f"   Employer: {F.pick(COMPANIES)}\n")
    b.t("Parent/Guardian 2: ").e(par2.variant(r), "PERSON").t("\n  Cell: ").e(F.phone(), "PHONE_NUMBER").t("\n")
    b.t("Custody orders on file? ").t(F.pick(["No", "Yes - see attached"])).t("\n\n")
    b.t(f"Previous school: {F.pick(['Lincoln Elementary', 'Escuela Primaria Benito Juárez', 'St. Anne Academy'])}, ").e(F.location(F.pick(["usct", "intlc"])), "LOCATION").t("\n")
    b.t("Health: allergies - ").t(F.pick(["peanuts (EpiPen at office)", "none known", "penicillin"])).t(f"; meds at school - {F.pick(DRUGS)}\n")
    b.t("Physician: ").t("Dr. ").e(F.person().full, "PERSON").t(", ").e(F.phone("US"), "PHONE_NUMBER").t("\n")
    b.t(f"Health insurance: {F.pick(['Medicaid', 'CHIP', 'Kaiser', 'Blue Shield'])} ID ").e(F.hpn(), "HEALTH_PLAN_NUMBER").t("\n")
    b.t("Emergency contact (not parent): ").e(F.person().full, "PERSON").t(", ").e(F.phone(), "PHONE_NUMBER").t("\n\n")
    b.t("Signature of parent: ").e(par.full, "PERSON").t("   Date: ").e(F.fdate(F.date(2024, 2025), style="us"), "DATE_TIME").t(f"\nOffice use: enrollment #{F.digits(7)}, received by ").e(F.person().first, "PERSON").t("\n")


def g_dsar(F, b):
    r = F.r
    p = F.person()
    dpo = F.person()
    co = F.pick(["Northwind Traders", "Lumen Freight GmbH", "Acme Analytics", "StreamBox Europe B.V."])
    lang = r.random()
    d0 = F.date(2023, 2025)
    b.t("From: ").e(p.full, "PERSON").t(" <").e(F.email(p), "EMAIL_ADDRESS").t(">\nTo: privacy@").t(fold(co.split()[0]) + ".eu\n")
    b.t(f"Date: {F.rfc2822()}\nSubject: Data subject access request (Art. 15 GDPR)\n\n")
    b.t("Dear Data Protection Officer,\n\nUnder Article 15 GDPR I request a copy of all personal data you hold about me. ")
    b.t("My customer number is ").e(F.acct(), "ACCOUNT_NUMBER").t(" and my registered address is ").e(F.address(F.pick(["DE", "FR", "NL", "ES", "IT", "PL", "UK", "PT"])), "ADDRESS").t(". ")
    b.t("I was born on ").e(F.fdate(F.dob(), style=F.pick(["long", "dmy_long", "iso"])), "DATE_OF_BIRTH").t(" and my phone is ").e(F.phone(F.pick(["DE", "FR", "NL", "UK", "ES"])), "PHONE_NUMBER").t(".\n")
    b.t("Please respond within one month, i.e. by ").e(F.fdate(d0 + dt.timedelta(days=30), style=F.pick(["long", "dmy_long"])), "DATE_TIME").t(".\n\nKind regards,\n").e(p.full, "PERSON").t("\n\n")
    b.t("---- Reply ----\n")
    b.t(f"Our reference: DSAR-{d0.year}-{F.digits(5)}\n\nDear ").t(_title(r)).e(p.last, "PERSON").t(",\n\n")
    b.t("we have verified your identity and enclose the export. Summary of data held:\n")
    b.t("  - Profile: name, e-mail, phone, billing address, date of birth\n  - Login history (last 3): ")
    for i in range(3):
        b.e(F.ip(), "IP_ADDRESS")
        b.t(", " if i < 2 else "\n")
    b.t(f"  - Payment: card **** {F.digits(4)}, IBAN ").e(F.iban(), "IBAN_CODE").t(" (direct debit mandate)\n")
    b.t("  - Support tickets: 2 (agent ").e(F.person().first, "PERSON").t(")\n  - Marketing consent withdrawn ").e(F.fdate(F.date(), style="iso"), "DATE_TIME").t("\n\n")
    b.t("The download link expires in 7 days: ").e(F.url(), "URL").t("\nOne-time password for the archive: ").e(F.password(), "PASSWORD").t("\n\n")
    b.t("Yours sincerely,\n").e(dpo.full, "PERSON").t(f"\nData Protection Officer, {co}\n")


def g_rfc822(F, b):
    r = F.r
    s, t = F.person(), F.person()
    dom = F.pick(["globexlogistics.net", "acme-analytics.io", "crescentcu.org", "northwind-traders.com"])
    se = F.email(s, dom)
    b.t("Return-Path: <").e(se, "EMAIL_ADDRESS").t(">\n")
    for _ in range(r.randint(1, 2)):
        b.t(f"Received: from mail-{F.chars(6, string.ascii_lowercase)}.{dom} (mail.{dom} [").e(F.ipv4(), "IP_ADDRESS").t("])\n")
        b.t(f"        by mx{r.randint(1, 9)}.{F.pick(['mailhost.net', 'protection.outlook.com'])} with ESMTPS id {F.chars(12)}\n        for <").e(F.email(t), "EMAIL_ADDRESS").t(f">; {F.rfc2822()}\n")
    if r.random() < .5:
        b.t("Received: from [").e(F.ipv6() if r.random() < .4 else F.ipv4(), "IP_ADDRESS").t(f"] (unknown) by smtp.{dom}; {F.rfc2822()}\n")
    b.t(f"DKIM-Signature: v=1; a=rsa-sha256; d={dom}; s=sel1; bh={base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()}\n")
    b.t(f"Message-ID: <{F.hexs(16)}.{F.digits(10)}@{dom}>\nDate: {F.rfc2822()}\n")
    _hdr_person(b, F, "From", s, se)
    _hdr_person(b, F, "To", t, F.email(t))
    b.t(f"Subject: {F.pick(['Re: invoice question', 'Updated contact details', 'Meeting next week', 'FW: site visit'])}\nX-Originating-IP: [").e(F.ipv4(), "IP_ADDRESS").t("]\n")
    b.t("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n")
    b.t("Hi ").e(t.first, "PERSON").t(",\n\n")
    k = r.randrange(3)
    if k == 0:
        b.t("Can we move our call to ").e(F.fdatetime(), "DATE_TIME").t("? I'll be in ").e(F.location(), "LOCATION").t(" until then.\n")
    elif k == 1:
        b.t("Please note my new mobile ").e(F.phone(), "PHONE_NUMBER").t(" and our new office address:\n").e(F.address(multiline=True), "ADDRESS").t("\n")
    else:
        b.t(f"The invoice INV-{F.digits(6)} for {F.amount()} was paid {F.pick(['yesterday', 'last Friday', 'this morning'])}. Remit to IBAN ").e(F.iban(), "IBAN_CODE").t(" going forward.\n")
    b.t("\nBest,\n").e(s.first, "PERSON").t("\n--\n").e(s.full, "PERSON").t(f" | {F.pick(['Account Manager', 'Operations Lead', 'CFO'])}\n").e(F.phone(), "PHONE_NUMBER").t(" | ").e(F.url(), "URL").t("\n")


def g_vcard(F, b):
    r = F.r
    for _ in range(r.randint(1, 3)):
        p = F.person()
        c = F.us_city()
        ttl = F.pick(["", "", "Dr.", "Mr.", "Ms."])
        b.t(f"BEGIN:VCARD\nVERSION:{F.pick(['3.0', '4.0'])}\nN:").e(f"{p.last};{p.first}" + (f";{p.mid}" if r.random() < .3 else ""), "PERSON").t(";" if b.parts[-1].count(";") == 2 else ";;").t(f"{ttl};\n")
        b.t("FN:").t(ttl + " " if ttl else "").e(p.full, "PERSON").t(f"\nORG:{F.pick(COMPANIES)}\n")
        b.t("TEL;TYPE=CELL:").e(F.phone(), "PHONE_NUMBER").t("\n")
        if r.random() < .5:
            b.t("TEL;TYPE=WORK,VOICE:").e(F.phone(), "PHONE_NUMBER").t("\n")
        b.t("EMAIL;TYPE=INTERNET:").e(F.email(p), "EMAIL_ADDRESS").t("\n")
        b.t("ADR;TYPE=HOME:;;").e(f"{F.us_street().replace(',', '')};{c[0]};{c[1]};{F.us_zip(c)};USA", "ADDRESS").t("\n")
        if r.random() < .6:
            b.t("BDAY:").e(F.dob().isoformat() if r.random() < .5 else f"{F.dob():%Y%m%d}", "DATE_OF_BIRTH").t("\n")
        if r.random() < .4:
            b.t("URL:").e(F.url(), "URL").t("\n")
        if r.random() < .3:
            b.t(f"NOTE:Met at conference in ").e(F.location(F.pick(["city", "intlc"])), "LOCATION").t(f". Dog is {F.pick(PETS)}.\n")
        b.t(f"REV:{F.icsts()}\nUID:urn:uuid:{F.uuid()}\nEND:VCARD\n")


def g_ics(F, b):
    r = F.r
    org, att = F.person(), F.person()
    d = F.date()
    h = r.randint(7, 18)
    b.t(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{F.pick(['Google Inc//Google Calendar 70.9054', 'Microsoft Corporation//Outlook 16.0', 'Apple Inc.//macOS 14.4'])}//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    b.t(f"UID:{F.uuid()}@{F.pick(['google.com', 'outlook.com'])}\nDTSTAMP:{F.icsts()}\n")
    tz = F.pick(["America/New_York", "Europe/Berlin", "Asia/Kolkata", "America/Chicago"])
    b.t(f"DTSTART;TZID={tz}:").e(f"{d:%Y%m%d}T{h:02d}0000", "DATE_TIME").t(f"\nDTEND;TZID={tz}:").e(f"{d:%Y%m%d}T{h + 1:02d}{F.pick(['00', '30'])}00", "DATE_TIME").t("\n")
    kind = r.randrange(3)
    if kind == 0:
        b.t("SUMMARY:Follow-up visit - ").t(_title(r)).e(att.full, "PERSON").t("\nLOCATION:").e(F.address("US").replace(",", "\\,"), "ADDRESS").t("\n")
        b.t(f"DESCRIPTION:Patient MRN ").e(F.mrn(), "MEDICAL_RECORD_NUMBER").t(f". Bring insurance card and list of meds ({F.pick(DRUGS)}).\\nQuestions? Call ").e(F.phone("US"), "PHONE_NUMBER").t("\n")
    elif kind == 1:
        b.t("SUMMARY:Interview with ").e(att.first, "PERSON").t("\nLOCATION:Zoom\n")
        b.t(f"DESCRIPTION:Join: ").e(f"https://{F.pick(['acme', 'globex'])}.zoom.us/j/{F.digits(11)}?pwd={F.chars(32)}", "URL").t(f"\\nMeeting ID: {F.digits(3)} {F.digits(4)} {F.digits(4)}\\nPasscode: ").e(F.chars(6, AL) if r.random() < .5 else F.digits(6), "PASSWORD").t("\n")
    else:
        b.t("SUMMARY:Site visit ").e(F.location(F.pick(["usct", "intlc"])), "LOCATION").t("\nLOCATION:").e(F.address(F.pick(["DE", "FR", "UK", "NL"])).replace(",", "\\,"), "ADDRESS").t("\n")
        b.t("DESCRIPTION:Dial-in ").e(F.phone(), "PHONE_NUMBER").t(f" PIN {F.digits(6)}#\\nHost mobile ").e(F.phone(), "PHONE_NUMBER").t("\n")
    b.t("ORGANIZER;CN=").e(org.full, "PERSON").t(":mailto:").e(F.email(org, "acme-analytics.io"), "EMAIL_ADDRESS").t("\n")
    b.t("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=").e(att.full, "PERSON").t(":mailto:").e(F.email(att), "EMAIL_ADDRESS").t("\n")
    b.t(f"CREATED:{F.icsts()}\nLAST-MODIFIED:{F.icsts()}\nSEQUENCE:{r.randint(0, 3)}\nSTATUS:CONFIRMED\n")
    b.t("BEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def g_devops(F, b):
    r = F.r
    k = r.randrange(3)
    if k == 0:
        app = F.pick(["payments-api", "billing-worker", "patient-portal", "search"])
        b.t(f"# kubectl get secret {app}-secrets -o yaml  (pasted in #infra-help by mistake)\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {app}-secrets\n  namespace: {F.pick(['prod', 'staging', 'default'])}\n")
        b.t(f"  uid: {F.uuid()}\n  resourceVersion: \"{F.digits(8)}\"\n  creationTimestamp: \"{F.ts_log()[:19]}Z\"\ntype: Opaque\ndata:\n")
        b.t("  DB_PASSWORD: ").e(_b64(F.password()), "PASSWORD").t("\n")
        b.t("  STRIPE_SECRET_KEY: ").e(_b64(F.stripe()), "GENERIC_SECRET").t("\n")
        b.t("  JWT_SIGNING_KEY: ").e(_b64(F.chars(32)), "GENERIC_SECRET").t("\n")
        if r.random() < .5:
            b.t("  admin-password: ").e(_b64(F.password()), "PASSWORD").t("\n")
        b.t("stringData:\n  AWS_ACCESS_KEY_ID: ").e(F.aws_ak(), "AWS_ACCESS_KEY").t("\n  AWS_SECRET_ACCESS_KEY: ").e(F.aws_sk(), "AWS_SECRET_KEY").t("\n")
        b.t("  SLACK_BOT_TOKEN: ").e(F.slack(), "SLACK_TOKEN").t("\n  SENTRY_DSN: \"${SENTRY_DSN}\"\n")
        b.t(f"---\n# deployed by ").e(F.person().first, "PERSON").t(f" via argo, image {app}:{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}, commit {F.hexs(40)}\n")
    elif k == 1:
        pw = F.password()
        b.t(f"version: \"3.{r.randint(3, 9)}\"\nservices:\n  db:\n    image: postgres:{r.randint(12, 16)}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ").e(pw, "PASSWORD")
        b.t("\n    ports:\n      - \"5432:5432\"\n  api:\n    build: .\n    environment:\n      - DATABASE_URL=postgres://app:").e(pw, "PASSWORD").t("@db:5432/app\n")
        b.t("      - AWS_ACCESS_KEY_ID=").e(F.aws_ak(), "AWS_ACCESS_KEY").t("\n      - AWS_SECRET_ACCESS_KEY=").e(F.aws_sk(), "AWS_SECRET_KEY").t("\n")
        b.t("      - STRIPE_KEY=").e(F.stripe(), "STRIPE_KEY").t("\n      - MAPS_API_KEY=").e(F.generic_secret(), "GENERIC_SECRET").t("\n")
        b.t("      - SMTP_PASSWORD=${SMTP_PASSWORD}\n      - ADMIN_EMAIL=").e(F.email(F.person()), "EMAIL_ADDRESS").t("\n")
        b.t("    extra_hosts:\n      - \"ledger.internal:").e(F.ipv4(), "IP_ADDRESS").t("\"\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"").e("http://localhost:8080/healthz", "URL").t("\"]\n      interval: 30s\n")
        b.t("  redis:\n    image: redis:7-alpine\n    command: redis-server --requirepass ").e(F.password(), "PASSWORD").t("\n")
    else:
        b.t(f"name: release\non:\n  push:\n    tags: [\"v*\"]\njobs:\n  publish:\n    runs-on: ubuntu-22.04\n    env:\n      NODE_VERSION: {r.randint(16, 22)}\n")
        b.t("      GH_TOKEN: ").e(F.gh(), "GITHUB_TOKEN").t("   # TODO move to secrets\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n")
        b.t("      SLACK_TOKEN: ").e(F.slack(), "SLACK_TOKEN").t("\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n")
        b.t("      - name: Upload\n        run: |\n          curl -sS -H \"Authorization: Bearer ").e(F.jwt(), "JWT").t("\" \\\n            ").e(f"https://api.{F.pick(['acme-analytics.io', 'globexlogistics.net'])}/v2/releases?tag={r.randint(1, 9)}.{r.randint(0, 20)}.0", "URL").t("\n")
        b.t("      - name: Deploy key\n        run: |\n          cat > ~/.ssh/id_ed25519 <<'EOF'\n")
        pem = F.pem().replace("\n", "\n          ")
        b.t("          ").e(pem, "PRIVATE_KEY").t("\n          EOF\n")
        b.t("      - name: Notify\n        run: echo \"released by ${{ github.actor }}\"  # ping ").e(F.person().first, "PERSON").t(" if this fails\n")


def g_bug(F, b):
    r = F.r
    rep = F.person()
    ver = f"{r.randint(1, 6)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
    b.t(f"### Bug: {F.pick(['Crash on checkout when coupon applied', 'Timeout calling payments provider', 'KeyError in sync job'])}\n\n")
    b.t(f"**Version:** {ver} (commit {F.hexs(7)})  \n**Reporter:** ").e(rep.full, "PERSON").t(" (").e(F.email(rep, F.pick(["acme-analytics.io", "northwind-traders.com"])), "EMAIL_ADDRESS").t(")  \n")
    b.t(f"**Environment:** {F.pick(['Ubuntu 22.04', 'macOS 14.4', 'Windows 11'])}, Python 3.{r.randint(9, 12)}\n\n```\n")
    for _ in range(r.randint(2, 3)):
        b.t(f"{F.ts_log()} {F.pick(['INFO', 'WARN', 'ERROR'])} [{F.pick(['worker-1', 'api', 'sync'])}] request_id={F.uuid()} client=").e(F.ipv4(), "IP_ADDRESS").t(f" latency={r.randint(5, 3000)}ms\n")
    b.t("Traceback (most recent call last):\n")
    b.t(f"  File \"/home/{fold(rep.first)}/src/app/checkout.py\", line {r.randint(10, 400)}, in apply_coupon\n    resp = client.post(url, json=payload, timeout=5)\n")
    b.t(f"  File \"/usr/lib/python3/site-packages/requests/api.py\", line 115, in post\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.payments.example', port=443): Read timed out.\n```\n\n")
    b.t("Config dump (`settings.local.env`):\n```\n")
    b.t(f"APP_ENV=production\nLOG_LEVEL=debug\nDB_HOST=").e(F.ipv4(), "IP_ADDRESS").t("\nDB_PORT=5432\nDB_PASSWORD=").e(F.password(), "PASSWORD").t("\n")
    b.t("STRIPE_SECRET=").e(F.stripe(), "STRIPE_KEY").t(f"\nSTRIPE_PUBLISHABLE=pk_live_{F.chars(24)}\n")
    if r.random() < .5:
        b.t("GITHUB_TOKEN=").e(F.gh(), "GITHUB_TOKEN").t("\n")
    else:
        b.t("SENDGRID_API_KEY=").e(F.generic_secret(), "GENERIC_SECRET").t("\n")
    b.t("OAUTH_CLIENT_SECRET=").e(F.chars(r.choice([32, 40])), "GENERIC_SECRET").t("\nSESSION_SECRET=<redacted>\nCALLBACK_URL=").e(F.url(), "URL").t("\n")
    b.t(f"BUILD_TIME={r.randint(1700000000, 1750000000)}\nFEATURE_FLAGS=coupons,new_cart\n```\n\n")
    b.t(f"Steps: log in as test user, add {r.randint(1, 5)} items, apply coupon SAVE{r.randint(5, 30)}. Customer ").e(F.person().full, "PERSON").t(" hit this ").e(F.fdate(F.date(), style=F.pick(["md", "long"])), "DATE_TIME").t(f" (order #{F.digits(8)}).\n")
    b.t(f"Expected: discount applied. Actual: 504 after 5s. Card used was test PAN {F.pan(valid=False, fmt='')} (should be rejected by Luhn anyway).\n")


def _ocr(r, s):
    """OCR-noise a label (never applied to labelled values)."""
    sub = {"o": "0", "l": "1", "i": "l", "S": "5", "e": "c", "B": "8"}
    return "".join(sub[c] if c in sub and r.random() < .25 else c for c in s)


def g_ocr(F, b):
    r = F.r
    p = F.person()
    lab = lambda s: _ocr(r, s)
    nb = lambda: F.pick(["\n", " ", "  ", "\n\n"])
    b.t(lab(F.pick(["PATIENT REGISTRATION FORM", "HEALTH INSURANCE CLAIM FORM", "NEW PATIENT INTAKE"])) + "\n")
    b.t(F.pick(["|||  ", "_ _ _ ", "", "~ "]) + lab("PLEASE PRINT CLEARLY") + "\n\n")
    b.t(lab("1. Patient Name (Last, First, MI)") + nb())
    nm = f"{p.last.upper()}, {p.first.upper()} {p.mid}" if r.random() < .5 else f"{p.last.upper()},\n{p.first.upper()}"
    b.e(nm, "PERSON").t("\n")
    b.t(lab("2. Date of Birth") + F.pick([": ", " ", "\n"])).e(F.fdate(F.dob(), style=F.pick(["us", "dash", "slash_short"])), "DATE_OF_BIRTH").t(f"   {lab('Sex')} [{F.pick('MF')}]\n")
    st = F.us_street()
    c = F.us_city()
    b.t(lab("3. Address (No., Street)") + nb()).e(st, "ADDRESS").t("\n" + lab("City") + " ").e(c[0], "LOCATION").t("  " + lab("State") + " ").e(c[1], "LOCATION").t(f"  {lab('ZIP')} {F.us_zip(c)}\n")
    b.t(lab("4. Telephone (include area code)") + nb()).e(F.phone("US"), "PHONE_NUMBER").t("\n")
    if r.random() < .6:
        ssn = F.ssn()
        b.t(lab("5. Social Security No.") + " ").e(ssn, "US_SSN").t("\n")
    else:
        b.t(lab("5. Social Security No.") + f" XXX-XX-{F.digits(4)}\n")
    b.t(lab("6. Insured's ID Number") + nb()).e(F.hpn(), "HEALTH_PLAN_NUMBER").t(f"   {lab('Group No.')} {F.digits(6)}\n")
    ins = F.person(p.origin, p.last)
    b.t(lab("7. Insured's Name") + nb()).e(f"{ins.first} {ins.last}".upper(), "PERSON").t(f"   {lab('Relationship')}: {F.pick(['Spouse', 'Parent', 'Self'])}\n")
    b.t(lab("8. Employer") + f" {F.pick(COMPANIES).upper()}\n")
    b.t(lab("9. Emergency contact") + nb()).e(F.person().full, "PERSON").t(" ").e(F.phone(), "PHONE_NUMBER").t("\n")
    b.t(lab("10. Referring physician") + " Dr. ").e(F.person("english").last, "PERSON").t(f"  NPI {F.digits(10)}\n")
    b.t(lab("11. Diagnosis") + f" {F.pick(ICD)}  {F.pick(ICD)}\n")
    b.t(lab("12. Date(s) of service") + " ").e(F.fdate(F.date(), style="us"), "DATE_TIME").t(" - ").e(F.fdate(F.date(), style="us"), "DATE_TIME").t(f"  CPT {F.pick(CPT)}  {F.amount()}\n")
    b.t(lab("13. Patient Account No.") + " ").e(F.acct(), "ACCOUNT_NUMBER").t("\n")
    b.t("\n" + lab("SIGNED") + " ").e(p.first.title() + " " + p.last.title(), "PERSON").t("   " + lab("DATE") + " ").e(F.fdate(F.date(), style="slash_short"), "DATE_TIME").t("\n")
    b.t(F.pick(["Page 1 of 1", "-- scanned " + F.digits(10) + " --", "p. 1/2  (c) 02/12"]) + "\n")


def g_review(F, b):
    r = F.r
    p = F.person()
    prod = F.pick(["Philips Sonicare toothbrush", "Dyson cordless vacuum", "Anker power bank", "Calvin Klein jacket", "Tommy Hilfiger backpack",
                   "Ben & Jerry's ice cream maker kit", "Dr. Martens boots", "smart doorbell", "air fryer"])
    b.t(f"{'★' * (s := r.randint(1, 5))}{'☆' * (5 - s)}  {F.pick(['Great value', 'Stopped working after a month', 'Exactly as described', 'Beware of their support'])}\n")
    b.t("Reviewed by ").e(p.first, "PERSON").t(" from ").e(F.location(F.pick(["usct", "intlc", "city"])), "LOCATION").t(" on ").e(F.fdate(F.date(), style=F.pick(["long", "short"])), "DATE_TIME").t(f" - Verified purchase\n\n")
    b.t(f"Bought this {prod} for my {F.pick(['husband', 'wife', 'mom', 'son', 'partner'])} ").e(F.person(p.origin).first, "PERSON").t(f"'s {F.pick(['birthday', 'anniversary', 'graduation', '40th birthday', '21st birthday'])}. ")
    k = r.randrange(3)
    if k == 0:
        b.t("It arrived on ").e(F.fdate(F.date(), style="md"), "DATE_TIME").t(f", two days late, and the box was addressed to my old place at ").e(F.address("US"), "ADDRESS").t(" even though I updated it. ")
    elif k == 1:
        b.t(f"Our cat {F.pick(PETS)} is terrified of it, lol. Works fine though, order #{F.digits(3)}-{F.digits(7)}-{F.digits(7)}. ")
    else:
        b.t("I called their support line at ").e(F.phone("US"), "PHONE_NUMBER").t(" and a rep named ").e(F.person().first, "PERSON").t(" was really helpful. ")
    if r.random() < .5:
        b.t("If anyone has the same issue, email me at ").e(F.email(p), "EMAIL_ADDRESS").t(" and I'll tell you what fixed it. ")
    if r.random() < .4:
        b.t("Full write-up with photos on my blog: ").e(F.url(), "URL").t(" ")
    b.t(F.pick(["Would buy again.", "Two stars only because of shipping.", "Not as good as the old model.", "Meh."]) + "\n\n")
    b.t(f"{r.randint(0, 120)} people found this helpful  |  Report\n")
    if r.random() < .5:
        b.t("\nSeller response: Hi ").e(p.first, "PERSON").t(", sorry about this! Please contact us with your order number and we'll sort it out. - ").e(F.person().first, "PERSON").t(", Customer Care\n")


LETTERS = {
    "de": dict(to=["Herrn", "Frau"], subj="Betreff: Ihre Rechnung Nr. {{inv}} vom {{d1:DATE_TIME}}",
               sal="Sehr geehrte{{g}} {{tt}} {{ln:PERSON}},",
               body="vielen Dank für Ihr Schreiben vom {{d2:DATE_TIME}}. Wie am {{dt3:DATE_TIME}} telefonisch besprochen, bitten wir Sie, den offenen Betrag von {{amt}} EUR bis zum {{d4:DATE_TIME}} auf folgendes Konto zu überweisen:",
               iban="Kontoinhaber: {{co}}", contact="Für Rückfragen erreichen Sie {{cf:PERSON}} unter {{ph:PHONE_NUMBER}} oder per E-Mail an {{em:EMAIL_ADDRESS}}.",
               close="Mit freundlichen Grüßen"),
    "fr": dict(to=["Monsieur", "Madame"], subj="Objet : votre facture n° {{inv}} du {{d1:DATE_TIME}}",
               sal="{{tt}} {{ln:PERSON}},", body="nous accusons réception de votre courrier du {{d2:DATE_TIME}}. Suite à notre entretien téléphonique du {{dt3:DATE_TIME}}, nous vous prions de régler la somme de {{amt}} EUR avant le {{d4:DATE_TIME}} sur le compte suivant :",
               iban="Titulaire : {{co}}", contact="Pour toute question, vous pouvez joindre {{cf:PERSON}} au {{ph:PHONE_NUMBER}} ou par courriel à {{em:EMAIL_ADDRESS}}.",
               close="Veuillez agréer, {{tt}}, l'expression de nos salutations distinguées."),
    "es": dict(to=["Sr.", "Sra."], subj="Asunto: factura n.º {{inv}} del {{d1:DATE_TIME}}",
               sal="Estimado/a {{tt}} {{ln:PERSON}}:", body="le agradecemos su carta del {{d2:DATE_TIME}}. Tal como hablamos por teléfono el {{dt3:DATE_TIME}}, le rogamos abone el importe de {{amt}} EUR antes del {{d4:DATE_TIME}} en la siguiente cuenta:",
               iban="Titular: {{co}}", contact="Para cualquier consulta puede contactar con {{cf:PERSON}} en el {{ph:PHONE_NUMBER}} o en {{em:EMAIL_ADDRESS}}.",
               close="Atentamente,"),
    "pt": dict(to=["Sr.", "Sra."], subj="Assunto: fatura n.º {{inv}} de {{d1:DATE_TIME}}",
               sal="Exmo(a). {{tt}} {{ln:PERSON}},", body="agradecemos a sua carta de {{d2:DATE_TIME}}. Conforme combinado por telefone em {{dt3:DATE_TIME}}, solicitamos o pagamento de {{amt}} EUR até {{d4:DATE_TIME}} para a seguinte conta:",
               iban="Titular: {{co}}", contact="Para esclarecimentos, contacte {{cf:PERSON}} pelo {{ph:PHONE_NUMBER}} ou pelo e-mail {{em:EMAIL_ADDRESS}}.",
               close="Com os melhores cumprimentos,"),
    "it": dict(to=["Egregio Sig.", "Gentile Sig.ra"], subj="Oggetto: fattura n. {{inv}} del {{d1:DATE_TIME}}",
               sal="{{tt}} {{ln:PERSON}},", body="la ringraziamo per la sua lettera del {{d2:DATE_TIME}}. Come concordato telefonicamente il {{dt3:DATE_TIME}}, la preghiamo di versare l'importo di {{amt}} EUR entro il {{d4:DATE_TIME}} sul seguente conto:",
               iban="Intestatario: {{co}}", contact="Per informazioni può contattare {{cf:PERSON}} al numero {{ph:PHONE_NUMBER}} o all'indirizzo {{em:EMAIL_ADDRESS}}.",
               close="Distinti saluti,"),
}
LANG_CC = {"de": "DE", "fr": "FR", "es": "ES", "pt": "PT", "it": "IT"}
LANG_ORIGIN = {"de": "german", "fr": "french", "es": "hispanic", "pt": "lusophone", "it": "italian"}


def g_letter(F, b):
    r = F.r
    lang = F.pick(list(LETTERS))
    L = LETTERS[lang]
    cc = LANG_CC[lang]
    rec = F.person(LANG_ORIGIN[lang] if r.random() < .7 else None)
    snd = F.person(LANG_ORIGIN[lang])
    co = F.pick({"de": ["Müller & Söhne GmbH", "Schneider Haustechnik KG"], "fr": ["Durand Frères SARL", "Maison Lefèvre SA"],
                 "es": ["Hermanos García S.L.", "Talleres Pérez S.A."], "pt": ["Ferreira & Filhos Lda.", "Costa Almeida Lda."],
                 "it": ["Fratelli Rossi S.r.l.", "Bianchi & Figli S.p.A."]}[lang])
    fem = r.random() < .5
    tt = L["to"][1 if fem else 0]
    b.t(co + "\n").e(F.address(cc, multiline=True), "ADDRESS").t("\n\n")
    b.t(tt + " " if lang != "it" else tt + " ").e(rec.full, "PERSON").t("\n").e(F.address(cc, multiline=True), "ADDRESS").t("\n\n")
    cities = INTL[{"DE": "Germany", "FR": "France", "ES": "Spain", "PT": "Portugal", "IT": "Italy"}[cc]]
    b.e(F.pick(cities), "LOCATION").t(", ").e(F.fdate(F.date(), lang), "DATE_TIME").t("\n\n")
    sal_tt = {"de": ("Frau" if fem else "Herr"), "fr": ("Madame" if fem else "Monsieur"), "es": ("Sra." if fem else "Sr."),
              "pt": ("Sra." if fem else "Sr."), "it": ("Gentile Sig.ra" if fem else "Egregio Sig.")}[lang]
    b.f(L["subj"], inv=f"{F.digits(4)}/{F.digits(3)}", d1=F.fdate(F.date(), lang)).t("\n\n")
    if lang == "fr":
        b.f(L["sal"], tt=sal_tt, ln=rec.last)
    elif lang == "de":
        b.f(L["sal"], g="" if fem else "r", tt=sal_tt, ln=rec.last)
    else:
        b.f(L["sal"], tt=sal_tt, ln=rec.last)
    b.t("\n\n")
    amt = f"{r.randint(100, 40000):,}".replace(",", ".") + f",{F.digits(2)}"
    b.f(L["body"], d2=F.fdate(F.date(), lang), dt3=F.fdatetime(lang=lang), amt=amt, d4=F.fdate(F.date(), lang)).t("\n\n")
    b.t("IBAN: ").e(F.iban(cc), "IBAN_CODE").t(f"\nBIC: {F.bic()}\n").f(L["iban"], co=co).t("\n\n")
    b.f(L["contact"], cf=snd.full, ph=F.phone(cc), em=F.email(snd, fold(co.split()[0]) + "." + cc.lower())).t("\n\n")
    if lang == "fr":
        b.f(L["close"], tt=sal_tt)
    else:
        b.t(L["close"])
    b.t("\n\n").e(snd.full, "PERSON").t("\n" + {"de": "Buchhaltung", "fr": "Comptabilité", "es": "Contabilidad", "pt": "Contabilidade", "it": "Amministrazione"}[lang] + "\n")


GENERATORS = [g_hl7, g_fhir, g_edi, g_ems, g_blood, g_dmv, g_kyc, g_escrow, g_hotel, g_callqa, g_customs,
              g_genealogy, g_recovery, g_school, g_dsar, g_rfc822, g_vcard, g_ics, g_devops, g_bug, g_ocr,
              g_review, g_letter]
PAD = ["\n\n-- This record was exported for quality review. Do not forward outside the organisation. --\n",
       "\n\nConfidentiality notice: the information above is intended only for the named recipient(s). If you received it in error, please delete it.\n",
       "\n\n[end of document]\nGenerated by the records system; formatting may differ from the original.\n"]


# --------------------------------------------------------------------------- driver
def make_doc(seed: int, i: int) -> dict:
    for attempt in range(20):
        r = random.Random(f"{seed}-{i}-{attempt}")
        F = Fake(r)
        gen = GENERATORS[r.randrange(len(GENERATORS))] if attempt else GENERATORS[(i + seed) % len(GENERATORS)]
        b = Builder()
        gen(F, b)
        while b.n < MIN_LEN:
            b.t(r.choice(PAD))
        if b.n <= MAX_LEN:
            break
    else:
        raise RuntimeError(f"could not build doc {i}")
    return {"id": f"blind13-s{seed}-{i:06d}", "text": b.text(),
            "entities": [{"start": s, "end": e, "type": t} for s, e, t in b.ents],
            "generator": gen.__name__[2:]}


def generate(n, seed=0):
    """Yield n documents {"id", "text", "entities"}; doc i depends only on (seed, i)."""
    for i in range(n):
        d = make_doc(seed, i)
        d.pop("generator")
        yield d


_BAD_EDGE = set("\"'()[]<>{}")


def validate(doc) -> list[str]:
    errs = []
    text = doc["text"]
    if not MIN_LEN <= len(text) <= MAX_LEN:
        errs.append(f"length {len(text)}")
    prev = 0
    for e in sorted(doc["entities"], key=lambda x: (x["start"], x["end"])):
        s, t, ty = e["start"], e["end"], e["type"]
        span = text[s:t]
        if ty not in TYPESET:
            errs.append(f"type {ty}")
        if not 0 <= s < t <= len(text):
            errs.append(f"range {e}")
            continue
        if s < prev:
            errs.append(f"overlap at {s}")
        prev = t
        if span != span.strip():
            errs.append(f"whitespace {span!r}")
        if ty not in ("PASSWORD", "GENERIC_SECRET", "PRIVATE_KEY") and ((span[0] in _BAD_EDGE and not (ty == "PHONE_NUMBER" and span[0] == "(")) or span[-1] in _BAD_EDGE or span[-1] in ".,;:!?"):
            errs.append(f"edge punct {ty} {span!r}")
        if ty == "CREDIT_CARD" and not (luhn_ok(span) and re.fullmatch(r"[\d -]+", span)):
            errs.append(f"luhn {span!r}")
        if ty == "IBAN_CODE" and not iban_ok(span):
            errs.append(f"iban {span!r}")
        if ty == "US_SSN" and not ssn_ok(span):
            errs.append(f"ssn {span!r}")
        if ty == "PRIVATE_KEY" and not (span.startswith("-----BEGIN") and span.endswith("-----")):
            errs.append("pem")
        if ty == "URL" and not re.match(r"https?://", span):
            errs.append(f"url {span!r}")
        if ty == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", span):
            errs.append(f"email {span!r}")
    return errs


def check(n=3000, seed=0):
    counts, gens, bad = Counter(), Counter(), 0
    docs = []
    for i in range(n):
        d = make_doc(seed, i)
        errs = validate(d)
        if errs:
            bad += 1
            if bad <= 10:
                print(d["id"], d["generator"], errs[:5])
        counts.update(e["type"] for e in d["entities"])
        gens[d["generator"]] += 1
        docs.append(d)
    for i in range(0, n, max(1, n // 150)):
        if make_doc(seed, i) != docs[i]:
            bad += 1
            print("non-deterministic", i)
    ids = {d["id"] for d in docs}
    if len(ids) != n:
        bad += 1
        print("duplicate ids")
    print(f"docs={n} bad={bad} chars={sum(len(d['text']) for d in docs)} entities={sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:22s} {counts[t]}")
    missing = [t for t in TYPES if not counts[t]]
    print("generators:", dict(sorted(gens.items())))
    if missing:
        print("MISSING TYPES:", missing)
    return bad == 0 and not missing


def sample(k, seed=0):
    for d in (make_doc(seed, i) for i in range(k)):
        print("=" * 78)
        print(d["id"], d["generator"], len(d["text"]), "chars")
        print("-" * 78)
        print(d["text"])
        print("-" * 78)
        for e in d["entities"]:
            print(f"  {e['type']:22s} [{e['start']}:{e['end']}] {d['text'][e['start']:e['end']]!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        ok = check(3000, a.seed)
        print("CHECK", "PASSED" if ok else "FAILED")
        return 0 if ok else 1
    if a.sample:
        sample(a.sample, a.seed)
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for d in generate(a.n, a.seed):
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} docs to {a.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
