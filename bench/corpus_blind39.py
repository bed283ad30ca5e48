"""Blind synthetic corpus #39 -- insurance of every kind.

Domains covered (English and German, French, Spanish, Italian, Portuguese,
Dutch and Polish documents): property & casualty, auto, home/contents, travel,
life, pet, cyber and workers' compensation insurance.  Document kinds include
first-notice-of-loss call transcripts, adjuster diary notes, claim forms,
police/accident reports attached to claims, body-shop repair estimates,
subrogation and demand letters, underwriting questionnaires, policy
declarations, renewal notices, broker e-mails, SIU fraud-investigation memos,
medical-payments and workers' comp claims (HL7, FHIR, X12), claims-system
JSON/CSV exports, ACORD-like certificates, ICS/vCard attachments, chat and SMS
threads, OCR'd scans, and insurer IT artefacts (YAML/.env/Kubernetes secrets,
logs, curl snippets, diffs) carrying credentials.  About 12% of documents carry
no labelled entity but are dense with hard negatives (claim/policy numbers,
VINs, plates, amounts, codes, masked values, log timestamps, ${VAR} refs...).

Corpus-specific decisions (where the conventions are silent):
* Policy numbers of non-health lines (auto, home, life, travel, pet, WC) are
  treated like claim numbers: NOT labelled.  Health-plan member / subscriber /
  policy ids are HEALTH_PLAN_NUMBER.  Insurer billing/customer account numbers,
  bank accounts and mortgage/auto loan account numbers are ACCOUNT_NUMBER.
* X12 NM1 name elements (separate data elements) are separate PERSON spans.
* vCard ADR: the span starts at the first non-empty component.
* German "Uhr", French "14h30" are part of the DATE_TIME span.

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

# short aliases used by the templates
P, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADDR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKID, ASK, GHT, SLK, STR, JWT_, PEM, PWD, SEC = (
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET")


# ---------------------------------------------------------------------------
# document builder: text is appended piece by piece, offsets recorded on append
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.ents: list[dict] = []

    def w(self, *parts) -> "Doc":
        """Append parts. A str is plain text; a (value, TYPE) tuple is a span
        (TYPE None = plain)."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                val, typ = p
                if typ is None:
                    self._t(val)
                    continue
                if not val or val != val.strip():
                    raise ValueError(f"bad span value {val!r} for {typ}")
                self.ents.append({"start": self.n, "end": self.n + len(val), "type": typ})
                self._t(val)
            else:
                self._t(p)
        return self

    def _t(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def text(self) -> str:
        return "".join(self.buf)


# ---------------------------------------------------------------------------
# checksum helpers
# ---------------------------------------------------------------------------
def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, n in enumerate(reversed(digits)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(v: str) -> bool:
    digits = "".join(c for c in v if c.isdigit())
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area == "000" or area == "666" or area[0] == "9":
        return False
    return group != "00" and serial != "0000"


_VIN_MAP = {**{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
            "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
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
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
}

# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
FIRST = {
    "en": ["James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "David", "Patricia",
           "Carlos", "Aisha", "Wei", "Priya", "Darnell", "Keisha", "Tyler", "Brittany",
           "Hannah", "Ethan", "Olivia", "Noah", "Sophia", "Mateo", "Fatima", "Jamal",
           "Emily", "Daniel", "Grace", "Samuel", "Chloe", "Dmitri", "Kevin", "Rachel",
           "Marcus", "Tanya", "Connor", "Megan", "Luis", "Rosa", "Andre", "Yusuf", "Mei",
           "Hiroshi", "Ana", "Bridget", "Declan", "Sean", "Latoya", "Brandon", "Heather",
           "Trevor", "Imani", "Ravi", "Colleen", "Dustin", "Shonda", "Gabriel"],
    "de": ["Thomas", "Andreas", "Stefan", "Michael", "Jürgen", "Sabine", "Claudia", "Katrin",
           "Anna", "Lena", "Lukas", "Jonas", "Felix", "Julia", "Sophie", "Markus", "Birgit",
           "Uwe", "Petra", "Monika", "Tobias", "Jan", "Laura", "Hannah", "Leonie",
           "Maximilian", "Dieter", "Heike", "Ursula", "Wolfgang", "Emre", "Ayşe"],
    "fr": ["Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Isabelle", "Camille", "Julien",
           "Céline", "Antoine", "Élodie", "Mathieu", "Nathalie", "Thomas", "Léa", "Hugo",
           "Chloé", "François", "Amélie", "Sébastien", "Aurélie", "Karim", "Inès", "Yannick"],
    "es": ["José", "María", "Antonio", "Carmen", "Manuel", "Lucía", "Francisco", "Laura",
           "David", "Marta", "Javier", "Elena", "Alejandro", "Sofía", "Pablo", "Isabel",
           "Sergio", "Cristina", "Raúl", "Pilar", "Álvaro", "Nuria"],
    "it": ["Giuseppe", "Maria", "Marco", "Giulia", "Luca", "Francesca", "Alessandro",
           "Chiara", "Andrea", "Sara", "Matteo", "Valentina", "Lorenzo", "Elena", "Davide",
           "Federica", "Stefano", "Paola", "Roberto", "Anna", "Simone", "Martina"],
    "pt": ["João", "Maria", "Ana", "Pedro", "Tiago", "Inês", "Rui", "Sofia", "Miguel",
           "Beatriz", "Carlos", "Mariana", "Nuno", "Catarina", "Ricardo", "Joana", "Paulo",
           "Rita", "Luís", "Teresa"],
    "nl": ["Jan", "Pieter", "Sanne", "Lotte", "Daan", "Emma", "Bram", "Femke", "Ruben",
           "Anouk", "Thijs", "Eva", "Sven", "Iris", "Joost", "Marieke", "Willem", "Noor"],
    "pl": ["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Małgorzata", "Paweł",
           "Agnieszka", "Michał", "Magdalena", "Marcin", "Joanna", "Łukasz", "Ewa", "Jakub",
           "Monika"],
}
LAST = {
    "en": ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Martinez", "Rodriguez",
           "Nguyen", "Patel", "Kim", "O'Brien", "Washington", "Jackson", "Thompson", "Murphy",
           "Kowalski", "Schneider", "Rossi", "Okafor", "Haddad", "Chen", "Lee", "Walker",
           "Hernandez", "Lopez", "Gonzalez", "Anderson", "Taylor", "Moore", "Clark", "Lewis",
           "Robinson", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
           "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
           "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart", "Flores",
           "Morris", "Nakamura", "Singh", "Abernathy", "McAllister", "Delgado",
           "Fitzgerald", "Vasquez", "Sullivan", "Brennan", "Oyelaran", "Szabo", "Lindqvist"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
           "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
           "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
           "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Yılmaz",
           "Kowalczyk"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
           "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
           "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Lambert", "Bonnet",
           "Mercier", "Benali", "Faure", "Rousseau"],
    "es": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
           "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
           "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez",
           "Ortega", "Castillo"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
           "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
           "Martins", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques",
           "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
           "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
           "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"],
    "pl": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
           "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"],
}

FEMALE = {
    "Maria", "Jennifer", "Linda", "Patricia", "Aisha", "Priya", "Keisha", "Brittany", "Hannah", "Olivia", "Sophia",
    "Fatima", "Emily", "Grace", "Chloe", "Rachel", "Tanya", "Megan", "Rosa", "Mei", "Ana", "Bridget", "Latoya",
    "Heather", "Imani", "Colleen", "Shonda", "Sabine", "Claudia", "Katrin", "Anna", "Lena", "Julia", "Sophie",
    "Birgit", "Petra", "Monika", "Laura", "Leonie", "Heike", "Ursula", "Ayşe", "Marie", "Isabelle", "Camille",
    "Céline", "Élodie", "Nathalie", "Léa", "Chloé", "Amélie", "Aurélie", "Inès", "María", "Carmen", "Lucía",
    "Marta", "Elena", "Sofía", "Isabel", "Cristina", "Pilar", "Nuria", "Giulia", "Francesca", "Chiara", "Sara",
    "Valentina", "Federica", "Paola", "Martina", "Beatriz", "Mariana", "Catarina", "Joana", "Rita", "Teresa",
    "Sofia", "Sanne", "Lotte", "Emma", "Femke", "Anouk", "Eva", "Iris", "Marieke", "Noor", "Katarzyna",
    "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Ewa",
}

US_CITIES = [
    ("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("Buffalo", "NY", "142"),
    ("Los Angeles", "CA", "900"), ("San Diego", "CA", "921"), ("Sacramento", "CA", "958"),
    ("San Jose", "CA", "951"), ("Houston", "TX", "770"), ("Dallas", "TX", "752"),
    ("Austin", "TX", "787"), ("San Antonio", "TX", "782"), ("Miami", "FL", "331"),
    ("Tampa", "FL", "336"), ("Orlando", "FL", "328"), ("Jacksonville", "FL", "322"),
    ("Chicago", "IL", "606"), ("Springfield", "IL", "627"), ("Columbus", "OH", "432"),
    ("Cleveland", "OH", "441"), ("Cincinnati", "OH", "452"), ("Philadelphia", "PA", "191"),
    ("Pittsburgh", "PA", "152"), ("Detroit", "MI", "482"), ("Grand Rapids", "MI", "495"),
    ("Seattle", "WA", "981"), ("Spokane", "WA", "992"), ("Atlanta", "GA", "303"),
    ("Savannah", "GA", "314"), ("Newark", "NJ", "071"), ("Trenton", "NJ", "086"),
    ("Phoenix", "AZ", "850"), ("Tucson", "AZ", "857"), ("Boston", "MA", "021"),
    ("Worcester", "MA", "016"), ("Denver", "CO", "802"), ("Boulder", "CO", "803"),
    ("Charlotte", "NC", "282"), ("Raleigh", "NC", "276"), ("Nashville", "TN", "372"),
    ("Memphis", "TN", "381"), ("Minneapolis", "MN", "554"), ("Kansas City", "MO", "641"),
    ("St. Louis", "MO", "631"), ("Portland", "OR", "972"), ("Las Vegas", "NV", "891"),
    ("Baltimore", "MD", "212"), ("Richmond", "VA", "232"), ("Omaha", "NE", "681"),
    ("Tulsa", "OK", "741"), ("Louisville", "KY", "402"), ("New Orleans", "LA", "701"),
    ("Albuquerque", "NM", "871"), ("Salt Lake City", "UT", "841"), ("Milwaukee", "WI", "532"),
    ("Hartford", "CT", "061"), ("Providence", "RI", "029"), ("Des Moines", "IA", "503"),
    ("Boise", "ID", "837"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"),
]
STATE_NAMES = {
    "NY": "New York", "CA": "California", "TX": "Texas", "FL": "Florida", "IL": "Illinois",
    "OH": "Ohio", "PA": "Pennsylvania", "MI": "Michigan", "WA": "Washington", "GA": "Georgia",
    "NJ": "New Jersey", "AZ": "Arizona", "MA": "Massachusetts", "CO": "Colorado",
    "NC": "North Carolina", "TN": "Tennessee", "MN": "Minnesota", "MO": "Missouri",
    "OR": "Oregon", "NV": "Nevada", "MD": "Maryland", "VA": "Virginia", "NE": "Nebraska",
    "OK": "Oklahoma", "KY": "Kentucky", "LA": "Louisiana", "NM": "New Mexico", "UT": "Utah",
    "WI": "Wisconsin", "CT": "Connecticut", "RI": "Rhode Island", "IA": "Iowa", "ID": "Idaho",
    "AK": "Alaska", "HI": "Hawaii",
}
AREA_CODES = {
    "NY": ["212", "718", "716", "917"], "CA": ["213", "619", "916", "408", "310"],
    "TX": ["713", "214", "512", "210"], "FL": ["305", "813", "407", "904"],
    "IL": ["312", "773", "217"], "OH": ["614", "216", "513"], "PA": ["215", "412"],
    "MI": ["313", "616"], "WA": ["206", "509"], "GA": ["404", "912"], "NJ": ["973", "609"],
    "AZ": ["602", "520"], "MA": ["617", "508"], "CO": ["303", "720"], "NC": ["704", "919"],
    "TN": ["615", "901"], "MN": ["612"], "MO": ["816", "314"], "OR": ["503"], "NV": ["702"],
    "MD": ["410"], "VA": ["804"], "NE": ["402"], "OK": ["918"], "KY": ["502"], "LA": ["504"],
    "NM": ["505"], "UT": ["801"], "WI": ["414"], "CT": ["860"], "RI": ["401"], "IA": ["515"],
    "ID": ["208"], "AK": ["907"], "HI": ["808"],
}
STREETS_EN = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Lake", "Hill", "Park", "Main", "Church",
              "High", "Sunset", "Ridge", "Willow", "Chestnut", "Walnut", "Spring", "River",
              "Meadow", "Highland", "Forest", "Cherry", "Birch", "Dogwood", "Magnolia",
              "Harbor", "Prospect", "Summit", "Valley", "Orchard", "Juniper", "Sycamore",
              "Quail Run", "Fox Hollow", "Brookside", "Cottonwood", "Laurel", "Hawthorne"]
SUFFIX_EN = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln",
             "Lane", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir"]

FOREIGN = {
    "de": {"cities": [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"),
                      ("Köln", "50667"), ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"),
                      ("Düsseldorf", "40213"), ("Leipzig", "04109"), ("Dresden", "01067"),
                      ("Hannover", "30159"), ("Nürnberg", "90402"), ("Bremen", "28195"),
                      ("Mainz", "55116"), ("Freiburg im Breisgau", "79098")],
           "streets": ["Hauptstraße", "Lindenstraße", "Bahnhofstraße", "Goethestraße",
                       "Schillerstraße", "Gartenweg", "Bergstraße", "Am Markt", "Rosenweg",
                       "Kirchplatz", "Friedrichstraße", "Mozartstraße", "Eichendorffweg"],
           "country": "Deutschland"},
    "fr": {"cities": [("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13006"),
                      ("Toulouse", "31000"), ("Nantes", "44000"), ("Bordeaux", "33000"),
                      ("Lille", "59000"), ("Strasbourg", "67000"), ("Nice", "06000"),
                      ("Rennes", "35000"), ("Montpellier", "34000"), ("Grenoble", "38000")],
           "streets": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire",
                       "rue Victor Hugo", "place de la République", "rue de la Paix",
                       "allée des Tilleuls", "chemin des Vignes", "rue Nationale",
                       "avenue de la Gare", "impasse des Acacias"],
           "country": "France"},
    "es": {"cities": [("Madrid", "28013"), ("Barcelona", "08001"), ("Valencia", "46001"),
                      ("Sevilla", "41001"), ("Zaragoza", "50001"), ("Málaga", "29001"),
                      ("Bilbao", "48001"), ("Alicante", "03001"), ("Valladolid", "47001"),
                      ("Granada", "18001")],
           "streets": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución",
                       "Calle Real", "Paseo de Gracia", "Calle San Vicente",
                       "Avenida del Puerto", "Calle Larios", "Calle de Toledo"],
           "country": "España"},
    "it": {"cities": [("Milano", "20121", "MI"), ("Roma", "00184", "RM"),
                      ("Torino", "10121", "TO"), ("Napoli", "80133", "NA"),
                      ("Bologna", "40121", "BO"), ("Firenze", "50123", "FI"),
                      ("Genova", "16121", "GE"), ("Verona", "37121", "VR"),
                      ("Padova", "35121", "PD"), ("Bari", "70121", "BA")],
           "streets": ["Via Roma", "Corso Vittorio Emanuele II", "Piazza Garibaldi",
                       "Viale Monza", "Via Dante", "Via Mazzini", "Via Nazionale",
                       "Corso Buenos Aires", "Via dei Mille", "Via XX Settembre"],
           "country": "Italia"},
    "pt": {"cities": [("Lisboa", "1100-053"), ("Porto", "4000-322"), ("Braga", "4700-035"),
                      ("Coimbra", "3000-150"), ("Faro", "8000-138"), ("Setúbal", "2900-280"),
                      ("Aveiro", "3810-064"), ("Funchal", "9000-060")],
           "streets": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina",
                       "Rua do Carmo", "Avenida da República", "Travessa do Fala-Só",
                       "Rua Direita", "Largo do Rato"],
           "country": "Portugal"},
    "nl": {"cities": [("Amsterdam", "1016 DV"), ("Rotterdam", "3011 AA"), ("Utrecht", "3511 LN"),
                      ("Den Haag", "2511 CV"), ("Eindhoven", "5611 EM"), ("Groningen", "9711 LM"),
                      ("Haarlem", "2011 RD"), ("Nijmegen", "6511 KL")],
           "streets": ["Keizersgracht", "Hoofdstraat", "Dorpsstraat", "Kerkstraat",
                       "Stationsweg", "Prinsengracht", "Molenweg", "Julianalaan"],
           "country": "Nederland"},
    "pl": {"cities": [("Warszawa", "00-514"), ("Kraków", "31-042"), ("Wrocław", "50-077"),
                      ("Poznań", "61-772"), ("Gdańsk", "80-831"), ("Łódź", "90-001"),
                      ("Lublin", "20-001"), ("Katowice", "40-001")],
           "streets": ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "ul. Floriańska",
                       "al. Jerozolimskie", "ul. Świętojańska", "ul. Kościuszki"],
           "country": "Polska"},
}
ABROAD = {  # travel destinations (city, country) in English
    "en": [("Lisbon", "Portugal"), ("Cancún", "Mexico"), ("Rome", "Italy"), ("Paris", "France"),
           ("Barcelona", "Spain"), ("Reykjavik", "Iceland"), ("Bangkok", "Thailand"),
           ("Tokyo", "Japan"), ("Dublin", "Ireland"), ("Athens", "Greece"),
           ("Cape Town", "South Africa"), ("Zermatt", "Switzerland"), ("Cusco", "Peru"),
           ("Bali", "Indonesia"), ("Vancouver", "Canada"), ("Marrakesh", "Morocco")],
}
IATA = ["JFK", "LAX", "ORD", "ATL", "DFW", "SEA", "MIA", "BOS", "LHR", "CDG", "FRA", "MAD",
        "FCO", "LIS", "AMS", "WAW", "MUC", "BCN", "CUN", "NRT", "BKK", "KEF", "DUB", "ATH"]
AIRLINES = ["DL", "UA", "AA", "LH", "AF", "IB", "AZ", "TP", "KL", "LO", "BA", "B6"]

CARS = ["Toyota Camry", "Honda Civic", "Ford F-150", "Chevrolet Silverado", "Nissan Altima",
        "Subaru Outback", "Tesla Model 3", "Jeep Grand Cherokee", "Hyundai Elantra",
        "Kia Sorento", "BMW 330i", "Volkswagen Jetta", "Honda CR-V", "Toyota RAV4",
        "Ram 1500", "Mazda CX-5", "GMC Sierra", "Dodge Charger", "Lexus RX 350"]
CARS_EU = ["VW Golf", "Opel Astra", "Renault Clio", "Peugeot 308", "Fiat Panda", "Seat Ibiza",
           "Škoda Octavia", "BMW 320d", "Mercedes-Benz C 200", "Toyota Yaris", "Dacia Sandero",
           "Citroën C3", "Audi A4", "Volvo V60", "Kia Ceed"]
VIN_WMI = ["1HG", "1FT", "2T1", "JTD", "5YJ", "WBA", "WVW", "3VW", "KMH", "1C4", "4T1", "JN1",
           "5XY", "VF1", "ZFA", "VSS", "TMB", "1G1", "2HG", "WDD"]

INSURERS = [("Northwind Mutual", "northwindmutual.com"),
            ("Harborline Assurance", "harborline-assurance.com"),
            ("Keystone Casualty Group", "keystonecas.com"),
            ("Summit Peak Insurance", "summitpeakins.com"),
            ("Ironclad Indemnity", "ironclad-indemnity.com"),
            ("Granite Shield P&C", "graniteshield.com"),
            ("Sentinel Auto Insurance", "sentinelauto.com"),
            ("Oakbridge Home & Auto", "oakbridgeins.com"),
            ("Meridian Specialty", "meridianspecialty.com")]
LIFE_INSURERS = [("Evergreen Life & Annuity", "evergreenlife.com"),
                 ("Beacon Life Company", "beaconlife.com"),
                 ("Lighthouse Mutual Life", "lighthousemutual.com")]
PET_INSURERS = [("Pawsure Pet Insurance", "pawsure.com"), ("TailWag Protect", "tailwagprotect.com")]
TRAVEL_INSURERS = [("TrailGuard Travel Protection", "trailguard-travel.com"),
                   ("Wayfarer Assist", "wayfarerassist.com")]
HEALTH_PLANS = ["Aetna", "Cigna", "UnitedHealthcare", "Humana", "Anthem Blue Cross",
                "Kaiser Permanente", "Blue Shield"]
BANKS = ["Chase", "Wells Fargo", "Bank of America", "U.S. Bank", "PNC Bank", "Truist",
         "Citizens Bank", "Fifth Third Bank", "Ally Bank", "Navy Federal Credit Union"]
BODY_SHOPS = ["Precision Collision Center", "Hartley & Sons Auto Body", "Caliber-Fix Collision",
              "Maaco Auto Painting", "Gerber Collision & Glass", "Apex Paint & Body",
              "Doyle Brothers Body Works", "ProFinish Autobody"]
HOSPITALS = ["Mercy General Hospital", "Summit Orthopedics", "Riverbend Medical Center",
             "Good Samaritan Hospital", "Northside Urgent Care", "Unity Health Clinic",
             "Sacred Heart Medical Center", "Valley Regional Hospital"]
VET_CLINICS = ["Banfield Pet Hospital", "VCA Animal Hospital", "Happy Tails Veterinary Clinic",
               "BluePearl Specialty + Emergency", "Whisker & Paw Vet Care"]
PET_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Charlie", "Milo", "Daisy", "Cooper", "Pepper",
             "Rocky", "Mochi", "Ziggy", "Nala", "Oliver", "Waffles", "Kiwi"]
BREEDS = ["Golden Retriever", "French Bulldog", "Labrador Retriever", "Maine Coon",
          "Dachshund", "German Shepherd", "Siamese", "Beagle", "Cavalier King Charles Spaniel",
          "domestic shorthair", "Border Collie", "Pug"]
DRUGS = ["ibuprofen 800 mg", "cyclobenzaprine 10 mg", "oxycodone/APAP 5/325", "naproxen 500 mg",
         "tramadol 50 mg", "gabapentin 300 mg", "methylprednisolone dose pack",
         "lidocaine 5% patch", "amoxicillin 500 mg", "meloxicam 15 mg"]
VET_DRUGS = ["Apoquel", "Carprofen", "Cerenia", "Convenia", "Gabapentin", "Simparica Trio",
             "Metronidazole", "Clavamox", "Galliprant"]
ICD10 = [("S13.4XXA", "sprain of ligaments of cervical spine"),
         ("S39.012A", "strain of muscle of lower back"),
         ("S52.521A", "torus fracture of lower end of right radius"),
         ("S83.511A", "sprain of ACL of right knee"),
         ("S06.0X0A", "concussion without loss of consciousness"),
         ("M54.5", "low back pain"), ("S61.412A", "laceration of left hand"),
         ("S93.401A", "sprain of right ankle"), ("T31.0", "burns involving <10% of body surface"),
         ("S20.211A", "contusion of right front wall of thorax")]
CPT = [("99283", "ED visit, moderate"), ("99213", "office visit, est. patient"),
       ("72040", "x-ray cervical spine"), ("73110", "x-ray wrist, 3 views"),
       ("97110", "therapeutic exercise"), ("97140", "manual therapy"),
       ("12002", "simple repair of wound 2.6-7.5 cm"), ("70450", "CT head w/o contrast"),
       ("29125", "application of short arm splint"), ("97014", "electrical stimulation")]


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


class Person:
    def __init__(self, first: str, last: str, mi: str, loc: str, last2: str = "") -> None:
        self.first, self.last, self.mi, self.loc, self.last2 = first, last, mi, loc, last2

    @property
    def full(self) -> str:
        if self.last2:
            return f"{self.first} {self.last} {self.last2}"
        return f"{self.first} {self.last}"

    @property
    def female(self) -> bool:
        return self.first in FEMALE

    def hon(self, male: str, female: str) -> str:
        return female if self.female else male

    @property
    def surname(self) -> str:
        return f"{self.last} {self.last2}" if self.last2 else self.last

    @property
    def mid(self) -> str:
        return f"{self.first} {self.mi}. {self.last}" if self.loc == "en" else self.full

    @property
    def lf(self) -> str:
        return f"{self.surname}, {self.first}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    def styled(self, r: random.Random) -> str:
        x = r.random()
        if x < 0.55:
            return self.full
        if x < 0.75:
            return self.mid
        if x < 0.9:
            return self.lf
        return self.caps


class Addr:
    """Structured address with locale-aware formatting."""

    def __init__(self, loc, street, unit, city, region, postcode, country):
        self.loc, self.street, self.unit, self.city = loc, street, unit, city
        self.region, self.postcode, self.country = region, postcode, country

    @property
    def line1(self) -> str:
        if self.unit and self.loc == "en":
            return f"{self.street}, {self.unit}"
        if self.unit:
            return f"{self.street}, {self.unit}"
        return self.street

    def city_line(self) -> str:
        l = self.loc
        if l == "en":
            return f"{self.city}, {self.region} {self.postcode}"
        if l == "it":
            return f"{self.postcode} {self.city} ({self.region})"
        if l == "pt":
            return f"{self.postcode} {self.city}"
        if l == "nl":
            return f"{self.postcode} {self.city}"
        return f"{self.postcode} {self.city}"

    def one_line(self, country: bool = False) -> str:
        s = f"{self.line1}, {self.city_line()}"
        if country:
            s += ", " + self.country
        return s

    def block(self, country: bool = False) -> str:
        s = f"{self.line1}\n{self.city_line()}"
        if country:
            s += "\n" + self.country
        return s


