"""Seeded, labeled synthetic corpus for benchmarking PII / PHI / secret detection.

Usage::

    python bench/corpus.py --n 2000 --seed 0 --output corpus.jsonl   # "-" = stdout

or, from Python, ``generate(n, seed)`` which yields records::

    {"id": "doc-0-000001", "domain": "log", "text": "...",
     "entities": [{"start": 10, "end": 24, "type": "IP_ADDRESS"}, ...]}

Offsets are character offsets into ``text``, half-open, sorted by ``start`` and never
overlapping; ``text[start:end]`` is exactly the entity value, with no surrounding
whitespace. The output is a pure function of ``(seed, document index)``: every document
draws from its own ``random.Random`` seeded with a string, so ``generate(50, s)`` is a
prefix of ``generate(2000, s)`` and nothing depends on ``PYTHONHASHSEED``. Stdlib only.

Domains (equal shares, shuffled in blocks of six): ``support_chat``, ``clinical_note``,
``hr_email``, ``log``, ``csv_row`` and ``llm_prompt`` (an instruction to an LLM, usually
with a chat, note, email, log, CSV block or code snippet pasted in). About 15% of the
documents contain no entity at all; they are built from templates that carry only hard
negatives.

Labeling conventions
--------------------
* ``PERSON`` - the personal name only: a first name, first + last (optionally with a
  middle initial), or a surname after a title. Titles ("Dr.", "Mr.", "Ms.") are never
  inside the span; a possessive "'s" is never inside the span. Names shown in lowercase
  or upper case (chat) are labeled all the same. Names inside a brand or institution
  ("Jack Daniel's", "Johns Hopkins Hospital", "Mr. Clean") are not persons.
* ``LOCATION`` - a standalone city, state or country name ("moved to Denver").
  ``ADDRESS`` - a full street address as ONE span: number, street, optional unit, city,
  state/ZIP when present ("221 Oak Street, Apt 4B, Springfield, IL 62704"). A city that
  is part of an address is not labeled separately.
* ``DATE_OF_BIRTH`` - a date in a birth context ("DOB: 03/14/1985", "born on ..."); the
  span is the date only. ``DATE_TIME`` - an absolute date and/or time tied to a person
  or event in prose ("admitted on 2023-04-05", "Tuesday, June 3rd at 3pm"). Machine
  timestamps (log prefixes, ``created_at`` columns, "2024-03-05T12:33:01.123Z") and
  relative expressions ("tomorrow", "next week", "in 3 days") are NOT labeled.
* ``PHONE_NUMBER`` - US numbers with real area codes and exchanges 200-999 and
  international numbers (GB, DE, FR, IN, AU, JP, BR), all valid for libphonenumber.
* ``US_SSN`` - area not 000/666/9xx, group not 00, serial not 0000. SSN-shaped numbers
  with an invalid area appear as unlabeled hard negatives.
* ``CREDIT_CARD`` - Luhn-valid Visa / Mastercard / Amex / Discover, with spaces, dashes
  or no separator. Luhn-INVALID 16-digit numbers appear as unlabeled hard negatives.
* ``IBAN_CODE`` - mod-97-valid IBANs (DE, GB, FR, NL, ES, IT; national check digits are
  computed too), compact or grouped in fours.
* ``IP_ADDRESS`` - IPv4 and IPv6 (full and compressed); a ":port" suffix is outside.
* ``URL`` - http(s) URLs with paths / queries and bare "www.host/path" forms. Other
  schemes (``postgres://``) and bare file paths are not URLs.
* ``MEDICAL_RECORD_NUMBER``, ``HEALTH_PLAN_NUMBER``, ``ACCOUNT_NUMBER``,
  ``DRIVER_LICENSE`` - only in an explicit context ("MRN: 00482913", "Member ID:
  XHP482913027", "acct #4829113307", "DL# S530-4829-1130"); the span is the identifier
  only, never the cue words.
* Secrets - ``AWS_ACCESS_KEY`` ("AKIA" + 16), ``AWS_SECRET_KEY`` (40 chars),
  ``GITHUB_TOKEN`` (ghp_/gho_/ghs_ + 36, github_pat_ + 82), ``SLACK_TOKEN``
  (xoxb-/xoxp-), ``STRIPE_KEY`` (sk_live_/rk_live_), ``JWT`` (header decodes to
  ``{"alg":"HS256","typ":"JWT"}``), ``PRIVATE_KEY`` (the whole PEM / OpenSSH block,
  BEGIN line through END line inclusive), ``PASSWORD`` and ``GENERIC_SECRET`` (the value
  only, never the ``key=`` / quotes around it).
* Hard negatives, never labeled: log timestamps, order numbers, versions, UUIDs, git
  SHAs, Luhn-invalid card-like numbers, invalid-area SSN-shaped numbers, brand names
  that look like names or places ("Alexa", "Tesla Model S", "Georgia font"), relative
  times, HTTP status codes, ports, sizes, percentages, prices, ticket ids, hex colors,
  dependency pins, file paths, package names, low-entropy config values
  ("timeout=30", "password_policy=strict") and placeholders ("password=<redacted>",
  "api_key=${API_KEY}", "token: xxxxxxxx").
"""

# Templates and word lists are kept one per line for readability, hence no E501 here;
# the data tables are also excluded from the formatter with fmt: off / fmt: on.
# ruff: noqa: E501

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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TextIO

__all__ = [
    "DOMAINS",
    "ENTITY_TYPES",
    "generate",
    "generate_one",
    "iban_valid",
    "luhn_valid",
    "main",
    "ssn_area_valid",
]

DOMAINS: tuple[str, ...] = (
    "support_chat",
    "clinical_note",
    "hr_email",
    "log",
    "csv_row",
    "llm_prompt",
)

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "DATE_TIME",
    "LOCATION",
    "ADDRESS",
    "URL",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER",
    "DRIVER_LICENSE",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "GITHUB_TOKEN",
    "SLACK_TOKEN",
    "STRIPE_KEY",
    "JWT",
    "PRIVATE_KEY",
    "PASSWORD",
    "GENERIC_SECRET",
)

NO_ENTITY_RATE = 0.15
# weights for documents of 1..6 sentences (turns, lines, rows)
_SENTENCE_WEIGHTS = (15, 22, 23, 18, 12, 10)

# --------------------------------------------------------------------------------------
# Word lists (hand-written; diverse on purpose)
# --------------------------------------------------------------------------------------
# fmt: off

FEMALE_FIRST: tuple[str, ...] = (
    "Emily", "Sarah", "Jessica", "Hannah", "Olivia", "Charlotte", "Megan", "Rachel",
    "Laura", "Claire", "Grace", "Chloe", "Maya", "Maria", "Sofia", "Camila",
    "Valentina", "Lucía", "Gabriela", "Isabel", "Daniela", "Ximena", "Priya", "Ananya",
    "Kavya", "Deepika", "Sunita", "Lakshmi", "Meera", "Aditi", "Mei", "Xiu", "Ying",
    "Jing", "Hui", "Yan", "Fatima", "Layla", "Noor", "Mariam", "Yasmin", "Leila",
    "Amina", "Zainab", "Chiamaka", "Ngozi", "Adaeze", "Wanjiru", "Abena", "Thandiwe",
    "Nia", "Imani", "Ingrid", "Astrid", "Sophie", "Anna", "Elena", "Katarzyna",
    "Agnieszka", "Giulia", "Francesca", "Chiara", "Léa", "Camille", "Renée", "Zoë",
    "Siobhan", "Niamh", "Aoife", "Yuki", "Sakura", "Ji-woo", "Min-seo", "Linh", "Thu",
    "Tatiana", "Olga", "Svetlana",
)

MALE_FIRST: tuple[str, ...] = (
    "James", "Michael", "David", "Daniel", "Matthew", "Andrew", "Ryan", "Kevin",
    "Brian", "Thomas", "Christopher", "William", "Jack", "Carlos", "José", "Luis",
    "Miguel", "Diego", "Alejandro", "Javier", "Mateo", "Raj", "Arjun", "Vikram",
    "Rahul", "Sanjay", "Anil", "Rohan", "Amit", "Wei", "Jian", "Hao", "Jun", "Lei",
    "Omar", "Ahmed", "Mohammed", "Yusuf", "Khalid", "Tariq", "Hassan", "Karim",
    "Chinedu", "Emeka", "Oluwaseun", "Kwame", "Kofi", "Tunde", "Sipho", "Jabari",
    "Obinna", "Lars", "Søren", "Erik", "Hans", "Lukas", "Matteo", "Giovanni", "Pierre",
    "Étienne", "Pavel", "Dmitri", "Sergei", "Piotr", "Tomasz", "Liam", "Sean",
    "Patrick", "Hiroshi", "Kenji", "Takeshi", "Min-jun", "Seo-jun", "Minh", "Tuan",
    "Thiago", "Felipe",
)

SURNAMES: tuple[str, ...] = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
    "Anderson", "Taylor", "Moore", "Martin", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker",
    "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Evans",
    "Turner", "Parker", "Collins", "Edwards", "Murphy", "O'Brien", "O'Connor", "Kelly",
    "Sullivan", "McCarthy", "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez",
    "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gómez",
    "Díaz", "Morales", "Ortiz", "Castillo", "Nuñez", "Vargas", "Mendoza", "Patel",
    "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Desai", "Mehta",
    "Chatterjee", "Banerjee", "Rao", "Joshi", "Kapoor", "Chen", "Wang", "Li", "Zhang",
    "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Lin", "Nguyen", "Tran",
    "Pham", "Kim", "Park", "Lee", "Choi", "Tanaka", "Suzuki", "Sato", "Watanabe",
    "Yamamoto", "Al-Sayed", "Haddad", "Khalil", "Mansour", "Nasser", "Rahman",
    "Hussein", "Abdullah", "Farouk", "Saleh", "Okafor", "Adeyemi", "Okonkwo", "Mensah",
    "Boateng", "Owusu", "Mwangi", "Otieno", "Kamau", "Diallo", "Ndlovu", "Dlamini",
    "Abebe", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Novak",
    "Kowalski", "Nowak", "Wiśniewski", "Rossi", "Russo", "Ferrari", "Esposito",
    "Bianchi", "Dubois", "Lefebvre", "Moreau", "Laurent", "Fournier", "Jansen",
    "de Vries", "Andersson", "Johansson", "Nilsson", "Larsen", "Hansen", "Ivanov",
    "Petrov", "Popescu", "Horvat", "Papadopoulos", "Yilmaz", "Kaya", "Cohen", "Levi",
    "Friedman",
)

CITIES: tuple[str, ...] = (
    "Denver", "Austin", "Chicago", "Seattle", "Boston", "Portland", "Atlanta", "Phoenix",
    "San Diego", "Nashville", "Minneapolis", "Pittsburgh", "Miami", "Toronto",
    "Vancouver", "London", "Manchester", "Dublin", "Berlin", "Munich", "Paris", "Lyon",
    "Madrid", "Barcelona", "Lisbon", "Amsterdam", "Rotterdam", "Milan", "Rome",
    "Warsaw", "Stockholm", "Mumbai", "Bangalore", "Hyderabad", "Chennai", "Lagos",
    "Nairobi", "Accra", "Cairo", "Johannesburg", "Dubai", "Riyadh", "Shanghai",
    "Beijing", "Shenzhen", "Tokyo", "Osaka", "Seoul", "Manila", "Hanoi", "Karachi",
    "São Paulo", "Mexico City", "Bogotá", "Buenos Aires", "Sydney", "Melbourne",
)
STATES: tuple[str, ...] = (
    "California", "Texas", "Ohio", "Florida", "Oregon", "Georgia", "Virginia",
    "Colorado", "Arizona", "Michigan", "New Jersey", "Washington", "Illinois",
    "Massachusetts", "North Carolina", "Minnesota", "Ontario", "Bavaria", "Maharashtra",
)
# countries that take "the" in prose; the article is never part of the LOCATION span
_THE_COUNTRIES = frozenset({"Philippines", "Netherlands", "United States", "United Kingdom"})
COUNTRIES: tuple[str, ...] = (
    "Germany", "India", "Nigeria", "Brazil", "Canada", "Mexico", "Japan", "Egypt",
    "Kenya", "France", "Spain", "Italy", "Philippines", "Pakistan", "Vietnam",
    "Poland", "Ireland", "Portugal", "South Korea", "Ghana", "Colombia", "Turkey",
    "Netherlands", "Sweden", "Australia", "China", "Morocco", "Peru", "United Kingdom",
)

