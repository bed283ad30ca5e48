#!/usr/bin/env python3
r"""Blind corpus 61 -- manufacturing and industrial operations.

Seeded, labelled, fully synthetic documents from plant floors and industrial
operations: MES / SCADA / badge logs, CMMS maintenance work orders, supplier
audits, quality non-conformance and 8D reports, HSE incident and accident
reports, shift handovers, OT/SCADA configuration files (YAML, XML, .env,
Kubernetes, Terraform, compose), procurement mail and vendor bank changes,
EDI / HL7 / FHIR records from plant clinics and occupational health checks.
About a quarter of the documents are written in German, French, Spanish,
Italian, Portuguese, Dutch, Polish, Swedish, Danish, Norwegian, Finnish,
Czech or Turkish; about an eighth carry no entity at all, only hard
negatives. All names, numbers, keys and addresses are fake; checksummed
values (cards, IBANs, SSNs) are well formed unless used as hard negatives.

Usage: python3 corpus_blind61.py [--check] [--sample K] [--n N --seed S --output F.jsonl]

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
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from types import SimpleNamespace as NS

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
)

PER, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER",
                                  "US_SSN", "CREDIT_CARD", "IBAN_CODE",
                                  "IP_ADDRESS")
DOB, DT, LC, ADR, URL = ("DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS",
                         "URL")
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
                     "ACCOUNT_NUMBER", "DRIVER_LICENSE")
AKI, AKS, GH, SLK, STK, JWT, PK, PW, GS = (
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
    "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET")


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
class B:
    """Append text pieces; tuples (value, TYPE) become labelled spans."""

    def __init__(self, lang="en"):
        self.lang = lang
        self._parts = []
        self._n = 0
        self.ents = []

    def _add(self, s):
        self._parts.append(s)
        self._n += len(s)

    def t(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                s, typ = p
                if typ is None:
                    self._add(s)
                    continue
                if typ not in TYPES:
                    raise ValueError(f"unknown type {typ}")
                if not s or s != s.strip():
                    raise ValueError(f"bad span {s!r} ({typ})")
                st = self._n
                self._add(s)
                self.ents.append({"start": st, "end": self._n, "type": typ})
            else:
                self._add(str(p))
        return self

    def text(self):
        return "".join(self._parts)


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def fill(r, pat):
    """'#' -> digit, '%' -> non-zero digit, '@' -> upper-case letter."""
    out = []
    for c in pat:
        if c == "#":
            out.append(r.choice(string.digits))
        elif c == "%":
            out.append(r.choice("123456789"))
        elif c == "@":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                       "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "œ": "oe",
                       "'": "", "’": "", " ": ""})


def fold(s):
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s
                   if not unicodedata.combining(c) and c.isascii()).lower()


def chance(r, p):
    return r.random() < p


# --------------------------------------------------------------------------
# locales
# --------------------------------------------------------------------------
EN_FIRST = ["James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David",
            "Jennifer", "Kevin", "Aisha", "Carlos", "Mei", "Tyrone", "Priya",
            "Dmitri", "Sean", "Hannah", "Marcus", "Keisha", "Brandon",
            "Olivia", "Ethan", "Grace", "Luis", "Tamika", "Cody", "Rosa",
            "Darnell", "Brianna", "Wesley"]
EN_LAST = ["Smith", "Johnson", "Okafor", "Alvarez", "Patel", "Nguyen",
           "O'Brien", "Hughes", "Whitaker", "Delgado", "Brennan",
           "Fitzgerald", "Kim", "Washington", "McAllister", "Hollis",
           "Sandoval", "Chen", "Ramirez", "Abernathy", "Kowalczyk", "Lindqvist",
           "Dawson", "Pruitt", "Baptiste", "Yoder", "Harlan", "Mbeki"]

LOCALES = {
    "us": dict(lang="en", country="United States", local="USA",
               first=EN_FIRST, last=EN_LAST,
               cities=[("Detroit", "MI", "48201"), ("Toledo", "OH", "43604"),
                       ("Peoria", "IL", "61602"), ("Greenville", "SC", "29601"),
                       ("Fort Wayne", "IN", "46802"), ("Wichita", "KS", "67202"),
                       ("Rockford", "IL", "61101"), ("Dayton", "OH", "45402"),
                       ("Spartanburg", "SC", "29301"), ("Huntsville", "AL", "35801"),
                       ("Chattanooga", "TN", "37402"), ("Louisville", "KY", "40202"),
                       ("Milwaukee", "WI", "53202"), ("Allentown", "PA", "18101"),
                       ("Erie", "PA", "16501"), ("Tulsa", "OK", "74103")],
               streets=["{N} Industrial Pkwy", "{N} Commerce Dr",
                        "{N} Foundry Rd", "{N} Manufacturers Ave, Suite {u}",
                        "{N} W Harbor St", "{N} Enterprise Blvd, Bldg {b}",
                        "{N} Mill Creek Rd", "{N} Tech Park Dr, Unit {u}",
                        "P.O. Box {N}"]),
    "uk": dict(lang="en", country="United Kingdom", local="UK",
               first=["Oliver", "Amelia", "Harry", "Isla", "George", "Emily",
                      "Jack", "Sophie", "Thomas", "Charlotte", "Gareth",
                      "Siobhan", "Rhys", "Imogen", "Callum", "Nadia"],
               last=["Taylor", "Davies", "Evans", "Wilson", "Roberts", "Walker",
                     "Wright", "Thompson", "Hughes", "Edwards", "Green",
                     "Ashworth", "Pemberton", "Okonkwo", "Sharma", "Fairbairn"],
               cities=[("Sheffield", "South Yorkshire", "S9 1XU"),
                       ("Derby", "Derbyshire", "DE24 8BJ"),
                       ("Sunderland", "Tyne and Wear", "SR5 3NS"),
                       ("Coventry", "West Midlands", "CV3 4FX"),
                       ("Swindon", "Wiltshire", "SN3 4DL"),
                       ("Rotherham", "South Yorkshire", "S60 5TZ"),
                       ("Telford", "Shropshire", "TF3 3BJ")],
               streets=["Unit {b}, Tinsley Industrial Estate", "{n} Foundry Lane",
                        "{n} Parkway Road", "Unit {b} Meadowhall Business Park",
                        "{n} Wharf Street", "{n} Brunel Way"]),
    "ca": dict(lang="en", country="Canada", local="Canada",
               first=["Étienne", "Chloé", "Liam", "Emma", "Noah", "Olivia",
                      "Mathieu", "Avery", "Jasmine", "Connor"],
               last=["Tremblay", "Gagnon", "Roy", "MacDonald", "Campbell",
                     "Wilson", "Bouchard", "Singh", "Leblanc", "Fraser"],
               cities=[("Windsor", "ON", "N8W 1B3"), ("Hamilton", "ON", "L8L 4N6"),
                       ("Oshawa", "ON", "L1H 8P7"), ("Cambridge", "ON", "N3H 4R7"),
                       ("Trois-Rivières", "QC", "G9A 5H7")],
               streets=["{N} Industrial Rd", "{N} Champlain Ave",
                        "{N} Sheldon Dr, Unit {u}", "{N} Rue Notre-Dame"]),
    "au": dict(lang="en", country="Australia", local="Australia",
               first=["Jack", "Chloe", "Lachlan", "Mia", "Cooper", "Zoe",
                      "Harrison", "Matilda"],
               last=["Smith", "Jones", "Williams", "Brown", "Nguyen", "Kelly",
                     "Papadopoulos", "McKenzie"],
               cities=[("Geelong", "VIC", "3220"), ("Wollongong", "NSW", "2500"),
                       ("Whyalla", "SA", "5600"), ("Newcastle", "NSW", "2300")],
               streets=["{n} Princes Hwy", "{n} Foundry Rd",
                        "{n} Industrial Dr", "Unit {u}, {n} Kembla St"]),
    "in": dict(lang="en", country="India", local="India",
               first=["Rajesh", "Priya", "Suresh", "Anjali", "Vikram", "Deepa",
                      "Arjun", "Kavita", "Sanjay", "Meera"],
               last=["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Kulkarni",
                     "Deshpande", "Gupta", "Menon", "Joshi"],
               cities=[("Pune", "Maharashtra", "411026"),
                       ("Chennai", "Tamil Nadu", "600058"),
                       ("Bengaluru", "Karnataka", "560058"),
                       ("Jamshedpur", "Jharkhand", "831001")],
               streets=["Plot No. {n}, MIDC Bhosari", "Plot {n}, SIPCOT Industrial Park",
                        "{n}, Peenya Industrial Area Phase 2", "Gat No. {n}, Chakan MIDC"]),
    "ie": dict(lang="en", country="Ireland", local="Ireland",
               first=["Seán", "Aoife", "Ciarán", "Niamh", "Declan", "Siobhán",
                      "Eoin", "Gráinne"],
               last=["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Connor",
                     "McCarthy", "Byrne", "Doyle"],
               cities=[("Cork", "Co. Cork", "T12 X8N2"),
                       ("Limerick", "Co. Limerick", "V94 K2TF"),
                       ("Galway", "Co. Galway", "H91 E2K3")],
               streets=["Unit {b}, Ballycurreen Industrial Estate",
                        "{n} Dock Road", "{n} Raheen Business Park"]),
    "mx": dict(lang="en", country="Mexico", local="México",
               first=["Jorge", "Guadalupe", "Alejandro", "Mariana", "Rodrigo",
                      "Ximena", "Héctor", "Daniela"],
               last=["Hernández", "Garza", "Treviño", "Villarreal", "Cantú",
                     "Salinas", "Ochoa", "Rangel"],
               cities=[("Monterrey", "N.L.", "64000"), ("Saltillo", "Coah.", "25000"),
                       ("Querétaro", "Qro.", "76000")],
               streets=["Av. Industrial {N}, Parque Industrial Escobedo",
                        "Blvd. Manufactura {N}, Col. Centro",
                        "Carretera a Laredo km {u}, Nave {b}"]),
    "de": dict(lang="de", country="Germany", local="Deutschland",
               first=["Jürgen", "Sabine", "Klaus", "Anja", "Matthias", "Katrin",
                      "Stefan", "Heike", "Torsten", "Birgit", "Lukas", "Leonie",
                      "Dieter", "Ute", "Fatih", "Svetlana"],
               last=["Müller", "Schmidt", "Schneider", "Fischer", "Weber",
                     "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch",
                     "Bauer", "Richter", "Klein", "Wolf", "Neumann",
                     "Zimmermann", "Krüger", "Yıldız", "Nowak"],
               cities=[("Stuttgart", "Baden-Württemberg", "70173"),
                       ("München", "Bayern", "80331"),
                       ("Wolfsburg", "Niedersachsen", "38440"),
                       ("Ingolstadt", "Bayern", "85049"),
                       ("Chemnitz", "Sachsen", "09111"),
                       ("Duisburg", "Nordrhein-Westfalen", "47051"),
                       ("Ludwigshafen", "Rheinland-Pfalz", "67059"),
                       ("Augsburg", "Bayern", "86150"),
                       ("Bielefeld", "Nordrhein-Westfalen", "33602"),
                       ("Regensburg", "Bayern", "93047")],
               streets=["Industriestraße {n}", "Werkstraße {n}",
                        "Robert-Bosch-Straße {n}", "Am Hafen {n}",
                        "Daimlerstraße {n}a", "Gewerbering {n}",
                        "Hüttenweg {n}"]),
    "fr": dict(lang="fr", country="France", local="France",
               first=["Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Camille",
                      "Julien", "Isabelle", "Thierry", "Nathalie", "Mathieu",
                      "Élodie", "Karim", "Amandine"],
               last=["Martin", "Bernard", "Dubois", "Thomas", "Robert",
                     "Richard", "Petit", "Durand", "Leroy", "Moreau",
                     "Lefèvre", "Girard", "Fontaine", "Rousseau", "Benali"],
               cities=[("Lyon", "Auvergne-Rhône-Alpes", "69007"),
                       ("Toulouse", "Occitanie", "31000"),
                       ("Lille", "Hauts-de-France", "59000"),
                       ("Grenoble", "Isère", "38000"),
                       ("Saint-Étienne", "Loire", "42000"),
                       ("Le Havre", "Normandie", "76600"),
                       ("Valenciennes", "Nord", "59300"),
                       ("Clermont-Ferrand", "Puy-de-Dôme", "63000")],
               streets=["{n} rue de l'Industrie", "{n} avenue Jean Jaurès",
                        "{n} allée des Forges", "ZI des Bruyères, {n} rue Ampère",
                        "{n} boulevard de la Métallurgie", "BP {N}"]),
    "es": dict(lang="es", country="Spain", local="España",
               first=["Javier", "Lucía", "Carmen", "Alejandro", "Marta",
                      "Sergio", "Pilar", "Raúl", "Nuria", "Iñaki", "Rocío"],
               last=["García", "Fernández", "López", "Martínez", "Sánchez",
                     "Gómez", "Ruiz", "Hernández", "Díaz", "Moreno",
                     "Etxeberria", "Navarro"],
               cities=[("Zaragoza", "Aragón", "50014"),
                       ("Valladolid", "Castilla y León", "47008"),
                       ("Bilbao", "Bizkaia", "48013"),
                       ("Vigo", "Pontevedra", "36201"),
                       ("Martorell", "Barcelona", "08760"),
                       ("Tarragona", "Tarragona", "43006")],
               streets=["Calle de la Fundición {n}",
                        "Polígono Industrial Malpica, Calle E, nave {u}",
                        "Avenida de la Industria {n}", "Calle Metalurgia {n}, 2.º B"]),
    "it": dict(lang="it", country="Italy", local="Italia",
               first=["Marco", "Giulia", "Alessandro", "Francesca", "Luca",
                      "Chiara", "Giorgio", "Elena", "Davide", "Paola",
                      "Salvatore", "Federica"],
               last=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
                     "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
                     "Gallo", "Conti", "De Luca"],
               cities=[("Torino", "TO", "10135"), ("Brescia", "BS", "25125"),
                       ("Bergamo", "BG", "24126"), ("Modena", "MO", "41121"),
                       ("Bologna", "BO", "40132"), ("Vicenza", "VI", "36100")],
               streets=["Via dell'Industria {n}", "Via Enrico Fermi {n}",
                        "Corso Giulio Cesare {n}", "Via dell'Artigianato {n}",
                        "Viale Europa {n}/{b}"]),
    "pt": dict(lang="pt", country="Portugal", local="Portugal",
               first=["João", "Ana", "Pedro", "Mariana", "Rui", "Inês", "Tiago",
                      "Beatriz", "Carlos", "Sofia", "Nuno"],
               last=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira",
                     "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes",
                     "Gonçalves"],
               cities=[("Porto", "Porto", "4100-123"), ("Aveiro", "Aveiro", "3800-001"),
                       ("Braga", "Braga", "4700-320"),
                       ("Setúbal", "Setúbal", "2910-500"),
                       ("Guimarães", "Braga", "4800-001")],
               streets=["Rua da Indústria, {n}", "Avenida da República, {n}",
                        "Zona Industrial de Ponte, Lote {u}", "Rua do Progresso, {n}, 2.º Esq."]),
    "br": dict(lang="pt", country="Brazil", local="Brasil",
               first=["João", "Ana", "Paulo", "Fernanda", "Thiago", "Juliana",
                      "Rafael", "Camila"],
               last=["Silva", "Souza", "Lima", "Almeida", "Carvalho",
                     "Ribeiro", "Barbosa", "Schmitt"],
               cities=[("Joinville", "SC", "89201-000"), ("Campinas", "SP", "13015-000"),
                       ("São Bernardo do Campo", "SP", "09750-000"),
                       ("Betim", "MG", "32600-000")],
               streets=["Rua Dona Francisca, {N}", "Av. Industrial, {N}",
                        "Rua dos Metalúrgicos, {n}, Galpão {b}"]),
    "nl": dict(lang="nl", country="Netherlands", local="Nederland",
               first=["Jan", "Sanne", "Pieter", "Femke", "Daan", "Lotte", "Bram",
                      "Eva", "Ruud", "Marloes", "Sem", "Anouk"],
               last=["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk",
                     "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                     "van der Meer"],
               cities=[("Eindhoven", "Noord-Brabant", "5651 GH"),
                       ("Rotterdam", "Zuid-Holland", "3089 KM"),
                       ("Venlo", "Limburg", "5928 LN"),
                       ("Helmond", "Noord-Brabant", "5705 CN"),
                       ("Delfzijl", "Groningen", "9936 HD")],
               streets=["Industrieweg {n}", "Fabrieksstraat {n}", "Havenstraat {n}",
                        "De Run {N}", "Postbus {N}"]),
    "pl": dict(lang="pl", country="Poland", local="Polska",
               first=["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz",
                      "Magdalena", "Paweł", "Agnieszka", "Marcin", "Joanna"],
               last=["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk",
                     "Kaczmarek", "Zając", "Król", "Wieczorek", "Jabłoński",
                     "Kowalski", "Lewandowski", "Wiśniewski", "Zieliński"],
               cities=[("Wrocław", "dolnośląskie", "50-502"),
                       ("Poznań", "wielkopolskie", "61-131"),
                       ("Katowice", "śląskie", "40-203"),
                       ("Gliwice", "śląskie", "44-100"),
                       ("Łódź", "łódzkie", "90-361"), ("Tychy", "śląskie", "43-100")],
               streets=["ul. Fabryczna {n}", "ul. Przemysłowa {n}",
                        "ul. Hutnicza {n}/{u}", "al. Jana Pawła II {n}"]),
    "se": dict(lang="sv", country="Sweden", local="Sverige",
               first=["Anders", "Karin", "Lars", "Eva", "Johan", "Maria", "Erik",
                      "Sofia", "Mikael", "Linnea", "Björn", "Åsa"],
               last=["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
                     "Larsson", "Olsson", "Persson", "Svensson", "Lindberg",
                     "Åberg"],
               cities=[("Göteborg", "Västra Götaland", "417 56"),
                       ("Västerås", "Västmanland", "721 30"),
                       ("Sandviken", "Gävleborg", "811 81"),
                       ("Södertälje", "Stockholm", "151 38"),
                       ("Luleå", "Norrbotten", "971 04")],
               streets=["Verkstadsgatan {n}", "Industrivägen {n}", "Hamngatan {n}",
                        "Smedjegatan {n}", "Box {N}"]),
    "dk": dict(lang="da", country="Denmark", local="Danmark",
               first=["Mads", "Mette", "Søren", "Louise", "Henrik", "Camilla",
                      "Jesper", "Pernille", "Rasmus", "Line"],
               last=["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen",
                     "Christensen", "Larsen", "Sørensen", "Rasmussen",
                     "Jørgensen"],
               cities=[("Aarhus", "Midtjylland", "8200"), ("Odense", "Syddanmark", "5000"),
                       ("Kolding", "Syddanmark", "6000"), ("Billund", "Syddanmark", "7190"),
                       ("Esbjerg", "Syddanmark", "6700"), ("Nordborg", "Syddanmark", "6430")],
               streets=["Industrivej {n}", "Fabriksvej {n}", "Havnegade {n}",
                        "Værkstedsvej {n}, 1. tv."]),
    "no": dict(lang="no", country="Norway", local="Norge",
               first=["Ole", "Ingrid", "Knut", "Kari", "Magnus", "Silje",
                      "Håkon", "Marte", "Eirik", "Ragnhild"],
               last=["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Berg",
                     "Haugen", "Hagen", "Bakken", "Solberg"],
               cities=[("Stavanger", "Rogaland", "4014"), ("Bergen", "Vestland", "5003"),
                       ("Trondheim", "Trøndelag", "7010"),
                       ("Raufoss", "Innlandet", "2830"),
                       ("Kongsberg", "Buskerud", "3611"),
                       ("Sunndalsøra", "Møre og Romsdal", "6600")],
               streets=["Fabrikkveien {n}", "Industriveien {n}",
                        "Verkstedveien {n}", "Havnegata {n}"]),
    "fi": dict(lang="fi", country="Finland", local="Suomi",
               first=["Mikko", "Anna", "Juha", "Laura", "Timo", "Sanna", "Jari",
                      "Hanna", "Petri", "Riikka"],
               last=["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä",
                     "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen"],
               cities=[("Tampere", "Pirkanmaa", "33100"), ("Oulu", "Pohjois-Pohjanmaa", "90100"),
                       ("Vaasa", "Pohjanmaa", "65100"), ("Kokkola", "Keski-Pohjanmaa", "67100"),
                       ("Lahti", "Päijät-Häme", "15100"), ("Imatra", "Etelä-Karjala", "55100")],
               streets=["Tehtaankatu {n}", "Teollisuustie {n}", "Konepajankatu {n}",
                        "Satamakatu {n} B {u}"]),
    "cz": dict(lang="cs", country="Czech Republic", local="Česko",
               first=["Jan", "Petra", "Tomáš", "Lucie", "Martin", "Kateřina",
                      "Jiří", "Hana", "Pavel", "Veronika"],
               last=["Novák", "Svoboda", "Novotný", "Dvořák", "Černý",
                     "Procházka", "Kučera", "Veselý", "Horák", "Němec"],
               cities=[("Mladá Boleslav", "Středočeský kraj", "293 01"),
                       ("Plzeň", "Plzeňský kraj", "301 00"),
                       ("Ostrava", "Moravskoslezský kraj", "702 00"),
                       ("Brno", "Jihomoravský kraj", "602 00"),
                       ("Kolín", "Středočeský kraj", "280 02"),
                       ("Zlín", "Zlínský kraj", "760 01")],
               streets=["Průmyslová {N}", "Tovární {N}/{u}", "Strojírenská {n}",
                        "Hlavní {n}"]),
    "tr": dict(lang="tr", country="Turkey", local="Türkiye",
               first=["Mehmet", "Ayşe", "Mustafa", "Fatma", "Ahmet", "Emine",
                      "Emre", "Zeynep", "Burak", "Elif"],
               last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız",
                     "Yıldırım", "Öztürk", "Aydın", "Özdemir"],
               cities=[("Bursa", "Nilüfer", "16140"), ("Kocaeli", "Gebze", "41400"),
                       ("Manisa", "Yunusemre", "45030"), ("Kayseri", "Melikgazi", "38070"),
                       ("Eskişehir", "Odunpazarı", "26110")],
               streets=["Organize Sanayi Bölgesi, {u}. Cadde No: {n}",
                        "Sanayi Mah. Demirci Sok. No: {n}", "Atatürk Cad. No: {n}/{u}"]),
}

AREAS = {"us": ["313", "419", "309", "864", "260", "316", "815", "937", "256",
                "423", "502", "414", "610", "814", "918"],
         "ca": ["519", "905", "289", "226", "819"]}

PHONE_PATS = {
    "us": ["({A}) 555-01##", "{A}-555-01##", "+1 {A} 555 01##", "{A}.555.01##",
           "+1 ({A}) 555-01##", "1-800-555-01##", "(888) 555-01##"],
    "ca": ["({A}) 555-01##", "{A}-555-01##", "+1 {A} 555 01##"],
    "uk": ["+44 114 496 0###", "0114 496 0###", "0161 496 0###",
           "+44 20 7946 0###", "07700 900###", "+44 7700 900###"],
    "au": ["+61 3 5550 ####", "(03) 5550 ####", "+61 4## ### ###", "04## ### ###"],
    "in": ["+91 98### #####", "+91 20 2### ####", "+91-44-2###-####", "098## #####"],
    "ie": ["+353 21 ### ####", "(021) ### ####", "+353 87 ### ####", "087 ### ####"],
    "mx": ["+52 81 #### ####", "+52 (844) ### ####", "81 #### ####"],
    "de": ["+49 711 %######", "0711 %######", "+49 (0)89 %###-###", "+49 151 %#######",
           "0151 %#######", "+49 5361 9-%####", "0841 89-%####"],
    "fr": ["+33 % ## ## ## ##", "0% ## ## ## ##", "+33 (0)% ## ## ## ##", "06 ## ## ## ##"],
    "es": ["+34 9%# ### ###", "9%# ## ## ##", "+34 6## ### ###", "6## ### ###"],
    "it": ["+39 030 %######", "030 %## ####", "+39 3%# ### ####", "011 %######"],
    "pt": ["+351 22 %## ####", "22 %## ####", "+351 91# ### ###", "+351 234 ### ###"],
    "br": ["+55 11 9####-####", "(47) 3###-####", "+55 (19) 9####-####"],
    "nl": ["+31 40 %## ####", "040-%## ####", "06-%#######", "+31 6 %#######",
           "+31 10 %## ####"],
    "pl": ["+48 32 %## ## ##", "+48 6## ### ###", "32 %## ## ##", "+48 71 %## ## ##"],
    "se": ["+46 31 %## ## ##", "031-%## ## ##", "070-### ## ##", "+46 70 ### ## ##"],
    "dk": ["+45 %# ## ## ##", "%# ## ## ##", "+45 75 ## ## ##"],
    "no": ["+47 %# ## ## ##", "9## ## ###", "+47 9## ## ###"],
    "fi": ["+358 3 %## ####", "040 %## ####", "+358 40 %## ####", "(03) %## ####",
           "+358 50 %## ####"],
    "cz": ["+420 %## ### ###", "%## ### ###", "+420 326 ### ###"],
    "tr": ["+90 224 %## ## ##", "0532 %## ## ##", "+90 (262) %## ## ##", "0 224 %## ## ##"],
}


def phone(r, cc):
    pat = r.choice(PHONE_PATS[cc])
    if "{A}" in pat:
        pat = pat.replace("{A}", r.choice(AREAS[cc]))
    return fill(r, pat)


COMPANIES = {
    "us": [("Ridgeline Fabrication LLC", "ridgelinefab.com"),
           ("Apex Castings Inc.", "apexcastings.com"),
           ("Midwest Gear & Drive Co.", "midwestgear.com"),
           ("Tri-State Polymers", "tristatepolymers.com"),
           ("Harrison & Cole Machining", "harrisoncole.com"),
           ("Great Lakes Stamping", "glstamping.com")],
    "uk": [("Sheffield Forgemasters Components Ltd", "sfc-components.co.uk"),
           ("Whitworth & Pryce Engineering", "whitworthpryce.co.uk"),
           ("Midland Precision Plastics Ltd", "mpp-ltd.co.uk")],
    "ca": [("Maple Leaf Tool & Die", "mapleleaftool.ca"),
           ("Northshore Extrusions Inc.", "northshore-ext.ca")],
    "au": [("Southern Cross Fabrications Pty Ltd", "scfab.com.au")],
    "in": [("Deccan Precision Forgings Pvt Ltd", "deccanforge.in"),
           ("Sahyadri Auto Components", "sahyadriauto.in")],
    "ie": [("Shannon Medical Moulding Ltd", "shannonmoulding.ie")],
    "mx": [("Aceros del Norte S.A. de C.V.", "acerosdelnorte.mx")],
    "de": [("Müller & Söhne GmbH", "mueller-soehne.de"),
           ("Hoffmann Zerspanungstechnik GmbH", "hoffmann-zt.de"),
           ("Rheinmetallguss AG", "rmguss.de"),
           ("Nordwerk Antriebstechnik GmbH", "nordwerk.de"),
           ("Schwabenstahl GmbH", "schwabenstahl.de")],
    "fr": [("Forges de Bourgogne SAS", "forges-bourgogne.fr"),
           ("Dubois Mécanique SARL", "dubois-meca.fr"),
           ("Plastiques du Rhône SA", "plastiques-rhone.fr")],
    "es": [("Fundiciones del Ebro S.L.", "fundicionesebro.es"),
           ("Talleres Etxeberria S.A.", "talleresetxeberria.es")],
    "it": [("Ferrari Stampaggi S.r.l.", "ferraristampaggi.it"),
           ("Meccanica Lombarda S.p.A.", "meccanicalombarda.it"),
           ("Officine Colombo S.r.l.", "officinecolombo.it")],
    "pt": [("Moldes Atlântico Lda.", "moldesatlantico.pt"),
           ("Metalúrgica do Minho S.A.", "metalminho.pt")],
    "br": [("Fundição Catarinense Ltda.", "fundicaocatarinense.com.br")],
    "nl": [("Van der Meer Precisietechniek B.V.", "vdmeer-precisie.nl"),
           ("Brabant Kunststoffen B.V.", "brabantkunststoffen.nl")],
    "pl": [("Huta Śląsk Komponenty Sp. z o.o.", "hutaslask.pl"),
           ("Zakłady Mechaniczne Wisła S.A.", "zmwisla.pl")],
    "se": [("Bergslagens Verkstad AB", "bergslagensverkstad.se"),
           ("Nilsson Gjuteri AB", "nilssongjuteri.se")],
    "dk": [("Jysk Hydraulik A/S", "jyskhydraulik.dk"),
           ("Hansen & Sønner ApS", "hansensonner.dk")],
    "no": [("Vestland Aluminium AS", "vestlandalu.no"),
           ("Fjord Subsea Verksted AS", "fjordsubsea.no")],
    "fi": [("Pohjolan Konepaja Oy", "pohjolankonepaja.fi"),
           ("Järvinen Valimo Oy", "jarvinenvalimo.fi")],
    "cz": [("Strojírny Vysočina a.s.", "strojirnyvysocina.cz"),
           ("Dvořák Plasty s.r.o.", "dvorakplasty.cz")],
    "tr": [("Anadolu Döküm Sanayi A.Ş.", "anadoludokum.com.tr"),
           ("Yılmaz Otomotiv Yan Sanayi", "yilmazotomotiv.com.tr")],
}

EN_CCS = ["us", "us", "us", "uk", "ca", "au", "in", "ie", "mx"]
ALL_CCS = list(LOCALES)


def company(r, cc):
    return r.choice(COMPANIES[cc])


FEMALE = set("""Maria Linda Patricia Jennifer Aisha Mei Priya Hannah Keisha Olivia Grace
Tamika Rosa Brianna Amelia Isla Emily Sophie Charlotte Siobhan Imogen Nadia Chloé Emma
Avery Jasmine Chloe Mia Zoe Matilda Anjali Deepa Kavita Meera Aoife Niamh Siobhán
Gráinne Guadalupe Mariana Ximena Daniela Sabine Anja Katrin Heike Birgit Leonie Ute
Svetlana Marie Camille Isabelle Nathalie Élodie Amandine Lucía Carmen Marta Pilar Nuria
Rocío Giulia Francesca Chiara Elena Paola Federica Ana Inês Beatriz Sofia Fernanda
Juliana Camila Sanne Femke Lotte Eva Marloes Anouk Anna Katarzyna Magdalena Agnieszka
Joanna Karin Linnea Åsa Mette Louise Camilla Pernille Line Ingrid Kari Silje Marte
Ragnhild Laura Sanna Hanna Riikka Petra Lucie Kateřina Hana Veronika Ayşe Fatma Emine
Zeynep Elif""".split())


def _fem_surname(cc, last):
    if cc == "cz":
        if last.endswith("ý"):
            return last[:-1] + "á"
        if last.endswith("a"):
            return last[:-1] + "ová"
        if last.endswith("ec"):
            return last[:-2] + "cová"
        return last + "ová"
    if cc == "pl" and last[-3:] in ("ski", "cki"):
        return last[:-1] + "a"
    return last


def person(r, cc, mid=0.12):
    L = LOCALES[cc]
    first = r.choice(L["first"])
    last = r.choice(L["last"])
    female = first in FEMALE
    if female:
        last = _fem_surname(cc, last)
    full = f"{first} {last}"
    if L["lang"] == "en" and chance(r, mid):
        full = f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    return NS(first=first, last=last, full=full, cc=cc, female=female)


def persons(r, cc, k, **kw):
    out, seen = [], set()
    while len(out) < k:
        p = person(r, cc, **kw)
        if p.full in seen or p.first in seen or p.last in seen:
            if len(seen) < 40 and r.random() < 0.9:
                continue
        seen.update((p.full, p.first, p.last))
        out.append(p)
    return out


TITLES = {"en": ("Mr.", "Ms."), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"),
          "es": ("Sr.", "Sra."), "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."),
          "nl": ("dhr.", "mevr."), "pl": ("Pan", "Pani")}


def title(p, lang="en"):
    return TITLES[lang][1 if p.female else 0]


def email(r, p, dom):
    f, l = fold(p.first), fold(p.last)
    pat = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l[0]}", f"{l}.{f}",
                    f"{f}_{l}", f"{f[0]}{l}"])
    return f"{pat}@{dom}"


def role_email(r, dom):
    return f"{r.choice(['quality', 'purchasing', 'ap', 'ehs', 'maintenance', 'sqe', 'logistics', 'it-ot', 'plant.office'])}@{dom}"


def uname(p):
    return (fold(p.first)[0] + fold(p.last))[:10]


def _addr_lines(cc, street, city, region, pc):
    if cc in ("us", "ca", "in"):
        return [street, f"{city}, {region} {pc}"]
    if cc == "uk":
        return [street, city, pc]
    if cc == "au":
        return [street, f"{city} {region} {pc}"]
    if cc == "ie":
        return [street, f"{city}, {region}", pc]
    if cc == "mx":
        return [street, f"{pc} {city}, {region}"]
    if cc == "it":
        return [street, f"{pc} {city} ({region})"]
    if cc == "br":
        return [street, f"{city} - {region}", pc]
    if cc == "tr":
        return [street, f"{pc} {region}/{city}"]
    return [street, f"{pc} {city}"]


def address(r, cc):
    L = LOCALES[cc]
    tpl = r.choice(L["streets"])
    street = tpl.format(n=r.randint(1, 180), N=r.randint(100, 9899),
                        u=r.randint(1, 40), b=r.randint(1, 12))
    city, region, pc = r.choice(L["cities"])
    lines = _addr_lines(cc, street, city, region, pc)
    return NS(street=street, city=city, region=region, pc=pc,
              country=L["country"], local=L["local"], cc=cc,
              one=", ".join(lines), block="\n".join(lines), lines=lines)


def city_of(r, cc):
    return r.choice(LOCALES[cc]["cities"])


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
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
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
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
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
}
MON_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WD_ABBR = "Mon Tue Wed Thu Fri Sat Sun".split()


def rdate(r, y0=2023, y1=2025):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def rdob(r):
    return rdate(r, 1958, 2004)


def rdt(r, y0=2023, y1=2025, h0=0, h1=23):
    d = rdate(r, y0, y1)
    return _dt.datetime(d.year, d.month, d.day, r.randint(h0, h1),
                        r.randint(0, 59), r.randint(0, 59), r.randint(0, 999) * 1000)


def fdate(r, d, lang="en", wd=0.0, style=None):
    y, m, dd = d.year, d.month, d.day
    M = MONTHS[lang][m - 1]
    if lang == "en":
        opts = [f"{m:02d}/{dd:02d}/{y}", f"{M} {dd}, {y}", f"{dd} {M} {y}",
                f"{y}-{m:02d}-{dd:02d}", f"{MON_ABBR[m - 1]} {dd}, {y}",
                f"{dd} {MON_ABBR[m - 1]} {y}"]
    elif lang == "de":
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}", f"{dd:02d}.{m:02d}.{y}"]
    elif lang == "fr":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {M} {y}"]
    elif lang == "es":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {M} de {y}"]
    elif lang == "it":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {M} {y}"]
    elif lang == "pt":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {M} de {y}"]
    elif lang == "nl":
        opts = [f"{dd:02d}-{m:02d}-{y}", f"{dd} {M} {y}"]
    elif lang == "pl":
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M} {y}", f"{dd:02d}.{m:02d}.{y} r."]
    elif lang == "sv":
        opts = [f"{y}-{m:02d}-{dd:02d}", f"{dd} {M} {y}"]
    elif lang == "da":
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}", f"{dd}/{m} {y}"]
    elif lang == "no":
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}"]
    elif lang == "fi":
        opts = [f"{dd}.{m}.{y}", f"{dd}. {M} {y}"]
    elif lang == "cs":
        opts = [f"{dd}. {m}. {y}", f"{dd}. {M} {y}", f"{dd:02d}.{m:02d}.{y}"]
    elif lang == "tr":
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M} {y}"]
    else:
        opts = [f"{y}-{m:02d}-{dd:02d}"]
    s = opts[style % len(opts)] if style is not None else r.choice(opts)
    if wd and chance(r, wd):
        w = WEEKDAYS[lang][d.weekday()]
        if lang == "tr":
            s = f"{s} {w}"
        elif lang in ("en", "de", "es", "pl", "pt"):
            s = f"{w}, {s}"
        else:
            s = f"{w} {s}"
    return s


def ftime(r, lang="en", h=None, m=None):
    h = r.randint(6, 19) if h is None else h
    m = r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50]) if m is None else m
    if lang == "en":
        if chance(r, 0.55):
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}"
    if lang == "fr":
        return r.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])
    if lang == "de":
        return r.choice([f"{h:02d}:{m:02d} Uhr", f"{h:02d}:{m:02d}", f"{h}.{m:02d} Uhr"])
    if lang in ("sv", "da", "no", "fi"):
        return r.choice([f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}"])
    return f"{h:02d}:{m:02d}"


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "],
        "es": [" a las ", ", "], "it": [" alle ", ", ore "], "pt": [" às "],
        "nl": [" om "], "pl": [", godz. ", " "], "sv": [" kl. "], "da": [" kl. "],
        "no": [" kl. "], "fi": [" klo "], "cs": [" v ", " "], "tr": [" saat ", " "]}


def fdt(r, d=None, lang="en", wd=0.1):
    d = d or rdate(r)
    return fdate(r, d, lang, wd=wd) + r.choice(JOIN[lang]) + ftime(r, lang)


def iso(dtv, z=None):
    s = dtv.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (z if z is not None else "Z")


def logts(r, dtv, style):
    if style == 0:
        return dtv.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dtv.microsecond // 1000:03d}Z"
    if style == 1:
        return dtv.strftime("%Y-%m-%d %H:%M:%S,") + f"{dtv.microsecond // 1000:03d}"
    if style == 2:
        return f"{MON_ABBR[dtv.month - 1]} {dtv.day:2d} " + dtv.strftime("%H:%M:%S")
    return dtv.strftime("[%d/%m/%Y %H:%M:%S]")


def rfc2822(dtv, tz="+0000"):
    return f"{WD_ABBR[dtv.weekday()]}, {dtv.day} {MON_ABBR[dtv.month - 1]} {dtv.year} " \
           + dtv.strftime("%H:%M:%S") + f" {tz}"


# --------------------------------------------------------------------------
# checksummed identifiers
# --------------------------------------------------------------------------
def luhn_ok(num):
    ds = [int(c) for c in num]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def card_number(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "amex", "disc"])
    if brand == "visa":
        pre, ln = "4", 16
    elif brand == "mc":
        pre, ln = r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))]), 16
    elif brand == "amex":
        pre, ln = r.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + fill(r, "#" * (ln - 1 - len(pre)))
    return body + luhn_digit(body)


def fmt_card(r, num):
    if len(num) == 15:
        sep = r.choice([" ", "-", ""])
        return sep.join([num[:4], num[4:10], num[10:]])
    sep = r.choice([" ", " ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def luhn_bad16(r):
    body = r.choice(["4", "5", "6"]) + fill(r, "#" * 14)
    good = luhn_digit(body)
    return body + str((int(good) + r.randint(1, 9)) % 10)


IBAN_FMT = {"DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n",
            "ES": "20n", "IT": "1a10n12c", "PT": "21n", "NL": "4a10n",
            "PL": "24n", "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n",
            "CZ": "20n", "TR": "5n1n16c", "GB": "4a14n", "IE": "4a14n",
            "BE": "12n"}
IBAN_BANK = {"NL": ["INGB", "RABO", "ABNA"], "GB": ["BARC", "NWBK", "LOYD"],
             "IE": ["BOFI", "AIBK"]}
CC2IBAN = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT",
           "nl": "NL", "pl": "PL", "se": "SE", "dk": "DK", "no": "NO",
           "fi": "FI", "cz": "CZ", "tr": "TR", "uk": "GB", "ie": "IE"}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, ctry):
    spec = IBAN_FMT[ctry]
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", spec):
        cnt = int(cnt)
        if kind == "n":
            bban += fill(r, "#" * cnt)
        elif kind == "a":
            if cnt == 4 and ctry in IBAN_BANK:
                bban += r.choice(IBAN_BANK[ctry])
            else:
                bban += rs(r, cnt, string.ascii_uppercase)
        else:
            bban += rs(r, cnt, "0123456789" * 3 + string.ascii_uppercase)
    chk = 98 - _iban_num(bban + ctry + "00") % 97
    return f"{ctry}{chk:02d}{bban}"


def fmt_iban(r, s, grouped=None):
    if grouped is None:
        grouped = chance(r, 0.6)
    if not grouped:
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BICS = {"DE": ["COBADEFFXXX", "DEUTDEDBSTG", "GENODEF1S02"], "FR": ["BNPAFRPP", "AGRIFRPP882"],
        "ES": ["CAIXESBBXXX", "BBVAESMM"], "IT": ["UNCRITMM", "BCITITMM"],
        "PT": ["BCOMPTPL", "CGDIPTPL"], "NL": ["INGBNL2A", "RABONL2U"],
        "PL": ["PKOPPLPW", "BREXPLPW"], "SE": ["NDEASESS", "ESSESESS"],
        "DK": ["DABADKKK", "NDEADKKK"], "NO": ["DNBANOKK"], "FI": ["NDEAFIHH", "OKOYFIHH"],
        "CZ": ["KOMBCZPP", "CEKOCZPP"], "TR": ["TCZBTR2A", "AKBKTRIS"],
        "GB": ["BARCGB22", "NWBKGB2L"], "IE": ["BOFIIE2D"], "US": ["CHASUS33", "BOFAUS3N"]}


def bic(r, ctry):
    return r.choice(BICS.get(ctry, BICS["DE"]))


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and n != 0


def ssn_bad(r):
    a = r.choice([0, 666, r.randint(900, 999)])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def aba(r):
    while True:
        d = [int(c) for c in fill(r, "%#######")]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (-s) % 10
        return "".join(map(str, d)) + str(c)


# --------------------------------------------------------------------------
# network / secrets
# --------------------------------------------------------------------------
def ip_priv(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randint(0, 99)}.{r.randint(0, 40)}.{r.randint(2, 250)}"
    if k == 1:
        return f"192.168.{r.randint(0, 50)}.{r.randint(2, 250)}"
    return f"172.{r.randint(16, 31)}.{r.randint(0, 40)}.{r.randint(2, 250)}"


def ip_pub(r):
    return r.choice(["203.0.113", "198.51.100", "192.0.2"]) + f".{r.randint(2, 254)}"


def ip6(r):
    pre = r.choice(["2001:db8", "fd12:3456", "fd00:a1b2"])
    tail = ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(r.randint(2, 4)))
    return f"{pre}:{r.randint(1, 0xff):x}::{tail}"


def ip_any(r):
    x = r.random()
    return ip_priv(r) if x < 0.7 else (ip_pub(r) if x < 0.9 else ip6(r))


def url(r, dom, sub=None, path=None):
    sub = sub or r.choice(["portal", "qms", "supplier", "mes", "cmms", "ehs",
                           "docs", "intranet", "wiki", "apps"])
    if path is None:
        segs = r.choice([["audits", f"AR-{r.randint(2023, 2025)}-{r.randint(10, 999)}"],
                         ["ncr", str(r.randint(1000, 99999))],
                         ["wo", "view"], ["forms", "incident"], ["login"],
                         ["d", rs(r, 10, string.ascii_lowercase + string.digits)],
                         ["api", "v2", "assets"], ["s", "training", "loto-refresher"]])
        path = "/".join(segs)
        if chance(r, 0.4):
            path += f"?id={r.randint(1000, 999999)}&lang={r.choice(['en', 'de', 'fr'])}"
    return f"https://{sub}.{dom}/{path}"


def aws_akid(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return rs(r, 40, ALNUM + "/+")


def gh_token(r):
    if chance(r, 0.15):
        return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_token(r):
    if chance(r, 0.7):
        return f"xoxb-{fill(r, '%##########')}-{fill(r, '%############')}-{rs(r, 24)}"
    return f"xoxp-{fill(r, '%##########')}-{fill(r, '%##########')}-{fill(r, '%###########')}-{rs(r, 32, HEX)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 48]))


def _b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, claims=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if claims is None:
        now = r.randint(1690000000, 1760000000)
        claims = {"sub": r.choice(["edge-gw-", "hmi-", "scanner-", "svc-mes-"]) + str(r.randint(1, 99)),
                  "iat": now, "exp": now + r.choice([900, 3600, 86400]),
                  "scope": r.choice(["telemetry:write", "mes:read mes:write", "qms:inspect"])}
    h = _b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = _b64u(json.dumps(claims, separators=(",", ":")).encode())
    return f"{h}.{p}.{rs(r, r.choice([43, 86]), ALNUM + '-_')}"


def pem_key(r):
    kind = r.choice(["RSA", "EC", "OPENSSH", "", "ENCRYPTED"])
    if kind == "OPENSSH":
        raw = b"openssh-key-v1\x00" + bytes(r.getrandbits(8) for _ in range(r.randint(180, 260)))
        width = 70
    else:
        n = {"RSA": r.randint(260, 420), "EC": 121, "": 48, "ENCRYPTED": r.randint(140, 220)}[kind]
        raw = bytes(r.getrandbits(8) for _ in range(n))
        width = 64
    b64 = base64.b64encode(raw).decode()
    lines = [b64[i:i + width] for i in range(0, len(b64), width)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


PW_WORDS = ["forge", "anvil", "turbine", "copper", "gantry", "spindle", "kiln",
            "lathe", "piston", "torque", "harbor", "falcon", "granite", "maple",
            "cobalt", "winter", "summer", "rivet", "ingot", "cooling"]


def password(r):
    k = r.randrange(4)
    if k == 0:
        return r.choice(PW_WORDS).capitalize() + r.choice("!#%*?") + str(r.randint(10, 9999))
    if k == 1:
        return rs(r, r.randint(12, 20), ALNUM + "!#%*-_.?")
    if k == 2:
        return "-".join(r.choice(PW_WORDS).capitalize() for _ in range(3)) + str(r.randint(1, 99))
    return r.choice(["Plant", "Line", "Shift", "Press", "Weld"]) + str(r.randint(1, 9)) \
        + r.choice("!#*") + r.choice(PW_WORDS) + str(r.randint(2019, 2026))


def passcode(r):
    return fill(r, r.choice(["######", "%#####", "########"]))


def generic_secret(r, kind=None):
    kind = kind if kind is not None else r.randrange(7)
    if kind == 0:
        return rs(r, 32, HEX)
    if kind == 1:
        return "whsec_" + rs(r, 32)
    if kind == 2:
        return rs(r, 40, ALNUM + "~._-")
    if kind == 3:
        return "glsa_" + rs(r, 32) + "_" + rs(r, 8, HEX)
    if kind == 4:
        return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")
    if kind == 5:
        return rs(r, 48, ALNUM + "-_")
    return rs(r, 40, HEX)


def b64s(s):
    return base64.b64encode(s.encode()).decode()


# --------------------------------------------------------------------------
# hard negatives and misc ids
# --------------------------------------------------------------------------
def po_no(r):
    return r.choice(["45", "PO-45", "PO "]) + fill(r, "########")


def wo_no(r):
    return fill(r, r.choice(["WO-2#-0####", "WO######", "AUF-####-###", "OT-2#/####"]))


def lot_no(r):
    return fill(r, r.choice(["LOT-2#@-0###", "B2#0###-0#", "CH-####-@#", "L2####"]))


def serial_no(r):
    return fill(r, r.choice(["SN-#@#@-####", "SN########", "S/N @@####-###"]))


def part_no(r):
    return fill(r, r.choice(["####-###-##", "PN-@####-##", "A###.###.###", "7#-####-@"]))


def ticket_no(r):
    return fill(r, r.choice(["INC00#####", "RITM00#####", "CHG00####", "SR-2#-#####",
                             "REQ00#####", "TCK-#####"]))


def ncr_no(r):
    return fill(r, r.choice(["NCR-202#-0###", "QN-2#-####", "8D-#####"]))


def claim_no(r):
    return fill(r, r.choice(["CLM-202#-######", "WC-##-#####-@", "CL########"]))


def tracking_no(r):
    return r.choice([
        "1Z" + rs(r, 6, UPPER_NUM) + fill(r, "##########"),
        fill(r, "JD01460000####### ##"),
        fill(r, "############"),
        r.choice(["MSKU", "HLXU", "TGHU"]) + fill(r, "#######"),
    ]).replace(" ", "")


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, n, HEX)


def version(r):
    return r.choice(["v", "", "V", "FW "]) + f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 30)}"


def masked(r):
    return r.choice(["****-****-****-" + fill(r, "####"), "XXX-XX-" + fill(r, "####"),
                     "•••• " + fill(r, "####"), "DE** **** **** **** **" + fill(r, "##"),
                     "********", "sk_live_****" + rs(r, 4), "acct ending " + fill(r, "####")])


def env_ref(r):
    return r.choice(["${DB_PASSWORD}", "${MQTT_PASS}", "${{ secrets.AWS_SECRET_ACCESS_KEY }}",
                     "${{ secrets.GITHUB_TOKEN }}", "${HISTORIAN_API_KEY}", "${SLACK_BOT_TOKEN}",
                     "${{ secrets.STRIPE_KEY }}", "$(OPCUA_CLIENT_SECRET)"])


BRANDS = ["Siemens", "Rockwell Automation", "Fanuc", "KUKA", "Bosch Rexroth",
          "Mitsubishi Electric", "Schneider Electric", "Festo", "SKF", "Trumpf",
          "Haas", "DMG Mori", "ABB", "Keyence", "Zeiss", "Mitutoyo", "Hilti",
          "Caterpillar", "John Deere", "Ford", "Porsche", "Kärcher", "Liebherr"]
DRUGS = ["ibuprofen", "paracetamol", "acetaminophen", "amoxicillin", "cetirizine",
         "silver sulfadiazine", "lidocaine", "naproxen", "hydrocortisone cream",
         "salbutamol", "diclofenac gel"]
ICDS = ["H83.3", "H90.3", "S61.2", "T20.2", "J68.0", "L24.5", "M54.5", "S60.0",
        "T15.1", "Z57.0", "J45.0", "M65.4"]
CPTS = ["92557", "94010", "99213", "92552", "73130", "12001"]
LOINCS = ["28615-3", "19868-9", "2160-0", "89009-5"]
IATAS = ["FRA", "DTW", "MUC", "LHR", "CDG", "ORD", "MEX", "BOM", "GOT", "CPH",
         "OSL", "HEL", "PRG", "IST", "WAW", "AMS", "MAD", "LIS", "TRN", "BLQ"]
CONTROLS = ["ISO 45001 cl. 8.1.2", "IATF 16949 cl. 8.5.1.1", "IEC 62443-3-3 SR 1.1",
            "NIST AC-2", "ISO 9001 cl. 10.2", "SOC2 CC6.1", "ISO 14001 cl. 6.1.3",
            "VDA 6.3 P6.4", "CIS 5.2"]
HS_CODES = ["8483.40", "7318.15.90", "8207.30", "3926.90.97", "8481.80.85",
            "7326.90", "8544.42"]


def npi(r):
    body = fill(r, "%########")
    return body + luhn_digit("80840" + body)


def amount(r, cur="$", lo=50, hi=250000):
    v = r.randint(lo, hi) + r.randint(0, 99) / 100
    if cur in ("$", "£"):
        return f"{cur}{v:,.2f}"
    if cur == "USD":
        return f"USD {v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} {cur}"


def plate(r, cc="us"):
    pats = {"us": ["%##@@@", "@@@-####", "#@@@###"], "uk": ["@@## @@@"],
            "de": ["S-@@ ####", "WOB-@ ###", "IN-@@ ###"], "fr": ["@@-###-@@"],
            "es": ["#### @@@"], "it": ["@@ ###@@"], "nl": ["@@-###-@"],
            "pl": ["SG #####", "WE ####@"], "se": ["@@@ ##@"], "dk": ["@@ ## ###"],
            "no": ["@@ #####"], "fi": ["@@@-###"], "cz": ["#@# ####"],
            "tr": ["16 @@ ###"], "pt": ["@@-##-@@"]}
    return fill(r, r.choice(pats.get(cc, pats["us"])))


def vin(r):
    return rs(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + rs(r, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def room(r):
    return fill(r, r.choice(["Room B-2##", "Bay #", "Hall %, Bay ##", "Room %.1#", "Meeting room 3.0#"]))


def epoch(r):
    return str(r.randint(1672531200, 1767225599))


def duration(r):
    return r.choice([f"{r.randint(2, 55)} min", f"{r.randint(1, 9)}h {r.randint(1, 59)}m",
                     f"PT{r.randint(1, 12)}H", f"{r.randint(1, 9)}.{r.randint(1, 9)} h",
                     f"{r.randint(10, 600)} s"])


def group_no(r):
    return fill(r, r.choice(["GRP-00####", "######-0##", "G#####"]))


def asset_tag(r):
    return fill(r, r.choice(["CNC-HMC-0#", "PRS-%##", "RB-##-%", "CMP-00#", "HP-6#0",
                             "EQ-######", "MOL-%#"]))


def mrn(r):
    return fill(r, r.choice(["########", "M#######", "OH-######", "E-%##-#####", "MR-%######"]))


def health_plan_id(r):
    return fill(r, r.choice(["@@@#########", "W#########", "MBR-####-####", "ZGP########",
                             "H########-##"]))


def acct_no(r):
    return fill(r, r.choice(["####-####-####", "%#########", "ACC-%#######", "####### ###",
                             "%#-####-####-#"]))


US_DL = {"MI": "@ ### ### ### ###", "OH": "@@######", "IL": "@###-####-####",
         "SC": "#########", "IN": "####-##-####", "KS": "K##-##-####", "AL": "#######",
         "TN": "#########", "KY": "@##-###-###", "WI": "@###-####-####-##",
         "PA": "## ### ###", "OK": "@#########"}


def dl_us(r, st=None):
    st = st if st in US_DL else r.choice(list(US_DL))
    return st, fill(r, US_DL[st])


def dl_uk(r, p):
    s = re.sub(r"[^A-Z]", "", fold(p.last).upper())[:5].ljust(5, "9")
    return s + fill(r, "%#####") + fold(p.first)[0].upper() + r.choice("ABCDEFGHJKLMNPRSTW") \
        + "9" + rs(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ")


PAD = {
    "en": "This document is for internal use only.",
    "de": "Dieses Dokument ist nur für den internen Gebrauch bestimmt.",
    "fr": "Ce document est réservé à un usage interne.",
    "es": "Este documento es solo para uso interno.",
    "it": "Questo documento è destinato esclusivamente all'uso interno.",
    "pt": "Este documento destina-se apenas a uso interno.",
    "nl": "Dit document is uitsluitend bestemd voor intern gebruik.",
    "pl": "Ten dokument jest przeznaczony wyłącznie do użytku wewnętrznego.",
    "sv": "Detta dokument är endast avsett för internt bruk.",
    "da": "Dette dokument er kun til intern brug.",
    "no": "Dette dokumentet er kun til internt bruk.",
    "fi": "Tämä asiakirja on tarkoitettu vain sisäiseen käyttöön.",
    "cs": "Tento dokument je určen pouze pro interní potřebu.",
    "tr": "Bu belge yalnızca şirket içi kullanım içindir.",
}


# ==========================================================================
# document kinds -- English
# ==========================================================================
def en_cc(r):
    return r.choice(EN_CCS)


def k_mes_event_log(r):
    b = B("en")
    cc = r.choice(["us", "uk", "ca", "in", "mx", "de", "pl", "cz"])
    plant = r.choice(["P07", "P12", "TOL1", "SHF2", "PUN3", "MTY1", "GLW2", "MBO1"])
    style = r.randrange(4)
    t = rdt(r, h0=5, h1=20)
    ops = [person(r, cc) for _ in range(3)]
    ws = r.randint(1, 40)
    b.t(f"# MES event export plant={plant} line={r.randint(1, 9)} source=opcenter-{version(r).strip()}\n")
    b.t(f"# exported {epoch(r)} rows=? tz=UTC\n")
    n = r.randint(7, 13)
    for k in range(n):
        t += _dt.timedelta(seconds=r.randint(20, 900))
        ev = 0 if k == 0 else r.randrange(8)
        lvl = {2: "WARN", 3: "ERROR", 4: "WARN"}.get(ev, "INFO")
        b.t(logts(r, t, style), f" {lvl:<5} [WS-{ws:02d}] ")
        p = r.choice(ops)
        if ev == 0:
            b.t(f"operator login user={uname(p)} name=\"", (p.full, PER), "\" host=", (ip_priv(r), IP), "\n")
        elif ev == 1:
            b.t(f"order {fill(r, '10########')} started lot={lot_no(r)} recipe={version(r)}\n")
        elif ev == 2:
            b.t(f"cycle time {r.randint(40, 70)}.{r.randint(0, 9)}s > target 45.0s (stop {duration(r)})\n")
        elif ev == 3:
            b.t(f"torque NOK {serial_no(r)} station {r.randint(1, 9)}0 value={r.randint(10, 30)}.{r.randint(0, 9)}Nm\n")
        elif ev == 4:
            b.t("quality override approved by ", (p.full, PER), " from ", (ip_priv(r), IP), f" reason=\"re-test OK\"\n")
        elif ev == 5:
            b.t("andon raised; on-call maintenance ", (p.full, PER), " paged at ", (phone(r, cc), PH), "\n")
        elif ev == 6:
            b.t(f"consumed {r.randint(4, 400)} pcs part {part_no(r)} from batch {lot_no(r)}\n")
        else:
            b.t(f"operator logout user={uname(p)} session={uuid4(r)}\n")
    return b


def k_cmms_work_order(r):
    b = B("en")
    cc = en_cc(r)
    req, tech = persons(r, cc, 2)
    comp, dom = company(r, cc)
    a = address(r, cc)
    table = chance(r, 0.4)

    def row(label, *val):
        if table:
            b.t(f"| {label} | ", *val, " |\n")
        else:
            b.t(f"{label}: ", *val, "\n")

    b.t(f"WORK ORDER {wo_no(r)}    Priority: {r.choice(['P1 - Emergency', 'P2 - High', 'P3 - Routine'])}\n")
    if table:
        b.t("| Field | Value |\n|---|---|\n")
    row("Asset", f"{asset_tag(r)} ({r.choice(BRANDS)} {r.choice(['NHX 5000', 'M-20iA', 'KR 210', 'TruLaser 3030', 'VF-4'])})")
    row("Site", (a.one, ADR))
    row("Requested by", (req.full, PER), " / ", (email(r, req, dom), EM))
    row("Assigned technician", (tech.full, PER), ", mobile ", (phone(r, cc), PH))
    row("Scheduled start", (fdt(r, lang="en"), DT))
    row("Due date", (fdate(r, rdate(r), "en"), DT))
    row("Labour estimate", duration(r))
    b.t("\nProblem description:\n")
    b.t(r.choice(["Spindle vibration above 4.5 mm/s RMS after warm-up cycle.",
                  "Hydraulic leak at main cylinder seal, approx. 2 L per shift.",
                  "Servo axis 3 overcurrent alarm SV0411 intermittently.",
                  "Cooling tower fan bearing noise, temperature 78 °C."]), "\n")
    b.t(f"Parts reserved: {r.choice(BRANDS)} bearing x2 ({part_no(r)}), seal kit ({part_no(r)})\n")
    if chance(r, 0.5):
        b.t("Note: coordinate LOTO with ", (req.first, PER), " before isolating; spare key in ", room(r), ".\n")
    return b


def k_supplier_audit_report(r):
    b = B("en")
    scc = r.choice(["us", "uk", "in", "mx", "ca", "de", "cz", "tr", "pl", "it"])
    acc = r.choice(["us", "uk", "de"])
    comp, sdom = company(r, scc)
    _, adom = company(r, acc)
    lead, co = person(r, acc), person(r, acc)
    rep = person(r, scc)
    a = address(r, scc)
    d = rdate(r)
    b.t(f"SUPPLIER PROCESS AUDIT REPORT  ({r.choice(['VDA 6.3', 'IATF 16949', 'ISO 9001'])})\n")
    b.t(f"Report no.: AR-{d.year}-{r.randint(100, 999)}\n\n")
    b.t(f"Supplier: {comp}\n")
    b.t((a.block + ("\n" + a.country if chance(r, 0.5) else ""), ADR), "\n")
    b.t("Audit date(s): ", (fdate(r, d, "en"), DT))
    if chance(r, 0.5):
        b.t(" - ", (fdate(r, d + _dt.timedelta(days=1), "en"), DT))
    b.t("\nLead auditor: ", (lead.full, PER), "   Co-auditor: ", (co.full, PER), "\n")
    b.t(f"Supplier representative: {r.choice([title(rep), 'Dr.'])} ", (rep.full, PER), f", {r.choice(['Plant Manager', 'Quality Manager', 'Operations Director'])}\n")
    b.t("Contact: ", (email(r, rep, sdom), EM), " | ", (phone(r, scc), PH), "\n\n")
    b.t(f"Overall score: {r.randint(62, 96)}% ({r.choice(['A', 'B', 'C'])})\n")
    b.t("Findings:\n")
    for i in range(r.randint(2, 4)):
        b.t(f"  {i + 1}. [{r.choice(['Major', 'Minor', 'OFI'])}] {r.choice(CONTROLS)} - ",
            r.choice(["calibration records for gauge GR-", "PPAP level 3 evidence missing for part ",
                      "layered process audit not performed on line ", "FIFO not enforced for lot "]),
            f"{r.randint(10, 999)}\n")
    b.t("\nCorrective action plan due by ", (fdate(r, d + _dt.timedelta(days=r.randint(14, 45)), "en"), DT), ".\n")
    b.t("Upload evidence: ", (url(r, adom, "supplier"), URL), "\n")
    return b


def k_ncr_report(r):
    b = B("en")
    cc = en_cc(r)
    insp, cust = person(r, cc), person(r, r.choice(EN_CCS))
    _, dom = company(r, cc)
    _, cdom = company(r, cust.cc)
    b.t(f"NON-CONFORMANCE REPORT {ncr_no(r)}\n")
    b.t("=" * 40 + "\n")
    b.t("Date raised: ", (fdate(r, rdate(r), "en"), DT), "\n")
    b.t(f"Part number: {part_no(r)}  Rev {r.choice('ABCDE')}   Lot: {lot_no(r)}\n")
    b.t(f"Qty inspected: {r.randint(50, 5000)}   Qty rejected: {r.randint(1, 49)}\n")
    b.t("Defect: ", r.choice(["Bore diameter 12.08 mm out of tolerance (12.00 +0.05)",
                              "Porosity in casting wall, X-ray class 3",
                              "Paint adhesion fail, cross-cut GT3",
                              "Burr on edge B, sharp > 0.2 mm"]), "\n")
    b.t("Detected at: ", r.choice(["incoming inspection", "final audit", "customer line", "CMM lab"]), "\n")
    b.t("Inspector: ", (insp.full, PER), " (", (email(r, insp, dom), EM), ")\n")
    b.t(f"Disposition: {r.choice(['Scrap', 'Rework', 'Use as is (deviation)', 'Return to supplier'])}\n")
    if chance(r, 0.7):
        b.t("Customer contact: ", (cust.full, PER), ", ", (phone(r, cust.cc), PH), ", ", (email(r, cust, cdom), EM), "\n")
    b.t("8D D3 containment due: ", (fdt(r, lang="en", wd=0.3), DT), "\n")
    b.t(f"Cost of poor quality estimate: {amount(r)}\n")
    return b


def k_hse_incident_report(r):
    b = B("en")
    cc = r.choice(["us", "us", "uk", "ca", "au"])
    inj, sup, wit = persons(r, cc, 3)
    site = address(r, cc)
    home = address(r, cc)
    b.t(f"HSE INCIDENT REPORT  #{fill(r, 'IR-202#-0###')}\n")
    b.t(f"Classification: {r.choice(['Recordable', 'First aid', 'Lost time', 'Near miss'])}\n\n")
    b.t("Date/time of incident: ", (fdt(r, lang="en", wd=0.3), DT), "\n")
    b.t("Site: ", (site.one, ADR), f"  Area: {r.choice(['Press shop', 'Paint shop', 'Foundry', 'Warehouse'])}, {room(r)}\n")
    b.t("Injured person: ", (inj.full, PER), "    Date of birth: ", (fdate(r, rdob(r), "en"), DOB), "\n")
    b.t("Home address: ", (home.one, ADR), "\n")
    b.t("Phone: ", (phone(r, cc), PH), "\n")
    b.t("Description: ", (inj.first, PER), r.choice([
        " was removing a jammed blank from the die when the light curtain was muted; laceration to left hand.",
        " slipped on hydraulic oil near the coil cradle and fell; bruised hip, back pain.",
        " received a splash of coolant to the right eye while cleaning the filter.",
        " strained lower back lifting a 28 kg fixture without the hoist."]), "\n")
    b.t(f"Treatment: first aid on site ({r.choice(DRUGS)}), then referred to occupational clinic.\n")
    b.t("Clinic MRN: ", (mrn(r), MRN), "   Health plan member ID: ", (health_plan_id(r), HPN),
        f"   Group: {group_no(r)}\n")
    b.t(f"Diagnosis code: {r.choice(ICDS)}   Lost time: {duration(r)}\n")
    b.t("Witness: ", (wit.full, PER), "   Supervisor: ", (sup.full, PER), "\n")
    b.t(f"Root cause category: {r.choice(['Guarding', 'Housekeeping', 'PPE', 'Manual handling'])}; reference {r.choice(CONTROLS)}\n")
    return b


def k_shift_handover(r):
    b = B("en")
    cc = en_cc(r)
    out_, in_ = persons(r, cc, 2)
    oncall = person(r, cc)
    d = rdate(r)
    b.t(f"SHIFT HANDOVER - Line {r.randint(1, 8)} {r.choice(['Assembly', 'Machining', 'Moulding', 'Welding'])} - ",
        (fdate(r, d, "en", wd=0.4), DT), "\n")
    b.t("Outgoing: ", (out_.full, PER), f" ({r.choice('ABC')} shift)   Incoming: ", (in_.full, PER), "\n\n")
    tm = r.choice([6, 14, 22]) * 60 + r.randint(0, 20)
    for _ in range(r.randint(4, 7)):
        tm += r.randint(5, 75)
        b.t(f"{tm // 60 % 24:02d}:{tm % 60:02d} ")
        ev = r.randrange(5)
        if ev == 0:
            b.t(f"Robot R{r.randint(1, 9)} fault E-{r.randint(100, 999)} cleared by ", (r.choice([out_, in_]).first, PER), "\n")
        elif ev == 1:
            b.t(f"Changeover to part {part_no(r)} took {duration(r)}\n")
        elif ev == 2:
            b.t(f"Scrap {r.randint(1, 30)} pcs (lot {lot_no(r)}) - porosity\n")
        elif ev == 3:
            b.t(f"Material short for order {po_no(r)}, logistics informed\n")
        else:
            b.t(f"OEE so far {r.randint(55, 92)}%, output {r.randint(200, 1500)} pcs\n")
    b.t("\nOn-call maintenance tonight: ", (oncall.full, PER), " ", (phone(r, cc), PH), "\n")
    b.t(f"Open items: guard interlock on press {asset_tag(r)} to be checked tomorrow.\n")
    return b


def k_scada_historian_yaml(r):
    b = B("en")
    _, dom = company(r, r.choice(ALL_CCS))
    eng = person(r, r.choice(EN_CCS))
    b.t("# historian-collector.yaml -- OT zone 3 (do not commit)\n")
    b.t(f"# maintained by ", (eng.full, PER), "\n")
    b.t("historian:\n  server: ", (ip_priv(r), IP), f"\n  port: {r.choice([5450, 1433, 5432, 8086])}\n")
    b.t("  username: hist_svc\n  password: \"", (password(r), PW), "\"\n")
    b.t("collectors:\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"  - name: {r.choice(['press', 'oven', 'chiller', 'robot', 'compressor'])}_{r.randint(1, 20)}\n")
        b.t("    plc_ip: ", (ip_priv(r), IP), "\n")
        b.t(f"    protocol: {r.choice(['s7', 'modbus-tcp', 'ethernet-ip', 'opcua'])}\n")
        b.t(f"    scan_ms: {r.choice([100, 250, 500, 1000])}\n")
    b.t("cloud_upload:\n  endpoint: ", (url(r, dom, "ingest", "v2/timeseries"), URL), "\n")
    b.t("  api_key: ", (generic_secret(r, r.choice([0, 2, 5])), GS), "\n")
    if chance(r, 0.6):
        b.t("  aws_access_key_id: ", (aws_akid(r), AKI), "\n")
        b.t("  aws_secret_access_key: ", (aws_secret(r), AKS), "\n")
    else:
        b.t(f"  aws_secret_access_key: {env_ref(r)}\n")
    b.t("alerting:\n  oncall_email: ", (email(r, eng, dom), EM), "\n")
    b.t(f"  retention: {r.randint(30, 400)}d\n")
    return b


def k_opcua_server_xml(r):
    b = B("en")
    _, dom = company(r, r.choice(ALL_CCS))
    adm = person(r, r.choice(EN_CCS))
    host = ip_priv(r)
    b.t('<?xml version="1.0" encoding="utf-8"?>\n<OpcUaServerConfiguration>\n')
    b.t(f"  <ApplicationName>Line{r.randint(1, 9)}-Gateway</ApplicationName>\n")
    b.t(f"  <ApplicationUri>urn:{uuid4(r)}</ApplicationUri>\n")
    b.t('  <Endpoint Url="opc.tcp://', (host, IP), f':4840/" SecurityPolicy="Basic256Sha256"/>\n')
    b.t("  <UserTokens>\n")
    b.t('    <User name="opcadmin" password="', (password(r), PW), '" role="Administrator"/>\n')
    b.t('    <User name="hmi" password="', (password(r), PW), '" role="Operator"/>\n')
    b.t("  </UserTokens>\n")
    b.t("  <AllowedClients>\n")
    for _ in range(r.randint(1, 3)):
        b.t("    <Client ip=\"", (ip_any(r), IP), "\"/>\n")
    b.t("  </AllowedClients>\n")
    if chance(r, 0.4):
        b.t("  <PrivateKey>", (pem_key(r), PK), "</PrivateKey>\n")
    b.t("  <Contact>", (adm.full, PER), " &lt;", (email(r, adm, dom), EM), "&gt;</Contact>\n")
    b.t(f"  <Firmware>{version(r)}</Firmware>\n</OpcUaServerConfiguration>\n")
    return b


def k_po_email(r):
    b = B("en")
    bcc = r.choice(["us", "uk", "ca", "in"])
    scc = r.choice(["de", "fr", "es", "it", "nl", "pl", "se", "dk", "cz", "tr", "uk", "ie", "pt"])
    buyer, sup = person(r, bcc), person(r, scc)
    bcomp, bdom = company(r, bcc)
    scomp, sdom = company(r, scc)
    a = address(r, bcc)
    dtv = rdt(r)
    po = po_no(r)
    b.t("From: ", (buyer.full, PER), " <", (email(r, buyer, bdom), EM), ">\n")
    b.t("To: ", (sup.full, PER), " <", (email(r, sup, sdom), EM), ">\n")
    if chance(r, 0.5):
        b.t("Cc: ", (role_email(r, bdom), EM), "\n")
    b.t(f"Date: {rfc2822(dtv, r.choice(['+0000', '-0500', '+0100']))}\n")
    b.t(f"Subject: {po} - revised delivery schedule\n\n")
    b.t(f"Hi ", (sup.first, PER), ",\n\n")
    b.t(f"please find attached the revised schedule for {po}. We need the first {r.randint(100, 5000)} pcs "
        f"of {part_no(r)} delivered by ", (fdate(r, rdate(r), "en", wd=0.3), DT), f" (Incoterms {r.choice(['FCA', 'DAP', 'EXW'])}).\n")
    iban_c = CC2IBAN.get(scc, "DE")
    b.t(f"Our AP team has your bank details on file as IBAN ", (fmt_iban(r, iban(r, iban_c)), IBAN),
        f" (BIC {bic(r, iban_c)}); please confirm they are still valid before invoice {fill(r, 'INV-202#-0####')} is paid.\n")
    b.t(f"Total value: {amount(r, r.choice(['$', 'EUR']))}.\n\n")
    b.t("Best regards,\n", (buyer.full, PER), "\n")
    b.t(f"Senior Buyer | {bcomp}\n", (a.one, ADR), "\nTel ", (phone(r, bcc), PH), "\n")
    return b


def k_vendor_bank_change(r):
    b = B("en")
    cc = r.choice(["us", "us", "uk", "ca"])
    vcc = r.choice(["us", "uk", "de", "fr", "nl", "ie"])
    vcomp, vdom = company(r, vcc)
    req, ver = person(r, vcc), person(r, cc)
    a = address(r, vcc)
    b.t("VENDOR MASTER DATA - BANK DETAIL CHANGE REQUEST\n")
    b.t(f"Vendor no.: {fill(r, '30####')}     Request ID: {ticket_no(r)}\n\n")
    b.t(f"Legal name: {vcomp}\n")
    b.t("Remit-to address:\n", (a.block, ADR), "\n\n")
    b.t(f"Bank name: {r.choice(['First Industrial Bank', 'Commerzbank', 'Barclays', 'ING', 'Bank of Ireland', 'Rabobank'])}\n")
    b.t("Account holder: ", vcomp, "\n")
    if vcc in ("us",):
        b.t("Account number: ", (fill(r, "%########" + "#" * r.randint(0, 3)), ACC), "\n")
        b.t(f"ABA routing no.: {aba(r)}\n")
    elif vcc == "uk" and chance(r, 0.5):
        b.t("Account number: ", (fill(r, "########"), ACC), f"   Sort code: {fill(r, '##-##-##')}\n")
        b.t("IBAN: ", (fmt_iban(r, iban(r, "GB")), IBAN), "\n")
    else:
        ic = CC2IBAN.get(vcc, "DE")
        b.t("IBAN: ", (fmt_iban(r, iban(r, ic)), IBAN), f"\nSWIFT/BIC: {bic(r, ic)}\n")
    b.t("Effective date: ", (fdate(r, rdate(r), "en"), DT), "\n")
    b.t("Previous account: ", masked(r), "\n\n")
    b.t("Requested by: ", (req.full, PER), ", ", (email(r, req, vdom), EM), ", ", (phone(r, vcc), PH), "\n")
    b.t("Call-back verification performed by ", (ver.full, PER), " on ", (fdt(r, lang="en"), DT),
        " using the number on file (not the one in the request).\n")
    return b


def k_occ_health_surveillance(r):
    b = B("en")
    cc = r.choice(["us", "uk", "ca", "au", "ie"])
    w, doc = persons(r, cc, 2)
    d = rdate(r)
    b.t("OCCUPATIONAL HEALTH SURVEILLANCE RECORD - CONFIDENTIAL\n\n")
    b.t("Employee: ", (f"{w.last.upper()}, {w.first}", PER), "\n")
    b.t("DOB: ", (fdate(r, rdob(r), "en"), DOB), "    MRN: ", (mrn(r), MRN), "\n")
    b.t(f"Department: {r.choice(['Foundry', 'Paint shop', 'Stamping', 'Battery assembly'])}   Shift: {r.choice('ABC')}\n")
    b.t(f"Exposures: noise {r.randint(82, 96)} dB(A) TWA; {r.choice(['isocyanates', 'welding fume', 'silica', 'solvent mist'])}\n")
    b.t("Exam date: ", (fdate(r, d, "en"), DT), "   Next due: ", (fdate(r, d + _dt.timedelta(days=365), "en"), DT), "\n\n")
    b.t(f"Audiometry (CPT {r.choice(CPTS)}): L 4k {r.randint(10, 45)} dB, R 4k {r.randint(10, 45)} dB - "
        f"{r.choice(['no STS', 'standard threshold shift, retest in 30 days'])}\n")
    b.t(f"Spirometry: FEV1 {r.randint(70, 105)}% pred, FVC {r.randint(75, 110)}% pred\n")
    b.t(f"Assessment: {r.choice(ICDS)}; fit for work with {r.choice(['hearing protection', 'RPE', 'no restrictions'])}\n")
    b.t("Insurance: member ID ", (health_plan_id(r), HPN), f", group {group_no(r)}\n")
    b.t(f"Examiner: {r.choice(['Dr.', 'Dr', ''])} ".lstrip(), (doc.full, PER), f", NPI {npi(r)}\n")
    return b


def k_drug_alcohol_test(r):
    b = B("en")
    cc = "us"
    donor, mro, coll = persons(r, cc, 3)
    site = address(r, cc)
    comp, dom = company(r, cc)
    b.t("FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM (copy 4 - employer)\n")
    b.t(f"Specimen ID: {fill(r, '#######')}   Accession: {fill(r, 'A########')}\n\n")
    b.t(f"STEP 1  Employer: {comp}\n")
    b.t("Donor name: ", (f"{donor.last}, {donor.first}", PER), "\n")
    b.t("Donor SSN: ", (ssn(r), SSN), "   Date of birth: ", (fdate(r, rdob(r), "en", style=0), DOB), "\n")
    if chance(r, 0.5):
        st, dln = dl_us(r)
        b.t(f"Photo ID: driver license ({st}) ", (dln, DL), "\n")
    b.t(f"Reason for test: {r.choice(['Post-accident', 'Random', 'Pre-employment', 'Reasonable suspicion'])}\n")
    b.t("Collection site: ", (site.one, ADR), "\n")
    b.t("Collected: ", (fdt(r, lang="en"), DT), " by collector ", (coll.full, PER), "\n")
    b.t(f"Temperature within range: yes   Split specimen: {r.choice(['yes', 'no'])}\n")
    b.t("STEP 5  MRO: ", r.choice(["Dr. ", ""]), (mro.full, PER), "  tel ", (phone(r, cc), PH), "\n")
    b.t(f"Result: {r.choice(['NEGATIVE', 'NEGATIVE-DILUTE', 'CANCELLED'])}\n")
    return b


def k_forklift_cert(r):
    b = B("en")
    cc = r.choice(["us", "us", "uk", "ca"])
    op, ev = persons(r, cc, 2)
    a = address(r, cc)
    d = rdate(r)
    b.t("POWERED INDUSTRIAL TRUCK - OPERATOR EVALUATION & CERTIFICATION\n")
    b.t(f"Standard: {r.choice(['OSHA 29 CFR 1910.178(l)', 'RTITB', 'ITA accredited'])}\n\n")
    b.t("Operator: ", (op.full, PER), "\n")
    b.t("Home address: ", (a.one, ADR), "\n")
    if cc == "uk":
        b.t("Driving licence no.: ", (dl_uk(r, op), DL), "\n")
    else:
        st, dln = dl_us(r)
        b.t(f"Driver license ({st}): ", (dln, DL), "\n")
    b.t(f"Truck class: {r.choice(['IV (IC cushion tire)', 'I (electric rider)', 'III (pallet jack)', 'VII (rough terrain)'])}  "
        f"Make: {r.choice(['Toyota', 'Linde', 'Hyster', 'Jungheinrich', 'Crown'])}\n")
    b.t("Practical evaluation: ", (fdate(r, d, "en"), DT), f"   Score {r.randint(78, 100)}/100\n")
    b.t("Certification expires: ", (fdate(r, d + _dt.timedelta(days=3 * 365), "en"), DT), "\n")
    b.t("Evaluator: ", (ev.full, PER), f"   Licence plate of training truck: {plate(r, cc)}\n")
    b.t(f"Refresher required after any incident or in {r.choice(['3 years', '36 months'])}.\n")
    return b


def k_payroll_export_csv(r):
    b = B("en")
    b.t("emp_id,last_name,first_name,ssn,dob,street,city,state,zip,bank_account,routing,net_pay\n")
    for _ in range(r.randint(3, 7)):
        p = person(r, "us", mid=0)
        a = address(r, "us")
        street = a.street.replace(",", "")
        b.t(f"{fill(r, 'E#####')},", (p.last, PER), ",", (p.first, PER), ",")
        if chance(r, 0.85):
            b.t((ssn(r), SSN))
        else:
            b.t(masked(r) if chance(r, 0.5) else ssn_bad(r))
        d = rdob(r)
        b.t(",", (f"{d.year}-{d.month:02d}-{d.day:02d}", DOB), ",", (street, ADR), ",",
            (a.city, LC), ",", (a.region, LC), f",{a.pc},",
            (fill(r, "%########" + "#" * r.randint(0, 3)), ACC), f",{aba(r)},{r.randint(900, 4200)}.{r.randint(0, 99):02d}\n")
    return b


def k_badge_access_jsonl(r):
    b = B("en")
    cc = r.choice(EN_CCS + ["de", "pl"])
    t = rdt(r, h0=4, h1=22)
    people = [person(r, cc, mid=0) for _ in range(3)]
    for _ in range(r.randint(4, 8)):
        t += _dt.timedelta(seconds=r.randint(5, 600))
        p = r.choice(people)
        res = r.choice(["GRANTED", "GRANTED", "GRANTED", "DENIED"])
        b.t('{"ts":"', iso(t), f'","door":"{r.choice(["GATE-2", "PAINT-IN", "SERVER-RM", "TOOLCRIB", "DOCK-4"])}","controller_ip":"',
            (ip_priv(r), IP), f'","badge":"0x{rs(r, 4, "0123456789ABCDEF")}","holder":"', (p.full, PER),
            f'","result":"{res}","epoch":{epoch(r)}}}\n')
    return b


def k_gha_workflow(r):
    b = B("en")
    _, dom = company(r, r.choice(ALL_CCS))
    dev = person(r, r.choice(EN_CCS))
    b.t("# .github/workflows/build-mes-connector.yml\n")
    b.t("# TODO(", (dev.first, PER), "): move the hardcoded values below to repository secrets!\n")
    b.t("name: build-mes-connector\non:\n  push:\n    branches: [main]\n")
    b.t(f"env:\n  AWS_REGION: {r.choice(['eu-central-1', 'us-east-2', 'eu-north-1'])}\n")
    b.t("  ARTIFACT_BUCKET: mes-connector-artifacts\n")
    b.t("jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n")
    b.t("      - uses: actions/checkout@v4\n")
    b.t("      - name: Configure AWS credentials\n        env:\n")
    if chance(r, 0.5):
        b.t("          AWS_ACCESS_KEY_ID: ", (aws_akid(r), AKI), "\n")
        b.t("          AWS_SECRET_ACCESS_KEY: ", (aws_secret(r), AKS), "\n")
    else:
        b.t("          AWS_ACCESS_KEY_ID: ", (aws_akid(r), AKI), "\n")
        b.t("          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.t("      - name: Publish plugin\n        env:\n")
    b.t("          GH_TOKEN: ", (gh_token(r), GH), "\n")
    b.t("          NOTIFY: ${{ secrets.TEAMS_WEBHOOK }}\n")
    b.t(f"        run: ./gradlew publish -Pversion={version(r).strip().lstrip('vVFW ')}\n")
    b.t("      - name: Smoke test against staging MES\n")
    b.t("        run: curl -fsS ", (url(r, dom, "mes-staging", "api/health"), URL), "\n")
    return b


def k_edge_gateway_dotenv(r):
    b = B("en")
    _, dom = company(r, r.choice(ALL_CCS))
    b.t(f"# Edge gateway .env -- Line {r.randint(1, 9)} vision station ({r.choice(BRANDS)} camera)\n")
    b.t("MQTT_BROKER=", (ip_priv(r), IP), "\nMQTT_PORT=8883\n")
    b.t(f"MQTT_USER=edge{r.randint(1, 40):02d}\nMQTT_PASSWORD=", (password(r), PW), "\n")
    b.t("DB_URL=postgresql://vision:", (password(r), PW), "@", (ip_priv(r), IP), ":5432/inspection\n")
    if chance(r, 0.7):
        b.t("AWS_ACCESS_KEY_ID=", (aws_akid(r), AKI), "\n")
        b.t("AWS_SECRET_ACCESS_KEY=", (aws_secret(r), AKS), "\n")
    else:
        b.t("AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n")
    b.t("SLACK_BOT_TOKEN=", (slack_token(r), SLK), "\n")
    b.t("GRAFANA_API_KEY=", (generic_secret(r, 3), GS), "\n")
    b.t("DASHBOARD_URL=", (url(r, dom, "grafana", f"d/{rs(r, 9, string.ascii_lowercase)}/line-vision"), URL), "\n")
    b.t(f"IMAGE_TAG={version(r).strip()}\nBUILD_SHA={sha(r)}\nDEVICE_UUID={uuid4(r)}\n")
    return b


def k_andon_slack_bot(r):
    b = B("en")
    cc = en_cc(r)
    _, dom = company(r, cc)
    b.t("# andon_notifier/settings.py\n")
    b.t("SLACK_BOT_TOKEN = \"", (slack_token(r), SLK), "\"\n")
    b.t("SLACK_SIGNING_SECRET = \"", (rs(r, 32, HEX), GS), "\"\n")
    b.t(f"ANDON_CHANNEL = \"#line{r.randint(1, 9)}-andon\"\n")
    b.t("MES_API = \"", (url(r, dom, "mes", "api/v1/andon"), URL), "\"\n")
    b.t("ESCALATION = [\n")
    for lvl in range(r.randint(2, 4)):
        p = person(r, cc, mid=0)
        b.t("    {\"name\": \"", (p.full, PER), "\", \"phone\": \"", (phone(r, cc), PH),
            f"\", \"after_min\": {5 * (lvl + 1) * r.randint(1, 2)}}},\n")
    b.t("]\n")
    b.t(f"QUIET_HOURS = (\"22:00\", \"05:30\")  # weekdays only\nRETRY_BACKOFF = \"{duration(r)}\"\n")
    return b


def k_spare_parts_stripe(r):
    b = B("en")
    cc = en_cc(r)
    dev, cust = person(r, cc), person(r, r.choice(EN_CCS))
    _, dom = company(r, cc)
    b.t(f"Ticket {ticket_no(r)} - spare parts web shop: payment webhook failing\n")
    b.t("Reporter: ", (dev.full, PER), "\n\n")
    b.t(f"Since the deploy of {version(r)} the checkout at ", (url(r, dom, "shop", "checkout"), URL),
        " returns HTTP 500 for card payments.\n")
    b.t("Current production config (please rotate after the fix):\n\n")
    b.t("  STRIPE_SECRET_KEY=", (stripe_key(r), STK), "\n")
    b.t("  STRIPE_WEBHOOK_SECRET=", (generic_secret(r, 1), GS), "\n")
    b.t("\n")
    b.t("Affected customer: ", (cust.full, PER), " (", (email(r, cust, company(r, cust.cc)[1]), EM),
        f"), order {fill(r, 'SP-######')}, amount {amount(r, '$', 30, 9000)}, card {masked(r)}.\n")
    if chance(r, 0.5):
        b.t("The customer also e-mailed the full card number ", (fmt_card(r, card_number(r)), CC),
            " asking us to charge it manually - please purge it from the mailbox.\n")
    b.t(f"Stripe event id evt_{rs(r, 24)} / request req_{rs(r, 14)}.\n")
    return b


def k_iot_gateway_auth_log(r):
    b = B("en")
    _, dom = company(r, r.choice(ALL_CCS))
    t = rdt(r)
    style = r.choice([0, 1])
    gw = f"SENSOR-GW-{r.randint(1, 60):02d}"
    ipg = ip_priv(r)
    tok = jwt(r)
    b.t(logts(r, t, style), f" DEBUG auth: device={gw} ip=", (ipg, IP), " POST ",
        (url(r, dom, "iot", "api/token"), URL), "\n")
    t += _dt.timedelta(milliseconds=r.randint(50, 900))
    b.t(logts(r, t, style), f" DEBUG auth: 200 OK in {r.randint(20, 400)} ms, token=", (tok, JWT), "\n")
    for _ in range(r.randint(2, 5)):
        t += _dt.timedelta(seconds=r.randint(1, 60))
        b.t(logts(r, t, style), f" INFO  publish topic=plant{r.randint(1, 9)}/line{r.randint(1, 9)}/"
            f"{r.choice(['vibration', 'temp', 'current', 'pressure'])} qos=1 bytes={r.randint(80, 900)}\n")
    t += _dt.timedelta(seconds=r.randint(60, 3600))
    b.t(logts(r, t, style), " DEBUG http: headers={'Authorization': 'Bearer ", (tok, JWT), "', 'X-Trace': '",
        uuid4(r), "'}\n")
    b.t(logts(r, t, style), f" WARN  auth: token expires in {duration(r)}, refreshing\n")
    return b


def k_jump_host_key_ticket(r):
    b = B("en")
    cc = en_cc(r)
    req, vend = person(r, cc), person(r, r.choice(["us", "de", "it", "uk"]))
    b.t(f"{ticket_no(r)} | Vendor access to PLC jump host\n")
    b.t("Opened by: ", (req.full, PER), "   Category: OT / Remote access\n\n")
    b.t(f"{r.choice(BRANDS)} service engineer ", (vend.full, PER), " needs SSH access to the jump host ",
        (ip_priv(r), IP), " to update the press line PLC programs.\n")
    b.t("Please install the key pair below on ", (vend.first, PER), "'s account (user vendor_",
        fold(vend.last)[:8], ").\n\n")
    b.t((pem_key(r), PK), "\n\n")
    d = rdate(r)
    b.t("Access window: ", (fdt(r, d, "en"), DT), " until ", (fdt(r, d + _dt.timedelta(days=r.randint(1, 2)), "en", wd=0), DT), "\n")
    b.t(f"Change ref {fill(r, 'CHG00#####')}. Approved per {r.choice(CONTROLS)}.\n")
    return b


def k_k8s_secret(r):
    b = B("en")
    app = r.choice(["mes-db-credentials", "qms-api", "historian-bridge", "andon-bot", "traceability-svc"])
    b.t(f"# kubectl get secret {app} -n plant-ops -o yaml\n")
    b.t("apiVersion: v1\nkind: Secret\nmetadata:\n")
    b.t(f"  name: {app}\n  namespace: plant-ops\n  uid: {uuid4(r)}\n  resourceVersion: \"{r.randint(100000, 9999999)}\"\n")
    b.t("type: Opaque\ndata:\n")
    keys = r.sample([("DB_PASSWORD", PW), ("MQTT_PASSWORD", PW), ("OPCUA_CLIENT_SECRET", GS),
                     ("HISTORIAN_API_KEY", GS), ("SMTP_PASSWORD", PW), ("WEBHOOK_SIGNING_SECRET", GS)],
                    r.randint(2, 4))
    for k, typ in keys:
        val = password(r) if typ == PW else generic_secret(r, r.choice([0, 2, 5]))
        b.t(f"  {k}: ", (b64s(val), typ), "\n")
    return b


def k_llm_prompt_rca(r):
    b = B("en")
    cc = en_cc(r)
    op, sup = persons(r, cc, 2)
    a = address(r, cc)
    _, dom = company(r, cc)
    b.t("### System\nYou are a reliability engineering assistant for a manufacturing plant. "
        "Answer in concise bullet points.\n\n### User\n")
    b.t("Draft a 5-Why root cause summary from the notes below for the weekly ops review. "
        "Keep names and contacts exactly as written.\n\nNotes:\n")
    b.t("- On ", (fdt(r, lang="en", wd=0.3), DT), f" the hydraulic press {asset_tag(r)} at our ",
        (a.city, LC), " plant (", (a.one, ADR), ") stopped with a double-stroke alarm.\n")
    b.t("- Operator ", (op.full, PER), " reported a hissing noise two cycles before the stop.\n")
    b.t(f"- Maintenance found the safety valve {r.choice(BRANDS)} {part_no(r)} sticking; downtime {duration(r)}.\n")
    b.t("- Shift lead ", (sup.full, PER), " (", (phone(r, cc), PH), ", ", (email(r, sup, dom), EM),
        ") approved the restart after a functional test.\n")
    b.t(f"- Similar event last year, see {ncr_no(r)}.\n\n### Assistant\n")
    return b


def k_teams_chat(r):
    b = B("en")
    cc = en_cc(r)
    a, c, v = person(r, cc), person(r, cc), person(r, r.choice(["us", "de", "uk"]))
    _, dom = company(r, cc)
    h, m = r.randint(5, 21), r.randint(0, 40)
    b.t(f"Chat export - Maintenance Line {r.randint(1, 9)} - {r.choice(WEEKDAYS['en'])}\n\n")

    def line(who, *parts):
        nonlocal m, h
        m += r.randint(0, 4)
        if m > 59:
            m -= 60
            h = (h + 1) % 24
        b.t(f"[{h:02d}:{m:02d}] ", (who.full, PER), ": ", *parts, "\n")

    line(a, f"Line down again, gripper on R{r.randint(1, 6)} dropped the part")
    line(c, f"again?? that's the third time since yesterday. calling {r.choice(BRANDS)} hotline ",
         (phone(r, "us"), PH))
    line(a, f"ok. alarm E-{r.randint(100, 999)}, pressure switch reading {r.randint(3, 6)}.{r.randint(0, 9)} bar")
    line(c, "vendor engineer ", (v.full, PER), " can join remote, bridge: ",
         (url(r, dom, "teams", f"l/meetup/{rs(r, 12, string.ascii_lowercase + string.digits)}"), URL),
         " passcode ", (passcode(r), PW))
    line(a, "joining in 5 min")
    if chance(r, 0.6):
        line(c, "FYI ", (a.first, PER), " the spare valve is in ", room(r), f", order {po_no(r)}")
    line(a, "thx")
    return b


def k_supplier_review_ics(r):
    b = B("en")
    cc = en_cc(r)
    org, att = person(r, cc), person(r, r.choice(ALL_CCS))
    _, dom = company(r, cc)
    _, adom = company(r, att.cc)
    d = rdate(r)
    h = r.randint(7, 16)
    stamp = rdt(r)
    tz = r.choice(["Europe/Berlin", "America/Detroit", "Europe/London", "America/Chicago"])
    b.t("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nBEGIN:VEVENT\n")
    b.t(f"UID:{uuid4(r)}\n")
    b.t(f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}\nCREATED:{stamp.strftime('%Y%m%dT%H%M%SZ')}\n")
    b.t(f"DTSTART;TZID={tz}:", (f"{d.strftime('%Y%m%d')}T{h:02d}0000", DT), "\n")
    b.t(f"DTEND;TZID={tz}:", (f"{d.strftime('%Y%m%d')}T{h + 1:02d}{r.choice(['00', '30'])}00", DT), "\n")
    b.t(f"SUMMARY:Quarterly supplier quality review - {r.choice(['PPM trend', 'open 8Ds', 'APQP status'])}\n")
    b.t("ORGANIZER;CN=", (org.full, PER), ":mailto:", (email(r, org, dom), EM), "\n")
    b.t("ATTENDEE;CN=", (att.full, PER), ";ROLE=REQ-PARTICIPANT:mailto:", (email(r, att, adom), EM), "\n")
    b.t(f"LOCATION:{room(r)} / Microsoft Teams\n")
    b.t("DESCRIPTION:Join online: ", (url(r, dom, "teams", f"l/meetup-join/{rs(r, 16, string.ascii_lowercase + string.digits)}"), URL),
        "\\nMeeting ID: ", fill(r, "### ### ### ###"), "\\nPasscode: ", (rs(r, 6, ALNUM), PW), "\n")
    b.t(f"LAST-MODIFIED:{stamp.strftime('%Y%m%dT%H%M%SZ')}\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


def k_customer_complaint_email(r):
    b = B("en")
    ccc = r.choice(["us", "de", "uk", "mx", "ca"])
    scc = r.choice(["us", "uk", "in", "ca"])
    sqe, qm = person(r, ccc), person(r, scc)
    ccomp, cdom = company(r, ccc)
    scomp, sdom = company(r, scc)
    plant = address(r, ccc)
    dtv = rdt(r)
    b.t(f"Received: from mail.{cdom} by mx1.{sdom} with ESMTPS; {rfc2822(dtv, '+0100')}\n")
    b.t("From: ", (sqe.full, PER), " <", (email(r, sqe, cdom), EM), ">\n")
    b.t("To: ", (email(r, qm, sdom), EM), "\n")
    b.t(f"Date: {rfc2822(dtv, '+0100')}\n")
    b.t(f"Subject: Customer complaint {ncr_no(r)} - 8D required\n\n")
    b.t("Dear ", r.choice([title(qm) + " ", ""]), (qm.last, PER), ",\n\n")
    b.t(f"we received {r.randint(2, 400)} defective housings ({part_no(r)}, lot {lot_no(r)}) at our plant in ",
        (f"{plant.city}, {plant.country}", LC), ". Delivery address for replacement parts:\n\n", (plant.block, ADR), "\n\n")
    b.t("Please provide D3 containment by ", (fdt(r, lang="en", wd=0.4), DT), " and the full 8D within 10 working days.\n")
    b.t("Upload the report in our supplier portal: ", (url(r, cdom, "supplier"), URL), "\n")
    b.t(f"Charge-back for sorting: {amount(r, r.choice(['$', 'EUR']))}.\n\n")
    b.t("Kind regards\n", (sqe.full, PER), "\nSupplier Quality Engineer, ", ccomp, "\nPhone ", (phone(r, ccc), PH), "\n")
    return b


def k_field_service_expense(r):
    b = B("en")
    cc = en_cc(r)
    emp, appr = persons(r, cc, 2)
    dest = r.choice([c for c in ALL_CCS if c != cc])
    dcity = city_of(r, dest)
    d = rdate(r)
    b.t("FIELD SERVICE EXPENSE CLAIM\n")
    b.t(f"Claim: {fill(r, 'EXP-202#-####')}   Cost centre: {fill(r, '4###')}\n")
    b.t("Engineer: ", (emp.full, PER), "\n")
    b.t("Trip: ", (city_of(r, cc)[0], LC), f" ({r.choice(IATAS)}) -> ", (f"{dcity[0]}, {LOCALES[dest]['country']}", LC),
        f" ({r.choice(IATAS)})\n")
    b.t("Travel dates: ", (fdate(r, d, "en"), DT), " to ", (fdate(r, d + _dt.timedelta(days=r.randint(1, 9)), "en"), DT), "\n\n")
    b.t("Item                Amount\n")
    for it in ["Flight", "Hotel", "Rental car", "Meals"][:r.randint(2, 4)]:
        b.t(f"{it:<20}{amount(r, '$', 40, 2400)}\n")
    b.t("\nPaid with corporate card ", (fmt_card(r, card_number(r)), CC), "\n")
    b.t(f"Seat {r.randint(1, 40)}{r.choice('ABCDEF')}, booking ref {rs(r, 6, string.ascii_uppercase)}\n")
    b.t("Approved by: ", (appr.full, PER), "\n")
    return b


def k_edi_856_asn(r):
    b = B("en")
    cc = "us"
    st = address(r, cc)
    sf = address(r, cc)
    p = person(r, cc)
    _, dom = company(r, cc)
    dtv = rdt(r)
    ship = rdate(r)
    ctl = fill(r, "#########")
    snd, rcv = fill(r, 'SUPP####'), fill(r, 'OEM#####')
    b.t(f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*"
        f"{dtv.strftime('%y%m%d')}*{dtv.strftime('%H%M')}*U*00401*{ctl}*0*P*>~\n")
    b.t(f"GS*SH*{snd}*{rcv}*{dtv.strftime('%Y%m%d')}*{dtv.strftime('%H%M')}*{r.randint(1, 9999)}*X*004010~\n")
    b.t(f"ST*856*0001~\nBSN*00*{fill(r, 'ASN######')}*{dtv.strftime('%Y%m%d')}*{dtv.strftime('%H%M')}~\n")
    b.t("DTM*011*", (ship.strftime("%Y%m%d"), DT), "~\n")
    b.t(f"HL*1**S~\nTD1*PLT94*{r.randint(1, 20)}****G*{r.randint(200, 9000)}*LB~\n")
    b.t(f"TD5*B*2*{r.choice(['UPSN', 'FXFE', 'ODFL'])}*M~\nREF*BM*{fill(r, 'BOL########')}~\n")
    b.t(f"N1*ST*{r.choice(['ASSEMBLY PLANT 2', 'DOCK 14 RECEIVING', 'CROSSDOCK EAST'])}*92*{fill(r, '####')}~\n")
    b.t("N3*", (st.street.upper(), ADR), "~\n")
    b.t("N4*", (st.city.upper(), LC), "*", (st.region, LC), f"*{st.pc}*US~\n")
    b.t("N1*SF*SUPPLIER SHIP POINT*92*", fill(r, "####"), "~\n")
    b.t("N3*", (sf.street.upper(), ADR), "~\n")
    b.t("N4*", (sf.city.upper(), LC), "*", (sf.region, LC), f"*{sf.pc}~\n")
    b.t("PER*IC*", (p.full.upper(), PER), "*TE*", (fill(r, f"{r.choice(AREAS['us'])}55501##"), PH), "*EM*",
        (email(r, p, dom), EM), "~\n")
    b.t(f"HL*2*1*O~\nPRF*{po_no(r).replace(' ', '')}~\nHL*3*2*I~\nLIN**BP*{part_no(r)}~\nSN1**{r.randint(10, 900)}*EA~\n")
    b.t(f"CTT*3~\nSE*18*0001~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{ctl}~\n")
    return b


def k_edi_834(r):
    b = B("en")
    dtv = rdt(r)
    ctl = fill(r, "#########")
    snd, rcv = fill(r, 'MFGHR####'), fill(r, 'CARRIER###')
    b.t(f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*"
        f"{dtv.strftime('%y%m%d')}*{dtv.strftime('%H%M')}*^*00501*{ctl}*0*P*:~\n")
    b.t(f"GS*BE*{snd}*{rcv}*{dtv.strftime('%Y%m%d')}*{dtv.strftime('%H%M')}*{r.randint(1, 999)}*X*005010X220A1~\n")
    b.t(f"ST*834*0001*005010X220A1~\nBGN*00*{fill(r, 'ENR######')}*{dtv.strftime('%Y%m%d')}*{dtv.strftime('%H%M')}****2~\n")
    b.t(f"N1*P5*{company(r, 'us')[0].upper()}*FI*{fill(r, '#########')}~\n")
    for _ in range(r.randint(1, 2)):
        p = person(r, "us", mid=0)
        a = address(r, "us")
        eff = rdate(r)
        b.t(f"INS*Y*18*021*28*A***FT~\n")
        b.t("REF*0F*", (health_plan_id(r), HPN), "~\n")
        b.t(f"REF*1L*{group_no(r)}~\n")
        b.t("DTP*356*D8*", (eff.strftime("%Y%m%d"), DT), "~\n")
        b.t("NM1*IL*1*", (f"{p.last.upper()}*{p.first.upper()}", PER), "****34*", (ssn(r).replace("-", ""), SSN), "~\n")
        b.t("PER*IP**HP*", (fill(r, f"{r.choice(AREAS['us'])}55501##"), PH), "~\n")
        b.t("N3*", (a.street.upper(), ADR), "~\n")
        b.t("N4*", (a.city.upper(), LC), "*", (a.region, LC), f"*{a.pc}~\n")
        b.t("DMG*D8*", (rdob(r).strftime("%Y%m%d"), DOB), f"*{r.choice('MF')}~\n")
        b.t(f"HD*021**HLT*{r.choice(['PPO500', 'HDHP2500', 'EPO-PLUS'])}*EMP~\n")
    b.t(f"SE*{r.randint(14, 30)}*0001~\nGE*1*1~\nIEA*1*{ctl}~\n")
    return b


def k_hl7_adt_clinic(r):
    b = B("en")
    p, doc = person(r, "us", mid=0), person(r, "us", mid=0)
    a = address(r, "us")
    dtv = rdt(r)
    ts = dtv.strftime("%Y%m%d%H%M%S")
    mi = r.choice("ABCDEJKLMRST")
    dob = rdob(r).strftime("%Y%m%d")
    b.t(f"MSH|^~\\&|OHCLINIC|PLANT{r.randint(1, 9)}|EHS|CORP|{ts}||ADT^A04|{fill(r, 'MSG######')}|P|2.5.1\r\n")
    b.t(f"EVN|A04|{ts}\r\n")
    b.t("PID|1||", (mrn(r), MRN), "^^^OHC^MR||", (f"{p.last.upper()}^{p.first.upper()}^{mi}", PER), "||",
        (dob, DOB), f"|{'F' if p.female else 'M'}|||",
        (f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.pc}", ADR), "||", (phone(r, "us"), PH), "|||||",
        fill(r, "ACT#######"), "|", (ssn(r), SSN), "\r\n")
    b.t("PV1|1|O|OHC^EXAM", str(r.randint(1, 4)), "^^PLANT||||", npi(r), "^",
        (f"{doc.last.upper()}^{doc.first.upper()}", PER), "^^^^MD|||||||||||",
        fill(r, "V########"), "\r\n")
    b.t("IN1|1|", r.choice(["PPO500", "HDHP2500"]), "|", fill(r, "#####"), "|",
        r.choice(["BLUE SHIELD OF MICHIGAN", "UNITEDHEALTHCARE", "AETNA"]), "|||", group_no(r), "||||||||",
        (f"{p.last.upper()}^{p.first.upper()}", PER), "|SEL|", (dob, DOB),
        "|||||||||||||||||", (health_plan_id(r), HPN), "\r\n")
    return b


def k_fhir_audiometry(r):
    b = B("en")
    cc = r.choice(["us", "us", "ca", "au"])
    p = person(r, cc, mid=0)
    a = address(r, cc)
    upd = rdt(r)
    eff = rdt(r)
    pid = uuid4(r)
    b.t("{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"entry\": [\n    {\"resource\": {\n")
    b.t(f"      \"resourceType\": \"Patient\", \"id\": \"{pid}\",\n")
    b.t(f"      \"meta\": {{\"lastUpdated\": \"{iso(upd, '+00:00')}\"}},\n")
    b.t("      \"identifier\": [{\"system\": \"urn:oid:2.16.840.1.113883.3.4711\", \"value\": \"", (mrn(r), MRN), "\"}],\n")
    b.t("      \"name\": [{\"family\": \"", (p.last, PER), "\", \"given\": [\"", (p.first, PER), "\"]}],\n")
    b.t("      \"telecom\": [{\"system\": \"phone\", \"value\": \"", (phone(r, cc), PH), "\"}],\n")
    b.t("      \"birthDate\": \"", (rdob(r).isoformat(), DOB), "\",\n")
    b.t("      \"address\": [{\"line\": [\"", (a.street, ADR), "\"], \"city\": \"", (a.city, LC),
        "\", \"state\": \"", (a.region, LC), f"\", \"postalCode\": \"{a.pc}\", \"country\": \"{cc.upper()}\"}}]\n")
    b.t("    }},\n    {\"resource\": {\n      \"resourceType\": \"Observation\", \"status\": \"final\",\n")
    b.t(f"      \"code\": {{\"coding\": [{{\"system\": \"LOINC\", \"code\": \"{r.choice(LOINCS)}\"}}]}},\n")
    b.t(f"      \"subject\": {{\"reference\": \"Patient/{pid}\"}},\n")
    b.t("      \"effectiveDateTime\": \"", (iso(eff, r.choice(["Z", "-05:00", "+10:00"])), DT), "\",\n")
    b.t(f"      \"valueQuantity\": {{\"value\": {r.randint(5, 60)}, \"unit\": \"dB HL\"}},\n")
    b.t(f"      \"note\": [{{\"text\": \"4 kHz left ear, exposure {r.randint(84, 95)} dB(A) TWA, {r.choice(ICDS)}\"}}]\n")
    b.t("    }}\n  ]\n}\n")
    return b


def k_vcard_supplier(r):
    b = B("en")
    cc = r.choice(ALL_CCS)
    p = person(r, cc)
    comp, dom = company(r, cc)
    a = address(r, cc)
    mi = r.choice("ABCDEFGHJKLMNPRST")
    b.t("BEGIN:VCARD\nVERSION:3.0\n")
    b.t("N:", (f"{p.last};{p.first};{mi}", PER), ";;\n")
    b.t("FN:", (f"{p.first} {mi}. {p.last}", PER), "\n")
    b.t(f"ORG:{comp};{r.choice(['Sales', 'Quality', 'Key Account Automotive', 'Logistics'])}\n")
    b.t(f"TITLE:{r.choice(['Key Account Manager', 'Quality Engineer', 'Plant Manager', 'Sales Engineer'])}\n")
    b.t("TEL;TYPE=WORK,VOICE:", (phone(r, cc), PH), "\n")
    if chance(r, 0.6):
        b.t("TEL;TYPE=CELL:", (phone(r, cc), PH), "\n")
    b.t("EMAIL;TYPE=INTERNET:", (email(r, p, dom), EM), "\n")
    b.t("ADR;TYPE=WORK:;;", (f"{a.street};{a.city};{a.region};{a.pc};{a.country}", ADR), "\n")
    b.t("URL:", (f"https://www.{dom}/", URL), "\n")
    if chance(r, 0.5):
        b.t("BDAY:", (rdob(r).isoformat(), DOB), "\n")
    b.t(f"REV:{rdt(r).strftime('%Y%m%dT%H%M%SZ')}\nEND:VCARD\n")
    return b


def k_calibration_cert(r):
    b = B("en")
    cc = r.choice(["us", "uk", "in", "ca", "ie"])
    tech, appr = persons(r, cc, 2)
    comp, dom = company(r, cc)
    lab = address(r, cc)
    d = rdate(r)
    b.t("CERTIFICATE OF CALIBRATION\n")
    b.t(f"Certificate No.: {fill(r, 'CAL-2#-#####')}    Accreditation: {r.choice(['ISO/IEC 17025 - A2LA 1234.01', fill(r, 'UKAS 0###'), fill(r, 'NABL CC-2###')])}\n\n")
    b.t(f"Customer: {company(r, en_cc(r))[0]}\n")
    b.t(f"Instrument: {r.choice(['Torque wrench', 'Digital caliper', 'Micrometer 0-25 mm', 'Pressure gauge 0-250 bar'])}, "
        f"{r.choice(BRANDS)}, {serial_no(r)}\n")
    b.t("Date of calibration: ", (fdate(r, d, "en"), DT), "\n")
    b.t("Next calibration due: ", (fdate(r, d + _dt.timedelta(days=r.choice([180, 365])), "en"), DT), "\n")
    b.t(f"Ambient: {r.randint(19, 22)}.{r.randint(0, 9)} °C, {r.randint(35, 60)}% RH   Uncertainty k=2: ±{r.randint(1, 9)}.{r.randint(0, 9)}%\n")
    b.t(f"Result: {r.choice(['PASS - as found / as left within tolerance', 'ADJUSTED - see data sheet'])}\n\n")
    b.t("Calibrated by: ", (tech.full, PER), "    Approved by: ", (appr.full, PER), "\n")
    b.t(f"{comp}, ", (lab.one, ADR), "\n")
    b.t("Verify this certificate: ", (url(r, dom, "certs", f"verify/{rs(r, 10, UPPER_NUM)}"), URL), "\n")
    return b


def k_loto_permit(r):
    b = B("en")
    cc = en_cc(r)
    auth, aff = persons(r, cc, 2)
    d = rdate(r)
    b.t(f"LOCKOUT / TAGOUT PERMIT   No. {fill(r, 'LOTO-####')}\n")
    b.t(f"Equipment: {asset_tag(r)} {r.choice(['transfer press', 'robot cell', 'conveyor drive', 'injection moulding machine'])}\n")
    b.t("Energy sources: electrical 480 V, pneumatic 6 bar, hydraulic accumulator\n\n")
    b.t("Isolation points:\n")
    for i in range(r.randint(2, 4)):
        b.t(f"  E{i + 1} {r.choice(['main disconnect', 'air dump valve', 'hydraulic ball valve', 'MCC bucket'])} - padlock #{r.randint(100, 999)}\n")
    b.t("\nApplied by (authorized): ", (auth.full, PER), "  on ", (fdt(r, d, "en"), DT), "\n")
    b.t("Affected employee notified: ", (aff.full, PER), "\n")
    b.t(f"Zero energy verified: yes (try-start, gauge 0 bar)   Duration planned: {duration(r)}\n")
    b.t("Locks removed: ", (fdt(r, d + _dt.timedelta(days=r.randint(0, 1)), "en"), DT), " by ", (auth.last, PER), "\n")
    b.t(f"Procedure ref: {r.choice(CONTROLS)}\n")
    return b


def k_contractor_signin_csv(r):
    b = B("en")
    cc = r.choice(["us", "us", "uk", "ca"])
    host = person(r, cc)
    b.t(f"# Contractor register - gate {r.randint(1, 4)} - host dept: {r.choice(['Maintenance', 'Facilities', 'Engineering'])}\n")
    b.t("name,company,phone,host,id_type,id_number,vehicle_plate,induction_valid_until\n")
    for _ in range(r.randint(3, 6)):
        p = person(r, cc, mid=0)
        comp = company(r, r.choice(EN_CCS))[0].replace(",", "")
        b.t((p.full, PER), f",{comp},", (phone(r, cc), PH), ",", (host.full, PER), ",")
        if chance(r, 0.6):
            if cc == "uk":
                b.t("Driving licence,", (dl_uk(r, p), DL))
            else:
                b.t("Driver license,", (dl_us(r)[1], DL))
        else:
            b.t(f"Site badge,{fill(r, 'CB-#####')}")
        b.t(f",{plate(r, cc)},", (rdate(r).isoformat(), DT), "\n")
    return b


def k_fleet_dispatch(r):
    b = B("en")
    cc = r.choice(["us", "us", "ca"])
    drv, disp = persons(r, cc, 2)
    pu, de = address(r, cc), address(r, cc)
    st, dln = dl_us(r)
    b.t(f"DISPATCH MANIFEST   Load {fill(r, 'LD-######')}   BOL {fill(r, 'BOL########')}\n\n")
    b.t("Driver: ", (drv.full, PER), f"   CDL ({st}): ", (dln, DL), "   Cell: ", (phone(r, cc), PH), "\n")
    b.t(f"Tractor plate: {plate(r, 'us')}   Trailer VIN: {vin(r)}   Seal: {fill(r, 'SL#######')}\n\n")
    b.t("PICKUP\n", (pu.block, ADR), "\nAppointment: ", (fdt(r, lang="en"), DT), "\n\n")
    b.t("DELIVER TO\n", (de.block, ADR), "\nAppointment: ", (fdt(r, lang="en"), DT), "\n\n")
    b.t(f"Commodity: steel coils, {r.randint(18000, 44000)} lb, {r.randint(2, 6)} pcs   Rate: {amount(r, '$', 900, 6000)}\n")
    b.t("Dispatcher: ", (disp.full, PER), " ", (phone(r, cc), PH), "\n")
    return b


def k_plant_utility_bill(r):
    b = B("en")
    cc = r.choice(["us", "uk", "ca", "au", "ie"])
    a = address(r, cc)
    comp, _ = company(r, cc)
    d = rdate(r)
    util = r.choice(["Great Lakes Power & Light", "Northern Grid Energy", "Ridgeway Gas & Electric", "Harbour Water Services"])
    cur = "£" if cc == "uk" else "$"
    b.t(f"{util}\nCOMMERCIAL / INDUSTRIAL ELECTRICITY STATEMENT\n\n")
    b.t(f"Customer: {comp}\n")
    b.t("Account number: ", (acct_no(r), ACC), "\n")
    b.t("Service address: ", (a.one, ADR), "\n")
    b.t("Billing period: ", (fdate(r, d, "en"), DT), " - ", (fdate(r, d + _dt.timedelta(days=30), "en"), DT), "\n")
    b.t(f"Meter: {fill(r, 'MTR-########')}   Tariff: {r.choice(['LP-2', 'GS-TOU', 'Industrial HV'])}\n")
    b.t(f"Energy: {r.randint(200000, 1900000):,} kWh   Peak demand: {r.randint(900, 6000):,} kW\n")
    b.t(f"Amount due: {amount(r, cur)}   Due date: ", (fdate(r, d + _dt.timedelta(days=45), "en"), DT), "\n\n")
    b.t("Questions? Call ", (phone(r, cc), PH), " or visit ", (url(r, fold(util.split()[0]) + "energy.com", "my", "business/billing"), URL), "\n")
    b.t(f"Previous payment received, thank you ({masked(r)}).\n")
    return b


def k_it_access_ticket(r):
    b = B("en")
    cc = en_cc(r)
    u, mgr, agent = persons(r, cc, 3)
    _, dom = company(r, cc)
    b.t(f"{fill(r, 'RITM00#####')} - New user access: {r.choice(['SAP PP/QM', 'MES Opcenter', 'Maximo CMMS', 'Historian'])}\n")
    b.t("Requested for: ", (u.full, PER), " (", (email(r, u, dom), EM), ")\n")
    b.t("Manager approval: ", (mgr.full, PER), f" - approved via {fill(r, 'APR#######')}\n")
    b.t(f"Role: {r.choice(['Production planner', 'Quality inspector', 'Maintenance technician'])}   Plant: {r.choice(['1000', '2100', '3400'])}\n\n")
    b.t("Work notes (", (agent.full, PER), "):\n")
    b.t(f"Account created as {uname(u)}. Initial password: ", (password(r), PW),
        " - user must change at first logon, valid until ", (fdate(r, rdate(r), "en"), DT), ".\n")
    b.t(f"MFA enrolment link sent. Closing {ticket_no(r)} as duplicate.\n")
    return b


def k_oem_remote_access(r):
    b = B("en")
    cc = en_cc(r)
    vcc = r.choice(["de", "it", "us", "uk", "se", "dk"])
    eng, appr = person(r, vcc), person(r, cc)
    vcomp, vdom = company(r, vcc)
    _, dom = company(r, cc)
    b.t("REMOTE ACCESS REQUEST - OT NETWORK (vendor)\n\n")
    b.t(f"Vendor: {vcomp}\n")
    b.t("Engineer: ", (eng.full, PER), "   E-mail: ", (email(r, eng, vdom), EM), "   Phone: ", (phone(r, vcc), PH), "\n")
    b.t("Target systems: ")
    for i in range(r.randint(1, 3)):
        b.t(", " if i else "", (ip_priv(r), IP))
    b.t(f" (PLC / HMI, {r.choice(BRANDS)})\n")
    b.t("VPN portal: ", (url(r, dom, "vpn", "remote/login"), URL), "\n")
    b.t("Session window: ", (fdt(r, lang="en"), DT), " - ", (ftime(r, "en"), DT), "\n")
    b.t(f"Account: ext_{fold(eng.last)[:8]}   One-time password: ", (password(r), PW), "\n")
    b.t(f"Session recorded: yes   Rule: {r.choice(CONTROLS)}\n")
    b.t("Approved by: ", (appr.full, PER), "\n")
    return b


def k_workers_comp(r):
    b = B("en")
    p, phys = person(r, "us"), person(r, "us")
    home, site = address(r, "us"), address(r, "us")
    comp, _ = company(r, "us")
    b.t("EMPLOYER'S FIRST REPORT OF WORK-RELATED INJURY OR ILLNESS\n")
    b.t(f"Claim number: {claim_no(r)}   Case no.: {fill(r, 'WC-#####')}\n\n")
    b.t("1. Employee name: ", (p.full, PER), "\n")
    b.t("2. SSN: ", (ssn(r), SSN), "     3. Date of birth: ", (fdate(r, rdob(r), "en", style=0), DOB), "\n")
    b.t("4. Home address: ", (home.one, ADR), "\n")
    b.t("5. Phone: ", (phone(r, "us"), PH), "\n")
    b.t(f"6. Employer: {comp}, ", (site.one, ADR), "\n")
    b.t("7. Date of injury: ", (fdate(r, rdate(r), "en"), DT), "   Time: ", (ftime(r, "en"), DT), "\n")
    b.t(f"8. Nature of injury: {r.choice(['crush injury, finger', 'burn, forearm', 'lumbar strain', 'foreign body, eye'])} ({r.choice(ICDS)})\n")
    b.t(f"9. Treating physician: Dr. ", (phys.full, PER), f" (NPI {npi(r)})\n")
    b.t("10. Hospital MRN: ", (mrn(r), MRN), "\n")
    b.t(f"11. Lost work days: {r.randint(0, 30)}   Average weekly wage: {amount(r, '$', 700, 2200)}\n")
    return b


def k_qms_api_payload(r):
    b = B("en")
    cc = r.choice(ALL_CCS)
    p = person(r, cc, mid=0)
    _, dom = company(r, cc)
    cty = city_of(r, cc)
    sched = rdt(r)
    b.t("POST /api/v2/inspections HTTP/1.1\n")
    b.t(f"Host: qms.{dom}\n")
    b.t("Authorization: Bearer ", (generic_secret(r, 5), GS), "\n")
    b.t(f"X-Request-Id: {uuid4(r)}\nContent-Type: application/json\n\n")
    b.t("{\n")
    b.t(f"  \"inspection_id\": \"{fill(r, 'INS-#######')}\",\n")
    b.t(f"  \"part\": {{\"number\": \"{part_no(r)}\", \"lot\": \"{lot_no(r)}\", \"hs_code\": \"{r.choice(HS_CODES)}\"}},\n")
    b.t("  \"inspector\": {\"name\": \"", (p.full, PER), "\", \"email\": \"", (email(r, p, dom), EM), "\"},\n")
    b.t("  \"scheduled_for\": \"", (iso(sched, r.choice(["Z", "+01:00", "+02:00"])), DT), "\",\n")
    b.t("  \"plant\": {\"city\": \"", (cty[0], LC), "\", \"country\": \"", (LOCALES[cc]["country"], LC), "\"},\n")
    b.t(f"  \"sample_size\": {r.choice([5, 13, 32, 80])},\n  \"aql\": \"{r.choice(['0.65', '1.0', '2.5'])}\"\n}}\n")
    return b


def k_git_diff_leak(r):
    b = B("en")
    cc = en_cc(r)
    dev = person(r, cc, mid=0)
    _, dom = company(r, cc)
    dtv = rdt(r)
    b.t(f"commit {sha(r)}\n")
    b.t("Author: ", (dev.full, PER), " <", (email(r, dev, dom), EM), ">\n")
    b.t(f"Date:   {WD_ABBR[dtv.weekday()]} {MON_ABBR[dtv.month - 1]} {dtv.day} {dtv.strftime('%H:%M:%S')} {dtv.year} {r.choice(['+0100', '-0500', '+0000'])}\n\n")
    b.t("    Remove hardcoded credentials from historian collector\n\n")
    b.t("diff --git a/collector/config.ini b/collector/config.ini\n")
    b.t(f"index {sha(r, 7)}..{sha(r, 7)} 100644\n--- a/collector/config.ini\n+++ b/collector/config.ini\n")
    b.t(f"@@ -{r.randint(5, 40)},7 +{r.randint(5, 40)},7 @@\n [aws]\n")
    b.t(" region = eu-central-1\n")
    b.t("-aws_access_key_id = ", (aws_akid(r), AKI), "\n")
    b.t("-aws_secret_access_key = ", (aws_secret(r), AKS), "\n")
    b.t("+aws_access_key_id = ${AWS_ACCESS_KEY_ID}\n+aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n")
    b.t(" [opcua]\n endpoint = opc.tcp://", (ip_priv(r), IP), ":4840\n")
    if chance(r, 0.5):
        b.t("-password = ", (password(r), PW), "\n+password = ${OPCUA_PASSWORD}\n")
    return b


def k_oncall_roster_md(r):
    b = B("en")
    cc = en_cc(r)
    staff = [person(r, cc, mid=0) for _ in range(4)]
    d = rdate(r)
    d -= _dt.timedelta(days=d.weekday())
    b.t(f"## Maintenance on-call roster - {r.choice(['Electrical', 'Mechanical', 'Controls'])}\n\n")
    b.t("| Week starting | Primary | Phone | Backup | Phone |\n|---|---|---|---|---|\n")
    for w in range(r.randint(3, 6)):
        p1, p2 = r.sample(staff, 2)
        b.t("| ", (fdate(r, d + _dt.timedelta(days=7 * w), "en", style=3), DT), " | ", (p1.full, PER), " | ",
            (phone(r, cc), PH), " | ", (p2.full, PER), " | ", (phone(r, cc), PH), " |\n")
    b.t(f"\nEscalation after {duration(r)} without answer: plant manager. Pager group {group_no(r)}.\n")
    return b


def k_docker_compose(r):
    b = B("en")
    pw1 = password(r)
    b.t("# docker-compose.yml - MES edge stack (line PCs)\nversion: \"3.8\"\nservices:\n")
    b.t("  db:\n    image: postgres:15\n    environment:\n")
    b.t("      POSTGRES_USER: mes\n      POSTGRES_PASSWORD: ", (pw1, PW), "\n")
    b.t("    networks:\n      plant:\n        ipv4_address: ", (ip_priv(r), IP), "\n")
    b.t("  broker:\n    image: eclipse-mosquitto:2\n    ports: [\"8883:8883\"]\n")
    b.t("  mes-agent:\n    image: registry.local/mes-agent:", version(r).strip().lstrip("vVFW "), "\n    environment:\n")
    b.t("      DATABASE_URL: postgres://mes:", (pw1, PW), "@db:5432/mes\n")
    b.t("      PLC_HOST: ", (ip_priv(r), IP), "\n")
    b.t("      TRACE_API_TOKEN: ", (generic_secret(r, r.choice([0, 2, 6])), GS), "\n")
    b.t("      SMTP_PASSWORD: ${SMTP_PASSWORD}\n")
    b.t("networks:\n  plant:\n    ipam:\n      config:\n        - subnet: ", (f"10.{r.randint(0, 99)}.0.0", IP), "/16\n")
    return b


def k_terraform_tfvars(r):
    b = B("en")
    cc = en_cc(r)
    p = person(r, cc)
    _, dom = company(r, cc)
    b.t("# terraform.tfvars -- plant-data-lake (prod)\n")
    b.t(f"region           = \"{r.choice(['eu-central-1', 'us-east-2', 'ap-south-1'])}\"\n")
    b.t("aws_access_key   = \"", (aws_akid(r), AKI), "\"\n")
    b.t("aws_secret_key   = \"", (aws_secret(r), AKS), "\"\n")
    b.t("plc_subnet_cidr  = \"", (f"10.{r.randint(0, 99)}.0.0", IP), "/16\"\n")
    b.t("bastion_allowed  = [")
    for i in range(r.randint(1, 3)):
        b.t(", " if i else "", "\"", (ip_pub(r), IP), "/32\"")
    b.t("]\n")
    b.t("ops_contact      = \"", (email(r, p, dom), EM), "\"\n")
    b.t(f"kms_key_id       = \"{uuid4(r)}\"\n")
    b.t("db_master_pass   = \"", (password(r), PW), "\"\n")
    b.t(f"tags = {{ owner = \"{uname(p)}\", cost_center = \"{fill(r, '4###')}\" }}\n")
    return b


def k_contractor_invoice(r):
    b = B("en")
    vcc = r.choice(["uk", "ie", "de", "nl", "us"])
    ccc = r.choice(["uk", "us", "ie"])
    vcomp, vdom = company(r, vcc)
    ccomp, _ = company(r, ccc)
    va, ca = address(r, vcc), address(r, ccc)
    contact = person(r, vcc)
    d = rdate(r)
    cur = {"uk": "£", "us": "$"}.get(vcc, "EUR")
    b.t(f"{vcomp}\n", (va.block, ADR), "\n", "VAT/Tax ID: ", fill(r, "@@#########"), "\n\n")
    b.t(f"INVOICE {fill(r, 'INV-2#-####')}\n")
    b.t("Invoice date: ", (fdate(r, d, "en"), DT), "   Payment due: ", (fdate(r, d + _dt.timedelta(days=30), "en"), DT), "\n\n")
    b.t(f"Bill to: {ccomp}\n", (ca.block, ADR), "\n\n")
    b.t(f"Your PO: {po_no(r)}\n")
    b.t(f"Preventive maintenance - {r.choice(['compressors', 'cranes', 'robot cells', 'chillers'])}   {amount(r, cur)}\n")
    b.t(f"Call-out surcharge ({duration(r)})   {amount(r, cur)}\n")
    b.t("\nPayment to:\n")
    if vcc == "us":
        b.t("Account no. ", (fill(r, "%#########"), ACC), f"   ABA {aba(r)}\n")
    elif vcc == "uk":
        b.t(f"Sort code {fill(r, '##-##-##')}   Account ", (fill(r, "########"), ACC), "\n")
        b.t("IBAN ", (fmt_iban(r, iban(r, "GB")), IBAN), "\n")
    else:
        ic = CC2IBAN[vcc]
        b.t("IBAN ", (fmt_iban(r, iban(r, ic)), IBAN), f"   BIC {bic(r, ic)}\n")
    b.t("Queries: ", (contact.full, PER), ", ", (email(r, contact, vdom), EM), "\n")
    return b


def k_benefits_letter(r):
    b = B("en")
    p = person(r, "us")
    a = address(r, "us")
    comp, _ = company(r, "us")
    d = rdate(r)
    b.t(f"{comp} - Human Resources / Benefits\n\n")
    b.t((p.full, PER), "\n", (a.block, ADR), "\n\n")
    b.t((fdate(r, d, "en", style=1), DT), "\n\n")
    b.t("Dear ", r.choice([title(p) + " ", ""]), (p.last, PER), ",\n\n")
    b.t(f"Your enrollment in the {r.choice(['Choice PPO', 'HDHP with HSA', 'Gold EPO'])} medical plan is confirmed, "
        "effective ", (fdate(r, d + _dt.timedelta(days=r.randint(10, 40)), "en", style=1), DT), ".\n")
    b.t("Member ID: ", (health_plan_id(r), HPN), f"    Group number: {group_no(r)}\n")
    b.t("Date of birth on file: ", (fdate(r, rdob(r), "en", style=0), DOB), "\n")
    b.t("If anything is incorrect, call the benefits hotline at ", (phone(r, "us"), PH), " before ",
        (fdate(r, d + _dt.timedelta(days=30), "en", style=1), DT), ".\n\n")
    b.t(f"Your payroll deduction will be {amount(r, '$', 40, 400)} per pay period.\n\nSincerely,\nBenefits Team\n")
    return b


def k_pcard_transactions(r):
    b = B("en")
    cc = r.choice(["us", "us", "uk", "ca", "au"])
    holder, appr = persons(r, cc, 2)
    cur = "£" if cc == "uk" else "$"
    pan = card_number(r, r.choice(["visa", "mc", "amex"]))
    b.t("PURCHASING CARD - MONTHLY RECONCILIATION (maintenance stores)\n")
    b.t("Cardholder: ", (holder.full, PER), "   Card: ", (fmt_card(r, pan), CC), "\n")
    b.t(f"Statement: {fill(r, 'ST-202#-##')}   Cost centre: {fill(r, '4###')}   Single limit: {amount(r, cur, 2000, 10000)}\n\n")
    b.t("posted,merchant,description,gl,amount\n")
    d = rdate(r)
    for _ in range(r.randint(3, 7)):
        d += _dt.timedelta(days=r.randint(0, 4))
        b.t((d.isoformat(), DT), f",{r.choice(['GRAINGER', 'MCMASTER-CARR', 'RS COMPONENTS', 'FASTENAL', 'APPLIED IND TECH', 'MSC INDUSTRIAL'])},"
            f"{r.choice(['bearings', 'PPE gloves', 'fuses 10A', 'hydraulic hose', 'cutting inserts', 'sensor M12'])},{fill(r, '6####')},"
            f"\"{amount(r, cur, 12, 900)}\"\n")
    b.t("\nReceipts attached for all lines. Approved by ", (appr.full, PER), " on ", (fdate(r, rdate(r), "en"), DT), ".\n")
    return b


# ==========================================================================
# document kinds -- other languages
# ==========================================================================
def k_de_wartungsauftrag(r):
    b = B("de")
    cc = "de"
    auf, tech = persons(r, cc, 2)
    comp, dom = company(r, cc)
    a = address(r, cc)
    anrede = title(auf, "de")
    b.t(f"WARTUNGSAUFTRAG {wo_no(r)}\n")
    b.t(f"Anlage: {asset_tag(r)} – {r.choice(['Transferpresse', 'Schweißroboterzelle', 'Spritzgießmaschine', 'Lackieranlage'])} "
        f"({r.choice(BRANDS)})\n")
    b.t("Standort: ", (a.one, ADR), f", {room(r).replace('Room', 'Raum')}\n")
    b.t(f"Auftraggeber: {anrede} ", (auf.full, PER), ", Tel. ", (phone(r, cc), PH), ", E-Mail ", (email(r, auf, dom), EM), "\n")
    b.t("Techniker: ", (tech.full, PER), "\n")
    b.t("Geplanter Termin: ", (fdt(r, lang="de", wd=0.3), DT), "\n")
    b.t("Fertigstellung bis: ", (fdate(r, rdate(r), "de"), DT), "\n\n")
    b.t("Beschreibung:\n", r.choice([
        "Hydraulikaggregat verliert Öl am Druckbegrenzungsventil, ca. 1 l pro Schicht.",
        "Spindellager Achse Z laut, Schwingung 6,2 mm/s. Austausch erforderlich.",
        "Lichtgitter Station 40 löst sporadisch aus, Steckverbinder prüfen.",
        "Kühlwasserpumpe P2 überhitzt, Temperatur 82 °C."]), "\n")
    b.t(f"Ersatzteile: {r.choice(BRANDS)} Dichtsatz {part_no(r)}, Lager {part_no(r)}\n")
    b.t(f"Geschätzte Dauer: {duration(r)}\n")
    b.t("Hinweis: Freischaltung (LOTO) erfolgt durch ", (r.choice([auf.last, tech.last]), PER),
        f"; Schlüssel liegt bei der Schichtleitung. Lieferant: {company(r, 'de')[0]}.\n")
    return b


def k_de_unfallanzeige(r):
    b = B("de")
    cc = "de"
    v, arzt, chef = persons(r, cc, 3)
    comp, _ = company(r, cc)
    fa = address(r, cc)
    wa = address(r, cc)
    b.t("UNFALLANZEIGE (§ 193 SGB VII)\n\n")
    b.t(f"1  Name und Anschrift des Unternehmens: {comp}, ", (fa.one, ADR), "\n")
    b.t(f"2  Unternehmensnummer des Unfallversicherungsträgers: {fill(r, '###########')}\n")
    b.t("3  Empfänger: BG Holz und Metall\n")
    b.t("4  Name, Vorname der versicherten Person: ", (f"{v.last}, {v.first}", PER), "\n")
    b.t("5  Geburtsdatum: ", (fdate(r, rdob(r), "de", style=0), DOB), "\n")
    b.t("6  Straße, Hausnummer: ", (wa.street, ADR), "\n")
    b.t(f"7  Postleitzahl: {wa.pc}   Ort: ", (wa.city, LC), "\n")
    b.t(f"8  Geschlecht: {r.choice(['männlich', 'weiblich', 'divers'])}   9  Staatsangehörigkeit: {r.choice(['deutsch', 'türkisch', 'polnisch'])}\n")
    b.t(f"10 Krankenkasse: {r.choice(['AOK Bayern', 'TK', 'BARMER', 'IKK classic'])}, Versichertennummer ",
        (fill(r, "@#########"), HPN), "\n")
    b.t("11 Unfallzeitpunkt: ", (fdt(r, lang="de", wd=0.2), DT), "\n")
    b.t(f"12 Unfallort: Halle {r.randint(1, 9)}, {r.choice(['Presse', 'Stanze', 'Montageband'])} {r.randint(1, 20)}\n")
    b.t("13 Schilderung: Die versicherte Person ", r.choice([
        "geriet beim Entfernen eines Stanzteils mit der linken Hand in das Werkzeug.",
        "rutschte auf ausgelaufenem Hydrauliköl aus und stürzte auf die rechte Schulter.",
        "wurde beim Abladen von einem kippenden Gitterbox-Stapel getroffen."]), "\n")
    b.t(f"14 Verletzung: {r.choice(['Quetschung', 'Schnittverletzung', 'Prellung'])} ({r.choice(ICDS)})\n")
    b.t("15 Erstbehandlung durch D-Arzt Dr. ", (arzt.full, PER), ", Tel. ", (phone(r, cc), PH), "\n")
    b.t("16 Arbeit eingestellt: ja, am ", (fdate(r, rdate(r), "de"), DT), "\n")
    b.t("17 Datum: ", (fdate(r, rdate(r), "de"), DT), "   Unternehmer/Bevollmächtigter: ", (chef.full, PER), "\n")
    return b


def k_fr_rapport_nc(r):
    b = B("fr")
    cc = "fr"
    ctrl, rq = persons(r, cc, 2)
    comp, dom = company(r, cc)
    ccomp = company(r, r.choice(["fr", "de", "es"]))[0]
    ccity = city_of(r, cc)[0]
    titre = title(rq, "fr")
    b.t(f"RAPPORT DE NON-CONFORMITÉ N° {ncr_no(r)}\n\n")
    b.t("Date de détection : ", (fdate(r, rdate(r), "fr"), DT), "\n")
    b.t(f"Client : {ccomp}, site de ", (ccity, LC), "\n")
    b.t(f"Référence pièce : {part_no(r)}   Lot : {lot_no(r)}   Quantité suspecte : {r.randint(20, 4000)}\n")
    b.t("Description du défaut : ", r.choice([
        "bavure sur arête B supérieure à 0,2 mm",
        "diamètre d'alésage hors tolérance (12,08 mm pour 12,00 +0,05)",
        "porosité détectée au contrôle radiographique",
        "défaut d'adhérence peinture (quadrillage classe 3)"]), ".\n")
    b.t("Détecté par : ", (ctrl.full, PER), " (contrôleur qualité), tél. ", (phone(r, cc), PH), "\n")
    b.t(f"Responsable qualité fournisseur : {titre} ", (rq.full, PER), " – ", (email(r, rq, dom), EM), "\n")
    b.t("Action de confinement : tri à 100 % du stock avant le ", (fdate(r, rdate(r), "fr"), DT), ".\n")
    b.t("Réunion 8D prévue le ", (fdt(r, lang="fr", wd=0.3), DT), f" en salle {r.randint(1, 4)}.{r.randint(1, 20):02d}.\n")
    b.t("Dépôt des preuves sur le portail : ", (url(r, dom, "qualite", f"nc/{r.randint(1000, 9999)}"), URL), "\n")
    b.t(f"Coût estimé : {amount(r, '€')} – référence {r.choice(CONTROLS)}.\n")
    return b


def k_fr_visite_medicale(r):
    b = B("fr")
    cc = "fr"
    s, med = persons(r, cc, 2)
    comp, _ = company(r, cc)
    a = address(r, cc)
    d = rdate(r)
    b.t("SERVICE DE PRÉVENTION ET DE SANTÉ AU TRAVAIL\nFICHE DE VISITE – CONFIDENTIEL\n\n")
    b.t(f"Salarié : {title(s, 'fr')} ", (f"{s.last.upper()} {s.first}", PER), "\n")
    b.t("Date de naissance : ", (fdate(r, rdob(r), "fr", style=0), DOB), "\n")
    b.t("N° de dossier médical : ", (mrn(r), MRN), "\n")
    b.t(f"Mutuelle : {r.choice(['Harmonie Mutuelle', 'MGEN', 'Malakoff Humanis'])} – n° adhérent ", (fill(r, "##########"), HPN), "\n")
    b.t(f"Poste : {r.choice(['cariste', 'soudeur', 'opérateur presse', 'peintre industriel'])}\n")
    b.t(f"Entreprise : {comp}, ", (a.one, ADR), "\n")
    b.t("Date de la visite : ", (fdate(r, d, "fr"), DT), " à ", (ftime(r, "fr"), DT), "\n")
    b.t(f"Examens : audiogramme (perte {r.randint(10, 40)} dB à 4 kHz), spirométrie VEMS {r.randint(75, 105)} %\n")
    b.t(f"Traitement en cours : {r.choice(DRUGS)}\n")
    b.t(f"Conclusion : {r.choice(['apte', 'apte avec aménagement de poste', 'apte – port de protections auditives obligatoire'])}\n")
    b.t("Prochaine visite : ", (fdate(r, d + _dt.timedelta(days=730), "fr"), DT), "\n")
    b.t("Médecin du travail : Dr ", (med.full, PER), "\n")
    return b


def k_es_parte_turno(r):
    b = B("es")
    cc = "es"
    sal, ent, mant = persons(r, cc, 3)
    b.t(f"PARTE DE TURNO – Línea {r.randint(1, 8)} {r.choice(['Estampación', 'Soldadura', 'Montaje', 'Pintura'])} – ",
        (fdate(r, rdate(r), "es", wd=0.3), DT), "\n")
    b.t(f"Turno: {r.choice(['mañana', 'tarde', 'noche'])}\n")
    b.t("Responsable saliente: ", (sal.full, PER), "   Entrante: ", (ent.full, PER), "\n\n")
    tm = r.choice([6, 14, 22]) * 60 + r.randint(0, 20)
    for _ in range(r.randint(4, 6)):
        tm += r.randint(5, 75)
        b.t(f"{tm // 60 % 24:02d}:{tm % 60:02d} ")
        ev = r.randrange(4)
        if ev == 0:
            b.t(f"Parada robot R{r.randint(1, 9)} por fallo de pinza, {duration(r)}\n")
        elif ev == 1:
            b.t(f"Cambio de referencia a {part_no(r)}\n")
        elif ev == 2:
            b.t(f"Chatarra {r.randint(1, 40)} piezas, lote {lot_no(r)}\n")
        else:
            b.t("Avisado ", (r.choice([sal, ent]).first, PER), " por falta de material\n")
    b.t("\nMantenimiento de guardia: ", (mant.full, PER), ", móvil ", (phone(r, cc), PH), "\n")
    b.t(f"Observaciones: revisar resguardo de la prensa {asset_tag(r)} antes del arranque.\n")
    return b


def k_es_pedido_email(r):
    b = B("es")
    cc = r.choice(["es", "es", "mx"])
    comp_cc = "es" if cc == "es" else "mx"
    buyer, sup = person(r, comp_cc), person(r, "es")
    bcomp, bdom = company(r, comp_cc)
    scomp, sdom = company(r, "es")
    a = address(r, comp_cc)
    dtv = rdt(r)
    po = po_no(r)
    wd = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][dtv.weekday()]
    mon = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"][dtv.month - 1]
    b.t("De: ", (buyer.full, PER), " <", (email(r, buyer, bdom), EM), ">\n")
    b.t("Para: ", (email(r, sup, sdom), EM), "\n")
    b.t(f"Fecha: {wd}, {dtv.day} {mon} {dtv.year} {dtv.strftime('%H:%M:%S')} +0100\n")
    b.t(f"Asunto: Pedido {po} – confirmación y datos bancarios\n\n")
    b.t(f"{'Estimada Sra.' if sup.female else 'Estimado Sr.'} ", (sup.last, PER), ":\n\n")
    b.t(f"Le confirmamos el pedido {po} de {r.randint(100, 9000)} unidades de la referencia {part_no(r)}. "
        "La entrega debe realizarse el ", (fdate(r, rdate(r), "es", wd=0.3), DT), " en nuestra planta:\n",
        (a.block, ADR), "\n\n")
    b.t("Para el anticipo, rogamos confirmen la cuenta IBAN ", (fmt_iban(r, iban(r, "ES")), IBAN),
        f" (BIC {bic(r, 'ES')}). Importe: {amount(r, '€')}.\n\n")
    b.t("Un saludo,\n", (buyer.full, PER), f"\nDepartamento de Compras · {bcomp}\nTel. ", (phone(r, comp_cc), PH), "\n")
    return b


def k_it_verbale_audit(r):
    b = B("it")
    cc = "it"
    aud, dir_, rq = persons(r, cc, 3)
    comp, dom = company(r, cc)
    a = address(r, cc)
    d = rdate(r)
    b.t("VERBALE DI AUDIT FORNITORE\n")
    b.t(f"Rif.: AUD-{d.year}-{r.randint(10, 999):03d}   Norma: {r.choice(['IATF 16949', 'ISO 9001:2015', 'VDA 6.3'])}\n\n")
    b.t(f"Fornitore: {comp}\nSede: ", (a.one, ADR), "\n")
    b.t("Data audit: ", (fdate(r, d, "it", wd=0.3), DT), "\n")
    b.t("Auditor: Ing. ", (aud.full, PER), "\n")
    b.t(f"Presenti per il fornitore: {'Dott.ssa' if dir_.female else 'Dott.'} ", (dir_.full, PER),
        " (Direttore di stabilimento), ", title(rq, "it"), " ", (rq.full, PER), " (Responsabile Qualità)\n\n")
    b.t("Rilievi:\n")
    for i in range(r.randint(2, 3)):
        b.t(f" {i + 1}) {r.choice(['Non conformità maggiore', 'Non conformità minore', 'Osservazione'])} – "
            f"{r.choice(['taratura strumenti scaduta', 'FIFO non rispettato', 'piano di controllo non aggiornato', 'tracciabilità lotti incompleta'])} "
            f"({r.choice(CONTROLS)})\n")
    b.t("\nPiano d'azione da inviare entro il ", (fdate(r, d + _dt.timedelta(days=30), "it"), DT), ".\n")
    b.t("Contatti: ", (email(r, rq, dom), EM), ", tel. ", (phone(r, cc), PH), "\n")
    return b


def k_it_permesso_lavoro(r):
    b = B("it")
    cc = "it"
    prep, anti, aut = persons(r, cc, 3)
    ecomp = company(r, cc)[0]
    d = rdate(r)
    h = r.randint(7, 13)
    b.t(f"PERMESSO DI LAVORO A CALDO N. {fill(r, 'PL-####')}\n\n")
    b.t("Data: ", (fdate(r, d, "it"), DT), ", dalle ore ", (f"{h:02d}:00", DT), " alle ore ", (f"{h + 4:02d}:00", DT), "\n")
    b.t(f"Area: reparto {r.choice(['fonderia', 'saldatura', 'manutenzione'])}, {room(r).replace('Room', 'locale')}\n")
    b.t(f"Impresa esecutrice: {ecomp}\n")
    b.t("Preposto: ", (prep.full, PER), ", cell. ", (phone(r, cc), PH), "\n")
    b.t("Addetto antincendio: ", (anti.full, PER), "\n")
    b.t(f"Misure: rimozione materiali combustibili entro 10 m, estintore CO2, sorveglianza per {duration(r)} dopo la fine lavori\n")
    b.t("Autorizzato da: ", (aut.full, PER), " – ", (fdt(r, d, "it"), DT), "\n")
    b.t(f"Riferimento DVR: {r.choice(CONTROLS)}\n")
    return b


def k_pt_relatorio_incidente(r):
    b = B("pt")
    cc = r.choice(["pt", "pt", "br"])
    s, t1, t2, eng = persons(r, cc, 4)
    comp, dom = company(r, cc)
    site, home = address(r, cc), address(r, cc)
    b.t("RELATÓRIO DE INCIDENTE / ACIDENTE DE TRABALHO\n")
    b.t(f"N.º {fill(r, 'AT-202#-###')}\n\n")
    b.t("Data e hora: ", (fdt(r, lang="pt", wd=0.2), DT), "\n")
    b.t(f"Local: {comp}, ", (site.one, ADR), f" – {r.choice(['linha de prensas', 'armazém', 'fundição'])}\n")
    b.t("Sinistrado: ", (s.full, PER), ", data de nascimento ", (fdate(r, rdob(r), "pt", style=0), DOB), "\n")
    b.t(f"{'Morada' if cc == 'pt' else 'Endereço'}: ", (home.one, ADR), "\n")
    b.t(f"{'Telemóvel' if cc == 'pt' else 'Celular'}: ", (phone(r, cc), PH), "\n")
    b.t("Descrição: ", r.choice([
        "durante a troca de ferramenta o trabalhador entalou a mão direita.",
        "queda ao mesmo nível devido a óleo no pavimento.",
        "projeção de limalha para o olho esquerdo sem óculos de proteção."]), "\n")
    b.t("Testemunhas: ", (t1.full, PER), ", ", (t2.full, PER), "\n")
    b.t(f"Assistência: urgência hospitalar, processo clínico n.º ", (mrn(r), MRN), "\n")
    if cc == "pt":
        b.t("N.º de utente SNS: ", (fill(r, "#########"), HPN), "\n")
    else:
        b.t(f"Convênio {r.choice(['Unimed', 'Bradesco Saúde'])}, carteirinha ", (fill(r, "#### #### #### ####"), HPN), "\n")
    b.t(f"Medicação administrada: {r.choice(DRUGS)}. Dias de baixa previstos: {r.randint(0, 20)}\n")
    b.t("Responsável de segurança: Eng. ", (eng.full, PER), " – ", (email(r, eng, dom), EM), "\n")
    return b


def k_nl_storingsmelding(r):
    b = B("nl")
    cc = "nl"
    melder, monteur = persons(r, cc, 2)
    comp, dom = company(r, cc)
    cty = city_of(r, cc)[0]
    vdom = company(r, r.choice(["de", "nl", "dk"]))[1]
    b.t(f"STORINGSMELDING {ticket_no(r)}\n\n")
    b.t("Gemeld door: ", (melder.full, PER), " (", (email(r, melder, dom), EM), ")\n")
    b.t("Datum/tijd: ", (fdt(r, lang="nl", wd=0.3), DT), "\n")
    b.t("Locatie: ", (cty, LC), f" – hal {r.randint(1, 6)}, {room(r).replace('Room', 'ruimte')}\n")
    b.t(f"Installatie: {r.choice(['koelinstallatie', 'persluchtcompressor', 'lasrobot', 'transportband'])} {asset_tag(r)} ({r.choice(BRANDS)})\n")
    b.t("Omschrijving: ", r.choice([
        "compressor slaat af op hoge temperatuur, alarm 2011.",
        "robot stopt met foutmelding servo-overstroom as 3.",
        "band loopt scheef, sensor B4 geeft geen signaal."]), "\n")
    b.t("Monteur ingepland: ", (monteur.full, PER), ", tel. ", (phone(r, cc), PH), ", op ",
        (fdt(r, lang="nl"), DT), "\n")
    b.t("Servicedesk leverancier: ", (phone(r, r.choice(["nl", "de"])), PH), "\n")
    b.t("Inloggen op afstand via ", (url(r, vdom, "service", "remote"), URL), f", gebruiker service{r.randint(1, 9)}, wachtwoord ",
        (password(r), PW), "\n")
    b.t(f"Prioriteit: {r.choice(['hoog', 'normaal'])} – stilstand tot nu toe {duration(r)}\n")
    return b


def k_pl_protokol_odbioru(r):
    b = B("pl")
    cc = "pl"
    dost, zam = persons(r, cc, 2)
    comp, dom = company(r, cc)
    vcomp = company(r, r.choice(["de", "it", "pl"]))[0]
    a = address(r, cc)
    d = rdate(r)
    b.t("PROTOKÓŁ ODBIORU TECHNICZNEGO MASZYNY\n")
    b.t(f"Nr protokołu: {fill(r, 'PO/202#/###')}\n\n")
    b.t("Data odbioru: ", (fdate(r, d, "pl"), DT), "\n")
    b.t(f"Miejsce: {comp}, ", (a.one, ADR), "\n")
    b.t(f"Maszyna: {r.choice(['prasa hydrauliczna', 'centrum obróbcze CNC', 'wtryskarka', 'robot spawalniczy'])} "
        f"{r.choice(BRANDS)}, nr seryjny {serial_no(r)}\n")
    b.t(f"Dostawca: {vcomp}\n")
    b.t("Przedstawiciel dostawcy: ", (dost.full, PER), ", tel. ", (phone(r, r.choice(["pl", "de"])), PH), "\n")
    b.t("Przedstawiciel zamawiającego: ", (zam.full, PER), ", e-mail ", (email(r, zam, dom), EM), "\n\n")
    b.t("Uwagi: ", r.choice([
        "brak osłony na przenośniku wyjściowym; dokumentacja DTR niekompletna.",
        "czas cyklu 42 s zamiast 38 s wg specyfikacji.",
        "brak deklaracji zgodności CE dla modułu podajnika."]), "\n")
    b.t("Termin usunięcia usterek: ", (fdate(r, d + _dt.timedelta(days=r.randint(7, 30)), "pl"), DT), "\n")
    b.t(f"Wynik odbioru: {r.choice(['pozytywny', 'pozytywny z uwagami', 'negatywny'])}\n")
    return b


def k_sv_skiftrapport(r):
    b = B("sv")
    cc = "se"
    sl, av, jour = persons(r, cc, 3)
    b.t(f"SKIFTRAPPORT – Linje {r.randint(1, 8)} – ", (fdate(r, rdate(r), "sv", wd=0.3), DT), "\n")
    b.t("Skiftledare: ", (sl.full, PER), "   Avlösare: ", (av.full, PER), "\n\n")
    tm = r.choice([6, 14, 22]) * 60 + r.randint(0, 20)
    for _ in range(r.randint(4, 6)):
        tm += r.randint(5, 75)
        b.t(f"{tm // 60 % 24:02d}.{tm % 60:02d} ")
        ev = r.randrange(4)
        if ev == 0:
            b.t(f"Stopp i svetscell {r.randint(1, 9)}, larm E-{r.randint(100, 999)}, {duration(r)}\n")
        elif ev == 1:
            b.t(f"Omställning till artikel {part_no(r)}\n")
        elif ev == 2:
            b.t(f"Kassation {r.randint(1, 30)} st, batch {lot_no(r)}\n")
        else:
            b.t(f"OEE hittills {r.randint(55, 90)} %\n")
    b.t("\nJour underhåll: ", (jour.full, PER), ", tel ", (phone(r, cc), PH), "\n")
    b.t("Möte med leverantören ", (fdt(r, lang="sv"), DT), f" i {room(r).replace('Room', 'rum')}.\n")
    return b


def k_da_bankskift(r):
    b = B("da")
    cc = "dk"
    afs, kont = persons(r, cc, 2)
    comp, dom = company(r, cc)
    ccomp, cdom = company(r, r.choice(["dk", "se", "de"]))
    a = address(r, cc)
    dtv = rdt(r)
    wd = ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."][dtv.weekday()]
    b.t("Fra: ", (afs.full, PER), " <", (email(r, afs, dom), EM), ">\n")
    b.t("Til: ", (role_email(r, cdom), EM), "\n")
    b.t(f"Dato: {wd} {dtv.day}. {MONTHS['da'][dtv.month - 1][:3]}. {dtv.year} kl. {dtv.strftime('%H.%M')}\n")
    b.t("Emne: Ændring af bankoplysninger\n\n")
    b.t("Kære ", (kont.first, PER), ",\n\n")
    b.t(f"{comp} har skiftet bankforbindelse. Fremover bedes alle betalinger foretages til:\n\n")
    b.t(f"Reg.nr. {fill(r, '####')}   Kontonr. ", (fill(r, "00########"), ACC), "\n")
    b.t("IBAN: ", (fmt_iban(r, iban(r, "DK")), IBAN), f"\nSWIFT: {bic(r, 'DK')}\n\n")
    b.t("Ændringen gælder fra ", (fdate(r, rdate(r), "da"), DT), ". Ring venligst til ", (afs.first, PER),
        " på ", (phone(r, cc), PH), " for at bekræfte, inden næste betaling.\n\n")
    b.t("Med venlig hilsen\n", (afs.full, PER), "\n", comp, "\n", (a.one, ADR), "\n")
    return b


def k_no_hms_avvik(r):
    b = B("no")
    cc = "no"
    meld, inv, ans, vo = persons(r, cc, 4)
    comp, _ = company(r, cc)
    a = address(r, cc)
    b.t(f"HMS-AVVIKSMELDING  Nr. {fill(r, 'AV-202#-###')}\n\n")
    b.t("Dato og tid: ", (fdt(r, lang="no", wd=0.2), DT), "\n")
    b.t(f"Sted: {comp}, ", (a.one, ADR), f" – hall {r.choice('ABCD')}\n")
    b.t("Meldt av: ", (meld.full, PER), ", tlf. ", (phone(r, cc), PH), "\n")
    b.t("Involvert: ", (inv.full, PER), " (født ", (fdate(r, rdob(r), "no", style=0), DOB), ")\n")
    b.t("Beskrivelse: ", r.choice([
        "fallende gjenstand fra traverskran, ingen personskade.",
        "kjemikaliesøl (lut) ved renseanlegget, ca. 20 liter.",
        "kutt i hånd ved håndtering av aluminiumsprofiler uten hansker."]), "\n")
    b.t(f"Strakstiltak: område sperret av i {duration(r)}, verneutstyr kontrollert.\n")
    b.t("Ansvarlig for tiltak: ", (ans.full, PER), ", frist ", (fdate(r, rdate(r), "no"), DT), "\n")
    b.t("Verneombud: ", (vo.full, PER), "\n")
    return b


def k_fi_huoltoraportti(r):
    b = B("fi")
    cc = "fi"
    tek, yh = persons(r, cc, 2)
    comp, dom = company(r, cc)
    scomp, sdom = company(r, "fi")
    a = address(r, cc)
    d = rdate(r)
    b.t(f"HUOLTORAPORTTI   Työmääräin {wo_no(r)}\n\n")
    b.t(f"Asiakas: {comp}\nOsoite: ", (a.one, ADR), "\n")
    b.t(f"Laite: {r.choice(['ruuvikompressori', 'hitsausrobotti', 'särmäyspuristin', 'nosturi'])} {r.choice(BRANDS)}, sarjanumero {serial_no(r)}\n")
    b.t("Huoltoteknikko: ", (tek.full, PER), ", puh. ", (phone(r, cc), PH), "\n")
    b.t("Käynti: ", (fdt(r, d, "fi"), DT), f", kesto {duration(r)}\n")
    b.t("Tehdyt toimenpiteet: ", r.choice([
        "öljyn ja suodattimien vaihto, vuototesti OK.",
        "akselin 2 vaihteen laakerin vaihto, kalibrointi.",
        "turvareleiden testaus, hätäpysäytyspiirin korjaus."]), "\n")
    b.t("Seuraava huolto: ", (fdate(r, d + _dt.timedelta(days=180), "fi"), DT), "\n")
    b.t("Yhteyshenkilö: ", (yh.full, PER), ", ", (email(r, yh, dom), EM), "\n")
    b.t(f"Lasku: {scomp}, viite {fill(r, '#########')}, IBAN ", (fmt_iban(r, iban(r, "FI")), IBAN), "\n")
    return b


def k_cs_kontrola_kvality(r):
    b = B("cs")
    cc = "cz"
    kon, ing = persons(r, cc, 2)
    comp, dom = company(r, cc)
    a = address(r, cc)
    d = rdate(r)
    b.t(f"PROTOKOL O KONTROLE KVALITY č. {fill(r, 'KK-202#-###')}\n\n")
    b.t("Datum kontroly: ", (fdate(r, d, "cs"), DT), "\n")
    b.t(f"Dodavatel: {comp}, ", (a.one, ADR), "\n")
    b.t(f"Díl: {part_no(r)}, šarže {lot_no(r)}, počet kusů {r.randint(50, 5000)}\n")
    b.t("Kontrolor: ", (kon.full, PER), "\n")
    b.t("Výsledek: ", r.choice([
        "nevyhovuje – rozměr 24,15 mm mimo toleranci.",
        "vyhovuje s výhradou – drobné otřepy.",
        "nevyhovuje – koroze na 12 % dílů."]), "\n")
    b.t("Kontaktní osoba dodavatele: Ing. ", (ing.full, PER), ", tel. ", (phone(r, cc), PH), ", e-mail ",
        (email(r, ing, dom), EM), "\n")
    b.t("Termín nápravného opatření: ", (fdate(r, d + _dt.timedelta(days=14), "cs"), DT), "\n")
    b.t("Schůzka 8D: ", (fdt(r, lang="cs"), DT), f", zasedačka {r.randint(1, 5)}.{r.randint(1, 20):02d}\n")
    return b


def k_tr_is_kazasi(r):
    b = B("tr")
    cc = "tr"
    k, t1, t2, uz = persons(r, cc, 4)
    comp, dom = company(r, cc)
    a = address(r, cc)
    b.t("İŞ KAZASI BİLDİRİM FORMU\n\n")
    b.t(f"İşyeri: {comp}\nAdres: ", (a.one, ADR), "\n")
    b.t(f"SGK işyeri sicil no: {fill(r, '#### ## ## #######')}\n")
    b.t("Kazalı: ", (k.full, PER), "\n")
    b.t("Doğum tarihi: ", (fdate(r, rdob(r), "tr", style=0), DOB), "\n")
    b.t("Telefon: ", (phone(r, cc), PH), "\n")
    b.t("Kaza tarihi ve saati: ", (fdt(r, lang="tr", wd=0.2), DT), "\n")
    b.t(f"Kaza yeri: {r.choice(['pres hattı', 'kaynak atölyesi', 'sevkiyat alanı'])}, {room(r).replace('Room', 'oda')}\n")
    b.t("Açıklama: ", r.choice([
        "kalıp değişimi sırasında sol el parmakları sıkıştı.",
        "forklift geri manevra yaparken çalışanın ayağına çarptı.",
        "taşlama sırasında gözüne çapak kaçtı."]), "\n")
    b.t(f"İlk müdahale: revir ({r.choice(DRUGS)}), hastane protokol no: ", (mrn(r), MRN), "\n")
    b.t("Tanıklar: ", (t1.full, PER), ", ", (t2.full, PER), "\n")
    b.t("İSG uzmanı: ", (uz.full, PER), ", ", (email(r, uz, dom), EM), "\n")
    return b


# ==========================================================================
# document kinds -- no entities (hard negatives only)
# ==========================================================================
def k_spc_report(r):
    b = B("en")
    t = rdt(r)
    b.t(f"SPC SUMMARY - characteristic {part_no(r)} bore dia 12.00 +/-0.05 mm\n")
    b.t(f"Period: week {r.randint(1, 52)} of {r.randint(2023, 2025)}   Subgroups: 25 x 5   Gauge: {r.choice(BRANDS)} {serial_no(r)}\n")
    b.t(f"Cpk {r.randint(90, 180) / 100:.2f}   Ppk {r.randint(80, 170) / 100:.2f}   Gauge R&R {r.randint(5, 29)}.{r.randint(0, 9)}%\n")
    b.t(f"Control limits recalculated {r.choice(['3 days ago', 'last week', 'yesterday'])} after lot {lot_no(r)}.\n\n")
    for _ in range(r.randint(4, 8)):
        t += _dt.timedelta(minutes=r.randint(10, 60))
        b.t(logts(r, t, 0), f" subgroup={r.randint(1, 200)} mean=12.0{r.randint(0, 49):02d} range=0.0{r.randint(10, 60)} "
            f"{r.choice(['OK', 'OK', 'RULE2', 'OK'])}\n")
    b.t(f"\nReaction plan per {r.choice(CONTROLS)}; escalation after {duration(r)}.\n")
    return b


def k_bom_revision_csv(r):
    b = B("en")
    b.t(f"# BOM export {fill(r, 'ECN-202#-###')} rev {r.choice('BCDEF')} (released {r.randint(2023, 2025)})\n")
    b.t("level,part_number,description,qty,uom,rev,hs_code,brand,unit_cost\n")
    for lvl in range(r.randint(5, 9)):
        b.t(f"{min(lvl, r.randint(1, 3))},{part_no(r)},{r.choice(['Hex bolt M8x30 8.8', 'Bearing 6204-2RS', 'Housing cast AlSi9Cu3', 'Seal ring 40x52x7', 'Gearbox assy', 'Sensor M12 PNP'])},"
            f"{r.randint(1, 12)},{r.choice(['EA', 'PC', 'KG'])},{r.choice('ABCD')},{r.choice(HS_CODES)},{r.choice(BRANDS)},\"{amount(r, '$', 1, 3000)}\"\n")
    b.t(f"# effective from {r.choice(WEEKDAYS['en'])}, change owner group {group_no(r)}\n")
    return b


def k_firmware_notes(r):
    b = B("en")
    v = version(r).strip().lstrip("vVFW ")
    b.t(f"PLC RUNTIME {v} - RELEASE NOTES\n\n")
    b.t(f"Build: {sha(r)}\nSHA-256: {sha(r, 64)}\nPackage: {uuid4(r)}\n")
    b.t(f"Compatible with {r.choice(BRANDS)} controller firmware {version(r)} and later.\n\n")
    b.t("Fixed:\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"  - {ticket_no(r)}: {r.choice(['watchdog timeout after 49 days uptime', 'OPC UA session leak', 'wrong scaling on analog input 4-20 mA', 'retentive memory lost on brownout'])}\n")
    b.t(f"\nKnown issues: startup takes {duration(r)} on cold boot.\n")
    b.t(f"Rollout starts {r.choice(['next Tuesday', 'in two weeks', 'tomorrow'])}; rollback image {sha(r, 12)}.\n")
    return b


def k_ops_weekly_summary(r):
    b = B("en")
    b.t(f"WEEKLY OPS SUMMARY - week {r.randint(1, 52)}\n\n")
    b.t(f"OEE {r.randint(60, 90)}.{r.randint(0, 9)}% (target 85%)   Unplanned downtime {duration(r)}\n")
    b.t(f"Scrap cost {amount(r, '$')}   Energy {r.randint(400, 900)} MWh\n")
    b.t(f"Safety: {r.randint(10, 400)} days without lost-time injury; near misses {r.randint(0, 9)}\n")
    b.t(f"Top losses: changeover on {asset_tag(r)} ({duration(r)}), material shortage on order {po_no(r)}\n")
    b.t(f"Audit prep meeting {r.choice(['on Thursday', 'next Monday', 'later this week'])} in {room(r)}.\n")
    b.t(f"Capex request {fill(r, 'CAPEX-####')} for a {r.choice(BRANDS)} robot ({amount(r, '$')}) approved by board in {r.randint(2023, 2025)}.\n")
    b.t(f"Last historian sync epoch {epoch(r)}.\n")
    return b


def k_freight_tracking_log(r):
    b = B("en")
    t = rdt(r)
    style = r.choice([0, 1])
    b.t(f"# inbound freight events - shipment {fill(r, 'SHP########')}\n")
    for _ in range(r.randint(5, 9)):
        t += _dt.timedelta(minutes=r.randint(30, 900))
        ev = r.randrange(4)
        b.t(logts(r, t, style), " ")
        if ev == 0:
            b.t(f"DEPARTED {r.choice(IATAS)} flight {r.choice(['LH', 'AF', 'DL', 'TK'])}{r.randint(100, 9999)} awb {fill(r, '###-########')}\n")
        elif ev == 1:
            b.t(f"ARRIVED {r.choice(IATAS)} container {tracking_no(r)}\n")
        elif ev == 2:
            b.t(f"OUT FOR DELIVERY truck plate {plate(r, r.choice(['de', 'us', 'pl', 'nl']))} trailer VIN {vin(r)}\n")
        else:
            b.t(f"CUSTOMS CLEARED entry {fill(r, '#########')} HS {r.choice(HS_CODES)} duty {amount(r, 'EUR')}\n")
    b.t(f"# tracking {tracking_no(r)} booking {fill(r, 'BKG#######')} eta in {r.randint(1, 5)} days\n")
    return b


def k_config_template(r):
    b = B("en")
    b.t("# mes-agent.env.template -- copy to .env and fill in real values (never commit .env)\n")
    b.t("DB_HOST=db\nDB_PASSWORD=${DB_PASSWORD}\n")
    b.t("AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.t(f"STRIPE_KEY={masked(r) if chance(r, 0.3) else 'sk_live_****' + rs(r, 4)}\n")
    b.t(f"SLACK_BOT_TOKEN={env_ref(r)}\nHISTORIAN_API_KEY=<your-key-here>\n")
    b.t(f"# test data only (fails validation on purpose):\nTEST_CARD={luhn_bad16(r)}\nTEST_SSN={ssn_bad(r)}\n")
    b.t(f"TEST_ROUTING={aba(r)}\nTEST_BIC={bic(r, r.choice(list(BICS)))}\nTEST_ACCOUNT={masked(r)}\n")
    b.t(f"IMAGE_VERSION={version(r).strip()}\nINSTANCE_ID={uuid4(r)}\n")
    return b


def k_ehs_audit_checklist(r):
    b = B("en")
    b.t(f"EHS LAYERED AUDIT CHECKLIST - {r.choice(['Press shop', 'Foundry', 'Paint shop', 'Warehouse'])}\n\n")
    b.t("| Control | Requirement | Status | Ref |\n|---|---|---|---|\n")
    for _ in range(r.randint(4, 7)):
        b.t(f"| {r.choice(CONTROLS)} | {r.choice(['Guards in place', 'Eye wash tested weekly', 'Extinguisher inspected', 'LOTO stations stocked', 'Aisles clear'])} "
            f"| {r.choice(['OK', 'NOK', 'N/A'])} | {r.choice([room(r), asset_tag(r), ticket_no(r)])} |\n")
    b.t(f"\nFollow-up {r.choice(['by Friday', 'within 48 hours', 'next week'])}; last audit {r.randint(2, 8)} weeks ago. Score {r.randint(60, 100)}%.\n")
    return b


def k_de_kennzahlen(r):
    b = B("de")
    b.t(f"ARBEITSMEDIZINISCHE KENNZAHLEN – Quartal {r.randint(1, 4)}/{r.randint(2023, 2025)} (anonymisiert, ohne Personenbezug)\n\n")
    for _ in range(r.randint(3, 5)):
        b.t(f"ICD {r.choice(ICDS)}: {r.randint(1, 25)} Fälle, Ø Ausfall {duration(r)}\n")
    b.t(f"\nErste-Hilfe-Verbrauch: {r.choice(DRUGS)} ({r.randint(5, 80)} Packungen), {r.choice(DRUGS)} ({r.randint(2, 30)} Tuben)\n")
    b.t(f"Kosten Betriebsarzt: {amount(r, '€')}   Gruppenvertrag {group_no(r)}\n")
    b.t(f"Audiometrie-Untersuchungen (LOINC {r.choice(LOINCS)}): {r.randint(20, 300)}\n")
    b.t(f"Nächste Auswertung {r.choice(['nächste Woche', 'in zwei Wochen', 'am Montag'])} im {room(r).replace('Room', 'Raum')}.\n")
    return b


def k_fr_journal_production(r):
    b = B("fr")
    t = rdt(r)
    b.t(f"Journal de production – ligne {r.randint(1, 9)} – OF {po_no(r)}\n")
    for _ in range(r.randint(5, 9)):
        t += _dt.timedelta(minutes=r.randint(3, 120))
        b.t(t.strftime("%Y-%m-%d %H:%M:%S"), " ", r.choice([
            f"démarrage OF, recette {version(r)}",
            f"arrêt micro {duration(r)} – bourrage convoyeur",
            f"changement de bobine, lot {lot_no(r)}",
            f"rebut {r.randint(1, 40)} pièces, n° série {serial_no(r)}",
            f"contrôle dimensionnel OK, moyen {asset_tag(r)}"]), "\n")
    b.t(f"Cadence moyenne {r.randint(200, 900)} pièces/h ; TRS {r.randint(55, 90)} %.\n")
    return b


# ==========================================================================
# registry
# ==========================================================================
KINDS = [
    # English, with entities
    ("mes_event_log", "en", False, k_mes_event_log),
    ("cmms_work_order", "en", False, k_cmms_work_order),
    ("supplier_audit_report", "en", False, k_supplier_audit_report),
    ("ncr_report", "en", False, k_ncr_report),
    ("hse_incident_report", "en", False, k_hse_incident_report),
    ("shift_handover_note", "en", False, k_shift_handover),
    ("scada_historian_yaml", "en", False, k_scada_historian_yaml),
    ("opcua_server_xml", "en", False, k_opcua_server_xml),
    ("procurement_po_email", "en", False, k_po_email),
    ("vendor_bank_change_form", "en", False, k_vendor_bank_change),
    ("occ_health_surveillance", "en", False, k_occ_health_surveillance),
    ("drug_alcohol_ccf", "en", False, k_drug_alcohol_test),
    ("forklift_operator_cert", "en", False, k_forklift_cert),
    ("payroll_export_csv", "en", False, k_payroll_export_csv),
    ("badge_access_jsonl", "en", False, k_badge_access_jsonl),
    ("gha_workflow_yaml", "en", False, k_gha_workflow),
    ("edge_gateway_dotenv", "en", False, k_edge_gateway_dotenv),
    ("andon_slack_bot_settings", "en", False, k_andon_slack_bot),
    ("spare_parts_shop_ticket", "en", False, k_spare_parts_stripe),
    ("iot_gateway_auth_log", "en", False, k_iot_gateway_auth_log),
    ("jump_host_key_ticket", "en", False, k_jump_host_key_ticket),
    ("k8s_secret_yaml", "en", False, k_k8s_secret),
    ("llm_prompt_rca", "en", False, k_llm_prompt_rca),
    ("teams_chat_transcript", "en", False, k_teams_chat),
    ("supplier_review_ics", "en", False, k_supplier_review_ics),
    ("customer_complaint_email", "en", False, k_customer_complaint_email),
    ("field_service_expense", "en", False, k_field_service_expense),
    ("edi_856_asn", "en", False, k_edi_856_asn),
    ("edi_834_enrollment", "en", False, k_edi_834),
    ("hl7_adt_plant_clinic", "en", False, k_hl7_adt_clinic),
    ("fhir_audiometry_bundle", "en", False, k_fhir_audiometry),
    ("vcard_supplier_contact", "en", False, k_vcard_supplier),
    ("calibration_certificate", "en", False, k_calibration_cert),
    ("loto_permit", "en", False, k_loto_permit),
    ("contractor_register_csv", "en", False, k_contractor_signin_csv),
    ("fleet_dispatch_manifest", "en", False, k_fleet_dispatch),
    ("plant_utility_bill", "en", False, k_plant_utility_bill),
    ("it_access_ticket", "en", False, k_it_access_ticket),
    ("oem_remote_access_request", "en", False, k_oem_remote_access),
    ("workers_comp_first_report", "en", False, k_workers_comp),
    ("qms_api_request", "en", False, k_qms_api_payload),
    ("git_diff_credential_leak", "en", False, k_git_diff_leak),
    ("oncall_roster_markdown", "en", False, k_oncall_roster_md),
    ("docker_compose_mes", "en", False, k_docker_compose),
    ("terraform_tfvars", "en", False, k_terraform_tfvars),
    ("contractor_invoice", "en", False, k_contractor_invoice),
    ("benefits_enrollment_letter", "en", False, k_benefits_letter),
    ("pcard_reconciliation_csv", "en", False, k_pcard_transactions),
    # other languages, with entities
    ("de_wartungsauftrag", "de", False, k_de_wartungsauftrag),
    ("de_unfallanzeige", "de", False, k_de_unfallanzeige),
    ("fr_rapport_non_conformite", "fr", False, k_fr_rapport_nc),
    ("fr_fiche_visite_medicale", "fr", False, k_fr_visite_medicale),
    ("es_parte_de_turno", "es", False, k_es_parte_turno),
    ("es_pedido_email", "es", False, k_es_pedido_email),
    ("it_verbale_audit_fornitore", "it", False, k_it_verbale_audit),
    ("it_permesso_lavoro_caldo", "it", False, k_it_permesso_lavoro),
    ("pt_relatorio_incidente", "pt", False, k_pt_relatorio_incidente),
    ("nl_storingsmelding", "nl", False, k_nl_storingsmelding),
    ("pl_protokol_odbioru", "pl", False, k_pl_protokol_odbioru),
    ("sv_skiftrapport", "sv", False, k_sv_skiftrapport),
    ("da_bankskift_email", "da", False, k_da_bankskift),
    ("no_hms_avviksmelding", "no", False, k_no_hms_avvik),
    ("fi_huoltoraportti", "fi", False, k_fi_huoltoraportti),
    ("cs_protokol_kontrola_kvality", "cs", False, k_cs_kontrola_kvality),
    ("tr_is_kazasi_bildirimi", "tr", False, k_tr_is_kazasi),
    # no entities, hard negatives only
    ("spc_summary_report", "en", True, k_spc_report),
    ("bom_revision_csv", "en", True, k_bom_revision_csv),
    ("plc_firmware_release_notes", "en", True, k_firmware_notes),
    ("ops_weekly_summary", "en", True, k_ops_weekly_summary),
    ("freight_tracking_log", "en", True, k_freight_tracking_log),
    ("env_config_template", "en", True, k_config_template),
    ("ehs_audit_checklist", "en", True, k_ehs_audit_checklist),
    ("de_arbeitsmedizin_kennzahlen", "de", True, k_de_kennzahlen),
    ("fr_journal_production", "fr", True, k_fr_journal_production),
]

MAX_LEN = 3000
MIN_LEN = 150


def _finish(text, ents, lang):
    if len(text) > MAX_LEN:
        cut = text.rfind("\n", 0, MAX_LEN)
        while cut > 0 and any(e["start"] < cut < e["end"] for e in ents):
            cut = text.rfind("\n", 0, cut)
        cut = cut if cut > 0 else MAX_LEN
        text = text[:cut + 1] if cut < MAX_LEN else text[:MAX_LEN]
        ents = [e for e in ents if e["end"] <= len(text)]
    pad = PAD.get(lang, PAD["en"])
    while len(text) < MIN_LEN:
        sep = "" if not text or text.endswith("\n") else "\n"
        text = text + sep + "\n" + pad + "\n"
    return text, ents


# sampling weights per group: English with entities / other languages with
# entities / no-entity kinds (of which two are not English)
GROUP_P = (0.66, 0.22, 0.12)


def _groups():
    g = ([], [], [])
    for k in KINDS:
        g[2 if k[2] else (0 if k[1] == "en" else 1)].append(k)
    return g


_GROUPS = None


def _make(seed, i):
    global _GROUPS
    if _GROUPS is None:
        _GROUPS = _groups()
    r = random.Random(f"blind61-{seed}-{i}")
    x = r.random()
    grp = _GROUPS[0] if x < GROUP_P[0] else (_GROUPS[1] if x < GROUP_P[0] + GROUP_P[1] else _GROUPS[2])
    name, lang, _empty, fn = grp[r.randrange(len(grp))]
    b = fn(r)
    text = b.text()
    ents = sorted((dict(e) for e in b.ents), key=lambda e: (e["start"], e["end"]))
    text, ents = _finish(text, ents, lang)
    doc = {"id": f"blind61-{seed}-{i:06d}", "text": text, "entities": ents}
    return name, lang, doc


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# ==========================================================================
# validation
# ==========================================================================
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://[^\s\"'<>\]|`\\]+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
SECRET_RES = [
    (re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"), {AKI}),
    (re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}"), {GH}),
    (re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}"), {SLK}),
    (re.compile(r"[sr]k_live_[A-Za-z0-9]{16,}"), {STK}),
    (re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"), {JWT}),
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"), {PK}),
]
SHAPES = {
    EM: re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    AKI: re.compile(r"(?:AKIA|ASIA)[A-Z0-9]{16}"),
    AKS: re.compile(r"[A-Za-z0-9/+]{40}"),
    GH: re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}"),
    SLK: re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}"),
    STK: re.compile(r"(?:sk|rk)_live_[A-Za-z0-9]{24,}"),
    JWT: re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
    PK: re.compile(r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----\n[\s\S]+\n-----END ([A-Z]+ )?PRIVATE KEY-----"),
    PW: re.compile(r"\S{4,}"),
    GS: re.compile(r"\S{16,}"),
    URL: re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:/\S*)?"),
    PH: re.compile(r"[+(\d][\d\s().\-/]*\d"),
}


def _shape_problem(typ, span):
    if typ in SHAPES and not SHAPES[typ].fullmatch(span):
        return f"{typ} shape {span[:60]!r}"
    if typ == CC:
        d = re.sub(r"[ -]", "", span)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            return f"CREDIT_CARD not Luhn-valid {span!r}"
    elif typ == IBAN:
        if not iban_ok(span):
            return f"IBAN not mod-97 valid {span!r}"
    elif typ == SSN:
        if not ssn_ok(span):
            return f"US_SSN invalid {span!r}"
    elif typ == IP:
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return f"IP_ADDRESS invalid {span!r}"
    elif typ == PH:
        if sum(c.isdigit() for c in span) < 7:
            return f"PHONE_NUMBER too short {span!r}"
    elif typ == URL:
        host = re.sub(r"^https?://", "", span).split("/")[0]
        if "@" in span or IPV4_RE.search(host) or ":" in host.split(":")[0]:
            return f"URL contains ip/email {span!r}"
    elif typ == PER:
        if any(c.isdigit() for c in span) or "@" in span or len(span) < 2:
            return f"PERSON odd {span!r}"
    elif typ in (DOB, DT):
        if not any(c.isdigit() for c in span):
            return f"{typ} without digit {span!r}"
    elif typ in (LC, ADR):
        if not any(c.isalpha() for c in span):
            return f"{typ} without letters {span!r}"
    elif typ in (MRN, HPN, ACC, DL):
        if not any(c.isdigit() for c in span) or len(span) > 40:
            return f"{typ} odd {span!r}"
    return None


def validate(doc):
    probs = []
    text = doc.get("text")
    ents = doc.get("entities")
    if not isinstance(doc.get("id"), str):
        probs.append("id missing")
    if not isinstance(text, str) or not isinstance(ents, list):
        return probs + ["text/entities missing"]
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        probs.append(f"length {len(text)} outside {MIN_LEN}-{MAX_LEN}")
    prev_s, prev_e = -1, 0
    for e in ents:
        if set(e) != {"start", "end", "type"}:
            probs.append(f"entity keys {sorted(e)}")
            continue
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in TYPES:
            probs.append(f"unknown type {typ}")
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            probs.append(f"span out of range {s}-{t}")
            continue
        if s < prev_s:
            probs.append(f"entities not sorted at {s}")
        if s < prev_e:
            probs.append(f"overlap at {s}-{t}")
        prev_s, prev_e = s, max(prev_e, t)
        span = text[s:t]
        if span != span.strip():
            probs.append(f"whitespace at span edge {span!r}")
        if typ in TYPES:
            p = _shape_problem(typ, span)
            if p:
                probs.append(p)
    # consistency: things that look like entities must be labelled
    def covered(a, z, types):
        return any(e.get("type") in types and e["start"] <= a and z <= e["end"] for e in ents)

    for m in EMAIL_RE.finditer(text):
        if not covered(m.start(), m.end(), {EM}):
            probs.append(f"unlabelled email {m.group()!r}")
    for m in URL_RE.finditer(text):
        u = m.group().rstrip(".,;:)")
        if not covered(m.start(), m.start() + len(u), {URL}):
            probs.append(f"unlabelled url {u!r}")
    for m in IPV4_RE.finditer(text):
        if text[max(0, m.start() - 4):m.start()] == "cl. ":
            continue  # clause number of a standard (control id), not a host
        if all(int(x) <= 255 for x in m.group().split(".")) and not covered(m.start(), m.end(), {IP}):
            probs.append(f"unlabelled ip {m.group()!r}")
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()) and not covered(m.start(), m.end(), {SSN, DL, PH, ACC}):
            probs.append(f"unlabelled valid ssn {m.group()!r}")
    for rx, types in SECRET_RES:
        for m in rx.finditer(text):
            if not covered(m.start(), m.end(), types | {GS, PW}):
                probs.append(f"unlabelled secret {m.group()[:30]!r}")
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{16}(?![0-9A-Za-z])", text):
        if luhn_ok(m.group()) and not covered(m.start(), m.end(), set(TYPES)):
            probs.append(f"unlabelled luhn-valid number {m.group()!r}")
    return probs


# ==========================================================================
# CLI
# ==========================================================================
def _check(n=3000, seed=0):
    from collections import Counter
    type_c, kind_c, lang_c = Counter(), Counter(), Counter()
    n_prob, n_empty, lens = 0, 0, []
    shown = 0
    for i in range(n):
        name, lang, doc = _make(seed, i)
        probs = validate(doc)
        is_empty = dict((k[0], k[2]) for k in KINDS)[name]
        if is_empty and doc["entities"]:
            probs.append("empty kind produced entities")
        if not is_empty and not doc["entities"]:
            probs.append("entity kind produced no entities")
        if probs:
            n_prob += len(probs)
            if shown < 25:
                print(f"[{doc['id']}] {name}: " + "; ".join(probs[:5]))
                shown += 1
        kind_c[name] += 1
        lang_c[lang] += 1
        n_empty += not doc["entities"]
        lens.append(len(doc["text"]))
        for e in doc["entities"]:
            type_c[e["type"]] += 1
    missing = [t for t in TYPES if not type_c[t]]
    non_en = sum(v for k, v in lang_c.items() if k != "en")
    print(f"docs={n} kinds={len(KINDS)} kinds_seen={len(kind_c)} problems={n_prob}")
    print(f"non-English={non_en / n:.1%} no-entity={n_empty / n:.1%} "
          f"len min/avg/max={min(lens)}/{sum(lens) // n}/{max(lens)}")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(lang_c.items())))
    print("entity counts:")
    for t in TYPES:
        print(f"  {t:<22} {type_c[t]}")
    if missing:
        print("MISSING TYPES: " + ", ".join(missing))
    ok = n_prob == 0 and not missing and len(kind_c) == len(KINDS)
    print("CHECK " + ("PASSED" if ok else "FAILED"))
    return 0 if ok else 1


def _sample(k, seed=0):
    for i in range(k):
        name, lang, doc = _make(seed, i)
        print("=" * 78)
        print(f"{doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  {e['type']:<22} {doc['text'][e['start']:e['end']]!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 61 -- manufacturing and industrial operations")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate them")
    ap.add_argument("--sample", type=int, metavar="K", help="print K docs with their labelled spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return _check(3000, a.seed)
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
