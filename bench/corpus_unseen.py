#!/usr/bin/env python3
"""Seeded, labeled synthetic corpus for PII / PHI / secret detection ("unseen" set).

Written independently of the other bench corpora so it can serve as an unseen
evaluation set.  Pure standard library; every document is generated from its own
``random.Random(f"{seed}-{index}")`` so output is deterministic for a given seed
and independent of ``PYTHONHASHSEED``.

API
---
``generate(n, seed=0)`` yields dicts::

    {"id": str, "domain": str, "text": str,
     "entities": [{"start": int, "end": int, "type": str}, ...]}

Offsets are half-open character offsets into ``text``; entities are sorted,
non-overlapping, and ``text[start:end]`` is exactly the labeled value.

CLI: ``python bench/corpus_unseen.py --n 1000 --seed 0 --output FILE.jsonl``
(``--output -`` writes to stdout).

Domains (round-robin, equal shares): telehealth_chat, travel_booking,
legal_intake, school_records, ci_logs, customer_export, voice_transcript.
Roughly 15% of documents contain no entities at all (hard negatives only).

Labeling conventions
--------------------
* PERSON: the name only; titles / honorifics / credentials (Dr., Ms., RN, MD)
  are excluded.  A first name or surname on its own is labeled too.  Airline
  style ``SURNAME/GIVEN`` and ``Surname, Given`` forms are one span.
  Brand, product and software names that resemble names are NOT labeled.
* LOCATION: standalone city / region / country names.  IATA airport codes,
  cloud regions and names embedded in a labeled ADDRESS are not separate spans.
* ADDRESS: one span for a full street address (number, street, unit, city,
  state / postcode when present).
* DATE_OF_BIRTH: a date in birth context (span = the date only).
  DATE_TIME: other absolute dates/times about people or events (appointments,
  departures, incidents, deadlines).  Machine timestamps (log lines, chat and
  transcript stamps, ``created_at``-style record fields) and relative
  expressions ("in 2 days", "last week") are NOT labeled.
* PHONE_NUMBER (incl. fax), EMAIL_ADDRESS, URL (http/https and www.),
  IP_ADDRESS (v4 and v6, anywhere including logs).
* US_SSN: area not 000/666/9xx, group not 00, serial not 0000.  SSN-shaped
  numbers violating these rules appear as unlabeled hard negatives.
* CREDIT_CARD: Luhn-valid numbers only; Luhn-invalid 16-digit numbers are
  unlabeled hard negatives.  Expiry dates / CVVs / last-4 fragments unlabeled.
* IBAN_CODE: mod-97 valid (computed check digits), compact or grouped.
* MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER, ACCOUNT_NUMBER, DRIVER_LICENSE:
  the identifier only, never its context phrase.
* Secrets: AWS_ACCESS_KEY (AKIA/ASIA + 16), AWS_SECRET_KEY (40 chars, in
  context), GITHUB_TOKEN, SLACK_TOKEN, STRIPE_KEY, JWT, PRIVATE_KEY (whole PEM
  block from ``-----BEGIN`` through the closing ``-----END ...-----``, also when
  newlines are JSON-escaped), PASSWORD (value only), GENERIC_SECRET
  (high-entropy value after an api-key / secret / token-like key, value only).
* Unlabeled hard negatives: log timestamps, booking / flight / seat /
  confirmation / ticket codes, case and docket numbers, version strings, UUIDs,
  commit SHAs, Luhn-invalid 16-digit numbers, invalid SSN-shaped numbers,
  name-like brands, relative times, amounts, percentages, HTTP codes, student
  and order ids, low-entropy config values and placeholders (``changeme``,
  ``${VAR}``, ``<YOUR_KEY>``, ``***``).
"""

from __future__ import annotations

import argparse
import base64
import datetime as _dt
import json
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import IO, ClassVar, TypeVar

_T = TypeVar("_T")

__all__ = ["DOMAINS", "ENTITY_TYPES", "generate", "main"]

# ---------------------------------------------------------------------------
# Entity types
# ---------------------------------------------------------------------------
PERSON = "PERSON"
EMAIL = "EMAIL_ADDRESS"
PHONE = "PHONE_NUMBER"
SSN = "US_SSN"
CARD = "CREDIT_CARD"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"
DOB = "DATE_OF_BIRTH"
DATE = "DATE_TIME"
LOC = "LOCATION"
ADDR = "ADDRESS"
URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"
HPN = "HEALTH_PLAN_NUMBER"
ACCT = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"
AWS_AK = "AWS_ACCESS_KEY"
AWS_SK = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SLACK = "SLACK_TOKEN"
STRIPE = "STRIPE_KEY"
JWT = "JWT"
PEM = "PRIVATE_KEY"
PWD = "PASSWORD"
SECRET = "GENERIC_SECRET"

ENTITY_TYPES: tuple[str, ...] = (
    PERSON,
    EMAIL,
    PHONE,
    SSN,
    CARD,
    IBAN,
    IP,
    DOB,
    DATE,
    LOC,
    ADDR,
    URL,
    MRN,
    HPN,
    ACCT,
    DL,
    AWS_AK,
    AWS_SK,
    GH,
    SLACK,
    STRIPE,
    JWT,
    PEM,
    PWD,
    SECRET,
)

DOMAINS: tuple[str, ...] = (
    "telehealth_chat",
    "travel_booking",
    "legal_intake",
    "school_records",
    "ci_logs",
    "customer_export",
    "voice_transcript",
)

NO_ENTITY_RATE = 0.15


class _Raw(str):
    """A JSON literal (number / bool) emitted without quotes."""


Slot = str | tuple[str, str]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------
FIRST_NAMES: tuple[str, ...] = (
    # Ethiopian
    "Abebe",
    "Tigist",
    "Dawit",
    "Meseret",
    "Yonas",
    "Selamawit",
    "Bereket",
    "Hiwot",
    # Filipino
    "Maricel",
    "Jericho",
    "Rowena",
    "Dindo",
    "Luzviminda",
    "Ramil",
    "Analyn",
    "Marites",
    # Turkish
    "Emre",
    "Zeynep",
    "Burak",
    "Elif",
    "Mert",
    "Ayşe",
    "Cem",
    "Gökhan",
    # Ukrainian
    "Oksana",
    "Taras",
    "Bohdan",
    "Halyna",
    "Mykola",
    "Iryna",
    "Yaroslav",
    "Solomiia",
    # Mexican
    "Ximena",
    "Joaquín",
    "Guadalupe",
    "Itzel",
    "Rodrigo",
    "Citlali",
    "Emiliano",
    "Marisol",
    # Japanese
    "Haruto",
    "Yui",
    "Sota",
    "Aoi",
    "Kenji",
    "Mio",
    "Daisuke",
    "Emiko",
    # Scottish
    "Callum",
    "Isla",
    "Fraser",
    "Morag",
    "Euan",
    "Ailsa",
    "Hamish",
    "Kirsty",
    # Ghanaian
    "Kwame",
    "Abena",
    "Kofi",
    "Akosua",
    "Yaw",
    "Efua",
    "Kwabena",
    "Ama",
    # Indonesian
    "Budi",
    "Sari",
    "Agus",
    "Dewi",
    "Wahyu",
    "Putri",
    "Rizky",
    "Indah",
    # Greek
    "Dimitris",
    "Eleni",
    "Giorgos",
    "Katerina",
    "Nikos",
    "Sofia",
    "Stavros",
    "Despina",
    # Hungarian
    "Bence",
    "Réka",
    "Levente",
    "Zsófia",
    "Gergely",
    "Eszter",
    "Balázs",
    "Anikó",
    # Nigerian
    "Chiamaka",
    "Tunde",
    "Ngozi",
    "Emeka",
    # Vietnamese
    "Thao",
    "Minh",
    "Linh",
    "Quang",
    # Indian
    "Priya",
    "Arjun",
    "Kavya",
    "Rohan",
    # Brazilian
    "Thiago",
    "Larissa",
    # Korean
    "Jisoo",
    "Minjun",
    "Seoyeon",
    # Polish
    "Agnieszka",
    "Wojciech",
    # Iranian
    "Shirin",
    "Dariush",
    # Somali
    "Hodan",
    "Abdirahman",
    # Irish
    "Siobhan",
    "Cillian",
    # Samoan
    "Malia",
    "Sione",
    # Finnish
    "Aino",
    "Eero",
    # Arabic
    "Yasmin",
    "Tariq",
    # Chinese
    "Wei",
    "Meiling",
)

LAST_NAMES: tuple[str, ...] = (
    "Tesfaye",
    "Gebremedhin",
    "Alemu",
    "Bekele",
    "Haile",
    "Wondimu",
    "Kebede",
    "Tadesse",
    "Dimaculangan",
    "Macaraeg",
    "Bautista",
    "Villanueva",
    "Dela Cruz",
    "Mangubat",
    "Panganiban",
    "Soriano",
    "Yilmaz",
    "Aydin",
    "Öztürk",
    "Kaya",
    "Çelik",
    "Demir",
    "Arslan",
    "Şahin",
    "Kovalenko",
    "Shevchenko",
    "Bondarenko",
    "Tkachenko",
    "Melnyk",
    "Kravchuk",
    "Lysenko",
    "Hrytsenko",
    "Zamora",
    "Olvera",
    "Ochoa",
    "Garza",
    "Huerta",
    "Castañeda",
    "Quintanilla",
    "Robles",
    "Takahashi",
    "Nakamura",
    "Yamaguchi",
    "Fujimoto",
    "Ishikawa",
    "Matsuda",
    "Ogawa",
    "Hayashi",
    "MacLeod",
    "MacKinnon",
    "Drummond",
    "Campbell",
    "Murray",
    "Sinclair",
    "Buchanan",
    "Gillespie",
    "Mensah",
    "Owusu",
    "Boateng",
    "Asante",
    "Appiah",
    "Osei",
    "Agyeman",
    "Darko",
    "Susanto",
    "Wibowo",
    "Hidayat",
    "Purnomo",
    "Setiawan",
    "Nugroho",
    "Halim",
    "Kusuma",
    "Papadopoulos",
    "Konstantinou",
    "Georgiou",
    "Karagiannis",
    "Nikolaidis",
    "Vlachos",
    "Antonopoulos",
    "Dimitriou",
    "Nagy",
    "Kovács",
    "Szabó",
    "Tóth",
    "Horváth",
    "Varga",
    "Farkas",
    "Molnár",
    "Okafor",
    "Adeyemi",
    "Nwosu",
    "Balogun",
    "Nguyen",
    "Tran",
    "Pham",
    "Hoang",
    "Raghunathan",
    "Iyer",
    "Chatterjee",
    "Malhotra",
    "Carvalho",
    "Albuquerque",
    "Park",
    "Jeong",
    "Kang",
    "Wiśniewski",
    "Kaczmarek",
    "Farahani",
    "Tehrani",
    "Warsame",
    "Hassan",
    "O'Sullivan",
    "Gallagher",
    "Tuilagi",
    "Faleolo",
    "Virtanen",
    "Mäkelä",
    "Haddad",
    "Al-Masri",
    "Zhou",
    "Lin",
    "Quispe",
    "Mamani",
)

# (city, state abbreviation, zip prefix, state name)
US_CITIES: tuple[tuple[str, str, str, str], ...] = (
    ("Duluth", "MN", "558", "Minnesota"),
    ("Tacoma", "WA", "984", "Washington"),
    ("Boise", "ID", "837", "Idaho"),
    ("Albuquerque", "NM", "871", "New Mexico"),
    ("Savannah", "GA", "314", "Georgia"),
    ("Dayton", "OH", "454", "Ohio"),
    ("Fresno", "CA", "937", "California"),
    ("Lowell", "MA", "018", "Massachusetts"),
    ("Tulsa", "OK", "741", "Oklahoma"),
    ("Spokane", "WA", "992", "Washington"),
    ("El Paso", "TX", "799", "Texas"),
    ("Knoxville", "TN", "379", "Tennessee"),
    ("Madison", "WI", "537", "Wisconsin"),
    ("Providence", "RI", "029", "Rhode Island"),
    ("Anchorage", "AK", "995", "Alaska"),
    ("Omaha", "NE", "681", "Nebraska"),
    ("Paterson", "NJ", "075", "New Jersey"),
    ("Hialeah", "FL", "330", "Florida"),
    ("Sioux Falls", "SD", "571", "South Dakota"),
    ("Reno", "NV", "895", "Nevada"),
    ("Lansing", "MI", "489", "Michigan"),
    ("Allentown", "PA", "181", "Pennsylvania"),
    ("Yonkers", "NY", "107", "New York"),
    ("Rockford", "IL", "611", "Illinois"),
)

STREETS: tuple[str, ...] = (
    "Larkspur",
    "Juniper",
    "Quarry",
    "Old Mill",
    "Cedar Hollow",
    "Tamarack",
    "Kingfisher",
    "Sorrel",
    "Pinecrest",
    "Riverbend",
    "Magnolia",
    "Copperfield",
    "Heron",
    "Wexford",
    "Alder",
    "Bramble",
    "Orchard",
    "Foxglove",
    "Sycamore",
    "Willowbrook",
    "Basswood",
    "Marigold",
    "Stonegate",
    "Thistle",
    "Harbor View",
    "Lantern Hill",
)
STREET_SUFFIXES: tuple[str, ...] = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Blvd",
    "Rd",
    "Road",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Way",
    "Ct",
    "Terrace",
    "Pl",
)

INTL_CITIES: tuple[str, ...] = (
    "Addis Ababa",
    "Cebu City",
    "Izmir",
    "Lviv",
    "Oaxaca",
    "Sapporo",
    "Inverness",
    "Kumasi",
    "Yogyakarta",
    "Thessaloniki",
    "Debrecen",
    "Lagos",
    "Da Nang",
    "Pune",
    "Recife",
    "Busan",
    "Gdańsk",
    "Tabriz",
    "Galway",
    "Apia",
    "Tampere",
    "Amman",
    "Chengdu",
    "Cusco",
    "Bahir Dar",
    "Davao",
    "Odesa",
    "Guadalajara",
    "Kanazawa",
    "Aberdeen",
    "Tamale",
    "Surabaya",
    "Patras",
    "Szeged",
    "Mombasa",
    "Porto",
)
US_CITY_NAMES: tuple[str, ...] = (
    "Tucson",
    "Milwaukee",
    "Baton Rouge",
    "Fort Wayne",
    "Chattanooga",
    "Eugene",
    "Cedar Rapids",
    "Wichita",
    "Bakersfield",
    "Pueblo",
)
REGIONS: tuple[str, ...] = (
    "Bavaria",
    "Patagonia",
    "Tuscany",
    "Ontario",
    "Queensland",
    "Mindanao",
    "Anatolia",
    "Transcarpathia",
    "Yucatán",
    "Hokkaido",
    "the Highlands",
    "Crete",
    "Bali",
    "Tigray",
)
COUNTRIES: tuple[str, ...] = (
    "Ethiopia",
    "the Philippines",
    "Turkey",
    "Ukraine",
    "Mexico",
    "Japan",
    "Scotland",
    "Ghana",
    "Indonesia",
    "Greece",
    "Hungary",
    "Portugal",
    "Kenya",
    "Peru",
    "Vietnam",
    "Nigeria",
    "South Korea",
    "Poland",
    "Iran",
    "Somalia",
    "Ireland",
    "Samoa",
    "Finland",
    "Jordan",
    "Brazil",
    "India",
)

# (city, IATA code)
AIRPORTS: tuple[tuple[str, str], ...] = (
    ("Addis Ababa", "ADD"),
    ("Manila", "MNL"),
    ("Istanbul", "IST"),
    ("Kyiv", "KBP"),
    ("Mexico City", "MEX"),
    ("Osaka", "KIX"),
    ("Edinburgh", "EDI"),
    ("Accra", "ACC"),
    ("Jakarta", "CGK"),
    ("Athens", "ATH"),
    ("Budapest", "BUD"),
    ("Lagos", "LOS"),
    ("Hanoi", "HAN"),
    ("Mumbai", "BOM"),
    ("São Paulo", "GRU"),
    ("Seoul", "ICN"),
    ("Warsaw", "WAW"),
    ("Dublin", "DUB"),
    ("Helsinki", "HEL"),
    ("Oslo", "OSL"),
    ("Copenhagen", "CPH"),
    ("Vienna", "VIE"),
    ("Lisbon", "LIS"),
    ("Denver", "DEN"),
    ("Chicago", "ORD"),
    ("Seattle", "SEA"),
    ("Toronto", "YYZ"),
    ("Nairobi", "NBO"),
    ("Denpasar", "DPS"),
    ("Cebu", "CEB"),
    ("Luxembourg", "LUX"),
    ("Tokyo", "HND"),
)

# Name-like brands, products and software (never labeled PERSON).
BRANDS: tuple[str, ...] = (
    "Wendy's",
    "Tim Hortons",
    "Dr Pepper",
    "Ben & Jerry's",
    "Casper",
    "Dell",
    "Ford",
    "Tesla",
    "Hilton",
    "Marriott",
    "Sephora",
    "Chanel",
    "Otis",
    "Mercedes",
    "Ferrari",
    "McDonald's",
    "Wells Fargo",
    "Charles Schwab",
    "Morgan Stanley",
    "Goldman Sachs",
    "Johnson & Johnson",
    "Dyson",
    "Boeing",
    "Walgreens",
    "Trader Joe's",
    "Kellogg's",
    "Louis Vuitton",
    "Tommy Hilfiger",
    "Ralph Lauren",
    "Estée Lauder",
    "Philips",
    "Bosch",
    "Miele",
    "Casio",
    "Honda",
    "Toyota",
    "Suzuki",
    "Hyatt",
    "Hertz",
)
SOFTWARE_NAMES: tuple[str, ...] = (
    "Jenkins",
    "Kafka",
    "Cassandra",
    "Ruby",
    "Hudson",
    "Alexa",
    "Siri",
    "Cortana",
    "Ansible",
    "Helm",
    "Grafana",
    "Sentry",
    "Celery",
)

