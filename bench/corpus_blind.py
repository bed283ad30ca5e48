"""Blind, seeded, labeled synthetic corpus for evaluating PII / PHI / secret detection.

This module is self-contained (Python stdlib only) and was written independently of
any detector, so it can serve as a blind test set.  Every document is generated from
its own ``random.Random(f"{seed}-{i}")`` and is therefore reproducible per seed.

API
---
``generate(n, seed=0)`` yields dicts::

    {"id": str, "domain": str, "text": str,
     "entities": [{"start": int, "end": int, "type": str}, ...]}

Offsets are half-open character offsets into ``text``; entities are sorted and
never overlap, and ``text[start:end]`` is exactly the labeled value.

CLI: ``python bench/corpus_blind.py --n 1000 --seed 0 --output corpus.jsonl``
(``--output -`` writes to stdout).  ``main(argv)`` returns a process exit code.

Domains (round-robin, equal shares): real_estate, dental_office, gig_platform,
nonprofit_donors, security_alerts, genai_prompts, utility_billing.  About 15% of
documents come from "negative" templates that contain no entities at all, only
hard negatives.

Labeling conventions
--------------------
* PERSON: the name only - never titles (Dr., Ms., Mr.), roles or honorifics.  A
  full name is one span; a lone given name or surname is its own span; a
  "Surname, Given" form is one span; separate first/last fields (e.g. CSV
  columns) are separate spans.  Brand or product names that contain personal
  names (e.g. "Trader Joe's", "Tim Hortons", building names like "The Beatrice")
  are NOT labeled.
* LOCATION: standalone city / region / country names ("Brno", "Cusco, Peru",
  "KwaZulu-Natal", "Finland"); "City, Country" is one span.  Cities inside a
  street address are part of the ADDRESS span instead.
* ADDRESS: one span for a full street address (street line through postal code),
  including a line break when printed as a two-line address block.
* DATE_OF_BIRTH: a date given in a birth context; span is the date only.
* DATE_TIME: human-written dates / times of appointments, events, visits, due
  dates, etc. (date, time or date+time as one span).  Machine timestamps
  (ISO-8601 with "T", epoch seconds, log-line stamps, chat clock stamps) and
  relative expressions ("tomorrow", "3 days ago") are NOT labeled.
* PHONE_NUMBER: US numbers (real area codes, valid exchanges) and international
  numbers in E.164-style grouping.
* US_SSN: area 001-899 except 666, group 01-99, serial 0001-9999.
* CREDIT_CARD: Luhn-valid Visa / Mastercard / Amex / Discover numbers, span
  includes the separators.  Luhn-invalid look-alikes are unlabeled.
* IBAN_CODE: mod-97-valid IBANs (CZ, SK, HU, SI, HR, RO, FI, PL, DE), compact or
  grouped in fours; the span includes the internal spaces.  BICs are unlabeled.
* IP_ADDRESS: every IPv4 / IPv6 address.  URL: every http(s) URL (full span).
* MEDICAL_RECORD_NUMBER / HEALTH_PLAN_NUMBER / ACCOUNT_NUMBER / DRIVER_LICENSE:
  the identifier only, following a context phrase.  ACCOUNT_NUMBER covers bank,
  utility, donor and customer account numbers.  Group numbers, invoice,
  reference, ticket, confirmation, meter and case numbers are NOT labeled.
* Secrets: AWS_ACCESS_KEY (AKIA/ASIA ids), AWS_SECRET_KEY (40-char secret),
  GITHUB_TOKEN, SLACK_TOKEN, STRIPE_KEY (secret/restricted keys), JWT (three
  base64url segments with a real JSON header), PRIVATE_KEY (the whole PEM block
  from BEGIN to END line), PASSWORD (the value only), GENERIC_SECRET (a
  high-entropy value after an api-key / secret / token-like key; value only).
  Placeholders, masked values, documentation example keys and low-entropy
  config values are NOT labeled.
* Hard negatives appear frequently and are never labeled: machine timestamps,
  UUIDs, commit SHAs, version strings, ticket / invoice / confirmation / meter
  numbers, Luhn-invalid 16-digit numbers, invalid-area SSN-shaped numbers,
  brand names that look like names, relative times, amounts, percentages,
  HTTP status codes, low-entropy config values and placeholders.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import string
import sys
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TextIO

# --------------------------------------------------------------------------- types

PERSON = "PERSON"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
PHONE_NUMBER = "PHONE_NUMBER"
US_SSN = "US_SSN"
CREDIT_CARD = "CREDIT_CARD"
IBAN_CODE = "IBAN_CODE"
IP_ADDRESS = "IP_ADDRESS"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
DATE_TIME = "DATE_TIME"
LOCATION = "LOCATION"
ADDRESS = "ADDRESS"
URL = "URL"
MEDICAL_RECORD_NUMBER = "MEDICAL_RECORD_NUMBER"
HEALTH_PLAN_NUMBER = "HEALTH_PLAN_NUMBER"
ACCOUNT_NUMBER = "ACCOUNT_NUMBER"
DRIVER_LICENSE = "DRIVER_LICENSE"
AWS_ACCESS_KEY = "AWS_ACCESS_KEY"
AWS_SECRET_KEY = "AWS_SECRET_KEY"
GITHUB_TOKEN = "GITHUB_TOKEN"
SLACK_TOKEN = "SLACK_TOKEN"
STRIPE_KEY = "STRIPE_KEY"
JWT = "JWT"
PRIVATE_KEY = "PRIVATE_KEY"
PASSWORD = "PASSWORD"
GENERIC_SECRET = "GENERIC_SECRET"

ENTITY_TYPES: tuple[str, ...] = (
    PERSON, EMAIL_ADDRESS, PHONE_NUMBER, US_SSN, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
    DATE_OF_BIRTH, DATE_TIME, LOCATION, ADDRESS, URL, MEDICAL_RECORD_NUMBER,
    HEALTH_PLAN_NUMBER, ACCOUNT_NUMBER, DRIVER_LICENSE, AWS_ACCESS_KEY, AWS_SECRET_KEY,
    GITHUB_TOKEN, SLACK_TOKEN, STRIPE_KEY, JWT, PRIVATE_KEY, PASSWORD, GENERIC_SECRET,
)

DOMAINS: tuple[str, ...] = (
    "real_estate", "dental_office", "gig_platform", "nonprofit_donors",
    "security_alerts", "genai_prompts", "utility_billing",
)

NEGATIVE_SHARE = 0.15

# ------------------------------------------------------------------------- builder


@dataclass(frozen=True)
class V:
    """A value to insert into a document, optionally labeled with an entity type."""

    text: str
    label: str | None = None


Slot = str | V


class Builder:
    """Accumulates document text and records entity offsets as values are appended."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._entities: list[dict[str, int | str]] = []
        self._length = 0

    def add(self, text: str, label: str | None = None) -> Builder:
        if not text:
            return self
        if label is not None:
            if label not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {label!r}")
            self._entities.append(
                {"start": self._length, "end": self._length + len(text), "type": label}
            )
        self._parts.append(text)
        self._length += len(text)
        return self

    def put(self, value: Slot) -> Builder:
        if isinstance(value, V):
            return self.add(value.text, value.label)
        return self.add(str(value))

    def fmt(self, template: str, **slots: Slot) -> Builder:
        """Append ``template`` with ``{name}`` fields replaced by ``slots`` (``{{`` escapes)."""
        for literal, field_name, _spec, _conv in string.Formatter().parse(template):
            self.add(literal)
            if field_name is not None:
                self.put(slots[field_name])
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def entities(self) -> list[dict[str, int | str]]:
        return list(self._entities)


# ------------------------------------------------------------------------ vocabulary

FIRST_NAMES: tuple[str, ...] = (
    # Somali
    "Abdirahman", "Hodan", "Faduma", "Liban", "Ayaan", "Abdikarim",
    # Thai
    "Somchai", "Kanya", "Niran", "Ploy", "Thanawat", "Supaporn",
    # Romanian
    "Ioana", "Mihai", "Andreea", "Radu", "Bogdan", "Corina",
    # Peruvian
    "Ximena", "Renzo", "Milagros", "Gonzalo", "Rosario", "Wilmer",
    # Samoan
    "Sione", "Losa", "Tavita", "Malia", "Iosefa", "Fetu",
    # Czech
    "Jiří", "Kateřina", "Tomáš", "Zdeňka", "Vojtěch", "Lenka",
    # Bengali
    "Arnab", "Tahmina", "Rafiq", "Nusrat", "Sourav", "Mitali",
    # Welsh
    "Rhodri", "Carys", "Gethin", "Angharad", "Dafydd", "Eluned",
    # Zulu
    "Sipho", "Nomvula", "Thandeka", "Bongani", "Lwazi", "Zanele",
    # Lebanese
    "Rami", "Nadine", "Ziad", "Rania", "Karim", "Maya",
    # Finnish
    "Aino", "Eero", "Tuuli", "Juhani", "Satu", "Veikko",
    # Yoruba / Igbo
    "Adebayo", "Folake", "Chinedu", "Ngozi",
    # Vietnamese, Korean, Japanese, Chinese
    "Thao", "Quang", "Linh", "Jiwoo", "Seojun", "Hyejin", "Haruto", "Yui", "Wei", "Xiaoling",
    # Indian, Polish, Irish, Mexican, Filipino
    "Priyanka", "Arjun", "Deepa", "Małgorzata", "Krzysztof", "Siobhán", "Cathal",
    "Guadalupe", "Itzel", "Rowena", "Jericho",
    # Turkish, Persian, Greek, Hungarian, Ethiopian, Maori
    "Emre", "Elif", "Shirin", "Dariush", "Eleni", "Stavros", "Zsófia", "Bence",
    "Tigist", "Dawit", "Aroha", "Tane",
    # Brazilian, Ukrainian, Icelandic, Armenian, Haitian
    "Thiago", "Luana", "Oksana", "Taras", "Sigríður", "Gunnar", "Anahit", "Tigran",
    "Widlene", "Jean-Baptiste",
    # American, Slovak, Croatian
    "Marcus", "Brianna", "Dolores", "Tyrone", "Kimberly", "Douglas", "Marek", "Zuzana",
    "Ivana",
)

LAST_NAMES: tuple[str, ...] = (
    "Warsame", "Abdi", "Farah", "Hirsi", "Osman", "Jama",
    "Srisai", "Chaiyaporn", "Wongsakul", "Boonmee", "Rattanakorn", "Saetang",
    "Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Lungu",
    "Quispe", "Mamani", "Huamán", "Condori", "Villanueva", "Huanca", "Yupanqui",
    "Tuilagi", "Leota", "Faleolo", "Sapolu", "Tuimavave", "Aumua",
    "Dvořák", "Novotná", "Procházka", "Kučera", "Horáková", "Svobodová",
    "Chowdhury", "Bhattacharya", "Rahman", "Mukherjee", "Das", "Sarkar",
    "Llewellyn", "Bowen", "Vaughan", "Griffiths", "Pugh", "Rees",
    "Dlamini", "Mthembu", "Ndlovu", "Khumalo", "Zungu", "Mkhize", "Buthelezi",
    "Haddad", "Khoury", "Nassar", "Saab", "Frangieh", "Aoun",
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Lehtonen", "Heikkinen",
    "Adeyemi", "Okonkwo", "Eze", "Balogun",
    "Nguyen", "Tran", "Pham", "Park", "Choi", "Yoon", "Takahashi", "Fujimoto",
    "Zhang", "Liu", "Raghunathan", "Iyer", "Deshpande", "Wiśniewska", "Kowalczyk",
    "O'Sullivan", "McGillicuddy", "Hernández", "Gutiérrez", "Dimaculangan", "Bautista",
    "Yılmaz", "Öztürk", "Farahani", "Tehrani", "Papadopoulos", "Karagiannis",
    "Nagy", "Szabó", "Tesfaye", "Bekele", "Ngata", "Parata", "Carvalho", "Figueiredo",
    "Shevchenko", "Bondarenko", "Gunnarsdóttir", "Petrosyan", "Hakobyan",
    "Pierre-Louis", "Desrosiers", "van der Berg", "Whitfield", "Ashworth", "Brooks",
    "Kováčová", "Babić", "Taufa",
)

CITY_COUNTRY: tuple[tuple[str, str], ...] = (
    ("Tampere", "Finland"), ("Oulu", "Finland"), ("Cluj-Napoca", "Romania"),
    ("Timișoara", "Romania"), ("Brno", "Czechia"), ("Ostrava", "Czech Republic"),
    ("Arequipa", "Peru"), ("Cusco", "Peru"), ("Apia", "Samoa"), ("Chittagong", "Bangladesh"),
    ("Sylhet", "Bangladesh"), ("Cardiff", "Wales"), ("Swansea", "Wales"),
    ("Durban", "South Africa"), ("Pietermaritzburg", "South Africa"), ("Beirut", "Lebanon"),
    ("Byblos", "Lebanon"), ("Mogadishu", "Somalia"), ("Chiang Mai", "Thailand"),
    ("Khon Kaen", "Thailand"), ("Bratislava", "Slovakia"), ("Ljubljana", "Slovenia"),
    ("Split", "Croatia"), ("Debrecen", "Hungary"), ("Lagos", "Nigeria"),
    ("Da Nang", "Vietnam"), ("Busan", "South Korea"), ("Montevideo", "Uruguay"),
    ("Tbilisi", "Georgia"), ("Tucson", "Arizona"), ("Duluth", "Minnesota"),
    ("Spokane", "Washington"), ("Dayton", "Ohio"), ("Savannah", "Georgia"),
    ("Albuquerque", "New Mexico"), ("Fresno", "California"), ("Laredo", "Texas"),
    ("Boise", "Idaho"), ("Asheville", "North Carolina"), ("Eugene", "Oregon"),
)

REGIONS: tuple[str, ...] = (
    "Moravia", "Transylvania", "KwaZulu-Natal", "Gwynedd", "Lapland", "Upolu", "Isan",
    "Bekaa Valley", "Puno", "Dalmatia", "Pembrokeshire", "Banat", "Ostrobothnia",
    "New Mexico", "Ohio", "Minnesota", "Vermont", "Nebraska",
)

US_PLACES: tuple[tuple[str, str, str], ...] = (
    ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"), ("Dayton", "OH", "454"),
    ("Duluth", "MN", "558"), ("Savannah", "GA", "314"), ("Albuquerque", "NM", "871"),
    ("Fresno", "CA", "937"), ("Boise", "ID", "837"), ("Laredo", "TX", "780"),
    ("Providence", "RI", "029"), ("Burlington", "VT", "054"), ("Lansing", "MI", "489"),
    ("Omaha", "NE", "681"), ("Richmond", "VA", "232"), ("Worcester", "MA", "016"),
    ("Asheville", "NC", "288"), ("Eugene", "OR", "974"), ("Tulsa", "OK", "741"),
    ("Madison", "WI", "537"), ("Pueblo", "CO", "810"),
)

US_STREETS: tuple[str, ...] = (
    "Larkspur", "Old Mill", "Tamarack", "Kessler", "Juniper Hollow", "Calle Sereno",
    "Wabash", "Pinecrest", "Ironwood", "Magnolia Bend", "Quarry", "Bluestem", "Harrow",
    "Cottonwood", "Saddleback", "Linden", "Osage", "Fairhaven", "Copper Ridge", "Willet",
)
US_SUFFIXES: tuple[str, ...] = (
    "St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Ln", "Lane", "Dr", "Drive",
    "Ct", "Way", "Terrace", "Pkwy", "Pl",
)

