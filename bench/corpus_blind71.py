r"""Blind corpus 71 -- real estate, mortgages, property management and notaries.

Synthetic, labelled documents from the residential real-estate world: listing
inquiries, property-portal chats, mortgage applications, closing disclosures,
title reports, tenant applications, lease agreements, rent ledgers, maintenance
tickets, notarial deeds, HOA notices, plus the IT plumbing of property-management
software (configs, logs, CI files).  Entity spans are recorded while the text is
built; nothing is found by searching the text afterwards.  Standard library only,
deterministic: document i depends only on (seed, i).

Usage: python3 corpus_blind71.py --check | --sample K | --n N --seed S --output F.jsonl

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
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
)
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
                "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"}


# --------------------------------------------------------------------------
# Builder: appends text pieces and records entity spans as it goes
# --------------------------------------------------------------------------
class Builder:
    """Accumulates text.  ``add`` takes plain strings (unlabelled text) and
    ``(TYPE, value)`` tuples (labelled spans; TYPE None means plain text)."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.ents: list[dict] = []

    def _raw(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def add(self, *pieces) -> "Builder":
        for p in pieces:
            if isinstance(p, tuple):
                typ, val = p
                if typ is None:
                    self._raw(val)
                    continue
                start = self._len
                self._raw(val)
                self.ents.append({"start": start, "end": self._len, "type": typ})
            else:
                self._raw(p)
        return self

    def line(self, *pieces) -> "Builder":
        self.add(*pieces)
        self._raw("\n")
        return self

    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._len


def PER(v): return ("PERSON", v)
def LOC(v): return ("LOCATION", v)
def ADR(v): return ("ADDRESS", v)
def PHN(v): return ("PHONE_NUMBER", v)
def EML(v): return ("EMAIL_ADDRESS", v)
def URL(v): return ("URL", v)
def IPA(v): return ("IP_ADDRESS", v)
def DTM(v): return ("DATE_TIME", v)
def DOB(v): return ("DATE_OF_BIRTH", v)
def SSN(v): return ("US_SSN", v)
def CCN(v): return ("CREDIT_CARD", v)
def IBN(v): return ("IBAN_CODE", v)
def ACC(v): return ("ACCOUNT_NUMBER", v)
def MRN(v): return ("MEDICAL_RECORD_NUMBER", v)
def HPN(v): return ("HEALTH_PLAN_NUMBER", v)
def DLN(v): return ("DRIVER_LICENSE", v)
def PWD(v): return ("PASSWORD", v)
def GSEC(v): return ("GENERIC_SECRET", v)
def AKID(v): return ("AWS_ACCESS_KEY", v)
def ASEC(v): return ("AWS_SECRET_KEY", v)
def GHT(v): return ("GITHUB_TOKEN", v)
def SLK(v): return ("SLACK_TOKEN", v)
def STK(v): return ("STRIPE_KEY", v)
def JWTE(v): return ("JWT", v)
def PEM(v): return ("PRIVATE_KEY", v)


# --------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------
NAMES = {
    "en": (["James", "Michael", "Daniel", "Robert", "David", "William", "Ethan",
            "Marcus", "Tyler", "Kevin", "Connor", "Jamal", "Brandon", "Caleb"],
           ["Olivia", "Emma", "Sophia", "Ava", "Mia", "Grace", "Chloe", "Hannah",
            "Brianna", "Lauren", "Megan", "Keisha", "Rachel", "Abigail"],
           ["Thompson", "Johnson", "Mitchell", "Harris", "Walker", "Robinson",
            "Brooks", "Sullivan", "Coleman", "Bennett", "Hayes", "Foster",
            "Morrison", "Fitzgerald", "Caldwell", "Whitaker", "O'Brien",
            "Washington", "Gallagher", "McAllister", "Pruitt", "Lindqvist"]),
    "de": (["Lukas", "Jonas", "Felix", "Tobias", "Matthias", "Jürgen", "Stefan",
            "Florian", "Maximilian", "Dieter"],
           ["Anna", "Lea", "Marie", "Katharina", "Sabine", "Ursula", "Julia",
            "Franziska", "Birgit", "Annika"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker",
            "Hoffmann", "Schäfer", "Koch", "Richter", "Wagner", "Krüger",
            "Zimmermann", "Braun", "Hartmann", "Vogel", "Lehmann"]),
    "fr": (["Louis", "Hugo", "Mathieu", "Antoine", "Julien", "Thibault", "Olivier",
            "Benoît", "Rémi", "Lucas"],
           ["Camille", "Chloé", "Léa", "Élodie", "Margaux", "Inès", "Sandrine",
            "Aurélie", "Manon", "Céline"],
           ["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet",
            "Fontaine", "Rousseau", "Mercier", "Chevalier", "Lambert", "Faure",
            "Garnier", "Perrin"]),
    "es": (["Alejandro", "Javier", "Pablo", "Diego", "Sergio", "Andrés", "Carlos",
            "Miguel Ángel", "Álvaro", "Raúl"],
           ["Lucía", "Carmen", "Sofía", "Marta", "Elena", "Paula", "María José",
            "Ximena", "Valeria", "Noelia"],
           ["Fernández", "Martínez", "Rodríguez", "Sánchez", "Romero", "Navarro",
            "Torres", "Domínguez", "Vázquez", "Ortega", "Castillo", "Molina",
            "Herrera", "Delgado", "Reyes"]),
    "it": (["Marco", "Alessandro", "Luca", "Matteo", "Giorgio", "Davide",
            "Stefano", "Riccardo", "Paolo", "Simone"],
           ["Giulia", "Francesca", "Chiara", "Federica", "Valentina", "Elisa",
            "Martina", "Serena", "Alessia", "Beatrice"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
            "Colombo", "Ricci", "Marino", "Greco", "Conti", "De Luca",
            "Galli", "Fontana"]),
    "pt": (["João", "Pedro", "Tiago", "Rafael", "Gonçalo", "Bruno", "Rodrigo",
            "Luís", "Henrique", "Vasco"],
           ["Ana", "Beatriz", "Mariana", "Inês", "Carolina", "Joana", "Rita",
            "Leonor", "Fernanda", "Luana"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa",
            "Rodrigues", "Martins", "Sousa", "Almeida", "Carvalho", "Gomes",
            "Ribeiro", "Nascimento"]),
    "nl": (["Daan", "Thijs", "Bram", "Joris", "Niels", "Sander", "Ruben", "Maarten"],
           ["Sanne", "Lotte", "Femke", "Eva", "Anouk", "Marieke", "Iris", "Fleur"],
           ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "van Dijk", "Vermeulen", "Hendriks"]),
    "pl": (["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin",
            "Grzegorz", "Łukasz"],
           ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Małgorzata",
            "Zofia", "Ewa"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk",
            "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
            "Dąbrowski", "Mazur"]),
    "sv": (["Erik", "Lars", "Johan", "Oskar", "Anders", "Magnus", "Henrik", "Nils"],
           ["Anna", "Karin", "Maria", "Elin", "Sofia", "Ingrid", "Linnea", "Astrid"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Lindqvist", "Bergström", "Holm", "Sjöberg", "Ekström"]),
    "tr": (["Mehmet", "Mustafa", "Emre", "Burak", "Can", "Oğuz", "Kerem", "Hakan"],
           ["Ayşe", "Fatma", "Zeynep", "Elif", "Selin", "Gülşen", "Ebru", "Derya"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın",
            "Öztürk", "Arslan", "Doğan", "Koç", "Kılıç"]),
    "ja": (["Hiroshi", "Takashi", "Kenji", "Daisuke", "Shota", "Ryo", "Haruto"],
           ["Yuki", "Aiko", "Haruka", "Emi", "Misaki", "Sakura", "Naomi"],
           ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto",
            "Nakamura", "Kobayashi", "Sato", "Kato", "Fujimoto", "Inoue"]),
    "zh": (["Wei", "Jun", "Hao", "Zhiwei", "Bo"],
           ["Li Na", "Mei", "Xiu Ying", "Yan", "Jing"],
           ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Lin"]),
    "in": (["Arjun", "Rahul", "Vikram", "Sanjay", "Rohan", "Aditya"],
           ["Priya", "Ananya", "Deepika", "Kavya", "Meera", "Sneha"],
           ["Sharma", "Reddy", "Iyer", "Gupta", "Menon", "Chatterjee", "Desai",
            "Venkataraman"]),
    "ar": (["Omar", "Karim", "Yusuf", "Tariq", "Samir"],
           ["Layla", "Fatima", "Nadia", "Rania", "Yasmin"],
           ["Haddad", "Khalil", "Al-Masri", "Nasser", "Farouk", "Saleh", "Mansour"]),
    "ng": (["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Obinna"],
           ["Ngozi", "Adaeze", "Folake", "Chiamaka", "Yetunde"],
           ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okonkwo"]),
    "ko": (["Min-jun", "Ji-ho", "Seung-woo", "Dong-hyun"],
           ["Seo-yeon", "Hae-won", "Ji-woo", "Eun-ji"],
           ["Kim", "Park", "Lee", "Choi", "Jung", "Kang"]),
    "vi": (["Minh", "Tuan", "Quang", "Duc"],
           ["Lan", "Thao", "Huong", "Linh"],
           ["Nguyen", "Tran", "Le", "Pham", "Vo", "Hoang"]),
}

LANG_CULTURES = {
    "en": ["en"] * 8 + ["es", "in", "zh", "ng", "ar", "ko", "vi", "it", "pl", "de"],
    "de": ["de"] * 7 + ["tr", "pl", "it"],
    "fr": ["fr"] * 7 + ["ar", "pt", "es"],
    "es": ["es"] * 8 + ["pt", "it"],
    "it": ["it"] * 8 + ["es", "fr"],
    "pt": ["pt"] * 8 + ["es"],
    "nl": ["nl"] * 7 + ["tr", "de"],
    "pl": ["pl"] * 9 + ["de"],
    "sv": ["sv"] * 8 + ["ar", "pl"],
    "tr": ["tr"] * 9 + ["de"],
    "ja": ["ja"] * 9 + ["en"],
}

TITLES = {
    "en": (["Mr.", "Dr."], ["Ms.", "Mrs.", "Dr."]),
    "de": (["Herr", "Herr Dr."], ["Frau", "Frau Dr."]),
    "fr": (["M.", "Maître"], ["Mme", "Maître"]),
    "es": (["Sr.", "D."], ["Sra.", "Dña."]),
    "it": (["Sig.", "Dott.", "Avv."], ["Sig.ra", "Dott.ssa"]),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra."]),
    "nl": (["dhr.", "mr."], ["mevr.", "mr."]),
    "pl": (["Pan"], ["Pani"]),
    "sv": ([""], [""]),
    "tr": (["Sn."], ["Sn."]),
    "ja": ([""], [""]),
}


# --------------------------------------------------------------------------
# People, e-mail addresses
# --------------------------------------------------------------------------
class Person:
    __slots__ = ("first", "last", "mi", "gender", "culture")

    def __init__(self, first, last, mi, gender, culture):
        self.first, self.last, self.mi = first, last, mi
        self.gender, self.culture = gender, culture

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def full_mi(self) -> str:
        return f"{self.first} {self.mi}. {self.last}" if self.mi else self.full

    @property
    def last_first(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def upper(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"

    def title(self, r, lang="en") -> str:
        male, female = TITLES.get(lang, TITLES["en"])
        return r.choice(male if self.gender == "m" else female)


def person(r, lang="en", culture=None) -> Person:
    cult = culture or r.choice(LANG_CULTURES.get(lang, LANG_CULTURES["en"]))
    males, females, lasts = NAMES[cult]
    gender = r.choice("mf")
    first = r.choice(males if gender == "m" else females)
    last = r.choice(lasts)
    if cult == "pl" and gender == "f":
        last = re.sub(r"ski$", "ska", re.sub(r"cki$", "cka", last))
    if cult == "es" and r.random() < 0.5:
        second = r.choice(lasts)
        if second != last:
            last = f"{last} {second}"
    mi = r.choice(string.ascii_uppercase.replace("Q", "").replace("X", "")) \
        if cult == "en" and r.random() < 0.35 else None
    return Person(first, last, mi, gender, cult)


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


FREE_MAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com",
           "protonmail.com", "aol.com", "comcast.net"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "uol.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com"],
    "sv": ["telia.com", "gmail.com", "bredband.net", "outlook.com"],
    "tr": ["gmail.com", "yandex.com.tr", "hotmail.com"],
    "ja": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "nifty.com"],
}

COMPANIES = [
    ("Harbor Key Realty", "harborkeyrealty.com"),
    ("Stonegate Home Lending", "stonegatelending.com"),
    ("Bluebird Title & Escrow", "bluebirdtitle.com"),
    ("Crescent Property Management", "crescentpm.com"),
    ("Northfield Mortgage Co.", "northfieldmortgage.com"),
    ("Summit Ridge Realty Group", "summitridgerealty.com"),
    ("Keystone Title Services", "keystonetitle.net"),
    ("Lantern Property Partners", "lanternproperty.com"),
    ("Ironwood Residential", "ironwoodresidential.com"),
    ("Clearpath Escrow", "clearpathescrow.com"),
    ("Meridian Home Loans", "meridianhomeloans.com"),
    ("Oakline Apartments", "oaklineapts.com"),
]
PEOPLE_BRANDS = ["Coldwell Banker", "Sherwin-Williams", "Berkshire Hathaway HomeServices",
                 "Keller Williams", "Sotheby's International Realty", "Benjamin Moore",
                 "Ben & Jerry's", "Wells Fargo", "Merrill Lynch", "Charles Schwab"]
BRANDS = ["Zillow", "DocuSign", "Home Depot", "Zoom", "AppFolio", "Buildium",
          "Yardi", "Ring", "Schlage", "Nest", "Dropbox", "Venmo", "Zelle", "Airbnb"]
PET_NAMES = ["Biscuit", "Luna", "Pepper", "Mochi", "Rocky", "Daisy", "Ziggy",
             "Nala", "Bruno", "Waffles", "Koda", "Olive"]


def email_for(r, p: Person, domain=None, lang="en") -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    dom = domain or r.choice(FREE_MAIL.get(lang, FREE_MAIL["en"]))
    pat = r.randrange(6)
    if pat == 0:
        local = f"{f}.{l}"
    elif pat == 1:
        local = f"{f[0]}{l}"
    elif pat == 2:
        local = f"{f}_{l}{r.randint(1, 99)}"
    elif pat == 3:
        local = f"{f}{l}{r.randint(70, 2005)}"
    elif pat == 4:
        local = f"{l}.{f[0]}"
    else:
        local = f"{f}.{l[0]}{r.randint(10, 999)}"
    return f"{local}@{dom}"


COMPANY_CATS = {
    "lender": ["Stonegate Home Lending", "Northfield Mortgage Co.", "Meridian Home Loans"],
    "title": ["Bluebird Title & Escrow", "Keystone Title Services", "Clearpath Escrow"],
    "pm": ["Crescent Property Management", "Lantern Property Partners", "Ironwood Residential",
           "Oakline Apartments"],
    "broker": ["Harbor Key Realty", "Summit Ridge Realty Group", "Lantern Property Partners"],
}


def company(r, cat=None):
    if cat is None:
        return r.choice(COMPANIES)
    name = r.choice(COMPANY_CATS[cat])
    return name, dict(COMPANIES)[name]


def staff_email(r, p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return r.choice([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}"])


def role_email(r, dom: str) -> str:
    return f"{r.choice(['info', 'leasing', 'closings', 'servicing', 'support', 'notary', 'hoa', 'maintenance', 'escrow'])}@{dom}"


# --------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------
US_AREAS = ["512", "303", "503", "704", "602", "614", "615", "813", "916", "919",
            "208", "608", "480", "619", "206", "612", "912", "505", "412", "630",
            "415", "646", "312", "737"]


def _d(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def phone(r, cc="US", intl=None) -> str:
    if intl is None:
        intl = r.random() < 0.35
    if cc in ("US", "CA"):
        a = r.choice(US_AREAS)
        ex = str(r.randint(201, 989))
        ln = _d(r, 4)
        if intl:
            return r.choice([f"+1 {a} {ex} {ln}", f"+1 ({a}) {ex}-{ln}", f"+1-{a}-{ex}-{ln}"])
        return r.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}",
                         f"({a}) {ex}-{ln}"])
    if cc == "TOLLFREE":
        p = r.choice(["800", "888", "877", "866", "855"])
        return r.choice([f"1-{p}-{r.randint(201, 989)}-{_d(r, 4)}",
                         f"({p}) {r.randint(201, 989)}-{_d(r, 4)}",
                         f"{p}-{r.randint(201, 989)}-{_d(r, 4)}"])
    if cc == "GB":
        if r.random() < 0.5:
            m = f"7{r.randint(400, 999)} {_d(r, 6)}"
            return f"+44 {m}" if intl else f"0{m}"
        return f"+44 20 {_d(r, 4)} {_d(r, 4)}" if intl else f"020 {_d(r, 4)} {_d(r, 4)}"
    if cc == "DE":
        if r.random() < 0.5:
            m = f"1{r.choice(['51', '52', '60', '70', '76', '78'])} {_d(r, 7)}"
            return f"+49 {m}" if intl else f"0{m}"
        ac = r.choice(["30", "89", "40", "221", "69", "341", "711"])
        n = _d(r, 7 if len(ac) == 2 else 6)
        return r.choice([f"+49 {ac} {n}", f"+49 ({ac}) {n}"]) if intl else f"0{ac} {n}"
    if cc == "FR":
        first = r.choice("12345679")
        grp = " ".join(_d(r, 2) for _ in range(4))
        return f"+33 {first} {grp}" if intl else f"0{first} {grp}"
    if cc == "ES":
        first = r.choice(["91", "93", "96", "95", "6", "7"])
        rest = _d(r, 9 - len(first))
        n = first + rest
        s = f"{n[:3]} {n[3:6]} {n[6:]}"
        return f"+34 {s}" if intl else s
    if cc == "IT":
        if r.random() < 0.5:
            s = f"3{r.randint(20, 49)} {_d(r, 3)} {_d(r, 4)}"
        else:
            s = f"0{r.choice(['2', '6', '11', '51', '55'])} {_d(r, 4)} {_d(r, 4)}"
        return f"+39 {s}" if intl else s
    if cc == "PT":
        s = r.choice([f"9{r.choice('1236')}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
                      f"21 {_d(r, 3)} {_d(r, 4)}", f"22 {_d(r, 3)} {_d(r, 4)}"])
        return f"+351 {s}" if intl else s
    if cc == "BR":
        ddd = r.choice(["11", "21", "41", "31"])
        s = f"9{_d(r, 4)}-{_d(r, 4)}"
        return f"+55 {ddd} {s}" if intl else f"({ddd}) {s}"
    if cc == "NL":
        if r.random() < 0.5:
            return f"+31 6 {_d(r, 8)}" if intl else f"06-{_d(r, 8)}"
        ac = r.choice(["20", "30", "70", "10", "23"])
        return f"+31 {ac} {_d(r, 3)} {_d(r, 4)}" if intl else f"0{ac} {_d(r, 3)} {_d(r, 4)}"
    if cc == "PL":
        if r.random() < 0.5:
            s = f"{r.choice('5678')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"
        else:
            s = f"{r.choice(['22', '12', '42', '58', '71'])} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"
        return f"+48 {s}" if intl else s
    if cc == "SE":
        if r.random() < 0.5:
            return f"+46 7{r.choice('0236')} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}" if intl \
                else f"07{r.choice('0236')}-{_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"
        return f"+46 8 {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}" if intl else f"08-{_d(r, 3)} {_d(r, 3)} {_d(r, 2)}"
    if cc == "TR":
        if r.random() < 0.5:
            s = f"5{r.randint(30, 59)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"
        else:
            s = f"{r.choice(['212', '216', '312', '232'])} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"
        return f"+90 {s}" if intl else f"0{s}"
    if cc == "JP":
        if r.random() < 0.5:
            return f"+81 {r.choice(['90', '80', '70'])}-{_d(r, 4)}-{_d(r, 4)}" if intl \
                else f"0{r.choice(['90', '80', '70'])}-{_d(r, 4)}-{_d(r, 4)}"
        return f"+81 3-{_d(r, 4)}-{_d(r, 4)}" if intl else f"03-{_d(r, 4)}-{_d(r, 4)}"
    if cc == "AU":
        if r.random() < 0.5:
            return f"+61 4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}" if intl else f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"
        return f"+61 2 {_d(r, 4)} {_d(r, 4)}" if intl else f"(02) {_d(r, 4)} {_d(r, 4)}"
    raise ValueError(cc)


LANG_CC = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT",
           "nl": "NL", "pl": "PL", "sv": "SE", "tr": "TR", "ja": "JP"}


# --------------------------------------------------------------------------
# Addresses and places
# --------------------------------------------------------------------------
class Addr:
    __slots__ = ("street", "city", "region", "postcode", "cc", "one", "lines")

    def __init__(self, street, city, region, postcode, cc, one, lines):
        self.street, self.city, self.region = street, city, region
        self.postcode, self.cc, self.one, self.lines = postcode, cc, one, lines

    @property
    def block(self) -> str:
        return "\n".join(self.lines)


US_CITIES = [("Austin", "TX", "Texas", "787", "Travis County"),
             ("Denver", "CO", "Colorado", "802", "Denver County"),
             ("Portland", "OR", "Oregon", "972", "Multnomah County"),
             ("Charlotte", "NC", "North Carolina", "282", "Mecklenburg County"),
             ("Phoenix", "AZ", "Arizona", "850", "Maricopa County"),
             ("Columbus", "OH", "Ohio", "432", "Franklin County"),
             ("Nashville", "TN", "Tennessee", "372", "Davidson County"),
             ("Tampa", "FL", "Florida", "336", "Hillsborough County"),
             ("Sacramento", "CA", "California", "958", "Sacramento County"),
             ("Raleigh", "NC", "North Carolina", "276", "Wake County"),
             ("Boise", "ID", "Idaho", "837", "Ada County"),
             ("Madison", "WI", "Wisconsin", "537", "Dane County"),
             ("San Diego", "CA", "California", "921", "San Diego County"),
             ("Seattle", "WA", "Washington", "981", "King County"),
             ("Minneapolis", "MN", "Minnesota", "554", "Hennepin County"),
             ("Savannah", "GA", "Georgia", "314", "Chatham County"),
             ("Albuquerque", "NM", "New Mexico", "871", "Bernalillo County"),
             ("Pittsburgh", "PA", "Pennsylvania", "152", "Allegheny County"),
             ("Naperville", "IL", "Illinois", "605", "DuPage County"),
             ("Scottsdale", "AZ", "Arizona", "852", "Maricopa County")]
