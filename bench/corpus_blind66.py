#!/usr/bin/env python3
r"""Blind corpus 66 -- private banking, wealth management, trusts and estates.

Synthetic, labelled documents from the world of private banks, family offices,
trust companies and estate lawyers: portfolio reviews, KYC refreshes, trust
deeds, estate inventories, probate letters, family-office e-mails, custody
statements, beneficiary forms, advisor CRM notes, secure-messaging chats,
care-cost records of special-needs trusts, integration configs and logs.
All values are fake; spans are recorded while the text is built.

Usage: python3 bench/corpus_blind66.py --check | --sample K | --n N --seed S --output F.jsonl

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
"""
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
]
SECRET_TYPES = {
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
    "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
}


# ---------------------------------------------------------------------------
# Builder: appends pieces and records entity spans while the text is built
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self._buf: list[str] = []
        self._len = 0
        self.ents: list[tuple[int, int, str]] = []

    def add(self, *pieces):
        for p in pieces:
            if p is None or p is False or p == "":
                continue
            if isinstance(p, tuple):
                val, typ = p
                if not val:
                    continue
                start = self._len
                self._buf.append(val)
                self._len += len(val)
                if typ:
                    self.ents.append((start, self._len, typ))
            elif isinstance(p, list):
                self.add(*p)
            else:
                self._buf.append(p)
                self._len += len(p)
        return self

    def text(self) -> str:
        return "".join(self._buf)


def _mk(t):
    return lambda v: (v, t)


PER, EML, PHN, SSN, CCN = (_mk(t) for t in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD"))
IBN, IPA, DOB, DTM, LOC = (_mk(t) for t in ("IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION"))
ADR, URL, MRN, HPN, ACC = (_mk(t) for t in ("ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER"))
DLN, AKI, AKS, GHT, SLK = (_mk(t) for t in ("DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN"))
STK, JWTT, PKY, PWD, SEC = (_mk(t) for t in ("STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"))


def ch(r, seq):
    return seq[r.randrange(len(seq))]


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def alnum(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


def upal(r, n):
    return alnum(r, n, string.ascii_uppercase + string.digits)


def hexs(r, n):
    return alnum(r, n, "0123456789abcdef")


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
NAMES = {
    "en": (["James", "Robert", "William", "Charles", "Edward", "Henry", "Thomas", "Andrew", "Christopher",
            "Jonathan", "Benjamin", "Nathaniel", "Theodore", "Samuel", "Peter", "Richard", "Frederick",
            "Hugh", "Rupert", "Oliver", "Declan", "Marcus", "Tyrone", "DeShawn", "Graham", "Wesley"],
           ["Margaret", "Elizabeth", "Catherine", "Eleanor", "Victoria", "Caroline", "Abigail", "Harriet",
            "Julia", "Olivia", "Grace", "Alice", "Diana", "Rebecca", "Lauren", "Meredith", "Penelope",
            "Imogen", "Siobhan", "Keisha", "Zoë", "Allison", "Tamsin", "Courtney"],
           ["Whitfield", "Ashworth", "Pemberton", "Harrington", "Caldwell", "Thornton", "Sinclair",
            "Montgomery", "Gallagher", "O'Brien", "McAllister", "Fitzgerald", "Beaumont", "Prescott",
            "Winslow", "Davenport", "Holloway", "Whitaker", "Bradshaw", "Carrington", "Blackwood",
            "Stratton", "Rutherford", "Hughes", "Okonjo-Hart", "Vance", "Kowalski-Reed", "Abernathy"]),
    "de": (["Klaus", "Friedrich", "Matthias", "Wolfgang", "Johannes", "Maximilian", "Lukas", "Jürgen",
            "Dieter", "Florian", "Konstantin", "Tobias"],
           ["Ursula", "Sabine", "Katharina", "Annelie", "Brigitte", "Johanna", "Henrike", "Friederike",
            "Claudia", "Marlene", "Greta"],
           ["Müller", "Schneider", "Bachmann", "Oberhauser", "von Stetten", "Hoffmann", "Weißenborn",
            "Kästner", "Brandauer", "Vogel", "Reinhardt", "Falkenberg", "Eichhorn", "Gruber", "Zimmermann"]),
    "fr": (["Jean-Baptiste", "Étienne", "Philippe", "Antoine", "Benoît", "Laurent", "Mathieu", "Théo",
            "Grégoire", "Hugues"],
           ["Héloïse", "Camille", "Amélie", "Sophie", "Élodie", "Margaux", "Béatrice", "Isabelle",
            "Clémence", "Anaïs"],
           ["Dubois", "Lefèvre", "de La Tour d'Auvergne", "Moreau", "Girard", "Fontaine", "Chevalier",
            "Rousseau", "Delacroix", "Marchand", "Beaulieu", "Duval"]),
    "es": (["Alejandro", "Javier", "Santiago", "Álvaro", "Ignacio", "Rodrigo", "Fernando", "Mateo"],
           ["María José", "Lucía", "Carmen", "Inmaculada", "Valentina", "Beatriz", "Pilar", "Ximena"],
           ["García Robles", "Fernández", "Martínez de la Vega", "Ortega", "Sánchez", "Domínguez",
            "Navarro", "Ibáñez", "Castillo", "Villanueva"]),
    "it": (["Giovanni", "Alessandro", "Lorenzo", "Federico", "Matteo", "Giuseppe", "Riccardo", "Tommaso"],
           ["Francesca", "Giulia", "Chiara", "Alessandra", "Ludovica", "Beatrice", "Elena", "Caterina"],
           ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Galli", "Conti",
            "De Luca", "Mancini", "Barbieri", "Lombardi"]),
    "pt": (["João", "Tiago", "Rui", "Gonçalo", "Duarte", "Afonso", "Paulo", "Henrique"],
           ["Inês", "Beatriz", "Mariana", "Leonor", "Carolina", "Joana", "Sofia", "Madalena"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Gonçalves", "Rodrigues", "Carvalho", "Sousa",
            "Magalhães", "Albuquerque"]),
    "nl": (["Pieter", "Joost", "Maarten", "Willem", "Sander", "Bram", "Thijs", "Jeroen"],
           ["Anouk", "Sanne", "Femke", "Marieke", "Lotte", "Eline", "Annemieke"],
           ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "van Dijk", "Smit", "Meijer",
            "de Graaf", "van der Meer"]),
    "pl": (["Łukasz", "Krzysztof", "Tomasz", "Piotr", "Marcin", "Wojciech", "Grzegorz"],
           ["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Ewa", "Dorota"],
           ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Pietrzak", "Michalak", "Wróbel"]),
    "sv": (["Erik", "Lars", "Anders", "Johan", "Magnus", "Gustav", "Henrik", "Nils"],
           ["Ingrid", "Astrid", "Karin", "Ebba", "Linnéa", "Maja", "Elsa", "Sigrid"],
           ["Lindqvist", "Andersson", "Johansson", "Bergström", "Sjöberg", "Lundgren", "Nyström",
            "Åkesson", "Holmberg"]),
    "tr": (["Mehmet", "Emre", "Burak", "Kerem", "Oğuz", "Selim", "Can", "Murat"],
           ["Ayşe", "Elif", "Zeynep", "Defne", "Selin", "Gülşen", "Ece", "Nur"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Koç"]),
    "ja": (["Hiroshi", "Takeshi", "Kenji", "Daisuke", "Haruto", "Shinji", "Ryo", "Kazuki"],
           ["Yuki", "Aiko", "Haruka", "Sakura", "Emi", "Naoko", "Mei", "Rina"],
           ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato",
            "Ito", "Matsumoto"]),
    "zh": (["Wei", "Jian", "Hao", "Zhiqiang", "Jun", "Ming"],
           ["Mei Ling", "Xiaoling", "Yan", "Lihua", "Jing"],
           ["Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Lau", "Cheung", "Wong", "Tan"]),
    "in": (["Arjun", "Rohan", "Vikram", "Aditya", "Rajesh", "Sanjay"],
           ["Priya", "Ananya", "Kavya", "Deepika", "Sunita", "Meera"],
           ["Sharma", "Patel", "Iyer", "Mehta", "Reddy", "Kapoor", "Banerjee", "Nair", "Chatterjee"]),
    "ar": (["Omar", "Khalid", "Faisal", "Tariq", "Youssef", "Hamza"],
           ["Layla", "Fatima", "Noura", "Amira", "Yasmin", "Salma"],
           ["Al-Mansouri", "Haddad", "Khoury", "Nasser", "Al-Farsi", "El-Amin", "Saleh", "Bishara"]),
    "ng": (["Chinedu", "Oluwaseun", "Emeka", "Babatunde", "Ikenna"],
           ["Adaeze", "Ngozi", "Folake", "Chiamaka", "Yetunde"],
           ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo"]),
    "ko": (["Min-jun", "Seo-jun", "Ji-hoon", "Dong-hyun"],
           ["Ji-woo", "Seo-yeon", "Min-seo", "Hye-jin"],
           ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"]),
    "gr": (["Nikolaos", "Konstantinos", "Dimitrios", "Georgios"],
           ["Eleni", "Katerina", "Athina", "Despina"],
           ["Papadopoulos", "Georgiou", "Konstantinidis", "Vlachos", "Antonopoulos"]),
    "ru": (["Dmitri", "Alexei", "Sergei", "Mikhail"],
           ["Anastasia", "Ekaterina", "Natalia", "Irina"],
           ["Sokolov", "Morozov", "Lebedev", "Orlov", "Belov"]),
    "he": (["Avi", "Eitan", "Noam", "Yossi"],
           ["Tamar", "Noa", "Yael", "Shira"],
           ["Cohen", "Levi", "Mizrahi", "Friedman", "Shapiro"]),
}
MIXED_CULTURES = ["en"] * 8 + ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ja", "zh", "zh",
                               "in", "in", "ar", "ng", "ko", "gr", "ru", "he"]

TITLES = {
    "en": {"m": ["Mr.", "Dr."], "f": ["Mrs.", "Ms.", "Dr."]},
    "de": {"m": ["Herr", "Herr Dr."], "f": ["Frau", "Frau Dr."]},
    "fr": {"m": ["M.", "Maître"], "f": ["Mme", "Maître"]},
    "es": {"m": ["Sr.", "D."], "f": ["Sra.", "Dña."]},
    "it": {"m": ["Sig.", "Dott."], "f": ["Sig.ra", "Dott.ssa"]},
    "pt": {"m": ["Sr.", "Dr."], "f": ["Sra.", "Dra."]},
    "nl": {"m": ["dhr.", "mr."], "f": ["mevr.", "mr."]},
    "pl": {"m": ["Pan", "mec."], "f": ["Pani", "mec."]},
}


class Person:
    def __init__(self, first, last, g, mi=None, cult="en"):
        self.first, self.last, self.g, self.mi, self.cult = first, last, g, mi, cult

    @property
    def full(self):
        if self.mi:
            return f"{self.first} {self.mi}. {self.last}"
        return f"{self.first} {self.last}"

    @property
    def plain(self):
        return f"{self.first} {self.last}"

    @property
    def lastfirst(self):
        return f"{self.last}, {self.first}"

    @property
    def upper(self):
        return self.plain.upper()

    def title(self, r, lang="en"):
        return ch(r, TITLES.get(lang, TITLES["en"])[self.g])


def person(r, cult=None, g=None):
    if cult is None:
        cult = ch(r, MIXED_CULTURES)
    m, f, l = NAMES[cult]
    g = g or ch(r, "mf")
    first = ch(r, m if g == "m" else f)
    last = ch(r, l)
    mi = ch(r, "ABCDEFGHJKLMNPRSTW") if cult == "en" and r.random() < 0.25 else None
    return Person(first, last, g, mi, cult)


_TRANS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ı": "i", "æ": "ae", "đ": "d", "'": "",
                        " ": "", "-": ""})


def slug(s):
    s = s.translate(_TRANS)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.lower()


PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "icloud.com", "protonmail.com", "yahoo.co.uk", "gmx.de",
                    "web.de", "orange.fr", "libero.it", "sapo.pt", "ziggo.nl", "wp.pl", "telia.com",
                    "bluewin.ch", "me.com", "hotmail.fr", "fastmail.com", "yandex.com"]


def email_of(r, p, domain=None):
    domain = domain or ch(r, PERSONAL_DOMAINS)
    f, l = slug(p.first), slug(p.last)
    style = r.randrange(6)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}"
    elif style == 2:
        local = f"{f}.{l}{r.randrange(2, 99)}"
    elif style == 3:
        local = f"{f[0]}.{l}"
    elif style == 4:
        local = f"{l}.{f}"
    else:
        local = f"{f}_{l[:6]}{r.randrange(10, 90)}"
    return f"{local}@{domain}"


class Firm:
    def __init__(self, name, domain, short):
        self.name, self.domain, self.short = name, domain, short


FIRMS = [
    Firm("Harrowgate Private Bank", "harrowgatepb.com", "Harrowgate"),
    Firm("Aldermoor Trust Company", "aldermoortrust.com", "Aldermoor"),
    Firm("Brightwater Family Office", "brightwaterfo.com", "Brightwater"),
    Firm("Kestrel Wealth Partners", "kestrelwp.com", "Kestrel"),
    Firm("Sterling Vane Fiduciary", "sterlingvane.co.uk", "Sterling Vane"),
    Firm("Banque Valmont SA", "banquevalmont.ch", "Valmont"),
    Firm("Meridian Custody Services", "meridiancustody.com", "Meridian"),
    Firm("Lindenhof Privatbank AG", "lindenhof-privatbank.ch", "Lindenhof"),
    Firm("Oakhurst Trust & Wealth", "oakhursttw.com", "Oakhurst"),
    Firm("Corvid Capital Stewardship", "corvidstewardship.com", "Corvid"),
]
LAW_FIRMS = [
    Firm("Hollis Rowe LLP", "hollisrowe.com", "Hollis Rowe"),
    Firm("Ostrander & Pike", "ostranderpike.com", "Ostrander & Pike"),
    Firm("Fairbairn Maitland Solicitors", "fairbairnmaitland.co.uk", "Fairbairn Maitland"),
    Firm("Quill & Ledger Estate Counsel", "quillledger.law", "Quill & Ledger"),
]

# ---------------------------------------------------------------------------
# Places and addresses
# ---------------------------------------------------------------------------
US_CITIES = [("Greenwich", "CT", "068"), ("New York", "NY", "100"), ("Palm Beach", "FL", "334"),
             ("Boston", "MA", "021"), ("San Francisco", "CA", "941"), ("Houston", "TX", "770"),
             ("Chicago", "IL", "606"), ("Scottsdale", "AZ", "852"), ("Naples", "FL", "341"),
             ("Wilmington", "DE", "198"), ("Atlanta", "GA", "303"), ("Seattle", "WA", "981"),
             ("Denver", "CO", "802"), ("Charlotte", "NC", "282"), ("Nashville", "TN", "372"),
             ("Menlo Park", "CA", "940"), ("Bloomfield Hills", "MI", "483"), ("Darien", "CT", "068"),
             ("Wellesley", "MA", "024"), ("Jackson", "WY", "830"), ("Aspen", "CO", "816")]
US_STATES = {"CT": "Connecticut", "NY": "New York", "FL": "Florida", "MA": "Massachusetts",
             "CA": "California", "TX": "Texas", "IL": "Illinois", "AZ": "Arizona", "DE": "Delaware",
             "GA": "Georgia", "WA": "Washington", "CO": "Colorado", "NC": "North Carolina",
             "TN": "Tennessee", "MI": "Michigan", "WY": "Wyoming"}
US_STREETS = ["Maple Avenue", "Old Church Road", "Park Avenue", "Round Hill Road", "Beacon Street",
              "Ocean Boulevard", "Lake Shore Drive", "Peachtree Road NE", "Camelback Road", "Sand Hill Road",
              "Brattle Street", "Chestnut Street", "Magnolia Lane", "Willow Bend Drive", "Riverside Drive",
              "Fifth Avenue", "Lexington Avenue", "Worth Avenue", "Indian Hill Road", "Pine Ridge Court"]
US_UNITS = ["Apt 12C", "Suite 1400", "Unit 7", "#5B", "PH 2", "Apt 3A", "Suite 210"]

COUNTRY_NAMES = {"US": "USA", "GB": "United Kingdom", "DE": "Germany", "CH": "Switzerland", "FR": "France",
                 "ES": "Spain", "IT": "Italy", "PT": "Portugal", "NL": "Netherlands", "BE": "Belgium",
                 "PL": "Poland", "SE": "Sweden", "TR": "Turkey", "JP": "Japan", "SG": "Singapore",
                 "HK": "Hong Kong", "AE": "United Arab Emirates", "LU": "Luxembourg", "MC": "Monaco",
                 "IE": "Ireland", "CA": "Canada", "AU": "Australia", "AT": "Austria"}

# cc -> (streets, [(city, region, postcode-pattern)])  pattern: 9 digit, A letter
INTL = {
    "GB": (["Eaton Square", "Cadogan Place", "Kensington Park Road", "Chester Street", "Heriot Row",
            "Royal Crescent", "Banbury Road", "Moray Place"],
           [("London", None, "SW1X #AA"), ("London", None, "W11 #AA"), ("Edinburgh", None, "EH3 #AA"),
            ("Bath", None, "BA1 #AA"), ("Oxford", None, "OX2 #AA"), ("Manchester", None, "M3 #AA")]),
    "DE": (["Maximilianstraße", "Elbchaussee", "Königsallee", "Bockenheimer Landstraße", "Kurfürstendamm",
            "Leopoldstraße", "Harvestehuder Weg"],
           [("München", "Bayern", "80###"), ("Hamburg", "Hamburg", "20###"), ("Düsseldorf", None, "40###"),
            ("Frankfurt am Main", "Hessen", "60###"), ("Berlin", None, "10###")]),
    "AT": (["Kärntner Ring", "Wiedner Hauptstraße", "Getreidegasse"],
           [("Wien", None, "1010"), ("Salzburg", None, "5020")]),
    "CH": (["Bahnhofstrasse", "Seefeldstrasse", "Rue du Rhône", "Quai Gustave-Ador", "Riva Paradiso",
            "Aeschenvorstadt"],
           [("Zürich", "ZH", "8001"), ("Genève", "GE", "1204"), ("Lugano", "TI", "6900"),
            ("Basel", "BS", "4051"), ("Zug", "ZG", "6300")]),
    "FR": (["rue du Faubourg Saint-Honoré", "avenue Foch", "boulevard Haussmann", "quai d'Orsay",
            "rue de la République", "avenue de Suffren"],
           [("Paris", None, "75008"), ("Neuilly-sur-Seine", None, "92200"), ("Lyon", None, "69002"),
            ("Bordeaux", None, "33000"), ("Nice", None, "06000")]),
    "ES": (["Calle de Serrano", "Paseo de Gracia", "Calle de Velázquez", "Avenida Diagonal",
            "Calle Colón"],
           [("Madrid", None, "28001"), ("Barcelona", None, "08008"), ("Valencia", None, "46004"),
            ("Marbella", None, "29602"), ("Bilbao", None, "48009")]),
    "IT": (["Via Monte Napoleone", "Via dei Condotti", "Corso Vittorio Emanuele II", "Via Tornabuoni",
            "Lungolago Trento"],
           [("Milano", "MI", "20121"), ("Roma", "RM", "00187"), ("Firenze", "FI", "50123"),
            ("Torino", "TO", "10121"), ("Como", "CO", "22100")]),
    "PT": (["Avenida da Liberdade", "Rua Castilho", "Avenida da Boavista", "Rua Garrett"],
           [("Lisboa", None, "1250-###"), ("Porto", None, "4100-###"), ("Cascais", None, "2750-###")]),
    "NL": (["Keizersgracht", "Herengracht", "Lange Voorhout", "Maliebaan", "Rijksstraatweg"],
           [("Amsterdam", None, "1016 AA"), ("Den Haag", None, "2514 AA"), ("Utrecht", None, "3581 AA"),
            ("Wassenaar", None, "2243 AA")]),
    "BE": (["Avenue Louise", "Meir", "Boulevard de Waterloo"],
           [("Bruxelles", None, "1050"), ("Antwerpen", None, "2000")]),
    "PL": (["ul. Nowy Świat", "ul. Mokotowska", "ul. Floriańska", "al. Grunwaldzka"],
           [("Warszawa", None, "00-###"), ("Kraków", None, "31-###"), ("Gdańsk", None, "80-###"),
            ("Wrocław", None, "50-###")]),
    "SE": (["Strandvägen", "Karlavägen", "Narvavägen", "Vasagatan"],
           [("Stockholm", None, "114 ##"), ("Göteborg", None, "411 ##"), ("Malmö", None, "211 ##")]),
    "TR": (["Bağdat Caddesi", "Nispetiye Caddesi", "Cevdetpaşa Caddesi", "Kordon Boyu"],
           [("İstanbul", None, "34###"), ("Ankara", None, "06###"), ("İzmir", None, "35###")]),
    "JP": (["Minami-Azabu", "Shirokanedai", "Hiroo", "Kitashinagawa", "Ashiya Rokurokuso-cho"],
           [("Tokyo", None, "106-0047"), ("Osaka", None, "530-0001"), ("Kyoto", None, "605-0074")]),
    "SG": (["Marina View", "Orchard Boulevard", "Nassim Road", "Cairnhill Road"],
           [("Singapore", None, "######")]),
    "HK": (["Conduit Road", "Repulse Bay Road", "Barker Road", "Kennedy Road"],
           [("Hong Kong", None, None)]),
    "AE": (["Street 22, Emirates Hills", "Al Wasl Road", "Corniche Road"],
           [("Dubai", None, None), ("Abu Dhabi", None, None)]),
    "LU": (["Boulevard Royal", "Avenue de la Liberté", "Route d'Arlon"],
           [("Luxembourg", None, "L-####")]),
    "MC": (["Avenue Princesse Grace", "Boulevard des Moulins", "Avenue de Grande-Bretagne"],
           [("Monaco", None, "98000")]),
    "IE": (["Merrion Square", "Ailesbury Road", "Shrewsbury Road"],
           [("Dublin", None, "D04 A#A#")]),
    "CA": (["Bay Street", "Avenue Road", "Sherbrooke Street West", "Marine Drive"],
           [("Toronto", "ON", "M5R #A#"), ("Montréal", "QC", "H3G #A#"), ("Vancouver", "BC", "V6E #A#")]),
    "AU": (["Macquarie Street", "Wolseley Road", "St Georges Road"],
           [("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3142")]),
}


