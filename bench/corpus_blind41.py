#!/usr/bin/env python3
r"""Blind synthetic PII/PHI/secrets corpus #41 -- logistics, transport and field operations.

Domains / document kinds
------------------------
Freight and shipping paperwork (straight and ocean bills of lading, air waybills,
hazmat shipping papers, CBP 7501 entry summaries, CN23 postal customs
declarations, customs-broker e-mails, cargo claims, freight invoices), courier
proof-of-delivery records and CSV exports, SMS delivery notifications and
courier/customer chats, fleet telematics JSON and gateway logs, ELD driver logs,
driver applications, DOT medical certificates, fuel-card statements, port gate
transactions, ride-hailing receipts and driver earnings exports, dispatch
tickets and radio transcripts, warehouse pick lists, WMS order JSON, warehouse
injury reports, returns (RMA) forms, moving-company inventories, field-service
work orders, utility meter-reading routes, vehicle rental agreements, parking
citations and toll invoices, non-emergency medical transport manifests,
specimen-courier HL7 feeds, FHIR transport bundles, driver vCards, delivery
appointment iCalendar files, X12 204/214/856 and EDIFACT IFTMIN messages, and
ops configuration (dotenv, Kubernetes Secrets, GitHub Actions, docker-compose,
SFTP/EDI partner configs, webhook set-ups, Slack exports, nginx access logs).

About a quarter of the documents are written in German, French, Spanish,
Italian, Portuguese, Dutch or Polish (delivery notes, CMR consignment notes,
delivery e-mails, rental agreements, parking fines, meter readings, work orders,
moving inventories, courier chats, invoices, returns forms, taxi bookings,
driver timesheets), with native date, phone and address formats.  About 12% of
documents carry no labelled entity at all but are dense with hard negatives
(tracking/container/VIN/plate numbers, HS/UN codes, log timestamps, UUIDs,
hashes, masked cards, Luhn-invalid numbers, invalid-area SSN-shaped ids,
routing/BIC codes, ${VAR} references, brands, pet names, durations ...).

Usage:
    python bench/corpus_blind41.py --check
    python bench/corpus_blind41.py --sample 5
    python bench/corpus_blind41.py --n 500 --seed 3 --output out.jsonl

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

Corpus-specific decisions (applied consistently)
------------------------------------------------
* Business event times inside exports (delivered_at, pickup window, G62/DTM/AT7
  date and time elements, toll transaction date/time) are semantic fields and
  labelled; X12 date and time elements separated by "*" are two spans.
  System bookkeeping stamps (created_at / updated_at / printed / generated,
  ISA/GS/UNB, log prefixes) are not labelled.
* Building door / gate / lock-box codes given to couriers are passcodes and
  are labelled PASSWORD.
* Card expiry dates ("Exp 09/27") are expiry fields and labelled DATE_TIME.
* "Uhr", "h", "uur" suffixes of a clock time are inside the DATE_TIME span.
"""
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import json
import random
import string
import sys
import unicodedata
import uuid
from collections import Counter

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
HEX = "0123456789abcdef"
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"


# ---------------------------------------------------------------------------
# document builder: text is appended piece by piece, spans recorded on append
# ---------------------------------------------------------------------------
class Doc:
    __slots__ = ("_parts", "_pos", "ents")

    def __init__(self):
        self._parts: list[str] = []
        self._pos = 0
        self.ents: list[dict] = []

    def t(self, *chunks: str) -> "Doc":
        for c in chunks:
            self._parts.append(c)
            self._pos += len(c)
        return self

    def e(self, value, typ) -> "Doc":
        value = str(value)
        if typ is None:
            return self.t(value)
        if typ not in TYPESET:
            raise ValueError(f"unknown type {typ}")
        if not value or value != value.strip():
            raise ValueError(f"bad span value {value!r} for {typ}")
        self.ents.append({"start": self._pos, "end": self._pos + len(value), "type": typ})
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self._parts)


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
def ch(r, seq):
    return seq[r.randrange(len(seq))]


def p(r, prob):
    return r.random() < prob


def digs(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def rs(r, n, alphabet=UP + DIG):
    return "".join(r.choice(alphabet) for _ in range(n))


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def money(r, lo, hi, cur="$"):
    v = r.uniform(lo, hi)
    return f"{cur}{v:,.2f}"


def eur(r, lo, hi, loc="de"):
    v = r.uniform(lo, hi)
    s = f"{v:,.2f}"
    if loc in ("de", "es", "it", "pt", "nl", "pl", "fr"):
        s = s.replace(",", "X").replace(".", ",").replace("X", "." if loc != "fr" else "\u202f")
    return s


OCR_SUBS = {"O": "0", "o": "0", "l": "1", "I": "l", "S": "5", "B": "8", "e": "c", "a": "o", "i": "l",
            "E": "F", "G": "6", "m": "rn", "u": "v", "h": "b", "t": "f"}


def ocr(r, s, rate=0.05):
    out = []
    for c in s:
        if c in OCR_SUBS and r.random() < rate:
            out.append(OCR_SUBS[c])
        elif c == " " and r.random() < rate / 2:
            out.append("  ")
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
FIRST = {
    "en": ("James Mary Robert Patricia Michael Jennifer David Linda Carlos Maria Wei Mei Aisha Mohammed "
           "Priya Rahul Tyrone Keisha Olga Dmitri Kenji Yuki Fatima Omar Luis Ana Jamal DeShawn Emily "
           "Hannah Connor Siobhan Liam Noah Olivia Ava Ethan Sophia Isabella Mateo Chloe Grace Jasmine "
           "Tanisha Raj Anil Sunita Hyun-woo Marcus Dana Raymond Karen Tony Darnell Brittany Kevin "
           "Jose Guadalupe Xavier Shanice Trevor Colleen Bethany Dwayne Rosa Victor Leticia Brandon").split(),
    "de": ("Lukas Leon Jonas Felix Maximilian Paul Anna Lena Hannah Marie Sophie Julia Katharina Jürgen "
           "Sabine Uwe Dieter Monika Birgit Stefan Thomas Andreas Claudia Petra Tobias Svenja Mehmet "
           "Ayşe Niklas Jana Heike Ralf Kerstin Dirk").split(),
    "fr": ("Jean Pierre Michel Philippe Nicolas Julien Camille Léa Manon Chloé Sophie Nathalie Isabelle "
           "Élodie Théo Hugo Louis Gabriel Amélie Océane Karim Yasmine Sébastien Aurélie Mathieu Inès "
           "Laurent Sandrine Jérôme Clémence").split(),
    "es": ("Alejandro Pablo Javier Daniel Carmen Lucía María José Laura Marta Sergio Raúl Álvaro Elena "
           "Paula Rocío Francisco Manuel Antonio Isabel Pilar Nerea Iker Ainhoa Jorge Cristina Rubén "
           "Beatriz Adrián Noelia").split(),
    "it": ("Marco Giuseppe Francesco Alessandro Andrea Luca Giulia Francesca Chiara Sara Martina Valentina "
           "Matteo Lorenzo Davide Federica Simone Elisa Paolo Roberta Gianluca Silvia Stefano Ilaria "
           "Salvatore Antonella Fabio Beatrice").split(),
    "pt": ("João Pedro Tiago Rui Miguel André Ana Mariana Beatriz Inês Catarina Sofia Luís Carlos Joana "
           "Rita Francisca Diogo Gonçalo Raquel Nuno Filipa Hugo Marta Vasco Leonor Bruno Teresa").split(),
    "nl": ("Daan Sem Lucas Milan Levi Emma Julia Mila Tess Sophie Jeroen Sander Bas Anouk Femke Maarten "
           "Pieter Ingrid Wouter Lotte Ruben Sanne Thijs Eline Joost Marieke Koen Fleur").split(),
    "pl": ("Jakub Kacper Piotr Tomasz Krzysztof Paweł Anna Katarzyna Magdalena Agnieszka Małgorzata "
           "Joanna Michał Marcin Łukasz Zofia Ewa Wojciech Grzegorz Barbara Dorota Bartosz Justyna "
           "Mateusz Aleksandra Rafał Monika Kamil").split(),
}
FIRST["es"] = [x for x in FIRST["es"]]  # keep
LAST = {
    "en": ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
           "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
           "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
           "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts O'Brien "
           "McAllister Okafor Patel Kowalczyk Schwartz Yamamoto Kim Chen Wang Singh Abernathy Delacroix "
           "Haddad Mensah Whitfield Ochoa Bell Reyes Delgado Liu Washington Fitzgerald Castillo "
           "Kowalski Novak Brennan Takahashi Osei Bianchi Lindqvist Hoang").split(),
    "de": ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
           "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
           "Werner Krause Lehmann Köhler Yılmaz Nowak Kaya Vogel Friedrich Günther").split(),
    "fr": ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
           "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert "
           "Bonnet François Benali Nguyen Chevalier Rousseau").split(),
    "es": ("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
           "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez "
           "Ramos Iglesias Castro Ortega").split(),
    "it": ("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
           "De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Caruso").split(),
    "pt": ("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes "
           "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia").split(),
    "nl": ("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|"
           "Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|van der Meer|Kuipers").split("|"),
    "pl": ("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
           "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowska "
           "Wiśniewska Zając Pawlak").split(),
}
FIRST["gb"] = ("Oliver George Harry Jack Amelia Isla Emily Poppy Charlotte Alfie Freya Callum Rhys "
               "Niamh Siobhan Gareth Bethan Ewan Fiona Priya Imran Aaliyah Kwame Declan").split()
LAST["gb"] = ("Smith Jones Taylor Brown Williams Wilson Evans Thomas Roberts Walker Wright Robinson "
              "Thompson Hughes Edwards Green Hall Wood Harris Clarke Patel Khan Murphy MacDonald Campbell "
              "O'Neill Davies Griffiths").split()

TITLES = {
    "en": ["Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms"],
    "gb": ["Mr", "Mrs", "Ms", "Dr", "Miss"],
    "de": ["Herr", "Frau", "Dr.", "Herrn"],
    "fr": ["M.", "Mme", "Mme.", "Dr", "Mlle"],
    "es": ["Sr.", "Sra.", "D.", "Dña.", "Dr."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Ing."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng."],
    "nl": ["dhr.", "mevr.", "Dhr.", "Mevr."],
    "pl": ["Pan", "Pani", "p.", "dr"],
}


FEMALE = set(("Mary Patricia Jennifer Linda Maria Mei Aisha Priya Keisha Olga Yuki Fatima Ana Emily Hannah Siobhan Olivia "
               "Ava Sophia Isabella Chloe Grace Jasmine Tanisha Sunita Dana Karen Brittany Guadalupe Shanice Colleen "
               "Bethany Rosa Leticia Amelia Isla Poppy Charlotte Freya Niamh Bethan Fiona Aaliyah Anna Lena Marie Sophie "
               "Julia Katharina Sabine Monika Birgit Claudia Petra Svenja Ayşe Jana Heike Kerstin Camille Léa Manon Chloé "
               "Nathalie Isabelle Élodie Amélie Océane Yasmine Aurélie Inès Sandrine Clémence Carmen Lucía María Laura "
               "Marta Elena Paula Rocío Isabel Pilar Nerea Ainhoa Cristina Beatriz Noelia Giulia Francesca Chiara Sara "
               "Martina Valentina Federica Elisa Roberta Silvia Ilaria Antonella Beatrice Mariana Catarina Sofia Joana "
               "Rita Francisca Raquel Filipa Leonor Teresa Emma Mila Tess Anouk Femke Ingrid Lotte Sanne Eline Marieke "
               "Fleur Katarzyna Magdalena Agnieszka Małgorzata Joanna Zofia Ewa Barbara Dorota Justyna Aleksandra").split())
TITLES_MF = {
    "en": (["Mr.", "Mr", "Dr."], ["Ms.", "Mrs.", "Ms", "Dr."]), "gb": (["Mr", "Dr"], ["Mrs", "Ms", "Miss", "Dr"]),
    "de": (["Herr", "Herrn", "Dr."], ["Frau", "Dr."]), "fr": (["M.", "Dr"], ["Mme", "Mme.", "Mlle", "Dr"]),
    "es": (["Sr.", "D.", "Dr."], ["Sra.", "Dña.", "Dra."]), "it": (["Sig.", "Dott.", "Ing."], ["Sig.ra", "Dott.ssa"]),
    "pt": (["Sr.", "Dr.", "Eng."], ["Sra.", "Dra."]), "nl": (["dhr.", "Dhr."], ["mevr.", "Mevr."]),
    "pl": (["Pan", "p."], ["Pani", "p."]),
}


def title_for(r, loc, first):
    m, f = TITLES_MF.get(loc, TITLES_MF["en"])
    return ch(r, f if first in FEMALE else m)


def firm_domain(firm):
    generic = {"transports", "transportes", "transport", "logistics", "logistik", "logistica", "logística", "deutschland",
               "france", "grupa", "grupo", "worldwide", "trasporti", "gmbh", "ag", "se", "sarl", "s.l.", "sl", "s.p.a.",
               "spa", "b.v.", "bv", "sp.", "z", "o.o.", "kg", "co.", "plc", "e", "hijos", "fils", "de", "&", "lda", "srl"}
    toks = [t for t in ascii_fold(firm).lower().replace("&", " ").replace(",", " ").replace("'", "").split()
            if t not in generic and len(t.strip(".")) > 2]
    return "".join(t.strip(".") for t in toks[:2]) or "logistics"


def nm(r, loc="en"):
    loc2 = loc if loc in FIRST else "en"
    f = ch(r, FIRST[loc2])
    l = ch(r, LAST[loc2])
    if loc2 == "es" and p(r, 0.5):
        l2 = ch(r, LAST["es"])
        if l2 != l:
            l = f"{l} {l2}"
    return f, l


def fmt_name(r, f, l, style=None):
    style = style or ch(r, ["fl", "fl", "fl", "fml", "lf", "FL", "LF", "il"])
    if style == "fl":
        return f"{f} {l}"
    if style == "fml":
        return f"{f} {ch(r, UP)}. {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "FL":
        return f"{f} {l}".upper()
    if style == "LF":
        return f"{l}, {f}".upper()
    if style == "il":
        return f"{f[0]}. {l}"
    if style == "f":
        return f
    if style == "l":
        return l
    if style == "low":
        return f"{f} {l}".lower()
    return f"{f} {l}"


def person(r, loc="en", style=None):
    f, l = nm(r, loc)
    return fmt_name(r, f, l, style), f, l


def email_of(r, f, l, domain=None):
    f2 = ascii_fold(f).lower().replace(" ", "").replace("'", "").replace("-", "")
    l2 = ascii_fold(l).lower().replace(" ", "").replace("'", "")
    local = ch(r, [f"{f2}.{l2}", f"{f2[0]}{l2}", f"{f2}{l2[:1]}", f"{l2}.{f2}", f"{f2}_{l2}{digs(r, 2)}",
                   f"{f2}{digs(r, 3)}", f"{l2}{f2[0]}"])
    if domain is None:
        domain = ch(r, ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com",
                        "proton.me", "comcast.net"])
    return f"{local}@{domain}"


FREE_MAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "comcast.net"],
    "gb": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "sky.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt", "outlook.pt"],
    "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
}

COMPANY_EN = ["Midwest Paper Supply Co.", "Great Lakes Cold Storage LLC", "Summit Home Goods Inc.",
              "Pacific Rim Imports", "Bluegrass Bottling Company", "Redline Auto Parts",
              "Cascade Outdoor Gear", "Lone Star Plastics", "Harbor Point Furniture", "Tri-County Feed & Seed",
              "Northwind Traders", "Keystone Pharma Distribution", "Ironclad Fasteners Inc.",
              "Sunbelt Appliance Depot", "Evergreen Organics", "Atlas Industrial Supply"]
# companies / brands named after people: never labelled
EPONYM_CO = ["J.B. Hunt Transport, Inc.", "C.H. Robinson", "Penske Logistics", "Ryder System, Inc.",
             "Werner Enterprises", "Schneider National", "Kuehne+Nagel", "Dachser SE", "Hellmann Worldwide Logistics",
             "A.P. Moller - Maersk", "Müller & Söhne GmbH", "Johnson Controls", "Procter & Gamble",
             "Ben & Jerry's", "Hewlett-Packard", "Dell Technologies", "Ferrero", "Bosch", "Heineken",
             "Philips", "Carrier", "Otis", "Kellogg's", "Ford", "Mercedes-Benz", "Porsche", "Ferrari"]
CARRIERS = ["J.B. Hunt Transport, Inc.", "Schneider National", "Werner Enterprises", "Old Dominion Freight Line",
            "Estes Express Lines", "XPO Logistics", "Saia LTL Freight", "R+L Carriers", "Knight-Swift",
            "Heartland Express", "ABF Freight", "YRC Freight", "Landstar", "Ryder"]
SCAC = ["JBHT", "SNDR", "WERN", "ODFL", "EXLA", "CNWY", "SAIA", "RLCA", "KNIG", "HTLD", "ABFS", "RDWY", "LSTR", "RYDD"]
PETS = ["Biscuit", "Bruno", "Max", "Luna", "Rocky", "Bella", "Duke", "Pepper", "Daisy", "Tank", "Zeus", "Cooper",
        "Nala", "Rex", "Milo", "Bailey", "Sadie", "Charlie"]


# ---------------------------------------------------------------------------
# places / addresses
# ---------------------------------------------------------------------------
US_CITIES = [
    ("Chicago", "IL", "606", ["312", "773"]), ("Joliet", "IL", "604", ["815"]),
    ("Elk Grove Village", "IL", "600", ["847"]), ("Houston", "TX", "770", ["713", "832"]),
    ("Dallas", "TX", "752", ["214", "469"]), ("Fort Worth", "TX", "761", ["817"]),
    ("Laredo", "TX", "780", ["956"]), ("El Paso", "TX", "799", ["915"]), ("Phoenix", "AZ", "850", ["602", "480"]),
    ("Columbus", "OH", "432", ["614"]), ("Memphis", "TN", "381", ["901"]), ("Nashville", "TN", "372", ["615"]),
    ("Louisville", "KY", "402", ["502"]), ("Indianapolis", "IN", "462", ["317"]),
    ("Atlanta", "GA", "303", ["404", "678"]), ("Savannah", "GA", "314", ["912"]),
    ("Denver", "CO", "802", ["303", "720"]), ("Newark", "NJ", "071", ["973"]), ("Edison", "NJ", "088", ["732"]),
    ("Long Beach", "CA", "908", ["562"]), ("Ontario", "CA", "917", ["909"]), ("Fresno", "CA", "937", ["559"]),
    ("Stockton", "CA", "952", ["209"]), ("Sacramento", "CA", "958", ["916"]), ("Reno", "NV", "895", ["775"]),
    ("Kansas City", "MO", "641", ["816"]), ("Allentown", "PA", "181", ["610"]),
    ("Harrisburg", "PA", "171", ["717"]), ("Charlotte", "NC", "282", ["704"]), ("Seattle", "WA", "981", ["206"]),
    ("Tacoma", "WA", "984", ["253"]), ("Portland", "OR", "972", ["503"]),
    ("Salt Lake City", "UT", "841", ["801"]), ("Jacksonville", "FL", "322", ["904"]),
    ("Miami", "FL", "331", ["305", "786"]), ("Boise", "ID", "837", ["208"]), ("Omaha", "NE", "681", ["402"]),
    ("Des Moines", "IA", "503", ["515"]), ("Albuquerque", "NM", "871", ["505"]),
    ("Baltimore", "MD", "212", ["410"]), ("Tulsa", "OK", "741", ["918"]), ("Minneapolis", "MN", "554", ["612"]),
    ("Detroit", "MI", "482", ["313"]), ("Buffalo", "NY", "142", ["716"]), ("Brooklyn", "NY", "112", ["718", "347"]),
]
US_STATE_NAMES = {"IL": "Illinois", "TX": "Texas", "AZ": "Arizona", "OH": "Ohio", "TN": "Tennessee",
                  "KY": "Kentucky", "IN": "Indiana", "GA": "Georgia", "CO": "Colorado", "NJ": "New Jersey",
                  "CA": "California", "NV": "Nevada", "MO": "Missouri", "PA": "Pennsylvania",
                  "NC": "North Carolina", "WA": "Washington", "OR": "Oregon", "UT": "Utah", "FL": "Florida",
                  "ID": "Idaho", "NE": "Nebraska", "IA": "Iowa", "NM": "New Mexico", "MD": "Maryland",
                  "OK": "Oklahoma", "MN": "Minnesota", "MI": "Michigan", "NY": "New York"}
US_STREETS = ["Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lake", "Hill", "Industrial",
              "Commerce", "Distribution", "Logistics", "Airport", "Railroad", "Harbor", "Market", "Park", "Ridge",
              "Sunset", "Riverside", "Meadow", "Jefferson", "Lincoln", "Madison", "Franklin", "5th", "12th",
              "Peachtree", "Frontage", "Warehouse", "Gateway", "Enterprise", "Cottonwood", "Magnolia", "Willow"]
US_SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Way", "Pkwy", "Ct", "Hwy", "Street", "Avenue", "Road", "Drive"]
US_DIR = ["", "", "", "N ", "S ", "E ", "W "]
US_UNITS = ["Suite 200", "Ste 110", "Apt 4B", "Unit 12", "#305", "Bldg C", "Apt 12", "Suite 1450", "Unit B",
            "Apt 2R", "Ste 3"]

EU = {
    "de": {"country": "Deutschland", "cc": "DE", "cities": [
        ("Berlin", ["10", "12", "13"], "030"), ("Hamburg", ["20", "22"], "040"), ("München", ["80", "81"], "089"),
        ("Köln", ["50", "51"], "0221"), ("Frankfurt am Main", ["60"], "069"), ("Stuttgart", ["70"], "0711"),
        ("Düsseldorf", ["40"], "0211"), ("Leipzig", ["04"], "0341"), ("Dortmund", ["44"], "0231"),
        ("Bremen", ["28"], "0421"), ("Hannover", ["30"], "0511"), ("Nürnberg", ["90"], "0911"),
        ("Duisburg", ["47"], "0203"), ("Kassel", ["34"], "0561")],
           "streets": ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Industriestraße", "Lindenallee", "Am Hafen",
                       "Schillerstraße", "Goethestraße", "Friedrichstraße", "Hafenstraße", "Raiffeisenstraße",
                       "Max-Planck-Straße", "Dorfstraße", "Kirchweg", "Gewerbepark", "Lagerstraße", "Am Güterbahnhof"]},
    "fr": {"country": "France", "cc": "FR", "cities": [
        ("Paris", ["75001", "75003", "75010", "75011", "75015", "75018", "75019"], "01"),
        ("Lyon", ["69001", "69003", "69007", "69009"], "04"), ("Marseille", ["13002", "13008", "13015"], "04"),
        ("Lille", ["59000", "59800"], "03"), ("Toulouse", ["31000", "31200", "31500"], "05"),
        ("Bordeaux", ["33000", "33300", "33800"], "05"), ("Nantes", ["44000", "44100", "44300"], "02"),
        ("Strasbourg", ["67000", "67100"], "03"), ("Le Havre", ["76600", "76610"], "02"),
        ("Rouen", ["76000", "76100"], "02"), ("Montpellier", ["34000", "34070"], "04"),
        ("Roissy-en-France", ["95700"], "01")],
           "streets": ["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Haussmann",
                       "rue de la Gare", "chemin des Vignes", "allée des Tilleuls", "rue du Port", "quai de la Loire",
                       "rue des Entrepôts", "avenue de la Libération", "rue Pasteur", "impasse des Lilas"]},
    "es": {"country": "España", "cc": "ES", "cities": [
        ("Madrid", ["28001", "28014", "28020", "28045", "28037"], "91"),
        ("Barcelona", ["08001", "08013", "08029", "08040"], "93"), ("Valencia", ["46001", "46010", "46024"], "96"),
        ("Sevilla", ["41001", "41011", "41020"], "95"), ("Zaragoza", ["50001", "50012", "50197"], "976"),
        ("Bilbao", ["48001", "48008", "48013"], "94"), ("Málaga", ["29001", "29004", "29016"], "95"),
        ("Algeciras", ["11201", "11204", "11207"], "956"), ("Getafe", ["28901", "28906"], "91")],
           "streets": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Paseo de la Castellana",
                       "Gran Vía", "Calle del Puerto", "Calle Real", "Avenida de Andalucía", "Calle San Vicente",
                       "Ronda de Poniente", "Calle de la Industria", "Avinguda Diagonal"]},
    "it": {"country": "Italia", "cc": "IT", "cities": [
        ("Milano", ["20121", "20135", "20146", "20162"], "02", "MI"), ("Roma", ["00118", "00144", "00185"], "06", "RM"),
        ("Torino", ["10121", "10135", "10156"], "011", "TO"), ("Napoli", ["80121", "80133", "80142"], "081", "NA"),
        ("Bologna", ["40121", "40132", "40138"], "051", "BO"), ("Genova", ["16121", "16149", "16154"], "010", "GE"),
        ("Verona", ["37121", "37135", "37139"], "045", "VR"), ("Padova", ["35121", "35127", "35131"], "049", "PD"),
        ("Firenze", ["50121", "50127", "50145"], "055", "FI")],
           "streets": ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Viale Europa", "Via dell'Industria",
                       "Via Milano", "Via dei Mille", "Via Mazzini", "Via Nazionale", "Via del Porto", "Viale Certosa",
                       "Via della Stazione"]},
    "pt": {"country": "Portugal", "cc": "PT", "cities": [
        ("Lisboa", ["1100", "1250", "1600", "1900", "1050"], "21"), ("Porto", ["4000", "4050", "4100", "4200"], "22"),
        ("Braga", ["4700", "4710", "4715"], "253"), ("Coimbra", ["3000", "3030", "3040"], "239"),
        ("Faro", ["8000", "8005"], "289"), ("Setúbal", ["2900", "2910"], "265"), ("Aveiro", ["3800", "3810"], "234")],
           "streets": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Comércio",
                       "Travessa do Carmo", "Avenida da República", "Rua da Alegria", "Rua do Porto",
                       "Estrada Nacional 10", "Rua Direita", "Avenida dos Aliados"]},
    "nl": {"country": "Nederland", "cc": "NL", "cities": [
        ("Amsterdam", ["1011", "1017", "1053", "1072", "1096"], "020"), ("Rotterdam", ["3011", "3024", "3089"], "010"),
        ("Den Haag", ["2511", "2562", "2595"], "070"), ("Utrecht", ["3511", "3521", "3584"], "030"),
        ("Eindhoven", ["5611", "5622", "5652"], "040"), ("Tilburg", ["5011", "5038", "5047"], "013"),
        ("Venlo", ["5911", "5928"], "077"), ("Groningen", ["9711", "9725", "9746"], "050")],
           "streets": ["Kerkstraat", "Stationsweg", "Havenstraat", "Dorpsstraat", "Molenweg", "Industrieweg",
                       "Waalhaven Zuidzijde", "Keizersgracht", "Nieuwe Binnenweg", "Lange Voorhout", "Spoorlaan",
                       "Distributieweg"]},
    "pl": {"country": "Polska", "cc": "PL", "cities": [
        ("Warszawa", ["00", "01", "02", "03", "04"], "22"), ("Kraków", ["30", "31"], "12"),
        ("Łódź", ["90", "91", "93"], "42"), ("Wrocław", ["50", "53", "54"], "71"), ("Poznań", ["60", "61"], "61"),
        ("Gdańsk", ["80"], "58"), ("Gdynia", ["81"], "58"), ("Katowice", ["40"], "32"), ("Stryków", ["95"], "42")],
           "streets": ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Portowa",
                       "ul. Przemysłowa", "ul. Kwiatowa", "ul. Lipowa", "ul. Składowa", "ul. Polna", "ul. Magazynowa",
                       "ul. Mickiewicza"]},
    "gb": {"country": "United Kingdom", "cc": "GB", "cities": [
        ("London", ["E1", "SE10", "NW1", "E14", "W3", "N7"], "020"), ("Manchester", ["M1", "M4", "M14"], "0161"),
        ("Birmingham", ["B1", "B5", "B12"], "0121"), ("Leeds", ["LS1", "LS6", "LS11"], "0113"),
        ("Felixstowe", ["IP11"], "01394"), ("Southampton", ["SO14", "SO15"], "023"),
        ("Bristol", ["BS1", "BS3"], "0117"), ("Glasgow", ["G1", "G3", "G51"], "0141")],
           "streets": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Dock Road",
                       "Park Avenue", "Queen's Road", "Trinity Street", "Wharf Road", "Manor Way", "King Street"]},
}
COUNTRY_NAMES = {
    "de": {"de": "Deutschland", "fr": "Allemagne", "es": "Alemania", "it": "Germania", "pt": "Alemanha",
           "nl": "Duitsland", "pl": "Niemcy", "gb": "Germany", "en": "Germany"},
    "fr": {"de": "Frankreich", "fr": "France", "es": "Francia", "it": "Francia", "pt": "França", "nl": "Frankrijk",
           "pl": "Francja", "gb": "France", "en": "France"},
    "es": {"de": "Spanien", "fr": "Espagne", "es": "España", "it": "Spagna", "pt": "Espanha", "nl": "Spanje",
           "pl": "Hiszpania", "gb": "Spain", "en": "Spain"},
    "it": {"de": "Italien", "fr": "Italie", "es": "Italia", "it": "Italia", "pt": "Itália", "nl": "Italië",
           "pl": "Włochy", "gb": "Italy", "en": "Italy"},
    "pt": {"de": "Portugal", "fr": "Portugal", "es": "Portugal", "it": "Portogallo", "pt": "Portugal",
           "nl": "Portugal", "pl": "Portugalia", "gb": "Portugal", "en": "Portugal"},
    "nl": {"de": "Niederlande", "fr": "Pays-Bas", "es": "Países Bajos", "it": "Paesi Bassi", "pt": "Países Baixos",
           "nl": "Nederland", "pl": "Holandia", "gb": "Netherlands", "en": "Netherlands"},
    "pl": {"de": "Polen", "fr": "Pologne", "es": "Polonia", "it": "Polonia", "pt": "Polónia", "nl": "Polen",
           "pl": "Polska", "gb": "Poland", "en": "Poland"},
    "gb": {"de": "Vereinigtes Königreich", "fr": "Royaume-Uni", "es": "Reino Unido", "it": "Regno Unito",
           "pt": "Reino Unido", "nl": "Verenigd Koninkrijk", "pl": "Wielka Brytania", "gb": "United Kingdom",
           "en": "United Kingdom"},
}


class Addr:
    """A generated postal address; .street holds number+street(+unit)."""
    __slots__ = ("loc", "street", "unit", "city", "region", "postcode", "cc", "country", "area")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k, ""))

    def city_region(self):
        if self.loc == "en":
            return f"{self.city}, {self.region}"
        return self.city

    def last_line(self):
        if self.loc == "en":
            return f"{self.city}, {self.region} {self.postcode}"
        if self.loc == "gb":
            return f"{self.city} {self.postcode}"
        if self.loc == "it":
            return f"{self.postcode} {self.city} ({self.region})"
        return f"{self.postcode} {self.city}"

    def line1(self):
        return self.street

    def one(self, with_country=False, unit=True, country_lang=None):
        parts = [self.street]
        if unit and self.unit:
            if self.loc == "gb":
                parts = [self.unit, self.street]
            else:
                parts.append(self.unit)
        parts.append(self.last_line())
        s = ", ".join(parts)
        if with_country:
            s += ", " + (COUNTRY_NAMES.get(self.loc, {}).get(country_lang or self.loc) or self.country)
        return s

    def multi(self, upper=False, with_country=False, country_lang=None):
        lines = []
        if self.loc == "gb" and self.unit:
            lines.append(f"{self.unit}, {self.street}")
        else:
            lines.append(self.street + (f" {self.unit}" if self.unit and self.loc == "en" else ""))
            if self.unit and self.loc != "en":
                lines.append(self.unit)
        ll = self.last_line()
        if self.loc == "fr" and p(random.Random(self.street), 0.5):
            ll = f"{self.postcode} {self.city.upper()}"
        lines.append(ll)
        if with_country:
            lines.append(COUNTRY_NAMES.get(self.loc, {}).get(country_lang or self.loc) or self.country)
        s = "\n".join(lines)
        return s.upper() if upper else s


def us_zip(r, z3):
    return z3 + f"{r.randint(1, 99):02d}"


def addr(r, loc="en", unit_p=0.3):
    if loc == "en":
        city, st, z3, acs = ch(r, US_CITIES)
        num = str(r.randint(10, 98999)) if p(r, 0.8) else str(r.randint(1, 999))
        street = f"{num} {ch(r, US_DIR)}{ch(r, US_STREETS)} {ch(r, US_SUFFIX)}"
        return Addr(loc=loc, street=street, unit=ch(r, US_UNITS) if p(r, unit_p) else "", city=city, region=st,
                    postcode=us_zip(r, z3), cc="US", country="USA", area=ch(r, acs))
    data = EU[loc]
    c = ch(r, data["cities"])
    city, pcs, area = c[0], c[1], c[2]
    region = c[3] if len(c) > 3 else ""
    st = ch(r, data["streets"])
    n = r.randint(1, 180)
    unit = ""
    if loc == "de":
        pc = ch(r, pcs) + digs(r, 3)
        street = f"{st} {n}{ch(r, ['', '', '', 'a', 'b'])}"
    elif loc == "fr":
        pc = ch(r, pcs)
        street = f"{n}{ch(r, ['', '', '', ' bis'])} {st}"
        unit = ch(r, ["Bât. B", "Bâtiment C", "Appt 12", "Escalier 2", "ZA des Marais"]) if p(r, unit_p) else ""
    elif loc == "es":
        pc = ch(r, pcs)
        street = f"{st} {n}" if p(r, 0.6) else f"{st}, {n}"
        unit = ch(r, ["3º B", "2º izq.", "1º dcha.", "bajo", "5º A", "Nave 7"]) if p(r, max(unit_p, 0.5)) else ""
    elif loc == "it":
        pc = ch(r, pcs)
        street = f"{st} {n}" if p(r, 0.5) else f"{st}, {n}"
        unit = ch(r, ["scala B", "int. 5", "piano 3"]) if p(r, unit_p / 2) else ""
    elif loc == "pt":
        pc = ch(r, pcs) + "-" + digs(r, 3)
        street = f"{st} {n}" if p(r, 0.5) else f"{st}, n.º {n}"
        unit = ch(r, ["2.º Esq.", "1.º Dto.", "R/C", "3.º Frente", "Armazém 4"]) if p(r, max(unit_p, 0.5)) else ""
    elif loc == "nl":
        pc = ch(r, pcs) + " " + ch(r, ["AB", "CJ", "LG", "KT", "HR", "BN", "EV", "PW", "XZ", "MR"])
        street = f"{st} {n}{ch(r, ['', '', '-A', '-2', ' bis'])}"
    elif loc == "pl":
        pc = ch(r, pcs) + "-" + digs(r, 3)
        street = f"{st} {n}" + (f"/{r.randint(1, 60)}" if p(r, 0.3) else "")
        unit = f"m. {r.randint(1, 80)}" if p(r, unit_p / 2) else ""
        if street.count("/") == 0 and unit:
            street, unit = f"{street} {unit}", ""
    else:  # gb
        pc = ch(r, pcs) + " " + str(r.randint(1, 9)) + rs(r, 2, "ABDEFGHJLNPQRSTUWXYZ")
        street = f"{n} {st}"
        unit = ch(r, ["Flat 3", "Unit 12", "Flat 2B", "Suite 4"]) if p(r, unit_p) else ""
    return Addr(loc=loc, street=street, unit=unit, city=city, region=region, postcode=pc, cc=data["cc"],
                country=data["country"], area=area)


def addr_near(r, a, unit_p=0.3):
    """Another street address in the same city as `a`."""
    b = addr(r, a.loc, unit_p)
    b.city, b.region, b.area = a.city, a.region, a.area
    if a.loc == "en":
        b.postcode = a.postcode[:3] + f"{r.randint(1, 99):02d}"
    elif a.loc == "gb":
        b.postcode = a.postcode.split()[0] + " " + str(r.randint(1, 9)) + rs(r, 2, "ABDEFGHJLNPQRSTUWXYZ")
    elif a.loc in ("de", "es", "it", "pl", "pt", "nl"):
        b.postcode = a.postcode[:2] + "".join(ch(r, DIG) if c.isdigit() else c for c in a.postcode[2:])
    else:
        b.postcode = a.postcode
    return b


US_REGIONS = {
    "MW": ["Chicago", "Joliet", "Elk Grove Village", "Indianapolis", "Columbus", "Louisville", "Des Moines", "Omaha",
           "Kansas City", "Minneapolis", "Detroit"],
    "S": ["Houston", "Dallas", "Fort Worth", "Laredo", "Memphis", "Nashville", "Atlanta", "Savannah", "Charlotte",
          "Jacksonville", "Miami", "Tulsa"],
    "W": ["Phoenix", "Long Beach", "Ontario", "Fresno", "Stockton", "Sacramento", "Reno", "Salt Lake City", "Boise",
          "Denver", "Albuquerque", "El Paso", "Seattle", "Tacoma", "Portland"],
    "NE": ["Newark", "Edison", "Allentown", "Harrisburg", "Baltimore", "Buffalo", "Brooklyn"],
}
US_METROS = [["Chicago", "Joliet", "Elk Grove Village"], ["Dallas", "Fort Worth"], ["Long Beach", "Ontario"],
             ["Sacramento", "Stockton"], ["Newark", "Edison", "Brooklyn"], ["Seattle", "Tacoma"], ["Houston"],
             ["Atlanta"], ["Phoenix"], ["Denver"], ["Miami"], ["Minneapolis"], ["Columbus"], ["Nashville"]]
_CITY = {c[0]: c for c in US_CITIES}


def region_cities(r, n=3, metro=False):
    """n city tuples from one US region (or one metro area) -- keeps routes plausible."""
    pool = ch(r, US_METROS) if metro else ch(r, list(US_REGIONS.values()))
    return [_CITY[ch(r, pool)] for _ in range(n)]


FOREIGN_PORTS = [("Shanghai", "China"), ("Ningbo", "China"), ("Shenzhen", "China"), ("Busan", "South Korea"),
                 ("Singapore", None), ("Ho Chi Minh City", "Vietnam"), ("Rotterdam", "Netherlands"),
                 ("Hamburg", "Germany"), ("Antwerp", "Belgium"), ("Felixstowe", "United Kingdom"),
                 ("Valencia", "Spain"), ("Genoa", "Italy"), ("Kaohsiung", "Taiwan"), ("Nhava Sheva", "India"),
                 ("Laem Chabang", "Thailand"), ("Colombo", "Sri Lanka"), ("Qingdao", "China"), ("Yokohama", "Japan")]
US_PORTS = [("Long Beach", "CA"), ("Los Angeles", "CA"), ("Oakland", "CA"), ("Seattle", "WA"), ("Tacoma", "WA"),
            ("Houston", "TX"), ("Savannah", "GA"), ("Charleston", "SC"), ("Newark", "NJ"), ("Norfolk", "VA"),
            ("Baltimore", "MD"), ("Miami", "FL")]


ASIA_SHIPPERS = [
    ("Ningbo Sunrise Housewares Co., Ltd.", lambda r: f"No. {r.randint(1, 399)} Jinhai Road, Beilun District, Ningbo, Zhejiang 3158{r.randint(0, 9)}{r.randint(0, 9)}, China", "Ningbo, China"),
    ("Shenzhen Brightway Electronics Ltd.", lambda r: f"Room {r.randint(101, 2408)}, Block B, Tianan Cyber Park, Futian District, Shenzhen, Guangdong 5180{r.randint(10, 99)}, China", "Shenzhen, China"),
    ("Busan Marine Parts Co.", lambda r: f"{r.randint(1, 99)}, Chungjang-daero {r.randint(1, 30)}beon-gil, Jung-gu, Busan 48{r.randint(100, 999)}, Republic of Korea", "Busan, South Korea"),
    ("Saigon Timber Furniture JSC", lambda r: f"Lot {ch(r, 'ABCD')}{r.randint(1, 40)}, Song Than {r.randint(1, 3)} Industrial Park, Di An, Binh Duong, Vietnam", "Ho Chi Minh City, Vietnam"),
    ("Qingdao Haiyue Tire Co., Ltd.", lambda r: f"No. {r.randint(1, 300)} Huanghe East Road, Huangdao District, Qingdao, Shandong 2665{r.randint(10, 99)}, China", "Qingdao, China"),
]


def port_name(r, foreign=True):
    if foreign:
        c, k = ch(r, FOREIGN_PORTS)
        return f"{c}, {k}" if k and p(r, 0.7) else c
    c, s = ch(r, US_PORTS)
    return f"{c}, {s}"


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
US_AREAS = [a for c in US_CITIES for a in c[3]]


def _exch(r):
    while True:
        x = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if x[1:] != "11":
            return x


def phone(r, loc="en", area=None, kind=None):
    kind = kind or ("mobile" if p(r, 0.4) else "land")
    if loc == "en":
        if kind == "toll":
            return ch(r, ["1-800-", "1-888-", "(800) ", "1-877-", "(866) ", "800-", "1-855-"]) + f"{_exch(r)}-{digs(r, 4)}"
        ac = area or ch(r, US_AREAS)
        ex, ln = _exch(r), digs(r, 4)
        f = ch(r, ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}", "+1 ({a}) {e}-{l}",
                   "1-{a}-{e}-{l}", "+1-{a}-{e}-{l}", "{a}{e}{l}"])
        return f.format(a=ac, e=ex, l=ln)
    if loc == "gb":
        if kind == "mobile":
            n = "7" + ch(r, ["400", "700", "911", "825", "392", "583"]) + digs(r, 6)
            return ch(r, [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}"])
        a = area or "020"
        if a == "020":
            return ch(r, [f"020 7{digs(r, 3)} {digs(r, 4)}", f"+44 20 7{digs(r, 3)} {digs(r, 4)}"])
        rest = digs(r, 10 - len(a[1:]))
        return ch(r, [f"{a} {rest[:3]} {rest[3:]}", f"+44 {a[1:]} {rest}"])
    if loc == "de":
        if kind == "mobile":
            pre = ch(r, ["151", "152", "160", "170", "171", "172", "176", "157", "162"])
            n = digs(r, 8)
            return ch(r, [f"0{pre} {n}", f"+49 {pre} {n}", f"0{pre}/{n}", f"+49 ({pre}) {n[:4]} {n[4:]}"])
        a = area or "030"
        n = digs(r, 11 - len(a))
        return ch(r, [f"{a} {n}", f"+49 {a[1:]} {n}", f"+49 (0){a[1:]} {n}", f"{a}/{n}", f"{a} {n[:3]} {n[3:]}-0"])
    if loc == "fr":
        if kind == "mobile":
            n = ch(r, ["6", "7"]) + digs(r, 8)
        else:
            n = (area or "01")[1] + digs(r, 8)
        g = " ".join([n[1:3], n[3:5], n[5:7], n[7:9]])
        return ch(r, [f"0{n[0]} {g}", f"+33 {n[0]} {g}", f"0{n[0]}.{g.replace(' ', '.')}", f"+33 (0){n[0]} {g}"])
    if loc == "es":
        if kind == "mobile":
            n = ch(r, ["6", "7"]) + digs(r, 8)
        else:
            a = area or "91"
            n = a + digs(r, 9 - len(a))
        return ch(r, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                      f"+34 {n}", f"(+34) {n[:3]} {n[3:6]} {n[6:]}"])
    if loc == "it":
        if kind == "mobile":
            pre = ch(r, ["333", "347", "340", "328", "320", "393", "366"])
            n = digs(r, 7)
            return ch(r, [f"{pre} {n}", f"+39 {pre} {n[:3]} {n[3:]}", f"{pre} {n[:3]} {n[3:]}", f"+39 {pre}{n}"])
        a = area or "02"
        n = digs(r, 10 - len(a))
        return ch(r, [f"{a} {n}", f"+39 {a} {n}", f"{a}-{n}", f"+39 {a} {n[:4]} {n[4:]}"])
    if loc == "pt":
        if kind == "mobile":
            n = "9" + ch(r, ["1", "2", "3", "6"]) + digs(r, 7)
        else:
            a = area or "21"
            n = a + digs(r, 9 - len(a))
        return ch(r, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"+351 {n}",
                      f"(+351) {n[:2]} {n[2:5]} {n[5:]}"])
    if loc == "nl":
        if kind == "mobile":
            n = digs(r, 8)
            return ch(r, [f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n}", f"+31 (0)6 {n[:4]} {n[4:]}"])
        a = area or "020"
        n = digs(r, 10 - len(a))
        return ch(r, [f"{a}-{n}", f"{a} {n[:3]} {n[3:]}", f"+31 {a[1:]} {n}", f"+31 (0){a[1:]} {n[:3]} {n[3:]}"])
    if loc == "pl":
        if kind == "mobile":
            n = ch(r, ["5", "6", "7", "8"]) + digs(r, 8)
            return ch(r, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}",
                          f"+48 {n}"])
        a = area or "22"
        n = digs(r, 7)
        return ch(r, [f"{a} {n[:3]} {n[3:5]} {n[5:]}", f"+48 {a} {n[:3]} {n[3:5]} {n[5:]}", f"({a}) {n[:3]}-{n[3:5]}-{n[5:]}"])
    raise ValueError(loc)


# ---------------------------------------------------------------------------
# dates and times
# ---------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
           "grudnia").split(),
}
MONTHS["gb"] = MONTHS["en"]
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
}
WEEKDAYS["gb"] = WEEKDAYS["en"]


def rdate(r, y0=2023, y1=2025):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(start, end))


def dob(r, y0=1948, y1=2004):
    return rdate(r, y0, y1)


def rtime(r, h0=6, h1=20, step=5):
    return r.randint(h0, h1), r.randrange(0, 60, step)


def dstr(r, d, loc="en", style=None):
    M = MONTHS[loc]
    if loc == "en":
        style = style or ch(r, ["mdy", "mdy", "mdy", "long", "short", "iso", "mdy2", "nopad"])
        if style == "mdy":
            return d.strftime("%m/%d/%Y")
        if style == "mdy2":
            return d.strftime("%m/%d/%y")
        if style == "nopad":
            return f"{d.month}/{d.day}/{d.year}"
        if style == "long":
            return f"{M[d.month - 1]} {d.day}, {d.year}"
        if style == "short":
            return f"{M[d.month - 1][:3]} {d.day}, {d.year}"
        if style == "dmy_short":
            return f"{d.day:02d}-{M[d.month - 1][:3].upper()}-{d.year}"
        return d.isoformat()
    if loc == "gb":
        style = style or ch(r, ["dmy", "dmy", "long", "short", "iso"])
        if style == "dmy":
            return d.strftime("%d/%m/%Y")
        if style == "long":
            return f"{d.day} {M[d.month - 1]} {d.year}"
        if style == "short":
            return f"{d.day} {M[d.month - 1][:3]} {d.year}"
        return d.isoformat()
    if loc in ("de", "pl"):
        style = style or ch(r, ["dot", "dot", "dot", "long", "iso"])
        if style == "dot":
            return d.strftime("%d.%m.%Y")
        if style == "long":
            return f"{d.day}. {M[d.month - 1]} {d.year}" if loc == "de" else f"{d.day} {M[d.month - 1]} {d.year}"
        return d.isoformat()
    if loc in ("fr", "it", "es", "pt"):
        style = style or ch(r, ["slash", "slash", "slash", "long", "alt"])
        if style == "slash":
            return d.strftime("%d/%m/%Y")
        if style == "alt":
            return d.strftime("%d.%m.%Y") if loc == "it" else (d.strftime("%d-%m-%Y") if loc in ("es", "pt") else d.isoformat())
        if loc in ("es", "pt"):
            return f"{d.day} de {M[d.month - 1]} de {d.year}"
        return f"{d.day} {M[d.month - 1]} {d.year}"
    if loc == "nl":
        style = style or ch(r, ["dash", "dash", "long", "iso"])
        if style == "dash":
            return d.strftime("%d-%m-%Y")
        if style == "long":
            return f"{d.day} {M[d.month - 1]} {d.year}"
        return d.isoformat()
    raise ValueError(loc)


def tstr(r, h, m, loc="en", style=None):
    if loc == "en":
        style = style or ch(r, ["ampm", "ampm", "24"])
    elif loc == "gb":
        style = style or ch(r, ["24", "24", "ampm_l"])
    else:
        style = style or ch(r, ["24", "24", "alt"])
    if style == "ampm":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if style == "ampm_l":
        return f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}"
    if style == "24" or loc in ("es", "pl"):
        if style == "alt" and loc == "es":
            return f"{h:02d}:{m:02d} h"
        return f"{h:02d}:{m:02d}"
    if loc == "de":
        return f"{h:02d}:{m:02d} Uhr"
    if loc in ("fr", "pt"):
        return f"{h}h{m:02d}"
    if loc == "it":
        return f"{h:02d}.{m:02d}"
    if loc == "nl":
        return f"{h:02d}.{m:02d} uur"
    return f"{h:02d}:{m:02d}"


def dtstr(r, d, h, m, loc="en"):
    ds = dstr(r, d, loc)
    ts = tstr(r, h, m, loc)
    joiner = {
        "en": [" at ", " ", ", "], "gb": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", " "],
        "es": [" a las ", ", "], "it": [" alle ", " "], "pt": [" às ", ", "], "nl": [" ", ", "], "pl": [", ", " "],
    }[loc]
    return f"{ds}{ch(r, joiner)}{ts}"


def wdstr(r, d, loc="en"):
    W = WEEKDAYS[loc][d.weekday()]
    M = MONTHS[loc]
    if loc == "en":
        return ch(r, [f"{W}, {M[d.month - 1]} {d.day}, {d.year}", f"{W[:3]}, {d.strftime('%m/%d/%Y')}",
                      f"{W} {d.strftime('%m/%d/%Y')}"])
    if loc == "gb":
        return ch(r, [f"{W} {d.day} {M[d.month - 1]} {d.year}", f"{W[:3]} {d.strftime('%d/%m/%Y')}"])
    if loc == "de":
        return ch(r, [f"{W}, {d.day}. {M[d.month - 1]} {d.year}", f"{W[:2]}., {d.strftime('%d.%m.%Y')}",
                      f"{W}, {d.strftime('%d.%m.%Y')}"])
    if loc in ("es", "pt"):
        return f"{W}, {d.day} de {M[d.month - 1]} de {d.year}"
    if loc == "pl":
        return f"{W}, {d.day} {M[d.month - 1]} {d.year}"
    return f"{W} {d.day} {M[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------
# checksummed identifiers
# ---------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    if len(ds) < 12:
        return False
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def luhn_complete(prefix_digits: str) -> str:
    for c in DIG:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def card(r, brand=None, sep=None):
    brand = brand or ch(r, ["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + digs(r, 14)
    elif brand == "mc":
        body = ch(r, ["51", "52", "53", "54", "55", "2221", "2720"]) 
        body += digs(r, 15 - len(body))
    elif brand == "amex":
        body = ch(r, ["34", "37"]) + digs(r, 12)
    else:
        body = "6011" + digs(r, 11)
    num = luhn_complete(body)
    sep = sep if sep is not None else ch(r, [" ", " ", "-", ""])
    if len(num) == 15:
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}" if sep else num
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num


def bad_card(r):
    """16-digit number that fails Luhn (hard negative)."""
    body = "4" + digs(r, 14)
    good = luhn_complete(body)
    bad = good[:-1] + str((int(good[-1]) + r.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    sep = ch(r, [" ", "-", ""])
    return sep.join(bad[i:i + 4] for i in range(0, 16, 4)) if sep else bad


def masked_card(r):
    last4 = digs(r, 4)
    return ch(r, [f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"ending in {last4}", f"•••• {last4}",
                  f"************{last4}", f"xxxxxxxxxxxx{last4}"])


def cc_exp(r):
    return f"{r.randint(1, 12):02d}/{r.randint(25, 31)}"


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "PL": 28, "GB": 22, "BE": 16, "AT": 20,
            "CH": 21, "LU": 20, "IE": 22}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or IBAN_LEN.get(s[:2], len(s)) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or ch(r, ["DE", "FR", "ES", "IT", "NL", "PT", "PL", "GB", "BE", "AT"])
    if cc == "NL":
        bban = ch(r, ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + digs(r, 10)
    elif cc == "GB":
        bban = ch(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digs(r, 14)
    elif cc == "IT":
        bban = ch(r, UP) + digs(r, 22)
    elif cc == "IE":
        bban = ch(r, ["AIBK", "BOFI"]) + digs(r, 14)
    else:
        bban = digs(r, IBAN_LEN[cc] - 4)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    grouped = p(r, 0.65) if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


BICS = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "UNCRITMM", "BCOMPTPL", "ABNANL2A", "PKOPPLPW",
        "CHASUS33", "BOFAUS3N", "INGBNL2A", "SOGEFRPP", "BSCHESMM", "BPPIPTPL", "RABONL2U", "BREXPLPW",
        "HYVEDEMM", "NWBKGB2L", "GEBABEBB", "BKAUATWW"]


def aba(r):
    while True:
        d8 = [int(c) for c in digs(r, 8)]
        if d8[0] > 3:
            d8[0] = r.randint(0, 3)
        for c in range(10):
            dd = d8 + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and sr != 0


def ssn(r, sep=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, sr = r.randint(1, 99), r.randint(1, 9999)
    sep = ch(r, ["-", "-", "-", " ", ""]) if sep is None else sep
    return f"{a:03d}{sep}{g:02d}{sep}{sr:04d}"


def bad_ssn(r):
    a = ch(r, [0, 666, r.randint(900, 999), r.randint(900, 999)])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ein(r):
    return f"{r.randint(10, 98)}-{digs(r, 7)}"


_VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7,
          "Y": 8, "Z": 9}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = ch(r, ["1FT", "1XK", "3AK", "1FU", "4V4", "1HG", "WDB", "WDF", "VF1", "ZFA", "5YJ", "1GC", "WBA", "JTD", "2T1"])
    s = wmi + rs(r, 5, al) + "0" + ch(r, "NPRSTV") + rs(r, 1, al) + digs(r, 6)
    tot = sum(_VIN_T[c] * w for c, w in zip(s, _VIN_W))
    cd = tot % 11
    return s[:8] + ("X" if cd == 10 else str(cd)) + s[9:]


def container(r):
    owner = ch(r, ["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "EGHU", "CSQU", "TCNU", "SEGU", "FCIU", "MRKU"])
    serial = digs(r, 6)
    vals = {}
    v = 10
    for c in UP:
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    s = owner + serial
    tot = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(s))
    cd = tot % 11 % 10
    return f"{s}{cd}"


def plate(r, loc="en"):
    if loc == "en":
        return ch(r, [f"{r.randint(1, 9)}{rs(r, 3, UP)}{digs(r, 3)}", f"{rs(r, 3, UP)}-{digs(r, 4)}",
                      f"{rs(r, 3, UP)} {digs(r, 4)}", f"P{digs(r, 6)}", f"{digs(r, 3)} {rs(r, 3, UP)}"])
    if loc == "de":
        return f"{ch(r, ['HH', 'B', 'M', 'K', 'F', 'S', 'D', 'L', 'DO', 'HB', 'H', 'N', 'DU', 'KS'])}-{rs(r, 2, UP)} {r.randint(1, 9999)}"
    if loc == "fr":
        return f"{rs(r, 2, UP)}-{digs(r, 3)}-{rs(r, 2, UP)}"
    if loc == "es":
        return f"{digs(r, 4)} {rs(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    if loc == "it":
        return f"{rs(r, 2, UP)} {digs(r, 3)}{rs(r, 2, UP)}" if p(r, .3) else f"{rs(r, 2, UP)} {digs(r, 3)} {rs(r, 2, UP)}"
    if loc == "pt":
        return f"{rs(r, 2, UP)}-{digs(r, 2)}-{rs(r, 2, UP)}"
    if loc == "nl":
        return f"{rs(r, 2, 'GHJKLNPRSTVXZ')}-{digs(r, 3)}-{rs(r, 1, 'BDFGHJKLNPRSTVXZ')}"
    if loc == "pl":
        return f"{ch(r, ['WA', 'WE', 'KR', 'EL', 'DW', 'PO', 'GD', 'SK', 'ESK'])} {digs(r, 4)}{rs(r, 1, UP)}"
    return f"{rs(r, 2, UP)}{digs(r, 2)} {rs(r, 3, UP)}"  # gb


def tracking(r, carrier=None):
    carrier = carrier or ch(r, ["ups", "fedex", "usps", "dhl"])
    if carrier == "ups":
        return "1Z" + rs(r, 6) + digs(r, 10)
    if carrier == "fedex":
        return digs(r, 12)
    if carrier == "usps":
        n = "9400" + digs(r, 18)
        return " ".join(n[i:i + 4] for i in range(0, 22, 4))
    return "JD" + digs(r, 18) if p(r, .5) else digs(r, 10)


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r, n=40):
    return rs(r, n, HEX)


def ipv4(r, private=None):
    private = p(r, 0.4) if private is None else private
    if private:
        return ch(r, [f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    while True:
        a = r.randint(11, 223)
        if a not in (127, 172, 192, 10, 100, 169):
            break
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    groups = ["2001", "db8" if p(r, .3) else f"{r.randint(0x2400, 0x2a0f):x}"] + [f"{r.getrandbits(16):x}" for _ in range(6)]
    if p(r, 0.5):
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    return ":".join(groups)


def mac(r):
    return ":".join(f"{r.getrandbits(8):02X}" for _ in range(6))


HS_CODES = ["8471.30.0100", "9403.60.8081", "6403.99.9065", "8517.62.0090", "3926.90.9985", "9503.00.0073",
            "6110.20.2079", "8708.29.5060", "4819.10.0040", "2106.90.9998", "8528.72.6400", "9401.61.6011",
            "7318.15.2095", "3004.90.9290", "0901.21.0020", "6204.62.4011"]
UN_HAZ = [("UN1203", "Gasoline", "3", "II"), ("UN1993", "Flammable liquid, n.o.s. (Ethanol, Toluene)", "3", "III"),
          ("UN1263", "Paint related material", "3", "II"), ("UN3480", "Lithium ion batteries", "9", "II"),
          ("UN1830", "Sulfuric acid", "8", "II"), ("UN1075", "Liquefied petroleum gas", "2.1", ""),
          ("UN2794", "Batteries, wet, filled with acid", "8", "III"), ("UN1950", "Aerosols, flammable", "2.1", ""),
          ("UN1789", "Hydrochloric acid", "8", "II"), ("UN3082", "Environmentally hazardous substance, liquid, n.o.s.", "9", "III")]
BRANDS_VEH = ["Freightliner Cascadia", "Volvo VNL 760", "Kenworth T680", "Peterbilt 579", "International LT",
              "Ford Transit 350", "Mercedes-Benz Sprinter 2500", "Ram ProMaster", "Isuzu NPR-HD", "Mack Anthem",
              "Chevrolet Express", "Ford E-450"]
SKU_ITEMS = [("BJ-PINT-CC", "Ben & Jerry's Cookie Dough 8x16oz"), ("KLG-FRS-12", "Kellogg's Frosted Flakes 12ct"),
             ("PG-TIDE-150", "Tide Pods 81ct (Procter & Gamble)"), ("HP-305XL-BK", "HP 305XL Black Ink"),
             ("DL-U2723QE", "Dell UltraSharp 27 Monitor"), ("BSH-GSR12V", "Bosch GSR12V Drill Kit"),
             ("PHL-HUE-A19", "Philips Hue A19 4-pack"), ("FER-RCHR-48", "Ferrero Rocher T48"),
             ("HNK-LGR-24", "Heineken Lager 24x330ml"), ("DYS-V15", "Dyson V15 Detect"),
             ("MLW-COF-1KG", "Melitta Coffee 1kg"), ("WRG-ICE-500", "Wrigley's Extra 500ct"),
             ("CMP-SOUP-12", "Campbell's Tomato Soup 12x10.75oz"), ("HNZ-KTCH-32", "Heinz Ketchup 32oz"),
             ("3M-8210", "3M 8210 N95 Respirator 20ct"), ("GEN-PLT-48", "Pallet wrap 18in x 1500ft"),
             ("STN-DW745", "DeWalt DW745 Table Saw"), ("LEV-501-3232", "Levi's 501 32x32"),
             ("MRY-FLR-1G", "Martha Stewart Floor Cleaner 1gal"), ("KIT-KSM150", "KitchenAid KSM150 Mixer")]


# ---------------------------------------------------------------------------
# secrets
# ---------------------------------------------------------------------------
def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def aws_akid(r):
    return ch(r, ["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567")


def aws_secret(r):
    return rs(r, 40, UP + LO + DIG + "/+")


def gh_token(r):
    k = r.random()
    if k < 0.55:
        return "ghp_" + rs(r, 36, UP + LO + DIG)
    if k < 0.7:
        return ch(r, ["gho_", "ghs_", "ghu_"]) + rs(r, 36, UP + LO + DIG)
    return "github_pat_11" + rs(r, 20, UP + DIG) + "_" + rs(r, 59, UP + LO + DIG)


def slack_token(r):
    pre = ch(r, ["xoxb", "xoxb", "xoxp", "xapp"])
    if pre == "xapp":
        return f"xapp-1-A{rs(r, 10, UP + DIG)}-{digs(r, 13)}-{rs(r, 64, HEX)}"
    if pre == "xoxp":
        return f"xoxp-{digs(r, 12)}-{digs(r, 12)}-{digs(r, 13)}-{rs(r, 32, HEX)}"
    return f"xoxb-{digs(r, r.choice([11, 12]))}-{digs(r, 13)}-{rs(r, 24, UP + LO + DIG)}"


def stripe_key(r):
    return ch(r, ["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ch(r, [24, 34, 99]), UP + LO + DIG)


def jwt(r, claims=None):
    hdr = {"alg": ch(r, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if p(r, 0.4):
        hdr["kid"] = rs(r, 8, HEX)
    now = 1_700_000_000 + r.randint(0, 60_000_000)
    body = claims or {}
    body = {"sub": body.get("sub", f"usr_{rs(r, 10, LO + DIG)}"), "iat": now, "exp": now + ch(r, [900, 3600, 86400]),
            **{k: v for k, v in body.items() if k != "sub"}}
    if p(r, 0.5):
        body["scope"] = ch(r, ["telemetry:write", "shipments:read", "dispatch:admin", "pod:upload", "rates:read"])
    sig_len = 32 if hdr["alg"] == "HS256" else 64
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(body, separators=(",", ":")).encode()),
                     b64url(bytes(r.getrandbits(8) for _ in range(sig_len)))])


def pem(r, kind=None):
    kind = kind or ch(r, ["RSA", "RSA", "OPENSSH", "EC", "PKCS8"])
    if kind == "RSA":
        head, n, pre = "RSA PRIVATE KEY", r.randint(12, 25), "MIIEpAIBAAKCAQEA"
    elif kind == "OPENSSH":
        head, n, pre = "OPENSSH PRIVATE KEY", r.randint(5, 7), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    elif kind == "EC":
        head, n, pre = "EC PRIVATE KEY", 3, "MHcCAQEEI"
    else:
        head, n, pre = "PRIVATE KEY", r.randint(10, 26), "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"
    body = pre + rs(r, 64 * n - len(pre) - r.randint(0, 40), B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind in ("RSA", "PKCS8"):
        lines[-1] = lines[-1] + ch(r, ["", "=", "=="])
    return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"


PW_WORDS = ["Harbor", "Dock", "Freight", "Pallet", "Convoy", "Falcon", "Summit", "Winter", "Cargo", "Diesel", "Route",
            "Tango", "Orbit", "Maple", "Anchor", "Bison", "Cobalt", "Raven", "Granite", "Forklift"]


def password(r, dsn_safe=False):
    k = r.random()
    sym = "-_.!~" if dsn_safe else "!#%&*-_.+?"
    if k < 0.35:
        return ch(r, PW_WORDS) + ch(r, sym) + str(r.randint(10, 9999)) + (ch(r, sym) if p(r, .4) else "")
    if k < 0.6:
        s = rs(r, r.randint(10, 18), UP + LO + DIG + sym)
        return s if s[0] not in "-" else "Q" + s
    if k < 0.8:
        return f"{ch(r, PW_WORDS).lower()}-{ch(r, PW_WORDS).lower()}-{ch(r, PW_WORDS).lower()}{r.randint(1, 99)}"
    return ch(r, PW_WORDS) + str(r.randint(2019, 2025)) + ch(r, "!#?.")


def generic_secret(r, kind=None):
    kind = kind or ch(r, ["gmaps", "sendgrid", "twilio", "whsec", "hex32", "client", "bearer", "shopify", "npm",
                          "datadog", "here", "mapbox_sk"])
    if kind == "gmaps":
        return "AIza" + rs(r, 35, UP + LO + DIG + "-_")
    if kind == "sendgrid":
        return "SG." + rs(r, 22, UP + LO + DIG + "-_") + "." + rs(r, 43, UP + LO + DIG + "-_")
    if kind == "twilio":
        return rs(r, 32, HEX)
    if kind == "whsec":
        return "whsec_" + rs(r, 32, UP + LO + DIG)
    if kind == "hex32":
        return rs(r, 32, HEX)
    if kind == "client":
        return ch(r, ["GOCSPX-" + rs(r, 28, UP + LO + DIG + "-_"), rs(r, 40, UP + LO + DIG), rs(r, 34, UP + LO + DIG + "~.")])
    if kind == "bearer":
        return rs(r, 40, UP + LO + DIG)
    if kind == "shopify":
        return ch(r, ["shpat_", "shpss_"]) + rs(r, 32, HEX)
    if kind == "npm":
        return "npm_" + rs(r, 36, UP + LO + DIG)
    if kind == "datadog":
        return rs(r, 32, HEX)
    if kind == "here":
        return rs(r, 43, UP + LO + DIG + "-_")
    return "sk." + b64url(bytes(r.getrandbits(8) for _ in range(30))) + "." + rs(r, 22, UP + LO + DIG + "-_")


def b64s(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def ver(r):
    return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


def epoch(r):
    return 1_690_000_000 + r.randint(0, 70_000_000)


def logts(r, d=None, style=None):
    d = d or rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    style = style or ch(r, ["iso", "isoz", "space", "syslog", "clf"])
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}{ch(r, ['Z', '+00:00', '-05:00'])}"
    if style == "isoz":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == "space":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{r.randint(0, 999):03d}"
    if style == "syslog":
        return f"{MONTHS['en'][d.month - 1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"
    return f"[{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000]"


def logts_seq(r, day, n, style=None, span_h=24):
    """n chronologically sorted log timestamps of one style."""
    style = style or ch(r, ["iso", "isoz", "space", "syslog"])
    secs = sorted(r.randrange(0, span_h * 3600) for _ in range(n))
    out = []
    for x in secs:
        h, m, s_ = x // 3600, x // 60 % 60, x % 60
        dd = day + _dt.timedelta(days=h // 24)
        h %= 24
        if style == "iso":
            out.append(f"{dd.isoformat()}T{h:02d}:{m:02d}:{s_:02d}.{r.randint(0, 999):03d}Z")
        elif style == "isoz":
            out.append(f"{dd.isoformat()}T{h:02d}:{m:02d}:{s_:02d}Z")
        elif style == "space":
            out.append(f"{dd.isoformat()} {h:02d}:{m:02d}:{s_:02d},{r.randint(0, 999):03d}")
        elif style == "syslog":
            out.append(f"{MONTHS['en'][dd.month - 1][:3]} {dd.day:2d} {h:02d}:{m:02d}:{s_:02d}")
        else:
            out.append(f"[{dd.day:02d}/{MONTHS['en'][dd.month - 1][:3]}/{dd.year}:{h:02d}:{m:02d}:{s_:02d} +0000]")
    return out


def url_slug(r, n=8):
    return rs(r, n, LO + DIG)


# ---------------------------------------------------------------------------
# convenience writers
# ---------------------------------------------------------------------------
def jfield(d, key, val, typ=None, indent="  ", last=False, raw=False):
    """Write a JSON "key": "value" line; span covers the escaped string content."""
    d.t(f'{indent}"{key}": ')
    if raw:
        d.e(str(val), typ) if typ else d.t(str(val))
    else:
        s = json.dumps(val, ensure_ascii=False)[1:-1]
        d.t('"')
        d.e(s, typ) if typ else d.t(s)
        d.t('"')
    d.t("\n" if last else ",\n")


def csv_cell(d, val, typ=None, sep=","):
    """Write one CSV cell; quotes when needed; span excludes the quotes."""
    s = str(val)
    q = sep in s or '"' in s or "\n" in s
    if q:
        s = s.replace('"', '""')
        d.t('"')
    d.e(s, typ) if typ and s else d.t(s)
    if q:
        d.t('"')


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
EN_T: list = []
ML_T: list = []
NEG_T: list = []   # (fn, locs)
TD = _dt.timedelta
NON_EN = ["de", "fr", "es", "it", "pt", "nl", "pl"]


def en_t(fn):
    EN_T.append(fn)
    return fn


def ml_t(fn):
    ML_T.append(fn)
    return fn


def neg_t(*locs):
    def deco(fn):
        NEG_T.append((fn, set(locs)))
        return fn
    return deco


def hdr_addr(r, d, label, name, em, loc="en"):
    d.t(label + ": ")
    if name:
        q = p(r, .35)
        d.t('"' if q else "").e(name, "PERSON").t('"' if q else "").t(" <").e(em, "EMAIL_ADDRESS").t(">\n")
    else:
        d.e(em, "EMAIL_ADDRESS").t("\n")


def date_hdr(r, d0=None):
    d0 = d0 or rdate(r)
    wd = WEEKDAYS["en"][d0.weekday()][:3]
    return (f"Date: {wd}, {d0.day} {MONTHS['en'][d0.month - 1][:3]} {d0.year} "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {ch(r, ['-0500', '-0600', '+0000', '+0100', '-0800', '+0200'])}")


def received_hdr(r, d, d0):
    host = ch(r, ["mx1.carrier-mail.net", "mail-sor-f41.google.com", "smtp.freightdesk.io", "mx.outbound.ops-relay.com"])
    d.t(f"Received: from {host} ({host} [").e(ipv4(r, False), "IP_ADDRESS").t("])\n        by mx.example-logistics.com with ESMTPS id "
                                                                                   f"{rs(r, 12, LO + DIG)}; {date_hdr(r, d0)[6:]}\n")


def co_domain(r):
    return ch(r, ["northstarfreight.com", "bluewaterlogistics.com", "acme-3pl.com", "ridgeline-transport.com",
                  "harborview-customs.com", "coastalbrokerage.com", "primeroutecourier.com", "ironhorse-fleet.com",
                  "summitmovers.com", "gridline-utilities.com", "fieldpro-services.com", "metrotowing.net"])


# ---------------------------------------------------------------------------
# EN templates
# ---------------------------------------------------------------------------
@en_t
def t_straight_bol(r, d):
    scanned = p(r, .3)
    L = (lambda s: ocr(r, s)) if scanned else (lambda s: s)
    ship_d = rdate(r)
    shipper = ch(r, COMPANY_EN)
    consignee = ch(r, [c for c in COMPANY_EN if c != shipper])
    a1, a2 = addr(r), addr(r)
    ci = r.randrange(len(CARRIERS))
    if scanned:
        d.t(f"[scan p1/1  {r.randint(200, 300)}dpi  ocr-conf {r.uniform(0.71, 0.97):.2f}]\n")
    d.t(L(ch(r, ["STRAIGHT BILL OF LADING - SHORT FORM - NOT NEGOTIABLE", "BILL OF LADING (VICS)",
                 "UNIFORM STRAIGHT BILL OF LADING"])) + "\n")
    d.t(L("BOL Number: ") + digs(r, 10) + "      " + L("Date: ")).e(dstr(r, ship_d), "DATE_TIME").t("\n")
    d.t(L(f"Carrier Name: {CARRIERS[ci]}   SCAC: {SCAC[ci]}   PRO #: ") + f"{digs(r, 4)}-{digs(r, 5)}-{r.randint(0, 9)}\n")
    d.t(L("Trailer #: ") + f"{r.randint(10000, 99999)}   " + L("Seal #(s): ") + f"SL{digs(r, 7)}, SL{digs(r, 7)}\n\n")
    for label, co, a in (("SHIP FROM", shipper, a1), ("SHIP TO", consignee, a2)):
        d.t(L(label) + "\n" + L("Name: ") + co + "\n")
        if p(r, .5):
            d.t(L("Address: ")).e(a.street + (", " + a.unit if a.unit else ""), "ADDRESS").t("\n")
            d.t(L("City: ")).e(a.city, "LOCATION").t("   " + L("State: ")).e(a.region, "LOCATION").t(f"   {L('Zip')}: {a.postcode}\n")
        else:
            d.t(L("Address:") + "\n").e(a.multi(upper=p(r, .4)), "ADDRESS").t("\n")
        cn = person(r)[0]
        d.t(L("Contact: ")).e(cn, "PERSON").t("   " + L("Phone: ")).e(phone(r, area=a.area), "PHONE_NUMBER")
        if p(r, .4):
            d.t(f" ext. {r.randint(100, 999)}")
        d.t(f"   {ch(r, ['FOB: [ ]', 'SID#: ' + digs(r, 8), 'Loc #: ' + str(r.randint(100, 999)), 'CID#: ' + digs(r, 6)])}\n\n")
    d.t(L("THIRD PARTY FREIGHT CHARGES BILL TO: ") + ch(r, EPONYM_CO[:9]) + ", Attn: Freight Payables, Acct ").e(digs(r, 8), "ACCOUNT_NUMBER").t("\n")
    dd = ship_d + TD(days=r.randint(1, 6))
    h1 = r.randint(6, 10)
    d.t(L("SPECIAL INSTRUCTIONS: ") + "Appointment required. Deliver ").e(dstr(r, dd), "DATE_TIME").t(" between ")
    d.e(tstr(r, h1, 0, style="24"), "DATE_TIME").t(" and ").e(tstr(r, h1 + 3, 0, style="24"), "DATE_TIME")
    d.t(". Call receiving 24 hrs prior at ").e(phone(r, area=a2.area), "PHONE_NUMBER").t(". Liftgate not required.\n\n")
    d.t(L("HANDLING UNITS   QTY  TYPE   WEIGHT(lb)  HM  COMMODITY DESCRIPTION                         NMFC#   CLASS") + "\n")
    tot = 0
    for _ in range(r.randint(1, 4)):
        q = r.randint(1, 26)
        w = q * r.randint(300, 1400)
        tot += w
        if p(r, .2):
            un = ch(r, UN_HAZ)
            desc = f"{un[0]}, {un[1]}, {un[2]}, PG {un[3] or '-'}"
            hm = "X "
        else:
            desc = ch(r, ["Paper products, NOI", "Plastic articles, NOI", "Furniture, KD flat", "Auto parts, steel",
                          "Canned goods", "Household appliances", "Beverages in glass"])
            hm = "  "
        d.t(f"                 {q:<4} {ch(r, ['PLT', 'SKD', 'CTN', 'DRM']):<6} {w:>10,}  {hm}  {desc:<45} {r.randint(100000, 199999)}  {ch(r, ['55', '60', '70', '85', '92.5', '125'])}\n")
    d.t(f"{L('GRAND TOTAL')}                                {tot:,} lb\n\n")
    d.t(L("Shipper Signature: ")).e(person(r)[0], "PERSON").t("   " + L("Date: ")).e(dstr(r, ship_d), "DATE_TIME").t("\n")
    ph, pm = rtime(r, 7, 18)
    d.t(L("Carrier Signature / Pickup: ")).e(person(r, style=ch(r, ["fl", "FL", "il"]))[0], "PERSON").t("   ")
    d.e(dtstr(r, ship_d, ph, pm, "en"), "DATE_TIME").t("\n")
    d.t(L("Trailer loaded: [x] By shipper   Freight counted: [x] By driver/pallets said to contain") + "\n")
    if p(r, .3):
        d.t(f"Note: emergency response info per 49 CFR 172.604 — CHEMTREC ").e("1-800-424-9300", "PHONE_NUMBER").t(f", contract CCN{digs(r, 6)}\n")


@en_t
def t_ocean_bol(r, d):
    issue = rdate(r)
    d.t(ch(r, ["BILL OF LADING FOR OCEAN TRANSPORT OR MULTIMODAL TRANSPORT", "NON-NEGOTIABLE SEA WAYBILL",
               "OCEAN BILL OF LADING"]) + "\n")
    d.t(f"B/L No.: {ch(r, ['MEDU', 'MAEU', 'HLCU', 'COSU', 'ONEY', 'CMDU'])}{rs(r, 8, UP + DIG)}    Booking No.: {digs(r, 9)}    Export Ref.: {rs(r, 3, UP)}-{digs(r, 6)}\n\n")
    if p(r, .55):
        co, street, pol = ch(r, ASIA_SHIPPERS)
        d.t("SHIPPER:\n" + co + "\n").e(street(r), "ADDRESS").t("\n\n")
    else:
        lc = ch(r, ["de", "nl", "it", "es", "fr", "pl"])
        fa = addr(r, lc)
        pol = {"de": "Hamburg, Germany", "nl": "Rotterdam, Netherlands", "it": "Genoa, Italy", "es": "Valencia, Spain",
               "fr": "Le Havre, France", "pl": "Gdańsk, Poland"}[lc]
        d.t("SHIPPER:\n" + ch(r, FIRMS_ML[lc]) + "\n")
        d.e(fa.multi(with_country=True, country_lang="en"), "ADDRESS").t("\n\n")
    ca = addr(r)
    d.t("CONSIGNEE:\n" + ch(r, COMPANY_EN) + "\n").e(ca.multi(upper=True), "ADDRESS").t("\n")
    d.t("TAX ID: ").t(ein(r)).t("\n\n")
    nf, f, l = person(r)
    d.t("NOTIFY PARTY:\n").e(nf, "PERSON").t(" c/o " + ch(r, ["Harborview Customs Brokerage", "Coastal Brokerage LLC", "C.H. Robinson"]) + "\n")
    d.t("TEL ").e(phone(r), "PHONE_NUMBER").t("  EMAIL ").e(email_of(r, f, l, co_domain(r)), "EMAIL_ADDRESS").t("\n\n")
    d.t(f"VESSEL / VOYAGE: {ch(r, ['EVER ACE', 'ONE APUS', 'COSCO SHIPPING UNIVERSE', 'YM WELLNESS', 'ONE STORK', 'EVER GOLDEN', 'HMM NURI'])} / {digs(r, 3)}{ch(r, 'EWNS')}\n")
    d.t("PORT OF LOADING: ").e(pol if p(r, .7) else pol.split(",")[0], "LOCATION").t("\n")
    d.t("PORT OF DISCHARGE: ").e(port_name(r, False), "LOCATION").t("\n")
    if p(r, .6):
        c = ch(r, US_CITIES)
        d.t("PLACE OF DELIVERY: ").e(f"{c[0]}, {c[1]}", "LOCATION").t(" (CY/DOOR)\n")
    d.t("\nCONTAINER NO. / SEAL NO. / TYPE    PKGS     DESCRIPTION OF GOODS                  GROSS WT (KGS)   MEAS (CBM)\n")
    for _ in range(r.randint(1, 3)):
        d.t(f"{container(r)} / {digs(r, 7)} / {ch(r, ['40HC', '20GP', '40GP', '45HC', '40RF'])}   {r.randint(40, 1800)} CTNS  "
            f"SAID TO CONTAIN: {ch(r, ['HOUSEHOLD FURNITURE', 'LED LIGHTING', 'AUTO SPARE PARTS', 'CERAMIC TILES', 'FROZEN SEAFOOD', 'TOYS'])} "
            f"HS {ch(r, HS_CODES)[:7]}   {r.uniform(3000, 26000):,.3f}   {r.uniform(20, 76):.3f}\n")
    d.t("\nSHIPPER'S LOAD, STOW, COUNT AND SEAL. FREIGHT ").t(ch(r, ["PREPAID", "COLLECT"])).t("\n")
    d.t("LADEN ON BOARD: ").e(dstr(r, issue - TD(days=r.randint(0, 3)), ch(r, ["en"]), style=ch(r, ["long", "short", "iso"])), "DATE_TIME").t("\n")
    d.t("PLACE AND DATE OF ISSUE: ").e(pol.split(",")[0], "LOCATION").t(", ").e(dstr(r, issue, "en", "dmy_short"), "DATE_TIME").t("\n")
    d.t("NUMBER OF ORIGINAL B(S)/L: THREE (3)   Signed as agent for the carrier " + ch(r, ["A.P. Moller - Maersk", "Hapag-Lloyd AG", "CMA CGM"]) + "\n")


@en_t
def t_cbp7501(r, d):
    ent = rdate(r)
    d.t("DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection\nENTRY SUMMARY          OMB No. 1651-0022\n\n")
    d.t(f"1. Filer Code/Entry No.  {rs(r, 3, UP + DIG)}-{digs(r, 7)}-{r.randint(0, 9)}   2. Entry Type  01 ABI/A   3. Summary Date  ")
    d.e(ent.strftime("%m/%d/%Y") if p(r, .6) else dstr(r, ent + TD(days=r.randint(3, 9))), "DATE_TIME").t("\n")
    d.t(f"4. Surety No.  {digs(r, 3)}   5. Bond Type  8   6. Port Code  {digs(r, 4)}   7. Entry Date  ")
    d.e((ent - TD(days=r.randint(1, 8))).strftime("%m/%d/%Y"), "DATE_TIME").t("\n")
    d.t(f"8. Importing Carrier  {ch(r, ['ONE APUS', 'EVER ACE', 'YM WELLNESS', 'MSC AMBRA'])}   9. Mode of Transport  11   10. Country of Origin  {ch(r, ['CN', 'VN', 'KR', 'TW', 'IN', 'DE', 'IT'])}\n")
    d.t(f"11. Import Date  ").e((ent - TD(days=r.randint(1, 8))).strftime("%m/%d/%Y"), "DATE_TIME")
    d.t(f"   12. B/L or AWB No.  {ch(r, ['MEDU', 'HLCU', 'ONEY'])}{rs(r, 8, UP + DIG)}   13. Manufacturer ID  {rs(r, 6, UP)}{digs(r, 4)}{rs(r, 3, UP)}\n")
    d.t(f"14. Exporting Country  {ch(r, ['CN', 'VN', 'KR'])}   15. Export Date  ").e((ent - TD(days=r.randint(15, 40))).strftime("%m/%d/%Y"), "DATE_TIME").t("\n")
    d.t(f"16. I.T. No.  {digs(r, 11)}   18. Missing Docs  --   19. Foreign Port of Lading  {digs(r, 5)}   20. U.S. Port of Unlading  {digs(r, 4)}\n")
    d.t(f"22. Consignee No.  {ein(r)}-00   23. Importer No.  {ein(r)}-00\n")
    ca, ia = addr(r), addr(r)
    d.t("25. Ultimate Consignee Name and Address\n    " + ch(r, COMPANY_EN) + "\n    ").e(ca.one(), "ADDRESS").t("\n")
    d.t("26. Importer of Record Name and Address\n    " + ch(r, COMPANY_EN) + "\n    ").e(ia.one(), "ADDRESS").t("\n\n")
    d.t("27. Line No.  28. Description of Merchandise          29. HTSUS No.      30. Gross Wt   32. Entered Value   33. HTSUS Rate   34. Duty\n")
    for i in range(r.randint(1, 4)):
        v = r.uniform(2000, 90000)
        rate = ch(r, [0.0, 2.5, 3.9, 6.5, 25.0])
        d.t(f"    {i + 1:03d}      {ch(r, ['Wooden bedroom furniture', 'LED lamps', 'Footwear, rubber soles', 'Routers', 'Plastic housewares', 'Toys, plush']):<36} "
            f"{ch(r, HS_CODES):<16} {r.randint(200, 9000)} kg      ${v:,.0f}         {rate}%          ${v * rate / 100:,.2f}\n")
    d.t(f"\n    MPF 0.3464%  ${r.uniform(31, 600):.2f}     HMF 0.125%  ${r.uniform(10, 120):.2f}\n\n")
    bn, f, l = person(r, style=ch(r, ["fl", "fml"]))
    d.t("35. Declarant Name  ").e(bn, "PERSON").t("   Title  Licensed Customs Broker   Signature  /s/   Date  ")
    d.e(ent.strftime("%m/%d/%Y"), "DATE_TIME").t("\n")
    d.t("40. Broker/Filer Information  " + ch(r, ["Harborview Customs Brokerage", "Coastal Brokerage LLC", "Kuehne+Nagel Customs"]) + "  Tel ")
    d.e(phone(r), "PHONE_NUMBER").t("  ").e(email_of(r, f, l, co_domain(r)), "EMAIL_ADDRESS").t("\n")
    d.t(f"41. Broker/Importer File No.  {rs(r, 2, UP)}{digs(r, 6)}\n")


@en_t
def t_broker_email(r, d):
    d0 = rdate(r)
    bf, bl = nm(r)
    cf, cl = nm(r)
    bname, cname = f"{bf} {bl}", f"{cf} {cl}"
    bdom = ch(r, ["harborview-customs.com", "coastalbrokerage.com", "bluewaterlogistics.com"])
    bem, cem = email_of(r, bf, bl, bdom), email_of(r, cf, cl, ch(r, ["summithomegoods.com", "pacificrimimports.com", "cascadegear.com", "redlineauto.com"]))
    if p(r, .5):
        received_hdr(r, d, d0)
    hdr_addr(r, d, "From", bname, bem)
    hdr_addr(r, d, "To", cname, cem)
    if p(r, .4):
        of, ol = nm(r)
        hdr_addr(r, d, "Cc", f"{of} {ol}", email_of(r, of, ol, bdom))
    entry = f"{rs(r, 3, UP + DIG)}-{digs(r, 7)}-{r.randint(0, 9)}"
    d.t(f"Subject: RE: Entry {entry} / {container(r)} - duties & release\n{date_hdr(r, d0)}\nMIME-Version: 1.0\n\n")
    d.t("Hi ")
    d.e(ch(r, [cf, cname]), "PERSON").t(",\n\n")
    eta = d0 + TD(days=r.randint(2, 12))
    d.t("Quick update on your shipment: the vessel is now expected at ").e(port_name(r, False), "LOCATION").t(" on ")
    d.e(dstr(r, eta), "DATE_TIME").t(". CBP has issued a ")
    d.t(ch(r, ["1USG release", "CET exam hold", "Document review"]) + f" for entry {entry}. Estimated duties and fees come to ")
    d.t(money(r, 800, 24000)).t(", which includes the Section 301 tariff on HTS ").t(ch(r, HS_CODES)).t(".\n\n")
    k = r.random()
    if k < 0.45:
        d.t("Please remit by ACH to our clearing account:\n  Bank: JPMorgan Chase\n  Routing (ABA): ").t(aba(r)).t("\n  Account: ")
        d.e(digs(r, r.randint(9, 12)), "ACCOUNT_NUMBER").t("\n  Reference: ").t(entry).t("\n")
    elif k < 0.8:
        d.t("As this is a non-US payer, please wire to:\n  IBAN: ").e(iban(r), "IBAN_CODE").t(f"\n  BIC: {ch(r, BICS)}\n  Ref: {entry}\n")
    else:
        d.t("We can also charge the card on file (").t(masked_card(r)).t(") if you reply to approve.\n")
    dl = eta + TD(days=r.randint(1, 4))
    d.t("\nLast free day at the terminal is ").e(dstr(r, dl), "DATE_TIME").t("; demurrage after that is $")
    d.t(f"{r.randint(150, 450)}/day. Trucker ").t(ch(r, ["J.B. Hunt", "Schneider", "a local drayage partner"])).t(" is on standby.\n\n")
    d.t(ch(r, ["Best regards,", "Thanks,", "Regards,"]) + "\n").e(bname, "PERSON").t("\n")
    d.t(ch(r, ["Licensed Customs Broker", "Import Coordinator", "Entry Writer"]) + " | Harborview Customs Brokerage\n")
    d.t("Direct: ").e(phone(r), "PHONE_NUMBER").t("  |  Fax: ").e(phone(r, kind="land"), "PHONE_NUMBER").t("\n")
    d.e(f"https://www.{bdom}/track?entry={entry.replace('-', '')}", "URL").t("\n")
    if p(r, .4):
        d.t("\n> On ").t(WEEKDAYS["en"][(d0 - TD(days=1)).weekday()][:3]).t(", ")
        d.t(f"{MONTHS['en'][(d0 - TD(days=1)).month - 1][:3]} {(d0 - TD(days=1)).day}, {(d0 - TD(days=1)).year}")
        d.t(", ").e(cname, "PERSON").t(" <").e(cem, "EMAIL_ADDRESS").t("> wrote:\n> Any news on the container? Our DC needs it before month end.\n")


@en_t
def t_pod_record(r, d):
    carrier = ch(r, ["ups", "fedex", "usps", "dhl"])
    tn = tracking(r, carrier)
    dl = rdate(r)
    h, m = rtime(r, 8, 20, 1)
    a = addr(r, unit_p=.4)
    d.t(ch(r, ["Proof of Delivery", "PROOF OF DELIVERY", "Delivery Confirmation"]) + "\n\n")
    d.t(f"Dear Customer,\nThis notice serves as proof of delivery for the shipment listed below.\n\n")
    d.t(f"Tracking Number: {tn}\nService: {ch(r, ['Ground', '2nd Day Air', 'Priority Mail', 'Express Saver', 'Home Delivery'])}\n")
    d.t(f"Weight: {r.uniform(0.5, 70):.1f} LBS\nShipped/Billed On: ").e(dstr(r, dl - TD(days=r.randint(1, 5))), "DATE_TIME").t("\n")
    d.t("Delivered On: ").e(f"{dl.strftime('%m/%d/%Y')} {(h - 1) % 12 + 1}:{m:02d} {ch(r, ['A.M.', 'AM']) if h < 12 else ch(r, ['P.M.', 'PM'])}", "DATE_TIME").t("\n")
    d.t("Delivered To: ").e(a.one(unit=True), "ADDRESS").t("\n")
    sty = ch(r, ["l", "FL", "il", "fl", "LF"])
    nme = person(r, style=sty)[0]
    if carrier == "fedex" and sty == "il":
        nme = nme.replace(". ", ".").upper()
    d.t("Received By: ").e(nme, "PERSON").t("\n")
    d.t(f"Left At: {ch(r, ['Front Door', 'Reception', 'Dock', 'Garage', 'Mailroom', 'Back Porch'])}\n")
    if p(r, .35):
        d.t(f"Driver note: dog on premises ({ch(r, PETS)}), left behind screen door.\n")
    d.t(f"Reference Number(s): PO {digs(r, 8)}, INV-{digs(r, 6)}\n")
    if p(r, .6):
        d.t("Signature image: ").e(f"https://pod.{ch(r, ['shipview', 'deliverypod', 'trackhub'])}.com/sig/{rs(r, 20, LO + DIG)}.png", "URL").t("\n")
    d.t(f"\nThank you for giving us this opportunity to serve you. Details are only available for shipments delivered within the last 120 days.\n")
    d.t(f"Print date: {logts(r, dl + TD(days=r.randint(1, 30)), 'isoz')}\n")


@en_t
def t_pod_csv(r, d):
    cols = ["tracking_no", "order_ref", "recipient", "delivered_at", "address_line1", "city", "state", "zip",
            "signed_by", "driver_id", "lat", "lon", "photo_url", "status"]
    sep = ch(r, [",", ",", ";", "\t"])
    d.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 9)):
        a = addr(r)
        f, l = nm(r)
        ok = p(r, .8)
        dd = rdate(r)
        h, m = rtime(r, 8, 21, 1)
        csv_cell(d, tracking(r), None, sep); d.t(sep)
        csv_cell(d, f"SO-{digs(r, 7)}", None, sep); d.t(sep)
        csv_cell(d, fmt_name(r, f, l, ch(r, ["fl", "FL", "lf"])), "PERSON", sep); d.t(sep)
        csv_cell(d, f"{dd.isoformat()} {h:02d}:{m:02d}" if ok else "", "DATE_TIME" if ok else None, sep); d.t(sep)
        csv_cell(d, a.street + (f" {a.unit}" if a.unit else ""), "ADDRESS", sep); d.t(sep)
        csv_cell(d, a.city, "LOCATION", sep); d.t(sep)
        csv_cell(d, a.region, "LOCATION", sep); d.t(sep)
        csv_cell(d, a.postcode, None, sep); d.t(sep)
        if ok and p(r, .7):
            csv_cell(d, ch(r, [l.upper(), f"{f[0]}.{l}".upper(), f]), "PERSON", sep)
        else:
            csv_cell(d, ch(r, ["", "SIGNATURE WAIVED", "CONTACTLESS"]), None, sep)
        d.t(sep)
        csv_cell(d, f"DRV{digs(r, 4)}", None, sep); d.t(sep)
        d.t(f"{r.uniform(25, 48):.5f}{sep}{-r.uniform(75, 122):.5f}{sep}")
        if ok and p(r, .6):
            csv_cell(d, f"https://cdn.lastmile-pod.com/p/{ruuid(r)}.jpg", "URL", sep)
        d.t(sep)
        d.t(("DELIVERED" if ok else ch(r, ["EXCEPTION_NO_ACCESS", "RETURN_TO_SENDER", "ATTEMPTED"])) + "\n")


@en_t
def t_eld_log(r, d):
    day = rdate(r)
    dn, f, l = person(r, style=ch(r, ["fl", "fml", "FL"]))
    c = ch(r, US_CITIES)
    dl_state = c[1]
    d.t(ch(r, ["DRIVER'S DAILY LOG (RECORD OF DUTY STATUS)", "ELD Record of Duty Status - 24 hour period", "HOS DAILY LOG"]) + "\n")
    d.t("Log date: ").e(dstr(r, day), "DATE_TIME").t(f"   Time zone: {ch(r, ['America/Chicago', 'America/New_York', 'America/Denver', 'America/Los_Angeles'])}   Cycle: USA 70 hour / 8 day\n")
    d.t("Driver: ").e(dn, "PERSON").t(f"   Driver ID: {ch(r, [ascii_fold(l).lower() + str(r.randint(1, 99)), 'drv_' + digs(r, 5)])}\n")
    d.t(f"CDL ({dl_state}): ").e(dl_number(r, dl_state), "DRIVER_LICENSE").t(f"   Exempt: No\n")
    ci = r.randrange(len(CARRIERS))
    d.t(f"Carrier: {CARRIERS[ci]}   USDOT {r.randint(100000, 3999999)}   Main office: ").e(addr(r).one(), "ADDRESS").t("\n")
    d.t(f"Tractor: {r.randint(100, 9999)}  VIN {vin(r)}  Plate {plate(r)}   Trailer: {r.randint(10000, 99999)}\n")
    d.t(f"ELD: {ch(r, ['Motive', 'Samsara VG54', 'Omnitracs IVG', 'Geotab GO9'])} fw {ver(r)}   Odometer start {r.randint(100000, 900000):,}\n\n")
    cities = region_cities(r, 4)
    rows = [(0, 0, "OFF DUTY"), (r.randint(4, 6), ch(r, [0, 15, 30, 45]), "ON DUTY (not driving)"),
            (r.randint(7, 8), ch(r, [0, 10, 20]), "DRIVING"), (r.randint(11, 12), ch(r, [0, 30]), "OFF DUTY"),
            (r.randint(13, 14), ch(r, [0, 15]), "DRIVING"), (r.randint(17, 18), ch(r, [5, 35]), "ON DUTY (not driving)"),
            (r.randint(19, 20), ch(r, [0, 25]), "SLEEPER BERTH")]
    for i, (h, m, st) in enumerate(rows):
        cc = cities[min(i // 2, 3)]
        d.t(f"{h:02d}:{m:02d}  {st:<24}").e(f"{cc[0]}, {cc[1]}", "LOCATION")
        note = ch(r, ["", "", " Pre-trip inspection", " Fuel", " 30-min break", " Loading", f" BOL {digs(r, 8)}", " Post-trip"])
        d.t(note + "\n")
    dr = r.randint(7, 10)
    d.t(f"\nTotals: Off duty {r.randint(8, 11)}:{ch(r, ['00', '15', '30'])}  Sleeper {r.randint(0, 3)}:{ch(r, ['00', '45'])}  "
        f"Driving {dr}:{ch(r, ['05', '20', '40'])}  On duty {r.randint(1, 3)}:{ch(r, ['10', '35'])}   Miles today: {r.randint(280, 690)}\n")
    d.t(f"Remarks: {ch(r, ['Detained 2h at shipper', 'Adverse driving conditions exception not used', 'Personal conveyance 0.0 mi', 'Yard move 12 min'])}\n")
    d.t("I hereby certify that my data entries and my record of duty status for this 24-hour period are true and correct.\n")
    d.t("Signed: ").e(fmt_name(r, f, l, "fl"), "PERSON").t("\n")


def dl_number(r, st="CA"):
    fmts = {
        "CA": lambda: rs(r, 1, UP) + digs(r, 7), "IL": lambda: f"{rs(r, 1, UP)}{digs(r, 3)}-{digs(r, 4)}-{digs(r, 4)}",
        "TX": lambda: digs(r, 8), "NY": lambda: f"{digs(r, 3)} {digs(r, 3)} {digs(r, 3)}",
        "FL": lambda: f"{rs(r, 1, UP)}{digs(r, 3)}-{digs(r, 3)}-{digs(r, 2)}-{digs(r, 3)}-{r.randint(0, 9)}",
        "WA": lambda: "WDL" + rs(r, 9, UP + DIG), "PA": lambda: f"{digs(r, 2)} {digs(r, 3)} {digs(r, 3)}",
        "OH": lambda: rs(r, 2, UP) + digs(r, 6), "GA": lambda: digs(r, 9), "NJ": lambda: f"{rs(r, 1, UP)}{digs(r, 4)} {digs(r, 5)} {digs(r, 5)}",
        "MI": lambda: f"{rs(r, 1, UP)} {digs(r, 3)} {digs(r, 3)} {digs(r, 3)} {digs(r, 3)}",
    }
    return fmts.get(st, lambda: rs(r, 1, UP) + digs(r, ch(r, [7, 8, 12])))()


@en_t
def t_telematics_json(r, d):
    dn, f, l = person(r)
    d.t("{\n")
    jfield(d, "schema", f"fleetpulse.events.v{r.randint(2, 5)}")
    jfield(d, "batch_id", ruuid(r))
    jfield(d, "received_at", epoch(r), raw=True)
    jfield(d, "vehicle_id", f"TRK-{r.randint(100, 9999)}")
    jfield(d, "vin", vin(r))
    jfield(d, "plate", plate(r))
    d.t('  "driver": {\n')
    jfield(d, "id", f"d-{digs(r, 5)}", indent="    ")
    jfield(d, "name", dn, "PERSON", indent="    ")
    if p(r, .6):
        jfield(d, "phone", phone(r), "PHONE_NUMBER", indent="    ")
    if p(r, .4):
        st = ch(r, ["CA", "TX", "IL", "OH", "GA", "PA"])
        jfield(d, "cdl_number", dl_number(r, st), "DRIVER_LICENSE", indent="    ")
        jfield(d, "cdl_state", st, indent="    ")
    jfield(d, "username", ascii_fold(f).lower()[0] + ascii_fold(l).lower().replace(" ", "").replace("'", ""), indent="    ", last=True)
    d.t("  },\n")
    jfield(d, "gateway_ip", ipv4(r), "IP_ADDRESS")
    jfield(d, "firmware", ver(r))
    d.t('  "events": [\n')
    n = r.randint(2, 5)
    route = region_cities(r, n)
    for i in range(n):
        c = route[i]
        d.t("    {")
        d.t(f'"ts": {epoch(r)}, "type": "{ch(r, ["harsh_brake", "speeding", "idle", "geofence_exit", "door_open", "reefer_temp"])}", ')
        d.t(f'"speed_kph": {r.randint(0, 118)}, "lat": {r.uniform(25, 48):.5f}, "lon": {-r.uniform(75, 122):.5f}, "place": "')
        d.e(f"{c[0]}, {c[1]}", "LOCATION").t('"')
        d.t("}" + ("," if i < n - 1 else "") + "\n")
    d.t("  ],\n")
    jfield(d, "duration_s", r.randint(30, 40000), raw=True)
    jfield(d, "sha256", sha(r, 64), last=True)
    d.t("}\n")


@en_t
def t_gateway_log(r, d):
    day = rdate(r)
    svc = ch(r, ["gw-ingest", "tms-api", "pod-uploader", "route-opt", "edi-bridge"])
    for ts in logts_seq(r, day, r.randint(6, 14), ch(r, ["iso", "isoz", "space"])):
        k = r.random()
        lvl = ch(r, ["INFO ", "INFO ", "DEBUG", "WARN ", "ERROR"])
        d.t(f"{ts} {lvl} [{svc}] ")
        if k < 0.22:
            d.t("accepted connection from ").e(ch(r, [ipv4(r), ipv4(r), ipv6(r)]), "IP_ADDRESS").t(f":{r.randint(1024, 65535)} device=TRK-{r.randint(100, 9999)} fw={ver(r)}\n")
        elif k < 0.32:
            d.t("POST ").e(f"https://api.{ch(r, ['fleetpulse.io', 'routewise.app', 'lastmile-pod.com'])}/v{r.randint(1, 3)}/ingest?batch={url_slug(r, 10)}&compress=gzip", "URL")
            d.t(f" -> {ch(r, ['200', '202', '429', '503'])} in {r.randint(20, 3000)}ms\n")
        elif k < 0.40:
            d.t("auth header dump (DEBUG) Authorization: Bearer ").e(jwt(r, {"sub": f"dev_{digs(r, 6)}"}), "JWT").t("\n")
        elif k < 0.46:
            d.t("upstream key loaded: maps_api_key=").e(generic_secret(r, ch(r, ["gmaps", "here"])), "GENERIC_SECRET").t("\n")
        elif k < 0.52:
            c = region_cities(r, 1)[0]
            d.t(f"geofence enter yard={ch(r, ['DC-04', 'XDK-2', 'TERM-A'])} city=").e(c[0], "LOCATION").t(f" vehicle=TRK-{r.randint(100, 9999)}\n")
        elif k < 0.58:
            d.t("driver login ok user=").t(f"drv_{digs(r, 5)}").t(" name=\"").e(person(r)[0], "PERSON").t(f"\" session={ruuid(r)}\n")
        elif k < 0.63:
            pw = password(r, dsn_safe=True)
            d.t("db pool connecting dsn=postgres://tms_app:").e(pw, "PASSWORD").t("@").e(ipv4(r, True), "IP_ADDRESS").t(":5432/tms sslmode=require\n")
        else:
            d.t(ch(r, [f"retry {r.randint(1, 4)}/5 after {r.randint(100, 9000)}ms",
                       f"processed {r.randint(1, 900)} events in {r.uniform(0.1, 9):.2f}s",
                       f"commit {sha(r)} deployed version {ver(r)}",
                       f"queue depth={r.randint(0, 5000)} lag={r.randint(0, 900)}s",
                       f"reefer setpoint -18C actual {r.uniform(-20, -12):.1f}C unit RF-{digs(r, 4)}",
                       f"heartbeat ok uptime={r.randint(1, 400)}h{r.randint(0, 59)}m",
                       f"request_id={ruuid(r)} status=204"]) + "\n")


@en_t
def t_ride_receipt(r, d):
    day = rdate(r)
    rf, rl = nm(r)
    drv = ch(r, FIRST["en"])
    d.t(f"{ch(r, ['RideNow', 'Zipr', 'GoCab'])} receipt\n\n")
    d.t(ch(r, ["Thanks for riding, ", "Here's your receipt for your ride, ", "Thanks for tipping, "])).e(rf, "PERSON").t("\n")
    d.t("We hope you enjoyed your ride this ").t(ch(r, ["morning", "afternoon", "evening"])).t(".\n\n")
    tot = r.uniform(8, 95)
    d.t(f"Total  ${tot:.2f}\n").e(wdstr(r, day, "en"), "DATE_TIME").t("\n\n")
    d.t(f"Trip fare      ${tot * .72:.2f}\nBooking fee    ${tot * .12:.2f}\nTolls, surcharges and fees   ${tot * .06:.2f}\nTip   ${tot * .10:.2f}\n\n")
    h, m = rtime(r, 5, 22, 1)
    dur = r.randint(6, 55)
    a1 = addr(r, unit_p=0)
    a2 = addr_near(r, a1, 0)
    d.t("Pickup  ").e(tstr(r, h, m, "en", "ampm"), "DATE_TIME").t("\n").e(a1.one(), "ADDRESS").t("\n")
    h2, m2 = (h + (m + dur) // 60) % 24, (m + dur) % 60
    d.t("Dropoff  ").e(tstr(r, h2, m2, "en", "ampm"), "DATE_TIME").t("\n")
    if p(r, .35):
        ap = {"Chicago": "ORD", "Atlanta": "ATL", "Dallas": "DFW", "Denver": "DEN", "Seattle": "SEA", "Phoenix": "PHX",
              "Memphis": "MEM", "Houston": "IAH", "Miami": "MIA", "Nashville": "BNA"}.get(a1.city, "Airport")
        d.t(f"Terminal {r.randint(1, 5)} Departures ({ap}), ").e(f"{a1.city}, {a1.region}", "LOCATION").t("\n")
    else:
        d.e(a2.one(), "ADDRESS").t("\n")
    d.t(f"{r.uniform(1.2, 31):.2f} mi | {dur} min\n\n")
    d.t("You rode with ").e(drv, "PERSON").t(f"  ★ {r.uniform(4.6, 5):.2f}\n")
    d.t(f"License plate: {plate(r)}   {ch(r, ['Toyota Camry', 'Honda Accord', 'Tesla Model 3', 'Kia Niro', 'Ford Escape'])}\n\n")
    d.t(f"Payments\n{ch(r, ['Visa', 'Mastercard', 'Amex', 'Apple Pay (Visa)'])} {masked_card(r)}   ${tot:.2f}\n")
    d.t(f"Trip ID: {ruuid(r)}\n")
    d.t("Report a lost item or get help: ").e(f"https://help.{ch(r, ['ridenow.com', 'zipr.app', 'gocab.io'])}/trips/{ruuid(r)}?src=receipt", "URL").t("\n")
    if p(r, .3):
        d.t("Business profile: expensed to ").e(email_of(r, rf, rl, co_domain(r)), "EMAIL_ADDRESS").t("\n")


@en_t
def t_driver_earnings(r, d):
    dn, f, l = person(r, style="fl")
    wk = rdate(r)
    wk = wk - TD(days=wk.weekday())
    d.t(f"# weekly statement export\n# driver: ").e(dn, "PERSON").t(" <").e(email_of(r, f, l), "EMAIL_ADDRESS").t(">\n")
    d.t("# period: ").e(wk.isoformat(), "DATE_TIME").t(" to ").e((wk + TD(days=6)).isoformat(), "DATE_TIME").t("\n")
    d.t(f"# generated: {logts(r, wk + TD(days=7), 'isoz')}  tz=America/Chicago  platform_fee_pct=25\n")
    if p(r, .5):
        d.t("# payout: direct deposit to account ").e(digs(r, r.randint(8, 12)), "ACCOUNT_NUMBER").t(f" (routing {aba(r)})\n")
    else:
        d.t(f"# payout: instant pay debit card {masked_card(r)}\n")
    d.t("trip_id,trip_date,pickup_city,dropoff_city,distance_mi,duration_min,fare,tip,surge,net\n")
    metro = region_cities(r, 6, metro=True)
    for _ in range(r.randint(4, 10)):
        c1, c2 = ch(r, metro), ch(r, metro)
        fare = r.uniform(6, 60)
        d.t(f"{rs(r, 8, HEX)},").e((wk + TD(days=r.randint(0, 6))).isoformat(), "DATE_TIME").t(",")
        d.e(c1[0], "LOCATION").t(",").e(c2[0], "LOCATION")
        d.t(f",{r.uniform(1, 40):.1f},{r.randint(5, 70)},{fare:.2f},{r.uniform(0, 12):.2f},{ch(r, ['1.0', '1.0', '1.4', '2.1'])},{fare * .75:.2f}\n")


@en_t
def t_courier_chat(r, d):
    a = addr(r, unit_p=1)
    cf, cl = nm(r)
    courier = ch(r, FIRST["en"])
    app = ch(r, ["DashDrop", "Parcelo", "QuickBasket"])
    day = rdate(r)
    h, m = rtime(r, 9, 20, 1)
    d.t(f"{app} support export — conversation {ruuid(r)}\nOrder #{digs(r, 9)} · ").e(dstr(r, day), "DATE_TIME").t("\n\n")

    def line(who, typ=None):
        nonlocal h, m
        m += r.randint(0, 3)
        if m >= 60:
            h, m = h + 1, m - 60
        d.t(f"[{h:02d}:{m:02d}] ")
        if typ:
            d.t(f"{who[0]} (").e(who[1], "PERSON").t("): ")
        else:
            d.t(f"{who}: ")
    line(("Courier", courier), True)
    d.t("Hi, I'm outside ").e(a.street, "ADDRESS").t(" with your order. Which entrance?\n")
    line(("Customer", cf), True)
    d.t(f"Hey! It's {a.unit}, side door by the garage. Code for the gate is ").e(ch(r, [digs(r, 4) + "#", digs(r, 5), "*" + digs(r, 4)]), "PASSWORD").t("\n")
    line(("Courier", courier), True)
    d.t(ch(r, ["Got it, heading in now", "Ok coming up", "Thanks! there's a dog?"]) + "\n")
    line(("Customer", cf), True)
    d.t(f"Yes that's {ch(r, PETS)}, he's friendly lol. If anything call me at ").e(phone(r, area=a.area, kind="mobile"), "PHONE_NUMBER").t("\n")
    line("System")
    d.t(f"Courier marked order delivered. Photo attached. ETA was {r.randint(8, 40)} min.\n")
    if p(r, .5):
        line(("Agent", ch(r, FIRST["en"])), True)
        d.t("Hi ").e(f"{cf} {cl}", "PERSON").t(", we've refunded the $").t(f"{r.uniform(2, 9):.2f}").t(" delivery fee to your card ").t(masked_card(r)).t(". Anything else?\n")


@en_t
def t_dispatch_ticket(r, d):
    svc = ch(r, ["TOW", "HVAC", "LOCKOUT", "TIRE SERVICE", "COURIER PICKUP", "APPLIANCE DELIVERY"])
    day = rdate(r)
    a = addr(r, unit_p=.3)
    cn, f, l = person(r)
    d.t(f"DISPATCH TICKET #DSP-{digs(r, 6)}     Priority: P{r.randint(1, 4)}     Service: {svc}\n")
    d.t("-" * 60 + "\n")
    d.t("Caller: ").e(cn, "PERSON").t("     Callback: ").e(phone(r, area=a.area), "PHONE_NUMBER").t("\n")
    if p(r, .5):
        d.t("Alt contact: ").e(email_of(r, f, l), "EMAIL_ADDRESS").t("\n")
    d.t("Service address: ").e(a.one(), "ADDRESS").t("\n")
    if svc == "TOW":
        d.t(f"Vehicle: {r.randint(2008, 2024)} {ch(r, ['Ford F-150', 'Chevrolet Silverado', 'Honda Civic', 'Toyota RAV4'])}  Plate {plate(r)}  VIN {vin(r)}\n")
        d.t(f"Drop-off: {ch(r, ['Firestone Complete Auto Care', 'Pep Boys', 'customer home', 'impound lot 3'])}\n")
    h1 = r.randint(7, 15)
    d.t("Window: ").e(dstr(r, day), "DATE_TIME").t(" between ").e(tstr(r, h1, 0, "en", "ampm"), "DATE_TIME").t(" and ")
    d.e(tstr(r, h1 + 2, 0, "en", "ampm"), "DATE_TIME").t("\n")
    tech = person(r, style=ch(r, ["fl", "FL"]))[0]
    d.t("Assigned: ").e(tech, "PERSON").t(f" (Unit {r.randint(10, 99)}, radio ch {r.randint(1, 8)})\n")
    d.t(f"Account: ").e(f"{digs(r, 4)}-{digs(r, 5)}", "ACCOUNT_NUMBER").t(f"   Membership tier: {ch(r, ['Basic', 'Plus', 'Premier'])}\n")
    notes = [f"Beware of dog ({ch(r, PETS)}).", "Customer prefers text.", f"Previous ticket DSP-{digs(r, 6)} closed {r.randint(2, 30)} days ago.",
             f"Gate code ", "Park on street, low clearance 7ft."]
    d.t("Notes: ")
    for nt in r.sample(notes, 3):
        if nt == "Gate code ":
            d.t("Gate code ").e(digs(r, 4), "PASSWORD").t(". ")
        else:
            d.t(nt + " ")
    d.t("\nDispatcher: ").t(ch(r, ["jmorales", "kcheng", "dispatch02", "tlee_ops"])).t("\n")


@en_t
def t_radio_transcript(r, d):
    day = rdate(r)
    d.t(f"Dispatch log — Channel {r.randint(1, 6)} — ").e(dstr(r, day), "DATE_TIME").t(f" — recorder id REC-{digs(r, 5)}\n\n")
    h, m = r.randint(5, 18), r.randint(0, 50)
    units = {u: person(r, style=ch(r, ["fl", "f", "l"]))[0] for u in r.sample(range(10, 60), 3)}
    metro = region_cities(r, 4, metro=True)
    for _ in range(r.randint(6, 10)):
        m += r.randint(1, 6)
        if m >= 60:
            h, m = h + 1, m - 60
        u = ch(r, list(units))
        k = r.random()
        d.t(f"{h:02d}:{m:02d}  ")
        if k < 0.3:
            a = addr(r, unit_p=0)
            d.t(f"DISPATCH: Unit {u}, pickup at ").e(a.street, "ADDRESS").t(f", {ch(r, ['rear lot', 'dock side', 'front gate', 'loading zone'])}. Ticket {digs(r, 6)}.\n")
        elif k < 0.55:
            d.t(f"UNIT {u} (").e(units[u], "PERSON").t(f"): Copy, ETA {r.randint(4, 30)} minutes.\n")
        elif k < 0.7:
            c = ch(r, metro)
            d.t(f"UNIT {u}: Clear, heading back to yard via ").e(c[0], "LOCATION").t(f". Mileage {r.randint(10000, 99999)}.\n")
        elif k < 0.82:
            d.t(f"DISPATCH: Unit {u}, customer callback number is ").e(phone(r), "PHONE_NUMBER").t(".\n")
        else:
            d.t(f"UNIT {u}: {ch(r, ['10-4', 'On scene', 'Loaded and rolling', 'Waiting at dock 7', 'Plate ' + plate(r) + ' on hook'])}.\n")


@en_t
def t_pick_list(r, d):
    day = rdate(r)
    a = addr(r, unit_p=.4)
    cn, f, l = person(r)
    d.t(f"PICK LIST        Wave: W-{day.strftime('%m%d')}-{r.randint(1, 20):02d}     Printed {logts(r, day, 'space')[:16]} by WMS {ver(r)}\n")
    d.t(f"Order: SO-{day.year}-{digs(r, 6)}   Customer PO: {digs(r, 10)}   Ship by: ").e(dstr(r, day + TD(days=r.randint(0, 2))), "DATE_TIME").t("\n")
    d.t("Ship to: ").e(cn, "PERSON").t("\n         ").e(a.one(), "ADDRESS").t("\n         Tel ").e(phone(r, area=a.area), "PHONE_NUMBER").t("\n")
    d.t(f"Carrier: {ch(r, ['FedEx Ground', 'UPS Ground', 'USPS Priority', 'OnTrac', 'LTL - Estes'])}   Service level: {ch(r, ['STD', '2DAY', 'NDA'])}\n\n")
    d.t("LN  LOCATION     SKU            DESCRIPTION                               QTY  UOM  LOT         PICKED\n")
    for i in range(r.randint(3, 9)):
        sku, desc = ch(r, SKU_ITEMS)
        d.t(f"{i + 1:<3} {ch(r, 'ABCDEF')}-{r.randint(1, 40):02d}-{r.randint(1, 9):02d}-{ch(r, 'ABCD')}  {sku:<14} {desc:<41} {r.randint(1, 24):<4} {ch(r, ['EA', 'CS', 'PK'])}   L{digs(r, 7)}  [ ]\n")
    d.t(f"\nTotal lines: {i + 1}   Est. weight: {r.uniform(2, 400):.1f} lb   Cart: C{r.randint(1, 60)}\n")
    d.t("Picker: ").e(person(r, style=ch(r, ["il", "fl"]))[0], "PERSON").t("   Checker: ").e(person(r, style="f")[0], "PERSON").t("\n")
    d.t("Gift message: " + ch(r, ["Happy birthday! Love, ", "Congrats on the new place - ", "Thinking of you. "])).e(ch(r, FIRST["en"]), "PERSON").t("\n")


@en_t
def t_wms_json(r, d):
    f, l = nm(r)
    a = addr(r, unit_p=.5)
    day = rdate(r)
    d.t("{\n")
    jfield(d, "order_id", f"{digs(r, 3)}-{digs(r, 7)}-{digs(r, 7)}")
    jfield(d, "channel", ch(r, ["shopify", "amazon", "walmart_mkp", "b2b_portal"]))
    jfield(d, "created_at", f"{day.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z")
    jfield(d, "updated_at", f"{(day + TD(days=1)).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z")
    jfield(d, "requested_delivery_date", (day + TD(days=r.randint(2, 7))).isoformat(), "DATE_TIME")
    d.t('  "customer": {\n')
    jfield(d, "customer_id", f"C{digs(r, 8)}", indent="    ")
    if p(r, .5):
        jfield(d, "account_number", digs(r, 10), "ACCOUNT_NUMBER", indent="    ")
    jfield(d, "first_name", f, "PERSON", indent="    ")
    jfield(d, "last_name", l, "PERSON", indent="    ")
    jfield(d, "email", email_of(r, f, l), "EMAIL_ADDRESS", indent="    ")
    jfield(d, "phone", phone(r, area=a.area), "PHONE_NUMBER", indent="    ", last=True)
    d.t("  },\n  \"ship_to\": {\n")
    jfield(d, "line1", a.street, "ADDRESS", indent="    ")
    if a.unit:
        jfield(d, "line2", a.unit, "ADDRESS", indent="    ")
    jfield(d, "city", a.city, "LOCATION", indent="    ")
    jfield(d, "state", a.region, "LOCATION", indent="    ")
    jfield(d, "postal_code", a.postcode, indent="    ")
    jfield(d, "country", "US", indent="    ", last=True)
    d.t("  },\n  \"lines\": [\n")
    n = r.randint(1, 4)
    for i in range(n):
        sku, desc = ch(r, SKU_ITEMS)
        d.t(f'    {{"sku": "{sku}", "qty": {r.randint(1, 6)}, "unit_price": {r.uniform(3, 400):.2f}, "hs_code": "{ch(r, HS_CODES)}"}}' + ("," if i < n - 1 else "") + "\n")
    d.t("  ],\n")
    jfield(d, "payment_last4", digs(r, 4))
    jfield(d, "tracking", tracking(r))
    jfield(d, "warehouse", ch(r, ["DC-ONT-2", "DC-MEM-1", "XD-EWR", "DC-DFW-3"]))
    jfield(d, "pick_duration_s", r.randint(40, 900), raw=True, last=True)
    d.t("}\n")


@en_t
def t_rma_form(r, d):
    cn, f, l = person(r)
    a = addr(r, unit_p=.3)
    buy = rdate(r)
    d.t(ch(r, ["RETURN MERCHANDISE AUTHORIZATION (RMA) REQUEST", "Returns & Exchanges Form", "RMA Request — Warranty Claim"]) + "\n\n")
    d.t(f"RMA #: RMA-{buy.strftime('%y%m')}-{digs(r, 4)}     Original order #: {digs(r, 3)}-{digs(r, 7)}-{digs(r, 7)}\n")
    d.t("Customer name: ").e(cn, "PERSON").t("\nEmail: ").e(email_of(r, f, l), "EMAIL_ADDRESS").t("\nPhone: ").e(phone(r, area=a.area), "PHONE_NUMBER").t("\n")
    d.t("Customer account #: ").e(digs(r, 9), "ACCOUNT_NUMBER").t("\n")
    d.t("Return-from address:\n").e(a.multi(), "ADDRESS").t("\n\n")
    d.t("Purchase date: ").e(dstr(r, buy), "DATE_TIME").t("\n")
    prod = ch(r, ["Bosch 800 Series Dishwasher", "Dyson V15 Detect Vacuum", "KitchenAid Artisan Stand Mixer", "Philips Airfryer XXL",
                  "DeWalt DW745 Table Saw", "Dell UltraSharp U2723QE Monitor", "Samsung Bespoke Refrigerator", "Weber Spirit II Grill"])
    d.t(f"Product: {prod}   Model/Serial: {rs(r, 4, UP)}{digs(r, 8)}\n")
    d.t(f"Reason: {ch(r, ['Arrived damaged (crushed carton)', 'Defective - will not power on', 'Wrong item shipped', 'No longer needed'])}\n")
    k = r.random()
    if k < 0.35:
        d.t("Refund to card: ").e(card(r), "CREDIT_CARD").t("   Exp: ").e(cc_exp(r), "DATE_TIME").t("\n")
    elif k < 0.7:
        d.t(f"Refund method: original payment ({masked_card(r)})\n")
    else:
        d.t("Refund method: store credit (gift card ").t(bad_card(r)).t(")\n")
    d.t("Ship return by: ").e(dstr(r, buy + TD(days=r.randint(20, 40))), "DATE_TIME").t(f" using prepaid label {tracking(r, 'ups')}\n")
    d.t(f"Restocking fee: {ch(r, ['0%', '15%', 'waived'])}   Condition on receipt: ____\n")
    d.t("Customer signature: ").e(cn if p(r, .5) else fmt_name(r, f, l, "fl"), "PERSON").t("\n")


@en_t
def t_moving_inventory(r, d):
    cn, f, l = person(r)
    o, dest = addr(r, unit_p=.4), addr(r, unit_p=.4)
    ld = rdate(r)
    van = ch(r, ["Allied Van Lines", "Atlas Van Lines", "Mayflower Transit", "North American Van Lines", "Two Men and a Truck"])
    d.t(f"HOUSEHOLD GOODS DESCRIPTIVE INVENTORY — {van} agent\nOrder/B.L. No. {digs(r, 4)}-{digs(r, 5)}-{digs(r, 1)}     Page 1 of {r.randint(2, 6)}\n\n")
    d.t("Shipper: ").e(cn, "PERSON").t("\nOrigin: ").e(o.one(), "ADDRESS").t("\nDestination: ").e(dest.one(), "ADDRESS").t("\n")
    d.t("Cell: ").e(phone(r, area=o.area, kind="mobile"), "PHONE_NUMBER").t("   Email: ").e(email_of(r, f, l), "EMAIL_ADDRESS").t("\n")
    d.t("Load date: ").e(dstr(r, ld), "DATE_TIME").t("   Delivery spread: ").e(dstr(r, ld + TD(days=r.randint(2, 5))), "DATE_TIME").t(" – ")
    d.e(dstr(r, ld + TD(days=r.randint(6, 14))), "DATE_TIME").t("\n\n")
    d.t("TAG  ARTICLE                         CONDITION AT ORIGIN          EXCEPTIONS\n")
    arts = ["Sofa, 3 cushion", "Dresser w/ mirror", "TV 65in (PBO)", "Carton 3.0 - books", "Mattress, king", "Dining table",
            "Piano, upright", "Bicycle", "Lamp, floor", "Wardrobe carton", "Desk, oak", "Crib (disassembled)"]
    for i in range(r.randint(5, 10)):
        d.t(f"{r.randint(1, 200):03d}  {ch(r, arts):<31} {ch(r, ['SC-2 BR-4', 'M-7 R', 'G', 'CH-1 SC-3', 'PBO', 'Z-5'])}{'':<20} {ch(r, ['', '', 'Shipper disagrees', 'dent L side'])}\n")
    d.t("\nCondition codes: BR broken, CH chipped, SC scratched, M marred, R rubbed, PBO packed by owner, Z cracked\n")
    d.t(f"Valuation: Full Value Protection ${r.randint(30, 150)},000   Deductible $0\n")
    if p(r, .6):
        d.t("Deposit charged to ").e(card(r), "CREDIT_CARD").t(", exp ").e(cc_exp(r), "DATE_TIME").t(f" — ${r.randint(200, 1500)}.00\n")
    else:
        d.t(f"Deposit: {masked_card(r)} — ${r.randint(200, 1500)}.00\n")
    d.t("Crew chief: ").e(person(r)[0], "PERSON").t(f"  (driver #{digs(r, 5)})\n")
    d.t(f"Pet on site: {ch(r, PETS)} (cat) — keep doors closed\nCustomer signature: ").e(fmt_name(r, f, l, "fl"), "PERSON").t("\n")


@en_t
def t_work_order(r, d):
    cn, f, l = person(r)
    a = addr(r, unit_p=.35)
    day = rdate(r)
    h, m = rtime(r, 7, 17, 15)
    d.t(f"WORK ORDER WO-{digs(r, 7)}        Type: {ch(r, ['Repair', 'Preventive Maintenance', 'Install', 'Inspection'])}\n\n")
    d.t(f"Customer: {ch(r, ['Residential', 'Commercial'])} — ").e(cn, "PERSON").t("\nAccount #: ").e(f"{digs(r, 4)}-{digs(r, 4)}-{digs(r, 3)}", "ACCOUNT_NUMBER").t("\n")
    d.t("Site address: ").e(a.one(), "ADDRESS").t("\nSite contact: ").e(person(r, style="fl")[0], "PERSON").t("  ").e(phone(r, area=a.area), "PHONE_NUMBER").t("\n")
    d.t("Scheduled: ").e(f"{wdstr(r, day)} at {tstr(r, h, m, 'en', 'ampm')}" if p(r, .5) else dtstr(r, day, h, m), "DATE_TIME").t("\n")
    eq = ch(r, ["Carrier 50TC rooftop unit", "Trane XR15 condenser", "Otis Gen2 elevator", "Rheem 50-gal water heater",
                "Johnson Controls YORK chiller", "Generac 22kW standby generator"])
    d.t(f"Equipment: {eq}   S/N {digs(r, 4)}{rs(r, 1, UP)}{digs(r, 5)}   Install year: {r.randint(2004, 2022)}\n")
    d.t(f"Problem: {ch(r, ['No cooling, compressor short-cycling', 'Annual PM per contract', 'Leak at relief valve', 'Door fault E-217', 'Fails to start under load'])}\n\n")
    tech = person(r)[0]
    d.t("Technician: ").e(tech, "PERSON").t(f"  Tech ID T{digs(r, 4)}  Van {r.randint(100, 999)}\n")
    tsty = ch(r, ["ampm", "24"])
    d.t("Arrived: ").e(tstr(r, h, (m + r.randint(0, 14)) % 60, "en", tsty), "DATE_TIME").t("   Departed: ").e(tstr(r, min(h + r.randint(1, 3), 23), r.randrange(0, 60, 5), "en", tsty), "DATE_TIME").t("\n")
    d.t(f"Labor: {r.randint(1, 5)}.{ch(r, '05')} h   Travel: {r.randint(10, 70)} min\n")
    d.t("Parts: ")
    for _ in range(r.randint(1, 3)):
        d.t(f"P/N {rs(r, 3, UP)}-{digs(r, 5)} x{r.randint(1, 4)}; ")
    d.t(f"\nFindings: {ch(r, ['Replaced contactor and capacitor; system operating normally.', 'Refrigerant low, leak search scheduled.', 'Cleaned coils, replaced filters.'])}\n")
    d.t("Customer signature: ").e(fmt_name(r, f, l, ch(r, ["fl", "il"])), "PERSON").t("\n")
    if p(r, .4):
        d.t("Follow-up visit: ").e(dstr(r, day + TD(days=r.randint(3, 20))), "DATE_TIME").t("\n")


@en_t
def t_meter_route(r, d):
    day = rdate(r)
    c = ch(r, US_CITIES)
    d.t(f"METER READING ROUTE {r.randint(1, 80):03d} — Cycle {r.randint(1, 20):02d} — Read date: ").e(dstr(r, day), "DATE_TIME").t("\n")
    d.t("Service area: ").e(f"{c[0]}, {c[1]}", "LOCATION").t("   Reader: ").e(person(r, style=ch(r, ["fl", "il"]))[0], "PERSON").t(f" (R-{digs(r, 3)})  Handheld {rs(r, 2, UP)}{digs(r, 5)}\n\n")
    d.t("SEQ  ACCOUNT NO.       SERVICE ADDRESS                     METER #      PREV     CURR    CODE  NOTE\n")
    for i in range(r.randint(4, 10)):
        a = addr(r, unit_p=.2)
        a.city, a.region = c[0], c[1]
        acct = ch(r, [f"{digs(r, 4)} {digs(r, 4)} {digs(r, 3)}", digs(r, 10), f"{digs(r, 6)}-{digs(r, 3)}"])
        prev = r.randint(10000, 90000)
        d.t(f"{i + 1:03d}  ").e(acct, "ACCOUNT_NUMBER").t(" " * max(1, 17 - len(acct)))
        st = a.street + (f" {a.unit}" if a.unit else "")
        d.e(st, "ADDRESS").t(" " * max(1, 36 - len(st)))
        code = ch(r, ["OK", "OK", "OK", "EST", "DOG", "LKD", "HI"])
        note = {"DOG": f"dog '{ch(r, PETS)}' in yard", "LKD": "gate locked", "HI": "high usage, recheck", "EST": "estimated"}.get(code, "")
        d.t(f"{ch(r, ['E', 'G', 'W'])}-{digs(r, 7)}    {prev:<8} {prev + r.randint(50, 1900):<7} {code:<5} {note}\n")
    d.t(f"\nEnd of route. Reads: {i + 1}. Skips: {r.randint(0, 2)}. Upload at {logts(r, day, 'isoz')}\n")


@en_t
def t_rental_agreement(r, d):
    f, l = nm(r)
    a = addr(r, unit_p=.3)
    st = ch(r, ["CA", "TX", "IL", "NY", "FL", "WA", "PA", "OH", "GA", "NJ", "MI"])
    out = rdate(r)
    ho, mo = rtime(r, 6, 20, 5)
    ret = out + TD(days=r.randint(1, 14))
    brand = ch(r, ["Hertz", "Avis", "Enterprise", "Budget", "Sixt", "National", "Penske Truck Rental", "U-Haul"])
    d.t(f"{brand.upper()} RENTAL AGREEMENT   RA# {digs(r, 9)}   Res# {rs(r, 2, UP)}{digs(r, 8)}\n\n")
    d.t("RENTER: ").e(fmt_name(r, f, l, ch(r, ["LF", "lf", "FL"])), "PERSON").t("\n")
    d.t("Address: ").e(a.one(), "ADDRESS").t("\nPhone: ").e(phone(r, area=a.area), "PHONE_NUMBER").t("   Email: ").e(email_of(r, f, l), "EMAIL_ADDRESS").t("\n")
    d.t("Date of birth: ").e(dstr(r, dob(r, 1950, 2000)), "DATE_OF_BIRTH").t("\n")
    d.t(f"Driver's license: {st} ").e(dl_number(r, st), "DRIVER_LICENSE").t("   Exp: ").e(dstr(r, rdate(r, 2025, 2030)), "DATE_TIME").t("\n")
    if p(r, .3):
        af, al_ = nm(r)
        st2 = ch(r, ["CA", "TX", "NY", "FL"])
        d.t("Additional driver: ").e(f"{af} {al_}", "PERSON").t(f"  DL {st2} ").e(dl_number(r, st2), "DRIVER_LICENSE").t("\n")
    c = ch(r, US_CITIES)
    d.t(f"\nPICK-UP  {ch(r, ['Airport', 'Downtown', 'Truck Center'])} branch, ").e(f"{c[0]}, {c[1]}", "LOCATION").t("  ").e(dtstr(r, out, ho, mo), "DATE_TIME").t("\n")
    d.t("RETURN DUE  same location  ").e(dtstr(r, ret, ho, mo), "DATE_TIME").t("\n")
    d.t(f"Vehicle: {r.randint(2021, 2025)} {ch(r, ['Toyota Camry', 'Ford Transit 250', 'Chevy Tahoe', 'Nissan Altima', '26ft Box Truck (International)', 'Jeep Compass'])}  Unit {digs(r, 6)}  Plate {plate(r)}  VIN {vin(r)}\n")
    d.t(f"Fuel out: 8/8   Miles out: {r.randint(1000, 60000):,}   Class: {ch(r, ['ICAR', 'FCAR', 'SFAR', 'CKMR'])}\n\n")
    d.t(f"Rate: ${r.uniform(39, 189):.2f}/day   LDW: {ch(r, ['Accepted', 'Declined'])}   SLI: {ch(r, ['Accepted', 'Declined'])}\n")
    if p(r, .5):
        d.t("Method of payment: ").e(card(r), "CREDIT_CARD").t("  exp ").e(cc_exp(r), "DATE_TIME").t("\n")
    else:
        d.t(f"Method of payment: {ch(r, ['VISA', 'MC', 'AMEX'])} {masked_card(r)}  AUTH {rs(r, 6, UP + DIG)}\n")
    d.t("Renter signature: ").e(fmt_name(r, f, l, "fl"), "PERSON").t(f"   Counter agent: {ch(r, ['agt', 'ctr', 'emp'])}{digs(r, 4)}\n")


@en_t
def t_parking_citation(r, d):
    c = ch(r, US_CITIES)
    day = rdate(r)
    h, m = rtime(r, 7, 22, 1)
    d.t("CITY OF ").e(c[0].upper(), "LOCATION").t(" — NOTICE OF PARKING VIOLATION\n")
    d.t(f"Citation No.: {digs(r, 10)}    Issued: ").e(dtstr(r, day, h, m), "DATE_TIME").t("\n")
    a = addr(r, unit_p=0)
    a.city, a.region = c[0], c[1]
    d.t("Location of violation: ").e(a.street, "ADDRESS").t(f" ({ch(r, ['meter', 'space'])} {rs(r, 1, UP)}{digs(r, 3)})\n")
    d.t(f"Plate: {plate(r)}   Plate type: PAS   Make: {ch(r, ['FORD', 'TOYT', 'HOND', 'CHEV', 'TESL', 'MERZ'])}   Color: {ch(r, ['WHT', 'BLK', 'GRY', 'SIL', 'RED'])}   VIN (last 6): {digs(r, 6)}\n")
    d.t(f"Violation: {ch(r, ['9-64-170(a) Expired meter', '9-64-140 Street cleaning', '9-64-130 Fire hydrant', 'Commercial loading zone, non-commercial vehicle'])}\n")
    fine = ch(r, [50, 65, 75, 100, 150])
    d.t(f"Fine: ${fine}.00    Late penalty after due date: ${fine}.00\n")
    d.t("Pay by: ").e(dstr(r, day + TD(days=r.randint(21, 30))), "DATE_TIME").t("\n")
    d.t("Issuing officer: Ofc. ").e(ch(r, LAST["en"]), "PERSON").t(f"  Badge {digs(r, 4)}\n\n")
    if p(r, .7):
        of, ol = nm(r)
        oa = addr(r, unit_p=.3)
        d.t("REGISTERED OWNER (per DMV record):\n").e(fmt_name(r, of, ol, ch(r, ["FL", "LF"])), "PERSON").t("\n").e(oa.multi(upper=True), "ADDRESS").t("\n\n")
    d.t("Pay online at ").e(f"https://{ch(r, ['parking', 'payments', 'finance'])}.{ascii_fold(c[0]).lower().replace(' ', '')}{ch(r, ['.gov', 'gov.org'])}/citations?no={digs(r, 10)}", "URL")
    d.t(" or call ").e(phone(r, kind="toll"), "PHONE_NUMBER").t(". Contest within 21 days.\n")


@en_t
def t_toll_invoice(r, d):
    f, l = nm(r)
    a = addr(r, unit_p=.3)
    inv = rdate(r)
    d.t(f"{ch(r, ['E-ZPass', 'TxTag', 'I-PASS', 'FasTrak', 'SunPass', 'Peach Pass'])} — {ch(r, ['TOLL VIOLATION INVOICE', 'NOTICE OF TOLLS DUE', 'Statement of Account'])}\n\n")
    d.e(fmt_name(r, f, l, ch(r, ["FL", "fl"])), "PERSON").t("\n").e(a.multi(upper=True), "ADDRESS").t("\n\n")
    d.t("Account Number: ").e(digs(r, r.randint(8, 11)), "ACCOUNT_NUMBER").t(f"   Invoice: {rs(r, 1, UP)}{digs(r, 9)}\n")
    d.t("Invoice date: ").e(dstr(r, inv), "DATE_TIME").t("   Amount due: ")
    tot = 0.0
    rows = []
    for _ in range(r.randint(2, 7)):
        td = inv - TD(days=r.randint(5, 40))
        h, m = rtime(r, 0, 23, 1)
        amt = ch(r, [1.25, 2.5, 3.75, 4.1, 6.0, 8.25, 12.5])
        tot += amt
        rows.append((td, h, m, amt))
    d.t(f"${tot + 5:.2f}   Pay by: ").e(dstr(r, inv + TD(days=30)), "DATE_TIME").t("\n")
    d.t(f"Plate: {plate(r)}   Transponder: {digs(r, 3)}{digs(r, 8)}\n\n")
    d.t("DATE/TIME            PLAZA / LANE                     CLASS   AMOUNT\n")
    for td, h, m, amt in sorted(rows):
        s = f"{td.strftime('%m/%d/%Y')} {h:02d}:{m:02d}"
        d.e(s, "DATE_TIME").t(f"     {ch(r, ['I-90 Plaza 9', 'Plaza 34 Mainline', 'SR-91 Express', 'Exit 14 Ramp', 'Bridge Plaza 2'])} / L{r.randint(1, 12):02d}{'':<10} {r.randint(2, 5)}       ${amt:.2f}\n")
    d.t("Administrative fee                                             $5.00\n\n")
    d.t("Pay at ").e(f"https://www.{ch(r, ['tollpay', 'ezpassnj', 'txtag', 'getipass'])}.com/pay?inv={digs(r, 9)}", "URL").t(" or call ").e(phone(r, kind="toll"), "PHONE_NUMBER").t("\n")


def isa_gs(r, d, fn, day):
    ctl = digs(r, 9)
    d.t(f"ISA*00*          *00*          *02*{ch(r, SCAC):<15}*ZZ*{rs(r, 8, UP):<15}*{day.strftime('%y%m%d')}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*U*00401*{ctl}*0*P*>~\n")
    d.t(f"GS*{fn}*{rs(r, 6, UP)}*{rs(r, 6, UP)}*{day.strftime('%Y%m%d')}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*{int(ctl)}*X*004010~\n")
    return ctl


def x12_party(r, d, code, name_is_person=False):
    a = addr(r, unit_p=0)
    if name_is_person:
        d.t(f"N1*{code}*").e(person(r, style="FL")[0], "PERSON").t("~\n")
    else:
        d.t(f"N1*{code}*{ch(r, COMPANY_EN).upper()}*93*{digs(r, 6)}~\n")
    d.t("N3*").e(a.street.upper(), "ADDRESS").t("~\n")
    d.t("N4*").e(a.city.upper(), "LOCATION").t("*").e(a.region, "LOCATION").t(f"*{a.postcode}*US~\n")
    return a


@en_t
def t_edi_204(r, d):
    day = rdate(r)
    ctl = isa_gs(r, d, "SM", day)
    d.t("ST*204*0001~\n")
    ci = r.randrange(len(SCAC))
    d.t(f"B2**{SCAC[ci]}**LD{digs(r, 6)}**PP~\nB2A*00~\nL11*{digs(r, 10)}*PO~\nL11*{digs(r, 8)}*BM~\n")
    if p(r, .6):
        d.t("NTE*LOI*DRIVER MUST CALL ").e(phone(r), "PHONE_NUMBER").t(" 1 HR PRIOR~\n")
    stops = r.randint(2, 3)
    dd = day
    for s in range(1, stops + 1):
        dd = dd + TD(days=r.randint(0, 2))
        h = r.randint(5, 18)
        d.t(f"S5*{s}*{'CL' if s == 1 else 'CU'}*{r.randint(1000, 44000)}*L*{r.randint(1, 26)}*PLT~\n")
        d.t(f"G62*{'69' if s == 1 else '70'}*").e(dd.strftime("%Y%m%d"), "DATE_TIME").t("*U*").e(f"{h:02d}00", "DATE_TIME").t("~\n")
        x12_party(r, d, "SF" if s == 1 else "ST")
        if p(r, .7):
            pf, pl = nm(r)
            d.t("G61*IC*").e(f"{pf} {pl}".upper(), "PERSON").t("*TE*").e(f"{ch(r, US_AREAS)}{_exch(r)}{digs(r, 4)}", "PHONE_NUMBER")
            if p(r, .5):
                d.t("*EM*").e(email_of(r, pf, pl, co_domain(r)).upper(), "EMAIL_ADDRESS")
            d.t("~\n")
    d.t(f"L3*{r.randint(2000, 44000)}*G*{r.randint(800, 4800)}00*LB~\n")
    n = 9 + stops * 5
    d.t(f"SE*{n}*0001~\nGE*1*{int(ctl)}~\nIEA*1*{ctl}~\n")


@en_t
def t_edi_214(r, d):
    day = rdate(r)
    ctl = isa_gs(r, d, "QM", day)
    d.t("ST*214*0001~\n")
    d.t(f"B10*{digs(r, 8)}*{digs(r, 10)}*{ch(r, SCAC)}~\nL11*{digs(r, 9)}*BM~\nL11*PO{digs(r, 8)}*PO~\n")
    x12_party(r, d, "SH")
    x12_party(r, d, "CN", name_is_person=p(r, .3))
    d.t("LX*1~\n")
    nst = r.randint(1, 4)
    route = region_cities(r, nst)
    h, m = rtime(r, 0, 8, 1)
    for si in range(nst):
        h += r.randint(2, 7)
        if h > 23:
            day, h = day + TD(days=1), h - 24
        m = r.randint(0, 59)
        c = route[si]
        d.t(f"AT7*{ch(r, ['X3', 'AF', 'X1', 'D1', 'X6'])}*{ch(r, ['NS', 'NS', 'AM', 'P1'])}***").e(day.strftime("%Y%m%d"), "DATE_TIME").t("*").e(f"{h:02d}{m:02d}", "DATE_TIME").t(f"*{ch(r, ['LT', 'CT', 'ET', 'PT'])}~\n")
        d.t("MS1*").e(c[0].upper(), "LOCATION").t("*").e(c[1], "LOCATION").t("*US~\n")
        d.t(f"MS2*{ch(r, SCAC)}*{r.randint(10000, 99999)}~\n")
    if p(r, .4):
        d.t("AT8*G*L*").t(str(r.randint(100, 40000))).t(f"*{r.randint(1, 30)}~\n")
    d.t(f"SE*{r.randint(12, 24)}*0001~\nGE*1*{int(ctl)}~\nIEA*1*{ctl}~\n")


@en_t
def t_edi_856(r, d):
    day = rdate(r)
    ctl = isa_gs(r, d, "SH", day)
    d.t("ST*856*0001~\n")
    d.t(f"BSN*00*{digs(r, 10)}*").e(day.strftime("%Y%m%d"), "DATE_TIME").t("*").e(f"{r.randint(6, 18):02d}{r.randrange(0, 60, 5):02d}", "DATE_TIME").t("*0001~\n")
    d.t("HL*1**S~\n")
    d.t(f"TD1*CTN25*{r.randint(1, 400)}****G*{r.randint(20, 9000)}*LB~\nTD5*B*2*{ch(r, SCAC)}*M~\nREF*BM*{digs(r, 10)}~\nREF*CN*{tracking(r, 'ups')}~\n")
    d.t("DTM*011*").e((day + TD(days=r.randint(0, 1))).strftime("%Y%m%d"), "DATE_TIME").t("~\n")
    d.t("DTM*017*").e((day + TD(days=r.randint(2, 6))).strftime("%Y%m%d"), "DATE_TIME").t("~\n")
    x12_party(r, d, "ST", name_is_person=p(r, .4))
    x12_party(r, d, "SF")
    d.t(f"HL*2*1*O~\nPRF*{digs(r, 10)}***").e(day.strftime("%Y%m%d"), "DATE_TIME").t("~\n")
    hl = 3
    for _ in range(r.randint(1, 3)):
        sku, _desc = ch(r, SKU_ITEMS)
        d.t(f"HL*{hl}*2*I~\nLIN**BP*{sku}*UP*{digs(r, 12)}~\nSN1**{r.randint(1, 48)}*EA~\n")
        hl += 1
    d.t(f"CTT*{hl - 3}~\nSE*{hl * 3 + 8}*0001~\nGE*1*{int(ctl)}~\nIEA*1*{ctl}~\n")


@en_t
def t_edifact_iftmin(r, d):
    day = rdate(r)
    ref = digs(r, 10)
    d.t(f"UNA:+.? '\nUNB+UNOC:3+{rs(r, 13, DIG)}:14+{rs(r, 13, DIG)}:14+{day.strftime('%y%m%d')}:{r.randint(0, 23):02d}{r.randint(0, 59):02d}+{ref}'\n")
    d.t(f"UNH+1+IFTMIN:D:04A:UN:BIG14'\nBGM+610+{digs(r, 9)}+9'\n")
    h = r.randint(6, 17)
    d.t("DTM+2:").e(f"{(day + TD(days=r.randint(1, 5))).strftime('%Y%m%d')}{h:02d}00", "DATE_TIME").t(":203'\n")
    d.t(f"TSR+{ch(r, ['30', '31'])}+2'\nFTX+DEL+++{ch(r, ['TAIL LIFT REQUIRED', 'CALL BEFORE DELIVERY', 'FRAGILE'])}'\n")
    d.t(f"RFF+CU:{digs(r, 8)}'\nTDT+20++3+31'\n")
    for q in ("CZ", "CN"):
        lc = ch(r, ["de", "nl", "fr", "it", "es", "pl"])
        a = addr(r, lc, 0)
        if q == "CN" and p(r, .5):
            d.t(f"NAD+{q}+++").e(person(r, lc, style="FL")[0].replace("'", "?'").replace("+", "?+"), "PERSON")
        else:
            d.t(f"NAD+{q}+{digs(r, 13)}::9++{ch(r, EPONYM_CO[:10] + ['NORDLAND LOGISTIK AG', 'TRANSPORTES IBERIA SL'])[:35].upper().replace(',', '').replace('+', '?+').replace(chr(39), '?' + chr(39))}")
        d.t("+").e(a.street.upper().replace("'", "?'").replace("+", "?+").replace(":", "?:"), "ADDRESS").t("+").e(a.city.upper(), "LOCATION").t(f"++{a.postcode.replace(' ', '')}+{a.cc}'\n")
        cf, cl = nm(r, lc)
        d.t("CTA+IC+:").e(f"{cf} {cl}".upper().replace("'", "?'"), "PERSON").t("'\n")
        d.t("COM+").e(phone(r, lc).replace("+", "00", 1).replace(" ", "").replace("(", "").replace(")", "").replace("/", ""), "PHONE_NUMBER").t(":TE'\n")
        if p(r, .6):
            d.t("COM+").e(email_of(r, cf, cl, ch(r, FREE_MAIL[lc])), "EMAIL_ADDRESS").t(":EM'\n")
    d.t(f"GID+1+{r.randint(1, 33)}:PX'\nMEA+AAE+G+KGM:{r.randint(80, 24000)}'\nPCI+33E'\nGIN+BJ+{digs(r, 18)}'\n")
    d.t(f"UNT+{r.randint(18, 30)}+1'\nUNZ+1+{ref}'\n")


@en_t
def t_k8s_secret(r, d):
    app = ch(r, ["tms-api", "dispatch-svc", "pod-uploader", "edi-gateway", "route-optimizer", "telematics-ingest"])
    ns = ch(r, ['logistics', 'prod', 'ops'])
    d.t(f"# kubectl get secret {app}-secrets -n {ns} -o yaml\napiVersion: v1\nkind: Secret\nmetadata:\n")
    d.t(f"  name: {app}-secrets\n  namespace: {ns}\n  uid: {ruuid(r)}\n  resourceVersion: \"{r.randint(100000, 9999999)}\"\n")
    d.t(f"  creationTimestamp: \"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z\"\ntype: Opaque\ndata:\n")
    items = [("DB_PASSWORD", lambda: password(r), "PASSWORD"), ("REDIS_PASSWORD", lambda: password(r), "PASSWORD"),
             ("SMTP_PASSWORD", lambda: password(r), "PASSWORD"), ("MAPS_API_KEY", lambda: generic_secret(r, "gmaps"), "GENERIC_SECRET"),
             ("WEBHOOK_SIGNING_SECRET", lambda: generic_secret(r, "whsec"), "GENERIC_SECRET"),
             ("CARRIER_API_TOKEN", lambda: generic_secret(r, "bearer"), "GENERIC_SECRET"),
             ("OAUTH_CLIENT_SECRET", lambda: generic_secret(r, "client"), "GENERIC_SECRET"),
             ("STRIPE_SECRET_KEY", lambda: stripe_key(r), "GENERIC_SECRET"),
             ("AWS_SECRET_ACCESS_KEY", lambda: aws_secret(r), "GENERIC_SECRET")]
    for k, gen, typ in r.sample(items, r.randint(2, 5)):
        d.t(f"  {k}: ").e(b64s(gen()), typ).t("\n")
    if p(r, .5):
        d.t(f"  DB_USER: {b64s('tms_app')}\n  DB_HOST: {b64s('pg-primary.logistics.svc.cluster.local')}\n")
    d.t(f"stringData: {{}}\n# sealed-secrets controller {ver(r)}; rotate every 90 days\n")


@en_t
def t_dotenv(r, d):
    d.t(f"# .env.{ch(r, ['production', 'staging', 'local'])} -- {ch(r, ['TMS', 'dispatch portal', 'courier app backend', 'yard management'])}\n")
    d.t(f"APP_ENV={ch(r, ['production', 'staging'])}\nAPP_VERSION={ver(r)}\nTZ=America/Chicago\nLOG_LEVEL=info\n\n")
    if p(r, .8):
        d.t("AWS_ACCESS_KEY_ID=").e(aws_akid(r), "AWS_ACCESS_KEY").t("\nAWS_SECRET_ACCESS_KEY=").e(aws_secret(r), "AWS_SECRET_KEY").t(f"\nAWS_REGION={ch(r, ['us-east-1', 'us-west-2', 'eu-central-1'])}\nS3_POD_BUCKET=pod-images-{rs(r, 6, LO + DIG)}\n\n")
    pw = password(r, dsn_safe=True)
    host = ipv4(r, True) if p(r, .5) else None
    d.t("DATABASE_URL=postgresql://tms_app:").e(pw, "PASSWORD").t("@")
    d.e(host, "IP_ADDRESS") if host else d.t("db.internal.example-3pl.net")
    d.t(f":5432/tms?sslmode=require\nDB_POOL_SIZE={r.randint(5, 40)}\n")
    d.t("REDIS_URL=${REDIS_URL}\n")
    if p(r, .6):
        d.t("STRIPE_SECRET_KEY=").e(stripe_key(r), "STRIPE_KEY").t("\nSTRIPE_PUBLISHABLE_KEY=${STRIPE_PK}\n")
    if p(r, .5):
        d.t("SLACK_BOT_TOKEN=").e(slack_token(r), "SLACK_TOKEN").t(f"\nSLACK_ALERT_CHANNEL=#{ch(r, ['ops-alerts', 'dispatch', 'yard'])}\n")
    if p(r, .5):
        d.t("GOOGLE_MAPS_API_KEY=").e(generic_secret(r, "gmaps"), "GENERIC_SECRET").t("\n")
    if p(r, .4):
        d.t("SENDGRID_API_KEY=").e(generic_secret(r, "sendgrid"), "GENERIC_SECRET").t("\n")
    if p(r, .5):
        d.t("GITHUB_TOKEN=").e(gh_token(r), "GITHUB_TOKEN").t("\n")
    if p(r, .2):
        d.t("EDI_SFTP_PRIVATE_KEY=\"").e(pem(r, ch(r, ["OPENSSH", "EC"])), "PRIVATE_KEY").t("\"\n")
    f, l = nm(r)
    d.t("SUPPORT_EMAIL=").e(email_of(r, f, l, co_domain(r)), "EMAIL_ADDRESS").t("\n")
    d.t("SMTP_PASSWORD='").e(password(r), "PASSWORD").t("'\n")
    d.t("JWT_SIGNING_KEY=${JWT_SIGNING_KEY:?must be set}\nCARRIER_API_KEY=********\n")
    d.t(f"FEATURE_FLAGS=route_v2,pod_ocr\nBUILD_SHA={sha(r)}\n")


@en_t
def t_gha_workflow(r, d):
    d.t(f"name: deploy-{ch(r, ['tms', 'dispatch', 'edi-bridge', 'pod-service'])}\n\non:\n  push:\n    branches: [main]\n  workflow_dispatch: {{}}\n\n")
    d.t(f"env:\n  AWS_REGION: {ch(r, ['us-east-1', 'us-east-2', 'eu-west-1'])}\n  IMAGE_TAG: ${{{{ github.sha }}}}\n")
    leak = r.random()
    if leak < 0.35:
        d.t("  AWS_ACCESS_KEY_ID: ").e(aws_akid(r), "AWS_ACCESS_KEY").t("   # TODO move to secrets\n  AWS_SECRET_ACCESS_KEY: ").e(aws_secret(r), "AWS_SECRET_KEY").t("\n")
    else:
        d.t("  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    d.t("\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n")
    d.t(f"      - uses: actions/setup-node@v4\n        with:\n          node-version: {r.randint(16, 22)}\n      - run: npm ci && npm test\n")
    d.t("      - name: Notify Slack\n        env:\n          SLACK_BOT_TOKEN: ")
    if 0.35 <= leak < 0.6:
        d.e(slack_token(r), "SLACK_TOKEN")
    else:
        d.t("${{ secrets.SLACK_BOT_TOKEN }}")
    d.t("\n        run: ./scripts/notify.sh \"deploy $IMAGE_TAG\"\n")
    d.t("      - name: Checkout private EDI maps\n        env:\n          GH_TOKEN: ")
    if 0.6 <= leak < 0.85:
        d.e(gh_token(r), "GITHUB_TOKEN")
    else:
        d.t("${{ secrets.EDI_MAPS_TOKEN }}")
    d.t("\n        run: gh repo clone acme-3pl/edi-maps -- --depth 1\n")
    d.t("      - name: Smoke test\n        run: curl -fsS -H \"Authorization: Bearer ")
    if leak >= 0.85:
        d.e(jwt(r), "JWT")
    else:
        d.t("${{ secrets.SMOKE_TOKEN }}")
    d.t("\" ").e(f"https://staging-api.{co_domain(r)}/healthz?deep=1", "URL").t("\n")
    d.t(f"# last edited in PR #{r.randint(100, 4000)} ({sha(r)[:7]})\n")


@en_t
def t_compose(r, d):
    d.t("version: \"3.9\"\nservices:\n  db:\n    image: postgres:15.4\n    environment:\n      POSTGRES_USER: yms\n      POSTGRES_PASSWORD: \"")
    d.e(password(r), "PASSWORD").t("\"\n      POSTGRES_DB: yard\n    ports:\n      - \"5432:5432\"\n")
    d.t(f"  app:\n    image: registry.{co_domain(r)}/yms-web:{ver(r)}\n    depends_on: [db]\n    environment:\n")
    d.t(f"      DATABASE_URL: \"postgres://yms:${{POSTGRES_PASSWORD}}@db:5432/yard\"\n")
    d.t("      MAPBOX_TOKEN: \"").e(generic_secret(r, ch(r, ["mapbox_sk", "here", "gmaps"])), "GENERIC_SECRET").t("\"\n")
    if p(r, .5):
        d.t("      TWILIO_ACCOUNT_SID: AC").t(rs(r, 32, HEX)).t("\n      TWILIO_AUTH_TOKEN: ").e(generic_secret(r, "twilio"), "GENERIC_SECRET").t("\n")
        d.t("      TWILIO_FROM: \"").e(f"+1{ch(r, US_AREAS)}{_exch(r)}{digs(r, 4)}", "PHONE_NUMBER").t("\"\n")
    if p(r, .5):
        d.t("      GATE_CAMERA_HOST: ").e(ipv4(r, True), "IP_ADDRESS").t(f"\n      GATE_CAMERA_USER: admin\n      GATE_CAMERA_PASS: \"").e(password(r), "PASSWORD").t("\"\n")
    d.t(f"      SENTRY_DSN: ${{SENTRY_DSN}}\n    ports:\n      - \"8080:80\"\n  worker:\n    image: registry.{co_domain(r)}/yms-worker:{ver(r)}\n    command: [\"celery\", \"-A\", \"yms\", \"worker\", \"--concurrency={r.randint(2, 16)}\"]\n")
    if p(r, .4):
        d.t("    extra_hosts:\n      - \"scale-house:").e(ipv4(r, True), "IP_ADDRESS").t("\"\n")


@en_t
def t_nginx_log(r, d):
    day = rdate(r)
    host = co_domain(r)
    for ts in logts_seq(r, day, r.randint(5, 12), "clf"):
        d.e(ch(r, [ipv4(r, False), ipv4(r, False), ipv4(r, True), ipv6(r)]), "IP_ADDRESS")
        d.t(f" - - {ts} \"")
        k = r.random()
        path = ch(r, [f"/api/v2/shipments/{tracking(r, 'ups')}", f"/track?id={digs(r, 12)}", f"/pod/{ruuid(r)}.jpg",
                      f"/api/v1/drivers/{digs(r, 5)}/location", "/healthz", f"/rates?from={digs(r, 5)}&to={digs(r, 5)}&wt={r.randint(1, 900)}"])
        d.t(f"{ch(r, ['GET', 'GET', 'POST', 'PUT'])} {path} HTTP/1.1\" {ch(r, ['200', '200', '201', '304', '401', '404', '429'])} {r.randint(0, 90000)} \"")
        if k < 0.5:
            d.e(f"https://{ch(r, ['www', 'portal', 'ship'])}.{host}/{ch(r, ['dashboard', 'track', 'loads/board', 'returns/new'])}?{ch(r, ['tab=open', 'ref=email', 'page=' + str(r.randint(1, 9))])}", "URL")
        else:
            d.t("-")
        d.t(f"\" \"{ch(r, ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36', 'okhttp/4.12.0', 'DriverApp/' + ver(r) + ' (Android 14)', 'curl/8.4.0'])}\"")
        if p(r, .15):
            d.t(" auth=\"Bearer ").e(generic_secret(r, "bearer"), "GENERIC_SECRET").t("\"")
        d.t(f" rt={r.uniform(0.001, 2.5):.3f}\n")


@en_t
def t_webhook_ticket(r, d):
    f, l = nm(r)
    d.t(f"INTEGRATION SUPPORT CASE #{digs(r, 7)} — webhook signature failures\nOpened by: ").e(f"{f} {l}", "PERSON").t(" (").e(email_of(r, f, l, co_domain(r)), "EMAIL_ADDRESS").t(")\n\n")
    d.t("Hi team, since the last release our endpoint rejects every delivery event with 401. Config below:\n\n")
    d.t("  endpoint: ").e(f"https://hooks.{co_domain(r)}/carrier/events?src={ch(r, ['shipengine', 'easypost', 'aftership', 'project44'])}", "URL").t("\n")
    d.t("  signing_secret: ").e(generic_secret(r, "whsec"), "GENERIC_SECRET").t(f"\n  events: [tracker.updated, shipment.delivered]\n  api_version: {ver(r)}\n\n")
    rf, rl = nm(r)
    a = addr(r, unit_p=.3)
    dd = rdate(r)
    h, m = rtime(r, 8, 20, 1)
    d.t("Sample payload we received:\n{\n")
    jfield(d, "id", f"evt_{rs(r, 24, LO + DIG)}")
    jfield(d, "object", "Event")
    jfield(d, "created_at", f"{dd.isoformat()}T{h:02d}:{m:02d}:{r.randint(0, 59):02d}Z")
    jfield(d, "tracking_code", tracking(r))
    jfield(d, "status", "delivered")
    jfield(d, "delivered_at", f"{dd.isoformat()}T{h:02d}:{m:02d}:00Z", "DATE_TIME")
    jfield(d, "signed_by", rl.upper(), "PERSON")
    jfield(d, "destination", a.one(), "ADDRESS")
    jfield(d, "recipient_phone", phone(r), "PHONE_NUMBER", last=True)
    d.t("}\n\n")
    if p(r, .4):
        d.t("Our request to your replay endpoint used Authorization: Bearer ").e(jwt(r, {"sub": f"acct_{digs(r, 8)}"}), "JWT").t("\n")
    d.t(f"Header X-Hmac-Signature: sha256={sha(r, 64)}\nWe compute the HMAC over the raw body. Tried rotating twice. Can someone check? Thanks — ").e(f, "PERSON").t("\n")


@en_t
def t_sftp_partner(r, d):
    partner = ch(r, ["Walmart", "Target", "Home Depot", "Kroger", "Costco", "Lowe's"])
    d.t(f"# EDI trading partner profile — {partner} (AS2/SFTP)\n[partner]\nisa_id = {rs(r, 9, UP + DIG)}\nqualifier = ZZ\ngs_id = {rs(r, 7, UP)}\n")
    d.t("contact = ").e(person(r, style="fl")[0], "PERSON").t("\ncontact_phone = ").e(phone(r), "PHONE_NUMBER").t("\n\n[sftp]\nhost = ")
    if p(r, .5):
        d.e(ipv4(r, False), "IP_ADDRESS")
    else:
        d.t(f"sftp.edi.{co_domain(r)}")
    d.t(f"\nport = 22\nuser = {rs(r, 3, LO)}_edi_{digs(r, 3)}\n")
    if p(r, .5):
        d.t("password = ").e(password(r), "PASSWORD").t("\n")
    d.t(f"remote_in = /inbound/{ch(r, ['850', '940', '204'])}\nremote_out = /outbound/{ch(r, ['856', '945', '214', '210'])}\nhost_key_sha256 = {base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip('=')}\n")
    d.t("private_key = \"\"\"\n").e(pem(r), "PRIVATE_KEY").t("\n\"\"\"\n\n[schedule]\npoll_every = 15m\nretry_backoff = 2m,5m,15m\n")


@en_t
def t_driver_application(r, d):
    f, l = nm(r)
    mi = ch(r, UP)
    a = addr(r, unit_p=.3)
    st = ch(r, ["CA", "TX", "IL", "NY", "FL", "WA", "PA", "OH", "GA", "NJ", "MI"])
    d.t(f"{ch(r, CARRIERS)} — APPLICATION FOR EMPLOYMENT (COMMERCIAL DRIVER)\n49 CFR 391.21\n\n")
    if p(r, .5):
        d.t("Last name: ").e(l, "PERSON").t("   First: ").e(f, "PERSON").t(f"   MI: {mi}\n")
    else:
        d.t("Applicant name: ").e(f"{f} {mi}. {l}", "PERSON").t("\n")
    d.t("Date of birth: ").e(dstr(r, dob(r, 1955, 2002)), "DATE_OF_BIRTH").t("   SSN: ").e(ssn(r), "US_SSN").t("\n")
    d.t("Current address: ").e(a.one(), "ADDRESS").t(f"   How long: {r.randint(1, 15)} yrs\n")
    d.t("Phone: ").e(phone(r, area=a.area), "PHONE_NUMBER").t("   Email: ").e(email_of(r, f, l), "EMAIL_ADDRESS").t("\n\n")
    d.t("LICENSES\nState  License No.          Class  Endorsements  Expiration\n")
    d.t(f"{st}     ").e(dl_number(r, st), "DRIVER_LICENSE").t(f"   {ch(r, ['A', 'A', 'B'])}      {ch(r, ['H N T', 'T', 'N', 'X', '-'])}         ").e(dstr(r, rdate(r, 2025, 2029)), "DATE_TIME").t("\n\n")
    d.t("EMPLOYMENT HISTORY (last 10 years)\n")
    for _ in range(r.randint(1, 3)):
        c = ch(r, US_CITIES)
        s = rdate(r, 2014, 2021)
        d.t(f"- {ch(r, CARRIERS + COMPANY_EN)}, ").e(f"{c[0]}, {c[1]}", "LOCATION").t(": from ").e(s.strftime("%m/%Y"), "DATE_TIME").t(" to ")
        d.e((s + TD(days=r.randint(200, 1400))).strftime("%m/%Y"), "DATE_TIME").t(f"; reason for leaving: {ch(r, ['better pay', 'home time', 'company closed', 'relocated'])}; subject to FMCSRs: Yes\n")
    d.t(f"\nAccidents (3 yrs): {ch(r, ['None', '1 - backing, no injuries'])}   Violations: {ch(r, ['None', 'Speeding 11 over (2022)'])}\n")
    d.t("Direct deposit — routing ").t(aba(r)).t("  account ").e(digs(r, r.randint(8, 12)), "ACCOUNT_NUMBER").t("\n")
    ef, el = nm(r)
    d.t("Emergency contact: ").e(f"{ef} {el}", "PERSON").t(f" ({ch(r, ['spouse', 'mother', 'brother', 'friend'])}) ").e(phone(r), "PHONE_NUMBER").t("\n")
    d.t(f"Applicant signature: /s/ ").e(f"{f} {l}", "PERSON").t("   Date: ").e(dstr(r, rdate(r)), "DATE_TIME").t("\n")
    if p(r, .3):
        d.t(f"Note: placeholder SSNs such as {bad_ssn(r)} are rejected by the screening vendor.\n")


@en_t
def t_dot_medcert(r, d):
    f, l = nm(r)
    st = ch(r, ["CA", "TX", "IL", "NY", "FL", "WA", "PA", "OH", "GA", "NJ", "MI"])
    exam = rdate(r)
    a = addr(r, unit_p=.2)
    d.t("MEDICAL EXAMINER'S CERTIFICATE (Commercial Driver Medical Certification)\nForm MCSA-5876\n\n")
    d.t("I certify that I have examined ").e(fmt_name(r, f, l, ch(r, ["fl", "fml"])), "PERSON").t(" in accordance with the FMCSRs (49 CFR 391.41-391.49) and, with knowledge of the driving duties, I find this person is qualified:\n")
    d.t(f"[{'x' if p(r, .7) else ' '}] Meets standards in 49 CFR 391.41; qualifies for 2 year certificate\n[ ] Meets standards, but periodic monitoring required ({ch(r, ['hypertension', 'diabetes (ITDM)', 'sleep apnea'])})\n")
    d.t("[ ] Wearing corrective lenses  [ ] Wearing hearing aid  [ ] Accompanied by a SPE certificate\n\n")
    en_, ef = nm(r)
    d.t("Medical examiner's name (print): Dr. ").e(f"{en_} {ef}", "PERSON").t(", " + ch(r, ["MD", "DO", "PA-C", "NP", "DC"]) + "\n")
    d.t("Medical examiner's telephone number: ").e(phone(r, area=a.area, kind="land"), "PHONE_NUMBER").t("\n")
    d.t(f"National Registry number: {digs(r, 10)}   NPI: {digs(r, 10)}\n")
    d.t("Clinic: " + ch(r, ["Concentra Urgent Care", "WorkCare Occupational Health", "US HealthWorks"]) + ", ").e(a.one(), "ADDRESS").t("\n")
    d.t("Clinic chart / MRN: ").e(ch(r, [digs(r, 8), "E" + digs(r, 7), f"{digs(r, 3)}-{digs(r, 4)}-{digs(r, 2)}"]), "MEDICAL_RECORD_NUMBER").t("\n")
    d.t("Date certificate signed: ").e(dstr(r, exam), "DATE_TIME").t("   Expiration date: ").e(dstr(r, exam.replace(year=exam.year + ch(r, [1, 2])) if not (exam.month == 2 and exam.day == 29) else exam + TD(days=365)), "DATE_TIME").t("\n\n")
    d.t("Driver's signature: ").e(fmt_name(r, f, l, "fl"), "PERSON").t("   Driver's license no.: ").e(dl_number(r, st), "DRIVER_LICENSE").t(f"   State: {st}\n")
    d.t("Driver's address: ").e(addr(r, unit_p=.3).one(), "ADDRESS").t("\n")
    d.t("Date of birth: ").e(dstr(r, dob(r)), "DATE_OF_BIRTH").t(f"   Blood pressure at exam: {r.randint(110, 150)}/{r.randint(70, 95)}   Medications: {ch(r, ['lisinopril 10 mg', 'metformin 500 mg', 'none reported', 'atorvastatin 20 mg'])}\n")


@en_t
def t_injury_report(r, d):
    f, l = nm(r)
    inc = rdate(r)
    h, m = rtime(r, 0, 23, 1)
    a = addr(r, unit_p=.2)
    d.t("EMPLOYEE INCIDENT / FIRST REPORT OF INJURY — Warehouse Operations\n")
    d.t(f"Site: DC-{rs(r, 3, UP)}-{r.randint(1, 9)}   Claim #: WC-{digs(r, 8)}   OSHA 300 case no. {r.randint(1, 140)}\n\n")
    d.t("Employee: ").e(fmt_name(r, f, l, ch(r, ["lf", "fl", "LF"])), "PERSON").t(f"   Employee ID: E{digs(r, 6)}   Job title: {ch(r, ['Forklift operator', 'Picker', 'Loader', 'Inventory control', 'Yard jockey'])}\n")
    d.t("DOB: ").e(dstr(r, dob(r, 1960, 2004)), "DATE_OF_BIRTH").t("   SSN: ").e(ssn(r), "US_SSN").t("\n")
    d.t("Home address: ").e(a.one(), "ADDRESS").t("   Phone: ").e(phone(r, area=a.area, kind="mobile"), "PHONE_NUMBER").t("\n")
    d.t("Date/time of incident: ").e(dtstr(r, inc, h, m), "DATE_TIME").t(f"   Shift: {ch(r, ['1st', '2nd', '3rd'])}   Hours into shift: {r.randint(1, 10)}\n")
    d.t(f"Where: aisle {r.randint(1, 60)}, rack {ch(r, 'ABCDEFG')}-{r.randint(1, 30)}, dock door {r.randint(1, 80)}\n")
    d.t(f"Description: {ch(r, ['Pallet jack rolled over left foot while staging outbound', 'Strained lower back lifting 60 lb carton', 'Laceration to right hand from box cutter', 'Slipped on shrink wrap near dock'])}.\n")
    d.t(f"Body part: {ch(r, ['foot', 'lumbar back', 'hand', 'knee'])}   ICD-10: {ch(r, ['S92.301A', 'S39.012A', 'S61.411A', 'S83.91XA'])}   Treatment: {ch(r, ['first aid only', 'clinic visit', 'ER'])}\n")
    d.t("Treating facility MRN: ").e(ch(r, [digs(r, 8), "MRN" + digs(r, 7), digs(r, 10)]), "MEDICAL_RECORD_NUMBER").t("\n")
    d.t(f"Health plan: {ch(r, ['Aetna Choice POS II', 'BCBS PPO', 'UnitedHealthcare Choice Plus', 'Cigna OAP'])}   Member ID: ").e(ch(r, [f"W{digs(r, 9)}", f"{rs(r, 3, UP)}{digs(r, 9)}", f"U{digs(r, 8)}01"]), "HEALTH_PLAN_NUMBER").t(f"   Group #: {digs(r, 6)}\n")
    d.t(f"Medication given: {ch(r, ['ibuprofen 400 mg', 'acetaminophen 500 mg', 'none'])}\n")
    d.t("Supervisor: ").e(person(r)[0], "PERSON").t("   Witness: ").e(person(r, style=ch(r, ["fl", "f"]))[0], "PERSON").t("\n")
    d.t("Return to work: ").e(dstr(r, inc + TD(days=r.randint(1, 21))), "DATE_TIME").t(f" ({ch(r, ['full duty', 'light duty, no lifting > 20 lb'])})\n")


@en_t
def t_nemt_manifest(r, d):
    day = rdate(r)
    dn = person(r)[0]
    st = ch(r, ["TX", "FL", "GA", "OH", "PA", "IL", "NY"])
    d.t(f"NON-EMERGENCY MEDICAL TRANSPORTATION — DAILY TRIP MANIFEST\nBroker: {ch(r, ['ModivCare', 'MTM', 'Access2Care'])}   Provider ID: {digs(r, 7)}\n")
    d.t("Date of service: ").e(dstr(r, day), "DATE_TIME").t(f"   Vehicle: {ch(r, ['WAV', 'Ambulatory sedan', 'Stretcher van'])} #{r.randint(1, 40)}  Plate {plate(r)}\n")
    d.t("Driver: ").e(dn, "PERSON").t(f"   DL ({st}): ").e(dl_number(r, st), "DRIVER_LICENSE").t("\n\n")
    for i in range(r.randint(2, 4)):
        f, l = nm(r)
        a = addr(r, unit_p=.4)
        h, m = rtime(r, 6, 15, 5)
        d.t(f"TRIP {i + 1}  Leg {ch(r, ['A', 'B'])}   Trip #{digs(r, 9)}\n")
        d.t("  Member: ").e(fmt_name(r, f, l, ch(r, ["LF", "lf", "fl"])), "PERSON").t("   Medicaid ID: ").e(ch(r, [rs(r, 2, UP) + digs(r, 6) + rs(r, 1, UP), digs(r, 10), f"{digs(r, 9)}{rs(r, 1, UP)}"]), "HEALTH_PLAN_NUMBER").t("\n")
        d.t("  DOB: ").e(dstr(r, dob(r, 1935, 2015)), "DATE_OF_BIRTH").t("   Phone: ").e(phone(r, area=a.area), "PHONE_NUMBER").t(f"   Mobility: {ch(r, ['Ambulatory', 'Wheelchair', 'Walker', 'Stretcher'])}\n")
        d.t("  Pickup: ").e(tstr(r, h, m, "en"), "DATE_TIME").t("  at ").e(a.one(), "ADDRESS").t("\n")
        fa = addr_near(r, a, unit_p=.6)
        d.t(f"  Appointment: ").e(tstr(r, h + 1, m, "en"), "DATE_TIME").t(f"  {ch(r, ['DaVita Dialysis', 'Fresenius Kidney Care', 'Regional Cancer Center', 'Physical Therapy Associates'])}, ").e(fa.one(), "ADDRESS").t("\n")
        if p(r, .4):
            d.t("  Facility MRN: ").e(digs(r, r.randint(7, 9)), "MEDICAL_RECORD_NUMBER").t("\n")
        d.t(f"  Notes: {ch(r, ['Needs door-to-door assist', 'Escort rides along', 'Oxygen tank (portable)', 'Service animal ' + ch(r, PETS), 'Will-call return'])}\n")
        d.t(f"  Odometer at pickup: {r.randint(10000, 200000)}   Miles: {r.uniform(1, 30):.1f}   Signature: ________\n\n")


@en_t
def t_hl7_courier(r, d):
    day = rdate(r)
    f, l = nm(r)
    mi = ch(r, UP)
    a = addr(r, unit_p=.2)
    d.t(f"# specimen courier feed — LIS -> route planner, batch {ruuid(r)}\n")
    d.t(f"MSH|^~\\&|LIS|{ch(r, ['QUESTLAB', 'LABCORP', 'REGIONALLAB'])}|COURIERTRK|ROUTEOPS|{day.strftime('%Y%m%d')}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}||ORM^O01|MSG{digs(r, 8)}|P|2.5.1\n")
    d.t("PID|1||").e(digs(r, 8), "MEDICAL_RECORD_NUMBER").t("^^^MRN^MR||").e(f"{ascii_fold(l).upper()}^{ascii_fold(f).upper()}^{mi}", "PERSON")
    d.t("||").e(dob(r).strftime("%Y%m%d"), "DATE_OF_BIRTH").t(f"|{ch(r, 'MF')}|||")
    d.e(f"{a.street.upper()}^{a.unit.upper()}^{a.city.upper()}^{a.region}^{a.postcode}^USA" if a.unit else f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.postcode}^USA", "ADDRESS")
    d.t("||").e(f"({a.area}){_exch(r)}-{digs(r, 4)}", "PHONE_NUMBER").t("|||||").e(digs(r, 9), "ACCOUNT_NUMBER").t("\n")
    d.t(f"PV1|1|O|{ch(r, ['DRAW', 'PSC', 'CLINIC'])}^{r.randint(1, 20)}^^{rs(r, 4, UP)}||||{digs(r, 10)}^").e(ascii_fold(ch(r, LAST['en'])).upper(), "PERSON").t("^").e(ascii_fold(ch(r, FIRST['en'])).upper(), "PERSON").t("\n")
    if p(r, .7):
        sf, sl = nm(r)
        ins = ch(r, [("BCBS", "BLUE CROSS BLUE SHIELD"), ("AETNA", "AETNA"), ("UHC", "UNITEDHEALTHCARE"), ("CIGNA", "CIGNA HEALTHCARE")])
        d.t(f"IN1|1|{ins[0]}|{digs(r, 5)}|{ins[1]}|||||{digs(r, 6)}||||||").e(f"{ascii_fold(sl).upper()}^{ascii_fold(sf).upper()}", "PERSON")
        d.t(f"|{ch(r, ['01', '18', '19'])}|").e(dob(r).strftime("%Y%m%d"), "DATE_OF_BIRTH").t("||||||||||||||||||").e(f"{rs(r, 3, UP)}{digs(r, 9)}", "HEALTH_PLAN_NUMBER").t("\n")
    ct = day + TD(days=r.randint(0, 1))
    h, m = rtime(r, 6, 17, 5)
    d.t(f"ORC|NW|{digs(r, 10)}|||||^^^").e(ct.strftime("%Y%m%d") + f"{h:02d}{m:02d}", "DATE_TIME").t("\n")
    d.t(f"OBR|1|{digs(r, 10)}||{ch(r, ['80053^COMPREHENSIVE METABOLIC PANEL^C4', '85025^CBC W AUTO DIFF^C4', '87635^SARS-COV-2 PCR^C4', '2345-7^GLUCOSE^LN'])}|||").e(ct.strftime("%Y%m%d") + f"{h:02d}{m:02d}", "DATE_TIME")
    d.t(f"||||||||{ch(r, ['SST', 'LAV', 'NP SWAB'])}\n")
    d.t(f"ZCR|PICKUP|{ch(r, ['AMBIENT', 'REFRIGERATED', 'FROZEN'])}|ROUTE {r.randint(1, 30)}|").e(ascii_fold(person(r, style="FL")[0]), "PERSON").t(f"|BAG {rs(r, 2, UP)}{digs(r, 6)}\n")


@en_t
def t_fhir_transport(r, d):
    f, l = nm(r)
    a = addr(r, unit_p=.3)
    day = rdate(r)
    h, m = rtime(r, 6, 16, 15)
    pid = ruuid(r)
    d.t('{\n  "resourceType": "Bundle",\n  "type": "transaction",\n  "entry": [\n    {\n      "resource": {\n        "resourceType": "Patient",\n')
    d.t(f'        "id": "{pid}",\n        "meta": {{"versionId": "{r.randint(1, 9)}", "lastUpdated": "{day.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00.000+00:00"}},\n')
    d.t('        "identifier": [{"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.' + digs(r, 4) + '", "value": "').e(digs(r, 9), "MEDICAL_RECORD_NUMBER").t('"}],\n')
    d.t('        "name": [{"use": "official", "family": "').e(l, "PERSON").t('", "given": ["').e(f, "PERSON").t('"]}],\n')
    d.t('        "telecom": [{"system": "phone", "value": "').e(phone(r, area=a.area), "PHONE_NUMBER").t('", "use": "mobile"}],\n')
    d.t(f'        "gender": "{ch(r, ["female", "male"])}",\n        "birthDate": "').e(dob(r).isoformat(), "DATE_OF_BIRTH").t('",\n')
    d.t('        "address": [{"line": ["').e(a.street, "ADDRESS").t('"')
    if a.unit:
        d.t(', "').e(a.unit, "ADDRESS").t('"')
    d.t('], "city": "').e(a.city, "LOCATION").t('", "state": "').e(a.region, "LOCATION").t(f'", "postalCode": "{a.postcode}", "country": "US"}}]\n      }}\n    }},\n')
    d.t('    {\n      "resource": {\n        "resourceType": "Coverage",\n        "status": "active",\n        "subscriberId": "').e(ch(r, [f"{rs(r, 3, UP)}{digs(r, 9)}", digs(r, 11), f"{r.randint(1, 9)}{rs(r, 2, UP)}{r.randint(1, 9)}{rs(r, 2, UP)}{digs(r, 1)}{rs(r, 2, UP)}{digs(r, 2)}"]), "HEALTH_PLAN_NUMBER")
    d.t(f'",\n        "beneficiary": {{"reference": "Patient/{pid}"}},\n        "class": [{{"type": {{"text": "group"}}, "value": "{digs(r, 6)}"}}]\n      }}\n    }},\n')
    fa = addr_near(r, a, unit_p=.5)
    d.t('    {\n      "resource": {\n        "resourceType": "ServiceRequest",\n        "status": "active",\n        "intent": "order",\n')
    d.t('        "code": {"text": "Non-emergency transport - wheelchair van"},\n        "occurrenceDateTime": "').e(f"{day.isoformat()}T{h:02d}:{m:02d}:00-05:00", "DATE_TIME").t('",\n')
    d.t('        "note": [{"text": "Pick up at home, drop at ').e(fa.one(), "ADDRESS").t(f'. Caregiver ').e(ch(r, FIRST["en"]), "PERSON").t(' will ride along."}]\n      }\n    }\n  ]\n}\n')


@en_t
def t_vcard(r, d):
    for _ in range(r.randint(1, 3)):
        f, l = nm(r)
        mi = ch(r, UP)
        a = addr(r, unit_p=.3)
        v4 = p(r, .3)
        d.t(f"BEGIN:VCARD\nVERSION:{'4.0' if v4 else '3.0'}\nN:").e(f"{l};{f};{mi}" if p(r, .6) else f"{l};{f}", "PERSON").t(";;\n")
        d.t("FN:").e(f"{f} {mi}. {l}" if p(r, .5) else f"{f} {l}", "PERSON").t("\n")
        d.t(f"ORG:{ch(r, ['Ridgeline Transport', 'Iron Horse Fleet', 'Prime Route Courier', 'Summit Movers'])};{ch(r, ['Linehaul', 'Last Mile', 'Dispatch', 'Owner-Operators'])}\n")
        d.t(f"TITLE:{ch(r, ['Owner-Operator', 'Route Driver', 'Fleet Manager', 'Dispatcher'])}\n")
        if v4:
            d.t("TEL;TYPE=cell;VALUE=uri:tel:").e(f"+1-{a.area}-{_exch(r)}-{digs(r, 4)}", "PHONE_NUMBER").t("\n")
        else:
            d.t("TEL;TYPE=CELL:").e(phone(r, area=a.area, kind="mobile"), "PHONE_NUMBER").t("\n")
        if p(r, .5):
            d.t("TEL;TYPE=WORK,VOICE:").e(phone(r, area=a.area), "PHONE_NUMBER").t("\n")
        d.t("EMAIL;TYPE=INTERNET:").e(email_of(r, f, l, ch(r, FREE_MAIL['en'] + [co_domain(r)])), "EMAIL_ADDRESS").t("\n")
        d.t("ADR;TYPE=HOME:;;").e(f"{a.street}{(' ' + a.unit) if a.unit else ''};{a.city};{a.region};{a.postcode};USA", "ADDRESS").t("\n")
        if p(r, .6):
            d.t("BDAY:").e(dob(r).isoformat() if p(r, .5) else dob(r).strftime("%Y%m%d"), "DATE_OF_BIRTH").t("\n")
        if p(r, .5):
            st = ch(r, ["TX", "CA", "IL", "OH"])
            d.t(f"NOTE:CDL {st} ").e(dl_number(r, st), "DRIVER_LICENSE").t(f" - truck #{r.randint(100, 999)} - dog {ch(r, PETS)} rides along\n")
        d.t(f"REV:{rdate(r).strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z\nUID:urn:uuid:{ruuid(r)}\nEND:VCARD\n")


@en_t
def t_ics(r, d):
    day = rdate(r)
    h = r.randint(5, 16)
    a = addr(r, unit_p=0)
    of, ol = nm(r)
    stamp = f"{(day - TD(days=r.randint(1, 10))).strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z"
    d.t(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//DockSched//Appointments {ver(r)}//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:{ruuid(r)}@docksched\n")
    d.t(f"DTSTAMP:{stamp}\nCREATED:{stamp}\nLAST-MODIFIED:{stamp}\n")
    tz = ch(r, ["America/Chicago", "America/New_York", "America/Los_Angeles"])
    d.t(f"DTSTART;TZID={tz}:").e(f"{day.strftime('%Y%m%d')}T{h:02d}0000", "DATE_TIME").t("\n")
    d.t(f"DTEND;TZID={tz}:").e(f"{day.strftime('%Y%m%d')}T{h + 1:02d}0000", "DATE_TIME").t("\n")
    d.t(f"SUMMARY:{ch(r, ['Inbound delivery appt', 'Live unload', 'Drop trailer', 'Outbound pickup'])} - PO {digs(r, 10)} - Door {r.randint(1, 60)}\n")
    d.t("LOCATION:").e(f"{a.street}\\, {a.city}\\, {a.region} {a.postcode}", "ADDRESS").t("\n")
    d.t("ORGANIZER;CN=").e(f"{of} {ol}", "PERSON").t(":mailto:").e(email_of(r, of, ol, co_domain(r)), "EMAIL_ADDRESS").t("\n")
    d.t(f"ATTENDEE;CN=Carrier Dispatch;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:").e(f"dispatch@{co_domain(r)}", "EMAIL_ADDRESS").t("\n")
    df, dl_ = nm(r)
    d.t("DESCRIPTION:Carrier: " + ch(r, CARRIERS) + f"\\nSCAC {ch(r, SCAC)} / Trailer {r.randint(10000, 99999)}\\nDriver: ").e(f"{df} {dl_}", "PERSON").t("\\nCell: ").e(phone(r), "PHONE_NUMBER")
    if p(r, .5):
        d.t("\\nCheck-in call bridge: ").e(f"https://meet.{co_domain(r)}/j/{digs(r, 11)}", "URL").t("  Passcode: ").e(digs(r, 6), "PASSWORD")
    d.t(f"\\nArrive 30 min early. Lumper fee paid via Comdata.\nSTATUS:CONFIRMED\nSEQUENCE:{r.randint(0, 4)}\nBEGIN:VALARM\nTRIGGER:-PT1H\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")


@en_t
def t_fuel_card(r, d):
    start = rdate(r).replace(day=1)
    d.t(f"{ch(r, ['WEX', 'Comdata', 'FleetCor Fuelman', 'EFS'])} FLEET CARD — TRANSACTION DETAIL REPORT\n")
    d.t("Account: ").e(f"{digs(r, 4)}-{digs(r, 2)}-{digs(r, 6)}-{r.randint(0, 9)}", "ACCOUNT_NUMBER").t(f"   Company: {ch(r, COMPANY_EN + CARRIERS)}\n")
    d.t("Billing period: ").e(dstr(r, start, "en", "mdy"), "DATE_TIME").t(" - ").e(dstr(r, start + TD(days=27), "en", "mdy"), "DATE_TIME").t("\n\n")
    d.t("CARD      DRIVER              DATE/TIME          MERCHANT                    LOCATION            PRODUCT  GAL     AMOUNT    ODOMETER\n")
    drivers = [[person(r, style=ch(r, ["LF", "FL"]))[0], digs(r, 4), r.randint(100000, 800000)] for _ in range(r.randint(1, 3))]
    route = region_cities(r, 5)
    rows = sorted((r.randint(0, 27), *rtime(r, 0, 23, 1)) for _ in range(r.randint(4, 9)))
    for dday, h, m in rows:
        dt0 = start + TD(days=dday)
        c = ch(r, route)
        drv = ch(r, drivers)
        dn = drv[0]
        drv[2] += r.randint(150, 900)
        gal = r.uniform(20, 180)
        d.t(f"XXXX{drv[1]}  ").e(dn, "PERSON").t(" " * max(1, 20 - len(dn))).e(f"{dt0.strftime('%m/%d/%Y')} {h:02d}:{m:02d}", "DATE_TIME")
        mer = ch(r, ["PILOT #0412", "LOVE'S #271", "TA PETRO #88", "FLYING J #655", "CASEY'S #3021", "SHELL 5721"])
        loc = f"{c[0]}, {c[1]}"
        d.t(f"   {mer:<27} ").e(loc, "LOCATION").t(" " * max(1, 20 - len(loc)) + f"{ch(r, ['ULSD', 'ULSD', 'DEF'])}     {gal:6.2f}  ${gal * r.uniform(3.2, 4.9):8.2f}  {drv[2]}\n")
    d.t(f"\nExceptions: {ch(r, ['none', 'product mismatch on 1 transaction', 'fueling outside geofence'])}. PIN prompts: driver ID + odometer.\n")


@en_t
def t_freight_invoice(r, d):
    inv = rdate(r)
    ci = r.randrange(len(CARRIERS))
    ba = addr(r, unit_p=.3)
    ra = addr(r, unit_p=0)
    d.t(f"{CARRIERS[ci]}\nFREIGHT INVOICE\n\nInvoice/PRO No.: {digs(r, 9)}   Invoice date: ").e(dstr(r, inv), "DATE_TIME").t("   Terms: Net 30   Due: ").e(dstr(r, inv + TD(days=30)), "DATE_TIME").t("\n")
    d.t("Customer account: ").e(digs(r, r.randint(6, 9)), "ACCOUNT_NUMBER").t("\n")
    d.t("BILL TO:\n" + ch(r, COMPANY_EN) + "\nAttn: ").e(person(r)[0], "PERSON").t(", Accounts Payable\n").e(ba.multi(), "ADDRESS").t("\n\n")
    d.t(f"Shipper BOL: {digs(r, 10)}   PO: {digs(r, 10)}   Pickup: ").e(dstr(r, inv - TD(days=r.randint(2, 9))), "DATE_TIME").t("   Delivered: ").e(dstr(r, inv - TD(days=r.randint(0, 2))), "DATE_TIME").t("\n")
    c1, c2 = ch(r, US_CITIES), ch(r, US_CITIES)
    d.t("Origin: ").e(f"{c1[0]}, {c1[1]}", "LOCATION").t("   Destination: ").e(f"{c2[0]}, {c2[1]}", "LOCATION").t(f"   Miles: {r.randint(80, 2400)}\n\n")
    tot = 0
    d.t("DESCRIPTION                          PCS   WEIGHT    CLASS   RATE        CHARGES\n")
    for desc in r.sample(["Linehaul", "Fuel surcharge", "Liftgate delivery", "Residential delivery", "Detention (2 hrs)", "Inside delivery", "Reweigh/Reclass", "Limited access"], r.randint(2, 5)):
        amt = r.uniform(25, 2400)
        tot += amt
        d.t(f"{desc:<36} {r.randint(1, 30):<5} {r.randint(100, 20000):<9} {ch(r, ['50', '65', '85', '100'])}      ${r.uniform(5, 90):7.2f}    ${amt:,.2f}\n")
    d.t(f"{'TOTAL DUE':<80}${tot:,.2f}\n\n")
    d.t("REMIT TO: " + CARRIERS[ci] + ", ").e(f"P.O. Box {r.randint(1000, 99999)}, {ra.city}, {ra.region} {ra.postcode}", "ADDRESS").t("\n")
    if p(r, .6):
        d.t("ACH: routing ").t(aba(r)).t(" / account ").e(digs(r, r.randint(9, 12)), "ACCOUNT_NUMBER").t(f" (SWIFT {ch(r, BICS[8:10])} for intl)\n")
    af, al_ = nm(r)
    d.t("Billing questions: ").e(f"{af} {al_}", "PERSON").t(", ").e(phone(r, kind="toll"), "PHONE_NUMBER").t(" ext. ").t(str(r.randint(100, 9999))).t(", ").e(email_of(r, af, al_, ascii_fold(CARRIERS[ci]).lower().replace("+", "").replace(".", "").replace(",", "").split()[0] + ch(r, [".com", "freight.com", "-ar.com"])), "EMAIL_ADDRESS").t("\n")


@en_t
def t_cargo_claim(r, d):
    f, l = nm(r)
    dd = rdate(r)
    d.t("STANDARD FORM FOR PRESENTATION OF LOSS AND DAMAGE CLAIMS\n\n")
    d.t(f"Carrier claim no.: CLM-{dd.year}-{digs(r, 5)}   Claimant's no.: {rs(r, 2, UP)}{digs(r, 6)}\nTo: {ch(r, CARRIERS)} Claims Department\n")
    ca = addr(r, unit_p=.3)
    d.t("Claimant: " + ch(r, COMPANY_EN) + "\n").e(ca.one(), "ADDRESS").t("\n")
    d.t("Contact: ").e(f"{f} {l}" if p(r, .6) else f"{l}, {f}", "PERSON").t("   Tel: ").e(phone(r, area=ca.area), "PHONE_NUMBER").t("   Email: ").e(email_of(r, f, l, co_domain(r)), "EMAIL_ADDRESS").t("\n\n")
    c1, c2 = ch(r, US_CITIES), ch(r, US_CITIES)
    d.t(f"Shipped from ").e(f"{c1[0]}, {c1[1]}", "LOCATION").t(" to ").e(f"{c2[0]}, {c2[1]}", "LOCATION").t(" on ").e(dstr(r, dd - TD(days=r.randint(2, 9))), "DATE_TIME")
    d.t(f". PRO {digs(r, 9)}, BOL {digs(r, 10)}. Delivered ").e(dstr(r, dd), "DATE_TIME").t(f" with exception noted: \"{ch(r, ['2 pallets crushed', 'shrink wrap torn, 14 ctns short', 'wet cartons', 'forklift puncture'])}\".\n\n")
    d.t("DETAILED STATEMENT OF CLAIM\n")
    tot = 0
    for _ in range(r.randint(1, 4)):
        sku, desc = ch(r, SKU_ITEMS)
        q = r.randint(1, 40)
        u = r.uniform(4, 300)
        tot += q * u
        d.t(f"  {q} x {desc} ({sku}) @ ${u:.2f} = ${q * u:,.2f}\n")
    d.t(f"  Freight charges on damaged portion: ${r.uniform(20, 300):.2f}\n  TOTAL AMOUNT CLAIMED: ${tot:,.2f}\n\n")
    d.t("Supporting documents: original BOL, paid freight bill, invoice, inspection report, photos.\n")
    if p(r, .25):
        d.t("Claimant is the EU exporter of record; pay by wire to IBAN ").e(iban(r), "IBAN_CODE").t(f" / BIC {ch(r, BICS)}\n")
    else:
        d.t("Remit payment to account ").e(digs(r, r.randint(9, 12)), "ACCOUNT_NUMBER").t(f" (ABA {aba(r)})\n")
    d.t("The foregoing statement of facts is hereby certified to as correct. Signature: ").e(f"{f} {l}", "PERSON").t("  Date: ").e(dstr(r, dd + TD(days=r.randint(3, 60))), "DATE_TIME").t("\n")


@en_t
def t_cn23(r, d):
    sf, sl = nm(r)
    sa = addr(r, unit_p=.3)
    rl = ch(r, ["de", "fr", "es", "it", "nl", "pl", "pt", "gb"])
    rf, rl_ = nm(r, rl)
    ra = addr(r, rl, .3)
    d.t(f"CUSTOMS DECLARATION  CN 23     No. of item (barcode): {rs(r, 2, UP)}{digs(r, 9)}US\n\n")
    d.t("From  Name: ").e(f"{sf} {sl}", "PERSON").t("\n      Address: ").e(sa.one(), "ADDRESS").t("\n      Country: USA   Tel: ").e(phone(r, area=sa.area), "PHONE_NUMBER").t("\n")
    d.t("      Sender's customs reference: ").t(ch(r, ["-", f"EORI US{digs(r, 12)}", f"EIN {ein(r)}"])).t("\n")
    d.t("To    Name: ").e(f"{rf} {rl_}", "PERSON").t("\n      Address: ").e(ra.one(with_country=True, country_lang="en"), "ADDRESS").t("\n")
    d.t("      Tel: ").e(phone(r, rl), "PHONE_NUMBER").t("   E-mail: ").e(email_of(r, rf, rl_, ch(r, FREE_MAIL[rl])), "EMAIL_ADDRESS").t("\n")
    d.t(f"      Importer's reference (VAT/EORI): {ra.cc}{digs(r, 9)}\n\n")
    d.t("Detailed description of contents     Qty   Net weight (kg)   Value (USD)   HS tariff no.   Country of origin\n")
    tv = 0
    for _ in range(r.randint(1, 4)):
        v = r.uniform(5, 300)
        tv += v
        d.t(f"{ch(r, ['Cotton T-shirt', 'Books (used)', 'Ceramic mug', 'Phone case', 'Vitamins (gift)', 'Wool scarf', 'LEGO set']):<36} {r.randint(1, 5):<5} {r.uniform(0.1, 2):.3f}             {v:8.2f}      {ch(r, HS_CODES)[:7]}         {ch(r, ['US', 'CN', 'VN'])}\n")
    d.t(f"Total gross weight: {r.uniform(0.5, 8):.3f} kg    Total value: USD {tv:.2f}    Postal charges: USD {r.uniform(20, 80):.2f}\n")
    gift = p(r, .5)
    d.t(f"Category: [{'x' if gift else ' '}] Gift  [ ] Documents  [ ] Commercial sample  [{' ' if gift else 'x'}] Sale of goods\n")
    d.t("I certify that the particulars given in this customs declaration are correct. Date and sender's signature: ").e(dstr(r, rdate(r)), "DATE_TIME").t("  ").e(f"{sf[0]}. {sl}", "PERSON").t("\n")


@en_t
def t_sms_log(r, d):
    day = rdate(r)
    d.t(f"# outbound SMS gateway log  provider={ch(r, ['twilio', 'bandwidth', 'vonage'])}  sender_id={ch(r, ['PARCEL', '72975', '+18885550199'[:0] + '88022'])}\n")
    for ts in logts_seq(r, day, r.randint(4, 9), "space"):
        f = ch(r, FIRST["en"])
        to = f"+1{ch(r, US_AREAS)}{_exch(r)}{digs(r, 4)}"
        d.t(f"{ts} OUT to=").e(to, "PHONE_NUMBER").t(f" status={ch(r, ['delivered', 'sent', 'undelivered'])} segments={r.randint(1, 3)} msg=\"")
        k = r.random()
        tn = tracking(r)
        if k < 0.3:
            h = r.randint(8, 17)
            d.t(f"Your package {tn} will arrive today between ").e(tstr(r, h, 0, "en", "ampm"), "DATE_TIME").t(" and ").e(tstr(r, h + 3, 0, "en", "ampm"), "DATE_TIME").t(". Track: ").e(f"https://trk.{ch(r, ['parcelpoint.io', 'shipwell.co', 'routehub.app'])}/{url_slug(r, 10)}", "URL").t("\"\n")
        elif k < 0.55:
            d.t("Hi ").e(f, "PERSON").t(f", your driver ").e(ch(r, FIRST["en"]), "PERSON").t(f" is {r.randint(2, 9)} stops away. Reply STOP to opt out.\"\n")
        elif k < 0.75:
            d.t(f"Delivery rescheduled to ").e(dstr(r, day + TD(days=r.randint(1, 4)), "en", ch(r, ["short", "mdy", "nopad"])), "DATE_TIME").t(f". Ref {tn}.\"\n")
        elif k < 0.9:
            d.t(f"Your verification code is {digs(r, 6)}. It expires in 10 minutes.\"\n")
        else:
            a = addr(r, unit_p=.5)
            d.t("Delivered to front door at ").e(a.street, "ADDRESS").t(f". Photo: ").e(f"https://pod.parcelpoint.io/p/{url_slug(r, 12)}", "URL").t("\"\n")


@en_t
def t_support_chat(r, d):
    day = rdate(r)
    f, l = nm(r)
    agent = ch(r, FIRST["en"])
    a_old, a_new = addr(r, unit_p=.4), addr(r, unit_p=.4)
    order = f"{digs(r, 3)}-{digs(r, 7)}"
    d.t(f"Chat transcript — {ch(r, ['ShipSmart', 'Parcelo', 'HomeGoods Direct'])} Support — session {ruuid(r)}\n\n")
    clock = [r.randint(8, 20) * 3600 + r.randint(0, 50) * 60]

    def ts():
        clock[0] += r.randint(5, 150)
        x = clock[0]
        return f"{x // 3600 % 24:02d}:{x // 60 % 60:02d}:{x % 60:02d}"
    d.t(f"{ts()}  Bot: Hi! Please share your order number and the email on the order.\n")
    d.t(f"{ts()}  Visitor: {order}, ").e(email_of(r, f, l), "EMAIL_ADDRESS").t("\n")
    d.t(f"{ts()}  Bot: Thanks. Connecting you to an agent (wait ~{r.randint(1, 9)} min).\n")
    d.t(f"{ts()}  ").e(agent, "PERSON").t(": Hi ").e(f, "PERSON").t("! I see order ").t(order).t(" is out for delivery. How can I help?\n")
    d.t(f"{ts()}  Visitor: I moved last week. Old address ").e(a_old.one(), "ADDRESS").t(", new one is ").e(a_new.one(), "ADDRESS").t("\n")
    d.t(f"{ts()}  ").e(agent, "PERSON").t(": Once a package is out for delivery I can't redirect it, but I can request a hold at the depot until ").e(dstr(r, day + TD(days=r.randint(2, 5))), "DATE_TIME").t(".\n")
    d.t(f"{ts()}  Visitor: ok do that. my number is ").e(phone(r, area=a_new.area, kind="mobile"), "PHONE_NUMBER").t(" if the driver needs it\n")
    if p(r, .4):
        d.t(f"{ts()}  Visitor: card ending {digs(r, 4)} was charged twice btw\n")
        d.t(f"{ts()}  ").e(agent, "PERSON").t(f": I've opened billing case CS-{digs(r, 7)} for that; refunds take 3-5 business days.\n")
    d.t(f"{ts()}  ").e(agent, "PERSON").t(f": Done — hold request HR{digs(r, 8)}. Anything else?\n{ts()}  Visitor: no thanks\n")
    d.t(f"-- chat ended, duration {r.randint(4, 25)}m{r.randint(0, 59)}s, CSAT {r.randint(1, 5)}/5 --\n")


@en_t
def t_slack_export(r, d):
    users = []
    for _ in range(r.randint(2, 3)):
        f, l = nm(r)
        users.append((f"U0{rs(r, 8, UP + DIG)}", f, l, (ascii_fold(f)[0] + ascii_fold(l)).lower().replace(" ", "").replace("'", "")))
    d.t("[\n")
    n = r.randint(3, 6)
    team = f"T0{rs(r, 8, UP + DIG)}"
    for i in range(n):
        uid, f, l, handle = ch(r, users)
        d.t("  {\n")
        jfield(d, "type", "message", indent="    ")
        jfield(d, "user", uid, indent="    ")
        jfield(d, "ts", f"{epoch(r)}.{digs(r, 6)}", indent="    ")
        d.t('    "user_profile": {"real_name": "').e(f"{f} {l}", "PERSON").t(f'", "display_name": "{handle}", "team": "{team}"}},\n')
        d.t('    "text": "')
        k = r.random()
        other = ch(r, users)[3]
        if k < 0.2:
            d.t(f"<@{ch(r, users)[0]}> prod TMS is throwing 500s on /rates, host ").e(ipv4(r, True), "IP_ADDRESS").t(" looks pegged")
        elif k < 0.35:
            d.t("here are the creds for the carrier sandbox, pls rotate after: key=").e(aws_akid(r), "AWS_ACCESS_KEY").t(" secret=").e(aws_secret(r), "AWS_SECRET_KEY")
        elif k < 0.48:
            d.t("temp bot token until vault is fixed: ").e(slack_token(r), "SLACK_TOKEN")
        elif k < 0.6:
            c = ch(r, US_CITIES)
            d.t(f"truck {r.randint(100, 999)} broke down outside ").e(f"{c[0]}, {c[1]}", "LOCATION").t(f", driver is ").e(ch(r, FIRST["en"]), "PERSON").t(", tow ETA 2h")
        elif k < 0.7:
            d.t("runbook: ").e(f"https://wiki.{co_domain(r)}/ops/runbooks/{ch(r, ['edi-outage', 'pod-backlog', 'eld-sync'])}?v={r.randint(2, 9)}", "URL")
        elif k < 0.8:
            d.t("stripe restricted key for the refunds job: ").e(stripe_key(r), "STRIPE_KEY")
        elif k < 0.88:
            d.t("CI is red because the PAT expired, new one: ").e(gh_token(r), "GITHUB_TOKEN").t(" (scoped to edi-maps only)")
        else:
            d.t(f"deployed {ver(r)} ({sha(r)[:9]}), ticket OPS-{r.randint(100, 9999)} closed, thanks @{other} :tada:")
        d.t('"\n  }' + ("," if i < n - 1 else "") + "\n")
    d.t("]\n")


@en_t
def t_label_ocr(r, d):
    L = lambda s: ocr(r, s, 0.12)
    a1, a2 = addr(r, unit_p=0), addr(r, unit_p=.5)
    f, l = nm(r)
    carrier = ch(r, ["UPS GROUND", "FEDEX HOME DELIVERY", "USPS PRIORITY MAIL", "ONTRAC"])
    d.t(f"[OCR text, confidence {r.uniform(0.55, 0.93):.2f}]\n")
    d.t(L("FROM:") + " " + ch(r, ["ACME 3PL", "SUMMIT HOME GOODS", "CASCADE OUTDOOR"]) + "\n").e(a1.multi(upper=True), "ADDRESS").t("\n")
    d.t(L(f"{r.uniform(1, 50):.0f} LBS   1 OF 1   DWT: {r.randint(6, 30)},{r.randint(6, 30)},{r.randint(3, 20)}") + "\n\n")
    d.t(L("SHIP TO:") + "\n").e(fmt_name(r, f, l, ch(r, ["FL", "FL", "fl"])), "PERSON").t("\n")
    if p(r, .5):
        d.e(phone(r, area=a2.area), "PHONE_NUMBER").t("\n")
    d.e(a2.multi(upper=True) + (f"-{digs(r, 4)}" if p(r, .3) else ""), "ADDRESS").t("\n\n")
    d.t(L(carrier) + f"   {ch(r, ['1', '2', '3'])}\n" + L("TRACKING #: ") + (tracking(r, {'U': 'ups', 'F': 'fedex', 'O': 'ontrac'}.get(carrier[0], 'usps')) if carrier[0] != 'O' else 'C' + digs(r, 14)) + "\n")
    d.t(L("BILLING: P/P") + "\n" + L("REF 1: ") + f"PO{digs(r, 8)}  " + L("REF 2: ") + f"{rs(r, 3, UP)}-{digs(r, 5)}\n")
    d.t(f"||||| |||| ||| |||||| || ||||  {digs(r, 20)}\n")
    d.t(L(f"CWS {ver(r)}  ZPL2 {r.randint(200, 600)}DPI") + "\n")


@en_t
def t_gate_transactions(r, d):
    day = rdate(r)
    term = ch(r, ["PIER 400", "TERMINAL 5", "GARDEN CITY TERMINAL", "BAYPORT"])
    d.t(f"{term} — GATE TRANSACTION REPORT — lanes {r.randint(1, 9)}-{r.randint(10, 30)}\n")
    d.t("Report for: ").e(dstr(r, day), "DATE_TIME").t(f"   run id {ruuid(r)}\n\n")
    for ts in logts_seq(r, day, r.randint(3, 7), ch(r, ["isoz", "space"]), span_h=16):
        st = ch(r, ["CA", "TX", "GA", "NJ", "WA"])
        dn = person(r, style=ch(r, ["LF", "FL"]))[0]
        d.t(f"{ts}  {ch(r, ['IN ', 'OUT'])}  lane {r.randint(1, 30):02d}  trucker=").e(dn, "PERSON").t(f"  CDL {st} ").e(dl_number(r, st), "DRIVER_LICENSE")
        d.t(f"  TWIC ****{digs(r, 4)}  SCAC {ch(r, SCAC)}  tractor plate {plate(r)}  ctr {container(r)}  chassis {rs(r, 4, UP)}{digs(r, 6)}  seal {digs(r, 7)}  bkg {digs(r, 9)}  trouble={ch(r, ['none', 'none', 'appt mismatch', 'hold: customs'])}\n")
    d.t(f"\nTotal moves: {r.randint(200, 4000)}   Avg turn time: {r.randint(25, 120)} min\n")


@en_t
def t_awb(r, d):
    pre = ch(r, ["020", "057", "176", "001", "125", "618"])
    sf, sl = nm(r)
    sa = addr(r, unit_p=.3)
    cl = ch(r, ["de", "fr", "it", "nl", "es", "gb"])
    cf, cl_ = nm(r, cl)
    ca = addr(r, cl, .2)
    fl = rdate(r)
    d.t(f"AIR WAYBILL  {pre}-{digs(r, 4)} {digs(r, 4)}     Not negotiable\n\n")
    d.t("Shipper's Name and Address\n").e(f"{sf} {sl}", "PERSON").t(" c/o " + ch(r, COMPANY_EN) + "\n").e(sa.multi(upper=True), "ADDRESS").t("\nTel ").e(phone(r, area=sa.area), "PHONE_NUMBER").t("\n\n")
    d.t("Consignee's Name and Address\n").e(f"{cf} {cl_}".upper(), "PERSON").t("\n").e(ca.multi(upper=True, with_country=True, country_lang="en"), "ADDRESS").t("\nTel ").e(phone(r, cl), "PHONE_NUMBER").t("\n\n")
    dep = {"IL": "ORD", "GA": "ATL", "TX": "DFW", "CA": "LAX", "FL": "MIA", "NY": "JFK", "NJ": "EWR", "WA": "SEA", "CO": "DEN", "OR": "PDX", "AZ": "PHX", "TN": "MEM", "KY": "SDF", "MD": "BWI", "MN": "MSP", "MI": "DTW", "NV": "RNO", "UT": "SLC"}.get(sa.region, ch(r, ["ORD", "JFK", "ATL", "LAX"]))
    dst = {"de": "FRA", "fr": "CDG", "it": "MXP", "nl": "AMS", "es": "MAD", "gb": "LHR"}[cl]
    d.t(f"Issuing Carrier's Agent: {ch(r, ['Kuehne+Nagel', 'DHL Global Forwarding', 'Expeditors', 'DB Schenker'])}   IATA Code {digs(r, 7)}\n")
    d.t(f"Airport of Departure: {dep}   To: {dst}   By first carrier: {ch(r, ['LH', 'AF', 'KL', 'IB', 'AZ', 'BA'])}\n")
    d.t(f"Requested Flight/Date: {ch(r, ['LH', 'AF', 'KL'])}{r.randint(100, 9999)} / ").e(dstr(r, fl, "en", ch(r, ["short", "mdy", "dmy_short"])), "DATE_TIME").t("\n")
    d.t(f"Currency USD  CHGS PP  Declared value for carriage NVD  Declared value for customs NCV\n")
    d.t(f"No. of pieces {r.randint(1, 30)}  Gross weight {r.uniform(5, 900):.1f} K  Rate class Q  Chargeable wt {r.randint(10, 1000)}  Rate {r.uniform(1.5, 9):.2f}\n")
    d.t(f"Nature and quantity of goods: {ch(r, ['CONSOLIDATION AS PER ATTACHED MANIFEST', 'SPARE PARTS', 'PHARMACEUTICALS 2-8C', 'ELECTRONICS - UN3481 PI967'])}  DIMS {r.randint(40, 120)}x{r.randint(40, 120)}x{r.randint(40, 160)} CM\n")
    d.t("Executed on ").e(dstr(r, fl - TD(days=r.randint(0, 2)), "en", ch(r, ["short", "mdy"])), "DATE_TIME").t(" at ").e(sa.city if p(r, .6) else f"{sa.city}, {sa.region}", "LOCATION").t("   Signature of shipper or his agent: ").e(f"{sf[0]}. {sl}", "PERSON").t("\n")


@en_t
def t_hazmat_paper(r, d):
    d.t("HAZARDOUS MATERIALS SHIPPING PAPER / EMERGENCY RESPONSE INFORMATION\n")
    dd = rdate(r)
    a = addr(r, unit_p=0)
    d.t(f"Shipper: {ch(r, COMPANY_EN)}, ").e(a.one(), "ADDRESS").t("\nDate: ").e(dstr(r, dd), "DATE_TIME").t(f"   BOL {digs(r, 10)}   Carrier {ch(r, CARRIERS)}\n\n")
    d.t("HM  QTY/TYPE   BASIC DESCRIPTION                                                     TOTAL QTY   ERG\n")
    for _ in range(r.randint(1, 4)):
        un = ch(r, UN_HAZ)
        d.t(f"X   {r.randint(1, 40)} {ch(r, ['DR', 'CY', 'BX', 'IBC'])}     {un[0]}, {un[1]}, {un[2]}{', PG ' + un[3] if un[3] else ''}{'':<8} {r.randint(10, 9000)} kg     {r.randint(111, 172)}\n")
    d.t(f"\nPlacards: {ch(r, ['FLAMMABLE 3', 'CORROSIVE 8', 'CLASS 9', 'DANGEROUS'])}   RQ: {ch(r, ['no', 'yes'])}\n")
    d.t("24-HOUR EMERGENCY RESPONSE TELEPHONE: ").e(ch(r, ["1-800-424-9300", "1-800-255-3924", "(703) 527-3887", phone(r, kind="toll")]), "PHONE_NUMBER").t(f"  Contract # CCN{digs(r, 6)}\n")
    d.t("Responsible person: ").e(person(r)[0], "PERSON").t("  Direct: ").e(phone(r, area=a.area), "PHONE_NUMBER").t("\n\n")
    d.t("This is to certify that the above-named materials are properly classified, described, packaged, marked and labeled, and are in proper condition for transportation according to the applicable regulations of the Department of Transportation.\n")
    d.t("Shipper signature: ").e(person(r, style=ch(r, ["fl", "il", "FL"]))[0], "PERSON").t("   Driver: ").e(person(r)[0], "PERSON").t(f"   Placards offered: {ch(r, ['Y', 'N'])}\n")


@en_t
def t_utility_notice(r, d):
    f, l = nm(r)
    a = addr(r, unit_p=.3)
    bd = rdate(r)
    util = {"IL": "Commonwealth Edison", "GA": "Georgia Power", "CA": "Pacific Gas and Electric", "NC": "Duke Energy",
            "CO": "Xcel Energy", "MN": "Xcel Energy", "TX": "Oncor", "FL": "Florida Power & Light", "OH": "AEP Ohio",
            "NY": "Con Edison", "NJ": "PSE&G", "WA": "Puget Sound Energy", "OR": "Portland General Electric",
            "AZ": "Arizona Public Service", "MD": "BGE", "PA": "PPL Electric Utilities"}.get(a.region, "Metro Gas & Electric")
    d.t(f"{util}\n{ch(r, ['FINAL NOTICE - DISCONNECTION SCHEDULED', 'Meter Access Required', 'Estimated Reading Notice'])}\n\n")
    d.e(fmt_name(r, f, l, ch(r, ["FL", "fl"])), "PERSON").t("\n").e(a.multi(upper=p(r, .5)), "ADDRESS").t("\n\n")
    d.t("Account number: ").e(ch(r, [f"{digs(r, 4)} {digs(r, 3)} {digs(r, 3)}", digs(r, 10), f"{digs(r, 5)}-{digs(r, 5)}"]), "ACCOUNT_NUMBER").t(f"   Meter #: {rs(r, 1, UP)}{digs(r, 8)}\n")
    d.t("Service address: same as above\n")
    d.t(f"Our meter reader was unable to access your meter on ").e(dstr(r, bd), "DATE_TIME").t(f" (reason: {ch(r, ['locked gate', 'dog in yard', 'obstructed'])}). This is the {ch(r, ['2nd', '3rd', '4th'])} consecutive estimated bill.\n")
    d.t(f"Past due: ${r.uniform(40, 900):.2f}. To avoid service interruption pay by ").e(dstr(r, bd + TD(days=r.randint(7, 14))), "DATE_TIME").t(" or schedule a meter access appointment: ")
    h = r.randint(8, 15)
    d.e(f"{wdstr(r, bd + TD(days=r.randint(3, 10)))}, {tstr(r, h, 0, 'en', 'ampm')}", "DATE_TIME").t(" is available.\n")
    d.t("Call ").e(phone(r, kind="toll"), "PHONE_NUMBER").t(" or visit ").e(f"https://www.{ascii_fold(util).lower().replace(' ', '').replace('&', '')}.com/myaccount/meter-access?acct=ref{digs(r, 6)}", "URL").t("\n")
    d.t(f"Remittance stub: amount enclosed ______  scan line {digs(r, 30)}\n")


# ---------------------------------------------------------------------------
# multilingual templates (loc in gb/de/fr/es/it/pt/nl/pl)
# ---------------------------------------------------------------------------
ML_LOCS = ["gb", "de", "fr", "es", "it", "pt", "nl", "pl"]


def amt(r, lo, hi, loc):
    v = r.uniform(lo, hi)
    s = f"{v:,.2f}"
    if loc == "gb":
        return f"£{s}"
    if loc in ("fr", "pl"):
        s = s.replace(",", "\u00a0").replace(".", ",")
    else:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if loc == "pl":
        return f"{s} zł"
    if loc in ("it", "nl"):
        return f"€ {s}"
    return f"{s} €"


def dl_eu(r, loc, f="", l="", birth=None):
    if loc == "de":
        return rs(r, 1, UP) + digs(r, 3) + rs(r, 3, UP + DIG) + digs(r, 1) + rs(r, 1, UP) + digs(r, 2)
    if loc == "fr":
        return digs(r, 12) if p(r, .5) else f"{digs(r, 2)}{rs(r, 2, UP)}{digs(r, 5)}"
    if loc == "es":
        n = r.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if loc == "it":
        return f"{rs(r, 2, UP)}{digs(r, 7)}{rs(r, 1, UP)}"
    if loc == "pt":
        return f"{ch(r, 'LPCBAEF')}-{digs(r, 7)} {r.randint(0, 9)}"
    if loc == "nl":
        return digs(r, 10)
    if loc == "pl":
        return f"{digs(r, 5)}/{digs(r, 2)}/{digs(r, 4)}"
    sur = (ascii_fold(l).upper().replace(" ", "").replace("'", "") + "99999")[:5]
    b = birth or dob(r)
    ini = (ascii_fold(f)[:1].upper() + "9")
    return f"{sur}{str(b.year)[2]}{b.month + (50 if p(r, .5) else 0):02d}{b.day:02d}{str(b.year)[3]}{ini}9{rs(r, 2, UP)}"


CARRIER_ML = {
    "gb": [("Royal Mail", "royalmail.com"), ("Evri", "evri.com"), ("DPD UK", "dpd.co.uk"), ("Yodel", "yodel.co.uk")],
    "de": [("DHL Paket", "dhl.de"), ("Hermes", "myhermes.de"), ("DPD", "dpd.de"), ("GLS", "gls-pakete.de")],
    "fr": [("Colissimo", "laposte.fr"), ("Chronopost", "chronopost.fr"), ("DPD France", "dpd.fr"), ("Mondial Relay", "mondialrelay.fr")],
    "es": [("SEUR", "seur.com"), ("Correos Express", "correosexpress.com"), ("MRW", "mrw.es"), ("GLS", "gls-spain.es")],
    "it": [("BRT", "brt.it"), ("SDA", "sda.it"), ("Poste Italiane", "poste.it"), ("GLS", "gls-italy.com")],
    "pt": [("CTT Expresso", "ctt.pt"), ("DPD Portugal", "dpd.pt"), ("Nacex", "nacex.pt")],
    "nl": [("PostNL", "postnl.nl"), ("DHL eCommerce", "dhlparcel.nl"), ("DPD", "dpd.nl")],
    "pl": [("InPost", "inpost.pl"), ("DPD Polska", "dpd.com.pl"), ("Poczta Polska", "pocztex.pl")],
}
FIRMS_ML = {
    "gb": ["Eddie Stobart Logistics", "Wincanton plc", "Clipper Logistics", "Marks & Spencer"],
    "de": ["Müller & Söhne GmbH", "Dachser SE", "Schenker Deutschland AG", "Bauhaus GmbH & Co. KG", "Hellmann Worldwide Logistics"],
    "fr": ["Geodis", "Bolloré Logistics", "Transports Dupont & Fils SARL", "Leroy Merlin France", "Norbert Dentressangle"],
    "es": ["Transportes Martínez e Hijos S.L.", "Grupo Sesé", "Mercadona S.A.", "El Corte Inglés"],
    "it": ["Fercam S.p.A.", "Arcese Trasporti", "Ferrero S.p.A.", "Barilla G. e R. Fratelli"],
    "pt": ["Luís Simões Logística", "Torrestir", "Sonae MC", "Jerónimo Martins"],
    "nl": ["Jan de Rijk Logistics", "Van der Lande Transport B.V.", "Albert Heijn", "Vos Logistics"],
    "pl": ["Raben Logistics Polska", "Pekaes", "Kowalski Transport Sp. z o.o.", "Grupa Wiśniewski"],
}
GOODS_ML = {
    "gb": ["Pallet A4 copier paper", "Cases mineral water 6x1.5L", "Bolts M8x40 zinc", "Office chairs", "Stretch film rolls"],
    "de": ["Europalette Kopierpapier A4", "Kartons Mineralwasser 6x1,5 l", "Schrauben M8x40 verzinkt", "Bürostühle, montiert", "Stretchfolie Rollen"],
    "fr": ["Palette papier A4", "Cartons eau minérale 6x1,5 L", "Vis M8x40 zinguées", "Chaises de bureau", "Rouleaux film étirable"],
    "es": ["Palé folios A4", "Cajas agua mineral 6x1,5 l", "Tornillos M8x40", "Sillas de oficina", "Bobinas film estirable"],
    "it": ["Bancale carta A4", "Casse acqua minerale 6x1,5 l", "Viti M8x40 zincate", "Sedie da ufficio", "Rotoli film estensibile"],
    "pt": ["Palete papel A4", "Caixas água mineral 6x1,5 l", "Parafusos M8x40", "Cadeiras de escritório", "Rolos filme estirável"],
    "nl": ["Pallet kopieerpapier A4", "Dozen mineraalwater 6x1,5 l", "Bouten M8x40 verzinkt", "Bureaustoelen", "Rollen stretchfolie"],
    "pl": ["Paleta papieru A4", "Zgrzewki wody mineralnej 6x1,5 l", "Śruby M8x40 ocynk", "Krzesła biurowe", "Folia stretch rolki"],
}


LV = {  # per-language snippets used to keep documents monolingual
    "docs":   {"gb": "Invoice", "de": "Rechnung", "fr": "Facture", "es": "Factura", "it": "Fattura", "pt": "Fatura", "nl": "Factuur", "pl": "Faktura"},
    "instr":  {"gb": ["Do not stack", "Tail lift required", "Keep dry"], "de": ["Nicht stapelbar", "Hebebühne erforderlich", "Vor Nässe schützen"],
               "fr": ["Ne pas gerber", "Hayon obligatoire", "Craint l'humidité"], "es": ["No apilable", "Requiere plataforma elevadora", "Proteger de la humedad"],
               "it": ["Non sovrapponibile", "Sponda idraulica necessaria", "Teme l'umidità"], "pt": ["Não empilhável", "Necessita plataforma elevatória", "Proteger da humidade"],
               "nl": ["Niet stapelbaar", "Laadklep vereist", "Droog houden"], "pl": ["Nie piętrować", "Wymagana winda", "Chronić przed wilgocią"]},
    "track":  {"gb": "track", "de": "sendungsverfolgung", "fr": "suivi", "es": "seguimiento", "it": "tracking", "pt": "seguimento", "nl": "volgen", "pl": "sledzenie"},
    "fine":   {"gb": "pcn", "de": "verwarngeld", "fr": "amende", "es": "multas", "it": "verbali", "pt": "coimas", "nl": "naheffing", "pl": "mandaty"},
    "meter":  {"gb": "meter-reading", "de": "zaehlerstand", "fr": "releve-compteur", "es": "lectura-contador", "it": "autolettura", "pt": "leitura", "nl": "meterstand", "pl": "odczyt"},
    "dog":    {"gb": "Beware of the dog", "de": "Vorsicht, Hund", "fr": "Attention au chien", "es": "Cuidado con el perro", "it": "Attenti al cane", "pt": "Cuidado com o cão", "nl": "Pas op voor de hond", "pl": "Uwaga, pies"},
    "barks":  {"gb": "only barks", "de": "bellt nur", "fr": "aboie mais il est gentil", "es": "ladra pero no muerde", "it": "abbaia ma è buono", "pt": "ladra mas é meigo", "nl": "blaft alleen", "pl": "tylko szczeka"},
    "deposit": {"gb": "deposit", "de": "Kaution", "fr": "caution", "es": "fianza", "it": "deposito cauzionale", "pt": "caução", "nl": "borg", "pl": "kaucja"},
    "station": {"gb": ["Airport", "Central", "Station"], "de": ["Flughafen", "Hbf", "Innenstadt"], "fr": ["Aéroport", "Gare", "Centre"], "es": ["Aeropuerto", "Estación", "Centro"],
                "it": ["Aeroporto", "Stazione Centrale", "Centro"], "pt": ["Aeroporto", "Estação", "Centro"], "nl": ["Schiphol Plaza", "Centraal Station", "Centrum"], "pl": ["Lotnisko", "Dworzec", "Centrum"]},
    "billing": {"gb": "accounts", "de": "buchhaltung", "fr": "comptabilite", "es": "facturacion", "it": "amministrazione", "pt": "faturacao", "nl": "administratie", "pl": "faktury"},
    "toll":   {"gb": "Toll charges", "de": "Maut", "fr": "Péage", "es": "Peaje", "it": "Pedaggio", "pt": "Portagens", "nl": "Tol", "pl": "Opłata drogowa"},
    "fuel":   {"gb": "Fuel surcharge", "de": "Dieselzuschlag", "fr": "Surcharge gazole", "es": "Recargo combustible", "it": "Supplemento carburante", "pt": "Sobretaxa combustível", "nl": "Brandstoftoeslag", "pl": "Dopłata paliwowa"},
    "label":  {"gb": "Returns label", "de": "Retourenlabel", "fr": "Étiquette retour", "es": "Etiqueta de devolución", "it": "Etichetta reso", "pt": "Etiqueta de devolução", "nl": "Retourlabel", "pl": "Etykieta zwrotna"},
    "items":  {"gb": ["Trainers size 9", "Rain jacket M", "Kettle 1.7L", "LED desk lamp"], "de": ["Sneaker Gr. 42", "Regenjacke M", "Wasserkocher 1,7 l", "LED-Schreibtischlampe"],
               "fr": ["Baskets T42", "Veste de pluie M", "Bouilloire 1,7 L", "Lampe de bureau LED"], "es": ["Zapatillas T42", "Chubasquero M", "Hervidor 1,7 l", "Lámpara LED"],
               "it": ["Sneakers n. 42", "Giacca impermeabile M", "Bollitore 1,7 l", "Lampada LED"], "pt": ["Sapatilhas 42", "Casaco impermeável M", "Chaleira 1,7 l", "Candeeiro LED"],
               "nl": ["Sneakers mt. 42", "Regenjas M", "Waterkoker 1,7 l", "Led-bureaulamp"], "pl": ["Buty sportowe 42", "Kurtka przeciwdeszczowa M", "Czajnik 1,7 l", "Lampka LED"]},
    "movers": {"gb": ["Bishop's Move", "Britannia Movers International", "Pickfords"], "de": ["Hasenkamp Umzüge", "Umzüge Schmidt & Co. KG", "Zapf Umzüge"],
               "fr": ["Demeco", "Les Déménageurs Bretons", "Déménagements Martin & Fils"], "es": ["Mudanzas Gil Stauffer", "Mudanzas Rodríguez e Hijos", "Transportes Ochoa Mudanzas"],
               "it": ["Traslochi Bianchi & Figli", "Sgomberi Ferrari srl", "Traslochi Roma Express"], "pt": ["Mudanças Lusitânia", "Transportes Pinto & Filhos", "Mudanças Express Lda"],
               "nl": ["Verhuisbedrijf De Haas & Zn.", "Mooij Verhuizingen", "Verhuizingen Van der Linden"], "pl": ["Przeprowadzki Nowak s.c.", "Trans-Mebel Kowalczyk", "Przeprowadzki Express"]},
    "pallets": {"gb": "pallets", "de": "Paletten", "fr": "palettes", "es": "palés", "it": "bancali", "pt": "paletes", "nl": "pallets", "pl": "palet"},
    "check":  {"gb": "yard check", "de": "Hofkontrolle", "fr": "contrôle du parc", "es": "revisión de patio", "it": "controllo piazzale", "pt": "inspeção do parque", "nl": "terreincontrole", "pl": "kontrola placu"},
    "yarddog": {"gb": "(yard dog)", "de": "(Hofhund)", "fr": "(chien de garde)", "es": "(perro guardián)", "it": "(cane da guardia)", "pt": "(cão de guarda)", "nl": "(waakhond)", "pl": "(pies stróżujący)"},
    "weight": {"gb": "Weight", "de": "Gewicht", "fr": "Poids", "es": "Peso", "it": "Peso", "pt": "Peso", "nl": "Gewicht", "pl": "Waga"},
    "product": {"gb": "Service", "de": "Produkt", "fr": "Produit", "es": "Producto", "it": "Prodotto", "pt": "Produto", "nl": "Product", "pl": "Usługa"},
}
LV["dog"]["en"], LV["check"]["en"], LV["yarddog"]["en"], LV["weight"]["en"], LV["product"]["en"] = "Beware of the dog", "yard check", "(yard dog)", "Weight", "Service"
BIC_BY_CC = {"DE": ["DEUTDEFF", "COBADEFFXXX", "HYVEDEMM"], "FR": ["BNPAFRPP", "SOGEFRPP", "CRLYFRPP"], "ES": ["CAIXESBBXXX", "BSCHESMM"],
             "IT": ["UNCRITMM", "BCITITMM"], "PT": ["BCOMPTPL", "BPPIPTPL"], "NL": ["ABNANL2A", "INGBNL2A", "RABONL2U"],
             "PL": ["PKOPPLPW", "BREXPLPW"], "GB": ["NWBKGB2L", "BARCGB22"]}
CC_OF = {"gb": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL"}
TLD_OF = {"gb": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl"}


def ml_person(r, loc, style=None):
    return person(r, loc, style=style or ch(r, ["fl", "fl", "fl", "FL", "lf"]))


@ml_t
def m_delivery_note(r, d, loc):
    V = {
        "gb": ("DELIVERY NOTE", "Delivery note no.", "Date", "Customer no.", "Order no.", "Deliver to", "Contact", "Tel.", "Item", "Article no.", "Description", "Qty", "Delivery date", "Driver", "Goods received in good condition", "Name", "Remarks", "pallets exchanged"),
        "de": ("LIEFERSCHEIN", "Lieferschein-Nr.", "Datum", "Kundennr.", "Auftragsnr.", "Lieferanschrift", "Ansprechpartner", "Tel.", "Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Liefertermin", "Fahrer", "Ware in einwandfreiem Zustand erhalten", "Name in Druckbuchstaben", "Bemerkungen", "Paletten getauscht"),
        "fr": ("BON DE LIVRAISON", "N° BL", "Date", "N° client", "N° commande", "Adresse de livraison", "Contact", "Tél.", "Pos.", "Réf. article", "Désignation", "Qté", "Date de livraison", "Chauffeur", "Marchandise reçue en bon état", "Nom en majuscules", "Observations", "palettes échangées"),
        "es": ("ALBARÁN DE ENTREGA", "Nº albarán", "Fecha", "Nº cliente", "Nº pedido", "Dirección de entrega", "Persona de contacto", "Tel.", "Lín.", "Ref.", "Descripción", "Cant.", "Fecha de entrega", "Conductor", "Mercancía recibida en buen estado", "Nombre", "Observaciones", "palés intercambiados"),
        "it": ("DOCUMENTO DI TRASPORTO (D.D.T.)", "DDT n.", "Data", "Cod. cliente", "Rif. ordine", "Luogo di destinazione", "Referente", "Tel.", "Riga", "Codice articolo", "Descrizione", "Q.tà", "Data consegna", "Autista", "Merce ricevuta in buono stato", "Nome in stampatello", "Note", "bancali scambiati"),
        "pt": ("GUIA DE REMESSA", "Guia n.º", "Data", "N.º cliente", "N.º encomenda", "Local de descarga", "Contacto", "Tel.", "Lin.", "Ref.ª artigo", "Descrição", "Qtd.", "Data de entrega", "Motorista", "Mercadoria recebida em bom estado", "Nome legível", "Observações", "paletes trocadas"),
        "nl": ("PAKBON", "Pakbonnummer", "Datum", "Klantnummer", "Ordernummer", "Afleveradres", "Contactpersoon", "Tel.", "Regel", "Artikelnr.", "Omschrijving", "Aantal", "Leverdatum", "Chauffeur", "Goederen in goede staat ontvangen", "Naam in blokletters", "Opmerkingen", "pallets geruild"),
        "pl": ("WZ — WYDANIE ZEWNĘTRZNE", "Nr dokumentu", "Data", "Nr klienta", "Nr zamówienia", "Adres dostawy", "Osoba kontaktowa", "Tel.", "Lp.", "Indeks", "Nazwa towaru", "Ilość", "Data dostawy", "Kierowca", "Towar odebrano bez zastrzeżeń", "Imię i nazwisko", "Uwagi", "palety wymienione"),
    }[loc]
    day = rdate(r)
    a = addr(r, loc, .3)
    firm = ch(r, FIRMS_ML[loc])
    d.t(f"{firm}\n{V[0]}\n\n{V[1]}: {rs(r, 2, UP)}{digs(r, 7)}    {V[2]}: ").e(dstr(r, day, loc), "DATE_TIME").t("\n")
    d.t(f"{V[3]}: ").e(digs(r, r.randint(6, 8)), "ACCOUNT_NUMBER").t(f"    {V[4]}: {digs(r, 9)}\n\n{V[5]}:\n{ch(r, FIRMS_ML[loc])}\n").e(a.multi(), "ADDRESS").t("\n")
    cf, cl = nm(r, loc)
    d.t(f"{V[6]}: {title_for(r, loc, cf)} ").e(f"{cf} {cl}" if p(r, .7) else cl, "PERSON").t(f"   {V[7]} ").e(phone(r, loc, area=a.area), "PHONE_NUMBER").t("\n\n")
    d.t(f"{V[8]:<6}{V[9]:<14}{V[10]:<40}{V[11]}\n")
    for i in range(r.randint(2, 6)):
        d.t(f"{i + 1:<6}{digs(r, 6) + '-' + digs(r, 2):<14}{ch(r, GOODS_ML[loc]):<40}{r.randint(1, 60)}\n")
    d.t(f"\n{V[12]}: ").e(dstr(r, day + TD(days=r.randint(0, 3)), loc), "DATE_TIME").t(f"    {V[13]}: ").e(person(r, loc, style=ch(r, ["fl", "l"]))[0], "PERSON").t(f"    {plate(r, loc)}\n")
    d.t(f"{V[16]}: {r.randint(1, 33)} {V[17]}; EUR-Pal. / ADR: {ch(r, ['-', 'UN1263', 'UN3082'])}\n\n{V[14]}.\n{V[15]}: ").e(person(r, loc, style=ch(r, ["FL", "fl", "il"]))[0], "PERSON").t("   ______________\n")


@ml_t
def m_cmr(r, d, loc):
    V = {
        "gb": ("Sender", "Consignee", "Place of delivery of the goods", "Place and date of taking over the goods", "Documents attached", "Carrier", "Registration", "Established in", "on", "Goods received", "Signature and stamp", "Driver"),
        "de": ("Absender", "Empfänger", "Auslieferungsort des Gutes", "Ort und Tag der Übernahme des Gutes", "Beigefügte Dokumente", "Frachtführer", "Kennzeichen", "Ausgefertigt in", "am", "Gut empfangen", "Unterschrift und Stempel", "Fahrer"),
        "fr": ("Expéditeur", "Destinataire", "Lieu prévu pour la livraison de la marchandise", "Lieu et date de la prise en charge de la marchandise", "Documents annexés", "Transporteur", "Immatriculation", "Établie à", "le", "Marchandises reçues", "Signature et timbre", "Chauffeur"),
        "es": ("Remitente", "Consignatario", "Lugar de entrega de la mercancía", "Lugar y fecha de carga de la mercancía", "Documentos anexos", "Transportista", "Matrícula", "Formalizado en", "el", "Mercancía recibida", "Firma y sello", "Conductor"),
        "it": ("Mittente", "Destinatario", "Luogo previsto per la consegna della merce", "Luogo e data della presa in carico della merce", "Documenti allegati", "Vettore", "Targa", "Compilato a", "il", "Merce ricevuta", "Firma e timbro", "Autista"),
        "pt": ("Expedidor", "Destinatário", "Local previsto para a entrega da mercadoria", "Local e data do carregamento da mercadoria", "Documentos anexos", "Transportador", "Matrícula", "Estabelecido em", "a", "Mercadoria recebida", "Assinatura e carimbo", "Motorista"),
        "nl": ("Afzender", "Geadresseerde", "Plaats bestemd voor de aflevering der goederen", "Plaats en datum van inontvangstneming der goederen", "Bijgevoegde documenten", "Vervoerder", "Kenteken", "Opgemaakt te", "op", "Goederen ontvangen", "Handtekening en stempel", "Chauffeur"),
        "pl": ("Nadawca", "Odbiorca", "Miejsce przeznaczenia przesyłki", "Miejsce i data załadowania", "Załączone dokumenty", "Przewoźnik", "Nr rejestracyjny", "Wystawiono w", "dnia", "Przesyłkę otrzymano", "Podpis i stempel", "Kierowca"),
    }[loc]
    EN = ("Sender", "Consignee", "Place of delivery", "Place and date of taking over", "Documents attached", "Carrier", "", "Established in", "", "Goods received", "", "")
    day = rdate(r)
    other = ch(r, [x for x in ML_LOCS if x != loc])
    sa, ca = addr(r, loc, .1), addr(r, other, .1)
    d.t(f"CMR  —  {'LETTRE DE VOITURE INTERNATIONALE' if loc == 'fr' else 'INTERNATIONALER FRACHTBRIEF' if loc == 'de' else 'INTERNATIONAL CONSIGNMENT NOTE'}   No. {rs(r, 2, UP)} {digs(r, 7)}\n")
    d.t(f"1  {V[0]}" + (f" / {EN[0]}" if loc != "gb" else "") + f"\n   {ch(r, FIRMS_ML[loc])}\n   ").e(sa.one(with_country=True, country_lang=loc), "ADDRESS").t("\n")
    d.t(f"2  {V[1]}" + (f" / {EN[1]}" if loc != "gb" else "") + f"\n   {ch(r, FIRMS_ML[other])}\n   ").e(ca.one(with_country=True, country_lang=loc), "ADDRESS").t("\n")
    d.t(f"3  {V[2]}\n   ").e(f"{ca.city}, {COUNTRY_NAMES[other][loc]}", "LOCATION").t("\n")
    d.t(f"4  {V[3]}\n   ").e(sa.city, "LOCATION").t(", ").e(dstr(r, day, loc), "DATE_TIME").t("\n")
    d.t(f"5  {V[4]}: {ch(r, [LV['docs'][loc], 'T1', 'EX-A'])} {digs(r, 6)}\n")
    d.t(f"6-9  {r.randint(1, 33)} EUR-Pal.  {ch(r, GOODS_ML[loc if loc in GOODS_ML else 'gb'])}   10 HS {ch(r, HS_CODES)[:4]}   11 {r.randint(500, 24000)} kg   12 {r.uniform(5, 80):.1f} m³\n")
    d.t(f"13 {ch(r, ['ADR: UN1263, 3, II', 'Temp. +2/+8 °C'] + LV['instr'][loc])}\n")
    cf, cl = nm(r, loc)
    carr = ch(r, {"gb": ["Eddie Stobart Logistics", "Wincanton plc"], "de": ["Dachser SE", "Hellmann Worldwide Logistics", "Müller & Söhne GmbH"],
                  "fr": ["Geodis", "Norbert Dentressangle", "Transports Dupont & Fils SARL"], "es": ["Grupo Sesé", "Transportes Martínez e Hijos S.L."],
                  "it": ["Fercam S.p.A.", "Arcese Trasporti"], "pt": ["Luís Simões Logística", "Torrestir"], "nl": ["Jan de Rijk Logistics", "Vos Logistics"],
                  "pl": ["Raben Logistics Polska", "Pekaes", "Kowalski Transport Sp. z o.o."]}[loc])
    d.t(f"16 {V[5]}: {carr}   {V[6]}: {plate(r, loc)} / {plate(r, loc)}   {V[11]}: ").e(f"{cf} {cl}", "PERSON").t("   Tel. ").e(phone(r, loc, kind="mobile"), "PHONE_NUMBER").t("\n")
    d.t(f"21 {V[7]} ").e(sa.city, "LOCATION").t(f" {V[8]} ").e(dstr(r, day, loc), "DATE_TIME").t("\n")
    d.t(f"22 {V[10]} ({V[0]}): ").e(person(r, loc, style="il")[0], "PERSON").t(f"    23 {V[10]} ({V[5]}): ").e(f"{cf[0]}. {cl}", "PERSON").t("\n")
    h, m = rtime(r, 6, 18, 1)
    d.t(f"24 {V[9]}: ").e(dtstr(r, day + TD(days=r.randint(1, 4)), h, m, loc), "DATE_TIME").t("  ").e(person(r, other, style=ch(r, ["FL", "fl"]))[0], "PERSON").t("\n")


@ml_t
def m_delivery_email(r, d, loc):
    V = {
        "gb": ("Your parcel is on its way", "Hi", "Your parcel {tn} will be delivered on", "between", "and", ".", "Delivery address", "Your driver", "Track your parcel", "Not in? Change your delivery here:", "Questions? Customer service", "Kind regards,\nThe team at"),
        "de": ("Ihre Sendung kommt bald", "Hallo", "Ihre Sendung {tn} wird voraussichtlich am", "zwischen", "und", " zugestellt.", "Lieferadresse", "Ihr Zusteller", "Sendung verfolgen", "Nicht zu Hause? Ändern Sie die Zustellung hier:", "Fragen? Kundenservice", "Freundliche Grüße\nIhr Team von"),
        "fr": ("Votre colis arrive bientôt", "Bonjour", "Votre colis {tn} sera livré le", "entre", "et", ".", "Adresse de livraison", "Votre livreur", "Suivre mon colis", "Absent ? Modifiez votre livraison ici :", "Une question ? Service client", "Cordialement,\nL'équipe"),
        "es": ("Tu pedido llega pronto", "Hola", "Tu envío {tn} se entregará el", "entre las", "y las", ".", "Dirección de entrega", "Tu repartidor", "Seguir envío", "¿No estarás en casa? Cambia la entrega aquí:", "¿Dudas? Atención al cliente", "Un saludo,\nEl equipo de"),
        "it": ("La tua spedizione è in arrivo", "Ciao", "La spedizione {tn} sarà consegnata il", "tra le", "e le", ".", "Indirizzo di consegna", "Il tuo corriere", "Traccia la spedizione", "Non sei in casa? Modifica la consegna qui:", "Domande? Servizio clienti", "Cordiali saluti,\nIl team"),
        "pt": ("A sua encomenda está a caminho", "Olá", "A sua encomenda {tn} será entregue no dia", "entre as", "e as", ".", "Morada de entrega", "O seu estafeta", "Seguir encomenda", "Não vai estar em casa? Altere a entrega aqui:", "Dúvidas? Apoio ao cliente", "Com os melhores cumprimentos,\nA equipa"),
        "nl": ("Je pakket komt eraan", "Hoi", "Je pakket {tn} wordt bezorgd op", "tussen", "en", ".", "Bezorgadres", "Je bezorger", "Volg je pakket", "Niet thuis? Wijzig je bezorging hier:", "Vragen? Klantenservice", "Met vriendelijke groet,\nTeam"),
        "pl": ("Twoja przesyłka jest w drodze", "Dzień dobry", "Przesyłka {tn} zostanie doręczona", "w godz.", "–", ".", "Adres doręczenia", "Twój kurier", "Śledź przesyłkę", "Nie będzie Cię w domu? Zmień dostawę tutaj:", "Pytania? Obsługa klienta", "Pozdrawiamy,\nZespół"),
    }[loc]
    cname, dom = ch(r, CARRIER_ML[loc])
    f, l = nm(r, loc)
    day = rdate(r)
    tn = tracking(r, "dhl") if loc == "de" else f"{rs(r, 2, UP)}{digs(r, 9)}{loc.upper() if loc != 'gb' else 'GB'}"
    d.t("From: ").e(f"noreply@{dom}", "EMAIL_ADDRESS").t("\n")
    hdr_addr(r, d, "To", f"{f} {l}" if p(r, .7) else None, email_of(r, f, l, ch(r, FREE_MAIL[loc])))
    d.t(f"Subject: {V[0]} — {tn}\n{date_hdr(r, day - TD(days=1))}\n\n")
    d.t(f"{V[1]} ").e(f, "PERSON").t(",\n\n")
    h = r.randint(8, 17)
    pre, post = V[2].split("{tn}")
    tsty = ch(r, ["24", "24", "alt"]) if loc != "gb" else ch(r, ["24", "ampm_l"])
    d.t(pre + tn + post + " ").e(wdstr(r, day, loc) if p(r, .4) else dstr(r, day, loc), "DATE_TIME").t(f" {V[3]} ").e(tstr(r, h, 0, loc, tsty), "DATE_TIME").t(f" {V[4]} ").e(tstr(r, h + 2, 0, loc, tsty), "DATE_TIME").t(V[5] + "\n\n")
    a = addr(r, loc, .4)
    d.t(f"{V[6]}:\n").e(a.multi(), "ADDRESS").t("\n\n")
    d.t(f"{V[7]}: ").e(ch(r, FIRST[loc]), "PERSON").t("\n")
    d.t(f"{V[8]}: ").e(f"https://www.{dom}/{LV['track'][loc]}?{ch(r, ['id', 'piececode', 'code', 'tn'])}={tn}", "URL").t("\n")
    d.t(f"{V[9]} ").e(f"https://www.{dom}/redirect/{url_slug(r, 12)}?lang={loc if loc != 'gb' else 'en'}", "URL").t("\n\n")
    d.t(f"{V[10]}: ").e(phone(r, loc, kind="land"), "PHONE_NUMBER").t("\n\n" + V[11] + f" {cname}\n")
    d.t(f"\n--\nRef {ruuid(r)}\n")


@ml_t
def m_rental(r, d, loc):
    V = {
        "gb": ("VEHICLE RENTAL AGREEMENT", "Hirer", "Date of birth", "Driving licence no.", "Address", "Phone", "E-mail", "Collection", "Return", "Vehicle", "Registration", "Mileage", "Fuel", "Payment", "Card", "valid until", "Hirer's signature", "Branch"),
        "de": ("MIETVERTRAG", "Mieter", "Geburtsdatum", "Führerschein-Nr.", "Anschrift", "Telefon", "E-Mail", "Übergabe", "Rückgabe", "Fahrzeug", "Kennzeichen", "Kilometerstand", "Tankstand", "Zahlungsart", "Kreditkarte", "gültig bis", "Unterschrift Mieter", "Station"),
        "fr": ("CONTRAT DE LOCATION", "Locataire", "Date de naissance", "N° de permis de conduire", "Adresse", "Téléphone", "E-mail", "Départ", "Retour", "Véhicule", "Immatriculation", "Kilométrage", "Carburant", "Mode de paiement", "Carte", "expire fin", "Signature du locataire", "Agence"),
        "es": ("CONTRATO DE ALQUILER", "Arrendatario", "Fecha de nacimiento", "Nº permiso de conducir", "Domicilio", "Teléfono", "Correo electrónico", "Recogida", "Devolución", "Vehículo", "Matrícula", "Kilometraje", "Combustible", "Forma de pago", "Tarjeta", "caduca", "Firma del arrendatario", "Oficina"),
        "it": ("CONTRATTO DI NOLEGGIO", "Locatario", "Data di nascita", "N. patente", "Indirizzo", "Telefono", "E-mail", "Ritiro", "Riconsegna", "Veicolo", "Targa", "Km", "Carburante", "Pagamento", "Carta", "scadenza", "Firma del locatario", "Filiale"),
        "pt": ("CONTRATO DE ALUGUER", "Locatário", "Data de nascimento", "N.º carta de condução", "Morada", "Telefone", "E-mail", "Levantamento", "Devolução", "Viatura", "Matrícula", "Quilometragem", "Combustível", "Pagamento", "Cartão", "validade", "Assinatura do locatário", "Balcão"),
        "nl": ("HUUROVEREENKOMST", "Huurder", "Geboortedatum", "Rijbewijsnummer", "Adres", "Telefoon", "E-mail", "Ophalen", "Inleveren", "Voertuig", "Kenteken", "Kilometerstand", "Brandstof", "Betaling", "Kaart", "geldig tot", "Handtekening huurder", "Vestiging"),
        "pl": ("UMOWA NAJMU POJAZDU", "Najemca", "Data urodzenia", "Nr prawa jazdy", "Adres", "Telefon", "E-mail", "Wydanie", "Zwrot", "Pojazd", "Nr rejestracyjny", "Przebieg", "Paliwo", "Płatność", "Karta", "ważna do", "Podpis najemcy", "Oddział"),
    }[loc]
    f, l = nm(r, loc)
    b = dob(r, 1955, 2001)
    a = addr(r, loc, .3)
    out = rdate(r)
    h, m = rtime(r, 7, 19, 15)
    brand = ch(r, ["Sixt", "Europcar", "Hertz", "Avis", "Enterprise", "Goldcar"])
    d.t(f"{brand} — {V[0]}   Nr. {digs(r, 10)}\n\n")
    d.t(f"{V[1]}: {title_for(r, loc, f)} ").e(fmt_name(r, f, l, ch(r, ["fl", "lf", "FL"])), "PERSON").t("\n")
    d.t(f"{V[2]}: ").e(dstr(r, b, loc), "DATE_OF_BIRTH").t(f"   {V[3]}: ").e(dl_eu(r, loc, f, l, b), "DRIVER_LICENSE").t("\n")
    d.t(f"{V[4]}: ").e(a.one(), "ADDRESS").t("\n")
    d.t(f"{V[5]}: ").e(phone(r, loc), "PHONE_NUMBER").t(f"   {V[6]}: ").e(email_of(r, f, l, ch(r, FREE_MAIL[loc])), "EMAIL_ADDRESS").t("\n\n")
    bc = addr(r, loc, 0)
    d.t(f"{V[7]}: {V[17]} ").e(bc.city, "LOCATION").t(f" {ch(r, LV['station'][loc])} — ").e(dtstr(r, out, h, m, loc), "DATE_TIME").t("\n")
    d.t(f"{V[8]}: ").e(dtstr(r, out + TD(days=r.randint(1, 10)), h, m, loc), "DATE_TIME").t("\n")
    d.t(f"{V[9]}: {ch(r, ['VW Golf', 'Renault Clio', 'Fiat 500', 'Mercedes-Benz Sprinter', 'Ford Transit Custom', 'Peugeot 208', 'Opel Vivaro'])} ({ch(r, ['ECMR', 'CDMR', 'MBMR', 'FVMR'])})   {V[10]}: {plate(r, loc)}   VIN {vin(r)}\n")
    d.t(f"{V[11]}: {r.randint(1000, 90000)} km   {V[12]}: {ch(r, ['8/8', '4/4', '100 %', '1/1'])}\n")
    if p(r, .5):
        d.t(f"{V[13]}: {V[14]} ").e(card(r), "CREDIT_CARD").t(f" {V[15]} ").e(cc_exp(r), "DATE_TIME").t("\n")
    else:
        d.t(f"{V[13]}: {V[14]} {masked_card(r)}  {LV['deposit'][loc]} {amt(r, 300, 1500, loc)}\n")
    d.t(f"{V[16]}: ").e(f"{f} {l}", "PERSON").t("\n")


@ml_t
def m_parking_fine(r, d, loc):
    V = {
        "gb": ("{c} City Council — PENALTY CHARGE NOTICE", "PCN number", "Date and time of contravention", "Location", "Vehicle registration", "Make", "Contravention", "Parked in a restricted street during prescribed hours", "Penalty charge", "Pay by", "Civil Enforcement Officer", "Registered keeper", "Pay online", "or call"),
        "de": ("Stadt {c} – Ordnungsamt – Verwarnungsgeldangebot", "Aktenzeichen", "Tatzeit", "Tatort", "Kennzeichen", "Fabrikat", "Tatbestand", "Parken im eingeschränkten Haltverbot", "Verwarnungsgeld", "Zahlbar bis", "Sachbearbeiter/in", "Halter/in", "Online bezahlen", "Rückfragen"),
        "fr": ("Ville de {c} — AVIS DE CONTRAVENTION", "N° de l'avis", "Date et heure de l'infraction", "Lieu", "Immatriculation", "Marque", "Nature de l'infraction", "Stationnement gênant sur emplacement livraison", "Montant de l'amende forfaitaire", "À payer avant le", "Agent verbalisateur", "Titulaire du certificat d'immatriculation", "Payer en ligne", "Renseignements"),
        "es": ("Ayuntamiento de {c} — BOLETÍN DE DENUNCIA", "Nº expediente", "Fecha y hora", "Lugar", "Matrícula", "Marca", "Hecho denunciado", "Estacionar en zona de carga y descarga", "Importe", "Reducción del 50 % si paga antes del", "Agente", "Titular", "Pago online", "Información"),
        "it": ("Comune di {c} — Polizia Locale — VERBALE DI ACCERTAMENTO", "Verbale n.", "Data e ora", "Luogo", "Targa", "Marca", "Violazione", "Sosta in area riservata al carico/scarico (art. 7 C.d.S.)", "Importo", "Pagare entro il", "Agente accertatore", "Intestatario", "Pagamento online", "Informazioni"),
        "pt": ("Câmara Municipal de {c} — AVISO DE CONTRAORDENAÇÃO", "Auto n.º", "Data e hora", "Local", "Matrícula", "Marca", "Infração", "Estacionamento em lugar de cargas e descargas", "Coima", "Pagar até", "Agente autuante", "Proprietário", "Pagamento online", "Informações"),
        "nl": ("Gemeente {c} — NAHEFFINGSAANSLAG PARKEERBELASTING", "Aanslagnummer", "Datum en tijd", "Locatie", "Kenteken", "Merk", "Overtreding", "Parkeren zonder geldig parkeerrecht", "Bedrag", "Betaal vóór", "Handhaver", "Kentekenhouder", "Online betalen", "Vragen"),
        "pl": ("Straż Miejska {c} — WEZWANIE", "Nr sprawy", "Data i godzina", "Miejsce", "Nr rejestracyjny", "Marka", "Wykroczenie", "Postój w strefie płatnego parkowania bez opłaty", "Opłata dodatkowa", "Termin płatności", "Strażnik", "Właściciel pojazdu", "Płatność online", "Informacja"),
    }[loc]
    a = addr(r, loc, 0)
    day = rdate(r)
    h, m = rtime(r, 7, 21, 1)
    pre, post = V[0].split("{c}")
    d.t(pre).e(a.city, "LOCATION").t(post + "\n\n")
    d.t(f"{V[1]}: {rs(r, 2, UP)}{digs(r, 8)}\n{V[2]}: ").e(dtstr(r, day, h, m, loc), "DATE_TIME").t(f"\n{V[3]}: ").e(a.street, "ADDRESS").t("\n")
    d.t(f"{V[4]}: {plate(r, loc)}   {V[5]}: {ch(r, ['VW', 'Renault', 'Fiat', 'Mercedes-Benz', 'Peugeot', 'Škoda', 'Ford'])}\n{V[6]}: {V[7]}\n")
    d.t(f"{V[8]}: {amt(r, 15, 135, loc) if loc != 'gb' else '£70.00 (£35.00)'}\n{V[9]}: ").e(dstr(r, day + TD(days=r.randint(14, 45)), loc), "DATE_TIME").t("\n")
    if loc in ("de", "es", "it", "pt", "nl", "pl") and p(r, .7):
        d.t("IBAN: ").e(iban(r, {"de": "DE", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL"}[loc]), "IBAN_CODE").t(f"   BIC: {ch(r, BICS)}\n")
    if p(r, .5):
        d.t(f"{V[10]}: ").e(person(r, loc, style=ch(r, ["l", "fl"]))[0], "PERSON").t(f" ({digs(r, 4)})\n")
    else:
        d.t(f"{V[10]}: #{digs(r, 5)}\n")
    if p(r, .6):
        oa = addr(r, loc, .3)
        d.t(f"\n{V[11]}:\n").e(person(r, loc, style=ch(r, ["fl", "FL"]))[0], "PERSON").t("\n").e(oa.multi(), "ADDRESS").t("\n")
    d.t(f"\n{V[12]}: ").e(f"https://{ch(r, ['www', 'e-services', 'pay'])}.{ascii_fold(a.city).lower().replace(' ', '')}.{ {'gb': 'gov.uk', 'de': 'de', 'fr': 'fr', 'es': 'es', 'it': 'it', 'pt': 'pt', 'nl': 'nl', 'pl': 'pl'}[loc]}/{LV['fine'][loc]}?ref={digs(r, 9)}", "URL")
    d.t(f"   {V[13]}: ").e(phone(r, loc, area=a.area, kind="land"), "PHONE_NUMBER").t("\n")


@ml_t
def m_meter_reading(r, d, loc):
    V = {
        "gb": ("Meter reading card", "Account number", "MPAN", "Supply address", "Read date", "Previous reading", "Current reading", "Meter reader", "Please submit your reading by", "Customer"),
        "de": ("Zählerstandsmitteilung / Ablesekarte", "Vertragskonto", "Zählernummer", "Verbrauchsstelle", "Ablesedatum", "Zählerstand alt", "Zählerstand neu", "Ableser/in", "Bitte teilen Sie uns Ihren Zählerstand mit bis zum", "Kunde"),
        "fr": ("Relevé de compteur — avis de passage", "Référence client", "N° PDL", "Adresse du point de consommation", "Date du relevé", "Ancien index", "Nouvel index", "Releveur", "Merci de nous transmettre votre index avant le", "Client"),
        "es": ("Lectura de contador — aviso de paso", "Nº de contrato", "CUPS", "Dirección de suministro", "Fecha de lectura", "Lectura anterior", "Lectura actual", "Lector", "Facilite su lectura antes del", "Titular"),
        "it": ("Lettura contatore — avviso di passaggio", "Codice cliente", "POD", "Indirizzo di fornitura", "Data lettura", "Lettura precedente", "Lettura attuale", "Letturista", "Comunichi l'autolettura entro il", "Intestatario"),
        "pt": ("Leitura de contador — aviso", "N.º de conta", "CPE", "Local de consumo", "Data da leitura", "Leitura anterior", "Leitura atual", "Leitor", "Comunique a sua leitura até", "Titular"),
        "nl": ("Meterstanden opname", "Klantnummer", "EAN-code", "Leveringsadres", "Opnamedatum", "Vorige stand", "Nieuwe stand", "Meteropnemer", "Geef uw meterstand door vóór", "Klant"),
        "pl": ("Odczyt licznika — zawiadomienie", "Nr klienta", "Nr PPE", "Adres punktu poboru", "Data odczytu", "Poprzedni odczyt", "Bieżący odczyt", "Inkasent", "Prosimy o podanie odczytu do", "Odbiorca"),
    }[loc]
    pid = {"gb": lambda: f"{digs(r, 2)} {digs(r, 3)} {digs(r, 3)} {digs(r, 2)} {digs(r, 4)} {digs(r, 3)}", "de": lambda: f"DE{digs(r, 11)}{rs(r, 20, UP + DIG)}",
           "fr": lambda: digs(r, 14), "es": lambda: f"ES0021{digs(r, 12)}{rs(r, 2, UP)}", "it": lambda: f"IT001E{digs(r, 8)}",
           "pt": lambda: f"PT0002{digs(r, 12)}{rs(r, 2, UP)}", "nl": lambda: "871687" + digs(r, 12), "pl": lambda: "590310" + digs(r, 12)}[loc]
    util = {"gb": "Octopus Energy", "de": "Stadtwerke", "fr": "Enedis", "es": "i-DE Redes", "it": "e-distribuzione", "pt": "E-Redes", "nl": "Liander", "pl": "PGE Dystrybucja"}[loc]
    day = rdate(r)
    a = addr(r, loc, .3)
    f, l = nm(r, loc)
    d.t(f"{util} — {V[0]}\n\n{V[9]}: ").e(fmt_name(r, f, l, ch(r, ["fl", "lf", "FL"])), "PERSON").t(f"\n{V[1]}: ").e(digs(r, r.randint(8, 12)), "ACCOUNT_NUMBER").t(f"\n{V[2]}: {pid()}\n{V[3]}: ").e(a.one(), "ADDRESS").t("\n\n")
    d.t(f"{V[4]}: ").e(dstr(r, day, loc), "DATE_TIME").t("\n")
    for kind in r.sample(["kWh HT", "kWh NT", "m³ Gas", "m³ H2O"], r.randint(1, 2)):
        prev = r.randint(1000, 90000)
        d.t(f"  {kind:<8} {V[5]}: {prev:>6}   {V[6]}: {prev + r.randint(50, 4000):>6}   #{rs(r, 1, UP)}{digs(r, 8)}\n")
    d.t(f"{V[7]}: ").e(person(r, loc, style=ch(r, ["fl", "il"]))[0], "PERSON").t(f"  ({digs(r, 4)})\n")
    d.t(f"{V[8]} ").e(dstr(r, day + TD(days=r.randint(7, 21)), loc), "DATE_TIME").t(": ").e(phone(r, loc, kind="land"), "PHONE_NUMBER").t(" · ").e(f"https://www.{ascii_fold(util).lower().replace(' ', '').replace('-', '')}.{ {'gb': 'com', 'de': 'de', 'fr': 'fr', 'es': 'es', 'it': 'it', 'pt': 'pt', 'nl': 'nl', 'pl': 'pl'}[loc]}/{LV['meter'][loc]}", "URL").t("\n")
    if p(r, .5):
        d.t(f"{LV['dog'][loc]}: {ch(r, PETS)}\n")


WORK_DONE = {
    "gb": ["Replaced fan motor, tested OK", "Descaled heat exchanger, pressure reset to 1.5 bar", "Replaced PCB, fault cleared"],
    "de": ["Lüftermotor getauscht, Funktion geprüft", "Wärmetauscher entkalkt, Anlagendruck auf 1,5 bar", "Platine ersetzt, Störung behoben"],
    "fr": ["Remplacement du ventilateur, essais OK", "Détartrage de l'échangeur, pression remise à 1,5 bar", "Carte électronique remplacée, défaut acquitté"],
    "es": ["Sustituido el ventilador, prueba correcta", "Descalcificado el intercambiador, presión a 1,5 bar", "Cambiada la placa electrónica, avería resuelta"],
    "it": ["Sostituito ventilatore, collaudo OK", "Pulizia scambiatore, pressione ripristinata a 1,5 bar", "Sostituita scheda elettronica, guasto risolto"],
    "pt": ["Substituído o ventilador, testado OK", "Descalcificação do permutador, pressão reposta a 1,5 bar", "Placa eletrónica substituída, avaria resolvida"],
    "nl": ["Ventilator vervangen, getest OK", "Warmtewisselaar ontkalkt, druk op 1,5 bar", "Printplaat vervangen, storing verholpen"],
    "pl": ["Wymieniono wentylator, test OK", "Odkamienianie wymiennika, ciśnienie 1,5 bar", "Wymieniono płytę sterującą, usterka usunięta"],
}


@ml_t
def m_work_order(r, d, loc):
    V = {
        "gb": ("SERVICE JOB SHEET", "Job no.", "Customer", "Account no.", "Site", "Contact", "Appointment", "Engineer", "Equipment", "Serial no.", "Fault reported", "Work carried out", "Labour", "Parts", "Customer signature"),
        "de": ("ARBEITSAUFTRAG / SERVICEBERICHT", "Auftragsnr.", "Kunde", "Kundennr.", "Einsatzort", "Ansprechpartner", "Termin", "Techniker", "Gerät", "Seriennr.", "Fehlerbeschreibung", "Durchgeführte Arbeiten", "Arbeitszeit", "Material", "Unterschrift Kunde"),
        "fr": ("BON D'INTERVENTION", "N° d'intervention", "Client", "N° de compte client", "Site", "Contact sur place", "Rendez-vous", "Technicien", "Équipement", "N° de série", "Panne signalée", "Travaux effectués", "Temps passé", "Pièces", "Signature du client"),
        "es": ("PARTE DE TRABAJO", "Nº orden", "Cliente", "Nº cuenta cliente", "Dirección del servicio", "Contacto", "Cita", "Técnico", "Equipo", "Nº de serie", "Avería", "Trabajos realizados", "Mano de obra", "Materiales", "Firma del cliente"),
        "it": ("RAPPORTO DI INTERVENTO", "Intervento n.", "Cliente", "Cod. cliente", "Sede intervento", "Referente", "Appuntamento", "Tecnico", "Apparecchiatura", "Matricola", "Guasto segnalato", "Lavori eseguiti", "Ore lavorate", "Ricambi", "Firma cliente"),
        "pt": ("FOLHA DE OBRA", "N.º ordem", "Cliente", "N.º conta cliente", "Local", "Contacto", "Agendamento", "Técnico", "Equipamento", "N.º série", "Avaria", "Trabalho efetuado", "Mão de obra", "Material", "Assinatura do cliente"),
        "nl": ("WERKBON", "Werkbonnummer", "Klant", "Klantnummer", "Locatie", "Contactpersoon", "Afspraak", "Monteur", "Installatie", "Serienummer", "Storing", "Uitgevoerde werkzaamheden", "Arbeidstijd", "Materiaal", "Handtekening klant"),
        "pl": ("ZLECENIE SERWISOWE", "Nr zlecenia", "Klient", "Nr konta klienta", "Miejsce", "Osoba kontaktowa", "Termin wizyty", "Serwisant", "Urządzenie", "Nr seryjny", "Opis usterki", "Wykonane prace", "Czas pracy", "Materiały", "Podpis klienta"),
    }[loc]
    f, l = nm(r, loc)
    a = addr(r, loc, .3)
    day = rdate(r)
    h, m = rtime(r, 7, 17, 15)
    d.t(f"{V[0]}\n{V[1]}: {rs(r, 2, UP)}-{digs(r, 7)}\n\n{V[2]}: {title_for(r, loc, f)} ").e(f"{f} {l}", "PERSON").t(f"\n{V[3]}: ").e(f"{digs(r, 3)}-{digs(r, 5)}" if p(r, .5) else digs(r, 9), "ACCOUNT_NUMBER").t(f"\n{V[4]}: ").e(a.one(), "ADDRESS").t(f"\n{V[5]}: ")
    if p(r, .6):
        d.e(person(r, loc, style=ch(r, ["fl", "l"]))[0], "PERSON").t(", ")
    d.e(phone(r, loc, area=a.area), "PHONE_NUMBER").t("\n")
    d.t(f"{V[6]}: ").e(f"{wdstr(r, day, loc)}, {tstr(r, h, m, loc)}" if p(r, .4) else dtstr(r, day, h, m, loc), "DATE_TIME").t("\n")
    d.t(f"{V[7]}: ").e(person(r, loc, style=ch(r, ["fl", "f"]))[0], "PERSON").t(f"  (ID {digs(r, 4)})\n")
    d.t(f"{V[8]}: {ch(r, ['Vaillant ecoTEC plus', 'Viessmann Vitodens 200-W', 'Bosch Condens 7000', 'Daikin Altherma 3', 'Junkers Cerapur', 'Ariston Genus One'])}   {V[9]}: {digs(r, 4)}{rs(r, 2, UP)}{digs(r, 6)}\n")
    d.t(f"{V[10]}: {ch(r, ['F28', 'E119', 'F.75', 'A9', 'EA'])}\n{V[11]}: {ch(r, WORK_DONE[loc])}\n{V[12]}: {r.randint(1, 4)}{'.' if loc == 'gb' else ','}{ch(r, ['0', '5'])} h   {V[13]}: {rs(r, 3, UP)}{digs(r, 5)} x{r.randint(1, 3)}\n")
    d.t(f"{V[14]}: ").e(f"{f[0]}. {l}" if p(r, .5) else f"{f} {l}", "PERSON").t("\n")


@ml_t
def m_moving_inventory(r, d, loc):
    V = {
        "gb": ("REMOVALS INVENTORY", "Client", "Collection address", "Delivery address", "Moving date", "Floor / lift", "Item", "Qty", "Volume (m³)", "Parking suspension booked for", "Team leader", "Deposit paid by bank transfer to"),
        "de": ("UMZUGSGUTLISTE", "Auftraggeber", "Beladeadresse", "Entladeadresse", "Umzugstermin", "Etage / Aufzug", "Möbelstück", "Anzahl", "Volumen (m³)", "Halteverbotszone beantragt für", "Kolonnenführer", "Anzahlung per Überweisung an"),
        "fr": ("INVENTAIRE DE DÉMÉNAGEMENT", "Client", "Adresse de chargement", "Adresse de livraison", "Date du déménagement", "Étage / ascenseur", "Objet", "Qté", "Volume (m³)", "Autorisation de stationnement pour le", "Chef d'équipe", "Acompte versé par virement sur"),
        "es": ("INVENTARIO DE MUDANZA", "Cliente", "Dirección de carga", "Dirección de descarga", "Fecha de mudanza", "Planta / ascensor", "Mueble", "Cant.", "Volumen (m³)", "Reserva de espacio solicitada para el", "Jefe de equipo", "Anticipo por transferencia a"),
        "it": ("INVENTARIO TRASLOCO", "Cliente", "Indirizzo di carico", "Indirizzo di scarico", "Data trasloco", "Piano / ascensore", "Oggetto", "Q.tà", "Volume (m³)", "Occupazione suolo pubblico per il", "Caposquadra", "Acconto tramite bonifico su"),
        "pt": ("INVENTÁRIO DE MUDANÇA", "Cliente", "Morada de carga", "Morada de descarga", "Data da mudança", "Andar / elevador", "Artigo", "Qtd.", "Volume (m³)", "Reserva de estacionamento para", "Chefe de equipa", "Sinal pago por transferência para"),
        "nl": ("VERHUISINVENTARIS", "Opdrachtgever", "Laadadres", "Losadres", "Verhuisdatum", "Verdieping / lift", "Meubelstuk", "Aantal", "Volume (m³)", "Ontheffing parkeerplaats aangevraagd voor", "Ploegleider", "Aanbetaling overgemaakt naar"),
        "pl": ("SPIS RZECZY DO PRZEPROWADZKI", "Zleceniodawca", "Adres załadunku", "Adres rozładunku", "Termin przeprowadzki", "Piętro / winda", "Przedmiot", "Ilość", "Objętość (m³)", "Zgoda na postój w dniu", "Brygadzista", "Zaliczka przelewem na"),
    }[loc]
    ITEMS = {"gb": ["Sofa", "Wardrobe", "Bed 160x200", "Washing machine", "Boxes", "Bookcase"],
             "de": ["Sofa", "Kleiderschrank", "Bett 160x200", "Waschmaschine", "Umzugskartons", "Bücherregal"],
             "fr": ["Canapé", "Armoire", "Lit 160x200", "Lave-linge", "Cartons", "Bibliothèque"],
             "es": ["Sofá", "Armario", "Cama 150x190", "Lavadora", "Cajas", "Estantería"],
             "it": ["Divano", "Armadio", "Letto matrimoniale", "Lavatrice", "Scatoloni", "Libreria"],
             "pt": ["Sofá", "Roupeiro", "Cama de casal", "Máquina de lavar", "Caixas", "Estante"],
             "nl": ["Bank", "Kledingkast", "Bed 160x200", "Wasmachine", "Verhuisdozen", "Boekenkast"],
             "pl": ["Kanapa", "Szafa", "Łóżko 160x200", "Pralka", "Kartony", "Regał"]}[loc]
    f, l = nm(r, loc)
    a1, a2 = addr(r, loc, .5), addr(r, loc, .5)
    day = rdate(r)
    d.t(f"{ch(r, LV['movers'][loc])} — {V[0]}   #{digs(r, 6)}\n\n{V[1]}: ").e(fmt_name(r, f, l, ch(r, ["fl", "lf"])), "PERSON").t("  ").e(phone(r, loc, kind="mobile"), "PHONE_NUMBER").t("\n")
    d.t(f"{V[2]}: ").e(a1.one(), "ADDRESS").t(f"   ({V[5]}: {r.randint(0, 6)} / {ch(r, {'gb': ['yes', 'no'], 'de': ['ja', 'nein'], 'fr': ['oui', 'non'], 'es': ['sí', 'no'], 'it': ['sì', 'no'], 'pt': ['sim', 'não'], 'nl': ['ja', 'nee'], 'pl': ['tak', 'nie']}[loc])})\n")
    d.t(f"{V[3]}: ").e(a2.one(), "ADDRESS").t(f"   ({V[5]}: {r.randint(0, 6)})\n{V[4]}: ").e(dstr(r, day, loc), "DATE_TIME").t("\n\n")
    d.t(f"{V[6]:<24}{V[7]:<8}{V[8]}\n")
    tot = 0.0
    for it in r.sample(ITEMS, r.randint(3, 6)):
        q = r.randint(1, 40 if it in ("Boxes", "Umzugskartons", "Cartons", "Cajas", "Scatoloni", "Caixas", "Verhuisdozen", "Kartony") else 3)
        v = q * r.uniform(0.08, 2.5)
        tot += v
        d.t(f"{it:<24}{q:<8}{v:.2f}\n")
    d.t(f"{'Σ':<32}{tot:.2f}\n\n{V[9]} ").e(dstr(r, day, loc), "DATE_TIME").t(f"\n{V[10]}: ").e(person(r, loc, style=ch(r, ["fl", "f"]))[0], "PERSON").t("\n")
    if loc != "gb" or p(r, .3):
        d.t(f"{V[11]} IBAN ").e(iban(r, ch(r, ["DE", "FR", "ES", "IT", "PT", "NL", "PL"]) if loc == "gb" else {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL"}[loc]), "IBAN_CODE").t(f" ({amt(r, 150, 900, loc)})\n")


@ml_t
def m_courier_chat(r, d, loc):
    V = {
        "gb": ("Hi, this is your {c} driver. I'll be with you in about 10 minutes.", "I'm not home, can you leave it with my neighbour {n} at", "Sure. Is there a code for the main door?", "Yes, it's", "Delivered, photo attached. Thanks!", "Thank you! My number if needed:"),
        "de": ("Hallo, hier ist Ihr {c}-Fahrer. Bin in ca. 10 Minuten da.", "Bin nicht zu Hause, bitte beim Nachbarn {n} abgeben,", "Klar. Gibt es einen Code für die Haustür?", "Ja, der Code ist", "Zugestellt, Foto anbei. Schönen Tag noch!", "Danke! Meine Nummer falls nötig:"),
        "fr": ("Bonjour, c'est votre livreur {c}. J'arrive dans 10 minutes environ.", "Je ne suis pas là, vous pouvez le laisser chez mon voisin {n} au", "D'accord. Il y a un digicode ?", "Oui, c'est", "Livré, photo jointe. Bonne journée !", "Merci ! Mon numéro au cas où :"),
        "es": ("Hola, soy el repartidor de {c}. Llego en unos 10 minutos.", "No estoy en casa, ¿puede dejarlo a mi vecino {n} en", "Vale. ¿Hay código para el portal?", "Sí, es el", "Entregado, adjunto foto. ¡Gracias!", "¡Gracias! Mi número por si acaso:"),
        "it": ("Buongiorno, sono il corriere {c}. Arrivo tra circa 10 minuti.", "Non sono a casa, può lasciarlo al vicino {n} in", "Va bene. C'è un codice per il portone?", "Sì, è", "Consegnato, foto allegata. Buona giornata!", "Grazie! Il mio numero se serve:"),
        "pt": ("Olá, é o estafeta da {c}. Chego daqui a 10 minutos.", "Não estou em casa, pode deixar com o vizinho {n} na", "Ok. Há código para a porta do prédio?", "Sim, é", "Entregue, foto em anexo. Obrigado!", "Obrigada! O meu número se precisar:"),
        "nl": ("Hoi, met je {c}-bezorger. Ben er over ongeveer 10 minuten.", "Ik ben niet thuis, kun je het bij de buren ({n}) afgeven op", "Prima. Is er een code voor de voordeur?", "Ja, de code is", "Bezorgd, foto bijgevoegd. Fijne dag!", "Dank je! Mijn nummer voor het geval dat:"),
        "pl": ("Dzień dobry, tu kurier {c}. Będę za około 10 minut.", "Nie ma mnie w domu, proszę zostawić u sąsiada {n},", "Dobrze. Czy jest kod do domofonu?", "Tak, kod to", "Doręczone, zdjęcie w załączniku. Miłego dnia!", "Dziękuję! Mój numer w razie czego:"),
    }[loc]
    cname = ch(r, CARRIER_ML[loc])[0]
    cour = ch(r, FIRST[loc])
    cf, cl = nm(r, loc)
    nb = ch(r, LAST[loc])
    day = rdate(r)
    h, m, s = r.randint(8, 19), r.randint(0, 50), r.randint(0, 59)

    clock = [h * 3600 + m * 60 + s]

    def stamp():
        clock[0] += r.randint(8, 170)
        h, mm, s = clock[0] // 3600 % 24, clock[0] // 60 % 60, clock[0] % 60
        fmt = {"gb": f"[{day.strftime('%d/%m/%Y')}, {h:02d}:{mm:02d}:{s:02d}]", "de": f"[{day.strftime('%d.%m.%y')}, {h:02d}:{mm:02d}:{s:02d}]",
               "fr": f"[{day.strftime('%d/%m/%Y')} {h:02d}:{mm:02d}:{s:02d}]", "es": f"[{day.day}/{day.month}/{day.strftime('%y')}, {h}:{mm:02d}:{s:02d}]",
               "it": f"[{day.strftime('%d/%m/%y')}, {h:02d}:{mm:02d}:{s:02d}]", "pt": f"[{day.strftime('%d/%m/%Y')}, {h:02d}:{mm:02d}:{s:02d}]",
               "nl": f"[{day.strftime('%d-%m-%Y')} {h:02d}:{mm:02d}:{s:02d}]", "pl": f"[{day.strftime('%d.%m.%Y')}, {h:02d}:{mm:02d}:{s:02d}]"}[loc]
        return fmt + " "
    a = addr(r, loc, 0)
    cour_lbl = f"{cour} ({cname})"
    d.t(stamp()).e(cour, "PERSON").t(f" ({cname}): " + V[0].replace("{c}", cname) + "\n")
    pre, post = V[1].split("{n}")
    d.t(stamp()).e(f"{cf} {cl}" if p(r, .6) else cf, "PERSON").t(": " + pre).e(nb, "PERSON").t(post + " ").e(a.street, "ADDRESS").t("\n")
    d.t(stamp()).e(cour, "PERSON").t(f" ({cname}): {V[2]}\n")
    d.t(stamp()).e(cf, "PERSON").t(f": {V[3]} ").e(ch(r, [digs(r, 4), digs(r, 4) + "#", "A" + digs(r, 3), digs(r, 6)]), "PASSWORD").t(f" 🙂 ({ch(r, PETS)} {LV['barks'][loc]})\n")
    d.t(stamp()).e(cour, "PERSON").t(f" ({cname}): {V[4]}\n")
    d.t(stamp()).e(cf, "PERSON").t(f": {V[5]} ").e(phone(r, loc, kind="mobile"), "PHONE_NUMBER").t("\n")
    _ = cour_lbl


@ml_t
def m_invoice(r, d, loc):
    V = {
        "gb": ("INVOICE", "Invoice no.", "Invoice date", "Date of service", "Account no.", "Net", "VAT 20%", "Total", "Payment due", "Bank details", "VAT reg. GB" + digs(r, 9), "Director", "Transport"),
        "de": ("RECHNUNG", "Rechnungsnr.", "Rechnungsdatum", "Leistungsdatum", "Kundennr.", "Netto", "USt. 19 %", "Gesamtbetrag", "Zahlbar bis", "Bankverbindung", f"USt-IdNr. DE{digs(r, 9)} · HRB {digs(r, 5)}", "Geschäftsführer", "Transport"),
        "fr": ("FACTURE", "N° facture", "Date de facture", "Date de prestation", "N° client", "Total HT", "TVA 20 %", "Total TTC", "À régler avant le", "Coordonnées bancaires", f"SIRET {digs(r, 3)} {digs(r, 3)} {digs(r, 3)} {digs(r, 5)} · TVA FR{digs(r, 11)}", "Gérant", "Transport"),
        "es": ("FACTURA", "Nº factura", "Fecha factura", "Fecha del servicio", "Nº cliente", "Base imponible", "IVA 21 %", "Total", "Vencimiento", "Datos bancarios", f"CIF B{digs(r, 8)}", "Administrador", "Transporte"),
        "it": ("FATTURA", "Fattura n.", "Data fattura", "Data servizio", "Cod. cliente", "Imponibile", "IVA 22%", "Totale documento", "Scadenza", "Coordinate bancarie", f"P.IVA IT{digs(r, 11)} · SDI {rs(r, 7, UP + DIG)}", "Amministratore", "Trasporto"),
        "pt": ("FATURA", "Fatura n.º", "Data", "Data do serviço", "N.º cliente", "Total s/ IVA", "IVA 23%", "Total", "Vencimento", "Dados bancários", f"NIF {digs(r, 9)} · ATCUD {rs(r, 8, UP + DIG)}-{digs(r, 4)}", "Gerente", "Transporte"),
        "nl": ("FACTUUR", "Factuurnummer", "Factuurdatum", "Leverdatum", "Klantnummer", "Subtotaal", "BTW 21%", "Totaal", "Te betalen vóór", "Bankgegevens", f"KvK {digs(r, 8)} · BTW NL{digs(r, 9)}B01", "Directeur", "Transport"),
        "pl": ("FAKTURA VAT", "Nr faktury", "Data wystawienia", "Data sprzedaży", "Nr klienta", "Netto", "VAT 23%", "Brutto", "Termin płatności", "Rachunek bankowy", f"NIP {digs(r, 3)}-{digs(r, 3)}-{digs(r, 2)}-{digs(r, 2)} · REGON {digs(r, 9)}", "Prezes zarządu", "Transport"),
    }[loc]
    cc = {"gb": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL"}[loc]
    firm = ch(r, FIRMS_ML[loc])
    fa = addr(r, loc, 0)
    day = rdate(r)
    fdom = firm_domain(firm)
    d.t(f"{firm}\n").e(fa.one(), "ADDRESS").t("\nTel. ").e(phone(r, loc, area=fa.area, kind="land"), "PHONE_NUMBER").t(" · ").e(f"{LV['billing'][loc]}@{fdom}.{TLD_OF[loc]}", "EMAIL_ADDRESS").t("\n\n")
    ba = addr(r, loc, .2)
    cf, cl = nm(r, loc)
    d.t(ch(r, FIRMS_ML[loc]) + f"\n{title_for(r, loc, cf)} ").e(f"{cf} {cl}", "PERSON").t("\n").e(ba.multi(), "ADDRESS").t("\n\n")
    d.t(f"{V[0]}\n{V[1]}: {day.year}-{digs(r, 5)}   {V[2]}: ").e(dstr(r, day, loc), "DATE_TIME").t(f"   {V[3]}: ").e(dstr(r, day - TD(days=r.randint(1, 20)), loc), "DATE_TIME").t(f"\n{V[4]}: ").e(digs(r, r.randint(5, 8)), "ACCOUNT_NUMBER").t("\n\n")
    c1, c2 = addr(r, loc, 0), addr(r, ch(r, ML_LOCS), 0)
    fx = lambda v: amt(random.Random(0), v, v, loc)
    l1, l2 = r.uniform(200, 3000), r.uniform(10, 300)
    pct = r.randint(5, 25)
    l3 = l1 * pct / 100
    net = l1 + l2 + l3
    vat = net * {"gb": .20, "de": .19, "fr": .20, "es": .21, "it": .22, "pt": .23, "nl": .21, "pl": .23}[loc]
    d.t(f"1  {V[12]} ").e(c1.city, "LOCATION").t(" → ").e(c2.city, "LOCATION").t(f", {r.randint(1, 33)} Pal., {r.randint(300, 24000)} kg ........ {fx(l1)}\n")
    d.t(f"2  {LV['toll'][loc]} ........ {fx(l2)}\n")
    d.t(f"3  {LV['fuel'][loc]} {pct} % ........ {fx(l3)}\n\n")
    d.t(f"{V[5]}: {fx(net)}   {V[6]}: {fx(vat)}   {V[7]}: {fx(net + vat)}\n{V[8]}: ").e(dstr(r, day + TD(days=ch(r, [14, 30, 60])), loc), "DATE_TIME").t("\n")
    d.t(f"{V[9]}: IBAN ").e(iban(r, cc), "IBAN_CODE").t(f" · BIC {ch(r, BIC_BY_CC[cc])}\n{V[10]} · {V[11]}: ").e(person(r, loc, style="fl")[0], "PERSON").t("\n")


@ml_t
def m_returns_form(r, d, loc):
    V = {
        "gb": ("RETURNS FORM", "Order no.", "Customer no.", "Name", "Address", "E-mail", "Phone", "Order date", "Item", "Reason", "Refund to", "Date, signature"),
        "de": ("RETOURENSCHEIN", "Bestellnummer", "Kundennummer", "Name", "Anschrift", "E-Mail", "Telefon", "Bestelldatum", "Artikel", "Rücksendegrund", "Erstattung auf", "Datum, Unterschrift"),
        "fr": ("BON DE RETOUR", "N° de commande", "N° client", "Nom", "Adresse", "E-mail", "Téléphone", "Date de commande", "Article", "Motif du retour", "Remboursement sur", "Date, signature"),
        "es": ("FORMULARIO DE DEVOLUCIÓN", "Nº de pedido", "Nº de cliente", "Nombre", "Dirección", "Correo", "Teléfono", "Fecha del pedido", "Artículo", "Motivo", "Reembolso a", "Fecha y firma"),
        "it": ("MODULO DI RESO", "N. ordine", "Cod. cliente", "Nome", "Indirizzo", "E-mail", "Telefono", "Data ordine", "Articolo", "Motivo del reso", "Rimborso su", "Data e firma"),
        "pt": ("FORMULÁRIO DE DEVOLUÇÃO", "N.º encomenda", "N.º cliente", "Nome", "Morada", "E-mail", "Telefone", "Data da encomenda", "Artigo", "Motivo", "Reembolso para", "Data e assinatura"),
        "nl": ("RETOURFORMULIER", "Ordernummer", "Klantnummer", "Naam", "Adres", "E-mail", "Telefoon", "Besteldatum", "Artikel", "Reden", "Terugbetaling op", "Datum, handtekening"),
        "pl": ("FORMULARZ ZWROTU", "Nr zamówienia", "Nr klienta", "Imię i nazwisko", "Adres", "E-mail", "Telefon", "Data zamówienia", "Produkt", "Powód zwrotu", "Zwrot na", "Data i podpis"),
    }[loc]
    f, l = nm(r, loc)
    a = addr(r, loc, .4)
    day = rdate(r)
    d.t(f"{ch(r, ['Zalando', 'IKEA', 'MediaMarkt', 'Decathlon', 'bol.com', 'Allegro', 'El Corte Inglés', 'Fnac'])} — {V[0]}\n\n")
    d.t(f"{V[1]}: {digs(r, 10)}\n{V[2]}: ").e(digs(r, r.randint(7, 10)), "ACCOUNT_NUMBER").t(f"\n{V[3]}: ").e(f"{f} {l}", "PERSON").t(f"\n{V[4]}: ").e(a.one(), "ADDRESS").t(f"\n{V[5]}: ").e(email_of(r, f, l, ch(r, FREE_MAIL[loc])), "EMAIL_ADDRESS").t(f"\n{V[6]}: ").e(phone(r, loc), "PHONE_NUMBER").t(f"\n{V[7]}: ").e(dstr(r, day, loc), "DATE_TIME").t("\n\n")
    for _ in range(r.randint(1, 3)):
        d.t(f"{V[8]}: {digs(r, 8)}  {ch(r, LV['items'][loc])}  x{r.randint(1, 2)}  {V[9]}: {ch(r, ['01', '02', '05', '07'])}\n")
    k = r.random()
    if k < 0.55:
        d.t(f"\n{V[10]}: IBAN ").e(iban(r, {"gb": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL"}[loc]), "IBAN_CODE").t("\n")
    elif k < 0.75:
        d.t(f"\n{V[10]}: ").e(card(r), "CREDIT_CARD").t("\n")
    else:
        d.t(f"\n{V[10]}: {masked_card(r)}\n")
    d.t(f"{V[11]}: ").e(dstr(r, day + TD(days=r.randint(2, 14)), loc), "DATE_TIME").t(", ").e(f"{f[0]}. {l}", "PERSON").t(f"\n{LV['label'][loc]}: {tracking(r, 'dhl')}\n")


@ml_t
def m_taxi_booking(r, d, loc):
    V = {
        "gb": ("Booking confirmation", "Thanks for booking with", "Pick-up", "Drop-off", "Your driver", "Vehicle", "Fare", "Paid with", "Booking ref.", "Need help? Call"),
        "de": ("Buchungsbestätigung", "Danke für Ihre Buchung bei", "Abholung", "Ziel", "Ihr Fahrer", "Fahrzeug", "Fahrpreis", "Bezahlt mit", "Buchungsnr.", "Hilfe? Rufen Sie an:"),
        "fr": ("Confirmation de réservation", "Merci d'avoir réservé avec", "Prise en charge", "Destination", "Votre chauffeur", "Véhicule", "Tarif", "Payé avec", "Réf. réservation", "Besoin d'aide ? Appelez le"),
        "es": ("Confirmación de reserva", "Gracias por reservar con", "Recogida", "Destino", "Tu conductor", "Vehículo", "Tarifa", "Pagado con", "Ref. reserva", "¿Ayuda? Llama al"),
        "it": ("Conferma di prenotazione", "Grazie per aver prenotato con", "Partenza", "Destinazione", "Il tuo autista", "Veicolo", "Tariffa", "Pagato con", "Rif. prenotazione", "Assistenza:"),
        "pt": ("Confirmação de reserva", "Obrigado por reservar com a", "Recolha", "Destino", "O seu motorista", "Viatura", "Tarifa", "Pago com", "Ref.ª reserva", "Ajuda? Ligue"),
        "nl": ("Boekingsbevestiging", "Bedankt voor je boeking bij", "Ophalen", "Bestemming", "Je chauffeur", "Voertuig", "Ritprijs", "Betaald met", "Boekingsnr.", "Hulp nodig? Bel"),
        "pl": ("Potwierdzenie rezerwacji", "Dziękujemy za rezerwację w", "Odbiór", "Cel", "Twój kierowca", "Pojazd", "Cena", "Zapłacono", "Nr rezerwacji", "Pomoc:"),
    }[loc]
    app = ch(r, ["FREENOW", "Bolt", "Cabify", "itTaxi", "Taxi.eu", "Uber"])
    f, l = nm(r, loc)
    day = rdate(r)
    h, m = rtime(r, 0, 23, 5)
    a1 = addr(r, loc, .2)
    a2 = addr_near(r, a1, 0)
    d.t(f"{app} — {V[0]}\n\n{V[1]} {app}, ").e(f, "PERSON").t("!\n\n")
    d.t(f"{V[2]}: ").e(dtstr(r, day, h, m, loc), "DATE_TIME").t("\n  ").e(a1.one(), "ADDRESS").t("\n")
    if p(r, .4):
        ap = ch(r, [("FRA", "de"), ("CDG", "fr"), ("MAD", "es"), ("FCO", "it"), ("LIS", "pt"), ("AMS", "nl"), ("WAW", "pl"), ("LHR", "gb")])
        d.t(f"{V[3]}: Terminal {r.randint(1, 3)} ({ap[0]})\n")
    else:
        d.t(f"{V[3]}:\n  ").e(a2.one(), "ADDRESS").t("\n")
    d.t(f"{V[4]}: ").e(ch(r, FIRST[loc]), "PERSON").t(f" ★{r.uniform(4.5, 5):.1f}\n{V[5]}: {ch(r, ['Toyota Prius+', 'Mercedes-Benz E-Klasse', 'Škoda Octavia', 'Tesla Model 3', 'Kia Niro'])} · {plate(r, loc)}\n")
    d.t(f"{V[6]}: {amt(r, 9, 80, loc)} · {r.uniform(2, 35):.1f} km · {r.randint(8, 60)} min\n{V[7]}: {ch(r, ['Visa', 'Mastercard']) + ' ' + masked_card(r) if p(r, .7) else ch(r, ['PayPal', 'Apple Pay', 'Google Pay'])}\n")
    d.t(f"{V[8]}: {rs(r, 3, UP)}-{digs(r, 6)}\n{V[9]} ").e(phone(r, loc, kind="land"), "PHONE_NUMBER").t("\n")


@ml_t
def m_driver_timesheet(r, d, loc):
    V = {
        "gb": ("DRIVER DAILY ACTIVITY SHEET", "Driver", "Licence no.", "Date", "Vehicle", "Start of shift", "Driving", "Break", "Loading", "Unloading", "End of shift", "Total driving time", "Signature"),
        "de": ("TÄTIGKEITSNACHWEIS / FAHRERPROTOKOLL", "Fahrer", "Führerschein-Nr.", "Datum", "Fahrzeug", "Arbeitsbeginn", "Lenkzeit", "Pause", "Beladung", "Entladung", "Arbeitsende", "Lenkzeit gesamt", "Unterschrift"),
        "fr": ("RELEVÉ D'ACTIVITÉ CONDUCTEUR", "Conducteur", "N° de permis", "Date", "Véhicule", "Prise de service", "Conduite", "Pause", "Chargement", "Déchargement", "Fin de service", "Temps de conduite total", "Signature"),
        "es": ("REGISTRO DIARIO DE ACTIVIDAD", "Conductor", "Nº permiso", "Fecha", "Vehículo", "Inicio de jornada", "Conducción", "Pausa", "Carga", "Descarga", "Fin de jornada", "Tiempo total de conducción", "Firma"),
        "it": ("FOGLIO ATTIVITÀ AUTISTA", "Autista", "N. patente", "Data", "Veicolo", "Inizio servizio", "Guida", "Pausa", "Carico", "Scarico", "Fine servizio", "Tempo di guida totale", "Firma"),
        "pt": ("REGISTO DIÁRIO DE ATIVIDADE", "Motorista", "N.º carta", "Data", "Viatura", "Início de serviço", "Condução", "Pausa", "Carga", "Descarga", "Fim de serviço", "Tempo total de condução", "Assinatura"),
        "nl": ("DAGSTAAT CHAUFFEUR", "Chauffeur", "Rijbewijsnr.", "Datum", "Voertuig", "Begin dienst", "Rijden", "Pauze", "Laden", "Lossen", "Einde dienst", "Totale rijtijd", "Handtekening"),
        "pl": ("KARTA DROGOWA / EWIDENCJA CZASU PRACY", "Kierowca", "Nr prawa jazdy", "Data", "Pojazd", "Rozpoczęcie pracy", "Jazda", "Przerwa", "Załadunek", "Rozładunek", "Zakończenie pracy", "Łączny czas jazdy", "Podpis"),
    }[loc]
    f, l = nm(r, loc)
    day = rdate(r)
    d.t(f"{V[0]}\n{V[1]}: ").e(fmt_name(r, f, l, ch(r, ["lf", "fl", "LF"])), "PERSON").t(f"   {V[2]}: ").e(dl_eu(r, loc, f, l), "DRIVER_LICENSE").t(f"   Fahrerkarte/Card: {rs(r, 1, UP)}{digs(r, 13)}\n" if loc == "de" else f"   Card: {rs(r, 2, UP)}{digs(r, 12)}\n")
    d.t(f"{V[3]}: ").e(dstr(r, day, loc), "DATE_TIME").t(f"   {V[4]}: {plate(r, loc)} ({ch(r, ['MAN TGX', 'Scania R450', 'Volvo FH', 'DAF XF', 'Iveco S-Way', 'Mercedes-Benz Actros'])})\n\n")
    h, m = r.randint(4, 7), ch(r, [0, 15, 30, 45])
    acts = [V[5], V[6], V[8], V[6], V[7], V[6], V[9], V[10]]
    home, load = addr(r, loc, 0), addr(r, loc, 0)
    unload = addr(r, ch(r, [loc, loc, ch(r, ML_LOCS)]), 0)
    where = {V[5]: home, V[8]: load, V[9]: unload, V[10]: unload}
    km = r.randint(100000, 900000)
    for act in acts:
        c = where.get(act, home)
        d.t(f"{h:02d}:{m:02d}  {act:<22}")
        if act in (V[5], V[8], V[9], V[10]):
            d.e(c.city, "LOCATION")
        km += r.randint(0, 160) if act in (V[6],) else 0
        d.t(f"   km {km}\n")
        m += r.randint(20, 170)
        h, m = h + m // 60, m % 60
        if h > 23:
            h = 23
    d.t(f"\n{V[11]}: {r.randint(6, 9)}:{r.randint(0, 59):02d} h   {V[7]}: {ch(r, ['0:45', '1:00', '0:30+0:15'])} h\n{V[12]}: ").e(f"{f[0]}. {l}", "PERSON").t("\n")


# ---------------------------------------------------------------------------
# entity-free documents dense with hard negatives
# ---------------------------------------------------------------------------
FAC = ["ORD-HUB", "MEM-SORT", "LAX-GW", "EWR-DC2", "FRA-XS", "AMS-PX", "MAD-01", "WAW-KS", "LIS-CT", "MXP-HB",
       "CDG-RS", "DFW-X3", "ATL-N1", "SDF-WW", "CVG-AH"]


@neg_t("en")
def n_app_log(r, d, loc):
    day = rdate(r)
    svc = ch(r, ["label-printer", "rate-shop", "manifest-close", "yard-sync", "pod-ocr"])
    pid = r.randint(100, 65000)
    for ts in logts_seq(r, day, r.randint(8, 16)):
        d.t(f"{ts} {ch(r, ['INFO ', 'INFO ', 'DEBUG', 'WARN ', 'ERROR'])} {svc}[{pid}]: ")
        d.t(ch(r, [
            f"manifest {rs(r, 3, UP)}{digs(r, 7)} closed with {r.randint(1, 900)} pieces in {r.randint(12, 9000)}ms",
            f"label generated tracking={tracking(r)} zpl_bytes={r.randint(800, 4000)} printer=ZD{r.randint(400, 900)}",
            f"container {container(r)} gate-out recorded, chassis {rs(r, 4, UP)}{digs(r, 6)}, seal {digs(r, 7)}",
            f"job {ruuid(r)} retry={r.randint(1, 5)} backoff={r.randint(1, 60)}s",
            f"build {sha(r)} version {ver(r)} healthy",
            f"token refresh ok, expires_in=3600 (Bearer ****{rs(r, 4, LO + DIG)})",
            f"config AUTH_SECRET=${{AUTH_SECRET}} not expanded in dev profile",
            f"epoch={epoch(r)} drift={r.randint(-500, 500)}ms",
            f"vehicle VIN {vin(r)} plate {plate(r)} odometer {r.randint(1000, 900000)}",
            f"invoice INV-{digs(r, 7)} amount ${r.uniform(10, 9000):,.2f} posted",
            f"checksum md5={sha(r, 32)} size={r.randint(1, 9000)}KB",
            f"queue rate-shop depth={r.randint(0, 9000)} p95={r.randint(5, 900)}ms",
            f"PRO {digs(r, 9)} reweighed {r.randint(100, 9000)} lb -> class {ch(r, ['55', '70', '92.5', '125'])}",
        ]) + "\n")


@neg_t("en")
def n_inventory_csv(r, d, loc):
    d.t("sku,description,bin,on_hand,allocated,lot,hs_code,unit_cost,weight_lb,velocity\n")
    for _ in range(r.randint(6, 14)):
        sku, desc = ch(r, SKU_ITEMS)
        d.t(f"{sku},\"{desc}\",{ch(r, 'ABCDEFGH')}-{r.randint(1, 40):02d}-{r.randint(1, 9):02d},{r.randint(0, 900)},{r.randint(0, 200)},L{digs(r, 7)},{ch(r, HS_CODES)},{r.uniform(0.5, 400):.2f},{r.uniform(0.1, 80):.1f},{ch(r, 'ABC')}\n")
    d.t(f"# snapshot {ruuid(r)} rows={r.randint(100, 90000)} generated by wms {ver(r)}\n")


@neg_t("en", "gb", "de", "fr", "es", "it", "pt", "nl", "pl")
def n_scan_events(r, d, loc):
    ST = {
        "en": ["Arrived at facility", "Departed facility", "Out for delivery", "Processing at sort center", "Label created", "Delivery attempted - no access", "Held at customs"],
        "gb": ["Arrived at depot", "Left depot", "Out for delivery", "Sorted at hub", "Label created", "Delivery attempted"],
        "de": ["Im Paketzentrum bearbeitet", "Vom Paketzentrum abgegangen", "In Zustellung", "Zustellversuch – Empfänger nicht angetroffen", "Sendungsdaten übermittelt", "Zollabfertigung"],
        "fr": ["Arrivé sur le site", "Parti du site", "En cours de livraison", "Pris en charge", "Avisé – destinataire absent", "En dédouanement"],
        "es": ["Llegada a la plataforma", "Salida de la plataforma", "En reparto", "Admitido", "Intento de entrega – ausente", "En aduana"],
        "it": ["Arrivato al centro di smistamento", "Partito dal centro", "In consegna", "Presa in carico", "Tentativo di consegna – destinatario assente", "In dogana"],
        "pt": ["Chegada ao centro", "Saída do centro", "Em distribuição", "Aceite", "Tentativa de entrega – ausente", "Em desalfandegamento"],
        "nl": ["Aangekomen bij sorteercentrum", "Vertrokken uit sorteercentrum", "Onderweg naar bezorgadres", "Aangemeld", "Bezorgpoging – niet thuis", "Bij de douane"],
        "pl": ["Przyjęta w oddziale", "Wydana z oddziału", "Wydana do doręczenia", "Nadana", "Próba doręczenia – brak adresata", "Odprawa celna"],
    }[loc]
    tn = tracking(r) if loc in ("en", "gb") else f"{rs(r, 2, UP)}{digs(r, 9)}{rs(r, 2, UP)}"
    d.t(f"{tn}\n")
    day = rdate(r)
    for _ in range(r.randint(4, 9)):
        d.t(f"{logts(r, day, ch(r, ['isoz', 'space']))}  {ch(r, FAC):<9} {ch(r, ST)}  ({ch(r, ['scan', 'EDI 214', 'api', 'handheld'])} {rs(r, 2, UP)}{digs(r, 4)})\n")
        day = day + TD(days=r.randint(0, 1))
    d.t(f"{LV['weight'][loc]}: {r.uniform(0.2, 30):.2f} kg · {r.randint(10, 80)}x{r.randint(10, 60)}x{r.randint(5, 50)} cm · {LV['product'][loc]}: {ch(r, ['EXPRESS', 'ECONOMY', 'PREMIUM', 'STANDARD'])}\n")


@neg_t("en", "gb", "de", "fr", "es", "it", "pt", "nl", "pl")
def n_fleet_maintenance(r, d, loc):
    V = {
        "en": ("FLEET MAINTENANCE SUMMARY", "Unit", "Service", "Odometer", "Next due in", "Parts", "Downtime", "model year", "every", "next week", "miles"),
        "gb": ("FLEET MAINTENANCE SUMMARY", "Unit", "Service", "Odometer", "Next due in", "Parts", "Downtime", "model year", "every", "next week", "km"),
        "de": ("WARTUNGSÜBERSICHT FUHRPARK", "Fahrzeug", "Leistung", "Kilometerstand", "Nächste Wartung in", "Teile", "Standzeit", "Baujahr", "jeden", "nächste Woche", "km"),
        "fr": ("SYNTHÈSE MAINTENANCE FLOTTE", "Véhicule", "Intervention", "Kilométrage", "Prochaine révision dans", "Pièces", "Immobilisation", "année modèle", "chaque", "la semaine prochaine", "km"),
        "es": ("RESUMEN DE MANTENIMIENTO DE FLOTA", "Unidad", "Servicio", "Kilometraje", "Próxima revisión en", "Piezas", "Inmovilizado", "año modelo", "cada", "la próxima semana", "km"),
        "it": ("RIEPILOGO MANUTENZIONE FLOTTA", "Mezzo", "Intervento", "Chilometraggio", "Prossimo tagliando tra", "Ricambi", "Fermo macchina", "anno modello", "ogni", "la prossima settimana", "km"),
        "pt": ("RESUMO DE MANUTENÇÃO DA FROTA", "Viatura", "Serviço", "Quilometragem", "Próxima revisão em", "Peças", "Imobilização", "ano modelo", "todas as", "na próxima semana", "km"),
        "nl": ("ONDERHOUDSOVERZICHT WAGENPARK", "Voertuig", "Werkzaamheden", "Kilometerstand", "Volgende beurt over", "Onderdelen", "Stilstand", "bouwjaar", "elke", "volgende week", "km"),
        "pl": ("PODSUMOWANIE SERWISU FLOTY", "Pojazd", "Usługa", "Przebieg", "Następny przegląd za", "Części", "Przestój", "rocznik", "w każdy", "w przyszłym tygodniu", "km"),
    }[loc]
    wl = "en" if loc == "gb" else loc
    d.t(f"{V[0]} — {ch(r, ['Q1', 'Q2', 'Q3', 'Q4'])} {r.randint(2022, 2025)}\n\n")
    for _ in range(r.randint(3, 7)):
        d.t(f"{V[1]} {r.randint(100, 999)} · {ch(r, BRANDS_VEH)} ({V[7]} {r.randint(2015, 2024)}) · VIN {vin(r)} · {plate(r, loc if loc != 'en' else 'en')}\n")
        d.t(f"  {V[2]}: {ch(r, ['PM-A', 'PM-B', 'DOT annual', 'Brake reline', 'DPF clean', 'Tyres (Michelin X Multi)', 'Bosch injectors'])}  {V[3]}: {r.randint(10000, 900000):,} {V[10]}  {V[4]}: {r.randint(1000, 25000):,} {V[10]}\n")
        d.t(f"  {V[5]}: {rs(r, 3, UP)}-{digs(r, 5)}, {rs(r, 2, UP)}{digs(r, 6)}  {V[6]}: {r.randint(1, 72)} h  {amt(r, 80, 4000, loc if loc in ML_LOCS else 'gb').replace('£', '$') if loc == 'en' else amt(r, 80, 4000, loc)}\n")
    d.t(f"\n{V[8]} {WEEKDAYS[wl][r.randint(0, 6)]}: {LV['check'][loc]} · {V[9]} · {ch(r, PETS)} {LV['yarddog'][loc]}\n")


@neg_t("en")
def n_payment_recon(r, d, loc):
    d.t("SETTLEMENT RECONCILIATION — carrier payables batch\n")
    d.t(f"batch_id: {ruuid(r)}   processor: {ch(r, ['Comdata', 'WEX', 'Stripe Connect', 'Adyen'])}   version {ver(r)}\n\n")
    d.t("invoice       pro          amount      card/acct              routing     bic          status\n")
    for _ in range(r.randint(5, 10)):
        k = r.random()
        if k < 0.4:
            pay = masked_card(r)
        elif k < 0.7:
            pay = bad_card(r)
        else:
            pay = f"****{digs(r, 4)}"
        d.t(f"INV-{digs(r, 6)}    {digs(r, 9)}    ${r.uniform(50, 30000):>10,.2f}  {pay:<22} {aba(r)}   {ch(r, BICS):<12} {ch(r, ['MATCHED', 'SHORT_PAID', 'DUPLICATE', 'PENDING'])}\n")
    d.t(f"\nrejected tax ids (invalid by design): {bad_ssn(r)}, {bad_ssn(r)}\n")
    d.t(f"webhook secret: ${{STRIPE_WEBHOOK_SECRET}}   api key: ${{{{ secrets.CARRIER_API_KEY }}}}   escrow # ESC-{digs(r, 8)}\n")


@neg_t("en", "gb", "de", "fr", "es", "it", "pt", "nl", "pl")
def n_tariff_table(r, d, loc):
    V = {
        "en": ("Duty & freight rate sheet", "HS code", "Description", "Duty", "Rate/kg", "Incoterms", "valid for", "Lanes"),
        "gb": ("Duty & freight rate sheet", "HS code", "Description", "Duty", "Rate/kg", "Incoterms", "valid for", "Lanes"),
        "de": ("Zoll- und Frachtratenblatt", "Zolltarifnr.", "Warenbeschreibung", "Zollsatz", "Rate/kg", "Incoterms", "gültig für", "Relationen"),
        "fr": ("Grille tarifaire douane & fret", "Code SH", "Désignation", "Droits", "Tarif/kg", "Incoterms", "valable pour", "Liaisons"),
        "es": ("Tarifario aduana y flete", "Código HS", "Descripción", "Arancel", "Tarifa/kg", "Incoterms", "válido para", "Rutas"),
        "it": ("Listino dazi e noli", "Codice HS", "Descrizione", "Dazio", "Tariffa/kg", "Incoterms", "valido per", "Tratte"),
        "pt": ("Tabela de direitos e fretes", "Código SH", "Descrição", "Direitos", "Tarifa/kg", "Incoterms", "válido para", "Rotas"),
        "nl": ("Tarievenblad douane & vracht", "GN-code", "Omschrijving", "Invoerrecht", "Tarief/kg", "Incoterms", "geldig voor", "Trajecten"),
        "pl": ("Cennik ceł i frachtu", "Kod CN", "Opis", "Cło", "Stawka/kg", "Incoterms", "ważny na", "Relacje"),
    }[loc]
    d.t(f"{V[0]} — {V[6]} {r.randint(2023, 2026)} (rev. {ver(r)})\n\n{V[1]:<16}{V[2]:<34}{V[3]:<10}{V[4]}\n")
    goods = {"de": ["Möbel aus Holz", "LED-Lampen", "Schuhe", "Router", "Spielzeug", "Kfz-Teile", "Kaffee, geröstet"],
             "fr": ["Meubles en bois", "Lampes LED", "Chaussures", "Routeurs", "Jouets", "Pièces auto", "Café torréfié"],
             "es": ["Muebles de madera", "Lámparas LED", "Calzado", "Routers", "Juguetes", "Recambios", "Café tostado"],
             "it": ["Mobili in legno", "Lampade LED", "Calzature", "Router", "Giocattoli", "Ricambi auto", "Caffè torrefatto"],
             "pt": ["Móveis de madeira", "Lâmpadas LED", "Calçado", "Routers", "Brinquedos", "Peças auto", "Café torrado"],
             "nl": ["Houten meubels", "Ledlampen", "Schoenen", "Routers", "Speelgoed", "Auto-onderdelen", "Koffie, gebrand"],
             "pl": ["Meble drewniane", "Lampy LED", "Obuwie", "Routery", "Zabawki", "Części samochodowe", "Kawa palona"]}.get(
        loc, ["Furniture, wood", "LED lamps", "Footwear", "Routers", "Toys", "Auto parts", "Coffee, roasted", "Garments, knit"])
    for _ in range(r.randint(5, 10)):
        d.t(f"{ch(r, HS_CODES):<16}{ch(r, goods):<34}{ch(r, ['0%', '2.7%', '3.9%', '6.5%', '12%', '17%']):<10}{r.uniform(0.4, 6):.2f}\n")
    lanes = [f"{a}-{b}" for a, b in zip(r.sample(["CNSHA", "CNNGB", "KRPUS", "VNSGN", "DEHAM", "NLRTM", "BEANR", "ESVLC"], 4), r.sample(["USLGB", "USSAV", "USNYC", "GBFXT", "PLGDN", "ITGOA", "PTLIS", "DEBRV"], 4))]
    d.t(f"\n{V[7]}: {', '.join(lanes)} · {ch(r, ['ORD', 'FRA', 'AMS', 'CDG'])}-{ch(r, ['JFK', 'MAD', 'WAW', 'LIS'])}\n{V[5]}: FOB, CIF, DAP, DDP · UN1263 / UN3480 surcharge {amt(r, 20, 200, loc if loc in ML_LOCS else 'gb')}\n")


@neg_t("en")
def n_release_notes(r, d, loc):
    d.t(f"# Driver App {ver(r)} release notes\n\n")
    for _ in range(r.randint(4, 8)):
        d.t(ch(r, [
            f"- Fixed POD photo upload retry loop (OPS-{r.randint(100, 9999)}, {sha(r)[:7]})\n",
            f"- Route sync now runs every {r.randint(5, 30)} minutes instead of hourly\n",
            f"- Hours-of-service warning shown {r.randint(15, 60)} min before 11-hour limit\n",
            f"- Rollout: 10% on Monday, 50% on Wednesday, 100% by Friday\n",
            f"- Deprecated v1 endpoints; removal planned for next quarter\n",
            f"- Barcode scanner supports ISO 6346 check digits (e.g. {container(r)})\n",
            f"- Crash on Android {r.randint(11, 15)} when VIN contains I/O/Q fixed\n",
            f"- Offline queue capped at {r.randint(100, 5000)} events; ~{r.randint(2, 40)} MB\n",
            f"- Build {ruuid(r)} signed; SHA-256 {sha(r, 64)}\n",
            f"- Secrets now read from ${{POD_API_KEY}} / ${{{{ secrets.MAPS_KEY }}}} instead of hard-coded values\n",
        ]))
    d.t(f"\nKnown issues: sync may lag a few seconds after wake; yesterday's hotfix {ver(r)} is superseded.\n")


@neg_t("de", "fr", "es", "it", "pt", "nl", "pl", "gb")
def n_stock_ml(r, d, loc):
    V = {
        "gb": ("Stock report", "Warehouse", "Item", "Stock", "Reserved", "Lot", "Shelf life", "days", "Supplier", "recount on", "yesterday"),
        "de": ("Bestandsbericht", "Lager", "Artikel", "Bestand", "Reserviert", "Charge", "Resthaltbarkeit", "Tage", "Lieferant", "Inventur am", "gestern"),
        "fr": ("État des stocks", "Entrepôt", "Article", "Stock", "Réservé", "Lot", "DLUO restante", "jours", "Fournisseur", "inventaire le", "hier"),
        "es": ("Informe de existencias", "Almacén", "Artículo", "Stock", "Reservado", "Lote", "Vida útil restante", "días", "Proveedor", "recuento el", "ayer"),
        "it": ("Report giacenze", "Magazzino", "Articolo", "Giacenza", "Impegnato", "Lotto", "Vita residua", "giorni", "Fornitore", "inventario il", "ieri"),
        "pt": ("Relatório de stock", "Armazém", "Artigo", "Stock", "Reservado", "Lote", "Validade restante", "dias", "Fornecedor", "contagem na", "ontem"),
        "nl": ("Voorraadrapport", "Magazijn", "Artikel", "Voorraad", "Gereserveerd", "Partij", "Resterende houdbaarheid", "dagen", "Leverancier", "telling op", "gisteren"),
        "pl": ("Raport stanów magazynowych", "Magazyn", "Towar", "Stan", "Zarezerwowane", "Partia", "Pozostały termin", "dni", "Dostawca", "inwentaryzacja w", "wczoraj"),
    }[loc]
    d.t(f"{V[0]} — {V[1]} {ch(r, FAC)} — KW/wk {r.randint(1, 52)}/{r.randint(2023, 2025)}\n\n{V[2]:<44}{V[3]:>8}{V[4]:>12}  {V[5]:<10}{V[6]}\n")
    for _ in range(r.randint(5, 10)):
        sku, desc = ch(r, SKU_ITEMS)
        desc = ch(r, GOODS_ML.get(loc, GOODS_ML["gb"]) + [desc])
        d.t(f"{desc[:43]:<44}{r.randint(0, 9000):>8}{r.randint(0, 900):>12}  {rs(r, 2, UP)}{digs(r, 6):<10}{r.randint(3, 700)} {V[7]}\n")
    d.t(f"\n{V[8]}: {ch(r, FIRMS_ML[loc])} · EAN {digs(r, 13)} · {V[9]} {WEEKDAYS[loc if loc != 'gb' else 'en'][r.randint(0, 4)]} · {V[10]}: {r.randint(1, 90)} {LV['pallets'][loc]}\n")


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
LANG_W = {"de": 22, "fr": 20, "es": 20, "it": 12, "pt": 10, "nl": 9, "pl": 7}


def _make(seed, i):
    r = random.Random(f"blind41|{seed}|{i}")
    lang = "en"
    if r.random() < 0.25:
        lang = r.choices(list(LANG_W), weights=list(LANG_W.values()))[0]
    neg = r.random() < 0.12
    d = Doc()
    if neg:
        cands = [fn for fn, locs in NEG_T if lang in locs]
        fn = ch(r, cands)
        fn(r, d, lang)
    elif lang == "en":
        k = r.randrange(len(EN_T) + len(ML_T))
        if k < len(EN_T):
            fn = EN_T[k]
            fn(r, d)
        else:
            fn = ML_T[k - len(EN_T)]
            fn(r, d, "gb")
    else:
        fn = ch(r, ML_T)
        fn(r, d, lang)
    doc = {"id": f"blind41-s{seed}-{i:06d}", "text": d.text, "entities": list(d.ents)}
    if neg and doc["entities"]:
        raise AssertionError(f"negative template {fn.__name__} produced entities")
    return doc, fn.__name__, lang


def generate(n, seed=0):
    """Yield n labelled documents; document i depends only on (seed, i)."""
    for i in range(n):
        yield _make(seed, i)[0]


def kinds():
    return [f.__name__ for f in EN_T] + [f.__name__ for f in ML_T] + [f.__name__ for f, _ in NEG_T]


# ---------------------------------------------------------------------------
# validation / CLI
# ---------------------------------------------------------------------------
def check_doc(doc):
    text = doc["text"]
    errs = []
    prev_end = -1
    for e in sorted(doc["entities"], key=lambda x: (x["start"], x["end"])):
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in TYPESET:
            errs.append(f"bad type {ty}")
        if not (0 <= s < t <= len(text)):
            errs.append(f"span out of range {s}-{t}")
            continue
        v = text[s:t]
        if v != v.strip():
            errs.append(f"whitespace at span edge {v!r}")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = max(prev_end, t)
        if ty == "CREDIT_CARD" and not luhn_ok(v):
            errs.append(f"luhn fails {v}")
        if ty == "CREDIT_CARD" and not all(c.isdigit() or c in " -" for c in v):
            errs.append(f"card chars {v}")
        if ty == "IBAN_CODE" and not iban_ok(v):
            errs.append(f"iban fails {v}")
        if ty == "US_SSN" and not ssn_ok(v):
            errs.append(f"ssn invalid {v}")
        if ty == "PRIVATE_KEY" and not (v.startswith("-----BEGIN") and v.endswith("-----")):
            errs.append("pem bounds")
        if ty == "AWS_SECRET_KEY" and len(v) != 40:
            errs.append("aws secret len")
        if ty == "JWT" and v.count(".") != 2:
            errs.append("jwt shape")
        if ty == "URL" and not v.startswith(("http://", "https://")):
            errs.append(f"url scheme {v}")
        if ty in ("PERSON", "LOCATION", "DATE_TIME", "ADDRESS") and v[-1] in ".,;:" and not v.endswith((".", "Ste.")) :
            errs.append(f"trailing punctuation {v!r}")
    return errs


def _main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", type=str, default=None)
    a = ap.parse_args(argv)
    if a.check:
        n = 2000
        cnt, kind_c, lang_c = Counter(), Counter(), Counter()
        empty = 0
        bad = 0
        for i in range(n):
            doc, kind, lang = _make(a.seed, i)
            again = _make(a.seed, i)[0]
            assert again == doc, f"non-deterministic doc {i}"
            errs = check_doc(doc)
            if errs:
                bad += 1
                if bad <= 10:
                    print(f"[{doc['id']} {kind}] {errs[:3]}", file=sys.stderr)
            for e in doc["entities"]:
                cnt[e["type"]] += 1
            kind_c[kind] += 1
            lang_c[lang] += 1
            empty += not doc["entities"]
        print(f"docs: {n}   kinds (templates): {len(kinds())} (EN {len(EN_T)}, multilingual {len(ML_T)}, negative {len(NEG_T)})   kinds seen: {len(kind_c)}")
        print(f"non-English: {sum(v for k, v in lang_c.items() if k != 'en') / n:.1%}  " + " ".join(f"{k}={v}" for k, v in sorted(lang_c.items())))
        print(f"documents without entities: {empty / n:.1%}")
        print(f"entities: {sum(cnt.values())}")
        for t in TYPES:
            print(f"  {t:<22}{cnt[t]:>7}")
        if bad:
            print(f"FAILED: {bad} documents with errors")
            return 1
        print("OK")
        return 0
    if a.sample:
        for i, doc in enumerate(generate(a.sample, a.seed)):
            _, kind, lang = _make(a.seed, i)
            print("=" * 100)
            print(f"{doc['id']}  kind={kind}  lang={lang}")
            print("-" * 100)
            print(doc["text"])
            print("-" * 100)
            for e in doc["entities"]:
                print(f"  {e['type']:<22}{doc['text'][e['start']:e['end']]!r}")
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
    sys.exit(_main())