US_STREETS = ["Maple Ridge Dr", "Oak Hollow Ln", "Cedar Crest Ave", "Willow Bend Ct",
              "Lakeview Blvd", "Sycamore St", "Magnolia Way", "Juniper Trail",
              "Aspen Grove Rd", "Harbor Point Dr", "Briarwood Ln", "Copper Canyon Rd",
              "Pinecrest Ave", "Riverside Dr", "Chestnut St", "Highland Ave",
              "Meadowlark Ln", "Stonebridge Pkwy", "W 34th St", "N Lamar Blvd",
              "E Colfax Ave", "SE Hawthorne Blvd"]
US_UNITS = ["Apt 3B", "Unit 12", "Apt 204", "Unit 5C", "#1107", "Suite 310", "Apt 2"]

OTHER = {
    "GB": (["Albemarle Road", "Victoria Street", "Kingsway", "Mill Lane",
            "Church Street", "Hawthorn Close", "Beech Grove", "Regent Terrace"],
           [("London", "SW", "England"), ("Manchester", "M", "England"),
            ("Leeds", "LS", "England"), ("Bristol", "BS", "England"),
            ("Edinburgh", "EH", "Scotland"), ("Cardiff", "CF", "Wales")]),
    "DE": (["Lindenstraße", "Hauptstraße", "Goethestraße", "Am Markt",
            "Bahnhofstraße", "Schillerweg", "Kastanienallee", "Bergstraße",
            "Rosenheimer Straße", "Sonnenallee"],
           [("Berlin", "10", "Berlin"), ("München", "80", "Bayern"),
            ("Hamburg", "20", "Hamburg"), ("Köln", "50", "Nordrhein-Westfalen"),
            ("Frankfurt am Main", "60", "Hessen"), ("Leipzig", "04", "Sachsen"),
            ("Stuttgart", "70", "Baden-Württemberg"), ("Düsseldorf", "40", "Nordrhein-Westfalen")]),
    "FR": (["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire",
            "rue de la République", "place Bellecour", "rue Victor Hugo",
            "allée des Tilleuls", "quai Saint-Vincent"],
           [("Paris", "75", "Île-de-France"), ("Lyon", "69", "Auvergne-Rhône-Alpes"),
            ("Marseille", "13", "Provence-Alpes-Côte d'Azur"), ("Bordeaux", "33", "Nouvelle-Aquitaine"),
            ("Nantes", "44", "Pays de la Loire"), ("Toulouse", "31", "Occitanie"),
            ("Lille", "59", "Hauts-de-France")]),
    "ES": (["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución",
            "Paseo de Gracia", "Calle Serrano", "Gran Vía", "Calle del Carmen",
            "Avenida del Puerto"],
           [("Madrid", "28", "Comunidad de Madrid"), ("Barcelona", "08", "Cataluña"),
            ("Valencia", "46", "Comunidad Valenciana"), ("Sevilla", "41", "Andalucía"),
            ("Málaga", "29", "Andalucía"), ("Bilbao", "48", "País Vasco"),
            ("Zaragoza", "50", "Aragón")]),
    "IT": (["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II",
            "Via dei Mille", "Viale Monza", "Via Torino", "Via della Spiga",
            "Piazza San Marco"],
           [("Milano", "20", "MI"), ("Roma", "00", "RM"), ("Torino", "10", "TO"),
            ("Bologna", "40", "BO"), ("Firenze", "50", "FI"), ("Napoli", "80", "NA")]),
    "PT": (["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina",
            "Rua do Ouro", "Travessa do Carmo", "Rua das Flores"],
           [("Lisboa", "1", "Lisboa"), ("Porto", "4", "Porto"), ("Braga", "4", "Braga"),
            ("Coimbra", "3", "Coimbra"), ("Faro", "8", "Faro")]),
    "BR": (["Rua Oscar Freire", "Avenida Paulista", "Rua das Laranjeiras",
            "Rua XV de Novembro", "Avenida Atlântica"],
           [("São Paulo", "0", "SP"), ("Rio de Janeiro", "2", "RJ"),
            ("Curitiba", "8", "PR"), ("Belo Horizonte", "3", "MG")]),
    "NL": (["Prinsengracht", "Keizersgracht", "Oudegracht", "Lange Voorhout",
            "Vondelstraat", "Nieuwe Binnenweg", "Zijlweg"],
           [("Amsterdam", "10", "Noord-Holland"), ("Utrecht", "35", "Utrecht"),
            ("Den Haag", "25", "Zuid-Holland"), ("Rotterdam", "30", "Zuid-Holland"),
            ("Haarlem", "20", "Noord-Holland"), ("Eindhoven", "56", "Noord-Brabant")]),
    "PL": (["ul. Marszałkowska", "ul. Floriańska", "al. Jerozolimskie",
            "ul. Piotrkowska", "ul. Długa", "ul. Świętojańska"],
           [("Warszawa", "00", "mazowieckie"), ("Kraków", "30", "małopolskie"),
            ("Łódź", "90", "łódzkie"), ("Gdańsk", "80", "pomorskie"),
            ("Wrocław", "50", "dolnośląskie"), ("Poznań", "60", "wielkopolskie")]),
    "SE": (["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen",
            "Linnégatan", "Vasagatan", "Södra vägen"],
           [("Stockholm", "11", "Stockholms län"), ("Göteborg", "41", "Västra Götaland"),
            ("Malmö", "21", "Skåne"), ("Uppsala", "75", "Uppsala län"),
            ("Västerås", "72", "Västmanland")]),
    "TR": (["Bağdat Caddesi", "İstiklal Caddesi", "Atatürk Bulvarı",
            "Cumhuriyet Caddesi", "Kordon Boyu", "Nispetiye Caddesi"],
           [("İstanbul", "34", "Kadıköy"), ("Ankara", "06", "Çankaya"),
            ("İzmir", "35", "Konak"), ("Bursa", "16", "Nilüfer"),
            ("Antalya", "07", "Muratpaşa")]),
    "JP": ([("Shibakoen", "Minato-ku", "Tokyo", "105"), ("Ebisu", "Shibuya-ku", "Tokyo", "150"),
            ("Honmachi", "Chuo-ku", "Osaka", "541"), ("Minatomirai", "Nishi-ku", "Yokohama", "220"),
            ("Kita 7-jo Nishi", "Kita-ku", "Sapporo", "060"), ("Shimogamo", "Sakyo-ku", "Kyoto", "606")],
           []),
    "CA": (["Queen St W", "Robson St", "Rue Sherbrooke O", "Elgin St", "17 Ave SW"],
           [("Toronto", "M5H", "ON"), ("Vancouver", "V6B", "BC"), ("Montréal", "H3A", "QC"),
            ("Ottawa", "K1P", "ON"), ("Calgary", "T2S", "AB")]),
    "AU": (["Beach Rd", "George St", "Chapel St", "Queen St", "Hay St"],
           [("Sydney", "20", "NSW"), ("Melbourne", "31", "VIC"), ("Brisbane", "40", "QLD"),
            ("Perth", "60", "WA"), ("Adelaide", "50", "SA")]),
}
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "DE": "Germany",
                 "FR": "France", "ES": "Spain", "IT": "Italy", "PT": "Portugal",
                 "BR": "Brazil", "NL": "Netherlands", "PL": "Poland", "SE": "Sweden",
                 "TR": "Turkey", "JP": "Japan", "CA": "Canada", "AU": "Australia"}


def _L(r, n):
    return "".join(r.choice(string.ascii_uppercase) for _ in range(n))


def address(r, cc="US", unit=None) -> Addr:
    """Fake but plausible street address for country ``cc``."""
    if unit is None:
        unit = r.random() < 0.4
    if cc == "US":
        city, st, _full, z3, _cty = r.choice(US_CITIES)
        street = f"{r.randint(100, 9899)} {r.choice(US_STREETS)}"
        if unit:
            street += f", {r.choice(US_UNITS)}"
        pc = z3 + _d(r, 2)
        last = f"{city}, {st} {pc}"
        return Addr(street, city, st, pc, cc, f"{street}, {last}", [street, last])
    if cc == "JP":
        area, ward, city, z = r.choice(OTHER["JP"][0])
        street = f"{r.randint(1, 6)}-{r.randint(1, 20)}-{r.randint(1, 30)} {area}"
        if unit:
            street = f"{r.choice(['Sunny Heights', 'Park Court', 'Grand Maison'])} {r.randint(101, 1205)}, " + street
        pc = f"{z}-{_d(r, 4)}"
        one = f"{street}, {ward}, {city} {pc}"
        return Addr(street, city, ward, pc, cc, one, [street, f"{ward}, {city} {pc}"])
    streets, cities = OTHER[cc]
    s = r.choice(streets)
    n = r.randint(1, 240)
    city, pre, region = r.choice(cities)
    if cc == "GB":
        street = f"{n} {s}"
        if unit:
            street = f"Flat {r.randint(1, 12)}, " + street
        pc = f"{pre}{r.randint(1, 20)} {r.randint(1, 9)}{_L(r, 2)}"
        last = f"{city} {pc}"
        return Addr(street, city, None, pc, cc, f"{street}, {last}", [street, last])
    if cc == "DE":
        street = f"{s} {n}" + (r.choice(["a", "b", ""]) if r.random() < 0.3 else "")
        if unit:
            street += f", {r.randint(1, 5)}. OG"
        pc = pre + _d(r, 3)
        last = f"{pc} {city}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "FR":
        street = f"{n} {s}" if r.random() < 0.7 else f"{n} bis {s}"
        pc = pre + f"{r.randint(0, 20):03d}" if pre == "75" else pre + _d(r, 3)
        last = f"{pc} {city}"
        lines = [street, last]
        if unit:
            lines = [f"Appartement {r.randint(1, 60)}, bâtiment {r.choice('ABCD')}"] + lines
        return Addr(", ".join(lines[:-1]), city, region, pc, cc, ", ".join(lines), lines)
    if cc == "ES":
        street = f"{s} {n}"
        if unit:
            street += f", {r.randint(1, 9)}º {r.choice('ABCD')}"
        pc = pre + _d(r, 3)
        last = f"{pc} {city}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "IT":
        street = f"{s} {n}"
        if unit:
            street += f", scala {r.choice('ABC')}, int. {r.randint(1, 20)}"
        pc = pre + _d(r, 3)
        last = f"{pc} {city} {region}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "PT":
        street = f"{s} {n}"
        if unit:
            street += f", {r.randint(1, 8)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}"
        pc = f"{pre}{_d(r, 3)}-{_d(r, 3)}"
        last = f"{pc} {city}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "BR":
        street = f"{s}, {n * 7}"
        if unit:
            street += f", apto {r.randint(11, 184)}"
        pc = f"{pre}{_d(r, 4)}-{_d(r, 3)}"
        last = f"{city} - {region}, {pc}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "NL":
        street = f"{s} {n}" + (f"-{r.randint(1, 3)}" if unit else "")
        pc = f"{pre}{_d(r, 2)} {_L(r, 2)}"
        last = f"{pc} {city}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "PL":
        street = f"{s} {n}" + (f" m. {r.randint(1, 80)}" if unit else "")
        pc = f"{pre}-{_d(r, 3)}"
        last = f"{pc} {city}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "SE":
        street = f"{s} {n}" + (f", lgh {r.randint(1001, 1403)}" if unit else "")
        pc = f"{pre}{_d(r, 1)} {_d(r, 2)}"
        last = f"{pc} {city}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "TR":
        street = f"{s} No: {n}" + (f" D: {r.randint(1, 24)}" if unit else "")
        pc = pre + _d(r, 3)
        last = f"{pc} {region}/{city}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "CA":
        street = f"{n * 3} {s}" + (f", Unit {r.randint(101, 2405)}" if unit else "")
        pc = f"{pre} {r.randint(1, 9)}{_L(r, 1)}{r.randint(1, 9)}"
        last = f"{city}, {region} {pc}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    if cc == "AU":
        street = (f"Unit {r.randint(1, 30)}/" if unit else "") + f"{n} {s}"
        pc = pre + _d(r, 2)
        last = f"{city} {region} {pc}"
        return Addr(street, city, region, pc, cc, f"{street}, {last}", [street, last])
    raise ValueError(cc)


def city_loc(r, cc="US", style=None, lang=None) -> str:
    """A place name as it would be written in prose (one LOCATION span)."""
    if cc == "US":
        city, st, full, _z, _c = r.choice(US_CITIES)
        style = style if style is not None else r.randrange(4)
        return [f"{city}, {st}", city, f"{city}, {full}", full][style]
    if cc == "JP":
        return r.choice(["Tokyo", "Osaka", "Yokohama", "Kyoto", "Sapporo", "Fukuoka"])
    city = r.choice(OTHER[cc][1])[0]
    if lang == "en" and r.random() < 0.25 and cc in COUNTRY_NAMES:
        return f"{city}, {COUNTRY_NAMES[cc]}"
    return city


# --------------------------------------------------------------------------
# Dates and times
# --------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
           "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
           "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli",
           "augusti", "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
           "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
           "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
JOIN = {"en": [" at ", ", ", " "], "de": [" um "], "fr": [" à "], "es": [" a las "],
        "it": [" alle "], "pt": [" às "], "nl": [", "], "pl": [", "], "sv": [", "],
        "tr": [", "], "ja": [" "]}


def rdate(r, y0=2024, y1=2026) -> _dt.date:
    a = _dt.date(y0, 1, 1)
    span = (_dt.date(y1, 12, 31) - a).days
    return a + _dt.timedelta(days=r.randrange(span))


def rdob(r) -> _dt.date:
    return rdate(r, 1946, 2004)


def rtime(r):
    return r.randint(7, 19), r.choice([0, 0, 15, 30, 30, 45, 10, 40])


def fdate(r, d: _dt.date, lang="en", style=None) -> str:
    M = MONTHS.get(lang)
    if lang == "en":
        opts = [f"{M[d.month - 1]} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
                d.isoformat(), f"{d.day} {M[d.month - 1]} {d.year}",
                f"{M[d.month - 1][:3]} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}"]
    elif lang == "de":
        opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {M[d.month - 1]} {d.year}"]
    elif lang in ("fr", "it"):
        opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {M[d.month - 1]} {d.year}"]
    elif lang in ("es", "pt"):
        opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {M[d.month - 1]} de {d.year}"]
    elif lang == "nl":
        opts = [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {M[d.month - 1]} {d.year}"]
    elif lang in ("pl", "tr"):
        opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {M[d.month - 1]} {d.year}"]
    elif lang == "sv":
        opts = [d.isoformat(), f"{d.day} {M[d.month - 1]} {d.year}"]
    elif lang == "ja":
        opts = [f"{d.year}-nen {d.month}-gatsu {d.day}-nichi", f"{d.year}/{d.month:02d}/{d.day:02d}"]
    else:
        raise ValueError(lang)
    return opts[style % len(opts)] if style is not None else r.choice(opts)


def ftime(r, h, m, lang="en") -> str:
    if lang == "en":
        if r.random() < 0.75:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}"
    if lang == "de":
        return f"{h:02d}:{m:02d} Uhr" if r.random() < 0.6 else f"{h:02d}:{m:02d}"
    if lang in ("fr", "pt"):
        return f"{h}h{m:02d}" if r.random() < 0.6 else f"{h:02d}:{m:02d}"
    return f"{h:02d}:{m:02d}"


def fdt(r, d, lang="en", weekday=None, hm=None) -> str:
    """Date + time as ONE span, optional attached weekday."""
    h, m = hm or rtime(r)
    ds = fdate(r, d, lang)
    if weekday is None:
        weekday = r.random() < 0.3
    if weekday and lang in WEEKDAYS and not re.match(r"^\d{4}-\d", ds):
        wd = WEEKDAYS[lang][d.weekday()]
        sep = ", " if lang in ("en", "de", "pt", "pl", "tr") else " "
        ds = f"{wd}{sep}{ds}"
    return f"{ds}{r.choice(JOIN[lang])}{ftime(r, h, m, lang)}"


def log_ts(r, d=None, style=None, hms=None) -> str:
    d = d or rdate(r)
    h, mi, s = hms or (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    st = r.randrange(3) if style is None else style
    if st == 0:
        return f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}Z"
    if st == 1:
        return f"{d.isoformat()} {h:02d}:{mi:02d}:{s:02d},{r.randint(0, 999):03d}"
    return f"[{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{mi:02d}:{s:02d} +0000]"


class LogClock:
    """Monotonic log-line timestamps (hard negatives) within one day."""

    def __init__(self, r, d=None, style=None):
        self.r, self.d = r, d or rdate(r)
        self.style = r.randrange(3) if style is None else style
        self.t = r.randint(0, 14 * 3600)

    def __call__(self) -> str:
        self.t = min(self.t + self.r.randint(1, 1500), 86399)
        t = self.t
        return log_ts(self.r, self.d, self.style, (t // 3600, t % 3600 // 60, t % 60))


def mail_date(r, d=None) -> str:
    d = d or rdate(r)
    return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} "
            f"{r.choice(['-0500', '-0700', '+0100', '+0200', '-0400', '+0000'])}")


def ics_stamp(r, d=None) -> str:
    d = d or rdate(r)
    return f"{d.year}{d.month:02d}{d.day:02d}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z"


def epoch(r) -> str:
    return str(r.randint(1704067200, 1798675200))


# --------------------------------------------------------------------------
# Identifiers (positives)
# --------------------------------------------------------------------------
def luhn_check(num: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def luhn_ok(num: str) -> bool:
    digits = re.sub(r"\D", "", num)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def card(r, fmt=None, valid=True) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4" + _d(r, 5), 16
    elif kind == "mc":
        pre, ln = str(r.randint(51, 55)) + _d(r, 4), 16
    elif kind == "mc2":
        pre, ln = str(r.randint(2221, 2720)) + _d(r, 2), 16
    elif kind == "amex":
        pre, ln = r.choice(["34", "37"]) + _d(r, 4), 15
    else:
        pre, ln = "6011" + _d(r, 2), 16
    if not valid:
        ln = 16
        if kind == "amex":
            pre = "4" + _d(r, 5)
    body = pre + _d(r, ln - len(pre) - 1)
    chk = luhn_check(body)
    if not valid:
        chk = (chk + r.randint(1, 9)) % 10
    num = body + str(chk)
    fmt = r.randrange(3) if fmt is None else fmt
    if ln == 15:
        sep = [" ", "-", ""][fmt]
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    sep = [" ", "-", ""][fmt]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def itin(r) -> str:
    return f"9{_d(r, 2)}-{r.randint(70, 88)}-{_d(r, 4)}"


def card_brand(pan: str) -> str:
    d = re.sub(r"\D", "", pan)
    if d[0] == "4":
        return "Visa"
    if d[:2] in ("34", "37"):
        return "American Express"
    if d.startswith("6011"):
        return "Discover"
    return "Mastercard"


def ssn(r, valid=True, fmt=None) -> str:
    if valid:
        area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    else:
        area = r.choice([0, 666, r.randint(900, 999)])
    grp, ser = r.randint(1, 99), r.randint(1, 9999)
    fmt = r.choice([0, 0, 0, 1, 2]) if fmt is None else fmt
    return [f"{area:03d}-{grp:02d}-{ser:04d}", f"{area:03d} {grp:02d} {ser:04d}",
            f"{area:03d}{grp:02d}{ser:04d}"][fmt]


IBAN_LAYOUT = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10",
               "GB": "a4n14", "PL": "n24", "SE": "n20", "TR": "n22", "PT": "n21",
               "BE": "n12", "CH": "n17", "AT": "n16"}
BANK_CODES = {"NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO"], "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]}


def iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{98 - int(num) % 97:02d}"


def iban(r, cc="DE", grouped=None) -> str:
    lay = IBAN_LAYOUT[cc]
    if cc in BANK_CODES:
        bban = r.choice(BANK_CODES[cc]) + _d(r, int(lay.split("n")[1]))
    elif lay.startswith("a1"):
        bban = _L(r, 1) + _d(r, 22)
    else:
        bban = _d(r, int(lay[1:]))
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
    ib = cc + iban_check(cc, bban) + bban
    if grouped is None:
        grouped = r.random() < 0.6
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if grouped else ib


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    num = "".join(str(int(c, 36)) for c in (s[4:] + s[:4]))
    return int(num) % 97 == 1


def bank_acct(r) -> str:
    return r.choice([_d(r, 10), _d(r, 12), _d(r, 9), f"{_d(r, 4)}-{_d(r, 6)}", _d(r, 8)])


def util_acct(r) -> str:
    return r.choice([f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}",
                     f"{_L(r, 2)}{_d(r, 8)}", _d(r, 11)])


def mrn(r) -> str:
    return r.choice([f"MRN{_d(r, 7)}", _d(r, 8), f"{_L(r, 1)}{_d(r, 7)}", f"{_d(r, 2)}-{_d(r, 6)}",
                     f"MR-{_d(r, 6)}"])


def health_plan(r) -> str:
    return r.choice([f"{_L(r, 3)}{_d(r, 9)}", f"W{_d(r, 9)}", f"{_d(r, 1)}{_L(r, 2)}{_d(r, 1)}-{_L(r, 1)}{_d(r, 1)}{_L(r, 1)}-{_L(r, 2)}{_d(r, 2)}",
                     f"{_L(r, 1)}{_d(r, 8)}-01", f"MBR{_d(r, 10)}"])


def driver_license(r, where=None) -> tuple[str, str]:
    where = where or r.choice(["CA", "TX", "FL", "NY", "IL", "WA", "CO", "GB", "DE"])
    if where == "CA":
        v = _L(r, 1) + _d(r, 7)
    elif where == "TX":
        v = _d(r, 8)
    elif where == "FL":
        v = f"{_L(r, 1)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}"
    elif where == "NY":
        v = f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"
    elif where == "IL":
        v = f"{_L(r, 1)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}"
    elif where == "WA":
        v = "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + _d(r, 3)
    elif where == "CO":
        v = f"{_d(r, 2)}-{_d(r, 3)}-{_d(r, 4)}"
    elif where == "GB":
        v = f"{_L(r, 5)}{_d(r, 6)}{_L(r, 2)}{_d(r, 1)}{_L(r, 2)}"
    else:
        v = f"{_L(r, 1)}{_d(r, 3)}{_L(r, 3)}{_d(r, 1)}{_L(r, 1)}{_d(r, 2)}"
    return where, v


