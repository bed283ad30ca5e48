"""Blind synthetic PII/PHI/secret evaluation corpus, version 2 (``corpus_blind2``).

Written without looking at any detector code, tests or earlier corpora. Python 3.11, stdlib only.

API
---
``generate(n, seed=0)`` yields ``n`` documents::

    {"id": str, "domain": str, "text": str,
     "entities": [{"start": int, "end": int, "type": str}, ...]}

Document ``i`` is built from its own ``random.Random(f"{seed}-{i}")`` and can be regenerated
independently. Offsets are half-open character offsets into ``text``; entities are sorted and
non-overlapping and ``text[start:end]`` is exactly the labeled value. Texts are assembled by a
builder that appends segments and records spans, so offsets are correct by construction;
``generate`` also self-checks every document (bounds, order, overlap, value round-trip, negatives
empty) and the domain balance at the end. ``main(argv) -> int`` is the CLI::

    python3.11 bench/corpus_blind2.py --n 1000 --seed 0 --output out.jsonl [--stats]
    python3.11 bench/corpus_blind2.py --n 50 --output -          # JSONL to stdout

``DOMAINS`` and ``ENTITY_TYPES`` are exported tuples.

Domains (round-robin, equal shares): legal_intake, school_admin, hotel_frontdesk,
hospital_discharge, fintech_kyc, mobile_crash_reports, airline_customer_service,
property_management. Styles: chats, emails, key: value forms, logs, CSV rows, JSON, markdown
tables, .env/YAML files, LLM prompts. About 15% of documents are negative: only hard negatives,
no entities.

Labeling conventions
--------------------
* PERSON: the name only, never titles (Dr., Ms., Mr.), roles or honorifics. A full name is one
  span; a lone given name or surname is its own span; "Surname, Given" is one span; separate
  first/last fields (CSV columns, form fields) are separate spans. Brand / organisation names
  containing personal names (Wendy's, Morgan Stanley, Kaiser Permanente, Mr. Rooter Plumbing,
  Thomas Jefferson High School) are not labeled.
* LOCATION: standalone city / region / country names; "City, Country" or "City, ST" is one span.
  Cities inside a street address belong to the ADDRESS span.
* ADDRESS: one span for a full street address (street line through postal code), including the
  line break when printed as a two-line block.
* DATE_OF_BIRTH: a date in a birth context (date only). DATE_TIME: human-written dates / times of
  appointments, events, due dates (date, time or date+time is one span). Machine timestamps
  (ISO-8601 with "T", epoch seconds, log-line stamps, bracketed chat clock stamps) and relative
  expressions ("tomorrow", "3 days ago") are not labeled.
* PHONE_NUMBER: US numbers (real area codes, exchanges 2xx-9xx, no N11/555) and international
  numbers in E.164-style grouping with valid national lengths.
* US_SSN: area 001-899 except 666, group 01-99, serial 0001-9999.
* CREDIT_CARD: Luhn-valid Visa / Mastercard / Amex / Discover, separators included.
* IBAN_CODE: mod-97-valid IBANs (GB IE NL FR ES IT BE AT CH SE NO DK PT DE PL), compact or
  grouped in fours, internal spaces included. BICs are not labeled.
* IP_ADDRESS: every IPv4 / IPv6 address. URL: every http(s) URL (full span).
* MEDICAL_RECORD_NUMBER / HEALTH_PLAN_NUMBER / ACCOUNT_NUMBER / DRIVER_LICENSE: the identifier
  only, after a context phrase (MRN, member ID, account no., driver's license, ...).
  ACCOUNT_NUMBER covers bank, utility, brokerage and customer accounts. Group, invoice,
  reference, ticket, booking, PNR, case, docket, routing and room numbers are not labeled.
* Secrets: AWS_ACCESS_KEY (AKIA/ASIA + 16), AWS_SECRET_KEY (40 chars in an AWS context),
  GITHUB_TOKEN (ghp_/gho_/ghs_/github_pat_), SLACK_TOKEN (xoxb-/xoxp-), STRIPE_KEY
  (sk_live_/rk_live_/sk_test_), JWT (three base64url segments with a real JSON header),
  PRIVATE_KEY (whole PEM block, BEGIN line through END line), PASSWORD (value only),
  GENERIC_SECRET (high-entropy value after an api-key / secret / token-like key; value only).
  Placeholders, masked values, documentation example keys (AKIAIOSFODNN7EXAMPLE), publishable
  keys (pk_live_), public keys and low-entropy config values are not labeled.
* Hard negatives (never labeled): machine timestamps, UUIDs, commit SHAs, checksums, versions,
  ticket / invoice / booking / confirmation / order numbers, Luhn-invalid card numbers,
  mod-97-invalid IBANs, SSN-shaped numbers with area 000, 666 or 9xx, brand names that look
  like names, IATA airport codes, relative times, amounts, percentages, HTTP status codes,
  flight numbers, room numbers, routing numbers, low-entropy config values and placeholders.
"""
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import json
import os
import random
import string
import sys
import unicodedata
import uuid
from collections import Counter
from typing import Iterator

__all__ = ["DOMAINS", "ENTITY_TYPES", "generate", "main"]

DOMAINS = ("legal_intake", "school_admin", "hotel_frontdesk", "hospital_discharge", "fintech_kyc",
           "mobile_crash_reports", "airline_customer_service", "property_management")

ENTITY_TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
                "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER",
                "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
                "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD",
                "GENERIC_SECRET")
(PER, EML, PHN, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACCT, DL,
 AKID, ASK, GHT, SLK, STK, JWT, PEM, PWD, SEC) = ENTITY_TYPES

NEGATIVE_RATE = 0.15

# --------------------------------------------------------------------------- builder
class _B:
    """Append-only text builder; ``(value, TYPE)`` tuples are recorded as entities."""
    __slots__ = ("parts", "n", "ents")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n, self.ents = 0, []  # ents: (start, end, type, value)

    def __call__(self, *parts) -> "_B":
        for p in parts:
            if isinstance(p, tuple):
                v, t = p
                if t is not None:
                    self.ents.append((self.n, self.n + len(v), t, v))
                p = v
            self.parts.append(p)
            self.n += len(p)
        return self

    def text(self) -> str:
        return "".join(self.parts)

def _kv(b: _B, r: random.Random, rows, sep: str = ": ", drop: float = 0.2) -> None:
    """Key/value lines; labels starting with '?' are optional. Values: str, tuple or list."""
    for label, val in rows:
        if label[0] == "?":
            if r.random() < drop:
                continue
            label = label[1:]
        b(label, sep)
        b(*val) if isinstance(val, list) else b(val)
        b("\n")

def _csv(b: _B, cells, sep: str = ",") -> None:
    for i, c in enumerate(cells):
        if i:
            b(sep)
        v = c[0] if isinstance(c, tuple) else c
        b('"', c, '"') if (sep in v or "\n" in v) else b(c)
    b("\n")

def _md(b: _B, cells) -> None:
    b("|")
    for c in cells:
        b(" ")
        b(*c) if isinstance(c, list) else b(c)
        b(" |")
    b("\n")

def _mix(*parts): return ("__mix__", parts)  # a JSON string value made of parts ('Bearer ' + token)

def _jobj(b: _B, pairs, ind: int = 0, inline: bool = False) -> None:
    pairs = [p for p in pairs if p is not None]
    pad = "" if inline else " " * (ind + 2)
    b("{" if inline else "{\n")
    for i, (k, v) in enumerate(pairs):
        b(pad, f'"{k}": ')
        if isinstance(v, list) and v and isinstance(v[0], list):
            b("[\n")
            for j, item in enumerate(v):
                b(" " * (ind + 4))
                _jobj(b, item, inline=True)
                b(",\n" if j < len(v) - 1 else "\n")
            b(" " * (ind + 2), "]")
        elif isinstance(v, list):
            _jobj(b, v, ind + 2, inline)
        elif isinstance(v, tuple) and v[0] == "__mix__":
            b('"', *v[1], '"')
        elif isinstance(v, tuple):
            b('"', v, '"')
        elif isinstance(v, str):
            b(json.dumps(v, ensure_ascii=False))
        else:
            b(json.dumps(v))
        if i < len(pairs) - 1:
            b(", " if inline else ",\n")
        elif not inline:
            b("\n")
    b("}" if inline else " " * ind + "}")

# --------------------------------------------------------------------------- pools
_GIVEN = {k: tuple(v.split()) for k, v in {
    "en": "James Emily Oliver Hannah Michael Sarah Liam Grace Daniel Chloe Ethan Megan Robert Abigail",
    "es": "Alejandro María José Lucía Carlos Valentina Javier Camila Diego Ximena Rodrigo Guadalupe",
    "wa": "Chinedu Adaeze Kwame Ama Oluwaseun Folake Kofi Ngozi Yaw Efua Babajide Chiamaka",
    "sa": "Priya Arjun Ananya Rohan Sanjay Lakshmi Vikram Deepika Harpreet Imran Farhana Raghav",
    "ea": "Wei Mei Hiroshi Yuki Min-jun Ji-woo Haruto Xiaoling Thanh Linh Jun Sakura",
    "ee": "Aleksandr Katarzyna Dmitri Olena Tomasz Milena Bogdan Ivana Piotr Anastasia Vladimír Zofia",
    "ar": "Omar Fatima Youssef Layla Khalid Noor Tariq Amira Hassan Rania Karim Yasmin",
    "no": "Sigrid Lars Ingrid Bjørn Astrid Henrik Freja Magnus Solveig Eirik Linnea Anders",
}.items()}
_SUR = {k: tuple(v.split()) for k, v in {
    "en": "Thompson Whitaker O'Connor Brooks Fletcher Harrington Bennett Caldwell McAllister Pruitt Sullivan Hayes",
    "es": "González Ramírez Herrera Castillo Fuentes Morales Vargas Delgado Ibáñez Soto Navarro Quintero",
    "wa": "Okafor Mensah Adeyemi Boateng Nwosu Asante Eze Owusu Adebayo Ogunleye Danso Chukwu",
    "sa": "Sharma Iyer Patel Chatterjee Reddy Nair Singh Qureshi Menon Bhattacharya Kapoor Rahman",
    "ea": "Zhang Tanaka Kim Nguyen Watanabe Park Chen Liu Yamamoto Tran Choi Huang",
    "ee": "Kowalczyk Petrov Novák Shevchenko Wiśniewska Horvat Ivanova Dvořák Popescu Kuznetsov Nowak Kovačević",
    "ar": "Al-Mansouri Haddad Nasser El-Sayed Khoury Farouk Abdullah Saleh Aziz Hamdan Bakr Mahmoud",
    "no": "Johansen Lindqvist Halvorsen Nyström Eriksen Bergström Solberg Andersson Haugen Lund Sørensen Virtanen",
}.items()}
_CULT = tuple(_GIVEN)

_BRANDS = ("Wendy's", "Ben & Jerry's", "Morgan Stanley", "Johnson & Johnson", "Goldman Sachs",
           "Charles Schwab", "Wells Fargo", "Ernst & Young", "Tim Hortons", "McDonald's", "Ralph Lauren",
           "Tommy Hilfiger", "Calvin Klein", "Dr. Martens", "Procter & Gamble", "Merrill Lynch", "Hugo Boss",
           "Jack Daniel's", "Sherwin-Williams", "Trader Joe's", "Dell Technologies", "Estée Lauder",
           "Kellogg's", "Hewlett-Packard", "Paul Mitchell", "Marcus by Goldman Sachs", "Kaiser Permanente",
           "Martha Stewart Living")
_FIRMS = ("Hartwell & Boateng LLP", "Castillo Nakamura PC", "Baker McKenzie", "Clifford Chance",
          "Okafor Lindqvist Legal Aid", "Skadden", "Freshfields", "Wachtell Lipton")
_SCHOOLS = ("Thomas Jefferson High School", "Rosa Parks Elementary", "Cesar Chavez Academy",
            "Roosevelt Middle School", "Ada Lovelace Primary", "Martin Luther King Jr. Academy",
            "Sojourner Truth Middle School", "Nelson Mandela International School")
_HOTELS = ("The Ritz-Carlton", "Hilton Garden Inn", "Marriott Marquis", "Four Seasons", "Kimpton Monaco",
           "Hotel Adlon Kempinski", "Best Western Plus", "Conrad")
_HOSPITALS = ("St. Mary's Medical Center", "Johns Hopkins Hospital", "Cedars-Sinai", "Mayo Clinic",
              "St. Olav's University Hospital", "Mount Sinai Hospital", "Karolinska University Hospital",
              "Aga Khan University Hospital")
_HOSP_DOMAINS = ("stmarys-health.org", "northbaymed.org", "lakeshorehealth.org")
_INSURERS = ("Aetna", "Cigna", "UnitedHealthcare", "Kaiser Permanente", "Blue Cross Blue Shield", "Humana",
             "Anthem", "Bupa", "AXA", "Medicaid")
_BANKS = ("Chase", "Wells Fargo", "Barclays", "Lloyds Bank", "ING", "Rabobank", "Nordea", "Monzo",
          "Charles Schwab", "Ally Bank", "Goldman Sachs")
_BICS = ("BARCGB22", "INGBNL2A", "NDEASESS", "BNPAFRPP", "DEUTDEFF", "COBADEFFXXX", "BBVAESMM", "UNCRITMM",
         "RABONL2U", "DABADKKK", "AIBKIE2D")
