"""Held-out synthetic corpus for evaluating PII / PHI / secret detection.

This generator is written independently of the main benchmark corpus: it uses
its own templates, vocabulary, name lists and value formats so that it can act
as an unseen test set.  Pure standard library, deterministic per seed (every
document is drawn from its own ``random.Random`` seeded with ``"<seed>-<i>"``,
so ``generate(n, s)`` is always a prefix of ``generate(m, s)`` for ``m > n``).

Each document is a dict::

    {"id": str, "domain": str, "text": str,
     "entities": [{"start": int, "end": int, "type": str}, ...]}

Offsets are half-open Python string (code point) indices; entities are sorted,
non-overlapping and ``text[start:end]`` is exactly the labeled value.

Domains: insurance_claim, bank_dispute, devops_incident, recruiting, pharmacy,
chatbot_transcript, spreadsheet.  Roughly 15% of documents contain no entity.

Labeling conventions
--------------------
* PERSON: the name only (full name, first name alone, or "Last, First");
  titles such as Dr./Ms./Mr. are outside the span.  Slack display names are
  people and are labeled.  Pet names, brands and product names are not.
* EMAIL_ADDRESS, URL (http/https and bare ``www.`` forms), IP_ADDRESS (v4 and
  v6, private ranges included): every occurrence is labeled.  Database DSNs
  (``postgres://...``) are not URLs; only a password inside them is labeled.
* PHONE_NUMBER: US and international numbers, including fax numbers.
* LOCATION: standalone city / region / country names.  A city inside a street
  address belongs to the single ADDRESS span (number, street, unit, city,
  state/province, postcode; US, UK and Canadian styles).
* DATE_OF_BIRTH: a date in a birth context (span = the date only).
  DATE_TIME: any other date/time about a person or event (date of loss,
  start date, appointment, incident start...).  Machine timestamps (log lines,
  chat message header clock times) and relative expressions ("next Friday")
  are NOT labeled.
* US_SSN: area 001-899 except 666, group 01-99, serial 0001-9999.
  SSN-shaped numbers with invalid areas (000, 666, 9xx) and "last four"
  fragments are not labeled.
* CREDIT_CARD: Luhn-valid PANs only.  Luhn-invalid 16-digit numbers and masked
  cards ("ending in 4821") are not labeled.
* IBAN_CODE: ISO 13616 mod-97 valid, compact or grouped in fours.
* MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER, ACCOUNT_NUMBER, DRIVER_LICENSE:
  the identifier only, following its context phrase.  Health-insurance
  policy/member/subscriber ids are HEALTH_PLAN_NUMBER; auto/home/travel/pet
  policy numbers and bank account numbers are ACCOUNT_NUMBER.  Bank routing
  numbers, group numbers, BIN/PCN, NPI, Rx numbers, NDC codes and lot numbers
  are not labeled.
* Reference numbers that are not personal ids are never labeled: claim refs
  (e.g. ``CLM-2024-004812``), case, ticket, order, invoice, requisition,
  chargeback ARN, transaction/trace ids, UUIDs, commit SHAs, image digests,
  version strings.
* Secrets: AWS_ACCESS_KEY (AKIA/ASIA + 16), AWS_SECRET_KEY (40 chars after an
  AWS secret key name), GITHUB_TOKEN, SLACK_TOKEN, STRIPE_KEY (live keys),
  JWT, PRIVATE_KEY (whole PEM block, BEGIN..END lines inclusive).  PASSWORD is
  the value only (no quotes) after a password-like key or phrase;
  GENERIC_SECRET is a high-entropy value after an api_key/secret/token-like
  key.  Placeholders (``<password>``, ``${SECRET}``, ``****``), masked values
  and low-entropy config values are not labeled.

CLI::

    python bench/corpus_heldout.py --n 1000 --seed 0 --output FILE.jsonl
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, TextIO, TypeVar

# ---------------------------------------------------------------------------
# Core building blocks
# ---------------------------------------------------------------------------

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

DOMAINS: tuple[str, ...] = (
    "insurance_claim",
    "bank_dispute",
    "devops_incident",
    "recruiting",
    "pharmacy",
    "chatbot_transcript",
    "spreadsheet",
)

NEGATIVE_RATE = 0.16

T = TypeVar("T")


class Ent(NamedTuple):
    """A labeled value to be placed in the text."""

    value: str
    type: str


Part = str | Ent

_FORMATTER = string.Formatter()


class Builder:
    """Accumulates text and entity spans; offsets are computed on the fly."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._ents: list[dict[str, Any]] = []
        self._len = 0

    def t(self, text: str) -> Builder:
        self._chunks.append(text)
        self._len += len(text)
        return self

    def e(self, ent: Ent) -> Builder:
        if not ent.value:
            raise ValueError("empty entity value")
        start = self._len
        self.t(ent.value)
        self._ents.append({"start": start, "end": self._len, "type": ent.type})
        return self

    def add(self, part: Part | int) -> Builder:
        return self.e(part) if isinstance(part, Ent) else self.t(str(part))

    def f(self, template: str, **kw: Part | int) -> Builder:
        """Append ``template`` with ``{name}`` fields replaced by ``kw`` parts."""
        for literal, field, _spec, _conv in _FORMATTER.parse(template):
            if literal:
                self.t(literal)
            if field is not None:
                self.add(kw[field])
        return self

    def build(self) -> tuple[str, list[dict[str, Any]]]:
        return "".join(self._chunks), [dict(x) for x in self._ents]


# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

FIRST_NAMES: tuple[str, ...] = (
    # West African
    "Chiamaka",
    "Oluwaseun",
    "Ngozi",
    "Emeka",
    "Adaeze",
    "Babatunde",
    "Folasade",
    "Ifeanyi",
    "Yetunde",
    "Chukwudi",
    "Temitope",
    "Obinna",
    "Kofi",
    "Ama",
    "Kwame",
    # Vietnamese
    "Linh",
    "Thanh",
    "Minh",
    "Huong",
    "Quang",
    "Trang",
    "Duc",
    "Phuong",
    "Bao",
    "Thuy",
    # Polish
    "Agnieszka",
    "Krzysztof",
    "Małgorzata",
    "Wojciech",
    "Katarzyna",
    "Tomasz",
    "Zofia",
    "Jakub",
    "Bartosz",
    "Magdalena",
    # Brazilian
    "João",
    "Thiago",
    "Larissa",
    "Rafaela",
    "Gustavo",
    "Beatriz",
    "Leandro",
    "Camila",
    "Vinícius",
    "Luana",
    # Korean
    "Ji-woo",
    "Min-jun",
    "Seo-yeon",
    "Hyun-woo",
    "Eun-ji",
    "Dong-hyun",
    "Soo-ah",
    "Jae-won",
    "Ha-eun",
    "Tae-yang",
    # Irish
    "Aoife",
    "Ciarán",
    "Siobhán",
    "Niamh",
    "Oisín",
    "Saoirse",
    "Declan",
    "Róisín",
    "Cormac",
    "Eimear",
    # Persian
    "Arash",
    "Shirin",
    "Dariush",
    "Parisa",
    "Kaveh",
    "Leila",
    "Farhad",
    "Yasaman",
    "Behrouz",
    "Nasrin",
    # South Asian
    "Aarav",
    "Priyanka",
    "Vikram",
    "Ananya",
    "Rohan",
    "Deepika",
    "Sanjay",
    "Kavya",
    # Latin American
    "Alejandro",
    "Ximena",
    "Rodrigo",
    "Guadalupe",
    "Mateo",
    "Valentina",
    # Arabic
    "Omar",
    "Yasmin",
    "Khalid",
    "Layla",
    "Tariq",
    "Nour",
    # Chinese / Japanese
    "Wei",
    "Xiaoling",
    "Haoran",
    "Yutong",
    "Haruto",
    "Yui",
    "Kenji",
    "Aiko",
    # East African
    "Wanjiru",
    "Tsion",
    "Abebe",
    "Achieng",
    # Anglo / North American
    "Margaret",
    "Terrence",
    "Brianna",
    "Dwayne",
    "Heather",
    "Colin",
    "Shannon",
    "Garrett",
    # Turkish / Ukrainian / Nordic / Filipino
    "Emre",
    "Elif",
    "Oksana",
    "Dmytro",
    "Astrid",
    "Sven",
    "Ingrid",
    "Maricel",
    "Jericho",
)

LAST_NAMES: tuple[str, ...] = (
    # West African
    "Okonkwo",
    "Adeyemi",
    "Nwosu",
    "Balogun",
    "Eze",
    "Okafor",
    "Olawale",
    "Chukwu",
    "Adebayo",
    "Obi",
    "Mensah",
    "Asante",
    # Vietnamese
    "Nguyen",
    "Tran",
    "Pham",
    "Le",
    "Hoang",
    "Vu",
    "Dang",
    "Bui",
    "Do",
    "Huynh",
    # Polish
    "Kowalski",
    "Wiśniewska",
    "Nowak",
    "Zieliński",
    "Wójcik",
    "Lewandowska",
    "Kamiński",
    "Szymańska",
    "Dąbrowski",
    "Jankowski",
    # Brazilian
    "Oliveira",
    "Souza",
    "Ferreira",
    "Carvalho",
    "Rodrigues",
    "Almeida",
    "Barbosa",
    "Ribeiro",
    "Gomes",
    "Cavalcanti",
    # Korean
    "Kim",
    "Park",
    "Choi",
    "Jung",
    "Kang",
    "Yoon",
    "Jang",
    "Lim",
    "Han",
    "Shin",
    # Irish
    "O'Sullivan",
    "Murphy",
    "MacCarthy",
    "Fitzgerald",
    "Doyle",
    "Byrne",
    "Ó Conaill",
    "Kavanagh",
    "Gallagher",
    "Ní Bhriain",
    # Persian
    "Tehrani",
    "Ahmadi",
    "Hosseini",
    "Rahimi",
    "Karimi",
    "Moradi",
    "Farahani",
    "Sadeghi",
    "Jafari",
    "Rostami",
    # South Asian
    "Raghunathan",
    "Iyer",
    "Deshpande",
    "Chatterjee",
    "Malhotra",
    "Reddy",
    # Latin American
    "Hernández",
    "Castañeda",
    "Villarreal",
    "Gutiérrez",
    "Ochoa",
    "Zamora",
    # Arabic
    "Haddad",
    "Al-Masri",
    "Nasser",
    "Khoury",
    "Farouk",
    "Saleh",
    # Chinese / Japanese
    "Zhang",
    "Liu",
    "Chen",
    "Huang",
    "Zhou",
    "Xu",
    "Tanaka",
    "Watanabe",
    "Kobayashi",
    "Yamamoto",
    # East African
    "Otieno",
    "Kiplagat",
    "Tesfaye",
    "Mwangi",
    # Anglo
    "Whitfield",
    "Pemberton",
    "Hollis",
    "Blackwood",
    "Thornton",
    "Ashby",
    # Turkish / Ukrainian / Filipino / Nordic
    "Yılmaz",
    "Demir",
    "Şahin",
    "Shevchenko",
    "Bondarenko",
    "Kovalenko",
    "Dela Cruz",
    "Mercado",
    "Lindqvist",
    "Halvorsen",
    "Bergström",
)

LOCATIONS: tuple[str, ...] = (
    "Lagos",
    "Ibadan",
    "Accra",
    "Nairobi",
    "Addis Ababa",
    "Da Nang",
    "Hanoi",
    "Ho Chi Minh City",
    "Kraków",
    "Gdańsk",
    "Wrocław",
    "Porto Alegre",
    "Recife",
    "Belo Horizonte",
    "Busan",
    "Incheon",
    "Daegu",
    "Galway",
    "Cork",
    "Limerick",
    "Shiraz",
    "Isfahan",
    "Tabriz",
    "Winnipeg",
    "Halifax",
    "Saskatoon",
    "Leeds",
    "Bristol",
    "Glasgow",
    "Austin",
    "Tucson",
    "Milwaukee",
    "Sacramento",
    "Pittsburgh",
    "Lyon",
    "Rotterdam",
    "Gothenburg",
    "Porto",
    "Zurich",
    "Ghent",
    "Bavaria",
    "Ontario",
    "Queensland",
    "Andalusia",
    "Kerala",
    "Nebraska",
    "Vermont",
    "Oregon",
    "Portugal",
    "Nigeria",
    "Vietnam",
    "Poland",
    "Ireland",
    "Chile",
    "Morocco",
    "Kenya",
    "New Zealand",
    "Sweden",
    "Colombia",
    "Estonia",
)

US_CITIES: tuple[tuple[str, str, str], ...] = (
    ("Columbus", "OH", "432"),
    ("Tacoma", "WA", "984"),
    ("Boise", "ID", "837"),
    ("Durham", "NC", "277"),
    ("Tucson", "AZ", "857"),
    ("Omaha", "NE", "681"),
    ("Richmond", "VA", "232"),
    ("Madison", "WI", "537"),
    ("Albuquerque", "NM", "871"),
    ("Savannah", "GA", "314"),
    ("Spokane", "WA", "992"),
    ("Providence", "RI", "029"),
    ("Lexington", "KY", "405"),
    ("Fresno", "CA", "937"),
    ("Rochester", "NY", "146"),
    ("Plano", "TX", "750"),
    ("Worcester", "MA", "016"),
    ("Des Moines", "IA", "503"),
    ("Chattanooga", "TN", "374"),
    ("Eugene", "OR", "974"),
    ("Newark", "NJ", "071"),
    ("Duluth", "MN", "558"),
)

STREET_NAMES: tuple[str, ...] = (
    "Wexford",
    "Magnolia",
    "Birchwood",
    "Kestrel",
    "Juniper",
    "Harborview",
    "Old Mill",
    "Calloway",
    "Ridgecrest",
    "Tamarack",
    "Larkspur",
    "Copperfield",
    "Whitmore",
    "Sycamore",
    "Fairhaven",
    "Quarry",
    "Bramble",
    "Alder Creek",
    "Lantern Hill",
    "Osage",
    "Pelham",
    "Stonegate",
    "Winslow",
    "Ferncliff",
)
US_SUFFIXES: tuple[str, ...] = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Blvd",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Ct",
    "Way",
    "Pl",
    "Terrace",
    "Pkwy",
)
UK_TOWNS: tuple[tuple[str, str, int, int], ...] = (
    ("Leeds", "LS", 1, 28),
    ("Manchester", "M", 1, 40),
    ("Bristol", "BS", 1, 16),
    ("Glasgow", "G", 1, 78),
    ("Cardiff", "CF", 3, 24),
    ("Norwich", "NR", 1, 14),
    ("York", "YO", 1, 32),
    ("Brighton", "BN", 1, 45),
    ("Sheffield", "S", 1, 36),
    ("Nottingham", "NG", 1, 17),
)
UK_STREET_TYPES: tuple[str, ...] = (
    "Road",
    "Street",
    "Lane",
    "Close",
    "Crescent",
    "Gardens",
    "Terrace",
    "Mews",
    "Grove",
)
UK_STREETS: tuple[str, ...] = (
    "Harrow",
    "Gwydir",
    "Cathedral",
    "Ashgrove",
    "Mill Hill",
    "Kingfisher",
    "Rosebery",
    "Thistle",
    "Beechwood",
    "Priory",
    "Canal",
    "St Aidan's",
)
CA_CITIES: tuple[tuple[str, str, str], ...] = (
    ("Toronto", "ON", "M"),
    ("Ottawa", "ON", "K"),
    ("Montréal", "QC", "H"),
    ("Vancouver", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Edmonton", "AB", "T"),
    ("Halifax", "NS", "B"),
    ("Winnipeg", "MB", "R"),
)
CA_STREETS: tuple[str, ...] = (
    "Elgin St",
    "Whyte Ave NW",
    "Portage Ave",
    "Queen St W",
    "Commercial Dr",
    "Spring Garden Rd",
    "Bank St",
    "17 Ave SW",
    "Danforth Ave",
    "Jasper Ave",
)
QC_STREETS: tuple[str, ...] = (
    "Rue Saint-Denis",
    "Boulevard Saint-Laurent",
    "Rue Sherbrooke Est",
    "Avenue du Parc",
)

PERSONAL_EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "icloud.com",
    "hotmail.co.uk",
    "gmx.de",
    "wp.pl",
    "uol.com.br",
    "naver.com",
    "eircom.net",
    "fastmail.fm",
    "yandex.ru",
    "rocketmail.com",
)
WORK_EMAIL_DOMAINS: tuple[str, ...] = (
    "harbourline.com",
    "quillstone.io",
    "ardentcare.org",
    "meridian-mutual.com",
    "tallgrassbank.com",
    "pinecrest-rx.com",
    "kestrelops.dev",
    "brightwave.co",
    "northgate-health.org",
    "lumenfield.ai",
    "copperleaf-hr.com",
    "oakhollow.net",
)
URL_DOMAINS: tuple[str, ...] = (
    "meridian-mutual.com",
    "claims.meridian-mutual.com",
    "tallgrassbank.com",
    "secure.tallgrassbank.com",
    "pinecrest-rx.com",
    "portal.northgate-health.org",
    "kestrelops.dev",
    "status.kestrelops.dev",
    "grafana.kestrelops.dev",
    "careers.lumenfield.ai",
    "quillstone.io",
    "docs.quillstone.io",
    "tallgrass-verify.help",
    "bit-secure-login.net",
    "brightwave.co",
    "calendly.com",
    "zoom.us",
    "meet.brightwave.co",
)
URL_PATHS: tuple[str, ...] = (
    "upload",
    "claims/status",
    "refill",
    "account/security",
    "verify",
    "jobs/4821",
    "d/incident-review",
    "runbooks/payments-5xx",
    "login",
    "reset-password",
    "apply/senior-backend-engineer",
    "j/8841203311",
    "schedule/30min",
    "docs/api/v3",
    "app/dashboards/latency",
    "documents/eob",
    "pay",
    "help/disputes",
)