def ipv4(r) -> str:
    while True:
        a = r.choice([r.randint(11, 223), 10, 172, 192])
        if a in (127,):
            continue
        if a == 10:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if a == 172:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if a == 192:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r) -> str:
    groups = [r.choice(["2001:db8", "2a02:810d", "2600:1700", "2a01:4f8", "fd12:3456"])]
    n = r.randint(2, 4)
    tail = ":".join(f"{r.getrandbits(16):x}" for _ in range(n))
    return f"{groups[0]}::{tail}" if r.random() < 0.6 else \
        f"{groups[0]}:{':'.join(f'{r.getrandbits(16):x}' for _ in range(6 - len(groups[0].split(':')) + 2))}"


def ip(r) -> str:
    return ipv6(r) if r.random() < 0.25 else ipv4(r)


# --------------------------------------------------------------------------
# Secrets
# --------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits


def _rs(r, n, alphabet=ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def aws_key(r) -> str:
    return r.choice(["AKIA", "AKIA", "ASIA"]) + _rs(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r) -> str:
    return _rs(r, 40, ALNUM + "/+")


def gh_token(r) -> str:
    if r.random() < 0.75:
        return r.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + _rs(r, 36)
    return "github_pat_11" + _rs(r, 20, string.ascii_uppercase + string.digits) + "_" + _rs(r, 59)


def slack_token(r) -> str:
    p = r.choice(["xoxb", "xoxb", "xoxp", "xapp"])
    if p == "xapp":
        return f"xapp-1-A{_rs(r, 10, string.ascii_uppercase + string.digits)}-{_d(r, 13)}-{_rs(r, 64, '0123456789abcdef')}"
    if p == "xoxp":
        return f"xoxp-{_d(r, 12)}-{_d(r, 12)}-{_d(r, 13)}-{_rs(r, 32, '0123456789abcdef')}"
    return f"xoxb-{_d(r, 12)}-{_d(r, 13)}-{_rs(r, 24)}"


def stripe_key(r) -> str:
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + _rs(r, r.choice([24, 34, 99]))


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, claims=None) -> str:
    alg = r.choice(["HS256", "HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = _rs(r, 8, "0123456789abcdef")
    claims = claims or {}
    claims = dict(claims)
    claims.setdefault("iat", r.randint(1704067200, 1767225600))
    claims["exp"] = claims["iat"] + r.choice([900, 3600, 86400])
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(claims, separators=(",", ":")).encode()),
                     b64u(r.randbytes(siglen))])


def _wrap(s: str, w: int) -> str:
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def pem_key(r) -> str:
    kind = r.choice(["EC", "EC", "ED", "OPENSSH", "RSA"])
    if kind == "EC":
        der = (b"\x30\x77\x02\x01\x01\x04\x20" + r.randbytes(32) +
               b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + r.randbytes(64))
        return ("-----BEGIN EC PRIVATE KEY-----\n" + _wrap(base64.b64encode(der).decode(), 64) +
                "\n-----END EC PRIVATE KEY-----")
    if kind == "ED":
        der = b"\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20" + r.randbytes(32)
        return ("-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(der).decode() +
                "\n-----END PRIVATE KEY-----")
    if kind == "OPENSSH":
        pub = r.randbytes(32)
        blob = (b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none" * 2 + b"\x00\x00\x00\x00" +
                b"\x00\x00\x00\x01" + b"\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub +
                b"\x00\x00\x00\x88" + r.randbytes(8) + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" +
                pub + b"\x00\x00\x00\x40" + r.randbytes(64) + b"\x00\x00\x00\x0cdeploy@pm01\x01\x02\x03")
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(base64.b64encode(blob).decode(), 70) +
                "\n-----END OPENSSH PRIVATE KEY-----")
    der = b"\x30\x82\x02\x5c\x02\x01\x00\x02\x81\x81\x00" + r.randbytes(590)
    return ("-----BEGIN RSA PRIVATE KEY-----\n" + _wrap(base64.b64encode(der).decode(), 64) +
            "\n-----END RSA PRIVATE KEY-----")


PW_WORDS = ["Maple", "Harbor", "Cedar", "Closing", "Escrow", "Keys", "Lease", "Sunset",
            "Granite", "Porch", "Willow", "Tenant", "Rooftop", "Atrium", "Lantern", "Brick"]


def password(r) -> str:
    st = r.randrange(4)
    if st == 0:
        return f"{r.choice(PW_WORDS)}{r.choice('!#$%&*@?')}{r.randint(10, 9999)}"
    if st == 1:
        return _rs(r, r.randint(12, 20), ALNUM + "!#$%&*@^-_")
    if st == 2:
        return f"{r.choice(PW_WORDS).lower()}-{r.choice(PW_WORDS).lower()}-{r.randint(10, 99)}{r.choice('!$#')}"
    return f"{r.choice(PW_WORDS)}{r.choice(PW_WORDS)}{r.randint(1990, 2030)}{r.choice('!?$#')}"


def passcode(r) -> str:
    return r.choice([_d(r, 6), _d(r, 4), _rs(r, 6), f"{_d(r, 3)}{_L(r, 3).lower()}"])


def generic_secret(r) -> str:
    st = r.randrange(7)
    if st == 0:
        return "whsec_" + _rs(r, 32)
    if st == 1:
        return _rs(r, 32, "0123456789abcdef")
    if st == 2:
        return "SG." + _rs(r, 22, ALNUM + "-_") + "." + _rs(r, 43, ALNUM + "-_")
    if st == 3:
        return "AIza" + _rs(r, 35, ALNUM + "-_")
    if st == 4:
        return _rs(r, 40, ALNUM)
    if st == 5:
        return "pmk_" + _rs(r, 40, "0123456789abcdef")
    return _rs(r, 8, "0123456789abcdef") + "-" + _rs(r, 4, "0123456789abcdef") + "-" + \
        _rs(r, 4, "0123456789abcdef") + "-" + _rs(r, 12, "0123456789abcdef") + _rs(r, 8, ALNUM)


# --------------------------------------------------------------------------
# Hard negatives
# --------------------------------------------------------------------------
def uid(r) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r, n=40) -> str:
    return _rs(r, n, "0123456789abcdef")


def ticket(r, pre="MNT") -> str:
    return f"{pre}-{r.randint(10000, 99999)}"


def escrow_no(r) -> str:
    return r.choice([f"ESC-{r.randint(2024, 2026)}-{_d(r, 5)}", f"{_d(r, 2)}-{_d(r, 6)}-{_L(r, 2)}",
                     f"E{_d(r, 7)}"])


def money(r, lo=50, hi=900000, cur="$") -> str:
    v = r.randint(lo * 100, hi * 100) / 100
    if cur == "$":
        return f"${v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if cur in ("zł", "kr", "TL"):
        return f"{s.replace('.', ' ')} {cur}"
    return f"{s} {cur}" if r.random() < 0.5 else f"{cur} {s}"


def masked_card(r) -> str:
    return r.choice([f"**** **** **** {_d(r, 4)}", f"XXXX-XXXX-XXXX-{_d(r, 4)}",
                     f"ending in {_d(r, 4)}", f"•••• {_d(r, 4)}"])


def masked_ssn(r) -> str:
    return r.choice([f"***-**-{_d(r, 4)}", f"XXX-XX-{_d(r, 4)}", f"xxx-xx-{_d(r, 4)}"])


def masked_acct(r) -> str:
    return r.choice([f"******{_d(r, 4)}", f"XXXXXX{_d(r, 4)}", f"...{_d(r, 4)}"])


def routing(r) -> str:
    while True:
        b = _d(r, 8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * k for c, k in zip(b, w))
        chk = (10 - s % 10) % 10
        num = b + str(chk)
        if num[0] in "0123":
            return num


BICS = ["COBADEFFXXX", "DEUTDEFF500", "BNPAFRPPXXX", "CAIXESBBXXX", "BSCHESMMXXX",
        "UNCRITMMXXX", "INGBNL2A", "RABONL2U", "PKOPPLPW", "ESSESESS", "TGBATRIS",
        "CGDIPTPL", "BARCGB22", "CHASUS33", "BOFAUS3N"]


def plate(r) -> str:
    return r.choice([f"{r.randint(1, 9)}{_L(r, 3)}{_d(r, 3)}", f"{_L(r, 3)}-{_d(r, 4)}",
                     f"{_L(r, 2)}{_d(r, 2)} {_L(r, 3)}", f"B-{_L(r, 2)} {_d(r, 4)}"])


def vin(r) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["1HG", "5YJ", "1FT", "3VW", "WBA", "JTD", "2T1"]) + _rs(r, 14, al)


def version(r) -> str:
    return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


def apn(r) -> str:
    return r.choice([f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}", f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 3)}",
                     f"R{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}"])


def luhn_bad16(r) -> str:
    return card(r, fmt=r.choice([0, 2]), valid=False)


def mls(r) -> str:
    return f"{r.choice(['MLS#', 'MLS ', 'Listing ID '])}{r.randint(1000000, 9999999)}"


def relative(r, lang="en") -> str:
    return r.choice({
        "en": ["tomorrow", "next week", "later today", "in two weeks", "at the end of the month",
               "this afternoon", "any evening next week"],
        "de": ["morgen", "nächste Woche", "übermorgen", "heute Nachmittag"],
        "fr": ["demain", "la semaine prochaine", "cet après-midi"],
        "es": ["mañana", "la próxima semana", "esta tarde"],
        "it": ["domani", "la settimana prossima", "oggi pomeriggio"],
        "pt": ["amanhã", "na próxima semana", "hoje à tarde"],
        "nl": ["morgen", "volgende week", "vanmiddag"],
        "pl": ["jutro", "w przyszłym tygodniu", "dziś po południu"],
        "sv": ["i morgon", "nästa vecka", "i eftermiddag"],
        "tr": ["yarın", "gelecek hafta", "bu öğleden sonra"],
        "ja": ["ashita", "raishuu", "kyou no gogo"],
    }[lang])


def url_listing(r, dom=None) -> str:
    dom = dom or r.choice(["www.harborkeyrealty.com", "homes.summitridgerealty.com",
                           "www.oaklineapts.com", "portal.crescentpm.com",
                           "www.lanternproperty.com", "listings.ironwoodresidential.com"])
    slug = r.choice(["3-bed-craftsman", "loft-downtown", "2br-garden-unit", "townhome-end-unit",
                     "condo-lake-view", "studio-near-transit", "family-home-cul-de-sac"])
    q = r.choice(["", f"?utm_source=email&utm_campaign=open_house_{r.randint(1, 52)}",
                  f"?ref=agent{r.randint(100, 999)}", f"?tour=virtual&lang=en"])
    return f"https://{dom}/listings/{r.randint(100000, 999999)}-{slug}{q}"


def url_portal(r, path=None) -> str:
    dom = r.choice(["portal.crescentpm.com", "residents.oaklineapts.com", "my.stonegatelending.com",
                    "app.lanternproperty.com", "secure.bluebirdtitle.com", "pay.ironwoodresidential.com"])
    path = path or r.choice(["/login", "/payments/autopay", "/maintenance/new",
                             f"/documents/{uid(r)[:8]}", "/applications/status",
                             f"/loan/upload?case={r.randint(100000, 999999)}"])
    return f"https://{dom}{path}"


def meeting_url(r) -> str:
    st = r.randrange(3)
    if st == 0:
        return f"https://us0{r.randint(2, 6)}web.zoom.us/j/{_d(r, 11)}?pwd={_rs(r, 32)}"
    if st == 1:
        return f"https://meet.google.com/{_rs(r, 3, string.ascii_lowercase)}-{_rs(r, 4, string.ascii_lowercase)}-{_rs(r, 3, string.ascii_lowercase)}"
    return f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{_rs(r, 24)}%40thread.v2/0"


# --------------------------------------------------------------------------
# Document kinds -- English, part 1
# --------------------------------------------------------------------------
def k_listing_inquiry_email(r):
    b = Builder()
    buyer, agent = person(r), person(r)
    cname, dom = company(r, "broker")
    a = address(r, "US")
    em = email_for(r, buyer)
    b.line("From: \"", PER(buyer.full), "\" <", EML(em), ">")
    b.line("To: ", EML(staff_email(r, agent, dom)))
    b.line("Date: ", mail_date(r))
    b.line(f"Subject: Question about {mls(r)}")
    b.line()
    b.line("Hi ", PER(agent.first), ",")
    b.line()
    b.line("I came across your listing for ", ADR(a.one), f" on {r.choice(['Zillow', 'Redfin', 'Realtor.com'])} and I'm very "
           "interested. We are relocating from ", LOC(city_loc(r, r.choice(["US", "US", "GB", "DE", "CA", "AU", "JP"]), lang="en")), " for work and would love to "
           "schedule a private showing. Would ", DTM(fdt(r, rdate(r), "en")), " work for you? "
           f"Otherwise I'm flexible {relative(r)}.")
    b.line()
    b.line("A couple of questions before we come by:")
    b.line(f"- Is the HOA fee of {money(r, 90, 600)}/month inclusive of water and trash?")
    b.line(f"- Are pets allowed? We have a small dog named {r.choice(PET_NAMES)} (about 20 lbs).")
    b.line(f"- Has the roof been replaced since the house was built in {r.randint(1962, 2012)}?")
    b.line(f"- Our lender is {r.choice(['Rocket Mortgage', 'Wells Fargo', 'Chase'])}; we're pre-approved up to {money(r, 300000, 900000)}.")
    b.line(f"- We would fly in via {r.choice(['AUS', 'DEN', 'PDX', 'CLT', 'PHX', 'SEA', 'BNA'])} the day before, so a morning slot is ideal.")
    b.line()
    b.line(r.choice(["Thanks so much,", "Best regards,", "Looking forward to hearing from you,"]))
    b.line(PER(buyer.full_mi if r.random() < 0.5 else buyer.full))
    b.line(PHN(phone(r, "US")))
    return b


def k_portal_chat(r):
    b = Builder()
    v, ag = person(r), person(r)
    a = address(r, "US", unit=True)
    h = r.randint(8, 19)
    m = r.randint(0, 40)

    def ts(k):
        return f"[{h:02d}:{m + k:02d}] "
    b.line(f"Conversation {ticket(r, 'CHAT')} -- resident portal messaging -- exported {epoch(r)}")
    b.line(ts(0), "Visitor (", PER(v.full), "): Hi, is the unit at ", ADR(a.one), " still available?")
    b.line(ts(1), "Agent ", PER(ag.first), ": Hi ", PER(v.first), "! Yes it is. Rent is ",
           f"{money(r, 1200, 4200)}/mo, 12-month lease, available {relative(r)}.")
    b.line(ts(2), "Visitor (", PER(v.full), "): Great. Can I tour it on ", DTM(fdt(r, rdate(r), "en", weekday=True)), "?")
    b.line(ts(3), "Agent ", PER(ag.first), ": That works. What's the best number to reach you?")
    b.line(ts(4), "Visitor (", PER(v.full), "): ", PHN(phone(r, "US")), " or email ", EML(email_for(r, v)))
    b.line(ts(5), "Agent ", PER(ag.first), ": Booked! Confirmation ", f"{ticket(r, 'TOUR')}. "
           "Please bring a photo ID. You can also apply online: ", URL(url_portal(r, "/applications/new")))
    b.line(ts(6), "Visitor (", PER(v.full), "): Perfect, thanks! Is parking included?")
    b.line(ts(7), "Agent ", PER(ag.first), f": One assigned spot (P-{r.randint(1, 80)}) is included. See you then!")
    return b


def k_mortgage_application(r):
    b = Builder()
    bor = person(r)
    cur, prev = address(r, "US"), address(r, "US")
    lender, ldom = company(r, "lender")
    emp_name = r.choice(["Brightline Logistics", "Cobalt Health Systems", "Pinecrest Unified School District",
                         "Vantage Analytics LLC", "Riverbend Power & Light"])
    st, dl = driver_license(r, r.choice(["CA", "TX", "FL", "NY", "IL", "WA", "CO"]))
    b.line("UNIFORM RESIDENTIAL LOAN APPLICATION")
    b.line(f"Lender: {lender}        Agency Case No.: {r.randint(100, 999)}-{_d(r, 7)}")
    b.line("Section 1: Borrower Information")
    b.line("1a. Personal Information")
    b.line("Name (First, Middle, Last): ", PER(bor.full_mi))
    b.line("Social Security Number: ", SSN(ssn(r)))
    b.line("Date of Birth (mm/dd/yyyy): ", DOB(fdate(r, rdob(r), "en", style=1)))
    b.line("Citizenship: U.S. Citizen     Marital Status: ", r.choice(["Married", "Unmarried", "Separated"]))
    b.line(f"Dependents: {r.randint(0, 3)}   Ages: {r.randint(2, 17)}")
    b.line("Contact Information: Cell ", PHN(phone(r, "US")), "   Work ", PHN(phone(r, "US")),
           " ext. ", str(r.randint(100, 999)))
    b.line("Email: ", EML(email_for(r, bor)))
    b.line("Current Address: ", ADR(cur.one))
    b.line(f"How long at current address? {r.randint(1, 9)} Years {r.randint(0, 11)} Months   "
           f"Housing: Rent ({money(r, 900, 3500)}/month)")
    b.line("Former Address: ", ADR(prev.one))
    b.line("Driver's License No.: ", DLN(dl))
    b.line("1b. Current Employment/Self-Employment and Income")
    b.line(f"Employer or Business Name: {emp_name}    Phone: ", PHN(phone(r, "US")))
    b.line("Start Date: ", DTM(fdate(r, rdate(r, 2012, 2023), "en", style=1)),
           f"    Base: {money(r, 3500, 16000)}/month   Overtime: {money(r, 0, 900)}")
    b.line("Section 2: Financial Information -- Assets and Liabilities")
    b.line(f"2a. Checking  | {r.choice(['Chase', 'Bank of America', 'US Bank', 'Ally Bank'])} | Account Number ",
           ACC(bank_acct(r)), f" | Cash or Market Value {money(r, 5000, 90000)}")
    b.line(f"2a. Savings   | Account Number ", ACC(bank_acct(r)), f" | {money(r, 1000, 60000)}")
    b.line(f"2c. Liabilities: Auto loan {masked_acct(r)} balance {money(r, 2000, 30000)}; "
           f"student loan {masked_acct(r)}")
    if r.random() < 0.5:
        b.line("Co-Borrower ITIN: ", itin(r), " (Individual Taxpayer Identification Number)")
    b.line("Borrower Signature: ____________________   Date: ", DTM(fdate(r, rdate(r), "en", style=1)))
    return b


def k_closing_disclosure(r):
    b = Builder()
    bor1, bor2, sel, lo = person(r), person(r), person(r), person(r)
    prop = address(r, "US", unit=False)
    bcur = address(r, "US")
    lender, ldom = company(r, "lender")
    agent_co, _ = company(r, "title")
    close = rdate(r)
    b.line("Closing Disclosure" + " " * 30 + "Page 1 of 5")
    b.line("Closing Information")
    b.line("  Date Issued        ", DTM(fdate(r, close - _dt.timedelta(days=r.randint(3, 7)), "en", style=1)))
    b.line("  Closing Date       ", DTM(fdate(r, close, "en", style=1)))
    b.line("  Disbursement Date  ", DTM(fdate(r, close + _dt.timedelta(days=r.randint(0, 3)), "en", style=1)))
    b.line(f"  Settlement Agent   {agent_co}")
    b.line(f"  File #             {escrow_no(r)}")
    b.line("  Property           ", ADR(prop.block.replace("\n", "\n                     ")))
    b.line(f"  Sale Price         {money(r, 250000, 950000)}")
    b.line("Transaction Information")
    if r.random() < 0.6:
        b.line("  Borrower           ", PER(bor1.full), " and ", PER(bor2.full))
    else:
        b.line("  Borrower           ", PER(bor1.full_mi))
    b.line("                     ", ADR(bcur.one))
    b.line("  Seller             ", PER(sel.full))
    b.line(f"  Lender             {lender}")
    b.line("Loan Information")
    b.line(f"  Loan Term 30 years   Purpose Purchase   Product Fixed Rate   Loan Type Conventional")
    b.line(f"  MIC #  {_d(r, 10)}   (mortgage insurance case number)")
    b.line("Loan Terms")
    b.line(f"  Loan Amount  {money(r, 200000, 800000)}   Interest Rate {r.randint(5, 7)}.{r.choice(['125', '25', '375', '5', '625', '875'])}%")
    b.line(f"  Monthly Principal & Interest  {money(r, 1100, 5200)}")
    b.line(f"  Cash to Close  {money(r, 15000, 190000)}")
    b.line("Contact Information")
    b.line("  Loan Officer  ", PER(lo.full), f"   NMLS ID {r.randint(100000, 2400000)}")
    b.line("  Email  ", EML(staff_email(r, lo, ldom)), "   Phone  ", PHN(phone(r, "US")))
    return b


def k_title_commitment(r):
    b = Builder()
    buyer, s1 = person(r), person(r)
    city, st, full, z3, county = r.choice(US_CITIES)
    street = f"{r.randint(100, 9899)} {r.choice(US_STREETS)}"
    one = f"{street}, {city}, {st} {z3}{_d(r, 2)}"
    co, _ = company(r, "title")
    b.line("COMMITMENT FOR TITLE INSURANCE -- SCHEDULE A")
    b.line(f"Issued by {co}          Commitment No.: {escrow_no(r)}")
    b.line("1. Commitment Date: ", DTM(f"{fdate(r, rdate(r), 'en', style=0)} at 8:00 AM"))
    b.line(f"2. Policy to be issued: ALTA Owner's Policy (2021)   Amount: {money(r, 200000, 900000)}")
    b.line("   Proposed Insured: ", PER(buyer.full_mi))
    b.line("3. The estate or interest in the Land is Fee Simple.")
    if r.random() < 0.5:
        b.line("4. Title is, at the Commitment Date, vested in: ", PER(s1.full.upper()), ", a single person")
    else:
        s2 = Person(person(r).first, s1.last, None, "f", s1.culture)
        b.line("4. Title is, at the Commitment Date, vested in: ", PER(s1.full.upper()), " and ",
               PER(s2.full.upper()), ", husband and wife")
    b.line(f"5. The Land is described as follows: Lot {r.randint(1, 40)}, Block {r.randint(1, 12)}, "
           f"{r.choice(['MAPLE RIDGE ESTATES', 'CEDAR CREST ADDITION', 'HARBOR POINT'])} SECTION {r.randint(1, 5)}, "
           f"according to the plat recorded in Document No. {r.randint(2001, 2023)}{_d(r, 6)}, Official Public Records of ",
           LOC(f"{county}, {full}"), ".")
    b.line("   Commonly known as: ", ADR(one))
    b.line(f"   APN: {apn(r)}")
    b.line("SCHEDULE B, PART I -- REQUIREMENTS")
    b.line(f"   a. Release of Deed of Trust recorded ", DTM(fdate(r, rdate(r, 2015, 2022), "en", style=0)),
           f", as Instrument No. {_d(r, 11)}, securing {money(r, 100000, 600000)}.")
    b.line("   b. Payoff statement from the current lender; borrower's affidavit.")
    b.line("SCHEDULE B, PART II -- EXCEPTIONS")
    b.line(f"   1. Taxes for the year {r.randint(2025, 2026)}, not yet due and payable.")
    b.line(f"   2. Utility easement {r.randint(5, 15)} feet wide along the rear lot line as shown on the plat.")
    return b