_AIRLINES = ("KLM", "Lufthansa", "Emirates", "Delta", "Aer Lingus", "Virgin Atlantic", "Ryanair", "JetBlue",
             "Azul")
_CARRIERS = ("BA", "UA", "LH", "EK", "KL", "DL", "AA", "QR", "SK", "TK", "AC", "NH", "EI", "DY")
_PM_COS = ("Lincoln Property Company", "Greystar", "Morgan Properties", "Cushman & Wakefield",
           "Douglas Elliman", "Keller Williams Realty", "Harbor & Pine Residential")
_PM_DOMAINS = ("harborpine.com", "maplecourt-living.com", "willowsapts.com")
_APPS = ("fitpulse", "pennywise", "tripmate", "quickshelf", "medbuddy", "rentloop")
_LOCS = ("Lagos, Nigeria", "Accra, Ghana", "Pune, India", "Lahore, Pakistan", "Osaka, Japan",
         "Busan, South Korea", "Hanoi, Vietnam", "Guadalajara, Mexico", "Medellín, Colombia",
         "Kraków, Poland", "Brno, Czech Republic", "Kyiv, Ukraine", "Bergen, Norway", "Gothenburg, Sweden",
         "Tampere, Finland", "Amman, Jordan", "Casablanca, Morocco", "Dubai, UAE", "Austin, TX",
         "Sacramento, CA", "Tulsa, OK", "Boise, ID", "Savannah, GA", "Toronto, Canada",
         "Melbourne, Australia", "Cork, Ireland", "Porto, Portugal", "Lyon, France", "Leipzig, Germany",
         "Rotterdam, Netherlands", "Nairobi", "Reykjavik", "Manila", "São Paulo", "Bavaria", "Ontario",
         "Queensland", "Catalonia", "Texas", "Chile")
_COUNTRIES = ("Nigeria", "Ghana", "India", "Pakistan", "Japan", "South Korea", "Vietnam", "Mexico",
              "Colombia", "Poland", "Ukraine", "Norway", "Sweden", "Finland", "Jordan", "Morocco", "Germany",
              "Ireland", "Portugal", "Canada", "Brazil", "Egypt", "Kenya", "Philippines")
_PAST = ("yesterday", "3 days ago", "last night", "earlier today", "last month", "2 hours ago")
_FUT = ("tomorrow", "next week", "in 2 hours", "two weeks from now", "this afternoon", "later today")
_PLACEHOLDERS = ("<YOUR_API_KEY>", "${API_KEY}", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxx", "********",
                 "<redacted>", "your-secret-here", "{{ secrets.API_KEY }}",
                 "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "AKIAIOSFODNN7EXAMPLE",
                 "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-your-token-here", "changeme")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MATTERS = ("personal injury (rear-end collision)", "landlord/tenant dispute", "wrongful termination",
            "workers' compensation claim", "estate planning", "slip-and-fall on commercial premises",
            "immigration (family petition)", "consumer debt defense")
_DX = ("Community-acquired pneumonia", "NSTEMI", "Diabetic ketoacidosis", "Cellulitis of left lower leg",
       "COPD exacerbation", "Acute pyelonephritis", "Hip fracture s/p ORIF")
_MEDS = ("Metoprolol succinate 25 mg once daily", "Apixaban 5 mg twice daily",
         "Furosemide 40 mg every morning", "Amoxicillin-clavulanate 875 mg twice daily x 7 days",
         "Insulin glargine 18 units at bedtime", "Atorvastatin 80 mg nightly",
         "Ondansetron 4 mg every 8 hours as needed")
_COMPLAINTS = ("We waited 7 hours at the gate with no updates.", "My wheelchair assistance never showed up.",
               "The crew was great but the rebooking desk was chaos.",
               "I missed a family wedding because of this delay.",
               "Our stroller came back with a broken wheel.")
_ISSUES = (("Plumbing", "Water leaking under the kitchen sink."), ("HVAC", "Heat not working in bedroom."),
           ("Appliance", "Dishwasher won't drain."), ("Pest control", "Mice in the pantry again."),
           ("Electrical", "Bathroom outlet sparks when used."))
_PWW = ("Marigold", "Sunflower", "Pelican", "Tundra", "Copper", "Nimbus", "Falcon", "Harbor", "Juniper",
        "Orchid", "Quasar", "Lantern")

# --------------------------------------------------------------------------- values
_UP, _LO, _DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
_AN = string.ascii_letters + _DG
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae"})

def _rs(r, n, alpha=_AN): return "".join(r.choice(alpha) for _ in range(n))
def _dg(r, n): return _rs(r, n, _DG)
def _hex(r, n): return _rs(r, n, "0123456789abcdef")
def _uuid(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))

def _ascii(s):
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())

def _code(r, n): return _rs(r, n, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
def _ver(r): return f"v{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}"
def _flight(r): return f"{r.choice(_CARRIERS)}{r.choice(('', ' '))}{r.randint(10, 2999)}"
def _ymd(r): return f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
def _hms(r): return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
def _iso(r): return f"{_ymd(r)}T{_hms(r)}" + r.choice(("Z", f".{_dg(r, 3)}Z", "+00:00", "+05:30", "-07:00"))
def _logts(r): return f"{_ymd(r)} {_hms(r)},{_dg(r, 3)}"

def _name(r):
    c = r.choice(_CULT)
    s = _SUR[c if r.random() < 0.88 else r.choice(_CULT)]
    return r.choice(_GIVEN[c]), r.choice(s)

def _full(r, f, l):
    return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {l}" if r.random() < 0.1 else f"{f} {l}"

_FREEMAIL = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk", "web.de",
             "orange.fr", "yahoo.co.in", "gmx.net", "live.se")

def _email(r, f, l, dom=None):
    f, l = _ascii(f).lower(), _ascii(l).lower()
    local = r.choice((f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f}",
                      f"{f}_{l[:3]}{r.randint(70, 99)}"))
    return f"{local}@{dom or r.choice(_FREEMAIL)}"

_AREA = (212, 213, 206, 303, 305, 312, 404, 412, 415, 503, 512, 602, 614, 617, 646, 702,
         713, 718, 773, 801, 858, 919, 973, 980)

def _us_phone(r, style=None):
    a = r.choice(_AREA)
    ex = r.randint(200, 999)
    while ex % 100 == 11 or ex == 555:
        ex = r.randint(200, 999)
    ln = f"{r.randint(0, 9999):04d}"
    fmts = (f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}",
            f"+1 ({a}) {ex}-{ln}", f"+1-{a}-{ex}-{ln}", f"+1{a}{ex}{ln}")
    return fmts[r.randrange(6) if style is None else style]

_INTL = (
    lambda r: f"+44 20 {r.choice('378')}{_dg(r, 3)} {_dg(r, 4)}",
    lambda r: f"+44 7{r.randint(400, 999)} {_dg(r, 6)}",
    lambda r: f"+33 {r.choice('67')} {_dg(r, 2)} {_dg(r, 2)} {_dg(r, 2)} {_dg(r, 2)}",
    lambda r: f"+49 30 {r.randint(2, 9)}{_dg(r, 7)}",
    lambda r: f"+49 1{r.choice(('51', '52', '60', '70', '76'))} {_dg(r, 8)}",
    lambda r: f"+91 {r.randint(70, 99)}{_dg(r, 3)} {_dg(r, 5)}",
    lambda r: f"+81 3 {r.randint(3, 6)}{_dg(r, 3)} {_dg(r, 4)}",
    lambda r: f"+81 90 {_dg(r, 4)} {_dg(r, 4)}",
    lambda r: f"+234 80{r.choice('3569')} {_dg(r, 3)} {_dg(r, 4)}",
    lambda r: f"+233 {r.choice(('24', '54', '20', '50'))} {_dg(r, 3)} {_dg(r, 4)}",
    lambda r: f"+61 4{_dg(r, 2)} {_dg(r, 3)} {_dg(r, 3)}",
    lambda r: f"+46 7{r.choice('0236')} {_dg(r, 3)} {_dg(r, 2)} {_dg(r, 2)}",
    lambda r: f"+47 {r.choice('49')}{_dg(r, 2)} {_dg(r, 2)} {_dg(r, 3)}",
    lambda r: f"+971 5{r.choice('02568')} {_dg(r, 3)} {_dg(r, 4)}",
    lambda r: f"+34 6{_dg(r, 2)} {_dg(r, 3)} {_dg(r, 3)}",
    lambda r: f"+52 55 {_dg(r, 4)} {_dg(r, 4)}",
    lambda r: f"+48 5{_dg(r, 2)} {_dg(r, 3)} {_dg(r, 3)}",
    lambda r: f"+353 8{r.choice('3567')} {_dg(r, 3)} {_dg(r, 4)}",
    lambda r: f"+55 11 9{_dg(r, 4)} {_dg(r, 4)}",
    lambda r: f"+82 10 {_dg(r, 4)} {_dg(r, 4)}",
    lambda r: f"+92 3{_dg(r, 2)} {_dg(r, 7)}",
    lambda r: f"+20 1{r.choice('0125')} {_dg(r, 4)} {_dg(r, 4)}",
)

def _phone(r, intl=0.3): return r.choice(_INTL)(r) if r.random() < intl else _us_phone(r)

def _ssn(r):
    a = r.choice([x for x in range(1, 900) if x != 666])
    k = r.random()
    sep = "-" if k < 0.85 else (" " if k < 0.95 else "")
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"

def _bad_ssn(r):
    a = r.choice(("000", "666", str(r.randint(900, 999))))
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

def _luhn(body):
    digits = [int(c) * (2 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body))]
    return str(-sum(d - 9 if d > 9 else d for d in digits) % 10)

def _card_digits(r):
    """Luhn-valid Visa (16), Mastercard 51-55/2221-2720 (16), Amex (15) or Discover (16)."""
    k = r.randrange(6)
    p = ("4", "4", str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720)),
         r.choice(("34", "37")), "6011", "65")[k]
    body = p + _dg(r, (14 if k == 3 else 15) - len(p))
    return body + _luhn(body)

def _fmt_card(r, d):
    sep = r.choice((" ", " ", "-", ""))
    groups = [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)

def _card(r): return _fmt_card(r, _card_digits(r))

def _bad_card(r):
    d = _card_digits(r)
    return _fmt_card(r, d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10))

_IBAN_SPEC = {
    "GB": (("b", 4), ("n", 14)), "IE": (("b", 4), ("n", 14)), "NL": (("b", 4), ("n", 10)),
    "FR": (("n", 23),), "ES": (("n", 20),), "IT": (("a", 1), ("n", 22)), "BE": (("n", 12),),
    "AT": (("n", 16),), "CH": (("n", 17),), "SE": (("n", 20),), "NO": (("n", 11),),
    "DK": (("n", 14),), "PT": (("n", 21),), "DE": (("n", 18),), "PL": (("n", 24),),
}
_IBAN_BANK = {"GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL"), "IE": ("AIBK", "BOFI", "IPBS"),
              "NL": ("ABNA", "INGB", "RABO", "TRIO", "KNAB")}

def _iban_parts(r, cc=None):
    cc = cc or r.choice(tuple(_IBAN_SPEC))
    bban = "".join(r.choice(_IBAN_BANK[cc]) if k == "b" else _rs(r, n, _UP) if k == "a"
                   else _dg(r, n) for k, n in _IBAN_SPEC[cc])
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    return cc, chk, bban

def _grp(s): return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def _iban(r, grouped=None):
    cc, chk, bban = _iban_parts(r)
    s = f"{cc}{chk:02d}{bban}"
    return _grp(s) if (r.random() < 0.5 if grouped is None else grouped) else s

def _bad_iban(r):
    cc, chk, bban = _iban_parts(r)
    bad = r.choice([x for x in range(2, 99) if x != chk])
    s = f"{cc}{bad:02d}{bban}"
    return _grp(s) if r.random() < 0.5 else s

def _ipv4(r):
    k, o = r.random(), r.randint
    pub = (23, 31, 34, 45, 52, 62, 66, 73, 81, 89, 98, 103, 109, 141, 151, 176, 185, 196, 203, 212)
    head = (f"10.{o(0, 255)}" if k < 0.2 else "192.168" if k < 0.35 else f"172.{o(16, 31)}" if k < 0.42
            else f"{r.choice(pub)}.{o(0, 255)}")
    return f"{head}.{o(0, 255)}.{o(1, 254)}"

def _ipv6(r):
    pre = r.choice(("2001:db8", "2a02:c7f", "2600:1700", "2a01:4f8", "2409:4042", "2c0f:f248"))
    g = [f"{r.randint(0, 0xffff):x}" for _ in range(6)]
    return f"{pre}:{g[0]}:{g[1]}::{g[5]}" if r.random() < 0.5 else f"{pre}:" + ":".join(g)

def _ip(r): return _ipv6(r) if r.random() < 0.2 else _ipv4(r)

def _clock(r):
    h, mm, k = r.randint(6, 21), r.choice((0, 0, 15, 30, 45, 10, 20, 50)), r.randrange(4)
    h12, ap = (h - 1) % 12 + 1, ("AM" if h < 12 else "PM")
    if k == 3 and not mm:
        return f"{h12} {ap}"
    return (f"{h:02d}:{mm:02d}", f"{h12}:{mm:02d} {ap}", f"{h12}:{mm:02d}{ap.lower()}", f"{h12}:{mm:02d} {ap}")[k]