HOTEL_BRANDS: tuple[str, ...] = (
    "Hilton Garden Inn",
    "Marriott Courtyard",
    "Hyatt Place",
    "Hampton Inn",
    "Four Seasons",
    "Best Western Plus",
    "Radisson Blu",
    "Holiday Inn Express",
)
CAR_BRANDS: tuple[str, ...] = ("Hertz", "Avis", "Enterprise", "Sixt", "Budget", "Europcar")
INSURERS: tuple[str, ...] = (
    "Bluepine Health Plan",
    "Cascadia Mutual",
    "Northstar Care Alliance",
    "Meridian Shield",
    "Great Lakes Health Co-op",
    "Sunmeadow Insurance",
)
CLINICS: tuple[str, ...] = (
    "Kestrel Virtual Care",
    "Bluepine Family Health",
    "Lakeshore Telehealth",
    "Harborview Community Clinic",
    "Oakridge Internal Medicine",
    "Sunmeadow Pediatrics",
)
PHARMACIES: tuple[str, ...] = (
    "Walgreens",
    "CVS Pharmacy",
    "Rite Aid",
    "Costco Pharmacy",
    "Kroger Pharmacy",
    "H-E-B Pharmacy",
)
FIRMS: tuple[str, ...] = (
    "Harborline Legal Group",
    "Northgate Law PLLC",
    "Cedar & Vale Attorneys",
    "Tidewater Legal Aid",
    "Summit Ridge Law Office",
    "Ironbridge Counsel LLP",
)
SCHOOLS: tuple[str, ...] = (
    "Eastbrook Middle School",
    "Willow Creek Elementary",
    "Riverside High School",
    "Lincoln Park Academy",
    "Maple Grove K-8",
    "North Ridge Charter School",
)
BANKS: tuple[str, ...] = (
    "Wells Fargo",
    "Chase",
    "Fifth Third",
    "Ally Bank",
    "Navy Federal",
    "Citizens Bank",
    "US Bank",
)
WORDS: tuple[str, ...] = (
    "harbor",
    "lantern",
    "copper",
    "maple",
    "thunder",
    "velvet",
    "orbit",
    "sparrow",
    "cobalt",
    "meadow",
    "falcon",
    "granite",
    "saffron",
    "willow",
    "pepper",
    "nimbus",
)
MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "icloud.com",
    "fastmail.com",
    "hotmail.co.uk",
    "gmx.de",
    "mail.com",
    "aol.com",
    "zoho.com",
    "yahoo.co.jp",
)
_MONTHS: tuple[str, ...] = (
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
_WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_B62 = string.ascii_letters + string.digits
_B64 = _B62 + "+/"
_HEX = "0123456789abcdef"
_B32U = string.ascii_uppercase + "234567"

# ---------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------


def luhn_valid(number: str) -> bool:
    """Return True when the digit string passes the Luhn checksum."""
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in string.digits:
        if luhn_valid(body + c):
            return c
    raise AssertionError("unreachable")


def iban_valid(iban: str) -> bool:
    """Return True when the IBAN passes the ISO 13616 mod-97 check."""
    s = iban.replace(" ", "")
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - num % 97:02d}"


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------