def k_tenant_application_json(r):
    b = Builder()
    p, ec = person(r), person(r)
    a = address(r, r.choice(["US", "US", "US", "CA"]))
    st, dl = driver_license(r, r.choice(["CA", "TX", "FL", "NY", "WA"]))
    b.line("{")
    b.line(f'  "applicationId": "{uid(r)}",')
    b.line(f'  "createdEpoch": {epoch(r)},')
    b.line(f'  "listing": {{"unit": "{r.randint(1, 4)}{r.choice("ABCD")}", "mls": "{r.randint(1000000, 9999999)}"}},')
    b.line('  "applicant": {')
    b.line('    "firstName": "', PER(p.first), '",')
    b.line('    "lastName": "', PER(p.last), '",')
    b.line('    "dateOfBirth": "', DOB(rdob(r).isoformat()), '",')
    b.line('    "ssn": "', SSN(ssn(r, fmt=r.choice([0, 2]))), '",')
    b.line('    "email": "', EML(email_for(r, p)), '",')
    b.line('    "phone": "', PHN(phone(r, a.cc if a.cc in ("US", "CA") else "US")), '",')
    b.line('    "currentAddress": {')
    b.line('      "line1": "', ADR(a.street), '",')
    b.line('      "city": "', LOC(a.city), '",')
    b.line('      "state": "', LOC(a.region), '",')
    b.line(f'      "postalCode": "{a.postcode}",')
    b.line(f'      "country": "{a.cc}"')
    b.line('    },')
    b.line('    "driversLicense": "', DLN(dl), '",')
    b.line(f'    "monthlyIncome": {r.randint(2800, 16000)},')
    b.line('    "desiredMoveIn": "', DTM(rdate(r).isoformat()), '",')
    b.line(f'    "vehicles": [{{"plate": "{plate(r)}", "vin": "{vin(r)}"}}],')
    b.line(f'    "pets": [{{"type": "{r.choice(["dog", "cat"])}", "name": "{r.choice(PET_NAMES)}", "weightLbs": {r.randint(6, 60)}}}]')
    b.line('  },')
    b.line('  "emergencyContact": {"name": "', PER(ec.full), '", "phone": "', PHN(phone(r, "US")), '"},')
    b.line('  "screeningConsent": true')
    b.add("}")
    return b


def k_lease_agreement(r):
    b = Builder()
    ll, t1, t2 = person(r), person(r), person(r)
    a = address(r, "US", unit=True)
    co, dom = company(r, "pm")
    start = rdate(r)
    end = start + _dt.timedelta(days=r.choice([364, 365, 180]))
    b.line("RESIDENTIAL LEASE AGREEMENT")
    b.line()
    b.line("This Lease is made on ", DTM(fdate(r, start - _dt.timedelta(days=r.randint(5, 30)), "en")),
           " between ", PER(ll.full), " (\"Landlord\"), acting through its agent ", co,
           ", and ", PER(t1.full), " and ", PER(t2.full_mi), " (collectively \"Tenant\").")
    b.line()
    b.line("1. PREMISES. Landlord leases to Tenant the dwelling located at ", ADR(a.one),
           f" (the \"Premises\"), together with parking space P-{r.randint(1, 90)} and storage locker {r.randint(1, 40)}.")
    b.line("2. TERM. The term begins on ", DTM(fdate(r, start, "en")), " and ends on ",
           DTM(fdate(r, end, "en")), ".")
    b.line(f"3. RENT. Tenant shall pay {money(r, 1100, 4800)} per month, due on the 1st. A late fee of "
           f"{money(r, 25, 150)} applies after a grace period of {r.randint(3, 5)} days.")
    b.line(f"4. SECURITY DEPOSIT. {money(r, 500, 5000)}, refundable within 21 days after move-out.")
    b.line("5. NOTICES. Notices to Landlord shall be sent to ", co, ", ", ADR(address(r, "US").one),
           ", or by e-mail to ", EML(role_email(r, dom)), ".")
    b.line(f"6. PETS. One {r.choice(['cat', 'dog'])} (\"{r.choice(PET_NAMES)}\") is permitted; pet rent {money(r, 25, 75)}/month.")
    b.line("7. UTILITIES. Tenant pays electricity and internet; Landlord pays water, sewer and trash.")
    b.line()
    b.line("LANDLORD: ______________________  ", PER(ll.full), "   Date: ", DTM(fdate(r, start, "en", style=1)))
    b.line("TENANT:   ______________________  ", PER(t1.full), "   Date: ", DTM(fdate(r, start, "en", style=1)))
    return b


def k_rent_ledger_csv(r):
    b = Builder()
    prop = f"PRP-{r.randint(1, 999):04d}"
    b.line("property_id,unit,tenant_name,txn_date,description,charge,payment,balance,reference")
    bal = 0.0
    d = _dt.date(r.randint(2024, 2026), r.randint(1, 9), 1)
    for _ in range(r.randint(5, 9)):
        p = person(r)
        unit = f"{r.randint(1, 4)}{r.choice('ABCD')}"
        rent = r.randint(1100, 3600)
        if r.random() < 0.5:
            desc, ch, pay = "Rent", f"{rent:.2f}", ""
            bal += rent
        else:
            desc, ch, pay = r.choice(["ACH payment", "Card payment", "Check #" + _d(r, 4)]), "", f"{rent:.2f}"
            bal -= rent
        nm = p.last_first if r.random() < 0.6 else p.full
        b.line(f"{prop},{unit},\"", PER(nm), "\",", DTM(d.isoformat()),
               f",{desc},{ch},{pay},{bal:.2f},{r.choice(['INV', 'PMT', 'ACH'])}-{_d(r, 6)}")
        d = d + _dt.timedelta(days=r.randint(1, 12))
    return b


def k_maintenance_ticket(r):
    b = Builder()
    t, tech = person(r), person(r)
    a = address(r, "US", unit=True)
    d = rdate(r)
    clk = LogClock(r, d, 1)
    b.line(f"Ticket {ticket(r)}  |  Priority: {r.choice(['High', 'Normal', 'Emergency'])}  |  Category: "
           f"{r.choice(['Plumbing', 'HVAC', 'Electrical', 'Appliance'])}")
    b.line("Opened by: ", PER(t.full), " (Resident)")
    b.line("Property: ", ADR(a.one))
    b.line("Contact: ", PHN(phone(r, "US")), " / ", EML(email_for(r, t)))
    b.line("Description: ", r.choice([
        "Water leaking under the kitchen sink since yesterday, cabinet floor is soft.",
        "AC blowing warm air, thermostat shows 84F. Filter was changed last month.",
        "Dishwasher does not drain; error code E24 on display.",
        "Breaker for the bathroom trips whenever the hair dryer is used."]))
    b.line(f"Permission to enter: Yes. Pet on premises: {r.choice(['cat', 'dog'])} named {r.choice(PET_NAMES)}.")
    b.line("Assigned to: ", PER(tech.full), f" ({r.choice(['Rodriguez & Sons Plumbing', 'Sherwin-Williams', 'Keller Williams', 'in-house'])})")
    b.line("Scheduled visit: ", DTM(fdt(r, d, "en")))
    b.line("Activity log:")
    b.line(f"{clk()} [system] ticket created via resident portal (build {version(r)})")
    b.line(f"{clk()} [system] SMS notification queued, job {uid(r)}")
    b.line(f"{clk()} [dispatch] vendor accepted; ETA {r.randint(1, 4)} hours")
    return b


def k_hoa_meeting_notice(r):
    b = Builder()
    owner, mgr = person(r), person(r)
    hoa = r.choice(["Willow Bend", "Copper Canyon", "Stonebridge", "Lakeview Terrace", "Aspen Grove"])
    co, dom = company(r, "pm")
    oa = address(r, "US")
    mtg = address(r, "US", unit=False)
    b.line(f"{hoa} Homeowners Association")
    b.line(f"c/o {co}")
    b.line(ADR(address(r, "US").block))
    b.line()
    b.line(DTM(fdate(r, rdate(r), "en", style=0)))
    b.line()
    b.line(PER(owner.full))
    b.line(ADR(oa.block))
    b.line()
    b.line("NOTICE OF ANNUAL MEETING OF MEMBERS")
    b.line()
    b.line("Dear ", owner.title(r), " ", PER(owner.last), ",")
    b.line()
    b.line("The annual meeting of the Association will be held on ", DTM(fdt(r, rdate(r), "en", weekday=True)),
           " at the community clubhouse, ", ADR(mtg.one), ". Members may also attend online:")
    b.line("Join: ", URL(meeting_url(r)))
    b.line(f"Meeting ID: {_d(r, 3)} {_d(r, 4)} {_d(r, 4)}")
    b.line("Passcode: ", PWD(passcode(r)))
    b.line()
    b.line(f"Agenda: approval of the {r.randint(2025, 2026)} budget ({money(r, 80000, 400000)}), election of "
           f"{r.randint(2, 3)} directors, pool resurfacing bid. A quorum of {r.randint(10, 30)}% is required.")
    b.line(f"The quarterly assessment of {money(r, 150, 900)} is due on ", DTM(fdate(r, rdate(r), "en")), ".")
    b.line()
    b.line("Questions? Contact ", PER(mgr.full), ", Community Manager, at ", PHN(phone(r, "US")),
           " or ", EML(staff_email(r, mgr, dom)), ".")
    return b


def k_wire_instructions(r):
    b = Builder()
    buyer, off = person(r), person(r)
    esc = escrow_no(r)
    cc = r.choice(["DE", "GB", "FR", "NL", "ES", "IT", "CH"])
    b.line("From: Clearpath Escrow <", EML("wires@clearpathescrow.com"), ">")
    b.line("To: ", EML(email_for(r, buyer)))
    b.line("Date: ", mail_date(r))
    b.line(f"Subject: Wire instructions -- Escrow No. {esc}")
    b.line()
    b.line("Dear ", PER(buyer.full), ",")
    b.line()
    b.line(f"Please wire your closing funds of {money(r, 20000, 400000)} so that they arrive no later than ",
           DTM(fdt(r, rdate(r), "en")), " (Pacific time).")
    b.line()
    b.line("  Beneficiary:   Clearpath Escrow Trust Account")
    b.line(f"  Bank:          {r.choice(['Western Alliance Bank', 'Pacific Premier Bank', 'First Citizens Bank'])}")
    b.line(f"  ABA Routing:   {routing(r)}")
    b.line("  Account No.:   ", ACC(bank_acct(r)))
    b.line(f"  SWIFT/BIC:     {r.choice(BICS[-2:])}")
    b.line(f"  Reference:     {esc} / ", PER(buyer.last.upper()))
    b.line()
    b.line("Our records show the funds will be sent from your account ", IBN(iban(r, cc)),
           f" (BIC {r.choice(BICS)}). If this is not correct, let us know.")
    b.line()
    b.line("WIRE FRAUD WARNING: we will never change these instructions by e-mail. Always call us to verify "
           "at ", PHN(phone(r, "TOLLFREE")), " before sending.")
    b.line()
    b.line(PER(off.full), ", Escrow Officer")
    return b


def k_card_authorization(r):
    b = Builder()
    p = person(r)
    a = address(r, "US")
    co, dom = company(r, "pm")
    exp = _dt.date(r.randint(2026, 2031), r.randint(1, 12), 1)
    b.line(f"{co} -- CREDIT CARD AUTHORIZATION FORM")
    b.line("Purpose: rental application fee and holding deposit")
    b.line()
    b.line("Cardholder Name: ", PER(p.full.upper() if r.random() < 0.4 else p.full))
    pan = card(r)
    b.line(f"Card Type: {card_brand(pan)}")
    b.line("Card Number: ", CCN(pan))
    b.line("Expiration: ", DTM(f"{exp.month:02d}/{exp.year}"))
    b.line("Billing Address: ", ADR(a.one))
    b.line("Phone: ", PHN(phone(r, "US")), "    Email: ", EML(email_for(r, p)))
    b.line()
    b.line(f"I authorize {co} to charge {money(r, 35, 95)} (application fee) and {money(r, 200, 1500)} "
           "(holding deposit) to the card above. The holding deposit is credited toward the first month's rent.")
    b.line()
    b.line("Signature: ______________________    Date: ", DTM(fdate(r, rdate(r), "en", style=1)))
    b.line(f"Office use: batch {r.randint(100, 999)}, terminal {r.randint(1, 9)}, prior card on file {masked_card(r)}")
    return b


# --------------------------------------------------------------------------
# Document kinds -- English, part 2 (IT plumbing of property software)
# --------------------------------------------------------------------------
def k_pm_env_config(r):
    b = Builder()
    co, dom = company(r, "pm")
    b.line(f"# {co} resident portal -- production environment")
    b.line(f"# generated by deploy-bot {version(r)} (commit {sha(r)[:12]})")
    b.line("APP_ENV=production")
    b.line(f"APP_VERSION={version(r)}")
    b.line("DATABASE_URL=postgres://portal_app:", PWD(password(r).replace("@", "#")), "@",
           IPA(ipv4(r)), f":5432/residents")
    b.line("REDIS_HOST=", IPA(ipv4(r)))
    b.line("REDIS_PORT=6379")
    b.line("AWS_ACCESS_KEY_ID=", AKID(aws_key(r)))
    b.line("AWS_SECRET_ACCESS_KEY=", ASEC(aws_secret(r)))
    b.line("AWS_REGION=us-east-2")
    b.line(f"S3_BUCKET_LISTING_PHOTOS={dom.split('.')[0]}-listing-media-prod")
    if r.random() < 0.7:
        b.line("STRIPE_SECRET_KEY=", STK(stripe_key(r)))
        b.line("STRIPE_WEBHOOK_SECRET=", GSEC("whsec_" + _rs(r, 32)))
    else:
        b.line("STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}")
    b.line("SLACK_BOT_TOKEN=", SLK(slack_token(r)))
    b.line("SLACK_ALERT_CHANNEL=#pm-alerts")
    b.line("SCREENING_API_KEY=", GSEC(generic_secret(r)))
    b.line("MAPS_API_KEY=${MAPS_API_KEY}")
    b.line("SUPPORT_EMAIL=", EML(role_email(r, dom)))
    b.line("PUBLIC_BASE_URL=", URL(f"https://portal.{dom}"))
    b.line(f"SESSION_TTL_SECONDS={r.choice([1800, 3600, 7200])}")
    b.line(f"FEATURE_FLAGS=autopay,renters_insurance,{r.choice(['smart_locks', 'package_lockers'])}")
    return b


def k_portal_api_log(r):
    b = Builder()
    d = rdate(r)
    clk = LogClock(r, d, 0)
    users = [person(r) for _ in range(3)]
    for i in range(r.randint(6, 9)):
        u = r.choice(users)
        lvl = r.choice(["INFO ", "INFO ", "DEBUG", "WARN "])
        host = ip(r)
        pick = r.randrange(5)
        if pick == 0:
            b.line(f"{clk()} {lvl} http  ", IPA(host), f" POST /api/v2/auth/token 200 {r.randint(80, 900)}ms user=",
                   EML(email_for(r, u)))
        elif pick == 1:
            b.line(f"{clk()} {lvl} auth  req={uid(r)} Authorization: Bearer ",
                   JWTE(jwt(r, {"sub": str(r.randint(10000, 99999)), "role": "resident"})))
        elif pick == 2:
            b.line(f"{clk()} {lvl} pay   autopay scheduled for unit_id={r.randint(10000, 99999)} "
                   f"amount={money(r, 900, 4000)} card={masked_card(r)}")
        elif pick == 3:
            b.line(f"{clk()} {lvl} http  ", IPA(host), f" GET /api/v2/units/{r.randint(100, 999)}/ledger "
                   f"403 {r.randint(5, 90)}ms ua=\"Mozilla/5.0\"")
        else:
            b.line(f"{clk()} {lvl} mail  password reset link sent to ", EML(email_for(r, u)),
                   f" (template v{version(r)})")
    return b


def k_github_workflow(r):
    b = Builder()
    b.line("name: deploy-listing-sync")
    b.line("on:")
    b.line("  push:")
    b.line("    branches: [main]")
    b.line("env:")
    b.line(f"  NODE_VERSION: \"{r.randint(18, 22)}.{r.randint(0, 12)}.{r.randint(0, 9)}\"")
    b.line("  AWS_REGION: us-west-2")
    b.line("jobs:")
    b.line("  deploy:")
    b.line("    runs-on: ubuntu-latest")
    b.line("    steps:")
    b.line("      - uses: actions/checkout@v4")
    b.line("      - name: Configure AWS credentials")
    b.line("        uses: aws-actions/configure-aws-credentials@v4")
    b.line("        with:")
    if r.random() < 0.5:
        b.line("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}")
        b.line("          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}")
    else:
        b.line("          aws-access-key-id: ", AKID(aws_key(r)), "   # FIXME rotate + move to secrets")
        b.line("          aws-secret-access-key: ", ASEC(aws_secret(r)))
    b.line("      - name: Publish listings feed")
    b.line("        env:")
    b.line("          GH_TOKEN: ", GHT(gh_token(r)), "   # temporary, see INFRA-" + str(r.randint(100, 999)))
    b.line("          MLS_FEED_KEY: ${{ secrets.MLS_FEED_KEY }}")
    b.line("          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}")
    b.line(f"        run: ./scripts/publish.sh --since-commit {sha(r)} --batch {r.randint(100, 900)}")
    b.line("      - name: Notify")
    b.line("        if: failure()")
    b.line("        run: echo \"deploy failed for ${GITHUB_SHA}\"")
    return b


def k_k8s_secret(r):
    b = Builder()
    pw = password(r)
    b.line("apiVersion: v1")
    b.line("kind: Secret")
    b.line("metadata:")
    b.line(f"  name: {r.choice(['rent-payments', 'tenant-screening', 'listing-sync', 'e-notary'])}-credentials")
    b.line(f"  namespace: {r.choice(['payments', 'portal', 'integrations'])}")
    b.line(f"  uid: {uid(r)}")
    b.line(f"  resourceVersion: \"{r.randint(100000, 9999999)}\"")
    b.line(f"  creationTimestamp: \"{log_ts(r, None, 0)[:19]}Z\"")
    b.line("type: Opaque")
    b.line("data:")
    b.line("  DB_USER: ", base64.b64encode(b"portal_app").decode())
    b.line("  DB_PASSWORD: ", PWD(base64.b64encode(pw.encode()).decode()))
    b.line("  STRIPE_API_KEY: ", GSEC(base64.b64encode(stripe_key(r).encode()).decode()))
    b.line("  SCREENING_CLIENT_SECRET: ", GSEC(base64.b64encode(generic_secret(r).encode()).decode()))
    b.line("  SMTP_PASSWORD: ", PWD(base64.b64encode(password(r).encode()).decode()))
    return b


def k_notary_journal(r):
    b = Builder()
    nt, sg = person(r), person(r)
    a = address(r, "US")
    st, dl = driver_license(r, r.choice(["CA", "TX", "FL", "NY", "IL", "CO"]))
    stname = {"CA": "California", "TX": "Texas", "FL": "Florida", "NY": "New York",
              "IL": "Illinois", "CO": "Colorado"}[st]
    d = rdate(r)
    b.line(f"NOTARY PUBLIC JOURNAL -- Entry No. {d.year}-{r.randint(1, 999):04d}")
    b.line("Notary: ", PER(nt.full), f"    Commission No. {r.randint(1000000, 9999999)}")
    b.line("Commission Expires: ", DTM(fdate(r, rdate(r, 2026, 2029), "en", style=1)))
    b.line("Date/Time of Notarization: ", DTM(fdt(r, d, "en", weekday=False)))
    b.line(f"Type of Act: {r.choice(['Acknowledgment', 'Jurat', 'Copy certification'])}")
    b.line(f"Document: {r.choice(['Grant Deed', 'Deed of Trust', 'Power of Attorney', 'Quitclaim Deed'])} dated ",
           DTM(fdate(r, d, "en")))
    b.line("Signer: ", PER(sg.full_mi))
    b.line("Signer Address: ", ADR(a.one))
    b.line("Identification: Driver's License, State of ", LOC(stname), ", No. ", DLN(dl),
           ", exp. ", DTM(fdate(r, rdate(r, 2026, 2031), "en", style=1)))
    b.line("Signer phone: ", PHN(phone(r, "US")))
    b.line(f"Fee charged: {money(r, 10, 25)}    Travel fee: {money(r, 0, 75)}")
    b.line("Signature of signer: _______________   Right thumbprint: on file")
    if r.random() < 0.5:
        w = person(r)
        b.line("Credible witness: ", PER(w.full), ", ", ADR(address(r, "US").one))
    return b


def k_ron_session_log(r):
    b = Builder()
    nt, sg = person(r), person(r)
    d = rdate(r)
    clk = LogClock(r, d, 0)
    sid = uid(r)
    st, dl = driver_license(r, r.choice(["TX", "FL", "CO", "WA"]))
    b.line(f"RON AUDIT TRAIL -- session {sid} -- platform build {version(r)}")
    b.line(f"{clk()} session.created notary=", EML(staff_email(r, nt, "notarysuite.com")),
           f" commission={r.randint(100000, 999999)}")
    b.line(f"{clk()} participant.joined role=signer name=\"", PER(sg.full), "\" ip=", IPA(ip(r)))
    b.line(f"{clk()} participant.joined role=notary name=\"", PER(nt.full), "\" ip=", IPA(ipv4(r)))
    b.line(f"{clk()} kba.passed attempts=1 score={r.randint(80, 100)}")
    b.line(f"{clk()} credential.analysis type=drivers_license number=", DLN(dl), " result=pass")
    b.line(f"{clk()} document.signed doc=\"Deed of Trust\" pages={r.randint(8, 24)} hash=sha256:{sha(r, 64)}")
    b.line(f"{clk()} recording.stored url=", URL(f"https://vault.notarysuite.com/recordings/{sid}?v=1"))
    b.line(f"{clk()} session.closed duration={r.randint(9, 45)}m")
    return b


