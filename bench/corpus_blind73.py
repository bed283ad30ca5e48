#!/usr/bin/env python3
r"""Blind corpus 73 -- K-12 schools, childcare centres and parent communications.

Synthetic, seeded, labelled test documents for a PII / PHI / secrets detector:
enrolment forms, immunisation records, report cards, parent-teacher messages,
school-bus rosters, cafeteria payment accounts, learning-platform exports and API
logs, IEP notes, after-school club sign-ups, configs and pasted secrets, in
several languages. Every entity span is recorded while the text is built.

Usage: python3 bench/corpus_blind73.py [--check] [--sample K] [--n N --seed S --output F.jsonl]

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
from collections import Counter
from random import Random

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()

# short aliases used by the document builders
P, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADDR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                      "DRIVER_LICENSE")
AKID, ASK, GH, SLK, STR, JWT_, PEM, PW, SEC = (
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET")


# ---------------------------------------------------------------------------
# Builder: text pieces are appended; labelled pieces record their span.
# ---------------------------------------------------------------------------
class Lab:
    """A labelled leaf value for the structured writers (JSON)."""
    __slots__ = ("v", "t", "tail")

    def __init__(self, v, t, tail=""):
        self.v, self.t, self.tail = v, t, tail


class B:
    def __init__(self):
        self.parts: list[str] = []
        self.ents: list[tuple[int, int, str]] = []
        self.n = 0

    def add(self, s: str) -> "B":
        self.parts.append(s)
        self.n += len(s)
        return self

    def lab(self, v: str, t: str | None) -> "B":
        if not t or v == "":
            return self.add(v)
        st = self.n
        self.add(v)
        self.ents.append((st, self.n, t))
        return self

    def __call__(self, *items) -> "B":
        """Append items: plain str, (value, TYPE) tuples, or Lab objects."""
        for it in items:
            if isinstance(it, tuple):
                self.lab(it[0], it[1])
            elif isinstance(it, Lab):
                self.lab(it.v, it.t)
                self.add(it.tail)
            else:
                self.add(it)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def jdump(b: B, obj, indent: int = 2, level: int = 0, compact: bool = False) -> None:
    """Serialise obj as JSON into the builder, labelling Lab leaves (no quotes)."""
    def q(s):
        return json.dumps(s, ensure_ascii=False)
    pad = "" if compact else "\n" + " " * (indent * (level + 1))
    end = "" if compact else "\n" + " " * (indent * level)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            b.add("{}")
            return
        b.add("{")
        for k, (key, val) in enumerate(obj.items()):
            if k:
                b.add(sep)
            b.add(pad + q(key) + ": ")
            jdump(b, val, indent, level + 1, compact)
        b.add(end + "}")
    elif isinstance(obj, list):
        if not obj:
            b.add("[]")
            return
        b.add("[")
        for k, val in enumerate(obj):
            if k:
                b.add(sep)
            b.add(pad)
            jdump(b, val, indent, level + 1, compact)
        b.add(end + "]")
    elif isinstance(obj, Lab):
        if isinstance(obj.v, str):
            b.add('"')
            b.lab(q(obj.v)[1:-1], obj.t)
            b.add(q(obj.tail)[1:-1] + '"')
        else:
            b.lab(json.dumps(obj.v), obj.t)
    else:
        b.add(q(obj))


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------
# Name, place and vocabulary pools
# ---------------------------------------------------------------------------
NAMES = {
    "en": ("Emma Liam Olivia Noah Ava Mason Harper Ethan Chloe Jackson Madison Caleb Grace "
           "Wyatt Lily Owen Abigail Carter Zoe Hunter Brianna Declan Savannah Tyler Kayla",
           "Johnson Miller Thompson O'Brien Walker Henderson Brooks Foster Sullivan Murphy "
           "Campbell Parker Hayes Bennett Coleman McAllister Whitfield Donovan Prescott "
           "Gallagher Lindsey Harrington Fletcher"),
    "es": ("Sofía Mateo Valentina Santiago Camila Diego Lucía Alejandro Ximena Joaquín "
           "Renata Emiliano Guadalupe Itzel Rodrigo",
           "García Martínez Hernández López Rodríguez Pérez Sánchez Ramírez Torres Castillo "
           "Vargas Morales Gutiérrez Navarro Ibarra"),
    "de": ("Lukas Hannah Felix Marie Jonas Lea Maximilian Emilia Paul Mia Leon Johanna "
           "Finn Greta Matthias Ursula",
           "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Wagner "
           "Zimmermann Krüger Brandt Vogel Hartmann"),
    "fr": ("Léa Hugo Chloé Louis Manon Gabriel Inès Arthur Camille Jules Zoé Raphaël "
           "Margaux Théo Amélie",
           "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Fontaine Chevalier "
           "Rousseau Mercier Lemaire Gauthier Perrin"),
    "it": ("Giulia Francesco Sofia Alessandro Aurora Lorenzo Ginevra Mattia Beatrice "
           "Leonardo Chiara Tommaso",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno "
           "Conti De Luca Galli"),
    "pt": ("João Ana Pedro Beatriz Miguel Larissa Gustavo Mariana Rafael Isabela Thiago "
           "Letícia",
           "Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Ribeiro "
           "Gonçalves Rocha Nascimento"),
    "nl": ("Daan Sem Tess Julia Lars Fleur Bram Noor Thijs Sanne Jesse Lotte",
           "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Jong|van Dijk|Mulder|"
           "Peeters|Hendriks"),
    "pl": ("Jakub Zuzanna Kacper Julia Szymon Maja Filip Hanna Wojciech Natalia Bartosz "
           "Agnieszka",
           "Kowalski Nowak Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska "
           "Dąbrowski Kozłowska Mazur Krawczyk"),
    "sv": ("Elsa Oscar Astrid William Saga Hugo Alice Nils Ebba Axel Maja Linnea",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Bergström "
           "Holm Sjöberg Lundgren Ekström"),
    "tr": ("Elif Yusuf Zeynep Emir Defne Mehmet Ayşe Mustafa Eylül Kerem Esra Burak",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Koç Kurt"),
    "ja": ("Haruto Yui Sota Hina Ren Aoi Yuto Mei Riku Sakura Kenji Naoko",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
           "Yoshida Matsumoto"),
    "zh": ("Wei|Mei Ling|Jun|Xiu Ying|Hao|Yan|Zihan|Yichen",
           "Chen Wang Li Zhang Liu Huang Zhao Wu"),
    "in": ("Aarav Priya Vihaan Ananya Arjun Diya Rohan Saanvi Kavya Ishaan",
           "Patel Sharma Iyer Reddy Nair Gupta Banerjee Menon Kulkarni"),
    "ar": ("Omar Layla Yusuf Amira Karim Nour Hassan Fatima Rania Tariq",
           "Haddad Al-Masri Khalil Mansour Nasser Saleh Farouk Aziz"),
    "ng": ("Chidi Amara Tunde Ngozi Emeka Adaeze Femi Chioma Kelechi",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Oyelaran Uche"),
    "ko": ("Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo",
           "Kim Lee Park Choi Jung Kang"),
    "vi": ("Minh Linh Anh Bao Thao Khanh Duc",
           "Nguyen Tran Le Pham Hoang Vu Dang"),
}


def _split(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


NAME_POOLS = {k: (_split(g), _split(s)) for k, (g, s) in NAMES.items()}
US_MIX = ["en", "en", "en", "es", "es", "zh", "in", "ar", "ng", "ko", "vi", "en", "ja"]

JA_NATIVE = (["陽翔", "結衣", "蒼", "陽菜", "湊", "葵", "大和", "芽依", "悠真", "さくら"],
             ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"])


def given(rng: Random, cul: str = "en") -> str:
    return rng.choice(NAME_POOLS[cul][0])


def surname(rng: Random, cul: str = "en") -> str:
    return rng.choice(NAME_POOLS[cul][1])


def person(rng: Random, cul: str | None = None, style: str | None = None,
           sur: str | None = None) -> str:
    """A person name. style: full, mid, given, sur, lastfirst, caps, lower."""
    if cul is None:
        cul = rng.choice(US_MIX)
    g, s = given(rng, cul), sur or surname(rng, cul)
    if style is None:
        style = rng.choices(["full", "mid", "lastfirst", "caps", "lower"],
                            [70, 10, 10, 7, 3])[0]
    if style == "given":
        return g
    if style == "sur":
        return s
    if style == "mid":
        return f"{g} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {s}"
    if style == "lastfirst":
        return f"{s}, {g}"
    if style == "caps":
        return f"{g} {s}".upper()
    if style == "lower":
        return f"{g} {s}".lower()
    return f"{g} {s}"


def child_and_parent(rng: Random, cul: str | None = None):
    """A child and a parent sharing the family surname (full names)."""
    if cul is None:
        cul = rng.choice(US_MIX)
    s = surname(rng, cul)
    g1, g2 = gpair(rng, cul)
    return f"{g1} {s}", f"{g2} {s}", s, cul


def gpair(rng: Random, cul: str) -> tuple[str, str]:
    """Two distinct given names of one culture."""
    a, b = rng.sample(NAME_POOLS[cul][0], 2)
    return a, b


ALL_SURNAMES = sorted({x for g, s in NAME_POOLS.values() for x in s}, key=len, reverse=True)
ALL_GIVEN = sorted({x for g, s in NAME_POOLS.values() for x in g}, key=len, reverse=True)


def sur_of(name: str) -> str:
    for s in ALL_SURNAMES:
        if name.endswith(" " + s):
            return s
    return name.split()[-1]


def first_of(name: str) -> str:
    for g in ALL_GIVEN:
        if name.startswith(g + " "):
            return g
    return name.split()[0]


# (city, region/state) by country code
CITIES = {
    "US": [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"),
           ("Sacramento", "CA"), ("Raleigh", "NC"), ("Tucson", "AZ"), ("Madison", "WI"),
           ("Albany", "NY"), ("Boise", "ID"), ("Denver", "CO"), ("Tampa", "FL"),
           ("Fresno", "CA"), ("Omaha", "NE"), ("Richmond", "VA"), ("Worcester", "MA")],
    "GB": [("Leeds", "West Yorkshire"), ("Bristol", ""), ("Manchester", ""), ("Glasgow", ""),
           ("Norwich", "Norfolk"), ("Cardiff", "")],
    "DE": [("Berlin", ""), ("München", "Bayern"), ("Hamburg", ""), ("Köln", "NRW"),
           ("Leipzig", "Sachsen"), ("Freiburg im Breisgau", "Baden-Württemberg")],
    "FR": [("Lyon", ""), ("Paris", ""), ("Toulouse", ""), ("Nantes", ""), ("Lille", ""),
           ("Bordeaux", "")],
    "ES": [("Madrid", ""), ("Barcelona", ""), ("Valencia", ""), ("Sevilla", ""),
           ("Bilbao", ""), ("Zaragoza", "")],
    "IT": [("Milano", "MI"), ("Roma", "RM"), ("Torino", "TO"), ("Bologna", "BO"),
           ("Napoli", "NA"), ("Firenze", "FI")],
    "BR": [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"),
           ("Curitiba", "PR"), ("Recife", "PE")],
    "PT": [("Lisboa", ""), ("Porto", ""), ("Braga", ""), ("Coimbra", "")],
    "NL": [("Amsterdam", ""), ("Utrecht", ""), ("Rotterdam", ""), ("Eindhoven", ""),
           ("Groningen", "")],
    "PL": [("Warszawa", ""), ("Kraków", ""), ("Gdańsk", ""), ("Wrocław", ""), ("Poznań", "")],
    "SE": [("Stockholm", ""), ("Göteborg", ""), ("Malmö", ""), ("Uppsala", ""),
           ("Linköping", "")],
    "TR": [("İstanbul", ""), ("Ankara", ""), ("İzmir", ""), ("Bursa", ""), ("Eskişehir", "")],
    "JP": [("Tokyo", ""), ("Osaka", ""), ("Yokohama", ""), ("Sapporo", ""), ("Fukuoka", "")],
    "MX": [("Ciudad de México", "CDMX"), ("Guadalajara", "Jalisco"), ("Monterrey", "Nuevo León"),
           ("Puebla", "Puebla")],
    "CA": [("Toronto", "ON"), ("Vancouver", "BC"), ("Calgary", "AB"), ("Ottawa", "ON"),
           ("Halifax", "NS")],
    "AU": [("Melbourne", "VIC"), ("Brisbane", "QLD"), ("Perth", "WA"), ("Adelaide", "SA")],
}
COUNTRY_NAME = {"US": "USA", "GB": "United Kingdom", "DE": "Deutschland", "FR": "France",
                "ES": "España", "IT": "Italia", "BR": "Brasil", "PT": "Portugal",
                "NL": "Nederland", "PL": "Polska", "SE": "Sverige", "TR": "Türkiye",
                "JP": "Japan", "MX": "México", "CA": "Canada", "AU": "Australia"}
COUNTRIES_EN = ["Mexico", "Canada", "Germany", "Brazil", "India", "Nigeria", "Vietnam",
                "South Korea", "Poland", "Ukraine", "Philippines", "Colombia", "Japan"]
US_STATES = ["Illinois", "Texas", "Oregon", "Ohio", "California", "North Carolina",
             "Arizona", "Wisconsin", "New York", "Colorado", "Florida", "Virginia"]


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------
US_STREETS = ["Maple", "Oak", "Cedar", "Elm", "Willow", "Lakeview", "Hillcrest", "Sunset",
              "Pine", "Birch", "Magnolia", "Prairie", "Orchard", "Juniper", "Ridgeway"]
US_SUFFIX = ["Ave", "St", "Drive", "Lane", "Road", "Ct", "Blvd", "Way", "Street", "Avenue",
             "Circle", "Pl"]


def _zip(rng):
    return f"{rng.randint(10000, 99899):05d}"


def address(rng: Random, cc: str = "US") -> dict:
    """Return street/city/region/postcode/country plus one-line and block forms."""
    city, region = rng.choice(CITIES[cc])
    r = rng.randint
    if cc == "US":
        street = f"{r(12, 9899)} {rng.choice(US_STREETS)} {rng.choice(US_SUFFIX)}"
        street += rng.choice(["", "", "", ", Apt 4B", " Unit 12", ", Apt. 207", " #3",
                              ", Apt 11"])
        pc = _zip(rng) + rng.choice(["", "", f"-{r(1000, 9999)}"])
        line2 = f"{city}, {region} {pc}"
    elif cc == "CA":
        street = f"{r(5, 990)} {rng.choice(['Queen St W', 'Elm Grove Rd', 'Bayview Ave', 'Kent St'])}"
        street += rng.choice(["", f", Unit {r(101, 1909)}"])
        pc = f"{rng.choice('KLMNTV')}{r(1, 9)}{rng.choice('ABCEGHJ')} {r(1, 9)}{rng.choice('KLMNPR')}{r(0, 9)}"
        line2 = f"{city}, {region} {pc}"
    elif cc == "GB":
        street = f"{r(1, 220)} {rng.choice(['Kingsway', 'Ashfield', 'Mill', 'Church', 'Station'])} {rng.choice(['Road', 'Close', 'Gardens', 'Lane', 'Street'])}"
        pc = f"{rng.choice(['LS', 'BS', 'M', 'G', 'NR', 'CF'])}{r(1, 20)} {r(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}"
        line2 = f"{city} {pc}"
    elif cc == "DE":
        street = rng.choice([f"{rng.choice(['Linden', 'Garten', 'Schiller', 'Goethe', 'Berg'])}straße {r(1, 140)}",
                             f"Am {rng.choice(['Mühlbach', 'Lindenhof', 'Sportplatz'])} {r(1, 60)}{rng.choice(['', 'a', 'b'])}"])
        pc = f"{r(1067, 99998):05d}"
        line2 = f"{pc} {city}"
    elif cc == "FR":
        street = f"{r(1, 180)}{rng.choice(['', '', ' bis'])} {rng.choice(['rue des Lilas', 'avenue Jean Moulin', 'boulevard Voltaire', 'rue de la République', 'allée des Tilleuls'])}"
        pc = f"{r(10, 95)}{r(0, 9)}{r(0, 9)}0"
        line2 = f"{pc} {city}"
    elif cc == "ES":
        street = f"{rng.choice(['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de Gracia'])} {r(1, 230)}, {r(1, 9)}º {rng.choice('ABCD')}"
        pc = f"{r(1, 52):02d}{r(0, 999):03d}"
        line2 = f"{pc} {city}"
    elif cc == "IT":
        street = f"{rng.choice(['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Europa'])} {r(1, 200)}"
        pc = f"{r(10, 98)}{r(0, 9)}{r(0, 9)}{r(0, 9)}"
        line2 = f"{pc} {city} ({region})"
    elif cc == "BR":
        street = f"{rng.choice(['Rua das Flores', 'Avenida Paulista', 'Rua Augusta', 'Rua XV de Novembro'])}, {r(10, 2500)}{rng.choice(['', f', apto {r(11, 184)}', f', bloco B'])}"
        pc = f"{r(10000, 99999)}-{r(0, 999):03d}"
        line2 = f"{city} - {region}, {pc}"
    elif cc == "PT":
        street = f"{rng.choice(['Rua de Santa Catarina', 'Avenida da Liberdade', 'Rua do Carmo'])} {r(1, 300)}, {r(1, 8)}º {rng.choice(['Esq', 'Dto', 'A'])}"
        pc = f"{r(1000, 4999)}-{r(0, 999):03d}"
        line2 = f"{pc} {city}"
    elif cc == "NL":
        street = f"{rng.choice(['Keizersgracht', 'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Oudegracht'])} {r(1, 400)}{rng.choice(['', '', '-II', 'A'])}"
        pc = f"{r(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRST')}{rng.choice('ABCDEGHJKLMNPRST')}"
        line2 = f"{pc} {city}"
    elif cc == "PL":
        street = f"ul. {rng.choice(['Długa', 'Kwiatowa', 'Mickiewicza', 'Polna', 'Lipowa'])} {r(1, 120)}/{r(1, 40)}"
        pc = f"{r(0, 99):02d}-{r(0, 999):03d}"
        line2 = f"{pc} {city}"
    elif cc == "SE":
        street = f"{rng.choice(['Storgatan', 'Drottninggatan', 'Björkvägen', 'Skolgatan'])} {r(1, 90)}{rng.choice(['', '', ' B', ' lgh 1102'])}"
        pc = f"{r(100, 984)} {r(10, 99)}"
        line2 = f"{pc} {city}"
    elif cc == "TR":
        street = f"{rng.choice(['Atatürk Cad.', 'Cumhuriyet Mah. Gül Sok.', 'İnönü Bulvarı', 'Bağdat Cad.'])} No: {r(1, 250)} D: {r(1, 30)}"
        pc = f"{r(1, 81):02d}{r(0, 999):03d}"
        line2 = f"{pc} {rng.choice(['Kadıköy', 'Çankaya', 'Karşıyaka', 'Nilüfer', 'Merkez'])}/{city}"
    elif cc == "JP":
        street = f"{r(1, 5)}-{r(1, 30)}-{r(1, 20)} {rng.choice(['Jingumae, Shibuya-ku', 'Kita-Aoyama, Minato-ku', 'Nishi-Shinjuku, Shinjuku-ku', 'Umeda, Kita-ku', 'Chuo-ku'])}"
        pc = f"{r(100, 999)}-{r(0, 9999):04d}"
        line2 = f"{city} {pc}"
    elif cc == "MX":
        street = f"{rng.choice(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Juárez', 'Calle Morelos'])} {r(1, 2500)}{rng.choice(['', f', Int. {r(1, 40)}'])}"
        pc = f"{r(1000, 99999):05d}"
        line2 = f"{pc} {city}, {region}"
    else:  # AU
        street = f"{rng.choice(['', f'Unit {r(1, 30)}/'])}{r(1, 300)} {rng.choice(['Smith Street', 'Beach Road', 'Station Street', 'Hill Crescent'])}"
        pc = f"{r(2000, 6999)}"
        line2 = f"{city} {region} {pc}"
    country = COUNTRY_NAME[cc]
    with_country = rng.random() < 0.25
    one = f"{street}, {line2}" + (f", {country}" if with_country else "")
    block = f"{street}\n{line2}" + (f"\n{country}" if with_country else "")
    return {"street": street, "city": city, "region": region, "postcode": pc,
            "country": country, "cc": cc, "line2": line2, "one": one, "block": block}


def city_loc(rng: Random, cc: str = "US") -> str:
    city, region = rng.choice(CITIES[cc])
    if region and cc in ("US", "CA", "AU") and rng.random() < 0.7:
        return f"{city}, {region}"
    if rng.random() < 0.2:
        return f"{city}, {COUNTRY_NAME[cc]}"
    return city


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
US_AREAS = [217, 512, 503, 614, 916, 919, 520, 608, 518, 208, 303, 813, 559, 402, 804, 508,
            312, 415, 704, 971]


def phone(rng: Random, cc: str = "US", intl: bool | None = None) -> str:
    r = rng.randint
    if intl is None:
        intl = rng.random() < 0.35

    def d(n):
        return "".join(str(r(0, 9)) for _ in range(n))
    if cc in ("US", "CA"):
        a, e, l = rng.choice(US_AREAS), r(201, 989), d(4)
        if intl:
            return rng.choice([f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}", f"+1 ({a}) {e}-{l}"])
        return rng.choice([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a} {e} {l}"])
    if cc == "GB":
        return f"+44 {rng.choice(['20', '113', '161', '7700', '7911'])} {d(3)} {d(4)}" if intl else f"07{d(3)} {d(6)}"
    if cc == "DE":
        return rng.choice([f"+49 {rng.choice(['30', '89', '40', '221'])} {d(7)}", f"+49 15{r(1, 9)} {d(8)}"]) if intl else rng.choice([f"0{rng.choice(['30', '89', '341'])} {d(3)} {d(4)}", f"015{r(1, 9)} {d(8)}", f"0176-{d(8)}"])
    if cc == "FR":
        return f"+33 {r(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}" if intl else f"0{r(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}" if rng.random() < 0.7 else f"0{r(6, 7)}.{d(2)}.{d(2)}.{d(2)}.{d(2)}"
    if cc == "ES":
        return f"+34 {r(6, 7)}{d(2)} {d(3)} {d(3)}" if intl else f"{r(6, 9)}{d(2)} {d(2)} {d(2)} {d(2)}"
    if cc == "IT":
        return f"+39 3{d(2)} {d(3)} {d(4)}" if intl else f"3{d(2)} {d(7)}" if rng.random() < 0.5 else f"02 {d(4)} {d(4)}"
    if cc == "BR":
        return f"+55 {r(11, 99)} 9{d(4)}-{d(4)}" if intl else f"({r(11, 99)}) 9{d(4)}-{d(4)}"
    if cc == "PT":
        return f"+351 9{r(1, 6)}{d(1)} {d(3)} {d(3)}" if intl else f"9{r(1, 6)}{d(1)} {d(3)} {d(3)}"
    if cc == "NL":
        return f"+31 6 {d(8)}" if intl else rng.choice([f"06-{d(8)}", f"020 {d(3)} {d(4)}"])
    if cc == "PL":
        return f"+48 {r(5, 8)}{d(2)} {d(3)} {d(3)}" if intl else f"{r(5, 8)}{d(2)}-{d(3)}-{d(3)}"
    if cc == "SE":
        return f"+46 7{r(0, 6)} {d(3)} {d(2)} {d(2)}" if intl else f"07{r(0, 6)}-{d(3)} {d(2)} {d(2)}"
    if cc == "TR":
        return f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}" if intl else f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}" if rng.random() < 0.4 else f"05{d(2)} {d(3)} {d(2)} {d(2)}"
    if cc == "JP":
        return f"+81 {r(70, 90)}-{d(4)}-{d(4)}" if intl else rng.choice([f"0{rng.choice(['90', '80', '70'])}-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}"])
    if cc == "MX":
        return f"+52 {rng.choice(['55', '33', '81'])} {d(4)} {d(4)}" if intl else f"{rng.choice(['55', '33', '81'])} {d(4)} {d(4)}"
    if cc == "AU":
        return f"+61 4{d(2)} {d(3)} {d(3)}" if intl else f"04{d(2)} {d(3)} {d(3)}"
    if cc == "IN":
        return f"+91 {r(70000, 99999)} {d(5)}"
    return f"+1 {r(201, 989)} {r(201, 989)} {d(4)}"


def tollfree(rng: Random) -> str:
    p = rng.choice(["800", "888", "877", "866"])
    return rng.choice([f"1-{p}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                       f"({p}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"])


# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------
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
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}
JOIN = {"en": [" at ", ", "], "de": [" um "], "fr": [" à "], "es": [" a las "],
        "it": [" alle "], "pt": [" às "], "nl": [" om "], "pl": [", "], "sv": [", "],
        "tr": [" saat "], "ja": [" "]}


def rdate(rng: Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 31).toordinal()))


def child_dob(rng):
    return rdate(rng, 2008, 2022)


def adult_dob(rng):
    return rdate(rng, 1962, 1996)


def event_date(rng):
    return rdate(rng, 2023, 2026)


def fdate(d: dt.date, lang: str = "en", rng: Random | None = None, style: int | None = None) -> str:
    m = d.month
    if style is None:
        style = rng.randint(0, 3) if rng else 0
    if lang == "en":
        mon = MONTHS["en"][m - 1]
        return [f"{mon} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
                f"{d.year}-{m:02d}-{d.day:02d}", f"{d.day} {mon[:3]} {d.year}",
                f"{mon[:3]} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year}",
                f"{d.day:02d}-{mon[:3].upper()}-{d.year}"][style % 7]
    if lang == "ja":
        return [f"{d.year}年{m}月{d.day}日", f"{d.year}/{m:02d}/{d.day:02d}"][style % 2]
    mon = MONTHS[lang][m - 1]
    dotted = f"{d.day:02d}.{m:02d}.{d.year}"
    slashed = f"{d.day:02d}/{m:02d}/{d.year}"
    iso = f"{d.year}-{m:02d}-{d.day:02d}"
    forms = {
        "de": [f"{d.day}. {mon} {d.year}", dotted, iso, dotted],
        "fr": [f"{d.day} {mon} {d.year}", slashed, f"{d.day} {mon} {d.year}", slashed],
        "es": [f"{d.day} de {mon} de {d.year}", slashed, f"{d.day}/{m}/{d.year}", slashed],
        "it": [f"{d.day} {mon} {d.year}", slashed, f"{d.day}/{m}/{d.year}", slashed],
        "pt": [f"{d.day} de {mon} de {d.year}", slashed, slashed, f"{d.day:02d}.{m:02d}.{d.year}"],
        "nl": [f"{d.day} {mon} {d.year}", f"{d.day:02d}-{m:02d}-{d.year}", iso, f"{d.day}-{m}-{d.year}"],
        "pl": [f"{d.day} {mon} {d.year}", dotted, iso, dotted],
        "sv": [f"{d.day} {mon} {d.year}", iso, iso, f"{d.day}/{m} {d.year}"],
        "tr": [f"{d.day} {mon} {d.year}", dotted, f"{d.day:02d}/{m:02d}/{d.year}", dotted],
    }
    return forms[lang][style % 4]


def fweekday_date(d: dt.date, lang: str = "en") -> str:
    wd = WEEKDAYS.get(lang, WEEKDAYS["en"])[d.weekday()]
    if lang == "en":
        return f"{wd}, {MONTHS['en'][d.month - 1]} {d.day}"
    if lang == "de":
        return f"{wd}, {d.day}. {MONTHS['de'][d.month - 1]}"
    if lang in ("es", "pt"):
        return f"{wd}, {d.day} de {MONTHS[lang][d.month - 1]}"
    return f"{wd} {d.day} {MONTHS[lang][d.month - 1]}"


def ftime(rng: Random, lang: str = "en", h: int | None = None, mi: int | None = None) -> str:
    h = rng.randint(7, 19) if h is None else h
    mi = rng.choice([0, 0, 15, 30, 45, 10, 50]) if mi is None else mi
    if lang == "en":
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        return rng.choice([f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d} {ap.lower()}",
                           f"{h12}:{mi:02d}{ap.lower()}", f"{h:02d}:{mi:02d}"])
    if lang == "de":
        return rng.choice([f"{h}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"])
    if lang == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])
    if lang == "pt":
        return rng.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])
    if lang == "sv":
        return f"{h:02d}.{mi:02d}"
    if lang == "nl":
        return rng.choice([f"{h}.{mi:02d} uur", f"{h:02d}:{mi:02d}"])
    if lang == "ja":
        return rng.choice([f"{h}時{mi:02d}分", f"{h:02d}:{mi:02d}"])
    return f"{h:02d}:{mi:02d}"


def fdatetime(rng: Random, d: dt.date, lang: str = "en", weekday: bool | None = None,
              h: int | None = None) -> str:
    if weekday is None:
        weekday = rng.random() < 0.3
    ds = fweekday_date(d, lang) if weekday and lang not in ("ja",) else fdate(d, lang, rng)
    return ds + rng.choice(JOIN.get(lang, [", "])) + ftime(rng, lang, h)


# ---------------------------------------------------------------------------
# Identifiers with checksums and id shapes
# ---------------------------------------------------------------------------
def digits(rng: Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def ssn(rng: Random, sep: str = "-") -> str:
    area = rng.randint(1, 899)
    if area == 666:
        area = 667
    return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def bad_ssn(rng: Random) -> str:
    area = rng.choice(["000", "666", f"9{rng.randint(0, 99):02d}"])
    return f"{area}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: Random) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng: Random, sep: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if sep is None:
        sep = rng.choice(["", " ", "-", " "])
    if kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "disc": "6011"}[kind]
    n = _luhn_complete(pre, 16, rng)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def bad_card(rng: Random) -> str:
    n = _luhn_complete("4" + digits(rng, 3), 16, rng)
    n = n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else n


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n",
             "NL": "4a10n", "PL": "8n16n", "GB": "4a6n8n", "PT": "4n4n11n2n",
             "SE": "3n16n1n", "TR": "5n1n16n", "BE": "3n7n2n", "CH": "5n12n"}


def iban_check_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(rng: Random, cc: str = "DE", grouped: bool | None = None) -> str:
    bban = ""
    for n, t in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        for _ in range(int(n)):
            bban += rng.choice(string.ascii_uppercase) if t == "a" else str(rng.randint(0, 9))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = f"{cc}{98 - num % 97:02d}{bban}"
    assert iban_check_ok(s)
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def mrn(rng: Random) -> str:
    return rng.choice([digits(rng, 8), f"{rng.choice('EMKH')}{digits(rng, 7)}", digits(rng, 10),
                       f"{rng.randint(1, 9)}{digits(rng, 6)}"])


def hpn(rng: Random) -> str:
    return rng.choice([
        f"{rng.choice(['XEH', 'YHP', 'ZGA', 'W', 'UHC'])}{digits(rng, 9)}",
        f"{rng.randint(1, 9)}{rng.choice('ACDEFGHJK')}{rng.choice('ACDEFGHJK')}{rng.randint(0, 9)}-{rng.choice('ACDEFGHJK')}{rng.choice('ACDEFGHJK')}{rng.randint(0, 9)}-{rng.choice('ACDEFGHJK')}{rng.choice('ACDEFGHJK')}{digits(rng, 2)}",
        digits(rng, 11), f"M{digits(rng, 8)}{rng.randint(0, 9)}"])


def acct(rng: Random) -> str:
    return rng.choice([digits(rng, 10), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}",
                       f"LA{digits(rng, 6)}", digits(rng, 12), f"FAM-{digits(rng, 6)}"])


def dlic(rng: Random, cc: str = "US") -> str:
    L = string.ascii_uppercase
    if cc == "GB":
        return f"{rng.choice(['MORGA', 'SMITH', 'PATEL', 'JONES'])}{digits(rng, 6)}{rng.choice(L)}{rng.choice(L)}{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}"
    if cc == "DE":
        return f"{rng.choice(L)}{digits(rng, 3)}{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}{rng.randint(1, 9)}{rng.choice(L)}{digits(rng, 2)}"
    return rng.choice([f"{rng.choice(L)}{digits(rng, 7)}", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
                       f"{rng.choice(L)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{rng.randint(0, 9)}",
                       digits(rng, 8), f"{rng.choice(L)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"])


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits


def rstr(rng: Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def rbytes(rng: Random, n: int) -> bytes:
    return bytes(rng.randrange(256) for _ in range(n))


def aws_key(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rstr(rng, 16, string.ascii_uppercase + "234567")


def aws_secret(rng):
    return rstr(rng, 40, ALNUM + "/+")


def gh_token(rng):
    if rng.random() < 0.7:
        return rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rstr(rng, 36)
    return "github_pat_" + rstr(rng, 22, string.ascii_uppercase + string.digits) + "_" + rstr(rng, 59)


def slack_token(rng):
    return f"{rng.choice(['xoxb', 'xoxb', 'xoxp'])}-{digits(rng, 12)}-{digits(rng, 13)}-{rstr(rng, 24)}"


def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + rstr(rng, rng.choice([24, 34, 99]))


def jwt(rng: Random, claims: dict | None = None) -> str:
    alg = rng.choice(["HS256", "RS256", "HS512", "ES256"])
    head = {"alg": alg, "typ": "JWT"}
    if rng.random() < 0.3:
        head["kid"] = rstr(rng, 8, string.hexdigits.lower()[:16])
    iat = rng.randint(1_690_000_000, 1_760_000_000)
    body = claims or {"sub": str(rng.randint(10000, 999999)),
                      "role": rng.choice(["guardian", "teacher", "student", "admin"]),
                      "iss": rng.choice(["sis-auth", "parent-portal", "lms-gateway"]),
                      "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    sig = rbytes(rng, 32 if alg.startswith("HS2") else 64)
    return ".".join([b64url(json.dumps(head, separators=(",", ":")).encode()),
                     b64url(json.dumps(body, separators=(",", ":")).encode()), b64url(sig)])


def pem(rng: Random) -> str:
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    head = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
            "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
    nlines = rng.randint(3, 5) if kind == "EC PRIVATE KEY" else rng.randint(6, 11)
    body = head + base64.b64encode(rbytes(rng, nlines * 48)).decode()
    body = body[:nlines * 64 - rng.randint(0, 40)]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


WORDS = ["Maple", "Tigers", "Falcon", "Recess", "Crayon", "Lunchbox", "Sunny", "Robotics",
         "Panther", "Spelling", "Chalk", "Backpack", "Giraffe", "Orbit", "Harbor"]


def password(rng: Random) -> str:
    style = rng.randint(0, 3)
    if style == 0:
        pw = f"{rng.choice(WORDS)}{rng.choice('!$%*#?+=')}{rng.randint(10, 2026)}"
    elif style == 1:
        pw = rstr(rng, rng.randint(12, 20), ALNUM + "!$%*_-+=^~")
    elif style == 2:
        pw = f"{rng.choice(WORDS).lower()}-{rng.choice(WORDS).lower()}-{rng.randint(10, 99)}"
    else:
        pw = f"{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.randint(1, 99)}!"
    if pw[-1] in "-_.,":
        pw += "7"
    return pw


def generic_secret(rng: Random) -> str:
    return rng.choice([
        "whsec_" + rstr(rng, 32),
        "SG." + rstr(rng, 22, ALNUM + "-_") + "." + rstr(rng, 43, ALNUM + "-_"),
        "AIza" + rstr(rng, 35, ALNUM + "-_"),
        rstr(rng, 32, "0123456789abcdef"),
        "key-" + rstr(rng, 32, "0123456789abcdef"),
        "SK" + rstr(rng, 32, "0123456789abcdef"),
        rstr(rng, 40, ALNUM),
    ])


# ---------------------------------------------------------------------------
# Contact values
# ---------------------------------------------------------------------------
def slug(s: str) -> str:
    import unicodedata
    tr = {"ı": "i", "ş": "s", "ğ": "g", "ł": "l", "ø": "o", "ß": "ss", "İ": "I"}
    s = "".join(tr.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", s.lower())


MAIL_DOMAINS = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
                "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
                "ES": ["hotmail.es", "telefonica.net", "gmail.com"], "IT": ["libero.it", "virgilio.it"],
                "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "PT": ["sapo.pt"], "NL": ["ziggo.nl", "kpnmail.nl"],
                "PL": ["wp.pl", "onet.pl", "o2.pl"], "SE": ["telia.com", "bredband.net"], "TR": ["yandex.com.tr", "hotmail.com"],
                "JP": ["docomo.ne.jp", "yahoo.co.jp"], "MX": ["prodigy.net.mx", "hotmail.com"]}


def email(rng: Random, name: str, cc: str = "US", domain: str | None = None) -> str:
    parts = [slug(p) for p in re.split(r"[ ,]+", name) if slug(p)]
    if not parts:
        parts = ["parent"]
    f, l = parts[0], parts[-1]
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}"])
    return f"{local}@{domain or rng.choice(MAIL_DOMAINS.get(cc, MAIL_DOMAINS['US']))}"


def ipv4(rng: Random, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.4
    if private:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    return f"{rng.choice([23, 34, 45, 52, 64, 71, 98, 104, 142, 151, 173, 184, 203, 66])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ipv6(rng: Random) -> str:
    return str(ipaddress.IPv6Address(rng.choice([0x2001_0db8, 0x2600_1700, 0x2a02_8108]) << 96 | rng.getrandbits(64)))


def ip(rng: Random) -> str:
    return ipv6(rng) if rng.random() < 0.15 else ipv4(rng)


# ---------------------------------------------------------------------------
# Hard-negative generators
# ---------------------------------------------------------------------------
def uuid(rng):
    h = rstr(rng, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(rng, n=40):
    return rstr(rng, n, "0123456789abcdef")


def version(rng):
    return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def log_ts(rng, d=None):
    d = d or event_date(rng)
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"


def amount(rng, cur="$", hi=480):
    v = f"{rng.randint(1, hi)}.{rng.choice(['00', '50', '25', '75', '95', '10'])}"
    return f"{cur}{v}" if cur in "$£" else f"{v.replace('.', ',')} {cur}"


def order_no(rng, pre=None):
    return f"{pre or rng.choice(['ORD', 'INV', 'PO', 'TKT', 'REQ'])}-{rng.randint(2023, 2026)}-{digits(rng, 6)}"


ICD = ["F90.0", "F84.0", "F81.0", "H66.90", "J45.909", "Z23", "R51.9", "F41.1", "E10.9", "Z00.129"]
CPT = ["92507", "97530", "90707", "90700", "96112", "99393", "90633"]
DRUGS = ["Adderall XR 10 mg", "Albuterol HFA inhaler", "EpiPen Jr 0.15 mg", "Ritalin 5 mg",
         "Cetirizine 5 mg", "Ibuprofen 200 mg", "Focalin XR", "Insulin lispro (Humalog)"]
VACCINES = ["DTaP", "IPV", "MMR", "Varicella", "Hep B", "Hep A", "Tdap", "MenACWY", "HPV", "Influenza"]
BRANDS = ["Chromebook", "Google Classroom", "Seesaw", "Canvas", "PowerSchool", "ClassDojo",
          "Kahoot!", "Lunch Lady Brand tacos", "Ben & Jerry's", "Dr. Seuss books", "Crayola"]
PETS = ["Biscuit", "Mr. Whiskers", "Nugget", "Peanut", "Sir Hops-a-Lot"]
SCHOOLS = ["Lincoln Elementary School", "Roosevelt Middle School", "Jefferson High School",
           "Cedar Ridge Elementary", "Maple Grove Primary", "Riverside Academy",
           "Oak Hollow Middle School", "Cesar Chavez Elementary", "Little Acorns Early Learning",
           "Bright Steps Childcare Center"]
SCHOOL_DOMAINS = ["cedarridgeusd.org", "maplegrove.k12.us", "riversideacademy.org",
                  "oakhollowschools.net", "brightsteps-childcare.com", "lincoln-elem.org"]


def staff_email(rng: Random, name: str, domain: str | None = None) -> str:
    return email(rng, name, domain=domain or rng.choice(SCHOOL_DOMAINS))


def honor(rng: Random, lang: str = "en") -> str:
    return rng.choice({"en": ["Ms. ", "Mr. ", "Mrs. ", "Dr. ", "Mx. "], "de": ["Frau ", "Herr "],
                       "fr": ["Mme ", "M. "], "es": ["Sra. ", "Sr. "], "it": ["Sig.ra ", "Dott. "],
                       "pt": ["Sra. ", "Sr. "], "nl": ["mevrouw ", "meneer "], "pl": ["Pani ", "Pan "],
                       "tr": ["Sayın "], "sv": [""], "ja": [""]}[lang])


# ---------------------------------------------------------------------------
# Document kinds (English, entity-bearing)
# ---------------------------------------------------------------------------
def k_enrolment_form(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    a = address(rng, "US")
    sep = rng.choice([": ", " - ", ":\t", " | "])
    b(rng.choice(["STUDENT ENROLLMENT FORM", "New Student Registration", "ENROLMENT / RE-ENROLMENT"]),
      " - ", rng.choice(SCHOOLS), "\nSchool year 2025-26    Form ", order_no(rng, "ENR"), "\n\n")
    b("Student legal name", sep, (person(rng, cul, "lastfirst", sur) if rng.random() < 0.3 else child, P), "\n")
    b(rng.choice(["Date of birth", "DOB", "Birthdate"]), sep, (fdate(child_dob(rng), "en", rng), DOB), "\n")
    b("Grade entering", sep, rng.choice(["K", "1", "3", "6", "9", "TK"]), "\n")
    if rng.random() < 0.5:
        b("Home address", sep, (a["one"], ADDR), "\n")
    else:
        b("Street", sep, (a["street"], ADDR), "\nCity", sep, (a["city"], LOC), "   State", sep,
          (a["region"], LOC), "   ZIP", sep, a["postcode"], "\n")
    b("Place of birth", sep, (city_loc(rng, rng.choice(["US", "MX", "CA"])), LOC), "\n")
    if rng.random() < 0.4:
        b("Country of birth", sep, (rng.choice(COUNTRIES_EN), LOC), "    Date entered US school", sep,
          (fdate(event_date(rng), "en", rng), DT), "\n")
    b("Previous school", sep, rng.choice(SCHOOLS), " (", (city_loc(rng, "US"), LOC), ")\n")
    b("\nParent/Guardian 1", sep, (par, P), " (", rng.choice(["mother", "father", "guardian"]), ")\n")
    b("  Cell", sep, (phone(rng, "US"), PH), "    Work", sep, (phone(rng, "US"), PH),
      rng.choice(["", " ext. 214", " x31"]), "\n")
    b("  Email", sep, (email(rng, par), EM), "\n")
    b("Home language", sep, rng.choice(["Spanish", "English", "Vietnamese", "Arabic", "Somali"]), "\n")
    b("Custody documents on file", sep, rng.choice(["Y", "N"]), "\n")
    b("\nSigned: ", (par, P), "    Date: ", (fdate(event_date(rng), "en", rng), DT), "\n")
    return b


def k_immunization_record(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    dob = child_dob(rng)
    b("CERTIFICATE OF IMMUNIZATION - School Health Office\n", rng.choice(SCHOOLS), "\n\n")
    b("Student: ", (child, P), "    DOB: ", (fdate(dob, "en", rng, 1), DOB), "    MRN: ", (mrn(rng), MRN), "\n")
    b("Parent/guardian: ", (par, P), "\n\n")
    b(f"{'Vaccine':<12}{'Dose':<6}{'Date given':<14}Lot\n")
    for v in rng.sample(VACCINES, rng.randint(3, 6)):
        for dose in range(1, rng.randint(2, 3)):
            d = dob + dt.timedelta(days=rng.randint(60, max(61, min(3000, (dt.date(2025, 9, 1) - dob).days))))
            ds = fdate(d, "en", None, 1)
            b(f"{v:<12}{dose:<6}", (ds, DT), " " * (14 - len(ds)), rstr(rng, 6, string.ascii_uppercase + string.digits), "\n")
    doc = person(rng, rng.choice(US_MIX), "full")
    b("\nVerified by: Dr. ", (doc, P), ", Valley Pediatrics  Tel ", (phone(rng, "US"), PH), "\n")
    b("Exemption on file: none.  Next due: Tdap at age 11 (", rng.choice(["see CDC schedule", "per state rule"]), ")\n")
    return b


def k_report_card(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    first = first_of(child)
    teacher = person(rng, None, "full")
    b("PROGRESS REPORT - Quarter ", str(rng.randint(1, 4)), " - Grade ", str(rng.randint(1, 8)), "\n")
    hon = honor(rng)
    b("Student: ", (child.upper() if rng.random() < 0.3 else child, P), "\nTeacher: ", hon,
      (teacher, P), "\nReport date: ", (fdate(event_date(rng), "en", rng), DT), "\n\n")
    for subj in rng.sample(["Reading", "Writing", "Mathematics", "Science", "Social Studies", "Art",
                            "Physical Education", "Music"], 5):
        b(f"{subj:<20}{rng.choice(['4', '3', '3', '2', 'M', 'P', 'B+', 'A-'])}\n")
    b("\nAbsences: ", str(rng.randint(0, 9)), "   Tardies: ", str(rng.randint(0, 5)), "\n\nComments: ",
      (first, P), rng.choice([" has grown so much as a reader this term", " works hard in math and helps classmates",
                               " needs to practise multiplication facts at home"]),
      ". Please review the ", rng.choice(BRANDS[:6]), " assignments together.\n")
    b("Conference: ", (fdatetime(rng, event_date(rng)), DT), " with ", hon, (sur_of(teacher), P), ".\n")
    return b


def k_parent_email(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    teacher = person(rng, None, "full")
    while sur_of(teacher) == sur:
        teacher = person(rng, None, "full")
    tmail, pmail = staff_email(rng, teacher), email(rng, par)
    d = event_date(rng)
    hon = honor(rng)
    b("From: ", (par, P), " <", (pmail, EM), ">\nTo: \"", hon, (teacher, P), "\" <", (tmail, EM), ">\n")
    b("Date: ", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()], f", {d.day} ",
      MONTHS["en"][d.month - 1][:3], f" {d.year} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} -0{rng.randint(4, 8)}00\n")
    b("Subject: ", rng.choice(["Absence", "Re: field trip", "Question about homework", "Early pickup"]), "\n\n")
    b("Hi ", hon, (sur_of(teacher), P), ",\n\n", (first_of(child), P),
      " will be out ", rng.choice(["on ", "early on "]), (fdatetime(rng, d + dt.timedelta(days=rng.randint(1, 9))), DT),
      " for a dentist appointment. ", rng.choice(["My partner", "Grandpa", "Our nanny", "My sister"]), " ",
      (given(rng, cul), P), " will pick up from the front office.\n")
    b("If anything comes up you can reach me at ", (phone(rng, "US"), PH), rng.choice([" (cell).", ". Thanks!"]), "\n\n")
    b(rng.choice(["Thanks,\n", "Best,\n", "-- \n"]), (first_of(par) if rng.random() < 0.5 else par, P), "\n")
    b("\n> Reminder: Order ", order_no(rng, "YB"), " for the yearbook ships in 6-8 weeks.\n")
    return b


def k_bus_roster(rng):
    b = B()
    sep = rng.choice([",", ";", "\t"])
    b(sep.join(["route", "stop", "stop_address", "am_pickup", "student", "grade", "guardian_phone"]), "\n")
    route = rng.randint(1, 48)
    for _ in range(rng.randint(4, 8)):
        a = address(rng, "US")
        st = a["street"]
        q = '"' if sep in st else ""
        nm = person(rng, None, rng.choice(["full", "lastfirst"]))
        qn = '"' if sep in nm else ""
        b(f"{route}{sep}S-{rng.randint(1, 60):03d}{sep}", q, (st, ADDR), q, sep,
          (f"0{rng.randint(6, 7)}:{rng.randint(0, 59):02d}", DT), sep, qn, (nm, P), qn, sep,
          rng.choice(["K", "1", "2", "4", "5"]), sep, (phone(rng, "US"), PH), "\n")
    b("# driver badge 4471; bus plate ", rng.choice(["TX", "IL", "OR"]), "-", rstr(rng, 6, string.ascii_uppercase + string.digits),
      "; run time 42 min\n")
    return b


def k_cafeteria_accounts(rng):
    b = B()
    sep = rng.choice(["\t", ",", "|"])
    b(sep.join(["account_no", "student", "grade", "balance", "last_deposit", "auto_reload", "status"]), "\n")
    for _ in range(rng.randint(4, 8)):
        nm = person(rng, None, rng.choice(["full", "lastfirst", "caps"]))
        q = '"' if sep in nm else ""
        b((acct(rng), ACCT), sep, q, (nm, P), q, sep, str(rng.randint(0, 12)), sep, amount(rng), sep,
          (fdate(event_date(rng), "en", None, 2), DT), sep, f"**** {rng.randint(1000, 9999)}", sep,
          rng.choice(["active", "low balance", "free", "reduced"]), "\n")
    b("-- export ", uuid(rng), " rows=", str(rng.randint(400, 2200)), "\n")
    return b


def k_card_update_ticket(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    b("Food Services Help Desk - Ticket #", digits(rng, 6), "\nCategory: Meal account / payments\n\n")
    b("Hello, I'm trying to add money to my son's lunch account (account ", (acct(rng), ACCT),
      ", student ", (child, P), ") but the website keeps failing.\n")
    b("Can you charge this card instead: ", (card(rng), CC), " exp ",
      (f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", DT), " - amount ", amount(rng), ".\n")
    b("Billing zip ", _zip(rng), ". My number is ", (phone(rng, "US"), PH), ".\n\nThanks, ", (par, P), "\n\n")
    b("--- agent note (", rng.choice(["kw", "dlr", "tmb"]), "): card number redacted from payment system; called parent at ",
      (ftime(rng), DT), ", payment ", order_no(rng, "PAY"), " processed.\n")
    return b


def k_lms_export_json(rng):
    b = B()
    dom = rng.choice(SCHOOL_DOMAINS)
    studs = []
    for _ in range(rng.randint(2, 4)):
        c, p, s, cul = child_and_parent(rng)
        studs.append({"id": uuid(rng), "sis_user_id": f"{rng.randint(2030, 2037)}{digits(rng, 5)}",
                      "sortable_name": Lab(f"{s}, {first_of(c)}", P),
                      "login_email": Lab(email(rng, c, domain="students." + dom), EM),
                      "guardian": {"name": Lab(p, P), "email": Lab(email(rng, p), EM)},
                      "last_activity_epoch": rng.randint(1_700_000_000, 1_760_000_000),
                      "current_grade": rng.choice(["A", "B+", "C", "92.4%", None])})
    obj = {"export_version": version(rng), "course": {"id": rng.randint(1000, 9999),
                                                       "name": rng.choice(["Grade 7 Science", "Algebra I", "ELA 4B"]),
                                                       "teacher": Lab(person(rng, None, "full"), P)},
           "students": studs}
    jdump(b, obj, indent=rng.choice([2, 4]), compact=rng.random() < 0.2)
    b.add("\n")
    return b


def k_lms_api_log(rng):
    b = B()
    d = event_date(rng)
    for _ in range(rng.randint(4, 7)):
        ts = f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
        path = rng.choice(["/api/v1/courses/%d/students?include[]=email" % rng.randint(1000, 9999),
                           "/api/v1/users/self/observees", "/login/oauth2/token",
                           "/api/v1/submissions/%d" % rng.randint(10000, 99999)])
        b((ip(rng), IP), f" - - [{ts}] \"{rng.choice(['GET', 'POST'])} {path} HTTP/1.1\" {rng.choice([200, 200, 401, 302])} {rng.randint(200, 9000)}\n")
    b(f"{log_ts(rng, d)} WARN  auth.guard request_id={uuid(rng)} user=", (email(rng, person(rng, None, 'full')), EM),
      " token_expired=true\n")
    b(f"{log_ts(rng, d)} DEBUG http.client > Authorization: Bearer ", (jwt(rng), JWT_), "\n")
    b(f"{log_ts(rng, d)} INFO  deploy build={sha(rng, 12)} version={version(rng)}\n")
    return b


def k_iep_note(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    cm, slp = person(rng, None, "full"), person(rng, None, "full")
    b("CONFIDENTIAL - Individualized Education Program (IEP) - ", rng.choice(["Annual Review", "Initial", "Amendment"]), "\n\n")
    b("Student: ", (child, P), "    DOB: ", (fdate(child_dob(rng), "en", rng), DOB), "    Grade: ",
      str(rng.randint(1, 10)), "\n")
    b("Primary disability: ", rng.choice(["Specific Learning Disability (F81.0)", "Autism (F84.0)",
                                          "Other Health Impairment - ADHD (F90.0)", "Speech/Language Impairment"]), "\n")
    b("Meeting date: ", (fdate(event_date(rng), "en", rng), DT), "    Case manager: ", honor(rng), (cm, P), "\n")
    b("Participants: ", (par, P), " (parent), ", (slp, P), " (SLP), ", (person(rng, None, "full"), P),
      " (gen ed teacher)\n\n")
    b("Services: speech-language therapy 30 min x 2/week (CPT 92507); OT consult 60 min/month (97530)\n")
    b("Accommodations: extended time 1.5x, preferential seating, breaks every 20 minutes.\n")
    if rng.random() < 0.6:
        b("Medicaid ID for school-based billing: ", (hpn(rng), HPN), "\n")
    b("Parent concerns: ", (first_of(child), P), " gets overwhelmed during transitions; uses ",
      rng.choice(DRUGS), " at home.\n")
    b("Next annual review due by ", (fdate(event_date(rng), "en", rng), DT), ".\n")
    return b


def k_afterschool_signup(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    emer = person(rng, None, "full")
    club = rng.choice(["Robotics Club", "Chess Club", "Junior Chefs", "Soccer Skills", "Art Studio", "Coding with Scratch"])
    b("New form submission: After-School ", club, " (Spring session)\nSubmission ID: ", uuid(rng), "\n\n")
    b("Child's name: ", (child, P), "\nAge: ", str(rng.randint(6, 12)), "\nParent/guardian name: ", (par, P), "\n")
    b("Phone: ", (phone(rng, "US"), PH), "\nEmail: ", (email(rng, par), EM), "\n")
    b("Emergency contact: ", (emer, P), " - ", (phone(rng, "US"), PH), "\n")
    b("Allergies / medical: ", rng.choice(["peanuts, carries EpiPen Jr 0.15 mg", "none", "asthma - Albuterol HFA inhaler",
                                            "lactose intolerant"]), "\n")
    b("Days: Tuesdays and Thursdays, pickup by ", (ftime(rng, "en", rng.choice([17, 18]), rng.choice([0, 15, 30])), DT), "\n")
    b("First session: ", (fdate(event_date(rng), "en", rng), DT), "\n")
    if rng.random() < 0.3:
        b("Notes to staff: card didn't go through online, please charge ", (card(rng), CC), " exp ",
          (f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}", DT), "\n")
    b("Photo release: yes\nPayment: Visa ending ", str(rng.randint(1000, 9999)), ", total ", amount(rng),
      " (transaction ", order_no(rng, "TXN"), ")\n")
    b("Submitted from IP: ", (ip(rng), IP), "\n")
    return b


def k_absence_voicemail(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    teacher_s = surname(rng, rng.choice(US_MIX))
    t = 0
    b("Attendance line - voicemail transcript (auto-generated)\nMailbox 2 | duration 0:", str(rng.randint(31, 59)), "\n\n")

    def ts():
        nonlocal t
        t += rng.randint(4, 9)
        return f"[00:00:{t:02d}] "
    b(ts(), "Hi, this is ", (par, P), ", ", rng.choice(["mom", "dad", "grandma"]), " of ", (child, P), " in ",
      honor(rng), (teacher_s, P), "'s ", rng.choice(["second-grade", "fourth-grade", "kindergarten"]), " class.\n")
    b(ts(), rng.choice(["She", "He"]), " has a fever so won't be in today, and probably not tomorrow either.\n")
    b(ts(), "We have a doctor's appointment ", (fdatetime(rng, event_date(rng)), DT), ".\n")
    b(ts(), "You can call me back at ", (phone(rng, "US"), PH), rng.choice([".", ", or my husband at "]))
    if b.parts[-1].startswith(", or"):
        b((phone(rng, "US"), PH), ".")
    b(" Thank you, bye.\n")
    return b


def k_sis_config_yaml(rng):
    b = B()
    pw = password(rng)
    host = ipv4(rng, True)
    b("# sis-sync connector config (", rng.choice(SCHOOLS), ")\n# generated by installer v", version(rng), "\n")
    b("database:\n  host: ", (host, IP), "\n  port: 5432\n  user: sis_sync\n  password: ", (pw, PW), "\n")
    b("  dsn: postgresql://sis_sync:", (pw, PW), "@db01.internal:5432/sis\n")
    b("aws:\n  access_key_id: ", (aws_key(rng), AKID), "\n  secret_access_key: ", (aws_secret(rng), ASK),
      "\n  region: us-west-2\n  bucket: sis-nightly-exports\n")
    b("smtp:\n  host: smtp.sendgrid.net\n  username: apikey\n  api_key: ", (generic_secret(rng), SEC), "\n")
    b("notify:\n  admin_email: ", (staff_email(rng, person(rng, None, "full")), EM), "\n  on_failure: true\n")
    b("schedule: \"0 2 * * *\"   # nightly\nretention_days: 30\n")
    return b


def k_dotenv_portal(rng):
    b = B()
    dom = rng.choice(SCHOOL_DOMAINS)
    pw = password(rng)
    b("# .env.production - parent portal\nAPP_ENV=production\nAPP_URL=", (f"https://parents.{dom}", URL), "\n")
    b("DATABASE_URL=mysql://portal:", (pw, PW), "@", (ipv4(rng, True), IP), ":3306/portal\n")
    lines = [("STRIPE_SECRET_KEY=", stripe_key(rng), STR), ("STRIPE_WEBHOOK_SECRET=", "whsec_" + rstr(rng, 32), SEC),
             ("SLACK_BOT_TOKEN=", slack_token(rng), SLK), ("GITHUB_TOKEN=", gh_token(rng), GH),
             ("JWT_SIGNING_KEY=", rstr(rng, 64, "0123456789abcdef"), SEC)]
    rng.shuffle(lines)
    for k, v, t in lines[:rng.randint(3, 5)]:
        b(k, (v, t), "\n")
    b("SENTRY_DSN=${SENTRY_DSN}\nMAIL_FROM=", (f"noreply@{dom}", EM), "\nSESSION_LIFETIME=120\nFEATURE_FLAGS=lunch_v2,conference_booking\n")
    return b


def k_github_actions(rng):
    b = B()
    b("name: deploy-lunch-app\non:\n  push:\n    branches: [main]\n\nenv:\n  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n")
    b("  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n  NODE_VERSION: \"", version(rng), "\"\n\n")
    b("jobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@", sha(rng), "\n")
    b("      - run: npm ci && npm run build\n      - name: notify staff channel\n        env:\n")
    choice = rng.randint(0, 2)
    if choice == 0:
        b("          SLACK_TOKEN: ", (slack_token(rng), SLK), "   # TODO move to secrets\n")
    elif choice == 1:
        b("          GH_PAT: ", (gh_token(rng), GH), "\n")
    else:
        b("          STRIPE_KEY: ", (stripe_key(rng), STR), "\n")
    b("        run: ./scripts/notify.sh \"lunch-app ${{ github.sha }} deployed\"\n")
    return b


def k_k8s_secret(rng):
    b = B()
    b("apiVersion: v1\nkind: Secret\nmetadata:\n  name: gradebook-api\n  namespace: lms-prod\n")
    b("  uid: ", uuid(rng), "\ntype: Opaque\ndata:\n")
    items = [("DB_PASSWORD", password(rng), PW), ("SMTP_PASSWORD", password(rng), PW),
             ("STRIPE_API_KEY", stripe_key(rng), SEC), ("OAUTH_CLIENT_SECRET", generic_secret(rng), SEC),
             ("REDIS_URL", f"redis://cache.lms-prod.svc:6379/{rng.randint(0, 5)}", SEC)]
    rng.shuffle(items)
    for k, v, t in items[:rng.randint(2, 4)]:
        b(f"  {k}: ", (base64.b64encode(v.encode()).decode(), t), "\n")
    return b


def k_helpdesk_ticket(rng):
    b = B()
    t = person(rng, None, "full")
    child = person(rng, None, "full")
    b("Ticket INC", digits(rng, 7), " | Priority: P", str(rng.randint(2, 4)), " | Category: Student device\n")
    b("Requester: ", (t, P), " <", (staff_email(rng, t), EM), "> - Room ", str(rng.randint(101, 240)), "\n\n")
    b("Description:\n", (first_of(child) + " " + sur_of(child), P), "'s Chromebook (asset CR-", digits(rng, 4), ", serial 5CD",
      rstr(rng, 7, string.ascii_uppercase + string.digits), ") can't load ", rng.choice(BRANDS[:6]), ".\n")
    b("Shows IP ", (ipv4(rng, True), IP), " and gateway ", (ipv4(rng, True), IP), ". Content filter blocks ",
      (f"https://www.{rng.choice(['pbskids.org', 'khanacademy.org', 'ixl.com'])}/{rng.choice(['math', 'games', 'signin'])}", URL), ".\n")
    b("Tried: powerwash, OS ", version(rng), ", re-enrolled.\n\nWork notes:\n- tech ", rng.choice(["jlee", "mgarcia2", "it.tomas"]),
      ": replaced under warranty case ", order_no(rng, "CASE"), "\n")
    return b


def k_staff_chat(rng):
    b = B()
    names = [person(rng, None, "full") for _ in range(3)]
    kid = person(rng, None, "full")
    b("#", rng.choice(["3rd-grade-team", "kinder-teachers", "front-office"]), " - exported\n\n")
    h, m = rng.randint(7, 15), rng.randint(0, 40)
    msgs = [
        [f"heads up, ", (first_of(kid), P), "'s grandma is picking up today, she's on the card"],
        ["can someone cover my duty ", (fdatetime(rng, event_date(rng), "en", False), DT), "?"],
        ["parent called from ", (phone(rng, "US"), PH), ", asked for a call back re: bus 14"],
        ["reminder: IEP for ", (kid, P), " moved to ", (fdate(event_date(rng), "en", rng), DT)],
        ["the sub login is on the sticky note, NOT posting it here lol"],
    ]
    rng.shuffle(msgs)
    for msg in msgs[:4]:
        m += rng.randint(1, 6)
        who = rng.choice(names)
        b(f"[{h:02d}:{m:02d}] ", (who, P), ": ", *msg, "\n")
    return b


def k_sms_log(rng):
    b = B()
    sep = rng.choice([",", ";"])
    b(sep.join(["sent_at", "to", "status", "body"]), "\n")
    for _ in range(rng.randint(3, 5)):
        d = event_date(rng)
        nm = first_of(person(rng, None, "full"))
        body = rng.choice([
            [f"\"Cedar Ridge: ", (nm, P), " was marked absent ", (fdate(d, "en", rng, 4), DT), ". Reply 1 to excuse.\""],
            [f"\"Picture day is ", (fweekday_date(d), DT), ". Retakes ", (fdate(d + dt.timedelta(days=21), "en", rng, 4), DT), ".\""],
            ["\"Early release ", (fdatetime(rng, d, "en", False, 12), DT), ". Reply STOP to opt out.\""],
            [f"\"Lunch balance low for ", (nm, P), ": ", amount(rng, "$", 4), ". Pay at ",
             (f"https://{rng.choice(['myschoolbucks.com', 'linqconnect.com'])}/pay", URL), "\""],
        ])
        b(log_ts(rng, d), sep, (phone(rng, "US", True), PH), sep, rng.choice(["delivered", "delivered", "failed"]), sep, *body, "\n")
    return b


def k_field_trip_slip(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    d = event_date(rng)
    b("PERMISSION SLIP - Grade ", str(rng.randint(2, 8)), " field trip to the ",
      rng.choice(["Museum of Science", "City Zoo", "Planetarium", "State Capitol"]), ", ", (city_loc(rng, "US"), LOC), "\n\n")
    b("Date of trip: ", (fweekday_date(d) + f", {d.year}", DT), "\nBus departs: ", (ftime(rng, "en", 8, 30), DT),
      "   Returns: ", (ftime(rng, "en", 14, 45), DT), "\nCost: ", amount(rng), " (scholarships available)\n\n")
    b("I give permission for ", (child, P), " to attend.\n")
    b("Parent/guardian signature: ", (par, P), "    Date: ", (fdate(d - dt.timedelta(days=rng.randint(3, 20)), "en", rng), DT), "\n")
    b("Emergency phone: ", (phone(rng, "US"), PH), "\n")
    b("Health insurance: ", rng.choice(["Blue Cross Blue Shield", "Aetna", "Kaiser Permanente", "Medicaid"]),
      "   Member ID: ", (hpn(rng), HPN), "   Group #: ", digits(rng, 6), "\n")
    b("Medications / allergies: ", rng.choice(["none", "bee stings - EpiPen Jr 0.15 mg", "Cetirizine 5 mg daily"]), "\n")
    b("Chaperone volunteer? ", rng.choice(["Yes - ", "No"]))
    if b.parts[-1] == "Yes - ":
        b((person(rng, cul, "full"), P))
    b("\n")
    return b


def k_nurse_log(rng):
    b = B()
    d = event_date(rng)
    b("NURSE OFFICE VISIT LOG - ", rng.choice(SCHOOLS), " - ", (fdate(d, "en", rng), DT), "\n")
    b("Time  | Student                 | Gr | Complaint        | Action / parent contact\n")
    h = 8
    for _ in range(rng.randint(3, 6)):
        h += rng.randint(0, 1)
        nm = person(rng, None, rng.choice(["full", "lastfirst"]))
        b(f"{h:02d}:{rng.randint(0, 59):02d} | ", (nm, P), " " * max(1, 24 - len(nm)), "| ",
          f"{rng.randint(0, 8):<3}| ", f"{rng.choice(['headache', 'stomach ache', 'scraped knee', 'fever 100.9F', 'asthma'])[:16]:<17}| ")
        act = rng.randint(0, 2)
        if act == 0:
            b(rng.choice(DRUGS), " per standing order; back to class\n")
        elif act == 1:
            b("sent home; called ", rng.choice(["mom", "dad", "guardian"]), " ", (person(rng, None, "given"), P), " at ",
              (phone(rng, "US"), PH), "\n")
        else:
            b("ice pack, rest 15 min\n")
    b("RN initials: ", rng.choice(["KB", "MRT", "JS"]), "   Log ID ", uuid(rng)[:8], "\n")
    return b


def k_med_authorization(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    doc = person(rng, None, "full")
    b("MEDICATION AUTHORIZATION FORM - School Year 2025-2026\n(Part A - Parent)  (Part B - Licensed Prescriber)\n\n")
    b("Student name: ", (child, P), "\nDate of birth: ", (fdate(child_dob(rng), "en", rng), DOB), "\nSchool: ",
      rng.choice(SCHOOLS), "\n\n")
    b("Medication: ", rng.choice(DRUGS), "\nDose/route: 1 tab by mouth\nTime to be given at school: ",
      (ftime(rng, "en", 12, rng.choice([0, 15, 30])), DT), "\n")
    b("Start date: ", (fdate(event_date(rng), "en", rng), DT), "    End date: ", (fdate(event_date(rng), "en", rng), DT), "\n")
    b("Diagnosis: ", rng.choice(ICD), "\n\nPrescriber: Dr. ", (doc, P), rng.choice([", MD", ", DO", " (PNP)"]), "\nNPI: ",
      "1" + digits(rng, 9), "\nPhone: ", (phone(rng, "US"), PH), "    Fax: ", (phone(rng, "US"), PH), "\n")
    b("\nParent/guardian: ", (par, P), "    Phone: ", (phone(rng, "US"), PH), "\n")
    return b


def hl7_name(rng, cul=None):
    cul = cul or rng.choice(US_MIX)
    return f"{slug(surname(rng, cul)).upper()}^{slug(given(rng, cul)).upper()}^{rng.choice('ABCDEJLMR')}"


def k_hl7_vxu(rng):
    b = B()
    a = address(rng, "US")
    dob = child_dob(rng)
    ts = log_ts(rng).replace("-", "").replace(":", "").replace("T", "")[:14]
    b("MSH|^~\\&|SCHOOLNURSE|", rng.choice(["CRUSD", "MGPS", "RVA"]), "|IIS|STATEDOH|", ts, "||VXU^V04^VXU_V04|",
      f"MSG{digits(rng, 6)}", "|P|2.5.1\r\n")
    xad = f"{a['street'].upper()}^^{a['city'].upper()}^{a['region']}^{a['postcode'][:5]}^USA"
    tel = f"({rng.choice(US_AREAS)}){rng.randint(201, 989)}-{digits(rng, 4)}"
    b("PID|1||", (mrn(rng), MRN), "^^^CRUSD^MR||", (hl7_name(rng), P), "||", (dob.strftime("%Y%m%d"), DOB), "|",
      rng.choice("MF"), "||2106-3|", (xad, ADDR), "||", (tel, PH), "^PRN^PH\r\n")
    b("NK1|1|", (hl7_name(rng), P), "|MTH^Mother^HL70063||", (f"({rng.choice(US_AREAS)}){rng.randint(201, 989)}-{digits(rng, 4)}", PH),
      "^PRN^PH\r\n")
    for cvx, nm in rng.sample([("03", "MMR"), ("20", "DTaP"), ("10", "IPV"), ("21", "Varicella"), ("115", "Tdap")], 2):
        ad = dob + dt.timedelta(days=rng.randint(300, 4000))
        b("ORC|RE||", digits(rng, 9), "\r\nRXA|0|1|", (ad.strftime("%Y%m%d"), DT), "||", cvx, "^", nm, "^CVX|0.5|mL||00^New immunization record^NIP001||||||",
          rstr(rng, 7, string.ascii_uppercase + string.digits), "||", rng.choice(["MSD^Merck", "SKB^GlaxoSmithKline", "PMC^sanofi"]), "^MVX|||CP|A\r\n")
    return b


def k_fhir_immunization(rng):
    b = B()
    cul = rng.choice(US_MIX)
    a = address(rng, "US")
    pid = uuid(rng)
    patient = {"resourceType": "Patient", "id": pid,
               "meta": {"lastUpdated": log_ts(rng)},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4242", "value": Lab(mrn(rng), MRN)}],
               "name": [{"family": Lab(surname(rng, cul), P), "given": [Lab(given(rng, cul), P)]}],
               "birthDate": Lab(child_dob(rng).isoformat(), DOB),
               "telecom": [{"system": "phone", "value": Lab(phone(rng, "US"), PH), "use": "home"}],
               "address": [{"line": [Lab(a["street"], ADDR)], "city": Lab(a["city"], LOC),
                            "state": Lab(a["region"], LOC), "postalCode": a["postcode"], "country": "US"}]}
    imm = {"resourceType": "Immunization", "id": uuid(rng), "status": "completed",
           "vaccineCode": {"coding": [{"system": Lab("http://hl7.org/fhir/sid/cvx", URL), "code": rng.choice(["03", "20", "115", "141"])}]},
           "patient": {"reference": f"Patient/{pid}"},
           "occurrenceDateTime": Lab(f"{event_date(rng).isoformat()}T{rng.randint(8, 16):02d}:{rng.choice(['00', '15', '30'])}:00-05:00", DT),
           "lotNumber": rstr(rng, 6, string.ascii_uppercase + string.digits),
           "performer": [{"actor": {"display": Lab(person(rng, None, "full"), P)}}]}
    jdump(b, {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": patient}, {"resource": imm}]}, indent=2)
    b.add("\n")
    return b


def k_vcard(rng):
    b = B()
    for _ in range(rng.randint(1, 2)):
        cul = rng.choice(US_MIX)
        g, s = given(rng, cul), surname(rng, cul)
        a = address(rng, rng.choice(["US", "US", "CA"]))
        b("BEGIN:VCARD\r\nVERSION:3.0\r\nN:", (f"{s};{g}", P), ";;;\r\nFN:", (f"{g} {s}", P), "\r\n")
        b("ORG:", rng.choice(SCHOOLS), " PTA\r\nTEL;TYPE=CELL:", (phone(rng, "US"), PH), "\r\n")
        b("EMAIL;TYPE=HOME:", (email(rng, f"{g} {s}"), EM), "\r\n")
        adr = f"{a['street']};{a['city']};{a['region']};{a['postcode']};{a['country']}"
        b("ADR;TYPE=HOME:;;", (adr, ADDR), "\r\n")
        if rng.random() < 0.6:
            b("BDAY:", (adult_dob(rng).isoformat(), DOB), "\r\n")
        b("NOTE:Emergency contact for ", (person(rng, cul, "given"), P), " (Gr ", str(rng.randint(1, 5)), ")\r\n")
        b("REV:", log_ts(rng), "\r\nEND:VCARD\r\n")
    return b


def k_ics_conference(rng):
    b = B()
    t, par = person(rng, None, "full"), person(rng, None, "full")
    kid = person(rng, None, "given")
    d = event_date(rng)
    h = rng.randint(14, 18)
    b("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Conference Scheduler ", version(rng), "//EN\r\nBEGIN:VEVENT\r\n")
    b("UID:", uuid(rng), "\r\nDTSTAMP:", log_ts(rng).replace("-", "").replace(":", "")[:15], "Z\r\n")
    b("DTSTART;TZID=America/Chicago:", (d.strftime("%Y%m%d") + f"T{h:02d}3000", DT), "\r\n")
    b("DTEND;TZID=America/Chicago:", (d.strftime("%Y%m%d") + f"T{h:02d}5000", DT), "\r\n")
    b("SUMMARY:Parent-Teacher Conference - ", (kid, P), "\r\nLOCATION:Room ", str(rng.randint(100, 260)), "\r\n")
    b("ORGANIZER;CN=", (t, P), ":mailto:", (staff_email(rng, t), EM), "\r\n")
    b("ATTENDEE;CN=", (par, P), ";RSVP=TRUE:mailto:", (email(rng, par), EM), "\r\n")
    if rng.random() < 0.6:
        mid = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        b("DESCRIPTION:Virtual option: ", (f"https://us02web.zoom.us/j/{mid.replace(' ', '')}", URL), " Meeting ID ", mid,
          " Passcode ", (rstr(rng, 6, string.digits), PW), "\r\n")
    b("END:VEVENT\r\nEND:VCALENDAR\r\n")
    return b


def k_edi_837(rng):
    b = B()
    cul = rng.choice(US_MIX)
    a = address(rng, "US")
    dd = event_date(rng)
    ymd = dd.strftime("%y%m%d")
    b(f"ISA*00*          *00*          *ZZ*CRUSD0042      *ZZ*MEDICAIDST     *{ymd}*{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}*^*00501*{digits(rng, 9)}*0*P*:~\n")
    b(f"GS*HC*CRUSD0042*MEDICAIDST*{dd.strftime('%Y%m%d')}*0812*{rng.randint(1, 999)}*X*005010X222A1~\nST*837*0001*005010X222A1~\n")
    b("NM1*85*2*CEDAR RIDGE UNIFIED SCHOOL DISTRICT*****XX*1", digits(rng, 9), "~\n")
    b("NM1*IL*1*", (slug(surname(rng, cul)).upper(), P), "*", (slug(given(rng, cul)).upper(), P), "****MI*", (hpn(rng), HPN), "~\n")
    b("N3*", (a["street"].upper(), ADDR), "~\nN4*", (a["city"].upper(), LOC), "*", (a["region"], LOC), "*", a["postcode"][:5], "~\n")
    b("DMG*D8*", (child_dob(rng).strftime("%Y%m%d"), DOB), "*", rng.choice("MF"), "~\n")
    b("CLM*", order_no(rng, "SBS").replace("-", ""), "*", str(rng.randint(40, 400)), "***03:B:1*Y*A*Y*Y~\n")
    b("HI*ABK:", rng.choice(ICD).replace(".", ""), "~\n")
    for _ in range(rng.randint(1, 3)):
        sd = event_date(rng)
        b("LX*1~\nSV1*HC:", rng.choice(CPT), "*", str(rng.randint(30, 120)), "*UN*", str(rng.randint(1, 4)), "***1~\nDTP*472*D8*",
          (sd.strftime("%Y%m%d"), DT), "~\n")
    b("SE*", str(rng.randint(14, 30)), "*0001~\nGE*1*", str(rng.randint(1, 999)), "~\nIEA*1*", digits(rng, 9), "~\n")
    return b


def k_background_check(rng):
    b = B()
    cul = rng.choice(US_MIX)
    nm = person(rng, cul, "mid")
    a1, a2 = address(rng, "US"), address(rng, "US")
    b("CHILDCARE STAFF BACKGROUND CHECK - REQUEST FOR FINGERPRINTING\nProvider: ", rng.choice(SCHOOLS[-2:]),
      "   License #: CC-", digits(rng, 6), "\n\n")
    b("Applicant full name: ", (nm, P), "\nOther names used: ", (person(rng, cul, "full"), P), " (maiden)\n")
    b("Date of birth: ", (fdate(adult_dob(rng), "en", rng), DOB), "    SSN: ", (ssn(rng, rng.choice(["-", "-", " "])), SSN), "\n")
    b("Driver license #: ", (dlic(rng), DL), "    Issuing state: ", (rng.choice(US_STATES), LOC), "\n")
    b("Current address: ", (a1["one"], ADDR), "\nPrevious address (last 5 years):\n", (a2["block"], ADDR), "\n\n")
    b("Position: Assistant Teacher - Toddler Room\nFingerprint appointment: ", (fdatetime(rng, event_date(rng)), DT), "\n")
    b("Live Scan ATI #: ", order_no(rng, "LSID"), "    Fee: ", amount(rng), "\n")
    return b


def k_direct_deposit(rng):
    b = B()
    nm = person(rng, None, rng.choice(["full", "mid"]))
    b("DIRECT DEPOSIT AUTHORIZATION\n", rng.choice(SCHOOLS[-2:]), " - Payroll\n\nEmployee name: ", (nm, P),
      "\nEmployee #: E-", digits(rng, 4), "\n")
    b("Bank: ", rng.choice(["First Community Credit Union", "Chase", "Wells Fargo", "US Bank"]), "\nRouting number (ABA): ",
      digits(rng, 9), "\nAccount number: ", (digits(rng, rng.randint(9, 12)), ACCT), "\nAccount type: ",
      rng.choice(["Checking", "Savings"]), "\n")
    b("Deposit: 100% of net pay\nEffective pay date: ", (fdate(event_date(rng), "en", rng), DT), "\n")
    b("Signature: ", (nm, P), "    Phone: ", (phone(rng, "US"), PH), "\n(Attach voided check. Do not e-mail this form.)\n")
    return b


def k_sepa_mandate_en(rng):
    b = B()
    cc = rng.choice(["DE", "NL", "FR", "IT", "ES", "PT"])
    cul = {"DE": "de", "NL": "nl", "FR": "fr", "IT": "it", "ES": "es", "PT": "pt"}[cc]
    nm = person(rng, cul, "full")
    a = address(rng, cc)
    b("SEPA DIRECT DEBIT MANDATE - tuition and lunch fees\nCreditor: International School Association e.V.\n")
    b("Creditor identifier: ", cc, f"{rng.randint(10, 99)}ZZZ{digits(rng, 11)}", "\nMandate reference: ISA-", digits(rng, 7), "\n\n")
    b("Debtor (account holder): ", (nm, P), "\nAddress: ", (a["one"], ADDR), "\nIBAN: ", (iban(rng, cc), IBAN), "\n")
    b("BIC: ", rng.choice(["DEUTDEFFXXX", "INGBNL2A", "BNPAFRPP", "UNCRITMM", "CAIXESBB", "BCOMPTPL"]), "\n")
    b("Type of payment: recurrent\nPupil(s): ", (person(rng, cul, "given"), P), rng.choice(["", " and "]))
    if b.parts[-1] == " and ":
        b((person(rng, cul, "given"), P))
    b(" (Year ", str(rng.randint(1, 12)), ")\n\nPlace and date: ", (a["city"], LOC), ", ", (fdate(event_date(rng), cul, rng), DT),
      "\nSignature: ", (nm, P), "\n")
    return b


def k_tuition_invoice(rng):
    b = B()
    par = person(rng, None, "full")
    a = address(rng, rng.choice(["US", "US", "CA"]))
    b(rng.choice(SCHOOLS[-2:]), "\nINVOICE ", order_no(rng, "INV"), "\n\nBill to:\n", (par, P), "\n", (a["block"], ADDR), "\n\n")
    b("Family account #: ", (acct(rng), ACCT), "\nStatement date: ", (fdate(event_date(rng), "en", rng), DT),
      "\nPayment due: ", (fdate(event_date(rng), "en", rng), DT), "\n\n")
    tot = 0
    for item in rng.sample(["Full-day toddler program (Oct)", "Before-care program", "Late pickup fee",
                            "Enrichment: music", "Diapers & wipes supply", "Registration fee 2025"], 3):
        v = rng.randint(20, 1600)
        tot += v
        b(f"  {item:<34}${v:>8,.2f}\n")
    b(f"  {'TOTAL DUE':<34}${tot:>8,.2f}\n\n")
    b("Pay online at ", (f"https://{rng.choice(['pay.brightsteps-childcare.com', 'billing.procare.example.com'])}/invoices", URL),
      " or call ", (tollfree(rng), PH), ". Tax ID 84-", digits(rng, 7), ".\n")
    return b


def k_llm_prompt_email(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    t = person(rng, None, "full")
    b(rng.choice(["You are a helpful assistant for a school front office.", "System: respond in a warm, professional tone."]), "\n\n")
    b("User: Please draft a short reply to this parent email and translate it into ",
      rng.choice(["Spanish", "Vietnamese", "Arabic", "Portuguese"]), ". Keep it under 120 words.\n\n\"\"\"\n")
    b("Hello ", honor(rng), (sur_of(t), P), ", my daughter ", (first_of(child), P), " was bullied on bus ", str(rng.randint(2, 40)),
      " again ", (fweekday_date(event_date(rng)), DT), ". I want a meeting with the principal. Call me at ",
      (phone(rng, rng.choice(["US", "MX"])), PH), " or email ", (email(rng, par), EM), ".\n- ", (par, P), "\n\"\"\"\n\n")
    b("Sign the reply as ", (t, P), ", Assistant Principal. Do not promise a specific date.\n")
    return b


def k_llm_prompt_iep(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    b("### Instruction\nRewrite the following IEP goals in plain language for the family. Use the child's first name.\n\n### Input\n")
    b("Student: ", (child, P), " | DOB ", (fdate(child_dob(rng), "en", rng), DOB), " | Student ID ", digits(rng, 7), "\n")
    b("Goal 1: By ", (fdate(event_date(rng), "en", rng), DT), ", given a grade-level passage, ", (first_of(child), P),
      " will read 90 wcpm with 95% accuracy in 4 of 5 probes.\n")
    b("Goal 2: ", (first_of(child), P), " will use a visual schedule to transition between activities with no more than 1 prompt.\n")
    b("Present levels: DIBELS ORF ", str(rng.randint(30, 80)), " wcpm (", rng.choice(["fall", "winter"]), "), Lexile ",
      str(rng.randint(300, 700)), "L.\n")
    b("Family contact: ", (par, P), ", ", (phone(rng, "US"), PH), "\n\n### Response\n")
    return b


def k_incident_report(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    staff = person(rng, None, "full")
    d = event_date(rng)
    b("INCIDENT / ACCIDENT REPORT  (", rng.choice(SCHOOLS[-2:]), ")\nReport no. IR-", digits(rng, 5), "\n\n")
    b("Child: ", (child, P), "   Age: ", str(rng.randint(1, 5)), " yrs   Classroom: ", rng.choice(["Butterflies", "Bumblebees", "Room 3"]), "\n")
    b("Date/time of incident: ", (fdatetime(rng, d, "en", False), DT), "\nLocation: playground, near the climbing dome\n")
    b("Description: child tripped on the edge of the sandbox and bumped forehead; small bump, no bleeding.\n")
    b("First aid given: cold compress 10 min by ", (staff, P), "\n")
    b("Parent notified: ", (par, P), " by phone at ", (ftime(rng), DT), " (", (phone(rng, "US"), PH), ")\n")
    b("Witness: ", (person(rng, None, "full"), P), "\nClass pet ", rng.choice(PETS), " was not involved (asked by another child!)\n")
    b("Director signature: ", (person(rng, None, "full"), P), "   Date: ", (fdate(d, "en", rng), DT), "\n")
    return b


def k_daily_sheet(rng):
    b = B()
    child = person(rng, None, "given")
    d = event_date(rng)
    b("Daily Report - ", rng.choice(["Infant Room", "Toddler Room", "Little Sprouts"]), "\nChild: ", (child, P), "    Date: ",
      (fdate(d, "en", rng), DT), "\n\nBottles/meals:\n")
    for _ in range(rng.randint(2, 3)):
        b("  ", (ftime(rng, "en", rng.randint(8, 15)), DT), "  ", rng.choice(["5 oz formula", "puffs + banana", "lunch: ate most", "4 oz breast milk"]), "\n")
    b("Naps: ", (ftime(rng, "en", 12, 30), DT), " - ", (ftime(rng, "en", 14, 10), DT), "\nDiapers: wet x3, BM x1\n")
    b("Mood: happy, loved the bubble station\nNeeds from home: ", rng.choice(["diapers", "wipes", "extra clothes", "sunscreen"]),
      "\nTeacher: ", (person(rng, None, "given"), P), "\n")
    return b


def k_pickup_authorization(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    b("AUTHORIZED PICK-UP LIST\nChild: ", (child, P), "   Room: ", rng.choice(["Pre-K A", "Toddler 2", "K-3"]), "\n\n")
    b(f"{'Name':<26}{'Relationship':<16}{'Phone':<18}ID checked\n")
    for _ in range(rng.randint(2, 4)):
        nm = person(rng, rng.choice([cul, cul, None]), "full")
        ph = phone(rng, "US")
        b((nm, P), " " * max(1, 26 - len(nm)), f"{rng.choice(['grandmother', 'uncle', 'neighbor', 'aunt', 'nanny']):<16}",
          (ph, PH), " " * max(1, 18 - len(ph)), rng.choice(["DL ", "State ID "]))
        b((dlic(rng), DL), "\n")
    b("\nNOT authorized: ", (person(rng, cul, "full"), P), " (see court order on file)\nVehicle: ", rng.choice(["blue Honda Odyssey", "gray Tesla Model Y"]),
      ", plate ", rstr(rng, 3, string.ascii_uppercase), "-", digits(rng, 4), "\n")
    b("Parent signature: ", (par, P), "  Updated: ", (fdate(event_date(rng), "en", rng), DT), "\n")
    return b


def k_library_notice(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    b("From: Library Media Center <", (f"library@{rng.choice(SCHOOL_DOMAINS)}", EM), ">\nTo: ", (email(rng, par), EM), "\n")
    b("Subject: Overdue items for ", (child, P), "\n\nDear Parent/Guardian,\n\nOur records show the following items are overdue:\n")
    for _ in range(rng.randint(1, 3)):
        b(" - ", rng.choice(["Dog Man: Fetch-22", "The Wild Robot", "Diary of a Wimpy Kid", "Magic Tree House #12",
                             "National Geographic Kids: Sharks"]), " (barcode 3", digits(rng, 11), ") due ",
          (fdate(event_date(rng), "en", rng), DT), "\n")
        b("   replacement cost ", amount(rng), "\n")
    b("\nPlease return them by ", (fweekday_date(event_date(rng)), DT), " or pay online at ",
      (f"https://{rng.choice(SCHOOL_DOMAINS)}/library/fines?patron={digits(rng, 6)}", URL), ".\nThank you!\n")
    return b


def k_sql_dump(rng):
    b = B()
    b("-- MySQL dump 10.13  Distrib ", version(rng), "\n-- Host: localhost    Database: childcare_prod\n")
    b("INSERT INTO `guardians` (`id`,`family_id`,`full_name`,`email`,`phone`,`created_at`) VALUES\n")
    n = rng.randint(3, 5)
    for i in range(n):
        nm = person(rng, None, rng.choice(["full", "full", "lastfirst"]))
        while "'" in nm:
            nm = person(rng, None, "full")
        b(f"({rng.randint(100, 9999)},{rng.randint(10, 999)},'", (nm, P), "','", (email(rng, nm), EM), "','",
          (phone(rng, "US"), PH), f"','{log_ts(rng)[:19].replace('T', ' ')}')", ",\n" if i < n - 1 else ";\n")
    b("INSERT INTO `api_clients` VALUES (1,'procare-sync','", (generic_secret(rng), SEC), "',1);\n")
    return b


def k_class_roster_tsv(rng):
    b = B()
    b("\t".join(["student_id", "last_name", "first_name", "dob", "guardian_email", "homeroom"]), "\n")
    for _ in range(rng.randint(4, 8)):
        cul = rng.choice(US_MIX)
        g = given(rng, cul)
        b(digits(rng, 7), "\t", (surname(rng, cul), P), "\t", (g, P), "\t", (fdate(child_dob(rng), "en", None, rng.choice([1, 2])), DOB),
          "\t", (email(rng, g + " " + surname(rng, cul)), EM), "\t", str(rng.randint(101, 230)), "\n")
    return b


def k_app_traceback(rng):
    b = B()
    pw = password(rng)
    host = ipv4(rng, True)
    b(f"{log_ts(rng)} ERROR [lunch-pos] worker-{rng.randint(1, 8)} unhandled exception\nTraceback (most recent call last):\n")
    b('  File "/srv/pos/app/payments.py", line ', str(rng.randint(40, 400)), ", in charge_account\n    conn = psycopg2.connect(dsn)\n")
    b("psycopg2.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host \"", (host, IP),
      "\" and accepting\n\tTCP/IP connections on port 5432?\n")
    b("  dsn = 'postgresql://pos_app:", (pw, PW), "@", (host, IP), ":5432/pos'\n")
    b(f"{log_ts(rng)} INFO  retrying in 30s (attempt 2/5) trace_id={sha(rng, 32)}\n")
    if rng.random() < 0.5:
        b(f"{log_ts(rng)} DEBUG env AWS_ACCESS_KEY_ID=", (aws_key(rng), AKID), " AWS_SECRET_ACCESS_KEY=", (aws_secret(rng), ASK), "\n")
    return b


def k_password_reset_ticket(rng):
    b = B()
    par = person(rng, None, "full")
    dom = rng.choice(SCHOOL_DOMAINS)
    b("Parent Portal Support - Case ", order_no(rng, "CS"), "\nStatus: Resolved\n\n")
    b("Customer: ", (par, P), " <", (email(rng, par), EM), ">\nPortal account: ", (acct(rng), ACCT), "\n\n")
    b("Parent wrote: \"I can't log in to see my kids' grades, it says my account is locked.\"\n\n")
    b("Agent reply:\nHi ", (first_of(par), P), ", I've unlocked the account and set a temporary password: ",
      (password(rng), PW), "\nPlease sign in at ", (f"https://parents.{dom}/login?reset=1", URL),
      " and change it within 24 hours. The link expires ", (fdatetime(rng, event_date(rng), "en", False), DT), ".\n")
    b("Reset token (internal): ", uuid(rng), "\nAgent: ", (person(rng, None, "given"), P), ", Tier 1\n")
    return b


def k_zoom_invite(rng):
    b = B()
    host = person(rng, None, "full")
    d = event_date(rng)
    mid = f"{rng.randint(800, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    pc = rng.choice([rstr(rng, 6, string.digits), rstr(rng, 8, ALNUM)])
    b((host, P), " is inviting you to a scheduled Zoom meeting.\n\nTopic: ", rng.choice(["Kindergarten Orientation", "Back to School Night - Grade 6",
                                                                                      "PTA General Meeting", "IEP Parent Workshop"]), "\n")
    b("Time: ", (fdatetime(rng, d, "en", False, rng.randint(17, 19)), DT), " Central Time (US and Canada)\n\nJoin Zoom Meeting\n")
    b((f"https://{rng.choice(['us02web', 'us06web'])}.zoom.us/j/{mid.replace(' ', '')}?pwd={rstr(rng, 32)}", URL), "\n\n")
    b("Meeting ID: ", mid, "\nPasscode: ", (pc, PW), "\n\n---\nOne tap mobile\n")
    b((f"+1{rng.choice([312, 646, 669])}{rng.randint(200, 999)}{digits(rng, 4)}", PH), ",,", mid.replace(" ", ""),
      "# US (Chicago)\n\nDial by your location\n")
    for ph in [f"+1 {rng.choice([312, 646, 669, 253])} {rng.randint(200, 999)} {digits(rng, 4)}",
               f"+1 {rng.choice([301, 305, 309])} {rng.randint(200, 999)} {digits(rng, 4)}"]:
        b("  ", (ph, PH), " US\n")
    return b


def k_stripe_webhook(rng):
    b = B()
    par = person(rng, None, "full")
    b("POST /webhooks/stripe HTTP/1.1\nHost: payments.", rng.choice(SCHOOL_DOMAINS), "\nStripe-Signature: t=", str(rng.randint(1_700_000_000, 1_760_000_000)),
      ",v1=", sha(rng, 64), "\nContent-Type: application/json\n\n")
    obj = {"id": "evt_" + rstr(rng, 24), "type": "checkout.session.completed", "created": rng.randint(1_700_000_000, 1_760_000_000),
           "data": {"object": {"id": "cs_live_" + rstr(rng, 24), "amount_total": rng.randint(500, 40000), "currency": "usd",
                               "customer_details": {"name": Lab(par, P), "email": Lab(email(rng, par), EM),
                                                    "phone": Lab(phone(rng, "US", True), PH)},
                               "metadata": {"student": Lab(person(rng, None, "full"), P), "lunch_account": Lab(acct(rng), ACCT),
                                            "purpose": "meal account top-up"}}}}
    jdump(b, obj, indent=2)
    b("\n\n# handler config\nSTRIPE_WEBHOOK_SECRET=", ("whsec_" + rstr(rng, 32), SEC), "\n")
    return b


def k_aws_credentials_paste(rng):
    b = B()
    t = person(rng, None, "full")
    b("Hey ", (first_of(t), P), ", the nightly roster export to the state portal failed again. Here's what's on the sync box:\n\n")
    b("$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ", (aws_key(rng), AKID), "\naws_secret_access_key = ", (aws_secret(rng), ASK), "\n")
    b("region = us-east-2\n\n[sis-readonly]\naws_access_key_id = ", (aws_key(rng), AKID), "\naws_secret_access_key = ", (aws_secret(rng), ASK), "\n\n")
    b("$ aws s3 ls s3://district-roster-drop/2025/\nAn error occurred (ExpiredToken) when calling the ListObjectsV2 operation\n\n")
    b("Box is at ", (ipv4(rng), IP), " if you want to ssh in. (I'll rotate these after, promise)\n")
    return b


def k_sftp_key_ticket(rng):
    b = B()
    t = person(rng, None, "full")
    b("Subject: State reporting SFTP - new key\n\n", (first_of(t), P), ",\n\nThe CALPADS/EMIS upload job needs this key on the new server ",
      (ipv4(rng), IP), ". Paste it into /etc/sftp/keys/state_upload and chmod 600.\n\n")
    b((pem(rng), PEM), "\n\n")
    b("Host fingerprint: SHA256:", base64.b64encode(rbytes(rng, 32)).decode().rstrip("="), "\nUsername: lea_", digits(rng, 7),
      "\nThanks,\n", (person(rng, None, "full"), P), "\nDistrict Data Office | ", (phone(rng, "US"), PH), "\n")
    return b


def k_edfi_xml(rng):
    b = B()
    cul = rng.choice(US_MIX)
    a = address(rng, "US")
    g, s = given(rng, cul), surname(rng, cul)
    b('<?xml version="1.0" encoding="UTF-8"?>\n<InterchangeStudent xmlns="', ("http://ed-fi.org/0220", URL), '">\n  <Student id="', uuid(rng), '">\n')
    b("    <StudentUniqueId>", digits(rng, 9), "</StudentUniqueId>\n    <Name>\n      <FirstName>", (xesc(g), P),
      "</FirstName>\n      <LastSurname>", (xesc(s), P), "</LastSurname>\n    </Name>\n")
    b("    <BirthData>\n      <BirthDate>", (child_dob(rng).isoformat(), DOB), "</BirthDate>\n      <BirthCity>",
      (rng.choice(CITIES[rng.choice(['US', 'MX'])])[0], LOC), "</BirthCity>\n    </BirthData>\n")
    b("    <Address>\n      <StreetNumberName>", (xesc(a["street"]), ADDR), "</StreetNumberName>\n      <City>", (a["city"], LOC),
      "</City>\n      <StateAbbreviationType>", (a["region"], LOC), "</StateAbbreviationType>\n      <PostalCode>", a["postcode"],
      "</PostalCode>\n    </Address>\n")
    b("    <Telephone TelephoneNumberType=\"Home\">\n      <TelephoneNumber>", (phone(rng, "US"), PH), "</TelephoneNumber>\n    </Telephone>\n")
    b("    <ElectronicMail><ElectronicMailAddress>", (email(rng, g + " " + s), EM), "</ElectronicMailAddress></ElectronicMail>\n")
    b("    <HispanicLatinoEthnicity>", rng.choice(["true", "false"]), "</HispanicLatinoEthnicity>\n  </Student>\n</InterchangeStudent>\n")
    return b


def k_scholarship_app(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    a = address(rng, "US")
    b("TUITION ASSISTANCE APPLICATION 2025-26 (confidential)\n\nSECTION 1 - Parent/guardian\n")
    b("Name: ", (par, P), "\nSSN: ", (ssn(rng), SSN), "\nDate of birth: ", (fdate(adult_dob(rng), "en", rng), DOB), "\n")
    b("Address: ", (a["one"], ADDR), "\nPhone: ", (phone(rng, "US"), PH), "   Email: ", (email(rng, par), EM), "\n")
    b("Employer: ", rng.choice(["Walgreens", "Ford Motor Co.", "Self-employed (daycare)", "Kroger"]), "   Annual income: ",
      f"${rng.randint(18, 90)},{rng.randint(0, 999):03d}", "\n\n")
    b("SECTION 2 - Household\n")
    for _ in range(rng.randint(2, 3)):
        b(" - ", (person(rng, cul, "full"), P), ", age ", str(rng.randint(2, 17)), "\n")
    b("\nSECTION 3 - Applicant student: ", (child, P), ", entering grade ", str(rng.randint(1, 8)), "\n")
    b("Sample/test value from instructions (do not use): SSN ", bad_ssn(rng), "\n")
    b("Signature: ", (par, P), "   Date: ", (fdate(event_date(rng), "en", rng), DT), "\n")
    return b


def k_transport_change(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    new = address(rng, "US")
    b("Transportation Change Request  #TR-", digits(rng, 5), "\n\nStudent: ", (child, P), "    Grade ", str(rng.randint(0, 8)), "\n")
    b("Requested by: ", (par, P), " (", (phone(rng, "US"), PH), ")\n\n")
    b("New AM pickup address:\n", (new["block"], ADDR), "\n\n")
    b("PM drop-off: ", rng.choice(["same as AM", "YMCA after-school site"]), "\n")
    b("Effective: ", (fdate(event_date(rng), "en", rng), DT), "\n")
    b("Reason: moved (lease started); previous stop S-", digits(rng, 3), " no longer needed.\n")
    b("Routing office notes: assign route ", str(rng.randint(1, 60)), ", stop time ", (ftime(rng, "en", 7), DT), ". Confirmed with dispatcher ",
      (person(rng, None, "given"), P), ".\n")
    return b


def k_newsletter(rng):
    b = B()
    pr = person(rng, None, "full")
    b(rng.choice(SCHOOLS).upper(), " - FAMILY NEWSLETTER\n\nA note from Principal ", (pr, P), "\n")
    b("Thank you for a wonderful start to the year! Our Fall Festival is ", (fdatetime(rng, event_date(rng), "en", True), DT),
      " on the back field. Volunteers, please contact ", (person(rng, None, "full"), P), " at ", (email(rng, "pta volunteers", domain=rng.choice(SCHOOL_DOMAINS)), EM), ".\n\n")
    b("Important dates\n")
    for ev in rng.sample(["No school - teacher in-service", "Picture retakes", "Book fair opens", "Winter concert", "Report cards go home"], 3):
        b("  * ", (fdate(event_date(rng), "en", rng, rng.choice([0, 4])), DT), " - ", ev, "\n")
    b("\nOur class guinea pig ", rng.choice(PETS), " is looking for a weekend host family!\n")
    b("Questions? Front office: ", (phone(rng, "US"), PH), " | ", (f"https://www.{rng.choice(SCHOOL_DOMAINS)}/calendar", URL), "\n")
    return b


def k_sports_physical(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    doc = person(rng, None, "full")
    b("PREPARTICIPATION PHYSICAL EVALUATION - Athletics Clearance\n\nName: ", (child, P), "    Sex: ", rng.choice("MF"),
      "    Date of birth: ", (fdate(child_dob(rng), "en", rng), DOB), "\n")
    b("Sport(s): ", rng.choice(["Cross country", "Basketball", "Volleyball", "Soccer"]), "\nMedical record #: ", (mrn(rng), MRN), "\n")
    b("Insurance: ", rng.choice(["Cigna", "UnitedHealthcare", "Blue Shield", "CHIP"]), "  Subscriber ID: ", (hpn(rng), HPN),
      "  Group: ", digits(rng, 5), "\n")
    b("Height 5'", str(rng.randint(0, 11)), "\"  Weight ", str(rng.randint(80, 180)), " lb  BP ", str(rng.randint(100, 125)), "/",
      str(rng.randint(60, 82)), "\n")
    b("History: ", rng.choice(["asthma (J45.909), uses Albuterol HFA inhaler before exercise", "no concerns", "concussion 2023, cleared"]), "\n")
    b("Cleared without restriction.\nExamining provider: ", (doc, P), rng.choice([", MD", ", PA-C", ", DO"]), "   Exam date: ",
      (fdate(event_date(rng), "en", rng), DT), "\nOffice phone: ", (phone(rng, "US"), PH), "\n")
    return b


def k_free_lunch_app(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    a = address(rng, "US")
    b("FREE AND REDUCED-PRICE SCHOOL MEALS - HOUSEHOLD APPLICATION\n\nStep 1: Children in school\n")
    for _ in range(rng.randint(1, 3)):
        b("  ", (person(rng, cul, "full", sur), P), "  | ", rng.choice(SCHOOLS), " | Grade ", str(rng.randint(0, 12)), "\n")
    b("Step 2: SNAP/TANF case number: ", rng.choice(["", "C"]), digits(rng, 8), "\n")
    b("Step 3: Total household members: ", str(rng.randint(3, 7)), "   Monthly income: ", f"${rng.randint(1, 6)},{rng.randint(100, 999)}", "\n")
    b("Step 4: Last four digits of SSN of adult signing: XXX-XX-", digits(rng, 4), "\n\nContact: ", (par, P), "\n")
    if rng.random() < 0.5:
        b("Address: ", (a["street"], ADDR), "   City: ", (a["city"], LOC), "   State: ", (a["region"], LOC), "   Zip: ", a["postcode"], "\n")
    else:
        b("Address: ", (a["one"], ADDR), "\n")
    b("Phone: ", (phone(rng, "US"), PH), "   Email: ", (email(rng, par), EM), "\n")
    b("Signature of adult: ", (par, P), "   Today's date: ", (fdate(event_date(rng), "en", rng), DT), "\n")
    b("For school use: determining official ", rng.choice(["KR", "JMV"]), " - approved reduced, eff. ", (fdate(event_date(rng), "en", rng, 1), DT), "\n")
    return b


def k_support_chat(rng):
    b = B()
    par = person(rng, None, "full")
    agent = person(rng, None, "given")
    b("Chat transcript - ", rng.choice(["ParentSquare", "SchoolMessenger", "Remind"]), " support\nConversation ", uuid(rng), "\n\n")
    lines = [
        [("Parent", None), ": Hi, I'm not getting any texts from my son's school since we changed numbers"],
        [("Agent", None), ": Sorry to hear that! Can I get your name and the new number?"],
        [("Parent", None), ": ", (par, P), ", new cell is ", (phone(rng, "US"), PH)],
        [("Agent", None), ": Thanks. I see an account under ", (email(rng, par), EM), ", is that you?"],
        [("Parent", None), ": yes. old number was ", (phone(rng, "US"), PH), " pls remove it"],
        [("Agent", None), ": Done - customer account ", (acct(rng), ACCT), " updated. Anything else?"],
        [("Parent", None), ": no thats it thanks ", (agent, P)],
    ]
    if rng.random() < 0.35:
        lines[-1:] = [[("Parent", None), ": also can I pay the field trip fee here? card is ", (card(rng), CC)],
                      [("Agent", None), ": Please don't share card numbers in chat - I've masked it. Use the payments page."],
                      lines[-1]]
    h, m = rng.randint(8, 20), rng.randint(0, 40)
    for ln in lines:
        m += rng.randint(0, 2)
        who = ln[0][0]
        b(f"{h:02d}:{m:02d} ")
        if who == "Agent":
            b((agent, P))
        else:
            b("Visitor")
        b(*ln[1:], "\n")
    return b


def k_grade_audit_log(rng):
    b = B()
    for _ in range(rng.randint(4, 7)):
        user = rng.choice(["t.nguyen", "mgarcia", "jthompson2", "admin-sis", "k.oconnor"])
        b(log_ts(rng), " gradebook.audit user=", user, " src=", (ip(rng), IP), " action=",
          rng.choice(["UPDATE_SCORE", "OVERRIDE_FINAL", "LOGIN", "EXPORT_CSV"]), " section=", str(rng.randint(1000, 9999)),
          " student_ref=", sha(rng, 10), " old=", str(rng.randint(50, 100)), " new=", str(rng.randint(50, 100)), "\n")
    b(log_ts(rng), " gradebook.audit WARN impossible travel for user=", rng.choice(["mgarcia", "jthompson2"]), " (", (ipv4(rng, False), IP),
      " -> ", (ipv4(rng, False), IP), ") notified ", (staff_email(rng, person(rng, None, "full")), EM), "\n")
    return b


def k_device_inventory(rng):
    b = B()
    sep = rng.choice([",", ";"])
    b(sep.join(["asset_tag", "serial", "model", "assigned_to", "email", "last_ip", "mac", "os"]), "\n")
    dom = rng.choice(SCHOOL_DOMAINS)
    for _ in range(rng.randint(4, 7)):
        nm = person(rng, None, "full")
        mac = ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))
        b(f"CR-{digits(rng, 5)}", sep, "5CD", rstr(rng, 7, string.ascii_uppercase + string.digits), sep,
          rng.choice(["HP Chromebook 11 G9", "Lenovo 300e", "Dell 3100", "Acer Spin 511"]), sep, (nm, P), sep,
          (email(rng, nm, domain="students." + dom), EM), sep, (ipv4(rng, True), IP), sep, mac, sep, version(rng), "\n")
    b("# spare pool: CR-", digits(rng, 5), ", CR-", digits(rng, 5), " (unassigned)\n")
    return b


def k_camp_registration_json(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    a = address(rng, rng.choice(["US", "CA", "AU", "GB"]))
    cc = a["cc"]
    obj = {"form": "summer-camp-2026", "submitted": rng.randint(1_700_000_000, 1_770_000_000),
           "camper": {"first_name": Lab(first_of(child), P), "last_name": Lab(sur, P),
                      "date_of_birth": Lab(fdate(child_dob(rng), "en", rng), DOB), "tshirt": rng.choice(["YS", "YM", "YL"]),
                      "allergies": rng.choice(["tree nuts", "none", "penicillin"])},
           "guardian": {"name": Lab(par, P), "phone": Lab(phone(rng, cc if cc != "GB" else "GB"), PH),
                        "email": Lab(email(rng, par), EM), "address": Lab(a["one"], ADDR)},
           "sessions": [{"week": rng.randint(1, 8), "starts": Lab(fdate(event_date(rng), "en", None, 2), DT)}],
           "payment": {"method": "card", "last4": str(rng.randint(1000, 9999)), "amount": rng.randint(150, 900)},
           "client": {"ip": Lab(ip(rng), IP), "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}}
    jdump(b, obj, indent=rng.choice([2, 4]), compact=rng.random() < 0.25)
    b.add("\n")
    return b


def k_custody_note(rng):
    b = B()
    child, par, sur, cul = child_and_parent(rng)
    other = person(rng, cul, "full", sur)
    while other == par:
        other = person(rng, cul, "full", sur)
    b("OFFICE NOTE - restricted access\nRe: ", (child, P), " (Gr ", str(rng.randint(0, 8)), ")\n\n")
    b("Mother ", (par, P), " brought in a copy of the temporary custody order (", "Family Court, case no. ", f"{rng.randint(2023, 2025)}-DR-{digits(rng, 6)}", "). Effective ", (fdate(event_date(rng), "en", rng), DT), ", ",
      (other, P), " may NOT pick up or visit on campus.\n")
    b("Photo of order scanned to the cumulative file. Vehicle of concern: plate ", rstr(rng, 3, string.ascii_uppercase), digits(rng, 4),
      ", VIN 1HGCM", digits(rng, 12), ".\n")
    b("If he shows up: do not release the child, call the office at ", (phone(rng, "US"), PH), ". Mother's cell ", (phone(rng, "US"), PH), ".\n")
    b("- ", (person(rng, None, "full"), P), ", Office Manager\n")
    return b


def k_sub_request(rng):
    b = B()
    t = person(rng, None, "full")
    sub = person(rng, None, "full")
    d = event_date(rng)
    b("Absence/Substitute Request (Frontline)\nConfirmation #: ", digits(rng, 9), "\n\nEmployee: ", (t, P), "\nPosition: ",
      rng.choice(["Grade 2 Teacher", "Pre-K Lead Teacher", "Special Education Aide"]), "\n")
    b("Dates: ", (fdate(d, "en", rng), DT), " - ", (fdate(d + dt.timedelta(days=rng.randint(1, 4)), "en", rng), DT), "\n")
    b("Times: ", (ftime(rng, "en", 7, 45), DT), " - ", (ftime(rng, "en", 15, 15), DT), "\nReason: Personal illness\n")
    b("Substitute assigned: ", (sub, P), "  (", (phone(rng, "US"), PH), ")\n")
    b("Notes for sub: lesson plans in the red binder, Room ", str(rng.randint(100, 230)), ". ",
      (person(rng, None, "given"), P), " goes to speech at ", (ftime(rng, "en", 10, 30), DT), ".\n")
    return b


def k_transcript_request(rng):
    b = B()
    cul = rng.choice(US_MIX)
    nm = person(rng, cul, "full")
    a = address(rng, rng.choice(["US", "US", "CA", "GB", "AU"]))
    b((a["block"], ADDR), "\n\n", (fdate(event_date(rng), "en", rng, 0), DT), "\n\nRegistrar\n", rng.choice(SCHOOLS[:3]), "\n\n")
    b("To whom it may concern,\n\nI am requesting an official copy of my high school transcript. I graduated in ",
      str(rng.randint(1998, 2022)), " under the name ", (person(rng, cul, "full"), P), ".\n")
    b("My date of birth is ", (fdate(adult_dob(rng), "en", rng, 0), DOB), ". Please send the transcript to ",
      rng.choice(["the admissions office at my university", "Common App", "my employer"]), ".\n")
    b("You can reach me at ", (phone(rng, a["cc"]), PH), " or ", (email(rng, nm), EM), ".\n\nSincerely,\n", (nm, P), "\n")
    return b


# ---------------------------------------------------------------------------
# Document kinds (non-English, entity-bearing)
# ---------------------------------------------------------------------------
def k_de_kita_anmeldung(rng):
    b = B()
    cul = rng.choice(["de", "de", "de", "tr", "pl", "ar"])
    s = surname(rng, cul)
    g, m0, d0 = rng.sample(NAME_POOLS[cul][0], 3)
    mum, dad = f"{m0} {s}", f"{d0} {s}"
    a = address(rng, "DE")
    b("Anmeldung für einen Betreuungsplatz - Kita Sonnenschein e.V.\n\n1. Angaben zum Kind\n")
    b("Name, Vorname: ", (f"{s}, {g}", P), "\nGeburtsdatum: ", (fdate(child_dob(rng), "de", rng), DOB), "\nGeburtsort: ",
      (rng.choice(CITIES["DE"])[0], LOC), "\n")
    b("Gewünschter Betreuungsbeginn: ", (fdate(event_date(rng), "de", rng), DT), "\nBetreuungsumfang: ", rng.choice(["35", "45"]), " Std./Woche\n\n")
    b("2. Erziehungsberechtigte\nMutter: ", (mum, P), ", Tel. ", (phone(rng, "DE"), PH), ", E-Mail: ", (email(rng, mum, "DE"), EM), "\n")
    b("Vater: ", (dad, P), ", Tel. ", (phone(rng, "DE"), PH), "\nAnschrift: ", (a["one"], ADDR), "\n\n")
    b("3. Gesundheit\nKrankenkasse: ", rng.choice(["AOK Nordost", "TK", "Barmer", "DAK-Gesundheit"]), ", Versichertennummer: ",
      (rng.choice(string.ascii_uppercase) + digits(rng, 9), HPN), "\nKinderarzt: Dr. med. ", (person(rng, "de", "full"), P), "\n")
    b("Masernschutz nachgewiesen: ja (Impfpass vorgelegt)\n\n4. SEPA-Lastschriftmandat für Elternbeiträge\nIBAN: ", (iban(rng, "DE"), IBAN),
      "   BIC: ", rng.choice(["COBADEFFXXX", "BYLADEM1001", "PBNKDEFF"]), "\n\n")
    b("Ort, Datum: ", (a["city"], LOC), ", ", (fdate(event_date(rng), "de", rng, 1), DT), "    Unterschrift: ", (mum, P), "\n")
    return b


def k_de_elternbrief(rng):
    b = B()
    lehrer = person(rng, "de", "full")
    d = event_date(rng)
    klasse = f"{rng.randint(1, 4)}{rng.choice('abc')}"
    b("Von: ", (lehrer, P), " <", (staff_email(rng, lehrer, rng.choice(["gs-am-park.de", "grundschule-lindenhof.de"])), EM), ">\n")
    b("An: Eltern der Klasse ", klasse, "\nDatum: ", ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"][d.weekday()], f", {d.day} ",
      MONTHS["de"][d.month - 1][:3], f" {d.year} 07:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0200\nBetreff: Einladung zum Elternabend\n\n")
    b("Liebe Eltern der Klasse ", klasse, ",\n\nunser erster Elternabend findet am ", (fdatetime(rng, d + dt.timedelta(days=8), "de", True, 19), DT),
      " im Raum ", str(rng.randint(100, 220)), " statt.\n")
    b("Frau ", (person(rng, "de", "sur"), P), " von der Schulsozialarbeit stellt sich vor. Außerdem wählen wir die Elternvertretung.\n")
    b("Das Klassenkonto für Ausflüge (", amount(rng, "€"), " pro Kind) läuft über ", (person(rng, "de", "full"), P), ", IBAN ", (iban(rng, "DE", True), IBAN), ".\n")
    b("Bitte geben Sie den Rückmeldezettel bis zum ", (fdate(d + dt.timedelta(days=5), "de", rng, 1), DT), " ab. Bei Fragen erreichen Sie mich unter ",
      (phone(rng, "DE"), PH), ".\n\nMit freundlichen Grüßen\n", (lehrer, P), "\n")
    return b


def k_fr_fiche_inscription(rng):
    b = B()
    cul = rng.choice(["fr", "fr", "fr", "ar", "pt"])
    g, s = given(rng, cul), surname(rng, cul)
    a = address(rng, "FR")
    b("FICHE DE RENSEIGNEMENTS - Année scolaire 2025-2026\nÉcole élémentaire Jean Jaurès\n\nÉLÈVE\n")
    b("Nom : ", (s.upper(), P), "    Prénom : ", (g, P), "\nNé(e) le : ", (fdate(child_dob(rng), "fr", rng), DOB), " à ",
      (rng.choice(CITIES["FR"])[0], LOC), "\nAdresse : ", (a["one"], ADDR), "\nClasse : ", rng.choice(["CP", "CE1", "CE2", "CM1", "CM2"]), "\n\n")
    for i in (1, 2):
        rl = person(rng, cul, "full", s if i == 1 else None)
        b(f"RESPONSABLE LÉGAL {i}\n", rng.choice(["Mme ", "M. "]), (rl, P), "\nTél. portable : ", (phone(rng, "FR"), PH), "\nCourriel : ",
          (email(rng, rl, "FR"), EM), "\n\n")
    b("Personnes autorisées à récupérer l'enfant : ", (person(rng, "fr", "full"), P), " (grand-parent), ", (phone(rng, "FR"), PH), "\n")
    b("Médecin traitant : Dr ", (person(rng, "fr", "sur"), P), "\nRestauration scolaire : oui (tarif QF ", str(rng.randint(1, 8)), ")\n")
    b("Fait à ", (a["city"], LOC), ", le ", (fdate(event_date(rng), "fr", rng, 0), DT), "\n")
    return b


def k_fr_message_ent(rng):
    b = B()
    prof = person(rng, "fr", "full")
    eleve = person(rng, rng.choice(["fr", "fr", "ar", "it"]), "full")
    d = event_date(rng)
    b("Messagerie Pronote - ", rng.choice(["Collège Victor Hugo", "Collège Simone Veil"]), "\nDe : ", rng.choice(["M. ", "Mme "]), (prof, P),
      " (professeur principal, ", rng.choice(["5e B", "4e A", "6e C"]), ")\nÀ : Responsables de ", (eleve, P), "\nObjet : Rencontre parents-professeurs\n\n")
    b("Madame, Monsieur,\n\nJe souhaiterais vous rencontrer au sujet des résultats de ", (first_of(eleve), P), " au premier trimestre.\n")
    b("Je vous propose un rendez-vous le ", (fdatetime(rng, d, "fr", True), DT), " en salle B", str(rng.randint(100, 230)),
      ". Le conseil de classe a lieu le ", (fdate(d + dt.timedelta(days=10), "fr", rng, 0), DT), ".\n")
    b("Si ce créneau ne vous convient pas, vous pouvez joindre la vie scolaire au ", (phone(rng, "FR", False), PH), ".\n\nCordialement,\n", (prof, P), "\n")
    return b


def k_es_ficha_matricula(rng):
    b = B()
    cul = rng.choice(["es", "es", "es", "ar"])
    g = given(rng, cul)
    s1, s2 = surname(rng, cul), surname(rng, cul)
    a = address(rng, "ES")
    b("FICHA DE MATRÍCULA - Curso 2025/2026\nCEIP Miguel de Cervantes\n\nDATOS DEL ALUMNO/A\n")
    b("Apellidos: ", (f"{s1} {s2}", P), "    Nombre: ", (g, P), "\nFecha de nacimiento: ", (fdate(child_dob(rng), "es", rng), DOB),
      "\nLugar de nacimiento: ", (rng.choice(CITIES[rng.choice(["ES", "MX"])])[0], LOC), "\nDomicilio: ", (a["one"], ADDR), "\n\n")
    madre = f"{given(rng, cul)} {s2} {surname(rng, cul)}"
    padre = f"{given(rng, cul)} {s1} {surname(rng, cul)}"
    b("DATOS FAMILIARES\nMadre/tutora: ", (madre, P), " - Móvil: ", (phone(rng, "ES"), PH), " - Correo: ", (email(rng, madre, "ES"), EM), "\n")
    b("Padre/tutor: ", (padre, P), " - Móvil: ", (phone(rng, "ES"), PH), "\n\n")
    b("Comedor escolar: sí. Cuenta de domiciliación: ", (iban(rng, "ES"), IBAN), "\nAlergias: ", rng.choice(["ninguna", "frutos secos", "lactosa"]), "\n")
    b("Fecha de inicio de clases: ", (fdate(event_date(rng), "es", rng, 0), DT), "\n\nEn ", (a["city"], LOC), ", a ",
      (fdate(event_date(rng), "es", rng, 0), DT), "\nFirma: ", (madre, P), "\n")
    return b


def k_es_whatsapp(rng):
    b = B()
    maestra = given(rng, "es")
    padres = [person(rng, "es", "full") for _ in range(3)]
    d = event_date(rng)

    def pre():
        h = rng.randint(7, 21)
        return f"[{d.day:02d}/{d.month:02d}/{str(d.year)[2:]}, {h % 12 or 12}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {'a. m.' if h < 12 else 'p. m.'}] "
    fecha = f"{d.day + 0} de {MONTHS['es'][d.month - 1]}"
    b(pre(), "Maestra ", (maestra, P), ": Buenas tardes papás, les recuerdo que la junta es el ", (fecha + " a las " + ftime(rng, "es", 8), DT),
      ". Traer la credencial.\n")
    b(pre(), (padres[0], P), ": Gracias maestra 🙏\n")
    b(pre(), (padres[1], P), ": Alguien sabe cuánto es la cooperación? ", amount(rng, "MXN"), "?\n")
    b(pre(), (padres[2], P), ": Mi número nuevo es ", (phone(rng, "MX"), PH), ", agréguenme por favor\n")
    b(pre(), "Maestra ", (maestra, P), ": La fiesta de ", (first_of(person(rng, "es", "full")), P), " será en ",
      (address(rng, "MX")["one"], ADDR), ", invitan a todo el grupo 🎉\n")
    b(pre(), (padres[0], P), ": ", rng.choice(["Ok", "Enterados", "Ahí estaremos"]), "\n")
    return b


def k_it_iscrizione(rng):
    b = B()
    cul = rng.choice(["it", "it", "it", "ar", "es"])
    s = surname(rng, cul)
    g1, g2 = gpair(rng, cul)
    gen, bimbo = f"{g1} {s}", f"{g2} {s}"
    a = address(rng, "IT")
    b("DOMANDA DI ISCRIZIONE - Scuola dell'infanzia \"Gianni Rodari\"\nAnno scolastico 2025/2026\n\n")
    b("Il/La sottoscritto/a ", (gen, P), ", nato/a a ", (rng.choice(CITIES["IT"])[0], LOC), " il ", (fdate(adult_dob(rng), "it", rng), DOB),
      ",\nin qualità di genitore/tutore, CHIEDE l'iscrizione del/della bambino/a ", (bimbo, P), "\n")
    b("nato/a a ", (a["city"], LOC), " il ", (fdate(child_dob(rng), "it", rng), DOB), ", residente in ", (a["one"], ADDR), ".\n\n")
    b("Recapiti: cellulare ", (phone(rng, "IT"), PH), " - e-mail ", (email(rng, gen, "IT"), EM), "\n")
    b("Pediatra di libera scelta: Dott.ssa ", (person(rng, "it", "full"), P), "\nOrario richiesto: tempo pieno (40 ore settimanali)\n")
    b("Colloquio conoscitivo: ", (fdatetime(rng, event_date(rng), "it", False), DT), "\n")
    b("Data: ", (fdate(event_date(rng), "it", rng, 1), DT), "    Firma: ", (gen, P), "\n")
    return b


def k_pt_br_matricula(rng):
    b = B()
    s0, s = rng.sample(NAME_POOLS["pt"][1], 2)
    g1, g2 = gpair(rng, "pt")
    aluno, resp = f"{g1} {s0} {s}", f"{g2} {s}"
    a = address(rng, "BR")
    b("FICHA DE MATRÍCULA 2026 - Escola Municipal Monteiro Lobato\n\nAluno(a): ", (aluno, P), "\nData de nascimento: ",
      (fdate(child_dob(rng), "pt", rng), DOB), "\nNaturalidade: ", (rng.choice(CITIES["BR"])[0], LOC), "\nSérie/Ano: ", f"{rng.randint(1, 9)}º ano", "\n\n")
    b("Endereço: ", (a["one"], ADDR), "\nResponsável: ", (resp, P), "\nCelular/WhatsApp: ", (phone(rng, "BR"), PH), "\nE-mail: ", (email(rng, resp, "BR"), EM), "\n")
    b("Plano de saúde: ", rng.choice(["Unimed", "Amil", "Bradesco Saúde"]), " - carteirinha nº ", (digits(rng, 16), HPN), "\n")
    b("Autorizados a buscar: ", (person(rng, "pt", "full"), P), " (avó) - ", (phone(rng, "BR"), PH), "\n\n")
    b("Reunião de pais: ", (fdatetime(rng, event_date(rng), "pt", False), DT), "\nProtocolo: ", digits(rng, 12), "\n")
    return b


def k_nl_inschrijving(rng):
    b = B()
    cul = rng.choice(["nl", "nl", "nl", "tr", "ar"])
    s = surname(rng, cul)
    g, g2 = gpair(rng, cul)
    ouder = f"{g2} {s}"
    a = address(rng, "NL")
    b("Inschrijfformulier basisschool De Regenboog\n\nGegevens leerling\nAchternaam: ", (s, P), "\nVoornaam: ", (g, P),
      "\nGeboortedatum: ", (fdate(child_dob(rng), "nl", rng), DOB), "\nGeboorteplaats: ", (rng.choice(CITIES["NL"])[0], LOC), "\n")
    b("Adres: ", (a["one"], ADDR), "\n\nOuder/verzorger 1: ", (ouder, P), ", tel. ", (phone(rng, "NL"), PH), ", e-mail ", (email(rng, ouder, "NL"), EM), "\n")
    b("Huisarts: dr. ", (person(rng, "nl", "full"), P), "\nZorgverzekeraar: ", rng.choice(["Zilveren Kruis", "CZ", "VGZ", "Menzis"]),
      ", polisnummer ", (digits(rng, 9), HPN), "\n")
    b("Vrijwillige ouderbijdrage via IBAN: ", (iban(rng, "NL"), IBAN), "\nEerste schooldag: ", (fdate(event_date(rng), "nl", rng), DT), "\n")
    b("Intakegesprek: ", (fdatetime(rng, event_date(rng), "nl", False), DT), "\nDatum ondertekening: ", (fdate(event_date(rng), "nl", rng, 1), DT), "\n")
    return b


def k_pl_zgloszenie(rng):
    b = B()
    s = surname(rng, "pl")
    g1, g2 = gpair(rng, "pl")
    dz, matka = f"{g1} {s}", f"{g2} {s}"
    a = address(rng, "PL")
    b("KARTA ZGŁOSZENIA DZIECKA DO ŚWIETLICY SZKOLNEJ\nSzkoła Podstawowa nr ", str(rng.randint(1, 120)), " - rok szkolny 2025/2026\n\n")
    b("Imię i nazwisko dziecka: ", (dz, P), "\nData urodzenia: ", (fdate(child_dob(rng), "pl", rng), DOB), "\nKlasa: ", f"{rng.randint(1, 3)}{rng.choice('abc')}", "\n")
    b("Adres zamieszkania: ", (a["one"], ADDR), "\n\nMatka/opiekun prawny: ", (matka, P), ", tel. ", (phone(rng, "PL"), PH), ", e-mail: ",
      (email(rng, matka, "PL"), EM), "\n")
    b("Ojciec/opiekun prawny: ", (person(rng, "pl", "full"), P), ", tel. ", (phone(rng, "PL"), PH), "\n")
    b("Godziny pobytu w świetlicy: ", (f"{rng.randint(6, 7)}:{rng.choice(['00', '30'])}", DT), "-", (f"{rng.randint(15, 17)}:{rng.choice(['00', '30'])}", DT), "\n")
    b("Osoby upoważnione do odbioru: ", (person(rng, "pl", "full"), P), " (babcia)\n\n", (a["city"], LOC), ", dnia ",
      (fdate(event_date(rng), "pl", rng, 0), DT), "\nPodpis rodzica: ", (matka, P), "\n")
    return b


def k_sv_anmalan(rng):
    b = B()
    cul = rng.choice(["sv", "sv", "ar", "pl"])
    s = surname(rng, cul)
    g1, g2 = gpair(rng, cul)
    barn, vh1, vh2 = f"{g1} {s}", f"{g2} {s}", person(rng, "sv", "full")
    a = address(rng, "SE")
    b("Anmälan till förskola - Ekbackens förskola\n\nBarnets namn: ", (barn, P), "\nFödelsedatum: ", (fdate(child_dob(rng), "sv", rng, 1), DOB), "\n")
    b("Önskat startdatum: ", (fdate(event_date(rng), "sv", rng, 1), DT), "\nFolkbokföringsadress: ", (a["one"], ADDR), "\n\n")
    b("Vårdnadshavare 1: ", (vh1, P), ", mobil ", (phone(rng, "SE"), PH), ", e-post ", (email(rng, vh1, "SE"), EM), "\n")
    b("Vårdnadshavare 2: ", (vh2, P), ", mobil ", (phone(rng, "SE"), PH), "\n")
    b("Schema: måndag-fredag ", (f"0{rng.randint(7, 8)}.{rng.choice(['00', '30'])}", DT), "-", (f"{rng.randint(15, 17)}.{rng.choice(['00', '30'])}", DT), "\n")
    b("Allergier: ", rng.choice(["nötter", "inga", "gluten"]), "\nInskolningsmöte: ", (fdate(event_date(rng), "sv", rng, 0) + ", " + ftime(rng, "sv"), DT), "\n")
    return b


def k_tr_veli_formu(rng):
    b = B()
    s = surname(rng, "tr")
    g1, g2 = gpair(rng, "tr")
    ogr, veli = f"{g1} {s}", f"{g2} {s}"
    a = address(rng, "TR")
    b("VELİ BİLGİ FORMU - 2025-2026 Eğitim Öğretim Yılı\nAtatürk İlkokulu\n\nÖğrencinin Adı Soyadı: ", (ogr, P), "\nDoğum Tarihi: ",
      (fdate(child_dob(rng), "tr", rng), DOB), "\nDoğum Yeri: ", (rng.choice(CITIES["TR"])[0], LOC), "\nSınıfı: ", f"{rng.randint(1, 4)}-{rng.choice('ABC')}", "\n\n")
    b("Veli Adı Soyadı: ", (veli, P), "    Yakınlığı: ", rng.choice(["Anne", "Baba"]), "\nCep Telefonu: ", (phone(rng, "TR"), PH), "\nE-posta: ",
      (email(rng, veli, "TR"), EM), "\nEv Adresi: ", (a["one"], ADDR), "\n\n")
    b("Veli toplantısı: ", (fdatetime(rng, event_date(rng), "tr", False), DT), "\nSınıf öğretmeni: ", (person(rng, "tr", "full"), P), " Öğretmen\n")
    b("İmza: ", (veli, P), "    Tarih: ", (fdate(event_date(rng), "tr", rng, 1), DT), "\n")
    return b


JA_ADDR = ["東京都渋谷区神宮前", "東京都世田谷区三軒茶屋", "大阪府大阪市北区梅田", "神奈川県横浜市青葉区美しが丘", "福岡県福岡市中央区天神"]


def k_ja_renrakucho(rng):
    b = B()
    s = rng.choice(JA_NATIVE[1])
    g1, g2 = rng.sample(JA_NATIVE[0], 2)
    child, mum = f"{s} {g1}", f"{s} {g2}"
    d = event_date(rng)
    b("【連絡帳】", rng.choice(["ひまわり保育園", "さくら幼稚園", "みどり学童クラブ"]), " ", rng.choice(["ひよこ組", "もも組", "3年2組"]), "\n\n")
    b("園児氏名：", (child, P), "\n生年月日：", (fdate(child_dob(rng), "ja", rng), DOB), "\n保護者氏名：", (mum, P), "\n")
    b("住所：〒", (f"{rng.randint(100, 999)}-{digits(rng, 4)} {rng.choice(JA_ADDR)}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}", ADDR), "\n")
    b("緊急連絡先：", (phone(rng, "JP"), PH), "（母・携帯）\nメール：", (email(rng, rng.choice(NAME_POOLS['ja'][0]) + " " + rng.choice(NAME_POOLS['ja'][1]), "JP"), EM), "\n\n")
    b("お迎え予定：", (ftime(rng, "ja", 17, 30), DT), "\n連絡事項：明日（", (f"{d.month}月{d.day}日", DT), "）は遠足です。お弁当と水筒をお願いします。\n")
    b("体温 36.8℃、食事は完食しました。\n担任：", (rng.choice(JA_NATIVE[1]), P), " 先生\n")
    return b


# ---------------------------------------------------------------------------
# Document kinds without entities (hard negatives only)
# ---------------------------------------------------------------------------
def e_lunch_menu(rng):
    b = B()
    b("CAFETERIA MENU - Week ", str(rng.randint(1, 36)), " (", rng.choice(["Elementary", "Middle School", "Early Learning"]), ")\n\n")
    dishes = ["Chicken tenders, green beans, apple slices", "Taco bar with Lunch Lady Brand tacos", "Cheese pizza, Caesar salad",
              "Turkey & cheese sub, carrot sticks", "Veggie stir-fry with brown rice", "Mac & cheese, steamed broccoli",
              "Breakfast for lunch: pancakes, turkey sausage", "Ben & Jerry's cups (Friday treat)"]
    for wd, dish in zip(WEEKDAYS["en"][:5], rng.sample(dishes, 5)):
        b(f"{wd:<10} {dish:<45} {amount(rng, '$', 4)}\n")
    b("\nMilk ", amount(rng, "$", 1), " | Adult lunch ", amount(rng, "$", 6), " | Reduced price ", "$0.40\n")
    b("Allergen key: G=gluten D=dairy N=nuts S=soy. Menu item codes ", f"HS {rng.randint(1601, 2106)}.{rng.randint(10, 90)}",
      ", SKU ", digits(rng, 8), ".\nMenus subject to change. Seconds available after 10 minutes.\n")
    return b


def e_lms_changelog(rng):
    b = B()
    b("# Gradebook Sync - CHANGELOG\n\n")
    major, minor = rng.randint(2, 9), rng.randint(0, 20)
    for patch in range(rng.randint(3, 5), 0, -1):
        b(f"## v{major}.{minor}.{patch}\n")
        for _ in range(rng.randint(1, 3)):
            b("- ", rng.choice(["Fix: rounding of weighted categories", "Bump canvas-api-client to " + version(rng),
                                "Perf: cache roster lookups (p95 -38%)", "Fix: CSV export escaping for ClassDojo import",
                                "Chore: drop support for PowerSchool 19.x", "Security: rotate signing key reference to ${JWT_KEY_REF}"]),
              f" (#{rng.randint(100, 9999)}, {sha(rng, 7)})\n")
        b("\n")
    b(f"Build {sha(rng)} passed {rng.randint(400, 3000)} tests in {rng.randint(1, 9)}m {rng.randint(0, 59)}s.\n")
    return b


def e_system_log(rng):
    b = B()
    svc = rng.choice(["attendance-api", "lunch-pos", "bus-tracker", "roster-sync"])
    for _ in range(rng.randint(6, 10)):
        b(log_ts(rng), " ", rng.choice(["INFO ", "INFO ", "WARN ", "DEBUG"]), f" {svc}[{rng.randint(100, 9999)}] ",
          rng.choice([f"request_id={uuid(rng)} GET /v2/routes/{rng.randint(1, 60)} 200 {rng.randint(3, 900)}ms",
                      f"synced {rng.randint(10, 4000)} records in {rng.randint(1, 90)}s batch={uuid(rng)[:8]}",
                      f"cache miss key=roster:{sha(rng, 16)}", f"job {order_no(rng, 'JOB')} completed exit=0",
                      f"config reloaded version={version(rng)} epoch={rng.randint(1_700_000_000, 1_760_000_000)}",
                      "retrying upstream in 30s (attempt 2/5)", f"card token tok_{'*' * 12} masked in payload"]), "\n")
    return b


def e_supply_order(rng):
    b = B()
    b("ORDER CONFIRMATION - Classroom Supplies\nOrder #: ", order_no(rng, "ORD"), "    PO: ", order_no(rng, "PO"), "\nShip to: Room ",
      str(rng.randint(100, 260)), ", receiving dock B\n\n")
    for it in rng.sample(["Crayola crayons 24ct", "Expo dry-erase markers", "Elmer's glue sticks 30pk", "Ticonderoga pencils 96ct",
                          "Post-it Super Sticky notes", "Dixon chalk 144ct"], 4):
        b(f"  {rng.randint(1, 30):>3} x {it:<32}{amount(rng)}\n")
    b("\nPayment: district P-card ending ", str(rng.randint(1000, 9999)), " (reference ", bad_card(rng), ")\nTracking: 1Z",
      rstr(rng, 16, string.ascii_uppercase + string.digits), "\nEstimated delivery: 5-7 business days. Return window 30 days.\n")
    return b


def e_test_fixtures(rng):
    b = B()
    b("# fixtures/invalid_inputs.yml - every value below MUST be rejected by the SIS importer\n# suite version ", version(rng), "\n")
    b("ssn_cases:\n")
    for _ in range(3):
        b("  - \"", bad_ssn(rng), "\"\n")
    b("card_cases:   # fail Luhn\n")
    for _ in range(2):
        b("  - \"", bad_card(rng), "\"\n")
    b("masked:\n  - \"***-**-", digits(rng, 4), "\"\n  - \"XXXX-XXXX-XXXX-", digits(rng, 4), "\"\n")
    b("secrets_refs:\n  db_password: ${DB_PASSWORD}\n  api_key: \"${{ secrets.SIS_API_KEY }}\"\n  token: \"", "*" * 24, "\"\n")
    b("ids:\n  student_uuid: ", uuid(rng), "\n  commit: ", sha(rng), "\n  ticket: ", order_no(rng, "TKT"), "\n")
    return b


def e_de_stundenplan(rng):
    b = B()
    subjects = ["Deutsch", "Mathe", "Sachunterricht", "Sport", "Musik", "Kunst", "Englisch", "Religion"]
    b("Stundenplan Klasse ", f"{rng.randint(1, 4)}{rng.choice('abc')}", " - Schuljahr 2025/26\n\n", f"{'':<8}")
    for wd in WEEKDAYS["de"][:5]:
        b(f"{wd:<20}")
    b("\n")
    for st in range(1, 6):
        b(f"{st}. Std  ")
        for _ in range(5):
            b(f"{rng.choice(subjects) + ' R' + str(rng.randint(101, 220)):<20}")
        b("\n")
    b("\nHinweise: Sportzeug am Montag mitbringen. Kopiergeld ", amount(rng, "€", 9), " bis Freitag. Ausleihe Lernapp Anton (Lizenz ",
      rstr(rng, 10, string.ascii_uppercase + string.digits), ").\n")
    return b


def e_fr_menu_cantine(rng):
    b = B()
    plats = ["Carottes râpées, poulet rôti, haricots verts", "Taboulé, poisson pané, purée", "Lasagnes végétariennes, yaourt",
             "Potage, omelette, petits pois", "Salade de lentilles, boulettes de bœuf, semoule", "Pizza, compote"]
    b("MENU DE LA CANTINE - Semaine ", str(rng.randint(1, 52)), "\nRestauration scolaire - élémentaire\n\n")
    for wd, p in zip(["lundi", "mardi", "jeudi", "vendredi"], rng.sample(plats, 4)):
        b(f"{wd.capitalize():<10}: {p}\n")
    b("\nTarif repas : ", amount(rng, "€", 5), " (quotient familial tranche ", str(rng.randint(1, 8)), ")\nAllergènes : gluten (1), lait (7), œuf (3). ",
      "Produits bio : 24 %. Commande n° ", order_no(rng, "CMD"), "\n")
    return b


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
def _kinds():
    g = globals()
    en = [n for n in g if n.startswith("k_") and not re.match(r"k_(de|fr|es|it|pt|nl|pl|sv|tr|ja)_", n)]
    out = []
    for n in en:
        out.append((n[2:], "en", False, g[n]))
    for n in g:
        m = re.match(r"k_(de|fr|es|it|pt|nl|pl|sv|tr|ja)_", n)
        if m:
            out.append((n[2:], m.group(1), False, g[n]))
    for n in g:
        if n.startswith("e_"):
            m = re.match(r"e_(de|fr|es|it|pt|nl|pl|sv|tr|ja)_", n)
            out.append((n[2:], m.group(1) if m else "en", True, g[n]))
    return out


KINDS = _kinds()
EMPTY_SHARE = 0.12
NON_EN_SHARE = 0.25


def _pick_kind(rng: Random):
    if rng.random() < EMPTY_SHARE:
        pool = [k for k in KINDS if k[2]]
    elif rng.random() < NON_EN_SHARE:
        pool = [k for k in KINDS if not k[2] and k[1] != "en"]
    else:
        pool = [k for k in KINDS if not k[2] and k[1] == "en"]
    return rng.choice(pool)


def build_doc(i: int, seed: int = 0):
    """Return (doc, kind_name, lang, empty) for document i."""
    rng = Random(f"blind73-{seed}-{i}")
    name, lang, empty, fn = _pick_kind(rng)
    for attempt in range(20):
        r = rng if attempt == 0 else Random(f"blind73-{seed}-{i}-retry{attempt}")
        b = fn(r)
        text = b.text()
        if 150 <= len(text) <= 3000:
            break
    ents = [{"start": s, "end": e, "type": t} for s, e, t in sorted(b.ents)]
    return {"id": f"blind73-{seed}-{i}", "text": text, "entities": ents}, name, lang, empty


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield build_doc(i, seed)[0]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
HONORIFIC = re.compile(r"^(Dr|Mr|Mrs|Ms|Mx|Mme|M|Sra|Sr|Dott|Dott\.ssa|Sig\.ra|Herr|Frau|Prof)\.?\s", re.I)
SECRET_TYPES = {AKID, ASK, GH, SLK, STR, JWT_, PEM, PW, SEC}


def _b64json(part: str):
    pad = "=" * (-len(part) % 4)
    return json.loads(base64.urlsafe_b64decode(part + pad))


def _shape_problem(t: str, v: str) -> str | None:
    digs = re.sub(r"\D", "", v)
    if t in (P, LOC):
        if re.search(r"\d", v) or "\n" in v:
            return "digit/newline in name/place"
        if t == P and (HONORIFIC.match(v) or v.endswith("'s")):
            return "honorific or possessive inside PERSON"
    elif t == EM:
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v):
            return "bad email"
    elif t == URL:
        m = re.fullmatch(r"https?://([^/\s?#:]+)(:\d+)?([/?#]\S*)?", v)
        if not m or "@" in v:
            return "bad url"
        try:
            ipaddress.ip_address(m.group(1))
            return "url with ip host"
        except ValueError:
            pass
    elif t == IP:
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "bad ip"
    elif t == PH:
        if not re.fullmatch(r"\+?[\d\s().\-]+", v) or not 7 <= len(digs) <= 15:
            return "bad phone"
    elif t == SSN:
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
        if not m or m.group(1) in ("000", "666") or m.group(1)[0] == "9" or m.group(2) == "00" or m.group(3) == "0000":
            return "bad ssn"
    elif t == CC:
        if not re.fullmatch(r"[\d \-]+", v) or not 13 <= len(digs) <= 19 or not luhn_ok(digs):
            return "bad card"
    elif t == IBAN:
        if not iban_check_ok(v):
            return "bad iban"
    elif t in (DOB, DT):
        if not re.search(r"\d", v) or "\n" in v:
            return "date without digit"
    elif t in (MRN, HPN, ACCT, DL):
        if not re.search(r"\d", v) or "\n" in v or len(v) > 30:
            return "bad id"
    elif t == AKID:
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
            return "bad aws key id"
    elif t == ASK:
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
            return "bad aws secret"
    elif t == GH:
        if not re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,}", v):
            return "bad github token"
    elif t == SLK:
        if not re.fullmatch(r"xox[abposr]-[A-Za-z0-9-]{20,}", v):
            return "bad slack token"
    elif t == STR:
        if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{16,}", v):
            return "bad stripe key"
    elif t == JWT_:
        parts = v.split(".")
        try:
            if len(parts) != 3 or "alg" not in _b64json(parts[0]):
                return "bad jwt"
        except Exception:
            return "bad jwt header"
    elif t == PEM:
        if not re.fullmatch(r"-----BEGIN [A-Z ]*PRIVATE KEY-----\n.+\n-----END [A-Z ]*PRIVATE KEY-----", v, re.S):
            return "bad pem"
    elif t in (PW, SEC):
        if re.search(r"\s", v) or len(v) < 4:
            return "bad secret"
    if t not in (ADDR, PEM) and "\n" in v:
        return "newline in span"
    if t not in SECRET_TYPES:
        if v[-1] in ".,;:!?" or v[0] in "\"'[{<" or v[-1] in "\"'[]{}<>":
            return "punctuation at span edge"
        if v.endswith(")") and "(" not in v or v.startswith("(") and ")" not in v:
            return "unbalanced bracket at span edge"
    return None


def validate(doc) -> list[str]:
    probs = []
    text = doc.get("text", "")
    if not isinstance(text, str) or not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)} out of range")
    prev_end = -1
    prev_start = -1
    for e in doc.get("entities", []):
        s, en, t = e["start"], e["end"], e["type"]
        if t not in TYPES:
            probs.append(f"unknown type {t}")
            continue
        if not (0 <= s < en <= len(text)):
            probs.append(f"offsets out of range {s}-{en}")
            continue
        if s < prev_start:
            probs.append("entities not sorted")
        if s < prev_end:
            probs.append(f"overlap at {s}")
        prev_end, prev_start = max(prev_end, en), s
        v = text[s:en]
        if v != v.strip():
            probs.append(f"whitespace at edge of {t} {v!r}")
            continue
        p = _shape_problem(t, v)
        if p:
            probs.append(f"{p}: {t} {v!r}")
    return probs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _check(seed: int) -> int:
    n = 3000
    per_type, per_kind, per_lang = Counter(), Counter(), Counter()
    problems = 0
    empty_docs = non_en = 0
    for i in range(n):
        doc, kind, lang, empty = build_doc(i, seed)
        probs = validate(doc)
        if empty and doc["entities"]:
            probs.append("empty kind produced entities")
        if not empty and not doc["entities"]:
            probs.append("entity kind produced no entities")
        if probs:
            problems += 1
            if problems <= 25:
                print(f"[{doc['id']} {kind}] " + "; ".join(probs[:5]))
        per_kind[kind] += 1
        per_lang[lang] += 1
        empty_docs += not doc["entities"]
        non_en += lang != "en"
        for e in doc["entities"]:
            per_type[e["type"]] += 1
    print(f"\ndocs: {n}   kinds registered: {len(KINDS)}   kinds seen: {len(per_kind)}")
    print("\nentities per type:")
    for t in TYPES:
        print(f"  {t:<24}{per_type[t]:>6}")
    print(f"  {'TOTAL':<24}{sum(per_type.values()):>6}")
    print("\ndocs per kind:")
    for k, c in sorted(per_kind.items()):
        print(f"  {k:<28}{c:>5}")
    print("\ndocs per language:")
    for k, c in per_lang.most_common():
        print(f"  {k:<6}{c:>5}")
    print(f"\nnon-English share: {non_en / n:.3f}   empty share: {empty_docs / n:.3f}")
    bad = problems > 0 or len(KINDS) < 57 or len(per_kind) < 57
    print(f"\nproblem docs: {problems}  ->  {'FAIL' if bad else 'OK'}")
    return 1 if bad else 0


def _sample(k: int, seed: int) -> None:
    for i in range(k):
        doc, kind, lang, empty = build_doc(i, seed)
        print("=" * 78)
        print(f"{doc['id']}  kind={kind}  lang={lang}  entities={len(doc['entities'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  {e['type']:<22} {doc['text'][e['start']:e['end']]!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Blind corpus 73 (K-12 schools / childcare) generator")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", type=str, default="")
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
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