# (city, state abbreviation, state name, ZIP prefix)
US_CITY_ZIPS: tuple[tuple[str, str, str, str], ...] = (
    ("Springfield", "IL", "Illinois", "627"), ("Denver", "CO", "Colorado", "802"),
    ("Austin", "TX", "Texas", "787"), ("Seattle", "WA", "Washington", "981"),
    ("Portland", "OR", "Oregon", "972"), ("Boston", "MA", "Massachusetts", "021"),
    ("Chicago", "IL", "Illinois", "606"), ("Atlanta", "GA", "Georgia", "303"),
    ("Phoenix", "AZ", "Arizona", "850"), ("San Diego", "CA", "California", "921"),
    ("Oakland", "CA", "California", "946"), ("Columbus", "OH", "Ohio", "432"),
    ("Nashville", "TN", "Tennessee", "372"), ("Raleigh", "NC", "North Carolina", "276"),
    ("Minneapolis", "MN", "Minnesota", "554"), ("Brooklyn", "NY", "New York", "112"),
    ("Miami", "FL", "Florida", "331"), ("Madison", "WI", "Wisconsin", "537"),
    ("Albuquerque", "NM", "New Mexico", "871"), ("Salt Lake City", "UT", "Utah", "841"),
    ("Pittsburgh", "PA", "Pennsylvania", "152"), ("Ann Arbor", "MI", "Michigan", "481"),
    ("Newark", "NJ", "New Jersey", "071"), ("Richmond", "VA", "Virginia", "232"),
    ("Tucson", "AZ", "Arizona", "857"), ("Boise", "ID", "Idaho", "837"),
)
STREET_NAMES: tuple[str, ...] = (
    "Oak", "Maple", "Pine", "Cedar", "Elm", "Main", "Washington", "Lake", "Hill",
    "Park", "Sunset", "Lincoln", "Madison", "Jefferson", "Highland", "River", "Church",
    "Mill", "Spring", "Willow", "Chestnut", "Walnut", "Birch", "Magnolia", "Meadow",
    "Ridge", "Forest", "Valley", "Lakeview", "Franklin", "Jackson", "Martin Luther King Jr",
    "Cherry", "Dogwood", "Harbor", "Summit", "Prospect", "Broad", "Grand", "Union",
)
STREET_SUFFIXES: tuple[str, ...] = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln",
    "Drive", "Dr", "Court", "Ct", "Way", "Place", "Terrace", "Parkway",
)
UK_ADDRESSES: tuple[tuple[str, str], ...] = (
    ("London", "NW1 6XE"), ("London", "SW1A 2AA"), ("Manchester", "M1 4BT"),
    ("Leeds", "LS1 5AB"), ("Bristol", "BS1 4DJ"), ("Edinburgh", "EH1 1YZ"),
)
DE_ADDRESSES: tuple[tuple[str, str], ...] = (
    ("Berlin", "10115"), ("München", "80331"), ("Hamburg", "20095"), ("Köln", "50667"),
    ("Frankfurt am Main", "60311"),
)
DE_STREETS: tuple[str, ...] = (
    "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee",
    "Goethestraße", "Am Markt",
)

EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me",
    "aol.com", "gmx.de", "yahoo.co.uk", "acme-corp.com", "northwind.io", "contoso.com",
    "globex.co.uk", "initech.de", "stmarys-health.org", "umbrella-labs.com",
)
URL_HOSTS: tuple[str, ...] = (
    "example-shop.com", "portal.acme-health.org", "docs.northwind.io", "app.contoso.com",
    "myaccount.globex-bank.com", "status.initech.de", "files.umbrella-labs.com",
    "shop.bluebird-outdoors.com", "careers.acme-corp.com", "track.parcelhub.net",
    "intranet.hooli.com", "billing.streamly.tv",
)
URL_PATHS: tuple[str, ...] = (
    "orders", "account", "login", "patient", "invoices", "reset-password", "cart",
    "support/tickets", "api/v2/users", "share", "benefits/enroll", "track", "docs",
    "settings/billing", "download", "claims",
)

# brand / product names that look like people or places; never labeled
PRODUCTS: dict[str, tuple[str, ...]] = {
    "software": (
        "Ruby on Rails", "Django", "Jenkins", "Jupyter", "Apache Kafka", "Hugo", "Flask",
        "Laravel", "Grafana", "Watson Assistant", "Adobe Acrobat", "Jekyll",
    ),
    "assistant": ("Alexa", "Siri", "Cortana", "Google Assistant", "Bixby"),
    "food": ("Ben & Jerry's", "Wendy's", "McDonald's", "Tim Hortons", "Dr Pepper", "Papa John's"),
    "brand": (
        "Jack Daniel's", "Mr. Clean", "Johnson & Johnson", "Victoria's Secret", "Marshall",
        "Philips Hue", "Charles Schwab", "Wells Fargo", "Tommy Hilfiger", "Calvin Klein",
    ),
    "car": ("Tesla Model S", "Lincoln Navigator", "Ford F-150", "Mercedes-Benz GLC", "Chevy Malibu"),
    "font": ("Georgia", "Helvetica", "Verdana", "Times New Roman", "Gill Sans"),
}
LIQUORS: tuple[str, ...] = (
    "Jack Daniel's", "Jim Beam", "Johnnie Walker", "Captain Morgan", "Jose Cuervo",
    "Tito's", "Jameson",
)
FACILITIES: tuple[str, ...] = (
    "St. Mary's Medical Center", "Mercy General", "Johns Hopkins Hospital",
    "Mayo Clinic", "Cedars-Sinai", "Mass General", "Northwestern Memorial",
    "Kaiser Permanente", "Providence Health", "Valley Urgent Care",
)
CONDITIONS: tuple[str, ...] = (
    "community-acquired pneumonia", "acute appendicitis", "CHF exacerbation",
    "uncontrolled type 2 diabetes", "COPD exacerbation", "cellulitis of the left leg",
    "atrial fibrillation with RVR", "syncope", "acute kidney injury", "pyelonephritis",
    "chest pain, r/o ACS", "migraine with aura", "DKA",
)
COMPLAINTS: tuple[str, ...] = (
    "3 days of productive cough", "intermittent chest tightness", "RLQ abdominal pain",
    "worsening shortness of breath", "dizziness on standing", "a rash on both forearms",
    "low back pain after lifting", "fever and dysuria", "palpitations",
)
DRUGS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("metformin", (500, 850, 1000)), ("lisinopril", (5, 10, 20)),
    ("atorvastatin", (10, 20, 40)), ("amoxicillin", (500, 875)),
    ("metoprolol", (25, 50)), ("sertraline", (50, 100)), ("apixaban", (5,)),
    ("prednisone", (10, 20, 40)), ("gabapentin", (100, 300)),
)
RELATIVE_FUTURE: tuple[str, ...] = (
    "tomorrow", "next week", "in 3 days", "in two weeks", "tonight", "this afternoon",
    "later today", "by end of day", "in a few hours", "in 2 weeks", "by Friday",
    "first thing tomorrow", "within 48 hours",
)
RELATIVE_PAST: tuple[str, ...] = (
    "last night", "yesterday", "earlier today", "a couple of days ago", "last month",
    "last week", "this morning", "two days ago", "over the weekend", "an hour ago",
)
DEVICES: tuple[str, ...] = (
    "Dell XPS 13", "MacBook Pro", "Surface Pro", "Galaxy S23", "Pixel 8", "ThinkPad X1",
    "Kindle Paperwhite", "iPad Air",
)
HTTP_STATUSES: tuple[str, ...] = (
    "200", "201", "204", "301", "302", "400", "401", "403", "404", "409", "429", "500",
    "502", "503", "504",
)
PACKAGES: tuple[str, ...] = (
    "requests", "boto3", "numpy", "pandas", "django", "flask", "fastapi", "pydantic",
    "lodash", "react", "express", "axios", "webpack", "typescript", "left-pad",
    "urllib3", "sqlalchemy", "celery", "redis", "pytest",
)
SERVICES: tuple[str, ...] = (
    "auth", "billing", "api-gateway", "payments", "worker", "scheduler", "notifier",
    "search", "ingest", "users", "export",
)
ROOMS: tuple[str, ...] = ("Redwood", "Sequoia", "Aspen", "Everest", "Kilimanjaro", "Atlas")
PATHS: tuple[str, ...] = (
    "/var/log/nginx/access.log", "/etc/ssl/certs/ca-bundle.pem", "src/components/Header.tsx",
    "C:\\Program Files\\Acme\\config.ini", "~/.aws/config", "/opt/app/releases/current",
    "./scripts/deploy.sh", "/tmp/export_2024.csv", "docs/README.md", "/usr/local/bin/node",
    "app/models/user.rb", "/srv/data/uploads/", "build/libs/service-all.jar",
)
WORDS: tuple[str, ...] = (
    "sunshine", "dragon", "monkey", "football", "welcome", "shadow", "summer", "winter",
    "autumn", "falcon", "tiger", "coffee", "rocket", "purple", "banana", "marina",
    "panther", "galaxy", "orange", "pepper", "silver", "thunder", "whisky", "cobalt",
)
PASSWORD_CLASSICS: tuple[str, ...] = (
    "Tr0ub4dor&3", "hunter2!", "S3cure#Pass2024", "P@ssw0rd123", "Qwerty!2345",
    "Welcome2024!", "iloveyou_88", "Letmein#7", "Summer2023!", "Passw0rd!",
)

# fmt: on

# --------------------------------------------------------------------------------------
# Check-digit helpers (public, used by the tests)
# --------------------------------------------------------------------------------------


def luhn_valid(number: str) -> bool:
    """True if the digits of ``number`` (separators ignored) pass the Luhn check."""
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return bool(digits) and total % 10 == 0


def _luhn_check_digit(partial: str) -> str:
    for c in string.digits:
        if luhn_valid(partial + c):
            return c
    raise AssertionError("unreachable")


def _iban_int(rearranged: str) -> int:
    return int("".join(str(int(c, 36)) for c in rearranged))


def iban_valid(iban: str) -> bool:
    """True if ``iban`` (spaces ignored) passes the ISO 13616 mod-97 check."""
    s = iban.replace(" ", "").upper()
    if len(s) < 5 or not s.isalnum():
        return False
    return _iban_int(s[4:] + s[:4]) % 97 == 1


def ssn_area_valid(ssn: str) -> bool:
    """True if an ``AAA-GG-SSSS`` / ``AAA GG SSSS`` number has a valid area/group/serial."""
    digits = re.sub(r"\D", "", ssn)
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


# --------------------------------------------------------------------------------------
# Value generators: each takes the document's Random and returns a string
# --------------------------------------------------------------------------------------

Rng = random.Random
_ALNUM = string.ascii_letters + string.digits
_UPPER_ALNUM = string.ascii_uppercase + string.digits
_B64 = string.ascii_letters + string.digits + "+/"