BRANDS: tuple[str, ...] = (
    "Wendy's",
    "Trader Joe's",
    "Dollar General",
    "Ben & Jerry's",
    "Tesla",
    "Casper",
    "Marshall",
    "Dell",
    "Ford",
    "Mercedes-Benz",
    "Harvey Norman",
    "Wells Fargo",
    "Chase",
    "Morgan Stanley",
    "Jenny Craig",
    "Dr Pepper",
    "Jimmy John's",
    "Papa John's",
    "Tim Hortons",
    "Wayfair",
    "Costco",
    "Planet Fitness",
    "Hertz",
    "Sephora",
    "Alexa",
    "Siri",
)
MERCHANTS: tuple[str, ...] = (
    "Wendy's",
    "Trader Joe's",
    "Dollar General",
    "Ben & Jerry's",
    "Casper",
    "Harvey Norman",
    "Jimmy John's",
    "Papa John's",
    "Tim Hortons",
    "Wayfair",
    "Costco",
    "Sephora",
    "Dell",
    "Hertz",
    "Marshalls",
    "Jenny Craig",
    "Tesla Supercharger",
    "Wells Fargo ATM",
)
DEV_TOOLS: tuple[str, ...] = (
    "Jenkins",
    "Grafana",
    "Sentry",
    "Kibana",
    "Hugo",
    "Jasper",
    "Sage",
    "Ansible",
    "Terraform",
    "Argo CD",
    "PagerDuty",
    "Datadog",
    "Prometheus",
    "Harbor",
    "Vault",
    "Consul",
    "Traefik",
)
COMPANIES: tuple[str, ...] = (
    "Stripe",
    "Shopify",
    "Wayfair",
    "Deloitte",
    "Atlassian",
    "Nubank",
    "Revolut",
    "Booking.com",
    "Spotify",
    "Grab",
    "Kakao",
    "Allegro",
    "Flutterwave",
    "Canva",
)
BODY_SHOPS: tuple[str, ...] = (
    "Maaco",
    "Caliber Collision",
    "Gerber Collision",
    "Service King",
    "Crash Champions",
)
DRUGS: tuple[tuple[str, str], ...] = (
    ("atorvastatin", "20 mg"),
    ("metformin", "500 mg"),
    ("lisinopril", "10 mg"),
    ("levothyroxine", "75 mcg"),
    ("sertraline", "50 mg"),
    ("amlodipine", "5 mg"),
    ("omeprazole", "20 mg"),
    ("albuterol HFA", "90 mcg"),
    ("escitalopram", "10 mg"),
    ("losartan", "50 mg"),
    ("gabapentin", "300 mg"),
    ("montelukast", "10 mg"),
    ("Ozempic", "0.5 mg"),
    ("Eliquis", "5 mg"),
    ("Jardiance", "10 mg"),
)
CONTROLLED_DRUGS: tuple[str, ...] = (
    "oxycodone 5 mg",
    "Adderall XR 20 mg",
    "alprazolam 0.5 mg",
    "hydrocodone/APAP 5-325",
)
PET_NAMES: tuple[str, ...] = (
    "Biscuit",
    "Max",
    "Bella",
    "Pierogi",
    "Mochi",
    "Luna",
    "Sir Wigglesworth",
    "Peanut",
)
PAST_TIMES: tuple[str, ...] = (
    "yesterday",
    "two weeks ago",
    "last Tuesday",
    "earlier today",
    "a couple of days ago",
    "this morning",
    "over the weekend",
    "last night",
    "three days ago",
    "last month",
)
FUTURE_TIMES: tuple[str, ...] = (
    "tomorrow",
    "next Friday",
    "in 3 business days",
    "by the end of next month",
    "within 48 hours",
    "later this week",
    "in about ten days",
    "first thing Monday",
    "next week",
    "in a fortnight",
)
PLACEHOLDERS: tuple[str, ...] = (
    "<password>",
    "${DB_PASSWORD}",
    "****",
    "********",
    "<YOUR_API_KEY>",
    "{{ secrets.API_TOKEN }}",
    "REDACTED",
    "xxxxxxxxxxxx",
    "[redacted]",
    "%(password)s",
    "$API_KEY",
    "<redacted>",
    "your-api-key-here",
    "${SECRET}",
    "<token>",
    "CHANGE_ME",
)
PW_WORDS: tuple[str, ...] = (
    "Marigold",
    "Tundra",
    "Falcon",
    "Copper",
    "Velvet",
    "Harbor",
    "Quartz",
    "Saffron",
    "Juniper",
    "Ember",
    "Nimbus",
    "Cobalt",
    "Pepper",
    "Orchid",
    "Granite",
    "Willow",
    "Lantern",
    "Pistachio",
    "Zephyr",
    "Mango",
)
MONTHS: tuple[str, ...] = (
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
WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
US_AREA_CODES: tuple[str, ...] = (
    "212",
    "312",
    "415",
    "617",
    "713",
    "206",
    "303",
    "404",
    "512",
    "614",
    "702",
    "801",
    "919",
    "971",
    "480",
    "503",
    "615",
    "704",
    "720",
    "773",
    "305",
    "646",
    "202",
    "313",
    "412",
    "210",
    "858",
    "952",
    "216",
    "469",
    "929",
    "347",
)
INTL_PHONE_PATTERNS: tuple[str, ...] = (
    "+44 7### ######",
    "+44 20 7### ####",
    "+44 161 ### ####",
    "+49 151 ########",
    "+49 30 ########",
    "+33 6 ## ## ## ##",
    "+234 803 ### ####",
    "+234 81# ### ####",
    "+84 9## ### ###",
    "+48 5## ### ###",
    "+55 11 9####-####",
    "+55 51 9####-####",
    "+82 10-####-####",
    "+353 8# ### ####",
    "+98 912 ### ####",
    "+91 9#### #####",
    "+61 4## ### ###",
    "+254 7## ######",
    "+90 5## ### ## ##",
    "+351 91# ### ###",
    "+46 70 ### ## ##",
    "+41 79 ### ## ##",
)
# country -> BBAN pattern: 'n' digit, 'a' upper letter, 'c' upper alnum
IBAN_BBAN: dict[str, str] = {
    "BE": "n" * 12,
    "CH": "n" * 5 + "c" * 12,
    "PL": "n" * 24,
    "PT": "n" * 21,
    "IE": "aaaa" + "n" * 14,
    "SE": "n" * 20,
    "NL": "aaaa" + "n" * 10,
    "ES": "n" * 20,
    "AT": "n" * 16,
    "DK": "n" * 14,
    "NO": "n" * 11,
    "IT": "a" + "n" * 22,
}

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"


def ascii_fold(s: str) -> str:
    """Lower-case ASCII approximation of a name, for e-mail local parts."""
    table = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "đ": "d", "ß": "ss"})
    s = unicodedata.normalize("NFKD", s.translate(table))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isascii() and c.isalnum())


def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = "".join(c for c in number if c.isdigit())
    return len(digits) >= 12 and luhn_check_digit(digits[:-1]) == digits[-1]


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    numeric = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(numeric) % 97 == 1


def ssn_valid(ssn: str) -> bool:
    d = "".join(c for c in ssn if c.isdigit())
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    middle: str = ""

    @property
    def full(self) -> str:
        mid = f" {self.middle}." if self.middle else ""
        return f"{self.first}{mid} {self.last}"

    def ent(self) -> Ent:
        return Ent(self.full, "PERSON")

    def first_ent(self) -> Ent:
        return Ent(self.first, "PERSON")

    def last_ent(self) -> Ent:
        return Ent(self.last, "PERSON")

    def formal_ent(self, upper: bool = False) -> Ent:
        v = f"{self.last}, {self.first}"
        return Ent(v.upper() if upper else v, "PERSON")


