#!/usr/bin/env python3
"""Blind synthetic labelled corpus #40 -- everyday consumer messaging & social data.

Domains (one generator per "kind", 80+ kinds): customer-support chats and
e-mails for utilities, airlines, retailers, banks, telecoms/ISPs and health
plans; social-media DMs (JSON exports) and comment exports (CSV);
marketplace / classifieds messages and ads; dating-app abuse reports and
moderation queues; community forum posts (incl. developer forums where people
paste credentials); review sites and app-store reviews; SMS threads and bank
SMS alerts; voicemail and call transcripts; WhatsApp / Telegram / Slack
exports; chatbot logs (JSONL); CRM notes and help-desk ticket exports;
shared vCards and calendar invites; OCR'd letters.  Text is informal: typos,
lowercase names, emoji, mixed languages.  About a quarter of the documents
are non-English (German, French, Spanish, Italian, Brazilian Portuguese,
Dutch, Spanglish) with native formats for dates, phones and addresses, and
about 12 % contain no labelled entity at all but many hard negatives
(order/tracking/ticket numbers, masked values, log timestamps, versions,
UUIDs, brands, pet names, Luhn-invalid numbers, invalid SSNs, ...).

Every value is produced synthetically; checksummed identifiers are valid
(Luhn for cards, mod-97 for IBANs, SSA area/group/serial rules for SSNs).
Offsets are Python ``str`` indices (code points), half-open [start, end).

Usage::

    python bench/corpus_blind40.py --check
    python bench/corpus_blind40.py --sample 5
    python bench/corpus_blind40.py --n 500 --seed 3 --output out.jsonl

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

# short aliases used by the templates
P, EM, PH, SSN, CC, IBAN = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE"
IP, DOB, DT, LOC, ADR, URL = "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKI, ASK, GHT, SLK, STK = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY"
JWT, PK, PW, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"


# --------------------------------------------------------------------------
# document builder: text is appended piece by piece, offsets recorded on append
# --------------------------------------------------------------------------

def flat(parts):
    out = []
    for p in parts:
        if p is None or p == "":
            continue
        if isinstance(p, str):
            out.append((p, None))
        elif isinstance(p, tuple):
            if p[0]:
                out.append((p[0], p[1]))
        elif isinstance(p, list):
            out.extend(flat(p))
        else:
            raise TypeError(repr(p))
    return out


class Doc:
    def __init__(self):
        self._parts = []
        self._n = 0
        self.ents = []
        self.filt = None  # optional noise function applied to plain text only

    def t(self, s):
        if self.filt is not None:
            s = self.filt(s)
        self._parts.append(s)
        self._n += len(s)

    def e(self, v, typ):
        if not v or v != v.strip():
            raise ValueError(f"bad entity value {v!r} ({typ})")
        if typ not in TYPES:
            raise ValueError(typ)
        self.ents.append({"start": self._n, "end": self._n + len(v), "type": typ})
        self._parts.append(v)
        self._n += len(v)

    def __call__(self, *parts):
        for v, t in flat(parts):
            if t:
                self.e(v, t)
            else:
                self.t(v)
        return self

    def raw(self, *parts, fn=lambda s: s):
        """Emit parts through an escaping function (also applied to entity values)."""
        for v, t in flat(parts):
            v2 = fn(v)
            if t:
                self.e(v2, t)
            else:
                self._parts.append(v2)
                self._n += len(v2)
        return self

    @property
    def text(self):
        return "".join(self._parts)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jstr(d, *parts):
    """JSON string literal whose content is built from parts."""
    d._parts.append('"'); d._n += 1
    d.raw(*parts, fn=jesc)
    d._parts.append('"'); d._n += 1


def csv_field(d, parts):
    fl = flat([parts])
    full = "".join(v for v, _ in fl)
    q = any(c in full for c in ',"\n')
    if q:
        d.t('"')
    d.raw(fl, fn=(lambda s: s.replace('"', '""')) if q else (lambda s: s))
    if q:
        d.t('"')


def csv_row(d, fields, sep=","):
    for i, f in enumerate(fields):
        if i:
            d.t(sep)
        csv_field(d, f)
    d.t("\n")


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def ch(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


def asciify(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ı", "i")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


UPPER_DIG = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"

EMOJI = ["🙏", "😡", "😂", "👍", "🙄", "😭", "❤️", "🔥", "😅", "🤦‍♀️", "✅", "📦", "😤", "🥲", "👀", "💯", "🙃", "😬"]


def emo(rng, p=0.35):
    return (" " + ch(rng, EMOJI)) if chance(rng, p) else ""


def typo(rng, s, p=0.05):
    """Introduce keyboard typos into plain text (never used on entity values)."""
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and w.isalpha() and chance(rng, p):
            i = rng.randrange(len(w) - 1)
            k = rng.randrange(3)
            if k == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif k == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


OCR_MAP = {"l": "1", "I": "l", "O": "0", "o": "o", "e": "c", "S": "5", "a": "a", "i": "í", "m": "rn", "B": "8", ",": ".", ".": ","}


def ocr(rng, s, p=0.04):
    out = []
    for c in s:
        r = rng.random()
        if c in OCR_MAP and r < p:
            out.append(OCR_MAP[c])
        elif c == " " and r < p / 2:
            out.append("  ")
        else:
            out.append(c)
    return "".join(out)


# --------------------------------------------------------------------------
# name pools
# --------------------------------------------------------------------------

FIRST_EN = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
            "Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Daniel Lisa Matthew Nancy "
            "Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Andrew Emily Joshua Donna Kevin "
            "Michelle Brian Carol Tyler Amanda Brandon Melissa Jamal Aaliyah DeShawn Keisha Priya Raj "
            "Wei Mei Hiroshi Yuki Mohammed Fatima Carlos Maria Luis Rosa Tanisha Connor Siobhan Liam "
            "Chloe Olivia Noah Ethan Ava Mia Zoe Harper Grayson Mateo Destiny Trevor Brittany Dustin "
            "Crystal Marcus Tamika Ricardo Anh Minh Xavier Leticia Shawn Kayla Bethany Colton Jasmine").split()
LAST_EN = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
           "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
           "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
           "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Patel Kim O'Brien "
           "McAllister Okafor Kowalski Nakamura Chen Washington Fitzgerald Sullivan Murphy Byrne Delgado "
           "Henderson Brooks Reyes Whitfield Castillo Tran Huang Abernathy Lindqvist Oyelaran Pham").split()
FIRST_GB = ("Oliver George Harry Jack Charlie Amelia Isla Ava Poppy Freya Sophie Emily Grace Alfie "
            "Callum Rhys Ffion Megan Aisha Imran Saoirse Declan Gemma Nigel Gareth Kirsty Siobhan").split()
LAST_GB = ("Hughes Evans Davies Jones Patel Khan Ahmed Thompson Wright Walker Robinson Wood Hall "
           "Clarke Jackson Hussain Begum Campbell Stewart MacLeod Price Powell Lloyd Morgan Edwards").split()
FIRST_DE = ("Lukas Leon Jonas Felix Maximilian Paul Anna Lena Laura Julia Sophie Katharina Jürgen Stefan "
            "Andreas Sabine Petra Monika Klaus Uwe Birgit Dirk Tobias Niklas Hannah Marie Svenja Jörg "
            "Emre Ayşe Dominik Carina Heike Ralf").split()
LAST_DE = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
           "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
           "Lange Werner Krause Lehmann Köhler Yılmaz Kaya Nowak Vogel Brandt").split()
FIRST_FR = ("Jean Marie Pierre Sophie Camille Léa Manon Chloé Lucas Hugo Louis Nathalie Isabelle Sylvie "
            "Céline Thierry Philippe Nicolas Julien Mathilde Théo Élodie François Amélie Karim Yasmine "
            "Gaëlle Benoît Aurélie").split()
LAST_FR = ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
           "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert "
           "Bonnet Martinez Benali Chevalier Gauthier Rousseau").split()
FIRST_ES = ("José Antonio Manuel Francisco Javier David Daniel Carlos Alejandro Lucía María Carmen Ana "
            "Laura Isabel Paula Marta Sofía Elena Pablo Sergio Jorge Alberto Raquel Pilar Nerea Iker "
            "Ainhoa Rocío Álvaro").split()
LAST_ES = ("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
           "Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez "
           "Ramos Gil Serrano Blanco Molina Ortega Iglesias Castro").split()
FIRST_IT = ("Giuseppe Giovanni Antonio Mario Luigi Francesco Alessandro Andrea Marco Matteo Lorenzo "
            "Giulia Francesca Chiara Sara Martina Federica Valentina Alessia Elena Paola Roberta Davide "
            "Simone Stefano Ilaria Nicolò").split()
LAST_IT = ("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
           "De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
           "Rinaldi Caruso Ferraro D'Angelo").split()
FIRST_PT = ("João Maria Ana Pedro Lucas Gabriel Rafael Mariana Juliana Fernanda Camila Bruno Thiago "
            "Larissa Beatriz Letícia Gustavo Felipe Rodrigo Patrícia Vanessa Luiz Carla Renata Daniela "
            "Caio Jéssica").split()
LAST_PT = ("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins "
           "Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira "
           "Cavalcanti Araújo").split()
FIRST_NL = ("Daan Sem Lucas Levi Finn Emma Julia Tess Sophie Anna Sanne Lotte Bram Jeroen Marieke Henk "
            "Willem Femke Joost Ingrid Ruud Esther Thijs Noor").split()
LAST_NL = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
           "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
           "van Leeuwen", "Dekker", "Brouwer", "Kuipers", "Verhoeven"]

NAMES = {
    "en": (FIRST_EN, LAST_EN), "gb": (FIRST_GB + FIRST_EN[:20], LAST_GB + LAST_EN[:20]),
    "de": (FIRST_DE, LAST_DE), "fr": (FIRST_FR, LAST_FR), "es": (FIRST_ES, LAST_ES),
    "it": (FIRST_IT, LAST_IT), "pt": (FIRST_PT, LAST_PT), "nl": (FIRST_NL, LAST_NL),
}

EMAIL_DOMAINS = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
           "att.net", "protonmail.com", "me.com"],
    "gb": ["btinternet.com", "hotmail.co.uk", "sky.com", "gmail.com", "yahoo.co.uk", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "planet.nl", "gmail.com"],
}

HANDLE_WORDS = ["sunny", "coffee", "night_owl", "trail", "mama_bear", "gamer", "vintage", "thrift", "plant_dad",
                "midnight", "blue", "lucky", "retro", "chaos", "pixel", "taco", "snack", "moon", "wander",
                "bookworm", "dad_jokes", "lil", "the_real", "not", "its", "hello", "x"]


class Person:
    def __init__(self, rng, lang="en"):
        F, L = NAMES.get(lang, NAMES["en"])
        self.rng = rng
        self.lang = lang
        used = rng.__dict__.setdefault("_used_names", set())
        for _ in range(8):  # avoid two people with the same given name in one document
            self.first = ch(rng, F)
            if self.first not in used:
                break
        used.add(self.first)
        self.last = ch(rng, L)
        if lang == "es" and chance(rng, 0.55):
            l2 = ch(rng, L)
            if l2 != self.last:
                self.last = f"{self.last} {l2}"
        if lang == "pt" and chance(rng, 0.4):
            l2 = ch(rng, L)
            if l2 != self.last:
                self.last = f"{l2} {self.last}"
        self.mi = ch(rng, "ABCDEFGHJKLMNPRSTW")

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def name(self, style=None):
        rng = self.rng
        if style is None:
            style = ch(rng, ["full"] * 6 + ["first"] * 2 + ["mid", "caps", "lower", "lastfirst"])
        if style == "full":
            return self.full
        if style == "first":
            return self.first
        if style == "last":
            return self.last
        if style == "mid":
            return f"{self.first} {self.mi}. {self.last}"
        if style == "caps":
            return self.full.upper()
        if style == "lower":
            return self.full.lower()
        if style == "lowerfirst":
            return self.first.lower()
        if style == "lastfirst":
            return f"{self.last}, {self.first}"
        if style == "LASTfirst":
            return f"{self.last.upper()}, {self.first.upper()}"
        if style == "initial":
            return f"{self.first} {self.last[0]}"
        raise ValueError(style)

    def email(self, domains=None):
        rng = self.rng
        f = asciify(self.first).lower().replace(" ", "").replace("'", "")
        l = asciify(self.last).lower().replace(" ", "").replace("'", "")
        local = ch(rng, [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}",
                         f"{f}{rng.randint(70, 2005)}", f"{l}.{f}", f"{f}.{l}{rng.randint(1, 9)}",
                         f"{f}{l[0]}", f"{f[0]}.{l}"])
        return f"{local}@{ch(rng, domains or EMAIL_DOMAINS.get(self.lang, EMAIL_DOMAINS['en']))}"

    def handle(self):
        return handle(self.rng, self)


def handle(rng, p=None):
    base = ch(rng, HANDLE_WORDS)
    if p is not None and chance(rng, 0.5):
        base = asciify(p.first).lower() + ch(rng, ["_", ".", "", "x"]) + ch(rng, [asciify(p.last)[0].lower(), "", "_"])
    return (base + ch(rng, ["", "_", "."]) + ch(rng, ["", str(rng.randint(1, 99)), str(rng.randint(1980, 2006)),
                                                        ch(rng, HANDLE_WORDS)])).strip("._") or "user" + digits(rng, 4)


PET_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Charlie", "Milo", "Daisy", "Cooper", "Pepper", "Mochi",
             "Oreo", "Ziggy", "Nala", "Rocky", "Peanut", "Mr. Whiskers", "Sir Fluffington", "Tofu", "Bruno",
             "Maple", "Waffles", "Pickles", "Shadow", "Coco"]
PET_KIND = ["dog", "cat", "pup", "kitty", "golden retriever", "tabby", "beagle", "rescue mutt", "husky", "corgi"]
BRANDS_PERSON = ["Ben & Jerry's", "Trader Joe's", "Wendy's", "McDonald's", "Dell", "Ford", "Ralph Lauren",
                 "Calvin Klein", "Marks & Spencer", "Sainsbury's", "Müller & Söhne GmbH", "Johnson & Johnson",
                 "Procter & Gamble", "Hewlett-Packard", "Dyson", "Peugeot", "Ferrero", "Barilla", "Dr. Martens",
                 "Tommy Hilfiger", "Kellogg's", "Hermès", "Chanel", "Mrs. Fields", "Wrigley's", "Heinz"]
BRANDS = ["Samsung", "Apple", "iPhone 14", "Pixel 8", "PlayStation 5", "Nintendo Switch", "Netflix", "Spotify",
          "Costco", "Target", "Walmart", "IKEA", "Nike", "Adidas", "Lego", "Instant Pot", "Roomba", "Kindle",
          "AirPods", "Xbox", "Uber Eats", "DoorDash", "Venmo", "Zelle", "PayPal", "Cash App"]
DRUGS = ["atorvastatin 20 mg", "amoxicillin 500 mg", "lisinopril 10 mg", "metformin 500 mg", "sertraline 50 mg",
         "levothyroxine 75 mcg", "ibuprofen", "Zyrtec", "albuterol inhaler", "omeprazole 20 mg",
         "amlodipine 5 mg", "gabapentin 300 mg", "prednisone 10 mg", "Ozempic", "EpiPen"]


# --------------------------------------------------------------------------
# places & addresses
# --------------------------------------------------------------------------

US_CITIES = [("Austin", "TX"), ("Columbus", "OH"), ("Sacramento", "CA"), ("San Diego", "CA"), ("Denver", "CO"),
             ("Portland", "OR"), ("Seattle", "WA"), ("Phoenix", "AZ"), ("Tucson", "AZ"), ("Atlanta", "GA"),
             ("Savannah", "GA"), ("Charlotte", "NC"), ("Raleigh", "NC"), ("Nashville", "TN"), ("Memphis", "TN"),
             ("Chicago", "IL"), ("Naperville", "IL"), ("Detroit", "MI"), ("Grand Rapids", "MI"),
             ("Minneapolis", "MN"), ("Kansas City", "MO"), ("Omaha", "NE"), ("Boise", "ID"),
             ("Salt Lake City", "UT"), ("Albuquerque", "NM"), ("Tampa", "FL"), ("Orlando", "FL"),
             ("Miami", "FL"), ("Jacksonville", "FL"), ("Richmond", "VA"), ("Baltimore", "MD"),
             ("Pittsburgh", "PA"), ("Philadelphia", "PA"), ("Buffalo", "NY"), ("Brooklyn", "NY"),
             ("Newark", "NJ"), ("Hartford", "CT"), ("Providence", "RI"), ("Madison", "WI"),
             ("Milwaukee", "WI"), ("Louisville", "KY"), ("Birmingham", "AL"), ("New Orleans", "LA"),
             ("Houston", "TX"), ("El Paso", "TX"), ("Las Vegas", "NV"), ("Reno", "NV"), ("Anchorage", "AK"),
             ("Honolulu", "HI"), ("Spokane", "WA"), ("Des Moines", "IA"), ("Fresno", "CA"), ("Tulsa", "OK")]
US_STATES = {"TX": "Texas", "OH": "Ohio", "CA": "California", "CO": "Colorado", "OR": "Oregon", "WA": "Washington",
             "AZ": "Arizona", "GA": "Georgia", "NC": "North Carolina", "TN": "Tennessee", "IL": "Illinois",
             "MI": "Michigan", "MN": "Minnesota", "MO": "Missouri", "NE": "Nebraska", "ID": "Idaho", "UT": "Utah",
             "NM": "New Mexico", "FL": "Florida", "VA": "Virginia", "MD": "Maryland", "PA": "Pennsylvania",
             "NY": "New York", "NJ": "New Jersey", "CT": "Connecticut", "RI": "Rhode Island", "WI": "Wisconsin",
             "KY": "Kentucky", "AL": "Alabama", "LA": "Louisiana", "NV": "Nevada", "AK": "Alaska", "HI": "Hawaii",
             "IA": "Iowa", "OK": "Oklahoma"}
US_STREETS = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Park Ave", "Lakeview Dr", "Sunset Blvd",
              "Hillcrest Rd", "Willow Way", "Pine St", "2nd Ave", "Riverside Dr", "Highland Ave", "Chestnut St",
              "Birch Ct", "Meadowbrook Ln", "Franklin St", "Jefferson Ave", "Magnolia Blvd", "Spruce St",
              "Grove St", "Cherry Ln", "Dogwood Dr", "Ridge Rd", "Mill Rd", "Church St", "Bayview Ter",
              "N 14th St", "W Burnside St", "E Colfax Ave", "Old Mill Pkwy", "Country Club Rd", "Brookside Cir"]
US_UNITS = ["Apt 4B", "Apt 12", "Unit 7", "#305", "Apt 2C", "Unit 1410", "Suite 200", "Apt B", "#12", "Lot 44"]

GB_CITIES = [("London", ["E8 3PN", "SW9 7AB", "N16 0LR", "SE15 4QT"]), ("Manchester", ["M14 5RT", "M20 2WS"]),
             ("Leeds", ["LS6 2AB", "LS8 1JJ"]), ("Bristol", ["BS3 4HG", "BS7 8NE"]), ("Glasgow", ["G12 8QQ", "G41 2PE"]),
             ("Edinburgh", ["EH6 5LN", "EH10 4BF"]), ("Cardiff", ["CF24 3DG", "CF11 9LJ"]),
             ("Liverpool", ["L17 8TZ", "L15 2HG"]), ("Sheffield", ["S7 1FE", "S11 8YZ"]),
             ("Nottingham", ["NG7 2PB", "NG5 1AX"]), ("Brighton", ["BN1 6UT", "BN2 0GE"])]
GB_STREETS = ["Albert Road", "Victoria Street", "Church Lane", "Station Road", "Queens Drive", "Mill Lane",
              "Park Crescent", "High Street", "Grange Avenue", "Kingsway", "Orchard Close", "Manor Way"]

DE_CITIES = [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
             ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"), ("Düsseldorf", "40213"),
             ("Leipzig", "04109"), ("Dresden", "01067"), ("Hannover", "30159"), ("Nürnberg", "90402"),
             ("Bremen", "28195"), ("Freiburg im Breisgau", "79098"), ("Münster", "48143")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße", "Lindenallee",
              "Kirchgasse", "Bergstraße", "Rosenweg", "Friedrichstraße", "Parkstraße", "Am Markt",
              "Ringstraße", "Mühlenweg", "Schulstraße", "Talstraße"]
FR_CITIES = [("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13001"), ("Toulouse", "31000"), ("Nice", "06000"),
             ("Nantes", "44000"), ("Strasbourg", "67000"), ("Montpellier", "34000"), ("Bordeaux", "33000"),
             ("Lille", "59000"), ("Rennes", "35000"), ("Grenoble", "38000")]
FR_STREETS = ["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire",
              "rue des Lilas", "chemin des Vignes", "place du Marché", "rue Pasteur", "allée des Tilleuls",
              "rue Nationale", "impasse des Rosiers"]
ES_CITIES = [("Madrid", "28013"), ("Barcelona", "08001"), ("Valencia", "46001"), ("Sevilla", "41001"),
             ("Zaragoza", "50001"), ("Málaga", "29001"), ("Bilbao", "48001"), ("Alicante", "03001"),
             ("Granada", "18001"), ("Murcia", "30001"), ("Valladolid", "47001"), ("A Coruña", "15001")]
ES_STREETS = ["Calle Mayor", "C/ Alcalá", "Avenida de la Constitución", "Calle San Vicente", "Paseo de Gracia",
              "C/ Real", "Avenida del Puerto", "Calle Larios", "Gran Vía", "Calle de la Paz", "Ronda de Segovia"]
IT_CITIES = [("Roma", "00184", "RM"), ("Milano", "20121", "MI"), ("Napoli", "80133", "NA"), ("Torino", "10121", "TO"),
             ("Bologna", "40121", "BO"), ("Firenze", "50122", "FI"), ("Genova", "16121", "GE"),
             ("Palermo", "90133", "PA"), ("Bari", "70121", "BA"), ("Verona", "37121", "VR")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Garibaldi", "Viale Monza",
              "Via Dante", "Via Mazzini", "Via Nazionale", "Corso Italia", "Via dei Mille"]
BR_CITIES = [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"),
             ("Porto Alegre", "RS"), ("Salvador", "BA"), ("Recife", "PE"), ("Fortaleza", "CE"),
             ("Brasília", "DF"), ("Campinas", "SP"), ("Florianópolis", "SC"), ("Goiânia", "GO")]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua XV de Novembro", "Av. Brasil",
              "Rua da Consolação", "Rua Oscar Freire", "Av. Sete de Setembro", "Rua Bahia", "Rua dos Andradas"]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere",
             "Breda", "Nijmegen", "Haarlem", "Leiden"]
NL_STREETS = ["Kerkstraat", "Prinsengracht", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan",
              "Beatrixstraat", "Oude Gracht", "Lange Voorhout", "Schoolstraat"]

COUNTRIES = {"en": "USA", "gb": "United Kingdom", "de": "Deutschland", "fr": "France", "es": "España",
             "it": "Italia", "pt": "Brasil", "nl": "Nederland"}
ABROAD = ["Mexico", "Canada", "Japan", "Portugal", "Ireland", "Thailand", "Costa Rica", "Iceland", "Greece",
          "Morocco", "Vietnam", "Peru", "Croatia", "New Zealand"]
ABROAD_CITY = [("Cancún", "Mexico"), ("Toronto", "Canada"), ("Lisbon", "Portugal"), ("Dublin", "Ireland"),
               ("Barcelona", "Spain"), ("Tokyo", "Japan"), ("Reykjavík", "Iceland"), ("Athens", "Greece"),
               ("Bangkok", "Thailand"), ("Vancouver", "Canada"), ("Rome", "Italy"), ("Paris", "France")]


class Addr:
    """A structured address; .line is the street line, .one()/.multi() full renders."""

    def __init__(self, rng, lang="en"):
        self.lang = lang
        self.rng = rng
        self.region = None
        self.country = COUNTRIES.get(lang, "USA")
        if lang == "en":
            self.city, self.region = ch(rng, US_CITIES)
            n = rng.randint(12, 9899)
            self.line = f"{n} {ch(rng, US_STREETS)}"
            self.unit = ch(rng, US_UNITS) if chance(rng, 0.35) else None
            self.postal = f"{rng.randint(10001, 99929):05d}"
        elif lang == "gb":
            self.city, pcs = ch(rng, GB_CITIES)
            self.postal = ch(rng, pcs)
            self.line = f"{rng.randint(1, 220)} {ch(rng, GB_STREETS)}"
            self.unit = f"Flat {rng.randint(1, 12)}" if chance(rng, 0.3) else None
        elif lang == "de":
            self.city, self.postal = ch(rng, DE_CITIES)
            self.line = f"{ch(rng, DE_STREETS)} {rng.randint(1, 140)}{ch(rng, ['', '', '', 'a', 'b'])}"
            self.unit = None
        elif lang == "fr":
            self.city, self.postal = ch(rng, FR_CITIES)
            self.line = f"{rng.randint(1, 180)}{ch(rng, ['', '', '', ' bis'])} {ch(rng, FR_STREETS)}"
            self.unit = f"Appt {rng.randint(1, 40)}" if chance(rng, 0.25) else None
        elif lang == "es":
            self.city, self.postal = ch(rng, ES_CITIES)
            self.line = f"{ch(rng, ES_STREETS)} {rng.randint(1, 220)}"
            self.unit = f"{rng.randint(1, 9)}º {ch(rng, ['A', 'B', 'C', 'D', 'izda', 'dcha'])}" if chance(rng, 0.6) else None
        elif lang == "it":
            self.city, self.postal, self.region = ch(rng, IT_CITIES)
            self.line = f"{ch(rng, IT_STREETS)} {rng.randint(1, 200)}"
            self.unit = f"int. {rng.randint(1, 20)}" if chance(rng, 0.2) else None
        elif lang == "pt":
            self.city, self.region = ch(rng, BR_CITIES)
            self.line = f"{ch(rng, BR_STREETS)}, {rng.randint(10, 3999)}"
            self.unit = f"apto {rng.randint(11, 184)}" if chance(rng, 0.45) else None
            self.postal = f"{rng.randint(1000, 99999):05d}-{rng.randint(0, 999):03d}"
        elif lang == "nl":
            self.city = ch(rng, NL_CITIES)
            self.line = f"{ch(rng, NL_STREETS)} {rng.randint(1, 300)}{ch(rng, ['', '', '-2', ' A', ' bis'])}"
            self.unit = None
            self.postal = f"{rng.randint(1011, 9999)} {ch(rng, string.ascii_uppercase)}{ch(rng, 'ABCDEGHJKLMNPRSTVWXZ')}"
        else:
            raise ValueError(lang)

    def street(self):
        """street line incl. unit"""
        l, u = self.lang, self.unit
        if not u:
            return self.line
        if l == "en":
            return f"{self.line} {u}" if chance(self.rng, 0.5) else f"{self.line}, {u}"
        if l == "gb":
            return f"{u}, {self.line}"
        if l == "fr":
            return f"{u}, {self.line}"
        return f"{self.line}, {u}"

    def cityline(self):
        l = self.lang
        if l == "en":
            return f"{self.city}, {self.region} {self.postal}"
        if l == "gb":
            return f"{self.city} {self.postal}"
        if l in ("de", "fr", "es"):
            return f"{self.postal} {self.city}"
        if l == "it":
            return f"{self.postal} {self.city} {self.region}" if chance(self.rng, 0.4) else f"{self.postal} {self.city}"
        if l == "pt":
            return f"{self.city} - {self.region}, {self.postal}" if chance(self.rng, 0.6) else f"{self.city}/{self.region} CEP {self.postal}"
        if l == "nl":
            return f"{self.postal} {self.city}"

    def one(self, country=None):
        s = f"{self.street()}, {self.cityline()}"
        if country or (country is None and chance(self.rng, 0.08)):
            s += f", {self.country}"
        return s

    def multi(self):
        if self.lang == "gb" and chance(self.rng, 0.5):
            return f"{self.street()}\n{self.city}\n{self.postal}"
        return f"{self.street()}\n{self.cityline()}"

    def any(self):
        return self.one() if chance(self.rng, 0.6) else (self.street() if chance(self.rng, 0.5) else self.multi())

    def place(self):
        """'City, ST' or just city as LOCATION text"""
        if self.lang == "en":
            return ch(self.rng, [f"{self.city}, {self.region}", self.city, f"{self.city}, {self.region}"])
        return self.city


def us_place(rng):
    c, s = ch(rng, US_CITIES)
    return ch(rng, [f"{c}, {s}", c, f"{c}, {US_STATES[s]}", c])


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------

US_AREA = [212, 312, 415, 512, 617, 702, 713, 720, 503, 206, 404, 305, 602, 615, 919, 704, 214, 469, 971, 801,
           414, 608, 913, 816, 317, 216, 412, 267, 215, 718, 347, 929, 646, 917, 210, 480, 520,
           561, 727, 813, 904, 336, 828, 502, 859, 901, 405, 918, 316, 402, 515, 319, 808, 907]


def phone(rng, lang="en"):
    if lang == "en":
        a = ch(rng, US_AREA); ex = rng.randint(201, 989); ln = rng.randint(0, 9999)
        return ch(rng, [f"({a}) {ex}-{ln:04d}", f"{a}-{ex}-{ln:04d}", f"{a}.{ex}.{ln:04d}",
                        f"+1 {a} {ex} {ln:04d}", f"+1-{a}-{ex}-{ln:04d}", f"1-{a}-{ex}-{ln:04d}",
                        f"({a}) {ex}-{ln:04d}", f"{a}-{ex}-{ln:04d}", f"+1 ({a}) {ex}-{ln:04d}",
                        f"{a} {ex} {ln:04d}", f"{a}{ex}{ln:04d}"])
    if lang == "gb":
        if chance(rng, 0.6):
            m = f"7{rng.randint(300, 999)}"; r = digits(rng, 6)
            return ch(rng, [f"0{m} {r}", f"+44 {m} {r}", f"0{m} {r[:3]} {r[3:]}", f"+44 (0){m} {r}"])
        ac = ch(rng, [("20", 4, 4), ("161", 3, 4), ("113", 3, 4), ("117", 3, 4), ("131", 3, 4), ("29", 4, 4)])
        a, x, y = ac
        n1, n2 = digits(rng, x), digits(rng, y)
        return ch(rng, [f"0{a} {n1} {n2}", f"+44 {a} {n1} {n2}"])
    if lang == "de":
        if chance(rng, 0.55):
            pre = ch(rng, ["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"])
            r = digits(rng, rng.choice([7, 8]))
            return ch(rng, [f"0{pre} {r}", f"+49 {pre} {r}", f"0{pre}-{r}", f"0{pre} / {r}", f"+49 (0){pre} {r}"])
        ac = ch(rng, ["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911", "421"])
        r = digits(rng, 10 - len(ac))
        return ch(rng, [f"0{ac} {r}", f"+49 {ac} {r}", f"0{ac}/{r}", f"(0{ac}) {r}"])
    if lang == "fr":
        first = ch(rng, ["6", "7", "1", "2", "3", "4", "5", "9"])
        g = [f"{rng.randint(0, 99):02d}" for _ in range(4)]
        return ch(rng, [f"0{first} {' '.join(g)}", f"+33 {first} {' '.join(g)}", f"0{first}.{'.'.join(g)}",
                        f"0{first}{''.join(g)}", f"+33 (0){first} {' '.join(g)}"])
    if lang == "es":
        if chance(rng, 0.6):
            n = ch(rng, "67") + digits(rng, 8)
            return ch(rng, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                            f"+34 {n}", n])
        n = ch(rng, ["91", "93", "96", "95", "94"]) + digits(rng, 7)
        return ch(rng, [f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+34 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"])
    if lang == "it":
        if chance(rng, 0.6):
            pre = ch(rng, ["320", "328", "333", "338", "339", "340", "347", "348", "349", "351", "366", "380", "392"])
            r = digits(rng, 7)
            return ch(rng, [f"{pre} {r[:3]} {r[3:]}", f"+39 {pre} {r}", f"{pre}-{r}", f"{pre} {r}", f"+39 {pre} {r[:3]} {r[3:]}"])
        ac = ch(rng, ["02", "06", "011", "051", "055", "081", "010", "091"])
        r = digits(rng, 10 - len(ac))
        return ch(rng, [f"{ac} {r[:4]} {r[4:]}", f"+39 {ac} {r}", f"{ac}-{r}"])
    if lang == "pt":
        ddd = ch(rng, ["11", "21", "31", "41", "51", "71", "81", "85", "61", "19", "48", "62"])
        if chance(rng, 0.7):
            a, b = "9" + digits(rng, 4), digits(rng, 4)
        else:
            a, b = ch(rng, "2345") + digits(rng, 3), digits(rng, 4)
        return ch(rng, [f"({ddd}) {a}-{b}", f"+55 {ddd} {a}-{b}", f"{ddd} {a}-{b}", f"+55 ({ddd}) {a}-{b}",
                        f"({ddd}) {a} {b}"])
    if lang == "nl":
        if chance(rng, 0.6):
            r = digits(rng, 8)
            return ch(rng, [f"06-{r}", f"06 {r[:4]} {r[4:]}", f"+31 6 {r}", f"+31 (0)6 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}", f"06{r}"])
        ac = ch(rng, ["20", "10", "30", "70", "40", "50"])
        r = digits(rng, 7)
        return ch(rng, [f"0{ac}-{r}", f"+31 {ac} {r[:3]} {r[3:]}", f"0{ac} {r[:3]} {r[3:]}"])
    raise ValueError(lang)


def tollfree(rng):
    a = ch(rng, ["800", "888", "877", "866", "855", "844", "833"])
    ex, ln = rng.randint(201, 989), rng.randint(0, 9999)
    return ch(rng, [f"1-{a}-{ex}-{ln:04d}", f"({a}) {ex}-{ln:04d}", f"{a}-{ex}-{ln:04d}", f"1 ({a}) {ex}-{ln:04d}",
                    f"1.{a}.{ex}.{ln:04d}"])


# --------------------------------------------------------------------------
# dates & times
# --------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
MONTHS["gb"] = MONTHS["en"]
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
}
WDAYS["gb"] = WDAYS["en"]
MINUTES = [0, 0, 0, 15, 30, 30, 45, 10, 20, 40, 5, 50]


def rdate(rng, y0=2023, y1=2025):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def rdob(rng):
    return dt.date.fromordinal(rng.randint(dt.date(1941, 1, 1).toordinal(), dt.date(2006, 12, 31).toordinal()))


def rdob_child(rng):
    return dt.date.fromordinal(rng.randint(dt.date(2007, 1, 1).toordinal(), dt.date(2022, 12, 31).toordinal()))


def rtime(rng, h0=8, h1=20):
    return rng.randint(h0, h1), ch(rng, MINUTES)


def _ord(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(rng, d, lang="en", wd=None, year=None):
    if wd is None:
        wd = chance(rng, 0.2)
    if year is None:
        year = chance(rng, 0.65)
    M = MONTHS[lang][d.month - 1]
    W = WDAYS[lang][d.weekday()]
    if lang == "en":
        if wd:
            return ch(rng, [f"{W}, {M} {d.day}" + (f", {d.year}" if year else ""),
                            f"{W[:3]}, {M[:3]} {d.day}", f"{W} {d.month}/{d.day}", f"{W[:3]} {d.month}/{d.day}"])
        return ch(rng, [f"{M} {d.day}" + (f", {d.year}" if year else ""), f"{M[:3]} {d.day}" + (f", {d.year}" if year else ""),
                        f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}",
                        f"{d:%Y-%m-%d}", f"{d.month}/{d.day}", f"{M} {d.day}{_ord(d.day)}"])
    if lang == "gb":
        if wd:
            return ch(rng, [f"{W} {d.day} {M}", f"{W[:3]} {d.day} {M[:3]}", f"{W}, {d.day} {M} {d.year}"])
        return ch(rng, [f"{d.day} {M} {d.year}", f"{d.day} {M}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                        f"{d.day}{_ord(d.day)} {M}", f"{d.day} {M[:3]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"])
    if lang == "de":
        if wd:
            return ch(rng, [f"{W}, {d.day}. {M}", f"{W}, {d:%d.%m.%Y}", f"{W[:2]}., {d:%d.%m.%Y}", f"{W}, den {d.day}. {M}"])
        return ch(rng, [f"{d:%d.%m.%Y}", f"{d.day}. {M} {d.year}", f"{d.day}. {M}", f"{d.day}.{d.month}.{d.year}",
                        f"{d:%d.%m.%y}"])
    if lang == "fr":
        dd = "1er" if d.day == 1 else str(d.day)
        if wd:
            return ch(rng, [f"{W} {dd} {M}", f"{W} {dd} {M} {d.year}", f"{W} {d:%d/%m}"])
        return ch(rng, [f"{d:%d/%m/%Y}", f"{dd} {M} {d.year}", f"{dd} {M}", f"{d:%d/%m}", f"{d:%d.%m.%Y}"])
    if lang == "es":
        if wd:
            return ch(rng, [f"{W} {d.day} de {M}", f"{W}, {d.day} de {M} de {d.year}", f"{W} {d.day}/{d.month}"])
        return ch(rng, [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", f"{d.day} de {M} de {d.year}", f"{d.day} de {M}",
                        f"{d.day}/{d.month}", f"{d:%d-%m-%Y}"])
    if lang == "it":
        if wd:
            return ch(rng, [f"{W} {d.day} {M}", f"{W} {d.day} {M} {d.year}", f"{W} {d:%d/%m}"])
        return ch(rng, [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", f"{d.day} {M} {d.year}", f"{d.day} {M}", f"{d:%d/%m}",
                        f"{d:%d.%m.%Y}"])
    if lang == "pt":
        if wd:
            return ch(rng, [f"{W}, {d.day} de {M}", f"{W}, {d:%d/%m}", f"{W} {d.day}/{d.month}"])
        return ch(rng, [f"{d:%d/%m/%Y}", f"{d.day} de {M} de {d.year}", f"{d.day} de {M}", f"{d:%d/%m}", f"{d.day}/{d.month}/{d.year}"])
    if lang == "nl":
        if wd:
            return ch(rng, [f"{W} {d.day} {M}", f"{W} {d.day} {M} {d.year}", f"{W} {d:%d-%m}"])
        return ch(rng, [f"{d:%d-%m-%Y}", f"{d.day} {M} {d.year}", f"{d.day} {M}", f"{d.day}-{d.month}-{d.year}", f"{d:%d/%m/%Y}"])
    raise ValueError(lang)


def fmt_time(rng, h, m, lang="en"):
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    if lang == "en":
        o = [f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap.lower()}", f"{h12}:{m:02d} {ap.lower()}", f"{h12}:{m:02d}{ap}"]
        if m == 0:
            o += [f"{h12}{ap.lower()}", f"{h12} {ap}", f"{h12}{ap.lower()}"]
        return ch(rng, o)
    if lang == "gb":
        o = [f"{h:02d}:{m:02d}", f"{h12}:{m:02d}{ap.lower()}", f"{h12}.{m:02d}{ap.lower()}"]
        if m == 0:
            o += [f"{h12}{ap.lower()}"]
        return ch(rng, o)
    if lang == "de":
        o = [f"{h:02d}:{m:02d} Uhr", f"{h}:{m:02d} Uhr", f"{h:02d}:{m:02d}", f"{h}.{m:02d} Uhr"]
        if m == 0:
            o += [f"{h} Uhr"]
        return ch(rng, o)
    if lang == "fr":
        o = [f"{h}h{m:02d}", f"{h:02d}h{m:02d}", f"{h}:{m:02d}", f"{h} h {m:02d}"]
        if m == 0:
            o = [f"{h}h", f"{h}h00", f"{h}:00"]
        return ch(rng, o)
    if lang == "es":
        return ch(rng, [f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d} h", f"{h}:{m:02d}h"])
    if lang == "it":
        return ch(rng, [f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])
    if lang == "pt":
        o = [f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}h{m:02d}min"]
        if m == 0:
            o = [f"{h}h", f"{h}:00", f"{h}h00"]
        return ch(rng, o)
    if lang == "nl":
        return ch(rng, [f"{h}:{m:02d}", f"{h:02d}.{m:02d} uur", f"{h:02d}:{m:02d} uur", f"{h:02d}:{m:02d}"])
    raise ValueError(lang)


JOIN = {"en": [" at ", ", ", " ", " @ "], "gb": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", " "],
        "es": [" a las ", ", "], "it": [" alle ", ", "], "pt": [" às ", ", "], "nl": [" om ", ", "]}


def fmt_dt(rng, d, h, m, lang="en", wd=None, year=None):
    return fmt_date(rng, d, lang, wd, year) + ch(rng, JOIN[lang]) + fmt_time(rng, h, m, lang)


def fmt_dob(rng, d, lang="en"):
    if lang == "en":
        return ch(rng, [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", f"{d:%Y-%m-%d}",
                        f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}",
                        f"{MONTHS['en'][d.month - 1][:3]} {d.day} {d.year}"])
    if lang == "gb":
        return ch(rng, [f"{d:%d/%m/%Y}", f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", f"{d:%d.%m.%Y}"])
    if lang == "de":
        return ch(rng, [f"{d:%d.%m.%Y}", f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"])
    if lang == "nl":
        return ch(rng, [f"{d:%d-%m-%Y}", f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}"])
    if lang in ("es", "pt"):
        return ch(rng, [f"{d:%d/%m/%Y}", f"{d.day} de {MONTHS[lang][d.month - 1]} de {d.year}"])
    return ch(rng, [f"{d:%d/%m/%Y}", f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"])


# machine timestamps (hard negatives when used as log prefixes / headers / metadata)
def ts_iso(rng, d=None):
    d = d or rdate(rng)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return ch(rng, [f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}Z", f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}.{rng.randint(0, 999):03d}Z",
                    f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}+00:00", f"{d:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d}"])


def ts_log(rng, d=None):
    d = d or rdate(rng)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return ch(rng, [f"{d:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d},{rng.randint(0, 999):03d}",
                    f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}Z",
                    f"{d:%b %d} {h:02d}:{m:02d}:{s:02d}", f"[{d:%d/%b/%Y}:{h:02d}:{m:02d}:{s:02d} +0000]"])


def rfc2822(rng, d=None):
    d = d or rdate(rng)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return f"{WDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} {h:02d}:{m:02d}:{s:02d} {ch(rng, ['-0500', '-0800', '+0000', '+0100', '-0600', '+0200'])}"


def epoch(rng, ms=False):
    v = rng.randint(1672531200, 1767225599)
    return str(v * 1000 + rng.randint(0, 999)) if ms else str(v)


class Clock:
    """line-start time prefixes for transcripts (hard negatives)"""

    def __init__(self, rng, style=None):
        self.rng = rng
        self.t = rng.randint(7 * 3600, 21 * 3600)
        self.style = style or ch(rng, ["[HH:MM]", "HH:MM:SS", "(h:mm:ss a)", "[HH:MM:SS]", "none", "h:mm a -"])

    def tick(self, lo=4, hi=120):
        self.t += self.rng.randint(lo, hi)
        h, rem = divmod(self.t, 3600)
        m, s = divmod(rem, 60)
        h %= 24
        h12, ap = (h % 12 or 12), ("AM" if h < 12 else "PM")
        st = self.style
        if st == "[HH:MM]":
            return f"[{h:02d}:{m:02d}] "
        if st == "HH:MM:SS":
            return f"{h:02d}:{m:02d}:{s:02d} "
        if st == "(h:mm:ss a)":
            return f"({h12}:{m:02d}:{s:02d} {ap}) "
        if st == "[HH:MM:SS]":
            return f"[{h:02d}:{m:02d}:{s:02d}] "
        if st == "h:mm a -":
            return f"{h12}:{m:02d} {ap} - "
        return ""


# --------------------------------------------------------------------------
# checksummed identifiers
# --------------------------------------------------------------------------

def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_make(rng, prefix, length):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_pan(rng, brand=None):
    brand = brand or ch(rng, ["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        return luhn_make(rng, "4" + digits(rng, 5), 16)
    if brand == "mc":
        return luhn_make(rng, ch(rng, ["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16)
    if brand == "amex":
        return luhn_make(rng, ch(rng, ["34", "37"]), 15)
    return luhn_make(rng, ch(rng, ["6011", "65"]), 16)


def fmt_pan(rng, pan):
    if len(pan) == 15:
        return ch(rng, [f"{pan[:4]} {pan[4:10]} {pan[10:]}", pan, f"{pan[:4]}-{pan[4:10]}-{pan[10:]}"])
    g = [pan[i:i + 4] for i in range(0, 16, 4)]
    return ch(rng, [" ".join(g), " ".join(g), "-".join(g), pan])


def card(rng, brand=None):
    return fmt_pan(rng, card_pan(rng, brand))


def bad_luhn16(rng):
    """16-digit number that fails Luhn (hard negative)."""
    pan = card_pan(rng, ch(rng, ["visa", "mc", "disc"]))
    last = (int(pan[-1]) + rng.randint(1, 9)) % 10
    s = pan[:-1] + str(last)
    assert not luhn_ok(s)
    return fmt_pan(rng, s)


IBAN_FMT = {"DE": [("n", 18)], "GB": [("b", 4), ("n", 14)], "FR": [("n", 23)], "ES": [("n", 20)],
            "IT": [("a", 1), ("n", 22)], "NL": [("b", 4), ("n", 10)], "BE": [("n", 12)], "PT": [("n", 21)],
            "AT": [("n", 16)], "IE": [("b", 4), ("n", 14)], "CH": [("n", 17)]}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"], "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"],
              "IE": ["AIBK", "BOFI", "IPBS"]}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(rng, cc="DE", grouped=None):
    bban = ""
    for kind, n in IBAN_FMT[cc]:
        if kind == "n":
            bban += digits(rng, n)
        elif kind == "a":
            bban += "".join(ch(rng, string.ascii_uppercase) for _ in range(n))
        else:
            bban += ch(rng, IBAN_BANKS[cc])
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped is None:
        grouped = chance(rng, 0.6)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def ssn(rng, style=None):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g, n = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or ch(rng, ["-"] * 8 + [" ", ""])
    return f"{a:03d}{style}{g:02d}{style}{n:04d}"


def bad_ssn(rng):
    a = ch(rng, [0, 666, rng.randint(900, 999), rng.randint(900, 999)])
    s = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    assert not ssn_ok(s)
    return s


def aba_routing(rng):
    while True:
        d = [int(c) for c in ch(rng, ["0", "1", "2", "3"]) + digits(rng, 7)]
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def npi(rng):
    base = ch(rng, ["1", "2"]) + digits(rng, 8)
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            return base + c


BICS = ["DEUTDEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "INGBNL2A", "BCITITMM", "NWBKGB2L", "COBADEFFXXX", "ABNANL2A",
        "SOGEFRPP", "BSCHESMM", "UNCRITMM", "RABONL2U", "GENODEF1S04", "BARCGB22", "ITAUBRSP"]
IATA = ["JFK", "LAX", "ORD", "ATL", "DFW", "DEN", "SEA", "SFO", "BOS", "MIA", "LHR", "CDG", "FRA", "MAD", "FCO",
        "AMS", "GRU", "LIS", "PHX", "MSP", "DTW", "CLT", "EWR", "IAH", "MCO", "SLC", "PDX", "AUS", "BNA", "MUC"]


# --------------------------------------------------------------------------
# account-type identifiers (labelled by context)
# --------------------------------------------------------------------------

def acct_utility(rng):
    return ch(rng, [f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}", digits(rng, 10), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                    f"{digits(rng, 9)}-{digits(rng, 1)}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 1)}"])


def acct_bank(rng):
    return ch(rng, [digits(rng, 10), digits(rng, 12), digits(rng, 9), f"{digits(rng, 4)}-{digits(rng, 6)}", digits(rng, 8)])


def acct_telco(rng):
    return ch(rng, [digits(rng, 9), f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}", digits(rng, 12),
                    f"{digits(rng, 8)}-{digits(rng, 5)}"])


def acct_customer(rng):
    return ch(rng, [f"C{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 4)}", f"CU-{digits(rng, 7)}", digits(rng, 8),
                    f"{ch(rng, string.ascii_uppercase)}{ch(rng, string.ascii_uppercase)}{digits(rng, 7)}"])


def mrn(rng):
    return ch(rng, [digits(rng, 8), f"MRN{digits(rng, 7)}", f"E{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
                    f"MR-{digits(rng, 4)}-{digits(rng, 3)}", digits(rng, 7), f"{digits(rng, 2)}{ch(rng, string.ascii_uppercase)}{digits(rng, 6)}"])


def mbi(rng):
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    c = [str(rng.randint(1, 9)), ch(rng, L), ch(rng, AN), str(rng.randint(0, 9)), ch(rng, L), ch(rng, AN),
         str(rng.randint(0, 9)), ch(rng, L), ch(rng, L), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    return ch(rng, [s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def health_plan_no(rng):
    return ch(rng, [f"{''.join(ch(rng, string.ascii_uppercase) for _ in range(3))}{digits(rng, 9)}", f"W{digits(rng, 9)}",
                    f"{ch(rng, string.ascii_uppercase)}{digits(rng, 8)}01", f"ZGP{digits(rng, 10)}", mbi(rng),
                    f"{digits(rng, 9)}-{digits(rng, 2)}", f"H{digits(rng, 8)}"])


def driver_license(rng, state=None):
    state = state or ch(rng, ["CA", "NY", "FL", "TX", "IL", "WA", "PA", "OH", "AZ", "GA"])
    U = string.ascii_uppercase
    if state == "CA":
        v = f"{ch(rng, U)}{digits(rng, 7)}"
    elif state == "NY":
        v = ch(rng, [digits(rng, 9), f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"])
    elif state == "FL":
        v = f"{ch(rng, U)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}"
    elif state == "TX":
        v = digits(rng, 8)
    elif state == "IL":
        v = f"{ch(rng, U)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"
    elif state == "WA":
        v = "WDL" + "".join(ch(rng, UPPER_DIG) for _ in range(9))
    elif state == "PA":
        v = f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    elif state == "OH":
        v = f"{ch(rng, U)}{ch(rng, U)}{digits(rng, 6)}"
    elif state == "AZ":
        v = f"{ch(rng, 'ABD')}{digits(rng, 8)}"
    else:
        v = digits(rng, 9)
    return state, v


def uk_licence(rng, p):
    sur = (asciify(p.last).upper().replace(" ", "").replace("'", "") + "99999")[:5]
    d = rdob(rng)
    return f"{sur}{d.year % 100 // 10}{d.month:02d}{d.day:02d}{d.year % 10}{asciify(p.first)[0].upper()}{ch(rng, string.ascii_uppercase)}9{ch(rng, string.ascii_uppercase)}{ch(rng, string.ascii_uppercase)}"


# --------------------------------------------------------------------------
# network
# --------------------------------------------------------------------------

def ipv4(rng, private=None):
    if private is None:
        private = chance(rng, 0.25)
    if private:
        return ch(rng, [f"192.168.{rng.randint(0, 5)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    a = ch(rng, [23, 24, 45, 47, 50, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136, 142,
                 148, 162, 173, 174, 184, 185, 188, 198, 203, 209, 212, 213, 217, 31, 37, 77, 79, 81, 82, 86, 87, 89, 91, 93, 94, 95])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    pre = ch(rng, ["2001:db8", "2600:1700", "2601:647", "2a02:810d", "2a01:cb08", "2804:14c", "2a00:23c6", "2607:fb90"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.randint(2, 6))]
    if len(groups) < 6:
        return pre + "::" + ":".join(groups)
    return pre + ":" + ":".join(groups)


def ip_any(rng):
    return ipv6(rng) if chance(rng, 0.15) else ipv4(rng)


def mac(rng):
    return ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6)).upper() if chance(rng, 0.5) else "-".join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def slug(rng):
    return ch(rng, ["billing", "account", "help", "returns", "orders", "support", "faq", "manage", "profile", "claims", "travel"])


def url_for(rng, domain, kind=None):
    paths = ["/help/articles/" + str(rng.randint(1000, 99999)) + "-" + ch(rng, ["update-payment-method", "report-outage", "refund-status", "change-flight", "reset-password", "dispute-a-charge"]),
             f"/account/{slug(rng)}", f"/{slug(rng)}?ref=" + alnum(rng, 8).lower(),
             f"/s/{alnum(rng, 10)}", f"/pay?inv={digits(rng, 8)}&src=sms", f"/{slug(rng)}/{digits(rng, 6)}",
             f"/c/{alnum(rng, 6).lower()}", "/contact", f"/survey?t={alnum(rng, 12)}"]
    host = ch(rng, ["www.", "help.", "my.", "", "support.", "m."]) + domain
    return f"https://{host}{ch(rng, paths)}"


SHORT_DOMAINS = ["bit.ly", "tinyurl.com", "t.co", "rb.gy", "ow.ly"]


def short_url(rng):
    return f"https://{ch(rng, SHORT_DOMAINS)}/{alnum(rng, 7)}"


# --------------------------------------------------------------------------
# secrets
# --------------------------------------------------------------------------

B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "+/"
AN = string.ascii_letters + string.digits


def aws_access_key(rng):
    return ch(rng, ["AKIA", "AKIA", "AKIA", "ASIA"]) + alnum(rng, 16, B32)


def aws_secret(rng):
    return alnum(rng, 40, B64)


def github_token(rng):
    k = rng.random()
    if k < 0.6:
        return "ghp_" + alnum(rng, 36, AN)
    if k < 0.75:
        return ch(rng, ["gho_", "ghs_", "ghu_"]) + alnum(rng, 36, AN)
    return "github_pat_11" + alnum(rng, 20, string.ascii_uppercase + string.digits) + "_" + alnum(rng, 59, AN)


def slack_token(rng):
    if chance(rng, 0.6):
        return f"xoxb-{digits(rng, rng.choice([10, 11, 12]))}-{digits(rng, 13)}-{alnum(rng, 24, AN)}"
    return f"xoxp-{digits(rng, 11)}-{digits(rng, 11)}-{digits(rng, 13)}-{alnum(rng, 32, HEX)}"


def stripe_key(rng):
    return ch(rng, ["sk_live_", "sk_live_", "rk_live_"]) + alnum(rng, ch(rng, [24, 34, 99]), AN)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, claims=None):
    hdr = {"alg": ch(rng, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    now = int(epoch(rng))
    pl = claims or {"sub": str(rng.randint(10000, 9999999)), "iat": now, "exp": now + ch(rng, [900, 3600, 86400]),
                    "scope": ch(rng, ["read write", "user", "admin", "orders:read"])}
    sig = bytes(rng.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(pl, separators=(",", ":")).encode()), b64url(sig)])


def private_key(rng):
    kind = ch(rng, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    if kind == "OPENSSH PRIVATE KEY":
        raw = b"openssh-key-v1\x00" + bytes(rng.getrandbits(8) for _ in range(rng.randint(180, 380)))
    elif kind == "EC PRIVATE KEY":
        raw = b"\x30\x77\x02\x01\x01\x04\x20" + bytes(rng.getrandbits(8) for _ in range(112))
    else:
        raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + bytes(rng.getrandbits(8) for _ in range(rng.randint(300, 600)))
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + (70 if kind == "OPENSSH PRIVATE KEY" else 64)] for i in range(0, len(b), 70 if kind == "OPENSSH PRIVATE KEY" else 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


PW_WORDS = ["Summer", "Winter", "tigger", "sunshine", "Dragon", "Monkey", "letmein", "Password", "Buster", "Princess",
            "football", "Charlie", "Chicago", "Bailey", "Shadow", "maggie", "Hunter", "Ranger", "Soccer", "Blessed",
            "iloveyou", "Coffee", "Pumpkin", "Mustang", "Jordan", "Bandit", "Starwars", "Cowboys", "Bluebird", "Hello"]


def password(rng):
    k = rng.random()
    if k < 0.45:
        return ch(rng, PW_WORDS) + ch(rng, [str(rng.randint(1, 99)), str(rng.randint(1960, 2025)), "123", "2024", ""]) + ch(rng, ["!", "#", "$", "", "!!", "@", "*"])
    if k < 0.75:
        return alnum(rng, rng.randint(10, 16), AN + "!#$%&*?@")
    if k < 0.9:
        return ch(rng, PW_WORDS).lower() + ch(rng, ["_", ".", "-"]) + ch(rng, PW_WORDS).lower() + str(rng.randint(10, 99))
    return "-".join(ch(rng, ["correct", "horse", "battery", "staple", "orange", "piano", "river", "candle", "tulip", "rocket"]) for _ in range(4))


def pw_url(rng):
    """password that can sit inside a DSN user:PASS@host"""
    s = "".join(c for c in password(rng) if c not in "@:/?#%&$ ")
    return s if len(s) >= 6 else s + alnum(rng, 8, AN)


def pin(rng, n=None):
    return digits(rng, n or ch(rng, [4, 6, 6, 8]))


def generic_secret(rng):
    k = rng.randrange(9)
    if k == 0:
        return "SG." + alnum(rng, 22, AN + "-_") + "." + alnum(rng, 43, AN + "-_")
    if k == 1:
        return alnum(rng, 32, HEX)
    if k == 2:
        return "key-" + alnum(rng, 32, HEX)
    if k == 3:
        return "AIza" + alnum(rng, 35, AN + "-_")
    if k == 4:
        return "shpat_" + alnum(rng, 32, HEX)
    if k == 5:
        return "whsec_" + alnum(rng, 32, AN)
    if k == 6:
        return alnum(rng, 40, AN)
    if k == 7:
        return alnum(rng, 8, HEX) + "-" + alnum(rng, 4, HEX) + "-" + alnum(rng, 4, HEX) + "-" + alnum(rng, 12, HEX) + alnum(rng, 8, HEX)
    return alnum(rng, 64, HEX)


def webhook_secret(rng):
    return "whsec_" + alnum(rng, 32, AN)


def bearer_opaque(rng):
    return ch(rng, [alnum(rng, 40, AN), "ya29." + alnum(rng, 60, AN + "-_"), alnum(rng, 32, HEX), "pat-na1-" + alnum(rng, 8, HEX) + "-" + alnum(rng, 4, HEX) + "-" + alnum(rng, 4, HEX) + "-" + alnum(rng, 4, HEX) + "-" + alnum(rng, 12, HEX)])


def discord_token(rng):
    return b64url(str(rng.randint(10 ** 17, 10 ** 18)).encode()) + "." + alnum(rng, 6, AN + "-_") + "." + alnum(rng, 38, AN + "-_")


# --------------------------------------------------------------------------
# hard negatives
# --------------------------------------------------------------------------

def order_no(rng):
    return ch(rng, [f"#{rng.randint(100000, 9999999)}", f"ORD-{rng.randint(2022, 2025)}-{digits(rng, 6)}",
                    f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"W{digits(rng, 10)}", f"#{alnum(rng, 8, UPPER_DIG)}",
                    f"SN{digits(rng, 9)}"])


def tracking_no(rng):
    return ch(rng, ["1Z" + alnum(rng, 6, UPPER_DIG) + digits(rng, 10), " ".join([ "9400", digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 2)]),
                    digits(rng, 12), digits(rng, 10), f"{ch(rng, ['AB', 'RM', 'LX', 'CP'])}{digits(rng, 9)}{ch(rng, ['GB', 'US', 'DE', 'FR'])}",
                    f"TBA{digits(rng, 12)}"])


def ticket_no(rng):
    return ch(rng, [f"#{rng.randint(10000, 999999)}", f"INC{digits(rng, 7)}", f"CS-{rng.randint(2023, 2025)}{digits(rng, 4)}-{digits(rng, 4)}",
                    f"ZD-{digits(rng, 6)}", f"SR{digits(rng, 8)}", f"CAS-{digits(rng, 5)}-{alnum(rng, 6, UPPER_DIG)}"])


def claim_no(rng):
    return ch(rng, [f"CLM-{digits(rng, 4)}-{digits(rng, 4)}", f"{digits(rng, 2)}{ch(rng, string.ascii_uppercase)}{digits(rng, 9)}",
                    f"{rng.randint(2023, 2025)}{digits(rng, 8)}"])


def pnr(rng):
    return "".join(ch(rng, "BCDFGHJKLMNPQRSTVWXZ23456789") for _ in range(6))


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha(rng, n=40):
    return alnum(rng, n, HEX)


def version(rng):
    return ch(rng, [f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}", f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
                    f"build {rng.randint(2022, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 40)} ({rng.randint(1000, 9999)})",
                    f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(300, 9999)}"])


def amount(rng, lang="en", lo=None, hi=None):
    if lo is not None:
        v = rng.randint(lo, hi) + ch(rng, [0, 0, 0, 0.5, 0.99])
    else:
        v = min(max(rng.lognormvariate(3.9, 1.0), 1.5), 6000)
        v = int(v) + ch(rng, [0, 0.99, 0.5, 0.27, 0.49, 0.15, 0.0, 0.95])
    if lang in ("en",):
        return ch(rng, [f"${v:,.2f}", f"${v:.2f}", f"{v:.2f} USD"])
    if lang == "gb":
        return f"£{v:,.2f}"
    if lang == "pt":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"R$ {s}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ch(rng, [f"{s} €", f"€{s}", f"{s} EUR"])


def masked_card(rng):
    l4 = digits(rng, 4)
    return ch(rng, [f"****{l4}", f"•••• {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending in {l4}", f"x{l4}", f"**** **** **** {l4}"])


def masked_email(rng, p):
    e = p.email()
    loc, dom = e.split("@")
    return f"{loc[0]}{'*' * rng.randint(3, 6)}@{dom}"


def masked_phone(rng):
    return ch(rng, [f"(***) ***-{digits(rng, 4)}", f"***-***-{digits(rng, 4)}", f"+1 ••• ••• {digits(rng, 2)}{digits(rng, 2)}", f"xxx-xxx-{digits(rng, 4)}"])


def masked_ssn(rng):
    return ch(rng, [f"XXX-XX-{digits(rng, 4)}", f"***-**-{digits(rng, 4)}", f"•••-••-{digits(rng, 4)}"])


def plate(rng):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return ch(rng, [f"{rng.randint(1, 9)}{alnum(rng, 3, U)}{digits(rng, 3)}", f"{alnum(rng, 3, U)}-{digits(rng, 4)}",
                    f"{alnum(rng, 2, U)}{digits(rng, 2)} {alnum(rng, 3, U)}", f"{alnum(rng, 3, U)} {digits(rng, 4)}"])


def vin(rng):
    return alnum(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def env_ref(rng, name=None):
    name = name or ch(rng, ["DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN", "API_KEY", "GITHUB_TOKEN", "SMTP_PASS"])
    return ch(rng, [f"${{{name}}}", f"${{{{ secrets.{name} }}}}", f"${name}", f"os.environ['{name}']", f"process.env.{name}", f"<{name.lower().replace('_', '-')}>"])


DURATIONS = ["45 minutes", "2 hours", "3-5 business days", "about 20 min", "7–10 days", "48 hours", "an hour and a half",
             "90 mins", "2h 13m", "over 3 weeks", "6 months", "30 seconds", "24 hrs"]
RELATIVE = ["tomorrow", "yesterday", "next week", "last night", "this morning", "in a couple of days", "later today",
            "tonight", "the day before yesterday", "last month", "earlier this week", "on Monday", "this weekend",
            "next Friday", "a few hours ago", "asap"]


# --------------------------------------------------------------------------
# template helpers
# --------------------------------------------------------------------------

TEMPLATES = []  # (kind, group, fn); group: "en" | "intl" | "neg"


def template(kind, group):
    def deco(fn):
        TEMPLATES.append((kind, group, fn))
        return fn
    return deco


def inf(rng, *parts, p=0.06, lower=None):
    """informal rendering: typos (+ maybe lowercase) in the plain text only"""
    if lower is None:
        lower = chance(rng, 0.45)
    out = []
    for v, t in flat(parts):
        if t is None:
            v = typo(rng, v, p)
            if lower:
                v = v.lower()
            out.append(v)
        else:
            out.append((v, t))
    return out


def chat(d, rng, turns, clk=None, sep=": "):
    clk = clk or Clock(rng)
    for spk, msg in turns:
        d(clk.tick(), spk, sep, msg, "\n")


def dat(rng, lang="en", **kw):
    return (fmt_date(rng, rdate(rng), lang, **kw), DT)


def tim(rng, lang="en", h0=8, h1=20):
    h, m = rtime(rng, h0, h1)
    return (fmt_time(rng, h, m, lang), DT)


def dtm(rng, lang="en", **kw):
    h, m = rtime(rng)
    return (fmt_dt(rng, rdate(rng), h, m, lang, **kw), DT)


def when(rng, lang="en"):
    """date, time, or date+time (all DATE_TIME)"""
    k = rng.random()
    if k < 0.45:
        return dtm(rng, lang)
    if k < 0.8:
        return dat(rng, lang)
    return tim(rng, lang)


def window(rng, lang="en"):
    h = rng.randint(7, 15)
    a, b = fmt_time(rng, h, 0, lang), fmt_time(rng, h + ch(rng, [2, 3, 4]), 0, lang)
    con = {"en": " and ", "gb": " and ", "de": " und ", "fr": " et ", "es": " y ", "it": " e ", "pt": " e ", "nl": " en "}[lang]
    pre = {"en": "between ", "gb": "between ", "de": "zwischen ", "fr": "entre ", "es": "entre las ", "it": "tra le ", "pt": "entre ", "nl": "tussen "}[lang]
    return [pre, (a, DT), con, (b, DT)]


def nm(p, style=None):
    return (p.name(style), P)


def titled(rng, p, lang="en", style=None):
    T = {"en": ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "", "", ""], "gb": ["Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", ""],
         "de": ["Herr ", "Frau ", "Dr. ", ""], "fr": ["M. ", "Mme ", "Madame ", "Monsieur ", ""],
         "es": ["Sr. ", "Sra. ", "D. ", "Dña. ", ""], "it": ["Sig. ", "Sig.ra ", "Dott. ", "Dott.ssa ", ""],
         "pt": ["Sr. ", "Sra. ", "Dr. ", ""], "nl": ["dhr. ", "mevr. ", ""]}[lang]
    return [ch(rng, T), (p.name(style or ch(rng, ["full", "full", "last", "mid"])), P)]


UTIL = [("Northwind Energy", "northwindenergy.com"), ("Cascade Water & Power", "cascadewp.com"),
        ("BrightPath Gas & Electric", "brightpathge.com"), ("Summit Utilities Co-op", "summitcoop.org")]
AIR = [("SkyBridge Airlines", "skybridgeair.com", "SB"), ("Aurora Air", "flyaurora.com", "AU"),
       ("Pacific Crest Airways", "pacificcrestair.com", "PK"), ("Bluewing", "flybluewing.com", "BW")]
RETAIL = [("ShopNest", "shopnest.com"), ("Hollis & Vane", "hollisvane.com"), ("TrendCart", "trendcart.com"),
          ("Maple & Pine Home", "mapleandpine.com"), ("GadgetBarn", "gadgetbarn.com")]
BANK = [("Harborline Bank", "harborlinebank.com"), ("First Meridian Credit Union", "firstmeridiancu.org"),
        ("Keystone Federal", "keystonefederal.com"), ("Evercrest Bank", "evercrestbank.com")]
TELCO = [("Brightline Mobile", "brightlinemobile.com"), ("Zephyr Wireless", "zephyrwireless.com"),
         ("NetWave Fiber", "netwavefiber.com"), ("Orbit Cable & Internet", "orbitcable.net")]
HEALTHCO = [("BlueHarbor Health Plan", "blueharborhealth.com"), ("Evergreen Care Alliance", "evergreencare.org"),
            ("Unity Mutual Health", "unitymutual.com")]
CLINIC = [("Riverbend Family Medicine", "riverbendfm.org"), ("Lakeshore Pediatrics", "lakeshorepeds.com"),
          ("Oakview Medical Group", "oakviewmed.org"), ("Cornerstone Urgent Care", "cornerstoneuc.com")]
MARKET = [("SwapSpot", "swapspot.com"), ("LocalList", "locallist.com"), ("Trade Corner", "tradecorner.app")]
DATING = [("Kindred", "kindred.app"), ("Sparkmatch", "sparkmatch.com"), ("Meetcute", "meetcute.io")]


def sig_block(rng, p, lang="en", phone_p=0.6, email_p=0.3, addr_p=0.15):
    out = [ch(rng, ["\n\n", "\n\n--\n", "\n\n"]), ch(rng, ["Thanks,\n", "Best,\n", "Regards,\n", "Thank you,\n", "", "Sent from my iPhone\n\n"]) if lang in ("en", "gb") else "",
           (p.name(ch(rng, ["full", "full", "first", "mid"])), P), "\n"]
    if chance(rng, phone_p):
        out += [ch(rng, ["", "Cell: ", "m: ", "Tel. ", "☎ "]), (phone(rng, lang), PH), "\n"]
    if chance(rng, email_p):
        out += [(p.email(), EM), "\n"]
    if chance(rng, addr_p):
        out += [(Addr(rng, lang).multi(), ADR), "\n"]
    return out


def email_headers(rng, frm, frm_addr, to_parts, subject, extra=True):
    """standard header block; Date/Received are hard negatives"""
    out = []
    if extra and chance(rng, 0.3):
        out += ["Received: from mail-", alnum(rng, 6).lower(), ".", ch(rng, ["google.com", "outlook.com", "yahoo.com"]),
                " by mx", str(rng.randint(1, 9)), ".", ch(rng, ["zendesk.com", "freshdesk.com", "helpscout.net"]), "; ", rfc2822(rng), "\n"]
    out += ["From: "]
    if frm:
        out += [frm, " <", (frm_addr, EM), ">\n"]
    else:
        out += [(frm_addr, EM), "\n"]
    out += ["To: ", to_parts, "\n"]
    out += ["Date: ", rfc2822(rng), "\n"]
    out += ["Subject: ", subject, "\n"]
    if extra and chance(rng, 0.25):
        out += ["X-Mailer: ", ch(rng, ["iPhone Mail (21E236)", "Microsoft Outlook 16.0", "Apple Mail (2.3774)"]), "\n"]
    out += ["\n"]
    return out


# ==========================================================================
# English templates
# ==========================================================================

@template("utility_support_chat", "en")
def t_utility_chat(rng):
    d = Doc()
    co, dom = ch(rng, UTIL)
    cust, agent, a = Person(rng), Person(rng), Addr(rng)
    acct = acct_utility(rng)
    d(co, " - Live Chat Transcript\n", "Chat ID: ", ch(rng, ["CH-", "LC", "#"]), digits(rng, 8), "\n")
    if chance(rng, 0.6):
        d("Started: ", ts_iso(rng), "  Duration: ", ch(rng, ["12 min", "7m 31s", "23 minutes", "4 min", "1h 02m"]), "\n")
    d("\n")
    cname = cust.name(ch(rng, ["full", "lower", "first", "lowerfirst", "full"]))
    A = ch(rng, [["Agent ", (agent.first, P)], [(agent.first, P), " (", co.split()[0], ")"], [(agent.first + " " + agent.last[0], P)]])
    C = ch(rng, ["Visitor", "Customer", "You", [(cname, P)]])
    turns = [("Virtual Assistant", "Hi! I can help with billing, outages and moving service. What can I help with today?")]
    issue = ch(rng, ["bill", "shutoff", "move", "outage"])
    if issue == "bill":
        turns.append((C, inf(rng, "hi my bill is ", amount(rng), " this month?? it's never over ", amount(rng), " what happened", emo(rng))))
    elif issue == "shutoff":
        turns.append((C, inf(rng, "my power got shut off ", ch(rng, RELATIVE[:5]), " but i paid it ", emo(rng, .6))))
    elif issue == "move":
        turns.append((C, inf(rng, "im moving and need to stop service at my old place and start at the new one")))
    else:
        turns.append((C, inf(rng, "power has been out since ", tim(rng, "en", 0, 8), " on our street, any update?")))
    turns.append(("Virtual Assistant", "Connecting you with an agent. Average wait: " + ch(rng, ["2 min", "under 5 minutes", "7 minutes"])))
    turns.append((A, ["Hi, this is ", (agent.first, P), ch(rng, [" with ", " from "]), co, ". Can I have the account number or the service address please?"]))
    if chance(rng, 0.6):
        turns.append((C, inf(rng, ch(rng, ["acct # ", "account number is ", "its ", "account: "]), (acct, ACC))))
    else:
        turns.append((C, inf(rng, "dont have it handy, service address is ", (a.one(False), ADR))))
    turns.append((A, "Thanks! To verify, can you confirm the name on the account and the best phone number?"))
    turns.append((C, inf(rng, ch(rng, ["", "its ", "name is "]), (cname, P), ch(rng, [" and ", ", ", " / cell "]), (phone(rng), PH))))
    if issue == "bill":
        turns.append((A, ["Thank you, ", (cust.first, P), ". The read on ", dat(rng), " was estimated (meter ", ch(rng, ["#", "no. "]),
                          digits(rng, 8), "). I've ordered an actual read; a technician will stop by ", dat(rng, wd=True), " ", window(rng), "."]))
    elif issue == "shutoff":
        turns.append((A, ["I see a payment of ", amount(rng), " posted ", dat(rng), ", after the disconnect order. Reconnection is scheduled for ",
                          dtm(rng), ". No fee will apply."]))
    elif issue == "move":
        turns.append((A, "Sure. What's the new address and the date you'd like service to start?"))
        na = Addr(rng)
        turns.append((C, inf(rng, (na.one(False), ADR), ch(rng, [" starting ", ", start ", " on "]), dat(rng))))
        turns.append((A, ["Done. Service at the old address stops ", dat(rng), ". Where should we send the confirmation?"]))
        turns.append((C, inf(rng, (cust.email(), EM))))
    else:
        turns.append((A, ["There's a known outage affecting about ", f"{rng.randint(2, 40) * 100:,}", " customers near ", (a.place(), LOC),
                          ". Estimated restoration is ", tim(rng), ". You can sign up for text alerts at ", (url_for(rng, dom), URL), "."]))
    turns.append((A, ["Your reference number is ", ticket_no(rng), ". Anything else I can help with?"]))
    turns.append((C, inf(rng, ch(rng, ["no thats it thx", "ok thank you", "nope, thanks " + ch(rng, EMOJI), "thats all"]))))
    chat(d, rng, turns)
    return d


@template("utility_billing_email", "en")
def t_utility_email(rng):
    d = Doc()
    co, dom = ch(rng, UTIL)
    cust, a = Person(rng), Addr(rng)
    em = cust.email()
    d(email_headers(rng, (cust.name("full"), P), em, [(f"billing@{dom}", EM)],
                    ch(rng, ["High bill dispute", "Re: Your bill is ready", "Question about my account", "Autopay not working??"])))
    d(ch(rng, ["Hello,\n\n", "Hi there,\n\n", "To whom it may concern,\n\n", "hi\n\n"]))
    lines = [["My account number is ", (acct_utility(rng), ACC), " and the service address is ",
              (a.one(False), ADR) if chance(rng, 0.6) else (a.multi(), ADR), ". "],
             ["My last bill (", amount(rng), ") was due ", dat(rng), " but autopay didn't run even though my card ", masked_card(rng), " is still valid. "],
             ["I was out of the country from ", dat(rng), " to ", dat(rng), " so there's no way we used ", str(rng.randint(900, 3000)), " kWh. "],
             ["Please call me at ", (phone(rng), PH), " after ", tim(rng, h0=15), " or reply to this email. "]]
    rng.shuffle(lines)
    for l in lines[:rng.randint(2, 4)]:
        d(l)
    if chance(rng, 0.3):
        d("\n\nP.S. the outage map link on ", (url_for(rng, dom), URL), " is broken on mobile.")
    d(sig_block(rng, cust))
    if chance(rng, 0.4):
        ag = Person(rng)
        d("\n\n-----Original Message-----\nFrom: ", (ag.name("full"), P), " <", (f"noreply@{dom}", EM), ">\nSent: ", rfc2822(rng),
          "\nSubject: Your bill is ready\n\nYour statement for account ending ", digits(rng, 4), " is ready. Amount due: ", amount(rng), ".\n")
    return d


@template("airline_rebooking_chat", "en")
def t_airline_chat(rng):
    d = Doc()
    co, dom, code = ch(rng, AIR)
    cust, agent = Person(rng), Person(rng)
    o, dst = rng.sample(IATA, 2)
    d(co, " Messaging", ch(rng, [" (app)", "", " - WhatsApp channel"]), "\nConversation ", uid(rng), "\n\n")
    turns = []
    C = ch(rng, ["Customer", [(cust.name(ch(rng, ["first", "full", "lowerfirst"])), P)], "Me"])
    A = ch(rng, [[(agent.first, P), " | ", co], "Agent", [(agent.first, P)]])
    turns.append((C, inf(rng, "my flight ", code, " ", str(rng.randint(100, 2999)), " ", o, "→", dst, " got cancelled", emo(rng, .6),
                         " i need to be in ", (us_place(rng), LOC), " by ", dat(rng, wd=chance(rng, .4)))))
    turns.append((A, ["I'm sorry about that! Could you share your confirmation code and the passenger name exactly as on the ticket?"]))
    pname = ch(rng, [f"{asciify(cust.last).upper()}/{asciify(cust.first).upper()}", cust.name("full"), cust.name("caps")])
    turns.append((C, inf(rng, pnr(rng), ch(rng, [" / ", ", ", " - "]), (pname, P), ch(rng, ["", " MS", " MR"]) if "/" in pname else "")))
    turns.append((A, ["Thanks ", (cust.first, P), ". I can put you on ", code, " ", str(rng.randint(100, 2999)), " departing ", dtm(rng),
                      ", seat ", f"{rng.randint(5, 38)}{ch(rng, 'ABCDEF')}", ", arriving ", tim(rng), ". Would that work?"]))
    turns.append((C, inf(rng, ch(rng, ["yes pls", "ok that works", "any earlier?? " + ch(rng, EMOJI)]))))
    if chance(rng, 0.5):
        turns.append((A, ["Done. For the delay I've added a ", amount(rng), " travel credit (valid ", ch(rng, ["12 months", "1 year", "until used"]),
                          "). What email should the new itinerary go to?"]))
        turns.append((C, inf(rng, (cust.email(), EM))))
    if chance(rng, 0.4):
        turns.append((A, ["Also, I see the mobile number on file is ", masked_phone(rng), ". Is it still current?"]))
        turns.append((C, inf(rng, "no new number is ", (phone(rng), PH))))
    if chance(rng, 0.35):
        turns.append((A, ["For the hotel voucher, please use the link: ", (url_for(rng, dom), URL)]))
    turns.append((A, ["You're all set. Gate info will be pushed ", ch(rng, ["24 hours", "3 hours", "about 2 hours"]), " before departure. Safe travels!"]))
    chat(d, rng, turns)
    return d


@template("airline_baggage_email", "en")
def t_airline_bag(rng):
    d = Doc()
    co, dom, code = ch(rng, AIR)
    cust = Person(rng)
    a = Addr(rng)
    d(email_headers(rng, (cust.name(ch(rng, ["full", "mid"])), P), cust.email(), [ch(rng, ["Baggage Services", "Customer Relations"]), " <", (f"baggage@{dom}", EM), ">"],
                    ["Re: Delayed bag file ", f"{rng.choice(IATA)}{code}{digits(rng, 5)}"]))
    d(ch(rng, ["Hello,\n\n", "Hi,\n\n", "Dear Baggage Team,\n\n"]))
    d("I flew ", code, str(rng.randint(100, 2999)), " from ", rng.choice(IATA), " to ", rng.choice(IATA), " on ", dat(rng, year=True),
      " and my checked bag (tag ", code, " ", digits(rng, 6), ") never showed up. It's a ", ch(rng, ["black Samsonite spinner", "red Away carry-on", "navy duffel with a yellow ribbon", "grey Osprey backpack"]),
      ". ")
    d(ch(rng, ["Your app still says \"located\" since ", "The tracker has said 'forwarded' since "]), ch(rng, ["yesterday", "last night", "this morning", "two days ago"]), ".\n\n")
    d("Please deliver it to:\n", (a.multi(), ADR), "\n\n")
    if chance(rng, 0.6):
        d("Someone will be home ", dat(rng, wd=True), " after ", tim(rng, h0=12), ". ")
    d("You can reach me at ", (phone(rng), PH), ch(rng, [" (cell)", "", " - text is best"]), ".\n")
    if chance(rng, 0.5):
        d("I also had to buy toiletries and clothes, receipts attached (", amount(rng), " total). My booking was ", pnr(rng), ".\n")
    if chance(rng, 0.3):
        d("I'm travelling on to ", (ch(rng, ABROAD), LOC), " next week so this is urgent.\n")
    d(sig_block(rng, cust, phone_p=0.2))
    return d


@template("retail_return_chat", "en")
def t_retail_chat(rng):
    d = Doc()
    co, dom = ch(rng, RETAIL)
    cust, agent = Person(rng), Person(rng)
    a = Addr(rng)
    d(ch(rng, ["--- ", "=== "]), co, " support chat ", ch(rng, ["export", "log", "transcript"]), " ---\n")
    turns = []
    C = ch(rng, ["Customer", [(cust.name(ch(rng, ["first", "lowerfirst", "full"])), P)]])
    A = ch(rng, [[(agent.first, P)], [(agent.first, P), " (", co, ")"], "Support"])
    item = ch(rng, ["Instant Pot", "air fryer", "pair of Nike running shoes", "Dyson V8", "Lego set", "kids car seat", "standing desk"])
    turns.append((C, inf(rng, "hi i want to return a ", item, " from order ", order_no(rng), ", it arrived broken", emo(rng))))
    turns.append((A, "So sorry! Can you confirm the email on the order?"))
    turns.append((C, inf(rng, (cust.email(), EM))))
    turns.append((A, ["Thanks ", (cust.first, P), ". I see it was delivered ", ch(rng, ["on ", ""]), dat(rng), " via UPS (", tracking_no(rng), ") and paid with the card ", masked_card(rng), "."]))
    if chance(rng, 0.5):
        turns.append((A, ["We can pick it up from ", (a.one(False), ADR), ". Is that still the right address?"]))
        turns.append((C, inf(rng, ch(rng, ["yes", "yep", "correct"]), ch(rng, ["", ["! buzzer doesn't work so call ", (phone(rng), PH)]]))))
        turns.append((A, ["Pickup is booked for ", dat(rng, wd=True), " ", window(rng), ". Refund of ", amount(rng), " will post ", ch(rng, DURATIONS[2:3] + ["5-7 business days"]), " after scan."]))
    else:
        turns.append((A, ["I've emailed a prepaid label, just drop it at any ", ch(rng, ["UPS Store", "Whole Foods", "Kohl's", "Staples"]), " by ",
                          dat(rng), ". Return ID ", f"RMA{digits(rng, 7)}", "."]))
    if chance(rng, 0.3):
        turns.append((C, inf(rng, "also can you update my number, its ", (phone(rng), PH), " now")))
        turns.append((A, "Updated!"))
    turns.append((C, inf(rng, ch(rng, ["thx", "thank you!!", "ok 👍", "great ty"]))))
    chat(d, rng, turns)
    return d


@template("bank_card_fraud_chat", "en")
def t_bank_fraud(rng):
    d = Doc()
    co, dom = ch(rng, BANK)
    cust, agent = Person(rng), Person(rng)
    d(co, " Secure Chat\nSession ", uid(rng), "\nChannel: ", ch(rng, ["mobile app", "online banking", "web"]), "\n\n")
    turns = []
    C = ch(rng, ["Member", "Client", "You"])
    A = [(agent.first, P), ch(rng, [" (Fraud Team)", "", " - Card Services"])]
    turns.append((C, inf(rng, "there are charges i didnt make on my card!! ", ch(rng, BRANDS[12:16]), " ", amount(rng), " and ", amount(rng), emo(rng, .6))))
    turns.append((A, "I'm sorry to hear that, I'll help you right away. For verification, please confirm your full name and date of birth."))
    turns.append((C, inf(rng, (cust.name(ch(rng, ["full", "lower", "mid"])), P), ch(rng, [" ", ", ", " dob "]), (fmt_dob(rng, rdob(rng)), DOB))))
    turns.append((A, ["Thank you. Which card is affected?"]))
    pan = card(rng)
    if chance(rng, 0.7):
        turns.append((C, inf(rng, ch(rng, ["its ", "card number ", ""]), (pan, CC), ch(rng, [" exp ", " expires ", " - "]),
                             (f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}", DT))))
        turns.append((A, "Please don't share full card numbers in chat. I've masked it in our system. I see the card " + masked_card(rng) + "."))
    else:
        turns.append((C, inf(rng, "the debit one ", masked_card(rng))))
    txs = [[dat(rng), "  ", ch(rng, ["AMZN Mktp", "Wendy's", "SQ *COFFEE", "UBER *TRIP", "STEAMGAMES", "Trader Joe's", "SHELL OIL"]), "  ", amount(rng)] for _ in range(rng.randint(2, 4))]
    turns.append((A, ["I see these pending:\n", [[t, "\n"] for t in txs], "Are all of these unauthorized?"]))
    turns.append((C, inf(rng, ch(rng, ["yes all of them", "the last two yes", "yes"]))))
    turns.append((A, ["I've blocked the card and opened dispute ", claim_no(rng), ". A new card will arrive by ", dat(rng), ". We'll text you at ",
                      masked_phone(rng), " with updates."]))
    if chance(rng, 0.4):
        turns.append((C, inf(rng, "can you send it to my work instead? ", (Addr(rng).one(False), ADR))))
        turns.append((A, "For security we can only ship to the address on file, sorry."))
    if chance(rng, 0.4):
        turns.append((C, inf(rng, "also someone called me from ", (phone(rng), PH), " saying they were from ", co, " is that legit?")))
        turns.append((A, "That is not one of our numbers. We will never ask for your PIN or one-time passcode."))
    chat(d, rng, turns)
    return d


@template("bank_secure_message_uk", "en")
def t_bank_uk(rng):
    d = Doc()
    co, dom = ch(rng, BANK)
    cust = Person(rng, "gb")
    payee = Person(rng, ch(rng, ["gb", "de", "fr", "es", "nl"]))
    cc = ch(rng, ["GB", "GB", "DE", "FR", "ES", "NL", "IE", "IT"])
    d("Secure message  |  ", co, " Online Banking\nFrom: ", (cust.name(ch(rng, ["full", "caps"])), P), "\nSort code: ", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}",
      "   Account: ", (digits(rng, 8), ACC), "\nSubject: ", ch(rng, ["International payment not received", "Payment query", "Returned transfer"]), "\n\n")
    d(ch(rng, ["Hello,\n\n", "Hi,\n\n", "Good morning,\n\n"]))
    d("On ", dat(rng, "gb"), " I sent ", amount(rng, "gb"), " to ", (payee.name("full"), P),
      ch(rng, [" (my landlord)", " for the deposit", "", [" in ", (ch(rng, ["Dublin", "Berlin", "Lisbon", "Madrid", "Amsterdam", "Lyon"]), LOC)]]), ".\n",
      "IBAN: ", (iban(rng, cc), IBAN), "\nBIC: ", ch(rng, BICS), "\nReference: ", ch(rng, ["RENT ", "INV ", "DEP "]), digits(rng, 5), "\n\n")
    d("They say nothing has arrived. Could you trace it? ", ch(rng, ["My mobile is ", "Best number: ", "Call me on "]), (phone(rng, "gb"), PH), ".\n")
    if chance(rng, 0.4):
        d("I'm free ", dat(rng, "gb", wd=True), " from ", tim(rng, "gb"), ".\n")
    d("\nKind regards,\n", (cust.name("full"), P), "\n")
    if chance(rng, 0.5):
        d("\n> Reply from ", co, " (", ch(rng, RELATIVE[:4]), "): Thank you for your message. SWIFT payments can take ", ch(rng, DURATIONS), ". Ref ", ticket_no(rng), ".\n")
    return d


@template("bank_sms_alerts", "en")
def t_bank_sms(rng):
    d = Doc()
    co, dom = ch(rng, BANK)
    short = co.split()[0] if not co.startswith("First") else "FirstMeridian"
    d("Messages with ", ch(rng, [str(rng.randint(20000, 99999)), short]), "\n\n")
    n = rng.randint(3, 6)
    for _ in range(n):
        k = rng.randrange(6)
        d(ch(rng, [f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {ch(rng, ['AM', 'PM'])}  ", "", ts_iso(rng) + "  "]))
        if k == 0:
            d(short, ": Card ", masked_card(rng), " was used for ", amount(rng), " at ", ch(rng, BRANDS_PERSON[:5] + BRANDS[8:12]), ". Not you? Call ", (tollfree(rng), PH), ".\n")
        elif k == 1:
            d(short, " Alert: Did you attempt ", amount(rng), " at ", ch(rng, ["BESTBUY.COM", "WALMART", "CASHAPP*TRANSFER"]), "? Reply YES or NO. Msg&data rates may apply.\n")
        elif k == 2:
            d(short, ": Your one-time code is ", digits(rng, 6), ". It expires in 10 minutes. We will never call to ask for it.\n")
        elif k == 3:
            d(short, ": Deposit of ", amount(rng), " posted to account ", ch(rng, ["ending ", "x", "*"]), digits(rng, 4), ". Avail bal ", amount(rng), ".\n")
        elif k == 4:
            d(short, ": Payment of ", amount(rng), " due ", dat(rng), ". Pay at ", (url_for(rng, dom), URL), "\n")
        else:
            d("Me: ", inf(rng, ch(rng, ["NO", "no that wasnt me", "STOP", "Yes"])), "\n")
    if chance(rng, 0.4):
        d("\n", short, ": We blocked your card. A specialist will call you from ", (tollfree(rng), PH), " ", ch(rng, ["within 24 hours", "shortly"]), ".\n")
    return d


@template("telecom_port_out_chat", "en")
def t_telecom(rng):
    d = Doc()
    co, dom = ch(rng, TELCO)
    cust, agent = Person(rng), Person(rng)
    a = Addr(rng)
    d(co, " Chat\n", ch(rng, ["Case: ", "Interaction "]), ticket_no(rng), "\n\n")
    C, A = ch(rng, ["Customer", "Guest", [(cust.first, P)]]), [(agent.first, P)]
    turns = [(C, inf(rng, "i'm switching carriers, need my account number and transfer pin for the port"))]
    turns.append((A, ["Happy to help, though we're sad to see you go! Can you verify the account holder name and service address?"]))
    turns.append((C, inf(rng, (cust.name(ch(rng, ["full", "lower"])), P), ", ", (a.one(False), ADR))))
    turns.append((A, ["Thank you. Your account number is ", (acct_telco(rng), ACC), " and your one-time Number Transfer PIN is ",
                      (pin(rng, 6), PW), ". It's valid for ", ch(rng, ["7 days", "72 hours", "30 days"]), "."]))
    turns.append((A, ["The line being ported is ", (phone(rng), PH), ". Device IMEI ending ", digits(rng, 4), " is paid off, so no balance is due."]))
    if chance(rng, 0.5):
        turns.append((C, inf(rng, "what about my other line ", (phone(rng), PH), "? that's my daughter's")))
        turns.append((A, "That line stays active on its own until you port or cancel it."))
    if chance(rng, 0.4):
        turns.append((C, inf(rng, "and can you email the final bill to ", (cust.email(), EM))))
    turns.append((A, ["Final bill will be prorated through ", dat(rng), ". Anything else?"]))
    chat(d, rng, turns)
    return d


@template("isp_wifi_support_chat", "en")
def t_isp(rng):
    d = Doc()
    co, dom = ch(rng, TELCO)
    cust, agent = Person(rng), Person(rng)
    d(co, " Tech Support - chat log\n\n")
    C, A = ch(rng, ["Customer", [(cust.name("lowerfirst"), P)], "guest_" + digits(rng, 4)]), ch(rng, [["Tech ", (agent.first, P)], [(agent.first, P)]])
    pub, gw = ipv4(rng, False), f"192.168.{ch(rng, ['0', '1', '1', '100'])}.1"
    turns = [(C, inf(rng, "internet keeps dropping every ", ch(rng, ["10 min", "hour", "few minutes"]), emo(rng, .6)))]
    turns.append((A, ["Let's check. I see your modem (MAC ", mac(rng), ", firmware ", version(rng), ") online with WAN IP ", (pub, IP), ". Can you log into the gateway at ", (gw, IP), "?"]))
    turns.append((C, inf(rng, "what's the login")))
    turns.append((A, ["Username is admin and the default password is printed on the sticker. If you changed it, you can reset it."]))
    if chance(rng, 0.6):
        turns.append((C, inf(rng, "i changed it to ", (password(rng), PW), " but it says wrong")))
        turns.append((A, "Please don't share passwords here 🙂 Let's do a factory reset instead."))
    if chance(rng, 0.6):
        turns.append((C, inf(rng, "ok the wifi is ", ch(rng, ["HomeNet", "TheLANBeforeTime", "FBI_Van", cust.last.upper() + "_5G", "NETGEAR42"]),
                             " and password ", (password(rng), PW), " right?")))
    turns.append((A, ["Reset done. I also see a lot of traffic from ", (ipv4(rng, True), IP), " - is that a gaming console? Ping avg ", str(rng.randint(12, 90)), " ms, ", str(rng.randint(0, 4)), "% loss."]))
    if chance(rng, 0.5):
        turns.append((A, ["I've booked a technician for ", dat(rng, wd=True), " ", window(rng), ". They'll call ", (phone(rng), PH), " when on the way."]))
    if chance(rng, 0.3):
        turns.append((C, inf(rng, "my ipv6 shows ", (ipv6(rng), IP), " is that normal")))
        turns.append((A, "Yes, that's expected."))
    chat(d, rng, turns)
    return d


@template("instagram_dm_json", "en")
def t_ig_json(rng):
    d = Doc()
    a, b = Person(rng), Person(rng)
    ha, hb = handle(rng, a), handle(rng, b)
    d('{\n  "participants": [\n    {"name": ')
    jstr(d, (a.name("full"), P))
    d(', "username": ')
    jstr(d, ha)
    d('},\n    {"name": ')
    jstr(d, (b.name(ch(rng, ["full", "first"])), P))
    d(', "username": ')
    jstr(d, hb)
    d('}\n  ],\n  "messages": [\n')
    t = int(epoch(rng, ms=True))
    msgs = []
    ad = Addr(rng)
    pool = [
        (a, ["hey is the ", ch(rng, ["couch", "bike", "ps5", "stroller", "mirror"]), " still available?"]),
        (b, ["yes! ", amount(rng, lo=40, hi=450), " firm. pickup only ", emo(rng, .8)]),
        (a, ["can i come ", dat(rng, wd=True), " around ", tim(rng, h0=16)]),
        (b, ["sure, address is ", (ad.one(False), ADR), " text me when ur outside ", (phone(rng), PH)]),
        (a, ["cool my name is ", (a.name(ch(rng, ["first", "lowerfirst"])), P), " btw"]),
        (b, ["also can u venmo @", handle(rng), " or zelle ", (b.email(), EM)]),
        (a, ["omg i just saw ", ch(rng, ["Luna", "Biscuit", "Mochi"]), " in ur story 😍 what breed"]),
        (b, ["lol shes a ", ch(rng, PET_KIND), ". moving to ", (us_place(rng), LOC), " next month so selling everything"]),
    ]
    n = rng.randint(4, len(pool))
    for i, (who, txt) in enumerate(pool[:n]):
        t += rng.randint(20_000, 3_600_000)
        d('    {"sender_name": ')
        jstr(d, (who.name("full"), P))
        d(', "timestamp_ms": ', str(t), ', "content": ')
        jstr(d, inf(rng, txt, lower=True))
        d('}' + (",\n" if i < n - 1 else "\n"))
    d('  ],\n  "title": ')
    jstr(d, hb)
    d(',\n  "is_still_participant": true,\n  "thread_path": "inbox/', hb.replace(".", ""), "_", digits(rng, 10), '"\n}\n')
    return d


@template("comment_moderation_csv", "en")
def t_comments_csv(rng):
    d = Doc()
    csv_row(d, ["comment_id", "post_id", "author_handle", "author_display_name", "created_at", "text", "auto_flag"])
    for _ in range(rng.randint(4, 9)):
        p = Person(rng)
        k = rng.randrange(7)
        if k == 0:
            txt = ["DM me for cheap followers!! or text ", (phone(rng), PH), " 💯"]
            flag = "spam"
        elif k == 1:
            txt = ["I won a giveaway from this page, claim at ", (short_url(rng), URL)]
            flag = "phishing"
        elif k == 2:
            q = Person(rng)
            txt = ["lol ", (q.name(ch(rng, ["first", "full", "lower"])), P), " this is so you"]
            flag = ""
        elif k == 3:
            txt = ["contact me at ", (p.email(), EM), " for collab"]
            flag = "contact_info"
        elif k == 4:
            txt = ["been a customer since ", str(rng.randint(2008, 2022)), " and the new update ", version(rng), " broke everything"]
            flag = ""
        elif k == 5:
            txt = ["anyone going to the meetup in ", (us_place(rng), LOC), " on ", dat(rng), "?"]
            flag = ""
        else:
            txt = [ch(rng, ["first!!", "🔥🔥🔥", "this aged well", "ratio", "W take", "who asked"])]
            flag = ""
        dn = ch(rng, [(p.name(ch(rng, ["full", "first", "caps", "lower"])), P), ch(rng, ["🌸✨", "Gamer Dad", "N/A", ""]), (p.name("full"), P)])
        csv_row(d, [str(rng.randint(10 ** 9, 10 ** 10)), digits(rng, 11), handle(rng, p), dn, ts_iso(rng), txt, flag])
    return d


@template("marketplace_buyer_seller", "en")
def t_marketplace(rng):
    d = Doc()
    co, dom = ch(rng, MARKET)
    seller, buyer = Person(rng), Person(rng)
    a = Addr(rng)
    item = ch(rng, ["IKEA Kallax shelf", "2015 Trek road bike", "Nintendo Switch OLED", "mid-century dresser", "baby crib + mattress", "Weber grill", "iPhone 13 128GB"])
    d(co, " · Messages about \"", item, "\" · listing ", digits(rng, 9), "\n\n")
    S = [(seller.name(ch(rng, ["first", "full", "initial"])), P)]
    B = [(buyer.name(ch(rng, ["first", "full", "initial"])), P)]
    turns = [(B, inf(rng, "Hi, is this still available? Would you take ", amount(rng, lo=40, hi=450), "?"))]
    turns.append((S, inf(rng, "yes still have it. lowest is ", amount(rng, lo=40, hi=450), " cash or ", ch(rng, ["Venmo", "Zelle", "PayPal"]))))
    turns.append((B, inf(rng, "deal. when can i pick up?")))
    turns.append((S, inf(rng, ch(rng, ["", "how about "]), when(rng), ch(rng, ["? ", ". "]), "I'm at ", (a.one(False) if chance(rng, .6) else a.street(), ADR))))
    if chance(rng, 0.6):
        turns.append((S, inf(rng, "text me when you're here, ", (phone(rng), PH))))
    if chance(rng, 0.3):
        turns.append((B, inf(rng, "can you send to my email instead of here? ", (buyer.email(), EM))))
    if chance(rng, 0.3):
        turns.append((B, inf(rng, "my husband ", (Person(rng).first, P), " will come get it, he drives a white truck plate ", plate(rng))))
    if chance(rng, 0.3):
        turns.append((S, inf(rng, "⚠️ just fyi i don't do shipping or 'certified checks', had scammers asking ", ch(rng, RELATIVE))))
    chat(d, rng, turns, clk=Clock(rng, ch(rng, ["h:mm a -", "none", "[HH:MM]"])))
    return d


@template("classifieds_ad", "en")
def t_classified(rng):
    d = Doc()
    p = Person(rng)
    city = us_place(rng)
    k = rng.randrange(4)
    if k == 0:
        d(ch(rng, ["$", "USD "]), str(rng.randint(6, 30) * 100), " / 2br - Sunny apartment near park (", (city, LOC), ")\n\n")
        d("Available ", dat(rng), ". ", str(rng.randint(700, 1400)), " sq ft, in-unit laundry, cats OK (sorry no dogs over 40 lbs). Lease ", ch(rng, ["12 months", "6 or 12 months"]), ".\n")
        d("Showing ", dtm(rng), ch(rng, [" at ", ", "]), (Addr(rng).street(), ADR), ".\n")
    elif k == 1:
        d("FREE - moving boxes & packing paper (", (city, LOC), ")\n\nCurbside at ", (Addr(rng).one(False), ADR), " until ", dat(rng), ". First come first served.\n")
    elif k == 2:
        d("Reliable house cleaner available - ", (city, LOC), " area\n\nHi! I'm ", (p.name(ch(rng, ["first", "full"])), P), ", ", str(rng.randint(5, 20)),
          " years experience, references available. ", amount(rng), "/hr, bring my own supplies.\n")
    else:
        d(str(rng.randint(2008, 2020)), " Honda Civic EX - ", amount(rng), " (", (city, LOC), ")\n\n", str(rng.randint(60, 190)), "k miles, clean title, VIN ", vin(rng),
          ". New tires ", str(rng.randint(2021, 2024)), ". No lowballers, I know what I have.\n")
    d(ch(rng, ["\nCall or text ", "\nContact: ", "\nserious inquiries only -> ", "\nText "]), (phone(rng), PH))
    if chance(rng, 0.3):
        d(" or email ", (p.email(), EM))
    r = rng.random()
    if r < 0.2:
        d(" (ask for ", (p.name("first"), P), ")")
    elif r < 0.35:
        d(" - ", (p.name("first"), P))
    d("\n\npost id: ", digits(rng, 10), "\nposted: ", ch(rng, ["3 days ago", "2 hours ago", "about a week ago"]), "\n")
    if chance(rng, 0.4):
        d("do NOT contact me with unsolicited services or offers\n")
    return d


@template("dating_app_report", "en")
def t_dating_report(rng):
    d = Doc()
    co, dom = ch(rng, DATING)
    rep, tgt = Person(rng), Person(rng)
    d(co, " Trust & Safety - Report ", ticket_no(rng), "\n", "=" * 40, "\n")
    d("Reporter: @", handle(rng, rep), " (user_id ", digits(rng, 9), ")\n")
    d("Reported profile: ", (tgt.name(ch(rng, ["first", "first", "full", "lowerfirst"])), P), ", ", str(rng.randint(21, 58)), " · @", handle(rng, tgt), "\n")
    d("Profile location: ", (us_place(rng), LOC), "\n")
    d("Category: ", ch(rng, ["Scam / asking for money", "Harassment", "Fake profile", "Underage", "Off-platform solicitation"]), "\n")
    d("Submitted: ", ts_iso(rng), "\n\nReporter's description:\n")
    desc = [ch(rng, ["we matched ", "we've been talking since "]), ch(rng, RELATIVE[:3] + ["last month", "2 weeks ago"]),
            " and he/she kept pushing to move to whatsapp at ", (phone(rng), PH), ". "]
    if chance(rng, .6):
        desc += ["then asked me to send ", amount(rng), " in gift cards bc they're \"stuck in ", (ch(rng, ABROAD), LOC), "\". "]
    if chance(rng, .5):
        desc += ["said their real name is ", (Person(rng).name("full"), P), " but the pics are from some influencer. "]
    if chance(rng, .4):
        desc += ["wanted to meet at ", (Addr(rng).one(False), ADR), " on ", dtm(rng), " which is literally a vacant lot "]
    d(inf(rng, desc, lower=chance(rng, .6)), emo(rng, .5), "\n\n")
    d("Moderator notes:\n")
    for _ in range(rng.randint(2, 4)):
        k = rng.randrange(5)
        if k == 0:
            d("- last login from ", (ip_any(rng), IP), " (", ch(rng, ["VPN", "residential", "hosting ASN"]), "), device ", uid(rng)[:13], "\n")
        elif k == 1:
            d("- ", str(rng.randint(2, 14)), " prior reports, same photo hash ", sha(rng, 16), "\n")
        elif k == 2:
            d("- linked account signed up with ", (Person(rng).email(), EM), "\n")
        elif k == 3:
            d("- outbound link in bio: ", (short_url(rng), URL), "\n")
        else:
            d("- messages contain Cash App $", handle(rng).replace(".", "").replace("_", ""), " (not a match on our list)\n")
    d("Action: ", ch(rng, ["BAN", "shadow restrict", "escalate to T2", "no action"]), " · reviewer ", (Person(rng).first, P), "\n")
    return d


@template("community_forum_post", "en")
def t_forum(rng):
    d = Doc()
    op = Person(rng)
    topic = ch(rng, ["Home Improvement", "Cars & Trucks", "Parenting", "Gardening", "Local Events", "Pets"])
    d("[", topic, "] ", ch(rng, ["Anyone else having issues with ", "Recommendation needed: ", "PSA about ", "Rant: "]),
      ch(rng, ["our HOA", "the new trash pickup schedule", "contractors", "a local mechanic", "the vet clinic", "daycare waitlists"]), "\n")
    d("Posted by ", handle(rng, op), " · ", ch(rng, ["5h", "2 days ago", "yesterday", "1w"]), " · ", str(rng.randint(2, 300)), " replies\n\n")
    para = []
    if chance(rng, .5):
        pet = ch(rng, PET_NAMES)
        para += ["So our ", ch(rng, PET_KIND), " ", pet, " got into the neighbor's yard again and ", pet, " is fine but "]
    nb = Person(rng)
    para += ["the guy next door (", (nb.name(ch(rng, ["first", "full", "lowerfirst"])), P), ") is threatening to call the city. "]
    if chance(rng, .5):
        para += ["We've lived in ", (us_place(rng), LOC), " since ", str(rng.randint(1998, 2021)), " and never had problems. "]
    if chance(rng, .4):
        para += ["The contractor we used, ", (Person(rng).name("full"), P), " from ", ch(rng, ["Ace Roofing", "Ben's Plumbing LLC", "Dell Landscaping", "Ford's Fencing"]),
                 ", said it would take ", ch(rng, DURATIONS), " but it's been ", ch(rng, ["3 months", "6 weeks"]), ". "]
    if chance(rng, .4):
        para += ["There's a town hall ", dtm(rng), " at the library if anyone wants to come. "]
    d(inf(rng, para, lower=chance(rng, .3)), emo(rng), "\n\n")
    if chance(rng, .6):
        d("EDIT: ", inf(rng, ch(rng, ["thanks everyone!! ", "to the person who DM'd me: ", "update - "]),
                        ch(rng, ["solved it", "not selling, stop asking", "he apologized lol"]), "\n\n"))
    d("--\n", (op.name(ch(rng, ["first", "full", "initial"])), P), ch(rng, [" | ", " - ", "\n"]), (us_place(rng), LOC), "\n")
    if chance(rng, .3):
        d("Reply from ", handle(rng), ": ", inf(rng, "same thing happened to us on ", (Addr(rng).street(), ADR), " ", ch(rng, RELATIVE)), "\n")
    return d


@template("dev_forum_credential_leak", "en")
def t_dev_forum(rng):
    d = Doc()
    u = Person(rng)
    k = rng.randrange(4)
    d(ch(rng, ["Q: ", "Help: ", ""]), ["boto3 AccessDenied when uploading to S3", "Stripe webhook signature verification fails",
                                       "Slack bot can't post to channel", "Deploy over SSH fails: Permission denied (publickey)"][k], "\n")
    d("asked by ", handle(rng, u), " · ", ch(rng, ["viewed 1k times", "modified today", "3 answers"]), "\n\n")
    d(inf(rng, "I've been stuck on this for ", ch(rng, DURATIONS), ". Here's my config (", ch(rng, ["python 3.11", "node 20", "ruby 3.2"]), ", lib ", version(rng), "):", lower=False), "\n\n```\n")
    if k == 0:
        d("[default]\naws_access_key_id = ", (aws_access_key(rng), AKI), "\naws_secret_access_key = ", (aws_secret(rng), ASK), "\nregion = us-east-1\n")
    elif k == 1:
        d("STRIPE_SECRET_KEY=", (stripe_key(rng), STK), "\nSTRIPE_WEBHOOK_SECRET=", (webhook_secret(rng), SEC), "\nSTRIPE_PUBLISHABLE_KEY=", env_ref(rng, "STRIPE_PUBLISHABLE_KEY"), "\n")
    elif k == 2:
        d("SLACK_BOT_TOKEN=", (slack_token(rng), SLK), "\nSLACK_SIGNING_SECRET=", (alnum(rng, 32, HEX), SEC), "\nGITHUB_TOKEN=", (github_token(rng), GHT), "\n")
    else:
        d("# ~/.ssh/deploy_key (the one I added to the server)\n", (private_key(rng), PK), "\n")
    if chance(rng, .5):
        d("DATABASE_URL=postgres://", ch(rng, ["app", "admin", "postgres", asciify(u.first).lower()]), ":", (pw_url(rng), PW),
          "@", ch(rng, ["db.internal", "localhost", "prod-db.example.net", "mydb.cluster-abc.rds.amazonaws.com"]), ":5432/", ch(rng, ["app", "prod", "shop"]), "\n")
    d("```\n\nError:\n```\n", ts_log(rng), " ERROR ", (["botocore.exceptions.ClientError: An error occurred (AccessDenied)", "No signatures found matching the expected signature for payload",
                                                              "invalid_auth", "Permission denied (publickey)."][k]), " request_id=", uid(rng), "\n```\n\n")
    d("---\n", ch(rng, ["Answer", "Comment"]), " by ", handle(rng), " (", str(rng.randint(1, 99)), "k rep):\n")
    d("You just posted live credentials - revoke them NOW and use ", env_ref(rng), " instead. Bots scrape this site within minutes.\n")
    if chance(rng, .4):
        d("Also your CI should reference ", env_ref(rng), ", never the literal value.\n")
    return d


@template("github_issue_env_paste", "en")
def t_gh_issue(rng):
    d = Doc()
    u = Person(rng)
    d("#", str(rng.randint(100, 9999)), " ", ch(rng, ["App crashes on startup after upgrading to ", "Docker compose fails with ", "Login broken in "]), version(rng), "\n")
    d(ch(rng, ["Open", "Closed"]), " · opened by ", handle(rng, u), " · ", str(rng.randint(1, 30)), " comments\n\n")
    d("**Describe the bug**\n", inf(rng, "After pulling ", sha(rng, 7), " the container exits with code 1.", lower=False), "\n\n**.env (redact?)**\n```env\n")
    lines = [["NODE_ENV=production\n"], ["PORT=", str(ch(rng, [3000, 8080, 5000])), "\n"],
             ["JWT_SECRET=", (alnum(rng, 48, AN), SEC), "\n"],
             ["SESSION_TOKEN=", (jwt(rng), JWT), "\n"],
             ["SENDGRID_API_KEY=", ("SG." + alnum(rng, 22, AN + "-_") + "." + alnum(rng, 43, AN + "-_"), SEC), "\n"],
             ["REDIS_URL=redis://default:", (pw_url(rng), PW), "@cache.internal:6379/0\n"],
             ["AWS_ACCESS_KEY_ID=", (aws_access_key(rng), AKI), "\n", "AWS_SECRET_ACCESS_KEY=", (aws_secret(rng), ASK), "\n"],
             ["GH_TOKEN=", env_ref(rng), "\n"], ["SLACK_WEBHOOK=", env_ref(rng, "SLACK_WEBHOOK_URL"), "\n"],
             ["GITHUB_PAT=", (github_token(rng), GHT), "\n"], ["SLACK_BOT_TOKEN=", (slack_token(rng), SLK), "\n"],
             ["SMTP_HOST=smtp.mailgun.org\nSMTP_USER=postmaster\nSMTP_PASS=", (password(rng), PW), "\n"],
             ["BUILD_SHA=", sha(rng), "\n"]]
    rng.shuffle(lines)
    for l in lines[:rng.randint(4, 8)]:
        d(l)
    d("```\n\n**Logs**\n```\n")
    for _ in range(rng.randint(2, 4)):
        d(ts_iso(rng), " ", ch(rng, ["INFO", "WARN", "ERROR"]), " ", ch(rng, ["server listening on port 3000", "connecting to cache", "migration 0042 applied", "uncaught exception"]),
          " pid=", str(rng.randint(100, 40000)), "\n")
    d("```\n\n---\n**", handle(rng), "** commented:\n> ", inf(rng, "please rotate those keys, this repo is public. Also you can put them in ", env_ref(rng), lower=False), "\n")
    return d


@template("discord_server_chat_export", "en")
def t_discord(rng):
    d = Doc()
    ppl = [Person(rng) for _ in range(3)]
    hs = [handle(rng, p) for p in ppl]
    d("Guild: ", ch(rng, ["Indie Devs Hangout", "Home Lab Nerds", "Crypto Chat (unofficial)", "Modding Central"]), " / #", ch(rng, ["help", "general", "bot-dev", "off-topic"]), "\n")
    d("Exported ", ts_iso(rng), " by DiscordChatExporter ", version(rng), "\n\n")
    msgs = [
        (0, ["anyone know why my bot gets 401? token is ", (discord_token(rng), SEC)]),
        (1, ["bro never paste your token lmao, reset it in the dev portal"]),
        (2, ["for the CI i just used my PAT ", (github_token(rng), GHT), " lol is that bad"]),
        (2, ["also that ", ch(rng, ["JWT", "session cookie", "access token"]), " you pasted earlier: ", (jwt(rng), JWT)]),
        (0, ["oops. ok rotated. btw i'm ", (ppl[0].name(ch(rng, ["first", "lowerfirst"])), P), " irl, anyone in ", (us_place(rng), LOC), "?"]),
        (1, ["lol i'm like 20 min away. we should do the game jam ", dat(rng)]),
        (2, ["my home server is at ", (ipv4(rng, False), IP), " if u wanna test, port ", str(rng.randint(2000, 30000))]),
        (1, ["dude stop doxxing yourself 😂"]),
        (0, ["here's the repo ", (f"https://github.com/{hs[0].replace('.', '-').replace('_', '-').strip('-')}/{ch(rng, ['cool-bot', 'mod-loader', 'homelab-dash'])}", URL)]),
    ]
    keep = sorted(rng.sample(range(len(msgs)), rng.randint(4, len(msgs))))
    for i in keep:
        who, txt = msgs[i]
        d("[", ts_iso(rng), "] ", hs[who], ": ", inf(rng, txt, lower=True), "\n")
    return d


@template("sms_thread_family", "en")
def t_sms(rng):
    d = Doc()
    me, other = Person(rng), Person(rng)
    rel = ch(rng, ["Mom", "Dad", "Grandma", "babe ❤️", None, None])
    d("Conversation with ", rel if rel else (other.name(ch(rng, ["full", "first"])), P), " ", ch(rng, ["", "(iMessage)", "(SMS)"]), "\n")
    if chance(rng, .5):
        d((phone(rng), PH), "\n")
    d("\n")
    a = Addr(rng)
    msgs = [
        ("them", ["did you get the package i sent? tracking says delivered ", ch(rng, RELATIVE[:3])]),
        ("me", ["not yet, what address did u use"]),
        ("them", [(a.one(False) if chance(rng, .5) else a.street(), ADR), " right?"]),
        ("me", ["omg no we moved!! its ", (Addr(rng).one(False), ADR), " now"]),
        ("them", ["ugh ok. also ", (Person(rng).name(ch(rng, ["first", "lowerfirst"])), P), "'s bday party is ", when(rng), " don't forget"]),
        ("me", ["whats the wifi pw at your place again"]),
        ("them", [(password(rng), PW)]),
        ("them", ["and call aunt ", (Person(rng).first, P), ", her new number is ", (phone(rng), PH)]),
        ("me", ["👍 love you"]),
        ("them", ["also dr appt for ", ch(rng, PET_NAMES), " moved to ", dtm(rng), " (the vet not me lol)"]),
    ]
    keep = sorted(rng.sample(range(len(msgs)), rng.randint(4, 8)))
    if 6 in keep and 5 not in keep:
        keep = sorted(set(keep) | {5})
    for i in keep:
        who, txt = msgs[i]
        d("Me: " if who == "me" else ("Them: " if not rel else rel.split(" ")[0] + ": "), inf(rng, txt, lower=True), "\n")
    return d


@template("voicemail_transcript", "en")
def t_voicemail(rng):
    d = Doc()
    caller = Person(rng)
    k = rng.randrange(4)
    d("Voicemail from ", (phone(rng), PH) if chance(rng, .8) else "Unknown", " · ", ch(rng, ["0:42", "1:13", "0:27", "2:05"]), "\n",
      ch(rng, ["Transcription (beta) - may be inaccurate\n\n", "Visual Voicemail\n\n", "\n"]))
    if k == 0:
        cl, dom = ch(rng, CLINIC)
        doc = Person(rng)
        d(inf(rng, "Hi, this message is for ", (caller.name(ch(rng, ["full", "first"])), P), ". This is ", (Person(rng).first, P), " calling from ", cl,
              " on behalf of Dr. ", (doc.last, P), ". We need to reschedule your appointment on ", dat(rng, wd=True), ". Dr. ", (doc.last, P),
              " has an opening ", dtm(rng), ". Please call us back at ", (phone(rng), PH), ". Thank you.", lower=False, p=.02))
    elif k == 1:
        d(inf(rng, "hey it's ", (caller.name(ch(rng, ["first", "lowerfirst"])), P), " um so I'm running late, flight got in at ", tim(rng),
              " instead, can you grab me at the arrivals, uh, terminal ", str(rng.randint(1, 8)), ". call me back on ", (phone(rng), PH), " bye", lower=True, p=.03))
    elif k == 2:
        d(inf(rng, "This is an important message regarding your vehicle's extended warranty. Press 1 to speak with an agent or call ", (tollfree(rng), PH),
              ". Reference number ", digits(rng, 6), ".", lower=False, p=0))
    else:
        co, dom = ch(rng, UTIL + BANK)
        d(inf(rng, "Hello, this is ", (Person(rng).name("full"), P), " with ", co, " calling about account ending in ", digits(rng, 4),
              ". Please return our call at ", (tollfree(rng), PH), ", extension ", str(rng.randint(100, 9999)), ", before ", dat(rng), ". Thank you.", lower=False, p=.02))
    d("\n\n", ch(rng, ["Was this transcription useful?  Yes / No", "Reply · Call back · Delete", ""]), "\n")
    return d


@template("whatsapp_export_en", "en")
def t_whatsapp_en(rng):
    d = Doc()
    ppl = [Person(rng) for _ in range(rng.randint(2, 4))]
    group = chance(rng, .6)
    numbers = {i: phone(rng) for i in range(len(ppl))}
    use_num = {i: chance(rng, .25) for i in range(len(ppl))}
    base = rdate(rng)
    fmt = ch(rng, ["us", "br"])
    h, m = rng.randint(6, 20), rng.randint(0, 59)

    def prefix():
        nonlocal h, m
        m += rng.randint(1, 40)
        h += m // 60
        m %= 60
        h %= 24
        if fmt == "us":
            return f"{base.month}/{base.day}/{base.year % 100:02d}, {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'} - "
        return f"[{base.day:02d}/{base.month:02d}/{base.year}, {h:02d}:{m:02d}:{rng.randint(0, 59):02d}] "

    def spk(i):
        if use_num[i]:
            return (numbers[i], PH)
        return (ppl[i].name(ch(rng, ["full", "first"])), P)

    d(prefix(), "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n")
    if group:
        d(prefix(), spk(0), " created group \"", ch(rng, ["Soccer Moms ⚽", "Bachelorette 🎉", "Block party", "Family", "Carpool"]), "\"\n")
        d(prefix(), spk(0), " added ", spk(1), "\n")
    a = Addr(rng)
    lines = [
        ["ok so the plan is ", when(rng), " at ", (a.one(False), ADR)],
        ["can someone send me ", (Person(rng).first, P), "'s number"],
        [(phone(rng), PH)],
        ["<Media omitted>"],
        ["I'm bringing ", ch(rng, BRANDS_PERSON[:4]), " ice cream 🍦"],
        ["running late, 10 min"],
        ["kids pickup ", dat(rng, wd=True), " is ", (ppl[-1].name("first"), P), "'s turn"],
        ["This message was deleted"],
        ["venmo me ", amount(rng), " for the deposit pls"],
        ["flight lands ", tim(rng), " in ", (us_place(rng), LOC)],
        ["my email is ", (ppl[0].email(), EM), " for the spreadsheet"],
    ]
    rng.shuffle(lines)
    for l in lines[:rng.randint(4, 9)]:
        d(prefix(), spk(rng.randrange(len(ppl))), ": ", inf(rng, l, lower=True, p=.04), emo(rng, .2), "\n")
    return d


@template("telegram_export_json_en", "en")
def t_telegram_en(rng):
    d = Doc()
    a, b = Person(rng), Person(rng)
    d('{\n "name": ')
    jstr(d, (b.name(ch(rng, ["full", "first"])), P))
    d(',\n "type": "personal_chat",\n "id": ', str(rng.randint(10 ** 8, 10 ** 10)), ',\n "messages": [\n')
    pool = [
        (a, ["yo did u get home ok"]),
        (b, ["yeah, uber dropped me at ", (Addr(rng).street(), ADR), " lol wrong block"]),
        (a, ["send me the pics from ", dat(rng)]),
        (b, ["uploading to ", (f"https://drive.google.com/drive/folders/{alnum(rng, 33, AN + '-_')}", URL)]),
        (a, ["btw landlord's number ", (phone(rng), PH), " if the heat dies again"]),
        (b, ["my new email ", (b.email(), EM)]),
        (a, ["happy bday ", (b.name(ch(rng, ["first", "lowerfirst"])), P), "!!! 🎂"]),
        (b, ["moving to ", (ch(rng, [us_place(rng), ch(rng, ABROAD)]), LOC), " in ", ch(rng, ["june", "the fall", "2 weeks"]), " btw"]),
        (a, ["meet at the station ", tim(rng, h0=7, h1=11), "?"]),
    ]
    rng.shuffle(pool)
    n = rng.randint(3, 7)
    for i, (who, txt) in enumerate(pool[:n]):
        d('  {\n   "id": ', str(rng.randint(1000, 99999)), ',\n   "type": "message",\n   "date": "', ts_iso(rng)[:19].replace(" ", "T"), '",\n   "date_unixtime": "', epoch(rng), '",\n   "from": ')
        jstr(d, (who.name("full"), P))
        d(',\n   "from_id": "user', digits(rng, 10), '",\n   "text": ')
        jstr(d, inf(rng, txt, lower=True))
        d("\n  }" + (",\n" if i < n - 1 else "\n"))
    d(" ]\n}\n")
    return d


@template("moderation_queue_log", "en")
def t_modlog(rng):
    d = Doc()
    for _ in range(rng.randint(5, 10)):
        k = rng.randrange(7)
        d(ts_log(rng), " ", ch(rng, ["INFO ", "WARN ", "INFO "]), "modq[", str(rng.randint(100, 999)), "] ")
        if k == 0:
            d("item=", digits(rng, 10), " action=queued reason=spam_score(", f"{rng.random():.2f}", ") src_ip=", (ip_any(rng), IP), "\n")
        elif k == 1:
            d("item=", digits(rng, 10), " action=auto_remove reason=contact_info excerpt=\"", inf(rng, "text me ", (phone(rng), PH), " for pics", lower=True), "\"\n")
        elif k == 2:
            d("user_id=", digits(rng, 9), " action=shadowban by=mod:", handle(rng), " session=", uid(rng), "\n")
        elif k == 3:
            d("item=", digits(rng, 10), " action=escalate reason=doxxing excerpt=\"", (Person(rng).name(ch(rng, ["full", "lower"])), P), " lives at ",
              (Addr(rng).one(False), ADR), "\"\n")
        elif k == 4:
            d("appeal=", ticket_no(rng), " user_email=", (Person(rng).email(), EM), " status=pending latency_ms=", str(rng.randint(12, 900)), "\n")
        elif k == 5:
            d("rate_limit client=", (ipv4(rng), IP), ":", str(rng.randint(1024, 65535)), " window=60s count=", str(rng.randint(60, 900)), "\n")
        else:
            d("item=", digits(rng, 10), " action=approve reviewer=", handle(rng), " dur=", ch(rng, ["1.2s", "340ms", "4.8s"]), "\n")
    return d


@template("chatbot_log_jsonl", "en")
def t_chatbot(rng):
    d = Doc()
    co, dom = ch(rng, UTIL + BANK + TELCO + RETAIL)
    sess = uid(rng)
    p = Person(rng)
    turns = [("user", ["hi"]), ("bot", ["Hi! I'm the ", co, " assistant. How can I help?"])]
    k = rng.randrange(4)
    if k == 0:
        turns += [("user", inf(rng, "change my address to ", (Addr(rng).one(False), ADR))),
                  ("bot", ["I can help with that. Please confirm your date of birth."]),
                  ("user", inf(rng, (fmt_dob(rng, rdob(rng)), DOB))),
                  ("bot", ["Thanks. Your address was updated. Confirmation sent to ", masked_email(rng, p), "."])]
    elif k == 1:
        turns += [("user", inf(rng, "whats my balance acct ", (acct_bank(rng) if co in [b[0] for b in BANK] else acct_utility(rng), ACC))),
                  ("bot", ["For your security I can't show balances here. Please sign in at ", (url_for(rng, dom), URL)])]
    elif k == 2:
        turns += [("user", inf(rng, "talk to a human")),
                  ("bot", ["I'll connect you. Meanwhile, what's the best number to reach you?"]),
                  ("user", inf(rng, (phone(rng), PH), " after ", tim(rng, h0=12))),
                  ("bot", ["Got it. An agent will call you. Case ", ticket_no(rng), "."])]
    else:
        turns += [("user", inf(rng, "my name is ", (p.name(ch(rng, ["full", "lower"])), P), " and i forgot my password, email ", (p.email(), EM))),
                  ("bot", ["I've sent a reset link. It expires in ", ch(rng, ["15 minutes", "1 hour", "24 hours"]), "."])]
    for role, txt in turns:
        d('{"ts":"', ts_iso(rng), '","session":"', sess, '","role":"', role, '","intent":"', ch(rng, ["greeting", "address_change", "balance", "handoff", "password_reset", "fallback"]),
          '","confidence":', f"{rng.uniform(.3, .99):.2f}", ',"text":')
        jstr(d, txt)
        if role == "user" and chance(rng, .4):
            d(',"client_ip":"', (ip_any(rng), IP), '"')
        d(',"tz":"', ch(rng, ["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"]), '"}\n')
    return d


@template("crm_account_notes", "en")
def t_crm(rng):
    d = Doc()
    cust = Person(rng)
    a = Addr(rng)
    co, dom = ch(rng, UTIL + TELCO + BANK)
    d("ACCOUNT: ", (cust.name(ch(rng, ["caps", "full", "lastfirst", "LASTfirst"])), P), "   #", (acct_customer(rng), ACC), "\n")
    d("Service addr: ", (a.one(False), ADR), "\nPrimary phone: ", (phone(rng), PH), "   Alt: ", masked_phone(rng) if chance(rng, .5) else "(none)", "\n")
    d("Email: ", (cust.email(), EM) if chance(rng, .7) else masked_email(rng, cust), "\nSegment: ", ch(rng, ["Residential", "SMB", "Premier"]), "   Tenure: ", str(rng.randint(1, 25)), " yrs\n\n")
    d("Activity notes\n--------------\n")
    for _ in range(rng.randint(3, 6)):
        ag = Person(rng)
        k = rng.randrange(6)
        d(ts_iso(rng)[:16], " | ", (ag.name(ch(rng, ["first", "initial", "full"])), P), " | ")
        if k == 0:
            d(inf(rng, "Cust called re past-due ", amount(rng), ". Promised payment by ", dat(rng), ". Set callback ", dtm(rng), ".", lower=False, p=.03))
        elif k == 1:
            d(inf(rng, "Cust upset about fee. Waived ", amount(rng), " one-time courtesy. Ref ", ticket_no(rng), ".", lower=False, p=.03))
        elif k == 2:
            d(inf(rng, "Spoke w/ spouse ", (Person(rng).first, P), " (not authorized). Advised to add as auth user.", lower=False, p=.03))
        elif k == 3:
            d(inf(rng, "Cust requests all contact via text to ", (phone(rng), PH), ". Updated prefs.", lower=False, p=.03))
        elif k == 4:
            d(inf(rng, "Email bounced, new email ", (cust.email(), EM), " verified.", lower=False, p=.03))
        else:
            d(inf(rng, "Tech visit ", dat(rng, wd=True), " ", window(rng), ". Gate code on file. Dog on premises (", ch(rng, PET_NAMES), ").", lower=False, p=.03))
        d("\n")
    return d


@template("helpdesk_ticket_export_csv", "en")
def t_ticket_csv(rng):
    d = Doc()
    co, dom = ch(rng, RETAIL + TELCO)
    csv_row(d, ["Ticket ID", "Subject", "Requester", "Requester email", "Created", "Status", "Priority", "Assignee", "Tags", "Last comment"])
    for _ in range(rng.randint(3, 8)):
        r, a = Person(rng), Person(rng)
        k = rng.randrange(5)
        if k == 0:
            lc = ["Customer says package left at ", (Addr(rng).street(), ADR), " instead of their door"]
        elif k == 1:
            lc = ["Callback requested at ", (phone(rng), PH), " ", when(rng)]
        elif k == 2:
            lc = ["Refund ", amount(rng), " issued to card ", masked_card(rng)]
        elif k == 3:
            lc = ["Duplicate of ", ticket_no(rng), "; merged"]
        else:
            lc = ["Cx ", (r.name("first"), P), " wants to cancel before ", dat(rng)]
        csv_row(d, [ticket_no(rng).lstrip("#"), ch(rng, ["Where is my order?", "Damaged item", "Cancel subscription", "Wrong size", "Billing question", "Can't log in"]),
                    (r.name(ch(rng, ["full", "full", "lower", "lastfirst"])), P), (r.email(), EM), ts_iso(rng),
                    ch(rng, ["open", "pending", "solved", "closed"]), ch(rng, ["low", "normal", "high", "urgent"]),
                    (a.name(ch(rng, ["full", "first"])), P), ch(rng, ["shipping wismo", "refund", "vip", "churn_risk", ""]), lc])
    return d


@template("health_plan_member_chat", "en")
def t_health_plan(rng):
    d = Doc()
    co, dom = ch(rng, HEALTHCO)
    m, ag = Person(rng), Person(rng)
    prov = Person(rng)
    d(co, " Member Services - secure chat\n\n")
    A = [(ag.first, P), ch(rng, [" (Member Advocate)", "", " - " + co.split()[0]])]
    C = ch(rng, ["Member", "You", [(m.name("first"), P)]])
    turns = [(C, inf(rng, "why was my claim denied?? i had an mri on ", dat(rng), emo(rng)))]
    turns.append((A, ["I can check. Please confirm your member ID and date of birth."]))
    turns.append((C, inf(rng, ch(rng, ["id ", "member id ", "its "]), (health_plan_no(rng), HPN), ch(rng, [" dob ", ", ", " born "]), (fmt_dob(rng, rdob(rng)), DOB))))
    turns.append((A, ["Thank you, ", (m.name("first"), P), ". I see claim ", claim_no(rng), " for CPT ", ch(rng, ["70553", "72148", "73721"]), " (dx ", ch(rng, ["M54.5", "G43.909", "S83.511A"]),
                      ") from Dr. ", (prov.name(ch(rng, ["last", "full"])), P), ", NPI ", npi(rng), ". It was denied for missing prior authorization."]))
    turns.append((A, ["Your group number is ", f"{digits(rng, 6)}", " and this service needs PA under your plan. Dr. ", (prov.last, P), "'s office can submit it retroactively within ",
                      ch(rng, ["60 days", "90 days"]), "."]))
    if chance(rng, .5):
        turns.append((C, inf(rng, "can you mail the EOB to ", (Addr(rng).one(False), ADR), "? i moved")))
        turns.append((A, ["I've updated your mailing address. You'll also see it in the portal: ", (url_for(rng, dom), URL)]))
    if chance(rng, .4):
        turns.append((C, inf(rng, "also my daughter ", (Person(rng).first, P), " is on my plan, her id ends in ", digits(rng, 4), " right?")))
        turns.append((A, "Yes, dependents share your ID with a different suffix."))
    turns.append((A, ["I've opened an appeal, ", claim_no(rng), ". Decision within ", ch(rng, ["30 days", "15 business days"]), ". A nurse line is available at ", (tollfree(rng), PH), "."]))
    chat(d, rng, turns)
    return d


@template("clinic_portal_message", "en")
def t_clinic(rng):
    d = Doc()
    cl, dom = ch(rng, CLINIC)
    pt, doc, nurse = Person(rng), Person(rng), Person(rng)
    d(cl, " · MyChart-style Patient Portal\nMessage thread: ", ch(rng, ["Medication question", "Test results", "Appointment request", "Refill request"]), "\n")
    d("Patient: ", (pt.name(ch(rng, ["full", "lastfirst", "caps"])), P), "   MRN: ", (mrn(rng), MRN), "   DOB: ", (fmt_dob(rng, rdob(rng)), DOB), "\n\n")
    d("From: ", (pt.name("full"), P), "\n", inf(rng, ch(rng, ["Hi Dr. ", "Hello Dr. ", "dr "]), (doc.last, P), ", ", ch(rng, [
        ["I've been on ", ch(rng, DRUGS), " for ", ch(rng, ["2 weeks", "a month"]), " and the side effects are rough. Can we switch?"],
        ["my rash is worse since ", ch(rng, ["yesterday", "last night", "this morning", "the weekend"]), ". Can I come in ", dat(rng, wd=True), "?"],
        ["can you send my ", ch(rng, DRUGS), " refill to the ", ch(rng, ["CVS", "Walgreens", "Rite Aid"]), " on ", (Addr(rng).street(), ADR), "?"]]), lower=False, p=.03), "\n")
    if chance(rng, .4):
        d(inf(rng, "Best number is ", (phone(rng), PH), ".", lower=False), "\n")
    d("\nFrom: ", (nurse.name(ch(rng, ["full", "first"])), P), ch(rng, [", RN", ", LPN", ", MA"]), "\n")
    d("Hi ", (pt.first, P), ", Dr. ", (doc.last, P), " reviewed your message. ", ch(rng, [
        ["We have you scheduled for ", dtm(rng, wd=True), " with ", (Person(rng).name("full"), P), ", PA-C. Please arrive 15 minutes early."],
        ["The prescription (", ch(rng, DRUGS), ") was sent. Dx code ", ch(rng, ["L30.9", "J30.2", "F41.1", "I10"]), " for insurance."],
        ["Your results (LOINC ", ch(rng, ["4548-4", "2345-7", "718-7"]), ") are within normal range. Next labs due ", dat(rng), "."]]), "\n")
    d("If this is an emergency call 911. Clinic line: ", (phone(rng), PH), "\n")
    return d


@template("pharmacy_sms", "en")
def t_pharmacy(rng):
    d = Doc()
    ph_name = ch(rng, ["CVS Pharmacy", "Walgreens", "Rite Aid", "Kroger Pharmacy", "Costco Pharmacy"])
    p = Person(rng)
    d("Text messages · ", ph_name, "\n\n")
    for _ in range(rng.randint(2, 5)):
        k = rng.randrange(5)
        if k == 0:
            d(ph_name, ": Rx ", digits(rng, 7), " for ", (p.name(ch(rng, ["first", "caps", "initial"])), P), " is ready for pickup. Hold until ", dat(rng), ". Reply STOP to opt out.\n")
        elif k == 1:
            d(ph_name, ": Your refill of ", ch(rng, DRUGS).split(" ")[0].upper(), " is delayed (insurance). Call ", (phone(rng), PH), ".\n")
        elif k == 2:
            d(ph_name, ": Flu shots available today until ", tim(rng, h0=17, h1=21), ". Book: ", (url_for(rng, ch(rng, ["cvs.com", "walgreens.com"])), URL), "\n")
        elif k == 3:
            d("Me: ", inf(rng, "can my ", ch(rng, ["husband", "wife", "son", "mom"]), " ", (Person(rng).first, P), " pick it up", lower=True), "\n")
        else:
            d(ph_name, ": Pickup at the store at ", (Addr(rng).one(False), ADR), " open ", tim(rng, h0=7, h1=9), "-", tim(rng, h0=20, h1=22), ".\n")
    return d


@template("rideshare_lost_item", "en")
def t_rideshare(rng):
    d = Doc()
    rider, driver = Person(rng), Person(rng)
    d(ch(rng, ["Lyft", "Uber", "Ride"]), " Help · Report lost item\n\nTrip: ", dtm(rng), "\nPickup: ", (Addr(rng).one(False), ADR),
      "\nDrop-off: ", (Addr(rng).one(False) if chance(rng, .7) else Addr(rng).street(), ADR), "\nDriver: ", (driver.name(ch(rng, ["first", "initial"])), P),
      " · ", ch(rng, ["Toyota Camry", "Honda Accord", "Tesla Model 3", "Kia Sorento", "Ford Escape"]), " · ", plate(rng), "\nFare: ", amount(rng), "  Trip ID ", uid(rng), "\n\n")
    d("What did you leave?\n", inf(rng, "my ", ch(rng, ["black wallet", "iPhone in a pink case", "kids backpack", "AirPods", "laptop bag"]), " - it has my license and cards in it. ",
                                     ch(rng, ["please call me at ", "my other phone is ", "reach me at "]), (phone(rng), PH), ". ",
                                     "i can meet anywhere in ", (us_place(rng), LOC), emo(rng, .6)), "\n\n")
    if chance(rng, .5):
        d("Driver response: ", inf(rng, "found it! i can drop at ", tim(rng), " near ", (Addr(rng).street(), ADR), ", there's a ", amount(rng), " return fee", lower=True), "\n")
    return d


@template("food_delivery_complaint", "en")
def t_food(rng):
    d = Doc()
    cust, courier, ag = Person(rng), Person(rng), Person(rng)
    a = Addr(rng)
    d(ch(rng, ["DoorDash", "Grubhub", "Uber Eats"]), " Support chat · order ", order_no(rng), "\n\n")
    C, A = "Customer", [(ag.first, P)]
    turns = [(C, inf(rng, "my food never came, app says delivered to ", (a.one(False), ADR), emo(rng, .7)))]
    turns.append((A, ["So sorry! I see your Dasher ", (courier.name(ch(rng, ["first", "initial"])), P), " marked it delivered at ", tim(rng), " with a photo. Is that your door?"]))
    turns.append((C, inf(rng, "no thats ", ch(rng, ["the neighbor's", "building B", "the lobby"]), ". i'm in ", ch(rng, ["the back unit", "the one with the blue door", "the upstairs unit"]), ", gate code is on the order")))
    turns.append((A, ["I've refunded ", amount(rng), " to your original payment ", masked_card(rng), " and added a ", amount(rng), " credit."]))
    if chance(rng, .5):
        turns.append((C, inf(rng, "pls have them call ", (phone(rng), PH), " next time")))
    if chance(rng, .3):
        turns.append((C, inf(rng, "also its my kid ", (Person(rng).first, P), "'s bday dinner ugh. we have a nut allergy note on the account too")))
    turns.append((A, "Noted. Refund arrives in " + ch(rng, DURATIONS[2:3] + ["5-10 business days"]) + "."))
    chat(d, rng, turns)
    return d


@template("hotel_booking_email", "en")
def t_hotel(rng):
    d = Doc()
    g, g2 = Person(rng), Person(rng)
    hotel = ch(rng, ["The Harbor View Inn", "Hotel Marigold", "Lakeside Lodge & Suites", "The Grand Alder", "Copper Canyon Resort"])
    hdom = hotel.lower().replace("the ", "").replace(" & ", "").replace(" ", "") + ".com"
    d(email_headers(rng, (g.name(ch(rng, ["full", "mid"])), P), g.email(), ["Reservations <", (f"reservations@{hdom}", EM), ">"],
                    ["Re: Confirmation ", digits(rng, 8), " - special requests"]))
    ci, nights = rdate(rng), rng.randint(1, 7)
    d("Hi,\n\nWe're booked ", ch(rng, ["from ", "for "]), (fmt_date(rng, ci, "en"), DT), " to ", (fmt_date(rng, ci + dt.timedelta(days=nights), "en"), DT), " (", str(nights), " nights, King room, rate code ",
      alnum(rng, 4, string.ascii_uppercase), "). ")
    d(ch(rng, ["Our flight lands at ", "We should arrive around "]), tim(rng), ", is early check-in possible? ")
    if chance(rng, .5):
        d("My ", ch(rng, ["wife", "husband", "partner", "sister"]), " ", (g2.name(ch(rng, ["full", "first"])), P), " will also be on the reservation. ")
    if chance(rng, .5):
        d("It's our anniversary on ", dat(rng, year=False), " so anything special would be lovely! ")
    d("\n\nLast time we stayed in room ", str(rng.randint(101, 1220)), " and it was great. ")
    if chance(rng, .35):
        d("To guarantee the late arrival please use my card ", (card(rng), CC), ", exp ", (f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}", DT), ".\n")
    else:
        d("The card on file is ", masked_card(rng), ".\n")
    d(sig_block(rng, g, phone_p=.7, email_p=0))
    if chance(rng, .5):
        st = Person(rng)
        d("\n\n> ", hotel, " Reservations wrote:\n> Dear ", titled(rng, g), ", thank you for choosing ", hotel, ". Check-in is from ", tim(rng, h0=14, h1=16),
          ". Parking: ", amount(rng), "/night. - ", (st.name("first"), P), ", Front Office\n")
    return d


@template("car_rental_license_check", "en")
def t_car_rental(rng):
    d = Doc()
    p = Person(rng)
    st_code, lic = driver_license(rng)
    d(ch(rng, ["Hertz", "Enterprise", "Avis", "Sixt", "Budget"]), " · Online check-in · Reservation ", pnr(rng), "\n\n")
    form = [["Driver name: ", (p.name(ch(rng, ["full", "caps", "LASTfirst"])), P)],
            ["Date of birth: ", (fmt_dob(rng, rdob(rng)), DOB)],
            ["Driver's license no.: ", (lic, DL)],
            ["Issuing state: ", (US_STATES[st_code], LOC)],
            ["License expiration: ", (fmt_date(rng, rdate(rng, 2025, 2031), "en", wd=False, year=True), DT)],
            ["Home address: ", (Addr(rng).one(False), ADR)],
            ["Mobile: ", (phone(rng), PH)],
            ["Pick-up: ", dtm(rng), " · ", ch(rng, IATA), " airport counter"],
            ["Vehicle class: ", ch(rng, ["Compact (ECAR)", "Midsize SUV (IFAR)", "Minivan (MVAR)"])],
            ["Payment: ", masked_card(rng)]]
    for f in form:
        d(f, "\n")
    d("\nAgent chat:\n")
    ag = Person(rng)
    d((ag.first, P), ": ", "Thanks ", (p.first, P), "! Your license photo was a bit blurry, can you confirm the number?\n")
    d("You: ", inf(rng, "its ", (lic, DL), lower=True), "\n")
    d((ag.first, P), ": ", "Verified. Additional driver fee is ", amount(rng), "/day. See you ", ch(rng, ["soon", "at the counter", "tomorrow"]), "!\n")
    return d


@template("rental_listing_inquiry_email", "en")
def t_rental_inquiry(rng):
    d = Doc()
    ll, tenant = Person(rng), Person(rng)
    a = Addr(rng)
    scam = chance(rng, .35)
    d(email_headers(rng, (tenant.name(ch(rng, ["full", "lower"])), P), tenant.email(), [(f"{handle(rng)}-{digits(rng, 10)}@{ch(rng, ['hous.craigslist.org', 'reply.zillow.com', 'relay.apartments.com'])}", EM)],
                    ["Re: ", str(rng.randint(1, 4)), ch(rng, ["BR apartment", "BR house", "BR condo"]), " - still available?"], extra=False))
    if not scam:
        d(ch(rng, ["Hi ", "Hello ", "hey "]), (ll.name("first"), P), ",\n\n", inf(rng, "I saw your listing for ", (a.one(False), ADR), ". I'm a nurse at ",
                                                                         ch(rng, ["Mercy General", "the VA hospital", "Children's"]), ", no pets except one cat (", ch(rng, PET_NAMES), "), credit score around ",
                                                                         str(rng.randint(690, 810)), ". Could I see it ", when(rng), "? My number is ", (phone(rng), PH), ".", lower=False, p=.02), "\n")
        d(sig_block(rng, tenant, phone_p=0, email_p=.2))
    else:
        d("Hello,\n\n", "I am ", (Person(rng).name("full"), P), ", the owner of the property at ", (a.one(False), ADR), ". I am currently on a mission in ",
          (ch(rng, ABROAD), LOC), " so I cannot show it. Please send the deposit of ", amount(rng), " via Zelle to ", (Person(rng).email(), EM),
          " and I will mail the keys. Fill the application here: ", (short_url(rng), URL), "\n\nGod bless.\n")
    return d


@template("gym_cancellation_email", "en")
def t_gym(rng):
    d = Doc()
    m = Person(rng)
    gym = ch(rng, ["IronWorks Fitness", "Planet Pulse", "CoreFit 24/7", "Anytime Athletics"])
    d(email_headers(rng, (m.name("full"), P), m.email(), [(f"members@{gym.lower().replace(' ', '').replace('/', '')}.com", EM)], ["Cancellation request - account ", digits(rng, 4)]))
    d(ch(rng, ["To whom it may concern,\n\n", "Hi,\n\n", "Hello,\n\n", ""]))
    d("I am writing to cancel my membership effective ", dat(rng, year=True), ". Account number: ", (acct_customer(rng), ACC), ". ")
    d(ch(rng, ["I moved to ", "I'm relocating to ", "We left "]), (us_place(rng), LOC), " and there is no location nearby. ")
    d("Per the contract I gave ", ch(rng, ["30 days", "one month"]), " notice. Please stop the ", amount(rng), " monthly draft from my account ending ", digits(rng, 4), ".\n\n")
    if chance(rng, .5):
        d("Your front desk told me I had to come in person or send certified mail to ", (Addr(rng).one(False), ADR), ", which seems excessive. ")
    d("Please confirm in writing.\n\n", (m.name(ch(rng, ["full", "mid"])), P), "\n", (Addr(rng).multi(), ADR), "\n", (phone(rng), PH), "\n")
    return d


@template("ocr_credit_dispute_letter", "en")
def t_ocr_letter(rng):
    d = Doc()
    p = Person(rng)
    a = Addr(rng)
    d.filt = lambda s: ocr(rng, s, .05)
    d("[OCR scan p.1/", str(rng.randint(1, 3)), " conf=", f"{rng.uniform(.71, .97):.2f}", "]\n\n")
    d((p.name(ch(rng, ["full", "mid", "caps"])), P), "\n", (a.multi(), ADR), "\n\n", dat(rng, year=True), "\n\n")
    bureau = ch(rng, [("Equifax Information Services LLC", "P.O. Box 740256\nAtlanta, GA 30374"), ("TransUnion Consumer Solutions", "P.O. Box 2000\nChester, PA 19016"),
                      ("Experian", "P.O. Box 4500\nAllen, TX 75013")])
    d(bureau[0], "\n", (bureau[1], ADR), "\n\n")
    d("RE: Request to dispute inaccurate information\n\nTo Whom It May Concern:\n\n")
    d("My name is ", (p.name("full"), P), ", Social Security Number ", (ssn(rng), SSN), ", date of birth ", (fmt_dob(rng, rdob(rng)), DOB), ". ")
    d("I am disputing the following item(s) on my credit report (report no. ", digits(rng, 10), "):\n\n")
    for _ in range(rng.randint(1, 3)):
        d("  - ", ch(rng, ["Midland Credit Mgmt", "Capital One", "Synchrony/Lowe's", "Portfolio Recovery", "Comenity Bank"]), ", account no. ", (acct_bank(rng), ACC),
          ", balance ", amount(rng), ". ", ch(rng, ["This account is not mine.", ["This was paid in full on ", dat(rng, year=True), "."], "Late payment reported in error."]))
        d("\n")
    if chance(rng, .5):
        d("\nMy previous address was ", (Addr(rng).one(False), ADR), ". ")
    d("\nEnclosed are copies of my driver's license and a utility bill.\n\nSincerely,\n\n", ch(rng, ["/s/ ", "", "x "]), (p.name("full"), P), "\n")
    d.filt = None
    return d


@template("tax_prep_client_chat", "en")
def t_tax(rng):
    d = Doc()
    c, sp, prep = Person(rng), Person(rng), Person(rng)
    kids = [Person(rng) for _ in range(rng.randint(0, 2))]
    for k in kids:
        k.last = c.last
    d(ch(rng, ["TaxPal", "H&R-style Client Portal", "Secure Messages - Liberty Tax Studio"]), "\n\n")
    C, A = [(c.name("first"), P)], [(prep.name(ch(rng, ["first", "full"])), P), ch(rng, [", EA", ", CPA", ""])]
    turns = [(A, ["Hi ", (c.first, P), ", I still need SSNs and DOBs for everyone on the return, plus direct deposit info."])]
    body = ["me ", (ssn(rng), SSN), " ", (fmt_dob(rng, rdob(rng)), DOB)]
    if chance(rng, .7):
        body += ["\nspouse ", (sp.name(ch(rng, ["first", "full"])), P), " ", (ssn(rng), SSN), " dob ", (fmt_dob(rng, rdob(rng)), DOB)]
    for k in kids:
        body += ["\n", (k.name(ch(rng, ["first", "full"])), P), " ", (ssn(rng), SSN), " born ", (fmt_dob(rng, rdob_child(rng)), DOB)]
    turns.append((C, inf(rng, body, lower=True)))
    if chance(rng, .4):
        turns.append((C, inf(rng, "oh and my mother in law lives with us, she only has an ITIN ", bad_ssn(rng), lower=True)))
        turns.append((A, ["ITINs start with a 9, that's fine, I'll add her as ", ch(rng, ["other dependent", "household member"]), "."]))
    turns.append((C, inf(rng, "bank: routing ", aba_routing(rng), " account ", (acct_bank(rng), ACC), ch(rng, [" checking", " savings", ""]), lower=True)))
    turns.append((A, ["Got it. Estimated refund ", amount(rng), ". Please e-sign by ", dat(rng, year=True), ". Your last 4 on file shows ", masked_ssn(rng), "."]))
    if chance(rng, .4):
        turns.append((C, inf(rng, "can u mail the copy to ", (Addr(rng).one(False), ADR), " instead")))
    chat(d, rng, turns, clk=Clock(rng, ch(rng, ["h:mm a -", "[HH:MM]", "none"])))
    return d


@template("loan_application_crm", "en")
def t_loan(rng):
    d = Doc()
    p = Person(rng)
    lo = Person(rng)
    d("LEAD #", digits(rng, 7), " · Personal loan · ", ch(rng, ["Web", "Phone", "Partner referral"]), "\nOwner: ", (lo.name("full"), P), "\n\n")
    rows = [["Applicant", (p.name(ch(rng, ["full", "caps", "lastfirst"])), P)], ["SSN", (ssn(rng), SSN)], ["DOB", (fmt_dob(rng, rdob(rng)), DOB)],
            ["Phone", (phone(rng), PH)], ["Email", (p.email(), EM)], ["Address", (Addr(rng).one(False), ADR)],
            ["Employer", ch(rng, ["Dell Technologies", "Walmart Inc", "Kaiser Permanente", "self-employed", "Ford Motor Co"])],
            ["Annual income", f"${rng.randint(24, 190) * 1000:,}"], ["Requested", f"${rng.randint(2, 40) * 1000:,}"],
            ["Time at address", ch(rng, ["2 yrs", "8 months", "11 yrs"])]]
    if chance(rng, .4):
        st, lic = driver_license(rng)
        rows.append(["Driver lic #", [(lic, DL)]])
    w = max(len(r[0]) for r in rows)
    for k, v in rows:
        d(k.ljust(w), " : ", v, "\n")
    d("\nNotes:\n")
    d("- ", inf(rng, "spoke w/ applicant ", ch(rng, RELATIVE[:4]), ", said co-signer is ", (Person(rng).name("full"), P), ", will send paystubs by ", dat(rng), lower=False, p=.02), "\n")
    d("- soft pull score ", str(rng.randint(560, 790)), ", DTI ", str(rng.randint(12, 55)), "%. app id ", uid(rng), "\n")
    if chance(rng, .5):
        d("- ", inf(rng, "applicant asked to call back ", dtm(rng), " at ", (phone(rng), PH), lower=False, p=.02), "\n")
    return d


@template("neighborhood_app_post", "en")
def t_nextdoor(rng):
    d = Doc()
    p = Person(rng)
    pet = ch(rng, PET_NAMES)
    k = rng.randrange(3)
    d((p.name(ch(rng, ["initial", "full", "first"])), P), " · ", ch(rng, ["Maple Heights", "Old Town", "Riverside", "Westgate", "Sunnyslope"]), " · ", ch(rng, ["2h", "5h", "1d"]), "\n")
    if k == 0:
        d("🚨 LOST ", ch(rng, PET_KIND).upper(), " 🚨\n", inf(rng, pet, " slipped out ", ch(rng, RELATIVE[:5]), " near ", (Addr(rng).street(), ADR), ". ", pet,
                                                         " is friendly but skittish, microchipped. Please call or text ", (phone(rng), PH), " anytime!!", lower=False, p=.02), "\n")
    elif k == 1:
        d("Package thief caught on camera ", when(rng), " on ", ch(rng, ["Oak", "Elm", "Birch", "3rd"]), " - white sedan, plate ", plate(rng),
          ". Police report #", digits(rng, 8), ". If anyone has footage, my email is ", (p.email(), EM), "\n")
    else:
        d("Garage sale ", dat(rng, wd=True), " ", tim(rng, h0=7, h1=9), " to ", tim(rng, h0=12, h1=15), " at ", (Addr(rng).one(False), ADR),
          ". Kids clothes, ", ch(rng, BRANDS[10:14]), ", a ", ch(rng, BRANDS_PERSON[4:6]), " laptop. Cash or Venmo.\n")
    if chance(rng, .5):
        q = Person(rng)
        d("\n💬 ", (q.name(ch(rng, ["initial", "full"])), P), ": ", inf(rng, ch(rng, ["saw a dog like that by the school", "we got hit too on ", "how much for the bike?"]), lower=False))
        if d.text.endswith("on "):
            d(dat(rng))
        d("\n")
    return d


@template("vcard_shared_in_chat", "en")
def t_vcard(rng):
    d = Doc()
    p, sender = Person(rng), Person(rng)
    a = Addr(rng)
    d(ch(rng, ["[shared contact]", "Contact card", "📇 Contact"]), " from ", (sender.name("first"), P), ": ",
      inf(rng, ch(rng, ["here's the plumber i told u about", "my new info", "our sitter, she's great", "the realtor"]), lower=True), "\n\n")
    d("BEGIN:VCARD\nVERSION:", ch(rng, ["3.0", "4.0"]), "\n")
    d("N:", (f"{p.last};{p.first}" + (f";{p.mi}" if chance(rng, .4) else ""), P), ";;\n")
    d("FN:", (p.name(ch(rng, ["full", "mid"])), P), "\n")
    if chance(rng, .5):
        d("ORG:", ch(rng, ["Ben's Plumbing LLC", "Keller Williams", "Bright Starts Nanny Co", "Mr. Rooter", "Self"]), "\n")
    d("TEL;TYPE=CELL:", (phone(rng), PH), "\n")
    if chance(rng, .5):
        d("TEL;TYPE=WORK,VOICE:", (phone(rng), PH), "\n")
    d("EMAIL;TYPE=INTERNET:", (p.email(), EM), "\n")
    d("ADR;TYPE=HOME:;;", (f"{a.street()};{a.city};{a.region};{a.postal};USA", ADR), "\n")
    if chance(rng, .5):
        b = rdob(rng)
        d("BDAY:", (ch(rng, [f"{b:%Y%m%d}", f"{b:%Y-%m-%d}"]), DOB), "\n")
    if chance(rng, .4):
        d("URL:", (f"https://www.{asciify(p.last).lower().replace(' ', '')}{ch(rng, ['plumbing', 'homes', 'design'])}.com", URL), "\n")
    d("REV:", f"{rdate(rng):%Y%m%d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}Z", "\nUID:", uid(rng), "\nEND:VCARD\n")
    return d


@template("calendar_invite_ics", "en")
def t_ics(rng):
    d = Doc()
    org, att = Person(rng), Person(rng)
    day = rdate(rng)
    h, m = rtime(rng, 8, 18)
    d("Subject: Invitation: ", ch(rng, ["Parent-teacher conference", "Kitchen remodel estimate", "Open house walkthrough", "Coffee chat", "Vet appointment - ", "Book club"]))
    if d.text.endswith("- "):
        d(ch(rng, PET_NAMES))
    d(" @ ", (fmt_dt(rng, day, h, m, "en"), DT), "\n\nBEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    d("DTSTART:", (f"{day:%Y%m%d}T{h:02d}{m:02d}00Z", DT), "\nDTEND:", (f"{day:%Y%m%d}T{(h + 1) % 24:02d}{m:02d}00Z", DT), "\n")
    d("DTSTAMP:", f"{rdate(rng):%Y%m%d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}Z", "\n")
    d("ORGANIZER;CN=", (org.name("full"), P), ":mailto:", (org.email(), EM), "\n")
    d("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=", (att.name("full"), P), ":mailto:", (att.email(), EM), "\n")
    d("UID:", uid(rng), "\nCREATED:", f"{rdate(rng):%Y%m%d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00Z", "\n")
    if chance(rng, .6):
        d("LOCATION:", (Addr(rng).one(False).replace(",", "\\,"), ADR), "\n")
    else:
        mid = digits(rng, 11)
        d("LOCATION:", (f"https://us0{rng.randint(2, 6)}web.zoom.us/j/{mid}", URL), "\n")
    d("DESCRIPTION:", ch(rng, ["Please bring the paperwork.", "Call ", "Gate code at the front. ", "Meeting ID: " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 4) + "\\nPasscode: "]))
    if d.text.endswith("Call "):
        d((phone(rng), PH), " if running late.")
    elif d.text.endswith("Passcode: "):
        d((digits(rng, 6), PW))
    d("\nLAST-MODIFIED:", f"{rdate(rng):%Y%m%d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}Z", "\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    return d


@template("zoom_invite_text", "en")
def t_zoom(rng):
    d = Doc()
    host = Person(rng)
    mid = digits(rng, 11)
    pc = digits(rng, 6) if chance(rng, .6) else alnum(rng, 6, AN)
    d((host.name("full"), P), " is inviting you to a scheduled Zoom meeting.\n\nTopic: ", ch(rng, ["HOA monthly meeting", "Grandma's 80th birthday call", "Tenant association",
                                                                                           "PTA budget review", "Book club: chapters 5-9"]), "\n")
    d("Time: ", dtm(rng), " ", ch(rng, ["Eastern Time", "Central Time", "Pacific Time", "Mountain Time"]), "\n\n")
    d("Join Zoom Meeting\n", (f"https://us0{rng.randint(2, 6)}web.zoom.us/j/{mid}?pwd={alnum(rng, 32, AN)}.1", URL), "\n\n")
    d("Meeting ID: ", f"{mid[:3]} {mid[3:7]} {mid[7:]}", "\nPasscode: ", (pc, PW), "\n\n---\n\nOne tap mobile\n")
    n1, n2 = ch(rng, ["+16465588656", "+13017158592", "+13126266799"]), ch(rng, ["+16699006833", "+12532158782", "+13462487799"])
    tp = pc if pc.isdigit() else digits(rng, 6)
    for n in (n1, n2):
        d((n, PH), ",,", mid, "#,,,,*", (tp, PW), "# US\n")
    d("\nDial by your location\n")
    for _ in range(2):
        d("• ", (f"+1 {ch(rng, US_AREA)} {rng.randint(201, 989)} {digits(rng, 4)}", PH), " US\n")
    d("\nFind your local number: ", (f"https://us0{rng.randint(2, 6)}web.zoom.us/u/k{alnum(rng, 8, AN)}", URL), "\n")
    return d


@template("nps_survey_export_csv", "en")
def t_survey(rng):
    d = Doc()
    co, dom = ch(rng, RETAIL + UTIL)
    csv_row(d, ["response_id", "submitted_at", "nps", "channel", "comment", "contact_ok", "contact_email"])
    for _ in range(rng.randint(4, 9)):
        r = Person(rng)
        k = rng.randrange(6)
        if k == 0:
            cm = ["the rep ", (Person(rng).name(ch(rng, ["first", "lowerfirst"])), P), " was amazing, fixed it in ", ch(rng, ["5 min", "one call"])]
        elif k == 1:
            cm = ["waited ", ch(rng, DURATIONS), " on hold. ridiculous"]
        elif k == 2:
            cm = ["delivery to ", (us_place(rng), LOC), " took forever"]
        elif k == 3:
            cm = ["call me ", (phone(rng), PH), " i want a refund for order ", order_no(rng)]
        elif k == 4:
            cm = [""]
        else:
            cm = ["app v", version(rng).lstrip("v"), " crashes on checkout"]
        ok = chance(rng, .5)
        csv_row(d, [uid(rng)[:8], ts_iso(rng), str(rng.randint(0, 10)), ch(rng, ["email", "sms", "in-app", "ivr"]), inf(rng, cm, lower=chance(rng, .5), p=.05),
                    "yes" if ok else "no", (r.email(), EM) if ok else ""])
    return d


@template("app_store_review_reply", "en")
def t_appreview(rng):
    d = Doc()
    co, dom = ch(rng, BANK + RETAIL)
    r = Person(rng)
    d("★" * rng.randint(1, 5), "  ", ch(rng, ["Worst update ever", "Love it but...", "Can't log in!!!", "Great app", "Charged twice"]), "\n")
    d("by ", handle(rng, r), " – ", ch(rng, ["Version ", "v"]), version(rng).lstrip("v"), "\n")
    d(inf(rng, ch(rng, [["since the update i can't deposit checks. called support 3 times, ", (Person(rng).first, P), " said a fix is coming ", ch(rng, RELATIVE)],
                        ["app logs me out every ", ch(rng, ["5 min", "time i switch apps"]), ". iPhone 15, iOS 17"],
                        ["charged twice for order ", order_no(rng), ". no response to my emails for ", ch(rng, DURATIONS)],
                        ["works great, but bring back face id please 🙏"]]), lower=chance(rng, .5)), "\n\n")
    d("Developer Response\n", ch(rng, ["Hi there, ", "Hello, ", "Hi "]))
    if d.text.endswith("Hi "):
        d((r.name(ch(rng, ["first", "lowerfirst"])), P), ", ")
    d("we're sorry for the trouble. Please contact us at ", (f"{ch(rng, ['support', 'appfeedback', 'help'])}@{dom}", EM), " or ", (tollfree(rng), PH), " (",
      ch(rng, ["Mon–Fri", "24/7", "daily"]), ") and reference ", ticket_no(rng), " so we can look into it.\n")
    return d


@template("ticket_resale_chat", "en")
def t_tickets(rng):
    d = Doc()
    s, b = Person(rng), Person(rng)
    artist = ch(rng, ["Foo Fighters", "Coldplay", "Imagine Dragons", "Paramore", "The Killers", "Green Day"])
    d("Marketplace chat · ", artist, " - 2 tix\n\n")
    S, B = [(s.name(ch(rng, ["first", "initial"])), P)], [(b.name(ch(rng, ["first", "initial"])), P)]
    turns = [(B, inf(rng, "hi are the ", artist, " tickets for ", dat(rng, wd=chance(rng, .4)), " still available?"))]
    turns.append((S, inf(rng, "yes! section ", str(rng.randint(101, 340)), " row ", ch(rng, "ABCDEFGHJKLMN"), " seats ", str(rng.randint(1, 20)), "-", str(rng.randint(21, 30)),
                         ", ", amount(rng, lo=40, hi=450), " each")))
    turns.append((B, inf(rng, "how do you transfer")))
    turns.append((S, inf(rng, "ticketmaster transfer to your email, whats your email")))
    turns.append((B, inf(rng, (b.email(), EM))))
    if chance(rng, .5):
        turns.append((S, inf(rng, "pay with paypal goods & services to ", (s.email(), EM), " or zelle ", (phone(rng), PH))))
    if chance(rng, .4):
        turns.append((B, inf(rng, "wait is this at the stadium in ", (us_place(rng), LOC), "? doors at ", tim(rng, h0=17, h1=19), "?")))
    if chance(rng, .3):
        turns.append((S, inf(rng, "also selling parking pass for lot ", ch(rng, "ABCDEFG"), ", ", amount(rng))))
    chat(d, rng, turns, clk=Clock(rng, "none"))
    return d


@template("subscription_dispute_email", "en")
def t_subscription(rng):
    d = Doc()
    p = Person(rng)
    svc = ch(rng, ["StreamMax", "FitLife+", "MealBox", "CloudVault Pro", "Tunely Premium"])
    sd = svc.lower().replace("+", "plus").replace(" ", "")
    d(email_headers(rng, (p.name(ch(rng, ["full", "lower"])), P), p.email(), [(f"billing@{sd}.com", EM)], ch(rng, ["Unauthorized charges!!", "cancel + refund", "Charged after cancelling"])))
    d(inf(rng, ch(rng, ["I cancelled on ", "I canceled my plan on "]), dat(rng, year=True), " and you still charged me ", amount(rng), " on ", dat(rng), " and again on ", dat(rng), ". ", lower=False, p=.03))
    if chance(rng, .5):
        d(inf(rng, "I tried to update the card in your app but it keeps rejecting the number I typed (", bad_luhn16(rng), ") - whatever, that card is closed anyway. ", lower=False, p=.02))
    d(inf(rng, "The charges show on my statement as ", ch(rng, [f"{svc.upper()[:10]}*{digits(rng, 6)}", f"SQ *{svc.upper()}", f"PAYPAL *{svc.upper()[:8]}"]), " on the card ", masked_card(rng), ". ", lower=False, p=.02))
    d(inf(rng, "Invoice numbers ", f"INV-{digits(rng, 6)}", " and ", f"INV-{digits(rng, 6)}", ". If this isn't refunded by ", dat(rng), " I will dispute with my bank.", lower=False, p=.02))
    d(sig_block(rng, p, phone_p=.4, email_p=0))
    return d


@template("password_reset_support_chat", "en")
def t_pwreset(rng):
    d = Doc()
    p, ag = Person(rng), Person(rng)
    co, dom = ch(rng, RETAIL + BANK + TELCO)
    d(co, " Support · Account access\n\n")
    C, A = ch(rng, ["You", "Customer", [(p.name("lowerfirst"), P)]]), [(ag.first, P)]
    old, new = password(rng), password(rng)
    turns = [(C, inf(rng, "locked out of my account. email is ", (p.email(), EM)))]
    turns.append((A, "I can help! I've sent a verification code to the phone on file " + masked_phone(rng) + "."))
    turns.append((C, inf(rng, "i dont have that phone anymore, new one is ", (phone(rng), PH))))
    turns.append((A, "For security I'll need to verify another way. What's the billing ZIP and the last 4 of the card on the account?"))
    turns.append((C, inf(rng, f"{rng.randint(10001, 99929):05d}", " and ", digits(rng, 4), ". my password was ", (old, PW), " if that helps lol")))
    turns.append((A, "Please never share your password, even with us! Let me send a reset link to your email."))
    if chance(rng, .6):
        turns.append((C, inf(rng, "ok reset it to ", (new, PW), " and it worked ", emo(rng, 1))))
        turns.append((A, "Great. I'd recommend enabling two-factor authentication in Settings > Security."))
    if chance(rng, .3):
        turns.append((C, inf(rng, "also my husbands account ", (Person(rng).email(), EM), " has the same password, can u check that one")))
        turns.append((A, "He will need to contact us directly."))
    turns.append((A, ["Your case is ", ticket_no(rng), ". The reset link expires in ", ch(rng, ["30 minutes", "1 hour"]), "."]))
    chat(d, rng, turns)
    return d


@template("stripe_merchant_support_email", "en")
def t_stripe(rng):
    d = Doc()
    p = Person(rng)
    shop = ch(rng, ["Blue Fern Candles", "Bakehouse 42", "Thread & Needle Co", "Pawsome Treats", "Rusty Spoke Bikes"])
    sdom = shop.lower().replace(" & ", "and").replace(" ", "") + ".com"
    d(email_headers(rng, (p.name("full"), P), f"{asciify(p.first).lower()}@{sdom}", [(f"support@{ch(rng, ['paybridge.io', 'checkoutly.com', 'stripe.com'])}", EM)],
                    ch(rng, ["Webhook failing since the update", "API keys not working??", "Payouts paused"])))
    d(ch(rng, ["Hi,\n\n", "Hello support,\n\n", "hey\n\n"]))
    d(inf(rng, "I run a small shop (", shop, ") and since ", ch(rng, RELATIVE[:6]), " checkout fails with 401. ", lower=False, p=.02))
    d("Here are the keys I'm using so you can check:\n\n")
    d("secret key: ", (stripe_key(rng), STK), "\n")
    if chance(rng, .6):
        d("webhook signing secret: ", (webhook_secret(rng), SEC), "\n")
    if chance(rng, .3):
        d("restricted key for the POS: ", ("rk_live_" + alnum(rng, 24, AN), STK), "\n")
    d("endpoint: ", (f"https://{sdom}/api/stripe/webhook", URL), "\n\n")
    d("Recent failed events: ", ", ".join(f"evt_{alnum(rng, 24, AN)}" for _ in range(2)), "\nServer: ", ch(rng, ["WooCommerce ", "Shopify plugin ", "custom Flask app "]), version(rng), "\n\n")
    d(inf(rng, "Please call me at ", (phone(rng), PH), ", I'm losing sales. Our payouts go to account ending ", digits(rng, 4), ".", lower=False, p=.02), "\n")
    d(sig_block(rng, p, phone_p=0, email_p=0, addr_p=.3))
    if chance(rng, .6):
        d("\n\n> Support reply: For your security we have rolled the key you shared. Never send secret keys by email - use ", env_ref(rng, "STRIPE_SECRET_KEY"), " on your server.\n")
    return d


@template("k8s_secret_forum_post", "en")
def t_k8s(rng):
    d = Doc()
    u = Person(rng)
    pw = pw_url(rng)
    key = generic_secret(rng)
    b64 = lambda s: base64.b64encode(s.encode()).decode()
    d("Title: ", ch(rng, ["Pod CrashLoopBackOff - secret not mounted?", "Helm upgrade wipes my Secret", "env var from secretKeyRef is empty"]), "\n")
    d("Author: ", handle(rng, u), "   Tags: kubernetes, helm, ", ch(rng, ["eks", "gke", "k3s"]), "\n\n")
    d(inf(rng, "My deployment can't read the DB password. Secret below (", ch(rng, ["staging", "prod, oops", "dev cluster"]), "):", lower=False), "\n\n```yaml\n")
    d("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", ch(rng, ["app-secrets", "db-credentials", "backend-env"]), "\n  namespace: ", ch(rng, ["default", "shop", "prod"]), "\n  uid: ", uid(rng), "\ntype: Opaque\ndata:\n")
    d("  DB_USER: ", b64(ch(rng, ["app", "postgres", "shop_rw"])), "\n")
    d("  DB_PASSWORD: ", (b64(pw), PW), "\n")
    d("  ", ch(rng, ["API_KEY", "MAILGUN_API_KEY", "SENDGRID_KEY", "PAYMENTS_CLIENT_SECRET"]), ": ", (b64(key), SEC), "\n")
    if chance(rng, .4):
        d("  REDIS_PASSWORD: ", (b64(pw_url(rng)), PW), "\n")
    d("```\n\n```yaml\n        env:\n          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: app-secrets\n                key: DB_PASSWORD\n```\n\n")
    d("kubectl describe shows `Events: ", ch(rng, ["Back-off restarting failed container", "Error: secret \"app-secrets\" not found"]), "` (age ", ch(rng, ["3m", "47s", "12m"]), ")\n")
    d("\n> Reply from ", handle(rng), ": base64 isn't encryption btw, anyone can decode that. Rotate the password and use sealed-secrets or ", env_ref(rng), ".\n")
    return d


@template("slack_export_json", "en")
def t_slack(rng):
    d = Doc()
    ppl = [Person(rng) for _ in range(3)]
    uids = ["U0" + alnum(rng, 9, string.ascii_uppercase + string.digits) for _ in ppl]
    d("[\n")
    msgs = [
        (0, ["hey can someone share the bot token for the on-call bot? ", (slack_token(rng), SLK)]),
        (1, ["<@", uids[0], "> please don't paste tokens in channels 😬 rotate it"]),
        (2, ["customer ", (Person(rng).name("full"), P), " called again about the double charge, her number is ", (phone(rng), PH)]),
        (0, ["the staging box is ", (ipv4(rng, True), IP), ", creds are in 1password"]),
        (1, ["standup moved to ", tim(rng, h0=9, h1=11), " tomorrow"]),
        (2, ["PR ", (f"https://github.com/{ch(rng, ['acme-shop', 'brightline', 'northwind'])}/{ch(rng, ['api', 'web', 'infra'])}/pull/{rng.randint(10, 9000)}", URL), " fixes it (", sha(rng, 7), ")"]),
        (0, ["ooo ", dat(rng), " - ", dat(rng), ", ping ", (ppl[1].name("first"), P), " for anything urgent"]),
    ]
    keep = sorted(rng.sample(range(len(msgs)), rng.randint(3, len(msgs))))
    for j, i in enumerate(keep):
        who, txt = msgs[i]
        ts = epoch(rng) + "." + digits(rng, 6)
        d('  {\n    "type": "message",\n    "user": "', uids[who], '",\n    "text": ')
        jstr(d, txt)
        d(',\n    "ts": "', ts, '",\n    "user_profile": {\n      "real_name": ')
        jstr(d, (ppl[who].name("full"), P))
        d(',\n      "display_name": ')
        jstr(d, handle(rng, ppl[who]))
        d(',\n      "team": "T0', alnum(rng, 8, string.ascii_uppercase + string.digits), '"\n    }\n  }', ",\n" if j < len(keep) - 1 else "\n")
    d("]\n")
    return d


@template("call_center_transcript", "en")
def t_call(rng):
    d = Doc()
    co, dom = ch(rng, UTIL + BANK + TELCO + HEALTHCO)
    c, ag = Person(rng), Person(rng)
    d("CALL ", uid(rng), " | queue=", ch(rng, ["billing", "retention", "member-services", "fraud"]), " | dur=", f"{rng.randint(2, 25)}m{rng.randint(0, 59):02d}s", " | agent_id=", digits(rng, 5), "\n")
    d("[auto-transcript, speaker diarization v", version(rng).lstrip("v"), "]\n\n")
    t = 0

    def pre():
        nonlocal t
        t += rng.randint(3, 40)
        return f"[{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}] "
    is_health = co in [h[0] for h in HEALTHCO]
    lines = [("AGENT", ["Thank you for calling ", co, ", my name is ", (ag.first, P), ". Who do I have the pleasure of speaking with?"]),
             ("CALLER", ["yeah hi this is ", (c.name(ch(rng, ["full", "lower"])), P)]),
             ("AGENT", ["Thanks. Can you verify the ", "member ID" if is_health else "account number", " please?"]),
             ("CALLER", ["uh ", (health_plan_no(rng), HPN) if is_health else (acct_utility(rng), ACC)]),
             ("AGENT", ["And your date of birth?"]),
             ("CALLER", [(fmt_dob(rng, rdob(rng)), DOB)]),
             ("AGENT", ["And the last four of your social?"]),
             ("CALLER", [digits(rng, 4)]),
             ("AGENT", ["Perfect. I have your address as ", (Addr(rng).one(False), ADR), ", is that still current?"]),
             ("CALLER", [ch(rng, ["yes", "yep", "no, we moved"])]),
             ("AGENT", ["I've scheduled a callback for ", dtm(rng), " at ", (phone(rng), PH), "."])]
    for spk, txt in lines[:rng.randint(6, len(lines))]:
        d(pre(), spk, ": ", inf(rng, txt, lower=(spk == "CALLER" and chance(rng, .7)), p=.02), "\n")
    d("\n[sentiment: ", ch(rng, ["neutral", "negative", "positive"]), "; silence ", str(rng.randint(2, 30)), "%; hold ", ch(rng, DURATIONS[:2]), "]\n")
    return d


@template("local_review_site", "en")
def t_review_site(rng):
    d = Doc()
    biz = ch(rng, ["Rosa's Taqueria", "Golden Dragon Buffet", "Smith & Sons Auto Repair", "Bella Nails Spa", "The Daily Grind Cafe", "Dr. Patel Family Dentistry"])
    d(biz, " - ", (us_place(rng), LOC), "\n", "Rating ", str(rng.randint(1, 5)), ".", str(rng.randint(0, 9)), " · ", str(rng.randint(12, 900)), " reviews\n\n")
    for _ in range(rng.randint(2, 4)):
        r = Person(rng)
        d((r.name(ch(rng, ["initial", "initial", "first", "full"])), P), ch(rng, [" · ", ", "]), (us_place(rng), LOC), " · ", str(rng.randint(1, 400)), " reviews\n")
        d("★" * rng.randint(1, 5), "  ", ch(rng, [["Visited ", dat(rng, year=True)], ["Dined ", dat(rng)], "2 weeks ago", "last month", ["Updated review ", dat(rng)]]), "\n")
        k = rng.randrange(4)
        if k == 0:
            d(inf(rng, "Our server ", (Person(rng).first, P), " was fantastic. We came for my dad's 70th and they brought out a free flan. Parking is a nightmare though.", lower=False, p=.03))
        elif k == 1:
            d(inf(rng, "Called ", (phone(rng), PH), " three times to confirm my appointment, nobody picks up. Waited ", ch(rng, DURATIONS[:2]), " past my slot.", lower=False, p=.03))
        elif k == 2:
            d(inf(rng, "They quoted ", amount(rng), " and charged ", amount(rng), ". Ask for ", (Person(rng).name("first"), P), ", he's the only honest one.", lower=False, p=.03))
        else:
            d(inf(rng, "10/10 would recommend!! ", ch(rng, EMOJI), ch(rng, EMOJI), lower=chance(rng, .5)))
        d("\n\n")
    if chance(rng, .5):
        d("Response from the owner\n", inf(rng, "Thank you for the feedback! Please email us at ", ("".join(c for c in asciify(biz).lower() if c.isalnum())[:14] + ch(rng, ["", ".info", "1", ".owner"]) + "@" + ch(rng, ["gmail.com", "yahoo.com", "outlook.com"]), EM),
                                          " so we can make it right.", lower=False), "\n")
    return d


@template("school_parent_group_chat", "en")
def t_parents(rng):
    d = Doc()
    ppl = [Person(rng) for _ in range(4)]
    kids = [Person(rng).first for _ in range(3)]
    d(ch(rng, ["Room 12 Parents", "U10 Soccer Team", "Girl Scouts Troop 2141", "Kindergarten class"]), " · ", str(rng.randint(8, 30)), " members\n\n")
    lines = [
        [(kids[0], P), " has a fever so we'll skip practice ", ch(rng, ["tonight", "tomorrow"]), emo(rng, .8)],
        ["reminder: field trip is ", dat(rng, wd=True), ", permission slips due by ", dtm(rng)],
        ["can anyone pick up ", (kids[1], P), " at ", tim(rng, h0=14, h1=16), "? i'm stuck at work"],
        ["I can! text me ", (phone(rng), PH)],
        ["bday party for ", (kids[2], P), " at ", (Addr(rng).one(False), ADR), " ", when(rng), ", siblings welcome"],
        ["teacher's email is ", (Person(rng).email(), EM), " if you have questions about the project"],
        ["lost: blue ", ch(rng, ["Patagonia", "North Face", "Columbia"]), " jacket, name tag says ", (kids[0].upper(), P)],
        ["snack schedule updated: ", (ppl[2].name(ch(rng, ["first", "full"])), P), " has week 3"],
    ]
    rng.shuffle(lines)
    clk = Clock(rng, ch(rng, ["h:mm a -", "[HH:MM]", "none"]))
    for l in lines[:rng.randint(4, 7)]:
        who = ch(rng, ppl)
        d(clk.tick(60, 2000), (who.name(ch(rng, ["full", "first", "initial"])), P), ": ", inf(rng, l, lower=chance(rng, .6), p=.03), "\n")
    return d


def po_box(rng):
    c, st = ch(rng, US_CITIES)
    return ch(rng, [f"P.O. Box {rng.randint(1000, 99999)}, {c}, {st} {rng.randint(10001, 99929):05d}", f"PO Box {rng.randint(100, 9999)}\n{c}, {st} {rng.randint(10001, 99929):05d}"])


@template("insurance_card_photo_ocr", "en")
def t_ins_card(rng):
    d = Doc()
    co, dom = ch(rng, HEALTHCO)
    m = Person(rng)
    deps = [Person(rng) for _ in range(rng.randint(0, 2))]
    d("[image: insurance_card_front.jpg · OCR]\n\n")
    d.filt = lambda s: ocr(rng, s, .03)
    d(co.upper(), "\n", ch(rng, ["PPO", "HMO", "EPO", "HDHP/HSA"]), " · ", ch(rng, ["Gold 1000", "Silver 3500", "Bronze 6000", "Choice Plus"]), "\n")
    d("Member: ", (m.name(ch(rng, ["caps", "full", "LASTfirst"])), P), "\n")
    d("Member ID: ", (health_plan_no(rng), HPN), "\n")
    d("Group No: ", digits(rng, rng.choice([5, 6, 7])), "    Rx BIN: ", digits(rng, 6), "   Rx PCN: ", alnum(rng, 4, string.ascii_uppercase), "   Rx GRP: ", alnum(rng, 6, UPPER_DIG), "\n")
    for dp in deps:
        dp.last = m.last
        d("Dependent: ", (dp.name(ch(rng, ["caps", "full"])), P), " ", ch(rng, ["01", "02", "03"]), "\n")
    d("PCP: Dr. ", (Person(rng).name(ch(rng, ["full", "last", "caps"])), P), "\n")
    d("Copay: PCP ", amount(rng), " / Specialist ", amount(rng), " / ER ", amount(rng), "\n")
    d("Effective: ", (fmt_date(rng, rdate(rng), "en", wd=False, year=True), DT), "\n")
    d.filt = None
    d("\n[image: insurance_card_back.jpg · OCR]\n")
    d("Members: ", (tollfree(rng), PH), "  TTY 711\nProviders: ", (tollfree(rng), PH), "\nSubmit claims: ", (po_box(rng), ADR), "\n")
    d("Payer ID ", digits(rng, 5), " · ", (url_for(rng, dom), URL), "\n")
    if chance(rng, .6):
        d("\nUser message: ", inf(rng, "here's my card for the appointment ", dat(rng, wd=True), ". my dob is ", (fmt_dob(rng, rdob(rng)), DOB), " if u need it", lower=True), "\n")
    return d


@template("hospital_billing_chat", "en")
def t_hosp_bill(rng):
    d = Doc()
    hosp = ch(rng, ["St. Brigid Regional Medical Center", "Mercy Valley Hospital", "University Health System", "Lakeside Community Hospital"])
    pt, rep = Person(rng), Person(rng)
    guarantor = Person(rng) if chance(rng, .4) else None
    d(hosp, " – Patient Financial Services chat\n\n")
    C, A = ch(rng, ["Patient", "Guest", [(pt.name("first"), P)]]), [(rep.first, P), " (PFS)"]
    turns = [(C, inf(rng, "i got a bill for ", amount(rng), " from an ER visit on ", dat(rng), " but insurance should have covered it", emo(rng)))]
    turns.append((A, ["I can help with that. What's the patient account number on the statement, and the patient's date of birth?"]))
    turns.append((C, inf(rng, "account ", (digits(rng, rng.choice([8, 9, 10])), ACC), ", dob ", (fmt_dob(rng, rdob(rng)), DOB))))
    if guarantor:
        turns.append((C, inf(rng, "the patient is my son ", (Person(rng).first, P), ", i'm the guarantor, ", (guarantor.name("full"), P))))
    turns.append((A, ["Thanks. I see MRN ", (mrn(rng), MRN), ". The claim to ", ch(rng, [h[0] for h in HEALTHCO]), " was denied because the member ID on file (",
                      (health_plan_no(rng), HPN), ") is terminated."]))
    turns.append((C, inf(rng, "we switched plans, new member id is ", (health_plan_no(rng), HPN), ", group ", digits(rng, 6))))
    turns.append((A, ["Updated. I'll rebill - codes ", ch(rng, ["99284", "99285", "99283"]), ", ", ch(rng, ["R07.9", "S52.501A", "J45.901"]),
                      ". The balance is on hold for ", ch(rng, ["30 days", "45 days"]), ". You'll get a statement at ", (Addr(rng).one(False), ADR), "."]))
    if chance(rng, .4):
        turns.append((C, inf(rng, "can i set up a payment plan? card ", (card(rng), CC))))
        turns.append((A, ["Please don't type card numbers here. Use ", (url_for(rng, "payhospitalbill.com"), URL), " or call ", (tollfree(rng), PH), "."]))
    chat(d, rng, turns)
    return d


@template("hosting_support_ticket", "en")
def t_hosting(rng):
    d = Doc()
    c = Person(rng)
    host = ch(rng, ["DropletHost", "CloudNest", "Bytehaven VPS", "GreenLeaf Hosting"])
    d("Ticket ", ticket_no(rng), " · ", host, " Support · Priority: ", ch(rng, ["High", "Urgent", "Normal"]), "\n")
    d("From: ", (c.name(ch(rng, ["full", "lower"])), P), " <", (c.email(), EM), ">\n\n")
    d(inf(rng, "my wordpress site is down since ", ch(rng, RELATIVE[:6]), ", i can't ssh into the server ", (ipv4(rng, False), IP), ". ", lower=chance(rng, .5), p=.03))
    k = rng.randrange(3)
    if k == 0:
        d(inf(rng, "here is the key i use, maybe it's wrong?", lower=False), "\n\n", (private_key(rng), PK), "\n\n")
    elif k == 1:
        d(inf(rng, "root password is ", (password(rng), PW), " if you need to log in. also the panel login is admin / ", (password(rng), PW), lower=False), "\n\n")
    else:
        d(inf(rng, "I regenerated the API token (", (bearer_opaque(rng), SEC), ") but the CLI still says 401.", lower=False), "\n\n")
        if chance(rng, .5):
            d("curl -H \"Authorization: Bearer ", (bearer_opaque(rng), SEC), "\" ", (f"https://api.{host.split()[0].lower()}.com/v2/droplets", URL), "\n\n")
    if chance(rng, .5):
        d("Nameservers still point to ", (ipv4(rng, False), IP), " and ", (ipv4(rng, False), IP), ". Domain is ", (f"https://www.{asciify(c.last).lower().replace(' ', '')}{ch(rng, ['bakery', 'photo', 'law', 'studio'])}.com", URL), "\n")
    d("Plan: ", ch(rng, ["Basic 2GB", "Pro 8GB"]), " · Server ID ", uid(rng), " · Kernel ", version(rng), "\n")
    d("\n--- Staff reply (", (Person(rng).first, P), ") ---\nPlease never send private keys or passwords in tickets; we have invalidated what you posted. Your server was rebooted at the hypervisor level. Uptime is now ",
      ch(rng, ["3 min", "12 minutes"]), ".\n")
    return d


# ==========================================================================
# non-English templates
# ==========================================================================

def headers_xx(rng, lang, frm, frm_addr, to_addr, subject):
    L = {"de": ("Von", "An", "Datum", "Betreff"), "fr": ("De", "À", "Date", "Objet"), "es": ("De", "Para", "Fecha", "Asunto"),
         "it": ("Da", "A", "Data", "Oggetto"), "pt": ("De", "Para", "Data", "Assunto"), "nl": ("Van", "Aan", "Datum", "Onderwerp")}[lang]
    return [L[0], ": ", frm, " <", (frm_addr, EM), ">\n", L[1], ": ", (to_addr, EM), "\n", L[2], ": ", rfc2822(rng), "\n", L[3], ": ", subject, "\n\n"]


@template("de_stadtwerke_email", "intl")
def t_de_utility(rng):
    d = Doc()
    p = Person(rng, "de")
    a = Addr(rng, "de")
    sw = ch(rng, ["Stadtwerke Nordhafen", "EnergieVersorgung Mittelland", "WasserWerk Süd GmbH"])
    dom = ch(rng, ["stadtwerke-nordhafen.de", "ev-mittelland.de", "wasserwerk-sued.de"])
    d(headers_xx(rng, "de", (p.name("full"), P), p.email(), f"kundenservice@{dom}", ch(rng, ["Umzug / Zählerstand", "SEPA-Lastschriftmandat", "Abschlag zu hoch", "Ablesetermin"])))
    d(ch(rng, ["Sehr geehrte Damen und Herren,\n\n", "Hallo,\n\n", "Guten Tag,\n\n"]))
    d("meine Kundennummer lautet ", (acct_utility(rng), ACC), ". ")
    k = rng.randrange(3)
    if k == 0:
        d("Ich bin zum ", dat(rng, "de", wd=False), " umgezogen. Meine neue Anschrift:\n\n", (a.multi(), ADR), "\n\n")
        d("Zählerstand am Auszugstag: ", str(rng.randint(10000, 99999)), " kWh (Zählernummer ", "1ESY" + digits(rng, 8), ").\n")
    elif k == 1:
        d("Bitte buchen Sie den monatlichen Abschlag von ", amount(rng, "de"), " künftig von folgendem Konto ab:\n\nKontoinhaber: ", (p.name("full"), P),
          "\nIBAN: ", (iban(rng, "DE"), IBAN), "\nBIC: ", ch(rng, BICS[:1] + BICS[6:7] + BICS[12:13]), "\n\n")
    else:
        d("Den Ablesetermin am ", dtm(rng, "de"), " kann ich leider nicht wahrnehmen. Wäre ", dat(rng, "de", wd=True), " ", window(rng, "de"), " möglich? ")
        d("Die Anschrift ist ", (a.one(False), ADR), ".\n")
    d("Für Rückfragen erreichen Sie mich unter ", (phone(rng, "de"), PH), ch(rng, [" (mobil)", "", " ab 17 Uhr"]), ".\n\n")
    d("Mit freundlichen Grüßen\n", (p.name(ch(rng, ["full", "full", "caps"])), P), "\n")
    if chance(rng, .3):
        d("\n-- \nGesendet von meinem ", ch(rng, ["iPhone", "Samsung Galaxy", "Fairphone"]), "\n")
    return d


@template("de_kleinanzeigen_chat", "intl")
def t_de_market(rng):
    d = Doc()
    s, b = Person(rng, "de"), Person(rng, "de")
    item = ch(rng, ["Kinderwagen", "E-Bike", "Sofa (3-Sitzer)", "Waschmaschine", "PS5 mit 2 Controllern", "Gartenstühle"])
    d("Kleinanzeigen · Nachricht zu „", item, "“ · VB ", amount(rng, "de", lo=40, hi=450), "\n\n")
    S, B = [(s.name(ch(rng, ["first", "full"])), P)], [(b.name(ch(rng, ["first", "lowerfirst"])), P)]
    turns = [(B, inf(rng, "Hallo, ist der Artikel noch verfügbar? Würde ", amount(rng, "de", lo=40, hi=450), " bieten", lower=False, p=.03))]
    turns.append((S, inf(rng, "Hallo ", (b.first, P), ", ja noch da. ", amount(rng, "de", lo=40, hi=450), " ist ok. Nur Abholung!", lower=False, p=.03)))
    turns.append((B, inf(rng, "Super, wann passt es? Ich könnte ", when(rng, "de"), lower=False, p=.03)))
    turns.append((S, inf(rng, "Passt. Adresse: ", (Addr(rng, "de").one(False), ADR), ", ", ch(rng, ["3. OG", "Hinterhaus", ["Klingel ", (s.last, P)], "bitte vorher anrufen"]),
                         lower=False, p=.02)))
    if chance(rng, .6):
        turns.append((S, inf(rng, "Meine Handynummer: ", (phone(rng, "de"), PH), lower=False)))
    if chance(rng, .4):
        turns.append((B, inf(rng, "Kann ich auch per PayPal an ", (b.email(), EM), " ... äh, an deine Adresse zahlen?", lower=False)))
        turns.append((S, inf(rng, "Lieber bar. PayPal Freunde ist mir zu riskant 😅", lower=False)))
    if chance(rng, .3):
        turns.append((S, inf(rng, "Achtung, ich wohne jetzt in ", (ch(rng, [c for c, _ in DE_CITIES]), LOC), ", nicht mehr in ", (ch(rng, [c for c, _ in DE_CITIES]), LOC), lower=False)))
    chat(d, rng, turns, clk=Clock(rng, ch(rng, ["[HH:MM]", "none"])))
    return d


@template("de_tenant_forum_post", "intl")
def t_de_forum(rng):
    d = Doc()
    p, vm = Person(rng, "de"), Person(rng, "de")
    d("Mieterforum » Nebenkosten » ", ch(rng, ["Nachzahlung 1.200 € – rechtens?", "Vermieter betritt Wohnung ohne Ankündigung", "Kaution nach 8 Monaten nicht zurück"]), "\n")
    d("Beitrag von ", handle(rng, p), " » ", ch(rng, ["vor 3 Stunden", "gestern", "vor 2 Wochen"]), "\n\n")
    d(inf(rng, "Hallo zusammen, wir wohnen seit ", str(rng.randint(2010, 2022)), " in ", (ch(rng, [c for c, _ in DE_CITIES]), LOC), ". Unsere Hausverwaltung (Ansprechpartner ",
          titled(rng, vm, "de", "last"), ") verlangt eine Nachzahlung von ", amount(rng, "de"), ", Frist bis ", dat(rng, "de"), ". ", lower=False, p=.03))
    if chance(rng, .5):
        d(inf(rng, "Die Abrechnung kam erst am ", dat(rng, "de"), ", also nach über ", ch(rng, ["12 Monaten", "einem Jahr"]), ". ", lower=False, p=.02))
    if chance(rng, .4):
        d(inf(rng, "Der Hausmeister, ", (Person(rng, "de").first, P), ", meinte, das betrifft das ganze Haus (", (Addr(rng, "de").street(), ADR), "). ", lower=False, p=.02))
    d("\n\nGrüße\n", (p.name(ch(rng, ["first", "full"])), P), "\n")
    if chance(rng, .5):
        d("\n— Antwort von ", handle(rng), ": ", inf(rng, "Wende dich an den Mieterverein, Tel. ", (phone(rng, "de"), PH), ". Die Beratung ", dat(rng, "de", wd=True), " ist kostenlos.", lower=False), "\n")
    return d


@template("fr_sav_email", "intl")
def t_fr_sav(rng):
    d = Doc()
    p = Person(rng, "fr")
    a = Addr(rng, "fr")
    mag = ch(rng, ["MaisonDéco", "ÉlectroPlus", "Boutique Lumière", "TechPlanète"])
    dom = asciify(mag).lower().replace(" ", "") + ".fr"
    d(headers_xx(rng, "fr", (p.name("full"), P), p.email(), f"sav@{dom}", ["Réclamation commande n° ", digits(rng, 9)]))
    d(ch(rng, ["Madame, Monsieur,\n\n", "Bonjour,\n\n", "Bonjour le SAV,\n\n"]))
    d(inf(rng, "J'ai reçu ma commande le ", dat(rng, "fr"), " mais ", ch(rng, ["le colis était abîmé", "il manque une pièce", "l'article ne correspond pas"]),
          ". Le livreur de ", ch(rng, ["Colissimo", "Chronopost", "DPD"]), " (suivi ", tracking_no(rng), ") l'a laissé devant la porte.", lower=False, p=.02), "\n\n")
    d("Merci de venir récupérer l'article à l'adresse suivante :\n", (a.multi(), ADR), "\n")
    d("Je suis disponible ", dat(rng, "fr", wd=True), " ", ch(rng, [["à partir de ", tim(rng, "fr")], window(rng, "fr")]), ". ")
    d("Vous pouvez me joindre au ", (phone(rng, "fr"), PH), ".\n\n")
    if chance(rng, .4):
        d("Le remboursement (", amount(rng, "fr"), ") doit être fait sur la carte ", masked_card(rng), ".\n\n")
    d(ch(rng, ["Cordialement,\n", "Bien à vous,\n", "Merci d'avance,\n"]), titled(rng, p, "fr", "full") if chance(rng, .3) else (p.name("full"), P), "\n")
    if chance(rng, .5):
        ag = Person(rng, "fr")
        d("\n--- Réponse du service client ---\nBonjour ", titled(rng, p, "fr", "last"), ",\nNous avons programmé l'enlèvement le ", dtm(rng, "fr"),
          ". Votre numéro de dossier est ", ticket_no(rng), ".\n", (ag.name("first"), P), ", Service Client ", mag, "\n")
    return d


@template("fr_bank_advisor_chat", "intl")
def t_fr_bank(rng):
    d = Doc()
    c, adv = Person(rng, "fr"), Person(rng, "fr")
    banque = ch(rng, ["Banque Horizon", "Crédit Rivage", "Caisse Solidaire"])
    d(banque, " – Messagerie sécurisée\n\n")
    C, A = ch(rng, ["Client", "Vous", [(c.name("first"), P)]]), [(adv.name(ch(rng, ["full", "first"])), P), ", conseiller·e"]
    turns = [(C, inf(rng, "Bonjour, je dois recevoir un virement de mon employeur, pouvez-vous me confirmer mon IBAN ?", lower=False))]
    turns.append((A, ["Bonjour ", titled(rng, c, "fr", "last"), ", voici votre IBAN : ", (iban(rng, "FR"), IBAN), " – BIC ", ch(rng, ["SOGEFRPP", "BNPAFRPP", "CCBPFRPPXXX"]), "."]))
    turns.append((C, inf(rng, "Merci ! Autre chose : j'ai changé de numéro, c'est le ", (phone(rng, "fr"), PH), lower=chance(rng, .5))))
    turns.append((A, ["C'est noté. Pour le prêt immobilier, je vous propose un rendez-vous le ", dtm(rng, "fr"), " à l'agence de ", (ch(rng, [c_ for c_, _ in FR_CITIES]), LOC), "."]))
    if chance(rng, .5):
        turns.append((C, inf(rng, "Mon mari ", (Person(rng, "fr").first, P), " viendra aussi. On habite maintenant au ", (Addr(rng, "fr").one(False), ADR), lower=False)))
    if chance(rng, .4):
        turns.append((A, ["Attention : ", banque, " ne vous demandera jamais vos codes par SMS. Un faux conseiller vous a appelé du ", (phone(rng, "fr"), PH), " ?"]))
    turns.append((A, ["Bonne journée ! Réf. ", ticket_no(rng)]))
    chat(d, rng, turns, clk=Clock(rng, ch(rng, ["[HH:MM]", "HH:MM:SS", "none"])))
    return d


@template("fr_consumer_forum_post", "intl")
def t_fr_forum(rng):
    d = Doc()
    p = Person(rng, "fr")
    d("Forum conso › Opérateurs › ", ch(rng, ["Résiliation impossible", "Facture gonflée", "Coupure internet depuis 3 semaines"]), "\n", handle(rng, p), " a écrit ", ch(rng, ["il y a 2 h", "hier", "la semaine dernière"]), " :\n\n")
    d(inf(rng, "Bonjour à tous, depuis le ", dat(rng, "fr"), " plus de connexion chez moi à ", (ch(rng, [c for c, _ in FR_CITIES]), LOC), ". Le technicien devait passer ",
          dtm(rng, "fr"), " et personne n'est venu. ", lower=chance(rng, .3), p=.03))
    if chance(rng, .5):
        d(inf(rng, "Mon numéro client est ", (acct_telco(rng), ACC), ", si quelqu'un de chez eux lit ce forum... ", lower=False))
    if chance(rng, .5):
        d(inf(rng, "La conseillère (", (Person(rng, "fr").first, P), ") m'a dit d'attendre ", ch(rng, ["48 h", "encore 10 jours"]), ". ", lower=False))
    d(emo(rng, .5), "\n\n")
    if chance(rng, .6):
        d("Réponse de ", handle(rng), " : ", inf(rng, "envoie une lettre recommandée au service consommateurs, ", (Addr(rng, "fr").one(False), ADR), ", ça marche mieux.", lower=False), "\n")
    return d


@template("es_whatsapp_export", "intl")
def t_es_whatsapp(rng):
    d = Doc()
    ppl = [Person(rng, "es") for _ in range(rng.randint(2, 3))]
    base = rdate(rng)
    h, m = rng.randint(7, 20), 0

    def pre():
        nonlocal h, m
        m += rng.randint(1, 50)
        h = (h + m // 60) % 24
        m %= 60
        return f"{base.day}/{base.month}/{base.year % 100:02d}, {h}:{m:02d} - "
    use_phone = chance(rng, .3)
    ph0 = phone(rng, "es")

    def spk(i):
        if i == 0 and use_phone:
            return (ph0, PH)
        return (ppl[i].name(ch(rng, ["full", "first"])), P)
    d(pre(), "Los mensajes y las llamadas están cifrados de extremo a extremo.\n")
    lines = [
        ["quedamos ", when(rng, "es"), " en la puerta del ", ch(rng, ["Mercadona", "Corte Inglés", "bar de siempre"])],
        ["mi nueva dirección es ", (Addr(rng, "es").one(False), ADR)],
        ["el número de ", (Person(rng, "es").first, P), " es ", (phone(rng, "es"), PH)],
        ["<Multimedia omitido>"],
        ["llego tarde, 10 min 🙏"],
        ["el vuelo a ", (ch(rng, [c for c, _ in ES_CITIES] + ["Lisboa", "Londres", "París"]), LOC), " sale ", dtm(rng, "es")],
        ["pásame el IBAN para el bizum del piso, el mío es ", (iban(rng, "ES"), IBAN)],
        ["feliz cumple ", (ppl[-1].name(ch(rng, ["first", "lowerfirst"])), P), "!! 🎉🎂"],
        ["mándame el correo que te reenvío la factura: ", (ppl[0].email(), EM)],
        ["Se eliminó este mensaje"],
    ]
    rng.shuffle(lines)
    for l in lines[:rng.randint(4, 8)]:
        d(pre(), spk(rng.randrange(len(ppl))), ": ", inf(rng, l, lower=True, p=.03), "\n")
    return d


@template("es_telco_support_chat", "intl")
def t_es_telco(rng):
    d = Doc()
    c, ag = Person(rng, "es"), Person(rng, "es")
    op = ch(rng, ["TeleVía", "Movilia", "FibraSur"])
    d("Chat de atención al cliente – ", op, "\nID conversación: ", uid(rng), "\n\n")
    C, A = ch(rng, ["Cliente", [(c.name("first"), P)]]), [(ag.first, P), " (", op, ")"]
    turns = [(C, inf(rng, "hola me habéis cobrado ", amount(rng, "es"), " de más en la factura de ", ch(rng, MONTHS["es"]), lower=chance(rng, .6)))]
    turns.append((A, ["Hola, soy ", (ag.first, P), ". ¿Me indicas tu número de cliente o el titular de la línea?"]))
    turns.append((C, inf(rng, "cliente ", (acct_telco(rng), ACC), ", titular ", (c.name(ch(rng, ["full", "lower"])), P), lower=False)))
    turns.append((A, ["Gracias. Veo la línea ", (phone(rng, "es"), PH), " con domicilio en ", (Addr(rng, "es").one(False), ADR), ". ¿Es correcto?"]))
    turns.append((C, inf(rng, "si", lower=True)))
    if chance(rng, .6):
        turns.append((A, ["Te hemos aplicado un abono. ¿Quieres cambiar la domiciliación? Indícame el nuevo IBAN."]))
        turns.append((C, inf(rng, (iban(rng, "ES"), IBAN), lower=False)))
    turns.append((A, ["Perfecto. Un técnico pasará el ", dat(rng, "es", wd=True), " ", window(rng, "es"), ". Incidencia ", ticket_no(rng), "."]))
    if chance(rng, .4):
        turns.append((C, inf(rng, "mejor que llamen a mi mujer, ", (Person(rng, "es").first, P), ", al ", (phone(rng, "es"), PH), lower=True)))
    chat(d, rng, turns)
    return d


@template("es_airline_claim_email", "intl")
def t_es_airline(rng):
    d = Doc()
    p = Person(rng, "es")
    d(headers_xx(rng, "es", (p.name("full"), P), p.email(), "reclamaciones@vuelasur.es", ["Reclamación equipaje – localizador ", pnr(rng)]))
    d(ch(rng, ["Estimados señores:\n\n", "Hola,\n\n", "Buenos días:\n\n"]))
    d(inf(rng, "El ", dat(rng, "es"), " viajé en el vuelo VS", str(rng.randint(100, 9999)), " de ", ch(rng, IATA), " a ", ch(rng, IATA),
          " y mi maleta no llegó. Número de expediente (PIR): ", f"{ch(rng, IATA)}VS{digits(rng, 5)}", ". ", lower=False, p=.02))
    d(inf(rng, "Ruego la entreguen en ", (Addr(rng, "es").one(False), ADR), ", preferiblemente ", dtm(rng, "es"), ". ", lower=False, p=.02))
    d(inf(rng, "Mi teléfono de contacto es ", (phone(rng, "es"), PH), ". He tenido gastos de ", amount(rng, "es"), " en ropa y aseo.", lower=False, p=.02), "\n\n")
    d("Atentamente,\n", titled(rng, p, "es", "full") if chance(rng, .3) else (p.name("full"), P), "\n")
    return d


@template("it_telegram_group", "intl")
def t_it_telegram(rng):
    d = Doc()
    ppl = [Person(rng, "it") for _ in range(3)]
    ita = Addr(rng, "it")
    d(ch(rng, ["Condominio scala B 🏠", "Calcetto giovedì ⚽", "Genitori 3ªB", "Famiglia ❤️"]), "\n", str(rng.randint(5, 40)), " membri\n\n")
    lines = [
        ["ragazzi la riunione è ", dtm(rng, "it"), " nell'androne"],
        ["l'amministratore è il Dott. ", (Person(rng, "it").last, P), ", il suo cell è ", (phone(rng, "it"), PH)],
        ["qualcuno ha il numero dell'idraulico? ", (Person(rng, "it").first, P), " mi aveva detto che era bravo"],
        ["pago io la quota, mandate il bonifico sull'IBAN ", (iban(rng, "IT"), IBAN), " causale 'quota ", ch(rng, MONTHS["it"]), "'"],
        ["mi sono trasferita a ", (ita.city, LOC), ", il nuovo indirizzo è ", (ita.one(False), ADR)],
        ["ci vediamo alle ", tim(rng, "it"), " al solito campo"],
        ["auguri ", (ppl[1].name(ch(rng, ["first", "lowerfirst"])), P), "!!! 🎂🥳"],
        ["scrivetemi pure a ", (ppl[0].email(), EM)],
        ["il pacco Amazon per l'interno ", str(rng.randint(1, 20)), " l'ho ritirato io"],
    ]
    rng.shuffle(lines)
    clk = Clock(rng, ch(rng, ["[HH:MM]", "none", "HH:MM:SS"]))
    for l in lines[:rng.randint(4, 7)]:
        who = ch(rng, ppl)
        d(clk.tick(30, 3000), (who.name(ch(rng, ["full", "first"])), P), ": ", inf(rng, l, lower=True, p=.03), "\n")
    return d


@template("it_bolletta_email", "intl")
def t_it_utility(rng):
    d = Doc()
    p = Person(rng, "it")
    fornitore = ch(rng, ["Rete Luce Italia", "GasPiù", "Acque del Nord"])
    d(headers_xx(rng, "it", (p.name("full"), P), p.email(), "clienti@" + fornitore.lower().replace(" ", "").replace("ù", "u") + ".it",
                 ch(rng, ["Bolletta errata", "Voltura contratto", "Domiciliazione bancaria", "Lettura contatore"])))
    d(ch(rng, ["Gentile Servizio Clienti,\n\n", "Buongiorno,\n\n", "Salve,\n\n"]))
    d("sono ", titled(rng, p, "it", "full") if chance(rng, .3) else (p.name("full"), P), ", codice cliente ", (acct_utility(rng), ACC), ", POD IT001E", digits(rng, 8), ". ")
    k = rng.randrange(3)
    if k == 0:
        d("Nella bolletta del ", dat(rng, "it"), " mi addebitate ", amount(rng, "it"), " ma la lettura reale del contatore è ", str(rng.randint(1000, 40000)), " kWh. ")
    elif k == 1:
        d("Vi chiedo di attivare la domiciliazione sul conto IBAN ", (iban(rng, "IT"), IBAN), " intestato a me. ")
    else:
        d("Dal ", dat(rng, "it"), " l'immobile in ", (Addr(rng, "it").one(False), ADR), " è abitato da ", (Person(rng, "it").name("full"), P), ", chiedo la voltura. ")
    d("Il tecnico può passare ", dat(rng, "it", wd=True), " ", window(rng, "it"), ". Il mio cellulare è ", (phone(rng, "it"), PH), ".\n\n")
    d(ch(rng, ["Cordiali saluti,\n", "Grazie,\n", "Distinti saluti\n"]), (p.name("full"), P), "\n")
    return d


@template("pt_br_olx_chat", "intl")
def t_pt_market(rng):
    d = Doc()
    s, b = Person(rng, "pt"), Person(rng, "pt")
    item = ch(rng, ["geladeira Brastemp", "bicicleta aro 29", "iPhone 12", "sofá retrátil", "guarda-roupa 6 portas"])
    d("Chat · ", item, " · ", amount(rng, "pt"), "\n\n")
    S, B = [(s.name(ch(rng, ["first", "full"])), P)], [(b.name(ch(rng, ["first", "lowerfirst"])), P)]
    turns = [(B, inf(rng, "oi, ainda tá disponível? faz por ", amount(rng, "pt", lo=40, hi=450), "?", lower=True))]
    turns.append((S, inf(rng, "oi ", (b.first, P), "! tá sim. menor valor ", amount(rng, "pt", lo=40, hi=450), ", retirada no local", lower=True)))
    turns.append((B, inf(rng, "fechado! posso passar ", when(rng, "pt"), "?", lower=True)))
    a = Addr(rng, "pt")
    turns.append((S, inf(rng, "pode sim, endereço: ", (a.one(False), ADR), lower=False)))
    k = rng.random()
    if k < .4:
        turns.append((S, inf(rng, "pix é meu celular ", (phone(rng, "pt"), PH), lower=True)))
    elif k < .7:
        turns.append((S, inf(rng, "chave pix: ", (s.email(), EM), lower=True)))
    else:
        turns.append((S, inf(rng, "pix: chave aleatória ", uid(rng), lower=True)))
    if chance(rng, .4):
        turns.append((B, inf(rng, "vou mandar meu primo ", (Person(rng, "pt").first, P), " buscar, ele mora em ", (ch(rng, [c for c, _ in BR_CITIES]), LOC), lower=True)))
    if chance(rng, .3):
        turns.append((S, inf(rng, "cuidado com golpe, não clico em link de 'pagamento garantido' 🙄", lower=True)))
    chat(d, rng, turns, clk=Clock(rng, ch(rng, ["[HH:MM]", "none"])))
    return d


@template("pt_br_bank_sac_chat", "intl")
def t_pt_bank(rng):
    d = Doc()
    c, ag = Person(rng, "pt"), Person(rng, "pt")
    banco = ch(rng, ["Banco Horizonte", "Banco Litoral", "NuCaixa"])
    d(banco, " – Atendimento (SAC)\nProtocolo: ", f"{rng.randint(2023, 2025)}{digits(rng, 10)}", "\n\n")
    C, A = ch(rng, ["Cliente", [(c.name("first"), P)]]), [(ag.first, P)]
    turns = [(C, inf(rng, "bom dia, não reconheço uma compra de ", amount(rng, "pt"), " no cartão", lower=chance(rng, .5)))]
    turns.append((A, ["Bom dia! Sou ", (ag.first, P), ". Para sua segurança, confirme nome completo e data de nascimento."]))
    turns.append((C, inf(rng, (c.name(ch(rng, ["full", "caps", "lower"])), P), ", ", (fmt_dob(rng, rdob(rng), "pt"), DOB), lower=False)))
    turns.append((A, ["Obrigado. Agência ", digits(rng, 4), ", conta ", (f"{digits(rng, 5)}-{digits(rng, 1)}", ACC), ", correto?"]))
    turns.append((C, inf(rng, "isso", lower=True)))
    if chance(rng, .5):
        turns.append((C, inf(rng, "o cartão é ", (card(rng), CC), lower=True)))
        turns.append((A, ["Por favor, não envie o número completo do cartão pelo chat. Já bloqueei o cartão final ", digits(rng, 4), "."]))
    turns.append((A, ["Abri a contestação. O novo cartão chega em até ", ch(rng, ["7 dias úteis", "10 dias"]), " no endereço ", (Addr(rng, "pt").one(False), ADR), "."]))
    if chance(rng, .5):
        turns.append((A, ["Se preferir, retire na agência ", dat(rng, "pt", wd=True), " ", window(rng, "pt"), "."]))
    chat(d, rng, turns)
    return d


@template("nl_bank_chat", "intl")
def t_nl_bank(rng):
    d = Doc()
    c, ag = Person(rng, "nl"), Person(rng, "nl")
    bank = ch(rng, ["Polderbank", "Gracht & Co Bank", "De Spaarkist"])
    d(bank, " · Chat met een medewerker\n\n")
    C, A = ch(rng, ["Klant", "U", [(c.name("first"), P)]]), [(ag.first, P), " (", bank, ")"]
    turns = [(C, inf(rng, "hoi, er is geld van mijn rekening gehaald dat ik niet herken", emo(rng), lower=True))]
    turns.append((A, ["Vervelend! Om welke rekening gaat het? Noem gerust het IBAN."]))
    turns.append((C, inf(rng, (iban(rng, "NL"), IBAN), lower=False)))
    turns.append((A, ["Dank u. Ik zie een incasso van ", amount(rng, "nl"), " op ", dat(rng, "nl"), " van ", ch(rng, ["Ziggo", "een webshop", "Zilveren Kruis"]), ". Herkent u die?"]))
    turns.append((C, inf(rng, "nee. ik ben trouwens verhuisd naar ", (Addr(rng, "nl").one(False), ADR), lower=chance(rng, .5))))
    turns.append((A, ["Ik heb de incasso gestorneerd. Een collega belt u ", dtm(rng, "nl"), " op ", (phone(rng, "nl"), PH), "."]))
    if chance(rng, .4):
        turns.append((C, inf(rng, "mijn vrouw ", (Person(rng, "nl").first, P), " heeft ook zo'n sms gehad met een link ", (short_url(rng), URL), lower=True)))
        turns.append((A, ["Dat is phishing. Klik niet op de link. Wij vragen nooit om uw inlogcodes."]))
    chat(d, rng, turns)
    return d


@template("nl_marktplaats_chat", "intl")
def t_nl_market(rng):
    d = Doc()
    s, b = Person(rng, "nl"), Person(rng, "nl")
    item = ch(rng, ["bakfiets", "eettafel met 4 stoelen", "kinderfiets", "koelkast", "racefiets"])
    d("Marktplaats · ", item, " · Bieden vanaf ", amount(rng, "nl", lo=40, hi=450), "\n\n")
    S, B = [(s.name("first"), P)], [(b.name(ch(rng, ["first", "full"])), P)]
    turns = [(B, inf(rng, "Hoi! Is de ", item, " nog beschikbaar?", lower=False))]
    turns.append((S, inf(rng, "Ja hoor. Ophalen in ", (ch(rng, NL_CITIES), LOC), ", ", when(rng, "nl"), " kan?", lower=False)))
    turns.append((B, inf(rng, "Top. Adres?", lower=False)))
    turns.append((S, inf(rng, (Addr(rng, "nl").one(False), ADR), ", bel maar even: ", (phone(rng, "nl"), PH), lower=False)))
    if chance(rng, .4):
        turns.append((B, inf(rng, "Kan ik via Tikkie betalen? Of stuur je IBAN", lower=False)))
        turns.append((S, inf(rng, (iban(rng, "NL"), IBAN), " t.n.v. ", (s.name("full"), P), lower=False)))
    if chance(rng, .3):
        turns.append((S, inf(rng, "Let op: ik verstuur niet via 'Gelijk Oversteken' links, daar zit oplichting achter", lower=False)))
    chat(d, rng, turns, clk=Clock(rng, ch(rng, ["[HH:MM]", "none"])))
    return d


@template("spanglish_sms_thread", "intl")
def t_spanglish(rng):
    d = Doc()
    me, tia = Person(rng, "es"), Person(rng, "en")
    d("Messages · ", ch(rng, ["Mami", "Tía", "Abuela", "Prima"]), " ", ch(rng, EMOJI), "\n\n")
    a = Addr(rng, "en")
    lines = [
        ("them", ["mija did u call the doctor? la cita es ", dtm(rng, "en")]),
        ("me", ["si ya, Dr. ", (Person(rng, "es").last, P), " moved it to ", dtm(rng, "es")]),
        ("them", ["ok. mandame la dirección de la clínica"]),
        ("me", [(a.one(False), ADR)]),
        ("them", ["y el número de tu tío ", (Person(rng, "es").first, P), "? se me borró"]),
        ("me", [(phone(rng, "en"), PH), " ese es el nuevo"]),
        ("them", ["gracias mi amor ❤️ bring the tamales el sábado"]),
        ("me", ["lol ok. btw i'm flying to ", (ch(rng, [c for c, _ in ES_CITIES] + ["Ciudad de México", "Guadalajara", "Bogotá"]), LOC), " ", dat(rng, "es")]),
    ]
    keep = sorted(rng.sample(range(len(lines)), rng.randint(4, len(lines))))
    for i in keep:
        who, txt = lines[i]
        d("Me: " if who == "me" else "Them: ", inf(rng, txt, lower=True, p=.03), "\n")
    return d


# ==========================================================================
# no-entity documents (hard negatives only)
# ==========================================================================

PRODUCTS = ["Ben & Jerry's Cherry Garcia pint", "Calvin Klein boxer briefs", "Dr. Martens 1460 boots", "Tommy Hilfiger polo",
            "Dyson V8 filter", "Lego Classic 11717", "Kindle Paperwhite", "Instant Pot Duo 6qt", "AirPods Pro case",
            "Hewlett-Packard 67XL ink", "Kellogg's Pop-Tarts 12ct", "Heinz ketchup 3-pack", "Ralph Lauren oxford shirt",
            "Nike Air Max 90", "Procter & Gamble Tide pods", "Wrigley's Extra gum 10pk"]


@template("neg_order_shipped_notification", "neg")
def n_order(rng):
    d = Doc()
    co, _ = ch(rng, RETAIL)
    d(co, "\n\n", ch(rng, ["Good news - your order is on its way! 📦", "Your package has shipped", "Heads up: part of your order shipped"]), "\n\n")
    d("Order ", order_no(rng), "\nCarrier: ", ch(rng, ["UPS", "USPS", "FedEx", "OnTrac"]), "   Tracking: ", tracking_no(rng), "\n\n")
    for _ in range(rng.randint(1, 4)):
        d(f"  {rng.randint(1, 3)} x ", ch(rng, PRODUCTS), " ", ch(rng, ["(size M)", "- 2 pack", "(refurbished)", ""]), "   ", amount(rng), "   SKU ", alnum(rng, 8, UPPER_DIG), "\n")
    d("\nSubtotal ", amount(rng), "\nTax ", amount(rng), "\nPaid with ", ch(rng, ["Visa", "Mastercard", "Amex", "Discover"]), " ", masked_card(rng), "\n")
    d("Estimated delivery: ", ch(rng, ["3-5 business days", "2–4 days", "by end of next week", "tomorrow", "within 48 hours"]), "\n")
    if chance(rng, .5):
        d("Gift card applied: ", bad_luhn16(rng), " (balance ", amount(rng), ")\n")
    d("\nQuestions? Reply to this message or open the app > Orders > Help. Returns accepted for ", ch(rng, ["30 days", "90 days"]), ".\n© ", str(rng.randint(2019, 2025)), " ", co, ". All rights reserved.\n")
    return d


@template("neg_app_release_notes", "neg")
def n_release(rng):
    d = Doc()
    app = ch(rng, ["SwapSpot", "Harborline Mobile", "Kindred", "ShopNest", "Northwind Energy"])
    v = version(rng)
    d(app, " for iOS & Android - What's new in ", v, "\n\n")
    for note in rng.sample(["Fixed a crash when uploading photos larger than 20 MB", "Chat now loads 2x faster", "Dark mode for the inbox 🌙",
                         "Removed legacy login flow deprecated in 2021", "Improved Face ID prompt on older devices", "Accessibility fixes for VoiceOver",
                         "Bill pay now shows pending payments", "Reduced battery usage during location sharing by ~30%"], rng.randint(3, 6)):
        d("• ", note, ch(rng, ["", f" ({sha(rng, 7)})", f" [#{rng.randint(1000, 9999)}]"]), "\n")
    d("\nMinimum OS: iOS ", str(rng.randint(14, 17)), " / Android ", str(rng.randint(8, 14)), "\nBuild: ", version(rng), "  commit ", sha(rng), "\nRollout: ",
      str(rng.choice([5, 10, 25, 50, 100])), "% over ", ch(rng, ["7 days", "the next week", "48 hours"]), "\n")
    if chance(rng, .5):
        d("Checksum (sha256): ", sha(rng, 64), "\n")
    return d


@template("neg_redacted_chatbot_log", "neg")
def n_chatlog(rng):
    d = Doc()
    sess = uid(rng)
    for _ in range(rng.randint(5, 10)):
        role = ch(rng, ["user", "bot"])
        txt = ch(rng, [
            "my card [REDACTED_PAN] was charged twice", "call me at [PHONE]", "ok thanks", "where is my order " + order_no(rng),
            "I've found your order. It's in transit with tracking " + tracking_no(rng) + ".", "Your refund of " + amount(rng) + " was issued.",
            "the one ending in " + digits(rng, 4), "my ssn is ***-**-" + digits(rng, 4), "Sorry, I didn't catch that.", "talk to agent",
            "Transferring you now. Estimated wait: " + ch(rng, DURATIONS[:4]) + ".", "email is " + "j" + "*" * 5 + "@" + ch(rng, ["gmail.com", "yahoo.com"]),
            "can I pay on Friday?", "Sure - you can schedule a payment up to 30 days out.",
        ])
        d('{"ts":"', ts_iso(rng), '","epoch":', epoch(rng), ',"session":"', sess, '","role":"', role, '","lang":"en","intent":"',
          ch(rng, ["order_status", "refund", "handoff", "fallback", "payment"]), '","latency_ms":', str(rng.randint(40, 2400)), ',"text":')
        jstr(d, txt)
        d(',"model":"', ch(rng, ["intent-clf", "nlu"]), "-", version(rng).lstrip("v").split(" ")[0], '","tz":"', ch(rng, ["America/New_York", "Europe/Berlin", "UTC"]), '"}\n')
    return d


@template("neg_moderation_weekly_stats", "neg")
def n_modstats(rng):
    d = Doc()
    d("Trust & Safety weekly report - week ", str(rng.randint(1, 52)), " / ", str(rng.randint(2023, 2025)), "\n\n")
    d("| queue | items | auto-actioned | median TTR | appeals | overturn % |\n|---|---|---|---|---|---|\n")
    for q in rng.sample(["spam", "scam", "harassment", "nudity", "impersonation", "minor safety", "off-platform"], rng.randint(3, 6)):
        d("| ", q, " | ", f"{rng.randint(100, 90000):,}", " | ", str(rng.randint(5, 95)), "% | ", ch(rng, ["4m", "1h 12m", "38s", "2.5h", "19 min"]), " | ",
          str(rng.randint(0, 900)), " | ", f"{rng.uniform(0, 30):.1f}", " |\n")
    d("\nNotes:\n- Classifier ", version(rng), " rolled out on Tuesday; false positive rate down ", str(rng.randint(2, 40)), "%.\n")
    d("- Backlog peaked at ", f"{rng.randint(1000, 50000):,}", " items over the weekend; cleared within ", ch(rng, DURATIONS), ".\n")
    d("- Top scam pattern: fake 'escrow' links (case ", ticket_no(rng), ", ", str(rng.randint(10, 400)), " accounts). Hash list updated (", sha(rng, 12), ").\n")
    return d


@template("neg_pet_adoption_post", "neg")
def n_pets(rng):
    d = Doc()
    pets = rng.sample(PET_NAMES, rng.randint(1, 3))
    d("🐾 Adoptable pets this week 🐾\n\n")
    for p in pets:
        d("**", p, "** - ", ch(rng, PET_KIND), ", ", str(rng.randint(1, 12)), ch(rng, [" yrs", " months"]), ", ", ch(rng, ["neutered", "spayed", "not yet fixed"]), ". ", p,
          ch(rng, [" loves belly rubs", " is shy at first", " gets along with cats", " needs a fenced yard"]), ". Microchip ", digits(rng, 15), ". Fee ", amount(rng), ".\n")
    d("\nAdoption events every ", ch(rng, ["Saturday", "Sunday", "weekend"]), ". Apply through the shelter app; approvals take ", ch(rng, DURATIONS), ". Sponsored by ",
      ch(rng, ["Purina", "Chewy", "Petco", "Blue Buffalo"]), " & ", ch(rng, BRANDS_PERSON[:6]), ".\n")
    return d


@template("neg_anonymous_product_review", "neg")
def n_review(rng):
    d = Doc()
    d("★" * rng.randint(1, 5), " ", ch(rng, ["Does the job", "Returned it", "Better than the Dyson", "Broke after 2 weeks", "5 stars from my cat lol"]), "\n")
    d("Reviewed by ", handle(rng), " · Verified purchase · ", ch(rng, ["Color: Black", "Size: L", "Style: 2-pack"]), "\n\n")
    d(inf(rng, ch(rng, [
        ["bought this in ", str(rng.randint(2018, 2024)), " to replace my old ", ch(rng, BRANDS_PERSON), " one. battery lasts about ", ch(rng, DURATIONS[:2]), ". ",
         "customer service gave me ticket ", ticket_no(rng), " and never followed up."],
        ["our dog ", ch(rng, PET_NAMES), " destroyed the last ", str(rng.randint(2, 5)), " so we tried this one. survived ", ch(rng, ["3 weeks", "a month", "one afternoon"]), "."],
        ["model ", alnum(rng, 6, UPPER_DIG), ", firmware ", version(rng), ". the app wants a 16-digit code, mine was ", bad_luhn16(rng), " and it said invalid?? support said use the QR instead."],
        ["arrived ", ch(rng, RELATIVE[:4]), ", order ", order_no(rng), ". box was crushed but item ok. ", amount(rng), " is steep for what it is."]]), lower=chance(rng, .5), p=.04), "\n\n")
    d(str(rng.randint(0, 300)), " people found this helpful · Report\n")
    return d


@template("neg_card_receipt_masked", "neg")
def n_receipt(rng):
    d = Doc()
    store = ch(rng, BRANDS_PERSON[:8] + ["Costco Wholesale", "Target", "Shell", "Walgreens"])
    d(store.upper(), "\nSTORE #", digits(rng, 4), "  TERM ", digits(rng, 3), "  TRAN ", digits(rng, 6), "\n\n")
    for _ in range(rng.randint(2, 6)):
        d(ch(rng, ["MILK 2% GAL", "BANANAS", "PAPER TOWEL 12PK", "COFFEE K-CUP", "BATTERIES AA", "DOG FOOD 30LB", "CHERRY GARCIA PINT"]).ljust(22), amount(rng).rjust(10), "\n")
    d("\n", "SUBTOTAL".ljust(22), amount(rng).rjust(10), "\n", "TOTAL".ljust(22), amount(rng).rjust(10), "\n\n")
    d(ch(rng, ["VISA", "MASTERCARD", "AMEX", "DEBIT"]), " ", ch(rng, ["************" + digits(rng, 4), "XXXX XXXX XXXX " + digits(rng, 4), "•••• " + digits(rng, 4)]),
      "\nAUTH CODE ", alnum(rng, 6, UPPER_DIG), "   AID A0000000", digits(rng, 5), "\nREF ", digits(rng, 12), "\n")
    if chance(rng, .5):
        d("ROUTING ", aba_routing(rng), " (ACH RETURN)\n")
    d("\nRETURNS WITHIN 30 DAYS WITH RECEIPT\nTHANK YOU FOR SHOPPING\n", uid(rng).upper(), "\n")
    return d


@template("neg_ticket_queue_csv", "neg")
def n_ticket_csv(rng):
    d = Doc()
    csv_row(d, ["ticket", "created_epoch", "channel", "status", "first_response", "resolution_time", "csat", "tags", "linked_order"])
    for _ in range(rng.randint(5, 12)):
        csv_row(d, [ticket_no(rng).lstrip("#"), epoch(rng), ch(rng, ["chat", "email", "voice", "social"]), ch(rng, ["solved", "open", "pending"]),
                    ch(rng, ["3m", "47s", "1h 02m", "12m"]), ch(rng, DURATIONS), str(rng.randint(1, 5)), ch(rng, ["wismo;refund", "billing", "vip;escalated", "bug", ""]), order_no(rng)])
    return d


@template("neg_flight_status_push", "neg")
def n_flight(rng):
    d = Doc()
    co, dom, code = ch(rng, AIR)
    for _ in range(rng.randint(2, 5)):
        o, t = rng.sample(IATA, 2)
        d(co, ": ", ch(rng, [
            f"Flight {code} {rng.randint(100, 2999)} {o}→{t} is delayed by {ch(rng, ['25', '40', '75', '110'])} minutes. We're sorry for the wait.",
            f"Gate change: {code}{rng.randint(100, 2999)} now departs from gate {ch(rng, 'ABCDE')}{rng.randint(1, 48)}.",
            f"You're checked in! Seat {rng.randint(1, 40)}{ch(rng, 'ABCDEF')}, zone {rng.randint(1, 6)}. Booking {pnr(rng)}.",
            f"Boarding begins in 15 minutes for {code}{rng.randint(100, 2999)} to {t}.",
            f"Your bag tag {code}{digits(rng, 6)} was loaded on {code}{rng.randint(100, 2999)}.",
            f"Upgrade list: you are #{rng.randint(1, 12)} for {code}{rng.randint(100, 2999)}."]), "\n")
    return d


@template("neg_config_placeholders", "neg")
def n_placeholders(rng):
    d = Doc()
    d("# .env.example - copy to .env and fill in. NEVER commit real values.\n")
    for name in rng.sample(["DB_PASSWORD", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN", "GITHUB_TOKEN", "SENDGRID_API_KEY", "JWT_SECRET"], 5):
        d(name, "=", ch(rng, [env_ref(rng, name), "", "changeme", "<" + name.lower().replace("_", "-") + ">", "********", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "AKIA" + "X" * 16 if "AWS_ACCESS" in name else "your-key-here"]), "\n")
    d("\n# CI\n", "      - run: deploy --token ", env_ref(rng, "DEPLOY_TOKEN"), "\n", "        env:\n          PASSWORD: ", "${{ secrets.DB_PASSWORD }}", "\n")
    d("\n# version ", version(rng), ", generated ", ts_iso(rng), ", checksum ", sha(rng, 32), "\n")
    return d


@template("neg_de_bestellbestaetigung", "neg")
def n_de_order(rng):
    d = Doc()
    d(ch(rng, ["Vielen Dank für deine Bestellung!", "Deine Bestellung wurde versandt 📦", "Bestellbestätigung"]), "\n\n")
    d("Bestellnummer: ", order_no(rng), "\nSendungsnummer (DHL): ", digits(rng, 12), "\n\n")
    for _ in range(rng.randint(1, 4)):
        d(f"{rng.randint(1, 3)}× ", ch(rng, ["Müller & Söhne GmbH Kaffeemühle", "Ferrero Küsschen 20er", "Dr. Oetker Backmischung", "Haribo Goldbären", "Tchibo Thermobecher"]), "  ", amount(rng, "de"), "\n")
    d("\nZwischensumme ", amount(rng, "de"), "\nVersand ", amount(rng, "de"), "\nBezahlt mit ", ch(rng, ["PayPal", "Klarna", "Kreditkarte " + masked_card(rng)]), "\n")
    d("Voraussichtliche Lieferung: in ", ch(rng, ["2–4 Werktagen", "1–2 Werktagen", "etwa einer Woche"]), ". Rücksendung innerhalb von 30 Tagen.\n")
    d("Version ", version(rng), " · Vorgang ", uid(rng), "\n")
    return d


@template("neg_es_estado_pedido", "neg")
def n_es_order(rng):
    d = Doc()
    for _ in range(rng.randint(2, 4)):
        d(ch(rng, [
            f"Tu pedido {order_no(rng)} ha sido enviado. Seguimiento: {tracking_no(rng)}. Llegará en 24-48 h.",
            f"Hemos recibido tu devolución. El reembolso de {amount(rng, 'es')} se hará en 5-7 días hábiles a la tarjeta {masked_card(rng)}.",
            f"Incidencia {ticket_no(rng)} actualizada: en revisión. Tiempo medio de respuesta: 2 días.",
            f"Tu código de recogida es {digits(rng, 6)}. Válido durante 72 horas en cualquier punto de recogida.",
            f"Versión de la app {version(rng)} disponible. Mejoras de rendimiento y corrección de errores."]), "\n")
    return d


@template("neg_fr_notification_colis", "neg")
def n_fr_parcel(rng):
    d = Doc()
    for _ in range(rng.randint(2, 4)):
        d(ch(rng, [
            f"Votre colis {tracking_no(rng)} est en cours d'acheminement. Livraison prévue sous 48 h.",
            f"Commande n° {digits(rng, 9)} : remboursement de {amount(rng, 'fr')} effectué sur la carte {masked_card(rng)}.",
            f"Votre ticket {ticket_no(rng)} a été clôturé. Note de satisfaction : {rng.randint(1, 5)}/5.",
            f"Code de retrait : {digits(rng, 6)}. À utiliser avant la fin de la semaine.",
            f"Mise à jour {version(rng)} installée. Durée : 3 min."]), "\n")
    return d


# ==========================================================================
# generation, validation, CLI
# ==========================================================================

GROUPS = {g: [(k, fn) for k, gg, fn in TEMPLATES if gg == g] for g in ("en", "intl", "neg")}
P_NEG, P_INTL = 0.12, 0.235
NON_ENGLISH_KINDS = {k for k, g, _ in TEMPLATES if g == "intl"} | {"neg_de_bestellbestaetigung", "neg_es_estado_pedido", "neg_fr_notification_colis"}


def make_doc(seed, i):
    rng = random.Random(f"{seed}-{i}")
    r = rng.random()
    grp = "neg" if r < P_NEG else ("intl" if r < P_NEG + P_INTL else "en")
    kind, fn = ch(rng, GROUPS[grp])
    d = fn(rng)
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    return {"id": f"blind40-{seed}-{i:06d}-{kind}", "text": d.text, "entities": ents}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


NO_PUNCT_CHECK = {"PASSWORD", "GENERIC_SECRET", "PRIVATE_KEY", "JWT", "AWS_SECRET_KEY", "SLACK_TOKEN", "GITHUB_TOKEN", "STRIPE_KEY"}
TITLES = ("Dr.", "Dr ", "Mr.", "Mr ", "Mrs", "Ms.", "Ms ", "Miss ", "Sr.", "Sra.", "Herr ", "Frau ", "Mme", "M. ", "Dott", "Sig.", "Madame", "Monsieur", "dhr.", "mevr.")


def _validate_span(typ, span):
    import ipaddress
    import re
    if typ == "CREDIT_CARD":
        ds = re.sub(r"[ -]", "", span)
        assert ds.isdigit() and 13 <= len(ds) <= 19 and luhn_ok(ds), span
    elif typ == "IBAN_CODE":
        assert iban_ok(span), span
    elif typ == "US_SSN":
        assert ssn_ok(span), span
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[^@\s<>()]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", span) and not span.startswith("mailto:"), span
    elif typ == "URL":
        assert re.fullmatch(r"https?://\S+", span) and "@" not in span, span
        host = span.split("/")[2]
        try:
            ipaddress.ip_address(host.split(":")[0])
            raise AssertionError("URL with IP host " + span)
        except ValueError:
            pass
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(span)
    elif typ == "AWS_ACCESS_KEY":
        assert re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", span), span
    elif typ == "AWS_SECRET_KEY":
        assert re.fullmatch(r"[A-Za-z0-9/+]{40}", span), span
    elif typ == "GITHUB_TOKEN":
        assert re.fullmatch(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{80,})", span), span
    elif typ == "SLACK_TOKEN":
        assert re.fullmatch(r"xox[bpas]-[0-9A-Za-z-]+", span), span
    elif typ == "STRIPE_KEY":
        assert re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{20,}", span), span
    elif typ == "JWT":
        parts = span.split(".")
        assert len(parts) == 3 and all(parts), span
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        assert hdr.get("typ") == "JWT", span
    elif typ == "PRIVATE_KEY":
        assert span.startswith("-----BEGIN ") and span.endswith(" PRIVATE KEY-----"), span[:40]
    elif typ == "PERSON":
        assert not span.startswith(TITLES), span
        assert not span.endswith("'s"), span
        assert "@" not in span, span
    elif typ == "PHONE_NUMBER":
        assert sum(c.isdigit() for c in span) >= 7 and not span.lower().startswith(("tel", "ext")), span
    if typ not in NO_PUNCT_CHECK:
        balanced = span.count("(") == span.count(")")
        assert span[-1] not in ".,;:!?\"'([{<" and (span[-1] != ")" or balanced), (typ, span)
        assert span[0] not in "\"'[{<,;:" and (span[0] != "(" or balanced), (typ, span)


def check(n=2000, seed=0):
    counts, doc_counts, kinds = Counter(), Counter(), Counter()
    empty = non_en = 0
    for doc in generate(n, seed):
        text, ents = doc["text"], doc["entities"]
        kind = doc["id"].split("-", 3)[3]
        kinds[kind] += 1
        if kind in NON_ENGLISH_KINDS:
            non_en += 1
        if not ents:
            empty += 1
        prev = 0
        seen = set()
        for e in ents:
            s, t, typ = e["start"], e["end"], e["type"]
            assert isinstance(s, int) and isinstance(t, int), e
            assert 0 <= s < t <= len(text), (doc["id"], e)
            assert typ in TYPES, (doc["id"], typ)
            span = text[s:t]
            assert span.strip() == span and span, (doc["id"], e, span)
            assert s >= prev, ("overlap", doc["id"], e)
            prev = t
            try:
                _validate_span(typ, span)
            except Exception as ex:  # pragma: no cover - reported below
                raise AssertionError(f"{doc['id']}: {typ} {span!r}: {ex}")
            counts[typ] += 1
            seen.add(typ)
        for typ in seen:
            doc_counts[typ] += 1
        if kind.startswith("neg_"):
            assert not ents, doc["id"]
    # determinism: regenerate a few documents and compare
    for i in (0, 1, n // 2, n - 1):
        assert make_doc(seed, i) == make_doc(seed, i)
    print(f"OK: {n} docs, seed={seed}, {len(kinds)} kinds used / {len(TEMPLATES)} defined")
    print(f"docs without entities: {empty} ({empty / n:.1%});  non-English docs: {non_en} ({non_en / n:.1%})")
    print(f"{'type':24s} {'spans':>7s} {'docs':>6s}")
    for typ in TYPES:
        print(f"{typ:24s} {counts[typ]:7d} {doc_counts[typ]:6d}")
    print(f"{'TOTAL':24s} {sum(counts.values()):7d}")
    missing = [t for t in TYPES if counts[t] == 0]
    assert not missing, missing
    return counts


def sample(k, seed=0):
    for doc in generate(k, seed):
        print("=" * 100)
        print(doc["id"])
        print("-" * 100)
        print(doc["text"])
        print("-" * 100)
        for e in doc["entities"]:
            print(f"  [{e['start']:5d},{e['end']:5d}) {e['type']:22s} {doc['text'][e['start']:e['end']]!r}")
    print("=" * 100)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 2000 docs and validate all spans")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with their labelled spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        check(2000, a.seed)
    if a.sample:
        sample(a.sample, a.seed)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} docs to {a.output}", file=sys.stderr)
    if not (a.check or a.sample or a.output):
        ap.print_help()


if __name__ == "__main__":
    main()