def _digits(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chars(rng: Rng, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mixed(rng: Rng, alphabet: str, n: int) -> str:
    """Random string that contains at least one letter and one digit (high entropy)."""
    while True:
        s = _chars(rng, alphabet, n)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def _ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ascii_slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


# --- cards, SSNs, IBANs --------------------------------------------------------------


def gen_credit_card(rng: Rng) -> str:
    brand = rng.choices(("visa", "mc", "amex", "discover"), weights=(40, 30, 15, 15))[0]
    if brand == "visa":
        body = "4" + _digits(rng, 14)
    elif brand == "mc":
        prefix = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        body = prefix + _digits(rng, 15 - len(prefix))
    elif brand == "amex":
        body = rng.choice(("34", "37")) + _digits(rng, 12)
    else:
        prefix = rng.choice(("6011", "65", "644", "649"))
        body = prefix + _digits(rng, 15 - len(prefix))
    number = body + _luhn_check_digit(body)
    return _group_card(rng, number)


def _group_card(rng: Rng, number: str) -> str:
    sep = rng.choices((" ", "-", ""), weights=(50, 20, 30))[0]
    if len(number) == 15:
        parts = [number[:4], number[4:10], number[10:]]
    else:
        parts = [number[i : i + 4] for i in range(0, len(number), 4)]
    return sep.join(parts)


def gen_bad_card(rng: Rng) -> str:
    """A 16-digit, card-looking number that FAILS the Luhn check (hard negative)."""
    body = rng.choice("3456789") + _digits(rng, 14)
    good = int(_luhn_check_digit(body))
    bad = (good + rng.randint(1, 9)) % 10
    number = body + str(bad)
    assert not luhn_valid(number)
    sep = rng.choice((" ", "-", ""))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def gen_ssn(rng: Rng) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = "-" if rng.random() < 0.85 else " "
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def gen_bad_ssn(rng: Rng) -> str:
    """SSN-shaped number with an area that is never issued (000, 666, 9xx)."""
    area = rng.choice((0, 666, rng.randint(900, 999)))
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _es_dc(digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    d = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


# value of a character in an odd position for the Italian CIN check letter
_IT_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)  # fmt: skip


def _it_cin(bban_tail: str) -> str:
    total = 0
    for i, c in enumerate(bban_tail):
        v = int(c) if c.isdigit() else ord(c) - ord("A")
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(ord("A") + total % 26)


def _bban(rng: Rng, country: str) -> str:
    if country == "DE":
        return _digits(rng, 8) + _digits(rng, 10)
    if country == "GB":
        bank = rng.choice(("NWBK", "BARC", "HBUK", "LOYD", "MIDL", "NAIA"))
        return bank + _digits(rng, 6) + _digits(rng, 8)
    if country == "NL":
        return rng.choice(("ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB")) + _digits(rng, 10)
    if country == "FR":
        bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return f"{bank}{branch}{account}{key:02d}"
    if country == "ES":
        bank, branch, account = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(account) + account
    if country == "IT":
        tail = _digits(rng, 5) + _digits(rng, 5) + _digits(rng, 12)
        return _it_cin(tail) + tail
    raise ValueError(country)


def gen_iban(rng: Rng) -> str:
    country = rng.choice(("DE", "GB", "FR", "NL", "ES", "IT"))
    bban = _bban(rng, country)
    check = 98 - _iban_int(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# --- phones ----------------------------------------------------------------------------

# fmt: off
US_AREA_CODES: tuple[int, ...] = (
    201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219,
    224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267,
    269, 270, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316,
    317, 318, 319, 320, 321, 323, 330, 334, 336, 337, 339, 347, 352, 360, 361, 385, 386,
    401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 424,
    425, 432, 434, 435, 440, 443, 469, 478, 479, 480, 484, 501, 502, 503, 504, 505, 507,
    508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530, 540, 541, 551, 559, 561, 562,
    563, 567, 570, 571, 573, 574, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608, 609,
    610, 612, 614, 615, 616, 617, 618, 619, 620, 623, 626, 630, 631, 636, 641, 646, 650,
    651, 660, 661, 662, 678, 682, 701, 702, 703, 704, 706, 707, 708, 712, 713, 714, 715,
    716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740, 754, 757, 760, 763, 765, 770,
    772, 773, 774, 775, 781, 785, 786, 801, 802, 803, 804, 805, 806, 808, 810, 812, 813,
    814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847, 848, 850, 856, 857, 858,
    859, 860, 862, 863, 864, 865, 870, 901, 903, 904, 906, 907, 908, 909, 910, 912, 913,
    914, 915, 916, 917, 918, 919, 920, 925, 928, 931, 936, 937, 940, 941, 949, 952, 954,
    956, 970, 971, 972, 973, 978, 979, 980, 985, 989,
)
# fmt: on


def _us_phone(rng: Rng) -> str:
    area = rng.choice(US_AREA_CODES)
    exchange = rng.randint(200, 999)
    while exchange % 100 == 11:  # N11 service codes
        exchange = rng.randint(200, 999)
    line = _digits(rng, 4)
    fmt = rng.choices(range(6), weights=(30, 20, 12, 14, 14, 10))[0]
    return (
        f"({area}) {exchange}-{line}",
        f"{area}-{exchange}-{line}",
        f"{area}.{exchange}.{line}",
        f"+1-{area}-{exchange}-{line}",
        f"+1 {area} {exchange} {line}",
        f"+1 ({area}) {exchange}-{line}",
    )[fmt]


def _intl_phone(rng: Rng) -> str:
    def d(n: int) -> str:
        return _digits(rng, n)

    kind = rng.randrange(11)
    if kind == 0:
        return f"+44 20 {rng.choice('378')}{d(3)} {d(4)}"
    if kind == 1:
        return f"+44 {rng.choice(('7946', '7400', '7534', '7825'))} {d(6)}"
    if kind == 2:
        return f"+49 30 {rng.randint(2, 9)}{d(7)}"
    if kind == 3:
        return f"+49 {rng.choice(('151', '160', '170', '176'))} {rng.randint(2, 9)}{d(7)}"
    if kind == 4:
        return f"+33 1 {rng.randint(40, 79)} {d(2)} {d(2)} {d(2)}"
    if kind == 5:
        lead = rng.choice(("6" + rng.choice("0124578"), "7" + rng.choice("3456789")))
        return f"+33 {lead[0]} {lead[1]}{d(1)} {d(2)} {d(2)} {d(2)}"
    if kind == 6:
        return f"+91 {rng.choice('6789')}{d(4)} {d(5)}"
    if kind == 7:
        return f"+61 2 {rng.choice('89')}{d(3)} {d(4)}"
    if kind == 8:
        return f"+61 4{rng.choice('0123')}{d(1)} {d(3)} {d(3)}"
    if kind == 9:
        return f"+81 3-{rng.choice('3456')}{d(3)}-{d(4)}"
    return f"+55 11 9{rng.randint(6, 9)}{d(3)}-{d(4)}"


def gen_phone(rng: Rng) -> str:
    return _us_phone(rng) if rng.random() < 0.72 else _intl_phone(rng)


# --- network, web ---------------------------------------------------------------------


def gen_ipv4(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.3:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind < 0.38:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([n for n in range(11, 224) if n not in (127, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def gen_ipv6(rng: Rng) -> str:
    groups = [rng.getrandbits(16) for _ in range(8)]
    if rng.random() < 0.5:
        groups[0] = rng.choice((0x2001, 0x2600, 0x2A00, 0xFE80, 0x2404))
    if rng.random() < 0.75:
        start = rng.randint(1, 5)
        for i in range(start, start + rng.randint(2, 3)):
            groups[i] = 0
    addr = ipaddress.IPv6Address(b"".join(g.to_bytes(2, "big") for g in groups))
    return addr.exploded if rng.random() < 0.35 else addr.compressed


def gen_ip(rng: Rng) -> str:
    return gen_ipv4(rng) if rng.random() < 0.75 else gen_ipv6(rng)


def gen_repo_url(rng: Rng) -> str:
    org = rng.choice(("acme", "northwind-labs", "contoso", "hooli-eng"))
    repo = rng.choice(("infra", "api", "web-frontend", "data-pipeline", "terraform-modules"))
    return f"https://{rng.choice(('github.com', 'gitlab.com'))}/{org}/{repo}.git"


def gen_aws_console_url(rng: Rng) -> str:
    return f"https://{_digits(rng, 12)}.signin.aws.amazon.com/console"


def gen_url(rng: Rng) -> str:
    host = rng.choice(URL_HOSTS)
    path = rng.choice(URL_PATHS)
    slug = _chars(rng, string.ascii_lowercase + string.digits, 8)
    tail = rng.choice(("", f"/{rng.randint(1000, 99999)}", f"/{slug}"))
    query = rng.choice(
        (
            "",
            "",
            "?ref=email&utm_source=newsletter",
            f"?id={rng.randint(100, 99999)}",
            f"?lang=en&page={rng.randint(2, 9)}",
            "#faq",
        )
    )
    style = rng.random()
    if style < 0.2:
        sub = host if host.count(".") > 1 else f"www.{host}"
        return f"{sub}/{path}{tail}{query}"
    scheme = "https" if style < 0.85 else "http"
    if host.count(".") == 1 and rng.random() < 0.5:
        host = f"www.{host}"
    return f"{scheme}://{host}/{path}{tail}{query}"


# --- dates ----------------------------------------------------------------------------

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _rand_date(rng: Rng, start_year: int, end_year: int) -> dt.date:
    start = dt.date(start_year, 1, 1).toordinal()
    end = dt.date(end_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def gen_dob(rng: Rng, compact: bool = False) -> str:
    """A birth date; ``compact`` restricts to comma-free numeric formats (CSV cells)."""
    d = _rand_date(rng, 1936, 2006)
    fmt = rng.choice((0, 2, 4)) if compact else rng.randrange(7)
    return (
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{_MONTHS[d.month - 1]} {d.day}, {d.year}",
        d.isoformat(),
        f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        f"{_MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    )[fmt]


def _clock(rng: Rng) -> str:
    hour = rng.choice((8, 9, 10, 11, 13, 14, 15, 16, 17))
    minute = rng.choice((0, 0, 15, 30, 45, 10, 20))
    h12 = hour if hour <= 12 else hour - 12
    suffix = "am" if hour < 12 else "pm"
    style = rng.randrange(4)
    if style == 0:
        return f"{h12}{suffix}" if minute == 0 else f"{h12}:{minute:02d}{suffix}"
    if style == 1:
        return f"{h12}:{minute:02d} {suffix.upper()}"
    if style == 2:
        return f"{hour:02d}:{minute:02d}"
    return f"{h12}:{minute:02d} {suffix}"


def gen_datetime(rng: Rng, compact: bool = False) -> str:
    """An absolute date / date-time; ``compact`` restricts to comma-free formats."""
    d = _rand_date(rng, 2021, 2025)
    month = _MONTHS[d.month - 1]
    fmt = rng.choice((0, 1, 7)) if compact else rng.randrange(11)
    return (
        d.isoformat(),
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{month} {d.day}, {d.year}",
        f"{_WEEKDAYS[d.weekday()]}, {month} {_ordinal(d.day)} at {_clock(rng)}",
        f"{month} {d.day} at {_clock(rng)}",
        f"{d.day} {month} {d.year}",
        f"{month[:3]} {_ordinal(d.day)}",
        f"{d.isoformat()} {rng.randint(7, 19):02d}:{rng.choice((0, 15, 30, 45)):02d}",
        f"{_clock(rng)} on {month} {d.day}, {d.year}",
        f"{_WEEKDAYS[d.weekday()]} {d.month}/{d.day}",
        f"{_WEEKDAYS[d.weekday()][:3]} {d.day} {month[:3]} {d.year}, {_clock(rng)}",
    )[fmt]


# --- locations, addresses ---------------------------------------------------------------


def gen_address(rng: Rng, multiline: bool = False) -> str:
    """A street address; ``multiline`` allows the envelope form with a line break."""
    kind = rng.random()
    if kind < 0.08:
        city, postcode = rng.choice(UK_ADDRESSES)
        street = f"{rng.choice(STREET_NAMES)} {rng.choice(('Road', 'Street', 'Lane', 'Close'))}"
        flat = rng.choice(("", f"Flat {rng.randint(1, 30)}, "))
        return f"{flat}{rng.randint(1, 240)} {street}, {city} {postcode}"
    if kind < 0.14:
        city, postcode = rng.choice(DE_ADDRESSES)
        return f"{rng.choice(DE_STREETS)} {rng.randint(1, 140)}, {postcode} {city}"
    number = rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 19999)))
    direction = rng.choice(("", "", "", "N ", "S ", "E ", "W ", "NE "))
    street = f"{direction}{rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIXES)}"
    unit = rng.choice(
        (
            "",
            "",
            "",
            f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
            f"Suite {rng.randint(1, 9)}00",
            f"Unit {rng.randint(1, 40)}",
            f"#{rng.randint(100, 999)}",
            f"Apt. {rng.randint(1, 12)}",
        )
    )
    city, abbr, state_name, zip3 = rng.choice(US_CITY_ZIPS)
    zip_code = f"{zip3}{rng.randint(1, 99):02d}"
    if rng.random() < 0.12:
        zip_code += f"-{_digits(rng, 4)}"
    state = abbr if rng.random() < 0.85 else state_name
    form = rng.randrange(5)
    if form == 3 and not multiline:
        form = 0
    unit_part = f", {unit}" if unit else ""
    if form == 0:
        return f"{number} {street}{unit_part}, {city}, {state} {zip_code}"
    if form == 1:
        return f"{number} {street}{' ' + unit if unit else ''}, {city} {state} {zip_code}"
    if form == 2:
        return f"{number} {street}{unit_part}, {city}, {state}"
    if form == 3:
        return f"{number} {street}{unit_part}\n{city}, {state} {zip_code}"
    return f"{number} {street}{unit_part}, {city}, {state} {zip_code}"


# --- identifiers in context ---------------------------------------------------------------


def gen_mrn(rng: Rng) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return _digits(rng, 8)
    if kind == 1:
        return f"{_digits(rng, 4)}-{_digits(rng, 3)}"
    if kind == 2:
        return f"{rng.randint(1, 9)}{_digits(rng, 6)}"
    if kind == 3:
        return f"{rng.choice('ABEHMR')}{_digits(rng, 7)}"
    return f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}"


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def gen_hpn(rng: Rng) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return _chars(rng, string.ascii_uppercase, 3) + _digits(rng, 9)
    if kind == 1:
        return "W" + _digits(rng, 9)
    if kind == 2:
        return f"{rng.choice(('BCB', 'HMO', 'PPO', 'AET'))}{_digits(rng, 9)}"
    if kind == 3:
        return f"{_chars(rng, string.ascii_uppercase, 3)}{_digits(rng, 7)}"
    if kind == 4:
        return f"{rng.choice(('U', 'H', 'K'))}{_digits(rng, 8)}{rng.choice(('01', '02', '03'))}"
    # Medicare Beneficiary Identifier: C A AN N - A AN N - A A N N
    an = _MBI_ALPHA + string.digits
    c = rng.choice
    return (
        f"{rng.randint(1, 9)}{c(_MBI_ALPHA)}{c(an)}{c(string.digits)}-"
        f"{c(_MBI_ALPHA)}{c(an)}{c(string.digits)}-"
        f"{c(_MBI_ALPHA)}{c(_MBI_ALPHA)}{c(string.digits)}{c(string.digits)}"
    )


def gen_account_number(rng: Rng) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return "000" + _digits(rng, 9)
    if kind == 1:
        return str(rng.randint(1, 9)) + _digits(rng, 9)
    if kind == 2:
        return str(rng.randint(1, 9)) + _digits(rng, rng.randint(7, 11))
    return f"{_digits(rng, 4)}-{_digits(rng, 6)}"


def gen_driver_license(rng: Rng) -> str:
    kind = rng.randrange(7)
    if kind == 0:  # CA
        return rng.choice(string.ascii_uppercase) + _digits(rng, 7)
    if kind == 1:  # IL
        return f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    if kind == 2:  # FL
        return (
            f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 3)}-{_digits(rng, 3)}-"
            f"{_digits(rng, 2)}-{_digits(rng, 3)}-{rng.randint(0, 9)}"
        )
    if kind == 3:  # NY
        return f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if kind == 4:  # TX / PA
        return str(rng.randint(1, 4)) + _digits(rng, 7)
    if kind == 5:  # WA (legacy)
        return "WDL" + _chars(rng, _UPPER_ALNUM, 9)
    return rng.choice(string.ascii_uppercase) + _digits(rng, 12)  # MI/MN style


# --- secrets ------------------------------------------------------------------------------


def gen_aws_access_key(rng: Rng) -> str:
    return "AKIA" + _mixed(rng, string.ascii_uppercase + "234567", 16)


def gen_aws_secret_key(rng: Rng) -> str:
    return _mixed(rng, _B64, 40)


def gen_github_token(rng: Rng) -> str:
    if rng.random() < 0.25:
        return "github_pat_" + _mixed(rng, _ALNUM, 22) + "_" + _mixed(rng, _ALNUM, 59)
    return rng.choices(("ghp_", "gho_", "ghs_"), weights=(70, 15, 15))[0] + _mixed(rng, _ALNUM, 36)


def gen_slack_token(rng: Rng) -> str:
    if rng.random() < 0.6:
        return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_mixed(rng, _ALNUM, 24)}"
    return (
        f"xoxp-{_digits(rng, 12)}-{_digits(rng, 12)}-{_digits(rng, 13)}-"
        f"{_mixed(rng, '0123456789abcdef', 32)}"
    )


def gen_stripe_key(rng: Rng) -> str:
    prefix = "sk_live_" if rng.random() < 0.8 else "rk_live_"
    return prefix + _mixed(rng, _ALNUM, rng.choice((24, 24, 32, 99)))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def gen_jwt(rng: Rng) -> str:
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    iat = rng.randint(1_650_000_000, 1_740_000_000)
    claims: dict[str, object] = {"sub": str(rng.randint(10_000, 9_999_999)), "iat": iat}
    if rng.random() < 0.5:
        claims["exp"] = iat + rng.choice((900, 3600, 86400))
    if rng.random() < 0.5:
        claims["role"] = rng.choice(("admin", "user", "service"))
    if rng.random() < 0.3:
        claims["iss"] = rng.choice(("https://auth.contoso.com", "acme-api"))
    payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    signature = _b64url(rng.randbytes(32))
    return f"{header}.{payload}.{signature}"


def gen_private_key(rng: Rng) -> str:
    kind = rng.choices(("RSA", "EC", "OPENSSH", "PKCS8"), weights=(45, 20, 20, 15))[0]
    if kind == "OPENSSH":
        label, prefix, width = (
            "OPENSSH PRIVATE KEY",
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
            70,
        )
        n_lines = rng.randint(4, 7)
    elif kind == "EC":
        label, prefix, width, n_lines = "EC PRIVATE KEY", "MHcCAQEEI", 64, 3
    elif kind == "PKCS8":
        label, prefix, width = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 64
        n_lines = rng.randint(5, 9)
    else:
        label, prefix, width = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 64
        n_lines = rng.randint(5, 10)
    body = prefix + _chars(rng, _B64, width * n_lines - len(prefix) - rng.randint(0, width - 8))
    if len(body) % 4:
        body += "=" * (4 - len(body) % 4)
    lines = [body[i : i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


_LEET = str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "$"})


def gen_password(rng: Rng, url_safe: bool = False) -> str:
    kind = rng.randrange(6)
    word = rng.choice(WORDS)
    if kind == 0:
        pw = rng.choice(PASSWORD_CLASSICS)
    elif kind == 1:
        pw = f"{word.capitalize()}{rng.randint(1990, 2025)}{rng.choice('!#$%&*')}"
    elif kind == 2:
        pw = f"{word.translate(_LEET).capitalize()}{rng.choice('!#_.')}{rng.randint(1, 99)}"
    elif kind == 3:
        pw = f"{word}{rng.choice('-_.')}{rng.choice(WORDS)}{rng.randint(1, 9)}{rng.choice('!?')}"
    elif kind == 4:
        pw = _mixed(rng, _ALNUM + "!#%&*^", rng.randint(12, 18))
    else:
        pw = f"{rng.choice(WORDS).upper()[:3]}{word}{rng.randint(100, 999)}"
    if url_safe:
        pw = (
            re.sub(r"[^A-Za-z0-9._-]", "", pw) + rng.choice(("", "_", ".")) + str(rng.randint(1, 9))
        )
    return pw


def gen_generic_secret(rng: Rng) -> str:
    """A high-entropy 24-48 character value (alnum, hex, url-safe or base64-padded)."""
    n = rng.randint(24, 48)
    kind = rng.randrange(4)
    if kind == 0:
        return _mixed(rng, _ALNUM, n)
    if kind == 1:
        return _mixed(rng, "0123456789abcdef", n)
    if kind == 2:  # url-safe: '-' and '_' only inside
        return rng.choice(_ALNUM) + _mixed(rng, _ALNUM + "-_", n - 2) + rng.choice(_ALNUM)
    pad = rng.randint(0, 2)
    return _mixed(rng, _ALNUM, n - pad) + "=" * pad


# --- hard negatives -----------------------------------------------------------------------

_BASE_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def gen_uuid(rng: Rng) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def gen_sha(rng: Rng, n: int) -> str:
    return _chars(rng, "0123456789abcdef", n)


def gen_order(rng: Rng) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f"#{rng.choice('ABCDKX')}-{rng.randint(10000, 99999)}"
    if kind == 1:
        return f"{rng.randint(100, 114)}-{_digits(rng, 7)}-{_digits(rng, 4)}"
    if kind == 2:
        return f"{rng.randint(100, 114)}-{_digits(rng, 7)}-{_digits(rng, 7)}"
    if kind == 3:
        return f"#{rng.randint(1000, 999999)}"
    return f"ORD-{rng.randint(2021, 2025)}-{_digits(rng, 6)}"


def gen_version(rng: Rng) -> str:
    core = f"{rng.randint(0, 17)}.{rng.randint(0, 40)}.{rng.randint(0, 20)}"
    kind = rng.randrange(5)
    if kind == 0:
        return "v" + core
    if kind == 1:
        return f"{core}-{rng.choice(('rc1', 'rc2', 'beta.3', 'alpha', 'SNAPSHOT'))}"
    if kind == 2:
        return f"{rng.randint(1, 3)}.{rng.randint(6, 13)}.{rng.randint(0, 12)}"
    return core


def gen_dep_pin(rng: Rng) -> str:
    pkg = rng.choice(PACKAGES)
    v = f"{rng.randint(0, 18)}.{rng.randint(0, 30)}.{rng.randint(0, 15)}"
    return rng.choice(
        (
            f"{pkg}=={v}",
            f"{pkg}@^{v}",
            f"{pkg}>={v},<{rng.randint(19, 25)}",
            f"{pkg}@{v}",
            f"{pkg}~={v}",
            f'"{pkg}": "^{v}"',
        )
    )


def gen_ticket(rng: Rng) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.choice(('JIRA', 'OPS', 'SUP', 'SEC', 'PLAT', 'HR'))}-{rng.randint(100, 9999)}"
    if kind == 1:
        return f"INC{rng.randint(1, 99999):07d}"
    if kind == 2:
        return f"CHG{rng.randint(1, 99999):07d}"
    return f"#{rng.randint(10000, 999999)}"


def gen_filesize(rng: Rng) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 999)} KB",
            f"{rng.randint(1, 99)}.{rng.randint(0, 9)} MB",
            f"{rng.randint(1, 8)}.{rng.randint(0, 9)} GiB",
            f"{rng.randint(10, 990)}MB",
            f"{rng.randint(1, 999)}KB",
        )
    )


