#!/usr/bin/env python3
r"""Blind corpus 79 -- emergency services.

Synthetic, seeded, labelled documents from emergency services: 911/112
call-taker notes, CAD dispatch logs, ambulance patient-care reports (ePCR),
fire incident reports, police incident and accident reports, search-and-rescue
logs, poison-centre calls, ED hand-over notes, mutual-aid radio logs,
crisis-line chat transcripts, NEMSIS/NFIRS-style records, after-action reports
and the IT/integration text around them (CAD interface configs, API logs,
webhook payloads, tickets).  All people, numbers and secrets are fake.

Usage: corpus_blind79.py --check | --sample K | --n N --seed S --output F.jsonl

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
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
from collections import Counter
from urllib.parse import urlsplit

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]
TYPESET = set(TYPES)

_PH = re.compile(r"\{@(\w+)\}")


class Doc:
    """Text builder: text pieces and entity spans are recorded together."""

    def __init__(self, lang="en"):
        self.lang = lang
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, *parts):
        for s in parts:
            if s:
                self.buf.append(s)
                self.n += len(s)
        return self

    def e(self, s, typ):
        if not s:
            return self
        st = self.n
        self.buf.append(s)
        self.n += len(s)
        self.ents.append({"start": st, "end": self.n, "type": typ})
        return self

    def f(self, template, **kw):
        """Append template; {@key} is replaced by kw[key]: str -> plain,
        (value, TYPE) -> entity, None -> nothing."""
        pos = 0
        for m in _PH.finditer(template):
            self.t(template[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            elif v is not None:
                self.t(str(v))
            pos = m.end()
        self.t(template[pos:])
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- basic helpers
DIG = "0123456789"
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
UPDIG = UP + DIG


def ch(r, seq):
    return r.choice(seq)


def dg(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def maybe(r, p=0.5):
    return r.random() < p


# ---------------------------------------------------------------- name pools
FIRST = {
    "anglo": ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William", "Linda",
              "David", "Elizabeth", "Joseph", "Susan", "Thomas", "Jessica", "Charles", "Sarah",
              "Daniel", "Karen", "Matthew", "Nancy", "Anthony", "Brooke", "Wyatt", "Kimberly",
              "Brian", "Emily", "Dakota", "Shawna", "DeShawn", "Latoya", "Tremaine", "Aaliyah",
              "Colleen", "Garrett", "Harper", "Mackenzie", "Tucker", "Raylene", "Bobbie Jo"],
    "hisp": ["José", "María", "Juan", "Guadalupe", "Luis", "Carmen", "Alejandro", "Sofía",
             "Miguel", "Lucía", "Javier", "Ana", "Diego", "Valentina", "Jesús", "Rocío",
             "Maria José", "Juan Carlos", "Ximena", "Iker"],
    "de": ["Lukas", "Anna", "Jonas", "Lena", "Felix", "Marie", "Maximilian", "Sophie", "Jürgen",
           "Brigitte", "Uwe", "Heike", "Dieter", "Sabine", "Karl-Heinz", "Annegret"],
    "fr": ["Jean", "Marie", "Pierre", "Camille", "Louis", "Chloé", "Hugo", "Léa", "François",
           "Élodie", "Théo", "Manon", "Jean-Baptiste", "Anne-Sophie", "Gaëlle"],
    "it": ["Giuseppe", "Maria", "Giovanni", "Francesca", "Antonio", "Chiara", "Marco", "Giulia",
           "Alessandro", "Sara", "Luca", "Martina", "Gianluca", "Rosaria"],
    "nl": ["Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Bram", "Sanne", "Pieter", "Anouk",
           "Joost", "Femke", "Willemijn", "Thijs"],
    "pt": ["João", "Ana", "Pedro", "Beatriz", "Tiago", "Inês", "Rafael", "Mariana", "Gonçalo",
           "Leonor", "Thiago", "Larissa", "Maria Eduarda", "Luiz Henrique"],
    "pl": ["Jakub", "Anna", "Kacper", "Zuzanna", "Piotr", "Katarzyna", "Tomasz", "Małgorzata",
           "Krzysztof", "Agnieszka", "Wojciech", "Magdalena", "Grzegorz", "Jadwiga"],
    "sv": ["Erik", "Anna", "Lars", "Karin", "Johan", "Maria", "Oskar", "Elsa", "Nils", "Ingrid",
           "Björn", "Astrid", "Sven-Åke", "Linnéa"],
    "tr": ["Mehmet", "Ayşe", "Mustafa", "Fatma", "Ahmet", "Emine", "Ali", "Hatice", "Hüseyin",
           "Zeynep", "Emre", "Elif", "Büşra", "Oğuz"],
    "ar": ["Mohammed", "Fatima", "Omar", "Aisha", "Youssef", "Layla", "Khalid", "Noor", "Hassan",
           "Mariam", "Tariq", "Samira"],
    "in": ["Priya", "Rahul", "Ananya", "Arjun", "Lakshmi", "Vikram", "Sunita", "Rohan", "Deepika",
           "Sanjay"],
    "ea": ["Wei", "Mei", "Jun", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon", "Thanh", "Linh",
           "Xiaoling", "Haruto", "Ji-woo"],
    "af": ["Chinedu", "Ngozi", "Oluwaseun", "Amara", "Kwame", "Abena", "Tendai", "Thandiwe",
           "Emeka", "Folasade"],
    "ru": ["Dmitri", "Olga", "Sergei", "Natalia", "Oleksandr", "Iryna", "Yevgeny", "Svetlana"],
}
LAST = {
    "anglo": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
              "Anderson", "Taylor", "Moore", "Martin", "Jackson", "White", "Harris", "Clark",
              "Lewis", "Robinson", "Walker", "O'Brien", "McAllister", "Fitzgerald",
              "Smith-Jones", "Whitfield", "Pennington", "St. Clair", "MacLeod", "Hollis-Grant",
              "Dunleavy", "Kowalczyk-Reed"],
    "hisp": ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez",
             "Sánchez", "Ramírez", "Torres", "de la Cruz", "García Márquez", "Fernández de Córdoba",
             "del Río", "Núñez", "Ibáñez", "Ortega Ruiz", "Villanueva", "de los Santos"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
           "Schulz", "Hoffmann", "von Bergen", "Schäfer", "Koch", "Richter", "Klein-Hartmann",
           "zu Stolberg", "Große", "Weiß"],
    "fr": ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy",
           "Moreau", "de Villiers", "Lefèvre", "Le Goff", "Dupont-Moreau", "Fournier", "d'Arcy"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "De Luca", "Di Stefano", "D'Angelo", "Lo Presti", "Dalla Costa"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
           "Meijer", "de Boer", "van der Meer", "Mulder", "Bos", "van 't Hof"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
           "da Silva", "dos Santos", "de Sousa", "Carvalho", "Almeida", "Souza", "Gonçalves"],
    "pl": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
           "Zieliński", "Szymańska", "Dąbrowska", "Kozłowski", "Jankowska", "Grabowski-Nowak"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
           "Persson", "Svensson", "Gustafsson", "Lindqvist", "Bergström", "af Klercker"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
           "Özdemir", "Arslan", "Doğan"],
    "ar": ["al-Hashimi", "Al-Farsi", "El-Amin", "Haddad", "Nasser", "Abdullah", "Mansour",
           "Khoury", "al-Masri", "Bin Saleh"],
    "in": ["Patel", "Sharma", "Gupta", "Reddy", "Iyer", "Nair", "Singh", "Venkataraman",
           "Chatterjee", "Banerjee"],
    "ea": ["Wang", "Zhang", "Chen", "Liu", "Nguyen", "Tran", "Kim", "Park", "Tanaka", "Suzuki",
           "Sato", "Le"],
    "af": ["Okafor", "Adeyemi", "Mensah", "Nwosu", "Osei", "Dlamini", "Abubakar", "Okonkwo",
           "Boateng"],
    "ru": ["Ivanov", "Petrova", "Kovalenko", "Shevchenko", "Smirnov", "Volkova"],
}
US_MIX = ["anglo"] * 6 + ["hisp"] * 3 + ["af", "ar", "in", "ea", "ru", "de", "it", "pl", "fr"]
LANG_CULT = {"en": US_MIX, "de": ["de"] * 5 + ["tr", "pl", "ru", "it"],
             "fr": ["fr"] * 5 + ["ar", "af", "pt", "it"], "es": ["hisp"] * 5 + ["ar", "fr", "pt"],
             "it": ["it"] * 5 + ["ar", "af", "pl"], "nl": ["nl"] * 5 + ["tr", "ar", "de"],
             "pt": ["pt"] * 5 + ["af", "hisp"], "pl": ["pl"] * 6 + ["ru", "de"],
             "sv": ["sv"] * 5 + ["ar", "tr", "pl", "ru"], "tr": ["tr"] * 6 + ["ar"],
             "gb": ["anglo"] * 5 + ["in", "af", "pl", "ar"], "au": ["anglo"] * 5 + ["ea", "in", "it"]}


def cult(r, lang="en"):
    return r.choice(LANG_CULT.get(lang, US_MIX))


def given(r, c=None):
    return r.choice(FIRST[c or r.choice(US_MIX)])


def family(r, c=None):
    return r.choice(LAST[c or r.choice(US_MIX)])


def person(r, lang="en", style=None):
    """Return a person name in a random written style (no title)."""
    c = cult(r, lang)
    fn, ln = given(r, c), family(r, c)
    st = style or r.choices(["full", "mid", "init", "lastfirst", "caps", "capslf", "last",
                             "first", "lower"], [30, 10, 6, 10, 8, 6, 8, 6, 3])[0]
    mi = r.choice(UP.replace("Q", "").replace("X", ""))
    if st == "full":
        return f"{fn} {ln}"
    if st == "mid":
        return f"{fn} {mi}. {ln}"
    if st == "init":
        return f"{fn[0]}. {ln}" if maybe(r) else f"{fn[0]}.{mi}. {ln}"
    if st == "lastfirst":
        return f"{ln}, {fn}"
    if st == "caps":
        return f"{fn} {ln}".upper()
    if st == "capslf":
        return f"{ln.upper()}, {fn.upper()}" + (f" {mi}" if maybe(r, 0.4) else "")
    if st == "last":
        return ln
    if st == "first":
        return fn
    return f"{fn} {ln}".lower()


def name_parts(r, lang="en"):
    c = cult(r, lang)
    return given(r, c), family(r, c), r.choice(UP.replace("Q", ""))


def hl7_name(r, lang="en"):
    fn, ln, mi = name_parts(r, lang)
    return f"{ln.upper()}^{fn.upper()}^{mi}" if maybe(r, 0.6) else f"{ln}^{fn}"


PETS = ["Biscuit", "Pepper", "Rex", "Shadow", "Mittens", "Duchess", "Bandit", "Peanut", "Ziggy"]
BRANDS = ["Stryker Power-PRO XT", "ZOLL X Series", "Philips HeartStart MRx", "LUCAS 3.1",
          "Motorola APX 8000", "Hurst eDRAULIC", "Scott Air-Pak X3", "Dräger Oxylog 3000",
          "Ferno iN/X", "Physio-Control LIFEPAK 15", "Johnson Controls Simplex 4100ES",
          "Tyler New World CAD", "Hartford Steam Boiler", "Ben & Jerry's", "Harley-Davidson",
          "Dr Pepper", "Jack Daniel's", "Martha Stewart Living", "Ford Explorer",
          "Kenworth T880", "Pierce Enforcer", "Sutphen Monarch", "Wendy's", "McDonald's",
          "Trader Joe's", "Dollar General", "Home Depot"]
DRUGS = ["naloxone", "Narcan", "epinephrine 1:10,000", "amiodarone", "aspirin 324 mg",
         "nitroglycerin 0.4 mg SL", "albuterol 2.5 mg neb", "ondansetron 4 mg", "fentanyl 50 mcg",
         "midazolam 5 mg IM", "ketamine", "D10", "Tylenol", "ibuprofen", "metoprolol",
         "Eliquis", "lisinopril", "Xarelto", "oxycodone", "acetaminophen", "diphenhydramine"]
AGENCIES = ["Tri-County Fire Authority", "Northside EMS", "Valley Regional Dispatch",
            "Harbor District Fire", "Summit County Sheriff's Office", "Riverbend Ambulance Co.",
            "Mid-Plains Rural Fire", "Lakeshore Search & Rescue", "Pinecrest Volunteer FD",
            "Eastgate Police Department", "Regional Poison Center", "Westfield Medical Center",
            "St. Agnes Medical Center", "Mercy General Hospital", "Good Samaritan Regional",
            "Ronald McDonald House", "Martin Luther King Jr. Community Hospital",
            "Sacred Heart Trauma Center"]
UNITS = ["Medic 12", "M7", "E41", "Engine 3", "Truck 9", "L22", "BC2", "Rescue 1", "SQ5",
         "Ambulance 214", "Car 31", "Unit 4-Adam-12", "Brush 61", "Tender 8", "Air 1",
         "SAR-Team 2", "K9-3", "Battalion 4", "HAZMAT 1", "Squad 17"]


# ---------------------------------------------------------------- dates & times
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
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
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
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


def rdate(r, y0=2021, y1=2025):
    d0 = _dt.date(y0, 1, 1).toordinal()
    d1 = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(d0, d1))


def rdob(r, y0=1932, y1=2023):
    return rdate(r, y0, y1)


def rdt(r, y0=2022, y1=2025):
    d = rdate(r, y0, y1)
    return _dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def fdate(r, d, lang="en", style=None):
    """Calendar date in a locally usual format."""
    M = MONTHS.get(lang, MONTHS["en"])
    if lang in ("en", "us"):
        st = style or r.choice(["us", "us", "long", "dmy", "iso", "us2", "abbr"])
        if st == "us":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if st == "us2":
            return f"{d.month}/{d.day}/{d.year % 100:02d}"
        if st == "long":
            return f"{M[d.month - 1]} {d.day}, {d.year}"
        if st == "dmy":
            return f"{d.day} {M[d.month - 1][:3]} {d.year}"
        if st == "abbr":
            return f"{M[d.month - 1][:3].upper()} {d.day:02d} {d.year}"
        return d.isoformat()
    if lang == "gb":
        st = style or r.choice(["num", "num", "long", "iso"])
        if st == "num":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if st == "long":
            return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
        return d.isoformat()
    st = style or r.choice(["num", "num", "num", "long"])
    if st == "iso" or (lang == "sv" and st == "num"):
        return d.isoformat()
    if st == "num":
        sep = {"de": ".", "pl": ".", "tr": ".", "nl": "-"}.get(lang, "/")
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {M[d.month - 1]} de {d.year}"
    if lang == "de":
        return f"{d.day}. {M[d.month - 1]} {d.year}"
    return f"{d.day} {M[d.month - 1]} {d.year}"


def ftime(r, h, m, lang="en", style=None):
    if lang in ("en", "us"):
        st = style or r.choice(["24", "ampm", "mil", "ampm"])
        if st == "mil":
            return f"{h:02d}{m:02d} hrs"
        if st == "ampm":
            return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}"
    if lang == "de":
        return f"{h:02d}:{m:02d} Uhr" if maybe(r) else f"{h:02d}:{m:02d}"
    if lang == "fr":
        return f"{h:02d}h{m:02d}" if maybe(r) else f"{h:02d}:{m:02d}"
    if lang == "sv":
        return f"{h:02d}.{m:02d}" if maybe(r, 0.3) else f"{h:02d}:{m:02d}"
    return f"{h:02d}:{m:02d}"


JOIN = {"en": [" ", " at ", ", "], "gb": [" ", " at ", ", "], "de": [" ", " um "],
        "fr": [" à ", " "], "es": [" a las ", " "], "it": [" alle ", " ore "],
        "nl": [" ", ", "], "pt": [" às ", " "], "pl": [", ", " "], "sv": [" ", ", "],
        "tr": [" ", " saat "]}


def fdt(r, dt, lang="en", weekday=None):
    """Date + time written together (one DATE_TIME span)."""
    s = fdate(r, dt.date(), lang) + r.choice(JOIN.get(lang, [" "])) + ftime(r, dt.hour, dt.minute, lang)
    if (maybe(r, 0.15) if weekday is None else weekday):
        wd = WEEKDAYS.get(lang, WEEKDAYS["en"])[dt.weekday()]
        s = f"{wd}, {s}"
    return s


def iso_dt(dt, tz=True):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    return s + ("-06:00" if tz else "")


def logts(dt, style=0):
    """Log-line timestamps (never labelled)."""
    if style == 0:
        return dt.strftime("%Y-%m-%d %H:%M:%S")
    if style == 1:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    if style == 2:
        return dt.strftime("%m/%d/%y %H:%M:%S")
    return dt.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def later(dt, r, lo=1, hi=12):
    return dt + _dt.timedelta(minutes=r.randint(lo, hi), seconds=r.randint(0, 59))


# ---------------------------------------------------------------- phones
def phone(r, cc="us", intl=None):
    intl = maybe(r, 0.3) if intl is None else intl
    if cc in ("us", "ca"):
        a, b, c = r.choice(["303", "720", "253", "937", "478", "559", "918", "518", "208", "801",
                            "480", "419", "775", "541", "815", "814", "517", "806", "912", "802",
                            "416", "604"]), "555", f"01{dg(r, 2)}"
        if maybe(r, 0.25):
            b = str(r.randint(201, 989))
            c = dg(r, 4)
        st = r.randint(0, 5)
        if intl:
            return f"+1 {a} {b} {c}" if maybe(r) else f"+1-{a}-{b}-{c}"
        return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"{a} {b} {c}",
                f"1-{a}-{b}-{c}"][st]
    if cc == "tollfree":
        return r.choice([f"1-800-{dg(r, 3)}-{dg(r, 4)}", f"(888) {dg(r, 3)}-{dg(r, 4)}",
                         f"1-877-{dg(r, 3)}-{dg(r, 4)}", "1-800-222-1222"])
    if cc == "gb":
        return r.choice([f"+44 20 7946 0{dg(r, 3)}", f"07700 900{dg(r, 3)}",
                         f"0161 496 0{dg(r, 3)}", f"+44 7700 900{dg(r, 3)}", f"0113 496 0{dg(r, 3)}"])
    if cc == "de":
        return r.choice([f"+49 30 {dg(r, 8)}", f"030 {dg(r, 7)}", f"0171 {dg(r, 7)}",
                         f"+49 (0)89 {dg(r, 3)} {dg(r, 4)}", f"0221/{dg(r, 6)}", f"+49 152 {dg(r, 8)}"])
    if cc == "fr":
        p = lambda: " ".join(dg(r, 2) for _ in range(4))
        return r.choice([f"+33 1 {p()}", f"06 {p()}", f"07 {p()}", f"+33 6 {p()}", f"04 {p()}"])
    if cc == "es":
        return r.choice([f"+34 91{dg(r, 1)} {dg(r, 3)} {dg(r, 3)}", f"6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
                         f"+34 6{dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}", f"93 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}"])
    if cc == "it":
        return r.choice([f"+39 06 {dg(r, 4)} {dg(r, 4)}", f"333 {dg(r, 3)} {dg(r, 4)}",
                         f"02 {dg(r, 8)}", f"+39 347 {dg(r, 7)}"])
    if cc == "nl":
        return r.choice([f"+31 20 {dg(r, 3)} {dg(r, 4)}", f"06-{dg(r, 8)}", f"010 {dg(r, 3)} {dg(r, 4)}",
                         f"+31 6 {dg(r, 8)}"])
    if cc == "pt":
        return r.choice([f"+351 21 {dg(r, 3)} {dg(r, 4)}", f"9{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
                         f"+351 9{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}", f"22 {dg(r, 3)} {dg(r, 4)}"])
    if cc == "br":
        return r.choice([f"+55 11 9{dg(r, 4)}-{dg(r, 4)}", f"(21) 9{dg(r, 4)}-{dg(r, 4)}", f"(31) 3{dg(r, 3)}-{dg(r, 4)}",
                         f"+55 (81) 9{dg(r, 4)}-{dg(r, 4)}"])
    if cc == "pl":
        return r.choice([f"+48 22 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
                         f"+48 5{dg(r, 2)}-{dg(r, 3)}-{dg(r, 3)}"])
    if cc == "sv":
        return r.choice([f"+46 8 {dg(r, 3)} {dg(r, 3)} {dg(r, 2)}", f"070-{dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                         f"08-{dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"+46 73 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}"])
    if cc == "tr":
        return r.choice([f"+90 212 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"0532 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                         f"(0312) {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"+90 5{dg(r, 2)} {dg(r, 3)} {dg(r, 4)}"])
    if cc == "au":
        return r.choice([f"+61 2 {dg(r, 4)} {dg(r, 4)}", f"04{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
                         f"(03) {dg(r, 4)} {dg(r, 4)}", f"1300 {dg(r, 3)} {dg(r, 3)}"])
    return phone(r, "us")


LANG_CC = {"en": "us", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt",
           "pl": "pl", "sv": "sv", "tr": "tr", "gb": "gb", "au": "au"}

MAILDOM = ["tricountyfire.example.org", "northside-ems.example.com", "vrdispatch.example.gov",
           "gmail.example.com", "outlook.example.com", "yahoo.example.net", "mercygen.example.org",
           "harborfire.example.org", "lakeshoresar.example.org", "poisoncenter.example.org",
           "protonmail.example.ch", "web.example.de", "orange.example.fr", "libero.example.it",
           "ziggo.example.nl", "sapo.example.pt", "wp.example.pl", "telia.example.se",
           "ttmail.example.com.tr", "cadvendor.example.io"]


def _ascii(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("ø", "o").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c.isascii() and (c.isalnum()))
    return s.lower()


def email(r, fn=None, ln=None, dom=None):
    fn = fn or given(r)
    ln = ln or family(r)
    dom = dom or r.choice(MAILDOM)
    a, b = _ascii(fn)[:12] or "x", _ascii(ln)[:14] or "y"
    loc = r.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{b[0]}{dg(r, 2)}", f"{b}.{a}", f"{a}_{b}{dg(r, 2)}",
                    f"dispatch.{b}", f"{a}{r.randint(70, 99)}"])
    return f"{loc}@{dom}"


def role_email(r, dom=None):
    return f"{r.choice(['cad-admin', 'records', 'qa', 'ems.billing', 'oncall', 'noc', 'it-helpdesk', 'pio', 'training'])}@{dom or r.choice(MAILDOM[:12])}"


# ---------------------------------------------------------------- places & addresses
US_CITIES = [("Aurora", "CO", "Colorado", "800"), ("Lakewood", "CO", "Colorado", "802"),
             ("Tacoma", "WA", "Washington", "984"), ("Dayton", "OH", "Ohio", "454"),
             ("Macon", "GA", "Georgia", "312"), ("Fresno", "CA", "California", "937"),
             ("Tulsa", "OK", "Oklahoma", "741"), ("Albany", "NY", "New York", "122"),
             ("Boise", "ID", "Idaho", "837"), ("Provo", "UT", "Utah", "846"),
             ("Mesa", "AZ", "Arizona", "852"), ("Toledo", "OH", "Ohio", "436"),
             ("Reno", "NV", "Nevada", "895"), ("Eugene", "OR", "Oregon", "974"),
             ("Joliet", "IL", "Illinois", "604"), ("Erie", "PA", "Pennsylvania", "165"),
             ("Lansing", "MI", "Michigan", "489"), ("Amarillo", "TX", "Texas", "791"),
             ("Savannah", "GA", "Georgia", "314"), ("Burlington", "VT", "Vermont", "054"),
             ("Baton Rouge", "LA", "Louisiana", "708"), ("Cedar Rapids", "IA", "Iowa", "524"),
             ("Fort Collins", "CO", "Colorado", "805"), ("Santa Fe", "NM", "New Mexico", "875"),
             ("Green Bay", "WI", "Wisconsin", "543"), ("Chattanooga", "TN", "Tennessee", "374")]
US_STREETS = ["Maple", "Oak", "Elm", "Cedar", "Pine", "Washington", "Lincoln", "Jefferson",
              "Martin Luther King Jr", "Cesar Chavez", "Main", "5th", "23rd", "Colfax", "Peachtree",
              "Mission", "Sunset", "Willow Creek", "Old Mill", "Ridgeview", "Harbor", "Prospect",
              "County Road 17", "Hollyhock", "Juniper", "Sandpiper", "Quail Run"]
US_SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pkwy", "Cir", "Trl", "Pl"]
UNIT_WORDS = ["Apt", "Unit", "Ste", "#", "Lot", "Trlr", "Bldg"]

INTL = {
    "gb": ([("London", "E2 7DJ"), ("Leeds", "LS6 2AB"), ("Manchester", "M14 5RQ"),
            ("Bristol", "BS3 4LX"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 3AA"),
            ("Norwich", "NR2 4PD")],
           ["Kingsley Road", "Church Lane", "Victoria Street", "Station Road", "Mill Lane",
            "Queen's Drive", "Albert Terrace", "Holloway Close"], "United Kingdom"),
    "de": ([("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
            ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"), ("Leipzig", "04109"),
            ("Dresden", "01067"), ("Hannover", "30159"), ("Nürnberg", "90402")],
           ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Am Mühlbach", "Goethestraße",
            "Friedrich-Ebert-Allee", "Schillerplatz", "Rosenstraße", "Kastanienallee"], "Deutschland"),
    "fr": ([("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13001"), ("Toulouse", "31000"),
            ("Nantes", "44000"), ("Lille", "59000"), ("Bordeaux", "33000"), ("Strasbourg", "67000")],
           ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
            "impasse des Tilleuls", "chemin du Moulin", "place Bellecour", "allée des Cerisiers"], "France"),
    "es": ([("Madrid", "28014"), ("Barcelona", "08001"), ("Valencia", "46001"), ("Sevilla", "41001"),
            ("Zaragoza", "50001"), ("Málaga", "29001"), ("Bilbao", "48001")],
           ["Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia",
            "Calle San Vicente", "Camino Viejo", "Plaza del Carmen"], "España"),
    "it": ([("Roma", "00184"), ("Milano", "20121"), ("Napoli", "80133"), ("Torino", "10121"),
            ("Bologna", "40121"), ("Firenze", "50122"), ("Palermo", "90133")],
           ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille",
            "Piazza Cavour", "Via delle Rose", "Vicolo Stretto"], "Italia"),
    "nl": ([("Amsterdam", "1015 CJ"), ("Rotterdam", "3011 AA"), ("Utrecht", "3511 AB"),
            ("Den Haag", "2511 BT"), ("Eindhoven", "5611 AB"), ("Groningen", "9711 AA")],
           ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein",
            "Prinses Irenestraat", "Lange Voorhout"], "Nederland"),
    "pt": ([("Lisboa", "1100-053"), ("Porto", "4000-322"), ("Coimbra", "3000-150"),
            ("Braga", "4700-320"), ("Faro", "8000-138")],
           ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo",
            "Largo do Rato", "Rua das Flores"], "Portugal"),
    "pl": ([("Warszawa", "00-590"), ("Kraków", "31-042"), ("Wrocław", "50-077"), ("Gdańsk", "80-831"),
            ("Poznań", "61-772"), ("Łódź", "90-001")],
           ["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska",
            "ul. Kwiatowa", "os. Słoneczne"], "Polska"),
    "sv": ([("Stockholm", "111 51"), ("Göteborg", "411 05"), ("Malmö", "211 20"),
            ("Uppsala", "753 20"), ("Västerås", "722 12")],
           ["Drottninggatan", "Storgatan", "Kungsgatan", "Björkvägen", "Sveavägen",
            "Linnégatan"], "Sverige"),
    "tr": ([("İstanbul", "34710"), ("Ankara", "06420"), ("İzmir", "35250"), ("Bursa", "16010"),
            ("Antalya", "07100")],
           ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İstiklal Cad.", "Bağdat Cad.",
            "Menekşe Sok."], "Türkiye"),
    "au": ([("Parramatta", "NSW 2150"), ("Sydney", "NSW 2000"), ("Melbourne", "VIC 3000"),
            ("Brisbane", "QLD 4000"), ("Perth", "WA 6000"), ("Geelong", "VIC 3220")],
           ["George St", "Church St", "Bridge Rd", "Station St", "Wattle Ave", "Banksia Cres"], "Australia"),
}
TR_DIST = {"İstanbul": "Kadıköy", "Ankara": "Çankaya", "İzmir": "Konak", "Bursa": "Osmangazi",
           "Antalya": "Muratpaşa"}
COUNTRIES = ["Mexico", "Canada", "Germany", "France", "Spain", "Italy", "the Netherlands",
             "Portugal", "Brazil", "Poland", "Sweden", "Turkey", "Nigeria", "India", "Vietnam",
             "Ireland", "Guatemala", "Philippines"]
REGIONS = ["Front Range", "Texas Panhandle", "Upper Peninsula", "Central Valley",
           "Pacific Northwest", "Cape Cod", "Texas Hill Country", "Outer Banks"]


def us_addr(r, caps=False):
    city, st, stname, zp = r.choice(US_CITIES)
    num = str(r.randint(1, 29999))
    dirn = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE "])
    street = f"{num} {dirn}{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
    if maybe(r, 0.3):
        uw = r.choice(UNIT_WORDS)
        street += f" {uw}{'' if uw == '#' else ' '}{r.choice([str(r.randint(1, 420)), f'{r.randint(1, 9)}{ch(r, UP[:6])}'])}"
    a = {"cc": "us", "street": street, "city": city, "region": st, "region_long": stname,
         "zip": zp + dg(r, 2), "country": "USA"}
    if caps:
        a = {k: (v.upper() if isinstance(v, str) and k != "cc" else v) for k, v in a.items()}
    return a


def intl_addr(r, cc):
    if cc in ("us", "en", "ca"):
        return us_addr(r)
    cities, streets, country = INTL[cc]
    city, pc = r.choice(cities)
    s, n = r.choice(streets), r.randint(1, 240)
    if cc == "gb":
        street = (f"Flat {r.randint(1, 12)}, " if maybe(r, 0.3) else "") + f"{n} {s}"
    elif cc == "au":
        street = (f"Unit {r.randint(1, 30)}/" if maybe(r, 0.3) else "") + f"{n} {s}"
    elif cc == "fr":
        street = f"{n}{r.choice(['', '', ' bis'])} {s}"
    elif cc == "es":
        street = f"{s} {n}" + (f", {r.randint(1, 9)}º {ch(r, 'ABCD')}" if maybe(r, 0.6) else "")
    elif cc == "it":
        street = f"{s} {n}" + (f", int. {r.randint(1, 20)}" if maybe(r, 0.3) else "")
    elif cc == "pl":
        street = f"{s} {n}" + (f"/{r.randint(1, 80)}" if maybe(r, 0.6) else "")
    elif cc == "tr":
        street = f"{s} No: {n}" + (f" D: {r.randint(1, 20)}" if maybe(r, 0.6) else "")
    elif cc == "nl":
        street = f"{s} {n}" + (r.choice(["", "-II", "A", " hs"]) if maybe(r, 0.4) else "")
    else:
        street = f"{s} {n}" + (r.choice([" lgh 1102", " 2 tr", "B"]) if cc == "sv" and maybe(r, 0.3) else "")
    region = TR_DIST.get(city) if cc == "tr" else None
    return {"cc": cc, "street": street, "city": city, "region": region, "zip": pc, "country": country}


def addr_line(a, r, with_country=False, caps=False):
    cc = a["cc"]
    if cc == "us":
        s = f"{a['street']}, {a['city']}, {a['region']} {a['zip']}"
    elif cc == "gb":
        s = f"{a['street']}, {a['city']} {a['zip']}"
    elif cc == "au":
        s = f"{a['street']}, {a['city']} {a['zip']}"
    elif cc == "tr":
        s = f"{a['street']}, {a['zip']} {a['region']}/{a['city']}"
    else:
        s = f"{a['street']}, {a['zip']} {a['city']}"
    if with_country:
        s += f", {a['country']}"
    return s.upper() if caps else s


def addr_block(a, r, with_country=False):
    cc = a["cc"]
    if cc == "us":
        s = f"{a['street']}\n{a['city']}, {a['region']} {a['zip']}"
    elif cc in ("gb", "au"):
        s = f"{a['street']}\n{a['city']}\n{a['zip']}" if cc == "gb" else f"{a['street']}\n{a['city']} {a['zip']}"
    elif cc == "tr":
        s = f"{a['street']}\n{a['zip']} {a['region']}/{a['city']}"
    else:
        s = f"{a['street']}\n{a['zip']} {a['city']}"
    return s + (f"\n{a['country']}" if with_country else "")


def city_st(r, a=None):
    a = a or us_addr(r)
    return r.choice([f"{a['city']}, {a['region']}", a["city"], f"{a['city']}, {a['region_long']}"])


def po_box(r):
    c, st, _, zp = r.choice(US_CITIES)
    return f"P.O. Box {r.randint(10, 9999)}, {c}, {st} {zp}{dg(r, 2)}"


# ---------------------------------------------------------------- identifiers (labelled)
def mrn(r):
    return r.choice([dg(r, 8), f"E{dg(r, 7)}", f"00{dg(r, 6)}", f"MR{dg(r, 7)}", f"{dg(r, 4)}-{dg(r, 2)}-{dg(r, 2)}",
                     f"{ch(r, 'HMW')}{dg(r, 9)}"])


def health_plan(r):
    return r.choice([f"{rs(r, 3, UP)}{dg(r, 9)}", f"W{dg(r, 9)}", f"{dg(r, 9)}{ch(r, 'AB')}",
                     f"{r.randint(1, 9)}{ch(r, 'ACDEFGHJKMNPRTUVWXY')}{ch(r, 'ACDEFGHJKMNPRTUVWXY')}{r.randint(0, 9)}-"
                     f"{ch(r, 'ACDEFGHJKMNPRTUVWXY')}{ch(r, 'ACDEFGHJKMNPRTUVWXY')}{r.randint(0, 9)}-"
                     f"{ch(r, 'ACDEFGHJKMNPRTUVWXY')}{ch(r, 'ACDEFGHJKMNPRTUVWXY')}{dg(r, 2)}",
                     f"ZGP{dg(r, 7)}-0{r.randint(1, 4)}", f"MCD{dg(r, 8)}"])


def account_no(r):
    return r.choice([dg(r, 8), f"PA-{dg(r, 9)}", f"ACCT-{dg(r, 8)}", f"{dg(r, 4)} {dg(r, 4)} {dg(r, 2)}",
                     f"{dg(r, 3)}-{dg(r, 6)}-{dg(r, 1)}", dg(r, 12)])


def dl_no(r, st=None):
    st = st or r.choice(["CO", "CA", "NY", "FL", "TX", "WA", "OH", "GA"])
    return {"CO": f"{dg(r, 2)}-{dg(r, 3)}-{dg(r, 4)}", "CA": f"{ch(r, UP)}{dg(r, 7)}",
            "NY": f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}",
            "FL": f"{ch(r, UP)}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}",
            "TX": dg(r, 8), "WA": f"WDL{rs(r, 6, UPDIG)}{dg(r, 3)}", "OH": f"{rs(r, 2, UP)}{dg(r, 6)}",
            "GA": dg(r, 9), "UK": f"{rs(r, 5, UP)}{dg(r, 6)}{rs(r, 2, UP)}{dg(r, 1)}{rs(r, 2, UP)}",
            "DE": f"{ch(r, UP)}{dg(r, 3)}{rs(r, 6, UPDIG)}{dg(r, 1)}",
            "FR": dg(r, 12), "IT": f"{rs(r, 2, UP)}{dg(r, 7)}{ch(r, UP)}", "NL": dg(r, 10),
            "PL": f"{dg(r, 5)}/{dg(r, 2)}/{dg(r, 4)}", "AU": dg(r, 8)}.get(st, dg(r, 9))


# ---------------------------------------------------------------- checksummed values
def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix):
    for c in DIG:
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError


def card(r, grouped=None):
    kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_complete("4" + dg(r, 14))
    elif kind == "mc":
        n = luhn_complete(str(r.randint(51, 55)) + dg(r, 13))
    elif kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]) + dg(r, 12))
    else:
        n = luhn_complete("6011" + dg(r, 11))
    g = r.choice(["space", "none", "dash"]) if grouped is None else grouped
    if g == "none":
        return n
    sep = " " if g == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    n = card(r, "none")
    while len(n) != 16:
        n = card(r, "none")
    last = str((int(n[-1]) + r.randint(1, 9)) % 10)
    n = n[:-1] + last
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if maybe(r) else n


IBAN_FMT = {"DE": "8n10n", "FR": "5n5n11n2n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n",
            "GB": "4a14n", "PT": "21n", "PL": "24n", "SE": "20n", "TR": "5n1n16n", "BE": "12n",
            "CH": "17n", "AT": "16n"}
BANKCODES = {"NL": ["INGB", "ABNA", "RABO", "TRIO"], "GB": ["NWBK", "BARC", "HBUK", "MIDL"]}


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_FMT))
    bban = ""
    for m in re.finditer(r"(\d+)([na])", IBAN_FMT[cc]):
        k, t = int(m.group(1)), m.group(2)
        if t == "a" and cc in BANKCODES:
            bban += r.choice(BANKCODES[cc])
        else:
            bban += dg(r, k) if t == "n" else rs(r, k, UP)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    g = maybe(r, 0.6) if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g else s


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def bad_ssn(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ipv4(r, kind=None):
    k = kind or r.choice(["priv10", "priv192", "priv172", "doc", "pub"])
    if k == "priv10":
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == "priv192":
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
    if k == "priv172":
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == "doc":
        return f"{r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{r.randint(1, 254)}"
    return f"{r.randint(23, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    return r.choice([f"2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}",
                     f"fe80::{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}",
                     "2001:db8:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))])


def ip(r):
    return ipv6(r) if maybe(r, 0.15) else ipv4(r)


HOSTS = ["cad.tricountyfire.example.org", "portal.northside-ems.example.com",
         "epcr.vrdispatch.example.gov", "records.harborfire.example.org",
         "api.cadvendor.example.io", "status.lakeshoresar.example.org",
         "hie.mercygen.example.org", "share.tricountyfire.example.org",
         "nemsis-gw.state-ems.example.gov", "paging.alertsvc.example.net"]


def url(r, host=None):
    h = host or r.choice(HOSTS)
    path = r.choice(["/incidents/view", "/api/v2/units/status", "/reports/aar/2024",
                     "/ePCR/record", "/sites/training/Shared%20Documents/MCI-drill.pdf", "/map",
                     "/hooks/cad-alert", "/login", "/pay/invoice", "/s/owncloud/share"])
    q = r.choice(["", "", f"?id={dg(r, 2)}-{dg(r, 6)}", f"?unit=M{r.randint(1, 40)}&view=full",
                  f"?token={rs(r, 10)}", f"?ref={rs(r, 6, UPDIG)}"])
    return f"https://{h}{path}{q}"


# ---------------------------------------------------------------- hard negatives (never labelled)
def incident_no(r, y=None):
    yy = (y or r.randint(2021, 2025)) % 100
    return r.choice([f"{yy}-{dg(r, 6)}", f"F{yy}{dg(r, 7)}", f"E{yy}{dg(r, 8)}", f"EMS{yy}-{dg(r, 5)}",
                     f"{2000 + yy}-{dg(r, 6)}", f"CAD{dg(r, 10)}"])


def case_no(r):
    return r.choice([f"{r.randint(2021, 2025)}-{dg(r, 6)}", f"RMS-{dg(r, 2)}-{dg(r, 5)}",
                     f"CR{dg(r, 8)}", f"SO{dg(r, 2)}-{dg(r, 6)}"])


def ticket_no(r):
    return r.choice([f"INC{dg(r, 7)}", f"CHG{dg(r, 7)}", f"SR-{dg(r, 5)}", f"CAD-{dg(r, 4)}",
                     f"JIRA OPS-{dg(r, 4)}"])


def npi(r):
    return "1" + dg(r, 9)


def plate(r, cc="us"):
    return {"us": r.choice([f"{rs(r, 3, UP)}-{dg(r, 4)}", f"{r.randint(1, 9)}{rs(r, 3, UP)}{dg(r, 3)}",
                            f"{rs(r, 3, UP)} {dg(r, 3)}"]),
            "de": f"{r.choice(['B', 'HH', 'M', 'K', 'F'])}-{rs(r, 2, UP)} {r.randint(1, 9999)}",
            "fr": f"{rs(r, 2, UP)}-{dg(r, 3)}-{rs(r, 2, UP)}", "es": f"{dg(r, 4)} {rs(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
            "it": f"{rs(r, 2, UP)} {dg(r, 3)}{rs(r, 2, UP)}", "nl": f"{rs(r, 2, UP)}-{dg(r, 3)}-{ch(r, UP)}",
            "pl": f"W{rs(r, 2, UP)} {dg(r, 5)}", "sv": f"{rs(r, 3, UP)} {dg(r, 2)}{ch(r, UPDIG)}",
            "tr": f"34 {rs(r, 3, UP)} {dg(r, 3)}", "gb": f"{rs(r, 2, UP)}{dg(r, 2)} {rs(r, 3, UP)}",
            "pt": f"{rs(r, 2, UP)}-{dg(r, 2)}-{rs(r, 2, UP)}"}.get(cc, f"{rs(r, 3, UP)}-{dg(r, 4)}")


def vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def aba(r):
    d = [int(c) for c in dg(r, 8)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


BICS = ["DEUTDEFFXXX", "COBADEFF", "BNPAFRPP", "CAIXESBB", "UNCRITMM", "INGBNL2A", "BCOMPTPL",
        "PKOPPLPW", "ESSESESS", "TGBATRIS", "CHASUS33", "BOFAUS3N"]


def uuid4(r):
    h = rs(r, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch(r, '89ab')}{h[17:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, n, "0123456789abcdef")


def version(r):
    return r.choice([f"v{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 40)}",
                     f"{r.randint(2019, 2025)}.{r.randint(1, 4)}.{r.randint(0, 9)}",
                     f"{r.randint(3, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}-rc{r.randint(1, 4)}",
                     f"build {r.randint(1000, 9999)}"])


def amount(r, cur="$"):
    v = r.randint(35, 480000) / 100
    if cur == "$":
        return f"${v:,.2f}"
    return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")


ICD = ["S72.001A", "R07.9", "T40.1X1A", "I21.9", "J45.901", "R55", "S06.0X0A", "T65.91XA",
       "F32.A", "X58.XXXA", "V43.52XA", "R40.20", "T39.1X1A", "I46.9", "E11.649"]
HCPCS = ["A0427", "A0425", "A0429", "A0433", "99285", "A0998", "A0434"]
EMD = ["09-E-01", "10-D-04", "17-B-01G", "26-A-01", "29-D-02p", "12-D-02E", "23-C-08", "31-D-03"]
NFIRS = ["111", "113", "131", "321", "322", "611", "651", "700", "743", "412", "522"]


def masked_ssn(r):
    return f"***-**-{dg(r, 4)}" if maybe(r) else f"XXX-XX-{dg(r, 4)}"


def masked_card(r):
    return r.choice([f"**** **** **** {dg(r, 4)}", f"XXXX-XXXX-XXXX-{dg(r, 4)}", f"ending in {dg(r, 4)}"])


def latlon(r):
    return f"{r.uniform(25, 48):.5f}, {-r.uniform(75, 122):.5f}"


# ---------------------------------------------------------------- secrets
def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def aws_ak(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567")


def aws_sk(r):
    return rs(r, 40, ALNUM + "/+")


def gh_token(r):
    return r.choice(["ghp", "ghp", "gho", "ghs", "ghu"]) + "_" + rs(r, 36)


def slack_token(r):
    p = r.choice(["xoxb", "xoxb", "xoxp", "xoxa", "xoxr"])
    return f"{p}-{dg(r, 12)}-{dg(r, 13)}-{rs(r, 24)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.randint(24, 40))


def jwt(r, sub=None):
    alg = r.choice(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if maybe(r, 0.3):
        hdr["kid"] = rs(r, 8, "0123456789abcdef")
    iat = r.randint(1690000000, 1760000000)
    pl = {"sub": sub or f"unit-{r.randint(1, 99)}", "iss": r.choice(HOSTS), "iat": iat,
          "exp": iat + r.choice([900, 3600, 86400]), "scope": r.choice(["cad:read", "epcr:write", "avl:push"])}
    sig = b64url(bytes(r.getrandbits(8) for _ in range(32 if alg.startswith("HS") else 64)))
    return f"{b64url(json.dumps(hdr, separators=(',', ':')).encode())}.{b64url(json.dumps(pl, separators=(',', ':')).encode())}.{sig}"


def pem(r, lines=None):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = lines or r.randint(4, 9)
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(48 * n - r.randint(1, 30)))).decode()
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


PW_WORDS = ["Medic", "Engine", "Ladder", "Rescue", "dispatch", "Station", "Harbor", "Summit",
            "Falcon", "Copper", "Tango", "Orion", "blue", "Winter", "radio", "Siren"]


def password(r):
    st = r.randint(0, 4)
    if st == 0:
        return f"{ch(r, PW_WORDS)}{r.randint(10, 9999)}{ch(r, '!#$%&*?')}"
    if st == 1:
        return rs(r, r.randint(10, 18), ALNUM + "!#%&*-_+=")
    if st == 2:
        return f"{ch(r, PW_WORDS)}-{ch(r, PW_WORDS).lower()}-{r.randint(1, 99)}"
    if st == 3:
        return f"{ch(r, PW_WORDS)[:3]}{ch(r, '!#$')}{rs(r, 5)}{r.randint(0, 9)}"
    return dg(r, r.randint(6, 9))


def generic_secret(r):
    return r.choice([f"whsec_{rs(r, 32)}", rs(r, 32, "0123456789abcdef"), f"cadk_{rs(r, 40)}",
                     f"AIza{rs(r, 35, ALNUM + '-_')}", f"SG.{rs(r, 22)}.{rs(r, 43)}",
                     rs(r, 48, ALNUM), f"pgs_{rs(r, 30)}", f"{uuid4(r)}{rs(r, 8)}"])


ENV_REFS = ["${DB_PASSWORD}", "${{ secrets.CAD_API_KEY }}", "${SLACK_BOT_TOKEN}", "<redacted>",
            "********", "${{ secrets.AWS_SECRET_ACCESS_KEY }}", "changeme?", "{{ vault.cad_pw }}",
            "REDACTED", "${STRIPE_SECRET}", "$(cat /run/secrets/epcr_key)"]


# ---------------------------------------------------------------- padding sentences
PAD = {
    "en": "No further information was available at the time this entry was written.",
    "gb": "No further information was available at the time this entry was written.",
    "au": "No further information was available at the time this entry was written.",
    "de": "Weitere Angaben lagen zum Zeitpunkt der Dokumentation nicht vor.",
    "fr": "Aucune autre information n'était disponible au moment de la rédaction.",
    "es": "No se disponía de más información en el momento de redactar este registro.",
    "it": "Nessuna ulteriore informazione era disponibile al momento della compilazione.",
    "nl": "Er was op het moment van registratie geen verdere informatie beschikbaar.",
    "pt": "Não havia mais informações disponíveis no momento do registo.",
    "pl": "W chwili sporządzania wpisu nie były dostępne dalsze informacje.",
    "sv": "Ingen ytterligare information fanns tillgänglig när anteckningen skrevs.",
    "tr": "Kayıt sırasında başka bilgi mevcut değildi.",
}


# ---------------------------------------------------------------- validation
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
PEM_RE = re.compile(r"-----BEGIN ([A-Z ]+)-----\n(?:[A-Za-z0-9+/=]+\n)+-----END \1-----")
DIGIT_TYPES = {"DATE_OF_BIRTH", "DATE_TIME", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
               "ACCOUNT_NUMBER", "DRIVER_LICENSE", "ADDRESS"}


def _jwt_ok(s):
    parts = s.split(".")
    if len(parts) != 3 or not all(parts[:2]):
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        return isinstance(h, dict) and "alg" in h
    except Exception:
        return False


def _shape(typ, s):
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL_RE.fullmatch(s))
    if typ == "PHONE_NUMBER":
        nd = sum(c.isdigit() for c in s)
        return 6 <= nd <= 15 and bool(re.fullmatch(r"[+()0-9 ./\-]+", s))
    if typ == "US_SSN":
        return ssn_ok(s)
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", s)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "IBAN_CODE":
        return iban_ok(s)
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if typ == "URL":
        if re.search(r"\s|@", s):
            return False
        u = urlsplit(s)
        if u.scheme not in ("http", "https") or not u.hostname:
            return False
        try:
            ipaddress.ip_address(u.hostname)
            return False
        except ValueError:
            return True
    if typ == "JWT":
        return _jwt_ok(s)
    if typ == "PRIVATE_KEY":
        return bool(PEM_RE.fullmatch(s))
    if typ == "AWS_ACCESS_KEY":
        return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", s))
    if typ == "AWS_SECRET_KEY":
        return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", s))
    if typ == "GITHUB_TOKEN":
        return bool(re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}", s))
    if typ == "SLACK_TOKEN":
        return bool(re.fullmatch(r"xox[abpr]-[A-Za-z0-9\-]{10,}", s))
    if typ == "STRIPE_KEY":
        return bool(re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", s))
    if typ in ("PASSWORD", "GENERIC_SECRET"):
        return len(s) >= 6 and not re.search(r"\s", s)
    if typ in ("PERSON", "LOCATION"):
        return not re.search(r"[0-9@\n]", s) and any(c.isalpha() for c in s)
    if typ in DIGIT_TYPES:
        return any(c.isdigit() for c in s)
    return True


def validate(doc):
    probs = []
    text = doc.get("text", "")
    if not (150 <= len(text) <= 3000):
        probs.append(f"length {len(text)}")
    prev_end = -1
    prev_start = -1
    for e in doc.get("entities", []):
        st, en, typ = e.get("start"), e.get("end"), e.get("type")
        if typ not in TYPESET:
            probs.append(f"unknown type {typ}")
            continue
        if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
            probs.append(f"span out of range {st}-{en}")
            continue
        if st < prev_start:
            probs.append(f"entities not sorted at {st}")
        if st < prev_end:
            probs.append(f"overlap at {st}-{en}")
        prev_end, prev_start = max(prev_end, en), st
        s = text[st:en]
        if s != s.strip():
            probs.append(f"whitespace at span edge {typ} {s!r}")
        if typ not in ("PRIVATE_KEY", "ADDRESS") and "\n" in s:
            probs.append(f"newline inside {typ} {s!r}")
        if s and s[-1] in ",;:" or (s and s[-1] == "." and typ not in ("PERSON", "PASSWORD", "ADDRESS", "LOCATION")):
            probs.append(f"trailing punctuation {typ} {s!r}")
        if not _shape(typ, s):
            probs.append(f"bad shape {typ} {s!r}")
    return probs


# ---------------------------------------------------------------- span helpers
def P(s): return (s, "PERSON")
def DT(s): return (s, "DATE_TIME")
def DOB(s): return (s, "DATE_OF_BIRTH")
def LOC(s): return (s, "LOCATION")
def ADR(s): return (s, "ADDRESS")
def PH(s): return (s, "PHONE_NUMBER")
def EM(s): return (s, "EMAIL_ADDRESS")
def MR(s): return (s, "MEDICAL_RECORD_NUMBER")
def HP(s): return (s, "HEALTH_PLAN_NUMBER")
def AC(s): return (s, "ACCOUNT_NUMBER")
def DLN(s): return (s, "DRIVER_LICENSE")
def URL(s): return (s, "URL")
def IPA(s): return (s, "IP_ADDRESS")
def PW(s): return (s, "PASSWORD")
def GS(s): return (s, "GENERIC_SECRET")


COMPLAINTS = ["ELDERLY FEMALE FELL IN BATHROOM, CONSC/BREATHING, C/O HIP PAIN",
              "MALE UNRESPONSIVE IN VEHICLE, POSS OD, RP SEES NO MOVEMENT",
              "SMOKE SHOWING FROM ATTIC VENT, ALL OCCUPANTS OUT PER RP",
              "2 VEH MVA, ONE VEH ON ITS SIDE, UNK INJ", "CHEST PAIN X 30 MIN, DIAPHORETIC",
              "CHILD HAVING SEIZURE, 3RD ONE TODAY PER MOTHER", "DIFF BREATHING, HX COPD, ON HOME O2",
              "ODOR OF GAS IN BASEMENT, RP OUTSIDE", "DOMESTIC IN PROGRESS, YELLING HEARD, NO WEAPONS SEEN",
              "DIABETIC, BLOOD SUGAR READS LO ON METER"]
HOSPITALS = ["Mercy General", "St. Agnes Medical Center", "Good Samaritan Regional",
             "Westfield Medical Center", "Sacred Heart Trauma Center",
             "Martin Luther King Jr. Community Hospital", "Children's Hospital Colorado"]
HOSPITALS = HOSPITALS[:-1] + ["Ronald Reagan Medical Center"]


def k_calltaker_notes(r):
    d = Doc("en")
    t = rdt(r)
    caps = maybe(r, 0.75)
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    a = us_addr(r, caps=caps)
    d.f("*** CALL-TAKER NOTES ***  EVT# {@i}  POS {@p}  CT ID {@c}\n",
        i=incident_no(r, t.year), p=r.randint(1, 12), c=dg(r, 4))
    clock = [t]

    def ts():
        clock[0] = later(clock[0], r, 0, 1)
        return clock[0].strftime("%H:%M:%S")
    d.f("{@ts} RP {@rp} CB# {@ph}\n", ts=ts(), rp=P(up(person(r))), ph=PH(phone(r)))
    if maybe(r):
        d.f("{@ts} LOC VERIFIED: {@a}\n", ts=ts(), a=ADR(addr_line(a, r, caps=caps)))
    else:
        d.f("{@ts} LOC {@a}  {@c}\n", ts=ts(), a=ADR(a["street"]), c=LOC(f"{a['city']}, {a['region']}"))
    d.f("{@ts} {@c}\n", ts=ts(), c=up(ch(r, COMPLAINTS)))
    fn, ln, _ = name_parts(r)
    rel = ch(r, ["HUSBAND", "WIFE", "MOTHER", "FATHER", "NEIGHBOR", "ROOMMATE", "CLIENT", "SON"])
    pt = up(f"{fn} {ln}") if maybe(r) else up(f"{ln}, {fn}")
    if maybe(r, 0.6):
        d.f("{@ts} PT IS RP'S {@rel} {@pt}, {@age} YOA, DOB {@dob}\n", ts=ts(), rel=up(rel.lower()),
            pt=P(pt), age=r.randint(1, 96), dob=DOB(fdate(r, rdob(r), "en", ch(r, ["us", "us2"]))))
    else:
        d.f("{@ts} PT {@pt} APPROX {@age} YO\n", ts=ts(), pt=P(pt), age=r.randint(18, 90))
    d.f("{@ts} EMD {@e} / RESP {@p}  ({@v})\n", ts=ts(), e=ch(r, EMD), p=ch(r, ["HOT", "COLD", "ALS", "BLS"]),
        v="ProQA " + version(r))
    if maybe(r, 0.7):
        d.f("{@ts} PREMISE HX: LAST RESPONSE {@dt} - {@w}, HANDLED BY {@u}\n", ts=ts(),
            dt=DT(fdate(r, rdate(r), "en")), w=ch(r, ["LIFT ASSIST", "FALSE ALARM", "CHEST PAIN", "WELFARE CHECK"]),
            u=ch(r, UNITS))
    if maybe(r, 0.5):
        d.f("{@ts} RP ADVISED TO SECURE DOG \"{@pet}\" BEFORE CREW ARRIVAL\n", ts=ts(), pet=up(ch(r, PETS)))
    if maybe(r, 0.5):
        d.f("{@ts} ALT CB {@ph} ({@rel} {@n})\n", ts=ts(), ph=PH(phone(r)), rel=up("neighbor"),
            n=P(up(person(r, style="full"))))
    d.f("{@ts} ANI/ALI CLASS WRLS  LAT/LON {@ll}  UNC {@u}M  ESN {@e}\n", ts=ts(), ll=latlon(r),
        u=r.randint(3, 80), e=dg(r, 3))
    if maybe(r, 0.4):
        d.f("{@ts} RP STATES PT LAST SEEN NORMAL AT {@tm}, ~{@m} MIN AGO\n", ts=ts(),
            tm=DT(ftime(r, r.randint(0, 23), r.randint(0, 59), "en", "ampm").upper()), m=r.randint(10, 90))
    d.t(f"{ts()} CALL TRANSFERRED TO FIRE DISP, CT RELEASED\n")
    return d


CAD_ACTIONS = ["CREATE", "ENTRY", "DISP", "ENRT", "ONSC", "PTCNT", "TRANSP", "ATHOSP", "AVAIL", "CLOSE"]


def k_cad_event_log(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r, caps=maybe(r))
    ag = ch(r, AGENCIES[:6])
    d.f("EVENT CHRONOLOGY -- {@ag}\nEvent #: {@i}   Nature: {@n}   Pri: {@p}\n", ag=ag.upper(),
        i=incident_no(r, t.year), n=ch(r, ["SICK PERSON", "STRUCTURE FIRE-RES", "FALL", "MVA W/INJ",
                                              "ALARM-COMMERCIAL", "OVERDOSE", "BREATHING PROBLEM"]),
        p=r.randint(1, 4))
    if maybe(r):
        d.f("Address: {@s}\nCity: {@c}   State: {@st}   Zip: {@z}\n", s=ADR(a["street"]), c=LOC(a["city"]),
            st=LOC(a["region"]), z=a["zip"])
    else:
        d.f("Location: {@a}   Map pg {@m}\n", a=ADR(addr_line(a, r)), m=f"{r.randint(100, 999)}-{ch(r, 'ABCDEFG')}{r.randint(1, 9)}")
    d.f("Caller: {@c}   Phone: {@ph}\n", c=P(person(r, style=ch(r, ["capslf", "lastfirst", "full"]))), ph=PH(phone(r)))
    d.t("-" * 66 + "\n")
    u1, u2 = ch(r, UNITS[:10]), ch(r, UNITS[10:])
    st = r.randint(0, 2)
    for act in CAD_ACTIONS:
        if act in ("PTCNT", "ATHOSP") and maybe(r, 0.4):
            continue
        t = later(t, r, 0, 9)
        d.t(f"{logts(t, st)}  P{r.randint(1, 12):02d}  {act:<7} ")
        if act == "CREATE":
            d.t(f"event created by CT{dg(r, 4)}\n")
        elif act == "ENTRY":
            if maybe(r):
                d.f("per RP, pt's daughter {@n} on scene, callback {@ph}\n", n=P(person(r, style="full")), ph=PH(phone(r)))
            else:
                d.f("KNOX BOX ON FRONT, GATE CODE #{@g}\n", g=dg(r, 4))
        elif act == "DISP":
            d.t(f"{u1} {u2}\n")
        elif act == "TRANSP":
            d.t(f"{u1} to {ch(r, HOSPITALS)}, 1 pt, mileage {r.randint(1000, 99999)}.{r.randint(0, 9)}\n")
        elif act == "CLOSE":
            d.t(f"dispo {ch(r, ['TRANSPORTED', 'CANCELLED PRIOR', 'PT REFUSAL', 'FIRE OUT'])}; RMS case {case_no(r)}\n")
        else:
            d.t(f"{ch(r, [u1, u2])}\n")
    return d


def k_sms_page(r):
    d = Doc("en")
    t = rdt(r)
    ag = ch(r, ["PVFD", "MPRF", "HDF", "LSAR", "NSEMS"])
    d.t(f"Messages - {ch(r, ['iAmResponding', 'Active911', 'pager export'])} ({r.randint(2, 9)} new)\n\n")
    for k in range(r.randint(2, 4)):
        t = later(t, r, 2, 30)
        a = us_addr(r, caps=True)
        d.f("{@tm}  From {@sc}: [{@ag}] {@nat} @ {@a} | ", tm=t.strftime("%H:%M"), sc=r.choice(["67283", "32665", "CADPAGE"]),
            ag=ag, nat=ch(r, ["MEDICAL-FALL", "STRUCTURE FIRE", "MVA", "SMOKE INVEST", "LIFT ASSIST", "BRUSH FIRE"]),
            a=ADR(a["street"] if maybe(r) else addr_line(a, r, caps=True)))
        if maybe(r, 0.6):
            d.f("RP {@n} {@ph} | ", n=P(person(r, style=ch(r, ["caps", "capslf"]))), ph=PH(phone(r)))
        d.t(f"#{incident_no(r, t.year)}\n")
    t = later(t, r, 5, 50)
    d.t(f"{t.strftime('%H:%M')}  From 67283: [{ag}] CANCEL - ALL UNITS RETURN. ")
    if maybe(r, 0.7):
        dt2 = rdt(r)
        d.f("REMINDER: drill night {@dt} at Station {@s}, bring SCBA.", dt=DT(fdt(r, dt2, "en")), s=r.randint(1, 9))
    d.t("\nReply 1=RESPONDING 2=NOT AVAIL 3=STATION\n")
    if maybe(r, 0.5):
        d.f("{@tm}  {@n} (member): 1 - ETA 8\n", tm=later(t, r).strftime("%H:%M"), n=P(person(r, style="full")))
    return d


FIRE_NAMES = ["Cedar Ridge Fire", "Pine Hollow Complex", "Juniper Flats Fire", "Bear Gulch Incident",
              "Spring Creek Flood", "Highway Tanker Incident", "Eagle Butte Fire"]


def k_radio_log(r):
    d = Doc("en")
    t0 = rdt(r)
    t1 = t0 + _dt.timedelta(hours=12)
    a = us_addr(r)
    d.t("COMMUNICATIONS LOG (ICS 309)\n")
    d.f("1. Incident Name: {@n}\n2. Operational Period: {@a} to {@b}\n3. Radio Net: {@net}\n",
        n=ch(r, FIRE_NAMES), a=DT(f"{fdate(r, t0.date(), 'en', 'us')} {t0.hour:02d}00"),
        b=DT(f"{fdate(r, t1.date(), 'en', 'us')} {t1.hour:02d}00"), net=ch(r, ["TAC 2", "FIREMARS", "8TAC92", "CMD 1"]))
    d.f("4. Radio Operator: {@op} / {@cs}\n\n", op=P(person(r, style="full")), cs=f"{ch(r, UP)}{ch(r, UP)}{dg(r, 3)}")
    d.t(f"{'TIME':<6}{'FROM':<12}{'TO':<12}MESSAGE\n")
    t = t0
    msgs = [
        lambda: ("DIV A", "IC", ["PAR complete, ", str(r.randint(6, 30)), " personnel, no injuries"]),
        lambda: ("IC", "DISPATCH", ["Request 2 ALS units from ", ch(r, AGENCIES[:6]), " to staging at ",
                                    LOC(a["city"]), " fairgrounds"]),
        lambda: ("DISPATCH", "IC", ["Duty officer ", P(person(r, style="full")), " reachable on cell ", PH(phone(r))]),
        lambda: ("STAGING", "IC", [ch(r, UNITS), " and ", ch(r, UNITS), " checked in, ETA for tender ~20 min"]),
        lambda: ("SAFETY", "ALL", ["Weather: RH 12%, winds SW 15 G25, spot fire potential HIGH"]),
        lambda: ("IC", "LIAISON", ["Landowner ", P(person(r)), " requests call back at ", PH(phone(r))]),
        lambda: ("MEDL", "IC", ["1 FF heat exhaustion, transported by ", ch(r, UNITS), " to ", ch(r, HOSPITALS)]),
        lambda: ("IC", "ALL", ["Strike team leader ", P(person(r, style="init")), " assumes DIV B"]),
        lambda: ("PLANS", "IC", ["IAP for next op period to be briefed at ", DT(ftime(r, 5, 30, "en", "mil")),
                                 " at ICP, ", LOC(city_st(r, a))]),
    ]
    for m in r.sample(msgs, r.randint(5, len(msgs))):
        t = later(t, r, 3, 40)
        fr, to, parts = m()
        d.t(f"{t.strftime('%H%M'):<6}{fr:<12}{to:<12}")
        for p in parts:
            if isinstance(p, tuple):
                d.e(*p)
            else:
                d.t(p)
        d.t("\n")
    d.f("\n5. Prepared by: {@p}, {@role}   Date/Time: {@dt}\n", p=P(person(r, style=ch(r, ["full", "lastfirst"]))),
        role=ch(r, ["COML", "RADO", "INCM"]), dt=DT(f"{fdate(r, t1.date(), 'en', 'us')} {t1.hour:02d}15"))
    return d


def k_crisis_chat(r):
    d = Doc("en")
    t = rdt(r)
    cfirst = given(r, "anglo")
    tfirst = given(r)
    a = us_addr(r)
    d.f("Conversation {@u}  |  channel: {@c}  |  counselor: {@cn} (CC-{@id})\n",
        u=uuid4(r), c=ch(r, ["SMS", "webchat", "988 chat"]), cn=P(f"{cfirst} {family(r)}"), id=dg(r, 4))
    d.t(f"texter handle: {ch(r, ['nightowl', 'texter', 'anon'])}_{dg(r, 4)}\n\n")

    def line(who, *parts):
        nonlocal t
        t = later(t, r, 0, 3)
        d.t(f"[{t.strftime('%H:%M')}] {who}: ")
        for p in parts:
            if isinstance(p, tuple):
                d.e(*p)
            else:
                d.t(p)
        d.t("\n")

    line("Texter", ch(r, ["hey idk if this is the right place", "i cant do this anymore", "hi. is anyone there"]))
    t = later(t, r, 0, 1)
    d.t(f"[{t.strftime('%H:%M')}] Counselor ")
    d.e(cfirst, "PERSON")
    d.t(": Hi, thanks for reaching out. I'm here to listen. What's going on tonight?\n")
    line("Texter", "everything since last week. my landlord is kicking us out and i havent slept")
    line("Counselor", "That sounds really overwhelming. Can I ask your first name?")
    line("Texter", "its ", P(tfirst.lower() if maybe(r, 0.4) else tfirst))
    line("Counselor", "Thanks, ", P(tfirst), ". Are you thinking about suicide?")
    line("Texter", ch(r, ["yes. i have pills here", "kind of. ive been looking at the bridge", "i dont know"]))
    line("Texter", "im at my sisters place in ", LOC(ch(r, [a["city"], f"{a['city']}, {a['region']}"])))
    if maybe(r, 0.7):
        line("Counselor", "I want to make sure you're safe. Can you share the address where you are right now?")
        line("Texter", ADR(addr_line(a, r) if maybe(r) else a["street"].lower()))
        line("Texter", "my number is ", PH(phone(r)), " if they call")
        d.f("--- supervisor note: imminent risk, active rescue initiated; PSAP notified; supervisor {@s} ---\n",
            s=P(person(r, style="full")))
    else:
        line("Counselor", "Would you be willing to put the pills in another room while we talk?")
        line("Texter", "ok. did it")
        line("Counselor", "Thank you. Let's make a plan for the next hour together.")
    line("Texter", ch(r, ["ok thank u", "k", "thanks. my dog " + ch(r, PETS) + " is here with me"]))
    return d


SUBSTANCES = ["Tylenol Extra Strength (acetaminophen 500 mg)", "laundry detergent pod (Tide PODS)",
              "grandmother's metoprolol 50 mg", "bleach (Clorox)", "e-cigarette liquid, nicotine 18 mg/mL",
              "ibuprofen 200 mg", "button battery (CR2032)", "mushrooms picked in yard", "Eliquis 5 mg",
              "melatonin gummies", "antifreeze (ethylene glycol)"]


def k_poison_call(r):
    d = Doc("en")
    t = rdt(r)
    dob = rdob(r, 2019, 2024) if maybe(r, 0.7) else rdob(r, 1935, 2005)
    fn, ln, _ = name_parts(r)
    d.f("REGIONAL POISON CENTER -- EXPOSURE CASE RECORD\nCase #: {@c}    Line: {@l}\n", c=f"PC{t.year % 100}-{dg(r, 6)}",
        l=PH(phone(r, "tollfree")))
    d.f("Call received: {@dt}\nSpecialist: {@sp}, {@cred}\n\n", dt=DT(fdt(r, t, "en")),
        sp=P(person(r, style=ch(r, ["full", "mid"]))), cred=ch(r, ["RN, CSPI", "PharmD, CSPI", "RN"]))
    d.f("Caller: {@rel} -- {@n}\nCallback: {@ph}\n", rel=ch(r, ["mother", "father", "grandparent", "self", "school nurse"]),
        n=P(person(r, style=ch(r, ["full", "lastfirst"]))), ph=PH(phone(r)))
    d.f("Caller location: {@loc}\n", loc=LOC(city_st(r)))
    d.f("Patient: {@p}   DOB: {@dob}   Wt: {@w} kg   Sex: {@s}\n", p=P(f"{fn} {ln}" if maybe(r) else f"{ln}, {fn}"),
        dob=DOB(fdate(r, dob, "en", ch(r, ["us", "iso", "long"]))), w=r.randint(9, 110), s=ch(r, "MF"))
    et = t - _dt.timedelta(minutes=r.randint(10, 180))
    d.f("Substance: {@s}\nAmount: {@a}\nRoute: ingestion   Exposure time: {@et}\n",
        s=ch(r, SUBSTANCES), a=ch(r, ["unknown, up to 10 tabs", "1 pod, bit into", "~2 mouthfuls", "1 battery"]),
        et=DT(ftime(r, et.hour, et.minute, "en", ch(r, ["ampm", "24"]))))
    d.t(f"Sx: {ch(r, ['none at time of call', 'vomited x1', 'drowsy but arousable', 'drooling, coughing'])}\n")
    d.t(f"Recommendation: {ch(r, ['observe at home, fluids', 'refer to ED now -- ' + ch(r, HOSPITALS) + ' notified', 'EMS dispatched via 911 transfer'])}\n")
    ft = later(t, r, 60, 240)
    d.f("Follow-up call scheduled: {@ft}", ft=DT(fdt(r, ft, "en")))
    if maybe(r, 0.5):
        d.f("; if no answer try alt {@ph} ({@n})", ph=PH(phone(r)), n=P(person(r, style="first")))
    d.t(f"\nCodes: {ch(r, ICD)} / outcome pending. Entered in Toxicall {version(r)}\n")
    return d


def k_epcr_narrative(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, mi = name_parts(r)
    age = r.randint(19, 94)
    dob = _dt.date(t.year - age, r.randint(1, 12), r.randint(1, 28))
    a = us_addr(r)
    d.f("PATIENT CARE REPORT   PCR# {@p}   Incident {@i}\nUnit: {@u}   Crew: {@c1} (PM), {@c2} (EMT)\n",
        p=uuid4(r)[:13].upper(), i=incident_no(r, t.year), u=ch(r, UNITS[:8]),
        c1=P(person(r, style=ch(r, ["full", "init"]))), c2=P(person(r, style=ch(r, ["full", "init", "last"]))))
    d.f("Patient: {@n}   DOB {@dob} ({@age} y/o {@s})\nHome address: {@a}\n", n=P(f"{ln}, {fn} {mi}"),
        dob=DOB(fdate(r, dob, "en", "us")), age=age, s=ch(r, "MF"), a=ADR(addr_line(a, r)))
    d.t("\nNARRATIVE (CHART)\n")
    d.f("C: Dispatched {@tm} to the above for {@cc}. ", tm=DT(ftime(r, t.hour, t.minute, "en", "mil")),
        cc=ch(r, ["fall", "chest pain", "difficulty breathing", "altered mental status", "syncope"]))
    d.f("Arrived to find {@age} y/o pt sitting in recliner, pt's {@rel} {@n} on scene.\n", age=age,
        rel=ch(r, ["wife", "husband", "son", "daughter", "caregiver"]), n=P(person(r, style=ch(r, ["full", "first"]))))
    d.t(f"H: Hx HTN, DM2, {ch(r, ['AFib on Eliquis', 'CHF', 'COPD', 'CVA 2019'])}. Meds per list: "
        f"{', '.join(r.sample(DRUGS[12:], 3))}. NKDA.\n")
    d.t(f"A: GCS {r.randint(9, 15)}, BP {r.randint(90, 190)}/{r.randint(50, 110)}, HR {r.randint(48, 140)}, "
        f"SpO2 {r.randint(84, 100)}% RA, BGL {r.randint(40, 380)}. 12-lead via {ch(r, BRANDS[:3])}: "
        f"{ch(r, ['NSR', 'STEMI inferior', 'AFib RVR', 'sinus tach'])}.\n")
    d.t(f"R: O2 via NC, IV 18g L AC, {ch(r, DRUGS[:10])}, {ch(r, DRUGS[:10])}. Moved via {ch(r, BRANDS[:1] + BRANDS[8:9])}.\n")
    arr = later(t, r, 15, 45)
    d.f("T: Transported emergent to {@h}, care to {@rn} RN at {@tm}. ", h=ch(r, HOSPITALS),
        rn=P(person(r, style=ch(r, ["full", "last", "init"]))), tm=DT(ftime(r, arr.hour, arr.minute, "en")))
    d.f("Hospital MRN {@m}.\n", m=MR(mrn(r)))
    d.t(f"\nICD-10 {ch(r, ICD)}; HCPCS {ch(r, HCPCS)}; mileage {r.randint(2, 40)}.{r.randint(0, 9)} mi; "
        f"response time {r.randint(4, 19)} min.\n")
    if maybe(r, 0.5):
        d.f("Signature on file: {@n}, {@dt}\n", n=P(person(r, style="full")), dt=DT(fdate(r, t.date(), "en")))
    return d


def k_ed_handover(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, mi = name_parts(r)
    dob = rdob(r, 1935, 2010)
    d.f("ED HANDOVER (SBAR) -- Bay {@b} -- {@h}\n", b=r.randint(1, 30), h=ch(r, HOSPITALS))
    d.f("Pt: {@n}  MRN {@m}  DOB {@dob}\n", n=P(f"{ln.upper()}, {fn}" if maybe(r) else f"{fn} {ln}"), m=MR(mrn(r)),
        dob=DOB(fdate(r, dob, "en", ch(r, ["us", "iso"]))))
    if maybe(r, 0.6):
        d.f("Ins: {@ins}  Member ID {@hp}  Group {@g}\n", ins=ch(r, ["Aetna", "BlueCross BlueShield", "Kaiser", "Medicaid", "Medicare", "Cigna"]),
            hp=HP(health_plan(r)), g=ch(r, [f"GRP-{dg(r, 6)}", dg(r, 5), f"{dg(r, 3)}-{dg(r, 4)}"]))
    d.f("\nS: {@age}yo arrived via {@u} at {@tm} with {@cc}", age=max(1, t.year - dob.year - 1), u=ch(r, UNITS),
        tm=DT(ftime(r, t.hour, t.minute, "en")), cc=ch(r, ["SOB", "fall w/ head strike on thinners", "sepsis alert", "stroke alert"]))
    if d.buf[-1] == "stroke alert":
        lkw = t - _dt.timedelta(minutes=r.randint(30, 200))
        d.f(", LKW {@tm}", tm=DT(ftime(r, lkw.hour, lkw.minute, "en", "ampm")))
    d.t(".\n")
    d.t(f"B: Hx {ch(r, ['CKD3', 'ESRD on HD MWF', 'dementia', 'EtOH use', 'T1DM'])}; home meds {', '.join(r.sample(DRUGS[12:], 2))}.\n")
    d.t(f"A: Trop {r.randint(3, 900)} ng/L, lactate {r.randint(10, 60) / 10}, CT head {ch(r, ['neg', 'pending', 'small SDH'])}. "
        f"{ch(r, ICD)}.\n")
    d.f("R: Admit to {@u}, accepting {@doc}. Family contact: {@fam} {@ph}.\n", u=ch(r, ["MICU", "4 West tele", "Obs", "Neuro ICU"]),
        doc=P(person(r, style=ch(r, ["full", "last"]))), fam=P(person(r, style="full")), ph=PH(phone(r)))
    d.f("Handed off by {@a} to {@b}; time {@tm}.\n", a=P(person(r, style="init")), b=P(person(r, style="first")),
        tm=DT(f"{fdate(r, t.date(), 'en', 'us')} {later(t, r, 60, 300).strftime('%H:%M')}"))
    return d


def k_nemsis_xml(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, _ = name_parts(r)
    a = us_addr(r)
    dob = rdob(r)
    d.f('<?xml version="1.0" encoding="UTF-8"?>\n<EMSDataSet xmlns="{@u1}" xmlns:xsi="{@u2}"\n'
        '  xsi:schemaLocation="{@u3} NEMSIS_v3.5.0.xsd">\n <PatientCareReport UUID="{@id}">\n',
        u1=URL("http://www.nemsis.org"), u2=URL("http://www.w3.org/2001/XMLSchema-instance"),
        u3=URL("http://www.nemsis.org"), id=uuid4(r))
    d.f('  <eRecord.01>{@p}</eRecord.01>\n  <eResponse.03>{@i}</eResponse.03>\n', p=f"PCR{dg(r, 10)}",
        i=incident_no(r, t.year))
    tt = t
    d.t("  <eTimes>\n")
    for tag in ("eTimes.03", "eTimes.05", "eTimes.07", "eTimes.11"):
        tt = later(tt, r, 1, 14)
        d.f("   <{@g}>{@v}</{@g}>\n", g=tag, v=DT(iso_dt(tt)))
    d.t("  </eTimes>\n  <ePatient>\n")
    d.f("   <ePatient.02>{@l}</ePatient.02>\n   <ePatient.03>{@f}</ePatient.03>\n", l=P(ln), f=P(fn))
    d.f("   <ePatient.05>{@s}</ePatient.05>\n   <ePatient.06>{@c}</ePatient.06>\n   <ePatient.08>{@st}</ePatient.08>\n"
        "   <ePatient.09>{@z}</ePatient.09>\n", s=ADR(a["street"]), c=LOC(a["city"]), st=LOC(a["region"]), z=a["zip"])
    d.f("   <ePatient.13>{@g}</ePatient.13>\n   <ePatient.17>{@dob}</ePatient.17>\n", g=ch(r, ["9906001", "9906003"]),
        dob=DOB(dob.isoformat()))
    if maybe(r, 0.7):
        d.f("   <ePatient.18 PhoneNumberType=\"9913009\">{@ph}</ePatient.18>\n", ph=PH(phone(r, intl=False)))
    if maybe(r, 0.4):
        d.f("   <ePatient.19>{@e}</ePatient.19>\n", e=EM(email(r, fn, ln)))
    if maybe(r, 0.4):
        d.f("   <ePatient.20>{@s}</ePatient.20>\n   <ePatient.21>{@dl}</ePatient.21>\n", s=LOC(a["region"]),
            dl=DLN(dl_no(r, a["region"])))
    d.t("  </ePatient>\n  <ePayment>\n")
    d.f("   <ePayment.10>{@ins}</ePayment.10>\n   <ePayment.18>{@hp}</ePayment.18>\n   <ePayment.19>{@g}</ePayment.19>\n",
        ins=ch(r, ["Medicare Part B", "Medicaid", "UnitedHealthcare"]), hp=HP(health_plan(r)), g=f"{dg(r, 6)}")
    d.t(f"  </ePayment>\n  <eSituation.11>{ch(r, ICD)}</eSituation.11>\n  <eMedications.03>{r.randint(1000, 400000)}"
        f"</eMedications.03>\n </PatientCareReport>\n</EMSDataSet>\n")
    return d


def k_nfirs_record(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r, caps=True)
    fdid = dg(r, 5)
    d.f("NFIRS-1 BASIC  FDID {@f}  State {@s}  Incident Date {@dt}  Station {@st}  Incident # {@i}  Exposure 000\n",
        f=fdid, s=LOC(a["region"]), dt=DT(fdate(r, t.date(), "en", "us")), st=r.randint(1, 12), i=f"{t.year % 100}-{dg(r, 7)}")
    d.f("B  Location type 1 (street address)\n   {@a}\n", a=ADR(addr_line(a, r)))
    d.t(f"C  Incident type {ch(r, NFIRS)}   D Aid given/received: {ch(r, ['N', '1', '3'])}\n")
    ar = later(t, r, 4, 12)
    d.f("E1 Alarm {@a}   Arrival {@b}   Controlled {@c}\n", a=DT(t.strftime("%m/%d/%Y %H:%M")),
        b=DT(ar.strftime("%H:%M")), c=DT(later(ar, r, 10, 60).strftime("%H:%M")))
    d.t(f"F  Actions taken: 11 (extinguish), 86 (investigate)   G Resources: {r.randint(2, 6)} app / {r.randint(6, 30)} pers\n"
        f"G2 Est. property loss {amount(r)}   contents {amount(r)}\n")
    fn, ln, mi = name_parts(r)
    d.f("K1 Person/entity involved: {@n}\n   Phone {@ph}   Address: {@same}\n", n=P(f"{ln.upper()}, {fn.upper()} {mi}"),
        ph=PH(phone(r)), same="SAME AS INCIDENT" if maybe(r) else "")
    if maybe(r, 0.4):
        b = us_addr(r)
        d.f("K2 Owner: {@o}  {@a}\n", o=ch(r, ["MAIN STREET PROPERTIES LLC", "HOLLYHOCK APARTMENTS LP", "BEN & JERRY'S FRANCHISE #" + dg(r, 3)]),
            a=ADR(addr_line(b, r, caps=True)))
    d.t(f"L  Remarks: {ch(r, ['Kitchen fire confined to cooking vessel.', 'Dryer vent fire, lint. Occupant self-evacuated.', 'Smoke detector activation, burnt food, no fire.', 'Vehicle fire in driveway, ' + ch(r, ['FORD EXPLORER', 'KENWORTH T880']) + ' VIN ' + vin(r) + '.'])}\n")
    d.f("M  Officer in charge: {@o}  ID {@id}   Member making report: {@m}  Date {@dt}\n",
        o=P(person(r, style=ch(r, ["full", "init"]))), id=dg(r, 4), m=P(person(r, style="full")),
        dt=DT(fdate(r, later(t, r, 200, 2000).date(), "en", "us")))
    return d


def k_police_incident(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r)
    off = person(r, style="full")
    d.f("EASTGATE POLICE DEPARTMENT -- INCIDENT REPORT\nCase No.: {@c}    Offense: {@o}\n", c=case_no(r),
        o=ch(r, ["Burglary - residential", "Theft from vehicle", "Criminal mischief", "Assault 3rd degree", "Trespass"]))
    d.f("Occurred: {@a} to {@b}\nReported: {@c}\n", a=DT(fdt(r, t - _dt.timedelta(hours=r.randint(2, 20)), "en")),
        b=DT(fdt(r, t - _dt.timedelta(hours=1), "en")), c=DT(fdt(r, t, "en")))
    d.f("Location: {@a}\n\nReporting party: {@rp}, ", a=ADR(addr_line(a, r)), rp=P(person(r, style=ch(r, ["full", "mid", "lastfirst"]))))
    d.f("DOB {@dob}, cell {@ph}", dob=DOB(fdate(r, rdob(r, 1940, 2004), "en", "us")), ph=PH(phone(r)))
    if maybe(r, 0.4):
        d.f(", email {@e}", e=EM(email(r)))
    d.t("\n\nNARRATIVE\n")
    d.f("On the above date I, Ofc. {@o} #{@b}, responded to a report of {@w}. ", o=P(off), b=dg(r, 4),
        w=ch(r, ["a forced rear door", "a broken vehicle window", "a disturbance"]))
    sfn, sln, smi = name_parts(r)
    d.f("The RP stated a person later identified as {@s} (DOB {@dob}) was seen leaving in a {@car}, plate {@pl}, "
        "VIN {@v}. ", s=P(f"{sfn} {smi}. {sln}" if maybe(r) else f"{sfn} {sln}"),
        dob=DOB(fdate(r, rdob(r, 1960, 2005), "en")), car=ch(r, ["gray Ford Explorer", "white Kenworth T880 tractor", "red Harley-Davidson"]),
        pl=plate(r), v=vin(r))
    d.f("{@s} was contacted at {@a} and produced {@st} DL {@dl}. ", s=P(f"{sln}" if maybe(r) else f"{sfn} {sln}"),
        a=ADR(addr_line(us_addr(r), r)), st=LOC(ch(r, ["Colorado", "Ohio", "Texas", "Washington"])),
        dl=DLN(dl_no(r)))
    d.t(f"Stolen items: {ch(r, ['Dewalt drill', 'laptop (serial ' + rs(r, 10, UPDIG) + ')', 'catalytic converter'])}, "
        f"est. value {amount(r)}. Evidence item #{dg(r, 6)} logged. {ch(r, ['Body cam ' + rs(r, 6, UPDIG) + ' active.', 'No BWC footage.'])}\n")
    d.f("\nWitness: {@w}, {@ph}\nReporting officer: {@o}   Approved: Sgt. {@sg} {@dt}\n", w=P(person(r)), ph=PH(phone(r)),
        o=P(off), sg=P(person(r, style="last")), dt=DT(fdate(r, (t + _dt.timedelta(days=1)).date(), "en")))
    return d


def k_accident_report(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r)
    d.f("STATE TRAFFIC CRASH REPORT   Agency ORI {@o}   Report # {@c}\n", o=f"{a['region']}{dg(r, 5)}00", c=case_no(r))
    d.f("Crash date/time: {@dt}   County: {@cty}   Hit & run: N\n", dt=DT(fdt(r, t, "en")), cty=LOC(ch(r, ["Arapahoe County", "Pierce County", "Montgomery County", "Ada County"])))
    d.f("Location: in front of {@a}\nWeather: {@w}   Light: {@l}   Road: {@rd}\n", a=ADR(addr_line(a, r)),
        w=ch(r, ["clear", "rain", "snow"]), l=ch(r, ["daylight", "dark-lighted"]), rd=ch(r, ["dry", "wet", "icy"]))
    d.t("\n" + f"{'':<16}{'UNIT 1':<34}UNIT 2\n")
    rows = []
    drivers = []
    for _ in range(2):
        fn, ln, mi = name_parts(r)
        st = ch(r, ["CO", "CA", "NY", "TX", "WA"])
        drivers.append({"name": f"{ln.upper()}, {fn.upper()} {mi}", "dob": fdate(r, rdob(r, 1945, 2007), "en", "us"),
                        "dl": dl_no(r, st), "st": st, "ph": phone(r, intl=False), "plate": plate(r), "veh": ch(r, ["2019 FORD EXPLORER", "2015 HONDA CIVIC", "2021 TOYOTA RAV4", "2008 KENWORTH T880"])})
    for label, key, typ in [("Driver", "name", "PERSON"), ("DOB", "dob", "DATE_OF_BIRTH"), ("DL number", "dl", "DRIVER_LICENSE"),
                            ("DL state", "st", "LOCATION"), ("Phone", "ph", "PHONE_NUMBER"), ("Vehicle", "veh", None),
                            ("Plate", "plate", None)]:
        d.t(f"{label:<16}")
        v1 = drivers[0][key]
        if typ:
            d.e(v1, typ)
        else:
            d.t(v1)
        d.t(" " * max(1, 34 - len(v1)))
        if typ:
            d.e(drivers[1][key], typ)
        else:
            d.t(drivers[1][key])
        d.t("\n")
    d.t(f"Insurer         {ch(r, ['Progressive', 'State Farm', 'GEICO', 'Allstate'])}{' ' * 20}{ch(r, ['Liberty Mutual', 'Farmers', 'USAA'])}\n")
    tow = ch(r, ["Joe's Towing", "Big Al's Recovery", "Smith & Sons Wrecker"])
    d.t(f"\nContributing factors: {ch(r, ['failed to yield', 'following too closely', 'speed too fast for conditions'])}. "
        f"Unit 2 towed by {tow}.\n")
    d.f("Injured: 1 (possible), transported by {@u} to {@h}.\nInvestigating officer: {@o}, badge {@b}\n",
        u=ch(r, UNITS), h=ch(r, HOSPITALS), o=P(person(r, style=ch(r, ["init", "full"]))), b=dg(r, 4))
    return d


def k_booking_sheet(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, mi = name_parts(r)
    a = us_addr(r)
    d.t("SUMMIT COUNTY DETENTION -- BOOKING SHEET\n")
    d.f("Booking #: {@b}        Arrest #: {@a}\n", b=f"B{t.year}{dg(r, 6)}", a=case_no(r))
    rows = [("Name (L, F M)", P(f"{ln.upper()}, {fn.upper()} {mi}")),
            ("AKA", P(ch(r, [f"{fn[0]}. {ln}", f"{given(r)} {ln}", fn.upper()]))),
            ("DOB", DOB(fdate(r, rdob(r, 1955, 2005), "en", "us"))),
            ("SSN", (ssn(r), "US_SSN")),
            ("DL / State", None),
            ("State ID (SID)", bad_ssn(r)),
            ("Home address", ADR(addr_line(a, r))),
            ("Phone", PH(phone(r))),
            ("Employer", ch(r, ["Home Depot", "McDonald's", "Dollar General", "self-employed", "Tyler Technologies"])),
            ("Height/Weight", f"{r.randint(5, 6)}'{r.randint(0, 11)}\" / {r.randint(110, 280)} lb"),
            ("Emergency contact", None),
            ("Arrest date/time", DT(fdt(r, t, "en"))),
            ("Arresting officer", P(person(r, style="init"))),
            ("Charges", ch(r, ["42-4-1301(1)(a) DUI", "18-4-203 Burglary 2", "18-3-204 Assault 3"])),
            ("Property", f"cash {amount(r)}, {ch(r, ['Samsung phone', 'iPhone 13', 'wallet'])}, keys"),
            ("Vehicle", f"plate {plate(r)}, towed to impound lot {r.randint(1, 4)}")]
    for lab, v in rows:
        d.t(f"{lab + ':':<20}")
        if lab == "DL / State":
            st = ch(r, ["CO", "CA", "NY", "TX"])
            d.e(dl_no(r, st), "DRIVER_LICENSE").t(" / ").e(st, "LOCATION")
        elif lab == "Emergency contact":
            d.e(person(r, style="full"), "PERSON").t(f" ({ch(r, ['mother', 'sister', 'partner'])}) ").e(phone(r), "PHONE_NUMBER")
        elif isinstance(v, tuple):
            d.e(*v)
        else:
            d.t(v)
        d.t("\n")
    d.t(f"BAC: {r.randint(0, 30) / 100:.3f}   Prior SSN on file: {masked_ssn(r)}\n")
    return d


def k_bolo(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, mi = name_parts(r)
    a = us_addr(r)
    d.t(f"*** BOLO / ATTEMPT TO LOCATE -- {ch(r, ['CRITICAL MISSING', 'ENDANGERED ADULT', 'SILVER ALERT', 'RUNAWAY JUVENILE'])} ***\n")
    d.f("Subject: {@n}\nDOB: {@dob}   Sex: {@s}   Ht: {@h}   Wt: {@w}\n", n=P(f"{fn} {mi}. {ln}".upper() if maybe(r) else f"{fn} {ln}"),
        dob=DOB(fdate(r, rdob(r, 1930, 2012), "en")), s=ch(r, "MF"), h=f"{r.randint(4, 6)}'{r.randint(0, 11)}\"",
        w=r.randint(70, 260))
    d.f("Last seen: {@dt} near {@a}", dt=DT(fdt(r, t, "en")), a=ADR(addr_line(a, r)))
    if maybe(r):
        if maybe(r, 0.3):
            d.f(", possibly heading toward the {@c}", c=LOC(ch(r, REGIONS)))
        else:
            d.f(", possibly heading toward {@c}", c=LOC(ch(r, [city_st(r), ch(r, ["Canada", "Mexico"])])))
    d.t(".\n")
    d.t(f"Clothing: {ch(r, ['blue Carhartt jacket', 'gray hoodie, jeans', 'red Nike shoes, black coat'])}. "
        f"Condition: {ch(r, ['dementia, may be confused', 'diabetic without insulin', 'no known conditions'])}.\n")
    if maybe(r, 0.6):
        d.t(f"Vehicle: {ch(r, ['2012 Buick LaCrosse', 'silver Ford Explorer', 'green Subaru Outback'])}, plate {plate(r)}, VIN {vin(r)}.\n")
    d.f("Case # {@c}. Contact: Det. {@det} {@ph} or dispatch {@ph2}.\nPhoto: {@u}\n", c=case_no(r),
        det=P(person(r, style="full")), ph=PH(phone(r)), ph2=PH(phone(r)), u=URL(url(r)))
    d.t(f"Entered NCIC {ch(r, ['yes', 'pending'])}  MNU {ch(r, ['CM', 'EME', 'JUV'])}  ORI {ch(r, UP)}{ch(r, UP)}{dg(r, 7)}\n")
    return d


def k_sar_log(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, _ = name_parts(r)
    a = us_addr(r)
    d.f("LAKESHORE SEARCH & RESCUE -- MISSION LOG   Mission {@m}\n", m=f"{t.year}-{dg(r, 3)}")
    d.f("Subject: {@n}, {@age} y/o, {@desc}\nPLS: {@pls} (trailhead parking), near {@loc}\n",
        n=P(f"{fn} {ln}"), age=r.randint(12, 80), desc=ch(r, ["hiker, solo", "hunter", "mushroom forager", "trail runner"]),
        pls=latlon(r), loc=LOC(ch(r, [f"{a['city']}, {a['region']}", a["region_long"]])))
    d.f("RP: {@rp} ({@rel}) {@ph}\n\n", rp=P(person(r, style=ch(r, ["full", "first"]))), rel=ch(r, ["spouse", "friend", "parent"]),
        ph=PH(phone(r)))
    ents = [
        lambda: ["Callout via ", ch(r, ["Active911", "D4H"]), "; ", str(r.randint(8, 30)), " members available"],
        lambda: ["IC ", P(person(r, style="full")), " establishes ICP at trailhead"],
        lambda: ["Team 2 (", P(person(r, style="last")), ", ", P(person(r, style="last")), ") assigned seg B-4, hasty search"],
        lambda: ["Subject's phone last ping ", str(r.randint(2, 9)), " hrs prior, sector ", dg(r, 3)],
        lambda: ["K9-3 handler ", P(person(r, style="first")), " reports scent article from vehicle"],
        lambda: ["Weather: ", str(r.randint(20, 60)), "F, overcast, sunset at ", DT(ftime(r, r.randint(17, 20), r.randint(0, 59), "en", "ampm"))],
        lambda: ["Air 1 requested from ", ch(r, AGENCIES[:6]), ", ETA 40 min"],
    ]
    for e in r.sample(ents, r.randint(4, len(ents))):
        t = later(t, r, 5, 55)
        d.t(f"{t.strftime('%H%M')}  ")
        for p in e():
            d.e(*p) if isinstance(p, tuple) else d.t(p)
        d.t("\n")
    f = later(t, r, 60, 400)
    d.f("\nSubject located {@dt}, ambulatory, mild hypothermia; released to family. Mileage {@m}, {@h} person-hours.\n",
        dt=DT(fdt(r, f, "en")), m=r.randint(20, 200), h=r.randint(20, 300))
    return d


def k_fire_inspection(r):
    d = Doc("en")
    t = rdate(r)
    a = us_addr(r)
    biz = ch(r, ["Oak Street Bakery", "Main Street Medical Supply", "Sunset Blvd Storage", "Wendy's #" + dg(r, 4),
                 "Trader Joe's", "Maple Avenue Dental Group", "Peachtree Pointe Apartments"])
    d.t("FIRE PREVENTION BUREAU -- INSPECTION REPORT\n")
    d.f("Occupancy: {@b}   Permit # {@p}   Occ. class: {@c}\nAddress: {@a}\n", b=biz, p=f"FP-{dg(r, 6)}",
        c=ch(r, ["B", "M", "R-2", "S-1", "A-2"]), a=ADR(addr_line(a, r)))
    d.f("Contact: {@n}, {@role}   Tel {@ph}   Email {@e}\n", n=P(person(r, style=ch(r, ["full", "mid"]))),
        role=ch(r, ["owner", "property manager", "store manager"]), ph=PH(phone(r)), e=EM(email(r)))
    d.f("Inspection date: {@d}   Inspector: {@i}\n\n", d=DT(fdate(r, t, "en")), i=P(person(r, style="init")))
    d.t(f"{'Code':<12}{'Violation':<46}Status\n")
    for _ in range(r.randint(2, 5)):
        code, v = ch(r, [("IFC 906.1", "Portable extinguisher missing/expired tag"), ("IFC 1031.2", "Exit obstructed by storage"),
                         ("IFC 605.5", "Extension cords used as permanent wiring"), ("NFPA 72 14.4", "Alarm test overdue"),
                         ("IFC 315.3.1", "Storage within 18 in. of sprinkler heads"), ("IFC 1008.3", "Emergency lighting failed test")])
        d.t(f"{code:<12}{v:<46}{ch(r, ['OPEN', 'CORRECTED', 'OPEN'])}\n")
    re_d = t + _dt.timedelta(days=r.randint(14, 45))
    d.f("\nReinspection scheduled {@d}. Fee {@f} due within 30 days (invoice {@inv}).\n",
        d=DT(fdt(r, _dt.datetime(re_d.year, re_d.month, re_d.day, r.randint(8, 15), ch(r, [0, 30])), "en")),
        f=amount(r), inv=f"INV-{dg(r, 7)}")
    return d


def k_aar(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r)
    ex = ch(r, ["Operation Silver Tide (full-scale MCI exercise)", "Spring Creek Flood response",
                "Hollyhock Apartments 3-alarm fire", "Regional CAD outage"])
    d.t(f"AFTER-ACTION REPORT / IMPROVEMENT PLAN\n{ex}\n\n1. OVERVIEW\n")
    d.f("On {@dt} the {@ag} responded to {@what} at {@a}. ", dt=DT(fdt(r, t, "en", weekday=maybe(r, 0.4))),
        ag=ch(r, AGENCIES[:6]), what=ch(r, ["a reported structure collapse", "a multi-vehicle pileup", "a simulated active-shooter event"]),
        a=ADR(addr_line(a, r)))
    d.f("Mutual aid arrived from {@c1} and {@c2}. Incident Commander was Battalion Chief {@ic}; "
        "Operations Section Chief {@ops}.\n", c1=LOC(city_st(r)), c2=LOC(city_st(r)), ic=P(person(r, style="full")),
        ops=P(person(r, style=ch(r, ["full", "init"]))))
    d.t(f"Total patients: {r.randint(3, 60)} ({r.randint(1, 9)} red / {r.randint(3, 20)} yellow / {r.randint(5, 30)} green). "
        f"Time to last patient transported: {r.randint(35, 190)} minutes. Cost estimate {amount(r)}.\n\n2. STRENGTHS\n")
    d.t("- Unified command established within 12 minutes.\n- Triage tags (Disaster Management Systems) used consistently.\n")
    d.t(f"\n3. AREAS FOR IMPROVEMENT\n- Radio interoperability: {ch(r, BRANDS[4:5])} firmware {version(r)} could not patch to 8TAC92.\n"
        "- Hospital notifications delayed; EMResource not updated until 2 hours in.\n")
    d.f("- Family reunification center at {@loc} lacked signage.\n", loc=LOC(city_st(r)) if maybe(r) else "the high school")
    d.t("\n4. IMPROVEMENT PLAN\n")
    d.t(f"{'Action':<44}{'Owner':<24}Due\n")
    for act in r.sample(["Update MCI annex", "Radio cache re-programming", "Joint PIO training", "Re-stock MCI trailer",
                         "CAD failover drill"], 3):
        d.t(f"{act:<44}")
        o = person(r, style=ch(r, ["full", "init"]))
        d.e(o, "PERSON")
        d.t(" " * max(1, 24 - len(o)))
        d.e(fdate(r, rdate(r, t.year, t.year + 1), "en", "us"), "DATE_TIME")
        d.t("\n")
    d.f("\nPOC: {@p}, {@e}, {@ph}\nShared folder: {@u}\n", p=P(person(r, style="full")), e=EM(email(r)), ph=PH(phone(r)),
        u=URL(url(r, "share.tricountyfire.example.org")))
    return d


def k_mci_table(r):
    d = Doc("en")
    t = rdt(r)
    d.f("MCI PATIENT TRACKING -- {@inc} -- Transport Officer {@to}\n", inc=incident_no(r, t.year), to=P(person(r, style="last")))
    d.t(f"{'Tag#':<9}{'Cat':<5}{'Name':<26}{'Age':<5}{'DOB':<12}{'Dest':<24}{'Unit':<10}Out\n")
    for _ in range(r.randint(4, 9)):
        t = later(t, r, 1, 8)
        tag = f"{ch(r, 'ABCDE')}{dg(r, 6)}"
        cat = ch(r, ["RED", "YEL", "GRN", "GRN", "BLK"])
        d.t(f"{tag:<9}{cat:<5}")
        if maybe(r, 0.2):
            nm = ch(r, ["UNK MALE", "UNK FEMALE", "UNK CHILD"])
            d.t(f"{nm:<26}")
        else:
            fn, ln, _ = name_parts(r)
            nm = f"{ln.upper()}, {fn.upper()}" if maybe(r) else f"{fn} {ln}"
            nm = nm[:25].rstrip(" ,")
            d.e(nm, "PERSON")
            d.t(" " * max(1, 26 - len(nm)))
        age = r.randint(1, 90)
        d.t(f"{age:<5}")
        if maybe(r, 0.6):
            dd = fdate(r, rdob(r), "en", "us")
            d.e(dd, "DATE_OF_BIRTH")
            d.t(" " * (12 - len(dd)))
        else:
            d.t(f"{'--':<12}")
        dest = ch(r, HOSPITALS)[:22]
        d.t(f"{dest:<24}{ch(r, UNITS[:8])[:9]:<10}{t.strftime('%H:%M')}\n")
    d.t(f"\nTotals: {r.randint(4, 9)} transported, {r.randint(0, 12)} treated & released. Board printed {t.strftime('%H:%M:%S')}\n")
    return d


def k_incident_csv(r):
    d = Doc("en")
    t = rdt(r)
    d.t("incident_no,call_received,nature,address,city,caller_name,caller_phone,units,disposition\n")
    for _ in range(r.randint(4, 8)):
        t = later(t, r, 5, 240)
        a = us_addr(r, caps=maybe(r, 0.4))
        d.t(f"{incident_no(r, t.year)},")
        d.e(t.strftime(ch(r, ["%Y-%m-%d %H:%M:%S", "%m/%d/%Y %H:%M"])), "DATE_TIME")
        d.t(f",{ch(r, ['FALL', 'SICK', 'MVA', 'FIRE ALARM', 'CHEST PAIN', 'ODOR INVEST'])},")
        street = a["street"]
        if "," in street:
            d.t('"').e(street, "ADDRESS").t('"')
        else:
            d.e(street, "ADDRESS")
        d.t(",").e(a["city"], "LOCATION").t(",")
        if maybe(r, 0.85):
            nm = person(r, style=ch(r, ["full", "caps", "lastfirst", "capslf"]))
            if "," in nm:
                d.t('"').e(nm, "PERSON").t('"')
            else:
                d.e(nm, "PERSON")
        d.t(",")
        if maybe(r, 0.8):
            d.e(phone(r, intl=False), "PHONE_NUMBER")
        d.t(f",{ch(r, UNITS[:8])}|{ch(r, UNITS[8:])},{ch(r, ['TRANSPORT', 'NO PT', 'CANCELLED', 'RFA'])}\n")
    return d


def k_transfer_request(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, mi = name_parts(r)
    d.t("INTERFACILITY TRANSFER REQUEST -- CRITICAL CARE TRANSPORT\n")
    d.f("Requested: {@dt}   Level: {@l}   Ref# {@ref}\n", dt=DT(fdt(r, t, "en")), l=ch(r, ["CCT", "ALS", "BLS", "NICU"]),
        ref=f"IFT-{dg(r, 6)}")
    d.f("Patient: {@n}   DOB {@dob}   Wt {@w} kg\nSending MRN: {@m}   Room {@rm}\n", n=P(f"{fn} {mi}. {ln}"),
        dob=DOB(fdate(r, rdob(r), "en")), w=r.randint(3, 140), m=MR(mrn(r)), rm=f"{r.randint(1, 6)}{dg(r, 2)}{ch(r, ['', 'A', 'B'])}")
    d.f("Primary ins: {@ins}  Policy/Member {@hp}  Group {@g}  Auth # {@au}\n", ins=ch(r, ["Aetna", "Humana Medicare", "Tricare", "Anthem BCBS"]),
        hp=HP(health_plan(r)), g=f"{dg(r, 6)}", au=f"PA{dg(r, 9)}")
    d.f("Sending: {@h1}, Dr. {@d1} (NPI {@n1}) tel {@p1}\n", h1=ch(r, HOSPITALS), d1=P(person(r, style=ch(r, ["full", "last"]))),
        n1=npi(r), p1=PH(phone(r)))
    d.f("Receiving: {@h2}, Dr. {@d2} accepting, bed {@bed}, charge RN {@rn} tel {@p2} fax {@fx}\n", h2=ch(r, HOSPITALS),
        d2=P(person(r, style="full")), bed=f"{ch(r, ['CVICU', 'PICU', 'NSICU'])}-{r.randint(1, 30)}", rn=P(person(r, style="first")),
        p2=PH(phone(r)), fx=PH(phone(r)))
    pu = later(t, r, 40, 200)
    d.f("Dx: {@dx}  Drips: {@dr}\nPickup: {@pu}   Vent: {@v}\n", dx=ch(r, ICD), dr=", ".join(r.sample(DRUGS[:10], 2)),
        pu=DT(fdt(r, pu, "en")), v=ch(r, ["AC 450/16/+5/40%", "none", "BiPAP 12/6"]))
    if maybe(r, 0.4):
        d.t(f"Mode: fixed-wing, {ch(r, ['BOI', 'PDX', 'ABQ', 'TUL'])} -> {ch(r, ['DEN', 'SEA', 'SLC', 'DFW'])}, ground legs by {ch(r, UNITS[:8])}.\n")
    d.t(f"Medical necessity: {ch(r, ['requires cardiac cath not available at sending', 'neurosurgical eval', 'higher level of care'])}. "
        f"HCPCS {ch(r, HCPCS)}. Est. charge {amount(r)}.\n")
    return d


def k_refusal_form(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r)
    d.t("PATIENT REFUSAL OF TREATMENT / TRANSPORT (AMA)\n\n")
    d.f("Patient name: {@n}            Date of birth: {@dob}\n", n=P(person(r, style=ch(r, ["full", "mid"]))),
        dob=DOB(fdate(r, rdob(r, 1930, 2006), "en", "us")))
    d.f("Address: {@a}\nPhone: {@ph}\n\n", a=ADR(addr_line(a, r)), ph=PH(phone(r)))
    d.t("I, the undersigned, have been advised that medical assistance on my behalf is necessary and that refusal "
        "may result in death or serious injury. [x] Decision-making capacity assessed (A&Ox4, GCS 15).\n"
        f"Risks explained: {ch(r, ['stroke', 'MI', 'internal bleeding', 'hypoglycemia recurrence'])}. Advised to call 911 if worse.\n\n")
    d.f("Patient signature: ______________   Date/Time: {@dt}\n", dt=DT(fdt(r, t, "en")))
    d.f("Witness: {@w}  ({@rel})\n", w=P(person(r, style="full")), rel=ch(r, ["spouse", "neighbor", "police officer", "bystander"]))
    d.f("EMS provider: {@m}, NREMT-P #{@c}   Unit {@u}   PCR {@p}\n", m=P(person(r, style=ch(r, ["full", "init"]))),
        c=f"P{dg(r, 7)}", u=ch(r, UNITS[:8]), p=incident_no(r, t.year))
    d.t(f"Online medical control: {ch(r, ['not contacted', 'contacted, concurs'])}. Vitals x2 documented.\n")
    return d


def k_qa_review(r):
    d = Doc("en")
    t = rdt(r)
    ct = person(r, style="full")
    d.f("To: {@e1}\nCc: {@e2}\nSubject: EMD QA review - call {@i}\n\n", e1=EM(email(r)), e2=EM(role_email(r)),
        i=incident_no(r, t.year))
    d.f("{@n},\n\n", n=P(ct.split()[0]))
    d.f("Your call on {@dt} ({@cc}) was randomly selected for review. Compliance score: {@s}% "
        "(accreditation threshold 90%).\n\n", dt=DT(fdt(r, t, "en")), cc=ch(r, EMD), s=r.randint(72, 100))
    d.t(f"{'Section':<28}{'Score':<8}Comment\n")
    for sec, cm in r.sample([("Case Entry", "address verified, callback verified"), ("Key Questions", "KQ3 skipped"),
                             ("Pre-Arrival Instr.", "CPR instructions timely"), ("Final Coding", f"coded {ch(r, EMD)}"),
                             ("Customer Service", "calm, professional")], 4):
        d.t(f"{sec:<28}{r.randint(60, 100):<8}{cm}\n")
    d.t(f"\nTime to dispatch: {r.randint(40, 140)} s. Audio reviewed in {ch(r, ['NICE Inform', 'Eventide NexLog'])} {version(r)}.\n")
    d.f("Please sign the review by {@dt}. Thanks,\n{@q}\nQA/QI Coordinator, Valley Regional Dispatch\n{@ph}\n",
        dt=DT(fdate(r, (t + _dt.timedelta(days=10)).date(), "en")), q=P(person(r, style="full")), ph=PH(phone(r)))
    return d


def k_hl7_adt(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r, caps=True)
    d.f("MSH|^~\\&|CADLINK|{@f}|EPIC|ED|{@ts}||ADT^A04|{@cid}|P|2.5.1\n", f=ch(r, ["NSEMS", "TCFA", "HDF"]),
        ts=t.strftime("%Y%m%d%H%M%S"), cid=f"MSG{dg(r, 8)}")
    d.f("EVN|A04|{@ts}\n", ts=t.strftime("%Y%m%d%H%M"))
    d.f("PID|1||{@m}^^^MRGH^MR||{@n}||{@dob}|{@s}|||{@a}||{@ph}|||{@ms}||{@acct}|{@ssn}\n",
        m=MR(mrn(r)), n=P(hl7_name(r)), dob=DOB(rdob(r).strftime("%Y%m%d")), s=ch(r, "MF"),
        a=ADR(f"{a['street']}^^{a['city']}^{a['region']}^{a['zip']}"), ph=PH(phone(r, intl=False)),
        ms=ch(r, "SMDW"), acct=AC(f"{dg(r, 9)}"), ssn=(ssn(r), "US_SSN") if maybe(r, 0.5) else "")
    arr = later(t, r, 0, 5)
    d.f("PV1|1|E|ED^{@bay}^01||||{@npi}^{@doc}|||||||||||{@vn}|||||||||||||||||||||||||{@adm}\n",
        bay=f"B{r.randint(1, 30)}", npi=npi(r), doc=P(hl7_name(r)), vn=f"V{dg(r, 9)}", adm=DT(arr.strftime("%Y%m%d%H%M")))
    d.f("NK1|1|{@n}|{@rel}|||{@ph}\n", n=P(hl7_name(r)), rel=ch(r, ["SPO^Spouse", "MTH^Mother", "CHD^Child"]),
        ph=PH(phone(r, intl=False)))
    if maybe(r, 0.8):
        d.f("IN1|1|{@plan}|{@pid}|{@ins}|||||{@grp}||||||||{@n}|{@rel}|{@dob}|||||||||||||||||||{@hp}\n",
            plan=ch(r, ["MCR^Medicare", "BCBS^BlueCross", "AET^Aetna"]), pid=dg(r, 5), ins=ch(r, ["MEDICARE PART B", "BLUE CROSS", "AETNA"]),
            grp=dg(r, 6), n=P(hl7_name(r)), rel=ch(r, ["01", "18"]), dob=DOB(rdob(r, 1940, 2000).strftime("%Y%m%d")),
            hp=HP(health_plan(r)))
    d.f("OBX|1|TX|{@l}^Chief complaint^LN||{@cc}||||||F\n", l=ch(r, ["8661-1", "10154-3"]),
        cc=ch(r, ["MVC restrained driver", "FALL FROM LADDER", "CHEST PAIN", "OD - NARCAN X2 BY EMS"]))
    return d


def k_fhir_bundle(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, mi = name_parts(r)
    a = us_addr(r)
    d.f('{\n  "resourceType": "Bundle",\n  "id": "{@id}",\n  "type": "transaction",\n  "entry": [{\n'
        '    "resource": {\n      "resourceType": "Patient",\n      "meta": {"lastUpdated": "{@lu}"},\n',
        id=uuid4(r), lu=t.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
    d.f('      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.{@o}", "type": {"text": "MRN"}, "value": "{@m}"}],\n',
        o=dg(r, 4), m=MR(mrn(r)))
    d.f('      "name": [{"use": "official", "family": "{@l}", "given": ["{@f}"{@m}]}],\n', l=P(ln), f=P(fn),
        m=None)
    d.t('      "telecom": [')
    d.f('{"system": "phone", "value": "{@ph}", "use": "mobile"}', ph=PH(phone(r)))
    if maybe(r):
        d.f(', {"system": "email", "value": "{@e}"}', e=EM(email(r, fn, ln)))
    d.f('],\n      "gender": "{@g}",\n      "birthDate": "{@dob}",\n', g=ch(r, ["male", "female", "unknown"]),
        dob=DOB(rdob(r).isoformat()))
    d.f('      "address": [{"line": ["{@s}"], "city": "{@c}", "state": "{@st}", "postalCode": "{@z}", "country": "US"}]\n',
        s=ADR(a["street"]), c=LOC(a["city"]), st=LOC(a["region"]), z=a["zip"])
    d.t('    }\n  }, {\n    "resource": {\n      "resourceType": "Encounter",\n      "status": "arrived",\n'
        '      "class": {"code": "EMER"},\n')
    d.f('      "period": {"start": "{@s}"},\n', s=DT(iso_dt(later(t, r, 0, 30))))
    d.f('      "participant": [{"individual": {"display": "{@doc}"}}],\n', doc=P(person(r, style="full")))
    d.f('      "hospitalization": {"origin": {"display": "{@u}"}, "admitSource": {"text": "ambulance"}},\n',
        u=ch(r, UNITS) + " / " + ch(r, AGENCIES[:6]))
    d.f('      "reasonCode": [{"coding": [{"system": "{@u}", "code": "{@c}"}]}]\n',
        u=URL("http://hl7.org/fhir/sid/icd-10-cm"), c=ch(r, ICD))
    d.t("    }\n  }]\n}\n")
    return d


def k_x12_837(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r, caps=True)
    fn, ln, mi = name_parts(r)
    d.f("ISA*00*          *00*          *ZZ*{@s}*ZZ*{@rcv}*{@d}*{@tm}*^*00501*{@ctl}*0*P*:~\n",
        s=f"{rs(r, 8, UPDIG):<15}", rcv=f"{'MEDICARE':<15}", d=t.strftime("%y%m%d"), tm=t.strftime("%H%M"), ctl=dg(r, 9))
    d.f("GS*HC*{@s}*{@rc}*{@d}*{@tm}*{@c}*X*005010X222A1~\nST*837*0001*005010X222A1~\n",
        s=rs(r, 8, UPDIG), rc="MCR", d=t.strftime("%Y%m%d"), tm=t.strftime("%H%M"), c=dg(r, 4))
    d.f("NM1*85*2*{@org}*****XX*{@npi}~\n", org=ch(r, ["RIVERBEND AMBULANCE CO", "NORTHSIDE EMS", "TRI-COUNTY FIRE AUTHORITY"]), npi=npi(r))
    d.t(f"REF*EI*{dg(r, 2)}-{dg(r, 7)}~\n")
    d.f("NM1*IL*1*{@l}*{@f}*{@m}***MI*{@hp}~\n", l=P(ln.upper()), f=P(fn.upper()), m=mi, hp=HP(health_plan(r)))
    d.f("N3*{@s}~\nN4*{@c}*{@st}*{@z}~\n", s=ADR(a["street"]), c=LOC(a["city"]), st=LOC(a["region"]), z=a["zip"])
    d.f("DMG*D8*{@dob}*{@g}~\n", dob=DOB(rdob(r, 1930, 1960).strftime("%Y%m%d")), g=ch(r, "MF"))
    d.f("CLM*{@c}*{@amt}***41:B:1*Y*A*Y*Y~\n", c=f"{dg(r, 10)}", amt=f"{r.randint(400, 3200)}.{dg(r, 2)}")
    d.t(f"REF*D9*{dg(r, 12)}~\nCR1*LB*{r.randint(90, 300)}*A*A*DH*{r.randint(2, 40)}~\nHI*ABK:{ch(r, ICD).replace('.', '')}~\n")
    d.f("LX*1~\nSV1*HC:{@h}:RH*{@a}*UN*1***1~\nDTP*472*D8*{@d}~\n", h=ch(r, HCPCS), a=f"{r.randint(400, 2000)}",
        d=DT(t.strftime("%Y%m%d")))
    d.t(f"LX*2~\nSV1*HC:A0425:RH*{r.randint(10, 40)}*UN*{r.randint(2, 30)}***1~\nSE*{r.randint(20, 40)}*0001~\nGE*1*{dg(r, 4)}~\nIEA*1*{dg(r, 9)}~\n")
    return d


def k_billing_letter(r):
    d = Doc("en")
    t = rdate(r)
    a = us_addr(r)
    fn, ln, mi = name_parts(r)
    d.t("RIVERBEND AMBULANCE CO.  |  Billing Office\n")
    d.f("{@ret}\n\n", ret=ADR(po_box(r)))
    d.f("Statement date: {@sd}\n\n", sd=DT(fdate(r, t, "en", "long")))
    d.f("{@n}\n{@a}\n\n", n=P(f"{fn} {mi}. {ln}".upper() if maybe(r) else f"{fn} {ln}"), a=ADR(addr_block(a, r)))
    d.f("Patient account: {@acc}      Date of service: {@dos}\nIncident ref: {@inc}\n\n", acc=AC(account_no(r)),
        dos=DT(fdate(r, t - _dt.timedelta(days=r.randint(20, 90)), "en", "us")), inc=incident_no(r))
    d.f("Dear {@tt} {@n},\n\nOur records show a balance of {@bal} after payment from {@ins}. Please remit by {@due} or call "
        "{@ph} to set up a plan. Pay online at {@u}.\n\n", tt=ch(r, ["Mr.", "Ms.", "Mx."]), n=P(ln),
        bal=amount(r), ins=ch(r, ["Medicare", "Medicaid", "Cigna"]), due=DT(fdate(r, t + _dt.timedelta(days=30), "en", "long")),
        ph=PH(phone(r, "tollfree")), u=URL(url(r, "portal.northside-ems.example.com")))
    d.t("---------------- detach and return with payment ----------------\n")
    d.f("Account {@acc}   Amount enclosed $________\n[ ] Visa [ ] MC [ ] AmEx   Card no: {@cc}   Exp {@ex}   CVV ***\n",
        acc=AC(account_no(r)), cc=(card(r), "CREDIT_CARD"), ex=f"{r.randint(1, 12):02d}/{r.randint(26, 31)}")
    d.f("Cardholder signature: ____________   Daytime phone: {@ph}\n", ph=PH(phone(r)))
    if maybe(r, 0.6):
        d.t(f"Last payment received {amount(r)} -- confirmation no. {bad_card(r)}; thank you.\n")
    return d


def k_direct_deposit(r):
    d = Doc("en")
    t = rdate(r)
    a = us_addr(r)
    d.t("PINECREST VOLUNTEER FIRE DEPARTMENT\nMEMBER STIPEND -- DIRECT DEPOSIT AUTHORIZATION\n\n")
    d.f("Member name: {@n}        Member #: {@m}\nSSN: {@s}\nHome address: {@a}\nPhone: {@ph}   Email: {@e}\n\n",
        n=P(person(r, style=ch(r, ["full", "mid", "lastfirst"]))), m=f"PV-{dg(r, 4)}", s=(ssn(r, ch(r, ["-", "-", " "])), "US_SSN"),
        a=ADR(addr_line(a, r)), ph=PH(phone(r)), e=EM(email(r)))
    d.f("Bank name: {@b}\nRouting (ABA): {@rt}\nAccount number: {@acc}    [x] Checking  [ ] Savings\n",
        b=ch(r, ["First Interstate Bank", "Wells Fargo", "Navy Federal CU", "Ent Credit Union"]), rt=aba(r), acc=AC(dg(r, r.randint(8, 12))))
    d.t(f"Stipend rate: {amount(r)} per call; annual cap {amount(r)}. W-9 on file: yes ({r.randint(2019, 2024)}).\n")
    d.f("\nSignature: ______________   Date: {@d}\nApproved by: Treasurer {@tr}\n", d=DT(fdate(r, t, "en", "us")),
        tr=P(person(r, style="full")))
    d.t(f"Office use: batch {dg(r, 6)}, prior acct on file {masked_card(r).replace('ending in', 'ends')}\n")
    return d


def k_vcard(r):
    d = Doc("en")
    fn, ln, mi = name_parts(r)
    a = us_addr(r)
    d.t(f"From the On-Call Duty Officer roster ({ch(r, AGENCIES[:6])}) -- import into phone:\n\n")
    d.t("BEGIN:VCARD\nVERSION:3.0\n")
    d.f("N:{@n}\nFN:{@fn}\n", n=P(f"{ln};{fn};{mi}"), fn=P(f"{fn} {mi}. {ln}"))
    d.f("ORG:{@o};Operations\nTITLE:{@t}\n", o=ch(r, AGENCIES[:6]), t=ch(r, ["Battalion Chief", "EMS Supervisor", "Duty Officer"]))
    d.f("TEL;TYPE=CELL:{@p1}\nTEL;TYPE=WORK,VOICE:{@p2}\n", p1=PH(phone(r)), p2=PH(phone(r)))
    d.f("EMAIL;TYPE=INTERNET:{@e}\n", e=EM(email(r, fn, ln)))
    d.f("ADR;TYPE=HOME:;;{@a}\n", a=ADR(f"{a['street']};{a['city']};{a['region']};{a['zip']};USA"))
    if maybe(r, 0.7):
        d.f("BDAY:{@b}\n", b=DOB(rdob(r, 1960, 1998).isoformat()))
    d.f("NOTE:Radio ID {@rid}. Pager {@pg}.\nREV:{@rev}\nEND:VCARD\n", rid=dg(r, 7), pg=PH(phone(r)),
        rev=rdt(r).strftime("%Y%m%dT%H%M%SZ"))
    return d


def k_ics_invite(r):
    d = Doc("en")
    t = rdt(r)
    s = _dt.datetime(t.year, t.month, t.day, r.randint(8, 15), ch(r, [0, 30]))
    e = s + _dt.timedelta(hours=r.randint(2, 4))
    org_fn, org_ln = given(r), family(r)
    d.t("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    d.f("DTSTAMP:{@a}\nCREATED:{@b}\nLAST-MODIFIED:{@b}\n", a=t.strftime("%Y%m%dT%H%M%SZ"), b=(t - _dt.timedelta(days=2)).strftime("%Y%m%dT%H%M%SZ"))
    d.f("DTSTART;TZID=America/Denver:{@s}\nDTEND;TZID=America/Denver:{@e}\n", s=DT(s.strftime("%Y%m%dT%H%M%S")),
        e=DT(e.strftime("%Y%m%dT%H%M%S")))
    d.f("SUMMARY:Regional MCI Tabletop - Hospital Surge ({@v})\n", v=ch(r, ["HPP", "HSEEP", "Phase 2"]))
    a = us_addr(r)
    d.f("LOCATION:EOC Room B\\, {@a}\n", a=ADR(addr_line(a, r).replace(",", "\\,")))
    d.f("ORGANIZER;CN={@cn}:mailto:{@e}\n", cn=P(f"{org_fn} {org_ln}"), e=EM(email(r, org_fn, org_ln)))
    for _ in range(r.randint(1, 3)):
        fn, ln = given(r), family(r)
        d.f("ATTENDEE;ROLE=REQ-PARTICIPANT;CN={@cn}:mailto:{@e}\n", cn=P(f"{fn} {ln}"), e=EM(email(r, fn, ln)))
    d.f("DESCRIPTION:Join online: {@u}\\nMeeting ID: {@mid}\\nPasscode: {@pc}\\nDial-in: {@ph}\n",
        u=URL(f"https://{ch(r, ['tricountyfire', 'vrdispatch'])}.zoom.example.us/j/{dg(r, 11)}"), mid=f"{dg(r, 3)} {dg(r, 4)} {dg(r, 4)}",
        pc=PW(ch(r, [dg(r, 6), rs(r, 8), f"MCI{dg(r, 4)}"])), ph=PH(phone(r, intl=True)))
    d.f("UID:{@u}\nEND:VEVENT\nEND:VCALENDAR\n", u="040000008200E00074C5B7101A82E008" + rs(r, 40, "0123456789ABCDEF"))
    return d


def k_shift_email(r):
    d = Doc("en")
    t = rdt(r)
    fa, la = given(r), family(r)
    fb, lb = given(r), family(r)
    d.f("From: {@fa} <{@ea}>\nTo: {@fb} <{@eb}>\nDate: {@dt}\nSubject: B-shift handoff / staffing\n\n",
        fa=P(f"{fa} {la}"), ea=EM(email(r, fa, la)), fb=P(f"{fb} {lb}"), eb=EM(email(r, fb, lb)),
        dt=t.strftime("%a, %d %b %Y %H:%M:%S -0600"))
    d.f("{@n} --\n\n", n=P(fb))
    d.f("Quick handoff before I go off at {@tm}:\n", tm=DT(ftime(r, 7, 0, "en", ch(r, ["ampm", "mil"]))))
    d.f("- {@u} OOS, {@br}; shop says back {@dt}.\n", u=ch(r, UNITS[:8]), br=ch(r, ["AC compressor", "lift gate", "Stryker cot motor"]),
        dt=DT(fdate(r, (t + _dt.timedelta(days=r.randint(1, 6))).date(), "en")))
    d.f("- FF {@a} swapped with {@b} for {@dt}; OT sheet signed.\n", a=P(person(r, style="last")), b=P(person(r, style="full")),
        dt=DT(fdate(r, (t + _dt.timedelta(days=r.randint(1, 9))).date(), "en", "us")))
    d.f("- Family of the pt from last night's cardiac arrest ({@inc}) called -- daughter {@dn}, {@ph}. "
        "Wants to thank the crew; I told her I'd pass it on.\n", inc=incident_no(r, t.year),
        dn=P(person(r, style=ch(r, ["full", "first"]))), ph=PH(phone(r)))
    d.t(f"- Station 4 bay door sensor still faulty (ticket {ticket_no(r)}).\n\n")
    d.f("Cell is {@ph} if anything comes up.\n\n-- {@fa}\nCaptain, Station {@s}\n", ph=PH(phone(r)), fa=P(fa), s=r.randint(1, 9))
    return d


def nhs_number(r):
    while True:
        base = [r.randint(0, 9) for _ in range(9)]
        base[0] = r.randint(4, 9)
        c = 11 - sum(v * (10 - i) for i, v in enumerate(base)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, base)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def k_uk_ambulance(r):
    d = Doc("en")
    t = rdt(r)
    a = intl_addr(r, "gb")
    fn, ln, _ = name_parts(r, "gb")
    d.f("ePR HANDOVER -- {@trust}\nCAD ref {@c}   Callsign {@cs}   Cat {@cat}\n",
        trust=ch(r, ["North Western Ambulance Service NHS Trust", "Yorkshire Ambulance Service", "Welsh Ambulance Service"]),
        c=f"{t.strftime('%d%m%y')}-{dg(r, 4)}", cs=f"{ch(r, ['DA', 'RRV', 'HEMS'])}{r.randint(100, 999)}", cat=ch(r, ["1", "2", "3"]))
    dob = rdob(r, 1930, 2004)
    d.f("Patient: {@n}   NHS no. {@nhs}   DOB {@dob}\n", n=P(f"{ln.upper()}, {fn}" if maybe(r) else f"{fn} {ln}"),
        nhs=MR(nhs_number(r)), dob=DOB(fdate(r, dob, "gb", "num")))
    d.f("Home: {@a}\nNOK: {@nok} ({@rel}) {@ph}\nGP: Dr {@gp}, {@sur}\n\n", a=ADR(addr_line(a, r)), nok=P(person(r, "gb", "full")),
        rel=ch(r, ["wife", "son", "daughter", "carer"]), ph=PH(phone(r, "gb")), gp=P(person(r, "gb", "last")),
        sur=ch(r, ["Parkside Surgery", "Beech House Medical Practice", "The Elms Health Centre"]))
    d.t("ATMIST\n")
    d.f("A: {@age}  T: {@t}\n", age=f"{t.year - dob.year - 1} yrs", t=DT(ftime(r, t.hour, t.minute, "gb")))
    d.t(f"M: {ch(r, ['Fall down stairs', 'Pedal cyclist v car ~30 mph', 'Collapse at bus stop', 'Assault, struck with bottle'])}\n"
        f"I: {ch(r, ['#NOF L side, shortened & rotated', 'Head injury, GCS 13', 'Chest pain, STEMI on 12-lead', 'Laceration scalp 6 cm'])}\n"
        f"S: RR {r.randint(10, 32)} SpO2 {r.randint(88, 100)}% HR {r.randint(50, 140)} BP {r.randint(90, 180)}/{r.randint(50, 100)} "
        f"NEWS2 {r.randint(0, 12)}\n"
        f"T: {ch(r, ['Morphine 5 mg IV, Penthrox', 'GTN 400 mcg x2, aspirin 300 mg', 'Scoop, collar, O2 15 L NRB'])}\n\n")
    d.f("Conveyed to {@h}, handover to {@rn} at {@dt}.\nClinician: {@c} (HCPC PA{@hcpc})\n",
        h=ch(r, ["Royal Infirmary ED", "St Mary's Major Trauma Centre", "Queen Elizabeth Hospital"]),
        rn=P(person(r, "gb", ch(r, ["full", "first"]))), dt=DT(fdt(r, later(t, r, 20, 70), "gb")), c=P(person(r, "gb", "full")),
        hcpc=dg(r, 5))
    return d


def medicare_au(r):
    b = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(x * y for x, y in zip(b, w)) % 10
    s = "".join(map(str, b)) + str(c) + str(r.randint(1, 9))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def k_au_triple_zero(r):
    d = Doc("en")
    t = rdt(r)
    a = intl_addr(r, "au")
    d.f("TRIPLE ZERO (000) CALL RECORD -- {@svc}\nJob #{@j}  Priority {@p}\n", svc=ch(r, ["NSW Ambulance", "Ambulance Victoria", "QAS"]),
        j=f"{t.strftime('%y%m%d')}{dg(r, 4)}", p=ch(r, ["P1A", "P1", "P2", "P3"]))
    d.f("Time of call: {@dt}\nCaller: {@c}   Ph {@ph}\n", dt=DT(fdt(r, t, "gb")), c=P(person(r, "au")), ph=PH(phone(r, "au")))
    d.f("Incident address: {@a}\n", a=ADR(addr_line(a, r, caps=maybe(r, 0.4))))
    fn, ln, _ = name_parts(r, "au")
    d.f("Patient: {@n}, DOB {@dob}, Medicare {@mc}\n", n=P(f"{fn} {ln}"), dob=DOB(fdate(r, rdob(r), "gb", "num")),
        mc=HP(medicare_au(r)))
    cc, adv = ch(r, [("snake bite to lower leg, pressure bandage applied by caller", "keep pt still, do not wash bite site"),
                     ("near drowning, backyard pool", "commence CPR, neighbour fetching AED"),
                     ("heat exhaustion at cricket ground", "cool with water, move to shade"),
                     ("chest pain, known angina", "chew aspirin 300 mg if not allergic")])
    d.t(f"Chief complaint: {cc}\nAdvice given: {adv}.\n")
    d.f("Crew {@crew} dispatched {@tm}; paramedic {@pm} on scene. Transport to {@h}.\n", crew=f"{ch(r, ['MICA', 'Amb', 'ICP'])} {r.randint(1, 99)}",
        tm=DT(later(t, r, 1, 4).strftime("%H:%M")), pm=P(person(r, "au", ch(r, ["full", "init"]))),
        h=ch(r, ["Westmead Hospital", "Royal Melbourne", "Princess Alexandra Hospital"]))
    d.t(f"Rego of pt vehicle: {rs(r, 3, UP)}-{dg(r, 3)}. Ambulance cover: {ch(r, ['yes', 'no', 'unknown'])}.\n")
    return d


def k_utility_request(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r)
    d.f("URGENT -- UTILITY SHUT-OFF REQUEST (FIRE DEPARTMENT)\nTo: {@co} Emergency Desk   Fax {@fx}\n",
        co=ch(r, ["Xcel Energy", "Puget Sound Energy", "Black Hills Energy", "PG&E"]), fx=PH(phone(r)))
    d.f("From: {@n}, Fire Marshal's Office   Tel {@ph}\nDate/time: {@dt}\n\n", n=P(person(r, style=ch(r, ["full", "init"]))),
        ph=PH(phone(r)), dt=DT(fdt(r, t, "en")))
    d.f("Service address: {@a}\nCustomer of record: {@c}\nCustomer account #: {@acc}\nMeter # {@m}   Premise ID {@p}\n",
        a=ADR(addr_line(a, r)), c=P(person(r, style=ch(r, ["capslf", "full"]))), acc=AC(account_no(r)), m=f"{rs(r, 2, UP)}{dg(r, 8)}",
        p=dg(r, 9))
    d.t(f"Reason: {ch(r, ['structure fire, gas meter damaged', 'carbon monoxide readings 220 ppm in basement', 'service drop down across driveway'])}. "
        f"Incident {incident_no(r, t.year)}.\n")
    d.f("Do NOT restore until inspection is passed. Re-inspection request via {@u} or {@e}.\n",
        u=URL(url(r, "records.harborfire.example.org")), e=EM(role_email(r)))
    return d


def k_exposure_report(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln, mi = name_parts(r)
    d.t("EMPLOYEE INJURY / INFECTIOUS EXPOSURE REPORT (CONFIDENTIAL)\n\n")
    d.f("Employee: {@n}   Employee ID {@id}   Rank: {@rk}\nDOB: {@dob}   SSN (last 4 only): {@s4}\n",
        n=P(f"{fn} {mi}. {ln}"), id=dg(r, 5), rk=ch(r, ["FF/EMT", "Paramedic", "Lieutenant", "Engineer"]),
        dob=DOB(fdate(r, rdob(r, 1965, 2003), "en", "us")), s4=masked_ssn(r))
    d.f("Date/time of exposure: {@dt}\nIncident: {@i}   Unit: {@u}\n", dt=DT(fdt(r, t, "en")), i=incident_no(r, t.year),
        u=ch(r, UNITS[:8]))
    d.t(f"Type: {ch(r, ['needlestick (hollow bore, after IM ketamine)', 'blood splash to eyes', 'back strain lifting pt on stairs', 'smoke inhalation during overhaul'])}\n")
    d.f("Source patient MRN (for testing only): {@m}   Facility: {@h}\n", m=MR(mrn(r)), h=ch(r, HOSPITALS))
    d.f("Supervisor notified: Capt. {@c} at {@tm}\n", c=P(person(r, style="last")), tm=DT(ftime(r, later(t, r, 5, 40).hour, later(t, r).minute, "en")))
    d.f("Occupational health: {@oh}, {@ph}\nWorkers' comp claim # {@wc}   Carrier: {@car}\n", oh=P(person(r, style="full")),
        ph=PH(phone(r)), wc=f"WC{dg(r, 9)}", car=ch(r, ["Pinnacol Assurance", "The Hartford", "Travelers"]))
    d.f("Employee health plan member ID (for billing): {@hp}\n", hp=HP(health_plan(r)))
    d.t("PEP offered: yes, declined/accepted per employee. Follow-up labs at 6 wk, 3 mo, 6 mo.\n")
    return d


def k_cad_yaml_config(r):
    d = Doc("en")
    user = ch(r, ["cad_svc", "epcr_bridge", "avl_ingest", "nemsis_export"])
    d.t(f"# cad-bridge.yaml -- CAD -> ePCR interface ({version(r)})\n# owner: ")
    d.e(role_email(r), "EMAIL_ADDRESS")
    d.t("\nservice:\n  name: cad-epcr-bridge\n  listen: ")
    d.e(ipv4(r, "priv10"), "IP_ADDRESS")
    d.t(f":{ch(r, ['8443', '9000', '5000'])}\n  log_level: info\n\ndatabase:\n  dsn: postgres://{user}:")
    d.e(password(r), "PASSWORD").t("@")
    d.t(f"{ch(r, ['cad-db01', 'pg-epcr', 'sqlprod02'])}.internal:5432/cad\n  replica_password: {ch(r, ENV_REFS[:1] + ['${DB_REPLICA_PW}'])}\n\n")
    d.t("aws:\n  region: us-west-2\n  bucket: tcfa-epcr-attachments\n  access_key_id: ")
    d.e(aws_ak(r), "AWS_ACCESS_KEY").t("\n  secret_access_key: ")
    d.e(aws_sk(r), "AWS_SECRET_KEY").t("\n\nhospital_feeds:\n")
    for h in r.sample(["mercy", "stagnes", "goodsam", "westfield"], 2):
        d.t(f"  - name: {h}\n    endpoint: ")
        d.e(url(r, f"hie.{h}.example.org"), "URL")
        d.t("\n    host_ip: ")
        d.e(ip(r), "IP_ADDRESS")
        d.t(f"\n    api_key: ")
        if maybe(r, 0.6):
            d.e(generic_secret(r), "GENERIC_SECRET")
        else:
            d.t(ch(r, ENV_REFS))
        d.t("\n")
    d.t("smtp:\n  host: smtp.office365.example.com\n  user: ")
    d.e(role_email(r), "EMAIL_ADDRESS")
    d.t("\n  password: ")
    d.e(password(r), "PASSWORD")
    d.t(f"\n  notify: [{ch(r, ['oncall', 'noc'])}]\n# last rotated: see {ticket_no(r)}; build {sha(r, 12)}\n")
    return d


def k_dotenv(r):
    d = Doc("en")
    d.t(f"# .env.production -- ambulance billing portal (do not commit!)\n# generated by deploy.sh {version(r)}\n")
    d.t("NODE_ENV=production\nPORT=3000\nAPP_URL=")
    d.e(url(r, "portal.northside-ems.example.com").split("?")[0], "URL")
    d.t(f"\nDATABASE_URL=postgresql://billing_app:")
    d.e(password(r), "PASSWORD")
    d.t("@")
    d.e(ipv4(r, "priv172"), "IP_ADDRESS")
    d.t(":5432/billing\nSTRIPE_SECRET_KEY=").e(stripe_key(r), "STRIPE_KEY")
    d.t(f"\nSTRIPE_PUBLISHABLE_KEY=pk_live_{rs(r, 24)}\nSTRIPE_WEBHOOK_SECRET=").e(f"whsec_{rs(r, 32)}", "GENERIC_SECRET")
    d.t("\nSLACK_BOT_TOKEN=").e(slack_token(r), "SLACK_TOKEN")
    d.t("\nSLACK_CHANNEL=#ems-billing-alerts\nGITHUB_DEPLOY_TOKEN=").e(gh_token(r), "GITHUB_TOKEN")
    d.t("\nJWT_SIGNING_SECRET=").e(rs(r, 48), "GENERIC_SECRET")
    d.t(f"\nSESSION_TTL=3600\nSENTRY_RELEASE={sha(r)}\nSUPPORT_EMAIL=")
    d.e(role_email(r), "EMAIL_ADDRESS")
    d.t("\nSUPPORT_PHONE=").e(phone(r, "tollfree"), "PHONE_NUMBER")
    d.t(f"\nAWS_ACCESS_KEY_ID={ch(r, ['${AWS_ACCESS_KEY_ID}', '<set in vault>'])}\nFEATURE_FLAGS=autopay,paper_statements\n")
    return d


def k_k8s_secret(r):
    d = Doc("en")
    ns = ch(r, ["cad-prod", "avl", "epcr-integration", "paging"])
    d.t(f"# kubectl get secret {ns}-creds -n {ns} -o yaml   (pasted in {ticket_no(r)})\napiVersion: v1\nkind: Secret\nmetadata:\n")
    d.t(f"  name: {ns}-creds\n  namespace: {ns}\n  uid: {uuid4(r)}\n  resourceVersion: \"{dg(r, 8)}\"\n")
    d.t(f"  creationTimestamp: \"{rdt(r).strftime('%Y-%m-%dT%H:%M:%SZ')}\"\n  annotations:\n    owner: ")
    d.e(role_email(r), "EMAIL_ADDRESS")
    d.t("\ntype: Opaque\ndata:\n")
    items = [("DB_PASSWORD", "PASSWORD", password), ("RADIO_GATEWAY_PASS", "PASSWORD", password),
             ("API_TOKEN", "GENERIC_SECRET", generic_secret), ("MAPBOX_KEY", "GENERIC_SECRET", generic_secret),
             ("WEBHOOK_SIGNING_SECRET", "GENERIC_SECRET", generic_secret), ("SMTP_PASSWORD", "PASSWORD", password)]
    for k, typ, fn in r.sample(items, r.randint(3, 5)):
        d.t(f"  {k}: ")
        d.e(base64.b64encode(fn(r).encode()).decode(), typ)
        d.t("\n")
    d.t(f"  DB_HOST: {base64.b64encode(b'cad-db01.internal').decode()}\n  DB_USER: {base64.b64encode(b'cad_svc').decode()}\n")
    d.t("---\n# service endpoint\n# clusterIP: ")
    d.e(ipv4(r, "priv10"), "IP_ADDRESS")
    d.t(f"  port 443  selector app={ns}\n")
    return d


def k_api_log(r):
    d = Doc("en")
    t = rdt(r)
    st = r.randint(0, 3)
    d.t(f"== cad-api-gateway {version(r)} -- access/debug log excerpt ==\n")
    for _ in range(r.randint(6, 11)):
        t = later(t, r, 0, 1)
        kind = r.randint(0, 5)
        d.t(f"{logts(t, st)} ")
        if kind <= 2:
            d.t(f"INFO  req={uuid4(r)[:18]} src=")
            d.e(ip(r), "IP_ADDRESS")
            d.t(f" {ch(r, ['GET', 'POST', 'PUT'])} {ch(r, ['/v2/incidents', '/v2/units/M7/status', '/v2/avl/positions', '/v2/calls/' + incident_no(r)])} "
                f"{ch(r, ['200', '201', '204', '401', '429', '502'])} {r.randint(3, 2400)}ms ua=\"{ch(r, ['MDT-Client/' + version(r), 'curl/8.4.0', 'python-requests/2.31'])}\"\n")
        elif kind == 3:
            d.t("DEBUG auth header for client=")
            d.t(ch(r, ["mdt-fleet", "hospital-hie", "paging-svc"]))
            d.t(": Authorization: Bearer ")
            d.e(jwt(r), "JWT")
            d.t("\n")
        elif kind == 4:
            d.t("WARN  upstream ")
            d.e(ipv4(r, "priv10"), "IP_ADDRESS")
            d.t(f":{r.randint(1024, 65000)} timeout after 30000ms (retry {r.randint(1, 3)}/3) trace={sha(r, 16)}\n")
        else:
            d.t("INFO  callback notification sent to ")
            d.e(phone(r, intl=True), "PHONE_NUMBER")
            d.t(f" for event {incident_no(r)} (provider msg id SM{sha(r, 32)})\n")
    d.t(f"{logts(later(t, r), st)} ERROR rate limiter: client_id={uuid4(r)} exceeded 600 req/min\n")
    return d


def k_it_ticket(r):
    d = Doc("en")
    t = rdt(r)
    fn, ln = given(r), family(r)
    d.f("Ticket {@t}  |  Priority: P2  |  Queue: Public Safety IT\nReported by: {@n} <{@e}>  ext. {@x}  mobile {@ph}\n",
        t=ticket_no(r), n=P(f"{fn} {ln}"), e=EM(email(r, fn, ln)), x=dg(r, 4), ph=PH(phone(r)))
    d.f("Channel: {@o}\nAsset: MDT-{@a} ({@m}, ", o=ch(r, ["self-service portal", "phone", "e-mail"]), a=dg(r, 4), m=ch(r, ["Panasonic Toughbook 33", "Getac V110", "Dell Latitude 7230"]))
    d.e(ipv4(r, "priv10"), "IP_ADDRESS")
    d.t(f") in {ch(r, UNITS[:8])}\n\nSummary: MDT won't sync run data after upgrade to ePCR client {version(r)}\n\nDescription:\n")
    d.f("Since the {@dt} update, crews on {@u} get 'token expired' when posting the PCR. Tried re-login; same. "
        "Crew had to finish charting on paper for pt {@pt} (incident {@i}).\n", dt=DT(fdate(r, t.date(), "en")), u=ch(r, UNITS),
        pt=P(person(r, style="lastfirst")), i=incident_no(r, t.year))
    d.t("\nUpdate from technician ")
    d.e(person(r, style="full"), "PERSON")
    d.t(":\nFound the sync script is pulling the vendor repo with a hardcoded token:\n\n"
        "    git -c http.extraheader=\"AUTHORIZATION: bearer ")
    d.e(gh_token(r), "GITHUB_TOKEN")
    d.t("\" clone ")
    d.e("https://github.example.com/cadvendor/epcr-sync.git", "URL")
    d.t(f"\n    git checkout {sha(r)}\n\n")
    d.t("Rotated token, moved to ${{ secrets.VENDOR_PAT }}. Local admin pw on the MDT was also in the script: ")
    d.e(password(r), "PASSWORD")
    d.t(" (changed).\nStatus: Resolved. Root cause documented in KB0012" + dg(r, 3) + ".\n")
    return d


def k_webhook_json(r):
    d = Doc("en")
    t = rdt(r)
    a = us_addr(r)
    d.t(f"POST /hooks/cad-alert HTTP/1.1\nHost: paging.alertsvc.example.net\nX-Signature-256: sha256={sha(r, 64)}\nX-Webhook-Secret: ")
    d.e(generic_secret(r), "GENERIC_SECRET")
    d.t(f"\nContent-Type: application/json\n\n{{\n  \"event_id\": \"{uuid4(r)}\",\n  \"ts\": {int(t.timestamp())},\n")
    d.f('  "incident": {\n    "number": "{@n}",\n    "nature": "{@nat}",\n    "call_received": "{@cr}",\n',
        n=incident_no(r, t.year), nat=ch(r, ["CARDIAC ARREST", "STRUCTURE FIRE", "WATER RESCUE"]), cr=DT(iso_dt(t)))
    d.f('    "address": "{@a}",\n    "city": "{@c}",\n    "lat": {@lat}, "lon": {@lon},\n', a=ADR(a["street"]), c=LOC(a["city"]),
        lat=f"{r.uniform(30, 47):.6f}", lon=f"{-r.uniform(80, 122):.6f}")
    d.f('    "caller": {"name": "{@n}", "phone": "{@ph}"},\n', n=P(person(r, style=ch(r, ["full", "capslf"]))), ph=PH(phone(r, intl=True)))
    d.t(f'    "units": ["{ch(r, UNITS[:8])}", "{ch(r, UNITS[8:])}"],\n    "priority": {r.randint(1, 3)}\n  }},\n')
    d.f('  "recipients": ["{@e1}", "{@e2}"],\n  "map_url": "{@u}"\n}\n', e1=EM(email(r)), e2=EM(email(r)), u=URL(url(r, "status.lakeshoresar.example.org")))
    return d


def k_pem_email(r):
    d = Doc("en")
    t = rdt(r)
    vf, vl = given(r), family(r)
    cf, cl = given(r), family(r)
    d.t("Received: from mail.cadvendor.example.io (").e(ipv4(r, "doc"), "IP_ADDRESS")
    d.t(f") by mx1.tricountyfire.example.org; {t.strftime('%a, %d %b %Y %H:%M:%S -0000')}\n")
    d.f("From: {@vn} <{@ve}>\nTo: {@cn} <{@ce}>\nDate: {@dt}\nSubject: RE: SFTP drop for NEMSIS state export ({@tk})\n\n",
        vn=P(f"{vf} {vl}"), ve=EM(email(r, vf, vl, "cadvendor.example.io")), cn=P(f"{cf} {cl}"),
        ce=EM(email(r, cf, cl, "tricountyfire.example.org")), dt=t.strftime("%a, %d %b %Y %H:%M:%S -0700"), tk=ticket_no(r))
    d.f("Hi {@n},\n\n", n=P(cf))
    d.f("As discussed on the call {@day}, here are the credentials for the new SFTP endpoint ", day=ch(r, ["Tuesday", "yesterday", "this morning"]))
    d.e(ipv4(r, "doc"), "IP_ADDRESS")
    d.t(" (port 2222). Username: tcfa_export, password: ")
    d.e(password(r), "PASSWORD")
    d.t("\nPlease install the key below on the export server and delete this e-mail afterwards.\n\n")
    d.e(pem(r), "PRIVATE_KEY")
    d.t(f"\n\nKey fingerprint SHA256:{b64url(hashlib.sha256(str(r.random()).encode()).digest())}\n")
    d.f("The first export window is {@dt}. Portal: {@u}\n\nRegards,\n{@n}\nImplementation Engineer | {@ph}\n",
        dt=DT(fdt(r, later(t, r, 1440, 8000), "en")), u=URL(url(r, "api.cadvendor.example.io")), n=P(f"{vf} {vl}"),
        ph=PH(phone(r)))
    return d


def k_gh_workflow(r):
    d = Doc("en")
    d.t("# .github/workflows/deploy-avl.yml\nname: deploy-avl-map-tiles\non:\n  push:\n    branches: [main]\n"
        "env:\n  AWS_REGION: us-west-2\n  TILE_BUCKET: tcfa-avl-tiles\n")
    leak = r.randint(0, 2)
    if leak == 0:
        d.t("  AWS_ACCESS_KEY_ID: ").e(aws_ak(r), "AWS_ACCESS_KEY")
        d.t("\n  AWS_SECRET_ACCESS_KEY: ").e(aws_sk(r), "AWS_SECRET_KEY")
        d.t("   # TODO move to secrets!!\n")
    else:
        d.t("  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    d.t(f"jobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n"
        f"      - uses: actions/setup-node@{sha(r)}  # v{r.randint(3, 4)}.0.{r.randint(0, 3)}\n"
        "      - run: npm ci && npm run build-tiles\n      - name: notify\n        run: |\n"
        "          curl -s -X POST ")
    d.e("https://slack.example.com/api/chat.postMessage", "URL")
    d.t(" \\\n            -H \"Authorization: Bearer ")
    if leak == 1:
        d.e(slack_token(r), "SLACK_TOKEN")
    else:
        d.t("${{ secrets.SLACK_BOT_TOKEN }}")
    d.t("\" \\\n            -d channel=C0" + rs(r, 8, UPDIG) + " -d text=\"AVL tiles deployed ${{ github.sha }}\"\n")
    d.t("      - name: smoke test\n        run: curl -fsS ")
    d.e(url(r, "status.lakeshoresar.example.org").split("?")[0], "URL")
    d.t(f" -H \"X-Api-Key: ")
    if leak == 2:
        d.e(generic_secret(r), "GENERIC_SECRET")
    else:
        d.t("${{ secrets.STATUS_API_KEY }}")
    d.t("\"\n# maintainer: ")
    d.e(person(r, style="full"), "PERSON")
    d.t(f" -- see {ticket_no(r)}\n")
    return d


def k_slack_export(r):
    d = Doc("en")
    t = rdt(r)
    users = []
    for _ in range(3):
        fn, ln = given(r), family(r)
        users.append((f"U0{rs(r, 8, UPDIG)}", f"{fn} {ln}", f"{_ascii(fn)[:1]}{_ascii(ln)}"))
    d.t("// slack export #ems-it-ops/messages.json\n[\n")
    msgs = [
        lambda u: ["MDT in ", ch(r, UNITS[:8]), " can't reach the gateway at ", IPA(ipv4(r, "priv10")), ", anyone else?"],
        lambda u: ["rebooted the VPN concentrator, try now. Vendor support line is ", PH(phone(r, "tollfree"))],
        lambda u: ["temporary radio console login is ops_temp / ", PW(password(r)), " -- will rotate after the shift"],
        lambda u: ["ticket ", ticket_no(r), " opened, build ", version(r)],
        lambda u: ["call ", P(person(r, style="first")), " at ", PH(phone(r)), " if the CAD goes down again tonight"],
        lambda u: ["docs are here ", URL(url(r, "share.tricountyfire.example.org"))],
        lambda u: ["maintenance window moved to ", DT(fdt(r, later(t, r, 600, 5000), "en"))],
    ]
    picks = r.sample(msgs, r.randint(3, 5))
    for i, m in enumerate(picks):
        uid, real, handle = ch(r, users)
        t = later(t, r, 0, 20)
        d.t(f'  {{"type": "message", "user": "{uid}", "user_name": "{handle}", "user_profile": {{"real_name": "')
        d.e(real, "PERSON")
        d.t(f'"}}, "ts": "{int(t.timestamp())}.{dg(r, 6)}", "text": "')
        for p in m(uid):
            d.e(*p) if isinstance(p, tuple) else d.t(p)
        d.t('"}' + ("," if i < len(picks) - 1 else "") + "\n")
    d.t("]\n")
    return d


def k_curl_runbook(r):
    d = Doc("en")
    d.t(f"## Runbook: re-push stuck NEMSIS records to the state repository\n_Last reviewed by ")
    d.e(person(r, style="full"), "PERSON")
    d.t(f", {ch(r, ['Q1', 'Q3', 'spring'])} review; applies to exporter {version(r)}_\n\n1. Check the queue on the export host (")
    d.e(ipv4(r, "priv192"), "IP_ADDRESS")
    d.t("):\n\n```\nsystemctl status nemsis-exporter\n```\n\n2. Get a token and re-submit:\n\n```\ncurl -u tcfa_nemsis:")
    d.e(password(r), "PASSWORD")
    d.t(" \\\n  -X POST ")
    d.e("https://nemsis-gw.state-ems.example.gov/oauth/token", "URL")
    d.t("\n\ncurl -H \"Authorization: Bearer ")
    d.e(rs(r, 40, ALNUM) if maybe(r) else generic_secret(r), "GENERIC_SECRET")
    d.t("\" \\\n  -F file=@/var/spool/nemsis/" + uuid4(r) + ".xml \\\n  ")
    d.e("https://nemsis-gw.state-ems.example.gov/api/v3/submit?mode=replace", "URL")
    d.t("\n```\n\n3. If the gateway returns 503, page the state EMS data manager: ")
    fn, ln = given(r), family(r)
    d.e(f"{fn} {ln}", "PERSON")
    d.t(", ")
    d.e(phone(r), "PHONE_NUMBER")
    d.t(" / ")
    d.e(email(r, fn, ln, "state-ems.example.gov"), "EMAIL_ADDRESS")
    d.t(".\n4. Never paste patient identifiers (PCR UUIDs are fine) into the ticket.\n")
    return d


# ---------------------------------------------------------------- empty kinds (hard negatives only)
def k_protocol_card(r):
    d = Doc("en")
    d.t(f"QUICK REFERENCE -- {ch(r, ['ADULT CARDIAC ARREST', 'OPIOID OVERDOSE', 'ANAPHYLAXIS', 'PEDIATRIC SEIZURE'])} "
        f"(Protocol rev. {version(r)}, effective FY{r.randint(2023, 2026)})\n\n")
    d.t(f"Dispatch determinants: {', '.join(r.sample(EMD, 4))}\nNFIRS/NEMSIS mapping: {ch(r, NFIRS)} / eSituation {ch(r, ICD)}\n\n")
    d.t(f"{'Step':<6}{'Action':<52}Dose / note\n")
    steps = [("Epinephrine 1:10,000", "1 mg IV/IO q3-5 min"), ("Amiodarone", "300 mg, then 150 mg"),
             ("Naloxone", "0.4-2 mg IN/IV, repeat q2-3 min"), ("Epinephrine 1:1,000 IM", "0.3 mg (0.15 mg peds)"),
             ("Midazolam", "0.2 mg/kg IN, max 10 mg"), ("Diphenhydramine", "1 mg/kg, max 50 mg"),
             ("D10", "5 mL/kg if BGL < 60"), ("Ondansetron ODT", "4 mg"), ("Ketamine", "4 mg/kg IM for agitation")]
    for i, (a, b) in enumerate(r.sample(steps, r.randint(4, 7)), 1):
        d.t(f"{i:<6}{a:<52}{b}\n")
    d.t(f"\nCPR: 30:2 until advanced airway, then continuous; rhythm check every 2 minutes; rotate compressors.\n"
        f"Device: {ch(r, BRANDS[:4])} -- confirm pads, {ch(r, ['120-200 J biphasic', '200 J'])}.\n"
        f"Billing: HCPCS {ch(r, HCPCS)}, {ch(r, HCPCS)}; ICD-10 {ch(r, ICD)}. Ref: AHA 2020 guidelines, NASEMSO model v3.\n"
        f"Contact online medical control on TAC {r.randint(1, 9)} if pt remains in refractory VF after 3 shocks.\n")
    return d


def k_unit_status_board(r):
    d = Doc("en")
    t = rdt(r)
    d.t(f"UNIT STATUS BOARD -- auto-refresh 15 s -- {ch(r, ['FIRE', 'EMS', 'ALL'])} view\n")
    d.t(f"{'UNIT':<10}{'STATUS':<9}{'ELAPSED':<10}{'STA':<5}{'EVENT':<16}{'APPARATUS':<20}PLATE\n")
    for u in r.sample(UNITS, r.randint(6, 10)):
        st = ch(r, ["AVL", "DISP", "ENRT", "ONSC", "TRAN", "AH", "OOS", "AQ"])
        el = f"00:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        ev = incident_no(r) if st not in ("AVL", "OOS", "AQ") else "--"
        app = ch(r, ["Pierce Enforcer", "Sutphen Monarch", "Ford F-550 Type I", "Kenworth T880", "Ram 5500 Type III"])
        d.t(f"{u[:9]:<10}{st:<9}{el:<10}{r.randint(1, 12):<5}{ev:<16}{app:<20}{plate(r)}\n")
    d.t(f"\nOOS notes: VIN {vin(r)} at fleet shop (WO-{dg(r, 6)}), ETA back ~2 days. "
        f"Move-up: cover Station {r.randint(1, 9)} from Station {r.randint(1, 9)}. "
        f"Average turnout {r.randint(45, 110)} s, chute time {r.randint(50, 90)} s.\n")
    return d


def k_release_notes(r):
    d = Doc("en")
    v = version(r)
    d.t(f"CAD / MOBILE RELEASE NOTES -- {v}\nBuild: {r.randint(8, 12)}.{r.randint(0, 9)}.0.{r.randint(10, 99)}   "
        f"Commit: {sha(r)}\nPackage: tyler-newworld-cad-{v.lstrip('v').replace(' ', '-')}.msi  SHA-256 {sha(r, 64)}\n\n")
    d.t("Fixes\n")
    for _ in range(r.randint(4, 7)):
        d.t(f"  * {ticket_no(r)}: {ch(r, ['AVL breadcrumbs dropped when MDT sleeps', 'Premise hazard flags not shown on map', 'ProQA handoff duplicates EMD code', 'Unit recommendation ignores OOS status', 'NFIRS export truncates remarks at 256 chars', 'Time sync drift on dispatcher consoles', 'Martin Luther King Jr. Blvd alias not geocoding'])}"
            f" (event id {uuid4(r)})\n")
    d.t(f"  * {ticket_no(r)}: input validation now rejects test SSN {bad_ssn(r)} and test card {bad_card(r)} in training mode\n")
    d.t(f"\nKnown issues\n  * Interface to Motorola APX radios requires firmware R{r.randint(10, 30)}.{r.randint(0, 9)}.{r.randint(0, 9)}\n"
        f"  * Schema migration {r.randint(100, 999)} takes ~{r.randint(5, 40)} min on large databases\n"
        f"Upgrade window: Sunday night, low call volume. Rollback tag: {sha(r, 7)}\n")
    return d


def k_monthly_stats(r):
    d = Doc("en")
    y = r.randint(2021, 2025)
    d.t(f"EMS SYSTEM PERFORMANCE -- FY{y} Q{r.randint(1, 4)} (de-identified)\n\n")
    d.t(f"{'Metric':<36}{'Urban':>10}{'Rural':>10}{'Target':>10}\n")
    for m, tgt in [("Call processing 90th pct (s)", 90), ("Turnout 90th pct (s)", 80), ("Response 90th pct (min)", 9),
                   ("Cardiac arrest ROSC (%)", 30), ("STEMI door-to-balloon median (min)", 90), ("Stroke alerts (n)", 0),
                   ("Pt refusals (n)", 0), ("Mutual aid given (n)", 0)]:
        d.t(f"{m:<36}{r.randint(5, 400):>10}{r.randint(5, 400):>10}{(tgt if tgt else '--'):>10}\n")
    d.t(f"\nTotal incidents: {r.randint(9000, 60000):,} ({r.uniform(-5, 12):+.1f}% vs {y - 1}). Billed {amount(r)}; collected "
        f"{amount(r)}. Top EMD codes: {', '.join(r.sample(EMD, 3))}. Top ICD-10: {', '.join(r.sample(ICD, 3))}.\n"
        f"Busiest hour block late afternoon; busiest day Friday. Data pulled from CAD {version(r)} warehouse.\n")
    return d


def k_training_scenario(r):
    d = Doc("en")
    d.t(f"SIMULATION SCENARIO #{r.randint(1, 60)} -- {ch(r, ['Paramedic refresher', 'EMT skills night', 'Engine company drill'])}\n\n")
    d.t(f"Dispatch: Your unit is dispatched on a {ch(r, WEEKDAYS['en'])} afternoon to a private residence for a "
        f"{r.randint(40, 85)}-year-old {ch(r, ['male', 'female'])} who fell about {r.randint(10, 50)} minutes ago. "
        f"The caller is the patient's neighbor. A large dog named {ch(r, PETS)} is in the yard.\n\n")
    spill = ch(r, ["can of Dr Pepper", "Ben & Jerry's pint", "bottle of Jack Daniel's"])
    d.t(f"On arrival: Patient is on the kitchen floor next to a spilled {spill}, "
        f"GCS 14, complaining of hip pain. Medication bottles: {', '.join(r.sample(DRUGS[12:], 3))}.\n")
    d.t(f"Vitals (set 1): BP {r.randint(90, 190)}/{r.randint(50, 110)}, HR {r.randint(50, 130)}, RR {r.randint(10, 30)}, "
        f"SpO2 {r.randint(88, 99)}%.\nProgression: after 10 minutes the patient becomes hypotensive; instructor cues "
        f"shortening and external rotation of the left leg.\n\nEvaluation points\n- Scene safety (dog)\n- Spinal motion "
        f"restriction decision\n- Pain management per protocol {ch(r, EMD)}\n- Lift with {ch(r, BRANDS[:1] + BRANDS[8:9])}\n"
        f"Debrief: 15 minutes. Reference: {ch(r, ['NAEMT PHTLS, 10th edition', 'AAOS Emergency Care, 12th edition'])}.\n")
    return d


# ---------------------------------------------------------------- German
KASSEN_DE = ["AOK Nordost", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic", "Knappschaft"]


def k_de_rettungsdienst(r):
    d = Doc("de")
    t = rdt(r)
    a = intl_addr(r, "de")
    fn, ln, _ = name_parts(r, "de")
    d.f("EINSATZPROTOKOLL RETTUNGSDIENST\nEinsatznummer: {@n}   Fahrzeug: {@f}   NEF: {@nef}\n",
        n=f"{t.strftime('%y%m%d')}{dg(r, 4)}", f=f"RTW {r.randint(1, 9)}/83-{r.randint(1, 3)}", nef=f"{r.randint(1, 9)}/82-1")
    d.f("Alarmierung: {@dt}\nEinsatzort: {@a}\n", dt=DT(fdt(r, t, "de")), a=ADR(addr_line(a, r)))
    d.f("Patient: {@p}   geb. {@dob}   Geschlecht: {@g}\n", p=P(f"{ln}, {fn}" if maybe(r) else f"{fn} {ln}"),
        dob=DOB(fdate(r, rdob(r), "de", "num")), g=ch(r, ["m", "w", "d"]))
    if maybe(r, 0.5):
        b = intl_addr(r, "de")
        d.f("Wohnanschrift: {@a}\n", a=ADR(addr_line(b, r)))
    else:
        d.t("Wohnanschrift: wie Einsatzort\n")
    d.f("Krankenkasse: {@k}   Versichertennr.: {@v}\n", k=ch(r, KASSEN_DE), v=HP(f"{ch(r, UP)}{dg(r, 9)}"))
    d.f("Angehörige: {@rel} {@n}, Tel. {@ph}\n\n", rel=ch(r, ["Ehefrau", "Sohn", "Tochter", "Nachbar"]), n=P(person(r, "de", "full")),
        ph=PH(phone(r, "de")))
    d.t(f"Notfallgeschehen: {ch(r, ['Sturz im Treppenhaus, Prellmarke re. Hüfte', 'akuter Thoraxschmerz seit 40 min', 'Krampfanfall, postiktal', 'Verkehrsunfall PKW gegen Baum'])}\n"
        f"Befund: GCS {r.randint(8, 15)}, RR {r.randint(90, 190)}/{r.randint(50, 110)} mmHg, HF {r.randint(45, 150)}/min, "
        f"SpO2 {r.randint(85, 100)} %, BZ {r.randint(40, 400)} mg/dl\n"
        f"Maßnahmen: i.v.-Zugang, {ch(r, ['ASS 500 mg i.v.', 'Heparin 5000 IE', 'Midazolam 5 mg i.n.', 'Fentanyl 0,1 mg'])}, "
        f"Transport mit {ch(r, ['Stryker Power-PRO', 'Ferno-Trage', 'Tragestuhl'])}\n")
    ue = later(t, r, 25, 70)
    d.f("Übergabe: {@z} an {@arzt} um {@tm}\n", z=ch(r, ["ZNA Klinikum Nord", "Chest Pain Unit, Vivantes", "Schockraum BG Klinik"]),
        arzt=P(person(r, "de", ch(r, ["full", "last"]))), tm=DT(ftime(r, ue.hour, ue.minute, "de")))
    d.f("Besatzung: NotSan {@a}, RettSan {@b}, Notarzt Dr. {@c}\n", a=P(person(r, "de", "full")),
        b=P(person(r, "de", ch(r, ["full", "init"]))), c=P(person(r, "de", "last")))
    d.t(f"ICD-10: {ch(r, ICD)}   Kennzeichen RTW: {plate(r, 'de')}\n")
    return d


def k_de_feuerwehr(r):
    d = Doc("de")
    t = rdt(r)
    a = intl_addr(r, "de")
    d.f("EINSATZBERICHT FREIWILLIGE FEUERWEHR -- Lfd. Nr. {@n}/{@y}\n", n=r.randint(1, 400), y=t.year)
    d.f("Einsatzart: {@e}\nStraße/Hausnr.: {@s}\nPLZ: {@plz}   Ort: {@o}\n", e=ch(r, ["B3 Wohnungsbrand", "TH VU eingeklemmte Person", "ABC Gasgeruch", "B1 Containerbrand"]),
        s=ADR(a["street"]), plz=a["zip"], o=LOC(a["city"]))
    al = t
    d.f("Alarm: {@a}   Ausgerückt: {@b}   Eingetroffen: {@c}   Einsatzende: {@e}\n", a=DT(fdt(r, al, "de")),
        b=DT(later(al, r, 2, 6).strftime("%H:%M")), c=DT(later(al, r, 7, 12).strftime("%H:%M")),
        e=DT(later(al, r, 60, 200).strftime("%H:%M")))
    d.t(f"Fahrzeuge: {', '.join(r.sample(['HLF 20', 'DLK 23-12', 'ELW 1', 'TLF 3000', 'MTW', 'RW 2'], 3))}  "
        f"Kräfte: {r.randint(1, 3)}/{r.randint(2, 8)}/{r.randint(6, 30)}\n")
    d.f("Einsatzleiter: {@el}   Melder: {@m}, Tel. {@ph}\n", el=P(person(r, "de", ch(r, ["full", "last"]))),
        m=P(person(r, "de")), ph=PH(phone(r, "de")))
    if maybe(r, 0.6):
        d.f("Eigentümer/Betreiber: {@n}\n", n=ch(r, ["Müller & Söhne GmbH", "Hausverwaltung Schneider KG", "Bäckerei Weber OHG"])
            if maybe(r) else P(person(r, "de", "full")))
    d.t(f"\nLagebericht: {ch(r, ['Bei Eintreffen Rauch aus Fenster 1. OG, eine Person über DLK gerettet.', 'PKW gegen Baum, Fahrer eingeklemmt, patientengerechte Rettung mit hydraulischem Rettungsgerät (Weber Rescue).', 'CO-Warnmelder ausgelöst, Messung 180 ppm, Gastherme außer Betrieb genommen.'])}\n")
    d.f("Übergabe an Polizei (PK {@pk}) um {@tm}. Berichtsverfasser: {@v}\n", pk=ch(r, ["Mitte", "Nord", "Süd"]),
        tm=DT(ftime(r, later(t, r, 30, 120).hour, r.randint(0, 59), "de")), v=P(person(r, "de", "init")))
    return d


def k_de_gebuehrenbescheid(r):
    d = Doc("de")
    t = rdate(r)
    a = intl_addr(r, "de")
    fn, ln, _ = name_parts(r, "de")
    d.t("Zweckverband Rettungsdienst -- Gebührenstelle\n")
    anr = ch(r, ["Herrn", "Frau"])
    d.f("{@anr} {@n}\n{@a}\n\n", anr=anr, n=P(f"{fn} {ln}"), a=ADR(addr_block(a, r)))
    d.f("Datum: {@d}\nKassenzeichen: {@k}\nEinsatz-Nr.: {@e}\n\n", d=DT(fdate(r, t, "de")), k=f"{dg(r, 4)}.{dg(r, 4)}.{dg(r, 2)}",
        e=f"{t.year % 100}{dg(r, 6)}")
    d.f("GEBÜHRENBESCHEID\n\n{@anr} {@l},\n\n", anr="Sehr geehrter Herr" if anr == "Herrn" else "Sehr geehrte Frau", l=P(ln))
    d.f("für den Rettungsdiensteinsatz vom {@d} (Krankentransport, {@km} km) wird eine Gebühr von {@b} festgesetzt, "
        "da Ihre Krankenkasse ({@kk}, Versichertennr. {@v}) die Kostenübernahme abgelehnt hat.\n\n",
        d=DT(fdate(r, t - _dt.timedelta(days=r.randint(20, 60)), "de")), km=r.randint(3, 60), b=amount(r, "€"),
        kk=ch(r, KASSEN_DE), v=HP(f"{ch(r, UP)}{dg(r, 9)}"))
    d.f("Bitte überweisen Sie den Betrag bis zum {@f} unter Angabe des Kassenzeichens auf folgendes Konto:\n"
        "IBAN: {@iban}   BIC: {@bic}\n\n", f=DT(fdate(r, t + _dt.timedelta(days=30), "de")), iban=(iban(r, "DE"), "IBAN_CODE"),
        bic=ch(r, BICS[:2]))
    d.f("Rückfragen: {@sb}, Tel. {@ph}, {@e}\n", sb=P(person(r, "de", ch(r, ["full", "last"]))), ph=PH(phone(r, "de")),
        e=EM(email(r, dom="zrd-gebuehren.example.de")))
    d.t("Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.\n")
    return d


def k_de_fahrzeugcheck(r):
    d = Doc("de")
    d.t(f"FAHRZEUGCHECK RTW -- Schichtbeginn ({ch(r, WEEKDAYS['de'])})\nFunkrufname: {r.randint(1, 9)}/83-{r.randint(1, 3)}   "
        f"Kennzeichen: {plate(r, 'de')}   FIN: {vin(r)}\nkm-Stand: {r.randint(10, 400)}.{dg(r, 3)}   Tankfüllung: {ch(r, ['1/1', '3/4', '1/2'])}\n\n")
    d.t(f"{'Position':<34}{'Soll':<10}{'Ist':<10}OK\n")
    for pos, soll in r.sample([("Sauerstoff Hauptflasche (bar)", "200"), ("Sauerstoff tragbar (bar)", "200"),
                               ("Defibrillator corpuls3 Selbsttest", "i.O."), ("Absaugpumpe", "i.O."),
                               ("Adrenalin 1 mg Amp.", "10"), ("Amiodaron 150 mg Amp.", "4"), ("Midazolam 5 mg", "4"),
                               ("Infusion VEL 500 ml", "6"), ("Vakuummatratze", "1"), ("Spineboard", "1"),
                               ("Trage Stryker Power-PRO Akku (%)", "100")], 7):
        d.t(f"{pos:<34}{soll:<10}{ch(r, [soll, soll, 'fehlt', '180'])[:9]:<10}{ch(r, ['ja', 'ja', 'nein'])}\n")
    d.t(f"\nBTM-Buch geprüft, Chargen-Nr. {rs(r, 2, UP)}{dg(r, 6)}. Mängel an Wache {r.randint(1, 9)} gemeldet "
        f"(Ticket {ticket_no(r)}). Desinfektion nach Infektionstransport: Stufe {r.randint(1, 3)}.\n")
    return d


# ---------------------------------------------------------------- French
def k_fr_fiche_bilan(r):
    d = Doc("fr")
    t = rdt(r)
    a = intl_addr(r, "fr")
    fn, ln, _ = name_parts(r, "fr")
    d.f("FICHE BILAN SECOURISTE -- SDIS   Intervention n° {@n}\nEngin : {@e}   Chef d'agrès : {@c}\n",
        n=f"{t.year}-{dg(r, 6)}", e=ch(r, ["VSAV 1", "VSAV 2", "VLI", "FPT"]), c=P(person(r, "fr", ch(r, ["full", "capslf"]))))
    d.f("Appel reçu le {@dt}\nAdresse : {@a}\n", dt=DT(fdt(r, t, "fr")), a=ADR(addr_line(a, r)))
    d.f("Victime : {@v}   Né(e) le : {@dob}\n", v=P(f"{ln.upper()} {fn}"), dob=DOB(fdate(r, rdob(r), "fr", "num")))
    d.f("Téléphone : {@ph}   Personne à prévenir : {@p} ({@rel}) {@ph2}\n", ph=PH(phone(r, "fr")), p=P(person(r, "fr", "full")),
        rel=ch(r, ["épouse", "fils", "fille", "voisin"]), ph2=PH(phone(r, "fr")))
    d.t(f"\nBilan circonstanciel : {ch(r, ['chute de sa hauteur dans la salle de bain', 'douleur thoracique depuis 30 min', 'malaise sur la voie publique', 'AVP moto contre VL'])}\n"
        f"Bilan vital : conscient, FR {r.randint(10, 30)}/min, SpO2 {r.randint(88, 100)} %, FC {r.randint(50, 140)}/min, "
        f"PA {r.randint(9, 19)}/{r.randint(5, 11)}\nGestes : O2 {r.randint(3, 15)} L/min, PLS, immobilisation (attelle Ferno)\n")
    d.f("Régulation SAMU : Dr {@m}, transport vers {@h}", m=P(person(r, "fr", "last")),
        h=ch(r, ["CHU, SAU adultes", "Hôpital Édouard-Herriot", "Clinique Saint-Vincent"]))
    arr = later(t, r, 20, 60)
    d.f(", arrivée à {@tm}.\n", tm=DT(ftime(r, arr.hour, arr.minute, "fr")))
    if maybe(r, 0.6):
        d.f("IPP hôpital : {@ipp}   Mutuelle : {@mut}, n° adhérent {@hp}\n", ipp=MR(dg(r, 9)), mut=ch(r, ["MGEN", "Harmonie Mutuelle", "MAAF Santé"]),
            hp=HP(f"{dg(r, 2)}{rs(r, 2, UP)}{dg(r, 6)}"))
    d.t(f"Code CCMU : {r.randint(1, 5)}   Immatriculation du véhicule impliqué : {plate(r, 'fr')}\n")
    return d


def k_fr_antipoison(r):
    d = Doc("fr")
    t = rdt(r)
    d.f("CENTRE ANTIPOISON ET DE TOXICOVIGILANCE -- Dossier n° {@n}\nAppel du {@dt}\n", n=f"CAP{t.year % 100}-{dg(r, 5)}",
        dt=DT(fdt(r, t, "fr", weekday=maybe(r, 0.3))))
    d.f("Appelant : {@a} ({@rel})   Tél. rappel : {@ph}\nCommune : {@c}\n", a=P(person(r, "fr", ch(r, ["full", "capslf"]))),
        rel=ch(r, ["mère", "père", "grand-mère", "assistante maternelle"]), ph=PH(phone(r, "fr")),
        c=LOC(ch(r, [c for c, _ in INTL["fr"][0]])))
    fn, ln, _ = name_parts(r, "fr")
    d.f("Patient : {@p}, né(e) le {@dob}, {@w} kg\n", p=P(f"{fn} {ln}"), dob=DOB(fdate(r, rdob(r, 2018, 2024), "fr")),
        w=r.randint(8, 30))
    ing = t - _dt.timedelta(minutes=r.randint(10, 120))
    d.f("Produit : {@p}\nQuantité : {@q}   Heure d'ingestion : {@h}\n",
        p=ch(r, ["Doliprane 500 mg (paracétamol)", "capsule de lessive Ariel", "eau de Javel La Croix", "Spasfon", "pile bouton"]),
        q=ch(r, ["inconnue, max 4 cp", "1 capsule mordue", "une gorgée"]), h=DT(ftime(r, ing.hour, ing.minute, "fr")))
    d.t(f"Symptômes : {ch(r, ['aucun', 'un vomissement', 'toux, hypersialorrhée', 'somnolence'])}\n"
        f"Conduite à tenir : {ch(r, ['surveillance à domicile', 'consultation aux urgences pédiatriques', 'appel du 15 pour transport'])}\n")
    rp = later(t, r, 120, 400)
    d.f("Rappel prévu le {@r} par {@tox}, toxicologue.\n", r=DT(fdt(r, rp, "fr")), tox=P(person(r, "fr", ch(r, ["full", "last"]))))
    d.t(f"Codage : {ch(r, ICD)} -- gravité PSS {r.randint(0, 3)}\n")
    return d


def k_fr_protocole(r):
    d = Doc("fr")
    d.t(f"PROTOCOLE DE RÉGULATION -- {ch(r, ['Arrêt cardio-respiratoire', 'Douleur thoracique', 'Intoxication au monoxyde de carbone'])} "
        f"(version {version(r)}, validé en {r.randint(2020, 2025)})\n\n")
    d.t("1. Questions clés : conscience ? respiration ? âge approximatif ? antécédents ?\n"
        f"2. Engager : VSAV + SMUR si ACR ; délai cible {r.randint(8, 20)} minutes.\n"
        "3. Conseils à l'appelant : massage cardiaque 100 à 120/min, DAE si disponible (Philips HeartStart).\n"
        f"4. Traitements SMUR : adrénaline 1 mg toutes les 4 minutes, amiodarone 300 mg après le 3e choc.\n"
        f"5. Codage : CIM-10 {ch(r, ICD)}, CCMU {r.randint(1, 5)}, GEMSA {r.randint(1, 6)}.\n"
        f"Le lundi et le jeudi, vérification du matériel (réf. {rs(r, 3, UP)}-{dg(r, 4)}). Référent : médecin régulateur de garde.\n"
        f"Indicateurs {r.randint(2021, 2024)} : {r.randint(40, 95)} % des appels décrochés en moins d'une minute.\n")
    return d


# ---------------------------------------------------------------- Spanish
def dni(r):
    n = r.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def k_es_parte_112(r):
    d = Doc("es")
    t = rdt(r)
    a = intl_addr(r, "es")
    fn, ln, _ = name_parts(r, "es")
    ln2 = family(r, "hisp")
    d.f("CENTRO COORDINADOR DE EMERGENCIAS 112 -- PARTE DE INTERVENCIÓN\nN.º incidente: {@n}   Prioridad: {@p}\n",
        n=f"{t.year}/{dg(r, 7)}", p=ch(r, ["1 (emergencia)", "2 (urgencia)", "3"]))
    d.f("Fecha y hora de la llamada: {@dt}\nAlertante: {@al}   Teléfono: {@ph}\n", dt=DT(fdt(r, t, "es")),
        al=P(person(r, "es", ch(r, ["full", "caps"]))), ph=PH(phone(r, "es")))
    d.f("Dirección: {@a}\n", a=ADR(addr_line(a, r)))
    d.f("Paciente: {@p}   Fecha de nacimiento: {@dob}   Edad aprox.: {@e}\n", p=P(f"{fn} {ln} {ln2}" if " " not in ln else f"{fn} {ln}"),
        dob=DOB(fdate(r, rdob(r), "es", ch(r, ["num", "long"]))), e=r.randint(1, 95))
    if maybe(r, 0.6):
        d.f("N.º historia clínica: {@h}   Tarjeta sanitaria (CIP): {@cip}\n", h=MR(dg(r, 7)),
            cip=HP(f"{_ascii(ln)[:4].upper():X<4}{dg(r, 12)}"))
    d.t(f"\nMotivo: {ch(r, ['dolor torácico opresivo de 1 hora de evolución', 'caída accidental en domicilio', 'crisis convulsiva', 'accidente de moto con TCE'])}\n"
        f"Recursos movilizados: {ch(r, ['SVA 104', 'SVB 21', 'UVI móvil', 'Helicóptero sanitario'])} y {ch(r, ['Bomberos', 'Policía Local', 'Guardia Civil'])}\n")
    lleg = later(t, r, 6, 20)
    d.f("Llegada del recurso: {@tm}. Médico: Dra. {@m}. Traslado a {@h}.\n", tm=DT(ftime(r, lleg.hour, lleg.minute, "es")),
        m=P(person(r, "es", ch(r, ["full", "last"]))), h=ch(r, ["Hospital Universitario La Paz", "Hospital Clínic", "Hospital Virgen del Rocío", "Hospital Gregorio Marañón"]))
    d.t(f"Código CIE-10: {ch(r, ICD)}. Observaciones: vehículo {plate(r, 'es')} retirado por grúa.\n")
    return d


def k_es_atestado(r):
    d = Doc("es")
    t = rdt(r)
    a = intl_addr(r, "es")
    d.f("GUARDIA CIVIL -- AGRUPACIÓN DE TRÁFICO\nINFORME ESTADÍSTICO DE ACCIDENTE (ARENA)   Diligencias n.º {@n}\n",
        n=f"{dg(r, 4)}/{t.year}")
    d.f("Fecha/hora del accidente: {@dt}\nLugar: frente a {@a}\nMunicipio: {@m}\n\n", dt=DT(fdt(r, t, "es")),
        a=ADR(a["street"]), m=LOC(a["city"]))
    for i in (1, 2):
        fn, ln, _ = name_parts(r, "es")
        d.f("VEHÍCULO {@i}: {@v}, matrícula {@m}\n  Conductor/a: {@c}\n  Fecha de nacimiento: {@dob}\n  Permiso de conducción n.º {@pc} (clase B)\n"
            "  Domicilio: {@dom}\n  Teléfono: {@ph}\n", i=i, v=ch(r, ["SEAT León", "Renault Clio", "furgoneta Ford Transit", "moto Yamaha MT-07"]),
            m=plate(r, "es"), c=P(f"{ln.upper()}, {fn}" if maybe(r) else f"{fn} {ln}"), dob=DOB(fdate(r, rdob(r, 1950, 2005), "es", "num")),
            pc=DLN(dni(r)), dom=ADR(addr_line(intl_addr(r, "es"), r)), ph=PH(phone(r, "es")))
    d.t(f"\nDescripción: el vehículo 2 no respeta la señal de STOP y colisiona con el vehículo 1. Alcoholemia: "
        f"{r.randint(0, 60) / 100:.2f} mg/l. Heridos leves: {r.randint(0, 3)}.\n")
    d.f("Instructor: agente con TIP {@tip}. Secretario: {@s}.\n", tip=f"{ch(r, UP)}{dg(r, 5)}{ch(r, UP)}", s=P(person(r, "es", "last")))
    return d


def k_es_chat_crisis(r):
    d = Doc("es")
    t = rdt(r)
    a = intl_addr(r, "es")
    orient = given(r, "hisp")
    name = given(r, "hisp")
    d.f("Línea 024 -- transcripción de chat   Sesión {@s}   Orientadora: {@o}\n\n", s=uuid4(r)[:8], o=P(f"{orient} {family(r, 'hisp')}"))

    def line(who, *parts):
        nonlocal t
        t = later(t, r, 0, 3)
        d.t(f"{t.strftime('%H:%M')} {who}: ")
        for p in parts:
            d.e(*p) if isinstance(p, tuple) else d.t(p)
        d.t("\n")

    line("Usuario", ch(r, ["hola", "no sé si escribir aquí", "necesito hablar con alguien"]))
    line("Orientadora", "Hola, soy ", P(orient), ". Estoy aquí para escucharte. ¿Cómo te llamas?")
    line("Usuario", "me llamo ", P(name.lower() if maybe(r, 0.4) else name))
    line("Usuario", "llevo desde el lunes sin dormir y ya no puedo más")
    line("Orientadora", "Gracias por contármelo, ", P(name), ". ¿Estás pensando en hacerte daño?")
    line("Usuario", ch(r, ["sí, tengo las pastillas de mi madre aquí", "a veces", "no lo sé"]))
    line("Usuario", "estoy en casa, en ", LOC(a["city"]))
    if maybe(r, 0.6):
        line("Orientadora", "¿Me puedes dar tu dirección para que pueda ir alguien a acompañarte?")
        line("Usuario", ADR(addr_line(a, r) if maybe(r) else a["street"].lower()))
        line("Usuario", "mi móvil es el ", PH(phone(r, "es")))
        d.t("[Nota interna: se activa el 112, supervisor informado.]\n")
    line("Orientadora", "Vamos a quedarnos hablando mientras tanto. ¿Hay alguien contigo ahora mismo?")
    line("Usuario", ch(r, ["mi perro " + ch(r, PETS), "nadie", "mi hermana viene en 20 minutos"]))
    return d


# ---------------------------------------------------------------- Italian
def k_it_scheda_118(r):
    d = Doc("it")
    t = rdt(r)
    a = intl_addr(r, "it")
    fn, ln, _ = name_parts(r, "it")
    d.f("CENTRALE OPERATIVA 118 -- SCHEDA DI SOCCORSO\nCodice evento: {@c}   Codice colore: {@col}\n",
        c=f"{t.strftime('%Y%m%d')}{dg(r, 4)}", col=ch(r, ["ROSSO", "GIALLO", "VERDE"]))
    d.f("Chiamata ricevuta il {@dt}\nLuogo dell'evento: {@a}\n", dt=DT(fdt(r, t, "it")), a=ADR(addr_line(a, r)))
    d.f("Chiamante: {@ch}, recapito {@ph}\n", ch=P(person(r, "it", ch(r, ["full", "lastfirst"]))), ph=PH(phone(r, "it")))
    d.f("Paziente: {@p}, nato/a il {@dob} a {@luogo}\n", p=P(f"{ln.upper()} {fn.upper()}" if maybe(r) else f"{fn} {ln}"),
        dob=DOB(fdate(r, rdob(r), "it", ch(r, ["num", "long"]))), luogo=LOC(ch(r, [c for c, _ in INTL["it"][0]])))
    if maybe(r, 0.6):
        d.f("Tessera sanitaria n. {@ts}   Cartella clinica n. {@cc}\n", ts=HP(f"80380{dg(r, 15)}"), cc=MR(f"{t.year}/{dg(r, 6)}"))
    d.t(f"\nDinamica: {ch(r, ['caduta da scala a pioli (~2 m)', 'dolore toracico insorto a riposo', 'incidente stradale auto-moto', 'malore in spiaggia'])}\n"
        f"Parametri: PA {r.randint(90, 190)}/{r.randint(50, 110)}, FC {r.randint(45, 150)}, SpO2 {r.randint(85, 100)}%, GCS {r.randint(8, 15)}\n"
        f"Mezzi: {ch(r, ['MSA 1', 'MSB Croce Verde', 'Elisoccorso'])} -- Vigili del Fuoco su posto\n")
    ar = later(t, r, 15, 50)
    d.f("Trasporto presso {@h}, consegnato al Dott. {@m} alle {@tm}.\nCompilatore: inf. {@inf}\n",
        h=ch(r, ["Ospedale Niguarda, PS", "Policlinico Gemelli", "Ospedale San Raffaele", "AOU Careggi"]),
        m=P(person(r, "it", ch(r, ["full", "last"]))), tm=DT(ftime(r, ar.hour, ar.minute, "it")), inf=P(person(r, "it", "init")))
    return d


# ---------------------------------------------------------------- Dutch
def k_nl_meldkamer(r):
    d = Doc("nl")
    t = rdt(r)
    a = intl_addr(r, "nl")
    fn, ln, _ = name_parts(r, "nl")
    d.f("MELDKAMER AMBULANCEZORG -- OVERDRACHT\nRitnummer: {@n}   Urgentie: {@u}   Wagen: {@w}\n",
        n=f"{t.year % 100}{dg(r, 7)}", u=ch(r, ["A1", "A2", "B"]), w=f"{r.randint(10, 25)}-{dg(r, 3)}")
    d.f("Melding ontvangen: {@dt}\nAdres: {@a}\n", dt=DT(fdt(r, t, "nl")), a=ADR(addr_line(a, r)))
    d.f("Patiënt: {@p}   Geboortedatum: {@dob}\n", p=P(f"{fn} {ln}" if maybe(r) else f"{ln}, {fn}"),
        dob=DOB(fdate(r, rdob(r), "nl", "num")))
    d.f("Zorgverzekeraar: {@z}   Polisnummer: {@pol}\n", z=ch(r, ["Zilveren Kruis", "VGZ", "CZ", "Menzis"]), pol=HP(dg(r, 9)))
    d.f("Contactpersoon: {@c} ({@rel}), {@ph}\nHuisarts: {@ha}\n\n", c=P(person(r, "nl", "full")),
        rel=ch(r, ["partner", "dochter", "buurman"]), ph=PH(phone(r, "nl")),
        ha=ch(r, ["Huisartsenpraktijk De Linde", "Gezondheidscentrum Oost", "HAP regio"]))
    d.t(f"ABCDE: A vrij, B AF {r.randint(10, 30)}/min SpO2 {r.randint(88, 100)}%, C RR {r.randint(90, 180)}/{r.randint(50, 100)} "
        f"pols {r.randint(50, 140)}, D EMV {r.randint(8, 15)}, E temp {r.randint(350, 395) / 10}\n"
        f"Behandeling: {ch(r, ['O2 via NRM, IV toegang', 'nitrospray 0,4 mg, aspirine 160 mg', 'vacuümmatras, pijnstilling'])}\n")
    ov = later(t, r, 20, 60)
    d.f("Overgedragen aan SEH {@h}, verpleegkundige {@vk}, {@tm}.\nPatiëntnummer ziekenhuis: {@pn}\n",
        h=ch(r, ["OLVG", "Erasmus MC", "UMC Utrecht", "Maasstad Ziekenhuis"]), vk=P(person(r, "nl", "first")),
        tm=DT(ov.strftime("%H:%M")), pn=MR(dg(r, 7)))
    d.f("Ambulanceverpleegkundige: {@a}, chauffeur: {@c}\n", a=P(person(r, "nl", "full")), c=P(person(r, "nl", ch(r, ["full", "init"]))))
    return d


# ---------------------------------------------------------------- Portuguese
BR_CITIES = [("São Paulo", "SP", "01310-100"), ("Rio de Janeiro", "RJ", "20040-020"), ("Belo Horizonte", "MG", "30130-010"),
             ("Recife", "PE", "50010-000"), ("Curitiba", "PR", "80010-000"), ("Salvador", "BA", "40020-000")]


def br_addr(r):
    c, uf, cep = r.choice(BR_CITIES)
    street = f"{ch(r, ['Rua das Flores', 'Avenida Paulista', 'Rua Sete de Setembro', 'Travessa São José', 'Rua XV de Novembro'])}, {r.randint(1, 3000)}"
    if maybe(r, 0.5):
        street += f", apto {r.randint(11, 1204)}"
    return street, c, uf, cep


def k_pt_inem(r):
    d = Doc("pt")
    t = rdt(r)
    a = intl_addr(r, "pt")
    fn, ln, _ = name_parts(r, "pt")
    d.f("INEM -- CODU   RELATÓRIO DE OCORRÊNCIA\nN.º ocorrência: {@n}   Meio: {@m}\n", n=f"{t.year}{dg(r, 8)}",
        m=ch(r, ["AEM 3", "VMER", "SIV", "Ambulância PEM dos Bombeiros"]))
    d.f("Data/hora da chamada: {@dt}\nLocal: {@a}\n", dt=DT(fdt(r, t, "pt")), a=ADR(addr_line(a, r)))
    d.f("Contactante: {@c}   Contacto: {@ph}\n", c=P(person(r, "pt", ch(r, ["full", "first"]))), ph=PH(phone(r, "pt")))
    d.f("Vítima: {@v}   Data de nascimento: {@dob}\n", v=P(f"{fn} {ln} {family(r, 'pt')}" if " " not in ln else f"{fn} {ln}"),
        dob=DOB(fdate(r, rdob(r), "pt", ch(r, ["num", "long"]))))
    if maybe(r, 0.7):
        d.f("N.º de utente SNS: {@u}   Processo hospitalar: {@p}\n", u=HP(dg(r, 9)), p=MR(dg(r, 8)))
    d.t(f"\nSituação: {ch(r, ['queda em casa, dor na anca esquerda', 'dor torácica com irradiação ao braço', 'intoxicação medicamentosa voluntária', 'afogamento na praia'])}\n"
        f"Sinais vitais: TA {r.randint(90, 180)}/{r.randint(50, 100)} mmHg, FC {r.randint(50, 140)} bpm, SpO2 {r.randint(85, 100)} %, "
        f"Glicemia {r.randint(40, 400)} mg/dL\n")
    ch_ = later(t, r, 20, 70)
    d.f("Transporte para {@h}, chegada às {@tm}. Médico: Dr. {@m}\n", h=ch(r, ["Hospital de Santa Maria", "Hospital de São João", "CHUC"]),
        tm=DT(ftime(r, ch_.hour, ch_.minute, "pt")), m=P(person(r, "pt", ch(r, ["full", "last"]))))
    d.f("Tripulantes: {@a} e {@b}\n", a=P(person(r, "pt", "full")), b=P(person(r, "pt", ch(r, ["full", "init"]))))
    return d


def k_ptbr_chat(r):
    d = Doc("pt")
    t = rdt(r)
    st, city, uf, cep = br_addr(r)
    cfn, cln = given(r, "pt"), family(r, "pt")
    reg = given(r, "pt")
    d.t("Conversa do WhatsApp com Central SAMU 192 (exportada)\n")
    day = t.strftime("%d/%m/%Y")

    def line(who, *parts, label=True):
        nonlocal t
        t = later(t, r, 0, 2)
        d.t(f"{day} {t.strftime('%H:%M')} - ")
        if label:
            d.e(who, "PERSON")
        else:
            d.t(who)
        d.t(": ")
        for p in parts:
            d.e(*p) if isinstance(p, tuple) else d.t(p)
        d.t("\n")

    line(f"{cfn} {cln}", ch(r, ["boa noite, minha mãe caiu e não levanta", "socorro meu pai está passando mal", "preciso de ambulância urgente"]))
    line("Central SAMU 192", "Boa noite, aqui é ", P(reg), ", técnica de regulação. Qual o endereço completo?", label=False)
    line(f"{cfn} {cln}", ADR(f"{st} - {ch(r, ['Centro', 'Boa Vista', 'Jardim América'])}, {city} - {uf}, {cep}"))
    line(f"{cfn} {cln}", "perto da ", ch(r, ["padaria Pão de Açúcar", "farmácia Drogasil", "igreja matriz"]))
    line("Central SAMU 192", "Nome e idade do paciente?", label=False)
    pfn, pln = given(r, "pt"), family(r, "pt")
    line(f"{cfn} {cln}", P(f"{pfn} {pln}"), ", ", str(r.randint(50, 92)), " anos, nasceu em ", DOB(fdate(r, rdob(r, 1930, 1975), "pt", "num")))
    if maybe(r, 0.5):
        line(f"{cfn} {cln}", "cartão do SUS ", HP(f"{r.choice('12789')}{dg(r, 2)} {dg(r, 4)} {dg(r, 4)} {dg(r, 4)}"))
    line("Central SAMU 192", "Viatura USA ", str(r.randint(1, 40)), " a caminho. Telefone para contato?", label=False)
    line(f"{cfn} {cln}", PH(phone(r, "br")))
    line("Central SAMU 192", "Mantenha a porta aberta e prenda os animais.", label=False)
    return d


# ---------------------------------------------------------------- Polish
def k_pl_karta(r):
    d = Doc("pl")
    t = rdt(r)
    a = intl_addr(r, "pl")
    fn, ln, _ = name_parts(r, "pl")
    d.f("KARTA MEDYCZNYCH CZYNNOŚCI RATUNKOWYCH\nNr zlecenia: {@n}   Zespół: {@z}\n", n=f"{t.year}/{dg(r, 6)}",
        z=ch(r, ["P 01", "S 03", "P 12"]))
    d.f("Data i godzina wezwania: {@dt}\nMiejsce zdarzenia: {@a}\n", dt=DT(fdt(r, t, "pl")), a=ADR(addr_line(a, r)))
    d.f("Pacjent: {@p}   Data urodzenia: {@dob}   PESEL: nie podano\n", p=P(f"{ln}, {fn}" if maybe(r) else f"{fn} {ln}"),
        dob=DOB(fdate(r, rdob(r), "pl", "num")))
    d.f("Zgłaszający: {@z}, tel. {@ph}\n", z=P(person(r, "pl", ch(r, ["full", "first"]))), ph=PH(phone(r, "pl")))
    d.t(f"\nWywiad: {ch(r, ['ból w klatce piersiowej od 2 godzin', 'upadek ze schodów', 'utrata przytomności w sklepie', 'duszność, POChP w wywiadzie'])}\n"
        f"Badanie: GCS {r.randint(8, 15)}, RR {r.randint(90, 190)}/{r.randint(50, 110)} mmHg, tętno {r.randint(45, 150)}/min, "
        f"SpO2 {r.randint(85, 100)}%\nLeki: {ch(r, ['ASA 300 mg p.o.', 'morfina 5 mg i.v.', 'salbutamol 5 mg nebulizacja', 'NaCl 0,9% 500 ml'])}\n")
    pr = later(t, r, 20, 70)
    d.f("Przekazanie: SOR {@s}, godz. {@tm}, lek. {@lek}\n", s=ch(r, ["Szpitala Uniwersyteckiego", "Szpitala Wojewódzkiego", "im. Jana Pawła II"]),
        tm=DT(pr.strftime("%H:%M")), lek=P(person(r, "pl", ch(r, ["full", "last"]))))
    d.f("Nr księgi głównej / historii choroby: {@h}\nKierownik zespołu: {@k}\n", h=MR(f"{dg(r, 5)}/{t.year % 100}"),
        k=P(person(r, "pl", "full")))
    return d


# ---------------------------------------------------------------- Swedish
def k_sv_sos_logg(r):
    d = Doc("sv")
    t = rdt(r)
    a = intl_addr(r, "sv")
    d.f("SOS ALARM -- ÄRENDELOGG   Ärende {@n}\n", n=f"{t.strftime('%y%m%d')}-{dg(r, 5)}")
    d.f("Inringare: {@i}, tel {@ph}\nHändelseadress: {@a}\n", i=P(person(r, "sv", ch(r, ["full", "caps"]))), ph=PH(phone(r, "sv")),
        a=ADR(addr_line(a, r)))
    fn, ln, _ = name_parts(r, "sv")
    d.f("Patient: {@p}, född {@dob}\n", p=P(f"{fn} {ln}"), dob=DOB(fdate(r, rdob(r), "sv", "num")))
    d.t("-" * 60 + "\n")
    for txt in r.sample(["Ärende skapat, prio 1, RETTS röd", "Ambulans {u} larmad", "Räddningstjänst underrättad, IVPA",
                         "Inringare instrueras i HLR, telefon-HLR påbörjad", "Polis begär assistans", "Ambulans framme",
                         "Avtransport till akutmottagningen"], r.randint(4, 6)):
        t = later(t, r, 0, 6)
        d.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')}  {txt.format(u=ch(r, ['1130', '2140', '3310']))}\n")
    d.t("-" * 60 + "\n")
    d.f("Mottagande sjuksköterska: {@s}   Journalnummer: {@j}\n", s=P(person(r, "sv", ch(r, ["full", "first"]))), j=MR(f"J{dg(r, 8)}"))
    d.f("Anhörig: {@a} ({@rel}), {@ph}. Återkoppling planerad {@dt}.\n", a=P(person(r, "sv", "full")),
        rel=ch(r, ["make", "dotter", "granne"]), ph=PH(phone(r, "sv")), dt=DT(fdt(r, later(t, r, 600, 3000), "sv")))
    return d


# ---------------------------------------------------------------- Turkish
def k_tr_112(r):
    d = Doc("tr")
    t = rdt(r)
    a = intl_addr(r, "tr")
    fn, ln, _ = name_parts(r, "tr")
    d.f("112 ACİL ÇAĞRI MERKEZİ -- VAKA KAYIT FORMU\nVaka no: {@n}   Ekip: {@e}\n", n=f"{t.year}{dg(r, 8)}",
        e=ch(r, ["A-14", "B-07", "UMKE-2", "Hava Ambulansı"]))
    d.f("Çağrı tarihi/saati: {@dt}\nArayan: {@ar}, tel: {@ph}\n", dt=DT(fdt(r, t, "tr")), ar=P(person(r, "tr", ch(r, ["full", "caps"]))),
        ph=PH(phone(r, "tr")))
    d.f("Olay yeri adresi: {@a}\n", a=ADR(addr_line(a, r)))
    d.f("Hasta: {@h}   Doğum tarihi: {@dob}\n", h=P(f"{fn} {ln.upper()}" if maybe(r) else f"{fn} {ln}"), dob=DOB(fdate(r, rdob(r), "tr", "num")))
    if maybe(r, 0.6):
        d.f("Hasta dosya no: {@m}\n", m=MR(dg(r, 8)))
    d.t(f"\nŞikayet: {ch(r, ['göğüs ağrısı, terleme', 'merdivenden düşme, kalça ağrısı', 'bilinç bulanıklığı', 'trafik kazası, araç içinde sıkışma'])}\n"
        f"Vital bulgular: TA {r.randint(90, 190)}/{r.randint(50, 110)} mmHg, nabız {r.randint(45, 150)}/dk, SpO2 %{r.randint(85, 100)}\n"
        f"Olaya karışan araç plakası: {plate(r, 'tr')}\n")
    v = later(t, r, 20, 60)
    d.f("Nakil: {@h} acil servisi, teslim saati {@tm}, teslim alan Dr. {@dr}\n", h=ch(r, ["Dr. Lütfi Kırdar Şehir Hastanesi", "Başkent Üniversitesi Hastanesi", "Acıbadem Hastanesi"]),
        tm=DT(v.strftime("%H:%M")), dr=P(person(r, "tr", ch(r, ["full", "last"]))))
    d.f("Formu dolduran: {@p} (paramedik)\n", p=P(person(r, "tr", "full")))
    return d


# ---------------------------------------------------------------- registry
KINDS = [
    # English, with entities
    ("calltaker_notes_911", "en", False, k_calltaker_notes),
    ("cad_event_chronology", "en", False, k_cad_event_log),
    ("volunteer_sms_pages", "en", False, k_sms_page),
    ("ics309_radio_log", "en", False, k_radio_log),
    ("crisis_text_chat", "en", False, k_crisis_chat),
    ("poison_center_case", "en", False, k_poison_call),
    ("epcr_chart_narrative", "en", False, k_epcr_narrative),
    ("ed_sbar_handover", "en", False, k_ed_handover),
    ("nemsis_v3_xml", "en", False, k_nemsis_xml),
    ("nfirs_basic_module", "en", False, k_nfirs_record),
    ("police_incident_report", "en", False, k_police_incident),
    ("traffic_crash_report", "en", False, k_accident_report),
    ("jail_booking_sheet", "en", False, k_booking_sheet),
    ("bolo_missing_person", "en", False, k_bolo),
    ("sar_mission_log", "en", False, k_sar_log),
    ("fire_inspection_report", "en", False, k_fire_inspection),
    ("after_action_report", "en", False, k_aar),
    ("mci_tracking_table", "en", False, k_mci_table),
    ("cad_incident_csv", "en", False, k_incident_csv),
    ("interfacility_transfer", "en", False, k_transfer_request),
    ("ama_refusal_form", "en", False, k_refusal_form),
    ("emd_qa_review_email", "en", False, k_qa_review),
    ("hl7_adt_a04_ed", "en", False, k_hl7_adt),
    ("fhir_patient_encounter", "en", False, k_fhir_bundle),
    ("x12_837_ambulance_claim", "en", False, k_x12_837),
    ("ambulance_billing_statement", "en", False, k_billing_letter),
    ("stipend_direct_deposit", "en", False, k_direct_deposit),
    ("oncall_vcard", "en", False, k_vcard),
    ("tabletop_ics_invite", "en", False, k_ics_invite),
    ("shift_handoff_email", "en", False, k_shift_email),
    ("uk_ambulance_epr", "en", False, k_uk_ambulance),
    ("au_triple_zero_record", "en", False, k_au_triple_zero),
    ("utility_shutoff_request", "en", False, k_utility_request),
    ("responder_exposure_report", "en", False, k_exposure_report),
    ("cad_bridge_yaml", "en", False, k_cad_yaml_config),
    ("billing_portal_dotenv", "en", False, k_dotenv),
    ("k8s_secret_manifest", "en", False, k_k8s_secret),
    ("cad_api_gateway_log", "en", False, k_api_log),
    ("mdt_helpdesk_ticket", "en", False, k_it_ticket),
    ("paging_webhook_request", "en", False, k_webhook_json),
    ("vendor_sftp_key_email", "en", False, k_pem_email),
    ("github_actions_deploy", "en", False, k_gh_workflow),
    ("slack_ops_export", "en", False, k_slack_export),
    ("nemsis_resubmit_runbook", "en", False, k_curl_runbook),
    # English, no entities
    ("protocol_quick_reference", "en", True, k_protocol_card),
    ("unit_status_board", "en", True, k_unit_status_board),
    ("cad_release_notes", "en", True, k_release_notes),
    ("ems_performance_stats", "en", True, k_monthly_stats),
    ("training_scenario", "en", True, k_training_scenario),
    # other languages
    ("de_rettungsdienst_protokoll", "de", False, k_de_rettungsdienst),
    ("de_feuerwehr_einsatzbericht", "de", False, k_de_feuerwehr),
    ("de_gebuehrenbescheid", "de", False, k_de_gebuehrenbescheid),
    ("de_fahrzeugcheck", "de", True, k_de_fahrzeugcheck),
    ("fr_fiche_bilan_sdis", "fr", False, k_fr_fiche_bilan),
    ("fr_centre_antipoison", "fr", False, k_fr_antipoison),
    ("fr_protocole_regulation", "fr", True, k_fr_protocole),
    ("es_parte_112", "es", False, k_es_parte_112),
    ("es_informe_accidente", "es", False, k_es_atestado),
    ("es_chat_linea_024", "es", False, k_es_chat_crisis),
    ("it_scheda_118", "it", False, k_it_scheda_118),
    ("nl_meldkamer_overdracht", "nl", False, k_nl_meldkamer),
    ("pt_inem_ocorrencia", "pt", False, k_pt_inem),
    ("pt_br_samu_whatsapp", "pt", False, k_ptbr_chat),
    ("pl_karta_mcr", "pl", False, k_pl_karta),
    ("sv_sos_arendelogg", "sv", False, k_sv_sos_logg),
    ("tr_112_vaka_kaydi", "tr", False, k_tr_112),
]

_POOLS = {
    "en_empty": [k for k in KINDS if k[1] == "en" and k[2]],
    "xx_empty": [k for k in KINDS if k[1] != "en" and k[2]],
    "xx_full": [k for k in KINDS if k[1] != "en" and not k[2]],
    "en_full": [k for k in KINDS if k[1] == "en" and not k[2]],
}


def _pick_kind(r):
    x = r.random()
    if x < 0.09:
        pool = _POOLS["en_empty"]
    elif x < 0.12:
        pool = _POOLS["xx_empty"]
    elif x < 0.34:
        pool = _POOLS["xx_full"]
    else:
        pool = _POOLS["en_full"]
    return r.choice(pool)


def _finish(text, ents, lang):
    """Cut over-long documents at a line break outside any span; pad short ones."""
    if len(text) > 3000:
        cut = None
        pos = text.rfind("\n", 0, 3000)
        while pos > 0:
            if not any(e["start"] < pos + 1 < e["end"] or e["start"] <= pos < e["end"] for e in ents):
                cut = pos + 1
                break
            pos = text.rfind("\n", 0, pos)
        cut = cut or 3000
        text = text[:cut]
        ents = [e for e in ents if e["end"] <= cut]
    pad = PAD.get(lang, PAD["en"])
    while len(text) < 150:
        text = text + ("" if text.endswith("\n") or not text else "\n") + pad + "\n"
    return text, ents


def make_doc(seed, i):
    r = random.Random(f"blind79-{seed}-{i}")
    name, lang, empty, fn = _pick_kind(r)
    d = fn(r)
    text, ents = _finish(d.text(), list(d.ents), lang)
    ents = sorted(ents, key=lambda e: (e["start"], e["end"]))
    return {"id": f"blind79-{seed}-{i:06d}", "text": text, "entities": ents}, name, lang


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield make_doc(seed, i)[0]


def _marked(doc):
    out, pos = [], 0
    t = doc["text"]
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{t[e['start']:e['end']]}|{e['type']}]]")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def _check():
    types, kinds, langs = Counter(), Counter(), Counter()
    problems = 0
    ndocs = 0
    empty_docs = 0
    kind_lang = {k[0]: k[1] for k in KINDS}
    for seed in (0, 1):
        for i in range(2000):
            doc, name, lang = make_doc(seed, i)
            ndocs += 1
            kinds[name] += 1
            langs[lang] += 1
            if not doc["entities"]:
                empty_docs += 1
            for e in doc["entities"]:
                types[e["type"]] += 1
            for p in validate(doc):
                problems += 1
                if problems <= 40:
                    print(f"PROBLEM {doc['id']} ({name}): {p}")
            if [k for k in KINDS if k[0] == name][0][2] and doc["entities"]:
                problems += 1
                print(f"PROBLEM {doc['id']}: empty kind {name} has entities")
    # determinism / independence from n
    a = list(generate(5, 0))
    b = [make_doc(0, i)[0] for i in range(5)]
    if a != b:
        problems += 1
        print("PROBLEM generate() not deterministic")
    print(f"docs checked: {ndocs}   docs without entities: {empty_docs} ({100 * empty_docs / ndocs:.1f}%)")
    print("\nentities per type:")
    for t in TYPES:
        print(f"  {t:<24}{types[t]:>7}")
    missing = [t for t in TYPES if not types[t]]
    if missing:
        problems += 1
        print(f"PROBLEM types never used: {missing}")
    print("\ndocs per language:")
    for l, c in sorted(langs.items(), key=lambda x: -x[1]):
        print(f"  {l:<6}{c:>6} ({100 * c / ndocs:.1f}%)")
    print("\ndocs per kind:")
    for k in KINDS:
        print(f"  {k[0]:<32}{k[1]:<4}{'empty' if k[2] else '':<7}{kinds[k[0]]:>6}")
    used = sum(1 for k in KINDS if kinds[k[0]])
    nonen = sum(1 for k in KINDS if k[1] != "en")
    print(f"\nkinds defined: {len(KINDS)}   kinds used: {used}   non-English kinds: {nonen}   "
          f"empty kinds: {sum(1 for k in KINDS if k[2])}")
    print(f"problems: {problems}")
    if problems or used < 50:
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description="Blind corpus 79 -- emergency services")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default=None)
    a = ap.parse_args()
    if a.check:
        sys.exit(_check())
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(f"===== {doc['id']} ({len(doc['text'])} chars, {len(doc['entities'])} entities)")
            print(_marked(doc))
        return
    if a.n:
        out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
        try:
            for doc in generate(a.n, a.seed):
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        finally:
            if a.output:
                out.close()
        return
    ap.print_help()


if __name__ == "__main__":
    main()
