r"""Blind corpus 82 -- gig economy and job platforms.

Synthetic, seeded, labelled documents from ride-hailing, delivery, freelance and
shift-work platforms: driver/courier onboarding, background-check and MVR reports,
freelancer profiles and payouts, ride receipts, delivery disputes, rating
complaints, contractor tax forms (1099-K, 1099-NEC, W-9), trust-and-safety
reports, shift-marketplace SMS, job postings and applications, payout webhooks and
API logs, driver support chats, courier insurance certificates. All people,
numbers and secrets are fake; checksummed values are well-formed.

Usage: corpus_blind82.py --check | --sample K | --n N --seed S --output F.jsonl

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

import argparse
import base64
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from urllib.parse import urlparse

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]
PER, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                  "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                     "DRIVER_LICENSE")
AKID, ASK, GH, SLK, STR, JWT_, PEM, PWD, SEC = (
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET")


class Doc:
    """Text builder: entity spans are recorded while text is appended."""

    def __init__(self, lang="en"):
        self.parts = []
        self.n = 0
        self.ents = []
        self.lang = lang

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, s, typ=None):
        if typ is None:
            return self.t(s)
        st = self.n
        self.t(s)
        self.ents.append({"start": st, "end": self.n, "type": typ})
        return self

    def w(self, tpl, *vals):
        """Template with the placeholder char; each value is str or (text, TYPE)."""
        pieces = tpl.split("\u00a4")
        if len(pieces) != len(vals) + 1:
            raise ValueError("placeholder mismatch: %r" % tpl[:60])
        for i, p in enumerate(pieces):
            self.t(p)
            if i < len(vals):
                v = vals[i]
                if isinstance(v, tuple):
                    self.e(v[0], v[1])
                else:
                    self.t(v)
        return self

    def cell(self, s, typ, width, sep=" "):
        self.e(s, typ)
        self.t(sep * max(1, width - len(s)))
        return self

    @property
    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- people
NAMES = {
    "us": (["James", "Tyrone", "Ashley", "Kevin", "Brittany", "Dwayne", "Heather", "Cody",
            "Latoya", "Marcus", "Jennifer", "Travis", "Kayla", "DeShawn", "Megan", "Austin",
            "Crystal", "Brandon", "Tamika", "Logan", "Shelby", "Darnell"],
           ["Johnson", "Williams", "O'Brien", "McAllister", "Washington", "Thompson",
            "Fitzgerald", "Baker-Hughes", "Jackson", "Kowalski", "Sullivan", "Brooks",
            "Whitaker", "Carter", "Mitchell", "Reed", "Gallagher", "Holloway", "St. John"]),
    "es": (["José", "María Fernanda", "Juan Carlos", "Guadalupe", "Alejandro", "Lucía",
            "Jesús", "Ximena", "Rocío", "Iván", "Marisol", "Álvaro", "Pilar"],
           ["García López", "Hernández Ruiz", "de la Cruz", "Martínez-Soto",
            "Rodríguez Peña", "Sánchez de León", "Ortega", "Fuentes Vidal", "Navarro",
            "del Río", "Gutiérrez", "Castillo Mora"]),
    "de": (["Jürgen", "Anneliese", "Lukas", "Sabine", "Maximilian", "Friederike", "Jonas",
            "Katrin", "Dieter", "Lea", "Tobias", "Ursula"],
           ["Müller", "Schäfer", "von Bergen", "Weiß", "Özdemir", "Schmitt-Hagen", "Krüger",
            "Hoffmann", "zu Stolberg", "Brandt", "Nowotny", "Kessler"]),
    "nl": (["Sanne", "Joost", "Maarten", "Femke", "Daan", "Lotte", "Sven", "Anouk"],
           ["van der Berg", "de Vries", "van Dijk", "Bakker", "Jansen", "ten Have",
            "Visser", "van den Broek", "Smit"]),
    "fr": (["Amélie", "Jean-Baptiste", "Théo", "Margaux", "Loïc", "Inès", "Mathis",
            "Clémence", "Yannick", "Océane"],
           ["Dubois", "Lefèvre", "de Villiers", "Moreau", "Giraud-Picard", "N'Diaye",
            "Fontaine", "Mercier", "Benali", "Le Goff"]),
    "pt": (["João", "Ana Paula", "Thiago", "Luana", "Gonçalo", "Rafaela", "Caio",
            "Beatriz", "Wellington"],
           ["da Silva", "dos Santos", "Pereira", "Carvalho Lima", "de Souza", "Ferreira",
            "Oliveira Rocha", "da Costa", "Nascimento"]),
    "ar": (["Mohammed", "Fatima", "Omar", "Layla", "Yusuf", "Noor", "Khalid", "Amina",
            "Tariq", "Samira"],
           ["al-Rashid", "Haddad", "El-Amin", "bin Saleh", "Al Mansouri", "Khoury",
            "Abdelrahman", "al-Farsi", "Nasser"]),
    "in": (["Priya", "Rajesh", "Ananya", "Venkatesh", "Harpreet", "Sanjay", "Deepika",
            "Arjun", "Lakshmi", "Gurpreet"],
           ["Ramanathan", "Patel", "Gupta", "Krishnamurthy", "Singh", "Chaudhary",
            "Iyer", "Banerjee", "Reddy", "Menon"]),
    "cn": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yifan", "Lijuan", "Zhiwei"],
           ["Zhang", "Chen", "Liu", "Wang", "Huang", "Zhou", "Xu", "Lin"]),
    "ea": (["Ji-woo", "Min-jun", "Yuki", "Haruto", "Thi Lan", "Minh", "Seo-yeon", "Kenji",
            "Bao"],
           ["Kim", "Park", "Tanaka", "Watanabe", "Nguyen", "Tran", "Choi", "Yamamoto",
            "Pham"]),
    "af": (["Chinedu", "Oluwaseun", "Ngozi", "Kwame", "Amara", "Tendai", "Abebe", "Fatou",
            "Kofi", "Chiamaka"],
           ["Okonkwo", "Adeyemi", "Mensah", "Nwosu", "Diallo", "Boateng", "Mwangi",
            "Tesfaye", "Oyelaran-Bello"]),
    "it": (["Giulia", "Alessandro", "Chiara", "Francesco", "Matteo", "Federica",
            "Lorenzo", "Sofia", "Gianluca"],
           ["Rossi", "De Luca", "Esposito", "Bianchi", "Lo Russo", "Dell'Acqua", "Ferrara",
            "Marchetti", "Di Stefano"]),
    "pl": (["Katarzyna", "Paweł", "Agnieszka", "Tomasz", "Łukasz", "Magdalena", "Grzegorz",
            "Zofia"],
           ["Kowalczyk", "Wiśniewska", "Nowak", "Zieliński", "Lewandowska-Kot",
            "Wójcik", "Kamińska", "Dąbrowski"]),
    "sv": (["Linnea", "Erik", "Astrid", "Oskar", "Elin", "Johan", "Maja", "Nils"],
           ["Lindqvist", "Johansson", "Bergström", "af Klercker", "Sjöberg", "Nyström",
            "Holm", "Ekdahl"]),
    "tr": (["Emre", "Zeynep", "Mehmet", "Elif", "Burak", "Ayşe", "Mustafa", "Selin"],
           ["Yılmaz", "Demir", "Şahin", "Kaya", "Çelik", "Aydın", "Öztürk", "Arslan"]),
}
US_MIX = ["us", "us", "us", "es", "in", "cn", "ea", "af", "ar", "us", "es", "pl", "it"]
UPPER = string.ascii_uppercase


class Person:
    def __init__(self, first, last, mid=""):
        self.first, self.last, self.mid = first, last, mid

    def full(self):
        return " ".join(x for x in (self.first, self.mid, self.last) if x)


def person(r, cult=None):
    cult = cult or r.choice(US_MIX)
    fs, ls = NAMES[cult]
    mid = (r.choice(UPPER) + ".") if r.random() < 0.18 else ""
    return Person(r.choice(fs), r.choice(ls), mid)


def nm(r, p, style=None):
    """A written form of a person's name (always a PERSON span)."""
    style = style or r.choices(
        ["full", "plain", "caps", "lower", "lastfirst", "initial", "first"],
        [40, 20, 8, 4, 10, 8, 10])[0]
    plain = p.first + " " + p.last
    if style == "full":
        return p.full()
    if style == "plain":
        return plain
    if style == "caps":
        return p.full().upper()
    if style == "lower":
        return plain.lower()
    if style == "lastfirst":
        return p.last + ", " + p.first + ((" " + p.mid) if p.mid else "")
    if style == "initial":
        return p.first[0] + ". " + p.last
    if style == "first":
        return p.first
    if style == "last":
        return p.last
    return plain


_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "æ": "ae",
                       "đ": "d", "İ": "I"})


def ascii_fold(s):
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


MAIL_DOMAINS = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
           "proton.me", "aol.com", "comcast.net"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es", "outlook.es", "prodigy.net.mx"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
    "pt": ["gmail.com", "uol.com.br", "sapo.pt", "bol.com.br"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
    "sv": ["telia.com", "gmail.com", "outlook.com", "bredband.net"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com", "outlook.com"],
}


def email(r, p=None, lang="en", domain=None):
    dom = domain or r.choice(MAIL_DOMAINS.get(lang, MAIL_DOMAINS["en"]))
    if p is None:
        p = person(r)
    f = ascii_fold(p.first).lower() or "user"
    last = ascii_fold(p.last).lower() or "x"
    style = r.randrange(6)
    if style == 0:
        loc = f + "." + last
    elif style == 1:
        loc = f[0] + last + str(r.randint(1, 99))
    elif style == 2:
        loc = f + "_" + last[:5] + str(r.randint(70, 2004))
    elif style == 3:
        loc = last + "." + f[0]
    elif style == 4:
        loc = f + last[0] + str(r.randint(10, 999))
    else:
        loc = f + "." + last + "+" + r.choice(["gig", "driver", "jobs", "work"])
    return loc + "@" + dom


# ---------------------------------------------------------------- places
US_CITIES = [("Austin", "TX", "787", "Texas"), ("Phoenix", "AZ", "850", "Arizona"),
             ("Atlanta", "GA", "303", "Georgia"), ("Chicago", "IL", "606", "Illinois"),
             ("Denver", "CO", "802", "Colorado"), ("Seattle", "WA", "981", "Washington"),
             ("Miami", "FL", "331", "Florida"), ("Brooklyn", "NY", "112", "New York"),
             ("Oakland", "CA", "946", "California"), ("Charlotte", "NC", "282",
                                                       "North Carolina"),
             ("Columbus", "OH", "432", "Ohio"), ("Nashville", "TN", "372", "Tennessee"),
             ("Las Vegas", "NV", "891", "Nevada"), ("Portland", "OR", "972", "Oregon"),
             ("San Antonio", "TX", "782", "Texas"), ("Minneapolis", "MN", "554",
                                                     "Minnesota"),
             ("Sacramento", "CA", "958", "California"), ("Jersey City", "NJ", "073",
                                                         "New Jersey"),
             ("Tampa", "FL", "336", "Florida"), ("Pittsburgh", "PA", "152", "Pennsylvania")]
US_STREETS = ["Maple", "Oak", "Cedar", "Martin Luther King Jr", "Elm", "Lakeview", "Sunset",
              "Mission", "Peachtree", "Congress", "Broadway", "Magnolia", "Riverside",
              "Grand", "Willow Creek", "Pine", "Franklin", "Ocean View", "Highland", "5th"]
US_SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Way", "Ct", "Pkwy", "Street", "Avenue"]

INTL = {
    "gb": [("London", "E2 8AA"), ("Manchester", "M4 5JD"), ("Leeds", "LS1 4DY"),
           ("Bristol", "BS1 6QH"), ("Glasgow", "G1 2FF")],
    "de": [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"),
           ("Köln", "50667"), ("Leipzig", "04109"), ("Frankfurt am Main", "60311")],
    "fr": [("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13001"),
           ("Toulouse", "31000"), ("Lille", "59000"), ("Nantes", "44000")],
    "es": [("Madrid", "28014"), ("Barcelona", "08013"), ("Valencia", "46002"),
           ("Sevilla", "41004"), ("Bilbao", "48001")],
    "it": [("Milano", "20121", "MI"), ("Roma", "00185", "RM"), ("Torino", "10123", "TO"),
           ("Napoli", "80133", "NA"), ("Bologna", "40121", "BO")],
    "nl": [("Amsterdam", "1016 GV"), ("Rotterdam", "3011 AB"), ("Utrecht", "3511 LX"),
           ("Den Haag", "2511 CV"), ("Eindhoven", "5611 AZ")],
    "pt": [("Lisboa", "1100-053"), ("Porto", "4000-322"), ("Braga", "4700-031")],
    "br": [("São Paulo", "01310-100", "SP"), ("Rio de Janeiro", "22041-001", "RJ"),
           ("Belo Horizonte", "30130-010", "MG"), ("Curitiba", "80010-000", "PR")],
    "pl": [("Warszawa", "00-514"), ("Kraków", "31-011"), ("Wrocław", "50-077"),
           ("Gdańsk", "80-831"), ("Poznań", "61-772")],
    "se": [("Stockholm", "111 21"), ("Göteborg", "411 05"), ("Malmö", "211 22"),
           ("Uppsala", "753 20")],
    "tr": [("Kadıköy", "34710", "İstanbul"), ("Çankaya", "06420", "Ankara"),
           ("Konak", "35250", "İzmir"), ("Beşiktaş", "34353", "İstanbul")],
    "mx": [("Ciudad de México", "03100", "CDMX"), ("Guadalajara", "44100", "Jal."),
           ("Monterrey", "64000", "N.L.")],
    "ca": [("Toronto", "M5V 2A9", "ON"), ("Vancouver", "V6B 1A1", "BC"),
           ("Montréal", "H2X 1Y4", "QC"), ("Calgary", "T2P 2M5", "AB")],
    "au": [("Sydney", "2000", "NSW"), ("Melbourne", "3000", "VIC"),
           ("Brisbane", "4000", "QLD")],
    "in": [("Bengaluru", "560038", "Karnataka"), ("Mumbai", "400050", "Maharashtra"),
           ("Hyderabad", "500081", "Telangana")],
}
STREETS = {
    "gb": ["Kingsland Road", "High Street", "Deansgate", "Station Road", "Victoria Street"],
    "de": ["Hauptstraße", "Schönhauser Allee", "Bahnhofstr.", "Lindenweg", "Am Markt",
           "Kastanienallee"],
    "fr": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la Paix",
           "allée des Tilleuls"],
    "es": ["Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Carrer de Sants",
           "Paseo de Gracia"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Viale Monza",
           "Piazza Dante"],
    "nl": ["Prinsengracht", "Kerkstraat", "Oudegracht", "Laan van Meerdervoort", "Coolsingel"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"],
    "br": ["Rua das Flores", "Avenida Paulista", "Rua XV de Novembro", "Rua Oscar Freire"],
    "pl": ["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska"],
    "se": ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan"],
    "tr": ["Atatürk Cad.", "Bağdat Cad.", "İstiklal Cad.", "Cumhuriyet Mah. Gül Sok."],
    "mx": ["Av. Insurgentes Sur", "Calle Durango", "Av. Juárez", "Calz. de Tlalpan"],
    "ca": ["Queen St W", "Robson St", "Rue Sainte-Catherine", "8 Ave SW"],
    "au": ["George St", "Collins St", "Queen St", "Oxford St"],
    "in": ["14th Cross, Indiranagar", "Linking Road, Bandra West", "Road No. 36, Jubilee Hills"],
}
COUNTRY_NAME = {
    "us": {"en": "USA"}, "gb": {"en": "United Kingdom"},
    "de": {"en": "Germany", "de": "Deutschland"}, "fr": {"en": "France", "fr": "France"},
    "es": {"en": "Spain", "es": "España"}, "it": {"en": "Italy", "it": "Italia"},
    "nl": {"en": "Netherlands", "nl": "Nederland"}, "pt": {"en": "Portugal", "pt": "Portugal"},
    "br": {"en": "Brazil", "pt": "Brasil"}, "pl": {"en": "Poland", "pl": "Polska"},
    "se": {"en": "Sweden", "sv": "Sverige"}, "tr": {"en": "Turkey", "tr": "Türkiye"},
    "mx": {"en": "Mexico", "es": "México"}, "ca": {"en": "Canada"},
    "au": {"en": "Australia"}, "in": {"en": "India"},
}


class Addr:
    """street = street line(s); city/region/pc; one() and block() render it."""

    def __init__(self, cc, street, city, region, pc, cityline):
        self.cc, self.street, self.city, self.region = cc, street, city, region
        self.pc, self.cityline = pc, cityline

    def one(self, country=False, lang="en"):
        s = self.street + ", " + self.cityline
        if country:
            s += ", " + COUNTRY_NAME[self.cc].get(lang, COUNTRY_NAME[self.cc]["en"])
        return s

    def block(self, country=False, lang="en"):
        s = self.street + "\n" + self.cityline
        if country:
            s += "\n" + COUNTRY_NAME[self.cc].get(lang, COUNTRY_NAME[self.cc]["en"])
        return s

    def place(self):
        """City written as a LOCATION."""
        if self.cc == "us":
            return self.city + ", " + self.region
        return self.city


def addr(r, cc="us", po=False):
    n = r.randint(2, 9800)
    if cc == "us":
        city, st, z, _ = r.choice(US_CITIES)
        street = "%d %s %s" % (n, r.choice(US_STREETS), r.choice(US_SUFFIX))
        if r.random() < 0.35:
            street += r.choice([" Apt ", " Unit ", " #", ", Apt ", " Ste "]) + \
                r.choice([str(r.randint(1, 40)), "%d%s" % (r.randint(1, 9), r.choice("ABCDF"))])
        if po and r.random() < 0.3:
            street = r.choice(["P.O. Box %d", "PO Box %d", "P. O. Box %d"]) % r.randint(100, 99999)
        pc = z + "%02d" % r.randint(1, 99)
        return Addr(cc, street, city, st, pc, "%s, %s %s" % (city, st, pc))
    e = r.choice(INTL[cc])
    city, pc = e[0], e[1]
    reg = e[2] if len(e) > 2 else ""
    sname = r.choice(STREETS[cc])
    n = r.randint(1, 180)
    if cc == "gb":
        street = ("Flat %d, " % r.randint(1, 30) if r.random() < 0.4 else "") + "%d %s" % (n, sname)
        cl = "%s %s" % (city, pc)
    elif cc in ("de", "nl", "se"):
        street = "%s %d%s" % (sname, n, r.choice(["", "", "a", "-2", " II"]) if cc != "se" else "")
        cl = "%s %s" % (pc, city)
    elif cc == "fr":
        street = "%d%s %s" % (n, r.choice(["", "", " bis"]), sname)
        cl = "%s %s" % (pc, city.upper() if r.random() < 0.4 else city)
    elif cc == "es":
        street = "%s %d, %dº %s" % (sname, n, r.randint(1, 9), r.choice("ABCD"))
        cl = "%s %s" % (pc, city)
    elif cc == "it":
        street = "%s %d" % (sname, n)
        cl = "%s %s %s" % (pc, city, reg)
    elif cc == "pt":
        street = "%s %d, %dº %s" % (sname, n, r.randint(1, 6), r.choice(["Esq", "Dto", "Frt"]))
        cl = "%s %s" % (pc, city)
    elif cc == "br":
        street = "%s, %d - Apto %d" % (sname, n, r.randint(11, 190))
        cl = "%s - %s, %s" % (city, reg, pc)
    elif cc == "pl":
        street = "%s %d/%d" % (sname, n, r.randint(1, 60))
        cl = "%s %s" % (pc, city)
    elif cc == "tr":
        street = "%s No: %d D: %d" % (sname, n, r.randint(1, 20))
        cl = "%s %s/%s" % (pc, city, reg)
    elif cc == "mx":
        street = "%s %d, Col. %s" % (sname, r.randint(10, 2400),
                                     r.choice(["del Valle", "Roma Norte", "Centro", "Condesa"]))
        cl = "%s %s, %s" % (pc, city, reg)
    elif cc == "ca":
        street = "%d %s%s" % (r.randint(10, 2400), sname,
                              (", Unit %d" % r.randint(100, 3400)) if r.random() < 0.5 else "")
        cl = "%s, %s %s" % (city, reg, pc)
    elif cc == "au":
        street = ("Unit %d/" % r.randint(1, 40) if r.random() < 0.5 else "") + "%d %s" % (n, sname)
        cl = "%s %s %s" % (city, reg, pc)
    else:  # in
        street = "Flat %d, %s, %s" % (r.randint(101, 904), r.choice(
            ["Sai Residency", "Prestige Towers", "Green Acres Apts"]), sname)
        cl = "%s %s" % (city, pc)
    return Addr(cc, street, city, reg, pc, cl)


def addr_near(r, a, tries=300):
    """Another address in the same city as a (same country)."""
    b = addr(r, a.cc)
    for _ in range(tries):
        if b.city == a.city:
            break
        b = addr(r, a.cc)
    return b


LOCATIONS_EN = ["Bay Area", "Greater Manchester", "Los Angeles County", "Northern Virginia",
                "Long Island", "Inland Empire", "South Florida", "Ontario", "Quebec",
                "Texas", "California", "New South Wales"]


# ---------------------------------------------------------------- phones
US_AREAS = [512, 602, 404, 312, 720, 206, 305, 718, 510, 704, 614, 615, 702, 503, 210, 612,
            916, 201, 813, 412, 347, 929, 469, 832]


def dg(r, k):
    return "".join(r.choice(string.digits) for _ in range(k))


def phone(r, cc="us"):
    if cc == "us" or cc == "ca":
        a = r.choice(US_AREAS) if cc == "us" else r.choice([416, 647, 604, 514, 403])
        ex = "%d%s" % (r.randint(2, 9), dg(r, 2))
        ln = dg(r, 4)
        return r.choice(["(%d) %s-%s", "%d-%s-%s", "+1 %d %s %s", "%d.%s.%s", "+1 (%d) %s-%s",
                         "1-%d-%s-%s"]) % (a, ex, ln)
    if cc == "gb":
        return r.choice(["+44 7%s %s", "07%s %s", "+44 (0)7%s %s"]) % (dg(r, 3), dg(r, 6))
    if cc == "de":
        return r.choice(["+49 15%s %s" % (dg(r, 1), dg(r, 7)), "015%s %s" % (dg(r, 1), dg(r, 7)),
                         "+49 30 %s" % dg(r, 7), "030 %s" % dg(r, 8), "0176/%s" % dg(r, 7),
                         "+49 (0)221 %s" % dg(r, 6)])
    if cc == "fr":
        g = [dg(r, 2) for _ in range(4)]
        return r.choice(["+33 6 %s %s %s %s", "06 %s %s %s %s", "07.%s.%s.%s.%s",
                         "+33 (0)1 %s %s %s %s"]) % tuple(g)
    if cc in ("es",):
        return r.choice(["+34 6%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)),
                         "6%s %s %s %s" % (dg(r, 2), dg(r, 2), dg(r, 2), dg(r, 2)),
                         "91 %s %s %s" % (dg(r, 3), dg(r, 2), dg(r, 2))])
    if cc == "mx":
        return r.choice(["+52 55 %s %s" % (dg(r, 4), dg(r, 4)),
                         "55 %s %s" % (dg(r, 4), dg(r, 4)),
                         "+52 1 33 %s %s" % (dg(r, 4), dg(r, 4))])
    if cc == "it":
        return r.choice(["+39 3%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 4)),
                         "3%s %s" % (dg(r, 2), dg(r, 7)), "02 %s" % dg(r, 8)])
    if cc == "nl":
        return r.choice(["+31 6 %s" % dg(r, 8), "06-%s" % dg(r, 8),
                         "020 %s %s" % (dg(r, 3), dg(r, 4))])
    if cc == "pt":
        return "+351 9%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3))
    if cc == "br":
        return r.choice(["+55 11 9%s-%s" % (dg(r, 4), dg(r, 4)),
                         "(21) 9%s-%s" % (dg(r, 4), dg(r, 4)),
                         "+55 (31) 9%s %s" % (dg(r, 4), dg(r, 4))])
    if cc == "pl":
        return r.choice(["+48 5%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)),
                         "6%s-%s-%s" % (dg(r, 2), dg(r, 3), dg(r, 3)),
                         "+48 22 %s %s %s" % (dg(r, 3), dg(r, 2), dg(r, 2))])
    if cc == "se":
        return r.choice(["+46 70 %s %s %s" % (dg(r, 3), dg(r, 2), dg(r, 2)),
                         "073-%s %s %s" % (dg(r, 3), dg(r, 2), dg(r, 2)),
                         "08-%s %s" % (dg(r, 3), dg(r, 3))])
    if cc == "tr":
        return r.choice(["+90 53%s %s %s %s" % (dg(r, 1), dg(r, 3), dg(r, 2), dg(r, 2)),
                         "0 (5%s) %s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 2), dg(r, 2)),
                         "0212 %s %s %s" % (dg(r, 3), dg(r, 2), dg(r, 2))])
    if cc == "au":
        return r.choice(["+61 4%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3)),
                         "04%s %s %s" % (dg(r, 2), dg(r, 3), dg(r, 3))])
    if cc == "in":
        return r.choice(["+91 9%s %s" % (dg(r, 4), dg(r, 5)), "09%s%s" % (dg(r, 4), dg(r, 5))])
    return "+1 %d %s %s" % (r.choice(US_AREAS), dg(r, 3), dg(r, 4))


def tollfree(r):
    return r.choice(["1-800-%s-%s", "(888) %s-%s", "1 (877) %s-%s", "866-%s-%s"]) % (
        dg(r, 3), dg(r, 4))


# ---------------------------------------------------------------- dates
import datetime as _dt

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
           "Eylül", "Ekim", "Kasım", "Aralık"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}