def gen_price(rng: Rng) -> str:
    amount = f"{rng.randint(1, 1999)}.{rng.choice(('00', '99', '49', '95', '50'))}"
    return rng.choice((f"${amount}", f"€{amount}", f"£{amount}", f"USD {amount}", f"${amount}"))


def gen_placeholder(rng: Rng) -> str:
    return rng.choice(
        (
            "password=<redacted>",
            "password=********",
            "api_key=${API_KEY}",
            "token: xxxxxxxx",
            "secret=<your-secret-here>",
            "client_secret=${CLIENT_SECRET}",
            "api_key=YOUR_API_KEY",
            "password: [REDACTED]",
            "AWS_SECRET_ACCESS_KEY=<set-me>",
            "token={{ vault_token }}",
            "pwd: ****",
            "Authorization: Bearer <token>",
            "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}",
            "db_password=%(DB_PASSWORD)s",
            "api_key=xxxxxxxxxxxxxxxx",
            "secret: ${SECRET}",
        )
    )


def gen_lowcfg(rng: Rng) -> str:
    pool = (
        "timeout=30",
        "mode=debug",
        "password_policy=strict",
        "retries=3",
        "log_level=INFO",
        "secret_rotation_days=90",
        "token_ttl=3600",
        "max_connections=100",
        "ssl=true",
        "workers=4",
        "cache=off",
        "auth=basic",
        "keepalive=65",
        "region=us-east-1",
        "password_min_length=12",
        "env=staging",
    )
    return " ".join(rng.sample(pool, rng.randint(2, 4)))


def gen_timestamp(when: dt.datetime, style: str) -> str:
    ms = when.microsecond // 1000
    if style == "iso":
        return when.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"
    if style == "apache":
        return when.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if style == "py":
        return when.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}"
    if style == "syslog":
        return f"{when.strftime('%b')} {when.day:>2} {when.strftime('%H:%M:%S')}"
    if style == "time":
        return when.strftime("%H:%M:%S") + f",{ms:03d}"
    raise ValueError(style)


# --------------------------------------------------------------------------------------
# Document builder and the template mini-language
# --------------------------------------------------------------------------------------
#
# Templates are plain strings with two constructs:
#   {name} / {name:arg}   a slot, filled by FILLERS[name](doc, arg)
#   [[a|b|c]]             pick one alternative (may nest and contain slots)
# Everything else is literal text. Fillers add (text, label) segments to the Doc; the
# entity offsets are computed once, when the segments are joined.

Segment = tuple[str, str | None]

# labels whose value may be re-cased (lowercase chat, shouting); identifiers and
# secrets are case-sensitive and are never touched
_CASE_SAFE: frozenset[str | None] = frozenset(
    {None, "PERSON", "LOCATION", "ADDRESS", "EMAIL_ADDRESS", "DATE_TIME", "DATE_OF_BIRTH"}
)


@dataclass(frozen=True)
class _Slot:
    name: str
    arg: str | None


@dataclass(frozen=True)
class _Choice:
    options: tuple[tuple["_Node", ...], ...]


_Node = str | _Slot | _Choice
_TOKEN_RE = re.compile(r"\[\[|\]\]|\||\{[a-z0-9_]+(?::[a-z0-9_]+)?\}")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    middle: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.middle + '. ' if self.middle else ''}{self.last}"