class Gen:
    """Random value factory bound to one document's RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self._clock = rng.randint(0, 22 * 60)
        self._log_t: datetime | None = None

    # -- basics ----------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def rs(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        return self.rs(string.digits, n)

    def rbytes(self, n: int) -> bytes:
        return bytes(self.r.getrandbits(8) for _ in range(n))

    # -- people ----------------------------------------------------------
    def new_person(self) -> Person:
        first = self.pick(FIRST_NAMES)
        last = self.pick(LAST_NAMES)
        if self.chance(0.06):
            other = self.pick(LAST_NAMES)
            if other != last and " " not in other and " " not in last:
                last = f"{last}-{other}"
        middle = self.pick(string.ascii_uppercase.replace("X", "")) if self.chance(0.08) else ""
        return Person(first, last, middle)

    def person(self) -> Ent:
        return self.new_person().ent()

    def email(self, p: Person | None = None, work: bool | None = None) -> Ent:
        p = p or self.new_person()
        f, ln = ascii_fold(p.first), ascii_fold(p.last)
        local = self.pick(
            [
                f"{f}.{ln}",
                f"{f[0]}{ln}",
                f"{f}{ln}{self.digits(2)}",
                f"{ln}.{f[0]}",
                f"{f}_{ln}",
                f"{f}{self.r.randint(70, 99)}",
                f"{f}.{ln[0]}",
                f"{ln}{f[0]}{self.digits(1)}",
            ]
        )
        if work is None:
            work = self.chance(0.35)
        domain = self.pick(WORK_EMAIL_DOMAINS if work else PERSONAL_EMAIL_DOMAINS)
        return Ent(f"{local}@{domain}", "EMAIL_ADDRESS")

    def role_email(self, domain: str | None = None) -> Ent:
        local = self.pick(
            [
                "claims",
                "disputes",
                "refills",
                "talent",
                "oncall",
                "support",
                "siu-referrals",
                "billing",
                "privacy",
                "security",
            ]
        )
        return Ent(f"{local}@{domain or self.pick(WORK_EMAIL_DOMAINS)}", "EMAIL_ADDRESS")

    # -- phones ----------------------------------------------------------
    def us_phone(self) -> Ent:
        area = self.pick(US_AREA_CODES)
        exch = str(self.r.randint(2, 9)) + self.digits(2)
        while exch[1:] == "11" or exch == "555":
            exch = str(self.r.randint(2, 9)) + self.digits(2)
        line = self.digits(4)
        fmt = self.r.randrange(6)
        v = [
            f"({area}) {exch}-{line}",
            f"{area}-{exch}-{line}",
            f"{area}.{exch}.{line}",
            f"+1 {area} {exch} {line}",
            f"+1-{area}-{exch}-{line}",
            f"1 ({area}) {exch}-{line}",
        ][fmt]
        return Ent(v, "PHONE_NUMBER")

    def intl_phone(self) -> Ent:
        pat = self.pick(INTL_PHONE_PATTERNS)
        v = "".join(self.pick("0123456789") if c == "#" else c for c in pat)
        return Ent(v, "PHONE_NUMBER")

    def phone(self, intl: float = 0.3) -> Ent:
        return self.intl_phone() if self.chance(intl) else self.us_phone()

    # -- government / financial ids --------------------------------------
    def _ssn_digits(self) -> tuple[int, int, int]:
        area = self.r.randint(1, 899)
        while area == 666:
            area = self.r.randint(1, 899)
        return area, self.r.randint(1, 99), self.r.randint(1, 9999)

    def ssn(self, plain_ok: bool = True) -> Ent:
        a, g, s = self._ssn_digits()
        k = self.r.random()
        if k < 0.82 or not plain_ok:
            v = f"{a:03d}-{g:02d}-{s:04d}"
        elif k < 0.93:
            v = f"{a:03d} {g:02d} {s:04d}"
        else:
            v = f"{a:03d}{g:02d}{s:04d}"
        return Ent(v, "US_SSN")

    def bad_ssn(self) -> str:
        area = self.pick([0, 666, self.r.randint(900, 999), self.r.randint(900, 999)])
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def _pan(self) -> str:
        kind = self.r.randrange(5)
        if kind <= 1:
            payload = "4" + self.digits(14)
        elif kind == 2:
            payload = str(self.r.randint(51, 55)) + self.digits(13)
        elif kind == 3:
            payload = str(self.r.randint(2221, 2720)) + self.digits(11)
        else:
            if self.chance(0.5):
                payload = self.pick(["34", "37"]) + self.digits(12)
            else:
                payload = "6011" + self.digits(11)
        return payload + luhn_check_digit(payload)

    @staticmethod
    def _group_pan(pan: str, sep: str) -> str:
        if len(pan) == 15:
            return sep.join([pan[:4], pan[4:10], pan[10:]])
        return sep.join(pan[i : i + 4] for i in range(0, len(pan), 4))

    def card(self) -> Ent:
        pan = self._pan()
        sep = self.pick([" ", " ", "-", ""])
        return Ent(self._group_pan(pan, sep), "CREDIT_CARD")

    def bad_card(self) -> str:
        pan = "4" + self.digits(14) if self.chance(0.5) else "5" + self.digits(14)
        good = luhn_check_digit(pan)
        bad = str((int(good) + self.r.randint(1, 9)) % 10)
        return self._group_pan(pan + bad, self.pick([" ", "-", ""]))

    def last4(self) -> str:
        return self.digits(4)

    def iban(self, country: str | None = None) -> Ent:
        cc = country or self.pick(list(IBAN_BBAN))
        pat = IBAN_BBAN[cc]
        bban = "".join(
            self.pick(string.digits)
            if c == "n"
            else self.pick(string.ascii_uppercase)
            if c == "a"
            else self.pick(UPPER_ALNUM)
            for c in pat
        )
        iban = cc + iban_check_digits(cc, bban) + bban
        if self.chance(0.5):
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return Ent(iban, "IBAN_CODE")

    def routing(self) -> str:
        d = [int(c) for c in f"{self.r.randint(1, 12):02d}"] + [int(c) for c in self.digits(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        d.append((10 - s % 10) % 10)
        return "".join(map(str, d))

    def account(self) -> Ent:
        n = self.r.randint(8, 12)
        v = str(self.r.randint(1, 9)) + self.digits(n - 1)
        if self.chance(0.15):
            v = "00" + v[2:]
        return Ent(v, "ACCOUNT_NUMBER")

    def policy(self) -> Ent:
        k = self.r.randrange(5)
        v = [
            f"AP-{self.digits(8)}",
            f"HO3-{self.digits(7)}-{self.digits(2)}",
            f"PA{self.digits(10)}",
            f"{self.rs(string.ascii_uppercase, 2)}{self.digits(6)}{self.rs(string.ascii_uppercase, 1)}",
            f"{self.digits(3)} {self.digits(4)} {self.digits(3)}",
        ][k]
        return Ent(v, "ACCOUNT_NUMBER")

    def mrn(self) -> Ent:
        k = self.r.randrange(6)
        v = [
            self.digits(8),
            f"{self.digits(7)}-{self.digits(1)}",
            "H" + self.digits(7),
            "E" + self.digits(9),
            f"{self.digits(4)}-{self.digits(4)}-{self.digits(1)}",
            f"{self.rs(string.ascii_uppercase, 2)}{self.digits(6)}",
        ][k]
        return Ent(v, "MEDICAL_RECORD_NUMBER")

    def health_plan(self) -> Ent:
        k = self.r.randrange(6)
        if k == 0:
            v = self.rs(string.ascii_uppercase, 3) + self.digits(9)
        elif k == 1:
            v = self.pick("WUYZ") + self.digits(9)
        elif k == 2:
            v = f"{self.digits(8)}-{self.digits(2)}"
        elif k == 3:
            # Medicare Beneficiary Identifier layout
            letters = "ACDEFGHJKMNPQRTUVWXY"
            an = letters + string.digits
            mbi = (
                str(self.r.randint(1, 9))
                + self.pick(letters)
                + self.pick(an)
                + self.pick(string.digits)
                + self.pick(letters)
                + self.pick(an)
                + self.pick(string.digits)
                + self.pick(letters)
                + self.pick(letters)
                + self.digits(2)
            )
            v = f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}" if self.chance(0.4) else mbi
        elif k == 4:
            v = f"{self.rs(string.ascii_uppercase, 3)} {self.digits(5)} {self.digits(2)}"
        else:
            v = f"{self.rs(string.ascii_uppercase, 1)}{self.digits(3)}-{self.digits(5)}-{self.digits(2)}"
        return Ent(v, "HEALTH_PLAN_NUMBER")

    def dl(self) -> Ent:
        k = self.r.randrange(8)
        U = string.ascii_uppercase
        v = [
            self.pick(U) + self.digits(7),
            f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
            f"{self.pick(U)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-{self.digits(1)}",
            f"{self.pick(U)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
            "WDL" + self.rs(UPPER_ALNUM, 9),
            self.digits(8),
            f"{self.rs(U, 5)}{self.digits(6)}{self.rs(U, 2)}{self.digits(1)}{self.rs(U, 2)}",
            f"{self.pick(U)}{self.digits(4)}-{self.digits(5)}-{self.digits(5)}",
        ][k]
        return Ent(v, "DRIVER_LICENSE")

    # -- network -----------------------------------------------------------
    def ipv4(self, private: bool | None = None) -> Ent:
        if private is None:
            private = self.chance(0.3)
        if private:
            k = self.r.randrange(3)
            if k == 0:
                v = f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            elif k == 1:
                v = f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            else:
                v = f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        else:
            first = self.r.randint(1, 223)
            while first in (10, 127, 172, 192, 169, 100):
                first = self.r.randint(1, 223)
            v = f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return Ent(v, "IP_ADDRESS")

    def ipv6(self) -> Ent:
        prefix = self.pick(
            [
                "2001:db8",
                "2a02:6b8",
                "2600:1f18",
                "2a01:4f8",
                "2607:f8b0",
                "2a00:1450",
                "2804:14c",
                "2001:41d0",
                "fd12:3456",
            ]
        )
        groups = [format(self.r.randint(0, 0xFFFF), "x") for _ in range(6)]
        if self.chance(0.5):
            v = prefix + ":" + ":".join(groups)
        else:
            v = prefix + ":" + ":".join(groups[: self.r.randint(1, 3)]) + "::" + groups[-1]
        if self.chance(0.1):
            v = "fe80::" + ":".join(groups[:4])
        return Ent(v, "IP_ADDRESS")

    def ip(self) -> Ent:
        return self.ipv6() if self.chance(0.2) else self.ipv4()

    # -- dates -------------------------------------------------------------
    def _rand_date(self, y0: int, y1: int) -> date:
        lo, hi = date(y0, 1, 1).toordinal(), date(y1, 12, 31).toordinal()
        return date.fromordinal(self.r.randint(lo, hi))

    @staticmethod
    def _ordinal(n: int) -> str:
        suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf}"

    def _fmt_date(self, d: date, k: int) -> str:
        m = MONTHS[d.month - 1]
        return [
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            d.isoformat(),
            f"{d.day} {m} {d.year}",
            f"{m} {d.day}, {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{m[:3]} {d.day}, {d.year}",
            f"{d.month}-{d.day}-{d.year}",
            f"{self._ordinal(d.day)} {m} {d.year}",
            f"{d.day}-{m[:3]}-{d.year}",
        ][k]

    def dob(self) -> Ent:
        d = self._rand_date(1938, 2006)
        return Ent(self._fmt_date(d, self.r.randrange(10)), "DATE_OF_BIRTH")

    def _time(self) -> str:
        h, mi = (
            self.r.randint(0, 23),
            self.pick([0, 5, 10, 15, 20, 30, 40, 45, 50, self.r.randint(0, 59)]),
        )
        k = self.r.randrange(4)
        h12 = (h % 12) or 12
        ampm = "AM" if h < 12 else "PM"
        return [
            f"{h12}:{mi:02d} {ampm}",
            f"{h:02d}:{mi:02d}",
            f"{h12}:{mi:02d}{ampm.lower()}",
            f"{h:02d}:{mi:02d} UTC",
        ][k]

    def dt(self, time: float = 0.35) -> Ent:
        d = self._rand_date(2022, 2025)
        k = self.r.randrange(8)
        if k == 7:
            ds = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
        elif k == 6:
            ds = f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]} {d.year}"
        else:
            ds = self._fmt_date(d, self.pick([0, 1, 2, 3, 5, 6, 8]))
        if self.chance(time):
            t = self._time()
            ds = self.pick([f"{ds} at {t}", f"{t} on {ds}", f"{ds}, {t}"])
            if k == 0 and self.chance(0.5):
                ds = f"{d.isoformat()} {self._time()[:5].strip()}"
        return Ent(ds, "DATE_TIME")

    def clock(self) -> str:
        """Chat message header time (metadata, never labeled)."""
        self._clock = (self._clock + self.r.randint(0, 7)) % (24 * 60)
        h, m = divmod(self._clock, 60)
        return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def log_ts(self, style: str | None = None) -> str:
        if self._log_t is None:
            base = self._rand_date(2023, 2025)
            self._log_t = datetime(base.year, base.month, base.day) + timedelta(
                seconds=self.r.randint(0, 86000), milliseconds=self.r.randint(0, 999)
            )
        else:
            self._log_t += timedelta(milliseconds=self.r.randint(5, 90_000))
        t = self._log_t
        d, h, mi, s, ms = t.date(), t.hour, t.minute, t.second, t.microsecond // 1000
        style = style or self.pick(["iso", "py", "syslog", "clf"])
        if style == "iso":
            return f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"
        if style == "py":
            return f"{d.isoformat()} {h:02d}:{mi:02d}:{s:02d},{ms:03d}"
        if style == "syslog":
            return f"{MONTHS[d.month - 1][:3]} {d.day:2d} {h:02d}:{mi:02d}:{s:02d}"
        return f"{d.day:02d}/{MONTHS[d.month - 1][:3]}/{d.year}:{h:02d}:{mi:02d}:{s:02d} +0000"

    # -- places ------------------------------------------------------------
    def location(self) -> Ent:
        return Ent(self.pick(LOCATIONS), "LOCATION")

    def _us_address(self) -> str:
        city, st, zp = self.pick(US_CITIES)
        num = self.r.randint(2, 19999)
        street = f"{num} {self.pick(STREET_NAMES)} {self.pick(US_SUFFIXES)}"
        if self.chance(0.15):
            street = f"{num} {self.pick(['N', 'S', 'E', 'W'])} {self.pick(STREET_NAMES)} {self.pick(US_SUFFIXES)}"
        unit = ""
        if self.chance(0.35):
            unit = self.pick(
                [
                    f", Apt {self.r.randint(1, 40)}{self.pick('ABCD')}",
                    f" Unit {self.r.randint(1, 300)}",
                    f", Suite {self.r.randint(100, 950)}",
                    f" #{self.r.randint(2, 88)}",
                ]
            )
        z = zp + self.digits(2)
        if self.chance(0.1):
            z += "-" + self.digits(4)
        return f"{street}{unit}, {city}, {st} {z}"

    def _uk_address(self) -> str:
        town, area, lo, hi = self.pick(UK_TOWNS)
        L = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{area}{self.r.randint(lo, hi)} {self.r.randint(1, 9)}{self.pick(L)}{self.pick(L)}"
        flat = f"Flat {self.r.randint(1, 12)}, " if self.chance(0.35) else ""
        return f"{flat}{self.r.randint(1, 240)} {self.pick(UK_STREETS)} {self.pick(UK_STREET_TYPES)}, {town} {pc}"

    def _ca_address(self) -> str:
        city, prov, first = self.pick(CA_CITIES)
        L = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{first}{self.r.randint(0, 9)}{self.pick(L)} {self.r.randint(0, 9)}{self.pick(L)}{self.r.randint(0, 9)}"
        street = self.pick(QC_STREETS if prov == "QC" else CA_STREETS)
        num = self.r.randint(10, 9999)
        unit = self.pick(
            ["", "", f"Unit {self.r.randint(1, 30)}, ", f"{self.r.randint(101, 2404)}-"]
        )
        if unit.startswith("Unit"):
            return f"{num} {street}, {unit}{city}, {prov} {pc}"
        return f"{unit}{num} {street}, {city}, {prov} {pc}"

    def address(self, region: str | None = None) -> Ent:
        region = region or self.pick(["us"] * 6 + ["uk"] * 2 + ["ca"] * 2)
        v = {"us": self._us_address, "uk": self._uk_address, "ca": self._ca_address}[region]()
        return Ent(v, "ADDRESS")

    # -- web -------------------------------------------------------------
    def url(self, domain: str | None = None, path: str | None = None) -> Ent:
        dom = domain or self.pick(URL_DOMAINS)
        p = path or self.pick(URL_PATHS)
        k = self.r.random()
        if k < 0.45:
            v = f"https://{dom}/{p}"
        elif k < 0.55:
            v = f"http://{dom}/{p}"
        elif k < 0.75:
            bare = dom.split(".", 1)[1] if dom.count(".") > 1 else dom
            v = f"www.{bare}/{p}" if self.chance(0.6) else f"www.{bare}"
        else:
            q = self.pick(["ref", "token_id", "case", "utm_source", "lang", "session"])
            v = f"https://{dom}/{p}?{q}={self.rs(string.ascii_lowercase + string.digits, self.r.randint(4, 10))}"
        return Ent(v, "URL")

    def profile_url(self, p: Person, site: str) -> Ent:
        f, ln = ascii_fold(p.first), ascii_fold(p.last)
        if site == "linkedin":
            v = f"https://www.linkedin.com/in/{f}-{ln}-{self.rs(HEX, 6)}"
            if self.chance(0.3):
                v = f"www.linkedin.com/in/{f}{ln}"
        else:
            v = f"https://github.com/{self.pick([f + ln, f[0] + ln, ln + self.digits(2), f + '-' + ln[:3]])}"
        return Ent(v, "URL")

    # -- secrets -----------------------------------------------------------
    def aws_key(self) -> Ent:
        return Ent(self.pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + self.rs(B32, 16), "AWS_ACCESS_KEY")

    def aws_secret(self) -> Ent:
        return Ent(self.rs(ALNUM + "/+", 40), "AWS_SECRET_KEY")

    def gh_token(self) -> Ent:
        k = self.r.random()
        if k < 0.55:
            v = "ghp_" + self.rs(ALNUM, 36)
        elif k < 0.75:
            v = self.pick(["ghu_", "ghs_", "gho_", "ghr_"]) + self.rs(ALNUM, 36)
        else:
            v = "github_pat_" + self.rs(UPPER_ALNUM, 22) + "_" + self.rs(ALNUM, 59)
        return Ent(v, "GITHUB_TOKEN")

    def slack_token(self) -> Ent:
        k = self.pick(["xoxb", "xoxb", "xoxp", "xoxa"])
        if k == "xoxb":
            v = f"xoxb-{self.digits(11)}-{self.digits(13)}-{self.rs(ALNUM, 24)}"
        elif k == "xoxp":
            v = f"xoxp-{self.digits(11)}-{self.digits(11)}-{self.digits(13)}-{self.rs(HEX, 32)}"
        else:
            v = f"xoxa-2-{self.digits(11)}-{self.digits(12)}-{self.digits(13)}-{self.rs(HEX, 64)}"
        return Ent(v, "SLACK_TOKEN")

    def stripe_key(self, kind: str | None = None) -> Ent:
        kind = kind or self.pick(["sk", "sk", "pk", "rk"])
        return Ent(f"{kind}_live_" + self.rs(ALNUM, self.pick([24, 34, 99])), "STRIPE_KEY")

    def jwt(self, email: str | None = None) -> Ent:
        alg = self.pick(["HS256", "RS256", "ES256", "HS512"])
        header: dict[str, Any] = {"alg": alg, "typ": "JWT"}
        if self.chance(0.4):
            header["kid"] = self.rs(HEX, 16)
        iat = self.r.randint(1_690_000_000, 1_760_000_000)
        payload: dict[str, Any] = {
            "sub": self.pick(
                [self.uuid(), self.digits(9), "svc-" + self.rs(string.ascii_lowercase, 6)]
            ),
            "iat": iat,
            "exp": iat + self.pick([900, 3600, 86400]),
        }
        if email:
            payload["email"] = email
        if self.chance(0.5):
            payload["iss"] = self.pick(
                ["https://auth.kestrelops.dev", "tallgrass-idp", "https://login.quillstone.io/"]
            )
        if self.chance(0.5):
            payload["scope"] = self.pick(
                ["read:orders write:orders", "admin", "claims.read", "openid profile"]
            )
        sig_len = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
        v = ".".join(
            [
                _b64url(json.dumps(header, separators=(",", ":")).encode()),
                _b64url(json.dumps(payload, separators=(",", ":")).encode()),
                _b64url(self.rbytes(sig_len)),
            ]
        )
        return Ent(v, "JWT")

    def private_key(self) -> Ent:
        kind = self.pick(
            ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]
        )
        if kind == "OPENSSH PRIVATE KEY":
            body = b"openssh-key-v1\x00" + self.rbytes(self.r.randint(230, 400))
            width = 70
        elif kind == "EC PRIVATE KEY":
            body = b"\x30\x77\x02\x01\x01\x04\x20" + self.rbytes(114)
            width = 64
        elif kind == "RSA PRIVATE KEY":
            body = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + self.rbytes(
                self.r.randint(380, 620)
            )
            width = 64
        else:
            body = b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48" + self.rbytes(
                self.r.randint(380, 620)
            )
            width = 64
        enc = base64.b64encode(body).decode()
        lines = [enc[i : i + width] for i in range(0, len(enc), width)]
        return Ent(
            f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----",
            "PRIVATE_KEY",
        )

    def password(self) -> Ent:
        sym = "!@%^&*-_=+?."
        k = self.r.randrange(5)
        if k == 0:
            v = self.pick(PW_WORDS) + str(self.r.randint(10, 9999)) + self.pick(sym)
        elif k == 1:
            core = self.rs(ALNUM + sym, self.r.randint(11, 18))
            v = core + self.pick(string.digits) + self.pick(sym)
        elif k == 2:
            w = [self.pick(PW_WORDS).lower() for _ in range(3)]
            v = f"{w[0]}-{w[1]}-{self.r.randint(10, 99)}-{w[2].capitalize()}"
        elif k == 3:
            word = self.pick(PW_WORDS)
            v = (
                word.replace("a", "@").replace("o", "0").replace("e", "3")
                + self.pick(sym)
                + self.digits(2)
            )
        else:
            v = self.rs(ALNUM, self.r.randint(16, 28))
        return Ent(v, "PASSWORD")

    def generic_secret(self) -> Ent:
        k = self.r.randrange(4)
        if k == 0:
            v = self.rs(HEX, self.pick([32, 40, 64]))
        elif k == 1:
            v = self.rs(ALNUM, self.r.randint(32, 48))
        elif k == 2:
            v = base64.b64encode(self.rbytes(self.pick([24, 30, 33]))).decode()
        else:
            v = self.rs(ALNUM, 8) + "-" + self.rs(ALNUM, 12) + "-" + self.rs(ALNUM, 16)
        return Ent(v, "GENERIC_SECRET")

    # -- hard negatives (plain strings) -----------------------------------
    def uuid(self) -> str:
        h = self.rs(HEX, 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self, n: int = 40) -> str:
        return self.rs(HEX, n)

    def version(self) -> str:
        v = f"{self.r.randint(0, 14)}.{self.r.randint(0, 40)}.{self.r.randint(0, 30)}"
        return ("v" + v) if self.chance(0.4) else v

    def claim_ref(self) -> str:
        return self.pick(
            [
                f"CLM-{self.r.randint(2022, 2025)}-{self.digits(6)}",
                f"CL{self.digits(9)}",
                f"#{self.digits(2)}-{self.digits(5)}-C",
            ]
        )

    def case_no(self) -> str:
        return self.pick([self.digits(8), f"DSP-{self.digits(6)}", f"CS{self.digits(7)}"])

    def ticket(self) -> str:
        return self.pick(
            [
                f"INC-{self.digits(5)}",
                f"OPS-{self.r.randint(100, 9999)}",
                f"CHG{self.digits(7)}",
                f"SRE-{self.r.randint(10, 999)}",
            ]
        )

    def invoice(self) -> str:
        return f"INV-{self.r.randint(2022, 2025)}-{self.digits(5)}"

    def order_no(self) -> str:
        return self.pick(
            [
                f"A-{self.digits(8)}",
                f"ORD-{self.digits(7)}",
                f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}",
            ]
        )

    def brand(self) -> str:
        """A merchant / brand name that may look like a person's name (never labeled)."""
        return self.pick(MERCHANTS)

    def rel_time(self, past: bool = False) -> str:
        return self.pick(PAST_TIMES if past else FUTURE_TIMES)

    def amount(self, cur: str | None = None, lo: int = 4, hi: int = 9999) -> str:
        cur = cur or self.pick(["$", "$", "$", "€", "£"])
        return f"{cur}{self.r.randint(lo, hi):,}.{self.r.randint(0, 99):02d}"

    def pct(self) -> str:
        return f"{self.r.randint(1, 99)}{self.pick(['', '.5', '.25'])}%"

    def http_code(self) -> str:
        return str(
            self.pick([200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504])
        )

    def placeholder(self) -> str:
        return self.pick(PLACEHOLDERS)

    def masked_card(self) -> str:
        return self.pick(
            [
                "****" + self.digits(4),
                "XXXX-XXXX-XXXX-" + self.digits(4),
                "•••• •••• •••• " + self.digits(4),
                "ending in " + self.digits(4),
            ]
        )