def _when(r, time=None):
    """Human-written event date, optionally with a time (DATE_TIME)."""
    y, m, d = r.choice((2024, 2025, 2025, 2026)), r.randint(1, 12), r.randint(1, 28)
    wd, M = _dt.date(y, m, d).strftime("%A"), _MONTHS[m - 1]
    if time is None:
        time = r.random() < 0.5
    if not time:
        return r.choice((f"{M} {d}, {y}", f"{d} {M} {y}", f"{m:02d}/{d:02d}/{y}",
                         f"{wd}, {M} {d}", f"{M[:3]} {d}, {y}", f"{d:02d}.{m:02d}.{y}"))
    t = _clock(r)
    return r.choice((f"{M} {d}, {y} at {t}", f"{wd}, {M} {d} at {t}", f"{wd} {d} {M[:3]} {y}, {t}",
                     f"{m:02d}/{d:02d}/{y} {t}", f"{M[:3]} {d}, {t}", f"{d} {M} {y}, {t}"))

def _dob(r, lo=1942, hi=2006, style=None):
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    M = _MONTHS[m - 1]
    fmts = {"us": f"{m:02d}/{d:02d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}", "long": f"{M} {d}, {y}",
            "dmy": f"{d} {M} {y}", "dot": f"{d:02d}.{m:02d}.{y}", "eu": f"{d:02d}/{m:02d}/{y}",
            "mon": f"{d} {M[:3]} {y}"}
    return fmts[style or r.choice(tuple(fmts))]

_US_CITIES = (("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
              ("Raleigh", "NC", "276"), ("Denver", "CO", "802"), ("Tampa", "FL", "336"),
              ("Sacramento", "CA", "958"), ("Brooklyn", "NY", "112"), ("Evanston", "IL", "602"),
              ("Tucson", "AZ", "857"), ("Minneapolis", "MN", "554"), ("Richmond", "VA", "232"))
_US_STREETS = ("Maple Ave", "Oak Street", "Cedar Ln", "Riverside Dr", "Elm St", "Willow Way", "Sunset Blvd",
               "Park Pl", "Lakeview Ter", "Magnolia Ct", "Highland Ave", "Church St")

def _addr(r, two=False, kind=None):
    """A full street address; ``two=True`` prints it as a two-line block."""
    k = kind or r.choice(("us", "us", "us", "uk", "de", "fr", "ca", "au", "in", "ng", "jp", "es"))
    n, c = r.randint(1, 240), r.choice
    if k == "us":
        city, st, z = c(_US_CITIES)
        unit = c(("", "", f", Apt {r.randint(1, 30)}{c('ABCD')}", f" #{r.randint(100, 999)}", f", Unit {r.randint(1, 40)}"))
        l1, l2 = f"{r.randint(12, 9899)} {c(_US_STREETS)}{unit}", f"{city}, {st} {z}{_dg(r, 2)}"
    elif k == "uk":
        city, pc = c((("London", "SE15"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS8"),
                      ("Edinburgh", "EH3"), ("Cardiff", "CF24")))
        l1 = f"{n} {c(('Harcourt Road', 'Victoria Street', 'Mill Lane', 'Albert Terrace'))}"
        l2 = f"{city} {pc} {r.randint(1, 9)}{_rs(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    elif k == "de":
        city, p = c((("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04")))
        l1, l2 = f"{c(('Lindenstraße', 'Goethestraße', 'Bahnhofstraße', 'Schillerweg'))} {n}", f"{p}{_dg(r, 3)} {city}"
    elif k == "fr":
        city, p = c((("Paris", "750"), ("Lyon", "6900"), ("Marseille", "1300"), ("Toulouse", "3100")))
        l1 = f"{n} {c(('rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République'))}"
        l2 = f"{p}{_dg(r, 5 - len(p))} {city}"
    elif k == "ca":
        street, city, prov, fsa = c((("Queen St W", "Toronto", "ON", "M"), ("Robson St", "Vancouver", "BC", "V"),
                                     ("Rue Sainte-Catherine O", "Montréal", "QC", "H")))
        l1 = f"{r.randint(10, 2400)} {street}"
        l2 = f"{city}, {prov} {fsa}{r.randint(1, 9)}{c(_UP)} {r.randint(1, 9)}{c(_UP)}{r.randint(0, 9)}"
    elif k == "au":
        sub, st, pc = c((("Surry Hills", "NSW", "2010"), ("Fitzroy", "VIC", "3065"), ("West End", "QLD", "4101")))
        l1, l2 = f"{n} {c(('George St', 'Brunswick St', 'Boundary Rd'))}", f"{sub} {st} {pc}"
    elif k == "in":
        area, city, pin = c((("Andheri West", "Mumbai", "4000"), ("Koramangala", "Bengaluru", "5600"),
                             ("Baner", "Pune", "4110")))
        l1 = f"Flat {r.randint(101, 1204)}, {c(('Sai Residency', 'Green Park Apartments', 'Lotus Towers'))}"
        l2 = f"{area}, {city} {pin}{_dg(r, 2)}"
    elif k == "ng":
        l1 = f"{n} {c(('Adeola Odeku Street', 'Awolowo Road', 'Admiralty Way'))}"
        l2 = f"{c(('Victoria Island', 'Ikoyi', 'Lekki Phase 1'))}, Lagos"
    elif k == "jp":
        area, ward = c((("Jingumae", "Shibuya-ku"), ("Ebisu", "Shibuya-ku"), ("Nishi-Shinjuku", "Shinjuku-ku")))
        l1 = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {area}"
        l2 = f"{ward}, Tokyo {r.randint(150, 169)}-{_dg(r, 4)}"
    else:
        l1, l2 = f"Calle de {c(('Alcalá', 'Serrano', 'Toledo'))} {n}, {r.randint(1, 8)}º", f"280{_dg(r, 2)} Madrid"
    return l1 + ("\n" if two else ", ") + l2

def _mbi(r):
    a = "ACDEFGHJKMNPQRTUVWXY"
    s = (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(a + _DG)}{r.choice(_DG)}{r.choice(a)}"
         f"{r.choice(a + _DG)}{r.choice(_DG)}{r.choice(a)}{r.choice(a)}{_dg(r, 2)}")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s

def _hpn(r):
    k = r.randrange(5)
    return (f"{_rs(r, 3, _UP)}{_dg(r, 9)}", f"W{_dg(r, 9)}", f"{_dg(r, 9)}{r.choice(_UP)}",
            _mbi(r) if k == 3 else "", f"{_rs(r, 3, _UP)}{_dg(r, 8)}-{_dg(r, 2)}")[k]

def _mrn(r):
    return r.choice((_dg(r, 8), f"MR{_dg(r, 7)}", f"E{_dg(r, 9)}", f"{_dg(r, 2)}-{_dg(r, 6)}",
                     f"{_rs(r, 2, _UP)}{_dg(r, 6)}"))

def _acct(r):
    return r.choice((_dg(r, r.choice((8, 10, 11, 12))), f"{_dg(r, 4)}-{_dg(r, 4)}-{_dg(r, 4)}",
                     f"{_dg(r, 3)}-{_dg(r, 6)}-{_dg(r, 1)}", f"{_dg(r, 2)}-{_dg(r, 7)}"))

def _uk_dl(r):
    sur = (_ascii(r.choice(_SUR["en"])).upper() + "99999")[:5]
    yy, mm, dd = r.randint(50, 99), r.randint(1, 12) + r.choice((0, 50)), r.randint(1, 28)
    return f"{sur}{yy // 10}{mm:02d}{dd:02d}{yy % 10}{_rs(r, 2, _UP)}9{_rs(r, 2, _UP + _DG)}"

_DLS = (
    ("California", lambda r: r.choice(_UP) + _dg(r, 7)),
    ("New York", lambda r: f"{_dg(r, 3)} {_dg(r, 3)} {_dg(r, 3)}"),
    ("Texas", lambda r: _dg(r, 8)),
    ("Florida", lambda r: f"{r.choice(_UP)}{_dg(r, 3)}-{_dg(r, 3)}-{_dg(r, 2)}-{_dg(r, 3)}-{_dg(r, 1)}"),
    ("Illinois", lambda r: f"{r.choice(_UP)}{_dg(r, 3)}-{_dg(r, 4)}-{_dg(r, 4)}"),
    ("Washington", lambda r: "WDL" + _rs(r, 9, _UP + _DG)),
    ("Pennsylvania", lambda r: _dg(r, 8)),
    ("Ontario", lambda r: f"{r.choice(_UP)}{_dg(r, 4)}-{_dg(r, 5)}-{_dg(r, 5)}"),
    ("United Kingdom", _uk_dl),
)

def _dl(r, us=False):
    region, fn = r.choice(_DLS[:7] if us else _DLS)
    return region, fn(r)

def _dl_parts(r, us=False):
    region, number = _dl(r, us)
    return [(number, DL), " (", (region, LOC), ")"]

# ---- secrets
def _aws_id(r): return r.choice(("AKIA", "AKIA", "ASIA")) + _rs(r, 16, _UP + "234567")
def _aws_secret(r): return _rs(r, 40, _AN + "/+")

def _gh(r):
    if r.random() < 0.2:
        return f"github_pat_{_rs(r, 22)}_{_rs(r, 59)}"
    return r.choice(("ghp_", "ghp_", "gho_", "ghs_")) + _rs(r, 36)

def _slack(r):
    if r.random() < 0.6:
        return f"xoxb-{r.randint(1, 9)}{_dg(r, 11)}-{r.randint(1, 9)}{_dg(r, 12)}-{_rs(r, 24)}"
    return f"xoxp-{r.randint(1, 9)}{_dg(r, 11)}-{r.randint(1, 9)}{_dg(r, 11)}-{r.randint(1, 9)}{_dg(r, 12)}-{_hex(r, 32)}"

def _stripe(r):
    pre = r.choice(("sk_live_", "sk_live_", "rk_live_", "sk_test_"))
    return pre + ("51" + _rs(r, r.choice((22, 97))) if r.random() < 0.6 else _rs(r, 24))

def _b64u(bs): return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()

def _jwt(r):
    alg = r.choice(("HS256", "HS256", "RS256", "ES256", "HS512"))
    hdr = {"alg": alg, "typ": "JWT"}
    if alg[0] != "H" and r.random() < 0.5:
        hdr["kid"] = _hex(r, 16)
    now = r.randint(1700000000, 1760000000)
    pl = {"sub": _uuid(r) if r.random() < 0.5 else str(r.randint(10000, 9999999)),
          "iat": now, "exp": now + r.choice((900, 3600, 86400))}
    if r.random() < 0.5:
        pl["scope"] = r.choice(("read:profile", "payments:write", "bookings", "kyc:submit"))
    enc = lambda o: _b64u(json.dumps(o, separators=(",", ":")).encode())  # noqa: E731
    sig = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
    return f"{enc(hdr)}.{enc(pl)}.{_b64u(r.randbytes(sig))}"

_PEM_KINDS = (
    ("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100"), 1192, 64),
    ("PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"), 1217, 64),
    ("EC PRIVATE KEY", bytes.fromhex("30770201010420"), 121, 64),
    ("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none", 400, 70),
)

def _pem(r, kind=None):
    label, prefix, n, width = _PEM_KINDS[r.randrange(4) if kind is None else kind]
    body = base64.b64encode(prefix + r.randbytes(n - len(prefix))).decode()
    lines = "\n".join(body[i:i + width] for i in range(0, len(body), width))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"