@dataclass
class Doc:
    rng: Rng
    segments: list[Segment] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    case: Callable[[str], str] | None = None
    person_case_noise: float = 0.0
    clock: dt.datetime = _BASE_TIME

    def add(self, text: str, label: str | None = None) -> None:
        if not text:
            return
        if (
            label == "PERSON"
            and self.person_case_noise
            and self.rng.random() < self.person_case_noise
        ):
            text = text.lower() if self.rng.random() < 0.7 else text.upper()
        elif self.case is not None and label in _CASE_SAFE:
            text = self.case(text)
        self.segments.append((text, label))

    def end_sentence(self) -> None:
        """Terminate the running sentence with a period unless it already ends one."""
        if self.segments and self.segments[-1][0][-1] not in ".!?:;\n\"')":
            self.add(".")

    def render(self, template: str) -> None:
        self._render_nodes(_parse(template))

    def _render_nodes(self, nodes: Sequence[_Node]) -> None:
        for node in nodes:
            if isinstance(node, str):
                self.add(node)
            elif isinstance(node, _Slot):
                FILLERS[node.name](self, node.arg)
            else:
                self._render_nodes(self.rng.choice(node.options))

    def person(self, role: str | None) -> Person:
        if role is None:
            return _new_person(self.rng)
        if role not in self.people:
            taken = {(p.first, p.last) for p in self.people.values()}
            p = _new_person(self.rng)
            while (p.first, p.last) in taken:
                p = _new_person(self.rng)
            self.people[role] = p
        return self.people[role]

    def tick(self) -> dt.datetime:
        self.clock += dt.timedelta(
            seconds=self.rng.choice((0, 1, 1, 2, 3, 7, 15, 42, 90)),
            milliseconds=self.rng.randint(0, 999),
        )
        return self.clock

    def finish(self) -> tuple[str, list[dict[str, object]]]:
        parts: list[str] = []
        entities: list[dict[str, object]] = []
        pos = 0
        for text, label in self.segments:
            if label is not None:
                entities.append({"start": pos, "end": pos + len(text), "type": label})
            parts.append(text)
            pos += len(text)
        return "".join(parts), entities


def _new_person(rng: Rng) -> Person:
    female = rng.random() < 0.5
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    middle = rng.choice(string.ascii_uppercase.replace("X", "")) if rng.random() < 0.06 else ""
    return Person(first, rng.choice(SURNAMES), female, middle)


@cache
def _parse(template: str) -> tuple[_Node, ...]:
    root: list[_Node] = []
    stack: list[tuple[list[list[_Node]], list[_Node]]] = []
    cur = root
    pos = 0
    for m in _TOKEN_RE.finditer(template):
        if m.start() > pos:
            cur.append(template[pos : m.start()])
        pos = m.end()
        tok = m.group()
        if tok == "[[":
            alts: list[list[_Node]] = [[]]
            stack.append((alts, cur))
            cur = alts[0]
        elif tok == "|":
            if stack:
                stack[-1][0].append([])
                cur = stack[-1][0][-1]
            else:
                cur.append("|")
        elif tok == "]]":
            if not stack:
                raise ValueError(f"unbalanced ']]' in template {template!r}")
            alts, parent = stack.pop()
            parent.append(_Choice(tuple(tuple(a) for a in alts)))
            cur = parent
        else:
            name, _, arg = tok[1:-1].partition(":")
            if name not in FILLERS:
                raise ValueError(f"unknown slot {{{name}}} in template {template!r}")
            cur.append(_Slot(name, arg or None))
    if stack:
        raise ValueError(f"unbalanced '[[' in template {template!r}")
    if pos < len(template):
        cur.append(template[pos:])
    return tuple(root)


# --------------------------------------------------------------------------------------
# Fillers
# --------------------------------------------------------------------------------------

Filler = Callable[[Doc, str | None], None]
FILLERS: dict[str, Filler] = {}


def _labeled(name: str, label: str, gen: Callable[[Rng], str]) -> None:
    FILLERS[name] = lambda doc, _arg: doc.add(gen(doc.rng), label)


def _plain(name: str, gen: Callable[[Rng], str]) -> None:
    FILLERS[name] = lambda doc, _arg: doc.add(gen(doc.rng))


def _fill_first(doc: Doc, role: str | None) -> None:
    doc.add(doc.person(role).first, "PERSON")


def _fill_last(doc: Doc, role: str | None) -> None:
    doc.add(doc.person(role).last, "PERSON")


def _fill_full(doc: Doc, role: str | None) -> None:
    doc.add(doc.person(role).full, "PERSON")


def _fill_titled(doc: Doc, role: str | None) -> None:
    p = doc.person(role)
    title = doc.rng.choice(("Ms.", "Mrs.", "Ms")) if p.female else doc.rng.choice(("Mr.", "Mr"))
    if doc.rng.random() < 0.2:
        title = doc.rng.choice(("Dr.", "Prof."))
    doc.add(title + " ")
    doc.add(p.last if doc.rng.random() < 0.8 else f"{p.first} {p.last}", "PERSON")


def _fill_doctor(doc: Doc, role: str | None) -> None:
    p = doc.person(role)
    doc.add(doc.rng.choice(("Dr. ", "Dr. ", "Dr ", "Dr. ")))
    doc.add(p.last if doc.rng.random() < 0.7 else f"{p.first} {p.last}", "PERSON")


def _fill_person(doc: Doc, role: str | None) -> None:
    r = doc.rng.random()
    if r < 0.6:
        _fill_full(doc, role)
    elif r < 0.85:
        _fill_first(doc, role)
    else:
        _fill_titled(doc, role)


def _fill_email(doc: Doc, role: str | None) -> None:
    rng = doc.rng
    p = doc.person(role)
    first, last = _ascii_slug(p.first), _ascii_slug(p.last)
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first}{last[0]}",
            f"{first}{rng.randint(70, 2005)}",
            f"{last}.{first}",
            f"{first}.{last}+orders",
            f"{first[0]}.{last}",
        )
    )
    email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    if rng.random() < 0.1:
        email = email.capitalize()
    doc.add(email, "EMAIL_ADDRESS")


def _fill_sex(doc: Doc, role: str | None) -> None:
    doc.add("female" if doc.person(role).female else "male")


def _fill_kin(doc: Doc, role: str | None) -> None:
    """A family relation word consistent with the (yet unnamed) relative's gender."""
    female = doc.person(role).female
    doc.add(
        doc.rng.choice(
            ("wife", "daughter", "mother", "sister")
            if female
            else ("husband", "son", "father", "brother")
        )
    )


def _fill_pronoun(doc: Doc, role: str | None) -> None:
    doc.add("she" if doc.person(role).female else "he")


def _fill_possessive(doc: Doc, role: str | None) -> None:
    doc.add("her" if doc.person(role).female else "his")


def _fill_ts(doc: Doc, style: str | None) -> None:
    doc.add(gen_timestamp(doc.tick(), style or "iso"))


def _fill_password(doc: Doc, arg: str | None) -> None:
    doc.add(gen_password(doc.rng, url_safe=arg == "url"), "PASSWORD")


def _fill_dt(doc: Doc, arg: str | None) -> None:
    """{dt} any absolute date/time, {dt:time} a clock time, {dt:csv} comma-free."""
    value = _clock(doc.rng) if arg == "time" else gen_datetime(doc.rng, compact=arg == "csv")
    doc.add(value, "DATE_TIME")


def _fill_dob(doc: Doc, arg: str | None) -> None:
    doc.add(gen_dob(doc.rng, compact=arg == "csv"), "DATE_OF_BIRTH")


def _fill_address(doc: Doc, arg: str | None) -> None:
    """{address} single line; {address:block} may be an envelope-style two-line block."""
    doc.add(gen_address(doc.rng, multiline=arg == "block"), "ADDRESS")


def _fill_country(doc: Doc, arg: str | None) -> None:
    """{country} in prose ("travel to the Netherlands"), {country:bare} without article."""
    name = doc.rng.choice(COUNTRIES)
    if name in _THE_COUNTRIES and arg != "bare":
        doc.add("the ")
    doc.add(name, "LOCATION")


def _fill_location(doc: Doc, arg: str | None) -> None:
    if doc.rng.random() < 0.3:
        _fill_country(doc, arg)
    else:
        pool = CITIES if doc.rng.random() < 0.78 else STATES
        doc.add(doc.rng.choice(pool), "LOCATION")


def _fill_num(doc: Doc, arg: str | None) -> None:
    lo, _, hi = (arg or "1_100").partition("_")
    doc.add(str(doc.rng.randint(int(lo), int(hi))))


def _fill_sha(doc: Doc, arg: str | None) -> None:
    doc.add(gen_sha(doc.rng, int(arg or 40)))


def _fill_http(doc: Doc, arg: str | None) -> None:
    """{http} any status code, {http:err} a 4xx/5xx one."""
    pool = [c for c in HTTP_STATUSES if c >= "400"] if arg == "err" else HTTP_STATUSES
    doc.add(doc.rng.choice(pool))


def _fill_product(doc: Doc, arg: str | None) -> None:
    """{product:<category>} a brand name from PRODUCTS (any category if omitted)."""
    category = arg or doc.rng.choice(sorted(PRODUCTS))
    doc.add(doc.rng.choice(PRODUCTS[category]))


def _fill_relative(doc: Doc, arg: str | None) -> None:
    """{relative:future} / {relative:past}: relative time expressions (never labeled)."""
    doc.add(doc.rng.choice(RELATIVE_PAST if arg == "past" else RELATIVE_FUTURE))


def _fill_drug(doc: Doc, _arg: str | None) -> None:
    name, doses = doc.rng.choice(DRUGS)
    doc.add(f"{name} {doc.rng.choice(doses)} mg")


# fmt: off
FILLERS.update({
    # people (the argument is a role: {first:c} and {email:c} are the same person)
    "first": _fill_first, "last": _fill_last, "full": _fill_full, "titled": _fill_titled,
    "doctor": _fill_doctor, "person": _fill_person, "email": _fill_email, "sex": _fill_sex,
    "pronoun": _fill_pronoun, "poss": _fill_possessive, "kin": _fill_kin,
    # labeled values with variants
    "password": _fill_password, "dt": _fill_dt, "dob": _fill_dob, "address": _fill_address,
    "country": _fill_country, "location": _fill_location,
    # unlabeled values with variants
    "ts": _fill_ts, "num": _fill_num, "sha": _fill_sha, "drug": _fill_drug,
    "relative": _fill_relative, "product": _fill_product, "http": _fill_http,
})
for _name, _label, _gen in (
    ("phone", "PHONE_NUMBER", gen_phone), ("ssn", "US_SSN", gen_ssn),
    ("cc", "CREDIT_CARD", gen_credit_card), ("iban", "IBAN_CODE", gen_iban),
    ("ip", "IP_ADDRESS", gen_ip), ("ipv4", "IP_ADDRESS", gen_ipv4),
    ("ipv6", "IP_ADDRESS", gen_ipv6), ("city", "LOCATION", lambda r: r.choice(CITIES)),
    ("state", "LOCATION", lambda r: r.choice(STATES)), ("url", "URL", gen_url),
    ("repo_url", "URL", gen_repo_url), ("aws_console_url", "URL", gen_aws_console_url),
    ("mrn", "MEDICAL_RECORD_NUMBER", gen_mrn), ("hpn", "HEALTH_PLAN_NUMBER", gen_hpn),
    ("acct", "ACCOUNT_NUMBER", gen_account_number), ("dl", "DRIVER_LICENSE", gen_driver_license),
    ("aws_ak", "AWS_ACCESS_KEY", gen_aws_access_key),
    ("aws_sk", "AWS_SECRET_KEY", gen_aws_secret_key),
    ("gh", "GITHUB_TOKEN", gen_github_token), ("slack", "SLACK_TOKEN", gen_slack_token),
    ("stripe", "STRIPE_KEY", gen_stripe_key), ("jwt", "JWT", gen_jwt),
    ("private_key", "PRIVATE_KEY", gen_private_key), ("secret", "GENERIC_SECRET", gen_generic_secret),
):
    _labeled(_name, _label, _gen)

for _name, _gen in (
    ("uuid", gen_uuid), ("order", gen_order), ("version", gen_version),
    ("bad_card", gen_bad_card), ("bad_ssn", gen_bad_ssn), ("dep_pin", gen_dep_pin),
    ("ticket", gen_ticket), ("filesize", gen_filesize), ("price", gen_price),
    ("placeholder", gen_placeholder), ("lowcfg", gen_lowcfg),
    ("liquor", lambda r: r.choice(LIQUORS)),
    ("facility", lambda r: r.choice(FACILITIES)), ("condition", lambda r: r.choice(CONDITIONS)),
    ("complaint", lambda r: r.choice(COMPLAINTS)), ("device", lambda r: r.choice(DEVICES)),
    ("pkg", lambda r: r.choice(PACKAGES)),
    ("service", lambda r: r.choice(SERVICES)), ("room", lambda r: r.choice(ROOMS)),
    ("path", lambda r: r.choice(PATHS)),
    ("port", lambda r: str(r.choice((22, 80, 443, 3000, 5432, 6379, 8080, 8443, 9092, 27017)))),
    ("pct", lambda r: f"{r.choice((r.randint(1, 100), round(r.uniform(0.1, 99.9), 1)))}%"),
    ("ms", lambda r: str(r.randint(2, 4800))),
    ("hex_color", lambda r: "#" + r.choice((gen_sha(r, 6), gen_sha(r, 3).upper(), gen_sha(r, 6).upper()))),
    ("bp", lambda r: f"{r.randint(98, 168)}/{r.randint(58, 98)}"),
    ("emp_id", lambda r: f"E-{r.randint(10000, 99999)}"),
    ("level", lambda r: r.choices(("INFO", "WARN", "ERROR", "DEBUG"), weights=(50, 20, 15, 15))[0]),
):
    _plain(_name, _gen)