Template = Callable[[Gen, Builder], None]
_POS: dict[str, list[Template]] = {d: [] for d in DOMAINS}
_NEG: dict[str, list[Template]] = {d: [] for d in DOMAINS}


def _tpl(domain: str, negative: bool = False) -> Callable[[Template], Template]:
    def deco(fn: Template) -> Template:
        (_NEG if negative else _POS)[domain].append(fn)
        return fn

    return deco


def kv_block(
    g: Gen, b: Builder, style: str, items: Sequence[tuple[str, Part]], indent: str = ""
) -> None:
    """Write config key/values in env, yaml, json or toml style."""

    def raw(v: Part) -> bool:
        return isinstance(v, str) and (v.isdigit() or v in ("true", "false", "null"))

    if style == "json":
        b.t("{\n")
        for i, (k, v) in enumerate(items):
            b.t(f'{indent}  "{k}": ')
            if raw(v):
                b.add(v)
            else:
                b.t('"').add(v).t('"')
            b.t(",\n" if i < len(items) - 1 else "\n")
        b.t(indent + "}\n")
    elif style == "yaml":
        for k, v in items:
            b.t(f"{indent}{k}: ")
            if isinstance(v, Ent):
                q = '"' if v.type == "PASSWORD" else g.pick(['"', "'", ""])
            else:
                q = ""
            b.t(q).add(v).t(q + "\n")
    elif style == "env":
        for k, v in items:
            b.t(f"{k.upper()}=").add(v).t("\n")
    else:  # toml / ini
        for k, v in items:
            if raw(v):
                b.t(f"{k} = ").add(v).t("\n")
            else:
                b.t(f'{k} = "').add(v).t('"\n')


def neg_config_items(g: Gen, n: int) -> list[tuple[str, Part]]:
    pool: list[tuple[str, Part]] = [
        ("log_level", g.pick(["info", "debug", "warn"])),
        ("port", str(g.pick([8080, 5432, 6379, 443, 9090]))),
        ("region", g.pick(["us-east-2", "eu-central-1", "ap-southeast-1"])),
        ("token_ttl_seconds", str(g.pick([900, 3600, 86400]))),
        ("password_min_length", str(g.pick([8, 12, 14]))),
        ("secret_backend", g.pick(["vault", "aws-sm", "sops"])),
        ("api_key_header", "X-Api-Key"),
        ("enable_tracing", g.pick(["true", "false"])),
        ("max_connections", str(g.pick([20, 50, 200]))),
        ("image_tag", g.version()),
        ("retry_backoff_ms", str(g.pick([250, 500, 1000]))),
        ("auth_mode", g.pick(["oidc", "mtls", "basic"])),
        ("request_id_header", "X-Request-Id"),
    ]
    g.r.shuffle(pool)
    return pool[:n]


def _weave(
    g: Gen, items: list[tuple[str, Part]], extra: list[tuple[str, Part]]
) -> list[tuple[str, Part]]:
    out = list(items)
    for it in extra:
        out.insert(g.r.randint(0, len(out)), it)
    return out


# ===========================================================================
# insurance_claim
# ===========================================================================