class _Gen:
    """Random value factory bound to a single document's RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # -- helpers -----------------------------------------------------------
    def pick(self, seq: Sequence[_T]) -> _T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        out = [self.r.choice(string.digits) for _ in range(n)]
        if first_nonzero and out:
            out[0] = self.r.choice("123456789")
        return "".join(out)

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def upper(self, n: int) -> str:
        return self.chars(string.ascii_uppercase, n)

    def entropic(self, alphabet: str, n: int) -> str:
        """Random string that mixes character classes (no long runs)."""
        groups = [
            grp
            for grp in (string.ascii_lowercase, string.ascii_uppercase, string.digits)
            if any(c in grp for c in alphabet)
        ]
        while True:
            s = self.chars(alphabet, n)
            if all(any(c in grp for c in s) for grp in groups):
                return s

    # -- people --------------------------------------------------------------
    def name(self) -> tuple[str, str]:
        return self.pick(FIRST_NAMES), self.pick(LAST_NAMES)

    def first(self) -> str:
        return self.pick(FIRST_NAMES)

    def last(self) -> str:
        return self.pick(LAST_NAMES)

    def full(self, first: str | None = None, last: str | None = None) -> str:
        f = first or self.first()
        la = last or self.last()
        if self.chance(0.1):
            return f"{f} {self.upper(1)}. {la}"
        return f"{f} {la}"

    def email(
        self, first: str | None = None, last: str | None = None, domain: str | None = None
    ) -> str:
        f = re.sub(r"[^a-z]", "", _ascii(first or self.first()).lower())
        la = re.sub(r"[^a-z]", "", _ascii(last or self.last()).lower())
        style = self.r.randrange(7)
        if style == 0:
            local = f"{f}.{la}"
        elif style == 1:
            local = f"{f[0]}{la}"
        elif style == 2:
            local = f"{f}_{la}{self.digits(2)}"
        elif style == 3:
            local = f"{f}{self.r.randint(1970, 2012)}"
        elif style == 4:
            local = f"{la}.{f[0]}"
        elif style == 5:
            local = f"{f}.{la[0]}{self.digits(3)}"
        else:
            local = f"{self.pick(WORDS)}.{f}"
        return f"{local}@{domain or self.pick(MAIL_DOMAINS)}"

    # -- phones --------------------------------------------------------------
    _US_AREAS: ClassVar[tuple[str, ...]] = (
        "205",
        "212",
        "213",
        "253",
        "267",
        "303",
        "305",
        "312",
        "314",
        "347",
        "402",
        "404",
        "412",
        "415",
        "503",
        "505",
        "512",
        "602",
        "612",
        "614",
        "617",
        "646",
        "702",
        "713",
        "720",
        "734",
        "757",
        "801",
        "808",
        "816",
        "907",
        "919",
        "971",
    )

    def _us_parts(self) -> tuple[str, str, str]:
        area = self.pick(self._US_AREAS)
        while True:
            exch = self.digits(3, first_nonzero=True)
            if exch[0] in "01" or exch[1:] == "11" or exch == "555":
                continue
            break
        return area, exch, self.digits(4)

    def phone_us(self) -> str:
        a, e, n = self._us_parts()
        style = self.r.randrange(6)
        return [
            f"({a}) {e}-{n}",
            f"{a}-{e}-{n}",
            f"{a}.{e}.{n}",
            f"+1 {a} {e} {n}",
            f"+1-{a}-{e}-{n}",
            f"({a}) {e}-{n}",
        ][style]

    def phone_intl(self) -> str:
        r, d = self.r, self.digits
        options: list[Callable[[], str]] = [
            lambda: f"+44 7{r.randint(4, 9)}{d(2)} {d(6)}",
            lambda: f"+44 20 {r.choice('378')}{d(3)} {d(4)}",
            lambda: f"07{r.choice(['911', '448', '825', '380'])} {d(6)}",
            lambda: f"+49 30 {d(8, True)}",
            lambda: f"+49 15{r.choice('179')} {d(7)}",
            lambda: f"+33 {r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+81 3-{d(4, True)}-{d(4)}",
            lambda: f"+81 90-{d(4, True)}-{d(4)}",
            lambda: f"+63 9{r.choice(['17', '18', '20', '27', '54', '66'])} {d(3)} {d(4)}",
            lambda: f"+90 5{r.choice(['32', '33', '42', '05', '55'])} {d(3)} {d(2)} {d(2)}",
            lambda: f"+380 {r.choice(['67', '50', '63', '93', '97'])} {d(3)} {d(2)} {d(2)}",
            lambda: f"+52 {r.choice(['55', '33', '81'])} {d(4, True)} {d(4)}",
            lambda: f"+233 {r.choice(['24', '20', '54', '55', '27'])} {d(3)} {d(4)}",
            lambda: f"+62 8{r.choice(['12', '13', '21', '57', '77'])}-{d(4)}-{d(4)}",
            lambda: f"+30 69{r.choice('3479')} {d(3)} {d(4)}",
            lambda: f"+36 {r.choice(['20', '30', '70'])} {d(3, True)} {d(4)}",
            lambda: f"+251 9{r.choice('1234')} {d(3)} {d(4)}",
            lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
            lambda: f"+91 9{d(4)} {d(5)}",
            lambda: f"+353 8{r.choice('3579')} {d(3)} {d(4)}",
            lambda: f"+47 {r.choice('49')}{d(2)} {d(2)} {d(3)}",
            lambda: f"+45 {r.randint(20, 99)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+358 4{r.choice('0145')} {d(3)} {d(4)}",
        ]
        return r.choice(options)()

    def phone(self, us_share: float = 0.6) -> str:
        return self.phone_us() if self.chance(us_share) else self.phone_intl()

    def phone_e164(self) -> str:
        if self.chance(0.55):
            a, e, n = self._us_parts()
            return f"+1{a}{e}{n}"
        while True:
            p = self.phone_intl()
            if p.startswith("+"):
                return "+" + re.sub(r"\D", "", p)

    # -- government / financial ids ------------------------------------------
    def ssn(self, style: int | None = None) -> str:
        area = self.r.randint(1, 899)
        while area == 666:
            area = self.r.randint(1, 899)
        group = self.r.randint(1, 99)
        serial = self.r.randint(1, 9999)
        if style is None:
            style = self.r.choices([0, 1, 2], weights=[7, 2, 1])[0]
        if style == 0:
            return f"{area:03d}-{group:02d}-{serial:04d}"
        if style == 1:
            return f"{area:03d} {group:02d} {serial:04d}"
        return f"{area:03d}{group:02d}{serial:04d}"

    def bad_ssn(self) -> str:
        kind = self.r.randrange(4)
        if kind == 0:
            area = f"9{self.digits(2)}"
        elif kind == 1:
            area = "000"
        elif kind == 2:
            area = "666"
        else:
            area = f"{self.r.randint(1, 899):03d}"
            return f"{area}-00-{self.r.randint(1, 9999):04d}"
        return f"{area}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def card(self, sep: str | None = None) -> str:
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
        if kind == "visa":
            prefix, length = "4", 16
        elif kind == "mc":
            prefix = str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))
            length = 16
        elif kind == "amex":
            prefix, length = r.choice(["34", "37"]), 15
        elif kind == "disc":
            prefix, length = r.choice(["6011", "65", "644", "649"]), 16
        else:
            prefix, length = str(r.randint(3528, 3589)), 16
        body = prefix + self.digits(length - 1 - len(prefix))
        num = body + _luhn_digit(body)
        if sep is None:
            sep = r.choice([" ", "-", "", " "])
        groups = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
        out, i = [], 0
        for g in groups:
            out.append(num[i : i + g])
            i += g
        return sep.join(out)

    def bad_card(self) -> str:
        body = self.r.choice("3456") + self.digits(14)
        good = int(_luhn_digit(body))
        bad = str((good + self.r.randint(1, 9)) % 10)
        num = body + bad
        if self.chance(0.5):
            return num
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))

    def iban(self, grouped: bool | None = None) -> str:
        r, d = self.r, self.digits
        country = r.choice(["AT", "DK", "FI", "NO", "LU", "GR", "BE", "IE", "PT", "PL"])
        if country == "AT":
            bban = d(5, True) + d(11)
        elif country == "DK":
            bban = d(4, True) + d(10)
        elif country == "FI":
            bban = d(14, True)
        elif country == "NO":
            bban = d(11, True)
        elif country == "LU":
            bban = d(3) + d(13)
        elif country == "GR":
            bban = d(7) + d(16)
        elif country == "BE":
            bban = d(12)
        elif country == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + d(6, True) + d(8)
        elif country == "PT":
            bban = "00" + d(19)
        else:
            bban = d(24, True)
        s = country + _iban_check(country, bban) + bban
        if grouped is None:
            grouped = self.chance(0.4)
        if grouped:
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s

    def bic(self) -> str:
        return (
            self.upper(4)
            + self.r.choice(["AT", "DK", "FI", "NO", "LU", "GR", "BE"])
            + self.chars(string.ascii_uppercase + string.digits, 2)
            + (self.upper(3) if self.chance(0.4) else "")
        )

    def mrn(self) -> str:
        style = self.r.randrange(5)
        if style == 0:
            return self.digits(8)
        if style == 1:
            return self.upper(2) + self.digits(7)
        if style == 2:
            return f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}"
        if style == 3:
            return "E" + self.digits(9)
        return f"{self.digits(2)}{self.upper(1)}{self.digits(6)}"

    def health_plan(self) -> str:
        style = self.r.randrange(5)
        if style == 0:
            return self.upper(3) + self.digits(9)
        if style == 1:
            return f"{self.upper(1)}{self.digits(4)} {self.digits(5)}"
        if style == 2:
            return f"H-{self.digits(8)}-{self.digits(2)}"
        if style == 3:
            return f"{self.upper(3)} {self.digits(3)} {self.digits(3)} {self.digits(3)}"
        return f"{self.digits(11, True)}{self.upper(1)}"

    def account(self) -> str:
        style = self.r.randrange(4)
        if style == 0:
            return self.digits(self.r.randint(10, 12), True)
        if style == 1:
            return f"{self.digits(4)}-{self.digits(6)}-{self.digits(3)}"
        if style == 2:
            return "00" + self.digits(8)
        return f"{self.digits(3)} {self.digits(4)} {self.digits(4)}"

    _DL_STATES: ClassVar[tuple[str, ...]] = (
        "CA",
        "WA",
        "TX",
        "FL",
        "NY",
        "IL",
        "PA",
        "MI",
        "NJ",
        "MN",
        "OH",
        "MA",
        "WI",
        "GA",
    )
    _STATE_NAMES: ClassVar[dict[str, str]] = {
        "CA": "California",
        "WA": "Washington",
        "TX": "Texas",
        "FL": "Florida",
        "NY": "New York",
        "IL": "Illinois",
        "PA": "Pennsylvania",
        "MI": "Michigan",
        "NJ": "New Jersey",
        "MN": "Minnesota",
        "OH": "Ohio",
        "MA": "Massachusetts",
        "WI": "Wisconsin",
        "GA": "Georgia",
    }

    def driver_license(self) -> tuple[str, str, str]:
        """Return (license id, state abbreviation, state name)."""
        st = self.pick(self._DL_STATES)
        d, u = self.digits, self.upper
        if st == "CA":
            v = u(1) + d(7)
        elif st == "WA":
            v = "WDL" + self.chars(string.ascii_uppercase + string.digits, 9)
        elif st in ("TX", "PA"):
            v = d(8, True) if st == "TX" or self.chance(0.5) else f"{d(2)} {d(3)} {d(3)}"
        elif st == "FL":
            v = f"{u(1)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}"
        elif st in ("NY", "GA"):
            v = d(9, True) if self.chance(0.6) else f"{d(3)} {d(3)} {d(3)}"
        elif st == "IL":
            v = f"{u(1)}{d(3)}-{d(4)}-{d(4)}"
        elif st == "MI":
            v = f"{u(1)} {d(3)} {d(3)} {d(3)} {d(3)}"
        elif st == "NJ":
            v = f"{u(1)}{d(4)} {d(5)} {d(5)}"
        elif st == "MN":
            v = u(1) + d(12)
        elif st == "OH":
            v = u(2) + d(6)
        elif st == "MA":
            v = "S" + d(8)
        else:
            v = f"{u(1)}{d(3)}-{d(4)}-{d(4)}-{d(2)}"
        return v, st, self._STATE_NAMES[st]

    # -- network -------------------------------------------------------------
    def ipv4(self, private: bool = False) -> str:
        r = self.r
        if private:
            kind = r.randrange(3)
            if kind == 0:
                return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
            if kind == 1:
                return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
            return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"
        first = r.choice(
            [
                23,
                31,
                45,
                62,
                73,
                81,
                89,
                98,
                104,
                141,
                152,
                176,
                185,
                193,
                203,
                212,
                68,
                24,
                99,
                151,
            ]
        )
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self) -> str:
        prefix = self.pick(
            [
                "2a02:c7f",
                "2600:1f18",
                "2607:f8b0",
                "2a01:4f8",
                "2001:67c",
                "2c0f:fb50",
                "2403:6200",
                "2a00:23c6",
            ]
        )

        def grp() -> str:
            return format(self.r.randint(1, 0xFFFF), "x")

        if self.chance(0.5):
            return prefix + ":" + ":".join(grp() for _ in range(6))
        return prefix + "::" + ":".join(grp() for _ in range(self.r.randint(1, 3)))

    def ip(self, v6_share: float = 0.2, private_share: float = 0.0) -> str:
        if self.chance(v6_share):
            return self.ipv6()
        return self.ipv4(private=self.chance(private_share))

    def url(self, hosts: Sequence[str] | None = None) -> str:
        host = self.pick(
            hosts
            or (
                "kestrelcare.org",
                "mybluepine.health",
                "travelwick.com",
                "harborline-legal.com",
                "eastbrook.k12.wa.us",
                "portal.sunmeadow.edu",
                "shop.lanternfox.io",
                "files.cedarvale.net",
                "go.northstarcare.com",
                "app.tidewaterlegal.org",
            )
        )
        path = self.pick(
            [
                "",
                "/",
                "/login",
                "/portal/messages",
                f"/v/{self.chars(_B62, 8)}",
                f"/r/{self.chars(_HEX, 10)}",
                f"/manage?ref={self.upper(6)}",
                f"/share/{self.chars(_B62, 12)}",
                "/account/settings",
                "/help/contact",
            ]
        )
        scheme = self.r.choices(["https://", "http://", "www."], weights=[7, 1, 2])[0]
        if scheme == "www." and host.count(".") > 1:
            scheme = "https://"
        return f"{scheme}{host}{path}"

    # -- dates ---------------------------------------------------------------
    def _date(self, y0: int, y1: int) -> _dt.date:
        start = _dt.date(y0, 1, 1).toordinal()
        end = _dt.date(y1, 12, 31).toordinal()
        return _dt.date.fromordinal(self.r.randint(start, end))

    def dob(self, y0: int = 1938, y1: int = 2004, spoken: bool = False) -> str:
        d = self._date(y0, y1)
        m, day, y = d.month, d.day, d.year
        month = _MONTHS[m - 1]
        style = self.r.choice([0, 2, 3, 5, 7]) if spoken else self.r.randrange(8)
        return [
            f"{m:02d}/{day:02d}/{y}",
            f"{y}-{m:02d}-{day:02d}",
            f"{month} {day}, {y}",
            f"{day} {month} {y}",
            f"{day:02d}.{m:02d}.{y}",
            f"{month[:3]} {day}, {y}",
            f"{day:02d}-{month[:3]}-{y}",
            f"{month} {_ordinal(day)}, {y}",
        ][style]

    def _time(self, twelve: bool | None = None) -> str:
        h = self.r.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18])
        mi = self.r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50])
        if twelve is None:
            twelve = self.chance(0.6)
        if not twelve:
            return f"{h:02d}:{mi:02d}"
        h12 = h % 12 or 12
        ampm = "AM" if h < 12 else "PM"
        style = self.r.randrange(4)
        if style == 0:
            return f"{h12}:{mi:02d} {ampm}"
        if style == 1:
            return f"{h12}:{mi:02d}{ampm.lower()}"
        if style == 2 and mi == 0:
            return f"{h12}{ampm.lower()}"
        return f"{h12}:{mi:02d} {ampm[0].lower()}.m."

    def when(self, spoken: bool = False) -> str:
        d = self._date(2024, 2026)
        wd, mon, day, y, m = _WEEKDAYS[d.weekday()], _MONTHS[d.month - 1], d.day, d.year, d.month
        style = self.r.choice([0, 3, 6, 7, 8]) if spoken else self.r.randrange(9)
        if style == 0:
            return f"{wd}, {mon} {day} at {self._time(True)}"
        if style == 1:
            return f"{m}/{day}/{y} at {self._time(True)}"
        if style == 2:
            return f"{day} {mon} {y}, {self._time(False)}"
        if style == 3:
            return f"{mon} {_ordinal(day)} at {self._time(True)}"
        if style == 4:
            return f"{y}-{m:02d}-{day:02d} {self._time(False)}"
        if style == 5:
            return f"{mon[:3]} {day}, {y}"
        if style == 6:
            return f"{wd} {day} {mon}"
        if style == 7:
            return f"{self._time(True)} on {wd}, {mon[:3]} {day}"
        return f"{mon} {day}, {y}"

    def date_only(self) -> str:
        d = self._date(2023, 2026)
        mon, day, y, m = _MONTHS[d.month - 1], d.day, d.year, d.month
        return self.pick(
            [
                f"{mon} {day}, {y}",
                f"{m}/{day}/{y}",
                f"{day} {mon} {y}",
                f"{mon[:3]} {day}, {y}",
                f"{y}-{m:02d}-{day:02d}",
            ]
        )

    # -- places --------------------------------------------------------------
    def city(self) -> str:
        return self.pick(INTL_CITIES) if self.chance(0.7) else self.pick(US_CITY_NAMES)

    def country(self) -> str:
        return self.pick(COUNTRIES)

    def location(self) -> str:
        k = self.r.random()
        if k < 0.55:
            return self.city()
        if k < 0.8:
            return self.country()
        return self.pick(REGIONS)

    def address_us(self, unit: bool | None = None) -> str:
        city, st, zp, _ = self.r.choice(US_CITIES)
        num = self.r.randint(1, 9899)
        street = f"{self.pick(STREETS)} {self.pick(STREET_SUFFIXES)}"
        if self.chance(0.15):
            street = f"{self.pick(['N', 'S', 'E', 'W'])} {street}"
        parts = [f"{num} {street}"]
        if unit is None:
            unit = self.chance(0.35)
        if unit:
            parts.append(
                self.pick(
                    [
                        f"Apt {self.r.randint(1, 40)}{self.pick('ABCD')}",
                        f"Unit {self.r.randint(1, 300)}",
                        f"Suite {self.r.randint(100, 900)}",
                        f"#{self.r.randint(2, 60)}",
                    ]
                )
            )
        zipc = zp + self.digits(2)
        if self.chance(0.2):
            zipc += "-" + self.digits(4)
        parts.append(city)
        tail = f"{st} {zipc}"
        return ", ".join(parts) + ", " + tail

    def address_intl(self) -> str:
        r, d = self.r, self.digits
        kind = r.randrange(9)
        if kind == 0:
            street = self.pick(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kalevantie"])
            city = self.pick(["Helsinki", "Tampere", "Turku", "Oulu"])
            return (
                f"{street} {r.randint(1, 90)} {self.pick('ABC')} {r.randint(1, 40)}, "
                f"{self.pick(['00', '33', '20', '90'])}{d(1)}{d(1)}0 {city}"
            )
        if kind == 1:
            pc = (
                f"{self.pick(['G', 'EH', 'AB', 'IV', 'DD'])}{r.randint(1, 20)} "
                f"{r.randint(1, 9)}{self.upper(2)}"
            )
            city = self.pick(["Glasgow", "Edinburgh", "Aberdeen", "Inverness", "Dundee"])
            num, street = r.randint(1, 220), self.pick(STREETS)
            kind_name = self.pick(["Road", "Crescent", "Gardens", "Street"])
            return f"{num} {street} {kind_name}, {city} {pc}"
        if kind == 2:
            street = self.pick(
                ["Ermou", "Tsimiski", "Egnatias", "Panepistimiou", "Agiou Dimitriou"]
            )
            city = self.pick(["Athina", "Thessaloniki", "Patra"])
            return f"{street} {r.randint(1, 180)}, {r.randint(100, 546)} {d(2)} {city}"
        if kind == 3:
            street = self.pick(["Andrássy út", "Váci utca", "Piac utca", "Kossuth Lajos utca"])
            city = self.pick(["Budapest", "Debrecen", "Szeged"])
            return f"{r.randint(1000, 6999)} {city}, {street} {r.randint(1, 120)}."
        if kind == 4:
            ward = self.pick(["Shibuya-ku", "Setagaya-ku", "Kita-ku", "Naka-ku"])
            town = self.pick(["Jingumae", "Sangenjaya", "Umeda", "Sakae"])
            city = self.pick(["Tokyo", "Osaka", "Nagoya"])
            return (
                f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {town}, {ward}, "
                f"{city} {d(3, True)}-{d(4)}"
            )
        if kind == 5:
            street = self.pick(
                ["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle Morelos"]
            )
            col = self.pick(["Actipan", "Centro", "Del Valle", "Roma Norte"])
            city = self.pick(["Ciudad de México", "Guadalajara", "Oaxaca de Juárez", "Puebla"])
            return f"{street} {r.randint(1, 2400)}, Col. {col}, {d(5, True)} {city}"
        if kind == 6:
            street = self.pick(["Mabini", "Rizal", "Bonifacio", "Luna"])
            brgy = self.pick(["San Roque", "Malanday", "Poblacion", "Lahug"])
            city = self.pick(["Marikina", "Cebu City", "Quezon City", "Davao City"])
            return f"{r.randint(1, 300)} {street} St., Brgy. {brgy}, {city} {d(4, True)}"
        if kind == 7:
            street = self.pick(["Storgata", "Kirkeveien", "Thereses gate", "Bygdøy allé"])
            city = self.pick(["Oslo", "Bergen", "Trondheim"])
            return f"{street} {r.randint(1, 140)}, {d(4, True)} {city}"
        prov, city = self.r.choice(
            [("ON", "Ottawa"), ("BC", "Victoria"), ("MB", "Winnipeg"), ("NS", "Halifax")]
        )
        pc = f"{self.upper(1)}{d(1)}{self.upper(1)} {d(1)}{self.upper(1)}{d(1)}"
        return (
            f"{r.randint(1, 9999)} {self.pick(STREETS)} "
            f"{self.pick(['Street', 'Avenue', 'Drive'])}, "
            f"{city}, {prov} {pc}"
        )

    def address(self, intl_share: float = 0.3) -> str:
        return self.address_intl() if self.chance(intl_share) else self.address_us()

    # -- secrets -------------------------------------------------------------
    def aws_access_key(self) -> str:
        return self.pick(["AKIA", "AKIA", "ASIA"]) + self.chars(_B32U, 16)

    def aws_secret_key(self) -> str:
        return self.entropic(_B64, 40)

    def github_token(self) -> str:
        if self.chance(0.25):
            return "github_pat_" + self.entropic(_B62, 22) + "_" + self.entropic(_B62, 59)
        return self.pick(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.entropic(_B62, 36)

    def slack_token(self) -> str:
        kind = self.r.randrange(3)
        if kind == 0:
            return f"xoxb-{self.digits(12, True)}-{self.digits(13, True)}-{self.entropic(_B62, 24)}"
        if kind == 1:
            return (
                f"xoxp-{self.digits(11, True)}-{self.digits(12, True)}-"
                f"{self.digits(13, True)}-{self.chars(_HEX, 32)}"
            )
        return (
            f"xapp-1-A{self.chars(string.ascii_uppercase + string.digits, 10)}-"
            f"{self.digits(13, True)}-{self.chars(_HEX, 64)}"
        )

    def stripe_key(self) -> str:
        prefix = self.pick(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
        return prefix + self.entropic(_B62, self.r.choice([24, 34, 99]))

    def jwt(self) -> str:
        alg = self.pick(["HS256", "RS256", "ES256"])
        header: dict[str, str] = {"alg": alg, "typ": "JWT"}
        if alg != "HS256" and self.chance(0.5):
            header["kid"] = self.chars(_HEX, 16)
        iat = self.r.randint(1_700_000_000, 1_790_000_000)
        payload: dict[str, object] = {
            "sub": self.pick(
                [self.uuid(), str(self.r.randint(1000, 999999)), "usr_" + self.chars(_B62, 10)]
            ),
            "iat": iat,
            "exp": iat + self.r.choice([900, 3600, 86400]),
        }
        if self.chance(0.6):
            payload["scope"] = self.pick(
                ["read:orders", "openid profile", "admin", "patients.read", "deploy"]
            )
        if self.chance(0.5):
            payload["iss"] = "https://auth." + self.pick(
                ["lanternfox.io", "kestrelcare.org", "travelwick.com"]
            )
        sig_len = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
        sig = bytes(self.r.getrandbits(8) for _ in range(sig_len))

        def enc(obj: dict[str, object] | dict[str, str]) -> str:
            return _b64url(json.dumps(obj, separators=(",", ":")).encode())

        return f"{enc(header)}.{enc(payload)}.{_b64url(sig)}"

    def private_key(self, newline: str = "\n") -> str:
        kind = self.r.randrange(4)
        if kind == 0:
            label, head, lines = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", self.r.randint(10, 25)
        elif kind == 1:
            label, head, lines = "EC PRIVATE KEY", "MHcCAQEEI", 3
        elif kind == 2:
            label, head, lines = (
                "OPENSSH PRIVATE KEY",
                "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                self.r.randint(5, 7),
            )
        else:
            label, head, lines = (
                "PRIVATE KEY",
                "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
                self.r.randint(10, 25),
            )
        width = 70 if kind == 2 else 64
        total = width * lines - self.r.randint(5, 40)
        total -= total % 4
        body = head + self.chars(_B64, total - len(head))
        if kind != 2 and self.chance(0.6):
            pad = self.r.choice([1, 2])
            body = body[:-pad] + "=" * pad
        rows = [body[i : i + width] for i in range(0, len(body), width)]
        return newline.join([f"-----BEGIN {label}-----", *rows, f"-----END {label}-----"])

    def password(self, url_safe: bool = False) -> str:
        syms = "-_.!*~" if url_safe else "!@#$%^&*-_+=?"
        style = self.r.randrange(5)
        if style == 0:
            return (
                self.pick(WORDS).capitalize() + self.digits(self.r.randint(2, 4)) + self.pick(syms)
            )
        if style == 1:
            while True:
                s = self.chars(_B62 + syms, self.r.randint(12, 20))
                if any(c in syms for c in s) and any(c.isdigit() for c in s):
                    return s
        if style == 2:
            return f"{self.pick(WORDS)}-{self.pick(WORDS).capitalize()}-{self.digits(2)}"
        if style == 3:
            return (
                re.sub(r"[^A-Za-z]", "", _ascii(self.first()))
                + str(self.r.randint(1960, 2020))
                + self.pick(syms)
            )
        return self.pick(WORDS)[:4] + self.pick(syms) + self.entropic(_B62, 8)

    def generic_secret(self) -> str:
        kind = self.r.randrange(8)
        if kind == 0:
            return self.chars(_HEX, 32)
        if kind == 1:
            return self.chars(_HEX, 64)
        if kind == 2:
            return self.entropic(_B62, self.r.randint(32, 48))
        if kind == 3:
            return f"SG.{self.entropic(_B62 + '-_', 22)}.{self.entropic(_B62 + '-_', 43)}"
        if kind == 4:
            return "key-" + self.chars(_HEX, 32)
        if kind == 5:
            return "AIza" + self.entropic(_B62 + "-_", 35)
        if kind == 6:
            return "npm_" + self.entropic(_B62, 36)
        return self.entropic(_B64, 43) + "="

    # -- hard negatives ------------------------------------------------------
    def uuid(self) -> str:
        def h(n: int) -> str:
            return self.chars(_HEX, n)

        return f"{h(8)}-{h(4)}-4{h(3)}-{self.pick('89ab')}{h(3)}-{h(12)}"

    def sha(self, short: bool = False) -> str:
        return self.chars(_HEX, 7 if short else 40)

    def pnr(self) -> str:
        return self.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)

    def flight(self) -> str:
        return (
            f"{self.pick(['TK', 'PR', 'LH', 'ET', 'NH', 'KL', 'AY', 'SK', 'GA', 'OA', 'UA', 'AS'])}"
            f"{self.pick([' ', ''])}{self.r.randint(12, 2999)}"
        )

    def seat(self) -> str:
        return f"{self.r.randint(1, 48)}{self.pick('ABCDEFHJK')}"

    def conf(self) -> str:
        return self.pick(
            [
                f"CNF-{self.digits(5)}-{self.upper(1)}",
                f"#{self.digits(8)}",
                f"{self.upper(3)}{self.digits(6)}",
                f"R{self.digits(4)}-{self.upper(4)}",
            ]
        )

    def ticket_no(self) -> str:
        return self.pick(["016", "235", "071", "057", "220"]) + self.digits(10)

    def docket(self) -> str:
        return self.pick(
            [
                f"{self.r.randint(1, 4)}:{self.r.randint(22, 25)}-cv-{self.digits(5)}",
                f"20{self.r.randint(22, 25)}-CV-{self.digits(6)}",
                f"{self.r.randint(22, 25)}-FA-{self.digits(4)}",
                f"{self.digits(6)}/20{self.r.randint(22, 25)}",
                f"CR-{self.r.randint(22, 25)}-{self.digits(5)}",
            ]
        )

    def version(self) -> str:
        a, b, c = self.r.randint(0, 24), self.r.randint(0, 40), self.r.randint(0, 30)
        return self.pick(
            [
                f"v{a}.{b}.{c}",
                f"{a}.{b}.{c}",
                f"{a}.{b}.{c}-rc.{self.r.randint(1, 5)}",
                f"{a}.{b}",
                f"v{a}.{b}.{c}+build.{self.digits(4)}",
            ]
        )

    def amount(self, cur: str | None = None) -> str:
        v = self.r.randint(5, 48000) + self.r.choice([0, 0.5, 0.99, 0.25, 0.1])
        cur = cur or self.pick(["$", "$", "USD ", "€", "EUR ", "£"])
        if cur == "€" and self.chance(0.5):
            return f"{v:,.2f} €".replace(",", " ").replace(".", ",")
        return f"{cur}{v:,.2f}"

    def pct(self) -> str:
        return self.pick(
            [f"{self.r.randint(1, 99)}%", f"{self.r.randint(1, 99)}.{self.digits(1)}%"]
        )

    def relative(self) -> str:
        n = self.r.randint(2, 14)
        return self.pick(
            [
                f"in {n} minutes",
                "tomorrow morning",
                "last week",
                f"{n} days ago",
                "next month",
                "later today",
                f"within {n} business days",
                "yesterday afternoon",
                f"in about {n} weeks",
                "end of day",
            ]
        )

    def placeholder(self) -> str:
        return self.pick(
            [
                "changeme",
                "<YOUR_API_KEY>",
                "${API_TOKEN}",
                "xxxxxxxxxxxxxxxx",
                "REPLACE_ME",
                "***",
                "********",
                "{{ secrets.DEPLOY_TOKEN }}",
                "<redacted>",
                "your-secret-here",
                "TODO",
                "${{ secrets.API_KEY }}",
                "AKIAXXXXXXXXXXXXXXXX",
                "sk_live_XXXXXXXXXXXXXXXX",
                "dummy",
            ]
        )

    def clock(self) -> str:
        h, m = self.r.randint(7, 21), self.r.randint(0, 59)
        return (
            f"{h:02d}:{m:02d}"
            if self.chance(0.5)
            else f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
        )

    def clocks(self, n: int) -> list[str]:
        t = self.r.randint(7 * 60, 19 * 60)
        twelve = self.chance(0.5)
        out = []
        for _ in range(n):
            h, m = divmod(t, 60)
            out.append(
                f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
                if twelve
                else f"{h:02d}:{m:02d}"
            )
            t += self.r.randint(0, 6)
        return out

    def order_no(self) -> str:
        return self.pick(
            [
                f"ORD-{self.digits(7)}",
                f"#{self.digits(3)}-{self.digits(4)}-{self.digits(3)}",
                f"INV-20{self.r.randint(22, 25)}-{self.digits(5)}",
            ]
        )


class _LogClock:
    """Monotonic machine timestamps for log-like documents (unlabeled)."""

    def __init__(self, g: _Gen) -> None:
        self.g = g
        d = g._date(2024, 2025)
        self.t = _dt.datetime(
            d.year,
            d.month,
            d.day,
            g.r.randint(0, 23),
            g.r.randint(0, 59),
            g.r.randint(0, 59),
            g.r.randint(0, 999_999),
        )
        self.style = g.r.randrange(4)

    def next(self) -> str:
        self.t += _dt.timedelta(milliseconds=self.g.r.randint(3, 4000))
        t = self.t
        if self.style == 0:
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z"
        if self.style == 1:
            return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        if self.style == 2:
            return t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
        return t.strftime("%b %d %H:%M:%S")


# ---------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------

_SLOT_RE = re.compile(r"⟦(\w+)⟧")
_DIGITY = {PHONE, SSN, CARD, ACCT, HPN, MRN, DL}
_SPOKEN_LOWER = {PERSON, LOC, EMAIL, URL, ADDR, DOB, DATE}


class _Builder:
    """Accumulates text and entity spans; optional speech-to-text styling."""

    def __init__(self, mode: str = "plain") -> None:
        self.mode = mode
        self.parts: list[str] = []
        self.entities: list[dict[str, int | str]] = []
        self.pos = 0

    def _plain(self, s: str) -> str:
        if self.mode == "lower_nopunct":
            s = s.replace(" — ", " ").replace("—", " ")
            return re.sub(r"[,.?!;]+(?=\s|$)", "", s).lower()
        if self.mode == "lower":
            return s.lower()
        return s

    def _ent(self, s: str, typ: str) -> str:
        if self.mode not in ("lower", "lower_nopunct"):
            return s
        if typ in _DIGITY:
            return re.sub(r"[^0-9A-Za-z+]+", " ", s).strip().lower()
        if typ in _SPOKEN_LOWER:
            s = s.lower()
            if typ in (ADDR, DOB, DATE):
                s = s.replace(",", "")
                if self.mode == "lower_nopunct":
                    s = s.replace(".", "")
            return s
        return s

    def text(self, s: str) -> None:
        s = self._plain(s)
        if s:
            self.parts.append(s)
            self.pos += len(s)

    def ent(self, s: str, typ: str) -> None:
        assert typ in ENTITY_TYPES, typ
        s = self._ent(s, typ)
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        self.entities.append({"start": start, "end": self.pos, "type": typ})

    def put(self, v: Slot) -> None:
        if isinstance(v, tuple):
            self.ent(v[0], v[1])
        else:
            self.text(v)

    def render(self, template: str, slots: dict[str, Slot]) -> None:
        pos = 0
        for m in _SLOT_RE.finditer(template):
            self.text(template[pos : m.start()])
            self.put(slots[m.group(1)])
            pos = m.end()
        self.text(template[pos:])

    def build(self) -> tuple[str, list[dict[str, int | str]]]:
        return "".join(self.parts), list(self.entities)


def _json_line(
    b: _Builder, fields: Sequence[tuple[str, Slot]], indent: str = "", multiline: bool = False
) -> None:
    """Write a JSON object whose string fields may be entities (no escaping needed)."""
    b.text("{" + ("\n" if multiline else ""))
    for i, (k, v) in enumerate(fields):
        b.text((indent + "  " if multiline else "") + f'"{k}": ')
        if isinstance(v, _Raw):
            b.text(str(v))
        else:
            b.text('"')
            b.put(v)
            b.text('"')
        if i < len(fields) - 1:
            b.text("," + ("\n" if multiline else " "))
    b.text(("\n" + indent if multiline else "") + "}")


def _md_table(b: _Builder, headers: Sequence[str], rows: Sequence[Sequence[Slot]]) -> None:
    b.text("| " + " | ".join(headers) + " |\n")
    b.text("|" + "|".join("---" for _ in headers) + "|\n")
    for row in rows:
        b.text("| ")
        for j, cell in enumerate(row):
            b.put(cell)
            b.text(" | " if j < len(row) - 1 else " |\n")


def _delimited(
    b: _Builder, sep: str, headers: Sequence[str], rows: Sequence[Sequence[Slot]]
) -> None:
    b.text(sep.join(headers) + "\n")
    for row in rows:
        for j, cell in enumerate(row):
            b.put(cell)
            if j < len(row) - 1:
                b.text(sep)
        b.text("\n")


Template = Callable[[_Gen, _Builder], None]

# ---------------------------------------------------------------------------
# telehealth_chat
# ---------------------------------------------------------------------------


def _th_intake(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    t = g.clocks(4)
    tpl = g.pick(
        [
            "Secure message thread ⟦thr⟧\n"
            "[⟦t1⟧] Patient: Hello, I'm ⟦pn⟧, born ⟦dob⟧. I was asked to message about my "
            "follow-up.\n"
            "[⟦t2⟧] Care team (⟦cn⟧, RN): Hi ⟦pf⟧! To find your chart I also need your record "
            "number if you have it.\n"
            "[⟦t3⟧] Patient: it's ⟦mrn⟧ i think. best callback is ⟦ph⟧\n"
            "[⟦t4⟧] Care team: Found you. Dr. ⟦dl⟧ has an opening ⟦when⟧. Reply YES to hold it — "
            "holds expire in 30 minutes.\n",
            "⟦t1⟧ — ⟦pn⟧ joined the chat\n"
            "⟦t2⟧ ⟦pf⟧: hi, need to book a follow up w/ Dr. ⟦dl⟧. my DOB is ⟦dob⟧\n"
            "⟦t3⟧ ⟦cn⟧ (scheduling): Thanks! I see two charts with that birthday — can you "
            "confirm your MRN? It's on the top of your visit summary.\n"
            "⟦t4⟧ ⟦pf⟧: ⟦mrn⟧. you can text me at ⟦ph⟧ too\n"
            "⟦t4⟧ ⟦cn⟧ (scheduling): Booked for ⟦when⟧. Ticket ⟦thr⟧.\n",
        ]
    )
    b.render(
        tpl,
        {
            "thr": g.uuid()[:8],
            "t1": t[0],
            "t2": t[1],
            "t3": t[2],
            "t4": t[3],
            "pn": (g.full(f, la), PERSON),
            "pf": (f, PERSON),
            "dob": (g.dob(), DOB),
            "cn": (g.full(), PERSON),
            "mrn": (g.mrn(), MRN),
            "ph": (g.phone(), PHONE),
            "dl": (g.last(), PERSON),
            "when": (g.when(), DATE),
        },
    )


def _th_results(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    df, dl = g.name()
    tpl = (
        "From: Dr. ⟦dn⟧ (⟦clinic⟧)\nTo: ⟦pn⟧\nSubject: Your recent lab results\n\n"
        "Hi ⟦pf⟧,\n"
        "Your A1c came back at ⟦pct⟧, down from last quarter — nice work. The lipid panel is "
        "within range "
        "(LDL 96 mg/dL). I'd like to recheck in 3 months; the front desk has you down for ⟦when⟧. "
        "If that no longer works, call ⟦ph⟧ or reply to this message.\n"
        "Chart: ⟦mrn⟧\n— ⟦df⟧\n"
    )
    if g.chance(0.5):
        tpl = (
            "Message from your care team at ⟦clinic⟧\n\n"
            "⟦pf⟧ — good news, the ultrasound from ⟦when⟧ was normal. Dr. ⟦dl2⟧ reviewed it ⟦rel⟧. "
            "No changes to your meds. If you have questions the nurse line is ⟦ph⟧.\n"
            "Patient: ⟦pn⟧ · MRN ⟦mrn⟧\n"
        )
    b.render(
        tpl,
        {
            "dn": (g.full(df, dl), PERSON),
            "dl2": (dl, PERSON),
            "df": (df, PERSON),
            "clinic": g.pick(CLINICS),
            "pn": (g.full(f, la), PERSON),
            "pf": (f, PERSON),
            "pct": g.pick(["6.1%", "5.9%", "7.2%", "6.4%"]),
            "when": (g.when(), DATE),
            "ph": (g.phone_us(), PHONE),
            "mrn": (g.mrn(), MRN),
            "rel": g.relative(),
        },
    )


def _th_refill(g: _Gen, b: _Builder) -> None:
    tpl = (
        "Refill request (submitted via app)\n"
        "Patient: ⟦pn⟧ | DOB ⟦dob⟧\n"
        "Medication: ⟦med⟧, 90-day supply (order ref ⟦ref⟧)\n"
        "Preferred pharmacy: ⟦pharm⟧, ⟦addr⟧\n"
        "Insurance member ID: ⟦hp⟧\n"
        "Note from patient: \"I'm flying to ⟦loc⟧ on ⟦when⟧, could you send it before then? "
        'Thanks!"\n'
    )
    b.render(
        tpl,
        {
            "pn": (g.full(), PERSON),
            "dob": (g.dob(), DOB),
            "med": g.pick(
                [
                    "lisinopril 10 mg",
                    "metformin 500 mg ER",
                    "sertraline 50 mg",
                    "levothyroxine 75 mcg",
                    "atorvastatin 20 mg",
                ]
            ),
            "ref": f"RF-{g.digits(6)}",
            "pharm": g.pick(PHARMACIES),
            "addr": (g.address_us(), ADDR),
            "hp": (g.health_plan(), HPN),
            "loc": (g.location(), LOC),
            "when": (g.when(), DATE),
        },
    )


def _th_video(g: _Gen, b: _Builder) -> None:
    f, _ = g.name()
    tpl = g.pick(
        [
            "⟦pf⟧, your video visit with ⟦dn⟧, NP is confirmed for ⟦when⟧.\n"
            "Join here: ⟦url⟧\n"
            "Please log in 10 minutes early to test audio. Visit code: ⟦code⟧ (this is not your "
            "password).\n"
            "If the link fails, dial ⟦ph⟧ and enter meeting ID ⟦mid⟧ when prompted.\n",
            "Reminder from ⟦clinic⟧: telehealth appointment ⟦when⟧ with Dr. ⟦dl⟧.\n"
            "Link: ⟦url⟧ · Meeting ID ⟦mid⟧ · Passcode ⟦code⟧\n"
            "Trouble connecting? Text ⟦ph⟧. Reply STOP to opt out.\n",
        ]
    )
    b.render(
        tpl,
        {
            "pf": (f, PERSON),
            "dn": (g.full(), PERSON),
            "dl": (g.last(), PERSON),
            "when": (g.when(), DATE),
            "clinic": g.pick(CLINICS),
            "url": (
                g.url(["kestrelcare.org", "mybluepine.health", "visit.lakeshoretele.com"]),
                URL,
            ),
            "code": g.digits(6),
            "ph": (g.phone_us(), PHONE),
            "mid": f"{g.digits(3, True)} {g.digits(4)} {g.digits(4)}",
        },
    )


def _th_contact_update(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    t = g.clocks(5)
    tpl = (
        "[⟦t1⟧] ⟦pf⟧: hi, I moved last month. new address is ⟦addr⟧\n"
        "[⟦t2⟧] ⟦pf⟧: also my email changed to ⟦em⟧\n"
        "[⟦t3⟧] Front desk (⟦sf⟧): Thanks ⟦pf⟧, updated both. Is ⟦ph⟧ still the best phone?\n"
        "[⟦t4⟧] ⟦pf⟧: yes\n"
        "[⟦t5⟧] Front desk (⟦sf⟧): Great. Statements will go to the new address starting next "
        "cycle. Ref ⟦ref⟧.\n"
    )
    b.render(
        tpl,
        {
            "t1": t[0],
            "t2": t[1],
            "t3": t[2],
            "t4": t[3],
            "t5": t[4],
            "pf": (f, PERSON),
            "addr": (g.address(0.2), ADDR),
            "em": (g.email(f, la), EMAIL),
            "sf": (g.first(), PERSON),
            "ph": (g.phone(), PHONE),
            "ref": g.conf(),
        },
    )


def _th_caregiver(g: _Gen, b: _Builder) -> None:
    pf, pl = g.name()
    cf = g.first()
    tpl = (
        "Message from proxy account\n"
        "Sender: ⟦cg⟧ (daughter, authorized proxy)\n"
        "Regarding: ⟦pn⟧, DOB ⟦dob⟧, MRN ⟦mrn⟧\n\n"
        "Hello, my mother's hip has been worse since her fall on ⟦date⟧. She is using the walker "
        "but pain is "
        "about 7/10 at night. Her pharmacy switched the tramadol brand and she thinks the new one "
        "works less. "
        "Could Dr. ⟦dl⟧ call me at ⟦ph⟧? I am at work until 5 but can step out.\n"
        "Thank you, ⟦cf⟧\n"
    )
    b.render(
        tpl,
        {
            "cg": (g.full(cf, pl if g.chance(0.5) else None), PERSON),
            "cf": (cf, PERSON),
            "pn": (g.full(pf, pl), PERSON),
            "dob": (g.dob(1930, 1955), DOB),
            "mrn": (g.mrn(), MRN),
            "date": (g.date_only(), DATE),
            "dl": (g.last(), PERSON),
            "ph": (g.phone(), PHONE),
        },
    )


def _th_billing(g: _Gen, b: _Builder) -> None:
    f = g.first()
    af = g.first()
    t = g.clocks(4)
    tpl = (
        "Billing support chat\n"
        "⟦t1⟧ ⟦pf⟧: I got charged ⟦amt⟧ twice for the same visit??\n"
        "⟦t2⟧ Agent ⟦af⟧: Sorry about that! Which card did you pay with?\n"
        "⟦t3⟧ ⟦pf⟧: ⟦cc⟧ exp ⟦exp⟧\n"
        "⟦t4⟧ Agent ⟦af⟧: Please don't send full card numbers in chat — I've masked it on our "
        "side. "
        "The duplicate (claim ⟦claim⟧) is reversed; expect it ⟦rel⟧. Order ⟦ord⟧ is unaffected.\n"
    )
    b.render(
        tpl,
        {
            "t1": t[0],
            "t2": t[1],
            "t3": t[2],
            "t4": t[3],
            "pf": (f, PERSON),
            "af": (af, PERSON),
            "amt": g.amount("$"),
            "cc": (g.card(), CARD),
            "exp": f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}",
            "claim": g.digits(10),
            "rel": g.relative(),
            "ord": g.bad_card(),
        },
    )


def _th_triage(g: _Gen, b: _Builder) -> None:
    tpl = (
        "Nurse triage note — async\n"
        "Pt ⟦pn⟧ (MRN ⟦mrn⟧) reports fever 38.6 °C x2 days, dry cough, SpO2 96% on room air. "
        "Returned from ⟦loc⟧ ⟦rel⟧. No known sick contacts. BP 124/79, HR 92.\n"
        "Plan: flu/COVID swab at ⟦site⟧, ⟦addr⟧. Slot booked ⟦when⟧.\n"
        "Callback number on file: ⟦ph⟧\n"
        "Triage RN: ⟦nn⟧\n"
    )
    b.render(
        tpl,
        {
            "pn": (g.full(), PERSON),
            "mrn": (g.mrn(), MRN),
            "loc": (g.location(), LOC),
            "rel": g.pick(["4 days ago", "last week", "on the weekend"]),
            "site": g.pick(["Drive-up Lot B", "Urgent Care North", "Lab Annex 2"]),
            "addr": (g.address_us(), ADDR),
            "when": (g.when(), DATE),
            "ph": (g.phone(), PHONE),
            "nn": (g.full(), PERSON),
        },
    )


def _th_referral(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "REFERRAL — ⟦spec⟧\n"
        "Referring: ⟦rn⟧, MD, ⟦clinic⟧ (fax ⟦fax⟧)\n"
        "Patient: ⟦pn⟧    Date of birth: ⟦dob⟧\n"
        "Chart #: ⟦mrn⟧    Plan/member no.: ⟦hp⟧\n"
        "Reason: persistent palpitations, Holter showed 3% PVC burden. Please evaluate.\n"
        "Preferred contact: ⟦em⟧ or ⟦ph⟧\n"
        "Urgency: routine (within ⟦days⟧ days)\n"
    )
    b.render(
        tpl,
        {
            "spec": g.pick(["Cardiology", "Dermatology", "Endocrinology", "Sleep Medicine"]),
            "rn": (g.full(), PERSON),
            "clinic": g.pick(CLINICS),
            "fax": (g.phone_us(), PHONE),
            "pn": (g.full(f, la), PERSON),
            "dob": (g.dob(), DOB),
            "mrn": (g.mrn(), MRN),
            "hp": (g.health_plan(), HPN),
            "em": (g.email(f, la), EMAIL),
            "ph": (g.phone(), PHONE),
            "days": str(g.r.choice([14, 30, 45])),
        },
    )


def _th_reset(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "Hi ⟦pf⟧, we reset your patient portal login as requested.\n"
        "Username: ⟦em⟧\nTemporary password: ⟦pw⟧\n"
        "Sign in at ⟦url⟧ within 24 hours and choose a new password. "
        "This request came from IP ⟦ip⟧ — if that wasn't you, call ⟦ph⟧ right away.\n"
        "(Reference ⟦uuid⟧ · HTTP 200)\n"
    )
    b.render(
        tpl,
        {
            "pf": (f, PERSON),
            "em": (g.email(f, la), EMAIL),
            "pw": (g.password(), PWD),
            "url": (g.url(["mybluepine.health", "portal.kestrelcare.org"]), URL),
            "ip": (g.ip(0.25), IP),
            "ph": (g.phone_us(), PHONE),
            "uuid": g.uuid(),
        },
    )


def _th_ssn(g: _Gen, b: _Builder) -> None:
    t = g.clocks(3)
    tpl = (
        "⟦t1⟧ Patient: for the financial assistance form do you need my social? it's ⟦ssn⟧\n"
        "⟦t2⟧ Billing (⟦bf⟧): Thanks — next time please use the secure upload instead of chat. "
        "I've attached it to application FA-⟦n⟧ (form rev ⟦bad⟧).\n"
        "⟦t3⟧ Patient: ok. my husband ⟦hn⟧ is on the same plan, member ID ⟦hp⟧\n"
    )
    b.render(
        tpl,
        {
            "t1": t[0],
            "t2": t[1],
            "t3": t[2],
            "ssn": (g.ssn(), SSN),
            "bf": (g.first(), PERSON),
            "n": g.digits(5),
            "bad": g.bad_ssn(),
            "hn": (g.full(), PERSON),
            "hp": (g.health_plan(), HPN),
        },
    )


def _th_mood(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "Weekly check-in from ⟦pn⟧\n"
        "PHQ-9 score: 11 (was 14) · GAD-7: 8\n"
        '"Sleeping a bit better. Started walking with my neighbor ⟦nf⟧ in the mornings. Work is '
        "still "
        'stressful since the office moved to ⟦loc⟧."\n'
        "Therapist reply (⟦tn⟧, LCSW): Glad the walks are helping, ⟦pf⟧. Let's keep our session "
        "⟦when⟧. "
        "The 988 line is there any time.\n"
    )
    b.render(
        tpl,
        {
            "pn": (g.full(f, la), PERSON),
            "pf": (f, PERSON),
            "nf": (g.first(), PERSON),
            "loc": (g.location(), LOC),
            "tn": (g.full(), PERSON),
            "when": (g.when(), DATE),
        },
    )


def _th_clean_reminder(g: _Gen, b: _Builder) -> None:
    b.text(
        g.pick(
            [
                f"Reminder: your upcoming visit is in {g.r.randint(2, 5)} days. Reply C to "
                "confirm or R to "
                f"reschedule. Ref {g.conf()}. Msg & data rates may apply.\n",
                "Your message was delivered. A care team member usually replies within 1 "
                "business day. "
                f"Ticket {g.uuid()}. For emergencies call 911.\n",
            ]
        )
    )


def _th_clean_tips(g: _Gen, b: _Builder) -> None:
    b.text(
        "Wellness corner\n"
        f"Flu shots are now available at every location — about {g.pct()} of patients got theirs "
        "last "
        f"season. Walk-ins welcome {g.relative()}. Copays start at {g.amount('$')}. The portal app "
        f"{g.version()} fixes the login bug some of you reported (error 503). Remember: hydrate, "
        "sleep 7-9 h, "
        "and move 150 min/week.\n"
    )


# ---------------------------------------------------------------------------
# travel_booking
# ---------------------------------------------------------------------------


def _two_airports(g: _Gen) -> tuple[tuple[str, str], tuple[str, str]]:
    a, c = g.r.sample(AIRPORTS, 2)
    return a, c


def _tr_itinerary(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    (c1, i1), (c2, i2) = _two_airports(g)
    tpl = (
        "ITINERARY RECEIPT\n"
        "Booking reference: ⟦pnr⟧        Ticket: ⟦tkt⟧\n"
        "Passenger: ⟦pax⟧ ⟦title⟧\n\n"
        "⟦fl1⟧  ⟦c1⟧ (⟦i1⟧) → ⟦c2⟧ (⟦i2⟧)\n   Departs ⟦w1⟧   Seat ⟦s1⟧   Class Y   Bag 1PC\n"
        "⟦fl2⟧  ⟦c2b⟧ (⟦i2⟧) → ⟦c1b⟧ (⟦i1⟧)\n   Departs ⟦w2⟧   Seat ⟦s2⟧   Class Y   Bag 1PC\n\n"
        "Total fare: ⟦amt⟧ incl. taxes and carrier charges\n"
        "Contact on file: ⟦em⟧ / ⟦ph⟧\n"
    )
    pax = f"{_ascii(la).upper().replace(' ', '')}/{_ascii(f).upper()}"
    b.render(
        tpl,
        {
            "pnr": g.pnr(),
            "tkt": g.ticket_no(),
            "pax": (pax, PERSON),
            "title": g.pick(["MR", "MS", "MRS", "MX"]),
            "fl1": g.flight(),
            "fl2": g.flight(),
            "c1": (c1, LOC),
            "c2": (c2, LOC),
            "c1b": (c1, LOC),
            "c2b": (c2, LOC),
            "i1": i1,
            "i2": i2,
            "w1": (g.when(), DATE),
            "w2": (g.when(), DATE),
            "s1": g.seat(),
            "s2": g.seat(),
            "amt": g.amount(),
            "em": (g.email(f, la), EMAIL),
            "ph": (g.phone(), PHONE),
        },
    )


def _tr_manifest(g: _Gen, b: _Builder) -> None:
    (_, i1), (_, i2) = _two_airports(g)
    b.text(f"PASSENGER MANIFEST — {g.flight()} {i1}-{i2} — ")
    b.ent(g.date_only(), DATE)
    b.text("\n")
    rows: list[list[Slot]] = []
    for k in range(g.r.randint(3, 6)):
        f, la = g.name()
        rows.append(
            [
                f"{k + 1:02d}",
                (f"{la}, {f}" if g.chance(0.5) else f"{f} {la}", PERSON),
                (g.dob(1945, 2020), DOB),
                g.seat(),
                g.pick(["VGML", "WCHR", "-", "KSML", "UMNR", "-"]),
                (g.phone_e164(), PHONE) if g.chance(0.7) else "n/a",
            ]
        )
    _delimited(b, " | ", ["No", "Name", "DOB", "Seat", "SSR", "Contact"], rows)
    b.text(
        f"Total pax: {len(rows)}   Gate: {g.pick('ABCD')}{g.r.randint(1, 40)}   Status: closed\n"
    )


def _tr_hotel(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "Dear ⟦title⟧ ⟦ln⟧,\n\n"
        "Thank you for choosing the ⟦brand⟧. Your reservation is confirmed.\n"
        "Confirmation: ⟦conf⟧\nGuest: ⟦full⟧\nArrival: ⟦w1⟧ · Departure: ⟦w2⟧\n"
        "Room: King Deluxe, non-smoking, 2 adults\nHotel address: ⟦addr⟧\n"
        "Guarantee: card ⟦cc⟧\nRate: ⟦amt⟧ per night plus ⟦pct⟧ occupancy tax\n"
        "Cancel free of charge until 48 hours before arrival.\n"
    )
    b.render(
        tpl,
        {
            "title": g.pick(["Mr.", "Ms.", "Mx.", "Dr."]),
            "ln": (la, PERSON),
            "brand": g.pick(HOTEL_BRANDS),
            "conf": g.conf(),
            "full": (g.full(f, la), PERSON),
            "w1": (g.when(), DATE),
            "w2": (g.when(), DATE),
            "addr": (g.address(0.5), ADDR),
            "cc": (g.card(), CARD),
            "amt": g.amount(),
            "pct": g.pct(),
        },
    )


def _tr_car(g: _Gen, b: _Builder) -> None:
    dlv, _, stn = g.driver_license()
    tpl = (
        "Rental agreement ⟦ra⟧ — ⟦brand⟧\n"
        "Renter: ⟦full⟧, DOB ⟦dob⟧\n"
        "Driver licence no. ⟦dl⟧ (issued in ⟦st⟧)\n"
        "Pick-up: ⟦w1⟧, ⟦loc⟧ airport counter\nReturn: ⟦w2⟧\n"
        "Vehicle class: Ford Transit Connect or similar\n"
        "Additional driver: ⟦full2⟧\nDeposit hold: ⟦amt⟧\n"
    )
    b.render(
        tpl,
        {
            "ra": f"{g.upper(2)}{g.digits(8)}",
            "brand": g.pick(CAR_BRANDS),
            "full": (g.full(), PERSON),
            "dob": (g.dob(1950, 2002), DOB),
            "dl": (dlv, DL),
            "st": (stn, LOC),
            "w1": (g.when(), DATE),
            "w2": (g.when(), DATE),
            "loc": (g.pick(AIRPORTS)[0], LOC),
            "full2": (g.full(), PERSON),
            "amt": g.amount("$"),
        },
    )


def _tr_agent_note(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = g.pick(
        [
            "Call notes — ⟦full⟧ called about a honeymoon package to ⟦l1⟧ and ⟦l2⟧. Budget about "
            "⟦amt⟧, "
            "flexible ±3 days. Prefers aisle seats, no red-eyes. Partner: ⟦full2⟧. Reach at ⟦ph⟧ "
            "or ⟦em⟧. "
            "Follow up ⟦rel⟧.\n",
            "Lead: ⟦full⟧ (⟦em⟧)\nWants: 10 nights, ⟦l1⟧ → ⟦l2⟧, 2 adults + 1 child (age 6)\n"
            "Dates: leaving ⟦when⟧\nNotes: allergic to shellfish; asked about ⟦brand⟧ points. "
            "Phone ⟦ph⟧.\n"
            "Quote sent: ⟦amt⟧ (ref ⟦conf⟧)\n",
        ]
    )
    b.render(
        tpl,
        {
            "full": (g.full(f, la), PERSON),
            "l1": (g.location(), LOC),
            "l2": (g.location(), LOC),
            "amt": g.amount(),
            "full2": (g.full(), PERSON),
            "ph": (g.phone(), PHONE),
            "em": (g.email(f, la), EMAIL),
            "rel": g.relative(),
            "when": (g.when(), DATE),
            "brand": g.pick(HOTEL_BRANDS),
            "conf": g.conf(),
        },
    )


def _tr_group_iban(g: _Gen, b: _Builder) -> None:
    tpl = (
        "Group booking ⟦grp⟧ — ⟦n⟧ travellers, ⟦loc⟧ study tour\n"
        "Deposit due ⟦date⟧: ⟦amt⟧\n"
        "Please transfer to:\n  Beneficiary: Travelwick Tours ApS\n  IBAN: ⟦iban⟧\n  BIC: ⟦bic⟧\n"
        "  Reference: ⟦grp⟧\n"
        "Organiser: ⟦full⟧, ⟦ph⟧\n"
        "Balance of ⟦pct⟧ due 30 days before departure.\n"
    )
    b.render(
        tpl,
        {
            "grp": f"GRP-{g.digits(5)}",
            "n": str(g.r.randint(8, 40)),
            "loc": (g.location(), LOC),
            "date": (g.date_only(), DATE),
            "amt": g.amount("EUR "),
            "iban": (g.iban(), IBAN),
            "bic": g.bic(),
            "full": (g.full(), PERSON),
            "ph": (g.phone(0.3), PHONE),
            "pct": g.pct(),
        },
    )


def _tr_change(g: _Gen, b: _Builder) -> None:
    (c1, _), (c2, _) = _two_airports(g)
    tpl = (
        "Schedule change for booking ⟦pnr⟧\n\n"
        "Hi ⟦pf⟧, flight ⟦fl⟧ from ⟦c1⟧ to ⟦c2⟧ now departs ⟦wn⟧ (previously ⟦wo⟧). "
        "Your seat ⟦seat⟧ is unchanged.\n"
        "Review or rebook free of charge: ⟦url⟧\n"
        "This change was made ⟦rel⟧ by the operating carrier.\n"
    )
    b.render(
        tpl,
        {
            "pnr": g.pnr(),
            "pf": (g.first(), PERSON),
            "fl": g.flight(),
            "c1": (c1, LOC),
            "c2": (c2, LOC),
            "wn": (g.when(), DATE),
            "wo": (g.when(), DATE),
            "seat": g.seat(),
            "url": (g.url(["travelwick.com", "book.flyaurora.com", "trips.nomadlane.co"]), URL),
            "rel": g.pick(["3 hours ago", "yesterday", "earlier today"]),
        },
    )


def _tr_insurance(g: _Gen, b: _Builder) -> None:
    tpl = (
        "Travel medical claim form\n"
        "Insured: ⟦full⟧ (DOB ⟦dob⟧)\n"
        "Coverage member ID: ⟦hp⟧\n"
        "Incident: ⟦when⟧ in ⟦loc⟧ — sprained ankle, seen in the ER\n"
        "Hospital record no.: ⟦mrn⟧\n"
        "Costs: ⟦amt⟧ (receipts attached)\n"
        "Reimburse to: ⟦iban⟧\n"
    )
    b.render(
        tpl,
        {
            "full": (g.full(), PERSON),
            "dob": (g.dob(), DOB),
            "hp": (g.health_plan(), HPN),
            "when": (g.when(), DATE),
            "loc": (g.location(), LOC),
            "mrn": (g.mrn(), MRN),
            "amt": g.amount("€"),
            "iban": (g.iban(), IBAN),
        },
    )


def _tr_api_json(g: _Gen, b: _Builder) -> None:
    b.text(f"POST /v2/bookings 201 Created ({g.r.randint(80, 900)} ms)\n")
    if g.chance(0.4):
        b.text("> Authorization: Bearer ")
        b.ent(g.jwt(), JWT)
        b.text("\n")
    pax = []
    for _ in range(g.r.randint(1, 2)):
        f, la = g.name()
        d = g._date(1950, 2015)
        pax.append(
            [
                ("given_name", (f, PERSON)),
                ("family_name", (la, PERSON)),
                ("dob", (f"{d.year}-{d.month:02d}-{d.day:02d}", DOB)),
                ("email", (g.email(f, la), EMAIL)),
                ("phone", (g.phone_e164(), PHONE)),
            ]
        )
    b.text(
        '{\n  "booking_id": "' + g.uuid() + '",\n  "pnr": "' + g.pnr() + '",\n  "passengers": [\n'
    )
    for k, p in enumerate(pax):
        b.text("    ")
        _json_line(b, p)
        b.text(",\n" if k < len(pax) - 1 else "\n")
    b.text('  ],\n  "payment": ')
    _json_line(
        b,
        [
            ("method", "card"),
            ("token", "tok_" + g.chars(_B62, 24)),
            ("last4", g.digits(4)),
            ("amount", _Raw(f"{g.r.randint(90, 3000)}.{g.digits(2)}")),
            ("currency", g.pick(["EUR", "USD", "GBP"])),
        ],
    )
    b.text(',\n  "client_ip": "')
    b.ent(g.ip(0.3), IP)
    b.text(
        '",\n  "created_at": "'
        + _LogClock(g).next()
        + '",\n  "api_version": "'
        + g.version()
        + '"\n}\n'
    )


def _tr_rail(g: _Gen, b: _Builder) -> None:
    tpl = (
        "E-TICKET · ⟦op⟧\n⟦full⟧\n⟦c1⟧ → ⟦c2⟧\n⟦when⟧ · Coach ⟦coach⟧ · Seat ⟦seat⟧ · 2nd class\n"
        "Ticket no. ⟦tkt⟧ · Price ⟦amt⟧\n"
        "Show this code on board. Changes: ⟦url⟧\n"
    )
    b.render(
        tpl,
        {
            "op": g.pick(["Nordic Rail", "EuroLink", "Alpine Express", "Coastliner"]),
            "full": (g.full(), PERSON),
            "c1": (g.city(), LOC),
            "c2": (g.city(), LOC),
            "when": (g.when(), DATE),
            "coach": str(g.r.randint(1, 14)),
            "seat": str(g.r.randint(1, 88)),
            "tkt": g.digits(12),
            "amt": g.amount(),
            "url": (g.url(["tickets.eurolink.example.com", "travelwick.com"]), URL),
        },
    )


def _tr_loyalty(g: _Gen, b: _Builder) -> None:
    f, _ = g.name()
    tpl = (
        "Hi ⟦pf⟧, welcome to ⟦prog⟧ Gold!\n"
        "Member account: ⟦acct⟧\nPoints balance: ⟦pts⟧ · status valid through 12/2026\n"
        "Registered address: ⟦addr⟧\nManage preferences: ⟦url⟧\n"
        "Stays at any ⟦brand⟧ earn 10 points per ⟦cur⟧1.\n"
    )
    b.render(
        tpl,
        {
            "pf": (f, PERSON),
            "prog": g.pick(["Aurora Miles", "Skyward Club", "Nomad Rewards"]),
            "acct": (g.account(), ACCT),
            "pts": f"{g.r.randint(1000, 99000):,}",
            "addr": (g.address(0.3), ADDR),
            "url": (g.url(), URL),
            "brand": g.pick(HOTEL_BRANDS),
            "cur": g.pick(["$", "€", "£"]),
        },
    )


def _tr_clean_baggage(g: _Gen, b: _Builder) -> None:
    b.text(
        "Baggage & seating policy (updated)\n"
        f"- Checked bags up to 23 kg; second bag {g.amount('$')}.\n"
        f"- Seat {g.seat()} and other exit rows require passengers aged 15+.\n"
        f"- Flights {g.flight()} and {g.flight()} operate with a {g.pct()} lighter cabin "
        "allowance.\n"
        f"- Online check-in opens 24 hours before departure; booking codes look like {g.pnr()}.\n"
    )


def _tr_clean_board(g: _Gen, b: _Builder) -> None:
    b.text("DEPARTURES (local time shown)\n")
    for _ in range(g.r.randint(4, 7)):
        _, code = g.pick(AIRPORTS)
        b.text(
            f"{g.flight():<8} {code}  gate {g.pick('ABCDE')}{g.r.randint(1, 40):<3} "
            f"{g.pick(['ON TIME', 'DELAYED 45 MIN', 'BOARDING', 'CANCELLED', 'GATE CHANGE'])}\n"
        )


# ---------------------------------------------------------------------------
# legal_intake
# ---------------------------------------------------------------------------


def _lg_intake(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "NEW CLIENT INTAKE — ⟦firm⟧\nMatter type: Personal injury (auto)\n"
        "Prospective client: ⟦full⟧\nDOB: ⟦dob⟧    Phone: ⟦ph⟧    Email: ⟦em⟧\nHome: ⟦addr⟧\n"
        "Incident: rear-ended at a four-way stop in ⟦city⟧ on ⟦when⟧.\n"
        "Adverse party: ⟦adv⟧ (driver), claim no. ⟦claim⟧\n"
        "Treating facility record no. ⟦mrn⟧; health plan member ⟦hp⟧\n"
        "Conflict check: clear. Internal file ⟦dock⟧.\n"
    )
    b.render(
        tpl,
        {
            "firm": g.pick(FIRMS),
            "full": (g.full(f, la), PERSON),
            "dob": (g.dob(), DOB),
            "ph": (g.phone(), PHONE),
            "em": (g.email(f, la), EMAIL),
            "addr": (g.address_us(), ADDR),
            "city": (g.pick(US_CITY_NAMES), LOC),
            "when": (g.when(), DATE),
            "adv": (g.full(), PERSON),
            "claim": f"{g.digits(2)}-{g.digits(7)}",
            "mrn": (g.mrn(), MRN),
            "hp": (g.health_plan(), HPN),
            "dock": g.docket(),
        },
    )


def _lg_conflict(g: _Gen, b: _Builder) -> None:
    b.text(f"Conflict check request — matter {g.docket()}\n")
    client = g.full()
    b.text("Caption: ")
    b.ent(client, PERSON)
    b.text(f" v. {g.pick(BRANDS)} Inc.\nParties to search:\n")
    b.text(" - ")
    b.ent(client, PERSON)
    b.text(" (client)\n")
    for role in g.r.sample(
        [
            "spouse",
            "adverse - store manager",
            "witness",
            "co-plaintiff",
            "adverse - regional director",
        ],
        g.r.randint(1, 3),
    ):
        b.text(" - ")
        b.ent(g.full(), PERSON)
        b.text(f" ({role})\n")
    b.text(f" - {g.pick(BRANDS)} Holdings (related entity)\n")
    b.text(f"Result: no hits in {g.r.randint(2, 4)} databases. Run by paralegal ")
    b.ent(g.first(), PERSON)
    b.text(f" {g.relative()}.\n")


def _lg_employment(g: _Gen, b: _Builder) -> None:
    tpl = g.pick(
        [
            "Intake call summary — wage & hour\n"
            "Caller ⟦full⟧ worked at the ⟦brand⟧ distribution center in ⟦city⟧ until termination "
            "on ⟦date⟧. "
            "Claims unpaid overtime of roughly ⟦amt⟧. Supervisor: ⟦sup⟧.\n"
            "For W-2 retrieval client provided SSN ⟦ssn⟧ and payroll deposit account ⟦acct⟧.\n"
            "Fee: 33% contingency. Next: demand letter ⟦rel⟧.\n",
            "Employment matter ⟦dock⟧\nClient: ⟦full⟧ · SSN ⟦ssn⟧\nEmployer: ⟦brand⟧ (⟦city⟧ "
            "site)\n"
            "Separation date: ⟦date⟧\nManager named in complaint: ⟦sup⟧\n"
            "Back pay estimate: ⟦amt⟧; direct deposit acct ⟦acct⟧\n",
        ]
    )
    b.render(
        tpl,
        {
            "full": (g.full(), PERSON),
            "brand": g.pick(BRANDS),
            "city": (g.city(), LOC),
            "date": (g.date_only(), DATE),
            "amt": g.amount("$"),
            "sup": (g.full(), PERSON),
            "ssn": (g.ssn(), SSN),
            "acct": (g.account(), ACCT),
            "rel": g.relative(),
            "dock": g.docket(),
        },
    )


def _lg_immigration(g: _Gen, b: _Builder) -> None:
    tpl = (
        "Consultation notes (privileged & confidential)\n"
        "Client: ⟦full⟧, born ⟦dob⟧ in ⟦city⟧, ⟦country⟧\n"
        "Entered the U.S. on ⟦date⟧ (B-2). Current address: ⟦addr⟧\n"
        "Phone (WhatsApp): ⟦ph⟧\nFamily abroad: brother ⟦bro⟧ in ⟦country2⟧\n"
        "Pending receipt ⟦rcpt⟧; next step FOIA request ⟦rel⟧.\n"
    )
    b.render(
        tpl,
        {
            "full": (g.full(), PERSON),
            "dob": (g.dob(1960, 2004), DOB),
            "city": (g.pick(INTL_CITIES), LOC),
            "country": (g.country(), LOC),
            "date": (g.date_only(), DATE),
            "addr": (g.address_us(), ADDR),
            "ph": (g.phone_intl(), PHONE),
            "bro": (g.full(), PERSON),
            "country2": (g.country(), LOC),
            "rcpt": f"IOE{g.digits(10)}",
            "rel": g.relative(),
        },
    )


def _lg_estate(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "Estate planning worksheet — ⟦full⟧\n"
        "Spouse: ⟦sp⟧ (DOB ⟦dob⟧)\n"
        "Children: ⟦c1⟧ (DOB ⟦dc1⟧), ⟦c2⟧\n"
        "Assets:\n  • Checking at ⟦bank⟧, acct ⟦acct⟧ — approx ⟦amt⟧\n"
        "  • Savings held abroad, IBAN ⟦iban⟧\n  • Residence: ⟦addr⟧\n"
        "Executor nominee: ⟦ex⟧, ⟦ph⟧\n"
    )
    b.render(
        tpl,
        {
            "full": (g.full(f, la), PERSON),
            "sp": (g.full(None, la), PERSON),
            "dob": (g.dob(), DOB),
            "c1": (g.full(None, la), PERSON),
            "dc1": (g.dob(1995, 2015), DOB),
            "c2": (g.first(), PERSON),
            "bank": g.pick(BANKS),
            "acct": (g.account(), ACCT),
            "amt": g.amount("$"),
            "iban": (g.iban(), IBAN),
            "addr": (g.address(0.2), ADDR),
            "ex": (g.full(), PERSON),
            "ph": (g.phone(), PHONE),
        },
    )


def _lg_landlord(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "From: ⟦em⟧\nTo: ⟦firm_em⟧\nSubject: deposit not returned\n\n"
        "Hello, my name is ⟦full⟧ and I rented a unit at ⟦addr⟧. My landlord ⟦ll⟧ has refused to "
        "return my ⟦amt⟧ deposit since I moved out on ⟦date⟧. I have photos and the move-out "
        "checklist. "
        "You can reach me at ⟦ph⟧ after 6pm.\nThanks,\n⟦pf⟧\n"
    )
    b.render(
        tpl,
        {
            "em": (g.email(f, la), EMAIL),
            "firm_em": (
                g.pick(
                    [
                        "intake@harborline-legal.com",
                        "help@tidewaterlegal.org",
                        "newclients@northgatelaw.com",
                    ]
                ),
                EMAIL,
            ),
            "full": (g.full(f, la), PERSON),
            "addr": (g.address_us(True), ADDR),
            "ll": (g.full(), PERSON),
            "amt": g.amount("$"),
            "date": (g.date_only(), DATE),
            "ph": (g.phone_us(), PHONE),
            "pf": (f, PERSON),
        },
    )


def _lg_traffic(g: _Gen, b: _Builder) -> None:
    dlv, st, _ = g.driver_license()
    tpl = (
        "DUI defense intake\nClient: ⟦full⟧    DOB ⟦dob⟧\n"
        "DL# ⟦dl⟧ (⟦st⟧) — administratively suspended\n"
        "Arrest: ⟦w1⟧, ⟦city⟧ PD; breath test .09\n"
        "Case no. ⟦dock⟧; arraignment set for ⟦w2⟧\nRetainer quoted: ⟦amt⟧\n"
    )
    b.render(
        tpl,
        {
            "full": (g.full(), PERSON),
            "dob": (g.dob(1960, 2005), DOB),
            "dl": (dlv, DL),
            "st": st,
            "w1": (g.when(), DATE),
            "city": (g.pick(US_CITIES)[0], LOC),
            "dock": g.docket(),
            "w2": (g.when(), DATE),
            "amt": g.amount("$"),
        },
    )


def _lg_family(g: _Gen, b: _Builder) -> None:
    pf, pl = g.name()
    tpl = (
        "Custody matter intake\nPetitioner: ⟦pet⟧ — ⟦ph⟧\nRespondent: ⟦res⟧, last known in ⟦city⟧\n"
        "Minor children:\n  ⟦k1⟧, born ⟦d1⟧ — attends ⟦school⟧\n  ⟦k2⟧, born ⟦d2⟧\n"
        "Current arrangement: alternating weekends; exchanges at the ⟦brand⟧ parking lot.\n"
        "Prior case: ⟦dock⟧\n"
    )
    b.render(
        tpl,
        {
            "pet": (g.full(pf, pl), PERSON),
            "ph": (g.phone(), PHONE),
            "res": (g.full(), PERSON),
            "city": (g.location(), LOC),
            "k1": (g.full(None, pl), PERSON),
            "d1": (g.dob(2009, 2019), DOB),
            "school": g.pick(SCHOOLS),
            "k2": (g.full(None, pl), PERSON),
            "d2": (g.dob(2009, 2019), DOB),
            "brand": g.pick(["McDonald's", "Wendy's", "Tim Hortons", "Walgreens"]),
            "dock": g.docket(),
        },
    )


def _lg_client_email(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "Hi ⟦para⟧,\n\nAttached are the documents you asked for. I also uploaded the lease and the "
        "texts to the shared folder: ⟦url⟧\nLet me know if you need anything else before ⟦when⟧. "
        "Re case ⟦dock⟧.\n\nBest,\n⟦full⟧\n⟦ph⟧ | ⟦em⟧\n"
    )
    b.render(
        tpl,
        {
            "para": (g.first(), PERSON),
            "url": (
                g.url(
                    ["files.cedarvale.net", "app.tidewaterlegal.org", "share.harborline-legal.com"]
                ),
                URL,
            ),
            "when": (g.when(), DATE),
            "dock": g.docket(),
            "full": (g.full(f, la), PERSON),
            "ph": (g.phone(), PHONE),
            "em": (g.email(f, la), EMAIL),
        },
    )


def _lg_fee(g: _Gen, b: _Builder) -> None:
    tpl = (
        "Retainer payment authorization\nClient: ⟦full⟧    Matter: ⟦dock⟧\n"
        "Amount: ⟦amt⟧ (initial retainer)\nCard: ⟦cc⟧    Exp: ⟦exp⟧    CVV: on file\n"
        "Billing address: ⟦addr⟧\nSigned electronically from IP ⟦ip⟧ (user agent Chrome ⟦ver⟧)\n"
    )
    b.render(
        tpl,
        {
            "full": (g.full(), PERSON),
            "dock": g.docket(),
            "amt": g.amount("$"),
            "cc": (g.card(), CARD),
            "exp": f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}",
            "addr": (g.address_us(), ADDR),
            "ip": (g.ip(0.3), IP),
            "ver": f"{g.r.randint(110, 131)}.0.{g.digits(4)}.{g.digits(2)}",
        },
    )


def _lg_bankruptcy(g: _Gen, b: _Builder) -> None:
    tpl = (
        "Chapter 7 screening\nDebtor: ⟦full⟧, SSN ⟦ssn⟧\nJoint debtor: ⟦full2⟧\n"
        "Creditors:\n  - ⟦bank⟧ card services, acct ⟦acct⟧ — ⟦amt1⟧\n  - Medical (⟦clinic⟧) — "
        "⟦amt2⟧\n"
        "Means test: household of 4, income below median for ⟦state⟧ (⟦pct⟧ of median)\n"
        "Ref doc ⟦bad⟧ (not an SSN).\n"
    )
    b.render(
        tpl,
        {
            "full": (g.full(), PERSON),
            "ssn": (g.ssn(), SSN),
            "full2": (g.full(), PERSON),
            "bank": g.pick(BANKS),
            "acct": (g.account(), ACCT),
            "amt1": g.amount("$"),
            "clinic": g.pick(CLINICS),
            "amt2": g.amount("$"),
            "state": (g.pick(US_CITIES)[3], LOC),
            "pct": g.pct(),
            "bad": g.bad_ssn(),
        },
    )


def _lg_clean_calendar(g: _Gen, b: _Builder) -> None:
    b.text("Docket calendar — week view\n")
    for _ in range(g.r.randint(3, 6)):
        b.text(
            f"{g.docket():<22} "
            f"{g.pick(['status conf.', 'motion hearing', 'mediation', 'deposition'])}"
            f"  courtroom {g.r.randint(1, 12)}{g.pick('AB')}  ({g.relative()})\n"
        )
    b.text(f"Filing fee schedule rev {g.version()}: {g.amount('$')} per motion.\n")


def _lg_clean_checklist(g: _Gen, b: _Builder) -> None:
    b.text(
        "Intake checklist (template)\n"
        "[ ] Client name: [Client Name]\n[ ] Phone: (___) ___-____\n[ ] Matter no.: ________\n"
        f"[ ] Conflict check completed (form {g.bad_ssn()})\n"
        f"[ ] Fee agreement signed — standard contingency {g.pct()}\n"
        f"[ ] Follow-up scheduled {g.relative()}\n"
    )


# ---------------------------------------------------------------------------
# school_records
# ---------------------------------------------------------------------------


def _student_id(g: _Gen) -> str:
    return g.pick([f"S{g.digits(7)}", f"20{g.r.randint(15, 24)}-{g.digits(4)}", g.digits(6)])


def _sc_record(g: _Gen, b: _Builder) -> None:
    sl = g.last()
    g1, g2 = g.name(), g.name()
    tpl = (
        "STUDENT INFORMATION SHEET — ⟦school⟧ (2024–25)\n"
        "Student: ⟦st⟧        Grade: ⟦gr⟧        Student #: ⟦sid⟧\nDate of birth: ⟦dob⟧\n"
        "Home address: ⟦addr⟧\n"
        "Guardian 1: ⟦g1⟧ (mother) — ⟦ph1⟧ — ⟦em1⟧\nGuardian 2: ⟦g2⟧ (father) — ⟦ph2⟧\n"
        "Home language: ⟦lang⟧    Bus route: ⟦bus⟧\n"
    )
    b.render(
        tpl,
        {
            "school": g.pick(SCHOOLS),
            "st": (g.full(None, sl), PERSON),
            "gr": str(g.r.randint(1, 12)),
            "sid": _student_id(g),
            "dob": (g.dob(2007, 2019), DOB),
            "addr": (g.address_us(), ADDR),
            "g1": (g.full(g1[0], sl), PERSON),
            "ph1": (g.phone(), PHONE),
            "em1": (g.email(*g1), EMAIL),
            "g2": (g.full(g2[0], sl), PERSON),
            "ph2": (g.phone(), PHONE),
            "lang": g.pick(
                ["Amharic", "Tagalog", "Turkish", "Ukrainian", "Spanish", "Twi", "Greek", "English"]
            ),
            "bus": f"{g.r.randint(1, 40)}{g.pick('AB')}",
        },
    )


def _sc_absence(g: _Gen, b: _Builder) -> None:
    sf, sl = g.name()
    tf, tl = g.name()
    tpl = (
        "Subject: ⟦sf⟧ — recent absences\n\nDear ⟦title⟧ ⟦gl⟧,\n\n"
        "I'm writing because ⟦sf2⟧ has missed 4 of the last 9 school days, including our unit "
        "test on "
        "⟦w1⟧. Their current average is ⟦pct⟧. Could we meet ⟦w2⟧, or by phone if easier? My "
        "direct "
        "line is ⟦ph⟧.\n\nKind regards,\n⟦tn⟧\nGrade 5, Room ⟦room⟧\n⟦tem⟧\n"
    )
    b.render(
        tpl,
        {
            "sf": (sf, PERSON),
            "sf2": (sf, PERSON),
            "title": g.pick(["Mr.", "Ms.", "Mrs."]),
            "gl": (sl, PERSON),
            "w1": (g.when(), DATE),
            "pct": g.pct(),
            "w2": (g.when(), DATE),
            "ph": (g.phone_us(), PHONE),
            "tn": (g.full(tf, tl), PERSON),
            "room": str(g.r.randint(100, 330)),
            "tem": (g.email(tf, tl, "eastbrook.k12.wa.us"), EMAIL),
        },
    )


def _sc_nurse(g: _Gen, b: _Builder) -> None:
    sl = g.last()
    tpl = (
        "School health office — medication authorization\nStudent: ⟦st⟧ (DOB ⟦dob⟧)\n"
        "Allergy: peanuts (anaphylaxis); EpiPen 0.3 mg kept in office\n"
        "Pediatrician: Dr. ⟦doc⟧, ⟦ph⟧\nInsurance: ⟦ins⟧, member ⟦hp⟧\nClinic chart no.: ⟦mrn⟧\n"
        "Parent/guardian signature: ⟦par⟧\n"
    )
    b.render(
        tpl,
        {
            "st": (g.full(None, sl), PERSON),
            "dob": (g.dob(2008, 2019), DOB),
            "doc": (g.full(), PERSON),
            "ph": (g.phone_us(), PHONE),
            "ins": g.pick(INSURERS),
            "hp": (g.health_plan(), HPN),
            "mrn": (g.mrn(), MRN),
            "par": (g.full(None, sl), PERSON),
        },
    )


def _sc_enroll(g: _Gen, b: _Builder) -> None:
    sl = g.last()
    gf, _ = g.name()
    tpl = (
        "Enrollment form (transfer student)\nPrevious school: ⟦prev⟧, ⟦city⟧, ⟦country⟧\n"
        "First day in district: ⟦date⟧\nStudent: ⟦st⟧, born ⟦dob⟧\nResidence: ⟦addr⟧\n"
        "Guardian: ⟦gn⟧, ⟦em⟧, ⟦ph⟧\nIEP on file: ⟦iep⟧ · Records request ⟦ref⟧\n"
    )
    b.render(
        tpl,
        {
            "prev": g.pick(
                [
                    "Lyceum No. 2",
                    "St. Columba's Primary",
                    "Escuela Benito Juárez",
                    "Sekolah Dasar Negeri 4",
                    "1st Gymnasium",
                    "Kwabenya Basic School",
                ]
            ),
            "city": (g.pick(INTL_CITIES), LOC),
            "country": (g.country(), LOC),
            "date": (g.date_only(), DATE),
            "st": (g.full(None, sl), PERSON),
            "dob": (g.dob(2007, 2019), DOB),
            "addr": (g.address_us(), ADDR),
            "gn": (g.full(gf, sl), PERSON),
            "em": (g.email(gf, sl), EMAIL),
            "ph": (g.phone(), PHONE),
            "iep": g.pick(["yes", "no"]),
            "ref": f"RR-{g.digits(6)}",
        },
    )


def _sc_fieldtrip(g: _Gen, b: _Builder) -> None:
    b.text(
        "Permission slip — "
        f"{g.pick(['Science Museum', 'Aquarium', 'State Capitol', 'Apple Orchard'])} trip, "
    )
    b.ent(g.when(), DATE)
    b.text(f"\nCost: {g.amount('$')} · Bus leaves at 8:15, returns {g.relative()}\n\nStudent: ")
    b.ent(g.full(), PERSON)
    b.text("\nEmergency contacts:\n")
    for k in range(g.r.randint(1, 3)):
        b.text(f"  {k + 1}. ")
        b.ent(g.full(), PERSON)
        b.text(f" ({g.pick(['aunt', 'grandmother', 'neighbor', 'father', 'mother', 'uncle'])}) ")
        b.ent(g.phone(), PHONE)
        b.text("\n")
    b.text("Signature of parent/guardian: ")
    b.ent(g.full(), PERSON)
    b.text("\n")


def _sc_grades(g: _Gen, b: _Builder) -> None:
    b.text(
        f"Quarter 2 progress — {g.pick(['Algebra I', 'Biology', 'World History', 'English 9'])} "
        f"(section {g.r.randint(1, 8)}, course {g.upper(3)}-{g.digits(3)})\n"
    )
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        rows.append(
            [
                (g.full(), PERSON),
                _student_id(g),
                g.pct(),
                g.pick(["A", "B+", "B", "C", "A-", "D"]),
                g.pick(["", "missing lab 3", "excellent project", "late x2", ""]),
            ]
        )
    _md_table(b, ["Student", "ID", "Avg", "Grade", "Note"], rows)
    b.text("Teacher: ")
    b.ent(g.full(), PERSON)
    b.text(f" · exported {g.relative()}\n")


def _sc_lunch(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "Cafeteria account notice\nDear ⟦pn⟧,\nThe meal account for ⟦stf⟧ (account ⟦acct⟧) is at "
        "⟦bal⟧. "
        "A payment of ⟦amt⟧ was charged to card ⟦cc⟧. Top up anytime at ⟦url⟧.\n"
        "Free/reduced application status: pending (⟦rel⟧).\n"
    )
    b.render(
        tpl,
        {
            "pn": (g.full(f, la), PERSON),
            "stf": (g.first(), PERSON),
            "acct": (g.account(), ACCT),
            "bal": g.amount("$"),
            "amt": g.amount("$"),
            "cc": (g.card(), CARD),
            "url": (g.url(["eastbrook.k12.wa.us", "pay.schoolcafe-hub.com"]), URL),
            "rel": g.relative(),
        },
    )


def _sc_volunteer(g: _Gen, b: _Builder) -> None:
    dlv, st, _ = g.driver_license()
    f, la = g.name()
    tpl = (
        "Volunteer chaperone background check\nName: ⟦full⟧\nDOB: ⟦dob⟧    SSN: ⟦ssn⟧\n"
        "Driver's license: ⟦dl⟧ (⟦st⟧)\nEmail: ⟦em⟧\nVehicle: ⟦car⟧ · Insurance verified\n"
        "Submitted ⟦rel⟧; result expected within 5 business days.\n"
    )
    b.render(
        tpl,
        {
            "full": (g.full(f, la), PERSON),
            "dob": (g.dob(1955, 2000), DOB),
            "ssn": (g.ssn(), SSN),
            "dl": (dlv, DL),
            "st": st,
            "em": (g.email(f, la), EMAIL),
            "car": g.pick(["Honda Odyssey", "Toyota Sienna", "Ford Explorer", "Tesla Model Y"]),
            "rel": g.relative(),
        },
    )


def _sc_counselor(g: _Gen, b: _Builder) -> None:
    sf, sl = g.name()
    tpl = (
        "Counselor note (confidential)\n⟦st⟧ (DOB ⟦dob⟧) arrived from ⟦city⟧ in the fall and is "
        "adjusting. "
        "Lives with grandmother ⟦gm⟧. Reports trouble sleeping; referred to ⟦clinic⟧ (chart "
        "⟦mrn⟧). "
        "Check in again ⟦when⟧. — ⟦cn⟧\n"
    )
    b.render(
        tpl,
        {
            "st": (g.full(sf, sl), PERSON),
            "dob": (g.dob(2007, 2017), DOB),
            "city": (g.location(), LOC),
            "gm": (g.full(None, sl), PERSON),
            "clinic": g.pick(CLINICS),
            "mrn": (g.mrn(), MRN),
            "when": (g.when(), DATE),
            "cn": (g.full(), PERSON),
        },
    )


def _sc_it(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "IT ticket ⟦tk⟧ — student account provisioning\nStudent: ⟦full⟧ (grade ⟦gr⟧)\n"
        "Account: ⟦em⟧\nInitial password: ⟦pw⟧ (must change at first login)\nLogin: ⟦url⟧\n"
        "Chromebook asset ⟦asset⟧ last seen at ⟦ip⟧; MDM profile ⟦ver⟧\n"
    )
    b.render(
        tpl,
        {
            "tk": f"INC{g.digits(7)}",
            "full": (g.full(f, la), PERSON),
            "gr": str(g.r.randint(3, 12)),
            "em": (g.email(f, la, "students.eastbrook.k12.wa.us"), EMAIL),
            "pw": (g.password(), PWD),
            "url": (g.url(["eastbrook.k12.wa.us", "portal.sunmeadow.edu"]), URL),
            "asset": f"CB-{g.digits(5)}",
            "ip": (g.ip(0.1, 0.5), IP),
            "ver": g.version(),
        },
    )


def _sc_transcript(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tpl = (
        "Transcript request (alumni)\nFormer student: ⟦full⟧ (maiden name ⟦maiden⟧)\nDate of "
        "birth: ⟦dob⟧\n"
        "Graduation year: ⟦yr⟧\nSend to: ⟦addr⟧\nContact: ⟦em⟧\nFee ⟦amt⟧ paid by card ⟦cc⟧\n"
    )
    b.render(
        tpl,
        {
            "full": (g.full(f, la), PERSON),
            "maiden": (g.last(), PERSON),
            "dob": (g.dob(1960, 2005), DOB),
            "yr": str(g.r.randint(1980, 2023)),
            "addr": (g.address(0.3), ADDR),
            "em": (g.email(f, la), EMAIL),
            "amt": g.amount("$"),
            "cc": (g.card(), CARD),
        },
    )


def _sc_clean_supplies(g: _Gen, b: _Builder) -> None:
    b.text(
        f"Grade {g.r.randint(1, 8)} supply list\n- 2 composition notebooks\n- 24 pencils (No. 2)\n"
        f"- 1 box of tissues\n- Headphones ({g.pick(['Sony', 'JBL', 'any brand'])})\nEstimated "
        f"cost: {g.amount('$')}. "
        f"Supplies are due {g.relative()}.\n"
    )


def _sc_clean_policy(g: _Gen, b: _Builder) -> None:
    b.text(
        "Grading policy\nHomework 20% · Quizzes 25% · Tests 40% · Participation 15%\n"
        f"Late work loses {g.pct()} per day. Retakes are allowed within {g.r.randint(3, 10)} "
        "school days. "
        f"Gradebook sync runs nightly (job {g.uuid()[:8]}).\n"
    )


# ---------------------------------------------------------------------------
# ci_logs
# ---------------------------------------------------------------------------


def _ci_actions(g: _Gen, b: _Builder) -> None:
    clk = _LogClock(g)
    clk.style = 0

    def ln(line: str) -> None:
        b.text(f"{clk.next()} {line}")

    ln("##[group]Run actions/checkout@v4\n")
    ln(f"Syncing repository: lanternfox/{g.pick(['billing-api', 'web', 'infra', 'etl-jobs'])}\n")
    ln(f"HEAD is now at {g.sha(True)} bump deps to {g.version()}\n")
    ln("##[endgroup]\n")
    ln("##[group]Run aws-actions/configure-aws-credentials@v4\n")
    ln(f"  aws-region: {g.pick(['eu-west-1', 'us-east-1', 'ap-southeast-2'])}\n")
    ln("  aws-access-key-id: ")
    b.ent(g.aws_access_key(), AWS_AK)
    b.text("\n")
    ln("  aws-secret-access-key: ***\n")
    ln("##[endgroup]\n")
    ln('+ echo "debug: AWS_SECRET_ACCESS_KEY=')
    b.ent(g.aws_secret_key(), AWS_SK)
    b.text('"\n')
    ln(
        f"Uploading artifact build-{g.sha(True)}.tar.gz ({g.r.randint(2, 90)} MB) ... HTTP "
        f"{g.pick(['200', '201'])}\n"
    )
    if g.chance(0.5):
        ln("Notifying ")
        b.ent(g.url(["hooks.lanternfox.io", "ci.lanternfox.io"]), URL)
        b.text(f" -> {g.pick(['200', '204', '502'])}\n")
    ln(f"Job completed in {g.r.randint(1, 14)}m{g.r.randint(0, 59)}s\n")


def _env_lines(g: _Gen, b: _Builder) -> None:
    lines: list[list[Slot]] = [
        ["NODE_ENV=production"],
        [f"PORT={g.pick(['3000', '8080', '8000'])}"],
        ["LOG_LEVEL=info"],
        [
            "DATABASE_URL=postgres://app_rw:",
            (g.password(True), PWD),
            f"@{g.pick(['db-prod.internal', 'pg-main.svc.cluster.local'])}:5432/orders",
        ],
        ["STRIPE_SECRET_KEY=", (g.stripe_key(), STRIPE)],
        ["SENDGRID_API_KEY=", (g.generic_secret(), SECRET)],
        ["AWS_ACCESS_KEY_ID=", (g.aws_access_key(), AWS_AK)],
        ["AWS_SECRET_ACCESS_KEY=", (g.aws_secret_key(), AWS_SK)],
        ["SESSION_SECRET=", (g.generic_secret(), SECRET)],
        ["FEATURE_FLAGS=checkout_v2,dark_mode"],
        [f"SENTRY_DSN={g.placeholder()}"],
        ["REDIS_HOST=", (g.ipv4(True), IP)],
        [f"APP_VERSION={g.version()}"],
        ["ADMIN_EMAIL=", (g.email(domain="lanternfox.io"), EMAIL)],
        [f"CACHE_TTL={g.r.randint(30, 3600)}"],
        ["ENABLE_METRICS=true"],
        ["GH_TOKEN=", (g.github_token(), GH)],
        [f"PLACEHOLDER_KEY={g.placeholder()}"],
        ["SLACK_BOT_TOKEN=", (g.slack_token(), SLACK)],
        ["INTERNAL_SERVICE_JWT=", (g.jwt(), JWT)],
    ]
    keep = [ln for ln in lines if g.chance(0.55)]
    if not any(isinstance(c, tuple) for ln in keep for c in ln):
        keep.append(lines[4])
    for ln in keep:
        for c in ln:
            b.put(c)
        b.text("\n")


def _ci_env(g: _Gen, b: _Builder) -> None:
    b.text(
        g.pick(
            [
                "# ---- copied from vault, DO NOT COMMIT ----\n",
                f"$ cat .env.production   # debugging failed deploy {g.sha(True)}\n",
                "Step 4/9 : COPY .env /app/.env\n---> Running in " + g.chars(_HEX, 12) + "\n",
            ]
        )
    )
    _env_lines(g, b)


def _ci_compose(g: _Gen, b: _Builder) -> None:
    b.text(
        f'# docker-compose.yml (pasted in #ops by request)\nversion: "3.9"\nservices:\n  db:\n'
        f"    image: postgres:{g.r.randint(13, 17)}.{g.r.randint(0, 5)}\n    environment:\n"
        f'      POSTGRES_USER: app\n      POSTGRES_PASSWORD: "'
    )
    b.ent(g.password(), PWD)
    b.text(
        f'"\n      POSTGRES_DB: orders\n  api:\n    image: ghcr.io/lanternfox/api:{g.version()}\n'
        f'    ports: ["8080:8080"]\n    environment:\n      LOG_LEVEL: debug\n      STRIPE_KEY: '
    )
    b.ent(g.stripe_key(), STRIPE)
    b.text("\n      MAPS_API_KEY: ")
    b.ent(g.generic_secret(), SECRET)
    b.text(f'\n      WEBHOOK_SECRET: {g.placeholder()}\n      REPLICAS: "{g.r.randint(1, 6)}"\n')
    if g.chance(0.5):
        b.text(
            "  worker:\n    image: lanternfox/worker@sha256:"
            + g.chars(_HEX, 64)
            + '\n    extra_hosts:\n      - "billing-db:'
        )
        b.ent(g.ipv4(True), IP)
        b.text('"\n')


def _ci_k8s(g: _Gen, b: _Builder) -> None:
    clk = _LogClock(g)
    app = g.pick(["checkout", "search", "notifier", "ledger"])
    b.text(f"$ kubectl rollout status deploy/{app} -n prod\n")
    for _ in range(g.r.randint(2, 4)):
        b.text(
            f"{clk.next()} "
            f"pod/{app}-{g.chars(_HEX, 10)}-{g.chars('bcdfghjklmnpqrstvwxz2456789', 5)} "
            f"Started container (image tag {g.version()}, ip "
        )
        b.ent(g.ipv4(True) if g.chance(0.8) else g.ipv6(), IP)
        b.text(")\n")
    if g.chance(0.4):
        b.text(f"{clk.next()} auth middleware: rejecting token ")
        b.ent(g.jwt(), JWT)
        b.text(" (exp in the past)\n")
    b.text(
        f"{clk.next()} readiness probe failed: HTTP {g.pick(['503', '500', '404'])} "
        f"(request id {g.uuid()})\n"
    )
    b.text(f"{clk.next()} upstream ")
    b.ent(g.ip(0.2), IP)
    b.text(f":443 connect timeout after {g.r.randint(1, 30)}s; retrying ({g.r.randint(1, 5)}/5)\n")
    b.text(f'{clk.next()} deployment "{app}" successfully rolled out ({g.pct()} traffic shifted)\n')


def _ci_sa_json(g: _Gen, b: _Builder) -> None:
    org = g.pick(["lanternfox", "kestrel", "wick"])
    proj = f"{org}-{g.pick(['prod', 'staging', 'data'])}-{g.digits(6)}"
    b.text("Error: invalid JSON in GOOGLE_CREDENTIALS (line 1). Value was:\n")
    fields: list[tuple[str, Slot]] = [
        ("type", "service_account"),
        ("project_id", proj),
        ("private_key_id", g.chars(_HEX, 40)),
        ("private_key", (g.private_key("\\n"), PEM)),
        ("client_email", (f"deployer@{proj}.iam.gserviceaccount.com", EMAIL)),
        ("client_id", g.digits(21, True)),
        ("token_uri", ("https://oauth2.googleapis.com/token", URL)),
    ]
    _json_line(b, fields, multiline=True)
    b.text(f"\nExit code {g.pick(['1', '2'])}\n")


def _ci_terraform(g: _Gen, b: _Builder) -> None:
    b.text(
        f'# providers.tf (committed in {g.sha(True)}, reverted {g.relative()})\nprovider "aws" {{\n'
        f'  region     = "{g.pick(["eu-north-1", "us-west-2", "ap-northeast-1"])}"\n  access_key '
        '= "'
    )
    b.ent(g.aws_access_key(), AWS_AK)
    b.text('"\n  secret_key = "')
    b.ent(g.aws_secret_key(), AWS_SK)
    b.text(
        f'"\n}}\n\nTerraform v{g.version().lstrip("v")}\n'
        f"Plan: {g.r.randint(0, 9)} to add, {g.r.randint(0, 5)} to change, 0 to destroy.\n"
        f'  # aws_instance.bastion will be updated in-place\n      ~ private_ip = "'
    )
    b.ent(g.ipv4(True), IP)
    b.text(f'" -> (known after apply)\n      ami = "ami-{g.chars(_HEX, 17)}"\n')


def _ci_test_fail(g: _Gen, b: _Builder) -> None:
    b.text(
        "FAILED tests/test_api.py::test_orders_list - AssertionError: expected 200, got 401\n"
        "---- Captured log call ----\nDEBUG request: GET "
    )
    b.ent(
        g.pick(
            [
                "https://api.lanternfox.io/v1/orders?limit=50",
                "https://staging.kestrelcare.org/api/patients",
                "https://api.travelwick.com/v3/trips?page=2",
            ]
        ),
        URL,
    )
    b.text("\nDEBUG headers: {'Authorization': 'Bearer ")
    b.ent(g.jwt(), JWT)
    b.text(
        f"', 'User-Agent': 'python-requests/2.{g.r.randint(25, 32)}.0', 'X-Request-Id': "
        f"'{g.uuid()}'}}\n"
        'DEBUG response 401: {"error": "token expired"}\n'
    )
    b.text(
        f"==== 1 failed, {g.r.randint(40, 400)} passed, {g.r.randint(0, 9)} skipped in "
        f"{g.r.randint(10, 300)}.{g.digits(2)}s ====\n"
    )


def _ci_git(g: _Gen, b: _Builder) -> None:
    b.text("$ git log -3 --format=fuller\n")
    for _ in range(g.r.randint(2, 3)):
        f, la = g.name()
        b.text(f"commit {g.sha()}\nAuthor:     ")
        b.ent(g.full(f, la), PERSON)
        b.text(" <")
        b.ent(
            g.email(f, la, g.pick(["lanternfox.io", "users.noreply.github.com", "gmail.com"])),
            EMAIL,
        )
        b.text(
            f">\nAuthorDate: {_LogClock(g).next()}\n\n    "
            + g.pick(
                [
                    "fix: retry on 429",
                    "chore: bump " + g.version(),
                    "feat: export to CSV",
                    "ci: cache pip",
                ]
            )
            + "\n\n"
        )


def _ci_slack(g: _Gen, b: _Builder) -> None:
    clk = _LogClock(g)
    b.text(
        f"{clk.next()} Run notify-slack\n{clk.next()} curl -s -X POST "
        "https://slack.com/api/chat.postMessage \\\n"
        f'  -H "Authorization: Bearer '
    )
    b.ent(g.slack_token(), SLACK)
    b.text(
        f'" \\\n  -d channel={g.pick(["#deploys", "#alerts", "#release"])} -d text="{g.version()} '
        "deployed by "
    )
    b.ent(g.first(), PERSON)
    b.text(f'"\n{clk.next()} {{"ok":true,"ts":"{g.digits(10)}.{g.digits(6)}"}}\n')


def _ci_npm(g: _Gen, b: _Builder) -> None:
    clk = _LogClock(g)
    b.text(f"{clk.next()} npm ci --registry ")
    b.ent("https://registry.npmjs.org/", URL)
    b.text(
        f"\n{clk.next()} added {g.r.randint(200, 1900)} packages in {g.r.randint(5, 90)}s\n"
        f"{clk.next()} npm WARN deprecated request@2.88.2\n{clk.next()} writing ~/.npmrc:\n"
        "//npm.pkg.github.com/:_authToken="
    )
    b.ent(g.github_token(), GH)
    b.text("\n//registry.npmjs.org/:_authToken=")
    b.ent("npm_" + g.entropic(_B62, 36), SECRET)
    b.text(
        f"\n{clk.next()} audit: {g.r.randint(0, 12)} vulnerabilities ({g.r.randint(0, 3)} high)\n"
    )


def _ci_ssh(g: _Gen, b: _Builder) -> None:
    clk = _LogClock(g)
    b.text(
        f"{clk.next()} Writing deploy key to ~/.ssh/id_deploy\n{clk.next()} + cat "
        "~/.ssh/id_deploy\n"
    )
    b.ent(g.private_key(), PEM)
    b.text(f"\n{clk.next()} ssh -i ~/.ssh/id_deploy deploy@")
    b.ent(g.ipv4(), IP)
    b.text(
        f" 'sudo systemctl restart app'\n{clk.next()} Warning: Permanently added host (ED25519) "
        "to known hosts.\n"
        f"{clk.next()} release {g.version()} live\n"
    )


def _ci_gh_token(g: _Gen, b: _Builder) -> None:
    clk = _LogClock(g)
    b.text(
        f"{clk.next()} Run gh release create {g.version()} --notes-file CHANGELOG.md\n"
        f"{clk.next()} env:\n{clk.next()}   GH_TOKEN: "
    )
    b.ent(g.github_token(), GH)
    b.text(f"\n{clk.next()}   GITHUB_SHA: {g.sha()}\n{clk.next()}   API_TOKEN: ")
    if g.chance(0.5):
        b.ent(g.generic_secret(), SECRET)
    else:
        b.text(g.placeholder())
    b.text(f"\n{clk.next()} HTTP 422: Validation Failed (tag already exists)\n")


def _ci_clean_build(g: _Gen, b: _Builder) -> None:
    clk = _LogClock(g)
    for s in [
        f"Starting build #{g.r.randint(100, 9999)} on runner "
        f"{g.pick(SOFTWARE_NAMES).lower()}-{g.digits(2)}",
        f"Checking out {g.sha()}",
        f"Using Python 3.{g.r.randint(8, 13)}.{g.r.randint(0, 9)}",
        f"Resolved {g.r.randint(30, 300)} dependencies (lockfile {g.sha(True)})",
        f"Cache hit rate {g.pct()}",
        f"Tests: {g.r.randint(100, 999)} passed, 0 failed",
        f"Image pushed: registry/app:{g.version()} digest sha256:{g.chars(_HEX, 64)}",
        f"Healthcheck GET /healthz -> {g.pick(['200', '204'])}",
        f"API_KEY={g.placeholder()}  (placeholder, set in runtime secrets)",
        f"Build {g.uuid()} finished in {g.r.randint(1, 20)}m",
    ]:
        b.text(f"{clk.next()} {s}\n")


def _ci_clean_config(g: _Gen, b: _Builder) -> None:
    b.text(
        f"# config/app.yaml\napp:\n  name: {g.pick(['orders', 'search', 'notifier'])}\n  version: "
        f"{g.version()}\n"
        f"  region: {g.pick(['eu-west-1', 'us-east-2'])}\n  debug: false\n  workers: "
        f"{g.r.randint(1, 16)}\n"
        f"  password: {g.pick(['${DB_PASSWORD}', 'changeme', '<set-in-vault>', '********'])}\n"
        f"  api_key: {g.placeholder()}\n  timeout_ms: {g.r.randint(100, 30000)}\n  broker: "
        f"{g.pick(SOFTWARE_NAMES)}\n"
    )


# ---------------------------------------------------------------------------
# customer_export
# ---------------------------------------------------------------------------


def _cx_jsonl(g: _Gen, b: _Builder) -> None:
    for _ in range(g.r.randint(3, 6)):
        f, la = g.name()
        fields: list[tuple[str, Slot]] = [("id", g.uuid()), ("name", (g.full(f, la), PERSON))]
        if g.chance(0.85):
            fields.append(("email", (g.email(f, la), EMAIL)))
        if g.chance(0.6):
            fields.append(("phone", (g.phone_e164() if g.chance(0.5) else g.phone(), PHONE)))
        if g.chance(0.5):
            fields.append(("city", (g.city(), LOC)))
        if g.chance(0.4):
            d = g._date(1945, 2005)
            fields.append(("birthdate", (f"{d.year}-{d.month:02d}-{d.day:02d}", DOB)))
        fields.append(("created_at", _LogClock(g).next()))
        fields.append(("ltv", _Raw(f"{g.r.randint(0, 9000)}.{g.digits(2)}")))
        fields.append(("tier", g.pick(["free", "pro", "enterprise"])))
        _json_line(b, fields)
        b.text("\n")


def _cx_semicolon(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 7)):
        f, la = g.name()
        rows.append(
            [
                g.digits(6),
                (f"{la}, {f}" if g.chance(0.3) else g.full(f, la), PERSON),
                (g.email(f, la), EMAIL),
                (g.phone(), PHONE),
                (g.address(0.35), ADDR),
                (g.dob(), DOB) if g.chance(0.7) else "",
                g.amount(""),
            ]
        )
    _delimited(
        b,
        ";",
        ["customer_no", "name", "email", "phone", "address", "date_of_birth", "balance"],
        rows,
    )


def _cx_pipe(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        f, la = g.name()
        rows.append(
            [
                f"C{g.digits(7)}",
                (g.full(f, la), PERSON),
                (g.iban(False), IBAN),
                (g.account(), ACCT),
                g.pick(["SEPA", "ACH", "WIRE"]),
                g.order_no(),
            ]
        )
    _delimited(
        b, "|", ["cust_id", "full_name", "iban", "internal_acct", "rail", "last_order"], rows
    )


def _cx_md_cards(g: _Gen, b: _Builder) -> None:
    b.text(f"### Payment methods export ({g.relative()})\n\n")
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        f, la = g.name()
        valid = g.chance(0.75)
        rows.append(
            [
                (g.full(f, la), PERSON),
                (g.email(f, la), EMAIL),
                (g.card(), CARD) if valid else g.bad_card(),
                f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}",
                "ok" if valid else "invalid checksum",
            ]
        )
    _md_table(b, ["Customer", "Email", "Card number", "Exp", "Status"], rows)


def _cx_kyc(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        dlv, st, _ = g.driver_license()
        rows.append(
            [
                g.uuid()[:13],
                (g.full(), PERSON),
                (g.dob(1950, 2004), DOB),
                (g.ssn(0), SSN),
                (dlv, DL),
                st,
                g.pick(["verified", "manual_review", "rejected"]),
            ]
        )
    if g.chance(0.6):
        rows.append([g.uuid()[:13], "TEST USER", "", g.bad_ssn(), "N/A", "--", "synthetic"])
    _delimited(
        b,
        g.pick([";", "\t"]),
        ["ref", "name", "dob", "ssn", "dl_number", "dl_state", "kyc_status"],
        rows,
    )


def _cx_pretty_json(g: _Gen, b: _Builder) -> None:
    b.text("[\n")
    n = g.r.randint(2, 3)
    for k in range(n):
        f, la = g.name()
        b.text("  ")
        _json_line(
            b,
            [
                ("id", _Raw(str(g.r.randint(10000, 99999)))),
                ("displayName", (g.full(f, la), PERSON)),
                ("contactEmail", (g.email(f, la), EMAIL)),
                ("shippingAddress", (g.address(0.4), ADDR)),
                ("lastLoginIp", (g.ip(0.3), IP)),
                ("marketingOptIn", _Raw(g.pick(["true", "false"]))),
                ("appVersion", g.version()),
            ],
            indent="  ",
            multiline=True,
        )
        b.text(",\n" if k < n - 1 else "\n")
    b.text("]\n")


def _cx_tickets(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        f, la = g.name()
        rows.append(
            [
                f"T-{g.digits(6)}",
                (g.email(f, la), EMAIL),
                (g.ip(0.25), IP),
                g.pick(["login loop", "refund", "2FA reset", "bug: HTTP 500 on export", "billing"]),
                g.pick(["open", "pending", "solved"]),
                f"Mozilla/5.0 Chrome/{g.r.randint(110, 131)}.0",
            ]
        )
    _delimited(
        b, g.pick(["\t", "|"]), ["ticket", "requester", "ip", "subject", "status", "ua"], rows
    )


def _cx_subscriptions(g: _Gen, b: _Builder) -> None:
    b.text(f"-- subscription export, plan prices in USD, generated by job {g.uuid()[:8]}\n")
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        f, la = g.name()
        pay: Slot = (g.card(""), CARD) if g.chance(0.5) else (g.iban(), IBAN)
        rows.append(
            [
                f"cus_{g.chars(_B62, 14)}",
                (g.full(f, la), PERSON),
                g.pick(["basic", "plus", "team"]),
                f"{g.r.choice([9, 19, 49, 99])}.00",
                pay,
                g.pick(["active", "past_due", "canceled"]),
            ]
        )
    _delimited(b, ";", ["customer", "name", "plan", "mrr", "payment_method", "status"], rows)


def _cx_loyalty(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        f, la = g.name()
        rows.append(
            [
                (g.account(), ACCT),
                (g.full(f, la), PERSON),
                (g.phone(), PHONE),
                f"{g.r.randint(0, 90000):,}".replace(",", "."),
                g.pick(["Silver", "Gold", "Platinum"]),
                (g.city(), LOC),
            ]
        )
    _md_table(b, ["Account", "Member", "Mobile", "Points", "Tier", "Home store"], rows)


def _cx_patients(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        rows.append(
            [
                (g.mrn(), MRN),
                (g.full(), PERSON),
                (g.dob(), DOB),
                (g.health_plan(), HPN),
                g.pick(INSURERS),
                g.pick(["E11.9", "I10", "J45.909", "F41.1", "Z00.00"]),
            ]
        )
    _delimited(b, g.pick(["|", ";"]), ["mrn", "patient", "dob", "member_id", "payer", "dx"], rows)


def _cx_leads(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(3, 6)):
        rows.append(
            [
                (g.full(), PERSON),
                g.pick(BRANDS),
                (
                    g.url(
                        [
                            "acme-fieldservices.com",
                            "nordvik.io",
                            "ghanatech.africa",
                            "suryaprint.co.id",
                        ]
                    ),
                    URL,
                ),
                (g.phone(), PHONE),
                (g.location(), LOC),
                g.pct(),
            ]
        )
    b.text("Q3 leads (source: trade show)\n\n")
    _md_table(b, ["Contact", "Company", "Website", "Phone", "Region", "Score"], rows)


def _cx_clean_inventory(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for _ in range(g.r.randint(4, 8)):
        rows.append(
            [
                f"SKU-{g.digits(5)}",
                g.pick(
                    [
                        "Casper pillow",
                        "Dyson filter",
                        "Bosch drill bit",
                        "Philips bulb",
                        "Miele bag",
                        "Casio strap",
                    ]
                ),
                str(g.r.randint(0, 500)),
                g.amount("$"),
                g.version(),
                g.bad_card() if g.chance(0.3) else "-",
            ]
        )
    _delimited(b, ";", ["sku", "product", "qty", "price", "fw", "barcode"], rows)


def _cx_clean_metrics(g: _Gen, b: _Builder) -> None:
    rows: list[list[Slot]] = []
    for seg in ["free", "pro", "team", "enterprise"]:
        rows.append(
            [seg, str(g.r.randint(10, 90000)), g.pct(), g.amount("$"), g.pick(["↑", "↓", "→"])]
        )
    _md_table(b, ["Segment", "Customers", "Churn", "ARPU", "Trend"], rows)
    b.text(f"\nSnapshot id {g.uuid()} · refreshed {g.relative()}\n")


# ---------------------------------------------------------------------------
# voice_transcript
# ---------------------------------------------------------------------------


class _Turns:
    """Speaker-turn helper producing ASR-like transcripts."""

    def __init__(self, g: _Gen, b: _Builder, a: str, c: str) -> None:
        self.g, self.b = g, b
        self.labels = {"A": a, "C": c}
        self.stamp = g.chance(0.5)
        self.t = g.r.randint(0, 20)

    def say(self, who: str, tpl: str, slots: dict[str, Slot] | None = None) -> None:
        if self.stamp:
            self.t += self.g.r.randint(2, 14)
            m, s = divmod(self.t, 60)
            self.b.text(f"[00:{m:02d}:{s:02d}] ")
        self.b.text(f"{self.labels[who]}: ")
        self.b.render(tpl, slots or {})
        self.b.text("\n")


def _voice_labels(g: _Gen) -> tuple[str, str]:
    return g.r.choice(
        [
            ("Agent", "Caller"),
            ("SPEAKER_00", "SPEAKER_01"),
            ("Speaker 1", "Speaker 2"),
            ("Rep", "Customer"),
        ]
    )


def _vc_bank(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "thank you for calling, this call may be recorded. who am i speaking with?")
    tr.say("C", "hi yes um this is ⟦pn⟧", {"pn": (g.full(f, la), PERSON)})
    tr.say("A", "thanks ⟦pf⟧. can you verify the account number?", {"pf": (f, PERSON)})
    tr.say("C", "sure it's ⟦acct⟧", {"acct": (g.account(), ACCT)})
    tr.say("A", "and the last four of your social?")
    tr.say("C", "actually here's the whole thing ⟦ssn⟧", {"ssn": (g.ssn(g.r.choice([0, 1])), SSN)})
    tr.say(
        "A",
        "okay you're verified. i see a pending charge of ⟦amt⟧ from ⟦brand⟧.",
        {"amt": g.amount("$"), "brand": g.pick(BRANDS)},
    )
    tr.say("C", "yeah that's not me, i was in ⟦loc⟧ that week", {"loc": (g.location(), LOC)})


def _vc_pharmacy(g: _Gen, b: _Builder) -> None:
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "pharmacy refill line, can i have the patient's name and date of birth?")
    tr.say("C", "⟦pn⟧, born ⟦dob⟧", {"pn": (g.full(), PERSON), "dob": (g.dob(spoken=True), DOB)})
    tr.say("A", "and the prescription number? it starts with rx")
    tr.say(
        "C",
        "rx ⟦rx⟧. the clinic also gave me a record number ⟦mrn⟧ if that helps",
        {"rx": g.digits(7), "mrn": (g.mrn(), MRN)},
    )
    tr.say(
        "A",
        "perfect. it'll be ready ⟦rel⟧, your copay is ⟦amt⟧",
        {"rel": g.relative(), "amt": g.amount("$")},
    )
    tr.say("C", "great can you text me at ⟦ph⟧ when it's ready", {"ph": (g.phone_us(), PHONE)})


def _vc_voicemail(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    p = g.phone_us()
    b.text(g.pick(["voicemail transcript (auto): ", "New voicemail — ", "[transcribed] "]))
    b.render(
        g.pick(
            [
                "hi this is ⟦pn⟧ calling from ⟦org⟧ about the estimate you asked for, give me a "
                "call back at "
                "⟦ph⟧, again that's ⟦ph2⟧, or email me at ⟦em⟧. thanks bye\n",
                "hey ⟦rf⟧ it's ⟦pf⟧ um just wanted to say i'll be at the ⟦brand⟧ near ⟦addr⟧ "
                "around ⟦when⟧ so "
                "call me at ⟦ph⟧ if plans change ok bye\n",
            ]
        ),
        {
            "pn": (g.full(f, la), PERSON),
            "pf": (f, PERSON),
            "rf": (g.first(), PERSON),
            "org": g.pick(["Tidewater Roofing", "Harbor Plumbing", "Nordvik Solar"]),
            "ph": (p, PHONE),
            "ph2": (p, PHONE),
            "em": (g.email(f, la), EMAIL),
            "brand": g.pick(["Wendy's", "Trader Joe's", "Walgreens", "Tim Hortons"]),
            "addr": (g.address_us(False), ADDR),
            "when": (g.when(True), DATE),
        },
    )


def _vc_travel(g: _Gen, b: _Builder) -> None:
    (c1, _), (c2, _) = _two_airports(g)
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "what's the confirmation code on the booking?")
    tr.say("C", "⟦pnr⟧ and the name is ⟦pn⟧", {"pnr": g.pnr().lower(), "pn": (g.full(), PERSON)})
    tr.say(
        "A",
        "i see you flying ⟦c1⟧ to ⟦c2⟧ on ⟦w1⟧ seat ⟦seat⟧",
        {"c1": (c1, LOC), "c2": (c2, LOC), "w1": (g.when(True), DATE), "seat": g.seat().lower()},
    )
    tr.say("C", "right i need to move it to ⟦w2⟧ if possible", {"w2": (g.when(True), DATE)})
    tr.say(
        "A",
        "that's a fare difference of ⟦amt⟧, i'll send the receipt to ⟦em⟧",
        {"amt": g.amount("$"), "em": (g.email(), EMAIL)},
    )


def _vc_insurance(g: _Gen, b: _Builder) -> None:
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "i can help with that claim, what's your member id?")
    tr.say("C", "it's ⟦hp⟧", {"hp": (g.health_plan(), HPN)})
    tr.say("A", "and your date of birth")
    tr.say("C", "⟦dob⟧", {"dob": (g.dob(spoken=True), DOB)})
    tr.say(
        "A",
        "thank you ⟦pf⟧, the claim from ⟦date⟧ was denied for code ⟦code⟧, i can reopen it",
        {
            "pf": (g.first(), PERSON),
            "date": (g.date_only(), DATE),
            "code": f"CO-{g.r.randint(4, 97)}",
        },
    )
    tr.say("C", "please, and update my address to ⟦addr⟧", {"addr": (g.address_us(), ADDR)})


def _vc_dictation(g: _Gen, b: _Builder) -> None:
    b.text("dictation: ")
    b.render(
        "this is Dr. ⟦doc⟧ dictating a clinic note for ⟦pn⟧ date of birth ⟦dob⟧ medical record "
        "number ⟦mrn⟧. "
        "patient seen today for follow up of hypertension, blood pressure 138 over 84, heart rate "
        "76. "
        "continue amlodipine 5 mg daily, recheck labs in 6 weeks, follow up ⟦when⟧. end of "
        "dictation\n",
        {
            "doc": (g.last(), PERSON),
            "pn": (g.full(), PERSON),
            "dob": (g.dob(spoken=True), DOB),
            "mrn": (g.mrn(), MRN),
            "when": (g.when(True), DATE),
        },
    )


def _vc_techsupport(g: _Gen, b: _Builder) -> None:
    f, la = g.name()
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "okay what email is on the account")
    tr.say("C", "⟦em⟧", {"em": (g.email(f, la), EMAIL)})
    tr.say("A", "got it ⟦pf⟧, can you read me the ip address on that screen", {"pf": (f, PERSON)})
    tr.say(
        "C",
        "it says ⟦ip⟧ and firmware ⟦ver⟧",
        {"ip": (g.ipv4(g.chance(0.6)), IP), "ver": g.version()},
    )
    tr.say("A", "alright and the wifi password you set was")
    tr.say("C", "⟦pw⟧", {"pw": (g.pick(WORDS) + g.digits(g.r.randint(2, 4)), PWD)})
    tr.say(
        "A",
        "ok reboot it and go to ⟦url⟧ error code 504 should clear",
        {"url": (g.pick(["www.nordvik.io/setup", "www.lanternfox.io/help"]), URL)},
    )


def _vc_payment(g: _Gen, b: _Builder) -> None:
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "i can take that payment now, what's the card number")
    tr.say("C", "⟦cc⟧", {"cc": (g.card(" "), CARD)})
    tr.say("A", "expiration and security code")
    tr.say(
        "C",
        "⟦exp⟧ and ⟦cvv⟧",
        {"exp": f"{g.r.randint(1, 12):02d} {g.r.randint(26, 31)}", "cvv": g.digits(3)},
    )
    tr.say("A", "and the name on the card")
    tr.say("C", "⟦pn⟧", {"pn": (g.full(), PERSON)})
    tr.say(
        "A",
        "thank you, ⟦amt⟧ applied, confirmation ⟦conf⟧",
        {"amt": g.amount("$"), "conf": g.digits(8)},
    )


def _vc_legal(g: _Gen, b: _Builder) -> None:
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "legal aid hotline, what's your name and where are you calling from")
    tr.say(
        "C",
        "my name is ⟦pn⟧ i'm in ⟦city⟧",
        {"pn": (g.full(), PERSON), "city": (g.pick(US_CITY_NAMES), LOC)},
    )
    tr.say(
        "C",
        "my landlord ⟦ll⟧ changed the locks on ⟦date⟧ and my stuff is still inside",
        {"ll": (g.full(), PERSON), "date": (g.date_only(), DATE)},
    )
    tr.say("A", "i'm sorry, what's the best number to reach you")
    tr.say("C", "⟦ph⟧", {"ph": (g.phone(0.8), PHONE)})
    tr.say(
        "A",
        "ok i opened case ⟦dock⟧ an attorney will call you ⟦rel⟧",
        {"dock": g.docket().lower(), "rel": g.relative()},
    )


def _vc_dmv(g: _Gen, b: _Builder) -> None:
    dlv, _, stn = g.driver_license()
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "department of licensing, how can i help")
    tr.say("C", "i need to renew my license the number is ⟦dl⟧", {"dl": (dlv, DL)})
    tr.say("A", "and your date of birth")
    tr.say("C", "⟦dob⟧", {"dob": (g.dob(1950, 2006, True), DOB)})
    tr.say(
        "A",
        "ok ⟦pf⟧ the earliest appointment in ⟦st⟧ is ⟦when⟧",
        {"pf": (g.first(), PERSON), "st": (stn, LOC), "when": (g.when(True), DATE)},
    )


def _vc_school(g: _Gen, b: _Builder) -> None:
    sl = g.last()
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say("A", "attendance office")
    tr.say(
        "C",
        "hi i'm calling to excuse ⟦st⟧ grade ⟦gr⟧ she has a dentist appointment ⟦when⟧",
        {
            "st": (g.full(None, sl), PERSON),
            "gr": str(g.r.randint(1, 12)),
            "when": (g.when(True), DATE),
        },
    )
    tr.say("A", "and you are")
    tr.say(
        "C",
        "her mom ⟦mn⟧, my cell is ⟦ph⟧",
        {"mn": (g.full(None, sl), PERSON), "ph": (g.phone_us(), PHONE)},
    )
    tr.say("A", "got it, student number ⟦sid⟧ noted", {"sid": _student_id(g)})


def _vc_clean_ivr(g: _Gen, b: _Builder) -> None:
    tr = _Turns(g, b, "IVR", "Caller")
    tr.say(
        "A", "for billing press 1 for appointments press 2 for all other questions stay on the line"
    )
    tr.say("C", "2")
    tr.say(
        "A",
        f"your estimated wait time is {g.r.randint(2, 20)} minutes, you are caller number "
        f"{g.r.randint(2, 9)}",
    )
    tr.say("C", "representative")


def _vc_clean_smalltalk(g: _Gen, b: _Builder) -> None:
    tr = _Turns(g, b, *_voice_labels(g))
    tr.say(
        "A",
        "sorry about the hold, systems have been slow since "
        f"{g.pick(['last week', 'yesterday', 'this morning', 'the update'])}",
    )
    tr.say(
        "C",
        f"no worries it's raining anyway, my {g.pick(['Alexa', 'Siri'])} said {g.pct()} chance "
        "all week",
    )
    tr.say(
        "A",
        f"ha yeah, ok the update {g.version()} should fix the app, error 403 means you need to "
        "sign in again",
    )
    tr.say("C", "ok thanks")


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------

_TEMPLATES: dict[str, tuple[tuple[Template, ...], tuple[Template, ...]]] = {
    "telehealth_chat": (
        (
            _th_intake,
            _th_results,
            _th_refill,
            _th_video,
            _th_contact_update,
            _th_caregiver,
            _th_billing,
            _th_triage,
            _th_referral,
            _th_reset,
            _th_ssn,
            _th_mood,
        ),
        (_th_clean_reminder, _th_clean_tips),
    ),
    "travel_booking": (
        (
            _tr_itinerary,
            _tr_manifest,
            _tr_hotel,
            _tr_car,
            _tr_agent_note,
            _tr_group_iban,
            _tr_change,
            _tr_insurance,
            _tr_api_json,
            _tr_rail,
            _tr_loyalty,
        ),
        (_tr_clean_baggage, _tr_clean_board),
    ),
    "legal_intake": (
        (
            _lg_intake,
            _lg_conflict,
            _lg_employment,
            _lg_immigration,
            _lg_estate,
            _lg_landlord,
            _lg_traffic,
            _lg_family,
            _lg_client_email,
            _lg_fee,
            _lg_bankruptcy,
        ),
        (_lg_clean_calendar, _lg_clean_checklist),
    ),
    "school_records": (
        (
            _sc_record,
            _sc_absence,
            _sc_nurse,
            _sc_enroll,
            _sc_fieldtrip,
            _sc_grades,
            _sc_lunch,
            _sc_volunteer,
            _sc_counselor,
            _sc_it,
            _sc_transcript,
        ),
        (_sc_clean_supplies, _sc_clean_policy),
    ),
    "ci_logs": (
        (
            _ci_actions,
            _ci_env,
            _ci_compose,
            _ci_k8s,
            _ci_sa_json,
            _ci_terraform,
            _ci_test_fail,
            _ci_git,
            _ci_slack,
            _ci_npm,
            _ci_ssh,
            _ci_gh_token,
        ),
        (_ci_clean_build, _ci_clean_config),
    ),
    "customer_export": (
        (
            _cx_jsonl,
            _cx_semicolon,
            _cx_pipe,
            _cx_md_cards,
            _cx_kyc,
            _cx_pretty_json,
            _cx_tickets,
            _cx_subscriptions,
            _cx_loyalty,
            _cx_patients,
            _cx_leads,
        ),
        (_cx_clean_inventory, _cx_clean_metrics),
    ),
    "voice_transcript": (
        (
            _vc_bank,
            _vc_pharmacy,
            _vc_voicemail,
            _vc_travel,
            _vc_insurance,
            _vc_dictation,
            _vc_techsupport,
            _vc_payment,
            _vc_legal,
            _vc_dmv,
            _vc_school,
        ),
        (_vc_clean_ivr, _vc_clean_smalltalk),
    ),
}


def _make_doc(seed: int, i: int) -> dict[str, object]:
    rng = random.Random(f"{seed}-{i}")
    domain = DOMAINS[(i + seed) % len(DOMAINS)]
    templates, clean = _TEMPLATES[domain]
    is_clean = rng.random() < NO_ENTITY_RATE
    fn = rng.choice(clean if is_clean else templates)
    mode = "plain"
    if domain == "voice_transcript":
        mode = rng.choices(["lower_nopunct", "lower", "plain"], weights=[5, 3, 2])[0]
    g = _Gen(rng)
    b = _Builder(mode)
    fn(g, b)
    text, ents = b.build()
    ents.sort(key=lambda e: (int(e["start"]), int(e["end"])))
    return {"id": f"unseen-{seed}-{i:06d}", "domain": domain, "text": text, "entities": ents}


def generate(n: int, seed: int = 0) -> Iterator[dict[str, object]]:
    """Yield ``n`` labeled synthetic documents, deterministic for ``seed``."""
    for i in range(n):
        yield _make_doc(seed, i)


def _write(docs: Iterator[dict[str, object]], out: IO[str]) -> int:
    count = 0
    for doc in docs:
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of documents")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument("--output", default="-", help="JSONL output path ('-' = stdout)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.n < 0:
        parser.error("--n must be >= 0")
    docs = generate(args.n, args.seed)
    if args.output == "-":
        _write(docs, sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            count = _write(docs, fh)
        print(f"wrote {count} documents to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