# fmt: on


# --------------------------------------------------------------------------------------
# Domain templates
# --------------------------------------------------------------------------------------
# Each "PII" template always yields at least one entity; each "NEUTRAL" template yields
# none (only hard negatives). Weighted entries are (template, weight).

Pool = Sequence[str | tuple[str, float]]


def _pick(rng: Rng, pool: Pool, k: int = 1) -> list[str]:
    """Pick k distinct templates from a (possibly weighted) pool."""
    items = [e if isinstance(e, str) else e[0] for e in pool]
    weights = [1.0 if isinstance(e, str) else e[1] for e in pool]
    chosen: list[str] = []
    for _ in range(k * 4):
        t = rng.choices(items, weights=weights)[0]
        if t not in chosen:
            chosen.append(t)
            if len(chosen) == k:
                break
    return chosen


# fmt: off
# --- support_chat -----------------------------------------------------------------------

CHAT_CUSTOMER_PII: Pool = (
    "[[Hi|Hello|Hey there|hi]], [[my name is|this is|I'm]] {full:c} and I [[can't log in|can't access my account|keep getting logged out]][[.| again.|!]]",
    "[[My email is|The email on the account is|I signed up with]] {email:c}[[.|, can you check?| if that helps.]]",
    "[[You can reach me at|My phone number is|Call me back on|my cell is]] {phone}[[.| anytime after 5.| please]]",
    "I was charged twice on my card {cc} for order {order}[[.|!!|, please refund one of them.]]",
    "[[I moved to|We just relocated to|I'm now based in]] {location} [[recently|in the spring|a few weeks ago]], please update my shipping address to {address}.",
    ("Here's my config, [[it keeps failing|the upload still fails|boto keeps throwing AccessDenied]]:\n[default]\naws_access_key_id = {aws_ak}\naws_secret_access_key = {aws_sk}\nregion = us-east-1", 1.5),
    "[[For verification|To verify my identity|For the loan application]], my SSN is {ssn}.",
    "I reset it twice but [[password={password}|my password {password}|Password: {password}]] [[still doesn't work|gets rejected|says invalid]].",
    "[[It says|I get]] HTTP {http:err} when I go to {url}[[.| on my phone.| — any idea?]]",
    "I booked [[a call|an appointment|the installation]] for {dt} but never got a confirmation at {email:c}.",
    "[[My account number is |Acct #|account no. ]]{acct} and the [[transfer|wire|direct deposit]] of {price} never showed up.",
    "Please send the invoice to {full:c}, {address}.",
    "ship it to:\n{full:c}\n{address:block}",
    "My {kin:f} {full:f} is also on the account, [[their|the]] number is {phone}.",
    ("We're getting 401s from your API with this key: {stripe} — is it revoked?", 1.2),
    ("here's the .env from our server:\nSLACK_BOT_TOKEN={slack}\nGITHUB_TOKEN={gh}\n[[API_KEY|SERVICE_SECRET]]={secret}\n{lowcfg}", 1.5),
    "can u refund to IBAN {iban} instead? [[thx|thanks|ty]]",
    "[[my|My]] DOB is {dob} if you need it",
    "Our office IP is {ip}, can you whitelist it? We're hitting {http:err} errors.",
    ("[[Oops|Ugh|sorry]], I pasted our deploy key by mistake, please delete this:\n{private_key}", 0.6),
    "{first:a} [[said|told me]] [[yesterday|last week]] the refund would go through for order {order}.",
    "The driver's license I uploaded is {dl}, why was it rejected?",
    ("The session token in my browser is {jwt}, does that help you debug?", 0.8),
    "I'm in {city} [[this week|until Friday|for work]] so the {phone} number won't pick up.",
    "Name on the card is {full:c} and the billing zip is the one at {address}.",
    "[[Hi|hello]] it's {first:c} again, [[any update|did you get my email]]?",
)
CHAT_CUSTOMER_NEUTRAL: Pool = (
    "[[The app|Your app|It]] crashes on {version} every time I open [[it|settings]].",
    "Order {order} still hasn't shipped and it's been [[a week|ten days|forever]].",
    "Ticket {ticket} is still open, any update?",
    "I'm on a {device} and the page loads to like {pct} then stops.",
    "I asked {product:assistant} to reorder and it used the wrong address[[.|??|!]]",
    "The {product:car} app won't pair with my account since {version}.",
    "Your invoices render in {product:font} font and the PDF is {filesize}, can you fix that?",
    "The download stops at {filesize} every time, is there a size limit?",
    "[[Error code|I keep getting]] {http:err} again[[.|!|...]] I'll try again {relative:future}.",
    "The gift card {bad_card} isn't working at checkout.",
    "[[My|The]] tracking number is {bad_card} but the carrier says it doesn't exist.",
    "Password reset emails aren't arriving[[ — is there an outage|, is something down]]?",
    "I already set {placeholder} in the config like the docs say but it still fails.",
    "We upgraded to {dep_pin} and now the build fails with {http:err}.",
    "Your checkout page shows the total as {price} but I was charged {price}.",
    "The theme color {hex_color} isn't applying on mobile.",
    "The claim form shows reference {bad_ssn}, is that right?",
    "Does the {product:software} integration support {version} yet?",
    "i tried it {relative:past} and it [[still|just]] spins",
    "It worked fine until the update {relative:past}, now I get {http:err}.",
)
CHAT_AGENT_PII: Pool = (
    "Thanks, {first:c}! [[I've escalated this to|I'm looping in|I've assigned this to]] {full:a} on our [[billing|security|tier 2]] team.",
    "I've updated your phone number to {phone} and your address to {address}.",
    "[[Sorry about that|Apologies|Thanks for your patience]], {first:c}. Your ticket is {ticket}.",
    "Hi {first:c}, this is {first:a} from support. [[How can I help?|What seems to be the problem?]]",
    "I see a login from {ip} on {dt}, was that you?",
    "I've sent a reset link to {email:c}; it expires {relative:future}.",
    "Our manager, {titled:m}, approved a one-time credit of {price}.",
    "For security, can you confirm your date of birth? We have {dob} on file.",
    "{first:c}, please rotate that key right away — I can still see {aws_ak} in your message.",
    "I've scheduled a callback for {dt} at {phone}.",
)
CHAT_AGENT_NEUTRAL: Pool = (
    "Could you confirm the last four digits of the card on file?",
    "I've escalated ticket {ticket} to engineering; we'll update you {relative:future}.",
    "Please try clearing your cache and updating to {version}.",
    "For your security, please never share passwords in chat.",
    "Looks like a known issue with the {product:software} integration; the fix ships in {version}.",
    "I can see order {order} was refunded ({price}); it should post in 3-5 business days.",
    "Is there anything else I can help with today?",
    "I've masked the value you pasted, it now shows {placeholder} on our side.",
    "Our status page shows degraded performance for the {service} service.",
)


# --- clinical_note --------------------------------------------------------------------------

NOTE_HEADERS = ("Progress Note", "ED Triage Note", "Discharge Summary", "SOAP Note",
                "Nursing Note", "H&P", "Telehealth Visit", "Clinic Note")
NOTE_PII: Pool = (
    "Pt {full:p} (MRN: {mrn}) [[admitted|seen|evaluated]] on {dt} for {condition}.",
    "[[DOB|D.O.B.|Date of birth]]: {dob}. [[Member ID|Insurance ID|Policy #]]: {hpn}.",
    "[[Referred by|Seen by|Consulted]] {doctor:d} [[at|from]] {facility} in {city}.",
    "Contact {kin:r} {full:r} at {phone} [[with results|for updates|re: discharge]].",
    "Home address: {address}.",
    "Discharged on {dt} in stable condition; f/u with {doctor:d} {relative:future}.",
    "Next appointment: {dt}.",
    "Pt reports recent travel to {country} [[2 weeks ago|last month|over the holidays]].",
    "{titled:p} is a {num:19_94}-year-old {sex:p}, [[born|b.]] {dob}, presenting with {complaint}.",
    "Medical record number {mrn}; health plan id {hpn} verified with payer.",
    "Patient email {email:p} on file for portal access at {url}.",
    "SSN on file: {ssn}. [[Medicare MBI|Subscriber ID]] {hpn}.",
    "[[Discussed plan with|Called]] pt's {kin:r} {first:r} at {phone}.",
    "Transferred from {facility} ({city}) on {dt}.",
    "Pt {first:p} states {pronoun:p} lives [[alone|with family]] at {address}.",
    "{doctor:d} paged at {dt:time}; [[at bedside within 10 min|orders placed by phone]].",
    "{doctor:d} reviewed imaging on {dt}; no acute findings.",
    "Patient {full:p}, {num:19_94} y/o, DOB {dob}, MRN#{mrn}.",
    "Interpreter used for [[Spanish|Arabic|Hindi|Mandarin|Yoruba]]; pt moved from {country} {num:2_9} years ago.",
    "Visit completed via video; pt located in {state} at time of visit.",
    "MR# {mrn} | [[Member ID|Health plan ID]]: {hpn} | PCP: {doctor:d}",
)
NOTE_NEUTRAL: Pool = (
    "No known drug allergies.",
    "Denies chest pain, SOB, fever or chills.",
    "Vitals: BP {bp}, HR {num:52_118}, T {num:97_101}.{num:0_9}F, SpO2 {num:90_100}%.",
    "Labs: HbA1c {num:5_11}.{num:0_9}%, LDL {num:60_190} mg/dL, creatinine 0.{num:6_9} mg/dL.",
    "Started {drug} [[BID|daily|TID|PRN]]; follow up {relative:future}.",
    "Pt reports drinking {liquor} [[most evenings|on weekends|socially]] and smokes [[1/2 ppd|occasionally|no tobacco]].",
    "Uses {product:assistant} reminders for medications.",
    "Assessment: {condition}, [[stable|improving|worsening]].",
    "Plan: continue current regimen, repeat labs {relative:future}.",
    "Wound clean, dry and intact. Dressing changed.",
    "Imaging uploaded to PACS, study {uuid}.",
    "Pain {num:0_10}/10, [[improved|unchanged]] since last night.",
    "Lab order {order} placed for CBC and BMP.",
    "Pt ambulating independently; fall risk low.",
    "Weight {num:48_130} kg, BMI {num:18_41}.{num:0_9}.",
    "Glucose log reviewed; fasting values mostly under 130.",
    "Reviewed discharge instructions; pt verbalized understanding.",
)


# --- hr_email -------------------------------------------------------------------------------

HR_SUBJECTS_NEUTRAL = ("Onboarding — next steps", "Payroll update", "Re: benefits enrollment",
                       "Relocation", "[Action required] I-9 documents", "Reminder",
                       "Fwd: policy update", "Open enrollment")
HR_GREETING_PII: Pool = ("Hi {first:e},", "Dear {titled:e},", "Hello {full:e},", "{first:e} —",
                         "Hi {first:e} and {first:m},")
HR_GREETING_NEUTRAL: Pool = ("Hi team,", "Hello all,", "Hi everyone,", "Team —", "Hi,")
HR_CLOSING_PII: Pool = ("Thanks,\n{full:h}", "Best regards,\n{first:h}\nPeople Operations",
                        "— {first:h} ({email:h})", "Cheers,\n{full:h}\nHR Business Partner")
HR_CLOSING_NEUTRAL: Pool = ("Thanks,\nPeople Ops", "Best,\nHR Team", "Cheers,\nThe Talent team",
                            "Thanks!")