def k_screening_consent(r):
    b = Builder()
    p = person(r)
    a1, a2 = address(r, "US"), address(r, "US")
    co, _ = company(r, "pm")
    st, dl = driver_license(r, r.choice(["CA", "TX", "NY", "IL", "FL"]))
    b.line("AUTHORIZATION TO OBTAIN CONSUMER REPORT (TENANT SCREENING)")
    b.line()
    b.line(f"I authorize {co} and its screening vendor to obtain a consumer credit report, eviction history "
           "and criminal background check in connection with my rental application.")
    b.line()
    b.line("Full legal name: ", PER(p.full_mi))
    b.line("Other names used: ", PER(f"{p.first} {r.choice(NAMES['en'][2])}") if r.random() < 0.4 else "none")
    if r.random() < 0.2:
        b.line(f"Social Security Number: none -- ITIN provided: {itin(r)}")
    else:
        b.line("Social Security Number: ", SSN(ssn(r)))
    b.line("Date of birth: ", DOB(fdate(r, rdob(r), "en", style=r.choice([0, 1]))))
    b.line("Driver's license #: ", DLN(dl))
    b.line("Current address: ", ADR(a1.one))
    b.line("Previous address (if less than 2 years): ", ADR(a2.one))
    b.line("Phone: ", PHN(phone(r, "US")))
    b.line()
    b.line("Signature: ____________________   Date: ", DTM(fdate(r, rdate(r), "en", style=1)))
    b.line(f"Form TSC-{r.randint(10, 99)} rev. {r.randint(2019, 2024)}")
    return b