@_tpl("insurance_claim")
def _ins_adjuster_log(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("Adjuster log — {ref}\n", ref=g.claim_ref())
    b.f("Reached the insured, {n}, on {dt}. ", n=p.ent(), dt=g.dt())
    b.f("Policy #{pol} (personal auto). ", pol=g.policy())
    b.f(
        "Vehicle was backed into while parked outside {a}; rear bumper and tailgate damaged. ",
        a=g.address(),
    )
    if g.chance(0.6):
        b.f("Best callback is {ph}. ", ph=g.phone(0.2))
    b.f(
        "Estimate from {shop} came in at {amt}, deductible {ded}. Will re-inspect {rel}.",
        shop=g.pick(BODY_SHOPS),
        amt=g.amount("$"),
        ded=g.pick(["$250", "$500", "$1,000"]),
        rel=g.rel_time(),
    )


@_tpl("insurance_claim")
def _ins_fnol_form(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("FIRST NOTICE OF LOSS\nReference: {ref}\n", ref=g.claim_ref())
    b.f("Policyholder: {n}\n", n=p.formal_ent(g.chance(0.4)) if g.chance(0.3) else p.ent())
    if g.chance(0.7):
        b.f("Date of birth: {d}\n", d=g.dob())
    b.f("Policy number: {pol}\n", pol=g.policy())
    b.f(
        "Loss type: {t}\nLoss location: {loc}\nDate of loss: {dt}\n",
        t=g.pick(["Collision", "Hail", "Theft from vehicle", "Burst pipe", "Kitchen fire"]),
        loc=g.location(),
        dt=g.dt(),
    )
    b.f("Contact email: {e}\n", e=g.email(p))
    if g.chance(0.5):
        b.f("Mobile: {ph}\n", ph=g.phone())
    b.f(
        "Estimated damage: {amt}\nInjuries reported: {inj}\n",
        amt=g.amount(),
        inj=g.pick(["No", "None", "Minor — declined EMS"]),
    )


@_tpl("insurance_claim")
def _ins_claimant_email(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("Subject: water damage – {ref}\n\nHello,\n\n", ref=g.claim_ref())
    b.f("My name is {n} and I'm following up on the claim above. ", n=p.ent())
    b.f(
        "A pipe under the upstairs bathroom burst {rel} at our house, {a}, and the ceiling in the den has "
        "partly collapsed. ",
        rel=g.rel_time(True),
        a=g.address(),
    )
    b.f("My policy number is {pol}. ", pol=g.policy())
    b.f("The plumber's invoice ({inv}) was {amt}. ", inv=g.invoice(), amt=g.amount("$"))
    b.f(
        "You can reach me on {ph} any time after 3pm.\n\nThanks,\n{fn}",
        ph=g.phone(0.25),
        fn=p.first_ent(),
    )


@_tpl("insurance_claim")
def _ins_health_eob(g: Gen, b: Builder) -> None:
    p, doc = g.new_person(), g.new_person()
    b.f("EOB appeal — member {n}\n", n=p.ent())
    b.f(
        "{lbl} {hp}   Group no. {grp}\n",
        lbl=g.pick(["Member ID:", "Subscriber number", "Policy # (medical):"]),
        hp=g.health_plan(),
        grp=g.digits(5),
    )
    b.f("Date of service: {dt}\nRendering provider: Dr. {doc}\n", dt=g.dt(0.0), doc=doc.ent())
    b.f(
        "Billed {a1}; allowed {a2}; plan paid {p1}. ",
        a1=g.amount("$"),
        a2=g.amount("$"),
        p1=g.pct(),
    )
    b.f(
        "The member states the MRI was pre-authorized (auth {auth}) and asks that the denial be reviewed {rel}.",
        auth=g.rs(UPPER_ALNUM, 9),
        rel=g.rel_time(),
    )


@_tpl("insurance_claim")
def _ins_travel(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("Travel protection claim {ref}. ", ref=g.claim_ref())
    b.f(
        "{n} was due to fly to {loc} on {dt} but the trip was cancelled after a hospital admission. ",
        n=p.ent(),
        loc=g.location(),
        dt=g.dt(0.2),
    )
    b.f("Certificate {pol}. ", pol=g.policy())
    b.f("Non-refundable costs total {amt}. ", amt=g.amount(g.pick(["€", "£", "$"])))
    b.f("Please reimburse to IBAN {iban}", iban=g.iban())
    if g.chance(0.5):
        b.f(" (account holder {n})", n=p.ent())
    b.f(". Correspondence to {e}.", e=g.email(p))


@_tpl("insurance_claim")
def _ins_subrogation(g: Gen, b: Builder) -> None:
    ins, other, adj = g.new_person(), g.new_person(), g.new_person()
    b.f(
        "SUBROGATION DEMAND\n\nOur insured: {a}\nYour insured/client: {c}\nOur file: {ref}\nDate of loss: {dt}\n\n",
        a=ins.ent(),
        c=other.ent(),
        ref=g.claim_ref(),
        dt=g.dt(0.2),
    )
    b.f(
        "We have paid {amt} under our insured's collision coverage and hereby demand reimbursement within 30 days. ",
        amt=g.amount("$"),
    )
    b.f("Your client's policy number is listed on the police report as {pol}. ", pol=g.policy())
    b.f(
        "Please direct all correspondence to the undersigned at {e} or {ph}.\n\n{adj}\nRecovery Specialist",
        e=g.email(adj, work=True),
        ph=g.us_phone(),
        adj=adj.ent(),
    )


@_tpl("insurance_claim")
def _ins_siu(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("SIU referral ({ref})\n", ref=g.claim_ref())
    b.f("Claimant {n}, SSN {ssn}, born {dob}. ", n=p.ent(), ssn=g.ssn(), dob=g.dob())
    b.f(
        "A near-identical theft claim was filed in {loc} {rel}. ",
        loc=g.location(),
        rel=g.pick(["last spring", "two years ago", "in 2021"]),
    )
    b.f(
        "{lbl} {dl} matches the rental agreement. ",
        lbl=g.pick(["Driver's licence no.", "DL#", "License number"]),
        dl=g.dl(),
    )
    b.f(
        "Online submission came from {ip}; the same device submitted claims under two other names. Refer to {em}.",
        ip=g.ip(),
        em=g.role_email("meridian-mutual.com"),
    )


@_tpl("insurance_claim")
def _ins_settlement(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("Settlement authorization — {ref}\n", ref=g.claim_ref())
    b.f(
        "Pay {amt} to {n} by ACH. Routing {rt} / account {acct}. ",
        amt=g.amount("$"),
        n=p.ent(),
        rt=g.routing(),
        acct=g.account(),
    )
    b.f("Reserve reduced to $0 after payment; release signed {dt}. ", dt=g.dt(0.0))
    b.f("Check number {chk} voided.", chk=g.digits(6))


@_tpl("insurance_claim")
def _ins_records_release(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "AUTHORIZATION TO RELEASE MEDICAL RECORDS\n\nPatient: {n}\nDOB: {dob}\n",
        n=p.ent(),
        dob=g.dob(),
    )
    b.f(
        "{lbl} {mrn}\n",
        lbl=g.pick(["Chart no.", "Patient ID:", "Hospital number:", "Medical record #"]),
        mrn=g.mrn(),
    )
    b.f("Facility: Riverside Ortho & Spine, {a}\n", a=g.address("us"))
    b.f(
        "Records requested: office notes and imaging from {dt} to present, related to claim {ref}.\n",
        dt=g.dt(0.0),
        ref=g.claim_ref(),
    )
    b.f("Send to fax {fax}.", fax=g.us_phone())


@_tpl("insurance_claim")
def _ins_call_summary(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Inbound call. Caller identified as {n}; verified with date of birth {dob} and last four of SSN {l4}. ",
        n=p.ent(),
        dob=g.dob(),
        l4=g.last4(),
    )
    b.f(
        "Caller wanted an update on {ref}. Explained the appraisal will take place {rel}. ",
        ref=g.claim_ref(),
        rel=g.rel_time(),
    )
    if g.chance(0.6):
        b.f("New contact number on file: {ph}. ", ph=g.phone())
    b.f("Caller also mentioned an upcoming move to {loc}.", loc=g.location())


@_tpl("insurance_claim")
def _ins_portal_upload(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("Hi {fn}, we received 6 photos for claim {ref}. ", fn=p.first_ent(), ref=g.claim_ref())
    b.f(
        "If anything is missing, upload it at {u} using your policy {pol}. ",
        u=g.url("claims.meridian-mutual.com", "upload"),
        pol=g.policy(),
    )
    b.f("A copy of this message was sent to {e}. Reply STOP to opt out of texts.", e=g.email(p))


@_tpl("insurance_claim")
def _ins_witness(g: Gen, b: Builder) -> None:
    w, ins = g.new_person(), g.new_person()
    b.f(
        "Witness statement taken by phone.\nWitness: {w}, lives in {loc}, phone {ph}.\n",
        w=w.ent(),
        loc=g.location(),
        ph=g.phone(),
    )
    b.f(
        "States that at {dt} a grey {car} ran the light and struck {n}'s hatchback. ",
        dt=g.dt(1.0),
        car=g.pick(["Tesla Model Y", "Ford F-150", "Mercedes-Benz GLC"]),
        n=ins.ent(),
    )
    b.f(
        "Witness was walking a dog named {pet} and did not see the plate. Confidence: about {pc}.",
        pet=g.pick(PET_NAMES),
        pc=g.pct(),
    )


@_tpl("insurance_claim")
def _ins_pet(g: Gen, b: Builder) -> None:
    p = g.new_person()
    pet = g.pick(PET_NAMES)
    b.f("Pet claim {ref}: {pet} (beagle, 6y) treated for a torn ACL. ", ref=g.claim_ref(), pet=pet)
    b.f("Owner {n}, policy {pol}. ", n=p.ent(), pol=g.policy())
    b.f(
        "Vet invoice {inv} for {amt}; reimbursement at {pc} after deductible. ",
        inv=g.invoice(),
        amt=g.amount("$"),
        pc=g.pct(),
    )
    b.f("Questions: {e}", e=g.email(p))


@_tpl("insurance_claim", negative=True)
def _ins_neg_status(g: Gen, b: Builder) -> None:
    b.f(
        "Your claim {ref} has moved to review. Most decisions are made within 10 business days; "
        "we'll message you {rel} if we need anything else. Approved amount so far: {amt} ({pc} of the estimate). "
        "Reference invoice {inv}.",
        ref=g.claim_ref(),
        rel=g.rel_time(),
        amt=g.amount("$"),
        pc=g.pct(),
        inv=g.invoice(),
    )


@_tpl("insurance_claim", negative=True)
def _ins_neg_guideline(g: Gen, b: Builder) -> None:
    b.f(
        "Rating manual {v}, section 4.2: apply a {p1} surcharge for at-fault losses in the prior 36 months and a "
        "{p2} credit for telematics enrolment. Claims coded {c1} or {c2} are excluded. SSN-format reference "
        "{bad} is a test fixture, not a customer record.",
        v=g.version(),
        p1=g.pct(),
        p2=g.pct(),
        c1=g.rs(string.ascii_uppercase, 2) + g.digits(2),
        c2=g.rs(string.ascii_uppercase, 2) + g.digits(2),
        bad=g.bad_ssn(),
    )


@_tpl("insurance_claim", negative=True)
def _ins_neg_batch(g: Gen, b: Builder) -> None:
    b.t("Nightly reserve batch\n")
    for _ in range(g.r.randint(3, 6)):
        b.f(
            "{ref}  reserve {amt}  status {st}  updated {rel}\n",
            ref=g.claim_ref(),
            amt=g.amount("$"),
            st=g.pick(["OPEN", "CLOSED", "REOPEN", "PENDING-SIU"]),
            rel=g.rel_time(True),
        )
    b.f("Job id {u} finished with exit code 0.", u=g.uuid())


# ===========================================================================
# bank_dispute
# ===========================================================================


@_tpl("bank_dispute")
def _bank_form(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("CARD DISPUTE FORM\nCardholder name: {n}\nCard number: {cc}\n", n=p.ent(), cc=g.card())
    b.f(
        "Transaction date: {dt}\nMerchant: {m}\nAmount: {amt}\n",
        dt=g.dt(0.0),
        m=g.brand(),
        amt=g.amount("$"),
    )
    b.f(
        "Reason: {r}\n",
        r=g.pick(
            [
                "Charged twice",
                "Goods not received",
                "Cancelled subscription still billed",
                "I did not authorize this transaction",
            ]
        ),
    )
    b.f("Email for updates: {e}\nCase: {c}", e=g.email(p), c=g.case_no())


@_tpl("bank_dispute")
def _bank_chat(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Customer: hi there's a charge of {amt} at {m} from {rel} that I never made\n",
        amt=g.amount("$"),
        m=g.brand(),
        rel=g.rel_time(True),
    )
    b.f("Agent: Sorry to hear that! Can I get your full name and date of birth to verify?\n")
    b.f("Customer: {n}, {dob}\n", n=p.ent(), dob=g.dob())
    b.f("Agent: Thanks {fn}. Which card was it on?\n", fn=p.first_ent())
    if g.chance(0.6):
        b.f(
            "Customer: the one ending {l4}... actually here's the whole thing {cc}\n",
            l4=g.last4(),
            cc=g.card(),
        )
        b.f(
            "Agent: Please don't share full card numbers in chat — I've masked it on our side. I've opened case {c}.",
            c=g.case_no(),
        )
    else:
        b.f(
            "Customer: card ending {l4}\nAgent: Got it. Dispute {c} is open and we'll update you {rel}.",
            l4=g.last4(),
            c=g.case_no(),
            rel=g.rel_time(),
        )


@_tpl("bank_dispute")
def _bank_letter(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("{n}\n{a}\n\n{dt}\n\n", n=p.ent(), a=g.address(), dt=g.dt(0.0))
    b.f("Re: account {acct}\n\nDear Disputes Team,\n\n", acct=g.account())
    b.f(
        "I am writing to dispute {k} charges posted to my checking account, totalling {amt}. "
        "None of these were authorized by me. ",
        k=g.pick(["three", "two", "four"]),
        amt=g.amount("$"),
    )
    b.f(
        "I have already filed a report with the police (report {rep}).\n\nSincerely,\n{n}",
        rep=f"{g.digits(2)}-{g.digits(6)}",
        n=p.ent(),
    )


@_tpl("bank_dispute")
def _bank_wire_recall(g: Gen, b: Builder) -> None:
    snd, ben = g.new_person(), g.new_person()
    b.f(
        "Wire recall request. Remitter {s} (IBAN {i1}) sent {amt} on {dt} to beneficiary {bn}, IBAN {i2}. ",
        s=snd.ent(),
        i1=g.iban(),
        amt=g.amount("€"),
        dt=g.dt(0.3),
        bn=ben.ent(),
        i2=g.iban(),
    )
    b.f(
        "UETR {u}. Customer believes the invoice was spoofed; the supplier's real domain differs by one letter. ",
        u=g.uuid(),
    )
    b.f("Contact remitter at {ph}.", ph=g.intl_phone())


@_tpl("bank_dispute")
def _bank_idtheft(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Identity theft affidavit summary\nVictim: {n}\nSSN: {ssn}\nDate of birth: {dob}\nCurrent address: {a}\n",
        n=p.ent(),
        ssn=g.ssn(),
        dob=g.dob(),
        a=g.address("us"),
    )
    b.f(
        "Fraudulent accounts: a credit line opened {rel} and an auto loan application in {loc}.\n",
        rel=g.rel_time(True),
        loc=g.location(),
    )
    b.f(
        "Online banking sessions from {ip} and {ip2} were not the customer.",
        ip=g.ipv4(False),
        ip2=g.ip(),
    )


@_tpl("bank_dispute")
def _bank_agent_notes(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("Case {c} — agent notes\n", c=g.case_no())
    b.f("- Called {n} at {ph}; verified DOB {dob}.\n", n=p.ent(), ph=g.phone(0.2), dob=g.dob())
    b.f(
        "- Provisional credit of {amt} issued; merchant has 30 days to respond.\n",
        amt=g.amount("$"),
    )
    b.f("- Customer reports the card never left their possession; recommended card replacement.\n")
    b.f("- Follow-up scheduled for {dt}.", dt=g.dt(0.7))


@_tpl("bank_dispute")
def _bank_chargeback_memo(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Chargeback memo. ARN {arn}, reason code {rc}, auth code {ac}. ",
        arn=g.digits(23),
        rc=g.pick(["10.4", "13.1", "13.3", "4853", "4837"]),
        ac=g.rs(UPPER_ALNUM, 6),
    )
    b.f(
        "Cardholder {n} ({e}) says the {m} order never arrived. ",
        n=p.ent(),
        e=g.email(p),
        m=g.brand(),
    )
    b.f(
        "Card on file {cc}. Merchant order {o}; amount {amt}.",
        cc=g.card(),
        o=g.order_no(),
        amt=g.amount("$"),
    )


@_tpl("bank_dispute")
def _bank_p2p_scam(g: Gen, b: Builder) -> None:
    v, s = g.new_person(), g.new_person()
    b.f(
        "I sent {amt} through the app to someone called {s} at {contact} because he said he was from your fraud "
        "department and my account was compromised. ",
        amt=g.amount("$"),
        s=s.ent(),
        contact=g.phone() if g.chance(0.5) else g.email(s),
    )
    b.f("He knew my name and that I bank in {loc}. ", loc=g.location())
    b.f("Please help me get it back. — {v}", v=v.ent())


@_tpl("bank_dispute")
def _bank_login_alert(g: Gen, b: Builder) -> None:
    b.f(
        "Security alert: a new sign-in to online banking for {e} was detected from {ip} near {loc} on {dt}. ",
        e=g.email(),
        ip=g.ip(),
        loc=g.location(),
        dt=g.dt(1.0),
    )
    b.f(
        "If this wasn't you, dispute any transfers made after that time and reset your password at {u}.",
        u=g.url("secure.tallgrassbank.com", "account/security"),
    )


@_tpl("bank_dispute")
def _bank_ach(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Unauthorized ACH debit of {amt} from {co} hit account {acct} (routing {rt}) {rel}. ",
        amt=g.amount("$"),
        co=g.pick(["Planet Fitness", "Hertz", "Casper", "Jenny Craig"]),
        acct=g.account(),
        rt=g.routing(),
        rel=g.rel_time(True),
    )
    b.f("Account holder {n} signed the WSUD on {dt}.", n=p.ent(), dt=g.dt(0.0))


@_tpl("bank_dispute")
def _bank_branch(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Branch visit: {n} presented their {st} {lbl} {dl} and disputed cash withdrawals totalling {amt}. ",
        n=p.ent(),
        st=g.pick(["Washington", "Ohio", "Illinois", "Ontario"]),
        lbl=g.pick(["driver's license", "driving licence no.", "DL"]),
        dl=g.dl(),
        amt=g.amount("$"),
    )
    b.f("Mailing address updated to {a}. Callback {ph}.", a=g.address(), ph=g.phone())


@_tpl("bank_dispute")
def _bank_phishing(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Hi, this is {n}. I got a text saying my account was locked and clicked {u}. ",
        n=p.ent(),
        u=g.url(g.pick(["tallgrass-verify.help", "bit-secure-login.net"]), "verify"),
    )
    b.f(
        "It asked for my username and my password, which was {pw}, and I typed it in before I realised. ",
        pw=g.password(),
    )
    b.f("Since then there are two transfers I don't recognize. My email is {e}.", e=g.email(p))


@_tpl("bank_dispute", negative=True)
def _bank_neg_fees(g: Gen, b: Builder) -> None:
    b.f(
        "Dispute policy update ({v}). Provisional credit is issued within 10 business days; if the merchant "
        "prevails, the credit is reversed and a {amt} research fee may apply. Foreign transaction fee: {pc}. "
        "Disputes must be raised within 60 days of the statement date. Cashback partners this quarter: {b1}, {b2} "
        "and {b3}. Questions? Reply to this message {rel}.",
        v=g.version(),
        amt=g.amount("$", 5, 40),
        pc=g.pct(),
        b1=g.pick(BRANDS),
        b2=g.pick(BRANDS),
        b3=g.pick(BRANDS),
        rel=g.rel_time(),
    )


@_tpl("bank_dispute", negative=True)
def _bank_neg_statement(g: Gen, b: Builder) -> None:
    b.f(
        "Statement summary\nRewards member no. {bc}\nPrevious balance {a1}\nPayments {a2}\nAPR {pc}\n",
        bc=g.bad_card(),
        a1=g.amount("$"),
        a2=g.amount("$"),
        pc=g.pct(),
    )
    b.f(
        "Gift card {bc2} balance {a3}\nCard on file {m}\n",
        bc2=g.bad_card(),
        a3=g.amount("$"),
        m=g.masked_card(),
    )
    b.f("Dispute {c} resolved in your favour.", c=g.case_no())


@_tpl("bank_dispute", negative=True)
def _bank_neg_autoreply(g: Gen, b: Builder) -> None:
    b.f(
        "Thanks for contacting us about case {c}. We received your documents {rel} and an investigator will be "
        "assigned {rel2}. Transaction trace {tr}; merchant category {mcc}. This mailbox is not monitored.",
        c=g.case_no(),
        rel=g.rel_time(True),
        rel2=g.rel_time(),
        tr=g.digits(15),
        mcc=g.digits(4),
    )


# ===========================================================================
# devops_incident
# ===========================================================================


def _slack_head(g: Gen, b: Builder, p: Person) -> None:
    b.f("{n}  {t}\n", n=p.ent() if g.chance(0.75) else p.first_ent(), t=g.clock())


def _channel(g: Gen, b: Builder) -> None:
    b.f(
        "#inc-{n}-{s}\n\n",
        n=g.digits(4),
        s=g.pick(
            [
                "checkout-5xx",
                "api-latency",
                "db-failover",
                "leaked-creds",
                "auth-outage",
                "queue-backlog",
                "cert-expiry",
            ]
        ),
    )


@_tpl("devops_incident")
def _dev_env_leak(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        "heads up — someone committed the staging .env to {repo} in {sha}, contents:\n```\n",
        repo=g.pick(["payments-api", "infra-live", "web-monorepo"]),
        sha=g.sha(7),
    )
    items: list[tuple[str, Part]] = [
        ("aws_access_key_id", g.aws_key()),
        ("aws_secret_access_key", g.aws_secret()),
    ]
    if g.chance(0.7):
        items.append(("db_password", g.password()))
    if g.chance(0.5):
        items.append(
            (g.pick(["sendgrid_api_key", "mapbox_token", "internal_api_key"]), g.generic_secret())
        )
    if g.chance(0.35):
        items.append(("stripe_secret_key", g.stripe_key("sk")))
    if g.chance(0.25):
        items.append(("slack_bot_token", g.slack_token()))
    if g.chance(0.25):
        items.append(("github_token", g.gh_token()))
    if g.chance(0.2):
        items.append(("service_jwt", g.jwt()))
    kv_block(g, b, "env", _weave(g, items, neg_config_items(g, 3)))
    b.t("```\n\n")
    _slack_head(g, b, c)
    b.f(
        "rotating the IAM key now, will revoke the old one once {tool} redeploys. ticket {tk}\n",
        tool=g.pick(DEV_TOOLS),
        tk=g.ticket(),
    )


@_tpl("devops_incident")
def _dev_nginx(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.t("seeing a burst of 502s from the edge, sample:\n```\n")
    for _ in range(g.r.randint(3, 6)):
        b.f(
            '{ip} - - [{ts}] "{m} /api/v2/orders/{u} HTTP/1.1" {code} {sz} "-" "{ua}"\n',
            ip=g.ip(),
            ts=g.log_ts("clf"),
            m=g.pick(["GET", "POST", "PUT"]),
            u=g.uuid(),
            code=g.http_code(),
            sz=str(g.r.randint(0, 9000)),
            ua=g.pick(
                [
                    "Mozilla/5.0 (X11; Linux x86_64)",
                    "okhttp/4.12.0",
                    "python-requests/2.31.0",
                    "curl/8.4.0",
                ]
            ),
        )
    b.t("```\n\n")
    _slack_head(g, b, c)
    b.f(
        "{ip} is one of ours (the {tool} runner), the rest look like a scraper. blocking at the WAF\n",
        ip=g.ipv4(True),
        tool=g.pick(DEV_TOOLS),
    )


@_tpl("devops_incident")
def _dev_helm_values(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        "this is the values file that got applied to prod (chart {v}):\n```yaml\nimage:\n"
        "  repository: registry.kestrelops.dev/checkout\n"
        "  digest: sha256:{d}\npostgres:\n",
        v=g.version(),
        d=g.sha(64),
    )
    kv_block(
        g,
        b,
        "yaml",
        [("host", "db-primary.internal"), ("user", "checkout"), ("password", g.password())],
        indent="  ",
    )
    b.t("integrations:\n")
    kv_block(
        g,
        b,
        "yaml",
        _weave(
            g,
            [(g.pick(["api_key", "apiKey", "client_secret"]), g.generic_secret())],
            neg_config_items(g, 2),
        ),
        indent="  ",
    )
    b.t("```\n\n")
    _slack_head(g, b, c)
    b.f(
        "ugh, that should have been `{ph}` from the sealed secret. rolling back to {v}\n",
        ph=g.pick(["${DB_PASSWORD}", "<password>", "{{ .Values.secrets.dbPassword }}"]),
        v=g.version(),
    )


@_tpl("devops_incident")
def _dev_ci_token(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        "CI job {j} printed the env because of `set -x`:\n```\n+ export GITHUB_TOKEN={t}\n+ git fetch origin main\n"
        "{ts} INFO checkout complete ({sha})\n",
        j=g.digits(7),
        t=g.gh_token(),
        ts=g.log_ts("iso"),
        sha=g.sha(),
    )
    if g.chance(0.5):
        b.f(
            "+ curl -s -H 'Authorization: token {t}' https://api.github.com/repos/kestrelops/infra-live/actions/runs\n",
            t=g.gh_token(),
        )
    b.t("```\n\n")
    _slack_head(g, b, c)
    b.f(
        "revoked. @{n} can you scrub the job logs in {tool}?\n",
        n=a.ent(),
        tool=g.pick(["Jenkins", "Argo CD", "Buildkite"]),
    )


@_tpl("devops_incident")
def _dev_slack_bot(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.t("the alert bot's config is world-readable on the bastion:\n```json\n")
    secrets: list[tuple[str, Part]] = [
        ("bot_token", g.slack_token()),
        ("signing_secret", g.generic_secret()),
    ]
    if g.chance(0.5):
        secrets.append((g.pick(["smtp_password", "proxy_password", "admin_pass"]), g.password()))
    kv_block(
        g,
        b,
        "json",
        _weave(g, secrets, [("channel", "#alerts-prod"), ("retry", "3"), ("enabled", "true")]),
    )
    b.t("```\n\n")
    _slack_head(g, b, c)
    b.f("reinstalled the app, new token is in vault. old one is dead as of {dt}\n", dt=g.dt(1.0))


@_tpl("devops_incident")
def _dev_stripe(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        "checkout is throwing this since the {v} deploy:\n```\n{ts} ERROR stripe.error.AuthenticationError: "
        "Invalid API Key provided: {m}\n```\n\n",
        v=g.version(),
        ts=g.log_ts("py"),
        m="sk_live_****" + g.rs(ALNUM, 4),
    )
    _slack_head(g, b, c)
    b.f(
        "the k8s secret has a stray newline. for the record the value in the old config was\n`STRIPE_SECRET_KEY={k}`\n"
        "which is now rolled — don't paste keys here again pls\n",
        k=g.stripe_key("sk"),
    )
    if g.chance(0.5):
        b.f("publishable one is fine: {pk}\n", pk=g.stripe_key("pk"))


@_tpl("devops_incident")
def _dev_jwt_curl(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        'repro:\n```\ncurl -i -H "Authorization: Bearer {j}" {u}\nHTTP/2 {code}\nx-request-id: {rid}\n```\n\n',
        j=g.jwt(),
        u=g.url("api.kestrelops.dev", f"v3/orders/{g.digits(6)}"),
        code=g.pick(["401", "403"]),
        rid=g.uuid(),
    )
    _slack_head(g, b, c)
    b.f(
        "the token's `kid` doesn't match the JWKS after the rotation {rel}. I'll ping {n}.\n",
        rel=g.rel_time(True),
        n=g.person(),
    )


@_tpl("devops_incident")
def _dev_private_key(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.t("here's the deploy key from the runner, does it look truncated to you?\n```\n")
    b.e(g.private_key())
    b.t("\n```\n\n")
    _slack_head(g, b, c)
    b.f(
        "{fn} that's the actual private key 😬 deleting the message; generate a new keypair and update the "
        "deploy key on "
        "the repo. Host was {ip}.\n",
        fn=a.first_ent(),
        ip=g.ip(),
    )


@_tpl("devops_incident")
def _dev_terraform(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        'plan is failing in {tool}, here\'s the provider block from the branch:\n```hcl\nprovider "aws" {{\n'
        '  region     = "{reg}"\n  access_key = "{ak}"\n  secret_key = "{sk}"\n}}\n```\n\n',
        tool=g.pick(["Jenkins", "Atlantis", "Spacelift"]),
        reg=g.pick(["us-east-2", "eu-central-1"]),
        ak=g.aws_key(),
        sk=g.aws_secret(),
    )
    _slack_head(g, b, c)
    b.f(
        "please never inline creds in tf — use the OIDC role. I've disabled that key; tf {v} picks up the role "
        "from the env. CC {n}\n",
        v=g.version(),
        n=g.person(),
    )


@_tpl("devops_incident")
def _dev_k8s_secret(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        "this manifest was in the public chart repo until {rel}:\n```yaml\napiVersion: v1\nkind: Secret\n"
        "metadata:\n  name: ledger-secrets\n  uid: {u}\ntype: Opaque\nstringData:\n",
        rel=g.rel_time(True),
        u=g.uuid(),
    )
    items: list[tuple[str, Part]] = [
        ("REDIS_PASSWORD", g.password()),
        ("LEDGER_API_TOKEN", g.generic_secret()),
    ]
    if g.chance(0.5):
        items.append(("STRIPE_RESTRICTED_KEY", g.stripe_key("rk")))
    if g.chance(0.4):
        items.append(("GITHUB_APP_TOKEN", g.gh_token()))
    kv_block(g, b, "yaml", items, indent="  ")
    b.t("```\n\n")
    _slack_head(g, b, c)
    b.f("rotating all of them. git history rewrite tracked in {tk}\n", tk=g.ticket())


@_tpl("devops_incident")
def _dev_dsn(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        "migration failed:\n```\n{ts} FATAL could not connect: "
        "postgres://app_user:{pw}@db-replica-2.internal:5432/orders "
        "(timeout after 30s)\n```\n\n",
        ts=g.log_ts("iso"),
        pw=g.password(),
    )
    _slack_head(g, b, c)
    b.f(
        "replica-2 ({ip}) is still catching up, lag is ~{s}s. retry {rel}\n",
        ip=g.ipv4(True),
        s=g.r.randint(40, 900),
        rel=g.rel_time(),
    )


@_tpl("devops_incident")
def _dev_pii_logs(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.t("found PII in the signup service logs (debug left on):\n```\n")
    for _ in range(g.r.randint(2, 4)):
        p = g.new_person()
        b.f(
            '{{"ts":"{ts}","level":"debug","trace_id":"{tr}","msg":"signup","email":"{e}","phone":"{ph}"',
            ts=g.log_ts("iso"),
            tr=g.sha(32),
            e=g.email(p),
            ph=g.phone(),
        )
        if g.chance(0.4):
            b.f(',"ssn":"{s}"', s=g.ssn(False))
        b.f(',"client_ip":"{ip}"}}\n', ip=g.ip())
    b.t("```\n\n")
    _slack_head(g, b, c)
    b.f("purging the index and filing {tk} for the privacy team\n", tk=g.ticket())


@_tpl("devops_incident")
def _dev_oncall(g: Gen, b: Builder) -> None:
    a, p1, p2 = g.new_person(), g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.f(
        "declaring SEV2. incident start {dt}. customers in {loc} seeing timeouts on login.\n",
        dt=g.dt(1.0),
        loc=g.location(),
    )
    b.f(
        "primary on-call is {n1} ({ph}), secondary {n2} — {e}\n",
        n1=p1.ent(),
        ph=g.phone(),
        n2=p2.ent(),
        e=g.email(p2, work=True),
    )
    b.f(
        "status page: {u}\n",
        u=g.url(
            "status.kestrelops.dev", f"incidents/{g.rs(string.ascii_lowercase + string.digits, 12)}"
        ),
    )


@_tpl("devops_incident")
def _dev_postmortem(g: Gen, b: Builder) -> None:
    a = g.new_person()
    b.f("Postmortem draft — {tk}\nAuthor: {n}\n\n", tk=g.ticket(), n=a.ent())
    b.f(
        "Impact window began {d1} and lasted {m} minutes. Error rate peaked at {pc}; p99 latency 4.1s.\n",
        d1=g.dt(1.0),
        m=g.r.randint(6, 190),
        pc=g.pct(),
    )
    b.f(
        "Trigger: release {v} (commit {sha}) changed the connection pool size to 5. ",
        v=g.version(),
        sha=g.sha(),
    )
    b.f("Mitigation: rollback by {n2}. Follow-ups tracked in {tk2}.", n2=g.person(), tk2=g.ticket())


@_tpl("devops_incident")
def _dev_waf(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    _channel(g, b)
    _slack_head(g, b, a)
    b.t("credential-stuffing wave, top sources:\n```\n")
    for _ in range(g.r.randint(3, 6)):
        b.f("{ip}\t{n} req\t{pc} 401\n", ip=g.ip(), n=g.r.randint(200, 90000), pc=g.pct())
    b.t("```\n\n")
    _slack_head(g, b, c)
    b.f(
        "added to the blocklist in {tool}. also forcing a reset for {e} since it had successful logins\n",
        tool=g.pick(DEV_TOOLS),
        e=g.email(),
    )


@_tpl("devops_incident", negative=True)
def _dev_neg_logs(g: Gen, b: Builder) -> None:
    b.f(
        "#ops-{s}\n\nbuild {v} is green, deploying. log tail:\n```\n",
        s=g.pick(["deploys", "alerts", "infra"]),
        v=g.version(),
    )
    style = g.pick(["iso", "py", "syslog"])
    for _ in range(g.r.randint(3, 6)):
        b.f(
            "{ts} {lvl} [{svc}] request_id={u} status={code} duration_ms={ms}\n",
            ts=g.log_ts(style),
            lvl=g.pick(["INFO", "WARN", "ERROR"]),
            svc=g.pick(["checkout", "auth", "ledger", "search"]),
            u=g.uuid(),
            code=g.http_code(),
            ms=g.r.randint(3, 4000),
        )
    b.f(
        "```\ncommit {sha}, image sha256:{d}. error budget burn {pc} this week. {tool} rerun scheduled {rel}.",
        sha=g.sha(),
        d=g.sha(64),
        pc=g.pct(),
        tool=g.pick(DEV_TOOLS),
        rel=g.rel_time(),
    )


@_tpl("devops_incident", negative=True)
def _dev_neg_config(g: Gen, b: Builder) -> None:
    b.t("proposed config for the new worker (secrets come from vault, placeholders only):\n```\n")
    items = neg_config_items(g, 5) + [
        ("db_password", g.placeholder()),
        ("api_key", g.placeholder()),
        ("client_secret", g.pick(["REDACTED", "****", "${CLIENT_SECRET}"])),
    ]
    g.r.shuffle(items)
    kv_block(g, b, g.pick(["yaml", "env", "toml"]), items)
    b.f("```\nthis replaces {tk}; rollout {rel}.", tk=g.ticket(), rel=g.rel_time())


@_tpl("devops_incident", negative=True)
def _dev_neg_summary(g: Gen, b: Builder) -> None:
    b.f(
        "weekly reliability digest: availability {p1}, {k} pages, MTTR 38 min. top offender: {tool} upgrade to {v} "
        "caused HTTP {code} spikes {rel}. runbook updated (rev {sha}).",
        p1=f"99.{g.r.randint(1, 99):02d}%",
        k=g.r.randint(2, 19),
        tool=g.pick(DEV_TOOLS),
        v=g.version(),
        code=g.pick(["502", "503", "429"]),
        rel=g.rel_time(True),
        sha=g.sha(7),
    )


# ===========================================================================
# recruiting
# ===========================================================================


@_tpl("recruiting")
def _rec_screen(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f("Phone screen — {n} ({e}, {ph})\n", n=p.ent(), e=g.email(p), ph=g.phone())
    b.f("Date: {dt}\n", dt=g.dt(0.6))
    b.f(
        "Based in {l1}, open to relocating to {l2}. Currently a staff engineer at {co}; notice period two weeks. "
        "Expecting $150-170k base. Strong on distributed systems, weaker on frontend. Next step: onsite {rel}.",
        l1=g.location(),
        l2=g.location(),
        co=g.pick(COMPANIES),
        rel=g.rel_time(),
    )


@_tpl("recruiting")
def _rec_profile(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "CANDIDATE PROFILE\nName: {n}\nLocation: {loc}\nEmail: {e}\n",
        n=p.ent(),
        loc=g.location(),
        e=g.email(p),
    )
    if g.chance(0.7):
        b.f("Phone: {ph}\n", ph=g.phone())
    b.f("LinkedIn: {li}\n", li=g.profile_url(p, "linkedin"))
    if g.chance(0.6):
        b.f("GitHub: {gh}\n", gh=g.profile_url(p, "github"))
    b.f(
        "Experience: {y} years\nSkills: Go, Kafka, Ruby on Rails, Terraform\nReq: R-{r}",
        y=g.r.randint(2, 19),
        r=g.digits(5),
    )


@_tpl("recruiting")
def _rec_background(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Background check authorization\nFull legal name: {n}\nDate of birth: {dob}\nSocial Security number: {ssn}\n",
        n=p.ent(),
        dob=g.dob(),
        ssn=g.ssn(),
    )
    b.f(
        "{lbl}: {dl} ({st})\n",
        lbl=g.pick(["Driver's license", "Licence no.", "DL number"]),
        dl=g.dl(),
        st=g.pick(["CA", "NY", "FL", "IL", "WA", "TX"]),
    )
    b.f("Current address: {a1}\nPrevious address: {a2}\n", a1=g.address(), a2=g.address())
    b.f("Signed electronically {dt}.", dt=g.dt(0.5))


@_tpl("recruiting")
def _rec_reference(g: Gen, b: Builder) -> None:
    cand, ref = g.new_person(), g.new_person()
    b.f(
        "Reference check for {c}. Spoke with {r}, their manager at {co} for three years, on {ph}. ",
        c=cand.ent(),
        r=ref.ent(),
        co=g.pick(COMPANIES),
        ph=g.phone(),
    )
    b.f(
        "{rf} described {cf} as the person everyone went to during outages; would rehire without hesitation. "
        "Only concern was delegation.",
        rf=ref.first_ent(),
        cf=cand.first_ent(),
    )


@_tpl("recruiting")
def _rec_offer(g: Gen, b: Builder) -> None:
    p, rec = g.new_person(), g.new_person()
    b.f(
        "Dear {fn},\n\nWe are delighted to offer you the position of {role} at Lumenfield, starting {dt}. ",
        fn=p.first_ent(),
        role=g.pick(
            [
                "Senior Data Engineer",
                "Product Designer",
                "Site Reliability Engineer",
                "Staff Accountant",
            ]
        ),
        dt=g.dt(0.0),
    )
    b.f(
        "Your base salary will be {amt} per year with a {pc} target bonus. ",
        amt=f"${g.r.randint(68, 240)},{g.pick(['000', '500'])}",
        pc=f"{g.r.randint(5, 20)}%",
    )
    b.f(
        "Please return the signed copy {rel}, or post it to {a}.\n\nBest regards,\n{rn}\n{re}",
        rel=g.rel_time(),
        a=g.address(),
        rn=rec.ent(),
        re=g.email(rec, work=True),
    )


@_tpl("recruiting")
def _rec_schedule(g: Gen, b: Builder) -> None:
    cand = g.new_person()
    panel = [g.new_person() for _ in range(g.r.randint(2, 4))]
    b.f("Onsite loop for {c}\nWhen: {dt}\n", c=cand.ent(), dt=g.dt(1.0))
    if g.chance(0.5):
        b.f("Where: {a}\n", a=g.address())
    else:
        b.f("Video: {u}\n", u=g.url(g.pick(["zoom.us", "meet.brightwave.co"]), f"j/{g.digits(10)}"))
    b.t("Panel: ")
    for i, p in enumerate(panel):
        b.add(p.ent())
        b.t(", " if i < len(panel) - 1 else "\n")
    b.t("Please submit scorecards within 24 hours.")


@_tpl("recruiting")
def _rec_immigration(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Immigration note: {n}, born {dob} in {loc}, currently on an H-1B with {co}. ",
        n=p.ent(),
        dob=g.dob(),
        loc=g.location(),
        co=g.pick(COMPANIES),
    )
    b.f("Transfer petition needs the I-797 and passport scan. Priority date {dt}. ", dt=g.dt(0.0))
    b.f("Attorney contact: {e}.", e=g.email(work=True))


@_tpl("recruiting")
def _rec_referral(g: Gen, b: Builder) -> None:
    ref, rec, cand = g.new_person(), g.new_person(), g.new_person()
    b.f(
        "Hey {rf},\n\nI'd like to refer my former teammate {c} for the backend role. ",
        rf=rec.first_ent(),
        c=cand.ent(),
    )
    b.f(
        "We worked together at {co} in {loc}. Their email is {e}",
        co=g.pick(COMPANIES),
        loc=g.location(),
        e=g.email(cand),
    )
    if g.chance(0.5):
        b.f(" and they're fine with a call on {ph}", ph=g.phone())
    b.f(".\n\nCheers,\n{n}", n=ref.ent())


@_tpl("recruiting")
def _rec_payroll(g: Gen, b: Builder) -> None:
    p, ec = g.new_person(), g.new_person()
    b.f("New hire setup: {n}\n", n=p.ent())
    b.f(
        "SSN {ssn}; direct deposit to account {acct}, routing {rt}.\n",
        ssn=g.ssn(),
        acct=g.account(),
        rt=g.routing(),
    )
    b.f(
        "Emergency contact: {e} ({rel}), {ph}\n",
        e=ec.ent(),
        rel=g.pick(["spouse", "sister", "father", "partner"]),
        ph=g.phone(),
    )
    b.f("Start date {dt}. Laptop order {o}.", dt=g.dt(0.0), o=g.order_no())


@_tpl("recruiting")
def _rec_inmail(g: Gen, b: Builder) -> None:
    p, rec = g.new_person(), g.new_person()
    b.f(
        "Hi {fn}, I came across your talk on event sourcing and think you'd be a great fit for our platform team. ",
        fn=p.first_ent(),
    )
    b.f(
        "Happy to chat — grab any slot at {u} or call me on {ph}.\n\n{rn}, Talent Partner",
        u=g.url("calendly.com", f"{ascii_fold(rec.first)}-talent/30min"),
        ph=g.phone(),
        rn=rec.ent(),
    )


@_tpl("recruiting")
def _rec_debrief(g: Gen, b: Builder) -> None:
    cand = g.new_person()
    ints = [g.new_person() for _ in range(3)]
    b.f("Debrief: {c}\n", c=cand.ent())
    for p in ints:
        b.f(
            "- {n}: {v} ({s}/4)\n",
            n=p.ent(),
            v=g.pick(["strong hire", "hire", "lean no", "no hire"]),
            s=g.r.randint(1, 4),
        )
    b.f(
        "Decision deferred until the hiring manager is back {rel}. Req R-{r}.",
        rel=g.rel_time(),
        r=g.digits(5),
    )


@_tpl("recruiting")
def _rec_relocation(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Relocation package for {n}: moving from {a} to {loc} around {dt}. ",
        n=p.ent(),
        a=g.address(),
        loc=g.location(),
        dt=g.dt(0.0),
    )
    b.f(
        "Lump sum {amt}; temporary housing 30 days. Movers will contact {e}.",
        amt=g.amount("$"),
        e=g.email(p),
    )


@_tpl("recruiting", negative=True)
def _rec_neg_jd(g: Gen, b: Builder) -> None:
    b.f(
        "Req R-{r}: Senior Platform Engineer (remote). You'll own our {t1} and {t2} pipelines and help migrate to "
        "Kubernetes {v}. Experience with Ruby, Jenkins and Sage is a plus. "
        "Salary band ${a1},000–${a2},000; {pc} bonus. "
        "Applications close {rel}.",
        r=g.digits(5),
        t1=g.pick(DEV_TOOLS),
        t2=g.pick(DEV_TOOLS),
        v=g.version(),
        a1=g.r.randint(110, 150),
        a2=g.r.randint(160, 230),
        pc=f"{g.r.randint(5, 20)}%",
        rel=g.rel_time(),
    )


@_tpl("recruiting", negative=True)
def _rec_neg_pipeline(g: Gen, b: Builder) -> None:
    b.t("Pipeline snapshot\n")
    for _ in range(g.r.randint(3, 5)):
        b.f(
            "R-{r}  applied {a}  screened {s}  onsite {o}  offer-accept {pc}\n",
            r=g.digits(5),
            a=g.r.randint(40, 900),
            s=g.r.randint(5, 60),
            o=g.r.randint(0, 12),
            pc=g.pct(),
        )
    b.f(
        "Sourcing spend this quarter {amt}; next review {rel}.", amt=g.amount("$"), rel=g.rel_time()
    )


@_tpl("recruiting", negative=True)
def _rec_neg_req(g: Gen, b: Builder) -> None:
    b.f(
        "Req R-{r} approved (headcount plan {v}). Agency fee capped at {pc}; budget {amt}. Interviews use the "
        "Jasper rubric and the take-home from the Ruby team. Offer approvals go through Workday; target start "
        "{rel}. Ticket {tk} tracks the job board spend.",
        r=g.digits(5),
        v=g.version(),
        pc=f"{g.r.randint(12, 25)}%",
        amt=g.amount("$", 20000, 90000),
        rel=g.rel_time(),
        tk=g.ticket(),
    )


# ===========================================================================
# pharmacy
# ===========================================================================


@_tpl("pharmacy")
def _rx_refill_sms(g: Gen, b: Builder) -> None:
    p = g.new_person()
    drug, dose = g.pick(DRUGS)
    b.f(
        "Hi this is {n}, DOB {dob}. Can I get a refill on my {d} {dose} (Rx #{rx})? ",
        n=p.ent(),
        dob=g.dob(),
        d=drug,
        dose=dose,
        rx=g.digits(7),
    )
    b.f("I'll pick it up at the {loc} store {rel}.", loc=g.location(), rel=g.rel_time())


@_tpl("pharmacy")
def _rx_ready(g: Gen, b: Builder) -> None:
    p = g.new_person()
    drug, _dose = g.pick(DRUGS)
    b.f("Dear {n}, your prescription for {d} is ready for pickup. ", n=p.ent(), d=drug)
    b.f(
        "{lbl} {mrn}. Copay {amt}. Questions? Call us at {ph}.",
        lbl=g.pick(["Patient ID", "Chart no.", "MRN"]),
        mrn=g.mrn(),
        amt=g.amount("$", 0, 75),
        ph=g.us_phone(),
    )


@_tpl("pharmacy")
def _rx_prior_auth(g: Gen, b: Builder) -> None:
    p, doc = g.new_person(), g.new_person()
    drug, dose = g.pick(DRUGS)
    b.f(
        "PRIOR AUTHORIZATION REQUEST\nPatient: {n}   DOB: {dob}\n",
        n=p.formal_ent(g.chance(0.5)),
        dob=g.dob(),
    )
    b.f(
        "{lbl}: {hp}   Group: {grp}   BIN {bin}  PCN {pcn}\n",
        lbl=g.pick(["Member ID", "Subscriber number", "Plan ID"]),
        hp=g.health_plan(),
        grp=g.digits(4),
        bin=g.digits(6),
        pcn=g.rs(UPPER_ALNUM, 5),
    )
    b.f(
        "Drug: {d} {dose}, qty 30, 3 refills\nPrescriber: Dr. {doc}, NPI {npi}\n",
        d=drug,
        dose=dose,
        doc=doc.ent(),
        npi=g.digits(10),
    )
    b.t("Diagnosis: E11.9. Step therapy with metformin failed (A1c 8.2%).")


@_tpl("pharmacy")
def _rx_transfer(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Transfer request: please move all active prescriptions for {n} ({dob}) from the pharmacy at {a}. ",
        n=p.ent(),
        dob=g.dob(),
        a=g.address(),
    )
    b.f("Their phone is {ph}. Patient prefers text updates.", ph=g.us_phone())


@_tpl("pharmacy")
def _rx_clinical_note(g: Gen, b: Builder) -> None:
    p = g.new_person()
    drug, dose = g.pick(DRUGS)
    b.f(
        "Pt {n}, MRN {mrn}. ",
        n=p.formal_ent(g.chance(0.5)) if g.chance(0.5) else p.ent(),
        mrn=g.mrn(),
    )
    b.f(
        "Counseled on {dt} re: starting {d} {dose}; reviewed GI side effects. Allergies: penicillin (hives). ",
        dt=g.dt(0.4),
        d=drug,
        dose=dose,
    )
    b.f("Will follow up {rel}.", rel=g.rel_time())


@_tpl("pharmacy")
def _rx_reject(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Claim rejected — code {c} ({why}).\nCardholder: {n}\n{lbl} {hp}\nFill date: {dt}\n",
        c=g.pick(["70", "75", "79", "MR"]),
        why=g.pick(["product not covered", "prior auth required", "refill too soon"]),
        n=p.ent(),
        lbl=g.pick(["Subscriber number:", "Member ID:", "Medicare number:"]),
        hp=g.health_plan(),
        dt=g.dt(0.0),
    )
    b.t("Action: contacted prescriber for alternative.")


@_tpl("pharmacy")
def _rx_mail_order(g: Gen, b: Builder) -> None:
    p = g.new_person()
    drug, _ = g.pick(DRUGS)
    b.f(
        "Mail-order confirmation {o}\nShip to: {n}, {a}\n", o=g.order_no(), n=p.ent(), a=g.address()
    )
    b.f(
        "Item: {d}, 90-day supply\nPaid with card {cc}\nReceipt sent to {e}",
        d=drug,
        cc=g.card(),
        e=g.email(p),
    )


@_tpl("pharmacy")
def _rx_delivery(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Hi {fn}! Your order will be delivered {rel} between 2 and 4pm to {a}. ",
        fn=p.first_ent(),
        rel=g.rel_time(),
        a=g.address(),
    )
    b.f("The courier may call {ph}. Keep refrigerated on arrival.", ph=g.phone(0.15))


@_tpl("pharmacy")
def _rx_vaccine(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Appointment confirmed: {vac} for {n} on {dt}. ",
        vac=g.pick(["flu shot", "shingles (dose 2)", "COVID-19 booster", "Tdap"]),
        n=p.ent(),
        dt=g.dt(1.0),
    )
    b.f(
        "Date of birth on file {dob}; {lbl} {hp}. Bring photo ID.",
        dob=g.dob(),
        lbl=g.pick(["Medicare number", "insurance member ID", "policy #"]),
        hp=g.health_plan(),
    )


@_tpl("pharmacy")
def _rx_portal(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "Hello {n},\n\nWe received a request to reset the password for {e}. ",
        n=p.ent(),
        e=g.email(p),
    )
    b.f(
        "Use this link within 30 minutes: {u}\n\nIf you didn't ask for this, ignore this email.",
        u=g.url(
            "pinecrest-rx.com", f"reset-password/{g.rs(string.ascii_lowercase + string.digits, 20)}"
        ),
    )


@_tpl("pharmacy")
def _rx_controlled(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "C-II pickup log: {d} dispensed to {n}. ID verified — {lbl} {dl}, DOB {dob}. PDMP checked {rel}.",
        d=g.pick(CONTROLLED_DRUGS),
        n=p.ent(),
        lbl=g.pick(["driver's licence no.", "DL#", "state ID"]),
        dl=g.dl(),
        dob=g.dob(),
        rel=g.rel_time(True),
    )


@_tpl("pharmacy")
def _rx_caregiver(g: Gen, b: Builder) -> None:
    cg, pt = g.new_person(), g.new_person()
    drug, dose = g.pick(DRUGS)
    b.f(
        "Message from caregiver {c}: my mother {p} (born {dob}) ran out of her {d} {dose}. ",
        c=cg.ent(),
        p=pt.ent(),
        dob=g.dob(),
        d=drug,
        dose=dose,
    )
    b.f(
        "Her doctor's office is closed until {rel}. Can you do an emergency supply? Call me back at {ph}.",
        rel=g.pick(["Monday", "tomorrow", "after the holiday", "next week"]),
        ph=g.phone(),
    )


@_tpl("pharmacy", negative=True)
def _rx_neg_leaflet(g: Gen, b: Builder) -> None:
    drug, dose = g.pick(DRUGS)
    b.f(
        "{d} {dose}: take one tablet daily with food. Missed dose? Take it when you remember unless it's almost "
        "time for the next one. About {pc} of patients report mild nausea. Store below 25°C. Leaflet rev {v}.",
        d=drug.capitalize(),
        dose=dose,
        pc=g.pct(),
        v=g.version(),
    )


@_tpl("pharmacy", negative=True)
def _rx_neg_inventory(g: Gen, b: Builder) -> None:
    b.t("Cycle count\n")
    for _ in range(g.r.randint(3, 6)):
        drug, dose = g.pick(DRUGS)
        b.f(
            "NDC {n1}-{n2}-{n3}  {d} {dose}  lot {lot}  on hand {q}  cost {amt}\n",
            n1=g.digits(4),
            n2=g.digits(4),
            n3=g.digits(2),
            d=drug,
            dose=dose,
            lot=g.rs(UPPER_ALNUM, 6),
            q=g.r.randint(0, 400),
            amt=g.amount("$"),
        )
    b.f("Wholesaler PO {o} arrives {rel}.", o=g.order_no(), rel=g.rel_time())


@_tpl("pharmacy", negative=True)
def _rx_neg_notice(g: Gen, b: Builder) -> None:
    b.f(
        "Store notice: the pharmacy counter closes at 6pm {rel} for inventory. Flu shots are walk-in only; "
        "expect a wait of about 20 minutes. Auto-refill reminders now go out 3 days before your fill date.",
        rel=g.rel_time(),
    )


# ===========================================================================
# chatbot_transcript
# ===========================================================================


@_tpl("chatbot_transcript")
def _chat_dispute_letter(g: Gen, b: Builder) -> None:
    p = g.new_person()
    a, amt, dt, m, cc = g.address(), g.amount("$"), g.dt(0.0), g.brand(), g.card()
    b.f(
        "User: Can you write a short letter disputing a charge? I'm {n}, I live at {a}. It was {amt} on {dt} "
        "from {m}, card {cc}.\n\n",
        n=p.ent(),
        a=a,
        amt=amt,
        dt=dt,
        m=m,
        cc=cc,
    )
    b.f(
        "Assistant: Here's a draft you can adapt:\n\n{n}\n{a}\n\nTo whom it may concern,\n\nI am writing to dispute "
        "a charge of {amt} dated {dt} from {m} on my card ending in {l4}. I did not authorize this transaction and "
        "request a full refund.\n\nSincerely,\n{n}\n\n",
        n=p.ent(),
        a=a,
        amt=amt,
        dt=dt,
        m=m,
        l4=cc.value[-4:],
    )
    b.t(
        "User: perfect, thanks\n\nAssistant: You're welcome! Keep a copy of the letter and any receipts."
    )


@_tpl("chatbot_transcript")
def _chat_aws_debug(g: Gen, b: Builder) -> None:
    ak = g.aws_key()
    b.f(
        'User: why does this throw AccessDenied?\n```python\nimport boto3\ns3 = boto3.client(\n    "s3",\n'
        '    aws_access_key_id="{ak}",\n    aws_secret_access_key="{sk}",\n    region_name="us-east-2",\n)\n'
        's3.download_file("reports-prod", "q3.csv", "q3.csv")\n```\n\n',
        ak=ak,
        sk=g.aws_secret(),
    )
    b.f(
        "Assistant: First, you've just shared live credentials — deactivate access key {ak} in IAM now and create a "
        'new one. Don\'t hard-code keys; use `aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"]` or a profile, '
        "with placeholders like `{ph}` in examples.\n\nAccessDenied usually means the policy lacks `s3:GetObject` on "
        "`arn:aws:s3:::reports-prod/*`.\n\nUser: ok rotated it, thanks",
        ak=ak,
        ph=g.pick(["<YOUR_ACCESS_KEY_ID>", "AKIA...", "${AWS_ACCESS_KEY_ID}"]),
    )


@_tpl("chatbot_transcript")
def _chat_resume(g: Gen, b: Builder) -> None:
    p = g.new_person()
    e, ph, li = g.email(p), g.phone(), g.profile_url(p, "linkedin")
    b.f(
        "User: make this resume header look more professional:\n{n} | {e} | {ph} | {li} | {loc}\n\n",
        n=p.ent(),
        e=e,
        ph=ph,
        li=li,
        loc=g.location(),
    )
    b.f(
        "Assistant: Sure — a cleaner layout:\n\n**{N}**\n{e} · {ph}\n{li}\n\nConsider dropping the city if you're "
        "applying for remote roles.\n\nUser: nice. should I put my date of birth?\n\nAssistant: In most countries, "
        "no — it isn't needed and can invite bias.",
        N=Ent(p.full.upper(), "PERSON"),
        e=e,
        ph=ph,
        li=li,
    )


@_tpl("chatbot_transcript")
def _chat_medical(g: Gen, b: Builder) -> None:
    b.f(
        "User: my patient portal says {lbl} {mrn}, DOB {dob}, and my HbA1c came back 6.8%. is that bad?\n\n",
        lbl=g.pick(["patient ID", "MRN", "chart no."]),
        mrn=g.mrn(),
        dob=g.dob(),
    )
    b.t(
        "Assistant: I can't give a diagnosis, but an HbA1c between 5.7% and 6.4% is usually called prediabetes and "
        "6.5% or higher is in the diabetes range. Please go over it with your clinician. You also don't need to share "
        "identifiers like your record number here.\n\nUser: ok, appointment is next Tuesday\n\nAssistant: Great — "
        "write down your questions beforehand."
    )


@_tpl("chatbot_transcript")
def _chat_jwt(g: Gen, b: Builder) -> None:
    e = g.email()
    j = g.jwt(email=e.value)
    b.f("User: what's inside this token? {j}\n\n", j=j)
    b.f(
        "Assistant: It's a JWT. The payload identifies {e} and includes `iat`/`exp` claims, so it expires on its own. "
        "Since it's a live bearer token, treat it like a password — anyone with it can call the API until it "
        "expires.\n\nUser: how do I verify the signature?\n\nAssistant: Fetch the issuer's JWKS and check the `kid`.",
        e=e,
    )


@_tpl("chatbot_transcript")
def _chat_translate(g: Gen, b: Builder) -> None:
    p = g.new_person()
    ph, a = g.phone(), g.address()
    b.f(
        'User: translate to Portuguese: "Hi {fn}, my new number is {ph} and we moved to {a}."\n\n',
        fn=p.first_ent(),
        ph=ph,
        a=a,
    )
    b.f(
        'Assistant: "Oi {fn}, meu novo número é {ph} e nós nos mudamos para {a}."\n\nUser: and more formal?\n\n'
        'Assistant: "Olá {fn}, informo que o meu novo telefone é {ph}."',
        fn=p.first_ent(),
        ph=ph,
        a=a,
    )


@_tpl("chatbot_transcript")
def _chat_compose(g: Gen, b: Builder) -> None:
    pw = g.password()
    b.f(
        "User: postgres container keeps restarting:\n```yaml\nservices:\n  db:\n    image: postgres:16.2\n"
        '    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: "{pw}"\n',
        pw=pw,
    )
    if g.chance(0.5):
        b.f("      PGADMIN_API_KEY: {k}\n", k=g.generic_secret())
    b.t('    ports: ["5432:5432"]\n```\n\n')
    b.t(
        "Assistant: The config looks valid; check `docker logs db` for the first error. Also move the password out "
        "of the file: use `POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}` with an `.env` file that isn't committed.\n\n"
        "User: logs say 'data directory has wrong ownership'\n\nAssistant: Fix the volume permissions: "
        "`chown -R 999:999 ./pgdata`."
    )


@_tpl("chatbot_transcript")
def _chat_iban(g: Gen, b: Builder) -> None:
    p = g.new_person()
    i = g.iban()
    b.f(
        "User: is this IBAN written correctly? {i} — it's for {n} in {loc}\n\n",
        i=i,
        n=p.ent(),
        loc=g.location(),
    )
    b.f(
        "Assistant: The country code and length are right and the check digits validate, so {i} looks well-formed. "
        "That doesn't confirm the account belongs to {fn}; confirm the name with the bank.\n\nUser: thanks!",
        i=i,
        fn=p.first_ent(),
    )


@_tpl("chatbot_transcript")
def _chat_summarize_thread(g: Gen, b: Builder) -> None:
    a, c = g.new_person(), g.new_person()
    b.t("User: summarize this thread for me\n\n")
    b.f(
        "From: {a} <{ae}>\nTo: {c} <{ce}>\nSubject: Q3 vendor review\n\n",
        a=a.ent(),
        ae=g.email(a, True),
        c=c.ent(),
        ce=g.email(c, True),
    )
    b.f(
        "{cf}, can we move the review to {dt}? I'm in {loc} until then.\n\n",
        cf=c.first_ent(),
        dt=g.dt(0.5),
        loc=g.location(),
    )
    b.f(
        "Assistant: {af} asks {cf} to reschedule the Q3 vendor review because {af} is travelling.",
        af=a.first_ent(),
        cf=c.first_ent(),
    )


@_tpl("chatbot_transcript")
def _chat_sql(g: Gen, b: Builder) -> None:
    b.t(
        "User: write a query to find duplicate signups. sample rows:\n```\nid | email | signup_ip | created_at\n"
    )
    for i in range(g.r.randint(3, 5)):
        b.f(
            "{i} | {e} | {ip} | {ts}\n", i=str(1000 + i), e=g.email(), ip=g.ip(), ts=g.log_ts("iso")
        )
    b.t(
        "```\n\nAssistant:\n```sql\nSELECT lower(email), count(*)\nFROM signups\n"
        "GROUP BY lower(email)\nHAVING count(*) > 1;\n```\n"
        "\nUser: and by IP?\n\nAssistant: Replace `lower(email)` with `signup_ip`."
    )


@_tpl("chatbot_transcript")
def _chat_ssn(g: Gen, b: Builder) -> None:
    b.f(
        "User: is {ssn} a valid-looking SSN? it's my son's, he was born {dob}\n\n",
        ssn=g.ssn(False),
        dob=g.dob(),
    )
    b.f(
        "Assistant: I'd avoid sharing Social Security numbers in chats. In general, numbers starting with 000, 666 or "
        "900–999 are never issued (e.g. {bad} would be invalid), but I can't confirm whether a number belongs to "
        "someone.\n\nUser: got it",
        bad=g.bad_ssn(),
    )


@_tpl("chatbot_transcript")
def _chat_travel(g: Gen, b: Builder) -> None:
    p = g.new_person()
    b.f(
        "User: plan a 3-day trip, flying from {l1} to {l2} on {dt} with my partner {n}. budget about {amt}\n\n",
        l1=g.location(),
        l2=g.location(),
        dt=g.dt(0.3),
        n=p.ent(),
        amt=g.amount(g.pick(["$", "€"])),
    )
    b.t(
        "Assistant: Day 1: arrive, check in, evening walk in the old town. Day 2: museum in the morning, food market "
        "for lunch. Day 3: day trip and an early dinner before your flight.\n\n"
        "User: swap day 2 and 3\n\nAssistant: Done."
    )


@_tpl("chatbot_transcript")
def _chat_gh_actions(g: Gen, b: Builder) -> None:
    b.f(
        "User: workflow fails with 'Bad credentials':\n```yaml\nenv:\n  GH_TOKEN: {t}\n",
        t=g.gh_token(),
    )
    if g.chance(0.5):
        b.f("  SLACK_BOT_TOKEN: {s}\n", s=g.slack_token())
    if g.chance(0.4):
        b.f("  STRIPE_API_KEY: {k}\n", k=g.stripe_key())
    b.t(
        "```\n\nAssistant: That token is probably expired or lacks `repo` scope. More importantly, it's now exposed — "
        "revoke it and reference a secret instead: `GH_TOKEN: ${{ secrets.GH_TOKEN }}`.\n\nUser: ok"
    )


@_tpl("chatbot_transcript")
def _chat_webhook(g: Gen, b: Builder) -> None:
    b.f(
        "User: my webhook handler rejects everything. I'm using\nAPI_KEY={k}\nWEBHOOK_SECRET={s}\nand the password "
        "for the admin panel is {pw}\n\n",
        k=g.generic_secret(),
        s=g.generic_secret(),
        pw=g.password(),
    )
    b.t(
        "Assistant: Check that you verify the signature against the raw request body, not the parsed JSON. And please "
        "rotate those values — consider them compromised now that they've been pasted here.\n\nUser: will do"
    )


@_tpl("chatbot_transcript")
def _chat_ssh(g: Gen, b: Builder) -> None:
    b.f("User: ssh to {ip} says 'invalid format' for my key, here it is:\n", ip=g.ip())
    b.e(g.private_key())
    b.t(
        "\n\nAssistant: Please don't paste private keys anywhere — treat this one as compromised, remove its public "
        "half from `~/.ssh/authorized_keys` on the server and generate a new pair with `ssh-keygen -t ed25519`. "
        "'invalid format' usually means Windows line endings or a missing final newline.\n\nUser: ugh ok"
    )


@_tpl("chatbot_transcript")
def _chat_log_help(g: Gen, b: Builder) -> None:
    b.f(
        "User: what does this mean?\n```\n{ts} WARN auth: rejected token for {e}\nAuthorization: Bearer {j}\n"
        "{ts2} INFO retry 2/3 from {ip}\n```\n\n",
        ts=g.log_ts("py"),
        e=g.email(),
        j=g.jwt(),
        ts2=g.log_ts("py"),
        ip=g.ip(),
    )
    b.t(
        "Assistant: The gateway rejected the bearer token — most likely it expired (check `exp`) or was signed with an "
        "old key. Note that the log line contains a full token; mask the `Authorization` header before logging."
    )


@_tpl("chatbot_transcript", negative=True)
def _chat_neg_code(g: Gen, b: Builder) -> None:
    b.f(
        "User: why does `uuid.UUID('{u}')` work but my regex fails? I'm on Python {v}.\n\n",
        u=g.uuid(),
        v=f"3.{g.r.randint(8, 13)}.{g.r.randint(0, 9)}",
    )
    b.t(
        "Assistant: Your pattern probably forgets the hyphens. Use "
        "`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`.\n\nUser: also my API returns 429 sometimes\n\n"
        "Assistant: That's rate limiting; back off exponentially and set `api_key` via `os.environ` rather than "
        "hard-coding `<YOUR_API_KEY>`."
    )


@_tpl("chatbot_transcript", negative=True)
def _chat_neg_cooking(g: Gen, b: Builder) -> None:
    b.f(
        "User: I'm making sourdough {rel}. my starter doubled in 6 hours, is that ready?\n\nAssistant: Yes — a starter "
        "that doubles within 4–8 hours at around 24°C is active. Use it at peak, hydrate the dough at about {pc}, "
        "and bulk ferment until it rises 50%.\n\nUser: and if it's cold?\n\n"
        "Assistant: Expect it to take twice as long.",
        rel=g.rel_time(),
        pc=g.pct(),
    )


@_tpl("chatbot_transcript", negative=True)
def _chat_neg_math(g: Gen, b: Builder) -> None:
    b.f(
        "User: if a {amt} invoice ({inv}) is discounted {pc}, what do I pay?\n\nAssistant: Multiply by one minus the "
        "discount rate. Round to cents at the end.\n\nUser: and the card number 4111 1111 1111 1112 on the sample "
        "form, is that real?\n\nAssistant: No — that's a placeholder and it doesn't even pass the Luhn check.",
        amt=g.amount("$"),
        inv=g.invoice(),
        pc=g.pct(),
    )


# ===========================================================================
# spreadsheet
# ===========================================================================

RowFn = Callable[[Gen], list[Part]]


def _sheet(
    g: Gen, b: Builder, headers: Sequence[str], row: RowFn, rows: tuple[int, int] = (3, 8)
) -> None:
    delim = g.pick([",", ",", "\t"])
    b.t(delim.join(headers) + "\n")
    for _ in range(g.r.randint(*rows)):
        cells = row(g)
        for i, c in enumerate(cells):
            s = c.value if isinstance(c, Ent) else c
            if delim == "," and "," in s:
                b.t('"').add(c).t('"')
            else:
                b.add(c)
            if i < len(cells) - 1:
                b.t(delim)
        b.t("\n")


def _sheet_tpl(
    headers_options: Sequence[Sequence[str]], row: RowFn, negative: bool = False
) -> None:
    def tpl(g: Gen, b: Builder) -> None:
        _sheet(g, b, g.pick(headers_options), row)

    _tpl("spreadsheet", negative)(tpl)


def _row_roster(g: Gen) -> list[Part]:
    p = g.new_person()
    return [p.ent(), g.email(p, True), g.phone(), g.dob(), g.dt(0.0), g.ssn(False)]


def _row_customers(g: Gen) -> list[Part]:
    p = g.new_person()
    return [p.ent(), g.email(p), g.location(), g.pick(["Basic", "Pro", "Team"]), g.ip()]


def _row_patients(g: Gen) -> list[Part]:
    p = g.new_person()
    return [g.mrn(), p.formal_ent(g.chance(0.3)), g.dob(), g.health_plan(), g.dt(0.0), g.us_phone()]


def _row_payouts(g: Gen) -> list[Part]:
    p = g.new_person()
    return [p.ent(), g.iban(), g.amount("€").replace(",", ""), "EUR", g.invoice()]


def _row_cards(g: Gen) -> list[Part]:
    return [g.uuid(), g.person(), g.card(), g.amount("$").replace(",", ""), g.brand(), g.dt(0.0)]


def _row_servers(g: Gen) -> list[Part]:
    return [
        f"{g.pick(['web', 'db', 'cache', 'worker'])}-{g.r.randint(1, 40):02d}",
        g.ip(),
        g.email(work=True),
        g.pick(["Ubuntu 22.04", "Debian 12", "RHEL 9.3"]),
        g.pick(["us-east-2", "eu-west-1", "ap-south-1"]),
    ]


def _row_creds(g: Gen) -> list[Part]:
    svc = g.pick(
        [
            "grafana",
            "jenkins",
            "sentry",
            "mailgun",
            "billing-api",
            "crm",
            "vpn",
            "stripe",
            "slack",
            "github",
            "aws",
        ]
    )
    key: Part
    if svc == "stripe":
        key = g.stripe_key()
    elif svc == "slack":
        key = g.slack_token()
    elif svc == "github":
        key = g.gh_token()
    elif svc == "aws":
        key = g.aws_key()
    else:
        key = g.generic_secret() if g.chance(0.7) else g.pick(["n/a", "-", "see vault"])
    return [svc, f"svc_{svc.replace('-', '_')}", g.password(), key, g.email(work=True)]


def _row_shipping(g: Gen) -> list[Part]:
    return [g.order_no(), g.person(), g.address(), g.phone(0.2), "1Z" + g.rs(UPPER_ALNUM, 16)]


def _row_drivers(g: Gen) -> list[Part]:
    return [
        g.person(),
        g.dl(),
        g.pick(["CA", "NY", "FL", "IL", "WA", "TX", "ON"]),
        g.dob(),
        g.pick(["A", "B", "C", "CDL-A"]),
    ]


def _row_candidates(g: Gen) -> list[Part]:
    p = g.new_person()
    return [
        p.ent(),
        g.email(p),
        g.profile_url(p, "linkedin"),
        g.location(),
        g.pick(["screen", "onsite", "offer", "rejected"]),
    ]


def _row_policyholders(g: Gen) -> list[Part]:
    return [g.policy(), g.person(), g.address(), g.dob(), g.amount("$").replace(",", "")]


def _row_bank_accounts(g: Gen) -> list[Part]:
    p = g.new_person()
    return [p.ent(), g.routing(), g.account(), g.pick(["checking", "savings"]), g.email(p)]


def _row_neg_inventory(g: Gen) -> list[Part]:
    return [
        g.rs(UPPER_ALNUM, 8),
        g.pick(
            [
                "Dell U2723QE",
                "Marshall Emberton",
                "Casper Wave",
                "Tesla Wall Connector",
                "Ford roof rack",
                "Siri Remote",
            ]
        ),
        g.amount("$").replace(",", ""),
        str(g.r.randint(0, 500)),
        g.version(),
    ]


def _row_neg_metrics(g: Gen) -> list[Part]:
    return [
        f"W{g.r.randint(1, 52)}",
        g.pick(["checkout", "auth", "search"]),
        g.pct(),
        str(g.r.randint(0, 99999)),
        g.http_code(),
    ]


def _row_neg_orders(g: Gen) -> list[Part]:
    return [
        g.order_no(),
        g.invoice(),
        g.uuid(),
        g.bad_card(),
        g.amount("$").replace(",", ""),
        g.pick(["shipped", "pending", "refunded"]),
    ]


_sheet_tpl(
    [
        ["full_name", "work_email", "phone", "dob", "start_date", "ssn"],
        ["Employee Name", "Email", "Mobile", "Date of Birth", "Hire Date", "SSN"],
    ],
    _row_roster,
)
_sheet_tpl(
    [
        ["name", "email", "city", "plan", "signup_ip"],
        ["Customer", "E-mail", "Location", "Tier", "IP"],
    ],
    _row_customers,
)
_sheet_tpl(
    [
        ["mrn", "patient", "dob", "member_id", "last_visit", "phone"],
        ["Chart No", "Patient Name", "Birth Date", "Plan ID", "Last Visit", "Contact"],
    ],
    _row_patients,
)
_sheet_tpl(
    [
        ["beneficiary", "iban", "amount", "currency", "invoice"],
        ["Payee", "IBAN", "Amount", "Ccy", "Ref"],
    ],
    _row_payouts,
)
_sheet_tpl(
    [
        ["txn_id", "cardholder", "pan", "amount", "merchant", "posted"],
        ["Transaction", "Name on card", "Card number", "Amount", "Merchant", "Date"],
    ],
    _row_cards,
)
_sheet_tpl(
    [
        ["hostname", "ip", "owner", "os", "region"],
        ["Host", "Address", "Owner email", "OS", "Region"],
    ],
    _row_servers,
)
_sheet_tpl(
    [
        ["service", "username", "password", "api_key", "owner"],
        ["System", "Login", "Password", "API key", "Contact"],
    ],
    _row_creds,
)
_sheet_tpl(
    [
        ["order", "recipient", "address", "phone", "tracking"],
        ["Order #", "Ship To", "Address", "Phone", "Tracking"],
    ],
    _row_shipping,
)
_sheet_tpl(
    [
        ["driver", "license_no", "state", "date_of_birth", "class"],
        ["Name", "Licence No.", "Jurisdiction", "DOB", "Class"],
    ],
    _row_drivers,
)
_sheet_tpl(
    [
        ["candidate", "email", "linkedin", "location", "stage"],
        ["Name", "Email", "Profile", "City", "Status"],
    ],
    _row_candidates,
)
_sheet_tpl(
    [
        ["policy_no", "insured", "address", "dob", "premium"],
        ["Policy #", "Named Insured", "Risk Address", "Birthdate", "Premium"],
    ],
    _row_policyholders,
)
_sheet_tpl(
    [
        ["account_holder", "routing", "account_number", "type", "email"],
        ["Holder", "ABA", "Account", "Type", "Email"],
    ],
    _row_bank_accounts,
)
_sheet_tpl(
    [
        ["sku", "product", "price", "qty", "firmware"],
        ["SKU", "Item", "Unit Price", "Stock", "FW Version"],
    ],
    _row_neg_inventory,
    True,
)
_sheet_tpl(
    [
        ["week", "service", "error_rate", "requests", "top_status"],
        ["Week", "Service", "Errors", "Volume", "HTTP"],
    ],
    _row_neg_metrics,
    True,
)
_sheet_tpl(
    [
        ["order_id", "invoice", "request_id", "voucher_no", "total", "status"],
        ["Order", "Invoice", "Request", "Voucher", "Total", "Status"],
    ],
    _row_neg_orders,
    True,
)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def generate_one(i: int, seed: int = 0) -> dict[str, Any]:
    rng = random.Random(f"heldout-{seed}-{i}")
    g = Gen(rng)
    domain = rng.choice(DOMAINS)
    negative = rng.random() < NEGATIVE_RATE
    template = rng.choice(_NEG[domain] if negative else _POS[domain])
    b = Builder()
    template(g, b)
    text, ents = b.build()
    return {"id": f"heldout-{seed}-{i:06d}", "domain": domain, "text": text, "entities": ents}


def generate(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Yield ``n`` labeled documents, deterministic for a given ``seed``."""
    for i in range(n):
        yield generate_one(i, seed)


def _write(docs: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for doc in docs:
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--n", type=int, default=1000, help="number of documents")
    ap.add_argument("--seed", type=int, default=0, help="random seed")
    ap.add_argument("--output", default="-", help="output JSONL path ('-' for stdout)")
    args = ap.parse_args(argv)
    if args.output == "-":
        _write(generate(args.n, args.seed), sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            _write(generate(args.n, args.seed), fh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