US_STATES: tuple[str, ...] = (
    "California", "New York", "Florida", "Texas", "Illinois", "Washington",
    "Pennsylvania", "Minnesota", "Arizona", "Ohio", "Georgia", "Michigan",
)

US_AREA_CODES: tuple[str, ...] = (
    "212", "213", "305", "312", "404", "415", "503", "512", "602", "617", "702", "713",
    "720", "757", "801", "808", "813", "919", "971", "984", "520", "509", "937", "218",
    "912", "505", "559", "208", "956", "401", "802", "517", "402", "804", "508", "651",
    "773", "206", "267", "469",
)

FREEMAIL: tuple[str, ...] = (
    "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "fastmail.com",
    "hotmail.com", "seznam.cz", "yahoo.ro", "gmx.net", "aol.com", "zoho.com", "hey.com",
)

NAME_LIKE_BRANDS: tuple[str, ...] = (
    "Tim Hortons", "Ben & Jerry's", "Dr. Martens", "Jack Daniel's", "Wendy's",
    "Trader Joe's", "Hugo Boss", "Tommy Hilfiger", "Ruby Tuesday", "Marie Callender's",
    "Sherwin-Williams", "Calvin Klein", "Ralph Lauren", "Papa John's", "Dr Pepper",
    "Jimmy Dean", "Little Caesars", "Johnnie Walker", "Mrs. Meyer's", "Kaiser Permanente",
)
NAME_LIKE_PRODUCTS: tuple[str, ...] = (
    "Alexa", "Siri", "Cortana", "Jenkins", "Grafana", "Kibana", "Sentry", "Watson",
    "Jasper", "Ansible", "Hadoop", "Cassandra",
)
BUILDING_NAMES: tuple[str, ...] = (
    "The Beatrice", "Wendell Lofts", "The Josephine", "Harlow Flats", "Marigold Terrace",
    "Cedar Row Townhomes", "Alder Court", "The Winslow", "Augusta Commons", "Ellery House",
)

PASSWORD_WORDS: tuple[str, ...] = (
    "Maple", "Otter", "Lantern", "Cobalt", "Saffron", "Tundra", "Falcon", "Harbor",
    "Quartz", "Violet", "Ember", "Juniper", "Gravel", "Mango", "Thistle", "Comet",
)

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

PAST_RELATIVE: tuple[str, ...] = (
    "yesterday", "3 days ago", "earlier today", "last week", "an hour ago", "last month",
    "over the weekend", "two days ago", "this morning",
)
FUTURE_RELATIVE: tuple[str, ...] = (
    "tomorrow morning", "in 20 minutes", "next week", "within 48 hours", "by end of month",
    "later this week", "two weeks from now", "in a few days", "next Monday",
)

LOW_ENTROPY_CONFIG: tuple[str, ...] = (
    "LOG_LEVEL=info", "PORT=8080", "AWS_REGION=us-east-1", "token_ttl=3600",
    "password_min_length=12", "SECRET_ROTATION_DAYS=90", "api_key_header=X-Api-Key",
    "secret_store=vault", "PASSWORD_RESET_ENABLED=true", "cache_ttl=300",
    "session_timeout=1800", "retry_backoff=exponential", "TLS_MIN_VERSION=1.2",
)
PLACEHOLDERS: tuple[str, ...] = (
    "<YOUR_API_KEY>", "${DB_PASSWORD}", "********", "[REDACTED]", "XXX-XX-XXXX",
    "YOUR_TOKEN_HERE", "<secret>", "{{ vault.api_token }}", "sk_live_xxxxxxxxxxxxxxxx",
    "AKIAIOSFODNN7EXAMPLE", "changeme-in-prod", "****-****-****-1234",
)

BICS: dict[str, tuple[str, ...]] = {
    "CZ": ("KOMBCZPP", "GIBACZPX"), "SK": ("TATRSKBX", "SUBASKBX"), "HU": ("OTPVHUHB", "GIBAHUHB"),
    "SI": ("LJBASI2X", "SKBASI2X"), "HR": ("ZABAHR2X", "PBZGHR2X"), "RO": ("BTRLRO22", "RZBRROBU"),
    "FI": ("NDEAFIHH", "OKOYFIHH"), "DE": ("COBADEFF", "DEUTDEFF"), "PL": ("BPKOPLPW", "PKOPPLPW"),
}
COUNTRY_NAMES: dict[str, str] = {
    "CZ": "Czechia", "SK": "Slovakia", "HU": "Hungary", "SI": "Slovenia", "HR": "Croatia",
    "RO": "Romania", "FI": "Finland", "DE": "Germany", "PL": "Poland",
}

_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "ð": "d", "þ": "th", "ß": "ss"})
_B62 = string.ascii_letters + string.digits
_B64 = _B62 + "+/"
_HEX = "0123456789abcdef"
_AWS_ALPHA = string.ascii_uppercase + "234567"
_UPPER_ALNUM = string.ascii_uppercase + string.digits


def ascii_slug(text: str) -> str:
    """Lower-case ASCII alphanumeric rendering of a name, for e-mail local parts."""
    folded = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return "".join(ch for ch in folded.encode("ascii", "ignore").decode().lower() if ch.isalnum())