def _pubkey(r):
    pre = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
    body = base64.b64encode(pre + r.randbytes(262)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN PUBLIC KEY-----\n{lines}\n-----END PUBLIC KEY-----"

def _password(r, url_safe=False):
    k, w = (2 if url_safe else r.randrange(4)), r.choice(_PWW)
    if k == 1:
        cs = list(_rs(r, 3, _UP) + _rs(r, 3, _LO) + _dg(r, 2) + r.choice("!@#$%^&*")
                  + _rs(r, r.randint(3, 7), _AN + "!@#$%^&*-_=+"))
        r.shuffle(cs)
        return "".join(cs)
    if k == 2:
        return f"{w.lower()}-{r.choice(_PWW)}-{r.randint(10, 99)}{r.choice('!~')}"
    return (f"{w}{r.choice('!#$%&*@?')}{r.randint(10, 9999)}" if k == 0
            else f"{w.translate(str.maketrans('aeio', '4310'))}{r.choice('!#&*')}{r.randint(1, 99)}")

def _gsecret(r):
    k = r.randrange(4)
    return (_hex(r, r.choice((32, 40, 64))) if k == 0 else _rs(r, r.choice((32, 40, 48))) if k == 1
            else base64.b64encode(r.randbytes(r.choice((24, 32, 33)))).decode() if k == 2
            else f"{r.choice(('key', 'live', 'prod'))}_{_rs(r, 32)}")

# ---- hard negatives (sentences that must contain no entity)
_HN = (
    lambda r: f"Ticket #{_dg(r, 6)} was reopened {r.choice(_PAST)}.",
    lambda r: f"Invoice INV-{r.randint(2023, 2026)}-{_dg(r, 5)} totals ${r.randint(20, 9000):,}.{_dg(r, 2)}.",
    lambda r: f"Booking reference {_code(r, 6)} is still on hold.",
    lambda r: f"Request {_uuid(r)} returned HTTP {r.choice((200, 204, 302, 404, 409, 429, 500, 503))}.",
    lambda r: f"Build {_ver(r)} shipped from commit {_hex(r, 40)}.",
    lambda r: f"Card {_bad_card(r)} failed validation and was not stored.",
    lambda r: f"Legacy ID {_bad_ssn(r)} matched no record.",
    lambda r: f"Processing fee is {r.randint(1, 4)}.{r.randint(0, 9)}% per transaction.",
    lambda r: f"Last sync {r.choice(_PAST)} (epoch {r.randint(1700000000, 1760000000)}).",
    lambda r: f"Record updated {_iso(r)}.",
    lambda r: f"Flight {_flight(r)} is boarding at gate {r.choice('ABCDE')}{r.randint(1, 60)}.",
    lambda r: f"Room {r.randint(101, 2240)} is flagged for housekeeping.",
    lambda r: f"Partner offer from {r.choice(_BRANDS)} goes live {r.choice(_FUT)}.",
    lambda r: (f"Config: timeout={r.choice((15, 30, 60))}, retries={r.randint(1, 5)}, "
               f"log_level={r.choice(('info', 'debug', 'warn'))}."),
    lambda r: f"api_key={r.choice(_PLACEHOLDERS)}",
    lambda r: f"Case no. {r.randint(1, 4)}:{r.randint(21, 25)}-cv-{_dg(r, 5)} is unrelated.",
    lambda r: f"Order {r.randint(100, 999)}-{_dg(r, 7)}-{_dg(r, 7)} ships in {r.randint(2, 9)} days.",
    lambda r: f"Confirmation number {_dg(r, 10)} was sent {r.choice(_PAST)}.",
    lambda r: f"IBAN {_bad_iban(r)} was rejected by the payment rail.",
    lambda r: f"Device {_uuid(r).upper()} reported battery at {r.randint(3, 99)}%.",
)

def _hn(r): return r.choice(_HN)(r)

# --------------------------------------------------------------------------- templates
_POS: dict[str, list] = {d: [] for d in DOMAINS}
_NEG: dict[str, list] = {d: [] for d in DOMAINS}
_NEG_SHARED: list = []  # negatives usable in every domain (picked for ~35% of negative docs)

def _tpl(domain, neg=False):
    def deco(fn):
        (_NEG_SHARED if domain == "*" else (_NEG if neg else _POS)[domain]).append(fn)
        return fn
    return deco

# ---- legal_intake
@_tpl("legal_intake")
def _legal_form(r, b):
    (f, l), (of, ol) = _name(r), _name(r)
    b(f"NEW CLIENT INTAKE — {r.choice(_FIRMS)}\n", "Intake date: ", (_when(r), DT), "\n", "-" * 36, "\n")
    _kv(b, r, [
        ("Client name", (_full(r, f, l), PER)), ("?Date of birth", (_dob(r), DOB)),
        ("?SSN", (_ssn(r), SSN)), ("Phone", (_phone(r, 0.15), PHN)),
        ("?Email", (_email(r, f, l), EML)), ("Home address", (_addr(r, kind="us"), ADR)),
        ("Matter type", r.choice(_MATTERS)), ("?Opposing party", (f"{of} {ol}", PER)),
        ("?Incident location", (r.choice(_LOCS), LOC)), ("?Incident date", (_when(r, False), DT)),
        ("Referred by", r.choice(_FIRMS + _BRANDS)),
    ], sep=r.choice((": ", ":\t", " — ")))
    b("Notes: ", _hn(r), "\n")

@_tpl("legal_intake")
def _legal_email(r, b):
    (af, al), (sf, sl) = _name(r), _name(r)
    cf, cl = _name(r)
    dom = r.choice(("hartwellboateng.com", "castillo-nakamura.law", "okaforlegal.org"))
    b("From: ", (_email(r, sf, sl, dom), EML), "\nTo: ", (_email(r, af, al, dom), EML),
      "\nSubject: Intake – ", (cl, PER), f", {r.choice(_MATTERS)}\n\n", "Hi ", (af, PER), ",\n\n")
    b("I spoke with ", (_full(r, cf, cl), PER), f" {r.choice(('this morning', 'earlier today', 'yesterday afternoon'))}. ")
    b(r.choice(("They can be reached at ", "Best number is ", "Callback: ")), (_phone(r), PHN),
      " or by email at ", (_email(r, cf, cl), EML), ". The incident happened in ", (r.choice(_LOCS), LOC),
      " on ", (_when(r, False), DT), ".\n\n")
    if r.random() < 0.6:
        b((cf, PER), f" says {r.choice(_BRANDS)} withheld the final paycheck; direct deposit normally goes to "
          f"{r.choice(_BANKS)} account no. ", (_acct(r), ACCT), ".\n")
    b("Deposition of ", (_full(r, *_name(r)), PER), " is tentatively set for ", (_when(r, True), DT),
      " at our office, ", (_addr(r), ADR), ".\n")
    b(f"Docket no. {r.randint(20, 25)}-CV-{_dg(r, 5)} — please calendar. {_hn(r)}\n\nThanks,\n", (sf, PER), "\n")

@_tpl("legal_intake")
def _legal_prompt(r, b):
    f, l = _name(r)
    region, dln = _dl(r)
    b(r.choice(("You are a legal intake assistant. ", "System: you summarize intake calls for attorneys.\n",
                 "### Instruction\n")))
    b("Summarize the notes below into a one-paragraph conflicts memo. Do not repeat the SSN or licence "
      "number in the output.\n\nNOTES:\n")
    b("Caller: ", (_full(r, f, l), PER), " (DOB ", (_dob(r), DOB), "), driver's license ", (dln, DL),
      " issued in ", (region, LOC), ".\n")
    b(f"Health insurance: {r.choice(_INSURERS)}, member ID ", (_hpn(r), HPN), f" (group {_dg(r, 5)}).\n")
    b("Injured at work in ", (r.choice(_LOCS), LOC), "; treating physician is Dr. ", (_name(r)[1], PER), ".\n")
    b("Other driver: ", (_full(r, *_name(r)), PER),
      f", insured by {r.choice(('Liberty Mutual', 'Progressive', 'State Farm', 'Allstate'))}. "
      f"Police report #{_dg(r, 7)}.\n")
    b("Wants a callback at ", (_phone(r), PHN), " after ", (_clock(r), DT), f". {_hn(r)}\n")
    b("\n### Response\n" if r.random() < 0.5 else "\nMemo:\n")

@_tpl("legal_intake")
def _legal_chat(r, b):
    (f, l), gf = _name(r), _name(r)[0]
    h, m = r.randint(8, 17), r.randint(0, 49)
    ts = lambda k: f"[{h:02d}:{m + k:02d}] "  # noqa: E731
    ag = lambda k: b(ts(k), "Intake (", (gf, PER), "): ")  # noqa: E731
    b(ts(0), "PortalBot: Welcome back. Please confirm your identity to continue.\n")
    b(ts(1), (f, PER), ": hi its ", (_full(r, f, l), PER), ", dob ", (_dob(r), DOB), "\n")
    ag(1), b("Thanks ", (f, PER), "! What's the best number to reach you?\n")
    b(ts(2), (f, PER), ": ", (_phone(r), PHN), r.choice((" or email ", ". email is ", " / ")), (_email(r, f, l), EML), "\n")
    ag(4), b("Got it. What's the address of the property where it happened?\n")
    b(ts(5), (f, PER), ": ", (_addr(r), ADR), "\n")
    ag(7), b("You're booked for a consult on ", (_when(r, True), DT), " with ",
             r.choice(("attorney ", "Ms. ", "Mr. ", "")), (_full(r, *_name(r)), PER), ".\n")
    b(ts(8), (f, PER), f": ok. the other firm gave me case no. {_dg(r, 2)}-{_dg(r, 6)} if that helps. "
      f"{r.choice(('thx', 'thanks!!', 'ty'))}\n")

@_tpl("legal_intake")
def _legal_csv(r, b):
    b("party_id,name,role,dob,phone,location\n")
    for _ in range(r.randint(3, 6)):
        pid = f"P-{_dg(r, 5)}"
        if r.random() < 0.2:
            _csv(b, [pid, r.choice(_BRANDS + _FIRMS), "Employer", "", "", (r.choice(_LOCS), LOC)])
            continue
        f, l = _name(r)
        _csv(b, [pid, (f"{l}, {f}" if r.random() < 0.5 else f"{f} {l}", PER),
                 r.choice(("Client", "Adverse party", "Witness", "Witness", "Co-defendant", "Guardian")),
                 (_dob(r), DOB) if r.random() < 0.7 else "", (_phone(r), PHN) if r.random() < 0.8 else "",
                 (r.choice(_LOCS), LOC)])

@_tpl("legal_intake")
def _legal_md(r, b):
    b(f"### Witness list — {r.choice(_MATTERS)}\n\n| # | Witness | Contact | Relationship | Available |\n"
      "|---|---|---|---|---|\n")
    for i in range(r.randint(2, 5)):
        f, l = _name(r)
        _md(b, [str(i + 1), (_full(r, f, l), PER),
                (_phone(r), PHN) if r.random() < 0.5 else (_email(r, f, l), EML),
                r.choice(("neighbor", "coworker", "bystander", "EMT on scene", "store manager")),
                (_when(r), DT) if r.random() < 0.7 else r.choice(("TBD", "weekends only", "n/a"))])
    b("\n", _hn(r), "\n")

@_tpl("legal_intake", neg=True)
def _legal_neg(r, b):
    b(f"BILLING EXPORT {_iso(r)}\nmatter_no,client_ref,phase,hours,rate,amount,status\n")
    for _ in range(r.randint(3, 6)):
        hrs, rate = round(r.uniform(0.2, 14), 1), r.choice((185, 250, 325, 450, 610))
        b(f"{r.randint(2019, 2025)}-{_dg(r, 4)},C{_dg(r, 6)},"
          f"{r.choice(('L110 Fact Investigation', 'L120 Analysis', 'L210 Pleadings', 'L330 Depositions'))},"
          f"{hrs},{rate},{hrs * rate:.2f},{r.choice(('WIP', 'BILLED', 'WRITE-OFF'))}\n")
    b(f"# Opposing counsel: {r.choice(_FIRMS)}; co-counsel: {r.choice(_FIRMS)}\n# {_hn(r)}\n# {_hn(r)}\n")

@_tpl("legal_intake", neg=True)
def _legal_neg2(r, b):
    b(f"Re: Docket {r.randint(1, 4)}:{r.randint(21, 25)}-cv-{_dg(r, 5)} — status\n\n")
    b(f"Per Fed. R. Civ. P. 26(f), the parties must confer {r.choice(_FUT)}. The sanctions motion "
      f"(ECF No. {r.randint(12, 240)}) remains pending; the fee request is ${r.randint(2, 90)},{_dg(r, 3)}.00, "
      f"roughly {r.randint(5, 40)}% above the lodestar. Co-counsel at {r.choice(_FIRMS)} concurs.\n")
    b(f"Exhibit hash (SHA-256): {_hex(r, 64)}\nCase management system {_ver(r)}. {_hn(r)}\n")

# ---- school_admin
_SCHOOL_DOMAINS = ("lakewoodschools.org", "springfieldpublicschools.net", "district196.org")

@_tpl("school_admin")
def _school_enroll(r, b):
    f, l = _name(r)
    gf, gl = _name(r) if r.random() < 0.4 else (_name(r)[0], l)
    b(f"STUDENT ENROLLMENT FORM — {r.choice(_SCHOOLS)}\n\n")
    _kv(b, r, [
        ("Student last name", (l, PER)), ("Student first name", (f, PER)),
        ("Date of birth", (_dob(r, 2008, 2019), DOB)), ("Grade entering", str(r.randint(1, 12))),
        ("?Previous school", r.choice(_SCHOOLS)), ("Parent/guardian", (_full(r, gf, gl), PER)),
        ("Relationship", r.choice(("Mother", "Father", "Grandmother", "Legal guardian", "Aunt"))),
        ("Guardian cell", (_phone(r, 0.1), PHN)), ("?Guardian email", (_email(r, gf, gl), EML)),
        ("?Student health insurance member ID", (_hpn(r), HPN)),
    ])
    b("Home address:\n", (_addr(r, two=True, kind="us"), ADR), "\n")
    b(f"Student ID: S{_dg(r, 7)} (assigned by district)\nSubmitted: {_iso(r)}\n")

@_tpl("school_admin")
def _school_email(r, b):
    sf, gl = _name(r)[0], _name(r)[1]
    tf, tl = _name(r)
    b("Subject: Parent–teacher conference for ", (sf, PER), "\n\n",
      f"Dear {r.choice(('Mr.', 'Ms.', 'Mrs.', 'Dr.'))} ", (gl, PER), ",\n\n")
    b("We would like to meet with you about ", (sf, PER),
      f"'s progress in {r.choice(('Algebra I', 'Biology', 'English 9', 'World History', 'Grade 4 reading'))}. ")
    b(f"{r.choice(('Ms.', 'Mr.', 'Coach', 'Dr.'))} ", (tl, PER), " has reserved ", (_when(r, True), DT),
      f" in Room {r.randint(100, 320)}. ")
    b("If that doesn't work, please call the front office at ", (_us_phone(r), PHN), " or reply to ",
      (_email(r, tf, tl, r.choice(_SCHOOL_DOMAINS)), EML), ".\n\n")
    b("Sincerely,\n", (_full(r, *_name(r)), PER), f"\nAssistant Principal, {r.choice(_SCHOOLS)}\n")
    if r.random() < 0.5:
        b(f"\n{_hn(r)}\n")

@_tpl("school_admin")
def _school_csv(r, b):
    b("student_id,first_name,last_name,dob,grade,guardian_name,guardian_phone,guardian_email\n")
    for _ in range(r.randint(3, 6)):
        (f, l), gf = _name(r), _name(r)[0]
        _csv(b, [f"S{_dg(r, 7)}", (f, PER), (l, PER), (_dob(r, 2008, 2019), DOB), str(r.randint(1, 12)),
                 (f"{gf} {l}", PER), (_phone(r, 0.1), PHN),
                 (_email(r, gf, l), EML) if r.random() < 0.8 else ""])

@_tpl("school_admin")
def _school_it(r, b):
    tf, af = _name(r)[0], _name(r)[0]
    gf, gl = _name(r)
    h, m = r.randint(7, 16), r.randint(0, 50)
    ts = lambda k: f"[{h:02d}:{m + k:02d}] "  # noqa: E731
    b("#it-helpdesk\n", ts(0), (tf, PER), ": reset the parent portal account for ", (_full(r, gf, gl), PER),
      " (", (_email(r, gf, gl), EML), "). temp password: ", (_password(r), PWD), "\n")
    b(ts(2), (af, PER), ": thx. also the SIS roster sync keeps failing from ", (_ipv4(r), IP),
      f", {r.choice(('HTTP 401', 'HTTP 403', 'status 500'))} every run\n")
    b(ts(3), (tf, PER), ": vendor rotated creds. new api_key = ", (_gsecret(r), SEC),
      " (moving it to the vault after lunch)\n")
    if r.random() < 0.5:
        b(ts(5), (tf, PER), ": and the attendance bot token is ", (_slack(r), SLK), "\n")
    b(ts(6), (af, PER), f": 👍 closing ticket #{_dg(r, 6)}\n")

@_tpl("school_admin")
def _school_json(r, b):
    kids = []
    for _ in range(r.randint(2, 4)):
        f, l = _name(r)
        kids.append([("name", (f"{f} {l}", PER)), ("dob", (_dob(r, 2009, 2017), DOB)),
                     ("allergies", r.choice(("none", "peanuts", "penicillin", "bee stings"))),
                     ("emergency_contact", (_phone(r, 0.1), PHN)),
                     ("insurance_member_id", (_hpn(r), HPN)) if r.random() < 0.6 else None])
    _jobj(b, [("trip", r.choice(("Science Museum", "State Capitol tour", "Aquarium", "Botanical Garden"))),
              ("departs", (_when(r, True), DT)), ("bus_vendor", r.choice(("First Student", "Zum Services"))),
              ("chaperone", (_full(r, *_name(r)), PER)), ("students", kids), ("record_version", r.randint(1, 9))])
    b("\n")

@_tpl("school_admin")
def _school_log(r, b):
    for _ in range(r.randint(3, 6)):
        k = r.randrange(4)
        b(_logts(r), " ")
        if k == 0:
            b(f"INFO attendance.kiosk badge={_dg(r, 4)} student=\"", (_full(r, *_name(r)), PER),
              f"\" status={r.choice(('TARDY', 'ABSENT', 'EARLY_DISMISSAL'))} src=", (_ipv4(r), IP), "\n")
        elif k == 1:
            b("WARN notify.sms to=", (_us_phone(r, 6), PHN), f" template=tardy_notice attempt={r.randint(1, 3)}\n")
        elif k == 2:
            b("INFO notify.email to=", (_email(r, *_name(r)), EML), " result=250 OK\n")
        else:
            b(f"DEBUG sis.sync batch={_uuid(r)} rows={r.randint(10, 900)} took={r.randint(80, 4000)}ms\n")
    b(_logts(r), " INFO ", _hn(r), "\n")

@_tpl("school_admin", neg=True)
def _school_neg(r, b):
    sponsor = r.choice(("Barnes & Noble", "Scholastic", "Ben & Jerry's", "Trader Joe's"))
    b(f"Weekly bulletin — {r.choice(_SCHOOLS)}\n\n")
    b(f"- Attendance this week: {r.uniform(88, 99):.1f}% (target 95%).\n")
    b(f"- Lunch price rises to ${r.choice(('3.25', '3.50', '3.75'))}; reduced-price stays at $0.40.\n")
    b(f"- Gradebook upgraded to {_ver(r)}; staff meeting moved to {r.choice(_FUT)} in Room {r.randint(100, 330)}.\n")
    b(f"- Book fair sponsored by {sponsor}; {r.randint(40, 90)}% of proceeds go to the library.\n- {_hn(r)}\n")

# ---- hotel_frontdesk
@_tpl("hotel_frontdesk")
def _hotel_res(r, b):
    f, l = _name(r)
    b(f"{r.choice(_HOTELS)} — RESERVATION  Conf# {_code(r, 8)}  "
      f"Status: {r.choice(('GUARANTEED', 'DEPOSIT PAID', 'DUE IN'))}\n")
    _kv(b, r, [
        ("Guest", (f"{l}, {f}", PER)), ("Arrival", (_when(r, False), DT)),
        ("Departure", (_when(r, False), DT)),
        ("Room", f"{r.randint(2, 22)}{r.randint(1, 40):02d} ({r.choice(('King Deluxe', 'Double Queen', 'Junior Suite'))})"),
        ("Rate", f"${r.randint(129, 689)}.00/night"), ("Phone", (_phone(r), PHN)),
        ("?Email", (_email(r, f, l), EML)), ("Card on file", (_card(r), CC)),
        ("?Billing address", (_addr(r), ADR)), ("?ID on file", ["driver's license ", *_dl_parts(r)]),
        ("Loyalty", r.choice(("Hilton Honors Gold", "Marriott Bonvoy Platinum", "none", "IHG One Rewards"))),
    ], sep=r.choice((": ", ":\t", " .... ")))
    b("Remarks: ", r.choice(("Early check-in requested. ", "Allergic to feathers. ", "Anniversary amenity. ")),
      _hn(r), "\n")

@_tpl("hotel_frontdesk")
def _hotel_shift(r, b):
    b(f"Night audit notes — {r.choice(_HOTELS)}\n")
    for _ in range(r.randint(3, 5)):
        k = r.randrange(5)
        f, l = _name(r)
        b(f"[{r.randint(0, 23):02d}:{r.randint(0, 59):02d}] ")
        if k == 0:
            b(f"Guest in room {r.randint(201, 1830)} (", (_full(r, f, l), PER), ") reported noise next door; offered a move.\n")
        elif k == 1:
            b("Late arrival ", (_full(r, f, l), PER), " coming from ", (r.choice(_LOCS), LOC),
              f", flight {_flight(r)} delayed; held room until ", (_clock(r), DT), ".\n")
        elif k == 2:
            b(f"Wake-up call for {r.choice(('Ms.', 'Mr.', 'Dr.'))} ", (l, PER), " at ", (_clock(r), DT), ".\n")
        elif k == 3:
            b("Lost & found: passport for ", (_full(r, f, l), PER), ", born ", (_dob(r), DOB),
              f", left at the bar. Logged as item {_dg(r, 5)}.\n")
        else:
            b(f"Maintenance: AC fault in room {r.randint(201, 1830)}, work order {_dg(r, 6)}. {_hn(r)}\n")

@_tpl("hotel_frontdesk")
def _hotel_email(r, b):
    f, l = _name(r)
    b(f"Subject: Late check-out request – confirmation {_code(r, 6)}\n\n"
      f"{r.choice(('Hello', 'Dear front desk team', 'Hi there'))},\n\n")
    b("My name is ", (_full(r, f, l), PER), " and I'm arriving on ", (_when(r, False), DT), ". ")
    b(f"My return flight {_flight(r)} doesn't leave until ", (_clock(r), DT), ", so could I keep the room until ",
      (_clock(r), DT), f"? Please put any late fee on the card ending in {_dg(r, 4)} that is already on file. ")
    b("You can reach me on ", (_phone(r, 0.6), PHN), " (WhatsApp works too).\n\n",
      r.choice(("Best regards", "Thanks so much", "Kind regards")), ",\n", (f"{f} {l}", PER), "\n",
      (r.choice(_LOCS), LOC), "\n")

@_tpl("hotel_frontdesk")
def _hotel_json(r, b):
    f, l = _name(r)
    _jobj(b, [
        ("profile_id", _uuid(r)), ("created_at", _iso(r)),
        ("guest", [("first_name", (f, PER)), ("last_name", (l, PER)), ("email", (_email(r, f, l), EML)),
                   ("phone", (_phone(r), PHN)),
                   ("country", (r.choice(_COUNTRIES), LOC)) if r.random() < 0.6 else None]),
        ("payment", [("card_number", (_card(r), CC)), ("billing_address", (_addr(r), ADR))]),
        ("booking_ip", (_ip(r), IP)), ("room", str(r.randint(201, 1830))),
        ("confirmation", _code(r, 8)), ("rate_code", "BAR"), ("nights", r.randint(1, 9)),
    ])
    b("\n")

@_tpl("hotel_frontdesk")
def _hotel_md(r, b):
    b(f"**Arrivals — {r.choice(_HOTELS)}** (generated {_iso(r)})\n\n| Room | Guest | ETA | Nights | Notes |\n"
      "|---:|---|---|---:|---|\n")
    for _ in range(r.randint(3, 6)):
        f, l = _name(r)
        x = r.random()
        note = ((_phone(r), PHN) if x < 0.3 else f"{r.choice(_BRANDS)} corporate rate" if x < 0.6
                else r.choice(("VIP amenity", "crib requested", "late arrival", "quiet floor")))
        _md(b, [str(r.randint(201, 1830)), (f"{l}, {f}" if r.random() < 0.5 else f"{f} {l}", PER),
                (_clock(r), DT), str(r.randint(1, 7)), note])

@_tpl("hotel_frontdesk")
def _hotel_chat(r, b):
    (f, l), af = _name(r), _name(r)[0]
    fd = lambda: b("Front Desk (", (af, PER), "): ")  # noqa: E731
    b(f"Guest messaging · thread {_dg(r, 7)}\n", "Guest (", (_phone(r, 0.7), PHN), "): Hi, this is ", (f, PER),
      f" in {r.randint(201, 1830)}. Can I get a taxi to the airport at ", (_clock(r), DT), "?\n")
    fd(), b(f"Of course! Booked with {r.choice(('Uber', 'Addison Lee', 'Blacklane'))}. Anything else?\n")
    b("Guest: Yes, my colleague ", (_full(r, *_name(r)), PER), f" arrives {r.choice(('tomorrow', 'tonight', 'later today'))}. "
      "Please add them to my reservation and bill both rooms to ", (_card(r), CC), ".\n")
    fd(), b("Done. Receipt will go to ", (_email(r, f, l), EML),
            f". Your folio total so far is ${r.randint(200, 3000)}.{_dg(r, 2)}.\n")

@_tpl("hotel_frontdesk", neg=True)
def _hotel_neg(r, b):
    b(f"DAILY FLASH REPORT  property {_rs(r, 5, _UP)}  run {_iso(r)}\n")
    b(f"Occupancy: {r.uniform(55, 99):.1f}%   ADR: ${r.uniform(120, 480):.2f}   RevPAR: ${r.uniform(90, 400):.2f}\n")
    b(f"Out of order: rooms {r.randint(201, 1830)}, {r.randint(201, 1830)} (work orders {_dg(r, 6)}, {_dg(r, 6)})\n")
    b(f"Group block: \"{r.choice(_BRANDS)} Sales Kickoff\" — {r.randint(10, 120)} rooms, pickup {r.randint(20, 100)}%\n")
    b(f"Night audit completed {r.choice(_PAST)}; PMS {_ver(r)}. {_hn(r)}\n")

# ---- hospital_discharge
@_tpl("hospital_discharge")
def _hosp_summary(r, b):
    (f, l), (df, dl) = _name(r), _name(r)
    b(f"DISCHARGE SUMMARY — {r.choice(_HOSPITALS)}\n\n")
    b("Patient: ", (_full(r, f, l), PER), "    MRN: ", (_mrn(r), MRN), "\nDOB: ", (_dob(r), DOB),
      f"    Sex: {r.choice('FMX')}\n")
    b("Admitted: ", (_when(r), DT), "    Discharged: ", (_when(r), DT), "\n")
    b("Attending: Dr. ", (_full(r, df, dl), PER), ", MD\n", f"Principal diagnosis: {r.choice(_DX)}\n")
    b(f"Insurance: {r.choice(_INSURERS)} — Member ID ", (_hpn(r), HPN), f" (Group {_dg(r, 6)})\n")
    b("Follow-up: Dr. ", (dl if r.random() < 0.5 else _name(r)[1], PER), " on ", (_when(r, True), DT),
      " at ", (_addr(r, kind="us"), ADR), "\n")
    b(f"Pharmacy: {r.choice(('Walgreens', 'CVS', 'Rite Aid', 'Boots'))} ", (_us_phone(r), PHN), "\n")
    b("Emergency contact: ", (_full(r, *_name(r)), PER),
      f" ({r.choice(('spouse', 'daughter', 'son', 'brother', 'friend'))}) ", (_phone(r), PHN), "\n")
    b(f"Labs at discharge: Hgb {r.uniform(9, 15):.1f} g/dL, creatinine {r.uniform(0.6, 1.9):.2f} mg/dL, "
      f"HbA1c {r.uniform(5, 10):.1f}%.\n")

@_tpl("hospital_discharge")
def _hosp_portal(r, b):
    f, nf = _name(r)[0], _name(r)[0]
    site = r.choice(("stmarys-health", "northbaymed", "lakeshorehealth"))
    b(f"Patient portal message · {_iso(r)}\n\nHi ", (f, PER), ",\n\nThis is ", (nf, PER),
      f", RN, from the {r.choice(('cardiology', 'orthopedic', 'medical-surgical', 'oncology'))} unit at "
      f"{r.choice(_HOSPITALS)}. Your follow-up appointment is booked for ", (_when(r, True), DT), ". ")
    b("Please bring your insurance card (member ID ", (_hpn(r), HPN), ") and mention MRN ", (_mrn(r), MRN),
      " at check-in.\n\nIf you notice chest pain or shortness of breath, call 911. For questions, our nurse "
      "line is ", (_us_phone(r), PHN), " or use ",
      (f"https://mychart.{site}.org/{r.choice(('MyChart/Messaging', 'app/visits', 'login?next=/inbox'))}", URL),
      ".\n\nTake care,\n", (nf, PER), "\n")

@_tpl("hospital_discharge")
def _hosp_prompt(r, b):
    (f, l), (cf, cl) = _name(r), _name(r)
    b("System: You are a clinical documentation assistant. Write at a 6th-grade reading level.\n")
    b("User: Rewrite these discharge instructions for ", (_full(r, f, l), PER), " (DOB ", (_dob(r), DOB),
      ", MRN ", (_mrn(r), MRN), "). Keep all doses exact.\n\n")
    for med in r.sample(_MEDS, 3):
        b(f"- {med}\n")
    b("- Follow up with Dr. ", (_name(r)[1], PER), f" in {r.randint(5, 14)} days.\n",
      "- Home health nurse visit: ", (_when(r, True), DT), "\n",
      "- Caregiver: ", (_full(r, cf, cl), PER), ", ", (_phone(r), PHN), "\n")
    if r.random() < 0.5:
        b("- Email the summary to ", (_email(r, cf, cl), EML), "\n")
    b("\nAssistant:")

@_tpl("hospital_discharge")
def _hosp_csv(r, b):
    b("mrn,patient_name,dob,discharge_date,phone,call_status,notes\n")
    for _ in range(r.randint(3, 6)):
        f, l = _name(r)
        _csv(b, [(_mrn(r), MRN), (f"{l}, {f}" if r.random() < 0.5 else f"{f} {l}", PER), (_dob(r), DOB),
                 (_when(r, False), DT), (_phone(r), PHN),
                 r.choice(("reached", "voicemail", "no answer", "wrong number")),
                 r.choice(("", "needs ride to pharmacy", f"pain {r.randint(2, 8)}/10", "readmit risk 18%"))])

@_tpl("hospital_discharge")
def _hosp_audit(r, b):
    for _ in range(r.randint(3, 6)):
        uf, ul = _name(r)
        b(_iso(r), f" ehr-audit action={r.choice(('VIEW', 'PRINT', 'EXPORT', 'AMEND'))} user=",
          (_email(r, uf, ul, r.choice(_HOSP_DOMAINS)), EML), " patient_mrn=", (_mrn(r), MRN),
          " src_ip=", (_ip(r), IP), f" req={_uuid(r)} status={r.choice((200, 200, 403))}\n")
    b(f"# break-the-glass review: {r.randint(1, 4)} events flagged. {_hn(r)}\n")

@_tpl("hospital_discharge")
def _hosp_referral(r, b):
    f, l = _name(r)
    b("## Home-health referral\n\n| Field | Value |\n|---|---|\n")
    rows = [["Patient", (_full(r, f, l), PER)], ["Date of birth", (_dob(r), DOB)], ["MRN", (_mrn(r), MRN)],
            ["Medicare MBI" if r.random() < 0.5 else "Member ID", (_mbi(r), HPN)],
            ["Home address", (_addr(r, kind="us"), ADR)], ["Referring physician", ["Dr. ", (_full(r, *_name(r)), PER)]],
            ["Start of care", (_when(r, r.random() < 0.5), DT)],
            ["Agency", r.choice(("Bayada Home Health", "Amedisys", "Kindred at Home"))], ["Diagnosis", r.choice(_DX)]]
    for row in rows:
        _md(b, row)
    b(f"\n{_hn(r)}\n")

@_tpl("hospital_discharge", neg=True)
def _hosp_neg(r, b):
    b(f"Unit census — {r.choice(('4 West', '6 North', 'CVICU', 'Ortho/Neuro'))} — {_iso(r)}\n")
    b(f"Beds occupied: {r.randint(18, 32)}/32 ({r.uniform(60, 100):.0f}%)\n")
    b(f"Average LOS: {r.uniform(2, 7):.1f} days; 30-day readmissions: {r.uniform(5, 20):.1f}%\n")
    b(f"Pending discharges: {r.randint(1, 9)} (beds 4{r.randint(10, 40)}, 4{r.randint(10, 40)}); "
      f"transport requested {r.choice(_PAST)}\n")
    b(f"Interface: HL7 v2.5.1 ADT^A03 feed OK, engine {_ver(r)}; order set '{r.choice(_DX)}' "
      f"v{r.randint(2, 9)}\n{_hn(r)}\n")

# ---- fintech_kyc
@_tpl("fintech_kyc")
def _kyc_json(r, b):
    f, l = _name(r)
    us = r.random() < 0.6
    region, dln = _dl(r, us=True)
    app = [("given_name", (f, PER)), ("family_name", (l, PER)), ("date_of_birth", (_dob(r, style="iso"), DOB)),
           ("ssn", (_ssn(r), SSN)) if us else None, ("email", (_email(r, f, l), EML)),
           ("phone", (_phone(r, 0.1 if us else 0.9), PHN)),
           ("residential_address", (_addr(r, kind="us" if us else None), ADR))]
    doc = ([("type", "drivers_license"), ("number", (dln, DL)), ("issuing_region", (region, LOC))] if us else
           [("type", "passport"), ("number_last4", _dg(r, 4)), ("issuing_country", (r.choice(_COUNTRIES), LOC))])
    payout = ([("iban", (_iban(r), IBAN)), ("bic", r.choice(_BICS))] if not us else
              [("account_number", (_acct(r), ACCT)),
               ("routing_number", r.choice(("021000021", "026009593", "121000248")))])
    _jobj(b, [("application_id", _uuid(r)), ("submitted_at", _iso(r)), ("applicant", app), ("document", doc),
              ("payout", payout), ("device", [("ip", (_ip(r), IP)), ("fingerprint", _hex(r, 32))]),
              ("risk_score", round(r.random(), 2))])
    b("\n")

@_tpl("fintech_kyc")
def _kyc_review(r, b):
    f, l = _name(r)
    full = _full(r, f, l)
    b(f"## KYC review — case {_code(r, 3)}-{_dg(r, 6)}\n\n**Applicant:** ", (full, PER), "  \n**Outcome:** ",
      r.choice(("manual review", "approved with conditions", "escalated to EDD")), "\n\n")
    b("- DOB on ID (", (_dob(r), DOB), ") matches the application.\n")
    b("- Proof of address (utility bill): ", (_addr(r), ADR), ".\n")
    b("- Sanctions/PEP screening: no hits for \"", (full, PER), f"\" (best fuzzy score {r.uniform(0.2, 0.7):.2f}).\n")
    b("- Customer account number ", (_acct(r), ACCT), f" linked to {r.randint(1, 3)} prior chargeback(s).\n")
    if r.random() < 0.5:
        b("- SSN ", (_ssn(r), SSN), " passed the issuance check.\n")
    else:
        b("- Payout IBAN ", (_iban(r), IBAN), " verified via confirmation-of-payee.\n")
    b("- Login IP ", (_ip(r), IP), " geolocates to ", (r.choice(_LOCS), LOC), "; applicant says they live in ",
      (r.choice(_LOCS), LOC), ".\n")
    b(f"- {_hn(r)}\n\nReviewer: ", (_full(r, *_name(r)), PER), "\n")

@_tpl("fintech_kyc")
def _kyc_log(r, b):
    b(_logts(r), " DEBUG http.client POST ",
      (f"https://api.stripe.com/v1/{r.choice(('payment_intents', 'customers', 'payouts'))}", URL), "\n",
      "    Authorization: Bearer ", (_stripe(r), STK), f"\n    Idempotency-Key: {_uuid(r)}\n")
    b(_logts(r), f" INFO kyc.verify case={_uuid(r)} client_ip=", (_ip(r), IP),
      f" result={r.choice(('pass', 'review', 'fail'))} latency_ms={r.randint(40, 900)}\n")
    b(_logts(r), " DEBUG auth.middleware Authorization: Bearer ", (_jwt(r), JWT), "\n")
    if r.random() < 0.5:
        b(_logts(r), " WARN vendor callback rejected, X-Api-Key: ", (_gsecret(r), SEC), "\n")
    b(_logts(r), f" INFO response {r.choice((200, 201, 402, 429))} in {r.randint(30, 800)}ms "
      f"request_id=req_{_rs(r, 14)}\n")

@_tpl("fintech_kyc")
def _kyc_env(r, b):
    fence = r.random() < 0.3
    b("```dotenv\n" if fence else r.choice(("# payments-service/.env  (DO NOT COMMIT)\n", "$ cat .env.production\n")))
    lines = (
        lambda: b("APP_ENV=production\n"),
        lambda: b(f"LOG_LEVEL={r.choice(('info', 'warn', 'debug'))}\n"),
        lambda: b("AWS_ACCESS_KEY_ID=", (_aws_id(r), AKID), "\nAWS_SECRET_ACCESS_KEY=", (_aws_secret(r), ASK),
                  f"\nAWS_REGION={r.choice(('us-east-1', 'eu-west-1', 'ap-south-1'))}\n"),
        lambda: b("STRIPE_SECRET_KEY=", (_stripe(r), STK), f"\nSTRIPE_PUBLISHABLE_KEY=pk_live_{_rs(r, 24)}\n"),
        lambda: b("DATABASE_URL=postgres://ledger_app:", (_password(r, url_safe=True), PWD), "@", (_ipv4(r), IP),
                  ":5432/ledger\n"),
        lambda: b("SLACK_BOT_TOKEN=", (_slack(r), SLK), "\n"),
        lambda: b("KYC_VENDOR_API_KEY=", (_gsecret(r), SEC), "\n"),
        lambda: b('JWT_SIGNING_KEY="', (_pem(r, r.choice((0, 2))), PEM), '"\n'),
        lambda: b(f"SESSION_TTL={r.choice((900, 3600, 86400))}\nMAX_RETRIES={r.randint(2, 6)}\n"),
        lambda: b("SENTRY_DSN=", (f"https://{_hex(r, 32)}@o{_dg(r, 6)}.ingest.sentry.io/{_dg(r, 7)}", URL), "\n"),
        lambda: b("GITHUB_TOKEN=", (_gh(r), GHT), "\n"),
        lambda: b(f"FEATURE_FLAGS=instant_payouts,new_onboarding\nLEGACY_PAYMENTS_KEY={r.choice(_PLACEHOLDERS)}\n"),
    )
    for i in sorted(r.sample(range(len(lines)), r.randint(5, len(lines)))):
        lines[i]()
    if fence:
        b("```\n")

@_tpl("fintech_kyc")
def _kyc_email(r, b):
    f, l = _name(r)
    brand = r.choice(("wise", "revolut", "monzo", "n26"))
    b("From: ", (_email(r, f, l), EML), "\nTo: ", (f"support@{brand}.com", EML),
      "\nSubject: Refund to my bank account\n\nHello,\n\n")
    b(f"My payment of €{r.randint(50, 5000)},{_dg(r, 2)} was reversed {r.choice(_PAST)}. Please send the refund "
      "to IBAN ", (_iban(r), IBAN), f" (BIC {r.choice(_BICS)}), account holder ", (_full(r, f, l), PER), ".\n")
    b("My customer account number is ", (_acct(r), ACCT), f" and the transfer reference was {_code(r, 10)}. ")
    b("If you need to verify anything, call me on ", (_phone(r, 0.7), PHN), ".\n\n",
      r.choice(("Regards", "Thanks", "Best")), ",\n", (f, PER), "\n")

@_tpl("fintech_kyc")
def _kyc_csv(r, b):
    b("txn_id,created_at,customer,card_number,amount,currency,country,flag\n")
    for _ in range(r.randint(3, 6)):
        k = r.random()
        card = ((_card(r), CC) if k < 0.5 else _bad_card(r) if k < 0.75 else f"{_dg(r, 6)}******{_dg(r, 4)}")
        _csv(b, [f"txn_{_rs(r, 12)}", _iso(r), (_full(r, *_name(r)), PER), card, f"{r.uniform(5, 9000):.2f}",
                 r.choice(("USD", "EUR", "GBP", "NGN", "INR")), (r.choice(_COUNTRIES), LOC),
                 r.choice(("velocity", "geo_mismatch", "bin_risk", "manual"))])

@_tpl("fintech_kyc", neg=True)
def _kyc_neg(r, b):
    b(f"Reconciliation run {_uuid(r)} finished at {_iso(r)}\n")
    b(f"settled={r.randint(1000, 90000)} failed={r.randint(0, 40)} fx_spread={r.uniform(0.1, 1.5):.2f}% "
      f"volume=${r.randint(1, 900)},{_dg(r, 3)},{_dg(r, 3)}.{_dg(r, 2)}\n")
    b(f"Rejected PAN {_bad_card(r)} (checksum) and IBAN {_bad_iban(r)} (mod-97 failed); "
      f"routing {r.choice(('021000021', '026009593'))} OK.\n")
    b(f"Publishable key in web build: pk_live_{_rs(r, 24)}; secret key: {r.choice(_PLACEHOLDERS)}\n")
    b(f"Deployed {_ver(r)} from commit {_hex(r, 40)}. {_hn(r)}\n")

# ---- mobile_crash_reports
_DEVICES = ("Pixel 8 Pro", "Galaxy S23", "OnePlus 11", "Moto G Power", "Xiaomi 13T")

@_tpl("mobile_crash_reports")
def _mob_android(r, b):
    app, (f, l) = r.choice(_APPS), _name(r)
    mo, dd, pid = r.randint(1, 12), r.randint(1, 28), r.randint(1000, 32000)
    hh, mi = r.randint(0, 23), r.randint(0, 50)
    b("--------- beginning of crash\n", f"{mo:02d}-{dd:02d} {hh:02d}:{mi:02d}:{r.randint(10, 59)}.{_dg(r, 3)}  "
      f"{pid}  {pid} E AndroidRuntime: FATAL EXCEPTION: main\nProcess: com.{app}.android, PID: {pid}\n")
    b(f"java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String "
      f"com.{app}.model.User.getEmail()' on a null object reference\n"
      f"    at com.{app}.ui.ProfileFragment.onViewCreated(ProfileFragment.kt:{r.randint(40, 400)})\n"
      f"    at com.squareup.picasso.Picasso.load(Picasso.java:{r.randint(100, 600)})\n"
      f"    at com.fasterxml.jackson.databind.ObjectMapper.readValue(ObjectMapper.java:{r.randint(1000, 4000)})\n")
    b(f"Breadcrumbs:\n  [{hh:02d}:{mi:02d}:07] navigation -> /profile\n  [{hh:02d}:{mi:02d}:08] http GET ",
      (f"https://api.{app}.io/v2/users/me", URL), f" -> {r.choice((200, 401, 500))}\n")
    b(f"  [{hh:02d}:{mi:02d}:09] user.set email=", (_email(r, f, l), EML), ' name="', (f"{f} {l}", PER), '"\n')
    b(f"Device: {r.choice(_DEVICES)}, Android {r.randint(11, 15)}\nApp version: {_ver(r)[1:]} ({_dg(r, 7)})\n",
      "Client IP: ", (_ip(r), IP), "\n")

@_tpl("mobile_crash_reports")
def _mob_sentry(r, b):
    f, l = _name(r)
    app = r.choice(_APPS)
    _jobj(b, [
        ("event_id", _hex(r, 32)), ("timestamp", _iso(r)), ("platform", "cocoa"),
        ("release", f"ios@{_ver(r)[1:]}+{r.randint(100, 999)}"),
        ("user", [("id", _uuid(r)), ("email", (_email(r, f, l), EML)), ("ip_address", (_ip(r), IP))]),
        ("request", [("url", (f"https://api.{app}.io/v3/checkout", URL)), ("method", "POST"),
                     ("headers", [("Authorization", _mix("Bearer ", (_jwt(r), JWT))),
                                  ("X-Request-Id", _uuid(r))])]),
        ("exception", [("type", "EXC_BAD_ACCESS"), ("value", f"KERN_INVALID_ADDRESS at 0x{_hex(r, 16)}"),
                       ("module", "Kingfisher")]),
        ("contexts", [("device", [("model", r.choice(("iPhone15,2", "iPhone14,5", "iPad13,4"))),
                                  ("os", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}")])]),
    ])
    b("\n")

@_tpl("mobile_crash_reports")
def _mob_issue(r, b):
    f, l = _name(r)
    b(f"### Crash on launch after upgrading to {_ver(r)}\n\n"
      f"**Device:** {r.choice(('Pixel 7', 'Galaxy S23', 'iPhone 13 mini', 'OnePlus 11'))}\n**Reporter:** ",
      (_full(r, f, l), PER), f" (QA, {r.choice(_BRANDS)})\n\n")
    b("Steps: open app → tap *Wallet* → crash within ~2s. Happens on CI too; this is the job env I used:\n\n```sh\n")
    b("export GITHUB_TOKEN=", (_gh(r), GHT), "\n")
    if r.random() < 0.5:
        b("export AWS_ACCESS_KEY_ID=", (_aws_id(r), AKID), "\nexport AWS_SECRET_ACCESS_KEY=", (_aws_secret(r), ASK), "\n")
    b(f"export BUILD_NUMBER={r.randint(100, 9999)}\nexport LOG_LEVEL=debug\n```\n\n")
    b(f"Stack: `FATAL EXCEPTION: main` at `CheckoutViewModel.kt:{r.randint(20, 300)}` (commit {_hex(r, 7)}).\n")
    b("Contact me at ", (_email(r, f, l), EML), " if you need a screen recording.\n")

@_tpl("mobile_crash_reports")
def _mob_ci(r, b):
    b("# fastlane/.env.ci — pasted into the crash triage thread by mistake\n")
    b("MATCH_PASSWORD=", (_password(r), PWD), "\n", "FIREBASE_TOKEN=", (_gsecret(r), SEC), "\n")
    b("SLACK_URL=", (f"https://hooks.slack.com/services/T{_rs(r, 8, _UP + _DG)}/B{_rs(r, 10, _UP + _DG)}/{_rs(r, 24)}", URL), "\n")
    b(f"CRASHLYTICS_UPLOAD=true\nGRADLE_OPTS=-Xmx{r.choice((2, 4, 6))}g\n\n")
    b(f"# AuthKey_{_rs(r, 10, _UP + _DG)}.p8\n", (_pem(r, r.choice((1, 2))), PEM), "\n")

@_tpl("mobile_crash_reports")
def _mob_feedback(r, b):
    f, l = _name(r)
    b(f"TestFlight feedback #{r.randint(1000, 9999)} — from ", (_full(r, f, l), PER), " <", (_email(r, f, l), EML), ">\n")
    b(f"Build {_ver(r)[1:]} ({r.randint(100, 999)}) · {r.choice(('iPhone 13 mini', 'iPhone 15 Pro', 'iPad Air'))} · "
      f"iOS {r.randint(16, 18)}.{r.randint(0, 5)} · ", (r.choice(_LOCS), LOC), "\n\n")
    b(f"\"App crashed twice when I tapped Pay. First time {r.choice(_PAST)}, then again after reinstalling. ")
    if r.random() < 0.5:
        b("I even tried a different card (", (_card(r), CC), ") and it still died. ")
    b("Happy to jump on a call: ", (_phone(r), PHN), ".\"\n")

@_tpl("mobile_crash_reports")
def _mob_alert(r, b):
    b(f":rotating_light: *Crash rate spike* in `{r.choice(('ios-prod', 'android-prod'))}` — "
      f"{r.uniform(1.6, 9):.1f}% of sessions (threshold 1.5%)\n")
    b(f"Top issue: EXC_BAD_ACCESS in ImageCache.swift:{r.randint(40, 300)} (Kingfisher {_ver(r)[1:]})\n")
    b(f"Affected users: {r.randint(100, 9000):,} · first seen {r.choice(_PAST)}\n")
    b("Sample user: ", (_email(r, *_name(r)), EML), " (ip ", (_ip(r), IP), ")\n")
    b("Dashboard: ", (f"https://console.firebase.google.com/project/{r.choice(_APPS)}-prod/crashlytics/app/ios/"
                      f"issues/{_hex(r, 32)}", URL), "\n")
    b("_posted by crashbot; token ", (_slack(r), SLK), " is hardcoded in the workflow, please rotate_\n")

@_tpl("mobile_crash_reports", neg=True)
def _mob_neg(r, b):
    b(f"Incident Identifier: {_uuid(r).upper()}\nBeta Identifier:     {_uuid(r).upper()}\n"
      f"Hardware Model:      iPhone{r.randint(12, 16)},{r.randint(1, 5)}\n"
      f"Version:             {_ver(r)[1:]} ({r.randint(100, 999)})\nDate/Time:           {_ymd(r)} {_hms(r)}.{_dg(r, 4)} +0000\n"
      f"OS Version:          iPhone OS {r.randint(15, 18)}.{r.randint(0, 6)} (21E{r.randint(100, 999)})\n\n")
    b(f"Exception Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Codes: KERN_INVALID_ADDRESS at 0x{_hex(r, 16)}\n\n"
      "Thread 0 Crashed:\n")
    for i in range(r.randint(3, 6)):
        b(f"{i}   {r.choice(('libobjc.A.dylib', 'UIKitCore', 'Kingfisher', 'Alamofire', 'CoreFoundation'))}  "
          f"0x{_hex(r, 16)} {r.choice(('objc_msgSend', '-[UIView layoutSubviews]', 'ImageCache.store', 'Session.request'))}"
          f" + {r.randint(8, 900)}\n")

# ---- airline_customer_service
@_tpl("airline_customer_service")
def _air_chat(r, b):
    (f, l), af = _name(r), _name(r)[0]
    ag = lambda: b("Agent ", (af, PER), ": ")  # noqa: E731
    ag(), b(f"Thank you for contacting {r.choice(_AIRLINES)}. May I have your booking reference?\n")
    b(f"Customer: it's {_code(r, 6)}\n")
    ag(), b("Thanks. For security, please confirm the passenger's full name and date of birth.\n")
    b("Customer: ", (_full(r, f, l), PER), ", born ", (_dob(r), DOB), "\n")
    ag(), b(f"I see flight {_flight(r)} from ", (r.choice(_LOCS), LOC), " to ", (r.choice(_LOCS), LOC), " on ",
            (_when(r, False), DT), f" was cancelled. I can rebook you on {_flight(r)} departing ", (_when(r, True), DT), ".\n")
    b("Customer: ok fine. the change fee can go on ", (_card(r), CC), "\n")
    ag(), b("Done. Your new e-ticket goes to ", (_email(r, f, l), EML),
            f". The fee was ${r.randint(50, 300)}.00. Is there anything else I can help with?\n")
    b(f"Customer: no thanks. {r.choice(('bye', 'cheers', 'thank u'))}\n")

@_tpl("airline_customer_service")
def _air_bag(r, b):
    f, l = _name(r)
    ref = f"{r.choice(('LHR', 'JFK', 'AMS', 'DXB', 'CDG'))}{r.choice(('BA', 'KL', 'EK', 'AF'))}{_dg(r, 5)}"
    b(f"Subject: Delayed bag – file {ref}\n\nHello,\n\nMy suitcase did not arrive on {_flight(r)} {r.choice(('yesterday', 'last night', 'earlier today'))}. "
      f"Bag tag 0{_dg(r, 3)} {_rs(r, 2, _UP)} {_dg(r, 6)}. ")
    b("Please deliver it to ", (_addr(r), ADR), "; someone is home until ", (_clock(r), DT), ". ")
    b("It contains my insulin, so it's urgent. Call me on ", (_phone(r), PHN), " when the courier is on the way.\n\n",
      r.choice(("Kind regards", "Thanks", "Sincerely")), ",\n", (_full(r, f, l), PER), "\n")
    if r.random() < 0.5:
        b(f"Frequent flyer tier: {r.choice(('Flying Blue Gold', 'Skywards Silver', 'Miles & More Frequent Traveller'))}\n")

@_tpl("airline_customer_service")
def _air_notes(r, b):
    f, l = _name(r)
    b(f"CALL NOTES — {r.choice(_AIRLINES)} customer care\n")
    _kv(b, r, [
        ("Caller", (_full(r, f, l), PER)), ("Callback", (_phone(r), PHN)),
        ("?Email", (_email(r, f, l), EML)),
        ("Issue", [f"Refund for cancelled {_flight(r)} on ", (_when(r, False), DT)]),
        ("Refund method", ["bank transfer to IBAN ", (_iban(r), IBAN)]), ("PNR", _code(r, 6)),
        ("Ticket", f"{r.choice(('125', '057', '074', '176'))}-{_dg(r, 10)}"),
        ("Agent", [(_full(r, *_name(r)), PER), f" (ID {r.choice(_UP)}{_dg(r, 4)})"]),
        ("Follow-up due", (_when(r, False), DT)),
    ], sep=r.choice((": ", " = ", ":\t")))

@_tpl("airline_customer_service")
def _air_prompt(r, b):
    f, l = _name(r)
    b("Draft a polite reply to the passenger below. Offer a €250 voucher under EU261 and do not reveal internal notes.\n\n")
    b("Passenger: ", (_full(r, f, l), PER), "\nEmail: ", (_email(r, f, l), EML), "\nRoute: ", (r.choice(_LOCS), LOC),
      " → ", (r.choice(_LOCS), LOC), f"\nFlight: {_flight(r)}, ", (_when(r, True), DT), "\n")
    b(f"Complaint: \"{r.choice(_COMPLAINTS)}\"\n")
    b(f"Internal note: PNR {_code(r, 6)}; ticket {r.choice(('125', '057'))}-{_dg(r, 10)}; delay {r.randint(3, 11)}h "
      f"{r.randint(0, 59)}m. {_hn(r)}\n\nReply:\n")

@_tpl("airline_customer_service")
def _air_csv(r, b):
    fl, d = _flight(r), _when(r, False)
    b("flight,date,seat,last_name,first_name,dob,ssr,contact_phone\n")
    for _ in range(r.randint(3, 6)):
        f, l = _name(r)
        _csv(b, [fl, (d, DT), f"{r.randint(1, 45)}{r.choice('ABCDEFJK')}", (l, PER), (f, PER), (_dob(r), DOB),
                 r.choice(("WCHR", "DEAF", "UMNR", "BLND", "MEDA", "PETC")),
                 (_phone(r), PHN) if r.random() < 0.7 else ""])

@_tpl("airline_customer_service")
def _air_api(r, b):
    host = r.choice(("flyaerion", "skyvela", "nordwing"))
    b(_iso(r), f" INFO gateway {r.choice(('GET', 'POST'))} ",
      (f"https://api.{host}.com/v2/bookings/{_code(r, 6)}", URL), f" {r.choice((200, 200, 404, 409))} {r.randint(20, 900)}ms\n")
    b(_iso(r), " DEBUG auth bearer=", (_jwt(r), JWT), " client_ip=", (_ip(r), IP), "\n")
    b(_iso(r), " INFO loyalty lookup passenger=\"", (_full(r, *_name(r)), PER), "\" email=",
      (_email(r, *_name(r)), EML), f" tier={r.choice(('BLUE', 'SILVER', 'GOLD'))}\n")
    b(_iso(r), f" WARN seatmap cache miss flight={_flight(r).replace(' ', '')} retry={r.randint(1, 3)}\n")
    if r.random() < 0.5:
        b(_iso(r), " ERROR gds adapter api_secret=", (_gsecret(r), SEC), f" got HTTP {r.choice((401, 403))}\n")

@_tpl("airline_customer_service", neg=True)
def _air_neg(r, b):
    codes = ("LHR", "JFK", "AMS", "DXB", "CDG", "NRT", "LOS", "ACC", "BOM", "OSL", "ARN", "MEX", "WAW", "DOH")
    b(f"DEPARTURES — updated {_iso(r)}\n")
    for _ in range(r.randint(4, 7)):
        b(f"{_flight(r):<9} {r.choice(codes)}→{r.choice(codes)}  Gate {r.choice('ABCDE')}{r.randint(1, 60):<3} "
          f"{r.choice(('On time', 'Delayed 40m', 'Boarding', 'Cancelled', 'Gate closed'))}\n")
    b(f"Load factor {r.randint(60, 99)}%, {r.randint(0, 20)} misconnects, PNRs {_code(r, 6)} and {_code(r, 6)} "
      f"reaccommodated. {_hn(r)}\n")

# ---- property_management
@_tpl("property_management")
def _pm_app(r, b):
    f, l = _name(r)
    b(f"RENTAL APPLICATION — {r.choice(_PM_COS)}\n\n")
    _kv(b, r, [
        ("Applicant", (_full(r, f, l), PER)), ("Date of birth", (_dob(r), DOB)),
        ("SSN", (_ssn(r), SSN)), ("?Driver's license", _dl_parts(r, us=True)),
        ("Current address", (_addr(r, kind="us"), ADR)),
        ("Employer", f"{r.choice(_BRANDS)} — ${r.randint(3, 15)},{_dg(r, 3)}/mo"),
        ("?Bank", [f"{r.choice(_BANKS)}, checking account no. ", (_acct(r), ACCT)]),
        ("Phone", (_phone(r, 0.1), PHN)), ("Email", (_email(r, f, l), EML)), ("Desired move-in", (_when(r, False), DT)),
        ("?Previous landlord", [(_full(r, *_name(r)), PER), ", ", (_phone(r, 0.05), PHN)]),
    ])
    b(f"Application fee: ${r.choice((35, 50, 75))} (non-refundable). {_hn(r)}\n")

@_tpl("property_management")
def _pm_maint(r, b):
    (f, l), (cat, issue) = _name(r), r.choice(_ISSUES)
    b(f"Maintenance request #{_dg(r, 6)} — Unit {r.randint(1, 30)}{r.choice('ABCDEF')}\nSubmitted by ",
      (_full(r, f, l), PER), " (", (_email(r, f, l), EML), f")\nCategory: {cat}\n")
    b(f"Description: {issue}\nPermission to enter: yes, ", (_when(r, True), DT), "\nProperty: ",
      (_addr(r, kind="us"), ADR), "\nPreferred contact: ", (_phone(r, 0.05), PHN), "\n")
    b(f"Priority: {r.choice(('P2', 'P3', 'Emergency'))} · vendor "
      f"{r.choice(('Roto-Rooter', 'Mr. Rooter Plumbing', 'Terminix', 'Sears Home Services'))}\n")

@_tpl("property_management")
def _pm_ledger(r, b):
    b("unit,tenant,lease_start,monthly_rent,autopay_account,last_payment,balance\n")
    for _ in range(r.randint(3, 6)):
        _csv(b, [f"{r.randint(1, 30)}{r.choice('ABCD')}", (_full(r, *_name(r)), PER), (_when(r, False), DT),
                 f"{r.randint(900, 4200)}.00", (_acct(r), ACCT) if r.random() < 0.7 else "none",
                 (_when(r, False), DT), r.choice(("0.00", "-125.00", f"{r.randint(10, 900)}.00"))])

@_tpl("property_management")
def _pm_notice(r, b):
    (f, l), (mf, ml) = _name(r), _name(r)
    b((_full(r, f, l), PER), "\n", (_addr(r, two=True), ADR), "\n\n", (_when(r, False), DT),
      "\n\nNOTICE OF ENTRY\n\nDear ", (f, PER), ",\n\nPursuant to your lease, our technicians will enter your unit on ",
      (_when(r, False), DT), " between ", (_clock(r), DT), " and ", (_clock(r), DT),
      f" to {r.choice(('replace smoke detectors', 'inspect the water heater', 'service the HVAC filters'))}. ")
    b("If you have questions, contact ", (_full(r, mf, ml), PER), ", Property Manager, at ", (_us_phone(r), PHN),
      " or ", (_email(r, mf, ml, r.choice(_PM_DOMAINS)), EML), f".\n\n{r.choice(_PM_COS)}\n")

@_tpl("property_management")
def _pm_lock(r, b):
    t = lambda: b("[lockhub] ", _iso(r), " ")  # noqa: E731
    t(), b("admin login user=", (_email(r, *_name(r)), EML), " from ", (_ip(r), IP), "\n")
    t(), b("api_key rotated, new key: ", (_gsecret(r), SEC), "\n")
    t(), b("guest code issued to ", (_full(r, *_name(r)), PER),
           f" for unit {r.randint(1, 30)}{r.choice('ABCD')}, valid {r.randint(1, 7)} days\n")
    hook = r.choice(("hooks.zapier.com/hooks/catch", "pm.harborpine.com/api/webhooks"))
    t(), b("webhook delivered to ", (f"https://{hook}/{_dg(r, 7)}/{_rs(r, 6, _LO + _DG)}", URL),
           f" status={r.choice((200, 204, 500))}\n")
    t(), b("temp password for tenant ", (_email(r, *_name(r)), EML), ": ", (_password(r), PWD), "\n")
    if r.random() < 0.4:
        t(), b("backup upload using AWS key ", (_aws_id(r), AKID), " / secret ", (_aws_secret(r), ASK), "\n")

@_tpl("property_management")
def _pm_roster(r, b):
    b(f"### Tenant roster — {r.choice(('Building A', 'Maple Court', 'The Willows', 'Riverside Lofts'))}\n\n"
      "| Unit | Tenant | Phone | Move-in | Utility acct |\n|---|---|---|---|---|\n")
    for _ in range(r.randint(3, 6)):
        _md(b, [f"{r.randint(1, 30)}{r.choice('ABCD')}", (_full(r, *_name(r)), PER), (_phone(r, 0.1), PHN),
                (_when(r, False), DT), (_acct(r), ACCT) if r.random() < 0.7 else "—"])
    b(f"\nOccupancy {r.randint(80, 100)}% · {_hn(r)}\n")

@_tpl("property_management", neg=True)
def _pm_neg(r, b):
    b(f"HOA budget FY{r.randint(2024, 2026)} — {r.choice(('Maple Court', 'The Willows', 'Riverside Lofts'))}\n\n"
      "| Line item | Budget | Actual | Var |\n|---|---:|---:|---:|\n")
    items = ("Landscaping", "Elevator service", "Paint (Sherwin-Williams)", "Pest control (Terminix)",
             "Insurance", "Reserve contribution", "Snow removal")
    for item in r.sample(items, 4):
        bud = r.randint(2000, 90000)
        act = int(bud * r.uniform(0.8, 1.25))
        b(f"| {item} | ${bud:,} | ${act:,} | {100 * (act - bud) / bud:+.1f}% |\n")
    b(f"\nWork orders {_dg(r, 6)} and {_dg(r, 6)} closed {r.choice(_PAST)}; units 4B and 12C pending. {_hn(r)}\n")

# ---- shared negatives
@_tpl("*", neg=True)
def _neg_sample_config(r, b):
    b("```yaml\n# config/sample.yml: copy to config/local.yml and fill in real values\n")
    b(f"api_key: \"{r.choice(_PLACEHOLDERS)}\"\naws_access_key_id: AKIAIOSFODNN7EXAMPLE\n"
      "aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\npassword: \"********\"\n")
    b(f"timeout_seconds: {r.choice((15, 30, 60))}\nretries: {r.randint(1, 5)}\n"
      f"region: {r.choice(('us-east-1', 'eu-central-1'))}\ncache_ttl: 3600\nfeature_x_enabled: true\n```\n")
    if r.random() < 0.5:
        b("\nServer public key (safe to share):\n", _pubkey(r), "\n")
    else:
        b("\ntls_key: |\n  -----BEGIN PRIVATE KEY-----\n  <paste key here>\n  -----END PRIVATE KEY-----\n")
    b(f"\nNever commit real credentials. {_hn(r)}\n")

@_tpl("*", neg=True)
def _neg_release(r, b):
    b(f"Release {_ver(r)} ({_iso(r)})\n\n")
    for _ in range(r.randint(3, 5)):
        b(f"- {_hn(r)}\n")

# --------------------------------------------------------------------------- driver
def _check(text: str, ents, neg: bool) -> None:
    prev = 0
    for s, e, t, v in sorted(ents):
        assert 0 <= s < e <= len(text), f"span out of range: {(s, e)}"
        assert s >= prev, f"overlapping spans at {s}"
        assert t in ENTITY_TYPES, t
        assert text[s:e] == v and v == v.strip(), f"span/value mismatch: {v!r}"
        prev = e
    assert bool(ents) != neg, "negative doc with entities or positive doc without"

def generate(n: int, seed: int = 0) -> Iterator[dict]:
    """Yield ``n`` labeled documents; document ``i`` uses ``random.Random(f"{seed}-{i}")``."""
    per_domain: Counter = Counter()
    for i in range(n):
        r = random.Random(f"{seed}-{i}")
        domain = DOMAINS[i % len(DOMAINS)]
        neg = r.random() < NEGATIVE_RATE
        b = _B()
        pool = (_NEG_SHARED if r.random() < 0.35 else _NEG[domain]) if neg else _POS[domain]
        r.choice(pool)(r, b)
        text = b.text()
        _check(text, b.ents, neg)
        per_domain[domain] += 1
        yield {"id": f"blind2-{seed}-{i:05d}", "domain": domain, "text": text,
               "entities": [{"start": s, "end": e, "type": t} for s, e, t, _ in sorted(b.ents)]}
    # final self-check: every document was checked above and domains are balanced
    assert sum(per_domain.values()) == n
    if n >= len(DOMAINS):
        assert max(per_domain.values()) - min(per_domain.values()) <= 1, per_domain

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate the blind2 synthetic PII/PHI/secret corpus (JSONL).")
    ap.add_argument("--n", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="base seed (default 0)")
    ap.add_argument("--output", "-o", default="-", help="output JSONL path, or '-' for stdout")
    ap.add_argument("--stats", action="store_true", help="print per-type / per-domain counts to stderr")
    a = ap.parse_args(argv)
    out = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8")
    types, doms, negs = Counter(), Counter(), 0
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            types.update(e["type"] for e in doc["entities"])
            doms[doc["domain"]] += 1
            negs += not doc["entities"]
    except BrokenPipeError:  # e.g. `--output - | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if out is not sys.stdout:
            out.close()
    if a.stats:
        print(f"documents={a.n} negatives={negs} entities={sum(types.values())}", file=sys.stderr)
        for k, v in [*((t, types[t]) for t in ENTITY_TYPES), *((d, doms[d]) for d in DOMAINS)]:
            print(f"  {k:<26} {v}", file=sys.stderr)
    return 0

if __name__ == "__main__":
    sys.exit(main())
