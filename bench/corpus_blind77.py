"""Blind corpus 77: genomics, biobanks, clinical and pathology laboratories.

Synthetic, labelled test documents for a PII / PHI / secrets detector: specimen
manifests, LIMS exports, lab requisitions, pathology reports, sequencing sample
sheets, VCF/FASTQ headers, consent forms, biobank access requests, instrument
logs, pipeline configs, results-portal mails, HL7/FHIR/X12 records and more, in
several languages. Every entity span is recorded while the text is built.

Usage: python3 bench/corpus_blind77.py --check | --sample K | --n N --seed S --output F.jsonl

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
import ipaddress
import json
import re
import string
import sys
import unicodedata
from collections import Counter
from random import Random

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()

# short aliases used when building documents
PER, EML, PHO, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER",
                                    "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL, MRN = ("DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS",
                               "URL", "MEDICAL_RECORD_NUMBER")
HPN, ACC, DL = "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKEY, ASEC, GHT, SLK, STR = ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN",
                             "SLACK_TOKEN", "STRIPE_KEY")
JWT, PEM, PWD, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"


class B:
    """Text builder: b("plain", (value, TYPE), ...) records spans on append."""

    def __init__(self):
        self.buf: list[str] = []
        self.pos = 0
        self.ents: list[tuple[int, int, str]] = []

    def __call__(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                v, t = p
                v = str(v)
                if t:
                    self.ents.append((self.pos, self.pos + len(v), t))
            else:
                v = str(p)
            self.buf.append(v)
            self.pos += len(v)
        return self

    def text(self) -> str:
        return "".join(self.buf)


# ---------------------------------------------------------------- names
NAMES = {
    "en": (["James", "Emily", "Michael", "Sarah", "David", "Jennifer", "Robert", "Ashley",
            "Thomas", "Megan", "Brian", "Rachel", "Kevin", "Laura", "Tyler", "Hannah"],
           ["Smith", "Johnson", "Carter", "Brooks", "Whitaker", "Morgan", "Reyes", "Turner",
            "Gallagher", "O'Neill", "Henderson", "Price", "Sullivan", "Foster", "Kim", "Patel"]),
    "de": (["Jonas", "Lena", "Lukas", "Anna", "Felix", "Marie", "Maximilian", "Sophie",
            "Jürgen", "Ursula", "Tobias", "Katrin"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann",
            "Schäfer", "Koch", "Richter", "Wolf", "Krüger"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Manon", "Étienne", "Léa", "Mathieu",
            "Juliette", "Antoine", "Élodie", "Baptiste"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard",
            "Rousseau", "Fontaine", "Chevalier", "Mercier", "Faure"]),
    "es": (["Lucía", "Javier", "Carmen", "Alejandro", "Marta", "Sergio", "Elena", "Pablo",
            "Rocío", "Andrés"],
           ["García Pérez", "Fernández", "López", "Martínez Ruiz", "Sánchez", "Romero",
            "Navarro", "Torres", "Domínguez", "Gil Ortega"]),
    "it": (["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara",
            "Lorenzo", "Federica", "Davide"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
            "Ricci", "Marino", "Greco"]),
    "pt": (["João", "Ana", "Pedro", "Beatriz", "Rafael", "Mariana", "Tiago", "Inês",
            "Gabriel", "Larissa"],
           ["Silva", "Santos", "Ferreira", "Oliveira", "Costa", "Rodrigues", "Almeida",
            "Carvalho", "Sousa", "Pereira"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Joris", "Femke", "Ruben", "Eva", "Thijs"],
           ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Boer",
            "Mulder", "van Dijk"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł",
            "Małgorzata", "Krzysztof", "Zofia"],
           ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Zając", "Król",
            "Wieczorek", "Pawlak"]),
    "sv": (["Erik", "Astrid", "Lars", "Ingrid", "Oskar", "Maja", "Johan", "Elin"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Bergström",
            "Holm", "Sjöberg"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Mustafa", "Elif", "Emre", "Fatma", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"]),
    "ja": (["Haruto", "Yui", "Sota", "Aoi", "Kenji", "Yuki", "Takeshi", "Sakura"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Nakamura",
            "Kobayashi"]),
    "zh": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Lihua", "Yan"],
           ["Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhou"]),
    "in": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Deepika"],
           ["Sharma", "Iyer", "Reddy", "Nair", "Chatterjee", "Gupta", "Menon"]),
    "ar": (["Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour", "Hassan"],
           ["Haddad", "Al-Sayed", "Khalil", "Mansour", "Nasser", "Saleh", "Farouk"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake"],
           ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okonkwo"]),
    "ko": (["Minji", "Jisoo", "Hyunwoo", "Seoyeon", "Dongha"],
           ["Park", "Choi", "Jung", "Kang", "Yoon"]),
    "vi": (["Linh", "Minh", "Thao", "Tuan", "Huong"], ["Nguyen", "Tran", "Le", "Pham", "Vu"]),
}
JA_NATIVE = (["翔太", "美咲", "健一", "陽菜", "大輔", "結衣"],
             ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤"])
MIXED = ["en", "en", "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ja",
         "zh", "in", "ar", "ng", "ko", "vi"]


class Person:
    def __init__(self, rng: Random, culture: str | None = None):
        self.c = culture or rng.choice(MIXED)
        g, f = NAMES[self.c]
        self.given = rng.choice(g)
        self.family = rng.choice(f)
        self.mi = rng.choice(string.ascii_uppercase) if rng.random() < 0.3 else ""

    def full(self):
        return f"{self.given} {self.mi + '. ' if self.mi else ''}{self.family}"

    def plain(self):
        return f"{self.given} {self.family}"

    def last_first(self):
        return f"{self.family}, {self.given}"

    def styled(self, rng: Random):
        r = rng.random()
        if r < 0.5:
            return self.full()
        if r < 0.65:
            return self.last_first()
        if r < 0.8:
            return f"{self.family.upper()}, {self.given}"
        if r < 0.92:
            return self.plain().upper()
        return f"{self.given} {self.family}"

    def hl7(self):
        return f"{fold(self.family).upper()}^{fold(self.given).upper()}" + (
            f"^{self.mi}" if self.mi else "")

    def ascii(self):
        return fold(self.given).lower(), re.sub(r"[^a-z]", "", fold(self.family).lower())

    def email(self, rng: Random, domain: str | None = None):
        g, f = self.ascii()
        dom = domain or rng.choice(FREEMAIL)
        form = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}", f"{g}{f[:1]}{rng.randint(1, 99)}",
                           f"{g}_{f}"])
        return f"{form}@{dom}"


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "web.de",
            "gmx.net", "orange.fr", "libero.it", "uol.com.br", "wp.pl", "hotmail.com"]
ORG_DOMAINS = ["helixpath-dx.com", "nordgen-biobank.org", "meridian-genomics.com",
               "crestline-labs.com", "bioarchiv-nord.de", "genomelab-ouest.fr",
               "seqcore.uni-example.edu", "vantage-cytogenetics.com"]


# ---------------------------------------------------------------- places
US_CITIES = [("Columbus", "OH", "Ohio", "432"), ("Boston", "MA", "Massachusetts", "021"),
             ("Austin", "TX", "Texas", "787"), ("Denver", "CO", "Colorado", "802"),
             ("Raleigh", "NC", "North Carolina", "276"), ("Madison", "WI", "Wisconsin", "537"),
             ("Salt Lake City", "UT", "Utah", "841"), ("Baltimore", "MD", "Maryland", "212"),
             ("Sacramento", "CA", "California", "958"), ("Rochester", "MN", "Minnesota", "559"),
             ("Nashville", "TN", "Tennessee", "372"), ("Portland", "OR", "Oregon", "972")]
US_STREETS = ["Maple Avenue", "Oak Street", "Elm Drive", "Cedar Lane", "Lakeview Road",
              "Washington Blvd", "Pine Ridge Court", "Highland Ave", "Mill Road", "Sunset Drive"]
CITIES = {
    "de": [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
           ("Heidelberg", "69117"), ("Leipzig", "04109"), ("Freiburg im Breisgau", "79098")],
    "fr": [("Lyon", "69002"), ("Paris", "75013"), ("Toulouse", "31000"), ("Nantes", "44000"),
           ("Strasbourg", "67000"), ("Lille", "59000"), ("Montpellier", "34000")],
    "es": [("Madrid", "28014"), ("Barcelona", "08036"), ("Valencia", "46010"),
           ("Sevilla", "41004"), ("Bilbao", "48009"), ("Zaragoza", "50001")],
    "it": [("Milano", "20121"), ("Roma", "00185"), ("Torino", "10125"), ("Bologna", "40126"),
           ("Napoli", "80138"), ("Firenze", "50121")],
    "pt": [("Lisboa", "1100-053"), ("Porto", "4000-322"), ("Coimbra", "3000-075"),
           ("Braga", "4700-320")],
    "nl": [("Amsterdam", "1015 CJ"), ("Utrecht", "3511 LX"), ("Rotterdam", "3011 AD"),
           ("Leiden", "2311 EZ"), ("Groningen", "9711 LV")],
    "pl": [("Warszawa", "00-590"), ("Kraków", "31-008"), ("Gdańsk", "80-831"),
           ("Poznań", "61-772"), ("Wrocław", "50-077")],
    "sv": [("Stockholm", "111 21"), ("Göteborg", "411 38"), ("Uppsala", "753 10"),
           ("Malmö", "211 22"), ("Lund", "222 21")],
    "tr": [("İstanbul", "34710"), ("Ankara", "06420"), ("İzmir", "35210"), ("Bursa", "16040")],
    "gb": [("London", "NW1 6XE"), ("Manchester", "M1 1AE"), ("Cambridge", "CB2 1TN"),
           ("Edinburgh", "EH1 1YZ"), ("Oxford", "OX1 2JD")],
    "ja": [("Tokyo", "100-0005"), ("Osaka", "530-0001"), ("Kyoto", "604-8005"),
           ("Sapporo", "060-0001")],
}
STREETS = {
    "de": ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Goethestraße", "Am Mühlbach",
           "Schillerplatz", "Bergstraße"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire",
           "rue des Lilas", "place Bellecour", "chemin des Vignes"],
    "es": ["Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo del Prado",
           "Calle San Vicente"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Viale dei Mille",
           "Piazza Cavour"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
    "nl": ["Keizersgracht", "Oudegracht", "Stationsweg", "Lange Voorhout", "Herestraat"],
    "pl": ["ul. Marszałkowska", "ul. Długa", "ul. Floriańska", "al. Jerozolimskie",
           "ul. Piotrkowska"],
    "sv": ["Drottninggatan", "Storgatan", "Kungsgatan", "Sveavägen", "Linnégatan"],
    "tr": ["Atatürk Caddesi", "Bağdat Caddesi", "İstiklal Caddesi", "Cumhuriyet Sokak"],
    "gb": ["Baker Street", "High Street", "Station Road", "Church Lane", "Victoria Road"],
    "ja": ["Marunouchi", "Umeda", "Shijo-dori", "Kita 1-jo Nishi"],
}
COUNTRY = {"de": "Germany", "fr": "France", "es": "Spain", "it": "Italy", "pt": "Portugal",
           "nl": "Netherlands", "pl": "Poland", "sv": "Sweden", "tr": "Turkey",
           "gb": "United Kingdom", "ja": "Japan", "us": "USA"}
COUNTRY_NATIVE = {"de": "Deutschland", "fr": "France", "es": "España", "it": "Italia",
                  "pt": "Portugal", "nl": "Nederland", "pl": "Polska", "sv": "Sverige",
                  "tr": "Türkiye", "ja": "日本"}


class Addr:
    """A postal address; .line/.city/.region/.zip/.country plus formatted forms."""

    def __init__(self, rng: Random, cc: str = "us"):
        self.cc = cc
        if cc == "us":
            c = rng.choice(US_CITIES)
            self.city, self.st, self.state = c[0], c[1], c[2]
            self.zip = c[3] + f"{rng.randint(0, 99):02d}"
            self.line = f"{rng.randint(12, 9899)} {rng.choice(US_STREETS)}"
            self.unit = rng.choice(["", "", f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                                    f"Suite {rng.randint(100, 900)}", f"Unit {rng.randint(1, 30)}"])
            self.region = self.st
        else:
            self.city, self.zip = rng.choice(CITIES[cc])
            s = rng.choice(STREETS[cc])
            n = rng.randint(1, 180)
            self.unit = ""
            self.region = ""
            if cc in ("fr", "gb"):
                self.line = f"{n} {s}"
            elif cc == "es":
                self.line = f"{s} {n}"
                self.unit = rng.choice(["", f"{rng.randint(1, 8)}º {rng.choice('ABCD')}"])
            elif cc == "pl":
                self.line = f"{s} {n}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.6 else "")
            elif cc == "tr":
                self.line = f"{s} No: {n} D: {rng.randint(1, 20)}"
            elif cc == "ja":
                self.line = f"{rng.randint(1, 9)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} {s}"
            elif cc == "it":
                self.line = f"{s} {n}" if "Corso" not in s else f"{s}, {n}"
            else:
                self.line = f"{s} {n}"
            self.state = ""
        self.country = COUNTRY[cc]

    def street(self):
        return self.line + (f", {self.unit}" if self.unit else "")

    def one_line(self, rng: Random | None = None, country=False):
        cc = self.cc
        if cc == "us":
            s = f"{self.street()}, {self.city}, {self.st} {self.zip}"
        elif cc == "gb":
            s = f"{self.street()}, {self.city} {self.zip}"
        elif cc == "ja":
            s = f"{self.line}, {self.city} {self.zip}"
        else:
            s = f"{self.street()}, {self.zip} {self.city}"
        if country:
            s += f", {self.country if cc in ('us', 'gb', 'ja') else COUNTRY_NATIVE[cc]}"
        return s

    def block(self):
        if self.cc == "us":
            return f"{self.street()}\n{self.city}, {self.st} {self.zip}"
        if self.cc in ("gb", "ja"):
            return f"{self.street()}\n{self.city}\n{self.zip}"
        return f"{self.street()}\n{self.zip} {self.city}"

    def place(self):
        """City used as a place (LOCATION)."""
        if self.cc == "us":
            return f"{self.city}, {self.st}"
        return self.city


# ---------------------------------------------------------------- phones
US_AREAS = ["212", "312", "415", "617", "614", "303", "512", "608", "919", "801", "410",
            "916", "507", "615", "503", "206", "404", "713"]


def phone(rng: Random, cc: str = "us") -> str:
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    if cc == "us":
        a, ex, ln = rng.choice(US_AREAS), str(rng.randint(201, 989)), d(4)
        return rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}",
                           f"{a}.{ex}.{ln}", f"+1-{a}-{ex}-{ln}", f"1 ({a}) {ex}-{ln}"])
    if cc == "tollfree":
        return rng.choice([f"1-800-{rng.randint(201, 989)}-{d(4)}",
                           f"(888) {rng.randint(201, 989)}-{d(4)}",
                           f"1-866-{rng.randint(201, 989)}-{d(4)}"])
    if cc == "de":
        a = rng.choice(["30", "40", "89", "221", "6221", "341", "761"])
        n = d(11 - len(a))
        return rng.choice([f"+49 {a} {n}", f"0{a} {n}", f"+49 ({0}){a} {n}".replace("{0}", "0"),
                           f"0{a}/{n}", f"+49 1{rng.choice(['51', '60', '70', '76'])} {d(8)}"])
    if cc == "fr":
        p = [f"{rng.randint(1, 9)}"] + [d(2) for _ in range(4)]
        return rng.choice(["+33 " + " ".join(p), "0" + " ".join(p), "0" + ".".join(p)])
    if cc == "es":
        n = rng.choice(["91", "93", "96", "95", "6" + d(1)]) + d(7)
        return rng.choice([f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
    if cc == "it":
        return rng.choice([f"+39 02 {d(4)} {d(4)}", f"06 {d(8)}", f"+39 3{d(2)} {d(3)} {d(4)}",
                           f"011 {d(3)} {d(4)}"])
    if cc == "pt":
        return rng.choice([f"+351 21 {d(3)} {d(4)}", f"+351 9{d(2)} {d(3)} {d(3)}",
                           f"22 {d(3)} {d(4)}", f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}"])
    if cc == "nl":
        return rng.choice([f"+31 20 {d(3)} {d(4)}", f"020-{d(7)}", f"06-{d(8)}",
                           f"+31 6 {d(4)} {d(4)}", f"071 {d(3)} {d(4)}"])
    if cc == "pl":
        return rng.choice([f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 {rng.randint(500, 799)} {d(3)} {d(3)}",
                           f"12 {d(3)} {d(2)} {d(2)}", f"{rng.randint(500, 799)}-{d(3)}-{d(3)}"])
    if cc == "sv":
        return rng.choice([f"+46 8 {d(3)} {d(3)} {d(2)}", f"08-{d(3)} {d(2)} {d(2)}",
                           f"070-{d(3)} {d(2)} {d(2)}", f"+46 31 {d(3)} {d(2)} {d(2)}"])
    if cc == "tr":
        return rng.choice([f"+90 212 {d(3)} {d(2)} {d(2)}", f"0216 {d(3)} {d(2)} {d(2)}",
                           f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (312) {d(3)} {d(2)} {d(2)}"])
    if cc == "ja":
        return rng.choice([f"03-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}",
                           f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"])
    if cc == "gb":
        return rng.choice([f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"+44 7{d(3)} {d(6)}",
                           f"01223 {d(6)}"])
    if cc == "in":
        return f"+91 {rng.randint(70000, 99999)} {d(5)}"
    return phone(rng, "us")


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
}


def rdate(rng: Random, y0: int = 2023, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 28).toordinal()))


def dob(rng: Random) -> dt.date:
    return rdate(rng, 1934, 2016)


def fdate(rng: Random, d: dt.date, lang: str = "en") -> str:
    m, y, dd = d.month, d.year, d.day
    if lang == "en":
        mn = MONTHS["en"][m - 1]
        return rng.choice([
            d.isoformat(), f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{mn} {dd}, {y}",
            f"{dd} {mn[:3]} {y}", f"{dd:02d}-{mn[:3].upper()}-{y}", f"{mn[:3]} {dd}, {y}",
            f"{dd} {mn} {y}", f"{WEEKDAYS['en'][d.weekday()]}, {mn} {dd}, {y}"])
    if lang == "ja":
        era = (f"令和{y - 2018}" if d >= dt.date(2019, 5, 1) else f"平成{y - 1988}" if d >= dt.date(1989, 1, 8)
               else f"昭和{y - 1925}")
        return rng.choice([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"{era}年{m}月{dd}日"])
    mn = MONTHS[lang][m - 1]
    opts = {
        "de": [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {mn} {y}", f"{dd}.{m}.{y}", d.isoformat()],
        "fr": [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{WEEKDAYS['fr'][d.weekday()]} {dd} {mn} {y}"],
        "es": [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mn} de {y}", f"{dd}-{m:02d}-{y}"],
        "it": [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{dd}.{m:02d}.{y}"],
        "pt": [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mn} de {y}", f"{dd}-{m:02d}-{y}"],
        "nl": [f"{dd:02d}-{m:02d}-{y}", f"{dd} {mn} {y}", f"{dd}/{m}/{y}"],
        "pl": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {mn} {y}", f"{dd:02d}.{m:02d}.{y} r"],
        "sv": [d.isoformat(), f"{dd} {mn} {y}", f"{y}{m:02d}{dd:02d}"],
        "tr": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {mn} {y}", f"{dd}/{m:02d}/{y}"],
    }[lang]
    s = rng.choice(opts)
    return s[:-2] if s.endswith(" r") else s


def ftime(rng: Random, lang: str = "en") -> str:
    h, mi = rng.randint(7, 18), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    if lang == "en":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}",
                           f"{(h - 1) % 12 + 1}:{mi:02d}{'am' if h < 12 else 'pm'}"])
    if lang == "de":
        return rng.choice([f"{h:02d}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr", f"{h:02d}:{mi:02d}"])
    if lang in ("fr", "pt"):
        return rng.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])
    if lang == "ja":
        return f"{h}時{mi:02d}分" if rng.random() < 0.5 else f"{h}:{mi:02d}"
    return f"{h:02d}:{mi:02d}"


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", ", "],
        "es": [" a las ", ", "], "it": [" alle ", ", ore "], "pt": [" às ", ", "],
        "nl": [" om ", ", "], "pl": [", godz. ", " "], "sv": [" kl. ", " "],
        "tr": [" saat ", " "], "ja": [" "]}


def fdt(rng: Random, d: dt.date | None = None, lang: str = "en") -> str:
    d = d or rdate(rng)
    return fdate(rng, d, lang) + rng.choice(JOIN[lang]) + ftime(rng, lang)


def hl7ts(d: dt.date, rng: Random, time=True) -> str:
    s = d.strftime("%Y%m%d")
    return s + (f"{rng.randint(6, 19):02d}{rng.randint(0, 59):02d}" if time else "")


def iso_ts(rng: Random, d: dt.date | None = None, z=True) -> str:
    d = d or rdate(rng)
    s = f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return s + (rng.choice(["Z", ".%03dZ" % rng.randint(0, 999), "+00:00"]) if z else "")


def log_ts(rng: Random, d: dt.date | None = None) -> str:
    d = d or rdate(rng)
    return rng.choice([
        f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z",
        f"{d.strftime('%b')} {d.day:2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        f"[{d.strftime('%d/%b/%Y')}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000]"])


# ---------------------------------------------------------------- checksummed ids
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2 == 1:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def card(rng: Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "amex": rng.choice(["34", "37"]),
           "disc": "6011"}[kind]
    ln = 15 if kind == "amex" else 16
    num = luhn_complete(pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1)))
    r = rng.random()
    if kind == "amex":
        return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
    if r < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if r < 0.65:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def bad_card(rng: Random) -> str:
    while True:
        num = "4" + "".join(str(rng.randint(0, 9)) for _ in range(15))
        if not luhn_ok(num):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else num


IBAN_FMT = {"DE": "8n10n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n",
            "NL": "4a10n", "PT": "4n4n11n2n", "PL": "8n16n", "SE": "3n17n", "TR": "5n1n16n",
            "GB": "4a6n8n", "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12n"}


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(rng: Random, cc: str = "DE", grouped: bool | None = None) -> str:
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([an])", IBAN_FMT[cc]):
        pool = string.ascii_uppercase if kind == "a" else string.digits
        bban += "".join(rng.choice(pool) for _ in range(int(cnt)))
    s = cc + iban_check(cc, bban) + bban
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn(rng: Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}",
                       f"{a:03d}{g:02d}{s:04d}"])


def bad_ssn(rng: Random) -> str:
    a = rng.choice(["000", "666", str(rng.randint(900, 999))])
    return f"{a}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


# ---------------------------------------------------------------- secrets
ALNUM = string.ascii_letters + string.digits


def rs(rng: Random, n: int, pool: str = ALNUM) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def aws_key(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, 16, string.ascii_uppercase + "234567")


def aws_secret(rng):
    return rs(rng, 39, ALNUM + "/+") + rng.choice(ALNUM)


def gh_token(rng):
    r = rng.random()
    if r < 0.6:
        return "ghp_" + rs(rng, 36)
    if r < 0.8:
        return "github_pat_11" + rs(rng, 20, string.ascii_uppercase + string.digits) + "_" + rs(rng, 59)
    return rng.choice(["gho_", "ghs_"]) + rs(rng, 36)


def slack_token(rng):
    d = lambda k: rs(rng, k, string.digits)  # noqa: E731
    if rng.random() < 0.7:
        return f"xoxb-{d(12)}-{d(13)}-{rs(rng, 24)}"
    return f"xoxp-{d(12)}-{d(12)}-{d(13)}-{rs(rng, 32, '0123456789abcdef')}"


def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(rng, rng.choice([24, 34, 99]))


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, claims: dict | None = None):
    alg = rng.choice(["HS256", "RS256", "ES256"])
    h = {"alg": alg, "typ": "JWT"} if rng.random() < 0.7 else {"typ": "JWT", "alg": alg, "kid": rs(rng, 8)}
    c = claims or {"sub": rs(rng, 12), "iat": 1700000000 + rng.randint(0, 60000000),
                   "scope": rng.choice(["results:read", "lims.api", "portal"])}
    sig = bytes(rng.randint(0, 255) for _ in range(32 if alg != "RS256" else 96))
    return ".".join([b64u(json.dumps(h, separators=(",", ":")).encode()),
                     b64u(json.dumps(c, separators=(",", ":")).encode()), b64u(sig)])


def pem(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    raw = bytes(rng.randint(0, 255) for _ in range(rng.randint(230, 420)))
    b = base64.b64encode(raw).decode()
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


WORDS = ["helix", "Falcon", "quartz", "Ribosome", "tundra", "Maple", "cobalt", "Nimbus",
         "pipette", "Orchid", "lantern", "Glacier", "vector", "Saffron", "Biobank", "plasmid"]


def password(rng):
    r = rng.random()
    if r < 0.35:
        return rng.choice(WORDS) + str(rng.randint(10, 2025)) + rng.choice("!?*-_+=~^")
    if r < 0.7:
        s = rs(rng, rng.randint(11, 18), ALNUM + "!^*-_+=?~")
        return s + rng.choice(ALNUM)
    if r < 0.85:
        return "-".join(rng.choice(WORDS).lower() for _ in range(3)) + str(rng.randint(1, 99))
    return rs(rng, 20, ALNUM)


def passcode(rng):
    return rng.choice([str(rng.randint(100000, 999999)), rs(rng, 8), rs(rng, 6, string.digits)])


def gsecret(rng):
    return rng.choice([
        lambda: rs(rng, 32, "0123456789abcdef"),
        lambda: "lims_live_" + rs(rng, 32),
        lambda: "AIza" + rs(rng, 35, ALNUM + "-_")[:-1] + rng.choice(ALNUM),
        lambda: "SG." + rs(rng, 22) + "." + rs(rng, 43),
        lambda: "glpat-" + rs(rng, 20),
        lambda: "hf_" + rs(rng, 34),
        lambda: rs(rng, 48),
        lambda: "dop_v1_" + rs(rng, 64, "0123456789abcdef"),
    ])()


# ---------------------------------------------------------------- network
def ipv4(rng, private: bool | None = None):
    if private is None:
        private = rng.random() < 0.6
    if private:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    return f"{rng.choice([34, 52, 81, 91, 128, 141, 185, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    groups = [rng.choice(["2001", "2a02", "2607", "fd12"])] + [f"{rng.randint(0, 65535):x}" for _ in range(7)]
    if rng.random() < 0.5:
        groups[2:5] = ["0", "0", "0"]
    return ipaddress.IPv6Address(":".join(groups)).compressed


def ip(rng):
    return ipv6(rng) if rng.random() < 0.2 else ipv4(rng)


# ---------------------------------------------------------------- hard negatives
HEX = "0123456789abcdef"


def uuid(rng):
    h = rs(rng, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(rng, n=40):
    return rs(rng, n, HEX)


def version(rng):
    return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
                       f"{rng.randint(2, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}"])


def ticket(rng):
    return rng.choice([f"LIMS-{rng.randint(100, 9999)}", f"INC{rng.randint(1000000, 9999999):07d}",
                       f"SR-{rng.randint(20230000, 20259999)}-{rng.randint(1, 999):03d}",
                       f"BIO-{rng.randint(100, 4999)}", f"#{rng.randint(10000, 99999)}"])


def accession(rng):
    y = rng.randint(23, 25)
    return rng.choice([f"S{y}-{rng.randint(1, 39999):05d}", f"SP-{y}-{rng.randint(1, 999999):06d}",
                       f"GX{y}{rng.randint(1, 12):02d}-{rng.randint(1, 9999):04d}",
                       f"ACC{rng.randint(10000000, 99999999)}"])


def specimen_id(rng):
    return rng.choice([f"SPC-{rs(rng, 6, string.digits)}", f"BB{rng.randint(10, 25)}-{rs(rng, 5, string.digits)}-{rng.choice(['P', 'S', 'D', 'B'])}{rng.randint(1, 9)}",
                       f"TUBE{rs(rng, 8, string.digits)}", f"{rs(rng, 2, string.ascii_uppercase)}{rs(rng, 7, string.digits)}"])


def participant_id(rng):
    return rng.choice([f"P-{rng.randint(1, 99999):05d}", f"DNR{rng.randint(100000, 999999)}",
                       f"SUBJ-{rng.randint(100, 999)}-{rng.randint(1, 999):03d}"])


def mrn(rng):
    return rng.choice([f"{rng.randint(1000000, 99999999)}", f"MRN{rng.randint(100000, 9999999)}",
                       f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
                       f"E{rng.randint(1000000, 9999999)}", f"{rs(rng, 3, string.ascii_uppercase)}{rng.randint(1000000, 9999999)}"])


def member_id(rng):
    return rng.choice([f"{rs(rng, 3, string.ascii_uppercase)}{rng.randint(100000000, 999999999)}",
                       f"W{rng.randint(100000000, 999999999)}", f"{rng.randint(10000000000, 99999999999)}",
                       f"XGH{rng.randint(1000000, 9999999)}-01", f"M{rng.randint(1000000, 9999999)}"])


def group_no(rng):
    return rng.choice([f"GRP-{rng.randint(10000, 99999)}", f"{rng.randint(100000, 999999)}", f"G{rng.randint(1000, 9999)}"])


def acct(rng):
    return rng.choice([f"{rng.randint(10000000, 99999999)}", f"PA-{rng.randint(1000000, 9999999)}",
                       f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
                       f"CUST{rng.randint(100000, 999999)}"])


US_STATES_DL = {"OH": lambda r: f"{rs(r, 2, string.ascii_uppercase)}{rs(r, 6, string.digits)}",
                "MA": lambda r: f"S{rs(r, 8, string.digits)}",
                "TX": lambda r: rs(r, 8, string.digits),
                "CO": lambda r: f"{rs(r, 2, string.digits)}-{rs(r, 3, string.digits)}-{rs(r, 4, string.digits)}",
                "CA": lambda r: f"{r.choice(string.ascii_uppercase)}{rs(r, 7, string.digits)}",
                "NC": lambda r: rs(r, 12, string.digits),
                "WI": lambda r: f"{r.choice(string.ascii_uppercase)}{rs(r, 3, string.digits)}-{rs(r, 4, string.digits)}-{rs(r, 4, string.digits)}-{rs(r, 2, string.digits)}",
                "MD": lambda r: f"{r.choice(string.ascii_uppercase)}-{rs(r, 3, string.digits)}-{rs(r, 3, string.digits)}-{rs(r, 3, string.digits)}-{rs(r, 3, string.digits)}",
                "UT": lambda r: rs(r, 9, string.digits),
                "MN": lambda r: f"{r.choice(string.ascii_uppercase)}{rs(r, 12, string.digits)}",
                "TN": lambda r: rs(r, 9, string.digits),
                "OR": lambda r: rs(r, 7, string.digits)}


def npi(rng):
    return f"{rng.choice('12')}{rs(rng, 9, string.digits)}"


def amount(rng, cur="$"):
    v = rng.randint(15, 4800) + rng.choice([0, 0.5, 0.99, 0.25])
    if cur == "$":
        return f"${v:,.2f}"
    return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")


def run_id(rng, d=None):
    d = d or rdate(rng)
    inst = rng.choice(["A0", "NB5", "M0", "VH0", "LH0"]) + rs(rng, 4, string.digits)
    return f"{d.strftime('%y%m%d')}_{inst}_{rng.randint(1, 999):04d}_{rng.choice('AB')}{rs(rng, 9, string.ascii_uppercase + string.digits)}"


def flowcell(rng):
    return rs(rng, 5, string.ascii_uppercase) + rs(rng, 2, string.digits) + rng.choice(["DSX7", "DRX5", "BGXY", "AFXX"])


def idx_seq(rng, n=8):
    return rs(rng, n, "ACGT")


def lot(rng):
    return rng.choice([f"{rng.randint(10000, 99999)}{rng.choice('ABCDK')}{rng.randint(1, 9)}",
                       f"L{rng.randint(2300000, 2599999)}", f"{rs(rng, 2, string.ascii_uppercase)}-{rng.randint(1000, 9999)}"])


GENES = ["BRCA1", "BRCA2", "TP53", "MLH1", "MSH2", "PALB2", "CFTR", "APC", "KRAS", "EGFR",
         "PIK3CA", "CHEK2", "ATM", "LDLR", "HBB", "SMN1", "FMR1", "CYP2D6", "CYP2C19", "DPYD"]
HGVS = ["c.68_69delAG", "c.5266dupC", "p.Arg175His", "c.1521_1523delCTT", "p.Gly12Asp",
        "c.35G>A", "c.7934delG", "p.Leu858Arg", "c.1100delC", "c.2T>C", "p.Val600Glu"]
ICD = ["C50.912", "Z80.3", "Z15.01", "C18.7", "E84.0", "Z31.430", "D05.11", "C34.90", "Z13.79"]
CPT = ["81162", "81211", "81432", "88305", "88342", "81479", "81220", "88271", "81528"]
LOINC = ["21636-6", "51969-4", "48004-6", "69548-6", "81247-9", "62374-4"]
DRUGS = ["tamoxifen", "olaparib", "clopidogrel", "warfarin", "capecitabine", "osimertinib",
         "codeine", "simvastatin"]
INSTRUMENTS = ["Illumina NovaSeq 6000", "NextSeq 2000", "MiSeq Dx", "Oxford Nanopore PromethION 24",
               "Hamilton Microlab STAR", "Beckman Coulter Biomek i7", "Thermo Fisher KingFisher Flex",
               "Agilent TapeStation 4200", "Qiagen QIAsymphony SP", "Leica BOND-III",
               "Roche cobas 6800", "Eppendorf epMotion 5075", "Covaris ME220", "PacBio Revio"]
LABS = ["Helix Pathology Diagnostics", "Meridian Genomics", "Crestline Reference Laboratory",
        "Nordgen Biobank", "Vantage Cytogenetics", "Brightwater Molecular Lab",
        "Quarry Hill Sequencing Core", "Aster Clinical Genomics"]
SPECIMENS = ["Whole blood (EDTA)", "Saliva (Oragene)", "FFPE block", "Buccal swab", "Plasma cfDNA",
             "Fresh frozen tissue", "Bone marrow aspirate", "Cord blood", "Dried blood spot"]
TESTS = ["Hereditary Cancer Panel (84 genes)", "Whole Exome Sequencing - Trio", "BRCA1/2 Full Gene Analysis",
         "Pharmacogenomic Panel", "Chromosomal Microarray", "Carrier Screening (Expanded)",
         "Lynch Syndrome Panel", "Whole Genome Sequencing 30x", "Liquid Biopsy ctDNA Panel"]
PETS = ["Biscuit", "Luna", "Max", "Pepper", "Ziggy"]


def pick_cc(rng):
    return rng.choice(["us", "us", "us", "gb", "de", "fr", "nl", "es", "it", "sv", "pl", "ja"])


def org_url(rng, dom=None, path=None):
    dom = dom or rng.choice(ORG_DOMAINS)
    path = path or rng.choice(["/results", "/portal/login", "/kit/activate", f"/r/{rs(rng, 8)}",
                               f"/api/v2/reports/{rs(rng, 10, string.digits)}", "/consent/withdraw",
                               f"/access-requests?id={rng.randint(100, 9999)}&view=full"])
    sub = rng.choice(["", "portal.", "results.", "www.", "lims.", "dac."])
    return f"https://{sub}{dom}{path}"


# ================================================================ document kinds (English)
def dr(rng, p: Person):
    """(prefix, name, suffix) for a clinician; only the name is labelled."""
    r = rng.random()
    if r < 0.4:
        return "Dr. ", p.full(), ""
    if r < 0.7:
        return "", p.full(), rng.choice([", MD", ", MD, PhD", " MD", ", DO"])
    if r < 0.85:
        return "Dr. ", p.family, ""
    return "", p.last_first(), rng.choice(["", " (MD)"])


def k_specimen_manifest(rng):
    b = B()
    sep = rng.choice([",", ";", "\t", "|"])
    lab = rng.choice(LABS)
    b(f"# Specimen manifest - shipment SHP-{rng.randint(10000, 99999)} to {lab}\n")
    b(f"# generated by LIMS {version(rng)} | box {rng.randint(1, 40)} of {rng.randint(40, 60)}\n")
    cols = ["specimen_id", "patient_name", "mrn", "dob", "collected", "specimen_type", "barcode", "site"]
    b(sep.join(cols), "\n")
    for _ in range(rng.randint(3, 6)):
        p = Person(rng, rng.choice(["en", "en", "es", "zh", "in", "ar", "ng", "vi", "ko"]))
        a = Addr(rng, "us")
        name = rng.choice([p.last_first(), p.full(), f"{p.family.upper()}, {p.given.upper()}"])
        q = '"' if sep == "," and "," in name else ""
        sp = rng.choice(SPECIMENS)
        qs = '"' if sep == "," and "," in sp else ""
        b(specimen_id(rng), sep, q, (name, PER), q, sep, (mrn(rng), MRN), sep,
          (fdate(rng, dob(rng), "en").replace(",", "") if sep == "," else fdate(rng, dob(rng), "en"), DOB), sep,
          (f"{rdate(rng).isoformat()} {rng.randint(6, 18):02d}:{rng.randint(0, 59):02d}", DT), sep,
          qs, sp, qs, sep, idx_seq(rng, 4) + str(rng.randint(1000, 9999)), sep)
        site = a.city if sep == "," else a.place()
        b((site, LOC), "\n")
    b(f"# total tubes verified by courier; temp logger {rs(rng, 6, string.digits)} attached\n")
    return b


def k_lims_export_json(rng):
    b = B()
    recs = rng.randint(1, 3)
    b('{\n  "export": "lims.samples", "schemaVersion": "', version(rng), '",\n  "records": [\n')
    for i in range(recs):
        p, o = Person(rng), Person(rng, "en")
        pre, on, suf = dr(rng, o)
        b('    {\n      "sampleId": "', specimen_id(rng), '",\n      "accession": "', accession(rng), '",\n')
        b('      "patient": {"name": "', (p.styled(rng), PER), '", "mrn": "', (mrn(rng), MRN),
          '", "birthDate": "', (dob(rng).isoformat(), DOB), '", "sex": "', rng.choice("MFU"), '"},\n')
        b('      "orderingPhysician": "', pre, (on, PER), suf, '",\n')
        b('      "test": "', rng.choice(TESTS), '", "cpt": "', rng.choice(CPT), '",\n')
        d = rdate(rng)
        b('      "collectedAt": "', (iso_ts(rng, d, z=False), DT), '",\n')
        b('      "status": "', rng.choice(["RECEIVED", "IN_PROCESS", "RESULTED", "QNS"]), '",\n')
        b('      "updatedAt": "', iso_ts(rng, d), '", "rowVersion": ', str(rng.randint(1, 40)), "\n    }")
        b(",\n" if i < recs - 1 else "\n")
    b("  ]\n}\n")
    return b


INSURERS = ["Aetna", "Cigna", "UnitedHealthcare", "Humana", "Kaiser Permanente", "Anthem",
            "Medicare Part B", "Oscar Health"]


def k_lab_requisition(rng):
    b = B()
    p, o = Person(rng), Person(rng, "en")
    a = Addr(rng, "us")
    lab = rng.choice(LABS)
    b(f"{lab.upper()} - TEST REQUISITION FORM (Rev. {version(rng)})\n", "=" * 46, "\n")
    lab_lbl = rng.choice(["Patient name (Last, First): ", "PATIENT NAME: ", "Patient: "])
    b(lab_lbl, (p.last_first() if "Last" in lab_lbl else p.styled(rng), PER), "\n")
    b(rng.choice(["Date of birth: ", "DOB: ", "Birth date: "]), (fdate(rng, dob(rng)), DOB),
      f"     Sex: {rng.choice(['M', 'F', 'X'])}\n")
    if rng.random() < 0.5:
        b("Address: ", (a.one_line(), ADR), "\n")
    else:
        b("Street: ", (a.street(), ADR), "\nCity: ", (a.city, LOC), "   State: ", (a.st, LOC),
          "   ZIP: ", a.zip, "\n")
    b("Phone: ", (phone(rng), PHO), "   Email: ", (p.email(rng), EML), "\n")
    b("MRN: ", (mrn(rng), MRN), "\n\n")
    b("BILLING\nInsurance: ", rng.choice(INSURERS), "   Member ID: ", (member_id(rng), HPN),
      "   Group #: ", group_no(rng), "\n")
    if rng.random() < 0.4:
        b("Policy holder: ", (Person(rng, "en").full(), PER), "  (relationship: spouse)\n")
    pre, on, suf = dr(rng, o)
    b("\nORDERING PROVIDER: ", pre, (on, PER), suf, "   NPI: ", npi(rng), "\n")
    b("Provider phone: ", (phone(rng), PHO), "   Fax: ", (phone(rng), PHO), "\n")
    b("\nTEST ORDERED: ", rng.choice(TESTS), f"  (CPT {rng.choice(CPT)})\n")
    b(f"Diagnosis codes (ICD-10): {rng.choice(ICD)}, {rng.choice(ICD)}\n")
    b("Specimen: ", rng.choice(SPECIMENS), "   Collected: ", (fdt(rng), DT), "\n")
    b(f"Clinical notes: personal hx of {rng.choice(['breast ca', 'colon ca', 'ovarian ca'])} dx in "
      f"{rng.randint(1995, 2022)}; mother dx at age {rng.randint(35, 70)}.\n")
    return b


def k_pathology_report(rng):
    b = B()
    p, path, sub = Person(rng), Person(rng, rng.choice(["en", "in", "de"])), Person(rng, "en")
    d = rdate(rng)
    b("SURGICAL PATHOLOGY REPORT\n\n")
    b(f"Accession #: {accession(rng)}", " " * rng.randint(3, 10), "Patient: ",
      (f"{p.family.upper()}, {p.given.upper()}" + (f" {p.mi}" if p.mi else ""), PER), "\n")
    b("MRN: ", (mrn(rng), MRN), "   DOB: ", (fdate(rng, dob(rng)), DOB), f"   Age: {rng.randint(24, 88)}\n")
    b("Collected: ", (fdt(rng, d), DT), "   Received: ", (fdt(rng, d), DT), "\n")
    b("Reported: ", (fdate(rng, d + dt.timedelta(days=rng.randint(1, 6))), DT), "\n")
    pre, on, suf = dr(rng, sub)
    b("Submitting physician: ", pre, (on, PER), suf, "\n\n")
    b("CLINICAL HISTORY:\n", rng.choice(["Left breast mass, 2.1 cm on imaging.", "Colon polyp at 30 cm.",
                                         "Right lung nodule, smoker 40 pack-years."]), "\n\n")
    b("FINAL DIAGNOSIS:\n", rng.choice([
        "A. Invasive ductal carcinoma, grade 2, 1.8 cm. Margins negative.",
        "Tubular adenoma with low-grade dysplasia. No malignancy identified.",
        "Adenocarcinoma, acinar predominant. PD-L1 (22C3) TPS 60%."]), "\n")
    b(f"Ancillary: {rng.choice(GENES)} IHC performed on {rng.choice(INSTRUMENTS[9:10] + ['Ventana BenchMark ULTRA'])}; "
      f"block A{rng.randint(1, 6)} sent for NGS (ref {ticket(rng)}).\n\n")
    b("GROSS DESCRIPTION:\nReceived in formalin labeled with the patient's name \"",
      (p.last_first(), PER), "\" and MRN, consisting of a ",
      f"{rng.randint(1, 9)}.{rng.randint(0, 9)} x {rng.randint(1, 5)}.{rng.randint(0, 9)} cm tan-pink tissue.\n\n")
    b("Electronically signed by ", (path.full(), PER), ", MD on ",
      (fdt(rng, d + dt.timedelta(days=2)), DT), "\n")
    return b


def k_samplesheet(rng):
    b = B()
    inv = Person(rng)
    d = rdate(rng)
    v2 = rng.random() < 0.4
    if v2:
        b("[Header]\nFileFormatVersion,2\nRunName,", f"HCP_{d.strftime('%y%m%d')}_{rng.randint(1, 99):02d}", "\n")
        b("InstrumentPlatform,NovaSeqXSeries\nIndexOrientation,Forward\n")
        b("RunDescription,", rng.choice(["trio WES batch", "onco panel", "PGx validation"]), " - contact ",
          (inv.full(), PER), "\n\n[Reads]\nRead1Cycles,151\nRead2Cycles,151\nIndex1Cycles,10\n\n")
        b("[BCLConvert_Settings]\nSoftwareVersion,", version(rng), "\nAdapterRead1,CTGTCTCTTATACACATCT\n\n")
        b("[BCLConvert_Data]\nLane,Sample_ID,Index,Index2\n")
        for _ in range(rng.randint(3, 7)):
            b(f"{rng.randint(1, 4)},{specimen_id(rng)},{idx_seq(rng, 10)},{idx_seq(rng, 10)}\n")
        b("\n[Cloud_Data]\nSample_ID,ProjectName,LibraryName\n")
        b(f"{specimen_id(rng)},HCP,{specimen_id(rng)}_L1\n")
        return b
    b("[Header]\nIEMFileVersion,5\nInvestigator Name,", (inv.full() if rng.random() < 0.7 else inv.plain().upper(), PER), "\n")
    b("Experiment Name,", f"WES_{d.strftime('%Y%m%d')}_B{rng.randint(1, 40)}", "\n")
    b("Date,", (rng.choice([f"{d.month}/{d.day}/{d.year}", d.isoformat(), d.strftime('%d/%m/%Y')]), DT), "\n")
    b("Workflow,GenerateFASTQ\nApplication,FASTQ Only\nInstrument Type,", rng.choice(["NovaSeq 6000", "NextSeq 2000", "MiSeq"]), "\n")
    b("Assay,Illumina DNA Prep\nIndex Adapters,IDT for Illumina DNA/RNA UD Indexes Set A\nChemistry,Amplicon\n\n")
    b("[Reads]\n151\n151\n\n[Data]\nSample_ID,Sample_Name,I7_Index_ID,index,I5_Index_ID,index2,Sample_Project,Description\n")
    for j in range(rng.randint(3, 6)):
        sid = specimen_id(rng)
        b(f"{sid},{sid},UDP{j + 1:04d},{idx_seq(rng, 10)},UDP{j + 1:04d},{idx_seq(rng, 10)},WES_trio,")
        if rng.random() < 0.3:
            q = Person(rng)
            b(rng.choice(["proband ", "mother of ", "father of "]), (q.full(), PER))
        else:
            b(rng.choice(["proband", "mother", "father", "sibling", "NA12878 control"]))
        b("\n")
    return b


def k_vcf_header_email(rng):
    b = B()
    s, r, pt = Person(rng), Person(rng), Person(rng)
    dom = rng.choice(ORG_DOMAINS)
    b("Hi ", (r.given, PER), ",\n\n")
    b("the re-analysis for the proband (", rng.choice(["MRN ", "MRN: ", "med. record "]), (mrn(rng), MRN),
      ", born ", (fdate(rng, dob(rng)), DOB), ") finished overnight. ")
    b(f"Header of the joint-called VCF below - note we are still on {rng.choice(['GATK', 'DeepVariant', 'DRAGEN'])} {version(rng)}.\n\n")
    b("##fileformat=VCFv4.2\n##FILTER=<ID=PASS,Description=\"All filters passed\">\n")
    b("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n")
    b("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">\n")
    b("##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n")
    b(f"##contig=<ID=chr17,length=83257441,assembly=GRCh38>\n##reference=file:///ref/GRCh38/{rng.choice(['hg38.fa', 'GRCh38_full_analysis_set.fa'])}\n")
    ids = [accession(rng) + suf for suf in ("_P", "_M", "_F")]
    b(f"##source=pipeline-germline {version(rng)} (commit {sha(rng, 7)})\n")
    b("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t", "\t".join(ids), "\n")
    b(f"chr17\t{rng.randint(43044295, 43125483)}\trs{rng.randint(1000000, 99999999)}\tAG\tA\t{rng.randint(50, 3000)}\tPASS\tAF=0.5\tGT:DP\t0/1:{rng.randint(20, 90)}\t0/0:{rng.randint(20, 90)}\t0/1:{rng.randint(20, 90)}\n\n")
    b(f"The {rng.choice(GENES)} {rng.choice(HGVS)} call looks real in IGV. Can you ask ")
    pre, on, suf = dr(rng, pt)
    b(pre, (on, PER), suf, " whether the family wants the secondary findings? ")
    b("Sign-out is due ", (fdate(rng, rdate(rng)), DT), ".\n\n", (s.given, PER), "\n")
    b("-- \n", (s.full(), PER), " | Clinical Bioinformatics\n", (s.email(rng, dom), EML), " | ", (phone(rng, pick_cc(rng)), PHO), "\n")
    return b


def k_consent_form(rng):
    b = B()
    cc = rng.choice(["us", "gb", "us"])
    p, nurse, wit = Person(rng), Person(rng), Person(rng)
    a = Addr(rng, cc)
    bank = rng.choice(["Nordgen Biobank", "Quarry Hill Biorepository", "Aster Population Cohort"])
    d = rdate(rng)
    b(f"{bank.upper()}\nInformed Consent for Research Participation (Form v{rng.randint(2, 6)}.{rng.randint(0, 9)}, "
      f"IRB protocol #{rng.randint(2015, 2024)}-{rng.randint(100, 9999):04d})\n\n")
    b("Participant name: ", (p.full(), PER), "\n")
    b("Date of birth: ", (fdate(rng, dob(rng)), DOB), "\n")
    b("Home address:\n", (a.block(), ADR), "\n")
    b("Telephone: ", (phone(rng, cc), PHO), "     E-mail: ", (p.email(rng), EML), "\n\n")
    b("[X] I agree that my blood and saliva samples may be stored for up to 25 years.\n")
    b(f"[{rng.choice('X ')}] I agree to whole-genome sequencing of my DNA.\n")
    b(f"[{rng.choice('X ')}] I wish to be re-contacted about clinically actionable findings.\n")
    b("[ ] I wish to withdraw my samples (contact the biobank office).\n\n")
    b("Participant signature: ______________________   Date: ", (fdate(rng, d), DT), "\n")
    b("Person obtaining consent: ", (nurse.full(), PER), ", Research Nurse   Date: ", (fdate(rng, d), DT), "\n")
    if rng.random() < 0.5:
        b("Witness: ", (wit.full(), PER), "\n")
    b(f"Study ID assigned: {participant_id(rng)}   Kit lot: {lot(rng)}\n")
    return b


def k_access_request_email(rng):
    b = B()
    pi, co, co2 = Person(rng), Person(rng), Person(rng)
    cc = rng.choice(["de", "nl", "sv", "gb", "fr", "it"])
    a = Addr(rng, cc)
    dom = rng.choice(["uni-leipzig.example", "umcutrecht.example", "ki.example.se", "ucl.example.ac.uk",
                      "inserm.example.fr", "unimi.example.it"])
    d1 = rdate(rng, 2024, 2025)
    b("From: ", (pi.full(), PER), " <", (pi.email(rng, dom), EML), ">\nTo: ", ("dac@nordgen-biobank.org", EML), "\n")
    b(f"Date: {rdate(rng).strftime('%a, %d %b %Y')} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0100\n")
    b(f"Subject: Data access request - project DAR-{rng.randint(2023, 2025)}-{rng.randint(1, 999):04d}\n\n")
    b("Dear Data Access Committee,\n\n")
    b("I am writing on behalf of our group at the Institute of Human Genetics in ", (a.city, LOC),
      " to request access to the exome and phenotype data of the cardiomyopathy sub-cohort ")
    b(f"(dataset EGAD{rng.randint(10 ** 10, 10 ** 11 - 1)}, release {version(rng)}).\n")
    b("The project is planned to run from ", (fdate(rng, d1), DT), " to ",
      (fdate(rng, d1 + dt.timedelta(days=rng.randint(300, 900))), DT), ".\n")
    b("Co-investigators: ", (co.full(), PER), " (", (co.email(rng, dom), EML), ") and ", (co2.full(), PER), ".\n")
    b("Data will be processed in our secure enclave only; no attempt at re-identification will be made.\n\n")
    b("If the committee needs anything further, I can be reached at ", (phone(rng, cc if cc != "gb" else "gb"), PHO), ".\n\n")
    b("Kind regards,\n", (pi.full(), PER), "\nGroup Leader, Statistical Genetics\n", (a.one_line(rng, country=True), ADR), "\n")
    return b


def k_instrument_log(rng):
    b = B()
    d = rdate(rng)
    inst = rng.choice(["NovaSeq-02", "NextSeq2k-A", "STAR-LH-01", "KF-FLEX-3", "TapeStation-4200"])
    op = Person(rng)
    lims_ip, nas_ip = ipv4(rng, True), ip(rng)
    rid = run_id(rng, d)
    t = lambda: log_ts(rng, d)  # noqa: E731
    b(t(), f" INFO  [{inst}] Control software {version(rng)} started (pid {rng.randint(1000, 65000)})\n")
    b(t(), f" INFO  [{inst}] Model: {rng.choice(INSTRUMENTS)}, serial {rs(rng, 8, string.digits)}\n")
    b(t(), f" INFO  [{inst}] Operator login: ", (op.full(), PER), f" (badge {rng.randint(10000, 99999)})\n")
    b(t(), f" INFO  [{inst}] Connecting to LIMS at ", (lims_ip, IP), f":{rng.choice([443, 8443, 8080])} ...ok\n")
    b(t(), f" INFO  [{inst}] Run {rid} started, flowcell {flowcell(rng)}, recipe {version(rng)}\n")
    b(t(), f" WARN  [{inst}] Fluidics pressure {rng.randint(80, 99)}% of nominal, retry 1/3\n")
    b(t(), f" INFO  [{inst}] Output path \\\\", (nas_ip, IP), f"\\runs\\{rid}\n")
    r = rng.random()
    if r < 0.5:
        b(t(), f" ERROR [{inst}] BaseSpace upload auth failed: user=svc_seq password=", (password(rng), PWD), " rejected (401)\n")
    else:
        b(t(), f" DEBUG [{inst}] token refresh: Authorization: Bearer ", (jwt(rng), JWT), "\n")
    b(t(), f" INFO  [{inst}] Cycle {rng.randint(1, 318)}/318 complete, %PF={rng.randint(70, 90)}.{rng.randint(0, 9)}\n")
    b(t(), f" INFO  [{inst}] Run checksum sha256:{sha(rng, 64)}\n")
    return b


def k_pipeline_yaml(rng):
    b = B()
    u = Person(rng)
    b(f"# config.yaml - germline-wes pipeline {version(rng)}\n# last edited by ", (u.full(), PER), "\n")
    b(f"project: WES_{rng.randint(2023, 2025)}_Q{rng.randint(1, 4)}\n")
    b("reference:\n  fasta: /ref/GRCh38/GRCh38_full_analysis_set.fa\n  known_sites: /ref/dbsnp_156.vcf.gz\n")
    b("samples: samplesheet.csv\nthreads: ", str(rng.choice([16, 32, 64])), "\n")
    b("aws:\n  access_key_id: ", (aws_key(rng), AKEY), "\n  secret_access_key: ", (aws_secret(rng), ASEC), "\n")
    b(f"  region: {rng.choice(['eu-central-1', 'us-east-1', 'eu-west-2'])}\n  bucket: s3://seqcore-{rs(rng, 6, string.ascii_lowercase)}-raw\n")
    db_ip = ipv4(rng, True)
    pw = password(rng)
    b("database:\n  dsn: postgresql://pipeline:", (pw, PWD), "@", (db_ip, IP), ":5432/variants\n")
    b("lims:\n  url: ", (org_url(rng, path="/api/v1"), URL), "\n  api_key: ", (gsecret(rng), SEC), "\n")
    b("notify:\n  slack_token: ", (slack_token(rng), SLK), "\n  channel: \"#wes-pipeline\"\n")
    b("  email: ", (u.email(rng, rng.choice(ORG_DOMAINS)), EML), "\n")
    b(f"resources:\n  bwa_mem2: {{cpus: 32, mem: 64G, time: 12h}}\n  haplotypecaller: {{cpus: 4, mem: 16G}}\n")
    return b


def k_nextflow_config(rng):
    b = B()
    b(f"// nextflow.config - sarek {version(rng)} profile 'awsbatch'\n")
    b("aws {\n    accessKey = '", (aws_key(rng), AKEY), "'\n    secretKey = '", (aws_secret(rng), ASEC), "'\n")
    b(f"    region = '{rng.choice(['eu-west-1', 'us-west-2', 'ap-northeast-1'])}'\n    batch {{ cliPath = '/home/ec2-user/miniconda/bin/aws' }}\n}}\n\n")
    b("process {\n    executor = 'awsbatch'\n    queue = 'genomics-spot'\n    errorStrategy = 'retry'\n    maxRetries = 3\n}\n\n")
    if rng.random() < 0.6:
        b("tower {\n    accessToken = '", (gsecret(rng), SEC), "'\n    enabled = true\n}\n\n")
    else:
        b("tower {\n    accessToken = \"${TOWER_ACCESS_TOKEN}\"\n    enabled = true\n}\n\n")
    b("params {\n    outdir = 's3://", rs(rng, 8, string.ascii_lowercase), "-results/sarek'\n")
    b("    email = '", (Person(rng).email(rng, rng.choice(ORG_DOMAINS)), EML), "'\n")
    b(f"    genome = 'GATK.GRCh38'\n    igenomes_base = 's3://ngi-igenomes/igenomes'\n}}\n")
    if rng.random() < 0.5:
        b("\n// github token for private modules\nenv.GITHUB_TOKEN = '", (gh_token(rng), GHT), "'\n")
    return b


def k_results_portal_email(rng):
    b = B()
    p = Person(rng, rng.choice(["en", "en", "es", "in", "zh"]))
    lab = rng.choice(LABS)
    d = rdate(rng)
    b(f"Subject: Your results from {lab} are ready\n\n")
    b(rng.choice(["Dear ", "Hello "]), rng.choice(["", "Ms. ", "Mr. "]), (p.full() if rng.random() < 0.5 else p.family, PER), ",\n\n")
    b(f"Your {rng.choice(TESTS)} results (order {ticket(rng)}) are now available in the patient portal:\n")
    b((org_url(rng, path="/portal/login?next=%2Freports"), URL), "\n\n")
    b("For your first sign-in please use the one-time passcode ", (passcode(rng), PWD), ". ")
    b("The code expires on ", (fdt(rng, d), DT), ".\n")
    b("Your username is the e-mail address this message was sent to (", (p.email(rng), EML), ").\n\n")
    b("If you would like to discuss your results with a genetic counselor, call us toll-free at ",
      (phone(rng, "tollfree"), PHO), " (weekdays, Eastern time).\n\n")
    b(f"Please do not reply to this message. Reference: {uuid(rng)}\n")
    return b


def k_hl7_oru(rng):
    b = B()
    p, o = Person(rng), Person(rng, "en")
    a = Addr(rng, "us")
    d = rdate(rng)
    b(f"MSH|^~\\&|LIMS|{rng.choice(['MERIDIAN', 'CRESTLINE', 'HELIXDX'])}|EPIC|HOSP|{hl7ts(d, rng)}||ORU^R01|MSG{rng.randint(100000, 999999)}|P|2.5.1\n")
    b("PID|1||", (mrn(rng), MRN), "^^^HOSP^MR||", (p.hl7(), PER), "||", (hl7ts(dob(rng), rng, False), DOB),
      f"|{rng.choice('MF')}|||")
    xad = f"{a.line.upper()}^{a.unit.upper()}^{a.city.upper()}^{a.st}^{a.zip}"
    b((xad, ADR), "||", (phone(rng), PHO), "|||||", (acct(rng), ACC))
    if rng.random() < 0.5:
        b("|", (ssn(rng).replace(" ", "-"), SSN))
    b("\n")
    b(f"ORC|RE|{rng.randint(100000, 999999)}|{accession(rng)}\n")
    n = npi(rng)
    b(f"OBR|1|{rng.randint(100000, 999999)}|{accession(rng)}|{rng.choice(CPT)}^{rng.choice(TESTS)}^CPT|||",
      (hl7ts(d, rng), DT), "|||||||||", n, "^", (o.hl7(), PER), "^^^DR\n")
    b(f"OBX|1|ST|{rng.choice(LOINC)}^Genetic analysis summary^LN||{rng.choice(GENES)} {rng.choice(HGVS)} heterozygous, "
      f"{rng.choice(['Pathogenic', 'Likely pathogenic', 'VUS'])}||||||F|||", (hl7ts(d + dt.timedelta(days=5), rng), DT), "\n")
    b(f"NTE|1||Result reviewed by ", (Person(rng).full(), PER), ". Genetic counseling recommended.\n")
    return b


def k_fhir_bundle(rng):
    b = B()
    cc = rng.choice(["us", "us", "gb", "nl", "de"])
    p, a = Person(rng), Addr(rng, cc)
    d = rdate(rng)
    b('{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "entry": [\n    {"resource": {\n')
    b('      "resourceType": "Patient",\n      "id": "', uuid(rng), '",\n')
    b('      "meta": {"versionId": "', str(rng.randint(1, 9)), '", "lastUpdated": "', iso_ts(rng, d), '"},\n')
    b('      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.', str(rng.randint(100, 9999)),
      '", "type": {"text": "MRN"}, "value": "', (mrn(rng), MRN), '"}],\n')
    b('      "name": [{"use": "official", "family": "', (p.family, PER), '", "given": ["', (p.given, PER), '"]}],\n')
    b('      "telecom": [{"system": "phone", "value": "', (phone(rng, cc), PHO), '"}, {"system": "email", "value": "',
      (p.email(rng), EML), '"}],\n')
    b('      "gender": "', rng.choice(["female", "male", "other"]), '",\n      "birthDate": "', (dob(rng).isoformat(), DOB), '",\n')
    b('      "address": [{"line": ["', (a.street(), ADR), '"], "city": "', (a.city, LOC), '"')
    if cc == "us":
        b(', "state": "', (a.st, LOC), '"')
    b(', "postalCode": "', a.zip, '", "country": "', cc.upper(), '"}]\n    }},\n')
    b('    {"resource": {\n      "resourceType": "Specimen",\n      "accessionIdentifier": {"value": "', accession(rng), '"},\n')
    b('      "type": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.96", "code": "', str(rng.randint(100000000, 999999999)), '"}]},\n')
    b('      "receivedTime": "', (iso_ts(rng, d), DT), '",\n')
    b('      "collection": {"collectedDateTime": "', (iso_ts(rng, d, z=False), DT), '", "collector": {"display": "',
      (Person(rng).full(), PER), '"}}\n    }}\n  ]\n}\n')
    return b


def k_counseling_note(rng):
    b = B()
    p, c, ref = Person(rng), Person(rng, "en"), Person(rng, "en")
    rel = Person(rng, p.c)
    while rel.given == p.given:
        rel = Person(rng, p.c)
    d = rdate(rng)
    b("GENETIC COUNSELING - INITIAL CONSULT\n\n")
    b("Patient: ", (p.styled(rng), PER), "   DOB: ", (fdate(rng, dob(rng)), DOB), "   MRN: ", (mrn(rng), MRN), "\n")
    b("Date of visit: ", (fdate(rng, d), DT), "   Visit type: telehealth (", rng.randint(45, 75), " min)\n")
    pre, on, suf = dr(rng, ref)
    b("Referring provider: ", pre, (on, PER), suf, "\n\n")
    b(f"Indication: {rng.choice(['personal history of breast cancer', 'family history of Lynch syndrome', 'abnormal newborn screen in sibling', 'elevated LDL, suspected FH'])}.\n\n")
    b("Family history: Patient's ", rng.choice(["mother", "sister", "maternal aunt"]), ", ", (rel.given, PER),
      f", was diagnosed at age {rng.randint(32, 66)} and died in {rng.randint(1990, 2021)}. ")
    b(f"Paternal side of {rng.choice(['Ashkenazi Jewish', 'Italian', 'Filipino', 'Irish'])} ancestry, limited information. ")
    b("Pedigree drawn in Progeny (", version(rng), ").\n\n")
    b(f"Discussion: benefits/limitations of {rng.choice(TESTS)}, possibility of VUS, GINA protections. ")
    b(f"Patient elected testing; saliva kit {lot(rng)} to be shipped.\n\n")
    b("Plan: results disclosure visit on ", (fdt(rng, d + dt.timedelta(days=rng.randint(14, 40))), DT), ". ")
    b("Cascade testing letter to be provided for relatives in ", (rng.choice(US_CITIES)[0], LOC), ".\n\n")
    b((c.full(), PER), ", MS, CGC\nCertified Genetic Counselor | ", (phone(rng), PHO), "\n")
    return b


def k_result_letter(rng):
    b = B()
    cc = rng.choice(["us", "us", "gb"])
    p, dirp = Person(rng), Person(rng)
    la, pa = Addr(rng, cc), Addr(rng, cc)
    lab = rng.choice(LABS)
    d = rdate(rng)
    b(lab, "\n", (la.one_line(), ADR), "\nTel ", (phone(rng, cc), PHO), " | Fax ", (phone(rng, cc), PHO), "\n\n")
    b((fdate(rng, d), DT), "\n\n")
    hon = rng.choice(["Ms. ", "Mr. ", "Mx. ", ""])
    b(hon, (p.full(), PER), "\n", (pa.block(), ADR), "\n\n")
    b("RE: Genetic test result - accession ", accession(rng), " - date of birth ", (fdate(rng, dob(rng)), DOB), "\n\n")
    b("Dear ", hon if hon else "", (p.family if hon else p.given, PER), ",\n\n")
    b(f"Your {rng.choice(TESTS)} did {rng.choice(['not ', ''])}identify a pathogenic variant. ")
    b(f"The analysis covered {rng.randint(20, 120)} genes including {', '.join(rng.sample(GENES, 3))}.\n")
    b("A copy of this report was sent to your physician, ", rng.choice(["Dr. ", ""]), (Person(rng, "en").full(), PER), ".\n\n")
    b("Sincerely,\n\n", (dirp.full(), PER), ", PhD, FACMG\nLaboratory Director\n")
    return b


def k_slack_chat(rng):
    b = B()
    ppl = [Person(rng) for _ in range(3)]
    pt = Person(rng)
    b(f"#seq-core-ops  |  {rng.randint(5, 40)} members  |  thread export\n\n")
    t = [rng.randint(7, 17), rng.randint(0, 50)]

    def line(pp):
        t[1] += rng.randint(1, 4)
        t[0], t[1] = t[0] + t[1] // 60, t[1] % 60
        b(f"[{t[0]:02d}:{t[1]:02d}] ", (pp.plain(), PER), ": ")
    line(ppl[0])
    b(f"run {run_id(rng)} failed at cycle {rng.randint(20, 300)}, flowcell {flowcell(rng)} :(\n")
    line(ppl[1])
    b("ugh. who has the Illumina FSE's number?\n")
    line(ppl[0])
    b("it's ", (phone(rng, pick_cc(rng)), PHO), f", case #{rng.randint(1000000, 9999999)} already open\n")
    line(ppl[2])
    b("also the redraw for ", rng.choice(["Mrs. ", "Mr. ", ""]), (pt.family, PER), " (MRN ", (mrn(rng), MRN),
      ") is booked ", (fdt(rng), DT), "\n")
    line(ppl[1])
    if rng.random() < 0.5:
        b("fyi someone pasted the basespace token in the runbook: ", (gsecret(rng), SEC), " pls rotate\n")
    else:
        b("bot token for the alerting app is ", (slack_token(rng), SLK), " - moving it to vault now\n")
    line(ppl[2])
    b(f"thx. @{ppl[0].ascii()[0]} can you re-queue on the other box? v{rng.randint(1, 5)}.{rng.randint(0, 9)} RTA is fine there, "
      f"otherwise {rng.choice(['Monday', 'Tuesday', 'Friday'])} {rng.choice(['morning', 'then'])}\n")
    return b


def k_jira_ticket(rng):
    b = B()
    rep, asg = Person(rng), Person(rng)
    p = Person(rng)
    dbip = ipv4(rng, True)
    key = f"LIMS-{rng.randint(100, 9999)}"
    b(f"[{key}] Manifest import fails for batch {rng.randint(2023, 2025)}-Q{rng.randint(1, 4)}-{rng.randint(1, 30):02d}\n")
    b(f"Type: Bug   Priority: {rng.choice(['High', 'Critical', 'Medium'])}   Affects Version/s: {version(rng)}   Status: Open\n")
    b("Reporter: ", (rep.full(), PER), "   Assignee: ", (asg.full(), PER), "\n\n")
    b("Description:\nImporting the courier manifest stops at row ", str(rng.randint(2, 80)), ". Stack trace:\n\n")
    b("Traceback (most recent call last):\n  File \"/opt/lims/importers/manifest.py\", line ", str(rng.randint(40, 400)),
      ", in load_rows\n    conn = psycopg2.connect(settings.DATABASE_URL)\n")
    b("psycopg2.OperationalError: connection to server at \"", (dbip, IP), "\", port 5432 failed: FATAL:  password authentication failed for user \"lims_app\"\n\n")
    b("settings.DATABASE_URL at the time was postgres://lims_app:", (password(rng), PWD), "@", (dbip, IP), ":5432/lims\n")
    b("(yes I know, it's going to be rotated)\n\n")
    b("The failing row belongs to patient ", (p.styled(rng), PER), ", MRN ", (mrn(rng), MRN), ", DOB ", (fdate(rng, dob(rng)), DOB), ".\n")
    b(f"Commit that introduced it: {sha(rng)}\nRelated: {ticket(rng)}\n")
    return b


def k_tracking_tsv(rng):
    b = B()
    b("aliquot_id\tdonor_name\tbirth_date\tconsent_date\tmaterial\tvolume_ul\tlocation\n")
    for _ in range(rng.randint(3, 6)):
        p = Person(rng, rng.choice(["sv", "nl", "de", "pl", "en", "fi" if False else "en"]))
        pos = f"F80-{rng.randint(1, 9):02d}/R{rng.randint(1, 8)}/B{rng.randint(1, 20)}/{rng.choice('ABCDEFGHI')}{rng.randint(1, 9)}"
        b(specimen_id(rng), "\t", (p.plain() if rng.random() < 0.7 else p.last_first(), PER), "\t",
          (dob(rng).isoformat(), DOB), "\t", (fdate(rng, rdate(rng, 2015, 2024)), DT), "\t",
          rng.choice(["plasma", "serum", "buffy coat", "DNA", "PAXgene RNA"]), "\t", str(rng.choice([200, 250, 500, 1000])),
          "\t", pos, "\n")
    b(f"# {rng.randint(3, 6)} rows, checksum md5 {sha(rng, 32)}\n")
    return b


def k_billing_claim(rng):
    b = B()
    p = Person(rng, "en")
    sub = Person(rng, "en") if rng.random() < 0.4 else p
    a = Addr(rng, "us")
    d = rdate(rng)
    b(f"EXPLANATION OF BENEFITS - THIS IS NOT A BILL\n{rng.choice(INSURERS)}\n\n")
    b(f"Claim #: CLM{rng.randint(10 ** 9, 10 ** 10 - 1)}     Processed: {rng.randint(2, 20)} days after receipt\n")
    b("Patient: ", (p.full(), PER), "     Patient account: ", (acct(rng), ACC), "\n")
    b("Subscriber: ", (sub.full(), PER), "     Member ID: ", (member_id(rng), HPN), "     Group: ", group_no(rng), "\n")
    b("Subscriber DOB: ", (fdate(rng, dob(rng)), DOB), "\n")
    b("Provider: ", rng.choice(LABS), f" (NPI {npi(rng)})\n")
    b("Date of service: ", (fdate(rng, d), DT), "\n\n")
    b("Service            CPT     Billed      Allowed     You owe\n")
    for _ in range(rng.randint(1, 3)):
        b(f"Molecular path     {rng.choice(CPT)}   {amount(rng):>10}  {amount(rng):>10}  {amount(rng):>10}\n")
    b(f"\nPrior authorization: PA{rng.randint(100000, 999999)}   Remark code: N{rng.randint(100, 700)}\n")
    b("Mail payments to: ", (a.one_line(), ADR) if rng.random() < 0.3 else ("PO Box " + str(rng.randint(100, 9999)) + ", " + a.city + ", " + a.st + " " + a.zip, ADR), "\n")
    b("Questions? Member services ", (phone(rng, "tollfree"), PHO), "\n")
    return b


def k_dtc_support_ticket(rng):
    b = B()
    p = Person(rng)
    cc = rng.choice(["us", "us", "gb", "de"])
    a = Addr(rng, cc)
    agent = Person(rng, "en")
    b(f"Ticket {ticket(rng)} - \"Kit never arrived + double charge\"\nChannel: chat   Product: AncestryPlus Health kit\n\n")
    b("Customer: ", (p.full(), PER), " <", (p.email(rng), EML), ">\n")
    b("Agent: ", (agent.given, PER), "\n\n--- transcript ---\n")
    b("customer: hi, my order ", f"ORD-{rng.randint(100000, 999999)}", " was charged twice and the kit never came\n")
    b("agent: Sorry about that! Can you confirm the shipping address and your date of birth for verification?\n")
    b("customer: ", (a.one_line(rng, country=cc != "us"), ADR), ", born ", (fdate(rng, dob(rng)), DOB), "\n")
    if rng.random() < 0.5:
        b(f"customer: also the first box got chewed by my dog {rng.choice(PETS)}, lol\n")
    b("agent: Thanks. Which card was charged?\n")
    b("customer: ", (card(rng), CC), f" exp {rng.randint(1, 12):02d}/{rng.randint(26, 31)}\n")
    b("agent: I see two captures of ", amount(rng), ". I've refunded one (ref ", uuid(rng)[:18], ").\n")
    b(f"agent: Your kit's tracking number is 1Z{rs(rng, 16, string.ascii_uppercase + string.digits)}.\n")
    b("customer: great. you can also reach me at ", (phone(rng, cc), PHO), "\n")
    b("--- end ---\nInternal note: card number pasted in chat, redact per PCI policy.\n")
    return b


def k_registration_form(rng):
    b = B()
    p = Person(rng, rng.choice(["en", "en", "es", "vi", "ng", "ar"]))
    a = Addr(rng, "us")
    gu = Person(rng, p.c)
    b(f"NEW PATIENT REGISTRATION - {rng.choice(LABS)} Patient Service Center\n\n")
    b("Legal name: ", (p.full().upper() if rng.random() < 0.3 else p.full(), PER), "\n")
    b("Preferred name: ", (p.given, PER), "\n")
    b("Birth date: ", (fdate(rng, dob(rng)), DOB), "\n")
    b("SSN: ", (ssn(rng), SSN), "\n")
    b("Driver's license #: ", (US_STATES_DL[a.st](rng), DL), f" (state {a.st})\n")
    b("Address: ", (a.one_line(), ADR), "\n")
    b("Cell: ", (phone(rng), PHO), "   Home: ", (phone(rng), PHO), "\n")
    b("E-mail: ", (p.email(rng), EML), "\n\n")
    b("Primary insurance: ", rng.choice(INSURERS), "\nSubscriber ID: ", (member_id(rng), HPN),
      "   Group no.: ", group_no(rng), "\n")
    b("Emergency contact: ", (gu.full(), PER), " (", rng.choice(["spouse", "parent", "sibling"]), ") ", (phone(rng), PHO), "\n")
    b(f"Pharmacy: {rng.choice(['CVS', 'Walgreens', 'Rite Aid'])} #{rng.randint(1000, 9999)}\n")
    b("Signature on file. Patient ID badge printed.\n")
    return b


def k_k8s_secret(rng):
    b = B()
    e64 = lambda s: base64.b64encode(s.encode()).decode()  # noqa: E731
    b(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: lims-backend-credentials\n  namespace: {rng.choice(['lims-prod', 'biobank', 'seqcore'])}\n")
    b(f"  labels:\n    app: lims-api\n    release: \"{version(rng)}\"\ntype: Opaque\ndata:\n")
    b("  DB_PASSWORD: ", (e64(password(rng)), PWD), "\n")
    b("  LIMS_API_KEY: ", (e64(gsecret(rng)), SEC), "\n")
    if rng.random() < 0.5:
        b("  SMTP_PASSWORD: ", (e64(password(rng)), PWD), "\n")
    b("  WEBHOOK_SIGNING_SECRET: ", (e64("whsec_" + rs(rng, 32)), SEC), "\n")
    b(f"  DB_HOST: {e64('postgres.lims-prod.svc.cluster.local')}\n")
    b("---\n# applied by ci-bot, pipeline #", str(rng.randint(1000, 99999)), f", commit {sha(rng, 12)}\n")
    return b


def k_env_file(rng):
    b = B()
    b(f"# .env - results-portal ({rng.choice(['staging', 'production'])})\n# do NOT commit\n")
    b("NODE_ENV=production\nPORT=8080\n")
    b("DATABASE_URL=postgres://portal:", (password(rng), PWD), "@db-primary.internal:5432/portal\n")
    b("AWS_ACCESS_KEY_ID=", (aws_key(rng), AKEY), "\nAWS_SECRET_ACCESS_KEY=", (aws_secret(rng), ASEC), "\n")
    b(f"AWS_REGION={rng.choice(['us-east-1', 'us-east-2'])}\nREPORTS_BUCKET=portal-reports-{rs(rng, 5, string.digits)}\n")
    b("STRIPE_SECRET_KEY=", (stripe_key(rng), STR), "\n")
    b("STRIPE_WEBHOOK_SECRET=", ("whsec_" + rs(rng, 32), SEC), "\n")
    b("JWT_SIGNING_SECRET=", (rs(rng, 64, HEX), SEC), "\n")
    b("SLACK_BOT_TOKEN=", (slack_token(rng), SLK), "\n")
    if rng.random() < 0.5:
        b("GITHUB_TOKEN=", (gh_token(rng), GHT), "\n")
    b("SENTRY_DSN=${SENTRY_DSN}\nSUPPORT_EMAIL=", (rng.choice(["support", "results", "help"]) + "@" + rng.choice(ORG_DOMAINS), EML), "\n")
    b(f"FEATURE_FLAGS=pgx_reports,trio_view\nBUILD_SHA={sha(rng)}\n")
    return b


def k_docker_compose(rng):
    b = B()
    pw = password(rng)
    b(f"version: \"3.9\"\nservices:\n  lims-db:\n    image: postgres:{rng.choice(['14', '15', '16'])}-alpine\n")
    b("    environment:\n      POSTGRES_USER: lims\n      POSTGRES_PASSWORD: ", (pw, PWD), "\n      POSTGRES_DB: lims\n")
    b("    volumes: [\"pgdata:/var/lib/postgresql/data\"]\n")
    b(f"  lims-api:\n    image: registry.example.org/lims/api:{version(rng)}\n    environment:\n")
    b("      DB_URL: postgresql://lims:", (pw, PWD), "@lims-db:5432/lims\n")
    b("      LIMS_SECRET: ${LIMS_SECRET}\n      MINIO_ENDPOINT: http://", (ipv4(rng, True), IP), ":9000\n")
    b("      MINIO_ROOT_PASSWORD: ", (password(rng), PWD), "\n")
    b("      SMTP_RELAY: ", (ipv4(rng, True), IP), "\n")
    b("    ports: [\"8080:8080\"]\n    depends_on: [lims-db]\nvolumes:\n  pgdata: {}\n")
    return b


def k_gh_actions(rng):
    b = B()
    b("name: nightly-pipeline-tests\non:\n  schedule:\n    - cron: '0 3 * * *'\n  workflow_dispatch:\n\n")
    b("jobs:\n  test:\n    runs-on: ubuntu-22.04\n    env:\n      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n")
    b("      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b("    steps:\n      - uses: actions/checkout@v4\n      - uses: nf-core/setup-nextflow@v2\n")
    b(f"      - run: nextflow run main.nf -profile test,docker -r {version(rng)}\n")
    b("      - name: notify (TEMP - remove before merge!)\n        run: |\n")
    r = rng.random()
    if r < 0.5:
        b("          curl -s -H \"Authorization: token ", (gh_token(rng), GHT), "\" ", ("https://api.github.com/repos/seqcore/pipeline/statuses/" + sha(rng), URL), "\n")
    else:
        b("          curl -s -X POST -H \"Authorization: Bearer ", (slack_token(rng), SLK), "\" ", (
            "https://slack.com/api/chat.postMessage", URL), " -d channel=C0" + rs(rng, 8, string.ascii_uppercase + string.digits), "\n")
    b("          echo \"debug aws key ", (aws_key(rng), AKEY), "\"\n")
    b(f"# pinned: actions/checkout@{sha(rng)}\n")
    return b


def k_python_script(rng):
    b = B()
    b("#!/usr/bin/env python3\n\"\"\"pull_reports.py - fetch signed-out reports from the LIMS API (quick hack).\"\"\"\n")
    b("import requests, stripe\n\n")
    b("API = \"", (org_url(rng, path="/api/v2/reports"), URL), "\"\n")
    b("TOKEN = \"", (jwt(rng), JWT), "\"  # TODO move to vault\n")
    if rng.random() < 0.5:
        b("stripe.api_key = \"", (stripe_key(rng), STR), "\"\n")
    else:
        b("HF_TOKEN = \"", ("hf_" + rs(rng, 34), SEC), "\"\n")
    b(f"\nresp = requests.get(API, params={{\"status\": \"SIGNED\", \"limit\": {rng.choice([50, 100, 500])}}},\n")
    b("                    headers={\"Authorization\": f\"Bearer {TOKEN}\"}, timeout=30)\n")
    b("for r in resp.json()[\"items\"]:\n    print(r[\"accession\"], r[\"patient\"][\"mrn\"], r[\"signedAt\"])\n\n")
    b("# sample output:\n")
    for _ in range(rng.randint(1, 3)):
        b(f"# {accession(rng)} ", (mrn(rng), MRN), " ", (iso_ts(rng), DT), "\n")
    b("# contact ", (Person(rng).full(), PER), " if the API returns 429\n")
    return b


def k_curl_command(rng):
    b = B()
    p = Person(rng)
    b(f"$ curl -sS -X POST {rng.choice(['', '-v '])}\\\n  ")
    b((org_url(rng, path=f"/api/v1/orders?lab={rng.randint(1, 40)}"), URL), " \\\n")
    tok = jwt(rng, {"sub": rs(rng, 10), "role": "ordering_provider", "iat": 1700000000 + rng.randint(0, 5 ** 10)}) \
        if rng.random() < 0.6 else None
    if tok:
        b("  -H \"Authorization: Bearer ", (tok, JWT), "\" \\\n")
    else:
        b("  -H \"X-Api-Key: ", (gsecret(rng), SEC), "\" \\\n")
    b("  -H 'Content-Type: application/json' \\\n  -d '{\"patient\": {\"name\": \"", (p.full(), PER), "\", \"dob\": \"",
      (dob(rng).isoformat(), DOB), "\", \"mrn\": \"", (mrn(rng), MRN), "\"}, \"test\": \"", rng.choice(CPT), "\"}'\n")
    b(f"HTTP/1.1 201 Created\nx-request-id: {uuid(rng)}\n{{\"orderId\":\"ORD-{rng.randint(100000, 999999)}\",\"status\":\"PENDING\"}}\n")
    return b


def k_sftp_key(rng):
    b = B()
    u = Person(rng)
    host_ip = ipv4(rng, False)
    b("Hi ", (u.given, PER), ", here is the setup for pushing FASTQs to the collaborator's SFTP drop.\n\n~/.ssh/config:\n")
    b("Host collab-drop\n    HostName ", (host_ip, IP), "\n    User seqcore_xfer\n    Port 2222\n    IdentityFile ~/.ssh/collab_ed25519\n\n")
    b("and the key (I know, I know - delete after use):\n\n", (pem(rng), PEM), "\n\n")
    b("Fingerprint SHA256:", b64u(bytes(rng.randint(0, 255) for _ in range(32))), "\n")
    b("Transfer window closes ", (fdt(rng), DT), ".\n")
    return b


def k_sftp_log(rng):
    b = B()
    d = rdate(rng)
    cip = ip(rng)
    sess = rs(rng, 8, HEX)
    for _ in range(rng.randint(5, 9)):
        r = rng.random()
        b(log_ts(rng, d), f" sftp-server[{rng.randint(1000, 40000)}]: ")
        if r < 0.3:
            b("session opened for local user seqcore_xfer from [", (cip, IP), "]\n")
        elif r < 0.7:
            fn = f"{run_id(rng, d)}/{specimen_id(rng)}_S{rng.randint(1, 96)}_L00{rng.randint(1, 4)}_R{rng.randint(1, 2)}_001.fastq.gz"
            b(f"close \"/upload/{fn}\" bytes read 0 written {rng.randint(10 ** 8, 10 ** 10)}\n")
        elif r < 0.85:
            b(f"sess={sess} rekey after {rng.randint(100, 999)} MB, cipher chacha20-poly1305\n")
        else:
            b("Accepted publickey for seqcore_xfer from ", (ipv4(rng), IP), f" port {rng.randint(30000, 65000)} ssh2: ED25519 SHA256:{b64u(bytes(rng.randint(0, 255) for _ in range(32)))}\n")
    b(log_ts(rng, d), " sftp-server: session closed for local user seqcore_xfer from [", (cip, IP), "]\n")
    return b


def k_llm_prompt_path(rng):
    b = B()
    p, path = Person(rng), Person(rng)
    d = rdate(rng)
    b(rng.choice(["You are a helpful medical assistant. ", "System: you write plain-language summaries.\n"]))
    b("Summarize the following pathology report for the patient in simple language (6th grade level), ")
    b("and list questions they could ask their oncologist.\n\n\"\"\"\n")
    b("Patient: ", (p.full(), PER), "  DOB: ", (fdate(rng, dob(rng)), DOB), "  MRN: ", (mrn(rng), MRN), "\n")
    b("Procedure date: ", (fdate(rng, d), DT), "\n")
    b(f"Specimen: {rng.choice(['Right breast, core biopsy', 'Sigmoid colon, resection', 'Prostate, 12-core biopsy'])}\n")
    b(f"Diagnosis: {rng.choice(['Invasive lobular carcinoma, grade 2', 'Adenocarcinoma, Gleason 3+4=7', 'Moderately differentiated adenocarcinoma, pT3 N1a'])}\n")
    b(f"Biomarkers: ER {rng.randint(0, 100)}%, PR {rng.randint(0, 100)}%, HER2 {rng.choice(['0', '1+', '2+ (FISH neg)', '3+'])}\n")
    b("Pathologist: ", (path.full(), PER), ", MD\n\"\"\"\n\n")
    b("Output format: JSON with keys summary, questions, next_steps. Temperature 0.2.\n")
    return b


def k_llm_prompt_variant(rng):
    b = B()
    p = Person(rng)
    cc = pick_cc(rng)
    a = Addr(rng, cc)
    b("### Instruction\nClassify the variant below according to ACMG/AMP 2015 criteria. Cite the evidence codes ")
    b("(PVS1, PM2, PP3 ...) and give a final class.\n\n### Case\n")
    b("Proband: ", (p.first_last_lower() if hasattr(p, "first_last_lower") else p.plain().lower(), PER),
      f", {rng.randint(2, 70)} y, {rng.choice(['female', 'male'])}, from ", (a.place() if cc != "us" else a.place(), LOC), "\n")
    b(f"Gene: {rng.choice(GENES)}   Variant: {rng.choice(HGVS)}   rsID: rs{rng.randint(10 ** 5, 10 ** 9)}\n")
    b(f"gnomAD AF: {rng.random() / 1000:.6f}   REVEL: {rng.random():.3f}   SpliceAI: {rng.random():.2f}\n")
    b(f"Phenotype (HPO): HP:000{rng.randint(1000, 9999)}, HP:00{rng.randint(10000, 99999)}\n")
    b("Family: affected mother (", (Person(rng, p.c).given, PER), "), unaffected father, segregation pending.\n")
    b("Date of sample receipt: ", (fdate(rng, rdate(rng)), DT), "\n\n### Response\n")
    return b


def k_courier_email(rng):
    b = B()
    cc = pick_cc(rng)
    a = Addr(rng, cc)
    s, c = Person(rng), Person(rng, "en")
    d = rdate(rng)
    b("From: ", (c.full(), PER), " <", (c.email(rng, "clinicalcourier.example.com"), EML), ">\n")
    b(f"Subject: Pickup confirmed - AWB {rng.randint(10 ** 11, 10 ** 12 - 1)} (UN3373, dry ice {rng.randint(2, 10)} kg)\n\n")
    b("Hello ", (s.given, PER), ",\n\nyour pickup of biological substance category B is confirmed for ", (fdt(rng, d), DT), ".\n")
    b("Pickup address:\n", (a.block(), ADR), "\nOn-site contact: ", (s.full(), PER), ", ", (phone(rng, cc), PHO), "\n\n")
    b("Destination: ", rng.choice(LABS), ", receiving dock, ", (rng.choice(US_CITIES)[0], LOC), "\n")
    b(f"Flight routing via {rng.choice(['FRA', 'AMS', 'CDG', 'LHR'])} - {rng.choice(['JFK', 'ORD', 'BOS'])}, est. transit 38 h.\n")
    b("Please have the shipper's declaration and temperature logger ready. Track at ",
      ("https://track.clinicalcourier.example.com/awb?ref=" + rs(rng, 10, string.digits), URL), "\n")
    return b


def k_freezer_alarm(rng):
    b = B()
    on = Person(rng)
    d = rdate(rng)
    fr = f"ULT-{rng.randint(1, 30):02d}"
    b(f"ALARM NOTIFICATIONS - BioArchive monitoring (Rees Scientific Centron {version(rng)})\n\n")
    temps = sorted(rng.sample(range(-79, -55), 3))
    for tmp in reversed(temps):
        b(log_ts(rng, d), f"  {fr} (Room B{rng.randint(100, 399)})  temp {tmp} C  HIGH ALARM\n")
    b("\nSMS sent to on-call: ", (on.full(), PER), " ", (phone(rng, pick_cc(rng)), PHO), "\n")
    b("Escalation: facilities hotline ", (phone(rng), PHO), "\n")
    b(f"Probe serial {rs(rng, 10, string.digits)}; contents: {rng.randint(4, 30)} racks, plasma aliquots from {rng.randint(200, 5000)} donors\n")
    b("Acknowledged by ", (on.plain(), PER), ": \"moving racks to ULT-spare, door seal replaced\"\n")
    return b


def k_qc_report(rng):
    b = B()
    op = Person(rng)
    d = rdate(rng)
    b(f"RUN QC SUMMARY  {run_id(rng, d)}\n", "-" * 40, "\n")
    b("Run date: ", (fdate(rng, d), DT), "\nOperator: ", (op.full() if rng.random() < 0.6 else op.last_first(), PER), "\n")
    b(f"Instrument: {rng.choice(INSTRUMENTS[:4])} (SN {rs(rng, 2, string.ascii_uppercase)}{rs(rng, 5, string.digits)})\n")
    b(f"Flowcell: {flowcell(rng)}  Reagent lot: {lot(rng)}\n\n")
    b("Metric            Value     Spec\n")
    b(f"Yield (Gb)        {rng.randint(800, 3000)}      >= 750\n%>=Q30            {rng.randint(85, 95)}.{rng.randint(0, 9)}      >= 85\n")
    b(f"Cluster PF (%)    {rng.randint(70, 85)}.{rng.randint(0, 9)}      >= 65\nPhiX error (%)    0.{rng.randint(15, 60)}      <= 1.0\n\n")
    b(f"Samples passing: {rng.randint(80, 96)}/96   Failing: see {ticket(rng)}\n")
    b("Reviewed by: ", (Person(rng).full(), PER), " on ", (fdate(rng, d + dt.timedelta(days=1)), DT), "\n")
    return b


def k_vcard(rng):
    b = B()
    p = Person(rng)
    cc = pick_cc(rng)
    a = Addr(rng, cc)
    b("BEGIN:VCARD\nVERSION:3.0\n")
    b("N:", (f"{p.family};{p.given};{p.mi}" if p.mi else f"{p.family};{p.given}", PER), ";;\n" if p.mi else ";;;\n")
    b("FN:", (p.full(), PER), "\n")
    b(f"ORG:{rng.choice(LABS)};Biobank Operations\nTITLE:{rng.choice(['Donor Coordinator', 'Lab Manager', 'Biorepository Technician'])}\n")
    b("TEL;TYPE=WORK,VOICE:", (phone(rng, cc), PHO), "\n")
    if rng.random() < 0.6:
        b("TEL;TYPE=CELL:", (phone(rng, cc), PHO), "\n")
    b("EMAIL;TYPE=INTERNET:", (p.email(rng, rng.choice(ORG_DOMAINS)), EML), "\n")
    adr = f"{a.street()};{a.city};{a.region};{a.zip};{a.country}"
    b("ADR;TYPE=WORK:;;", (adr, ADR), "\n")
    if rng.random() < 0.4:
        b("BDAY:", (dob(rng).isoformat(), DOB), "\n")
    b("URL:", (org_url(rng, path="/team"), URL), "\n")
    b(f"REV:{iso_ts(rng)}\nUID:urn:uuid:{uuid(rng)}\nEND:VCARD\n")
    return b


def k_ics_invite(rng):
    b = B()
    p, c = Person(rng), Person(rng, "en")
    d = rdate(rng)
    h = rng.randint(8, 16)
    b("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Helix Scheduling//EN\nBEGIN:VEVENT\n")
    b(f"UID:{uuid(rng)}\nDTSTAMP:{d.strftime('%Y%m%d')}T{rng.randint(0, 23):02d}0000Z\n")
    b("DTSTART;TZID=America/New_York:", (f"{d.strftime('%Y%m%d')}T{h:02d}0000", DT), "\n")
    b("DTEND;TZID=America/New_York:", (f"{d.strftime('%Y%m%d')}T{h:02d}4500", DT), "\n")
    b("SUMMARY:Genetic counseling - results disclosure (", (p.full(), PER), ")\n")
    b("ORGANIZER;CN=", (c.full(), PER), ":mailto:", (c.email(rng, rng.choice(ORG_DOMAINS)), EML), "\n")
    b("ATTENDEE;CN=", (p.full(), PER), ";RSVP=TRUE:mailto:", (p.email(rng), EML), "\n")
    zoom = rng.randint(10 ** 9, 10 ** 10 - 1)
    b("LOCATION:", ("https://telehealth.example.com/j/" + str(zoom), URL), "\n")
    b("DESCRIPTION:Join by video. Meeting ID ", f"{str(zoom)[:3]} {str(zoom)[3:7]} {str(zoom)[7:]}", " Passcode: ",
      (passcode(rng), PWD), "\\nDial-in: ", (phone(rng), PHO), "\n")
    b(f"CREATED:{d.strftime('%Y%m%d')}T090000Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


def k_x12_270(rng):
    b = B()
    p = Person(rng, "en")
    a = Addr(rng, "us")
    d = rdate(rng)
    ctl = f"{rng.randint(1, 999999999):09d}"
    b(f"ISA*00*          *00*          *ZZ*CRESTLINELAB   *ZZ*PAYERX         *{d.strftime('%y%m%d')}*{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}*^*00501*{ctl}*0*P*:~\n")
    b(f"GS*HS*CRESTLINE*PAYERX*{d.strftime('%Y%m%d')}*{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}*{rng.randint(1, 9999)}*X*005010X279A1~\n")
    b(f"ST*270*0001*005010X279A1~\nBHT*0022*13*{rng.randint(10 ** 8, 10 ** 9)}*{d.strftime('%Y%m%d')}*{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}~\n")
    b(f"HL*1**20*1~\nNM1*PR*2*{rng.choice(INSURERS).upper()}*****PI*{rng.randint(10000, 99999)}~\n")
    b(f"HL*2*1*21*1~\nNM1*1P*2*{rng.choice(LABS).upper()}*****XX*{npi(rng)}~\n")
    b("HL*3*2*22*0~\nTRN*1*", f"{rng.randint(10 ** 6, 10 ** 7)}", "*9877281234~\n")
    b("NM1*IL*1*", (fold(p.family).upper(), PER), "*", (fold(p.given).upper(), PER), "****MI*", (member_id(rng), HPN), "~\n")
    b("N3*", (a.street().upper(), ADR), "~\nN4*", (a.city.upper(), LOC), "*", (a.st, LOC), f"*{a.zip}~\n")
    b("DMG*D8*", (dob(rng).strftime("%Y%m%d"), DOB), f"*{rng.choice('MF')}~\n")
    b("DTP*291*D8*", (d.strftime("%Y%m%d"), DT), "~\nEQ*30~\n")
    b(f"SE*13*0001~\nGE*1*{rng.randint(1, 9999)}~\nIEA*1*{ctl}~\n")
    return b


def k_pgx_report(rng):
    b = B()
    p, o = Person(rng), Person(rng, "en")
    b(f"PHARMACOGENOMIC TEST REPORT\n{rng.choice(LABS)} - CLIA {rng.randint(10, 99)}D{rng.randint(1000000, 9999999)}\n\n")
    b("Name: ", (p.styled(rng), PER), "\nDate of Birth: ", (fdate(rng, dob(rng)), DOB), "\nMRN: ", (mrn(rng), MRN), "\n")
    pre, on, suf = dr(rng, o)
    b("Ordering clinician: ", pre, (on, PER), suf, "\nReport date: ", (fdate(rng, rdate(rng)), DT), "\n\n")
    b("Gene      Genotype     Phenotype                  Drugs affected\n")
    rows = [("CYP2D6", "*1/*4", "Intermediate metabolizer", "codeine, tamoxifen"),
            ("CYP2C19", "*2/*2", "Poor metabolizer", "clopidogrel"),
            ("DPYD", "*1/*2A", "Intermediate metabolizer", "capecitabine"),
            ("SLCO1B1", "*1/*5", "Decreased function", "simvastatin"),
            ("VKORC1", "-1639G>A", "Increased sensitivity", "warfarin")]
    for r in rng.sample(rows, 3):
        b(f"{r[0]:<9} {r[1]:<12} {r[2]:<26} {r[3]}\n")
    b("\nRecommendations follow CPIC guidelines. Genotyping on ", rng.choice(["Agilent", "Thermo Fisher QuantStudio 12K Flex", "Illumina Infinium GSA"]),
      ". This test does not detect rare variants.\n")
    return b


def k_newborn_screening(rng):
    b = B()
    mom = Person(rng, rng.choice(["en", "es", "vi", "ar"]))
    baby_g = rng.choice([g for g in NAMES[mom.c][0] if g != mom.given])
    d = rdate(rng)
    b(f"NEWBORN SCREENING - SPECIMEN CARD (Kit {rng.randint(10 ** 7, 10 ** 8)})\n\n")
    if rng.random() < 0.6:
        b("Baby's name: ", (f"{baby_g} {mom.family}", PER), "\n")
    else:
        b("Baby's name: ", rng.choice(["BABY GIRL ", "BABY BOY ", "BG "]), (mom.family.upper(), PER), "\n")
    b("Birth date/time: ", (f"{d.month:02d}/{d.day:02d}/{d.year} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", DOB), "\n")
    b(f"Birth weight: {rng.randint(1800, 4600)} g   Gestational age: {rng.randint(32, 41)} wk\n")
    b("Collected: ", (f"{(d + dt.timedelta(days=1)).month:02d}/{(d + dt.timedelta(days=1)).day:02d}/{d.year} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", DT),
      "   Age at collection: ", str(rng.randint(24, 48)), " h\n")
    b("Mother's name: ", (mom.last_first(), PER), "   Mother's DOB: ", (fdate(rng, rdate(rng, 1980, 2004)), DOB), "\n")
    b("Mother's phone: ", (phone(rng), PHO), "\n")
    b("Hospital of birth: ", rng.choice(["Lakeshore Regional", "Mercy General", "Riverside Women's Center"]), ", ",
      (rng.choice(US_CITIES)[0], LOC), "\n")
    b("Physician for follow-up: Dr. ", (Person(rng, "en").full(), PER), "   NPI ", npi(rng), "\n")
    b(f"Feeding: {rng.choice(['breast', 'TPN', 'formula'])}   Transfusion: N\nLab use: {accession(rng)}\n")
    return b


def k_dta_letter(rng):
    b = B()
    cc1, cc2 = rng.choice(["de", "nl", "sv", "fr"]), "us"
    a1, a2 = Addr(rng, cc1), Addr(rng, cc2)
    s1, s2 = Person(rng, cc1 if cc1 in NAMES else None), Person(rng, "en")
    d = rdate(rng)
    b(f"DATA TRANSFER AGREEMENT  (Ref. DTA-{rng.randint(2023, 2025)}-{rng.randint(10, 999)})\n\n")
    b("between\n\n", rng.choice(["Nordgen Biobank", "BioArchiv Nord"]), "\n", (a1.one_line(rng, country=True), ADR), "\n(\"Provider\")\n\nand\n\n")
    b(rng.choice(LABS), "\n", (a2.one_line(), ADR), "\n(\"Recipient\")\n\n")
    b("1. This Agreement enters into force on ", (fdate(rng, d), DT), " and remains valid for 36 months.\n")
    b(f"2. Provider will transfer pseudonymised genotype data of {rng.randint(500, 40000)} participants ")
    b("(no names, dates of birth or addresses) via encrypted SFTP.\n")
    b("3. Recipient shall destroy all data no later than ", (fdate(rng, d + dt.timedelta(days=1095)), DT), ".\n\n")
    b("For the Provider: ", (s1.full(), PER), ", Director\nFor the Recipient: ", (s2.full(), PER), ", Chief Scientific Officer\n")
    b("Contact for notices: ", (s2.email(rng, rng.choice(ORG_DOMAINS)), EML), "\n")
    return b


def k_audit_log(rng):
    b = B()
    d = rdate(rng)
    users = [Person(rng).email(rng, "crestline-labs.com") for _ in range(2)]
    for _ in range(rng.randint(3, 6)):
        u = rng.choice(users)
        b('{"ts":"', iso_ts(rng, d), '","level":"INFO","event":"', rng.choice(["patient.view", "report.download", "sample.update", "export.csv"]), '"')
        b(',"user":"', (u, EML), '","src_ip":"', (ip(rng), IP), '"')
        if rng.random() < 0.6:
            b(',"patient_mrn":"', (mrn(rng), MRN), '"')
        b(f',"request_id":"{uuid(rng)}","latency_ms":{rng.randint(3, 900)}}}\n')
    b('{"ts":"', iso_ts(rng, d), '","level":"WARN","event":"auth.failed","user":"', (users[0], EML),
      '","src_ip":"', (ipv4(rng, False), IP), f'","attempts":{rng.randint(3, 9)}}}\n')
    return b


def k_incident_report(rng):
    b = B()
    r, p1, p2 = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    b(f"LABORATORY INCIDENT / NONCONFORMANCE REPORT   NCR-{d.year}-{rng.randint(1, 400):03d}\n\n")
    b("Reported by: ", (r.full(), PER), f", {rng.choice(['Accessioning', 'Molecular', 'Histology'])} section\n")
    b("Date/time of event: ", (fdt(rng, d), DT), "\n")
    b("Category: specimen identification (mislabel)\n\nDescription:\n")
    b("Two EDTA tubes received in the same bag were labelled with swapped patient stickers. Tube 1 bore the name ")
    b((p1.last_first().upper(), PER), " (MRN ", (mrn(rng), MRN), ") but the requisition listed ", (p2.full(), PER), " (MRN ",
      (mrn(rng), MRN), ").\n")
    b(f"Both specimens were rejected per SOP-ACC-{rng.randint(10, 99)} rev {rng.randint(1, 9)}. Redraw requested from the collection site in ",
      (rng.choice([c[0] for c in US_CITIES]), LOC), ".\n\n")
    if rng.random() < 0.5:
        b("Notified: ", rng.choice(["Dr. ", ""]), (Person(rng, "en").full(), PER), " by phone at ", (phone(rng), PHO), ".\n")
    else:
        b("Notified: Dr. ", (Person(rng, "en").family, PER), "'s office by phone at ", (phone(rng), PHO), ".\n")
    b(f"Root cause: batch labeling at draw station. CAPA {ticket(rng)} opened; QA review within 30 days.\n")
    return b


def k_sql_paste(rng):
    b = B()
    b("-- why does this return two rows for the same MRN?? (prod replica, read-only)\n")
    m = mrn(rng)
    b("SELECT p.mrn, p.last_name, p.first_name, p.dob, s.accession, s.collected_at\nFROM patients p\n")
    b("JOIN specimens s ON s.patient_id = p.id\nWHERE p.mrn = '", (m, MRN), "'\nORDER BY s.collected_at DESC;\n\n")
    p = Person(rng)
    hdr = " mrn        | last_name     | first_name | dob        | accession    | collected_at"
    b(hdr, "\n", "-" * len(hdr), "\n")
    for _ in range(2):
        b(" ", (m, MRN), " | ", (p.family, PER), " | ", (p.given, PER), " | ", (dob(rng).isoformat(), DOB), " | ",
          accession(rng), " | ", (f"{rdate(rng).isoformat()} {rng.randint(6, 18):02d}:{rng.randint(0, 59):02d}:00", DT), "\n")
    b("(2 rows)\n\nTime: ", f"{rng.randint(2, 900)}.{rng.randint(100, 999)} ms\n")
    b("-- psql \"host=", (ipv4(rng, True), IP), " dbname=lims user=readonly password=", (password(rng), PWD), "\"\n")
    return b


def k_xml_record(rng):
    b = B()
    p = Person(rng)
    cc = pick_cc(rng)
    a = Addr(rng, cc)
    b(f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SampleRecord xmlns=\"urn:lims:sample:v3\" schemaVersion=\"{version(rng)}\">\n")
    b(f"  <SampleId>{specimen_id(rng)}</SampleId>\n  <Accession>{accession(rng)}</Accession>\n  <Donor>\n")
    b("    <FullName>", (p.full(), PER), "</FullName>\n    <DateOfBirth>", (dob(rng).isoformat(), DOB), "</DateOfBirth>\n")
    b("    <MedicalRecordNumber>", (mrn(rng), MRN), "</MedicalRecordNumber>\n")
    b("    <Street>", (a.street(), ADR), "</Street>\n    <City>", (a.city, LOC), "</City>\n")
    if a.region:
        b("    <State>", (a.region, LOC), "</State>\n")
    b(f"    <PostalCode>{a.zip}</PostalCode>\n    <Phone>", (phone(rng, cc), PHO), "</Phone>\n  </Donor>\n")
    b("  <Collection>\n    <CollectedOn>", (iso_ts(rng, z=False), DT), "</CollectedOn>\n")
    b(f"    <Material>{rng.choice(SPECIMENS)}</Material>\n    <VolumeMl>{rng.randint(1, 10)}</VolumeMl>\n  </Collection>\n")
    b(f"  <Audit modified=\"{iso_ts(rng)}\" by=\"svc_import\" checksum=\"{sha(rng, 32)}\"/>\n</SampleRecord>\n")
    return b


def k_nanopore_report(rng):
    b = B()
    op = Person(rng)
    d = rdate(rng)
    b(f"MinKNOW run report\n==================\nProtocol run ID: {uuid(rng)}\n")
    b(f"Flow cell: PA{rng.randint(10000, 99999)} (FLO-PRO114M)   Kit: SQK-LSK114   MinKNOW core {version(rng)}\n")
    b("Host: promethion-01.seq.local (", (ipv4(rng, True), IP), ")\n")
    b("Started by: ", (op.full(), PER), "\nExperiment: ", f"ONT_LR_{d.strftime('%Y%m%d')}_{rs(rng, 4, string.ascii_uppercase)}", "\n")
    b("Scheduled start: ", (fdt(rng, d), DT), "\n")
    b(f"Run length: {rng.randint(24, 72)} h   Reads generated: {rng.randint(5, 40)}.{rng.randint(0, 9)} M   N50: {rng.randint(8, 40)}.{rng.randint(0, 9)} kb\n")
    b(f"Basecaller: Dorado {version(rng)} (model dna_r10.4.1_e8.2_400bps_sup@v4.3.0)\n")
    b(f"Output: /data/{d.strftime('%Y%m%d')}_{rng.randint(1000, 2359)}_1A_PA{rng.randint(10000, 99999)}_{sha(rng, 8)}/\n")
    if rng.random() < 0.5:
        b("Notes: sample from proband of family F", str(rng.randint(100, 999)), ", library prep by ", (Person(rng).given, PER), "\n")
    return b


def k_api_error_trace(rng):
    b = B()
    p = Person(rng)
    b(f"{log_ts(rng)} ERROR results-portal.billing: payment capture failed for order ORD-{rng.randint(100000, 999999)}\n")
    b("Traceback (most recent call last):\n  File \"/srv/portal/billing.py\", line ", str(rng.randint(20, 300)),
      ", in capture\n    stripe.PaymentIntent.capture(pi_id)\n")
    b("stripe.error.AuthenticationError: Invalid API Key provided: ", (stripe_key(rng), STR), "\n\n")
    b("Locals:\n  customer_email = '", (p.email(rng), EML), "'\n  customer_name = '", (p.full(), PER), "'\n")
    b(f"  amount = {rng.randint(99, 1299)}00\n  pi_id = 'pi_{rs(rng, 24)}'\n")
    b("  settings.REDIS_URL = 'redis://:", (password(rng), PWD), "@", (ipv4(rng, True), IP), ":6379/0'\n")
    b("  request.remote_addr = '", (ip(rng), IP), "'\n")
    b(f"Sentry event {rs(rng, 32, HEX)} | release portal@{version(rng)}\n")
    return b


def k_id_verification(rng):
    b = B()
    p = Person(rng, rng.choice(["en", "en", "es", "ko", "in"]))
    a = Addr(rng, "us")
    d = rdate(rng)
    b("IDENTITY VERIFICATION - genetic data release request\n")
    b(f"Case {ticket(rng)}  | reviewer queue: compliance\n\n")
    b("Requester: ", (p.full(), PER), "\nDocument type: Driver License (", (a.state, LOC), ")\n")
    b("License number: ", (US_STATES_DL[a.st](rng), DL), "\n")
    b("Expires: ", (fdate(rng, rdate(rng, 2026, 2031)), DT), "\n")
    b("DOB on document: ", (fdate(rng, dob(rng)), DOB), "\n")
    b("Address on document: ", (a.one_line(), ADR), "\n")
    b("Matches account holder: YES (account ", (acct(rng), ACC), ")\n")
    b(f"Selfie match score: 0.{rng.randint(90, 99)}  | doc scan hash {sha(rng, 16)}\n")
    b("Decision: release raw data (VCF + BAM) to requester. Link expires ", (fdt(rng, d), DT), ".\n")
    return b


# ================================================================ document kinds (other languages)
def k_de_befund(rng):
    b = B()
    p, e, s = Person(rng, "de"), Person(rng, "de"), Person(rng, "de")
    a = Addr(rng, "de")
    d = rdate(rng)
    b("MVZ Humangenetik Nord - Molekulargenetisches Labor\n", (Addr(rng, "de").one_line(), ADR), " · Tel. ", (phone(rng, "de"), PHO), "\n\n")
    b("BEFUNDBERICHT\n\n")
    b("Patient/in: ", (p.last_first(), PER), "    Geb.-Datum: ", (fdate(rng, dob(rng), "de"), DOB), "\n")
    b("Anschrift: ", (a.one_line(), ADR), "\n")
    b("Kostenträger: ", rng.choice(["AOK Nordost", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"]),
      "   Versichertennr.: ", (f"{rng.choice(string.ascii_uppercase)}{rng.randint(100000000, 999999999)}", HPN), "\n")
    b("Einsender: ", rng.choice(["Dr. med. ", "Frau Dr. ", "Herrn Dr. med. "]), (e.full(), PER), ", Praxis für Gynäkologie, ",
      (Addr(rng, "de").city, LOC), "\n")
    b("Eingangsdatum: ", (fdate(rng, d, "de"), DT), "    Befunddatum: ", (fdate(rng, d + dt.timedelta(days=rng.randint(5, 30)), "de"), DT), "\n")
    b(f"Labornummer: {accession(rng)}    Material: EDTA-Blut\n\n")
    b(f"Untersuchung: {rng.choice(['BRCA1/BRCA2', 'Lynch-Syndrom (MLH1, MSH2, MSH6, PMS2)', 'CFTR'])} - NGS und MLPA\n\n")
    b(f"Ergebnis: Nachweis der heterozygoten Variante {rng.choice(GENES)} {rng.choice(HGVS)} (Klasse {rng.randint(3, 5)}).\n")
    b("Eine humangenetische Beratung wird empfohlen. Termin am ", (fdt(rng, d + dt.timedelta(days=40), "de"), DT), " ist reserviert.\n\n")
    b("Mit freundlichen Grüßen\n\n", rng.choice(["Prof. Dr. med. ", "Dr. rer. nat. ", "PD Dr. "]), (s.full(), PER), "\nFachärztin/Facharzt für Humangenetik\n")
    return b


def k_de_einwilligung(rng):
    b = B()
    p = Person(rng, "de")
    a = Addr(rng, "de")
    d = rdate(rng)
    b("BioArchiv Nord - Einwilligungserklärung zur Aufbewahrung und Nutzung von Biomaterialien\n")
    b(f"(Version {version(rng)}, Ethikvotum {rng.randint(100, 999)}/{rng.randint(15, 24)})\n\n")
    b("Name, Vorname: ", (p.last_first(), PER), "\n")
    b("Geburtsdatum: ", (fdate(rng, dob(rng), "de"), DOB), "\n")
    b("Straße, Hausnummer: ", (a.street(), ADR), "\nPLZ: ", a.zip, "   Ort: ", (a.city, LOC), "\n")
    b("Telefon: ", (phone(rng, "de"), PHO), "   E-Mail: ", (p.email(rng), EML), "\n\n")
    b("☒ Ich willige ein, dass meine Blutproben für die medizinische Forschung bis zu 30 Jahre gelagert werden.\n")
    b(f"{rng.choice(['☒', '☐'])} Ich möchte über genetische Zufallsbefunde informiert werden.\n")
    b("☐ Ich widerspreche der Weitergabe an Forschungspartner außerhalb der EU.\n\n")
    b("Ort, Datum: ", (Addr(rng, "de").city, LOC), ", ", (fdate(rng, d, "de"), DT), "      Unterschrift: ____________\n")
    b("Aufklärende/r Ärztin/Arzt: ", rng.choice(["Dr. ", "Dr. med. "]), (Person(rng, "de").full(), PER), "\n")
    return b


def k_de_it_ticket(rng):
    b = B()
    r = Person(rng, "de")
    hip = ipv4(rng, True)
    b(f"Ticket {ticket(rng)} · Kategorie: LIMS / Schnittstellen · Priorität: hoch\n")
    b("Gemeldet von: ", (r.full(), PER), " (", (r.email(rng, "bioarchiv-nord.de"), EML), ")\n\n")
    b("Hallo zusammen,\n\nder nächtliche Export an das Sequenzierzentrum bricht seit dem Update auf ", version(rng), " ab. ")
    b("Log-Auszug:\n\n")
    b(log_ts(rng), " ERROR export.s3 AccessDenied for key ", (aws_key(rng), AKEY), " (bucket seq-inbox)\n")
    b(log_ts(rng), " INFO  export.db connect host=", (hip, IP), " user=export\n\n")
    b("Zugangsdaten laut Wiki (bitte nach Fix ändern!):\n  Benutzer: lims_export\n  Passwort: ", (password(rng), PWD), "\n")
    b("  S3 Secret: ", (aws_secret(rng), ASEC), "\n\n")
    b("Rückruf bitte unter ", (phone(rng, "de"), PHO), ". Ich bin bis ", (fdate(rng, rdate(rng), "de"), DT), " im Haus.\n\nViele Grüße\n", (r.given, PER), "\n")
    return b


def k_fr_compte_rendu(rng):
    b = B()
    p, pr, pa = Person(rng, "fr"), Person(rng, "fr"), Person(rng, "fr")
    a = Addr(rng, "fr")
    d = rdate(rng)
    b("LABORATOIRE D'ANATOMIE ET CYTOLOGIE PATHOLOGIQUES\nCompte rendu anatomopathologique\n\n")
    b("Patient(e) : ", rng.choice(["Mme ", "M. ", ""]), (f"{p.family.upper()} {p.given}", PER), "\n")
    b("Né(e) le : ", (fdate(rng, dob(rng), "fr"), DOB), "    N° IPP : ", (str(rng.randint(10 ** 7, 10 ** 9)), MRN), "\n")
    b("Adresse : ", (a.one_line(), ADR), "    Tél : ", (phone(rng, "fr"), PHO), "\n")
    b("Prescripteur : Dr ", (pr.full(), PER), "\n")
    b("Date de prélèvement : ", (fdate(rng, d, "fr"), DT), "    Date de réception : ", (fdt(rng, d, "fr"), DT), "\n")
    b(f"N° d'examen : {accession(rng)}\n\n")
    b("Renseignements cliniques : nodule du sein gauche, ACR 5.\n\n")
    b(f"Conclusion : carcinome infiltrant de type non spécifique, grade SBR {rng.randint(1, 3)}. ")
    b(f"Récepteurs hormonaux positifs. Recherche {rng.choice(GENES)} demandée (réf. {ticket(rng)}).\n\n")
    b("Compte rendu validé par le Dr ", (pa.full(), PER), " le ", (fdt(rng, d + dt.timedelta(days=3), "fr"), DT), "\n")
    return b


def k_fr_demande_acces(rng):
    b = B()
    s = Person(rng, "fr")
    a = Addr(rng, "fr")
    d = rdate(rng, 2024, 2025)
    b("De : ", (s.full(), PER), " <", (s.email(rng, "genomelab-ouest.fr"), EML), ">\n")
    b(f"Objet : Demande d'accès aux échantillons - cohorte GENO-{rng.randint(10, 99)}\n\n")
    b("Madame, Monsieur,\n\n")
    b("Je vous contacte au nom de notre équipe de génétique moléculaire à ", (a.city, LOC), ". ")
    b(f"Nous souhaiterions obtenir {rng.randint(50, 400)} aliquotes d'ADN (50 µl) issues de la cohorte, ")
    b("dans le cadre d'un projet financé par l'ANR. Le comité scientifique se réunit le ",
      (fdate(rng, d, "fr"), DT), " et nous aimerions soumettre le dossier avant le ", (fdate(rng, d - dt.timedelta(days=10), "fr"), DT), ".\n\n")
    b("Vous trouverez ci-joint le protocole (v", version(rng).lstrip("v"), ") et l'avis du CPP.\n\n")
    b("Je reste à votre disposition au ", (phone(rng, "fr"), PHO), ".\n\nCordialement,\n\n", (s.full(), PER), "\n")
    b("Ingénieure de recherche\n", (a.one_line(rng, country=True), ADR), "\n")
    return b


def k_es_solicitud(rng):
    b = B()
    p, m = Person(rng, "es"), Person(rng, "es")
    a = Addr(rng, "es")
    d = rdate(rng)
    b("SOLICITUD DE ESTUDIO GENÉTICO\nServicio de Genética - Laboratorio de Diagnóstico Molecular\n\n")
    b("Nombre y apellidos: ", (p.full(), PER), "\n")
    b("Fecha de nacimiento: ", (fdate(rng, dob(rng), "es"), DOB), "    Sexo: ", rng.choice(["M", "H"]), "\n")
    b("NHC: ", (str(rng.randint(100000, 9999999)), MRN), "\n")
    b("Aseguradora: ", rng.choice(["Sanitas", "Adeslas", "DKV", "Asisa"]), "    Nº de póliza: ", (member_id(rng), HPN), "\n")
    b("Domicilio: ", (a.one_line(), ADR), "\n")
    b("Teléfono: ", (phone(rng, "es"), PHO), "    Correo: ", (p.email(rng), EML), "\n\n")
    b("Médico solicitante: ", rng.choice(["Dr. ", "Dr/a. ", ""]), (m.full(), PER), "\n")
    b("Fecha y hora de extracción: ", (fdt(rng, d, "es"), DT), "\n")
    b(f"Estudio: {rng.choice(['Panel de cáncer hereditario', 'Exoma clínico', 'Cariotipo y array-CGH'])}\n")
    b(f"Diagnóstico (CIE-10): {rng.choice(ICD)}\nMuestra: sangre periférica en EDTA, tubo {specimen_id(rng)}\n")
    return b


def k_es_reembolso(rng):
    b = B()
    p = Person(rng, "es")
    a = Addr(rng, "es")
    b("Asunto: Solicitud de reembolso - kit de ADN no utilizado\n\n")
    b("Hola,\n\nMe llamo ", (p.full(), PER), " y el ", (fdate(rng, rdate(rng), "es"), DT), " compré un kit de ancestría ")
    b(f"(pedido n.º {rng.randint(100000, 999999)}, importe {amount(rng, '€')}). ")
    b("No lo he llegado a abrir y quisiera devolverlo.\n\n")
    b("Por favor, hagan el reembolso a esta cuenta:\nTitular: ", (p.full(), PER), "\nIBAN: ", (iban(rng, "ES"), IBAN),
      f"\nBIC: {rng.choice(['CAIXESBBXXX', 'BBVAESMMXXX', 'BSCHESMMXXX'])}\n\n")
    b("Mi dirección es ", (a.one_line(), ADR), " y mi móvil ", (phone(rng, "es"), PHO), ".\n\nGracias,\n", (p.given, PER), "\n")
    return b


def k_it_referto(rng):
    b = B()
    p, m, f = Person(rng, "it"), Person(rng, "it"), Person(rng, "it")
    a = Addr(rng, "it")
    d = rdate(rng)
    b("LABORATORIO DI GENETICA MEDICA\nReferto n. ", str(rng.randint(1000, 99999)), f"/{d.year}\n\n")
    b("Paziente: ", rng.choice(["Sig.ra ", "Sig. ", ""]), (p.full(), PER), "\n")
    b("Nato/a il ", (fdate(rng, dob(rng), "it"), DOB), " a ", (rng.choice([c[0] for c in CITIES['it']]), LOC), "\n")
    b("Codice paziente (cartella): ", (mrn(rng), MRN), "\n")
    b("Residenza: ", (a.one_line(), ADR), "    Tel. ", (phone(rng, "it"), PHO), "\n")
    b("Medico richiedente: Dott. ", (m.full(), PER), "\n")
    b("Data prelievo: ", (fdt(rng, d, "it"), DT), "\n\n")
    b(f"Analisi: sequenziamento NGS pannello {rng.choice(['cardiomiopatie', 'epilessia', 'tumori ereditari'])} ({rng.randint(40, 200)} geni)\n")
    b(f"Esito: variante {rng.choice(GENES)} {rng.choice(HGVS)} in eterozigosi, classificata come VUS.\n\n")
    b("Firmato digitalmente da Dott.ssa ", (f.full(), PER), " il ", (fdate(rng, d + dt.timedelta(days=20), "it"), DT), "\n")
    return b


def k_pt_relatorio(rng):
    b = B()
    p, m = Person(rng, "pt"), Person(rng, "pt")
    a = Addr(rng, "pt")
    d = rdate(rng)
    b("RELATÓRIO DE ANÁLISE GENÉTICA\nUnidade de Genética Molecular\n\n")
    b("Nome do utente: ", (p.full(), PER), "\n")
    b("Data de nascimento: ", (fdate(rng, dob(rng), "pt"), DOB), "\n")
    b("N.º de processo clínico: ", (str(rng.randint(100000, 9999999)), MRN), "\n")
    b("Morada: ", (a.one_line(), ADR), "\nContacto: ", (phone(rng, "pt"), PHO), "\n")
    b("Médico requisitante: ", rng.choice(["Dr. ", ""]), (m.full(), PER), "\n")
    b("Data da colheita: ", (fdt(rng, d, "pt"), DT), "\n\n")
    b(f"Método: sequenciação de nova geração (NGS), cobertura média {rng.randint(150, 600)}x.\n")
    b(f"Resultado: não foram identificadas variantes patogénicas no gene {rng.choice(GENES)}.\n")
    b(f"Referência interna: {accession(rng)} · versão do pipeline {version(rng)}\n")
    return b


def k_nl_uitslag(rng):
    b = B()
    p = Person(rng, "nl")
    a = Addr(rng, "nl")
    d = rdate(rng)
    hon = rng.choice(["mevrouw ", "meneer ", ""])
    b("Onderwerp: Uw uitslag en factuur DNA-onderzoek\n\n")
    b("Beste ", hon, (p.family if hon else p.given, PER), ",\n\n")
    b(f"De uitslag van uw {rng.choice(['dragerschapsonderzoek', 'farmacogenetisch onderzoek', 'erfelijkheidsonderzoek'])} ")
    b("staat klaar in het patiëntenportaal: ", (org_url(rng, path="/mijn/uitslagen"), URL), "\n")
    b("Uw gegevens bij ons: geboortedatum ", (fdate(rng, dob(rng), "nl"), DOB), ", adres ", (a.one_line(), ADR), ".\n\n")
    b(f"Omdat dit onderzoek niet door uw zorgverzekeraar wordt vergoed, ontvangt u factuur {rng.randint(2024000, 2025999)} ")
    b(f"van {amount(rng, '€')}. Wij verzoeken u het bedrag vóór ", (fdate(rng, d, "nl"), DT), " over te maken op ")
    b((iban(rng, "NL"), IBAN), " t.n.v. Stichting Klinisch Genetisch Lab, onder vermelding van het factuurnummer.\n\n")
    b("Een gesprek met de klinisch geneticus is ingepland op ", (fdt(rng, d + dt.timedelta(days=7), "nl"), DT), ".\n")
    b("Vragen? Bel ", (phone(rng, "nl"), PHO), ".\n\nMet vriendelijke groet,\n", (Person(rng, "nl").full(), PER), "\nSecretariaat Klinische Genetica\n")
    return b


def k_pl_skierowanie(rng):
    b = B()
    p, l = Person(rng, "pl"), Person(rng, "pl")
    a = Addr(rng, "pl")
    d = rdate(rng)
    b("SKIEROWANIE NA BADANIE GENETYCZNE\nPoradnia Genetyczna\n\n")
    b("Imię i nazwisko pacjenta: ", (p.full(), PER), "\n")
    b("Data urodzenia: ", (fdate(rng, dob(rng), "pl"), DOB), "\n")
    b("Adres zamieszkania: ", (a.one_line(), ADR), "\n")
    b("Telefon kontaktowy: ", (phone(rng, "pl"), PHO), "\n")
    b("Nr historii choroby: ", (mrn(rng), MRN), "\n\n")
    b(f"Rozpoznanie (ICD-10): {rng.choice(ICD)}\nZlecane badanie: {rng.choice(['panel NGS - kardiomiopatie', 'analiza mutacji BRCA1/2', 'kariotyp'])}\n")
    b("Data pobrania materiału: ", (fdt(rng, d, "pl"), DT), "\n")
    b("Lekarz kierujący: ", rng.choice(["lek. med. ", "dr n. med. ", "lek. "]), (l.full(), PER), "\n")
    b(f"Nr skierowania: {rng.randint(10 ** 9, 10 ** 10)}   Kod NFZ: 5.{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(1000000, 9999999)}\n")
    return b


def k_sv_provsvar(rng):
    b = B()
    p = Person(rng, "sv")
    cc_city = rng.choice(CITIES["sv"])[0]
    d = rdate(rng)
    b("Meddelande från Klinisk genetik\n\n")
    b("Hej ", (p.given, PER), "!\n\n")
    b("Ditt provsvar från den genetiska utredningen är nu klart. Provet togs ", (fdt(rng, d, "sv"), DT), " på mottagningen i ",
      (cc_city, LOC), ".\n")
    b("Vi har bokat en tid för återbesök ", (fdt(rng, d + dt.timedelta(days=21), "sv"), DT), " hos genetisk vägledare ",
      (Person(rng, "sv").full(), PER), ".\n\n")
    b("Om tiden inte passar, ring oss på ", (phone(rng, "sv"), PHO), " eller logga in på ", (org_url(rng, path="/ombokning"), URL), ".\n\n")
    b(f"Remissnummer: {rng.randint(100000, 999999)}  ·  Analys: {rng.choice(GENES)} sekvensering\n")
    b("Med vänliga hälsningar\nKlinisk genetik och genomik\n")
    return b


def k_tr_sonuc(rng):
    b = B()
    p, dr_ = Person(rng, "tr"), Person(rng, "tr")
    a = Addr(rng, "tr")
    d = rdate(rng)
    b("GENETİK TANI MERKEZİ - TEST SONUÇ RAPORU\n\n")
    b("Hasta Adı Soyadı: ", (p.plain().upper() if rng.random() < 0.5 else p.plain(), PER), "\n")
    b("Doğum Tarihi: ", (fdate(rng, dob(rng), "tr"), DOB), "\n")
    b(f"Protokol No: {rng.randint(100000, 999999)}   Barkod: {rs(rng, 10, string.digits)}\n")
    b("Adres: ", (a.one_line().replace(f", {a.zip} {a.city}", f", {a.zip} {a.city}"), ADR), "\n")
    b("Telefon: ", (phone(rng, "tr"), PHO), "\n")
    b("Numune Alma Tarihi: ", (fdt(rng, d, "tr"), DT), "\n")
    b("İsteyen Hekim: Dr. ", (dr_.full(), PER), "\n\n")
    b(f"Test: {rng.choice(['Kalıtsal kanser paneli', 'Tüm ekzom dizileme', 'Kistik fibrozis CFTR analizi'])}\n")
    b(f"Sonuç: {rng.choice(GENES)} geninde {rng.choice(HGVS)} heterozigot varyant saptanmıştır.\n\n")
    b("Onaylayan: Uzm. Dr. ", (Person(rng, "tr").full(), PER), "   Onay Tarihi: ", (fdate(rng, d + dt.timedelta(days=10), "tr"), DT), "\n")
    return b


JA_PLACES = [("東京都", "千代田区丸の内", "100-0005"), ("大阪府", "大阪市北区梅田", "530-0001"),
             ("京都府", "京都市左京区吉田", "606-8501"), ("北海道", "札幌市中央区北一条西", "060-0001"),
             ("福岡県", "福岡市博多区博多駅前", "812-0011")]


def k_ja_kensa(rng):
    b = B()
    g, f = JA_NATIVE
    pf, pg = rng.choice(f), rng.choice(g)
    df, dg = rng.choice(f), rng.choice(g)
    pref, rest, zp = rng.choice(JA_PLACES)
    d = rdate(rng)
    b("遺伝学的検査 結果報告書\n\n")
    b("患者氏名：", (f"{pf} {pg}" if rng.random() < 0.6 else f"{pf}{pg}", PER), " 様\n")
    b("生年月日：", (fdate(rng, dob(rng), "ja"), DOB), "\n")
    b("カルテ番号：", (str(rng.randint(1000000, 99999999)), MRN), "\n")
    b("住所：", (f"〒{zp} {pref}{rest}{rng.randint(1, 9)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}", ADR), "\n")
    b("電話：", (phone(rng, "ja"), PHO), "\n")
    b("検体採取日時：", (f"{d.year}年{d.month}月{d.day}日 {rng.randint(8, 17)}時{rng.choice(['00', '15', '30', '45'])}分", DT), "\n")
    b("依頼医：", (f"{df} {dg}", PER), " 先生\n\n")
    b(f"検査項目：{rng.choice(GENES)} 遺伝子 全エクソン解析（NGS）\n")
    b(f"結果：病的バリアントは検出されませんでした。（受付番号 {accession(rng)}）\n")
    b("遺伝カウンセリングの予約：", (fdate(rng, d + dt.timedelta(days=14), "ja"), DT), "\n")
    b("次回外来は", (pref, LOC), "内の連携施設でも受診可能です。\n")
    return b


# ================================================================ documents with no entities (hard negatives only)
def e_fastq(rng):
    b = B()
    inst = rng.choice(["A01423", "VH00217", "NB552190", "LH00341"])
    rn, fc = rng.randint(1, 999), flowcell(rng)
    b(f"$ zcat {specimen_id(rng)}_S{rng.randint(1, 96)}_L00{rng.randint(1, 4)}_R1_001.fastq.gz | head -12\n")
    for _ in range(3):
        rl = rng.choice([76, 101, 151])
        seq = rs(rng, min(rl, 60), "ACGT")
        b(f"@{inst}:{rn}:{fc}:{rng.randint(1, 4)}:{rng.randint(1101, 2678)}:{rng.randint(1000, 32000)}:{rng.randint(1000, 37000)} 1:N:0:{idx_seq(rng)}+{idx_seq(rng)}\n")
        b(seq, "\n+\n", rs(rng, len(seq), "FF:F,F:FF"), "\n")
    b(f"\n# md5 {sha(rng, 32)}  reads {rng.randint(10 ** 6, 9 * 10 ** 7)}  bcl-convert {version(rng)}\n")
    return b


def e_instrument_log(rng):
    b = B()
    d = rdate(rng)
    inst = rng.choice(["NovaSeq-01", "STAR-LH-02", "QIAsymphony-2", "TapeStation-A"])
    for _ in range(rng.randint(7, 12)):
        b(log_ts(rng, d), " ", rng.choice(["INFO ", "INFO ", "WARN ", "DEBUG"]), f" [{inst}] ")
        b(rng.choice([
            f"Run {run_id(rng, d)} cycle {rng.randint(1, 318)} complete",
            f"Reagent cartridge lot {lot(rng)} loaded, {rng.randint(1, 30)} days to expiry",
            f"Firmware {version(rng)} self-test passed",
            f"Tip rack {rng.randint(1, 12)} pickup, channel {rng.randint(1, 8)} ok",
            f"Heartbeat seq={rng.randint(1000, 99999)} uptime={rng.randint(1000, 900000)}s",
            f"Job {uuid(rng)} queued (priority {rng.randint(1, 5)})",
            f"Temperature chamber {rng.randint(20, 25)}.{rng.randint(0, 9)} C",
            f"Plate barcode {rs(rng, 10, string.digits)} scanned",
        ]), "\n")
    return b


def e_vcf_anon(rng):
    b = B()
    b("##fileformat=VCFv4.2\n##source=DeepVariant " + version(rng).lstrip("v") + "\n")
    b("##contig=<ID=chr13,length=114364328>\n##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total depth\">\n")
    b("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"GQ\">\n")
    sid = participant_id(rng)
    b(f"#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t{sid}\n")
    pos = rng.randint(32315474, 32400000)
    for _ in range(rng.randint(4, 8)):
        pos += rng.randint(10, 5000)
        ref = rng.choice("ACGT")
        b(f"chr13\t{pos}\trs{rng.randint(10 ** 5, 10 ** 9)}\t{ref}\t{rng.choice([x for x in 'ACGT' if x != ref])}\t{rng.randint(20, 70)}.{rng.randint(0, 9)}\tPASS\tDP={rng.randint(15, 90)}\tGT:GQ\t{rng.choice(['0/1', '1/1'])}:{rng.randint(20, 99)}\n")
    return b


def e_qc_metrics(rng):
    b = B()
    b("sample_id,total_reads,pct_dup,mean_cov,pct_20x,insert_size,contamination,sex_check,status\n")
    for _ in range(rng.randint(4, 8)):
        b(f"{specimen_id(rng)},{rng.randint(4 * 10 ** 7, 2 * 10 ** 8)},{rng.randint(5, 30)}.{rng.randint(0, 9)},{rng.randint(80, 250)}.{rng.randint(0, 9)},"
          f"{rng.randint(90, 99)}.{rng.randint(0, 9)},{rng.randint(250, 450)},0.00{rng.randint(1, 9)},{rng.choice(['XX', 'XY', 'XX'])},{rng.choice(['PASS', 'PASS', 'FAIL'])}\n")
    b(f"# MultiQC {version(rng)} | pipeline commit {sha(rng, 12)} | config {uuid(rng)}\n")
    return b


def e_reagent_inventory(rng):
    b = B()
    b(f"REAGENT INVENTORY - Molecular Lab, cold room 2 (export {rng.randint(1, 52)}/wk)\n\n")
    b("Item                                   Cat#          Lot         Qty  Unit price\n")
    items = ["Illumina DNA Prep, (M) Tagmentation (96)", "NovaSeq 6000 S4 Reagent Kit v1.5 (300 cyc)",
             "QIAamp DNA Blood Mini Kit (250)", "KAPA HyperPrep Kit", "Qubit dsDNA HS Assay Kit",
             "AMPure XP beads 60 mL", "Twist Exome 2.0 (96 rxn)", "SQK-LSK114 Ligation Kit", "Agilent High Sensitivity D1000 ScreenTape"]
    for it in rng.sample(items, rng.randint(4, 7)):
        b(f"{it:<38} {rng.randint(10 ** 7, 10 ** 8 - 1):<13} {lot(rng):<11} {rng.randint(1, 20):>3}  {amount(rng):>10}\n")
    b(f"\nVendors: {', '.join(rng.sample(['Thermo Fisher Scientific', 'Beckman Coulter', 'Hamilton Company', 'Becton Dickinson', 'Eppendorf', 'Roche'], 3))}\n")
    b(f"Reorder via PO {rng.randint(4500000000, 4509999999)}; vendor quote Q-{rng.randint(10000, 99999)}; "
      f"freight {amount(rng)}; stock check every 14 days.\n")
    return b


def e_changelog(rng):
    b = B()
    b(f"# Changelog - germline-wes\n\n## [{version(rng).lstrip('v')}]\n")
    for line in rng.sample([
            f"- Fix: duplicate MRN merge in manifest importer ({ticket(rng)}, {sha(rng, 7)})\n",
            f"- Bump bcftools to {version(rng)} and GATK to {version(rng)}\n",
            f"- Add CYP2D6 star-allele caller (PR #{rng.randint(100, 999)})\n",
            f"- Default threads raised from 16 to 32; memory limit now 64 GB\n",
            f"- Drop support for hg19 reference; see migration guide {uuid(rng)[:8]}\n",
            f"- CI: cache conda envs (saves ~{rng.randint(3, 15)} min per run)\n",
            f"- Docs: explain ${{S3_BUCKET}} and ${{LIMS_TOKEN}} env vars\n",
    ], rng.randint(4, 7)):
        b(line)
    b(f"\n## [{version(rng).lstrip('v')}]\n- Initial release, commit {sha(rng)}\n")
    return b


def e_ci_refs(rng):
    b = B()
    b("name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n")
    b(f"      - uses: actions/checkout@{sha(rng)}\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n")
    b("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b(f"          aws-region: {rng.choice(['eu-central-1', 'us-east-1'])}\n")
    b("      - run: docker login -u ci -p ${{ secrets.REGISTRY_PASSWORD }} registry.example.org\n")
    b(f"      - run: docker push registry.example.org/lims/api:${{{{ github.ref_name }}}}\n")
    b("      - run: ./notify.sh\n        env:\n          SLACK_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n          STRIPE_KEY: ${STRIPE_KEY}\n")
    b(f"# build cache key: {sha(rng, 64)}\n")
    return b


def e_test_fixtures(rng):
    b = B()
    b("# tests/test_redaction.py - these values MUST NOT be flagged (invalid by construction)\n")
    b("INVALID_SSNS = [\n")
    for _ in range(3):
        b(f"    \"{bad_ssn(rng)}\",\n")
    b("]\nLUHN_FAIL_PANS = [\n")
    for _ in range(2):
        b(f"    \"{bad_card(rng)}\",\n")
    b("]\nMASKED = [\"***-**-" + str(rng.randint(1000, 9999)) + "\", \"XXXX XXXX XXXX " + str(rng.randint(1000, 9999)) + "\"]\n")
    b(f"NPI_OK = \"{npi(rng)}\"  # provider id, not a person\nROUTING = \"0{rng.randint(10000000, 99999999)}\"\n")
    b(f"ICD = [\"{rng.choice(ICD)}\", \"{rng.choice(ICD)}\"]\nLOINC = \"{rng.choice(LOINC)}\"\n")
    b(f"EPOCH = {1700000000 + rng.randint(0, 9 ** 8)}\nREQUEST_ID = \"{uuid(rng)}\"\n")
    return b


def e_de_geraetelog(rng):
    b = B()
    d = rdate(rng)
    g = rng.choice(["Sequenzierer NextSeq-2", "Pipettierroboter STAR-3", "Kühlschrank KS-07"])
    b(f"Gerätelogbuch - {g}\n\n")
    for _ in range(rng.randint(6, 10)):
        b(log_ts(rng, d), " ", rng.choice([
            f"Wartung durchgeführt, Filter gewechselt (Auftrag {rng.randint(100000, 999999)})",
            f"Servicebesuch Fa. {rng.choice(['Müller & Söhne Labortechnik GmbH', 'Schneider & Koch Medizintechnik KG'])}, Ticket {ticket(rng)}",
            f"Software-Update auf {version(rng)} installiert",
            f"Lauf {run_id(rng, d)} gestartet, Dauer ca. {rng.randint(12, 44)} Std.",
            f"Temperaturabweichung {rng.randint(2, 9)},{rng.randint(0, 9)} °C, Alarm quittiert",
            f"Reagenzcharge {lot(rng)} geladen",
            f"Kalibrierung bestanden, Prüfsumme {sha(rng, 10)}",
        ]), "\n")
    return b


def e_fr_inventaire(rng):
    b = B()
    b("Inventaire des congélateurs -80 °C - biothèque\n\n")
    b("Congélateur ; Portoir ; Boîte ; Nb tubes ; Type ; Code projet\n")
    for _ in range(rng.randint(5, 9)):
        b(f"CONG-{rng.randint(1, 12):02d} ; P{rng.randint(1, 8)} ; B{rng.randint(1, 25)} ; {rng.randint(10, 81)} ; "
          f"{rng.choice(['plasma', 'sérum', 'ADN', 'ARN', 'PBMC'])} ; PRJ-{rng.randint(100, 999)}\n")
    b(f"\nVersion du fichier {version(rng)} - empreinte {sha(rng, 16)} - commande n° {rng.randint(10 ** 5, 10 ** 6)}\n")
    return b


# ================================================================ registry
KINDS = [
    ("specimen_manifest_csv", "en", False, k_specimen_manifest),
    ("lims_export_json", "en", False, k_lims_export_json),
    ("lab_requisition_form", "en", False, k_lab_requisition),
    ("surgical_pathology_report", "en", False, k_pathology_report),
    ("illumina_samplesheet", "en", False, k_samplesheet),
    ("vcf_header_email", "en", False, k_vcf_header_email),
    ("biobank_consent_form", "en", False, k_consent_form),
    ("data_access_request_email", "en", False, k_access_request_email),
    ("sequencer_instrument_log", "en", False, k_instrument_log),
    ("pipeline_config_yaml", "en", False, k_pipeline_yaml),
    ("nextflow_config", "en", False, k_nextflow_config),
    ("results_portal_email", "en", False, k_results_portal_email),
    ("hl7_oru_r01", "en", False, k_hl7_oru),
    ("fhir_patient_specimen_bundle", "en", False, k_fhir_bundle),
    ("genetic_counseling_note", "en", False, k_counseling_note),
    ("result_letter", "en", False, k_result_letter),
    ("lab_ops_chat", "en", False, k_slack_chat),
    ("lims_jira_ticket", "en", False, k_jira_ticket),
    ("aliquot_tracking_tsv", "en", False, k_tracking_tsv),
    ("eob_genetic_test", "en", False, k_billing_claim),
    ("dtc_kit_support_ticket", "en", False, k_dtc_support_ticket),
    ("patient_registration_form", "en", False, k_registration_form),
    ("k8s_secret_lims", "en", False, k_k8s_secret),
    ("portal_env_file", "en", False, k_env_file),
    ("lims_docker_compose", "en", False, k_docker_compose),
    ("github_actions_leak", "en", False, k_gh_actions),
    ("report_fetch_script", "en", False, k_python_script),
    ("order_api_curl", "en", False, k_curl_command),
    ("sftp_key_handover", "en", False, k_sftp_key),
    ("sftp_transfer_log", "en", False, k_sftp_log),
    ("llm_prompt_path_summary", "en", False, k_llm_prompt_path),
    ("llm_prompt_acmg", "en", False, k_llm_prompt_variant),
    ("courier_pickup_email", "en", False, k_courier_email),
    ("freezer_alarm_log", "en", False, k_freezer_alarm),
    ("run_qc_summary", "en", False, k_qc_report),
    ("lab_contact_vcard", "en", False, k_vcard),
    ("counseling_ics_invite", "en", False, k_ics_invite),
    ("x12_270_eligibility", "en", False, k_x12_270),
    ("pgx_report", "en", False, k_pgx_report),
    ("newborn_screening_card", "en", False, k_newborn_screening),
    ("data_transfer_agreement", "en", False, k_dta_letter),
    ("lims_audit_jsonl", "en", False, k_audit_log),
    ("specimen_incident_report", "en", False, k_incident_report),
    ("sql_console_paste", "en", False, k_sql_paste),
    ("lims_xml_record", "en", False, k_xml_record),
    ("nanopore_run_report", "en", False, k_nanopore_report),
    ("portal_error_trace", "en", False, k_api_error_trace),
    ("data_release_id_check", "en", False, k_id_verification),
    ("de_befundbericht", "de", False, k_de_befund),
    ("de_biobank_einwilligung", "de", False, k_de_einwilligung),
    ("de_lims_ticket", "de", False, k_de_it_ticket),
    ("fr_compte_rendu_anapath", "fr", False, k_fr_compte_rendu),
    ("fr_demande_acces_biotheque", "fr", False, k_fr_demande_acces),
    ("es_solicitud_estudio", "es", False, k_es_solicitud),
    ("es_reembolso_kit", "es", False, k_es_reembolso),
    ("it_referto_genetica", "it", False, k_it_referto),
    ("pt_relatorio_genetico", "pt", False, k_pt_relatorio),
    ("nl_uitslag_factuur", "nl", False, k_nl_uitslag),
    ("pl_skierowanie", "pl", False, k_pl_skierowanie),
    ("sv_provsvar", "sv", False, k_sv_provsvar),
    ("tr_test_sonucu", "tr", False, k_tr_sonuc),
    ("ja_kensa_houkoku", "ja", False, k_ja_kensa),
    ("fastq_head", "en", True, e_fastq),
    ("instrument_log_clean", "en", True, e_instrument_log),
    ("vcf_pseudonymous", "en", True, e_vcf_anon),
    ("qc_metrics_csv", "en", True, e_qc_metrics),
    ("reagent_inventory", "en", True, e_reagent_inventory),
    ("pipeline_changelog", "en", True, e_changelog),
    ("ci_secret_refs", "en", True, e_ci_refs),
    ("redaction_test_fixtures", "en", True, e_test_fixtures),
    ("de_geraetelog", "de", True, e_de_geraetelog),
    ("fr_inventaire_congelateurs", "fr", True, e_fr_inventaire),
]

_EMPTY = [k for k in KINDS if k[2]]
_FOREIGN = [k for k in KINDS if not k[2] and k[1] != "en"]
_ENGLISH = [k for k in KINDS if not k[2] and k[1] == "en"]


def _build(i: int, seed: int = 0):
    rng = Random(f"blind77-{seed}-{i}")
    r = rng.random()
    pool = _EMPTY if r < 0.125 else _FOREIGN if r < 0.355 else _ENGLISH
    kind = rng.choice(pool)
    for _ in range(50):
        b = kind[3](rng)
        text = b.text()
        if 150 <= len(text) <= 3000:
            break
    ents = [{"start": s, "end": e, "type": t} for s, e, t in sorted(b.ents)]
    return kind, {"id": f"blind77-{seed}-{i}", "text": text, "entities": ents}


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _build(i, seed)[1]


# ================================================================ validation
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_BAD_EDGE = set("\"'<>[]{}`")


def _jwt_ok(v: str) -> bool:
    parts = v.split(".")
    if len(parts) != 3 or not all(parts):
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return False
    return isinstance(h, dict) and "alg" in h


def _shape(t: str, v: str) -> str | None:
    digits = re.sub(r"\D", "", v)
    if t in (PER, LOC):
        if re.search(r"[\d\n@]", v):
            return "digit/newline/@ in name or place"
    elif t == EML:
        if not _EMAIL_RE.fullmatch(v):
            return "bad e-mail"
    elif t == PHO:
        if not 7 <= len(digits) <= 15 or re.search(r"[^\d +()./-]", v):
            return "bad phone"
    elif t == SSN:
        if not ssn_ok(v):
            return "bad SSN"
    elif t == CC:
        if re.search(r"[^\d -]", v) or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            return "bad card"
    elif t == IBAN:
        if not iban_ok(v):
            return "bad IBAN"
    elif t == IP:
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "bad IP"
    elif t in (DOB, DT):
        if not re.search(r"\d", v) or "\n" in v:
            return "date without digit"
    elif t == URL:
        m = re.fullmatch(r"https?://([^/\s?#]+)[^\s]*", v)
        if not m or "@" in v:
            return "bad URL"
        host = m.group(1).split(":")[0].strip("[]")
        try:
            ipaddress.ip_address(host)
            return "URL with IP host"
        except ValueError:
            pass
    elif t == ADR:
        if not re.search(r"\d", v):
            return "address without number"
    elif t in (MRN, HPN, ACC, DL):
        if not re.search(r"\d", v) or re.search(r"\s", v):
            return "bad identifier"
    elif t == AKEY:
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
            return "bad AWS key id"
    elif t == ASEC:
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
            return "bad AWS secret"
    elif t == GHT:
        if not re.fullmatch(r"(ghp_|gho_|ghs_|ghu_|github_pat_)[A-Za-z0-9_]{30,}", v):
            return "bad GitHub token"
    elif t == SLK:
        if not re.fullmatch(r"xox[baprs]-[A-Za-z0-9-]{20,}", v):
            return "bad Slack token"
    elif t == STR:
        if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{16,}", v):
            return "bad Stripe key"
    elif t == JWT:
        if not _jwt_ok(v):
            return "bad JWT"
    elif t == PEM:
        if not re.fullmatch(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----\n[\s\S]+\n-----END \1PRIVATE KEY-----", v):
            return "bad PEM block"
    elif t in (PWD, SEC):
        if re.search(r"\s", v) or len(v) < 4:
            return "bad secret"
    return None


def validate(doc) -> list[str]:
    errs = []
    text, ents = doc.get("text", ""), doc.get("entities", [])
    if not 150 <= len(text) <= 3000:
        errs.append(f"length {len(text)} out of range")
    prev_end, prev_start = 0, -1
    for e in ents:
        s, en, t = e.get("start"), e.get("end"), e.get("type")
        tag = f"{doc.get('id')} [{s}:{en}] {t}"
        if t not in TYPES:
            errs.append(f"{tag}: unknown type")
            continue
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
            errs.append(f"{tag}: offsets out of range")
            continue
        if s < prev_start:
            errs.append(f"{tag}: not sorted")
        if s < prev_end:
            errs.append(f"{tag}: overlaps previous span")
        prev_start, prev_end = s, max(prev_end, en)
        v = text[s:en]
        if v != v.strip():
            errs.append(f"{tag}: leading/trailing whitespace {v!r}")
        if v[-1] in ".,;:" or v[0] in _BAD_EDGE or v[-1] in _BAD_EDGE or (v[0] == "(" and t != PHO) or v[-1] == ")":
            errs.append(f"{tag}: punctuation at span edge {v!r}")
        if v[0].isalnum() and s > 0 and text[s - 1].isalnum() and t not in (PER, LOC, ADR, DT, DOB):
            errs.append(f"{tag}: span starts inside a word {v!r}")
        if v[-1].isalnum() and en < len(text) and text[en].isalnum() and t not in (PER, LOC, ADR, DT, DOB):
            errs.append(f"{tag}: span ends inside a word {v!r}")
        why = _shape(t, v)
        if why:
            errs.append(f"{tag}: {why} {v!r}")
    return errs


# ================================================================ CLI
def _check(seed: int) -> int:
    n = 3000
    problems = []
    per_type, per_kind, per_lang = Counter(), Counter(), Counter()
    empty = foreign = 0
    for i in range(n):
        kind, doc = _build(i, seed)
        name, lang, is_empty, _ = kind
        per_kind[name] += 1
        per_lang[lang] += 1
        foreign += lang != "en"
        if not doc["entities"]:
            empty += 1
        if is_empty and doc["entities"]:
            problems.append(f"{doc['id']}: empty kind {name} has entities")
        if not is_empty and not doc["entities"]:
            problems.append(f"{doc['id']}: kind {name} has no entities")
        for e in doc["entities"]:
            per_type[e["type"]] += 1
        problems += validate(doc)
    # determinism / independence of n
    a = list(generate(5, seed))
    b = [_build(i, seed)[1] for i in range(5)]
    if a != b:
        problems.append("generate() is not deterministic")
    print(f"docs: {n}   entities: {sum(per_type.values())}   kinds: {len(KINDS)} (used {len(per_kind)})")
    print("\nentities per type:")
    for t in TYPES:
        print(f"  {t:<22} {per_type[t]}")
    print("\ndocs per language:")
    for lg, c in per_lang.most_common():
        print(f"  {lg:<4} {c}")
    print("\ndocs per kind:")
    for k in KINDS:
        print(f"  {k[0]:<30} {k[1]:<3} {'empty' if k[2] else '':<6} {per_kind[k[0]]}")
    print(f"\nnon-English share: {foreign / n:.1%}   empty share: {empty / n:.1%}")
    if len(KINDS) < 57:
        problems.append(f"only {len(KINDS)} kinds (< 57)")
    missing = [t for t in TYPES if not per_type[t]]
    if missing:
        print(f"note: types never produced: {missing}")
    for p in problems[:50]:
        print("PROBLEM:", p)
    print(f"\n{len(problems)} problem(s)")
    return 1 if problems else 0


def _sample(k: int, seed: int) -> None:
    for i in range(k):
        kind, doc = _build(i, seed)
        print("=" * 78)
        print(f"{doc['id']}  kind={kind[0]}  lang={kind[1]}  len={len(doc['text'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  {e['type']:<22} {doc['text'][e['start']:e['end']]!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
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
