#!/usr/bin/env python3
"""Blind corpus 52 -- dentistry, veterinary, optometry, physiotherapy and small
private clinics (appointment books, treatment plans, recall postcards, lab
orders, prescription pads, pre-authorizations, pet owner records, referral
letters, SMS reminders, practice-management exports, invoices, multilingual
patient forms, configs/logs of clinic software).

Usage:
    python3 corpus_blind52.py --check
    python3 corpus_blind52.py --sample 3
    python3 corpus_blind52.py --n 500 --seed 1 --output out.jsonl

Every document is a pure function of (seed, index).  Entity offsets are
recorded by a Builder while the text is assembled (never searched afterwards).

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
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter
from urllib.parse import urlparse

# ----------------------------------------------------------------- types
PER = "PERSON"; EMAIL = "EMAIL_ADDRESS"; PHONE = "PHONE_NUMBER"; SSN = "US_SSN"
CARD = "CREDIT_CARD"; IBAN = "IBAN_CODE"; IP = "IP_ADDRESS"; DOB = "DATE_OF_BIRTH"
DT = "DATE_TIME"; LOC = "LOCATION"; ADDR = "ADDRESS"; URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"; HPN = "HEALTH_PLAN_NUMBER"; ACCT = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"; AWSK = "AWS_ACCESS_KEY"; AWSS = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"; SLACK = "SLACK_TOKEN"; STRIPE = "STRIPE_KEY"; JWT = "JWT"
PEM = "PRIVATE_KEY"; PWD = "PASSWORD"; SECRET = "GENERIC_SECRET"
TYPES = [PER, EMAIL, PHONE, SSN, CARD, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN, HPN,
         ACCT, DL, AWSK, AWSS, GH, SLACK, STRIPE, JWT, PEM, PWD, SECRET]

LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr"]
ALL = ["en"] + LANGS
NON_EN_SHARE = 0.25
EMPTY_SHARE = 0.12
MIN_LEN, MAX_LEN = 150, 3000


# --------------------------------------------------------------- builder
class Builder:
    """Accumulates text pieces and records entity spans while appending."""
    _PH = re.compile(r"\{(\w+)\}")

    def __init__(self):
        self.parts, self.n, self.ents = [], 0, []

    def t(self, *ss):
        for s in ss:
            self.parts.append(s)
            self.n += len(s)
        return self

    def e(self, s, typ):
        """Append s and, if typ is given, record it as one entity span."""
        start = self.n
        self.t(s)
        if typ:
            self.ents.append((start, self.n, typ))
        return self

    def add(self, *items):
        for it in items:
            self.e(*it) if isinstance(it, tuple) else self.t(it)
        return self

    def fill(self, tpl, **kw):
        """Template with {KEY}s; values are plain strings or (text, TYPE)."""
        pos = 0
        for m in self._PH.finditer(tpl):
            v = kw[m.group(1)]
            self.t(tpl[pos:m.start()]).add(v if isinstance(v, tuple) else str(v))
            pos = m.end()
        return self.t(tpl[pos:])

    def text(self):
        return "".join(self.parts)


# ------------------------------------------------------------- rng utils
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def D(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def U(r, n, al=UP + string.digits):
    return "".join(r.choice(al) for _ in range(n))


def tok(r, n, al=AN):
    """Random token whose first and last characters are alphanumeric."""
    mid = U(r, max(0, n - 2), al)
    return r.choice(AN) + mid + r.choice(AN) if n >= 2 else U(r, n, AN)


def pk(r, s):
    return r.choice(s.split("|"))


def maybe(r, p, s, alt=""):
    return s if r.random() < p else alt


def asc(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s, sep=""):
    return re.sub(r"[^a-z0-9]+", sep, asc(s).lower()).strip(sep)


# ------------------------------------------------------------ checksums
def luhn_ok(num):
    ds = [int(c) for c in num][::-1]
    tot = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + D(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(r, fmt=None):
    brand = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
    if brand == "visa":
        n = luhn_complete("4", 16, r)
    elif brand == "mc":
        n = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    elif brand == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
    elif brand == "disc":
        n = luhn_complete("6011", 16, r)
    else:
        n = luhn_complete("3528", 16, r)
    fmt = fmt or r.choice(["sp", "sp", "plain", "dash"])
    if fmt == "plain":
        return n
    sep = " " if fmt == "sp" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def luhn_bad16(r):
    n = luhn_complete("4", 16, r)
    last = str((int(n[-1]) + r.randint(1, 9)) % 10)
    n = n[:-1] + last
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < .5 else n


IBAN_SPEC = {"DE": "18n", "AT": "16n", "CH": "17n", "FR": "23n", "BE": "12n", "ES": "20n",
             "IT": "1a22n", "PT": "21n", "NL": "4a10n", "PL": "24n", "SE": "20n", "DK": "14n",
             "NO": "11n", "FI": "14n", "CZ": "20n", "TR": "22n", "GB": "4a14n", "IE": "4a14n"}
IBAN_LEN = {k: 4 + sum(int(n) for n in re.findall(r"\d+", v)) for k, v in IBAN_SPEC.items()}
BANKS = {"NL": "ABNA|INGB|RABO|TRIO|SNSB", "GB": "NWBK|BARC|LOYD|HBUK|MIDL", "IE": "AIBK|BOFI"}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)) and IBAN_LEN.get(s[:2]) == len(s) \
        and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc, grouped=None):
    spec = IBAN_SPEC[cc]
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([na])", spec):
        cnt = int(cnt)
        if kind == "a":
            bban += pk(r, BANKS[cc]) if cc in BANKS and cnt == 4 else U(r, cnt, UP)
        else:
            bban += D(r, cnt)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = r.random() < .6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn(r, fmt=None):
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    s = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    fmt = fmt or r.choice(["-", "-", "-", " ", ""])
    return s[:3] + fmt + s[3:5] + fmt + s[5:]


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and sr != "0000"


def bad_ssn(r):
    a = r.choice(["000", "666", f"9{D(r, 2)}"])
    return f"{a}-{D(r, 2)}-{D(r, 4)}"


# ----------------------------------------------------------------- names
NAMES = {  # culture: (male given, female given, family); "_" stands for a space
    "en": ("James Liam Noah William Benjamin Lucas Henry Ethan Daniel Michael Oliver Samuel Connor",
           "Olivia Emma Ava Sophia Mia Charlotte Amelia Harper Grace Chloe Emily Hannah Siobhan",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Jackson "
           "Thompson White Harris Clark Walker O'Brien Murphy Kelly Hughes Fletcher McAllister"),
    "de": ("Lukas Jonas Felix Leon Paul Maximilian Jürgen Stefan Björn Tobias Matthias Uwe",
           "Anna Lea Marie Sophie Hannah Emilia Ursula Katrin Sabine Jana Annika Gisela",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Wolf "
           "Schröder Neumann Braun Zimmermann Krüger Hartmann Lehmann"),
    "fr": ("Louis Gabriel Hugo Jules Arthur Théo Mathis Jean-Pierre Antoine Nicolas Rémi",
           "Camille Léa Chloé Manon Inès Zoé Élodie Marie-Claire Céline Aurélie Margaux",
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre "
           "Michel Fournier Girard Lambert Rousseau Faure"),
    "es": ("Alejandro Pablo Javier Diego José_Manuel Andrés Sergio Álvaro Rubén Iñigo",
           "Lucía Sofía Martina Valeria Carmen Isabel Paula Nerea Ainhoa Mercedes",
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández "
           "Díaz Moreno Álvarez Romero Navarro Ortega"),
    "it": ("Francesco Alessandro Lorenzo Matteo Leonardo Giuseppe Davide Riccardo Niccolò",
           "Giulia Sofia Aurora Chiara Alessia Francesca Beatrice Martina Ilaria",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
           "De_Luca Mancini Costa Fontana"),
    "pt": ("João Pedro Tiago Rafael Gonçalo Luís Miguel Rodrigo Duarte Thiago",
           "Maria Beatriz Inês Mariana Ana Francisca Leonor Matilde Carolina Gabriela",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves "
           "Almeida Carvalho Ribeiro Lopes"),
    "nl": ("Daan Sem Lucas Bram Jeroen Pieter Sander Thijs Maarten Joost",
           "Emma Julia Sophie Tess Femke Anouk Lotte Sanne Marieke Fenna",
           "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder Bos "
           "Vos Peters Hendriks van_Leeuwen"),
    "pl": ("Jakub Antoni Jan Szymon Wojciech Krzysztof Piotr Tomasz Michał Paweł",
           "Zuzanna Julia Maja Zofia Agnieszka Małgorzata Katarzyna Joanna Magdalena Ewa",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
           "Dąbrowski Kozłowski Mazur"),
    "sv": ("William Oscar Lucas Hugo Erik Lars Anders Johan Nils Gustav",
           "Alice Maja Elsa Astrid Ingrid Karin Linnea Saga Ebba Sofia",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
           "Lindqvist Bergström Lundgren"),
    "da": ("Mads Rasmus Mikkel Frederik Søren Anders Christian Jesper Kasper",
           "Freja Ida Sofie Emma Mette Louise Signe Katrine Trine",
           "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
           "Madsen Kristensen"),
    "no": ("Jakob Emil Filip Magnus Håkon Sindre Ola Eirik Kristoffer",
           "Nora Ingrid Sara Ida Sigrid Ingeborg Kari Silje Marte",
           "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Berg Haugen Solberg "
           "Bakken Lie"),
    "fi": ("Eino Väinö Onni Leevi Mikko Juha Antti Timo Jari",
           "Aino Helmi Sofia Aada Tuula Satu Minna Riikka Kaisa",
           "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
           "Lehtonen Salminen"),
    "cs": ("Jakub Tomáš Jan Petr Martin Lukáš Ondřej Jiří Pavel",
           "Eliška Tereza Anna Lucie Kateřina Petra Veronika Jana Markéta",
           "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný"),
    "tr": ("Mehmet Mustafa Emre Burak Can Yusuf Ahmet Kerem Oğuz Hakan",
           "Ayşe Fatma Zeynep Elif Selin Merve Büşra Gül Ece Derya",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aksoy"),
    "zh": ("Wei Lei Hao Jun Qiang Ming", "Fang Jing Xiu Ying Min Na Li",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Lin"),
    "ja": ("Haruto Sota Yuto Ren Takeshi Hiroshi", "Yui Hina Aoi Sakura Keiko Yuki",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato"),
    "ko": ("Min-jun Ji-hoon Do-yoon Seung-woo", "Seo-yeon Ha-eun Ji-woo Su-bin",
           "Kim Lee Park Choi Jung Kang Cho Yoon"),
    "in": ("Aarav Rohan Vikram Arjun Rahul Sanjay Karthik", "Priya Ananya Lakshmi Kavya Deepa Sneha Meera",
           "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Chopra Mehta Banerjee"),
    "ar": ("Mohammed Ahmed Omar Youssef Khaled Karim Tariq", "Fatima Aisha Layla Mariam Nour Yasmin Samira",
           "Al-Sayed Haddad Khalil Mansour Nasser Saleh Hassan Ibrahim Aziz El-Amin Benali"),
    "ng": ("Chinedu Oluwaseun Emeka Tunde Ikenna", "Ngozi Adaeze Funmilayo Chiamaka Yetunde",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Oyelaran Abiodun"),
    "vi": ("Minh Tuan Duc Huy", "Lan Huong Thu Linh", "Nguyen Tran Le Pham Hoang Vu Dang"),
    "gr": ("Giorgos Dimitris Nikos Kostas", "Eleni Maria Katerina Sofia",
           "Papadopoulos Georgiou Nikolaidis Konstantinou Pappas Oikonomou"),
}
NAMES = {k: tuple([x.replace("_", " ") for x in part.split()] for part in v) for k, v in NAMES.items()}


class Person:
    def __init__(self, given, family, sex, cult, mid=""):
        self.given, self.family, self.sex, self.cult, self.mid = given, family, sex, cult, mid

    @property
    def full(self):
        return f"{self.given} {self.family}"

    @property
    def lf(self):
        return f"{self.family}, {self.given}"

    def var(self, r, styles="full full full full mi lf caps given family"):
        st = r.choice(styles.split())
        if st == "mi":
            return f"{self.given} {self.mid}. {self.family}"
        if st == "lf":
            return self.lf
        if st == "caps":
            return r.choice([self.full.upper(), f"{self.family.upper()}, {self.given}"])
        if st == "given":
            return self.given
        if st == "family":
            return self.family
        return self.full


def fem_surname(fam, cult):
    if cult == "cs":
        if fam.endswith("ý"):
            return fam[:-1] + "á"
        if fam.endswith("ec"):
            return fam[:-2] + "cová"
        return (fam[:-1] if fam.endswith("a") else fam) + "ová"
    if cult == "pl" and fam[-3:] in ("ski", "cki"):
        return fam[:-1] + "a"
    return fam


def person(r, cult):
    m, f, fam = NAMES[cult]
    sex = r.choice("mf")
    family = r.choice(fam)
    if sex == "f":
        family = fem_surname(family, cult)
    return Person(r.choice(m if sex == "m" else f), family, sex, cult, r.choice(UP))


TITLES = {
    "en": ("Mr.|Mr", "Mrs.|Ms.|Ms|Miss"), "de": ("Herr", "Frau"), "fr": ("M.|Monsieur", "Mme|Madame"),
    "es": ("Sr.|D.", "Sra.|Dña."), "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."),
    "nl": ("dhr.|de heer", "mevr.|mevrouw"), "pl": ("Pan", "Pani"), "sv": ("", ""), "da": ("", ""),
    "no": ("", ""), "fi": ("", ""), "cs": ("pan", "paní"), "tr": ("Sayın", "Sayın"),
}
DR = {"en": "Dr.|Dr", "de": "Dr.|Dr. med. dent.", "fr": "Dr|Docteur", "es": "Dr.|Dra.", "it": "Dott.|Dott.ssa",
      "pt": "Dr.|Dra.", "nl": "dr.|drs.", "pl": "dr|lek. dent.", "sv": "Dr.|leg. tandläkare",
      "da": "Dr.|tandlæge", "no": "Dr.|tannlege", "fi": "HLL|ELL", "cs": "MUDr.|MDDr.", "tr": "Dr.|Dt."}


def title(r, p, lang):
    t = TITLES[lang][0 if p.sex == "m" else 1]
    t = pk(r, t) if t else ""
    return t + " " if t else ""


def drt(r, lang):
    return pk(r, DR[lang]) + " "


PETS = ("Biscuit Pepper Mochi Nala Peanut Ziggy Whiskers Shadow Pumpkin Clover Tofu Kiwi Fluffy Bello "
        "Minou Snowball Noodle Pickles Muffin Waffles Karamel Pixel Bamse Pusur Fido Rex Luna Simba Coco "
        "Gizmo Sushi Pelusa Fifi Schnuffel Misty Nugget Oreo Pippa Zorro Tigrou Kulfi Bolinha Boncuk").split()
SPECIES = {"en": "dog|cat|rabbit|guinea pig|ferret|budgie", "de": "Hund|Katze|Kaninchen|Meerschweinchen",
           "fr": "chien|chat|lapin|furet", "es": "perro|gato|conejo|hurón", "it": "cane|gatto|coniglio",
           "pt": "cão|gato|coelho", "nl": "hond|kat|konijn|cavia", "pl": "pies|kot|królik", "sv": "hund|katt|kanin",
           "da": "hund|kat|kanin", "no": "hund|katt|kanin", "fi": "koira|kissa|kani", "cs": "pes|kočka|králík",
           "tr": "köpek|kedi|tavşan"}
BREEDS = ("Labrador Retriever|Border Collie|Dachshund|French Bulldog|Maine Coon|British Shorthair|Beagle|"
          "Golden Retriever|Jack Russell Terrier|Siamese|Holland Lop|Norwegian Forest Cat|Cocker Spaniel").split("|")
BREEDS_BY = [["Labrador Retriever", "Border Collie", "Dachshund", "French Bulldog", "Beagle", "Golden Retriever",
              "Jack Russell Terrier", "Cocker Spaniel", "mixed breed"],
             ["Maine Coon", "British Shorthair", "Siamese", "Norwegian Forest Cat", "domestic shorthair"],
             ["Holland Lop", "Netherland Dwarf", "Lionhead"]]


def pet(r, lang):
    """(name, species in lang, breed) with species and breed consistent."""
    k = r.choice([0, 0, 0, 1, 1, 2])
    return r.choice(PETS), SPECIES[lang].split("|")[k], r.choice(BREEDS_BY[k])


def pet_line(r, lang, s1, s2, cap=False):
    n, sp, br = pet(r, lang)
    return f"{n}{s1}{sp.capitalize() if cap else sp}{s2}{br}"
DRUGS = ("Amoxicillin 500 mg|Clindamycin 300 mg|Chlorhexidine 0.12%|Ibuprofen 600 mg|Paracetamol 1 g|"
         "Articaine 4%|Lidocaine 2%|Metronidazole 400 mg|Carprofen 50 mg|Meloxicam 1.5 mg/ml|Apoquel 16 mg|"
         "Bravecto 500 mg|Latanoprost 0.005%|Atropine 0.01%|Prednisolone acetate 1%|Diclofenac gel 1%").split("|")
DRUG_BY = {"dent": DRUGS[0:5] + DRUGS[7:8], "vet": DRUGS[8:12], "opt": DRUGS[12:15],
           "physio": [DRUGS[15], "Ibuprofen 400 mg", "Paracetamol 1 g", "Naproxen 250 mg"]}
BRANDS = ("Invisalign|Oral-B|Sonicare|Colgate Duraphat|Acuvue Oasys|Dailies Total1|Royal Canin|Hill's Science Diet|"
          "Dentrix|Open Dental|CEREC|Straumann|Theraband|Kinesio Tape|Zeiss|Essilor Varilux|Purina Pro Plan").split("|")
CDT = "D0120 D0150 D0210 D0274 D0330 D1110 D1120 D1206 D1351 D2140 D2391 D2740 D2950 D3330 D4341 D4910 D6010 D7140 D7210 D8090".split()
CPT_PT = "97110 97112 97140 97530 97161 97162 97014 97035".split()
CPT_OPT = "92004 92014 92310 92015 92250".split()
ICD = "K02.52 K05.10 K08.101 K04.7 M54.5 M25.561 S83.511A M75.101 H52.13 H52.4 H40.11 H10.13".split()


# -------------------------------------------------------------- countries
COUNTRY_CULT = {
    "US": "en en en en en es es zh ko vi in ng ar gr", "GB": "en en en en en in in ng pl ar zh",
    "CA": "en en en en fr zh in ko ar", "AU": "en en en en zh vi gr it in", "IE": "en en en en en pl ng",
    "DE": "de de de de de tr tr pl gr it ar", "AT": "de de de de de cs tr", "CH": "de de de it fr",
    "FR": "fr fr fr fr fr ar ar pt es vi", "BE": "fr fr fr nl ar it", "ES": "es es es es es ar",
    "MX": "es", "IT": "it it it it it ar", "PT": "pt", "BR": "pt pt pt pt ja it", "NL": "nl nl nl nl nl tr ar",
    "PL": "pl", "SE": "sv sv sv sv fi ar", "DK": "da da da da tr", "NO": "no no no no pl",
    "FI": "fi fi fi fi sv", "CZ": "cs", "TR": "tr",
}
LANG_CC = {"en": "US US US US US GB GB GB CA CA AU AU IE", "de": "DE DE DE DE AT CH", "fr": "FR FR FR BE",
           "es": "ES ES ES MX", "it": "IT", "pt": "PT PT BR", "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK",
           "no": "NO", "fi": "FI", "cs": "CZ", "tr": "TR"}
COUNTRY_NAME = {"US": "USA|United States", "GB": "United Kingdom|UK", "CA": "Canada", "AU": "Australia",
                "IE": "Ireland", "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France",
                "BE": "Belgique", "ES": "España", "MX": "México", "IT": "Italia", "PT": "Portugal",
                "BR": "Brasil", "NL": "Nederland", "PL": "Polska", "SE": "Sverige", "DK": "Danmark",
                "NO": "Norge", "FI": "Suomi", "CZ": "Česká republika", "TR": "Türkiye"}


def country_for(r, lang):
    return r.choice(LANG_CC[lang].split())


def person_cc(r, cc):
    return person(r, r.choice(COUNTRY_CULT[cc].split()))


# city tuples: (city as written in address, plain city, region, postcode prefix)
CITIES = {
    "US": [("Springfield", "Springfield", "IL", "627"), ("Portland", "Portland", "OR", "972"),
           ("Austin", "Austin", "TX", "787"), ("Columbus", "Columbus", "OH", "432"), ("Madison", "Madison", "WI", "537"),
           ("Raleigh", "Raleigh", "NC", "276"), ("Boise", "Boise", "ID", "837"), ("Tucson", "Tucson", "AZ", "857"),
           ("Albany", "Albany", "NY", "122"), ("Sacramento", "Sacramento", "CA", "958"), ("Denver", "Denver", "CO", "802"),
           ("Savannah", "Savannah", "GA", "314")],
    "GB": [("Leeds", "Leeds", "", "LS"), ("Manchester", "Manchester", "", "M"), ("Bristol", "Bristol", "", "BS"),
           ("Norwich", "Norwich", "", "NR"), ("Cardiff", "Cardiff", "", "CF"), ("Edinburgh", "Edinburgh", "", "EH"),
           ("Brighton", "Brighton", "", "BN"), ("York", "York", "", "YO")],
    "CA": [("Toronto", "Toronto", "ON", "M"), ("Ottawa", "Ottawa", "ON", "K"), ("Vancouver", "Vancouver", "BC", "V"),
           ("Calgary", "Calgary", "AB", "T"), ("Halifax", "Halifax", "NS", "B"), ("Winnipeg", "Winnipeg", "MB", "R")],
    "AU": [("Sydney", "Sydney", "NSW", "2"), ("Parramatta", "Parramatta", "NSW", "2"), ("Melbourne", "Melbourne", "VIC", "3"),
           ("Geelong", "Geelong", "VIC", "3"), ("Brisbane", "Brisbane", "QLD", "4"), ("Perth", "Perth", "WA", "6"),
           ("Hobart", "Hobart", "TAS", "7")],
    "IE": [("Cork", "Cork", "", "T12"), ("Galway", "Galway", "", "H91"), ("Limerick", "Limerick", "", "V94"),
           ("Dublin 6", "Dublin", "", "D06")],
    "DE": [("Berlin", "Berlin", "", "10"), ("Hamburg", "Hamburg", "", "20"), ("München", "München", "", "80"),
           ("Köln", "Köln", "", "50"), ("Leipzig", "Leipzig", "", "04"), ("Freiburg im Breisgau", "Freiburg", "", "79"),
           ("Münster", "Münster", "", "48"), ("Dresden", "Dresden", "", "01"), ("Nürnberg", "Nürnberg", "", "90")],
    "AT": [("Wien", "Wien", "", "1"), ("Graz", "Graz", "", "8"), ("Salzburg", "Salzburg", "", "5"),
           ("Innsbruck", "Innsbruck", "", "6"), ("Linz", "Linz", "", "4")],
    "CH": [("Zürich", "Zürich", "", "8"), ("Bern", "Bern", "", "3"), ("Basel", "Basel", "", "4"), ("Luzern", "Luzern", "", "6")],
    "FR": [("Paris", "Paris", "", "75"), ("Lyon", "Lyon", "", "69"), ("Marseille", "Marseille", "", "13"),
           ("Toulouse", "Toulouse", "", "31"), ("Nantes", "Nantes", "", "44"), ("Lille", "Lille", "", "59"),
           ("Bordeaux", "Bordeaux", "", "33"), ("Strasbourg", "Strasbourg", "", "67"), ("Rennes", "Rennes", "", "35")],
    "BE": [("Bruxelles", "Bruxelles", "", "1"), ("Liège", "Liège", "", "4"), ("Namur", "Namur", "", "5")],
    "ES": [("Madrid", "Madrid", "", "28"), ("Barcelona", "Barcelona", "", "08"), ("Valencia", "Valencia", "", "46"),
           ("Sevilla", "Sevilla", "", "41"), ("Zaragoza", "Zaragoza", "", "50"), ("Bilbao", "Bilbao", "", "48"),
           ("Málaga", "Málaga", "", "29"), ("Granada", "Granada", "", "18")],
    "MX": [("Ciudad de México", "Ciudad de México", "CDMX", "0"), ("Guadalajara", "Guadalajara", "Jalisco", "44"),
           ("Monterrey", "Monterrey", "Nuevo León", "64"), ("Puebla", "Puebla", "Puebla", "72")],
    "IT": [("Roma", "Roma", "RM", "001"), ("Milano", "Milano", "MI", "201"), ("Napoli", "Napoli", "NA", "801"),
           ("Torino", "Torino", "TO", "101"), ("Bologna", "Bologna", "BO", "401"), ("Firenze", "Firenze", "FI", "501"),
           ("Palermo", "Palermo", "PA", "901"), ("Bari", "Bari", "BA", "701")],
    "PT": [("Lisboa", "Lisboa", "", "1"), ("Porto", "Porto", "", "4"), ("Coimbra", "Coimbra", "", "3"),
           ("Braga", "Braga", "", "47"), ("Faro", "Faro", "", "8")],
    "BR": [("São Paulo", "São Paulo", "SP", "0"), ("Rio de Janeiro", "Rio de Janeiro", "RJ", "2"),
           ("Belo Horizonte", "Belo Horizonte", "MG", "3"), ("Curitiba", "Curitiba", "PR", "8"), ("Recife", "Recife", "PE", "5")],
    "NL": [("Amsterdam", "Amsterdam", "", "10"), ("Rotterdam", "Rotterdam", "", "30"), ("Utrecht", "Utrecht", "", "35"),
           ("Den Haag", "Den Haag", "", "25"), ("Eindhoven", "Eindhoven", "", "56"), ("Groningen", "Groningen", "", "97"),
           ("Haarlem", "Haarlem", "", "20")],
    "PL": [("Warszawa", "Warszawa", "", "0"), ("Kraków", "Kraków", "", "3"), ("Wrocław", "Wrocław", "", "5"),
           ("Poznań", "Poznań", "", "6"), ("Gdańsk", "Gdańsk", "", "8"), ("Łódź", "Łódź", "", "9")],
    "SE": [("Stockholm", "Stockholm", "", "1"), ("Göteborg", "Göteborg", "", "4"), ("Malmö", "Malmö", "", "2"),
           ("Uppsala", "Uppsala", "", "75"), ("Umeå", "Umeå", "", "90")],
    "DK": [("København K", "København", "", "1"), ("Aarhus C", "Aarhus", "", "8000"), ("Odense C", "Odense", "", "5000"),
           ("Aalborg", "Aalborg", "", "9000"), ("Roskilde", "Roskilde", "", "4000")],
    "NO": [("Oslo", "Oslo", "", "0"), ("Bergen", "Bergen", "", "50"), ("Trondheim", "Trondheim", "", "70"),
           ("Stavanger", "Stavanger", "", "40"), ("Tromsø", "Tromsø", "", "90")],
    "FI": [("Helsinki", "Helsinki", "", "00"), ("Espoo", "Espoo", "", "02"), ("Tampere", "Tampere", "", "33"),
           ("Turku", "Turku", "", "20"), ("Oulu", "Oulu", "", "90")],
    "CZ": [("Praha 2", "Praha", "", "120"), ("Brno", "Brno", "", "602"), ("Ostrava", "Ostrava", "", "702"),
           ("Plzeň", "Plzeň", "", "301"), ("Olomouc", "Olomouc", "", "779")],
    "TR": [("Kadıköy/İstanbul", "İstanbul", "", "347"), ("Beşiktaş/İstanbul", "İstanbul", "", "343"),
           ("Çankaya/Ankara", "Ankara", "", "064"), ("Konak/İzmir", "İzmir", "", "352"), ("Nilüfer/Bursa", "Bursa", "", "161")],
}
STREETS = {
    "US": "Oak|Maple|Cedar|Pine|Elm|Washington|Lake|Hill|Park|Sunset|Highland|Lincoln|Jefferson|Willow",
    "GB": "High Street|Mill Lane|Church Road|Station Road|Victoria Road|Green Lane|Kings Road|Queen Street|Park Avenue",
    "CA": "King St W|Queen St E|Maple Ave|Bloor St W|Main St|Jasper Ave|Granville St|Portage Ave",
    "AU": "George St|Pitt St|Collins St|Chapel St|Queen St|Hay St|Elizabeth St",
    "IE": "Main Street|Patrick Street|Shop Street|O'Connell Street|Ranelagh Road",
    "DE": "Hauptstraße|Bahnhofstraße|Lindenweg|Schillerstraße|Goethestraße|Am Markt|Gartenstraße|Kirchweg|Rosenstraße|Friedrich-Ebert-Allee",
    "AT": "Mariahilfer Straße|Herrengasse|Landstraßer Hauptstraße|Annenstraße|Linzer Gasse",
    "CH": "Bahnhofstrasse|Seefeldstrasse|Marktgasse|Spitalgasse|Rheinweg",
    "FR": "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|place du Marché|rue Victor Hugo|impasse des Tilleuls",
    "BE": "Rue Haute|Avenue Louise|Rue de Namur|Chaussée de Wavre",
    "ES": "Calle de Alcalá|Calle Mayor|Avenida Diagonal|Calle Sierpes|Paseo de Gracia|Calle Larios|Gran Vía",
    "MX": "Av. Insurgentes Sur|Calle Morelos|Av. Juárez|Calle Hidalgo",
    "IT": "Via Roma|Corso Vittorio Emanuele II|Via Garibaldi|Piazza Navona|Via dei Mille|Viale Mazzini|Via Toledo",
    "PT": "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Carmo|Travessa do Fala-Só",
    "BR": "Rua das Flores|Avenida Paulista|Rua Oscar Freire|Rua XV de Novembro|Avenida Boa Viagem",
    "NL": "Prinsengracht|Dorpsstraat|Kerkstraat|Stationsweg|Molenstraat|Oudegracht|Lange Voorhout",
    "PL": "ul. Marszałkowska|ul. Długa|al. Jana Pawła II|ul. Floriańska|ul. Piotrkowska|ul. Świętojańska",
    "SE": "Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Sveavägen|Linnégatan",
    "DK": "Vesterbrogade|Nørregade|Strøget|Søndergade|Jernbanegade",
    "NO": "Karl Johans gate|Storgata|Bogstadveien|Kongens gate|Torggata",
    "FI": "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Kauppakatu|Yliopistonkatu",
    "CZ": "Vinohradská|Masarykova|Husova|Nádražní|Palackého",
    "TR": "Bağdat Cad.|Atatürk Bulvarı|İstiklal Cad.|Cumhuriyet Cad.|Barbaros Bulvarı",
}


def _zip(r, cc, pre):
    L = lambda: r.choice("ABDEFGHJLNPQRSTUWXYZ")
    if cc == "US":
        return pre + D(r, 2) + maybe(r, .15, "-" + D(r, 4))
    if cc == "GB":
        return f"{pre}{r.randint(1, 19)} {r.randint(1, 9)}{L()}{L()}"
    if cc == "CA":
        return f"{pre}{r.randint(1, 9)}{L()} {r.randint(1, 9)}{L()}{r.randint(1, 9)}"
    if cc == "IE":
        return f"{pre} {L()}{D(r, 1)}{L()}{D(r, 1)}"
    if cc == "NL":
        return f"{pre}{D(r, 2)} {L()}{L()}"
    if cc == "PL":
        return f"{pre}{D(r, 1)}-{D(r, 3)}"
    if cc in ("SE", "CZ"):
        z = pre + D(r, 5 - len(pre))
        return f"{z[:3]} {z[3:]}"
    if cc == "PT":
        return f"{pre}{D(r, 4 - len(pre))}-{D(r, 3)}"
    if cc == "BR":
        return f"{pre}{D(r, 4)}-{D(r, 3)}"
    n = {"DE": 5, "FR": 5, "ES": 5, "IT": 5, "MX": 5, "FI": 5, "TR": 5}.get(cc, 4)
    return pre + D(r, max(0, n - len(pre)))


def make_addr(r, cc):
    city, plain, region, pre = r.choice(CITIES[cc])
    st = pk(r, STREETS[cc])
    num = r.randint(1, 180)
    A = dict(cc=cc, city=city, plain=plain, region=region, zip=_zip(r, cc, pre), unit="",
             country=pk(r, COUNTRY_NAME[cc]))
    if cc == "US":
        A["street"] = f"{r.randint(10, 9899)} {st} " + pk(r, "St|Street|Ave|Avenue|Rd|Blvd|Ln|Dr|Way")
        A["unit"] = r.choice(["", "", f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Suite {r.randint(100, 450)}",
                              f"Unit {r.randint(1, 30)}"])
    elif cc in ("GB", "IE", "AU", "CA"):
        A["street"] = f"{num} {st}"
        A["unit"] = r.choice(["", "", {"GB": f"Flat {r.randint(1, 12)}", "IE": f"Apartment {r.randint(1, 20)}",
                                       "AU": f"Unit {r.randint(1, 20)}", "CA": f"Unit {r.randint(100, 1200)}"}[cc]])
    elif cc in ("FR",):
        A["street"] = f"{num}{maybe(r, .1, ' bis')} {st}"
        A["unit"] = maybe(r, .3, f"Bât. {r.choice('ABC')}, appt {r.randint(1, 40)}")
    elif cc in ("MX", "BR"):
        A["street"] = f"{st} {num}" if cc == "MX" else f"{st}, {num}"
        A["unit"] = maybe(r, .5, "Col. Roma Norte" if cc == "MX" else f"apto {r.randint(11, 120)}")
    elif cc == "TR":
        A["street"] = f"{st} No: {num}" + maybe(r, .6, f" D: {r.randint(1, 20)}")
    elif cc == "PL":
        A["street"] = f"{st} {num}" + maybe(r, .6, f"/{r.randint(1, 60)}")
    elif cc == "CZ":
        A["street"] = f"{st} {r.randint(100, 2999)}/{num}"
    elif cc == "FI":
        A["street"] = f"{st} {num}" + maybe(r, .6, f" {r.choice('ABC')} {r.randint(1, 40)}")
    elif cc == "DK":
        A["street"] = f"{st} {num}" + maybe(r, .6, f", {r.randint(1, 5)}. {r.choice(['tv', 'th', 'mf'])}")
    elif cc == "ES":
        A["street"] = f"{st} {num}" + maybe(r, .6, f", {r.randint(1, 9)}º {r.choice('ABCD')}")
    elif cc == "PT":
        A["street"] = f"{st} {num}" + maybe(r, .5, f", {r.randint(1, 8)}.º {r.choice(['Esq', 'Dto'])}")
    elif cc == "SE":
        A["street"] = f"{st} {num}" + maybe(r, .3, f" lgh {r.randint(1001, 1504)}")
    else:
        A["street"] = f"{st} {num}{maybe(r, .15, r.choice('abc'))}"
    return A


def street_line(A):
    u = A["unit"]
    if not u:
        return A["street"]
    if A["cc"] in ("GB", "IE", "AU"):
        return f"{u}, {A['street']}" if A["cc"] != "AU" else f"{u}/{A['street']}".replace("Unit ", "")
    return f"{A['street']}, {u}" if A["cc"] != "US" else f"{A['street']} {u}"


def city_line(A):
    fmt = {"US": "{c}, {rg} {z}", "CA": "{c}, {rg} {z}", "AU": "{c} {rg} {z}", "GB": "{c} {z}", "IE": "{c} {z}",
           "IT": "{z} {c} {rg}", "BR": "{c} - {rg}, {z}", "MX": "{z} {c}, {rg}"}.get(A["cc"], "{z} {c}")
    return fmt.format(c=A["city"], z=A["zip"], rg=A["region"])


def addr_line(A, country=False):
    s = f"{street_line(A)}, {city_line(A)}"
    return s + (f", {A['country']}" if country else "")


def addr_block(A, country=False, sep="\n"):
    lines = [street_line(A), city_line(A)]
    if A["cc"] in ("GB", "IE") and A["unit"]:
        lines = [A["unit"], A["street"], A["city"], A["zip"]] if A["cc"] == "GB" else lines
    if country:
        lines.append(A["country"].upper() if A["cc"] not in ("US",) else A["country"])
    return sep.join(lines)


# ----------------------------------------------------------------- phones
def phone(r, cc):
    d = lambda n: D(r, n)
    x = lambda: "01" + d(2)
    ac = lambda: r.choice(["212", "312", "415", "503", "617", "720", "512", "919", "608", "208", "520", "916", "303", "518", "404", "206"])
    f = {
        "US": [lambda: f"({ac()}) 555-{x()}", lambda: f"{ac()}-555-{x()}", lambda: f"+1 {ac()} 555 {x()}",
               lambda: f"1-{r.choice(['800', '888', '877'])}-555-{x()}", lambda: f"{ac()}.555.{x()}", lambda: f"+1-{ac()}-555-{x()}",
               lambda: f"+1{ac()}555{x()}"],
        "CA": [lambda: f"(416) 555-{x()}", lambda: f"604-555-{x()}", lambda: f"+1 613 555 {x()}", lambda: f"1-888-555-{x()}"],
        "GB": [lambda: f"+44 20 7946 0{d(3)}", lambda: f"020 7946 0{d(3)}", lambda: f"0113 496 0{d(3)}",
               lambda: f"07700 900{d(3)}", lambda: f"+44 7700 900{d(3)}", lambda: f"+44 (0)117 496 0{d(3)}"],
        "IE": [lambda: f"+353 1 555 {d(4)}", lambda: f"087 {d(3)} {d(4)}", lambda: f"(021) 555 {d(4)}"],
        "AU": [lambda: f"+61 2 5550 {d(4)}", lambda: f"(03) 5550 {d(4)}", lambda: f"0491 570 {d(3)}", lambda: f"+61 491 570 {d(3)}"],
        "DE": [lambda: f"+49 30 {d(8)}", lambda: f"030 {d(7)}", lambda: f"0151 {d(8)}", lambda: f"+49 (0)89 {d(7)}",
               lambda: f"0221/{d(6)}", lambda: f"+49 171 {d(3)} {d(4)}"],
        "AT": [lambda: f"+43 1 {d(3)} {d(2)} {d(2)}", lambda: f"0664 {d(7)}", lambda: f"0316/{d(6)}"],
        "CH": [lambda: f"+41 44 {d(3)} {d(2)} {d(2)}", lambda: f"031 {d(3)} {d(2)} {d(2)}", lambda: f"079 {d(3)} {d(2)} {d(2)}"],
        "FR": [lambda: f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
               lambda: f"+33 (0)4 72 {d(2)} {d(2)} {d(2)}", lambda: f"02.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
        "BE": [lambda: f"+32 2 {d(3)} {d(2)} {d(2)}", lambda: f"0470 {d(2)} {d(2)} {d(2)}"],
        "ES": [lambda: f"+34 91{d(1)} {d(3)} {d(3)}", lambda: f"6{d(2)} {d(3)} {d(3)}", lambda: f"93 {d(3)} {d(2)} {d(2)}"],
        "MX": [lambda: f"+52 55 {d(4)} {d(4)}", lambda: f"(33) {d(4)} {d(4)}"],
        "IT": [lambda: f"+39 06 {d(4)} {d(4)}", lambda: f"333 {d(3)} {d(4)}", lambda: f"+39 02 {d(8)}", lambda: f"051-{d(6)}"],
        "PT": [lambda: f"+351 21 {d(3)} {d(4)}", lambda: f"9{d(2)} {d(3)} {d(3)}", lambda: f"22 {d(3)} {d(4)}"],
        "BR": [lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(21) {d(4)}-{d(4)}", lambda: f"(31) 9{d(4)}-{d(4)}"],
        "NL": [lambda: f"+31 20 {d(3)} {d(4)}", lambda: f"06-{d(8)}", lambda: f"030-{d(7)}", lambda: f"+31 6 {d(8)}"],
        "PL": [lambda: f"+48 22 {d(3)} {d(2)} {d(2)}", lambda: f"50{d(1)} {d(3)} {d(3)}", lambda: f"+48 601-{d(3)}-{d(3)}"],
        "SE": [lambda: f"+46 8 {d(3)} {d(3)} {d(2)}", lambda: f"08-{d(3)} {d(3)} {d(2)}", lambda: f"070-{d(3)} {d(2)} {d(2)}"],
        "DK": [lambda: f"+45 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"{d(2)} {d(2)} {d(2)} {d(2)}"],
        "NO": [lambda: f"+47 22 {d(2)} {d(2)} {d(2)}", lambda: f"9{d(2)} {d(2)} {d(3)}"],
        "FI": [lambda: f"+358 9 {d(4)} {d(3)}", lambda: f"040 {d(3)} {d(4)}", lambda: f"+358 40 {d(3)} {d(4)}"],
        "CZ": [lambda: f"+420 221 {d(3)} {d(3)}", lambda: f"602 {d(3)} {d(3)}", lambda: f"+420 777 {d(3)} {d(3)}"],
        "TR": [lambda: f"+90 212 {d(3)} {d(2)} {d(2)}", lambda: f"0532 {d(3)} {d(2)} {d(2)}", lambda: f"(0216) {d(3)} {d(2)} {d(2)}"],
    }[cc]
    return r.choice(f)()


# ----------------------------------------------------- e-mails, urls, ips
FREEMAIL = ["example.com", "example.org", "example.net", "mail.example.com", "inbox.example",
            "webmail.test", "post.example.org", "correo.example", "posteo.example"]


LOCALS = {"en": "info|reception|frontdesk|office|billing|hello|recall|booking|admin", "de": "info|empfang|kontakt|praxis|termine",
          "fr": "contact|accueil|secretariat|rdv", "es": "info|citas|recepcion|clinica", "it": "info|segreteria|studio|prenotazioni",
          "pt": "geral|recepcao|marcacoes|info", "nl": "info|balie|praktijk|afspraken", "pl": "rejestracja|biuro|kontakt|recepcja",
          "sv": "info|mottagning|reception|kontakt", "da": "info|klinik|kontakt|booking", "no": "post|resepsjon|kontakt",
          "fi": "info|vastaanotto|ajanvaraus", "cs": "info|recepce|objednavky", "tr": "info|randevu|iletisim"}
WEBPATH = {"en": "/contact|/booking|/book-online", "de": "/kontakt|/termine|/online-termin", "fr": "/contact|/rendez-vous",
           "es": "/contacto|/cita-previa", "it": "/contatti|/prenota", "pt": "/contactos|/marcacoes", "nl": "/contact|/afspraak-maken",
           "pl": "/kontakt|/rejestracja", "sv": "/kontakt|/boka-tid", "da": "/kontakt|/book-tid", "no": "/kontakt|/bestill-time",
           "fi": "/yhteystiedot|/ajanvaraus", "cs": "/kontakt|/objednani", "tr": "/iletisim|/randevu"}


def email(r, p=None, dom=None, lang="en"):
    dom = dom or r.choice(FREEMAIL)
    if p is None:
        local = pk(r, LOCALS[lang])
    else:
        g, f = slug(p.given), slug(p.family)
        local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f[0]}", f"{f}.{g}", f"{g}_{f}{D(r, 2)}",
                          f"{g}{r.randint(50, 99)}", f"{f}{g[0]}", f"{g}.{f}{r.randint(1, 9)}"])
    return f"{local}@{dom}"


def ipv4(r):
    return r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                     f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ipv6(r):
    return r.choice([f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}",
                     f"2001:db8:{r.randint(0, 0xfff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xff):x}",
                     f"fe80::{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}"])


def ip(r):
    return ipv6(r) if r.random() < .2 else ipv4(r)


# ------------------------------------------------------------------ secrets
def aws_key(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + U(r, 16, UP + "234567")


def aws_secret(r):
    return tok(r, 40, AN + "/+")


def gh_token(r):
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + U(r, 36, AN)


def slack_token(r):
    return r.choice(["xoxb", "xoxp"]) + f"-{D(r, 11)}-{D(r, 13)}-" + U(r, 24, AN)


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + U(r, r.choice([24, 34, 99]), AN)


def b64u(bs):
    return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()


def jwt(r):
    h = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    iat = 1700000000 + r.randint(0, 60000000)
    p = {"sub": U(r, 10, AN), "iat": iat, "exp": iat + 3600, "scope": r.choice(["portal", "pms.read", "booking"])}
    sig = bytes(r.getrandbits(8) for _ in range(32 if h["alg"] != "RS256" else 64))
    return ".".join([b64u(json.dumps(h, separators=(",", ":")).encode()),
                     b64u(json.dumps(p, separators=(",", ":")).encode()), b64u(sig)])


def pem(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(48 * r.randint(3, 6) + r.randint(5, 40)))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def password(r):
    if r.random() < .35:
        return tok(r, r.randint(10, 18), AN + "!#$%&*@^")
    w = pk(r, "Molar|Canine|Sunny|Tiger|Bluebird|Kaffee|Zahn|Sonne|Lunette|Gato|Retina|Kiefer|Harbor|Zebra|Tandarts|Molnet")
    return w + r.choice(["#", "!", "_", "@", "$", "%", "*", "-", ""]) + D(r, r.randint(2, 5)) + U(r, r.randint(1, 3), string.ascii_letters)


def generic_secret(r):
    c = r.randint(0, 6)
    if c == 0:
        return "whsec_" + U(r, 32, AN)
    if c == 1:
        return "SG." + tok(r, 22, AN + "-_") + "." + tok(r, 43, AN + "-_")
    if c == 2:
        return U(r, 32, HEX)
    if c == 3:
        return "key-" + U(r, 32, HEX)
    if c == 4:
        return tok(r, 40, AN)
    if c == 5:
        return "sq0csp-" + tok(r, 43, AN + "-_")
    return "dd_" + U(r, 32, HEX)


# --------------------------------------------------------------- negatives
def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r, n=40):
    return U(r, n, HEX)


def neg_ref(r, kind=None):
    kind = kind or r.choice(["order", "invoice", "ticket", "claim", "booking", "tracking", "case"])
    return {"order": lambda: f"ORD-{r.randint(2023, 2026)}-{D(r, 5)}", "invoice": lambda: f"INV-{D(r, 6)}",
            "ticket": lambda: f"#{D(r, 5)}", "claim": lambda: f"CLM{D(r, 8)}", "booking": lambda: f"BK-{U(r, 6)}",
            "tracking": lambda: "1Z" + U(r, 16), "case": lambda: f"CASE-{D(r, 7)}"}[kind]()


def masked_card(r):
    return r.choice([f"**** **** **** {D(r, 4)}", f"XXXX-XXXX-XXXX-{D(r, 4)}", f"•••• {D(r, 4)}", f"ending {D(r, 4)}"])


def npi(r):
    return r.choice("12") + D(r, 9)


def bic(r):
    return pk(r, "DEUTDEFFXXX|COBADEFF|BNPAFRPP|CAIXESBB|UNCRITMM|ABNANL2A|INGBNL2A|PKOPPLPW|NDEASESS|DABADKKK|"
                 "DNBANOKK|OKOYFIHH|KOMBCZPP|TGBATRIS|BCOMPTPL|GEBABEBB|UBSWCHZH80A|NWBKGB2L|AIBKIE2D|BKAUATWW")


def plate(r, cc="US"):
    return {"DE": f"B-{U(r, 2, UP)} {r.randint(100, 9999)}", "GB": f"{U(r, 2, UP)}{D(r, 2)} {U(r, 3, UP)}",
            "FR": f"{U(r, 2, UP)}-{D(r, 3)}-{U(r, 2, UP)}", "NL": f"{U(r, 2, UP)}-{D(r, 3)}-{U(r, 1, UP)}"}.get(
        cc, f"{D(r, 1)}{U(r, 3, UP)}{D(r, 3)}")


def vin(r):
    return U(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def microchip(r):
    return r.choice(["985", "276", "250", "900", "941"]) + D(r, 12)


def version(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 40)}"


def amount(r, lang="en", lo=20, hi=2400, cc=None):
    v = r.randint(lo * 100, hi * 100) / 100
    if lang == "en":
        sym = {"US": "$|US$ |USD ", "CA": "$|CA$|CAD ", "AU": "$|A$|AUD ", "GB": "£|GBP ", "IE": "€|EUR "}.get(cc, "$|£|€|A$")
        return pk(r, sym) + f"{v:,.2f}"
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    cur = {"pl": "zł", "sv": "kr", "da": "kr.", "no": "kr", "cs": "Kč", "tr": "TL"}.get(lang, "€")
    return f"{s} {cur}"


def hp_id(r, cc):
    if cc == "US":
        return r.choice([f"W{D(r, 9)}", f"{U(r, 3, UP)}{D(r, 9)}", f"{D(r, 9)}-01", f"MBR{D(r, 8)}",
                         f"{D(r, 1)}{U(r, 1, 'ACDEFGHJKMNPQRTUVWXY')}{U(r, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{D(r, 1)}-"
                         f"{U(r, 1, 'ACDEFGHJKMNPQRTUVWXY')}{U(r, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{D(r, 1)}-"
                         f"{U(r, 2, 'ACDEFGHJKMNPQRTUVWXY')}{D(r, 2)}"])
    if cc == "DE":
        return U(r, 1, UP) + D(r, 9)
    if cc == "CH":
        return "80756" + D(r, 15)
    if cc in ("NL", "SE", "DK", "NO", "FI"):
        return D(r, 9) if r.random() < .6 else f"{D(r, 3)}-{D(r, 3)}-{D(r, 3)}"
    if cc == "GB":
        return r.choice([f"DP{D(r, 8)}", f"BUPA-{D(r, 7)}", f"{U(r, 2, UP)}{D(r, 6)}{U(r, 1, UP)}"])
    return r.choice([D(r, 10), f"{U(r, 3, UP)}{D(r, 8)}", f"{D(r, 4)}-{D(r, 6)}", f"{U(r, 2, UP)}-{D(r, 7)}"])


def mrn(r):
    return r.choice([D(r, 7), f"MRN{D(r, 6)}", f"PT-{D(r, 6)}", f"{U(r, 1, UP)}{D(r, 6)}", f"CH{D(r, 5)}",
                     f"{D(r, 4)}-{D(r, 4)}", D(r, 5)])


def acct(r):
    return r.choice([D(r, 8), f"C-{D(r, 6)}", f"ACC{D(r, 7)}", f"{D(r, 3)}-{D(r, 5)}-{D(r, 1)}", f"KD{D(r, 6)}", f"{D(r, 6)}"])


def dl_number(r, cc="US", p=None):
    if cc == "GB" and p is not None:
        fam = re.sub(r"[^A-Z]", "", asc(p.family).upper())[:5].ljust(5, "9")
        return f"{fam}{D(r, 6)}{asc(p.given)[0].upper()}{p.mid}9{U(r, 2, UP)}"
    if cc == "DE":
        return U(r, 1, UP) + D(r, 3) + U(r, 6, UP + string.digits) + D(r, 1)
    if cc == "CA":
        return f"{U(r, 1, UP)}{D(r, 4)}-{D(r, 5)}-{D(r, 5)}"
    if cc == "AU":
        return D(r, 8)
    return r.choice([f"{U(r, 1, UP)}{D(r, 7)}", f"{D(r, 3)} {D(r, 3)} {D(r, 3)}", D(r, 8),
                     f"{U(r, 1, UP)}{D(r, 3)}-{D(r, 3)}-{D(r, 2)}-{D(r, 3)}-{D(r, 1)}",
                     f"{U(r, 1, UP)}{D(r, 3)}-{D(r, 4)}-{D(r, 4)}", f"WDL{U(r, 4, UP)}{D(r, 2)}{U(r, 3)}"])


# ------------------------------------------------------------------ dates
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
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
WDAYS = {k: v.split() for k, v in WDAYS.items()}
JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las ", ", "], "it": [" alle ", ", "],
        "pt": [" às ", ", "], "nl": [", ", " "], "pl": [", ", " "], "sv": [", ", " "], "da": [", "], "no": [", "],
        "fi": [", ", " "], "cs": [", ", " "], "tr": [", ", " "]}


def rdate(r, y0=2024, y1=2026):
    return dt.date(y0, 1, 1) + dt.timedelta(days=r.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def rdob(r, y0=1938, y1=2006):
    return rdate(r, y0, y1)


def rtime(r, h0=7, h1=18):
    return r.randint(h0, h1), r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])


def fdate(r, d, lang, style=None):
    M = MONTHS[lang][d.month - 1]
    y, m, dd = d.year, d.month, d.day
    opts = {
        "en": [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{dd:02d}/{m:02d}/{y}", f"{M} {dd}, {y}", f"{dd} {M} {y}",
               f"{M[:3]} {dd}, {y}", f"{dd} {M[:3]} {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd}-{M[:3].upper()}-{y}"],
        "de": [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{dd}.{m}.{y}"],
        "fr": [f"{dd:02d}/{m:02d}/{y}", f"{dd} {M} {y}", f"{'1er' if dd == 1 else dd} {M} {y}"],
        "es": [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {M} de {y}", f"{dd}-{m:02d}-{y}"],
        "it": [f"{dd:02d}/{m:02d}/{y}", f"{dd} {M} {y}", f"{dd}.{m:02d}.{y}"],
        "pt": [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {M} de {y}", f"{dd:02d}-{m:02d}-{y}"],
        "nl": [f"{dd:02d}-{m:02d}-{y}", f"{dd} {M} {y}", f"{dd}-{m}-{y}"],
        "pl": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M} {y}", f"{dd}.{m:02d}.{y}"],
        "sv": [f"{y}-{m:02d}-{dd:02d}", f"{dd} {M} {y}"],
        "da": [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}", f"{dd}/{m} {y}"],
        "no": [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}"],
        "fi": [f"{dd}.{m}.{y}", f"{dd}. {M} {y}", f"{dd:02d}.{m:02d}.{y}"],
        "cs": [f"{dd}. {m}. {y}", f"{dd}. {M} {y}", f"{dd:02d}.{m:02d}.{y}"],
        "tr": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M} {y}", f"{dd:02d}/{m:02d}/{y}"],
    }[lang]
    en = lang == "en"
    return r.choice({"iso": [f"{y}-{m:02d}-{dd:02d}"], "num": opts[:1], "us": opts[:2] + opts[3:6] if en else opts[:1],
                     "uk": [opts[2], opts[4], opts[6]] if en else opts[:1]}.get(style, opts))


def ftime(r, h, mi, lang):
    if lang == "en":
        ap = "AM" if h < 12 else "PM"
        h12 = h % 12 or 12
        return r.choice([f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d} {ap.lower()}", f"{h:02d}:{mi:02d}",
                         f"{h12}:{mi:02d}{ap.lower()}", f"{h12}.{mi:02d}{ap.lower()}"])
    hm = f"{h:02d}:{mi:02d}"
    return r.choice({"de": [f"{hm} Uhr", f"{h}:{mi:02d}", f"{h}.{mi:02d} Uhr"], "fr": [f"{h}h{mi:02d}", hm, f"{h} h {mi:02d}"],
                     "fi": [f"{h}.{mi:02d}", hm], "da": [f"{h}.{mi:02d}", hm], "nl": [hm, f"{h}.{mi:02d} uur"],
                     "sv": [hm, f"{h}.{mi:02d}"]}.get(lang, [hm]))


def fdt(r, d, h, mi, lang, wd=None, style=None):
    """Date + time written together (one DATE_TIME span)."""
    ds = fdate(r, d, lang, style)
    s = ds + r.choice(JOIN[lang]) + ftime(r, h, mi, lang)
    if wd is None:
        wd = r.random() < .35
    if wd:
        w = WDAYS[lang][d.weekday()]
        s = (f"{w}, {s}" if lang in ("en", "de", "es", "pt", "pl", "tr", "da", "no") else f"{w} {s}")
    return s


def fdate_wd(r, d, lang, style=None):
    w = WDAYS[lang][d.weekday()]
    ds = fdate(r, d, lang, style)
    return f"{w}, {ds}" if lang in ("en", "de", "es", "pt", "tr") else f"{w} {ds}"


def hl7ts(d, h=0, mi=0, s=0):
    return f"{d.year}{d.month:02d}{d.day:02d}{h:02d}{mi:02d}{s:02d}"


def rfc2822(r, d):
    h, mi = rtime(r, 6, 22)
    return (f"{WDAYS['en'][d.weekday()][:3]}, {d.day:02d} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{h:02d}:{mi:02d}:{r.randint(0, 59):02d} {r.choice(['+0000', '+0100', '+0200', '-0500', '-0800', '+1000'])}")


def logts(r, d, fmt=None):
    h, mi = rtime(r, 0, 23)
    return (lambda xs: xs[fmt] if fmt is not None else r.choice(xs))([f"{d.isoformat()}T{h:02d}:{mi:02d}:{r.randint(0, 59):02d}.{D(r, 3)}Z",
                     f"{d.isoformat()} {h:02d}:{mi:02d}:{r.randint(0, 59):02d},{D(r, 3)}",
                     f"[{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{mi:02d}:{r.randint(0, 59):02d} +0000]"])


# ------------------------------------------------------------------ clinics
SPEC_WORD = {
    "en": ("Dental|Family Dentistry|Dental Care|Smile Studio", "Veterinary Hospital|Animal Clinic|Vet Practice|Pet Care",
           "Optometry|Eye Care|Optometrists|Vision Centre", "Physio|Physiotherapy|Sports Injury Clinic|Rehab & Physio"),
    "de": ("Zahnarztpraxis|Zahnzentrum|Zahnärzte", "Tierarztpraxis|Kleintierpraxis|Tierklinik", "Augenoptik|Optik", "Physiotherapie|Praxis für Physiotherapie"),
    "fr": ("Cabinet dentaire|Centre dentaire", "Clinique vétérinaire|Cabinet vétérinaire", "Optique|Opticien", "Cabinet de kinésithérapie|Kiné"),
    "es": ("Clínica dental|Centro odontológico", "Clínica veterinaria|Hospital veterinario", "Óptica|Centro óptico", "Fisioterapia|Clínica de fisioterapia"),
    "it": ("Studio dentistico|Centro odontoiatrico", "Ambulatorio veterinario|Clinica veterinaria", "Ottica|Centro ottico", "Studio di fisioterapia|Fisioterapia"),
    "pt": ("Clínica dentária|Clínica médico-dentária", "Clínica veterinária|Hospital veterinário", "Óptica|Centro óptico", "Fisioterapia|Clínica de fisioterapia"),
    "nl": ("Tandartspraktijk|Mondzorgcentrum", "Dierenkliniek|Dierenartsenpraktijk", "Opticien|Optiek", "Fysiotherapie|Fysiotherapiepraktijk"),
    "pl": ("Gabinet stomatologiczny|Centrum stomatologii", "Przychodnia weterynaryjna|Gabinet weterynaryjny", "Salon optyczny|Optyk", "Gabinet fizjoterapii|Rehabilitacja"),
    "sv": ("Tandvårdsklinik|Tandläkarna", "Djurklinik|Djursjukhus", "Optiker|Synhuset", "Fysioterapi|Sjukgymnastik"),
    "da": ("Tandklinik|Tandlægerne", "Dyreklinik|Dyrehospital", "Optiker|Brillehuset", "Fysioterapi|Fysioterapeuterne"),
    "no": ("Tannklinikk|Tannlegene", "Dyreklinikk|Dyresykehus", "Optiker|Brillesenteret", "Fysioterapi|Fysikalsk institutt"),
    "fi": ("Hammaslääkäriasema|Hammasklinikka", "Eläinklinikka|Eläinlääkäriasema", "Optikko|Silmäasema", "Fysioterapia|Fysioterapiakeskus"),
    "cs": ("Zubní ordinace|Stomatologie", "Veterinární klinika|Veterinární ordinace", "Oční optika|Optika", "Fyzioterapie|Rehabilitace"),
    "tr": ("Diş Kliniği|Ağız ve Diş Sağlığı Merkezi", "Veteriner Kliniği|Hayvan Hastanesi", "Optik|Gözlük Merkezi", "Fizik Tedavi Merkezi|Fizyoterapi"),
}
SPECS = ["dent", "vet", "opt", "physio"]
CLINIC_Q = "Sonnenhof|Lindenhof|Nova|Vital|Aurora|Harmonie|Helix|Kompass|Lumen|Arcadia|Riverside|Oakridge|Harbourview|Bluebell|Orchard"
CLINIC_QS = {"dent": "Bright Smile|Smile Factory|WhiteDent|Dentalia", "vet": "Paws & Claws|Happy Tails|Pfotenglück|Arche",
             "opt": "Clearview|Focus|Blickpunkt|Iris", "physio": "CoreMotion|Move Well|Kinetik|Balance"}


def clinic_name(r, lang, spec):
    w = pk(r, SPEC_WORD[lang][SPECS.index(spec)])
    q = pk(r, CLINIC_Q) if r.random() < .6 else pk(r, CLINIC_QS[spec])
    if r.random() < .15 and lang == "de":
        f = person(r, "de").family
        return f"{f} & {person(r, 'de').family} {w}"  # company named after people: not a PERSON
    return f"{q} {w}" if lang == "en" or r.random() < .5 else f"{w} {q}"


class Ctx:
    pass


def setup(r, lang, spec=None, cc=None):
    s = Ctx()
    s.lang, s.cc, s.spec = lang, cc or country_for(r, lang), spec or r.choice(SPECS)
    s.clinic = clinic_name(r, lang, s.spec)
    base = slug(s.clinic, "-")
    s.dom = base + r.choice([".example", ".example.com", ".test", ".example.org", "-clinic.example"])
    s.addr = make_addr(r, s.cc)
    s.phone = phone(r, s.cc)
    s.fax = phone(r, s.cc)
    s.email = email(r, None, s.dom, lang)
    s.web = f"https://www.{s.dom}" + r.choice(["", "/", pk(r, WEBPATH[lang])])
    return s


def url(r, s, kind="book"):
    q = {"book": ["/book?ref=" + U(r, 8), "/online-booking/" + U(r, 6, LO + string.digits), "/appointments/manage?t=" + U(r, 20, AN)],
         "portal": ["/portal/login", "/patient-portal/documents?id=" + D(r, 6), "/my/account"],
         "pay": ["/pay/" + U(r, 12, AN), "/invoice/" + D(r, 7) + "?lang=" + s.lang],
         "recall": ["/recall/confirm?c=" + U(r, 10, AN), "/r/" + U(r, 7, AN)]}[kind]
    host = r.choice([f"www.{s.dom}", f"portal.{s.dom}", f"book.{s.dom}", s.dom])
    return f"https://{host}{r.choice(q)}"


def person_s(r, s):
    return person_cc(r, s.cc)


# --------------------------------------------------------- localized labels
# order: en de fr es it pt nl pl sv da no fi cs tr
_LBL = """
name|Name|Name|Nom et prénom|Nombre y apellidos|Nome e cognome|Nome completo|Naam|Imię i nazwisko|Namn|Navn|Navn|Nimi|Jméno a příjmení|Ad Soyad
dob|Date of birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Data de nascimento|Geboortedatum|Data urodzenia|Födelsedatum|Fødselsdato|Fødselsdato|Syntymäaika|Datum narození|Doğum tarihi
address|Address|Anschrift|Adresse|Dirección|Indirizzo|Morada|Adres|Adres|Adress|Adresse|Adresse|Osoite|Adresa|Adres
street|Street|Straße, Hausnr.|Rue|Calle|Via|Rua|Straat + huisnr.|Ulica|Gatuadress|Vej|Gate|Katuosoite|Ulice|Cadde/Sokak
city|City|Ort|Ville|Localidad|Città|Localidade|Woonplaats|Miejscowość|Ort|By|Sted|Postitoimipaikka|Město|İl/İlçe
zip|ZIP|PLZ|Code postal|C.P.|CAP|Código postal|Postcode|Kod pocztowy|Postnummer|Postnr.|Postnr.|Postinumero|PSČ|Posta kodu
phone|Phone|Telefon|Téléphone|Teléfono|Telefono|Telefone|Telefoon|Telefon|Telefon|Telefon|Telefon|Puhelin|Telefon|Telefon
mobile|Mobile|Mobil|Portable|Móvil|Cellulare|Telemóvel|Mobiel|Tel. komórkowy|Mobil|Mobil|Mobil|Matkapuhelin|Mobil|Cep telefonu
email|Email|E-Mail|Courriel|Correo electrónico|E-mail|E-mail|E-mailadres|E-mail|E-post|E-mail|E-post|Sähköposti|E-mail|E-posta
insurer|Insurance|Krankenkasse|Mutuelle|Aseguradora|Assicurazione|Seguradora|Zorgverzekeraar|Ubezpieczyciel|Försäkringsbolag|Forsikringsselskab|Forsikringsselskap|Vakuutusyhtiö|Zdravotní pojišťovna|Sigorta şirketi
member|Member ID|Versichertennummer|N° d'adhérent|N.º de póliza|N. polizza|N.º de apólice|Polisnummer|Nr polisy|Försäkringsnummer|Policenummer|Polisenummer|Vakuutusnumero|Číslo pojištěnce|Poliçe no
mrn|Chart no.|Patienten-Nr.|N° de dossier|N.º historia clínica|N. cartella clinica|N.º de processo|Patiëntnummer|Nr karty pacjenta|Journalnummer|Journalnr.|Journalnr.|Potilasnumero|Číslo karty|Hasta dosya no
appt|Appointment|Termin|Rendez-vous|Cita|Appuntamento|Consulta|Afspraak|Wizyta|Bokad tid|Aftalt tid|Timeavtale|Vastaanottoaika|Termín|Randevu
dentist|Dentist|Zahnarzt|Chirurgien-dentiste|Odontólogo|Odontoiatra|Médico dentista|Tandarts|Lekarz dentysta|Tandläkare|Tandlæge|Tannlege|Hammaslääkäri|Zubní lékař|Diş hekimi
emergency|Emergency contact|Notfallkontakt|Personne à prévenir|Contacto de emergencia|Contatto di emergenza|Contacto de emergência|Contactpersoon bij nood|Osoba do kontaktu|Närmast anhörig|Pårørende|Pårørende|Lähiomainen|Kontaktní osoba|Acil durumda aranacak kişi
owner|Owner|Tierhalter/in|Propriétaire|Propietario/a|Proprietario|Tutor|Eigenaar|Właściciel|Djurägare|Ejer|Eier|Omistaja|Majitel|Hayvan sahibi
pet|Patient (animal)|Tier|Animal|Mascota|Animale|Animal|Dier|Zwierzę|Djur|Dyr|Dyr|Eläin|Zvíře|Hayvan
species|Species|Tierart|Espèce|Especie|Specie|Espécie|Diersoort|Gatunek|Djurslag|Dyreart|Dyreart|Laji|Druh|Tür
breed|Breed|Rasse|Race|Raza|Razza|Raça|Ras|Rasa|Ras|Race|Rase|Rotu|Plemeno|Irk
chip|Microchip|Chipnummer|N° de puce|Microchip|Microchip|Microchip|Chipnummer|Nr chipa|Chipnummer|Chipnummer|Chipnummer|Mikrosiru|Číslo čipu|Mikroçip no
date|Date|Datum|Date|Fecha|Data|Data|Datum|Data|Datum|Dato|Dato|Päivämäärä|Datum|Tarih
invoice|Invoice|Rechnung|Facture|Factura|Fattura|Fatura|Factuur|Faktura|Faktura|Faktura|Faktura|Lasku|Faktura|Fatura
invno|Invoice no.|Rechnungsnr.|N° de facture|N.º de factura|N. fattura|N.º da fatura|Factuurnummer|Nr faktury|Fakturanr|Fakturanr.|Fakturanr.|Laskun numero|Číslo faktury|Fatura no
total|Total due|Gesamtbetrag|Total TTC|Total|Totale|Total|Totaal|Razem|Att betala|I alt|Å betale|Yhteensä|Celkem k úhradě|Genel toplam
due|Due date|Zahlbar bis|Échéance|Vencimiento|Scadenza|Data de vencimento|Vervaldatum|Termin płatności|Förfallodatum|Forfaldsdato|Forfallsdato|Eräpäivä|Datum splatnosti|Son ödeme tarihi
account|Customer no.|Kundennummer|N° client|N.º de cliente|Codice cliente|N.º de cliente|Klantnummer|Nr klienta|Kundnummer|Kundenummer|Kundenummer|Asiakasnumero|Číslo zákazníka|Müşteri no
reason|Reason for visit|Behandlungsanlass|Motif de consultation|Motivo de la consulta|Motivo della visita|Motivo da consulta|Reden van bezoek|Powód wizyty|Besöksorsak|Årsag til besøg|Årsak til besøk|Käynnin syy|Důvod návštěvy|Başvuru nedeni
allergies|Allergies|Allergien|Allergies|Alergias|Allergie|Alergias|Allergieën|Alergie|Allergier|Allergier|Allergier|Allergiat|Alergie|Alerjiler
meds|Current medication|Aktuelle Medikamente|Traitement en cours|Medicación actual|Farmaci in uso|Medicação atual|Huidige medicatie|Przyjmowane leki|Aktuella läkemedel|Nuværende medicin|Faste medisiner|Käytössä olevat lääkkeet|Užívané léky|Kullanılan ilaçlar
signature|Signature|Unterschrift|Signature|Firma|Firma|Assinatura|Handtekening|Podpis|Underskrift|Underskrift|Underskrift|Allekirjoitus|Podpis|İmza
form|Patient registration form|Patientenaufnahmebogen|Fiche de renseignements patient|Ficha de registro del paciente|Scheda anagrafica paziente|Ficha de inscrição do utente|Inschrijfformulier nieuwe patiënt|Karta rejestracyjna pacjenta|Hälsodeklaration och personuppgifter|Patientoplysninger|Pasientskjema|Esitietolomake|Registrační formulář pacienta|Hasta kayıt formu
consent|I consent to the processing of my data for treatment purposes.|Ich willige in die Verarbeitung meiner Daten zu Behandlungszwecken ein.|J'accepte le traitement de mes données à des fins de soins.|Acepto el tratamiento de mis datos con fines asistenciales.|Acconsento al trattamento dei dati per finalità di cura.|Autorizo o tratamento dos meus dados para fins clínicos.|Ik geef toestemming voor verwerking van mijn gegevens.|Wyrażam zgodę na przetwarzanie moich danych.|Jag samtycker till behandling av mina uppgifter.|Jeg giver samtykke til behandling af mine oplysninger.|Jeg samtykker til behandling av mine opplysninger.|Annan suostumukseni tietojeni käsittelyyn.|Souhlasím se zpracováním osobních údajů.|Kişisel verilerimin işlenmesine onay veriyorum.
yes|yes|ja|oui|sí|sì|sim|ja|tak|ja|ja|ja|kyllä|ano|evet
no|no|nein|non|no|no|não|nee|nie|nej|nej|nei|ei|ne|hayır
vaccine|Vaccinations|Impfungen|Vaccinations|Vacunas|Vaccinazioni|Vacinas|Vaccinaties|Szczepienia|Vaccinationer|Vaccinationer|Vaksiner|Rokotukset|Očkování|Aşılar
next|Next due|Nächste Fälligkeit|Prochain rappel|Próxima dosis|Prossimo richiamo|Próxima dose|Volgende|Następne|Nästa|Næste|Neste|Seuraava|Další|Sonraki
weight|Weight|Gewicht|Poids|Peso|Peso|Peso|Gewicht|Waga|Vikt|Vægt|Vekt|Paino|Hmotnost|Kilo
age|Age|Alter|Âge|Edad|Età|Idade|Leeftijd|Wiek|Ålder|Alder|Alder|Ikä|Věk|Yaş
client|Client record|Kundenkartei|Fiche client|Ficha de cliente|Scheda cliente|Ficha de cliente|Klantkaart|Karta klienta|Kundkort|Kundekort|Kundekort|Asiakaskortti|Karta klienta|Müşteri kartı
payto|Please transfer to|Bitte überweisen Sie auf|Merci de régler par virement sur|Transferencia a|Bonifico su|Transferência para|Gelieve over te maken op|Prosimy o przelew na konto|Betala till|Indbetal til|Betal til|Maksu tilille|Platbu zašlete na účet|Ödeme yapılacak hesap
ref|Payment reference|Verwendungszweck|Référence|Concepto|Causale|Referência|Betalingskenmerk|Tytuł przelewu|Referens|Reference|Referanse|Viite|Variabilní symbol|Açıklama
practitioner|Practitioner|Behandler/in|Praticien|Profesional|Professionista|Profissional|Behandelaar|Lekarz prowadzący|Behandlare|Behandler|Behandler|Hoitaja|Ošetřující lékař|Hekim
"""
L10N = {}
for _ln in _LBL.strip().splitlines():
    _k, *_v = _ln.split("|")
    assert len(_v) == len(ALL), _k
    L10N[_k] = dict(zip(ALL, _v))


def L(key, lang):
    return L10N[key][lang]


SERVICES = {
    "en": "Periodic oral evaluation|Prophylaxis - adult|Bitewing X-rays (4 films)|Composite filling, 2 surfaces|Annual vaccination (DHPP)|Dental scale & polish under GA|Comprehensive eye exam|Contact lens fitting|Physio session 45 min|Manual therapy",
    "de": "Kontrolluntersuchung|Professionelle Zahnreinigung|Röntgen (Bissflügel)|Kompositfüllung zweiflächig|Jahresimpfung Hund|Zahnsanierung in Narkose|Sehtest und Refraktion|Kontaktlinsenanpassung|Krankengymnastik 30 Min.|Manuelle Therapie",
    "fr": "Consultation et bilan|Détartrage|Radiographie rétro-coronaire|Composite 2 faces|Vaccin annuel chien|Détartrage sous anesthésie|Examen de la vue|Adaptation lentilles|Séance de kinésithérapie|Massage thérapeutique",
    "es": "Revisión general|Limpieza dental|Radiografía de aleta|Empaste de composite|Vacuna anual perro|Limpieza dental con sedación|Graduación de la vista|Adaptación de lentillas|Sesión de fisioterapia|Terapia manual",
    "it": "Visita di controllo|Igiene orale professionale|Radiografia endorale|Otturazione in composito|Vaccinazione annuale cane|Detartrasi in sedazione|Esame della vista|Applicazione lenti a contatto|Seduta di fisioterapia|Terapia manuale",
    "pt": "Consulta de rotina|Destartarização|Raio-X interproximal|Restauração em compósito|Vacina anual cão|Limpeza dentária com sedação|Exame visual|Adaptação de lentes de contacto|Sessão de fisioterapia|Terapia manual",
    "nl": "Periodieke controle|Gebitsreiniging|Bitewing-röntgenfoto|Composietvulling 2 vlakken|Jaarlijkse vaccinatie hond|Gebitsbehandeling onder narcose|Oogmeting|Contactlensaanpassing|Fysiotherapie zitting|Manuele therapie",
    "pl": "Przegląd stomatologiczny|Skaling i piaskowanie|Zdjęcie RTG zębowe|Wypełnienie kompozytowe|Szczepienie psa|Sanacja jamy ustnej w narkozie|Badanie wzroku|Dobór soczewek kontaktowych|Zabieg fizjoterapii|Terapia manualna",
    "sv": "Undersökning|Tandstensborttagning|Bitewingröntgen|Kompositfyllning|Vaccination hund|Tandrengöring i narkos|Synundersökning|Linsutprovning|Fysioterapibehandling|Manuell terapi",
    "da": "Undersøgelse|Tandrensning|Røntgen|Plastfyldning|Vaccination hund|Tandrens i bedøvelse|Synsprøve|Linsetilpasning|Fysioterapi behandling|Manuel terapi",
    "no": "Undersøkelse|Tannrens|Røntgen|Fylling kompositt|Vaksinasjon hund|Tannrens i narkose|Synsundersøkelse|Linsetilpasning|Fysioterapibehandling|Manuellterapi",
    "fi": "Tarkastus|Hammaskiven poisto|Röntgenkuvaus|Yhdistelmämuovipaikka|Koiran rokotus|Hammashoito nukutuksessa|Näöntutkimus|Piilolinssisovitus|Fysioterapiakäynti|Manuaalinen terapia",
    "cs": "Preventivní prohlídka|Dentální hygiena|RTG snímek|Kompozitní výplň|Očkování psa|Sanace chrupu v narkóze|Vyšetření zraku|Aplikace kontaktních čoček|Fyzioterapie 45 min|Manuální terapie",
    "tr": "Genel muayene|Diş taşı temizliği|Röntgen|Kompozit dolgu|Köpek karma aşı|Narkoz altında diş temizliği|Göz muayenesi|Lens uygulaması|Fizik tedavi seansı|Manuel terapi",
}
SERVICES = {k: v.split("|") for k, v in SERVICES.items()}
SVC_IDX = {"dent": (0, 4), "vet": (4, 6), "opt": (6, 8), "physio": (8, 10)}
SVC_EXTRA = {"dent": "D|Scaling and polish|Root canal treatment, molar|All-ceramic crown",
             "vet": "V|Consultation|Nail clip|Microchipping|Blood panel|Dental under GA",
             "opt": "O|Frame adjustment|Retinal photography|Visual field test",
             "physio": "P|Dry needling|Shockwave therapy|Taping|Gait analysis"}
CURRENCY = {"US": "USD", "CA": "CAD", "AU": "AUD", "GB": "GBP", "IE": "EUR", "CH": "CHF", "MX": "MXN", "BR": "BRL",
            "PL": "PLN", "SE": "SEK", "DK": "DKK", "NO": "NOK", "CZ": "CZK", "TR": "TRY"}


def services(lang, spec):
    a, z = SVC_IDX[spec]
    out = SERVICES[lang][a:z]
    if lang == "en":
        out = out + SVC_EXTRA[spec].split("|")[1:]
    return out


# ================================================================ registry
KINDS = []


def kind(name, langs=("en",), empty=False):
    def deco(fn):
        KINDS.append((name, tuple(langs), empty, fn))
        return fn
    return deco


INSURERS = {
    "en": "Delta Dental|Cigna Dental|Bupa|Denplan|MetLife Dental|Medibank|VSP Vision Care|Aetna|Laya Healthcare",
    "de": "AOK Bayern|Techniker Krankenkasse|Barmer|DAK-Gesundheit|IKK classic|Debeka|ÖGK|CSS Versicherung",
    "fr": "MGEN|Harmonie Mutuelle|Malakoff Humanis|AG2R La Mondiale", "es": "Sanitas|Adeslas|DKV Seguros|Mapfre Salud|GNP Seguros",
    "it": "UniSalute|Generali Salute|RBM Salute|Poste Assicura", "pt": "Médis|Multicare|AdvanceCare|Bradesco Saúde",
    "nl": "Zilveren Kruis|VGZ|Menzis|DSW", "pl": "Lux Med|Medicover|PZU Zdrowie", "sv": "Folksam|Skandia|Länsförsäkringar",
    "da": "Sygeforsikring danmark|Tryg|Topdanmark", "no": "Storebrand|Gjensidige|Fremtind", "fi": "LähiTapiola|Pohjola|Fennia",
    "cs": "VZP|ZPMV|OZP|VoZP", "tr": "Anadolu Sigorta|Allianz Sigorta|Axa Sigorta|Acıbadem Sigorta"}
INS_EN = {"dent": "Delta Dental|Cigna Dental|MetLife Dental|Guardian Dental|Aetna Dental|UnitedHealthcare Dental",
          "opt": "VSP Vision Care|EyeMed|Davis Vision", "physio": "Aetna|BlueCross BlueShield|UnitedHealthcare|Cigna",
          "vet": "Trupanion|Nationwide Pet"}
INS_OTHER = {"GB": "Bupa|Denplan|Simplyhealth|AXA Health", "IE": "Laya Healthcare|VHI|Irish Life Health",
             "AU": "Medibank|Bupa|HCF|nib", "CA": "Sun Life|Manulife|Canada Life|Blue Cross"}


def insurer_en(r, s):
    return pk(r, INS_EN[s.spec] if s.cc == "US" else INS_OTHER.get(s.cc, INS_EN[s.spec]))


REGION_LBL = {"en": "State|Province", "it": "Prov.", "es": "Estado", "pt": "UF|Estado"}


def sep_for(r, lang):
    return r.choice([" : ", ": "]) if lang == "fr" else r.choice([": ", ": ", ":  ", " - ", ":\t"])


def city_fields(r, b, A, lang, lab, sp, nl="\n"):
    """Split address: street ADDRESS, postcode unlabelled, city/region LOCATION."""
    b.add(lab("street"), sp, (street_line(A), ADDR), nl)
    b.add(lab("zip"), sp, A["zip"], nl, lab("city"), sp, (A["plain"], LOC), nl)
    if A["region"] and lang in REGION_LBL:
        b.add(pk(r, REGION_LBL[lang]), sp, (A["region"], LOC), nl)


# ------------------------------------------------------- multilingual kinds
@kind("ml_patient_form", ALL)
def g_patient_form(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "dent", "opt", "physio"]))
    p, A, dob = person_s(r, s), make_addr(r, s.cc), rdob(r)
    sp = sep_for(r, lang)
    caps = r.random() < .25
    lab = lambda k: L(k, lang).upper() if caps else L(k, lang)
    b.add(s.clinic, "\n", L("form", lang), "\n")
    b.t(r.choice(["=" * 34 + "\n", "-" * 28 + "\n", "\n"]))
    if r.random() < .5:
        b.add(lab("mrn"), sp, (mrn(r), MRN), "\n")
    b.add(lab("name"), sp, (p.var(r, "full full lf caps"), PER), "\n")
    b.add(lab("dob"), sp, (fdate(r, dob, lang), DOB), "\n")
    if r.random() < .5:
        b.add(lab("address"), sp, (addr_line(A), ADDR), "\n")
    else:
        city_fields(r, b, A, lang, lab, sp)
    b.add(lab("phone"), sp, (phone(r, s.cc), PHONE), "\n")
    if r.random() < .4:
        b.add(lab("mobile"), sp, (phone(r, s.cc), PHONE), "\n")
    b.add(lab("email"), sp, (email(r, p), EMAIL), "\n")
    if r.random() < .75:
        b.add(lab("insurer"), sp, (insurer_en(r, s) if lang == "en" else pk(r, INSURERS[lang])), "\n", lab("member"), sp, (hp_id(r, s.cc), HPN), "\n")
    e = person_cc(r, s.cc)
    b.add(lab("emergency"), sp, (e.full, PER), ", ", (phone(r, s.cc), PHONE), "\n")
    b.add(lab("allergies"), sp, r.choice([L("no", lang), "Penicillin", "Latex", "Lidocaine", L("no", lang)]), "\n")
    b.add(lab("meds"), sp, r.choice(["—", "-", r.choice(DRUG_BY[s.spec]), "Ramipril 5 mg", "Levothyroxin 50 µg"]), "\n")
    b.add(lab("reason"), sp, r.choice(services(lang, s.spec)), "\n\n")
    b.add(f"[x] {L('consent', lang)}\n\n")
    d = rdate(r)
    if r.random() < .5:
        b.add((s.addr["plain"], LOC), ", ", (fdate(r, d, lang), DT))
    else:
        b.add(lab("date"), sp, (fdate(r, d, lang), DT))
    b.add("    ", lab("signature"), ": ______________________\n")


SMS = {
    "en": ["Hi {N}, this is a reminder of your appointment at {C} on {DT}. Reply C to confirm or call {P} to reschedule.",
           "{C}: {N}, your check-up is booked for {DT}. Need to change it? Call us on {P}."],
    "de": ["Hallo {N}, wir erinnern an Ihren Termin in der {C} am {DT}. Absagen bitte mind. 24 Std. vorher unter {P}.",
           "Guten Tag {N}, Ihr Termin: {DT}. Ihre {C}, Tel. {P}"],
    "fr": ["Bonjour {N}, rappel de votre rendez-vous au {C} le {DT}. En cas d'empêchement, merci d'appeler le {P}.",
           "{C} : RDV confirmé le {DT} pour {N}. Annulation au {P}."],
    "es": ["Hola {N}, le recordamos su cita en {C} el {DT}. Si no puede acudir, llame al {P}.",
           "{C}: {N}, tiene cita el {DT}. Responda SI para confirmar o llame al {P}."],
    "it": ["Gentile {N}, le ricordiamo l'appuntamento presso {C} il {DT}. Per disdire chiami il {P}.",
           "{C}: promemoria appuntamento {DT} per {N}. Info {P}"],
    "pt": ["Olá {N}, lembramos a sua consulta na {C} no dia {DT}. Para desmarcar ligue {P}.",
           "{C}: {N}, a sua consulta está marcada para {DT}. Responda SIM para confirmar ou ligue {P}."],
    "nl": ["Beste {N}, herinnering: uw afspraak bij {C} is op {DT}. Verhinderd? Bel {P}.",
           "{C}: afspraak {N} op {DT}. Afmelden uiterlijk 24 uur vooraf via {P}."],
    "pl": ["Dzień dobry {N}, przypominamy o wizycie w {C} dnia {DT}. Odwołanie wizyty pod nr {P}.",
           "{C}: {N}, wizyta {DT}. Potwierdź odpisując TAK lub zadzwoń {P}."],
    "sv": ["Hej {N}! Påminnelse om din tid hos {C} {DT}. Av- eller ombokning på {P}.",
           "{C}: Välkommen {DT}, {N}. Avbokning senast 24 timmar innan på {P}."],
    "da": ["Hej {N}. Husk din tid hos {C} {DT}. Afbud senest 24 timer før på {P}.",
           "{C}: Kære {N}, du har en tid {DT}. Ring {P} ved afbud."],
    "no": ["Hei {N}! Påminnelse om time hos {C} {DT}. Avbestilling: {P}.",
           "{C}: Hei {N}, du har time {DT}. Ikke møtt time faktureres. Tlf {P}"],
    "fi": ["Hei {N}, muistutus: sinulla on aika, {C}, {DT}. Peruutukset numeroon {P}.",
           "{C}: {N}, vastaanottoaikasi {DT}. Peru viimeistään 24 h ennen, puh. {P}"],
    "cs": ["Dobrý den {N}, připomínáme Váš termín v {C} dne {DT}. Zrušení na tel. {P}.",
           "{C}: {N}, termín {DT}. Případnou změnu volejte {P}."],
    "tr": ["Sayın {N}, {C} randevunuz {DT} tarihindedir. İptal için {P} numarasını arayınız.",
           "{C}: {N}, {DT} randevunuzu hatırlatırız. Bilgi: {P}"],
}


def sms_text(r, b, lang, s, p, tpl=None):
    d = rdate(r)
    h, mi = rtime(r)
    b.fill(tpl or r.choice(SMS[lang]), N=(p.var(r, "given given full"), PER), C=s.clinic,
           DT=(fdt(r, d, h, mi, lang), DT), P=(s.phone, PHONE))
    if s.spec == "vet" and r.random() < .6:
        b.add(" ", L("pet", lang), ": ", r.choice(PETS), " (", pk(r, SPECIES[lang]), ")")


@kind("ml_sms_reminder", ALL)
def g_sms(r, b, lang):
    s = setup(r, lang)
    mode = r.randint(0, 2)
    sender = slug(s.clinic)[:11].upper()
    if mode == 0:
        b.add(f"SMS · {sender}\n", r.choice(["", "Today\n", "Heute\n", "\n"]))
        sms_text(r, b, lang, s, person_s(r, s))
        b.add("\n\n", {"en": "Delivered", "de": "Zugestellt", "fr": "Distribué", "es": "Entregado", "it": "Consegnato",
                       "pt": "Entregue", "nl": "Afgeleverd"}.get(lang, "✓✓"),
              " · msg-id ", uuid4(r)[:18])
    elif mode == 1:
        b.t("to;sender;status;message\n")
        for _ in range(r.randint(2, 4)):
            p = person_s(r, s)
            b.add((phone(r, s.cc), PHONE), f";{sender};", r.choice(["DELIVERED", "SENT", "FAILED", "QUEUED"]), ';"')
            sms_text(r, b, lang, s, p)
            b.t('"\n')
    else:
        b.add("POST /v2/messages HTTP/1.1\nHost: api.sms-gateway.example\n",
              "Authorization: Bearer ", (generic_secret(r), SECRET), "\nContent-Type: application/json\n\n",
              '{\n  "from": "', sender, '",\n  "to": "', (phone(r, s.cc), PHONE), '",\n  "text": "')
        sms_text(r, b, lang, s, person_s(r, s))
        b.add('",\n  "callback": "', (f"https://{s.dom}/hooks/sms-status", URL), '",\n  "client_ref": "',
              neg_ref(r, "booking"), '"\n}')


EMAILT = {
    "en": ("Your appointment confirmation", "Dear {T}{N},", "Thank you for booking with {C}. Here are the details of your visit:",
           "Date & time", "With", "Location", "Booking reference",
           "To cancel or reschedule, use {U} or call us on {P} at least 24 hours in advance.", "Kind regards,"),
    "de": ("Terminbestätigung", "Guten Tag {T}{N},", "vielen Dank für Ihre Terminbuchung in der {C}. Ihre Termindaten:",
           "Datum/Uhrzeit", "Behandler/in", "Ort", "Buchungsnummer",
           "Absagen oder verschieben können Sie unter {U} oder telefonisch unter {P} (mind. 24 Stunden vorher).",
           "Mit freundlichen Grüßen"),
    "fr": ("Confirmation de votre rendez-vous", "Bonjour {T}{N},", "Nous vous confirmons votre rendez-vous au {C} :",
           "Date et heure", "Praticien", "Adresse", "Référence",
           "Pour annuler ou déplacer ce rendez-vous : {U} ou par téléphone au {P}, au moins 24 h à l'avance.", "Bien cordialement,"),
    "es": ("Confirmación de su cita", "Estimado/a {T}{N}:", "Le confirmamos su cita en {C}:", "Fecha y hora", "Profesional",
           "Dirección", "Localizador", "Para anular o cambiar la cita entre en {U} o llame al {P} con 24 horas de antelación.",
           "Un saludo,"),
    "it": ("Conferma appuntamento", "Gentile {T}{N},", "le confermiamo l'appuntamento presso {C}:", "Data e ora",
           "Professionista", "Indirizzo", "Codice prenotazione",
           "Per disdire o spostare l'appuntamento visiti {U} oppure chiami il {P} almeno 24 ore prima.", "Cordiali saluti,"),
    "pt": ("Confirmação de consulta", "Caro(a) {T}{N},", "Confirmamos a sua consulta na {C}:", "Data e hora", "Profissional",
           "Morada", "Referência", "Para desmarcar ou alterar aceda a {U} ou ligue {P} com 24 horas de antecedência.",
           "Com os melhores cumprimentos,"),
    "nl": ("Bevestiging van uw afspraak", "Beste {T}{N},", "Hierbij bevestigen wij uw afspraak bij {C}:", "Datum en tijd",
           "Behandelaar", "Adres", "Boekingsnummer",
           "Afzeggen of verzetten kan via {U} of telefonisch via {P}, uiterlijk 24 uur van tevoren.", "Met vriendelijke groet,"),
    "pl": ("Potwierdzenie wizyty", "Dzień dobry {T}{N},", "potwierdzamy wizytę w {C}:", "Data i godzina", "Lekarz", "Adres",
           "Numer rezerwacji", "Aby odwołać lub przełożyć wizytę, wejdź na {U} lub zadzwoń pod {P} co najmniej 24 godziny wcześniej.",
           "Z poważaniem,"),
    "sv": ("Bokningsbekräftelse", "Hej {T}{N}!", "Tack för din bokning hos {C}. Här är uppgifterna:", "Datum och tid",
           "Behandlare", "Adress", "Bokningsnummer", "Av- eller ombokning görs via {U} eller på {P} senast 24 timmar innan.",
           "Vänliga hälsningar,"),
    "da": ("Bekræftelse af din tid", "Kære {T}{N}", "Tak for din booking hos {C}. Her er detaljerne:", "Dato og tid",
           "Behandler", "Adresse", "Bookingnummer", "Afbud eller ændring via {U} eller på {P} senest 24 timer før.",
           "Venlig hilsen"),
    "no": ("Bekreftelse på timeavtale", "Hei {T}{N},", "Takk for at du bestilte time hos {C}:", "Dato og tid", "Behandler",
           "Adresse", "Bestillingsnummer", "Avbestilling eller endring via {U} eller på {P} senest 24 timer før.",
           "Vennlig hilsen"),
    "fi": ("Ajanvarausvahvistus", "Hei {T}{N},", "kiitos ajanvarauksestasi ({C}).", "Aika", "Hoitaja", "Osoite", "Varaustunnus",
           "Voit perua tai siirtää ajan osoitteessa {U} tai numerossa {P} viimeistään 24 tuntia ennen.", "Ystävällisin terveisin"),
    "cs": ("Potvrzení termínu", "Dobrý den, {T}{N},", "potvrzujeme Váš termín v {C}:", "Datum a čas", "Lékař", "Adresa",
           "Číslo rezervace", "Termín lze zrušit nebo přesunout na {U} nebo na tel. {P} nejpozději 24 hodin předem.",
           "S pozdravem"),
    "tr": ("Randevu onayı", "Sayın {T}{N},", "{C} randevunuz oluşturulmuştur:", "Tarih ve saat", "Hekim", "Adres",
           "Rezervasyon no", "İptal veya değişiklik için {U} adresini ziyaret edin ya da {P} numarasını arayın.",
           "Saygılarımızla,"),
}


@kind("ml_appt_email", ALL)
def g_appt_email(r, b, lang):
    s = setup(r, lang)
    E = EMAILT[lang]
    p, doc, staff = person_s(r, s), person_s(r, s), person_s(r, s)
    d = rdate(r)
    h, mi = rtime(r)
    b.add("From: ", s.clinic, " <", (s.email, EMAIL), ">\nTo: ")
    if r.random() < .5:
        b.add((p.full, PER), " <", (email(r, p), EMAIL), ">\n")
    else:
        b.add((email(r, p), EMAIL), "\n")
    b.add("Date: ", rfc2822(r, d - dt.timedelta(days=r.randint(1, 20))), "\n",
          "Subject: ", E[0], maybe(r, .5, " – " + s.clinic), "\n", "X-Mailer: ", r.choice(BRANDS[8:10]), " ", version(r), "\n\n")
    b.fill(E[1], T="" if lang == "tr" else title(r, p, lang), N=(p.var(r, "full family full"), PER))
    b.add("\n\n")
    b.fill(E[2], C=s.clinic)
    b.add("\n\n  ", E[3], ": ", (fdt(r, d, h, mi, lang), DT), "\n  ", E[4], ": ", drt(r, lang), (doc.full, PER), "\n  ",
          E[5], ": ", (addr_line(s.addr), ADDR), "\n  ", E[6], ": ", neg_ref(r, "booking"), "\n\n")
    b.fill(E[7], U=(url(r, s, "book"), URL), P=(s.phone, PHONE))
    b.add("\n\n", E[8], "\n", (staff.full, PER), "\n", s.clinic, "\n", (s.phone, PHONE), " | ", (s.web, URL), "\n")


@kind("ml_invoice", ALL)
def g_invoice(r, b, lang):
    s = setup(r, lang)
    p, A = person_s(r, s), make_addr(r, s.cc)
    d = rdate(r)
    w = r.choice([50, 54, 58])
    b.add(s.clinic.upper() if r.random() < .3 else s.clinic, "\n", (addr_line(s.addr), ADDR), "\n", L("phone", lang), " ",
          (s.phone, PHONE), " · ", (s.email, EMAIL), "\n\n")
    b.add(title(r, p, lang), (p.full, PER), "\n", (addr_block(A), ADDR), "\n\n")
    b.add(L("invoice", lang).upper(), "\n", L("invno", lang), ": ", neg_ref(r, "invoice"), "\n", L("date", lang), ": ",
          (fdate(r, d, lang), DT), "\n", L("account", lang), ": ", (acct(r), ACCT), "\n")
    if s.spec == "vet":
        b.add(L("pet", lang), ": ", r.choice(PETS), " (", pk(r, SPECIES[lang]), ")\n")
    b.t("\n" + "-" * w + "\n")
    tot = 0
    for it in r.choices(services(lang, s.spec), k=r.randint(2, 5)):
        v = r.randint(1500, 45000) / 100
        tot += v
        code = {"dent": r.choice(CDT) if lang == "en" else ("GOZ " + D(r, 4) if s.cc == "DE" else D(r, 3)),
                "physio": r.choice(CPT_PT) if s.cc == "US" else "P" + D(r, 2), "opt": r.choice(CPT_OPT) if s.cc == "US" else "O" + D(r, 2),
                "vet": "V" + D(r, 3)}[s.spec]
        b.add(f"{code:<10}{str(r.randint(1, 2)) + ' x':<5}{it[:w - 26]:<{w - 25}}{v:9.2f}\n")
    b.add("-" * w + "\n", L("total", lang), ": ", f"{tot:.2f}", " ", CURRENCY.get(s.cc, "EUR"), "\n")
    b.add(L("due", lang), ": ", (fdate(r, d + dt.timedelta(days=r.choice([14, 30])), lang), DT), "\n\n")
    if s.cc in IBAN_SPEC:
        b.add(L("payto", lang), ":\nIBAN ", (iban(r, s.cc), IBAN), "\nBIC ", bic(r), "\n", L("ref", lang), ": ",
              neg_ref(r, "invoice"), "\n")
    else:
        b.add("Card on file: ", masked_card(r), " will be charged automatically. Pay online: ", (url(r, s, "pay"), URL), "\n")
        if r.random() < .3:
            b.add("Gift voucher applied: ", luhn_bad16(r), "\n")
    b.add(maybe(r, .5, f"\nPage 1/1 · {s.clinic} · {dict(en='Tax ID', de='USt-IdNr.', fr='N° TVA', es='CIF', it='P. IVA').get(lang, 'VAT')} "
                       f"{U(r, 2, UP)}{D(r, 9)}"))


RECALL = {
    "en": ("Time for your check-up!", "Our records show your last visit was on {LAST}. Regular check-ups help keep small problems small.",
           "Call us on {P} or book online: {U}", "{PET} is due for the annual vaccination and health check."),
    "de": ("Zeit für Ihre Vorsorge!", "Ihr letzter Kontrolltermin war am {LAST}. Regelmäßige Vorsorge lohnt sich.",
           "Vereinbaren Sie Ihren Termin unter {P} oder online: {U}", "Die Jahresimpfung für {PET} ist fällig."),
    "fr": ("C'est l'heure de votre contrôle !", "Votre dernière visite date du {LAST}. Un contrôle régulier évite bien des soucis.",
           "Prenez rendez-vous au {P} ou en ligne : {U}", "Le rappel de vaccin de {PET} arrive à échéance."),
    "es": ("¡Es hora de su revisión!", "Su última visita fue el {LAST}. Las revisiones periódicas previenen problemas.",
           "Pida cita en el {P} o en {U}", "Toca la vacuna anual de {PET}."),
    "it": ("È ora del controllo!", "La sua ultima visita risale al {LAST}. I controlli regolari prevengono i problemi.",
           "Prenoti al {P} oppure online: {U}", "È il momento del richiamo vaccinale per {PET}."),
    "pt": ("Está na hora da sua consulta de rotina!", "A sua última visita foi em {LAST}. As consultas regulares previnem problemas.",
           "Marque pelo {P} ou em {U}", "Está na altura da vacina anual do {PET}."),
    "nl": ("Tijd voor uw controle!", "Uw laatste controle was op {LAST}. Regelmatige controle voorkomt problemen.",
           "Maak een afspraak via {P} of online: {U}", "{PET} is weer toe aan de jaarlijkse vaccinatie."),
    "pl": ("Czas na przegląd!", "Ostatnia wizyta odbyła się {LAST}. Regularne przeglądy zapobiegają problemom.",
           "Umów wizytę: {P} lub online {U}", "Zbliża się termin szczepienia dla pupila {PET}."),
    "sv": ("Dags för undersökning!", "Ditt senaste besök var {LAST}. Regelbundna kontroller förebygger problem.",
           "Boka på {P} eller via {U}", "Nu är det dags för årlig vaccination av {PET}."),
    "da": ("Tid til eftersyn!", "Dit seneste besøg var den {LAST}. Regelmæssige eftersyn forebygger problemer.",
           "Book tid på {P} eller {U}", "{PET} skal have sin årlige vaccination."),
    "no": ("Tid for kontroll!", "Forrige kontroll var {LAST}. Jevnlige kontroller forebygger problemer.",
           "Bestill time på {P} eller {U}", "{PET} skal ha årlig vaksine."),
    "fi": ("On tarkastuksen aika!", "Edellinen käyntisi oli {LAST}. Säännöllinen tarkastus ehkäisee ongelmia.",
           "Varaa aika: {P} tai {U}", "{PET} tarvitsee vuosittaisen rokotuksen."),
    "cs": ("Je čas na prohlídku!", "Vaše poslední návštěva proběhla {LAST}. Pravidelné prohlídky předcházejí potížím.",
           "Objednejte se na {P} nebo online: {U}", "{PET} potřebuje každoroční očkování."),
    "tr": ("Kontrol zamanı!", "Son ziyaretiniz {LAST} tarihindeydi. Düzenli kontroller sorunları önler.",
           "Randevu için {P} veya {U}", "{PET} için yıllık aşı zamanı geldi."),
}


@kind("ml_recall_postcard", ALL)
def g_recall(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "dent", "vet", "opt"]))
    R = RECALL[lang]
    p, A = person_s(r, s), make_addr(r, s.cc)
    b.add(s.clinic, "\n", (addr_block(s.addr, sep=r.choice(["\n", " · "])), ADDR), "\n\n")
    b.add(r.choice(["PRIORITY", "Porto zahlt Empfänger", "Port payé", "Franqueo pagado", "ECONOMY", "B-Post", "Postage paid"]), "\n")
    ind = r.choice(["", "            "])
    lines = addr_block(A, country=r.random() < .2).split("\n")
    b.add(ind, title(r, p, lang), (p.full if r.random() < .7 else p.full.upper(), PER), "\n", ind)
    b.e(("\n" + ind).join(lines), ADDR)
    b.add("\n\n", R[0], "\n\n")
    last = rdate(r, 2023, 2025)
    b.fill(R[3] if s.spec == "vet" else R[1], LAST=(fdate(r, last, lang), DT), PET=r.choice(PETS))
    b.add("\n")
    b.fill(R[2], P=(s.phone, PHONE), U=(url(r, s, "recall"), URL))
    b.add("\n\n", maybe(r, .6, f"Ref {U(r, 3, UP)}-{D(r, 6)} · {r.choice(['RC', 'RECALL', 'R'])}{D(r, 2)}"))


@kind("ml_vet_record", ALL)
def g_vet_record(r, b, lang):
    s = setup(r, lang, "vet")
    p, A = person_s(r, s), make_addr(r, s.cc)
    fmt = r.choice(["kv", "yaml", "json"])
    pets = [pet(r, lang) for _ in range(r.randint(1, 2))]
    vacc = {0: ["DHPPi", "Rabies", "Leptospirose L4"], 1: ["RCP", "FeLV", "Rabies"], 2: ["RHD2", "Myxomatose"]}
    if fmt == "json":
        b.add('{\n  "clientNo": "', (acct(r), ACCT), '",\n  "owner": {\n    "lastName": "', (p.family, PER),
              '",\n    "firstName": "', (p.given, PER), '",\n    "street": "', (street_line(A), ADDR), '",\n    "postcode": "',
              A["zip"], '",\n    "city": "', (A["plain"], LOC), '",\n    "phone": "', (phone(r, s.cc), PHONE),
              '",\n    "email": "', (email(r, p), EMAIL), '"\n  },\n  "patients": [\n')
        for i, (n, sp, br) in enumerate(pets):
            d = rdate(r, 2023, 2025)
            b.add('    {"name": "', n, '", "species": "', sp, '", "breed": "', br, '", "chip": "', microchip(r),
                  '", "lastVaccination": "', (d.isoformat(), DT), '", "vaccine": "', r.choice(vacc[SPECIES[lang].split("|").index(sp)]), '"}',
                  "," if i < len(pets) - 1 else "", "\n")
        b.add('  ],\n  "updatedAt": ', str(1700000000 + r.randint(0, 60000000)), "\n}")
        return
    if fmt == "yaml":
        b.add("# ", L("client", lang), " – ", s.clinic, "\nclient_no: ", (acct(r), ACCT), "\nowner:\n  name: ",
              (p.var(r, "full lf"), PER), "\n  address: ", (addr_line(A), ADDR), "\n  phone: ", (phone(r, s.cc), PHONE),
              "\n  email: ", (email(r, p), EMAIL), "\nanimals:\n")
        for n, sp, br in pets:
            d = rdate(r, 2023, 2025)
            b.add("  - name: ", n, "\n    species: ", sp, "\n    breed: ", br, "\n    chip: '", microchip(r),
                  "'\n    weight_kg: ", f"{r.uniform(2, 38):.1f}", "\n    vaccinations:\n      - {type: ", r.choice(vacc[SPECIES[lang].split("|").index(sp)]),
                  ", date: ", (fdate(r, d, lang, "iso"), DT), ", next: ", (fdate(r, d + dt.timedelta(days=365), lang, "iso"), DT), "}\n")
        return
    sp = sep_for(r, lang)
    b.add(L("client", lang).upper(), " — ", s.clinic, "\n\n", L("account", lang), sp, (acct(r), ACCT), "\n", L("owner", lang),
          sp, title(r, p, lang), (p.full, PER), "\n", L("address", lang), sp, (addr_line(A), ADDR), "\n", L("phone", lang), sp,
          (phone(r, s.cc), PHONE), "\n", L("email", lang), sp, (email(r, p), EMAIL), "\n\n")
    for n, spc, br in pets:
        d = rdate(r, 2023, 2025)
        b.add(L("pet", lang), sp, n, "\n", L("species", lang), sp, spc, " / ", br, "\n", L("age", lang), sp,
              str(r.randint(1, 14)), "\n", L("chip", lang), sp, microchip(r), "\n", L("weight", lang), sp,
              f"{r.uniform(2, 38):.1f} kg\n", L("vaccine", lang), sp, r.choice(vacc[SPECIES[lang].split("|").index(spc)]), " ", (fdate(r, d, lang), DT), "; ",
              L("next", lang), sp, (fdate(r, d + dt.timedelta(days=365), lang), DT), "\n\n")


REFL = {
    "en": ("Referral", "Dear", "Dear", "Dr. ", "Dr. ",
           "I would be grateful if you could see the above patient, whom I examined on {SEEN}.", "Findings: {F}.",
           "Current medication: {M}. Images are enclosed. Please do not hesitate to contact me on {P}.", "Yours sincerely,",
           ("deep caries 46 with periapical radiolucency (K04.7), intermittent swelling",
            "IOP 26/24 mmHg, suspicious optic disc cupping (H40.11)",
            "persistent lateral knee pain after 8 sessions, suspected meniscal tear (S83.511A)")),
    "de": ("Überweisung", "Sehr geehrter", "Sehr geehrte", "Herr Dr. ", "Frau Dr. ",
           "ich überweise Ihnen o. g. Patienten, den ich am {SEEN} untersucht habe, mit der Bitte um Mitbehandlung.",
           "Befund: {F}.", "Aktuelle Medikation: {M}. Bilder anbei. Für Rückfragen erreichen Sie mich unter {P}.",
           "Mit freundlichen kollegialen Grüßen",
            ("tiefe Karies 46 mit apikaler Aufhellung (K04.7)", "Augeninnendruck 26/24 mmHg, Verdacht auf Glaukom (H40.11)",
             "persistierende Knieschmerzen nach 8 Behandlungen, V. a. Meniskusläsion")),
    "fr": ("Adressage", "Cher", "Chère", "Docteur ", "Docteur ",
           "Je vous adresse le patient susnommé, que j'ai examiné le {SEEN}, pour avis et prise en charge.",
           "Constatations : {F}.", "Traitement en cours : {M}. Clichés joints. Je reste joignable au {P}.",
           "Bien confraternellement,",
           ("carie profonde 46 avec lésion périapicale (K04.7)", "PIO 26/24 mmHg, excavation papillaire suspecte (H40.11)",
            "gonalgie persistante après 8 séances, suspicion de lésion méniscale")),
    "es": ("Derivación", "Estimado", "Estimada", "Dr. ", "Dra. ",
           "Le remito al paciente arriba indicado, a quien exploré el {SEEN}, para valoración y tratamiento.",
           "Hallazgos: {F}.", "Medicación actual: {M}. Adjunto imágenes. Puede contactarme en el {P}.", "Atentamente,",
           ("caries profunda en 46 con lesión periapical (K04.7)", "PIO 26/24 mmHg, excavación papilar sospechosa (H40.11)",
            "dolor de rodilla persistente tras 8 sesiones, sospecha de rotura meniscal")),
    "it": ("Richiesta di consulenza", "Gentile", "Gentile", "Dott. ", "Dott.ssa ",
           "invio alla Sua attenzione il paziente in oggetto, da me visitato il {SEEN}, per valutazione specialistica.",
           "Reperti: {F}.", "Terapia in corso: {M}. In allegato le immagini. Resto a disposizione al {P}.", "Cordiali saluti,",
           ("carie profonda 46 con lesione periapicale (K04.7)", "IOP 26/24 mmHg, escavazione papillare sospetta (H40.11)",
            "dolore persistente al ginocchio dopo 8 sedute, sospetta lesione meniscale")),
    "pt": ("Referenciação", "Caro", "Cara", "Dr. ", "Dra. ",
           "Envio o utente acima identificado, observado por mim em {SEEN}, para avaliação e orientação.",
           "Achados: {F}.", "Medicação habitual: {M}. Seguem imagens em anexo. Contacto: {P}.", "Com os melhores cumprimentos,",
           ("cárie profunda no 46 com lesão periapical (K04.7)", "PIO 26/24 mmHg, escavação papilar suspeita (H40.11)",
            "dor persistente no joelho após 8 sessões, suspeita de rotura do menisco")),
    "nl": ("Verwijzing", "Geachte", "Geachte", "collega ", "collega ",
           "Graag verwijs ik bovengenoemde patiënt naar u, die ik op {SEEN} heb onderzocht.",
           "Bevindingen: {F}.", "Medicatie: {M}. Beelden bijgevoegd. U kunt mij bereiken op {P}.", "Met collegiale groet,",
           ("diepe cariës 46 met periapicale afwijking (K04.7)", "oogdruk 26/24 mmHg, verdachte excavatie (H40.11)",
            "aanhoudende knieklachten na 8 behandelingen, verdenking meniscusletsel")),
}


SPECIALIST = {
    "en": ("Oral & Maxillofacial Surgery Associates", "Eye Hospital – Glaucoma Service", "Orthopaedic & Sports Medicine Clinic"),
    "de": ("Praxis für Mund-, Kiefer- und Gesichtschirurgie", "Augenklinik am Park", "Orthopädische Gemeinschaftspraxis"),
    "fr": ("Service de chirurgie orale", "Centre ophtalmologique", "Cabinet d'orthopédie"),
    "es": ("Servicio de Cirugía Maxilofacial", "Instituto Oftalmológico", "Unidad de Traumatología"),
    "it": ("Chirurgia Maxillo-Facciale", "Centro Oculistico", "Ambulatorio di Ortopedia"),
    "pt": ("Serviço de Cirurgia Maxilofacial", "Centro de Oftalmologia", "Consulta de Ortopedia"),
    "nl": ("Kaakchirurgie", "Oogkliniek", "Orthopedie"),
}


@kind("ml_referral_letter", list(REFL))
def g_referral(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "opt", "physio"]))
    R = REFL[lang]
    p, doc, me = person_s(r, s), person_s(r, s), person_s(r, s)
    spec_clinic = SPECIALIST[lang][("dent", "opt", "physio").index(s.spec)]
    docA = make_addr(r, s.cc)
    b.add(s.clinic, "\n", (addr_line(s.addr), ADDR), "\n", L("phone", lang), " ", (s.phone, PHONE), maybe(r, .6, "  Fax "))
    if b.parts[-1]:
        b.add((s.fax, PHONE))
    b.add("\n", (s.email, EMAIL), "\n\n", R[3] if doc.sex == "m" else R[4], (doc.full, PER), "\n", spec_clinic, "\n",
          (addr_block(docA), ADDR), "\n\n")
    d = rdate(r)
    if r.random() < .6:
        b.add((s.addr["plain"], LOC), ", ")
    b.add((fdate(r, d, lang), DT), "\n\n", R[0], ": ", (p.var(r, "full lf caps"), PER), ", ", L("dob", lang), " ",
          (fdate(r, rdob(r), lang), DOB), maybe(r, .5, f", {L('mrn', lang)} "))
    if b.parts[-1]:
        b.add((mrn(r), MRN))
    b.add("\n\n", R[1] if doc.sex == "m" else R[2], " ", R[3] if doc.sex == "m" else R[4], (doc.family, PER), ",\n\n")
    b.fill(R[5], SEEN=(fdate(r, d - dt.timedelta(days=r.randint(1, 9)), lang), DT))
    b.add(" ")
    b.fill(R[6], F=R[9][SPECS.index(s.spec) - 1 if s.spec != "dent" else 0])
    b.add(" ")
    b.fill(R[7], M=r.choice(DRUG_BY[s.spec]), P=(s.phone, PHONE))
    b.add("\n\n", R[8], "\n\n", drt(r, lang), (me.full, PER), "\n", L("dentist", lang) if s.spec == "dent" else "",
          maybe(r, .4, f"\nNPI {npi(r)}" if lang == "en" else f"\nID {D(r, 9)}"))


CHAT = {
    "en": ["Hi, thanks for messaging {C}. How can we help?", "Hi, I need to move my appointment on {DT1}, something came up at work",
           "No problem. Can you confirm your full name and date of birth please?", "{N}, born {DOB}",
           "Thanks! We have {DT2} or {DT3} available.", "The first one please. Also my new mobile is {P}",
           "Done, see you then. We've updated your number."],
    "de": ["Hallo, hier ist die {C}. Wie können wir helfen?", "Hallo, ich muss leider meinen Termin am {DT1} verschieben",
           "Kein Problem. Bitte nennen Sie uns Ihren vollständigen Namen und Ihr Geburtsdatum.", "{N}, geb. {DOB}",
           "Danke! Frei wäre {DT2} oder {DT3}.", "Der erste passt. Meine neue Handynummer ist übrigens {P}",
           "Erledigt, bis dann! Nummer ist aktualisiert."],
    "es": ["Hola, le atiende {C}. ¿En qué podemos ayudarle?", "Hola, necesito cambiar mi cita del {DT1}",
           "Claro. ¿Me confirma su nombre completo y fecha de nacimiento?", "{N}, nacido/a el {DOB}",
           "Gracias. Tenemos hueco el {DT2} o el {DT3}.", "El primero, por favor. Mi nuevo móvil es {P}",
           "Hecho, le esperamos. Hemos actualizado su teléfono."],
    "fr": ["Bonjour, ici le {C}. Comment pouvons-nous vous aider ?", "Bonjour, je dois décaler mon rendez-vous du {DT1}",
           "Pas de souci. Pouvez-vous confirmer vos nom, prénom et date de naissance ?", "{N}, né(e) le {DOB}",
           "Merci ! Nous avons le {DT2} ou le {DT3}.", "Le premier me va. Mon nouveau numéro : {P}", "C'est noté, à bientôt !"],
    "pt": ["Olá, fala a {C}. Em que podemos ajudar?", "Olá, preciso de remarcar a consulta de {DT1}",
           "Claro. Pode confirmar o nome completo e a data de nascimento?", "{N}, data de nascimento {DOB}",
           "Obrigado! Temos vaga {DT2} ou {DT3}.", "A primeira, por favor. O meu novo telemóvel é {P}", "Está marcado. Até breve!"],
    "it": ["Buongiorno, qui {C}. Come possiamo aiutarla?", "Buongiorno, dovrei spostare l'appuntamento del {DT1}",
           "Certo. Mi conferma nome, cognome e data di nascita?", "{N}, nato/a il {DOB}",
           "Grazie! Abbiamo disponibilità il {DT2} oppure il {DT3}.", "Va bene il primo. Il mio nuovo cellulare è {P}",
           "Fatto, a presto!"],
    "tr": ["Merhaba, {C}. Size nasıl yardımcı olabiliriz?", "Merhaba, {DT1} tarihli randevumu ertelemem gerekiyor",
           "Tabii. Ad soyad ve doğum tarihinizi teyit eder misiniz?", "{N}, doğum tarihi {DOB}",
           "Teşekkürler! {DT2} veya {DT3} uygun.", "İlki olsun. Yeni cep numaram {P}", "Randevunuz oluşturuldu, görüşmek üzere!"],
    "pl": ["Dzień dobry, {C}. W czym możemy pomóc?", "Dzień dobry, muszę przełożyć wizytę z dnia {DT1}",
           "Oczywiście. Proszę podać imię i nazwisko oraz datę urodzenia.", "{N}, ur. {DOB}",
           "Dziękujemy! Wolne terminy: {DT2} lub {DT3}.", "Pierwszy pasuje. Mój nowy numer to {P}", "Zapisane, do zobaczenia!"],
}


@kind("ml_chat_export", list(CHAT))
def g_chat(r, b, lang):
    s = setup(r, lang)
    p = person_s(r, s)
    d0 = rdate(r)
    style = r.randint(0, 2)
    who_p = p.var(r, "full full given caps")
    base = d0 - dt.timedelta(days=r.randint(2, 9))
    h, mi = rtime(r, 8, 17)
    slots = []
    for k in range(3):
        dd = d0 + dt.timedelta(days=k * r.randint(1, 3))
        hh, mm = rtime(r)
        slots.append(fdt(r, dd, hh, mm, lang))
    for i, tpl in enumerate(CHAT[lang]):
        mi += r.randint(1, 6)
        h, mi = h + mi // 60, mi % 60
        if style == 0:
            b.t(f"[{base.day:02d}.{base.month:02d}.{base.year % 100:02d}, {h:02d}:{mi:02d}:{r.randint(0, 59):02d}] ")
        elif style == 1:
            b.t(f"{base.day:02d}/{base.month:02d}/{base.year}, {h:02d}:{mi:02d} - ")
        else:
            b.t(f"{h:02d}:{mi:02d}  ")
        if i % 2 == 0:
            b.t(s.clinic + ": ")
        else:
            b.add((who_p, PER), ": ")
        b.fill(tpl, C=s.clinic, DT1=(slots[0], DT), DT2=(slots[1], DT), DT3=(slots[2], DT), N=(p.full, PER),
               DOB=(fdate(r, rdob(r), lang), DOB), P=(phone(r, s.cc), PHONE))
        b.t("\n")


# --------------------------------------------------------- no-entity kinds
AFTER = {
    "en": ("Aftercare following tooth extraction", ["Bite on the gauze pad for 30–45 minutes.",
           "Do not rinse, spit or drink through a straw for 24 hours.", "Avoid smoking and alcohol for at least 48 hours.",
           "For pain take Ibuprofen 400 mg every 6–8 hours (max. 1200 mg/day) unless advised otherwise.",
           "Start warm salt-water rinses from tomorrow, 3–4 times a day.", "Mild swelling peaks after 2–3 days.",
           "If bleeding continues after several hours, contact the practice or the out-of-hours dental service."]),
    "de": ("Verhaltenshinweise nach Zahnentfernung", ["Tupfer 30 Minuten fest zubeißen.",
           "24 Stunden nicht spülen und keine heißen Getränke.", "Zwei Tage auf Rauchen und Alkohol verzichten.",
           "Bei Schmerzen Ibuprofen 400 mg, höchstens dreimal täglich.", "Kühlen Sie die Wange am ersten Tag mit Unterbrechungen.",
           "Die Fäden werden nach etwa einer Woche entfernt.", "Bei Nachblutungen wenden Sie sich an die Praxis oder den zahnärztlichen Notdienst."]),
    "fr": ("Conseils après une extraction dentaire", ["Mordre sur la compresse pendant 30 minutes.",
           "Ne pas rincer ni cracher pendant 24 heures.", "Éviter le tabac et l'alcool pendant 48 heures.",
           "En cas de douleur : Paracétamol 1 g, jusqu'à 3 fois par jour.", "Bains de bouche à la Chlorhexidine à partir du lendemain.",
           "Un gonflement est normal les 2 à 3 premiers jours.", "En cas de saignement persistant, contactez le cabinet."]),
    "es": ("Instrucciones tras una extracción", ["Muerda la gasa durante 30 minutos.", "No se enjuague ni escupa en 24 horas.",
           "Evite fumar durante al menos 48 horas.", "Para el dolor: Ibuprofeno 600 mg cada 8 horas.",
           "Dieta blanda y fría el primer día.", "La inflamación suele durar 2–3 días.", "Si el sangrado persiste, acuda a la clínica."]),
    "it": ("Istruzioni dopo l'estrazione", ["Mordere la garza per 30 minuti.", "Non sciacquare per 24 ore.",
           "Evitare fumo e alcol per 48 ore.", "In caso di dolore: Ibuprofene 400 mg ogni 8 ore.",
           "Applicare ghiaccio a intervalli il primo giorno.", "I punti si rimuovono dopo 7–10 giorni.",
           "In caso di sanguinamento prolungato contattare lo studio."]),
    "pt": ("Cuidados após extração dentária", ["Morda a compressa durante 30 minutos.", "Não bocheche nas primeiras 24 horas.",
           "Evite fumar durante 48 horas.", "Para a dor: Paracetamol 1 g de 8 em 8 horas.", "Alimentação mole e fria no primeiro dia.",
           "O inchaço é normal durante 2 a 3 dias.", "Se a hemorragia persistir, contacte a clínica."]),
    "nl": ("Adviezen na het trekken van een tand", ["Bijt 30 minuten op het gaasje.", "Spoel de eerste 24 uur niet.",
           "Niet roken gedurende minimaal 48 uur.", "Bij pijn: Paracetamol 1000 mg, maximaal 3x per dag.",
           "Koel de wang de eerste dag met tussenpozen.", "Zwelling is normaal gedurende 2 à 3 dagen.",
           "Bij aanhoudende bloeding: neem contact op met de praktijk."]),
    "sv": ("Råd efter tandutdragning", ["Bit på kompressen i 30 minuter.", "Skölj inte munnen under första dygnet.",
           "Undvik rökning i minst 48 timmar.", "Vid smärta: Ipren 400 mg var 6:e timme.", "Ät mjuk och ljummen mat första dagen.",
           "Svullnad är normalt i 2–3 dagar.", "Kontakta kliniken vid ihållande blödning."]),
    "pl": ("Zalecenia po ekstrakcji zęba", ["Zagryźć jałowy gazik przez 30 minut.", "Nie płukać ust przez 24 godziny.",
           "Nie palić przez 48 godzin.", "W razie bólu: Ibuprofen 400 mg co 8 godzin.", "Przez pierwszą dobę jeść miękkie, chłodne posiłki.",
           "Obrzęk może utrzymywać się 2–3 dni.", "W razie przedłużającego się krwawienia prosimy o kontakt z gabinetem."]),
}


@kind("ml_aftercare_leaflet", list(AFTER), empty=True)
def g_aftercare(r, b, lang):
    t, lines = AFTER[lang]
    b.add(clinic_name(r, lang, "dent"), "\n", t.upper() if r.random() < .4 else t, "\n", "~" * len(t), "\n\n")
    bullet = r.choice(["• ", "- ", "* ", "", "1. "])
    for i, ln in enumerate(r.sample(lines, r.randint(5, len(lines)))):
        b.add(bullet if bullet != "1. " else f"{i + 1}. ", ln, "\n")
    b.add("\n", r.choice(["Form", "Formular", "Doc", "Ref"]), " ", f"AC-{D(r, 2)} v{version(r)}", " · ",
          r.choice(["Rev. 2021", "© 2024", "Stand 2023", "2022"]), maybe(r, .5, " · " + r.choice(BRANDS)))


@kind("ml_message_template", ALL, empty=True)
def g_template(r, b, lang):
    sty = r.randint(0, 2)
    ph = {0: lambda k: "{{" + k + "}}", 1: lambda k: "${" + k.upper() + "}", 2: lambda k: "%" + k.upper() + "%"}[sty]
    b.add("# template: ", r.choice(["recall_6m", "appt_reminder", "vacc_due", "invoice_mail"]), "_", lang, "  (",
          r.choice(["v", "rev "]), version(r), ")\n", "# id ", uuid4(r), "\n\n")
    b.add(L("name", lang), ": ", ph("patient_name"), "\n", L("dob", lang), ": ", ph("birth_date"), "\n",
          L("appt", lang), ": ", ph("appt_date"), " ", ph("appt_time"), "\n", L("phone", lang), ": ", ph("clinic_phone"), "\n",
          L("email", lang), ": ", ph("patient_email"), "\n", L("member", lang), ": ", ph("policy_no"), "\n",
          "IBAN: ", ph("clinic_iban"), "\n", L("total", lang), ": ", ph("amount"), "\n\n")
    b.add("smtp_password: ${{ secrets.SMTP_PASSWORD }}\n" if r.random() < .4 else "", "api_key: ", ph("sms_api_key"), "\n",
          "send_window: ", r.choice(["2 days before", "48h", "P2D"]), "\n", "retry: 3\n", "channel: ", r.choice(["sms", "email", "both"]))


@kind("ml_price_list", ALL, empty=True)
def g_price_list(r, b, lang):
    spec = r.choice(SPECS)
    b.add(clinic_name(r, lang, spec), " — ", {"en": "Fee schedule", "de": "Preisliste", "fr": "Tarifs",
          "es": "Tarifas", "it": "Listino prezzi", "pt": "Tabela de preços", "nl": "Tarievenlijst", "pl": "Cennik",
          "sv": "Prislista", "da": "Prisliste", "no": "Prisliste", "fi": "Hinnasto", "cs": "Ceník", "tr": "Fiyat listesi"}[lang],
          " ", str(r.randint(2023, 2026)), "\n\n")
    sep = r.choice([" | ", ";", "\t", "  "])
    cur = r.choice(["$", "£", "€", "A$"])
    for it in services(lang, spec) + r.sample(SERVICES[lang], r.randint(2, 4)) * (spec == "dent"):
        code = r.choice({"dent": CDT + ["GOZ 2060", "BEMA 13b", "NZa C11"], "vet": ["V-101", "V-220", "A-12"],
                         "opt": CPT_OPT, "physio": CPT_PT}[spec])
        price = f"{cur}{r.randint(20, 900)}.{D(r, 2)}" if lang == "en" else amount(r, lang)
        b.add(code, sep, it, sep, price, sep, r.choice(["15 min", "30 min", "45 min", "60 min", "—"]), "\n")
    b.add("\n", r.choice(["Prices incl. VAT.", "inkl. MwSt.", "TTC", "IVA incl.", "IVA inclusa", "Preise gültig ab Quartal 3"]),
          " ", r.choice(BRANDS), " ", r.choice(["products available at reception.", "—", "*"]))


# ------------------------------------------------------ language-specific
@kind("de_heil_kostenplan", ["de"])
def g_de_hkp(r, b, lang):
    s = setup(r, lang, "dent", "DE")
    p, A, doc = person_s(r, s), make_addr(r, "DE"), person_s(r, s)
    d = rdate(r)
    b.add("Heil- und Kostenplan Teil 1 – Zahnersatz / Zahnkronen\n", "Krankenkasse: ", pk(r, INSURERS["de"]),
          "   Kostenträgerkennung: ", D(r, 9), "\n", "Name, Vorname des Versicherten: ", (p.lf, PER), "\n",
          "geb. am: ", (fdate(r, rdob(r), "de", "num"), DOB), "\n", "Versicherten-Nr.: ", (hp_id(r, "DE"), HPN),
          "   Status: ", r.choice(["1000 1", "3000 3", "5000 1"]), "\n")
    if r.random() < .6:
        b.add("Anschrift: ", (addr_line(A), ADDR), "\n")
    b.add("Vertragszahnarzt-Nr.: ", D(r, 6), "   Datum: ", (fdate(r, d, "de"), DT), "\n\n",
          "I. Befund des gesamten Gebisses / Behandlungsplan\n")
    teeth = r.sample([11, 12, 14, 16, 21, 24, 26, 36, 37, 45, 46, 47], 4)
    b.t("TP   " + "  ".join(r.choice(["KV", "KM", "B", "E", "ww"]) for _ in teeth) + "\nB    " +
        "  ".join(r.choice(["f", "k", "x", "ww", ")("]) for _ in teeth) + "\n     " + "  ".join(str(t) for t in teeth) + "\n\n")
    b.add("II. Befunde für Festzuschüsse\n")
    for t in teeth[:3]:
        b.add(f"  {r.choice(['1.1', '1.3', '2.1', '4.6'])}   {t}   {r.randint(1, 3)}   {r.randint(80, 900)},{D(r, 2)} €\n")
    b.add("\nBonus: ", r.choice(["5 Jahre", "10 Jahre", "nein"]), "   Härtefall: nein\n",
          "Voraussichtlicher Eigenanteil: ", amount(r, "de", 200, 3000), "\n\n",
          "Der Plan ist ", r.choice(["6 Monate", "sechs Monate"]), " gültig. Rückfragen: ", (s.phone, PHONE), "\n",
          s.clinic, " · ", drt(r, "de"), (doc.full, PER), " · ", (addr_line(s.addr), ADDR))


@kind("fr_ordonnance", ["fr"])
def g_fr_ord(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "vet", "opt"]), "FR")
    doc, p = person_s(r, s), person_s(r, s)
    d = rdate(r)
    b.add(drt(r, "fr"), (doc.full, PER), "\n", {"dent": "Chirurgien-dentiste", "vet": "Docteur vétérinaire",
          "opt": "Ophtalmologiste"}[s.spec], "\n", "N° RPPS ", D(r, 11), "   N° AM ", D(r, 9), "\n",
          (addr_block(s.addr), ADDR), "\nTél. ", (s.phone, PHONE), "\n\n", " " * r.randint(20, 34), (s.addr["plain"], LOC),
          ", le ", (fdate(r, d, "fr"), DT), "\n\n")
    if s.spec == "vet":
        b.add("Propriétaire : ", title(r, p, "fr"), (p.full, PER), "\n", "Animal : ", r.choice(PETS), ", ",
              pk(r, SPECIES["fr"]), ", ", f"{r.uniform(3, 35):.1f} kg", "\n\n")
    else:
        b.add(title(r, p, "fr"), (p.var(r, "full caps"), PER), "\n", "Né(e) le ", (fdate(r, rdob(r), "fr", "num"), DOB),
              maybe(r, .5, f"   — {r.choice(['58', '74', '81'])} kg"), "\n\n")
    for _ in range(r.randint(2, 3)):
        dr = r.choice(DRUG_BY[s.spec])
        b.add("• ", dr, " : ", "1 goutte le soir" if s.spec == "opt" else r.choice(["1 cp matin et soir", "1 cp 3 fois par jour"]), " pendant ",
              r.choice(["5 jours", "7 jours", "10 jours", "1 mois"]), "\n")
    b.add("\nQSP ", r.choice(["1 mois", "7 jours"]), ". Ne pas renouveler.\n\n", " " * 30, "Signature\n",
          maybe(r, .5, f"\nOrdonnance n° {D(r, 10)} — à présenter en pharmacie"))


@kind("es_presupuesto_dental", ["es"])
def g_es_pres(r, b, lang):
    s = setup(r, lang, "dent")
    p, doc = person_s(r, s), person_s(r, s)
    d = rdate(r)
    b.add(s.clinic.upper(), "\n", (addr_line(s.addr), ADDR), " · Tel. ", (s.phone, PHONE), "\n", (s.web, URL), "\n\n",
          "PRESUPUESTO Nº ", f"{d.year}/{D(r, 4)}", "\n", "Paciente: ", (p.var(r, "full lf caps"), PER), "\n",
          "Nº historia: ", (mrn(r), MRN), "\n", "Fecha: ", (fdate(r, d, "es"), DT), "\n", "Teléfono: ",
          (phone(r, s.cc), PHONE), "   Email: ", (email(r, p), EMAIL), "\n", "Doctor/a: ", drt(r, "es"), (doc.full, PER), "\n\n")
    b.t(f"{'Pieza':<7}{'Tratamiento':<34}{'Importe':>10}\n")
    tot = 0
    for tr in r.sample(["Implante osteointegrado", "Corona metal-cerámica", "Endodoncia molar", "Empaste composite",
                        "Limpieza y pulido", "Extracción simple", "Férula de descarga", "Blanqueamiento LED"], r.randint(2, 5)):
        v = r.randint(40, 1400)
        tot += v
        b.t(f"{r.choice([16, 26, 36, 46, 11, 21, '--']):<7}{tr:<34}{v:>8},00 €\n")
    b.add(f"\nTOTAL: {tot},00 €   (IVA exento)\n", "Financiación: ", r.choice(["12 meses sin intereses", "hasta 24 meses", "no"]), "\n",
          "Válido hasta: ", (fdate(r, d + dt.timedelta(days=90), "es"), DT), "\n")
    if s.cc == "ES" and r.random() < .6:
        b.add("Señal por transferencia a ", (iban(r, "ES"), IBAN), " (concepto: PRES-", D(r, 4), ")\n")
    b.add("\nFirma del paciente: ____________")


@kind("it_referto_fisioterapia", ["it"])
def g_it_fisio(r, b, lang):
    s = setup(r, lang, "physio", "IT")
    p, ft, med = person_s(r, s), person_s(r, s), person_s(r, s)
    d = rdate(r)
    born = r.choice(CITIES["IT"])[1]
    b.add(s.clinic, " – ", (addr_line(s.addr), ADDR), "\nTel. ", (s.phone, PHONE), " – ", (s.email, EMAIL), "\n\n",
          "REFERTO DI VALUTAZIONE FISIOTERAPICA\n\n", "Paziente: ", title(r, p, "it"), (p.full, PER), "\n",
          "nato/a a ", (born, LOC), " il ", (fdate(r, rdob(r), "it"), DOB), "\n", "Cartella n.: ", (mrn(r), MRN), "\n",
          "Data valutazione: ", (fdate(r, d, "it"), DT), "\n", "Inviato da: ", drt(r, "it"), (med.full, PER), "\n\n",
          "Diagnosi: ", r.choice(["lombalgia aspecifica (M54.5)", "esiti di distorsione di caviglia", "tendinopatia della cuffia dei rotatori (M75.101)"]),
          "\nVAS dolore: ", str(r.randint(3, 8)), "/10. ROM ridotto del ", str(r.randint(10, 40)), "%.\n",
          "Piano: ", r.choice(["10 sedute", "8 sedute", "12 sedute"]), ", ", r.choice(["2 volte a settimana", "3 volte a settimana"]),
          " (", r.choice(CPT_PT), ", terapia manuale, esercizio terapeutico, ", r.choice(BRANDS[12:14]), ").\n",
          "Prima seduta: ", (fdt(r, d + dt.timedelta(days=r.randint(2, 7)), *rtime(r), "it"), DT), "\n\n",
          "Il fisioterapista\n", (ft.full, PER), " – Iscr. Albo n. ", D(r, 4))


@kind("pt_receita_oculos", ["pt"])
def g_pt_oculos(r, b, lang):
    s = setup(r, lang, "opt")
    p, opt_ = person_s(r, s), person_s(r, s)
    d = rdate(r)
    sph = lambda: f"{r.choice(['+', '-'])}{r.choice([0.25, 0.5, 0.75, 1.0, 1.25, 2.0, 2.75, 3.5]):.2f}"
    b.add(s.clinic, "\n", (addr_line(s.addr), ADDR), "\n", (s.phone, PHONE), "\n\n", "RECEITA DE ÓCULOS\n",
          "Nome: ", (p.var(r, "full caps"), PER), "\n", "Data de nascimento: ", (fdate(r, rdob(r), "pt"), DOB), "\n",
          "Processo n.º ", (mrn(r), MRN), "\n", "Data do exame: ", (fdate(r, d, "pt"), DT), "\n\n",
          "        ESF     CIL     EIXO   ADD\n", f"OD    {sph()}   {sph()}   {r.randint(0, 180):>3}°   +{r.choice([1.0, 1.5, 2.0]):.2f}\n",
          f"OE    {sph()}   {sph()}   {r.randint(0, 180):>3}°   +{r.choice([1.0, 1.5, 2.0]):.2f}\n",
          f"DIP: {r.randint(56, 70)} mm\n\n", "Lentes recomendadas: ", r.choice(BRANDS[14:16] + BRANDS[4:6]), "\n",
          "Validade: ", (fdate(r, d + dt.timedelta(days=365), "pt"), DT), "\n\n", "Optometrista: ", (opt_.full, PER),
          "  (Cédula profissional ", D(r, 5), ")\n")
    if r.random() < .5:
        b.add("Contacto do utente: ", (phone(r, s.cc), PHONE), " / ", (email(r, p), EMAIL))


@kind("pl_karta_wizyty", ["pl"])
def g_pl_karta(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "physio"]), "PL")
    p, doc, A = person_s(r, s), person_s(r, s), make_addr(r, "PL")
    d = rdate(r)
    h, mi = rtime(r)
    b.add(s.clinic, "\n", (addr_line(s.addr), ADDR), ", tel. ", (s.phone, PHONE), "\n\n", "KARTA WIZYTY nr ",
          f"{D(r, 4)}/{d.year}", "\n", "Pacjent: ", (p.var(r, "full lf"), PER), "\n", "Data urodzenia: ",
          (fdate(r, rdob(r), "pl"), DOB), "\n", "Adres zamieszkania: ", (addr_line(A), ADDR), "\n", "Telefon: ",
          (phone(r, "PL"), PHONE), "\n", "Data i godzina wizyty: ", (fdt(r, d, h, mi, "pl", False), DT), "\n",
          "Rozpoznanie: ", r.choice(["K02.1 próchnica zębiny", "K05.1 przewlekłe zapalenie dziąseł"] if s.spec == "dent" else
                                    ["M54.5 ból krzyża", "M75.1 zespół cieśni podbarkowej", "S83.5 skręcenie kolana"]), "\n",
          "Wykonano: ", "; ".join(services("pl", s.spec)), "\n", "Zalecenia: ",
          r.choice(["kontrola za 6 miesięcy", "ćwiczenia w domu 2x dziennie", "unikać twardych pokarmów przez 2 dni"]), "\n",
          "Następna wizyta: ", (fdate(r, d + dt.timedelta(days=r.randint(7, 60)), "pl"), DT), "\n\n",
          "Lekarz: " + drt(r, "pl") if s.spec == "dent" else "Fizjoterapeuta: mgr ", (doc.full, PER), ", nr PWZ ", D(r, 7), "\n")


@kind("sv_kallelse", ["sv"])
def g_sv_kallelse(r, b, lang):
    s = setup(r, lang, "dent", "SE")
    p, A, doc = person_s(r, s), make_addr(r, "SE"), person_s(r, s)
    d = rdate(r)
    h, mi = rtime(r)
    b.add(s.clinic, "\n", (addr_block(s.addr), ADDR), "\n\n", (p.full, PER), "\n", (addr_block(A), ADDR), "\n\n",
          "KALLELSE\n\n", "Hej ", (p.given, PER), "!\nDu är välkommen till ", s.clinic, ".\n\n", "Datum: ",
          (fdate_wd(r, d, "sv"), DT), "\n", "Tid: ", (ftime(r, h, mi, "sv"), DT), "\n", "Behandlare: ", (doc.full, PER),
          ", ", pk(r, "tandläkare|tandhygienist"), "\n", "Beräknad tid: ", r.choice(["30 min", "45 min", "60 min"]), "\n\n",
          "Av- eller ombokning senast 24 timmar innan på ", (s.phone, PHONE), " eller ", (s.email, EMAIL), ".\n",
          "Uteblivet besök debiteras med ", str(r.choice([450, 600, 750])), " kr.\n", "Ta med legitimation och aktuell läkemedelslista.\n\n",
          "Journalnummer: ", (mrn(r), MRN))


@kind("nordic_appointment_book", ["da", "no"])
def g_nordic_book(r, b, lang):
    s = setup(r, lang)
    d = rdate(r)
    b.add(s.clinic, " – ", {"da": "Aftalebog", "no": "Timebok"}[lang], " ", (fdate_wd(r, d, lang), DT), "\n",
          {"da": "Behandler", "no": "Behandler"}[lang], ": ", (person_s(r, s).full, PER), "\n\n")
    b.t(f"{'Tid':<7}{'Patient' if lang == 'da' else 'Pasient':<26}{'Tlf.':<17}Note\n")
    h = r.randint(7, 9)
    mi = 0
    for _ in range(r.randint(4, 7)):
        mi += r.choice([15, 30, 45])
        h, mi = h + mi // 60, mi % 60
        p = person_s(r, s)
        nm = p.var(r, "full lf")
        tm = f"{h:02d}:{mi:02d}" if r.random() < .5 else f"{h:02d}.{mi:02d}"
        b.add((tm, DT), " " * (7 - len(tm)), (nm, PER), " " * max(1, 26 - len(nm)))
        if r.random() < .8:
            ph = phone(r, s.cc)
            b.add((ph, PHONE), " " * max(1, 17 - len(ph)))
        else:
            b.t(" " * 17)
        b.t(r.choice(services(lang, s.spec)) + maybe(r, .3, f" ({r.choice(PETS)})" if s.spec == "vet" else " – ny patient") + "\n")
    b.add("\nPAUSE ", r.choice(["30 min", "45 min"]), " · ", r.choice(["Husk sterilisering", "Husk bestilling", "Lokale 2"]))


@kind("fi_ajanvarausvahvistus", ["fi"])
def g_fi_booking(r, b, lang):
    s = setup(r, lang, r.choice(["physio", "dent", "opt"]), "FI")
    p, th = person_s(r, s), person_s(r, s)
    d = rdate(r)
    h, mi = rtime(r)
    b.add("Lähettäjä: ", s.clinic, " <", (s.email, EMAIL), ">\n", "Aihe: Ajanvarausvahvistus\n\n", "Hei ", (p.given, PER),
          ",\n\n", "varauksesi on vahvistettu.\n\n", "Aika: ", (fdt(r, d, h, mi, "fi"), DT), "\n", "Palvelu: ",
          r.choice(services("fi", s.spec)), " (", r.choice(["30 min", "45 min", "60 min"]), ")\n", "Hoitaja: ", (th.full, PER), "\n",
          "Paikka: ", (addr_line(s.addr), ADDR), "\n", "Varaustunnus: ", U(r, 6), "\n\n",
          "Peruutukset viimeistään 24 tuntia ennen numeroon ", (s.phone, PHONE), " tai osoitteessa ", (url(r, s, "book"), URL),
          ".\n", "Kela-korvaus haetaan puolestasi, kun esität Kela-kortin.\n\n", "Ystävällisin terveisin\n", s.clinic,
          "\nY-tunnus ", D(r, 7), "-", D(r, 1))


@kind("cs_objednavka_bryli", ["cs"])
def g_cs_optika(r, b, lang):
    s = setup(r, lang, "opt", "CZ")
    p, A = person_s(r, s), make_addr(r, "CZ")
    d = rdate(r)
    b.add(s.clinic, ", ", (addr_line(s.addr), ADDR), "\nTel.: ", (s.phone, PHONE), ", IČO: ", D(r, 8), "\n\n",
          "OBJEDNÁVKA BRÝLÍ č. ", f"{d.year}/{D(r, 4)}", "\n", "Zákazník: ", (p.var(r, "full lf"), PER), "\n",
          "Adresa: ", (addr_line(A), ADDR), "\n", "Telefon: ", (phone(r, "CZ"), PHONE), "\n", "E-mail: ", (email(r, p), EMAIL),
          "\n", "Datum objednávky: ", (fdate(r, d, "cs"), DT), "\n\n",
          f"P: sph {r.choice(['-1,25', '+0,75', '-2,50'])} cyl {r.choice(['-0,50', '-0,75', '0,00'])} ax {r.randint(0, 180)}\n",
          f"L: sph {r.choice(['-1,00', '+1,25', '-3,00'])} cyl {r.choice(['-0,25', '-1,00', '0,00'])} ax {r.randint(0, 180)}\n",
          "Obruba: ", r.choice(["Ray-Ban RB5154", "Silhouette 5500", "Lindberg 9702"]), "   Skla: ", r.choice(BRANDS[14:16]), "\n",
          "Záloha: ", amount(r, "cs", 500, 3000), "   Doplatek: ", amount(r, "cs", 500, 6000), "\n",
          "Termín vyzvednutí: ", (fdate(r, d + dt.timedelta(days=r.randint(5, 14)), "cs"), DT), "\n")
    if r.random() < .6:
        b.add("Platba převodem na účet ", (iban(r, "CZ"), IBAN), ", VS ", D(r, 8), "\n")


@kind("tr_veteriner_karne", ["tr"])
def g_tr_vet(r, b, lang):
    s = setup(r, lang, "vet", "TR")
    p, vet_, A = person_s(r, s), person_s(r, s), make_addr(r, "TR")
    b.add(s.clinic.upper(), "\n", (addr_line(s.addr), ADDR), "\nTel: ", (s.phone, PHONE), "\n\n", "AŞI KARNESİ / RANDEVU KARTI\n",
          "Hayvan sahibi: ", (p.full, PER), maybe(r, .4, " Hanım" if p.sex == "f" else " Bey"), "\n", "Adres: ", (addr_line(A), ADDR),
          "\n", "Cep: ", (phone(r, "TR"), PHONE), "\n", "Hayvanın adı: ", pet_line(r, "tr", "   Tür: ", "   Irk: "), "\n", "Mikroçip: ", microchip(r), "\n\n")
    d = rdate(r, 2024, 2025)
    for v in r.sample(["Karma aşı (DHPPi)", "Kuduz", "Lösemi (FeLV)", "İç parazit", "Dış parazit", "Bronşin"], r.randint(2, 4)):
        b.add(f"{v:<20}", (fdate(r, d, "tr"), DT), "   ", L("next", "tr"), ": ", (fdate(r, d + dt.timedelta(days=r.choice([28, 90, 365])), "tr"), DT), "\n")
        d += dt.timedelta(days=r.randint(14, 40))
    b.add("\nVeteriner Hekim: ", drt(r, "tr"), (vet_.full, PER), "  Diploma no: ", D(r, 5))


@kind("nl_sepa_machtiging", ["nl"])
def g_nl_sepa(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "vet"]), "NL")
    p, A = person_s(r, s), make_addr(r, "NL")
    d = rdate(r)
    b.add("DOORLOPENDE MACHTIGING SEPA\n\n", "Naam incassant: ", s.clinic, "\n", "Adres incassant: ", (addr_line(s.addr), ADDR),
          "\n", "Incassant ID: NL", D(r, 2), "ZZZ", D(r, 12), "\n", "Kenmerk machtiging: ", f"MDT-{D(r, 6)}", "\n",
          "Reden betaling: ", r.choice(["Tandartsabonnement", "Gezondheidsplan huisdier", "Betalingsregeling behandeling"]), "\n\n",
          "Door ondertekening van dit formulier geeft u toestemming aan ", s.clinic,
          " om doorlopende incasso-opdrachten te sturen naar uw bank.\n\n", "Naam: ", (p.var(r, "full lf"), PER), "\n")
    if r.random() < .5:
        b.add("Adres: ", (addr_line(A), ADDR), "\n")
    else:
        b.add("Adres: ", (street_line(A), ADDR), "\nPostcode: ", A["zip"], "\nWoonplaats: ", (A["plain"], LOC), "\n")
    ib = iban(r, "NL")
    b.add("Rekeningnummer [IBAN]: ", (ib, IBAN), "\n", "Bank Identificatie [BIC]: ", ib.replace(" ", "")[4:8] + "NL2A", "\n\n",
          "Plaats en datum: ", (r.choice(CITIES["NL"])[1], LOC), ", ", (fdate(r, d, "nl"), DT), "\n", "Handtekening: ____________")


# ------------------------------------------------------------ English kinds
def fd(r, d, s):  # English date in the country's habit
    return fdate(r, d, "en", "us" if s.cc == "US" else "uk")


@kind("appointment_book")
def g_appt_book(r, b, lang):
    s = setup(r, lang)
    d, prov = rdate(r), person_s(r, s)
    fmt = r.choice(["md", "fixed", "csv"])
    b.add(s.clinic, " — Day sheet for ", (fdate_wd(r, d, "en"), DT), "\nProvider: ", drt(r, "en") if s.spec != "physio" else "",
          (prov.full, PER), "   Op: ", r.choice(["1", "2", "3", "Hyg A", "Room 4"]), "\n\n")
    hdr = ["Time", "Patient", "Phone", "Procedure", "Status"]
    b.t({"md": "| " + " | ".join(hdr) + " |\n|" + "---|" * 5 + "\n", "csv": ",".join(hdr).lower() + "\n",
         "fixed": f"{'Time':<10}{'Patient':<28}{'Phone':<20}Procedure\n"}[fmt])
    h, mi = r.randint(7, 9), 0
    for _ in range(r.randint(4, 8)):
        mi += r.choice([15, 30, 45, 60])
        h, mi = h + mi // 60, mi % 60
        nm, tm, ph = person_s(r, s).var(r, "full lf caps full"), ftime(r, h, mi, "en"), phone(r, s.cc)
        proc = {"dent": lambda: r.choice(CDT) + " " + pk(r, "prophy|comp exam|crown prep|SRP UR|recall|emergency"),
                "vet": lambda: pk(r, "Vaccines – {P}|Re-check {P}|Dental – {P}|Nail clip – {P}").format(P=r.choice(PETS)),
                "physio": lambda: pk(r, "Eval {C}|Follow-up 30 min|Re-eval {C}|Dry needling").format(C=r.choice(CPT_PT)),
                "opt": lambda: pk(r, "CL check|Comp exam {C}|Kids exam|Frame pick-up").format(C=r.choice(CPT_OPT))}[s.spec]()
        st = pk(r, "confirmed|unconfirmed|left msg|arrived|no-show")
        if fmt == "md":
            b.add("| ", (tm, DT), " | ", (nm, PER), " | ", (ph, PHONE), " | ", proc, " | ", st, " |\n")
        elif fmt == "csv":
            b.add((tm, DT), ',"', (nm, PER), '",', (ph, PHONE), ",", proc, ",", st, "\n")
        else:
            b.add((tm, DT), " " * (10 - len(tm)), (nm, PER), " " * max(1, 28 - len(nm)), (ph, PHONE), " " * max(1, 20 - len(ph)), proc, "\n")
    b.add("\nPrinted by ", r.choice(BRANDS[8:10]), " ", version(r), " · job ", uuid4(r)[:8])


@kind("treatment_plan")
def g_tx_plan(r, b, lang):
    s = setup(r, lang, "dent")
    p, doc, d = person_s(r, s), person_s(r, s), rdate(r)
    b.add(s.clinic, "\n", (addr_line(s.addr), ADDR), " | ", (s.phone, PHONE), "\n\nTREATMENT PLAN\nPatient: ",
          (p.var(r, "full lf caps"), PER), "    Chart #: ", (mrn(r), MRN), "\nDOB: ", (fd(r, rdob(r), s), DOB), "    Plan date: ",
          (fdate(r, d, "en"), DT), "\nProvider: ", drt(r, "en"), (doc.full, PER), "\nPrimary ins: ", insurer_en(r, s),
          "  Subscriber ID: ", (hp_id(r, s.cc), HPN), "  Group: ", D(r, 6), "\n\n",
          f"{'Ph':<4}{'Tooth':<7}{'Code':<7}{'Description':<28}{'Fee':>9}{'Ins est':>9}{'Pt':>9}\n")
    for ph in range(1, r.randint(2, 4)):
        for _ in range(r.randint(1, 3)):
            fee = r.randint(80, 1800)
            ins = round(fee * r.choice([0, .5, .8, 1]))
            b.t(f"{ph:<4}{r.choice(['3', '14', '19', '30', '#8', 'UR', 'LL', '--']):<7}{r.choice(CDT):<7}"
                f"{pk(r, 'Crown - porcelain/ceramic|Resin composite, 2 surf|Root canal, molar|Scaling & root planing|Implant body|Extraction, erupted'):<28}"
                f"{fee:>9.2f}{ins:>9.2f}{fee - ins:>9.2f}\n")
    b.add("\nEstimates valid until ", (fdate(r, d + dt.timedelta(days=r.choice([60, 90, 180])), "en"), DT),
          ". Insurance estimates are not a guarantee of payment.\nPatient signature: ____________  Date: ________\n")


@kind("dental_lab_rx")
def g_lab_rx(r, b, lang):
    s = setup(r, lang, "dent")
    doc, p, labA, d = person_s(r, s), person_s(r, s), make_addr(r, s.cc), rdate(r)
    b.add("LAB PRESCRIPTION / WORK ORDER\nTo: ", pk(r, "Precision Dental Lab|Keystone Ceramics|ArtDent Laboratory|Summit Crown & Bridge"),
          "\n", (addr_block(labA), ADDR), "\nLab acct #: ", (acct(r), ACCT), "\n\nFrom: ", drt(r, "en"), (doc.full, PER), " — ",
          s.clinic, "\n", (addr_line(s.addr), ADDR), "\nTel ", (s.phone, PHONE), "  Email ", (s.email, EMAIL), "\n\n",
          "Patient: ", (p.var(r, "full lf given family"), PER), "   Age: ", str(r.randint(18, 80)), "   Sex: ", p.sex.upper(), "\n",
          "Tooth #: ", ", ".join(str(t) for t in r.sample(range(2, 31), r.randint(1, 3))), "   Shade: ", pk(r, "A1|A2|A3|B1|BL2|C2"),
          "\nRestoration: ", pk(r, "Zirconia crown|e.max crown|PFM bridge|Night guard|Implant abutment + crown|Essix retainer"),
          "\nMargin: ", pk(r, "chamfer|shoulder|feather edge"), "\nDue date: ", (fdate(r, d, "en"), DT), "   Seat appt: ",
          (fdt(r, d + dt.timedelta(days=r.randint(1, 5)), *rtime(r), "en"), DT), "\nShip via ", pk(r, "UPS|FedEx|courier"),
          "  Tracking: ", neg_ref(r, "tracking"), "\n\nDr. signature: ________  Lic # ", f"{U(r, 2, UP)}{D(r, 5)}")


@kind("vet_rx_pad")
def g_vet_rx(r, b, lang):
    s = setup(r, lang, "vet")
    vet_, p, A, d = person_s(r, s), person_s(r, s), make_addr(r, s.cc), rdate(r)
    b.add(s.clinic.upper(), "\n", (addr_line(s.addr), ADDR), "\nPh ", (s.phone, PHONE), "\n", "-" * 40, "\nClient: ",
          (p.var(r, "full lf caps"), PER), "   Acct: ", (acct(r), ACCT), "\nAddress: ", (addr_line(A), ADDR), "\nPatient: ",
          pet_line(r, "en", " (", ", "), f", {r.uniform(2, 40):.1f} kg)\nDate: ",
          (fdate(r, d, "en"), DT), "\n\nRx  ", r.choice(DRUG_BY["vet"] + DRUGS[0:2]), "\nDisp: ", str(r.choice([10, 14, 20, 30])),
          " tabs\nSig: Give ", pk(r, "1/2 tab|1 tab|0.8 ml"), " PO ", pk(r, "q12h|q24h|SID|BID"), " x ", pk(r, "5 days|7 days|14 days"),
          " with food\nRefills: ", r.choice("012"), "\n\nDVM: ", (vet_.full, PER), ", DVM   DEA # ", f"{U(r, 2, UP)}{D(r, 7)}\n")


@kind("dental_preauth")
def g_preauth(r, b, lang):
    s = setup(r, lang, "dent", "US")
    sub, doc, insA, subA = person_s(r, s), person_s(r, s), make_addr(r, "US"), make_addr(r, "US")
    child = r.random() < .4
    pat = Person(person_s(r, s).given, sub.family, r.choice("mf"), sub.cult) if child else sub
    b.add("DENTAL CLAIM FORM\n1. [ ] Statement of Actual Services  [X] Request for Predetermination/Preauthorization\n\n",
          "3. Company/Plan Name, Address:\n", insurer_en(r, s), "\n")
    b.e(f"P.O. Box {D(r, 5)}, {city_line(insA)}" if r.random() < .5 else addr_block(insA), ADDR)
    b.add("\n\n11. Group number: ", D(r, 7), "\n12. Policyholder/Subscriber Name (Last, First, MI), Address:\n",
          (sub.lf.upper() + f" {sub.mid}", PER), "\n", (addr_block(subA).upper(), ADDR), "\n13. Date of Birth: ",
          (fdate(r, rdob(r), "en", "num"), DOB), "   14. Gender: ", sub.sex.upper(), "\n15. Policyholder ID (SSN or ID#): ")
    b.e(*((ssn(r), SSN) if r.random() < .4 else (hp_id(r, "US"), HPN)))
    b.add("\n18. Relationship to Policyholder: ", "[X] Dependent Child" if child else "[X] Self", "\n20. Patient Name: ",
          (pat.full, PER), "   21. DOB: ", (fdate(r, rdob(r, 2008, 2018) if child else rdob(r), "en", "num"), DOB), "\n\n",
          "24. Procedure Date  27. Tooth  29. Code  30. Description               31. Fee\n")
    for _ in range(r.randint(1, 4)):
        b.t(f"    --/--/----        {r.randint(1, 32):<7}{r.choice(CDT):<8}{pk(r, 'Crown porcelain|Core buildup|Implant|Perio maint|Molar endo'):<28}{r.randint(90, 2200)}.00\n")
    b.add("\n48. Billing Dentist: ", drt(r, "en"), (doc.full, PER), ", ", s.clinic, "\n", (addr_line(s.addr), ADDR),
          "\n49. NPI ", npi(r), "   51. TIN ", f"{D(r, 2)}-{D(r, 7)}", "   52. Phone ", (s.phone, PHONE), "\n",
          "53. Signed: ____________  Date: ", (fdate(r, rdate(r), "en", "num"), DT))


@kind("booking_webhook_json")
def g_webhook(r, b, lang):
    s = setup(r, lang)
    p, d = person_s(r, s), rdate(r)
    h, mi = rtime(r)
    off = r.choice(["-05:00", "-08:00", "+00:00", "+10:00", "Z"])
    b.add("POST /hooks/booking HTTP/1.1\nX-Signature: sha256=", sha(r, 64), "\n\n{\n  \"id\": \"evt_", U(r, 24, AN),
          "\",\n  \"type\": \"appointment.created\",\n  \"created\": ", str(1700000000 + r.randint(0, 6e7)),
          ",\n  \"data\": {\n    \"booking_ref\": \"", neg_ref(r, "booking"), "\",\n    \"start\": \"",
          (f"{d.isoformat()}T{h:02d}:{mi:02d}:00{off}", DT), "\",\n    \"duration_min\": ", str(r.choice([15, 30, 45, 60])),
          ",\n    \"service\": \"", r.choice(services("en", s.spec)), "\",\n    \"client\": {\n      \"first_name\": \"", (p.given, PER),
          "\",\n      \"last_name\": \"", (p.family, PER), "\",\n      \"email\": \"", (email(r, p), EMAIL), "\",\n      \"phone\": \"",
          (phone(r, s.cc), PHONE), "\",\n      \"account\": \"", (acct(r), ACCT), "\"\n    },\n")
    if s.spec == "vet":
        b.add("    \"pet\": {\"name\": \"", r.choice(PETS), "\", \"species\": \"", pk(r, SPECIES["en"]), "\"},\n")
    b.add("    \"location\": {\"name\": \"", s.clinic, "\", \"address\": \"", (addr_line(s.addr), ADDR), "\"},\n",
          "    \"manage_url\": \"", (url(r, s, "book"), URL), "\",\n    \"source_ip\": \"", (ip(r), IP), "\"\n  }\n}")


@kind("sms_gateway_log")
def g_sms_log(r, b, lang):
    s = setup(r, lang)
    d = rdate(r)
    lf = r.randint(0, 2)
    gw = ipv4(r)
    b.add(logts(r, d, lf), " INFO  reminder-worker[", D(r, 4), "] batch ", uuid4(r), " queued ", str(r.randint(8, 60)), " reminders\n")
    for _ in range(r.randint(3, 6)):
        ad = d + dt.timedelta(days=r.choice([1, 2, 7]))
        h, mi = rtime(r)
        lvl = r.choice(["INFO ", "INFO ", "WARN "])
        b.add(logts(r, d, lf), f" {lvl} sent to=", (phone(r, s.cc).replace(" ", "") if r.random() < .5 else phone(r, s.cc), PHONE),
              " appt=\"", (f"{ad.isoformat()} {h:02d}:{mi:02d}", DT), "\" patient_id=", (mrn(r), MRN), " msg_id=SM",
              U(r, 32, HEX), maybe(r, .3, " status=undelivered reason=landline"), "\n")
    b.add(logts(r, d, lf), " DEBUG gateway ", (gw, IP), ":443 latency=", str(r.randint(40, 900)), "ms retries=0\n",
          logts(r, d, lf), " ERROR auth refresh failed for key ****", U(r, 4, HEX), " (", r.choice(["401", "403"]), ")\n",
          logts(r, d, lf), " INFO  done in ", str(r.randint(2, 40)), "s")


@kind("pms_csv_export")
def g_pms_csv(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "opt", "physio"]))
    split = r.random() < .6
    sep = r.choice([",", ";", "\t", "|"])
    cols = ["patient_id", "last_name", "first_name", "dob", "phone", "email"] + (["street", "city", "state", "zip"] if split else ["address"]) + ["last_visit", "balance"]
    b.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 6)):
        p, A = person_s(r, s), make_addr(r, s.cc)
        b.add((mrn(r), MRN), sep, (p.family, PER), sep, (p.given, PER), sep, (fdate(r, rdob(r), "en", "iso" if r.random() < .5 else "num"), DOB),
              sep, (phone(r, s.cc), PHONE), sep)
        if r.random() < .85:
            b.add((email(r, p), EMAIL))
        b.t(sep)
        if split:
            b.add('"', (street_line(A), ADDR), '"', sep, (A["plain"], LOC), sep)
            if A["region"]:
                b.add((A["region"], LOC))
            b.add(sep, A["zip"])
        else:
            b.add('"', (addr_line(A), ADDR), '"')
        b.add(sep, (fdate(r, rdate(r, 2023, 2025), "en", "iso"), DT), sep, f"{r.randint(0, 90000) / 100:.2f}", "\n")
    b.add("# exported ", str(1700000000 + r.randint(0, 6e7)), " by ", r.choice(BRANDS[8:10]), " ", version(r))


@kind("physio_soap_note")
def g_soap(r, b, lang):
    s = setup(r, lang, "physio")
    p, pt, md, d = person_s(r, s), person_s(r, s), person_s(r, s), rdate(r)
    inj = d - dt.timedelta(days=r.randint(10, 200))
    b.add("SOAP NOTE — ", s.clinic, "\nPatient: ", (p.var(r, "full lf caps"), PER), "   DOB: ", (fd(r, rdob(r), s), DOB),
          "   MRN: ", (mrn(r), MRN), "\nDate of service: ", (fd(r, d, s), DT), "   Visit ", str(r.randint(2, 9)), " of 12\n",
          "Referring: ", drt(r, "en"), (md.full, PER), " (NPI ", npi(r), ")\nDx: ", r.choice(ICD[4:8]), "   DOI: ", (fd(r, inj, s), DT), "\n\n",
          "S: Pt reports pain ", str(r.randint(2, 7)), "/10, worse after ", pk(r, "stairs|sitting > 30 min|running 5 km|lifting"),
          ". Sleeping better since last week.\n", "O: ", pk(r, "Knee flex|Shoulder abd|Lumbar flex|Ankle DF"), " ", str(r.randint(40, 140)),
          "°, strength 4/5. ", r.choice(CPT_PT), " x ", r.choice(["2", "3"]), " units.\n", "A: Progressing as expected; tolerance improved.\n",
          "P: Continue 2x/week x 4 weeks. HEP: ", pk(r, "bridges 3x12|clamshells 3x15|wall slides 2x10|calf raises 3x20"), " with ",
          r.choice(BRANDS[12:14]), ". Next visit ", (fdt(r, d + dt.timedelta(days=r.randint(2, 7)), *rtime(r), "en"), DT), ".\n\n",
          (pt.full, PER), ", PT, DPT   Lic# ", f"PT{D(r, 6)}")


@kind("eyeglass_rx")
def g_eyeglass(r, b, lang):
    s = setup(r, lang, "opt")
    p, od, d = person_s(r, s), person_s(r, s), rdate(r)
    v = lambda: f"{r.choice(['+', '-'])}{r.choice([0.25, 0.5, 1.0, 1.75, 2.25, 3.0, 4.5]):.2f}"
    b.add(s.clinic, "\n", (addr_line(s.addr), ADDR), "\n", (s.phone, PHONE), maybe(r, .5, " · "))
    if b.parts[-1]:
        b.add((s.web, URL))
    b.add("\n\nSPECTACLE PRESCRIPTION\nName: ", (p.var(r, "full caps lf"), PER), "\nDate of birth: ", (fd(r, rdob(r), s), DOB),
          "\nExam date: ", (fd(r, d, s), DT), "\n\n      SPH     CYL    AXIS   ADD    PRISM\n",
          f"OD   {v()}   {v()}   {r.randint(1, 180):03d}   +{r.choice([0.75, 1.5, 2.25]):.2f}   —\n",
          f"OS   {v()}   {v()}   {r.randint(1, 180):03d}   +{r.choice([0.75, 1.5, 2.25]):.2f}   —\n",
          f"PD: {r.randint(58, 70)}/{r.randint(28, 35)} mm   Lens: ", r.choice(BRANDS[14:16]), "\n",
          "Expiration date: ", (fd(r, d + dt.timedelta(days=r.choice([365, 730])), s), DT), "\n\n",
          drt(r, "en"), (od.full, PER), ", OD   License ", f"{U(r, 2, UP)}{D(r, 6)}", "   NPI ", npi(r), "\n")


@kind("hl7_adt")
def g_hl7(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "physio", "opt"]), "US")
    p, nk, doc, A = person_s(r, s), person_s(r, s), person_s(r, s), make_addr(r, "US")
    d = rdate(r)
    h, mi = rtime(r)
    nm = lambda x: f"{asc(x.family).upper()}^{asc(x.given).upper()}"
    app = slug(s.clinic)[:10].upper()
    b.add("MSH|^~\\&|", app, "|", app, "|HIS|REGIONAL|", hl7ts(d, h, mi, r.randint(0, 59)), "||ADT^A04|", U(r, 12), "|P|2.5.1\r\n",
          "EVN|A04|", hl7ts(d, h, mi), "\r\nPID|1||", (mrn(r), MRN), "^^^", app, "^MR||", (nm(p) + f"^{p.mid}", PER), "||",
          (hl7ts(rdob(r))[:8], DOB), "|", p.sex.upper(), "|||",
          (f"{street_line(A).upper()}^^{A['city'].upper()}^{A['region']}^{A['zip']}^USA", ADDR), "||", (phone(r, "US"), PHONE),
          "^PRN^PH|||||", (acct(r), ACCT), "|", (ssn(r, "-"), SSN), "\r\n")
    if r.random() < .6:
        b.add("NK1|1|", (nm(nk), PER), "|", r.choice(["SPO", "PAR", "CHD"]), "||", (phone(r, "US"), PHONE), "\r\n")
    b.add("PV1|1|O|", r.choice(["OP1", "HYG2", "PT3"]), "^^^", app, "||||", npi(r), "^", (nm(doc), PER), "^^^DR|||||||||||",
          D(r, 8), "\r\n")
    if r.random() < .7:
        insA = make_addr(r, "US")
        b.add("IN1|1|", U(r, 5), "|", D(r, 5), "|", insurer_en(r, s).upper(), "|", (f"PO BOX {D(r, 4)}^^{insA['city'].upper()}^{insA['region']}^{insA['zip']}", ADDR),
              "||", (phone(r, "US"), PHONE), "|", D(r, 6), "||||||||", (nm(p), PER), "|SEL|", (hl7ts(rdob(r))[:8], DOB),
              "|" * 18, (hp_id(r, "US"), HPN), "\r\n")


@kind("fhir_patient")
def g_fhir(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "opt", "physio"]))
    p, A = person_s(r, s), make_addr(r, s.cc)
    b.add('{\n  "resourceType": "Patient",\n  "id": "', uuid4(r), '",\n  "meta": {"versionId": "', str(r.randint(1, 9)),
          '", "lastUpdated": "', f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:11.204+00:00", '"},\n',
          '  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.', D(r, 4), '", "type": {"text": "MRN"}, "value": "', (mrn(r), MRN),
          '"}],\n  "name": [{"use": "official", "family": "', (p.family, PER), '", "given": ["', (p.given, PER), '"]}],\n',
          '  "telecom": [\n    {"system": "phone", "value": "', (phone(r, s.cc), PHONE), '", "use": "mobile"},\n',
          '    {"system": "email", "value": "', (email(r, p), EMAIL), '"}\n  ],\n  "gender": "', "male" if p.sex == "m" else "female",
          '",\n  "birthDate": "', (rdob(r).isoformat(), DOB), '",\n  "address": [{\n    "line": ["', (street_line(A), ADDR),
          '"],\n    "city": "', (A["plain"], LOC), '",\n')
    if A["region"]:
        b.add('    "state": "', (A["region"], LOC), '",\n')
    b.add('    "postalCode": "', A["zip"], '",\n    "country": "', s.cc, '"\n  }],\n  "managingOrganization": {"display": "',
          s.clinic, '"}\n}')


@kind("x12_270_eligibility")
def g_x12(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "physio", "opt"]), "US")
    p, A, d = person_s(r, s), make_addr(r, "US"), rdate(r)
    ymd = f"{d.year}{d.month:02d}{d.day:02d}"
    ctl = D(r, 9)
    up = lambda x: asc(x).upper()
    b.add(f"ISA*00*          *00*          *ZZ*{U(r, 15)}*ZZ*{U(r, 15)}*{ymd[2:]}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*^*00501*{ctl}*0*P*:~\n",
          f"GS*HS*{U(r, 8)}*{U(r, 8)}*{ymd}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*{D(r, 4)}*X*005010X279A1~\n",
          f"ST*270*0001*005010X279A1~\nBHT*0022*13*{U(r, 10)}*{ymd}*{r.randint(1000, 2359)}~\nHL*1**20*1~\n",
          f"NM1*PR*2*{up(insurer_en(r, s))}*****PI*{D(r, 5)}~\nHL*2*1*21*1~\n",
          f"NM1*1P*2*{up(s.clinic)}*****XX*{npi(r)}~\nHL*3*2*22*0~\nTRN*1*{D(r, 10)}*9{D(r, 9)}~\n",
          "NM1*IL*1*", (up(p.family), PER), "*", (up(p.given), PER), "****MI*", (hp_id(r, "US"), HPN), "~\n",
          "N3*", (up(street_line(A)), ADDR), "~\nN4*", (up(A["city"]), LOC), "*", (A["region"], LOC), "*", A["zip"].replace("-", ""), "~\n",
          "DMG*D8*", (hl7ts(rdob(r))[:8], DOB), "*", p.sex.upper(), "~\nDTP*291*D8*", (ymd, DT), "~\nEQ*",
          r.choice(["35", "30", "AL", "PT"]), "~\nSE*13*0001~\nGE*1*", D(r, 4), "~\nIEA*1*", ctl, "~")


@kind("ics_appointment")
def g_ics(r, b, lang):
    s = setup(r, lang)
    p, doc, d = person_s(r, s), person_s(r, s), rdate(r)
    h, mi = rtime(r)
    e = (dt.datetime(d.year, d.month, d.day, h, mi) + dt.timedelta(minutes=r.choice([30, 45, 60])))
    z = r.choice(["", "Z"])
    tzid = {"US": "America/Chicago", "GB": "Europe/London", "AU": "Australia/Sydney", "CA": "America/Toronto", "IE": "Europe/Dublin"}[s.cc]
    stamp = rdate(r)
    b.add("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//", s.clinic, "//Booking ", version(r), "//EN\nBEGIN:VEVENT\nUID:", uuid4(r),
          "\nDTSTAMP:", hl7ts(stamp, 9, 2, 11)[:8], "T", hl7ts(stamp, 9, 2, 11)[8:], "Z\nCREATED:", hl7ts(stamp)[:8], "T081500Z\n")
    if z:
        b.add("DTSTART:", (f"{hl7ts(d, h, mi)[:8]}T{hl7ts(d, h, mi)[8:]}Z", DT), "\nDTEND:",
              (f"{e:%Y%m%d}T{e:%H%M%S}Z", DT), "\n")
    else:
        b.add("DTSTART;TZID=", tzid, ":", (f"{hl7ts(d, h, mi)[:8]}T{hl7ts(d, h, mi)[8:]}", DT), "\nDTEND;TZID=", tzid, ":",
              (f"{e:%Y%m%d}T{e:%H%M%S}", DT), "\n")
    b.add("SUMMARY:", r.choice(services("en", s.spec)), " – ", (p.full, PER), "\nLOCATION:", (addr_line(s.addr).replace(",", "\\,"), ADDR),
          "\nORGANIZER;CN=", s.clinic, ":mailto:", (s.email, EMAIL), "\nATTENDEE;CN=", (p.full, PER), ";RSVP=TRUE:mailto:",
          (email(r, p), EMAIL), "\nDESCRIPTION:With ", drt(r, "en"), (doc.full, PER), ". Questions? Call ", (s.phone, PHONE),
          ". Manage: ", (url(r, s, "book"), URL), "\nLAST-MODIFIED:", hl7ts(stamp)[:8], "T091000Z\n",
          "BEGIN:VALARM\nTRIGGER:-PT24H\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR")


@kind("vcard_contact")
def g_vcard(r, b, lang):
    s = setup(r, lang)
    p, A = person_s(r, s), make_addr(r, s.cc)
    b.add("BEGIN:VCARD\nVERSION:", r.choice(["3.0", "4.0"]), "\nN:", (f"{p.family};{p.given};{p.mid}", PER), ";;\nFN:",
          (f"{p.given} {p.mid}. {p.family}", PER), "\nORG:", s.clinic, " (patient)\nTEL;TYPE=CELL:", (phone(r, s.cc), PHONE),
          "\nTEL;TYPE=HOME:", (phone(r, s.cc), PHONE), "\nEMAIL;TYPE=INTERNET:", (email(r, p), EMAIL), "\nADR;TYPE=HOME:;;",
          (f"{street_line(A)};{A['city']};{A['region']};{A['zip']};{A['country']}", ADDR), "\nBDAY:", (rdob(r).isoformat(), DOB),
          "\nNOTE:Recall 6m. ", r.choice(["Prefers SMS.", "Pet: " + r.choice(PETS) + ".", "Latex allergy.", "Needs premed (Amoxicillin 2 g)."]),
          "\nCATEGORIES:", r.choice(["patients", "clients", "recall"]), "\nEND:VCARD")


@kind("telehealth_invite")
def g_tele(r, b, lang):
    s = setup(r, lang, r.choice(["physio", "vet", "opt"]))
    p, clin, d = person_s(r, s), person_s(r, s), rdate(r)
    h, mi = rtime(r)
    mid = f"{D(r, 3)} {D(r, 4)} {D(r, 4)}"
    host = r.choice(["zoom.example.com", "meet.example.org", "video.telehealth.example"])
    b.add("Subject: Your video consultation with ", s.clinic, "\nDate: ", rfc2822(r, d - dt.timedelta(days=2)), "\nTo: ",
          (email(r, p), EMAIL), "\n\nHi ", (p.given, PER), ",\n\n", (clin.full, PER), maybe(r, .5, ", PT" if s.spec == "physio" else ", DVM" if s.spec == "vet" else ""),
          " is inviting you to a scheduled video visit.\n\nWhen: ", (fdt(r, d, h, mi, "en"), DT), " (", {"US": "Eastern Time", "CA": "Eastern Time", "GB": "GMT/BST", "IE": "GMT/IST",
                                            "AU": "AEST"}[s.cc],
          ")\nJoin: ", (f"https://{host}/j/{mid.replace(' ', '')}?pwd={U(r, 26, AN)}", URL), "\nMeeting ID: ", mid,
          "\nPasscode: ", (U(r, 6, string.digits + LO) if r.random() < .5 else password(r), PWD), "\n\nOne tap mobile: ",
          (phone(r, s.cc), PHONE), ",,", mid.replace(" ", ""), "#\nDial by your location: ", (phone(r, r.choice(["US", "GB", "AU", "CA"])), PHONE),
          "\n\nPlease have ", {"physio": "your exercise band ready", "vet": "your pet on a lead nearby", "opt": "your current glasses with you"}[s.spec],
          ". Sessions last ", r.choice(["20", "30", "45"]), " minutes.\n\n", s.clinic, " · ", (s.phone, PHONE))


@kind("call_transcript")
def g_call(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "vet", "physio"]), r.choice(["US", "US", "CA", "GB", "AU"]))
    p, rec, d = person_s(r, s), person_s(r, s), rdate(r)
    dob = rdob(r)
    t = [0]

    def line(who, *items):
        t[0] += r.randint(3, 25)
        b.add(f"[{t[0] // 3600:02d}:{t[0] // 60 % 60:02d}:{t[0] % 60:02d}] ", who, ": ", *items, "\n")
    b.add("Call recording transcript · line ", D(r, 2), " · duration ", f"{r.randint(2, 9)}m{r.randint(0, 59)}s", "\n\n")
    line((rec.given, PER), "Thanks for calling ", s.clinic, ", this is ", (rec.given, PER), ", how can I help?")
    line("Caller", "Hi, it's ", (p.full, PER), ". I'd like to pay the deposit for ", r.choice(["my crown", "my implant", "my treatment package"]) if s.spec != "vet" else "the dental for " + r.choice(PETS), ".")
    line((rec.given, PER), "Sure. Can I get your date of birth to pull up the account?")
    line("Caller", "It's ", (fdate(r, dob, "en", "us" if s.cc == "US" else "uk"), DOB), ".")
    line((rec.given, PER), "Thank you. And the card number when you're ready?")
    line("Caller", "Okay, it's ", (card(r, "sp"), CARD), ".")
    line((rec.given, PER), "And the security code? ... Thanks, that went through, ", amount(r, "en", 50, 600, s.cc), " paid. Reference ", neg_ref(r, "invoice"), ".")
    line("Caller", "Great. Can you also confirm my appointment is still on ", (fdt(r, d, *rtime(r), "en"), DT), "?")
    line((rec.given, PER), "Yes, you're all set. Best number to reach you is still ", (phone(r, s.cc), PHONE), "?")
    line("Caller", "Yes. Thanks, bye.")


@kind("card_on_file_form")
def g_card_form(r, b, lang):
    s = setup(r, lang)
    p, A = person_s(r, s), make_addr(r, s.cc)
    b.add(s.clinic.upper(), "\nCREDIT CARD AUTHORIZATION FORM\n\n", "Patient / client name: ", (person_s(r, s).full if r.random() < .3 else p.full, PER),
          "\nAccount #: ", (acct(r), ACCT), "\nCardholder name: ", (p.full, PER), "\nCard type: [", r.choice(["X", " "]), "] Visa  [ ] MC  [ ] Amex\n",
          "Card number: ", (card(r), CARD), "\nCVV: ***\n", *(("Photo ID (driver's license): ", (dl_number(r, s.cc, p), DL), "\n")
          if r.random() < .4 else ()), "Billing address: ", (addr_line(A), ADDR), "\nPhone: ", (phone(r, s.cc), PHONE),
          "   Email: ", (email(r, p), EMAIL), "\n\nI authorize ", s.clinic, " to charge the card above for balances not covered by insurance, up to ",
          amount(r, "en", 100, 900, s.cc), " per visit, until revoked in writing.\n\nSignature: ______________   Date: ",
          (fd(r, rdate(r), s), DT), "\n\nFOR OFFICE USE: entered by ", r.choice(["JM", "front desk", "KT"]), " · ref ", neg_ref(r, "order"))


@kind("integration_config_yaml")
def g_cfg_yaml(r, b, lang):
    s = setup(r, lang)
    host = r.choice([f"db.{s.dom}", f"pg-prod.internal.{s.dom}", None])
    b.add("# pms-sync service — ", s.clinic, "\n# managed by ops; do not commit real values (lol)\nservice:\n  name: pms-sync\n  version: ", version(r),
          "\n  schedule: \"*/15 * * * *\"\ndatabase:\n  url: postgresql://pms_app:", (password(r), PWD), "@")
    if host:
        b.t(host)
    else:
        b.e(ipv4(r), IP)
    b.add(":5432/", r.choice(["dentrix", "vetmanager", "pms"]), "\n  pool: 10\naws:\n  region: ", r.choice(["us-east-1", "eu-central-1", "ap-southeast-2"]),
          "\n  access_key_id: ", (aws_key(r), AWSK), "\n  secret_access_key: ", (aws_secret(r), AWSS), "\n  bucket: ", slug(s.clinic, "-"), "-xrays\n")
    if r.random() < .7:
        b.add("payments:\n  provider: stripe\n  secret_key: ", (stripe_key(r), STRIPE), "\n  webhook_secret: ", ("whsec_" + U(r, 32, AN), SECRET), "\n")
    if r.random() < .6:
        b.add("notifications:\n  slack_bot_token: ", (slack_token(r), SLACK), "\n  channel: \"#front-desk\"\n")
    if r.random() < .35:
        b.add("git:\n  repo: clinic-ops/pms-sync\n  token: ", (gh_token(r), GH), "\n")
    if r.random() < .2:
        b.add("sftp_lab_export:\n  user: export\n  private_key: |\n    ", (pem(r).replace("\n", "\n    "), PEM), "\n")
    b.add("smtp:\n  host: smtp.", s.dom, "\n  user: ", (s.email, EMAIL), "\n  password: ", r.choice(["${SMTP_PASSWORD}", "${{ secrets.SMTP_PASS }}"]), "\n",
          "sms:\n  api_key: ", (generic_secret(r), SECRET), "\n  sender: \"", slug(s.clinic)[:11].upper(), "\"\n")


@kind("k8s_secret")
def g_k8s(r, b, lang):
    s = setup(r, lang)
    enc = lambda x: base64.b64encode(x.encode()).decode()
    app = slug(s.clinic, "-")[:20].strip("-")
    b.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", app, "-booking-secrets\n  namespace: ", r.choice(["clinic-prod", "default", "booking"]),
          "\n  labels:\n    app: ", app, "\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: \"\"\n",
          "    rotated-at: \"", str(1700000000 + r.randint(0, 6e7)), "\"\ntype: Opaque\ndata:\n")
    items = [("DB_PASSWORD", password(r), PWD), ("SMTP_PASSWORD", password(r), PWD), ("STRIPE_API_KEY", stripe_key(r), SECRET),
             ("SMS_API_KEY", generic_secret(r), SECRET), ("JWT_SIGNING_KEY", tok(r, 48, AN), SECRET), ("REDIS_PASSWORD", password(r), PWD)]
    for k, v, t in r.sample(items, r.randint(2, 5)):
        b.add("  ", k, ": ", (enc(v), t), "\n")
    b.add("---\n# applied by ", r.choice(["argocd", "flux", "helm"]), " ", version(r), " commit ", sha(r, 40)[:r.choice([7, 40])])


@kind("booking_app_log")
def g_app_log(r, b, lang):
    s = setup(r, lang)
    d = rdate(r)
    lf = r.randint(0, 2)
    for _ in range(r.randint(4, 7)):
        c = r.randint(0, 5)
        b.add(logts(r, d, lf), " ")
        if c == 0:
            p = person_s(r, s)
            b.add("INFO  auth.login ok user=", (email(r, p), EMAIL), " ip=", (ip(r), IP), " req=", uuid4(r), "\n")
        elif c == 1:
            h, mi = rtime(r)
            b.add("INFO  booking.created ref=", neg_ref(r, "booking"), " slot=\"", (f"{rdate(r).isoformat()} {h:02d}:{mi:02d}", DT),
                  "\" provider_id=", D(r, 3), " ms=", str(r.randint(20, 400)), "\n")
        elif c == 2:
            b.add("DEBUG http.request GET /api/v2/patients/", D(r, 6), " headers={Authorization: Bearer ", (jwt(r), JWT), "}\n")
        elif c == 3:
            b.add("WARN  ratelimit client=", (ip(r), IP), " path=/api/v2/slots count=", str(r.randint(100, 900)), "\n")
        elif c == 4:
            b.add("ERROR payment.failed intent=pi_", U(r, 24, AN), " card=", masked_card(r), " code=card_declined\n")
        else:
            b.add("INFO  reminder.sent patient=", (mrn(r), MRN), " channel=sms to=", (phone(r, s.cc), PHONE), "\n")
    b.add(logts(r, d, lf), " INFO  shutdown complete uptime=", str(r.randint(100, 99999)), "s build=", sha(r, 40)[:12])


@kind("portal_access_log")
def g_access(r, b, lang):
    s = setup(r, lang)
    d = rdate(r)
    for _ in range(r.randint(4, 8)):
        path = r.choice(["/portal/login", "/portal/appointments", "/api/slots?provider=" + D(r, 3), "/static/app." + U(r, 8, HEX) + ".js",
                         "/portal/invoices/" + D(r, 6) + ".pdf", "/favicon.ico"])
        ref = r.random() < .5
        b.add((ip(r), IP), " - - ",
              f"[{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000]",
              f' "GET {path} HTTP/1.1" {r.choice([200, 200, 302, 304, 404])} {r.randint(200, 90000)} "')
        if ref:
            b.e(url(r, s, "portal"), URL)
        else:
            b.t("-")
        b.t(f'" "Mozilla/5.0 ({r.choice(["Windows NT 10.0; Win64; x64", "iPhone; CPU iPhone OS 17_4 like Mac OS X", "X11; Linux x86_64"])}) '
            f'{r.choice(["Chrome/122.0.6261.94", "Safari/605.1.15", "Firefox/124.0"])}"\n')


@kind("dotenv_file")
def g_dotenv(r, b, lang):
    s = setup(r, lang)
    b.add("# .env — ", s.clinic, " website (", r.choice(["production", "staging"]), ")\nNODE_ENV=production\nAPP_URL=", (s.web, URL),
          "\nCLINIC_PHONE=\"", (s.phone, PHONE), "\"\nADMIN_EMAIL=", (s.email, EMAIL), "\n")
    items = [lambda: b.add("DATABASE_URL=mysql://web:", (password(r), PWD), "@", r.choice(["localhost", "db"]), ":3306/site\n"),
             lambda: b.add("STRIPE_SECRET_KEY=", (stripe_key(r), STRIPE), "\n"),
             lambda: b.add("AWS_ACCESS_KEY_ID=", (aws_key(r), AWSK), "\nAWS_SECRET_ACCESS_KEY=", (aws_secret(r), AWSS), "\n"),
             lambda: b.add("GITHUB_TOKEN=", (gh_token(r), GH), "\n"), lambda: b.add("SLACK_WEBHOOK_TOKEN=", (slack_token(r), SLACK), "\n"),
             lambda: b.add("SENDGRID_API_KEY=", (generic_secret(r), SECRET), "\n"),
             lambda: b.add("SESSION_SECRET=", (tok(r, 48, AN), SECRET), "\n"),
             lambda: b.add("PORTAL_SERVICE_TOKEN=", (jwt(r), JWT), "\n"),
             lambda: b.add("RECAPTCHA_SITE_KEY=${RECAPTCHA_SITE_KEY}\nSENTRY_RELEASE=", sha(r, 40), "\n")]
    for f in r.sample(items, r.randint(3, 6)):
        f()
    if r.random() < .3:
        b.add("DEPLOY_KEY=\"", (pem(r), PEM), "\"\n")
    b.add("MAPS_EMBED=", ("https://maps.example.com/embed?q=" + slug(s.clinic, "+"), URL), "\nLOG_LEVEL=info\n")


@kind("vet_lab_order_xml")
def g_lab_xml(r, b, lang):
    s = setup(r, lang, "vet")
    p, vet_ = person_s(r, s), person_s(r, s)
    d = rdate(r)
    h, mi = rtime(r)
    pn, psp, pbr = pet(r, "en")
    b.add('<?xml version="1.0" encoding="UTF-8"?>\n<LabOrder version="', version(r), '" requisition="', D(r, 9), '">\n',
          '  <Clinic account="', (acct(r), ACCT), '">\n    <Name>', s.clinic.replace("&", "&amp;"), '</Name>\n    <Phone>',
          (s.phone, PHONE), '</Phone>\n    <Veterinarian>', (vet_.full, PER), '</Veterinarian>\n  </Clinic>\n',
          '  <Owner>\n    <LastName>', (p.family, PER), '</LastName>\n    <FirstName>', (p.given, PER), '</FirstName>\n',
          '    <Phone>', (phone(r, s.cc), PHONE), '</Phone>\n  </Owner>\n  <Patient>\n    <Name>', pn, '</Name>\n',
          '    <Species>', psp, '</Species>\n    <Breed>', pbr, '</Breed>\n    <Age unit="years">',
          str(r.randint(1, 16)), '</Age>\n  </Patient>\n  <CollectedAt>', (f"{d.isoformat()}T{h:02d}:{mi:02d}:00", DT), '</CollectedAt>\n  <Tests>\n')
    for tcode in r.sample(["CBC", "CHEM17", "T4", "SDMA", "UA", "FECAL", "HW-AG", "FIV/FeLV"], r.randint(2, 4)):
        b.add('    <Test code="', tcode, '" loinc="', f"{r.randint(1000, 99999)}-{r.randint(0, 9)}", '"/>\n')
    b.add('  </Tests>\n  <Notes>Fasted ', r.choice(["12 h", "8 h", "no"]), '; on ', r.choice(DRUGS[8:12]), '</Notes>\n</LabOrder>')


@kind("workers_comp_report")
def g_wc(r, b, lang):
    s = setup(r, lang, "physio", "US")
    p, pt, adj, d = person_s(r, s), person_s(r, s), person_s(r, s), rdate(r)
    b.add("PHYSICAL THERAPY PROGRESS REPORT — WORKERS' COMPENSATION\n", s.clinic, " · ", (addr_line(s.addr), ADDR), "\n",
          "Phone ", (s.phone, PHONE), "  Fax ", (s.fax, PHONE), "\n\nClaimant: ", (p.var(r, "full lf caps"), PER), "\n",
          "SSN: ", (ssn(r), SSN) if r.random() < .6 else "XXX-XX-" + D(r, 4), "   DOB: ", (fdate(r, rdob(r), "en", "us"), DOB), "\n",
          "Claim #: ", f"WC-{D(r, 2)}-{D(r, 6)}", "   Employer: ", pk(r, "Acme Logistics LLC|Harbor Freight Lines|Sunrise Bakery Inc.|Northwind Warehousing"),
          "\nDate of injury: ", (fdate(r, d - dt.timedelta(days=r.randint(20, 200)), "en", "us"), DT), "   Report date: ",
          (fdate(r, d, "en", "us"), DT), "\nAdjuster: ", (adj.full, PER), ", ", (email(r, adj, r.choice(["claims.example.com", "insurer.example"])), EMAIL),
          ", ", (phone(r, "US"), PHONE), "\n\nVisits to date: ", str(r.randint(4, 18)), ". Pain ", str(r.randint(2, 6)), "/10. Lifting tolerance ",
          str(r.randint(10, 40)), " lb.\nWork status: ", r.choice(["modified duty, no lifting > 20 lb", "full duty", "off work until re-eval"]),
          "\nRe-evaluation: ", (fdate(r, d + dt.timedelta(days=r.randint(10, 30)), "en", "us"), DT), "\n\n", (pt.full, PER), ", PT")


@kind("rabies_certificate")
def g_rabies(r, b, lang):
    s = setup(r, lang, "vet", r.choice(["US", "US", "CA"]))
    p, vet_, A = person_s(r, s), person_s(r, s), make_addr(r, s.cc)
    d = rdate(r, 2024, 2025)
    b.add("RABIES VACCINATION CERTIFICATE\n", s.clinic, " — ", (addr_line(s.addr), ADDR), " — ", (s.phone, PHONE), "\n\n",
          "OWNER: ", (p.var(r, "full lf caps"), PER), "\nADDRESS: ", (addr_line(A), ADDR), "\nPHONE: ", (phone(r, s.cc), PHONE), "\n\n",
          "Animal: ", pet_line(r, "en", "   Species: ", "   Breed: ", True), "\n",
          "Color: ", pk(r, "black|tan|tabby|white/brown"), "   Sex: ", pk(r, "MN|FS|M|F"), "   Age: ", str(r.randint(1, 14)), " yrs\n",
          "Microchip: ", microchip(r), "   Tag #: ", D(r, 6), "\n\nVaccine: ", pk(r, "Imrab 3|Nobivac 3-Rabies|Defensor 3|Rabvac 3"),
          "   Lot: ", f"{U(r, 2, UP)}{D(r, 5)}", "   Serial exp.: ", str(r.randint(2026, 2028)), "\n",
          "Date vaccinated: ", (fdate(r, d, "en", "us"), DT), "   [ ] 1 yr  [X] 3 yr\nNext vaccination due: ",
          (fdate(r, d + dt.timedelta(days=3 * 365), "en", "us"), DT), "\n\nVeterinarian: ", (vet_.full, PER), ", DVM   License no. ", D(r, 5),
          "\nSignature: ______________")


@kind("pet_insurance_claim")
def g_pet_claim(r, b, lang):
    cc = r.choice(["GB", "GB", "IE", "AU"])
    s = setup(r, lang, "vet", cc)
    p, A, vet_ = person_s(r, s), make_addr(r, cc), person_s(r, s)
    d = rdate(r)
    b.add(pk(r, "PetPlan|Animal Friends|ManyPets|Bow Wow Meow"), " — Claim form (Part A: policyholder)\n\n",
          "Claim reference: ", neg_ref(r, "claim"), "\nPolicyholder: ", title(r, p, "en"), (p.full, PER), "\nAddress: ",
          (addr_line(A), ADDR), "\nEmail: ", (email(r, p), EMAIL), "   Phone: ", (phone(r, cc), PHONE), "\n\n",
          "Pet's name: ", pet_line(r, "en", "   Species: ", "   Breed: "), "\n",
          "Condition: ", pk(r, "dental disease (periodontitis)|cruciate ligament rupture|otitis externa|gastroenteritis"), "\n",
          "First signs noticed: ", (fdate(r, d - dt.timedelta(days=r.randint(3, 40)), "en", "uk"), DT), "\n",
          "Treatment from ", (fdate(r, d, "en", "uk"), DT), " to ", (fdate(r, d + dt.timedelta(days=r.randint(1, 20)), "en", "uk"), DT), "\n\n",
          "Pay claim to: [X] me  [ ] the vet practice\n")
    if cc == "AU" or r.random() < .4:
        b.add("BSB: ", f"{D(r, 3)}-{D(r, 3)}", "   Account number: ", (D(r, 8), ACCT), "\n") if cc == "AU" else \
            b.add("Sort code: ", f"{D(r, 2)}-{D(r, 2)}-{D(r, 2)}", "   Account number: ", (D(r, 8), ACCT), "\n")
    else:
        b.add("IBAN: ", (iban(r, cc), IBAN), "\n")
    b.add("\nPart B (vet): ", s.clinic, ", ", (addr_line(s.addr), ADDR), " — attending vet ", (vet_.full, PER), " MRCVS\n",
          "Invoice total: ", amount(r, "en", 80, 3500, s.cc), "  Excess applies.")


@kind("intake_form_us")
def g_intake(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "opt", "physio"]), "US")
    p, A, e, sub = person_s(r, s), make_addr(r, "US"), person_s(r, s), person_s(r, s)
    dob = rdob(r)
    b.add(s.clinic, " — NEW PATIENT INFORMATION\n\n", "Last name: ", (p.family, PER), "   First: ", (p.given, PER), "   MI: ", p.mid, "\n",
          "Date of birth: ", (fdate(r, dob, "en", "us"), DOB), "   Sex: ", p.sex.upper(), "\n", "SSN: ")
    c = r.random()
    b.e(*((ssn(r), SSN) if c < .65 else (f"***-**-{D(r, 4)}", None) if c < .85 else (f"n/a   ITIN: {bad_ssn(r)}", None)))
    b.add("   Driver's license #: ", (dl_number(r, "US"), DL), "\n", "Street: ", (street_line(A), ADDR), "\n",
          "City: ", (A["city"], LOC), "   State: ", (A["region"], LOC), "   ZIP: ", A["zip"], "\n",
          "Cell: ", (phone(r, "US"), PHONE), "   Home: ", (phone(r, "US"), PHONE) if r.random() < .5 else "n/a", "\n",
          "Email: ", (email(r, p), EMAIL), "\n", "Employer: ", pk(r, "Walgreens|City of Springfield|Self-employed|Mercy Health|retired"), "\n\n",
          "INSURANCE\nCarrier: ", insurer_en(r, s), "   Member ID: ", (hp_id(r, "US"), HPN), "   Group #: ", D(r, 6), "\n",
          "Subscriber: ", (p.full if r.random() < .5 else sub.full, PER), "   Subscriber DOB: ", (fdate(r, rdob(r), "en", "us"), DOB), "\n\n",
          "Emergency contact: ", (e.full, PER), " (", pk(r, "spouse|mother|son|friend"), ") ", (phone(r, "US"), PHONE), "\n",
          "Medical history: [X] none  [ ] diabetes  [ ] heart condition  [ ] pregnant\n",
          "Signature: ________   Date: ", (fdate(r, rdate(r), "en", "us"), DT))


@kind("ocr_fax_referral")
def g_ocr(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "opt"]), r.choice(["US", "US", "CA"]))
    p, doc, d = person_s(r, s), person_s(r, s), rdate(r)
    n = lambda lbl: "".join(c + (" " if r.random() < .3 and c != " " else "") for c in lbl) if r.random() < .5 else lbl.replace("o", "0")
    b.add("FROM FAX  ", (s.fax, PHONE), "   ",
          s.clinic.upper(), "   P. 00", str(r.randint(1, 3)), "/00", str(r.randint(3, 4)), "\n", "~" * r.randint(20, 50), "\n",
          n("REFERRAL FORM"), "\n\n", n("Patient Name"), ": ", (p.var(r, "full caps lf"), PER), "\n", n("D.O.B."), " ",
          (fdate(r, rdob(r), "en", "num"), DOB), "  ", n("Ph"), " ", (phone(r, s.cc), PHONE), "\n", n("Referred to"), ": ",
          drt(r, "en"), (doc.full, PER), " ", r.choice(["Oral Surgery", "Endodontics", "Retina Associates", "Pediatric Ophth."]), "\n",
          n("Reason"), ": ", r.choice(["eval #17 & #32 impacted", "r/o glaucoma, IOP 27 OD", "RCT #19 sympt.", "flashes/floaters OS"]), "\n",
          n("Urgency"), ": [ ] routine [x] within 2 wks\n", n("Insurance ID"), ": ", (hp_id(r, "US"), HPN), "\n",
          n("Referring office"), ": ", s.clinic, ", ", (addr_line(s.addr), ADDR), "\n", "|||  ' .  ..  ,  |\n",
          n("Date"), ": ", (fdate(r, d, "en", "num"), DT), "   ", n("Sig"), ": ~~~~~~\n")


@kind("front_desk_shift_log")
def g_shift(r, b, lang):
    s = setup(r, lang)
    h, mi = 7, r.randint(30, 55)
    b.add("FRONT DESK LOG — ", s.clinic, " — ", (fdate_wd(r, rdate(r), "en"), DT), "\n\n")
    for _ in range(r.randint(5, 8)):
        mi += r.randint(10, 50)
        h, mi = h + mi // 60, mi % 60
        b.t(f"{h:02d}:{mi:02d}  ")
        c = r.randint(0, 5)
        p = person_s(r, s)
        if c == 0:
            b.add(title(r, p, "en"), (p.family, PER), " called re: ", pk(r, "crown|invoice|recall|insurance"), ", cb ", (phone(r, s.cc), PHONE), "\n")
        elif c == 1:
            b.add(r.choice(PETS), " (", r.choice(BREEDS), ", owner ", (p.full, PER), ") dropped off for dental\n")
        elif c == 2:
            b.add(drt(r, "en"), (p.family, PER), " running ", r.choice(["15", "20", "30"]), " min late — told waiting room\n")
        elif c == 3:
            b.add("New pt ", (p.var(r, "full lf"), PER), " registered, insurance verified (", insurer_en(r, s), ")\n")
        elif c == 4:
            b.add("Courier picked up lab case, tracking ", neg_ref(r, "tracking"), "\n")
        else:
            b.add("Reschedule: ", (p.full, PER), " moved to ", (fdt(r, rdate(r), *rtime(r), "en"), DT), "\n")
    b.add("Closed out drawer, batch #", D(r, 4), ", ", amount(r, "en", 200, 4000, s.cc), " card total.")


@kind("ortho_financial_agreement")
def g_ortho(r, b, lang):
    s = setup(r, lang, "dent")
    par, A, d = person_s(r, s), make_addr(r, s.cc), rdate(r)
    kid = Person(person_s(r, s).given, par.family, r.choice("mf"), par.cult)
    total, down = r.randint(3800, 7500), r.randint(300, 1500)
    n = r.choice([12, 18, 24])
    b.add(s.clinic, "\nORTHODONTIC FINANCIAL AGREEMENT\n\nPatient: ", (kid.full, PER), "   DOB: ", (fd(r, rdob(r, 2008, 2016), s), DOB), "\n",
          "Responsible party: ", (par.var(r, "full lf"), PER), "\nAddress: ", (addr_line(A), ADDR), "\nAccount #: ", (acct(r), ACCT), "\n\n",
          f"Total treatment fee ({r.choice(BRANDS[:1])} / braces): ${total:,}.00\nInitial payment: ${down:,}.00\n",
          f"Balance: {n} monthly payments of ${(total - down) / n:,.2f}\nFirst payment due: ", (fd(r, d, s), DT),
          ", then on the ", r.choice(["1st", "15th"]), " of each month.\n\nAutomatic payment method:\n")
    if r.random() < .6:
        b.add("  Card: ", (card(r), CARD), "\n")
    else:
        b.add("  Routing #: ", D(r, 9), "   Account #: ", (D(r, r.randint(8, 12)), ACCT), "\n")
    b.add("\nA late fee of $25 applies after 10 days. Signature of responsible party: ________  Date: ", (fd(r, d - dt.timedelta(days=r.randint(1, 20)), s), DT))


@kind("boarding_checkin")
def g_boarding(r, b, lang):
    s = setup(r, lang, "vet")
    p, e, d = person_s(r, s), person_s(r, s), rdate(r)
    pets = r.sample(PETS, r.randint(1, 2))
    b.add(s.clinic, " — BOARDING CHECK-IN\n\nOwner: ", (p.full, PER), "   Mobile: ", (phone(r, s.cc), PHONE), "\n",
          "Emergency contact: ", (e.full, PER), " ", (phone(r, s.cc), PHONE), "\n", "Pets: ", " & ".join(pets), " (",
          pk(r, "2 cats|dog + cat|Lab|Westie"), ")\nDrop-off: ", (fdt(r, d, *rtime(r, 7, 11), "en"), DT), "\nPick-up: ",
          (fdt(r, d + dt.timedelta(days=r.randint(2, 14)), *rtime(r, 9, 17), "en"), DT), "\n\nFeeding: ", r.choice(BRANDS[6:8]),
          ", ", r.choice(["1 cup", "½ can", "80 g"]), " at ", (ftime(r, 7, 0, "en"), DT), " and ", (ftime(r, 17, 30, "en"), DT),
          ".\nMeds: ", r.choice(DRUGS[8:12]), " once daily with breakfast.\nKennel: ", r.choice(["K4", "C12", "Suite 2"]),
          "   Vaccines current: yes\nOK to treat up to ", amount(r, "en", 200, 1000, s.cc), " without calling.\n")


@kind("voicemail_transcripts")
def g_voicemail(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "vet", "physio"]), r.choice(["US", "GB", "CA", "AU"]))
    b.add("Voicemail box ", D(r, 3), " — ", s.clinic, "\n\n")
    for i in range(r.randint(2, 3)):
        p = person_s(r, s)
        ph = phone(r, s.cc)
        d = rdate(r)
        b.add(f"#{i + 1}  from ", (ph, PHONE), f"  ({r.randint(0, 1)}:{r.randint(5, 59):02d})\n\"Hi, this is ", (p.full, PER), ". ")
        c = r.randint(0, 2)
        if c == 0:
            b.add("I'm calling to confirm my appointment on ", (fdate(r, d, "en", "us"), DT), " at ", (ftime(r, *rtime(r), "en"), DT),
                  ". My date of birth is ", (fdate(r, rdob(r), "en", "us"), DOB), ".")
        elif c == 1:
            b.add("My dog ", r.choice(PETS), " has been scratching again, could someone call me back on ", (ph, PHONE), "? Thanks.")
        else:
            b.add("I got a bill for account ", (acct(r), ACCT), " and I think insurance should have covered it. Call me back please.")
        b.t("\"\n\n")
    b.add("Transcribed automatically (", r.choice(["confidence 0.91", "beta"]), ")")


@kind("password_reset_email")
def g_pwreset(r, b, lang):
    s = setup(r, lang)
    p, d = person_s(r, s), rdate(r)
    b.add("From: ", s.clinic, " Patient Portal <", ("no-reply@" + s.dom, EMAIL), ">\nTo: ", (email(r, p), EMAIL), "\nDate: ", rfc2822(r, d),
          "\nReceived: from mx", D(r, 1), ".", s.dom, " by mail.example.net; ", rfc2822(r, d), "\nSubject: Your temporary password\n\n",
          "Hello ", (p.given, PER), ",\n\nA password reset was requested for your patient portal account.\n\n",
          "Temporary password: ", (password(r), PWD), "\n", "Sign in: ", (url(r, s, "portal"), URL), "\n\n",
          "The request came from IP address ", (ip(r), IP), ". This temporary password expires in 24 hours.\n",
          "If this wasn't you, call us on ", (s.phone, PHONE), ".\n\n— ", s.clinic, "\nTicket ", neg_ref(r, "ticket"))


@kind("sql_dump")
def g_sql(r, b, lang):
    s = setup(r, lang, r.choice(["dent", "opt", "physio"]))
    b.add("-- ", r.choice(BRANDS[8:10]), " backup ", version(r), "\n-- host: db01  table: patients\n",
          "INSERT INTO patients (id, first_name, last_name, birth_date, phone, email, street, city, state, postcode, ssn, created_at) VALUES\n")
    n = r.randint(2, 4)
    for i in range(n):
        p, A = person_s(r, s), make_addr(r, s.cc)
        b.add("  (", D(r, 5), ", '", (p.given, PER), "', '", (p.family.replace("'", "''"), PER), "', '", (rdob(r).isoformat(), DOB), "', '",
              (phone(r, s.cc), PHONE), "', '", (email(r, p), EMAIL), "', '", (street_line(A).replace("'", "''"), ADDR), "', '",
              (A["plain"], LOC), "', ")
        if A["region"]:
            b.add("'", (A["region"], LOC), "'")
        else:
            b.t("NULL")
        b.add(", '", A["zip"], "', ")
        if s.cc == "US" and r.random() < .6:
            b.add("'", (ssn(r, "-"), SSN), "'")
        else:
            b.t("NULL")
        b.add(", ", str(1600000000 + r.randint(0, 1e8)), ")", ",\n" if i < n - 1 else ";\n")
    b.add("-- ", str(n), " rows; checksum ", sha(r, 32))


@kind("dental_eob")
def g_eob(r, b, lang):
    s = setup(r, lang, "dent", "US")
    p, A, d = person_s(r, s), make_addr(r, "US"), rdate(r)
    ins = pk(r, "Delta Dental|Cigna Dental|MetLife Dental|Aetna Dental|Guardian Dental")
    b.add(ins.upper(), "\nEXPLANATION OF BENEFITS — THIS IS NOT A BILL\n\n", (p.full.upper(), PER), "\n", (addr_block(A).upper(), ADDR), "\n\n",
          "Member ID: ", (hp_id(r, "US"), HPN), "   Group: ", D(r, 6), "\nClaim #: ", neg_ref(r, "claim"), "   Date received: ",
          (fdate(r, d, "en", "num"), DT), "\nProvider: ", s.clinic, " (NPI ", npi(r), ")\n\n",
          "Service date  Code   Billed    Allowed   Plan paid  You owe\n")
    for _ in range(r.randint(1, 4)):
        bl = r.randint(60, 1500)
        al = round(bl * .8, 2)
        pp = round(al * r.choice([1, .8, .5]), 2)
        b.add((fdate(r, d - dt.timedelta(days=r.randint(5, 30)), "en", "num"), DT), "    ", r.choice(CDT),
              f"  {bl:>8.2f}  {al:>8.2f}  {pp:>9.2f}  {al - pp:>7.2f}\n")
    b.add("\nAnnual maximum remaining: ", amount(r, "en", 100, 1500, s.cc), "\nQuestions? ", (phone(r, "US"), PHONE),
          " (TTY 711) or ", (f"https://members.{slug(ins, '-')}.example.com/eob", URL))


# ---------------------------------------------------- English no-entity kinds
@kind("sterilizer_cycle_log", empty=True)
def g_steri(r, b, lang):
    d = rdate(r)
    lf = r.randint(0, 2)
    b.add("AUTOCLAVE CYCLE LOG — ", pk(r, "STATIM 5000|Lisa 524|Midmark M11|Tuttnauer 2540"), "  s/n ", f"{D(r, 4)}-{D(r, 4)}",
          "  fw ", version(r), "\n")
    cyc = r.randint(1000, 9000)
    for _ in range(r.randint(5, 9)):
        cyc += 1
        b.add(logts(r, d, lf), f"  CYCLE {cyc:06d}  {pk(r, 'WRAPPED|UNWRAPPED|RUBBER/PLASTIC|B-TEST')}  ",
              f"{r.choice([121, 134, 135])}°C  {r.choice(['3.0', '3.5', '4.0', '18.0'])} min  {r.choice([206, 216, 310])} kPa  ",
              pk(r, "PASS|PASS|PASS|FAIL-ABORTED"), "  op=OP-", D(r, 2), "\n")
    b.add("BI lot ", U(r, 2, UP), D(r, 5), " incubated 24 h: negative. Next service in ", r.choice(["3 weeks", "2 months", "90 days"]),
          ". Checksum ", sha(r, 16))


@kind("ci_workflow", empty=True)
def g_ci(r, b, lang):
    b.add("name: deploy-", r.choice(["clinic-site", "booking-widget", "patient-portal"]), "\non:\n  push:\n    branches: [main]\n",
          "  schedule:\n    - cron: '", r.choice(["0 3 * * 1", "30 2 * * *"]), "'\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n",
          "    timeout-minutes: ", str(r.choice([10, 15, 30])), "\n    steps:\n      - uses: actions/checkout@v4\n",
          "      - uses: actions/setup-node@v4\n        with:\n          node-version: ", r.choice(["18", "20"]), "\n",
          "      - run: npm ci && npm run build\n      - name: upload x-ray thumbnails\n        env:\n",
          "          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n",
          "          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_LIVE_KEY }}\n          DB_PASSWORD: ${DB_PASSWORD}\n",
          "        run: ./scripts/sync.sh --since ", str(r.randint(2019, 2024)), " --ref ", sha(r, 40), "\n",
          "      - uses: slackapi/slack-github-action@v", version(r), "\n        with:\n          payload: '{\"text\": \"deployed ",
          sha(r, 7), "\"}'\n        env:\n          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n")


@kind("clinic_kpi_report", empty=True)
def g_kpi(r, b, lang):
    b.add(r.choice(["Monthly", "Quarterly"]), " practice KPI report — ", r.choice(["Q1", "Q2", "Q3", "Q4"]), " ", str(r.randint(2022, 2025)), "\n",
          "=" * 40, "\n", f"Appointments kept: {r.randint(400, 3000):,} ({r.choice(['+', '-'])}{r.uniform(0, 9):.1f}% vs previous period)\n",
          f"No-show rate: {r.uniform(2, 12):.1f}%   Same-day cancellations: {r.randint(5, 80)}\n",
          f"Busiest weekday: {r.choice(WDAYS['en'][:5])}; quietest: {r.choice(WDAYS['en'][:6])}\n",
          f"Top procedures: {r.choice(CDT)} ({r.randint(100, 400)}), {r.choice(CDT)} ({r.randint(50, 300)}), {r.choice(CPT_PT)} ({r.randint(20, 90)})\n",
          f"Collections: ${r.randint(40000, 400000):,}.{D(r, 2)}   Avg. wait time: {r.randint(3, 22)} min\n",
          f"Recall reactivation: {r.randint(10, 60)}% within 30 days; online bookings {r.randint(20, 70)}%\n",
          f"Inventory: {r.choice(BRANDS)} reorder point reached; PO {neg_ref(r, 'order')}\n",
          "Patients since ", str(r.randint(2005, 2019)), ": ", f"{r.randint(2000, 20000):,}", ". Report build ", version(r), ".\n")


@kind("qa_fixture_masked", empty=True)
def g_fixture(r, b, lang):
    b.add("# QA fixture for intake validation — synthetic; every identifier is masked or invalid by design\n",
          "# generated ", str(1700000000 + r.randint(0, 6e7)), " run ", uuid4(r), "\n", "cases:\n")
    cases = [("ssn_masked", f"XXX-XX-{D(r, 4)}"), ("ssn_invalid_area", bad_ssn(r)), ("ssn_invalid_area_2", bad_ssn(r)),
             ("card_luhn_fail", luhn_bad16(r)), ("card_masked", masked_card(r)), ("phone_masked", f"(XXX) XXX-{D(r, 4)}"),
             ("member_id_masked", f"W*****{D(r, 4)}"), ("iban_masked", f"DE** **** **** **** **{D(r, 2)} {D(r, 2)}"),
             ("record_hash", sha(r, 64)), ("npi_test", npi(r)), ("order_ref", neg_ref(r, "order")), ("vin_field", vin(r))]
    for k, v in r.sample(cases, r.randint(6, len(cases))):
        b.add("  - field: ", k, "\n    value: \"", v, "\"\n    expect: ", r.choice(["reject", "mask", "accept_masked"]), "\n")
    b.add("password_field: \"${TEST_PASSWORD}\"  # injected at runtime\n")


# ============================================================== generation
def _pad_line(r):
    return r.choice([f"— page 1/1 · doc {uuid4(r)}", f"Generated by {r.choice(BRANDS[8:10])} {version(r)}",
                     f"ref {neg_ref(r)} · build {sha(r, 8)}", "This message was sent automatically; please do not reply.",
                     f"Form {U(r, 2, UP)}-{D(r, 3)} rev {version(r)}"])


def _finalize(r, b):
    text = b.text().rstrip()
    ents = [e for e in b.ents if e[1] <= len(text)]
    if len(text) > MAX_LEN:
        cut = MAX_LEN
        while cut > MIN_LEN:
            nl = text.rfind("\n", 0, cut)
            if nl <= MIN_LEN:
                cut = MIN_LEN
                break
            if not any(s < nl < e for s, e, _ in ents):
                cut = nl
                break
            cut = nl
        text = text[:cut].rstrip()
        ents = [e for e in ents if e[1] <= len(text)]
    while len(text) < MIN_LEN:
        text += "\n" + _pad_line(r)
    return text, ents


def make_doc(seed, i):
    r = random.Random(f"{seed}-{i}")
    empty = r.random() < EMPTY_SHARE
    lang = r.choice(LANGS) if r.random() < NON_EN_SHARE else "en"
    cands = [k for k in KINDS if k[2] == empty and lang in k[1]]
    # language-specific kinds are up-weighted so that they are not drowned by the multilingual ones
    weights = [3 if (lang != "en" and len(k[1]) <= 2) else 1 for k in cands]
    name, _, _, fn = r.choices(cands, weights)[0]
    for _ in range(6):
        b = Builder()
        fn(r, b, lang)
        if len(b.text().rstrip()) <= MAX_LEN:
            break
    text, ents = _finalize(r, b)
    return {"id": f"blind52-s{seed}-{i:06d}-{name}-{lang}", "text": text,
            "entities": [{"start": s, "end": e, "type": t} for s, e, t in sorted(ents)]}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# ================================================================ checking
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"\+?[\d(][\d\s().\-/]*\d")
URL_SCAN = re.compile(r"https?://")
EMAIL_SCAN = re.compile(r"(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_SCAN = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


SECRET_RE = {AWSK: r"(AKIA|ASIA)[A-Z2-7]{16}", AWSS: r"[A-Za-z0-9/+]{40}", GH: r"gh[pousr]_[A-Za-z0-9]{36}",
             SLACK: r"xox[abpsr]-\d+-\d+-[A-Za-z0-9]+", STRIPE: r"(sk|rk)_live_[A-Za-z0-9]{20,}"}


def _shape_ok(t, v):
    if t == EMAIL:
        return bool(EMAIL_RE.fullmatch(v))
    if t == URL:
        u = urlparse(v)
        if u.scheme not in ("http", "https") or not u.hostname or "@" in v or re.search(r"\s", v) or v[-1] in ".,;:)]'\"":
            return False
        try:
            ipaddress.ip_address(u.hostname)
            return False
        except ValueError:
            return "." in u.hostname
    if t == IP:
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if t == CARD:
        n = re.sub(r"[ -]", "", v)
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if t == IBAN:
        return iban_ok(v)
    if t == SSN:
        return ssn_ok(v)
    if t == PHONE:
        return bool(PHONE_RE.fullmatch(v)) and 7 <= sum(c.isdigit() for c in v) <= 15
    if t in (DOB, DT):
        return any(c.isdigit() for c in v)
    if t in SECRET_RE:
        return bool(re.fullmatch(SECRET_RE[t], v))
    if t == JWT:
        parts = v.split(".")
        if len(parts) != 3:
            return False
        try:
            return "alg" in json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        except Exception:
            return False
    if t == PEM:
        return v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----") and "-----END " in v
    if t in (PWD, SECRET):
        return len(v) >= 6 and not re.search(r"\s", v)
    if t == PER:
        return not any(c.isdigit() for c in v) and "@" not in v and len(v) <= 60
    if t == LOC:
        return not any(c.isdigit() for c in v) and len(v) <= 40
    if t == ADDR:
        return any(c.isdigit() for c in v)
    if t in (MRN, HPN, ACCT, DL):
        return any(c.isdigit() for c in v) and len(v) <= 30 and not re.search(r"\s", v.replace(" ", ""))
    return True


def check(n=3000, seed=0):
    problems, tc, kc, docs_per_kind = [], Counter(), Counter(), Counter()
    non_en = empty = 0
    seen_ids = set()
    for doc in generate(n, seed):
        text, did = doc["text"], doc["id"]
        kind_name, lang = did.split("-")[3], did.split("-")[4]
        docs_per_kind[kind_name] += 1
        non_en += lang != "en"
        if did in seen_ids:
            problems.append(f"{did}: duplicate id")
        seen_ids.add(did)
        if not (MIN_LEN <= len(text) <= MAX_LEN):
            problems.append(f"{did}: length {len(text)}")
        if not doc["entities"]:
            empty += 1
        starts = {(e["start"], e["type"]) for e in doc["entities"]}
        for rx, typ in ((URL_SCAN, URL), (EMAIL_SCAN, EMAIL), (IPV4_SCAN, IP)):
            for m in rx.finditer(text):
                if typ == IP:
                    try:
                        ipaddress.ip_address(m.group(0))
                    except ValueError:
                        continue
                if (m.start(), typ) not in starts and not any(
                        e["start"] < m.end() and m.start() < e["end"] for e in doc["entities"]):
                    problems.append(f"{did}: unlabelled {typ} {m.group(0)!r}")
        prev = 0
        for e in doc["entities"]:
            s, en, t = e["start"], e["end"], e["type"]
            span = text[s:en] if 0 <= s < en <= len(text) else ""
            tc[t] += 1
            kc[kind_name] += 1
            if t not in TYPES:
                problems.append(f"{did}: unknown type {t}")
            if not span:
                problems.append(f"{did}: bad range {s}-{en}")
                continue
            if s < prev:
                problems.append(f"{did}: overlap at {s} ({t})")
            prev = en
            if span != span.strip():
                problems.append(f"{did}: whitespace in {t} {span!r}")
            if t not in (PWD, SECRET, PEM) and span[-1] in ".,;:!?\"')]}>":
                problems.append(f"{did}: trailing punctuation in {t} {span!r}")
            if t not in (PWD, SECRET, PEM, PHONE) and span[0] in "\"'([{<,;:":
                problems.append(f"{did}: leading punctuation in {t} {span!r}")
            if not _shape_ok(t, span):
                problems.append(f"{did}: shape check failed for {t} {span!r}")
    # a document's output must not depend on n
    for i in (0, 7, n // 2, n - 1):
        if make_doc(seed, i) != next(iter([d for j, d in enumerate(generate(i + 1, seed)) if j == i])):
            problems.append(f"doc {i}: not a pure function of (seed, i)")
    print(f"documents: {n}   kinds: {len(KINDS)}   non-English: {non_en / n:.1%}   no-entity: {empty / n:.1%}")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<22}{tc[t]:>7}")
    print("\nper-kind counts (docs / entities):")
    for k, _, _, _ in KINDS:
        print(f"  {k:<30}{docs_per_kind[k]:>5}{kc[k]:>7}")
    missing = [k for k, *_ in KINDS if docs_per_kind[k] == 0]
    if missing:
        problems.append(f"kinds never generated: {missing}")
    missing_t = [t for t in TYPES if tc[t] == 0]
    if missing_t:
        problems.append(f"types never generated: {missing_t}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("\nOK: all spans valid")
    return 0


def render(doc):
    text, out, pos = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"⟦{e['type']}: {text[e['start']:e['end']]}⟧")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate every span")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K documents with spans marked")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return check(3000, a.seed)
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print("=" * 78)
            print(doc["id"])
            print("-" * 78)
            print(render(doc))
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    except BrokenPipeError:
        pass
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