def luhn_check_digit(partial: str) -> str:
    """Check digit that makes ``partial + digit`` pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = "".join(ch for ch in number if ch.isdigit())
    return len(digits) > 1 and luhn_check_digit(digits[:-1]) == digits[-1]


def iban_from_bban(country: str, bban: str) -> str:
    """Build an IBAN with correct ISO 13616 mod-97 check digits."""
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def ssn_valid(ssn: str) -> bool:
    digits = "".join(ch for ch in ssn if ch.isdigit())
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# ------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Person:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def v(self) -> V:
        return V(self.full, PERSON)

    def first_v(self) -> V:
        return V(self.first, PERSON)

    def last_v(self) -> V:
        return V(self.last, PERSON)

    def inverted_v(self) -> V:
        return V(f"{self.last}, {self.first}", PERSON)


class Gen:
    """Random value factory bound to one document's RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self._used_names: set[tuple[str, str]] = set()
        self._currency: str | None = None

    # -- primitives -------------------------------------------------------------
    def pick(self, seq: Sequence[str]) -> str:
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def letter(self) -> str:
        return self.r.choice(string.ascii_uppercase)

    # -- people -----------------------------------------------------------------
    def person(self) -> Person:
        while True:
            key = (self.pick(FIRST_NAMES), self.pick(LAST_NAMES))
            if key not in self._used_names and key[0] not in {k[0] for k in self._used_names}:
                self._used_names.add(key)
                return Person(*key)

    def email(self, p: Person | None = None, domain: str | None = None) -> V:
        p = p or self.person()
        f, last = ascii_slug(p.first), ascii_slug(p.last)
        local = self.pick([
            f"{f}.{last}", f"{f}{last}", f"{f[0]}{last}", f"{f}_{last}{self.digits(2)}",
            f"{last}.{f}", f"{f}{self.num(70, 99)}", f"{f}.{last[0]}", f"{f}-{last}",
        ])
        return V(f"{local}@{domain or self.pick(FREEMAIL)}", EMAIL_ADDRESS)

    def title(self) -> str:
        return self.pick(["Ms.", "Mr.", "Mx.", "Mrs.", "Dr."])

    # -- phones -----------------------------------------------------------------
    def us_phone(self) -> str:
        npa = self.pick(US_AREA_CODES)
        while True:
            nxx = f"{self.num(2, 9)}{self.digits(2)}"
            if nxx[1:] != "11" and nxx != "555":
                break
        line = self.digits(4)
        fmt = self.pick(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}",
                         "+1-{a}-{b}-{c}", "1 ({a}) {b}-{c}", "({a}) {b}-{c}"])
        return fmt.format(a=npa, b=nxx, c=line)

    def intl_phone(self, country: str | None = None) -> str:
        d = self.digits
        by_country: dict[str, Callable[[], str]] = {
            "CZ": lambda: f"+420 {self.num(6, 7)}{d(2)} {d(3)} {d(3)}",
            "SK": lambda: f"+421 9{d(2)} {d(3)} {d(3)}",
            "HU": lambda: f"+36 {self.pick(['20', '30', '70'])} {d(3)} {d(4)}",
            "SI": lambda: f"+386 {self.pick(['31', '40', '41', '51'])} {d(3)} {d(3)}",
            "HR": lambda: f"+385 9{self.pick(['1', '2', '5', '8'])} {d(3)} {d(4)}",
            "RO": lambda: f"+40 7{self.num(2, 8)}{d(1)} {d(3)} {d(3)}",
            "FI": lambda: f"+358 {self.pick(['40', '44', '50'])} {d(3)} {d(4)}",
            "PL": lambda: f"+48 {self.pick(['5', '6', '7', '8'])}{d(2)} {d(3)} {d(3)}",
            "DE": lambda: f"+49 151 {d(8)}",
        }
        if country in by_country:
            return by_country[country]()
        options: list[Callable[[], str]] = [
            lambda: f"+44 7{self.num(4, 9)}{d(2)} {d(6)}",
            lambda: f"+44 20 {self.num(3, 8)}{d(3)} {d(4)}",
            lambda: f"+49 151 {d(8)}",
            lambda: f"+420 {self.num(6, 7)}{d(2)} {d(3)} {d(3)}",
            lambda: f"+40 7{self.num(2, 8)}{d(1)} {d(3)} {d(3)}",
            lambda: f"+358 {self.pick(['40', '44', '50'])} {d(3)} {d(4)}",
            lambda: f"+66 {self.num(8, 9)}{d(1)} {d(3)} {d(4)}",
            lambda: f"+51 9{d(2)} {d(3)} {d(3)}",
            lambda: f"+27 {self.num(6, 8)}{d(1)} {d(3)} {d(4)}",
            lambda: f"+961 {self.pick(['3', '71', '76'])} {d(3)} {d(3)}",
            lambda: f"+685 7{d(1)} {d(5)}",
            lambda: f"+880 1{self.num(3, 9)}{d(2)} {d(6)}",
            lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
            lambda: f"+252 61 {d(3)} {d(4)}",
            lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+421 9{d(2)} {d(3)} {d(3)}",
            lambda: f"+36 {self.pick(['20', '30', '70'])} {d(3)} {d(4)}",
        ]
        return self.r.choice(options)()

    def phone(self, intl: float = 0.2) -> V:
        return V(self.intl_phone() if self.chance(intl) else self.us_phone(), PHONE_NUMBER)

    # -- government / financial ids -------------------------------------------
    def ssn(self, sep: str | None = None) -> V:
        while True:
            area = self.num(1, 899)
            if area != 666:
                break
        group, serial = self.num(1, 99), self.num(1, 9999)
        if sep is None:
            sep = self.pick(["-", "-", "-", "-", " ", ""])
        return V(f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", US_SSN)

    def bad_ssn(self) -> str:
        area = self.pick(["000", "666", f"9{self.digits(2)}"])
        return f"{area}-{self.num(10, 99):02d}-{self.num(1, 9999):04d}"

    def _card_digits(self) -> str:
        kind = self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            partial = "4" + self.digits(14)
        elif kind == "mc":
            partial = f"5{self.num(1, 5)}" + self.digits(13)
        elif kind == "mc2":
            partial = str(self.num(2221, 2720)) + self.digits(11)
        elif kind == "amex":
            partial = self.pick(["34", "37"]) + self.digits(12)
        else:
            partial = "6011" + self.digits(11)
        return partial + luhn_check_digit(partial)

    def _group_card(self, number: str) -> str:
        sep = self.pick([" ", "-", "", " "])
        if len(number) == 15:
            return sep.join([number[:4], number[4:10], number[10:]])
        return sep.join(number[i:i + 4] for i in range(0, 16, 4))

    def credit_card(self) -> V:
        return V(self._group_card(self._card_digits()), CREDIT_CARD)

    def bad_card(self) -> str:
        partial = "4" + self.digits(14)
        good = int(luhn_check_digit(partial))
        bad = (good + self.num(1, 9)) % 10
        number = partial + str(bad)
        sep = self.pick([" ", "-", ""])
        return sep.join(number[i:i + 4] for i in range(0, 16, 4))

    def iban(self, country: str | None = None) -> V:
        country = country or self.pick(["CZ", "SK", "HU", "SI", "HR", "RO", "FI", "PL", "DE"])
        d = self.digits
        if country == "CZ":
            bban = self.pick(["0800", "0100", "0300", "2010", "0600", "5500"]) + d(16)
        elif country == "SK":
            bban = self.pick(["0900", "1100", "0200", "7500", "5600"]) + d(16)
        elif country == "HU":
            bban = self.pick(["117", "104", "116", "120"]) + d(21)
        elif country == "SI":
            bban = self.pick(["01", "02", "03", "04", "05", "10", "19"]) + d(13)
        elif country == "HR":
            bban = self.pick(["2340009", "2360000", "2484008", "2402006"]) + d(10)
        elif country == "RO":
            bban = self.pick(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX"]) + self.chars(
                _UPPER_ALNUM, 4) + d(12)
        elif country == "FI":
            bban = d(14)
        elif country == "PL":
            bban = d(24)
        else:
            bban = d(18)
        iban = iban_from_bban(country, bban)
        if self.chance(0.6):
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return V(iban, IBAN_CODE)

    def bic(self, country: str | None = None) -> str:
        if country in BICS:
            return self.pick(BICS[country])
        return self.pick([bic for group in BICS.values() for bic in group])

    def bank(self) -> str:
        return self.pick(["First Prairie Credit Union", "Harborline Bank", "Summit Federal",
                          "Tri-County Savings", "Keystone Mutual", "Pinnacle Community Bank"])

    def driver_license(self) -> tuple[V, V]:
        state = self.pick(US_STATES)
        d, L = self.digits, self.letter
        formats: dict[str, Callable[[], str]] = {
            "California": lambda: L() + d(7),
            "New York": lambda: f"{d(3)} {d(3)} {d(3)}",
            "Florida": lambda: f"{L()}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
            "Texas": lambda: d(8),
            "Illinois": lambda: f"{L()}{d(3)}-{d(4)}-{d(4)}",
            "Washington": lambda: "WDL" + self.chars(_UPPER_ALNUM, 9),
            "Pennsylvania": lambda: f"{d(2)} {d(3)} {d(3)}",
            "Minnesota": lambda: L() + d(12),
            "Arizona": lambda: L() + d(8),
            "Ohio": lambda: L() + L() + d(6),
            "Georgia": lambda: d(9),
            "Michigan": lambda: f"{L()} {d(3)} {d(3)} {d(3)} {d(3)}",
        }
        return V(formats[state](), DRIVER_LICENSE), V(state, LOCATION)

    def mrn(self) -> V:
        d = self.digits
        return V(self.pick([d(8), "MR" + d(7), f"DX{d(6)}", f"{self.letter()}{self.letter()}-{d(6)}",
                            d(10), f"{d(4)}-{d(5)}"]), MEDICAL_RECORD_NUMBER)

    def health_plan(self) -> V:
        d = self.digits
        mbi_alpha = "ACDEFGHJKMNPQRTUVWXY"
        mbi_alnum = mbi_alpha + string.digits
        mbi = (f"{self.num(1, 9)}{self.chars(mbi_alpha, 1)}{self.chars(mbi_alnum, 1)}{d(1)}-"
               f"{self.chars(mbi_alpha, 1)}{self.chars(mbi_alnum, 1)}{d(1)}-"
               f"{self.chars(mbi_alpha, 2)}{d(2)}")
        return V(self.pick([
            "W" + d(9), self.chars(string.ascii_uppercase, 3) + d(9), d(11),
            f"{self.chars(string.ascii_uppercase, 3)}{d(8)}-0{d(1)}", f"MBR-{d(4)}-{d(5)}", mbi,
        ]), HEALTH_PLAN_NUMBER)

    def account_number(self, kind: str = "utility") -> V:
        d = self.digits
        if kind == "bank":
            value = self.pick([d(10), d(12), "00" + d(9), f"{d(4)}{d(4)}{d(3)}"])
        elif kind == "donor":
            value = self.pick([f"D{d(7)}", f"{d(6)}-{d(2)}", f"KT{d(8)}"])
        elif kind == "customer":
            value = self.pick([f"C{d(9)}", f"{d(3)}-{d(6)}-{d(3)}", d(11)])
        else:
            value = self.pick([f"{d(4)}-{d(4)}-{d(4)}", d(10), f"{d(9)}-{d(1)}",
                               f"{d(3)} {d(3)} {d(4)}"])
        return V(value, ACCOUNT_NUMBER)

    # -- network ----------------------------------------------------------------
    def ipv4(self, private: float = 0.15) -> V:
        if self.chance(private):
            ip = self.pick([f"10.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}",
                            f"192.168.{self.num(0, 255)}.{self.num(1, 254)}",
                            f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(1, 254)}"])
        else:
            first = self.pick(["23", "31", "45", "62", "77", "81", "89", "103", "141", "178",
                               "185", "196", "203", "212", "5", "94", "37", "109"])
            ip = f"{first}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        return V(ip, IP_ADDRESS)

    def ipv6(self) -> V:
        prefix = self.pick(["2a02", "2600", "2607:f8b0", "2a01:4f8", "2001:41d0", "2c0f"])
        groups = [format(self.num(0, 0xFFFF), "x") for _ in range(8 - prefix.count(":") - 1)]
        if self.chance(0.6):
            ip = f"{prefix}:{groups[0]}:{groups[1]}::{groups[-2]}:{groups[-1]}"
        else:
            ip = ":".join([prefix, *groups])
        return V(ip, IP_ADDRESS)

    def ip(self) -> V:
        return self.ipv6() if self.chance(0.25) else self.ipv4()

    def url(self, host: str, path: str | None = None) -> V:
        if path is None:
            path = self.pick([
                f"/applications/{self.digits(6)}", f"/r/{self.chars(_B62, 10)}", "/login",
                f"/docs/{self.chars(_HEX, 8)}", f"/account/{self.digits(5)}/statements",
                f"/s/{self.chars(_B62, 7)}?ref=email", "/", f"/v/{self.chars(_B62, 12)}",
            ])
        return V(f"https://{host}{path}", URL)

    # -- places -----------------------------------------------------------------
    def location(self, style: str | None = None) -> V:
        style = style or self.pick(["city", "city", "city_country", "country", "region"])
        city, country = self.r.choice(CITY_COUNTRY)
        if style == "city":
            return V(city, LOCATION)
        if style == "city_country":
            return V(f"{city}, {country}", LOCATION)
        if style == "country":
            return V(country, LOCATION)
        return V(self.pick(REGIONS), LOCATION)

    def us_address(self, multiline: bool = False) -> str:
        city, state, zip3 = self.r.choice(US_PLACES)
        zipcode = zip3 + self.digits(2) + (f"-{self.digits(4)}" if self.chance(0.1) else "")
        direction = self.pick(["", "", "", "N ", "E ", "SW ", "W "])
        unit = self.pick(["", "", "", f", Apt {self.num(1, 30)}{self.letter()}",
                          f" Apt {self.num(100, 999)}", f", Unit {self.num(1, 40)}",
                          f" #{self.num(100, 520)}"])
        line1 = (f"{self.num(12, 9899)} {direction}{self.pick(US_STREETS)} "
                 f"{self.pick(US_SUFFIXES)}{unit}")
        return f"{line1}{chr(10) if multiline else ', '}{city}, {state} {zipcode}"

    def intl_address(self, country: str | None = None) -> str:
        country = country or self.pick(["CZ", "SK", "HU", "SI", "HR", "RO", "FI", "GB", "ZA", "PE"])
        n = self.num(1, 180)
        if country == "CZ":
            street = self.pick(["Vinohradská", "Masarykova", "Lidická", "Palackého", "Husova"])
            post = self.pick(["602 00 Brno", "702 00 Ostrava", "120 00 Praha 2", "779 00 Olomouc"])
            return f"{street} {self.num(100, 2999)}/{n}, {post}"
        if country == "SK":
            street = self.pick(["Obchodná", "Štúrova", "Hlavná", "Mlynská"])
            post = self.pick(["811 01 Bratislava", "040 01 Košice", "010 01 Žilina"])
            return f"{street} {n}, {post}"
        if country == "HU":
            street = self.pick(["Piac utca", "Kossuth Lajos utca", "Rákóczi út", "Bem tér"])
            post = self.pick(["4024 Debrecen", "6720 Szeged", "1072 Budapest", "7621 Pécs"])
            return f"{post}, {street} {n}."
        if country == "SI":
            street = self.pick(["Slovenska cesta", "Trubarjeva ulica", "Celovška cesta"])
            return f"{street} {n}, {self.pick(['1000 Ljubljana', '2000 Maribor', '4000 Kranj'])}"
        if country == "HR":
            street = self.pick(["Ulica kralja Zvonimira", "Ilica", "Put Firula", "Vukovarska ulica"])
            return f"{street} {n}, {self.pick(['21000 Split', '10000 Zagreb', '51000 Rijeka'])}"
        if country == "RO":
            street, post = self.r.choice([("Memorandumului", "400114 Cluj-Napoca"),
                                          ("Eroilor", "300006 Timișoara"),
                                          ("Lăpușneanu", "700057 Iași"),
                                          ("Republicii", "500030 Brașov")])
            return f"Str. {street} nr. {n}, ap. {self.num(1, 60)}, {post}"
        if country == "FI":
            street = self.pick(["Hämeenkatu", "Kauppakatu", "Satakunnankatu", "Isokatu"])
            post = self.pick(["33100 Tampere", "33200 Tampere", "90100 Oulu", "20100 Turku"])
            return f"{street} {n} {self.pick(['A', 'B', 'C'])} {self.num(1, 40)}, {post}"
        if country == "PL":
            street = self.pick(["ul. Piotrkowska", "ul. Długa", "ul. Mickiewicza", "al. Jana Pawła II"])
            post = self.pick(["90-006 Łódź", "80-831 Gdańsk", "31-042 Kraków", "60-101 Poznań"])
            return f"{street} {n}/{self.num(1, 40)}, {post}"
        if country == "DE":
            street = self.pick(["Schillerstraße", "Hauptstraße", "Lindenallee", "Bergmannstraße"])
            post = self.pick(["10625 Berlin", "50667 Köln", "04109 Leipzig", "28195 Bremen"])
            return f"{street} {n}, {post}"
        if country == "GB":
            street = self.pick(["Heol y Nant", "Clos Cefni", "Ffordd Las", "Stryd Fawr"])
            city, pc = self.r.choice([("Cardiff", "CF"), ("Swansea", "SA"), ("Bangor", "LL")])
            postcode = f"{pc}{self.num(1, 24)} {self.num(1, 9)}{self.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}"
            return f"{n} {street}, {city} {postcode}"
        if country == "ZA":
            street = self.pick(["Umgeni Road", "Florida Road", "Musgrave Road", "Problem Mkhize Road"])
            suburb = self.pick(["Morningside", "Berea", "Glenwood", "Umbilo"])
            return f"{n} {street}, {suburb}, Durban, {self.num(4001, 4091)}"
        street = self.pick(["Av. Ejército", "Calle Plateros", "Jr. Ayacucho", "Av. Bolognesi"])
        return f"{street} {self.num(100, 999)}, {self.pick(['Arequipa 04001', 'Cusco 08002', 'Puno 21001'])}"

    def address(self, intl: float = 0.0, multiline: bool = False) -> V:
        if self.chance(intl):
            return V(self.intl_address(), ADDRESS)
        return V(self.us_address(multiline=multiline), ADDRESS)

    # -- dates ------------------------------------------------------------------
    def _date_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.r.randrange((end - start).days + 1))

    def date_str(self, d: date, style: str | None = None) -> str:
        style = style or self.pick(["long", "euro", "us", "iso", "short", "dotted", "us_nopad"])
        month = MONTHS[d.month - 1]
        if style == "long":
            return f"{month} {d.day}, {d.year}"
        if style == "euro":
            return f"{d.day} {month} {d.year}"
        if style == "us":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if style == "iso":
            return d.isoformat()
        if style == "short":
            return f"{month[:3]} {d.day}, {d.year}"
        if style == "dotted":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        return f"{d.month}/{d.day}/{d.year}"

    def _clock(self) -> str:
        hour, minute = self.num(7, 19), self.pick(["00", "15", "30", "45", "10", "40", "20"])
        if self.chance(0.25):
            return f"{hour:02d}:{minute}"
        suffix = "AM" if hour < 12 else "PM"
        if self.chance(0.3):
            suffix = suffix.lower()
        return f"{(hour - 1) % 12 + 1}:{minute} {suffix}"

    def dob(self, style: str | None = None) -> V:
        d = self._date_between(date(1941, 1, 1), date(2006, 12, 31))
        return V(self.date_str(d, style), DATE_OF_BIRTH)

    def event_date(self) -> date:
        return self._date_between(date(2023, 1, 1), date(2026, 6, 30))

    def day(self, style: str | None = None) -> V:
        return V(self.date_str(self.event_date(), style), DATE_TIME)

    def clock(self) -> V:
        return V(self._clock(), DATE_TIME)

    def when(self) -> V:
        d = self.event_date()
        wd, month, t = WEEKDAYS[d.weekday()], MONTHS[d.month - 1], self._clock()
        value = self.pick([
            f"{wd}, {month} {d.day} at {t}", f"{month} {d.day}, {d.year} at {t}",
            f"{month[:3]} {d.day}, {d.year}, {t}", f"{d.month:02d}/{d.day:02d}/{d.year} {t}",
            f"{d.day} {month} {d.year}, {t}", f"{wd} {d.month}/{d.day} at {t}",
            f"{wd}, {month} {d.day}, {d.year}", f"{month} {d.day}, {d.year}",
        ])
        return V(value, DATE_TIME)

    def machine_ts(self) -> str:
        d = self.event_date()
        dt = datetime(d.year, d.month, d.day, self.num(0, 23), self.num(0, 59), self.num(0, 59),
                      tzinfo=UTC)
        style = self.num(0, 4)
        if style == 0:
            return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == 1:
            return dt.strftime("%Y-%m-%dT%H:%M:%S") + f".{self.digits(3)}+00:00"
        if style == 2:
            return str(int(dt.timestamp()))
        if style == 3:
            return f"{dt.day:02d}/{MONTHS[dt.month - 1][:3]}/{dt.year}:{dt:%H:%M:%S} +0000"
        return str(int(dt.timestamp()) * 1000 + self.num(0, 999))

    def iso_ts(self) -> str:
        d = self.event_date()
        return (f"{d.isoformat()}T{self.num(0, 23):02d}:{self.num(0, 59):02d}:"
                f"{self.num(0, 59):02d}Z")

    def log_ts(self) -> str:
        d = self.event_date()
        return (f"{d.isoformat()} {self.num(0, 23):02d}:{self.num(0, 59):02d}:"
                f"{self.num(0, 59):02d},{self.digits(3)}")

    def apache_ts(self) -> str:
        d = self.event_date()
        return (f"{d.day:02d}/{MONTHS[d.month - 1][:3]}/{d.year}:{self.num(0, 23):02d}:"
                f"{self.num(0, 59):02d}:{self.num(0, 59):02d} +0000")

    def chat_clock(self) -> str:
        return f"[{self.num(8, 21):02d}:{self.num(0, 59):02d}]"

    # -- secrets ----------------------------------------------------------------
    def aws_access_key(self) -> V:
        return V(self.pick(["AKIA", "AKIA", "ASIA"]) + self.chars(_AWS_ALPHA, 16), AWS_ACCESS_KEY)

    def aws_secret_key(self) -> V:
        return V(self.chars(_B64, 40), AWS_SECRET_KEY)

    def github_token(self) -> V:
        if self.chance(0.25):
            return V(f"github_pat_{self.chars(_B62, 22)}_{self.chars(_B62, 59)}", GITHUB_TOKEN)
        return V(self.pick(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.chars(_B62, 36),
                 GITHUB_TOKEN)

    def slack_token(self) -> V:
        if self.chance(0.6):
            value = (f"xoxb-{self.digits(self.num(10, 12))}-{self.digits(13)}-"
                     f"{self.chars(_B62, 24)}")
        else:
            value = (f"xoxp-{self.digits(11)}-{self.digits(11)}-{self.digits(12)}-"
                     f"{self.chars(_HEX, 32)}")
        return V(value, SLACK_TOKEN)

    def stripe_key(self) -> V:
        prefix = self.pick(["sk_live_", "sk_live_", "sk_live_", "rk_live_", "sk_test_"])
        body = ("51" + self.chars(_B62, 97)) if self.chance(0.3) else self.chars(_B62, 24)
        return V(prefix + body, STRIPE_KEY)

    def jwt(self, subject: str | None = None) -> V:
        alg = self.pick(["HS256", "RS256", "ES256"])
        header = json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()
        iat = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp()) + self.num(0, 40_000_000)
        payload: dict[str, object] = {
            "sub": subject or str(uuid.UUID(int=self.r.getrandbits(128), version=4)),
            "iat": iat, "exp": iat + self.r.choice([900, 3600, 86400]),
            "iss": self.pick(["https://auth.courierly.com", "https://id.kindredtrust.org",
                              "https://sso.cascadiaenergy.com"]),
        }
        if self.chance(0.5):
            payload["scope"] = self.pick(["read:orders", "admin", "payouts:write", "openid profile"])
        body = json.dumps(payload, separators=(",", ":")).encode()
        sig = self.r.randbytes(64 if alg == "ES256" else 32)
        return V(f"{_b64url(header)}.{_b64url(body)}.{_b64url(sig)}", JWT)

    def private_key(self) -> V:
        kind = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        if kind == "RSA PRIVATE KEY":
            raw = bytes.fromhex("308204a40201000282010100") + self.r.randbytes(self.num(280, 420))
        elif kind == "PRIVATE KEY":
            raw = bytes.fromhex("308204be020100300d06092a864886f70d0101010500") + self.r.randbytes(
                self.num(280, 420))
        elif kind == "EC PRIVATE KEY":
            raw = bytes.fromhex("307702010104") + b"\x20" + self.r.randbytes(112)
        else:
            raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + self.r.randbytes(
                self.num(200, 330))
        encoded = base64.b64encode(raw).decode()
        width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
        lines = [encoded[i:i + width] for i in range(0, len(encoded), width)]
        block = "\n".join([f"-----BEGIN {kind}-----", *lines, f"-----END {kind}-----"])
        return V(block, PRIVATE_KEY)

    def password(self, url_safe: bool = False) -> V:
        sym = self.pick(list("!*-_." if url_safe else "!@#$%&*+="))
        style = self.num(0, 4)
        if style == 0:
            value = f"{self.pick(PASSWORD_WORDS)}{self.pick(PASSWORD_WORDS)}{self.digits(self.num(2, 4))}{sym}"
        elif style == 1:
            value = (self.chars(string.ascii_uppercase, 2)
                     + self.chars(_B62 + ("!*" if url_safe else "!@#$%&*"), self.num(8, 12))
                     + self.digits(1) + sym)
        elif style == 2:
            value = "-".join(self.pick(PASSWORD_WORDS).lower() for _ in range(3)) + f"-{self.digits(2)}"
        elif style == 3:
            value = f"{self.pick(['Winter', 'Summer', 'Autumn', 'Spring'])}{self.num(2019, 2026)}{sym}"
        else:
            leet: dict[str, str | int | None] = {"a": "4" if url_safe else "@", "o": "0", "e": "3", "i": "1"}
            word = self.pick(PASSWORD_WORDS).translate(str.maketrans(leet))
            value = f"{word}{sym}{self.digits(3)}{self.letter()}"
        return V(value, PASSWORD)

    def generic_secret(self) -> V:
        style = self.num(0, 4)
        if style == 0:
            value = self.chars(_HEX, 32)
        elif style == 1:
            value = self.chars(_HEX, 64)
        elif style == 2:
            value = self.chars(_B62, self.num(32, 48))
        elif style == 3:
            value = base64.b64encode(self.r.randbytes(33)).decode()
        else:
            value = f"{self.pick(['SG.', 'key-', 'dd_', 'whsec_'])}{self.chars(_B62, 22)}.{self.chars(_B62, 20)}" \
                if self.chance(0.3) else self.chars(_B62 + "_-", 40)
        return V(value, GENERIC_SECRET)

    def secret_key_name(self) -> str:
        return self.pick(["api_key", "API_SECRET", "client_secret", "x-api-key", "auth_token",
                          "webhook_secret", "DATADOG_API_KEY", "SENTRY_AUTH_TOKEN",
                          "signing_secret", "ENCRYPTION_KEY", "MAILGUN_API_KEY", "access_token"])

    # -- hard negatives ---------------------------------------------------------
    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, short: bool = False) -> str:
        return self.chars(_HEX, 7 if short else 40)

    def ref(self, prefix: str = "REF") -> str:
        d = self.digits
        return self.pick([f"{prefix}-{self.num(2023, 2026)}-{d(5)}", f"{prefix}{d(7)}",
                          f"{prefix}-{d(4)}-{self.chars(_UPPER_ALNUM, 4)}", f"#{d(6)}"])

    def ticket(self) -> str:
        return self.pick([f"SUP-{self.digits(5)}", f"#{self.digits(6)}", f"CS-{self.digits(7)}",
                          f"INC{self.digits(7)}", f"TKT-{self.digits(4)}-{self.digits(3)}"])

    def confirmation(self) -> str:
        return self.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)

    def invoice(self) -> str:
        return self.pick([f"INV-{self.num(2023, 2026)}-{self.digits(6)}", f"{self.digits(8)}",
                          f"R-{self.digits(5)}", f"{self.num(2023, 2026)}-{self.digits(2)}-{self.digits(7)}"])

    def meter(self) -> str:
        return self.pick([f"E-{self.digits(8)}", f"WM {self.digits(7)}", f"G{self.digits(9)}",
                          f"{self.digits(3)}-{self.digits(5)}-{self.digits(2)}"])

    def version(self) -> str:
        return self.pick([f"v{self.num(1, 9)}.{self.num(0, 30)}.{self.num(0, 20)}",
                          f"{self.num(1, 9)}.{self.num(0, 30)}.{self.num(0, 20)}-rc{self.num(1, 4)}",
                          f"build {self.num(2023, 2026)}.{self.num(1, 12):02d}.{self.num(1, 9)}",
                          f"{self.num(1, 20)}.{self.num(0, 9)}.{self.num(0, 99)}"])

    def brand(self) -> str:
        return self.pick(NAME_LIKE_BRANDS)

    def product(self) -> str:
        return self.pick(NAME_LIKE_PRODUCTS)

    def building(self) -> str:
        return self.pick(BUILDING_NAMES)

    def ago(self) -> str:
        return self.pick(PAST_RELATIVE)

    def soon(self) -> str:
        return self.pick(FUTURE_RELATIVE)

    def amount(self, lo: int = 20, hi: int = 2500) -> str:
        if self._currency is None:
            self._currency = self.pick(["$", "$", "$", "€", "USD "])
        cur = self._currency
        return f"{cur}{self.num(lo, hi):,}.{self.pick(['00', '50', self.digits(2)])}"

    def pct(self) -> str:
        return self.pick([f"{self.num(1, 99)}%", f"{self.num(0, 40)}.{self.num(0, 9)}%"])

    def http_status(self) -> str:
        return self.pick(["HTTP 403", "HTTP 429", "502 Bad Gateway", "status=500", "HTTP/1.1 401",
                          "404 Not Found", "503 Service Unavailable", "status 200"])

    def low_config(self) -> str:
        return self.pick(LOW_ENTROPY_CONFIG)

    def placeholder(self) -> str:
        return self.pick(PLACEHOLDERS)