HR_PII: Pool = (
    "Welcome aboard, {first:e}! Your start date is {dt}.",
    "For payroll, we have your SSN as {ssn} and direct deposit going to account number {acct}.",
    "Your bank details are on file: IBAN {iban}.",
    "Your emergency contact is listed as {full:x}, {phone}.",
    "{full:e} will be relocating to {city} effective {dt}.",
    "Please find attached the offer letter for {full:e} (DOB {dob}).",
    ("Your temporary password is {password}; you'll be asked to change it at first login.", 0.4),
    "Benefits enrollment is complete: health plan id {hpn}.",
    "We received a copy of your driver's license ({dl}) for the I-9.",
    "Reach out to {titled:h} in HR at {email:h} or {phone} with questions.",
    "Mailing address on file:\n{address:block}",
    "{full:e}'s last day will be {dt}; please collect the {device}.",
    "Please update {first:e}'s personal email to {email:e}.",
    "The interview with {full:c} is scheduled for {dt} with {full:h} and {full:m}.",
    "Per the census file, {full:e} was born on {dob}, so the dependent age-out applies.",
    "The visa paperwork lists {country} as country of citizenship and {address} as the home address.",
    ("VPN pre-shared key for the new laptop: {secret} (please don't forward).", 0.25),
    "Reimbursement of {price} was sent to acct #{acct}.",
    "{first:e} will be working remotely from {location} [[through the end of the month|for two weeks]].",
    "Background check for {full:c} came back clear; SSN {ssn} verified.",
    "You can reach {first:m} directly at {phone}.",
)
HR_NEUTRAL: Pool = (
    "Reminder: timesheets are due {relative:future}.",
    "Open enrollment closes {relative:future}; see the benefits portal for details.",
    "The all-hands has moved to the {room} room.",
    "Please complete the security training ({ticket}) by end of week.",
    "Laptops will be upgraded to the {device} with VPN client {version}.",
    "The 401(k) match increases to {pct} starting next quarter.",
    "Expense reports over {price} need director approval.",
    "Per policy, password_policy=strict now applies to all HR systems.",
    "The new handbook ({filesize} PDF) is on the intranet.",
    "Parking passes are ready for pickup tomorrow.",
    "Payroll runs {relative:future}; direct deposits should land the following day.",
    "Please don't reply-all; use ticket {ticket} for questions.",
    "Our headcount plan assumes {pct} attrition.",
    "Please return loaner {device} laptops to IT {relative:future}.",
    "Please don't dictate confidential notes to {product:assistant}.",
    "The Friday social is catered by {product:food} this month.",
    "Brand guidelines: use the {product:font} font and {hex_color} for headings.",
)


# --- log ---------------------------------------------------------------------------------

LOG_PII: Pool = (
    "user login ok user={email} ip={ip}",
    "payment declined card={cc} amount={num:5_900}.00 order={order}",
    "loaded config AWS_ACCESS_KEY_ID={aws_ak} region=us-east-1",
    "s3 client init aws_secret_access_key={aws_sk} profile=default",
    "outgoing request Authorization: Bearer {jwt}",
    "git fetch failed: token {gh} lacks scope repo (exit 128)",
    "slack notify failed token={slack} channel=#deploys status=403",
    "using STRIPE_SECRET_KEY={stripe} mode=live",
    "db connect postgres://app:{password:url}@db.internal:{port}/prod timeout=30",
    "user {full:u} (id={uuid}) updated phone to {phone}",
    "GET {url} {http} {ms}ms",
    "blocked login attempt from {ip} for {email} (5 failures)",
    "oauth token request client_id=web-frontend client_secret={secret} grant_type=client_credentials",
    ("DEBUG loaded signing key:\n{private_key}", 0.7),
    "sending receipt to {email} for order {order}",
    'kyc check passed name="{full}" dob={dob} ssn={ssn}',
    "sshd: Accepted publickey for deploy from {ipv4} port {num:30000_65000} ssh2",
    "webhook from {ipv6} rejected: signature mismatch",
    "payout export iban={iban} batch={uuid} rows=1",
    "auth failure password={password} rejected for user {email}",
    "api_key={secret} quota exceeded ({pct} of daily limit)",
    "session created for {email} token={jwt}",
    "patient lookup mrn={mrn} by {email}",
    "address verification ok: {address}",
    "ach transfer queued account_number={acct} amount={price}",
    "GITHUB_TOKEN={gh} exported for runner",
    "new signup name={first} country={country:bare} phone={phone}",
    "connection from {ipv4}:{port} closed after {ms}ms",
)
LOG_NEUTRAL: Pool = (
    "request_id={uuid} latency={ms}ms status={http}",
    "deployed build {sha:7} version {version}",
    "config: {lowcfg}",
    "{placeholder} not set, falling back to defaults",
    "GC pause {ms}ms heap={filesize}",
    "listening on port {port}",
    "upstream timed out (110: Connection timed out) while reading response header",
    "commit {sha:40} merged into main by ci-bot",
    "installed {dep_pin} {dep_pin}",
    "disk usage {pct} on /dev/sda1",
    "retrying job {uuid} in {num:1_60}s (attempt {num:2_5}/5)",
    "cache hit ratio {pct}, evicted {num:10_9000} keys",
    "health check {http} from lb in {ms}ms",
    "reading {path} ({filesize})",
    "processed order {order} total={price}",
    "card check failed for {bad_card}: bad checksum",
    "Jenkins pipeline #{num:100_9999} finished: SUCCESS",
    "{product:software} worker booted in {ms}ms",
    "ticket {ticket} auto-closed after {num:3_30} days",
    "worker {uuid} heartbeat ok",
    "rejected test ssn {bad_ssn}: invalid area",
)
LOG_STYLES = ("iso", "py", "syslog", "time", "json", "apache")


# --- csv_row --------------------------------------------------------------------------------
# (header, row template); row templates always start a fresh set of people.

CSV_PII: tuple[tuple[str, str], ...] = (
    ("id,name,email,phone,city", "{num:1000_99999},{full},{email},{phone},{city}"),
    ("mrn,first_name,last_name,dob,member_id", "{mrn},{first:r},{last:r},{dob:csv},{hpn}"),
    ("emp_id,full_name,ssn,start_date,bank_account", "{emp_id},{full},{ssn},{dt:csv},{acct}"),
    ("txn_id,card_number,amount,currency,created_at",
     "{uuid},{cc},{num:5_900}.{num:10_99},[[USD|EUR|GBP]],{ts:iso}"),
    ("user_id,email,last_login_ip,created_at,plan", "{num:1_99999},{email},{ip},{ts:iso},[[free|pro|team]]"),
    ("order_id,recipient,address,phone,status", '{order},{full},"{address}",{phone},[[shipped|pending|delivered]]'),
    ("vendor,iban,amount,country", "[[Acme GmbH|Globex Ltd|Initech SARL|Umbrella BV]],{iban},{price},{country:bare}"),
    ("patient,appointment,provider,clinic", "{full},{dt:csv},{doctor},{facility}"),
    ("name,dl_number,state,dob", "{full},{dl},[[CA|IL|FL|NY|TX|WA]],{dob:csv}"),
    ("User name,Password,Access key ID,Secret access key,Console login link",
     "[[deploy-bot|ci-runner|svc-backup]],{password},{aws_ak},{aws_sk},{aws_console_url}"),
    ("first_name,last_name,company,email,country", "{first:r},{last:r},[[Contoso|Northwind|Hooli|Initech]],{email:r},{country:bare}"),
    ("name;phone;email", "{full:r};{phone};{email:r}"),
    ("claim_id,member_id,patient_name,service_date,amount", "CLM-{num:10000_99999},{hpn},{full},{dt:csv},{price}"),
    ("ts,ip,method,path,status,bytes", "{ts:iso},{ip},[[GET|POST|PUT]],/api/v1/[[users|orders|login]],{http},{num:120_90000}"),
    ("customer,account_number,balance", "{full},{acct},{num:0_90000}.{num:10_99}"),
    ("service,key_name,value,owner", "[[stripe|slack|github|internal-api]],[[api_key|token|secret]],{secret},{email}"),
    ("name\tdob\tssn", "{full}\t{dob:csv}\t{ssn}"),
    ("session_id,user,token,expires", "{uuid},{email},{jwt},{ts:iso}"),
    ("contact,phone,address", '{titled},{phone},"{address}"'),
)
CSV_NEUTRAL: tuple[tuple[str, str], ...] = (
    ("sku,product,version,price,qty", "SKU-{num:10000_99999},{product},{version},{price},{num:0_500}"),
    ("timestamp,cpu_pct,mem_mb,disk", "{ts:iso},{pct},{num:200_16000},{filesize}"),
    ("build_id,commit,branch,status,duration_s", "{num:1000_9999},{sha:7},[[main|develop|release/2.4]],[[passed|failed]],{num:30_900}"),
    ("package,version,license", "{pkg},{version},[[MIT|Apache-2.0|BSD-3-Clause]]"),
    ("ticket,status,priority,opened", "{ticket},[[open|closed|pending]],[[P1|P2|P3]],{ts:iso}"),
    ("color,hex,usage", "[[primary|accent|danger|muted]],{hex_color},[[buttons|links|alerts]]"),
    ("order,total,items,status", "{order},{price},{num:1_12},[[shipped|pending]]"),
    ("path,size,modified", "{path},{filesize},{ts:iso}"),
    ("key,value", "[[timeout|retries|mode|workers]],[[30|3|debug|4]]"),
)


# --- llm_prompt -------------------------------------------------------------------------------

PROMPT_WRAPS: tuple[tuple[str, str], ...] = (
    ('\n\n"""\n', '\n"""'), ("\n\n```\n", "\n```"), (":\n\n", ""), ("\n---\n", "\n---"),
    ("\n\n", ""), ("\n<data>\n", "\n</data>"),
)
PROMPT_PASTE_INSTRUCTIONS: dict[str, Pool] = {
    "support_chat": (
        "Summarize this support conversation in two bullet points",
        "Translate this chat to Spanish", "What is the customer actually asking for here?",
        "Rate the agent's tone in this transcript from 1-5",
    ),
    "hr_email": (
        "Can you rewrite this email to sound more professional?",
        "Make this email shorter and friendlier", "Turn this email into a checklist",
    ),
    "clinical_note": (
        "Extract all the dates and medications from the following note",
        "Rewrite this clinical note in plain language for the patient",
        "Draft a referral letter based on this note",
    ),
    "log": (
        "Why is this failing? Here are the logs", "Classify these log lines by severity",
        "Explain what happened in these logs", "Write a regex that would parse these lines",
    ),
    "csv_row": (
        "Convert this CSV to JSON", "Generate SQL INSERT statements for these rows",
        "Find duplicates in this data", "Turn this into a markdown table",
    ),
}
PROMPT_CODE_PII: Pool = (
    'Fix the bug in this script, it throws NoCredentialsError:\n\n```python\nimport boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="{aws_ak}",\n    aws_secret_access_key="{aws_sk}",\n)\n```',
    "Here's my .env, why can't my app connect to Slack?\n\nDATABASE_URL=postgres://app:{password:url}@localhost:5432/app\nSTRIPE_SECRET_KEY={stripe}\nSLACK_BOT_TOKEN={slack}\nDEBUG=true",
    'Convert this to TypeScript:\n\nconst octokit = new Octokit({ auth: "{gh}" });\nconst res = await octokit.request("GET /user");',
    "Is this YAML valid?\n\napi:\n  client_id: web-frontend\n  client_secret: {secret}\n  timeout: 30",
    'Why does this return {http:err}?\n\ncurl -H "Authorization: Bearer {jwt}" {url}',
    "What format is this key and how do I convert it to PEM?\n\n{private_key}",
    'Add error handling to this:\n\nconfig = {"db_password": "{password}", "api_key": "{secret}", "retries": 3}',
    "Write a docker-compose file using these values: POSTGRES_USER=app POSTGRES_PASSWORD={password} REDIS_URL=redis://cache:6379",
    "Decode this token for me and tell me when it expires: {jwt}",
    "My CI keeps failing, here's the step:\n\n- run: git clone {repo_url}\n  env:\n    GH_TOKEN: {gh}",
    'passwd "{password}" doesn\'t work with this mysql command, what am I doing wrong?',
    "Rotate this key in my terraform: access_key = \"{aws_ak}\" and tell me where else it might be used.",
)
PROMPT_DIRECT_PII: Pool = (
    "Write a polite follow-up to {full:c} ({email:c}) about their overdue invoice of {price}.",
    "My name is {full:c} and I live in {city}. Help me write a cover letter for a data analyst role.",
    "Check if this IBAN is correct: {iban}",
    "Draft a short bio for {full:c}, a nurse from {location} who joined {facility} on {dt}.",
    "Write a birthday message for my colleague {first:c}, born {dob}.",
    "Is {ssn} a valid SSN format? It's for my {kin:f} {first:f}.",
    "Format this as a shipping label:\n{full:c}\n{address:block}\nphone {phone}",
    "Can you tell me which bank this card belongs to: {cc}",
    "Remind me what to ask {titled:d} at my appointment on {dt}.",
    "Our server {ip} is getting scanned, write an iptables rule to block it.",
    "Summarize: {full:c} (MRN {mrn}) was seen by {doctor:d} for {condition}.",
    "Fill in this form for me: name {full:c}, DOB {dob}, driver's license {dl}, member ID {hpn}.",
    "Wire instructions: account number {acct}, beneficiary {full:c}. Does this look complete?",
    "Make this sound nicer: 'hey {first:c}, call me at {phone} asap'",
)
PROMPT_NEUTRAL: Pool = (
    "Explain the difference between {dep_pin} and {dep_pin}.",
    "Why does my {product:software} build fail with exit code 137?",
    "Write a regex that matches order numbers like {order}.",
    "What's a good hex color to pair with {hex_color}?",
    "How do I bump {pkg} from {version} to {version} without breaking things?",
    "What does HTTP {http:err} mean and how do I fix it behind nginx?",
    "Write a Python function that validates UUIDs like {uuid}.",
    "Why is my {placeholder} line not being picked up from the environment?",
    "Explain what {lowcfg} does in this config.",
    "Summarize the changes in commit {sha:40}.",
    "Convert {filesize} to bytes and explain the difference between MB and MiB.",
    "Is it safe to ship {version} to production {relative:future}?",
    "Write a SQL query to find orders over {price} placed {relative:past}.",
    "Why does {path} keep growing? It's at {filesize} already.",
    "Write a haiku about {product}.",
    "Write a product description for a {product:car} detailing kit.",
    "My card-like test number {bad_card} fails validation, why?",
)
# fmt: on