def rdt(r, y0=2022, y1=2025):
    return _dt.datetime(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28),
                        r.randint(6, 22), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))


def rdob(r):
    return _dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28))


def ftime(r, lang, d):
    if lang == "en" and r.random() < 0.7:
        h = d.hour % 12 or 12
        ap = "AM" if d.hour < 12 else "PM"
        return "%d:%02d %s" % (h, d.minute, ap.lower() if r.random() < 0.15 else ap)
    if lang in ("fr", "pt") and r.random() < 0.5:
        return "%dh%02d" % (d.hour, d.minute)
    return "%02d:%02d" % (d.hour, d.minute)


def fdate(r, lang, d, style=None):
    M = MONTHS[lang]
    W = WEEKDAYS[lang]
    k = style if style is not None else r.randrange(4)
    wd = W[d.weekday()]
    if lang == "en":
        opts = ["%s %d, %d" % (M[d.month - 1], d.day, d.year),
                "%02d/%02d/%d" % (d.month, d.day, d.year),
                "%d-%02d-%02d" % (d.year, d.month, d.day),
                "%s, %s %d, %d" % (wd, M[d.month - 1][:3], d.day, d.year),
                "%d %s %d" % (d.day, M[d.month - 1], d.year),
                "%s %d, %d" % (M[d.month - 1][:3], d.day, d.year)]
        return opts[k % 6] if style is not None else r.choice(opts)
    if lang in ("de", "pl", "tr"):
        opts = ["%02d.%02d.%d" % (d.day, d.month, d.year),
                ("%d. %s %d" if lang == "de" else "%d %s %d") % (d.day, M[d.month - 1], d.year),
                "%s, %02d.%02d.%d" % (wd if lang != "de" else wd[:2] + ".", d.day, d.month,
                                      d.year),
                "%d.%d.%d" % (d.day, d.month, d.year)]
    elif lang in ("es", "pt"):
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year),
                "%d de %s de %d" % (d.day, M[d.month - 1], d.year),
                "%s, %d de %s de %d" % (wd, d.day, M[d.month - 1], d.year),
                "%d/%d/%d" % (d.day, d.month, d.year)]
    elif lang == "sv":
        opts = ["%d-%02d-%02d" % (d.year, d.month, d.day),
                "%d %s %d" % (d.day, M[d.month - 1], d.year),
                "%s %d %s %d" % (wd, d.day, M[d.month - 1], d.year),
                "%d/%d %d" % (d.day, d.month, d.year)]
    elif lang == "nl":
        opts = ["%02d-%02d-%d" % (d.day, d.month, d.year),
                "%d %s %d" % (d.day, M[d.month - 1], d.year),
                "%s %d %s %d" % (wd, d.day, M[d.month - 1], d.year),
                "%d-%d-%d" % (d.day, d.month, d.year)]
    else:  # fr, it
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year),
                "%d %s %d" % (d.day, M[d.month - 1], d.year),
                "%s %d %s %d" % (wd, d.day, M[d.month - 1], d.year),
                "%02d.%02d.%d" % (d.day, d.month, d.year)]
    return opts[k % 4]


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las ", ", "],
        "it": [" alle ", ", "], "nl": [" om ", ", "], "pt": [" às ", ", "], "pl": [", "],
        "sv": [" kl. ", " "], "tr": [" ", " saat "]}


def fdt(r, lang, d=None, time=None, style=None):
    """Calendar date, optionally with a clock time joined into one DATE_TIME span."""
    d = d or rdt(r)
    s = fdate(r, lang, d, style)
    if time is None:
        time = r.random() < 0.45
    if time:
        s += r.choice(JOIN[lang]) + ftime(r, lang, d)
    return s


def fdob(r, lang, style=None):
    d = rdob(r)
    if lang == "en":
        return fdate(r, "en", d, style if style is not None else r.choice([0, 1, 1, 2, 4, 5]))
    return fdate(r, lang, d, style if style is not None else r.choice([0, 0, 1, 3]))


class Clock:
    """Monotonic log-line timestamps (hard negatives) in one format per document."""

    def __init__(self, r, fmt=None):
        self.r = r
        self.t = rdt(r).replace(second=r.randint(0, 59))
        self.fmt = fmt if fmt is not None else r.randrange(3)

    def __call__(self, step=(1, 40)):
        self.t += _dt.timedelta(seconds=self.r.randint(*step))
        ms = self.r.randint(0, 999)
        if self.fmt == 0:
            return self.t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms
        if self.fmt == 1:
            return self.t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms
        return self.t.strftime("%b %d %H:%M:%S")


def corp_email(p, dom):
    return (ascii_fold(p.first)[:1] + ascii_fold(p.last)).lower() + "@" + dom


def logts(r, d=None):
    d = d or rdt(r)
    return r.choice(["%d-%02d-%02dT%02d:%02d:%02d.%03dZ", "%d-%02d-%02d %02d:%02d:%02d,%03d"]) % (
        d.year, d.month, d.day, d.hour, d.minute, r.randint(0, 59), r.randint(0, 999))


# ---------------------------------------------------------------- numbers & ids
ALNUM = string.ascii_letters + string.digits
UPAL = string.ascii_uppercase + string.digits


def rs(r, k, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(k))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card(r, fmt=None):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4" + dg(r, 5), 16
    elif kind == "mc":
        pre, ln = str(r.randint(51, 55)) + dg(r, 4), 16
    elif kind == "amex":
        pre, ln = r.choice(["34", "37"]) + dg(r, 4), 15
    else:
        pre, ln = "6011" + dg(r, 2), 16
    body = pre + dg(r, ln - len(pre) - 1)
    num = next(body + c for c in "0123456789" if luhn_ok(body + c))
    fmt = fmt if fmt is not None else r.randrange(3)
    if fmt == 0:
        return num
    sep = " " if fmt == 1 else "-"
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    """16 digits that fail Luhn (hard negative)."""
    body = "4" + dg(r, 14)
    c = next(c for c in "0123456789" if not luhn_ok(body + c))
    s = body + c
    return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else s


def ssn(r, fmt=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    fmt = fmt if fmt is not None else r.choice([0, 0, 0, 1, 2])
    return ("%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d")[fmt] % (a, g, s)


def bad_ssn(r):
    a = r.choice([0, 666, r.randint(900, 999)])
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def masked_ssn(r):
    return r.choice(["***-**-%s", "XXX-XX-%s", "•••-••-%s", "xxx-xx-%s"]) % dg(r, 4)


IBAN_BBAN = {"DE": lambda r: dg(r, 18), "FR": lambda r: dg(r, 23), "ES": lambda r: dg(r, 20),
             "IT": lambda r: r.choice(UPPER) + dg(r, 22), "NL": lambda r: r.choice(
                 ["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + dg(r, 10),
             "GB": lambda r: r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + dg(r, 14),
             "PT": lambda r: dg(r, 21), "PL": lambda r: dg(r, 24), "SE": lambda r: dg(r, 20),
             "TR": lambda r: dg(r, 5) + "0" + dg(r, 16), "BE": lambda r: dg(r, 12)}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_BBAN))
    b = IBAN_BBAN[cc](r)
    s = cc + iban_check(cc, b) + b
    if grouped is None:
        grouped = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def routing(r):
    while True:
        d = [int(c) for c in dg(r, 8)]
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] + x[8]) % 10 == 0:
                return "".join(map(str, x))


BICS = ["DEUTDEFF", "BNPAFRPP", "COBADEFFXXX", "INGBNL2A", "CAIXESBBXXX", "BCITITMM",
        "PKOPPLPW", "ESSESESS", "TGBATRIS", "CGDIPTPL", "RABONL2U", "CHASUS33"]


def bank_acct(r):
    return dg(r, r.choice([8, 9, 10, 11, 12]))


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(r, k):
    return "".join(r.choice("0123456789abcdef") for _ in range(k))


def plate(r):
    return r.choice(["%d%s%s" % (r.randint(1, 9), rs(r, 3, UPPER), dg(r, 3)),
                     "%s-%s %s" % (r.choice(["B", "M", "HH", "K"]), rs(r, 2, UPPER), dg(r, 4)),
                     "%s-%s-%s" % (rs(r, 2, UPPER), dg(r, 3), rs(r, 2, UPPER)),
                     "%s%s %s" % (rs(r, 2, UPPER), dg(r, 2), rs(r, 3, UPPER)),
                     "%s %s %s" % (dg(r, 2), rs(r, 3, UPPER), dg(r, 3))])


def vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def dlic(r, where="us"):
    """Driver licence number in a jurisdiction's shape."""
    if where == "us":
        where = r.choice(["CA", "TX", "NY", "FL", "IL", "WA", "GA", "AZ", "OH", "PA"])
    f = {
        "CA": lambda: r.choice(UPPER) + dg(r, 7),
        "TX": lambda: dg(r, 8),
        "NY": lambda: r.choice(["%s %s %s" % (dg(r, 3), dg(r, 3), dg(r, 3)), dg(r, 9)]),
        "FL": lambda: "%s%s-%s-%s-%s-%s" % (r.choice(UPPER), dg(r, 3), dg(r, 3), dg(r, 2),
                                            dg(r, 3), dg(r, 1)),
        "IL": lambda: "%s%s-%s-%s" % (r.choice(UPPER), dg(r, 3), dg(r, 4), dg(r, 4)),
        "WA": lambda: "WDL" + rs(r, 3, UPPER) + dg(r, 3) + rs(r, 3, UPPER),
        "GA": lambda: dg(r, 9), "AZ": lambda: r.choice("ABDY") + dg(r, 8),
        "OH": lambda: rs(r, 2, UPPER) + dg(r, 6), "PA": lambda: dg(r, 8),
        "gb": lambda: rs(r, 5, UPPER) + dg(r, 6) + rs(r, 2, UPPER) + dg(r, 1) + rs(r, 2, UPPER),
        "de": lambda: rs(r, 1, UPPER) + dg(r, 3) + rs(r, 3, UPPER) + dg(r, 1) + rs(r, 1, UPPER)
        + dg(r, 2),
        "fr": lambda: dg(r, 2) + rs(r, 2, UPPER) + dg(r, 5),
        "es": lambda: dg(r, 8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"),
        "it": lambda: rs(r, 2, UPPER) + dg(r, 7) + r.choice(UPPER),
        "nl": lambda: dg(r, 10), "br": lambda: dg(r, 11), "pt": lambda: "L-" + dg(r, 7),
        "pl": lambda: "%s/%s/%s" % (dg(r, 5), dg(r, 2), dg(r, 4)), "se": lambda: dg(r, 8),
        "tr": lambda: dg(r, 6), "mx": lambda: rs(r, 1, UPPER) + dg(r, 9),
        "ca": lambda: "%s%s-%s-%s" % (r.choice(UPPER), dg(r, 4), dg(r, 5), dg(r, 5)),
        "au": lambda: dg(r, 9),
    }[where]
    return f()


def ip4(r, private=False):
    if private:
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255),
                                           r.randint(1, 254))])
    return "%d.%d.%d.%d" % (r.choice([24, 45, 66, 73, 98, 104, 107, 142, 174, 185, 203, 212,
                                      34, 52, 81, 91, 187, 201]),
                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ip6(r):
    groups = [r.choice(["2001:db8", "2600:1700", "2a02:908", "2804:14c", "2409:4040"])] + \
        ["%x" % r.randint(0, 0xffff) for _ in range(r.choice([2, 3]))]
    tail = ["%x" % r.randint(1, 0xffff) for _ in range(2)]
    return ":".join(groups) + "::" + ":".join(tail)


def anyip(r):
    x = r.random()
    return ip6(r) if x < 0.2 else ip4(r, private=x > 0.75)


PLATFORMS = [("Zoomly", "zoomly.app"), ("Hopr", "hopr-rides.com"), ("DashGrid", "dashgrid.io"),
             ("ParcelPal", "parcelpal.co"), ("GigNest", "gignest.com"),
             ("ShiftHive", "shifthive.com"), ("Freelancia", "freelancia.net"),
             ("Kourier", "kourier.eu"), ("RideLoop", "rideloop.com"),
             ("TaskTandem", "tasktandem.io")]


THIRD_PARTY = {"zoom.us", "behance.net", "github.io", "dribbble.com", "onfido.com", "checkr.com",
               "persona-api.net"}


def url(r, dom, kind=None):
    paths = ["/onboarding/documents", "/driver/earnings", "/help/article/" + dg(r, 6),
             "/appeal/%s" % rs(r, 10, string.ascii_lowercase + string.digits),
             "/jobs/%s-%s" % (r.choice(["delivery-driver", "warehouse-associate",
                                        "shift-lead", "courier", "ux-freelancer"]), dg(r, 7)),
             "/tax/forms?year=%d&type=%s" % (r.randint(2021, 2024), r.choice(["1099-K", "1099-NEC"])),
             "/receipts/%s" % uuid4(r), "/v1/payouts", "/verify?token=%s" % rs(r, 12),
             "/shifts?market=%s" % r.choice(["atl", "chi", "den", "sea"]), "/legal/ica",
             "/support/tickets/new"]
    sub = r.choice(["", "", "www.", "drivers.", "help.", "api.", "partners."])
    if dom.count(".") >= 2 or dom in THIRD_PARTY:
        sub = ""
    return "https://" + sub + dom + (kind if kind is not None else r.choice(paths))


# ---------------------------------------------------------------- secrets
def aws_akid(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret(r):
    return rs(r, 40, ALNUM + "/+")


def gh_token(r):
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_token(r):
    k = r.choice(["b", "b", "p", "a"])
    if k == "p":
        return "xoxp-%s-%s-%s-%s" % (dg(r, 12), dg(r, 12), dg(r, 13), hexs(r, 32))
    return "xox%s-%s-%s-%s" % (k, dg(r, 12), dg(r, 13), rs(r, 24))


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + "51" + rs(r, r.randint(24, 60))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, claims=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = hexs(r, 8)
    claims = claims or {"sub": uuid4(r), "role": r.choice(["driver", "courier", "admin",
                                                           "partner"])}
    iat = r.randint(1690000000, 1740000000)
    claims = dict(claims, iat=iat, exp=iat + r.choice([900, 3600, 86400]))
    sig = bytes(r.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(claims, separators=(",", ":")).encode()), b64u(sig))


def pem(r):
    label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nbytes = {"EC PRIVATE KEY": 121, "OPENSSH PRIVATE KEY": 300}.get(label, r.randint(330, 560))
    raw = base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()
    w = 70 if label.startswith("OPENSSH") else 64
    lines = [raw[i:i + w] for i in range(0, len(raw), w)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


PW_WORDS = ["Sunset", "delivery", "Rider", "courier", "Maple", "tacoTuesday", "Falcon",
            "payday", "Bluebird", "Shift", "Hustle", "winter", "Gizmo", "Panther"]


def password(r):
    k = r.randrange(5)
    if k == 0:
        return r.choice(PW_WORDS) + str(r.randint(1, 2025)) + r.choice("!#$%*?")
    if k == 1:
        return rs(r, r.randint(10, 18), ALNUM + "!@#$%^&*-_")
    if k == 2:
        return "%s-%s-%d" % (r.choice(PW_WORDS).lower(), r.choice(PW_WORDS).lower(),
                             r.randint(10, 99))
    if k == 3:
        w = r.choice(PW_WORDS)
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + "_" + dg(r, 2)
    return rs(r, 6, string.digits) if r.random() < 0.5 else rs(r, 12, ALNUM)


def generic_secret(r):
    k = r.randrange(7)
    if k == 0:
        return "whsec_" + rs(r, 32)
    if k == 1:
        return hexs(r, 32)
    if k == 2:
        return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")
    if k == 3:
        return "key-" + hexs(r, 32)
    if k == 4:
        return rs(r, 40, ALNUM + "-_")
    if k == 5:
        return "cs_" + rs(r, 30) + "_" + rs(r, 8)
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(24))).decode()


def b64s(s):
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------- validation
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
PEM_RE = re.compile(r"^-----BEGIN ([A-Z ]+)-----\n(?:[A-Za-z0-9+/=]+\n)+-----END \1-----$")
DIGIT_TYPES = {DOB, DT, MRN, HPN, ACC, DL}


def _shape(typ, v):
    digits = re.sub(r"\D", "", v)
    if typ == EM:
        return bool(EMAIL_RE.match(v))
    if typ == PH:
        return 6 <= len(digits) <= 15
    if typ == SSN:
        if not re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v):
            return False
        a, g, s = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        return 0 < a < 900 and a != 666 and g > 0 and s > 0
    if typ == CC:
        return bool(re.fullmatch(r"[\d -]+", v)) and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if typ == IBAN:
        return iban_valid(v)
    if typ == IP:
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == URL:
        if not re.match(r"^https?://", v) or "@" in v or re.search(r"\s", v):
            return False
        host = urlparse(v).hostname
        if not host:
            return False
        try:
            ipaddress.ip_address(host)
            return False
        except ValueError:
            return True
    if typ == JWT_:
        parts = v.split(".")
        if len(parts) != 3:
            return False
        try:
            h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            return "alg" in h
        except Exception:
            return False
    if typ == PEM:
        return bool(PEM_RE.match(v))
    if typ == AKID:
        return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", v))
    if typ == ASK:
        return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v))
    if typ == GH:
        return bool(re.fullmatch(r"(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}", v))
    if typ == SLK:
        return bool(re.fullmatch(r"xox[abpr]-[A-Za-z0-9-]+", v))
    if typ == STR:
        return bool(re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v))
    if typ in DIGIT_TYPES:
        return bool(digits)
    if typ in (PER, LOC):
        return not re.search(r"[\d@\n]", v)
    if typ in (PWD, SEC):
        return len(v) >= 6 and not re.search(r"\s", v)
    return True


def validate(doc):
    probs = []
    text = doc.get("text", "")
    if not 150 <= len(text) <= 3000:
        probs.append("length %d" % len(text))
    prev_end = -1
    for e in doc.get("entities", []):
        s, en, typ = e["start"], e["end"], e["type"]
        if typ not in TYPES:
            probs.append("unknown type %s" % typ)
            continue
        if not (0 <= s < en <= len(text)):
            probs.append("span out of range %r" % e)
            continue
        if s < prev_end:
            probs.append("overlap at %d" % s)
        prev_end = max(prev_end, en)
        v = text[s:en]
        if v != v.strip():
            probs.append("whitespace edge %s %r" % (typ, v))
        if not _shape(typ, v):
            probs.append("bad shape %s %r" % (typ, v[:80]))
    return probs


FILLER = {
    "en": "This message was generated automatically by the platform; replies are not monitored.",
    "de": "Diese Nachricht wurde automatisch erstellt; Antworten werden nicht gelesen.",
    "fr": "Ce message a été généré automatiquement ; merci de ne pas y répondre.",
    "es": "Este mensaje se generó automáticamente; por favor no responda a este correo.",
    "it": "Questo messaggio è stato generato automaticamente; si prega di non rispondere.",
    "nl": "Dit bericht is automatisch verzonden; reacties worden niet gelezen.",
    "pt": "Esta mensagem foi gerada automaticamente; por favor não responda.",
    "pl": "Ta wiadomość została wygenerowana automatycznie; prosimy na nią nie odpowiadać.",
    "sv": "Detta meddelande skickades automatiskt; svar läses inte.",
    "tr": "Bu mesaj otomatik olarak oluşturulmuştur; lütfen yanıtlamayınız.",
}


# ---------------------------------------------------------------- shared bits
BRANDS_PERSONLIKE = ["Papa John's", "Wendy's", "Jimmy John's", "Dave & Buster's",
                     "Trader Joe's", "Ben & Jerry's", "Marie Callender's", "Auntie Anne's",
                     "Carl's Jr.", "Jack in the Box", "Giorgio's Pizzeria", "Chez Marcel",
                     "Casa Lupita", "Uncle Tetsu", "Bourbon Street Wings", "Park Avenue Deli",
                     "Abbey Road Coffee", "Sister Mary's Bakery"]
CARS = ["Toyota Camry", "Honda Civic", "Toyota Prius", "Hyundai Elantra", "Kia Niro",
        "Nissan Altima", "Tesla Model 3", "Chevrolet Malibu", "Ford Fusion Hybrid"]


def plat(r):
    return r.choice(PLATFORMS)


def short_id(r, pre):
    return pre + r.choice(["-", "", "_"]) + rs(r, r.randint(5, 9), UPAL)


def money(r, lo=5, hi=900, cur="$"):
    v = r.uniform(lo, hi)
    if cur in ("€", "zł", "kr", "TL"):
        s = ("%.2f" % v).replace(".", ",")
        return s + " " + cur
    return "%s%.2f" % (cur, v)


def email_hdr_date(r, d=None):
    d = d or rdt(r)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        WEEKDAYS["en"][d.weekday()][:3], d.day, MONTHS["en"][d.month - 1][:3], d.year,
        d.hour, d.minute, r.randint(0, 59), r.choice(["-0800", "-0500", "+0000", "+0100"]))


def staff_mail(r, dom):
    return r.choice(["support", "onboarding", "no-reply", "payouts", "trust", "appeals",
                     "tax-forms", "partners"]) + "@" + dom