# ------------------------------------------------------------------------ helpers


def kv_block(g: Gen, b: Builder, rows: Sequence[tuple[str, Slot]], style: str | None = None) -> None:
    """Emit key/value rows in one of several layouts (colon, aligned, bullets, table, ini)."""
    style = style or g.pick(["colon", "aligned", "dash", "bullet", "table", "ini"])
    width = max(len(k) for k, _ in rows) + 2
    if style == "table":
        b.add("| Field | Value |\n|---|---|\n")
    for key, value in rows:
        if style == "colon":
            b.add(f"{key}: ")
        elif style == "aligned":
            b.add(f"{key}:".ljust(width))
        elif style == "dash":
            b.add(f"- {key}: ")
        elif style == "bullet":
            b.add(f"• {key} — ")
        elif style == "table":
            b.add(f"| {key} | ")
        else:
            ini_key = "".join(ch if ch.isalnum() else "_" for ch in key.lower().replace("'", ""))
            b.add("_".join(part for part in ini_key.split("_") if part) + " = ")
        b.put(value)
        b.add(" |\n" if style == "table" else "\n")


def optional(g: Gen, rows: Sequence[tuple[str, Slot]], keep: float = 0.8, required: int = 1,
             depends: dict[str, str] | None = None) -> list[tuple[str, Slot]]:
    """Keep the first ``required`` rows and each remaining row with probability ``keep``.

    ``depends`` maps a row key to the key it qualifies; the row is dropped with its parent.
    """
    kept = [row for i, row in enumerate(rows) if i < required or g.chance(keep)]
    keys = {key for key, _ in kept}
    return [row for row in kept if (depends or {}).get(row[0], row[0]) in keys]


TemplateFn = Callable[[Gen, Builder], None]
_REGISTRY: dict[str, dict[str, list[TemplateFn]]] = {d: {"pos": [], "neg": []} for d in DOMAINS}


def template(domain: str, *, negative: bool = False) -> Callable[[TemplateFn], TemplateFn]:
    def register(fn: TemplateFn) -> TemplateFn:
        _REGISTRY[domain]["neg" if negative else "pos"].append(fn)
        return fn
    return register


# ---------------------------------------------------------------- real_estate

RE_HOSTS = ("apply.brightkeyrentals.com", "portal.harlowpm.com", "tenants.alderstonehomes.net",
            "leasing.northgaterealty.com")


@template("real_estate")
def re_application(g: Gen, b: Builder) -> None:
    p = g.person()
    dl, state = g.driver_license()
    b.fmt("RENTAL APPLICATION — {bld}\nApplication ref {ref} · received {ts}\n\n",
          bld=g.building(), ref=g.ref("APP"), ts=g.machine_ts())
    rows = optional(g, [
        ("Applicant", p.v()), ("Date of birth", g.dob()), ("SSN", g.ssn()),
        ("Driver's license", dl), ("Issuing state", state), ("Current address", g.address()),
        ("Mobile", g.phone()), ("Email", g.email(p)), ("Employer", g.brand()),
        ("Gross monthly income", g.amount(2500, 9000)), ("Desired move-in", g.day()),
    ], depends={"Issuing state": "Driver's license"})
    kv_block(g, b, rows)
    if g.chance(0.5):
        b.fmt("\nApplication fee {amt} charged to card {cc} (auth code {conf}).\n",
              amt=g.amount(35, 75), cc=g.credit_card(), conf=g.confirmation())


@template("real_estate")
def re_agent_note(g: Gen, b: Builder) -> None:
    p, co = g.person(), g.person()
    b.fmt("Spoke with {name} {rel} about unit {unit} at {addr}. ", name=p.v(), rel=g.ago(),
          unit=f"{g.num(1, 4)}{g.letter()}", addr=g.address())
    b.fmt("{first} is relocating from {loc} for a job at {brand} and wants a 12-month lease starting {start}. ",
          first=p.first_v(), loc=g.location(), brand=g.brand(), start=g.day())
    b.fmt("Credit score came back at {score}; income covers rent {x}x. ", score=str(g.num(580, 810)),
          x=f"{g.num(2, 4)}.{g.num(0, 9)}")
    if g.chance(0.7):
        b.fmt("Co-signer will be a sibling, {co} ({ph}). ", co=co.v(), ph=g.phone())
    b.fmt("Follow up by {when}.\n— notes, {agent}", when=g.when(), agent=g.person().first_v())


@template("real_estate")
def re_renewal_email(g: Gen, b: Builder) -> None:
    p, agent = g.person(), g.person()
    host = g.pick(RE_HOSTS)
    b.fmt("Subject: Lease renewal — {addr}\n\nHi {first},\n\n", addr=g.address(), first=p.first_v())
    b.fmt("Your current lease ends on {end}. We'd love to have you stay! The renewal offer is "
          "{amt}/month ({pct} increase) for 12 months, or month-to-month at {amt2}.\n\n",
          end=g.day(g.pick(["long", "short", "euro"])), amt=g.amount(1100, 3200), pct=g.pct(),
          amt2=g.amount(1300, 3600))
    b.fmt("Sign online at {url} or call me at {ph}.\n\nBest,\n{agent}\nLeasing Manager, {bld}\n{mail}\n",
          url=g.url(host), ph=g.phone(0.0), agent=agent.v(), bld=g.building(),
          mail=g.email(agent, host.split(".", 1)[1]))


@template("real_estate")
def re_screening_table(g: Gen, b: Builder) -> None:
    p, landlord = g.person(), g.person()
    b.fmt("Tenant Screening Report (report id {u})\n\n", u=g.uuid())
    b.add("| Check | Result |\n|---|---|\n")
    b.fmt("| Applicant | {n} |\n| DOB | {dob} |\n| SSN | {ssn} |\n", n=p.inverted_v() if g.chance(0.4) else p.v(),
          dob=g.dob(), ssn=g.ssn("-"))
    b.fmt("| Prior landlord | {ll}, {ph} |\n| Eviction search | none found |\n", ll=landlord.v(), ph=g.phone())
    b.fmt("| Criminal search | clear |\n| Credit score | {s} |\n"
          "| Fraud flag | ssn-shaped value {bad} on file is not a valid SSN |\n",
          s=str(g.num(560, 820)), bad=g.bad_ssn())
    b.fmt("\nGenerated {ts} by screening API {ver}.", ts=g.machine_ts(), ver=g.version())


@template("real_estate")
def re_deposit_refund(g: Gen, b: Builder) -> None:
    p, country = g.person(), g.pick(["CZ", "SK", "HU", "SI", "HR", "RO", "FI"])
    b.fmt("Security deposit refund — {name}\n", name=p.v())
    b.fmt("Tenant moved out {rel} and has returned to {loc}. Deposit {amt} less {ded} carpet cleaning.\n",
          rel=g.ago(), loc=V(COUNTRY_NAMES[country], LOCATION), amt=g.amount(800, 2400),
          ded=g.amount(90, 300))
    b.fmt("Wire to IBAN {iban} (BIC {bic}), account holder {name}.\n", iban=g.iban(country),
          bic=g.bic(country), name=p.v())
    b.fmt("Forwarding address: {addr}\nTransfer batch {batch}, ticket {t}.\n",
          addr=V(g.intl_address(country), ADDRESS), batch=g.ref("WB"), t=g.ticket())


@template("real_estate")
def re_guarantor(g: Gen, b: Builder) -> None:
    tenant, guar = g.person(), g.person()
    b.fmt("Guarantor form for applicant {t}\n\n", t=tenant.v())
    rows = optional(g, [
        ("Guarantor name", guar.v()), ("Relationship", g.pick(["parent", "aunt", "former employer"])),
        ("Date of birth", g.dob()), ("Phone", g.phone()), ("Home address", g.address()),
        ("Checking account", g.account_number("bank")), ("Bank", g.bank()),
        ("Annual income", g.amount(40000, 160000)),
    ], keep=0.85)
    kv_block(g, b, rows, g.pick(["dash", "bullet", "colon"]))
    b.fmt("\nSigned electronically {ts}.", ts=g.machine_ts())


@template("real_estate")
def re_showings(g: Gen, b: Builder) -> None:
    b.fmt("Showings at {bld} — {d}\n", bld=g.building(), d=g.day(g.pick(["long", "short", "us"])))
    for _ in range(g.num(2, 4)):
        p = g.person()
        contact = g.phone() if g.chance(0.5) else g.email(p)
        b.fmt(" • {t} — {n}, {c}", t=g.clock(), n=p.v(), c=contact)
        b.add(g.pick(["", " (needs parking)", " — wants 2BR", " (rescheduled)", ""]) + "\n")
    b.fmt("Lockbox battery at {pct}. Listing views up {pct2}; last price change {rel}.", pct=g.pct(),
          pct2=g.pct(), rel=g.ago())


@template("real_estate")
def re_moveout(g: Gen, b: Builder) -> None:
    p, agent = g.person(), g.person()
    b.fmt("Move-out inspection completed {when} by {agent}.\n", when=g.when(), agent=agent.v())
    b.fmt("Tenant {n} returned 2 keys and 1 fob. Forwarding email {mail}; photos uploaded to {url}.\n",
          n=p.v(), mail=g.email(p), url=g.url(g.pick(RE_HOSTS), f"/inspections/{g.uuid()}"))
    b.fmt("Deductions: {a} (blinds), {a2} (paint). Invoice {inv}. Refund due {rel}.\n",
          a=g.amount(20, 150), a2=g.amount(60, 400), inv=g.invoice(), rel=g.soon())


@template("real_estate")
def re_portal_json(g: Gen, b: Builder) -> None:
    p = g.person()
    b.add("Application portal audit record:\n{\n")
    b.fmt('  "applicant_id": "{u}",\n  "full_name": "{n}",\n  "email": "{e}",\n', u=g.uuid(), n=p.v(), e=g.email(p))
    b.fmt('  "date_of_birth": "{dob}",\n  "client_ip": "{ip}",\n  "submitted_at": "{ts}",\n',
          dob=g.dob("iso"), ip=g.ip(), ts=g.iso_ts())
    b.fmt('  "app_version": "{v}",\n  "status": "pending_review"\n}}\n', v=g.version())


@template("real_estate")
def re_payment_call(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Call log {t}: {title} {last} phoned from {ph} disputing a double charge of {amt} for rent at {addr}. ",
          t=g.ticket(), title=g.title(), last=p.last_v(), ph=g.phone(), amt=g.amount(900, 2800),
          addr=g.address())
    b.fmt("The caller read back the card on file, {cc}; processor shows a second attempt with {bad} which "
          "failed validation. Refund requested, confirmation {conf}. Callback promised {rel}.",
          cc=g.credit_card(), bad=g.bad_card(), conf=g.confirmation(), rel=g.soon())