# --------------------------------------------------------------------------------------
# Domain composers: (doc, sentences, neutral) -> None
# --------------------------------------------------------------------------------------


def _body(rng: Rng, pii: Pool, neutral: Pool, k: int, no_entities: bool) -> list[str]:
    """k body templates; if entities are wanted, at least one PII template is included."""
    if no_entities:
        return _pick(rng, neutral, k)
    first = _pick(rng, pii)
    rest = _pick(rng, list(pii) + list(neutral), k - 1) if k > 1 else []
    picked = first + [t for t in rest if t not in first]
    rng.shuffle(picked)
    return picked


def _compose_support_chat(doc: Doc, k: int, no_entities: bool) -> None:
    rng = doc.rng
    doc.person_case_noise = 0.1
    shout = rng.random() < 0.05
    if rng.random() < 0.12:
        doc.case = str.lower
    if k == 1 or rng.random() < 0.25:  # a single message typed into a chat widget
        previous = ""
        for t in _body(rng, CHAT_CUSTOMER_PII, CHAT_CUSTOMER_NEUTRAL, min(k, 3), no_entities):
            if "\n" in previous:  # after a pasted block: a new line, no period
                doc.add("\n")
            elif previous:
                doc.end_sentence()
                doc.add(rng.choice((" ", "  ", "\n")))
            doc.render(t)
            previous = t
        return
    speakers = rng.choice(
        (
            ("Customer", "Agent"),
            ("User", "Support"),
            ("Me", "Rep"),
            ("customer", "agent"),
            ("{first:c}", "{first:a}"),
            ("Visitor", "{first:a}"),
        )
    )
    if no_entities and "{" in "".join(speakers):
        speakers = ("Customer", "Agent")
    cust = iter(_body(rng, CHAT_CUSTOMER_PII, CHAT_CUSTOMER_NEUTRAL, (k + 1) // 2, no_entities))
    agent_pool = (
        CHAT_AGENT_NEUTRAL if no_entities else list(CHAT_AGENT_PII) + list(CHAT_AGENT_NEUTRAL)
    )
    agents = iter(_pick(rng, agent_pool, k // 2))
    for turn in range(k):
        is_customer = turn % 2 == 0
        template = next(cust if is_customer else agents, None)
        if template is None:
            continue
        if turn:
            doc.add("\n")
        doc.render(speakers[0 if is_customer else 1])
        doc.add(": ")
        saved = doc.case
        if shout and is_customer:
            doc.case = str.upper
        doc.render(template)
        doc.case = saved


def _compose_clinical_note(doc: Doc, k: int, no_entities: bool) -> None:
    rng = doc.rng
    header = rng.random() < 0.45
    if header:
        doc.add(rng.choice(NOTE_HEADERS) + rng.choice((":\n", "\n", " — ")))
    soap = rng.random() < 0.2 and k >= 3
    sep = rng.choice((" ", " ", "\n"))
    for i, t in enumerate(_body(rng, NOTE_PII, NOTE_NEUTRAL, k, no_entities)):
        if i:
            doc.add("\n" if soap else sep)
        if soap:
            doc.add(("S: ", "O: ", "A: ", "P: ", "", "")[min(i, 5)])
        doc.render(t)


def _compose_hr_email(doc: Doc, k: int, no_entities: bool) -> None:
    rng = doc.rng
    if rng.random() < 0.4:
        doc.add("Subject: " + rng.choice(HR_SUBJECTS_NEUTRAL) + "\n\n")
    greeting_pool = HR_GREETING_NEUTRAL if no_entities or rng.random() < 0.3 else HR_GREETING_PII
    has_greeting = rng.random() < 0.85
    if has_greeting:
        doc.render(_pick(rng, greeting_pool)[0])
        doc.add("\n\n")
    body = _body(rng, HR_PII, HR_NEUTRAL, max(1, k - 1) if has_greeting else k, no_entities)
    for i, t in enumerate(body):
        if i:
            doc.add(rng.choice((" ", " ", "\n\n")))
        doc.render(t)
    if rng.random() < 0.7:
        doc.add("\n\n")
        closing_pool = HR_CLOSING_NEUTRAL if no_entities or rng.random() < 0.35 else HR_CLOSING_PII
        doc.render(_pick(rng, closing_pool)[0])


def _log_line(doc: Doc, style: str, message: str, service: str) -> None:
    rng = doc.rng
    level = rng.choices(("INFO", "WARN", "ERROR", "DEBUG"), weights=(50, 20, 15, 15))[0]
    if style == "iso":
        doc.add(f"{gen_timestamp(doc.tick(), 'iso')} {level} [{service}] ")
    elif style == "py":
        doc.add(f"{gen_timestamp(doc.tick(), 'py')} - app.{service} - {level} - ")
    elif style == "syslog":
        doc.add(
            f"{gen_timestamp(doc.tick(), 'syslog')} web-0{rng.randint(1, 4)} {service}[{rng.randint(300, 32000)}]: "
        )
    elif style == "time":
        doc.add(f"[{gen_timestamp(doc.tick(), 'time')}] {level:<5} ")
    elif "\n" not in message:  # json
        stamp = gen_timestamp(doc.tick(), "iso")
        doc.add(f'{{"ts":"{stamp}","level":"{level.lower()}","svc":"{service}","msg":"')
        doc.render(message.replace('"', "'"))
        doc.add('"}')
        return
    else:  # a JSON line cannot hold a multi-line value: fall back to an ISO line
        doc.add(f"{gen_timestamp(doc.tick(), 'iso')} {level} [{service}] ")
    doc.render(message)


def _compose_log(doc: Doc, k: int, no_entities: bool) -> None:
    rng = doc.rng
    style = rng.choices(LOG_STYLES, weights=(30, 20, 15, 10, 15, 10))[0]
    if style == "apache" and no_entities:
        style = "iso"
    service = rng.choice(SERVICES)
    if style == "apache":
        for i in range(k):
            if i:
                doc.add("\n")
            doc.render("{ip} - - [")
            doc.add(gen_timestamp(doc.tick(), "apache"))
            doc.render(
                '] "[[GET|POST|GET|PUT|DELETE]] /[[api/v2/users/{uuid}|login|static/app.{sha:7}.js|checkout?order={num:1000_99999}|healthz]] HTTP/1.1" {http} {num:0_90000}[[| "-" "Mozilla/5.0"| "-" "curl/8.4.0"]]'
            )
        return
    for i, t in enumerate(_body(rng, LOG_PII, LOG_NEUTRAL, k, no_entities)):
        if i:
            doc.add("\n")
        _log_line(doc, style, t, service)


def _compose_csv_row(doc: Doc, k: int, no_entities: bool) -> None:
    rng = doc.rng
    header, row = rng.choice(CSV_NEUTRAL if no_entities else CSV_PII)
    with_header = rng.random() < 0.7
    rows = k - 1 if with_header and k > 1 else k
    rows = min(rows, 5)
    if with_header:
        doc.add(header)
    for i in range(rows):
        if with_header or i:
            doc.add("\n")
        doc.people.clear()
        doc.render(row)


_PROMPT_SUBDOMAINS: dict[str, Callable[[Doc, int, bool], None]] = {}


def _compose_llm_prompt(doc: Doc, k: int, no_entities: bool) -> None:
    rng = doc.rng
    kind = rng.random()
    if kind < 0.45:  # instruction + pasted document from another domain
        sub = rng.choice(tuple(_PROMPT_SUBDOMAINS))
        instruction = _pick(rng, PROMPT_PASTE_INSTRUCTIONS[sub])[0]
        if rng.random() < 0.2:
            instruction = instruction[0].lower() + instruction[1:]
        before, after = rng.choice(PROMPT_WRAPS)
        if not instruction.endswith("?") and not before.startswith(":"):
            instruction += rng.choice(("", ".", ":"))
        doc.add(instruction)
        doc.add(before)
        saved = len(doc.segments)
        _PROMPT_SUBDOMAINS[sub](doc, max(1, k - 1), no_entities)
        if len(doc.segments) == saved:
            doc.add("(empty)")
        doc.case = None
        doc.add(after)
        return
    if no_entities:
        for i, t in enumerate(_pick(rng, PROMPT_NEUTRAL, min(k, 3))):
            if i:
                doc.add(rng.choice((" ", "\n", " Also: ")))
            doc.render(t)
        return
    pool = PROMPT_CODE_PII if kind < 0.75 else PROMPT_DIRECT_PII
    doc.render(_pick(rng, pool)[0])
    if k > 2 and rng.random() < 0.5:
        doc.add("\n\n" if pool is PROMPT_CODE_PII else rng.choice((" ", "\n\n")))
        doc.render(_pick(rng, PROMPT_NEUTRAL)[0])


_COMPOSERS: dict[str, Callable[[Doc, int, bool], None]] = {
    "support_chat": _compose_support_chat,
    "clinical_note": _compose_clinical_note,
    "hr_email": _compose_hr_email,
    "log": _compose_log,
    "csv_row": _compose_csv_row,
    "llm_prompt": _compose_llm_prompt,
}
_PROMPT_SUBDOMAINS.update({d: _COMPOSERS[d] for d in PROMPT_PASTE_INSTRUCTIONS})


def _all_templates() -> Iterator[str]:
    pools: list[Pool] = [
        CHAT_CUSTOMER_PII,
        CHAT_CUSTOMER_NEUTRAL,
        CHAT_AGENT_PII,
        CHAT_AGENT_NEUTRAL,
        NOTE_PII,
        NOTE_NEUTRAL,
        HR_GREETING_PII,
        HR_GREETING_NEUTRAL,
        HR_CLOSING_PII,
        HR_CLOSING_NEUTRAL,
        HR_PII,
        HR_NEUTRAL,
        LOG_PII,
        LOG_NEUTRAL,
        PROMPT_CODE_PII,
        PROMPT_DIRECT_PII,
        PROMPT_NEUTRAL,
    ]
    for pool in pools:
        for entry in pool:
            yield entry if isinstance(entry, str) else entry[0]
    for _header, row in CSV_PII + CSV_NEUTRAL:
        yield row


for _template in _all_templates():  # fail fast on a typo in a slot name or bracket
    _parse(_template)


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


def _domain_for(seed: int, index: int) -> str:
    block, offset = divmod(index, len(DOMAINS))
    order = list(DOMAINS)
    random.Random(f"veil-corpus:{seed}:block:{block}").shuffle(order)
    return order[offset]


def generate_one(index: int, seed: int = 0) -> dict[str, object]:
    """Build document number ``index`` of the corpus for ``seed``."""
    domain = _domain_for(seed, index)
    rng = random.Random(f"veil-corpus:{seed}:doc:{index}")
    no_entities = rng.random() < NO_ENTITY_RATE
    k = rng.choices(range(1, 7), weights=_SENTENCE_WEIGHTS)[0]
    doc = Doc(rng)
    doc.clock = _BASE_TIME + dt.timedelta(seconds=rng.randint(0, 2 * 365 * 86400))
    _COMPOSERS[domain](doc, k, no_entities)
    text, entities = doc.finish()
    return {"id": f"doc-{seed}-{index:06d}", "domain": domain, "text": text, "entities": entities}


def generate(n: int, seed: int = 0) -> Iterator[dict[str, object]]:
    """Yield ``n`` labeled documents; identical output for identical ``(n, seed)``."""
    if n < 0:
        raise ValueError("n must be >= 0")
    for index in range(n):
        yield generate_one(index, seed)


def write_jsonl(records: Iterator[dict[str, object]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=2000, help="number of documents (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--output", "-o", default="-", help="JSONL output path, '-' for stdout")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be >= 0")
    records = generate(args.n, args.seed)
    if args.output == "-":
        write_jsonl(records, sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            count = write_jsonl(records, fh)
        print(f"wrote {count} documents to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