class G:
    """Random value factory bound to one document's RNG and a locale."""

    def __init__(self, r: random.Random, loc: str = "en") -> None:
        self.r = r
        self.loc = loc

    # --- basic -----------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def hm(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.hm()}:{self.r.randint(0, 59):02d}"

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def upper(self, n: int) -> str:
        return self.alnum(n, string.ascii_uppercase)

    # --- people ----------------------------------------------------------
    def person(self, loc: str | None = None) -> Person:
        loc = loc or self.loc
        first = self.pick(FIRST[loc])
        last = self.pick(LAST[loc])
        last2 = ""
        if loc == "es" and self.chance(0.6):
            last2 = self.pick([x for x in LAST["es"] if x != last])
        if loc == "pt" and self.chance(0.5):
            last2 = self.pick([x for x in LAST["pt"] if x != last])
        if loc == "pl" and first in FEMALE and last.endswith("ki"):
            last = last[:-1] + "a"
        return Person(first, last, self.pick(string.ascii_uppercase.replace("X", "")), loc, last2)

    def email(self, p: Person | None = None, domain: str | None = None) -> str:
        if p is None:
            p = self.person()
        f = ascii_fold(p.first).lower().replace(" ", "")
        l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        dom = domain or self.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                                   "hotmail.com", "aol.com", "comcast.net", "protonmail.com"]
                                  if self.loc == "en" else EMAIL_DOMAINS.get(self.loc, ["gmail.com"]))
        style = self.r.randint(0, 5)
        local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{self.r.randint(1, 99)}", f"{l}.{f}",
                 f"{f}_{l}", f"{f}.{l[0]}"][style]
        return f"{local}@{dom}"

    # --- addresses -------------------------------------------------------
    def addr(self, loc: str | None = None, unit_p: float = 0.3, state: str | None = None) -> Addr:
        loc = loc or self.loc
        r = self.r
        if loc == "en":
            city, st, z3 = self.pick([c for c in US_CITIES if state in (None, c[1])])
            num = str(r.randint(10, 9899))
            pre = self.pick(["", "", "", "N ", "S ", "E ", "W "])
            street = f"{num} {pre}{self.pick(STREETS_EN)} {self.pick(SUFFIX_EN)}"
            unit = self.pick(["Apt 3B", "Unit 12", "Apt. 204", "#7", "Suite 410", "Apt 2",
                              "Unit C", "Apt 15F"]) if self.chance(unit_p) else ""
            z = z3 + self.digits(2)
            if self.chance(0.15):
                z += "-" + self.digits(4)
            return Addr(loc, street, unit, city, st, z, "USA")
        f = FOREIGN[loc]
        c = self.pick(f["cities"])
        st = self.pick(f["streets"])
        n = r.randint(1, 180)
        unit = ""
        if loc == "de":
            street = f"{st} {n}{self.pick(['', '', '', 'a', 'b'])}"
        elif loc == "fr":
            street = f"{n}{self.pick(['', '', '', ' bis'])} {st}"
            if self.chance(unit_p):
                unit = self.pick(["Bât. B", "Appt 12", "Résidence Les Pins, Esc. 3"])
        elif loc == "es":
            street = f"{st} {n}"
            if self.chance(0.6):
                unit = self.pick(["3º B", "2º izda.", "1º A", "4º dcha.", "Bajo"])
        elif loc == "it":
            street = f"{st} {n}"
            if self.chance(unit_p):
                unit = self.pick(["int. 5", "scala B", "piano 3"])
        elif loc == "pt":
            street = f"{st} {n}"
            if self.chance(0.5):
                unit = self.pick(["2.º Esq.", "4.º Dto.", "R/C", "1.º Frente"])
        elif loc == "nl":
            street = f"{st} {n}{self.pick(['', '', '-2', ' A', '-hs'])}"
        else:  # pl
            street = f"{st} {n}"
            if self.chance(0.6):
                street += f"/{r.randint(1, 80)}"
        region = c[2] if len(c) > 2 else ""
        return Addr(loc, street, unit, c[0], region, c[1], f["country"])

    def city(self, loc: str | None = None, state: str | None = None) -> str:
        loc = loc or self.loc
        if loc == "en":
            c, st, _ = self.pick([c for c in US_CITIES if state in (None, c[1])])
            return self.pick([f"{c}, {st}", f"{c}, {st}", c, f"{c}, {STATE_NAMES[st]}"])
        return self.pick(FOREIGN[loc]["cities"])[0]

    # --- phones ----------------------------------------------------------
    def phone(self, loc: str | None = None, state: str | None = None, style: int | None = None) -> str:
        loc = loc or self.loc
        r = self.r
        if loc == "en":
            ac = self.pick(AREA_CODES.get(state or "", []) or sum(AREA_CODES.values(), []))
            ex = str(r.randint(201, 989))
            if ex.endswith("11"):
                ex = ex[:2] + "2"
            ln = self.digits(4)
            s = r.randint(0, 5) if style is None else style
            return [f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}",
                    f"+1 {ac}-{ex}-{ln}", f"1-{ac}-{ex}-{ln}", f"({ac}) {ex}-{ln}"][s]
        if loc == "de":
            if self.chance(0.5):
                pre = self.pick(["151", "160", "170", "171", "176", "152"])
                num = self.digits(7)
                return self.pick([f"0{pre} {num}", f"+49 {pre} {num}", f"0{pre}/{num}"])
            ac = self.pick(["30", "40", "89", "221", "69", "711", "211", "341"])
            num = self.digits(8 - len(ac) + 2)
            return self.pick([f"0{ac} {num}", f"+49 {ac} {num}", f"(0{ac}) {num[:3]} {num[3:]}",
                              f"+49 (0){ac} {num}"])
        if loc == "fr":
            first = self.pick(["1", "2", "3", "4", "5", "6", "7", "9"])
            g = [self.digits(2) for _ in range(4)]
            return self.pick([f"0{first} {' '.join(g)}", f"+33 {first} {' '.join(g)}",
                              f"0{first}.{'.'.join(g)}", f"+33 (0){first} {' '.join(g)}"])
        if loc == "es":
            if self.chance(0.5):
                n = self.pick(["6", "7"]) + self.digits(8)
                return self.pick([f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}",
                                  f"{n[:3]} {n[3:6]} {n[6:]}"])
            n = "9" + self.pick(["1", "3", "5", "6"]) + self.digits(7)
            return self.pick([f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}"])
        if loc == "it":
            if self.chance(0.5):
                n = "3" + self.pick(["33", "35", "39", "47", "48", "49"]) + self.digits(7)
                return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:]}",
                                  f"{n[:3]}-{n[3:]}"])
            ac = self.pick(["02", "06", "011", "081", "051", "055"])
            n = self.digits(10 - len(ac))
            return self.pick([f"{ac} {n[:4]} {n[4:]}", f"+39 {ac} {n}", f"{ac}/{n}"])
        if loc == "pt":
            if self.chance(0.5):
                n = "9" + self.pick(["1", "2", "3", "6"]) + self.digits(7)
            else:
                n = "2" + self.pick(["1", "2", "3", "5"]) + self.digits(7)
            return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n[:3]} {n[3:6]} {n[6:]}",
                              f"+351 {n}"])
        if loc == "nl":
            if self.chance(0.5):
                n = self.digits(8)
                return self.pick([f"06-{n}", f"+31 6 {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
            ac = self.pick(["20", "10", "30", "70", "40", "50"])
            n = self.digits(7)
            return self.pick([f"0{ac}-{n}", f"+31 {ac} {n[:3]} {n[3:]}", f"0{ac} {n[:3]} {n[3:]}"])
        # pl
        if self.chance(0.5):
            n = self.pick(["5", "6", "7", "8"]) + self.digits(8)
            return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                              f"{n[:3]}-{n[3:6]}-{n[6:]}"])
        ac = self.pick(["22", "12", "71", "61", "58", "42"])
        n = self.digits(7)
        return self.pick([f"+48 {ac} {n[:3]} {n[3:5]} {n[5:]}", f"({ac}) {n[:3]} {n[3:5]} {n[5:]}"])

    def tollfree(self) -> str:
        p = self.pick(["800", "888", "877", "866", "855", "844"])
        ex, ln = str(self.r.randint(200, 989)), self.digits(4)
        return self.pick([f"1-{p}-{ex}-{ln}", f"({p}) {ex}-{ln}", f"{p}-{ex}-{ln}", f"1 ({p}) {ex}-{ln}"])

    # --- dates -----------------------------------------------------------
    def date(self, start: int = 2023, end: int = 2025) -> dt.date:
        a = dt.date(start, 1, 1).toordinal()
        b = dt.date(end, 12, 28).toordinal()
        return dt.date.fromordinal(self.r.randint(a, b))

    def dob(self, start: int = 1942, end: int = 2004) -> dt.date:
        return self.date(start, end)

    def fdate(self, d: dt.date, loc: str | None = None, style: int | None = None,
              weekday: bool = False) -> str:
        loc = loc or self.loc
        m = MONTHS[loc][d.month - 1]
        r = self.r
        if loc == "en":
            s = r.randint(0, 5) if style is None else style
            out = [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{m} {d.day}, {d.year}",
                   f"{m[:3]} {d.day}, {d.year}", d.isoformat(), f"{d.month}/{d.day}/{d.year}",
                   f"{d.day} {m} {d.year}"][s]
            if weekday and s in (1, 2):
                out = f"{WEEKDAYS['en'][d.weekday()]}, {out}"
            return out
        s = r.randint(0, 2) if style is None else style
        if loc == "de":
            out = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {m} {d.year}",
                   f"{d.day}.{d.month}.{d.year}"][s]
        elif loc == "fr":
            dd = "1er" if d.day == 1 else str(d.day)
            out = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{dd} {m} {d.year}",
                   f"{d.day:02d}/{d.month:02d}/{d.year}"][s]
        elif loc == "es":
            out = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}",
                   f"{d.day:02d}-{d.month:02d}-{d.year}"][s]
        elif loc == "it":
            out = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}",
                   f"{d.day:02d}.{d.month:02d}.{d.year}"][s]
        elif loc == "pt":
            out = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}",
                   f"{d.day:02d}-{d.month:02d}-{d.year}"][s]
        elif loc == "nl":
            out = [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {m} {d.year}",
                   f"{d.day}-{d.month}-{d.year}"][s]
        else:
            out = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {m} {d.year}",
                   f"{d.day:02d}.{d.month:02d}.{d.year}"][s]
        if weekday and s == 1:
            wd = WEEKDAYS[loc][d.weekday()]
            out = f"{wd.capitalize() if loc == 'de' else wd}, {out}"
        return out

    def ftime(self, loc: str | None = None, h: int | None = None, mi: int | None = None) -> str:
        loc = loc or self.loc
        h = self.r.randint(6, 21) if h is None else h
        mi = self.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]) if mi is None else mi
        if loc == "en":
            if self.chance(0.7):
                hh = h % 12 or 12
                return f"{hh}:{mi:02d} {'AM' if h < 12 else 'PM'}"
            return f"{h:02d}:{mi:02d}"
        if loc == "de":
            return self.pick([f"{h:02d}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"])
        if loc == "fr":
            return self.pick([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h} h {mi:02d}"])
        return f"{h:02d}:{mi:02d}"

    def fdatetime(self, d: dt.date, loc: str | None = None) -> str:
        loc = loc or self.loc
        ds = self.fdate(d, loc)
        ts = self.ftime(loc)
        joiner = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", ", "],
                  "es": [" a las ", ", "], "it": [" alle ", ", "], "pt": [" às ", ", "],
                  "nl": [", ", " "], "pl": [", ", " "]}[loc]
        return f"{ds}{self.pick(joiner)}{ts}"

    # --- ids -------------------------------------------------------------
    def ssn(self, style: int | None = None) -> str:
        r = self.r
        area = r.randint(1, 899)
        while area == 666:
            area = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        st = r.choice([0, 0, 0, 1, 2]) if style is None else style
        return [f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d} {g:02d} {s:04d}",
                f"{area:03d}{g:02d}{s:04d}"][st]

    def bad_ssn(self) -> str:
        r = self.r
        area = r.choice(["000", "666", f"9{r.randint(0, 99):02d}"])
        return f"{area}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def card(self, brand: str | None = None, sep: str | None = None) -> str:
        r = self.r
        brand = brand or self.pick(["visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "visa":
            body, ln = "4" + self.digits(5), 16
        elif brand == "mc":
            body, ln = (str(r.randint(51, 55)) + self.digits(4)) if self.chance(0.8) \
                else str(r.randint(2221, 2720)) + self.digits(2), 16
        elif brand == "amex":
            body, ln = self.pick(["34", "37"]) + self.digits(4), 15
        else:
            body, ln = "6011" + self.digits(2), 16
        body += self.digits(ln - 1 - len(body))
        num = body + luhn_digit(body)
        sep = self.pick([" ", " ", "-", ""]) if sep is None else sep
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num

    def bad_card(self) -> str:
        body = "4" + self.digits(14)
        good = luhn_digit(body)
        bad = str((int(good) + self.r.randint(1, 9)) % 10)
        num = body + bad
        return self.pick([" ", "-", ""]).join(num[i:i + 4] for i in range(0, 16, 4))

    def masked_card(self) -> str:
        l4 = self.digits(4)
        return self.pick([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}",
                          f"ending in {l4}", f"************{l4}"])

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        c = country or {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
                        "pl": "PL"}.get(self.loc, self.pick(["DE", "GB", "FR", "NL", "IE"]))
        d = self.digits
        bban = {
            "DE": lambda: d(18), "FR": lambda: d(23), "ES": lambda: d(20),
            "IT": lambda: self.upper(1) + d(22), "PT": lambda: d(21),
            "NL": lambda: self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + d(10),
            "BE": lambda: d(12), "AT": lambda: d(16), "CH": lambda: d(17),
            "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14),
            "IE": lambda: self.pick(["AIBK", "BOFI"]) + d(14), "PL": lambda: d(24),
            "LU": lambda: d(16),
        }[c]()
        chk = 98 - _iban_num(bban + c + "00") % 97
        s = f"{c}{chk:02d}{bban}"
        if grouped is None:
            grouped = self.chance(0.6)
        if grouped:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def bic(self, country: str | None = None) -> str:
        table = {"DE": ["COBADEFFXXX", "DEUTDEFF", "GENODEF1S04", "BYLADEM1001"], "FR": ["BNPAFRPPXXX", "AGRIFRPP882", "SOGEFRPP"],
                 "ES": ["CAIXESBBXXX", "BBVAESMMXXX", "BSCHESMM"], "IT": ["BCITITMM", "UNCRITMMXXX", "BPMOIT22XXX"],
                 "PT": ["CGDIPTPL", "BCOMPTPL", "TOTAPTPL"], "NL": ["INGBNL2A", "ABNANL2A", "RABONL2U"],
                 "PL": ["PKOPPLPW", "BPKOPLPW", "INGBPLPW"], "US": ["CHASUS33", "BOFAUS3N"], "GB": ["NWBKGB2L", "BARCGB22"]}
        c = country or {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL"}.get(self.loc, "US")
        return self.pick(table.get(c, table["US"]))

    def routing(self) -> str:
        d = [int(c) for c in f"{self.r.randint(1, 12):02d}" + self.digits(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def acct(self) -> str:
        return self.digits(self.r.randint(9, 12))

    def mrn(self) -> str:
        return self.pick([self.digits(8), "MR" + self.digits(7), self.digits(3) + "-" + self.digits(4) + "-" + self.digits(2),
                          "E" + self.digits(9), self.digits(10)])

    def hpn(self) -> str:
        return self.pick([self.upper(3) + self.digits(9), "W" + self.digits(9),
                          self.upper(1) + self.digits(8) + "-01", self.digits(9) + "01",
                          "ZGP" + self.digits(8), self.upper(2) + self.digits(10)])

    def dl(self, state: str = "") -> str:
        d = self.digits
        f = {
            "CA": lambda: self.upper(1) + d(7), "NY": lambda: f"{d(3)} {d(3)} {d(3)}",
            "TX": lambda: d(8), "FL": lambda: f"{self.upper(1)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
            "IL": lambda: f"{self.upper(1)}{d(3)}-{d(4)}-{d(4)}", "OH": lambda: self.upper(2) + d(6),
            "PA": lambda: f"{d(2)} {d(3)} {d(3)}", "MI": lambda: f"{self.upper(1)} {d(3)} {d(3)} {d(3)} {d(3)}",
            "WA": lambda: "WDL" + self.alnum(9, string.ascii_uppercase + string.digits),
            "GA": lambda: d(9), "NJ": lambda: f"{self.upper(1)}{d(4)} {d(5)} {d(5)}",
            "AZ": lambda: self.upper(1) + d(8), "MA": lambda: "S" + d(8), "CO": lambda: f"{d(2)}-{d(3)}-{d(4)}",
            "NC": lambda: d(12),
        }.get(state, lambda: self.upper(1) + d(7))
        return f()

    def vin(self) -> str:
        alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = list(self.pick(VIN_WMI) + self.alnum(5, alpha) + "0"
                 + self.pick("LMNPRSTVWXY") + self.alnum(1, alpha) + self.digits(6))
        tot = sum(_VIN_MAP[c] * w for c, w in zip(v, _VIN_W))
        v[8] = "X" if tot % 11 == 10 else str(tot % 11)
        return "".join(v)

    def plate(self, loc: str | None = None) -> str:
        loc = loc or self.loc
        U, d = self.upper, self.digits
        return {
            "en": lambda: self.pick([f"{d(1)}{U(3)}{d(3)}", f"{U(3)}-{d(4)}", f"{U(3)} {d(4)}", f"{U(2)}{d(1)} {U(1)}{d(2)}"]),
            "de": lambda: f"{self.pick(['B', 'HH', 'M', 'K', 'F', 'S', 'L', 'DD'])}-{U(2)} {self.r.randint(1, 9999)}",
            "fr": lambda: f"{U(2)}-{d(3)}-{U(2)}", "es": lambda: f"{d(4)} {U(3)}",
            "it": lambda: f"{U(2)} {d(3)} {U(2)}", "pt": lambda: f"{U(2)}-{d(2)}-{U(2)}",
            "nl": lambda: f"{d(2)}-{U(3)}-{d(1)}", "pl": lambda: f"{self.pick(['WA', 'KR', 'PO', 'GD'])} {d(5)}",
        }[loc]()

    def npi(self) -> str:
        b = self.pick(["1", "2"]) + self.digits(8)
        return b + luhn_digit("80840" + b)

    def claim_no(self) -> str:
        y = self.r.randint(22, 25)
        return self.pick([f"CLM-20{y}-{self.digits(6)}", f"{y}-{self.digits(7)}-0{self.r.randint(1, 3)}",
                          f"{self.upper(1)}{self.digits(7)}", f"{self.upper(2)}{y}{self.digits(6)}",
                          f"0{self.digits(2)}-{self.digits(6)}-{self.upper(2)}"])

    def policy_no(self, kind: str = "auto") -> str:
        pre = {"auto": ["PA", "AUT", "PAP"], "home": ["HO3", "HO", "DP3", "HO6"], "life": ["LF", "TL", "UL"],
               "travel": ["TRV", "TG"], "pet": ["PET", "PW"], "wc": ["WC", "WCP"],
               "comm": ["CPP", "BOP", "GL", "CA"], "cyber": ["CYB", "CYX"]}[kind]
        p = self.pick(pre)
        return self.pick([f"{p}-{self.digits(8)}", f"{p} {self.digits(4)} {self.digits(4)} {self.digits(2)}",
                          f"{p}{self.digits(7)}-0{self.r.randint(1, 4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n: int = 40) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def epoch(self) -> int:
        return self.r.randint(1672531200, 1767225600)

    def money(self, lo: int = 50, hi: int = 25000, cur: str = "$") -> str:
        v = self.r.randint(lo * 100, hi * 100) / 100
        if cur == "$":
            return f"${v:,.2f}"
        if cur == "€":
            s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return f"{s} €"
        if cur == "zł":
            s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
            return f"{s} zł"
        return f"{cur}{v:,.2f}"

    def version(self) -> str:
        return f"{self.r.randint(1, 12)}.{self.r.randint(0, 30)}.{self.r.randint(0, 99)}"

    # --- network / secrets -------------------------------------------------
    def ip4(self) -> str:
        r = self.r
        kind = r.random()
        if kind < 0.35:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if kind < 0.5:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if kind < 0.6:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        first = r.choice([23, 34, 44, 52, 64, 73, 81, 98, 104, 142, 151, 185, 203, 212])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip6(self) -> str:
        groups = ["2001", "db8" if self.chance(0.2) else f"{self.r.randint(0x400, 0xfff):x}"]
        groups += [f"{self.r.randint(0, 0xffff):x}" for _ in range(6)]
        s = ":".join(groups)
        return str(ipaddress.IPv6Address(s))

    def host(self) -> str:
        return self.pick(["claims-db-01.internal", "pg-claims.prod.local", "rating-api.svc.cluster.local",
                          "policy-core.corp.lan", "mq01.nwm.internal", "fnol-worker-3", "uw-batch-02"])

    def aws_key(self) -> str:
        return self.pick(["AKIA", "AKIA", "ASIA"]) + self.alnum(16, string.ascii_uppercase + "234567")

    def aws_secret(self) -> str:
        return self.alnum(40, string.ascii_letters + string.digits + "/+")

    def gh_token(self) -> str:
        if self.chance(0.2):
            return "github_pat_11" + self.alnum(20, string.ascii_uppercase + string.digits) + "_" + self.alnum(59)
        return self.pick(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.alnum(36)

    def slack_token(self) -> str:
        if self.chance(0.6):
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24)}"
        return f"xoxp-{self.digits(12)}-{self.digits(12)}-{self.digits(13)}-{self.sha(32)}"

    def stripe(self) -> str:
        return self.pick(["sk_live_", "sk_live_", "rk_live_"]) + self.alnum(self.pick([24, 34, 99]))

    def jwt(self, sub: str = "svc-claims", extra: dict | None = None) -> str:
        def b64(o) -> str:
            raw = json.dumps(o, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        hdr = {"alg": self.pick(["HS256", "RS256"]), "typ": "JWT"}
        if hdr["alg"] == "RS256":
            hdr["kid"] = self.sha(16)
        iat = self.epoch()
        body = {"sub": sub, "iat": iat, "exp": iat + self.pick([900, 3600, 86400]),
                "scope": self.pick(["claims:read", "claims:write policy:read", "fnol:submit", "uw:quote"])}
        if extra:
            body.update(extra)
        sig = base64.urlsafe_b64encode(self.r.getrandbits(256).to_bytes(32, "big")).decode().rstrip("=")
        return f"{b64(hdr)}.{b64(body)}.{sig}"

    def pem(self) -> str:
        kind = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        nbytes = {"RSA PRIVATE KEY": 600, "PRIVATE KEY": 630, "EC PRIVATE KEY": 118,
                  "OPENSSH PRIVATE KEY": 380}[kind]
        prefix = {"RSA PRIVATE KEY": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00",
                  "PRIVATE KEY": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48",
                  "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20",
                  "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00"}[kind]
        raw = prefix + bytes(self.r.getrandbits(8) for _ in range(nbytes))
        b = base64.b64encode(raw).decode()
        lines = [b[i:i + (70 if kind.startswith("OPENSSH") else 64)] for i in range(0, len(b), 70 if kind.startswith("OPENSSH") else 64)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    def password(self) -> str:
        r = self.r
        st = r.randint(0, 4)
        if st == 0:
            return self.alnum(r.randint(12, 20), string.ascii_letters + string.digits + "!#%*+-=?_")
        if st == 1:
            w = self.pick(["Harbor", "Claims", "Summer", "Falcon", "Granite", "Orchid", "Tundra", "Maple"])
            return f"{w}{r.randint(10, 2099)}{self.pick(['!', '#', '$', '@', '&'])}{self.upper(1)}"
        if st == 2:
            ws = ["copper", "lantern", "violet", "orbit", "cactus", "ember", "glacier", "pepper", "ribbon", "walrus"]
            return "-".join(r.sample(ws, 3)) + str(r.randint(1, 99))
        if st == 3:
            return self.alnum(8, string.ascii_uppercase + string.digits) + self.pick(["$", "!", "%"]) + self.alnum(4)
        return self.alnum(24, string.ascii_letters + string.digits)

    def secret(self) -> str:
        r = self.r
        st = r.randint(0, 6)
        if st == 0:
            return self.sha(32)
        if st == 1:
            return "whsec_" + self.alnum(32)
        if st == 2:
            return self.alnum(40, string.ascii_letters + string.digits + "-_")
        if st == 3:
            return "SG." + self.alnum(22, string.ascii_letters + string.digits + "-_") + "." + self.alnum(43, string.ascii_letters + string.digits + "-_")
        if st == 4:
            return "key-" + self.sha(32)
        if st == 5:
            return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
        return "cs_" + self.alnum(48)

    def bearer(self) -> str:
        return self.pick(["tok_", "at_", "sess_", "ya29."]) + self.alnum(self.pick([32, 48, 64]), string.ascii_letters + string.digits + "-_")

    def username(self, p: Person | None = None) -> str:
        if p is None:
            return self.pick(["svc_claims", "uw_batch", "fnol-bot", "adj_queue", "siu_ro"])
        f = ascii_fold(p.first).lower()
        l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        return self.pick([f"{f[0]}{l}", f"{f}.{l[0]}", f"{l}{self.r.randint(1, 99)}", f"{f[:3]}{l[:3]}"])

    def url(self, domain: str, paths: list[str] | None = None) -> str:
        paths = paths or ["/portal/login", "/claims/status", "/pay", "/documents/upload", "/fnol/start",
                          "/policy/renew", "/agents/find", "/help/contact"]
        u = f"https://{self.pick(['www.', '', 'my.', 'claims.', 'portal.'])}{domain}{self.pick(paths)}"
        if self.chance(0.4):
            u += f"?ref={self.pick(['email', 'sms', 'renewal', 'fnol'])}&id={self.digits(6)}"
        return u


EMAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl"],
}


def ocr_noise(g: G, s: str, rate: float = 0.04) -> str:
    """Apply OCR-like character confusion to *unlabelled* text."""
    conf = {"l": "1", "O": "0", "o": "0", "e": "c", "rn": "m", "S": "5", "i": "í", "a": "α"}
    out = []
    for ch in s:
        if ch in conf and g.r.random() < rate:
            out.append(conf[ch])
        elif ch == " " and g.r.random() < rate / 2:
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------
def _state_of(a: Addr) -> str:
    return a.region if a.loc == "en" else ""


def _clock(g: G, h0: int | None = None):
    """Iterator of increasing hh:mm:ss strings for transcript prefixes."""
    t = (g.r.randint(7, 17) if h0 is None else h0) * 3600 + g.r.randint(0, 3599)
    while True:
        yield f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"
        t += g.r.randint(4, 40)


def t_fnol_call(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    caller, agent, other, adj = g.person(), g.person(), g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    dol = g.date()
    car, ocar = g.pick(CARS), g.pick(CARS)
    clk = _clock(g)
    pref = g.pick(["[{}] ", "{} ", "({}) "])

    def say(who: str, *parts) -> None:
        d.w(pref.format(next(clk)), who, ": ", *parts, "\n")

    d.w(f"{ins.upper()} - FNOL CALL TRANSCRIPT (auto-generated, reviewed)\n")
    d.w(f"Call ID: {g.uuid()} | Queue: AUTO-FNOL | Duration: {g.r.randint(6, 28)}m {g.r.randint(0, 59)}s\n")
    d.w(f"Claim # assigned: {g.claim_no()} | Policy: {g.policy_no('auto')}\n\n")
    A, C = "Agent", "Caller"
    say(A, f"Thank you for calling {ins} claims, my name is ", (agent.first, P), ". Who am I speaking with today?")
    say(C, "Hi, yeah, this is ", (caller.full, P), ". I need to report an accident.")
    say(A, "I'm sorry to hear that, ", (caller.first, P), ". Is everyone safe?")
    say(C, g.pick(["Yeah, just shaken up.", "Mostly. My neck is a little stiff.", "Everyone's okay, the car isn't."]))
    say(A, "For verification, can you give me your date of birth?")
    say(C, "Sure, it's ", (g.fdate(g.dob(), style=g.pick([0, 1, 4])), DOB), ".")
    say(A, "And the best number to reach you?")
    say(C, (g.phone(state=st), PH), g.pick(["", ", that's my cell", ". Text is fine too"]), ".")
    say(A, "When did the accident happen?")
    if g.chance(0.5):
        say(C, "It was ", (g.fdatetime(dol), DT), ", right around rush hour.")
    else:
        say(C, g.pick(["Yesterday", "This morning", "Two days ago"]), ", on ", (g.fdate(dol, weekday=True), DT),
            ", around ", (g.ftime(), DT), ".")
    say(A, "And where did it occur?")
    say(C, g.pick(["On the highway ramp near ", "In a parking lot in ", "At a four-way stop in "]),
        (g.city(), LOC), ".")
    say(A, "What vehicle were you driving?")
    say(C, f"My {g.r.randint(2008, 2024)} {car}. VIN should be on file, it ends in {g.vin()[-6:]}.")
    say(A, "Did you get the other driver's information?")
    say(C, "Yes. ", g.pick(["Her", "His"]), " name is ", (other.full, P), ", driving a ", ocar,
        f", plate {g.plate()}.")
    if g.chance(0.7):
        say(C, "I took a photo of the license too. Number is ", (g.dl(st), DL), ".")
    if g.chance(0.5):
        say(C, "Their insurance card said ", g.pick([x[0] for x in INSURERS]), f", policy {g.policy_no('auto')}.")
    say(A, "Can you confirm the garaging address we have?")
    say(C, "Yes, ", (a.one_line(), ADDR), ".")
    if g.chance(0.6):
        say(A, "What email should we send the claim documents to?")
        say(C, (g.email(caller), EM))
    say(A, "Thanks. Your adjuster will be ", (adj.full, P), ". ",
        g.pick(["They'll call within one business day", "Expect a call within 24 hours"]),
        ". You can also reach claims at ", (g.tollfree(), PH), f" ext. {g.r.randint(100, 9999)}.")
    say(C, "Okay, thank you.")


def t_adjuster_diary(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    insd, adj, contractor_p = g.person(), g.person(), g.person()
    a = g.addr(unit_p=0.05)
    dol = g.date()
    user = g.username(adj)
    peril = g.pick(["Water - sudden & accidental pipe burst", "Wind/Hail", "Fire - kitchen",
                    "Theft - burglary", "Tree fall on dwelling", "Ice dam / roof leak"])
    d.w(f"CLAIM DIARY  {g.claim_no()}   LOB: HOMEOWNERS   Policy {g.policy_no('home')}\n")
    d.w(f"Peril: {peril}   Reserve (indemnity): {g.money(2000, 60000)}   Deductible: {g.pick(['$500', '$1,000', '$2,500', '1% of Cov A'])}\n")
    d.w("-" * 72, "\n")
    h = g.r.randint(8, 11)
    entries = []
    entries.append(lambda: d.w("CONTACT: Called insured ", (insd.full, P), " at ", (g.phone(state=a.region), PH),
                               g.pick([", no answer, LVM with callback.", "; spoke w/ insured, explained process.",
                                       ", went to VM - mailbox full."]), "\n"))
    entries.append(lambda: d.w("LOSS FACTS: Insd reports loss occurred ", (g.fdate(dol), DT),
                               g.pick([" overnight", " while away on vacation", " during storm"]),
                               ". Risk location ", (a.one_line(), ADDR), ".\n"))
    entries.append(lambda: d.w("INSPECTION: Scheduled field inspection for ",
                               (g.fdatetime(dol + dt.timedelta(days=g.r.randint(2, 9))), DT),
                               ". Insd to have ladder access available.\n"))
    if g.chance(0.6):
        entries.append(lambda: d.w("VENDOR: Mitigation by ", g.pick(["ServPro", "Hartley & Sons Restoration",
                                                                     "Paul Davis Restoration", "Belfor"]),
                                   ", PM ", (contractor_p.full, P), ", ", (g.phone(state=a.region), PH),
                                   f". Invoice {g.money(800, 9000)} under review.\n"))
    if g.chance(0.5):
        entries.append(lambda: d.w("MORTGAGEE: ", g.pick(BANKS), " loan # ", (g.acct(), ACCT),
                                   " - to be listed on payment.\n"))
    if g.chance(0.4):
        pa = g.person()
        entries.append(lambda: d.w("REP: Letter of representation rec'd from public adjuster ", (pa.full, P),
                                   " (", (g.email(pa, "claimsadvocates.com"), EM), "). All contact through PA going forward.\n"))
    entries.append(lambda: d.w(f"RESERVE: Increased indemnity reserve to {g.money(5000, 90000)} per estimate. "
                               f"Supervisor approval {g.upper(2)}{g.digits(4)}.\n"))
    for i, fn in enumerate(entries):
        d.w(f"[{h + i:02d}:{g.r.randint(0, 59):02d}] {user} | ")
        fn()
    d.w("-" * 72, "\n", f"Next diary: {g.r.randint(3, 30)} days\n")


def t_auto_loss_notice(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    insd, drv, oth = g.person(), g.person(), g.person()
    a, oa = g.addr(), g.addr()
    st = _state_of(a)
    dol = g.date()
    agency = g.pick(["Brightway Insurance Agency", "Walker & Finch Insurance", "Cornerstone Risk Advisors",
                     "Tri-County Insurance Services"])
    d.w("AUTOMOBILE LOSS NOTICE", " " * 20, f"DATE (MM/DD/YYYY): ", (g.fdate(dol + dt.timedelta(days=1), style=0), DT), "\n")
    d.w(f"AGENCY: {agency}    CARRIER: {ins}    NAIC CODE: {g.digits(5)}\n")
    d.w(f"POLICY NUMBER: {g.policy_no('auto')}    LINE OF BUSINESS: PERSONAL AUTO\n\n")
    d.w("INSURED\n")
    d.w("NAME OF INSURED (Last, First, Middle): ", (f"{insd.last.upper()}, {insd.first.upper()} {insd.mi}", P), "\n")
    d.w("INSURED'S DATE OF BIRTH: ", (g.fdate(g.dob(), style=0), DOB), "\n")
    if g.chance(0.5):
        d.w("INSURED'S MAILING ADDRESS: ", (a.line1, ADDR), "\n")
        d.w("CITY: ", (a.city, LOC), "    STATE: ", (a.region, LOC), f"    ZIP: {a.postcode}\n")
    else:
        d.w("INSURED'S MAILING ADDRESS: ", (a.one_line(), ADDR), "\n")
    d.w("HOME PHONE: ", (g.phone(state=st), PH), "    BUS PHONE: ", (g.phone(state=st), PH), "\n")
    d.w("E-MAIL: ", (g.email(insd), EM), "\n\n")
    d.w("LOSS\n")
    d.w("DATE OF LOSS AND TIME: ", (g.fdatetime(dol), DT), "\n")
    d.w("LOCATION OF LOSS: ", g.pick(["Interstate ramp", "Parking garage", "Residential street", "Intersection"]),
        ", ", (g.city(), LOC), "\n")
    d.w("POLICE OR FIRE DEPT CONTACTED: ", g.pick(["City PD", "State Highway Patrol", "County Sheriff"]),
        f"   REPORT #: {g.digits(2)}-{g.digits(6)}\n")
    d.w("DESCRIPTION OF ACCIDENT: ", g.pick([
        "Insured vehicle rear-ended while stopped at light.",
        "Other party failed to yield turning left; impact to passenger side.",
        "Insured backed into pole in lot. Single vehicle.",
        "Deer strike, front end damage, airbags not deployed."]), "\n\n")
    d.w("INSURED VEHICLE\n")
    d.w(f"VEH #: 1   YEAR: {g.r.randint(2006, 2024)}   MAKE/MODEL: {g.pick(CARS)}   V.I.N.: {g.vin()}   PLATE: {g.plate()}\n")
    d.w("DRIVER'S NAME: ", (drv.full, P), "    DRIVER'S LICENSE #: ", (g.dl(st), DL), "\n")
    d.w("DRIVER'S DATE OF BIRTH: ", (g.fdate(g.dob(1950, 2006), style=0), DOB), "\n")
    d.w(f"ESTIMATE AMOUNT: {g.money(800, 14000)}   WHERE CAN VEHICLE BE SEEN: {g.pick(BODY_SHOPS)}\n\n")
    d.w("OTHER VEHICLE / PROPERTY\n")
    d.w("OWNER'S NAME & ADDRESS: ", (oth.full, P), "\n", (oa.block(), ADDR), "\n")
    d.w("PHONE: ", (g.phone(state=_state_of(oa)), PH), f"   OTHER CARRIER: {g.pick([x[0] for x in INSURERS])}   POLICY #: {g.policy_no('auto')}\n")
    d.w("INJURED: ", g.pick(["NONE REPORTED", "Driver c/o neck pain, transported", "Passenger - minor bruising"]), "\n")
    d.w("REPORTED BY: ", (g.person().full, P), f"   REMARKS: claim {g.claim_no()} opened\n")


def t_police_report(g: G, d: Doc) -> None:
    off = g.person()
    d1, d2, w1 = g.person(), g.person(), g.person()
    a1 = g.addr()
    st = _state_of(a1)
    a2 = g.addr(state=st) if g.chance(0.7) else g.addr()
    dol = g.date()
    d.w("STATE OF ", (STATE_NAMES[st].upper(), LOC), " TRAFFIC CRASH REPORT", " " * 6,
        f"LOCAL REPORT NO. {g.digits(4)}-{g.digits(6)}\n")
    d.w(f"(Copy attached to claim file {g.claim_no()} - received via {g.pick(['LexisNexis Coplogic', 'records request', 'agency portal'])})\n\n")
    d.w("CRASH DATE / TIME: ", (g.fdatetime(dol), DT), "    UNITS: 2    ")
    d.w(g.pick(["NO INJURY", "POSSIBLE INJURY", "SUSPECTED MINOR INJURY"]), "\n")
    d.w("LOCATION: ", g.pick(["US-", "SR-", "I-"]), str(g.r.randint(1, 99)), g.pick([" EB", " WB", " NB", " SB"]),
        f" AT MILE MARKER {g.r.randint(1, 240)}, ", (g.city(state=st), LOC), "\n")
    d.w(f"WEATHER: {g.pick(['CLEAR', 'RAIN', 'SNOW', 'FOG'])}   ROAD: {g.pick(['DRY', 'WET', 'ICE'])}   LIGHT: {g.pick(['DAYLIGHT', 'DARK-LIGHTED', 'DUSK'])}\n\n")
    for n, (pp, aa) in enumerate([(d1, a1), (d2, a2)], 1):
        d.w(f"UNIT {n}  ", g.pick(["OWNER/OPERATOR", "OPERATOR"]), "\n")
        d.w("  NAME: ", (f"{pp.last.upper()}, {pp.first.upper()} {pp.mi}", P), "\n")
        d.w("  ADDRESS: ", (aa.one_line().upper(), ADDR), "\n")
        d.w("  DOB: ", (g.fdate(g.dob(1950, 2006), style=0), DOB), "   SEX: ", g.pick(["M", "F"]),
            "   PHONE: ", (g.phone(state=_state_of(aa)), PH), "\n")
        d.w("  OL NUMBER: ", (g.dl(_state_of(aa)), DL), "   CLASS: D   ENDORSEMENTS: NONE\n")
        d.w(f"  VEHICLE: {g.r.randint(2005, 2024)} {g.pick(CARS).upper()}   PLATE: {g.plate()}   VIN: {g.vin()}\n")
        d.w(f"  INSURANCE: {g.pick([x[0] for x in INSURERS]).upper()}  POLICY {g.policy_no('auto')}\n")
        d.w(f"  CITED: {g.pick(['NO', 'YES - ORC 4511.21 ACDA', 'YES - FAIL TO YIELD', 'NO'])}\n\n")
    d.w("WITNESS: ", (w1.full.upper(), P), "  PH ", (g.phone(), PH), "\n\n")
    d.w("NARRATIVE:\n")
    d.w(f"UNIT 1 WAS TRAVELING {g.pick(['EASTBOUND', 'WESTBOUND', 'NORTHBOUND'])} IN LANE 2. UNIT 2 ",
        g.pick(["CHANGED LANES AND STRUCK UNIT 1 ON THE LEFT SIDE.", "FAILED TO STOP AND STRUCK UNIT 1 IN THE REAR.",
                "PULLED OUT OF A PRIVATE DRIVE INTO THE PATH OF UNIT 1."]),
        " OPERATOR OF UNIT 2 (", (d2.last.upper(), P), ") STATED SHE/HE DID NOT SEE UNIT 1. ",
        f"BOTH VEHICLES TOWED BY {g.pick(['A-1 TOWING', 'MIKES WRECKER SERVICE', 'CITYWIDE TOW'])}. SCENE CLEARED IN {g.r.randint(25, 95)} MINUTES.\n\n")
    d.w("REPORTING OFFICER: ", (f"{off.first[0]}. {off.last.upper()}", P), f"  BADGE {g.digits(4)}  ",
        "DATE APPROVED: ", (g.fdate(dol + dt.timedelta(days=g.r.randint(1, 5)), style=0), DT), "\n")


def t_repair_estimate(g: G, d: Doc) -> None:
    shop = g.pick(BODY_SHOPS)
    sa = g.addr(unit_p=0.0)
    st = _state_of(sa)
    cust, est, appr = g.person(), g.person(), g.person()
    ins, dom = g.pick(INSURERS)
    d.w(f"{shop}\n", (sa.one_line(), ADDR), "\n", "Phone: ", (g.phone(state=st), PH), "   Fax: ", (g.phone(state=st), PH), "\n")
    d.w(f"Federal ID: {g.digits(2)}-{g.digits(7)}   BAR Lic. ARD{g.digits(6)}\n\n")
    d.w(f"PRELIMINARY ESTIMATE  Workfile ID: {g.sha(8)}  Supplement: S{g.r.randint(0, 2)}\n")
    d.w("Written by: ", (est.full, P), "   Date: ", (g.fdate(g.date(), style=g.pick([0, 2])), DT), "\n")
    d.w("Owner: ", (cust.full, P), "   Phone (C): ", (g.phone(state=st), PH), "\n")
    d.w(f"Insurance Company: {ins}   Claim #: {g.claim_no()}   Policy #: {g.policy_no('auto')}\n")
    if g.chance(0.5):
        d.w("Appraiser: ", (appr.full, P), " ", (g.email(appr, dom), EM), "\n")
    d.w(f"\nVEHICLE: {g.r.randint(2012, 2024)} {g.pick(CARS)} 4D SED   VIN: {g.vin()}   Lic: {g.plate()}   Mileage In: {g.r.randint(8000, 160000):,}\n\n")
    d.w(f"{'Line':<5}{'Oper':<8}{'Description':<34}{'Part #':<16}{'Qty':>4}{'Price':>12}{'Labor':>7}\n")
    ops = [("Repl", "Front Bumper Cover", True), ("R&I", "Headlamp Assy LT", False),
           ("Repl", "Hood Panel", True), ("Rpr", "Fender LT", False), ("Repl", "Radiator Support", True),
           ("Refn", "Clear Coat", False), ("Subl", "4-Wheel Alignment", False), ("Repl", "Condenser", True),
           ("Rpr", "Rear Door RT", False), ("Blnd", "Quarter Panel RT", False)]
    for i, (op, desc, part) in enumerate(g.r.sample(ops, g.r.randint(4, 8)), 1):
        pn = (g.upper(2) + g.digits(6) + g.upper(1)) if part else ""
        price = g.money(40, 1400) if part else ""
        d.w(f"{i:<5}{op:<8}{desc:<34}{pn:<16}{1:>4}{price:>12}{g.r.randint(1, 60) / 10:>7.1f}\n")
    d.w(f"\nParts {g.money(400, 6000)}  Body Labor {g.r.randint(4, 30)}.{g.r.randint(0, 9)} hrs @ $62.00  Paint Supplies {g.money(100, 700)}\n")
    d.w(f"Sales Tax {g.money(40, 600)}   GRAND TOTAL {g.money(1500, 14000)}   Deductible {g.pick(['$500.00', '$1,000.00', '$250.00'])}\n")
    d.w(f"Estimate based on MOTOR CRASH ESTIMATING GUIDE. Database rel. {g.r.randint(100, 240)} CCC ONE {g.version()}\n")


def t_subrogation_letter(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    other_ins = g.pick([x for x in INSURERS if x[0] != ins])
    insd, rp, spec = g.person(), g.person(), g.person()
    ra = g.addr()
    dol = g.date()
    pob = f"P.O. Box {g.r.randint(1000, 99999)}\n" + g.pick(["Dallas, TX 75265", "Columbus, OH 43218", "Atlanta, GA 30348", "Phoenix, AZ 85072"])
    d.w(f"{ins}\nSubrogation Recovery Unit\n", (pob, ADDR), "\n\n")
    d.w((g.fdate(dol + dt.timedelta(days=g.r.randint(30, 120)), style=1), DT), "\n\n")
    to_person = g.chance(0.5)
    if to_person:
        d.w((rp.full, P), "\n", (ra.block(), ADDR), "\n\n")
    else:
        d.w(f"{other_ins[0]}\nAttn: Inter-Company Arbitration\n", (ra.block(), ADDR), "\n\n")
    d.w(f"RE:   Our Insured: ", (insd.full, P), "\n")
    d.w(f"      Our Claim No.: {g.claim_no()}\n")
    d.w(f"      Your Claim No.: {g.claim_no()}\n")
    d.w("      Date of Loss: ", (g.fdate(dol, style=0), DT), "\n")
    amt = g.money(1200, 38000)
    d.w(f"      Amount of Subrogation Claim: {amt}\n\n")
    if to_person:
        hon = g.pick([rp.hon("Mr. ", "Ms. "), ""])
        d.w("Dear ", hon, (rp.last if hon else rp.full, P), ":\n\n")
    else:
        d.w("Dear Claims Professional:\n\n")
    d.w(f"{ins} has made payment to or on behalf of our insured for damages sustained in the above-referenced "
        f"loss. Our investigation indicates that your {g.pick(['insured', 'client', 'driver'])}, ",
        (rp.full, P), ", was responsible for this loss. Pursuant to our policy provisions we are subrogated "
        f"to our insured's rights of recovery in the amount of {amt}, which includes our insured's deductible.\n\n")
    d.w("Please remit payment by ", (g.fdate(dol + dt.timedelta(days=g.r.randint(140, 200)), style=1), DT),
        " payable to ", ins, ", referencing our claim number. Electronic payments may be sent to ",
        g.pick(BANKS), f", ABA {g.routing()}, account ", (g.acct(), ACCT), ".\n\n")
    d.w("If you have insurance that may cover this loss, please forward this letter to your carrier. "
        "Questions may be directed to the undersigned at ", (g.tollfree(), PH), f" ext. {g.r.randint(1000, 9999)} or ",
        (g.email(spec, dom), EM), ".\n\nSincerely,\n\n", (spec.full, P), "\nSubrogation Specialist\n")
    d.w("Enclosures: payment ledger, repair invoice, photographs\n")


def t_life_uw_questionnaire(g: G, d: Doc) -> None:
    ins, dom = g.pick(LIFE_INSURERS)
    app, doc, ben1, ben2 = g.person(), g.person(), g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    d.w(f"{ins} - Part B: Medical & Lifestyle Questionnaire\n")
    d.w(f"Application ID: APP-{g.digits(9)}   Plan: {g.pick(['20-Year Term', 'Universal Life', 'Whole Life 65'])}   Face Amount: {g.money(100000, 2000000)}\n\n")
    d.w("1. Proposed Insured\n")
    d.w("   Full legal name: ", (app.mid, P), "\n")
    d.w("   Date of birth: ", (g.fdate(g.dob(1960, 2000), style=0), DOB), "     Sex: ", g.pick(["F", "M"]), "\n")
    d.w("   Social Security No.: ", (g.ssn(), SSN), "\n")
    d.w("   Residence: ", (a.one_line(), ADDR), "\n")
    d.w("   Phone: ", (g.phone(state=st), PH), "   Email: ", (g.email(app), EM), "\n")
    d.w("   Driver's license #: ", (g.dl(st), DL), "\n")
    d.w(f"   Height: {g.r.randint(5, 6)} ft {g.r.randint(0, 11)} in   Weight: {g.r.randint(110, 260)} lb\n\n")
    d.w("2. Personal physician: ", g.pick(["Dr. ", ""]), (doc.full, P), ", ", g.pick(HOSPITALS), ", tel ",
        (g.phone(state=st), PH), "\n   Date last seen: ", (g.fdate(g.date(2023, 2025), style=0), DT), "\n\n")
    d.w("3. In the past 10 years have you been diagnosed with or treated for:\n")
    for q in ["a) heart disease, chest pain, high blood pressure", "b) diabetes or elevated blood sugar",
              "c) cancer or tumor", "d) anxiety, depression or other mental disorder",
              "e) alcohol or drug use disorder"]:
        d.w(f"   {q} .......... [{g.pick(['N', 'N', 'N', 'Y'])}]\n")
    d.w(f"   Details: {g.pick(['Hypertension (I10) since', 'Type 2 diabetes (E11.9) dx', 'Generalized anxiety (F41.1) since'])} "
        f"{g.r.randint(2010, 2022)}, controlled with {g.pick(['lisinopril 10 mg', 'metformin 500 mg', 'sertraline 50 mg'])}.\n")
    d.w(f"4. Tobacco/nicotine use in last 5 years? {g.pick(['No', 'Yes - quit 3 years ago'])}\n")
    d.w(f"5. Hazardous avocations (scuba, aviation, racing)? {g.pick(['None', 'Recreational scuba, < 20 dives/yr', 'Private pilot, 40 hrs/yr'])}\n\n")
    d.w("6. Beneficiaries\n")
    d.w(f"   Primary ({g.pick(['100%', '60%', '50%'])}): ", (ben1.full, P), f", {g.pick(['spouse', 'son', 'daughter'])}, born ",
        (g.fdate(g.dob(1960, 2015), style=0), DOB), "\n")
    if g.chance(0.6):
        d.w("   Contingent: ", (ben2.full, P), f", {g.pick(['brother', 'sister', 'nephew', 'friend'])}\n")
    d.w("\nAUTHORIZATION: I authorize MIB, Inc. and any physician to release information... Signed electronically ",
        (g.fdate(g.date(2024, 2025), style=1), DT), f" (e-sign envelope {g.uuid()})\n")


def t_home_declarations(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    n1, n2 = g.person(), g.person()
    n2.last = n1.last
    ma = g.addr(unit_p=0.0)
    pa = ma if g.chance(0.7) else g.addr(unit_p=0.0)
    eff = g.date(2024, 2025)
    exp = eff.replace(year=eff.year + 1) if not (eff.month == 2 and eff.day == 29) else eff + dt.timedelta(days=365)
    d.w(f"{ins.upper()}\nHOMEOWNERS POLICY DECLARATIONS\n\n")
    d.w(f"Policy Number: {g.policy_no('home')}        Form: {g.pick(['HO 00 03 05 11', 'HO 00 05', 'HO 00 06'])}\n")
    d.w("Policy Period: From ", (g.fdate(eff, style=0), DT), " To ", (g.fdate(exp, style=0), DT), "\n")
    d.w("(both dates at ", ("12:01 AM", DT), " standard time at the residence premises)\n\n")
    d.w("Named Insured and Mailing Address:\n", (n1.full.upper(), P))
    if g.chance(0.6):
        d.w(" & ", (n2.first.upper(), P))
    d.w("\n", (ma.block().upper(), ADDR), "\n\n")
    d.w("Residence Premises: ", ("SAME AS MAILING ADDRESS", None) if pa is ma else (pa.one_line(), ADDR), "\n")
    d.w(f"Year Built: {g.r.randint(1925, 2022)}   Construction: {g.pick(['Frame', 'Masonry', 'Masonry Veneer'])}   Protection Class: {g.r.randint(1, 9)}   Territory: {g.digits(3)}\n\n")
    d.w(f"{'COVERAGES':<36}{'LIMIT':>14}{'PREMIUM':>12}\n")
    for c, lo, hi in [("A - Dwelling", 180000, 900000), ("B - Other Structures", 18000, 90000),
                      ("C - Personal Property", 90000, 450000), ("D - Loss of Use", 36000, 180000),
                      ("E - Personal Liability", 300000, 500000), ("F - Medical Payments", 1000, 5000)]:
        d.w(f"{c:<36}{g.money(lo, hi):>14}{g.money(20, 1400):>12}\n")
    d.w(f"\nDeductible (All Peril): {g.pick(['$1,000', '$2,500', '$500'])}   Wind/Hail: {g.pick(['2%', '1%', '$5,000'])}\n")
    d.w(f"Total Annual Premium: {g.money(900, 5200)}\n\n")
    d.w("Mortgagee: ", g.pick(BANKS), " ISAOA/ATIMA\n", "Loan Number: ", (g.digits(10), ACCT), "\n")
    d.w("Billing Account: ", (g.digits(11), ACCT), f"   Pay plan: {g.pick(['Mortgagee bill', 'EFT monthly', 'Annual direct'])}\n")
    d.w("Agent: ", (g.person().full, P), "  ", (g.phone(state=_state_of(ma)), PH), "\n")
    d.w(f"Countersigned: {g.pick(['Authorized Representative', 'on file'])}   Forms: HO 04 90, HO 04 16, ML-{g.digits(3)} ({g.r.randint(1, 12):02d}/{g.r.randint(15, 24)})\n")


def t_auto_renewal(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    insd = g.person()
    a = g.addr()
    st = _state_of(a)
    ren = g.date(2024, 2026)
    d.w(f"{ins}\n", (g.fdate(ren - dt.timedelta(days=g.r.randint(30, 45)), style=1), DT), "\n\n")
    d.w((insd.full.upper(), P), "\n", (a.block().upper(), ADDR), "\n\n")
    d.w("YOUR AUTO POLICY RENEWAL\n")
    d.w(f"Policy {g.policy_no('auto')} will renew on ", (g.fdate(ren, style=1), DT),
        f" for a {g.pick(['6-month', '12-month'])} term. Your new premium is {g.money(480, 2900)} "
        f"({g.pick(['up', 'down'])} {g.r.randint(1, 19)}% from your current term).\n\n")
    d.w("Why did my premium change?\n - Rate filing effective in your state\n - ", g.pick([
        "One at-fault accident in the experience period", "Vehicle symbol update",
        "Loss of multi-policy discount"]), "\n\n")
    d.w("Vehicles\n")
    for _ in range(g.r.randint(1, 3)):
        d.w(f"  {g.r.randint(2010, 2025)} {g.pick(CARS):<22} VIN {g.vin()}   {g.money(150, 1200)}\n")
    d.w("Drivers\n")
    for _ in range(g.r.randint(1, 3)):
        p = g.person()
        p.last = insd.last if g.chance(0.6) else p.last
        d.w("  ", (p.full, P), " - lic. ", (g.dl(st), DL), "\n")
    d.w("\nPayment: You are enrolled in automatic payments from your account ", g.pick(["ending in ", "****"]),
        g.digits(4), ". Your first installment will be drafted on ", (g.fdate(ren, style=0), DT), ".\n")
    d.w("Manage your policy at ", (g.url(dom, ["/account/policies", "/renewal", "/pay/autopay"]), URL),
        " or call ", (g.tollfree(), PH), ", available 24/7 for claims.\n")
    if g.chance(0.5):
        d.w(f"Customer account number: ", (g.digits(10), ACCT), "\n")


def t_broker_email(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    brk, uw, insd = g.person(), g.person(), g.person()
    bdom = g.pick(["marshwood-brokers.com", "alliant-risk.net", "hubbardrisk.com", "lockton-assoc.com"])
    bemail, uwemail = g.email(brk, bdom), g.email(uw, dom)
    ba = g.addr(unit_p=0.8)
    sent = g.date()
    hh = g.r.randint(7, 18)
    d.w("From: ", (brk.full, P), " <", (bemail, EM), ">\n")
    d.w("To: ", (uw.full, P), " <", (uwemail, EM), ">\n")
    if g.chance(0.5):
        cc = g.person()
        d.w("Cc: ", (g.email(cc, bdom), EM), "\n")
    d.w(f"Date: {WEEKDAYS['en'][sent.weekday()][:3]}, {sent.day} {MONTHS['en'][sent.month - 1][:3]} {sent.year} {hh:02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} -0{g.r.randint(4, 7)}00\n")
    biz = g.pick(["Redline Fabrication LLC", "Sunrise Bakery Co.", "Hartmann & Kline Dental Group",
                  "Copperleaf Apartments LP", "Vantage Logistics Inc."])
    d.w(f"Subject: RE: Submission - {biz} - {g.pick(['BOP', 'Package', 'Umbrella', 'Commercial Auto'])} eff. ")
    eff = sent + dt.timedelta(days=g.r.randint(20, 60))
    d.w((g.fdate(eff, style=4), DT), "\n")
    d.w(f"X-MS-Exchange-Organization-SCL: -1\nThread-Index: {base64.b64encode(g.sha(22).encode()).decode()[:30]}\n\n")
    d.w("Hi ", (uw.first, P), ",\n\n")
    d.w(f"Thanks for the quick turnaround. Attached are the updated SOV and five-year loss runs for {biz}. "
        "The principal, ", (insd.full, P), ", confirmed the sprinkler upgrade was completed on ",
        (g.fdate(sent - dt.timedelta(days=g.r.randint(10, 200)), style=1), DT),
        ". Two open items from your subjectivities:\n\n")
    d.w("  1. Loss control contact: ", (insd.first, P), " can be reached directly at ", (g.phone(), PH), ".\n")
    d.w("  2. Location 2 is ", (g.addr(unit_p=0).one_line(), ADDR), f" - TIV {g.money(800000, 6000000)}.\n\n")
    d.w("We need firm terms by ", (g.fdatetime(eff - dt.timedelta(days=5)), DT),
        f" to bind. Expiring premium was {g.money(8000, 90000)} with {g.pick([x[0] for x in INSURERS if x[0] != ins])}.\n\n")
    d.w("Best,\n", (brk.full, P), f"\n{g.pick(['Senior Account Executive', 'Commercial Lines Producer', 'Account Manager'])}\n")
    d.w((ba.one_line(), ADDR), "\n", "D: ", (g.phone(), PH), " | M: ", (g.phone(), PH), "\n")
    d.w(f"CA Lic. {g.digits(7)}\n\n")
    d.w("-----Original Message-----\nFrom: ", (uw.full, P), " <", (uwemail, EM), ">\n")
    sd = sent - dt.timedelta(days=g.r.randint(1, 6))
    d.w(f"Sent: {WEEKDAYS['en'][sd.weekday()]}, {MONTHS['en'][sd.month - 1]} {sd.day}, {sd.year} {g.r.randint(8, 11)}:{g.r.randint(10, 59)} AM\n")
    d.w(f"Subject: Submission - {biz}\n\n", (brk.first, P), f", we can offer once we see loss runs. UW guidelines v{g.version()} require "
        f"currently valued runs (within 90 days).\n")


def t_siu_memo(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    inv, sub, assoc, mgr = g.person(), g.person(), g.person(), g.person()
    a1, a2 = g.addr(), g.addr()
    dol = g.date()
    d.w("CONFIDENTIAL - SPECIAL INVESTIGATIONS UNIT\nPRIVILEGED & PREPARED IN ANTICIPATION OF LITIGATION\n\n")
    d.w("TO:      ", (mgr.full, P), ", SIU Manager\nFROM:    ", (inv.full, P), ", Investigator\n")
    d.w("DATE:    ", (g.fdate(dol + dt.timedelta(days=g.r.randint(20, 90)), style=1), DT), "\n")
    d.w(f"RE:      Referral {g.upper(3)}-{g.digits(5)} / Claim {g.claim_no()}\n\n")
    d.w("1. SUBJECT\n")
    d.w("   Name: ", (sub.lf, P), "   DOB: ", (g.fdate(g.dob(1965, 2000), style=0), DOB), "\n")
    d.w("   SSN: ", (g.ssn(), SSN), f"  (ISO ClaimSearch match score {g.r.randint(60, 99)})\n")
    d.w("   Current address: ", (a1.one_line(), ADDR), "\n")
    d.w("   Prior address (per skip trace): ", (a2.one_line(), ADDR), "\n")
    d.w("   Phones: ", (g.phone(), PH), " (cell), ", (g.phone(), PH), " (listed to associate)\n")
    d.w("   Email on claim: ", (g.email(sub), EM), f"   Social handle: @{g.username(sub)}\n\n")
    d.w("2. RED FLAGS\n")
    flags = [
        lambda: d.w(f"   - Policy incepted {g.r.randint(9, 40)} days before reported theft; premium paid in cash.\n"),
        lambda: d.w("   - Online FNOL submitted from IP ", (g.ip4(), IP), " which also submitted claim ",
                    f"{g.claim_no()} under a different named insured.\n"),
        lambda: d.w("   - Payment account for both claims is the same: routing ", g.routing(), ", acct ",
                    (g.acct(), ACCT), ".\n"),
        lambda: d.w("   - Associate ", (assoc.full, P), " is listed as witness on 3 prior losses in ",
                    (g.city(), LOC), ".\n"),
        lambda: d.w(f"   - Receipts for stolen electronics ({g.money(3000, 15000)}) show sequential invoice numbers "
                    f"INV-{g.digits(5)} through INV-{g.digits(5)}.\n"),
        lambda: d.w("   - Device fingerprint ", g.sha(16), " seen with IPv6 ", (g.ip6(), IP), ".\n"),
        lambda: d.w("   - Card used for premium, ", (g.card(), CC), ", was reported stolen per issuer.\n"),
    ]
    for f in g.r.sample(flags, g.r.randint(4, len(flags))):
        f()
    d.w("\n3. ACTIVITY\n")
    d.w("   EUO scheduled for ", (g.fdatetime(dol + dt.timedelta(days=g.r.randint(30, 100))), DT),
        " at counsel's office. Reservation-of-rights letter issued. Subject's attorney, ",
        (g.person().full, P), ", acknowledged by phone.\n")
    d.w(f"   NICB referral submitted (ref {g.digits(10)}). Recommend {g.pick(['deny', 'continue investigation', 'refer to state DOI fraud bureau'])}.\n")


def t_medpay_claim(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    inj, prov = g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    hosp = g.pick(HOSPITALS)
    dos = g.date()
    d.w(f"MEDICAL PAYMENTS CLAIM - PROVIDER BILL REVIEW\nCarrier: {ins}   Claim: {g.claim_no()}   Feature: MP-{g.r.randint(1, 4)}\n\n")
    d.w("Injured party: ", (inj.full, P), "   DOB: ", (g.fdate(g.dob(1945, 2012), style=0), DOB), "\n")
    d.w("Address: ", (a.one_line(), ADDR), "\n")
    d.w("Health insurance: ", g.pick(HEALTH_PLANS), "   Member ID: ", (g.hpn(), HPN), f"   Group: {g.digits(6)}\n")
    d.w(f"Facility: {hosp}   Facility NPI: {g.npi()}   TIN: {g.digits(2)}-{g.digits(7)}\n")
    d.w("Patient account #: ", (g.digits(9), ACCT), "   MRN: ", (g.mrn(), MRN), "\n")
    d.w("Attending: ", g.pick(["Dr. ", ""]), (prov.full, P), f", {g.pick(['MD', 'DO', 'PA-C'])} (NPI {g.npi()})\n\n")
    d.w(f"{'DOS':<12}{'CPT':<8}{'Description':<36}{'ICD-10':<10}{'Billed':>11}{'Allowed':>11}\n")
    for i in range(g.r.randint(2, 5)):
        dd = dos + dt.timedelta(days=i * g.r.randint(0, 9))
        cpt, desc = g.pick(CPT)
        icd, _ = g.pick(ICD10)
        d.w((f"{dd.month:02d}/{dd.day:02d}/{dd.year}", DT), "  ", f"{cpt:<8}{desc[:34]:<36}{icd:<10}{g.money(90, 3200):>11}{g.money(60, 2000):>11}\n")
    d.w(f"\nRx: {g.pick(DRUGS)}, {g.pick(DRUGS)}\n")
    d.w(f"MP limit {g.pick(['$5,000', '$10,000', '$2,000'])}; paid to date {g.money(0, 1500)}; this bill recommended {g.money(200, 4000)}.\n")
    d.w("Reviewer note: treatment consistent with mechanism of injury. Coordination of benefits: primary health plan EOB requested ",
        (g.fdate(dos + dt.timedelta(days=g.r.randint(10, 40)), style=0), DT), ".\n")


def t_wc_first_report(g: G, d: Doc) -> None:
    emp, sup, doc = g.person(), g.person(), g.person()
    a, ea = g.addr(), g.addr(unit_p=0.6)
    st = _state_of(a)
    doi = g.date()
    employer = g.pick(["Redline Fabrication LLC", "Copperleaf Property Management", "Vantage Logistics Inc.",
                       "Sunrise Bakery Co.", "Ridgeway Home Health", "Kessler & Dunn Construction"])
    d.w("EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS\n")
    d.w(f"Jurisdiction claim #: {g.digits(4)}-{g.digits(6)}   Carrier claim #: WC-{g.digits(2)}-{g.digits(6)}   Policy: {g.policy_no('wc')}\n\n")
    d.w("EMPLOYEE\n")
    d.w("Name (first, middle, last): ", (emp.mid, P), "\n")
    d.w("Social Security Number: ", (g.ssn(), SSN), "    Date of birth: ", (g.fdate(g.dob(1955, 2004), style=0), DOB), "\n")
    d.w("Home address: ", (a.line1, ADDR), "   City: ", (a.city, LOC), "   State: ", (a.region, LOC), f"   Zip: {a.postcode}\n")
    d.w("Phone: ", (g.phone(state=st), PH), f"   Occupation: {g.pick(['Warehouse associate', 'CNA', 'Line cook', 'Carpenter', 'Delivery driver'])}\n")
    d.w("Date hired: ", (g.fdate(g.date(2010, 2022), style=0), DT), f"   Wage: {g.money(15, 45)}/hr   Hours/week: {g.r.randint(20, 50)}\n\n")
    d.w(f"EMPLOYER\n{employer}   FEIN {g.digits(2)}-{g.digits(7)}   NAICS {g.digits(6)}\n")
    d.w("Location: ", (ea.one_line(), ADDR), "\n")
    d.w("Supervisor: ", (sup.full, P), "   Phone: ", (g.phone(state=_state_of(ea)), PH), "\n\n")
    d.w("OCCURRENCE\n")
    d.w("Date of injury: ", (g.fdate(doi, style=0), DT), "   Time of occurrence: ", (g.ftime(), DT),
        "   Time workday began: ", (g.pick(["6:00 AM", "7:00 AM", "8:30 AM"]), DT), "\n")
    d.w("Date employer notified: ", (g.fdate(doi + dt.timedelta(days=g.r.randint(0, 3)), style=0), DT), "\n")
    d.w("Last day worked: ", (g.fdate(doi, style=0), DT), f"   Returned to work: {g.pick(['No', 'Yes - light duty'])}\n")
    d.w("How did the injury occur? ", g.pick([
        "Employee lifting 50 lb box from pallet felt pop in lower back.",
        "Slipped on wet floor in walk-in cooler, landed on right wrist.",
        "Struck by falling drywall sheet, laceration to left hand.",
        "Patient transfer without lift assist; strain to shoulder."]), "\n")
    icd, desc = g.pick(ICD10)
    d.w(f"Nature of injury / body part: {desc} ({icd})\n")
    d.w("Treating physician: ", (doc.full, P), f", {g.pick(HOSPITALS)}   Hospitalized overnight: {g.pick(['No', 'No', 'Yes'])}\n")
    d.w("Medical record no.: ", (g.mrn(), MRN), "\n")
    d.w("Prepared by: ", (g.person().full, P), ", HR   Date: ", (g.fdate(doi + dt.timedelta(days=g.r.randint(1, 5)), style=0), DT), "\n")


def t_claims_json(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    cl = g.person()
    a = g.addr()
    st = _state_of(a)
    dol = g.date()
    ind = "  "
    d.w("{\n")
    d.w(f'{ind}"claimId": "{g.claim_no()}",\n{ind}"policyNumber": "{g.policy_no(g.pick(["auto", "home"]))}",\n')
    d.w(f'{ind}"lob": "{g.pick(["PA", "HO", "CA", "BOP"])}",\n{ind}"status": "{g.pick(["OPEN", "PENDING_DOCS", "CLOSED_PAID", "REOPENED"])}",\n')
    d.w(f'{ind}"createdEpoch": {g.epoch()},\n')
    d.w(f'{ind}"dateOfLoss": "', (dol.isoformat(), DT), '",\n')
    if g.chance(0.5):
        d.w(f'{ind}"reportedAt": "', (f"{(dol + dt.timedelta(days=1)).isoformat()}T{g.r.randint(8, 20):02d}:{g.r.randint(0, 59):02d}:00", DT), '",\n')
    d.w(f'{ind}"claimant": {{\n')
    d.w(f'{ind*2}"firstName": "', (cl.first, P), '",\n')
    d.w(f'{ind*2}"lastName": "', (cl.last, P), '",\n')
    d.w(f'{ind*2}"birthDate": "', (g.dob().isoformat(), DOB), '",\n')
    if g.chance(0.4):
        d.w(f'{ind*2}"ssn": "', (g.ssn(), SSN), '",\n')
    else:
        d.w(f'{ind*2}"ssnMasked": "***-**-{g.digits(4)}",\n')
    d.w(f'{ind*2}"phone": "', (g.phone(state=st), PH), '",\n')
    d.w(f'{ind*2}"email": "', (g.email(cl), EM), '",\n')
    d.w(f'{ind*2}"address": {{\n')
    d.w(f'{ind*3}"line1": "', (a.line1, ADDR), '",\n')
    d.w(f'{ind*3}"city": "', (a.city, LOC), '",\n')
    d.w(f'{ind*3}"state": "', (a.region, LOC), '",\n')
    d.w(f'{ind*3}"postalCode": "{a.postcode}",\n{ind*3}"country": "US"\n{ind*2}}}')
    if g.chance(0.5):
        d.w(f',\n{ind*2}"driverLicense": "', (g.dl(st), DL), '"')
    d.w(f"\n{ind}}},\n")
    d.w(f'{ind}"vehicle": {{"vin": "{g.vin()}", "plate": "{g.plate()}", "year": {g.r.randint(2008, 2025)}}},\n')
    d.w(f'{ind}"reserves": {{"indemnity": {g.r.randint(500, 40000)}.00, "expense": {g.r.randint(100, 5000)}.00}},\n')
    if g.chance(0.5):
        d.w(f'{ind}"payee": {{"bankAccount": "', (g.acct(), ACCT), f'", "routing": "{g.routing()}"}},\n')
    d.w(f'{ind}"submittedFromIp": "', (g.ip4(), IP), '",\n')
    d.w(f'{ind}"adjuster": {{"id": "{g.upper(2)}{g.digits(4)}", "name": "', (g.person().full, P), '"},\n')
    d.w(f'{ind}"traceId": "{g.uuid()}",\n{ind}"schemaVersion": "{g.version()}"\n}}\n')


def t_claims_csv(g: G, d: Doc) -> None:
    d.w(g.pick(["# export: open_claims_by_adjuster.csv\n", "", "-- nightly extract, pipe-free CSV\n"]))
    cols = ["claim_no", "lob", "date_of_loss", "claimant", "phone", "email", "loss_city", "loss_state",
            "paid", "reserve", "status"]
    d.w(",".join(cols), "\n")
    for _ in range(g.r.randint(4, 9)):
        p = g.person()
        c, stt, _z = g.pick(US_CITIES)
        dol = g.date()
        nm = f'"{p.lf}"' if g.chance(0.5) else p.full
        d.w(g.claim_no(), ",", g.pick(["PA", "HO", "DP", "PUP", "WC"]), ",", (dol.isoformat() if g.chance(0.5) else f"{dol.month}/{dol.day}/{dol.year}", DT), ",")
        if nm.startswith('"'):
            d.w('"', (p.lf, P), '"')
        else:
            d.w((p.full, P))
        d.w(",")
        if g.chance(0.85):
            d.w((g.phone(state=stt, style=g.pick([1, 2])), PH))
        d.w(",")
        if g.chance(0.7):
            d.w((g.email(p), EM))
        d.w(",", (c, LOC), ",", (stt, LOC), ",", f"{g.r.randint(0, 30000)}.{g.digits(2)},{g.r.randint(0, 50000)}.00,",
            g.pick(["OPEN", "CLOSED", "SUBRO", "LITIGATED"]), "\n")


def t_acord25(g: G, d: Doc) -> None:
    brk, contact = g.person(), g.person()
    pa, ia, ha = g.addr(unit_p=0.7), g.addr(), g.addr()
    insured = g.pick(["Kessler & Dunn Construction LLC", "Brightline Electrical Inc.", "Pinecrest Landscaping Co.",
                      "Delgado Brothers Roofing", "Summit Event Rentals LLC"])
    holder = g.pick(["Meadowbrook HOA", "City Parks Department", "Oakmont Shopping Center LP", "Lakeside School District"])
    issued = g.date()
    d.w("ACORD(R)   CERTIFICATE OF LIABILITY INSURANCE", " " * 10, "DATE (MM/DD/YYYY) ", (g.fdate(issued, style=0), DT), "\n")
    d.w("THIS CERTIFICATE IS ISSUED AS A MATTER OF INFORMATION ONLY AND CONFERS NO RIGHTS UPON THE CERTIFICATE HOLDER.\n\n")
    d.w("PRODUCER\n", g.pick(["Cornerstone Risk Advisors", "Walker & Finch Insurance", "Brightway Insurance Agency"]), "\n",
        (pa.block(), ADDR), "\n")
    d.w("CONTACT NAME: ", (contact.full, P), "\nPHONE (A/C, No, Ext): ", (g.phone(), PH),
        "   FAX (A/C, No): ", (g.phone(), PH), "\nE-MAIL ADDRESS: ", (g.email(contact, "cornerstone-risk.com"), EM), "\n\n")
    d.w("INSURED\n", insured, "\n", (ia.block(), ADDR), "\n\n")
    ins_names = g.r.sample([x[0] for x in INSURERS], 3)
    for L, nm in zip("ABC", ins_names):
        d.w(f"INSURER {L}: {nm}   NAIC # {g.digits(5)}\n")
    d.w(f"\nCERTIFICATE NUMBER: {g.digits(8)}   REVISION NUMBER: {g.r.randint(0, 4)}\n\n")
    d.w(f"{'LTR':<4}{'TYPE OF INSURANCE':<28}{'POLICY NUMBER':<20}{'POLICY EFF':<13}{'POLICY EXP':<13}LIMITS\n")
    for L, typ, k in [("A", "COMMERCIAL GENERAL LIAB", "comm"), ("B", "AUTOMOBILE LIABILITY", "comm"),
                      ("C", "WORKERS COMPENSATION", "wc")]:
        eff = g.date(2024, 2025)
        exp = eff + dt.timedelta(days=365)
        d.w(f"{L:<4}{typ:<28}{g.policy_no(k):<20}", (f"{eff.month:02d}/{eff.day:02d}/{eff.year}", DT), "   ",
            (f"{exp.month:02d}/{exp.day:02d}/{exp.year}", DT), f"   EACH OCCURRENCE {g.pick(['$1,000,000', '$2,000,000'])}\n")
    d.w(f"\nDESCRIPTION OF OPERATIONS: Certificate holder is named additional insured per CG 20 10 04 13 with respect to work at ",
        (ha.one_line(), ADDR), ".\n\n")
    d.w(f"CERTIFICATE HOLDER\n{holder}\n", (g.addr(unit_p=0).block(), ADDR), "\n\n")
    d.w("AUTHORIZED REPRESENTATIVE: ", (brk.full, P), "\nACORD 25 (2016/03)  (C) 1988-2015 ACORD CORPORATION. All rights reserved.\n")


def t_it_config_yaml(g: G, d: Doc) -> None:
    env = g.pick(["prod", "staging", "uat"])
    dbu = g.pick(["claims_app", "svc_fnol", "rating_rw", "uw_batch"])
    host = g.host()
    d.w(f"# claims-platform/{env}/application.yml  (rev {g.sha(7)})\n")
    d.w("spring:\n  datasource:\n")
    if g.chance(0.5):
        d.w(f"    url: jdbc:postgresql://", (g.ip4(), IP), f":5432/claims_{env}\n")
    else:
        d.w(f"    url: jdbc:postgresql://{host}:5432/claims_{env}\n")
    d.w(f"    username: {dbu}\n    password: ", (g.password(), PWD), "\n")
    d.w(f"    hikari:\n      maximum-pool-size: {g.r.randint(10, 60)}\n      connection-timeout: 30000\n")
    d.w("aws:\n  region: us-east-1\n  s3:\n    bucket: ", f"nwm-claim-docs-{env}\n")
    d.w("  credentials:\n    access-key-id: ", (g.aws_key(), AKID), "\n    secret-access-key: ", (g.aws_secret(), ASK), "\n")
    d.w("payments:\n  stripe:\n    api-key: ", (g.stripe(), STR), "\n")
    d.w("    webhook-secret: ", (g.secret(), SEC), "\n")
    if g.chance(0.6):
        d.w("notifications:\n  slack:\n    bot-token: ", (g.slack_token(), SLK), "\n    channel: \"#claims-cat-alerts\"\n")
    d.w("vendors:\n  iso-claimsearch:\n    base-url: ", (f"https://api.{g.pick(['claimsearch-vendor.com', 'iso-connect.net'])}/v2", URL), "\n")
    d.w("    client-id: ", f"nwm-{env}-{g.digits(4)}\n", "    client-secret: ", (g.secret(), SEC), "\n")
    d.w("  vin-decoder:\n    api-key: ${VIN_DECODER_KEY}\n")
    d.w("  mvr:\n    password: ${MVR_PASSWORD:changeme}\n")
    d.w("management:\n  endpoints:\n    web:\n      exposure: health,info,prometheus\n")
    d.w("  allow-list:\n")
    for _ in range(g.r.randint(1, 3)):
        d.w("    - ", (g.ip4(), IP), f"/{g.pick([24, 32, 16])}\n")
    d.w(f"logging:\n  level:\n    com.northwind.claims: {g.pick(['INFO', 'DEBUG', 'WARN'])}\n")
    d.w(f"build:\n  version: {g.version()}\n  commit: {g.sha()}\n")


def t_env_file(g: G, d: Doc) -> None:
    d.w(f"# .env.{g.pick(['production', 'local', 'staging'])} -- quote-bind service (DO NOT COMMIT)\n")
    d.w(f"APP_NAME=quote-bind\nAPP_VERSION={g.version()}\nNODE_ENV=production\nPORT={g.pick([3000, 8080, 8443])}\n")
    u = g.pick(["quote_svc", "bind_rw", "app"])
    h = g.host() if g.chance(0.5) else None
    d.w(f"DATABASE_URL=postgres://{u}:", (g.password(), PWD), "@")
    if h:
        d.w(h)
    else:
        d.w((g.ip4(), IP))
    d.w(f":5432/quotes\n")
    d.w("REDIS_URL=redis://:", (g.password(), PWD), f"@cache-{g.digits(2)}.internal:6379/0\n")
    d.w("JWT_SIGNING_SECRET=", (g.alnum(64), SEC), "\n")
    d.w("STRIPE_SECRET_KEY=", (g.stripe(), STR), "\n")
    d.w("STRIPE_WEBHOOK_SECRET=", ("whsec_" + g.alnum(32), SEC), "\n")
    d.w("AWS_ACCESS_KEY_ID=", (g.aws_key(), AKID), "\nAWS_SECRET_ACCESS_KEY=", (g.aws_secret(), ASK), "\n")
    if g.chance(0.5):
        d.w("GITHUB_TOKEN=", (g.gh_token(), GHT), "   # for private npm packages\n")
    if g.chance(0.5):
        d.w("SLACK_BOT_TOKEN=", (g.slack_token(), SLK), "\n")
    d.w("SENDGRID_API_KEY=${SENDGRID_API_KEY}\nTWILIO_AUTH_TOKEN=", (g.sha(32), SEC), "\n")
    d.w("RATING_ENGINE_URL=", (f"https://rating.{g.pick(['northwindmutual.com', 'keystonecas.com'])}/api/v3/quote", URL), "\n")
    d.w("SUPPORT_EMAIL=", (g.pick(["noreply", "quotes", "support"]) + "@" + g.pick(["northwindmutual.com", "keystonecas.com"]), EM), "\n")
    d.w(f"FEATURE_FLAGS=telematics,paperless,multi_policy\nREQUEST_ID_HEADER=X-Request-Id\nBUILD_SHA={g.sha()}\n")


def t_k8s_secret(g: G, d: Doc) -> None:
    def b64(s: str) -> str:
        return base64.b64encode(s.encode()).decode()
    name = g.pick(["claims-api", "fnol-intake", "policy-admin", "pet-claims", "payments-gateway"])
    d.w("apiVersion: v1\nkind: Secret\nmetadata:\n", f"  name: {name}-credentials\n  namespace: {g.pick(['claims', 'underwriting', 'billing'])}\n")
    d.w(f"  labels:\n    app.kubernetes.io/name: {name}\n    app.kubernetes.io/version: \"{g.version()}\"\n")
    d.w(f"  annotations:\n    kubectl.kubernetes.io/last-applied-configuration-hash: {g.sha(64)}\ntype: Opaque\ndata:\n")
    d.w(f"  DB_USER: {b64(g.pick(['claims', 'fnol_rw', 'pa_admin']))}\n")
    d.w("  DB_PASSWORD: ", (b64(g.password()), PWD), "\n")
    d.w("  API_KEY: ", (b64(g.secret()), SEC), "\n")
    if g.chance(0.6):
        d.w("  SMTP_PASSWORD: ", (b64(g.password()), PWD), "\n")
    if g.chance(0.6):
        d.w("  OAUTH_CLIENT_SECRET: ", (b64(g.alnum(40)), SEC), "\n")
    if g.chance(0.3):
        d.w("  STRIPE_KEY: ", (b64(g.stripe()), SEC), "\n")
    d.w("stringData:\n  LOG_LEVEL: info\n")
    if g.chance(0.5):
        d.w("  ADMIN_PASSWORD: ", (g.password(), PWD), "\n")
    d.w("---\n# sealed-secrets controller: ", g.pick(["v0.24.5", "v0.26.1"]), f", generated {g.epoch()}\n")


def t_portal_log(g: G, d: Doc) -> None:
    day = g.date()
    t = g.r.randint(0, 80000)
    n = g.r.randint(8, 16)
    for _ in range(n):
        t += g.r.randint(1, 400)
        ts = f"{day.isoformat()}T{t // 3600 % 24:02d}:{t % 3600 // 60:02d}:{t % 60:02d}.{g.digits(3)}Z"
        lvl = g.pick(["INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        d.w(ts, f" {lvl:<5} [{g.pick(['http-nio-8443-exec-4', 'fnol-worker-2', 'auth', 'docs-upload'])}] ")
        k = g.r.randint(0, 9)
        if k == 0:
            p = g.person()
            d.w("login success user=", (g.email(p), EM), " ip=", (g.ip4(), IP), f" mfa=totp session={g.uuid()}\n")
        elif k == 1:
            d.w("login failed user=", (g.email(), EM), " ip=", (g.ip4(), IP), f" reason=BAD_CREDENTIALS attempts={g.r.randint(1, 6)}\n")
        elif k == 2:
            d.w(f"POST /api/v2/fnol 201 {g.r.randint(80, 900)}ms claim={g.claim_no()} client=", (g.ip6() if g.chance(0.3) else g.ip4(), IP), "\n")
        elif k == 3:
            d.w("outbound call Authorization: Bearer ", (g.jwt(), JWT_), f" -> rating-api status=200\n")
        elif k == 4:
            d.w(f"document uploaded claim={g.claim_no()} file=IMG_{g.digits(4)}.HEIC size={g.r.randint(200, 9000)}KB sha256={g.sha(64)}\n")
        elif k == 5:
            d.w(f"payment authorized amount={g.money(50, 3000)} card={g.masked_card()} txn={g.upper(3)}{g.digits(9)}\n")
        elif k == 6:
            d.w(f"GET /healthz 200 {g.r.randint(1, 9)}ms\n")
        elif k == 7:
            d.w("WARN legacy client sent api_key=", (g.secret(), SEC), " in query string; rejecting\n")
        elif k == 8:
            d.w(f"job=renewal-batch processed={g.r.randint(100, 9000)} duration={g.r.randint(1, 59)}m{g.r.randint(0, 59)}s\n")
        else:
            p = g.person()
            d.w("profile updated by ", (g.email(p), EM), " fields=[phone,mailing_address] from ip ", (g.ip4(), IP), "\n")


def t_travel_claim(g: G, d: Doc) -> None:
    ins, dom = g.pick(TRAVEL_INSURERS)
    tr, comp, doc = g.person(), g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    city, country = g.pick(ABROAD["en"])
    dep = g.date()
    ret = dep + dt.timedelta(days=g.r.randint(5, 21))
    d.w(f"{ins} - TRIP CANCELLATION / INTERRUPTION / MEDICAL CLAIM FORM\nPlan: {g.pick(['Voyager Plus', 'Essential', 'Annual Multi-Trip'])}   Policy/Certificate #: {g.policy_no('travel')}\n\n")
    d.w("SECTION 1 - PRIMARY TRAVELER\n")
    d.w("Name: ", (tr.full, P), "   Date of birth: ", (g.fdate(g.dob(1945, 2005), style=0), DOB), "\n")
    d.w("Address: ", (a.one_line(), ADDR), "\n")
    d.w("Phone: ", (g.phone(state=st), PH), "   E-mail: ", (g.email(tr), EM), "\n")
    if g.chance(0.5):
        d.w("Traveling companion(s): ", (comp.full, P), "\n")
    d.w("\nSECTION 2 - TRIP DETAILS\n")
    d.w("Destination: ", (f"{city}, {country}", LOC), "\n")
    d.w("Departure date: ", (g.fdate(dep, style=0), DT), "   Return date: ", (g.fdate(ret, style=0), DT), "\n")
    fl = f"{g.pick(AIRLINES)}{g.r.randint(10, 9999)}"
    o, de = g.r.sample(IATA, 2)
    d.w(f"Flights: {fl} {o}-{de}, seat {g.r.randint(3, 45)}{g.pick('ABCDEF')}; booking ref {g.upper(6)}; e-ticket {g.digits(13)}\n")
    d.w(f"Total prepaid non-refundable trip cost: {g.money(900, 12000)}\n\n")
    d.w("SECTION 3 - REASON FOR CLAIM\n")
    kind = g.r.randint(0, 2)
    if kind == 0:
        d.w("Illness while traveling. Seen at ", g.pick(["Hospital CUF Descobertas", "Clínica Santa Elena", "Bumrungrad International",
                                                      "Landspítali", "Hospital Galenia"]), " in ", (city, LOC), " on ",
            (g.fdate(dep + dt.timedelta(days=2), style=1), DT), ". Attending physician ", g.pick(["Dr. ", ""]), (doc.full, P),
            f". Diagnosis: {g.pick(['acute gastroenteritis', 'fractured ankle (S82.891A)', 'pneumonia (J18.9)'])}.\n")
    elif kind == 1:
        d.w("Trip cancelled because my ", g.pick(["parent", "spouse", "child", "sibling"]), ", ", (comp.full, P),
            ", was hospitalized on ", (g.fdate(dep - dt.timedelta(days=3), style=1), DT), ".\n")
    else:
        d.w(f"Flight {fl} cancelled due to {g.pick(['hurricane', 'volcanic ash', 'strike'])}; missed {g.r.randint(1, 4)} nights of prepaid tour. "
            f"Rebooked departure ", (g.fdatetime(ret + dt.timedelta(days=1)), DT), ".\n")
    d.w("\nSECTION 4 - OTHER INSURANCE\nPrimary health plan: ", g.pick(HEALTH_PLANS), "   Member ID: ", (g.hpn(), HPN), "\n")
    d.w("\nSECTION 5 - PAYMENT\n")
    if g.chance(0.5):
        d.w("Reimburse to card used for trip purchase: ", (g.card(), CC), "\n")
    else:
        d.w(f"Direct deposit: {g.pick(BANKS)}  routing {g.routing()}  account ", (g.acct(), ACCT), "\n")
    d.w("\nI certify the information is true. Signature on file. Date: ", (g.fdate(ret + dt.timedelta(days=g.r.randint(3, 30)), style=0), DT), "\n")


def t_pet_claim(g: G, d: Doc) -> None:
    ins, dom = g.pick(PET_INSURERS)
    own, vet = g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    pet = g.pick(PET_NAMES)
    clinic = g.pick(VET_CLINICS)
    dos = g.date()
    d.w(f"{ins} Claim Form\n", "=" * 40, "\n")
    d.w(f"Policy number: {g.policy_no('pet')}\n")
    d.w("Pet parent: ", (own.full, P), "\n")
    d.w("Phone: ", (g.phone(state=st), PH), "\nEmail: ", (g.email(own), EM), "\n")
    d.w("Mailing address: ", (a.one_line(), ADDR), "\n\n")
    d.w(f"Pet's name: {pet}    Species/breed: {g.pick(BREEDS)}    Microchip: {g.digits(15)}\n")
    d.w(f"Age: {g.r.randint(1, 14)} yrs   Weight: {g.r.randint(6, 90)} lb\n\n")
    d.w(f"Veterinary hospital: {clinic}\n")
    d.w("Treating veterinarian: Dr. ", (vet.full if g.chance(0.5) else vet.last, P), "\n")
    d.w("Clinic phone: ", (g.phone(state=st), PH), "\n")
    d.w("Date symptoms first noticed: ", (g.fdate(dos - dt.timedelta(days=g.r.randint(0, 6)), style=0), DT), "\n")
    d.w("Date(s) of treatment: ", (g.fdate(dos, style=0), DT))
    if g.chance(0.5):
        d.w(" and ", (g.fdate(dos + dt.timedelta(days=g.r.randint(7, 14)), style=0), DT))
    d.w("\n")
    d.w(f"Condition: {g.pick(['vomiting / foreign body ingestion', 'cruciate ligament tear', 'ear infection (otitis externa)', 'allergic dermatitis', 'UTI'])}\n")
    d.w(f"Invoice #{g.digits(6)}  total {g.money(120, 6500)}  (exam, radiographs, {g.pick(VET_DRUGS)}, {g.pick(VET_DRUGS)})\n\n")
    d.w(f"Has {pet} been treated for this condition before? {g.pick(['No', 'Yes - see attached records'])}\n")
    d.w("Reimbursement: ", g.pick(["direct deposit to account on file", "check to mailing address"]), "\n")
    d.w(f"Upload portal: ", (g.url(dom, ["/claims/new", "/my-pets/claims", "/upload"]), URL), "\n")
    d.w("Submitted ", (g.fdate(dos + dt.timedelta(days=g.r.randint(1, 20)), style=1), DT), " via mobile app v", g.version(), "\n")


def t_life_beneficiary_change(g: G, d: Doc) -> None:
    ins, dom = g.pick(LIFE_INSURERS)
    owner, b1, b2, b3, wit = g.person(), g.person(), g.person(), g.person(), g.person()
    a = g.addr()
    d.w(f"{ins}\nCHANGE OF BENEFICIARY REQUEST (Form LB-{g.digits(3)})\n\n")
    d.w(f"Policy number(s): {g.policy_no('life')}\n")
    d.w("Owner name: ", (owner.full, P), "\nOwner SSN/TIN: ", (g.ssn(), SSN), "\n")
    d.w("Insured (if different from owner): ")
    if g.chance(0.7):
        d.w("same")
    else:
        d.w((g.person().full, P))
    d.w("\nOwner address: ", (a.one_line(), ADDR), "\nDaytime phone: ", (g.phone(state=a.region), PH), "\n\n")
    d.w("I revoke all prior beneficiary designations and name the following:\n\n")
    d.w(f"{'Type':<12}{'Name':<30}{'Relationship':<16}{'Date of Birth':<16}{'SSN':<13}{'%':>4}\n")
    shares = g.pick([[100], [50, 50], [60, 40], [50, 25, 25]])
    bens = [b1, b2, b3]
    for i, pct in enumerate(shares):
        p = bens[i]
        d.w(f"{'Primary':<12}", (p.full, P), " " * max(1, 30 - len(p.full)), f"{g.pick(['Spouse', 'Child', 'Sibling', 'Trust'])[:15]:<16}",
            (g.fdate(g.dob(1950, 2018), style=0), DOB), "      ", (g.ssn(0), SSN), f"{pct:>5}\n")
    if g.chance(0.5):
        d.w(f"{'Contingent':<12}The {owner.last} Family Trust dated ", (g.fdate(g.date(2010, 2022), style=0), DT), "\n")
    d.w("\nOwner signature: ______________________   Date: ", (g.fdate(g.date(2024, 2025), style=0), DT), "\n")
    d.w("Witness (not a beneficiary): ", (wit.full, P), "\n")
    d.w("Note: community-property states may require spousal consent. Return to: ", (f"beneficiary.services@{dom}", EM), "\n")


def t_death_claim(g: G, d: Doc) -> None:
    ins, dom = g.pick(LIFE_INSURERS)
    dec, clm = g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    dod = g.date()
    d.w(f"CLAIMANT'S STATEMENT - LIFE INSURANCE DEATH BENEFIT\n{ins}   Policy {g.policy_no('life')}   Claim {g.claim_no()}\n\n")
    d.w("PART 1: INFORMATION ABOUT THE DECEASED\n")
    d.w("Full name of insured: ", (dec.mid, P), "\n")
    d.w("Date of birth: ", (g.fdate(g.dob(1930, 1975), style=0), DOB), "    Date of death: ", (g.fdate(dod, style=0), DT), "\n")
    d.w("Social Security number: ", (g.ssn(), SSN), "\n")
    d.w("Place of death: ", g.pick(["Hospital", "Residence", "Hospice facility"]), ", ", (g.city(), LOC), "\n")
    d.w(f"Cause of death (per certificate): {g.pick(['acute myocardial infarction', 'metastatic carcinoma', 'motor vehicle accident', 'COPD'])}\n")
    d.w("Last residence: ", (g.addr().one_line(), ADDR), "\n\n")
    d.w("PART 2: CLAIMANT / BENEFICIARY\n")
    d.w("Name: ", (clm.full, P), "   Relationship: ", g.pick(["spouse", "child", "sibling", "executor"]), "\n")
    d.w("Date of birth: ", (g.fdate(g.dob(1940, 2000), style=0), DOB), "   SSN: ", (g.ssn(), SSN), "\n")
    d.w("Address: ", (a.one_line(), ADDR), "\nPhone: ", (g.phone(state=st), PH), "   E-mail: ", (g.email(clm), EM), "\n\n")
    d.w("PART 3: SETTLEMENT OPTION\n")
    opt = g.r.randint(0, 1)
    if opt == 0:
        d.w(f"[X] Lump sum by direct deposit\n    Bank: {g.pick(BANKS)}   Routing: {g.routing()}   Account: ", (g.acct(), ACCT),
            f"   Type: {g.pick(['Checking', 'Savings'])}\n")
    else:
        d.w("[X] Retained asset account (interest-bearing)\n[ ] Lump sum check\n")
    d.w("\nFuneral home assignment: ", g.pick(["Whitfield & Sons Funeral Home", "Greenlawn Memorial Chapel", "None"]),
        f" - amount {g.money(4000, 15000)}\n")
    d.w("Certified death certificate enclosed (state file no. ", g.digits(3), "-", g.digits(4), "-", g.digits(6), ")\n")
    d.w("Signature of claimant: on file    Date signed: ", (g.fdate(dod + dt.timedelta(days=g.r.randint(10, 60)), style=0), DT), "\n")


def t_water_inspection(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    insd, adj, plumber = g.person(), g.person(), g.person()
    a = g.addr(unit_p=0.1)
    insp = g.date()
    d.w(f"FIELD INSPECTION REPORT - {ins}\n")
    d.w(f"Claim: {g.claim_no()}   Cat code: {g.pick(['none', 'PCS ' + g.digits(2)])}\n")
    d.w("Insured: ", (insd.full, P), "\nRisk address: ", (a.one_line(), ADDR), "\n")
    d.w("Date of inspection: ", (g.fdate(insp, style=g.pick([1, 3])), DT), "   Arrived: ", (g.ftime(), DT), "\n")
    d.w("Present: insured, ", (adj.full, P), f" (field adjuster #{g.digits(4)})\n\n")
    d.w("CAUSE & ORIGIN\n")
    d.w(f"Supply line to {g.pick(['refrigerator ice maker', 'second-floor toilet', 'dishwasher', 'water heater'])} failed "
        f"({g.pick(['braided SS line', 'PEX fitting', 'copper pinhole'])}). Water migrated to {g.pick(['finished basement', 'kitchen subfloor', 'ceiling below'])}. "
        f"Insured states leak discovered ", (g.fdate(insp - dt.timedelta(days=g.r.randint(1, 9)), style=1), DT),
        " approx. ", (g.ftime(), DT), f"; estimated duration of leak {g.r.randint(2, 30)} hours.\n")
    d.w(f"Plumber ", (plumber.full, P), f" of {g.pick(['Reliable Rooter', 'Kowalski Plumbing & Heating', 'FlowRight Plumbing'])} repaired on site; invoice {g.money(150, 900)}.\n\n")
    d.w("MOISTURE MAP (pin meter, % WME)\n")
    for room in g.r.sample(["Kitchen", "Dining", "Hall bath", "Basement rec room", "Laundry", "Bedroom 2"], 3):
        d.w(f"  {room:<18} walls {g.r.randint(12, 40)}%  floor {g.r.randint(15, 45)}%  baseline {g.r.randint(8, 12)}%\n")
    d.w(f"\nSCOPE: Remove {g.r.randint(20, 300)} SF drywall to 2 ft flood cut, {g.r.randint(40, 500)} SF LVP; "
        f"{g.r.randint(3, 6)} air movers + 1 LGR dehu x {g.r.randint(3, 5)} days.\n")
    d.w(f"RCV {g.money(4000, 45000)}   Depreciation {g.money(200, 6000)}   ACV {g.money(3000, 40000)}\n")
    d.w(f"Coverage concerns: {g.pick(['none', 'possible long-term seepage exclusion', 'mold sublimit $5,000 applies'])}\n")
    d.w("Photos: 42 uploaded to Xactimate project ", g.upper(8), "\n")


def t_chat_transcript(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS + PET_INSURERS)
    cust, ag = g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    clk = _clock(g)
    d.w(f"Live chat transcript - {ins} Customer Care\nChat ID: {g.upper(2)}-{g.digits(8)}   Channel: web   Browser: Chrome {g.r.randint(110, 129)}.0\n\n")
    bot = g.pick(["Virtual Assistant", "Max (bot)"])

    def line(who, *parts) -> None:
        hhmm = next(clk)[:5]
        d.w(f"{hhmm} ", (who, P) if who == ag.first else who, ": ", *parts, "\n")
    line(bot, "Hi! I can help with billing, claims, and ID cards. What can I do for you?")
    line("You", g.pick(["need to update my card on file", "my payment didn't go through", "want to pay my bill"]))
    line(bot, "Connecting you with an agent. Average wait is under 2 minutes.")
    line(ag.first, "Hello, this is ", (ag.first, P), ". May I have your full name and the policy number?")
    line("You", (cust.full.lower() if g.chance(0.3) else cust.full, P), f" policy {g.policy_no(g.pick(['auto', 'home']))}")
    line(ag.first, "Thank you. For security, please confirm your date of birth and ZIP code.")
    line("You", (g.fdate(g.dob(), style=g.pick([0, 4])), DOB), f" and {a.postcode[:5]}")
    line(ag.first, f"Verified, thanks! I see a returned payment of {g.money(80, 600)}. Would you like to make a payment now?")
    k = g.r.randint(0, 2)
    if k == 0:
        line("You", "yes use this card ", (g.card(sep=g.pick([" ", ""])), CC))
        line(ag.first, "For your security please don't type full card numbers in chat. I've masked it and processed the payment; "
             f"confirmation {g.upper(3)}{g.digits(7)}.")
    elif k == 1:
        line("You", "take it from my checking, routing ", g.routing(), " account ", (g.acct(), ACCT))
        line(ag.first, f"Done. EFT scheduled, confirmation {g.upper(3)}{g.digits(7)}.")
    else:
        line("You", "can you just send me a link? my email is ", (g.email(cust), EM))
        line(ag.first, "Sent! You can also pay at ", (g.url(dom, ["/pay", "/billing/quickpay"]), URL), ".")
    line(ag.first, "Also, your renewal date is ", (g.fdate(g.date(2024, 2026), style=1), DT), ". Anything else?")
    if g.chance(0.5):
        line("You", "my new number is ", (g.phone(state=st), PH), " and we moved to ", (a.one_line(), ADDR))
        line(ag.first, "Updated. Address changes may affect your premium; you'll get a revised declarations page.")
    line("You", g.pick(["thats all thanks", "no thank you!", "ok bye"]))
    line(ag.first, "Thanks for chatting with us. Have a great day!")
    d.w(f"\n-- chat ended, duration {g.r.randint(3, 25)} min, CSAT {g.r.randint(1, 5)}/5 --\n")


def t_sms_thread(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    adj, cl = g.person(), g.person()
    a = g.addr(unit_p=0.1)
    day = g.date()
    shop = g.pick(BODY_SHOPS)
    d.w(f"SMS log export - claim {g.claim_no()} - adjuster mobile line\n")
    d.w("Participants: ", (adj.full, P), " (", (g.phone(), PH), "), ", (cl.full, P), " (", (g.phone(), PH), ")\n\n")
    msgs = [
        ("out", lambda: d.w(f"Hi ", (cl.first, P), ", this is ", (adj.first, P), f" with {ins} about your auto claim. Is now a good time to talk?")),
        ("in", lambda: d.w("Hey yes now works. Car is at ", shop, " now")),
        ("out", lambda: d.w("Great. I can have an appraiser there ", (g.fdatetime(day + dt.timedelta(days=2)), DT), ". Does that work?")),
        ("in", lambda: d.w(g.pick(["yes thank u", "👍", "ok sounds good"]))),
        ("in", lambda: d.w("Also the rental place needs my license # its ", (g.dl(a.region), DL))),
        ("out", lambda: d.w("Got it. Please email photos of the damage to ", (f"claims.photos@{dom}", EM), " and include the claim #")),
        ("in", lambda: d.w("will do. do u need my new address? ", (a.one_line(), ADDR))),
        ("out", lambda: d.w(f"Yes, updated. Your deductible is {g.pick(['$500', '$1000', '$250'])}, paid directly to the shop.")),
        ("in", lambda: d.w(g.pick(["how long will repairs take", "when will I get the check", "can my wife pick it up"]))),
        ("out", lambda: d.w(f"Typically {g.r.randint(5, 15)} business days once parts arrive. I'll update you on Friday.")),
    ]
    t = g.r.randint(8, 17) * 60
    for direction, fn in msgs[:g.r.randint(6, len(msgs))]:
        t += g.r.randint(1, 90)
        d.w(f"{'>>' if direction == 'out' else '<<'} {t // 60 % 24:02d}:{t % 60:02d}  ")
        fn()
        d.w("\n")


def t_ics_inspection(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    adj, insd = g.person(), g.person()
    a = g.addr(unit_p=0.1)
    st = _state_of(a)
    day = g.date()
    h = g.r.randint(8, 16)
    stamp = f"{g.date().strftime('%Y%m%d')}T{g.r.randint(0, 23):02d}{g.r.randint(0, 59):02d}00Z"
    d.w("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Northwind Mutual//ClaimsCenter 10.2//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n")
    d.w(f"UID:{g.uuid()}\r\nDTSTAMP:{stamp}\r\nCREATED:{stamp}\r\nLAST-MODIFIED:{stamp}\r\n")
    tz = g.pick(["New_York", "Chicago", "Denver", "Los_Angeles"])
    d.w(f"DTSTART;TZID=America/{tz}:", (f"{day.strftime('%Y%m%d')}T{h:02d}0000", DT), "\r\n")
    d.w(f"DTEND;TZID=America/{tz}:", (f"{day.strftime('%Y%m%d')}T{h + 1:02d}3000", DT), "\r\n")
    d.w(f"SUMMARY:Property inspection - claim {g.claim_no()}\r\n")
    d.w("LOCATION:", (a.one_line().replace(",", "\\,"), ADDR), "\r\n")
    d.w("DESCRIPTION:Inspection with insured ", (insd.full, P), ". Contact ", (g.phone(state=st), PH),
        ". Gate code provided by phone. Bring moisture meter and ladder.\\nRoof access required.\r\n")
    d.w("ORGANIZER;CN=", (adj.full, P), ":mailto:", (g.email(adj, dom), EM), "\r\n")
    d.w("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=", (insd.full, P), ":mailto:", (g.email(insd), EM), "\r\n")
    d.w(f"SEQUENCE:{g.r.randint(0, 3)}\r\nSTATUS:CONFIRMED\r\nBEGIN:VALARM\r\nTRIGGER:-PT30M\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def t_vcard_agent(g: G, d: Doc) -> None:
    p = g.person()
    a = g.addr(unit_p=0.7)
    st = _state_of(a)
    agency, adom = g.pick([("Walker & Finch Insurance", "walkerfinch.com"), ("Cornerstone Risk Advisors", "cornerstone-risk.com"),
                           ("Brightway Insurance Agency", "brightwayins.com"), ("Tri-County Insurance Services", "tricountyins.net")])
    d.w(f"Hi - attaching my contact card for your records. Your policy documents will follow separately.\n\n")
    d.w("BEGIN:VCARD\nVERSION:3.0\n")
    d.w("N:", (f"{p.last};{p.first};{p.mi}", P), ";;\n")
    d.w("FN:", (p.mid, P), "\n")
    d.w(f"ORG:{agency}\nTITLE:{g.pick(['Licensed Insurance Agent', 'Claims Advocate', 'Commercial Lines CSR'])}\n")
    d.w("TEL;TYPE=WORK,VOICE:", (g.phone(state=st, style=3), PH), "\n")
    d.w("TEL;TYPE=CELL:", (g.phone(state=st), PH), "\n")
    d.w("EMAIL;TYPE=INTERNET:", (g.email(p, adom), EM), "\n")
    d.w("ADR;TYPE=WORK:;;", (f"{a.line1};{a.city};{a.region};{a.postcode};USA", ADDR), "\n")
    d.w("URL:", (f"https://www.{adom}/agents/{ascii_fold(p.first).lower()}", URL), "\n")
    if g.chance(0.4):
        d.w("BDAY:", (g.dob().isoformat(), DOB), "\n")
    d.w(f"NOTE:NPN {g.digits(8)} - licensed P&C\\, L&H\nREV:{g.date().strftime('%Y%m%d')}T{g.hms().replace(':', '')}Z\nEND:VCARD\n")


def _hl7_seg(d: Doc, name: str, fields: list) -> None:
    d.w(name)
    for f in fields:
        d.w("|")
        if isinstance(f, list):
            d.w(*f)
        elif f:
            d.w(f)
    d.w("\r")


def t_hl7_adt(g: G, d: Doc) -> None:
    p, doc, ins_p = g.person(), g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    ts = f"{g.date().strftime('%Y%m%d')}{g.hms().replace(':', '')}"
    fac = g.pick(["MERCYGEN", "RIVERBEND", "SUMMITORTHO", "VALLEYREG"])
    d.w(f"MSH|^~\\&|EPIC|{fac}|WCBILL|{g.pick(['NWMUTUAL', 'KEYSTONECAS'])}|{ts}||ADT^A04|{g.digits(10)}|P|2.5.1\r")
    d.w(f"EVN|A04|{ts}\r")
    pname = f"{p.last.upper()}^{p.first.upper()}^{p.mi}"
    dob = g.dob().strftime("%Y%m%d")
    _hl7_seg(d, "PID", ["1", "", [(g.mrn(), MRN), f"^^^{fac}^MR"], "", [(pname, P)], "", [(dob, DOB)],
                        g.pick(["M", "F"]), "", "2106-3",
                        [(f"{a.street.upper()}^{a.unit.upper()}^{a.city.upper()}^{a.region}^{a.postcode}^USA", ADDR)], "",
                        [(g.phone(state=st, style=0), PH)], "", "", "S", "", [(g.digits(9), ACCT)], [(g.ssn(), SSN)]])
    dvisit = g.date()
    pv1 = ["1", "E", f"ED^{g.r.randint(1, 30)}^A", "E", "", "", [f"{g.digits(6)}^", (f"{doc.last.upper()}^{doc.first.upper()}", P), "^^^MD"]]
    pv1 += [""] * 11 + [f"V{g.digits(8)}"] + [""] * 24
    pv1 += [[(dvisit.strftime("%Y%m%d") + f"{g.r.randint(0, 23):02d}{g.r.randint(0, 59):02d}", DT)]]
    _hl7_seg(d, "PV1", pv1)
    self_ins = g.chance(0.7)
    ip = p if self_ins else ins_p
    in1 = ["1", "WC01", g.digits(5), g.pick(["NORTHWIND MUTUAL WC", "KEYSTONE CASUALTY WC"]), "", "",
           "", g.digits(6), g.pick(["REDLINE FABRICATION LLC", "VANTAGE LOGISTICS INC"]), "", "", "", "", "", "",
           [(f"{ip.last.upper()}^{ip.first.upper()}", P)], "18" if self_ins else "02",
           [(dob if self_ins else g.dob().strftime("%Y%m%d"), DOB)]]
    in1 += [""] * 17 + [g.policy_no("wc")]
    _hl7_seg(d, "IN1", in1)
    d.w(f"DG1|1||{g.pick(ICD10)[0]}^{g.pick(['INJURY', 'STRAIN', 'SPRAIN'])}^I10|||W\r")
    d.w(f"OBX|1|NM|8302-2^Body height^LN||{g.r.randint(150, 195)}|cm|||||F\r")
    d.w("ZWC|1|", (g.fdate(dvisit, style=0), DT), "|WORK RELATED INJURY|", g.pick(["LIFTING", "FALL SAME LEVEL", "STRUCK BY OBJECT"]), "\r")


def t_fhir_bundle(g: G, d: Doc) -> None:
    p = g.person()
    a = g.addr()
    st = _state_of(a)
    lu = f"{g.date().isoformat()}T{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}Z"
    pid = g.uuid()
    i = "  "
    d.w("{\n", f'{i}"resourceType": "Bundle",\n{i}"type": "collection",\n{i}"id": "{g.uuid()}",\n{i}"entry": [\n')
    d.w(f'{i*2}{{"resource": {{\n{i*3}"resourceType": "Patient",\n{i*3}"id": "{pid}",\n')
    d.w(f'{i*3}"meta": {{"versionId": "{g.r.randint(1, 9)}", "lastUpdated": "{lu}"}},\n')
    d.w(f'{i*3}"identifier": [{{"system": "urn:oid:2.16.840.1.113883.3.{g.digits(4)}", "type": {{"text": "MRN"}}, "value": "', (g.mrn(), MRN), '"}],\n')
    d.w(f'{i*3}"name": [{{"use": "official", "family": "', (p.last, P), '", "given": ["', (p.first, P), '"]}],\n')
    d.w(f'{i*3}"telecom": [{{"system": "phone", "value": "', (g.phone(state=st), PH), '", "use": "mobile"}, {"system": "email", "value": "', (g.email(p), EM), '"}],\n')
    d.w(f'{i*3}"gender": "{g.pick(["male", "female"])}",\n{i*3}"birthDate": "', (g.dob().isoformat(), DOB), '",\n')
    d.w(f'{i*3}"address": [{{"line": ["', (a.line1, ADDR), '"], "city": "', (a.city, LOC), '", "state": "', (a.region, LOC),
        f'", "postalCode": "{a.postcode}", "country": "US"}}]\n{i*2}}}}},\n')
    d.w(f'{i*2}{{"resource": {{\n{i*3}"resourceType": "Coverage",\n{i*3}"id": "{g.uuid()}",\n{i*3}"status": "active",\n')
    d.w(f'{i*3}"type": {{"text": "{g.pick(["commercial health PPO", "HMO", "EPO", "high-deductible health plan"])}"}},\n')
    d.w(f'{i*3}"subscriberId": "', (g.hpn(), HPN), '",\n')
    d.w(f'{i*3}"beneficiary": {{"reference": "Patient/{pid}"}},\n')
    d.w(f'{i*3}"period": {{"start": "', (g.date(2023, 2024).isoformat(), DT), '", "end": "', (g.date(2025, 2026).isoformat(), DT), '"},\n')
    d.w(f'{i*3}"payor": [{{"display": "{g.pick(HEALTH_PLANS)}"}}],\n')
    d.w(f'{i*3}"class": [{{"type": {{"text": "group"}}, "value": "{g.digits(6)}"}}]\n{i*2}}}}},\n')
    d.w(f'{i*2}{{"resource": {{"resourceType": "Encounter", "id": "{g.uuid()}", "status": "finished", ')
    d.w('"period": {"start": "', (f"{g.date().isoformat()}T{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:00-05:00", DT), '"}, ')
    d.w('"reasonCode": [{"coding": [{"system": "', ("http://hl7.org/fhir/sid/icd-10-cm", URL),
        f'", "code": "{g.pick(ICD10)[0]}"}}]}}]}}}}\n{i}]\n}}\n')


def t_x12_837(g: G, d: Doc) -> None:
    p = g.person()
    prov = g.person()
    a = g.addr(unit_p=0.0)
    pa = g.addr(unit_p=0.3)
    dt6 = g.date().strftime("%y%m%d")
    dt8 = g.date().strftime("%Y%m%d")
    ctrl = g.digits(9)
    sep = "~\n" if g.chance(0.7) else "~"
    segs = []
    d.w(f"ISA*00*          *00*          *ZZ*{g.upper(8):<15}*ZZ*{g.upper(7):<15}*{dt6}*{g.hm().replace(':', '')}*^*00501*{ctrl}*0*P*:{sep}")
    d.w(f"GS*HC*{g.upper(6)}*{g.upper(6)}*{dt8}*{g.hm().replace(':', '')}*{g.r.randint(1, 9999)}*X*005010X222A1{sep}")
    d.w(f"ST*837*0001*005010X222A1{sep}BHT*0019*00*{g.digits(8)}*{dt8}*{g.hm().replace(':', '')}*CH{sep}")
    d.w(f"NM1*85*2*{g.pick(['SUMMIT ORTHOPEDICS', 'RIVERBEND MEDICAL CENTER', 'NORTHSIDE URGENT CARE'])}*****XX*{g.npi()}{sep}")
    d.w("N3*", (pa.line1.upper(), ADDR), sep)
    d.w("N4*", (pa.city.upper(), LOC), "*", (pa.region, LOC), f"*{pa.postcode.replace('-', '')}{sep}")
    d.w(f"REF*EI*{g.digits(9)}{sep}")
    d.w(f"HL*2*1*22*0{sep}SBR*P*18*{g.digits(6)}******CI{sep}")
    d.w("NM1*IL*1*", (p.last.upper(), P), "*", (p.first.upper(), P), f"*{p.mi}***MI*", (g.hpn(), HPN), sep)
    d.w("N3*", (a.line1.upper(), ADDR), sep)
    d.w("N4*", (a.city.upper(), LOC), "*", (a.region, LOC), f"*{a.postcode.replace('-', '')}{sep}")
    d.w("DMG*D8*", (g.dob().strftime("%Y%m%d"), DOB), f"*{g.pick(['M', 'F'])}{sep}")
    d.w(f"NM1*PR*2*{g.pick(HEALTH_PLANS).upper()}*****PI*{g.digits(5)}{sep}")
    d.w(f"CLM*{g.upper(3)}{g.digits(7)}*{g.r.randint(100, 4000)}.00***11:B:1*Y*A*Y*Y{sep}")
    d.w("DTP*439*D8*", (g.date().strftime("%Y%m%d"), DT), sep)
    d.w(f"HI*ABK:{g.pick(ICD10)[0].replace('.', '')}{sep}")
    d.w("NM1*82*1*", (prov.last.upper(), P), "*", (prov.first.upper(), P), f"****XX*{g.npi()}{sep}")
    for n in range(1, g.r.randint(2, 4)):
        d.w(f"LX*{n}{sep}SV1*HC:{g.pick(CPT)[0]}*{g.r.randint(80, 900)}*UN*1***1{sep}")
        d.w("DTP*472*D8*", (g.date().strftime("%Y%m%d"), DT), sep)
    d.w(f"SE*{g.r.randint(20, 40)}*0001{sep}GE*1*{g.r.randint(1, 9999)}{sep}IEA*1*{ctrl}{sep}")


def t_payment_receipt(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS + LIFE_INSURERS + PET_INSURERS)
    p = g.person()
    a = g.addr()
    day = g.date()
    d.w(f"From: {ins} Billing <", (f"no-reply@{dom}", EM), ">\nTo: ", (g.email(p), EM), "\n")
    d.w(f"Date: {day.strftime('%a, %d %b %Y')} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} +0000\n")
    d.w("Subject: Payment received - thank you\n\n")
    d.w("Hi ", (p.first, P), ",\n\nWe received your payment. Here are the details:\n\n")
    d.w(f"  Confirmation #:   {g.upper(2)}{g.digits(10)}\n  Amount:           {g.money(35, 2400)}\n")
    d.w("  Payment date:     ", (g.fdate(day, style=2), DT), "\n")
    d.w(f"  Method:           {g.pick(['Visa', 'Mastercard', 'Amex', 'Discover'])} {g.masked_card()}\n")
    d.w(f"  Policy:           {g.policy_no(g.pick(['auto', 'home', 'pet', 'life']))}\n")
    d.w("  Billing account:  ", (g.digits(10), ACCT), "\n")
    d.w("  Billing address:  ", (a.one_line(), ADDR), "\n\n")
    d.w("Your next installment of ", g.money(35, 400), " is due ", (g.fdate(day + dt.timedelta(days=30), style=1), DT), ".\n")
    d.w("View your billing history: ", (g.url(dom, ["/billing/history", "/account/payments"]), URL), "\n\n")
    d.w(f"Questions? Call ", (g.tollfree(), PH), ". Please do not reply to this automated message.\n")
    d.w(f"{ins} | NAIC {g.digits(5)} | Ref {g.uuid()}\n")


def t_eft_authorization(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS + LIFE_INSURERS)
    p, j = g.person(), g.person()
    a = g.addr()
    st = _state_of(a)
    d.w(f"{ins}\nAUTHORIZATION AGREEMENT FOR AUTOMATIC PAYMENTS (ACH DEBITS)\n\n")
    d.w(f"Policy number: {g.policy_no(g.pick(['auto', 'home', 'life']))}\n")
    d.w("Account holder name: ", (p.full, P), "\n")
    if g.chance(0.4):
        d.w("Joint account holder: ", (j.full, P), "\n")
    d.w("Address: ", (a.line1, ADDR), "   City: ", (a.city, LOC), "   State: ", (a.region, LOC), f"   ZIP: {a.postcode}\n")
    d.w("Phone: ", (g.phone(state=st), PH), "\n\n")
    d.w(f"Financial institution: {g.pick(BANKS)}   Branch: ", (g.city(), LOC), "\n")
    d.w(f"Routing/transit number (9 digits): {g.routing()}\n")
    d.w("Account number: ", (g.acct(), ACCT), f"   [{g.pick(['X', ' '])}] Checking  [{g.pick([' ', 'X'])}] Savings\n")
    d.w(f"Draft day of month: {g.r.randint(1, 28)}    First draft on or after: ", (g.fdate(g.date(2024, 2025), style=0), DT), "\n\n")
    d.w("I authorize the Company to initiate debit entries to my account... This authority remains in effect until the Company "
        "has received written notification from me of its termination at least 10 days in advance.\n\n")
    d.w("Signature: ____________________   Date: ", (g.fdate(g.date(2024, 2025), style=0), DT), "\n")
    d.w("ATTACH A VOIDED CHECK. Do not send deposit slips.\n")
    d.w(f"For office use: batch {g.digits(6)}  keyed by {g.username()}  NACHA SEC code PPD\n")


def t_total_loss(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    own = g.person()
    a = g.addr()
    st = _state_of(a)
    car = g.pick(CARS)
    yr = g.r.randint(2010, 2022)
    d.w(f"MARKET VALUATION REPORT   {g.pick(['CCC ONE Valuation', 'Mitchell WorkCenter TL', 'Audatex Autosource'])}\n")
    d.w(f"Prepared for: {ins}   Claim: {g.claim_no()}   Report ID {g.digits(10)}\n")
    d.w("Owner: ", (own.full, P), "   Loss date: ", (g.fdate(g.date(), style=0), DT), "   Loss type: ",
        g.pick(["Collision", "Flood", "Theft recovery", "Hail"]), "\n")
    d.w(f"Vehicle: {yr} {car}   VIN {g.vin()}   Odometer {g.r.randint(20000, 190000):,} mi   Condition: {g.pick(['Typical', 'Above typical', 'Dealer retail'])}\n")
    d.w("Location for valuation: ", (a.city + ", " + a.region, LOC), f" {a.postcode[:5]}\n\n")
    d.w("COMPARABLE VEHICLES\n")
    for _ in range(g.r.randint(3, 5)):
        dealer = g.pick(["AutoNation", "CarMax", "Hendrick Toyota", "Rick Case Honda", "Carvana", "Ed Morse Chevrolet"])
        c, s2, _ = g.pick(US_CITIES)
        d.w(f"  {yr} {car}  {g.r.randint(20000, 190000):>7,} mi  {g.money(6000, 42000):>12}  {dealer}, ", (f"{c}, {s2}", LOC),
            f"  ({g.r.randint(5, 140)} mi)  stock #{g.upper(1)}{g.digits(5)}\n")
    d.w(f"\nBase value {g.money(8000, 40000)}  Condition adj {g.money(-900, 900)}  Tax {g.money(400, 2800)}  Title/fees {g.money(50, 400)}\n")
    d.w(f"Settlement value {g.money(8000, 42000)}   Deductible {g.pick(['$500.00', '$1,000.00'])}\n\n")
    d.w("Lienholder: ", g.pick(["Toyota Financial Services", "Ally Financial", "Capital One Auto Finance", "Westlake Financial"]),
        "   Loan acct: ", (g.digits(g.r.randint(10, 13)), ACCT), f"   Payoff {g.money(2000, 30000)} good through ",
        (g.fdate(g.date(), style=0), DT), "\n")
    d.w("Owner contact: ", (g.phone(state=st), PH), " / ", (g.email(own), EM), "\n")
    d.w("Salvage: assigned to Copart yard ", g.digits(3), f", lot {g.digits(8)}, est. salvage {g.money(500, 6000)}\n")


def t_rental_authorization(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    cl, adj, agent = g.person(), g.person(), g.person()
    ba = g.addr(unit_p=0.0)
    day = g.date()
    rc = g.pick(["Enterprise Rent-A-Car", "Hertz", "Avis Budget", "National Car Rental"])
    d.w("From: ", (adj.full, P), " <", (g.email(adj, dom), EM), ">\n")
    d.w("To: ", (g.pick(["claims", "insurance.replacement", "irt"]) + "@" + g.pick(["erac-branch.com", "hertz-irt.com", "avisbudget-irt.com"]), EM), "\n")
    d.w(f"Date: {day.strftime('%a, %d %b %Y')} {g.r.randint(7, 18):02d}:{g.r.randint(0, 59):02d}:00 -0500\n")
    d.w(f"Subject: Direct bill rental authorization - {g.claim_no()}\n\n")
    d.w(f"Please open a direct-bill rental for our {g.pick(['insured', 'claimant'])}:\n\n")
    d.w("Renter: ", (cl.full, P), "\nDOB: ", (g.fdate(g.dob(1950, 2003), style=0), DOB), "\nDriver license: ", (g.dl(ba.region), DL), "\n")
    d.w("Cell: ", (g.phone(state=ba.region), PH), "\n")
    d.w("Pickup branch: ", rc, ", ", (ba.one_line(), ADDR), "\n")
    d.w("Pickup: ", (g.fdatetime(day + dt.timedelta(days=1)), DT), "\n")
    d.w(f"Class: {g.pick(['Intermediate (ICAR)', 'Standard SUV (SFAR)', 'Compact (CCAR)'])}  Rate cap: {g.money(30, 60)}/day  "
        f"Authorized days: {g.r.randint(3, 14)}  Max {g.money(300, 1500)}\n")
    d.w("No CDW/LDW - covered under policy. Renter responsible for fuel, tolls and upgrades.\n\n")
    d.w(f"Reservation # will follow from {rc}; branch agent ", (agent.first, P), " is expecting the call.\n\nThanks,\n", (adj.first, P), "\n")


def t_recorded_statement(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    wit, adj, drv = g.person(), g.person(), g.person()
    a = g.addr()
    day = g.date()
    d.w(f"RECORDED STATEMENT - TRANSCRIPTION\nClaim No. {g.claim_no()}   File {g.digits(6)}\n")
    d.w("Statement of: ", (wit.full, P), "\nTaken by: ", (adj.full, P), f", {ins}\nMethod: telephone, recorded with consent\n\n")
    Q, A = "Q", "A"
    qa = [
        ("This is " + "{adj}" + " with " + ins + ". Today is " + "{today}" + ". Do I have your permission to record?", "Yes."),
        ("Please state your full name for the record.", "{wit_full}."),
        ("And your date of birth?", "{wit_dob}"),
        ("What is your current address?", "{wit_addr}"),
        ("Where were you when the accident happened?", "I was at the bus stop on the corner in {city}."),
        ("What date and time was this?", "{dol}"),
        ("Tell me what you saw.", "The blue sedan ran the red. The pickup, the man driving, " + "{drv}" + ", he didn't have a chance."),
        ("Did you speak with either driver?", "Just the pickup guy. I gave him my number, " + "{phone}" + "."),
        ("Is there anything else you'd like to add?", "No, that's it."),
    ]
    vals = {
        "adj": (adj.full, P), "today": (g.fdate(day + dt.timedelta(days=g.r.randint(2, 12)), style=1, weekday=g.chance(0.5)), DT),
        "wit_full": (wit.full, P), "wit_dob": (g.fdate(g.dob(), style=g.pick([0, 1])), DOB), "wit_addr": (a.one_line(), ADDR),
        "city": (g.city(), LOC), "dol": (g.fdatetime(day), DT), "drv": (drv.full, P), "phone": (g.phone(state=a.region), PH),
    }

    def emit(s: str) -> None:
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", s):
            d.w(s[pos:m.start()], vals[m.group(1)])
            pos = m.end()
        d.w(s[pos:])
    for q, ans in qa:
        d.w(f"{Q}: ")
        emit(q)
        d.w(f"\n{A}: ")
        emit(ans)
        d.w("\n")
    d.w(f"\n[END OF RECORDING - length {g.r.randint(6, 19)}m {g.r.randint(10, 59)}s]\nTranscribed by {g.pick(['VerbaTrans', 'ScribeOne'])}, job {g.digits(7)}\n")


def t_attorney_demand(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    atty, cl, insd, adj = g.person(), g.person(), g.person(), g.person()
    firm_names = [f"{g.pick(LAST['en'])} & {g.pick(LAST['en'])}, LLP", f"Law Offices of {g.pick(LAST['en'])} & Associates",
                  f"{g.pick(LAST['en'])}, {g.pick(LAST['en'])} & {g.pick(LAST['en'])} P.C."]
    firm = g.pick(firm_names)
    fa = g.addr(unit_p=0.9)
    dol = g.date(2022, 2024)
    d.w(f"{firm}\nAttorneys at Law\n", (fa.one_line(), ADDR), "\nTel ", (g.phone(state=fa.region), PH), "  Fax ", (g.phone(state=fa.region), PH), "\n\n")
    d.w((g.fdate(dol + dt.timedelta(days=g.r.randint(120, 500)), style=1), DT), "\n\nVIA EMAIL: ", (g.email(adj, dom), EM), "\n\n")
    d.w((adj.full, P), "\n", ins, "\n\n")
    d.w("Re:  Our client: ", (cl.full, P), "\n     Your insured: ", (insd.full, P), f"\n     Claim no.: {g.claim_no()}\n     Date of loss: ",
        (g.fdate(dol, style=0), DT), "\n\n")
    d.w("TIME-LIMITED POLICY LIMITS DEMAND\n\n")
    d.w("Dear ", adj.hon("Mr. ", "Ms. "), (adj.last, P), ":\n\n")
    d.w(f"As you know, this firm represents ", (cl.first, P), " for injuries sustained when your insured ", (insd.last, P),
        f" {g.pick(['rear-ended', 't-boned', 'struck'])} our client's vehicle in ", (g.city(), LOC), ". ")
    icd = g.pick(ICD10)
    d.w(f"Our client was transported to {g.pick(HOSPITALS)} and diagnosed with {icd[1]} ({icd[0]}), "
        f"followed by {g.r.randint(12, 40)} sessions of physical therapy and an MRI (CPT 72148).\n\n")
    d.w("MEDICAL SPECIALS\n")
    tot = 0
    for prov in g.r.sample(HOSPITALS + ["Apex Physical Therapy", "Open MRI of the Valley", "Metro Ambulance"], 4):
        v = g.r.randint(400, 28000)
        tot += v
        d.w(f"  {prov:<34}${v:>10,}.00\n")
    d.w(f"  {'TOTAL':<34}${tot:>10,}.00\n\n")
    d.w(f"We demand the {g.pick(['$25,000', '$50,000', '$100,000', '$250,000'])} bodily injury policy limit. This offer remains open until ",
        (g.fdatetime(dol + dt.timedelta(days=g.r.randint(520, 560))), DT), ", after which it is withdrawn. Please include our client's "
        "Medicare status confirmation; HICN not applicable.\n\n")
    d.w("Very truly yours,\n\n", (atty.full, P), ", Esq.\n", (g.email(atty, "lawfirm-mail.com"), EM), "\n")


def t_cat_intake_table(g: G, d: Doc) -> None:
    ev = g.pick(["Hurricane", "Hailstorm", "Derecho", "Wildfire", "Winter Storm"])
    nm = g.pick(["Idalia", "Ian", "Beryl", "Helene", "Milton", "Elliott"]) if ev in ("Hurricane", "Winter Storm") else ""
    c, stt, _ = g.pick([x for x in US_CITIES if sum(1 for y in US_CITIES if y[1] == x[1]) > 1])
    d.w(f"## CAT {g.r.randint(20, 99)} - {ev}{' ' + nm if nm else ''} - intake queue ({g.pick(['Tier 1', 'Tier 2', 'desk adjusting'])})\n\n")
    d.w("Event landfall / onset: ", (g.fdate(g.date(), style=1), DT), ". Affected area: ", (f"{c}, {STATE_NAMES[stt]}", LOC),
        f" and surrounding counties. PCS serial {g.digits(2)}.\n\n")
    d.w("| # | Claim | Policyholder | Phone | Property | Damage | Sev |\n|---|---|---|---|---|---|---|\n")
    for n in range(1, g.r.randint(5, 10)):
        p = g.person()
        a = g.addr(unit_p=0.1, state=stt)
        d.w(f"| {n} | {g.claim_no()} | ", (p.full, P), " | ", (g.phone(state=a.region), PH), " | ", (a.one_line(), ADDR),
            f" | {g.pick(['roof shingles', 'tree on dwelling', 'flooded basement', 'fence down', 'siding/gutters', 'ALE - uninhabitable'])} | "
            f"{g.pick(['1', '2', '3', '4'])} |\n")
    d.w(f"\nNotes: Sev 4 = uninhabitable; issue ALE advance up to {g.money(500, 2500)}. Drone imagery batch {g.uuid()}.\n")
    d.w("Field team lead: ", (g.person().full, P), "  (", (g.phone(), PH), ")\n")


def t_loss_control(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    cons, contact = g.person(), g.person()
    a = g.addr(unit_p=0.2)
    st = _state_of(a)
    biz = g.pick(["Redline Fabrication LLC", "Copperleaf Apartments LP", "Sunrise Bakery Co.", "Vantage Logistics Inc.",
                  "Hartmann & Kline Dental Group", "Pinecrest Cold Storage"])
    vd = g.date()
    d.w(f"{ins} - LOSS CONTROL SURVEY REPORT\n\nAccount: {biz}\nPolicy: {g.policy_no('comm')}   Survey type: {g.pick(['New business', 'Renewal', 'Recommendation follow-up'])}\n")
    d.w("Location surveyed: ", (a.one_line(), ADDR), "\n")
    d.w("Date of visit: ", (g.fdate(vd, style=1), DT), "   Consultant: ", (cons.full, P), ", CSP\n")
    d.w("Person interviewed: ", (contact.full, P), f", {g.pick(['Facilities Manager', 'Owner', 'Plant Manager', 'Office Manager'])}, ",
        (g.phone(state=st), PH), "\n\n")
    d.w("CONSTRUCTION / OCCUPANCY\n")
    d.w(f"  {g.pick(['Joisted masonry', 'Non-combustible', 'Frame'])}, {g.r.randint(1, 4)} stories, {g.r.randint(4, 180) * 1000:,} sq ft, built {g.r.randint(1955, 2020)}. "
        f"Roof replaced {g.r.randint(2005, 2023)}. ISO PPC {g.r.randint(2, 8)}.\n")
    d.w(f"  Sprinklers: {g.pick(['100% wet system, NFPA 13', 'Partial - office only', 'None'])}; last inspection tag dated ",
        (g.fdate(vd - dt.timedelta(days=g.r.randint(30, 400)), style=0), DT), ".\n")
    d.w(f"  Alarm: central station, UL cert #{g.digits(7)}\n\n")
    d.w("RECOMMENDATIONS\n")
    recs = ["Relocate combustible storage 18 in. below sprinkler deflectors.", "Provide hot work permit program.",
            "Repair damaged rack uprights in aisle 7.", "Install GFCI in wet areas.", "Service kitchen hood suppression semi-annually.",
            "Secure compressed gas cylinders."]
    for i, r_ in enumerate(g.r.sample(recs, 3), 1):
        d.w(f"  {g.digits(2)}-{i:02d}  {r_}  Priority: {g.pick(['A', 'B', 'C'])}\n")
    d.w("\nResponse requested by ", (g.fdate(vd + dt.timedelta(days=g.r.randint(30, 90)), style=1), DT), ". Email completion photos to ",
        (f"losscontrol@{dom}", EM), ".\n")


def t_cyber_incident(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    ciso, breach_coach, fi = g.person(), g.person(), g.person()
    insured = g.pick(["Brightline Dental Partners", "Kessler & Dunn Construction", "Copperleaf Property Management",
                      "Ridgeway Home Health", "Vantage Logistics Inc."])
    disc = g.date()
    d.w(f"CYBER FIRST NOTICE - {ins} Cyber Claims Hotline\nPolicy: {g.policy_no('cyber')}   Matter: {g.claim_no()}\n\n")
    d.w(f"Insured: {insured}\nReported by: ", (ciso.full, P), ", IT Director, ", (g.phone(), PH), ", ", (g.email(ciso, "corpmail.net"), EM), "\n")
    d.w("Discovery: ", (g.fdatetime(disc), DT), "\n")
    d.w(f"Incident type: {g.pick(['Business email compromise', 'Ransomware (variant: LockBit 3.0)', 'Cloud credential exposure'])}\n\n")
    d.w("Initial facts:\n")
    d.w("- Attacker logins observed from ", (g.ip4(), IP), " and ", (g.ip4(), IP), f" (ASN {g.r.randint(1000, 65000)}).\n")
    d.w("- A developer committed an AWS key to a public repo; key ID ", (g.aws_key(), AKID), " was used to enumerate S3 buckets. ")
    d.w("Key was rotated; the exposed secret was ", (g.aws_secret(), ASK), ".\n")
    if g.chance(0.5):
        d.w("- Fraudulent wire of ", g.money(20000, 400000), " sent to IBAN ", (g.iban(g.pick(["GB", "DE", "LU", "IE"])), IBAN),
            " after spoofed vendor email.\n")
    d.w(f"- Approx. {g.r.randint(200, 40000):,} records potentially accessed (names, DOBs, {g.pick(['SSNs', 'member IDs', 'driver license numbers'])}).\n\n")
    d.w("Panel vendors engaged: breach coach ", (breach_coach.full, P), f" ({g.pick(['Mullen Coughlin', 'Baker Hostetler', 'Lewis Brisbois'])}); "
        "forensics lead ", (fi.full, P), f" ({g.pick(['Arete', 'Kroll', 'Charles River Associates'])}).\n")
    d.w(f"Retention: {g.money(10000, 100000)}. Notification deadline per state law tracked in matter plan.\n")
    d.w("Secure upload link: ", (g.url(dom, ["/cyber/secure-upload", "/incident/portal"]), URL), "\n")


def t_git_diff(g: G, d: Doc) -> None:
    auth = g.person()
    d.w(f"commit {g.sha()}\nAuthor: ", (auth.full, P), " <", (g.email(auth, g.pick(["northwindmutual.com", "keystonecas.com", "users.noreply.github.com"])), EM), ">\n")
    dd = g.date()
    d.w(f"Date:   {dd.strftime('%a %b %d')} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} {dd.year} -0500\n\n")
    d.w(f"    {g.pick(['wire up ISO ClaimSearch client', 'hotfix: telematics ingest auth', 'add premium finance integration', 'temp creds for UAT'])}\n\n")
    f = g.pick(["src/main/resources/application-uat.properties", "rating/config/settings.py", "deploy/helm/values-prod.yaml",
                "scripts/backfill_claims.sh"])
    d.w(f"diff --git a/{f} b/{f}\nindex {g.sha(7)}..{g.sha(7)} 100644\n--- a/{f}\n+++ b/{f}\n@@ -{g.r.randint(1, 80)},6 +{g.r.randint(1, 80)},11 @@\n")
    d.w(f" # telematics vendor\n-TELEMATICS_TOKEN=${{TELEMATICS_TOKEN}}\n+TELEMATICS_TOKEN=", (g.bearer(), SEC), "\n")
    d.w("+GITHUB_PAT=", (g.gh_token(), GHT), "\n")
    if g.chance(0.6):
        d.w("+SFTP_HOST=", (g.ip4(), IP), "\n+SFTP_USER=", g.pick(["nwm_drop", "claims_ftp"]), "\n+SFTP_PASSWORD=", (g.password(), PWD), "\n")
    d.w(" LOG_LEVEL=info\n")
    d.w(f" CACHE_TTL_SECONDS={g.r.randint(60, 3600)}\n")


def t_curl_snippet(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    p = g.person()
    d.w(f"### Reproduce: claims API returns 500 on FNOL with attachments (INC{g.digits(7)})\n\n```bash\n")
    tok_is_jwt = g.chance(0.6)
    tok = g.jwt(sub=g.pick(["svc-portal", "agent-app", "partner-3"])) if tok_is_jwt else g.bearer()
    d.w("curl -sS -X POST '", (f"https://api.{dom}/claims/v3/fnol?validate=true", URL), "' \\\n")
    d.w("  -H 'Authorization: Bearer ", (tok, JWT_ if tok_is_jwt else SEC), "' \\\n")
    d.w(f"  -H 'X-Request-Id: {g.uuid()}' \\\n  -H 'Content-Type: application/json' \\\n")
    d.w("  -d '{\"policyNumber\":\"", g.policy_no("auto"), "\",\"lossDate\":\"", (g.date().isoformat(), DT),
        "\",\"reporter\":{\"name\":\"", (p.full, P), "\",\"phone\":\"", (g.phone(), PH), "\"}}'\n```\n\n")
    d.w("Response:\n```\nHTTP/2 500\ndate: ", f"{g.date().strftime('%a, %d %b %Y')} {g.hms()} GMT", "\n")
    d.w(f"x-trace-id: {g.sha(32)}\n\n{{\"error\":\"AttachmentScanTimeout\",\"retryAfterMs\":{g.r.randint(100, 9000)}}}\n```\n")
    d.w("Upstream scanner at ", (g.ip4(), IP), f":8080 timed out after 30s. Happens on build {g.version()} only.\n")


def t_it_ticket(g: G, d: Doc) -> None:
    rep, asg = g.person(), g.person()
    d.w(f"[{g.pick(['CLMSYS', 'PAS', 'BILL', 'UWWB'])}-{g.r.randint(100, 9999)}] ",
        g.pick(["Adjuster locked out of ClaimCenter after password reset", "Batch renewal job failing on SMTP auth",
                "Agent portal SSO loop", "Payment gateway rotating keys"]), "\n")
    d.w(f"Type: Incident   Priority: P{g.r.randint(1, 4)}   Status: {g.pick(['Open', 'In Progress', 'Resolved'])}\n")
    d.w("Reporter: ", (rep.full, P), "   Assignee: ", (asg.full, P), f"   Component: {g.pick(['IAM', 'Integration', 'Batch'])}\n")
    d.w(f"Labels: prod, sev{g.r.randint(1, 3)}, {g.pick(['sox', 'pci', 'hipaa'])}\n\nDescription:\n")
    k = g.r.randint(0, 3)
    if k == 3:
        d.w("Partner SFTP onboarding for ", g.pick(["Copart", "CCC", "LexisNexis"]), ". Host ", (g.ip4(), IP),
            ", user nwm_drop. Vendor pasted our private key in the ticket (!):\n\n", (g.pem(), PEM),
            "\n\nPlease regenerate the keypair and remove this attachment.\n")
    elif k == 0:
        d.w("User ", (g.email(rep, "northwindmutual.com"), EM), " cannot log in from ", (g.ip4(), IP),
            ". Temp password issued over the phone was ", (g.password(), PWD), " - please force change at next login.\n")
    elif k == 1:
        d.w("renewal-notices job fails with 535 Authentication failed. Config shows smtp.user=notices, smtp.pass=",
            (g.password(), PWD), f" which was rotated on ", (g.fdate(g.date(), style=1), DT), ".\n")
    else:
        d.w("Stripe restricted key leaked in a screenshot posted to #claims-dev: ", (g.stripe(), STR),
            ". Revoked and reissued. Slack bot token in same thread also rotated: ", (g.slack_token(), SLK), "\n")
    d.w("\nLogs:\n")
    for _ in range(g.r.randint(2, 4)):
        d.w(f"{g.date().isoformat()} {g.hms()},{g.digits(3)} ERROR [{g.pick(['main', 'pool-3-thread-1'])}] "
            f"{g.pick(['AuthException: invalid_grant', 'Connection reset', 'SSLHandshakeException'])} trace={g.sha(16)}\n")
    d.w("\nComments:\n", (asg.first, P), ": ", g.pick(["Rotated and verified.", "Waiting on vendor.", "Closing after 24h monitoring."]), "\n")


def t_ocr_proof_of_loss(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    insd, notary = g.person(), g.person()
    a = g.addr()
    dol = g.date()
    N = lambda s: ocr_noise(g, s, 0.06)
    d.w(N("SWORN STATEMENT IN PROOF OF LOSS"), "\n", N(f"Policy No. {g.policy_no('home')}     Claim No. {g.claim_no()}"), "\n")
    d.w(N(f"Amount of Policy at Time of Loss: {g.money(150000, 700000)}"), "\n\n")
    d.w(N("To the "), ins, N(" of "), (g.city(), LOC), "\n\n")
    d.w(N("At time of loss, by the above indicated policy of insurance you insured "), (insd.full.upper() if g.chance(0.5) else insd.full, P),
        N(" against loss by "), g.pick(["FIRE", "WINDSTORM", "THEFT", "WATER DAMAGE"]),
        N(" to the property described, according to the terms and conditions of said policy.\n"))
    d.w(N("TIME AND ORIGIN: A loss occurred about the hour of "), (g.ftime(), DT), N(" on the "), (g.fdate(dol, style=g.pick([0, 1])), DT),
        N(". The cause and origin of the said loss were: "), g.pick(["unknown", "electrical fault in garage", "lightning strike", "burst pipe"]), "\n")
    d.w(N("OCCUPANCY: The premises described, located at "), (a.one_line(), ADDR), N(", were occupied at the time of loss as a dwelling.\n"))
    d.w(N(f"1. Whole value  {g.money(50000, 400000)}\n2. Whole loss and damage  {g.money(5000, 120000)}\n3. Less deductible  {g.pick(['$1,000.00', '$2,500.00'])}\n"))
    d.w(N(f"4. Net amount claimed  {g.money(4000, 118000)}\n\n"))
    d.w(N("Insured's SSN (for 1099 reporting): "), (g.ssn(), SSN), "\n")
    d.w(N("Subscribed and sworn before me this "), (g.fdate(dol + dt.timedelta(days=g.r.randint(20, 60)), style=0), DT), "\n")
    d.w(N("Notary Public: "), (notary.full, P), N(f"   Commission expires "), (g.fdate(g.date(2026, 2029), style=0), DT), "\n")
    d.w(N(f"[page 1 of 1]  scan {g.digits(10)}.tif  dpi=200"), "\n")


def t_premium_refund_memo(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS + PET_INSURERS)
    p, csr, sup = g.person(), g.person(), g.person()
    d.w(f"INTERNAL - Billing Operations\nTo: ", (sup.full, P), "\nFrom: ", (csr.full, P), "\nSubject: Manual refund to card - cancelled policy ",
        g.policy_no(g.pick(["auto", "pet", "home"])), "\n\n")
    d.w("Policyholder ", (p.full, P), " cancelled flat effective ", (g.fdate(g.date(), style=0), DT), f". Unearned premium {g.money(40, 900)}.\n")
    d.w("Original payment was by card; gateway refund failed (card reissued). Customer provided replacement card by phone:\n\n")
    d.w("   Card: ", (g.card(), CC), "\n")
    d.w(f"   Old card on file: {g.masked_card()}\n   Test number rejected by gateway: {g.bad_card()}\n\n")
    d.w("Customer callback: ", (g.phone(), PH), ". Please process by ", (g.fdate(g.date(), style=1), DT), " to meet the state refund deadline.\n")
    d.w(f"Ref: CASE-{g.digits(7)}; PCI note: purge this memo after processing (retention class R-{g.r.randint(1, 9)}).\n")


def t_nurse_case_note(g: G, d: Doc) -> None:
    emp, rn, md = g.person(), g.person(), g.person()
    appt = g.date()
    d.w(f"WORKERS' COMPENSATION - NURSE CASE MANAGEMENT PROGRESS NOTE\nCarrier claim: WC-{g.digits(2)}-{g.digits(6)}   Employer: "
        f"{g.pick(['Vantage Logistics Inc.', 'Ridgeway Home Health', 'Redline Fabrication LLC'])}\n\n")
    d.w("Injured worker: ", (emp.lf, P), "   DOB ", (g.fdate(g.dob(1960, 2002), style=0), DOB), "\n")
    d.w("MRN (treating facility): ", (g.mrn(), MRN), "   Group health ID (for non-occ. care): ", (g.hpn(), HPN), "\n")
    d.w("NCM: ", (rn.full, P), ", RN, CCM   Treating MD: ", g.pick(["Dr. ", ""]), (md.full, P), "\n\n")
    icd, desc = g.pick(ICD10)
    d.w(f"S: IW reports pain {g.r.randint(2, 8)}/10, improved from {g.r.randint(6, 10)}/10. Attending PT 3x/week. Taking {g.pick(DRUGS)} PRN.\n")
    d.w(f"O: Dx {icd} {desc}. ROM improving per PT note. Work status: {g.pick(['modified duty, no lifting > 20 lb', 'off work', 'full duty'])}.\n")
    d.w(f"A: Progressing as expected; MMI anticipated in {g.r.randint(4, 12)} weeks.\n")
    d.w("P: Next ortho follow-up ", (g.fdatetime(appt), DT), "; FCE requested; UR approval for 12 additional PT visits (CPT 97110, 97140).\n")
    d.w("Contacted IW at ", (g.phone(), PH), g.pick(["; confirmed transportation.", "; LVM.", "; spouse answered, will relay."]), "\n")


def t_mvr_referral(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    uw, agt, drv = g.person(), g.person(), g.person()
    st = g.pick(list(AREA_CODES.keys()))
    d.w("From: ", (agt.full, P), " <", (g.email(agt, "brightwayins.com"), EM), ">\nTo: ", (f"pl-underwriting@{dom}", EM), "\n")
    dd = g.date()
    d.w(f"Date: {dd.strftime('%d %b %Y')} {g.hm()} -0600\nSubject: UW referral - youthful driver add - quote Q{g.digits(8)}\n\n")
    d.w("Team,\n\nRequesting an exception to add ", (drv.full, P), " (DOB ", (g.fdate(g.dob(2004, 2008), style=0), DOB),
        ", lic. ", (g.dl(st), DL), ") to the household policy. MVR pulled today shows:\n\n")
    for _ in range(g.r.randint(1, 3)):
        vd = g.date(2022, 2025)
        d.w("  - ", (f"{vd.month:02d}/{vd.day:02d}/{vd.year}", DT), f"  {g.pick(['SPEEDING 11-15 OVER', 'FAIL TO OBEY TRAFFIC DEVICE', 'AT-FAULT ACCIDENT - PD ONLY', 'SEAT BELT'])}  "
            f"pts {g.r.randint(0, 4)}  conv. court {g.digits(4)}\n")
    d.w(f"\nParent ", (g.person().first, P), " completed the telematics enrollment (device ", g.upper(3), g.digits(8),
        f"). Household has {g.r.randint(2, 4)} vehicles, all with ", ins, ". Quote premium increase ", g.money(400, 2600), "/yr.\n\n")
    d.w("Thanks,\n", (agt.first, P), "\n", (g.phone(), PH), "\n")


def t_sftp_onboarding(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    eng, vend = g.person(), g.person()
    vendor, vdom = g.pick([("Copart", "copart-partners.com"), ("CCC Intelligent Solutions", "cccis-partner.net"),
                           ("LexisNexis Risk", "lnrs-exchange.com"), ("Enterprise ARMS", "arms-integrations.com")])
    dd = g.date()
    d.w("From: ", (eng.full, P), " <", (g.email(eng, dom), EM), ">\nTo: ", (vend.full, P), " <", (g.email(vend, vdom), EM), ">\n")
    d.w(f"Date: {dd.strftime('%a, %d %b %Y')} {g.hms()} -0500\nSubject: SFTP cutover - {ins} claims feed ({g.pick(['UAT', 'PROD'])})\n\n")
    d.w("Hi ", (vend.first, P), ",\n\nAs discussed, below are the connection details for the nightly claims extract. "
        "Please confirm receipt and delete this message afterwards.\n\n")
    host_ip = g.ip4()
    d.w("  Host:      ", (host_ip, IP), f"  (failover sftp2.{dom})\n  Port:      {g.pick([22, 2222, 8022])}\n")
    d.w(f"  User:      {g.pick(['ccc_feed', 'copart_in', 'lnrs_drop', 'arms_sftp'])}\n")
    if g.chance(0.5):
        d.w("  Password:  ", (g.password(), PWD), "  (fallback only; key auth preferred)\n")
    d.w(f"  Path:      /outbound/claims/{g.pick(['daily', 'cat', 'salvage'])}/\n  Schedule:  nightly after batch close, files named CLM_YYYYMMDD_nn.csv.pgp\n\n")
    d.w("Our service account private key (temporary, rotate after first successful pull):\n\n", (g.pem(), PEM), "\n\n")
    if g.chance(0.5):
        d.w("PGP passphrase for the payload: ", (g.password(), PWD), "\n")
    d.w("Cutover window: ", (g.fdatetime(dd + dt.timedelta(days=g.r.randint(2, 10))), DT), f". Ticket CHG{g.digits(7)}.\n\n")
    d.w("Thanks,\n", (eng.first, P), "\nIntegration Engineering | ", (g.phone(), PH), "\n")


def t_ivr_payment_call(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS + PET_INSURERS + LIFE_INSURERS)
    cust, rep = g.person(), g.person()
    a = g.addr()
    clk = _clock(g)
    d.w(f"{ins} - Billing call (speech analytics export)\nInteraction {g.uuid()}  ANI masked  Duration {g.r.randint(3, 15)}:{g.r.randint(10, 59)}\n")
    d.w(f"Redaction engine: PAUSED (agent failed to trigger pause-and-resume) - flagged for PCI review {g.upper(3)}-{g.digits(6)}\n\n")

    def say(who, *parts):
        d.w(f"{next(clk)}  ", who, ": ", *parts, "\n")
    say("IVR", "Thank you for calling. For billing, press 2.")
    say("REP", "Billing, this is ", (rep.first, P), ". Can I get the name on the policy?")
    say("CUST", g.pick(["Yeah, it's ", "It's ", "Sure, "]), (cust.full, P), ".")
    say("REP", "And the mailing address?")
    say("CUST", (a.one_line(), ADDR))
    say("REP", f"Thank you. I show {g.money(60, 900)} past due. How would you like to pay today?")
    k = g.r.randint(0, 2)
    if k == 0:
        card = g.card(sep=" ")
        say("CUST", "Card. It's ", (card, CC), ".")
        say("REP", f"Let me read back the last four: {card.replace(' ', '')[-4:]}. Is that right?")
    elif k == 1:
        card = g.card(sep="-")
        say("CUST", "Use my ", g.pick(["Visa", "Mastercard", "Discover", "Amex"]), ", number ", (card, CC), ".")
        say("REP", "Thank you. And the billing ZIP?")
        say("CUST", a.postcode[:5])
    else:
        say("CUST", "Can you take it from checking? Account ", (g.acct(), ACCT), f", routing {g.routing()}.")
        say("REP", "Sure.")
    say("REP", "Payment is scheduled for ", (g.fdate(g.date(), style=1), DT), f". Confirmation {g.upper(2)}{g.digits(8)}. Your policy remains in force.")
    if g.chance(0.5):
        say("REP", "Can I update your phone number on file?")
        say("CUST", (g.phone(state=a.region), PH))
    say("CUST", "Thanks, bye.")


# ---------------------------------------------------------------------------
# Non-English templates
# ---------------------------------------------------------------------------
EU_INSURERS = {
    "de": [("Adlerschild Versicherung AG", "adlerschild.de"), ("Vorsorge Direkt AG", "vorsorge-direkt.de")],
    "fr": [("Mutuelle du Phare", "mutuelle-duphare.fr"), ("Assurances Lumière SA", "assurances-lumiere.fr")],
    "es": [("Seguros Horizonte S.A.", "seguroshorizonte.es"), ("Mutua Faro", "mutuafaro.es")],
    "it": [("Assicurazioni Aurora S.p.A.", "aurora-assicurazioni.it"), ("Sentinella Assicurazioni", "sentinella-ass.it")],
    "pt": [("Seguros Farol S.A.", "segurosfarol.pt"), ("Companhia de Seguros Âncora", "ancora-seguros.pt")],
    "nl": [("Zekerheid Verzekeringen N.V.", "zekerheid.nl"), ("Vuurtoren Verzekeringen", "vuurtoren.nl")],
    "pl": [("Tarcza Ubezpieczenia S.A.", "tarcza.pl"), ("Kotwica TU S.A.", "kotwica-tu.pl")],
}
CUR = {"de": "€", "fr": "€", "es": "€", "it": "€", "pt": "€", "nl": "€", "pl": "zł"}


def eu_dl(g: G, loc: str) -> str:
    d = g.digits
    return {
        "de": lambda: g.upper(1) + d(2) + g.alnum(6, string.ascii_uppercase + string.digits) + d(1) + g.alnum(1, string.ascii_uppercase + string.digits),
        "fr": lambda: d(12),
        "es": lambda: (lambda n: n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23])(d(8)),
        "it": lambda: g.pick(["U1", "MI", "RM", "TO"]) + g.alnum(1, string.ascii_uppercase + string.digits) + d(6) + g.upper(1),
        "pt": lambda: f"{g.pick(['L', 'P', 'C', 'AV'])}-{d(6)} {d(1)}",
        "nl": lambda: d(10),
        "pl": lambda: f"{d(5)}/{d(2)}/{d(4)}",
    }[loc]()


def eu_hpn(g: G, loc: str) -> str:
    return {
        "de": lambda: g.upper(1) + g.digits(9),
        "fr": lambda: g.digits(8) + g.upper(2),
        "es": lambda: g.upper(4) + g.digits(12),
        "it": lambda: g.digits(10),
        "pt": lambda: g.digits(9) + g.upper(2),
        "nl": lambda: g.digits(9),
        "pl": lambda: g.upper(3) + g.digits(7),
    }[loc]()


def t_de_kfz_schaden(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["de"])
    vn, gg, zeuge = g.person(), g.person(), g.person()
    a, ga = g.addr(), g.addr()
    tag = g.date()
    d.w(f"{ins} · Kfz-Schadenanzeige (Haftpflicht / Kasko)\n")
    d.w(f"Versicherungsschein-Nr.: {g.digits(3)}.{g.digits(6)}.{g.digits(2)}   Schaden-Nr.: KS-{g.digits(2)}-{g.digits(7)}\n\n")
    d.w("1. Versicherungsnehmer\n")
    d.w("   Name, Vorname: ", (f"{vn.last}, {vn.first}", P), "\n")
    d.w("   Geburtsdatum: ", (g.fdate(g.dob(), style=0), DOB), "\n")
    d.w("   Anschrift: ", (a.one_line(), ADDR), "\n")
    d.w("   Telefon: ", (g.phone(), PH), "   E-Mail: ", (g.email(vn), EM), "\n")
    d.w("   Bankverbindung (für Erstattung): IBAN ", (g.iban("DE"), IBAN), f"  BIC {g.bic('DE')}\n\n")
    d.w("2. Schadenereignis\n")
    d.w("   Schadentag/Uhrzeit: ", (g.fdatetime(tag), DT), "\n")
    d.w("   Schadenort: ", g.pick(["Kreuzung", "Parkplatz", f"Autobahn A{g.r.randint(1, 99)}, Anschlussstelle", "Landstraße"]), " ", g.pick(["in", "bei"]), " ", (g.city(), LOC), "\n")
    if g.chance(0.5):
        d.w(f"   Polizeilich aufgenommen: ja, Tagebuch-Nr. {g.digits(4)}/{g.digits(2)}\n")
    else:
        d.w("   Polizeilich aufgenommen: nein\n")
    d.w("   Hergang: ", g.pick([
        "Beim Ausparken habe ich das hinter mir stehende Fahrzeug übersehen.",
        "Der Unfallgegner ist an der roten Ampel aufgefahren.",
        "Wildunfall (Reh) in der Dämmerung, Frontschaden.",
        "Beim Spurwechsel auf der Autobahn kam es zur Kollision mit dem Nachbarfahrzeug."]), "\n\n")
    d.w("3. Fahrer zum Unfallzeitpunkt\n")
    d.w("   ", g.pick(["Versicherungsnehmer selbst", "siehe unten"]), "\n")
    d.w("   Führerschein-Nr.: ", (eu_dl(g, "de"), DL), f"   Klasse B seit {g.r.randint(1980, 2020)}\n\n")
    d.w("4. Eigenes Fahrzeug\n")
    d.w(f"   {g.pick(CARS_EU)}, amtl. Kennzeichen {g.plate('de')}, FIN {g.vin()}, Baujahr {g.r.randint(2008, 2024)}\n\n")
    d.w("5. Unfallgegner\n")
    d.w("   ", (gg.full, P), ", ", (ga.one_line(), ADDR), "\n")
    d.w("   Tel.: ", (g.phone(), PH), f"   Kennzeichen {g.plate('de')}   Versicherer: {g.pick(['HUK-COBURG', 'Allianz', 'DEVK', 'R+V'])}\n")
    if g.chance(0.6):
        d.w("6. Zeugen: ", (zeuge.full, P), ", Tel. ", (g.phone(), PH), "\n")
    d.w("\nOrt, Datum: ", (a.city, LOC), ", ", (g.fdate(tag + dt.timedelta(days=g.r.randint(1, 7)), style=0), DT), "     Unterschrift: ______\n")


def t_de_hausrat_email(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["de"])
    vn, sb = g.person(), g.person()
    a = g.addr()
    tag = g.date()
    d.w("Von: ", (vn.full, P), " <", (g.email(vn), EM), ">\nAn: ", (f"schaden@{dom}", EM), "\n")
    d.w(f"Datum: {tag.day:02d}.{tag.month:02d}.{tag.year} {g.hm()}\n")
    d.w(f"Betreff: Einbruchdiebstahl – Hausratversicherung Vertrag {g.digits(2)}-{g.digits(7)}\n\n")
    d.w("Sehr geehrte Damen und Herren,\n\n")
    d.w("hiermit melde ich einen Einbruch in unsere Wohnung ", (a.one_line(), ADDR), ". Der Einbruch geschah am ",
        (g.fdate(tag, style=g.pick([0, 1]), weekday=g.chance(0.4)), DT), " zwischen ", (g.ftime(h=g.r.randint(8, 12)), DT), " und ",
        (g.ftime(h=g.r.randint(14, 19)), DT), ", während wir bei der Arbeit waren.\n\n")
    d.w(f"Die Polizei (Tagebuchnummer {g.digits(6)}/{tag.year}) hat den Schaden aufgenommen. Gestohlen wurden u. a.:\n")
    for item in g.r.sample(["MacBook Air M2", "Schmuck (Erbstück)", "Fahrrad Cube Kathmandu", "Spielekonsole PS5",
                            "Bargeld", "Kamera Sony Alpha 7 III", "Armbanduhr Junghans"], 3):
        d.w(f"  – {item}: ca. {g.money(150, 3000, '€')}\n")
    d.w(f"\nDie Wohnungstür wurde aufgehebelt (Schaden lt. Schreiner ca. {g.money(400, 1800, '€')}). "
        "Rückfragen gerne unter ", (g.phone("de"), PH), ".\n\n")
    d.w("Bitte überweisen Sie die Entschädigung auf folgendes Konto:\nKontoinhaber: ", (vn.full, P), "\nIBAN: ", (g.iban("DE"), IBAN), "\n\n")
    d.w("Mit freundlichen Grüßen\n", (vn.full, P), "\n\n")
    d.w("--- Automatische Antwort ---\nIhre Nachricht ist eingegangen. Zuständig: ", sb.hon("Herr ", "Frau "), (sb.last, P),
        ", Durchwahl ", (g.phone("de"), PH), f". Vorgangsnummer VG{g.digits(9)}.\n")


def t_de_leben_antrag(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["de"])
    vp, bg, arzt = g.person(), g.person(), g.person()
    a = g.addr()
    d.w(f"{ins}\nAntrag auf Risikolebensversicherung – Gesundheitsfragen (Teil B)\nAntrags-Nr. {g.digits(10)}   Tarif RLV{g.r.randint(10, 40)}\n\n")
    d.w("Zu versichernde Person\n")
    d.w("Name: ", (vp.full, P), "   geb. am ", (g.fdate(g.dob(1960, 2000), style=0), DOB), "\n")
    d.w("Straße, Hausnr.: ", (a.street, ADDR), "\nPLZ: ", a.postcode, "   Ort: ", (a.city, LOC), "\n")
    d.w("Telefon: ", (g.phone(), PH), "   E-Mail: ", (g.email(vp), EM), "\n")
    d.w(f"Krankenversicherung: {g.pick(['TK', 'AOK', 'Barmer', 'DAK'])}, Versichertennummer ", (eu_hpn(g, "de"), HPN), "\n")
    d.w(f"Beruf: {g.pick(['Ingenieurin', 'Lehrer', 'Pflegefachkraft', 'Elektriker', 'Steuerberater'])}   Raucher: {g.pick(['nein', 'ja'])}\n")
    d.w(f"Größe {g.r.randint(155, 198)} cm, Gewicht {g.r.randint(50, 120)} kg\n\n")
    d.w("Gesundheitsfragen (letzte 5 Jahre)\n")
    for q in ["Herz-/Kreislauferkrankungen", "Diabetes", "Krebserkrankungen", "psychische Erkrankungen", "Drogen-/Alkoholabhängigkeit"]:
        d.w(f"  {q}: {g.pick(['nein', 'nein', 'nein', 'ja'])}\n")
    d.w("Hausarzt: Dr. med. ", (arzt.full, P), ", ", (g.addr().one_line(), ADDR), "\n")
    d.w(f"Letzte Untersuchung: ", (g.fdate(g.date(2023, 2025), style=g.pick([0, 1])), DT), f" (Blutdruck {g.r.randint(110, 150)}/{g.r.randint(70, 95)})\n\n")
    d.w("Bezugsberechtigt im Todesfall: ", (bg.full, P), f" ({bg.hon(g.pick(['Ehemann', 'Lebensgefährte', 'Sohn']), g.pick(['Ehefrau', 'Lebensgefährtin', 'Tochter']))}), geb. ",
        (g.fdate(g.dob(1960, 2010), style=0), DOB), "\n")
    d.w(f"Versicherungssumme: {g.money(50000, 500000, '€')}   Laufzeit: {g.r.randint(10, 30)} Jahre   Beitrag mtl.: {g.money(8, 90, '€')}\n")
    d.w("Beitragszahlung per SEPA-Lastschrift von IBAN ", (g.iban(g.pick(["DE", "DE", "AT"])), IBAN), "\n")
    d.w("\n", (a.city, LOC), ", den ", (g.fdate(g.date(2024, 2025), style=0), DT), "   Unterschrift der versicherten Person\n")


def t_fr_declaration(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["fr"])
    ass, tiers, tem = g.person(), g.person(), g.person()
    a, ta = g.addr(), g.addr()
    jour = g.date()
    d.w(f"{ins}\nDÉCLARATION DE SINISTRE AUTOMOBILE\nContrat n° {g.digits(10)}   Dossier sinistre {g.digits(2)}S{g.digits(7)}\n\n")
    d.w("ASSURÉ\nNom : ", (ass.last.upper(), P), "   Prénom : ", (ass.first, P), "\n")
    d.w("Né(e) le : ", (g.fdate(g.dob(), style=0), DOB), "\n")
    d.w("Adresse : ", (a.block(), ADDR), "\n")
    d.w("Tél. : ", (g.phone(), PH), "   Courriel : ", (g.email(ass), EM), "\n")
    d.w("Permis de conduire n° : ", (eu_dl(g, "fr"), DL), f", délivré en {g.r.randint(1985, 2020)}\n\n")
    d.w("CIRCONSTANCES\n")
    d.w("Date et heure de l'accident : ", (g.fdatetime(jour), DT), "\n")
    d.w("Lieu : ", g.pick(["rond-point", "parking du centre commercial", "autoroute A7", "carrefour"]), ", ", (g.city(), LOC), "\n")
    d.w(f"Véhicule : {g.pick(CARS_EU)} immatriculé {g.plate('fr')}, VIN {g.vin()}\n")
    d.w("Description : ", g.pick([
        "Le véhicule adverse n'a pas respecté la priorité à droite et a percuté mon aile avant gauche.",
        "En stationnement, mon véhicule a été heurté par un tiers qui a laissé ses coordonnées.",
        "Choc arrière à l'arrêt au feu rouge. Constat amiable rempli sur place."]), "\n")
    d.w(f"Constat amiable : {g.pick(['oui, joint', 'oui, signé par les deux parties', 'non'])}   Blessés : {g.pick(['aucun', 'passager, douleurs cervicales'])}\n\n")
    d.w("TIERS\n", (tiers.full, P), ", ", (ta.one_line(), ADDR), "\nTél. ", (g.phone(), PH), f"   Assureur : {g.pick(['MAIF', 'AXA', 'MACIF', 'Groupama'])}, police {g.digits(9)}\n")
    if g.chance(0.5):
        d.w("Témoin : ", tem.hon("M. ", "Mme "), (tem.full, P), ", ", (g.phone(), PH), "\n")
    d.w("\nRèglement par virement – IBAN ", (g.iban("FR"), IBAN), f" – BIC {g.bic('FR')}\n")
    d.w("Fait à ", (a.city, LOC), ", le ", (g.fdate(jour + dt.timedelta(days=g.r.randint(1, 5)), style=1), DT), "\n")


def t_fr_rapport_expert(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["fr"])
    exp, ass = g.person(), g.person()
    a = g.addr(unit_p=0.4)
    visite = g.date()
    cab = g.pick(["Cabinet Bernard Expertises", "Expertises Dubois & Associés", "Polyexpert Sud", "Saretec"])
    d.w(f"{cab}\n", (g.addr(unit_p=0).one_line(), ADDR), " – Tél. ", (g.phone(), PH), "\n\n")
    d.w(f"RAPPORT D'EXPERTISE – DÉGÂT DES EAUX\nMandant : {ins}   Réf. mandant : {g.digits(8)}   Notre réf. : EX-{g.digits(6)}\n\n")
    d.w("Assuré : ", ass.hon("M. ", "Mme "), (ass.full, P), "\nLieu du sinistre : ", (a.one_line(), ADDR), "\n")
    d.w("Date du sinistre : ", (g.fdate(visite - dt.timedelta(days=g.r.randint(5, 30)), style=1), DT), "\n")
    d.w("Réunion d'expertise : ", (g.fdatetime(visite), DT), " en présence de l'assuré et du syndic ",
        g.pick(["Foncia", "Nexity", "Citya"]), ".\n\n")
    d.w("CONSTATATIONS\n")
    d.w(f"Fuite sur canalisation encastrée (cuivre) de l'appartement situé au-dessus. Taux d'humidité relevé {g.r.randint(20, 60)} %. "
        f"Convention IRSI applicable (tranche {g.pick(['1', '2'])}).\n")
    d.w(f"Dommages : peintures séjour ({g.r.randint(15, 60)} m²), parquet chêne ({g.r.randint(5, 30)} m²), placard cuisine.\n\n")
    d.w("ÉVALUATION\n")
    d.w(f"  Embellissements ....... {g.money(800, 6000, '€')}\n  Mobilier ............... {g.money(100, 3000, '€')}\n")
    d.w(f"  Vétusté ................ -{g.money(50, 900, '€')}\n  Franchise .............. -{g.pick(['150,00 €', '380,00 €'])}\n")
    d.w(f"  Indemnité immédiate .... {g.money(500, 7000, '€')}\n\n")
    d.w("L'expert : ", (exp.full, P), "\nCourriel : ", (g.email(exp, "expertises-cabinet.fr"), EM), "\n")
    d.w("Document établi le ", (g.fdate(visite + dt.timedelta(days=g.r.randint(3, 15)), style=1), DT), f" – page 1/{g.r.randint(2, 4)}\n")


def t_es_parte(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["es"])
    a1, a2 = g.person(), g.person()
    d1, d2 = g.addr(), g.addr()
    dia = g.date()
    d.w("DECLARACIÓN AMISTOSA DE ACCIDENTE (parte europeo) – copia transcrita\n")
    d.w(f"Aseguradora: {ins}   Nº de póliza: {g.digits(3)}-{g.digits(8)}   Nº de siniestro: {g.digits(4)}/{g.digits(6)}\n\n")
    d.w("1. Fecha del accidente: ", (g.fdate(dia, style=0), DT), "   Hora: ", (g.ftime(), DT), "\n")
    d.w("2. Lugar: ", g.pick(["Glorieta", "Calle", "Autovía A-", "Aparcamiento"]), " – ", (g.city(), LOC), "\n")
    d.w("3. Heridos: ", g.pick(["no", "sí, leves"]), "\n\n")
    for lab, p, ad in (("VEHÍCULO A", a1, d1), ("VEHÍCULO B", a2, d2)):
        d.w(f"{lab}\n  Tomador/asegurado: ", (p.full, P), "\n  Domicilio: ", (ad.one_line(), ADDR), "\n")
        d.w("  Teléfono: ", (g.phone(), PH), "   Correo: ", (g.email(p), EM), "\n")
        d.w(f"  Vehículo: {g.pick(CARS_EU)}  Matrícula: {g.plate('es')}\n")
        d.w("  Conductor: ", g.pick(["el mismo", "el mismo", "otro"]), "   Permiso de conducir nº ", (eu_dl(g, "es"), DL),
            "   Fecha de nacimiento: ", (g.fdate(g.dob(), style=0), DOB), "\n\n")
    d.w("Circunstancias: A ", g.pick(["circulaba por la derecha", "estaba estacionado", "salía de un aparcamiento"]),
        "; B ", g.pick(["cambiaba de carril", "no respetó la señal de ceda el paso", "circulaba marcha atrás"]), ".\n")
    d.w(f"Croquis: ver adjunto (IMG_{g.digits(4)}.jpg). Daños visibles A: {g.pick(['paragolpes delantero', 'puerta trasera izquierda', 'faro derecho'])}.\n")
    d.w("Observaciones del conductor A: ", g.pick(["«El otro vehículo venía muy rápido.»", "Ninguna.", "Hay cámara en el cruce."]), "\n")
    d.w("Firmado en ", (d1.city, LOC), ", a ", (g.fdate(dia, style=1), DT), "\n")


def t_es_email_perito(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["es"])
    per, ase = g.person(), g.person()
    a = g.addr()
    dia = g.date()
    d.w("De: ", (per.full, P), " <", (g.email(per, dom), EM), ">\nPara: ", (g.email(ase), EM), "\n")
    d.w(f"Fecha: {dia.day:02d}/{dia.month:02d}/{dia.year} {g.hm()}\n")
    d.w(f"Asunto: Peritación siniestro hogar {g.digits(4)}/{g.digits(6)} – cita\n\n")
    d.w("Estimado/a ", (ase.first, P), ":\n\n")
    d.w("Soy el perito asignado por ", ins, " para valorar los daños por ", g.pick(["agua", "incendio", "fenómeno atmosférico", "robo"]),
        " en su vivienda de ", (a.one_line(), ADDR), ".\n\n")
    d.w("Le propongo realizar la visita el ", (g.fdatetime(dia + dt.timedelta(days=g.r.randint(2, 8))), DT),
        ". Si no le viene bien, llámeme al ", (g.phone("es"), PH), " (de lunes a viernes, en horario de oficina).\n\n")
    d.w("Por favor, tenga preparada la siguiente documentación:\n  – facturas de reparación o presupuestos\n  – fotografías de los daños\n"
        "  – justificante de titularidad de la cuenta (IBAN) para el pago\n\n")
    if g.chance(0.5):
        d.w("Nos consta la cuenta ", (g.iban("ES"), IBAN), "; confírmenos si sigue vigente.\n\n")
    d.w("Un saludo,\n", (per.full, P), "\nPerito tasador – Gabinete ", g.pick(["Peritaciones Norte", "GTS Peritos", "Ibérica de Peritaciones"]),
        "\nNº colegiado ", g.digits(4), "\n")


def t_it_denuncia(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["it"])
    c, cp, t = g.person(), g.person(), g.person()
    a, ca = g.addr(), g.addr()
    gg = g.date()
    d.w(f"{ins}\nDENUNCIA DI SINISTRO – RC AUTO (modulo CAI allegato)\nPolizza n. {g.digits(9)}   Sinistro n. {g.digits(4)}/{g.digits(2)}/{g.digits(6)}\n\n")
    d.w("Contraente: ", (f"{c.last.upper()} {c.first.upper()}", P), "\n")
    d.w("Nato/a il ", (g.fdate(g.dob(), style=0), DOB), "\n")
    d.w("Residente in ", (a.one_line(), ADDR), "\n")
    d.w("Cellulare: ", (g.phone(), PH), "   PEC/e-mail: ", (g.email(c), EM), "\n")
    d.w("Patente n. ", (eu_dl(g, "it"), DL), f" cat. B, rilasciata da MIT-UCO\n\n")
    d.w("Data e ora del sinistro: ", (g.fdatetime(gg), DT), "\n")
    d.w("Luogo: ", g.pick(["incrocio", "tangenziale", "parcheggio", "rotatoria"]), " nel comune di ", (g.city(), LOC), "\n")
    d.w(f"Veicolo assicurato: {g.pick(CARS_EU)} targa {g.plate('it')}\n")
    d.w("Controparte: ", (cp.full, P), ", ", (ca.one_line(), ADDR), ", tel. ", (g.phone(), PH), f", targa {g.plate('it')}, "
        f"compagnia {g.pick(['Generali', 'UnipolSai', 'Allianz', 'Reale Mutua'])}\n")
    if g.chance(0.5):
        d.w("Testimone: ", t.hon("sig. ", "sig.ra "), (t.full, P), ", tel. ", (g.phone(), PH), "\n")
    d.w("Dinamica: ", g.pick([
        "Il veicolo di controparte, proveniente da destra, non rispettava lo stop urtando la fiancata.",
        "Tamponamento in coda a velocità ridotta.",
        "Urto durante manovra di parcheggio."]), "\n")
    d.w(f"Danni stimati: {g.money(500, 6000, '€')}. Carrozzeria convenzionata: {g.pick(['Carrozzeria Fratelli Russo s.n.c.', 'AutoRipara Srl', 'Carrozzeria Moderna'])}\n")
    d.w("Accredito indennizzo su IBAN ", (g.iban("IT"), IBAN), "\n")
    d.w("\n", (a.city, LOC), ", ", (g.fdate(gg + dt.timedelta(days=g.r.randint(1, 3)), style=0), DT), "   Firma ___________\n")


def t_pt_participacao(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["pt"])
    t, o = g.person(), g.person()
    a = g.addr()
    dia = g.date()
    d.w(f"{ins}\nPARTICIPAÇÃO DE SINISTRO – MULTIRRISCOS HABITAÇÃO\nApólice n.º {g.digits(10)}   Processo {g.digits(4)}-{g.digits(6)}\n\n")
    d.w("Tomador do seguro: ", (t.full, P), "\n")
    d.w("Data de nascimento: ", (g.fdate(g.dob(), style=0), DOB), "\n")
    d.w("Morada do local de risco: ", (a.one_line(), ADDR), "\n")
    d.w("Telemóvel: ", (g.phone(), PH), "   Email: ", (g.email(t), EM), "\n\n")
    d.w("Data e hora da ocorrência: ", (g.fdatetime(dia), DT), "\n")
    d.w("Tipo de sinistro: ", g.pick(["danos por água", "fenómenos sísmicos", "tempestade", "furto ou roubo", "incêndio"]), "\n")
    d.w("Descrição: ", g.pick([
        "Rotura de cano na casa de banho do andar superior provocou infiltrações no teto da sala.",
        "Durante a tempestade, telhas partidas permitiram a entrada de água no sótão.",
        "Arrombamento da porta de entrada e furto de equipamentos eletrónicos."]), "\n")
    d.w("Participação às autoridades: ", g.pick(["PSP, auto n.º ", "GNR, NUIPC "]), f"{g.digits(3)}/{dia.year % 100}.{g.digits(1)}{g.upper(4)}\n")
    d.w(f"Prejuízo estimado: {g.money(300, 9000, '€')}\n\n")
    if g.chance(0.6):
        d.w("Terceiro responsável / vizinho: ", (o.full, P), ", ", (g.phone(), PH), "\n")
    d.w("IBAN para pagamento da indemnização: ", (g.iban("PT"), IBAN), "\n\n")
    d.w((a.city, LOC), ", ", (g.fdate(dia + dt.timedelta(days=g.r.randint(1, 8)), style=1), DT), "\nAssinatura do tomador: ________\n")


def t_nl_schadeformulier(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["nl"])
    vn, tp = g.person(), g.person()
    a = g.addr()
    dag = g.date()
    d.w(f"{ins} – Schadeaangifteformulier Motorrijtuigen\nPolisnummer: {g.digits(8)}   Schadenummer: {g.digits(9)}\n\n")
    d.w("Verzekeringnemer\n  Naam: ", (vn.full, P), "\n  Adres: ", (a.street, ADDR), "\n  Postcode: ", a.postcode, "   Woonplaats: ", (a.city, LOC), "\n")
    d.w("  Geboortedatum: ", (g.fdate(g.dob(), style=0), DOB), "\n  Telefoon: ", (g.phone(), PH), "\n  E-mail: ", (g.email(vn), EM), "\n")
    d.w("  IBAN: ", (g.iban("NL"), IBAN), "\n\n")
    d.w("Bestuurder\n  Rijbewijsnummer: ", (eu_dl(g, "nl"), DL), f"   Afgegeven: {g.r.randint(1990, 2022)}\n\n")
    d.w("Schadegegevens\n  Datum en tijd: ", (g.fdatetime(dag), DT), "\n  Plaats: ", (g.city(), LOC), "\n")
    d.w(f"  Kenteken: {g.plate('nl')}   Merk/type: {g.pick(CARS_EU)}\n")
    d.w("  Toedracht: ", g.pick(["Tegenpartij reed achterop bij het stoplicht.", "Aanrijding bij het achteruitrijden uit een parkeervak.",
                                 "Steenslag op de A2, voorruit gebarsten.", "Fietser kwam van rechts en raakte de zijkant."]), "\n\n")
    if g.chance(0.7):
        d.w("Wederpartij\n  ", (tp.full, P), ", tel. ", (g.phone(), PH), f", kenteken {g.plate('nl')}\n\n")
    d.w("Ondertekend te ", (a.city, LOC), " op ", (g.fdate(dag + dt.timedelta(days=g.r.randint(0, 4)), style=1), DT), "\n")


def t_pl_zgloszenie(g: G, d: Doc) -> None:
    ins, dom = g.pick(EU_INSURERS["pl"])
    p, s = g.person(), g.person()
    a = g.addr()
    dzien = g.date()
    d.w(f"{ins}\nZGŁOSZENIE SZKODY Z UBEZPIECZENIA OC/AC\nNr polisy: {g.digits(3)}-{g.digits(9)}   Nr szkody: PL{g.digits(10)}\n\n")
    d.w("Dane poszkodowanego\nImię i nazwisko: ", (p.full, P), "\nData urodzenia: ", (g.fdate(g.dob(), style=0), DOB), "\n")
    d.w("Adres: ", (a.one_line(), ADDR), "\nTelefon: ", (g.phone(), PH), "   E-mail: ", (g.email(p), EM), "\n")
    d.w("Nr prawa jazdy: ", (eu_dl(g, "pl"), DL), "\n\n")
    d.w("Okoliczności zdarzenia\nData i godzina: ", (g.fdatetime(dzien), DT), "\nMiejsce: ", (g.city(), LOC), ", ",
        g.pick(["skrzyżowanie", "parking przy centrum handlowym", "droga ekspresowa S8"]), "\n")
    d.w(f"Pojazd: {g.pick(CARS_EU)}, nr rej. {g.plate('pl')}, VIN {g.vin()}\n")
    d.w("Opis: ", g.pick(["Sprawca nie ustąpił pierwszeństwa i uderzył w lewy bok pojazdu.",
                          "Najechanie na tył pojazdu podczas hamowania.", "Uszkodzenie pojazdu na parkingu przez nieznanego sprawcę."]), "\n")
    d.w(f"Policja: {g.pick(['tak', 'nie'])}   Szacowana wartość szkody: {g.money(800, 20000, 'zł')}\n\n")
    d.w("Rachunek do wypłaty odszkodowania: ", (g.iban("PL"), IBAN), "\n")
    if g.chance(0.5):
        d.w("Sprawca: ", (s.full, P), ", tel. ", (g.phone(), PH), "\n")
    d.w("\n", (a.city, LOC), ", dnia ", (g.fdate(dzien + dt.timedelta(days=g.r.randint(1, 6)), style=0), DT), "\nPodpis: __________\n")


DEST = {
    "de": [("Palma", "Spanien"), ("Antalya", "Türkei"), ("Rimini", "Italien"), ("Hurghada", "Ägypten"), ("Faro", "Portugal"), ("Kreta", "Griechenland")],
    "fr": [("Marrakech", "Maroc"), ("Barcelone", "Espagne"), ("Lisbonne", "Portugal"), ("Montréal", "Canada"), ("Dakar", "Sénégal"), ("Rome", "Italie")],
    "es": [("Cancún", "México"), ("Lisboa", "Portugal"), ("París", "Francia"), ("Roma", "Italia"), ("Nueva York", "Estados Unidos"), ("Cusco", "Perú")],
    "it": [("Barcellona", "Spagna"), ("Parigi", "Francia"), ("Sharm el-Sheikh", "Egitto"), ("Londra", "Regno Unito"), ("Creta", "Grecia")],
    "pt": [("Madrid", "Espanha"), ("Paris", "França"), ("Londres", "Reino Unido"), ("Salvador", "Brasil"), ("Roma", "Itália")],
    "nl": [("Benidorm", "Spanje"), ("Nice", "Frankrijk"), ("Innsbruck", "Oostenrijk"), ("Bali", "Indonesië"), ("Lissabon", "Portugal")],
    "pl": [("Barcelona", "Hiszpania"), ("Rzym", "Włochy"), ("Hurghada", "Egipt"), ("Londyn", "Wielka Brytania"), ("Ateny", "Grecja")],
}
FOREIGN_HOSP = ["Clínica Juaneda", "Hôpital Privé Jean Mermoz", "Ospedale Infermi", "Medical Park Antalya", "Hospital da Luz",
                "Klinikum am See", "BIMC Hospital", "Hospital Quirónsalud", "Chania General Hospital"]

L_TRAVEL = {
    "de": dict(title="Auslandsreisekrankenversicherung – Antrag auf Kostenerstattung", pol="Versicherungsnummer", who="Versicherte Person",
               name="Name, Vorname", dob="Geburtsdatum", addr="Anschrift", tel="Telefon", mail="E-Mail",
               hpn="Gesetzliche Krankenkasse, Versichertennummer", dest="Reiseziel", trip="Reisezeitraum", to="bis",
               treat="Behandlung am", doc="Behandelnder Arzt", hosp="Klinik", mrn="Patientennummer der Klinik",
               diag="Diagnose", diags=["akute Gastroenteritis", "Sprunggelenksfraktur rechts", "Otitis media", "Sonnenstich, Dehydrierung"],
               cost="Rechnungsbetrag", iban="Erstattung auf IBAN", place="Ort, Datum", hon="Dr. ", ln="Lfd. Nr."),
    "fr": dict(title="Assurance voyage – demande de remboursement de frais médicaux", pol="N° de contrat", who="Assuré",
               name="Nom, prénom", dob="Date de naissance", addr="Adresse", tel="Téléphone", mail="Courriel",
               hpn="Mutuelle complémentaire, n° d'adhérent", dest="Destination", trip="Séjour du", to="au",
               treat="Date des soins", doc="Médecin traitant", hosp="Établissement", mrn="N° de dossier patient",
               diag="Diagnostic", diags=["gastro-entérite aiguë", "entorse de la cheville", "otite", "insolation"],
               cost="Montant facturé", iban="Remboursement sur IBAN", place="Fait à", hon="Dr ", ln="N°"),
    "es": dict(title="Seguro de viaje – solicitud de reembolso de gastos médicos", pol="Nº de póliza", who="Asegurado",
               name="Nombre y apellidos", dob="Fecha de nacimiento", addr="Domicilio", tel="Teléfono", mail="Correo electrónico",
               hpn="Nº de tarjeta de su aseguradora de salud", dest="Destino", trip="Viaje del", to="al",
               treat="Fecha de la asistencia", doc="Médico", hosp="Centro", mrn="Nº de historia clínica",
               diag="Diagnóstico", diags=["gastroenteritis aguda", "esguince de tobillo", "otitis", "golpe de calor"],
               cost="Importe de la factura", iban="Reembolso a la cuenta IBAN", place="Lugar y fecha", hon="Dr. ", ln="Nº"),
    "it": dict(title="Assicurazione viaggio – richiesta di rimborso spese mediche", pol="Polizza n.", who="Assicurato",
               name="Cognome e nome", dob="Data di nascita", addr="Indirizzo", tel="Telefono", mail="E-mail",
               hpn="Fondo sanitario integrativo, n. iscritto", dest="Destinazione", trip="Viaggio dal", to="al",
               treat="Data della prestazione", doc="Medico curante", hosp="Struttura", mrn="N. cartella clinica",
               diag="Diagnosi", diags=["gastroenterite acuta", "distorsione della caviglia", "otite", "colpo di calore"],
               cost="Importo fattura", iban="Rimborso su IBAN", place="Luogo e data", hon="dott. ", ln="N."),
    "pt": dict(title="Seguro de viagem – pedido de reembolso de despesas médicas", pol="Apólice n.º", who="Pessoa segura",
               name="Nome completo", dob="Data de nascimento", addr="Morada", tel="Telemóvel", mail="Email",
               hpn="Seguro de saúde, n.º de cartão", dest="Destino", trip="Viagem de", to="a",
               treat="Data do tratamento", doc="Médico", hosp="Hospital", mrn="N.º de processo clínico",
               diag="Diagnóstico", diags=["gastroenterite aguda", "entorse do tornozelo", "otite", "insolação"],
               cost="Valor da fatura", iban="Reembolso para o IBAN", place="Local e data", hon="Dr. ", ln="N.º"),
    "nl": dict(title="Reisverzekering – declaratie medische kosten buitenland", pol="Polisnummer", who="Verzekerde",
               name="Naam", dob="Geboortedatum", addr="Adres", tel="Telefoon", mail="E-mail",
               hpn="Zorgverzekeraar, polis-/relatienummer", dest="Bestemming", trip="Reisperiode", to="t/m",
               treat="Behandeldatum", doc="Behandelend arts", hosp="Ziekenhuis", mrn="Patiëntnummer ziekenhuis",
               diag="Diagnose", diags=["acute gastro-enteritis", "enkelverstuiking", "oorontsteking", "zonnesteek"],
               cost="Factuurbedrag", iban="Uitbetaling op IBAN", place="Plaats en datum", hon="dr. ", ln="Nr."),
    "pl": dict(title="Ubezpieczenie turystyczne – wniosek o zwrot kosztów leczenia", pol="Nr polisy", who="Ubezpieczony",
               name="Imię i nazwisko", dob="Data urodzenia", addr="Adres", tel="Telefon", mail="E-mail",
               hpn="Prywatna opieka medyczna, nr karty", dest="Kraj/miejsce pobytu", trip="Podróż od", to="do",
               treat="Data leczenia", doc="Lekarz prowadzący", hosp="Placówka", mrn="Nr historii choroby",
               diag="Rozpoznanie", diags=["ostre zapalenie żołądka i jelit", "skręcenie stawu skokowego", "zapalenie ucha", "udar cieplny"],
               cost="Kwota rachunku", iban="Zwrot na rachunek IBAN", place="Miejscowość, data", hon="dr ", ln="Nr"),
}


def t_ml_travel_medical(g: G, d: Doc) -> None:
    loc = g.loc
    L = L_TRAVEL[loc]
    ins, dom = g.pick(EU_INSURERS[loc])
    p, docp = g.person(), g.person(g.pick(["es", "it", "pt", "fr", "de"]))
    a = g.addr()
    city, country = g.pick(DEST[loc])
    dep = g.date()
    ret = dep + dt.timedelta(days=g.r.randint(5, 20))
    d.w(f"{ins}\n{L['title']}\n{L['pol']}: {g.upper(2)}{g.digits(8)}\n\n")
    d.w(f"{L['who']}\n  {L['name']}: ", (p.lf if loc in ("de", "fr", "it") else p.full, P), "\n")
    d.w(f"  {L['dob']}: ", (g.fdate(g.dob(), style=0), DOB), "\n")
    d.w(f"  {L['addr']}: ", (a.one_line(), ADDR), "\n")
    d.w(f"  {L['tel']}: ", (g.phone(), PH), f"   {L['mail']}: ", (g.email(p), EM), "\n")
    d.w(f"  {L['hpn']}: ", (eu_hpn(g, loc), HPN), "\n\n")
    d.w(f"{L['dest']}: ", (f"{city}, {country}", LOC), "\n")
    d.w(f"{L['trip']} ", (g.fdate(dep, style=0), DT), f" {L['to']} ", (g.fdate(ret, style=0), DT), "\n")
    d.w(f"{L['treat']}: ", (g.fdatetime(dep + dt.timedelta(days=g.r.randint(1, 4))), DT), "\n")
    d.w(f"{L['hosp']}: {g.pick(FOREIGN_HOSP)}   {L['mrn']}: ", (g.mrn(), MRN), "\n")
    d.w(f"{L['doc']}: {L['hon']}", (docp.full, P), "\n")
    d.w(f"{L['diag']}: {g.pick(L['diags'])}\n")
    d.w(f"{L['cost']}: {g.money(80, 4500, CUR[loc])}   {L['ln']} {g.digits(7)}\n\n")
    d.w(f"{L['iban']}: ", (g.iban(), IBAN), "\n\n")
    d.w(f"{L['place']}: ", (a.city, LOC), ", ", (g.fdate(ret + dt.timedelta(days=g.r.randint(2, 20)), style=0), DT), "\n")


L_RENEW = {
    "de": dict(subj="Ihre Beitragsrechnung zur Hauptfälligkeit", dear="Sehr geehrte(r)", body1="Ihr Vertrag verlängert sich zum",
               body2="Der neue Jahresbeitrag beträgt", cust="Kundennummer", contract="Vertragsnummer", pay="Der Beitrag wird per SEPA-Lastschrift eingezogen von",
               on="am", online="Ihre Unterlagen finden Sie im Kundenportal", hotline="Servicetelefon", bye="Mit freundlichen Grüßen", plate="Kennzeichen",
               prods=["Kfz-Versicherung", "Wohngebäudeversicherung", "Privathaftpflicht", "Hausratversicherung"]),
    "fr": dict(subj="Avis d'échéance de votre contrat", dear="Madame, Monsieur", body1="Votre contrat sera reconduit le",
               body2="La cotisation annuelle TTC s'élève à", cust="N° client", contract="N° de contrat", pay="Prélèvement SEPA sur le compte",
               on="le", online="Retrouvez vos documents dans votre espace client", hotline="Service client", bye="Nous vous prions d'agréer nos salutations distinguées.",
               plate="Immatriculation", prods=["Assurance auto", "Multirisque habitation", "Responsabilité civile"]),
    "es": dict(subj="Aviso de renovación de su póliza", dear="Estimado/a", body1="Su póliza se renovará el",
               body2="La prima anual será de", cust="Nº de cliente", contract="Nº de póliza", pay="El recibo se cargará en la cuenta",
               on="el", online="Consulte su documentación en el área de clientes", hotline="Atención al cliente", bye="Atentamente,", plate="Matrícula",
               prods=["Seguro de automóvil", "Seguro de hogar", "Seguro de comercio"]),
    "it": dict(subj="Avviso di scadenza e rinnovo della polizza", dear="Gentile", body1="La sua polizza si rinnova il",
               body2="Il premio annuo lordo è pari a", cust="Codice cliente", contract="Polizza n.", pay="Addebito SDD sul conto",
               on="il", online="Trova i documenti nell'area riservata", hotline="Servizio clienti", bye="Cordiali saluti,", plate="Targa",
               prods=["RC Auto", "Polizza casa", "Infortuni"]),
    "pt": dict(subj="Aviso de renovação da sua apólice", dear="Caro(a)", body1="A sua apólice renova-se em",
               body2="O prémio anual é de", cust="N.º de cliente", contract="Apólice n.º", pay="Débito direto na conta",
               on="em", online="Consulte os documentos na área de cliente", hotline="Linha de apoio", bye="Com os melhores cumprimentos,", plate="Matrícula",
               prods=["Seguro automóvel", "Multirriscos habitação", "Acidentes pessoais"]),
    "nl": dict(subj="Uw nieuwe polisblad en premie", dear="Beste", body1="Uw verzekering wordt verlengd op",
               body2="De nieuwe jaarpremie bedraagt", cust="Klantnummer", contract="Polisnummer", pay="De premie wordt automatisch afgeschreven van",
               on="op", online="Bekijk uw polis in Mijn omgeving", hotline="Klantenservice", bye="Met vriendelijke groet,", plate="Kenteken",
               prods=["Autoverzekering", "Woonhuisverzekering", "Aansprakelijkheidsverzekering"]),
    "pl": dict(subj="Informacja o wznowieniu umowy ubezpieczenia", dear="Szanowna Pani / Szanowny Panie", body1="Ochrona zostanie wznowiona z dniem",
               body2="Składka roczna wynosi", cust="Nr klienta", contract="Nr polisy", pay="Składka zostanie pobrana z rachunku",
               on="w dniu", online="Dokumenty znajdziesz w serwisie klienta", hotline="Infolinia", bye="Z poważaniem,", plate="Nr rejestracyjny",
               prods=["Ubezpieczenie OC/AC", "Ubezpieczenie mieszkania", "NNW"]),
}


def t_ml_renewal(g: G, d: Doc) -> None:
    loc = g.loc
    L = L_RENEW[loc]
    ins, dom = g.pick(EU_INSURERS[loc])
    p = g.person()
    a = g.addr()
    ren = g.date(2024, 2026)
    prod = g.pick(L["prods"])
    d.w(f"{ins}\n", (a.city, LOC), ", ", (g.fdate(ren - dt.timedelta(days=g.r.randint(30, 50)), style=g.pick([0, 1])), DT), "\n\n")
    d.w((p.full, P), "\n", (a.block(), ADDR), "\n\n")
    d.w(f"{L['subj']} – {prod}\n{L['contract']}: {g.digits(3)}-{g.digits(7)}   {L['cust']}: ", (g.digits(9), ACCT), "\n\n")
    dear = L["dear"]
    if loc in ("de", "es", "it", "pt", "nl"):
        d.w(f"{dear} ", (p.full if loc != "nl" else p.first, P), ",\n\n")
    else:
        d.w(f"{dear},\n\n")
    d.w(f"{L['body1']} ", (g.fdate(ren, style=1), DT), f". {L['body2']} {g.money(90, 1800, CUR[loc])}.\n")
    if prod in ("Kfz-Versicherung", "Assurance auto", "Seguro de automóvil", "RC Auto", "Seguro automóvel",
                "Autoverzekering", "Ubezpieczenie OC/AC"):
        d.w(f"{L['plate']}: {g.plate(loc)}\n")
    d.w(f"\n{L['pay']} ")
    if g.chance(0.6):
        d.w((g.iban(), IBAN))
    else:
        ib = g.iban(grouped=False)
        d.w(ib[:4] + " **** **** " + ib[-4:])
    d.w(f" {L['on']} ", (g.fdate(ren, style=0), DT), ".\n\n")
    path = {"de": "/kundenportal", "fr": "/espace-client", "es": "/area-clientes", "it": "/area-riservata",
            "pt": "/area-cliente", "nl": "/mijn", "pl": "/moje-konto"}[loc]
    d.w(f"{L['online']}: ", (g.url(dom, [path, path + "/dokumente" if loc == "de" else path + "/documents"]), URL), "\n")
    d.w(f"{L['hotline']}: ", (g.phone(), PH), "\n\n", L["bye"], "\n", ins, "\n")


L_CHAT = {
    "de": ["Guten Tag, Sie sprechen mit {ag}. Wie kann ich helfen?", "Hallo, ich möchte einen Wasserschaden melden.",
           "Gern. Nennen Sie mir bitte Ihren Namen und Ihr Geburtsdatum.", "Das tut mir leid. Wann ist der Schaden entstanden?",
           "Unter welcher Nummer erreichen wir Sie?", "Und Ihre E-Mail-Adresse für die Unterlagen?",
           "Danke, ein Gutachter meldet sich. Ihre Schadennummer lautet", "Danke, tschüss!"],
    "fr": ["Bonjour, vous êtes en ligne avec {ag}. Comment puis-je vous aider ?", "Bonjour, je souhaite déclarer un dégât des eaux.",
           "Bien sûr. Pouvez-vous me donner vos nom, prénom et date de naissance ?", "Je suis désolé. Quand le sinistre s'est-il produit ?",
           "À quel numéro pouvons-nous vous joindre ?", "Et votre adresse e-mail pour l'envoi des documents ?",
           "Merci, un expert vous contactera. Votre numéro de dossier est", "Merci, bonne journée !"],
    "es": ["Hola, le atiende {ag}. ¿En qué puedo ayudarle?", "Hola, quiero dar parte de un siniestro de agua.",
           "Claro. ¿Me indica su nombre completo y fecha de nacimiento?", "Lo siento. ¿Cuándo ocurrió?",
           "¿En qué teléfono podemos localizarle?", "¿Y su correo para enviarle la documentación?",
           "Gracias, le llamará un perito. Su número de siniestro es", "¡Gracias, adiós!"],
    "it": ["Buongiorno, sono {ag}. Come posso aiutarla?", "Buongiorno, vorrei denunciare un danno da acqua.",
           "Certo. Mi indica nome, cognome e data di nascita?", "Mi dispiace. Quando è avvenuto il danno?",
           "A quale numero possiamo contattarla?", "E l'indirizzo e-mail per i documenti?",
           "Grazie, un perito la contatterà. Il numero di sinistro è", "Grazie, arrivederci!"],
    "pt": ["Olá, fala {ag}. Em que posso ajudar?", "Olá, quero participar um sinistro de danos por água.",
           "Com certeza. Pode indicar o seu nome completo e data de nascimento?", "Lamento. Quando aconteceu?",
           "Qual o contacto telefónico?", "E o email para enviarmos a documentação?",
           "Obrigado, um perito irá contactá-lo. O número do processo é", "Obrigado, até logo!"],
    "nl": ["Goedemiddag, u spreekt met {ag}. Waarmee kan ik helpen?", "Hoi, ik wil waterschade melden.",
           "Natuurlijk. Wat is uw naam en geboortedatum?", "Vervelend. Wanneer is het gebeurd?",
           "Op welk nummer kunnen we u bereiken?", "En uw e-mailadres voor de documenten?",
           "Dank u, een expert neemt contact op. Uw schadenummer is", "Bedankt, doei!"],
    "pl": ["Dzień dobry, tu {ag}. W czym mogę pomóc?", "Dzień dobry, chcę zgłosić zalanie mieszkania.",
           "Oczywiście. Proszę podać imię, nazwisko i datę urodzenia.", "Przykro mi. Kiedy to się stało?",
           "Pod jakim numerem możemy się skontaktować?", "A adres e-mail do wysyłki dokumentów?",
           "Dziękuję, rzeczoznawca się odezwie. Numer szkody to", "Dziękuję, do widzenia!"],
}
L_CHAT_EXTRA = {
    "de": ("Adresse des Schadenorts", "Das war", "gegen"), "fr": ("Adresse du sinistre", "C'était le", "vers"),
    "es": ("Dirección del siniestro", "Fue el", "sobre las"), "it": ("Indirizzo del danno", "È successo il", "verso le"),
    "pt": ("Morada do sinistro", "Foi no dia", "por volta das"), "nl": ("Adres van de schade", "Dat was op", "rond"),
    "pl": ("Adres szkody", "To było", "około"),
}


def t_ml_chat(g: G, d: Doc) -> None:
    loc = g.loc
    S = L_CHAT[loc]
    X = L_CHAT_EXTRA[loc]
    ins, dom = g.pick(EU_INSURERS[loc])
    ag, cu = g.person(), g.person()
    a = g.addr()
    day = g.date()
    clk = _clock(g)
    who_a = (ag.first, P)
    who_c = {"de": "Kunde", "fr": "Client", "es": "Cliente", "it": "Cliente", "pt": "Cliente", "nl": "Klant", "pl": "Klient"}[loc]
    d.w(f"{ins} · Chat {g.upper(3)}-{g.digits(7)}\n\n")

    def line(who, *parts):
        d.w(f"[{next(clk)}] ", who, ": ", *parts, "\n")
    line(who_a, S[0].split("{ag}")[0], (ag.first, P), S[0].split("{ag}")[1])
    line(who_c, S[1])
    line(who_a, S[2])
    line(who_c, (cu.full, P), ", ", (g.fdate(g.dob(), style=0), DOB))
    line(who_a, S[3])
    dd = g.fdate(day, style=g.pick([0, 1]))
    line(who_c, f"{X[1]} ", (dd, DT), f" {X[2]} ", (g.ftime(), DT), ". ", f"{X[0]}: ", (a.one_line(), ADDR))
    line(who_a, S[4])
    line(who_c, (g.phone(), PH))
    line(who_a, S[5])
    line(who_c, (g.email(cu), EM))
    line(who_a, f"{S[6]} {g.digits(2)}-{g.digits(8)}.")
    line(who_c, S[7])


L_PET = {
    "de": dict(t="Tierkrankenversicherung – Leistungsantrag", own="Tierhalter/in", pet="Name des Tieres", sp="Tierart/Rasse",
               chip="Chipnummer", vet="Tierarztpraxis", vd="Behandelnde/r Tierärztin/Tierarzt", when="Behandlungsdatum",
               dia="Diagnose", inv="Rechnung Nr.", tot="Gesamtbetrag (GOT)", pay="Auszahlung an IBAN", tel="Telefon", mail="E-Mail", hon="Dr. med. vet. ",
               sig="Datum"),
    "fr": dict(t="Assurance santé animale – demande de remboursement", own="Propriétaire", pet="Nom de l'animal", sp="Espèce/race",
               chip="N° d'identification", vet="Clinique vétérinaire", vd="Vétérinaire", when="Date des soins",
               dia="Diagnostic", inv="Facture n°", tot="Total TTC", pay="Virement sur IBAN", tel="Tél.", mail="Courriel", hon="Dr ", sig="Date"),
    "es": dict(t="Seguro de mascotas – solicitud de reembolso", own="Titular", pet="Nombre de la mascota", sp="Especie/raza",
               chip="Nº de microchip", vet="Clínica veterinaria", vd="Veterinario/a", when="Fecha de la consulta",
               dia="Diagnóstico", inv="Factura nº", tot="Total (IVA incl.)", pay="Abono en IBAN", tel="Teléfono", mail="Email", hon="Dra. ", sig="Fecha"),
    "it": dict(t="Polizza animali domestici – richiesta di rimborso", own="Proprietario", pet="Nome dell'animale", sp="Specie/razza",
               chip="Microchip", vet="Clinica veterinaria", vd="Medico veterinario", when="Data della visita",
               dia="Diagnosi", inv="Fattura n.", tot="Totale (IVA incl.)", pay="Accredito su IBAN", tel="Tel.", mail="E-mail", hon="dott.ssa ", sig="Data"),
    "pt": dict(t="Seguro de animais de companhia – pedido de reembolso", own="Tomador", pet="Nome do animal", sp="Espécie/raça",
               chip="N.º de microchip", vet="Clínica veterinária", vd="Médico veterinário", when="Data da consulta",
               dia="Diagnóstico", inv="Fatura n.º", tot="Total (IVA incluído)", pay="Reembolso para IBAN", tel="Telemóvel", mail="Email", hon="Dr. ", sig="Data"),
    "nl": dict(t="Dierenverzekering – declaratieformulier", own="Eigenaar", pet="Naam dier", sp="Diersoort/ras",
               chip="Chipnummer", vet="Dierenkliniek", vd="Dierenarts", when="Behandeldatum",
               dia="Diagnose", inv="Factuurnummer", tot="Totaal incl. btw", pay="Uitbetalen op IBAN", tel="Telefoon", mail="E-mail", hon="drs. ", sig="Datum"),
    "pl": dict(t="Ubezpieczenie zwierząt – wniosek o zwrot kosztów", own="Właściciel", pet="Imię zwierzęcia", sp="Gatunek/rasa",
               chip="Nr chipa", vet="Przychodnia weterynaryjna", vd="Lekarz weterynarii", when="Data wizyty",
               dia="Rozpoznanie", inv="Faktura nr", tot="Razem brutto", pay="Zwrot na rachunek", tel="Telefon", mail="E-mail", hon="lek. wet. ", sig="Data"),
}
VET_EU = ["Tierarztpraxis am Stadtpark", "Clinique Vétérinaire des Tilleuls", "Clínica Veterinaria Los Álamos", "Clinica Veterinaria San Francesco",
          "Hospital Veterinário do Restelo", "Dierenkliniek De Horst", "Przychodnia Weterynaryjna Animal-Vet"]


def t_ml_pet(g: G, d: Doc) -> None:
    loc = g.loc
    L = L_PET[loc]
    ins, dom = g.pick(EU_INSURERS[loc])
    own, vet = g.person(), g.person()
    a = g.addr()
    day = g.date()
    d.w(f"{ins}\n{L['t']}\n", "-" * 50, "\n")
    d.w(f"{L['own']}: ", (own.full, P), "\n", (a.block(), ADDR), f"\n{L['tel']}: ", (g.phone(), PH), f"   {L['mail']}: ", (g.email(own), EM), "\n\n")
    d.w(f"{L['pet']}: {g.pick(PET_NAMES)}   {L['sp']}: {g.pick(BREEDS)}   {L['chip']}: {g.digits(15)}\n")
    hon = L["hon"]
    if loc == "it":
        hon = vet.hon("dott. ", "dott.ssa ")
    elif loc == "es":
        hon = vet.hon("Dr. ", "Dra. ")
    d.w(f"{L['vet']}: {VET_EU[LANGS.index(loc)]}\n{L['vd']}: {hon}", (vet.full, P), "\n")
    d.w(f"{L['when']}: ", (g.fdate(day, style=0), DT), "\n")
    d.w(f"{L['dia']}: {g.pick(['Otitis externa', 'Gastroenteritis', 'TPLO', 'Dermatitis', 'Cystitis'])} – {g.pick(VET_DRUGS)}\n")
    d.w(f"{L['inv']} {g.digits(6)}   {L['tot']}: {g.money(60, 3200, CUR[loc])}\n\n")
    d.w(f"{L['pay']}: ", (g.iban(), IBAN), "\n")
    d.w(f"{L['sig']}: ", (g.fdate(day + dt.timedelta(days=g.r.randint(1, 15)), style=g.pick([0, 1])), DT), "\n")


L_SEPA = {
    "de": dict(t="SEPA-Lastschriftmandat", cid="Gläubiger-Identifikationsnummer", ref="Mandatsreferenz",
               txt="Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.",
               holder="Kontoinhaber", addr="Anschrift", bank="Kreditinstitut", place="Ort, Datum", sig="Unterschrift"),
    "fr": dict(t="Mandat de prélèvement SEPA", cid="Identifiant créancier SEPA (ICS)", ref="Référence unique du mandat (RUM)",
               txt="En signant ce formulaire de mandat, vous autorisez le créancier à envoyer des instructions à votre banque pour débiter votre compte.",
               holder="Titulaire du compte", addr="Adresse", bank="Banque", place="Fait à", sig="Signature"),
    "es": dict(t="Orden de domiciliación de adeudo directo SEPA", cid="Identificador del acreedor", ref="Referencia de la orden de domiciliación",
               txt="Mediante la firma de esta orden, el deudor autoriza al acreedor a enviar instrucciones a su entidad para adeudar su cuenta.",
               holder="Titular de la cuenta", addr="Dirección", bank="Entidad", place="Lugar y fecha", sig="Firma"),
    "it": dict(t="Mandato per addebito diretto SEPA (SDD)", cid="Codice identificativo del creditore", ref="Riferimento del mandato",
               txt="La sottoscrizione del presente mandato comporta l'autorizzazione al creditore a richiedere alla banca l'addebito del conto.",
               holder="Intestatario del conto", addr="Indirizzo", bank="Banca", place="Luogo e data", sig="Firma"),
    "pt": dict(t="Autorização de débito direto SEPA", cid="Identificação do credor", ref="Referência da autorização (ADD)",
               txt="Ao subscrever esta autorização, está a autorizar o credor a enviar instruções ao seu banco para debitar a sua conta.",
               holder="Titular da conta", addr="Morada", bank="Banco", place="Local e data", sig="Assinatura"),
    "nl": dict(t="Doorlopende machtiging SEPA", cid="Incassant ID", ref="Kenmerk machtiging",
               txt="Door ondertekening van dit formulier geeft u toestemming om doorlopende incasso-opdrachten te sturen naar uw bank.",
               holder="Rekeninghouder", addr="Adres", bank="Bank", place="Plaats en datum", sig="Handtekening"),
    "pl": dict(t="Polecenie zapłaty SEPA – zgoda", cid="Identyfikator wierzyciela", ref="Numer referencyjny zgody",
               txt="Wyrażam zgodę na obciążanie mojego rachunku kwotami wynikającymi z umowy ubezpieczenia.",
               holder="Posiadacz rachunku", addr="Adres", bank="Bank", place="Miejscowość i data", sig="Podpis"),
}


def t_ml_sepa_mandate(g: G, d: Doc) -> None:
    loc = g.loc
    L = L_SEPA[loc]
    ins, dom = g.pick(EU_INSURERS[loc])
    p = g.person()
    a = g.addr()
    cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL"}[loc]
    d.w(f"{L['t']}\n{ins}\n{L['cid']}: {cc}{g.digits(2)}ZZZ{g.digits(11)}\n{L['ref']}: {g.upper(3)}-{g.digits(10)}\n\n{L['txt']}\n\n")
    d.w(f"{L['holder']}: ", (p.full, P), "\n")
    d.w(f"{L['addr']}: ", (a.one_line(), ADDR), "\n")
    d.w(f"{L['bank']}: {['Sparkasse', 'Crédit Agricole', 'CaixaBank', 'Intesa Sanpaolo', 'Millennium bcp', 'ING', 'PKO BP'][LANGS.index(loc)]}\n")
    d.w("IBAN: ", (g.iban(cc), IBAN), f"\nBIC: {g.bic(cc)}\n\n")
    d.w(f"{L['place']}: ", (a.city, LOC), ", ", (g.fdate(g.date(2024, 2025), style=0), DT), f"\n{L['sig']}: ________________\n")


# ---------------------------------------------------------------------------
# Hard-negative-only templates (no labelled entity)
# ---------------------------------------------------------------------------
def n_batch_log(g: G, d: Doc) -> None:
    day = g.date()
    t = g.r.randint(0, 7200)
    job = g.pick(["renewal-offers", "cat-reserve-sync", "iso-claimsearch-export", "subro-aging", "premium-audit"])
    d.w(f"# {job} run {g.uuid()} build {g.version()} ({g.sha(7)})\n")
    for _ in range(g.r.randint(10, 18)):
        t += g.r.randint(1, 600)
        ts = f"{day.isoformat()} {t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d},{g.digits(3)}"
        k = g.r.randint(0, 7)
        msg = [
            f"INFO  processed claim {g.claim_no()} in {g.r.randint(3, 900)}ms",
            f"INFO  batch {g.r.randint(1, 90)}/{g.r.randint(90, 120)} committed ({g.r.randint(100, 5000)} rows)",
            f"WARN  policy {g.policy_no(g.pick(['auto', 'home']))} skipped: status=CANCELLED_NONPAY",
            f"DEBUG cache hit ratio {g.r.randint(60, 99)}.{g.digits(1)}% epoch={g.epoch()}",
            f"INFO  reserve delta {g.money(-5000, 20000)} applied to feature {g.upper(2)}-{g.digits(3)}",
            f"ERROR timeout after 30s calling rating-api (attempt {g.r.randint(1, 3)}/3) trace={g.sha(16)}",
            f"INFO  wrote s3://claims-archive/{day.year}/{g.uuid()}.parquet ({g.r.randint(1, 900)} MB)",
            f"INFO  VIN {g.vin()} decoded: {g.r.randint(2008, 2025)} {g.pick(CARS)}",
        ][k]
        d.w(f"{ts} {msg}\n")
    t += g.r.randint(1, 30)
    d.w(f"{day.isoformat()} {t // 3600 % 24:02d}:{t % 3600 // 60:02d}:{t % 60:02d},{g.digits(3)} INFO  job finished, elapsed {g.r.randint(2, 90)}m{g.r.randint(0, 59)}s, exit=0\n")


def n_coverage_faq(g: G, d: Doc) -> None:
    ins, dom = g.pick(INSURERS)
    d.w(f"{ins} - Homeowners Coverage FAQ (form HO 00 03, edition {g.r.randint(2000, 2011)})\n\n")
    qas = [
        ("How long do I have to report a claim?", f"Report losses as soon as practical. Most policies require notice within {g.pick([30, 60, 72])} days; "
         "for theft, also notify police within 24 hours."),
        ("What is my deductible?", f"Your all-peril deductible is shown on the declarations page, typically {g.pick(['$500', '$1,000', '$2,500'])}. "
         f"Named-storm deductibles are a percentage of Coverage A, e.g. {g.pick(['2%', '5%'])} of a $300,000 dwelling limit = {g.pick(['$6,000', '$15,000'])}."),
        ("Is a burst pipe covered?", "Sudden and accidental discharge is covered; long-term seepage over 14 days or more is excluded."),
        ("Will my premium go up after a claim?", "A claim may affect your renewal premium for three to five years depending on your state's rules."),
        ("Are my pets covered?", "Dogs and cats are not 'personal property' for theft purposes. A bite liability claim involving a pet named Biscuit or Luna "
         "would fall under Coverage E."),
        ("What about my car in the garage?", "Motor vehicles are excluded under Coverage C; damage to a Toyota or Ford parked inside is handled under your auto policy."),
        ("When will I be paid?", "Most payments are issued within 5-10 business days after agreement on the amount. Payments cut on Friday usually clear by Tuesday."),
        ("Do you offer discounts?", f"Yes: protective device ({g.r.randint(2, 10)}%), new roof installed after 2015, claims-free for 3 years, and multi-policy."),
    ]
    for q, a in g.r.sample(qas, g.r.randint(4, len(qas))):
        d.w(f"Q: {q}\nA: {a}\n\n")
    d.w(f"This FAQ is a summary only; see policy form ML-{g.digits(3)} for complete terms. Rev. {g.version()}\n")


def n_rating_table(g: G, d: Doc) -> None:
    d.w(f"# personal auto base rates - filing {g.upper(2)}-{g.digits(4)}-{g.digits(2)} - effective for new business in 2025\n")
    d.w("territory,class_code,symbol,coverage,base_rate,factor_lo,factor_hi\n")
    for _ in range(g.r.randint(10, 22)):
        d.w(f"{g.digits(3)},{g.pick(['8110', '8210', '8310', '8550', '9110'])},{g.r.randint(1, 27)},{g.pick(['BI', 'PD', 'COMP', 'COLL', 'UM', 'MED'])},"
            f"{g.r.randint(40, 900)}.{g.digits(2)},{g.r.randint(50, 99) / 100:.2f},{g.r.randint(100, 250) / 100:.2f}\n")
    d.w(f"# rows validated against schema v{g.version()}; checksum {g.sha(32)}\n")


def n_loss_ratio(g: G, d: Doc) -> None:
    d.w(f"QUARTERLY LOSS RATIO SUMMARY - personal lines (unaudited)\nPrepared by actuarial, run id {g.uuid()}\n\n")
    d.w(f"{'Line':<18}{'Earned prem':>14}{'Incurred':>14}{'LR':>8}{'Claims':>9}{'Avg sev':>11}\n")
    for line in ["Auto liability", "Auto physical", "Homeowners", "Renters", "Umbrella", "Pet", "Travel", "Term life"]:
        ep = g.r.randint(2, 400) * 100000
        inc = int(ep * g.r.randint(40, 110) / 100)
        n = g.r.randint(40, 9000)
        d.w(f"{line:<18}{'$' + format(ep, ','):>14}{'$' + format(inc, ','):>14}{inc * 100 / ep:>7.1f}%{n:>9,}{'$' + format(inc // n, ','):>11}\n")
    d.w(f"\nCAT losses excluded: {g.r.randint(2, 9)} events in accident year {g.r.randint(2021, 2024)}. IBNR per chain-ladder, "
        f"tail factor {g.r.randint(100, 115) / 100:.3f}. Next refresh in two weeks.\n")


def n_payment_recon(g: G, d: Doc) -> None:
    d.w(f"PREMIUM PAYMENT RECONCILIATION - exceptions only\nfile: recon_{g.digits(8)}.csv   rows: {g.r.randint(100, 9000)}\n\n")
    d.w("txn_id,card_or_acct,ssn_on_file,amount,reason\n")
    for _ in range(g.r.randint(6, 12)):
        k = g.r.randint(0, 4)
        card = [g.masked_card(), g.bad_card(), f"ACH ****{g.digits(4)}", f"rtn {g.routing()}", f"IBAN ****{g.digits(4)}"][k]
        ssn = g.pick([g.bad_ssn(), f"***-**-{g.digits(4)}", "XXX-XX-XXXX", g.bad_ssn()])
        d.w(f"{g.upper(3)}{g.digits(9)},{card},{ssn},{g.r.randint(2000, 300000) / 100:.2f},{g.pick(['LUHN_FAIL', 'NSF', 'R01', 'R03', 'DUPLICATE', 'CHARGEBACK'])}\n")
    d.w(f"\nBICs in batch: {g.bic()}, {g.bic()}. Test PAN 4111 1111 1111 1112 rejected as expected. Control total {g.money(10000, 90000)}.\n")


def n_ci_pipeline(g: G, d: Doc) -> None:
    d.w("name: claims-api CI\n\non:\n  push:\n    branches: [main]\n  pull_request:\n\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n")
    d.w(f"      - uses: actions/checkout@{g.sha()}\n      - uses: actions/setup-java@v4\n        with:\n          java-version: '{g.pick(['17', '21'])}'\n")
    d.w("      - name: Configure AWS\n        uses: aws-actions/configure-aws-credentials@v4\n        with:\n")
    d.w("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: us-east-1\n")
    d.w("      - name: Test\n        env:\n          DB_PASSWORD: ${{ secrets.CLAIMS_DB_PASSWORD }}\n          STRIPE_KEY: ${STRIPE_KEY}\n"
        "          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n        run: ./gradlew test --no-daemon\n")
    d.w(f"      - name: Push image\n        run: docker push registry.internal/claims-api@sha256:{g.sha(64)}\n")
    d.w(f"# pinned: gradle {g.version()}, jacoco {g.version()}; last green run #{g.r.randint(1000, 9999)}\n")


def n_fleet_schedule(g: G, d: Doc) -> None:
    d.w(f"COMMERCIAL AUTO - SCHEDULE OF COVERED AUTOS  (policy {g.policy_no('comm')})\n\n")
    d.w(f"{'#':<4}{'Year':<6}{'Make/Model':<22}{'VIN':<20}{'Plate':<10}{'Terr':<6}{'Stated amt':>12}  Cov\n")
    for i in range(1, g.r.randint(6, 14)):
        d.w(f"{i:<4}{g.r.randint(2012, 2025):<6}{g.pick(CARS + ['Ford Transit 250', 'Isuzu NPR', 'Freightliner M2']):<22}{g.vin():<20}"
            f"{g.plate('en'):<10}{g.digits(3):<6}{g.money(9000, 120000):>12}  {g.pick(['LIAB/COMP/COLL', 'LIAB', 'LIAB/COMP'])}\n")
    d.w(f"\nHired/non-owned: included. Symbol 1 liability, symbol 7 physical damage. Total units: {i}. Driver list on file (MVRs < 12 months).\n")


def n_medical_codes(g: G, d: Doc) -> None:
    d.w("WORKERS' COMP FEE SCHEDULE REFERENCE - common musculoskeletal codes\n\n")
    d.w(f"{'ICD-10':<10}{'Description':<48}{'CPT':<7}{'Max fee':>10}\n")
    for (icd, desc), (cpt, _) in zip(g.r.sample(ICD10, 6), g.r.sample(CPT, 6)):
        d.w(f"{icd:<10}{desc[:46]:<48}{cpt:<7}{g.money(40, 900):>10}\n")
    d.w(f"\nLOINC panels: 24331-1 (lipid), 2345-7 (glucose). In-network group numbers GRP-{g.digits(6)}, GRP-{g.digits(6)}.\n")
    d.w(f"Formulary (WC): {', '.join(g.r.sample(DRUGS, 4))}. Opioids beyond 7 days require UR.\n")
    d.w(f"Sample rendering NPIs for testing: {g.npi()}, {g.npi()}. Rev {g.version()}.\n")


L_NEG_WORDING = {
    "de": ["Allgemeine Bedingungen für die Hausratversicherung (VHB {y})", "§ {n} Versicherte Gefahren: Brand, Blitzschlag, Einbruchdiebstahl, Leitungswasser, Sturm und Hagel.",
           "Die Selbstbeteiligung beträgt {m} je Versicherungsfall.", "Der Versicherungsnehmer hat den Schaden unverzüglich, spätestens innerhalb einer Woche, anzuzeigen.",
           "Wertsachen sind bis {m} versichert; Bargeld bis {m2}.", "Die Kündigungsfrist beträgt drei Monate zum Ablauf des Versicherungsjahres."],
    "fr": ["Conditions générales – Multirisque habitation (édition {y})", "Article {n} – Événements garantis : incendie, dégât des eaux, vol, tempête, catastrophes naturelles.",
           "Une franchise de {m} s'applique à chaque sinistre.", "L'assuré doit déclarer le sinistre dans les cinq jours ouvrés, deux jours en cas de vol.",
           "Les objets de valeur sont garantis à hauteur de {m} ; les espèces à hauteur de {m2}.", "Le contrat est reconduit tacitement chaque année."],
    "es": ["Condiciones generales – Seguro de hogar (edición {y})", "Artículo {n}. Riesgos cubiertos: incendio, daños por agua, robo, fenómenos atmosféricos.",
           "Se aplicará una franquicia de {m} por siniestro.", "El asegurado deberá comunicar el siniestro en el plazo máximo de siete días.",
           "Las joyas están cubiertas hasta {m}; el dinero en efectivo hasta {m2}.", "La póliza se prorroga tácitamente por periodos anuales."],
    "it": ["Condizioni di assicurazione – Polizza casa (ed. {y})", "Art. {n} – Rischi assicurati: incendio, acqua condotta, furto, eventi atmosferici.",
           "Franchigia di {m} per ogni sinistro.", "L'assicurato deve dare avviso del sinistro entro tre giorni da quando ne ha avuto conoscenza.",
           "Preziosi assicurati fino a {m}; valori fino a {m2}.", "In mancanza di disdetta il contratto si rinnova di anno in anno."],
    "pt": ["Condições gerais – Multirriscos habitação (edição {y})", "Artigo {n}.º – Coberturas: incêndio, danos por água, furto ou roubo, tempestades.",
           "Aplica-se uma franquia de {m} por sinistro.", "O tomador deve participar o sinistro no prazo de oito dias.",
           "Objetos de valor garantidos até {m}; numerário até {m2}.", "O contrato renova-se automaticamente por períodos anuais."],
    "nl": ["Polisvoorwaarden Inboedelverzekering (editie {y})", "Artikel {n} – Gedekte gebeurtenissen: brand, inbraak, waterschade, storm.",
           "Het eigen risico bedraagt {m} per gebeurtenis.", "Meld schade zo snel mogelijk, uiterlijk binnen veertien dagen.",
           "Sieraden zijn verzekerd tot {m}; geld tot {m2}.", "De verzekering wordt telkens stilzwijgend met een jaar verlengd."],
}


def n_eu_wording(g: G, d: Doc) -> None:
    loc = g.pick(list(L_NEG_WORDING.keys()))
    S = L_NEG_WORDING[loc]
    m, m2 = g.money(100, 500, "€"), g.money(500, 2000, "€")
    d.w(S[0].format(y=g.r.randint(2008, 2024)), "\n\n")
    for s in S[1:]:
        d.w(s.format(n=g.r.randint(1, 30), m=g.money(100, 20000, "€"), m2=m2), "\n")
    d.w(f"\n{g.pick(['Stand', 'Version', 'Versión', 'Versione', 'Versão', 'Versie'])} {g.version()} – {g.upper(2)}-{g.digits(4)}\n")


def n_pet_policy_summary(g: G, d: Doc) -> None:
    ins, dom = g.pick(PET_INSURERS)
    pet = g.pick(PET_NAMES)
    d.w(f"{ins} - Plan summary for {pet} ({g.pick(BREEDS)}, age {g.r.randint(1, 12)})\n\n")
    d.w(f"Annual limit: {g.pick(['$5,000', '$10,000', 'Unlimited'])}\nReimbursement: {g.pick(['70%', '80%', '90%'])}\nDeductible: {g.pick(['$100', '$250', '$500'])} per year\n")
    d.w("Waiting periods: 14 days illness, 2 days accident, 6 months cruciate ligament.\n")
    d.w(f"Monthly premium: {g.money(18, 95)}   Wellness add-on: {g.money(10, 30)}\n")
    d.w(f"Excluded pre-existing: {g.pick(['otitis (left ear)', 'none', 'allergic dermatitis'])}. Covered meds include {', '.join(g.r.sample(VET_DRUGS, 3))}.\n")
    d.w(f"{pet} is eligible for a 10% multi-pet discount if Mochi or Ziggy are added within 30 days.\n")


def n_edi_ack(g: G, d: Doc) -> None:
    dt6 = g.date().strftime("%y%m%d")
    dt8 = g.date().strftime("%Y%m%d")
    ctrl = g.digits(9)
    d.w(f"ISA*00*          *00*          *ZZ*{g.upper(9):<15}*ZZ*{g.upper(8):<15}*{dt6}*{g.hm().replace(':', '')}*^*00501*{ctrl}*0*P*:~\n")
    d.w(f"GS*FA*{g.upper(6)}*{g.upper(6)}*{dt8}*{g.hm().replace(':', '')}*{g.r.randint(1, 9999)}*X*005010X231A1~\nST*999*0001*005010X231A1~\n")
    d.w(f"AK1*HC*{g.r.randint(1, 9999)}*005010X222A1~\n")
    for n in range(1, g.r.randint(2, 5)):
        d.w(f"AK2*837*{n:04d}*005010X222A1~\nIK5*{g.pick(['A', 'A', 'E', 'R'])}~\n")
    d.w(f"AK9*A*{n}*{n}*{n}~\nSE*{n * 2 + 4}*0001~\nGE*1*{g.r.randint(1, 9999)}~\nIEA*1*{ctrl}~\n")


def n_release_notes(g: G, d: Doc) -> None:
    d.w(f"ClaimsCenter {g.version()} - release notes\n\nDeployed Tuesday night; rollback window closes in 48 hours.\n\n")
    for _ in range(g.r.randint(4, 8)):
        d.w(f"- [{g.pick(['CLMSYS', 'PAS', 'BILL'])}-{g.r.randint(100, 9999)}] {g.pick(['Fix reserve rounding on features with salvage', 'Add VIN decode fallback', 'Mask SSN in FNOL summary PDF', 'Upgrade Jackson to ' + g.version(), 'Retry ISO ClaimSearch on 503', 'New CAT code picker', 'Speed up subro aging query by 40%'])} ({g.sha(7)})\n")
    d.w(f"\nKnown issue: test claim CLM-0000-000000 shows epoch {g.epoch()} instead of a date in the audit tab. Fix targeted for next sprint.\n")


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
EN_KINDS = [
    ("fnol_call_transcript", t_fnol_call), ("adjuster_diary", t_adjuster_diary),
    ("auto_loss_notice_form", t_auto_loss_notice), ("police_crash_report", t_police_report),
    ("repair_estimate", t_repair_estimate), ("subrogation_letter", t_subrogation_letter),
    ("life_uw_questionnaire", t_life_uw_questionnaire), ("home_declarations", t_home_declarations),
    ("auto_renewal_notice", t_auto_renewal), ("broker_email", t_broker_email), ("siu_fraud_memo", t_siu_memo),
    ("medpay_bill_review", t_medpay_claim), ("wc_first_report", t_wc_first_report),
    ("claims_json_export", t_claims_json), ("claims_csv_export", t_claims_csv), ("acord25_coi", t_acord25),
    ("it_config_yaml", t_it_config_yaml), ("dotenv_file", t_env_file), ("k8s_secret", t_k8s_secret),
    ("portal_app_log", t_portal_log), ("travel_claim_form", t_travel_claim), ("pet_claim_form", t_pet_claim),
    ("life_beneficiary_change", t_life_beneficiary_change), ("life_death_claim", t_death_claim),
    ("water_damage_inspection", t_water_inspection), ("billing_chat", t_chat_transcript),
    ("adjuster_sms_thread", t_sms_thread), ("ics_inspection", t_ics_inspection), ("vcard_agent", t_vcard_agent),
    ("hl7_adt_wc", t_hl7_adt), ("fhir_bundle_medpay", t_fhir_bundle), ("x12_837_health", t_x12_837),
    ("payment_receipt_email", t_payment_receipt), ("eft_authorization", t_eft_authorization),
    ("total_loss_valuation", t_total_loss), ("rental_authorization_email", t_rental_authorization),
    ("recorded_statement", t_recorded_statement), ("attorney_demand_letter", t_attorney_demand),
    ("cat_intake_table", t_cat_intake_table), ("loss_control_survey", t_loss_control),
    ("cyber_first_notice", t_cyber_incident), ("git_commit_diff", t_git_diff), ("curl_repro_snippet", t_curl_snippet),
    ("it_ticket", t_it_ticket), ("ocr_proof_of_loss", t_ocr_proof_of_loss),
    ("premium_refund_memo", t_premium_refund_memo), ("wc_nurse_case_note", t_nurse_case_note),
    ("mvr_referral_email", t_mvr_referral), ("sftp_vendor_onboarding", t_sftp_onboarding),
    ("ivr_payment_call", t_ivr_payment_call),
]
LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl"]
FOREIGN_KINDS = [
    ("de_kfz_schadenanzeige", t_de_kfz_schaden, ["de"]), ("de_hausrat_email", t_de_hausrat_email, ["de"]),
    ("de_leben_antrag", t_de_leben_antrag, ["de"]), ("fr_declaration_sinistre", t_fr_declaration, ["fr"]),
    ("fr_rapport_expertise", t_fr_rapport_expert, ["fr"]), ("es_parte_amistoso", t_es_parte, ["es"]),
    ("es_email_perito", t_es_email_perito, ["es"]), ("it_denuncia_sinistro", t_it_denuncia, ["it"]),
    ("pt_participacao_sinistro", t_pt_participacao, ["pt"]), ("nl_schadeformulier", t_nl_schadeformulier, ["nl"]),
    ("pl_zgloszenie_szkody", t_pl_zgloszenie, ["pl"]),
    ("ml_travel_medical_claim", t_ml_travel_medical, LANGS), ("ml_renewal_notice", t_ml_renewal, LANGS),
    ("ml_claim_chat", t_ml_chat, LANGS), ("ml_pet_claim", t_ml_pet, LANGS), ("ml_sepa_mandate", t_ml_sepa_mandate, LANGS),
]
NEG_KINDS = [
    ("neg_batch_log", n_batch_log), ("neg_coverage_faq", n_coverage_faq), ("neg_rating_table", n_rating_table),
    ("neg_loss_ratio_report", n_loss_ratio), ("neg_payment_recon", n_payment_recon), ("neg_ci_pipeline", n_ci_pipeline),
    ("neg_fleet_schedule", n_fleet_schedule), ("neg_medical_codes", n_medical_codes), ("neg_eu_wording", n_eu_wording),
    ("neg_pet_policy_summary", n_pet_policy_summary), ("neg_edi_ack", n_edi_ack), ("neg_release_notes", n_release_notes),
]

NEG_SHARE = 0.113
FOREIGN_SHARE = 0.26


def _make(seed: int, i: int) -> tuple[dict, str, str]:
    rng = random.Random(f"blind39:{seed}-{i}")
    x = rng.random()
    if x < NEG_SHARE:
        kind, fn = rng.choice(NEG_KINDS)
        lang = "en"
        g = G(rng, "en")
    elif x < NEG_SHARE + FOREIGN_SHARE:
        kind, fn, langs = rng.choice(FOREIGN_KINDS)
        lang = rng.choice(langs)
        g = G(rng, lang)
    else:
        kind, fn = rng.choice(EN_KINDS)
        lang = "en"
        g = G(rng, "en")
    d = Doc()
    fn(g, d)
    if kind == "neg_eu_wording":
        lang = "xx"
    doc = {"id": f"blind39-{seed}-{i:06d}-{kind}", "text": d.text(), "entities": d.ents}
    return doc, kind, lang


def generate(n: int, seed: int = 0):
    """Yield n documents; document i is a pure function of (seed, i)."""
    for i in range(n):
        yield _make(seed, i)[0]


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
_RX = {
    EM: re.compile(r"^[^@\s<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"),
    URL: re.compile(r"^https?://\S+$"),
    AKID: re.compile(r"^(AKIA|ASIA)[A-Z2-7]{16}$"),
    ASK: re.compile(r"^[A-Za-z0-9/+]{40}$"),
    GHT: re.compile(r"^(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{80,})$"),
    SLK: re.compile(r"^xox[bpars]-[A-Za-z0-9-]+$"),
    STR: re.compile(r"^(sk|rk)_live_[A-Za-z0-9]{16,}$"),
    JWT_: re.compile(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$"),
    PEM: re.compile(r"^-----BEGIN [A-Z ]+-----\n[\s\S]+\n(\+  )?-----END [A-Z ]+-----$"),
}


def check_doc(doc: dict) -> None:
    text = doc["text"]
    prev_end = -1
    for e in sorted(doc["entities"], key=lambda x: x["start"]):
        s, t, typ = e["start"], e["end"], e["type"]
        assert typ in TYPES, (doc["id"], typ)
        assert 0 <= s < t <= len(text), (doc["id"], e)
        v = text[s:t]
        assert v == v.strip() and v, (doc["id"], typ, v)
        assert s >= prev_end, (doc["id"], "overlap", e)
        prev_end = t
        if typ == CC:
            assert luhn_ok(v) and len(re.sub(r"\D", "", v)) in (15, 16), (doc["id"], v)
        elif typ == IBAN:
            assert iban_ok(v), (doc["id"], v)
        elif typ == SSN:
            assert ssn_ok(v), (doc["id"], v)
        elif typ == IP:
            ipaddress.ip_address(v)
        elif typ in _RX:
            assert _RX[typ].match(v), (doc["id"], typ, v)
        elif typ in (DOB, DT):
            assert any(c.isdigit() for c in v), (doc["id"], typ, v)
        if typ != PEM and typ != ADDR:
            assert "\n" not in v, (doc["id"], typ, v)
        if typ not in (PWD, SEC, PEM, ASK, JWT_):
            bad_end = ".,;:!?]}\"'" + ("" if "(" in v else ")")
            assert v[-1] not in bad_end and v[0] not in "[{\"'<" + ("" if ")" in v else "("), (doc["id"], typ, v)


def _cli() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 2000 docs and validate")
    ap.add_argument("--sample", type=int, default=0, help="print K documents with labelled spans")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", type=str, default="")
    a = ap.parse_args()
    if a.check:
        counts, kinds, langs = Counter(), Counter(), Counter()
        empty = 0
        for i in range(2000):
            doc, kind, lang = _make(a.seed, i)
            check_doc(doc)
            again = _make(a.seed, i)[0]
            assert again == doc, "non-deterministic document " + doc["id"]
            kinds[kind] += 1
            langs[lang] += 1
            if not doc["entities"]:
                empty += 1
                assert kind.startswith("neg_"), doc["id"]
            else:
                assert not kind.startswith("neg_"), doc["id"]
            for e in doc["entities"]:
                counts[e["type"]] += 1
        all_kinds = {k for k, _ in EN_KINDS} | {k for k, _, _ in FOREIGN_KINDS} | {k for k, _ in NEG_KINDS}
        print(f"OK: 2000 docs, {len(all_kinds)} kinds defined, {len(kinds)} used")
        print(f"no-entity docs: {empty} ({empty / 20:.1f}%)   non-English: {2000 - langs['en']} ({(2000 - langs['en']) / 20:.1f}%)")
        print("languages:", dict(sorted(langs.items())))
        print("per-type counts:")
        for t in TYPES:
            print(f"  {t:<24}{counts[t]:>7}")
        missing = [t for t in TYPES if counts[t] == 0]
        assert not missing, missing
        return
    if a.sample:
        for i, doc in enumerate(generate(a.sample, a.seed)):
            print("=" * 78)
            print(doc["id"])
            print("-" * 78)
            print(doc["text"])
            print("-" * 78)
            for e in doc["entities"]:
                print(f"  [{e['type']}] {doc['text'][e['start']:e['end']]!r}")
        return
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} docs to {a.output}")
        return
    ap.print_help()


if __name__ == "__main__":
    _cli()