@template("real_estate")
def re_lease_notes_bullets(g: Gen, b: Builder) -> None:
    p, p2 = g.person(), g.person()
    b.fmt("Lease notes — unit {u}\n", u=f"{g.num(100, 480)}")
    b.fmt("- Leaseholders: {a} and {c}\n", a=p.v(), c=p2.v())
    b.fmt("- Lease signed {d}; term 12 months\n", d=g.day())
    b.fmt("- Pet: 1 cat, fee {f}\n- Parking spot P{n}\n", f=g.amount(150, 400), n=str(g.num(1, 90)))
    b.fmt("- Emergency contact: {e} {ph}\n", e=g.person().v(), ph=g.phone(0.3))
    b.fmt("- {a} moved here from {loc}\n", a=p.first_v(), loc=g.location())


@template("real_estate", negative=True)
def re_neg_listing(g: Gen, b: Builder) -> None:
    b.fmt("NEW LISTING: {bld}\n{br}BR / {ba}BA · {sq} sq ft · {amt}/mo\nPets welcome, in-unit laundry, "
          "near {brand}. Listing ID {ref}. Updated {rel}. Application fee waived for tours booked {rel2}.\n"
          "Tour via {prod} voice assistant supported.",
          bld=g.building(), br=str(g.num(1, 4)), ba=str(g.num(1, 3)), sq=str(g.num(480, 2100)),
          amt=g.amount(950, 3800), brand=g.brand(), ref=g.ref("LST"), rel=g.ago(),
          rel2=g.soon(), prod=g.product())


@template("real_estate", negative=True)
def re_neg_occupancy(g: Gen, b: Builder) -> None:
    b.add("| Property | Occupancy | Delinquency | Open work orders |\n|---|---|---|---|\n")
    for _ in range(g.num(3, 5)):
        b.fmt("| {bld} | {o} | {d} | {w} |\n", bld=g.building(), o=g.pct(), d=g.pct(), w=str(g.num(0, 40)))
    b.fmt("\nReport {ref} exported {ts}. Totals include invoice {inv}.", ref=g.ref("RPT"), ts=g.machine_ts(),
          inv=g.invoice())


@template("real_estate", negative=True)
def re_neg_system(g: Gen, b: Builder) -> None:
    b.fmt("[{ts}] screening-sync {ver}: vendor API returned {http}; job {u} will retry {rel}. "
          "Config: {cfg}, {cfg2}. Placeholder SSN field rendered as {ph}.",
          ts=g.log_ts(), ver=g.version(), http=g.http_status(), u=g.uuid(), rel=g.soon(),
          cfg=g.low_config(), cfg2=g.low_config(), ph="XXX-XX-XXXX")


# -------------------------------------------------------------- dental_office

DENTAL_PRACTICES = ("Brightwater Family Dentistry", "Cedarline Dental Group", "Parkside Smiles",
                    "Northgate Pediatric Dental", "Riverbend Oral Health")
DENTAL_HOSTS = ("smile.brightwaterdental.com", "portal.cedarlinedental.com", "book.parksidesmiles.net")
INSURERS = ("Cedarline Dental PPO", "NorthStar Health", "Bluewater Mutual", "Meridian Dental HMO",
            "Keystone Benefit Plans")


@template("dental_office")
def dn_reminder_sms(g: Gen, b: Builder) -> None:
    p, dentist = g.person(), g.person()
    b.fmt("Hi {first}! Reminder: your {kind} with Dr. {dr} is {when} at {prac}. Reply C to confirm, "
          "R to reschedule, or call {ph}. Msg&data rates may apply.",
          first=p.first_v(), kind=g.pick(["cleaning", "exam", "crown seat", "filling", "consult"]),
          dr=dentist.last_v(), when=g.when(), prac=g.pick(DENTAL_PRACTICES), ph=g.phone(0.0))


@template("dental_office")
def dn_treatment_note(g: Gen, b: Builder) -> None:
    p, dentist = g.person(), g.person()
    b.fmt("Patient: {n}    MRN: {mrn}    DOB: {dob}\nVisit: {v}    Provider: Dr. {dr}\n\n",
          n=p.v(), mrn=g.mrn(), dob=g.dob(), v=g.day(), dr=dentist.v())
    tooth = str(g.num(1, 32))
    b.fmt("S: Pt reports cold sensitivity on #{t} x2 weeks, worse {rel}.\n", t=tooth, rel=g.ago())
    b.fmt("O: #{t} MOD composite failing, probing 3-4mm, BOP {pct}.\nA: Recurrent decay #{t}.\n",
          t=tooth, pct=g.pct())
    b.fmt("P: Crown prep scheduled {when}. Ins. member ID {hp}. Rx: chlorhexidine 0.12%.\n",
          when=g.when(), hp=g.health_plan())


@template("dental_office")
def dn_insurance_verify(g: Gen, b: Builder) -> None:
    p, sub = g.person(), g.person()
    b.add("INSURANCE VERIFICATION\n")
    rows = optional(g, [
        ("Patient", p.v()), ("Patient DOB", g.dob()), ("Subscriber", sub.v()),
        ("Subscriber DOB", g.dob()), ("Carrier", g.pick(INSURERS)), ("Member ID", g.health_plan()),
        ("Group no.", f"GRP-{g.digits(6)}"), ("Preventive", "100%"), ("Basic", g.pct()),
        ("Annual max remaining", g.amount(200, 2000)), ("Verified by", g.person().first_v()),
    ], keep=0.85)
    kv_block(g, b, rows)
    b.fmt("Call ref {r}, verified {rel}.\n", r=g.ref("VER"), rel=g.ago())


@template("dental_office")
def dn_recall_letter(g: Gen, b: Builder) -> None:
    p, title = g.person(), g.title()
    b.fmt("{prac}\n\n{title} {n}\n{addr}\n\n", prac=g.pick(DENTAL_PRACTICES), title=title, n=p.v(),
          addr=g.address(multiline=True))
    b.fmt("Dear {title} {last},\n\nOur records show it has been six months since your last visit on "
          "{d}. Regular cleanings keep gum disease away! Book online at {url} or call {ph}.\n\n"
          "Warm regards,\nThe front desk team",
          title=title, last=p.last_v(), d=g.day(g.pick(["long", "us", "euro"])),
          url=g.url(g.pick(DENTAL_HOSTS), "/book"), ph=g.phone(0.0))


@template("dental_office")
def dn_front_desk_call(g: Gen, b: Builder) -> None:
    mom, child = g.person(), g.person()
    child = Person(child.first, mom.last)
    b.fmt("{clock} Front desk: {mom} called from {ph} to move their child {kid}'s appointment (chart {mrn}) "
          "from {d1} to {d2}. ",
          clock=g.chat_clock(), mom=mom.v(), ph=g.phone(), kid=child.first_v(), mrn=g.mrn(), d1=g.when(),
          d2=g.when())
    b.fmt("Updated contact email to {e}. Copay {amt} outstanding, statement {inv}.", e=g.email(mom),
          amt=g.amount(15, 90), inv=g.invoice())


@template("dental_office")
def dn_referral(g: Gen, b: Builder) -> None:
    p, dr, surgeon = g.person(), g.person(), g.person()
    b.fmt("Dear Dr. {s},\n\nI am referring {n} (DOB {dob}, MRN {mrn}) for evaluation and extraction of "
          "#1, #16, #17 and #32. Panoramic film taken {d} is attached. ",
          s=surgeon.last_v(), n=p.v(), dob=g.dob(), mrn=g.mrn(), d=g.day())
    b.fmt("Insurance: {ins}, member {hp}. Patient prefers morning appointments and can be reached at {ph}.\n\n"
          "Sincerely,\nDr. {dr}\n", ins=g.pick(INSURERS), hp=g.health_plan(), ph=g.phone(),
          dr=dr.v())