def _pc(r, pat):
    out = []
    for c in pat:
        if c == "#":
            out.append(str(r.randrange(10)))
        elif c == "A":
            out.append(ch(r, "ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(c)
    return "".join(out)


class Addr:
    def __init__(self, cc, street, city, region, postcode, lines):
        self.cc, self.street, self.city, self.region, self.postcode = cc, street, city, region, postcode
        self.lines = lines

    def block(self, country=False, sep="\n", country_name=None):
        lines = list(self.lines)
        if country and not lines[-1].endswith(COUNTRY_NAMES[self.cc]):
            lines.append(country_name or COUNTRY_NAMES[self.cc])
        return sep.join(lines)

    def one(self, country=False, country_name=None):
        return self.block(country, ", ", country_name)

    @property
    def city_region(self):
        if self.cc in ("US", "CA") and self.region:
            return f"{self.city}, {self.region}"
        return f"{self.city}, {COUNTRY_NAMES[self.cc]}"


def address(r, cc=None):
    if cc is None:
        cc = ch(r, ["US"] * 6 + ["GB"] * 2 + list(INTL.keys()))
    if cc == "US":
        city, st, pre = ch(r, US_CITIES)
        pc = pre + digits(r, 5 - len(pre))
        street = f"{r.randrange(1, 9800)} {ch(r, US_STREETS)}"
        if r.random() < 0.35:
            street += f", {ch(r, US_UNITS)}"
        return Addr(cc, street, city, st, pc, [street, f"{city}, {st} {pc}"])
    streets, cities = INTL[cc]
    city, reg, pat = ch(r, cities)
    pc = _pc(r, pat) if pat else None
    sn = ch(r, streets)
    n = r.randrange(1, 180)
    if cc == "GB":
        street = f"{n} {sn}" if r.random() < 0.6 else f"Flat {r.randrange(1, 12)}, {n} {sn}"
        return Addr(cc, street, city, reg, pc, [street, f"{city} {pc}"])
    if cc == "IE":
        street = f"{n} {sn}"
        return Addr(cc, street, city, reg, pc, [street, f"{city} {pc}"])
    if cc in ("CA",):
        street = f"{r.randrange(100, 3000)} {sn}, Suite {r.randrange(100, 2400)}"
        return Addr(cc, street, city, reg, pc, [street, f"{city}, {reg} {pc}"])
    if cc == "AU":
        street = f"Level {r.randrange(2, 40)}, {n} {sn}" if r.random() < 0.5 else f"{n} {sn}"
        return Addr(cc, street, city, reg, pc, [street, f"{city} {reg} {pc}"])
    if cc == "FR" or cc == "LU" or cc == "MC":
        street = f"{n} {sn}"
        return Addr(cc, street, city, reg, pc, [street, f"{pc} {city}"])
    if cc == "BE" and sn.startswith("Avenue"):
        street = f"{sn} {n}"
        return Addr(cc, street, city, reg, pc, [street, f"{pc} {city}"])
    if cc == "ES":
        street = f"{sn} {n}, {r.randrange(1, 9)}º {ch(r, 'ABCD')}"
        return Addr(cc, street, city, reg, pc, [street, f"{pc} {city}"])
    if cc == "IT":
        street = f"{sn} {n}"
        return Addr(cc, street, city, reg, pc, [street, f"{pc} {city} {reg}"])
    if cc == "PT":
        street = f"{sn} {n}, {r.randrange(1, 9)}º {ch(r, ['Esq', 'Dto', 'A', 'B'])}"
        return Addr(cc, street, city, reg, pc, [street, f"{pc} {city}"])
    if cc == "PL":
        street = f"{sn} {n}/{r.randrange(1, 40)}"
        return Addr(cc, street, city, reg, pc, [street, f"{pc} {city}"])
    if cc == "SE":
        street = f"{sn} {n}{ch(r, ['', '', 'A', 'B'])}"
        return Addr(cc, street, city, reg, pc, [street, f"{pc} {city}"])
    if cc == "TR":
        street = f"{sn} No: {n} D: {r.randrange(1, 20)}, {ch(r, ['Kadıköy', 'Beşiktaş', 'Sarıyer', 'Çankaya', 'Alsancak'])}"
        return Addr(cc, street, city, reg, pc, [street, f"{pc} {city}"])
    if cc == "JP":
        street = f"{r.randrange(1, 6)}-{r.randrange(1, 30)}-{r.randrange(1, 20)} {sn}, {ch(r, ['Minato-ku', 'Shibuya-ku', 'Kita-ku', 'Higashiyama-ku'])}"
        return Addr(cc, street, city, reg, pc, [street, f"{city} {pc}"])
    if cc == "SG":
        street = f"{n} {sn}, #{r.randrange(2, 40):02d}-{r.randrange(1, 12):02d}"
        return Addr(cc, street, city, reg, pc, [street, f"Singapore {pc}"])
    if cc == "HK":
        street = f"Flat {r.randrange(2, 40)}{ch(r, 'ABCD')}, {n} {sn}"
        return Addr(cc, street, city, reg, pc, [street, ch(r, ["Mid-Levels, Hong Kong", "Hong Kong"])])
    if cc == "AE":
        street = f"Villa {r.randrange(1, 90)}, {sn}"
        return Addr(cc, street, city, reg, pc, [street, city])
    # DE AT CH NL BE(other)
    street = f"{sn} {n}"
    return Addr(cc, street, city, reg, pc, [street, f"{pc} {city}"])


def city_loc(r, cc=None):
    """A 'City, ST' / 'City, Country' / 'City' string usable as LOCATION."""
    a = address(r, cc)
    k = r.randrange(3)
    if k == 0:
        return a.city
    return a.city_region


COUNTRIES_AS_PLACES = ["Switzerland", "Luxembourg", "Jersey", "Guernsey", "Singapore", "the Cayman Islands",
                       "Liechtenstein", "Monaco", "Portugal", "Ireland", "Delaware", "New Zealand",
                       "the Bahamas", "Bermuda", "South Dakota", "Nevada"]

# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
US_AREA = ["203", "212", "646", "561", "617", "415", "713", "312", "480", "239", "302", "404", "206", "303",
           "704", "615", "650", "248", "307", "970"]


def phone(r, cc=None, intl=None):
    if cc is None:
        cc = ch(r, ["US"] * 5 + ["GB", "DE", "CH", "FR", "ES", "IT", "PT", "NL", "PL", "SE", "TR", "JP",
                                  "SG", "HK", "AE", "CA", "AU", "IE", "LU", "MC", "AT", "BE"])
    if intl is None:
        intl = r.random() < 0.5
    d = lambda n: digits(r, n)
    if cc in ("US", "CA"):
        a = ch(r, US_AREA) if cc == "US" else ch(r, ["416", "514", "604", "647"])
        ex = ch(r, ["555", str(r.randrange(201, 989))])
        line = ("01" + d(2)) if ex == "555" else d(4)
        k = r.randrange(6)
        if intl:
            return ch(r, [f"+1 {a} {ex} {line}", f"+1 ({a}) {ex}-{line}", f"+1-{a}-{ex}-{line}"])
        return [f"({a}) {ex}-{line}", f"{a}-{ex}-{line}", f"{a}.{ex}.{line}", f"({a}) {ex}-{line}",
                f"1-{ch(r, ['800', '888', '877', '866'])}-{d(3)}-{d(4)}", f"{a}-{ex}-{line}"][k]
    tbl = {
        "GB": (lambda: ch(r, [f"+44 20 7{d(3)} {d(4)}", f"+44 7700 900{d(3)}", f"+44 131 {d(3)} {d(4)}"]),
               lambda: ch(r, [f"020 7{d(3)} {d(4)}", f"07700 900{d(3)}", f"01865 {d(6)}"])),
        "DE": (lambda: ch(r, [f"+49 89 {d(4)} {d(4)}", f"+49 151 {d(8)}", f"+49 40 {d(3)} {d(4)}"]),
               lambda: ch(r, [f"089 {d(8)}", f"0171 {d(7)}", f"040 {d(3)} {d(2)} {d(2)}"])),
        "AT": (lambda: f"+43 1 {d(3)} {d(2)} {d(2)}", lambda: f"01 {d(3)} {d(4)}"),
        "CH": (lambda: ch(r, [f"+41 44 {d(3)} {d(2)} {d(2)}", f"+41 79 {d(3)} {d(2)} {d(2)}",
                              f"+41 22 {d(3)} {d(2)} {d(2)}"]),
               lambda: ch(r, [f"044 {d(3)} {d(2)} {d(2)}", f"079 {d(3)} {d(2)} {d(2)}"])),
        "FR": (lambda: ch(r, [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"]),
               lambda: ch(r, [f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                              f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])),
        "ES": (lambda: ch(r, [f"+34 91{d(1)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}"]),
               lambda: ch(r, [f"91{d(1)} {d(3)} {d(3)}", f"6{d(2)} {d(3)} {d(3)}"])),
        "IT": (lambda: ch(r, [f"+39 02 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"+39 06 {d(8)}"]),
               lambda: ch(r, [f"02 {d(8)}", f"3{d(2)} {d(7)}", f"055 {d(6)}"])),
        "PT": (lambda: ch(r, [f"+351 21{d(1)} {d(3)} {d(3)}", f"+351 91{d(1)} {d(3)} {d(3)}"]),
               lambda: ch(r, [f"21{d(1)} {d(3)} {d(3)}", f"96{d(1)} {d(3)} {d(3)}"])),
        "NL": (lambda: ch(r, [f"+31 20 {d(3)} {d(4)}", f"+31 6 {d(4)} {d(4)}"]),
               lambda: ch(r, [f"020-{d(3)} {d(4)}", f"06-{d(8)}", f"070 {d(3)} {d(4)}"])),
        "BE": (lambda: f"+32 2 {d(3)} {d(2)} {d(2)}", lambda: f"02 {d(3)} {d(2)} {d(2)}"),
        "PL": (lambda: ch(r, [f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 6{d(2)} {d(3)} {d(3)}"]),
               lambda: ch(r, [f"22 {d(3)} {d(2)} {d(2)}", f"5{d(2)} {d(3)} {d(3)}"])),
        "SE": (lambda: ch(r, [f"+46 8 {d(3)} {d(2)} {d(2)}", f"+46 70 {d(3)} {d(2)} {d(2)}"]),
               lambda: ch(r, [f"08-{d(3)} {d(2)} {d(2)}", f"070-{d(3)} {d(2)} {d(2)}"])),
        "TR": (lambda: ch(r, [f"+90 212 {d(3)} {d(2)} {d(2)}", f"+90 532 {d(3)} {d(2)} {d(2)}"]),
               lambda: ch(r, [f"0212 {d(3)} {d(2)} {d(2)}", f"0532 {d(3)} {d(2)} {d(2)}"])),
        "JP": (lambda: ch(r, [f"+81 3-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"+81 6-{d(4)}-{d(4)}"]),
               lambda: ch(r, [f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}"])),
        "SG": (lambda: f"+65 6{d(3)} {d(4)}", lambda: f"6{d(3)} {d(4)}"),
        "HK": (lambda: f"+852 2{d(3)} {d(4)}", lambda: f"2{d(3)} {d(4)}"),
        "AE": (lambda: ch(r, [f"+971 4 {d(3)} {d(4)}", f"+971 50 {d(3)} {d(4)}"]), lambda: f"04 {d(3)} {d(4)}"),
        "AU": (lambda: ch(r, [f"+61 2 {d(4)} {d(4)}", f"+61 412 {d(3)} {d(3)}"]), lambda: f"0412 {d(3)} {d(3)}"),
        "IE": (lambda: f"+353 1 {d(3)} {d(4)}", lambda: f"01 {d(3)} {d(4)}"),
        "LU": (lambda: f"+352 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"{d(2)} {d(2)} {d(2)} {d(2)}"),
        "MC": (lambda: f"+377 93 {d(2)} {d(2)} {d(2)}", lambda: f"93 {d(2)} {d(2)} {d(2)}"),
    }
    i, n = tbl[cc]
    return i() if intl else n()


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_WD_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rdate(r, y0=2023, y1=2026):
    return _dt.date(r.randrange(y0, y1 + 1), r.randrange(1, 13), r.randrange(1, 29))


def rbirth(r, y0=1932, y1=2006):
    return rdate(r, y0, y1)


def fdate(r, lang="en", d=None, style=None, weekday=None):
    d = d or rdate(r)
    y, m, dd = d.year, d.month, d.day
    if weekday is None:
        weekday = r.random() < 0.12
    if lang == "en":
        B, A = MONTHS["en"][m - 1], WEEKDAYS["en"][d.weekday()]
        styles = [f"{B} {dd}, {y}", f"{dd} {B} {y}", f"{EN_ABBR[m - 1]} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}",
                  f"{m:02d}/{dd:02d}/{y}", f"{dd:02d}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{dd} {EN_ABBR[m - 1]} {y}"]
        si = style if style is not None else r.randrange(len(styles))
        s = styles[si]
        if weekday and si in (0, 2):
            s = f"{A}, {s}"
        elif weekday and si in (1, 7):
            s = f"{A} {s}"
        return s
    if lang == "ja":
        return ch(r, [f"{y}-nen {m}-gatsu {dd}-nichi", f"{y}/{m:02d}/{dd:02d}", f"{m}-gatsu {dd}-nichi"])
    B = MONTHS[lang][m - 1]
    A = WEEKDAYS[lang][d.weekday()]
    fm = {
        "de": [f"{dd}. {B} {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}"],
        "fr": [f"{dd} {B} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m:02d}.{y}"],
        "es": [f"{dd} de {B} de {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}-{m:02d}-{y}"],
        "it": [f"{dd} {B} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m:02d}.{y}"],
        "pt": [f"{dd} de {B} de {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}-{m:02d}-{y}"],
        "nl": [f"{dd} {B} {y}", f"{dd:02d}-{m:02d}-{y}", f"{dd}-{m}-{y}"],
        "pl": [f"{dd} {B} {y}", f"{dd:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}"],
        "sv": [f"{dd} {B} {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd}/{m} {y}"],
        "tr": [f"{dd} {B} {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}/{m:02d}/{y}"],
    }[lang]
    si = style if style is not None else r.randrange(len(fm))
    s = fm[si]
    if weekday and si == 0:
        if lang == "de":
            s = f"{A}, {s}"
        elif lang == "tr":
            s = f"{s} {A}"
        else:
            s = f"{A} {s}"
    return s


def ftime(r, lang="en"):
    h, mi = r.randrange(8, 19), ch(r, [0, 0, 15, 30, 45, 10, 20, 40])
    if lang == "en":
        if r.random() < 0.6:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{mi:02d}"
    if lang in ("fr", "pt") and r.random() < 0.6:
        return f"{h}h{mi:02d}"
    if lang == "ja" and r.random() < 0.5:
        return f"{h}-ji {mi:02d}-fun" if mi else f"{h}-ji"
    return f"{h:02d}:{mi:02d}" if r.random() < 0.7 else f"{h}.{mi:02d}"


JOINERS = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", ", "], "es": [" a las ", ", "],
           "it": [" alle ", ", "], "pt": [" às ", ", "], "nl": [", "], "pl": [", "], "sv": [", "],
           "tr": [", ", " "], "ja": [" "]}


def fdatetime(r, lang="en", d=None):
    return f"{fdate(r, lang, d)}{ch(r, JOINERS[lang])}{ftime(r, lang)}"


def hdr_date(r):
    d = rdate(r)
    return (f"{EN_WD_ABBR[d.weekday()]}, {d.day} {EN_ABBR[d.month - 1]} {d.year} "
            f"{r.randrange(6, 22):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} "
            f"{ch(r, ['+0000', '-0500', '+0100', '+0200', '-0400', '+0800'])}")


def log_ts(r, d=None, style=None):
    d = d or rdate(r)
    hh, mm, ss, ms = r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000)
    st = style if style is not None else r.randrange(3)
    if st == 0:
        return f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}.{ms:03d}Z"
    if st == 1:
        return f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d},{ms:03d}"
    return f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}"


class Clock:
    """Monotonic log clock so that log excerpts read in order."""

    def __init__(self, r, d=None):
        self.r = r
        self.t = _dt.datetime.combine(d or rdate(r), _dt.time(r.randrange(0, 20), r.randrange(60), r.randrange(60)))

    def ts(self, style=0):
        self.t += _dt.timedelta(seconds=self.r.randrange(1, 300), milliseconds=self.r.randrange(1000))
        t, ms = self.t, self.t.microsecond // 1000
        if style == 0:
            return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"
        if style == 1:
            return t.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}"
        return t.strftime("%Y-%m-%d %H:%M:%S")


def compact_ts(r, d=None):
    d = d or rdate(r)
    return f"{d.year}{d.month:02d}{d.day:02d}{r.randrange(24):02d}{r.randrange(60):02d}{r.randrange(60):02d}"


def epoch(r):
    return str(r.randrange(1672531200, 1798761600))


# ---------------------------------------------------------------------------
# Identifiers, financial values
# ---------------------------------------------------------------------------
def luhn_check(num: str) -> int:
    total = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def luhn_ok(num: str) -> bool:
    return luhn_check(num[:-1]) == int(num[-1])


def card(r, sep=None):
    kind = r.randrange(5)
    if kind == 0:
        body = "4" + digits(r, 14)
    elif kind == 1:
        body = str(r.randrange(51, 56)) + digits(r, 13)
    elif kind == 2:
        body = ch(r, ["34", "37"]) + digits(r, 12)
    elif kind == 3:
        body = "6011" + digits(r, 11)
    else:
        body = "2" + str(r.randrange(221, 721)) + digits(r, 11)
    num = body + str(luhn_check(body))
    if sep is None:
        sep = ch(r, [" ", " ", "-", ""])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card16(r, sep=" "):
    body = ch(r, ["4", "5", "6"]) + digits(r, 14)
    good = luhn_check(body)
    num = body + str((good + r.randrange(1, 10)) % 10)
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn(r, sep="-"):
    area = r.randrange(1, 900)
    while area == 666:
        area = r.randrange(1, 900)
    return f"{area:03d}{sep}{r.randrange(1, 100):02d}{sep}{r.randrange(1, 10000):04d}"


def bad_ssn(r):
    area = ch(r, ["000", "666", str(r.randrange(900, 1000))])
    return f"{area}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "CH": 21, "PT": 25, "PL": 28,
            "SE": 24, "TR": 26, "BE": 16, "AT": 20, "LU": 20, "IE": 22, "MC": 27}


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or ch(r, list(IBAN_LEN))
    n = IBAN_LEN[cc] - 4
    if cc in ("GB", "IE"):
        bban = ch(r, ["NWBK", "BARC", "HSBC", "LOYD", "COUT"] if cc == "GB" else ["AIBK", "BOFI"]) + digits(r, 14)
    elif cc == "NL":
        bban = ch(r, ["ABNA", "INGB", "RABO", "TRIO"]) + digits(r, 10)
    elif cc == "IT":
        bban = ch(r, string.ascii_uppercase) + digits(r, 22)
    elif cc == "LU":
        bban = digits(r, 3) + upal(r, 13)
    else:
        bban = digits(r, n)
    cd = 98 - int(_iban_num(bban + cc + "00")) % 97
    s = f"{cc}{cd:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def aba(r):
    while True:
        d8 = f"{r.randrange(1, 13):02d}" + digits(r, 6) if r.random() < 0.6 else f"{r.randrange(21, 33)}" + digits(r, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * k for c, k in zip(d8, w))
        return d8 + str((10 - s % 10) % 10)


BICS = ["HRWGUS33", "BVALCHGGXXX", "DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "UNCRITMMXXX",
        "ABNANL2A", "NDEASESS", "TGBATRISXXX", "BPKOPLPW", "CGDIPTPL", "LNDHCH22", "KSTRGB2L", "BCEELULL"]


def account_no(r):
    k = r.randrange(8)
    return [f"{digits(r, 4)}-{digits(r, 6)}-{digits(r, 2)}", f"PB-{digits(r, 4)}-{digits(r, 6)}",
            digits(r, 10), f"{digits(r, 3)}-{digits(r, 5)}-{digits(r, 1)}",
            f"CUST-{digits(r, 4)}-{digits(r, 4)}", f"{digits(r, 2)} {digits(r, 4)} {digits(r, 4)}",
            f"{upal(r, 2)}{digits(r, 8)}", digits(r, 12)][k]


def masked_acct(r):
    return ch(r, [f"****{digits(r, 4)}", f"xxxx-xxxx-{digits(r, 4)}", f"…{digits(r, 4)}",
                  f"XXXXXX{digits(r, 4)}", f"ending {digits(r, 4)}"])


def mrn(r):
    return ch(r, [f"MRN-{digits(r, 8)}", f"{digits(r, 8)}", f"H{digits(r, 7)}", f"{digits(r, 4)}-{digits(r, 5)}",
                  f"E{digits(r, 9)}"])


def hpn(r):
    return ch(r, [f"{upal(r, 3)}{digits(r, 9)}", f"W{digits(r, 9)}", f"{digits(r, 4)}{ch(r, 'ABCD')}{digits(r, 5)}",
                  f"MBR-{digits(r, 10)}", f"{ch(r, ['XKH', 'ZGP', 'HHP', 'BCX'])}{digits(r, 9)}{digits(r, 2)}"])


def dl_no(r):
    return ch(r, [f"{ch(r, string.ascii_uppercase)}{digits(r, 7)}", f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
                  f"{ch(r, string.ascii_uppercase)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
                  f"{ch(r, string.ascii_uppercase)}{digits(r, 12)}", f"{digits(r, 9)}",
                  f"{ch(r, string.ascii_uppercase)}{digits(r, 2)}-{digits(r, 2)}-{digits(r, 4)}"])


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r, n=40):
    return hexs(r, n)


def version(r):
    return f"{r.randrange(1, 9)}.{r.randrange(0, 20)}.{r.randrange(0, 30)}"


def ticket(r, pre="INC"):
    return f"{pre}-{r.randrange(1000, 99999)}"


def amount(r, cur="USD", lo=1000, hi=5_000_000):
    v = r.randrange(lo * 100, hi * 100) / 100
    if cur == "USD":
        return f"${v:,.2f}"
    if cur == "EUR_de":
        return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    if cur == "CHF":
        return f"CHF {v:,.2f}".replace(",", "'")
    if cur == "GBP":
        return f"£{v:,.2f}"
    return f"{cur} {v:,.2f}"


def vin(r):
    return "".join(ch(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def ipv4(r, private=None):
    if private is None:
        private = r.random() < 0.3
    if private:
        return ch(r, [f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                      f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}",
                      f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"])
    first = ch(r, [23, 31, 45, 62, 77, 81, 85, 91, 104, 145, 151, 176, 185, 188, 193, 203, 212, 213, 217])
    return f"{first}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def ipv6(r):
    pre = ch(r, ["2001:db8", "2a02:8108", "2600:1700", "2a01:cb00", "2001:4860", "2a00:23c6"])
    groups = [f"{r.randrange(65536):x}" for _ in range(r.randrange(2, 5))]
    if r.random() < 0.5:
        return f"{pre}:{':'.join(groups)}::{r.randrange(1, 65536):x}"
    rest = [f"{r.randrange(65536):x}" for _ in range(6)]
    return f"{pre}:{':'.join(rest)}"


def ip_any(r):
    return ipv6(r) if r.random() < 0.3 else ipv4(r)


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------
B64 = string.ascii_letters + string.digits + "+/"


def aws_access(r):
    return ch(r, ["AKIA", "AKIA", "ASIA"]) + alnum(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return alnum(r, 40, B64)


def gh_token(r):
    if r.random() < 0.2:
        return "github_pat_" + alnum(r, 22) + "_" + alnum(r, 59)
    return ch(r, ["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + alnum(r, 36)


def slack_token(r):
    p = ch(r, ["xoxb", "xoxb", "xoxp", "xoxa"])
    if p == "xoxp":
        return f"{p}-{digits(r, 12)}-{digits(r, 12)}-{digits(r, 13)}-{hexs(r, 32)}"
    return f"{p}-{digits(r, 12)}-{digits(r, 13)}-{alnum(r, 24)}"


def stripe_key(r):
    return ch(r, ["sk_live_", "sk_live_", "rk_live_", "sk_test_", "pk_live_"]) + alnum(r, ch(r, [24, 32, 48, 99]))


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, claims=None):
    hdr = {"alg": ch(r, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = hexs(r, 16)
    claims = claims or {}
    body = {"sub": claims.get("sub", uid(r)), "iat": int(epoch(r))}
    body["exp"] = body["iat"] + ch(r, [900, 3600, 86400])
    body.update({k: v for k, v in claims.items() if k != "sub"})
    sig = _b64u(bytes(r.randrange(256) for _ in range(ch(r, [32, 64]))))
    return f"{_b64u(json.dumps(hdr, separators=(',', ':')).encode())}." \
           f"{_b64u(json.dumps(body, separators=(',', ':')).encode())}.{sig}"


def private_key(r, lines=None):
    kind = ch(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    n = lines or r.randrange(5, 10)
    if kind == "EC PRIVATE KEY":
        n = 3
    raw = bytes(r.randrange(256) for _ in range(48 * n))
    body = base64.b64encode(raw).decode()
    if kind == "EC PRIVATE KEY":
        body = "MHcCAQEEI" + body[9:]
    elif kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + body[24:]
    elif kind == "RSA PRIVATE KEY":
        body = "MIIEowIBAAKCAQEA" + body[16:]
    else:
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + body[32:]
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


WORDS = ["Harbor", "Falcon", "Velvet", "Cobalt", "Juniper", "Lantern", "Marble", "Orchid", "Quartz", "Saffron",
         "Tundra", "Willow", "Ember", "Glacier", "Meadow", "Copper"]


def password(r):
    k = r.randrange(4)
    sym = "!#$%&*+=?@^~"
    if k == 0:
        return f"{ch(r, WORDS)}{ch(r, sym)}{ch(r, WORDS).lower()}{r.randrange(10, 9999)}{ch(r, sym)}"
    if k == 1:
        return alnum(r, r.randrange(12, 20), string.ascii_letters + string.digits + sym)
    if k == 2:
        return f"{ch(r, WORDS)}{r.randrange(1950, 2030)}{ch(r, sym)}{alnum(r, 3)}"
    return f"{alnum(r, 4)}-{alnum(r, 4)}-{alnum(r, 4)}{ch(r, sym)}"


def generic_secret(r):
    k = r.randrange(4)
    if k == 0:
        return hexs(r, ch(r, [32, 40, 64]))
    if k == 1:
        return _b64u(bytes(r.randrange(256) for _ in range(ch(r, [24, 32, 48]))))
    if k == 2:
        return f"{ch(r, ['cs_', 'whk_', 'sec_', 'api_'])}{alnum(r, 32)}"
    return alnum(r, 40)


def web_url(r, firm=None, path=None):
    firm = firm or ch(r, FIRMS)
    sub = ch(r, ["www", "portal", "secure", "clients", "docs", "my"])
    path = path if path is not None else ch(r, [
        f"/clients/{r.randrange(10000, 99999)}/documents?tab=statements",
        f"/vault/share/{hexs(r, 12)}",
        "/contact/private-banking",
        f"/forms/kyc-refresh?case={r.randrange(10000, 99999)}",
        f"/meet/{alnum(r, 10).lower()}",
        "/en/wealth-planning/estate-services",
        f"/statements/{r.randrange(2023, 2026)}/q{r.randrange(1, 5)}",
        "/login",
    ])
    return f"https://{sub}.{firm.domain}{path}"


# ---------------------------------------------------------------------------
# Shared snippets
# ---------------------------------------------------------------------------
ROLES = ["Senior Relationship Manager", "Director, Private Wealth", "Trust Officer", "Client Service Associate",
         "Wealth Planner", "Fiduciary Counsel", "Portfolio Manager", "Head of Family Office Services"]


def relative(r, p, g=None, avoid=()):
    taken = {p.first, *avoid}
    q = person(r, p.cult, g)
    for _ in range(8):
        if q.first not in taken:
            break
        q = person(r, p.cult, g)
    q.last = p.last
    return q


def sig(r, b, p, firm, cc=None, role=None, mail=None):
    b.add(PER(p.full), "\n", role or ch(r, ROLES), "\n", firm.name, "\n")
    if r.random() < 0.85:
        b.add(ch(r, ["T: ", "Tel: ", "Direct: ", "Phone: ", "Office: "]), PHN(phone(r, cc)), "\n")
    if r.random() < 0.4:
        b.add(ch(r, ["M: ", "Mobile: ", "Cell: "]), PHN(phone(r, cc)), "\n")
    if r.random() < 0.3:
        b.add("Fax: ", PHN(phone(r, cc, False)), "\n")
    b.add(EML(mail or email_of(r, p, firm.domain)), "\n")
    if r.random() < 0.35:
        b.add(URL(f"https://www.{firm.domain}"), "\n")


def disclaimer(r):
    return ch(r, [
        "This message may contain confidential information. If you are not the intended recipient, please delete it.\n",
        "Investments may go down as well as up. Past performance is not a guide to future returns.\n",
        "Please never send account passwords or full card numbers by e-mail.\n",
        "",
    ])


# ---------------------------------------------------------------------------
# English document kinds
# ---------------------------------------------------------------------------
def k_portfolio_review_email(r):
    b = Builder()
    firm = ch(r, FIRMS)
    adv = person(r, "en" if r.random() < 0.6 else None)
    cl = person(r)
    cc = ch(r, ["US", "US", "GB", "CH", "SG", "HK"])
    q, yr = r.randrange(1, 5), r.randrange(2023, 2026)
    adv_mail = email_of(r, adv, firm.domain)
    b.add("From: ", PER(adv.full), " <", EML(adv_mail), ">\n",
          "To: ", PER(cl.full), " <", EML(email_of(r, cl)), ">\n")
    if r.random() < 0.4:
        sp = relative(r, cl)
        b.add("Cc: ", PER(sp.plain), " <", EML(email_of(r, sp)), ">\n")
    b.add("Date: ", hdr_date(r), "\n", f"Subject: Q{q} {yr} portfolio review - follow-up\n\n")
    if r.random() < 0.5:
        b.add("Dear ", cl.title(r), " ", PER(cl.last), ",\n\n")
    else:
        b.add("Dear ", PER(cl.first), ",\n\n")
    b.add("Thank you for taking the time to meet on ", DTM(fdate(r)),
          ". As promised, here is a short summary of what we covered.\n\n")
    paras = [
        lambda: b.add("Performance: your consolidated portfolio (account ", ACC(account_no(r)), ") returned ",
                      f"{r.uniform(-2, 7):.1f}% net of fees for the quarter against {r.uniform(-2, 6):.1f}% for "
                      "the blended benchmark. Equities did most of the work; the short-duration bond sleeve was "
                      "roughly flat.\n\n"),
        lambda: b.add(f"Rebalancing: we executed the trades agreed under IPS v{version(r)}. Order "
                      f"ORD-{r.randrange(100000, 999999)} settled {ch(r, ['yesterday', 'last week', 'on Tuesday'])}, "
                      f"bringing the equity weight back to {r.randrange(40, 71)}%.\n\n"),
        lambda: b.add("Liquidity: for the capital call due ", DTM(fdate(r)), f" we will raise {amount(r)} from the "
                      "money-market sweep rather than selling the municipal ladder.\n\n"),
        lambda: b.add(*(lambda L, lf: ["Estate planning: ", PER(L.full), f" at {lf.name} will send the revised "
                                       "pour-over will before ", DTM(fdate(r)), "; once it is signed we will "
                                       "retitle the brokerage account to the revocable trust.\n\n"])(
            person(r, "en"), ch(r, LAW_FIRMS))),
        lambda: b.add("Travel: I understand you will be in ", LOC(city_loc(r)), " from ", DTM(fdate(r, style=0)),
                      " until ", DTM(fdate(r, style=0)), ". Happy to meet at our office there if convenient.\n\n"),
        lambda: b.add(f"Tax: realised gains year-to-date are {amount(r, lo=10000, hi=900000)}; we harvested losses "
                      f"of {amount(r, lo=5000, hi=200000)} in the emerging-markets sleeve. Your accountant will "
                      "receive the draft 1099 consolidation within 10 business days.\n\n"),
        lambda: b.add("Family: please pass our congratulations to ", PER(person(r, cl.cult).first),
                      " on the graduation. As discussed, the 529 plan contributions can continue as before.\n\n"),
    ]
    for f in r.sample(paras, r.randrange(2, 5)):
        f()
    b.add("Our next review is pencilled in for ", DTM(fdatetime(r)), ". ")
    if r.random() < 0.5:
        b.add("You can upload documents securely at ", URL(web_url(r, firm)), ".\n\n")
    else:
        b.add("Let me know if that time does not suit.\n\n")
    b.add(ch(r, ["Kind regards,\n\n", "Best,\n", "With best wishes,\n\n"]))
    sig(r, b, adv, firm, cc, mail=adv_mail)
    b.add("\n", disclaimer(r))
    return b


def k_kyc_refresh_form(r):
    b = Builder()
    firm = ch(r, FIRMS)
    cl = person(r)
    a = address(r, "US" if r.random() < 0.7 else None)
    b.add(f"{firm.name.upper()} - PERIODIC KYC REFRESH (PRIVATE CLIENT)\n",
          f"Case ref: KYC-{r.randrange(2023, 2026)}-{r.randrange(10000, 99999)}    Review cycle: 36 months\n",
          "-" * 60, "\n",
          "Client name: ", PER(ch(r, [cl.full, cl.lastfirst, cl.upper])), "\n",
          "Date of birth: ", DOB(fdate(r, d=rbirth(r), style=ch(r, [0, 3, 4]))), "\n")
    if a.cc == "US" or r.random() < 0.3:
        b.add("SSN: ", SSN(ssn(r)), "\n")
    else:
        b.add("US tax ID (ITIN): ", bad_ssn(r), "\n")
    if r.random() < 0.5:
        b.add("Residential address: ", ADR(a.one(country=r.random() < 0.3)), "\n")
    else:
        b.add("Street: ", ADR(a.street), "\n", "City: ", LOC(a.city), "\n")
        if a.region:
            b.add("State/Province: ", LOC(US_STATES.get(a.region, a.region) if r.random() < 0.5 else a.region), "\n")
        if a.postcode:
            b.add("Postcode: ", a.postcode, "\n")
        b.add("Country: ", a.cc, "\n")
    b.add("Mobile: ", PHN(phone(r, a.cc if a.cc in INTL or a.cc == "US" else None)), "\n",
          "E-mail: ", EML(email_of(r, cl)), "\n")
    if r.random() < 0.75:
        st = ch(r, list(US_STATES.values()))
        b.add("Photo ID: Driver's license no. ", DLN(dl_no(r)), ", issued by ", LOC(st), ", expires ",
              DTM(fdate(r, d=rdate(r, 2026, 2031), style=ch(r, [3, 4]))), "\n")
    b.add("Source of wealth: ", ch(r, ["Sale of family business (2019)", "Inheritance", "Executive compensation",
                                       "Real-estate development", "Medical practice"]), "\n",
          "Expected annual inflows: ", amount(r), "\n",
          "Accounts in scope: ", ACC(account_no(r)))
    if r.random() < 0.5:
        b.add(", ", ACC(account_no(r)))
    b.add("\n", f"PEP: {ch(r, ['No', 'No', 'Yes - domestic, low'])}    Sanctions screening: clear "
                f"(list version {version(r)})\n",
          f"Risk rating: {ch(r, ['Low', 'Medium', 'Medium', 'High'])}\n",
          "Reviewed by: ", PER(person(r).full), "    Date: ", DTM(fdate(r)), "\n",
          "Next refresh due: ", DTM(fdate(r, d=rdate(r, 2026, 2028))), "\n")
    return b


def k_trust_deed_excerpt(r):
    b = Builder()
    s = person(r)
    t1, t2 = person(r, "en"), person(r)
    a = address(r)
    tname = ch(r, ["Larkspur", "Aldgate", "Blue Heron", "Fernhill", "Ravensworth", "Cedar Point", "Hawthorn"])
    law = ch(r, ["Jersey", "Guernsey", "the Cayman Islands", "Delaware", "South Dakota", "Liechtenstein",
                 "the Bahamas", "Singapore"])
    b.add(f"THE {tname.upper()} SETTLEMENT\n\nTHIS DEED OF SETTLEMENT is made on ", DTM(fdate(r, style=1)), "\n\n",
          "BETWEEN:\n(1) ", PER(s.upper if r.random() < 0.5 else s.full), " of ", ADR(a.one(country=True)),
          " (the \"Settlor\"); and\n(2) ", PER(t1.full), " and ", PER(t2.full),
          " (together the \"Original Trustees\").\n\n",
          "1. The Settlement shall be governed by the laws of ",
          "the " if law.startswith("the ") else "", LOC(law[4:] if law.startswith("the ") else law), ".\n")
    kids = []
    for _ in range(r.randrange(1, 4)):
        kids.append(relative(r, s, avoid=[k.first for k in kids]))
    b.add("2. The Beneficiaries are the children of the Settlor, namely ")
    for i, k in enumerate(kids):
        if i:
            b.add(", " if i < len(kids) - 1 else " and ")
        b.add(PER(k.first), " (born ", DOB(fdate(r, d=rbirth(r, 1975, 2015), style=1)), ")")
    b.add(", their issue, and any person added under clause 9.\n",
          f"3. The Trust Fund comprises the sum of {ch(r, ['£10', '£100', 'USD 10', '$1,000'])} and all property later added.\n",
          "4. The Protector is ", PER(person(r).full), ", who may remove and appoint trustees by deed.\n",
          "5. The Trust Period ends 125 years from the date of this Deed.\n\n",
          "SIGNED as a DEED by ", PER(s.full), " in the presence of:\n",
          "Witness: ", PER(person(r, "en").full), "\nAddress: ", ADR(address(r, a.cc).one()), "\n",
          "Occupation: ", ch(r, ["Solicitor", "Paralegal", "Notary", "Trust administrator"]), "\n")
    return b


def k_estate_inventory_csv(r):
    b = Builder()
    dec = person(r, ch(r, ["en", "en", None]))
    dod = rdate(r, 2022, 2025)
    ex = person(r, "en")
    b.add("# Estate of ", PER(dec.full), ", deceased ", DTM(fdate(r, d=dod)), "\n",
          "# Inventory prepared by executor ", PER(ex.full), f" - draft {r.randrange(1, 6)}\n",
          "asset_id,category,description,institution,account_ref,owner,valuation_date,value_usd\n")
    vd = fdate(r, d=dod, style=3)
    owner_forms = lambda: ch(r, [("\"", dec.lastfirst, "\""), ("", dec.full, ""), ("", dec.upper, "")])
    rows = r.randrange(4, 9)
    cats = ["brokerage", "checking", "real_property", "vehicle", "jewelry", "retirement", "safe_deposit", "art",
            "savings"]
    for i in range(rows):
        cat = ch(r, cats)
        b.add(f"A{i + 1:03d},{cat},")
        if cat == "real_property":
            ad = address(r, "US")
            b.add("Primary residence \"", ADR(ad.one()), "\",County recorder,")
            b.add(f"APN {digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)},")
        elif cat == "vehicle":
            b.add(f"{r.randrange(2015, 2024)} {ch(r, ['Porsche 911', 'Range Rover', 'Mercedes GLE', 'Tesla Model S'])}"
                  f" VIN {vin(r)} plate {ch(r, ['CT', 'NY', 'FL'])} {upal(r, 3)}-{digits(r, 3)},DMV,,")
        elif cat == "jewelry":
            b.add(f"{ch(r, ['Cartier', 'Tiffany', 'Van Cleef'])} pieces per appraisal,n/a,,")
        elif cat == "safe_deposit":
            b.add(f"Safe deposit box {r.randrange(100, 999)} contents,{ch(r, FIRMS).name},,")
        elif cat == "art":
            b.add(f"Oil on canvas lot {r.randrange(10, 300)},n/a,,")
        else:
            b.add(f"{cat.title()} account,{ch(r, FIRMS).name},", ACC(account_no(r)), ",")
        q, name, q2 = owner_forms()
        b.add(q, PER(name), q2, ",", DTM(vd), ",", f"{r.randrange(5000, 4_000_000)}.{r.randrange(100):02d}\n")
    b.add(f"# Totals exclude liabilities; see schedule J. Checksum sha1 {sha(r)}\n")
    return b


def k_probate_letter(r):
    b = Builder()
    lf = ch(r, LAW_FIRMS)
    la = address(r, "US")
    att = person(r, "en")
    dec = person(r)
    bank = ch(r, FIRMS)
    ba = address(r, "US")
    b.add(lf.name.upper(), "\n", ADR(la.block()), "\n", "Tel ", PHN(phone(r, "US", False)), "  |  Fax ",
          PHN(phone(r, "US", False)), "\n\n", DTM(fdate(r, style=0)), "\n\n",
          "Estate Services Department\n", bank.name, "\n", ADR(ba.block()), "\n\n",
          "Re: Estate of ", PER(dec.full), ", Deceased\n",
          f"    Probate File No. {r.randrange(2022, 2026)}-PR-{r.randrange(100, 9999):04d}\n",
          "    Date of death: ", DTM(fdate(r)), "\n",
          "    Date of birth: ", DOB(fdate(r, d=rbirth(r, 1930, 1965))), "\n",
          f"    SSN: XXX-XX-{digits(r, 4)}\n\n",
          "Dear Sir or Madam:\n\nThis firm represents ", PER(person(r, dec.cult).full),
          ", the duly appointed executor of the above estate. Enclosed please find a certified copy of the "
          "Letters Testamentary issued on ", DTM(fdate(r)), " together with a certified death certificate.\n\n",
          "We ask that you (i) freeze account ", ACC(account_no(r)),
          " and any other accounts titled in the decedent's name, (ii) provide date-of-death balances, and "
          "(iii) confirm any transfer-on-death designations. Please do not release funds to any beneficiary "
          "without written instruction from this office.\n\n")
    if r.random() < 0.5:
        b.add("Kindly respond by ", DTM(fdate(r)), " to ", EML(email_of(r, att, lf.domain)), " or call me directly at ",
              PHN(phone(r, "US")), ".\n\n")
    else:
        b.add("Correspondence may be sent to ", EML(email_of(r, att, lf.domain)), ".\n\n")
    b.add("Very truly yours,\n\n", PER(att.full), ", Esq.\n", lf.name, "\n")
    return b


def k_family_office_email(r):
    b = Builder()
    fo = ch(r, FIRMS)
    a, c = person(r), person(r, "en")
    ip1 = ipv4(r, False)
    b.add("Received: from mail-", str(r.randrange(10, 99)), ".", fo.domain, " (", "[", IPA(ip1), "]) by mx.",
          ch(r, FIRMS).domain, " with ESMTPS id ", upal(r, 10), "; ", hdr_date(r), "\n")
    if r.random() < 0.4:
        b.add("Received: from [", IPA(ipv4(r, True)), "] (helo=workstation) by mail.", fo.domain, "; ",
              hdr_date(r), "\n")
    b.add("From: ", PER(a.full), " <", EML(email_of(r, a, fo.domain)), ">\n",
          "To: ", EML(email_of(r, c)), "\n", "Date: ", hdr_date(r), "\n",
          "Subject: ", ch(r, ["Distributions + summer logistics", "Re: trustee meeting", "House insurance renewal",
                               "Quick one on the aircraft lease"]), "\n\n",
          "Hi ", PER(c.first), ",\n\n")
    house = city_loc(r, ch(r, ["US", "FR", "CH", "IT", "GB"]))
    b.add(f"Quick update before the weekend. The quarterly distribution of {amount(r, lo=20000, hi=500000)} "
          "to each of the children went out ", ch(r, ["this morning", "yesterday", "on Wednesday"]),
          ". The trustees want to revisit the spending policy at the next meeting on ", DTM(fdate(r)), ".\n\n",
          "On logistics: ", PER(person(r, a.cult).first), " is flying ",
          f"{ch(r, ['LHR', 'JFK', 'GVA', 'NCE', 'ZRH'])}-{ch(r, ['TEB', 'ASE', 'PBI', 'SFO', 'MIA'])} next week, "
          "and the house in ", LOC(house), " is being opened from ", DTM(fdate(r, style=0)), ". ")
    b.add("Please remind the housekeeper that ", ch(r, ["Biscuit", "Pepper", "Mr. Darcy", "Juno", "Waffles"]),
          " (the dog) needs his medication twice a day.\n\n")
    if r.random() < 0.5:
        b.add("The insurance broker, ", PER(person(r, "en").full), ", can be reached on ", PHN(phone(r)),
              f"; policy renewal ref. REN-{r.randrange(10000, 99999)}.\n\n")
    if r.random() < 0.35:
        b.add("For the yacht charter deposit the broker asked for a card - please use the family office card ",
              CCN(card(r)), " (exp ", DTM(f"{r.randrange(1, 13):02d}/{r.randrange(26, 31)}"),
              ") and not the personal one.\n\n")
    b.add("Thanks,\n", PER(a.first), "\n")
    return b


def k_custody_statement_fixed(r):
    b = Builder()
    firm = ch(r, FIRMS)
    p = person(r)
    a = address(r, "US")
    y = r.randrange(2023, 2026)
    q = r.randrange(4)
    d1 = _dt.date(y, q * 3 + 1, 1)
    d2 = _dt.date(y, q * 3 + 3, 28)
    b.add(f"{firm.name.upper():<44}STATEMENT OF ASSETS\n")
    b.add("ACCOUNT NO: ", ACC(account_no(r)), "      PERIOD: ", DTM(fdate(r, d=d1, style=4)), " - ",
          DTM(fdate(r, d=d2, style=4)), "\n")
    nm = p.upper if not p.mi else f"{p.first} {p.mi} {p.last}".upper()
    suffix = ch(r, [" TTEE", "", " AND ", " IRA"])
    b.add("ACCOUNT HOLDER: ", PER(nm), suffix)
    if suffix == " AND ":
        b.add(PER(relative(r, p).upper))
    b.add("\n", ADR(a.block().upper()), "\n\n")
    b.add(f"{'CUSIP':<11}{'DESCRIPTION':<30}{'QUANTITY':>12}{'PRICE':>10}{'MARKET VALUE':>16}\n")
    secs = ["APPLE INC", "MICROSOFT CORP", "US TREASURY N/B 4.25%", "VANGUARD TOTAL STK MKT ETF",
            "JPMORGAN CHASE & CO", "NESTLE SA ADR", "ISHARES CORE MSCI EAFE", "BERKSHIRE HATHAWAY CL B",
            "ALPHABET INC CL A", "MUNI NY DORM AUTH 5%"]
    tot = 0.0
    for s in r.sample(secs, r.randrange(4, 8)):
        qty = r.randrange(50, 20000)
        px = r.uniform(20, 600)
        mv = qty * px
        tot += mv
        b.add(f"{upal(r, 9):<11}{s:<30}{qty:>12,}{px:>10.2f}{mv:>16,.2f}\n")
    b.add(f"{'':<41}{'TOTAL':>22}{tot:>16,.2f}\n\n",
          f"Cash sweep (FDIC program bank) ..... {amount(r, lo=1000, hi=90000)}\n",
          f"Statement ID {uid(r)}  page 1 of {r.randrange(2, 6)}\n")
    return b


def k_beneficiary_form(r):
    b = Builder()
    firm = ch(r, FIRMS)
    own = person(r, "en" if r.random() < 0.6 else None)
    b.add(f"{firm.name}\nBENEFICIARY DESIGNATION - IRA / TRANSFER ON DEATH\n\n",
          "Account owner: ", PER(own.full), "\nAccount number: ", ACC(account_no(r)), "\n",
          "Owner date of birth: ", DOB(fdate(r, d=rbirth(r, 1935, 1975), style=4)), "\n\n",
          "PRIMARY BENEFICIARIES\n")
    n = r.randrange(1, 4)
    shares = [100 // n] * n
    shares[0] += 100 - sum(shares)
    for i in range(n):
        k = relative(r, own) if r.random() < 0.7 else person(r)
        b.add(f"{i + 1}. Name: ", PER(k.full), f"   Relationship: {ch(r, ['Child', 'Spouse', 'Grandchild', 'Niece', 'Friend'])}",
              "   DOB: ", DOB(fdate(r, d=rbirth(r, 1960, 2015), style=4)), "   SSN: ", SSN(ssn(r)),
              f"   Share: {shares[i]}%\n")
    b.add("\nCONTINGENT BENEFICIARY\n")
    if r.random() < 0.5:
        b.add("Name: ", ch(r, ["The Larkspur Settlement", "The Hawthorn Foundation", "Estate of the owner"]),
              "   Tax ID: ", f"{digits(r, 2)}-{digits(r, 7)}", "   Share: 100%\n")
    else:
        k = person(r)
        b.add("Name: ", PER(k.full), "   Address: ", ADR(address(r).one()), "   Share: 100%\n")
    b.add("\nOwner signature: ______________________   Date: ", DTM(fdate(r, style=4)), "\n",
          "Spousal consent witnessed by notary ", PER(person(r, "en").full), f", commission no. {digits(r, 7)}\n")
    return b


def k_advisor_crm_note(r):
    b = Builder()
    cl = person(r)
    sp = relative(r, cl, "m" if cl.g == "f" else "f")
    owner = f"{slug(person(r, 'en').first)[:1]}{slug(person(r, 'en').last)}"
    b.add(f"Activity type: {ch(r, ['Phone call', 'In-person meeting', 'Video call'])}\n",
          f"Owner: {owner}\nRecord: OPP-{r.randrange(100000, 999999)}\n",
          "Client: ", PER(cl.full), "\n",
          "Subject: ", ch(r, ["Liquidity event planning", "Annual review prep", "Trust funding follow-up",
                               "Concentrated stock position"]), "\n\nNotes:\n")
    b.add("- Spoke with ", PER(cl.first), " for about 40 minutes. ", PER(sp.first),
          "'s company is expected to close its sale ", ch(r, ["next quarter", "later this year", "in a few months"]),
          f"; proceeds roughly {amount(r, lo=2_000_000, hi=40_000_000)}.\n")
    b.add("- They are considering a move to ", LOC(city_loc(r)), "; wants a referral to a tax adviser there.\n")
    if r.random() < 0.6:
        b.add("- Daughter ", PER(relative(r, cl, "f").first), " starts at ",
              ch(r, ["Stanford", "ETH", "Sciences Po", "McGill", "Bocconi", "INSEAD"]), " in the autumn; set up a "
              "separate account for tuition.\n")
    b.add("- Dog ", ch(r, ["Rufus", "Bella", "Mochi", "Ziggy"]), " was in the background the whole call - "
          "ask about him next time (rapport).\n")
    b.add("- Best number: ", PHN(phone(r)), ". Prefers e-mail ", EML(email_of(r, cl)), ".\n",
          "\nNext step: meeting ", DTM(fdatetime(r)), " at ")
    if r.random() < 0.5:
        b.add("their home, ", ADR(address(r).one()), ".\n")
    else:
        b.add(f"our office (Meeting Room {r.randrange(2, 12)}{ch(r, 'ABC')}).\n")
    b.add(f"Follow-up task due in 5 business days. Priority: {ch(r, ['High', 'Normal'])}\n")
    return b


def k_secure_chat_log(r):
    b = Builder()
    firm = ch(r, FIRMS)
    adv = person(r)
    cl = person(r)
    h = r.randrange(8, 17)
    m = r.randrange(0, 40)
    tick = [h * 60 + m]

    def ts():
        tick[0] += r.randrange(1, 6)
        return f"[{tick[0] // 60:02d}:{tick[0] % 60:02d}] "

    b.add(f"{firm.short} Secure Messaging - conversation export\nThread {uid(r)}\n\n")
    b.add(ts(), PER(cl.full), ": Hi, I need to send funds for the apartment deposit today.\n")
    b.add(ts(), PER(adv.full), ": Of course. For security I will call you back on the number on file before "
          "releasing anything.\n")
    ib = iban(r)
    b.add(ts(), PER(cl.first), ": The notary's account is ", IBN(ib), ", reference ",
          f"ESC-{r.randrange(10000, 99999)}.\n")
    b.add(ts(), PER(adv.first), f": Thanks. Amount is {amount(r, ch(r, ['EUR', 'CHF', 'GBP']), 50000, 900000)}? "
          "And the beneficiary name?\n")
    b.add(ts(), PER(cl.first), ": Yes. Beneficiary is ", PER(person(r).full), ", the notary. Completion is ",
          DTM(fdate(r)), ".\n")
    if r.random() < 0.5:
        b.add(ts(), PER(cl.first), ": Also my new mobile is ", PHN(phone(r)), ", please update it.\n")
        b.add(ts(), PER(adv.first), ": Changes to contact details need the signed form - I'll send it via the "
              "portal.\n")
    b.add(ts(), PER(adv.first), ": Calling you now from ", PHN(phone(r, ch(r, ["CH", "GB", "US", "SG"]))), ".\n")
    b.add(ts(), PER(cl.first), ": ok\n")
    return b


def k_wire_instruction_json(r):
    b = Builder()
    p = person(r)
    ben = person(r)
    cc = ch(r, list(IBAN_LEN))
    a = address(r, cc if cc in INTL else None)
    b.add("{\n", f'  "request_id": "{uid(r)}",\n', '  "ordering_customer": {\n',
          '    "name": "', PER(p.full), '",\n', '    "account": "', ACC(account_no(r)), '"\n  },\n',
          '  "beneficiary": {\n', '    "name": "', PER(ben.full), '",\n',
          '    "iban": "', IBN(iban(r, cc, False)), '",\n', f'    "bic": "{ch(r, BICS)}",\n',
          '    "address": "', ADR(a.one()), '"\n  },\n',
          f'  "amount": {{"currency": "{ch(r, ["EUR", "USD", "CHF", "GBP"])}", "value": "{r.randrange(10000, 3000000)}.00"}},\n',
          '  "value_date": "', DTM(fdate(r, style=3)), '",\n',
          f'  "purpose": "{ch(r, ["Property purchase", "Gift to family member", "Tuition", "Capital call"])}",\n',
          '  "callback": {"verified_with": "', PHN(phone(r)), '", "verified_by": "',
          f'{slug(person(r, "en").last)}{r.randrange(1, 9)}", "status": "CONFIRMED"}},\n',
          f'  "intermediary_routing": "{aba(r)}",\n  "schema_version": "{version(r)}"\n}}\n')
    return b


def k_onboarding_api_log(r):
    b = Builder()
    d = rdate(r)
    clk = Clock(r, d)
    svc = ch(r, ["kyc-svc", "onboarding-api", "doc-vault", "client-portal"])
    for _ in range(r.randrange(5, 10)):
        k = r.randrange(6)
        b.add(clk.ts(0), f" {ch(r, ['INFO', 'INFO', 'WARN', 'DEBUG'])} [{svc}] req={uid(r)[:8]} ")
        if k == 0:
            b.add("ip=", IPA(ip_any(r)), " user=", EML(email_of(r, person(r))), " action=login status=200\n")
        elif k == 1:
            b.add(f"upload doc_type=passport_scan size={r.randrange(100, 4000)}KB sha256={sha(r, 64)}\n")
        elif k == 2:
            b.add("ip=", IPA(ip_any(r)), f" action=kyc_submit latency_ms={r.randrange(40, 2000)}\n")
        elif k == 3:
            b.add(f"retry attempt={r.randrange(1, 4)} backoff=2s epoch={epoch(r)}\n")
        elif k == 4:
            b.add("screening name=\"", PER(person(r).full), f"\" hits=0 list_version={version(r)}\n")
        else:
            b.add(f"job=sync_custodian processed={r.randrange(10, 900)} duration=3m12s\n")
    if r.random() < 0.6:
        b.add(clk.ts(0), f" ERROR [{svc}] upstream 401, request headers: Authorization=Bearer ",
              JWTT(jwt(r, {"role": "advisor"})), "\n")
    else:
        b.add(clk.ts(0), f" ERROR [{svc}] boto3 client init failed: key_id=", AKI(aws_access(r)),
              " region=eu-central-1\n")
    return b


def k_deployment_env(r):
    b = Builder()
    b.add(f"# wealth-portal .env ({ch(r, ['staging', 'prod', 'uat'])}) -- DO NOT COMMIT\n",
          f"APP_VERSION={version(r)}\nAPP_ENV=production\n",
          "PORTAL_BASE_URL=", URL(web_url(r, path="")), "\n",
          "DB_HOST=", IPA(ipv4(r, True)), "\nDB_PORT=5432\nDB_USER=portal_app\n",
          "DB_PASSWORD=", PWD(password(r)), "\n",
          "AWS_ACCESS_KEY_ID=", AKI(aws_access(r)), "\n",
          "AWS_SECRET_ACCESS_KEY=", AKS(aws_secret(r)), "\n",
          "AWS_REGION=eu-west-2\n")
    if r.random() < 0.7:
        b.add("STRIPE_SECRET_KEY=", STK(stripe_key(r)), "\n")
    if r.random() < 0.6:
        b.add("SLACK_BOT_TOKEN=", SLK(slack_token(r)), "\n")
    b.add("JWT_SIGNING_SECRET=", SEC(generic_secret(r)), "\n",
          "GITHUB_TOKEN=${GITHUB_TOKEN}\nSENTRY_DSN=${SENTRY_DSN}\n",
          f"FEATURE_FLAGS=statements_v2,kyc_refresh\nBUILD_SHA={sha(r)}\n")
    return b


def k_ci_workflow_yaml(r):
    b = Builder()
    b.add("name: deploy-statement-renderer\n\non:\n  push:\n    branches: [main]\n\njobs:\n  deploy:\n",
          "    runs-on: ubuntu-22.04\n    env:\n",
          "      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n",
          "      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n",
          f"      RENDERER_VERSION: {version(r)}\n    steps:\n",
          "      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n",
          "        with:\n          python-version: '3.11'\n",
          "      - name: Fetch private templates\n        env:\n")
    k = r.randrange(3)
    if k == 0:
        b.add("          # TODO move to secrets before merge\n          GH_TOKEN: ", GHT(gh_token(r)), "\n")
    elif k == 1:
        b.add("          GH_TOKEN: ${{ secrets.TEMPLATES_PAT }}\n          SLACK_TOKEN: ", SLK(slack_token(r)), "\n")
    else:
        b.add("          GH_TOKEN: ${{ secrets.TEMPLATES_PAT }}\n          STRIPE_API_KEY: ", STK(stripe_key(r)), "\n")
    b.add("        run: ./scripts/fetch_templates.sh --ref ", sha(r), "\n",
          "      - name: Deploy\n        run: ./scripts/deploy.sh --env prod --region eu-west-2\n")
    return b


def k_incident_ticket(r):
    b = Builder()
    rep = person(r, "en")
    victim = person(r)
    b.add(f"Ticket: SEC-{r.randrange(1000, 99999)}    Severity: {ch(r, ['P1', 'P2', 'P2', 'P3'])}    "
          f"Component: client-portal {version(r)}\n",
          f"Reporter: {slug(rep.first)}.{slug(rep.last)[:3]}    Assignee: secops-oncall\n",
          "Title: Credential exposed in application logs\n\nDescription:\n",
          "During a routine log review on ", DTM(f"{fdate(r)} at {ftime(r)}"),
          " we found a bearer token printed in plain text by the statements service:\n\n    ")
    k = r.randrange(3)
    if k == 0:
        b.add("Authorization: Bearer ", JWTT(jwt(r, {"email_verified": True})), "\n\n")
    elif k == 1:
        b.add("x-api-key=", SEC(generic_secret(r)), "\n\n")
    else:
        b.add("stripe.api_key = ", STK(stripe_key(r)), "\n\n")
    b.add("The token belongs to the session of client ", PER(victim.full), " (", EML(email_of(r, victim)),
          "). Requests came from ", IPA(ip_any(r)), " and ", IPA(ipv4(r)), f" over roughly 25 minutes.\n\n",
          "Actions:\n1. Token revoked and sessions invalidated.\n",
          f"2. Logging patch merged in commit {sha(r)[:12]}.\n",
          "3. Client to be notified by the relationship manager, ", PER(person(r).full), ", before ",
          DTM(fdatetime(r)), ".\n", f"Related: INC-{r.randrange(10000, 99999)}, CHG-{r.randrange(1000, 9999)}\n")
    return b


def k_sms_thread(r):
    b = Builder()
    firm = ch(r, FIRMS)
    short = firm.short.replace(" ", "")
    b.add(f"SMS export - device {ch(r, ['iPhone', 'Pixel', 'Galaxy'])} - sender {short}PB\n\n")
    msgs = [
        lambda: b.add(f"{short}PB: A wire of {amount(r, lo=1000, hi=250000)} from account {masked_acct(r)} "
                      "was released on ", DTM(fdate(r, style=ch(r, [4, 2]))), ". Not you? Call ",
                      PHN(phone(r, "US", False)), ".\n\n"),
        lambda: b.add(f"{short}PB: Your advisor ", PER(person(r).first), " has shared a document in your vault. "
                      "Sign in at ", URL(web_url(r, firm, "/vault")), "\n\n"),
        lambda: b.add(f"{short}PB: Reminder - review meeting ", DTM(fdatetime(r)), ". Reply C to confirm.\n\n",
                      ch(r, ["C\n\n", "C\n\n", "Need to move it, will call\n\n"])),
        lambda: b.add(f"{short}PB: Card ending {digits(r, 4)} was declined at {ch(r, ['HERMES', 'NET-A-PORTER', 'EMIRATES'])} "
                      f"for {amount(r, lo=100, hi=20000)}. Questions? ", PHN(phone(r)), "\n\n"),
        lambda: b.add(f"{short}PB: We will never ask for your password by text. Ref {ticket(r, 'MSG')}.\n\n"),
    ]
    for f in r.sample(msgs, r.randrange(3, 6)):
        f()
    return b


def k_card_dispute_note(r):
    b = Builder()
    ch_ = person(r)
    b.add(f"PRIVATE CLIENT CARD SERVICES - DISPUTE INTAKE\nCase: DSP-{r.randrange(100000, 999999)}\n",
          "Cardholder: ", PER(ch_.full), "\n", "Card number: ", CCN(card(r)), "   Exp: ",
          DTM(f"{r.randrange(1, 13):02d}/{r.randrange(26, 31)}"), "\n",
          "Linked account: ", ACC(account_no(r)), "\n",
          "Disputed transaction: ", ch(r, ["Four Seasons", "Sotheby's", "NetJets", "Bulgari", "Loro Piana"]),
          f", {amount(r, lo=500, hi=90000)}, posted ", DTM(fdate(r)), "\n",
          f"Reason code: {ch(r, ['10.4', '13.1', '13.3', '12.6'])} (merchandise not received)\n\n",
          "Notes: Cardholder called from ", PHN(phone(r)), " and confirmed they were in ", LOC(city_loc(r)),
          " at the time. Provisional credit issued. Replacement card ordered; old PAN closed. Do not read "
          f"the CVV back to the client. Merchant reference {bad_card16(r, '')} is the acquirer's batch id, "
          "not a card number.\n",
          "Agent: ", PER(person(r).first), f" (ext. {r.randrange(1000, 9999)})\n")
    return b


HOSPITALS = ["St. Brendan's Medical Center", "Lakeview Memory Care", "Elmwood Skilled Nursing",
             "Harbor Point Rehabilitation", "Mount Aubrey Hospital"]
DRUGS = ["donepezil", "memantine", "metformin", "atorvastatin", "lisinopril", "sertraline", "apixaban"]
ICD = ["G30.9", "F03.90", "E11.9", "I10", "I48.91", "F32.A", "M81.0"]
CPT = ["99214", "99309", "97110", "99497", "G0439"]


def k_medical_poa_letter(r):
    b = Builder()
    pt = person(r)
    agent = person(r, pt.cult)
    doc = person(r)
    hosp = ch(r, HOSPITALS)
    tf = ch(r, FIRMS)
    to = person(r)
    b.add(DTM(fdate(r, style=0)), "\n\n", "To: Patient Financial Services, ", hosp, "\n\n",
          "Re: ", PER(pt.full), " - DOB ", DOB(fdate(r, d=rbirth(r, 1930, 1960), style=4)), " - MRN ",
          MRN(mrn(r)), "\n\n",
          "Dear Sir or Madam,\n\nPlease find enclosed the durable power of attorney for health care naming ",
          PER(agent.full), " as agent for the above patient, together with a copy of the trust certification. "
          f"Care costs are paid by the {ch(r, ['Fernhill', 'Aldgate', 'Ravensworth'])} Supplemental Needs Trust, "
          f"of which {tf.name} is trustee.\n\n",
          "Primary insurance: member ID ", HPN(hpn(r)), f", group {r.randrange(10000, 99999)}. ",
          "Attending physician: Dr. ", PER(doc.full), f" (NPI {1}{digits(r, 9)}).\n\n",
          f"Current diagnoses ({ch(r, ICD)}, {ch(r, ICD)}) and medication ({ch(r, DRUGS)}, {ch(r, DRUGS)}) "
          "are listed in the attached summary. Invoices should be sent to the trustee, not to the family.\n\n",
          "Trust officer: ", PER(to.full), "\nPhone: ", PHN(phone(r, "US")), "\nE-mail: ",
          EML(email_of(r, to, tf.domain)), "\n")
    return b


def k_ltc_invoice(r):
    b = Builder()
    res = person(r)
    fac = ch(r, HOSPITALS)
    fa = address(r, "US")
    d = rdate(r)
    b.add(f"{fac.upper()}\n", ADR(fa.block()), "\nBilling office: ", PHN(phone(r, "US", False)), "\n\n",
          f"STATEMENT FOR SERVICES    Invoice INV-{r.randrange(2023, 2026)}-{r.randrange(1000, 99999)}\n",
          "Resident: ", PER(res.lastfirst if r.random() < 0.5 else res.full), "\n",
          "Patient account: ", ACC(f"{digits(r, 7)}"), "     MRN: ", MRN(mrn(r)), "\n",
          "Medicare/secondary member ID: ", HPN(hpn(r)), "\n",
          "Bill to: ", ch(r, ["Trustee, Hawthorn SNT", "Aldgate Supplemental Needs Trust", "Fernhill Care Trust"]),
          f" c/o {ch(r, FIRMS).name}\n",
          "Service period: ", DTM(fdate(r, d=d.replace(day=1), style=4)), " - ",
          DTM(fdate(r, d=d.replace(day=28), style=4)), f"   Room {r.randrange(100, 420)}{ch(r, 'AB')}\n\n",
          f"{'CODE':<8}{'DESCRIPTION':<34}{'UNITS':>6}{'AMOUNT':>12}\n")
    for _ in range(r.randrange(3, 6)):
        code = ch(r, CPT + ["REV0110", "REV0250"])
        b.add(f"{code:<8}{ch(r, ['Skilled nursing per diem', 'Physical therapy', 'Pharmacy - ' + ch(r, DRUGS), 'Physician visit', 'Advance care planning']):<34}"
              f"{r.randrange(1, 31):>6}{r.randrange(100, 12000):>9,}.00\n")
    b.add(f"\nBalance due: {amount(r, lo=4000, hi=40000)}  Please pay within 30 days. Routing {aba(r)} "
          f"(ACH) - reference the invoice number.\nAttending: Dr. ", PER(person(r).full),
          f"  NPI 1{digits(r, 9)}\n")
    return b


def k_vcard_contact(r):
    b = Builder()
    p = person(r)
    a = address(r)
    firm = ch(r, FIRMS)
    mid = ch(r, string.ascii_uppercase)
    b.add("BEGIN:VCARD\nVERSION:3.0\n", "N:", PER(f"{p.last};{p.first};{mid}"), ";;\n",
          "FN:", PER(f"{p.first} {mid}. {p.last}"), "\n",
          f"ORG:{ch(r, ['Client', 'Prospect', 'Trustee', 'Beneficiary'])} - {firm.short}\n",
          "ADR;TYPE=HOME:;;", ADR(";".join([a.street, a.city, a.region or "", a.postcode or "",
                                              COUNTRY_NAMES[a.cc]])), "\n",
          "TEL;TYPE=CELL:", PHN(phone(r, a.cc if a.cc != "US" else "US", True)), "\n",
          "TEL;TYPE=HOME:", PHN(phone(r, a.cc, False)), "\n",
          "EMAIL;TYPE=INTERNET:", EML(email_of(r, p)), "\n",
          "BDAY:", DOB(rbirth(r).isoformat()), "\n")
    if r.random() < 0.5:
        b.add("NOTE:Spouse ", PER(relative(r, p).first), "; introduced by ", PER(person(r).full),
              ". Prefers calls after 6 PM.\n")
    if r.random() < 0.4:
        b.add("URL:", URL(web_url(r, firm, f"/advisors/{slug(person(r, 'en').last)}")), "\n")
    b.add(f"UID:{uid(r)}\nEND:VCARD\n")
    return b


def _ics_dt(d, h, m):
    return f"{d.year}{d.month:02d}{d.day:02d}T{h:02d}{m:02d}00"


def k_ics_invite(r):
    b = Builder()
    firm = ch(r, FIRMS)
    org = person(r)
    att = [person(r) for _ in range(r.randrange(1, 4))]
    d = rdate(r)
    h = r.randrange(8, 17)
    tz = ch(r, ["Europe/Zurich", "America/New_York", "Europe/London", "Asia/Singapore"])
    fam = ch(r, att)
    b.add("BEGIN:VCALENDAR\nPRODID:-//", firm.short, "//Advisor Calendar ", version(r), "//EN\nVERSION:2.0\n",
          "METHOD:REQUEST\nBEGIN:VEVENT\n", f"UID:{uid(r)}\n",
          f"DTSTAMP:{compact_ts(r)[:8]}T{compact_ts(r)[8:]}Z\n", f"CREATED:{compact_ts(r)[:8]}T{compact_ts(r)[8:]}Z\n",
          f"LAST-MODIFIED:{compact_ts(r)[:8]}T{compact_ts(r)[8:]}Z\n",
          f"DTSTART;TZID={tz}:", DTM(_ics_dt(d, h, 0)), "\n", f"DTEND;TZID={tz}:", DTM(_ics_dt(d, h + 1, 30)), "\n",
          "SUMMARY:", ch(r, ["Estate planning review", "Trust distribution committee", "Annual review"]), " - ",
          PER(fam.last), " family\n")
    if r.random() < 0.5:
        b.add("LOCATION:", ADR(address(r).one()), "\n")
    else:
        b.add(f"LOCATION:Meeting Room {r.randrange(1, 9)}{ch(r, 'ABC')} / video\n")
    b.add("ORGANIZER;CN=", PER(org.full), ":mailto:", EML(email_of(r, org, firm.domain)), "\n")
    for p in att:
        b.add("ATTENDEE;CN=", PER(p.full), ";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:", EML(email_of(r, p)), "\n")
    b.add("DESCRIPTION:Agenda: 1) trust accounts 2) gifting 3) AOB. Dial-in ", PHN(phone(r)),
          f" conference id {r.randrange(100000, 999999)}.\n",
          "BEGIN:VALARM\nTRIGGER:-PT30M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


def k_hl7_adt(r):
    b = Builder()
    p = person(r)
    a = address(r, "US")
    doc = person(r, "en")
    ins = person(r, p.cult)
    ins.last = p.last
    b.add("# Care-facility feed received by trustee (special needs trust) - raw HL7\n",
          f"MSH|^~\\&|CAREPOINT|ELMWOOD_SNF|TRUSTPAY|{ch(r, FIRMS).short.upper().replace(' ', '')}|",
          compact_ts(r), f"||ADT^A04|MSG{r.randrange(10000, 99999)}|P|2.5.1\n",
          "EVN|A04|", compact_ts(r), "\n",
          "PID|1||", MRN(digits(r, 8)), "^^^ELMWOOD^MR||", PER(f"{p.last}^{p.first}^{ch(r, 'ABCDEFGHJKLM')}".upper()),
          "||", DOB(rbirth(r, 1930, 1965).strftime("%Y%m%d")), f"|{p.g.upper()}|||",
          ADR(f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.postcode}^USA"), "||",
          PHN(f"({ch(r, US_AREA)}){digits(r, 3)}-{digits(r, 4)}"), "^PRN^PH|||||",
          ACC(f"{digits(r, 9)}"), "|", SSN(ssn(r, "")), "\n",
          "PV1|1|I|WEST^", str(r.randrange(100, 400)), "^B|||", "|", f"1{digits(r, 9)}^",
          PER(f"{doc.last}^{doc.first}".upper()), "^^^DR\n")
    fields = [""] * 37
    fields[0] = "IN1"
    fields[1] = "1"
    fields[2] = f"PLAN{r.randrange(10, 99)}"
    fields[4] = ch(r, ["HARBOR HEALTH PLAN", "GRANITE STATE MEDICARE ADV", "BLUE LANTERN HMO"])
    fields[8] = f"GRP{digits(r, 5)}"
    b.add("|".join(fields[:16]), "|", PER(f"{ins.last}^{ins.first}".upper()), "|01|",
          DOB(rbirth(r, 1930, 1965).strftime("%Y%m%d")), "|" * 18, HPN(hpn(r)), "\n")
    return b


def k_fhir_patient(r):
    b = Builder()
    p = person(r)
    a = address(r, "US")
    st = US_STATES.get(a.region, a.region)
    b.add("{\n  \"resourceType\": \"Patient\",\n", f"  \"id\": \"{uid(r)}\",\n",
          f"  \"meta\": {{\"versionId\": \"{r.randrange(1, 9)}\", \"lastUpdated\": \"{log_ts(r, style=0)}\"}},\n",
          "  \"identifier\": [\n",
          "    {\"type\": {\"text\": \"MRN\"}, \"system\": \"", URL("https://ehr.lakeviewcare.org/fhir/mrn"),
          "\", \"value\": \"", MRN(mrn(r)), "\"},\n",
          "    {\"type\": {\"text\": \"Member ID\"}, \"value\": \"", HPN(hpn(r)), "\"}\n  ],\n",
          "  \"name\": [{\"use\": \"official\", \"family\": \"", PER(p.last), "\", \"given\": [\"", PER(p.first), "\"]}],\n",
          "  \"telecom\": [\n    {\"system\": \"phone\", \"value\": \"", PHN(phone(r, "US")), "\"},\n",
          "    {\"system\": \"email\", \"value\": \"", EML(email_of(r, p)), "\"}\n  ],\n",
          f"  \"gender\": \"{'female' if p.g == 'f' else 'male'}\",\n",
          "  \"birthDate\": \"", DOB(rbirth(r, 1930, 2005).isoformat()), "\",\n",
          "  \"address\": [{\"line\": [\"", ADR(a.street), "\"], \"city\": \"", LOC(a.city), "\", \"state\": \"",
          LOC(a.region if r.random() < 0.6 else st), f"\", \"postalCode\": \"{a.postcode}\", \"country\": \"US\"}}],\n",
          "  \"contact\": [{\"relationship\": [{\"text\": \"Trustee\"}], \"name\": {\"text\": \"",
          PER(person(r).full), "\"}}]\n}\n")
    return b


def k_x12_834(r):
    b = Builder()
    p = person(r)
    a = address(r, "US")
    d = rdate(r)
    yy = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    hm = f"{r.randrange(24):02d}{r.randrange(60):02d}"
    ctl = f"{r.randrange(1, 999999999):09d}"
    b.add(f"ISA*00*          *00*          *ZZ*ALDERMOORTRST  *ZZ*HARBORHLTH     *{yy}*{hm}*^*00501*{ctl}*0*P*:~\n",
          f"GS*BE*ALDERMOOR*HARBORHLTH*{d.year}{d.month:02d}{d.day:02d}*{hm}*{int(ctl)}*X*005010X220A1~\n",
          "ST*834*0001*005010X220A1~\n", f"REF*38*GRP{digits(r, 5)}~\n",
          "N1*P5*ALDERMOOR SUPPLEMENTAL NEEDS TRUST*FI*", f"{digits(r, 9)}~\n",
          "INS*Y*18*021*28*A***FT~\n", "REF*0F*", HPN(hpn(r)), "~\n",
          "NM1*IL*1*", PER(p.last.upper()), "*", PER(p.first.upper()), "****34*", SSN(ssn(r, "")), "~\n",
          "PER*IP**HP*", PHN(f"{ch(r, US_AREA)}{digits(r, 7)}"), "*EM*", EML(email_of(r, p)), "~\n",
          "N3*", ADR(a.street.upper()), "~\n", "N4*", LOC(a.city.upper()), "*", LOC(a.region), f"*{a.postcode}~\n",
          "DMG*D8*", DOB(rbirth(r, 1940, 2005).strftime("%Y%m%d")), f"*{p.g.upper()}~\n",
          f"HD*021**HLT*{upal(r, 6)}*IND~\n", "DTP*348*D8*", DTM(rdate(r).strftime("%Y%m%d")), "~\n",
          f"SE*13*0001~\nGE*1*{int(ctl)}~\nIEA*1*{ctl}~\n")
    return b


def k_xml_account_opening(r):
    b = Builder()
    p = person(r)
    us = r.random() < 0.5
    a = address(r, "US" if us else ch(r, ["GB", "CH", "DE", "FR", "NL", "SG", "IT"]))
    b.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
          f"<AccountOpening xmlns=\"urn:wealth:onboarding:v2\" schemaVersion=\"{version(r)}\">\n",
          f"  <ApplicationRef>AO-{r.randrange(2023, 2026)}-{r.randrange(100000, 999999)}</ApplicationRef>\n",
          "  <Applicant>\n    <GivenName>", PER(p.first), "</GivenName>\n    <FamilyName>", PER(p.last),
          "</FamilyName>\n    <BirthDate>", DOB(rbirth(r).isoformat()), "</BirthDate>\n")
    if us:
        b.add("    <TaxId type=\"SSN\">", SSN(ssn(r)), "</TaxId>\n",
              "    <IdDocument type=\"DriverLicense\">", DLN(dl_no(r)), "</IdDocument>\n")
    b.add("    <Email>", EML(email_of(r, p)), "</Email>\n    <Phone type=\"mobile\">", PHN(phone(r, a.cc)),
          "</Phone>\n    <Address>\n      <Street>", ADR(a.street), "</Street>\n      <City>", LOC(a.city),
          "</City>\n")
    if a.region and us:
        b.add("      <Region>", LOC(a.region), "</Region>\n")
    if a.postcode:
        b.add(f"      <PostalCode>{a.postcode}</PostalCode>\n")
    b.add(f"      <Country>{a.cc}</Country>\n    </Address>\n  </Applicant>\n  <FundingAccount>\n")
    if us:
        b.add(f"    <RoutingNumber>{aba(r)}</RoutingNumber>\n    <AccountNumber>", ACC(digits(r, r.randrange(8, 13))),
              "</AccountNumber>\n")
    else:
        b.add("    <IBAN>", IBN(iban(r, ch(r, ["GB", "CH", "DE", "FR", "NL", "IT"]), False)), f"</IBAN>\n    <BIC>{ch(r, BICS)}</BIC>\n")
    b.add("  </FundingAccount>\n  <Products>\n", f"    <Product code=\"{ch(r, ['DPM-BAL', 'DPM-GRW', 'ADV-ESG'])}\"/>\n",
          "  </Products>\n  <Channel ip=\"", IPA(ip_any(r)), "\">web</Channel>\n</AccountOpening>\n")
    return b


def k_yaml_client_profile(r):
    b = Builder()
    p = person(r)
    a = address(r)
    b.add(f"# exported from CRM, schema {version(r)}\nprofile_uuid: {uid(r)}\nclient:\n",
          "  name: ", PER(p.full), "\n", "  preferred_name: ", PER(p.first), "\n",
          "  dob: ", DOB(rbirth(r).isoformat()), "\n", "  domicile: ", LOC(a.city_region), "\n",
          "  contacts:\n    mobile: \"", PHN(phone(r, a.cc)), "\"\n    email: ", EML(email_of(r, p)), "\n",
          "  household:\n")
    for _ in range(r.randrange(1, 3)):
        q = relative(r, p)
        b.add("    - name: ", PER(q.full), f"\n      relation: {ch(r, ['spouse', 'son', 'daughter'])}\n")
    b.add("accounts:\n")
    for _ in range(r.randrange(1, 4)):
        b.add("  - number: \"", ACC(account_no(r)), f"\"\n    type: {ch(r, ['custody', 'current', 'mandate', 'lombard'])}\n",
              f"    currency: {ch(r, ['USD', 'EUR', 'CHF', 'GBP'])}\n")
    b.add(f"risk_profile: {ch(r, ['conservative', 'balanced', 'growth'])}\nadvisor: u_{slug(person(r, 'en').last)[:5]}{r.randrange(10, 99)}\n",
          "next_review: ", DTM(fdate(r, style=3)), "\n",
          f"notes: \"Family dog {ch(r, ['Biscuit', 'Otto', 'Luna'])}; prefers morning calls; no cold calls about structured products.\"\n")
    return b


def k_tsv_transactions(r):
    b = Builder()
    p = person(r)
    us = r.random() < 0.5
    b.add("# Account statement export\n# Holder\t", PER(p.full), "\n")
    if us:
        b.add("# Account\t", ACC(account_no(r)), "\n")
    else:
        b.add("# IBAN\t", IBN(iban(r)), "\n")
    b.add("booking_date\tvalue_date\tdescription\tcounterparty\treference\tamount\tbalance\n")
    bal = r.randrange(100000, 5000000)
    d = rdate(r)
    for _ in range(r.randrange(4, 9)):
        d = d + _dt.timedelta(days=r.randrange(1, 6))
        amt = r.randrange(-90000, 60000)
        bal += amt
        k = r.randrange(4)
        b.add(DTM(d.isoformat()), "\t", DTM((d + _dt.timedelta(days=r.randrange(0, 3))).isoformat()), "\t")
        if k == 0:
            b.add("WIRE OUT\t", PER(person(r).full.upper()), f"\tINV-{r.randrange(1000, 99999)}")
        elif k == 1:
            b.add(f"DIVIDEND\t{ch(r, ['NESTLE SA', 'APPLE INC', 'SHELL PLC', 'ROCHE HLDG'])}\tDIV{digits(r, 8)}")
        elif k == 2:
            b.add(f"CARD SETTLEMENT\t{ch(r, ['AMEX', 'VISA'])}\tSTMT {digits(r, 6)}")
        else:
            b.add("TRANSFER IN\t", PER(person(r).full), f"\tTRF{digits(r, 10)}")
        b.add(f"\t{amt:.2f}\t{bal:.2f}\n")
    return b


def k_trust_accounting(r):
    b = Builder()
    firm = ch(r, FIRMS)
    tname = ch(r, ["Larkspur", "Hawthorn", "Blue Heron", "Fernhill", "Cedar Point"])
    y = r.randrange(2022, 2025)
    tr1, tr2 = person(r, "en"), person(r)
    b.add(f"THE {tname.upper()} IRREVOCABLE TRUST\nANNUAL FIDUCIARY ACCOUNTING - FISCAL YEAR {y}\n",
          f"Trustee: {firm.name} and ", PER(tr1.full), ", co-trustee\n",
          "Trust account: ", ACC(account_no(r)), "\n",
          "Period: ", DTM(fdate(r, d=_dt.date(y, 1, 1), style=0)), " through ", DTM(fdate(r, d=_dt.date(y, 12, 28), style=0)), "\n\n",
          "SCHEDULE A - RECEIPTS OF PRINCIPAL\n",
          f"  Proceeds from sale of residence     {amount(r, lo=500000, hi=4000000):>18}\n",
          f"  Capital gain distributions          {amount(r, lo=1000, hi=90000):>18}\n\n",
          "SCHEDULE B - DISBURSEMENTS\n",
          f"  Trustee fees (0.85% p.a.)           {amount(r, lo=5000, hi=60000):>18}\n",
          f"  Legal fees - {ch(r, LAW_FIRMS).name:<23}{amount(r, lo=2000, hi=40000):>18}\n\n",
          "SCHEDULE C - DISTRIBUTIONS TO BENEFICIARIES\n")
    for _ in range(r.randrange(1, 4)):
        k = person(r)
        b.add("  ", PER(k.full), f"   {amount(r, lo=5000, hi=250000)}   paid ", DTM(fdate(r, d=rdate(r, y, y))), "\n")
    b.add("\nThe beneficiaries may object in writing within 180 days of receipt. Questions: ",
          PER(tr2.full), ", ", PHN(phone(r)), ".\n")
    return b


def k_capital_call_notice(r):
    b = Builder()
    fund = ch(r, ["Northgate Buyout Fund IV, L.P.", "Saltmarsh Growth Partners III", "Tidewater Infrastructure II SCSp",
                  "Copperleaf Ventures VII"])
    inv = person(r)
    ir = person(r, "en")
    b.add(f"{fund}\nCAPITAL CALL NOTICE No. {r.randrange(3, 20)}\n\n", "Investor: ", PER(inv.full),
          " (via ", ch(r, FIRMS).name, ")\n", f"Notice ref: CN-{r.randrange(1000, 9999)}-{r.randrange(10, 99)}\n",
          f"Commitment: {amount(r, lo=1_000_000, hi=25_000_000)}\nThis call: {amount(r, lo=50000, hi=2_000_000)} "
          f"({r.randrange(3, 15)}% of commitment)\n\n",
          "Due date: ", DTM(fdate(r)), "\nFunds must be received by ", DTM(ftime(r)), " Eastern Time on the due date.\n\n",
          "Wire instructions (verify by phone before sending - never rely on e-mail changes):\n",
          "  Bank: ", ch(r, ["Harbor Trust Bank", "First Meridian", "Lindenhof Privatbank"]), "\n",
          f"  ABA: {aba(r)}   SWIFT: {ch(r, BICS)}\n")
    if r.random() < 0.5:
        b.add("  IBAN: ", IBN(iban(r, ch(r, ["LU", "IE", "GB", "DE"]))), "\n")
    else:
        b.add("  Account: ", ACC(digits(r, 10)), "\n")
    b.add(f"  Reference: {fund.split()[0].upper()}-CC{r.randrange(10, 99)}-LP\n\n",
          "Investor relations: ", PER(ir.full), ", ", PHN(phone(r, "US")), ", ",
          EML(email_of(r, ir, ch(r, ["northgatecap.com", "saltmarshgp.com", "tidewaterinfra.lu"]))), "\n")
    return b


def k_tax_doc_request(r):
    b = Builder()
    acct = person(r, "en")
    cl = person(r)
    firm = ch(r, FIRMS)
    y = r.randrange(2022, 2025)
    b.add("From: ", PER(acct.full), " <", EML(email_of(r, acct, ch(r, ["pkfcpa.com", "marlowtax.com", "birchcpa.net"]))), ">\n",
          "To: ", EML(f"clientservice@{firm.domain}"), "\n", "Date: ", hdr_date(r), "\n",
          f"Subject: {y} tax documents for ", PER(cl.full), "\n\n", "Hello,\n\nI prepare the ", str(y),
          " returns for ", PER(cl.full), " (SSN ", SSN(ssn(r)), ") and the ", ch(r, ["Fernhill", "Aldgate", "Hawthorn"]),
          " Trust. Could you please send the consolidated 1099, the K-1s for the private equity feeder and the "
          "year-end cost-basis report for account ", ACC(account_no(r)), "?\n\n",
          "Our filing deadline is ", DTM(fdate(r, d=_dt.date(y + 1, 4, 15))), " (we will extend if needed). ")
    if r.random() < 0.5:
        b.add("The trust's EIN ends in ", digits(r, 4), "; the ITIN for the non-resident beneficiary is ",
              bad_ssn(r), ".\n\n")
    else:
        b.add("Please upload to our portal rather than e-mailing attachments: ",
              URL(f"https://files.{ch(r, ['pkfcpa.com', 'marlowtax.com', 'birchcpa.net'])}/r/{alnum(r, 12)}"), "\n\n")
    b.add("Thank you,\n", PER(acct.first), "\n", PHN(phone(r, "US")), "\n")
    return b


def k_safe_deposit_inventory(r):
    b = Builder()
    firm = ch(r, FIRMS)
    dec = person(r)
    w1, w2 = person(r, "en"), person(r)
    b.add(f"{firm.name} - SAFE DEPOSIT BOX INVENTORY (ESTATE)\n", f"Box no. {r.randrange(100, 2999)}  "
          f"Vault {ch(r, 'ABC')}  Key numbers {r.randrange(1000, 9999)}/{r.randrange(1000, 9999)}\n",
          "Lessee (deceased): ", PER(dec.full), "\nDate opened for inventory: ", DTM(fdatetime(r)), "\n",
          "Present: ", PER(w1.full), " (bank officer), ", PER(w2.full), " (executor)\n\nContents:\n",
          f"  1. Envelope marked 'Will - original', sealed\n  2. {r.randrange(2, 30)} gold coins "
          f"({ch(r, ['Krugerrand', 'Maple Leaf', 'Vreneli'])})\n",
          "  3. Passport in the name of ", PER(dec.upper), ", expired ", DTM(fdate(r, d=rdate(r, 2010, 2022))), "\n",
          "  4. Deed to property at ", ADR(address(r).one()), "\n",
          f"  5. Share certificates, {ch(r, ['Nestlé', 'Unilever', 'Coca-Cola'])}, {r.randrange(100, 5000)} shares\n",
          "  6. Handwritten note with a bank login: user ", f"{slug(dec.last)}{r.randrange(10, 99)}",
          " / password ", PWD(password(r)), "\n\n", "Items 1-5 removed to the executor; item 6 retained pending "
          "instructions. Next access requires court order.\n")
    return b


def k_art_appraisal_letter(r):
    b = Builder()
    ap = person(r)
    cl = person(r)
    a = address(r, ch(r, ["US", "GB", "FR", "CH"]))
    b.add(ch(r, ["Marchetti Fine Art Appraisals", "Whitlock & Crane Valuers", "Atelier Vauclair Expertises"]), "\n",
          ADR(address(r).block()), "\n\n", DTM(fdate(r)), "\n\n", "Private & confidential\n", PER(cl.full), "\n",
          ADR(a.block(country=r.random() < 0.5)), "\n\n", "Dear ", cl.title(r), " ", PER(cl.last), ",\n\n",
          "Further to our inspection at your residence on ", DTM(fdate(r)),
          ", I am pleased to enclose our appraisal for insurance and estate-planning purposes. The collection of "
          f"{r.randrange(8, 60)} works has a total replacement value of {amount(r, lo=500000, hi=30_000_000)}. "
          "Two pieces require provenance research: the landscape acquired in ", LOC(city_loc(r, ch(r, ["FR", "IT", "CH", "GB"]))),
          " in 1987 and the bronze bought at auction in 2004.\n\n",
          "We recommend the works be listed on a separate schedule to the trust's insurance policy "
          f"(policy {ch(r, ['HNW', 'ART', 'FAP'])}-{digits(r, 7)}). Please call me on ", PHN(phone(r)),
          " with any questions.\n\nYours sincerely,\n\n", PER(ap.full), "\nASA, FRICS\n")
    return b


def k_real_estate_memo(r):
    b = Builder()
    fo = ch(r, FIRMS)
    auth = person(r)
    b.add(f"MEMORANDUM - {fo.name}\n", "To: Investment Committee\nFrom: ", PER(auth.full), "\n",
          "Date: ", DTM(fdate(r)), "\n", "Re: Direct real-estate holdings - annual review\n\n")
    for i in range(r.randrange(2, 5)):
        a = address(r)
        b.add(f"{i + 1}. ", ADR(a.one(country=a.cc != "US")), "\n",
              f"   Use: {ch(r, ['family residence', 'holiday home', 'let - residential', 'office, multi-let'])}; "
              f"book value {amount(r, lo=800000, hi=20_000_000)}; "
              f"held via {ch(r, ['Larkspur Holdings Ltd', 'Quay Street Nominees', 'Fernhill SCI', 'HW Property GmbH'])}.\n")
        if r.random() < 0.5:
            b.add("   Property manager: ", PER(person(r).full), ", ", PHN(phone(r, a.cc)), "\n")
        if r.random() < 0.3:
            b.add("   Lease expiry: ", DTM(fdate(r, d=rdate(r, 2026, 2032))), "\n")
    b.add("\nRecommendation: sell item 2 before the next tax year; hold the remainder.\n")
    return b


def k_grant_letter(r):
    b = Builder()
    fnd, fdom = ch(r, [("The Hawthorn Foundation", "hawthornfoundation.org"),
                       ("Blue Heron Charitable Trust", "blueherontrust.org"), ("The Larkspur Fund", "larkspurfund.org")])
    fa = address(r)
    ed = person(r)
    chair = person(r)
    b.add(fnd, "\n", ADR(fa.block(country=fa.cc != "US")), "\n\n", DTM(fdate(r, style=0)), "\n\n",
          PER(ed.full), "\nExecutive Director\n", ch(r, ["Riverbend Literacy Project", "Coastal Marsh Alliance",
                                                         "Open Score Music School", "Northside Food Bank"]), "\n",
          ADR(address(r).block()), "\n\n", "Dear ", PER(ed.first), ",\n\n",
          f"I am delighted to confirm that the trustees have approved a grant of {amount(r, lo=10000, hi=500000)} "
          f"over three years (grant ref. GR-{r.randrange(2023, 2026)}-{r.randrange(10, 999):03d}). The first instalment "
          "will be paid on ", DTM(fdate(r)), " to the account you nominated; please confirm the details by "
          "telephone on ", PHN(phone(r, fa.cc)), " rather than by e-mail.\n\n",
          "Reports are due by ", DTM(fdate(r)), ". Our guidelines are at ",
          URL(f"https://www.{fdom}/grantees/reporting"), ".\n\n",
          "With warm regards,\n\n", PER(chair.full), "\nChair of Trustees\n")
    return b


def k_portal_access_log(r):
    b = Builder()
    d = rdate(r)
    clk = Clock(r, d)
    st = ch(r, [0, 2])
    for _ in range(r.randrange(6, 12)):
        p = person(r)
        ev = ch(r, ["LOGIN_OK", "LOGIN_FAIL", "MFA_CHALLENGE", "DOC_DOWNLOAD", "LOGOUT", "PW_RESET_REQ"])
        b.add(clk.ts(st), " portal ", ev, " user=", EML(email_of(r, p)), " src=", IPA(ip_any(r)))
        if ev == "DOC_DOWNLOAD":
            b.add(f" doc={uid(r)}")
        elif ev == "LOGIN_FAIL":
            b.add(f" reason=bad_password attempts={r.randrange(1, 6)}")
        b.add(f" ua=\"{ch(r, ['Mozilla/5.0 (Macintosh)', 'PortalApp/' + version(r) + ' iOS', 'Mozilla/5.0 (Windows NT 10.0)'])}\"\n")
    return b


def k_password_reset_ticket(r):
    b = Builder()
    cl = person(r)
    agent = person(r, "en")
    b.add(f"Helpdesk ticket HD-{r.randrange(100000, 999999)}    Queue: Client Digital Access\n",
          "Requester: ", PER(cl.full), " <", EML(email_of(r, cl)), ">\n",
          "Callback number: ", PHN(phone(r)), "\n\n",
          "Client locked out of the portal after travelling (new device). Identity verified with two "
          "security questions and a callback on the number on file.\n\n",
          "Temporary password issued: ", PWD(password(r)), "\n",
          "(Client must change it at next login; expires ", DTM(fdatetime(r)), ".)\n\n")
    if r.random() < 0.5:
        b.add("Client also mentioned the old password was ", PWD(password(r)),
              " - advised never to share passwords with staff.\n")
    b.add("Handled by ", PER(agent.first), f". Status: Resolved. Time spent: 15 min.\n")
    return b


def k_aggregator_config_json(r):
    b = Builder()
    b.add("{\n  \"integration\": \"account-aggregation\",\n", f"  \"version\": \"{version(r)}\",\n",
          "  \"endpoint\": \"", URL(f"https://api.{ch(r, ['finlinkhub.io', 'aggregata.com', 'wealthsync.net'])}/v2/holdings"), "\",\n",
          f"  \"client_id\": \"{uid(r)}\",\n", "  \"client_secret\": \"", SEC(generic_secret(r)), "\",\n",
          "  \"service_account_token\": \"", JWTT(jwt(r, {"scope": "holdings.read"})), "\",\n")
    if r.random() < 0.5:
        b.add("  \"webhook_signing_key\": \"", SEC(generic_secret(r)), "\",\n")
    pk = private_key(r, r.randrange(4, 8)).replace("\n", "\\n")
    b.add("  \"mtls_key\": \"", PKY(pk), "\",\n", f"  \"retry_policy\": {{\"max\": 5, \"backoff_s\": 30}}\n}}\n")
    return b


def k_sftp_feed_config(r):
    b = Builder()
    cust = ch(r, ["meridian", "statestreet-like", "lindenhof", "harbortrust"])
    b.add(f"# custodian position feed - {cust}\n[sftp]\nhost = ", IPA(ipv4(r)), "\nport = 22\n",
          f"username = fo_{cust.split('-')[0]}_feed\n", "password = ", PWD(password(r)), "\n",
          f"remote_dir = /outbound/positions\nschedule = 0 6 * * 1-5\n\n[pgp]\nrecipient_fingerprint = {sha(r).upper()}\n\n",
          "[ssh]\nidentity = |\n")
    pk = private_key(r)
    b.add(PKY(pk), "\n")
    return b


def k_voicemail_transcript(r):
    b = Builder()
    caller = person(r)
    mins = r.randrange(0, 3)
    b.add(f"Voicemail for ext. {r.randrange(2000, 7999)} - duration 0{mins}:{r.randrange(10, 59)} - "
          "automated transcript (may contain errors)\n\n")
    b.add("00:00 Hi, this is ", PER(caller.full), ", calling about my mother's account. ")
    b.add("\n00:09 She passed away on ", DTM(fdate(r, style=ch(r, [0, 1]))), " and I'm the executor, "
          "so I need to know what paperwork you need.\n")
    b.add("00:21 The account is in the name of ", PER(relative(r, caller, "f").full), ", number ",
          ACC(account_no(r)), ".\n")
    b.add("00:33 You can reach me on ", PHN(phone(r)), ", or my wife ", PER(person(r, caller.cult, "f").first),
          " on ", PHN(phone(r)), ".\n")
    if r.random() < 0.5:
        b.add("00:47 I'll be in ", LOC(city_loc(r)), " until ", DTM(fdate(r, style=0)), ", so mornings are best.\n")
    b.add("00:55 Thanks, bye.\n")
    return b


def k_letter_of_wishes(r):
    b = Builder()
    s = person(r)
    kids = []
    for _ in range(r.randrange(2, 4)):
        kids.append(relative(r, s, avoid=[k.first for k in kids]))
    place = city_loc(r)
    b.add("LETTER OF WISHES\n(not legally binding)\n\nTo the Trustees of the ",
          ch(r, ["Larkspur", "Hawthorn", "Ravensworth", "Cedar Point"]), " Settlement\n\n",
          "From: ", PER(s.full), "\n", "Dated: ", DTM(fdate(r, style=1)), "\n\n",
          "I write to set out my wishes for the guidance of my trustees.\n\n1. During my lifetime I should like "
          "the trustees to consult me before making any distribution over ", amount(r, "GBP", 10000, 50000), ".\n\n",
          "2. After my death, I hope the fund will be held for my children ")
    for i, k in enumerate(kids):
        if i:
            b.add(", " if i < len(kids) - 1 else " and ")
        b.add(PER(k.first))
    b.add(" in equal shares, with particular regard to education. ", PER(kids[0].first),
          "'s share should be held on continuing trust until age 35.\n\n",
          "3. The family home in ", LOC(place), " should if possible be retained for use by all the family.\n\n",
          "4. I would like ", PER(person(r).full), ", who has advised our family for many years, to be consulted "
          "on any investment in the family company.\n\n", "Signed: ", PER(s.full), "\n")
    return b


def k_notarial_poa(r):
    b = Builder()
    gr = person(r)
    ag = person(r)
    a = address(r, "US")
    st = US_STATES[a.region]
    nt = person(r, "en")
    b.add("DURABLE GENERAL POWER OF ATTORNEY\n\nI, ", PER(gr.full.upper() if r.random() < 0.3 else gr.full),
          ", born ", DOB(fdate(r, d=rbirth(r, 1935, 1980), style=0)), ", residing at ", ADR(a.one()),
          ", appoint ", PER(ag.full), " of ", ADR(address(r, "US").one()),
          " as my agent to act for me with respect to banking, investment, retirement and trust matters, "
          "including accounts held at ", ch(r, FIRMS).name, ".\n\n",
          "This power of attorney is effective immediately and is not affected by my subsequent incapacity.\n\n",
          "Principal identification: driver license ", DLN(dl_no(r)), " (", LOC(st), ")\n\n",
          "Signed on ", DTM(fdate(r)), ".\n\n_____________________\n", PER(gr.full), "\n\n",
          "STATE OF ", LOC(st.upper()), "\nCOUNTY OF ", LOC(ch(r, ["FAIRFIELD", "KINGS", "PALM BEACH", "SUFFOLK", "COOK"])), "\n\n",
          "Sworn before me on ", DTM(fdate(r, style=0)), " by ", PER(gr.full), ".\n", "Notary public: ", PER(nt.full),
          f"\nMy commission expires: ", DTM(fdate(r, d=rdate(r, 2026, 2030), style=4)), f"   Commission no. {digits(r, 8)}\n")
    return b


def k_family_council_minutes(r):
    b = Builder()
    fam = person(r)
    members = []
    for _ in range(r.randrange(3, 6)):
        members.append(relative(r, fam, avoid=[m.first for m in members]))
    chair = members[0]
    adv = person(r, "en")
    b.add(f"MINUTES - FAMILY COUNCIL\n", "Date: ", DTM(fdatetime(r)), "\n", "Venue: ")
    if r.random() < 0.5:
        b.add(ADR(address(r).one()), "\n")
    else:
        b.add("video conference\n")
    b.add("Present: ")
    for i, m in enumerate(members):
        b.add(", " if i else "", PER(m.full))
    b.add("; ", PER(adv.full), " (", ch(r, FIRMS).name, ", secretary)\n\n",
          "1. Chair. ", PER(chair.first), " chaired; apologies from ", PER(person(r, fam.cult).first), ".\n",
          "2. Investment report. Net return for the year was ", f"{r.uniform(1, 12):.1f}%", "; the council noted "
          "the illiquid allocation is above the 30% ceiling.\n",
          "3. Next generation. ", PER(members[-1].first), " will join the investment committee as an observer "
          "from ", DTM(fdate(r)), ".\n",
          "4. Philanthropy. Agreed to fund the scholarship programme in ", LOC(city_loc(r)), ".\n",
          "5. AOB. Next meeting ", DTM(fdate(r)), ". Meeting closed after 2 hours.\n")
    return b


def k_aml_alert_case(r):
    b = Builder()
    subj = person(r)
    cp = person(r)
    d0 = rdate(r)
    b.add(f"AML ALERT REVIEW   Case {ticket(r, 'AML')}   Rule: R{r.randrange(10, 99)}-rapid-movement   "
          f"Score: {r.randrange(60, 99)}\n",
          "Subject: ", PER(subj.lastfirst), "\nCustomer account: ", ACC(account_no(r)), "\n",
          "Alert period: ", DTM(fdate(r, d=d0, style=3)), " to ",
          DTM(fdate(r, d=d0 + _dt.timedelta(days=r.randrange(20, 120)), style=3)), "\n\n",
          "Activity: ", str(r.randrange(3, 12)), " incoming transfers totalling ", amount(r, lo=90000, hi=3_000_000),
          " from ", PER(cp.full), " (IBAN ", IBN(iban(r)), ") followed by outgoing wires to ", LOC(city_loc(r)), ".\n",
          "Online banking sessions from ", IPA(ip_any(r)), " and ", IPA(ip_any(r)),
          " (geo: ", LOC(city_loc(r)), ").\n\n",
          "Analyst assessment: activity consistent with documented sale of a holiday property (contract seen, "
          "escrow no. ", f"ESC-{r.randrange(100000, 999999)}", "). No SAR recommended.\n",
          "Analyst: ", PER(person(r).full), "   QA: ", f"{slug(person(r, 'en').last)}_qa", "\n")
    return b


def k_lombard_application(r):
    b = Builder()
    p = person(r, ch(r, ["en", "en", None]))
    a = address(r, "US")
    b.add(f"SECURITIES-BACKED LINE OF CREDIT - APPLICATION\n{ch(r, FIRMS).name}\n\nSection 1 - Borrower\n",
          "  Name: ", PER(p.full), "\n  Date of birth: ", DOB(fdate(r, d=rbirth(r, 1940, 1995), style=4)), "\n",
          "  Social Security No.: ", SSN(ssn(r, ch(r, ["-", "-", " "]))), "\n",
          "  Home address: ", ADR(a.block().replace("\n", "\n                ")), "\n",
          "  Phone: ", PHN(phone(r, "US")), "   E-mail: ", EML(email_of(r, p)), "\n\n",
          "Section 2 - Collateral\n  Pledged account: ", ACC(account_no(r)),
          f"\n  Market value: {amount(r, lo=1_000_000, hi=30_000_000)}   Advance rate: {r.randrange(50, 76)}%\n",
          f"  Requested line: {amount(r, lo=250000, hi=10_000_000)}\n\n",
          "Section 3 - Purpose\n  ", ch(r, ["Bridge financing for a residential purchase", "Tax payment",
                                             "Capital calls", "Business expansion"]), "\n\n",
          "Section 4 - Employment\n  Employer: ", ch(r, ["self-employed", "Halberd Capital LLC", "Stanton Health Partners"]),
          "\n  Annual income: ", amount(r, lo=200000, hi=5_000_000), "\n\n",
          "Signature: ______________   Date: ", DTM(fdate(r, style=4)), "\n")
    return b


def k_death_notification_intake(r):
    b = Builder()
    dec = person(r)
    caller = relative(r, dec)
    b.add(f"BEREAVEMENT SERVICE - NOTIFICATION INTAKE   Ref BRV-{r.randrange(100000, 999999)}\n\n",
          "Deceased: ", PER(dec.full), "\nDate of birth: ", DOB(fdate(r, d=rbirth(r, 1930, 1970))), "\n",
          "Date of death: ", DTM(fdate(r)), "\nPlace of death: ", LOC(city_loc(r)), "\n",
          "Accounts held: ", ACC(account_no(r)), "\n",
          "Cards to cancel: ", CCN(card(r)) if r.random() < 0.5 else f"card ending {digits(r, 4)}",
          f" (supplementary card ending {digits(r, 4)})\n\n",
          "Notifier: ", PER(caller.full), f" ({ch(r, ['son', 'daughter', 'spouse', 'nephew'])})\n",
          "Notifier phone: ", PHN(phone(r)), "\nNotifier e-mail: ", EML(email_of(r, caller)), "\n",
          "Notifier address: ", ADR(address(r).one()), "\n\n",
          "Actions taken: standing orders suspended; card stopped; mail redirected. Death certificate "
          "to be uploaded. Solicitor acting: ", ch(r, LAW_FIRMS).name, ".\nAgent: ", PER(person(r).first), "\n")
    return b


def k_callback_verification(r):
    b = Builder()
    cl = person(r)
    ag = person(r, "en")
    b.add(f"PAYMENT CALLBACK VERIFICATION   Payment ID {uid(r)}\n\n",
          "Client: ", PER(cl.full), "   Relationship account: ", ACC(account_no(r)), "\n",
          "Instruction received via: ", ch(r, ["e-mail", "secure message", "fax"]), "\n",
          f"Amount: {amount(r, ch(r, ['USD', 'EUR', 'GBP', 'CHF']), 20000, 2_000_000)}\n",
          "Beneficiary: ", PER(person(r).full), "  IBAN ", IBN(iban(r)), f"  BIC {ch(r, BICS)}\n\n",
          "Number dialled (from CRM, not from the instruction): ", PHN(phone(r)), "\n",
          "Number in the instruction (NOT used): ", PHN(phone(r)), "\n",
          "Call placed: ", DTM(fdatetime(r)), "\n",
          "Questions asked: last transaction amount, advisor name, date of birth (matched)\n",
          "Outcome: ", ch(r, ["Confirmed by client", "Client did NOT recognise instruction - escalated to fraud",
                               "No answer - payment held"]), "\n", "Verifier: ", PER(ag.full),
          "   Second pair of eyes: ", f"{slug(person(r, 'en').first)}.{slug(person(r, 'en').last)[:1]}", "\n")
    return b


def k_ops_chat_export(r):
    b = Builder()
    u1, u2 = person(r, "en"), person(r)
    h = r.randrange(8, 18)
    b.add(f"#wealth-platform-ops - export\n\n")
    b.add(f"[{h:02d}:02] ", PER(u1.full), ": deploy of statements-renderer ", version(r), " failed on prod\n")
    b.add(f"[{h:02d}:04] ", PER(u2.full), f": looks like the token expired. build {sha(r)[:10]}\n")
    k = r.randrange(3)
    if k == 0:
        b.add(f"[{h:02d}:05] ", PER(u2.first), ": here's the new one, rotate after: ", SLK(slack_token(r)), "\n")
    elif k == 1:
        b.add(f"[{h:02d}:05] ", PER(u2.first), ": use this PAT for now ", GHT(gh_token(r)), "\n")
    else:
        b.add(f"[{h:02d}:05] ", PER(u2.first), ": temp creds ", AKI(aws_access(r)), " / ", AKS(aws_secret(r)), "\n")
    b.add(f"[{h:02d}:06] ", PER(u1.first), ": please don't paste secrets in channel :( moving to vault\n",
          f"[{h:02d}:09] ", PER(u1.first), ": redeployed, healthcheck green on ", IPA(ipv4(r, True)), ":8443\n",
          f"[{h:02d}:11] ", PER(u2.first), ": thx. postmortem ", DTM(fdatetime(r)), "?\n")
    return b


# ---------------------------------------------------------------------------
# English documents without entities (hard negatives only)
# ---------------------------------------------------------------------------
def k_rebalancing_job_log(r):
    b = Builder()
    d = rdate(r)
    clk = Clock(r, d)
    b.add(clk.ts(1), f" INFO  rebalancer v{version(r)} starting run_id={uid(r)}\n")
    for _ in range(r.randrange(5, 10)):
        b.add(clk.ts(1), " ", ch(r, [
            f"INFO  model=BAL-{r.randrange(10, 99)} portfolios={r.randrange(10, 900)} drift_max={r.uniform(0, 9):.2f}%",
            f"INFO  generated {r.randrange(10, 400)} orders batch={hexs(r, 12)}",
            f"WARN  price stale for CUSIP {upal(r, 9)} (age 2h), using last close",
            f"INFO  order ORD-{r.randrange(100000, 999999)} routed qty={r.randrange(1, 9999)} notional={amount(r)}",
            f"DEBUG cache hit ratio={r.random():.3f} epoch={epoch(r)}",
            f"INFO  tax-lot optimiser took {r.randrange(2, 90)}s",
        ]), "\n")
    b.add(clk.ts(1), f" INFO  run complete status=OK duration={r.randrange(1, 20)}m{r.randrange(60)}s\n")
    return b


def k_fee_schedule(r):
    b = Builder()
    b.add(f"DISCRETIONARY MANAGEMENT - STANDARD FEE SCHEDULE (document version {version(r)})\n\n",
          f"{'Assets under management':<34}{'Annual fee':>12}\n")
    tiers = [("First $5,000,000", r.uniform(0.9, 1.2)), ("Next $10,000,000", r.uniform(0.6, 0.85)),
             ("Next $35,000,000", r.uniform(0.4, 0.6)), ("Above $50,000,000", r.uniform(0.2, 0.4))]
    for t, f in tiers:
        b.add(f"{t:<34}{f:>11.2f}%\n")
    b.add(f"\nCustody: {r.randrange(5, 15)} bps p.a., minimum $2,500 per quarter.\n",
          f"Transaction charges: equities {r.randrange(10, 30)} bps, bonds {r.randrange(5, 20)} bps, "
          f"FX {r.randrange(5, 25)} bps over mid.\n",
          "Fees are calculated on month-end market values and billed quarterly in arrears.\n",
          ch(r, ["Household aggregation applies to accounts of the same family group.\n",
                 "Trust and foundation accounts are aggregated with the settlor's household where permitted.\n",
                 "Fees on externally managed funds are charged by the fund in addition to the above.\n"]),
          ch(r, ["Changes take effect from the start of the next quarter after 30 days' notice.\n",
                 "A minimum annual fee of $25,000 applies per relationship.\n",
                 "Performance fees do not apply to discretionary mandates.\n"]))
    return b


def k_market_commentary(r):
    b = Builder()
    y = r.randrange(2023, 2027)
    b.add(f"CIO WEEKLY - {ch(r, ['Staying the course', 'Rates, revisited', 'Quality over momentum', 'Mind the gap', 'Cash is not trash'])}\n\n")
    opening = [
        f"Markets ended the week {ch(r, ['higher', 'lower', 'mixed'])} as investors digested softer inflation data "
        f"and another round of earnings. Large-cap technology led, while small caps lagged by about {r.uniform(0.5, 3):.1f}%.",
        f"Volatility picked up mid-week after a hawkish tone from central bankers; the VIX briefly touched {r.randrange(16, 30)} "
        "before fading into the close.",
        f"A quiet week for risk assets: global equities moved less than {r.uniform(0.3, 1.2):.1f}% and credit spreads were unchanged.",
    ]
    view = [
        f"We remain modestly overweight equities into {y} and continue to prefer high-quality duration in the "
        "three-to-seven-year bucket. Credit spreads are tight; we are not adding to high yield.",
        "We keep a neutral equity stance and use options overlays on concentrated single-stock positions. "
        "Private-market pacing stays unchanged for now.",
        f"We see value in investment-grade credit with yields near {r.uniform(4, 6):.1f}% and would fund it from cash "
        "rather than equities.",
    ]
    moves = [
        f"trimmed the momentum ETF by {r.randrange(1, 4)}%", "added to short-dated Treasuries",
        "kept the gold allocation unchanged", f"raised the hedge ratio on non-dollar bonds to {r.randrange(50, 100)}%",
        "rotated part of the growth sleeve into dividend payers", "extended municipal duration by half a year",
    ]
    b.add(ch(r, opening), f" Ten-year yields moved {r.randrange(3, 25)} bps {ch(r, ['lower', 'higher'])}.\n\n",
          "Our view: ", ch(r, view), "\n\n",
          "Positioning changes this week: ", "; ".join(r.sample(moves, 3)), f". Brent traded near ${r.randrange(65, 95)} a barrel.\n\n",
          f"Next week: {ch(r, ['central-bank minutes on Wednesday and payrolls on Friday', 'retail sales on Tuesday and the policy meeting on Thursday', 'a light data calendar and the start of earnings season'])}. "
          "As always, speak to your relationship manager before acting on this commentary.\n")
    return b


def k_model_portfolio_csv(r):
    b = Builder()
    b.add(f"model_id,model_name,version,asset_class,instrument,ticker,target_weight,min,max\n")
    mid = f"MP-{r.randrange(100, 999)}"
    name = ch(r, ["Balanced Growth", "Income Plus", "Capital Preservation", "Global Equity"])
    v = version(r)
    rows = [("Equity", "Vanguard Total Stock Market ETF", "VTI"), ("Equity", "iShares Core MSCI EAFE", "IEFA"),
            ("Equity", "iShares Core MSCI EM", "IEMG"), ("Fixed Income", "iShares Core US Aggregate", "AGG"),
            ("Fixed Income", "SPDR Bloomberg 1-3M T-Bill", "BIL"), ("Real Assets", "SPDR Gold Shares", "GLD"),
            ("Alternatives", "JPMorgan Hedged Equity", "JHEQX"), ("Cash", "Money market sweep", "SWEEP")]
    sel = r.sample(rows, r.randrange(5, 9))
    ws = [r.randrange(3, 30) for _ in sel]
    tot = sum(ws)
    for (ac, ins, tk), w in zip(sel, ws):
        tw = 100 * w / tot
        b.add(f"{mid},{name},{v},{ac},{ins},{tk},{tw:.2f},{max(0, tw - 5):.2f},{tw + 5:.2f}\n")
    b.add(f"# generated by model-service build {sha(r)[:8]}; weights sum to 100.00\n")
    return b


def k_recon_exceptions(r):
    b = Builder()
    b.add(f"CUSTODY RECONCILIATION - EXCEPTIONS ONLY   run {uid(r)}\n",
          f"{'BREAK_ID':<12}{'ACCOUNT':<16}{'SECURITY':<12}{'OUR_QTY':>10}{'CUST_QTY':>10}{'DIFF_VALUE':>14}  STATUS\n")
    for _ in range(r.randrange(4, 9)):
        q1 = r.randrange(0, 50000)
        q2 = q1 + r.randrange(-500, 500)
        b.add(f"{'BRK' + digits(r, 6):<12}{masked_acct(r):<16}{upal(r, 9):<12}{q1:>10}{q2:>10}"
              f"{abs(q1 - q2) * r.uniform(5, 300):>14,.2f}  {ch(r, ['OPEN', 'AGED', 'CLEARED', 'PENDING CA'])}\n")
    b.add(f"\nTotals: {r.randrange(4, 40)} breaks, {r.randrange(0, 5)} aged > 5 days. Settlement ref "
          f"{bad_card16(r, '')} awaits custodian confirmation. Routing {aba(r)} used for cash legs.\n")
    return b


def k_audit_trail(r):
    b = Builder()
    d = rdate(r)
    clk = Clock(r, d)
    b.add("timestamp|actor|action|object|result|hash\n")
    for _ in range(r.randrange(6, 12)):
        b.add(clk.ts(2), "|", ch(r, ["svc_statements", "jdoe_ops", "batch-runner", "mk_admin", "rpa_bot07"]),
              "|", ch(r, ["UPDATE_MANDATE", "VIEW_DOCUMENT", "EXPORT_REPORT", "APPROVE_PAYMENT", "CHANGE_LIMIT"]),
              "|", ch(r, [f"mandate:{uid(r)[:8]}", f"doc:{uid(r)}", f"report:RPT-{r.randrange(1000, 9999)}",
                          f"payment:PAY-{r.randrange(100000, 999999)}"]),
              "|", ch(r, ["OK", "OK", "DENIED", "OK"]), "|", sha(r, 64), "\n")
    return b


# ---------------------------------------------------------------------------
# Non-English document kinds
# ---------------------------------------------------------------------------
def k_de_depotauszug(r):
    b = Builder()
    bank = ch(r, ["Lindenhof Privatbank AG", "Bankhaus Falkenau KG", "Privatbank Reuss & Cie"])
    p = person(r, "de")
    a = address(r, ch(r, ["DE", "DE", "AT", "CH"]))
    berater = person(r, "de")
    b.add(f"{bank}\nDepotauszug per ", DTM(fdate(r, "de", style=1)), "\n\n", p.title(r, "de"), " ",
          PER(p.plain), "\n", ADR(a.block()), "\n\n",
          "Depotnummer: ", ACC(f"{digits(r, 3)} {digits(r, 6)} {digits(r, 2)}"), "\n",
          "Verrechnungskonto (IBAN): ", IBN(iban(r, ch(r, ["DE", "AT", "CH"]))), f"   BIC {ch(r, BICS)}\n\n",
          f"{'ISIN':<14}{'Bezeichnung':<32}{'Stück':>8}{'Kurswert EUR':>16}\n")
    isins = [("DE0007164600", "SAP SE"), ("DE0008404005", "Allianz SE vNA"), ("CH0038863350", "Nestlé SA"),
             ("IE00B4L5Y983", "iShares Core MSCI World"), ("DE0001102580", "Bund 0% 22/32"),
             ("NL0010273215", "ASML Holding"), ("FR0000121014", "LVMH")]
    for isin, nm in r.sample(isins, r.randrange(3, 6)):
        v = r.randrange(5000, 900000)
        b.add(f"{isin:<14}{nm:<32}{r.randrange(10, 5000):>8}{v:>13,}".replace(",", ".") + ",00\n")
    b.add("\nIhr Berater: ", berater.title(r, "de"), " ", PER(berater.plain), ", Tel. ", PHN(phone(r, a.cc)), "\n",
          "Nächster Beratungstermin: ", DTM(fdatetime(r, "de")), "\n",
          f"Dokument-ID {uid(r)} · Seite 1/{r.randrange(2, 4)}\n")
    return b


def k_de_nachlass_brief(r):
    b = Builder()
    dec = person(r, "de")
    heirs = []
    for _ in range(r.randrange(1, 4)):
        heirs.append(relative(r, dec, avoid=[h.first for h in heirs]))
    kanzlei = ch(r, ["Kanzlei Brandauer & Partner", "Notariat am Hofgarten", "Rechtsanwälte Eichhorn Vogel"])
    ka = address(r, "DE")
    ra = person(r, "de")
    b.add(kanzlei, "\n", ADR(ka.one()), "\n", "Telefon ", PHN(phone(r, "DE", False)), " · Telefax ",
          PHN(phone(r, "DE", False)), "\n\n", LOC(ka.city), ", den ", DTM(fdate(r, "de", style=0)), "\n\n",
          f"Nachlasssache Az. {r.randrange(1, 99)} VI {r.randrange(100, 999)}/{r.randrange(22, 26)}\n",
          "Erblasser: ", PER(dec.plain), ", geboren am ", DOB(fdate(r, "de", d=rbirth(r, 1930, 1960), style=1)),
          ", verstorben am ", DTM(fdate(r, "de", style=1)), ", zuletzt wohnhaft ", ADR(address(r, "DE").one()), "\n\n",
          "Sehr geehrte Damen und Herren,\n\nwir zeigen an, dass wir die Erbengemeinschaft nach dem Erblasser "
          "vertreten. Erben sind laut Erbschein vom ", DTM(fdate(r, "de")), ": ")
    for i, h in enumerate(heirs):
        b.add(", " if i else "", PER(h.plain))
    b.add(".\n\nWir bitten um Übermittlung der Kontostände zum Todestag für alle Konten, insbesondere IBAN ",
          IBN(iban(r, "DE")), ", sowie um Auskunft über Schließfächer. Eine Auszahlung an einzelne Erben "
          "darf nicht erfolgen.\n\nRückfragen bitte an ", EML(email_of(r, ra, "brandauer-partner.de")),
          ".\n\nMit freundlichen Grüßen\n\n", PER(ra.plain), "\nRechtsanwalt\n")
    return b


def k_de_system_log(r):
    b = Builder()
    d = rdate(r)
    clk = Clock(r, d)
    b.add(f"# Batchlauf Zinsgutschrift - Protokoll (Version {version(r)})\n")
    for _ in range(r.randrange(6, 11)):
        b.add(clk.ts(1), " ", ch(r, [
            f"INFO  Verarbeite Mandant {r.randrange(1, 9)}: {r.randrange(100, 9000)} Konten",
            f"INFO  Zinslauf-ID {uid(r)} gestartet",
            f"WARN  Kurs veraltet für ISIN DE000{digits(r, 7)}, verwende Vortagskurs",
            f"INFO  Buchungsstapel {hexs(r, 10)} übergeben, Summe {amount(r, 'EUR_de')}",
            f"DEBUG Wiederholungsversuch {r.randrange(1, 4)} nach 30 s",
            f"INFO  Laufzeit {r.randrange(2, 59)} min, Epoch {epoch(r)}",
        ]), "\n")
    b.add(clk.ts(1), " INFO  Lauf beendet, Status OK\n")
    return b


def k_fr_bilan_email(r):
    b = Builder()
    firm = ch(r, FIRMS)
    cgp = person(r, "fr")
    cl = person(r, ch(r, ["fr", "fr", "it", "es"]))
    b.add("De : ", PER(cgp.plain), " <", EML(email_of(r, cgp, firm.domain)), ">\n",
          "À : ", EML(email_of(r, cl)), "\n", "Date : ", hdr_date(r), "\n",
          "Objet : Bilan patrimonial annuel\n\n", "Chère ", cl.title(r, "fr") if cl.g == "f" else "Cher ",
          "" if cl.g == "f" else cl.title(r, "fr"), " ", PER(cl.last), ",\n\n",
          "Suite à notre entretien du ", DTM(fdate(r, "fr", style=0)), ", je vous adresse la synthèse de votre bilan "
          f"patrimonial. Votre patrimoine financier s'élève à {r.randrange(2, 40)} M€, réparti entre le mandat de "
          "gestion (compte ", ACC(account_no(r)), ") et l'assurance-vie luxembourgeoise.\n\n",
          "Nous proposons de renforcer la poche obligataire et de préparer la donation-partage au profit de vos "
          "enfants, ", PER(person(r, cl.cult).first), " et ", PER(person(r, cl.cult).first), ". Le notaire, Maître ",
          PER(person(r, "fr").plain), ", pourrait nous recevoir le ", DTM(fdatetime(r, "fr")), " à son étude de ",
          LOC(city_loc(r, ch(r, ["FR", "CH", "MC", "LU"]))), ".\n\n")
    if r.random() < 0.5:
        b.add("Pour le versement prévu, merci d'utiliser exclusivement le compte ", IBN(iban(r, ch(r, ["FR", "MC", "LU"]))),
              " ; nous ne modifierons jamais ces coordonnées par courriel.\n\n")
    b.add("Bien cordialement,\n\n", PER(cgp.plain), "\nConseiller en gestion de patrimoine\n", firm.name, "\n",
          "Tél. ", PHN(phone(r, "FR")), "\n")
    return b


def k_fr_acte_succession(r):
    b = Builder()
    notaire = person(r, "fr")
    ville = ch(r, ["Paris", "Lyon", "Bordeaux", "Neuilly-sur-Seine", "Nice"])
    dec = person(r, "fr")
    heirs = []
    for _ in range(r.randrange(1, 4)):
        heirs.append(relative(r, dec, avoid=[h.first for h in heirs]))
    b.add("ATTESTATION DE DÉVOLUTION SUCCESSORALE\n\n", "Par-devant Maître ", PER(notaire.plain), ", notaire à ",
          LOC(ville), ",\n\n", "A été établie la présente attestation concernant la succession de ",
          dec.title(r, "fr") if dec.g == "m" else "Mme", " ", PER(dec.plain), ", né(e) le ",
          DOB(fdate(r, "fr", d=rbirth(r, 1930, 1965), style=0)), " à ", LOC(city_loc(r, "FR")), ", décédé(e) le ",
          DTM(fdate(r, "fr", style=0)), ", en son domicile sis ", ADR(address(r, "FR").one()), ".\n\n",
          "Héritiers :\n")
    for h in heirs:
        b.add("- ", PER(h.plain), ", né(e) le ", DOB(fdate(r, "fr", d=rbirth(r, 1955, 2000), style=1)),
              ", demeurant ", ADR(address(r, ch(r, ["FR", "FR", "BE", "CH"])).one()), f", pour 1/{len(heirs)}\n")
    b.add("\nLes établissements teneurs de comptes sont invités à débloquer les avoirs au profit des héritiers, "
          f"dossier n° {r.randrange(100000, 999999)}/{ch(r, 'ABCDEF')}.\n\n",
          "Fait à ", LOC(ville), ", le ", DTM(fdate(r, "fr", style=0)), "\n", "Contact de l'étude : ",
          PHN(phone(r, "FR", False)), "\n")
    return b


def k_fr_commentaire_marche(r):
    b = Builder()
    b.add(f"LETTRE D'INFORMATION DE LA GESTION - n° {r.randrange(10, 300)}\n\n",
          ch(r, [f"Les marchés actions ont progressé cette semaine, portés par des indicateurs d'inflation plus "
                 f"modérés. L'indice des grandes capitalisations a gagné {r.uniform(0.2, 3):.1f} %",
                 f"Semaine agitée sur les marchés : les actions ont reculé de {r.uniform(0.5, 3):.1f} % après des "
                 "propos plus fermes des banques centrales",
                 "Les marchés sont restés stables dans des volumes faibles"]),
          f", tandis que les taux à dix ans ont {ch(r, ['reculé', 'progressé'])} de {r.randrange(2, 20)} points de base.\n\n",
          ch(r, ["Notre allocation reste prudente : légère surpondération des actions de qualité, duration courte "
                 "sur les obligations d'État et maintien de l'exposition à l'or.",
                 "Nous conservons une position neutre sur les actions et privilégions le crédit de bonne qualité.",
                 "Nous avons réduit la poche de croissance au profit des valeurs de rendement."]),
          " ", ch(r, ["Nous ne renforçons pas le haut rendement.", "Les liquidités restent rémunérées.",
                      "La couverture de change est maintenue."]), "\n\n",
          f"Frais de gestion inchangés à {r.uniform(0.5, 1.2):.2f} % par an. Prochaine publication "
          f"{ch(r, ['mercredi prochain', 'dans quinze jours', 'le mois prochain'])}.\n",
          "Ce document ne constitue pas un conseil en investissement.\n")
    return b


def k_es_actualizacion_kyc(r):
    b = Builder()
    p = person(r, ch(r, ["es", "es", "pt", "it"]))
    a = address(r, "ES")
    b.add("ACTUALIZACIÓN DE DATOS - CONOCIMIENTO DEL CLIENTE\n", ch(r, FIRMS).name, f" · Expediente KYC-{r.randrange(10000, 99999)}\n\n",
          "Nombre y apellidos: ", PER(p.plain), "\n", "Fecha de nacimiento: ", DOB(fdate(r, "es", d=rbirth(r), style=ch(r, [0, 1]))), "\n",
          "Nacionalidad: ", ch(r, ["española", "portuguesa", "mexicana", "argentina"]), "\n")
    if r.random() < 0.5:
        b.add("Domicilio: ", ADR(a.one()), "\n")
    else:
        b.add("Calle: ", ADR(a.street), "\nCiudad: ", LOC(a.city), f"\nCódigo postal: {a.postcode}\n")
    b.add("Teléfono móvil: ", PHN(phone(r, "ES")), "\nCorreo electrónico: ", EML(email_of(r, p)), "\n",
          "Cuenta de abono (IBAN): ", IBN(iban(r, "ES")), "\n",
          "Origen del patrimonio: ", ch(r, ["venta de empresa familiar", "herencia", "actividad profesional"]), "\n",
          f"Perfil de riesgo: {ch(r, ['moderado', 'conservador', 'dinámico'])}\n\n",
          "Revisado por: ", PER(person(r, "es").plain), "   Fecha: ", DTM(fdate(r, "es")), "\n",
          "Próxima revisión: ", DTM(fdate(r, "es", d=rdate(r, 2026, 2028))), "\n")
    return b


def k_es_tabla_comisiones(r):
    b = Builder()
    b.add(f"TARIFAS DE BANCA PRIVADA (versión {version(r)})\n\n", f"{'Servicio':<40}{'Comisión':>12}\n")
    for s, v in [("Gestión discrecional (hasta 5 M€)", f"{r.uniform(0.8, 1.2):.2f} %"),
                 ("Gestión discrecional (más de 5 M€)", f"{r.uniform(0.4, 0.8):.2f} %"),
                 ("Custodia de valores", f"{r.randrange(5, 20)} pb"),
                 ("Transferencia internacional", f"{r.randrange(10, 60)},00 €"),
                 ("Asesoramiento patrimonial", f"{r.randrange(1000, 9000)} € anuales")]:
        b.add(f"{s:<40}{v:>12}\n")
    b.add("\nLas comisiones se liquidan trimestralmente. Cualquier modificación se comunicará con un mes de "
          "antelación. IVA no incluido.\n")
    return b


def k_it_mandato_gestione(r):
    b = Builder()
    p = person(r, "it")
    a = address(r, "IT")
    b.add("CONTRATTO DI GESTIONE DI PORTAFOGLI\n", f"Rif. contratto GP-{r.randrange(2023, 2026)}/{r.randrange(1000, 9999)}\n\n",
          "Tra ", ch(r, FIRMS).name, " (la \"Banca\") e ", p.title(r, "it"), " ", PER(p.plain), ", ",
          "nato a " if p.g == "m" else "nata a ", LOC(city_loc(r, "IT").split(",")[0]), " il ",
          DOB(fdate(r, "it", d=rbirth(r), style=0)), ", residente in ", ADR(a.one()), " (il \"Cliente\"),\n\n",
          "si conviene quanto segue:\n1. Il Cliente conferisce alla Banca mandato di gestione sul conto n. ",
          ACC(account_no(r)), ", collegato al conto corrente IBAN ", IBN(iban(r, "IT")), ".\n",
          f"2. Linea di gestione: {ch(r, ['Bilanciata', 'Prudente', 'Azionaria Globale'])}; commissione "
          f"{r.uniform(0.6, 1.4):.2f}% annuo.\n",
          "3. Le comunicazioni saranno inviate a ", EML(email_of(r, p)), " e al numero ", PHN(phone(r, "IT")), ".\n",
          "4. Il contratto decorre dal ", DTM(fdate(r, "it", style=0)), ".\n\n",
          LOC(a.city), ", ", DTM(fdate(r, "it")), "\n\nIl Cliente ____________   Per la Banca: ",
          ch(r, ["Dott.", "Dott.ssa"]), " ", PER(person(r, "it").plain), "\n")
    return b


def k_it_chat_consulente(r):
    b = Builder()
    c = person(r, "it")
    k = person(r, "it")
    d = rdate(r)
    t = [r.randrange(8, 18) * 60]

    def pre():
        t[0] += r.randrange(1, 9)
        return f"[{d.day:02d}/{d.month:02d}/{d.year % 100:02d}, {t[0] // 60:02d}:{t[0] % 60:02d}] "

    b.add(pre(), PER(c.plain), ": Buongiorno ", PER(k.first), ", ha visto il rendiconto del trimestre?\n",
          pre(), PER(k.plain), ": Sì, grazie. Non mi è chiaro il movimento sul conto ", ACC(account_no(r)), ".\n",
          pre(), PER(c.plain), ": È la cedola del BTP, la ricontrollo. Possiamo vederci ", DTM(fdatetime(r, "it")),
          " in filiale a ", LOC(city_loc(r, "IT").split(",")[0]), "?\n",
          pre(), PER(k.plain), ": Perfetto. Porto anche mia moglie ", PER(person(r, "it", "f").first), ".\n")
    if r.random() < 0.5:
        b.add(pre(), PER(k.plain), ": Il mio nuovo numero è ", PHN(phone(r, "IT")), "\n")
    b.add(pre(), PER(c.plain), ": Ricevuto. Mi raccomando, non invii mai password o codici via chat.\n")
    return b


def k_pt_extrato_custodia(r):
    b = Builder()
    p = person(r, "pt")
    a = address(r, "PT")
    g = person(r, "pt")
    b.add(ch(r, FIRMS).name, "\nEXTRATO DE CUSTÓDIA DE TÍTULOS\n", "Data de referência: ", DTM(fdate(r, "pt", style=1)), "\n\n",
          "Titular: ", PER(p.plain), "\nMorada: ", ADR(a.block()), "\n",
          "Conta de custódia: ", ACC(account_no(r)), "\nConta à ordem (IBAN): ", IBN(iban(r, "PT")), "\n\n",
          f"{'Código':<14}{'Descrição':<30}{'Quantidade':>11}{'Valor (EUR)':>14}\n")
    for code, nm in r.sample([("PTEDP0AM0009", "EDP - Energias de Portugal"), ("PTGAL0AM0009", "Galp Energia"),
                              ("PTJMT0AE0001", "Jerónimo Martins"), ("PTOTEYOE0007", "OT 2.875% 2034"),
                              ("LU0996182563", "Fundo Global Equity")], 3):
        b.add(f"{code:<14}{nm:<30}{r.randrange(10, 9000):>11}{r.randrange(1000, 500000):>11},00\n")
    b.add("\nGestor de conta: ", PER(g.plain), " · ", PHN(phone(r, "PT")), " · ", EML(email_of(r, g, ch(r, FIRMS).domain)), "\n",
          "Próxima reunião: ", DTM(fdatetime(r, "pt")), "\n")
    return b


def k_nl_notarisbrief(r):
    b = Builder()
    nt = person(r, "nl")
    dec = person(r, "nl")
    ex = relative(r, dec)
    na = address(r, "NL")
    b.add("Notariskantoor ", ch(r, ["Lange Voorhout", "Herengracht", "Maliebaan"]), "\n", ADR(na.block()), "\n",
          "T ", PHN(phone(r, "NL")), "\n\n", LOC(na.city), ", ", DTM(fdate(r, "nl", style=0)), "\n\n",
          "Betreft: nalatenschap van ", PER(dec.plain), "\n", f"Ons kenmerk: {r.randrange(2023, 2026)}.{r.randrange(1000, 9999)}/NT\n\n",
          "Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat ", PER(dec.plain), ", geboren op ",
          DOB(fdate(r, "nl", d=rbirth(r, 1930, 1965), style=0)), ", is overleden op ", DTM(fdate(r, "nl", style=0)),
          ". Bij testament is ", PER(ex.plain), " benoemd tot executeur.\n\n",
          "Wij verzoeken u het saldo van rekening ", IBN(iban(r, "NL")), " per overlijdensdatum op te geven en "
          "de rekening te blokkeren. Correspondentie graag aan ", EML(email_of(r, nt, "notarisvoorhout.nl")), ".\n\n",
          "Met vriendelijke groet,\n\n", nt.title(r, "nl"), " ", PER(nt.plain), "\nnotaris\n")
    return b


def k_nl_klantonderzoek(r):
    b = Builder()
    p = person(r, ch(r, ["nl", "nl", "de", "tr"]))
    a = address(r, "NL")
    b.add("PERIODIEK KLANTONDERZOEK (CDD)\n", f"Dossier {r.randrange(100000, 999999)} · versie {version(r)}\n\n",
          "Naam cliënt: ", PER(p.plain), "\nGeboortedatum: ", DOB(fdate(r, "nl", d=rbirth(r), style=1)), "\n",
          "Straat: ", ADR(a.street), "\nWoonplaats: ", LOC(a.city), f"\nPostcode: {a.postcode}\n",
          "Telefoon: ", PHN(phone(r, "NL")), "\nE-mail: ", EML(email_of(r, p)), "\n",
          "Tegenrekening: ", IBN(iban(r, "NL")), "\n",
          f"Herkomst vermogen: {ch(r, ['verkoop onderneming', 'erfenis', 'salaris en bonus'])}\n",
          f"Risicoclassificatie: {ch(r, ['laag', 'midden', 'hoog'])}\n\n",
          "Beoordeeld door: ", PER(person(r, "nl").plain), " op ", DTM(fdate(r, "nl")), "\n")
    return b


def k_pl_pelnomocnictwo(r):
    b = Builder()
    p = person(r, "pl")
    ag = person(r, "pl")
    a = address(r, "PL")
    city = a.city
    b.add(LOC(city), ", dnia ", DTM(fdate(r, "pl", style=ch(r, [0, 1]))), " r.\n\nPEŁNOMOCNICTWO\n\n",
          "Ja, niżej podpisany/a ", PER(p.plain), ", urodzony/a ", DOB(fdate(r, "pl", d=rbirth(r), style=0)),
          " r., zamieszkały/a: ", ADR(a.one()), ",\n", "udzielam pełnomocnictwa ", PER(ag.plain),
          " do dysponowania rachunkiem nr ", IBN(iban(r, "PL")), " prowadzonym przez ", ch(r, FIRMS).name,
          ", w tym do składania zleceń przelewów i odbioru wyciągów.\n\n",
          "Pełnomocnictwo jest ważne do dnia ", DTM(fdate(r, "pl", d=rdate(r, 2026, 2028), style=0)), " r.\n\n",
          "Kontakt do pełnomocnika: tel. ", PHN(phone(r, "PL")), ", e-mail ", EML(email_of(r, ag)), "\n\n",
          "_____________________\n", PER(p.plain), "\n")
    return b


def k_sv_arvskifte(r):
    b = Builder()
    dec = person(r, "sv")
    heirs = []
    for _ in range(r.randrange(2, 4)):
        heirs.append(relative(r, dec, avoid=[h.first for h in heirs]))
    b.add("ARVSKIFTESHANDLING\n\n", "Dödsbo efter: ", PER(dec.plain), "\n", "Född: ", DOB(fdate(r, "sv", d=rbirth(r, 1930, 1960), style=1)), "\n",
          "Avled: ", DTM(fdate(r, "sv", style=0)), "\n", "Senast bosatt: ", ADR(address(r, "SE").one()), "\n\n",
          "Dödsbodelägare:\n")
    for h in heirs:
        b.add("- ", PER(h.plain), ", ", ADR(address(r, "SE").one()), ", tel. ",
              PHN(phone(r, "SE")), f", andel 1/{len(heirs)}\n")
    b.add("\nTillgångar enligt bouppteckning: bankmedel på konto ", IBN(iban(r, "SE")), f", värdepappersdepå "
          f"({r.randrange(100, 9000)} {r.randrange(100, 999)},00 kr), fritidshus på ", LOC(ch(r, ["Gotland", "Öland", "Värmdö", "Orust"])), ".\n\n",
          "Arvskiftet har förrättats i ", LOC(ch(r, ["Stockholm", "Göteborg", "Malmö", "Uppsala"])), " den ",
          DTM(fdate(r, "sv", style=0)), ".\n\nUnderskrifter av samtliga delägare.\n")
    return b


def k_tr_portfoy_raporu(r):
    b = Builder()
    p = person(r, "tr")
    dan = person(r, "tr")
    b.add(ch(r, FIRMS).name, "\nÖZEL BANKACILIK - PORTFÖY RAPORU\n", "Rapor tarihi: ", DTM(fdate(r, "tr", style=ch(r, [0, 1]))), "\n\n",
          "Sayın ", PER(p.plain), ",\n\n", "Hesap no: ", ACC(account_no(r)), "\nIBAN: ", IBN(iban(r, "TR")), "\n\n",
          f"{'Varlık sınıfı':<24}{'Tutar (TL)':>16}{'Ağırlık':>10}\n")
    for ac in ["Mevduat", "Devlet tahvili", "Hisse senedi", "Yatırım fonu", "Altın"]:
        b.add(f"{ac:<24}{r.randrange(100000, 9_000_000):>16,}{r.randrange(3, 40):>9}%\n".replace(",", "."))
    b.add("\nBir sonraki görüşmemiz ", DTM(fdatetime(r, "tr")), " tarihinde ", LOC(ch(r, ["İstanbul", "Ankara", "İzmir", "Bodrum"])),
          " şubemizde planlanmıştır.\n", "Müşteri temsilciniz: ", PER(dan.plain), " · ", PHN(phone(r, "TR")), " · ",
          EML(email_of(r, dan, ch(r, FIRMS).domain)), "\n")
    return b


def k_ja_romaji_chat(r):
    b = Builder()
    cl = person(r, "ja")
    adv = person(r, "ja")
    t = [r.randrange(9, 18) * 60]

    def pre():
        t[0] += r.randrange(1, 7)
        return f"{t[0] // 60:02d}:{t[0] % 60:02d} "

    b.add("Puraibeto banku chat rireki\n\n",
          pre(), PER(f"{adv.last} {adv.first}"), ": ", PER(cl.last), "-sama, konnichiwa. Shisan hokokusho o okurimashita.\n",
          pre(), PER(f"{cl.last} {cl.first}"), ": Arigatou gozaimasu. Sozoku no sodan mo shitai desu.\n",
          pre(), PER(adv.last), ": Kashikomarimashita. ", DTM(fdatetime(r, "ja")), " wa ikaga deshou ka? ",
          LOC(ch(r, ["Tokyo", "Osaka", "Kyoto", "Nagoya"])), " shiten de omachi shite orimasu.\n",
          pre(), PER(cl.last), ": Daijoubu desu. Musuko no ", PER(person(r, "ja", "m").first), " mo issho ni ikimasu.\n")
    if r.random() < 0.6:
        b.add(pre(), PER(adv.last), ": Go-renrakusaki wa ", PHN(phone(r, "JP")), " de yoroshii deshou ka?\n")
    b.add(pre(), PER(cl.last), ": Hai. Kouza bangou wa ", ACC(f"{digits(r, 3)}-{digits(r, 7)}"), " desu.\n")
    return b


def k_es_email_sucesion(r):
    b = Builder()
    abg = person(r, "es")
    dec = person(r, ch(r, ["es", "es", "en"]))
    b.add("De: ", PER(abg.plain), " <", EML(email_of(r, abg, ch(r, ["abogadosvelazquez.es", "bufeteortega.com"]))), ">\n",
          "Para: ", EML(f"sucesiones@{ch(r, FIRMS).domain}"), "\n", "Fecha: ", hdr_date(r), "\n",
          "Asunto: Testamentaría de ", PER(dec.plain), "\n\n", "Estimados señores:\n\n",
          "Les comunico que ", "D." if dec.g == "m" else "Dña.", " ", PER(dec.plain), ", con domicilio en ",
          ADR(address(r, "ES").one()), ", falleció en ", LOC(city_loc(r, "ES").split(",")[0]), " el ",
          DTM(fdate(r, "es", style=0)), ". Adjunto certificado de defunción, certificado de últimas voluntades y "
          "copia del testamento otorgado ante notario.\n\n",
          "Les ruego que bloqueen la cuenta ", IBN(iban(r, "ES")), " y nos faciliten el saldo a fecha de "
          "fallecimiento antes del ", DTM(fdate(r, "es")), ", a efectos del Impuesto sobre Sucesiones.\n\n",
          "Atentamente,\n", PER(abg.plain), "\nAbogado · Tel. ", PHN(phone(r, "ES")), "\n")
    return b


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
KINDS = [
    # (name, lang, empty, fn)
    ("portfolio_review_email", "en", False, k_portfolio_review_email),
    ("kyc_refresh_form", "en", False, k_kyc_refresh_form),
    ("trust_deed_excerpt", "en", False, k_trust_deed_excerpt),
    ("estate_inventory_csv", "en", False, k_estate_inventory_csv),
    ("probate_letter", "en", False, k_probate_letter),
    ("family_office_email", "en", False, k_family_office_email),
    ("custody_statement_fixed", "en", False, k_custody_statement_fixed),
    ("beneficiary_designation_form", "en", False, k_beneficiary_form),
    ("advisor_crm_note", "en", False, k_advisor_crm_note),
    ("secure_chat_log", "en", False, k_secure_chat_log),
    ("wire_instruction_json", "en", False, k_wire_instruction_json),
    ("onboarding_api_log", "en", False, k_onboarding_api_log),
    ("deployment_env_file", "en", False, k_deployment_env),
    ("ci_workflow_yaml", "en", False, k_ci_workflow_yaml),
    ("security_incident_ticket", "en", False, k_incident_ticket),
    ("sms_alert_thread", "en", False, k_sms_thread),
    ("card_dispute_note", "en", False, k_card_dispute_note),
    ("healthcare_poa_letter", "en", False, k_medical_poa_letter),
    ("care_facility_invoice", "en", False, k_ltc_invoice),
    ("vcard_contact", "en", False, k_vcard_contact),
    ("ics_meeting_invite", "en", False, k_ics_invite),
    ("hl7_care_feed", "en", False, k_hl7_adt),
    ("fhir_patient_json", "en", False, k_fhir_patient),
    ("x12_834_enrollment", "en", False, k_x12_834),
    ("xml_account_opening", "en", False, k_xml_account_opening),
    ("yaml_client_profile", "en", False, k_yaml_client_profile),
    ("tsv_transaction_export", "en", False, k_tsv_transactions),
    ("trust_annual_accounting", "en", False, k_trust_accounting),
    ("capital_call_notice", "en", False, k_capital_call_notice),
    ("tax_document_request", "en", False, k_tax_doc_request),
    ("safe_deposit_inventory", "en", False, k_safe_deposit_inventory),
    ("art_appraisal_letter", "en", False, k_art_appraisal_letter),
    ("real_estate_memo", "en", False, k_real_estate_memo),
    ("grant_award_letter", "en", False, k_grant_letter),
    ("portal_access_log", "en", False, k_portal_access_log),
    ("password_reset_ticket", "en", False, k_password_reset_ticket),
    ("aggregator_config_json", "en", False, k_aggregator_config_json),
    ("sftp_feed_config", "en", False, k_sftp_feed_config),
    ("voicemail_transcript", "en", False, k_voicemail_transcript),
    ("letter_of_wishes", "en", False, k_letter_of_wishes),
    ("durable_poa_notarial", "en", False, k_notarial_poa),
    ("family_council_minutes", "en", False, k_family_council_minutes),
    ("aml_alert_case", "en", False, k_aml_alert_case),
    ("lombard_credit_application", "en", False, k_lombard_application),
    ("death_notification_intake", "en", False, k_death_notification_intake),
    ("payment_callback_verification", "en", False, k_callback_verification),
    ("ops_chat_export", "en", False, k_ops_chat_export),
    ("rebalancing_job_log", "en", True, k_rebalancing_job_log),
    ("fee_schedule", "en", True, k_fee_schedule),
    ("cio_market_commentary", "en", True, k_market_commentary),
    ("model_portfolio_csv", "en", True, k_model_portfolio_csv),
    ("recon_exceptions_report", "en", True, k_recon_exceptions),
    ("audit_trail_export", "en", True, k_audit_trail),
    ("de_depotauszug", "de", False, k_de_depotauszug),
    ("de_nachlass_brief", "de", False, k_de_nachlass_brief),
    ("de_batch_protokoll", "de", True, k_de_system_log),
    ("fr_bilan_patrimonial_email", "fr", False, k_fr_bilan_email),
    ("fr_attestation_succession", "fr", False, k_fr_acte_succession),
    ("fr_lettre_gestion", "fr", True, k_fr_commentaire_marche),
    ("es_actualizacion_kyc", "es", False, k_es_actualizacion_kyc),
    ("es_email_sucesion", "es", False, k_es_email_sucesion),
    ("es_tarifas", "es", True, k_es_tabla_comisiones),
    ("it_mandato_gestione", "it", False, k_it_mandato_gestione),
    ("it_chat_consulente", "it", False, k_it_chat_consulente),
    ("pt_extrato_custodia", "pt", False, k_pt_extrato_custodia),
    ("nl_notarisbrief", "nl", False, k_nl_notarisbrief),
    ("nl_klantonderzoek", "nl", False, k_nl_klantonderzoek),
    ("pl_pelnomocnictwo", "pl", False, k_pl_pelnomocnictwo),
    ("sv_arvskifte", "sv", False, k_sv_arvskifte),
    ("tr_portfoy_raporu", "tr", False, k_tr_portfoy_raporu),
    ("ja_romaji_chat", "ja", False, k_ja_romaji_chat),
]


def _make(seed, i):
    r = random.Random(f"blind66|{seed}|{i}")
    name, lang, _empty, fn = KINDS[r.randrange(len(KINDS))]
    b = fn(r)
    ents = sorted(b.ents, key=lambda e: (e[0], e[1]))
    doc = {"id": f"blind66-s{seed}-{i:05d}", "text": b.text(),
           "entities": [{"start": s, "end": e, "type": t} for s, e, t in ents]}
    return name, lang, doc


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
_OPEN = "\"'([{<«“‘"
_CLOSE = "\"')]}>»”’.,;:!?"
_RE = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "URL": re.compile(r"https?://[^\s@\"'<>]+"),
    "PHONE_NUMBER": re.compile(r"\+?[\d().\- /]+"),
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "SLACK_TOKEN": re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}"),
    "STRIPE_KEY": re.compile(r"(sk|pk|rk)_(live|test)_[A-Za-z0-9]{16,}"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.+-----END [A-Z ]*PRIVATE KEY-----", re.S),
    "PASSWORD": re.compile(r"\S{6,}"),
    "GENERIC_SECRET": re.compile(r"\S{16,}"),
    "ID": re.compile(r"[A-Za-z0-9][A-Za-z0-9 \-/]*[A-Za-z0-9]"),
}


def _ssn_ok(v):
    d = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{9}", d) or not re.fullmatch(r"\d{3}([ -]?)\d{2}\1\d{4}", v):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def _card_ok(v):
    if not re.fullmatch(r"\d[\d -]*\d", v):
        return False
    d = re.sub(r"[ -]", "", v)
    return 13 <= len(d) <= 19 and luhn_ok(d)


def _jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        return "alg" in hdr
    except Exception:
        return False


def _ip_ok(v):
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


def _shape_ok(t, v):
    if t in ("EMAIL_ADDRESS", "URL", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
             "STRIPE_KEY", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"):
        return bool(_RE[t].fullmatch(v))
    if t == "PHONE_NUMBER":
        nd = sum(c.isdigit() for c in v)
        return bool(_RE[t].fullmatch(v)) and 7 <= nd <= 15
    if t == "US_SSN":
        return _ssn_ok(v)
    if t == "CREDIT_CARD":
        return _card_ok(v)
    if t == "IBAN_CODE":
        return iban_valid(v) and (" " not in v or re.fullmatch(r"[A-Z0-9]{4}( [A-Z0-9]{4})*( [A-Z0-9]{1,3})?", v) is not None)
    if t == "IP_ADDRESS":
        return _ip_ok(v)
    if t == "JWT":
        return _jwt_ok(v)
    if t in ("DATE_OF_BIRTH", "DATE_TIME"):
        return any(c.isdigit() for c in v) and "\n" not in v
    if t == "PERSON":
        return any(c.isalpha() for c in v) and not any(c.isdigit() for c in v) and "@" not in v and "\n" not in v
    if t == "LOCATION":
        return any(c.isalpha() for c in v) and not any(c.isdigit() for c in v) and "\n" not in v
    if t == "ADDRESS":
        return any(c.isalpha() for c in v) and any(c.isdigit() for c in v) and "@" not in v
    if t in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        return bool(_RE["ID"].fullmatch(v)) and any(c.isdigit() for c in v)
    return False


_LEAKS = [
    ("EMAIL_ADDRESS", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")),
    ("URL", re.compile(r"https?://[^\s\"'<>]*[^\s\"'<>.,;:!?)]")),
    ("AWS_ACCESS_KEY", re.compile(r"(?:AKIA|ASIA)[A-Z2-7]{16}")),
    ("GITHUB_TOKEN", re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{20,}")),
    ("SLACK_TOKEN", re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}")),
    ("STRIPE_KEY", re.compile(r"(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}")),
    ("JWT", re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")),
    ("PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
]


def _covered(spans, s, e, types=None):
    for a, b, t in spans:
        if a <= s and e <= b and (types is None or t in types):
            return True
    return False


def validate(doc):
    probs = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    if not isinstance(text, str) or not isinstance(doc.get("id"), str):
        return ["bad doc structure"]
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)} outside 150..3000")
    spans = []
    prev = (-1, -1)
    for e in ents:
        s, en, t = e.get("start"), e.get("end"), e.get("type")
        if t not in TYPES:
            probs.append(f"unknown type {t}")
            continue
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
            probs.append(f"span out of range {e}")
            continue
        if (s, en) < prev:
            probs.append(f"entities not sorted at {s}")
        if spans and s < spans[-1][1]:
            probs.append(f"overlap at {s}: {text[spans[-1][0]:spans[-1][1]]!r} / {text[s:en]!r}")
        prev = (s, en)
        v = text[s:en]
        if v != v.strip():
            probs.append(f"{t} span has surrounding whitespace: {v!r}")
        paren_phone = t == "PHONE_NUMBER" and v[0] == "(" and ")" in v[1:]
        if t not in SECRET_TYPES and ((v[0] in _OPEN and not paren_phone) or v[-1] in _CLOSE):
            probs.append(f"{t} span has surrounding quote/bracket/punctuation: {v!r}")
        if not _shape_ok(t, v):
            probs.append(f"{t} shape check failed: {v!r}")
        spans.append((s, en, t))
    # unlabelled look-alikes that must have been labelled
    for t, rx in _LEAKS:
        for m in rx.finditer(text):
            if not _covered(spans, m.start(), m.end()):
                probs.append(f"unlabelled {t}-like value {m.group()!r}")
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if _ssn_ok(m.group()) and not _covered(spans, m.start(), m.end(), {"US_SSN"}):
            probs.append(f"unlabelled valid SSN {m.group()!r}")
    for m in re.finditer(r"(?<![\d-])(?:\d{4}[ -]?){3}\d{4}(?![\d-])", text):
        if luhn_ok(re.sub(r"\D", "", m.group())) and not _covered(spans, m.start(), m.end()):
            probs.append(f"unlabelled Luhn-valid number {m.group()!r}")
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", text):
        g = m.group()
        for k in range(len(g), 13, -1):
            cand = g[:k]
            if cand[-1] != " " and (k == len(g) or not g[k].isalnum()) and iban_valid(cand):
                if not _covered(spans, m.start(), m.start() + k):
                    probs.append(f"unlabelled valid IBAN {cand!r}")
                break
    for m in re.finditer(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])", text):
        if _ip_ok(m.group()) and not _covered(spans, m.start(), m.end(), {"IP_ADDRESS"}):
            probs.append(f"unlabelled IPv4 {m.group()!r}")
    return probs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _mark(doc):
    t = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{e['type']}: {t[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def _check(seed=0, n=3000):
    problems = []
    kinds = {k[0]: k for k in KINDS}
    if len(kinds) != len(KINDS):
        problems.append("duplicate kind names")
    type_c, kind_c = Counter(), Counter()
    non_en = empty = 0
    docs = []
    for i in range(n):
        name, lang, doc = _make(seed, i)
        docs.append(doc)
        kind_c[name] += 1
        non_en += lang != "en"
        empty += not doc["entities"]
        is_empty = kinds[name][2]
        if is_empty and doc["entities"]:
            problems.append(f"{doc['id']} ({name}): empty kind has entities")
        if not is_empty and not doc["entities"]:
            problems.append(f"{doc['id']} ({name}): non-empty kind has no entities")
        for p in validate(doc):
            problems.append(f"{doc['id']} ({name}): {p}")
        for e in doc["entities"]:
            type_c[e["type"]] += 1
    again = list(generate(n, seed))
    if again != docs:
        problems.append("generation is not deterministic")
    if list(generate(50, seed)) != docs[:50]:
        problems.append("document i depends on n")
    missing = [t for t in TYPES if type_c[t] == 0]
    if missing:
        problems.append(f"types missing: {missing}")
    if len(KINDS) < 57:
        problems.append(f"only {len(KINDS)} kinds (< 57)")
    unused = [k for k in kinds if kind_c[k] == 0]
    if unused:
        problems.append(f"kinds never generated: {unused}")
    print(f"documents: {n}   kinds: {len(KINDS)}   entities: {sum(type_c.values())}")
    print("per-type counts:")
    for t in TYPES:
        print(f"  {t:<24}{type_c[t]:>7}")
    print("per-kind counts:")
    for k, *_ in KINDS:
        print(f"  {k:<34}{kind_c[k]:>5}")
    print(f"share non-English: {non_en / n:.1%}   share no-entity: {empty / n:.1%}")
    lens = [len(d["text"]) for d in docs]
    print(f"length min/avg/max: {min(lens)}/{sum(lens) // n}/{max(lens)}")
    for p in problems[:60]:
        print("PROBLEM:", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return _check(a.seed)
    if a.sample:
        for i in range(a.sample):
            name, lang, doc = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])}")
            print(_mark(doc))
            for p in validate(doc):
                print("PROBLEM:", p)
            print()
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            for doc in generate(a.n, a.seed):
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} documents to {a.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
