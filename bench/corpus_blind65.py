r"""Blind corpus 65 -- home care, elder care and social care.

Seeded, labelled synthetic documents from the world of domiciliary care, care
homes and adult social care: care home admission records, carer visit rotas
and visit notes, medication administration records, safeguarding referrals,
family portal messages, care funding assessments, telecare alarm logs, plus
the IT plumbing around them (config files, API payloads, CI files, chats,
tickets, LLM prompts). About a quarter of the documents are written in other
European languages (de, fr, es, it, pt, nl, pl, sv, da, no, fi, cs, tr) with
local names, addresses, phone formats and dates. All data is fake; UK NHS
numbers and other patient identifiers are labelled MEDICAL_RECORD_NUMBER,
health-insurer member / policy / card numbers HEALTH_PLAN_NUMBER.

Usage: python3 bench/corpus_blind65.py [--check] [--sample K]
       [--n N --seed S --output F.jsonl]

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
from types import SimpleNamespace

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)

MIN_LEN, MAX_LEN = 150, 3000

# ---------------------------------------------------------------------------
# document builder: text and spans are produced together
# ---------------------------------------------------------------------------

_MARK = re.compile(r"«([A-Z_]+|-)»")


class B:
    """Append-only text builder that records entity offsets."""

    def __init__(self, lang: str = "en"):
        self.lang = lang
        self._parts: list[str] = []
        self._n = 0
        self.ents: list[dict] = []

    def t(self, s: str) -> "B":
        s = str(s)
        self._parts.append(s)
        self._n += len(s)
        return self

    def e(self, s, typ) -> "B":
        s = str(s)
        if typ in (None, "-"):
            return self.t(s)
        if typ not in TYPESET:
            raise ValueError(f"unknown type {typ}")
        start = self._n
        self.t(s)
        self.ents.append({"start": start, "end": self._n, "type": typ})
        return self

    def w(self, tmpl: str, *vals) -> "B":
        """Template with «TYPE» (labelled) / «-» (unlabelled) slots, filled in order."""
        bits = _MARK.split(tmpl)
        vi = 0
        for k, b in enumerate(bits):
            if k % 2 == 0:
                if b:
                    self.t(b)
            else:
                self.e(vals[vi], b)
                vi += 1
        if vi != len(vals):
            raise ValueError(f"template slot mismatch: {tmpl!r}")
        return self

    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._n


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

DIG = "0123456789"
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rs(r: random.Random, n: int, alpha: str = ALNUM) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def rsa(r: random.Random, n: int, alpha: str) -> str:
    """random string whose first and last char are alphanumeric"""
    if n <= 2:
        return rs(r, n, ALNUM)
    return r.choice(ALNUM) + rs(r, n - 2, alpha) + r.choice(ALNUM)


def D(r: random.Random, n: int) -> str:
    return rs(r, n, DIG)


def pat(r: random.Random, p: str) -> str:
    """'#' digit, '%' digit 2-9, 'L' upper letter, 'l' lower letter, 'A' alnum upper"""
    out = []
    for c in p:
        if c == "#":
            out.append(r.choice(DIG))
        elif c == "%":
            out.append(r.choice("23456789"))
        elif c == "L":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif c == "l":
            out.append(r.choice(LOW))
        elif c == "A":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(c)
    return "".join(out)


_TR = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                     "ı": "i", "İ": "I", "đ": "d", "ð": "d", "þ": "th", "'": "", "’": ""})


def ascii_fold(s: str) -> str:
    s = s.translate(_TR)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


def slug(s: str) -> str:
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


# ---------------------------------------------------------------------------
# locale data
# ---------------------------------------------------------------------------

LANG = {"us": "en", "gb": "en", "ie": "en", "au": "en", "ca": "en", "nz": "en",
        "de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr", "es": "es",
        "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "se": "sv", "dk": "da",
        "no": "no", "fi": "fi", "cz": "cs", "tr": "tr"}

# city tuples: (display-in-address, plain city, region, postcode pattern)
LOC = {
    "us": dict(
        ff=["Dorothy", "Margaret", "Helen", "Betty", "Ruth", "Frances", "Gloria", "Shirley", "Mildred",
            "Lorraine", "Tamika", "Rosa", "Denise", "Aaliyah", "Karen", "Linda"],
        fm=["James", "Robert", "Walter", "Harold", "Eugene", "Earl", "Raymond", "Marcus", "Luis", "Kevin",
            "Brandon", "Dwayne", "Frank", "Curtis"],
        ln=["Johnson", "Williams", "Okafor", "Hernandez", "Kowalski", "Nguyen", "Patel", "Washington",
            "O'Brien", "Thompson", "Delgado", "Fitzgerald", "Brooks", "Sullivan", "Jefferson", "Kim",
            "Rivera", "Murphy", "Coleman", "Baxter", "Lindqvist", "Abernathy"],
        cities=[("Springfield", "Springfield", "IL", "627##"), ("Albany", "Albany", "NY", "122##"),
                ("Tucson", "Tucson", "AZ", "857##"), ("Dayton", "Dayton", "OH", "454##"),
                ("Spokane", "Spokane", "WA", "992##"), ("Savannah", "Savannah", "GA", "314##"),
                ("Portland", "Portland", "ME", "041##"), ("Madison", "Madison", "WI", "537##"),
                ("Fresno", "Fresno", "CA", "937##"), ("Tampa", "Tampa", "FL", "336##"),
                ("Lubbock", "Lubbock", "TX", "794##"), ("Des Moines", "Des Moines", "IA", "503##")],
        streets=["Maple Ave", "Oak Street", "Cedar Lane", "Elm Street", "Washington Blvd", "Lincoln Road",
                 "Park Avenue", "Willow Court", "Sunset Drive", "Hillcrest Rd", "N 5th Street"],
        country="USA"),
    "gb": dict(
        ff=["Margaret", "Edith", "Joan", "Sheila", "Barbara", "Irene", "Priya", "Siobhan", "Olivia", "Amira",
            "Hannah", "Maureen", "Pauline", "Gwen"],
        fm=["Arthur", "Stanley", "Dennis", "Kenneth", "Callum", "Gareth", "Rhys", "Declan", "Tom", "Harold",
            "Trevor", "Imran"],
        ln=["Hughes", "Patel", "Thornton", "Evans", "Macdonald", "Ainsworth", "Khan", "Pemberton", "Whitfield",
            "Davies", "O'Connor", "Fletcher", "Begum", "Atkinson", "Lloyd", "Shaw", "Murray", "Bailey",
            "Okonkwo", "Wilkinson"],
        cities=[("Harrogate", "Harrogate", "", "HG2 #@@"), ("Leeds", "Leeds", "", "LS6 #@@"),
                ("Bristol", "Bristol", "", "BS7 #@@"), ("Norwich", "Norwich", "", "NR2 #@@"),
                ("Cardiff", "Cardiff", "", "CF14 #@@"), ("Stockport", "Stockport", "", "SK4 #@@"),
                ("Exeter", "Exeter", "", "EX4 #@@"), ("Glasgow", "Glasgow", "", "G12 #@@"),
                ("Belfast", "Belfast", "", "BT9 #@@"), ("Leicester", "Leicester", "", "LE2 #@@"),
                ("Bath", "Bath", "", "BA1 #@@"), ("York", "York", "", "YO24 #@@")],
        streets=["Rosewood Close", "Church Lane", "Station Road", "Victoria Street", "Mill Lane",
                 "The Crescent", "Oakfield Avenue", "Kingsway", "Meadow View", "Albert Terrace"],
        country="United Kingdom"),
    "ie": dict(
        ff=["Bridget", "Niamh", "Aoife", "Maureen", "Siobhán", "Kathleen", "Róisín"],
        fm=["Seamus", "Patrick", "Colm", "Eoin", "Donal", "Liam", "Tadhg"],
        ln=["Byrne", "Kavanagh", "Doyle", "Gallagher", "McCarthy", "Brennan", "Walsh", "O'Sullivan", "Ryan"],
        cities=[("Kilkenny", "Kilkenny", "", "R95 @#@#"), ("Galway", "Galway", "", "H91 @#@#"),
                ("Cork", "Cork", "", "T12 @#@#"), ("Dublin 6", "Dublin", "", "D06 @#@#"),
                ("Limerick", "Limerick", "", "V94 @#@#"), ("Sligo", "Sligo", "", "F91 @#@#")],
        streets=["Main Street", "Castle Road", "Church View", "Parnell Street", "Seaview Park", "Oldtown Avenue"],
        country="Ireland"),
    "au": dict(
        ff=["Beryl", "Noeline", "Kylie", "Mei", "Joyce", "Sharon", "Thi Lan"],
        fm=["Graham", "Bruce", "Jarrah", "Lachlan", "Con", "Keith", "Minh"],
        ln=["Nguyen", "Campbell", "Papadopoulos", "Whitlam", "Tran", "Fraser", "McKenzie", "Rossi", "Walker"],
        cities=[("Fitzroy", "Fitzroy", "VIC", "3065"), ("Ballarat", "Ballarat", "VIC", "3350"),
                ("Newcastle", "Newcastle", "NSW", "2300"), ("Toowoomba", "Toowoomba", "QLD", "4350"),
                ("Launceston", "Launceston", "TAS", "7250"), ("Bunbury", "Bunbury", "WA", "6230"),
                ("Glenelg", "Glenelg", "SA", "5045")],
        streets=["Wattle St", "Banksia Crescent", "Smith Street", "George Street", "Jacaranda Ave", "Beach Road"],
        country="Australia"),
    "ca": dict(
        ff=["Gisèle", "Harpreet", "Marie-Claude", "Dolores", "Wei", "Evelyn", "Nathalie"],
        fm=["Raymond", "Lorne", "Gordon", "Yves", "Arjun", "Doug", "Réjean"],
        ln=["Tremblay", "Singh", "MacLeod", "Gagnon", "Chen", "Bouchard", "Fraser", "Leblanc", "Morrison"],
        cities=[("Guelph", "Guelph", "ON", "N1H #@#"), ("Halifax", "Halifax", "NS", "B3H #@#"),
                ("Kelowna", "Kelowna", "BC", "V1Y #@#"), ("Saskatoon", "Saskatoon", "SK", "S7N #@#"),
                ("Sherbrooke", "Sherbrooke", "QC", "J1H #@#"), ("Red Deer", "Red Deer", "AB", "T4N #@#")],
        streets=["Elm Street", "Queen Street West", "Maple Crescent", "King Street East", "Lakeshore Road"],
        country="Canada"),
    "nz": dict(
        ff=["Aroha", "Moana", "Heather", "Colleen", "Ngaio", "Raewyn"],
        fm=["Trevor", "Wiremu", "Barry", "Hemi", "Murray"],
        ln=["Ngata", "Wilson", "Te Rangi", "Harrison", "Parata", "McLean", "Tipene"],
        cities=[("Hamilton", "Hamilton", "", "3204"), ("Nelson", "Nelson", "", "7010"),
                ("Dunedin", "Dunedin", "", "9016"), ("Tauranga", "Tauranga", "", "3110"),
                ("Palmerston North", "Palmerston North", "", "4410")],
        streets=["Kauri Road", "Victoria Avenue", "Rata Street", "Beach Road", "Tui Crescent"],
        country="New Zealand"),
    "de": dict(
        ff=["Ursula", "Gisela", "Ingrid", "Renate", "Lena", "Hildegard", "Anja", "Elif", "Waltraud", "Brigitte"],
        fm=["Helmut", "Manfred", "Wolfgang", "Jürgen", "Tobias", "Günter", "Dieter", "Horst", "Kemal"],
        ln=["Müller", "Schneider", "Weber", "Köhler", "Hoffmann", "Becker", "Schulz", "Krüger", "Zimmermann",
            "Yılmaz", "Lehmann", "Braun", "Kowalczyk", "Schäfer"],
        cities=[("München", "München", "", "80###"), ("Hamburg", "Hamburg", "", "22###"),
                ("Köln", "Köln", "", "50###"), ("Leipzig", "Leipzig", "", "04###"),
                ("Freiburg im Breisgau", "Freiburg", "", "79###"), ("Dresden", "Dresden", "", "01###"),
                ("Bremen", "Bremen", "", "28###"), ("Nürnberg", "Nürnberg", "", "90###"),
                ("Kassel", "Kassel", "", "34###"), ("Münster", "Münster", "", "48###")],
        streets=["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Goethestraße", "Am Rosengarten",
                 "Schillerweg", "Kirchgasse", "Birkenallee"],
        country="Deutschland"),
    "at": dict(
        ff=["Hermine", "Theresia", "Christine", "Elfriede", "Katharina"],
        fm=["Johann", "Franz", "Alois", "Herbert", "Stefan"],
        ln=["Gruber", "Huber", "Wagner", "Pichler", "Steiner", "Moser", "Hofer", "Leitner"],
        cities=[("Wien", "Wien", "", "1##0"), ("Graz", "Graz", "", "80#0"), ("Linz", "Linz", "", "40#0"),
                ("Salzburg", "Salzburg", "", "50#0"), ("Innsbruck", "Innsbruck", "", "60#0")],
        streets=["Mariahilfer Straße", "Hauptplatz", "Linzer Gasse", "Schulgasse", "Kaiserstraße"],
        country="Österreich"),
    "ch": dict(
        ff=["Verena", "Ruth", "Heidi", "Margrit", "Ursula"],
        fm=["Beat", "Urs", "Hansruedi", "Walter", "Reto"],
        ln=["Meier", "Keller", "Brunner", "Baumann", "Frei", "Gerber", "Widmer"],
        cities=[("Zürich", "Zürich", "", "80##"), ("Bern", "Bern", "", "30##"), ("Basel", "Basel", "", "40##"),
                ("Luzern", "Luzern", "", "60##")],
        streets=["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg", "Rosenweg"],
        country="Schweiz"),
    "fr": dict(
        ff=["Jeanne", "Simone", "Odette", "Colette", "Yvonne", "Camille", "Nadia", "Hélène", "Monique"],
        fm=["Marcel", "Lucien", "Bernard", "Thierry", "Gérard", "Karim", "Jean-Pierre"],
        ln=["Dubois", "Lefèvre", "Moreau", "Girard", "Lambert", "Fontaine", "Rousseau", "Benali", "Mercier",
            "Chevalier", "Garnier"],
        cities=[("Lyon", "Lyon", "", "6900#"), ("Toulouse", "Toulouse", "", "310##"), ("Nantes", "Nantes", "", "440##"),
                ("Lille", "Lille", "", "590##"), ("Bordeaux", "Bordeaux", "", "330##"), ("Rennes", "Rennes", "", "350##"),
                ("Dijon", "Dijon", "", "210##"), ("Montpellier", "Montpellier", "", "340##"),
                ("Strasbourg", "Strasbourg", "", "670##")],
        streets=["rue des Lilas", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue de la République",
                 "impasse des Tilleuls", "chemin des Vignes"],
        country="France"),
    "be": dict(
        ff=["Marie-Thérèse", "Josée", "Nicole", "Martine"],
        fm=["Jacques", "Luc", "Philippe", "Michel"],
        ln=["Peeters", "Lambert", "Dupont", "Renard", "Lemaire", "Maes"],
        cities=[("Liège", "Liège", "", "4000"), ("Namur", "Namur", "", "5000"), ("Charleroi", "Charleroi", "", "6000"),
                ("Bruxelles", "Bruxelles", "", "1000")],
        streets=["rue Saint-Gilles", "avenue de la Gare", "rue Haute", "chaussée de Louvain"],
        country="Belgique"),
    "es": dict(
        ff=["Carmen", "Dolores", "Pilar", "Concepción", "Lucía", "Montserrat", "Rosario", "Encarnación"],
        fm=["José", "Antonio", "Manuel", "Francisco", "Javier", "Ramón", "Julián"],
        ln=["García", "Pérez", "Fernández", "López", "Martínez", "Ruiz", "Sánchez", "Romero", "Navarro",
            "Jiménez", "Torres", "Gil", "Moreno"],
        cities=[("Madrid", "Madrid", "", "280##"), ("Valencia", "Valencia", "", "460##"), ("Sevilla", "Sevilla", "", "410##"),
                ("Zaragoza", "Zaragoza", "", "500##"), ("Bilbao", "Bilbao", "", "480##"), ("Granada", "Granada", "", "180##"),
                ("Salamanca", "Salamanca", "", "370##"), ("Málaga", "Málaga", "", "290##")],
        streets=["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Calle San Vicente",
                 "Paseo de la Alameda", "Calle Real"],
        country="España"),
    "it": dict(
        ff=["Giuseppina", "Maria Grazia", "Rosa", "Anna", "Chiara", "Carla", "Assunta"],
        fm=["Giovanni", "Luigi", "Salvatore", "Franco", "Matteo", "Vincenzo", "Pasquale"],
        ln=["Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "De Luca"],
        cities=[("Milano", "Milano", "MI", "201##"), ("Torino", "Torino", "TO", "101##"),
                ("Bologna", "Bologna", "BO", "401##"), ("Napoli", "Napoli", "NA", "801##"),
                ("Firenze", "Firenze", "FI", "501##"), ("Verona", "Verona", "VR", "371##"),
                ("Bari", "Bari", "BA", "701##"), ("Palermo", "Palermo", "PA", "901##")],
        streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Dante",
                 "Viale Europa"],
        country="Italia"),
    "pt": dict(
        ff=["Maria do Céu", "Fernanda", "Rosa", "Beatriz", "Conceição", "Lurdes"],
        fm=["Joaquim", "Manuel", "António", "Tiago", "Albano", "Rui"],
        ln=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa"],
        cities=[("Porto", "Porto", "", "4050-###"), ("Lisboa", "Lisboa", "", "1100-###"),
                ("Coimbra", "Coimbra", "", "3000-###"), ("Braga", "Braga", "", "4700-###"),
                ("Faro", "Faro", "", "8000-###"), ("Aveiro", "Aveiro", "", "3800-###")],
        streets=["Rua das Flores", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo",
                 "Rua Direita"],
        country="Portugal"),
    "nl": dict(
        ff=["Johanna", "Wilhelmina", "Geertje", "Sanne", "Fatima", "Ingrid", "Riet"],
        fm=["Cornelis", "Hendrik", "Pieter", "Daan", "Gerrit", "Henk"],
        ln=["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "van Dijk"],
        cities=[("Utrecht", "Utrecht", "", "35## @@"), ("Groningen", "Groningen", "", "97## @@"),
                ("Eindhoven", "Eindhoven", "", "56## @@"), ("Haarlem", "Haarlem", "", "20## @@"),
                ("Zwolle", "Zwolle", "", "80## @@"), ("Leiden", "Leiden", "", "23## @@"),
                ("Tilburg", "Tilburg", "", "50## @@")],
        streets=["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Beukenlaan", "Lindenlaan"],
        country="Nederland"),
    "pl": dict(
        ff=["Halina", "Krystyna", "Danuta", "Agnieszka", "Małgorzata", "Zofia", "Irena"],
        fm=["Stanisław", "Zbigniew", "Tadeusz", "Piotr", "Jerzy", "Kazimierz", "Andrzej"],
        ln=["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"],
        lnf=["Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska"],
        cities=[("Gdańsk", "Gdańsk", "", "80-###"), ("Kraków", "Kraków", "", "30-###"), ("Poznań", "Poznań", "", "60-###"),
                ("Wrocław", "Wrocław", "", "50-###"), ("Łódź", "Łódź", "", "90-###"), ("Lublin", "Lublin", "", "20-###"),
                ("Warszawa", "Warszawa", "", "00-###")],
        streets=["ul. Długa", "ul. Mickiewicza", "ul. Polna", "al. Niepodległości", "ul. Kościuszki", "ul. Lipowa"],
        country="Polska"),
    "se": dict(
        ff=["Birgitta", "Margareta", "Ingrid", "Elsa", "Astrid", "Gunilla", "Kerstin"],
        fm=["Gunnar", "Lars", "Sven", "Karl", "Olle", "Bengt", "Göran"],
        ln=["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist", "Berg", "Holm", "Öberg"],
        cities=[("Göteborg", "Göteborg", "", "41# ##"), ("Uppsala", "Uppsala", "", "75# ##"),
                ("Malmö", "Malmö", "", "21# ##"), ("Örebro", "Örebro", "", "70# ##"),
                ("Umeå", "Umeå", "", "90# ##"), ("Västerås", "Västerås", "", "72# ##")],
        streets=["Storgatan", "Kungsgatan", "Björkvägen", "Skolgatan", "Drottninggatan", "Ekvägen"],
        country="Sverige"),
    "dk": dict(
        ff=["Inge", "Kirsten", "Bente", "Grethe", "Hanne", "Lone"],
        fm=["Jørgen", "Poul", "Henrik", "Niels", "Erik", "Bent"],
        ln=["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Mortensen", "Sørensen"],
        cities=[("Aarhus C", "Aarhus", "", "8000"), ("Odense C", "Odense", "", "5000"), ("Aalborg", "Aalborg", "", "9000"),
                ("Esbjerg", "Esbjerg", "", "6700"), ("Roskilde", "Roskilde", "", "4000"), ("Vejle", "Vejle", "", "7100")],
        streets=["Nørregade", "Vestergade", "Skovvej", "Søndergade", "Kirkevej", "Engvej"],
        country="Danmark"),
    "no": dict(
        ff=["Solveig", "Randi", "Kari", "Liv", "Ragnhild", "Åse"],
        fm=["Odd", "Arne", "Bjørn", "Terje", "Kjell", "Svein"],
        ln=["Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Bakke", "Dahl", "Solberg"],
        cities=[("Oslo", "Oslo", "", "0###"), ("Bergen", "Bergen", "", "50##"), ("Trondheim", "Trondheim", "", "70##"),
                ("Stavanger", "Stavanger", "", "40##"), ("Tromsø", "Tromsø", "", "90##")],
        streets=["Storgata", "Kirkeveien", "Skoleveien", "Bjørkeveien", "Strandgata", "Fjellveien"],
        country="Norge"),
    "fi": dict(
        ff=["Aino", "Raili", "Tuula", "Sirkka", "Marjatta", "Helvi"],
        fm=["Pentti", "Matti", "Kalevi", "Juhani", "Eero", "Tapio"],
        ln=["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen"],
        cities=[("Tampere", "Tampere", "", "331#0"), ("Helsinki", "Helsinki", "", "00##0"), ("Turku", "Turku", "", "20##0"),
                ("Oulu", "Oulu", "", "90##0"), ("Jyväskylä", "Jyväskylä", "", "40##0"), ("Kuopio", "Kuopio", "", "70##0")],
        streets=["Hämeenkatu", "Koulukatu", "Kirkkokatu", "Rantatie", "Koivukuja", "Puistotie"],
        country="Suomi"),
    "cz": dict(
        ff=["Jaroslava", "Věra", "Marie", "Hana", "Libuše", "Zdeňka"],
        fm=["Jiří", "Josef", "Miroslav", "Václav", "Karel", "Zdeněk"],
        ln=["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák"],
        lnf=["Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Kučerová", "Veselá", "Horáková"],
        cities=[("Praha 2", "Praha", "", "120 00"), ("Brno", "Brno", "", "602 00"), ("Ostrava", "Ostrava", "", "702 00"),
                ("Plzeň", "Plzeň", "", "301 00"), ("Olomouc", "Olomouc", "", "779 00")],
        streets=["Národní", "Husova", "Nádražní", "Masarykova", "Komenského", "Lidická"],
        country="Česko"),
    "tr": dict(
        ff=["Ayşe", "Fatma", "Emine", "Zeynep", "Hatice", "Elif", "Sevgi"],
        fm=["Mehmet", "Mustafa", "Hüseyin", "Ahmet", "İbrahim", "Osman", "Kemal"],
        ln=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"],
        cities=[("Ankara", "Ankara", "Çankaya", "06###"), ("İzmir", "İzmir", "Karşıyaka", "35###"),
                ("İstanbul", "İstanbul", "Kadıköy", "34###"), ("Bursa", "Bursa", "Nilüfer", "16###"),
                ("Antalya", "Antalya", "Muratpaşa", "07###"), ("Eskişehir", "Eskişehir", "Tepebaşı", "26###")],
        streets=["Atatürk Cad.", "Cumhuriyet Cad.", "Gül Sok.", "İnönü Bulvarı", "Lale Sok.", "Bağdat Cad."],
        country="Türkiye"),
}

PHONES = {
    "us": ["(%##) 555-01##", "%##-%##-####", "+1 %##-%##-####", "(%##) %##-####", "%##.%##.####", "1-800-%##-####"],
    "ca": ["(%##) %##-####", "%##-%##-####", "+1 %## %## ####", "1-888-%##-####"],
    "gb": ["07### ######", "+44 7### ######", "01### ######", "+44 1### ######", "020 7### ####", "0113 ### ####",
           "0800 ### ####"],
    "ie": ["08% ### ####", "+353 8% ### ####", "0%# ### ####", "+353 %# ### ####"],
    "au": ["04## ### ###", "+61 4## ### ###", "(0%) %### ####", "+61 % %### ####", "1800 ### ###"],
    "nz": ["02# ### ####", "+64 2# ### ####", "(0%) ### ####", "+64 % ### ####"],
    "de": ["+49 %# ########", "0%## #######", "+49 1%# #######", "01%# ########", "0%#/######"],
    "at": ["+43 1 #######", "0664 #######", "+43 664 #######", "0316 ######"],
    "ch": ["+41 %# ### ## ##", "0%# ### ## ##", "079 ### ## ##"],
    "fr": ["0% ## ## ## ##", "+33 % ## ## ## ##", "06 ## ## ## ##", "+33 6 ## ## ## ##"],
    "be": ["+32 4## ## ## ##", "04## ## ## ##", "0% ### ## ##"],
    "es": ["+34 6## ### ###", "6## ### ###", "9## ### ###", "+34 9## ## ## ##"],
    "it": ["+39 3## ### ####", "3## ### ####", "0% #### ####", "+39 0% ### ####"],
    "pt": ["+351 9## ### ###", "9## ### ###", "2## ### ###"],
    "nl": ["06-########", "+31 6 ########", "0%#-#######", "+31 %# #######"],
    "pl": ["+48 %## ### ###", "%## ### ###", "(%#) ### ## ##"],
    "se": ["07#-### ## ##", "+46 7# ### ## ##", "0%#-### ## ##", "+46 %# ### ## ##"],
    "dk": ["+45 %# ## ## ##", "%# ## ## ##"],
    "no": ["+47 %## ## ###", "%## ## ###", "%# ## ## ##"],
    "fi": ["04# ### ####", "+358 4# ### ####", "0% ### ####", "+358 % ### ####"],
    "cz": ["+420 %## ### ###", "%## ### ###"],
    "tr": ["+90 5## ### ## ##", "05## ### ## ##", "0%## ### ## ##", "+90 %## ### ## ##"],
}

MAILDOM = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "aol.com"],
    "ca": ["gmail.com", "sympatico.ca", "shaw.ca", "outlook.com"],
    "gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com"],
    "ie": ["eircom.net", "gmail.com", "outlook.ie"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "nz": ["xtra.co.nz", "gmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "at": ["gmx.at", "aon.at"],
    "ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "be": ["skynet.be", "telenet.be"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it"],
    "pt": ["sapo.pt", "gmail.com", "clix.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "se": ["telia.com", "bredband.net", "gmail.com"],
    "dk": ["live.dk", "mail.dk", "youmail.dk"],
    "no": ["online.no", "gmail.com", "hotmail.no"],
    "fi": ["elisanet.fi", "gmail.com", "luukku.com"],
    "cz": ["seznam.cz", "centrum.cz", "email.cz"],
    "tr": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
}

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
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
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
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}

PAD = {
    "en": ["No further information was recorded at the time of writing.",
           "This record is kept in line with the provider's data protection policy."],
    "de": ["Weitere Angaben lagen zum Zeitpunkt der Erstellung nicht vor.",
           "Diese Dokumentation wird gemäß den Datenschutzrichtlinien aufbewahrt."],
    "fr": ["Aucune autre information n'a été consignée à ce stade.",
           "Ce document est conservé conformément à la politique de confidentialité."],
    "es": ["No se registró información adicional en este momento.",
           "Este documento se conserva conforme a la política de protección de datos."],
    "it": ["Non sono state registrate ulteriori informazioni al momento.",
           "Il presente documento è conservato secondo la normativa sulla privacy."],
    "pt": ["Não foram registadas informações adicionais neste momento.",
           "Este registo é conservado de acordo com a política de proteção de dados."],
    "nl": ["Er is op dit moment geen aanvullende informatie vastgelegd.",
           "Dit document wordt bewaard volgens het privacybeleid van de organisatie."],
    "pl": ["Na chwilę obecną nie odnotowano dodatkowych informacji.",
           "Dokument przechowywany jest zgodnie z polityką ochrony danych."],
    "sv": ["Ingen ytterligare information registrerades vid tillfället.",
           "Dokumentet hanteras enligt gällande dataskyddsregler."],
    "da": ["Der blev ikke registreret yderligere oplysninger på nuværende tidspunkt.",
           "Dokumentet opbevares i henhold til gældende databeskyttelsesregler."],
    "no": ["Ingen ytterligere informasjon ble registrert på dette tidspunktet.",
           "Dokumentet oppbevares i samsvar med gjeldende personvernregler."],
    "fi": ["Lisätietoja ei kirjattu tässä vaiheessa.",
           "Asiakirja säilytetään tietosuojakäytännön mukaisesti."],
    "cs": ["V tuto chvíli nebyly zaznamenány žádné další informace.",
           "Dokument je uchováván v souladu se zásadami ochrany osobních údajů."],
    "tr": ["Şu an için ek bir bilgi kaydedilmedi.",
           "Bu belge veri koruma politikasına uygun olarak saklanmaktadır."],
}

# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------


def ticks(r, n, lo, hi):
    """n sorted distinct minute-of-day values in [lo, hi)"""
    return sorted(r.sample(range(lo, hi), n))


def hhmm(m):
    return f"{(m // 60) % 24:02d}:{m % 60:02d}"


def rdate(r, y0=2023, y1=2025):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def rdob(r, kind="elder"):
    lo, hi = {"elder": (1926, 1952), "adult": (1955, 1990), "staff": (1966, 2003)}[kind]
    a = _dt.date(lo, 1, 1).toordinal()
    b = _dt.date(hi, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def rtime(r, lo=7, hi=21):
    return r.randint(lo, hi), r.choice([0, 0, 15, 30, 45, 5, 10, 20, 40, 50])


def fd(d, loc, style="num"):
    lang = LANG[loc]
    if style == "iso":
        return d.isoformat()
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "num":
        if loc == "us":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if loc == "ca" or lang == "sv":
            return d.isoformat()
        if lang in ("de", "pl", "da", "no", "tr"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if lang == "fi":
            return f"{d.day}.{d.month}.{d.year}"
        if lang == "cs":
            return f"{d.day}. {d.month}. {d.year}"
        if lang == "nl":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    m = MONTHS[lang][d.month - 1]
    if style == "short":  # english only
        ms = m[:3]
        return f"{ms} {d.day}, {d.year}" if loc in ("us", "ca") else f"{d.day} {ms} {d.year}"
    if lang == "en":
        s = f"{m} {d.day}, {d.year}" if loc in ("us", "ca") else f"{d.day} {m} {d.year}"
    elif lang in ("es", "pt"):
        s = f"{d.day} de {m} de {d.year}"
    elif lang in ("de", "da", "no", "fi", "cs"):
        s = f"{d.day}. {m} {d.year}"
    else:
        s = f"{d.day} {m} {d.year}"
    if style == "wlong":
        wd = WEEKDAYS[lang][d.weekday()]
        if lang in ("en", "de", "es", "pt"):
            s = f"{wd}, {s}"
        else:
            s = f"{wd} {s}"
    return s


def ft(h, m, loc):
    lang = LANG[loc]
    if loc in ("us", "ca", "au", "nz"):
        ap = "AM" if h < 12 else "PM"
        hh = h % 12 or 12
        return f"{hh}:{m:02d} {ap}"
    if lang == "fr":
        return f"{h}h{m:02d}"
    return f"{h:02d}:{m:02d}"


_JOIN = {"en": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle "],
         "pt": [" às "], "nl": [" ", " om "], "pl": [" ", ", "], "sv": [" "], "da": [" "], "no": [" "],
         "fi": [" "], "cs": [" "], "tr": [" "]}


def fdt(r, d, loc, style="num", h=None, m=None):
    if h is None:
        h, m = rtime(r)
    j = r.choice(_JOIN[LANG[loc]])
    if LANG[loc] == "es" and h == 1:
        j = " a la "
    return f"{fd(d, loc, style)}{j}{ft(h, m, loc)}"


_TOLLFREE = ("1-800", "1-888", "0800", "1800")


def ph(r, loc, personal=False):
    pats = PHONES[loc]
    if personal:
        pats = [x for x in pats if not x.startswith(_TOLLFREE)]
    return pat(r, r.choice(pats))


def postcode(r, p):
    """'#' digit, '@' letter; everything else literal"""
    return "".join(r.choice(DIG) if c == "#" else r.choice("ABDEFHJLNPQRSTUWXYZ") if c == "@" else c for c in p)


def addr(r, loc):
    L = LOC[loc]
    disp, plain, reg, pcp = r.choice(L["cities"])
    pc = postcode(r, pcp)
    st = r.choice(L["streets"])
    n = r.randint(1, 180)
    if loc == "us":
        street = f"{n * r.choice([1, 10, 11])} {st}" + r.choice(["", "", f", Apt {r.randint(1, 9)}{r.choice('ABCD')}",
                                                                  f" Unit {r.randint(2, 40)}"])
        one = f"{street}, {disp}, {reg} {pc}"
        cityline = f"{plain}, {reg}"
    elif loc == "ca":
        street = r.choice(["", f"Unit {r.randint(2, 40)}, "]) + f"{n * r.choice([1, 10])} {st}"
        one = f"{street}, {disp}, {reg} {pc}"
        cityline = f"{plain}, {reg}"
    elif loc == "gb":
        street = r.choice(["", "", f"Flat {r.randint(1, 12)}, "]) + f"{n} {st}"
        one = f"{street}, {disp} {pc}" if r.random() < .6 else f"{street}, {disp}, {pc}"
        cityline = plain
    elif loc == "ie":
        street = f"{n} {st}"
        one = f"{street}, {disp}, {pc}"
        cityline = plain
    elif loc == "au":
        street = r.choice(["", f"Unit {r.randint(1, 9)}/", f"{r.randint(1, 9)}/"]) + f"{n} {st}"
        one = f"{street}, {disp} {reg} {pc}"
        cityline = f"{plain}, {reg}"
    elif loc == "nz":
        street = f"{n} {st}"
        one = f"{street}, {disp} {pc}"
        cityline = plain
    elif loc in ("de", "at", "ch", "nl", "no", "se"):
        suf = r.choice(["", "", "a", "b"]) if loc in ("de", "nl", "no") else ""
        street = f"{st} {n}{suf}"
        if loc == "at" and r.random() < .5:
            street += f"/{r.randint(1, 20)}"
        one = f"{street}, {pc} {disp}"
        cityline = plain
    elif loc in ("fr", "be"):
        street = f"{n} {st}" if loc == "fr" else f"{st} {n}"
        one = f"{street}, {pc} {disp}"
        cityline = plain
    elif loc == "es":
        street = f"{st}, {n}" + r.choice(["", f", {r.randint(1, 8)}º {r.choice('ABCD')}"])
        one = f"{street}, {pc} {disp}"
        cityline = plain
    elif loc == "it":
        street = f"{st} {n}" if r.random() < .6 else f"{st}, {n}"
        one = f"{street}, {pc} {disp} {reg}"
        cityline = plain
    elif loc == "pt":
        street = f"{st}, {n}" + r.choice(["", f", {r.randint(1, 6)}º Esq.", f", {r.randint(1, 6)}º Dto."])
        one = f"{street}, {pc} {disp}"
        cityline = plain
    elif loc == "pl":
        street = f"{st} {n}" + r.choice(["", f"/{r.randint(1, 60)}"])
        one = f"{street}, {pc} {disp}"
        cityline = plain
    elif loc == "dk":
        street = f"{st} {n}" + r.choice(["", f", {r.randint(1, 4)}. {r.choice(['th.', 'tv.', 'mf.'])}"])
        one = f"{street}, {pc} {disp}"
        cityline = plain
    elif loc == "fi":
        street = f"{st} {n}" + r.choice(["", f" {r.choice('ABC')} {r.randint(1, 40)}"])
        one = f"{street}, {pc} {disp}"
        cityline = plain
    elif loc == "cz":
        street = f"{st} {r.randint(100, 2999)}/{n}"
        one = f"{street}, {pc} {disp}"
        cityline = plain
    elif loc == "tr":
        street = f"{st} No: {n} D: {r.randint(1, 24)}"
        one = f"{street}, {pc} {reg}/{disp}"
        cityline = plain
    else:
        raise KeyError(loc)
    rest = one[len(street) + 2:]
    block = f"{street}\n{rest}"
    return SimpleNamespace(street=street, city=plain, disp=disp, region=reg, pc=pc, country=L["country"],
                           one=one, block=block, cityline=cityline, rest=rest)


def email_for(r, first, last, loc=None, domain=None):
    f, l_ = slug(first.split()[0]), slug(last.split()[-1])
    local = r.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{r.randint(1, 99)}", f"{l_}.{f}", f"{f}_{l_}"])
    if domain is None:
        domain = r.choice(MAILDOM.get(loc, MAILDOM["us"]))
    return f"{local}@{domain}"


def person(r, loc, kind="elder", last=None, fem=None):
    L = LOC[loc]
    if fem is None:
        fem = r.random() < (0.66 if kind == "elder" else 0.6)
    first = r.choice(L["ff"] if fem else L["fm"])
    if last is None:
        i = r.randrange(len(L["ln"]))
        last = L["lnf"][i] if (fem and "lnf" in L) else L["ln"][i]
        if loc == "es":
            j = r.randrange(len(L["ln"]))
            last = f"{last} {L['ln'][j]}" if L["ln"][j] != last else last
        elif loc == "pt" and r.random() < .5:
            x = r.choice(L["ln"])
            last = f"{x} {last}" if x != last else last
    mid = ""
    if loc in ("us", "ca") and r.random() < .3:
        mid = r.choice(UP.replace("X", "")) + "."
    name = f"{first} {mid} {last}" if mid else f"{first} {last}"
    p = SimpleNamespace(first=first, last=last, mid=mid, name=name, fem=fem, loc=loc)
    p.dob = rdob(r, kind)
    p.addr = addr(r, loc)
    p.phone = ph(r, loc, personal=True)
    p.email = email_for(r, first, last, loc)
    return p


# --- checksummed identifiers -------------------------------------------------

def luhn_ok(s: str) -> bool:
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_check(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_number(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "mc":
        pre, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        pre, n = r.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + D(r, n - 1 - len(pre))
    return body + _luhn_check(body)


def fmt_card(r, num, style=None):
    style = style or r.choice(["space", "space", "dash", "plain"])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "plain":
        return num
    return (" " if style == "space" else "-").join(g)


def card(r, brand=None):
    return fmt_card(r, card_number(r, brand))


def bad_card(r):
    num = card_number(r, r.choice(["visa", "mc", "disc"]))
    last = str((int(num[-1]) + r.randint(1, 9)) % 10)
    num = num[:-1] + last
    assert not luhn_ok(num)
    return fmt_card(r, num, r.choice(["space", "plain", "dash"]))


IBAN_SPEC = {  # country: bban pattern
    "DE": "##################", "AT": "################", "CH": "#################",
    "GB": "BANK##############", "IE": "BANK##############", "FR": "#######################",
    "BE": "############", "ES": "####################", "IT": "L######################",
    "PT": "#####################", "NL": "BANK##########", "PL": "########################",
    "SE": "####################", "DK": "##############", "NO": "###########", "FI": "##############",
    "CZ": "####################", "TR": "#####0################",
}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
              "NL": ["ABNA", "INGB", "RABO", "SNSB"]}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "BE": 16, "ES": 24, "IT": 27,
            "PT": 25, "NL": 18, "PL": 28, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "CZ": 24, "TR": 26}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc, grouped=None):
    spec = IBAN_SPEC[cc].strip()
    if spec.startswith("BANK"):
        bban = r.choice(IBAN_BANKS[cc]) + pat(r, spec[4:])
    else:
        bban = pat(r, spec)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], s
    if grouped is None:
        grouped = r.random() < .6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s) or re.fullmatch(r"(\d{3}) (\d{2}) (\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"
    assert ssn_ok(s)
    return s


def bad_ssn(r):
    a = r.choice(["000", "666", f"9{r.randint(0, 99):02d}"])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def nhs_number(r):
    while True:
        ds = [r.randint(4, 9)] + [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, ds)) + str(c)
        return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def mrn(r):
    return pat(r, r.choice(["########", "M#######", "RW-######", "LLL######", "MR#########", "00######",
                            "H##-###-###", "#######"]))


def medicare_mbi(r):
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + DIG
    s = (r.choice("123456789") + r.choice(a) + r.choice(an) + r.choice(DIG) + r.choice(a) + r.choice(an)
         + r.choice(DIG) + r.choice(a) + r.choice(a) + r.choice(DIG) + r.choice(DIG))
    return r.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def plan_id(r, loc="us"):
    if loc == "us":
        return pat(r, r.choice(["LLL#########", "W#########", "###########A", "LL#####L", "ZGP########"]))
    if loc == "au":  # medicare card
        return pat(r, "%### ##### #") + r.choice(["", "-" + str(r.randint(1, 5))])
    if loc in ("de", "at"):
        return pat(r, "L#########")
    if loc == "nl":
        return pat(r, "#########")
    if loc in ("fr", "be"):
        return pat(r, r.choice(["##########", "LL ########"]))
    if loc == "es":
        return pat(r, "LLLL ###### ## #")
    return pat(r, "LL########")


def account_no(r, style=None):
    style = style or r.choice(["d8", "d10", "dash", "cust", "d12"])
    if style == "cust":
        return r.choice(["CA-", "CL-", "ACC"]) + D(r, 7)
    return pat(r, {"d8": "########", "d10": "##########", "dash": "####-###-####", "d12": "############"}[style])


def us_dl(r):
    st = r.choice(["CA", "NY", "FL", "IL", "TX", "WA", "OH", "GA"])
    p = {"CA": "L#######", "NY": "### ### ###", "FL": "L###-###-##-###-#", "IL": "L###-####-####",
         "TX": "########", "WA": "WD@AAAAAAAAA", "OH": "LL######", "GA": "#########"}[st]
    return st, pat(r, p).replace("@", "L")


def uk_dl(r, p):
    s = slug(p.last).upper()[:5].ljust(5, "9")
    y = p.dob.year
    m = p.dob.month + (50 if p.fem else 0)
    ini = (slug(p.first)[:1].upper() + "9")
    return f"{s}{str(y)[2]}{m:02d}{p.dob.day:02d}{str(y)[3]}{ini}{r.randint(0, 9)}{pat(r, 'LL')}"


# --- network / secrets -------------------------------------------------------

def ipv4(r, private=None):
    if private is None:
        private = r.random() < .5
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    a = r.choice([23, 31, 34, 45, 52, 62, 81, 85, 91, 104, 137, 141, 151, 178, 185, 193, 203, 212])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    g = [f"{r.randint(0, 0xffff):x}" for _ in range(4)]
    return r.choice([f"2001:db8:{g[0]}:{g[1]}::{g[2]}", f"2a02:{g[0]}:{g[1]}:{g[2]}:{g[3]}:{r.randint(1, 0xffff):x}:0:1",
                     f"fe80::{g[0]}:{g[1]}:{g[2]}:{g[3]}", f"2600:{g[0]}:{g[1]}::{g[3]}"])


def ip(r):
    return ipv6(r) if r.random() < .2 else ipv4(r)


def aws_ak(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_sk(r):
    return rsa(r, 40, ALNUM + "/+")


def gh_token(r):
    k = r.random()
    if k < .6:
        return "ghp_" + rs(r, 36)
    if k < .8:
        return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    return r.choice(["gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_token(r):
    k = r.random()
    if k < .6:
        return f"xoxb-{D(r, r.randint(10, 12))}-{D(r, 13)}-{rs(r, 24)}"
    if k < .85:
        return f"xoxp-{D(r, 11)}-{D(r, 11)}-{D(r, 13)}-{rs(r, 32, HEX)}"
    return f"xapp-1-A{rs(r, 10, UP + DIG)}-{D(r, 13)}-{rs(r, 64, HEX)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 32, 48, 99]))


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, payload=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if payload is None:
        payload = {"sub": D(r, 8), "iat": 1700000000 + r.randint(0, 60000000), "scope": r.choice(
            ["visits:read", "portal", "alarms:write rota:read", "family"])}
    sig = bytes(r.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(payload, separators=(",", ":")).encode()), b64u(sig)])


def pem(r, kind=None):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nlines = {"RSA PRIVATE KEY": r.randint(8, 14), "PRIVATE KEY": r.randint(8, 14), "EC PRIVATE KEY": 3,
              "OPENSSH PRIVATE KEY": r.randint(5, 7)}[kind]
    raw = bytes(r.getrandbits(8) for _ in range(48 * nlines - r.randint(1, 20)))
    body = base64.b64encode(raw).decode()
    if kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + body[24:]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


PW_WORDS = ["Bluebell", "Rosewood", "Harbour", "Marigold", "Kestrel", "Lantern", "Willow", "Sunflower", "Orchard",
            "Teapot", "Granite", "Meadow", "Puffin", "Saffron", "Copper", "Thistle"]


def password(r, safe=False):
    sym = "-_." if safe else "!#%*-_.?+="
    k = r.random()
    if k < .35:
        s = r.choice(PW_WORDS) + r.choice(sym) + D(r, r.randint(2, 4)) + r.choice(LOW + UP)
    elif k < .7:
        s = rsa(r, r.randint(10, 18), ALNUM + sym)
    elif k < .85:
        s = r.choice(PW_WORDS).lower() + r.choice(sym) + r.choice(PW_WORDS).lower() + D(r, 2)
    else:
        s = rs(r, 4, UP) + D(r, 2) + rs(r, 3, LOW) + r.choice(sym) + D(r, 3)
    return s


def keysafe(r):
    return r.choice([D(r, 4), D(r, 4), "C" + D(r, 4), D(r, 6)])


def generic_secret(r):
    k = r.randrange(8)
    if k == 0:
        return rs(r, 32, HEX)
    if k == 1:
        return "AIza" + rsa(r, 35, ALNUM + "-_")
    if k == 2:
        return "SG." + rsa(r, 22, ALNUM + "-_") + "." + rsa(r, 43, ALNUM + "-_")
    if k == 3:
        return "whsec_" + rs(r, 32)
    if k == 4:
        return rs(r, 40)
    if k == 5:
        return "tcp_live_" + rs(r, 32)
    if k == 6:
        return "key-" + rs(r, 32, HEX)
    return rsa(r, 48, ALNUM + "-_")


# --- hard negatives ------------------------------------------------------------

DRUGS = ["Donepezil 10 mg", "Memantine 20 mg", "Metformin 500 mg", "Amlodipine 5 mg", "Paracetamol 1 g",
         "Furosemide 40 mg", "Warfarin 3 mg", "Apixaban 2.5 mg", "Sertraline 50 mg", "Lactulose 10 ml",
         "Adcal-D3", "Levothyroxine 75 mcg", "Omeprazole 20 mg", "Bisoprolol 2.5 mg", "Quetiapine 25 mg",
         "Senna 7.5 mg", "Atorvastatin 40 mg", "Ramipril 5 mg", "Tamsulosin 400 mcg", "Macrogol sachet"]
ICD = ["F03.90", "G30.1", "I10", "E11.9", "M81.0", "Z74.1", "R26.81", "I63.9", "N39.0", "F32.1", "J44.9", "M17.0"]
CPT = ["G0151", "G0156", "T1019", "S5125", "99509", "G0299", "T1020", "99347"]
LOINC = ["8867-4", "8480-6", "29463-7", "2345-7", "59408-5"]
BICS = ["NWBKGB2L", "BARCGB22", "DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "UNCRITMM", "INGBNL2A",
        "PKOPPLPW", "NDEASESS", "DABADKKK", "DNBANOKKXXX", "NDEAFIHH", "KOMBCZPP", "TCZBTR2A", "AIBKIE2D",
        "BOFIIE2D", "CGDIPTPL", "GIBAATWWXXX", "UBSWCHZH80A"]
ROUTING = ["021000021", "011000015", "121000358", "026009593", "071000013", "063100277", "322271627"]
BRANDS = ["Tunstall Lifeline Vi+", "Careline365", "Amazon Echo Show", "Doro 8100", "Apple Watch", "Philips Lifeline",
          "Ben & Jerry's", "Müller & Söhne GmbH", "Home Instead", "Bupa", "Barchester", "Sodexo"]
PETS = ["Biscuit", "Bella", "Mr Whiskers", "Pip", "Rolo", "Nala", "Bonzo", "Tigger"]
CURR = {"us": "$", "ca": "$", "au": "$", "nz": "$", "gb": "£", "ie": "€"}


def uuid4s(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, n, HEX)


def version(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}"


def ticket(r, pre=None):
    pre = pre or r.choice(["INC", "CASE", "TKT", "REQ", "SR"])
    return f"{pre}-{r.randint(10000, 999999)}"


def amount(r, loc="gb", lo=10, hi=4000):
    v = r.randint(lo * 100, hi * 100) / 100
    lang = LANG[loc]
    if lang == "en":
        return f"{CURR.get(loc, '$')}{v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    cur = {"pl": "zł", "se": "kr", "dk": "kr.", "no": "kr", "cz": "Kč", "tr": "TL", "ch": "CHF"}.get(loc, "€")
    if loc == "ch":
        return f"CHF {v:,.2f}".replace(",", "'")
    return f"{s} {cur}"


def log_ts(r, d=None, style=None):
    d = d or rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    style = style or r.choice(["iso", "isoz", "space", "ms"])
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+00:00"
    if style == "isoz":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == "ms":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{r.randint(0, 999):03d}"
    return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"


def mail_date(r, d=None):
    d = d or rdate(r)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = MONTHS["en"][d.month - 1][:3]
    return f"{wd}, {d.day} {mo} {d.year} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} " \
           f"{r.choice(['+0000', '+0100', '-0500', '+0200', '+1000'])}"


def hl7_ts(r, d=None):
    d = d or rdate(r)
    return d.strftime("%Y%m%d") + f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


def masked(r):
    return r.choice([f"****-****-****-{D(r, 4)}", f"XXX-XX-{D(r, 4)}", f"•••• {D(r, 4)}",
                     f"**** **** **** {D(r, 4)}", f"xxxxxx{D(r, 4)}", f"GB** **** **** **** **{D(r, 2)}"])


def var_ref(r):
    return r.choice(["${DB_PASSWORD}", "${{ secrets.STRIPE_SECRET_KEY }}", "${TWILIO_AUTH_TOKEN}",
                     "${{ secrets.AWS_SECRET_ACCESS_KEY }}", "${SMTP_PASSWORD}", "{{ .Values.db.password }}",
                     "${{ secrets.SLACK_BOT_TOKEN }}", "$(ROTA_API_KEY)"])


def npi(r):
    return "1" + D(r, 9)


def plate(r, loc):
    return pat(r, {"gb": "LL## LLL", "de": "L-LL ####", "fr": "LL-###-LL", "es": "#### LLL", "it": "LL ###LL",
                   "nl": "LL-###-L", "pl": "LL #####", "us": "#LLL###", "au": "#LL#LL", "se": "LLL ##L",
                   "ie": "##-L-#####", "dk": "LL ## ###", "no": "LL #####", "fi": "LLL-###", "cz": "#L# ####",
                   "tr": "## LL ###", "at": "L-#####L", "ca": "LLLL ###", "nz": "LLL###", "pt": "##-LL-##",
                   "ch": "LL ######", "be": "#-LLL-###"}.get(loc, "LL## LLL"))


def vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def room(r):
    return r.choice([f"Room {r.randint(1, 48)}", f"Room {r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}",
                     f"Room {r.randint(1, 30)}{r.choice('AB')}"])


def epoch(r):
    return str(1690000000 + r.randint(0, 90000000))


def ndc(r):
    return f"{D(r, 5)}-{D(r, 4)}-{D(r, 2)}"


US_COUNTY = {"Springfield": "Sangamon County", "Albany": "Albany County", "Tucson": "Pima County",
             "Dayton": "Montgomery County", "Spokane": "Spokane County", "Savannah": "Chatham County",
             "Portland": "Cumberland County", "Madison": "Dane County", "Fresno": "Fresno County",
             "Tampa": "Hillsborough County", "Lubbock": "Lubbock County", "Des Moines": "Polk County"}
ANTICOAG = ["Warfarin", "Apixaban", "Rivaroxaban", "Edoxaban", "Dabigatran"]

CARE_HOMES = ["Rosewood Lodge", "Meadowbank House", "The Beeches", "Willow Court Care Home", "Ashgrove Nursing Home",
              "Oakleigh Manor", "Kingfisher House", "Larchfield Court"]
AGENCIES = ["Brightpath Homecare", "Meadowbank Home Care", "Sunrise Home Health LLC", "CareWell Partners",
            "Helping Hands at Home", "Kindred Visits", "Evergreen Community Care", "Silverline Support"]
RELS = ["daughter", "son", "niece", "nephew", "husband", "wife", "granddaughter", "friend", "neighbour"]
_REL_W = {
    "en": (["daughter", "niece", "granddaughter", "friend", "neighbour", "wife"],
           ["son", "nephew", "grandson", "friend", "neighbour", "husband"]),
    "fr": (["fille", "nièce", "petite-fille", "voisine"], ["fils", "neveu", "petit-fils", "voisin"]),
    "it": (["figlia", "nipote", "nuora"], ["figlio", "nipote", "genero"]),
    "nl": (["dochter", "nicht", "buurvrouw"], ["zoon", "neef", "buurman"]),
    "tr": (["kızı", "gelini", "torunu"], ["oğlu", "damadı", "torunu"]),
    "pt": (["filha", "sobrinha", "neta"], ["filho", "sobrinho", "neto"]),
}


def rel(r, p, lang="en"):
    return r.choice(_REL_W[lang][0 if p.fem else 1])


# ===========================================================================
# English document kinds (with entities)
# ===========================================================================

def k_admission_form(r):
    loc = r.choice(["gb", "gb", "ie"])
    d = B("en")
    p = person(r, loc, "elder")
    k = person(r, loc, "adult", last=p.last if r.random() < .5 else None)
    gp = person(r, loc, "adult")
    mgr = person(r, loc, "staff")
    home = r.choice(CARE_HOMES)
    d.t(f"{home.upper()}\nRESIDENT ADMISSION RECORD  (form CH-01 v{r.randint(2, 6)}.{r.randint(0, 9)})\n\n")
    if r.random() < .5:
        d.w("Surname: «PERSON»\nForename(s): «PERSON»\n", p.last.upper(), p.first)
    else:
        d.w("Resident name: «PERSON»\n", f"{p.last}, {p.first}")
    d.w("Date of birth: «DATE_OF_BIRTH»\n", fd(p.dob, loc, r.choice(["num", "long"])))
    if loc == "gb":
        d.w("NHS number: «MEDICAL_RECORD_NUMBER»\n", nhs_number(r))
    else:
        d.w("Hospital MRN: «MEDICAL_RECORD_NUMBER»\n", mrn(r))
    d.w("Address prior to admission: «ADDRESS»\n", p.addr.one)
    d.w(f"Admission date: «DATE_TIME»     {room(r)}\n", fd(rdate(r), loc, "num"))
    dx, code = r.choice([("Alzheimer disease", "G30.1"), ("vascular dementia", "F01.50"), ("Parkinson disease", "G20"),
                         ("cerebral infarction", "I63.9"), ("unspecified dementia", "F03.90")])
    d.t(f"Primary diagnosis: {dx} ({code})\n")
    d.t(f"Current medication: {r.choice(DRUGS)} OD, {r.choice(DRUGS)} BD\n")
    d.t(f"Mobility: {r.choice(['walking frame', 'hoist x2', 'independent', 'wheelchair'])}; falls in last year: {r.randint(0, 4)}\n")
    d.w("GP: Dr «PERSON», tel. «PHONE_NUMBER»\n", gp.name if r.random() < .5 else gp.last, ph(r, loc))
    d.w(f"Next of kin: «PERSON» ({rel(r, k)}) - «PHONE_NUMBER», «EMAIL_ADDRESS»\n", k.name, k.phone, k.email)
    fund = ["Local authority", "Self-funded", "NHS Continuing Healthcare"] if loc == "gb" else ["Fair Deal (NHSS)", "Private"]
    d.t(f"Funding: {r.choice(fund)}; "
        f"weekly fee {amount(r, loc, 900, 1900)}\n")
    if r.random() < .5:
        d.t(f"Pet: cat called {r.choice(PETS)} (family to rehome)\n")
    d.w("Completed by: «PERSON», Deputy Manager\n", mgr.name)
    return d


def k_rota_csv(r):
    loc = r.choice(["gb", "au", "nz", "ie"])
    d = B("en")
    d.t(f"# {r.choice(AGENCIES)} - visit rota export, run {ticket(r, 'ROTA')}\n")
    d.t("visit_id,date,start,end,duration_min,carer,client,address_line,town,postcode,tasks\n")
    carers = [person(r, loc, "staff") for _ in range(3)]
    day = rdate(r)
    for _ in range(r.randint(3, 6)):
        c = r.choice(carers)
        cl = person(r, loc, "elder")
        h, m = rtime(r, 7, 20)
        dur = r.choice([15, 30, 45, 60])
        eh, em = (h * 60 + m + dur) // 60, (h * 60 + m + dur) % 60
        d.t(f"V-{r.randint(100000, 999999)},")
        d.w("«DATE_TIME»,«DATE_TIME»,«DATE_TIME»,", fd(day, loc, "num"), f"{h:02d}:{m:02d}", f"{eh:02d}:{em:02d}")
        d.t(f"{dur},")
        d.w("«PERSON»,«PERSON»,\"«ADDRESS»\",«LOCATION»,", c.name, cl.name, cl.addr.street, cl.addr.city)
        d.t(f"{cl.addr.pc},\"{r.choice(['personal care; breakfast', 'meds prompt; lunch', 'tea; bed prep', 'shower; laundry', 'welfare check'])}\"\n")
    return d


def k_visit_note(r):
    loc = r.choice(["us", "ca"])
    d = B("en")
    cl = person(r, loc, "elder")
    cg = person(r, loc, "staff")
    son = person(r, loc, "adult", last=cl.last, fem=False)
    dau = person(r, loc, "adult", fem=True)
    day = rdate(r)
    h, m = rtime(r, 8, 16)
    d.t(f"{r.choice(AGENCIES)} - Caregiver Visit Note\n")
    d.w("Client: «PERSON»   MRN «MEDICAL_RECORD_NUMBER»\n", cl.name, mrn(r))
    d.w("Visit date: «DATE_TIME»\n", fd(day, loc, r.choice(["num", "long", "wlong"])))
    d.w("Caregiver: «PERSON», HHA\n\n", cg.name)
    pr = "She" if cl.fem else "He"
    d.w(f"Arrived «DATE_TIME». Client seated in living room, alert and chatty. Assisted with shower and dressing "
        f"(about {r.choice([30, 40, 45])} minutes). Reminded to take {r.choice(DRUGS)} with breakfast - taken. "
        f"BP {r.randint(110, 160)}/{r.randint(65, 95)}. {pr} said «PERSON» will visit next Tuesday. ",
        ft(h, m, loc), son.first)
    d.w("Fridge almost empty; called daughter «PERSON» at «PHONE_NUMBER» to arrange groceries. ", dau.name, dau.phone)
    d.w("Left at «DATE_TIME».\n", ft(h + 1, m, loc))
    d.w("Next visit scheduled: «DATE_TIME»\n", fdt(r, day + _dt.timedelta(days=r.randint(1, 3)), loc,
                                                  r.choice(["num", "short"])))
    if r.random() < .6:
        d.w("Key lockbox code «PASSWORD» (do not write on timesheet).\n", keysafe(r))
    d.t(f"Billing code {r.choice(CPT)}, units {r.randint(2, 8)}.\n")
    return d


def k_mar_chart(r):
    loc = r.choice(["gb", "au", "nz"])
    d = B("en")
    p = person(r, loc, "elder")
    s1, s2 = person(r, loc, "staff"), person(r, loc, "staff")
    wk = rdate(r)
    d.t("MEDICATION ADMINISTRATION RECORD (MAR)\n")
    d.t(f"{r.choice(CARE_HOMES)} - {room(r)}\n")
    d.w("Resident: «PERSON»    DOB: «DATE_OF_BIRTH»    ", p.name.upper() if r.random() < .3 else p.name,
        fd(p.dob, loc, "num"))
    if loc == "gb":
        d.w("NHS No: «MEDICAL_RECORD_NUMBER»\n", nhs_number(r))
    else:
        d.w("URN: «MEDICAL_RECORD_NUMBER»\n", mrn(r))
    d.t(f"Allergies: {r.choice(['NKDA', 'Penicillin', 'Codeine', 'Latex'])}\n")
    d.w("Cycle start: «DATE_TIME»\n\n", fd(wk, loc, "num"))
    d.t(f"{'Medicine':<24}{'Dose':<9}{'Route':<7}Morning Lunch Tea Night\n")
    for _ in range(r.randint(3, 5)):
        dr = r.choice(DRUGS)
        d.t(f"{dr:<24}{r.choice(['1 tab', '2 tab', '5 ml', '1 cap']):<9}{r.choice(['PO', 'PO', 'TOP', 'SC']):<7}"
            f"{' '.join(r.choice(['A', 'A', 'A', '-', 'R', 'H']) for _ in range(4))}\n")
    d.t("Codes: A administered, R refused, H in hospital, - not due\n")
    d.w(f"Pharmacy: {r.choice(['Boots', 'Lloyds Pharmacy', 'Chemist Warehouse', 'Priceline'])} tel «PHONE_NUMBER»\n",
        ph(r, loc))
    d.w("Checked by «PERSON» and «PERSON»\n", s1.name, s2.name)
    return d


def k_safeguarding_email(r):
    loc = "gb"
    d = B("en")
    mgr = person(r, loc, "staff")
    cl = person(r, loc, "elder")
    carer = person(r, loc, "staff")
    nep = person(r, loc, "adult", fem=False)
    ag = r.choice(AGENCIES)
    dom = slug(ag)[:14] + ".co.uk"
    d.w("From: «PERSON» <«EMAIL_ADDRESS»>\n", mgr.name, email_for(r, mgr.first, mgr.last, domain=dom))
    d.w("To: Adult Safeguarding Hub <«EMAIL_ADDRESS»>\n", f"safeguarding.adults@{r.choice(['northshire', 'eastvale', 'kingsmere'])}.gov.uk")
    d.t(f"Date: {mail_date(r)}\n")
    d.t(f"Subject: Safeguarding concern - our ref {ticket(r, 'SG')}\n")
    d.t(f"X-Mailer: CareDesk {version(r)}\n\n")
    d.t("Dear colleagues,\n\n")
    d.w("I am raising a safeguarding concern regarding «PERSON» (DOB «DATE_OF_BIRTH»), who lives alone at «ADDRESS». ",
        cl.name, fd(cl.dob, loc, "num"), cl.addr.one)
    d.w("During the visit on «DATE_TIME» our carer «PERSON» noticed unopened bank letters and the client said that "
        "a man calling himself «PERSON» has been collecting her pension every week. ",
        fdt(r, rdate(r), loc, "long"), carer.first + " " + carer.last, r.choice(["Gary", "Shane", "Lee", "Dean"]))
    d.t(f"Cash withdrawals of around {amount(r, loc, 150, 400)} appear {r.choice(['twice a week', 'every Friday'])}. ")
    d.w("Her nephew «PERSON» (tel «PHONE_NUMBER») holds no power of attorney but has been informed.\n\n",
        nep.name, nep.phone)
    d.t("We have not shared this with the client's bank yet and would welcome advice on next steps.\n\n"
        "Kind regards,\n")
    d.w("«PERSON»\nRegistered Manager, " + ag + "\nDirect line: «PHONE_NUMBER»\n", mgr.name, ph(r, loc))
    return d


def k_family_portal_chat(r):
    loc = r.choice(["us", "au", "ca"])
    d = B("en")
    mom = person(r, loc, "elder", fem=True)
    dau = person(r, loc, "adult", fem=True)
    co = person(r, loc, "staff")
    day = rdate(r)
    d.t(f"Family Portal - {r.choice(AGENCIES)}\n")
    d.w("Thread: Care updates for «PERSON»\n\n", mom.name)

    _tk = iter(ticks(r, 4, 8 * 60, 22 * 60))

    def pre():
        return f"[{day.isoformat()} {hhmm(next(_tk))}] "
    d.t(pre()).w("«PERSON»: Hi, did mum have her physio on «DATE_TIME»? She says nobody came.\n",
                 dau.first, fd(day - _dt.timedelta(days=r.randint(1, 5)), loc, r.choice(["wlong", "short"])))
    d.t(pre()).w("Care Coordinator «PERSON»: Hi «PERSON», the physio was rescheduled - the new appointment is "
                 "«DATE_TIME». Sorry nobody let you know.\n", co.name, dau.first,
                 fdt(r, day + _dt.timedelta(days=r.randint(1, 6)), loc, r.choice(["long", "wlong", "num"])))
    d.t(pre()).w("«PERSON»: Thanks. Also her new hearing aid batteries are in the kitchen drawer. If anything "
                 "urgent, my cell is «PHONE_NUMBER».\n", dau.first, dau.phone)
    if r.random() < .5:
        d.t(pre()).w("Care Coordinator «PERSON»: Noted. Please don't post the lockbox code here - I have changed it.\n",
                     co.first)
    d.t(f"(Message retention: 24 months. Portal build {version(r)})\n")
    return d


def k_funding_assessment(r):
    loc = "gb"
    d = B("en")
    p = person(r, loc, "elder")
    a = person(r, loc, "staff")
    d.t("FINANCIAL ASSESSMENT FOR CARE AND SUPPORT (Care Act 2014)\n")
    d.t(f"Case no.: {ticket(r, 'FA')}\n\n")
    d.w("Name: «PERSON»\nDate of birth: «DATE_OF_BIRTH»\nAddress: «ADDRESS»\n", p.name, fd(p.dob, loc, "num"),
        p.addr.one)
    d.w("Assessment visit: «DATE_TIME»\n\n", fdt(r, rdate(r), loc, "num"))
    d.t("INCOME (weekly)\n")
    d.t(f"  State Pension            {amount(r, loc, 160, 230)}\n")
    d.t(f"  Occupational pension     {amount(r, loc, 20, 300)}\n")
    d.t(f"  Attendance Allowance     {amount(r, loc, 70, 110)}\n")
    d.t(f"CAPITAL: savings {amount(r, loc, 1000, 22000)} (below upper limit of £23,250)\n\n")
    d.t("BANK DETAILS FOR DIRECT PAYMENTS\n")
    d.w("  Account holder: «PERSON»\n", p.name)
    d.t(f"  Sort code: {D(r, 2)}-{D(r, 2)}-{D(r, 2)}\n")
    d.w("  Account number: «ACCOUNT_NUMBER»\n", D(r, 8))
    if r.random() < .6:
        d.w("  IBAN: «IBAN_CODE»   BIC: " + r.choice(BICS[:2]) + "\n", iban(r, "GB"))
    d.t(f"\nAssessed weekly contribution: {amount(r, loc, 0, 250)}\n")
    d.w("Assessor: «PERSON», Financial Assessment Officer, «EMAIL_ADDRESS», «PHONE_NUMBER»\n",
        a.name, email_for(r, a.first, a.last, domain=r.choice(["eastvale.gov.uk", "kingsmere.gov.uk"])), ph(r, loc))
    return d


def k_telecare_log(r):
    loc = r.choice(["gb", "ie"])
    d = B("en")
    cl = person(r, loc, "elder")
    kh = person(r, loc, "adult")
    day = rdate(r)
    unit = f"LV-{D(r, 7)}"
    s0 = r.randint(0, 86400 - 5000)
    _secs = iter(sorted(r.sample(range(s0, s0 + 4000), 6)))

    def lts():
        x = next(_secs)
        return f"{day.isoformat()}T{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}Z"
    d.t(f"# telecare ARC event log  unit={unit}  fw={version(r)}\n")
    d.t(f"{lts()} ALARM_RAISED unit={unit} trigger={r.choice(['pendant', 'fall_detector', 'smoke', 'bed_sensor'])} ")
    d.w("client=\"«PERSON»\" addr=\"«ADDRESS»\"\n", cl.name, cl.addr.one)
    d.t(f"{lts()} CALL_CONNECTED operator=op{r.randint(10, 99)}_{slug(kh.last)[:5]} ")
    d.w("line=«PHONE_NUMBER»\n", cl.phone)
    d.t(f"{lts()} NOTE ")
    d.w("\"Client on floor in bathroom, no injury reported. Keyholder «PERSON» contacted on «PHONE_NUMBER».\"\n",
        kh.name, kh.phone)
    d.t(f"{lts()} RESPONDER_DISPATCHED team=MR{r.randint(1, 6)} eta={r.randint(10, 40)}m\n")
    d.t(f"{lts()} HUB_HEARTBEAT ")
    d.w("src=«IP_ADDRESS»", ipv4(r))
    d.t(f":{r.choice([443, 8883, 5060])} rssi=-{r.randint(50, 90)}\n")
    d.t(f"{lts()} CLOSED outcome={r.choice(['assisted_up', 'ambulance', 'false_alarm'])} "
        f"duration={r.randint(8, 60)}m epoch={epoch(r)}\n")
    return d


def k_hl7_adt(r):
    loc = "us"
    d = B("en")
    p = person(r, loc, "elder")
    k = person(r, loc, "adult")
    doc = person(r, loc, "adult")
    ts = hl7_ts(r)
    d.t(f"MSH|^~\\&|HHCARE|SUNRISEHH|ADTRCV|{r.choice(['STMARY', 'MERCYGEN'])}|{ts}||ADT^A01|MSG{D(r, 6)}|P|2.5.1\n")
    d.t(f"EVN|A01|{ts}\n")
    nm = f"{slug(p.last).upper()}^{ascii_fold(p.first).upper()}"
    if p.mid:
        nm += "^" + p.mid[0]
    d.w("PID|1||«MEDICAL_RECORD_NUMBER»^^^SUNRISEHH^MR||«PERSON»||«DATE_OF_BIRTH»|" + ("F" if p.fem else "M") + "|||",
        D(r, 7), nm, fd(p.dob, loc, "compact"))
    a = p.addr
    street = a.street.upper().replace(",", "")
    d.w("«ADDRESS»||«PHONE_NUMBER»\n", f"{street}^^{a.disp.upper()}^{a.region}^{a.pc}^USA", pat(r, "(%##)%##-####"))
    d.w("NK1|1|«PERSON»|" + r.choice(["DAU", "SON", "SPO"]) + "|||«PHONE_NUMBER»\n",
        f"{slug(k.last).upper()}^{ascii_fold(k.first).upper()}", pat(r, "(%##)%##-####"))
    d.w(f"PV1|1|I|HH^{r.randint(1, 40)}^1||||«-»^«PERSON»|||HHA\n", npi(r),
        f"{slug(doc.last).upper()}^{ascii_fold(doc.first).upper()}")
    if r.random() < .7:
        d.w("IN1|1|MCR|" + D(r, 5) + "|MEDICARE||||||||||||«PERSON»|01|«DATE_OF_BIRTH»||||||||||||||||||«HEALTH_PLAN_NUMBER»\n",
            f"{slug(p.last).upper()}^{ascii_fold(p.first).upper()}", fd(p.dob, loc, "compact"), medicare_mbi(r))
    d.t(f"DG1|1||{r.choice(ICD).replace('.', '')}^^I10|||A\n")
    return d


def k_fhir_patient(r):
    loc = r.choice(["us", "ca", "au"])
    d = B("en")
    p = person(r, loc, "elder")
    k = person(r, loc, "adult")
    gp = person(r, loc, "adult")
    sysurl = r.choice(["https://fhir.sunrisehh.org/sid/mrn", "https://ehr.carewellpartners.com/identifiers/patient",
                       "https://id.kindredvisits.net/mrn"])
    d.t("{\n  \"resourceType\": \"Patient\",\n")
    d.t(f"  \"id\": \"{uuid4s(r)}\",\n  \"meta\": {{\"versionId\": \"{r.randint(1, 9)}\", \"lastUpdated\": \"{log_ts(r, None, 'iso')}\"}},\n")
    d.w("  \"identifier\": [{\"system\": \"«URL»\", \"value\": \"«MEDICAL_RECORD_NUMBER»\"}],\n", sysurl, mrn(r))
    d.t("  \"active\": true,\n")
    d.w("  \"name\": [{\"use\": \"official\", \"family\": \"«PERSON»\", \"given\": [\"«PERSON»\"]}],\n", p.last, p.first)
    d.w("  \"telecom\": [{\"system\": \"phone\", \"value\": \"«PHONE_NUMBER»\", \"use\": \"home\"}],\n", p.phone)
    d.t(f"  \"gender\": \"{'female' if p.fem else 'male'}\",\n")
    d.w("  \"birthDate\": \"«DATE_OF_BIRTH»\",\n", fd(p.dob, loc, "iso"))
    a = p.addr
    d.w("  \"address\": [{\"use\": \"home\", \"line\": [\"«ADDRESS»\"], \"city\": \"«LOCATION»\", ", a.street, a.city)
    if a.region:
        d.w("\"state\": \"«LOCATION»\", ", a.region)
    d.t(f"\"postalCode\": \"{a.pc}\", \"country\": \"{ {'us': 'US', 'ca': 'CA', 'au': 'AU'}[loc]}\"}}],\n")
    d.w("  \"contact\": [{\"relationship\": [{\"text\": \"" + rel(r, k) + "\"}], \"name\": {\"text\": \"«PERSON»\"}, "
        "\"telecom\": [{\"system\": \"email\", \"value\": \"«EMAIL_ADDRESS»\"}]}],\n", k.name, k.email)
    d.w("  \"generalPractitioner\": [{\"display\": \"Dr. «PERSON»\"}]\n}\n", gp.name)
    return d


def k_medicaid_waiver(r):
    loc = "us"
    d = B("en")
    p = person(r, loc, "elder")
    rep = person(r, loc, "adult")
    d.t("HOME AND COMMUNITY-BASED SERVICES (HCBS) WAIVER - APPLICATION\n")
    d.t(f"Case #: {r.randint(2023, 2025)}-HCBS-{D(r, 5)}   Form DSS-{r.randint(100, 999)} rev. {r.randint(2019, 2024)}\n\n")
    d.w("Applicant name: «PERSON»\n", p.name)
    d.w("Social Security Number: «US_SSN»\n", ssn(r, r.choice(["-", "-", " "])))
    d.w("Date of birth: «DATE_OF_BIRTH»\n", fd(p.dob, loc, "num"))
    d.w("Medicaid ID: «HEALTH_PLAN_NUMBER»     Medicare (MBI): «HEALTH_PLAN_NUMBER»\n", plan_id(r, "us"), medicare_mbi(r))
    d.w("Home address: «ADDRESS»\n", p.addr.one)
    d.w("County of residence: «LOCATION»\n", US_COUNTY[p.addr.city])
    d.w("Phone: «PHONE_NUMBER»\n", p.phone)
    d.t(f"Monthly income: {amount(r, loc, 800, 2600)}   Assets: {amount(r, loc, 200, 2000)}\n")
    d.t(f"Spouse SSN (if applicable): {r.choice(['N/A', bad_ssn(r), masked(r)])}\n")
    d.w("Authorized representative: «PERSON», «PHONE_NUMBER», «EMAIL_ADDRESS»\n", rep.name, rep.phone, rep.email)
    d.w("Signature date: «DATE_TIME»\n", fd(rdate(r), loc, "num"))
    return d


def k_invoice(r):
    loc = r.choice(["us", "gb", "ca"])
    d = B("en")
    p = person(r, loc, "elder")
    ag = r.choice(AGENCIES)
    d.t(f"{ag}\nINVOICE {ticket(r, 'INV')}\n\n")
    d.w("Bill to:\n«PERSON»\n«ADDRESS»\n\n", p.name, p.addr.block)
    d.w("Client account: «ACCOUNT_NUMBER»\n", account_no(r))
    s = rdate(r)
    d.w("Service period: «DATE_TIME» - «DATE_TIME»\n\n", fd(s, loc, "num"), fd(s + _dt.timedelta(days=13), loc, "num"))
    tot = 0.0
    for desc in r.sample(["Personal care visits (30 min)", "Companionship hours", "Overnight sit", "Medication prompts",
                          "Mileage", "Weekend supplement"], 3):
        q = r.randint(1, 28)
        u = r.randint(12, 38)
        tot += q * u
        d.t(f"  {desc:<32} {q:>3} x {CURR.get(loc, '$')}{u:.2f}\n")
    d.t(f"  TOTAL DUE {CURR.get(loc, '$')}{tot:,.2f}\n\n")
    if r.random() < .6:
        d.w("Autopay card on file: «CREDIT_CARD»\n", card(r))
    else:
        d.t(f"Autopay card on file: {masked(r)}\n")
    d.w("Pay online: «URL»\n", f"https://pay.{slug(ag)[:12]}.com/invoice?acct={D(r, 6)}&ref={D(r, 8)}")
    d.w("Billing questions: «EMAIL_ADDRESS» or «PHONE_NUMBER»\n", f"billing@{slug(ag)[:12]}.com", ph(r, loc))
    return d


def k_payroll_yaml(r):
    d = B("en")
    owner = person(r, r.choice(["gb", "us"]), "staff")
    d.t(f"# carepay-sync service config - generated {log_ts(r)}\nservice:\n  name: carepay-sync\n  version: {version(r)}\n"
        f"  commit: {sha(r)}\n")
    d.w("  owner: «PERSON»\n", owner.name)
    d.w("database:\n  url: postgresql://carepay_app:«PASSWORD»@db-prod-02.internal:5432/payroll\n", password(r, safe=True))
    d.t("  pool_size: 12\n")
    d.w("aws:\n  region: eu-west-2\n  access_key_id: «AWS_ACCESS_KEY»\n  secret_access_key: «AWS_SECRET_KEY»\n",
        aws_ak(r), aws_sk(r))
    d.t("  bucket: carepay-timesheets-prod\n")
    d.w("smtp:\n  host: «IP_ADDRESS»\n  port: 587\n  username: payroll-bot\n", ipv4(r))
    d.t(f"  password: \"{var_ref(r)}\"\n")
    d.w("notifications:\n  ops_email: «EMAIL_ADDRESS»\n", f"payroll-ops@{r.choice(['carewellpartners.com', 'brightpathhomecare.co.uk'])}")
    d.t(f"  schedule: \"0 2 * * 1\"\n  timeout: {r.randint(30, 600)}s\n")
    return d


def k_dotenv(r):
    d = B("en")
    d.t("# .env.production - visit scheduler (DO NOT COMMIT)\n")
    d.w("APP_URL=«URL»\n", f"https://rota.{r.choice(['kindredvisits.com', 'silverline-support.org', 'carewell.app'])}/")
    ipd = ipv4(r, True)
    d.w("DATABASE_URL=mysql://sched:«PASSWORD»@«IP_ADDRESS»:3306/rota\n", password(r, safe=True), ipd)
    d.w("STRIPE_SECRET_KEY=«STRIPE_KEY»\n", stripe_key(r))
    d.w("STRIPE_WEBHOOK_SECRET=«GENERIC_SECRET»\n", "whsec_" + rs(r, 32))
    d.w("JWT_SIGNING_SECRET=«GENERIC_SECRET»\n", rs(r, 48))
    if r.random() < .6:
        d.w("GITHUB_TOKEN=«GITHUB_TOKEN»\n", gh_token(r))
    d.t(f"SENTRY_DSN={var_ref(r)}\nDEFAULT_TZ=Europe/London\nRELEASE={sha(r)}\n")
    d.w("SUPPORT_EMAIL=«EMAIL_ADDRESS»\n", f"support@{r.choice(['kindredvisits.com', 'carewell.app'])}")
    if r.random() < .5:
        d.w("# sample family-portal session for local testing\nTEST_SESSION=«JWT»\n", jwt(r))
    return d


def k_k8s_secret(r):
    d = B("en")

    def b64(s):
        return base64.b64encode(s.encode()).decode()
    d.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: telecare-gateway-secrets\n  namespace: care-prod\n"
        f"  uid: {uuid4s(r)}\n  resourceVersion: \"{D(r, 8)}\"\ntype: Opaque\ndata:\n")
    d.w("  DB_PASSWORD: «PASSWORD»\n", b64(password(r)))
    d.w("  TWILIO_AUTH_TOKEN: «GENERIC_SECRET»\n", b64(rs(r, 32, HEX)))
    if r.random() < .6:
        d.w("  MAPS_API_KEY: «GENERIC_SECRET»\n", b64("AIza" + rsa(r, 35, ALNUM + "-_")))
    if r.random() < .5:
        d.w("  SMTP_PASS: «PASSWORD»\n", b64(password(r)))
    d.t(f"  DB_USER: {b64('gateway')}\n")
    d.t("---\n# rotate via sealed-secrets, see runbook RB-" + D(r, 3) + "\n")
    return d


def k_gh_workflow(r):
    d = B("en")
    d.t("name: deploy-family-portal\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n"
        "    steps:\n")
    d.t(f"      - uses: actions/checkout@{sha(r)}\n      - uses: actions/setup-node@v4\n        with:\n"
        "          node-version: 20\n      - run: npm ci && npm run build\n")
    d.t("      - name: Publish\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n")
    if r.random() < .6:
        d.w("          GH_TOKEN: «GITHUB_TOKEN»  # TODO move to secrets\n", gh_token(r))
    else:
        d.t("          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n")
    d.t("        run: npm run release\n      - name: Notify carers channel\n        run: |\n")
    d.w("          curl -s -X POST «URL» \\\n", "https://slack.com/api/chat.postMessage")
    d.w("            -H \"Authorization: Bearer «SLACK_TOKEN»\" \\\n", slack_token(r))
    d.t("            -d channel=C0" + rs(r, 8, UP + DIG) + " -d text=\"Portal deployed\"\n")
    return d


def k_telecare_webhook(r):
    loc = r.choice(["gb", "us", "au"])
    d = B("en")
    cl = person(r, loc, "elder")
    kh = person(r, loc, "adult")
    d.t("POST /v2/alarms HTTP/1.1\nHost: api.lifelinkhub.io\n")
    if r.random() < .7:
        d.w("Authorization: Bearer «JWT»\n", jwt(r, {"iss": "hub", "sub": f"unit-{D(r, 6)}", "exp": 1700000000 + r.randint(0, 9 ** 8)}))
    else:
        d.w("Authorization: Bearer «GENERIC_SECRET»\n", "tcp_live_" + rs(r, 32))
    d.t(f"Content-Type: application/json\nX-Request-Id: {uuid4s(r)}\n\n")
    d.t("{\"event\": \"" + r.choice(["fall_detected", "pendant_press", "no_activity", "door_open_night"]) + "\", ")
    d.t(f"\"occurred_at\": {epoch(r)}, \"device\": {{\"serial\": \"TCH-{D(r, 5)}-{r.choice(UP)}\", ")
    d.w("\"ip\": \"«IP_ADDRESS»\", ", ip(r))
    d.t(f"\"firmware\": \"{version(r)}\"}},\n \"client\": {{")
    d.w("\"name\": \"«PERSON»\", \"address\": \"«ADDRESS»\", \"phone\": \"«PHONE_NUMBER»\", \"dob\": \"«DATE_OF_BIRTH»\"},\n",
        cl.name, cl.addr.one, cl.phone, fd(cl.dob, loc, "iso"))
    d.w(" \"key_holders\": [{\"name\": \"«PERSON»\", \"phone\": \"«PHONE_NUMBER»\", \"relation\": \"" + rel(r, kh) + "\"}]}\n",
        kh.name, kh.phone)
    return d


def k_incident_ticket(r):
    loc = r.choice(["gb", "au", "ie", "nz"])
    d = B("en")
    rep = person(r, loc, "staff")
    res = person(r, loc, "elder")
    wit = person(r, loc, "staff")
    fam = person(r, loc, "adult")
    day = rdate(r)
    d.t(f"Ticket {ticket(r, 'INC')} | Priority P{r.randint(1, 3)} | Status: Open\nCategory: Falls / residential\n")
    d.w("Reported by: «PERSON» <«EMAIL_ADDRESS»>\n", rep.name, email_for(r, rep.first, rep.last, domain="oakleighmanor.care"))
    d.w(f"Resident: «PERSON» ({room(r)}, ID «MEDICAL_RECORD_NUMBER»)\n", res.name, mrn(r))
    d.w("Incident time: «DATE_TIME»\n", fdt(r, day, loc, "num", r.randint(0, 6), r.choice([5, 20, 35, 50])))
    pr = "her" if res.fem else "his"
    d.w(f"Description: Night carer found resident on the floor beside {pr} bed during the 2-hourly check. "
        f"No head injury, small skin tear to left forearm. Sensor mat was switched off. Witness: «PERSON».\n", wit.name)
    d.w("Actions: first aid given, GP out-of-hours informed, obs every 30 min for 24 h. Family («PERSON») informed "
        "by phone on «PHONE_NUMBER» at «DATE_TIME».\n", fam.name, fam.phone, ft(r.randint(7, 9), r.choice([0, 15, 30]), loc))
    d.t(f"Linked: {ticket(r, 'RISK')}; body map uploaded ({sha(r, 12)}.png)\n")
    return d


def k_llm_prompt(r):
    loc = r.choice(["gb", "us", "ie", "au", "ca", "nz"])
    d = B("en")
    cl = person(r, loc, "elder")
    c1 = person(r, loc, "staff")
    dau = person(r, loc, "adult", fem=True)
    day = rdate(r)
    d.t("SYSTEM: You write weekend handover summaries for home care coordinators. Never invent medication changes. "
        "Flag anything urgent first.\n\n")
    d.t("USER: Summarise these notes for the weekend team:\n---\n")
    d.w("Client «PERSON», lives at «ADDRESS», DOB «DATE_OF_BIRTH».\n", cl.name, cl.addr.one, fd(cl.dob, loc, "num"))
    d.w("«DATE_TIME» - carer «PERSON» reports reduced appetite, left half of lunch. Mild confusion in the evening.\n",
        fd(day, loc, "num"), c1.first)
    d.w("«DATE_TIME» - daughter «PERSON» («PHONE_NUMBER») asks whether the GP review can be moved to «DATE_TIME».\n",
        fd(day + _dt.timedelta(days=1), loc, "num"), dau.first, dau.phone,
        fdt(r, day + _dt.timedelta(days=r.randint(3, 9)), loc, "long"))
    d.t(f"Meds: {r.choice(DRUGS)} started 3 days ago. Weight down 1.8 kg in two weeks.\n---\n")
    d.t("Output: bullet points, max 120 words, no identifiers beyond first name.\n")
    return d


def k_dbs_check(r):
    loc = "gb"
    d = B("en")
    p = person(r, loc, "staff")
    hr = person(r, loc, "staff")
    ref = person(r, loc, "adult")
    d.t("PRE-EMPLOYMENT CHECKS - CARE WORKER\n")
    d.t(f"Applicant ref: {ticket(r, 'APP')}\n\n")
    d.w("Candidate: «PERSON»\nDate of birth: «DATE_OF_BIRTH»\nCurrent address: «ADDRESS»\n", p.name,
        fd(p.dob, loc, "num"), p.addr.one)
    d.w("Mobile: «PHONE_NUMBER»\n", p.phone)
    d.t(f"Enhanced DBS certificate no.: {D(r, 12)}   (Update Service: yes)\n")
    d.w("DBS issue date: «DATE_TIME»\n", fd(rdate(r, 2022, 2024), loc, "num"))
    if r.random() < .8:
        d.w("Driving licence no.: «DRIVER_LICENSE»  (cat. B, 3 points)\n", uk_dl(r, p))
    d.t(f"Vehicle: {plate(r, loc)} - business insurance checked\n")
    d.w("Right to work checked by «PERSON» on «DATE_TIME»\n", hr.name, fd(rdate(r), loc, "long"))
    d.w("Reference 1: «PERSON», former line manager, «EMAIL_ADDRESS»\n", ref.name, ref.email)
    return d


def k_background_check(r):
    loc = "us"
    d = B("en")
    p = person(r, loc, "staff")
    hr = person(r, loc, "staff")
    st, dl = us_dl(r)
    d.t("BACKGROUND SCREENING REPORT - CONFIDENTIAL\n")
    d.t(f"Order #: BG-{D(r, 8)}   Package: Caregiver Plus\n\n")
    d.w("Subject: «PERSON»\nSSN: «US_SSN»\nDOB: «DATE_OF_BIRTH»\n", p.name.upper() if r.random() < .3 else p.name,
        ssn(r), fd(p.dob, loc, "num"))
    d.w("Driver's License: «DRIVER_LICENSE» (" + st + ")\n", dl)
    d.w("Current address: «ADDRESS»\n", p.addr.one)
    d.w("Phone: «PHONE_NUMBER»\n", p.phone)
    d.w("Jurisdictions searched: «LOCATION»; statewide; federal\n", p.addr.cityline)
    d.t("Criminal records: none found\nSex offender registry: clear\nOIG exclusion list: clear\n")
    d.t(f"Motor vehicle record: valid, {r.randint(0, 2)} violations\n")
    d.w("Report completed: «DATE_TIME»\n", fd(rdate(r), loc, "long"))
    d.w("Requested by «PERSON», HR, Sunrise Home Health LLC\n", hr.name)
    return d


def k_dementia_care_plan(r):
    loc = r.choice(["us", "ca", "gb"])
    d = B("en")
    p = person(r, loc, "elder")
    son = person(r, loc, "adult", last=p.last, fem=False)
    nurse = person(r, loc, "staff")
    nick = {"Dorothy": "Dot", "Margaret": "Peggy", "Robert": "Bob", "James": "Jim", "Helen": "Nell",
            "Walter": "Walt", "Harold": "Harry", "Edith": "Edie", "Arthur": "Art"}.get(p.first, p.first)
    d.t("PERSON-CENTRED CARE PLAN - Living well with dementia\n")
    d.w("Name: «PERSON»    Record no.: «MEDICAL_RECORD_NUMBER»\n", p.name, mrn(r))
    d.t(f"Diagnoses: {r.choice(ICD)}, {r.choice(ICD)}\n\n")
    d.w("About me: I like to be called «PERSON». I grew up in «LOCATION» and worked as a ", nick,
        r.choice(["Dublin", "Glasgow", "Chicago", "Toronto", "Kingston, Jamaica", "Lagos, Nigeria", "Manila", "Krakow"]))
    d.w(r.choice(["school teacher", "bus driver", "nurse", "seamstress", "machinist"]) + " in «LOCATION» for thirty years. ",
        p.addr.cityline)
    d.t(f"My cat {r.choice(PETS)} lives with my neighbour now. I enjoy {r.choice(['big band music', 'gardening', 'word searches', 'baseball on the radio'])}.\n\n")
    d.t("What worries me: bathing, unfamiliar voices, being rushed. Allow at least 20 minutes.\n")
    d.w("Important people: my son «PERSON» (tel «PHONE_NUMBER») visits on Sundays.\n", son.name, son.phone)
    d.t(f"Medication: {r.choice(DRUGS)}; {r.choice(DRUGS)} PRN.\n")
    d.w("Plan written by «PERSON», RN. Next review due «DATE_TIME».\n", nurse.name,
        fd(rdate(r), loc, r.choice(["long", "num"])))
    return d


def k_discharge_letter(r):
    loc = "gb"
    d = B("en")
    p = person(r, loc, "elder")
    gp = person(r, loc, "adult")
    cons = person(r, loc, "adult")
    fam = person(r, loc, "adult")
    hosp = addr(r, loc)
    adm = rdate(r)
    d.t("Department of Medicine for Older People\n")
    hstreet = r.choice(["Infirmary Road", "Hospital Lane", "Lancaster Park Road", "Colney Lane", "Heath Park Way"])
    d.w("«ADDRESS»\n\n", f"{hstreet}\n{hosp.rest}")
    d.w("«DATE_TIME»\n\n", fd(adm + _dt.timedelta(days=r.randint(5, 30)), loc, "long"))
    d.w("Dear Dr «PERSON»,\n\n", gp.last)
    d.w("Re: «PERSON», DOB «DATE_OF_BIRTH», NHS No «MEDICAL_RECORD_NUMBER»\n", p.name, fd(p.dob, loc, "num"), nhs_number(r))
    d.w("«ADDRESS»\n\n", p.addr.one)
    d.w("Your patient was admitted on «DATE_TIME» with delirium secondary to a urinary tract infection (N39.0). "
        "Following a best-interests meeting, " + ("she" if p.fem else "he") + " has been discharged to " + r.choice(CARE_HOMES)
        + " for a period of assessment.\n\n", fd(adm, loc, "long"))
    d.t(f"Medication on discharge: {r.choice(DRUGS)}; {r.choice(DRUGS)}; {r.choice(DRUGS)} (stopped: {r.choice(DRUGS)}).\n")
    d.w("Follow-up: falls clinic on «DATE_TIME».\n\n", fdt(r, adm + _dt.timedelta(days=r.randint(30, 60)), loc, "long",
                                                              r.randint(9, 15), r.choice([0, 15, 30, 45])))
    d.w("Yours sincerely,\n\nDr «PERSON»\nConsultant Geriatrician\n", cons.name)
    d.w("cc: «PERSON» (" + rel(r, fam) + ")\n", fam.name)
    return d


def k_respite_booking(r):
    loc = "au"
    d = B("en")
    g = person(r, loc, "elder")
    ec = person(r, loc, "adult")
    fac = addr(r, loc)
    ci = rdate(r)
    d.t(f"Subject: Respite booking confirmed - {ticket(r, 'RSP')}\n\n")
    d.w("Dear «PERSON»,\n\nWe are pleased to confirm a short-term respite stay for «PERSON» at Banksia Gardens Aged Care, «ADDRESS».\n\n",
        ec.first, g.name, fac.one)
    d.w("Check-in: «DATE_TIME»\nCheck-out: «DATE_TIME»\n", fdt(r, ci, loc, "wlong", 10, 0),
        fd(ci + _dt.timedelta(days=14), loc, "wlong"))
    d.w("Medicare number on file: «HEALTH_PLAN_NUMBER»\n", plan_id(r, "au"))
    d.t(f"My Aged Care referral code: 1-{D(r, 10)} | Daily care fee {amount(r, loc, 55, 70)}\n")
    d.w("Emergency contact: «PERSON», «PHONE_NUMBER»\n\n", ec.name, ec.phone)
    d.t("Please bring a 14-day supply of medication in Webster packs and labelled clothing.\n")
    d.w("Questions: «PHONE_NUMBER» or «EMAIL_ADDRESS»\n", ph(r, loc), "admissions@banksiagardens.com.au")
    return d


def k_ics_invite(r):
    loc = r.choice(["gb", "us", "ie", "ca"])
    d = B("en")
    cl = person(r, loc, "elder")
    org = person(r, loc, "staff")
    att = person(r, loc, "adult")
    day = rdate(r)
    h = r.randint(9, 16)
    tz = {"gb": "Europe/London", "us": "America/Chicago", "ie": "Europe/Dublin", "ca": "America/Toronto"}[loc]
    d.t(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//CareWell//Rota {version(r)}//EN\nBEGIN:VEVENT\nUID:{uuid4s(r)}\n")
    d.t(f"DTSTAMP:{hl7_ts(r)[:8]}T{r.randint(0, 23):02d}0000Z\nCREATED:{hl7_ts(r)[:8]}T080000Z\n")
    d.w(f"DTSTART;TZID={tz}:«DATE_TIME»\nDTEND;TZID={tz}:«DATE_TIME»\n", f"{day:%Y%m%d}T{h:02d}0000", f"{day:%Y%m%d}T{h + 1:02d}0000")
    d.w("SUMMARY:Care review - «PERSON»\n", cl.name)
    d.w("LOCATION:«ADDRESS»\n", cl.addr.one.replace(",", "\\,"))
    d.w("ORGANIZER;CN=«PERSON»:mailto:«EMAIL_ADDRESS»\n", org.name, email_for(r, org.first, org.last, domain="carewell.app"))
    d.w("ATTENDEE;CN=«PERSON»;ROLE=REQ-PARTICIPANT:mailto:«EMAIL_ADDRESS»\n", att.name, att.email)
    d.w("DESCRIPTION:Six-monthly review. Family can join online - meeting ID " + f"{D(r, 3)} {D(r, 4)} {D(r, 4)}"
        + " passcode «PASSWORD»\n", rs(r, 6, ALNUM))
    d.t(f"LAST-MODIFIED:{hl7_ts(r)[:8]}T101500Z\nSEQUENCE:{r.randint(0, 4)}\nEND:VEVENT\nEND:VCALENDAR\n")
    return d


def k_vcard(r):
    loc = r.choice(["gb", "us", "au", "ie", "nz", "ca"])
    d = B("en")
    k = person(r, loc, "adult")
    res = person(r, loc, "elder")
    d.t(f"# exported from resident file ({r.choice(CARE_HOMES)}), contacts: 1\n")
    d.t("BEGIN:VCARD\nVERSION:3.0\n")
    nv = f"{k.last};{k.first}" + (f";{k.mid[0]}" if k.mid else "")
    d.w("N:«PERSON»;;\nFN:«PERSON»\n", nv, k.name)
    d.t("ORG:Next of kin\n")
    d.w("TEL;TYPE=CELL:«PHONE_NUMBER»\nTEL;TYPE=HOME:«PHONE_NUMBER»\n", k.phone, ph(r, loc))
    d.w("EMAIL;TYPE=INTERNET:«EMAIL_ADDRESS»\n", k.email)
    a = k.addr
    d.w("ADR;TYPE=HOME:;;«ADDRESS»\n", f"{a.street};{a.disp};{a.region};{a.pc};{a.country}")
    d.w("BDAY:«DATE_OF_BIRTH»\n", fd(k.dob, loc, "iso"))
    d.w("NOTE:" + rel(r, k).capitalize() + " of «PERSON» - holds LPA for health and welfare\n", res.name)
    d.t(f"REV:{log_ts(r, None, 'isoz')}\nEND:VCARD\n")
    return d


def k_edi_837(r):
    loc = "us"
    d = B("en")
    p = person(r, loc, "elder")
    dd = rdate(r)
    isa_d = dd.strftime("%y%m%d")
    d.t(f"ISA*00*          *00*          *ZZ*HHAGENCY01     *ZZ*MEDICAIDNY     *{isa_d}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*^*00501*{D(r, 9)}*0*P*:~\n")
    d.t(f"GS*HC*HHAGENCY01*MEDICAIDNY*{dd:%Y%m%d}*{r.randint(1000, 2359)}*{r.randint(1, 9999)}*X*005010X222A1~\n")
    d.t(f"ST*837*0001*005010X222A1~\nBHT*0019*00*{D(r, 10)}*{dd:%Y%m%d}*1015*CH~\n")
    d.t("NM1*41*2*SUNRISE HOME HEALTH LLC*****46*HHA48213~\n")
    d.w("PER*IC*BILLING DEPT*TE*«PHONE_NUMBER»~\n", pat(r, "%##%######"))
    d.t(f"NM1*85*2*SUNRISE HOME HEALTH LLC*****XX*{npi(r)}~\n")
    b = addr(r, loc)
    d.w("N3*«ADDRESS»~\nN4*«LOCATION»*«LOCATION»*" + b.pc + "~\n", b.street.upper(), b.disp.upper(), b.region)
    d.t("HL*2*1*22*0~\nSBR*P*18*******MC~\n")
    nm = f"{slug(p.last).upper()}*{ascii_fold(p.first).upper()}" + (f"*{p.mid[0]}" if p.mid else "")
    d.w("NM1*IL*1*«PERSON»***MI*«HEALTH_PLAN_NUMBER»~\n", nm, plan_id(r, "us"))
    a = p.addr
    d.w("N3*«ADDRESS»~\nN4*«LOCATION»*«LOCATION»*" + a.pc + "~\n", a.street.upper(), a.disp.upper(), a.region)
    d.w("DMG*D8*«DATE_OF_BIRTH»*" + ("F" if p.fem else "M") + "~\n", fd(p.dob, loc, "compact"))
    amt = r.randint(100, 900)
    d.t(f"CLM*{D(r, 8)}*{amt}.00***12:B:1*Y*A*Y*Y~\n")
    d.t(f"HI*ABK:{r.choice(ICD).replace('.', '')}~\nLX*1~\nSV1*HC:{r.choice(CPT)}*{amt}.00*UN*{r.randint(1, 20)}***1~\n")
    d.w("DTP*472*D8*«DATE_TIME»~\n", f"{dd:%Y%m%d}")
    d.t(f"SE*{r.randint(20, 40)}*0001~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{D(r, 9)}~\n")
    return d


def k_meals_xml(r):
    loc = r.choice(["gb", "us", "nz"])
    d = B("en")
    drv = person(r, loc, "staff")
    day = rdate(r)
    d.t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    d.w(f"<DeliveryRun id=\"RUN-{D(r, 4)}\" schema=\"{version(r)}\">\n  <DeliveryDate>«DATE_TIME»</DeliveryDate>\n",
        day.isoformat())
    d.w("  <Driver>«PERSON»</Driver>\n", drv.name)
    for i in range(r.randint(2, 3)):
        c = person(r, loc, "elder")
        d.t(f"  <Stop seq=\"{i + 1}\">\n")
        d.w("    <Client>«PERSON»</Client>\n    <Address>«ADDRESS»</Address>\n    <Phone>«PHONE_NUMBER»</Phone>\n",
            c.name, c.addr.one, c.phone)
        d.t(f"    <Diet>{r.choice(['diabetic', 'soft / pureed', 'vegetarian', 'low salt', 'halal'])}</Diet>\n")
        if r.random() < .5:
            d.w("    <Access>Key safe left of door, code «PASSWORD»</Access>\n", keysafe(r))
        else:
            d.t(f"    <Access>Ring twice; dog ({r.choice(PETS)}) is friendly</Access>\n")
        d.t("  </Stop>\n")
    d.t("</DeliveryRun>\n")
    return d


def k_call_transcript(r):
    loc = r.choice(["us", "gb", "au", "ca"])
    d = B("en")
    co = person(r, loc, "staff")
    son = person(r, loc, "adult", fem=False)
    mum = person(r, loc, "elder", fem=True, last=son.last)
    day = rdate(r)
    d.t(f"Call transcript - Care coordination line   Call ID: CR-{D(r, 4)}-{D(r, 6)}\n\n")
    d.w(f"[00:00:0{r.randint(1, 9)}] Coordinator: Good afternoon, {r.choice(AGENCIES)}, you're speaking with «PERSON».\n",
        co.first)
    d.w("[00:00:11] Caller: Hi, it's «PERSON», «PERSON»'s son. ", son.name, mum.name)
    d.t("The carer didn't turn up this morning again.\n")
    d.t("[00:00:24] Coordinator: I'm so sorry. Let me pull up the rota... yes, the morning call was missed.\n")
    d.w("[00:00:49] Caller: This is the third time. Can someone call me back? My number is «PHONE_NUMBER».\n", son.phone)
    d.w("[00:01:15] Coordinator: Of course. I've booked a review meeting for «DATE_TIME» and logged a complaint, "
        f"reference {ticket(r, 'CMP')}.\n", fdt(r, day, loc, r.choice(["wlong", "long"])))
    d.w("[00:01:40] Caller: Fine. And send the notes to «EMAIL_ADDRESS», please.\n", son.email)
    d.t(f"[00:01:52] Coordinator: Will do. Call duration will be logged.\n\n(Auto-transcribed, confidence {r.randint(80, 97)}%)\n")
    return d


def k_sepa_mandate(r):
    loc = r.choice(["ie", "gb"])
    d = B("en")
    p = person(r, loc, "adult")
    res = person(r, loc, "elder")
    d.t("SEPA DIRECT DEBIT MANDATE\n" if loc == "ie" else "DIRECT DEBIT INSTRUCTION\n")
    d.t(f"Creditor: {r.choice(CARE_HOMES)} Ltd   Creditor ID: IE{D(r, 2)}ZZZ{D(r, 6)}\n")
    d.t(f"Mandate reference: MND-{D(r, 8)}\n\n")
    d.w("Debtor name: «PERSON»\nDebtor address: «ADDRESS»\n", p.name, p.addr.one)
    if loc == "ie":
        d.w("IBAN: «IBAN_CODE»\nBIC: " + r.choice(["AIBKIE2D", "BOFIIE2D"]) + "\n", iban(r, "IE"))
    else:
        d.t(f"Sort code: {D(r, 2)}-{D(r, 2)}-{D(r, 2)}\n")
        d.w("Account number: «ACCOUNT_NUMBER»\n", D(r, 8))
    d.w("Paying fees on behalf of resident: «PERSON»\n", res.name)
    d.t(f"Type of payment: recurrent, monthly, approx. {amount(r, loc, 800, 4500)}\n")
    d.w("Signed at: «LOCATION»    Date: «DATE_TIME»\n", p.addr.city, fd(rdate(r), loc, "num"))
    return d


def k_slack_thread(r):
    loc = r.choice(["gb", "us", "au"])
    d = B("en")
    a, b, c = person(r, loc, "staff"), person(r, loc, "staff"), person(r, loc, "staff")
    day = rdate(r)
    d.t("#it-helpdesk (export)\n")
    _tk = iter(ticks(r, 4, 9 * 60, 11 * 60))
    d.t(f"{day.isoformat()} {hhmm(next(_tk))}  ").w("«PERSON»: rota bot can't post to #carers-north anymore, "
                                                         "this is the token I was using: «SLACK_TOKEN»\n", a.name, slack_token(r))
    d.t(f"{day.isoformat()} {hhmm(next(_tk))}  ").w("«PERSON»: please don't paste tokens in here! revoking it now. "
                                                         "@" + slug(a.first) + " which app config was it in?\n", b.name)
    d.t(f"{day.isoformat()} {hhmm(next(_tk))}  ").w("«PERSON»: the old timesheet uploader, it also had "
                                                         "«AWS_ACCESS_KEY» / «AWS_SECRET_KEY» hardcoded\n", a.first,
                                                         aws_ak(r), aws_sk(r))
    d.t(f"{day.isoformat()} {hhmm(next(_tk))}  ").w("«PERSON»: ok, rotated both. Incident " + ticket(r, "SEC") +
                                                         " opened, postmortem «DATE_TIME».\n", c.name,
                                                         fdt(r, day + _dt.timedelta(days=2), loc, "long"))
    return d


def k_deploy_ticket(r):
    loc = r.choice(["gb", "us", "ie"])
    d = B("en")
    rep = person(r, loc, "staff")
    asg = person(r, loc, "staff")
    d.t(f"[{ticket(r, 'OPS')}] Telecare hub fleet - SSH access for field engineers\n")
    d.w("Reporter: «PERSON» («EMAIL_ADDRESS»)\n", rep.name, email_for(r, rep.first, rep.last, domain="lifelinkhub.io"))
    d.w("Assignee: «PERSON»\n", asg.name)
    d.t(f"Component: hub-firmware {version(r)}\n\n")
    d.w("The bastion at «IP_ADDRESS» rejects the new deploy key. Pasting the key we generated so you can check the format:\n\n",
        ip(r))
    d.w("«PRIVATE_KEY»\n\n", pem(r))
    d.w("Hubs affected: «IP_ADDRESS», «IP_ADDRESS» (site: Larchfield Court). Please rotate after testing!\n",
        ipv4(r, True), ipv4(r, True))
    return d


def k_timesheet_csv(r):
    loc = r.choice(["gb", "us", "ca", "au"])
    d = B("en")
    w = person(r, loc, "staff")
    d.t("employee_id,employee_name,date,clock_in,clock_out,client_ref,miles,notes\n")
    day = rdate(r)
    eid = f"E{D(r, 5)}"
    for i in range(r.randint(4, 7)):
        h, m = rtime(r, 6, 18)
        d.t(f"{eid},")
        d.w("«PERSON»,«DATE_TIME»,«DATE_TIME»,«DATE_TIME»,", w.name, fd(day + _dt.timedelta(days=i // 2), loc, "iso"),
            f"{h:02d}:{m:02d}", f"{h + 1:02d}:{m:02d}")
        d.t(f"CL-{D(r, 4)},{r.randint(1, 25)}.{r.randint(0, 9)},{r.choice(['', 'late start traffic', 'client asleep', 'double-up'])}\n")
    d.t(f"# export {uuid4s(r)} rows={i + 1}\n")
    return d


def k_pharmacy_fax(r):
    loc = "us"
    d = B("en")
    p = person(r, loc, "elder")
    doc = person(r, loc, "adult")
    nurse = person(r, loc, "staff")
    d.t("FAX - REFILL AUTHORIZATION REQUEST\n")
    d.w("To: Dr. «PERSON»   Fax: «PHONE_NUMBER»\n", doc.name, ph(r, loc))
    d.w(f"From: {r.choice(['Walgreens #', 'CVS Pharmacy #', 'Rite Aid #'])}{r.randint(1000, 19999)}   Fax: «PHONE_NUMBER»   Phone: «PHONE_NUMBER»\n",
        ph(r, loc), ph(r, loc))
    d.t(f"Pages: {r.randint(1, 3)}  NPI (prescriber): {npi(r)}\n\n")
    d.w("Patient: «PERSON»   DOB: «DATE_OF_BIRTH»\n", p.name, fd(p.dob, loc, "num"))
    d.w("Member ID: «HEALTH_PLAN_NUMBER»   Group: " + D(r, 6) + "\n", plan_id(r, "us"))
    for _ in range(r.randint(1, 3)):
        d.t(f"Rx #{D(r, 7)}  {r.choice(DRUGS)}  qty {r.choice([30, 60, 90])}  NDC {ndc(r)}\n")
    d.w("Patient is on home health services; contact «PERSON», RN at «PHONE_NUMBER».\n", nurse.name, ph(r, loc))
    d.w("Please respond by «DATE_TIME».\n", fdt(r, rdate(r), loc, "num"))
    return d


def k_complaint_email(r):
    loc = r.choice(["us", "au", "ca", "nz"])
    d = B("en")
    p = person(r, loc, "adult")
    mum = person(r, loc, "elder")
    day = rdate(r)
    d.t(f"Received: from mail-{r.choice(['sor', 'yw', 'qk'])}{D(r, 2)}.google.com by mx.carewell.app; {mail_date(r, day)}\n")
    d.w("From: «PERSON» <«EMAIL_ADDRESS»>\n", p.name, p.email)
    d.w("To: «EMAIL_ADDRESS»\n", "complaints@carewell.app")
    d.t(f"Date: {mail_date(r, day)}\nSubject: Formal complaint - missed visits\n\n")
    d.t("Hello,\n\n")
    d.w("I am writing about the care my mother «PERSON» has been receiving. Visits were missed on «DATE_TIME» and «DATE_TIME», "
        "and on «DATE_TIME» the carer arrived at «DATE_TIME» instead of 8:00 AM, so she went without breakfast and medication.\n\n",
        mum.name, fd(day - _dt.timedelta(days=9), loc, "long"), fd(day - _dt.timedelta(days=6), loc, "long"),
        fd(day - _dt.timedelta(days=2), loc, "long"), ft(r.randint(10, 12), r.choice([5, 20, 40]), loc))
    d.w("Her client account number is «ACCOUNT_NUMBER». I expect a written response within 10 working days.\n\n",
        account_no(r, "cust"))
    d.w("Regards,\n«PERSON»\n«ADDRESS»\n«PHONE_NUMBER»\n", p.name, p.addr.one, p.phone)
    return d


def k_ltc_claim(r):
    loc = "us"
    d = B("en")
    p = person(r, loc, "elder")
    s = rdate(r)
    d.t(f"LONG-TERM CARE INSURANCE - CLAIM FOR BENEFITS\nClaim no.: CLM-{D(r, 9)}\n\n")
    d.w("Insured: «PERSON»\nPolicy number: «HEALTH_PLAN_NUMBER»\n", p.name, "LTC" + D(r, 8))
    d.w("Date of birth: «DATE_OF_BIRTH»    SSN: «US_SSN»\n", fd(p.dob, loc, "num"), ssn(r))
    d.w("Mailing address: «ADDRESS»\n", p.addr.one)
    d.w("Dates of service: «DATE_TIME» through «DATE_TIME»\n", fd(s, loc, "num"), fd(s + _dt.timedelta(days=30), loc, "num"))
    d.t(f"Provider: {r.choice(AGENCIES)}  NPI {npi(r)}  Tax ID {D(r, 2)}-{D(r, 7)}\n")
    d.t(f"Elimination period: 90 days satisfied. ADLs needing help: bathing, dressing, transferring.\n")
    d.t(f"Amount claimed: {amount(r, loc, 1500, 8000)}\n\n")
    d.t(f"DIRECT DEPOSIT\n  Routing number: {r.choice(ROUTING)}\n")
    d.w("  Account number: «ACCOUNT_NUMBER»\n", account_no(r, r.choice(["d10", "d12"])))
    if r.random() < .4:
        d.w("  Or charge premium to card: «CREDIT_CARD»\n", card(r))
    return d


def k_onboarding_json(r):
    loc = r.choice(["gb", "ie", "us", "nl", "de"])
    eloc = loc if LANG[loc] == "en" else "gb"
    d = B("en")
    p = person(r, eloc, "staff")
    ec = person(r, eloc, "adult")
    d.t("PUT /api/v3/hr/employees/" + D(r, 6) + " HTTP/1.1\nHost: hr.carewell.app\n")
    d.w("Authorization: Bearer «GENERIC_SECRET»\nContent-Type: application/json\n\n", rsa(r, 40, ALNUM))
    d.t("{\n  \"role\": \"care_assistant\",\n")
    d.w("  \"first_name\": \"«PERSON»\",\n  \"last_name\": \"«PERSON»\",\n  \"date_of_birth\": \"«DATE_OF_BIRTH»\",\n",
        p.first, p.last, fd(p.dob, eloc, "iso"))
    d.w("  \"email\": \"«EMAIL_ADDRESS»\",\n  \"mobile\": \"«PHONE_NUMBER»\",\n", p.email, p.phone)
    d.w("  \"home_address\": \"«ADDRESS»\",\n", p.addr.one)
    d.w("  \"start_date\": \"«DATE_TIME»\",\n", rdate(r).isoformat())
    if eloc == "us":
        st, dl = us_dl(r)
        d.w("  \"driver_license\": {\"state\": \"" + st + "\", \"number\": \"«DRIVER_LICENSE»\"},\n", dl)
        d.t(f"  \"bank\": {{\"routing\": \"{r.choice(ROUTING)}\", ")
        d.w("\"account\": \"«ACCOUNT_NUMBER»\"},\n", account_no(r, "d10"))
    else:
        if eloc == "gb":
            d.w("  \"driving_licence\": \"«DRIVER_LICENSE»\",\n", uk_dl(r, p))
        cc = {"gb": "GB", "ie": "IE", "nl": "NL", "de": "DE"}[loc]
        d.w("  \"bank\": {\"iban\": \"«IBAN_CODE»\", \"bic\": \"" + r.choice(BICS) + "\"},\n", iban(r, cc, False))
    d.w("  \"emergency_contact\": {\"name\": \"«PERSON»\", \"phone\": \"«PHONE_NUMBER»\"},\n", ec.name, ec.phone)
    d.t(f"  \"payroll_group\": \"{r.randint(1, 9)}\",\n  \"source_system_version\": \"{version(r)}\"\n}}\n")
    return d


def k_sms_thread(r):
    loc = r.choice(["us", "ca", "au"])
    d = B("en")
    cg = person(r, loc, "staff")
    fam = person(r, loc, "adult")
    cl = person(r, loc, "elder")
    day = rdate(r)
    d.w("SMS log - agency line «PHONE_NUMBER»\n", ph(r, loc))
    _tk = iter(ticks(r, 4, 7 * 60, 9 * 60))
    d.t(f"{day.isoformat()} {hhmm(next(_tk))} ").w("IN  «PHONE_NUMBER»: Hi this is «PERSON», running 20 min late to «PERSON», "
                                                      "bus broke down\n", cg.phone, cg.first, cl.name)
    d.t(f"{day.isoformat()} {hhmm(next(_tk))} ").w("OUT «PHONE_NUMBER»: Thanks, we've let the family know.\n", cg.phone)
    d.t(f"{day.isoformat()} {hhmm(next(_tk))} ").w("OUT «PHONE_NUMBER»: Hi «PERSON», your dad's carer will arrive at about "
                                                      "«DATE_TIME» today. Reply STOP to opt out.\n", fam.phone, fam.first,
                                                      ft(8, r.choice([15, 20, 30]), loc))
    d.t(f"{day.isoformat()} {hhmm(next(_tk))} ").w("IN  «PHONE_NUMBER»: ok thanks. Please remind the carer he has the dentist "
                                                      "on «DATE_TIME».\n", fam.phone,
                                                      fdt(r, day + _dt.timedelta(days=r.randint(1, 7)), loc, "short"))
    return d


def k_handover_notes(r):
    loc = r.choice(["au", "nz", "gb"])
    d = B("en")
    rn = person(r, loc, "staff")
    day = rdate(r)
    d.w("Night shift handover - Kingfisher wing - «DATE_TIME»\n", fd(day, loc, "num"))
    d.w("Nurse in charge: «PERSON»\n\n", rn.name)
    for hh in sorted(r.sample(range(22, 30), 4)):
        res = person(r, loc, "elder")
        h = hh % 24
        d.t(f"{h:02d}:{r.randint(0, 59):02d}  {room(r)} - ")
        k = r.randrange(4)
        if k == 0:
            d.w("«PERSON» unsettled, calling out for husband. Reassured, warm milk given. Settled after 40 min.\n", res.first)
        elif k == 1:
            d.w("«PERSON» PRN " + r.choice(DRUGS) + " given for pain score 6/10.\n", res.name)
        elif k == 2:
            d.w("«PERSON» incontinent, full change, skin intact. Repositioned 2-hourly.\n", res.name)
        else:
            d.w("«PERSON»'s daughter phoned from «LOCATION», updated. Dr «PERSON» to review on «DATE_TIME».\n", res.first,
                r.choice(["Perth", "Brisbane", "Auckland", "Singapore", "Manchester", "Dubai"]),
                person(r, loc, "adult").last, fd(day + _dt.timedelta(days=1), loc, "num"))
    d.t("\nNo falls. Controlled drugs count correct.\n")
    return d


def k_sql_seed(r):
    loc = "us"
    d = B("en")
    d.t(f"-- seed_clients.sql  (migration {r.randint(100, 999)}, {sha(r, 12)})\n")
    d.w("-- run: psql postgres://care_admin:«PASSWORD»@«IP_ADDRESS»:5432/care_staging -f seed_clients.sql\n",
        password(r, safe=True), ipv4(r, True))
    d.t("INSERT INTO clients (full_name, dob, ssn, phone, email, address) VALUES\n")
    n = r.randint(2, 4)
    for i in range(n):
        p = person(r, loc, "elder")
        while "'" in p.name:
            p = person(r, loc, "elder")
        d.w("  ('«PERSON»', '«DATE_OF_BIRTH»', '«US_SSN»', '«PHONE_NUMBER»', '«EMAIL_ADDRESS»', '«ADDRESS»')",
            p.name.replace("'", "''"), fd(p.dob, loc, "iso"), ssn(r), p.phone, p.email, p.addr.one.replace("'", "''"))
        d.t(",\n" if i < n - 1 else ";\n")
    d.t(f"-- test row (invalid on purpose): ('Test Client', '1900-01-01', '{bad_ssn(r)}', '000', NULL, NULL)\n")
    return d


# ===========================================================================
# English document kinds WITHOUT entities (hard negatives only)
# ===========================================================================

def k_neg_policy(r):
    d = B("en")
    d.t(f"MEDICATION POLICY MP-{r.randint(1, 30):02d}  (version {r.randint(2, 6)}.{r.randint(0, 9)}, "
        f"review cycle {r.choice([12, 24])} months)\n\n")
    paras = [
        f"3.1 Time-critical medicines (for example Parkinson's medication such as co-careldopa) must be given within "
        f"{r.choice([15, 30])} minutes of the prescribed time. Late doses are reported the same day.",
        f"3.2 Anticoagulants ({', '.join(r.sample(ANTICOAG, 2))}) require a second signature. INR results "
        f"(LOINC {r.choice(LOINC)}) are copied into the care plan.",
        "3.3 Covert administration is only permitted after a documented best-interests decision and pharmacist advice.",
        f"3.4 PRN protocols must state the maximum dose in 24 hours, e.g. {r.choice(DRUGS)} no more than four times a day "
        f"with at least 4 hours between doses.",
        f"3.5 Diagnoses are recorded with ICD-10 codes ({r.choice(ICD)}, {r.choice(ICD)}); visits are billed under "
        f"{r.choice(CPT)} where applicable.",
        "3.6 Staff must never write key safe codes, door entry codes, PINs or passwords on the MAR, in the daily notes "
        "or in messaging apps.",
        f"3.7 Controlled drugs are counted at every handover in {room(r).lower()} (treatment room) by two staff.",
        "3.8 Errors are reported through the incident system within 24 hours; the registered manager reviews them weekly.",
    ]
    r.shuffle(paras)
    d.t("\n\n".join(paras[:r.randint(4, 7)]) + "\n")
    return d


def k_neg_syslog(r):
    d = B("en")
    day = rdate(r)
    svcs = ["rota-sync", "invoice-batch", "alarm-router", "portal-api", "mar-export", "gps-checkin"]
    for _ in range(r.randint(6, 11)):
        sv = r.choice(svcs)
        lvl = r.choice(["INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR"])
        msg = r.choice([
            f"started version={version(r)} build={sha(r, 12)}",
            f"request_id={uuid4s(r)} status=200 latency={r.randint(12, 2400)}ms",
            f"processed={r.randint(10, 900)} failed={r.randint(0, 4)} duration={r.randint(1, 90)}.{r.randint(0, 9)}s",
            f"retry attempt={r.randint(1, 5)} backoff={r.choice([2, 4, 8, 16])}s queue_depth={r.randint(0, 300)}",
            f"checkpoint epoch={epoch(r)} offset={r.randint(1000, 999999)}",
            f"cache hit ratio={r.randint(50, 99)}% evicted={r.randint(0, 500)}",
            f"job scheduled next_run=in {r.randint(5, 60)} minutes",
            f"artifact sha256={sha(r, 64)}",
        ])
        d.t(f"{log_ts(r, day)} {lvl:<5} [{sv}] {msg}\n")
    return d


def k_neg_rota_template(r):
    d = B("en")
    d.t(f"ROTA TEMPLATE - community team {r.choice('ABCDEF')} (template v{version(r)})\n\n")
    days = WEEKDAYS["en"]
    for wd in days:
        d.t(f"{wd:<10} early run: {r.randint(6, 14)} calls | late run: {r.randint(5, 12)} calls | "
            f"double-ups: {r.randint(0, 4)} | waking night: {r.choice(['yes', 'no'])}\n")
    d.t(f"\nShift lengths: {r.choice([6, 7, 8])}h early, {r.choice([5, 6])}h late, 10h night. Travel time is paid at "
        f"{r.choice([10, 15])} minutes per call. Swaps must be agreed at least two days in advance; holiday requests "
        "go in by the end of next month.\n")
    return d


def k_neg_ci(r):
    d = B("en")
    d.t("name: mar-export-ci\non:\n  pull_request:\n  schedule:\n    - cron: \"30 3 * * 1-5\"\nenv:\n")
    d.t("  NODE_VERSION: \"20\"\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    d.t(f"jobs:\n  test:\n    runs-on: ubuntu-22.04\n    timeout-minutes: {r.randint(10, 45)}\n    steps:\n")
    d.t(f"      - uses: actions/checkout@{sha(r)}\n      - uses: actions/cache@{sha(r)}\n")
    d.t(f"      - run: ./gradlew test -Pversion={version(r)}\n      - run: echo \"deploying ${{GITHUB_SHA}} with {var_ref(r)}\"\n")
    d.t("      - run: docker build --build-arg API_KEY=${API_KEY} -t mar-export:${GITHUB_SHA::7} .\n")
    return d


def k_neg_invoice_summary(r):
    d = B("en")
    loc = r.choice(["us", "gb"])
    d.t(f"PAYMENT BATCH SUMMARY - batch {ticket(r, 'PB')}\n\n")
    for _ in range(r.randint(4, 7)):
        d.t(f"{ticket(r, 'INV')}  {amount(r, loc, 40, 3000):>12}  card {masked(r)}  status {r.choice(['settled', 'pending', 'refunded'])}\n")
    d.t(f"\nRejected (failed checksum): {bad_card(r)}, {bad_card(r)}\n")
    d.t(f"Rejected tax ids (invalid SSN area): {bad_ssn(r)}, {bad_ssn(r)}\n")
    d.t(f"Settlement bank routing {r.choice(ROUTING)}, BIC {r.choice(BICS)}; order ref {D(r, 10)}; tracking "
        f"1Z{rs(r, 16, UP + DIG)}\n")
    return d


def k_neg_stock_count(r):
    d = B("en")
    d.t(f"MONTHLY MEDICATION STOCK COUNT - treatment room 2 - sheet {r.randint(1, 12)}/12\n\n")
    d.t(f"{'Item':<26}{'Lot':<12}{'NDC/PIP':<16}{'Qty':>5}\n")
    for _ in range(r.randint(5, 8)):
        d.t(f"{r.choice(DRUGS):<26}{rs(r, 2, UP) + D(r, 5):<12}{ndc(r):<16}{r.randint(0, 120):>5}\n")
    d.t(f"\nDressings HS code 3005.90, gloves HS 4015.19. Returns bag sealed with tag {D(r, 8)}. "
        f"Fridge range {r.randint(2, 3)}-{r.randint(7, 8)} C.\n")
    return d


# ===========================================================================
# Non-English document kinds (with entities)
# ===========================================================================

def _title(p, lang):
    return {"de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."), "it": ("Sig.ra", "Sig."),
            "pt": ("Sra.", "Sr."), "nl": ("mevrouw", "meneer"), "pl": ("Pani", "Pan"), "da": ("fru", "hr."),
            "cs": ("paní", "pan"), "no": ("fru", "herr"), "sv": ("", "")}[lang][0 if p.fem else 1]


def k_de_pflegebericht(r):
    loc = r.choice(["de", "de", "at"])
    d = B("de")
    p = person(r, loc, "elder")
    pk = person(r, loc, "staff")
    t = person(r, loc, "adult", fem=True, last=p.last if r.random() < .5 else None)
    day = rdate(r)
    d.t(f"Pflegedienst {r.choice(['Lindenhof', 'Sonnenschein', 'Am Park', 'Lebenswert'])} - Pflegebericht\n")
    d.w("Klient/in: «PERSON», geb. «DATE_OF_BIRTH»\n", p.name, fd(p.dob, loc, "num"))
    d.w("Anschrift: «ADDRESS»\n", p.addr.one)
    d.w(f"Versichertennummer: «HEALTH_PLAN_NUMBER»   Pflegegrad {r.randint(2, 5)}\n", plan_id(r, loc))
    d.w("Einsatz: «DATE_TIME»   Pflegekraft: «PERSON»\n\n", fdt(r, day, loc, "num"), pk.name)
    stim = r.choice(["gut gelaunt", "etwas verwirrt", "müde, hat schlecht geschlafen", "unruhig"])
    d.w(f"{_title(p, 'de')} «PERSON» war heute {stim}. Grundpflege und Medikamentengabe ({r.choice(DRUGS)}) "
        f"durchgeführt, Dauer ca. {r.choice([25, 35, 45])} Minuten. Blutzucker {r.randint(90, 220)} mg/dl. ", p.last)
    d.w("Die Tochter «PERSON» (Tel. «PHONE_NUMBER») bittet um Rückruf wegen der Rezeptbestellung.\n", t.name, t.phone)
    d.w("Nächster Einsatz: «DATE_TIME»\n", fd(day + _dt.timedelta(days=1), loc, r.choice(["wlong", "num"])))
    if r.random() < .5:
        d.w("Schlüsseltresor-Code: «PASSWORD»\n", keysafe(r))
    return d


def k_de_heim_email(r):
    loc = r.choice(["de", "at", "ch"])
    d = B("de")
    an = person(r, loc, "adult")
    va = person(r, loc, "elder", fem=False, last=an.last if r.random() < .6 else None)
    hl = person(r, loc, "staff")
    day = rdate(r)
    dom = {"de": "seniorenheim-birkenhof.de", "at": "haus-abendrot.at", "ch": "alterszentrum-linde.ch"}[loc]
    d.w("Von: «PERSON» <«EMAIL_ADDRESS»>\n", hl.name, email_for(r, hl.first, hl.last, domain=dom))
    d.w("An: «EMAIL_ADDRESS»\n", an.email)
    d.t(f"Datum: {mail_date(r, day)}\nBetreff: Heimaufnahme - Unterlagen und Zahlungsweise (Az. {D(r, 4)}/{r.randint(23, 25)})\n\n")
    d.w(f"Sehr geehrte{'' if an.fem else 'r'} {_title(an, 'de')} «PERSON»,\n\n", an.last)
    d.w("wir freuen uns, Ihren Vater «PERSON» am «DATE_TIME» in unserem Haus begrüßen zu dürfen. ", va.name,
        fdt(r, day + _dt.timedelta(days=r.randint(3, 20)), loc, "long"))
    d.t(f"Der monatliche Eigenanteil beträgt voraussichtlich {amount(r, loc, 1800, 3200)}. ")
    d.w("Bitte bestätigen Sie das SEPA-Lastschriftmandat für das Konto IBAN «IBAN_CODE» (BIC "
        + r.choice(["DEUTDEFF", "COBADEFFXXX", "GIBAATWWXXX", "UBSWCHZH80A"]) + "), Kontoinhaber «PERSON».\n\n",
        iban(r, {"de": "DE", "at": "AT", "ch": "CH"}[loc]), an.name)
    d.w("Die Unterlagen finden Sie unter «URL».\n\n", f"https://www.{dom}/aufnahme/unterlagen?id={D(r, 6)}")
    d.w("Mit freundlichen Grüßen\n«PERSON»\nHeimleitung\nTel. «PHONE_NUMBER»\n", hl.name, ph(r, loc))
    return d


def k_de_hausnotruf(r):
    loc = r.choice(["de", "at"])
    d = B("de")
    p = person(r, loc, "elder")
    n = person(r, loc, "adult")
    day = rdate(r)
    d.w("Hausnotruf-Einsatzprotokoll vom «DATE_TIME»\n", fd(day, loc, "num"))
    d.t(f"Gerät: {r.choice(BRANDS[:2])}, Seriennr. HN-{D(r, 8)}\n")
    d.w("Teilnehmer/in: «PERSON», «ADDRESS»\n\n", p.name, p.addr.one)
    t0 = r.randint(0, 20) * 60 + r.randint(0, 59)
    tk = ticks(r, 4, t0, t0 + 75)
    d.t(f"{hhmm(tk[0])} Alarm über Funkfinger ausgelöst, Sprechverbindung hergestellt.\n")
    d.t(f"{hhmm(tk[1])} Teilnehmer/in liegt im Flur, kann nicht selbst aufstehen.\n")
    d.w(f"{hhmm(tk[2])} Schlüsselperson «PERSON» unter «PHONE_NUMBER» nicht erreicht, "
        "Bereitschaftsdienst alarmiert.\n", n.name, n.phone)
    d.t(f"{hhmm(tk[3])} Einsatz beendet, keine sichtbaren Verletzungen. Dauer {r.randint(30, 70)} min.\n")
    d.w("Hausarzt Dr. «PERSON» wird informiert.\n", person(r, loc, "adult").last)
    return d


def k_fr_dossier_ehpad(r):
    loc = r.choice(["fr", "fr", "be"])
    d = B("fr")
    p = person(r, loc, "elder", fem=True)
    conf = person(r, loc, "adult")
    med = person(r, loc, "adult")
    d.t(f"EHPAD {r.choice(['Les Tilleuls', 'Le Clos Fleuri', 'Les Glycines', 'La Roseraie'])} - Dossier d'admission\n\n")
    d.w("Nom d'usage : «PERSON»\nPrénom : «PERSON»\n", p.last.upper(), p.first)
    if r.random() < .6:
        d.w("Nom de naissance : «PERSON»\n", r.choice(LOC[loc]["ln"]).upper())
    d.w("Date de naissance : «DATE_OF_BIRTH»   Lieu de naissance : «LOCATION»\n", fd(p.dob, loc, "num"),
        r.choice(["Alger", "Marseille", "Lyon", "Casablanca", "Lisbonne", "Namur", "Brest"]))
    d.w("Adresse actuelle : «ADDRESS»\n", p.addr.one)
    d.w(f"Mutuelle : {r.choice(['Harmonie Mutuelle', 'MGEN', 'Malakoff Humanis'])}, n° adhérent «HEALTH_PLAN_NUMBER»\n",
        plan_id(r, loc))
    d.w("Médecin traitant : Dr «PERSON», tél. «PHONE_NUMBER»\n", med.name, ph(r, loc))
    d.w("Personne de confiance : «PERSON» (" + rel(r, conf, "fr") + "), «PHONE_NUMBER», «EMAIL_ADDRESS»\n",
        conf.name, conf.phone, conf.email)
    d.w("Date d'entrée prévue : «DATE_TIME»\n", fdt(r, rdate(r), loc, r.choice(["num", "long"])))
    d.t(f"GIR {r.randint(1, 4)} - tarif hébergement {amount(r, loc, 60, 95)} par jour - chambre {r.randint(1, 80)}\n")
    d.t(f"Traitement : {r.choice(DRUGS)}, {r.choice(DRUGS)}\n")
    return d


def k_fr_portail(r):
    loc = r.choice(["fr", "be"])
    d = B("fr")
    fi = person(r, loc, "adult", fem=True)
    mere = person(r, loc, "elder", fem=True)
    coord = person(r, loc, "staff", fem=True)
    day = rdate(r)

    _tk = iter(ticks(r, 3, 8 * 60, 22 * 60))

    def pre():
        return f"[{day:%d/%m} {hhmm(next(_tk))}] "
    d.t("Portail familles - messagerie\n")
    d.w("Résident(e) : «PERSON»\n\n", mere.name)
    d.t(pre()).w("«PERSON» : Bonjour, maman m'a dit que le kiné n'est pas passé «DATE_TIME». Pouvez-vous vérifier ?\n",
                 fi.first, fd(day - _dt.timedelta(days=r.randint(1, 4)), loc, "wlong"))
    d.t(pre()).w("«PERSON» (coordinatrice) : Bonjour Mme «PERSON», la séance a été reportée au «DATE_TIME». "
                 "Toutes nos excuses.\n", coord.name, fi.last, fdt(r, day + _dt.timedelta(days=2), loc, "long"))
    d.t(pre()).w("«PERSON» : Merci. En cas d'urgence, mon portable est le «PHONE_NUMBER».\n", fi.first, fi.phone)
    d.t(f"(Messages conservés 12 mois - version {version(r)})\n")
    return d


def k_es_informe_sad(r):
    d = B("es")
    loc = "es"
    p = person(r, loc, "elder")
    aux = person(r, loc, "staff")
    hija = person(r, loc, "adult", fem=True)
    day = rdate(r)
    d.t(f"SERVICIO DE AYUDA A DOMICILIO - Informe de visita\nExpediente SAD-{D(r, 6)}\n\n")
    d.w("Usuario/a: «PERSON»\nFecha de nacimiento: «DATE_OF_BIRTH»\nDomicilio: «ADDRESS»\n", p.name,
        fd(p.dob, loc, "num"), p.addr.one)
    d.w("Fecha y hora de la visita: «DATE_TIME»\nAuxiliar: «PERSON»\n\n", fdt(r, day, loc, "num"), aux.name)
    d.w(f"{_title(p, 'es')} «PERSON» se encontraba sentad{'a' if p.fem else 'o'} en el salón. Se realizó aseo personal y "
        f"se preparó la comida (duración {r.choice([45, 60, 90])} minutos). Toma {r.choice(DRUGS)} por la mañana. ",
        p.last.split()[0])
    d.w("Su hija «PERSON» (tel. «PHONE_NUMBER») solicita ampliar el servicio a los fines de semana.\n", hija.first, hija.phone)
    d.w("Próxima revisión: «DATE_TIME»\n", fd(day + _dt.timedelta(days=r.randint(7, 30)), loc, "long"))
    return d


def k_es_solicitud(r):
    loc = "es"
    d = B("es")
    p = person(r, loc, "elder")
    rep = person(r, loc, "adult")
    d.t("SOLICITUD DE RECONOCIMIENTO DE LA SITUACIÓN DE DEPENDENCIA\n")
    d.t(f"Nº de registro: {r.randint(2023, 2025)}/{D(r, 6)}\n\n")
    d.w("Apellidos y nombre: «PERSON»\n", f"{p.last}, {p.first}")
    d.w("Fecha de nacimiento: «DATE_OF_BIRTH»\n", fd(p.dob, loc, "num"))
    d.w("Domicilio: «ADDRESS»\nMunicipio: «LOCATION»   Provincia: «LOCATION»\n", p.addr.street, p.addr.city,
        {"Bilbao": "Bizkaia"}.get(p.addr.city, p.addr.city))
    d.w("Teléfono: «PHONE_NUMBER»   Correo electrónico: «EMAIL_ADDRESS»\n", p.phone, p.email)
    d.w("Tarjeta sanitaria: «HEALTH_PLAN_NUMBER»\n", plan_id(r, "es"))
    d.w("Datos bancarios para la prestación: IBAN «IBAN_CODE»\n", iban(r, "ES"))
    d.w("Representante legal: «PERSON», «PHONE_NUMBER»\n", rep.name, rep.phone)
    d.w("En «LOCATION», a «DATE_TIME»\n", p.addr.city, fd(rdate(r), loc, "long"))
    return d


def k_it_scheda_rsa(r):
    loc = "it"
    d = B("it")
    p = person(r, loc, "elder")
    fam = person(r, loc, "adult")
    med = person(r, loc, "adult")
    d.t(f"RSA {r.choice(['Villa Serena', 'Casa del Sole', 'San Giuseppe', 'Il Giardino'])} - Scheda di ingresso\n\n")
    d.w("Cognome: «PERSON»   Nome: «PERSON»\n", p.last.upper(), p.first)
    d.w("Data di nascita: «DATE_OF_BIRTH»   Luogo di nascita: «LOCATION»\n", fd(p.dob, loc, "num"),
        r.choice(["Caserta", "Lecce", "Bergamo", "Matera", "Trapani", "Udine"]))
    d.w("Residenza: «ADDRESS»\n", p.addr.one)
    d.w("N. cartella clinica: «MEDICAL_RECORD_NUMBER»\n", mrn(r))
    d.w("Medico curante: Dott. «PERSON», tel. «PHONE_NUMBER»\n", med.name, ph(r, loc))
    d.w("Familiare di riferimento: «PERSON» (" + rel(r, fam, "it") + "), cell. «PHONE_NUMBER», «EMAIL_ADDRESS»\n",
        fam.name, fam.phone, fam.email)
    d.w("Data di ingresso: «DATE_TIME»\n", fdt(r, rdate(r), loc, "num"))
    d.t(f"Terapia in atto: {r.choice(DRUGS)}, {r.choice(DRUGS)}. Retta giornaliera {amount(r, loc, 70, 130)}. Stanza {r.randint(1, 60)}.\n")
    return d


def k_it_email_adi(r):
    loc = "it"
    d = B("it")
    inf = person(r, loc, "staff", fem=True)
    paz = person(r, loc, "elder")
    mmg = person(r, loc, "adult")
    day = rdate(r)
    d.w("Da: «PERSON» <«EMAIL_ADDRESS»>\n", inf.name, email_for(r, inf.first, inf.last, domain="adi-coop.it"))
    d.w("A: «EMAIL_ADDRESS»\n", email_for(r, mmg.first, mmg.last, loc))
    d.t(f"Data: {mail_date(r, day)}\nOggetto: ADI - aggiornamento piano assistenziale (pratica {D(r, 7)})\n\n")
    d.w("Gentile Dott. «PERSON»,\n\n", mmg.last)
    d.w(f"le scrivo in merito al{'la' if paz.fem else ''} paziente «PERSON», residente in «ADDRESS». ", paz.name, paz.addr.one)
    d.w("Durante l'accesso di «DATE_TIME» abbiamo rilevato una lesione da pressione di II stadio al sacro. "
        f"Proponiamo di aumentare gli accessi infermieristici a {r.randint(2, 4)} a settimana.\n", fd(day, loc, "wlong"))
    d.w("La prossima visita congiunta è prevista per «DATE_TIME».\n\n", fdt(r, day + _dt.timedelta(days=r.randint(2, 9)), loc, "long"))
    d.w("Cordiali saluti,\n«PERSON»\nCoordinatrice infermieristica ADI\ntel. «PHONE_NUMBER»\n", inf.name, ph(r, loc))
    return d


def k_pt_registo(r):
    loc = "pt"
    d = B("pt")
    ut = person(r, loc, "elder")
    c1 = person(r, loc, "staff")
    fam = person(r, loc, "adult")
    day = rdate(r)
    d.t(f"Apoio Domiciliário - {r.choice(['Lar São José', 'Centro Social Sol Nascente', 'IPSS Amanhecer'])}\n")
    d.w("Registo diário da cuidadora - «DATE_TIME»\n", fd(day, loc, "long"))
    d.w("Utente: «PERSON»  (processo n.º «MEDICAL_RECORD_NUMBER»)\n", ut.name, mrn(r))
    d.w("Morada: «ADDRESS»\nCuidadora: «PERSON»\n\n", ut.addr.one, c1.name)
    d.t(f"{r.randint(8, 9):02d}:{r.randint(0, 59):02d} Higiene pessoal e pequeno-almoço. Tomou {r.choice(DRUGS)}.\n")
    d.t(f"{r.randint(12, 13):02d}:{r.randint(0, 59):02d} Almoço entregue, comeu metade. Queixa-se de dores no joelho.\n")
    d.w(f"{r.randint(17, 18):02d}:{r.randint(0, 59):02d} Contactado {'a filha' if fam.fem else 'o filho'} «PERSON» pelo «PHONE_NUMBER»; "
        "vem buscar a receita amanhã.\n", fam.name, fam.phone)
    d.w("Consulta de enfermagem marcada para «DATE_TIME».\n", fdt(r, day + _dt.timedelta(days=3), loc, "num"))
    return d


def k_nl_zorgplan(r):
    loc = "nl"
    d = B("nl")
    c = person(r, loc, "elder")
    cp = person(r, loc, "adult")
    ha = person(r, loc, "adult")
    wv = person(r, loc, "staff")
    d.t(f"Thuiszorg {r.choice(['De Linde', 'Zonnebloem', 'Het Anker', 'Buurtzorg-team Noord'])} - Zorgplan\n\n")
    d.w("Cliënt: «PERSON»\nGeboortedatum: «DATE_OF_BIRTH»\nAdres: «ADDRESS»\n", c.name, fd(c.dob, loc, "num"), c.addr.one)
    d.w(f"Zorgverzekeraar: {r.choice(['Zilveren Kruis', 'VGZ', 'CZ', 'Menzis'])}, polisnummer «HEALTH_PLAN_NUMBER»\n",
        plan_id(r, "nl"))
    d.w("Huisarts: «PERSON», tel. «PHONE_NUMBER»\n", ha.name, ph(r, loc))
    d.w("Eerste contactpersoon: «PERSON» (" + rel(r, cp, "nl") + "), «PHONE_NUMBER»\n\n",
        cp.name, cp.phone)
    d.t(f"Doelen: veilig thuis blijven wonen; valrisico verminderen. Indicatie {r.randint(3, 12)} uur per week.\n")
    d.t(f"Medicatie via baxterrol: {r.choice(DRUGS)}, {r.choice(DRUGS)}.\n")
    d.w("Evaluatie gepland op «DATE_TIME» met wijkverpleegkundige «PERSON».\n",
        fdt(r, rdate(r), loc, r.choice(["long", "num"])), wv.name)
    return d


def k_pl_dps(r):
    loc = "pl"
    d = B("pl")
    p = person(r, loc, "elder")
    op = person(r, loc, "adult")
    pr = person(r, loc, "staff")
    d.t("WNIOSEK O SKIEROWANIE DO DOMU POMOCY SPOŁECZNEJ\n")
    d.t(f"Znak sprawy: MOPS.{r.randint(4000, 4999)}.{r.randint(1, 300)}.{r.randint(2023, 2025)}\n\n")
    d.w("Imię i nazwisko: «PERSON»\nData urodzenia: «DATE_OF_BIRTH»\nAdres zamieszkania: «ADDRESS»\n", p.name,
        fd(p.dob, loc, "num"), p.addr.one)
    d.w("Telefon: «PHONE_NUMBER»\n", p.phone)
    d.t(f"Preferowany typ DPS: dla osób przewlekle somatycznie chorych. Dochód: {amount(r, loc, 1800, 4200)} miesięcznie.\n")
    d.w("Opiekun faktyczny: «PERSON», tel. «PHONE_NUMBER», e-mail «EMAIL_ADDRESS»\n", op.name, op.phone, op.email)
    if r.random() < .6:
        d.w("Rachunek do zwrotu nadpłaty: «IBAN_CODE»\n", iban(r, "PL"))
    d.w("Wywiad środowiskowy przeprowadzono «DATE_TIME». Pracownik socjalny: «PERSON»\n",
        fdt(r, rdate(r), loc, "num"), pr.name)
    return d


def k_sv_journal(r):
    loc = "se"
    d = B("sv")
    b = person(r, loc, "elder")
    s = person(r, loc, "staff")
    a = person(r, loc, "adult", fem=False)
    day = rdate(r)
    d.t("Hemtjänst - social dokumentation\n")
    d.w("Brukare: «PERSON», «ADDRESS»\n", b.name, b.addr.one)
    d.w("Datum: «DATE_TIME»   Utförare: «PERSON»\n\n", fd(day, loc, "num"), s.name)
    d.t(f"07:{r.randint(10, 59)} Morgonbesök. Hjälp med dusch och frukost. {r.choice(DRUGS)} överlämnad enligt signeringslista.\n")
    d.t(f"12:{r.randint(10, 59)} Lunch värmd. Brukaren åt bra, promenad i {r.randint(15, 30)} minuter.\n")
    d.w(f"16:{r.randint(10, 59)} Sonen «PERSON» ringde från «LOCATION» och frågade om läkartiden «DATE_TIME».\n",
        a.name, r.choice(["Stockholm", "Oslo", "Lund", "Kiruna", "Helsingfors"]),
        fdt(r, day + _dt.timedelta(days=r.randint(2, 8)), loc, "long"))
    d.w("Kod till nyckelgömma: «PASSWORD» (ändrad efter inbrottsförsök).\n", keysafe(r))
    return d


def k_da_besked(r):
    loc = "dk"
    d = B("da")
    beb = person(r, loc, "elder")
    pr = person(r, loc, "adult")
    kp = person(r, loc, "staff")
    day = rdate(r)
    d.t(f"Plejecenter {r.choice(['Egebakken', 'Solhaven', 'Kildebo', 'Lindegården'])} - besked til pårørende\n\n")
    d.w("Kære «PERSON»\n\n", pr.first)
    d.w("Vi vil gerne informere om, at der afholdes opfølgningsmøde vedrørende «PERSON» «DATE_TIME» i dagligstuen. ",
        beb.name, fdt(r, day, loc, r.choice(["long", "num"])))
    d.t(f"Mødet varer ca. en time. Beboerens medicin ({r.choice(DRUGS)}) gennemgås sammen med lægen.\n\n")
    d.w("Hvis tidspunktet ikke passer, kan du kontakte kontaktperson «PERSON» på «PHONE_NUMBER» eller «EMAIL_ADDRESS».\n\n",
        kp.name, ph(r, loc), email_for(r, kp.first, kp.last, domain="aarhus-pleje.dk"))
    d.w("Centrets adresse: «ADDRESS»\n", addr(r, loc).one)
    d.t(f"Venlig hilsen\nTeamet i afdeling {r.choice('ABCD')}\n")
    return d


def k_no_vedtak(r):
    loc = "no"
    d = B("no")
    p = person(r, loc, "elder")
    sb = person(r, loc, "staff")
    d.t("VEDTAK OM HJEMMETJENESTER\n")
    d.t(f"Saksnummer: {r.randint(2023, 2025)}/{D(r, 5)}   Arkivkode: H12\n\n")
    d.w("Søker: «PERSON»\nFødselsdato: «DATE_OF_BIRTH»\nAdresse: «ADDRESS»\n\n", p.name, fd(p.dob, loc, "num"), p.addr.one)
    d.w(f"Du innvilges praktisk bistand {r.randint(2, 6)} timer per uke og hjemmesykepleie morgen og kveld fra «DATE_TIME». ",
        fd(rdate(r), loc, "long"))
    d.t(f"Egenandel: {amount(r, loc, 200, 2000)} per måned. Trygghetsalarm ({r.choice(BRANDS[:2])}) installeres.\n")
    d.w("Klagefrist er tre uker. Spørsmål kan rettes til saksbehandler «PERSON», tlf. «PHONE_NUMBER», «EMAIL_ADDRESS».\n",
        sb.name, ph(r, loc), email_for(r, sb.first, sb.last, domain="kommune.no"))
    d.w("Vedtaket gjelder til «DATE_TIME».\n", fd(rdate(r, 2025, 2026), loc, "num"))
    return d


def k_fi_kotihoito(r):
    loc = "fi"
    d = B("fi")
    a = person(r, loc, "elder")
    h = person(r, loc, "staff")
    o = person(r, loc, "adult", fem=True)
    day = rdate(r)
    d.t("Kotihoidon käyntikirjaus\n")
    d.w("Asiakas: «PERSON»\nSyntymäaika: «DATE_OF_BIRTH»\nOsoite: «ADDRESS»\n", a.name, fd(a.dob, loc, "num"), a.addr.one)
    d.w("Käynti: «DATE_TIME»   Hoitaja: «PERSON»\n\n", fdt(r, day, loc, "num"), h.name)
    d.t(f"Asiakas virkeä. Aamulääkkeet ({r.choice(DRUGS)}) annettu dosetista. Verenpaine {r.randint(110, 160)}/{r.randint(60, 95)}. "
        f"Käynnin kesto {r.choice([20, 30, 45])} minuuttia.\n")
    d.w("Tytär «PERSON» (puh. «PHONE_NUMBER») toivoo yhteydenottoa lääkärin käynnistä «DATE_TIME».\n", o.first, o.phone,
        fd(day + _dt.timedelta(days=r.randint(2, 10)), loc, "long"))
    return d


def k_cs_smlouva(r):
    loc = "cz"
    d = B("cs")
    k = person(r, loc, "elder")
    z = person(r, loc, "adult")
    d.t("SMLOUVA O POSKYTOVÁNÍ PEČOVATELSKÉ SLUŽBY\n")
    d.t(f"č. smlouvy: PS-{D(r, 5)}/{r.randint(2023, 2025)}\n\n")
    d.w("Klient: «PERSON», nar. «DATE_OF_BIRTH»\nbytem «ADDRESS»\n", k.name, fd(k.dob, loc, "num"), k.addr.one)
    d.w("Telefon: «PHONE_NUMBER»\n", k.phone)
    d.w("Kontaktní osoba: «PERSON», tel. «PHONE_NUMBER», «EMAIL_ADDRESS»\n\n", z.name, z.phone, z.email)
    d.t(f"Rozsah služby: dovoz oběda, pomoc při osobní hygieně ({r.randint(2, 5)}x týdně). Úhrada {amount(r, loc, 120, 400)} za hodinu.\n")
    d.w("Platby budou hrazeny z účtu «IBAN_CODE».\n", iban(r, "CZ"))
    d.w("Smlouva nabývá účinnosti dnem «DATE_TIME».\n", fd(rdate(r), loc, r.choice(["num", "long"])))
    d.w("V «LOCATION» dne «DATE_TIME»\n", {"Praha": "Praze", "Brno": "Brně", "Ostrava": "Ostravě", "Plzeň": "Plzni",
                                         "Olomouc": "Olomouci"}[k.addr.city], fd(rdate(r), loc, "num"))
    return d


def k_tr_form(r):
    loc = "tr"
    d = B("tr")
    h = person(r, loc, "elder")
    y = person(r, loc, "adult")
    day = rdate(r)
    d.t("EVDE BAKIM HİZMETİ BAŞVURU FORMU\n")
    d.t(f"Başvuru No: EB-{D(r, 7)}\n\n")
    d.w("Adı Soyadı: «PERSON»\nDoğum Tarihi: «DATE_OF_BIRTH»\nAdres: «ADDRESS»\n", h.name, fd(h.dob, loc, "num"), h.addr.one)
    d.w("Telefon: «PHONE_NUMBER»\n", h.phone)
    d.w("Yakını: «PERSON» (" + rel(r, y, "tr") + "), «PHONE_NUMBER», «EMAIL_ADDRESS»\n", y.name, y.phone, y.email)
    d.w("Ödeme için IBAN: «IBAN_CODE»\n", iban(r, "TR"))
    d.t(f"Kullandığı ilaçlar: {r.choice(DRUGS)}, {r.choice(DRUGS)}. Bakım süresi günde {r.randint(2, 6)} saat.\n")
    d.w("Ev ziyareti randevusu: «DATE_TIME»\n", fdt(r, day, loc, r.choice(["num", "long"])))
    d.w("Değerlendiren: «PERSON» Hanım\n", person(r, loc, "staff", fem=True).name)
    return d


# ===========================================================================
# Non-English document kinds WITHOUT entities
# ===========================================================================

def k_neg_de_hausordnung(r):
    d = B("de")
    d.t(f"Hausordnung (Fassung {version(r)})\n\n")
    items = [
        "Besuche sind grundsätzlich ganztägig möglich; bitte melden Sie sich am Empfang an.",
        f"Die Mahlzeiten werden im Speisesaal serviert; Diätkost nach ärztlicher Anordnung (z. B. bei {r.choice(ICD)}).",
        f"Medikamente wie {r.choice(DRUGS)} werden ausschließlich vom Pflegepersonal gestellt.",
        "Haustiere sind nach Absprache erlaubt; Katze und Hund der Bewohner müssen geimpft sein.",
        f"Das Rauchen ist nur auf der Terrasse gestattet. Ruhezeit gilt jeden Sonntag.",
        f"Wertgegenstände können im Tresor in Zimmer {r.randint(1, 20)} hinterlegt werden (Quittung Nr. {D(r, 6)}).",
        f"Der Hausnotruf wird monatlich getestet; der Test dauert etwa {r.randint(5, 20)} Minuten.",
        "Reparaturwünsche bitte über das Formular an der Pforte melden; die Bearbeitung erfolgt in der Regel morgen oder übermorgen.",
    ]
    r.shuffle(items)
    for i, it in enumerate(items[:r.randint(4, 7)], 1):
        d.t(f"§ {i} {it}\n")
    return d


def k_neg_fr_protocole(r):
    d = B("fr")
    d.t(f"PROTOCOLE CHUTE - réf. PRO-{D(r, 3)} (version {version(r)})\n\n")
    steps = [
        "Ne pas relever la personne immédiatement ; évaluer la conscience et la douleur.",
        "Prévenir l'infirmière de garde et consigner l'événement dans le logiciel de soins.",
        f"Surveiller les constantes toutes les {r.choice([30, 60])} minutes pendant {r.choice([12, 24])} heures.",
        f"Si la personne est sous anticoagulant ({r.choice(ANTICOAG)}), appel systématique au médecin.",
        "Informer la famille le jour même ou demain matin au plus tard.",
        f"Code de cotation : {r.choice(ICD)} ; déclaration d'événement indésirable sous le numéro {D(r, 8)}.",
        "Réévaluer le risque de chute lors de la prochaine synthèse d'équipe, chaque mardi.",
    ]
    for i, s in enumerate(steps[:r.randint(5, 7)], 1):
        d.t(f"{i}. {s}\n")
    return d


def k_neg_es_normas(r):
    d = B("es")
    d.t(f"NORMAS DE FUNCIONAMIENTO - Residencia Los Olivos (rev. {version(r)})\n\n")
    items = [
        "Las visitas pueden realizarse todos los días; se ruega avisar en recepción.",
        f"La medicación ({r.choice(DRUGS)}, {r.choice(DRUGS)}) la administra exclusivamente el personal de enfermería.",
        f"Las salidas de más de {r.randint(2, 5)} horas deben comunicarse con antelación.",
        f"La cuota mensual de {amount(r, 'es', 1400, 2600)} se abona por domiciliación bancaria.",
        "Los objetos de valor pueden depositarse en la caja fuerte de administración.",
        f"Habitación {r.randint(100, 320)}: reservada para estancias temporales de respiro familiar.",
        "Las mascotas de visita (perros o gatos) son bienvenidas los domingos por la tarde.",
    ]
    r.shuffle(items)
    for it in items[:r.randint(4, 6)]:
        d.t(f"- {it}\n")
    return d


# ===========================================================================
# registry
# ===========================================================================

KINDS = [
    # name, lang, is_empty, fn
    ("care_home_admission_form", "en", False, k_admission_form),
    ("carer_visit_rota_csv", "en", False, k_rota_csv),
    ("caregiver_visit_note", "en", False, k_visit_note),
    ("mar_chart", "en", False, k_mar_chart),
    ("safeguarding_referral_email", "en", False, k_safeguarding_email),
    ("family_portal_chat", "en", False, k_family_portal_chat),
    ("care_funding_assessment", "en", False, k_funding_assessment),
    ("telecare_alarm_log", "en", False, k_telecare_log),
    ("hl7_adt_a01_home_health", "en", False, k_hl7_adt),
    ("fhir_patient_json", "en", False, k_fhir_patient),
    ("medicaid_hcbs_waiver_application", "en", False, k_medicaid_waiver),
    ("home_care_invoice", "en", False, k_invoice),
    ("payroll_service_yaml", "en", False, k_payroll_yaml),
    ("scheduler_dotenv", "en", False, k_dotenv),
    ("k8s_secret_manifest", "en", False, k_k8s_secret),
    ("github_actions_workflow", "en", False, k_gh_workflow),
    ("telecare_webhook_request", "en", False, k_telecare_webhook),
    ("falls_incident_ticket", "en", False, k_incident_ticket),
    ("llm_prompt_handover_summary", "en", False, k_llm_prompt),
    ("dbs_pre_employment_check", "en", False, k_dbs_check),
    ("caregiver_background_report", "en", False, k_background_check),
    ("dementia_care_plan", "en", False, k_dementia_care_plan),
    ("hospital_discharge_letter", "en", False, k_discharge_letter),
    ("respite_booking_confirmation", "en", False, k_respite_booking),
    ("ics_care_review_invite", "en", False, k_ics_invite),
    ("vcard_next_of_kin", "en", False, k_vcard),
    ("x12_837_home_health_claim", "en", False, k_edi_837),
    ("meals_delivery_run_xml", "en", False, k_meals_xml),
    ("family_call_transcript", "en", False, k_call_transcript),
    ("direct_debit_mandate", "en", False, k_sepa_mandate),
    ("slack_helpdesk_export", "en", False, k_slack_thread),
    ("ops_ticket_deploy_key", "en", False, k_deploy_ticket),
    ("carer_timesheet_csv", "en", False, k_timesheet_csv),
    ("pharmacy_refill_fax", "en", False, k_pharmacy_fax),
    ("family_complaint_email", "en", False, k_complaint_email),
    ("ltc_insurance_claim", "en", False, k_ltc_claim),
    ("hr_onboarding_api_request", "en", False, k_onboarding_json),
    ("agency_sms_log", "en", False, k_sms_thread),
    ("night_shift_handover", "en", False, k_handover_notes),
    ("sql_seed_clients", "en", False, k_sql_seed),
    # english, no entities
    ("medication_policy_excerpt", "en", True, k_neg_policy),
    ("service_health_log", "en", True, k_neg_syslog),
    ("rota_template", "en", True, k_neg_rota_template),
    ("ci_pipeline_secret_refs", "en", True, k_neg_ci),
    ("payment_batch_summary", "en", True, k_neg_invoice_summary),
    ("medication_stock_count", "en", True, k_neg_stock_count),
    # other languages
    ("de_pflegebericht", "de", False, k_de_pflegebericht),
    ("de_heimaufnahme_email", "de", False, k_de_heim_email),
    ("de_hausnotruf_protokoll", "de", False, k_de_hausnotruf),
    ("fr_dossier_admission_ehpad", "fr", False, k_fr_dossier_ehpad),
    ("fr_portail_familles", "fr", False, k_fr_portail),
    ("es_informe_ayuda_domicilio", "es", False, k_es_informe_sad),
    ("es_solicitud_dependencia", "es", False, k_es_solicitud),
    ("it_scheda_ingresso_rsa", "it", False, k_it_scheda_rsa),
    ("it_email_adi", "it", False, k_it_email_adi),
    ("pt_registo_apoio_domiciliario", "pt", False, k_pt_registo),
    ("nl_zorgplan_thuiszorg", "nl", False, k_nl_zorgplan),
    ("pl_wniosek_dps", "pl", False, k_pl_dps),
    ("sv_hemtjanst_journal", "sv", False, k_sv_journal),
    ("da_plejehjem_besked", "da", False, k_da_besked),
    ("no_vedtak_hjemmetjenester", "no", False, k_no_vedtak),
    ("fi_kotihoito_kaynti", "fi", False, k_fi_kotihoito),
    ("cs_smlouva_pecovatelska", "cs", False, k_cs_smlouva),
    ("tr_evde_bakim_basvuru", "tr", False, k_tr_form),
    # other languages, no entities
    ("de_hausordnung", "de", True, k_neg_de_hausordnung),
    ("fr_protocole_chute", "fr", True, k_neg_fr_protocole),
    ("es_normas_residencia", "es", True, k_neg_es_normas),
]

# category shares: (english?, empty?) -> probability
_CAT_P = [((True, False), 0.66), ((True, True), 0.09), ((False, False), 0.22), ((False, True), 0.03)]
_BY_CAT = {c: [k for k in KINDS if (k[1] == "en", k[2]) == c] for c, _ in _CAT_P}


def _pick_kind(r):
    u = r.random()
    acc = 0.0
    for cat, p in _CAT_P:
        acc += p
        if u < acc:
            return r.choice(_BY_CAT[cat])
    return r.choice(_BY_CAT[_CAT_P[0][0]])


def _make(seed, i):
    r = random.Random(f"blind65-{seed}-{i}")
    name, lang, empty, fn = _pick_kind(r)
    b = None
    for _ in range(25):
        b = fn(r)
        if len(b) <= MAX_LEN:
            break
    pads = PAD[lang]
    k = 0
    while len(b) < MIN_LEN:
        b.t(("\n" if not b.text().endswith("\n") else "") + pads[k % len(pads)] + "\n")
        k += 1
    text = b.text()
    ents = sorted(({"start": e["start"], "end": e["end"], "type": e["type"]} for e in b.ents),
                  key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind65-{seed}-{i:06d}", "text": text, "entities": ents}
    return name, lang, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]


# ===========================================================================
# validation
# ===========================================================================

_RX = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "URL": re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/[^\s@]*)?"),
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "SLACK_TOKEN": re.compile(r"xox[abposr]-[0-9]{8,}-[A-Za-z0-9-]{8,}|xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]+"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
    "JWT": re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END \1PRIVATE KEY-----"),
    "PHONE_NUMBER": re.compile(r"\+?[0-9()][0-9 ()./-]{5,}[0-9]"),
    "US_SSN": re.compile(r"\d{3}[- ]?\d{2}[- ]?\d{4}"),
}
_NO_TRAIL = ".,;:!?)]}>\"'"
_NO_LEAD = "([{<\"'"


def validate(doc) -> list:
    probs = []
    if not isinstance(doc, dict):
        return ["doc is not a dict"]
    text = doc.get("text")
    ents = doc.get("entities")
    if not isinstance(text, str):
        return ["text is not a string"]
    if not isinstance(ents, list):
        return ["entities is not a list"]
    if not isinstance(doc.get("id"), str) or not doc["id"].startswith("blind65-"):
        probs.append("bad id")
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        probs.append(f"text length {len(text)} outside [{MIN_LEN},{MAX_LEN}]")
    prev_end = -1
    prev_start = -1
    for e in ents:
        s, t, typ = e.get("start"), e.get("end"), e.get("type")
        tag = f"{typ}[{s}:{t}]"
        if not (isinstance(s, int) and isinstance(t, int)):
            probs.append(f"{tag} non-int offsets")
            continue
        if not (0 <= s < t <= len(text)):
            probs.append(f"{tag} out of range")
            continue
        if typ not in TYPESET:
            probs.append(f"{tag} unknown type")
        if s < prev_start:
            probs.append(f"{tag} not sorted")
        if s < prev_end:
            probs.append(f"{tag} overlaps previous span")
        prev_end = max(prev_end, t)
        prev_start = s
        v = text[s:t]
        if v != v.strip():
            probs.append(f"{tag} leading/trailing whitespace {v!r}")
        if typ != "PRIVATE_KEY" and v[-1] in _NO_TRAIL:
            probs.append(f"{tag} trailing punctuation {v!r}")
        if v[0] in _NO_LEAD and not (typ == "PHONE_NUMBER" and v[0] == "("):
            probs.append(f"{tag} leading quote/bracket {v!r}")
        if "\n" in v and typ not in ("ADDRESS", "PRIVATE_KEY"):
            probs.append(f"{tag} contains newline")
        rx = _RX.get(typ)
        if rx and not rx.fullmatch(v):
            probs.append(f"{tag} bad shape {v!r}")
        if typ == "CREDIT_CARD":
            digits = re.sub(r"[ -]", "", v)
            if not (digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)):
                probs.append(f"{tag} not a Luhn-valid PAN {v!r}")
        elif typ == "IBAN_CODE":
            if not iban_ok(v):
                probs.append(f"{tag} IBAN fails mod-97 {v!r}")
        elif typ == "US_SSN":
            if not ssn_ok(v):
                probs.append(f"{tag} invalid SSN {v!r}")
        elif typ == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append(f"{tag} invalid IP {v!r}")
        elif typ == "URL":
            host = re.sub(r"^https?://", "", v).split("/")[0].split(":")[0]
            if "@" in v or re.fullmatch(r"[\d.]+", host) or ":" in host:
                probs.append(f"{tag} URL contains IP or e-mail {v!r}")
        elif typ == "PHONE_NUMBER":
            if sum(c.isdigit() for c in v) < 7:
                probs.append(f"{tag} too few digits {v!r}")
        elif typ == "PERSON":
            if any(c.isdigit() for c in v) or "@" in v:
                probs.append(f"{tag} odd person {v!r}")
        elif typ in ("DATE_TIME", "DATE_OF_BIRTH"):
            if not any(c.isdigit() for c in v):
                probs.append(f"{tag} date without digits {v!r}")
        elif typ == "AWS_SECRET_KEY" and len(v) != 40:
            probs.append(f"{tag} AWS secret not 40 chars")
    return probs


# ===========================================================================
# CLI
# ===========================================================================

def _check(n=3000, seed=0) -> int:
    from collections import Counter
    kinds, langs, types = Counter(), Counter(), Counter()
    nprob = 0
    empty = 0
    lens = []
    for i in range(n):
        name, lang, doc = _make(seed, i)
        kinds[name] += 1
        langs[lang] += 1
        lens.append(len(doc["text"]))
        if not doc["entities"]:
            empty += 1
        for e in doc["entities"]:
            types[e["type"]] += 1
        ps = validate(doc)
        kd = {k[0]: k for k in KINDS}[name]
        if kd[2] and doc["entities"]:
            ps.append("empty kind produced entities")
        if not kd[2] and not doc["entities"]:
            ps.append("entity kind produced no entities")
        for p in ps:
            nprob += 1
            if nprob <= 40:
                print(f"PROBLEM {doc['id']} ({name}): {p}")
    missing = [t for t in TYPES if not types[t]]
    unused = [k[0] for k in KINDS if not kinds[k[0]]]
    print(f"docs: {n}  kinds defined: {len(KINDS)}  kinds used: {len(kinds)}")
    print(f"non-English: {100 * (n - langs['en']) / n:.1f}%  no-entity docs: {100 * empty / n:.1f}%  "
          f"length min/avg/max: {min(lens)}/{sum(lens) // n}/{max(lens)}")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("entities per type:")
    for t in TYPES:
        print(f"  {t:<22}{types[t]:>7}")
    if missing:
        print(f"PROBLEM missing types: {missing}")
        nprob += len(missing)
    if unused:
        print(f"PROBLEM unused kinds: {unused}")
        nprob += len(unused)
    if len(KINDS) < 57:
        print("PROBLEM fewer than 57 kinds")
        nprob += 1
    print(f"problems: {nprob}")
    return 1 if nprob else 0


def _sample(k, seed=0):
    for i in range(k):
        name, lang, doc = _make(seed, i)
        print("=" * 78)
        print(f"{doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  {e['type']:<22}{e['start']:>5}-{e['end']:<5} {doc['text'][e['start']:e['end']]!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 65 -- home care, elder care and social care.")
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