# ---------------------------------------------------------------- kinds: EN
def k_onboarding_email(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    a = addr(r)
    d.w("From: ¤ Driver Team <¤>\nTo: ¤\nDate: ¤\nSubject: Action needed: finish your signup, ¤\n\n",
        pn, (staff_mail(r, dom), EM), (email(r, p), EM), email_hdr_date(r), (p.first, PER))
    d.w("Hi ¤,\n\nThanks for signing up to drive with ¤ in ¤! You're 3 steps away from your "
        "first trip. Before you can go online we still need:\n\n", (p.first, PER), pn,
        (a.place(), LOC))
    d.w("  1. A clear photo of your driver's license (we have ¤ on file - please confirm it "
        "matches the card).\n", (dlic(r), DL))
    d.w("  2. Vehicle registration for plate ¤ (¤, model year ¤).\n", plate(r), r.choice(CARS),
        r.randint(2012, 2023))
    d.w("  3. Proof of personal auto insurance valid through ¤.\n\n", (fdt(r, "en", time=False), DT))
    d.w("Please upload everything by ¤ or your application (ID ¤) will be paused.\n",
        (fdt(r, "en"), DT), short_id(r, "APP"))
    d.w("Upload here: ¤\n\n", (url(r, dom, "/onboarding/documents?step=%d" % r.randint(1, 5)), URL))
    if r.random() < 0.6:
        hub = addr_near(r, a)
        d.w("Prefer to do it in person? Visit our Greenlight Hub at ¤ on weekdays, no "
            "appointment needed.\n", (hub.one(), ADR))
    d.w("Questions? Text or call ¤ - we reply within 24 hours.\n\n- The ¤ Onboarding Team\n"
        "Version 7.4.1 of the Driver app is required.", (tollfree(r), PH), pn)
    return d


def k_background_check(r):
    d = Doc("en")
    pn, _ = plat(r)
    p = person(r)
    a1, a2 = addr(r), addr(r)
    od = rdt(r)
    county = r.choice(["Travis County, TX", "Fulton County, GA", "Cook County, IL",
                       "Maricopa County, AZ", "King County, WA", "Miami-Dade County, FL",
                       "Alameda County, CA", "Kings County, NY"])
    d.w("CHECKRIGHT SCREENING SERVICES - CONSUMER REPORT\nReport ID: ¤     Package: Driver Pro "
        "(MVR + County Criminal)\nOrdered by: ¤ Technologies, Inc.   Order date: ¤   "
        "Completed: ¤\n\n", "CR-" + rs(r, 4, UPAL) + "-" + dg(r, 5), pn,
        (fdate(r, "en", od, 1), DT), (fdate(r, "en", od + _dt.timedelta(days=r.randint(1, 9)), 1), DT))
    d.t("CANDIDATE\n")
    d.w("  Name ............ ¤\n", (nm(r, p, r.choice(["caps", "full", "lastfirst"])), PER))
    d.w("  Date of Birth ... ¤\n", (fdob(r, "en", 1), DOB))
    if r.random() < 0.7:
        d.w("  SSN ............. ¤\n", (ssn(r, 0), SSN))
    else:
        d.w("  SSN ............. ¤ (masked per FCRA)\n", masked_ssn(r))
    lst = r.choice(["CA", "TX", "NY", "FL", "IL"])
    d.w("  Driver License .. ¤ (¤)\n", (dlic(r, lst), DL), (lst, LOC))
    d.w("  Email ........... ¤\n  Phone ........... ¤\n\n", (email(r, p), EM), (phone(r), PH))
    d.t("ADDRESS HISTORY\n")
    d.w("  ¤   since ¤\n", (a1.one().upper(), ADR), r.randint(2018, 2022))
    d.w("  ¤   ¤ - ¤\n\n", (a2.one(), ADR), r.randint(2009, 2014), r.randint(2015, 2018))
    d.t("SEARCHES\n  National Criminal Database ........... CLEAR\n")
    d.w("  County Criminal - ¤ ...... ¤\n", (county, LOC), r.choice(["CLEAR", "RECORD FOUND"]))
    d.w("    Case # ¤ (¤), disposition: ¤\n", "%d-CR-%s" % (r.randint(2008, 2020), dg(r, 6)),
        r.choice(["misdemeanor", "traffic"]), r.choice(["dismissed", "deferred adjudication"]))
    d.t("  Sex Offender Registry ................ CLEAR\n  Global Watchlist ..................... CLEAR\n\n")
    d.w("Adjudication: ¤   Reviewed by: ¤\nThis report was prepared under the FCRA, 15 U.S.C. "
        "1681. Candidate disputes: call ¤.\n",
        r.choice(["ELIGIBLE", "CONSIDER", "PRE-ADVERSE ACTION"]),
        (nm(r, person(r), "initial"), PER), (tollfree(r), PH))
    return d


def k_mvr(r):
    d = Doc("en")
    p = person(r)
    st = r.choice(US_CITIES)
    a = addr(r)
    d.w("MOTOR VEHICLE RECORD - STATE OF ¤\nRequested: ¤   Record #: MVR¤   Purpose: EMPLOYMENT (DPPA 4)\n",
        (st[3].upper(), LOC), (fdate(r, "en", rdt(r), 1), DT), dg(r, 9))
    d.w("License No: ¤   Class: C   Status: ¤   Expires: ¤\n", (dlic(r, st[1] if st[1] in (
        "CA", "TX", "NY", "FL", "IL", "WA", "GA", "AZ", "OH", "PA") else "us"), DL),
        r.choice(["VALID", "VALID", "SUSPENDED"]), (fdate(r, "en", rdt(r, 2025, 2031), 1), DT))
    d.w("Name: ¤   DOB: ¤   Sex: ¤   Ht: ¤   Eyes: ¤\n", (nm(r, p, "lastfirst").upper(), PER),
        (fdob(r, "en", 1), DOB), r.choice("MF"), r.choice(["5-06", "5-11", "6-01", "5-03"]),
        r.choice(["BRN", "BLU", "HAZ", "GRN"]))
    d.w("Address: ¤\n\n", (a.one().upper(), ADR))
    d.t("VIOLATIONS / ACCIDENTS\nDATE        DESCRIPTION                      PTS  CITATION\n")
    for _ in range(r.randint(1, 4)):
        desc = r.choice(["SPEEDING 11-15 OVER", "FAIL TO STOP RED LIGHT", "IMPROPER LANE CHANGE",
                         "NO PROOF OF INSURANCE", "ACCIDENT - NOT AT FAULT", "CELL PHONE USE"])
        d.cell(fdate(r, "en", rdt(r, 2019, 2024), 1), DT, 12)
        d.w("¤¤¤\n", desc.ljust(33), str(r.randint(0, 4)).ljust(5), st[1] + dg(r, 8))
    d.w("\nVehicle on file: ¤ ¤, plate ¤, VIN ¤\nTotal points (36 mo): ¤\nEND OF RECORD\n",
        r.randint(2011, 2023), r.choice(CARS), plate(r), vin(r), r.randint(0, 9))
    return d


def k_freelancer_json(r):
    d = Doc("en")
    cult = r.choice(["us", "in", "pt", "pl", "af", "es", "ea"])
    p = person(r, cult)
    cc = {"us": "us", "in": "in", "pt": "br", "pl": "pl", "af": "gb", "es": "mx", "ea": "au"}[cult]
    a = addr(r, cc)
    _, dom = plat(r)
    d.t('{\n  "profile_id": "%s",\n' % uuid4(r))
    d.w('  "display_name": "¤",\n', (nm(r, p, "plain"), PER))
    d.w('  "username": "¤",\n', ascii_fold(p.first).lower() + r.choice([".codes", "_design", "dev", "_writes"]))
    d.w('  "headline": "¤",\n', r.choice(["Senior UX designer | Figma, Webflow",
                                          "Full-stack dev (Django/React) - 8 yrs",
                                          "Bilingual copywriter & translator",
                                          "Bookkeeper for gig workers, QuickBooks ProAdvisor"]))
    d.w('  "location": {"city": "¤", "country_code": "¤", "timezone": "¤"},\n', (a.city, LOC),
        cc.upper(), r.choice(["America/Chicago", "Europe/Warsaw", "Asia/Kolkata",
                              "America/Sao_Paulo", "Australia/Sydney"]))
    d.w('  "hourly_rate": {"amount": ¤, "currency": "¤"},\n', "%.1f" % r.uniform(15, 140),
        r.choice(["USD", "EUR", "GBP"]))
    d.w('  "contact": {\n    "email": "¤",\n    "phone": "¤"\n  },\n', (email(r, p), EM),
        (phone(r, cc), PH))
    d.w('  "portfolio": "¤",\n', (url(r, r.choice(["behance.net", "github.io", "dribbble.com"]),
                                     "/" + ascii_fold(p.last).lower()), URL))
    d.w('  "member_since": ¤,\n  "jobs_completed": ¤,\n  "rating": ¤,\n', r.randint(2014, 2023),
        r.randint(3, 400), "%.2f" % r.uniform(4.1, 5.0))
    d.w('  "languages": ["English", "¤"],\n', r.choice(["Portuguese", "Polish", "Hindi", "Spanish",
                                                        "Korean", "Yoruba"]))
    d.w('  "payout_method": {"type": "¤", "last4": "¤", "verified": true},\n',
        r.choice(["bank_transfer", "paypal", "payoneer"]), dg(r, 4))
    if r.random() < 0.5:
        d.w('  "identity": {"dob": "¤", "verified_at": "¤"},\n',
            (rdob(r).isoformat(), DOB), logts(r))
    d.w('  "updated_at": "¤"\n}\n', logts(r))
    return d


def k_stripe_webhook(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    ts = r.randint(1690000000, 1740000000)
    d.w("POST /webhooks/stripe HTTP/1.1\nHost: api.¤\nUser-Agent: Stripe/1.0 (+webhooks)\n", dom)
    d.w("Stripe-Signature: t=¤,v1=¤\nContent-Type: application/json; charset=utf-8\n\n",
        ts, hexs(r, 64))
    typ = r.choice(["payout.paid", "payout.failed", "transfer.created", "account.updated"])
    d.w('{\n  "id": "evt_¤",\n  "object": "event",\n  "api_version": "2023-10-16",\n'
        '  "created": ¤,\n  "type": "¤",\n  "livemode": true,\n  "data": {\n    "object": {\n',
        rs(r, 24), ts, typ)
    d.w('      "id": "po_¤",\n      "amount": ¤,\n      "currency": "usd",\n'
        '      "arrival_date": ¤,\n      "destination": "ba_¤",\n', rs(r, 24), r.randint(1500, 250000),
        ts + 86400, rs(r, 24))
    d.w('      "bank_account": {"bank_name": "¤", "last4": "¤", "routing_number": "¤"},\n',
        r.choice(["CHASE", "WELLS FARGO", "NAVY FEDERAL CU", "CHIME (BANCORP)"]), dg(r, 4),
        routing(r))
    if typ == "payout.failed":
        d.t('      "failure_code": "account_closed",\n')
    d.w('      "metadata": {\n        "driver_id": "¤",\n        "driver_name": "¤",\n'
        '        "driver_email": "¤",\n        "market": "¤"\n      },\n',
        short_id(r, "DRV"), (nm(r, p, "plain"), PER), (email(r, p), EM),
        (r.choice(US_CITIES)[0], LOC))
    d.w('      "statement_descriptor": "¤ PAYOUT"\n    }\n  }\n}\n', pn.upper())
    return d


def k_payout_api_log(r):
    d = Doc("en")
    p1, p2 = person(r), person(r)
    svc = r.choice(["payout-svc", "earnings-api", "instant-pay"])
    ts = Clock(r)
    d.w("¤ INFO  [¤] req_id=¤ POST /v2/payouts driver_id=¤ amount=¤ currency=USD client_ip=¤\n",
        ts(), svc, uuid4(r), short_id(r, "DRV"), "%.2f" % r.uniform(20, 900), (ip4(r), IP))
    d.w("¤ DEBUG [¤] headers={\"Authorization\": \"Bearer ¤\", \"X-App-Version\": \"¤\"}\n",
        ts(), svc, (jwt(r), JWT_), "%d.%d.%d" % (r.randint(4, 9), r.randint(0, 30), r.randint(0, 9)))
    d.w("¤ WARN  [auth] opaque token rejected token=¤ reason=expired upstream=¤\n", ts(),
        (generic_secret(r), SEC), (ip4(r, True), IP))
    d.w("¤ ERROR [¤] bank rejected payout po_¤: R03 no account/unable to locate; "
        "account_number=¤ routing=¤ holder=\"¤\"\n", ts(), svc, rs(r, 14), (bank_acct(r), ACC),
        routing(r), (nm(r, p1, "caps"), PER))
    d.w("¤ INFO  [notify] payout_failed email queued to=¤ template=payout_failed_v3\n", ts(),
        (email(r, p1), EM))
    d.w("¤ INFO  [¤] retry scheduled in 3600s attempt=2/5 trace=¤\n", ts(), svc, hexs(r, 32))
    if r.random() < 0.6:
        d.w("¤ INFO  [kyc] name mismatch payee=\"¤\" bank_holder=\"¤\" score=0.61\n", ts(),
            (nm(r, p2, "plain"), PER), (nm(r, p2, "caps"), PER))
    if r.random() < 0.5:
        d.w("¤ INFO  [gateway] upstream=¤ latency_ms=¤ status=200 sha=¤\n", ts(),
            (ip6(r), IP), r.randint(12, 900), hexs(r, 40))
    return d


def k_ride_receipt(r):
    d = Doc("en")
    pn, dom = plat(r)
    rider, drv = person(r), person(r)
    a1 = addr(r)
    a2 = addr_near(r, a1)
    t0 = rdt(r)
    t1 = t0 + _dt.timedelta(minutes=r.randint(8, 55))
    d.w("¤\n\nThanks for riding, ¤\nWe hope you enjoyed your ride this ¤.\n\n", pn.upper(),
        (rider.first, PER), r.choice(["morning", "afternoon", "evening"]))
    d.w("¤\n\n", (fdate(r, "en", t0, 3), DT))
    fare, fee, tip = r.uniform(7, 60), r.uniform(1, 4), r.choice([0, 2, 3, 5, 8])
    d.w("Total                     $¤\n  Trip fare               $¤\n  Booking fee             $¤\n"
        "  Tip                     $¤\n\n", "%.2f" % (fare + fee + tip), "%.2f" % fare,
        "%.2f" % fee, "%.2f" % tip)
    d.w("Payments\n  ¤ ¤                    $¤\n\n", r.choice(["Visa", "Mastercard", "Amex"]),
        r.choice(["•••• ", "**** ", "ending in "]) + dg(r, 4), "%.2f" % (fare + fee + tip))
    d.w("Pickup   ¤   ¤\n", (ftime(r, "en", t0), DT), (a1.one(), ADR))
    d.w("Dropoff  ¤   ¤\n", (ftime(r, "en", t1), DT), (a2.one(), ADR))
    d.w("¤ mi | ¤ min\n\n", "%.1f" % r.uniform(1, 25), (t1 - t0).seconds // 60)
    d.w("You rode with ¤  ★ ¤\n¤ · ¤\n\n", (drv.first, PER), "%.2f" % r.uniform(4.6, 5.0),
        r.choice(CARS), plate(r))
    d.w("Trip ID: ¤\nLost something? Visit ¤\n", uuid4(r), (url(r, dom, "/help/lost-item"), URL))
    return d


def k_dispute_ticket(r):
    d = Doc("en")
    pn, dom = plat(r)
    cust, cour, ag = person(r), person(r), person(r)
    a = addr(r)
    brand = r.choice(BRANDS_PERSONLIKE)
    t0 = rdt(r)
    t1 = t0 + _dt.timedelta(minutes=r.randint(25, 70))
    d.w("Ticket #¤   Status: ¤   Priority: ¤   Channel: ¤   Created: ¤ ago\n", dg(r, 7),
        r.choice(["Open", "Pending", "On-hold"]), r.choice(["High", "Normal", "Urgent"]),
        r.choice(["Web form", "In-app", "Email"]), r.choice(["2 hours", "35 minutes", "1 day"]))
    d.w("Requester: ¤ <¤>\n", (nm(r, cust, r.choice(["plain", "full", "lower"])), PER),
        (email(r, cust), EM))
    d.w("Subject: Order never arrived - ¤ order ¤\nTags: missing_order, refund_request, ¤\n\n",
        brand, short_id(r, "DG"), r.choice(["tier_gold", "first_order", "repeat_claim"]))
    d.w("--- Public reply from requester ---\nI ordered from ¤ at ¤ and the app said delivered "
        "at ¤ but there was NOTHING at my door. I live at ¤ and the photo your driver sent "
        "shows a totally different building (number ¤ with a green door). ", brand,
        (ftime(r, "en", t0), DT), (ftime(r, "en", t1), DT), (a.one(), ADR), r.randint(10, 400))
    d.w("This is the second time this month. My phone is ¤ if the driver needs to call. I want a "
        "full refund to my card, not credits.\n\n", (phone(r), PH))
    d.w("--- Internal note (¤) ---\nGPS trace shows courier ¤ (courier ID ¤) completed dropoff "
        "0.¤ mi away from the pin. Customer has ¤ prior claims in 90 days (threshold 3). ",
        (nm(r, ag, "first"), PER), (nm(r, cour, r.choice(["plain", "initial"])), PER),
        short_id(r, "C"), r.randint(2, 9), r.randint(0, 3))
    d.w("Refunded ¤ to original payment (Visa ending ¤). Courier coaching flag added, "
        "case ¤.\n", money(r, 12, 80), dg(r, 4), "CS-%d-%s" % (t0.year, dg(r, 6)))
    if r.random() < 0.4:
        d.w("Return label (UPS): 1Z¤¤  Weight: ¤ lb\n", rs(r, 6, UPAL), dg(r, 10), r.randint(1, 9))
    if r.random() < 0.5:
        d.w("\n--- Macro applied: REFUND_FULL_V2 (v3.1) by ¤ ---\n", (ag.first + " " + ag.last, PER))
    return d


def k_rating_complaint(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    a = addr(r)
    dd = rdt(r)
    d.w("To: ¤\nFrom: ¤\nSubject: ¤\n\n", (staff_mail(r, dom), EM), (email(r, p), EM),
        r.choice(["unfair 1 star rating!!", "RE: Your rating is at risk", "rating dropped for no reason",
                  "please remove rating from my last trip"]))
    nmstyle = r.choice(["lower", "plain", "full"])
    d.w("hello,\n\nmy name is ¤ and i been driving for ¤ in ¤ since ¤, never had problem. ",
        (nm(r, p, nmstyle), PER), pn, (a.place(), LOC), r.randint(2016, 2022))
    d.w("On ¤ i picked up a rider at ¤ and she was angry cause i could not wait more then 5 min "
        "at the curb (its a no standing zone!!). ", (fdt(r, "en", dd), DT), (a.one(), ADR))
    d.w("now my rating went from ¤ to ¤ and the app says my account is at risk of deactivation. ",
        "%.2f" % r.uniform(4.8, 4.95), "%.2f" % r.uniform(4.5, 4.7))
    d.w("the trip id is ¤ and my driver ID is ¤. I have 2 kids and this is my only income.\n\n",
        uuid4(r)[:8].upper(), short_id(r, "D"))
    if r.random() < 0.5:
        d.w("my supervisor at the hub ¤ can vouch for me. ", (nm(r, person(r), "first"), PER))
    d.w("please call me back at ¤ any time in the afternoon\n\nthank you\n¤\n\nSent from my iPhone\n",
        (phone(r), PH), (nm(r, p, "plain"), PER))
    return d


def k_1099_nec(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    pa, ra = addr(r, po=True), addr(r)
    yr = r.randint(2021, 2024)
    d.w("[ ] VOID   [ ] CORRECTED                                   OMB No. 1545-0116\n"
        "Form 1099-NEC  Nonemployee Compensation   Tax year ¤   Copy B - For Recipient\n\n", yr)
    d.t("PAYER'S name, street address, city or town, state or province, country, ZIP or foreign\n"
        "postal code, and telephone no.\n")
    d.w("  ¤ Technologies, Inc.\n  ¤\n  ¤\n\n", pn, (pa.block(), ADR), (tollfree(r), PH))
    d.w("PAYER'S TIN                     RECIPIENT'S TIN\n  ¤                    ", "%02d-%s" % (
        r.randint(10, 99), dg(r, 7)))
    if r.random() < 0.75:
        d.e(ssn(r, 0), SSN)
    else:
        d.t(masked_ssn(r))
    d.t("\n\nRECIPIENT'S name\n  ")
    d.e(nm(r, p, r.choice(["caps", "full"])), PER)
    d.t("\nStreet address (including apt. no.)\n  ")
    d.e(ra.street, ADR)
    d.t("\nCity or town, state or province, country, and ZIP or foreign postal code\n  ")
    d.e(ra.city + ", " + ra.region, LOC)
    d.w(" ¤\nAccount number (see instructions)        2nd TIN not.  [ ]\n  ¤\n\n", ra.pc,
        (dg(r, r.randint(6, 10)), ACC))
    comp = r.uniform(600, 80000)
    d.w("1  Nonemployee compensation            $ ¤\n2  Payer made direct sales totaling "
        "$5,000 or more  [ ]\n4  Federal income tax withheld         $ 0.00\n"
        "5  State tax withheld  $ 0.00   6  State/Payer's state no. ¤ ¤   7  State income $ ¤\n\n",
        "{:,.2f}".format(comp), (ra.region, LOC), dg(r, 8), "{:,.2f}".format(comp))
    d.w("Form 1099-NEC (Rev. January ¤)   Cat. No. 72590N   www.irs.gov/Form1099NEC\n"
        "This is important tax information and is being furnished to the IRS.\n", yr)
    return d


def k_1099_k(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    a = addr(r)
    yr = r.randint(2022, 2024)
    d.w("FORM 1099-K  |  Payment Card and Third Party Network Transactions  |  ¤\n", yr)
    d.w("FILER: ¤ Payments LLC, ¤   Tel. ¤\n", pn, (addr(r).one(), ADR), (phone(r), PH))
    d.t("FILER IS: [ ] Payment settlement entity (PSE)  [x] Electronic Payment Facilitator (EPF)\n")
    d.t("TRANSACTIONS REPORTED: [ ] Payment card  [x] Third party network\n" + "-" * 64 + "\n")
    d.w("PAYEE NAME:     ¤\nPAYEE ADDRESS:  ¤\n", (nm(r, p, "caps"), PER),
        (a.one().upper(), ADR))
    d.t("PAYEE TIN:      ")
    if r.random() < 0.6:
        d.e(ssn(r, r.choice([0, 2])), SSN)
    else:
        d.t(masked_ssn(r))
    d.w("\nACCOUNT NO.:    ¤\nFILER TIN:      ¤\n" + "-" * 64 + "\n", (dg(r, 10), ACC), "%02d-%s" % (r.randint(10, 99), dg(r, 7)))
    tot = 0
    rows = []
    for m in range(12):
        v = r.uniform(0, 7000)
        tot += v
        rows.append("%-5s $%10s" % (MONTHS["en"][m][:3], "{:,.2f}".format(v)))
    d.w("1a Gross amount of payment card/third party network transactions  $ ¤\n",
        "{:,.2f}".format(tot))
    d.w("1b Card Not Present transactions   $ 0.00\n2  Merchant category code    ¤\n"
        "3  Number of payment transactions   ¤\n4  Federal income tax withheld  $ 0.00\n",
        r.choice(["4121", "4215", "7299", "5812"]), "{:,}".format(r.randint(300, 4800)))
    d.t("5a-5l Gross amount by month:\n")
    for i in range(0, 12, 3):
        d.t("   " + "   ".join(rows[i:i + 3]) + "\n")
    d.w("6 State ¤   7 State ID ¤   8 State income tax withheld $ 0.00\n", (a.region, LOC), dg(r, 9))
    return d


def k_w9(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    a = addr(r)
    d.w("Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number and "
        "Certification\nSubmitted via ¤ Tax Center | Submission ¤\n\n", pn, uuid4(r))
    d.w("1  Name of entity/individual: ¤\n", (nm(r, p, "full"), PER))
    biz = r.random() < 0.5
    d.w("2  Business name/disregarded entity name: ¤\n", (p.last.upper() + " " + r.choice(
        ["DELIVERY LLC", "TRANSPORT SERVICES", "COURIER CO"])) if biz else "")
    d.w("3a Federal tax classification: [¤] Individual/sole proprietor  [¤] LLC (S)\n",
        " " if biz else "x", "x" if biz else " ")
    d.w("4  Exemptions: exempt payee code ____  FATCA code ____\n5  Address: ¤\n", (a.street, ADR))
    d.t("6  City, state, and ZIP code: ")
    d.e(a.city + ", " + a.region, LOC)
    d.w(" ¤\n7  Account number(s) (optional): ¤\n\nPart I  Taxpayer Identification Number\n",
        a.pc, "")
    if biz and r.random() < 0.5:
        d.w("   Social security number: ___-__-____   Employer identification number: ¤\n",
            "%02d-%s" % (r.randint(10, 99), dg(r, 7)))
    elif r.random() < 0.15:
        d.w("   Social security number: ___-__-____   (ITIN entered in SSN boxes: ¤)\n",
            "9%02d-%d%d-%s" % (r.randint(0, 99), r.choice([7, 8, 9]), r.randint(0, 9), dg(r, 4)))
    else:
        d.w("   Social security number: ¤\n", (ssn(r), SSN))
    d.t("\nPart II  Certification - Under penalties of perjury, I certify that ...\n")
    d.w("Signature of U.S. person: /s/ ¤    Date: ¤\n", (nm(r, p, "plain"), PER),
        (fdate(r, "en", rdt(r), 1), DT))
    d.w("E-signature audit: signed from IP ¤ using ¤ ¤; consent version 2.3\n", (anyip(r), IP),
        r.choice(["Chrome", "Safari", "Firefox"]), "%d.0" % r.randint(100, 125))
    return d


def k_trust_safety(r):
    d = Doc("en")
    pn, dom = plat(r)
    rider, drv, inv = person(r), person(r), person(r)
    a = addr(r)
    cat = r.choice(["Verbal harassment", "Unsafe driving", "Discrimination (service animal)",
                    "Physical altercation", "Route deviation / unsafe drop-off"])
    d.w("TRUST & SAFETY INCIDENT REPORT                     Case ¤\nCategory: ¤   Severity: ¤   "
        "Queue: US-Central-T2\n\n", "TS-%d-%s" % (r.randint(2023, 2025), dg(r, 6)), cat,
        r.choice(["S1", "S2", "S3"]))
    d.w("Reported by:    RIDER ¤ (rider id ¤)\n", (nm(r, rider, "plain"), PER), uuid4(r)[:13])
    lst = r.choice(["CA", "TX", "FL", "IL", "NY"])
    d.w("Reported party: DRIVER ¤, DL ¤ (¤), vehicle ¤ ¤\n", (nm(r, drv, "caps"), PER),
        (dlic(r, lst), DL), (lst, LOC), r.choice(CARS), plate(r))
    d.w("Trip:           ¤\nPickup:         ¤\nDropoff area:   ¤\nIncident time:  ¤\n\n",
        uuid4(r), (a.one(), ADR), (a.place(), LOC), (fdt(r, "en", time=True), DT))
    pet = r.choice(["Biscuit", "Luna", "Max", "Pepper", "Rocky"])
    if "service animal" in cat:
        d.w("Narrative (verbatim): \"I was traveling with my guide dog ¤ and the driver ¤ "
            "refused the ride, said 'no dogs in my car' and drove off. It was raining and I "
            "waited 40 more minutes.\"\n", pet, (drv.first, PER))
    else:
        d.w("Narrative (verbatim): \"driver ¤ kept yelling at me and made me get out on the "
            "highway ramp near ¤. i have a screenshot of the chat, he called me from ¤.\"\n",
            (drv.first, PER), (a.place(), LOC), (phone(r), PH))
    d.w("\nActions: driver placed on temporary hold ¤; police report ¤ referenced by rider. "
        "Device IP at report: ¤. Prior reports: ¤ (last 12 mo).\n",
        (fdate(r, "en", rdt(r), 0), DT), "#%d-%s" % (r.randint(22, 25), dg(r, 6)), (anyip(r), IP),
        r.randint(0, 3))
    d.w("Investigator: ¤, ext. ¤   Next review: 48h SLA\n", (nm(r, inv, "plain"), PER), dg(r, 4))
    return d


def k_shift_sms(r):
    d = Doc("en")
    pn, dom = plat(r)
    p, sup = person(r), person(r)
    a = addr(r)
    biz = r.choice(["Walgreens #", "Target DC-", "Amazon Fresh ", "Costco Depot ", "Kroger #"]) + dg(r, 4)
    d.w("SMS thread export - worker ¤ - 6 messages\n\n", short_id(r, "W"))
    t = rdt(r)
    d.w("[¤] ¤: Hi ¤! New shift near you: Warehouse Associate @ ¤, ¤ - ¤ to ¤. $¤/hr. Reply Y to claim.\n",
        "in", pn, (p.first, PER), biz, (a.one(), ADR), (fdt(r, "en", t, time=True, style=3), DT),
        (ftime(r, "en", t + _dt.timedelta(hours=8)), DT), "%.2f" % r.uniform(15, 24))
    d.t("[out] Y\n")
    d.w("[in] ¤: You're confirmed! Check in with ¤ at the loading dock. Questions: ¤\n", pn,
        (nm(r, sup, r.choice(["plain", "first"])), PER), (phone(r), PH))
    d.w("[in] ¤: Reminder - your shift starts in 2 hours. Wear closed-toe shoes. Parking lot C.\n", pn)
    d.t("[out] running 10 min late, bus broke down\n")
    d.w("[in] ¤: Thanks for letting us know. Late arrivals over 15 minutes may be marked no-show. "
        "Rate your shift: ¤\n", pn, (url(r, dom, "/r/" + rs(r, 7)), URL))
    d.t("\nMsg&data rates may apply. Reply STOP to opt out, HELP for help.\n")
    return d


def k_job_posting(r):
    d = Doc("en")
    pn, dom = plat(r)
    rec = person(r)
    c = r.choice(US_CITIES)
    comp = r.choice(["Johnson & Sons Logistics", "Harper & Lee Staffing", "Baker Street Freight",
                     "Miller Brothers Moving", "Lincoln Parcel Co.", "Martha's Kitchen Group"])
    title = r.choice(["Delivery Driver (Non-CDL) - Same-Day Parcel", "Gig Courier - E-Bike",
                      "Shift Lead, Micro-Fulfillment", "Freelance Tax Preparer (1099 season)"])
    d.w("¤\n¤  •  ¤  •  ¤\nPosted ¤ · ¤ applicants\n\n", title, comp, (c[0] + ", " + c[1], LOC),
        r.choice(["Full-time", "1099 Contract", "Part-time, flexible"]),
        r.choice(["3 days ago", "1 week ago", "today", "30+ days ago"]), r.choice(["120+", "34", "8"]))
    d.w("Pay: $¤-$¤ per hour + fuel stipend\n\nAbout us\n¤ has served the ¤ metro since ¤ "
        "with 40 vans and a network of independent couriers on ¤.\n\n", r.randint(17, 22),
        r.randint(23, 30), comp, (c[0], LOC), r.randint(1978, 2015), pn)
    d.t("Requirements\n- 21+ years old and 2 years of US driving experience\n"
        "- Clean MVR: no more than 2 moving violations in 3 years, no DUI in 7 years\n"
        "- Valid driver's license and proof of insurance; pass a background check\n"
        "- Able to lift 50 lbs; smartphone with iOS 16+ or Android 12+\n\n")
    if r.random() < 0.6:
        d.w("Start date: ¤ (orientation ¤)\n", (fdt(r, "en", time=False), DT),
            (fdt(r, "en", time=True), DT))
    d.w("Apply: ¤\nor send your resume to ¤, Talent Acquisition, at ¤ / ¤\n",
        (url(r, dom, "/jobs/%s-%s" % (r.choice(["delivery-driver", "courier", "shift-lead"]), dg(r, 7))), URL),
        (nm(r, rec, "plain"), PER), (email(r, rec, domain=dom), EM), (phone(r), PH))
    if r.random() < 0.5:
        d.w("Also hiring in ¤ and ¤.\n", (r.choice(LOCATIONS_EN), LOC), (r.choice(US_CITIES)[0], LOC))
    d.w("Job ID: REQ-¤-¤\n\nWe are an equal opportunity employer. Ban-the-box compliant in ¤.\n",
        r.randint(2023, 2025), dg(r, 4), (c[3], LOC))
    return d


def k_applicants_csv(r):
    d = Doc("en")
    d.t("applicant_id,full_name,email,phone,city,state,applied_on,license_class,status,source\n")
    for _ in range(r.randint(4, 9)):
        p = person(r)
        c = r.choice(US_CITIES)
        d.t("A-%s," % dg(r, 5))
        n = nm(r, p, r.choice(["plain", "lastfirst", "full", "caps"]))
        if "," in n:
            d.t('"'); d.e(n, PER); d.t('",')
        else:
            d.e(n, PER); d.t(",")
        d.w("¤,¤,¤,¤,¤,¤,¤,¤\n", (email(r, p), EM), (phone(r), PH), (c[0], LOC), (c[1], LOC),
            (rdt(r).strftime("%Y-%m-%d"), DT), r.choice(["C", "D", "CDL-B", "M"]),
            r.choice(["new", "screening", "bgc_pending", "rejected", "hired"]),
            r.choice(["Indeed", "referral", "Craigslist", "LinkedIn", "walk-in"]))
    d.t("# exported by ats-sync v2.9.0, rows with status=withdrawn omitted\n")
    return d


def k_support_chat(r):
    d = Doc("en")
    pn, dom = plat(r)
    p, ag = person(r), person(r, r.choice(["in", "us", "ea"]))
    a = addr(r)
    h, m = r.randint(7, 22), r.randint(0, 50)
    def ts(k):
        return "[%02d:%02d]" % (h + (m + k) // 60, (m + k) % 60)
    d.w("Chat transcript - ¤ Driver Support - Conversation ¤\n\n", pn, dg(r, 8))
    d.w("¤ Bot: Hi! I'm Zee, your virtual assistant. What can I help with today?\n", ts(0))
    d.w("¤ Driver: my account got deactivated after the background check, i need a human\n", ts(0))
    d.w("¤ Agent (¤): Hi ¤, I'm sorry to hear that. For security can you confirm your date of "
        "birth and the last 4 of your SSN?\n", ts(2), (ag.first, PER), (p.first, PER))
    d.w("¤ Driver: ¤ and ¤\n", ts(3), (fdob(r, "en", r.choice([0, 1])), DOB), dg(r, 4))
    d.w("¤ Agent (¤): Thanks. I can see the report from Checkright dated ¤ flagged an address "
        "mismatch. What is your current home address?\n", ts(4), (ag.first, PER),
        (fdate(r, "en", rdt(r), r.choice([0, 5])), DT))
    d.w("¤ Driver: ¤ . moved there in ¤\n", ts(6), (a.one().lower() if r.random() < 0.4 else a.one(), ADR),
        r.choice(["march", "the summer", "2023", "january"]))
    d.w("¤ Driver: also my license got renewed its ¤ now, old one expired\n", ts(7), (dlic(r), DL))
    d.w("¤ Agent (¤): Got it. I've sent the new details to our screening partner; re-check "
        "usually takes 3-5 business days. Case number ¤.\n", ts(9), (ag.first, PER), dg(r, 9))
    d.w("¤ Driver: can someone call me ¤\n", ts(10), (phone(r), PH))
    d.w("¤ Agent (¤): A specialist will call you on ¤ in the morning. Anything else?\n", ts(11),
        (ag.first, PER), (fdt(r, "en", time=False, style=3), DT))
    d.w("¤ Driver: no thx\n¤ System: Chat ended. Rate ¤: 1 2 3 4 5\n", ts(12), ts(12), ag.first)
    return d


def k_insurance_coi(r):
    d = Doc("en")
    pn, dom = plat(r)
    ins, prod, rep_ = person(r), person(r), person(r)
    pa, ia, ha = addr(r, po=True), addr(r), addr(r, po=True)
    eff = rdt(r, 2023, 2025)
    exp = eff.replace(year=eff.year + 1)
    d.w("CERTIFICATE OF LIABILITY INSURANCE                     DATE (MM/DD/YYYY) ¤\n",
        (eff.strftime("%m/%d/%Y"), DT))
    d.t("THIS CERTIFICATE IS ISSUED AS A MATTER OF INFORMATION ONLY AND CONFERS NO RIGHTS UPON "
        "THE CERTIFICATE HOLDER.\n\n")
    agency = r.choice(["Lone Star Commercial Insurance Agency", "Gallagher Gig Risk Services",
                       "Pinnacle Rideshare Insurance LLC", "Brown & Riley Insurance Brokers"])
    d.w("PRODUCER\n  ¤\n  ¤\n", agency, (pa.block(), ADR))
    d.w("CONTACT NAME: ¤   PHONE (A/C, No, Ext): ¤   FAX (A/C, No): ¤\nE-MAIL ADDRESS: ¤\n\n",
        (nm(r, prod, "plain"), PER), (phone(r), PH), (phone(r), PH), (email(r, prod, domain=r.choice(
            ["lonestarins.com", "ggrs-insure.com", "pinnaclerideshare.com"])), EM))
    biz = "%s %s Courier LLC" % (ins.first, ins.last)
    d.w("INSURED\n  ¤\n  dba ¤\n  ¤\n\n", (nm(r, ins, "caps"), PER), biz.upper(),
        (ia.block(), ADR))
    d.w("INSURER A: Progressive Commercial Casualty Co.      NAIC # ¤\nINSURER B: Hartwell "
        "Occupational Accident Ltd.        NAIC # ¤\n\n", dg(r, 5), dg(r, 5))
    d.t("LTR  TYPE OF INSURANCE         POLICY NUMBER      EFF (MM/DD/YYYY)  EXP (MM/DD/YYYY)  LIMITS\n")
    for ltr, typ, lim in (("A", "AUTOMOBILE LIABILITY", "$1,000,000 CSL"),
                          ("B", "OCCUPATIONAL ACCIDENT", "$500,000 AD&D")):
        d.w("¤    ¤¤", ltr, typ.ljust(26), ("%s-%s" % (dg(r, 8), dg(r, 1))).ljust(19))
        d.cell(eff.strftime("%m/%d/%Y"), DT, 18)
        d.cell(exp.strftime("%m/%d/%Y"), DT, 18)
        d.t(lim + "\n")
    d.w("\nDESCRIPTION OF OPERATIONS / VEHICLES: Last-mile delivery for ¤ Inc. Vehicle: ¤ ¤ VIN ¤. "
        "Hired and non-owned auto included.\n\n", pn, r.randint(2015, 2023), r.choice(CARS), vin(r))
    d.w("CERTIFICATE HOLDER\n  ¤ Inc., Attn: Courier Compliance\n  ¤\n\n", pn, (ha.block(), ADR))
    d.w("AUTHORIZED REPRESENTATIVE: ¤\nACORD 25 (2016/03)  © 1988-2015 ACORD CORPORATION.\n",
        (nm(r, rep_, "initial"), PER))
    return d


def k_env_config(r):
    d = Doc("en")
    pn, dom = plat(r)
    d.w("# payouts-service/.env.production  -- DO NOT COMMIT (¤)\nNODE_ENV=production\n"
        "PORT=8080\nAPP_VERSION=¤\n", pn, "%d.%d.%d" % (r.randint(1, 6), r.randint(0, 40), r.randint(0, 9)))
    d.w("DATABASE_URL=postgres://payouts_rw:¤@db-payouts.internal.¤:5432/payouts?sslmode=require\n",
        (password(r), PWD), dom)
    d.w("REDIS_URL=redis://:¤@¤:6379/0\n", (password(r), PWD), (ip4(r, True), IP))
    d.w("STRIPE_SECRET_KEY=¤\nSTRIPE_PUBLISHABLE_KEY=pk_live_¤\nSTRIPE_WEBHOOK_SECRET=¤\n",
        (stripe_key(r), STR), rs(r, 40), ("whsec_" + rs(r, 32), SEC))
    if r.random() < 0.7:
        d.w("AWS_ACCESS_KEY_ID=¤\nAWS_SECRET_ACCESS_KEY=¤\nAWS_REGION=us-east-1\n"
            "TAX_FORMS_BUCKET=s3://¤-1099-forms-prod\n", (aws_akid(r), AKID), (aws_secret(r), ASK),
            pn.lower())
    else:
        d.t("AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n")
    if r.random() < 0.6:
        d.w("SLACK_BOT_TOKEN=¤\nSLACK_ALERT_CHANNEL=#payouts-alerts\n", (slack_token(r), SLK))
    d.w("KYC_API_TOKEN=¤\nKYC_BASE_URL=¤\n", (generic_secret(r), SEC),
        (url(r, r.choice(["onfido.com", "checkr.com", "persona-api.net"]), "/v3.6"), URL))
    d.w("TWILIO_ACCOUNT_SID=AC¤\nTWILIO_AUTH_TOKEN=¤\nTWILIO_FROM=¤\n", hexs(r, 32),
        (hexs(r, 32), SEC), (phone(r), PH))
    d.w("JWT_ISSUER=¤\nSESSION_TTL_SECONDS=86400\nFEATURE_INSTANT_PAY=true\nBUILD_SHA=¤\n",
        ("https://auth." + dom, URL), hexs(r, 40))
    return d


def k_k8s_secret(r):
    d = Doc("en")
    pn, dom = plat(r)
    eng = person(r)
    ns = r.choice(["onboarding", "payouts", "trust-safety", "tax-forms"])
    d.w("# rotated by ¤ on ¤ after vendor key reset (ticket SEC-¤)\n", (nm(r, eng, "plain"), PER),
        (fdate(r, "en", rdt(r), 2), DT), dg(r, 4))
    d.w("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ¤-credentials\n  namespace: ¤\n"
        "  labels:\n    app.kubernetes.io/version: \"¤\"\n  annotations:\n"
        "    kubectl.kubernetes.io/last-applied-configuration: \"\"\ntype: Opaque\ndata:\n",
        ns, ns, "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9)))
    keys = [("DB_PASSWORD", PWD, password), ("CHECKR_API_KEY", SEC, generic_secret),
            ("SMTP_PASSWORD", PWD, password), ("JWT_SIGNING_KEY", SEC, lambda rr: rs(rr, 48)),
            ("PLAID_SECRET", SEC, lambda rr: hexs(rr, 30)), ("REDIS_PASS", PWD, password),
            ("WEBHOOK_SIGNING_SECRET", SEC, lambda rr: "whsec_" + rs(rr, 32))]
    r.shuffle(keys)
    for k, typ, fn in keys[:r.randint(3, 6)]:
        d.w("  ¤: ¤\n", k, (b64s(fn(r)), typ))
    d.t("  DB_HOST: " + b64s("pg-%s.svc.cluster.local" % ns) + "\n")
    d.t("  LOG_LEVEL: " + b64s("info") + "\n")
    return d


def k_ci_log_leak(r):
    d = Doc("en")
    pn, dom = plat(r)
    dev = person(r)
    clk = Clock(r, 0)

    def ts():
        return clk((0, 3))[:-5] + ".%07dZ " % r.randint(0, 9999999)
    d.w("¤##[group]Run ./scripts/release-driver-app.sh\n¤  ./scripts/release-driver-app.sh\n", ts(), ts())
    d.w("¤  env:\n¤    NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n¤    GH_TOKEN: ***\n¤##[endgroup]\n",
        ts(), ts(), ts(), ts())
    d.w("¤Releasing driver-app v¤ from ¤ (author: ¤)\n", ts(),
        "%d.%d.%d" % (r.randint(5, 9), r.randint(0, 30), r.randint(0, 9)), hexs(r, 40),
        (nm(r, dev, "plain"), PER))
    d.w("¤+ export GITHUB_TOKEN=¤\n", ts(), (gh_token(r), GH))
    d.w("¤+ curl -sf -H 'Authorization: token ¤' ¤\n", ts(), (gh_token(r), GH),
        (url(r, "api.github.com", "/repos/%s/driver-app/releases" % pn.lower()), URL))
    d.w("¤{\"id\": ¤, \"tag_name\": \"v¤\", \"author\": {\"login\": \"¤\"}}\n", ts(), dg(r, 9),
        "%d.%d.0" % (r.randint(5, 9), r.randint(0, 30)), ascii_fold(dev.first).lower() + "-" + pn.lower())
    d.w("¤##[warning]Secret scanning: a token matching ghp_* was printed to the log.\n", ts())
    d.w("¤##[error]Process completed with exit code 1.\n", ts())
    return d


def k_key_leak_postmortem(r):
    d = Doc("en")
    pn, dom = plat(r)
    au, rv1, rv2 = person(r), person(r), person(r)
    dd = rdt(r)
    d.w("# Postmortem: exposed AWS credentials in driver-docs-uploader (SEV-2)\n\n"
        "**Date of incident:** ¤  \n**Author:** ¤  \n**Reviewers:** ¤, ¤\n\n",
        (fdate(r, "en", dd, 0), DT), (nm(r, au, "plain"), PER), (nm(r, rv1, "plain"), PER),
        (nm(r, rv2, "initial"), PER))
    d.t("## Summary\nA long-lived IAM user key for the uploader that stores scanned driver's "
        "licenses and insurance cards was committed to a public fork.\n\n## Timeline (UTC)\n")
    d.w("09:14 - GitGuardian alert on commit `¤` in `¤-mobile/fastlane/.env`\n", hexs(r, 7), pn.lower())
    d.w("09:31 - ¤ confirmed key `¤` was active (last used 4 min earlier)\n", (au.first, PER),
        (aws_akid(r), AKID))
    d.w("10:02 - key deactivated; CloudTrail shows ListObjects from ¤ and ¤\n", (ip4(r), IP),
        (ip4(r), IP))
    d.t("10:40 - bucket policy tightened; 3.2.1 hotfix shipped\n\n## The leaked snippet\n```\n")
    d.w("aws_access_key_id = ¤\naws_secret_access_key = ¤\nregion = us-west-2\n```\n\n",
        (aws_akid(r), AKID), (aws_secret(r), ASK))
    d.w("## Impact\n¤ objects readable (driver's license images, ¤ markets). No evidence of download "
        "beyond the listing calls. Legal review with ¤ scheduled for ¤.\n\n",
        "{:,}".format(r.randint(2000, 90000)), r.randint(3, 40), (nm(r, person(r), "plain"), PER),
        (fdt(r, "en", time=True), DT))
    d.w("## Action items\n- [ ] Move uploader to IRSA (owner @¤)\n- [ ] Pre-commit secret scanning "
        "(owner @¤)\n- [x] Rotate all keys older than 90 days\n", ascii_fold(rv1.first).lower(),
        ascii_fold(rv2.last).lower())
    return d


def k_appeal_letter(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    a, ca = addr(r), addr(r, po=True)
    lst = r.choice(US_CITIES)
    d.w("¤\n¤\n¤ | ¤\n\n¤\n\n", (nm(r, p, "full"), PER), (a.block(), ADR), (phone(r), PH),
        (email(r, p), EM), (fdate(r, "en", rdt(r), r.choice([0, 4])), DT))
    d.w("¤ Driver Appeals\nAttn: Deactivation Review Panel\n¤\n\n", pn, (ca.block(), ADR))
    d.w("Re: Appeal of account deactivation - Driver ID ¤\n\nDear Sir or Madam,\n\n",
        short_id(r, "D"))
    d.w("I am writing to appeal the deactivation of my account on ¤. The notice said a rider "
        "reported that I was \"driving unsafely\" on a trip that ended near ¤. ",
        (fdt(r, "en", time=False), DT), (lst[0] + ", " + lst[1], LOC))
    d.w("I have completed over ¤ trips since ¤ with a ¤ rating and no prior complaints. "
        "My dash camera footage (available on request) shows I stayed under the limit the "
        "whole trip.\n\n", "{:,}".format(r.randint(800, 9000)), r.randint(2015, 2021),
        "%.2f" % r.uniform(4.8, 4.98))
    d.w("I have attached a fresh MVR from the ¤ DMV showing license ¤ with zero points, and a "
        "statement from my passenger that day, ¤.\n\n", (lst[3], LOC), (dlic(r), DL),
        (nm(r, person(r), "plain"), PER))
    d.t("I rely on this income to support my family and respectfully ask that my account be "
        "reinstated.\n\nSincerely,\n\n")
    d.w("¤\n", (nm(r, p, "plain"), PER))
    return d


def k_injury_claim(r):
    d = Doc("en")
    pn, dom = plat(r)
    p, doc_ = person(r), person(r)
    a, ha = addr(r), addr(r)
    d.w("OCCUPATIONAL ACCIDENT CLAIM - INDEPENDENT CONTRACTOR PROGRAM\nPolicy: OA-¤   Claim No: "
        "OAC-¤-¤   Platform: ¤\n\n", dg(r, 7), r.randint(23, 25), dg(r, 5), pn)
    d.w("Claimant: ¤          DOB: ¤\nPhone: ¤     Email: ¤\nHome address: ¤\n",
        (nm(r, p, "lastfirst"), PER), (fdob(r, "en", 1), DOB), (phone(r), PH), (email(r, p), EM),
        (a.one(), ADR))
    d.w("Courier ID: ¤     Vehicle: ¤\n\n", short_id(r, "CR"), r.choice(["e-bike", "scooter", "car",
                                                                         "bicycle"]))
    d.w("Date/time of accident: ¤\nLocation: intersection near ¤\n", (fdt(r, "en", time=True), DT),
        (a.place(), LOC))
    d.t("Description: Courier was struck by a turning vehicle while completing delivery; "
        "fracture of left wrist (ICD-10 S62.102A), abrasions. CPT 25600 performed.\n\n")
    hosp = r.choice(["St. Luke's Medical Center", "Mercy General Hospital",
                     "Baptist Health Urgent Care", "Providence St. Vincent"])
    d.w("Treating facility: ¤, ¤\nMedical record #: ¤\n", hosp, (ha.one(), ADR),
        (r.choice(["MRN", "", "M"]) + dg(r, r.randint(7, 9)), MRN))
    d.w("Attending physician: Dr. ¤ (NPI ¤)\n", (nm(r, doc_, "plain"), PER), dg(r, 10))
    plan = r.choice(["Blue Cross Blue Shield PPO", "Aetna Open Access", "UnitedHealthcare Choice",
                     "Kaiser Permanente HMO", "Ambetter Silver"])
    d.w("Health plan: ¤   Member ID: ¤   Group #: ¤\n", plan,
        (r.choice(["XEH", "W", "AET", "U"]) + dg(r, 9), HPN), dg(r, 6))
    d.w("Lost time: ¤ days    Weekly earnings (avg last 4 wks): $¤\n\n", r.randint(3, 40),
        "%.2f" % r.uniform(200, 1500))
    d.w("Claimant signature: ¤      Date signed: ¤\n", (nm(r, p, "plain"), PER),
        (fdate(r, "en", rdt(r), 1), DT))
    return d


def k_drug_screen(r):
    d = Doc("en")
    pn, dom = plat(r)
    donor, mro, col = person(r), person(r), person(r)
    ma, ca = addr(r), addr(r)
    dd = rdt(r)
    d.w("CUSTODY AND CONTROL FORM (NON-DOT)            Specimen ID No. ¤\nAccession # ¤   "
        "Lab: ¤\n\n", dg(r, 7), rs(r, 10, UPAL), r.choice(["Quest Diagnostics", "LabCorp",
                                                            "Clinical Reference Lab"]))
    d.w("STEP 1  Employer: ¤ Inc. (Courier Program)   Employer ID: ¤\n", pn, dg(r, 6))
    d.w("        MRO: Dr. ¤, ¤   Tel ¤   Fax ¤\n", (nm(r, mro, "plain"), PER), (ma.one(), ADR),
        (phone(r), PH), (phone(r), PH))
    d.w("        Donor name: ¤\n        Donor ID (verified photo ID - driver license): ¤\n",
        (nm(r, donor, r.choice(["caps", "lastfirst"])), PER), (dlic(r), DL))
    d.w("        DOB: ¤   Daytime phone: ¤\n", (fdob(r, "en", 1), DOB), (phone(r), PH))
    d.t("        Reason for test: [x] Pre-employment  [ ] Random  [ ] Post-accident\n"
        "        Tests: 10-panel urine (THC, COC, PCP, OPI, AMP, BAR, BZO, MTD, PPX, MDMA)\n\n")
    d.w("STEP 2  Collection site: ¤, ¤   Collector: ¤\n", r.choice(["Concentra", "Any Lab Test Now",
                                                                  "US HealthWorks"]),
        (ca.one(), ADR), (nm(r, col, r.choice(["plain", "initial"])), PER))
    d.w("        Collection date: ¤   Time: ¤   Temp in range: [x] Yes\n",
        (dd.strftime("%m/%d/%Y"), DT), (ftime(r, "en", dd), DT))
    res = r.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE-DILUTE", "CANCELLED - insufficient volume"])
    d.w("\nSTEP 6  MRO VERIFIED RESULT: ¤   Verified ¤ by ¤\n", res,
        (fdate(r, "en", dd + _dt.timedelta(days=r.randint(1, 4)), 1), DT), (mro.last.upper(), PER))
    return d


def k_direct_deposit(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    a = addr(r)
    acct = bank_acct(r)
    d.w("¤ DIRECT DEPOSIT AUTHORIZATION - CONTRACTOR PAYOUTS\n" + "=" * 58 + "\n", pn.upper())
    d.w("Contractor name ........ ¤\nMailing address ........ ¤\nEmail .................. ¤\n",
        (nm(r, p, "full"), PER), (a.one(), ADR), (email(r, p), EM))
    d.w("Bank name .............. ¤\nRouting number (ABA) ... ¤\nAccount number ......... ¤\n"
        "Confirm account number . ¤\n", r.choice(["Wells Fargo Bank, N.A.", "Navy Federal Credit Union",
                                                  "Bank of America", "Chime / The Bancorp Bank",
                                                  "Ally Bank"]), routing(r), (acct, ACC), (acct, ACC))
    d.t("Account type ........... [x] Checking  [ ] Savings\n\n")
    d.w("I authorize ¤ Payments LLC to initiate credit entries and, if necessary, debit entries "
        "to correct erroneous credits. This authority remains in effect until ¤ receives written "
        "notice of termination.\n\n", pn, pn)
    d.w("Signature: /s/ ¤          Date: ¤\n\n", (nm(r, p, "plain"), PER),
        (fdate(r, "en", rdt(r), 1), DT))
    d.w("FOR OFFICE USE ONLY  Vendor # V-¤   Prenote sent: ¤   Entered by: ¤\n", dg(r, 5),
        r.choice(["Y", "N"]), "".join(x[0] for x in (p.first, p.last)).lower() + dg(r, 2))
    return d


def k_instant_pay_card(r):
    d = Doc("en")
    pn, dom = plat(r)
    p, ag = person(r), person(r)
    exp = "%02d/%02d" % (r.randint(1, 12), r.randint(25, 31))
    d.w("Subject: Instant Pay - debit card could not be verified\nFrom: ¤ Payouts <¤>\nTo: ¤\n\n",
        pn, (staff_mail(r, dom), EM), (email(r, p), EM))
    d.w("Hi ¤,\n\nWe couldn't add the debit card ending in ¤ to Instant Pay on ¤. Only Visa "
        "and Mastercard debit cards issued in the US are supported.\n\n", (p.first, PER), dg(r, 4),
        (fdt(r, "en", time=True), DT))
    d.w("> On the support form you wrote:\n> \"i tried like 5 times with card ¤ exp ¤ and it keeps "
        "saying declined. my bank says its fine. the name on the card is ¤\"\n\n", (card(r), CC),
        (exp, DT), (nm(r, p, "caps"), PER))
    if r.random() < 0.45:
        d.w("> \"oh wait the first time i typed ¤ by mistake, is that why it locked?\"\n\n", bad_card(r))
    d.w("For your security we have removed the full card number from our records (reference ¤). "
        "Please never send card numbers by email. You can retry in the app under Earnings > "
        "Payout methods, or cash out via standard transfer (1-3 business days, free).\n\n",
        rs(r, 12, UPAL))
    d.w("- ¤, Payouts Support\n", (nm(r, ag, r.choice(["first", "plain"])), PER))
    return d


def k_tax_doc_email(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    yr = r.randint(2021, 2024)
    d.w("From: ¤ Tax Center <¤>\nTo: ¤\nDate: ¤\nSubject: Your ¤ tax documents are ready\n\n",
        pn, ("tax-forms@" + dom, EM), (email(r, p), EM), email_hdr_date(r), yr)
    d.w("Hi ¤,\n\nYour ¤ Form ¤ is now available. Based on your account, you earned $¤ in gross "
        "payments across ¤ trips. ", (nm(r, p, r.choice(["first", "plain"])), PER), yr,
        r.choice(["1099-K", "1099-NEC", "1099-K and 1099-NEC"]), "{:,.2f}".format(r.uniform(600, 70000)),
        "{:,}".format(r.randint(100, 5000)))
    d.w("The form lists your TIN as ¤.\n\n", masked_ssn(r))
    d.w("Download it here: ¤\n\n", (url(r, dom, "/tax/forms?year=%d" % yr), URL))
    d.w("If your name or address is wrong, update it before ¤ so we can issue a corrected form. "
        "We cannot give tax advice; consider talking to a tax professional.\n\n",
        (fdate(r, "en", _dt.datetime(yr + 1, r.randint(1, 3), r.randint(1, 28)), 0), DT))
    d.w("¤ Payments LLC · ¤\nYou're receiving this because you drove or delivered with ¤ in ¤.\n",
        pn, (addr(r, po=True).one(), ADR), pn, yr)
    return d


def k_sepa_xml(r):
    d = Doc("en")
    pn, dom = plat(r)
    cc = r.choice(["NL", "DE", "FR", "ES", "IT", "BE"])
    ctry = {"NL": "nl", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "BE": "nl"}[cc]
    dd = rdt(r)
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:'
        'pain.001.001.03">\n <CstmrCdtTrfInitn>\n  <GrpHdr>\n   <MsgId>¤-PAYOUT-¤-01</MsgId>\n'
        '   <CreDtTm>¤</CreDtTm>\n', pn.upper(), dd.strftime("%Y%m%d"), dd.strftime("%Y-%m-%dT%H:%M:%S"))
    n = r.randint(2, 4)
    d.w('   <NbOfTxs>¤</NbOfTxs>\n   <InitgPty><Nm>¤ B.V.</Nm></InitgPty>\n  </GrpHdr>\n'
        '  <PmtInf>\n   <PmtInfId>PI-¤</PmtInfId>\n   <PmtMtd>TRF</PmtMtd>\n'
        '   <ReqdExctnDt>¤</ReqdExctnDt>\n', n, pn, dg(r, 8),
        ((dd + _dt.timedelta(days=1)).strftime("%Y-%m-%d"), DT))
    d.w('   <DbtrAcct><Id><IBAN>¤</IBAN></Id></DbtrAcct>\n   <DbtrAgt><FinInstnId><BIC>¤</BIC>'
        '</FinInstnId></DbtrAgt>\n', (iban(r, "NL", grouped=False), IBAN), r.choice(BICS))
    for _ in range(n):
        p = person(r, r.choice([ctry, ctry, "ar", "af", "tr", "pl"]))
        a = addr(r, ctry)
        d.w('   <CdtTrfTxInf>\n    <PmtId><EndToEndId>E2E-¤</EndToEndId></PmtId>\n'
            '    <Amt><InstdAmt Ccy="EUR">¤</InstdAmt></Amt>\n    <Cdtr>\n     <Nm>¤</Nm>\n'
            '     <PstlAdr><AdrLine>¤</AdrLine><PstCd>¤</PstCd><TwnNm>¤</TwnNm><Ctry>¤</Ctry></PstlAdr>\n'
            '    </Cdtr>\n    <CdtrAcct><Id><IBAN>¤</IBAN></Id></CdtrAcct>\n'
            '    <RmtInf><Ustrd>¤ ¤ courier ¤</Ustrd></RmtInf>\n   </CdtTrfTxInf>\n',
            rs(r, 12, UPAL), "%.2f" % r.uniform(40, 1400), (nm(r, p, "plain"), PER), (a.street, ADR),
            a.pc, (a.city, LOC), cc if cc != "BE" else "NL", (iban(r, cc, grouped=False), IBAN),
            {"nl": "Uitbetaling week", "de": "Auszahlung KW", "fr": "Paiement semaine",
             "es": "Pago semana", "it": "Pagamento settimana"}[ctry], r.randint(1, 52),
            short_id(r, "K"))
    d.t("  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n")
    return d


def k_kyc_json(r):
    d = Doc("en")
    cc = r.choice(["gb", "us", "ca", "au"])
    p = person(r, r.choice(["us", "af", "in", "ar", "pl", "cn"]))
    a = addr(r, cc)
    iso3 = {"gb": "GBR", "us": "USA", "ca": "CAN", "au": "AUS"}[cc]
    d.w('{\n  "payload": {\n    "resource_type": "check",\n    "action": "check.completed",\n'
        '    "object": {\n      "id": "¤",\n      "status": "complete",\n      "result": "¤",\n'
        '      "completed_at_iso8601": "¤"\n    }\n  },\n', uuid4(r),
        r.choice(["clear", "consider"]), logts(r))
    d.w('  "applicant": {\n    "id": "¤",\n    "first_name": "¤",\n    "last_name": "¤",\n'
        '    "dob": "¤",\n    "email": "¤",\n    "phone_number": "¤",\n', uuid4(r),
        (p.first, PER), (p.last, PER), (rdob(r).isoformat(), DOB), (email(r, p), EM),
        (phone(r, cc), PH))
    if cc == "us" or r.random() < 0.5:
        d.w('    "address": "¤"\n  },\n', (a.one(), ADR))
    else:
        d.w('    "address": {"building_number": "", "street": "¤", "town": "¤", "postcode": "¤", '
            '"country": "¤"}\n  },\n', (a.street, ADR), (a.city, LOC), a.pc, iso3)
    d.w('  "document": {\n    "type": "driving_licence",\n    "issuing_country": "¤",\n'
        '    "document_number": "¤",\n    "expiry_date": "¤"\n  },\n', iso3,
        (dlic(r, cc if cc != "us" else "us"), DL), ("%d-%02d-%02d" % (r.randint(2025, 2034),
                                                               r.randint(1, 12), r.randint(1, 28)), DT))
    d.w('  "reports": [\n    {"name": "document", "result": "clear", "sub_result": "clear"},\n'
        '    {"name": "facial_similarity_photo", "result": "¤", "score": ¤}\n  ],\n',
        r.choice(["clear", "consider"]), "%.3f" % r.uniform(0.4, 0.99))
    d.w('  "device": {"ip_address": "¤", "user_agent": "DriverApp/¤ (iPhone; iOS 17.4)"},\n'
        '  "sdk_version": "¤"\n}\n', (anyip(r), IP), "%d.%d.%d" % (r.randint(4, 9), r.randint(0, 30),
                                                                 r.randint(0, 9)),
        "%d.%d.%d" % (r.randint(10, 14), r.randint(0, 9), r.randint(0, 9)))
    return d


def k_fleet_roster(r):
    d = Doc("en")
    d.t("driver_name\tdl_number\tphone\tbase_city\tplate\tvin\tvehicle\tinsp_due\n")
    nrows = r.randint(3, 8)
    dfmt = r.choice(["%Y-%m-%d", "%m/%d/%Y"])
    for _ in range(nrows):
        p = person(r)
        c = r.choice(US_CITIES)
        d.w("¤\t¤\t¤\t¤\t¤\t¤\t¤\t¤\n", (nm(r, p, r.choice(["plain", "caps", "lastfirst"])), PER),
            (dlic(r), DL), (phone(r), PH), (c[0], LOC), plate(r), vin(r),
            "%d %s" % (r.randint(2012, 2023), r.choice(CARS)),
            (rdt(r, 2024, 2025).strftime(dfmt), DT))
    d.t("# fleet partner roster v%d.%d - %d rows - generated by fleet-sync\n" % (
        r.randint(1, 4), r.randint(0, 9), nrows))
    return d


def k_refund_thread(r):
    d = Doc("en")
    pn, dom = plat(r)
    cust, ag = person(r), person(r)
    brand = r.choice(BRANDS_PERSONLIKE)
    a = addr(r)
    d.w("From: ¤ <¤>\nSent: ¤\nTo: ¤ Support <¤>\nSubject: RE: [Case ¤] Refund for cold food\n\n",
        (nm(r, ag, "plain"), PER), ("support@" + dom, EM), email_hdr_date(r), pn,
        ("support@" + dom, EM), dg(r, 8))
    d.w("Hi ¤,\n\nThank you for your patience. I've issued a refund of ¤ for the ¤ items to "
        "your original payment method; it will show in 5-10 business days. I also added a "
        "$5.00 credit (promo code SORRY5, expires in 30 days).\n\nBest,\n¤\n¤ Customer Care\n\n",
        (cust.first, PER), money(r, 8, 60), brand, (ag.first, PER), pn)
    d.w("-----Original Message-----\nFrom: ¤ <¤>\nSent: ¤\nTo: ¤\nSubject: Refund for cold food\n\n",
        (nm(r, cust, "plain"), PER), (email(r, cust), EM), email_hdr_date(r), ("support@" + dom, EM))
    d.w("my order from ¤ (order ¤) showed up 55 minutes late and completely cold. the driver "
        "left it at ¤ instead of my door at ¤ even tho I wrote the gate code in the notes. ",
        brand, short_id(r, "#"), r.choice(["the leasing office", "the mailbox", "the neighbor's porch"]),
        (a.one(), ADR))
    d.w("I want my ¤ back. phone ¤\n", money(r, 15, 80), (phone(r), PH))
    return d


def k_hotline_transcript(r):
    d = Doc("en")
    pn, dom = plat(r)
    drv, ag, rider = person(r), person(r), person(r)
    a = addr(r)
    s = 0
    def ts():
        nonlocal s
        s += r.randint(4, 40)
        return "%02d:%02d:%02d" % (s // 3600, (s // 60) % 60, s % 60)
    dd = rdt(r)
    d.w("CALL TRANSCRIPT - ¤ Safety Line - Call ID ¤ - auto-generated, accuracy not guaranteed\n\n",
        pn, "%d-%s" % (r.randint(10, 99), dg(r, 6)))
    d.w("¤ AGENT: ¤ safety line, this is ¤. Are you safe right now?\n", ts(), pn, (ag.first, PER))
    d.w("¤ CALLER: yeah yeah i'm pulled over, i'm on ¤ by the gas station\n", ts(),
        (a.street, ADR))
    d.w("¤ AGENT: Okay. Can I get your full name?\n¤ CALLER: ¤, I'm a driver\n", ts(), ts(),
        (nm(r, drv, "plain"), PER))
    d.w("¤ CALLER: the passenger, his name in the app was ¤, he grabbed the wheel when I "
        "wouldn't go to a second stop. this happened at like ¤ tonight\n", ts(),
        (rider.first, PER), (ftime(r, "en", dd), DT))
    d.w("¤ AGENT: I'm sorry. Is anyone injured? Do you need me to connect you to 911?\n", ts())
    d.t("%s CALLER: no, no injuries. he got out and walked off toward the highway\n" % ts())
    d.w("¤ AGENT: What's the best callback number for our investigations team?\n¤ CALLER: ¤\n",
        ts(), ts(), (phone(r), PH))
    d.w("¤ AGENT: Thank you. I've filed incident ¤ and paused that rider's account. You should "
        "hear back within 24 hours.\n", ts(), "INC-" + dg(r, 7))
    return d


def k_api_ticket(r):
    d = Doc("en")
    pn, dom = plat(r)
    rep_, asg, ext = person(r), person(r), person(r)
    partner = r.choice(["Harper & Lee Staffing", "Wendell Workforce", "Addison Temps",
                        "Marshall & Grant Labor"])
    d.w("PLAT-¤  [Partner API] 401 on /v2/shifts/claim for ¤\nReporter: ¤   Assignee: ¤   "
        "Priority: P2   Labels: partner-api, auth, sdk-3.2\n\n", dg(r, 4), partner,
        (nm(r, rep_, "plain"), PER), (nm(r, asg, "plain"), PER))
    d.w("Description\nThe partner's integration engineer (¤, ¤) reports intermittent 401s since "
        "upgrading to SDK 3.2.0. Started around ¤.\n\nRepro:\n{code:bash}\n",
        (nm(r, ext, "plain"), PER), (email(r, ext, domain=r.choice(["harperlee.com", "wendellwf.com",
                                                                       "addisontemps.io"])), EM),
        (fdt(r, "en", time=True), DT))
    d.w("curl -X POST ¤ \\\n  -H \"Authorization: Bearer ¤\" \\\n",
        ("https://api." + dom + "/v2/shifts/claim", URL), (jwt(r), JWT_))
    d.w("  -H \"X-Api-Key: ¤\" \\\n  -d '{\"shift_id\":\"sh_¤\",\"worker_id\":\"w_¤\"}'\n{code}\n\n",
        (generic_secret(r), SEC), rs(r, 14), dg(r, 6))
    d.w("Response:\n{code:json}\n{\"error\":\"token_expired\",\"request_id\":\"¤\"}\n{code}\n\n",
        uuid4(r))
    d.w("Comments\n¤: exp claim in that token is ¤ - their clock skew is ~7 min. Also their "
        "config dump in the attachment has client_secret=¤ in plain text; asked them to rotate.\n",
        (asg.first, PER), r.randint(1690000000, 1740000000), (generic_secret(r), SEC))
    d.w("¤: Rotated on our side. Closing as Won't Fix (client issue), see KB-¤.\n",
        (rep_.first, PER), dg(r, 3))
    return d


def k_webhook_debug(r):
    d = Doc("en")
    pn, dom = plat(r)
    a, b = person(r), person(r)
    ha, hb = ascii_fold(a.first).lower(), ascii_fold(b.first).lower() + ascii_fold(b.last[:1]).lower()
    d.w("#payments-eng  (thread export)\n\n¤ (@¤) 10:41\nanyone know why sig verification "
        "fails for payout.failed events only? payout.paid is fine\n\n", (nm(r, a, "plain"), PER), ha)
    d.w("¤ (@¤) 10:44\nare you using the raw body? paste your handler\n\n", (nm(r, b, "plain"), PER), hb)
    d.w("¤ (@¤) 10:47\n```\nendpoint_secret = \"¤\"\n", (a.first, PER), ha, ("whsec_" + rs(r, 32), SEC))
    d.w("sig_header = request.headers[\"Stripe-Signature\"]   # t=¤,v1=¤\n", r.randint(1690000000,
                                                                                 1740000000), hexs(r, 64))
    d.t("event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)\n```\n\n")
    d.w("¤ (@¤) 10:49\nthat's the TEST endpoint secret. prod one lives in vault at "
        "secret/payouts/webhook. also pls delete that msg, it's a real key\n\n", (b.first, PER), hb)
    if r.random() < 0.7:
        d.w("¤ (@¤) 10:52\noops, deleting. while we're here the alert bot still uses the old token "
            "¤ - rotating both now\n\n", (a.first, PER), ha, (slack_token(r), SLK))
    d.w("¤ (@¤) 10:55\n:white_check_mark: rotated, deploy ¤ going out\n", (b.first, PER), hb,
        "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 40), r.randint(0, 9)))
    return d


def k_ssh_runbook(r):
    d = Doc("en")
    pn, dom = plat(r)
    own = person(r)
    d.w("## Runbook: re-run failed 1099 batch on tax-gen-0¤\n\n", r.randint(1, 4))
    d.w("Host: `tax-gen-02` (¤), bastion ¤\nOwner: ¤ (¤)\nLast successful run: ¤\n\n",
        (ip4(r, True), IP), (ip4(r), IP), (nm(r, own, "plain"), PER), (email(r, own, domain=dom), EM),
        (fdt(r, "en", time=True), DT))
    d.t("1. Log in as `deploy` with the break-glass key (TEMPORARY - remove after the January "
        "filing window, see SEC-2231):\n\n```\n")
    d.e(pem(r), PEM)
    d.t("\n```\n\n2. Check the queue:\n```\n")
    d.w("psql postgresql://taxgen:¤@¤:5432/forms -c \"select count(*) from batch where status='failed'\"\n```\n",
        (password(r), PWD), (ip4(r, True), IP))
    d.t("3. Re-run: `./bin/gen1099 --year 2023 --only-failed --workers 8` (takes ~40 min)\n"
        "4. Post the summary in #tax-eng; do NOT paste recipient TINs.\n")
    return d


def k_lost_item(r):
    d = Doc("en")
    pn, dom = plat(r)
    rider, drv = person(r), person(r)
    a = addr(r)
    dd = rdt(r)
    item = r.choice(["black Samsung phone in a Spider-Man case", "prescription glasses (Ray-Ban)",
                     "grey North Face backpack with a laptop", "car seat", "AirPods Pro case",
                     "wallet with work badge"])
    d.w("LOST ITEM REPORT  ·  ¤\n\nReport ID        ¤\nRider            ¤\nContact phone    ¤\n"
        "Contact email    ¤\n", pn, short_id(r, "LI"), (nm(r, rider, "full"), PER), (phone(r), PH),
        (email(r, rider), EM))
    d.w("Trip date        ¤\nPickup           ¤\nDropoff          ¤\nDriver           ¤ (¤ ¤)\n",
        (fdt(r, "en", dd, time=True), DT), (a.one(), ADR), (a.place(), LOC), (drv.first, PER),
        r.choice(CARS), plate(r))
    d.w("Item             ¤\n\nRider note: \"left it in the back seat, ¤ side. it has my son's "
        "name on it, ¤. please have ¤ text me, i can meet anywhere downtown\"\n\n", item,
        r.choice(["left", "right"]), (r.choice(NAMES["us"][0]), PER), (drv.first, PER))
    d.w("Driver response (¤): ¤\nReturn fee: $15.00 (driver receives 100%)\nStatus: ¤\n",
        (fdate(r, "en", dd + _dt.timedelta(days=1), 5), DT),
        r.choice(["Found it, can drop off tomorrow after my shift.", "Not in my car, sorry.",
                  "No response"]), r.choice(["OPEN", "RETURN_SCHEDULED", "CLOSED_NOT_FOUND"]))
    return d


def k_vehicle_inspection(r):
    d = Doc("en")
    pn, dom = plat(r)
    drv, insp = person(r), person(r)
    sa = addr(r)
    d.w("ANNUAL VEHICLE INSPECTION - RIDESHARE (¤ form VI-19, rev 4.2)\n\n", pn)
    d.w("Driver: ¤        License #: ¤\n", (nm(r, drv, r.choice(["plain", "caps"])), PER), (dlic(r), DL))
    d.w("Vehicle: ¤ ¤   Color: ¤   Plate: ¤   VIN: ¤   Odometer: ¤ mi\n\n", r.randint(2010, 2023),
        r.choice(CARS), r.choice(["Silver", "Black", "White", "Blue"]), plate(r), vin(r),
        "{:,}".format(r.randint(20000, 240000)))
    items = ["Headlights", "Tail/brake lights", "Turn signals", "Windshield", "Wipers",
             "Front tires (4/32 min)", "Rear tires", "Seat belts (all)", "Horn", "Doors/locks",
             "Brakes", "A/C & heat"]
    for it in r.sample(items, r.randint(6, 10)):
        res = r.choice(["PASS", "PASS", "PASS", "FAIL"])
        d.t("  [%s] %s%s\n" % ("x" if res == "PASS" else " ", it.ljust(26), res))
    d.w("\nInspection date: ¤\nShop: ¤, ¤\nInspector: ¤  (ASE cert # ¤)\n", (fdate(r, "en", rdt(r), 1), DT),
        r.choice(["Pep Boys #", "Jiffy Lube #", "Firestone Complete Auto Care #"]) + dg(r, 4),
        (sa.one(), ADR), (nm(r, insp, "plain"), PER), dg(r, 8))
    d.t("Result: " + r.choice(["APPROVED", "APPROVED", "REJECTED - re-inspect within 14 days"]) + "\n")
    return d


def k_sql_dump(r):
    d = Doc("en")
    d.w("-- MySQL dump 10.13  Distrib 8.0.¤, for Linux (x86_64)\n-- Host: ¤    Database: contractors\n"
        "-- ------------------------------------------------------\n", r.randint(30, 36),
        (ip4(r, True), IP))
    d.t("LOCK TABLES `contractor` WRITE;\n/*!40000 ALTER TABLE `contractor` DISABLE KEYS */;\n")
    d.t("INSERT INTO `contractor` (`id`,`legal_name`,`email`,`phone`,`ssn`,`dob`,`dl_number`,"
        "`created_at`) VALUES\n")
    n = r.randint(3, 6)
    for i in range(n):
        p = person(r)
        d.w("(¤,'¤','¤','¤',", r.randint(1000, 99999), (nm(r, p, "plain").replace("'", "''"), PER),
            (email(r, p), EM), (phone(r), PH))
        if r.random() < 0.75:
            d.w("'¤',", (ssn(r, r.choice([0, 2])), SSN))
        else:
            d.t("NULL,")
        d.w("'¤','¤','¤')", (rdob(r).isoformat(), DOB), (dlic(r), DL), logts(r).replace("T", " ")[:19])
        d.t(",\n" if i < n - 1 else ";\n")
    d.t("/*!40000 ALTER TABLE `contractor` ENABLE KEYS */;\nUNLOCK TABLES;\n"
        "-- Dump completed\n")
    return d


def k_earnings_statement(r):
    d = Doc("en")
    pn, dom = plat(r)
    p = person(r)
    st = rdt(r)
    en = st + _dt.timedelta(days=6)
    d.w("¤ WEEKLY EARNINGS STATEMENT\n¤\nPay period: ¤ - ¤        Deposit date: ¤\n",
        pn.upper(), (nm(r, p, "caps"), PER), (st.strftime("%m/%d/%Y"), DT), (en.strftime("%m/%d/%Y"), DT),
        ((en + _dt.timedelta(days=3)).strftime("%m/%d/%Y"), DT))
    d.w("Deposit to: account ¤ at ¤\n\n", (bank_acct(r), ACC) if r.random() < 0.5 else
        r.choice(["****", "xxxx", "ending "]) + dg(r, 4), r.choice(["Chase", "Chime", "PNC", "US Bank"]))
    d.t("DAY   TRIPS  ONLINE   FARES      TIPS     PROMOS   TOTAL\n")
    tot = 0
    for k in range(7):
        f, t, pr = r.uniform(0, 260), r.uniform(0, 60), r.choice([0, 0, 10, 25])
        tot += f + t + pr
        d.t("%-5s %5d  %5.1fh  %8.2f  %7.2f  %7.2f  %7.2f\n" % (
            WEEKDAYS["en"][(st.weekday() + k) % 7][:3], r.randint(0, 24), r.uniform(0, 11), f, t, pr,
            f + t + pr))
    d.w("\nGross: $¤   Service fee: -$¤   Net: $¤\nMiles driven (engaged): ¤\n", "%.2f" % tot,
        "%.2f" % (tot * 0.2), "%.2f" % (tot * 0.8), r.randint(100, 1400))
    d.w("Questions about this statement? ¤\n", (url(r, dom, "/driver/earnings"), URL))
    return d


def k_admin_audit(r):
    d = Doc("en")
    pn, dom = plat(r)
    clk = Clock(r, r.choice([0, 1]))
    for _ in range(r.randint(5, 9)):
        adm = person(r)
        act = r.randrange(5)
        d.w("¤ audit ", clk((5, 900)))
        d.w("actor=¤ ip=¤ ", (corp_email(adm, dom), EM), (anyip(r), IP))
        if act == 0:
            d.w("action=pii.reveal field=ssn subject=¤ value=¤ reason=\"¤\"\n", short_id(r, "DRV"),
                masked_ssn(r), r.choice(["1099 correction", "BGC dispute", "law enforcement request"]))
        elif act == 1:
            d.w("action=user.update subject=¤ field=legal_name old=\"¤\" new=\"¤\"\n",
                short_id(r, "DRV"), (nm(r, person(r), "plain"), PER), (nm(r, person(r), "plain"), PER))
        elif act == 2:
            d.w("action=payout.hold subject=¤ amount=¤ case=¤\n", short_id(r, "DRV"),
                "%.2f" % r.uniform(10, 3000), "TS-" + dg(r, 6))
        elif act == 3:
            d.w("action=user.update subject=¤ field=phone new=\"¤\"\n", short_id(r, "DRV"),
                (phone(r), PH))
        else:
            d.w("action=session.login mfa=¤ ua=\"Mozilla/5.0\" session=¤\n",
                r.choice(["totp", "webauthn", "sms"]), hexs(r, 24))
    return d


def k_vcard(r):
    d = Doc("en")
    pn, dom = plat(r)
    for _ in range(r.randint(1, 2)):
        p = person(r)
        a = addr(r)
        d.t("BEGIN:VCARD\nVERSION:3.0\nN:")
        d.e("%s;%s%s" % (p.last, p.first, (";" + p.mid) if p.mid else ""), PER)
        d.t(";;;\n" if not p.mid else ";;\n")
        d.w("FN:¤\nORG:¤ Fleet Partners;Operations\nTITLE:¤\n", (p.full(), PER), pn,
            r.choice(["Fleet Manager", "Dispatcher", "Owner-Operator"]))
        d.w("TEL;TYPE=CELL:¤\n", (phone(r), PH))
        if r.random() < 0.5:
            d.w("TEL;TYPE=WORK,VOICE:¤\n", (phone(r), PH))
        d.w("EMAIL;TYPE=INTERNET:¤\nADR;TYPE=WORK:;;¤\n", (email(r, p), EM),
            (";".join([a.street, a.city, a.region, a.pc, "USA"]), ADR))
        if r.random() < 0.6:
            d.w("BDAY:¤\n", (rdob(r).isoformat(), DOB))
        d.w("NOTE:Fleet partner since ¤. Manages ¤ vehicles. Prefers SMS.\n",
            r.randint(2016, 2023), r.randint(2, 40))
        d.w("REV:¤\nUID:urn:uuid:¤\nEND:VCARD\n", rdt(r).strftime("%Y%m%dT%H%M%SZ"), uuid4(r))
    return d


def k_ics(r):
    d = Doc("en")
    pn, dom = plat(r)
    org, att = person(r), person(r)
    st = rdt(r).replace(minute=r.choice([0, 30]))
    en = st + _dt.timedelta(minutes=r.choice([30, 45, 60, 90]))
    tz = r.choice(["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"])
    stamp = (st - _dt.timedelta(days=r.randint(1, 9))).strftime("%Y%m%dT%H%M%SZ")
    d.w("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//¤//Onboarding Scheduler 2.1//EN\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nUID:¤\nDTSTAMP:¤\nCREATED:¤\n", pn, uuid4(r), stamp, stamp)
    d.w("DTSTART;TZID=¤:¤\nDTEND;TZID=¤:¤\n", tz, (st.strftime("%Y%m%dT%H%M%S"), DT), tz,
        (en.strftime("%Y%m%dT%H%M%S"), DT))
    d.t("SUMMARY:%s courier orientation (in person)\n" % pn if r.random() < 0.5 else
        "SUMMARY:%s driver onboarding - video session\n" % pn)
    if "video" in d.parts[-1]:
        mid = dg(r, 10)
        d.w("LOCATION:¤\nDESCRIPTION:Join: ¤\\nMeeting ID: ¤ ¤ ¤\\nPasscode: ¤\\nBring your "
            "driver's license and insurance card.\n", (url(r, "zoom.us", "/j/" + mid), URL),
            (url(r, "zoom.us", "/j/" + mid + "?pwd=" + rs(r, 22)), URL), mid[:3], mid[3:6],
            mid[6:], (dg(r, 6) if r.random() < 0.5 else rs(r, 8), PWD))
    else:
        a = addr(r)
        d.w("LOCATION:¤\nDESCRIPTION:Bring your driver's license\\, insurance card and a "
            "phone with the app installed. Parking in lot B.\n",
            (a.one().replace(",", "\\,"), ADR))
    d.w("ORGANIZER;CN=¤:mailto:¤\n", (nm(r, org, "plain"), PER), (corp_email(org, dom), EM))
    d.w("ATTENDEE;CN=¤;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:¤\n", (nm(r, att, "plain"), PER),
        (email(r, att), EM))
    d.w("LAST-MODIFIED:¤\nSEQUENCE:0\nSTATUS:CONFIRMED\nBEGIN:VALARM\nTRIGGER:-PT30M\nACTION:DISPLAY\n"
        "END:VALARM\nEND:VEVENT\nEND:VCALENDAR\n", stamp)
    return d


def k_benefits_enrollment(r):
    d = Doc("en")
    pn, dom = plat(r)
    p, sp, ch, pcp = person(r), person(r), person(r), person(r)
    sp.last = ch.last = p.last
    plan = r.choice(["Ambetter Silver 2 (HMO)", "Oscar Classic Bronze", "Blue Cross Blue Shield "
                     "Blue Advantage PPO", "Molina Marketplace Silver 150"])
    yr = r.randint(2023, 2025)
    d.w("PORTABLE BENEFITS ENROLLMENT CONFIRMATION\nProgram: ¤ Driver Health Stipend "
        "(administered by Benefitly)   Plan year: ¤\n\n", pn, yr)
    d.w("Enrollee: ¤   DOB: ¤\nHome: ¤\n", (nm(r, p, "full"), PER), (fdob(r, "en"), DOB),
        (addr(r).one(), ADR))
    d.w("Plan selected: ¤\nMember ID: ¤   Group No.: ¤   Rx BIN: 610014\n", plan,
        (r.choice(["U", "ZGP", "OSC", "M"]) + dg(r, 9), HPN), "GRP-" + dg(r, 5))
    d.w("Effective date: ¤\n\nCovered dependents\n", (fdate(r, "en", _dt.datetime(yr, 1, 1), 0), DT))
    d.w("  Spouse  ¤   DOB ¤   Member ID ¤-01\n", (nm(r, sp, "plain"), PER), (fdob(r, "en", 1), DOB),
        (dg(r, 9), HPN))
    if r.random() < 0.7:
        d.w("  Child   ¤   DOB ¤\n", (nm(r, ch, "plain"), PER),
            (_dt.date(r.randint(2008, 2022), r.randint(1, 12), r.randint(1, 28)).strftime("%m/%d/%Y"), DOB))
    d.w("\nPremium: $¤/mo   Stipend credit: $¤/mo (requires 30 active hours per week)\n",
        "%.2f" % r.uniform(150, 700), r.choice(["100.00", "150.00", "75.00"]))
    d.w("Primary care provider: Dr. ¤, ¤\n", (nm(r, pcp, "plain"), PER), (phone(r), PH))
    d.w("Questions: ¤ or ¤\n", (tollfree(r), PH), ("benefits@" + dom, EM))
    return d


def k_hl7_occmed(r):
    d = Doc("en")
    p, dr, ins = person(r), person(r), person(r)
    a = addr(r)
    dd = rdt(r)
    ts = dd.strftime("%Y%m%d%H%M%S")
    dob = rdob(r).strftime("%Y%m%d")
    d.w("MSH|^~\\&|OCCMED|¤|CLAIMS|HARTWELL-OA|¤||ADT^A04|MSG¤|P|2.5.1\r\n", r.choice(
        ["CONCENTRA-ATL", "USHW-PHX", "CAREWELL-CHI"]), ts, dg(r, 6))
    d.w("EVN|A04|¤\r\nPID|1||¤^^^OCC^MR||", ts, (dg(r, 8), MRN))
    d.e("%s^%s%s" % (p.last.upper(), p.first.upper(), ("^" + p.mid[0]) if p.mid else ""), PER)
    d.w("||¤|¤|||", (dob, DOB), r.choice("MFU"))
    d.e("%s^^%s^%s^%s^USA" % (a.street.upper(), a.city.upper(), a.region, a.pc), ADR)
    d.w("||¤|||¤||¤\r\n", (phone(r), PH), r.choice(["S", "M"]), (dg(r, 10), ACC))
    d.w("PV1|1|O|OCC^RM¤^1||||¤^", r.randint(1, 9), dg(r, 10))
    d.e("%s^%s" % (dr.last.upper(), dr.first.upper()), PER)
    d.w("^^^DR|||||||||||¤\r\n", dg(r, 9))
    d.w("DG1|1||S93.401A^Sprain of unsp ligament of right ankle^I10\r\n")
    d.w("IN1|1|¤|¤|¤||||GRP¤|||||||", r.choice(["AETNA-PPO", "BCBS-TX", "UHC-CHOICE"]), dg(r, 5),
        r.choice(["Aetna", "Blue Cross", "UnitedHealthcare"]), dg(r, 5))
    d.e("%s^%s" % (p.last.upper(), p.first.upper()), PER)
    d.w("|01|¤|||||||||||||||||¤\r\n", (dob, DOB), (r.choice(["W", "XYZ", "H"]) + dg(r, 9), HPN))
    d.w("NTE|1||Courier injured during delivery ¤; employer of record: N/A (1099 contractor)\r\n",
        (dd.strftime("%m/%d/%Y"), DT))
    return d


def k_ops_chat(r):
    d = Doc("en")
    pn, dom = plat(r)
    c = r.choice(US_CITIES)
    ppl = [person(r) for _ in range(3)]
    handles = [ascii_fold(x.first).lower() + "_" + r.choice(["ops", "atl", "mkt", "fs"]) for x in ppl]
    h = r.randint(6, 20)
    mm = r.randint(0, 30)
    def pre(k):
        nonlocal mm
        mm += r.randint(1, 6)
        return "[%02d:%02d] <%s> " % (h + mm // 60, mm % 60, handles[k])
    d.w("#ops-¤ log\n", c[0].lower().replace(" ", "-"))
    incident = addr(r)
    for _ in range(300):
        if incident.city == c[0]:
            break
        incident = addr(r)
    d.w("¤surge is nuts in ¤ after the game, 2.4x, we're short like 40 drivers\n", pre(0),
        (c[0], LOC))
    d.w("¤pushing a quest bonus now: 3 trips for $18. expires in 2h\n", pre(1))
    d.w("¤heads up, driver ¤ called the safety line, rider threw up in the car at ¤. cleaning fee "
        "approved\n", pre(2), (nm(r, person(r), r.choice(["plain", "first"])), PER),
        (incident.one(), ADR))
    d.w("¤can someone call him back? ¤\n", pre(0), (phone(r), PH))
    d.w("¤on it. also ¤ from the hub says the Greenlight office is closed ¤ for the holiday\n",
        pre(1), (ppl[2].first, PER), (fdate(r, "en", rdt(r), r.choice([0, 3, 5])), DT))
    d.w("¤k. reminder: airport queue at ATL lot is full, send new drivers to the ¤ staging area\n",
        pre(2), r.choice(["north", "cell-phone", "rideshare"]))
    d.w("¤@¤ thx\n", pre(0), handles[1])
    return d


def k_referral_push(r):
    d = Doc("en")
    pn, dom = plat(r)
    d.t("[\n")
    n = r.randint(2, 3)
    for i in range(n):
        ref, newp = person(r), person(r)
        code = ascii_fold(ref.first).upper()[:8] + dg(r, 3)
        dd = rdt(r)
        d.w('  {\n    "notification_id": "¤",\n    "user_id": "¤",\n    "channel": "¤",\n'
            '    "locale": "en_US",\n    "referral_code": "¤",\n', uuid4(r), short_id(r, "u"),
            r.choice(["push", "sms", "email"]), code)
        d.w('    "title": "¤ joined with your code!",\n', (newp.first, PER))
        d.w('    "body": "¤ just completed 5 trips. Your $¤ bonus arrives by ¤.",\n',
            (nm(r, newp, "plain"), PER), r.choice(["150", "200", "300", "500"]),
            (fdate(r, "en", dd + _dt.timedelta(days=7), r.choice([0, 5])), DT))
        d.w('    "send_at": "¤",\n    "created_at": "¤"\n  }¤\n', (dd.strftime("%Y-%m-%dT%H:%M:00Z"), DT),
            logts(r), "," if i < n - 1 else "")
    d.t("]\n")
    return d


# ---------------------------------------------------------------- kinds: non-English
def k_de_registrierung(r):
    d = Doc("de")
    p, ag = person(r, r.choice(["de", "de", "tr", "pl", "ar"])), person(r, "de")
    a = addr(r, "de")
    hub = addr_near(r, a)
    dom = "kourier.eu"
    anrede = r.choice(["Hallo ¤,", "Sehr geehrte Frau ¤,", "Sehr geehrter Herr ¤,"])
    d.w("Von: Kourier Fahrer-Team <¤>\nAn: ¤\nDatum: ¤\nBetreff: Ihre Registrierung als "
        "Kurier*in - nächste Schritte\n\n", ("onboarding@" + dom, EM), (email(r, p, "de"), EM),
        email_hdr_date(r))
    d.w(anrede + "\n\n", (p.first if anrede.startswith("Hallo") else p.last, PER))
    d.w("vielen Dank für Ihre Registrierung als Fahrradkurier*in in ¤. Wir haben folgende "
        "Angaben erhalten:\n\n", (a.city, LOC))
    d.w("  Name:                  ¤\n  Geburtsdatum:          ¤\n  Anschrift:             ¤\n",
        (nm(r, p, "plain"), PER), (fdob(r, "de"), DOB), (a.one(), ADR))
    d.w("  Mobilnummer:           ¤\n", (phone(r, "de"), PH))
    if r.random() < 0.5:
        d.w("  Führerscheinnummer:    ¤ (Klasse B)\n", (dlic(r, "de"), DL))
    d.w("  IBAN für Auszahlungen: ¤\n  BIC:                   ¤\n\n", (iban(r, "DE"), IBAN),
        r.choice(["COBADEFFXXX", "DEUTDEFF", "BYLADEM1001", "GENODEF1S04"]))
    d.w("Ihr Einführungstermin: ¤ im Hub ¤.\nBitte bringen Sie Ihren Personalausweis, das "
        "Fahrrad bzw. E-Bike und ein aufgeladenes Smartphone (Android 10 oder neuer) mit.\n\n",
        (fdt(r, "de", time=True), DT), (hub.one(), ADR))
    d.w("Die Vergütung beträgt ¤ pro Auftrag zzgl. Trinkgeld. Auszahlungen erfolgen wöchentlich "
        "jeden Dienstag.\n\nBei Fragen erreichen Sie uns werktags unter ¤.\n\n",
        money(r, 3, 6, "€"), (phone(r, "de"), PH))
    d.w("Mit freundlichen Grüßen\n¤\nKourier GmbH · Amtsgericht Charlottenburg HRB ¤ B · "
        "USt-IdNr. DE¤\n", (nm(r, ag, "plain"), PER), dg(r, 6), dg(r, 9))
    return d


def k_de_unfallmeldung(r):
    d = Doc("de")
    p, arzt = person(r, r.choice(["de", "tr", "ar", "pl"])), person(r, "de")
    a, ka = addr(r, "de"), addr(r, "de")
    kk = r.choice(["AOK Nordost", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"])
    d.w("UNFALLMELDUNG - Kurierdienst (selbstständige Auftragnehmer)\nSchadennummer: SN-¤-¤    "
        "Eingang: Portal\n\n", r.randint(2023, 2025), dg(r, 6))
    d.t("1. ANGABEN ZUR VERLETZTEN PERSON\n   Nachname, Vorname ... ")
    d.e(p.last + ", " + p.first, PER)
    d.w("\n   Geburtsdatum ........ ¤\n   Anschrift ........... ¤\n   Telefon ............. ¤\n",
        (fdob(r, "de", 0), DOB), (a.one(), ADR), (phone(r, "de"), PH))
    d.w("   Krankenkasse ........ ¤, Versichertennummer ¤\n\n", kk,
        (r.choice(UPPER) + dg(r, 9), HPN))
    d.w("2. UNFALLHERGANG\n   Datum/Uhrzeit ....... ¤\n   Unfallort ........... ¤, Kreuzung "
        "¤/¤\n", (fdt(r, "de", time=True, style=0), DT), (a.city, LOC),
        r.choice(["Torstraße", "Sonnenallee", "Eppendorfer Weg"]), r.choice(["Brunnenstraße", "Karl-Marx-Str."]))
    d.w("   Fahrzeug ............ ¤, Kennzeichen ¤\n   Schilderung ......... Beim Abbiegen von "
        "einem Pkw erfasst, Sturz auf die rechte Schulter. Auftrag Nr. ¤ war aktiv.\n\n",
        r.choice(["E-Lastenrad", "Motorroller", "Pkw"]), plate(r), short_id(r, "A"))
    d.w("3. ERSTBEHANDLUNG\n   Klinik .............. ¤, ¤\n   Patientennummer ..... ¤\n",
        r.choice(["Vivantes Klinikum Am Urban", "Universitätsklinikum Eppendorf",
                  "Klinikum rechts der Isar"]), (ka.one(), ADR), (dg(r, 9), MRN))
    d.w("   Durchgangsarzt ...... Dr. med. ¤\n   Diagnose ............ S42.0 (ICD-10-GM)\n\n",
        (nm(r, arzt, "plain"), PER))
    d.w("Ort, Datum: ¤, ¤      Unterschrift: ¤\n", (a.city, LOC), (fdate(r, "de", rdt(r), 0), DT),
        (nm(r, p, "plain"), PER))
    return d


def k_de_stellenanzeige(r):
    d = Doc("de")
    c = r.choice(INTL["de"])[0]
    kp = person(r, "de")
    firma = r.choice(["Müller & Söhne Logistik GmbH", "Schneider Kurierdienste KG",
                      "Hans Becker Transporte", "Blitzbote GmbH"])
    d.w("Stellenanzeige: Fahrer*in (m/w/d) für Same-Day-Lieferungen - ¤\n\n¤ sucht ab sofort "
        "Fahrer*innen in Voll- oder Teilzeit bzw. auf selbstständiger Basis für den Raum ¤.\n\n",
        (c, LOC), firma, (c, LOC))
    d.t("Ihre Aufgaben:\n- Auslieferung von Paketen und Lebensmitteln mit unseren E-Transportern\n"
        "- Kundenkontakt an der Haustür, Scannen per App (Version 5.2 oder höher)\n\n"
        "Ihr Profil:\n- Führerschein Klasse B seit mindestens 2 Jahren\n- Deutschkenntnisse B1\n"
        "- Einwandfreies Führungszeugnis\n\n")
    d.w("Wir bieten: ¤ pro Stunde, Tankkarte, Dienstkleidung, flexible Schichten (Früh, Spät, "
        "Wochenende).\n\n", money(r, 13, 17, "€"))
    d.w("Bewerbungsfrist: ¤\nAnsprechpartner*in: ¤\nTelefon: ¤\nE-Mail: ¤\n",
        (fdate(r, "de", rdt(r), r.choice([0, 1])), DT), (nm(r, kp, r.choice(["plain", "last"])), PER),
        (phone(r, "de"), PH), (corp_email(kp, r.choice(["muellersoehne-logistik.de", "blitzbote.de"])), EM))
    d.w("Online bewerben: ¤\nReferenznummer: ¤\n", (url(r, "karriere.blitzbote.de",
                                                         "/stellen/" + dg(r, 5)), URL),
        "FA-" + dg(r, 4) + "-" + rs(r, 2, UPPER))
    return d


def k_fr_litige(r):
    d = Doc("fr")
    cl, ag = person(r, r.choice(["fr", "fr", "ar", "af"])), person(r, "fr")
    a = addr(r, "fr")
    resto = r.choice(["Chez Marcel", "La Table de Jeanne", "Pizzeria Luigi", "Le Petit Marius",
                      "Sushi Yoko"])
    dd = rdt(r)
    d.w("De : ¤ <¤>\nÀ : ¤\nObjet : Litige commande ¤ - jamais reçue\n\n", (nm(r, cl, "plain"), PER), (email(r, cl, "fr"), EM),
        ("service-client@parcelpal.co", EM), short_id(r, "CMD"))
    d.w("Bonjour,\n\nJ'ai passé commande chez ¤ le ¤. L'application indique « livrée » mais je "
        "n'ai rien reçu à mon adresse : ¤. ", resto, (fdt(r, "fr", dd, time=True), DT), (a.one(), ADR))
    d.w("Le livreur, ¤, ne répondait pas au téléphone et la photo de dépôt montre une autre porte "
        "(bâtiment B, 3e étage). Je demande le remboursement intégral de ¤.\n\n",
        (person(r, "fr").first, PER), money(r, 15, 60, "€"))
    d.w("Vous pouvez me joindre au ¤.\n\nCordialement,\n¤\n\n", (phone(r, "fr"), PH),
        (nm(r, cl, r.choice(["plain", "caps"])), PER))
    d.w("--- Réponse du service client (¤) ---\nBonjour ¤,\nNous sommes désolés pour ce "
        "désagrément. Après vérification du trajet GPS, un remboursement de ¤ a été effectué "
        "sur votre carte se terminant par ¤ le ¤. Référence du litige : LIT-¤.\nBien cordialement,\n¤\n",
        (ag.first, PER), (cl.first, PER), money(r, 15, 60, "€"), dg(r, 4),
        (fdate(r, "fr", dd + _dt.timedelta(days=1), r.choice([0, 1])), DT), dg(r, 7),
        (nm(r, ag, "plain"), PER))
    return d


def k_fr_chat_vtc(r):
    d = Doc("fr")
    ch, ag = person(r, r.choice(["fr", "ar", "af"])), person(r, "fr")
    h, m = r.randint(8, 21), r.randint(0, 40)
    def ts(k):
        return "%02d:%02d - " % (h + (m + k) // 60, (m + k) % 60)
    d.w("Conversation support chauffeurs VTC - dossier n° ¤\n\n", dg(r, 8))
    d.w("¤Chauffeur : bjr je narrive plus a me connecter depuis la mise a jour 6.3\n", ts(0))
    d.w("¤¤ (support) : Bonjour ¤, je regarde ça. Pouvez-vous me confirmer votre numéro de "
        "permis de conduire ?\n", ts(1), (ag.first, PER), (ch.first, PER))
    d.w("¤Chauffeur : ¤\n", ts(3), (dlic(r, "fr"), DL))
    d.w("¤¤ (support) : Merci. Votre carte VTC expire le ¤, il faut téléverser la nouvelle.\n",
        ts(4), (ag.first, PER), (fdate(r, "fr", rdt(r), r.choice([0, 1])), DT))
    d.w("¤Chauffeur : ok. aussi j'ai changé de banque, nouvel IBAN ¤\n", ts(6), (iban(r, "FR"), IBAN))
    d.w("¤¤ (support) : Pour des raisons de sécurité, merci de modifier l'IBAN directement dans "
        "l'appli (Compte > Paiements). Le prochain virement aura lieu lundi.\n", ts(7), (ag.first, PER))
    d.w("¤Chauffeur : je suis a ¤ ce soir, vous pouvez m'appeler au ¤ ?\n", ts(9),
        (r.choice(INTL["fr"])[0], LOC), (phone(r, "fr"), PH))
    d.w("¤¤ (support) : Un conseiller vous rappellera demain ¤. Bonne soirée !\n", ts(10),
        (ag.first, PER), (r.choice(["dans la matinée", "en début d'après-midi"])))
    return d


def k_fr_attestation(r):
    d = Doc("fr")
    p, sig = person(r, r.choice(["fr", "fr", "ar", "pt"])), person(r, "fr")
    a = addr(r, "fr")
    yr = r.randint(2022, 2024)
    d.w("ATTESTATION DE REVENUS - PRESTATAIRE INDÉPENDANT\n\nLa société Freelancia SAS, "
        "immatriculée au RCS de Paris sous le n° ¤, atteste que :\n\n", "%s %s %s" % (dg(r, 3), dg(r, 3), dg(r, 3)))
    d.w("  M./Mme ¤\n  né(e) le ¤\n  demeurant ¤\n  SIRET : ¤\n\n", (nm(r, p, r.choice(["plain", "caps"])), PER),
        (fdob(r, "fr"), DOB), (a.one(), ADR), dg(r, 14))
    d.w("a perçu, au titre de prestations de services réalisées via la plateforme entre le ¤ et le "
        "¤, un montant total brut de ¤ (commission de la plateforme déduite : ¤).\n\n",
        (fdate(r, "fr", _dt.datetime(yr, 1, 1), 1), DT), (fdate(r, "fr", _dt.datetime(yr, 12, 31), 1), DT),
        money(r, 3000, 40000, "€"), money(r, 300, 4000, "€"))
    d.w("Les paiements ont été versés sur le compte IBAN ¤.\n\n", (iban(r, "FR"), IBAN))
    d.w("Fait à ¤, le ¤.\n\n¤\nResponsable comptabilité\n¤ · ¤\n", (r.choice(["Paris", "Lyon", "Nantes"]), LOC),
        (fdate(r, "fr", _dt.datetime(yr + 1, r.randint(1, 3), r.randint(1, 28)), 1), DT),
        (nm(r, sig, "plain"), PER), (corp_email(sig, "freelancia.net"), EM), (phone(r, "fr"), PH))
    return d


def k_es_recibo_mx(r):
    d = Doc("es")
    pas, con = person(r, "es"), person(r, "es")
    a1 = addr(r, "mx")
    a2 = addr_near(r, a1)
    t0 = rdt(r)
    t1 = t0 + _dt.timedelta(minutes=r.randint(10, 70))
    d.w("HOPR MÉXICO\nRecibo de viaje\n\nGracias por viajar con nosotros, ¤\n¤\n\n", (pas.first, PER),
        (fdt(r, "es", t0, time=True, style=r.choice([1, 2])), DT))
    tarifa, cuota = r.uniform(45, 400), r.uniform(5, 20)
    d.w("Tarifa del viaje          MXN $¤\nCuota de solicitud        MXN $¤\nPropina                   "
        "MXN $¤\nTotal                     MXN $¤\n\n", "%.2f" % tarifa, "%.2f" % cuota, "0.00",
        "%.2f" % (tarifa + cuota))
    d.w("Pagado con ¤ terminación ¤\n\n", r.choice(["Visa", "Mastercard", "efectivo -"]) , dg(r, 4))
    d.w("Origen   ¤  ¤\nDestino  ¤  ¤\nDistancia ¤ km · Duración ¤ min\n\n", (t0.strftime("%H:%M"), DT),
        (a1.one(), ADR), (t1.strftime("%H:%M"), DT), (a2.one(), ADR), "%.1f" % r.uniform(2, 30),
        (t1 - t0).seconds // 60)
    d.w("Tu conductor fue ¤ · ¤ · placas ¤\n", (con.first, PER), r.choice(["Nissan Versa", "Chevrolet Aveo",
                                                                     "Kia Rio"]), plate(r))
    d.w("ID del viaje: ¤\n¿Olvidaste algo? Llama a tu conductor desde la app o escribe a ¤\n",
        uuid4(r), ("ayuda@hopr-rides.com", EM))
    return d


def k_es_solicitud(r):
    d = Doc("es")
    p = person(r, r.choice(["es", "es", "ar", "pt", "af"]))
    a = addr(r, "es")
    d.w("SOLICITUD DE ALTA - REPARTIDOR/A AUTÓNOMO/A\nReferencia de solicitud: ¤\n\n", short_id(r, "SOL"))
    d.w("Nombre y apellidos: ¤\nFecha de nacimiento: ¤\nDomicilio: ¤\nLocalidad: ¤\n",
        (nm(r, p, r.choice(["plain", "caps"])), PER), (fdob(r, "es"), DOB), (a.street, ADR), (a.city, LOC))
    d.w("Código postal: ¤\nTeléfono móvil: ¤\nCorreo electrónico: ¤\n", a.pc, (phone(r, "es"), PH),
        (email(r, p, "es"), EM))
    veh = r.choice(["bicicleta", "moto (125 cc)", "coche"])
    d.w("Vehículo: ¤\n", veh)
    if veh != "bicicleta":
        d.w("Nº permiso de conducir: ¤   Fecha de caducidad: ¤\n", (dlic(r, "es"), DL),
            (fdate(r, "es", rdt(r, 2026, 2034), 0), DT))
    d.w("Disponibilidad: ¤\nZona preferida: ¤\n", r.choice(["lunes a viernes, tardes", "fines de semana",
                                                           "completa"]),
        r.choice(["Centro", "Chamberí", "Eixample", "Triana", "Ruzafa"]))
    d.w("Cuenta para cobros (IBAN): ¤\n\n", (iban(r, "ES"), IBAN))
    d.w("Declaro que los datos son ciertos y acepto la política de privacidad (v3.4).\n"
        "En ¤, a ¤.\nFirma: ¤\n", (a.city, LOC), (fdate(r, "es", rdt(r), 1), DT), (nm(r, p, "plain"), PER))
    return d


def k_it_reclamo(r):
    d = Doc("it")
    p, op = person(r, r.choice(["it", "it", "ar", "af"])), person(r, "it")
    c = r.choice(INTL["it"])[0]
    d.w("Oggetto: reclamo valutazione ingiusta - codice rider ¤\n\nGentile supporto,\n\nmi chiamo ¤ "
        "e faccio consegne a ¤ da ¤ anni. ", short_id(r, "RD"), (nm(r, p, "plain"), PER), (c, LOC),
        r.randint(1, 6))
    d.w("Il giorno ¤ ho ricevuto una valutazione di 1 stella per l'ordine n. ¤ del ristorante "
        "¤, ma il ritardo era dovuto al locale, che mi ha fatto aspettare 25 minuti.\n", (fdt(r, "it"), DT),
        dg(r, 8), r.choice(["Da Michele", "Trattoria Nonna Rosa", "Pizzeria Gino Sorbillo",
                            "Rosticceria Giovanni"]))
    d.w("La mia media è scesa da ¤ a ¤ e ora rischio la disattivazione. Chiedo di rimuovere "
        "questa valutazione.\n\nPotete contattarmi al ¤ oppure a ¤.\n\nCordiali saluti,\n¤\n\n",
        "4,9", "4,6", (phone(r, "it"), PH), (email(r, p, "it"), EM), (nm(r, p, "plain"), PER))
    d.w("--- Risposta ---\nCiao ¤, abbiamo verificato i tempi di attesa presso il ristorante "
        "e rimosso la valutazione in data ¤. Un saluto, ¤ - Supporto Rider\n", (p.first, PER),
        (fdate(r, "it", rdt(r), 0), DT), (op.first, PER))
    return d


def k_it_certificato(r):
    d = Doc("it")
    p, ag = person(r, "it"), person(r, "it")
    a, sede = addr(r, "it"), addr(r, "it")
    dec = rdt(r, 2023, 2025)
    sca = dec.replace(year=dec.year + 1)
    d.w("CERTIFICATO DI ASSICURAZIONE - RC E INFORTUNI RIDER\nPolizza n. ¤   Appendice n. ¤\n\n",
        "%s/%s" % (dg(r, 3), dg(r, 8)), r.randint(1, 9))
    d.w("Contraente: Kourier Italia S.r.l., ¤\n", (sede.one(), ADR))
    d.w("Assicurato: ¤\nNato/a il: ¤\nResidente in: ¤\nTelefono: ¤\n\n", (nm(r, p, "caps"), PER),
        (fdob(r, "it"), DOB), (a.one(), ADR), (phone(r, "it"), PH))
    d.w("Decorrenza: ¤\nScadenza:   ¤\n", (fdate(r, "it", dec, 0), DT),
        (fdate(r, "it", sca, 0), DT))
    d.t("Garanzie: Responsabilità civile verso terzi (massimale € 1.000.000); Infortuni "
        "(invalidità permanente € 100.000; diaria da ricovero € 30/giorno)\n")
    d.w("Veicolo: ¤   Targa: ¤\n\n", r.choice(["bicicletta a pedalata assistita", "scooter 50 cc"]),
        plate(r))
    d.w("Per denuncia sinistri: ¤ - ¤\nL'agente: ¤\n", ("800 " + dg(r, 3) + " " + dg(r, 3), PH),
        ("sinistri@kourier.eu", EM), (nm(r, ag, "plain"), PER))
    return d


def k_nl_uitbetaling(r):
    d = Doc("nl")
    p = person(r, r.choice(["nl", "nl", "ar", "tr", "af"]))
    a = addr(r, "nl")
    st = rdt(r)
    en = st + _dt.timedelta(days=6)
    d.w("UITBETALINGSSPECIFICATIE\nKourier B.V. · KvK ¤ · btw NL¤B01\n\n", dg(r, 8), dg(r, 9))
    d.w("Bezorger:   ¤\nAdres:      ¤\nBezorger-ID: ¤\nPeriode:    ¤ t/m ¤\n\n",
        (nm(r, p, "plain"), PER), (a.one(), ADR), short_id(r, "K"), (fdate(r, "nl", st, 0), DT),
        (fdate(r, "nl", en, 0), DT))
    d.t("Omschrijving                 Aantal      Bedrag\n")
    tot = 0
    for omschr in ["Bezorgingen", "Afstandstoeslag", "Fooien", "Regentoeslag", "Piekuurbonus"]:
        if r.random() < 0.8:
            v = r.uniform(5, 400)
            tot += v
            d.t("%-28s %6d  %10s\n" % (omschr, r.randint(1, 80), ("€ %.2f" % v).replace(".", ",")))
    d.w("\nTotaal uit te betalen: € ¤\nWordt overgemaakt op: ¤ t.n.v. ¤\n",
        ("%.2f" % tot).replace(".", ","), (iban(r, "NL"), IBAN), (nm(r, p, "initial"), PER))
    d.w("Verwachte bijschrijving: ¤\n\nVragen? Bel ¤ of mail ¤\n", (fdate(r, "nl", en + _dt.timedelta(days=2),
                                                                          r.choice([1, 2])), DT),
        (phone(r, "nl"), PH), ("uitbetalingen@kourier.eu", EM))
    return d


def k_pt_cadastro(r):
    d = Doc("pt")
    p = person(r, "pt")
    a = addr(r, "br")
    d.w("CADASTRO DE ENTREGADOR PARCEIRO - ParcelPal Brasil\nProtocolo: ¤\n\n", dg(r, 12))
    d.w("Nome completo: ¤\nData de nascimento: ¤\nCelular (WhatsApp): ¤\nE-mail: ¤\n",
        (nm(r, p, r.choice(["plain", "caps"])), PER), (fdob(r, "pt"), DOB), (phone(r, "br"), PH),
        (email(r, p, "pt"), EM))
    d.w("Endereço: ¤\n", (a.one(), ADR))
    veh = r.choice(["moto", "bicicleta", "carro"])
    d.w("Modal: ¤\n", veh)
    if veh != "bicicleta":
        d.w("CNH nº: ¤   Categoria: ¤   Validade: ¤\n", (dlic(r, "br"), DL), r.choice(["A", "AB", "B"]),
            (fdate(r, "pt", rdt(r, 2026, 2033), 0), DT))
        d.w("Placa do veículo: ¤\n", plate(r))
    d.w("\nDados para repasse\nBanco: ¤   Agência: ¤   Conta: ¤\n", r.choice(["341 - Itaú", "260 - Nubank",
                                                                            "001 - Banco do Brasil"]),
        dg(r, 4), ("%s-%s" % (dg(r, r.randint(5, 8)), dg(r, 1)), ACC))
    if r.random() < 0.5:
        d.w("Chave Pix (celular): ¤\n", (phone(r, "br"), PH))
    else:
        d.w("Chave Pix (e-mail): ¤\n", (email(r, p, "pt"), EM))
    d.w("\nAgendamento da ativação presencial: ¤ no polo ¤\n", (fdt(r, "pt", time=True), DT),
        (r.choice(["Pinheiros", "Barra da Tijuca", "Savassi"]), LOC))
    d.t("Termo de adesão aceito eletronicamente (versão 2.7). Sem vínculo empregatício.\n")
    return d


def k_pl_reklamacja(r):
    d = Doc("pl")
    p, kons = person(r, "pl"), person(r, "pl")
    a = addr(r, "pl")
    dd = rdt(r)
    d.w("¤, ¤ r.\n\n¤\n¤\ntel. ¤\ne-mail: ¤\n\n", (a.city, LOC), (fdate(r, "pl", rdt(r), 1), DT),
        (nm(r, p, "plain"), PER), (a.block(), ADR), (phone(r, "pl"), PH), (email(r, p, "pl"), EM))
    d.w("ParcelPal Polska sp. z o.o.\nDział Reklamacji\n\nREKLAMACJA DOSTAWY nr zamówienia ¤\n\n",
        short_id(r, "PL"))
    d.w("Szanowni Państwo,\n\nw dniu ¤ kurier (imię w aplikacji: ¤) oznaczył przesyłkę jako "
        "doręczoną, jednak paczka nie dotarła pod mój adres. ", (fdt(r, "pl", dd, time=True, style=0), DT),
        (person(r, "pl").first, PER))
    d.w("Zdjęcie potwierdzenia dostawy przedstawia inną klatkę schodową. Wartość zamówienia "
        "wynosi ¤.\n\nWnoszę o zwrot pełnej kwoty na kartę, którą dokonano płatności (końcówka ¤), "
        "w terminie 14 dni.\n\nZ poważaniem\n¤\n\n", money(r, 40, 600, "zł"), dg(r, 4),
        (nm(r, p, "plain"), PER))
    d.w("--- Odpowiedź ---\nDzień dobry, reklamacja nr ¤ została uznana. Zwrot zlecono ¤. "
        "Pozdrawiamy, ¤, Zespół Obsługi Klienta\n", "R/%d/%s" % (dd.year, dg(r, 5)),
        (fdate(r, "pl", dd + _dt.timedelta(days=r.randint(1, 9)), 0), DT), (nm(r, kons, "plain"), PER))
    return d


def k_sv_pass_sms(r):
    d = Doc("sv")
    p, chef = person(r, r.choice(["sv", "sv", "ar", "af", "pl"])), person(r, "sv")
    a = addr(r, "se")
    t = rdt(r)
    d.w("SMS från ShiftHive till ¤\n\n", (phone(r, "se"), PH))
    d.w("ShiftHive: Hej ¤! Nytt pass: Lagerarbetare hos ¤, ¤, ¤-¤. ¤ kr/tim. Svara JA för att boka.\n",
        (p.first, PER), r.choice(["ICA Lager", "Postnord Terminal", "Apotea", "Mathem"]), (a.one(), ADR),
        (fdt(r, "sv", t, time=True, style=r.choice([0, 2])), DT),
        ("%02d:%02d" % ((t.hour + 8) % 24, t.minute), DT), r.randint(150, 210))
    d.t("Du: JA\n")
    d.w("ShiftHive: Bokat! Anmäl dig hos ¤ vid personalingången. Frågor: ¤\n",
        (nm(r, chef, r.choice(["plain", "first"])), PER), (phone(r, "se"), PH))
    d.t("ShiftHive: Påminnelse: ditt pass börjar om 2 timmar. Ta med skyddsskor.\n")
    d.w("ShiftHive: Tack för passet! Lönen betalas ut den ¤. Betygsätt passet: ¤\n",
        (fdate(r, "sv", t + _dt.timedelta(days=r.randint(5, 25)), 1), DT),
        (url(r, "shifthive.com", "/se/r/" + rs(r, 6)), URL))
    d.t("\nSvara STOPP för att avregistrera dig.\n")
    return d


def k_tr_basvuru(r):
    d = Doc("tr")
    p, ik = person(r, "tr"), person(r, "tr")
    a = addr(r, "tr")
    d.w("KURYE BAŞVURU FORMU - Kourier Türkiye\nBaşvuru No: ¤\n\n", dg(r, 9))
    d.w("Ad Soyad        : ¤\nDoğum Tarihi    : ¤\nCep Telefonu    : ¤\nE-posta         : ¤\n",
        (nm(r, p, r.choice(["plain", "caps"])), PER), (fdob(r, "tr"), DOB), (phone(r, "tr"), PH),
        (email(r, p, "tr"), EM))
    d.w("Adres           : ¤\nİl / İlçe       : ¤ / ¤\n", (a.street, ADR), (a.region, LOC), (a.city, LOC))
    d.w("Ehliyet No      : ¤   Sınıf: ¤   Veriliş Tarihi: ¤\n", (dlic(r, "tr"), DL),
        r.choice(["A2", "A", "B"]), (fdate(r, "tr", rdt(r, 2008, 2021), 0), DT))
    d.w("Araç           : ¤ (plaka ¤)\nIBAN            : ¤\n", r.choice(["Motosiklet 125cc", "Elektrikli scooter"]),
        plate(r), (iban(r, "TR"), IBAN))
    d.w("\nMülakat Tarihi  : ¤\nGörüşmeyi Yapan : ¤\nSonuç          : ¤\n", (fdt(r, "tr", time=True), DT),
        (nm(r, ik, "plain"), PER), r.choice(["Olumlu", "Beklemede", "Olumsuz"]))
    d.t("\nKVKK aydınlatma metni okunmuş ve onaylanmıştır (sürüm 1.3).\n")
    return d


# ---------------------------------------------------------------- kinds: empty (hard negatives only)
def k_e_release_notes(r):
    d = Doc("en")
    pn, _ = plat(r)
    v = "%d.%d.%d" % (r.randint(5, 9), r.randint(0, 40), r.randint(0, 9))
    d.w("¤ Driver app ¤ (build ¤) - release notes\nRolling out to 10% of drivers today, 100% "
        "within 7 days. Minimum OS: iOS 16.0 / Android 10 (API 29).\n\n", pn, v, dg(r, 5))
    d.t("New\n- Earnings tab now shows tips separately from fares and promotions\n"
        "- Instant Pay fee lowered to $0.85 per cash-out (was $1.25)\n"
        "- Dark mode for the navigation overlay\n\nFixed\n")
    for _ in range(r.randint(3, 6)):
        d.w("- ¤: ¤ (commit ¤)\n", "DRV-" + dg(r, 4), r.choice([
            "crash when uploading a document larger than 10 MB",
            "1099 download button hidden on small screens",
            "wrong currency symbol for CAD markets",
            "shift reminder fired twice on Sundays",
            "rating screen stuck after a cancelled trip",
            "Park Avenue pickup pin snapping to the wrong curb",
            "duplicate push for the Weekend Warrior quest"]), hexs(r, 7))
    d.w("\nKnown issues\n- Some Samsung Galaxy S21 devices report GPS drift of 30-50 m (tracking in "
        "DRV-¤)\n\nChecksums\n  sha256 ¤  driver-app-¤.apk\n", dg(r, 4), hexs(r, 64), v)
    return d


def k_e_fare_table(r):
    d = Doc("en")
    d.t("RATE CARD - UberX-class / Standard tier (effective next billing cycle)\n\n")
    d.t("ZONE  AIRPORT  BASE    PER MI  PER MIN  MIN FARE  BOOKING  SURGE CAP\n")
    for z in range(1, r.randint(6, 10)):
        d.t("Z%-3d  %-7s  $%-5.2f $%-5.2f $%-6.2f $%-7.2f $%-6.2f %.1fx\n" % (
            z, r.choice(["SFO", "JFK", "ORD", "ATL", "DEN", "SEA", "MIA", "AUS", "-", "-"]),
            r.uniform(1, 3), r.uniform(0.8, 2.2), r.uniform(0.15, 0.45), r.uniform(5, 9),
            r.uniform(1.5, 3.5), r.choice([2.0, 2.5, 3.0, 4.0])))
    d.t("\nNotes\n- Airport pickups add a $5.00 access fee (Z1-Z3 only).\n"
        "- Wait time: first 2 minutes free, then $0.35/min.\n"
        "- Cancellation after 2 minutes: $5.00, split 80/20 with the driver.\n"
        "- Tolls are passed through at cost; HS code and tax class do not apply to rides.\n"
        "- Rate card id RC-%s, version %d.%d, approved by the pricing committee.\n" % (
            dg(r, 5), r.randint(1, 9), r.randint(0, 20)))
    return d


def k_e_metrics_log(r):
    d = Doc("en")
    clk = Clock(r)
    for _ in range(r.randint(8, 14)):
        lvl = r.choice(["INFO", "INFO", "INFO", "WARN", "DEBUG"])
        d.w("¤ ¤ [¤] ¤\n", clk((1, 5)), lvl, r.choice(["dispatch", "matching", "eta-svc", "payout-batch"]),
            r.choice([
                "pod=dispatch-7f9c6d-%s cpu=%d%% mem=%dMi" % (rs(r, 5, string.ascii_lowercase + string.digits),
                                                        r.randint(5, 95), r.randint(200, 2000)),
                "match_latency_p99=%dms offers=%d accept_rate=%.2f" % (r.randint(80, 900), r.randint(100, 9000),
                                                                       r.random()),
                "trip=%s state=COMPLETED fare_cents=%d dist_m=%d" % (uuid4(r), r.randint(500, 9000),
                                                                    r.randint(800, 40000)),
                "batch=%s payouts=%d total_cents=%d checksum=%s" % (dg(r, 8), r.randint(10, 900),
                                                                  r.randint(100000, 9999999), hexs(r, 40)),
                "eta_model=v%d.%d drift=%.3f region=us-east-2 build=%s" % (r.randint(1, 9), r.randint(0, 9),
                                                                           r.random(), hexs(r, 12)),
                "retrying job %s in %ds (attempt %d/5)" % (uuid4(r), r.choice([30, 60, 120]), r.randint(1, 5)),
                "cache hit ratio %.3f keys=%d evictions=%d" % (r.random(), r.randint(1000, 90000), r.randint(0, 900)),
            ]))
    return d


def k_e_masked_summary(r):
    d = Doc("en")
    d.w("PAYOUT RECONCILIATION - batch ¤ (masked export, safe to share)\n\n", dg(r, 8))
    d.t("payee_ref     tin          bank_acct   routing    bic          amount     status\n")
    for _ in range(r.randint(4, 8)):
        d.t("%-13s %-12s %-11s %-10s %-12s %9s  %s\n" % (
            short_id(r, "PY"), r.choice([masked_ssn(r), "**-***%s" % dg(r, 4), "on file"]),
            "****" + dg(r, 4), routing(r), r.choice(BICS), "%.2f" % r.uniform(10, 4000),
            r.choice(["SETTLED", "RETURNED R03", "PENDING", "HELD - TS"])))
    d.w("\nRejected test vectors (do not use): card ¤, ITIN-like ¤, ¤\n", bad_card(r), bad_ssn(r), bad_ssn(r))
    d.w("Control total: $¤   Items: ¤   File hash: ¤\nEIN of filer on file; TINs are truncated per IRS "
        "Notice 2011-38.\n", "{:,.2f}".format(r.uniform(5000, 90000)), r.randint(4, 8), hexs(r, 64))
    return d


def k_e_ci_refs(r):
    d = Doc("en")
    d.w("name: nightly-1099-export\non:\n  schedule:\n    - cron: \"0 ¤ * * 1\"\n  workflow_dispatch: {}\n"
        "env:\n  NODE_VERSION: \"¤\"\n  TAX_YEAR: \"¤\"\njobs:\n  export:\n    runs-on: ubuntu-22.04\n"
        "    timeout-minutes: 45\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-node@v4\n        with:\n          node-version: ${{ env.NODE_VERSION }}\n",
        r.randint(1, 9), r.choice(["18.19.0", "20.11.1", "22.2.0"]), r.randint(2022, 2024))
    d.t("      - name: Export forms\n        env:\n"
        "          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}\n"
        "          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"
        "          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"
        "          DATABASE_URL: ${{ secrets.PAYOUTS_DB_URL }}\n"
        "          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n"
        "        run: |\n          export PGPASSWORD=\"${PGPASSWORD:?missing}\"\n"
        "          node scripts/export-1099.js --year \"$TAX_YEAR\" --bucket \"${FORMS_BUCKET}\"\n")
    d.w("      - uses: actions/upload-artifact@v4\n        with:\n          name: forms-¤\n"
        "          retention-days: 7\n# pinned action sha: ¤\n", hexs(r, 7), hexs(r, 40))
    return d


def k_e_gear_catalog(r):
    d = Doc("en")
    d.t("COURIER GEAR SHOP - spring catalogue (prices include platform discount)\n\n")
    items = [("Park Avenue Insulated Delivery Bag 40L", 59.0), ("Abbey Road Thermal Backpack", 74.5),
             ("Bourbon Street Rain Poncho (hi-vis)", 19.99), ("Madison Phone Mount, magnetic", 24.0),
             ("Dr. Martens 1460 Work Boot (safety toe)", 169.0), ("Lincoln LED Helmet Light", 29.5),
             ("Ben & Jerry's branded cooler sleeve (promo)", 0.0), ("Jackson 20,000 mAh power bank", 39.0),
             ("Sterling Reflective Vest, size L", 12.75), ("Victoria Pizza Bag (fits 4 x 16-inch)", 44.0)]
    r.shuffle(items)
    for name, price in items[:r.randint(6, 9)]:
        d.t("%-46s SKU %s  $%7.2f  %s\n" % (name, rs(r, 3, UPPER) + "-" + dg(r, 4), price,
                                           r.choice(["in stock", "backorder", "2 left"])))
    d.t("\nFree shipping on orders over $50. Returns accepted within 30 days. Codes cannot be "
        "combined; code RIDE20 expires at the end of the quarter.\n")
    return d


def k_e_de_steuer_faq(r):
    d = Doc("de")
    d.t("FAQ: Steuern für selbstständige Kurier*innen (Stand: aktuelle Fassung, ohne Gewähr)\n\n")
    secs = [
        "Muss ich Umsatzsteuer abführen?\nWenn Ihr Umsatz im Vorjahr unter %s € lag und im laufenden "
        "Jahr voraussichtlich unter %s € liegt, können Sie die Kleinunternehmerregelung nach "
        "§ 19 UStG nutzen.\n\n" % (r.choice(["22.000", "25.000"]), r.choice(["50.000", "100.000"])),
        "Welche Kosten kann ich absetzen?\nZum Beispiel Fahrradreparaturen, Handyvertrag (anteilig), "
        "Thermorucksack und Regenkleidung. Bewahren Sie Belege %d Jahre auf.\n\n" % r.choice([8, 10]),
        "Bekomme ich eine Jahresabrechnung?\nJa, die Jahresübersicht steht im Fahrer-Portal unter "
        "Einnahmen > Dokumente bereit, meist in der zweiten Januarwoche.\n\n",
        "Wie hoch ist die Plattformgebühr?\nDerzeit %s %% je Auftrag; Trinkgelder werden zu 100 %% "
        "ausgezahlt. Auszahlungen erfolgen wöchentlich (Dienstag), Sofortauszahlung kostet %s €.\n\n"
        % (r.choice(["15", "18", "20"]), r.choice(["0,50", "0,79", "1,00"])),
        "Brauche ich einen Gewerbeschein?\nFür Kurierfahrten mit dem Fahrrad in der Regel ja; die "
        "Anmeldung kostet je nach Gemeinde zwischen %d und %d €.\n\n" % (r.randint(15, 25), r.randint(40, 65)),
    ]
    r.shuffle(secs)
    for sec in secs[:r.randint(3, 5)]:
        d.t(sec)
    d.t("Hinweis: Diese FAQ ersetzt keine Steuerberatung (Dokumentversion %d.%d).\n" % (
        r.randint(1, 4), r.randint(0, 9)))
    return d


def k_e_fr_faq(r):
    d = Doc("fr")
    d.t("FAQ livreurs partenaires - paiements et facturation\n\n")
    d.w("Quand suis-je payé ?\nLes virements sont émis chaque lundi pour la semaine précédente et "
        "arrivent sous 48 à 72 heures selon votre banque. Le paiement instantané coûte ¤ €.\n\n",
        r.choice(["0,50", "0,99"]))
    d.t("Comment est calculée ma rémunération ?\nChaque course comprend un montant de base, une part "
        "liée à la distance et d'éventuels bonus (pluie, heures de pointe). Les pourboires vous "
        "reviennent à 100 %.\n\n")
    d.w("Dois-je facturer la TVA ?\nEn micro-entreprise, la franchise en base s'applique tant que "
        "votre chiffre d'affaires reste sous le seuil en vigueur (¤ € pour les prestations de "
        "services). Mentionnez « TVA non applicable, art. 293 B du CGI » sur vos factures.\n\n",
        r.choice(["36 800", "37 500"]))
    d.w("Version de l'application requise : ¤ ou supérieure.\n", "%d.%d" % (r.randint(5, 9), r.randint(0, 20)))
    return d


def k_e_es_aviso(r):
    d = Doc("es")
    d.t("AVISO A REPARTIDORES: actualización de tarifas\n\n")
    d.w("A partir de la próxima semana, la tarifa base por pedido pasa de ¤ € a ¤ € y el "
        "suplemento por kilómetro adicional será de ¤ €/km. ", "2,40", r.choice(["2,55", "2,60"]),
        r.choice(["0,35", "0,40"]))
    d.t("Los pedidos en horario nocturno (a partir de medianoche) y los días de lluvia tendrán un "
        "incremento del 15 %.\n\n")
    for z in ["Z1 Centro", "Z2 Ensanche", "Z3 Periferia Norte", "Z4 Periferia Sur"]:
        d.t("  %-22s base %s €   mínimo %s €\n" % (z, r.choice(["2,55", "2,60", "2,80"]),
                                                    r.choice(["3,50", "4,00"])))
    d.w("\nLos pagos se siguen realizando cada jueves. Actualiza la app a la versión ¤ para ver "
        "el nuevo desglose. Referencia interna del cambio: TAR-¤.\n", "%d.%d.%d" % (
            r.randint(4, 9), r.randint(0, 20), r.randint(0, 9)), dg(r, 5))
    return d


# ---------------------------------------------------------------- registry
KINDS = [
    ("onboarding_welcome_email", "en", False, k_onboarding_email),
    ("background_check_report", "en", False, k_background_check),
    ("mvr_report", "en", False, k_mvr),
    ("freelancer_profile_json", "en", False, k_freelancer_json),
    ("stripe_payout_webhook", "en", False, k_stripe_webhook),
    ("payout_api_log", "en", False, k_payout_api_log),
    ("ride_receipt", "en", False, k_ride_receipt),
    ("delivery_dispute_ticket", "en", False, k_dispute_ticket),
    ("rating_complaint_email", "en", False, k_rating_complaint),
    ("form_1099_nec", "en", False, k_1099_nec),
    ("form_1099_k", "en", False, k_1099_k),
    ("w9_submission", "en", False, k_w9),
    ("trust_safety_incident", "en", False, k_trust_safety),
    ("shift_sms_thread", "en", False, k_shift_sms),
    ("job_posting", "en", False, k_job_posting),
    ("applicants_csv", "en", False, k_applicants_csv),
    ("driver_support_chat", "en", False, k_support_chat),
    ("insurance_coi_acord", "en", False, k_insurance_coi),
    ("payout_service_env", "en", False, k_env_config),
    ("k8s_secret_yaml", "en", False, k_k8s_secret),
    ("ci_log_token_leak", "en", False, k_ci_log_leak),
    ("key_leak_postmortem", "en", False, k_key_leak_postmortem),
    ("deactivation_appeal_letter", "en", False, k_appeal_letter),
    ("courier_injury_claim", "en", False, k_injury_claim),
    ("drug_screen_ccf", "en", False, k_drug_screen),
    ("direct_deposit_form", "en", False, k_direct_deposit),
    ("instant_pay_card_email", "en", False, k_instant_pay_card),
    ("tax_docs_ready_email", "en", False, k_tax_doc_email),
    ("sepa_payout_xml", "en", False, k_sepa_xml),
    ("kyc_callback_json", "en", False, k_kyc_json),
    ("fleet_roster_tsv", "en", False, k_fleet_roster),
    ("refund_email_thread", "en", False, k_refund_thread),
    ("safety_hotline_transcript", "en", False, k_hotline_transcript),
    ("partner_api_ticket", "en", False, k_api_ticket),
    ("webhook_secret_chat", "en", False, k_webhook_debug),
    ("ssh_runbook", "en", False, k_ssh_runbook),
    ("lost_item_report", "en", False, k_lost_item),
    ("vehicle_inspection_form", "en", False, k_vehicle_inspection),
    ("contractors_sql_dump", "en", False, k_sql_dump),
    ("weekly_earnings_statement", "en", False, k_earnings_statement),
    ("admin_audit_log", "en", False, k_admin_audit),
    ("fleet_manager_vcard", "en", False, k_vcard),
    ("onboarding_session_ics", "en", False, k_ics),
    ("portable_benefits_enrollment", "en", False, k_benefits_enrollment),
    ("occmed_hl7_adt", "en", False, k_hl7_occmed),
    ("ops_irc_log", "en", False, k_ops_chat),
    ("referral_push_json", "en", False, k_referral_push),
    ("de_kurier_registrierung", "de", False, k_de_registrierung),
    ("de_unfallmeldung", "de", False, k_de_unfallmeldung),
    ("de_stellenanzeige", "de", False, k_de_stellenanzeige),
    ("fr_litige_livraison", "fr", False, k_fr_litige),
    ("fr_chat_chauffeur_vtc", "fr", False, k_fr_chat_vtc),
    ("fr_attestation_revenus", "fr", False, k_fr_attestation),
    ("es_recibo_viaje_mx", "es", False, k_es_recibo_mx),
    ("es_solicitud_repartidor", "es", False, k_es_solicitud),
    ("it_reclamo_valutazione", "it", False, k_it_reclamo),
    ("it_certificato_assicurativo", "it", False, k_it_certificato),
    ("nl_uitbetalingsspecificatie", "nl", False, k_nl_uitbetaling),
    ("pt_cadastro_entregador_br", "pt", False, k_pt_cadastro),
    ("pl_reklamacja_dostawy", "pl", False, k_pl_reklamacja),
    ("sv_pass_sms", "sv", False, k_sv_pass_sms),
    ("tr_kurye_basvuru", "tr", False, k_tr_basvuru),
    ("empty_app_release_notes", "en", True, k_e_release_notes),
    ("empty_fare_rate_card", "en", True, k_e_fare_table),
    ("empty_metrics_log", "en", True, k_e_metrics_log),
    ("empty_masked_reconciliation", "en", True, k_e_masked_summary),
    ("empty_ci_secret_refs", "en", True, k_e_ci_refs),
    ("empty_gear_catalog", "en", True, k_e_gear_catalog),
    ("empty_de_steuer_faq", "de", True, k_e_de_steuer_faq),
    ("empty_fr_faq_paiements", "fr", True, k_e_fr_faq),
    ("empty_es_aviso_tarifas", "es", True, k_e_es_aviso),
]

_BUCKETS = {}
for _k in KINDS:
    _BUCKETS.setdefault((_k[2], _k[1] != "en"), []).append(_k)
# (empty, non-English) -> share of documents: ~12% empty, ~25% non-English overall
_BUCKET_W = [((False, False), 0.65), ((False, True), 0.22), ((True, False), 0.098),
             ((True, True), 0.032)]


def _pick_kind(r):
    x = r.random()
    acc = 0.0
    for key, w in _BUCKET_W:
        acc += w
        if x < acc:
            return r.choice(_BUCKETS[key])
    return r.choice(_BUCKETS[_BUCKET_W[-1][0]])


def _build(r):
    kind = _pick_kind(r)
    name, lang, empty, fn = kind
    d = None
    for _ in range(6):
        d = fn(r)
        if len(d.text) <= 3000:
            break
    text = d.text
    ents = list(d.ents)
    if len(text) > 3000:  # last resort: cut at a line break, keep whole spans only
        cut = text.rfind("\n", 0, 2990)
        text = text[:cut]
        ents = [e for e in ents if e["end"] <= cut]
    pad = FILLER.get(lang, FILLER["en"])
    while len(text.rstrip()) < 150:
        text = text.rstrip() + "\n\n" + pad
    return name, lang, text, sorted(ents, key=lambda e: (e["start"], e["end"]))


def generate(n, seed=0):
    for i in range(n):
        r = random.Random(f"blind82-{seed}-{i}")
        name, lang, text, ents = _build(r)
        yield {"id": f"blind82-{seed}-{i:06d}", "text": text, "entities": ents}


def _generate_meta(n, seed=0):
    for i in range(n):
        r = random.Random(f"blind82-{seed}-{i}")
        name, lang, text, ents = _build(r)
        yield name, lang, {"id": f"blind82-{seed}-{i:06d}", "text": text, "entities": ents}


def _marked(doc):
    out, last = [], 0
    t = doc["text"]
    for e in doc["entities"]:
        out.append(t[last:e["start"]])
        out.append("[[%s|%s]]" % (t[e["start"]:e["end"]], e["type"]))
        last = e["end"]
    out.append(t[last:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 82 -- gig economy and job platforms")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        types, kinds, langs = Counter(), Counter(), Counter()
        nprob, ndocs, nempty = 0, 0, 0
        for seed in (0, 1):
            for name, lang, doc in _generate_meta(2000, seed):
                ndocs += 1
                kinds[name] += 1
                langs[lang] += 1
                if not doc["entities"]:
                    nempty += 1
                for e in doc["entities"]:
                    types[e["type"]] += 1
                for p in validate(doc):
                    nprob += 1
                    if nprob <= 40:
                        print("PROBLEM", doc["id"], name, p)
        print("docs checked: %d   empty docs: %d (%.1f%%)" % (ndocs, nempty, 100.0 * nempty / ndocs))
        print("\nentities per type:")
        for t in TYPES:
            print("  %-22s %6d" % (t, types[t]))
        print("\ndocs per language:")
        for l, c in sorted(langs.items(), key=lambda x: -x[1]):
            print("  %-4s %5d (%.1f%%)" % (l, c, 100.0 * c / ndocs))
        print("\ndocs per kind:")
        for k in KINDS:
            print("  %-32s %-3s %-5s %5d" % (k[0], k[1], "empty" if k[2] else "", kinds[k[0]]))
        used = sum(1 for k in KINDS if kinds[k[0]])
        missing_types = [t for t in TYPES if not types[t]]
        print("\nkinds defined: %d   kinds used: %d   problems: %d" % (len(KINDS), used, nprob))
        if missing_types:
            print("types never used:", missing_types)
        bad = nprob > 0 or used < 50 or bool(missing_types)
        sys.exit(1 if bad else 0)
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print("=" * 30, doc["id"], "=" * 30)
            print(_marked(doc))
            print()
        return
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        sys.exit(0)