@template("dental_office")
def dn_receipt(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("{prac}\nRECEIPT #{inv}\n", prac=g.pick(DENTAL_PRACTICES), inv=g.invoice())
    b.add("-" * 32 + "\n")
    rows: list[tuple[str, Slot]] = [
        ("Patient", p.v()), ("Date of service", g.day("us")), ("Procedure", "D1110 prophylaxis"),
        ("Paid", g.amount(40, 600)), ("Card", g.credit_card()), ("Balance", "0.00"),
    ]
    kv_block(g, b, rows, "aligned")
    b.fmt("Terminal {ver}, approval {conf}.\n", ver=g.version(), conf=g.confirmation())


@template("dental_office")
def dn_portal_welcome(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Welcome to the patient portal, {first}!\n\nUsername: {e}\nTemporary password: {pw}\n\n",
          first=p.first_v(), e=g.email(p), pw=g.password())
    b.fmt("Log in at {url} {rel} to change your password (minimum 12 characters). "
          "Never share this message.", url=g.url(g.pick(DENTAL_HOSTS), "/portal/activate"),
          rel=g.pick(["within 24 hours", "within 48 hours", "before your next visit"]))


@template("dental_office")
def dn_lab_slip(g: Gen, b: Builder) -> None:
    p, dr = g.person(), g.person()
    b.fmt("LAB CASE SLIP\n- Case #: {c}\n- Patient: {n}\n- Chart: {mrn}\n- Restoration: zirconia crown #{t}, "
          "shade A{s}\n- Due back: {due}\n- Doctor: Dr. {dr}\n- Ship via tracking {trk}\n",
          c=g.ref("LC"), n=p.v(), mrn=g.mrn(), t=str(g.num(2, 31)), s=str(g.num(1, 4)), due=g.day(),
          dr=dr.last_v(), trk=g.bad_card().replace(" ", "").replace("-", ""))


@template("dental_office")
def dn_intake(g: Gen, b: Builder) -> None:
    p, ec = g.person(), g.person()
    b.add("NEW PATIENT INTAKE\n")
    rows = optional(g, [
        ("Name", p.v()), ("Birthdate", g.dob()), ("Home address", g.address()),
        ("Cell", g.phone()), ("Email", g.email(p)), ("SSN (billing)", g.ssn()),
        ("Emergency contact", ec.v()), ("Emergency phone", g.phone()),
        ("Dental plan member #", g.health_plan()), ("Referred by", g.pick(["website", "friend", "insurer list"])),
    ], keep=0.75)
    kv_block(g, b, rows)


@template("dental_office")
def dn_hygiene_schedule(g: Gen, b: Builder) -> None:
    b.fmt("Hygiene column — {d}\n", d=g.day(g.pick(["long", "short", "euro"])))
    b.add("| Time | Patient | Chart | Note |\n|---|---|---|---|\n")
    for _ in range(g.num(2, 4)):
        b.fmt("| {t} | {n} | {m} | {note} |\n", t=g.clock(), n=g.person().v(), m=g.mrn(),
              note=g.pick(["SRP UR", "perio maint", "FMX due", "new pt", "fluoride"]))


@template("dental_office", negative=True)
def dn_neg_supply(g: Gen, b: Builder) -> None:
    b.fmt("Supply order PO-{po}\n- 6 boxes nitrile gloves (M)\n- Prophy paste, mint\n- {brand} gift cards "
          "for staff appreciation\n- Replacement tips for the {prod} scheduler tablet\nSubtotal {a}, "
          "discount {pct}. Expected delivery {rel}. Invoice {inv}.",
          po=g.digits(6), brand=g.brand(), prod=g.product(), a=g.amount(200, 3000), pct=g.pct(),
          rel=g.soon(), inv=g.invoice())


@template("dental_office", negative=True)
def dn_neg_sterilizer(g: Gen, b: Builder) -> None:
    b.add("Autoclave cycle log\n")
    for _ in range(g.num(3, 5)):
        b.fmt("{ts}  cycle={c}  temp=134C  hold=4m  result=PASS  fw={v}\n", ts=g.iso_ts(),
              c=g.digits(5), v=g.version())
    b.fmt("Spore test lot {lot} passed; next test {rel}.", lot=g.ref("BI"), rel=g.soon())


@template("dental_office", negative=True)
def dn_neg_memo(g: Gen, b: Builder) -> None:
    b.fmt("Team memo: starting {rel}, hygiene appointments move to 50-minute blocks. Recall compliance "
          "rose {pct} last quarter and no-shows fell to {pct2}. Lunch on Friday is from {brand}. "
          "The new imaging software ({ver}) requires a reboot; ticket {t}.",
          rel=g.soon(), pct=g.pct(), pct2=g.pct(), brand=g.brand(), ver=g.version(), t=g.ticket())


# ---------------------------------------------------------------- gig_platform

GIG_HOSTS = ("drive.swiftdrop.app", "help.courierly.com", "partners.dashpilot.io")


@template("gig_platform")
def gig_onboarding(g: Gen, b: Builder) -> None:
    p = g.person()
    dl, state = g.driver_license()
    b.fmt("Courier onboarding — applicant {u}\n", u=g.uuid())
    rows = optional(g, [
        ("Legal name", p.v()), ("DOB", g.dob()), ("Driver license", dl), ("License state", state),
        ("SSN for background check", g.ssn()), ("Mobile", g.phone(0.1)), ("Email", g.email(p)),
        ("Home address", g.address()), ("Payout account", g.account_number("bank")),
        ("Vehicle", g.pick(["2016 Honda Fit", "2019 Toyota Prius", "e-bike", "2014 Ford Transit"])),
    ], keep=0.8, depends={"License state": "Driver license"})
    kv_block(g, b, rows)
    b.fmt("Status: pending · app {v}\n", v=g.version())


@template("gig_platform")
def gig_ticket_thread(g: Gen, b: Builder) -> None:
    p, agent = g.person(), g.person()
    b.fmt("Ticket {t} | Courier: {n} | Opened {ts}\n\n", t=g.ticket(), n=p.v(), ts=g.machine_ts())
    b.fmt("> I haven't been paid for the delivery on {d}. My account email is {e} and my number is {ph}. "
          "Order ref {r}.\n\n", d=g.day(), e=g.email(p), ph=g.phone(0.15), r=g.ref("ORD"))
    b.fmt("{agent} (Support): Thanks {first}, I see the payout of {amt} was held because of a {http} "
          "from the bank. I've re-queued it; expect it {rel}.",
          agent=agent.first_v(), first=p.first_v(), amt=g.amount(8, 140), http=g.http_status(),
          rel=g.soon())


@template("gig_platform")
def gig_background_email(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Hi {first},\n\nGood news — your background check completed on {d}. Report ID {u}. "
          "You can start accepting deliveries in {loc} right away.\n\n", first=p.first_v(), d=g.day(),
          u=g.uuid(), loc=g.location("city"))
    b.fmt("Review your report at {url}. Questions? Text us at {ph}.\n", url=g.url(g.pick(GIG_HOSTS)),
          ph=g.phone(0.0))


@template("gig_platform")
def gig_payout_log(g: Gen, b: Builder) -> None:
    p = g.person()
    e = g.email(p)
    b.add("payout-audit log excerpt\n")
    b.fmt("{ts} user={e} action=login ip={ip} status=200\n", ts=g.iso_ts(), e=e, ip=g.ip())
    b.fmt("{ts} user={e} action=payout.update old_acct=****{l4} new_acct={acct} ip={ip} status=200\n",
          ts=g.iso_ts(), e=e, l4=g.digits(4), acct=g.account_number("bank"), ip=g.ip())
    if g.chance(0.6):
        b.fmt("{ts} user={e} action=payout.iban_set iban={iban} status=201\n", ts=g.iso_ts(), e=e,
              iban=V(g.iban().text.replace(" ", ""), IBAN_CODE))
    b.fmt("{ts} risk-engine {v} score={s} decision=review req={u}\n", ts=g.iso_ts(), v=g.version(),
          s=str(g.num(10, 99)), u=g.uuid())


@template("gig_platform")
def gig_incident(g: Gen, b: Builder) -> None:
    drv, cust = g.person(), g.person()
    b.fmt("Safety incident report {r}\n\nOn {when}, driver {d} reported that a customer at {addr} became "
          "aggressive at drop-off. The customer, {c}, can be reached at {ph}. ",
          r=g.ref("SI"), when=g.when(), d=drv.v(), addr=g.address(), c=cust.v(), ph=g.phone())
    b.fmt("Pickup was in {loc}. Driver rating unaffected; case escalated {rel}.", loc=g.location("city"),
          rel=g.ago())


@template("gig_platform")
def gig_eu_courier(g: Gen, b: Builder) -> None:
    p = g.person()
    country = g.pick(["CZ", "SK", "HU", "SI", "HR", "RO", "FI"])
    b.fmt("EU courier registration ({loc})\n", loc=V(COUNTRY_NAMES[country], LOCATION))
    b.fmt("- Name: {n}\n- Born: {dob}\n- Address: {addr}\n- Phone: {ph}\n- IBAN: {iban}\n- BIC: {bic}\n",
          n=p.v(), dob=g.dob(g.pick(["dotted", "euro", "iso"])), addr=V(g.intl_address(country), ADDRESS),
          ph=V(g.intl_phone(country), PHONE_NUMBER), iban=g.iban(country), bic=g.bic(country))
    b.fmt("- Consent recorded {ts}\n", ts=g.machine_ts())


@template("gig_platform")
def gig_appeal(g: Gen, b: Builder) -> None:
    p = g.person()
    dl, _state = g.driver_license()
    b.fmt("To whom it may concern,\n\nMy account was deactivated {rel} and I don't understand why. I have "
          "driven for {n} months with a {rating} rating. My license number is {dl} and it is valid. "
          "On {d} the app crashed ({ver}) mid-trip which may have triggered the flag.\n\n",
          rel=g.ago(), n=str(g.num(3, 40)), rating=f"4.{g.num(70, 99)}", dl=dl, d=g.day(),
          ver=g.version())
    b.fmt("Please call me at {ph} or write to {e}.\n\n{n}", ph=g.phone(), e=g.email(p), n=p.v())


@template("gig_platform")
def gig_fraud_review(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Fraud review — {n}\n", n=p.v())
    b.fmt("* Account {e} logged in from {ip} ({loc}) and {ip2} within 4 minutes.\n", e=g.email(p),
          ip=g.ip(), loc=g.location("city_country"), ip2=g.ipv6())
    b.fmt("* New card {cc} added; prior attempt {bad} rejected (Luhn).\n", cc=g.credit_card(), bad=g.bad_card())
    b.fmt("* Chargebacks: {a} across {k} orders ({pct} of volume).\n* Decision: hold payouts, ticket {t}.\n",
          a=g.amount(50, 900), k=str(g.num(2, 9)), pct=g.pct(), t=g.ticket())


@template("gig_platform")
def gig_chat(g: Gen, b: Builder) -> None:
    p, agent = g.person(), g.person()
    minute = g.num(8 * 60, 20 * 60)

    def tick() -> str:
        nonlocal minute
        minute += g.num(0, 3)
        return f"[{minute // 60:02d}:{minute % 60:02d}]"

    b.fmt("{c} {a}: Hi, this is {an} from Courier Support. How can I help?\n", c=tick(),
          a=agent.first_v(), an=agent.first_v())
    b.fmt("{c} {u}: my last payout never arrived. name on the account is {n}\n", c=tick(),
          u=p.first_v(), n=p.v())
    b.fmt("{c} {a}: Can you confirm your date of birth and phone?\n", c=tick(), a=agent.first_v())
    b.fmt("{c} {u}: {dob}, {ph}\n", c=tick(), u=p.first_v(), dob=g.dob(), ph=g.phone())
    b.fmt("{c} {a}: Thanks! Payout {r} was returned with code R03. I'll re-send it {rel}.\n",
          c=tick(), a=agent.first_v(), r=g.ref("PO"), rel=g.soon())


@template("gig_platform")
def gig_partner_api(g: Gen, b: Builder) -> None:
    dev = g.person()
    b.fmt("Partner integration ticket {t} ({brand})\n\n{n} from the restaurant's dev team pasted their "
          "config while asking why webhooks fail with {http}:\n\n```\n",
          t=g.ticket(), brand=g.brand(), n=dev.v(), http=g.http_status())
    b.fmt("STRIPE_SECRET_KEY={sk}\n{k}={gs}\nWEBHOOK_URL={url}\n{cfg}\n```\n",
          sk=g.stripe_key(), k=g.secret_key_name().upper().replace("-", "_"), gs=g.generic_secret(),
          url=g.url(g.pick(GIG_HOSTS), f"/hooks/{g.chars(_HEX, 12)}"), cfg=g.low_config())
    b.fmt("Advised rotating keys {rel}. Contact: {e}", rel=g.soon(), e=g.email(dev))


@template("gig_platform")
def gig_vehicle_docs(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Document review for {n}: license scan uploaded {rel}, insurance card shows policy {pol} "
          "(not a health plan). Insured address {addr}. Selfie match {pct}. Re-check scheduled {when}.",
          n=p.v(), rel=g.ago(), pol=g.ref("AUTO"), addr=g.address(), pct=g.pct(), when=g.when())


@template("gig_platform", negative=True)
def gig_neg_surge(g: Gen, b: Builder) -> None:
    b.fmt("Ops note: surge multiplier in zone {z} capped at 1.{m}x after demand rose {pct}. Courier app "
          "{ver} crash rate {pct2}; rollback via commit {sha}. Dispatch API saw {http} spikes {rel}.",
          z=f"Z{g.num(10, 99)}", m=str(g.num(1, 9)), pct=g.pct(), ver=g.version(), pct2=g.pct(),
          sha=g.sha(), http=g.http_status(), rel=g.ago())


@template("gig_platform", negative=True)
def gig_neg_release(g: Gen, b: Builder) -> None:
    b.fmt("Release notes {ver}\n- Fixed payout rounding (PR #{pr}, {sha})\n- New {prod} integration\n"
          "- Support tickets now get IDs like {t}\nBuild {u} published {ts}.",
          ver=g.version(), pr=g.digits(4), sha=g.sha(True), prod=g.product(), t=g.ticket(), u=g.uuid(),
          ts=g.machine_ts())


@template("gig_platform", negative=True)
def gig_neg_metrics(g: Gen, b: Builder) -> None:
    b.add("| Week | Active couriers | On-time | Avg payout |\n|---|---|---|---|\n")
    for w in range(1, g.num(3, 5) + 1):
        b.fmt("| W{w} | {n} | {p} | {a} |\n", w=str(w), n=f"{g.num(800, 9000):,}", p=g.pct(), a=g.amount(9, 40))
    b.fmt("Top merchant: {brand}. Export {ref}.", brand=g.brand(), ref=g.ref("EXP"))


# ------------------------------------------------------------ nonprofit_donors

NP_HOSTS = ("give.riverlightfoundation.org", "donate.openharvest.org", "crm.kindredtrust.org")


@template("nonprofit_donors")
def np_crm_note(g: Gen, b: Builder) -> None:
    p, spouse = g.person(), g.person()
    b.fmt("Met {n} at the spring gala on {d}. Lives in {loc}; spouse {s} also attended. Interested in "
          "funding the scholarship endowment — potential gift {amt}. Prefers email ({e}). ",
          n=p.v(), d=g.day(), loc=g.location(), s=spouse.first_v(), amt=g.amount(5000, 250000),
          e=g.email(p))
    b.fmt("Next step: lunch {rel}. Appeal code {code}.", rel=g.soon(), code=f"FY{g.num(24, 26)}-MG-{g.digits(3)}")


@template("nonprofit_donors")
def np_receipt(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("{n}\n{addr}\n\nDear {first},\n\n", n=p.v(), addr=g.address(multiline=True), first=p.first_v())
    b.fmt("Thank you for your generous gift of {amt} received on {d}. Receipt No. {inv}. No goods or "
          "services were provided in exchange for this contribution. Our federal tax ID is {ein}.\n\n"
          "With gratitude,\n{staff}\nExecutive Director",
          amt=g.amount(25, 5000), d=g.day(g.pick(["long", "euro", "short"])), inv=g.invoice(),
          ein=f"{g.num(10, 99)}-{g.digits(7)}", staff=g.person().v())


@template("nonprofit_donors")
def np_recurring(g: Gen, b: Builder) -> None:
    p = g.person()
    b.add("Recurring gift setup\n")
    rows = optional(g, [
        ("Donor", p.v()), ("Donor account no.", g.account_number("donor")), ("Card", g.credit_card()),
        ("Billing address", g.address()), ("Phone", g.phone()), ("Email", g.email(p)),
        ("Amount", g.amount(10, 250) + " monthly"), ("First charge", g.day()),
    ], keep=0.85)
    kv_block(g, b, rows)
    b.fmt("Processor token ref {u} (not stored in CRM).\n", u=g.uuid())


@template("nonprofit_donors")
def np_major_table(g: Gen, b: Builder) -> None:
    b.add("| Donor | City | Last gift | Amount | Contact |\n|---|---|---|---|---|\n")
    for _ in range(g.num(2, 4)):
        p = g.person()
        contact = g.email(p) if g.chance(0.5) else g.phone()
        b.fmt("| {n} | {c} | {d} | {a} | {ct} |\n", n=p.v(), c=g.location("city"), d=g.day("us"),
              a=g.amount(1000, 90000), ct=contact)
    b.fmt("\nPortfolio export {ts}; {pct} retained YoY.", ts=g.machine_ts(), pct=g.pct())


@template("nonprofit_donors")
def np_eu_pledge(g: Gen, b: Builder) -> None:
    p = g.person()
    country = g.pick(["CZ", "SK", "HU", "SI", "HR", "RO", "FI", "PL", "DE"])
    b.fmt("Pledge payment from {n} ({loc}) arrived by SEPA transfer. Debtor IBAN {iban}, BIC {bic}. "
          "Mandate ref {m}. Mailing address on file: {addr}. Amount {amt}; matched by {brand} "
          "employee giving program.",
          n=p.v(), loc=V(COUNTRY_NAMES[country], LOCATION), iban=g.iban(country), bic=g.bic(country),
          m=g.ref("MND"),
          addr=V(g.intl_address(country), ADDRESS), amt=g.amount(50, 4000), brand=g.brand())


@template("nonprofit_donors")
def np_volunteer(g: Gen, b: Builder) -> None:
    p = g.person()
    dl, state = g.driver_license()
    b.add("VOLUNTEER DRIVER APPLICATION\n")
    rows = optional(g, [
        ("Name", p.v()), ("Date of birth", g.dob()), ("Driver's license #", dl), ("State", state),
        ("SSN (for background check)", g.ssn()), ("Phone", g.phone()),
        ("Availability", g.pick(["weekends", "Tue/Thu mornings", "flexible"])),
    ], keep=0.8, depends={"State": "Driver's license #"})
    kv_block(g, b, rows)
    b.fmt("Orientation: {when}\n", when=g.when())


@template("nonprofit_donors")
def np_memorial(g: Gen, b: Builder) -> None:
    deceased, donor, family = g.person(), g.person(), g.person()
    b.fmt("Memorial gift in memory of {d}, who passed on {dd}. Gift of {a} from {donor}. Please notify "
          "the family: {f}, {addr}. Acknowledgment letter batch {batch}.",
          d=deceased.v(), dd=g.day(), a=g.amount(25, 1000), donor=donor.v(), f=family.v(),
          addr=g.address(), batch=g.ref("ACK"))


@template("nonprofit_donors")
def np_stewardship_email(g: Gen, b: Builder) -> None:
    p, staff = g.person(), g.person()
    b.fmt("Hi {first},\n\nI wanted to personally share how your support helped {n} families in {loc} this "
          "year. I'd love to show you the new pantry — would {when} work? You can reach me directly at {ph}.\n\n"
          "Warmly,\n{staff}\nDirector of Development\n{e}\n{url}",
          first=p.first_v(), n=str(g.num(40, 900)), loc=g.location(), when=g.when(), ph=g.phone(0.1),
          staff=staff.v(), e=g.email(staff, g.pick(NP_HOSTS).split(".", 1)[1]), url=g.url(g.pick(NP_HOSTS), "/impact"))


@template("nonprofit_donors")
def np_import_errors(g: Gen, b: Builder) -> None:
    b.fmt("Import job {u} finished with {k} errors:\n\nrow,first_name,last_name,email,phone,city,error\n",
          u=g.uuid(), k=str(g.num(2, 3)))
    for _ in range(g.num(2, 3)):
        p = g.person()
        b.fmt("{r},{f},{l},{e},{ph},{c},{err}\n", r=str(g.num(2, 900)), f=p.first_v(), l=p.last_v(),
              e=g.email(p), ph=g.phone(0.0), c=g.location("city"),
              err=g.pick(["duplicate", "invalid zip", "missing consent"]))


@template("nonprofit_donors")
def np_daf_memo(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("DAF grant memo: grant {ref} recommended by {n} for {amt}. Stock transfer instructions sent to "
          "brokerage account {acct}. Donor asked that the gift be anonymous in the annual report. Received {d}.",
          ref=g.ref("DAF"), n=p.v(), amt=g.amount(1000, 50000), acct=g.account_number("bank"), d=g.day())


@template("nonprofit_donors")
def np_event_rsvp(g: Gen, b: Builder) -> None:
    b.fmt("Gala RSVPs (last updated {rel}):\n", rel=g.ago())
    for _ in range(g.num(2, 4)):
        p = g.person()
        b.fmt("- {n} (+{k}) — {e}{diet}\n", n=p.v(), k=str(g.num(0, 2)), e=g.email(p),
              diet=g.pick(["", ", vegetarian", ", gluten-free", ""]))
    b.fmt("Table sponsor: {brand}. Seating chart {ver}.", brand=g.brand(), ver=g.version())


@template("nonprofit_donors", negative=True)
def np_neg_campaign(g: Gen, b: Builder) -> None:
    b.fmt("Spring appeal results ({code}): response rate {p1}, average gift {a}, {k} new donors. Email "
          "open rate {p2}. {brand} matched {a2}. Next mailing drops {rel}.",
          code=f"FY{g.num(24, 26)}-SPR-DM", p1=g.pct(), a=g.amount(30, 300), k=str(g.num(40, 800)),
          p2=g.pct(), brand=g.brand(), a2=g.amount(1000, 20000), rel=g.soon())


@template("nonprofit_donors", negative=True)
def np_neg_runofshow(g: Gen, b: Builder) -> None:
    b.fmt("Run of show\n- Doors: 30 min before start\n- Welcome remarks, then video\n- Paddle raise target "
          "{a}\n- Dessert by {brand}\n- AV checklist ticket {t}\nVenue Wi-Fi config: {cfg}",
          a=g.amount(20000, 200000), brand=g.brand(), t=g.ticket(), cfg=g.low_config())


@template("nonprofit_donors", negative=True)
def np_neg_board(g: Gen, b: Builder) -> None:
    b.add("| Fund | Budget | Actual | Variance |\n|---|---|---|---|\n")
    for fund in ("General", "Scholarships", "Food Pantry", "Capital"):
        b.fmt("| {f} | {a} | {c} | {v} |\n", f=fund, a=g.amount(10000, 900000), c=g.amount(10000, 900000),
              v=g.pct())
    b.fmt("Prepared {rel}; file {u}.", rel=g.ago(), u=g.uuid())


# ------------------------------------------------------------- security_alerts

CORP_DOMAINS = ("northwind-labs.io", "acmefreight.com", "helio-health.org", "quantaloop.dev")


@template("security_alerts")
def sec_impossible_travel(g: Gen, b: Builder) -> None:
    p = g.person()
    dom = g.pick(CORP_DOMAINS)
    b.fmt("[ALERT] Impossible travel — severity HIGH\nrule_id: {u}\ntriggered: {ts}\nuser: {n} <{e}>\n",
          u=g.uuid(), ts=g.iso_ts(), n=p.v(), e=g.email(p, dom))
    b.fmt("src_ip: {ip} ({loc})\nprev_ip: {ip2} ({loc2})\ndistance_km: {km}\nmfa: {mfa}\n",
          ip=g.ip(), loc=g.location("city_country"), ip2=g.ipv4(0.0), loc2=g.location("city_country"),
          km=str(g.num(900, 12000)), mfa=g.pick(["push_approved", "none", "sms"]))


@template("security_alerts")
def sec_secret_scan(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Secret scanning alert #{n} in {org}/{repo}\ncommit {sha} by {name} <{e}>\nfile: config/prod.env, "
          "line {line}\n\n",
          n=str(g.num(10, 999)), org=g.pick(["northwind", "acme-freight", "helio"]),
          repo=g.pick(["billing-api", "infra", "mobile-app", "etl-jobs"]), sha=g.sha(), name=p.v(),
          e=g.email(p, g.pick(CORP_DOMAINS)), line=str(g.num(3, 80)))
    b.fmt("  AWS_ACCESS_KEY_ID={ak}\n  AWS_SECRET_ACCESS_KEY={sk}\n", ak=g.aws_access_key(), sk=g.aws_secret_key())
    b.fmt("\nKey was active; rotated {rel}. CloudTrail shows calls from {ip}.", rel=g.ago(), ip=g.ip())


@template("security_alerts")
def sec_slack_paste(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Incident {inc}: {n} pasted a bot token into #deploys at {when}:\n\n    {tok}\n\n"
          "Token revoked {rel}; audit shows no use outside {ip}.",
          inc=g.ticket(), n=p.v(), when=g.clock(), tok=g.slack_token(), rel=g.ago(), ip=g.ipv4(1.0))


@template("security_alerts")
def sec_paste_dump(g: Gen, b: Builder) -> None:
    dom, k = g.pick(CORP_DOMAINS), g.num(2, 4)
    b.fmt("Paste-site monitor hit ({u}) — {k} lines matching monitored domain {dom}:\n\n",
          u=g.uuid(), k=str(k), dom=dom)
    for _ in range(k):
        b.fmt("{e}:{pw}\n", e=g.email(g.person(), dom), pw=g.password())
    b.fmt("\nSource posted {rel}; forced resets queued. Dump hash {sha}.", rel=g.ago(), sha=g.sha())


@template("security_alerts")
def sec_private_key(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("DLP finding: private key committed to {repo} by {n} in commit {sha}.\nfile: deploy/{f}\n\n```\n",
          repo=g.pick(["infra-terraform", "ops-scripts", "ansible-roles"]), n=p.v(), sha=g.sha(True),
          f=g.pick(["id_rsa", "server.key", "tls/key.pem", "bastion_ed25519"]))
    b.fmt("{pem}\n```\n\nSeverity critical. Owner notified at {e}.", pem=g.private_key(),
          e=g.email(p, g.pick(CORP_DOMAINS)))


@template("security_alerts")
def sec_waf_log(g: Gen, b: Builder) -> None:
    b.add("WAF blocked requests (sample):\n")
    for _ in range(g.num(2, 4)):
        b.fmt('{ip} - - [{ts}] "{m} {path} HTTP/1.1" {code} {size} "-" "{ua}"\n',
              ip=g.ip(), ts=g.apache_ts(),
              m=g.pick(["GET", "POST"]), path=g.pick(["/wp-login.php", "/.env", "/api/v1/users?id=1%27--",
                                                        "/admin/config.php", "/.git/config"]),
              code=g.pick(["403", "404", "406"]), size=str(g.num(120, 900)),
              ua=g.pick(["python-requests/2.31.0", "curl/8.4.0", "Go-http-client/1.1", "sqlmap/1.7.2"]))
    b.fmt("Rule set {v}; referer seen: {url}", v=g.version(), url=g.url(g.pick(["scan-probe.net", "bad-actor.ru"])))


@template("security_alerts")
def sec_jwt_log(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Sensitive header logged by api-gateway {v}\n{ts} INFO request_id={u} path=/v2/orders status=200\n"
          "  Authorization: Bearer {jwt}\n  X-Forwarded-For: {ip}\n\nToken belongs to {n}; sessions invalidated.",
          v=g.version(), ts=g.log_ts(), u=g.uuid(), jwt=g.jwt(), ip=g.ip(), n=p.v())


@template("security_alerts")
def sec_phishing(g: Gen, b: Builder) -> None:
    p, sender = g.person(), g.person()
    b.fmt("Phishing report: {n} reported an email from \"{s}\" <{se}> titled \"Payroll update\" with link "
          "{url}. ", n=p.v(), s=sender.v(), se=g.email(sender, g.pick(["paypro-secure.com", "hr-portal-login.net"])),
          url=g.url(g.pick(["hr-portal-login.net", "paypro-secure.com"]), f"/sso?u={g.chars(_B62, 8)}"))
    b.fmt("Proxy logs show credentials submitted from {ip} at {ts}. Password reset forced; "
          "user's desk line {ph}.", ip=g.ip(), ts=g.iso_ts(), ph=g.phone(0.0))


@template("security_alerts")
def sec_env_scan(g: Gen, b: Builder) -> None:
    host = g.pick(["staging.quantaloop.dev", "cdn.acmefreight.com"])
    b.fmt("Exposed .env file found at {url} (HTTP 200):\n\n", url=g.url(host, "/.env"))
    lines: list[tuple[str, Slot]] = [
        ("DB_PASSWORD", g.password()), ("STRIPE_SECRET_KEY", g.stripe_key()), ("GITHUB_TOKEN", g.github_token()),
        (g.secret_key_name().upper().replace("-", "_"), g.generic_secret()),
    ]
    g.r.shuffle(lines)
    keep = lines[: g.num(2, 4)]
    for k, v in keep:
        b.fmt("{k}={v}\n", k=k, v=v)
    b.fmt("{c1}\n{c2}\nAPP_VERSION={ver}\n", c1=g.low_config(), c2=g.low_config(), ver=g.version())


@template("security_alerts")
def sec_mfa_fatigue(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("IdP alert: {k} MFA push requests denied for {n} within 10 minutes, then one approved. Enrolled SMS "
          "factor {ph}. Sign-in from {ip} ({loc}). Session {u} revoked.",
          k=str(g.num(5, 40)), n=p.v(), ph=g.phone(0.3), ip=g.ipv6(), loc=g.location("city"), u=g.uuid())


@template("security_alerts")
def sec_ci_token(g: Gen, b: Builder) -> None:
    b.fmt("CI log leak in job {j} (runner {v}):\n\n", j=g.digits(8), v=g.version())
    b.fmt("+ git config --global url.\"https://x-access-token@github.com/\".insteadOf ...\n"
          "+ export GH_TOKEN={tok}\n+ aws configure set aws_access_key_id {ak}\n", tok=g.github_token(),
          ak=g.aws_access_key())
    b.fmt("+ curl -s -o /dev/null -w '%{{http_code}}' {url}\n200\n", url=g.url("api.quantaloop.dev", "/healthz"))
    b.fmt("\nMasking failed because the secret was echoed. Placeholder {ph} was expected.", ph=g.placeholder())


@template("security_alerts", negative=True)
def sec_neg_vulnscan(g: Gen, b: Builder) -> None:
    b.add("Vulnerability scan summary\n")
    for _ in range(g.num(3, 5)):
        b.fmt("- CVE-{y}-{n}  openssl {v}  CVSS {s}  host app-{h}.internal  {http}\n",
              y=str(g.num(2021, 2025)), n=g.digits(5), v=g.version(), s=f"{g.num(4, 9)}.{g.num(0, 9)}",
              h=g.digits(2), http=g.http_status())
    b.fmt("Scan {u} finished {ts}.", u=g.uuid(), ts=g.iso_ts())


@template("security_alerts", negative=True)
def sec_neg_config_review(g: Gen, b: Builder) -> None:
    b.fmt("Config review: no live secrets found. Values present are placeholders or examples:\n"
          "  api_key: {p1}\n  password: {p2}\n  AWS_ACCESS_KEY_ID={ex}\n  {c1}\n  {c2}\n"
          "Reviewed commit {sha} ({ver}).",
          p1=g.pick(["<YOUR_API_KEY>", "[REDACTED]", "{{ vault.api_token }}"]),
          p2=g.pick(["********", "${DB_PASSWORD}", "<secret>"]), ex="AKIAIOSFODNN7EXAMPLE",
          c1=g.low_config(), c2=g.low_config(), sha=g.sha(), ver=g.version())


@template("security_alerts", negative=True)
def sec_neg_deploy(g: Gen, b: Builder) -> None:
    for _ in range(g.num(3, 5)):
        b.fmt("{ts} deploy svc={s} sha={sha} version={v} status={st}\n", ts=g.iso_ts(),
              s=g.pick(["auth", "billing", "search", "gateway"]), sha=g.sha(True), v=g.version(),
              st=g.pick(["ok", "rolled_back", "ok"]))
    b.fmt("Trace {u}; error budget remaining {pct}.", u=g.uuid(), pct=g.pct())


# --------------------------------------------------------------- genai_prompts


@template("genai_prompts")
def ai_summarize_patient(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("{open} summarize this for a referral letter, under 150 words:\n\n", open=g.pick(
        ["Can you", "Please", "hey can u", "I need you to"]))
    b.fmt("Pt: {n}\nDOB: {dob}\nMRN {mrn}\nIns: {ins} member # {hp}\nSeen {d} for persistent cough, "
          "CXR negative. Lives alone in {loc}. Daughter {dt} ({ph}) is the contact.\n",
          n=p.v(), dob=g.dob(), mrn=g.mrn(), ins=g.pick(INSURERS), hp=g.health_plan(), d=g.day(),
          loc=g.location("city"), dt=g.person().v(), ph=g.phone())


@template("genai_prompts")
def ai_tenant_email(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Write a polite but firm email to my tenant {n} ({e}) reminding them that rent for {addr} was due "
          "on {d} and is now {k} days late. Mention the {fee} late fee. Keep it friendly, they've been there "
          "since {since}.", n=p.v(), e=g.email(p), addr=g.address(), d=g.day(g.pick(["long", "short"])),
          k=str(g.num(3, 20)), fee=g.amount(25, 100), since=g.day())


@template("genai_prompts")
def ai_fix_boto(g: Gen, b: Builder) -> None:
    b.fmt("why does this fail with AccessDenied?? boto3 {v}\n\n```python\nimport boto3\n\n"
          "s3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"{ak}\",\n    aws_secret_access_key=\"{sk}\",\n"
          "    region_name=\"us-east-1\",\n)\ns3.list_objects_v2(Bucket=\"{bucket}\")\n```\n",
          v=g.version(), ak=g.aws_access_key(), sk=g.aws_secret_key(),
          bucket=g.pick(["prod-exports", "media-uploads", "team-backups"]))


@template("genai_prompts")
def ai_notes_to_table(g: Gen, b: Builder) -> None:
    b.add("turn these notes into a table with columns name / phone / when:\n\n")
    for _ in range(g.num(2, 4)):
        p = g.person()
        b.fmt("- {n} called, wants callback {when}, number {ph}\n", n=p.v() if g.chance(0.7) else p.first_v(),
              when=g.when(), ph=g.phone())
    b.add("\nthanks!!")


@template("genai_prompts")
def ai_cover_letter(g: Gen, b: Builder) -> None:
    p = g.person()
    slug = f"{ascii_slug(p.first)}-{ascii_slug(p.last)}"
    b.fmt("Draft a cover letter for a data analyst role at {brand}. My details for the header:\n\n{n}\n{addr}\n"
          "{ph} | {e}\n{url}\n\nI have 4 years of SQL and Python experience, mostly in {loc}.",
          brand=g.brand(), n=p.v(), addr=g.address(intl=0.3), ph=g.phone(0.3), e=g.email(p),
          url=V(f"https://www.linkedin.com/in/{slug}-{g.chars(_HEX, 6)}", URL), loc=g.location())


@template("genai_prompts")
def ai_curl_401(g: Gen, b: Builder) -> None:
    b.fmt("I keep getting {http} from this, token looks fine to me?\n\ncurl -X GET {url} \\\n"
          "  -H 'Authorization: Bearer {jwt}' \\\n  -H 'Accept: application/json'\n\nrequest id was {u}",
          http=g.http_status(), url=g.url("api.courierly.com", f"/v1/drivers/{g.digits(6)}"), jwt=g.jwt(), u=g.uuid())


@template("genai_prompts")
def ai_translate(g: Gen, b: Builder) -> None:
    p = g.person()
    lang = g.pick(["Spanish", "Romanian", "Thai", "Finnish"])
    b.fmt("Translate into {lang}:\n\n\"Dear {n}, your account {acct} has an overdue balance of {amt}. "
          "Please pay by {d} to avoid interruption. Questions: {ph}.\"",
          lang=lang, n=p.v(), acct=g.account_number(g.pick(["utility", "customer"])), amt=g.amount(40, 900),
          d=g.day(), ph=g.phone(0.0))


@template("genai_prompts")
def ai_dedupe_csv(g: Gen, b: Builder) -> None:
    b.add("dedupe this list and tell me which rows are the same person:\n\nname,email,city\n")
    people = [g.person() for _ in range(g.num(2, 3))]
    for _ in range(g.num(3, 5)):
        p = g.r.choice(people)
        b.fmt("{n},{e},{c}\n", n=p.v(), e=g.email(p), c=g.location("city"))


@template("genai_prompts")
def ai_form_fill(g: Gen, b: Builder) -> None:
    p = g.person()
    dl, _state = g.driver_license()
    b.fmt("help me fill out this loan form, here's my info: name {n}, SSN {ssn}, DL {dl}, born {dob}, "
          "card for the fee {cc}. The form asks for 'date of last address change' — I moved {rel}. "
          "what goes in box 7?", n=p.v(), ssn=g.ssn(), dl=dl, dob=g.dob(), cc=g.credit_card(), rel=g.ago())


@template("genai_prompts")
def ai_rewrite_message(g: Gen, b: Builder) -> None:
    p, boss = g.person(), g.person()
    b.fmt("Rewrite this Slack message so it sounds more professional:\n\n\"hey {boss} i cant make the "
          "{when} sync, {n} from the vendor side will cover, cell is {ph}. also the {brand} demo link "
          "is {url} lol\"",
          boss=boss.first_v(), when=g.when(), n=p.v(), ph=g.phone(), brand=g.brand(),
          url=g.url("meet.quantaloop.dev", f"/r/{g.chars(_B62, 10)}"))


@template("genai_prompts")
def ai_debug_env(g: Gen, b: Builder) -> None:
    b.fmt("My Slack bot won't post. Here's my config, what's wrong?\n\n```\nSLACK_BOT_TOKEN={tok}\n"
          "SLACK_SIGNING_SECRET={sec}\nDATABASE_URL=postgres://bot:{pw}@db.internal:5432/bot\n{cfg}\n```\n"
          "Error: not_in_channel ({http})",
          tok=g.slack_token(), sec=V(g.chars(_HEX, 32), GENERIC_SECRET), pw=g.password(url_safe=True),
          cfg=g.low_config(),
          http=g.http_status())


@template("genai_prompts")
def ai_donor_thankyou(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Write 3 short thank-you notes. First one for {n} who gave {amt} on {d} and lives in {loc}. The "
          "mailing address is {addr}. Make it warm, mention our food pantry.",
          n=p.v(), amt=g.amount(50, 2000), d=g.day(), loc=g.location(), addr=g.address(intl=0.4))


@template("genai_prompts", negative=True)
def ai_neg_haiku(g: Gen, b: Builder) -> None:
    b.fmt("Write a haiku about upgrading Kubernetes to {v} on a Friday. Bonus points for mentioning {prod} "
          "and a {http}.", v=g.version(), prod=g.product(), http=g.http_status())


@template("genai_prompts", negative=True)
def ai_neg_backoff(g: Gen, b: Builder) -> None:
    b.fmt("Explain what {http} means and how to implement exponential backoff in Python. My request id was "
          "{u} and it happened {rel}. Current config is `{cfg}` and `{cfg2}`. Don't bother with the API key, "
          "it's just {ph} in the example.",
          http=g.http_status(), u=g.uuid(), rel=g.ago(), cfg=g.low_config(), cfg2=g.low_config(),
          ph=g.placeholder())


@template("genai_prompts", negative=True)
def ai_neg_changelog(g: Gen, b: Builder) -> None:
    b.fmt("Summarize this changelog in two bullets:\n\n## {v1}\n- perf: cache warmup ({sha})\n- fix: order "
          "{inv} rounding\n## {v2}\n- feat: support for {prod}\n- chore: bump deps, {pct} smaller bundle\n",
          v1=g.version(), sha=g.sha(True), inv=g.invoice(), v2=g.version(), prod=g.product(), pct=g.pct())


# ------------------------------------------------------------- utility_billing

UTIL_HOSTS = ("myaccount.cascadiaenergy.com", "pay.tririverswater.com", "outage.prairiewindcoop.com")
UTILITIES = ("Cascadia Energy", "Tri-Rivers Water Authority", "Prairie Wind Electric Co-op",
             "Lakeshore Gas & Light")


@template("utility_billing")
def ut_bill_letter(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("{util}\n\n{n}\n{addr}\n\n", util=g.pick(UTILITIES), n=p.v(), addr=g.address(multiline=True))
    rows: list[tuple[str, Slot]] = [
        ("Account Number", g.account_number()), ("Invoice", g.invoice()), ("Meter No.", g.meter()),
        ("Billing period", f"{g.num(28, 33)} days"), ("Usage", f"{g.num(200, 1800)} kWh"),
        ("Amount due", g.amount(40, 480)), ("Due date", g.day(g.pick(["long", "us", "short"]))),
    ]
    kv_block(g, b, rows, g.pick(["aligned", "colon", "table"]))
    b.fmt("\nPay online at {url}.", url=g.url(g.pick(UTIL_HOSTS), "/pay"))


@template("utility_billing")
def ut_call_note(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Call note {t}: Caller {n} verified identity with DOB {dob} and account {acct}. Reported high bill "
          "({amt}, up {pct}). Meter {m} read {rel}; reread ordered. Callback number {ph}.",
          t=g.ticket(), n=p.v(), dob=g.dob(), acct=g.account_number(), amt=g.amount(150, 900), pct=g.pct(),
          m=g.meter(), rel=g.ago(), ph=g.phone())


@template("utility_billing")
def ut_shutoff(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("FINAL NOTICE — DISCONNECTION SCHEDULED\n\n{title} {n}, service at {addr} will be disconnected on "
          "or after {d} unless the past-due balance of {amt} is paid. Account {acct}. ",
          title=g.title(), n=p.v(), addr=g.address(), d=g.day(), amt=g.amount(120, 1400),
          acct=g.account_number())
    b.fmt("Call {ph} to set up a payment arrangement. Notice ref {ref}.", ph=g.phone(0.0), ref=g.ref("DN"))


@template("utility_billing")
def ut_autopay(g: Gen, b: Builder) -> None:
    p = g.person()
    b.add("AutoPay enrollment\n")
    method: tuple[str, Slot] = (("Card", g.credit_card()) if g.chance(0.5)
                                else ("Bank account", g.account_number("bank")))
    rows = optional(g, [("Customer", p.v()), ("Utility account", g.account_number()), method,
                        ("Email for receipts", g.email(p)), ("Start", g.day())], keep=0.85, required=3)
    kv_block(g, b, rows)
    b.fmt("Enrollment id {u}; confirmation {c}.\n", u=g.uuid(), c=g.confirmation())


@template("utility_billing")
def ut_start_service(g: Gen, b: Builder) -> None:
    p = g.person()
    dl, state = g.driver_license()
    b.fmt("Start-service request ({ts})\n", ts=g.machine_ts())
    rows = optional(g, [
        ("Name", p.v()), ("Service address", g.address()), ("Previous address", g.address()),
        ("Start date", g.day()), ("SSN (deposit waiver)", g.ssn()), ("Driver's license", dl),
        ("DL state", state), ("Phone", g.phone()), ("Moving from", g.location()),
    ], keep=0.75, depends={"DL state": "Driver's license"})
    kv_block(g, b, rows)


@template("utility_billing")
def ut_arrangement_email(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Hello {first},\n\nYour payment arrangement for account {acct} is confirmed: {k} installments of {amt}, "
          "the first due {d}. If you miss an installment the arrangement ends automatically.\n\nQuestions? "
          "Reply to this email or call {ph}.\n\nCustomer Care, {util}",
          first=p.first_v(), acct=g.account_number(), k=str(g.num(2, 6)), amt=g.amount(30, 200), d=g.day(),
          ph=g.phone(0.0), util=g.pick(UTILITIES))


@template("utility_billing")
def ut_outage_callbacks(g: Gen, b: Builder) -> None:
    b.fmt("Outage callback list — feeder {f}\n\n| Customer | Town | Phone | Medical equipment |\n|---|---|---|---|\n",
          f=f"{g.num(1, 40)}-{g.letter()}")
    for _ in range(g.num(2, 4)):
        b.fmt("| {n} | {t} | {ph} | {m} |\n", n=g.person().v(), t=g.location("city"), ph=g.phone(0.0),
              m=g.pick(["oxygen concentrator", "none", "CPAP", "none"]))
    b.fmt("\nRestoration ETA {rel}.", rel=g.soon())


@template("utility_billing")
def ut_password_reset(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Hi {first},\n\nWe received a request to reset the password for {e}. Your temporary password is "
          "{pw}\n\nSign in at {url} and choose a new one. If you didn't request this, call us at {ph}. "
          "Request from IP {ip}.",
          first=p.first_v(), e=g.email(p), pw=g.password(), url=g.url(g.pick(UTIL_HOSTS), "/login"),
          ph=g.phone(0.0), ip=g.ip())


@template("utility_billing")
def ut_meter_dispute(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("{n} disputes the {mon} reading on meter {m} (account {acct}). Prior read {r1}, current {r2}; "
          "estimated flag set. Field tech visit booked for {when}. Customer says the house in {loc} was empty "
          "{rel}.", n=p.v(), mon=g.pick(MONTHS), m=g.meter(), acct=g.account_number(), r1=g.digits(5),
          r2=g.digits(5), when=g.when(), loc=g.location("city"), rel=g.ago())


@template("utility_billing")
def ut_sepa_mandate(g: Gen, b: Builder) -> None:
    p = g.person()
    country = g.pick(["HU", "SK", "CZ", "SI", "HR", "RO"])
    b.fmt("Direct debit mandate (water service)\nDebtor: {n}\nDebtor IBAN: {iban}\nBIC: {bic}\nService address: "
          "{addr}\nCustomer account: {acct}\nMandate reference: {ref}\nCreditor ID: {cid}\nSigned: {d}\n",
          n=p.v(), iban=g.iban(country), bic=g.bic(country), addr=V(g.intl_address(country), ADDRESS),
          acct=g.account_number("customer"), ref=g.ref("MD"), cid=f"{country}98ZZZ{g.digits(8)}",
          d=g.day(g.pick(["dotted", "euro", "iso"])))


@template("utility_billing")
def ut_assistance(g: Gen, b: Builder) -> None:
    head = g.person()
    b.fmt("Energy assistance application — household of {k}\n", k=str(g.num(2, 5)))
    b.fmt("- Applicant: {n}, born {dob}, SSN {ssn}\n", n=head.v(), dob=g.dob(), ssn=g.ssn())
    for _ in range(g.num(1, 3)):
        m = g.person()
        b.fmt("- Member: {n}, born {dob}\n", n=V(f"{m.first} {head.last}", PERSON), dob=g.dob())
    b.fmt("- Monthly income: {amt}\n- Account: {acct}\n", amt=g.amount(900, 3800), acct=g.account_number())


@template("utility_billing", negative=True)
def ut_neg_rates(g: Gen, b: Builder) -> None:
    b.fmt("Rate change notice: effective next billing cycle, the residential tariff {code} rises {pct} to "
          "{c} per kWh; the fixed charge stays at {amt}. Average customers will see about {amt2} more per "
          "month. Reference {ref}.",
          code=f"R-{g.num(1, 9)}{g.letter()}", pct=g.pct(), c=f"{g.num(9, 31)}.{g.digits(1)}¢",
          amt=g.amount(8, 25), amt2=g.amount(2, 15), ref=g.ref("TAR"))


@template("utility_billing", negative=True)
def ut_neg_feeder(g: Gen, b: Builder) -> None:
    b.fmt("Outage update: feeder {f} tripped {rel}; {k} meters affected ({m} first reported). Crew dispatched "
          "from substation {s}. Estimated restoration {rel2}. SCADA {ver}, event {u}.",
          f=f"{g.num(1, 40)}-{g.letter()}", rel=g.ago(), k=f"{g.num(50, 4000):,}", m=g.meter(),
          s=f"SS-{g.digits(3)}", rel2=g.soon(), ver=g.version(), u=g.uuid())


@template("utility_billing", negative=True)
def ut_neg_batch(g: Gen, b: Builder) -> None:
    for _ in range(g.num(3, 5)):
        b.fmt("{ts} billing-batch {v} job={u} invoices={k} failed={f} status={st}\n", ts=g.log_ts(),
              v=g.version(), u=g.uuid(), k=str(g.num(1000, 90000)), f=str(g.num(0, 40)),
              st=g.pick(["OK", "PARTIAL", "OK"]))
    b.fmt("Sample rejected card number {bad} (checksum fail) and SSN field {bs}.", bad=g.bad_card(),
          bs=g.bad_ssn())


# ------------------------------------------------ extra secret-bearing templates


@template("security_alerts")
def sec_token_sweep(g: Gen, b: Builder) -> None:
    b.fmt("Weekly credential sweep ({d}) — findings still open\n\n| # | Source | Kind | Value |\n|---|---|---|---|\n",
          d=g.day(g.pick(["long", "iso", "short"])))
    makers: list[tuple[str, Callable[[], V]]] = [
        ("Stripe key", g.stripe_key), ("session JWT", g.jwt), ("GitHub token", g.github_token),
        ("Slack token", g.slack_token), ("API secret", g.generic_secret), ("AWS key id", g.aws_access_key),
    ]
    g.r.shuffle(makers)
    for i, (kind, make) in enumerate(makers[: g.num(2, 4)], start=1):
        b.fmt("| {i} | {src} | {kind} | {val} |\n", i=str(i),
              src=g.pick(["Jira ticket", "Confluence page", "Slack #help", "build log", "HAR upload"]),
              kind=kind, val=make())
    b.fmt("\nOwner: {n}. Sweep tool {v}; suppressed {k} placeholder hits such as {ph}.", n=g.person().v(),
          v=g.version(), k=str(g.num(3, 40)), ph=g.placeholder())


@template("genai_prompts")
def ai_pem_convert(g: Gen, b: Builder) -> None:
    b.fmt("{open} convert this key to PKCS#8 so our {prod} job can read it? openssl {v} keeps saying "
          "'unable to load key'.\n\n", open=g.pick(["How do I", "Can you", "quick q - how to"]),
          prod=g.product(), v=g.version())
    b.fmt("{pem}\n\nthe server is {ip} if that matters", pem=g.private_key(), ip=g.ip())


@template("genai_prompts")
def ai_stripe_webhook(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("My Stripe webhook returns {http}. Code:\n\n```js\nconst stripe = require('stripe')('{sk}');\n"
          "const endpointSecret = '{wh}';\n// customer: {e}\n```\nIt worked until {rel}. Node {v}.",
          http=g.http_status(), sk=g.stripe_key(), wh=V("whsec_" + g.chars(_B62, 32), GENERIC_SECRET),
          e=g.email(p), rel=g.ago(), v=g.version())


@template("utility_billing")
def ut_vendor_integration(g: Gen, b: Builder) -> None:
    eng = g.person()
    b.fmt("Vendor integration note (meter-data platform, ticket {t})\n\n{n} shared the staging credentials "
          "in the ticket instead of the vault:\n\n", t=g.ticket(), n=eng.v())
    pairs: list[tuple[str, Slot]] = [("client_id", g.uuid()), ("client_secret", g.generic_secret()),
                                     ("sample_bearer", g.jwt()), ("payments_key", g.stripe_key())]
    for k, v in pairs[: g.num(2, 4)]:
        b.fmt("  {k}: {v}\n", k=k, v=v)
    b.fmt("\nRotation requested {rel}; {cfg}.", rel=g.soon(), cfg=g.low_config())


@template("dental_office")
def dn_it_ticket(g: Gen, b: Builder) -> None:
    mgr = g.person()
    b.fmt("IT ticket {t}: imaging workstation can't reach the PACS after update {v}. Office manager {n} "
          "left the admin login on a sticky note: user 'xray-admin', password {pw}. Vendor remote-support "
          "{k}: {sec}. Call back at {ph}.",
          t=g.ticket(), v=g.version(), n=mgr.v(), pw=g.password(), k=g.pick(["api key", "access token"]),
          sec=g.generic_secret(), ph=g.phone(0.0))


@template("real_estate")
def re_smartlock(g: Gen, b: Builder) -> None:
    p = g.person()
    b.fmt("Smart-lock integration for {bld} failed ({http}). Property manager {n} pasted the config:\n\n"
          "lock_vendor = {prod}\n{k} = {sec}\nportal_password = {pw}\n{cfg}\n\nGuest code for the "
          "tour on {d} was sent to {e}.",
          bld=g.building(), http=g.http_status(), n=p.v(), prod=g.pick(["latchwise", "keyhaven"]),
          k=g.pick(["api_key", "access_token", "client_secret"]), sec=g.generic_secret(), pw=g.password(),
          cfg=g.low_config(), d=g.when(), e=g.email(p))


# ---------------------------------------------------------------------- driver


def generate(n: int, seed: int = 0) -> Iterator[dict[str, object]]:
    """Yield ``n`` labeled documents; document ``i`` depends only on ``(seed, i)``."""
    for i in range(n):
        rng = random.Random(f"{seed}-{i}")
        domain = DOMAINS[i % len(DOMAINS)]
        pool = _REGISTRY[domain]["neg" if rng.random() < NEGATIVE_SHARE else "pos"]
        builder = Builder()
        rng.choice(pool)(Gen(rng), builder)
        yield {"id": f"blind-{seed}-{i:06d}", "domain": domain, "text": builder.text,
               "entities": builder.entities}


def write_jsonl(out: TextIO, n: int, seed: int) -> None:
    out.writelines(json.dumps(doc, ensure_ascii=False) + "\n" for doc in generate(n, seed))
    out.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=1000, help="number of documents")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument("--output", default="-", help="output JSONL path, '-' for stdout")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be non-negative")
    if args.output != "-":
        with open(args.output, "w", encoding="utf-8") as fh:
            write_jsonl(fh, args.n, args.seed)
        return 0
    try:
        write_jsonl(sys.stdout, args.n, args.seed)
    except BrokenPipeError:  # e.g. piped into `head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