def k_accommodation_letter(r):
    b = Builder()
    pt, dr = person(r), person(r)
    clinic = r.choice(["Riverside Behavioral Health", "Cedar Valley Family Medicine",
                       "Northgate Physical Therapy", "Lakeshore Counseling Associates"])
    ca = address(r, "US", unit=False)
    co, _ = company(r, "pm")
    cred = r.choice(["PsyD", "MD", "LCSW", "DO", "PhD"])
    b.line(clinic)
    b.line(ADR(ca.block))
    b.line("Tel ", PHN(phone(r, "US")), "   Fax ", PHN(phone(r, "US")))
    b.line()
    b.line(DTM(fdate(r, rdate(r), "en", style=0)))
    b.line()
    b.line(f"To: {co} -- Leasing Office")
    b.line("Re: Request for reasonable accommodation -- ", PER(pt.full), " (DOB ", DOB(fdate(r, rdob(r), "en", style=1)),
           ", MRN ", MRN(mrn(r)), ")")
    b.line()
    b.line("To whom it may concern,")
    b.line()
    b.line(PER(pt.first), " has been under my care since ", DTM(fdate(r, rdate(r, 2019, 2024), "en")),
           " and has a disability as defined by the Fair Housing Act. I recommend, as a reasonable "
           f"accommodation, that {'he' if pt.gender == 'm' else 'she'} be permitted to keep an emotional support "
           f"{r.choice(['cat', 'dog'])} named {r.choice(PET_NAMES)} in the apartment despite the building's no-pet "
           f"policy, and that the pet deposit be waived. (Diagnosis on file: ICD-10 {r.choice(['F43.10', 'F41.1', 'F32.1', 'G35'])}.)")
    b.line()
    b.line("Insurance on file: ", r.choice(["Aetna", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield"]),
           ", member ID ", HPN(health_plan(r)), f", group {r.randint(100000, 999999)}.")
    b.line("Please contact my office with any questions.")
    b.line()
    b.line("Sincerely,")
    b.line(r.choice(["Dr. ", ""]), PER(dr.full), f", {cred}")
    b.line(f"NPI {r.randint(1000000000, 1999999999)}")
    return b


def k_hardship_letter(r):
    b = Builder()
    bo, sp = person(r), person(r)
    a = address(r, "US", unit=False)
    servicer = r.choice(["Meridian Home Loans", "Stonegate Home Lending", "Northfield Mortgage Co."])
    b.line(DTM(fdate(r, rdate(r), "en", style=0)))
    b.line()
    b.line(servicer)
    b.line("Loss Mitigation Department")
    city, stt, _f, z3, _c = r.choice(US_CITIES)
    b.line(ADR(f"P.O. Box {r.randint(1000, 99999)}\n{city}, {stt} {z3}{_d(r, 2)}"))
    b.line()
    b.line("RE: Hardship letter -- Account Number ", ACC(bank_acct(r)))
    b.line("Property address: ", ADR(a.one))
    b.line("Borrower: ", PER(bo.full), "    Co-borrower: ", PER(sp.full))
    b.line()
    b.line("To whom it may concern,")
    b.line()
    b.line("I am writing to request a loan modification. On ", DTM(fdate(r, rdate(r), "en")), " my spouse ",
           PER(sp.first), f" was admitted to {r.choice(['St. Luke Regional Medical Center', 'Mercy General Hospital', 'Valley Children’s Hospital'])} "
           "(medical record ", MRN(mrn(r)), f") and spent {r.randint(2, 6)} weeks in treatment. Although our "
           f"plan covered part of it (member ID ", HPN(health_plan(r)), f"), we still owe {money(r, 8000, 60000)} "
           f"in out-of-pocket costs, plus {r.choice(['Humira', 'Eliquis', 'insulin (Lantus)', 'Ozempic'])} at "
           f"{money(r, 300, 1200)} a month, and I reduced my hours by {r.randint(20, 50)}%.")
    b.line()
    b.line(f"We have paid on time for {r.randint(3, 12)} years and want to keep our home. Our income is now "
           f"stable again and we can afford a payment of about {money(r, 1200, 3000)} per month.")
    b.line()
    b.line("I can be reached at ", PHN(phone(r, "US")), " or ", EML(email_for(r, bo)), ".")
    b.line()
    b.line("Sincerely,")
    b.line(PER(bo.full))
    return b


def k_sms_thread(r):
    b = Builder()
    c, ag, sp = person(r), person(r), person(r)
    a = address(r, "US")
    ph = phone(r, "US", intl=True)
    b.line("Messages with ", PHN(ph), " (", PER(c.first), " -- buyer)")
    h = r.randint(8, 17)
    b.line(f"{h:02d}:02  ", PER(c.first), ": Hey it's ", PER(c.first), ", are we still on for the final walkthrough?")
    b.line(f"{h:02d}:05  Me: Yes! ", DTM(fdt(r, rdate(r), "en")), " at ", ADR(a.one), ".")
    b.line(f"{h:02d}:06  Me: Lockbox code is ", PWD(_d(r, 4)), ", key is on the hook by the garage door.")
    b.line(f"{h:02d}:09  ", PER(c.first), ": Cool. My ", {"m": "husband", "f": "wife"}[sp.gender], " ", PER(sp.first),
           " will join, their cell is ", PHN(phone(r, "US")))
    b.line(f"{h:02d}:10  Me: Perfect. Also, closing moved to ", DTM(fdate(r, rdate(r), "en", style=4)),
           ", title will email you.")
    b.line(f"{h:02d}:12  ", PER(c.first), ": Thanks, see you then!")
    b.line(f"{h:02d}:30  Me: -- ", PER(ag.full), ", ", company(r, "broker")[0])
    return b


def k_vcard_agent(r):
    b = Builder()
    p = person(r)
    a = address(r, "US", unit=False)
    co, dom = company(r, "broker")
    mi = p.mi or r.choice("ABCDEJLMR")
    b.line("BEGIN:VCARD")
    b.line("VERSION:3.0")
    b.line("N:", PER(f"{p.last};{p.first};{mi}"), ";;")
    b.line("FN:", PER(f"{p.first} {mi}. {p.last}"))
    b.line(f"ORG:{co}")
    b.line(f"TITLE:{r.choice(['Listing Agent', 'Broker Associate', 'Leasing Consultant', 'Loan Officer'])}")
    b.line("TEL;TYPE=CELL:", PHN(phone(r, "US", intl=True)))
    b.line("TEL;TYPE=WORK,VOICE:", PHN(phone(r, "US")))
    b.line("EMAIL;TYPE=INTERNET:", EML(staff_email(r, p, dom)))
    b.line("ADR;TYPE=WORK:;;", ADR(f"{a.street};{a.city};{a.region};{a.postcode};USA"))
    b.line("URL:", URL(f"https://www.{dom}/agents/{fold(p.first).lower()}-{r.randint(100, 999)}"))
    b.line("BDAY:", DOB(rdob(r).isoformat()))
    b.line(f"NOTE:DRE License #{r.randint(1000000, 2999999)}")
    b.line(f"REV:{ics_stamp(r)}")
    b.add("END:VCARD")
    return b


def k_ics_open_house(r):
    b = Builder()
    host, att = person(r), person(r)
    a = address(r, "US", unit=False)
    co, dom = company(r, "broker")
    d = rdate(r)
    h = r.randint(10, 14)
    tz = r.choice(["America/Chicago", "America/Denver", "America/New_York", "America/Los_Angeles"])
    b.line("BEGIN:VCALENDAR")
    b.line(f"PRODID:-//{co}//Showings {version(r)}//EN")
    b.line("BEGIN:VEVENT")
    b.line(f"UID:{uid(r)}")
    b.line(f"DTSTAMP:{ics_stamp(r)}")
    b.line(f"CREATED:{ics_stamp(r)}")
    b.line(f"DTSTART;TZID={tz}:", DTM(f"{d.year}{d.month:02d}{d.day:02d}T{h:02d}0000"))
    b.line(f"DTEND;TZID={tz}:", DTM(f"{d.year}{d.month:02d}{d.day:02d}T{h + 2:02d}0000"))
    b.line("SUMMARY:Open House -- ", r.choice(["3 bed craftsman", "updated ranch", "corner-lot townhome"]))
    b.line("LOCATION:", ADR(a.one.replace(",", "\\,")))
    b.line("ORGANIZER;CN=", PER(host.full), ":mailto:", EML(staff_email(r, host, dom)))
    b.line("ATTENDEE;CN=", PER(att.full), ";RSVP=TRUE:mailto:", EML(email_for(r, att)))
    b.line("DESCRIPTION:Hosted by ", PER(host.first), ". Call ", PHN(phone(r, "US")),
           " on arrival. Listing: ", URL(url_listing(r, "www." + dom)))
    b.line(f"LAST-MODIFIED:{ics_stamp(r)}")
    b.line("SEQUENCE:0")
    b.line("END:VEVENT")
    b.add("END:VCALENDAR")
    return b


# --------------------------------------------------------------------------
# Document kinds -- English, part 3
# --------------------------------------------------------------------------
def k_credit_report(r):
    b = Builder()
    p = person(r)
    co, _ = company(r, "pm")
    city, st, full, _z, _c = r.choice(US_CITIES)
    b.line(f"TENANT SCREENING REPORT                  Report ID {uid(r)}")
    b.line(f"Requested by: {co}     Order #: ORD-{_d(r, 7)}")
    b.line("Applicant: ", PER(p.upper))
    b.line("SSN: ", SSN(ssn(r, fmt=0)), "      DOB: ", DOB(fdate(r, rdob(r), "en", style=1)))
    if r.random() < 0.5:
        b.line("Also known as: ", PER(f"{p.first.upper()} {r.choice(NAMES['en'][2]).upper()}"))
    b.line("ADDRESS HISTORY")
    for _ in range(r.randint(2, 3)):
        b.line("  ", ADR(address(r, "US").one.upper()), "   first reported ",
               DTM(fdate(r, rdate(r, 2015, 2024), "en", style=1)))
    b.line("TRADELINES")
    for lender in r.sample(["CAPITAL ONE", "SYNCHRONY/AMAZON", "NAVIENT", "DISCOVER BANK", "TOYOTA MOTOR CREDIT"], 3):
        b.line(f"  {lender:<22} acct {masked_acct(r):<12} bal {money(r, 0, 30000):>12}  {r.choice(['PAYS AS AGREED', '30 DAYS LATE x1', 'CLOSED'])}")
    b.line("EVICTION SEARCH: no filings found in ", LOC(full), f" (searched {r.randint(5, 10)} years)")
    b.line(f"CREDIT SCORE: {r.randint(560, 820)}   RECOMMENDATION: {r.choice(['ACCEPT', 'ACCEPT WITH CONDITIONS', 'REVIEW'])}")
    return b


def k_utility_transfer(r):
    b = Builder()
    p = person(r)
    a1, a2 = address(r, "US"), address(r, "US")
    d = rdate(r)
    b.line(f"{r.choice(['Riverbend Power & Light', 'Metro Water Utility', 'Sunstate Gas'])} -- Start/Stop/Transfer Service")
    b.line(f"Confirmation #: {ticket(r, 'SVC')}")
    b.line("Customer: ", PER(p.full))
    b.line("Account Number: ", ACC(util_acct(r)))
    b.line("Stop service at: ", ADR(a1.one))
    b.line("Stop date: ", DTM(fdate(r, d, "en")))
    b.line("Start service at: ", ADR(a2.one))
    b.line("Start date: ", DTM(fdate(r, d + _dt.timedelta(days=1), "en")))
    b.line("Best contact number: ", PHN(phone(r, "US")), "    Email: ", EML(email_for(r, p)))
    b.line(f"ID verification: last 4 of SSN ({_d(r, 4)}) verified by agent #{r.randint(100, 999)}")
    b.line(f"Deposit required: $0.00 ({r.randint(12, 36)} months of good payment history)")
    b.line(f"Paperless billing: enrolled; autopay from checking {masked_acct(r)}")
    return b


def k_insurance_binder(r):
    b = Builder()
    i1, i2, ag = person(r), person(r), person(r)
    a = address(r, "US", unit=False)
    lender = r.choice(["Meridian Home Loans", "Stonegate Home Lending", "Northfield Mortgage Co."])
    d = rdate(r)
    city, st, _f, z3, _c = r.choice(US_CITIES)
    b.line("EVIDENCE OF PROPERTY INSURANCE / BINDER")
    b.line(f"Agency: {r.choice(['Hearthstone Insurance Agency', 'Keystone Insurance Group'])}   Agent: ",
           PER(ag.full), "   Phone ", PHN(phone(r, "US")))
    b.line(f"Carrier: {r.choice(['State Farm', 'Allstate', 'Travelers', 'Liberty Mutual'])}   "
           f"Policy No.: HO3-{_d(r, 8)}")
    b.line("Effective: ", DTM(f"{fdate(r, d, 'en', style=1)} 12:01 AM"),
           "    Expiration: ", DTM(f"{fdate(r, d.replace(year=d.year + 1) if not (d.month == 2 and d.day == 29) else d, 'en', style=1)} 12:01 AM"))
    b.line("Named Insured: ", PER(i1.full), " and ", PER(i2.full))
    b.line("Property location: ", ADR(a.one))
    b.line(f"Coverage A Dwelling {money(r, 200000, 900000)}   Coverage C Personal Property {money(r, 50000, 300000)}")
    b.line(f"Deductible (all perils) {money(r, 1000, 5000)}   Wind/Hail {r.randint(1, 2)}%")
    b.line(f"Mortgagee: {lender} ISAOA/ATIMA, ", ADR(f"P.O. Box {r.randint(1000, 99999)}, {city}, {st} {z3}{_d(r, 2)}"))
    b.line("Loan account number: ", ACC(_d(r, 10)))
    b.line(f"Annual premium: {money(r, 900, 5000)}  (paid from escrow)")
    return b


def k_rent_receipt_email(r):
    b = Builder()
    t = person(r)
    a = address(r, "US", unit=True)
    co, dom = company(r, "pm")
    b.line(f"From: {co} <", EML(f"no-reply@{dom}"), ">")
    b.line("To: ", EML(email_for(r, t)))
    b.line("Date: ", mail_date(r))
    amt = money(r, 900, 4200)
    b.line(f"Subject: Payment received -- {amt}")
    b.line()
    b.line("Hi ", PER(t.first), ",")
    b.line()
    b.line(f"We received your payment of {amt} on ", DTM(fdate(r, rdate(r), "en")), " for ", ADR(a.one), ".")
    b.line(f"Payment method: {r.choice(['Visa', 'Mastercard', 'Debit'])} {masked_card(r)}")
    b.line(f"Confirmation: PMT-{_d(r, 8)}")
    b.line(f"Transaction ID: {uid(r)}")
    b.line(f"Processor reference: {luhn_bad16(r).replace(' ', '')}")
    b.line()
    b.line("Your remaining balance is $0.00. View your ledger at ", URL(url_portal(r, "/ledger")), ".")
    b.line(f"Autopay is {r.choice(['ON', 'OFF'])}. Next charge scheduled for ", DTM(fdate(r, rdate(r), "en")), ".")
    b.line()
    b.line("Questions? Call the leasing office at ", PHN(phone(r, "US")), " (Monday to Friday, ",
           DTM("9:00 AM"), " - ", DTM("6:00 PM"), ").")
    return b


def k_eviction_notice(r):
    b = Builder()
    t1, t2, ag, srv = person(r), person(r), person(r), person(r)
    a = address(r, "US", unit=True)
    d = rdate(r)
    b.line("THREE-DAY NOTICE TO PAY RENT OR QUIT")
    b.line()
    b.line("To: ", PER(t1.full), ", ", PER(t2.full), ", and all other occupants in possession")
    b.line("Premises: ", ADR(a.one))
    b.line()
    start = d.replace(day=1)
    b.line("NOTICE IS HEREBY GIVEN that rent is past due for the period ", DTM(fdate(r, start, "en", style=1)),
           " through ", DTM(fdate(r, start + _dt.timedelta(days=27), "en", style=1)),
           f" in the amount of {money(r, 900, 4200)}.")
    b.line()
    b.line("Within three (3) days after service of this notice, excluding weekends and court holidays, you "
           "are required to pay the rent in full to ", PER(ag.full), " at ", ADR(address(r, "US").one),
           ", telephone ", PHN(phone(r, "US")), ", between ", DTM("9:00 AM"), " and ", DTM("5:00 PM"),
           ", Monday through Friday, or to deliver up possession of the premises.")
    b.line()
    b.line("Dated: ", DTM(fdate(r, d, "en")))
    b.line(PER(ag.full), ", Agent for Owner")
    b.line()
    b.line("PROOF OF SERVICE: served by posting and mailing on ", DTM(fdate(r, d, "en", style=1)), " by ", PER(srv.full), ".")
    return b


def k_commission_statement(r):
    b = Builder()
    ag, br = person(r), person(r)
    a = address(r, "US", unit=False)
    price = r.randint(250000, 1200000)
    b.line("COMMISSION DISBURSEMENT AUTHORIZATION")
    b.line(f"Brokerage: {company(r, 'broker')[0]}      File: {escrow_no(r)}")
    b.line("Agent: ", PER(ag.full), f"    RE License #: {_d(r, 8)}")
    b.line("Property: ", ADR(a.one))
    b.line("Closing date: ", DTM(fdate(r, rdate(r), "en", style=1)))
    b.line(f"Sales price: ${price:,.2f}    Gross commission (2.5%): ${price * 0.025:,.2f}")
    b.line(f"Split 70/30; transaction fee {money(r, 195, 495)}; E&O {money(r, 50, 150)}")
    b.line(f"Net to agent: ${price * 0.025 * 0.7 - 400:,.2f}")
    b.line()
    b.line(f"Pay by ACH -- Bank: {r.choice(['Chase', 'US Bank', 'Truist', 'PNC'])}   Routing: {routing(r)}   Account: ",
           ACC(bank_acct(r)))
    b.line()
    b.line("Approved: ", PER(br.full), ", Managing Broker    ", DTM(fdate(r, rdate(r), "en", style=1)))
    return b


def k_property_tax_bill(r):
    b = Builder()
    o1 = person(r)
    city, st, full, z3, county = r.choice(US_CITIES)
    ma = address(r, "US")
    yr = r.randint(2024, 2026)
    b.line(f"COUNTY TAX ASSESSOR-COLLECTOR -- {yr} PROPERTY TAX STATEMENT")
    b.line("Taxing jurisdiction: ", LOC(f"{county}, {full}"))
    b.line(f"Parcel ID: {apn(r)}      Statement #: {_d(r, 9)}")
    b.line()
    b.line(PER(o1.upper))
    b.line(ADR(ma.block.upper()))
    b.line()
    b.line("Property address: ", ADR(f"{r.randint(100, 9899)} {r.choice(US_STREETS)}, {city}, {st} {z3}{_d(r, 2)}"))
    b.line(f"Legal description: LOT {r.randint(1, 40)} BLK {r.choice('ABCDEF')} {r.choice(['OAK HOLLOW', 'WILLOW BEND', 'STONEBRIDGE'])} PH {r.randint(1, 4)}")
    land, imp = r.randint(60000, 400000), r.randint(150000, 700000)
    b.line(f"Land value ${land:,}   Improvement value ${imp:,}   Homestead exemption $100,000")
    b.line(f"Total amount due: {money(r, 2500, 18000)}")
    b.line("Due date: ", DTM(fdate(r, _dt.date(yr, 12, 31) if r.random() < 0.5 else rdate(r), "en")),
           "    Delinquent after: ", DTM(fdate(r, _dt.date(yr + 1, 1, 31), "en")))
    b.line("Pay online: ", URL(f"https://tax.{fold(county).lower().replace(' ', '')}.gov/pay?parcel={_d(r, 9)}"),
           "  or call ", PHN(phone(r, "US")))
    return b


def k_rent_roll_fixed(r):
    b = Builder()
    b.line(f"RENT ROLL -- {r.choice(['Oakline Apartments', 'Ironwood Residential', 'Lantern Court'])}   "
           f"report run #{r.randint(1000, 9999)}")
    b.line("UNIT  TENANT                      LEASE START  LEASE END    RENT       DEPOSIT   STATUS")
    b.line("----  --------------------------  -----------  -----------  ---------  --------  -------")
    for i in range(r.randint(5, 10)):
        p = person(r)
        nm = p.last_first
        if len(nm) > 26:
            nm = p.last.split(" ")[0] + ", " + p.first
        s = rdate(r, 2023, 2025)
        e = s + _dt.timedelta(days=364)
        rent = r.randint(950, 3900)
        unit = f"{r.randint(1, 4)}{r.randint(0, 2)}{r.randint(1, 9)}"
        if r.random() < 0.12:
            b.line(f"{unit:<6}{'VACANT':<28}{'':<13}{'':<13}{rent:>9,.2f}  {'':>8}  MKT-RDY")
            continue
        b.add(f"{unit:<6}", PER(nm), " " * (28 - len(nm)))
        b.line(DTM(s.strftime("%m/%d/%Y")), "   ", DTM(e.strftime("%m/%d/%Y")),
               f"   {rent:>9,.2f}  {rent:>8,.2f}  {r.choice(['CURRENT', 'CURRENT', 'NOTICE', 'LATE'])}")
    b.line(f"Total units: {i + 1}   Occupancy: {r.randint(85, 99)}%")
    return b


def k_lead_export_tsv(r):
    b = Builder()
    b.line("lead_id\tcreated_epoch\tname\temail\tphone\tsearch_city\tbudget\tsource")
    for _ in range(r.randint(4, 8)):
        p = person(r)
        b.line(f"L-{_d(r, 6)}\t{epoch(r)}\t", PER(p.full), "\t", EML(email_for(r, p)), "\t",
               PHN(phone(r, "US")), "\t", LOC(city_loc(r, "US", style=r.choice([0, 1]))),
               f"\t{r.randint(200, 1500)}000\t{r.choice(['Zillow', 'Realtor.com', 'Open house', 'Referral', 'Facebook'])}")
    return b


def k_mismo_xml(r):
    b = Builder()
    p = person(r)
    cur = address(r, "US")
    prop = address(r, "US", unit=False)
    b.line('<?xml version="1.0" encoding="UTF-8"?>')
    b.line('<MESSAGE xmlns="', URL("http://www.mismo.org/residential/2009/schemas"), '" MISMOReferenceModelIdentifier="3.4.0">')
    b.line(f'  <ABOUT_VERSIONS><ABOUT_VERSION><CreatedDatetime>{log_ts(r, None, 0)}</CreatedDatetime></ABOUT_VERSION></ABOUT_VERSIONS>')
    b.line("  <DEAL><COLLATERALS><COLLATERAL><SUBJECT_PROPERTY><ADDRESS>")
    b.line("    <AddressLineText>", ADR(prop.street), "</AddressLineText>")
    b.line("    <CityName>", LOC(prop.city), "</CityName>")
    b.line("    <StateCode>", LOC(prop.region), "</StateCode>")
    b.line(f"    <PostalCode>{prop.postcode}</PostalCode>")
    b.line("  </ADDRESS></SUBJECT_PROPERTY></COLLATERAL></COLLATERALS>")
    b.line('  <PARTIES><PARTY SequenceNumber="1"><INDIVIDUAL><NAME>')
    b.line("    <FirstName>", PER(p.first), "</FirstName>")
    b.line("    <LastName>", PER(p.last), "</LastName>")
    b.line("  </NAME><CONTACT_POINTS><CONTACT_POINT><CONTACT_POINT_TELEPHONE>")
    b.line("    <ContactPointTelephoneValue>", PHN(re.sub(r"\D", "", phone(r, "US", intl=False))),
           "</ContactPointTelephoneValue>")
    b.line("  </CONTACT_POINT_TELEPHONE></CONTACT_POINT><CONTACT_POINT><CONTACT_POINT_EMAIL>")
    b.line("    <ContactPointEmailValue>", EML(email_for(r, p)), "</ContactPointEmailValue>")
    b.line("  </CONTACT_POINT_EMAIL></CONTACT_POINT></CONTACT_POINTS></INDIVIDUAL>")
    b.line("  <ROLES><ROLE><BORROWER><BORROWER_DETAIL>")
    b.line("    <BorrowerBirthDate>", DOB(rdob(r).isoformat()), "</BorrowerBirthDate>")
    b.line("  </BORROWER_DETAIL><RESIDENCES><RESIDENCE><ADDRESS>")
    b.line("    <AddressLineText>", ADR(cur.street), "</AddressLineText><CityName>", LOC(cur.city),
           "</CityName><StateCode>", LOC(cur.region), f"</StateCode><PostalCode>{cur.postcode}</PostalCode>")
    b.line("  </ADDRESS></RESIDENCE></RESIDENCES></BORROWER></ROLE></ROLES>")
    b.line("  <TAXPAYER_IDENTIFIERS><TAXPAYER_IDENTIFIER><TaxpayerIdentifierType>SocialSecurityNumber</TaxpayerIdentifierType>")
    b.line("    <TaxpayerIdentifierValue>", SSN(ssn(r, fmt=2)), "</TaxpayerIdentifierValue>")
    b.line("  </TAXPAYER_IDENTIFIER></TAXPAYER_IDENTIFIERS></PARTY></PARTIES></DEAL>")
    b.add("</MESSAGE>")
    return b


def k_listing_sync_yaml(r):
    b = Builder()
    co, dom = company(r, "broker")
    b.line(f"# listing-sync service config ({co}) -- schema v{version(r)}")
    b.line("feed:")
    b.line("  provider: reso-web-api")
    b.line("  endpoint: ", URL(f"https://api.{dom}/reso/odata/Property?$top=200&$filter=StandardStatus%20eq%20%27Active%27"))
    b.line("  token_url: ", URL(f"https://auth.{dom}/oauth2/token"))
    b.line(f"  client_id: {uid(r)}")
    b.line("  client_secret: ", GSEC(generic_secret(r)))
    b.line("webhooks:")
    b.line("  listing_updated:")
    b.line("    url: ", URL(f"https://hooks.{dom}/v1/listings/updated"))
    b.line("    signing_secret: ", GSEC("whsec_" + _rs(r, 32)))
    b.line("network:")
    b.line("  allow_from:")
    b.line("    - ", IPA(f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.0"), "/24")
    b.line("    - ", IPA(ipv4(r)), "/32")
    b.line("    - ", IPA(f"2001:db8:{r.getrandbits(16):x}::"), "/48")
    b.line("  egress_proxy: ", IPA(ipv4(r)), ":3128")
    b.line('schedule: "*/15 * * * *"')
    b.line(f"retry: {{max_attempts: {r.randint(3, 8)}, backoff_seconds: {r.choice([15, 30, 60])}}}")
    b.line("alerts:")
    b.line("  email: ", EML(role_email(r, dom)))
    return b


def k_crm_note(r):
    b = Builder()
    ag, lead, sp, lo = person(r), person(r), person(r), person(r)
    b.line(f"CRM ACTIVITY -- Lead #L-{_d(r, 6)}    Owner: ", PER(ag.full))
    b.line(f"Type: Phone call (inbound)    Duration: {r.randint(4, 30)} min")
    b.line("Contact: ", PER(lead.full), ", ", PHN(phone(r, "US")), ", ", EML(email_for(r, lead)))
    b.line("Notes: ", PER(lead.first), " and ", PER(sp.first), " are relocating from ", LOC(city_loc(r, "US")),
           " to ", LOC(city_loc(r, "US")), f", want 3 bed / 2 bath under {money(r, 300000, 900000)[:-3]}, good "
           f"school district, fenced yard for the dog ({r.choice(PET_NAMES)}). Pre-approved with "
           f"{r.choice(['Meridian Home Loans', 'Rocket Mortgage', 'Chase'])} (loan officer ", PER(lo.full), ").")
    b.line("Next step: tour of 4 homes on ", DTM(fdt(r, rdate(r), "en")), ".")
    b.line("Saved search: ", URL(url_listing(r).split("/listings/")[0] + f"/search?beds=3&baths=2&max={r.randint(3, 9)}00000"))
    b.line("Follow-up reminder: ", DTM(fdate(r, rdate(r), "en", style=1)), f" ({relative(r)} if no reply)")
    return b


def k_appraisal_order(r):
    b = Builder()
    bo, la, ap = person(r), person(r), person(r)
    a = address(r, "US", unit=False)
    lender = r.choice(["Meridian Home Loans", "Stonegate Home Lending", "Northfield Mortgage Co."])
    b.line(f"APPRAISAL ENGAGEMENT -- Order # APR-{_d(r, 6)}")
    b.line(f"Client: {lender}      FHA Case #: {_d(r, 3)}-{_d(r, 7)}")
    b.line("Borrower: ", PER(bo.full))
    b.line("Subject property: ", ADR(a.one))
    b.line(f"Form: 1004 URAR + 1007 rent schedule    Fee: {money(r, 450, 950)}")
    b.line("Report due: ", DTM(fdate(r, rdate(r), "en")))
    b.line("Access contact: ", PER(la.full), " (listing agent), ", PHN(phone(r, "US")))
    b.line("Lockbox on front door, code ", PWD(_d(r, 4)), ". Tenant occupied -- 24-hour notice required.")
    b.line("Appraiser assigned: ", PER(ap.full), f", Certified Residential, Lic. {_L(r, 2)}-{_d(r, 7)}")
    b.line(f"Comparable search radius: {r.choice([0.5, 1, 2])} mi; no comps older than {r.choice([6, 12])} months.")
    return b


def k_smart_lock_codes(r):
    b = Builder()
    a = address(r, "US", unit=True)
    d = rdate(r)
    clk = LogClock(r, d, 1)
    b.line(f"ACCESS CODES -- {r.choice(['Schlage Encode', 'Yale Assure', 'August Wi-Fi'])} front door, serial {_rs(r, 10, string.ascii_uppercase + string.digits)}")
    b.line("Property: ", ADR(a.one))
    b.line("HOLDER                    CODE      VALID FROM         VALID UNTIL")
    for _ in range(r.randint(2, 4)):
        p = person(r)
        nm = p.full[:24]
        if nm != p.full:
            nm = p.first
        s = rdate(r)
        b.line(PER(nm), " " * (26 - len(nm)), PWD(_d(r, r.choice([4, 6]))), "    ",
               DTM(s.isoformat()), "         ", DTM((s + _dt.timedelta(days=r.randint(1, 14))).isoformat()))
    b.line(f"{'Maintenance (vendor)':<26}", PWD(_d(r, 6)), "    permanent")
    b.line("EVENT LOG")
    for _ in range(r.randint(3, 5)):
        b.line(f"{clk()}  {r.choice(['unlock via keypad (slot 2)', 'auto-lock engaged', 'battery 71%', 'jammed bolt cleared'])}")
    return b


def k_str_welcome_note(r):
    b = Builder()
    host, guest = person(r), person(r)
    a = address(r, "US", unit=r.random() < 0.5)
    d = rdate(r)
    b.line("Welcome, ", PER(guest.first), "!")
    b.line()
    b.line("Your stay at ", ADR(a.one), " starts ", DTM(fdt(r, d, "en", weekday=False, hm=(16, 0))), ".")
    b.line("Front door keypad code: ", PWD(_d(r, r.choice([4, 5, 6]))), " (followed by the check mark)")
    b.line(f"Wi-Fi network: {r.choice(['Casita_Guest', 'MapleHouse5G', 'NETGEAR47'])}")
    b.line("Wi-Fi password: ", PWD(password(r)))
    b.line()
    b.line("House rules: no parties, quiet hours after ", DTM("10:00 PM"), ", max 4 guests, no pets "
           f"(our cat {r.choice(PET_NAMES)} lives upstairs and has priority on the couch).")
    b.line("Checkout is at ", DTM("11:00 AM"), " on ", DTM(fdate(r, d + _dt.timedelta(days=r.randint(2, 7)), "en")),
           ". Please start the dishwasher and leave the keys on the counter.")
    b.line()
    b.line("Anything you need, text me at ", PHN(phone(r, "US")), ".")
    b.line("-- ", PER(host.first))
    return b


def k_slack_export(r):
    b = Builder()
    users = [person(r) for _ in range(3)]
    b.line("[")
    msgs = []
    for i in range(r.randint(3, 5)):
        u = r.choice(users)
        pick = i if i < 3 else r.randrange(3)
        msgs.append((u, pick))
    for j, (u, pick) in enumerate(msgs):
        handle = (fold(u.first[0] + u.last.split(' ')[0]).lower()).replace("'", "")
        b.add('  {"type": "message", "user": "U0', _rs(r, 8, string.ascii_uppercase + string.digits),
              '", "user_profile": {"real_name": "', PER(u.full), f'", "display_name": "{handle}"}}, "text": "')
        if pick == 0:
            b.add("rent-reminder bot token is ", SLK(slack_token(r)), " -- pls don't paste it elsewhere")
        elif pick == 1:
            o = person(r)
            b.add("can someone call ", PER(o.full), " at ", PHN(phone(r, "US")), " re: the leak in unit ",
                  f"{r.randint(1, 4)}{r.choice('ABCD')}? ticket {ticket(r)}")
        else:
            b.add("photo bucket creds for the vendor: ", AKID(aws_key(r)), " / ", ASEC(aws_secret(r)))
        b.line(f'", "ts": "{epoch(r)}.{_d(r, 6)}"}}' + ("," if j < len(msgs) - 1 else ""))
    b.add("]")
    return b


def k_pem_handover_email(r):
    b = Builder()
    it, nt = person(r), person(r)
    co, dom = company(r, "title")
    city, st, full, _z, county = r.choice(US_CITIES)
    b.line("From: ", PER(it.full), " <", EML(staff_email(r, it, dom)), ">")
    b.line("To: ", EML(staff_email(r, nt, dom)))
    b.line("Date: ", mail_date(r))
    b.line(f"Subject: e-recording SFTP credentials")
    b.line()
    b.line("Hi ", PER(nt.first), ",")
    b.line()
    b.line("Below is the private key for the e-recording drop box used for ", LOC(f"{county}, {full}"),
           " filings. Host ", IPA(ipv4(r)), f", port 22, user erec_{fold(nt.last.split(' ')[0]).lower()}.")
    b.line()
    b.line(PEM(pem_key(r)))
    b.line()
    if r.random() < 0.6:
        b.line("Key passphrase: ", PWD(password(r)))
    b.line(f"Fingerprint: SHA256:{b64u(r.randbytes(32))}")
    b.line("Please import it and delete this e-mail. Ticket ", ticket(r, "IT"), ".")
    return b


def k_servicing_call_transcript(r):
    b = Builder()
    ag, c = person(r), person(r)
    a = address(r, "US", unit=False)
    svc = r.choice(["Meridian Home Loans", "Stonegate Home Lending", "Northfield Mortgage Co."])
    b.line(f"CALL TRANSCRIPT -- Servicing -- call {uid(r)} -- queue {r.choice(['PAYMENTS', 'ESCROW', 'LOSSMIT'])}")
    t = [0]

    def ts():
        t[0] += r.randint(3, 12)
        return f"00:{t[0] // 60:02d}:{t[0] % 60:02d} "
    b.line(ts(), f"AGENT: Thank you for calling {svc}, this is ", PER(ag.first), ". May I have the account number?")
    b.line(ts(), "CALLER: Sure, it's ", ACC(_d(r, 10)), ".")
    b.line(ts(), "AGENT: Thank you. Can you verify your full name and date of birth?")
    b.line(ts(), "CALLER: ", PER(c.full), ", born ", DOB(fdate(r, rdob(r), "en", style=0)), ".")
    b.line(ts(), "AGENT: And the property address?")
    b.line(ts(), "CALLER: ", ADR(a.one), ".")
    b.line(ts(), "AGENT: And the last four digits of your Social?")
    b.line(ts(), f"CALLER: {_d(r, 4)}.")
    b.line(ts(), f"AGENT: You're verified. I see a payment of {money(r, 1100, 4800)} due. Would you like to schedule it?")
    b.line(ts(), "CALLER: Yes, please take it on ", DTM(fdate(r, rdate(r), "en")), ".")
    b.line(ts(), f"AGENT: Done, confirmation number {_d(r, 9)}. Best callback number?")
    b.line(ts(), "CALLER: ", PHN(phone(r, "US")), ".")
    return b


# --------------------------------------------------------------------------
# Document kinds without any entity (only hard negatives)
# --------------------------------------------------------------------------
def k_inspection_checklist(r):
    b = Builder()
    b.line(f"MOVE-OUT INSPECTION CHECKLIST -- Work order {ticket(r, 'WO')}   Form rev. {version(r)}")
    b.line("Area            Condition   Action                                    Est. cost")
    items = ["Living room", "Kitchen", "Bathroom 1", "Bathroom 2", "Bedroom A", "Bedroom B",
             "Hallway", "Balcony", "Laundry", "Garage"]
    for it in r.sample(items, r.randint(5, 8)):
        cond = r.choice(["Good", "Fair", "Poor", "Good", "Damaged"])
        act = r.choice(["none", "touch-up paint (Sherwin-Williams SW 7005)", "replace blinds",
                        "deep clean carpet", "patch drywall", "re-caulk tub", "replace smoke detector battery"])
        b.line(f"{it:<16}{cond:<12}{act:<42}{money(r, 0, 450)}")
    b.line(f"Keys returned: {r.randint(1, 4)}   Garage remotes: {r.randint(0, 2)}   Mailbox keys: {r.randint(0, 2)}")
    b.line(f"Pet damage noted: {r.choice(['none', 'scratches on door frame (dog)'])}. Deposit disposition due within "
           f"{r.choice([14, 21, 30])} days; inspector to upload photos {relative(r)}.")
    b.line(f"Related tickets: {ticket(r)}, {ticket(r)}   Vendor PO {_d(r, 6)}")
    return b


def k_amortization_schedule(r):
    b = Builder()
    principal = r.randint(180, 850) * 1000
    rate = r.choice([5.5, 5.875, 6.125, 6.5, 6.75, 7.0])
    n = 360
    mr = rate / 1200
    pmt = principal * mr / (1 - (1 + mr) ** -n)
    b.line(f"AMORTIZATION SCHEDULE -- scenario {r.randint(1, 9)} of {r.randint(9, 12)}   (engine v{version(r)})")
    b.line(f"Loan amount ${principal:,.2f}   Rate {rate}%   Term 30 years   P&I ${pmt:,.2f}")
    b.line("Pmt#   Principal     Interest      Extra     Balance")
    bal = principal
    for k in range(1, r.randint(8, 13)):
        it = bal * mr
        pr = pmt - it
        bal -= pr
        b.line(f"{k:<6} {pr:>10,.2f} {it:>12,.2f} {0:>9,.2f} {bal:>13,.2f}")
    b.line("...")
    b.line(f"Total interest over life of loan: ${pmt * n - principal:,.2f}")
    b.line(f"Break-even on 1 discount point: {r.randint(40, 90)} months.")
    return b


def k_hoa_budget(r):
    b = Builder()
    y = r.randint(2025, 2027)
    b.line(f"PROPOSED OPERATING BUDGET -- FISCAL YEAR {y}   (draft {r.randint(1, 4)}, board packet item {r.randint(3, 9)})")
    b.line(f"{'Category':<34}{y - 1:>12}{y:>12}   Change")
    for cat in r.sample(["Landscaping contract", "Pool maintenance", "Insurance (master policy)",
                         "Reserve contribution", "Management fee", "Electricity (common areas)",
                         "Water/irrigation", "Gate & access control", "Legal & audit",
                         "Snow removal", "Pest control"], 8):
        a, c = r.randint(4000, 160000), r.randint(4000, 170000)
        b.line(f"{cat:<34}{a:>12,}{c:>12,}   {(c - a) / a * 100:+.1f}%")
    b.line(f"Units: {r.randint(40, 320)}   Monthly assessment per unit: {money(r, 120, 650)}")
    b.line(f"Reserve study ({y - 2}) funded at {r.randint(35, 95)}%. Special assessment: none planned.")
    return b


def k_ci_build_log(r):
    b = Builder()
    d = rdate(r)
    clk = LogClock(r, d, 0)
    b.line(f"{clk()} Runner {r.choice(['ubuntu-22.04', 'ubuntu-24.04'])} (image {version(r)}) picked up job {r.randint(1000, 99999)}")
    b.line(f"{clk()} Checking out {sha(r)} (refs/heads/main)")
    b.line(f"{clk()} env: AWS_ACCESS_KEY_ID=***  STRIPE_SECRET_KEY=***  DB_URL=${{DATABASE_URL}}")
    b.line(f"{clk()} Installing dependencies (lockfile hash {sha(r, 64)[:16]})")
    b.line(f"{clk()} Seeding fixtures: demo_applicant ssn={ssn(r, valid=False, fmt=0)} (rejected by validator, expected)")
    b.line(f"{clk()} added {r.randint(300, 1600)} packages in {r.randint(8, 90)}s")
    b.line(f"{clk()} Running tests: {r.randint(200, 1900)} passed, {r.randint(0, 3)} skipped, 0 failed ({r.randint(20, 300)}s)")
    b.line(f"{clk()} Building image rent-portal:{version(r)}-{sha(r)[:7]}")
    b.line(f"{clk()} Pushed digest sha256:{sha(r, 64)}")
    b.line(f"{clk()} Deploy to staging: rollout {uid(r)} complete, {r.randint(2, 6)}/{r.randint(6, 8)} pods ready")
    b.line(f"{clk()} Job finished with status SUCCESS in {r.randint(3, 25)}m{r.randint(0, 59)}s")
    return b


def k_escrow_status_board(r):
    b = Builder()
    b.line("ESCROW PIPELINE -- internal status board (auto-refresh every 5 min)")
    b.line("Escrow #               Stage               Next action                        Target")
    for _ in range(r.randint(5, 8)):
        b.line(f"{escrow_no(r):<23}{r.choice(['Opened', 'Title review', 'Loan docs out', 'Funding', 'Recorded', 'Cancelled']):<20}"
               f"{r.choice(['order HOA docs', 'payoff request', 'send CD for review', 'wire confirm', 'collect EMD', 'none']):<35}"
               f"{r.choice(['Monday', 'Tuesday', 'Friday', 'tomorrow', 'next week', 'EOM', 'in 3 days'])}")
    b.line(f"Open files: {r.randint(12, 80)}  Avg. days to close: {r.randint(24, 45)}  EMD received: {money(r, 10000, 400000)}")
    b.line(f"Order ref {ticket(r, 'ORD')} / invoice {ticket(r, 'INV')} pending approval.")
    return b


def k_rate_sheet(r):
    b = Builder()
    b.line(f"WHOLESALE RATE SHEET #{r.randint(100, 999)} -- Conforming 30-yr fixed   (pricing engine {version(r)})")
    b.line("Rate     15-day    30-day    45-day    60-day lock")
    base = r.choice([5.75, 6.0, 6.25, 6.5])
    for k in range(r.randint(6, 9)):
        rt = base + k * 0.125
        pts = [round(r.uniform(-2.5, 1.5), 3) for _ in range(4)]
        b.line(f"{rt:<8.3f} " + "  ".join(f"{p:>8.3f}" for p in pts))
    b.line(f"LLPA: FICO 700-719 / LTV 80.01-85 = {r.uniform(0.5, 1.5):.3f}; cash-out refi add {r.uniform(0.5, 2):.3f}")
    b.line(f"Max loan amount {money(r, 766550, 766550)}; high-balance add 0.250. Extensions: {r.choice([7, 15])} days at 0.025/day.")
    b.line("Prices subject to change without notice. For licensed mortgage professionals only.")
    return b


# --------------------------------------------------------------------------
# Document kinds -- German, French, Spanish
# --------------------------------------------------------------------------
def k_de_besichtigung_email(r):
    b = Builder()
    p, m = person(r, "de"), person(r, "de")
    a = address(r, "DE", unit=True)
    b.line("Von: ", PER(p.full), " <", EML(email_for(r, p, lang="de")), ">")
    b.line("An: ", EML(f"vermietung@{r.choice(['wohnwert-immobilien.de', 'stadtquartier-verwaltung.de', 'kellerbrandt.de'])}"))
    b.line("Datum: ", mail_date(r))
    b.line(f"Betreff: Besichtigungsanfrage -- 3-Zimmer-Wohnung, Objekt-Nr. {r.randint(10000, 99999)}")
    b.line()
    b.line("Sehr geehrte" + ("r" if m.gender == "m" else ""), " ", m.title(r, "de"), " ", PER(m.last), ",")
    b.line()
    b.line("ich interessiere mich sehr für die Wohnung in der ", ADR(a.one), " und würde sie gerne besichtigen. "
           "Passt Ihnen ", DTM(fdt(r, rdate(r), "de")), "? Alternativ wäre ich auch ", relative(r, "de"), " flexibel.")
    b.line()
    b.line(f"Kurz zu mir: Ich bin {r.randint(24, 58)} Jahre alt, Nichtraucher und arbeite unbefristet als "
           f"{r.choice(['Ingenieur', 'Pflegefachkraft', 'Softwareentwickler', 'Lehrerin'])} bei der Keller & Brandt Immobilien GmbH in ",
           LOC(city_loc(r, "DE")), f". Mein Nettoeinkommen beträgt {money(r, 2400, 6000, '€')}; eine aktuelle "
           "SCHUFA-Auskunft und eine Mietschuldenfreiheitsbescheinigung liegen vor.")
    b.line()
    b.line("Sie erreichen mich unter ", PHN(phone(r, "DE")), " oder per E-Mail.")
    b.line()
    b.line("Mit freundlichen Grüßen")
    b.add(PER(p.full))
    return b


def k_de_mietvertrag(r):
    b = Builder()
    v, m = person(r, "de"), person(r, "de")
    av, am, obj = address(r, "DE"), address(r, "DE"), address(r, "DE", unit=True)
    start = rdate(r)
    b.line("MIETVERTRAG FÜR WOHNRAUM (Auszug)")
    b.line()
    b.line("Zwischen ", PER(v.full), ", ", ADR(av.one), " -- nachfolgend „Vermieter“ --")
    b.line("und ", PER(m.full), ", geboren am ", DOB(fdate(r, rdob(r), "de", style=0)), ", derzeit wohnhaft ",
           ADR(am.one), " -- nachfolgend „Mieter“ --")
    b.line("wird folgender Mietvertrag geschlossen:")
    b.line()
    b.line("§ 1 Mietsache: Wohnung ", ADR(obj.one), f", bestehend aus {r.randint(2, 5)} Zimmern, Küche, Bad, "
           f"Kellerabteil Nr. {r.randint(1, 30)}.")
    b.line("§ 2 Mietzeit: Das Mietverhältnis beginnt am ", DTM(fdate(r, start, "de")), " und läuft auf unbestimmte Zeit.")
    b.line(f"§ 3 Miete: Grundmiete {money(r, 600, 2200, '€')}, Betriebskostenvorauszahlung {money(r, 120, 400, '€')}. "
           "Zahlung bis zum dritten Werktag eines Monats auf das Konto des Vermieters:")
    b.line("     IBAN ", IBN(iban(r, "DE")), f", BIC {r.choice(BICS[:2])}")
    b.line(f"§ 4 Kaution: drei Nettokaltmieten, zahlbar in drei Raten.")
    b.line("§ 5 Kontakt Mieter: Telefon ", PHN(phone(r, "DE")), ", E-Mail ", EML(email_for(r, m, lang="de")))
    b.line()
    b.line(LOC(obj.city), ", den ", DTM(fdate(r, start - _dt.timedelta(days=r.randint(7, 40)), "de", style=0)))
    b.line("_____________________ Vermieter        _____________________ Mieter")
    return b


def k_de_notarurkunde(r):
    b = Builder()
    nt, p1, p2 = person(r, "de", "de"), person(r, "de"), person(r, "de")
    city = r.choice(OTHER["DE"][1])[0]
    d = rdate(r)
    st, dl = driver_license(r, "DE")
    b.line(f"UR-Nr. {r.randint(100, 2999)}/{d.year}")
    b.line()
    b.line("Verhandelt zu ", LOC(city), " am ", DTM(fdate(r, d, "de", style=1)))
    b.line()
    b.line("Vor mir, dem unterzeichnenden Notar")
    b.line("Dr. ", PER(nt.full))
    b.line("mit dem Amtssitz in ", LOC(city), ", erschienen heute:")
    b.line()
    b.line(f"1. {'Herr' if p1.gender == 'm' else 'Frau'} ", PER(p1.full), ", geboren am ", DOB(fdate(r, rdob(r), "de", style=0)),
           ",\n   wohnhaft ", ADR(address(r, "DE").one), ",")
    b.line("   ausgewiesen durch Führerschein Nr. ", DLN(dl), ",")
    line2 = [f"2. {'Herr' if p2.gender == 'm' else 'Frau'} ", PER(p2.full)]
    if p2.gender == "f" and r.random() < 0.6:
        line2 += [" geb. ", PER(r.choice(NAMES["de"][2]))]
    b.line(*line2, ", geboren am ", DOB(fdate(r, rdob(r), "de", style=1)), ",")
    b.line("   wohnhaft ", ADR(address(r, "DE").one), ", von Person bekannt.")
    b.line()
    b.line("Die Erschienenen erklärten zur notariellen Beurkundung den folgenden")
    b.line("KAUFVERTRAG ÜBER GRUNDBESITZ")
    b.line(f"§ 1 Grundbuchstand: Grundbuch von {r.choice(['Mitte', 'Altstadt', 'Nord'])} Blatt {r.randint(1000, 9999)}, "
           f"Flur {r.randint(1, 20)}, Flurstück {r.randint(10, 400)}/{r.randint(1, 9)}.")
    b.line(f"§ 2 Kaufpreis: {money(r, 180000, 950000, 'EUR')}, fällig binnen 14 Tagen nach Mitteilung des Notars, "
           "zahlbar auf das Anderkonto IBAN ", IBN(iban(r, "DE")), ".")
    b.line("§ 3 Besitzübergang am ", DTM(fdate(r, d + _dt.timedelta(days=r.randint(30, 90)), "de")), ".")
    b.line()
    b.line("Notariat Tel. ", PHN(phone(r, "DE")), " -- Az. ", f"{_d(r, 4)}/{d.year % 100}")
    return b


def k_de_nebenkosten(r):
    b = Builder()
    y = r.randint(2023, 2025)
    b.line(f"Nebenkostenabrechnung -- Verteilerschlüssel (Übersicht), Abrechnungszeitraum Kalenderjahr {y}")
    b.line(f"Vorgang {y}-{r.randint(1, 999):04d}, Liegenschaft {r.randint(100, 999)}, {r.randint(6, 40)} Einheiten")
    b.line(f"{'Kostenart':<28}{'Gesamtkosten':>16}   Schlüssel")
    for k in r.sample(["Grundsteuer", "Wasser/Abwasser", "Heizung (Brennstoff)", "Hausmeister",
                       "Müllabfuhr", "Gebäudeversicherung", "Treppenhausreinigung", "Allgemeinstrom",
                       "Gartenpflege", "Aufzug (Wartung)"], 7):
        b.line(f"{k:<28}{money(r, 300, 25000, '€'):>16}   {r.choice(['Wohnfläche', 'Verbrauch 70 % / Fläche 30 %', 'Personen', 'Einheiten'])}")
    b.line(f"Umlagefähige Gesamtkosten: {money(r, 30000, 120000, '€')}")
    b.line("Einwände sind innerhalb von 12 Monaten nach Zugang geltend zu machen. Belege können "
           f"{relative(r, 'de')} nach Terminvereinbarung im Büro eingesehen werden.")
    return b


def k_fr_compromis_vente(r):
    b = Builder()
    nt, v, a_ = person(r, "fr", "fr"), person(r, "fr"), person(r, "fr")
    bien = address(r, "FR", unit=True)
    city = bien.city
    b.line("COMPROMIS DE VENTE (extrait)")
    b.line("Étude de Maître ", PER(nt.full), ", notaire à ", LOC(city))
    b.line()
    b.line("ENTRE LES SOUSSIGNÉS :")
    b.line(("M. " if v.gender == "m" else "Mme "), PER(v.full), (", né le " if v.gender == "m" else ", née le "),
           DOB(fdate(r, rdob(r), "fr", style=1)), " à ", LOC(city_loc(r, "FR")), ",")
    b.line("demeurant ", ADR(address(r, "FR").one), ",")
    b.line("ci-après dénommé « le VENDEUR »,")
    b.line("ET")
    b.line(("M. " if a_.gender == "m" else "Mme "), PER(a_.full), (", né le " if a_.gender == "m" else ", née le "),
           DOB(fdate(r, rdob(r), "fr", style=0)), " à ", LOC(city_loc(r, r.choice(["FR", "FR", "ES", "IT"]))), ",")
    b.line("demeurant ", ADR(address(r, "FR").one), ",")
    b.line("ci-après dénommé « l'ACQUÉREUR ».")
    b.line()
    b.line("DÉSIGNATION : un appartement sis ", ADR(bien.one), f", lot n° {r.randint(1, 80)}, cadastré section "
           f"{_L(r, 2)} n° {r.randint(10, 900)}, d'une superficie Carrez de {r.randint(28, 140)},{r.randint(0, 9)} m².")
    b.line(f"PRIX : {money(r, 120000, 900000, '€')}. Un dépôt de garantie de 5 % est versé sur le compte de l'office notarial "
           "IBAN ", IBN(iban(r, "FR")), ".")
    b.line("Condition suspensive d'obtention de prêt avant le ", DTM(fdate(r, rdate(r), "fr")), ".")
    b.line("Signature de l'acte authentique au plus tard le ", DTM(fdt(r, rdate(r), "fr")), ".")
    b.line()
    b.line("Fait à ", LOC(city), ", le ", DTM(fdate(r, rdate(r), "fr", style=1)), ", en deux exemplaires.")
    b.line("Contact de l'étude : ", PHN(phone(r, "FR")), " -- ", EML(f"office@{fold(nt.last).lower().replace(' ', '')}-notaires.fr"))
    return b


def k_fr_dossier_locataire(r):
    b = Builder()
    p, ag, g = person(r, "fr"), person(r, "fr"), person(r, "fr")
    a = address(r, "FR", unit=True)
    b.line("De : ", PER(p.full), " <", EML(email_for(r, p, lang="fr")), ">")
    b.line("À : ", EML(f"location@{r.choice(['agence-bellecour.fr', 'immo-lestilleuls.fr', 'foncia-exemple.fr'])}"))
    b.line("Date : ", mail_date(r))
    b.line("Objet : Dossier de candidature -- T3 à ", LOC(a.city))
    b.line()
    b.line("Bonjour ", ("Monsieur " if ag.gender == "m" else "Madame "), PER(ag.last), ",")
    b.line()
    b.line("Suite à notre échange téléphonique, je vous transmets mon dossier pour l'appartement situé ",
           ADR(a.one), ".")
    b.line("Pièces jointes : pièce d'identité, trois derniers bulletins de salaire, avis d'imposition, "
           "attestation employeur (CDI depuis le ", DTM(fdate(r, rdate(r, 2015, 2024), "fr")), ").")
    b.line("Mon garant, ", PER(g.full), ", peut être joint au ", PHN(phone(r, "FR")), ".")
    b.line("Je suis disponible pour une visite le ", DTM(fdt(r, rdate(r), "fr")), " ou ", relative(r, "fr"), ".")
    b.line()
    b.line("Bien cordialement,")
    b.line(PER(p.full))
    b.add(PHN(phone(r, "FR")))
    return b


def k_fr_convocation_ag(r):
    b = Builder()
    o, g = person(r, "fr"), person(r, "fr")
    sy = address(r, "FR")
    b.line(f"Syndic {r.choice(['Gestion Bellecour', 'Cabinet des Tilleuls', 'Lantern Property Partners'])} -- "
           f"Copropriété « Résidence {r.choice(['Les Tilleuls', 'Le Parc', 'Les Cèdres'])} »")
    b.line(ADR(sy.block))
    b.line()
    b.line("CONVOCATION À L'ASSEMBLÉE GÉNÉRALE ORDINAIRE")
    b.line()
    b.line(("Monsieur " if o.gender == "m" else "Madame "), PER(o.full), ",")
    b.line()
    b.line("Vous êtes convoqué(e) à l'assemblée générale qui se tiendra le ", DTM(fdt(r, rdate(r), "fr", weekday=True)),
           " en salle polyvalente, ", ADR(address(r, "FR").one), ", ou en visioconférence :")
    b.line("Lien : ", URL(meeting_url(r)))
    b.line("Code d'accès : ", PWD(passcode(r)))
    b.line()
    b.line(f"Ordre du jour : 1) approbation des comptes de l'exercice {r.randint(2023, 2025)} ; 2) budget prévisionnel "
           f"({money(r, 20000, 150000, '€')}) ; 3) travaux de ravalement, devis n° D-{r.randint(2024, 2026)}-{r.randint(100, 999)} ; "
           "4) questions diverses.")
    b.line()
    b.line("Votre gestionnaire : ", PER(g.full), ", ", PHN(phone(r, "FR")), ", ", EML(email_for(r, g, "syndic-exemple.fr")))
    return b


def k_es_solicitud_hipoteca(r):
    b = Builder()
    p, gs = person(r, "es"), person(r, "es")
    dom, inm = address(r, "ES", unit=True), address(r, "ES")
    bank = r.choice(["Banco Solera", "Caja Mediterránea Digital", "Hipotecas Rápidas"])
    b.line(f"SOLICITUD DE PRÉSTAMO HIPOTECARIO -- {bank}   Ref. expediente {_d(r, 8)}")
    b.line("Datos del solicitante")
    b.line("  Nombre y apellidos: ", PER(p.full))
    b.line("  Fecha de nacimiento: ", DOB(fdate(r, rdob(r), "es", style=0)))
    b.line("  Lugar de nacimiento: ", LOC(city_loc(r, r.choice(["ES", "ES", "PT"]))))
    b.line("  Domicilio: ", ADR(dom.one))
    b.line("  Teléfono móvil: ", PHN(phone(r, "ES")))
    b.line("  Correo electrónico: ", EML(email_for(r, p, lang="es")))
    b.line("  Situación laboral: contrato indefinido desde ", DTM(fdate(r, rdate(r, 2012, 2023), "es")))
    b.line(f"  Ingresos netos mensuales: {money(r, 1500, 6000, '€')}")
    b.line("  Cuenta para domiciliación: ", IBN(iban(r, "ES")))
    b.line("Inmueble a financiar")
    b.line("  Dirección: ", ADR(inm.one))
    b.line(f"  Referencia catastral: {_d(r, 7)}{_L(r, 2)}{_d(r, 4)}{_L(r, 1)}{_d(r, 4)}{_L(r, 2)}")
    b.line(f"  Importe solicitado: {money(r, 80000, 450000, '€')}; plazo: {r.choice([20, 25, 30])} años")
    b.line("Cita con el gestor ", PER(gs.full), ": ", DTM(fdt(r, rdate(r), "es")))
    b.line()
    b.line("En ", LOC(dom.city), ", a ", DTM(fdate(r, rdate(r), "es", style=1)), ".")
    return b


def k_es_chat_portal(r):
    b = Builder()
    p, ag = person(r, "es"), person(r, "es")
    a = address(r, "ES", unit=True)
    h = r.randint(9, 21)
    m = r.randint(0, 45)
    b.line(f"Chat -- portal inmobiliario -- anuncio {r.randint(100000000, 999999999)}")
    b.line(f"[{h:02d}:{m:02d}] ", PER(p.full), ": Hola, ¿sigue disponible el piso de ", ADR(a.one), "?")
    b.line(f"[{h:02d}:{m + 2:02d}] Agente (", PER(ag.first), "): Hola ", PER(p.first), ", sí. ¿Quiere visitarlo? Tengo hueco el ",
           DTM(fdt(r, rdate(r), "es")), ".")
    b.line(f"[{h:02d}:{m + 3:02d}] ", PER(p.first), ": Perfecto. Mi móvil es ", PHN(phone(r, "ES")), ".")
    b.line(f"[{h:02d}:{m + 4:02d}] Agente (", PER(ag.first), "): Anotado. ¿Le envío la ficha a su correo?")
    b.line(f"[{h:02d}:{m + 5:02d}] ", PER(p.first), ": Sí, a ", EML(email_for(r, p, lang="es")),
           f". ¿Aceptan mascotas? Tengo un gato, {r.choice(PET_NAMES)}.")
    b.line(f"[{h:02d}:{m + 7:02d}] Agente (", PER(ag.first), f"): Sí, con una fianza adicional de {money(r, 200, 600, '€')}. "
           f"¡Hasta {relative(r, 'es')}!")
    return b


def k_es_tasacion_resumen(r):
    b = Builder()
    b.line(f"INFORME DE TASACIÓN -- RESUMEN (no vinculante)   Expediente TAS-{r.randint(2024, 2026)}-{_d(r, 6)}")
    b.line(f"Tipo de inmueble: vivienda plurifamiliar, {r.randint(1, 4)} dormitorios, {r.randint(1, 3)} baños")
    b.line(f"Superficie construida: {r.randint(60, 160)},{r.randint(0, 9)} m²; útil: {r.randint(50, 140)},{r.randint(0, 9)} m²")
    b.line(f"Año de construcción: {r.randint(1955, 2015)}; reformada en {r.randint(2016, 2024)}")
    b.line(f"Método de comparación: {r.randint(4, 8)} testigos homogeneizados (coef. {r.uniform(0.85, 1.1):.2f})")
    b.line(f"Valor de tasación: {money(r, 90000, 700000, '€')}")
    b.line(f"Valor hipotecario: {money(r, 80000, 650000, '€')}")
    b.line(f"Condicionantes: ninguno. Advertencias: pendiente cédula de habitabilidad. Validez: {r.choice([3, 6])} meses.")
    b.line(f"Sociedad de tasación inscrita con el n.º {r.randint(4000, 4999)}; informe versión {version(r)}.")
    return b


# --------------------------------------------------------------------------
# Document kinds -- Italian, Portuguese, Dutch, Polish, Swedish, Turkish, Japanese
# --------------------------------------------------------------------------
def k_it_contratto_locazione(r):
    b = Builder()
    lo, co = person(r, "it"), person(r, "it")
    alo, obj = address(r, "IT"), address(r, "IT", unit=True)
    start = rdate(r)

    def nato(p):
        return "nato" if p.gender == "m" else "nata"
    b.line("CONTRATTO DI LOCAZIONE AD USO ABITATIVO (L. 431/1998, art. 2, comma 3)")
    b.line()
    b.line(lo.title(r, "it"), " ", PER(lo.full), f", {nato(lo)} a ", LOC(city_loc(r, "IT")), " il ",
           DOB(fdate(r, rdob(r), "it", style=0)), ", residente in ", ADR(alo.one), " (locatore)")
    b.line("CONCEDE IN LOCAZIONE a")
    b.line(co.title(r, "it"), " ", PER(co.full), f", {nato(co)} a ", LOC(city_loc(r, r.choice(["IT", "IT", "ES"]))), " il ",
           DOB(fdate(r, rdob(r), "it", style=1)), " (conduttore),")
    b.line("l'unità immobiliare sita in ", ADR(obj.one), f", censita al catasto al foglio {r.randint(1, 90)}, "
           f"particella {r.randint(10, 999)}, sub {r.randint(1, 40)}, categoria A/{r.randint(2, 4)}.")
    b.line()
    b.line("1. Durata: anni 3+2, con decorrenza dal ", DTM(fdate(r, start, "it")), ".")
    b.line(f"2. Canone annuo: {money(r, 6000, 24000, '€')}, da versare in rate mensili anticipate entro il giorno 5 "
           "di ogni mese mediante bonifico su IBAN ", IBN(iban(r, "IT")), ".")
    b.line(f"3. Deposito cauzionale: pari a tre mensilità, non imputabile in conto canoni.")
    b.line("4. Recapiti del conduttore: tel. ", PHN(phone(r, "IT")), ", e-mail ", EML(email_for(r, co, lang="it")), ".")
    b.line()
    b.line("Letto, approvato e sottoscritto. ", LOC(obj.city), ", lì ", DTM(fdate(r, start - _dt.timedelta(days=10), "it", style=0)))
    return b


def k_pt_proposta_compra(r):
    b = Builder()
    p, cons = person(r, "pt"), person(r, "pt")
    cc = r.choice(["PT", "PT", "BR"])
    mor, imo = address(r, cc, unit=True), address(r, "PT")
    b.line("PROPOSTA DE COMPRA DE IMÓVEL")
    b.line()
    b.line("Proponente: ", PER(p.full))
    b.line("Data de nascimento: ", DOB(fdate(r, rdob(r), "pt", style=0)))
    b.line("Morada: ", ADR(mor.one))
    b.line("Telemóvel: ", PHN(phone(r, cc)), "    E-mail: ", EML(email_for(r, p, lang="pt")))
    b.line()
    b.line("Imóvel: ", ADR(imo.one), f", fração autónoma \"{r.choice('ABCDEFG')}\", artigo matricial {r.randint(1000, 9999)}")
    b.line(f"Valor proposto: {money(r, 120000, 800000, '€')}, com sinal de 10% a transferir no ato do CPCV para o IBAN ",
           IBN(iban(r, "PT")), ".")
    b.line("Escritura prevista para ", DTM(fdt(r, rdate(r), "pt")), ", no Cartório Notarial de ", LOC(imo.city), ".")
    b.line(f"Mediadora: {r.choice(['Casa Lusa Imobiliária', 'Harbor Key Realty', 'Lantern Property Partners'])}, consultor ",
           PER(cons.full), ", ", PHN(phone(r, "PT")))
    b.line("Validade da proposta: até ", DTM(fdate(r, rdate(r), "pt", style=1)), ".")
    b.line()
    b.line(LOC(imo.city), ", ", DTM(fdate(r, rdate(r), "pt", style=1)))
    return b


def k_nl_bezichtiging(r):
    b = Builder()
    p, mk = person(r, "nl"), person(r, "nl")
    a = address(r, "NL", unit=True)
    b.line("Van: ", PER(p.full), " <", EML(email_for(r, p, lang="nl")), ">")
    b.line("Aan: ", EML(f"verhuur@{r.choice(['grachtwonen.nl', 'utrechtverhuur.nl', 'lanternproperty.com'])}"))
    b.line("Datum: ", mail_date(r))
    b.line("Onderwerp: Bezichtiging ", ADR(a.street))
    b.line()
    b.line("Beste ", PER(mk.first), ",")
    b.line()
    b.line("Graag wil ik het appartement aan de ", ADR(a.one), " bezichtigen. Ik kan op ",
           DTM(fdt(r, rdate(r), "nl")), ", of anders ", relative(r, "nl"), ".")
    b.line("Ik werk sinds ", DTM(fdate(r, rdate(r, 2014, 2024), "nl")), " als ",
           r.choice(["verpleegkundige", "data-analist", "docent", "projectleider"]), " in ", LOC(city_loc(r, "NL")),
           f"; mijn bruto maandinkomen is {money(r, 3000, 7000, '€')}.")
    b.line("De waarborgsom kan ik direct overmaken vanaf rekening ", IBN(iban(r, "NL")), ".")
    b.line("Mijn telefoonnummer is ", PHN(phone(r, "NL")), ".")
    b.line()
    b.line("Met vriendelijke groet,")
    b.add(PER(p.full))
    return b


PL_LOCATIVE = {"Warszawa": "Warszawie", "Kraków": "Krakowie", "Łódź": "Łodzi", "Gdańsk": "Gdańsku",
               "Wrocław": "Wrocławiu", "Poznań": "Poznaniu"}


def k_pl_umowa_najmu(r):
    b = Builder()
    w, n = person(r, "pl", "pl"), person(r, "pl")
    aw, obj = address(r, "PL"), address(r, "PL", unit=True)
    d = rdate(r)
    dl = f"{_d(r, 5)}/{_d(r, 2)}/{_d(r, 4)}"
    b.line("UMOWA NAJMU LOKALU MIESZKALNEGO")
    b.line()
    b.line("zawarta w dniu ", DTM(fdate(r, d, "pl")), " w ", LOC(PL_LOCATIVE[obj.city]), " pomiędzy:")
    b.line(("Panem " if w.gender == "m" else "Panią "), PER(w.full), ", zamieszkał", "ym" if w.gender == "m" else "ą", " ",
           ADR(aw.one), ", legitymując", "ym" if w.gender == "m" else "ą", " się prawem jazdy nr ", DLN(dl), ",")
    b.line("zwanym dalej „Wynajmującym”,")
    b.line("a ", ("Panem " if n.gender == "m" else "Panią "), PER(n.full), ", tel. ", PHN(phone(r, "PL")),
           ", e-mail ", EML(email_for(r, n, lang="pl")), ", zwanym dalej „Najemcą”.")
    b.line()
    b.line("§ 1. Przedmiotem najmu jest lokal mieszkalny położony pod adresem ", ADR(obj.one),
           f", dla którego prowadzona jest księga wieczysta nr {_L(r, 2)}{_d(r, 1)}{_L(r, 1)}/{_d(r, 8)}/{_d(r, 1)}.")
    b.line("§ 2. Umowa zostaje zawarta na czas określony od ", DTM(fdate(r, d + _dt.timedelta(days=14), "pl")),
           " do ", DTM(fdate(r, d + _dt.timedelta(days=14 + 365), "pl")), ".")
    b.line(f"§ 3. Czynsz najmu wynosi {money(r, 1800, 6500, 'zł')} miesięcznie, płatny do 10. dnia miesiąca na rachunek ",
           IBN(iban(r, "PL")), ".")
    b.line(f"§ 4. Kaucja zabezpieczająca: {money(r, 1800, 9000, 'zł')}, zwrotna w terminie 30 dni od wydania lokalu.")
    return b


def k_sv_hyresavi(r):
    b = Builder()
    p = person(r, "sv")
    a = address(r, "SE", unit=True)
    co = r.choice(["Ekbacken Fastigheter AB", "Stadsholmen Bostäder", "Lantern Property Partners"])
    b.line(f"HYRESAVI -- {co}")
    b.line("Hyresgäst: ", PER(p.full))
    b.line("Adress: ", ADR(a.one))
    b.line("Kundnummer hos hyresvärden: ", ACC(_d(r, 8)), " (anges vid kontakt)")
    b.line(f"Avser: hyra och parkering, objekt {r.randint(1000, 9999)}-{r.randint(1000, 1999)}")
    b.line(f"Att betala: {money(r, 5000, 16000, 'kr')}")
    b.line("Förfallodag: ", DTM(fdate(r, rdate(r), "sv")))
    b.line(f"Betala till bankgiro {_d(r, 4)}-{_d(r, 4)} med OCR-nummer {_d(r, 10)}.")
    b.line("Vid betalning från utlandet: IBAN ", IBN(iban(r, "SE")), ", BIC ESSESESS")
    b.line()
    b.line("Frågor? Ring kundtjänst ", PHN(phone(r, "SE")), " vardagar ", DTM("08:00"), "-", DTM("16:30"),
           " eller mejla ", EML(f"kundtjanst@{r.choice(['ekbacken.se', 'stadsholmen.se'])}"), ".")
    b.line("Autogiro? Anmäl dig på ", URL(f"https://www.{r.choice(['ekbacken.se', 'stadsholmen.se'])}/mina-sidor/autogiro"), ".")
    return b


def k_tr_kira_sozlesmesi(r):
    b = Builder()
    kv, kr, kf = person(r, "tr"), person(r, "tr"), person(r, "tr")
    akv, obj = address(r, "TR"), address(r, "TR", unit=True)
    d = rdate(r)
    b.line("KİRA SÖZLEŞMESİ")
    b.line()
    b.line("Kiraya veren: ", PER(kv.full))
    b.line("Adresi: ", ADR(akv.one))
    b.line("Kiracı: ", PER(kr.full), "    Doğum tarihi: ", DOB(fdate(r, rdob(r), "tr", style=0)))
    b.line("Telefon: ", PHN(phone(r, "TR")), "    E-posta: ", EML(email_for(r, kr, lang="tr")))
    b.line("Kiralanan yerin adresi: ", ADR(obj.one))
    b.line("Kira başlangıç tarihi: ", DTM(fdate(r, d, "tr")))
    b.line(f"Aylık kira bedeli: {money(r, 12000, 60000, 'TL')}; her ayın 5'ine kadar ", IBN(iban(r, "TR")),
           " numaralı hesaba ödenecektir.")
    b.line(f"Depozito: {money(r, 24000, 120000, 'TL')}   Kira süresi: 1 yıl")
    b.line("Kefil: ", PER(kf.full), ", ", PHN(phone(r, "TR")))
    b.line()
    b.line(LOC(obj.city), ", ", DTM(fdate(r, d - _dt.timedelta(days=r.randint(3, 20)), "tr", style=1)))
    return b


def k_ja_bukken_toiawase(r):
    b = Builder()
    cust, ag, hs = person(r, "ja", "ja"), person(r, "ja", "ja"), person(r, "ja", "ja")
    a = address(r, "JP", unit=False)
    co = r.choice(["Sakura Fudosan", "Aozora Housing", "Minato Realty"])
    bk = r.choice(["Grand Maison", "Park Court", "Sunny Heights", "Lions Mansion"])
    b.line(f"Kenmei: Bukken o-toiawase -- {bk} {r.randint(2, 12)}0{r.randint(1, 9)}-goushitsu (bukken bangou {r.randint(100000, 999999)})")
    b.line()
    b.line(PER(cust.last), "-sama")
    b.line()
    b.line("Itsumo osewa ni natte orimasu. ", co, " no ", PER(ag.last), " desu.")
    b.line("Go-shitei no bukken (", ADR(a.one), ") no naiken wa ", DTM(fdt(r, rdate(r), "ja")), " kara kanou desu.")
    b.line(f"Chinryou: {r.randint(80, 260)},000 en / kanrihi: {r.randint(5, 15)},000 en / shikikin 1-kagetsu / reikin nashi")
    b.line("Moushikomi no sai wa rentai hoshounin (", PER(f"{hs.last} {hs.first}"), "-sama) no go-renrakusaki mo go-kinyuu kudasai.")
    b.line("Go-renraku wa ", PHN(phone(r, "JP")), " made, mata wa ", EML(email_for(r, ag, lang="ja")), " e onegai itashimasu.")
    b.line()
    b.line(f"{co} honten")
    b.line("Tantou: ", PER(f"{ag.last} {ag.first}"))
    b.add("TEL ", PHN(phone(r, "JP")), "  (suiyoubi teikyuu)")
    return b


# --------------------------------------------------------------------------
# Registry, generation, validation
# --------------------------------------------------------------------------
KINDS = [
    # name, lang, empty (no entity at all), builder
    ("listing_inquiry_email", "en", False, k_listing_inquiry_email),
    ("portal_chat", "en", False, k_portal_chat),
    ("mortgage_application", "en", False, k_mortgage_application),
    ("closing_disclosure", "en", False, k_closing_disclosure),
    ("title_commitment", "en", False, k_title_commitment),
    ("tenant_application_json", "en", False, k_tenant_application_json),
    ("lease_agreement", "en", False, k_lease_agreement),
    ("rent_ledger_csv", "en", False, k_rent_ledger_csv),
    ("maintenance_ticket", "en", False, k_maintenance_ticket),
    ("hoa_meeting_notice", "en", False, k_hoa_meeting_notice),
    ("wire_instructions_email", "en", False, k_wire_instructions),
    ("card_authorization_form", "en", False, k_card_authorization),
    ("pm_env_config", "en", False, k_pm_env_config),
    ("portal_api_log", "en", False, k_portal_api_log),
    ("github_workflow_yaml", "en", False, k_github_workflow),
    ("k8s_secret_yaml", "en", False, k_k8s_secret),
    ("notary_journal", "en", False, k_notary_journal),
    ("ron_session_log", "en", False, k_ron_session_log),
    ("screening_consent_form", "en", False, k_screening_consent),
    ("accommodation_letter", "en", False, k_accommodation_letter),
    ("hardship_letter", "en", False, k_hardship_letter),
    ("sms_thread", "en", False, k_sms_thread),
    ("vcard_agent", "en", False, k_vcard_agent),
    ("ics_open_house", "en", False, k_ics_open_house),
    ("credit_report", "en", False, k_credit_report),
    ("utility_transfer", "en", False, k_utility_transfer),
    ("insurance_binder", "en", False, k_insurance_binder),
    ("rent_receipt_email", "en", False, k_rent_receipt_email),
    ("eviction_notice", "en", False, k_eviction_notice),
    ("commission_statement", "en", False, k_commission_statement),
    ("property_tax_bill", "en", False, k_property_tax_bill),
    ("rent_roll_fixed_width", "en", False, k_rent_roll_fixed),
    ("lead_export_tsv", "en", False, k_lead_export_tsv),
    ("mismo_xml", "en", False, k_mismo_xml),
    ("listing_sync_yaml", "en", False, k_listing_sync_yaml),
    ("crm_note", "en", False, k_crm_note),
    ("appraisal_order", "en", False, k_appraisal_order),
    ("smart_lock_codes", "en", False, k_smart_lock_codes),
    ("str_welcome_note", "en", False, k_str_welcome_note),
    ("slack_export_json", "en", False, k_slack_export),
    ("pem_handover_email", "en", False, k_pem_handover_email),
    ("servicing_call_transcript", "en", False, k_servicing_call_transcript),
    ("inspection_checklist", "en", True, k_inspection_checklist),
    ("amortization_schedule", "en", True, k_amortization_schedule),
    ("hoa_budget", "en", True, k_hoa_budget),
    ("ci_build_log", "en", True, k_ci_build_log),
    ("escrow_status_board", "en", True, k_escrow_status_board),
    ("rate_sheet", "en", True, k_rate_sheet),
    ("de_besichtigung_email", "de", False, k_de_besichtigung_email),
    ("de_mietvertrag", "de", False, k_de_mietvertrag),
    ("de_notarurkunde", "de", False, k_de_notarurkunde),
    ("de_nebenkosten_uebersicht", "de", True, k_de_nebenkosten),
    ("fr_compromis_vente", "fr", False, k_fr_compromis_vente),
    ("fr_dossier_locataire", "fr", False, k_fr_dossier_locataire),
    ("fr_convocation_ag", "fr", False, k_fr_convocation_ag),
    ("es_solicitud_hipoteca", "es", False, k_es_solicitud_hipoteca),
    ("es_chat_portal", "es", False, k_es_chat_portal),
    ("es_tasacion_resumen", "es", True, k_es_tasacion_resumen),
    ("it_contratto_locazione", "it", False, k_it_contratto_locazione),
    ("pt_proposta_compra", "pt", False, k_pt_proposta_compra),
    ("nl_bezichtiging", "nl", False, k_nl_bezichtiging),
    ("pl_umowa_najmu", "pl", False, k_pl_umowa_najmu),
    ("sv_hyresavi", "sv", False, k_sv_hyresavi),
    ("tr_kira_sozlesmesi", "tr", False, k_tr_kira_sozlesmesi),
    ("ja_bukken_toiawase", "ja", False, k_ja_bukken_toiawase),
]
KIND_INFO = {name: (lang, empty) for name, lang, empty, _fn in KINDS}


def _make(seed: int, i: int):
    """Build document i for ``seed``; depends only on (seed, i)."""
    r = random.Random(f"blind71|{seed}|{i}")
    name, lang, _empty, fn = KINDS[r.randrange(len(KINDS))]
    b = fn(r)
    text = b.text()
    ents = sorted(b.ents, key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind71-{seed}-{i:05d}", "text": text, "entities": ents}
    return name, lang, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]


QUOTES_BRACKETS = "\"'`“”„«»‘’()[]{}<>"
TRAIL_PUNCT = ".,;:!?"
SSN_RE = re.compile(r"^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$")
SHAPES = {
    "EMAIL_ADDRESS": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"),
    "URL": re.compile(r"^https?://[^\s@]+$"),
    "AWS_ACCESS_KEY": re.compile(r"^(AKIA|ASIA)[A-Z2-7]{16}$"),
    "AWS_SECRET_KEY": re.compile(r"^[A-Za-z0-9/+]{40}$"),
    "GITHUB_TOKEN": re.compile(r"^(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})$"),
    "SLACK_TOKEN": re.compile(r"^(xox[abposr]-[0-9]+-[0-9A-Za-z-]+|xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]+)$"),
    "STRIPE_KEY": re.compile(r"^(sk|rk)_live_[A-Za-z0-9]{20,}$"),
    "JWT": re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$"),
    "PRIVATE_KEY": re.compile(r"^-----BEGIN ([A-Z]+ )?PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END ([A-Z]+ )?PRIVATE KEY-----$"),
    "PHONE_NUMBER": re.compile(r"^\+?[\d (). -]+$"),
    "CREDIT_CARD": re.compile(r"^\d[\d -]+\d$"),
    "IDLIKE": re.compile(r"^[A-Za-z0-9][A-Za-z0-9 /-]*[A-Za-z0-9]$"),
}


def _shape_problem(typ: str, s: str):
    if typ == "PERSON":
        if re.search(r"[\d@/]", s) or len(s) > 60:
            return "PERSON shape"
    elif typ == "LOCATION":
        if re.search(r"[\d@]", s):
            return "LOCATION has digit"
    elif typ == "ADDRESS":
        if not re.search(r"\d", s):
            return "ADDRESS without digit"
    elif typ in ("DATE_TIME", "DATE_OF_BIRTH"):
        if not re.search(r"\d", s):
            return "date without digit"
    elif typ == "US_SSN":
        m = SSN_RE.match(s)
        if not m:
            return "SSN shape"
        area, grp, ser = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if area == 0 or area == 666 or area >= 900 or grp == 0 or ser == 0:
            return "SSN invalid area/group/serial"
    elif typ == "CREDIT_CARD":
        digits = re.sub(r"\D", "", s)
        if not SHAPES["CREDIT_CARD"].match(s) or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            return "card not Luhn-valid"
    elif typ == "IBAN_CODE":
        if not iban_valid(s):
            return "IBAN not mod-97 valid"
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "bad IP"
    elif typ == "PHONE_NUMBER":
        nd = len(re.sub(r"\D", "", s))
        if not SHAPES["PHONE_NUMBER"].match(s) or not 7 <= nd <= 15:
            return "phone shape"
    elif typ == "URL":
        if not SHAPES["URL"].match(s):
            return "URL shape"
        host = re.sub(r"^https?://", "", s).split("/")[0].split("?")[0].split(":")[0]
        try:
            ipaddress.ip_address(host)
            return "URL contains IP"
        except ValueError:
            pass
    elif typ in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        if not SHAPES["IDLIKE"].match(s) or not re.search(r"\d", s):
            return f"{typ} shape"
    elif typ == "JWT":
        if not SHAPES["JWT"].match(s):
            return "JWT shape"
        try:
            hdr = json.loads(base64.urlsafe_b64decode(s.split(".")[0] + "=="))
            if "alg" not in hdr:
                return "JWT header without alg"
        except Exception:
            return "JWT header undecodable"
    elif typ in ("PASSWORD", "GENERIC_SECRET"):
        if re.search(r"\s", s) or len(s) < 4:
            return f"{typ} shape"
    elif typ in SHAPES:
        if not SHAPES[typ].match(s):
            return f"{typ} shape"
    return None


def validate(doc) -> list[str]:
    probs: list[str] = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    did = doc.get("id", "?")
    if not isinstance(text, str) or not 150 <= len(text) <= 3000:
        probs.append(f"{did}: text length {len(text)} outside 150-3000")
    prev_end, prev_start = -1, -1
    for e in ents:
        s, t, typ = e.get("start"), e.get("end"), e.get("type")
        if typ not in TYPES:
            probs.append(f"{did}: unknown type {typ}")
            continue
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            probs.append(f"{did}: span out of range {e}")
            continue
        if s < prev_start:
            probs.append(f"{did}: entities not sorted at {s}")
        if s < prev_end:
            probs.append(f"{did}: overlap at {s}")
        prev_start, prev_end = s, max(prev_end, t)
        span = text[s:t]
        if span != span.strip():
            probs.append(f"{did}: whitespace at span edge {typ} {span!r}")
        if typ not in SECRET_TYPES:
            first_ok = typ == "PHONE_NUMBER" and span[0] == "(" and ")" in span[1:]
            if (span[0] in QUOTES_BRACKETS and not first_ok) or span[-1] in QUOTES_BRACKETS:
                probs.append(f"{did}: quote/bracket at span edge {typ} {span!r}")
            if span[-1] in TRAIL_PUNCT and not (typ == "IP_ADDRESS" and span.endswith("::")):
                probs.append(f"{did}: trailing punctuation {typ} {span!r}")
        if "\n" in span and typ not in ("ADDRESS", "PRIVATE_KEY"):
            probs.append(f"{did}: newline inside {typ} {span!r}")
        sp = _shape_problem(typ, span)
        if sp:
            probs.append(f"{did}: {sp}: {span!r}")
    return probs


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------
def _mark(doc) -> str:
    out, pos = [], 0
    t = doc["text"]
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{e['type']}: {t[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def _check(n=3000, seed=0) -> int:
    problems: list[str] = []
    type_counts: Counter = Counter()
    kind_counts: Counter = Counter()
    non_en = empty = 0
    docs = []
    for i in range(n):
        name, lang, doc = _make(seed, i)
        docs.append(doc)
        kind_counts[name] += 1
        problems += validate(doc)
        if lang != "en":
            non_en += 1
        if not doc["entities"]:
            empty += 1
        is_empty_kind = KIND_INFO[name][1]
        if is_empty_kind and doc["entities"]:
            problems.append(f"{doc['id']}: empty kind {name} produced entities")
        if not is_empty_kind and not doc["entities"]:
            problems.append(f"{doc['id']}: kind {name} produced no entity")
        for e in doc["entities"]:
            type_counts[e["type"]] += 1
    # determinism and independence from n
    again = list(generate(n, seed))
    if again != docs:
        problems.append("non-deterministic output for identical (n, seed)")
    short = list(generate(min(50, n), seed))
    if short != docs[:len(short)]:
        problems.append("document i depends on n")
    names = [k[0] for k in KINDS]
    if len(set(names)) != len(names):
        problems.append("duplicate kind names")
    if len(set(names)) < 57:
        problems.append(f"only {len(set(names))} kinds (< 57)")
    missing = [t for t in TYPES if type_counts[t] == 0]
    if missing:
        problems.append(f"types missing: {missing}")
    unused = [k for k in names if kind_counts[k] == 0]
    if unused:
        problems.append(f"kinds never generated: {unused}")

    print(f"documents: {n}   kinds: {len(names)}   entities: {sum(type_counts.values())}")
    print("per-type counts:")
    for t in TYPES:
        print(f"  {t:<24}{type_counts[t]:>7}")
    print("per-kind counts:")
    for k in names:
        print(f"  {k:<30}{KIND_INFO[k][0]:<4}{'empty' if KIND_INFO[k][1] else '':<7}{kind_counts[k]:>5}")
    print(f"non-English share: {non_en / n:.1%}   no-entity share: {empty / n:.1%}")
    lens = [len(d["text"]) for d in docs]
    print(f"text length: min {min(lens)}  max {max(lens)}  mean {sum(lens) / len(lens):.0f}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("OK: 0 problems")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Blind corpus 71 (real estate / mortgages / notaries)")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate them")
    ap.add_argument("--sample", type=int, metavar="K", help="print K docs with spans marked")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return _check(3000, a.seed)
    if a.sample:
        for i in range(a.sample):
            name, lang, doc = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])}")
            print(_mark(doc))
            print()
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} documents to {a.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
